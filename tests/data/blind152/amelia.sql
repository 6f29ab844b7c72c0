-- Amelia (Booking for Appointments and Events Calendar) 2.4.3, WordPress plugin by Melograno Ventures (GPLv2 or later).
-- Tables as created by ameliabooking/src/Infrastructure/WP/InstallActions/DB/*/*Table.php::buildTable(),
-- with the WordPress table prefix wp_ and the value-object length constants resolved.

-- Infrastructure/WP/InstallActions/DB/User/UsersTable.php
CREATE TABLE `wp_amelia_users`  (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` ENUM('hidden', 'visible', 'disabled', 'blocked') NOT NULL default 'visible',
  `type` ENUM('customer', 'provider', 'manager', 'admin') NOT NULL,
  `externalId` bigint(20) DEFAULT NULL,
  `firstName` varchar(255) NOT NULL DEFAULT '',
  `lastName` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(191) DEFAULT NULL,
  `birthday` date DEFAULT NULL,
  `phone` varchar(63) DEFAULT NULL,
  `gender` ENUM('male', 'female') DEFAULT NULL,
  `note` text,
  `description` text NULL DEFAULT NULL,
  `pictureFullPath` varchar (767) NULL,
  `pictureThumbPath` varchar (767) NULL,
  `password` varchar (128) NULL,
  `usedTokens` text NULL,
  `zoomUserId` varchar(255) DEFAULT NULL,
  `stripeConnect` varchar(255) DEFAULT NULL,
  `countryPhoneIso` varchar(2) DEFAULT NULL,
  `translations` TEXT NULL DEFAULT NULL,
  `customFields` TEXT NULL DEFAULT NULL,
  `timeZone` varchar(255) DEFAULT NULL,
  `appleCalendarId` varchar(255) DEFAULT NULL,
  `employeeAppleCalendar` TEXT NULL DEFAULT NULL,
  `googleCalendarId` varchar(255) DEFAULT NULL,
  `outlookCalendarId` varchar(255) DEFAULT NULL,
  `badgeId` int(11) DEFAULT NULL,
  `error` TEXT(65535) DEFAULT NULL,
  `show` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Booking/CustomerBookingsTable.php
CREATE TABLE `wp_amelia_customer_bookings` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `appointmentId` INT(11) NULL,
  `customerId` INT(11) NOT NULL,
  `status` ENUM('approved', 'pending', 'canceled', 'rejected', 'no-show', 'waiting') NULL,
  `price` DOUBLE NOT NULL,
  `tax` VARCHAR(255) DEFAULT NULL,
  `persons` INT(11) NOT NULL,
  `couponId` INT(11) NULL,
  `token` VARCHAR(10) NULL,
  `customFields` TEXT NULL,
  `info` TEXT NULL,
  `utcOffset` INT(3) NULL,
  `aggregatedPrice` TINYINT(1) DEFAULT 1,
  `packageCustomerServiceId` INT(11) NULL,
  `duration` int(11) DEFAULT NULL,
  `created` DATETIME NULL,
  `actionsCompleted` TINYINT(1) NULL,
  `qrCodes` TEXT NULL,
  `ivyEntryId` INT(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Booking/CustomerBookingToEventsTicketsTable.php
CREATE TABLE `wp_amelia_customer_bookings_to_events_tickets` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `customerBookingId` bigint(20) NOT NULL,
  `eventTicketId` bigint(20) NOT NULL,
  `price` double DEFAULT 0,
  `persons` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Booking/CustomerBookingsToEventsPeriodsTable.php
CREATE TABLE `wp_amelia_customer_bookings_to_events_periods` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `customerBookingId` bigint(20) NOT NULL,
  `eventPeriodId` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bookingEventPeriod` (`customerBookingId` ,`eventPeriodId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Booking/CustomerBookingsToExtrasTable.php
CREATE TABLE `wp_amelia_customer_bookings_to_extras` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `customerBookingId` INT(11) NOT NULL,
  `extraId` INT(11) NOT NULL,
  `quantity` INT(11) NOT NULL,
  `price` DOUBLE NOT NULL,
  `tax` VARCHAR(255) DEFAULT NULL,
  `aggregatedPrice` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bookingExtra` (`customerBookingId` ,`extraId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Booking/AppointmentsTable.php
CREATE TABLE `wp_amelia_appointments` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `status` ENUM('approved', 'pending', 'canceled', 'rejected', 'no-show') NULL,
  `bookingStart` DATETIME NOT NULL,
  `bookingEnd` DATETIME NOT NULL,
  `notifyParticipants` TINYINT(1) NOT NULL,
  `createPaymentLinks` TINYINT(1) DEFAULT 1,
  `serviceId` INT(11) NOT NULL,
  `packageId` INT(11) DEFAULT NULL,
  `providerId` INT(11) NOT NULL,
  `locationId` INT(11) NULL,
  `internalNotes` TEXT(65535) NULL,
  `googleCalendarEventId` VARCHAR(255) NULL,
  `googleMeetUrl` VARCHAR(255) NULL,
  `outlookCalendarEventId` VARCHAR(255) NULL,
  `microsoftTeamsUrl` VARCHAR(255) NULL,
  `appleCalendarEventId` VARCHAR(255) NULL,
  `zoomMeeting` TEXT(65535) NULL,
  `lessonSpace` TEXT(65535) NULL,
  `parentId` INT(11) NULL,
  `error` TEXT(65535) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Booking/EventsTable.php
CREATE TABLE `wp_amelia_events` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `parentId` bigint(20),
  `name` varchar(255) NOT NULL default '',
  `status` ENUM('approved','pending','canceled','rejected') NOT NULL,
  `bookingOpens` DATETIME NULL,
  `bookingCloses` DATETIME NULL,
  `bookingOpensRec` ENUM('same', 'calculate') DEFAULT 'same',
  `bookingClosesRec` ENUM('same', 'calculate') DEFAULT 'same',
  `ticketRangeRec` ENUM('same', 'calculate') DEFAULT 'calculate',
  `recurringCycle` ENUM('daily', 'weekly', 'monthly', 'yearly') NULL,
  `recurringOrder` int(11) NULL,
  `recurringInterval` int(11) DEFAULT 1,
  `recurringMonthly` ENUM('each' , 'on') DEFAULT 'each',
  `monthlyDate` DATETIME NULL,
  `monthlyOnRepeat` ENUM('first', 'second', 'third', 'fourth', 'fifth', 'last') DEFAULT NULL,
  `monthlyOnDay` ENUM('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday') DEFAULT NULL,
  `recurringUntil` DATETIME NULL,
  `maxCapacity` int(11) NOT NULL,
  `maxCustomCapacity` int(11) NULL DEFAULT NULL,
  `maxExtraPeople` int(11) NULL DEFAULT NULL,
  `price` double NOT NULL,
  `locationId` bigint(20) NULL,
  `customLocation` VARCHAR(255) NULL,
  `description` TEXT(65535) NULL,
  `color` varchar(255) NULL NULL,
  `show` TINYINT(1) NOT NULL DEFAULT 1,
  `notifyParticipants` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `settings` text(65535) NULL DEFAULT NULL,
  `zoomUserId` varchar(255) DEFAULT NULL,
  `bringingAnyone` TINYINT(1) NULL DEFAULT 1,
  `bookMultipleTimes` TINYINT(1) NULL DEFAULT 1,
  `translations` TEXT NULL DEFAULT NULL,
  `depositPayment` ENUM('disabled' , 'fixed', 'percentage') DEFAULT 'disabled',
  `depositPerPerson` TINYINT(1) DEFAULT 1,
  `fullPayment` TINYINT(1) DEFAULT 0,
  `deposit` double DEFAULT 0,
  `customPricing` TINYINT(1) DEFAULT 0,
  `organizerId` bigint(20) NULL,
  `closeAfterMin` INT(11) NULL DEFAULT NULL,
  `closeAfterMinBookings` TINYINT(1) DEFAULT 0,
  `aggregatedPrice` TINYINT(1) DEFAULT 1,
  `error` TEXT(65535) DEFAULT NULL,
  `pictureFullPath` varchar (767) NULL,
  `pictureThumbPath` varchar (767) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Booking/EventsPeriodsTable.php
CREATE TABLE `wp_amelia_events_periods` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `eventId` bigint(20) NOT NULL,
  `periodStart` DATETIME NOT NULL,
  `periodEnd` DATETIME NOT NULL,
  `zoomMeeting` TEXT(65535) NULL,
  `lessonSpace` TEXT(65535) NULL,
  `googleCalendarEventId` VARCHAR(255) NULL,
  `googleMeetUrl` VARCHAR(255) NULL,
  `outlookCalendarEventId` VARCHAR(255) NULL,
  `microsoftTeamsUrl` VARCHAR(255) NULL,
  `appleCalendarEventId` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Booking/EventsProvidersTable.php
CREATE TABLE `wp_amelia_events_to_providers` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `eventId` bigint(20) NOT NULL,
  `userId` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Booking/EventsTagsTable.php
CREATE TABLE `wp_amelia_events_tags` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `eventId` bigint(20) NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Booking/EventsTicketsTable.php
CREATE TABLE `wp_amelia_events_to_tickets` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `eventId` bigint(20) NOT NULL,
  `enabled` TINYINT(1) DEFAULT 1,
  `name` varchar(255) NOT NULL,
  `price` double DEFAULT 0,
  `dateRanges` TEXT NULL DEFAULT NULL,
  `spots` int(11) NOT NULL,
  `waitingListSpots` int(11) NOT NULL,
  `translations` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Payment/PaymentsTable.php
CREATE TABLE `wp_amelia_payments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customerBookingId` int(11) NULL,
  `amount` DOUBLE NOT NULL default 0,
  `dateTime` datetime NULL,
  `status` ENUM('paid', 'pending', 'partiallyPaid', 'refunded') NOT NULL,
  `gateway` ENUM('onSite', 'payPal', 'stripe', 'wc', 'mollie', 'razorpay', 'square', 'barion') NOT NULL,
  `gatewayTitle` varchar(255) NULL,
  `data` text NULL,
  `packageCustomerId` int(11) NULL,
  `parentId` int(11) DEFAULT NULL,
  `entity` ENUM('appointment', 'event', 'package') NULL,
  `created` DATETIME NULL,
  `actionsCompleted` TINYINT(1) NULL,
  `triggeredActions` TINYINT(1) NULL,
  `wcOrderId` bigint(20) NULL,
  `wcOrderItemId` bigint(20) NULL,
  `transactionId` varchar(255) NULL,
  `transfers` text NULL,
  `invoiceNumber` int(11) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Coupon/CouponsTable.php
CREATE TABLE `wp_amelia_coupons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
  `discount` DOUBLE NOT NULL,
  `deduction` DOUBLE NOT NULL,
  `limit` DOUBLE NOT NULL,
  `customerLimit` DOUBLE NOT NULL DEFAULT 0,
  `status` ENUM('hidden', 'visible') NOT NULL,
  `notificationInterval` INT(11) NOT NULL DEFAULT 0,
  `notificationRecurring` TINYINT(1) NOT NULL DEFAULT 0,
  `expirationDate` DATETIME NULL,
  `startDate` DATETIME NULL,
  `allServices` TINYINT(1) NOT NULL DEFAULT 0,
  `allEvents` TINYINT(1) NOT NULL DEFAULT 0,
  `allPackages` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Coupon/CouponsToEventsTable.php
CREATE TABLE `wp_amelia_coupons_to_events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `couponId` int(11) NOT NULL,
  `eventId` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/CustomField/CustomFieldsTable.php
CREATE TABLE `wp_amelia_custom_fields` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `label` TEXT DEFAULT NULL,
  `type` ENUM('text', 'text-area', 'select', 'checkbox', 'radio', 'content', 'file', 'datepicker', 'address') NOT NULL DEFAULT 'text',
  `required` TINYINT(1) NOT NULL DEFAULT 0,
  `position` int(11) NOT NULL,
  `translations` TEXT NULL DEFAULT NULL,
  `allServices` TINYINT(1) NULL DEFAULT NULL,
  `allEvents` TINYINT(1) NULL DEFAULT NULL,
  `useAsLocation` TINYINT(1) NULL DEFAULT NULL,
  `width` INT(11) NOT NULL DEFAULT 50,
  `saveType` ENUM('bookings', 'customer') NOT NULL DEFAULT 'bookings',
  `saveFirstChoice` TINYINT(1) NULL DEFAULT NULL,
  `includeInInvoice` TINYINT(1) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/CustomField/CustomFieldsEventsTable.php
CREATE TABLE `wp_amelia_custom_fields_events` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `customFieldId` int(11) NOT NULL,
  `eventId` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/CustomField/CustomFieldsOptionsTable.php
CREATE TABLE `wp_amelia_custom_fields_options` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `customFieldId` int(11) NOT NULL,
  `label` TEXT DEFAULT NULL,
  `position` int(11) NOT NULL,
  `translations` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Location/LocationsTable.php
CREATE TABLE `wp_amelia_locations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` ENUM('hidden', 'visible', 'disabled') NOT NULL default 'visible',
  `name` varchar (255) NOT NULL default '',
  `description` text(65535) NULL,
  `address` varchar (255) NOT NULL,
  `phone` varchar (63) NOT NULL,
  `latitude` decimal(8, 6) NOT NULL,
  `longitude` decimal(9, 6) NOT NULL,
  `pictureFullPath` varchar (767) NULL,
  `pictureThumbPath` varchar (767) NULL,
  `pin` mediumtext NULL,
  `translations` TEXT NULL DEFAULT NULL,
  `countryPhoneIso` varchar(2) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Notification/NotificationsTable.php
CREATE TABLE `wp_amelia_notifications` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `customName` VARCHAR(255) DEFAULT NULL,
  `status` ENUM('enabled', 'disabled') NOT NULL DEFAULT 'enabled',
  `type` ENUM('email', 'sms', 'whatsapp') NOT NULL,
  `entity` ENUM('appointment', 'event') NOT NULL DEFAULT 'appointment',
  `time` TIME NULL DEFAULT NULL,
  `timeBefore` INT(11) NULL DEFAULT NULL,
  `timeAfter` INT(11) NULL DEFAULT NULL,
  `sendTo` ENUM('customer', 'provider') NOT NULL,
  `subject` VARCHAR(255) NOT NULL DEFAULT '',
  `content` TEXT NULL,
  `translations` TEXT NULL DEFAULT NULL,
  `sendOnlyMe` TINYINT(1) DEFAULT 0,
  `whatsAppTemplate` VARCHAR(255) NULL DEFAULT NULL,
  `minimumTimeBeforeBooking` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Notification/NotificationsLogTable.php
CREATE TABLE `wp_amelia_notifications_log` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `notificationId` INT(11) NOT NULL,
  `userId` INT(11) NULL,
  `appointmentId` INT(11) NULL,
  `eventId` INT(11) NULL,
  `packageCustomerId` INT(11) NULL,
  `sentDateTime` DATETIME NOT NULL,
  `sent` TINYINT(1) NULL,
  `data` TEXT NULL,
  `messageId` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Notification/NotificationsSMSHistoryTable.php
CREATE TABLE `wp_amelia_notifications_sms_history` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `notificationId` INT(11) NOT NULL,
  `userId` INT(11) NULL,
  `appointmentId` INT(11) NULL,
  `eventId` INT(11) NULL,
  `packageCustomerId` INT(11) NULL,
  `logId` INT(11) NULL,
  `dateTime` DATETIME NULL,
  `text` VARCHAR(1600) NOT NULL,
  `phone` VARCHAR(63) NOT NULL,
  `alphaSenderId` VARCHAR(11) NOT NULL,
  `status` ENUM('prepared', 'accepted', 'queued', 'sent', 'failed', 'delivered', 'undelivered') NOT NULL DEFAULT 'prepared',
  `price` DOUBLE NULL,
  `segments` TINYINT(2) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Bookable/PackagesCustomersTable.php
CREATE TABLE `wp_amelia_packages_to_customers`  (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `packageId` INT(11) NOT NULL,
  `customerId` INT(11) NOT NULL,
  `price` DOUBLE NOT NULL,
  `tax` VARCHAR(255) DEFAULT NULL,
  `start` DATETIME NULL,
  `end` DATETIME NULL,
  `purchased` DATETIME NOT NULL,
  `status` ENUM('approved', 'pending', 'canceled', 'rejected') DEFAULT NULL,
  `bookingsCount` INT(5) DEFAULT NULL,
  `couponId` INT(11) DEFAULT NULL,
  `token` VARCHAR(10) NULL,
  `ivyEntryId` INT(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Bookable/PackagesCustomersServicesTable.php
CREATE TABLE `wp_amelia_packages_customers_to_services` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `packageCustomerId` INT(11) NOT NULL,
  `serviceId` INT(11) NOT NULL,
  `providerId` INT(11) NULL,
  `locationId` INT(11) NULL,
  `bookingsCount` INT(5) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Bookable/PackagesTable.php
CREATE TABLE `wp_amelia_packages` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `description` TEXT(65535) NULL,
  `color` VARCHAR(255) NOT NULL DEFAULT '',
  `price` DOUBLE NOT NULL,
  `status` ENUM('hidden', 'visible', 'disabled') NOT NULL DEFAULT 'visible',
  `pictureFullPath` VARCHAR (767) NULL,
  `pictureThumbPath` VARCHAR (767) NULL,
  `position` INT(11) DEFAULT 0,
  `calculatedPrice` TINYINT(1) DEFAULT 1,
  `discount` DOUBLE NOT NULL,
  `endDate` DATETIME NULL,
  `durationType` ENUM('day', 'week', 'month') DEFAULT NULL,
  `durationCount` INT(4) DEFAULT NULL,
  `settings` TEXT(65535) NULL DEFAULT NULL,
  `translations` TEXT NULL DEFAULT NULL,
  `depositPayment` ENUM('disabled' , 'fixed', 'percentage') DEFAULT 'disabled',
  `deposit` DOUBLE DEFAULT 0,
  `fullPayment` TINYINT(1) DEFAULT 0,
  `sharedCapacity` TINYINT(1) DEFAULT 0,
  `quantity` INT(11) DEFAULT 1,
  `limitPerCustomer` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Bookable/ServicesTable.php
CREATE TABLE `wp_amelia_services` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL default '',
  `description` text(65535) NULL,
  `color` varchar(255) NOT NULL default '',
  `price` double NOT NULL,
  `status` ENUM('hidden', 'visible', 'disabled') NOT NULL default 'visible',
  `categoryId` int(11) NOT NULL,
  `minCapacity` int(11)  NOT NULL,
  `maxCapacity` int(11)  NOT NULL,
  `duration` int(11)  NOT NULL,
  `timeBefore` int(11) NULL DEFAULT 0,
  `timeAfter` int(11) NULL DEFAULT 0,
  `bringingAnyone` TINYINT(1) NULL DEFAULT 1,
  `priority` ENUM('least_expensive', 'most_expensive', 'least_occupied', 'most_occupied') NOT NULL,
  `pictureFullPath` varchar (767) NULL,
  `pictureThumbPath` varchar (767) NULL,
  `position` int(11) default 0,
  `show` TINYINT(1) DEFAULT 1,
  `aggregatedPrice` TINYINT(1) DEFAULT 1,
  `settings` text(65535) NULL DEFAULT NULL,
  `recurringCycle` ENUM('disabled', 'all', 'daily', 'weekly', 'monthly') DEFAULT 'disabled',
  `recurringSub` ENUM('disabled' ,'past', 'future', 'both') DEFAULT 'future',
  `recurringPayment` int(3) DEFAULT 0,
  `translations` TEXT NULL DEFAULT NULL,
  `depositPayment` ENUM('disabled' , 'fixed', 'percentage') DEFAULT 'disabled',
  `depositPerPerson` TINYINT(1) DEFAULT 1,
  `deposit` double DEFAULT 0,
  `fullPayment` TINYINT(1) DEFAULT 0,
  `mandatoryExtra` TINYINT(1) DEFAULT 0,
  `minSelectedExtras` int(11) NULL DEFAULT 0,
  `customPricing` TEXT NULL DEFAULT NULL,
  `maxExtraPeople` int(11) NULL DEFAULT NULL,
  `limitPerCustomer` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Bookable/CategoriesTable.php
CREATE TABLE `wp_amelia_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` enum('hidden', 'visible', 'disabled') NOT NULL default 'visible',
  `name` varchar (255) NOT NULL default '',
  `position` int(11) NOT NULL,
  `translations` TEXT NULL DEFAULT NULL,
  `color` varchar(255) NOT NULL default '#1788FB',
  `pictureFullPath` varchar (767) NULL,
  `pictureThumbPath` varchar (767) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Bookable/ExtrasTable.php
CREATE TABLE `wp_amelia_extras` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL default '',
  `description` text(65535) NULL,
  `price` double NOT NULL,
  `maxQuantity` int(11) NOT NULL,
  `duration` int(11) NULL,
  `serviceId` int(11) NOT NULL,
  `position` int(11) NOT NULL,
  `aggregatedPrice` TINYINT(1) DEFAULT NULL,
  `translations` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Tax/TaxesTable.php
CREATE TABLE `wp_amelia_taxes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
  `amount` DOUBLE NOT NULL,
  `type` ENUM('percentage', 'fixed') NOT NULL,
  `status` ENUM('hidden', 'visible') NOT NULL,
  `allServices` TINYINT(1) NOT NULL DEFAULT 0,
  `allEvents` TINYINT(1) NOT NULL DEFAULT 0,
  `allPackages` TINYINT(1) NOT NULL DEFAULT 0,
  `allExtras` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/User/Provider/ProvidersDayOffTable.php
CREATE TABLE `wp_amelia_providers_to_daysoff`  (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) NULL,
  `name` varchar(255) NOT NULL,
  `startDate` datetime NOT NULL,
  `endDate` datetime NOT NULL,
  `type` enum('dayOff','blockTime') NOT NULL DEFAULT 'dayOff',
  `repeat` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/User/Provider/ProvidersGoogleCalendarTable.php
CREATE TABLE `wp_amelia_providers_to_google_calendar`  (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `userId` INT(11) NOT NULL,
  `token` TEXT NOT NULL,
  `calendarId` TEXT(191) NULL,
  `blockedCalendars` TEXT NULL,
  `insertPendingAppointments` TINYINT(1) DEFAULT 0,
  `includeBufferTime` TINYINT(1) DEFAULT 0,
  `title` TEXT NULL,
  `description` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/User/Provider/ProvidersOutlookCalendarTable.php
CREATE TABLE `wp_amelia_providers_to_outlook_calendar`  (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `userId` INT(11) NOT NULL,
  `token` TEXT NOT NULL,
  `calendarId` TEXT(191) NULL,
  `blockedCalendars` TEXT NULL,
  `insertPendingAppointments` TINYINT(1) DEFAULT 0,
  `includeBufferTime` TINYINT(1) DEFAULT 0,
  `title` TEXT NULL,
  `description` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/User/Provider/ProvidersLocationTable.php
CREATE TABLE `wp_amelia_providers_to_locations`  (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) NOT NULL,
  `locationId` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/User/Provider/ProvidersServiceTable.php
CREATE TABLE `wp_amelia_providers_to_services`  (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) NOT NULL,
  `serviceId` int(11) NOT NULL,
  `price` double NOT NULL,
  `minCapacity` int(11) NOT NULL,
  `maxCapacity` int(11) NOT NULL,
  `customPricing` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/User/Provider/ProvidersWeekDayTable.php
CREATE TABLE `wp_amelia_providers_to_weekdays`  (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) NOT NULL,
  `dayIndex` tinyint(2) NOT NULL,
  `startTime` time NOT NULL,
  `endTime` time NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/User/Provider/ProvidersViewsTable.php
CREATE TABLE `wp_amelia_providers_views`  (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `userId` INT(11) NOT NULL,
  `date` DATE NOT NULL,
  `views` INT(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Cache/CacheTable.php
CREATE TABLE `wp_amelia_cache` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `paymentId` INT(11) DEFAULT NULL,
  `data` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Infrastructure/WP/InstallActions/DB/Gallery/GalleriesTable.php
CREATE TABLE `wp_amelia_galleries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entityId` int(11) NOT NULL,
  `entityType` ENUM('service', 'event', 'package') NOT NULL,
  `pictureFullPath` varchar (767) NULL,
  `pictureThumbPath` varchar (767) NULL,
  `position` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- django-danceschool (dance school management: class series and registrations, check-in, instructors and staff,
-- private lessons booked from instructors' availability, invoices and online/door payments, vouchers, discounts,
-- prerequisites, expenses and revenues, guest lists, ban list)
-- Upstream: github.com/django-danceschool/django-danceschool, commit 19db3e83e76ea2002ee841989410d12d1e601023 (BSD-3-Clause)
-- Made by loading the project's Django models (danceschool/*/models.py, Django 3.1, with django-cms 3.8,
-- django-filer, django-polymorphic and django-allauth installed as the installation guide lists them) and creating
-- every model's table with Django's MySQL schema editor in a scratch MariaDB database, then dumping it
-- (mysqldump --no-data). Column order is the models' field order. Kept: 58 of the 143 tables (113 models and their many-to-many tables; see the .md);
-- foreign keys to left-out tables (django-cms, django-filer, content types) dropped; JSONField written as json,
-- Django's PositiveIntegerField CHECK (x >= 0) clauses dropped.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banlist_banflaggedrecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `person_id` int(11) NOT NULL,
  `dateTime` datetime(6) NOT NULL,
  `ipAddress` char(39) DEFAULT NULL,
  `flagCode` varchar(8) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `banlist_banflaggedre_person_id_672747ad_fk_banlist_b` (`person_id`),
  CONSTRAINT `banlist_banflaggedre_person_id_672747ad_fk_banlist_b` FOREIGN KEY (`person_id`) REFERENCES `banlist_bannedperson` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banlist_bannedemail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `person_id` int(11) NOT NULL,
  `email` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `banlist_bannedemail_person_id_1a55e027_fk_banlist_b` (`person_id`),
  CONSTRAINT `banlist_bannedemail_person_id_1a55e027_fk_banlist_b` FOREIGN KEY (`person_id`) REFERENCES `banlist_bannedperson` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banlist_bannedperson` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `firstName` varchar(30) NOT NULL,
  `lastName` varchar(30) NOT NULL,
  `photo_id` int(11) DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `expirationDate` datetime(6) DEFAULT NULL,
  `disabled` tinyint(1) NOT NULL,
  `submissionDate` datetime(6) NOT NULL,
  `modifiedDate` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `banlist_bannedperson_photo_id_3f5a2c9d` (`photo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_cashpaymentrecord` (
  `paymentrecord_ptr_id` int(11) NOT NULL,
  `amount` double NOT NULL,
  `refundAmount` double NOT NULL,
  `payerEmail` varchar(254) DEFAULT NULL,
  `status` varchar(1) NOT NULL,
  `collectedByUser_id` int(11) DEFAULT NULL,
  `paymentMethod` varchar(30) NOT NULL,
  PRIMARY KEY (`paymentrecord_ptr_id`),
  KEY `core_cashpaymentreco_collectedByUser_id_41c1c378_fk_auth_user` (`collectedByUser_id`),
  CONSTRAINT `core_cashpaymentreco_collectedByUser_id_41c1c378_fk_auth_user` FOREIGN KEY (`collectedByUser_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `core_cashpaymentreco_paymentrecord_ptr_id_52e06359_fk_core_paym` FOREIGN KEY (`paymentrecord_ptr_id`) REFERENCES `core_paymentrecord` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_classdescription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `shortDescription` longtext NOT NULL,
  `danceTypeLevel_id` int(11) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `template` varchar(250) NOT NULL,
  `oneTimeSeries` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `core_classdescriptio_danceTypeLevel_id_9886d217_fk_core_danc` (`danceTypeLevel_id`),
  CONSTRAINT `core_classdescriptio_danceTypeLevel_id_9886d217_fk_core_danc` FOREIGN KEY (`danceTypeLevel_id`) REFERENCES `core_dancetypelevel` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_customer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `phone` varchar(20) DEFAULT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_customer_last_name_first_name_email_8301f344_uniq` (`last_name`,`first_name`,`email`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `core_customer_user_id_76763a70_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_customer_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `customergroup_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_customer_groups_customer_id_customergroup_id_a5875e03_uniq` (`customer_id`,`customergroup_id`),
  KEY `core_customer_groups_customergroup_id_1f52800b_fk_core_cust` (`customergroup_id`),
  CONSTRAINT `core_customer_groups_customer_id_bc34f3ce_fk_core_customer_id` FOREIGN KEY (`customer_id`) REFERENCES `core_customer` (`id`),
  CONSTRAINT `core_customer_groups_customergroup_id_1f52800b_fk_core_cust` FOREIGN KEY (`customergroup_id`) REFERENCES `core_customergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_customergroup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_dancerole` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `pluralName` varchar(50) NOT NULL,
  `order` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `pluralName` (`pluralName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_dancetype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `order` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_dancetypelevel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `order` double NOT NULL,
  `danceType_id` int(11) NOT NULL,
  `displayColor` varchar(7) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `core_dancetypelevel_danceType_id_7d951ea9_fk_core_dancetype_id` (`danceType_id`),
  CONSTRAINT `core_dancetypelevel_danceType_id_7d951ea9_fk_core_dancetype_id` FOREIGN KEY (`danceType_id`) REFERENCES `core_dancetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_emailtemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `subject` varchar(200) DEFAULT NULL,
  `richTextChoice` varchar(5) NOT NULL,
  `content` longtext DEFAULT NULL,
  `html_content` longtext DEFAULT NULL,
  `defaultFromName` varchar(100) DEFAULT NULL,
  `defaultFromAddress` varchar(100) DEFAULT NULL,
  `defaultCC` varchar(100) DEFAULT NULL,
  `groupRequired_id` int(11) DEFAULT NULL,
  `hideFromForm` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `core_emailtemplate_groupRequired_id_15ddbbdc_fk_auth_group_id` (`groupRequired_id`),
  CONSTRAINT `core_emailtemplate_groupRequired_id_15ddbbdc_fk_auth_group_id` FOREIGN KEY (`groupRequired_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `polymorphic_ctype_id` int(11) DEFAULT NULL,
  `status` varchar(1) NOT NULL,
  `calendarEvent` tinyint(1) NOT NULL,
  `session_id` int(11) DEFAULT NULL,
  `uuid` char(32) NOT NULL,
  `registrationOpen` tinyint(1) NOT NULL,
  `closeAfterDays` double DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `submissionUser_id` int(11) DEFAULT NULL,
  `location_id` int(11) DEFAULT NULL,
  `room_id` int(11) DEFAULT NULL,
  `capacity` int(10) unsigned DEFAULT NULL,
  `partnerRequired` tinyint(1) NOT NULL,
  `month` smallint(5) unsigned DEFAULT NULL,
  `year` smallint(6) DEFAULT NULL,
  `startTime` datetime(6) DEFAULT NULL,
  `endTime` datetime(6) DEFAULT NULL,
  `duration` double DEFAULT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `core_event_polymorphic_ctype_id_c54161ed_fk_django_co` (`polymorphic_ctype_id`),
  KEY `core_event_session_id_3bd2140b_fk_core_eventsession_id` (`session_id`),
  KEY `core_event_submissionUser_id_72b475ae_fk_auth_user_id` (`submissionUser_id`),
  KEY `core_event_location_id_0e29c1b1_fk_core_location_id` (`location_id`),
  KEY `core_event_room_id_a72f5855_fk_core_room_id` (`room_id`),
  CONSTRAINT `core_event_location_id_0e29c1b1_fk_core_location_id` FOREIGN KEY (`location_id`) REFERENCES `core_location` (`id`),
  CONSTRAINT `core_event_room_id_a72f5855_fk_core_room_id` FOREIGN KEY (`room_id`) REFERENCES `core_room` (`id`),
  CONSTRAINT `core_event_session_id_3bd2140b_fk_core_eventsession_id` FOREIGN KEY (`session_id`) REFERENCES `core_eventsession` (`id`),
  CONSTRAINT `core_event_submissionUser_id_72b475ae_fk_auth_user_id` FOREIGN KEY (`submissionUser_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_eventcheckin` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `occurrence_id` int(11) DEFAULT NULL,
  `checkInType` varchar(1) NOT NULL,
  `eventRegistration_id` int(11) DEFAULT NULL,
  `firstName` varchar(100) DEFAULT NULL,
  `lastName` varchar(100) DEFAULT NULL,
  `cancelled` tinyint(1) DEFAULT NULL,
  `data` json NOT NULL,
  `creationDate` datetime(6) NOT NULL,
  `modifiedDate` datetime(6) NOT NULL,
  `submissionUser_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `core_eventcheckin_event_id_9708db15_fk_core_event_id` (`event_id`),
  KEY `core_eventcheckin_occurrence_id_9cb3c474_fk_core_even` (`occurrence_id`),
  KEY `core_eventcheckin_eventRegistration_id_1d7ce15c_fk_core_even` (`eventRegistration_id`),
  KEY `core_eventcheckin_submissionUser_id_f1e84470_fk_auth_user_id` (`submissionUser_id`),
  CONSTRAINT `core_eventcheckin_eventRegistration_id_1d7ce15c_fk_core_even` FOREIGN KEY (`eventRegistration_id`) REFERENCES `core_eventregistration` (`id`),
  CONSTRAINT `core_eventcheckin_event_id_9708db15_fk_core_event_id` FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `core_eventcheckin_occurrence_id_9cb3c474_fk_core_even` FOREIGN KEY (`occurrence_id`) REFERENCES `core_eventoccurrence` (`id`),
  CONSTRAINT `core_eventcheckin_submissionUser_id_f1e84470_fk_auth_user_id` FOREIGN KEY (`submissionUser_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_eventoccurrence` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `startTime` datetime(6) NOT NULL,
  `endTime` datetime(6) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `core_eventoccurrence_event_id_9606f34e_fk_core_event_id` (`event_id`),
  CONSTRAINT `core_eventoccurrence_event_id_9606f34e_fk_core_event_id` FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `core_eventoccurrence_correct_endTime` CHECK (`endTime` >= `startTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_eventregistration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `registration_id` int(11) NOT NULL,
  `invoiceItem_id` char(32) NOT NULL,
  `event_id` int(11) NOT NULL,
  `customer_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  `dropIn` tinyint(1) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  `student` tinyint(1) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoiceItem_id` (`invoiceItem_id`),
  KEY `core_eventregistrati_registration_id_c129badb_fk_core_regi` (`registration_id`),
  KEY `core_eventregistration_event_id_72efb9c4_fk_core_event_id` (`event_id`),
  KEY `core_eventregistration_customer_id_3f27d68e_fk_core_customer_id` (`customer_id`),
  KEY `core_eventregistration_role_id_2a2edded_fk_core_dancerole_id` (`role_id`),
  CONSTRAINT `core_eventregistrati_invoiceItem_id_fc752448_fk_core_invo` FOREIGN KEY (`invoiceItem_id`) REFERENCES `core_invoiceitem` (`id`),
  CONSTRAINT `core_eventregistrati_registration_id_c129badb_fk_core_regi` FOREIGN KEY (`registration_id`) REFERENCES `core_registration` (`id`),
  CONSTRAINT `core_eventregistration_customer_id_3f27d68e_fk_core_customer_id` FOREIGN KEY (`customer_id`) REFERENCES `core_customer` (`id`),
  CONSTRAINT `core_eventregistration_event_id_72efb9c4_fk_core_event_id` FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `core_eventregistration_role_id_2a2edded_fk_core_dancerole_id` FOREIGN KEY (`role_id`) REFERENCES `core_dancerole` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_eventsession` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` longtext DEFAULT NULL,
  `slug` varchar(50) NOT NULL,
  `startTime` datetime(6) DEFAULT NULL,
  `endTime` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `core_eventsession_slug_3ea7b9c8` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_eventstaffcategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_eventstaffmember` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category_id` int(11) DEFAULT NULL,
  `event_id` int(11) NOT NULL,
  `staffMember_id` int(11) NOT NULL,
  `replacedStaffMember_id` int(11) DEFAULT NULL,
  `specifiedHours` double DEFAULT NULL,
  `data` json NOT NULL,
  `submissionUser_id` int(11) DEFAULT NULL,
  `creationDate` datetime(6) NOT NULL,
  `modifyDate` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_eventstaffmember_staffMember_id_event_id__82289c59_uniq` (`staffMember_id`,`event_id`,`category_id`,`replacedStaffMember_id`),
  KEY `core_eventstaffmembe_category_id_a8189216_fk_core_even` (`category_id`),
  KEY `core_eventstaffmember_event_id_01016aab_fk_core_event_id` (`event_id`),
  KEY `core_eventstaffmembe_replacedStaffMember__018e1c05_fk_core_even` (`replacedStaffMember_id`),
  KEY `core_eventstaffmember_submissionUser_id_4829da88_fk_auth_user_id` (`submissionUser_id`),
  CONSTRAINT `core_eventstaffmembe_category_id_a8189216_fk_core_even` FOREIGN KEY (`category_id`) REFERENCES `core_eventstaffcategory` (`id`),
  CONSTRAINT `core_eventstaffmembe_replacedStaffMember__018e1c05_fk_core_even` FOREIGN KEY (`replacedStaffMember_id`) REFERENCES `core_eventstaffmember` (`id`),
  CONSTRAINT `core_eventstaffmembe_staffMember_id_cf5e70e9_fk_core_staf` FOREIGN KEY (`staffMember_id`) REFERENCES `core_staffmember` (`id`),
  CONSTRAINT `core_eventstaffmember_event_id_01016aab_fk_core_event_id` FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `core_eventstaffmember_submissionUser_id_4829da88_fk_auth_user_id` FOREIGN KEY (`submissionUser_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_instructor` (
  `staffMember_id` int(11) NOT NULL,
  `status` varchar(1) NOT NULL,
  `availableForPrivates` tinyint(1) NOT NULL,
  PRIMARY KEY (`staffMember_id`),
  CONSTRAINT `core_instructor_staffMember_id_d66c1a01_fk_core_staffmember_id` FOREIGN KEY (`staffMember_id`) REFERENCES `core_staffmember` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_invoice` (
  `id` char(32) NOT NULL,
  `validationString` varchar(25) NOT NULL,
  `firstName` varchar(100) DEFAULT NULL,
  `lastName` varchar(100) DEFAULT NULL,
  `email` varchar(200) DEFAULT NULL,
  `creationDate` datetime(6) NOT NULL,
  `modifiedDate` datetime(6) NOT NULL,
  `expirationDate` datetime(6) DEFAULT NULL,
  `status` varchar(1) NOT NULL,
  `paidOnline` tinyint(1) NOT NULL,
  `submissionUser_id` int(11) DEFAULT NULL,
  `collectedByUser_id` int(11) DEFAULT NULL,
  `grossTotal` double NOT NULL,
  `total` double NOT NULL,
  `adjustments` double NOT NULL,
  `taxes` double NOT NULL,
  `fees` double NOT NULL,
  `buyerPaysSalesTax` tinyint(1) NOT NULL,
  `amountPaid` double NOT NULL,
  `comments` longtext DEFAULT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `core_invoice_submissionUser_id_aed01856_fk_auth_user_id` (`submissionUser_id`),
  KEY `core_invoice_collectedByUser_id_9d6988c3_fk_auth_user_id` (`collectedByUser_id`),
  CONSTRAINT `core_invoice_collectedByUser_id_9d6988c3_fk_auth_user_id` FOREIGN KEY (`collectedByUser_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `core_invoice_submissionUser_id_aed01856_fk_auth_user_id` FOREIGN KEY (`submissionUser_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_invoiceitem` (
  `id` char(32) NOT NULL,
  `invoice_id` char(32) NOT NULL,
  `description` varchar(300) DEFAULT NULL,
  `grossTotal` double NOT NULL,
  `total` double NOT NULL,
  `adjustments` double NOT NULL,
  `taxRate` double NOT NULL,
  `taxes` double NOT NULL,
  `fees` double NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `core_invoiceitem_invoice_id_ed095f3b_fk_core_invoice_id` (`invoice_id`),
  CONSTRAINT `core_invoiceitem_invoice_id_ed095f3b_fk_core_invoice_id` FOREIGN KEY (`invoice_id`) REFERENCES `core_invoice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_location` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `address` varchar(50) DEFAULT NULL,
  `city` varchar(30) NOT NULL,
  `state` varchar(12) NOT NULL,
  `zip` varchar(12) NOT NULL,
  `directions` longtext DEFAULT NULL,
  `status` varchar(1) NOT NULL,
  `orderNum` double NOT NULL,
  `defaultCapacity` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_paymentrecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `polymorphic_ctype_id` int(11) DEFAULT NULL,
  `invoice_id` char(32) DEFAULT NULL,
  `creationDate` datetime(6) NOT NULL,
  `modifiedDate` datetime(6) NOT NULL,
  `submissionUser_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `core_paymentrecord_polymorphic_ctype_id_b56e1953_fk_django_co` (`polymorphic_ctype_id`),
  KEY `core_paymentrecord_invoice_id_9b126ab4_fk_core_invoice_id` (`invoice_id`),
  KEY `core_paymentrecord_submissionUser_id_24471100_fk_auth_user_id` (`submissionUser_id`),
  CONSTRAINT `core_paymentrecord_invoice_id_9b126ab4_fk_core_invoice_id` FOREIGN KEY (`invoice_id`) REFERENCES `core_invoice` (`id`),
  CONSTRAINT `core_paymentrecord_submissionUser_id_24471100_fk_auth_user_id` FOREIGN KEY (`submissionUser_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_pricingtier` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `onlinePrice` double NOT NULL,
  `doorPrice` double NOT NULL,
  `dropinPrice` double NOT NULL,
  `expired` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_publicevent` (
  `event_ptr_id` int(11) NOT NULL,
  `title` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `descriptionField` longtext DEFAULT NULL,
  `shortDescriptionField` longtext DEFAULT NULL,
  `template` varchar(250) NOT NULL,
  `link` varchar(200) DEFAULT NULL,
  `pricingTier_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`event_ptr_id`),
  KEY `core_publicevent_category_id_2411258f_fk_core_publ` (`category_id`),
  KEY `core_publicevent_pricingTier_id_b1bb73f3_fk_core_pricingtier_id` (`pricingTier_id`),
  KEY `core_publicevent_slug_e1fed6b5` (`slug`),
  CONSTRAINT `core_publicevent_category_id_2411258f_fk_core_publ` FOREIGN KEY (`category_id`) REFERENCES `core_publiceventcategory` (`id`),
  CONSTRAINT `core_publicevent_event_ptr_id_3d3809aa_fk_core_event_id` FOREIGN KEY (`event_ptr_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `core_publicevent_pricingTier_id_b1bb73f3_fk_core_pricingtier_id` FOREIGN KEY (`pricingTier_id`) REFERENCES `core_pricingtier` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_publiceventcategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` longtext DEFAULT NULL,
  `slug` varchar(50) NOT NULL,
  `separateOnRegistrationPage` tinyint(1) NOT NULL,
  `displayColor` varchar(7) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `core_publiceventcategory_slug_c0de44a1` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_registration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `final` tinyint(1) NOT NULL,
  `howHeardAboutUs` longtext DEFAULT NULL,
  `payAtDoor` tinyint(1) NOT NULL,
  `comments` longtext DEFAULT NULL,
  `invoice_id` char(32) NOT NULL,
  `dateTime` datetime(6) DEFAULT NULL,
  `submissionUser_id` int(11) DEFAULT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_id` (`invoice_id`),
  KEY `core_registration_submissionUser_id_bd151479_fk_auth_user_id` (`submissionUser_id`),
  CONSTRAINT `core_registration_invoice_id_c604c552_fk_core_invoice_id` FOREIGN KEY (`invoice_id`) REFERENCES `core_invoice` (`id`),
  CONSTRAINT `core_registration_submissionUser_id_bd151479_fk_auth_user_id` FOREIGN KEY (`submissionUser_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_room` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `location_id` int(11) NOT NULL,
  `defaultCapacity` int(10) unsigned DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_room_location_id_name_9a0a1680_uniq` (`location_id`,`name`),
  CONSTRAINT `core_room_location_id_71433b6b_fk_core_location_id` FOREIGN KEY (`location_id`) REFERENCES `core_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_series` (
  `event_ptr_id` int(11) NOT NULL,
  `classDescription_id` int(11) DEFAULT NULL,
  `category_id` int(11) DEFAULT NULL,
  `allowDropins` tinyint(1) NOT NULL,
  `pricingTier_id` int(11) NOT NULL,
  PRIMARY KEY (`event_ptr_id`),
  KEY `core_series_classDescription_id_a82da71b_fk_core_clas` (`classDescription_id`),
  KEY `core_series_category_id_43ac346a_fk_core_seriescategory_id` (`category_id`),
  KEY `core_series_pricingTier_id_364ec181_fk_core_pricingtier_id` (`pricingTier_id`),
  CONSTRAINT `core_series_category_id_43ac346a_fk_core_seriescategory_id` FOREIGN KEY (`category_id`) REFERENCES `core_seriescategory` (`id`),
  CONSTRAINT `core_series_classDescription_id_a82da71b_fk_core_clas` FOREIGN KEY (`classDescription_id`) REFERENCES `core_classdescription` (`id`),
  CONSTRAINT `core_series_event_ptr_id_d9d29d0d_fk_core_event_id` FOREIGN KEY (`event_ptr_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `core_series_pricingTier_id_364ec181_fk_core_pricingtier_id` FOREIGN KEY (`pricingTier_id`) REFERENCES `core_pricingtier` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_seriescategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` longtext DEFAULT NULL,
  `slug` varchar(50) NOT NULL,
  `separateOnRegistrationPage` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `core_seriescategory_slug_c7b990f9` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_staffmember` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `firstName` varchar(50) DEFAULT NULL,
  `lastName` varchar(50) DEFAULT NULL,
  `userAccount_id` int(11) DEFAULT NULL,
  `publicEmail` varchar(100) NOT NULL,
  `privateEmail` varchar(100) NOT NULL,
  `phone` varchar(25) DEFAULT NULL,
  `image_id` int(11) DEFAULT NULL,
  `bio` longtext DEFAULT NULL,
  `feedKey` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userAccount_id` (`userAccount_id`),
  UNIQUE KEY `core_staffmember_firstName_lastName_d0dbffc7_uniq` (`firstName`,`lastName`),
  KEY `core_staffmember_image_id_46434a15` (`image_id`),
  CONSTRAINT `core_staffmember_userAccount_id_9e8de25b_fk_auth_user_id` FOREIGN KEY (`userAccount_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discounts_customerdiscount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `discountCombo_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `discounts_customerdi_customer_id_d63c68cd_fk_core_cust` (`customer_id`),
  KEY `discounts_customerdi_discountCombo_id_ec8e0072_fk_discounts` (`discountCombo_id`),
  CONSTRAINT `discounts_customerdi_customer_id_d63c68cd_fk_core_cust` FOREIGN KEY (`customer_id`) REFERENCES `core_customer` (`id`),
  CONSTRAINT `discounts_customerdi_discountCombo_id_ec8e0072_fk_discounts` FOREIGN KEY (`discountCombo_id`) REFERENCES `discounts_discountcombo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discounts_discountcombo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `expirationDate` datetime(6) DEFAULT NULL,
  `studentsOnly` tinyint(1) NOT NULL,
  `newCustomersOnly` tinyint(1) NOT NULL,
  `daysInAdvanceRequired` int(10) unsigned DEFAULT NULL,
  `firstXRegistered` smallint(6) DEFAULT NULL,
  `customerMatchRequired` tinyint(1) NOT NULL,
  `discountType` varchar(1) NOT NULL,
  `onlinePrice` double DEFAULT NULL,
  `doorPrice` double DEFAULT NULL,
  `dollarDiscount` double DEFAULT NULL,
  `percentDiscount` double DEFAULT NULL,
  `percentUniversallyApplied` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `discounts_discountco_category_id_b44dc857_fk_discounts` (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discounts_registrationdiscount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `registration_id` int(11) NOT NULL,
  `discount_id` int(11) NOT NULL,
  `discountAmount` double NOT NULL,
  `applied` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `discounts_registrationdi_registration_id_discount_6d16835e_uniq` (`registration_id`,`discount_id`),
  KEY `discounts_registrati_discount_id_dd1bcb89_fk_discounts` (`discount_id`),
  CONSTRAINT `discounts_registrati_discount_id_dd1bcb89_fk_discounts` FOREIGN KEY (`discount_id`) REFERENCES `discounts_discountcombo` (`id`),
  CONSTRAINT `discounts_registrati_registration_id_6232b259_fk_core_regi` FOREIGN KEY (`registration_id`) REFERENCES `core_registration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `financial_expensecategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `defaultRate` double DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `financial_expenseitem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submissionUser_id` int(11) DEFAULT NULL,
  `submissionDate` datetime(6) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `description` varchar(200) DEFAULT NULL,
  `hours` double DEFAULT NULL,
  `wageRate` double DEFAULT NULL,
  `total` double DEFAULT NULL,
  `adjustments` double NOT NULL,
  `fees` double NOT NULL,
  `paymentMethod` varchar(50) DEFAULT NULL,
  `comments` longtext DEFAULT NULL,
  `attachment_id` int(11) DEFAULT NULL,
  `event_id` int(11) DEFAULT NULL,
  `expenseRule_id` int(11) DEFAULT NULL,
  `periodStart` datetime(6) DEFAULT NULL,
  `periodEnd` datetime(6) DEFAULT NULL,
  `payTo_id` int(11) DEFAULT NULL,
  `reimbursement` tinyint(1) NOT NULL,
  `approved` varchar(100) DEFAULT NULL,
  `paid` tinyint(1) NOT NULL,
  `approvalDate` datetime(6) DEFAULT NULL,
  `paymentDate` datetime(6) DEFAULT NULL,
  `accrualDate` datetime(6) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `financial_expenseitem_submissionUser_id_1d5b1bc4_fk_auth_user_id` (`submissionUser_id`),
  KEY `financial_expenseite_category_id_5d9a83b0_fk_financial` (`category_id`),
  KEY `financial_expenseitem_event_id_3dd2fde6_fk_core_event_id` (`event_id`),
  KEY `financial_expenseite_expenseRule_id_a622c9e6_fk_financial` (`expenseRule_id`),
  KEY `financial_expenseite_payTo_id_49ca8a44_fk_financial` (`payTo_id`),
  KEY `financial_expenseitem_attachment_id_8c847571` (`attachment_id`),
  CONSTRAINT `financial_expenseite_category_id_5d9a83b0_fk_financial` FOREIGN KEY (`category_id`) REFERENCES `financial_expensecategory` (`id`),
  CONSTRAINT `financial_expenseite_payTo_id_49ca8a44_fk_financial` FOREIGN KEY (`payTo_id`) REFERENCES `financial_transactionparty` (`id`),
  CONSTRAINT `financial_expenseitem_event_id_3dd2fde6_fk_core_event_id` FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `financial_expenseitem_submissionUser_id_1d5b1bc4_fk_auth_user_id` FOREIGN KEY (`submissionUser_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `financial_revenuecategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `defaultAmount` double DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `financial_revenueitem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submissionUser_id` int(11) DEFAULT NULL,
  `submissionDate` datetime(6) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `description` varchar(200) DEFAULT NULL,
  `total` double NOT NULL,
  `grossTotal` double NOT NULL,
  `adjustments` double NOT NULL,
  `fees` double NOT NULL,
  `taxes` double NOT NULL,
  `buyerPaysSalesTax` tinyint(1) NOT NULL,
  `paymentMethod` varchar(50) DEFAULT NULL,
  `invoiceNumber` varchar(80) DEFAULT NULL,
  `comments` longtext DEFAULT NULL,
  `attachment_id` int(11) DEFAULT NULL,
  `invoiceItem_id` char(32) DEFAULT NULL,
  `event_id` int(11) DEFAULT NULL,
  `receivedFrom_id` int(11) DEFAULT NULL,
  `currentlyHeldBy_id` int(11) DEFAULT NULL,
  `received` tinyint(1) NOT NULL,
  `receivedDate` datetime(6) DEFAULT NULL,
  `accrualDate` datetime(6) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoiceItem_id` (`invoiceItem_id`),
  KEY `financial_revenueitem_submissionUser_id_b977d2fb_fk_auth_user_id` (`submissionUser_id`),
  KEY `financial_revenueite_category_id_cb96da34_fk_financial` (`category_id`),
  KEY `financial_revenueitem_event_id_e13b7ad4_fk_core_event_id` (`event_id`),
  KEY `financial_revenueite_receivedFrom_id_c143e493_fk_financial` (`receivedFrom_id`),
  KEY `financial_revenueite_currentlyHeldBy_id_6e481396_fk_auth_user` (`currentlyHeldBy_id`),
  KEY `financial_revenueitem_attachment_id_798345fc` (`attachment_id`),
  CONSTRAINT `financial_revenueite_category_id_cb96da34_fk_financial` FOREIGN KEY (`category_id`) REFERENCES `financial_revenuecategory` (`id`),
  CONSTRAINT `financial_revenueite_currentlyHeldBy_id_6e481396_fk_auth_user` FOREIGN KEY (`currentlyHeldBy_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `financial_revenueite_invoiceItem_id_b8475be4_fk_core_invo` FOREIGN KEY (`invoiceItem_id`) REFERENCES `core_invoiceitem` (`id`),
  CONSTRAINT `financial_revenueite_receivedFrom_id_c143e493_fk_financial` FOREIGN KEY (`receivedFrom_id`) REFERENCES `financial_transactionparty` (`id`),
  CONSTRAINT `financial_revenueitem_event_id_e13b7ad4_fk_core_event_id` FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `financial_revenueitem_submissionUser_id_b977d2fb_fk_auth_user_id` FOREIGN KEY (`submissionUser_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `financial_transactionparty` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `staffMember_id` int(11) DEFAULT NULL,
  `location_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  UNIQUE KEY `staffMember_id` (`staffMember_id`),
  UNIQUE KEY `location_id` (`location_id`),
  CONSTRAINT `financial_transactio_location_id_bb2c2723_fk_core_loca` FOREIGN KEY (`location_id`) REFERENCES `core_location` (`id`),
  CONSTRAINT `financial_transactio_staffMember_id_a5820c5e_fk_core_staf` FOREIGN KEY (`staffMember_id`) REFERENCES `core_staffmember` (`id`),
  CONSTRAINT `financial_transactionparty_user_id_2e57f9ea_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guestlist_guestlist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `sortOrder` varchar(5) NOT NULL,
  `includeStaff` tinyint(1) NOT NULL,
  `includeRegistrants` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guestlist_guestlistname` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guestList_id` int(11) NOT NULL,
  `firstName` varchar(50) NOT NULL,
  `lastName` varchar(50) NOT NULL,
  `notes` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `guestlist_guestlistn_guestList_id_2aeee5ed_fk_guestlist` (`guestList_id`),
  CONSTRAINT `guestlist_guestlistn_guestList_id_2aeee5ed_fk_guestlist` FOREIGN KEY (`guestList_id`) REFERENCES `guestlist_guestlist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `paypal_paypalpaymentrecord` (
  `paymentrecord_ptr_id` int(11) NOT NULL,
  `paymentId` varchar(50) NOT NULL,
  `payerId` varchar(50) DEFAULT NULL,
  `status` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`paymentrecord_ptr_id`),
  UNIQUE KEY `paymentId` (`paymentId`),
  CONSTRAINT `paypal_paypalpayment_paymentrecord_ptr_id_a7be9f09_fk_core_paym` FOREIGN KEY (`paymentrecord_ptr_id`) REFERENCES `core_paymentrecord` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prerequisites_customerrequirement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `requirement_id` int(11) NOT NULL,
  `role_id` int(11) DEFAULT NULL,
  `met` tinyint(1) NOT NULL,
  `comments` longtext DEFAULT NULL,
  `submissionDate` datetime(6) NOT NULL,
  `modifiedDate` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prerequisites_customerre_customer_id_requirement__126f6914_uniq` (`customer_id`,`requirement_id`,`role_id`),
  KEY `prerequisites_custom_requirement_id_819b9409_fk_prerequis` (`requirement_id`),
  KEY `prerequisites_custom_role_id_7fdf1c41_fk_core_danc` (`role_id`),
  CONSTRAINT `prerequisites_custom_customer_id_cbdacf3b_fk_core_cust` FOREIGN KEY (`customer_id`) REFERENCES `core_customer` (`id`),
  CONSTRAINT `prerequisites_custom_requirement_id_819b9409_fk_prerequis` FOREIGN KEY (`requirement_id`) REFERENCES `prerequisites_requirement` (`id`),
  CONSTRAINT `prerequisites_custom_role_id_7fdf1c41_fk_core_danc` FOREIGN KEY (`role_id`) REFERENCES `core_dancerole` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prerequisites_requirement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `applicableClass_id` int(11) DEFAULT NULL,
  `applicableLevel_id` int(11) DEFAULT NULL,
  `booleanRule` varchar(3) NOT NULL,
  `enforcementMethod` varchar(1) NOT NULL,
  `applicableRole_id` int(11) DEFAULT NULL,
  `roleEnforced` tinyint(1) NOT NULL,
  `submissionDate` datetime(6) NOT NULL,
  `modifiedDate` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `prerequisites_requir_applicableClass_id_fac49ecf_fk_core_clas` (`applicableClass_id`),
  KEY `prerequisites_requir_applicableLevel_id_bce2fd4b_fk_core_danc` (`applicableLevel_id`),
  KEY `prerequisites_requir_applicableRole_id_34fe5ef6_fk_core_danc` (`applicableRole_id`),
  CONSTRAINT `prerequisites_requir_applicableClass_id_fac49ecf_fk_core_clas` FOREIGN KEY (`applicableClass_id`) REFERENCES `core_classdescription` (`id`),
  CONSTRAINT `prerequisites_requir_applicableLevel_id_bce2fd4b_fk_core_danc` FOREIGN KEY (`applicableLevel_id`) REFERENCES `core_dancetypelevel` (`id`),
  CONSTRAINT `prerequisites_requir_applicableRole_id_34fe5ef6_fk_core_danc` FOREIGN KEY (`applicableRole_id`) REFERENCES `core_dancerole` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `private_lessons_instructoravailabilityslot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `instructor_id` int(11) NOT NULL,
  `pricingTier_id` int(11) DEFAULT NULL,
  `startTime` datetime(6) NOT NULL,
  `duration` smallint(5) unsigned NOT NULL,
  `location_id` int(11) DEFAULT NULL,
  `room_id` int(11) DEFAULT NULL,
  `status` varchar(1) NOT NULL,
  `lessonEvent_id` int(11) DEFAULT NULL,
  `eventRegistration_id` int(11) DEFAULT NULL,
  `creationDate` datetime(6) NOT NULL,
  `modifiedDate` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `private_lessons_inst_instructor_id_e7bc509e_fk_core_inst` (`instructor_id`),
  KEY `private_lessons_inst_pricingTier_id_cf849ee0_fk_core_pric` (`pricingTier_id`),
  KEY `private_lessons_inst_location_id_2830a62d_fk_core_loca` (`location_id`),
  KEY `private_lessons_inst_room_id_bb2e0d27_fk_core_room` (`room_id`),
  KEY `private_lessons_inst_lessonEvent_id_7bfa7f9b_fk_private_l` (`lessonEvent_id`),
  KEY `private_lessons_inst_eventRegistration_id_e675714b_fk_core_even` (`eventRegistration_id`),
  CONSTRAINT `private_lessons_inst_eventRegistration_id_e675714b_fk_core_even` FOREIGN KEY (`eventRegistration_id`) REFERENCES `core_eventregistration` (`id`),
  CONSTRAINT `private_lessons_inst_instructor_id_e7bc509e_fk_core_inst` FOREIGN KEY (`instructor_id`) REFERENCES `core_instructor` (`staffMember_id`),
  CONSTRAINT `private_lessons_inst_lessonEvent_id_7bfa7f9b_fk_private_l` FOREIGN KEY (`lessonEvent_id`) REFERENCES `private_lessons_privatelessonevent` (`event_ptr_id`),
  CONSTRAINT `private_lessons_inst_location_id_2830a62d_fk_core_loca` FOREIGN KEY (`location_id`) REFERENCES `core_location` (`id`),
  CONSTRAINT `private_lessons_inst_pricingTier_id_cf849ee0_fk_core_pric` FOREIGN KEY (`pricingTier_id`) REFERENCES `core_pricingtier` (`id`),
  CONSTRAINT `private_lessons_inst_room_id_bb2e0d27_fk_core_room` FOREIGN KEY (`room_id`) REFERENCES `core_room` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `private_lessons_instructorprivatelessondetails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `instructor_id` int(11) NOT NULL,
  `defaultPricingTier_id` int(11) DEFAULT NULL,
  `couples` tinyint(1) NOT NULL,
  `smallGroups` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `instructor_id` (`instructor_id`),
  KEY `private_lessons_inst_defaultPricingTier_i_defddc65_fk_core_pric` (`defaultPricingTier_id`),
  CONSTRAINT `private_lessons_inst_defaultPricingTier_i_defddc65_fk_core_pric` FOREIGN KEY (`defaultPricingTier_id`) REFERENCES `core_pricingtier` (`id`),
  CONSTRAINT `private_lessons_inst_instructor_id_f14a116b_fk_core_staf` FOREIGN KEY (`instructor_id`) REFERENCES `core_staffmember` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `private_lessons_privatelessoncustomer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `lesson_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `private_lessons_privatel_customer_id_lesson_id_f83ed089_uniq` (`customer_id`,`lesson_id`),
  KEY `private_lessons_priv_lesson_id_e83bb3f9_fk_private_l` (`lesson_id`),
  CONSTRAINT `private_lessons_priv_customer_id_ed14c98d_fk_core_cust` FOREIGN KEY (`customer_id`) REFERENCES `core_customer` (`id`),
  CONSTRAINT `private_lessons_priv_lesson_id_e83bb3f9_fk_private_l` FOREIGN KEY (`lesson_id`) REFERENCES `private_lessons_privatelessonevent` (`event_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `private_lessons_privatelessonevent` (
  `event_ptr_id` int(11) NOT NULL,
  `pricingTier_id` int(11) DEFAULT NULL,
  `participants` smallint(5) unsigned DEFAULT NULL,
  `comments` longtext DEFAULT NULL,
  PRIMARY KEY (`event_ptr_id`),
  KEY `private_lessons_priv_pricingTier_id_5a49c4ac_fk_core_pric` (`pricingTier_id`),
  CONSTRAINT `private_lessons_priv_event_ptr_id_c2a1e41a_fk_core_even` FOREIGN KEY (`event_ptr_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `private_lessons_priv_pricingTier_id_5a49c4ac_fk_core_pric` FOREIGN KEY (`pricingTier_id`) REFERENCES `core_pricingtier` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `square_squarepaymentrecord` (
  `paymentrecord_ptr_id` int(11) NOT NULL,
  `transactionId` varchar(100) NOT NULL,
  `locationId` varchar(100) NOT NULL,
  `payerEmail` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`paymentrecord_ptr_id`),
  UNIQUE KEY `transactionId` (`transactionId`),
  CONSTRAINT `square_squarepayment_paymentrecord_ptr_id_1cca908b_fk_core_paym` FOREIGN KEY (`paymentrecord_ptr_id`) REFERENCES `core_paymentrecord` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_stripecharge` (
  `paymentrecord_ptr_id` int(11) NOT NULL,
  `chargeId` varchar(32) NOT NULL,
  `status` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`paymentrecord_ptr_id`),
  CONSTRAINT `stripe_stripecharge_paymentrecord_ptr_id_07608dd9_fk_core_paym` FOREIGN KEY (`paymentrecord_ptr_id`) REFERENCES `core_paymentrecord` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vouchers_customervoucher` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `voucher_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vouchers_customervou_customer_id_abefa2de_fk_core_cust` (`customer_id`),
  KEY `vouchers_customervou_voucher_id_5dab0d6b_fk_vouchers_` (`voucher_id`),
  CONSTRAINT `vouchers_customervou_customer_id_abefa2de_fk_core_cust` FOREIGN KEY (`customer_id`) REFERENCES `core_customer` (`id`),
  CONSTRAINT `vouchers_customervou_voucher_id_5dab0d6b_fk_vouchers_` FOREIGN KEY (`voucher_id`) REFERENCES `vouchers_voucher` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vouchers_voucher` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `voucherId` varchar(100) NOT NULL,
  `name` varchar(80) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `description` varchar(200) DEFAULT NULL,
  `originalAmount` double NOT NULL,
  `refundAmount` double NOT NULL,
  `maxAmountPerUse` double DEFAULT NULL,
  `beforeTax` tinyint(1) NOT NULL,
  `singleUse` tinyint(1) NOT NULL,
  `forFirstTimeCustomersOnly` tinyint(1) NOT NULL,
  `forPreviousCustomersOnly` tinyint(1) NOT NULL,
  `doorOnly` tinyint(1) NOT NULL,
  `creationDate` datetime(6) NOT NULL,
  `expirationDate` datetime(6) DEFAULT NULL,
  `disabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `voucherId` (`voucherId`),
  KEY `vouchers_voucher_category_id_0a0ff008_fk_vouchers_` (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vouchers_vouchercredit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `voucher_id` int(11) NOT NULL,
  `amount` double NOT NULL,
  `description` longtext DEFAULT NULL,
  `creationDate` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vouchers_vouchercred_voucher_id_13d21d70_fk_vouchers_` (`voucher_id`),
  CONSTRAINT `vouchers_vouchercred_voucher_id_13d21d70_fk_vouchers_` FOREIGN KEY (`voucher_id`) REFERENCES `vouchers_voucher` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vouchers_voucheruse` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `voucher_id` int(11) NOT NULL,
  `invoice_id` char(32) NOT NULL,
  `amount` double NOT NULL,
  `beforeTax` tinyint(1) NOT NULL,
  `notes` varchar(100) DEFAULT NULL,
  `creationDate` datetime(6) DEFAULT NULL,
  `applied` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vouchers_voucheruse_voucher_id_d7a4a781_fk_vouchers_voucher_id` (`voucher_id`),
  KEY `vouchers_voucheruse_invoice_id_c54ce321_fk_core_invoice_id` (`invoice_id`),
  CONSTRAINT `vouchers_voucheruse_invoice_id_c54ce321_fk_core_invoice_id` FOREIGN KEY (`invoice_id`) REFERENCES `core_invoice` (`id`),
  CONSTRAINT `vouchers_voucheruse_voucher_id_d7a4a781_fk_vouchers_voucher_id` FOREIGN KEY (`voucher_id`) REFERENCES `vouchers_voucher` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

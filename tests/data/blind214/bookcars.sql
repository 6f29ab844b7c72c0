-- BookCars: car rental platform (suppliers, car fleet, locations, bookings, customers/drivers; Node.js, MongoDB)
-- Upstream: github.com/aelassas/bookcars `backend/src/models/*.ts` (Mongoose schemas) with the enums of
-- `packages/bookcars-types/index.ts`, commit 52cebb4906484c227ad1fa15cb29cd98a49a35a9 (MIT)
-- MongoDB has no SQL schema upstream: each of the 15 Mongoose models is one table named after its declared
-- collection, `_id` CHAR(24) first, then one column per schema path in the schema's order with upstream's names,
-- then Mongoose's `createdAt`/`updatedAt` (timestamps: true); `__v` left out. Arrays are child tables
-- `<Collection>_<path>` with a column named after the parent collection holding its `_id` (the only names not
-- upstream's) and, for arrays of references, a column named after the path; `User.contracts` (sub-documents) keeps
-- the sub-document `_id`. Types: ObjectId CHAR(24) with a foreign key to the `ref` collection; String VARCHAR(255)
-- (TEXT for `bio` and notification messages); Number DOUBLE; Boolean TINYINT(1); Date DATETIME(3); enum ENUM;
-- required NOT NULL; constant defaults kept; unique and index options as keys. No model was left out.

CREATE TABLE `User` (
  `_id` CHAR(24) NOT NULL,
  `supplier` CHAR(24) DEFAULT NULL,
  `email` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255) DEFAULT NULL,
  `fullName` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) DEFAULT NULL,
  `birthDate` DATETIME(3) DEFAULT NULL,
  `verified` TINYINT(1) DEFAULT 0,
  `verifiedAt` DATETIME(3) DEFAULT NULL,
  `active` TINYINT(1) DEFAULT 0,
  `language` VARCHAR(2) DEFAULT 'en',
  `enableEmailNotifications` TINYINT(1) DEFAULT 1,
  `avatar` VARCHAR(255) DEFAULT NULL,
  `bio` TEXT DEFAULT NULL,
  `location` VARCHAR(255) DEFAULT NULL,
  `type` ENUM('admin','supplier','user') DEFAULT 'user',
  `blacklisted` TINYINT(1) DEFAULT 0,
  `payLater` TINYINT(1) DEFAULT 1,
  `customerId` VARCHAR(255) DEFAULT NULL,
  `licenseRequired` TINYINT(1) DEFAULT 0,
  `license` VARCHAR(255) DEFAULT NULL,
  `minimumRentalDays` DOUBLE DEFAULT NULL,
  `priceChangeRate` DOUBLE DEFAULT NULL,
  `supplierCarLimit` DOUBLE DEFAULT NULL,
  `notifyAdminOnNewCar` TINYINT(1) DEFAULT NULL,
  `expireAt` DATETIME(3) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `email_1` (`email`),
  KEY `fullName_1` (`fullName`),
  KEY `expireAt_1` (`expireAt`),
  CONSTRAINT `User_supplier_fk` FOREIGN KEY (`supplier`) REFERENCES `User` (`_id`)
);

CREATE TABLE `User_contracts` (
  `_id` CHAR(24) NOT NULL,
  `User` CHAR(24) NOT NULL,
  `language` VARCHAR(2) NOT NULL,
  `file` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  CONSTRAINT `User_contracts_User_fk` FOREIGN KEY (`User`) REFERENCES `User` (`_id`)
);

CREATE TABLE `AdditionalDriver` (
  `_id` CHAR(24) NOT NULL,
  `fullName` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255) DEFAULT NULL,
  `birthDate` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `fullName_1` (`fullName`),
  KEY `email_1` (`email`)
);

CREATE TABLE `LocationValue` (
  `_id` CHAR(24) NOT NULL,
  `language` VARCHAR(2) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `language_1` (`language`),
  KEY `value_1` (`value`)
);

CREATE TABLE `Country` (
  `_id` CHAR(24) NOT NULL,
  `supplier` CHAR(24) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  CONSTRAINT `Country_supplier_fk` FOREIGN KEY (`supplier`) REFERENCES `User` (`_id`)
);

CREATE TABLE `Country_values` (
  `Country` CHAR(24) NOT NULL,
  `values` CHAR(24) NOT NULL,
  PRIMARY KEY (`Country`, `values`),
  CONSTRAINT `Country_values_Country_fk` FOREIGN KEY (`Country`) REFERENCES `Country` (`_id`),
  CONSTRAINT `Country_values_values_fk` FOREIGN KEY (`values`) REFERENCES `LocationValue` (`_id`)
);

CREATE TABLE `ParkingSpot` (
  `_id` CHAR(24) NOT NULL,
  `longitude` DOUBLE NOT NULL,
  `latitude` DOUBLE NOT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `ParkingSpot_values` (
  `ParkingSpot` CHAR(24) NOT NULL,
  `values` CHAR(24) NOT NULL,
  PRIMARY KEY (`ParkingSpot`, `values`),
  CONSTRAINT `ParkingSpot_values_ParkingSpot_fk` FOREIGN KEY (`ParkingSpot`) REFERENCES `ParkingSpot` (`_id`),
  CONSTRAINT `ParkingSpot_values_values_fk` FOREIGN KEY (`values`) REFERENCES `LocationValue` (`_id`)
);

CREATE TABLE `Location` (
  `_id` CHAR(24) NOT NULL,
  `country` CHAR(24) NOT NULL,
  `latitude` DOUBLE DEFAULT NULL,
  `longitude` DOUBLE DEFAULT NULL,
  `image` VARCHAR(255) DEFAULT NULL,
  `supplier` CHAR(24) DEFAULT NULL,
  `parentLocation` CHAR(24) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `country_1` (`country`),
  CONSTRAINT `Location_country_fk` FOREIGN KEY (`country`) REFERENCES `Country` (`_id`),
  CONSTRAINT `Location_supplier_fk` FOREIGN KEY (`supplier`) REFERENCES `User` (`_id`),
  CONSTRAINT `Location_parentLocation_fk` FOREIGN KEY (`parentLocation`) REFERENCES `Location` (`_id`)
);

CREATE TABLE `Location_values` (
  `Location` CHAR(24) NOT NULL,
  `values` CHAR(24) NOT NULL,
  PRIMARY KEY (`Location`, `values`),
  CONSTRAINT `Location_values_Location_fk` FOREIGN KEY (`Location`) REFERENCES `Location` (`_id`),
  CONSTRAINT `Location_values_values_fk` FOREIGN KEY (`values`) REFERENCES `LocationValue` (`_id`)
);

CREATE TABLE `Location_parkingSpots` (
  `Location` CHAR(24) NOT NULL,
  `parkingSpots` CHAR(24) NOT NULL,
  PRIMARY KEY (`Location`, `parkingSpots`),
  CONSTRAINT `Location_parkingSpots_Location_fk` FOREIGN KEY (`Location`) REFERENCES `Location` (`_id`),
  CONSTRAINT `Location_parkingSpots_parkingSpots_fk` FOREIGN KEY (`parkingSpots`) REFERENCES `ParkingSpot` (`_id`)
);

CREATE TABLE `DateBasedPrice` (
  `_id` CHAR(24) NOT NULL,
  `startDate` DATETIME(3) NOT NULL,
  `endDate` DATETIME(3) NOT NULL,
  `dailyPrice` DOUBLE NOT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `Car` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `licensePlate` VARCHAR(255) DEFAULT NULL,
  `supplier` CHAR(24) NOT NULL,
  `minimumAge` DOUBLE NOT NULL,
  `dailyPrice` DOUBLE NOT NULL,
  `discountedDailyPrice` DOUBLE DEFAULT NULL,
  `hourlyPrice` DOUBLE DEFAULT NULL,
  `discountedHourlyPrice` DOUBLE DEFAULT NULL,
  `biWeeklyPrice` DOUBLE DEFAULT NULL,
  `discountedBiWeeklyPrice` DOUBLE DEFAULT NULL,
  `weeklyPrice` DOUBLE DEFAULT NULL,
  `discountedWeeklyPrice` DOUBLE DEFAULT NULL,
  `monthlyPrice` DOUBLE DEFAULT NULL,
  `discountedMonthlyPrice` DOUBLE DEFAULT NULL,
  `isDateBasedPrice` TINYINT(1) DEFAULT 0,
  `deposit` DOUBLE NOT NULL,
  `available` TINYINT(1) NOT NULL,
  `fullyBooked` TINYINT(1) DEFAULT 0,
  `comingSoon` TINYINT(1) DEFAULT 0,
  `type` ENUM('diesel','gasoline','electric','hybrid','plugInHybrid','unknown') NOT NULL,
  `gearbox` ENUM('manual','automatic') NOT NULL,
  `aircon` TINYINT(1) NOT NULL,
  `image` VARCHAR(255) DEFAULT NULL,
  `seats` DOUBLE NOT NULL,
  `doors` DOUBLE NOT NULL,
  `fuelPolicy` ENUM('likeForlike','freeTank','fullToFull','FullToEmpty') NOT NULL,
  `mileage` DOUBLE NOT NULL,
  `cancellation` DOUBLE NOT NULL,
  `amendments` DOUBLE NOT NULL,
  `theftProtection` DOUBLE NOT NULL,
  `collisionDamageWaiver` DOUBLE NOT NULL,
  `fullInsurance` DOUBLE NOT NULL,
  `additionalDriver` DOUBLE NOT NULL,
  `range` ENUM('mini','midi','maxi','scooter','bus','truck','caravan') NOT NULL,
  `rating` DOUBLE DEFAULT NULL,
  `trips` DOUBLE DEFAULT 0,
  `co2` DOUBLE DEFAULT NULL,
  `blockOnPay` TINYINT(1) DEFAULT 1,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `name_1` (`name`),
  KEY `licensePlate_1` (`licensePlate`),
  KEY `supplier_1` (`supplier`),
  KEY `available_1` (`available`),
  CONSTRAINT `Car_supplier_fk` FOREIGN KEY (`supplier`) REFERENCES `User` (`_id`)
);

CREATE TABLE `Car_locations` (
  `Car` CHAR(24) NOT NULL,
  `locations` CHAR(24) NOT NULL,
  PRIMARY KEY (`Car`, `locations`),
  CONSTRAINT `Car_locations_Car_fk` FOREIGN KEY (`Car`) REFERENCES `Car` (`_id`),
  CONSTRAINT `Car_locations_locations_fk` FOREIGN KEY (`locations`) REFERENCES `Location` (`_id`)
);

CREATE TABLE `Car_dateBasedPrices` (
  `Car` CHAR(24) NOT NULL,
  `dateBasedPrices` CHAR(24) NOT NULL,
  PRIMARY KEY (`Car`, `dateBasedPrices`),
  CONSTRAINT `Car_dateBasedPrices_Car_fk` FOREIGN KEY (`Car`) REFERENCES `Car` (`_id`),
  CONSTRAINT `Car_dateBasedPrices_dateBasedPrices_fk` FOREIGN KEY (`dateBasedPrices`) REFERENCES `DateBasedPrice` (`_id`)
);

CREATE TABLE `Car_multimedia` (
  `Car` CHAR(24) NOT NULL,
  `multimedia` ENUM('androidAuto','appleCarPlay','bluetooth','touchscreen') NOT NULL,
  PRIMARY KEY (`Car`, `multimedia`),
  CONSTRAINT `Car_multimedia_Car_fk` FOREIGN KEY (`Car`) REFERENCES `Car` (`_id`)
);

CREATE TABLE `Booking` (
  `_id` CHAR(24) NOT NULL,
  `supplier` CHAR(24) NOT NULL,
  `car` CHAR(24) NOT NULL,
  `driver` CHAR(24) NOT NULL,
  `pickupLocation` CHAR(24) NOT NULL,
  `dropOffLocation` CHAR(24) NOT NULL,
  `from` DATETIME(3) NOT NULL,
  `to` DATETIME(3) NOT NULL,
  `status` ENUM('void','pending','deposit','paid','paidInFull','reserved','cancelled') NOT NULL,
  `cancellation` TINYINT(1) DEFAULT 0,
  `amendments` TINYINT(1) DEFAULT 0,
  `theftProtection` TINYINT(1) DEFAULT 0,
  `collisionDamageWaiver` TINYINT(1) DEFAULT 0,
  `fullInsurance` TINYINT(1) DEFAULT 0,
  `additionalDriver` TINYINT(1) DEFAULT 0,
  `_additionalDriver` CHAR(24) DEFAULT NULL,
  `price` DOUBLE NOT NULL,
  `cancelRequest` TINYINT(1) DEFAULT 0,
  `sessionId` VARCHAR(255) DEFAULT NULL,
  `paymentIntentId` VARCHAR(255) DEFAULT NULL,
  `customerId` VARCHAR(255) DEFAULT NULL,
  `isDeposit` TINYINT(1) DEFAULT 0,
  `isPayedInFull` TINYINT(1) DEFAULT 0,
  `paypalOrderId` VARCHAR(255) DEFAULT NULL,
  `expireAt` DATETIME(3) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `supplier_1` (`supplier`),
  KEY `driver_1` (`driver`),
  KEY `sessionId_1` (`sessionId`),
  KEY `expireAt_1` (`expireAt`),
  CONSTRAINT `Booking_supplier_fk` FOREIGN KEY (`supplier`) REFERENCES `User` (`_id`),
  CONSTRAINT `Booking_car_fk` FOREIGN KEY (`car`) REFERENCES `Car` (`_id`),
  CONSTRAINT `Booking_driver_fk` FOREIGN KEY (`driver`) REFERENCES `User` (`_id`),
  CONSTRAINT `Booking_pickupLocation_fk` FOREIGN KEY (`pickupLocation`) REFERENCES `Location` (`_id`),
  CONSTRAINT `Booking_dropOffLocation_fk` FOREIGN KEY (`dropOffLocation`) REFERENCES `Location` (`_id`),
  CONSTRAINT `Booking__additionalDriver_fk` FOREIGN KEY (`_additionalDriver`) REFERENCES `AdditionalDriver` (`_id`)
);

CREATE TABLE `Notification` (
  `_id` CHAR(24) NOT NULL,
  `user` CHAR(24) NOT NULL,
  `message` TEXT NOT NULL,
  `booking` CHAR(24) DEFAULT NULL,
  `car` CHAR(24) DEFAULT NULL,
  `isRead` TINYINT(1) DEFAULT 0,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `user_1` (`user`),
  CONSTRAINT `Notification_user_fk` FOREIGN KEY (`user`) REFERENCES `User` (`_id`),
  CONSTRAINT `Notification_booking_fk` FOREIGN KEY (`booking`) REFERENCES `Booking` (`_id`),
  CONSTRAINT `Notification_car_fk` FOREIGN KEY (`car`) REFERENCES `Car` (`_id`)
);

CREATE TABLE `NotificationCounter` (
  `_id` CHAR(24) NOT NULL,
  `user` CHAR(24) NOT NULL,
  `count` DOUBLE DEFAULT 0,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `user_1` (`user`),
  CONSTRAINT `NotificationCounter_user_fk` FOREIGN KEY (`user`) REFERENCES `User` (`_id`)
);

CREATE TABLE `PushToken` (
  `_id` CHAR(24) NOT NULL,
  `user` CHAR(24) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `user_1` (`user`),
  CONSTRAINT `PushToken_user_fk` FOREIGN KEY (`user`) REFERENCES `User` (`_id`)
);

CREATE TABLE `Token` (
  `_id` CHAR(24) NOT NULL,
  `user` CHAR(24) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expireAt` DATETIME(3) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `user_1` (`user`),
  KEY `token_1` (`token`),
  KEY `expireAt_1` (`expireAt`),
  CONSTRAINT `Token_user_fk` FOREIGN KEY (`user`) REFERENCES `User` (`_id`)
);

CREATE TABLE `Setting` (
  `_id` CHAR(24) NOT NULL,
  `minPickupHours` DOUBLE DEFAULT 1,
  `minRentalHours` DOUBLE DEFAULT 1,
  `minPickupDropoffHour` DOUBLE DEFAULT 0,
  `maxPickupDropoffHour` DOUBLE DEFAULT 23,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `BankDetails` (
  `_id` CHAR(24) NOT NULL,
  `accountHolder` VARCHAR(255) NOT NULL,
  `bankName` VARCHAR(255) NOT NULL,
  `iban` VARCHAR(255) NOT NULL,
  `swiftBic` VARCHAR(255) NOT NULL,
  `showBankDetailsPage` TINYINT(1) DEFAULT 0,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

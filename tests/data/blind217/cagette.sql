-- Cagette.net — online ordering for local-food groups (AMAP/CSA groups, producers' sales): users (members, with a
-- second household member on the same account), groups and memberships with balances, membership fees, waiting
-- list, producers (vendors), catalogs, products, distributions, baskets and orders, subscriptions, account
-- operations (orders and payments), volunteer duty roles, buffered e-mails, Cagette Pro producer accounts and their
-- messages, Mangopay payment users, training courses.
-- Upstream: Cagette.net by Alilo (François Barbut et al.), Haxe record-macros ("SPOD") classes src/db/*.hx and
-- plugins/{pro,mangopay,hosted}/db/*.hx, read from the GitHub copy github.com/philou511/cagette (the full Cagette
-- history) at commit 708e0cc0e505bce815b308e93b61956acaeec140 (12 September 2022), licence GPL-2.0 (package.json).
-- Written as the MySQL DDL record-macros creates (TableCreate): table name = class name; SId -> int AUTO_INCREMENT
-- primary key, SInt -> int, STinyInt -> tinyint, SFloat -> double, SBool -> tinyint(1), SString<n> -> varchar(n),
-- STinyText -> tinytext, SSmallText -> text, SText -> mediumtext, SDate -> date, SDateTime -> datetime, SEnum ->
-- tinyint unsigned, SFlags -> int, SNull<T> -> nullable, others NOT NULL; @:relation(xId) -> column xId of the target's
-- key type with a foreign key; @:id -> composite primary key; @:index -> keys. Fields marked @:skip and properties are
-- not columns. 39 of the 47 classes kept; the five foreign keys to sugoi's File table (a library table) left out.

CREATE TABLE `User` (
  `id` int NOT NULL AUTO_INCREMENT,
  `lang` varchar(2) NOT NULL,
  `pass` tinytext NOT NULL,
  `pass2` tinytext NOT NULL,
  `rights` int NOT NULL,
  `firstName` varchar(32) NOT NULL,
  `lastName` varchar(32) NOT NULL,
  `email` varchar(64) NOT NULL,
  `phone` varchar(19),
  `firstName2` varchar(32),
  `lastName2` varchar(32),
  `email2` varchar(64),
  `phone2` varchar(19),
  `address1` varchar(64),
  `address2` varchar(64),
  `zipCode` varchar(32),
  `city` varchar(25),
  `birthDate` date,
  `nationality` varchar(2),
  `countryOfResidence` varchar(2),
  `cdate` datetime NOT NULL,
  `ldate` datetime,
  `flags` int NOT NULL,
  `tosVersion` int,
  `apiKey` varchar(128),
  `currentRefreshToken` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `email2` (`email2`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Vendor` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `peopleName` varchar(128),
  `profession` int,
  `production2` int,
  `production3` int,
  `email` varchar(128),
  `phone` varchar(19),
  `address1` varchar(64),
  `address2` varchar(64),
  `zipCode` varchar(32) NOT NULL,
  `city` varchar(25) NOT NULL,
  `country` varchar(64),
  `desc` mediumtext,
  `cdate` datetime,
  `freemiumResetDate` datetime NOT NULL,
  `turnoverLimitReachedDistribsWhiteList` text NOT NULL,
  `companyNumber` varchar(128),
  `companySubNumber` tinyint,
  `vatNumber` varchar(128),
  `legalStatus` int,
  `companyCapital` int,
  `activityCode` varchar(8),
  `tosVersion` int,
  `linkText` varchar(256),
  `linkUrl` varchar(256),
  `directory` tinyint(1) NOT NULL,
  `longDesc` mediumtext,
  `offCagette` mediumtext,
  `imageId` int,
  `status` varchar(32),
  `disabled` tinyint unsigned,
  `lat` double,
  `lng` double,
  `betaFlags` int NOT NULL,
  `stripeCustomerId` varchar(255),
  PRIMARY KEY (`id`),
  KEY `stripeCustomerId` (`stripeCustomerId`),
  UNIQUE KEY `companyNumber_companySubNumber_country` (`companyNumber`, `companySubNumber`, `country`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BufferedJsonMail` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(256) NOT NULL,
  `htmlBody` mediumtext,
  `textBody` mediumtext,
  `headers` mediumtext,
  `sender` mediumtext,
  `recipients` mediumtext,
  `attachments` mediumtext,
  `mailerType` varchar(32) NOT NULL,
  `tries` int NOT NULL,
  `cdate` datetime NOT NULL,
  `sdate` datetime,
  `rawStatus` mediumtext,
  PRIMARY KEY (`id`),
  KEY `sdate_cdate` (`sdate`, `cdate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Graph` (
  `key` varchar(128) NOT NULL,
  `date` datetime NOT NULL,
  `value` double NOT NULL,
  PRIMARY KEY (`key`, `date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TxpCategory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `image` varchar(64),
  `displayOrder` tinyint NOT NULL,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TxpSubCategory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `categoryId` int NOT NULL,
  `displayOrder` tinyint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `TxpSubCategory__categoryId` FOREIGN KEY (`categoryId`) REFERENCES `TxpCategory` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TxpProduct` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `subCategoryId` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `TxpProduct__subCategoryId` FOREIGN KEY (`subCategoryId`) REFERENCES `TxpSubCategory` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VendorStats` (
  `id` int NOT NULL AUTO_INCREMENT,
  `vendorId` int,
  `type` tinyint unsigned NOT NULL,
  `active` tinyint(1) NOT NULL,
  `referer` varchar(256),
  `turnover90days` double,
  `turnoverTotal` double,
  `marketTurnoverSinceFreemiumResetDate` double NOT NULL,
  `ldate` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `type_active_ldate` (`type`, `active`, `ldate`),
  CONSTRAINT `VendorStats__vendorId` FOREIGN KEY (`vendorId`) REFERENCES `Vendor` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MangopayUser` (
  `userId` int NOT NULL,
  `mangopayUserId` varchar(64) NOT NULL,
  PRIMARY KEY (`userId`),
  CONSTRAINT `MangopayUser__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MangopayLegalUser` (
  `mangopayUserId` varchar(64) NOT NULL,
  `name` varchar(256) NOT NULL,
  `companyNumber` varchar(256),
  `legalStatus` varchar(32),
  `legalReprId` int NOT NULL,
  `bankAccountId` varchar(64),
  `fixedFeeAmount` double NOT NULL,
  `variableFeeRate` double NOT NULL,
  `disabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`mangopayUserId`),
  CONSTRAINT `MangopayLegalUser__legalReprId` FOREIGN KEY (`legalReprId`) REFERENCES `User` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `userId` int,
  `txtIntro` mediumtext,
  `txtHome` mediumtext,
  `txtDistrib` mediumtext,
  `extUrl` varchar(64),
  `membershipRenewalDate` date,
  `membershipFee` tinyint,
  `vatRates` text,
  `flags` int NOT NULL,
  `betaFlags` int NOT NULL,
  `hasMembership` tinyint(1) NOT NULL,
  `groupType` tinyint unsigned,
  `imageId` int,
  `cdate` datetime NOT NULL,
  `placeId` int,
  `regOption` tinyint unsigned NOT NULL,
  `currency` varchar(12) NOT NULL,
  `currencyCode` varchar(3) NOT NULL,
  `legalReprId` int,
  `allowedPaymentsType` text,
  `checkOrder` varchar(64),
  `IBAN` varchar(40),
  `allowMoneyPotWithNegativeBalance` tinyint(1),
  `volunteersMailDaysBeforeDutyPeriod` tinyint NOT NULL,
  `volunteersMailContent` mediumtext NOT NULL,
  `vacantVolunteerRolesMailDaysBeforeDutyPeriod` tinyint NOT NULL,
  `daysBeforeDutyPeriodsOpen` int NOT NULL,
  `alertMailContent` mediumtext NOT NULL,
  `disabled` varchar(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `Group__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Group__legalReprId` FOREIGN KEY (`legalReprId`) REFERENCES `User` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserGroup` (
  `groupId` int NOT NULL,
  `userId` int NOT NULL,
  `rights` text,
  `balance` double NOT NULL,
  PRIMARY KEY (`userId`, `groupId`),
  CONSTRAINT `UserGroup__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `UserGroup__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WaitingList` (
  `amapId` int NOT NULL,
  `userId` int NOT NULL,
  `date` datetime NOT NULL,
  `message` mediumtext NOT NULL,
  PRIMARY KEY (`userId`, `amapId`),
  CONSTRAINT `WaitingList__amapId` FOREIGN KEY (`amapId`) REFERENCES `Group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `WaitingList__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `type` int NOT NULL,
  `userId` int,
  `vendorId` int NOT NULL,
  `startDate` datetime NOT NULL,
  `endDate` datetime NOT NULL,
  `description` mediumtext,
  `groupId` int NOT NULL,
  `distributorNum` tinyint NOT NULL,
  `flags` int NOT NULL,
  `percentageValue` double,
  `percentageName` varchar(64),
  `orderStartDaysBeforeDistrib` int,
  `orderEndHoursBeforeDistrib` int,
  `distribMinOrdersTotal` double NOT NULL,
  `catalogMinOrdersTotal` double NOT NULL,
  `absentDistribsMaxNb` int NOT NULL,
  `absencesStartDate` datetime,
  `absencesEndDate` datetime,
  PRIMARY KEY (`id`),
  KEY `startDate_endDate` (`startDate`, `endDate`),
  CONSTRAINT `Catalog__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Catalog__vendorId` FOREIGN KEY (`vendorId`) REFERENCES `Vendor` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Catalog__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Product` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `ref` varchar(32),
  `catalogId` int NOT NULL,
  `price` double NOT NULL,
  `vat` double NOT NULL,
  `desc` mediumtext,
  `stock` double,
  `unitType` tinyint unsigned,
  `qt` double,
  `organic` tinyint(1) NOT NULL,
  `variablePrice` tinyint(1) NOT NULL,
  `multiWeight` tinyint(1) NOT NULL,
  `wholesale` tinyint(1) NOT NULL,
  `retail` tinyint(1) NOT NULL,
  `bulk` tinyint(1) NOT NULL,
  `smallQt` double,
  `imageId` int,
  `txpProductId` int,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `Product__catalogId` FOREIGN KEY (`catalogId`) REFERENCES `Catalog` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Product__txpProductId` FOREIGN KEY (`txpProductId`) REFERENCES `TxpProduct` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Place` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `address1` varchar(64),
  `address2` varchar(64),
  `zipCode` varchar(32) NOT NULL,
  `city` varchar(64) NOT NULL,
  `country` varchar(64),
  `lat` double,
  `lng` double,
  `groupId` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `lat_lng` (`lat`, `lng`),
  CONSTRAINT `Place__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Subscription` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userId` int NOT NULL,
  `userId2` int,
  `catalogId` int NOT NULL,
  `startDate` datetime NOT NULL,
  `endDate` datetime NOT NULL,
  `defaultOrders` mediumtext,
  `absentDistribIds` mediumtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `Subscription__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Subscription__userId2` FOREIGN KEY (`userId2`) REFERENCES `User` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Subscription__catalogId` FOREIGN KEY (`catalogId`) REFERENCES `Catalog` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VolunteerRole` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `groupId` int NOT NULL,
  `catalogId` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `VolunteerRole__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `VolunteerRole__catalogId` FOREIGN KEY (`catalogId`) REFERENCES `Catalog` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupStats` (
  `id` int NOT NULL AUTO_INCREMENT,
  `groupId` int NOT NULL,
  `active` tinyint(1) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `mode` varchar(16) NOT NULL,
  `membersNum` int NOT NULL,
  `contractNum` int NOT NULL,
  `vendorNum` int NOT NULL,
  `hasPayment` tinyint(1) NOT NULL,
  `turnover90days` int NOT NULL,
  `basketNumber90days` int NOT NULL,
  `iro` int NOT NULL,
  `contactType` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `active_visible` (`active`, `visible`),
  CONSTRAINT `GroupStats__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MangopayLegalUserGroup` (
  `legalUserId` varchar(64) NOT NULL,
  `groupId` int NOT NULL,
  `walletId` varchar(64),
  PRIMARY KEY (`groupId`),
  CONSTRAINT `MangopayLegalUserGroup__legalUserId` FOREIGN KEY (`legalUserId`) REFERENCES `MangopayLegalUser` (`mangopayUserId`) ON DELETE CASCADE,
  CONSTRAINT `MangopayLegalUserGroup__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Course` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ref` varchar(64) NOT NULL,
  `name` varchar(128) NOT NULL,
  `date` datetime NOT NULL,
  `end` datetime NOT NULL,
  `groupId` int,
  `teacherId` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `Course__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Course__teacherId` FOREIGN KEY (`teacherId`) REFERENCES `User` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DistributionCycle` (
  `id` int NOT NULL AUTO_INCREMENT,
  `groupId` int NOT NULL,
  `cycleType` tinyint unsigned NOT NULL,
  `startDate` datetime NOT NULL,
  `endDate` datetime NOT NULL,
  `startHour` datetime NOT NULL,
  `endHour` datetime NOT NULL,
  `daysBeforeOrderStart` tinyint,
  `daysBeforeOrderEnd` tinyint,
  `openingHour` datetime,
  `closingHour` datetime,
  `placeId` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `DistributionCycle__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `DistributionCycle__placeId` FOREIGN KEY (`placeId`) REFERENCES `Place` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MultiDistrib` (
  `id` int NOT NULL AUTO_INCREMENT,
  `distribStartDate` datetime NOT NULL,
  `distribEndDate` datetime NOT NULL,
  `orderStartDate` datetime,
  `orderEndDate` datetime,
  `timeSlots` mediumtext,
  `groupId` int NOT NULL,
  `placeId` int NOT NULL,
  `distributionCycleId` int,
  `counterBeforeDistrib` double NOT NULL,
  `volunteerRolesIds` mediumtext,
  `validated` tinyint(1),
  PRIMARY KEY (`id`),
  KEY `distribStartDate` (`distribStartDate`),
  CONSTRAINT `MultiDistrib__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `MultiDistrib__placeId` FOREIGN KEY (`placeId`) REFERENCES `Place` (`id`) ON DELETE CASCADE,
  CONSTRAINT `MultiDistrib__distributionCycleId` FOREIGN KEY (`distributionCycleId`) REFERENCES `DistributionCycle` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Basket` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ref` varchar(256),
  `cdate` datetime NOT NULL,
  `num` int NOT NULL,
  `total` double,
  `userId` int NOT NULL,
  `multiDistribId` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ref` (`ref`),
  CONSTRAINT `Basket__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Basket__multiDistribId` FOREIGN KEY (`multiDistribId`) REFERENCES `MultiDistrib` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TmpBasket` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ref` varchar(256),
  `cdate` datetime NOT NULL,
  `data` mediumtext NOT NULL,
  `userId` int,
  `multiDistribId` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ref` (`ref`),
  CONSTRAINT `TmpBasket__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL,
  CONSTRAINT `TmpBasket__multiDistribId` FOREIGN KEY (`multiDistribId`) REFERENCES `MultiDistrib` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Operation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `amount` double NOT NULL,
  `date` datetime NOT NULL,
  `type` tinyint unsigned NOT NULL,
  `relationId` int,
  `userId` int NOT NULL,
  `groupId` int NOT NULL,
  `pending` tinyint(1) NOT NULL,
  `basketId` int,
  `subscriptionId` int,
  `data` varchar(256),
  PRIMARY KEY (`id`),
  CONSTRAINT `Operation__relationId` FOREIGN KEY (`relationId`) REFERENCES `Operation` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Operation__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Operation__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Operation__basketId` FOREIGN KEY (`basketId`) REFERENCES `Basket` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Operation__subscriptionId` FOREIGN KEY (`subscriptionId`) REFERENCES `Subscription` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Volunteer` (
  `userId` int NOT NULL,
  `multiDistribId` int NOT NULL,
  `volunteerRoleId` int NOT NULL,
  PRIMARY KEY (`userId`, `multiDistribId`, `volunteerRoleId`),
  CONSTRAINT `Volunteer__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Volunteer__multiDistribId` FOREIGN KEY (`multiDistribId`) REFERENCES `MultiDistrib` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Volunteer__volunteerRoleId` FOREIGN KEY (`volunteerRoleId`) REFERENCES `VolunteerRole` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MangopayGroupPayOut` (
  `id` int NOT NULL AUTO_INCREMENT,
  `multiDistribId` int NOT NULL,
  `payOutId` varchar(64) NOT NULL,
  `data` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `MangopayGroupPayOut__multiDistribId` FOREIGN KEY (`multiDistribId`) REFERENCES `MultiDistrib` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Membership` (
  `groupId` int NOT NULL,
  `userId` int NOT NULL,
  `distributionId` int,
  `operationId` int,
  `amount` double NOT NULL,
  `year` int NOT NULL,
  `date` date,
  PRIMARY KEY (`userId`, `groupId`, `year`),
  CONSTRAINT `Membership__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Membership__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Membership__distributionId` FOREIGN KEY (`distributionId`) REFERENCES `MultiDistrib` (`id`) ON DELETE SET NULL,
  CONSTRAINT `Membership__operationId` FOREIGN KEY (`operationId`) REFERENCES `Operation` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Distribution` (
  `id` int NOT NULL AUTO_INCREMENT,
  `catalogId` int NOT NULL,
  `multiDistribId` int NOT NULL,
  `placeId` int NOT NULL,
  `date` datetime,
  `end` datetime,
  `orderStartDate` datetime,
  `orderEndDate` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `date_orderStartDate_orderEndDate` (`date`, `orderStartDate`, `orderEndDate`),
  CONSTRAINT `Distribution__catalogId` FOREIGN KEY (`catalogId`) REFERENCES `Catalog` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Distribution__multiDistribId` FOREIGN KEY (`multiDistribId`) REFERENCES `MultiDistrib` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Distribution__placeId` FOREIGN KEY (`placeId`) REFERENCES `Place` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserOrder` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userId` int NOT NULL,
  `userId2` int,
  `quantity` double NOT NULL,
  `productId` int NOT NULL,
  `productPrice` double NOT NULL,
  `feesRate` double NOT NULL,
  `paid` tinyint(1) NOT NULL,
  `distributionId` int NOT NULL,
  `basketId` int,
  `subscriptionId` int,
  `date` datetime NOT NULL,
  `flags` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `UserOrder__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE,
  CONSTRAINT `UserOrder__userId2` FOREIGN KEY (`userId2`) REFERENCES `User` (`id`) ON DELETE SET NULL,
  CONSTRAINT `UserOrder__productId` FOREIGN KEY (`productId`) REFERENCES `Product` (`id`) ON DELETE CASCADE,
  CONSTRAINT `UserOrder__distributionId` FOREIGN KEY (`distributionId`) REFERENCES `Distribution` (`id`) ON DELETE CASCADE,
  CONSTRAINT `UserOrder__basketId` FOREIGN KEY (`basketId`) REFERENCES `Basket` (`id`) ON DELETE SET NULL,
  CONSTRAINT `UserOrder__subscriptionId` FOREIGN KEY (`subscriptionId`) REFERENCES `Subscription` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CagettePro` (
  `id` int NOT NULL AUTO_INCREMENT,
  `vendorId` int NOT NULL,
  `demoCatalogId` int,
  `vatRates` text,
  `network` tinyint(1) NOT NULL,
  `captiveGroups` tinyint(1) NOT NULL,
  `networkGroupIds` varchar(512),
  `cdate` datetime,
  `offer` tinyint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `CagettePro__vendorId` FOREIGN KEY (`vendorId`) REFERENCES `Vendor` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PUserCompany` (
  `companyId` int NOT NULL,
  `userId` int NOT NULL,
  `legalRepresentative` tinyint(1) NOT NULL,
  `salesRepresentative` tinyint(1) NOT NULL,
  PRIMARY KEY (`userId`, `companyId`),
  CONSTRAINT `PUserCompany__companyId` FOREIGN KEY (`companyId`) REFERENCES `CagettePro` (`id`) ON DELETE CASCADE,
  CONSTRAINT `PUserCompany__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PMessage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `senderId` int NOT NULL,
  `companyId` int NOT NULL,
  `recipientListId` varchar(12) NOT NULL,
  `title` varchar(128) NOT NULL,
  `body` mediumtext NOT NULL,
  `date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `PMessage__senderId` FOREIGN KEY (`senderId`) REFERENCES `User` (`id`) ON DELETE CASCADE,
  CONSTRAINT `PMessage__companyId` FOREIGN KEY (`companyId`) REFERENCES `CagettePro` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PNotif` (
  `id` int NOT NULL AUTO_INCREMENT,
  `companyId` int NOT NULL,
  `groupId` int,
  `userId` int,
  `type` tinyint unsigned NOT NULL,
  `title` tinytext NOT NULL,
  `content` text NOT NULL,
  `date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `PNotif__companyId` FOREIGN KEY (`companyId`) REFERENCES `CagettePro` (`id`) ON DELETE CASCADE,
  CONSTRAINT `PNotif__groupId` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE SET NULL,
  CONSTRAINT `PNotif__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PCatalog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `contractName` varchar(128),
  `startDate` datetime NOT NULL,
  `endDate` datetime NOT NULL,
  `vendorId` int,
  `visible` tinyint(1) NOT NULL,
  `maxDistance` int,
  `companyId` int NOT NULL,
  `lastUpdate` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `PCatalog__vendorId` FOREIGN KEY (`vendorId`) REFERENCES `Vendor` (`id`) ON DELETE SET NULL,
  CONSTRAINT `PCatalog__companyId` FOREIGN KEY (`companyId`) REFERENCES `CagettePro` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PProduct` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `ref` varchar(32) NOT NULL,
  `companyId` int NOT NULL,
  `desc` mediumtext,
  `imageId` int,
  `active` tinyint(1) NOT NULL,
  `unitType` tinyint unsigned,
  `organic` tinyint(1) NOT NULL,
  `variablePrice` tinyint(1) NOT NULL,
  `multiWeight` tinyint(1) NOT NULL,
  `wholesale` tinyint(1) NOT NULL,
  `retail` tinyint(1) NOT NULL,
  `bulk` tinyint(1) NOT NULL,
  `txpProductId` int,
  `stock` double,
  PRIMARY KEY (`id`),
  CONSTRAINT `PProduct__companyId` FOREIGN KEY (`companyId`) REFERENCES `CagettePro` (`id`) ON DELETE CASCADE,
  CONSTRAINT `PProduct__txpProductId` FOREIGN KEY (`txpProductId`) REFERENCES `TxpProduct` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `POffer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128),
  `ref` varchar(32) NOT NULL,
  `productId` int NOT NULL,
  `imageId` int,
  `quantity` double,
  `price` double NOT NULL,
  `vat` double NOT NULL,
  `smallQt` double,
  `active` tinyint(1) NOT NULL,
  `stock` double,
  PRIMARY KEY (`id`),
  CONSTRAINT `POffer__productId` FOREIGN KEY (`productId`) REFERENCES `PProduct` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CompanyCourse` (
  `companyId` int NOT NULL,
  `courseId` int NOT NULL,
  `userId` int,
  `moodlePass` varchar(128),
  `moodleUser` varchar(128),
  `cagettePass` varchar(128),
  `cagetteUser` varchar(128),
  PRIMARY KEY (`companyId`, `courseId`),
  CONSTRAINT `CompanyCourse__companyId` FOREIGN KEY (`companyId`) REFERENCES `CagettePro` (`id`) ON DELETE CASCADE,
  CONSTRAINT `CompanyCourse__courseId` FOREIGN KEY (`courseId`) REFERENCES `Course` (`id`) ON DELETE CASCADE,
  CONSTRAINT `CompanyCourse__userId` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `Group` ADD CONSTRAINT `Group__placeId` FOREIGN KEY (`placeId`) REFERENCES `Place` (`id`) ON DELETE SET NULL;
ALTER TABLE `CagettePro` ADD CONSTRAINT `CagettePro__demoCatalogId` FOREIGN KEY (`demoCatalogId`) REFERENCES `PCatalog` (`id`) ON DELETE SET NULL;

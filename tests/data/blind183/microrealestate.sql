-- MicroRealEstate (MRE, property management for landlords: organisations, members, tenants and their leases,
-- rented properties, rents, generated documents, e-mails), github.com/microrealestate/microrealestate
-- `services/common/src/collections/*.ts` (Mongoose models), commit 479d0ad703436071b64dfdf4e48321c121d8efb5 (MIT).
-- MRE keeps its data in MongoDB; there is no SQL schema upstream. Each model is one table named after its MongoDB
-- collection (Mongoose's lower-cased plural of the model name: Account -> accounts, Occupant -> occupants ...), one
-- column per schema path in the schema's order, with upstream's path names; paths of a nested single object are
-- written as their dotted path (`address.street1`, `thirdParties.smtp.password`). Arrays of sub-documents are
-- child tables `<collection>_<path>`, with the sub-document's own `_id` where it has one and a column named after
-- the parent (`realm`, `occupant`) holding the parent's `_id`; the sub-documents of `occupants.properties` and
-- their `expenses` have `_id: false`, so they are keyed by (`occupant`, `propertyId`).
-- Types: `_id` CHAR(24); String VARCHAR(255) (TEXT for descriptions, LONGTEXT for HTML); Number DOUBLE; Boolean TINYINT(1);
-- Date DATETIME(3); Object, Mixed (`{}`), plain Array and the embedded Property schema LONGTEXT holding JSON;
-- enums ENUM; `required` NOT NULL; defaults kept; `ref` paths (typed String upstream) VARCHAR(24) with a foreign
-- key to the referenced collection. Mongoose's `__v` is left out.

CREATE TABLE `accounts` (
  `_id` char(24) NOT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `createdDate` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `realms` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `bankInfo.name` varchar(255) DEFAULT NULL,
  `bankInfo.iban` varchar(255) DEFAULT NULL,
  `isCompany` tinyint(1) DEFAULT NULL,
  `companyInfo.name` varchar(255) DEFAULT NULL,
  `companyInfo.legalStructure` varchar(255) DEFAULT NULL,
  `companyInfo.legalRepresentative` varchar(255) DEFAULT NULL,
  `companyInfo.capital` double DEFAULT NULL,
  `companyInfo.ein` varchar(255) DEFAULT NULL,
  `companyInfo.dos` varchar(255) DEFAULT NULL,
  `companyInfo.vatNumber` varchar(255) DEFAULT NULL,
  `thirdParties.gmail.selected` tinyint(1) DEFAULT NULL,
  `thirdParties.gmail.email` varchar(255) DEFAULT NULL,
  `thirdParties.gmail.appPassword` varchar(255) DEFAULT NULL,
  `thirdParties.gmail.fromEmail` varchar(255) DEFAULT NULL,
  `thirdParties.gmail.replyToEmail` varchar(255) DEFAULT NULL,
  `thirdParties.smtp.selected` tinyint(1) DEFAULT NULL,
  `thirdParties.smtp.server` varchar(255) DEFAULT NULL,
  `thirdParties.smtp.port` double DEFAULT NULL,
  `thirdParties.smtp.secure` tinyint(1) DEFAULT NULL,
  `thirdParties.smtp.authentication` tinyint(1) DEFAULT NULL,
  `thirdParties.smtp.username` varchar(255) DEFAULT NULL,
  `thirdParties.smtp.password` varchar(255) DEFAULT NULL,
  `thirdParties.smtp.fromEmail` varchar(255) DEFAULT NULL,
  `thirdParties.smtp.replyToEmail` varchar(255) DEFAULT NULL,
  `thirdParties.mailgun.selected` tinyint(1) DEFAULT NULL,
  `thirdParties.mailgun.apiKey` varchar(255) DEFAULT NULL,
  `thirdParties.mailgun.domain` varchar(255) DEFAULT NULL,
  `thirdParties.mailgun.fromEmail` varchar(255) DEFAULT NULL,
  `thirdParties.mailgun.replyToEmail` varchar(255) DEFAULT NULL,
  `thirdParties.b2.keyId` varchar(255) DEFAULT NULL,
  `thirdParties.b2.applicationKey` varchar(255) DEFAULT NULL,
  `thirdParties.b2.endpoint` varchar(255) DEFAULT NULL,
  `thirdParties.b2.bucket` varchar(255) DEFAULT NULL,
  `locale` varchar(255) DEFAULT NULL,
  `currency` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `realms_members` (
  `_id` char(24) NOT NULL,
  `realm` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `role` varchar(255) DEFAULT NULL,
  `registered` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`realm`) REFERENCES `realms` (`_id`)
);

CREATE TABLE `realms_applications` (
  `_id` char(24) NOT NULL,
  `realm` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `role` varchar(255) DEFAULT NULL,
  `clientId` varchar(255) DEFAULT NULL,
  `clientSecret` varchar(255) DEFAULT NULL,
  `createdDate` datetime(3) DEFAULT NULL,
  `expiryDate` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`realm`) REFERENCES `realms` (`_id`)
);

CREATE TABLE `realms_addresses` (
  `_id` char(24) NOT NULL,
  `realm` char(24) NOT NULL,
  `street1` varchar(255) DEFAULT NULL,
  `street2` varchar(255) DEFAULT NULL,
  `zipCode` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`realm`) REFERENCES `realms` (`_id`)
);

CREATE TABLE `realms_contacts` (
  `_id` char(24) NOT NULL,
  `realm` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `phone1` varchar(255) DEFAULT NULL,
  `phone2` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`realm`) REFERENCES `realms` (`_id`)
);

CREATE TABLE `leases` (
  `_id` char(24) NOT NULL,
  `realmId` varchar(24) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text,
  `numberOfTerms` double DEFAULT NULL,
  `timeRange` enum('days','weeks','months','years') DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `stepperMode` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`realmId`) REFERENCES `realms` (`_id`)
);

CREATE TABLE `properties` (
  `_id` char(24) NOT NULL,
  `realmId` varchar(24) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text,
  `surface` double DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `digicode` varchar(255) DEFAULT NULL,
  `address.street1` varchar(255) DEFAULT NULL,
  `address.street2` varchar(255) DEFAULT NULL,
  `address.zipCode` varchar(255) DEFAULT NULL,
  `address.city` varchar(255) DEFAULT NULL,
  `address.state` varchar(255) DEFAULT NULL,
  `address.country` varchar(255) DEFAULT NULL,
  `price` double DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`realmId`) REFERENCES `realms` (`_id`)
);

CREATE TABLE `templates` (
  `_id` char(24) NOT NULL,
  `realmId` varchar(24) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `type` enum('text','fileDescriptor') DEFAULT NULL,
  `description` text,
  `hasExpiryDate` tinyint(1) DEFAULT NULL,
  `contents` longtext,
  `html` longtext,
  `linkedResourceIds` longtext,
  `required` tinyint(1) DEFAULT NULL,
  `requiredOnceContractTerminated` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`realmId`) REFERENCES `realms` (`_id`)
);

CREATE TABLE `occupants` (
  `_id` char(24) NOT NULL,
  `realmId` varchar(24) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `isCompany` tinyint(1) DEFAULT NULL,
  `company` varchar(255) DEFAULT NULL,
  `manager` varchar(255) DEFAULT NULL,
  `legalForm` varchar(255) DEFAULT NULL,
  `siret` varchar(255) DEFAULT NULL,
  `rcs` varchar(255) DEFAULT NULL,
  `capital` double DEFAULT NULL,
  `street1` varchar(255) DEFAULT NULL,
  `street2` varchar(255) DEFAULT NULL,
  `zipCode` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `reference` varchar(255) DEFAULT NULL,
  `contract` varchar(255) DEFAULT NULL,
  `leaseId` varchar(24) DEFAULT NULL,
  `beginDate` datetime(3) DEFAULT NULL,
  `endDate` datetime(3) DEFAULT NULL,
  `terminationDate` datetime(3) DEFAULT NULL,
  `rents` longtext,
  `isVat` tinyint(1) DEFAULT NULL,
  `vatRatio` double DEFAULT NULL,
  `discount` double DEFAULT NULL,
  `guaranty` double DEFAULT NULL,
  `guarantyPayback` double DEFAULT NULL,
  `stepperMode` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`realmId`) REFERENCES `realms` (`_id`),
  FOREIGN KEY (`leaseId`) REFERENCES `leases` (`_id`)
);

CREATE TABLE `occupants_contacts` (
  `_id` char(24) NOT NULL,
  `occupant` char(24) NOT NULL,
  `contact` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`occupant`) REFERENCES `occupants` (`_id`)
);

CREATE TABLE `occupants_properties` (
  `occupant` char(24) NOT NULL,
  `propertyId` varchar(24) NOT NULL,
  `property` longtext,
  `rent` double DEFAULT NULL,
  `entryDate` datetime(3) DEFAULT NULL,
  `exitDate` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`occupant`, `propertyId`),
  FOREIGN KEY (`occupant`) REFERENCES `occupants` (`_id`),
  FOREIGN KEY (`propertyId`) REFERENCES `properties` (`_id`)
);

CREATE TABLE `occupants_properties_expenses` (
  `occupant` char(24) NOT NULL,
  `propertyId` varchar(24) NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `amount` double DEFAULT NULL,
  `beginDate` datetime(3) DEFAULT NULL,
  `endDate` datetime(3) DEFAULT NULL,
  KEY `occupants_properties_expenses_parent` (`occupant`, `propertyId`),
  FOREIGN KEY (`occupant`, `propertyId`) REFERENCES `occupants_properties` (`occupant`, `propertyId`)
);

CREATE TABLE `documents` (
  `_id` char(24) NOT NULL,
  `realmId` varchar(24) DEFAULT NULL,
  `tenantId` varchar(24) DEFAULT NULL,
  `leaseId` varchar(24) DEFAULT NULL,
  `templateId` varchar(24) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text,
  `mimeType` varchar(255) DEFAULT NULL,
  `expiryDate` datetime(3) DEFAULT NULL,
  `contents` longtext,
  `html` longtext,
  `url` varchar(255) DEFAULT NULL,
  `versionId` varchar(255) DEFAULT NULL,
  `createdDate` datetime(3) DEFAULT NULL,
  `updatedDate` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`realmId`) REFERENCES `realms` (`_id`),
  FOREIGN KEY (`tenantId`) REFERENCES `occupants` (`_id`),
  FOREIGN KEY (`leaseId`) REFERENCES `leases` (`_id`),
  FOREIGN KEY (`templateId`) REFERENCES `templates` (`_id`)
);

CREATE TABLE `emails` (
  `_id` char(24) NOT NULL,
  `templateName` varchar(255) DEFAULT NULL,
  `recordId` varchar(255) DEFAULT NULL,
  `params` longtext,
  `sentTo` varchar(255) DEFAULT NULL,
  `sentDate` datetime(3) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `emailId` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

-- OpenLawOffice (law-practice management: contacts, matters, tasks, time, fees, expenses, invoices, notes,
-- documents, leads and opportunities), github.com/NodineLegal/OpenLawOffice.Data `Installation/Install.sql`,
-- commit 4687e6e8156506555852f64b8c76ed1faffebc2a (Apache-2.0). Upstream's file is a pg_dump of the PostgreSQL
-- installation database. It was restored into a scratch PostgreSQL 15 database and written back as MySQL DDL from
-- the catalog: all 65 tables; columns in PostgreSQL's order, so a table created with INHERITS (core) or INHERITS
-- (activity_base ...) starts with its parent's columns (noted above each such table); uuid -> CHAR(36), text ->
-- TEXT (VARCHAR(255) in keys), character varying(n) -> VARCHAR(n), boolean -> TINYINT(1), timestamp ->
-- DATETIME, money -> DECIMAL(19,4), numeric(p,s) -> DECIMAL(p,s), interval -> VARCHAR(64), bytea -> LONGBLOB;
-- serial columns AUTO_INCREMENT (a serial column that is not the primary key gets a plain KEY, as MySQL
-- requires); primary, unique and foreign keys as declared, including upstream's duplicated ones.
-- opportunity.lead_id is integer upstream but refers to the bigint lead.id: written BIGINT (MySQL needs equal
-- types). Sequences, indexes, grants and the dump's lookup rows left out.
SET NAMES utf8mb4;

CREATE TABLE `Users` (
  `pId` CHAR(36) NOT NULL,
  `Username` VARCHAR(255) NOT NULL,
  `ApplicationName` VARCHAR(255) NOT NULL,
  `Email` VARCHAR(128),
  `Comment` VARCHAR(128),
  `Password` VARCHAR(255) NOT NULL,
  `PasswordQuestion` VARCHAR(255),
  `PasswordAnswer` VARCHAR(255),
  `IsApproved` TINYINT(1),
  `LastActivityDate` DATETIME,
  `LastLoginDate` DATETIME,
  `LastPasswordChangedDate` DATETIME,
  `CreationDate` DATETIME,
  `IsOnLine` TINYINT(1),
  `IsLockedOut` TINYINT(1),
  `LastLockedOutDate` DATETIME,
  `FailedPasswordAttemptCount` INT,
  `FailedPasswordAttemptWindowStart` DATETIME,
  `FailedPasswordAnswerAttemptCount` INT,
  `FailedPasswordAnswerAttemptWindowStart` DATETIME,
  PRIMARY KEY (`pId`),
  UNIQUE KEY `users_username_application_unique` (`Username`, `ApplicationName`)
);

CREATE TABLE `Profiles` (
  `pId` CHAR(36) NOT NULL,
  `Username` VARCHAR(255) NOT NULL,
  `ApplicationName` VARCHAR(255) NOT NULL,
  `IsAnonymous` TINYINT(1),
  `LastActivityDate` DATETIME,
  `LastUpdatedDate` DATETIME,
  PRIMARY KEY (`pId`),
  UNIQUE KEY `profiles_username_application_unique` (`Username`, `ApplicationName`),
  CONSTRAINT `profiles_username_fkey` FOREIGN KEY (`Username`, `ApplicationName`) REFERENCES `Users` (`Username`, `ApplicationName`) ON DELETE CASCADE
);

CREATE TABLE `ProfileData` (
  `pId` CHAR(36) NOT NULL,
  `Profile` CHAR(36) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `ValueString` TEXT,
  `ValueBinary` LONGBLOB,
  PRIMARY KEY (`pId`),
  UNIQUE KEY `profiledata_profile_name_unique` (`Profile`, `Name`),
  CONSTRAINT `profiledata_profile_fkey` FOREIGN KEY (`Profile`) REFERENCES `Profiles` (`pId`) ON DELETE CASCADE
);

CREATE TABLE `Roles` (
  `Rolename` VARCHAR(255) NOT NULL,
  `ApplicationName` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Rolename`, `ApplicationName`)
);

CREATE TABLE `Sessions` (
  `SessionId` VARCHAR(80) NOT NULL,
  `ApplicationName` VARCHAR(255) NOT NULL,
  `Created` DATETIME NOT NULL,
  `Expires` DATETIME NOT NULL,
  `Timeout` INT NOT NULL,
  `Locked` TINYINT(1) NOT NULL,
  `LockId` INT NOT NULL,
  `LockDate` DATETIME NOT NULL,
  `Data` TEXT,
  `Flags` INT NOT NULL,
  PRIMARY KEY (`SessionId`, `ApplicationName`)
);

CREATE TABLE `UsersInRoles` (
  `Username` VARCHAR(255) NOT NULL,
  `Rolename` VARCHAR(255) NOT NULL,
  `ApplicationName` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`Username`, `Rolename`, `ApplicationName`),
  CONSTRAINT `usersinroles_rolename_fkey` FOREIGN KEY (`Rolename`, `ApplicationName`) REFERENCES `Roles` (`Rolename`, `ApplicationName`) ON DELETE CASCADE,
  CONSTRAINT `usersinroles_username_fkey` FOREIGN KEY (`Username`, `ApplicationName`) REFERENCES `Users` (`Username`, `ApplicationName`) ON DELETE CASCADE
);

CREATE TABLE `core` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  CONSTRAINT `FK_core_user_CreatedByUserId` FOREIGN KEY (`created_by_user_pid`) REFERENCES `Users` (`pId`),
  CONSTRAINT `FK_core_user_DisabledByUserId` FOREIGN KEY (`disabled_by_user_pid`) REFERENCES `Users` (`pId`),
  CONSTRAINT `FK_core_user_ModifiedByUserId` FOREIGN KEY (`modified_by_user_pid`) REFERENCES `Users` (`pId`)
);

CREATE TABLE `activity_priority` (
  `id` INT NOT NULL,
  `title` TEXT NOT NULL,
  `order` INT NOT NULL,
  `default` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_priority_order_UK` (`order`)
);

CREATE TABLE `activity_status_reason` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `primary` TEXT NOT NULL,
  `secondary` TEXT NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_status_reason_order_UK` (`order`)
);

CREATE TABLE `activity_type` (
  `id` INT NOT NULL,
  `title` TEXT NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_type_order_UK` (`order`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `billing_rate` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `price_per_unit` DECIMAL(19,4) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `billing_rates_title_unique` (`title`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `contact` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_organization` TINYINT(1) NOT NULL,
  `is_our_employee` TINYINT(1) NOT NULL,
  `nickname` TEXT,
  `generation` TEXT,
  `display_name_prefix` TEXT,
  `surname` TEXT,
  `middle_name` TEXT,
  `given_name` TEXT,
  `initials` TEXT,
  `display_name` TEXT NOT NULL,
  `email1_display_name` TEXT,
  `email1_email_address` TEXT,
  `email2_display_name` TEXT,
  `email2_email_address` TEXT,
  `email3_display_name` TEXT,
  `email3_email_address` TEXT,
  `fax1_display_name` TEXT,
  `fax1_fax_number` TEXT,
  `fax2_display_name` TEXT,
  `fax2_fax_number` TEXT,
  `fax3_display_name` TEXT,
  `fax3_fax_number` TEXT,
  `address1_display_name` TEXT,
  `address1_address_street` TEXT,
  `address1_address_city` TEXT,
  `address1_address_state_or_province` TEXT,
  `address1_address_postal_code` TEXT,
  `address1_address_country` TEXT,
  `address1_address_country_code` TEXT,
  `address1_address_post_office_box` TEXT,
  `address2_display_name` TEXT,
  `address2_address_street` TEXT,
  `address2_address_city` TEXT,
  `address2_address_state_or_province` TEXT,
  `address2_address_postal_code` TEXT,
  `address2_address_country` TEXT,
  `address2_address_country_code` TEXT,
  `address2_address_post_office_box` TEXT,
  `address3_display_name` TEXT,
  `address3_address_street` TEXT,
  `address3_address_city` TEXT,
  `address3_address_state_or_province` TEXT,
  `address3_address_postal_code` TEXT,
  `address3_address_country` TEXT,
  `address3_address_country_code` TEXT,
  `address3_address_post_office_box` TEXT,
  `telephone1_display_name` TEXT,
  `telephone1_telephone_number` TEXT,
  `telephone2_display_name` TEXT,
  `telephone2_telephone_number` TEXT,
  `telephone3_display_name` TEXT,
  `telephone3_telephone_number` TEXT,
  `telephone4_display_name` TEXT,
  `telephone4_telephone_number` TEXT,
  `telephone5_display_name` TEXT,
  `telephone5_telephone_number` TEXT,
  `telephone6_display_name` TEXT,
  `telephone6_telephone_number` TEXT,
  `telephone7_display_name` TEXT,
  `telephone7_telephone_number` TEXT,
  `telephone8_display_name` TEXT,
  `telephone8_telephone_number` TEXT,
  `telephone9_display_name` TEXT,
  `telephone9_telephone_number` TEXT,
  `telephone10_display_name` TEXT,
  `telephone10_telephone_number` TEXT,
  `birthday` DATETIME,
  `wedding` DATETIME,
  `title` TEXT,
  `company_name` TEXT,
  `department_name` TEXT,
  `office_location` TEXT,
  `manager_name` TEXT,
  `assistant_name` TEXT,
  `profession` TEXT,
  `spouse_name` TEXT,
  `language` TEXT,
  `instant_messaging_address` TEXT,
  `personal_home_page` TEXT,
  `business_home_page` TEXT,
  `gender` TEXT,
  `referred_by_name` TEXT,
  `billing_rate_id` INT,
  `address1_address_line2` TEXT,
  `address2_address_line2` TEXT,
  `address3_address_line2` TEXT,
  `bar_number` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_contact_billing_rate_BillingRateId` FOREIGN KEY (`billing_rate_id`) REFERENCES `billing_rate` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `activity_base` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `is_campaign_response` TINYINT(1) NOT NULL,
  `subject` TEXT,
  `body` TEXT,
  `owner` INT NOT NULL,
  `priority` INT NOT NULL,
  `due` DATETIME,
  `state` TINYINT(1) NOT NULL,
  `status_reason` INT NOT NULL,
  `duration` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_base_activity_type_id` FOREIGN KEY (`type`) REFERENCES `activity_type` (`id`),
  CONSTRAINT `activity_base_contact_id` FOREIGN KEY (`owner`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_base_priority_id` FOREIGN KEY (`priority`) REFERENCES `activity_priority` (`id`),
  CONSTRAINT `activity_base_status_reason_id` FOREIGN KEY (`status_reason`) REFERENCES `activity_status_reason` (`id`)
);

CREATE TABLE `activity_direction` (
  `id` INT NOT NULL,
  `title` TEXT NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_direction_order_UK` (`order`)
);

-- inherits (PostgreSQL INHERITS): activity_base
CREATE TABLE `activity_correspondence_base` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `is_campaign_response` TINYINT(1) NOT NULL,
  `subject` TEXT,
  `body` TEXT,
  `owner` INT NOT NULL,
  `priority` INT NOT NULL,
  `due` DATETIME,
  `state` TINYINT(1) NOT NULL,
  `status_reason` INT NOT NULL,
  `duration` INT,
  `sender` INT,
  `recipient` INT,
  `direction` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_correspondence_base_activity_type_id` FOREIGN KEY (`type`) REFERENCES `activity_type` (`id`),
  CONSTRAINT `activity_correspondence_base_contact_id` FOREIGN KEY (`owner`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_correspondence_base_direction` FOREIGN KEY (`direction`) REFERENCES `activity_direction` (`id`),
  CONSTRAINT `activity_correspondence_base_priority_id` FOREIGN KEY (`priority`) REFERENCES `activity_priority` (`id`),
  CONSTRAINT `activity_correspondence_base_recipient` FOREIGN KEY (`recipient`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_correspondence_base_sender` FOREIGN KEY (`sender`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_correspondence_base_status_reason_id` FOREIGN KEY (`status_reason`) REFERENCES `activity_status_reason` (`id`)
);

-- inherits (PostgreSQL INHERITS): activity_correspondence_base
CREATE TABLE `activity_email` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `is_campaign_response` TINYINT(1) NOT NULL,
  `subject` TEXT,
  `body` TEXT,
  `owner` INT NOT NULL,
  `priority` INT NOT NULL,
  `due` DATETIME,
  `state` TINYINT(1) NOT NULL,
  `status_reason` INT NOT NULL,
  `duration` INT,
  `sender` INT,
  `recipient` INT,
  `direction` INT,
  `address` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_email_activity_type_id` FOREIGN KEY (`type`) REFERENCES `activity_type` (`id`),
  CONSTRAINT `activity_email_contact_id` FOREIGN KEY (`owner`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_email_direction` FOREIGN KEY (`direction`) REFERENCES `activity_direction` (`id`),
  CONSTRAINT `activity_email_priority_id` FOREIGN KEY (`priority`) REFERENCES `activity_priority` (`id`),
  CONSTRAINT `activity_email_recipient` FOREIGN KEY (`recipient`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_email_sender` FOREIGN KEY (`sender`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_email_status_reason_id` FOREIGN KEY (`status_reason`) REFERENCES `activity_status_reason` (`id`)
);

-- inherits (PostgreSQL INHERITS): activity_correspondence_base
CREATE TABLE `activity_letter` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `is_campaign_response` TINYINT(1) NOT NULL,
  `subject` TEXT,
  `body` TEXT,
  `owner` INT NOT NULL,
  `priority` INT NOT NULL,
  `due` DATETIME,
  `state` TINYINT(1) NOT NULL,
  `status_reason` INT NOT NULL,
  `duration` INT,
  `sender` INT,
  `recipient` INT,
  `direction` INT,
  `address` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_letter_activity_type_id` FOREIGN KEY (`type`) REFERENCES `activity_type` (`id`),
  CONSTRAINT `activity_letter_contact_id` FOREIGN KEY (`owner`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_letter_direction` FOREIGN KEY (`direction`) REFERENCES `activity_direction` (`id`),
  CONSTRAINT `activity_letter_priority_id` FOREIGN KEY (`priority`) REFERENCES `activity_priority` (`id`),
  CONSTRAINT `activity_letter_recipient` FOREIGN KEY (`recipient`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_letter_sender` FOREIGN KEY (`sender`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_letter_status_reason_id` FOREIGN KEY (`status_reason`) REFERENCES `activity_status_reason` (`id`)
);

-- inherits (PostgreSQL INHERITS): activity_correspondence_base
CREATE TABLE `activity_phonecall` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `is_campaign_response` TINYINT(1) NOT NULL,
  `subject` TEXT,
  `body` TEXT,
  `owner` INT NOT NULL,
  `priority` INT NOT NULL,
  `due` DATETIME,
  `state` TINYINT(1) NOT NULL,
  `status_reason` INT NOT NULL,
  `duration` INT,
  `sender` INT,
  `recipient` INT,
  `direction` INT,
  `phone_number` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_phonecall_activity_type_id` FOREIGN KEY (`type`) REFERENCES `activity_type` (`id`),
  CONSTRAINT `activity_phonecall_contact_id` FOREIGN KEY (`owner`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_phonecall_direction` FOREIGN KEY (`direction`) REFERENCES `activity_direction` (`id`),
  CONSTRAINT `activity_phonecall_priority_id` FOREIGN KEY (`priority`) REFERENCES `activity_priority` (`id`),
  CONSTRAINT `activity_phonecall_recipient` FOREIGN KEY (`recipient`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_phonecall_sender` FOREIGN KEY (`sender`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_phonecall_status_reason_id` FOREIGN KEY (`status_reason`) REFERENCES `activity_status_reason` (`id`)
);

CREATE TABLE `activity_regarding_type` (
  `id` INT NOT NULL,
  `title` TEXT NOT NULL,
  `order` INT NOT NULL,
  `default` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_regarding_type_order_UK` (`order`)
);

CREATE TABLE `activity_regarding_base` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `activity` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_regarding_base_activity` FOREIGN KEY (`activity`) REFERENCES `activity_base` (`id`),
  CONSTRAINT `activity_regarding_base_type_FK` FOREIGN KEY (`type`) REFERENCES `activity_regarding_type` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `lead_fee` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_eligible` TINYINT(1) NOT NULL,
  `amount` DECIMAL(19,4),
  `to_id` INT,
  `paid` DATETIME,
  `additional_data` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `load_fee_contact_id` FOREIGN KEY (`to_id`) REFERENCES `contact` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `lead_source_type` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `lead_source` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `type_id` INT NOT NULL,
  `contact_id` INT,
  `title` TEXT NOT NULL,
  `additional_question_1` TEXT,
  `additional_data_1` TEXT,
  `additional_question_2` TEXT,
  `additional_data_2` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `lead_source_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `lead_source_type_id_unique` FOREIGN KEY (`type_id`) REFERENCES `lead_source_type` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `lead_status` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `lead` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `status_id` INT NOT NULL,
  `contact_id` INT NOT NULL,
  `source_id` INT,
  `fee_id` INT,
  `closed` DATETIME,
  `details` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `lead_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `lead_lead_fee_id` FOREIGN KEY (`fee_id`) REFERENCES `lead_fee` (`id`),
  CONSTRAINT `lead_lead_source_id` FOREIGN KEY (`source_id`) REFERENCES `lead_source` (`id`),
  CONSTRAINT `lead_status_lead_status_id` FOREIGN KEY (`status_id`) REFERENCES `lead_status` (`id`)
);

-- inherits (PostgreSQL INHERITS): activity_regarding_base
CREATE TABLE `activity_regarding_lead` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `activity` BIGINT NOT NULL,
  `lead` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_regarding_lead_lead` FOREIGN KEY (`lead`) REFERENCES `lead` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `billing_group` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `last_run` DATETIME,
  `next_run` DATETIME NOT NULL,
  `amount` DECIMAL(19,4) NOT NULL,
  `bill_to_contact_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_billing_group_contact_BillToContactId_Id` FOREIGN KEY (`bill_to_contact_id`) REFERENCES `contact` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `court_geographical_jurisdiction` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `court_sitting_in_city` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `court_type` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `matter_type` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `matter` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `parent_id` CHAR(36),
  `synopsis` TEXT NOT NULL,
  `case_number` TEXT,
  `bill_to_contact_id` INT,
  `minimum_charge` DECIMAL(19,4),
  `estimated_charge` DECIMAL(19,4),
  `maximum_charge` DECIMAL(19,4),
  `default_billing_rate_id` INT,
  `billing_group_id` INT,
  `override_matter_rate_with_employee_rate` TINYINT(1) NOT NULL,
  `matter_type_id` INT,
  `attorney_for_party_title` TEXT,
  `court_type_id` INT,
  `court_geographical_jurisdiction_id` INT,
  `court_sitting_in_city_id` INT,
  `caption_plaintiff_or_subject_short` TEXT,
  `caption_plaintiff_or_subject_regular` TEXT,
  `caption_plaintiff_or_subject_long` TEXT,
  `caption_other_party_short` TEXT,
  `caption_other_party_regular` TEXT,
  `caption_other_party_long` TEXT,
  `id_int` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `id_int` (`id_int`),
  CONSTRAINT `FK_matter_billing_group_BillingGroupId` FOREIGN KEY (`billing_group_id`) REFERENCES `billing_group` (`id`),
  CONSTRAINT `FK_matter_billing_group_BillingGroupId_Id` FOREIGN KEY (`billing_group_id`) REFERENCES `billing_group` (`id`),
  CONSTRAINT `FK_matter_billing_rate_DefaultBillingRateId_Id` FOREIGN KEY (`default_billing_rate_id`) REFERENCES `billing_rate` (`id`),
  CONSTRAINT `FK_matter_court_geographical_jurisdiction_CourtGeographicalJuri` FOREIGN KEY (`court_geographical_jurisdiction_id`) REFERENCES `court_geographical_jurisdiction` (`id`),
  CONSTRAINT `FK_matter_court_sitting_in_city_CourtSittingInCityId` FOREIGN KEY (`court_sitting_in_city_id`) REFERENCES `court_sitting_in_city` (`id`),
  CONSTRAINT `FK_matter_court_type_CourtTypeId` FOREIGN KEY (`court_type_id`) REFERENCES `court_type` (`id`),
  CONSTRAINT `FK_matter_matter_ParentId` FOREIGN KEY (`parent_id`) REFERENCES `matter` (`id`),
  CONSTRAINT `FK_matter_matter_type_MatterTypeId_Id` FOREIGN KEY (`matter_type_id`) REFERENCES `matter_type` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `opportunity_stage` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `order` INT NOT NULL,
  `title` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `opportunity_stage_order_unique` (`order`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `opportunity` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` INT NOT NULL,
  `stage_id` INT NOT NULL,
  `probability` DECIMAL(4,4),
  `amount` DECIMAL(19,4),
  `closed` DATETIME,
  `lead_id` BIGINT NOT NULL,
  `matter_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `opportunity_contact_id` FOREIGN KEY (`account_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `opportunity_lead_id` FOREIGN KEY (`lead_id`) REFERENCES `lead` (`id`),
  CONSTRAINT `opportunity_matter_id` FOREIGN KEY (`matter_id`) REFERENCES `matter` (`id`),
  CONSTRAINT `opportunity_opportunity_stage_id` FOREIGN KEY (`stage_id`) REFERENCES `opportunity_stage` (`id`)
);

-- inherits (PostgreSQL INHERITS): activity_regarding_base
CREATE TABLE `activity_regarding_opportunity` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `activity` BIGINT NOT NULL,
  `opportunity` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_regarding_opportunity_lead` FOREIGN KEY (`opportunity`) REFERENCES `opportunity` (`id`)
);

-- inherits (PostgreSQL INHERITS): activity_base
CREATE TABLE `activity_task` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `is_campaign_response` TINYINT(1) NOT NULL,
  `subject` TEXT,
  `body` TEXT,
  `owner` INT NOT NULL,
  `priority` INT NOT NULL,
  `due` DATETIME,
  `state` TINYINT(1) NOT NULL,
  `status_reason` INT NOT NULL,
  `duration` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_task_activity_type_id` FOREIGN KEY (`type`) REFERENCES `activity_type` (`id`),
  CONSTRAINT `activity_task_contact_id` FOREIGN KEY (`owner`) REFERENCES `contact` (`id`),
  CONSTRAINT `activity_task_priority_id` FOREIGN KEY (`priority`) REFERENCES `activity_priority` (`id`),
  CONSTRAINT `activity_task_status_reason_id` FOREIGN KEY (`status_reason`) REFERENCES `activity_status_reason` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `asset` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `id_int` BIGINT NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `title` TEXT NOT NULL,
  `is_final` TINYINT(1) NOT NULL,
  `is_court_filed` TINYINT(1) NOT NULL,
  `is_attorney_work_product` TINYINT(1) NOT NULL,
  `is_privileged` TINYINT(1) NOT NULL,
  `is_discoverable` TINYINT(1) NOT NULL,
  `provided_in_discovery_at` DATETIME,
  `checked_out_by_id` CHAR(36),
  `checked_out_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `id_int` (`id_int`),
  CONSTRAINT `FK_asset_checked_out_by_users_id` FOREIGN KEY (`checked_out_by_id`) REFERENCES `Users` (`pId`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `asset_tag` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `asset_tag_name_unique` (`name`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `asset_asset_tag` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `asset_id` CHAR(36) NOT NULL,
  `asset_tag_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_asset_asset_tag_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`),
  CONSTRAINT `FK_asset_asset_tag_asset_tag_id` FOREIGN KEY (`asset_tag_id`) REFERENCES `asset_tag` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `asset_matter` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `asset_id` CHAR(36) NOT NULL,
  `matter_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_asset_matter_asset_id_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`),
  CONSTRAINT `FK_asset_matter_matter_id_matter_id` FOREIGN KEY (`matter_id`) REFERENCES `matter` (`id`)
);

CREATE TABLE `elmah_error` (
  `errorid` CHAR(36) NOT NULL,
  `application` VARCHAR(60) NOT NULL,
  `host` VARCHAR(50) NOT NULL,
  `type` VARCHAR(100) NOT NULL,
  `source` VARCHAR(60) NOT NULL,
  `message` VARCHAR(500) NOT NULL,
  `User` VARCHAR(50) NOT NULL,
  `statuscode` INT NOT NULL,
  `timeutc` DATETIME NOT NULL,
  `sequence` INT NOT NULL AUTO_INCREMENT,
  `allxml` TEXT NOT NULL,
  PRIMARY KEY (`errorid`),
  KEY `sequence` (`sequence`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `expense` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `incurred` DATETIME NOT NULL,
  `paid` DATETIME,
  `vendor` TEXT NOT NULL,
  `amount` DECIMAL(19,4) NOT NULL,
  `details` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `expense_matter` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `matter_id` CHAR(36) NOT NULL,
  `expense_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_expense_matter_ExpenseId` FOREIGN KEY (`expense_id`) REFERENCES `expense` (`id`),
  CONSTRAINT `FK_expense_matter_MatterId` FOREIGN KEY (`matter_id`) REFERENCES `matter` (`id`)
);

CREATE TABLE `external_session` (
  `id` CHAR(36) NOT NULL,
  `user_pid` CHAR(36) NOT NULL,
  `app_name` TEXT NOT NULL,
  `machine_id` CHAR(36) NOT NULL,
  `utc_created` DATETIME NOT NULL,
  `utc_expires` DATETIME NOT NULL,
  `timeout` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_external_session_users_UserPId` FOREIGN KEY (`user_pid`) REFERENCES `Users` (`pId`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `fee` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `incurred` DATETIME NOT NULL,
  `amount` DECIMAL(19,4) NOT NULL,
  `details` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `fee_matter` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `matter_id` CHAR(36) NOT NULL,
  `fee_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fee_matter_FeeId` FOREIGN KEY (`fee_id`) REFERENCES `fee` (`id`),
  CONSTRAINT `fee_matter_MatterId` FOREIGN KEY (`matter_id`) REFERENCES `matter` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `version` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `sequence_number` INT NOT NULL,
  `change_details` TEXT,
  `asset_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_version_asset_id_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `file` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `version_id` CHAR(36) NOT NULL,
  `is_source` TINYINT(1) NOT NULL,
  `content_length` BIGINT NOT NULL,
  `content_type` TEXT NOT NULL,
  `extension` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_file_version_id_version_id` FOREIGN KEY (`version_id`) REFERENCES `version` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `invoice` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `bill_to_contact_id` INT NOT NULL,
  `date` DATETIME NOT NULL,
  `due` DATETIME NOT NULL,
  `subtotal` DECIMAL(19,4) NOT NULL,
  `tax_amount` DECIMAL(19,4) NOT NULL,
  `total` DECIMAL(19,4) NOT NULL,
  `external_invoice_id` TEXT,
  `bill_to_name_line_1` TEXT NOT NULL,
  `bill_to_name_line_2` TEXT,
  `bill_to_address_line_1` TEXT NOT NULL,
  `bill_to_address_line_2` TEXT,
  `bill_to_city` TEXT NOT NULL,
  `bill_to_state` TEXT NOT NULL,
  `bill_to_zip` TEXT NOT NULL,
  `matter_id` CHAR(36),
  `billing_group_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_invoice_billing_group_BillingGroupIp` FOREIGN KEY (`billing_group_id`) REFERENCES `billing_group` (`id`),
  CONSTRAINT `FK_invoice_matter_MatterId` FOREIGN KEY (`matter_id`) REFERENCES `matter` (`id`),
  CONSTRAINT `invoice_contact_BillToContactId` FOREIGN KEY (`bill_to_contact_id`) REFERENCES `contact` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `invoice_expense` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `invoice_id` CHAR(36) NOT NULL,
  `expense_id` CHAR(36) NOT NULL,
  `amount` DECIMAL(19,4) NOT NULL,
  `details` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invoice_expense_expense_ExpenseId` FOREIGN KEY (`expense_id`) REFERENCES `expense` (`id`),
  CONSTRAINT `invoice_expense_invoice_InvoiceId` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `invoice_fee` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `invoice_id` CHAR(36) NOT NULL,
  `fee_id` CHAR(36) NOT NULL,
  `amount` DECIMAL(19,4) NOT NULL,
  `tax_amount` DECIMAL(19,4) NOT NULL,
  `details` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invoice_fee_fee_FeeId` FOREIGN KEY (`fee_id`) REFERENCES `fee` (`id`),
  CONSTRAINT `invoice_fee_invoice_InvoiceId` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `time_category` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `time_category_title_unique` (`title`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `time` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `start` DATETIME NOT NULL,
  `stop` DATETIME,
  `worker_contact_id` INT NOT NULL,
  `details` TEXT,
  `billable` TINYINT(1) NOT NULL,
  `time_category_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_time_category_TimeCategoryId` FOREIGN KEY (`time_category_id`) REFERENCES `time_category` (`id`),
  CONSTRAINT `FK_time_user_WorkerContactId` FOREIGN KEY (`worker_contact_id`) REFERENCES `contact` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `invoice_time` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `invoice_id` CHAR(36) NOT NULL,
  `time_id` CHAR(36) NOT NULL,
  `details` TEXT NOT NULL,
  `duration` VARCHAR(64) NOT NULL,
  `price_per_hour` DECIMAL(19,4) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invoice_time_invoice_InvoiceId` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`),
  CONSTRAINT `invoice_time_time_TimeId` FOREIGN KEY (`time_id`) REFERENCES `time` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `matter_contact` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `matter_id` CHAR(36) NOT NULL,
  `contact_id` INT NOT NULL,
  `is_client` TINYINT(1),
  `is_client_contact` TINYINT(1),
  `is_appointed` TINYINT(1),
  `is_party` TINYINT(1),
  `party_title` TEXT,
  `is_judge` TINYINT(1),
  `is_witness` TINYINT(1),
  `is_attorney` TINYINT(1),
  `attorney_for_contact_id` INT,
  `is_lead_attorney` TINYINT(1),
  `is_support_staff` TINYINT(1),
  `support_staff_for_contact_id` INT,
  `is_third_party_payor` TINYINT(1),
  `third_party_payor_for_contact_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_matter_contact_contact_AttorneyForContactId` FOREIGN KEY (`attorney_for_contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_matter_contact_contact_SupportStaffForContactId` FOREIGN KEY (`support_staff_for_contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_matter_contact_contact_ThirdPartyPayorForContactId` FOREIGN KEY (`third_party_payor_for_contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_matter_contact_matter_MatterId` FOREIGN KEY (`matter_id`) REFERENCES `matter` (`id`),
  CONSTRAINT `FK_matter_contact_user_ContactId` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `note` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `body` TEXT NOT NULL,
  `timestamp` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `note_matter` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `note_id` CHAR(36) NOT NULL,
  `matter_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_note_matter_matter_MatterId` FOREIGN KEY (`matter_id`) REFERENCES `matter` (`id`),
  CONSTRAINT `FK_note_matter_note_NoteId` FOREIGN KEY (`note_id`) REFERENCES `note` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `note_notification` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `contact_id` INT NOT NULL,
  `note_id` CHAR(36) NOT NULL,
  `cleared` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `note_notification_contact_ContactId` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `note_notification_note_NoteId` FOREIGN KEY (`note_id`) REFERENCES `note` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `task` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `projected_start` DATETIME,
  `due_date` DATETIME,
  `projected_end` DATETIME,
  `actual_end` DATETIME,
  `parent_id` BIGINT,
  `is_grouping_task` TINYINT(1) NOT NULL,
  `sequential_predecessor_id` BIGINT,
  `active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_task_task_ParentId` FOREIGN KEY (`parent_id`) REFERENCES `task` (`id`),
  CONSTRAINT `FK_task_task_SequentialPredecessorId` FOREIGN KEY (`sequential_predecessor_id`) REFERENCES `task` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `note_task` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `note_id` CHAR(36) NOT NULL,
  `task_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_note_task_note_NoteId` FOREIGN KEY (`note_id`) REFERENCES `note` (`id`),
  CONSTRAINT `FK_note_task_task_TaskId` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `opportunity_contact` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_id` INT NOT NULL,
  `opportunity_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_opportunity_contact_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_opportunity_contact_opportunity_id` FOREIGN KEY (`opportunity_id`) REFERENCES `opportunity` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `task_assigned_contact` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `task_id` BIGINT NOT NULL,
  `contact_id` INT NOT NULL,
  `assignment_type` SMALLINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_task_assigned_contact_contact_ContactId` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `FK_task_assigned_contact_task_TaskId` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `task_matter` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `task_id` BIGINT NOT NULL,
  `matter_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_task_matter_Task_Matter` (`task_id`, `matter_id`),
  CONSTRAINT `FK_task_matter_matter_MatterId` FOREIGN KEY (`matter_id`) REFERENCES `matter` (`id`),
  CONSTRAINT `FK_task_matter_task_TaskId` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `task_template` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_template_title` TEXT NOT NULL,
  `title` TEXT,
  `description` TEXT,
  `active` TINYINT(1) NOT NULL,
  `projected_start` TEXT,
  `due_date` TEXT,
  `actual_end` TEXT,
  `projected_end` TEXT,
  PRIMARY KEY (`id`)
);

-- inherits (PostgreSQL INHERITS): core
CREATE TABLE `task_time` (
  `created_by_user_pid` CHAR(36) NOT NULL,
  `modified_by_user_pid` CHAR(36) NOT NULL,
  `disabled_by_user_pid` CHAR(36),
  `utc_created` DATETIME NOT NULL,
  `utc_modified` DATETIME NOT NULL,
  `utc_disabled` DATETIME,
  `id` CHAR(36) NOT NULL,
  `task_id` BIGINT NOT NULL,
  `time_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_task_time_task_TaskId` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `FK_task_time_user_TimeId` FOREIGN KEY (`time_id`) REFERENCES `time` (`id`)
);


-- TimeOff.Management (absence / leave management for small and medium businesses)
-- Upstream: github.com/timeoff-management/timeoff-management-application, commit 5b1c1be0 (MIT)
-- The tables are created by `sequelize.sync()` (bin/wwww) from the Sequelize 3 models in lib/model/db/*.js
-- (the migrations in migrations/ only alter them later; SequelizeMeta is sequelize-cli's migration log) and,
-- for Sessions, by connect-session-sequelize 3.0.0 (lib/middleware/withSession.js). Written out here as
-- Sequelize 3 renders them for MySQL: STRING -> VARCHAR(255), TEXT -> TEXT, INTEGER -> INTEGER,
-- BOOLEAN -> TINYINT(1), DATE -> DATETIME, UUID -> CHAR(36) BINARY; association keys appended after the
-- attributes; column COMMENTs are the models' own `comment`s. Foreign-key constraints left out.
-- Whole schema: 15 tables.

CREATE TABLE `Companies` (
  `id` INTEGER NOT NULL auto_increment,
  `name` VARCHAR(255) NOT NULL,
  `country` VARCHAR(255) NOT NULL,
  `start_of_new_year` INTEGER NOT NULL,
  `share_all_absences` TINYINT(1) NOT NULL DEFAULT 0,
  `is_team_view_hidden` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Determise if Team View is hidden for non-admin users',
  `ldap_auth_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `ldap_auth_config` VARCHAR(255),
  `date_format` VARCHAR(255) NOT NULL DEFAULT 'YYYY-MM-DD',
  `company_wide_message` TEXT COMMENT 'Message shown to all users that belong to current company',
  `mode` INTEGER NOT NULL DEFAULT 1 COMMENT 'Indicate which mode the company account is in.',
  `timezone` TEXT COMMENT 'Timezone current company is located in',
  `integration_api_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `integration_api_token` CHAR(36) BINARY NOT NULL COMMENT 'Indicate which mode the company account is in.',
  `carry_over` INTEGER NOT NULL DEFAULT 0 COMMENT 'Defines how may remaining days from allowance are carried over to the next year.',
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `Users` (
  `id` INTEGER NOT NULL auto_increment,
  `email` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `lastname` VARCHAR(255) NOT NULL,
  `activated` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'This flag means that user account was activated, e.g. login',
  `admin` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Indicate if account can edit company wide settings',
  `auto_approve` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Indicate if leave request from current employee are auto approved',
  `start_date` DATETIME NOT NULL COMMENT 'Date employee start to work for company',
  `end_date` DATETIME DEFAULT NULL COMMENT 'Date emplyee stop working for company',
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `companyId` INTEGER,
  `DepartmentId` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `Departments` (
  `id` INTEGER NOT NULL auto_increment,
  `name` VARCHAR(255) NOT NULL,
  `allowance` INTEGER NOT NULL DEFAULT 20,
  `include_public_holidays` TINYINT(1) NOT NULL DEFAULT 1,
  `is_accrued_allowance` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `bossId` INTEGER,
  `companyId` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `DepartmentSupervisor` (
  `id` INTEGER NOT NULL auto_increment,
  `created_at` DATETIME NOT NULL,
  `department_id` INTEGER NOT NULL,
  `user_id` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `LeaveTypes` (
  `id` INTEGER NOT NULL auto_increment,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255) NOT NULL DEFAULT '#ffffff',
  `use_allowance` TINYINT(1) NOT NULL DEFAULT 1,
  `limit` INTEGER NOT NULL DEFAULT 0,
  `sort_order` INTEGER NOT NULL DEFAULT 0 COMMENT 'Is used to determine sorting order of leave types',
  `auto_approve` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `companyId` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `Leaves` (
  `id` INTEGER NOT NULL auto_increment,
  `status` INTEGER NOT NULL,
  `employee_comment` VARCHAR(255),
  `approver_comment` VARCHAR(255),
  `decided_at` DATETIME,
  `date_start` DATETIME NOT NULL,
  `day_part_start` INTEGER NOT NULL DEFAULT 1,
  `date_end` DATETIME NOT NULL,
  `day_part_end` INTEGER NOT NULL DEFAULT 1,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `userId` INTEGER,
  `approverId` INTEGER,
  `leaveTypeId` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `BankHolidays` (
  `id` INTEGER NOT NULL auto_increment,
  `name` VARCHAR(255) NOT NULL,
  `date` DATETIME NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `companyId` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `UserFeeds` (
  `id` INTEGER NOT NULL auto_increment,
  `name` VARCHAR(255) NOT NULL,
  `feed_token` VARCHAR(255) NOT NULL,
  `type` ENUM('calendar', 'wallchart', 'teamview', 'company') NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `userId` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `user_allowance_adjustment` (
  `id` INTEGER NOT NULL auto_increment,
  `year` INTEGER NOT NULL COMMENT 'Year when adjustment is applied',
  `adjustment` INTEGER NOT NULL DEFAULT 0 COMMENT 'Adjustment to allowance in current year',
  `carried_over_allowance` INTEGER NOT NULL DEFAULT 0 COMMENT 'Additional allowance to use based on un-used holidays in previous year',
  `created_at` DATETIME NOT NULL,
  `user_id` INTEGER,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_allowance_adjustment_user_id_year` (`user_id`, `year`)
) ENGINE=InnoDB;

CREATE TABLE `schedule` (
  `id` INTEGER NOT NULL auto_increment,
  `monday` INTEGER NOT NULL DEFAULT 1,
  `tuesday` INTEGER NOT NULL DEFAULT 1,
  `wednesday` INTEGER NOT NULL DEFAULT 1,
  `thursday` INTEGER NOT NULL DEFAULT 1,
  `friday` INTEGER NOT NULL DEFAULT 1,
  `saturday` INTEGER NOT NULL DEFAULT 2,
  `sunday` INTEGER NOT NULL DEFAULT 2,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `company_id` INTEGER,
  `user_id` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `audit` (
  `id` INTEGER NOT NULL auto_increment,
  `entityType` VARCHAR(255) NOT NULL COMMENT 'Type of the entity which change is tracked. E.g. USER, LEAVE etc',
  `entityId` INTEGER NOT NULL COMMENT 'ID of the entity defined by entityType',
  `attribute` VARCHAR(255) NOT NULL COMMENT 'Attribute of the entity which chnage is to be recorded',
  `oldValue` VARCHAR(255) COMMENT 'Old value converted to STRING',
  `newValue` VARCHAR(255) COMMENT 'New value converted to STRING',
  `at` DATETIME NOT NULL,
  `companyId` INTEGER,
  `byUserId` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `comment` (
  `id` INTEGER NOT NULL auto_increment,
  `entityType` VARCHAR(255) NOT NULL COMMENT 'Type of entity current comments belongs to',
  `entityId` INTEGER NOT NULL COMMENT 'Reference ID for entity current comment belongs to',
  `comment` VARCHAR(255) NOT NULL COMMENT 'The value of comment',
  `at` DATETIME NOT NULL,
  `companyId` INTEGER,
  `byUserId` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `EmailAudit` (
  `id` INTEGER NOT NULL auto_increment,
  `email` VARCHAR(255) NOT NULL,
  `subject` TEXT NOT NULL,
  `body` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `company_id` INTEGER,
  `user_id` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `Sessions` (
  `sid` VARCHAR(32) NOT NULL,
  `expires` DATETIME,
  `data` TEXT,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`sid`)
) ENGINE=InnoDB;

CREATE TABLE `SequelizeMeta` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB;

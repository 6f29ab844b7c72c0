-- Intelehealth telemedicine platform: backend services (Intelehealth, India; Node.js / Sequelize on MySQL;
-- patients, visits and prescriptions themselves live in the OpenMRS server that the platform uses)
-- Upstream: github.com/Intelehealth/intelehealth-backend-service, commit 86c6e42e7fa82f1b7b190980f596eabe4f58874e,
-- licence MPL-2.0 (with a healthcare disclaimer)
-- Tables: the Sequelize migrations of portal/ (the doctor web-app "mindmap" server), auth-gateway/, web-rtc/,
-- pagerduty-microservice/ and configuration-microservice/ replayed in file order (createTable, addColumn,
-- changeColumn, addIndex) with Sequelize's MySQL types. user_settings and pushnotification have no creating
-- migration (legacy tables that later migrations alter): created from portal/models before those migrations.
-- All tables of these migrations are kept (auth-gateway's black_list_tokens is the same table as portal's model).

CREATE TABLE `user_settings` (
  `user_uuid` varchar(255),
  `snooze_till` varchar(255) DEFAULT '',
  `device_reg_token` varchar(255),
  `createdAt` datetime,
  `updatedAt` datetime,
  `locale` varchar(255),
  `otp` varchar(10),
  `otpFor` enum('U','P','A'),
  `notification` tinyint(1)
);

CREATE TABLE `pushnotification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `notification_object` json,
  `speciality` varchar(255),
  `doctor_name` varchar(255),
  `date_created` datetime,
  `user_uuid` varchar(255),
  `finger_print` varchar(255),
  `locale` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message` varchar(255),
  `fromUser` varchar(255),
  `toUser` varchar(255),
  `patientId` varchar(255),
  `isRead` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `patientName` varchar(255),
  `hwName` varchar(255),
  `patientPic` varchar(255),
  `hwPic` varchar(255),
  `visitId` varchar(255),
  `type` varchar(255),
  `isDelivered` varchar(255),
  `openMrsId` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `mindmaps` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `json` longtext,
  `keyName` varchar(255),
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `licences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `keyName` varchar(255),
  `expiry` datetime,
  `imageValue` longtext,
  `imageName` varchar(255),
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `links` (
  `id` int NOT NULL AUTO_INCREMENT,
  `hash` varchar(255),
  `link` varchar(255),
  `otp` varchar(255),
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `type` varchar(255) NOT NULL DEFAULT 'presctiption-verification',
  PRIMARY KEY (`id`)
);

CREATE TABLE `appointment_schedules` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userUuid` varchar(255),
  `slotDays` varchar(255),
  `slotSchedule` json,
  `speciality` varchar(255),
  `drName` varchar(255),
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `type` varchar(255),
  `year` varchar(255),
  `month` varchar(255),
  `startDate` varchar(255),
  `endDate` varchar(255),
  `daysOff` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `appointments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slotDay` varchar(255),
  `slotDate` varchar(255),
  `slotDuration` int,
  `slotDurationUnit` varchar(255),
  `slotTime` varchar(255),
  `speciality` varchar(255),
  `userUuid` varchar(255),
  `drName` varchar(255),
  `locationUuid` varchar(255),
  `hwUUID` varchar(255),
  `visitUuid` varchar(255),
  `patientName` varchar(255),
  `openMrsId` varchar(255),
  `patientId` varchar(255),
  `status` varchar(255),
  `slotJsDate` datetime,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `createdBy` varchar(255),
  `updatedBy` varchar(255),
  `reason` varchar(255),
  `patientAge` varchar(255),
  `patientGender` varchar(255),
  `patientPic` varchar(255),
  `hwPic` varchar(255),
  `hwName` varchar(255),
  `hwGender` varchar(255),
  `hwAge` varchar(255),
  `type` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `appointment_settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slotDuration` int,
  `slotDurationUnit` varchar(255),
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Sessions` (
  `sid` varchar(255) NOT NULL,
  `expires` datetime,
  `data` text,
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`sid`)
);

CREATE TABLE `supportmessages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message` varchar(255),
  `from` varchar(255),
  `to` varchar(255),
  `type` varchar(255),
  `isRead` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gptinputs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `gptinput` text NOT NULL,
  `isDefault` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gptmodels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `model` text NOT NULL,
  `isDefault` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `supporttickets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userId` varchar(255),
  `ticketnumber` varchar(255),
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `chatgptmodels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `model` varchar(255) NOT NULL,
  `isDefault` tinyint(1) DEFAULT 0,
  `temprature` float NOT NULL DEFAULT 1,
  `top_p` float NOT NULL DEFAULT 1,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `model` (`model`)
);

CREATE TABLE `chatgptprompts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `value` longtext NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` varchar(255),
  `user_uuid` varchar(255),
  `type` enum('prescription','followup','appointment') DEFAULT 'prescription',
  `payload` json,
  `isRead` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `facility_contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `facility_name` varchar(255),
  `incharge_name` varchar(255),
  `contact_no` varchar(255),
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `call_data` (
  `id` int NOT NULL AUTO_INCREMENT,
  `doctor_id` varchar(255),
  `visit_id` varchar(255),
  `chw_id` varchar(255),
  `room_id` varchar(255),
  `call_status` varchar(255),
  `reason` varchar(255),
  `call_duration` int,
  `start_time` datetime,
  `end_time` datetime,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `call_type` enum('video','audio') NOT NULL DEFAULT 'video',
  PRIMARY KEY (`id`),
  KEY `call_data_visit_id` (`visit_id`)
);

CREATE TABLE `logged_in_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` text,
  `userId` varchar(255),
  `loggedAt` datetime,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `black_list_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` text,
  `userId` varchar(255),
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `call_recordings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `doctor_id` varchar(255) NOT NULL,
  `patient_id` varchar(255) NOT NULL,
  `file_path` varchar(255) NOT NULL,
  `s3_url` varchar(255) NOT NULL,
  `start_time` datetime,
  `end_time` datetime,
  `egress_id` varchar(255) DEFAULT NULL,
  `visit_id` varchar(255) NOT NULL,
  `chw_id` varchar(255) NOT NULL,
  `room_id` varchar(255),
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `egress_id` (`egress_id`)
);

CREATE TABLE `pagerduty_tickets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` varchar(255) NOT NULL,
  `incident_id` varchar(255) NOT NULL,
  `jira_ticket_id` varchar(255),
  `incident_key` varchar(255),
  `title` text NOT NULL,
  `priority` enum('high','low','medium') NOT NULL DEFAULT 'low',
  `urgency` enum('high','low') NOT NULL DEFAULT 'low',
  `status` enum('triggered','acknowledged','resolved') NOT NULL DEFAULT 'triggered',
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `resolvedAt` datetime,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `incident_id` (`incident_id`),
  UNIQUE KEY `jira_ticket_id` (`jira_ticket_id`)
);

CREATE TABLE `mst_specialization` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `dic_config` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `value` text,
  `type` enum('string','number','boolean','array','json') NOT NULL,
  `default_value` text DEFAULT NULL,
  `published` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `audit_trail` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` varchar(255) NOT NULL,
  `user_name` varchar(255),
  `activity_type` enum('CONFIG PUBLISHED','SPECIALIZATION STATUS UPDATED','LANGUAGE STATUS UPDATED','LANGUAGE SET AS DEFAULT','PATIENT REGISTRATION FIELD STATUS UPDATED','PATIENT REGISTRATION FIELD MANDATORY STATUS UPDATED','PATIENT REGISTRATION FIELD EDITABLE STATUS UPDATED','THEME CONFIG UPDATED','VITAL ENABLED STATUS UPDATED','VITAL MANDATORY STATUS UPDATED','WEBRTC CONFIG UPDATED','FEATURE CONFIG UPDATED','PATIENT VISIT SUMMARY SECTION STATUS UPDATED','DIAGNOSTIC ENABLED STATUS UPDATED','DIAGNOSTIC MANDATORY STATUS UPDATED','SIDEBAR MENU STATUS UPDATED','PATIENT VISIT SECTION ENABLED STATUS UPDATED','PATIENT VISIT SECTION NAME UPDATED','PATIENT VISIT SECTION ORDER UPDATED','VITAL NAME UPDATED','ROSTER QUESTIONNAIRE CONFIG UPDATED','PATIENT REGISTRATION FIELD VALIDATION UPDATED','DROPDOWN CONFIG UPDATED','HOME SCREEN SECTION NAME UPDATED','HOME SCREEN SECTION ENABLED STATUS UPDATED','AI LLM CONFIG UPDATED','AI LLM RECORDING CONFIG UPDATED','PLATFORM UPDATED','LANGUAGE PLATFORM UPDATED'),
  `description` text DEFAULT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mst_language` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `en_name` varchar(255) NOT NULL,
  `is_default` tinyint(1) DEFAULT 0,
  `is_enabled` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `code` (`code`)
);

CREATE TABLE `dic_publish` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `path` varchar(255) NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mst_patient_registration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `section` enum('Personal','Address','Other') NOT NULL,
  `is_mandatory` tinyint(1) DEFAULT 0,
  `is_editable` tinyint(1) DEFAULT 0,
  `is_enabled` tinyint(1) DEFAULT 0,
  `is_locked` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `validations` json,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `theme_config` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `value` text,
  `default_value` text NOT NULL,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `mst_patient_vital` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `uuid` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 0,
  `is_mandatory` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `lang` json,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `key` (`key`),
  UNIQUE KEY `uuid` (`uuid`)
);

CREATE TABLE `mst_webrtc` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 1,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `mst_patient_visit_summary` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `mst_features` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 1,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `mst_patient_diagnostic` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `uuid` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 0,
  `is_mandatory` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `key` (`key`),
  UNIQUE KEY `uuid` (`uuid`)
);

CREATE TABLE `mst_sidebar_menu` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 0,
  `is_locked` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `mst_patient_visit_sections` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `lang` json,
  `sub_sections` json,
  `key` varchar(255) NOT NULL,
  `order` int NOT NULL DEFAULT 0,
  `is_editable` tinyint(1) DEFAULT 0,
  `is_enabled` tinyint(1) DEFAULT 0,
  `is_locked` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `mst_roster_questionnaire` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 1,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `mst_dropdown_values` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `mst_home_screen` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `lang` json,
  `label` enum('0','1','2'),
  `key` varchar(255) NOT NULL,
  `is_editable` tinyint(1) DEFAULT 0,
  `is_enabled` tinyint(1) DEFAULT 0,
  `is_locked` tinyint(1) DEFAULT 0,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `platform` enum('Mobile','Webapp','Both'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `mst_ai_llm` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 1,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `mst_ai_llm_recording` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) DEFAULT 1,
  `createdAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `deletedAt` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
);


-- NYC OpenRecords (City of New York, Department of Records and Information Services) — the City's portal for
-- Freedom of Information Law (FOIL) requests to all City agencies: requesters and agency staff, requests, their
-- responses (notes, files, links, instructions, e-mails, letters, envelopes, determinations), events, MFA.
-- Source: github.com/CityOfNewYork/NYCOpenRecords app/models.py (Flask-SQLAlchemy models, PostgreSQL; final state
-- of the 40 Alembic migrations), commit 95b49294dd54192a1d22cb1f4eb4925756c4ccd0 (Apache-2.0).
-- Written by hand as MySQL from the models, all 23 tables, columns in model order; see openrecords.md.
SET NAMES utf8mb4;

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL,
  `permissions` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agencies` (
  `ein` varchar(4) NOT NULL,
  `parent_ein` varchar(3) DEFAULT NULL,
  `categories` json DEFAULT NULL COMMENT 'PostgreSQL ARRAY(VARCHAR(256))',
  `name` varchar(256) NOT NULL,
  `acronym` varchar(64) DEFAULT NULL,
  `next_request_number` int DEFAULT NULL COMMENT 'from the request_seq sequence',
  `default_email` varchar(254) DEFAULT NULL,
  `appeals_email` varchar(254) DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT NULL,
  `agency_features` json DEFAULT NULL,
  PRIMARY KEY (`ein`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `guid` varchar(64) NOT NULL,
  `is_nyc_employee` tinyint(1) DEFAULT NULL,
  `has_nyc_account` tinyint(1) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `is_anonymous_requester` tinyint(1) DEFAULT NULL,
  `is_super` tinyint(1) NOT NULL,
  `first_name` varchar(128) NOT NULL,
  `middle_initial` varchar(1) DEFAULT NULL,
  `last_name` varchar(128) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `notification_email` varchar(254) DEFAULT NULL,
  `email_validated` tinyint(1) NOT NULL,
  `terms_of_use_accepted` tinyint(1) DEFAULT NULL,
  `title` varchar(256) DEFAULT NULL,
  `organization` varchar(256) DEFAULT NULL,
  `phone_number` varchar(25) DEFAULT NULL,
  `fax_number` varchar(25) DEFAULT NULL,
  `mailing_address` json DEFAULT NULL,
  `session_id` varchar(254) DEFAULT NULL,
  `signature` text DEFAULT NULL,
  PRIMARY KEY (`guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agency_users` (
  `user_guid` varchar(64) NOT NULL,
  `agency_ein` varchar(4) NOT NULL,
  `is_agency_active` tinyint(1) NOT NULL,
  `is_agency_admin` tinyint(1) NOT NULL,
  `is_primary_agency` tinyint(1) NOT NULL,
  `is_read_only` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_guid`, `agency_ein`),
  CONSTRAINT `agency_users_user_guid_fkey` FOREIGN KEY (`user_guid`) REFERENCES `users` (`guid`) ON UPDATE CASCADE,
  CONSTRAINT `agency_users_agency_ein_fkey` FOREIGN KEY (`agency_ein`) REFERENCES `agencies` (`ein`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requests` (
  `id` varchar(19) NOT NULL,
  `agency_ein` varchar(4) DEFAULT NULL,
  `category` text NOT NULL,
  `title` varchar(256) DEFAULT NULL,
  `description` varchar(10240) DEFAULT NULL,
  `date_created` datetime DEFAULT NULL,
  `date_submitted` datetime DEFAULT NULL,
  `date_closed` datetime DEFAULT NULL,
  `due_date` datetime DEFAULT NULL,
  `submission` enum('Direct Input','Fax','Phone','Email','Mail','In-Person','311') DEFAULT NULL,
  `status` enum('Open','In Progress','Due Soon','Overdue','Closed') NOT NULL,
  `privacy` json DEFAULT NULL,
  `agency_request_summary` varchar(5000) DEFAULT NULL,
  `agency_request_summary_release_date` datetime DEFAULT NULL,
  `custom_metadata` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `requests_agency_ein_fkey` FOREIGN KEY (`agency_ein`) REFERENCES `agencies` (`ein`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `responses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `request_id` varchar(19) DEFAULT NULL,
  `privacy` enum('private','release_private','release_public') DEFAULT NULL,
  `date_modified` datetime DEFAULT NULL,
  `release_date` datetime DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL,
  `is_editable` tinyint(1) NOT NULL,
  `type` enum('notes','links','files','instructions','determinations','emails','letters','envelopes') DEFAULT NULL,
  `is_dataset` tinyint(1) NOT NULL,
  `dataset_description` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `responses_request_id_fkey` FOREIGN KEY (`request_id`) REFERENCES `requests` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `request_id` varchar(19) DEFAULT NULL,
  `user_guid` varchar(64) DEFAULT NULL,
  `response_id` int DEFAULT NULL,
  `type` varchar(64) DEFAULT NULL,
  `timestamp` datetime DEFAULT NULL,
  `previous_value` json DEFAULT NULL,
  `new_value` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_request_id_fkey` FOREIGN KEY (`request_id`) REFERENCES `requests` (`id`),
  CONSTRAINT `events_response_id_fkey` FOREIGN KEY (`response_id`) REFERENCES `responses` (`id`),
  CONSTRAINT `events_user_guid_fkey` FOREIGN KEY (`user_guid`) REFERENCES `users` (`guid`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reasons` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` enum('closing','denial','re-opening') NOT NULL,
  `agency_ein` varchar(4) DEFAULT NULL,
  `title` text NOT NULL,
  `content` text NOT NULL,
  `has_appeals_language` tinyint(1) DEFAULT NULL,
  `need_additional_details` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reasons_agency_ein_fkey` FOREIGN KEY (`agency_ein`) REFERENCES `agencies` (`ein`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_requests` (
  `user_guid` varchar(64) NOT NULL,
  `request_id` varchar(19) NOT NULL,
  `request_user_type` enum('requester','agency') DEFAULT NULL,
  `permissions` bigint DEFAULT NULL,
  `point_of_contact` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`user_guid`, `request_id`),
  CONSTRAINT `user_requests_request_id_fkey` FOREIGN KEY (`request_id`) REFERENCES `requests` (`id`),
  CONSTRAINT `user_requests_user_guid_fkey` FOREIGN KEY (`user_guid`) REFERENCES `users` (`guid`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `response_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` text NOT NULL,
  `response_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `response_tokens_response_id_fkey` FOREIGN KEY (`response_id`) REFERENCES `responses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` int NOT NULL,
  `content` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notes_id_fkey` FOREIGN KEY (`id`) REFERENCES `responses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` int NOT NULL,
  `title` varchar(250) DEFAULT NULL,
  `name` text DEFAULT NULL,
  `mime_type` text DEFAULT NULL,
  `size` int DEFAULT NULL,
  `hash` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_id_fkey` FOREIGN KEY (`id`) REFERENCES `responses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `links` (
  `id` int NOT NULL,
  `title` text DEFAULT NULL,
  `url` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `links_id_fkey` FOREIGN KEY (`id`) REFERENCES `responses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instructions` (
  `id` int NOT NULL,
  `content` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `instructions_id_fkey` FOREIGN KEY (`id`) REFERENCES `responses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emails` (
  `id` int NOT NULL,
  `to` text DEFAULT NULL,
  `cc` text DEFAULT NULL,
  `bcc` text DEFAULT NULL,
  `subject` varchar(5000) DEFAULT NULL,
  `body` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `emails_id_fkey` FOREIGN KEY (`id`) REFERENCES `responses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `envelopes` (
  `id` int NOT NULL,
  `latex` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `envelopes_id_fkey` FOREIGN KEY (`id`) REFERENCES `responses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `envelope_templates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `agency_ein` varchar(4) DEFAULT NULL,
  `title` text NOT NULL,
  `template_name` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `envelope_templates_agency_ein_fkey` FOREIGN KEY (`agency_ein`) REFERENCES `agencies` (`ein`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `letters` (
  `id` int NOT NULL,
  `title` text NOT NULL,
  `content` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `letters_id_fkey` FOREIGN KEY (`id`) REFERENCES `responses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `letter_templates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` enum('acknowledgment','extension','closing','denial','re-opening','letters') NOT NULL,
  `agency_ein` varchar(4) DEFAULT NULL,
  `title` text NOT NULL,
  `content` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `letter_templates_agency_ein_fkey` FOREIGN KEY (`agency_ein`) REFERENCES `agencies` (`ein`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `determinations` (
  `id` int NOT NULL,
  `dtype` enum('denial','acknowledgment','extension','closing','re-opening') NOT NULL,
  `reason` text DEFAULT NULL,
  `date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `determinations_id_fkey` FOREIGN KEY (`id`) REFERENCES `responses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `communication_methods` (
  `response_id` int NOT NULL,
  `method_id` int NOT NULL,
  `method_type` enum('letters','emails') DEFAULT NULL,
  PRIMARY KEY (`response_id`, `method_id`),
  CONSTRAINT `communication_methods_response_id_fkey` FOREIGN KEY (`response_id`) REFERENCES `responses` (`id`),
  CONSTRAINT `communication_methods_method_id_fkey` FOREIGN KEY (`method_id`) REFERENCES `responses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_request_forms` (
  `id` int NOT NULL AUTO_INCREMENT,
  `agency_ein` varchar(4) NOT NULL,
  `form_name` text NOT NULL,
  `form_description` text NOT NULL,
  `field_definitions` json NOT NULL,
  `repeatable` int NOT NULL,
  `category` int DEFAULT NULL,
  `minimum_required` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `custom_request_forms_agency_ein_fkey` FOREIGN KEY (`agency_ein`) REFERENCES `agencies` (`ein`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mfa` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_guid` varchar(64) DEFAULT NULL,
  `secret` longblob NOT NULL,
  `device_name` varchar(32) NOT NULL,
  `is_valid` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mfa_user_guid_fkey` FOREIGN KEY (`user_guid`) REFERENCES `users` (`guid`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

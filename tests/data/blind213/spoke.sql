-- Spoke (StateVoicesNational/Spoke, formerly MoveOnOrg/Spoke): peer-to-peer mass texting (SMS) for campaigns.
-- Upstream: github.com/StateVoicesNational/Spoke, commit 715ab464c575560816039b54a4831f714b27a493 (AGPL-3.0).
-- Source: the 26 Knex migrations in migrations/ (20190207220000_init_db.js … 20240503180901_campaigncontactsupdatedat.js),
-- replayed in order as they run on PostgreSQL (Spoke's production database): columns added by later migrations come
-- after the original ones, columns dropped by later migrations are gone (message.service_response), and altered
-- columns keep their place. Checked by running the same migrations with Knex 2 on a scratch PostgreSQL 15 database:
-- table and column names, column order, primary, unique and foreign keys are identical.
-- Written as MySQL/MariaDB DDL: increments (serial) -> INT AUTO_INCREMENT, integer -> INT, text -> TEXT
-- (VARCHAR(255) where the column is a primary or unique key), string -> VARCHAR(255) (or its length),
-- boolean -> TINYINT(1), timestamp (timestamptz) -> DATETIME, float (real) -> FLOAT, json/jsonb -> JSON, Knex enu
-- (a text column with a CHECK constraint on PostgreSQL) -> ENUM with the same values (user_organization.role with
-- the values of 20200512143258_add_user_roles). Defaults kept where MySQL takes them; knex.fn.now() ->
-- CURRENT_TIMESTAMP. Primary, unique and foreign keys as the migrations declare them on PostgreSQL; plain indexes
-- left out. Knex's own knex_migrations / knex_migrations_lock tables are left out. No application table is left out.

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `auth0_id` TEXT NOT NULL,
  `first_name` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `cell` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `assigned_cell` TEXT,
  `is_superadmin` TINYINT(1),
  `terms` TINYINT(1) DEFAULT 0,
  `alias` VARCHAR(255) DEFAULT NULL,
  `extra` JSON DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_message_part` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `service` TEXT NOT NULL,
  `service_id` TEXT NOT NULL,
  `parent_id` TEXT DEFAULT '',
  `service_message` TEXT NOT NULL,
  `user_number` TEXT NOT NULL DEFAULT '',
  `contact_number` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` TEXT,
  `name` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `features` TEXT DEFAULT '',
  `texting_hours_enforced` TINYINT(1) DEFAULT 0,
  `texting_hours_start` INT DEFAULT 9,
  `texting_hours_end` INT DEFAULT 21,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaign` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT NOT NULL,
  `title` TEXT NOT NULL DEFAULT '',
  `description` TEXT NOT NULL DEFAULT '',
  `is_started` TINYINT(1),
  `due_by` DATETIME DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_archived` TINYINT(1),
  `use_dynamic_assignment` TINYINT(1),
  `logo_image_url` TEXT,
  `intro_html` TEXT,
  `primary_color` TEXT,
  `override_organization_texting_hours` TINYINT(1) DEFAULT 0,
  `texting_hours_enforced` TINYINT(1) DEFAULT 1,
  `texting_hours_start` INT DEFAULT 9,
  `texting_hours_end` INT DEFAULT 21,
  `timezone` TEXT DEFAULT 'US/Eastern',
  `creator_id` INT DEFAULT NULL,
  `messageservice_sid` VARCHAR(255) DEFAULT NULL,
  `use_own_messaging_service` TINYINT(1) DEFAULT 0,
  `join_token` TEXT DEFAULT NULL,
  `batch_size` INT DEFAULT NULL,
  `features` JSON DEFAULT NULL,
  `response_window` FLOAT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `campaign_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `campaign_creator_id_foreign` FOREIGN KEY (`creator_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `campaign_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `max_contacts` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `assignment_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `assignment_campaign_id_foreign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaign_contact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT NOT NULL,
  `assignment_id` INT,
  `external_id` TEXT NOT NULL DEFAULT '',
  `first_name` TEXT NOT NULL DEFAULT '',
  `last_name` TEXT NOT NULL DEFAULT '',
  `cell` TEXT NOT NULL,
  `zip` TEXT NOT NULL DEFAULT '',
  `custom_fields` TEXT NOT NULL DEFAULT '{}',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `message_status` ENUM('needsMessage','needsResponse','convo','messaged','closed','UPDATING') NOT NULL DEFAULT 'needsMessage',
  `is_opted_out` TINYINT(1) DEFAULT 0,
  `timezone_offset` TEXT DEFAULT '',
  `error_code` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `campaign_contact_assignment_id_foreign` FOREIGN KEY (`assignment_id`) REFERENCES `assignment` (`id`),
  CONSTRAINT `campaign_contact_campaign_id_foreign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interaction_step` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT NOT NULL,
  `question` TEXT NOT NULL DEFAULT '',
  `script` TEXT NOT NULL DEFAULT '',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `parent_interaction_id` INT,
  `answer_option` TEXT NOT NULL DEFAULT '',
  `answer_actions` TEXT NOT NULL DEFAULT '',
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `answer_actions_data` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `interaction_step_parent_interaction_id_foreign` FOREIGN KEY (`parent_interaction_id`) REFERENCES `interaction_step` (`id`) ON DELETE CASCADE,
  CONSTRAINT `interaction_step_campaign_id_foreign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `question_response` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_contact_id` INT NOT NULL,
  `interaction_step_id` INT NOT NULL,
  `value` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `question_response_campaign_contact_id_foreign` FOREIGN KEY (`campaign_contact_id`) REFERENCES `campaign_contact` (`id`),
  CONSTRAINT `question_response_interaction_step_id_foreign` FOREIGN KEY (`interaction_step_id`) REFERENCES `interaction_step` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `opt_out` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `cell` TEXT NOT NULL,
  `assignment_id` INT,
  `organization_id` INT NOT NULL,
  `reason_code` TEXT NOT NULL DEFAULT '',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `opt_out_assignment_id_foreign` FOREIGN KEY (`assignment_id`) REFERENCES `assignment` (`id`),
  CONSTRAINT `opt_out_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT,
  `payload` TEXT NOT NULL,
  `queue_name` TEXT NOT NULL,
  `job_type` TEXT NOT NULL,
  `result_message` TEXT DEFAULT '',
  `locks_queue` TINYINT(1) DEFAULT 0,
  `assigned` TINYINT(1) DEFAULT 0,
  `status` INT DEFAULT 0,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `organization_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `job_request_campaign_id_foreign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign` (`id`),
  CONSTRAINT `job_request_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invite` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_valid` TINYINT(1) NOT NULL,
  `hash` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `canned_response` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT NOT NULL,
  `text` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `user_id` INT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `answer_actions` TEXT,
  `answer_actions_data` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `canned_response_campaign_id_foreign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign` (`id`),
  CONSTRAINT `canned_response_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_organization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `organization_id` INT NOT NULL,
  `role` ENUM('OWNER','ADMIN','SUPERVOLUNTEER','TEXTER','VETTED_TEXTER','ORG_SUPERADMIN','SUSPENDED') NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_organization_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_organization_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_cell` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `cell` TEXT NOT NULL,
  `user_id` INT NOT NULL,
  `service` ENUM('nexmo','twilio'),
  `is_primary` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_cell_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_number` TEXT NOT NULL DEFAULT '',
  `user_id` INT,
  `contact_number` TEXT NOT NULL,
  `is_from_contact` TINYINT(1) NOT NULL,
  `text` TEXT NOT NULL DEFAULT '',
  `assignment_id` INT,
  `service` TEXT NOT NULL DEFAULT '',
  `service_id` TEXT NOT NULL DEFAULT '',
  `send_status` ENUM('QUEUED','SENDING','SENT','DELIVERED','ERROR','PAUSED','NOT_ATTEMPTED') NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `queued_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `sent_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `service_response_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `send_before` DATETIME,
  `error_code` INT DEFAULT NULL,
  `campaign_contact_id` INT,
  `messageservice_sid` TEXT,
  `media` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `message_assignment_id_foreign` FOREIGN KEY (`assignment_id`) REFERENCES `assignment` (`id`),
  CONSTRAINT `message_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `message_campaign_contact_id_foreign` FOREIGN KEY (`campaign_contact_id`) REFERENCES `campaign_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zip_code` (
  `zip` VARCHAR(255) NOT NULL,
  `city` TEXT NOT NULL,
  `state` TEXT NOT NULL,
  `latitude` FLOAT NOT NULL,
  `longitude` FLOAT NOT NULL,
  `timezone_offset` FLOAT NOT NULL,
  `has_dst` TINYINT(1) NOT NULL,
  PRIMARY KEY (`zip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `message_sid` TEXT NOT NULL,
  `body` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `error_code` INT DEFAULT NULL,
  `from_num` VARCHAR(15) DEFAULT NULL,
  `to_num` VARCHAR(15) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaign_admin` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT NOT NULL,
  `ingest_method` TEXT,
  `ingest_data_reference` TEXT,
  `ingest_result` TEXT,
  `ingest_success` TINYINT(1),
  `contacts_count` INT,
  `deleted_optouts_count` INT,
  `duplicate_contacts_count` INT,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `campaign_admin_campaign_id_foreign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group` TEXT,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `is_deleted` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `organization_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tag_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_campaign_contact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `value` TEXT,
  `tag_id` INT NOT NULL,
  `campaign_contact_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `tag_campaign_contact_tag_id_foreign` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tag_campaign_contact_campaign_contact_id_foreign` FOREIGN KEY (`campaign_contact_id`) REFERENCES `campaign_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `owned_phone_number` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `service` VARCHAR(255),
  `service_id` VARCHAR(255),
  `organization_id` INT NOT NULL,
  `phone_number` VARCHAR(255) NOT NULL,
  `area_code` VARCHAR(255) NOT NULL,
  `allocated_to` VARCHAR(255) NULL,
  `allocated_to_id` VARCHAR(255) NULL,
  `allocated_at` DATETIME NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `owned_phone_number_service_service_id_unique` (`service`, `service_id`),
  CONSTRAINT `owned_phone_number_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_canned_response` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `canned_response_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_canned_response_canned_response_id_tag_id_unique` (`canned_response_id`, `tag_id`),
  CONSTRAINT `tag_canned_response_canned_response_id_foreign` FOREIGN KEY (`canned_response_id`) REFERENCES `canned_response` (`id`),
  CONSTRAINT `tag_canned_response_tag_id_foreign` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignment_feedback` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `assignment_id` INT NOT NULL,
  `creator_id` INT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `feedback` JSON NULL DEFAULT NULL,
  `is_acknowledged` TINYINT(1) DEFAULT 0,
  `complete` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assignment_feedback_assignment_id_unique` (`assignment_id`),
  CONSTRAINT `assignment_feedback_assignment_id_foreign` FOREIGN KEY (`assignment_id`) REFERENCES `assignment` (`id`),
  CONSTRAINT `assignment_feedback_creator_id_foreign` FOREIGN KEY (`creator_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_contact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` INT,
  `contact_number` VARCHAR(255) NOT NULL,
  `user_number` TEXT,
  `service` TEXT,
  `subscribe_status` INT DEFAULT 0,
  `status_code` INT,
  `last_error_code` INT,
  `carrier` TEXT,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `last_lookup` DATETIME DEFAULT NULL,
  `lookup_name` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_contact_contact_number_organization_id_unique` (`contact_number`, `organization_id`),
  CONSTRAINT `organization_contact_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `opt_out_message` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `message` TEXT NOT NULL,
  `organization_id` INT NOT NULL,
  `state` VARCHAR(2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `opt_out_message_organization_id_state_unique` (`organization_id`, `state`),
  CONSTRAINT `opt_out_message_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


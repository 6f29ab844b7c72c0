-- Reservations (Yale Student Technology Collaborative / Yale STC; equipment checkout and reservation system of
-- university media-equipment loan desks: reservations, check-out and check-in with per-item procedures, overdue
-- tracking and late / replacement fees, blackout dates, user requirements such as trainings),
-- github.com/YaleSTC/reservations `db/schema.rb` (schema version 2020_01_23_142405), commit
-- 2d5f0b2511a50787d79023bb3bbd148160dc3cc2 (MIT). The project has since moved to gitlab.com/yale-sdmp/reservations;
-- the GitHub repository is its last public GitHub state.
-- The Rails schema (MySQL adapter) written as MySQL DDL: create_table's implicit `id` -> BIGINT AUTO_INCREMENT
-- primary key (no `id: :integer` in the dump); string -> VARCHAR(255) (or its limit); text -> TEXT (size: :medium ->
-- MEDIUMTEXT); boolean -> TINYINT(1); datetime -> DATETIME; decimal -> DECIMAL(p,s). Indexes and the one foreign key
-- as dumped (Active Storage's standard name fk_rails_c3b3935057); the tables' charsets as dumped. All 18 tables kept.

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255),
  `metadata` TEXT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_rails_c3b3935057` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `announcements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `message` TEXT,
  `starts_at` DATE,
  `ends_at` DATE,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `app_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `upcoming_checkin_email_active` TINYINT(1) DEFAULT 1,
  `reservation_confirmation_email_active` TINYINT(1) DEFAULT 1,
  `site_title` VARCHAR(255) NOT NULL,
  `admin_email` VARCHAR(255) NOT NULL,
  `department_name` VARCHAR(255) NOT NULL,
  `contact_link_location` VARCHAR(255) NOT NULL,
  `home_link_text` VARCHAR(255) NOT NULL,
  `home_link_location` VARCHAR(255) NOT NULL,
  `default_per_cat_page` INT,
  `upcoming_checkin_email_body` TEXT NOT NULL,
  `overdue_checkin_email_body` TEXT NOT NULL,
  `overdue_checkin_email_active` TINYINT(1) DEFAULT 1,
  `terms_of_service` TEXT NOT NULL,
  `deleted_missed_reservation_email_body` TEXT NOT NULL,
  `send_notifications_for_deleted_missed_reservations` TINYINT(1) DEFAULT 1,
  `checkout_persons_can_edit` TINYINT(1) DEFAULT 0,
  `require_phone` TINYINT(1) DEFAULT 0,
  `viewed` TINYINT(1) DEFAULT 1,
  `override_on_create` TINYINT(1) DEFAULT 0,
  `override_at_checkout` TINYINT(1) DEFAULT 0,
  `blackout_exp_time` INT,
  `request_text` TEXT NOT NULL,
  `enable_renewals` TINYINT(1) DEFAULT 1,
  `enable_new_users` TINYINT(1) DEFAULT 1,
  `res_exp_time` INT,
  `enable_guests` TINYINT(1) DEFAULT 1,
  `upcoming_checkout_email_active` TINYINT(1) DEFAULT 1,
  `upcoming_checkout_email_body` TEXT,
  `notify_admin_on_create` TINYINT(1) DEFAULT 0,
  `disable_user_emails` TINYINT(1) DEFAULT 0,
  `autodeactivate_on_archive` TINYINT(1) DEFAULT 0,
  `requests_affect_availability` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `blackouts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_date` DATE,
  `end_date` DATE,
  `notice` TEXT,
  `created_by` INT,
  `blackout_type` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `set_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `max_per_user` INT,
  `max_checkout_length` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `sort_order` INT,
  `deleted_at` DATETIME,
  `max_renewal_times` INT,
  `max_renewal_length` INT,
  `renewal_days_before_due` INT,
  `csv_import` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `checkin_procedures` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `equipment_model_id` INT,
  `step` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `checkout_procedures` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `equipment_model_id` INT,
  `step` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `equipment_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `serial` VARCHAR(255),
  `active` TINYINT(1) DEFAULT 1,
  `equipment_model_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `deleted_at` DATETIME,
  `csv_import` TINYINT(1) NOT NULL DEFAULT 0,
  `deactivation_reason` VARCHAR(255),
  `notes` MEDIUMTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `equipment_models` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `late_fee` DECIMAL(10,2),
  `replacement_fee` DECIMAL(10,2),
  `max_per_user` INT,
  `active` TINYINT(1) DEFAULT 1,
  `category_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `deleted_at` DATETIME,
  `max_renewal_times` INT,
  `max_renewal_length` INT,
  `renewal_days_before_due` INT,
  `csv_import` TINYINT(1) NOT NULL DEFAULT 0,
  `max_checkout_length` INT,
  `equipment_items_count` INT NOT NULL DEFAULT 0,
  `late_fee_max` DECIMAL(10,2) DEFAULT '0.0',
  `overdue_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `equipment_models_associated_equipment_models` (
  `equipment_model_id` INT,
  `associated_equipment_model_id` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `equipment_models_requirements` (
  `requirement_id` INT NOT NULL,
  `equipment_model_id` INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `requirements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `equipment_model_id` INT,
  `contact_name` VARCHAR(255),
  `contact_info` VARCHAR(255),
  `deleted_at` DATETIME,
  `notes` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `description` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `reservations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `reserver_id` INT,
  `checkout_handler_id` INT,
  `checkin_handler_id` INT,
  `start_date` DATE,
  `due_date` DATE,
  `checked_out` DATETIME,
  `checked_in` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `equipment_model_id` INT,
  `equipment_item_id` INT,
  `notes` TEXT,
  `notes_unsent` TINYINT(1) DEFAULT 0,
  `times_renewed` INT,
  `status` INT DEFAULT 0,
  `overdue` TINYINT(1) DEFAULT 0,
  `flags` INT DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `session_id` VARCHAR(255) NOT NULL,
  `data` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `index_sessions_on_session_id` (`session_id`),
  KEY `index_sessions_on_updated_at` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255),
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `nickname` VARCHAR(255) NOT NULL DEFAULT '',
  `phone` VARCHAR(255),
  `email` VARCHAR(255),
  `affiliation` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `terms_of_service_accepted` TINYINT(1),
  `view_mode` VARCHAR(255) DEFAULT 'normal',
  `role` VARCHAR(255) DEFAULT 'normal',
  `missing_phone` TINYINT(1) DEFAULT 0,
  `encrypted_password` VARCHAR(128) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `cas_login` VARCHAR(255),
  `remember_created_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `users_requirements` (
  `user_id` INT,
  `requirement_id` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` INT NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `whodunnit` VARCHAR(255),
  `object` TEXT,
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `index_versions_on_item_type_and_item_id` (`item_type`, `item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

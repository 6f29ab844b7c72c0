-- Easy!Appointments 1.6.0 (online appointment scheduler), commit e46b4c6befb88c8f00e0a1e0eecdaa0e9c6294fb
-- Upstream: github.com/alextselegidis/easyappointments application/migrations/*.php (CodeIgniter 3 dbforge
-- migrations 001_specific_calendar_sync.php .. 069_add_altcha_settings.php, applied in order), table prefix ea_
-- Licence: GPL-3.0
-- The whole schema (14 tables); the migrations table is the one CodeIgniter's Migration library creates.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `ea_appointments` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `create_datetime` DATETIME NULL,
  `update_datetime` DATETIME NULL,
  `book_datetime` DATETIME NULL,
  `start_datetime` DATETIME NULL,
  `end_datetime` DATETIME NULL,
  `location` TEXT NULL,
  `meeting_link` TEXT NULL,
  `notes` TEXT NULL,
  `hash` TEXT NULL,
  `color` VARCHAR(256) NULL DEFAULT '#7cbae8',
  `status` VARCHAR(512) NULL DEFAULT '',
  `is_unavailability` TINYINT(4) NOT NULL DEFAULT '0',
  `id_users_provider` INT(11) NULL,
  `id_users_customer` INT(11) NULL,
  `id_services` INT(11) NULL,
  `id_google_calendar` TEXT NULL,
  `id_caldav_calendar` TEXT NULL,
  PRIMARY KEY (`id`),
  KEY `id_users_provider` (`id_users_provider`),
  KEY `id_users_customer` (`id_users_customer`),
  KEY `id_services` (`id_services`)
) ENGINE=InnoDB;

CREATE TABLE `ea_roles` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `create_datetime` DATETIME NULL,
  `update_datetime` DATETIME NULL,
  `name` VARCHAR(256) NULL,
  `slug` VARCHAR(256) NULL,
  `is_admin` TINYINT(4) NULL,
  `appointments` INT(11) NULL,
  `customers` INT(11) NULL,
  `services` INT(11) NULL,
  `users` INT(11) NULL,
  `system_settings` INT(11) NULL,
  `user_settings` INT(11) NULL,
  `webhooks` INT(11) NULL,
  `blocked_periods` INT(11) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ea_secretaries_providers` (
  `id_users_secretary` INT(11) NOT NULL,
  `id_users_provider` INT(11) NOT NULL,
  PRIMARY KEY (`id_users_secretary`, `id_users_provider`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ea_services` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `create_datetime` DATETIME NULL,
  `update_datetime` DATETIME NULL,
  `name` VARCHAR(256) NULL,
  `duration` INT(11) NULL,
  `price` DECIMAL(10,2) NULL,
  `currency` VARCHAR(32) NULL,
  `description` TEXT NULL,
  `slot_interval` INT(11) NULL DEFAULT '15',
  `color` VARCHAR(256) NULL DEFAULT '#7cbae8',
  `location` TEXT NULL,
  `attendants_number` INT(11) NULL DEFAULT '1',
  `is_private` TINYINT(4) NULL DEFAULT '0',
  `id_service_categories` INT(11) NULL,
  PRIMARY KEY (`id`),
  KEY `id_service_categories` (`id_service_categories`)
) ENGINE=InnoDB;

CREATE TABLE `ea_services_providers` (
  `id_users` INT(11) NOT NULL,
  `id_services` INT(11) NOT NULL,
  PRIMARY KEY (`id_users`, `id_services`)
) ENGINE=InnoDB;

CREATE TABLE `ea_service_categories` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `create_datetime` DATETIME NULL,
  `update_datetime` DATETIME NULL,
  `name` VARCHAR(256) NULL,
  `description` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ea_settings` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `create_datetime` DATETIME NULL,
  `update_datetime` DATETIME NULL,
  `name` VARCHAR(512) NULL,
  `value` LONGTEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ea_users` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `create_datetime` DATETIME NULL,
  `update_datetime` DATETIME NULL,
  `first_name` VARCHAR(256) NULL,
  `last_name` VARCHAR(512) NULL,
  `email` VARCHAR(512) NULL,
  `mobile_number` VARCHAR(128) NULL,
  `phone_number` VARCHAR(128) NULL,
  `address` VARCHAR(256) NULL,
  `city` VARCHAR(256) NULL,
  `state` VARCHAR(128) NULL,
  `zip_code` VARCHAR(64) NULL,
  `notes` TEXT NULL,
  `timezone` VARCHAR(256) NULL DEFAULT 'UTC',
  `language` VARCHAR(256) NULL DEFAULT 'english',
  `custom_field_1` TEXT NULL,
  `custom_field_2` TEXT NULL,
  `custom_field_3` TEXT NULL,
  `custom_field_4` TEXT NULL,
  `custom_field_5` TEXT NULL,
  `is_private` TINYINT(4) NULL DEFAULT '0',
  `ldap_dn` TEXT NULL,
  `id_roles` INT(11) NULL,
  PRIMARY KEY (`id`),
  KEY `id_roles` (`id_roles`)
) ENGINE=InnoDB;

CREATE TABLE `ea_user_settings` (
  `id_users` INT(11) NOT NULL,
  `username` VARCHAR(256) NULL,
  `password` VARCHAR(512) NULL,
  `password_reset_token` VARCHAR(64) NULL,
  `password_reset_expires` DATETIME NULL,
  `salt` VARCHAR(512) NULL,
  `working_plan` TEXT NULL,
  `working_plan_exceptions` TEXT NULL,
  `notifications` TINYINT(4) NULL,
  `google_sync` TINYINT(4) NULL,
  `google_token` TEXT NULL,
  `google_calendar` VARCHAR(128) NULL,
  `caldav_sync` TINYINT(4) NULL DEFAULT '0',
  `caldav_url` VARCHAR(512) NULL,
  `caldav_username` VARCHAR(256) NULL,
  `caldav_password` VARCHAR(256) NULL,
  `sync_past_days` INT(11) NULL DEFAULT '30',
  `sync_future_days` INT(11) NULL DEFAULT '90',
  `calendar_view` VARCHAR(32) NULL DEFAULT 'default',
  PRIMARY KEY (`id_users`)
) ENGINE=InnoDB;

CREATE TABLE `ea_consents` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `id_users` INT(11) NULL,
  `create_datetime` DATETIME NULL,
  `update_datetime` DATETIME NULL,
  `created` TIMESTAMP NULL,
  `modified` TIMESTAMP NULL,
  `first_name` VARCHAR(256) NULL,
  `last_name` VARCHAR(256) NULL,
  `email` VARCHAR(512) NULL,
  `ip` VARCHAR(256) NULL,
  `type` VARCHAR(256) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ea_webhooks` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `create_datetime` DATETIME NULL,
  `update_datetime` DATETIME NULL,
  `name` VARCHAR(256) NULL,
  `url` TEXT NULL,
  `actions` TEXT NULL,
  `secret_header` VARCHAR(256) NULL DEFAULT 'X-Ea-Token',
  `secret_token` VARCHAR(512) NULL,
  `is_ssl_verified` TINYINT(4) NOT NULL DEFAULT '1',
  `notes` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ea_blocked_periods` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `create_datetime` DATETIME NULL,
  `update_datetime` DATETIME NULL,
  `name` VARCHAR(256) NULL,
  `start_datetime` DATETIME NULL,
  `end_datetime` DATETIME NULL,
  `notes` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ea_working_plan_exceptions` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `start_time` TIME NULL,
  `end_time` TIME NULL,
  `breaks` TEXT NULL,
  `id_users_provider` INT(11) NOT NULL,
  `create_datetime` DATETIME NULL,
  `update_datetime` DATETIME NULL,
  PRIMARY KEY (`id`),
  KEY `start_date` (`start_date`),
  KEY `end_date` (`end_date`),
  KEY `id_users_provider` (`id_users_provider`)
) ENGINE=InnoDB;

CREATE TABLE `ea_migrations` (
  `version` BIGINT(20) NOT NULL
) ENGINE=InnoDB;

ALTER TABLE `ea_appointments`
  ADD CONSTRAINT `appointments_users_customer` FOREIGN KEY (`id_users_customer`) REFERENCES `ea_users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `appointments_services` FOREIGN KEY (`id_services`) REFERENCES `ea_services` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `appointments_users_provider` FOREIGN KEY (`id_users_provider`) REFERENCES `ea_users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `ea_secretaries_providers`
  ADD CONSTRAINT `secretaries_users_secretary` FOREIGN KEY (`id_users_secretary`) REFERENCES `ea_users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `secretaries_users_provider` FOREIGN KEY (`id_users_provider`) REFERENCES `ea_users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `ea_services`
  ADD CONSTRAINT `services_service_categories` FOREIGN KEY (`id_service_categories`) REFERENCES `ea_service_categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE `ea_services_providers`
  ADD CONSTRAINT `services_providers_users_provider` FOREIGN KEY (`id_users`) REFERENCES `ea_users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `services_providers_services` FOREIGN KEY (`id_services`) REFERENCES `ea_services` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `ea_users`
  ADD CONSTRAINT `users_roles` FOREIGN KEY (`id_roles`) REFERENCES `ea_roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `ea_user_settings`
  ADD CONSTRAINT `user_settings_users` FOREIGN KEY (`id_users`) REFERENCES `ea_users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `ea_consents`
  ADD CONSTRAINT `consents_users` FOREIGN KEY (`id_users`) REFERENCES `ea_users` (`id`) ON DELETE SET NULL;

ALTER TABLE `ea_working_plan_exceptions`
  ADD CONSTRAINT `working_plan_exceptions_users_provider` FOREIGN KEY (`id_users_provider`) REFERENCES `ea_users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

SET FOREIGN_KEY_CHECKS=1;

-- Food Rescue Robot, Boulder Food Rescue: github.com/boulder-food-rescue/food-rescue-robot
-- commit 37c2dc6e58516b3e406beb4678cb871e9cf2dc7d, Beerware-style licence (README).
-- db/schema.rb (version 20150623180213, Rails 3 on PostgreSQL) written as MySQL DDL: string VARCHAR(255), text TEXT,
-- integer INT, datetime DATETIME, date DATE, time TIME, boolean TINYINT(1), decimal without precision DECIMAL(65,30).
-- Unique indexes kept, other indexes left out; upstream declares no foreign keys.

CREATE TABLE `absences` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `volunteer_id` INT,
  `start_date` DATE,
  `stop_date` DATE,
  `active` TINYINT(1) DEFAULT 1,
  `comments` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `absences_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `absence_id` INT,
  `log_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `volunteer_id` INT,
  `region_id` INT,
  `admin` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cell_carriers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `format` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `food_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `region_id` INT,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recip_category` VARCHAR(255),
  `donor_type` VARCHAR(255),
  `address` TEXT,
  `name` VARCHAR(255),
  `lat` DECIMAL(65,30),
  `lng` DECIMAL(65,30),
  `contact` TEXT,
  `website` VARCHAR(255),
  `admin_notes` TEXT,
  `public_notes` TEXT,
  `hours` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `region_id` INT,
  `twitter_handle` VARCHAR(255),
  `receipt_key` VARCHAR(255),
  `detailed_hours_json` TEXT,
  `email` TEXT,
  `phone` TEXT,
  `equipment_storage_info` TEXT,
  `food_storage_info` TEXT,
  `entry_info` TEXT,
  `exit_info` TEXT,
  `onsite_contact_info` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `location_type` INT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_parts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `log_id` INT,
  `food_type_id` INT,
  `required` TINYINT(1),
  `weight` DECIMAL(65,30),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `count` INT,
  `description` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_recipients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `log_id` INT,
  `recipient_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_volunteers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `log_id` INT,
  `volunteer_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `covering` TINYINT(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `when` DATE,
  `notes` TEXT,
  `num_reminders` INT,
  `flag_for_admin` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `donor_id` INT,
  `transport_type_id` INT,
  `region_id` INT,
  `complete` TINYINT(1) DEFAULT 0,
  `scale_type_id` INT,
  `weight_unit` VARCHAR(255),
  `schedule_chain_id` INT,
  `num_volunteers` INT,
  `why_zero` INT,
  `hours_spent` DECIMAL(65,30),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lat` DECIMAL(65,30),
  `lng` DECIMAL(65,30),
  `name` VARCHAR(255),
  `website` VARCHAR(255),
  `address` TEXT,
  `notes` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `handbook_url` VARCHAR(255),
  `prior_lbs_rescued` INT,
  `prior_num_pickups` INT,
  `twitter_key` VARCHAR(255),
  `twitter_secret` VARCHAR(255),
  `twitter_token` VARCHAR(255),
  `twitter_token_secret` VARCHAR(255),
  `twitter_last_poundage` INT,
  `twitter_last_timestamp` DATETIME,
  `title` VARCHAR(255),
  `tagline` VARCHAR(255),
  `logo_file_name` VARCHAR(255),
  `logo_content_type` VARCHAR(255),
  `logo_file_size` INT,
  `logo_updated_at` DATETIME,
  `phone` VARCHAR(255),
  `tax_id` VARCHAR(255),
  `welcome_email_text` TEXT,
  `splash_html` TEXT,
  `weight_unit` VARCHAR(255) NOT NULL DEFAULT 'pound',
  `time_zone` TEXT,
  `volunteer_coordinator_email` VARCHAR(255),
  `post_pickup_emails` TINYINT(1) DEFAULT 0,
  `unschedule_self` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scale_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `weight_unit` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `region_id` INT,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_chains` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `detailed_start_time` TIME,
  `detailed_stop_time` TIME,
  `detailed_date` DATE,
  `transport_type_id` INT,
  `backup` TINYINT(1),
  `temporary` TINYINT(1),
  `irregular` TINYINT(1),
  `difficulty_rating` INT,
  `hilliness` INT,
  `scale_type_id` INT,
  `region_id` INT,
  `frequency` TEXT,
  `day_of_week` INT,
  `expected_weight` INT,
  `public_notes` TEXT,
  `admin_notes` TEXT,
  `num_volunteers` INT NOT NULL DEFAULT 1,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_parts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `schedule_id` INT,
  `food_type_id` INT,
  `required` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_volunteers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `volunteer_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `schedule_chain_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `schedule_chain_id` INT,
  `location_id` INT,
  `position` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transport_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `volunteers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255),
  `name` VARCHAR(255),
  `phone` VARCHAR(255),
  `preferred_contact` VARCHAR(255),
  `has_car` TINYINT(1),
  `admin_notes` TEXT,
  `pickup_prefs` TEXT,
  `is_disabled` TINYINT(1),
  `on_email_list` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `remember_created_at` DATETIME,
  `sign_in_count` INT DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `admin` TINYINT(1) DEFAULT 0,
  `transport_type_id` INT,
  `cell_carrier_id` INT,
  `sms_too` TINYINT(1) DEFAULT 0,
  `pre_reminders_too` TINYINT(1) DEFAULT 0,
  `photo_file_name` VARCHAR(255),
  `photo_content_type` VARCHAR(255),
  `photo_file_size` INT,
  `photo_updated_at` DATETIME,
  `get_sncs_email` TINYINT(1) NOT NULL DEFAULT 0,
  `waiver_signed` TINYINT(1) NOT NULL DEFAULT 0,
  `waiver_signed_at` DATETIME,
  `assigned` TINYINT(1) NOT NULL DEFAULT 0,
  `requested_region_id` INT,
  `authentication_token` VARCHAR(255),
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_volunteers_on_email` (`email`),
  UNIQUE KEY `index_volunteers_on_reset_password_token` (`reset_password_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

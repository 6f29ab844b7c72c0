-- Drivisa (drivisa-driving/drivisa-backend), an Ontario marketplace for driving lessons: trainees book lessons,
-- Beginner Driver Education (BDE) courses and road-test car rentals with independent driving instructors; built on
-- AsgardCMS (Laravel) with Cartalyst Sentinel users.
-- Written as MySQL/MariaDB DDL by replaying, in filename order, the Laravel migrations of Modules/*/Database/Migrations
-- and database/migrations (creates, added/dropped/changed columns, ->after() positions) at commit
-- 04ed0f14f3fbf6a8d1f892b465c95771c76a62c5 (LICENSE.md at the root: MIT, AsgardCMS's). Laravel's MySQL types:
-- id()/bigIncrements -> BIGINT UNSIGNED AUTO_INCREMENT, increments -> INT UNSIGNED AUTO_INCREMENT, float -> DOUBLE(8,2),
-- foreignId -> BIGINT UNSIGNED, timestamps()/softDeletes() -> nullable TIMESTAMP. Indexes and foreign keys left out; class-constant defaults (Lesson::STATUS[reserved] ...) written as their value 1.
-- 44 of the 57 tables. Two defaults computed by PHP at migration time (now(), now()->addMinutes(..)) left out; class-constant defaults (Lesson::STATUS[reserved] ...) written as their value 1.

CREATE TABLE `activations` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `completed` TINYINT(1) NOT NULL DEFAULT 0,
  `completed_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `persistences` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `permissions` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `role_users` (
  `user_id` BIGINT UNSIGNED NOT NULL,
  `role_id` INT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`user_id`, `role_id`)
);

CREATE TABLE `throttle` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NULL,
  `type` VARCHAR(255) NOT NULL,
  `ip` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `permissions` TEXT NULL,
  `last_login` TIMESTAMP NULL,
  `first_name` VARCHAR(255) NULL,
  `last_name` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `user_type` TINYINT NULL,
  `created_by` BIGINT UNSIGNED NULL,
  `blocked_at` DATETIME NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `phone_number` VARCHAR(255) NULL,
  `address` VARCHAR(255) NULL,
  `city` VARCHAR(255) NULL,
  `postal_code` VARCHAR(255) NULL,
  `province` VARCHAR(255) NULL,
  `street` VARCHAR(255) NULL,
  `unit_no` VARCHAR(255) NULL,
  `delete` SMALLINT NOT NULL DEFAULT 0,
  `refer_id` BIGINT UNSIGNED NULL,
  `from_hear` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `media__files` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `is_folder` TINYINT(1) NOT NULL DEFAULT 0,
  `filename` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NULL,
  `extension` VARCHAR(255) NULL,
  `mimetype` VARCHAR(255) NULL,
  `filesize` VARCHAR(255) NULL,
  `folder_id` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `media__imageables` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `file_id` INT NOT NULL,
  `imageable_id` INT NOT NULL,
  `imageable_type` VARCHAR(255) NOT NULL,
  `zone` VARCHAR(255) NOT NULL,
  `order` INT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `status` BIGINT NOT NULL DEFAULT 1,
  `reason` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_tokens` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `access_token` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `expired_at` TIMESTAMP NOT NULL,
  `last_login` TIMESTAMP NOT NULL,
  `agent` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__instructors` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `no` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `birth_date` DATE NULL,
  `licence_end_date` DATE NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `verified_at` TIMESTAMP NULL,
  `bio` TEXT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `languages` JSON NOT NULL,
  `kyc_verification` BIGINT NOT NULL DEFAULT 1,
  `promotion_level` INT UNSIGNED NOT NULL DEFAULT 0,
  `licence_number` VARCHAR(255) NULL,
  `di_number` VARCHAR(255) NULL,
  `di_end_date` DATE NULL,
  `signed_agreement` TINYINT(1) NOT NULL DEFAULT 0,
  `signed_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__evaluation_indicators` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `points` INT NULL,
  `created_by` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `order` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__points` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `source_name` VARCHAR(255) NULL,
  `source_address` VARCHAR(255) NULL,
  `destination_name` VARCHAR(255) NULL,
  `destination_address` VARCHAR(255) NULL,
  `source_latitude` DOUBLE NOT NULL,
  `source_longitude` DOUBLE NOT NULL,
  `destination_latitude` DOUBLE NOT NULL,
  `destination_longitude` DOUBLE NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `instructor_id` BIGINT UNSIGNED NOT NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__working_days` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `date` DATE NOT NULL,
  `status` TINYINT NOT NULL DEFAULT 1,
  `instructor_id` BIGINT UNSIGNED NOT NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__working_hours` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `status` TINYINT NOT NULL DEFAULT 1,
  `open_at` TIME NOT NULL,
  `close_at` TIME NOT NULL,
  `working_day_id` BIGINT UNSIGNED NOT NULL,
  `point_id` BIGINT UNSIGNED NOT NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__verification_requests` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `status` TINYINT NOT NULL DEFAULT 1,
  `requestable_id` INT NOT NULL,
  `verified_by` BIGINT UNSIGNED NULL,
  `verified_at` DATETIME NULL,
  `requestable_type` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `message` LONGTEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__trainees` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `no` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `birth_date` DATE NULL,
  `licence_type` VARCHAR(8) NULL,
  `licence_start_date` DATE NULL,
  `licence_end_date` DATE NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `verified_at` TIMESTAMP NULL,
  `bio` TEXT NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `kyc_verification` BIGINT NOT NULL DEFAULT 1,
  `stripe_customer_id` VARCHAR(255) NULL,
  `licence_number` VARCHAR(255) NULL,
  `licence_issued` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__lessons` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `no` VARCHAR(255) NOT NULL,
  `lesson_type` INT NOT NULL DEFAULT 1,
  `start_at` DATETIME NOT NULL,
  `start_time` TIME NULL,
  `end_at` DATETIME NOT NULL,
  `started_at` DATETIME NULL,
  `ended_at` DATETIME NULL,
  `status` TINYINT NOT NULL DEFAULT 1,
  `is_request` TINYINT(1) NULL,
  `confirmed` TINYINT(1) NOT NULL DEFAULT 0,
  `cost` DOUBLE(8,2) NULL,
  `commission` DOUBLE(8,2) NULL,
  `net_amount` DOUBLE(8,2) NULL,
  `tax` DOUBLE(8,2) NULL,
  `additional_tax` DOUBLE(8,2) NOT NULL DEFAULT 0,
  `additional_cost` DOUBLE(8,2) NOT NULL DEFAULT 0,
  `additional_km` DOUBLE(8,2) NOT NULL DEFAULT 0,
  `paid_at` DATETIME NULL,
  `pickup_point` JSON NULL,
  `dropoff_point` JSON NULL,
  `instructor_note` TEXT NULL,
  `instructor_evaluation` JSON NULL,
  `trainee_note` TEXT NULL,
  `trainee_evaluation` JSON NULL,
  `instructor_id` BIGINT UNSIGNED NOT NULL,
  `trainee_id` BIGINT UNSIGNED NOT NULL,
  `created_by` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `transaction_id` VARCHAR(255) NULL,
  `payment_intent_id` VARCHAR(255) NULL,
  `charge_id` VARCHAR(255) NULL,
  `working_hour_id` BIGINT NULL,
  `transfer_id` VARCHAR(255) NULL,
  `payment_by` BIGINT NULL,
  `bde_number` INT UNSIGNED NULL,
  `rental_request_id` INT UNSIGNED NULL,
  `trainee_notification_id` VARCHAR(255) NULL COMMENT 'One Signal Notification',
  `instructor_notification_id` VARCHAR(255) NULL COMMENT 'One Signal Notification',
  `is_rescheduled` TINYINT(1) NOT NULL DEFAULT 0,
  `rescheduled_payment_id` VARCHAR(255) NULL,
  `is_notification_sent` TINYINT(1) NOT NULL DEFAULT 0,
  `notification_sent_at` TIMESTAMP NULL,
  `times_rescheduled` INT NOT NULL DEFAULT 0,
  `reschedule_time` TIMESTAMP NULL,
  `lesson_end_notification_sent_at` TIMESTAMP NULL,
  `lesson_end_notification_count` INT NOT NULL DEFAULT 0,
  `credit_use_histories_id` BIGINT UNSIGNED NULL,
  `is_bonus_credit` TINYINT(1) NOT NULL DEFAULT 0,
  `is_refund_initiated` TINYINT(1) NOT NULL DEFAULT 0,
  `last_lesson_id` BIGINT UNSIGNED NULL,
  `reset_pick_drop` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__stripe_accounts` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `account_id` VARCHAR(255) NOT NULL,
  `instructor_id` BIGINT UNSIGNED NOT NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `account_holder_name` VARCHAR(255) NULL,
  `account_holder_type` VARCHAR(255) NULL,
  `account_number` VARCHAR(255) NULL,
  `country` VARCHAR(255) NULL,
  `currency` VARCHAR(255) NULL,
  `fingerprint` VARCHAR(255) NULL,
  `last4` VARCHAR(255) NULL,
  `routing_number` VARCHAR(255) NULL,
  `status` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__cars` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `instructor_id` BIGINT UNSIGNED NOT NULL,
  `make` VARCHAR(255) NOT NULL,
  `model` VARCHAR(255) NULL,
  `generation` VARCHAR(255) NULL,
  `trim` VARCHAR(255) NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `settings` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__packages` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `package_type_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__package_data` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `package_id` BIGINT UNSIGNED NOT NULL,
  `hours` DECIMAL(8,2) UNSIGNED NOT NULL,
  `hour_charge` DECIMAL(8,2) UNSIGNED NOT NULL,
  `amount` BIGINT UNSIGNED NOT NULL,
  `additional_information` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `instructor` INT UNSIGNED NOT NULL DEFAULT 0,
  `drivisa` INT UNSIGNED NOT NULL DEFAULT 0,
  `pdio` INT UNSIGNED NOT NULL DEFAULT 0,
  `mto` INT UNSIGNED NOT NULL DEFAULT 0,
  `instructor_cancel_fee` INT UNSIGNED NOT NULL DEFAULT 0,
  `drivisa_cancel_fee` INT UNSIGNED NOT NULL DEFAULT 0,
  `pdio_cancel_fee` INT UNSIGNED NOT NULL DEFAULT 0,
  `mto_cancel_fee` INT UNSIGNED NOT NULL DEFAULT 0,
  `discount_price` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__courses` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `package_id` BIGINT UNSIGNED NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `status` BIGINT NOT NULL,
  `credit` BIGINT NOT NULL,
  `payment_intent_id` VARCHAR(255) NULL,
  `transaction_id` VARCHAR(255) NULL,
  `charge_id` VARCHAR(255) NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `type` TINYINT UNSIGNED NULL,
  `is_licence_issued` TINYINT(1) NOT NULL DEFAULT 0,
  `previous_course_id` BIGINT UNSIGNED NULL,
  `is_extra_credit_hours` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__lesson_cancellations` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `lesson_id` BIGINT UNSIGNED NOT NULL,
  `cancel_at` TIMESTAMP NOT NULL,
  `cancel_by` ENUM('instructor','trainee','admin') NOT NULL,
  `reason` MEDIUMTEXT NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `refund_id` VARCHAR(255) NULL,
  `instructor_fee` DOUBLE(8,2) NULL,
  `drivisa_fee` DOUBLE(8,2) NULL,
  `pdio_fee` DOUBLE(8,2) NULL,
  `mto_fee` DOUBLE(8,2) NULL,
  `time_left` VARCHAR(255) NULL,
  `refund_choice` INT UNSIGNED NULL,
  `is_refunded` INT UNSIGNED NULL,
  `cancellation_fee` DOUBLE(8,2) NOT NULL DEFAULT 0,
  `refund_amount` DOUBLE(8,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__credit_use_histories` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `course_id` BIGINT UNSIGNED NOT NULL,
  `lesson_id` BIGINT UNSIGNED NULL,
  `used_at` TIMESTAMP NOT NULL,
  `credit_used` DECIMAL(8,2) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `note` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__transactions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(8,2) NOT NULL,
  `payment_intent_id` VARCHAR(255) NOT NULL,
  `tx_id` VARCHAR(255) NOT NULL,
  `charge_id` VARCHAR(255) NOT NULL,
  `response` JSON NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__purchases` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `lesson_id` BIGINT UNSIGNED NULL,
  `transaction_id` BIGINT UNSIGNED NOT NULL,
  `type` INT NOT NULL DEFAULT 1,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `purchaseable_type` VARCHAR(255) NOT NULL,
  `purchaseable_id` BIGINT UNSIGNED NOT NULL,
  `trainee_id` BIGINT UNSIGNED NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__saved_locations` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `trainee_id` BIGINT UNSIGNED NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `source_latitude` VARCHAR(255) NOT NULL,
  `source_longitude` VARCHAR(255) NOT NULL,
  `source_address` VARCHAR(255) NOT NULL,
  `destination_latitude` VARCHAR(255) NOT NULL,
  `destination_longitude` VARCHAR(255) NOT NULL,
  `destination_address` VARCHAR(255) NOT NULL,
  `default` TINYINT NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__rental_requests` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `location` VARCHAR(255) NOT NULL,
  `latitude` VARCHAR(255) NOT NULL,
  `longitude` VARCHAR(255) NOT NULL,
  `booking_date` DATE NOT NULL,
  `booking_time` TIME NOT NULL,
  `status` SMALLINT NOT NULL,
  `purchase_id` BIGINT UNSIGNED NULL,
  `instructor_id` BIGINT UNSIGNED NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `trainee_id` BIGINT UNSIGNED NOT NULL,
  `package_id` BIGINT UNSIGNED NOT NULL,
  `type` SMALLINT UNSIGNED NOT NULL,
  `cancel_lesson_id` TEXT NULL,
  `expire_payment_time` TIMESTAMP NULL,
  `pickup_point` JSON NULL,
  `dropoff_point` JSON NULL,
  `additional_tax` DOUBLE(8,2) NOT NULL DEFAULT 0,
  `additional_cost` DOUBLE(8,2) NOT NULL DEFAULT 0,
  `additional_km` DOUBLE(8,2) NOT NULL DEFAULT 0,
  `total_distance` DOUBLE(8,2) NOT NULL DEFAULT 0,
  `is_reschedule_request` INT UNSIGNED NOT NULL DEFAULT 0,
  `last_request_id` INT NULL,
  `lesson_id` INT UNSIGNED NULL,
  `working_hour_id` BIGINT UNSIGNED NULL,
  `reschedule_payment_intent_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__instructor_rental_request` (
  `instructor_id` BIGINT UNSIGNED NOT NULL,
  `rental_request_id` BIGINT UNSIGNED NOT NULL
);

CREATE TABLE `drivisa__complaint` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(255) NOT NULL,
  `incident_date` DATE NOT NULL,
  `reason` VARCHAR(255) NOT NULL,
  `incident_summary` TEXT NOT NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `status` INT UNSIGNED NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__complaint_reply` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `complaint_id` VARCHAR(255) NOT NULL,
  `reply` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `parent` INT UNSIGNED NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__bde_logs` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `trainee_id` INT UNSIGNED NOT NULL,
  `instructor_id` INT UNSIGNED NOT NULL,
  `lesson_id` INT NOT NULL,
  `bde_number` INT NOT NULL,
  `instructor_sign` TEXT NULL,
  `trainee_sign` TEXT NULL,
  `notes` TEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__marking_keys` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__marking_keys_logs` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `bde_log_id` INT UNSIGNED NOT NULL,
  `marking_key_id` INT UNSIGNED NOT NULL,
  `mark` INT UNSIGNED NOT NULL COMMENT '1',
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__final_test_results` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `bde_log_id` INT UNSIGNED NOT NULL,
  `instructor_id` BIGINT NOT NULL,
  `instructor_sign` TEXT NOT NULL,
  `final_marks` INT NOT NULL,
  `is_pass` TINYINT(1) NOT NULL,
  `di_number` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `notifiable_type` VARCHAR(255) NOT NULL,
  `notifiable_id` BIGINT UNSIGNED NOT NULL,
  `data` TEXT NOT NULL,
  `read_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_devices` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INT UNSIGNED NOT NULL,
  `player_id` VARCHAR(255) NULL,
  `identifier` VARCHAR(255) NULL,
  `type` INT NULL,
  `os` VARCHAR(255) NULL,
  `model` VARCHAR(255) NULL,
  `language` VARCHAR(255) NULL,
  `token` VARCHAR(255) NULL,
  `tags` TEXT NULL,
  `banned` SMALLINT NULL,
  `last_active` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messages` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `message_by` INT NOT NULL COMMENT '1 for trainee, 2 for instructor, 3 for admin',
  `trainee_id` BIGINT UNSIGNED NOT NULL,
  `instructor_id` BIGINT UNSIGNED NOT NULL,
  `lesson_id` BIGINT UNSIGNED NULL,
  `message` TEXT NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `read_at` TIMESTAMP NULL,
  `request_id` BIGINT UNSIGNED NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `referral_codes` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `used_user_id` BIGINT UNSIGNED NULL,
  `code` VARCHAR(255) NOT NULL,
  `sent_at` TIMESTAMP NULL,
  `used_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `referral_transactions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `receiver_user_id` BIGINT UNSIGNED NULL,
  `user_id` BIGINT UNSIGNED NULL,
  `base_amount` DOUBLE(20,2) NOT NULL,
  `tax` DOUBLE(20,2) NOT NULL,
  `amount` DOUBLE(20,2) NOT NULL,
  `data` JSON NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `drivisa__instructor_earnings` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `lesson_id` BIGINT UNSIGNED NOT NULL,
  `instructor_id` BIGINT UNSIGNED NOT NULL,
  `type` TINYINT NOT NULL,
  `amount` DOUBLE(8,2) NULL,
  `additional_cost` DOUBLE(8,2) NULL,
  `tax` DOUBLE(8,2) NULL,
  `total_amount` DOUBLE(8,2) NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `discounts` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NULL,
  `code` VARCHAR(255) NOT NULL,
  `discount_amount` DOUBLE(8,2) NOT NULL,
  `quantity` INT NULL,
  `type` ENUM('percent','fixed') NOT NULL,
  `status` ENUM('enable','disable') NOT NULL,
  `start_at` TIMESTAMP NULL,
  `expire_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `package_ids` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `discount_users` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NULL,
  `discount_id` BIGINT UNSIGNED NULL,
  `discount_amount` DOUBLE(8,2) NULL,
  `discount_type` VARCHAR(255) NULL,
  `main_amount` DOUBLE(8,2) NOT NULL,
  `total_discount` DOUBLE(8,2) NULL,
  `after_discount` DOUBLE(8,2) NOT NULL,
  `discount_used_name` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `type` VARCHAR(255) NULL,
  `type_id` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`)
);

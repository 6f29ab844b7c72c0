-- MakerSpaceRepo (the University of Ottawa's CEED makerspaces portal: users, RFID sign-ins, trainings and certifications,
-- key requests, lockers, space bookings, print and job orders, volunteering, staff scheduling),
-- github.com/uOttawa-Makerspace/MakerSpaceRepo db/schema.rb (Rails 8.1, PostgreSQL, schema version 2026_04_10_025738)
-- at commit ff7f476b2ee4f1a72ac9baa295b0dc4c80ec69bd (AGPL-3.0).
-- Written as MySQL by a script. Rails 8.1 lists each table's columns alphabetically after `id`; that order is kept.
-- Types: string -> VARCHAR(255), citext -> VARCHAR(255) (MySQL's default collation is case-insensitive), text -> TEXT,
-- boolean -> TINYINT(1), datetime -> DATETIME(6) (DATETIME where `precision: nil`), float -> DOUBLE, json -> JSON,
-- string arrays -> TEXT; TEXT/JSON defaults dropped. Keys: every `id` is BIGINT (PostgreSQL `serial` int4 keys included)
-- and the 18 INT columns that carry a foreign key are BIGINT, because MariaDB refuses a foreign key between INT and
-- BIGINT and upstream mixes int4 and int8 references; unique indexes kept (users' lower(email) / lower(username)
-- as plain unique keys), partial, GIN and other indexes left out; every add_foreign_key between kept tables kept
-- (the sub_space_bookings <-> sub_space_booking_statuses cycle closed by an ALTER TABLE). Tables ordered so that
-- foreign-key targets come first.
-- Left out (41 of 133 tables): action_text_rich_texts, active_storage_variant_records, area_options, categories,
-- category_options, design_day_schedules, design_days, equipment, equipment_options, faqs, helps, job_options,
-- job_options_types, job_order_options, job_order_quote_options, job_order_quote_services,
-- job_order_quote_type_extras, job_orders_services, job_quote_line_items, job_service_groups, job_services,
-- job_task_options, job_task_quote_options, job_task_quotes, job_tasks, job_type_extras, likes, opening_hours, photos,
-- project_joins, project_requirements, questions_trainings, repo_files, repositories_users, require_trainings,
-- spaces_trainings, staff_availability_exceptions, staff_needed_calendars, uni_programs, upvotes, videos.

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255),
  `content_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `metadata` TEXT,
  `service_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_active_storage_blobs_0` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_active_storage_attachments_0` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `active` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `description` TEXT,
  `end_date` DATE,
  `public_goal` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spaces` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `destroy_admin_id` INT,
  `keycode` VARCHAR(255) DEFAULT '',
  `max_capacity` INT,
  `name` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `access_token` VARCHAR(255),
  `active` TINYINT(1) DEFAULT 1,
  `auth_attempts` INT DEFAULT 0,
  `avatar_content_type` VARCHAR(255),
  `avatar_file_name` VARCHAR(255),
  `avatar_file_size` INT,
  `avatar_updated_at` DATETIME,
  `booking_approval` TINYINT(1) DEFAULT 0,
  `confirmed` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `deleted` TINYINT(1),
  `description` TEXT,
  `email` VARCHAR(255),
  `faculty` VARCHAR(255),
  `flag_message` VARCHAR(255) DEFAULT '',
  `flagged` TINYINT(1),
  `gender` VARCHAR(255),
  `how_heard_about_us` VARCHAR(255),
  `identity` VARCHAR(255),
  `last_seen_at` DATETIME,
  `last_signed_in_time` DATETIME,
  `locked` TINYINT(1) DEFAULT 0,
  `locked_until` DATETIME,
  `name` VARCHAR(255),
  `password` VARCHAR(255),
  `program` VARCHAR(255),
  `read_and_accepted_waiver_form` TINYINT(1) DEFAULT 0,
  `reputation` INT DEFAULT 0,
  `role` VARCHAR(255) DEFAULT 'regular_user',
  `space_id` BIGINT,
  `student_id` VARCHAR(255),
  `terms_and_conditions` TINYINT(1),
  `updated_at` DATETIME NOT NULL,
  `url` VARCHAR(255),
  `use` VARCHAR(255),
  `username` VARCHAR(255),
  `wallet` INT DEFAULT 0,
  `year_of_study` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_0` (`email`),
  UNIQUE KEY `uq_users_1` (`username`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcement_dismisses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `announcement_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`announcement_id`) REFERENCES `announcements` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `answers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `correct` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `question_id` INT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `booking_statuses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `price_rules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cc` INT,
  `created_at` DATETIME NOT NULL,
  `expired_at` DATETIME,
  `shopify_price_rule_id` VARCHAR(255),
  `title` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `usage_limit` INT,
  `value` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discount_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `price_rule_id` BIGINT,
  `shopify_discount_code_id` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `usage_count` INT,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`price_rule_id`) REFERENCES `price_rules` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_statuses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `order_status_id` BIGINT,
  `subtotal` DECIMAL(12,3),
  `total` DECIMAL(12,3),
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_status_id`) REFERENCES `order_statuses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `drop_off_locations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proficient_projects` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cc` INT DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `description` TEXT,
  `drop_off_location_id` BIGINT,
  `has_project_kit` TINYINT(1),
  `is_virtual` TINYINT(1) DEFAULT 0,
  `level` VARCHAR(255) DEFAULT 'Beginner',
  `title` VARCHAR(255),
  `training_id` INT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`drop_off_location_id`) REFERENCES `drop_off_locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cc_moneys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cc` INT,
  `created_at` DATETIME NOT NULL,
  `discount_code_id` BIGINT,
  `linked` TINYINT(1) DEFAULT 1,
  `order_id` BIGINT,
  `proficient_project_id` BIGINT,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  `volunteer_task_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`discount_code_id`) REFERENCES `discount_codes` (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`),
  FOREIGN KEY (`proficient_project_id`) REFERENCES `proficient_projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `certifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `active` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `demotion_reason` VARCHAR(255),
  `demotion_staff_id` BIGINT,
  `level` VARCHAR(255),
  `training_session_id` INT,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`demotion_staff_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_orders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assigned_staff_id` BIGINT,
  `comments` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `is_deleted` TINYINT(1) DEFAULT 0,
  `job_order_quote_id` BIGINT,
  `job_service_group_id` BIGINT,
  `job_type_id` BIGINT,
  `shopify_draft_order_id` VARCHAR(255),
  `staff_comments` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_comments` TEXT,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assigned_staff_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `is_read` TINYINT(1) DEFAULT 0,
  `job_order_id` BIGINT,
  `message` TEXT,
  `sender_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_order_id`) REFERENCES `job_orders` (`id`),
  FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repositories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `deleted` TINYINT(1),
  `description` VARCHAR(255),
  `featured` TINYINT(1) DEFAULT 0,
  `github` VARCHAR(255),
  `github_url` VARCHAR(255),
  `license` VARCHAR(255),
  `like` INT DEFAULT 0,
  `make` INT DEFAULT 0,
  `make_id` INT,
  `password` VARCHAR(255),
  `project_proposal_id` INT,
  `share_type` VARCHAR(255),
  `slug` VARCHAR(255),
  `title` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT,
  `youtube_link` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  `created_at` DATETIME NOT NULL,
  `repository_id` BIGINT,
  `updated_at` DATETIME NOT NULL,
  `upvote` INT DEFAULT 0,
  `user_id` BIGINT,
  `username` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`repository_id`) REFERENCES `repositories` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_infos` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255),
  `name` VARCHAR(255),
  `phone_number` VARCHAR(255),
  `show_hours` TINYINT(1),
  `space_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coupon_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cc_cost` INT,
  `code` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `dollar_cost` INT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_names` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `skills` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trainings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `description_en` VARCHAR(255),
  `description_fr` VARCHAR(255),
  `has_badge` TINYINT(1) DEFAULT 1,
  `list_of_skills_en` VARCHAR(255),
  `list_of_skills_fr` VARCHAR(255),
  `name_en` VARCHAR(255),
  `name_fr` VARCHAR(255),
  `skill_id` BIGINT,
  `space_id` BIGINT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`skill_id`) REFERENCES `skills` (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `course_name_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT,
  `description` TEXT,
  `draft` TINYINT(1) DEFAULT 1,
  `end_time` DATETIME(6),
  `event_type` VARCHAR(255),
  `google_event_id` VARCHAR(255),
  `language` VARCHAR(255),
  `recurrence_rule` VARCHAR(255),
  `space_id` BIGINT,
  `start_time` DATETIME(6),
  `title` VARCHAR(255),
  `training_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_name_id`) REFERENCES `course_names` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`),
  FOREIGN KEY (`training_id`) REFERENCES `trainings` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_assignments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `event_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exam_questions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `exam_id` INT,
  `question_id` INT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exam_responses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `answer_id` INT,
  `correct` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `exam_question_id` INT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `expired_at` DATETIME,
  `score` INT,
  `status` VARCHAR(255) DEFAULT 'not started',
  `training_session_id` INT,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friendly_id_slugs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `scope` VARCHAR(255),
  `slug` VARCHAR(255) NOT NULL,
  `sluggable_id` INT NOT NULL,
  `sluggable_type` VARCHAR(50),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_friendly_id_slugs_0` (`slug`, `sluggable_type`, `scope`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `google_calendar_channels` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `channel_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `resource_id` VARCHAR(255) NOT NULL,
  `sync_token` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_google_calendar_channels_0` (`channel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_order_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `message` TEXT,
  `name` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_order_quotes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `service_fee` DECIMAL(10,2) NOT NULL,
  `stripe_transaction_id` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_statuses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `description_fr` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `name_fr` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_order_statuses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `job_order_id` BIGINT,
  `job_status_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_order_id`) REFERENCES `job_orders` (`id`),
  FOREIGN KEY (`job_status_id`) REFERENCES `job_statuses` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `comments` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `file_description` TEXT,
  `file_label` VARCHAR(255) DEFAULT 'File',
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `multiple_files` TINYINT(1) NOT NULL DEFAULT 0,
  `name` VARCHAR(255) NOT NULL,
  `service_fee` DECIMAL(10,2),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_certifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `emergency_contact` VARCHAR(255),
  `emergency_contact_phone_number` VARCHAR(255),
  `emergency_contact_relation` VARCHAR(255),
  `phone_number` VARCHAR(255),
  `question_1` VARCHAR(255),
  `question_10` VARCHAR(255),
  `question_11` VARCHAR(255),
  `question_12` VARCHAR(255),
  `question_13` VARCHAR(255),
  `question_14` VARCHAR(255),
  `question_2` VARCHAR(255),
  `question_3` VARCHAR(255),
  `question_4` VARCHAR(255),
  `question_5` VARCHAR(255),
  `question_6` VARCHAR(255),
  `question_7` VARCHAR(255),
  `question_8` VARCHAR(255),
  `question_9` VARCHAR(255),
  `read_agreement` TINYINT(1) NOT NULL DEFAULT 0,
  `read_lab_rules` TINYINT(1) NOT NULL DEFAULT 0,
  `read_policies` TINYINT(1) NOT NULL DEFAULT 0,
  `space_id` BIGINT,
  `status` INT,
  `student_number` VARCHAR(255),
  `supervisor_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  `user_status` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_transactions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `deposit_amount` DECIMAL(5,2),
  `deposit_return_date` DATE,
  `key_id` BIGINT,
  `return_date` DATE,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `additional_info` VARCHAR(255) DEFAULT '',
  `created_at` DATETIME(6) NOT NULL,
  `custom_keycode` VARCHAR(255),
  `key_type` INT DEFAULT 0,
  `number` VARCHAR(255),
  `space_id` BIGINT,
  `status` INT DEFAULT 0,
  `supervisor_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lab_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `mac_address` VARCHAR(255),
  `sign_in_time` DATETIME,
  `sign_out_time` DATETIME,
  `space_id` BIGINT,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `learning_modules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `level` VARCHAR(255) DEFAULT 'Beginner',
  `order` INT,
  `scorm_entry_point` VARCHAR(255),
  `scorm_prefix` VARCHAR(255),
  `scorm_status` INT DEFAULT 0,
  `shortcut_name` VARCHAR(255),
  `subskill` VARCHAR(255),
  `title` VARCHAR(255),
  `training_id` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_learning_modules_0` (`shortcut_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `learning_module_tracks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `learning_module_id` BIGINT,
  `status` VARCHAR(255) DEFAULT 'In progress',
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`learning_module_id`) REFERENCES `learning_modules` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locker_options` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `value` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lockers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `available` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `locker_size_id` BIGINT,
  `specifier` VARCHAR(255),
  `staff_only` TINYINT(1),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locker_rentals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cancelled_at` DATETIME(6),
  `course_name_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `decided_by_id` BIGINT,
  `locker_id` BIGINT,
  `notes` VARCHAR(255),
  `notified_of_cancellation_at` DATETIME(6),
  `owned_until` DATETIME(6),
  `paid_at` DATETIME(6),
  `preferred_locker` VARCHAR(255),
  `preferred_locker_id` BIGINT,
  `rented_by_id` BIGINT,
  `requested_as` VARCHAR(255),
  `section_name` VARCHAR(255),
  `sent_to_checkout_at` DATETIME(6),
  `shopify_draft_order_id` VARCHAR(255),
  `staff_notes` VARCHAR(255),
  `state` VARCHAR(255),
  `team_name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`locker_id`) REFERENCES `lockers` (`id`),
  FOREIGN KEY (`decided_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`rented_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locker_sizes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `shopify_gid` VARCHAR(255),
  `size` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_tiers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `duration` INT NOT NULL,
  `external_price` DECIMAL(8,2) NOT NULL DEFAULT '0.0',
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `internal_price` DECIMAL(8,2) NOT NULL DEFAULT '0.0',
  `title_en` VARCHAR(255) NOT NULL,
  `title_fr` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `end_date` DATETIME(6),
  `membership_tier_id` BIGINT,
  `shopify_draft_order_id` VARCHAR(255),
  `start_date` DATETIME(6),
  `status` VARCHAR(255) DEFAULT 'paid',
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`membership_tier_id`) REFERENCES `membership_tiers` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `admin_comments` TEXT,
  `created_at` DATETIME NOT NULL,
  `order_id` BIGINT,
  `proficient_project_id` BIGINT,
  `quantity` INT,
  `status` VARCHAR(255) DEFAULT 'In progress',
  `total_price` DECIMAL(12,3),
  `unit_price` DECIMAL(12,3),
  `updated_at` DATETIME NOT NULL,
  `user_comments` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`),
  FOREIGN KEY (`proficient_project_id`) REFERENCES `proficient_projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pi_readers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `pi_location` VARCHAR(255),
  `pi_mac_address` VARCHAR(255),
  `space_id` BIGINT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popular_hours` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `count` INT DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `day` INT,
  `hour` INT,
  `mean` DOUBLE DEFAULT 0.0,
  `previous_mean` DOUBLE DEFAULT 0.0,
  `space_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `print_orders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `approved` TINYINT(1),
  `clean_part` TINYINT(1),
  `comments` TEXT,
  `comments_box` VARCHAR(255),
  `comments_for_staff` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `expedited` TINYINT(1),
  `file_content_type` VARCHAR(255),
  `file_file_name` VARCHAR(255),
  `file_file_size` INT,
  `file_updated_at` DATETIME,
  `final_file_content_type` VARCHAR(255),
  `final_file_file_name` VARCHAR(255),
  `final_file_file_size` INT,
  `final_file_updated_at` DATETIME,
  `grams` DOUBLE,
  `grams_carbonfiber` DOUBLE DEFAULT 0.0,
  `grams_fiberglass` DOUBLE DEFAULT 0.0,
  `hours` DOUBLE,
  `material` TEXT,
  `material_cost` DOUBLE,
  `order_type` INT DEFAULT 0,
  `payed` TINYINT(1),
  `picked_up` TINYINT(1),
  `price_per_gram` DOUBLE,
  `price_per_gram_carbonfiber` DOUBLE DEFAULT 0.0,
  `price_per_gram_fiberglass` DOUBLE DEFAULT 0.0,
  `price_per_hour` DOUBLE,
  `printed` TINYINT(1),
  `quote` DOUBLE,
  `service_charge` DOUBLE,
  `sst` TINYINT(1),
  `staff_comments` TEXT,
  `staff_id` INT,
  `timestamp_approved` DATETIME,
  `timestamp_printed` DATETIME,
  `updated_at` DATETIME NOT NULL,
  `user_approval` TINYINT(1),
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `printer_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `available` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255),
  `short_form` VARCHAR(255) DEFAULT '',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `printers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `maintenance` TINYINT(1) DEFAULT 0,
  `number` VARCHAR(255),
  `printer_type_id` BIGINT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`printer_type_id`) REFERENCES `printer_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `printer_issues` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(255),
  `printer_id` BIGINT NOT NULL,
  `reporter_id` BIGINT NOT NULL,
  `summary` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`printer_id`) REFERENCES `printers` (`id`),
  FOREIGN KEY (`reporter_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `printer_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `in_use` TINYINT(1) DEFAULT 0,
  `printer_id` INT,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proficient_project_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `certification_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `level` VARCHAR(255),
  `proficient_project_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`certification_id`) REFERENCES `certifications` (`id`),
  FOREIGN KEY (`proficient_project_id`) REFERENCES `proficient_projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proficient_projects_users` (
  `proficient_project_id` INT NOT NULL,
  `user_id` INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `programs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `active` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `program_type` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_kits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `delivered` TINYINT(1) DEFAULT 0,
  `learning_module_id` BIGINT,
  `name` VARCHAR(255),
  `proficient_project_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`learning_module_id`) REFERENCES `learning_modules` (`id`),
  FOREIGN KEY (`proficient_project_id`) REFERENCES `proficient_projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_proposals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `admin_id` INT,
  `approved` INT,
  `area` TEXT,
  `client` VARCHAR(255),
  `client_background` VARCHAR(255),
  `client_interest` VARCHAR(255),
  `client_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `description` TEXT,
  `email` VARCHAR(255),
  `equipments` TEXT,
  `linked_project_proposal_id` BIGINT,
  `past_experiences` VARCHAR(255),
  `project_cost` INT,
  `project_type` VARCHAR(255),
  `prototype_cost` INT,
  `season` INT,
  `slug` VARCHAR(255),
  `supervisor_background` VARCHAR(255),
  `title` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  `username` VARCHAR(255),
  `year` INT,
  `youtube_link` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `description` TEXT,
  `image_content_type` VARCHAR(255),
  `image_file_name` VARCHAR(255),
  `image_file_size` INT,
  `image_updated_at` DATETIME,
  `level` VARCHAR(255) DEFAULT 'Beginner',
  `training_id` INT,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quick_access_links` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255),
  `path` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recurring_bookings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rfids` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `card_number` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `mac_address` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `value` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_settings_0` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shadowing_hours` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `end_time` DATETIME,
  `event_id` VARCHAR(255),
  `space_id` BIGINT,
  `start_time` DATETIME,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shifts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `course` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `end_datetime` DATETIME,
  `google_event_id` VARCHAR(255),
  `language` VARCHAR(255),
  `pending` TINYINT(1) DEFAULT 1,
  `reason` TEXT,
  `space_id` BIGINT,
  `start_datetime` DATETIME,
  `training_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`),
  FOREIGN KEY (`training_id`) REFERENCES `trainings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shifts_users` (
  `shift_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `space_manager_joins` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `space_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `time_periods` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `end_date` DATE,
  `name` VARCHAR(255),
  `start_date` DATE,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff_availabilities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `day` VARCHAR(255),
  `end_datetime` DATETIME(6),
  `end_time` TIME,
  `recurring` TINYINT(1) DEFAULT 1,
  `start_datetime` DATETIME(6),
  `start_time` TIME,
  `time_period_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`time_period_id`) REFERENCES `time_periods` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff_external_unavailabilities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ics_url` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff_spaces` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `color` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `space_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff_unavailabilities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `end_time` DATETIME(6),
  `recurrence_rule` VARCHAR(255),
  `start_time` DATETIME(6),
  `title` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sub_spaces` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `approval_required` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `default_public` TINYINT(1) DEFAULT 0,
  `max_automatic_approval_hour` INT,
  `maximum_booking_duration` INT,
  `maximum_booking_hours_per_week` INT,
  `name` VARCHAR(255),
  `space_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sub_space_bookings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `approved_at` DATETIME(6),
  `approved_by_id` BIGINT,
  `blocking` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(255),
  `end_time` DATETIME,
  `google_booking_id` VARCHAR(255),
  `name` VARCHAR(255),
  `public` TINYINT(1) DEFAULT 0,
  `recurring_booking_id` BIGINT,
  `start_time` DATETIME,
  `sub_space_booking_status_id` BIGINT,
  `sub_space_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`recurring_booking_id`) REFERENCES `recurring_bookings` (`id`),
  FOREIGN KEY (`sub_space_id`) REFERENCES `sub_spaces` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`approved_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sub_space_booking_statuses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `booking_status_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `sub_space_booking_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`booking_status_id`) REFERENCES `booking_statuses` (`id`),
  FOREIGN KEY (`sub_space_booking_id`) REFERENCES `sub_space_bookings` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tap_box_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `card_number` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `details` JSON,
  `event_type` VARCHAR(255) NOT NULL,
  `mac_address` VARCHAR(255),
  `message` TEXT NOT NULL,
  `space_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `role` INT DEFAULT 0,
  `team_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `training_requirements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `level` VARCHAR(255),
  `proficient_project_id` BIGINT,
  `training_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`proficient_project_id`) REFERENCES `proficient_projects` (`id`),
  FOREIGN KEY (`training_id`) REFERENCES `trainings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `training_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `course` VARCHAR(255),
  `course_name_id` INT,
  `created_at` DATETIME NOT NULL,
  `level` VARCHAR(255) DEFAULT 'Beginner',
  `space_id` INT,
  `training_id` BIGINT,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`training_id`) REFERENCES `trainings` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `training_sessions_users` (
  `training_session_id` INT,
  `user_id` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_booking_approvals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `approved` TINYINT(1),
  `comments` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `date` DATE,
  `identity` VARCHAR(255),
  `staff_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`staff_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `volunteer_hours` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `approval` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `date_of_task` DATETIME,
  `total_time` DECIMAL(9,2) DEFAULT '0.0',
  `updated_at` DATETIME NOT NULL,
  `user_id` INT NOT NULL,
  `volunteer_task_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `volunteer_task_joins` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `active` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  `user_type` VARCHAR(255) DEFAULT 'Volunteer',
  `volunteer_task_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `volunteer_task_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `approval` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  `volunteer_task_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `volunteer_tasks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255) DEFAULT 'Other',
  `cc` INT DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `description` TEXT,
  `hours` DECIMAL(5,2) DEFAULT '0.0',
  `joins` INT DEFAULT 1,
  `space_id` INT,
  `status` VARCHAR(255) DEFAULT 'open',
  `title` VARCHAR(255) DEFAULT '',
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `walk_in_safety_sheets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `emergency_contact_name` VARCHAR(255),
  `emergency_contact_telephone` VARCHAR(255),
  `guardian_signature` VARCHAR(255),
  `guardian_telephone_at_home` VARCHAR(255),
  `guardian_telephone_at_work` VARCHAR(255),
  `is_minor` TINYINT(1),
  `minor_participant_name` VARCHAR(255),
  `participant_signature` VARCHAR(255),
  `participant_telephone_at_home` VARCHAR(255),
  `space_id` BIGINT,
  `supervisor_contacts` VARCHAR(255),
  `supervisor_names` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_walk_in_safety_sheets_0` (`user_id`, `space_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `sub_space_bookings` ADD FOREIGN KEY (`sub_space_booking_status_id`) REFERENCES `sub_space_booking_statuses` (`id`);

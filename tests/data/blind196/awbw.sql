-- AWBW portal (A Window Between Worlds facilitator / leader dashboard, Ruby for Good), github.com/rubyforgood/awbw db/schema.rb at commit 945ac99a7969b2845cf7d032e63c4b5c34b27ee1 (MIT).
-- Rails MySQL schema written as DDL: every table and column in upstream order, integer ids as upstream, unique indexes and foreign keys kept. Tables ordered so FK targets come first.

CREATE TABLE `admins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `encrypted_password` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME(6),
  `remember_created_at` DATETIME(6),
  `sign_in_count` INT NOT NULL,
  `current_sign_in_at` DATETIME(6),
  `last_sign_in_at` DATETIME(6),
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_admins_0` (`email`),
  UNIQUE KEY `uq_admins_1` (`reset_password_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `windows_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `legacy_id` INT,
  `short_name` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `age_ranges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `windows_type_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`windows_type_id`) REFERENCES `windows_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `answer_options` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `order` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT,
  `owner_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `file_file_name` VARCHAR(255),
  `file_content_type` VARCHAR(255),
  `file_file_size` INT,
  `file_updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banners` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  `show` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `country` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_statuses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `location_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `windows_type_id` INT,
  `district` VARCHAR(255),
  `start_date` DATE,
  `end_date` DATE,
  `locality` VARCHAR(255),
  `description` TEXT,
  `notes` TEXT,
  `filemaker_code` VARCHAR(255),
  `inactive` TINYINT(1) DEFAULT 0,
  `legacy_id` INT,
  `legacy` TINYINT(1) DEFAULT 0,
  `project_status_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`project_status_id`) REFERENCES `project_statuses` (`id`),
  FOREIGN KEY (`windows_type_id`) REFERENCES `windows_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `encrypted_password` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255) DEFAULT '',
  `last_name` VARCHAR(255) DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME(6),
  `remember_created_at` DATETIME(6),
  `sign_in_count` INT NOT NULL,
  `current_sign_in_at` DATETIME(6),
  `last_sign_in_at` DATETIME(6),
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `agency_id` INT,
  `phone` VARCHAR(255),
  `address` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `zip` VARCHAR(255),
  `birthday` DATE,
  `subscribecode` VARCHAR(255),
  `comment` TEXT,
  `notes` TEXT,
  `legacy` TINYINT(1) DEFAULT 0,
  `inactive` TINYINT(1) DEFAULT 0,
  `confirmed` TINYINT(1) DEFAULT 1,
  `legacy_id` INT,
  `phone2` VARCHAR(255),
  `phone3` VARCHAR(255),
  `best_time_to_call` VARCHAR(255),
  `address2` VARCHAR(255),
  `city2` VARCHAR(255),
  `state2` VARCHAR(255),
  `zip2` VARCHAR(255),
  `primary_address` INT,
  `avatar_file_name` VARCHAR(255),
  `avatar_content_type` VARCHAR(255),
  `avatar_file_size` INT,
  `avatar_updated_at` DATETIME(6),
  `super_user` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_0` (`email`),
  UNIQUE KEY `uq_users_1` (`reset_password_token`),
  FOREIGN KEY (`agency_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `bookmarkable_type` VARCHAR(255),
  `bookmarkable_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmark_annotations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `bookmark_id` INT,
  `annotation` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`bookmark_id`) REFERENCES `bookmarks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `legacy_id` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `published` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `metadatum_id` INT,
  `name` VARCHAR(255),
  `legacy_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `published` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`metadatum_id`) REFERENCES `metadata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categorizable_items` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `categorizable_id` INT,
  `categorizable_type` VARCHAR(255),
  `category_id` INT,
  `legacy_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `inactive` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ckeditor_assets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `data_file_name` VARCHAR(255) NOT NULL,
  `data_content_type` VARCHAR(255),
  `data_file_size` INT,
  `assetable_id` INT,
  `assetable_type` VARCHAR(30),
  `type` VARCHAR(30),
  `width` INT,
  `height` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `actual_url` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `faqs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `question` VARCHAR(255),
  `answer` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `inactive` TINYINT(1),
  `ordering` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `footers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `phone` VARCHAR(255),
  `children_program` VARCHAR(255),
  `adult_program` VARCHAR(255),
  `general_questions` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_builders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `owner_type` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `windows_type_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`windows_type_id`) REFERENCES `windows_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_type` VARCHAR(255),
  `owner_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `form_builder_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`form_builder_id`) REFERENCES `form_builders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_fields` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `form_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `question` VARCHAR(255),
  `instructional_hint` VARCHAR(255),
  `answer_type` INT,
  `answer_datatype` INT,
  `ordering` INT,
  `is_required` TINYINT(1) DEFAULT 1,
  `status` INT DEFAULT 1,
  `parent_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_field_answer_options` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `form_field_id` INT,
  `answer_option_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`answer_option_id`) REFERENCES `answer_options` (`id`),
  FOREIGN KEY (`form_field_id`) REFERENCES `form_fields` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `images` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT,
  `owner_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `file_file_name` VARCHAR(255),
  `file_content_type` VARCHAR(255),
  `file_file_size` INT,
  `file_updated_at` DATETIME(6),
  `report_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media_files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `file_file_name` VARCHAR(255),
  `file_content_type` VARCHAR(255),
  `file_file_size` INT,
  `file_updated_at` DATETIME(6),
  `report_id` INT,
  `workshop_log_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `agency_id` INT,
  `user_id` INT,
  `position` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT,
  `filemaker_code` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`agency_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `monthly_reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `month` VARCHAR(255),
  `project_id` INT,
  `project_user_id` INT,
  `name` VARCHAR(255),
  `position` VARCHAR(255),
  `mail_evaluations` TINYINT(1),
  `num_ongoing_participants` VARCHAR(255),
  `num_new_participants` VARCHAR(255),
  `most_effective` TEXT,
  `most_challenging` TEXT,
  `goals_reached` TEXT,
  `goals` TEXT,
  `comments` TEXT,
  `call_requested` TINYINT(1),
  `best_call_time` VARCHAR(255),
  `phone` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_user_id`) REFERENCES `project_users` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `notification_type` INT,
  `noticeable_type` VARCHAR(255),
  `noticeable_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `security_cat` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `legacy_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_obligations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workshops` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `full_name` VARCHAR(255),
  `author_location` VARCHAR(255),
  `month` INT,
  `year` INT,
  `objective` TEXT,
  `materials` TEXT,
  `timeframe` TEXT,
  `age_range` TEXT,
  `setup` TEXT,
  `instructions` TEXT,
  `warm_up` TEXT,
  `creation` TEXT,
  `closing` TEXT,
  `misc_instructions` TEXT,
  `project` TEXT,
  `description` TEXT,
  `notes` TEXT,
  `timestamps` TEXT,
  `tips` TEXT,
  `pub_issue` VARCHAR(255),
  `misc1` VARCHAR(255),
  `misc2` VARCHAR(255),
  `inactive` TINYINT(1) DEFAULT 1,
  `searchable` TINYINT(1) DEFAULT 0,
  `featured` TINYINT(1) DEFAULT 0,
  `photo_caption` VARCHAR(255),
  `filemaker_code` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `legacy` TINYINT(1) DEFAULT 0,
  `legacy_id` INT,
  `windows_type_id` INT,
  `user_id` INT,
  `led_count` INT DEFAULT 0,
  `objective_spanish` TEXT,
  `materials_spanish` TEXT,
  `timeframe_spanish` TEXT,
  `age_range_spanish` TEXT,
  `setup_spanish` TEXT,
  `instructions_spanish` TEXT,
  `project_spanish` TEXT,
  `warm_up_spanish` TEXT,
  `creation_spanish` TEXT,
  `closing_spanish` TEXT,
  `misc_instructions_spanish` TEXT,
  `description_spanish` TEXT,
  `notes_spanish` TEXT,
  `tips_spanish` TEXT,
  `thumbnail_file_name` VARCHAR(255),
  `thumbnail_content_type` VARCHAR(255),
  `thumbnail_file_size` INT,
  `thumbnail_updated_at` DATETIME(6),
  `optional_materials` TEXT,
  `optional_materials_spanish` TEXT,
  `introduction` TEXT,
  `introduction_spanish` TEXT,
  `demonstration` TEXT,
  `demonstration_spanish` TEXT,
  `opening_circle` TEXT,
  `opening_circle_spanish` TEXT,
  `visualization` TEXT,
  `visualization_spanish` TEXT,
  `misc1_spanish` TEXT,
  `misc2_spanish` TEXT,
  `time_intro` INT,
  `time_demonstration` INT,
  `time_warm_up` INT,
  `time_creation` INT,
  `time_closing` INT,
  `time_opening` INT,
  `header_file_name` VARCHAR(255),
  `header_content_type` VARCHAR(255),
  `header_file_size` INT,
  `header_updated_at` DATETIME(6),
  `extra_field` TEXT,
  `extra_field_spanish` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`windows_type_id`) REFERENCES `windows_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quotes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `quote` TEXT,
  `inactive` TINYINT(1) DEFAULT 1,
  `legacy_id` INT,
  `legacy` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `workshop_id` INT,
  `age` VARCHAR(255),
  `gender` VARCHAR(1),
  `speaker_name` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workshop_id`) REFERENCES `workshops` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quotable_item_quotes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `quotable_type` VARCHAR(255),
  `quotable_id` INT,
  `legacy_id` INT,
  `quote_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`quote_id`) REFERENCES `quotes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255),
  `owner_id` INT,
  `owner_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` INT,
  `project_id` INT,
  `date` DATE,
  `rating` INT DEFAULT 0,
  `windows_type_id` INT,
  `form_file_file_name` VARCHAR(255),
  `form_file_content_type` VARCHAR(255),
  `form_file_file_size` INT,
  `form_file_updated_at` DATETIME(6),
  `workshop_id` INT,
  `workshop_name` VARCHAR(255),
  `other_description` VARCHAR(255),
  `has_attachment` TINYINT(1) DEFAULT 0,
  `children_first_time` INT DEFAULT 0,
  `children_ongoing` INT DEFAULT 0,
  `teens_first_time` INT DEFAULT 0,
  `teens_ongoing` INT DEFAULT 0,
  `adults_first_time` INT DEFAULT 0,
  `adults_ongoing` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`windows_type_id`) REFERENCES `windows_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_form_field_answers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `report_id` INT,
  `form_field_id` INT,
  `answer` TEXT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `answer_option_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`answer_option_id`) REFERENCES `answer_options` (`id`),
  FOREIGN KEY (`form_field_id`) REFERENCES `form_fields` (`id`),
  FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `author` VARCHAR(255),
  `user_id` INT,
  `text` TEXT,
  `featured` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `kind` VARCHAR(255),
  `workshop_id` INT,
  `male` TINYINT(1) DEFAULT 0,
  `female` TINYINT(1) DEFAULT 0,
  `url` VARCHAR(255),
  `inactive` TINYINT(1) DEFAULT 1,
  `agency` VARCHAR(255),
  `legacy` TINYINT(1),
  `windows_type_id` INT,
  `filemaker_code` VARCHAR(255),
  `ordering` INT,
  `legacy_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`windows_type_id`) REFERENCES `windows_types` (`id`),
  FOREIGN KEY (`workshop_id`) REFERENCES `workshops` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sectors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `published` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sectorable_items` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sectorable_id` INT,
  `sectorable_type` VARCHAR(255),
  `sector_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `inactive` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`sector_id`) REFERENCES `sectors` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_forms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `form_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_form_form_fields` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `form_field_id` INT,
  `user_form_id` INT,
  `text` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`form_field_id`) REFERENCES `form_fields` (`id`),
  FOREIGN KEY (`user_form_id`) REFERENCES `user_forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `permission_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workshop_age_ranges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workshop_id` INT,
  `age_range_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`age_range_id`) REFERENCES `age_ranges` (`id`),
  FOREIGN KEY (`workshop_id`) REFERENCES `workshops` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workshop_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workshop_id` INT,
  `user_id` INT,
  `date` DATE,
  `rating` INT DEFAULT 0,
  `reaction` TEXT,
  `successes` TEXT,
  `challenges` TEXT,
  `suggestions` TEXT,
  `questions` TEXT,
  `lead_similar` TINYINT(1),
  `similarities` TEXT,
  `differences` TEXT,
  `comments` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT,
  `is_embodied_art_workshop` TINYINT(1) DEFAULT 0,
  `num_participants_on_going` INT DEFAULT 0,
  `num_participants_first_time` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`workshop_id`) REFERENCES `workshops` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workshop_resources` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workshop_id` INT,
  `resource_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`),
  FOREIGN KEY (`workshop_id`) REFERENCES `workshops` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workshop_variations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workshop_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `code` TEXT,
  `inactive` TINYINT(1) DEFAULT 1,
  `ordering` INT,
  `name` VARCHAR(255),
  `legacy` TINYINT(1) DEFAULT 0,
  `variation_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workshop_id`) REFERENCES `workshops` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;



-- Mutual Aid (Ruby for Good), github.com/rubyforgood/mutual-aid db/schema.rb at commit 6216ce9537dbfcaea8fcb6786886303c377b1a8f (MIT).
-- Rails PostgreSQL schema written as MySQL: every table and column in upstream order; bigint ids, string -> VARCHAR(255), arrays -> TEXT, jsonb -> JSON,
-- unique indexes and add_foreign_key constraints kept (one FK of a cycle added by ALTER TABLE at the end). Tables ordered so FK targets come first.

CREATE TABLE `action_text_rich_texts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `body` TEXT,
  `record_type` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_action_text_rich_texts_0` (`record_type`, `record_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255),
  `metadata` TEXT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_active_storage_blobs_0` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_active_storage_attachments_0` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `publish_from` DATE,
  `publish_until` DATE,
  `is_approved` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `parent_id` BIGINT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `display_to_public` TINYINT(1) NOT NULL,
  `display_order` INT NOT NULL,
  `is_created_by_admin` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `matches` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `provider_id` INT,
  `provider_type` VARCHAR(255),
  `receiver_type` VARCHAR(255),
  `receiver_id` INT,
  `status` VARCHAR(255),
  `notes` VARCHAR(255),
  `tentative` TINYINT(1) NOT NULL,
  `completed` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `exchanged_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `display_to_public` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `street_address` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(2),
  `zip` VARCHAR(5),
  `county` VARCHAR(255),
  `region` VARCHAR(255),
  `neighborhood` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `location_type_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_type_id`) REFERENCES `location_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `short_name` VARCHAR(255),
  `description` VARCHAR(255),
  `facebook_url` VARCHAR(255),
  `website_url` VARCHAR(255),
  `phone` VARCHAR(255),
  `is_host` TINYINT(1) NOT NULL,
  `has_sms_account` TINYINT(1) NOT NULL,
  `has_hosting_account` TINYINT(1) NOT NULL,
  `has_mailer_account` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `location_id` BIGINT,
  `service_area_id` BIGINT,
  `display_on_org_chart` TINYINT(1) NOT NULL,
  `logo_url` VARCHAR(255),
  `favicon_url` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_areas` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `parent_id` BIGINT,
  `organization_id` BIGINT,
  `service_area_type` VARCHAR(255),
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `display_to_public` TINYINT(1) NOT NULL,
  `display_order` INT NOT NULL,
  `is_created_by_admin` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `location_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `encrypted_password` VARCHAR(255) NOT NULL,
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME(6),
  `remember_created_at` DATETIME(6),
  `sign_in_count` INT NOT NULL,
  `current_sign_in_at` DATETIME(6),
  `last_sign_in_at` DATETIME(6),
  `current_sign_in_ip` VARCHAR(45),
  `last_sign_in_ip` VARCHAR(45),
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME(6),
  `confirmation_sent_at` DATETIME(6),
  `unconfirmed_email` VARCHAR(255),
  `failed_attempts` INT NOT NULL,
  `unlock_token` VARCHAR(255),
  `locked_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `role` VARCHAR(255) DEFAULT 'unset',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_0` (`confirmation_token`),
  UNIQUE KEY `uq_users_1` (`email`),
  UNIQUE KEY `uq_users_2` (`reset_password_token`),
  UNIQUE KEY `uq_users_3` (`unlock_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `phone` VARCHAR(255),
  `email` VARCHAR(255),
  `phone_2` VARCHAR(255),
  `email_2` VARCHAR(255),
  `preferred_contact_timeframe` VARCHAR(255),
  `skills` TEXT,
  `notes` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `location_id` BIGINT,
  `service_area_id` BIGINT,
  `user_id` BIGINT,
  `preferred_locale` VARCHAR(255) NOT NULL,
  `monthly_matches_max` INT DEFAULT 0,
  `monthly_donation_amount_max` DOUBLE DEFAULT 0.0,
  `preferred_contact_method_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`service_area_id`) REFERENCES `service_areas` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `communication_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `person_id` BIGINT,
  `match_id` BIGINT,
  `sent_at` DATETIME(6),
  `needs_follow_up` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `delivery_status` VARCHAR(255),
  `subject` VARCHAR(255),
  `created_by_id` BIGINT,
  `body` VARCHAR(255),
  `outbound` TINYINT(1) NOT NULL,
  `delivery_method_id` BIGINT NOT NULL,
  `auto_generated` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`match_id`) REFERENCES `matches` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `people` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community_resources` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `service_area_id` BIGINT,
  `location_id` BIGINT,
  `organization_id` BIGINT,
  `name` VARCHAR(255),
  `website_url` VARCHAR(255),
  `facebook_url` VARCHAR(255),
  `phone` VARCHAR(255),
  `description` VARCHAR(255),
  `publish_from` DATE,
  `publish_until` DATE,
  `is_created_by_admin` TINYINT(1) NOT NULL,
  `is_approved` TINYINT(1) NOT NULL,
  `youtube_identifier` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `tags` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  FOREIGN KEY (`service_area_id`) REFERENCES `service_areas` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community_resource_service_areas` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `community_resource_id` BIGINT NOT NULL,
  `service_area_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`community_resource_id`) REFERENCES `community_resources` (`id`),
  FOREIGN KEY (`service_area_id`) REFERENCES `service_areas` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_methods` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `field` VARCHAR(255),
  `enabled` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `icon_class` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_form_questions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `input_type` VARCHAR(255),
  `is_required` TINYINT(1) NOT NULL,
  `form_type` VARCHAR(255),
  `option_list` TEXT,
  `hint_text` VARCHAR(255),
  `display_order` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `form_hook` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `donations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `person_id` BIGINT NOT NULL,
  `value` DOUBLE,
  `channel` VARCHAR(255),
  `thank_you_sent` VARCHAR(255),
  `notes` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `people` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedbacks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `match_id` BIGINT NOT NULL,
  `is_from_receiver` TINYINT(1) NOT NULL,
  `completed` TINYINT(1) NOT NULL,
  `quality` INT,
  `description` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`match_id`) REFERENCES `matches` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contribution_type_name` VARCHAR(255),
  `name` VARCHAR(255),
  `header_html` VARCHAR(255),
  `footer_html` VARCHAR(255),
  `display_categories` TINYINT(1),
  `organization_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_questions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `form_id` BIGINT NOT NULL,
  `custom_form_question_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`custom_form_question_id`) REFERENCES `custom_form_questions` (`id`),
  FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `topic` VARCHAR(255),
  `name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `person_id` BIGINT NOT NULL,
  `service_area_id` BIGINT NOT NULL,
  `form_name` VARCHAR(255),
  `privacy_level_requested` VARCHAR(255),
  `body` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `people` (`id`),
  FOREIGN KEY (`service_area_id`) REFERENCES `service_areas` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `listings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `description` TEXT,
  `type` VARCHAR(255),
  `state` INT DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `tags` TEXT,
  `person_id` BIGINT NOT NULL,
  `service_area_id` BIGINT NOT NULL,
  `location_id` BIGINT,
  `submission_id` BIGINT,
  `urgency_level_id` BIGINT,
  `inexhaustible` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `people` (`id`),
  FOREIGN KEY (`service_area_id`) REFERENCES `service_areas` (`id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mobility_string_translations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `locale` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `translatable_type` VARCHAR(255),
  `translatable_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT,
  `is_approved` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_mobility_string_translations_0` (`translatable_id`, `translatable_type`, `locale`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mobility_text_translations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `locale` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT,
  `translatable_type` VARCHAR(255),
  `translatable_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT,
  `is_approved` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_mobility_text_translations_0` (`translatable_id`, `translatable_type`, `locale`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `organization_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `standing_meeting_schedule` VARCHAR(255),
  `display_on_org_chart` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `positions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `person_id` BIGINT,
  `organization_id` BIGINT,
  `position_type` VARCHAR(255),
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `start_date` DATE,
  `end_date` DATE,
  `is_primary` TINYINT(1) NOT NULL,
  `notes` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `team_id` BIGINT,
  `display_on_org_chart` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `people` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shared_accounts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `account_url` VARCHAR(255),
  `username` VARCHAR(255),
  `password_hint` VARCHAR(255),
  `notes` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shifts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `person_id` BIGINT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `started_at` DATETIME(6),
  `ended_at` DATETIME(6),
  `notes` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `people` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shift_matches` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `shift_id` BIGINT NOT NULL,
  `match_id` BIGINT NOT NULL,
  `notes` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`match_id`) REFERENCES `matches` (`id`),
  FOREIGN KEY (`shift_id`) REFERENCES `shifts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `software_feedbacks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_by_id` BIGINT,
  `feedback_type` VARCHAR(255),
  `module_name` VARCHAR(255),
  `page_url` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `urgency` VARCHAR(255),
  `urgency_order` INT,
  `notes` VARCHAR(255),
  `completed` TINYINT(1) NOT NULL,
  `completed_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_responses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `submission_id` BIGINT NOT NULL,
  `custom_form_question_id` BIGINT NOT NULL,
  `boolean_response` TINYINT(1),
  `date_response` DATE,
  `datetime_response` DATETIME(6),
  `integer_response` INT,
  `text_response` TEXT,
  `string_response` VARCHAR(255),
  `array_response` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`custom_form_question_id`) REFERENCES `custom_form_questions` (`id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_locales` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `locale` VARCHAR(255) NOT NULL,
  `locale_name` VARCHAR(255) NOT NULL,
  `publish_in_dropdowns` TINYINT(1) NOT NULL,
  `publish_translations` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `exchange_type` VARCHAR(255) NOT NULL,
  `separate_asks_offers` TINYINT(1) NOT NULL,
  `community_resources_module` TINYINT(1) NOT NULL,
  `announcements_module` TINYINT(1) NOT NULL,
  `donations_module` TINYINT(1) NOT NULL,
  `positions_module` TINYINT(1) NOT NULL,
  `shared_accounts_module` TINYINT(1) NOT NULL,
  `allow_sms` TINYINT(1) NOT NULL,
  `chat_module` TINYINT(1) NOT NULL,
  `landing_page_text_what` TEXT,
  `landing_page_text_who` TEXT,
  `landing_page_text_how` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `about_us_text` TEXT,
  `confirmation_page_text_header` VARCHAR(255),
  `confirmation_page_text_body` VARCHAR(255),
  `confirmation_page_text_link_header` VARCHAR(255),
  `confirmation_page_text_footer` VARCHAR(255),
  `display_navbar` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `taggings_count` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_tags_0` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tag_id` INT,
  `taggable_type` VARCHAR(255),
  `taggable_id` INT,
  `tagger_type` VARCHAR(255),
  `tagger_id` INT,
  `context` VARCHAR(128),
  `created_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_taggings_0` (`tag_id`, `taggable_id`, `taggable_type`, `context`, `tagger_id`, `tagger_type`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `organizations` ADD FOREIGN KEY (`service_area_id`) REFERENCES `service_areas` (`id`);

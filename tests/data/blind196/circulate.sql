-- Circulate (Chicago Tool Library), github.com/chicago-tool-library/circulate db/schema.rb at commit 47f798e51a367764040bb78d49b89edfb43ef355 (MIT).
-- Rails 8.1 PostgreSQL schema (columns listed alphabetically by Rails, kept in that order) written as MySQL: bigint ids, string -> VARCHAR(255),
-- PostgreSQL enums -> VARCHAR(64), jsonb -> JSON, inet -> VARCHAR(45), interval -> VARCHAR(64), arrays -> TEXT; unique indexes (not partial or expression ones)
-- and add_foreign_key constraints kept; the seven SQL views (category_nodes, loan_summaries, monthly_*) left out. Tables ordered so FK targets come first.

CREATE TABLE `action_text_rich_texts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `body` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_action_text_rich_texts_0` (`record_type`, `record_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255),
  `content_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
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
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_active_storage_attachments_0` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `variation_digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_active_storage_variant_records_0` (`blob_id`, `variation_digest`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `confirmation_sent_at` DATETIME(6),
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `current_sign_in_at` DATETIME(6),
  `current_sign_in_ip` VARCHAR(45),
  `email` VARCHAR(255) NOT NULL,
  `encrypted_password` VARCHAR(255) NOT NULL,
  `failed_attempts` INT NOT NULL,
  `last_sign_in_at` DATETIME(6),
  `last_sign_in_ip` VARCHAR(45),
  `library_id` INT,
  `locked_at` DATETIME(6),
  `remember_created_at` DATETIME(6),
  `reset_password_sent_at` DATETIME(6),
  `reset_password_token` VARCHAR(255),
  `role` VARCHAR(64) NOT NULL,
  `sign_in_count` INT NOT NULL,
  `stripe_customer_id` VARCHAR(255),
  `unconfirmed_email` VARCHAR(255),
  `unlock_token` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_0` (`confirmation_token`),
  UNIQUE KEY `uq_users_1` (`reset_password_token`),
  UNIQUE KEY `uq_users_2` (`unlock_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address1` VARCHAR(255),
  `address2` VARCHAR(255),
  `address_verified` TINYINT(1),
  `bio` TEXT,
  `city` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `desires` VARCHAR(255),
  `email` VARCHAR(255) NOT NULL,
  `full_name` VARCHAR(255) NOT NULL,
  `id_kind` INT,
  `library_id` INT,
  `number` INT,
  `other_id_kind` VARCHAR(255),
  `phone_number` VARCHAR(255) NOT NULL,
  `postal_code` VARCHAR(255),
  `preferred_name` VARCHAR(255),
  `pronouns` TEXT,
  `pronunciation` VARCHAR(255),
  `receive_newsletter` TINYINT(1) NOT NULL,
  `region` VARCHAR(255),
  `reminders_via_email` TINYINT(1) NOT NULL,
  `reminders_via_text` TINYINT(1) NOT NULL,
  `status` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  `volunteer_interest` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_members_0` (`library_id`, `number`),
  UNIQUE KEY `uq_members_1` (`library_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adjustments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `adjustable_id` BIGINT,
  `adjustable_type` VARCHAR(255),
  `amount_cents` INT NOT NULL,
  `amount_currency` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `kind` VARCHAR(64) NOT NULL,
  `member_id` BIGINT NOT NULL,
  `payment_source` VARCHAR(64),
  `square_transaction_id` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agreement_acceptances` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `member_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ahoy_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `properties` JSON,
  `time` DATETIME(6),
  `user_id` BIGINT,
  `visit_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ahoy_visits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `app_version` VARCHAR(255),
  `browser` VARCHAR(255),
  `city` VARCHAR(255),
  `country` VARCHAR(255),
  `device_type` VARCHAR(255),
  `ip` VARCHAR(255),
  `landing_page` TEXT,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `os` VARCHAR(255),
  `os_version` VARCHAR(255),
  `platform` VARCHAR(255),
  `referrer` TEXT,
  `referring_domain` VARCHAR(255),
  `region` VARCHAR(255),
  `started_at` DATETIME(6),
  `user_agent` TEXT,
  `user_id` BIGINT,
  `utm_campaign` VARCHAR(255),
  `utm_content` VARCHAR(255),
  `utm_medium` VARCHAR(255),
  `utm_source` VARCHAR(255),
  `utm_term` VARCHAR(255),
  `visit_token` VARCHAR(255),
  `visitor_token` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_ahoy_visits_0` (`visit_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attendees` JSON,
  `calendar_event_id` VARCHAR(255) NOT NULL,
  `calendar_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(255),
  `finish` DATETIME(6) NOT NULL,
  `library_id` INT,
  `start` DATETIME(6) NOT NULL,
  `summary` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_events_0` (`calendar_id`, `calendar_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `libraries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` TEXT,
  `allow_appointments` TINYINT(1) NOT NULL,
  `allow_members` TINYINT(1) NOT NULL,
  `allow_payments` TINYINT(1) NOT NULL,
  `allow_volunteers` TINYINT(1) NOT NULL,
  `city` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `hostname` VARCHAR(255) NOT NULL,
  `member_postal_code_pattern` VARCHAR(100),
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_libraries_0` (`hostname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `dropoff_event_id` BIGINT,
  `ended_at` DATETIME(6),
  `library_id` BIGINT NOT NULL,
  `member_id` BIGINT NOT NULL,
  `name` VARCHAR(255),
  `notes` VARCHAR(255),
  `pickup_event_id` BIGINT,
  `reviewed_at` DATETIME(6),
  `reviewer_id` BIGINT,
  `started_at` DATETIME(6),
  `status` VARCHAR(64),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`dropoff_event_id`) REFERENCES `events` (`id`),
  FOREIGN KEY (`pickup_event_id`) REFERENCES `events` (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `archived_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `library_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_questions_0` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stems` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `answer_type` VARCHAR(64) NOT NULL,
  `content` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `question_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`question_id`) REFERENCES `questions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `answers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `reservation_id` BIGINT NOT NULL,
  `result` JSON NOT NULL,
  `stem_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_answers_0` (`stem_id`, `reservation_id`),
  FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`),
  FOREIGN KEY (`stem_id`) REFERENCES `stems` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment_holds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `appointment_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `hold_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment_loans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `appointment_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `loan_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `comment` TEXT NOT NULL,
  `completed_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `ends_at` DATETIME(6) NOT NULL,
  `member_id` BIGINT,
  `pulled_at` DATETIME(6),
  `starts_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(255),
  `associated_id` INT,
  `associated_type` VARCHAR(255),
  `auditable_id` INT,
  `auditable_type` VARCHAR(255),
  `audited_changes` TEXT,
  `comment` VARCHAR(255),
  `created_at` DATETIME(6),
  `remote_address` VARCHAR(255),
  `request_uuid` VARCHAR(255),
  `user_id` INT,
  `user_type` VARCHAR(255),
  `username` VARCHAR(255),
  `version` INT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blazer_audits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6),
  `data_source` VARCHAR(255),
  `query_id` BIGINT,
  `statement` TEXT,
  `user_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blazer_checks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `check_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT,
  `emails` TEXT,
  `last_run_at` DATETIME(6),
  `message` TEXT,
  `query_id` BIGINT,
  `schedule` VARCHAR(255),
  `slack_channels` TEXT,
  `state` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blazer_dashboard_queries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `dashboard_id` BIGINT,
  `position` INT,
  `query_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blazer_dashboards` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT,
  `name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blazer_queries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT,
  `data_source` VARCHAR(255),
  `description` TEXT,
  `name` VARCHAR(255),
  `statement` TEXT,
  `status` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `borrow_policies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `consumable` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `default` TINYINT(1) NOT NULL,
  `description` VARCHAR(255),
  `duration` INT NOT NULL,
  `fine_cents` INT NOT NULL,
  `fine_currency` VARCHAR(255) NOT NULL,
  `fine_period` INT NOT NULL,
  `library_id` INT,
  `maximum_items_per_member` INT NOT NULL,
  `member_renewable` TINYINT(1) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `renewal_limit` INT NOT NULL,
  `requires_approval` TINYINT(1) NOT NULL,
  `uniquely_numbered` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_borrow_policies_0` (`code`, `library_id`),
  UNIQUE KEY `uq_borrow_policies_1` (`library_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `borrow_policy_approvals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `borrow_policy_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `member_id` BIGINT NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `status_reason` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_borrow_policy_approvals_0` (`borrow_policy_id`, `member_id`),
  FOREIGN KEY (`borrow_policy_id`) REFERENCES `borrow_policies` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `categorizations_count` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `library_id` INT,
  `name` VARCHAR(255) NOT NULL,
  `parent_id` BIGINT,
  `slug` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_categories_0` (`library_id`, `name`),
  UNIQUE KEY `uq_categories_1` (`library_id`, `slug`),
  FOREIGN KEY (`parent_id`) REFERENCES `categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categorizations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `categorized_id` BIGINT NOT NULL,
  `categorized_type` TEXT NOT NULL,
  `category_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_categorizations_0` (`category_id`, `categorized_id`),
  FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `library_id` INT,
  `name` VARCHAR(255) NOT NULL,
  `summary` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `accessories` TEXT NOT NULL,
  `borrow_policy_id` BIGINT NOT NULL,
  `brand` VARCHAR(255),
  `checkout_notice` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `hold_duration` INT,
  `holds_count` INT NOT NULL,
  `holds_enabled` TINYINT(1) DEFAULT 1,
  `library_id` INT,
  `location_area` TEXT,
  `location_shelf` TEXT,
  `model` VARCHAR(255),
  `myturn_item_type` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `number` INT NOT NULL,
  `other_names` VARCHAR(255),
  `plain_text_description` TEXT,
  `power_source` VARCHAR(64),
  `purchase_link` VARCHAR(255),
  `purchase_price_cents` INT,
  `quantity` INT,
  `retired_reason` VARCHAR(64),
  `serial` VARCHAR(255),
  `size` VARCHAR(255),
  `status` VARCHAR(64) NOT NULL,
  `strength` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_items_0` (`number`, `library_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `for_later_list_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `item_id` BIGINT NOT NULL,
  `member_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_for_later_list_items_0` (`item_id`, `member_id`),
  FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ended_at` DATETIME(6),
  `library_id` INT,
  `member_id` BIGINT NOT NULL,
  `membership_type` VARCHAR(64) NOT NULL,
  `started_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gift_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `amount_cents` INT NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `library_id` INT,
  `membership_id` BIGINT,
  `purchaser_email` VARCHAR(255) NOT NULL,
  `purchaser_name` VARCHAR(255) NOT NULL,
  `recipient_name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_gift_memberships_0` (`library_id`, `code`),
  FOREIGN KEY (`membership_id`) REFERENCES `memberships` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_batches` (
  `id` CHAR(36) NOT NULL,
  `callback_priority` INT,
  `callback_queue_name` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `discarded_at` DATETIME(6),
  `enqueued_at` DATETIME(6),
  `finished_at` DATETIME(6),
  `on_discard` TEXT,
  `on_finish` TEXT,
  `on_success` TEXT,
  `serialized_properties` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_executions` (
  `id` CHAR(36) NOT NULL,
  `active_job_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `duration` VARCHAR(64),
  `error` TEXT,
  `error_backtrace` TEXT,
  `error_event` INT,
  `finished_at` DATETIME(6),
  `job_class` TEXT,
  `process_id` CHAR(36),
  `queue_name` TEXT,
  `scheduled_at` DATETIME(6),
  `serialized_params` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_processes` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `lock_type` INT,
  `state` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_settings` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `key` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `value` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_jobs` (
  `id` CHAR(36) NOT NULL,
  `active_job_id` CHAR(36),
  `batch_callback_id` CHAR(36),
  `batch_id` CHAR(36),
  `concurrency_key` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `cron_at` DATETIME(6),
  `cron_key` TEXT,
  `error` TEXT,
  `error_event` INT,
  `executions_count` INT,
  `finished_at` DATETIME(6),
  `is_discrete` TINYINT(1),
  `job_class` TEXT,
  `labels` TEXT,
  `locked_at` DATETIME(6),
  `locked_by_id` CHAR(36),
  `performed_at` DATETIME(6),
  `priority` INT,
  `queue_name` TEXT,
  `retried_good_job_id` CHAR(36),
  `scheduled_at` DATETIME(6),
  `serialized_params` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `due_at` DATETIME(6),
  `ended_at` DATETIME(6),
  `initial_loan_id` BIGINT,
  `item_id` BIGINT,
  `library_id` INT,
  `member_id` BIGINT,
  `renewal_count` INT NOT NULL,
  `uniquely_numbered` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_loans_0` (`initial_loan_id`, `renewal_count`, `library_id`),
  UNIQUE KEY `uq_loans_1` (`initial_loan_id`, `renewal_count`),
  FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  FOREIGN KEY (`initial_loan_id`) REFERENCES `loans` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `holds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `ended_at` DATETIME(6),
  `expires_at` DATETIME(6),
  `item_id` BIGINT NOT NULL,
  `library_id` INT,
  `loan_id` BIGINT,
  `member_id` BIGINT NOT NULL,
  `position` INT NOT NULL,
  `started_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_holds_0` (`item_id`, `position`),
  FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `kind` VARCHAR(64),
  `notes` VARCHAR(255),
  `other_kind` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_pools` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `checkout_notice` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `description` TEXT,
  `library_id` BIGINT NOT NULL,
  `max_reservable_percent` DECIMAL(2,2),
  `name` VARCHAR(255),
  `other_names` TEXT,
  `plain_text_description` TEXT,
  `reservable_items_count` INT NOT NULL,
  `reservation_policy_id` BIGINT,
  `uniquely_numbered` TINYINT(1) NOT NULL,
  `unnumbered_count` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `library_updates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `library_id` BIGINT,
  `published` TINYINT(1),
  `title` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `notable_id` BIGINT NOT NULL,
  `notable_type` VARCHAR(255) NOT NULL,
  `pinned` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(255) NOT NULL,
  `address` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `library_id` INT,
  `member_id` BIGINT,
  `status` VARCHAR(255) NOT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_methods` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_brand` VARCHAR(255) NOT NULL,
  `expire_month` INT NOT NULL,
  `expire_year` INT NOT NULL,
  `last_four` VARCHAR(255) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `stripe_id` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_payment_methods_0` (`stripe_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservable_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `brand` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `item_pool_id` BIGINT NOT NULL,
  `library_id` BIGINT NOT NULL,
  `location_area` VARCHAR(255),
  `location_shelf` VARCHAR(255),
  `model` VARCHAR(255),
  `myturn_metadata` JSON,
  `number` INT NOT NULL,
  `power_source` VARCHAR(64),
  `purchase_link` VARCHAR(255),
  `purchase_price_cents` INT,
  `retired_reason` VARCHAR(64),
  `serial` VARCHAR(255),
  `size` VARCHAR(255),
  `status` VARCHAR(64),
  `strength` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_reservable_items_0` (`number`, `library_id`),
  FOREIGN KEY (`item_pool_id`) REFERENCES `item_pools` (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_reservation_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `reservable_item_id` BIGINT NOT NULL,
  `reservation_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_pending_reservation_items_0` (`reservable_item_id`),
  FOREIGN KEY (`reservable_item_id`) REFERENCES `reservable_items` (`id`),
  FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `renewal_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `library_id` INT,
  `loan_id` BIGINT,
  `status` VARCHAR(64) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_holds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ended_at` DATETIME(6),
  `item_pool_id` BIGINT NOT NULL,
  `library_id` BIGINT NOT NULL,
  `quantity` INT NOT NULL,
  `reservation_id` BIGINT NOT NULL,
  `started_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_reservation_holds_0` (`item_pool_id`, `reservation_id`),
  FOREIGN KEY (`item_pool_id`) REFERENCES `item_pools` (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_loans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `checked_in_at` DATETIME(6),
  `checked_out_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `library_id` BIGINT NOT NULL,
  `quantity` INT NOT NULL,
  `reservable_item_id` BIGINT,
  `reservation_hold_id` BIGINT NOT NULL,
  `reservation_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_reservation_loans_0` (`reservable_item_id`, `reservation_hold_id`),
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`),
  FOREIGN KEY (`reservable_item_id`) REFERENCES `reservable_items` (`id`),
  FOREIGN KEY (`reservation_hold_id`) REFERENCES `reservation_holds` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_policies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `default` TINYINT(1) NOT NULL,
  `description` TEXT,
  `library_id` BIGINT NOT NULL,
  `maximum_duration` INT NOT NULL,
  `maximum_start_distance` INT NOT NULL,
  `minimum_start_distance` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_reservation_policies_0` (`library_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255),
  `taggings_count` INT DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_tags_0` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `context` VARCHAR(128),
  `created_at` DATETIME(6),
  `tag_id` BIGINT,
  `taggable_id` BIGINT,
  `taggable_type` VARCHAR(255),
  `tagger_id` BIGINT,
  `tagger_type` VARCHAR(255),
  `tenant` VARCHAR(128),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_taggings_0` (`tag_id`, `taggable_id`, `taggable_type`, `context`, `tagger_id`, `tagger_type`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `library_id` BIGINT,
  `status` VARCHAR(64) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_updates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `audit_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `library_id` BIGINT,
  `ticket_id` BIGINT NOT NULL,
  `time_spent` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`audit_id`) REFERENCES `audits` (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;



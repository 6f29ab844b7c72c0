-- Hush Line (Science & Design, Inc.; tip line for journalists, lawyers and organisations) at
-- github.com/scidsg/hushline commit 1e803cd641e9afcd86da84f994eeb26b168cae4e (AGPL-3.0): the 42 Alembic migrations
-- of migrations/versions/ replayed into PostgreSQL 15 with `flask db upgrade` (head 9c8f0a1d2b3c), read back from the
-- catalog and written as MySQL/MariaDB DDL. All 26 tables, columns in catalog order. integer -> INT, varchar(n) ->
-- VARCHAR(n), text / unbounded varchar -> LONGTEXT, boolean -> TINYINT(1), timestamp(tz) -> DATETIME(6), json/jsonb ->
-- JSON, PostgreSQL enum types -> ENUM with the same labels; serial keys -> AUTO_INCREMENT; literal server defaults
-- kept. Primary, unique and foreign keys as in the database; the expression index uq_usernames_username_lower
-- (unique on lower(username)) and the non-unique indexes left out.

CREATE TABLE `tiers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `monthly_amount` INT NOT NULL,
  `stripe_product_id` VARCHAR(255),
  `stripe_price_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_tiers_name` (`name`),
  UNIQUE KEY `uq_tiers_stripe_price_id` (`stripe_price_id`),
  UNIQUE KEY `uq_tiers_stripe_product_id` (`stripe_product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password_hash` VARCHAR(512) NOT NULL,
  `totp_secret` LONGTEXT,
  `email` LONGTEXT,
  `smtp_server` LONGTEXT,
  `smtp_port` INT,
  `smtp_username` LONGTEXT,
  `smtp_password` LONGTEXT,
  `pgp_key` LONGTEXT,
  `is_admin` TINYINT(1) NOT NULL,
  `smtp_encryption` LONGTEXT NOT NULL,
  `smtp_sender` LONGTEXT,
  `tier_id` INT,
  `stripe_customer_id` VARCHAR(255),
  `stripe_subscription_id` VARCHAR(255),
  `stripe_subscription_cancel_at_period_end` TINYINT(1),
  `stripe_subscription_status` ENUM('INCOMPLETE','INCOMPLETE_EXPIRED','TRIALING','ACTIVE','PAST_DUE','CANCELED','UNPAID','PAUSED'),
  `stripe_subscription_current_period_end` DATETIME(6) DEFAULT NULL,
  `stripe_subscription_current_period_start` DATETIME(6) DEFAULT NULL,
  `enable_email_notifications` TINYINT(1) NOT NULL DEFAULT 0,
  `email_include_message_content` TINYINT(1) NOT NULL DEFAULT 0,
  `email_encrypt_entire_body` TINYINT(1) NOT NULL DEFAULT 1,
  `onboarding_complete` TINYINT(1) NOT NULL DEFAULT 0,
  `session_id` VARCHAR(255) NOT NULL,
  `account_category` VARCHAR(64),
  `country` VARCHAR(255),
  `city` VARCHAR(255),
  `subdivision` VARCHAR(255),
  `is_cautious` TINYINT(1) NOT NULL DEFAULT 0,
  `is_suspended` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_users_session_id` (`session_id`),
  CONSTRAINT `fk_users_tier_ids` FOREIGN KEY (`tier_id`) REFERENCES `tiers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_broadcasts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `public_id` VARCHAR(36) NOT NULL,
  `admin_user_id` INT,
  `status` VARCHAR(32) NOT NULL DEFAULT 'in_progress',
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `completed_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_admin_broadcasts_public_id` (`public_id`),
  CONSTRAINT `fk_admin_broadcasts_admin_user_id_users` FOREIGN KEY (`admin_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usernames` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `display_name` VARCHAR(80),
  `is_primary` TINYINT(1) NOT NULL,
  `is_verified` TINYINT(1) NOT NULL,
  `show_in_directory` TINYINT(1) NOT NULL,
  `bio` LONGTEXT,
  `extra_field_label1` LONGTEXT,
  `extra_field_value1` LONGTEXT,
  `extra_field_label2` LONGTEXT,
  `extra_field_value2` LONGTEXT,
  `extra_field_label3` LONGTEXT,
  `extra_field_value3` LONGTEXT,
  `extra_field_label4` LONGTEXT,
  `extra_field_value4` LONGTEXT,
  `extra_field_verified1` TINYINT(1),
  `extra_field_verified2` TINYINT(1),
  `extra_field_verified3` TINYINT(1),
  `extra_field_verified4` TINYINT(1),
  `embed_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `embed_admin_disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `embed_allowed_origins` JSON NOT NULL,
  `is_featured` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_usernames_username` (`username`),
  CONSTRAINT `usernames_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `public_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_conversations_public_id` (`public_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `reply_slug` LONGTEXT NOT NULL,
  `status` ENUM('PENDING','ACCEPTED','DECLINED','ARCHIVED') NOT NULL,
  `status_changed_at` DATETIME(6) NOT NULL,
  `public_id` VARCHAR(36) NOT NULL,
  `conversation_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_messages_conversation_id` (`conversation_id`),
  UNIQUE KEY `uq_messages_public_id` (`public_id`),
  CONSTRAINT `fk_message_username_id_usernames` FOREIGN KEY (`username_id`) REFERENCES `usernames` (`id`),
  CONSTRAINT `fk_messages_conversation_id_conversations` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_broadcast_recipients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `broadcast_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `status` VARCHAR(32) NOT NULL DEFAULT 'pending',
  `message_id` INT,
  `failure_reason` VARCHAR(64),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_admin_broadcast_recipients_broadcast_id` (`broadcast_id`, `user_id`),
  UNIQUE KEY `uq_admin_broadcast_recipients_message_id` (`message_id`),
  CONSTRAINT `fk_admin_broadcast_recipients_broadcast_id_admin_broadcasts` FOREIGN KEY (`broadcast_id`) REFERENCES `admin_broadcasts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_admin_broadcast_recipients_message_id_messages` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_admin_broadcast_recipients_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alembic_version` (
  `version_num` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `successful` TINYINT(1) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `otp_code` VARCHAR(6),
  `timecode` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `authentication_logs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_keys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `key_version` INT NOT NULL,
  `public_key` LONGTEXT NOT NULL,
  `encrypted_private_key` LONGTEXT NOT NULL,
  `kdf_algorithm` VARCHAR(128) NOT NULL,
  `kdf_params` JSON NOT NULL,
  `kdf_salt` LONGTEXT NOT NULL,
  `wrapping_algorithm` VARCHAR(128) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `rotated_at` DATETIME(6) DEFAULT NULL,
  `disabled_at` DATETIME(6) DEFAULT NULL,
  `recovery_state` VARCHAR(64),
  `public_signing_key` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_chat_keys_user_id` (`user_id`, `key_version`),
  CONSTRAINT `fk_chat_keys_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `conversation_id` INT NOT NULL,
  `sender_participant_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_conversation_messages_conversation_id_conversations` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_participants` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `conversation_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `last_read_at` DATETIME(6) DEFAULT NULL,
  `has_usable_public_key` TINYINT(1) NOT NULL DEFAULT 0,
  `last_active_at` DATETIME(6) DEFAULT NULL,
  `last_read_message_id` INT,
  `deleted_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_conversation_participants_conversation_id` (`conversation_id`, `user_id`),
  CONSTRAINT `fk_conversation_participants_conversation_id_conversations` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_conversation_participants_last_read_message_id_conve_4134` FOREIGN KEY (`last_read_message_id`) REFERENCES `conversation_messages` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_conversation_participants_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_rate_limit_attempts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `conversation_id` INT NOT NULL,
  `sender_participant_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_chat_rate_limit_attempts_conversation_id_conversations` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_chat_rate_limit_attempts_sender_participant_id_conve_455e` FOREIGN KEY (`sender_participant_id`) REFERENCES `conversation_participants` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_chat_rate_limit_attempts_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_message_copies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `conversation_message_id` INT NOT NULL,
  `recipient_participant_id` INT NOT NULL,
  `encrypted_payload` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_conversation_message_copies_conversation_message_id` (`conversation_message_id`, `recipient_participant_id`),
  CONSTRAINT `fk_conversation_message_copies_conversation_message_id__6925` FOREIGN KEY (`conversation_message_id`) REFERENCES `conversation_messages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_conversation_message_copies_recipient_participant_id_0b9a` FOREIGN KEY (`recipient_participant_id`) REFERENCES `conversation_participants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `embed_rate_limit_attempts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `scope` VARCHAR(20) NOT NULL,
  `bucket_hash` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `field_definitions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username_id` INT,
  `label` VARCHAR(255) NOT NULL,
  `field_type` ENUM('TEXT','MULTILINE_TEXT','CHOICE_SINGLE','CHOICE_MULTIPLE') NOT NULL,
  `required` TINYINT(1) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `encrypted` TINYINT(1) NOT NULL,
  `choices` JSON,
  `sort_order` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_field_definitions_username_id` (`username_id`, `sort_order`),
  CONSTRAINT `fk_field_definitions_username_id_usernames` FOREIGN KEY (`username_id`) REFERENCES `usernames` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `field_values` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `field_definition_id` INT,
  `message_id` INT,
  `_value` LONGTEXT NOT NULL,
  `encrypted` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_field_values_field_definition_id_field_definitions` FOREIGN KEY (`field_definition_id`) REFERENCES `field_definitions` (`id`),
  CONSTRAINT `fk_field_values_message_id_messages` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `initial_conversation_nonces` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `nonce_hash` VARCHAR(64) NOT NULL,
  `sender_user_id` INT NOT NULL,
  `recipient_user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `consumed_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_initial_conversation_nonces_nonce_hash` (`nonce_hash`),
  CONSTRAINT `fk_initial_conversation_nonces_recipient_user_id_users` FOREIGN KEY (`recipient_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_initial_conversation_nonces_sender_user_id_users` FOREIGN KEY (`sender_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invite_codes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `expiration_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_invite_codes_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_status_text` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `status` ENUM('PENDING','ACCEPTED','DECLINED','ARCHIVED') NOT NULL,
  `markdown` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_message_status_text_user_id` (`user_id`, `status`),
  CONSTRAINT `fk_message_status_text_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_recipients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `position` INT NOT NULL DEFAULT 0,
  `email` LONGTEXT,
  `pgp_key` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_notification_recipients_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_settings` (
  `key` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_attempts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier_hash` VARCHAR(64) NOT NULL,
  `ip_hash` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `token_hash` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `used_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_password_reset_tokens_token_hash` (`token_hash`),
  CONSTRAINT `fk_password_reset_tokens_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` VARCHAR(255) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `event_created` INT NOT NULL,
  `event_data` LONGTEXT NOT NULL,
  `status` ENUM('PENDING','IN_PROGRESS','ERROR','FINISHED'),
  `error_message` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_stripe_events_event_id` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_invoices` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customer_id` VARCHAR(255) NOT NULL,
  `invoice_id` VARCHAR(255) NOT NULL,
  `hosted_invoice_url` VARCHAR(2048) NOT NULL,
  `total` INT NOT NULL,
  `status` ENUM('DRAFT','OPEN','PAID','UNCOLLECTIBLE','VOID'),
  `created_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `tier_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_stripe_invoices_invoice_id` (`invoice_id`),
  CONSTRAINT `fk_stripe_invoices_tier_id_tiers` FOREIGN KEY (`tier_id`) REFERENCES `tiers` (`id`),
  CONSTRAINT `fk_stripe_invoices_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `conversation_messages` ADD CONSTRAINT `fk_conversation_messages_sender_participant_id_conversa_bbaf` FOREIGN KEY (`sender_participant_id`) REFERENCES `conversation_participants` (`id`) ON DELETE CASCADE;

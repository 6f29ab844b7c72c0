SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `sha256` TEXT NOT NULL,
  `token` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `account_accesses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `account_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `account_linked_accounts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `account_type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `linked_account_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`linked_account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `accounts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `archived_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `locale` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `timezone` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

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
  `uuid` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `completed_documents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `sha256` VARCHAR(255) NOT NULL,
  `submitter_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `completed_submitters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `completed_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `is_first` TINYINT(1),
  `sms_count` INT NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `submission_id` BIGINT NOT NULL,
  `submitter_id` BIGINT NOT NULL,
  `template_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `verification_method` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `document_generation_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `event_name` VARCHAR(255) NOT NULL,
  `submitter_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`submitter_id`) REFERENCES `submitters` (`id`)
);

CREATE TABLE `dynamic_document_versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `areas` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `dynamic_document_id` BIGINT NOT NULL,
  `sha1` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`dynamic_document_id`) REFERENCES `dynamic_documents` (`id`)
);

CREATE TABLE `dynamic_documents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `body` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `head` TEXT,
  `sha1` VARCHAR(255) NOT NULL,
  `template_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`)
);

CREATE TABLE `email_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `data` TEXT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `emailable_id` BIGINT NOT NULL,
  `emailable_type` VARCHAR(255) NOT NULL,
  `event_datetime` DATETIME(6) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `message_id` VARCHAR(255) NOT NULL,
  `tag` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `email_message_assets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `data` TEXT NOT NULL,
  `sha1` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `email_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `body` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `sha1` VARCHAR(255) NOT NULL,
  `subject` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `encrypted_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `encrypted_user_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `lock_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `event_name` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mcp_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `archived_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `sha256` VARCHAR(255) NOT NULL,
  `token_prefix` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `oauth_access_grants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_id` BIGINT NOT NULL,
  `code_challenge` VARCHAR(255),
  `code_challenge_method` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `expires_in` INT NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `resource_owner_id` BIGINT NOT NULL,
  `revoked_at` DATETIME(6),
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `token` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`),
  FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `oauth_access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expires_in` INT,
  `previous_refresh_token` VARCHAR(255) NOT NULL DEFAULT '',
  `refresh_token` VARCHAR(255),
  `resource_owner_id` BIGINT,
  `revoked_at` DATETIME(6),
  `scopes` VARCHAR(255),
  `token` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`),
  FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `oauth_applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `secret` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `search_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `ngram` TEXT,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `tsvector` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `submission_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `data` TEXT NOT NULL,
  `event_timestamp` DATETIME(6) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `submission_id` BIGINT NOT NULL,
  `submitter_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`),
  FOREIGN KEY (`submitter_id`) REFERENCES `submitters` (`id`)
);

CREATE TABLE `submissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `archived_at` DATETIME(6),
  `completed_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `created_by_user_id` BIGINT,
  `expire_at` DATETIME(6),
  `name` TEXT,
  `preferences` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `submitters_order` VARCHAR(255) NOT NULL,
  `template_fields` TEXT,
  `template_id` BIGINT,
  `template_schema` TEXT,
  `template_submitters` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `variables` TEXT,
  `variables_schema` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`),
  FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `submitter_versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255),
  `name` VARCHAR(255),
  `phone` VARCHAR(255),
  `slug` VARCHAR(255) NOT NULL,
  `submitter_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`submitter_id`) REFERENCES `submitters` (`id`)
);

CREATE TABLE `submitters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `completed_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `declined_at` DATETIME(6),
  `email` VARCHAR(255),
  `external_id` VARCHAR(255),
  `ip` VARCHAR(255),
  `metadata` TEXT NOT NULL,
  `name` VARCHAR(255),
  `opened_at` DATETIME(6),
  `phone` VARCHAR(255),
  `preferences` TEXT NOT NULL,
  `sent_at` DATETIME(6),
  `slug` VARCHAR(255) NOT NULL,
  `submission_id` BIGINT NOT NULL,
  `timezone` VARCHAR(255),
  `ua` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  `values` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`)
);

CREATE TABLE `template_accesses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `template_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`)
);

CREATE TABLE `template_folders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `archived_at` DATETIME(6),
  `author_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `parent_folder_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`parent_folder_id`) REFERENCES `template_folders` (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `template_sharings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ability` VARCHAR(255) NOT NULL,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `template_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`)
);

CREATE TABLE `template_versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `data` TEXT NOT NULL,
  `sha1` VARCHAR(255) NOT NULL,
  `template_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `templates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `archived_at` DATETIME(6),
  `author_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `external_id` VARCHAR(255),
  `fields` TEXT NOT NULL,
  `folder_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `preferences` TEXT NOT NULL,
  `schema` TEXT NOT NULL,
  `shared_link` TINYINT(1) NOT NULL DEFAULT 0,
  `slug` VARCHAR(255) NOT NULL,
  `source` TEXT NOT NULL,
  `submitters` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `variables_schema` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`folder_id`) REFERENCES `template_folders` (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `archived_at` DATETIME(6),
  `confirmation_sent_at` DATETIME(6),
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME(6),
  `consumed_timestep` INT,
  `created_at` DATETIME(6) NOT NULL,
  `current_sign_in_at` DATETIME(6),
  `current_sign_in_ip` VARCHAR(255),
  `email` VARCHAR(255) NOT NULL,
  `encrypted_password` VARCHAR(255) NOT NULL,
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `last_sign_in_at` DATETIME(6),
  `last_sign_in_ip` VARCHAR(255),
  `locked_at` DATETIME(6),
  `otp_required_for_login` TINYINT(1) NOT NULL DEFAULT 0,
  `otp_secret` VARCHAR(255),
  `remember_created_at` DATETIME(6),
  `reset_password_sent_at` DATETIME(6),
  `reset_password_token` VARCHAR(255),
  `role` VARCHAR(255) NOT NULL,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `unconfirmed_email` VARCHAR(255),
  `unlock_token` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `webhook_attempts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attempt` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `response_body` TEXT,
  `response_status_code` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `webhook_event_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `webhook_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `uuid` VARCHAR(255) NOT NULL,
  `webhook_url_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `webhook_urls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `events` TEXT NOT NULL,
  `hmac_secret` TEXT NOT NULL,
  `secret` TEXT NOT NULL,
  `sha1` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);


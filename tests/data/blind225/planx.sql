-- PlanX (Open Systems Lab with UK local planning authorities), github.com/theopensystemslab/planx-new,
-- commit 9871d6bd0770421ee176dd32dff8848f2589e73b (MPL-2.0).
-- Source: the Hasura migrations apps/hasura.planx.uk/migrations/default/*/up.sql, replayed in order into
-- PostgreSQL 15 (with pgcrypto, PostGIS and pg_cron); 19 migrations that create views over Hasura's own
-- hdb_catalog or update data failed there and create no table. Every table of schema public is kept except
-- PostGIS's spatial_ref_sys (pg_cron's cron.* tables are not upstream's). Written as MySQL from the catalog:
-- columns in ordinal order; text -> TEXT (VARCHAR(255) in keys), uuid -> CHAR(36), timestamptz -> DATETIME(6),
-- boolean -> TINYINT(1), jsonb -> JSON, xml -> LONGTEXT, serial / identity -> AUTO_INCREMENT; primary, unique
-- and foreign keys as in PostgreSQL; defaults, CHECK constraints, indexes, triggers, functions and views left out.
CREATE TABLE `ai_gateway_audit_log` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `planx_api_endpoint` TEXT NOT NULL,
  `model_id` TEXT NOT NULL,
  `prompt` TEXT NOT NULL,
  `response` TEXT,
  `gateway_status` TEXT,
  `guardrail_tripped` TINYINT(1) NOT NULL,
  `guardrail_reason` TEXT,
  `guardrail_message` TEXT,
  `token_usage` INT,
  `cost_usd` DOUBLE,
  `vercel_generation_id` VARCHAR(255),
  `response_time_ms` INT,
  `session_id` CHAR(36),
  `flow_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ai_gateway_audit_log_vercel_generation_id_key` (`vercel_generation_id`)
);

CREATE TABLE `analytics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `ended_at` DATETIME(6),
  `flow_id` CHAR(36) NOT NULL,
  `user_agent` JSON,
  `referrer` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `analytics_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `flow_direction` TEXT NOT NULL,
  `metadata` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `analytics_id` BIGINT NOT NULL,
  `user_exit` TINYINT(1) NOT NULL,
  `node_type` TEXT,
  `node_title` TEXT,
  `has_clicked_help` TINYINT(1) NOT NULL,
  `next_log_created_at` DATETIME(6),
  `input_errors` JSON,
  `node_id` TEXT,
  `allow_list_answers` JSON,
  `has_clicked_save` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `analytics_logs_analytics_id_fkey` FOREIGN KEY (`analytics_id`) REFERENCES `analytics` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `lowcal_sessions` (
  `id` CHAR(36) NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `email` TEXT NOT NULL,
  `flow_id` CHAR(36),
  `deleted_at` DATETIME(6),
  `submitted_at` DATETIME(6),
  `has_user_saved` TINYINT(1) NOT NULL,
  `sanitised_at` DATETIME(6),
  `locked_at` DATETIME(6),
  `allow_list_answers` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `application_access_tokens` (
  `token` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `last_accessed_at` DATETIME(6),
  `access_count` INT NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `revoked_at` DATETIME(6),
  `session_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`token`),
  UNIQUE KEY `application_access_tokens_session_id_key` (`session_id`),
  CONSTRAINT `application_access_tokens_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `lowcal_sessions` (`id`) ON DELETE CASCADE
);

CREATE TABLE `blpu_codes` (
  `description` TEXT NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `value` TEXT,
  PRIMARY KEY (`code`)
);

CREATE TABLE `bops_applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `bops_id` TEXT NOT NULL,
  `destination_url` TEXT NOT NULL,
  `request` JSON NOT NULL,
  `req_headers` JSON NOT NULL,
  `response` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `session_id` TEXT NOT NULL,
  `response_headers` JSON,
  `sanitised_at` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `downtime_banner` (
  `name` VARCHAR(255) NOT NULL,
  `is_visible` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`name`)
);

CREATE TABLE `email_applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_id` CHAR(36) NOT NULL,
  `team_slug` TEXT NOT NULL,
  `recipient` TEXT NOT NULL,
  `request` JSON NOT NULL,
  `response` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `sanitised_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `email_applications_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `lowcal_sessions` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
);

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `first_name` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `email` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `is_platform_admin` TINYINT(1) NOT NULL,
  `is_staging_only` TINYINT(1) NOT NULL,
  `is_analyst` TINYINT(1) NOT NULL,
  `default_team_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`)
);

CREATE TABLE `events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `table_name` TEXT NOT NULL,
  `author_id` INT,
  `action` CHAR(1) NOT NULL,
  `row_data` JSON,
  `changed_fields` JSON,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `feedback_status_enum` (
  `value` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`value`)
);

CREATE TABLE `feedback_type_enum` (
  `value` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`value`)
);

CREATE TABLE `feedback` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `team_id` INT,
  `flow_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `node_id` TEXT,
  `device` JSON NOT NULL,
  `user_data` JSON NOT NULL,
  `user_context` TEXT,
  `user_comment` TEXT,
  `feedback_type` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `node_type` TEXT,
  `node_data` JSON,
  `feedback_score` INT,
  `editor_notes` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `feedback_feedback_type_fkey` FOREIGN KEY (`feedback_type`) REFERENCES `feedback_type_enum` (`value`),
  CONSTRAINT `feedback_status_fkey` FOREIGN KEY (`status`) REFERENCES `feedback_status_enum` (`value`)
);

CREATE TABLE `flow_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `flow_id` CHAR(36) NOT NULL,
  `actor_id` INT NOT NULL,
  `comment` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `flow_note_content` (
  `id` CHAR(36) NOT NULL,
  `text` TEXT NOT NULL,
  `created_by` INT NOT NULL,
  `updated_by` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `flow_note_positions` (
  `id` CHAR(36) NOT NULL,
  `note_id` CHAR(36) NOT NULL,
  `flow_id` CHAR(36) NOT NULL,
  `node_id` TEXT,
  `placement` JSON,
  `created_by` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `flow_note_positions_note_id_fkey` FOREIGN KEY (`note_id`) REFERENCES `flow_note_content` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `flow_status_enum` (
  `value` VARCHAR(255) NOT NULL,
  `comment` TEXT,
  PRIMARY KEY (`value`)
);

CREATE TABLE `gov_notify_email_template_enum` (
  `value` VARCHAR(255) NOT NULL,
  `column` TEXT NOT NULL,
  PRIMARY KEY (`value`)
);

CREATE TABLE `teams` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `domain` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `teams_domain_key` (`domain`),
  UNIQUE KEY `teams_slug_key` (`slug`)
);

CREATE TABLE `flows` (
  `id` CHAR(36) NOT NULL,
  `team_id` INT,
  `slug` VARCHAR(255) NOT NULL,
  `creator_id` INT,
  `data` JSON,
  `version` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `settings` JSON,
  `copied_from` CHAR(36),
  `status` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `templated_from` CHAR(36),
  `summary` VARCHAR(120),
  `limitations` TEXT,
  `archived_at` DATETIME(6),
  `is_template` TINYINT(1) NOT NULL,
  `can_create_from_copy` TINYINT(1) NOT NULL,
  `is_listed_on_lps` TINYINT(1) NOT NULL,
  `category` TEXT,
  `submission_email_id` CHAR(36),
  `deleted_at` DATETIME(6),
  `email_template` VARCHAR(255) NOT NULL,
  `is_service` TINYINT(1) NOT NULL,
  `is_pattern` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `flows_team_id_slug_key` (`team_id`, `slug`),
  CONSTRAINT `flows_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `flows_email_template_fkey` FOREIGN KEY (`email_template`) REFERENCES `gov_notify_email_template_enum` (`value`),
  CONSTRAINT `flows_status_fkey` FOREIGN KEY (`status`) REFERENCES `flow_status_enum` (`value`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `flows_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE `flow_status_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `flow_id` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `event_start` DATETIME(6) NOT NULL,
  `event_end` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `flow_status_history_flow_id_fkey` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT,
  CONSTRAINT `flow_status_history_status_fkey` FOREIGN KEY (`status`) REFERENCES `flow_status_enum` (`value`) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE `global_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `footer_content` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `lps_magic_links` (
  `token` CHAR(36) NOT NULL,
  `email` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `used_at` DATETIME(6),
  `operation` TEXT NOT NULL,
  `session_id` CHAR(36),
  PRIMARY KEY (`token`)
);

CREATE TABLE `notification_type_enum` (
  `value` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`value`)
);

CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `flow_id` CHAR(36) NOT NULL,
  `team_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `resolved_at` DATETIME(6),
  `type` VARCHAR(255) NOT NULL,
  `resolved_by` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_flow_id_fkey` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `notifications_type_fkey` FOREIGN KEY (`type`) REFERENCES `notification_type_enum` (`value`)
);

CREATE TABLE `operations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `flow_id` CHAR(36),
  `version` INT,
  `actor_id` INT,
  `data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `operations_flow_id_version_key` (`flow_id`, `version`),
  CONSTRAINT `operations_actor_id_fkey` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `operations_flow_id_fkey` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
);

CREATE TABLE `payment_requests` (
  `id` CHAR(36) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `payee_email` TEXT NOT NULL,
  `payee_name` TEXT NOT NULL,
  `session_preview_data` JSON NOT NULL,
  `paid_at` DATETIME(6),
  `payment_amount` INT NOT NULL,
  `applicant_name` TEXT NOT NULL,
  `govpay_payment_id` VARCHAR(255),
  `govpay_metadata` JSON NOT NULL,
  `fee_breakdown` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payment_requests_govpay_payment_id_key` (`govpay_payment_id`),
  CONSTRAINT `payment_requests_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `lowcal_sessions` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
);

CREATE TABLE `payment_status_enum` (
  `value` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`value`)
);

CREATE TABLE `payment_status` (
  `session_id` CHAR(36) NOT NULL,
  `payment_id` TEXT NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `flow_id` CHAR(36) NOT NULL,
  `team_slug` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `amount` INT,
  `fee_breakdown` JSON,
  `gov_pay_metadata` JSON,
  CONSTRAINT `payment_status_status_fkey` FOREIGN KEY (`status`) REFERENCES `payment_status_enum` (`value`) ON UPDATE CASCADE
);

CREATE TABLE `planning_constraints_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `destination_url` TEXT,
  `response` JSON,
  `session_id` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `published_flows` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `flow_id` CHAR(36) NOT NULL,
  `publisher_id` INT NOT NULL,
  `summary` TEXT,
  `has_send_component` TINYINT(1),
  `has_sections` TINYINT(1),
  `has_pay_component` TINYINT(1),
  `service_charge_enabled` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `published_flows_flow_id_fkey` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `published_flows_publisher_id_fkey` FOREIGN KEY (`publisher_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE `reconciliation_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_id` TEXT,
  `response` JSON,
  `message` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `revoked_tokens` (
  `token_digest` VARCHAR(255) NOT NULL,
  `revoked_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`token_digest`)
);

CREATE TABLE `s3_applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_id` TEXT NOT NULL,
  `team_slug` TEXT NOT NULL,
  `webhook_request` JSON NOT NULL,
  `webhook_response` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sessions` (
  `id` CHAR(36) NOT NULL,
  `breadcrumbs` JSON NOT NULL,
  `email` TEXT NOT NULL,
  `flow_id` CHAR(36) NOT NULL,
  `has_user_saved` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `locked_at` DATETIME(6),
  `submitted_at` DATETIME(6),
  `deleted_at` DATETIME(6),
  `sanitised_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `sessions_flow_id_fkey` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `team_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `team_id` INT NOT NULL,
  `reference_code` VARCHAR(255),
  `homepage` TEXT,
  `help_email` TEXT NOT NULL,
  `help_phone` TEXT NOT NULL,
  `help_opening_hours` TEXT NOT NULL,
  `email_reply_to_id` TEXT NOT NULL,
  `boundary_url` TEXT,
  `boundary_bbox` JSON NOT NULL,
  `has_article4_schema` TINYINT(1) NOT NULL,
  `is_trial` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_settings_reference_code_key` (`reference_code`),
  UNIQUE KEY `team_settings_team_id_key` (`team_id`),
  CONSTRAINT `team_settings_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `submission_emails` (
  `team_id` INT NOT NULL,
  `id` CHAR(36) NOT NULL,
  `address` TEXT NOT NULL,
  `is_default` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_submission_emails_team_settings` FOREIGN KEY (`team_id`) REFERENCES `team_settings` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `team_integrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `team_id` INT NOT NULL,
  `staging_bops_submission_url` TEXT,
  `production_bops_submission_url` TEXT,
  `staging_bops_secret` TEXT,
  `production_bops_secret` TEXT,
  `staging_govpay_secret` TEXT,
  `production_govpay_secret` TEXT,
  `staging_file_api_key` TEXT,
  `production_file_api_key` TEXT,
  `power_automate_webhook_url` TEXT,
  `staging_power_automate_api_key` TEXT,
  `production_power_automate_api_key` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_integrations_team_id_key` (`team_id`),
  CONSTRAINT `team_integrations_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
);

CREATE TABLE `user_roles` (
  `value` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`value`)
);

CREATE TABLE `team_members` (
  `id` CHAR(36) NOT NULL,
  `user_id` INT NOT NULL,
  `team_id` INT NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_members_user_id_team_id_role_key` (`user_id`, `team_id`, `role`),
  CONSTRAINT `team_members_role_fkey` FOREIGN KEY (`role`) REFERENCES `user_roles` (`value`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `team_members_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `team_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `team_themes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `team_id` INT NOT NULL,
  `primary_colour` TEXT NOT NULL,
  `logo` TEXT,
  `favicon` TEXT,
  `link_colour` TEXT NOT NULL,
  `action_colour` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_themes_team_id_key` (`team_id`),
  CONSTRAINT `team_themes_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `temp_data_migrations_audit` (
  `flow_id` CHAR(36) NOT NULL,
  `team_id` INT NOT NULL,
  `updated` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `logs` TEXT,
  PRIMARY KEY (`flow_id`)
);

CREATE TABLE `templated_flow_edits` (
  `id` CHAR(36) NOT NULL,
  `flow_id` CHAR(36) NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `templated_flow_edits_flow_id_key` (`flow_id`),
  CONSTRAINT `templated_flow_edits_flow_id_fkey` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
);

CREATE TABLE `uniform_applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `idox_submission_id` TEXT,
  `submission_reference` TEXT,
  `destination` TEXT,
  `response` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `payload` JSON,
  `sanitised_at` DATETIME(6),
  `xml` LONGTEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_pinned_flows` (
  `user_id` INT NOT NULL,
  `flow_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`user_id`, `flow_id`),
  CONSTRAINT `user_pinned_flows_flow_id_fkey` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT,
  CONSTRAINT `user_pinned_flows_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
);


-- Keila (open-source newsletter tool) — schema for the blind exam (tests/data/blind56/).
-- Upstream: github.com/pentacent/keila, commit 14f1a127b1f3cf4d20962f38a88a81f69791bd24 (AGPL-3.0).
-- Written by hand as MySQL DDL from the cumulative effect of the Ecto migrations in priv/repo/migrations
-- (20201229080000_auth .. 20260607120000_add_message_headers_and_cc_fields), in column order of addition, with the
-- Keila Cloud migrations of extra/keila_cloud/migrations (columns on `accounts`, only run in cloud builds)
-- included. `mailings_recipients` appears under its current name `messages` (renamed in 20260215162100), and
-- `tracking_clicks.recipient_id` / `contacts_events.recipient_id` as `message_id`. The Oban job tables are those
-- created by Oban's own migrations up to v13 (20260117195814_upgrade_oban_jobs_to_v13).
-- Type mapping from PostgreSQL/Ecto: bigserial id -> bigint AUTO_INCREMENT; references -> bigint;
-- :string -> varchar(255); :citext -> varchar(255); :utc_datetime / timestamps() -> datetime; :map / :jsonb /
-- :json -> json; :binary -> blob; array columns ({:array, :string}, text[], jsonb[]) -> json.
-- Every table is kept (the whole schema: 30 tables); indexes other than unique ones are left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `schema_migrations` (
  `version` bigint NOT NULL,
  `inserted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`version`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(255) DEFAULT NULL,
  `activated_at` datetime DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `locale` varchar(6) DEFAULT NULL,
  `given_name` varchar(64) DEFAULT NULL,
  `family_name` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_index` (`email`)
);

CREATE TABLE `tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `scope` varchar(255) NOT NULL,
  `user_id` bigint DEFAULT NULL,
  `key` blob DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  `data` json DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `parent_id` bigint DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `groups_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
);

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `parent_id` bigint DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `roles_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
);

CREATE TABLE `permissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_name_index` (`name`)
);

CREATE TABLE `user_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_groups_user_id_group_id_index` (`user_id`, `group_id`),
  CONSTRAINT `user_groups_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_groups_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user_group_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_group_id` bigint NOT NULL,
  `role_id` bigint NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_group_roles_user_group_id_role_id_index` (`user_group_id`, `role_id`),
  CONSTRAINT `user_group_roles_user_group_id_fkey` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_group_roles_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
);

CREATE TABLE `role_permissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `role_id` bigint NOT NULL,
  `permission_id` bigint NOT NULL,
  `is_inherited` tinyint(1) DEFAULT 0,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_permissions_role_id_permission_id_index` (`role_id`, `permission_id`),
  CONSTRAINT `role_permissions_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_permissions_permission_id_fkey` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON DELETE CASCADE
);

CREATE TABLE `projects` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` bigint NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
);

CREATE TABLE `contacts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint DEFAULT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `gender` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `verified_at` datetime DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `status` smallint NOT NULL DEFAULT 0,
  `data` json DEFAULT NULL,
  `double_opt_in_at` datetime DEFAULT NULL,
  `external_id` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contacts_email_project_id_index` (`email`, `project_id`),
  UNIQUE KEY `contacts_external_id_project_id_index` (`external_id`, `project_id`),
  CONSTRAINT `contacts_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `contacts_forms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `field_settings` json DEFAULT NULL,
  `settings` json DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `sender_id` bigint DEFAULT NULL,
  `template_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contacts_forms_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `contacts_forms_sender_id_fkey` FOREIGN KEY (`sender_id`) REFERENCES `mailings_senders` (`id`) ON DELETE SET NULL,
  CONSTRAINT `contacts_forms_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`) ON DELETE SET NULL
);

CREATE TABLE `mailings_shared_senders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `config` json DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mailings_senders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `from_email` varchar(255) NOT NULL,
  `from_name` varchar(255) DEFAULT NULL,
  `reply_to_email` varchar(255) DEFAULT NULL,
  `reply_to_name` varchar(255) DEFAULT NULL,
  `config` json DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `shared_sender_id` bigint DEFAULT NULL,
  `verified_from_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mailings_senders_from_email_index` (`from_email`),
  UNIQUE KEY `mailings_senders_name_project_id_index` (`name`, `project_id`),
  CONSTRAINT `mailings_senders_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mailings_senders_shared_sender_id_fkey` FOREIGN KEY (`shared_sender_id`) REFERENCES `mailings_shared_senders` (`id`) ON DELETE CASCADE
);

CREATE TABLE `templates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint DEFAULT NULL,
  `name` text DEFAULT NULL,
  `body` text DEFAULT NULL,
  `styles` text DEFAULT NULL,
  `assigns` json DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `mjml_body` text DEFAULT NULL,
  `html_body` text DEFAULT NULL,
  `text_body` text DEFAULT NULL,
  `type` smallint NOT NULL DEFAULT 20,
  PRIMARY KEY (`id`),
  CONSTRAINT `templates_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `contacts_segments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `filter` json DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contacts_segments_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mailings_campaigns` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint DEFAULT NULL,
  `sender_id` bigint DEFAULT NULL,
  `subject` varchar(255) NOT NULL,
  `html_body` text DEFAULT NULL,
  `text_body` text DEFAULT NULL,
  `settings` json DEFAULT NULL,
  `sent_at` datetime DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `scheduled_for` datetime DEFAULT NULL,
  `template_id` bigint DEFAULT NULL,
  `segment_id` bigint DEFAULT NULL,
  `data` json DEFAULT NULL,
  `json_body` json DEFAULT NULL,
  `preview_text` text DEFAULT NULL,
  `mjml_body` text DEFAULT NULL,
  `public_link_enabled` tinyint(1) DEFAULT 0,
  `mjml_content` json DEFAULT NULL,
  `html_content` json DEFAULT NULL,
  `text_content` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mailings_campaigns_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mailings_campaigns_sender_id_fkey` FOREIGN KEY (`sender_id`) REFERENCES `mailings_senders` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mailings_campaigns_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mailings_campaigns_segment_id_fkey` FOREIGN KEY (`segment_id`) REFERENCES `contacts_segments` (`id`) ON DELETE SET NULL
);

CREATE TABLE `contacts_form_params` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `params` json DEFAULT NULL,
  `form_id` bigint DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contacts_form_params_form_id_fkey` FOREIGN KEY (`form_id`) REFERENCES `contacts_forms` (`id`) ON DELETE CASCADE
);

CREATE TABLE `messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `campaign_id` bigint DEFAULT NULL,
  `contact_id` bigint DEFAULT NULL,
  `sent_at` datetime DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `clicked_at` datetime DEFAULT NULL,
  `opened_at` datetime DEFAULT NULL,
  `receipt` varchar(255) DEFAULT NULL,
  `soft_bounce_received_at` datetime DEFAULT NULL,
  `hard_bounce_received_at` datetime DEFAULT NULL,
  `complaint_received_at` datetime DEFAULT NULL,
  `unsubscribed_at` datetime DEFAULT NULL,
  `failed_at` datetime DEFAULT NULL,
  `queued_at` datetime DEFAULT NULL,
  `project_id` bigint NOT NULL,
  `sender_id` bigint DEFAULT NULL,
  `form_params_id` bigint DEFAULT NULL,
  `form_id` bigint DEFAULT NULL,
  `recipient_email` varchar(255) DEFAULT NULL,
  `recipient_name` varchar(255) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `html_body` text DEFAULT NULL,
  `text_body` text DEFAULT NULL,
  `status` smallint DEFAULT 0,
  `priority` smallint DEFAULT 100,
  `render_attempt` int NOT NULL DEFAULT 0,
  `headers` json NOT NULL DEFAULT '{}',
  `cc` json NOT NULL DEFAULT '[]',
  `bcc` json NOT NULL DEFAULT '[]',
  PRIMARY KEY (`id`),
  CONSTRAINT `mailings_recipients_campaign_id_fkey` FOREIGN KEY (`campaign_id`) REFERENCES `mailings_campaigns` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mailings_recipients_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `messages_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messages_sender_id_fkey` FOREIGN KEY (`sender_id`) REFERENCES `mailings_senders` (`id`) ON DELETE SET NULL,
  CONSTRAINT `messages_form_params_id_fkey` FOREIGN KEY (`form_params_id`) REFERENCES `contacts_form_params` (`id`) ON DELETE SET NULL,
  CONSTRAINT `messages_form_id_fkey` FOREIGN KEY (`form_id`) REFERENCES `contacts_forms` (`id`) ON DELETE SET NULL
);

CREATE TABLE `contacts_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `contact_id` bigint NOT NULL,
  `type` smallint DEFAULT NULL,
  `data` json DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `message_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contacts_events_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `contacts_events_recipient_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE SET NULL
);

CREATE TABLE `tracking_links` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `url` text NOT NULL,
  `campaign_id` bigint NOT NULL,
  `inserted_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tracking_links_campaign_id_fkey` FOREIGN KEY (`campaign_id`) REFERENCES `mailings_campaigns` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tracking_clicks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `link_id` bigint NOT NULL,
  `message_id` bigint NOT NULL,
  `inserted_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tracking_clicks_link_id_fkey` FOREIGN KEY (`link_id`) REFERENCES `tracking_links` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tracking_clicks_recipient_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE CASCADE
);

CREATE TABLE `accounts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` bigint DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `parent_id` bigint DEFAULT NULL,
  `contact_data` json DEFAULT NULL,
  `onboarding_review_data` json DEFAULT NULL,
  `status` smallint DEFAULT 0,
  `cloud_data` json DEFAULT NULL,
  `is_partner` tinyint(1) NOT NULL DEFAULT 0,
  `partner_settings` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `accounts_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `accounts_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL
);

CREATE TABLE `accounts_credit_transactions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `amount` int DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  `account_id` bigint DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `valid_from` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `accounts_credit_transactions_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `billing_subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `paddle_subscription_id` varchar(255) NOT NULL,
  `paddle_plan_id` varchar(255) NOT NULL,
  `paddle_user_id` varchar(255) NOT NULL,
  `update_url` varchar(255) DEFAULT NULL,
  `cancel_url` varchar(255) DEFAULT NULL,
  `next_billed_on` date NOT NULL,
  `status` int NOT NULL,
  `account_id` bigint NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `billing_subscriptions_account_id_index` (`account_id`),
  UNIQUE KEY `billing_subscriptions_paddle_subscription_id_index` (`paddle_subscription_id`),
  CONSTRAINT `billing_subscriptions_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `files` (
  `uuid` binary(16) NOT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `size` int DEFAULT NULL,
  `sha256` blob DEFAULT NULL,
  `adapter` varchar(255) DEFAULT NULL,
  `adapter_data` json DEFAULT NULL,
  `project_id` bigint DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `files_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE SET NULL
);

CREATE TABLE `instance` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `available_updates` json DEFAULT '[]',
  PRIMARY KEY (`id`)
);

CREATE TABLE `rate_limiter_state` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `data` blob DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oban_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `state` enum('available','scheduled','executing','retryable','completed','discarded','cancelled') NOT NULL DEFAULT 'available',
  `queue` text NOT NULL,
  `worker` text NOT NULL,
  `args` json NOT NULL,
  `errors` json NOT NULL,
  `attempt` int NOT NULL DEFAULT 0,
  `max_attempts` int NOT NULL DEFAULT 20,
  `inserted_at` datetime NOT NULL,
  `scheduled_at` datetime NOT NULL,
  `attempted_at` datetime DEFAULT NULL,
  `completed_at` datetime DEFAULT NULL,
  `attempted_by` json DEFAULT NULL,
  `discarded_at` datetime DEFAULT NULL,
  `priority` int NOT NULL DEFAULT 0,
  `tags` json DEFAULT NULL,
  `meta` json DEFAULT NULL,
  `cancelled_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oban_peers` (
  `name` varchar(255) NOT NULL,
  `node` text NOT NULL,
  `started_at` datetime NOT NULL,
  `expires_at` datetime NOT NULL,
  PRIMARY KEY (`name`)
);

SET FOREIGN_KEY_CHECKS=1;

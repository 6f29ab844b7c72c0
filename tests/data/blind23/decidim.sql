-- Decidim (participatory democracy platform, Ruby on Rails) -- trimmed schema for a blind labelling exam.
-- Upstream: github.com/decidim/decidim, release 0.31.2 (gems decidim-core, -admin, -system, -verifications,
--   -participatory_processes, -proposals, -comments, -meetings, -forms, -surveys, -budgets), the Rails migrations
--   under decidim-*/db/migrate/*.rb. Licence: AGPL-3.0.
-- How it was replayed: the migrations are the ones Decidim copies into an application ("This migration comes from
--   decidim_<gem> (originally <timestamp>)"); their result was read from db/schema.rb of
--   github.com/AjuntamentdeBarcelona/decidim-barcelona at commit 3ab09deb066f86839cf1ce4efb59658b4747c81d
--   (AGPL-3.0), an application running Decidim 0.31.2 (Gemfile.lock), schema version 2026_05_19_125533.
--   Columns added by that application's own migrations (no "comes from" origin) were removed:
--   decidim_users.extra, decidim_users.imported_erased_at, decidim_participatory_processes.extra,
--   decidim_proposals_proposals.extra, decidim_meetings_meetings.extra. Tables of third-party modules
--   (decidim-awesome, kids, term customizer, vocdoni, navigation maps ...) are not used.
-- 45 of the schema's decidim_* / oauth_* / versions tables are kept, every column of each, in upstream order.
-- Type conversion (PostgreSQL via Rails -> MySQL): id: :serial -> INT AUTO_INCREMENT, default Rails id -> BIGINT
--   AUTO_INCREMENT; string -> VARCHAR(255) (or its limit); text -> TEXT; integer -> INT; bigint -> BIGINT;
--   float -> DOUBLE; decimal (PostgreSQL numeric without precision) -> DECIMAL(65,30); datetime -> DATETIME
--   (DATETIME(6) where Rails 7 gives precision 6); date, time -> DATE, TIME; boolean -> TINYINT(1);
--   jsonb and PostgreSQL arrays (array: true) -> JSON; NOT NULL and scalar defaults kept, jsonb/array defaults
--   dropped; secondary indexes left out. Upstream has no column comments.
-- Foreign keys: those upstream declares (add_foreign_key) between kept tables. Not declared here:
--   to tables left out: decidim_participatory_processes.decidim_participatory_process_type_id ->
--   decidim_participatory_process_types, decidim_participatory_processes.decidim_scope_type_id and
--   decidim_scopes.scope_type_id -> decidim_scope_types, oauth_access_tokens.application_id -> oauth_applications;
--   where the column type differs from the referenced key (PostgreSQL accepts bigint -> integer, MariaDB does
--   not): decidim_budgets_budgets.decidim_scope_id -> decidim_scopes, decidim_budgets_orders.decidim_budgets_budget_id
--   and decidim_budgets_projects.decidim_budgets_budget_id -> decidim_budgets_budgets,
--   decidim_proposals_proposals.decidim_proposals_proposal_state_id -> decidim_proposals_proposal_states,
--   decidim_user_blocks.decidim_user_id, decidim_user_moderations.decidim_user_id,
--   decidim_verifications_conflicts.current_user_id and .managed_user_id -> decidim_users,
--   decidim_user_reports.user_moderation_id -> decidim_user_moderations,
--   decidim_verifications_csv_data.decidim_organization_id -> decidim_organizations.

CREATE TABLE `decidim_organizations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `host` VARCHAR(255) NOT NULL,
  `default_locale` VARCHAR(255) NOT NULL,
  `available_locales` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `description` JSON,
  `logo` VARCHAR(255),
  `twitter_handler` VARCHAR(255),
  `favicon` VARCHAR(255),
  `official_img_footer` VARCHAR(255),
  `official_url` VARCHAR(255),
  `instagram_handler` VARCHAR(255),
  `facebook_handler` VARCHAR(255),
  `youtube_handler` VARCHAR(255),
  `github_handler` VARCHAR(255),
  `reference_prefix` VARCHAR(255) NOT NULL,
  `secondary_hosts` JSON,
  `header_snippets` TEXT,
  `enable_omnipresent_banner` TINYINT(1) NOT NULL DEFAULT 0,
  `omnipresent_banner_title` JSON,
  `omnipresent_banner_short_description` JSON,
  `omnipresent_banner_url` VARCHAR(255),
  `tos_version` DATETIME,
  `badges_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `send_welcome_notification` TINYINT(1) NOT NULL DEFAULT 0,
  `welcome_notification_subject` JSON,
  `welcome_notification_body` JSON,
  `users_registration_mode` INT NOT NULL DEFAULT 0,
  `id_documents_methods` JSON,
  `id_documents_explanation_text` JSON,
  `user_groups_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `colors` JSON,
  `smtp_settings` JSON,
  `force_users_to_authenticate_before_access_organization` TINYINT(1) DEFAULT 0,
  `omniauth_settings` JSON,
  `rich_text_editor_in_public_views` TINYINT(1) DEFAULT 0,
  `admin_terms_of_service_body` JSON,
  `time_zone` VARCHAR(255) DEFAULT 'UTC',
  `enable_machine_translations` TINYINT(1) DEFAULT 0,
  `comments_max_length` INT DEFAULT 1000,
  `file_upload_settings` JSON,
  `machine_translation_display_priority` VARCHAR(255) NOT NULL DEFAULT 'original',
  `external_domain_allowlist` JSON,
  `enable_participatory_space_filters` TINYINT(1) DEFAULT 1,
  `content_security_policy` JSON,
  `name` JSON NOT NULL,
  `available_authorizations` JSON,
  `short_name` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_participatory_processes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `decidim_organization_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `title` JSON NOT NULL,
  `subtitle` JSON NOT NULL,
  `short_description` JSON NOT NULL,
  `description` JSON NOT NULL,
  `hero_image` VARCHAR(255),
  `promoted` TINYINT(1) DEFAULT 0,
  `published_at` DATETIME,
  `developer_group` JSON,
  `end_date` DATE,
  `meta_scope` JSON,
  `local_area` JSON,
  `target` JSON,
  `participatory_scope` JSON,
  `participatory_structure` JSON,
  `decidim_scope_id` INT,
  `decidim_participatory_process_group_id` INT,
  `announcement` JSON,
  `scopes_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `start_date` DATE,
  `reference` VARCHAR(255),
  `private_space` TINYINT(1) DEFAULT 0,
  `decidim_area_id` BIGINT,
  `decidim_scope_type_id` BIGINT,
  `weight` INT NOT NULL DEFAULT 1,
  `follows_count` INT NOT NULL DEFAULT 0,
  `decidim_participatory_process_type_id` BIGINT,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_decidim_participatory_processes_decidim_organization_id` FOREIGN KEY (`decidim_organization_id`) REFERENCES `decidim_organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_components` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `manifest_name` VARCHAR(255),
  `name` JSON,
  `participatory_space_id` INT NOT NULL,
  `settings` JSON,
  `weight` INT DEFAULT 0,
  `published_at` DATETIME,
  `permissions` JSON,
  `participatory_space_type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `visible` TINYINT(1) DEFAULT 1,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_scopes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_organization_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name` JSON NOT NULL,
  `scope_type_id` INT,
  `parent_id` INT,
  `code` VARCHAR(255) NOT NULL,
  `part_of` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_decidim_scopes_decidim_organization_id` FOREIGN KEY (`decidim_organization_id`) REFERENCES `decidim_organizations` (`id`),
  CONSTRAINT `fk_decidim_scopes_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `decidim_scopes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `remember_created_at` DATETIME,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `invitation_token` VARCHAR(255),
  `invitation_created_at` DATETIME,
  `invitation_sent_at` DATETIME,
  `invitation_accepted_at` DATETIME,
  `invitation_limit` INT,
  `invited_by_type` VARCHAR(255),
  `invited_by_id` INT,
  `invitations_count` INT DEFAULT 0,
  `decidim_organization_id` INT,
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME,
  `confirmation_sent_at` DATETIME,
  `unconfirmed_email` VARCHAR(255),
  `name` VARCHAR(255),
  `locale` VARCHAR(255),
  `avatar` VARCHAR(255),
  `delete_reason` TEXT,
  `deleted_at` DATETIME,
  `admin` TINYINT(1) NOT NULL DEFAULT 0,
  `managed` TINYINT(1) NOT NULL DEFAULT 0,
  `roles` JSON,
  `nickname` VARCHAR(20) NOT NULL DEFAULT '',
  `personal_url` VARCHAR(255),
  `about` TEXT,
  `officialized_at` DATETIME,
  `officialized_as` JSON,
  `accepted_tos_version` DATETIME,
  `newsletter_token` VARCHAR(255) DEFAULT '',
  `newsletter_notifications_at` DATETIME,
  `type` VARCHAR(255) NOT NULL,
  `extended_data` JSON,
  `following_count` INT NOT NULL DEFAULT 0,
  `followers_count` INT NOT NULL DEFAULT 0,
  `notification_types` VARCHAR(255) NOT NULL DEFAULT 'all',
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `unlock_token` VARCHAR(255),
  `locked_at` DATETIME,
  `admin_terms_accepted_at` DATETIME,
  `session_token` VARCHAR(255),
  `direct_message_types` VARCHAR(255) NOT NULL DEFAULT 'all',
  `blocked` TINYINT(1) NOT NULL DEFAULT 0,
  `blocked_at` DATETIME,
  `block_id` INT,
  `email_on_moderations` TINYINT(1) DEFAULT 1,
  `follows_count` INT NOT NULL DEFAULT 0,
  `notification_settings` JSON,
  `notifications_sending_frequency` VARCHAR(255) DEFAULT 'daily',
  `digest_sent_at` DATETIME,
  `password_updated_at` DATETIME,
  `previous_passwords` JSON,
  `email_on_assigned_proposals` TINYINT(1) DEFAULT 1,
  `api_key` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_decidim_users_decidim_organization_id` FOREIGN KEY (`decidim_organization_id`) REFERENCES `decidim_organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_user_group_memberships` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_user_id` INT NOT NULL,
  `decidim_user_group_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `role` VARCHAR(255) NOT NULL DEFAULT 'requested',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_identities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `decidim_user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `decidim_organization_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_decidim_identities_decidim_organization_id` FOREIGN KEY (`decidim_organization_id`) REFERENCES `decidim_organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_authorizations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `decidim_user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `unique_id` VARCHAR(255),
  `granted_at` DATETIME,
  `verification_metadata` JSON,
  `verification_attachment` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_decidim_authorizations_decidim_user_id` FOREIGN KEY (`decidim_user_id`) REFERENCES `decidim_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_verifications_conflicts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `current_user_id` BIGINT,
  `managed_user_id` BIGINT,
  `times` INT DEFAULT 0,
  `unique_id` VARCHAR(255),
  `solved` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_verifications_csv_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255),
  `decidim_organization_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_follows` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_user_id` BIGINT NOT NULL,
  `decidim_followable_type` VARCHAR(255),
  `decidim_followable_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_user_id` BIGINT NOT NULL,
  `decidim_resource_type` VARCHAR(255) NOT NULL,
  `decidim_resource_id` BIGINT NOT NULL,
  `event_name` VARCHAR(255) NOT NULL,
  `event_class` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `extra` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_newsletters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subject` JSON,
  `organization_id` INT,
  `author_id` INT,
  `total_recipients` INT,
  `total_deliveries` INT,
  `sent_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `extended_data` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_decidim_newsletters_author_id` FOREIGN KEY (`author_id`) REFERENCES `decidim_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_action_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_organization_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `decidim_component_id` BIGINT,
  `resource_type` VARCHAR(255) NOT NULL,
  `resource_id` BIGINT NOT NULL,
  `participatory_space_type` VARCHAR(255),
  `participatory_space_id` BIGINT,
  `action` VARCHAR(255) NOT NULL,
  `extra` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `version_id` INT,
  `visibility` VARCHAR(255) DEFAULT 'admin-only',
  `decidim_scope_id` INT,
  `decidim_area_id` INT,
  `user_type` VARCHAR(255) NOT NULL DEFAULT 'Decidim::User',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_impersonation_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_admin_id` BIGINT,
  `decidim_user_id` BIGINT,
  `started_at` DATETIME,
  `ended_at` DATETIME,
  `expired_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `reason` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` INT NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `whodunnit` VARCHAR(255),
  `object` JSON,
  `created_at` DATETIME,
  `old_object_changes` TEXT,
  `object_changes` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_moderation_id` INT NOT NULL,
  `decidim_user_id` INT NOT NULL,
  `reason` VARCHAR(255) NOT NULL,
  `details` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `locale` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_moderations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_participatory_space_id` INT NOT NULL,
  `decidim_reportable_type` VARCHAR(255) NOT NULL,
  `decidim_reportable_id` INT NOT NULL,
  `report_count` INT NOT NULL DEFAULT 0,
  `hidden_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `decidim_participatory_space_type` VARCHAR(255) NOT NULL,
  `reported_content` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_user_moderations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_user_id` BIGINT,
  `report_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_user_reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_moderation_id` INT,
  `user_id` INT NOT NULL,
  `reason` VARCHAR(255),
  `details` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_decidim_user_reports_user_id` FOREIGN KEY (`user_id`) REFERENCES `decidim_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_user_blocks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_user_id` BIGINT,
  `blocking_user_id` INT,
  `justification` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_decidim_user_blocks_blocking_user_id` FOREIGN KEY (`blocking_user_id`) REFERENCES `decidim_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_messaging_conversations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_messaging_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_conversation_id` BIGINT NOT NULL,
  `decidim_sender_id` BIGINT NOT NULL,
  `body` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_messaging_participations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_conversation_id` BIGINT NOT NULL,
  `decidim_participant_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_messaging_receipts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_message_id` BIGINT NOT NULL,
  `decidim_recipient_id` BIGINT NOT NULL,
  `read_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_system_admins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `remember_created_at` DATETIME,
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `unlock_token` VARCHAR(255),
  `locked_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_participatory_process_user_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_user_id` INT,
  `decidim_participatory_process_id` INT,
  `role` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` INT,
  `application_id` BIGINT,
  `token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255),
  `expires_in` INT,
  `revoked_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `scopes` VARCHAR(255),
  `previous_refresh_token` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_oauth_access_tokens_resource_owner_id` FOREIGN KEY (`resource_owner_id`) REFERENCES `decidim_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_proposals_proposals` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_component_id` INT NOT NULL,
  `decidim_scope_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `proposal_votes_count` INT NOT NULL DEFAULT 0,
  `answered_at` DATETIME,
  `answer` JSON,
  `reference` VARCHAR(255),
  `address` TEXT,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `proposal_notes_count` INT NOT NULL DEFAULT 0,
  `published_at` DATETIME,
  `coauthorships_count` INT NOT NULL DEFAULT 0,
  `participatory_text_level` VARCHAR(255),
  `position` INT,
  `created_in_meeting` TINYINT(1) DEFAULT 0,
  `cost` DECIMAL(65,30),
  `cost_report` JSON,
  `execution_period` JSON,
  `state_published_at` DATETIME,
  `likes_count` INT NOT NULL DEFAULT 0,
  `comments_count` INT NOT NULL DEFAULT 0,
  `title` JSON,
  `body` JSON,
  `follows_count` INT NOT NULL DEFAULT 0,
  `old_state` INT NOT NULL DEFAULT 0,
  `evaluation_assignments_count` INT DEFAULT 0,
  `withdrawn_at` DATETIME,
  `decidim_proposals_proposal_state_id` INT,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_proposals_proposal_votes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_proposal_id` INT NOT NULL,
  `decidim_author_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `temporary` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_proposals_proposal_states` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` JSON,
  `announcement_title` JSON,
  `token` VARCHAR(255) NOT NULL,
  `decidim_component_id` BIGINT NOT NULL,
  `proposals_count` INT NOT NULL DEFAULT 0,
  `bg_color` VARCHAR(255) NOT NULL DEFAULT '#F6F8FA',
  `text_color` VARCHAR(255) NOT NULL DEFAULT '#4B5058',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_coauthorships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_author_id` BIGINT NOT NULL,
  `decidim_user_group_id` BIGINT,
  `coauthorable_type` VARCHAR(255),
  `coauthorable_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `decidim_author_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_likes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_type` VARCHAR(255),
  `resource_id` BIGINT,
  `decidim_author_type` VARCHAR(255),
  `decidim_author_id` BIGINT,
  `decidim_user_group_id` INT DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_comments_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_commentable_type` VARCHAR(255) NOT NULL,
  `decidim_commentable_id` INT NOT NULL,
  `decidim_author_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `depth` INT NOT NULL DEFAULT 0,
  `alignment` INT NOT NULL DEFAULT 0,
  `decidim_user_group_id` INT,
  `decidim_root_commentable_type` VARCHAR(255) NOT NULL,
  `decidim_root_commentable_id` INT NOT NULL,
  `decidim_author_type` VARCHAR(255) NOT NULL,
  `body` JSON,
  `comments_count` INT NOT NULL DEFAULT 0,
  `decidim_participatory_space_type` VARCHAR(255),
  `decidim_participatory_space_id` INT,
  `deleted_at` DATETIME,
  `up_votes_count` INT NOT NULL DEFAULT 0,
  `down_votes_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_comments_comment_votes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `weight` INT NOT NULL,
  `decidim_comment_id` INT NOT NULL,
  `decidim_author_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `decidim_author_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_meetings_meetings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` JSON,
  `description` JSON,
  `start_time` DATETIME,
  `end_time` DATETIME,
  `address` TEXT,
  `location` JSON,
  `location_hints` JSON,
  `decidim_component_id` INT,
  `decidim_author_id` INT,
  `decidim_scope_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `closing_report` JSON,
  `attendees_count` INT,
  `contributions_count` INT,
  `attending_organizations` TEXT,
  `closed_at` TIME,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `reference` VARCHAR(255),
  `registrations_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `available_slots` INT NOT NULL DEFAULT 0,
  `registration_terms` JSON,
  `reserved_slots` INT NOT NULL DEFAULT 0,
  `private_meeting` TINYINT(1) DEFAULT 0,
  `transparent` TINYINT(1) DEFAULT 1,
  `registration_form_enabled` TINYINT(1) DEFAULT 0,
  `decidim_author_type` VARCHAR(255),
  `decidim_user_group_id` INT,
  `comments_count` INT NOT NULL DEFAULT 0,
  `salt` VARCHAR(255),
  `online_meeting_url` VARCHAR(255),
  `registration_url` VARCHAR(255),
  `follows_count` INT NOT NULL DEFAULT 0,
  `customize_registration_email` TINYINT(1) DEFAULT 0,
  `registration_email_custom_content` JSON,
  `published_at` DATETIME,
  `video_url` VARCHAR(255),
  `audio_url` VARCHAR(255),
  `closing_visible` TINYINT(1),
  `comments_enabled` TINYINT(1) DEFAULT 1,
  `comments_start_time` DATETIME,
  `comments_end_time` DATETIME,
  `state` VARCHAR(255),
  `iframe_access_level` INT DEFAULT 0,
  `iframe_embed_type` INT DEFAULT 0,
  `type_of_meeting` INT NOT NULL DEFAULT 0,
  `registration_type` INT NOT NULL DEFAULT 0,
  `withdrawn_at` DATETIME,
  `deleted_at` DATETIME(6),
  `reminder_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `send_reminders_before_hours` INT,
  `reminder_message_custom_content` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_meetings_registrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_user_id` BIGINT NOT NULL,
  `decidim_meeting_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `code` VARCHAR(255),
  `validated_at` DATETIME,
  `decidim_user_group_id` BIGINT,
  `public_participation` TINYINT(1) DEFAULT 0,
  `status` VARCHAR(255) DEFAULT 'registered',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_forms_questionnaires` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` JSON,
  `description` JSON,
  `tos` JSON,
  `questionnaire_for_type` VARCHAR(255),
  `questionnaire_for_id` INT,
  `published_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `salt` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_forms_questions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_questionnaire_id` INT,
  `position` INT,
  `question_type` VARCHAR(255),
  `mandatory` TINYINT(1),
  `body` JSON,
  `description` JSON,
  `max_choices` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `max_characters` INT DEFAULT 0,
  `response_options_count` INT NOT NULL DEFAULT 0,
  `matrix_rows_count` INT NOT NULL DEFAULT 0,
  `display_conditions_count` INT NOT NULL DEFAULT 0,
  `display_conditions_for_other_questions_count` INT NOT NULL DEFAULT 0,
  `survey_responses_published_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_forms_responses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `body` TEXT,
  `decidim_user_id` INT,
  `decidim_questionnaire_id` INT,
  `decidim_question_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `session_token` VARCHAR(255) NOT NULL DEFAULT '',
  `ip_hash` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_forms_response_choices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `decidim_response_id` BIGINT,
  `decidim_response_option_id` BIGINT,
  `position` INT,
  `body` JSON,
  `custom_body` TEXT,
  `decidim_question_matrix_row_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_budgets_budgets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` JSON,
  `weight` INT NOT NULL DEFAULT 0,
  `description` JSON,
  `total_budget` BIGINT DEFAULT 0,
  `decidim_component_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `decidim_scope_id` BIGINT,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_budgets_projects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` JSON,
  `description` JSON,
  `budget_amount` BIGINT NOT NULL,
  `decidim_scope_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `reference` VARCHAR(255),
  `decidim_budgets_budget_id` BIGINT,
  `selected_at` DATE,
  `comments_count` INT NOT NULL DEFAULT 0,
  `follows_count` INT NOT NULL DEFAULT 0,
  `address` TEXT,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_budgets_orders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_user_id` INT,
  `checked_out_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `decidim_budgets_budget_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decidim_budgets_line_items` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decidim_order_id` INT,
  `decidim_project_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

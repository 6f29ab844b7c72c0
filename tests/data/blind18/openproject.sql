-- OpenProject (project management: users, groups, memberships and roles, projects, work packages with journals,
-- custom fields and values, time and cost entries, meetings and participants, news, comments, forums and
-- messages, attachments, notifications, reminders, OAuth applications/grants/tokens, SSO auth providers,
-- LDAP connections, remote identities, sessions, tokens).
-- Upstream: github.com/opf/openproject (GPL-3.0; OpenProject is a fork of ChiliProject/Redmine, GPL-2.0-or-later parts).
-- Source: the re-squashed migration baseline db/migrate/tables/*.rb (commit 45b991b0ff397deb711a69982ca50595d1788c39
-- and the same baseline's files at 4a54ae2d, 899685816, aae9d889), modules/costs/db/migrate/tables/{time_entries,
-- cost_entries}.rb, modules/meeting/db/migrate/tables/{meetings,meeting_participants}.rb plus
-- modules/meeting/db/migrate/20251022114752_add_participation_status_for_meeting_participant.rb and
-- 20251024140438_add_comment_to_participant.rb. Tables whose baseline file is older in the stored copy (tokens,
-- sessions, user_passwords, group_users, watchers, news, comments, custom_values, roles, statuses, types,
-- enumerations, categories, forums, settings) follow that older file, with news' AddTimestampToNews rename and the
-- tokens columns used by app/models/token/*.rb (type, expires_on, data) applied.
-- Rendered as Rails creates them on MySQL: bigint auto-increment ids, string -> varchar(255), boolean -> tinyint(1),
-- t.timestamps -> datetime(6); PostgreSQL-only types: jsonb -> json, tstzrange and tsvector -> text.
-- Indexes left out; foreign keys kept where upstream declares them between kept tables.

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `login` varchar(256) NOT NULL DEFAULT '',
  `firstname` varchar(255) NOT NULL DEFAULT '',
  `lastname` varchar(255) NOT NULL DEFAULT '',
  `mail` varchar(255) NOT NULL DEFAULT '',
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `status` int NOT NULL DEFAULT 1,
  `last_login_on` datetime DEFAULT NULL,
  `language` varchar(5) DEFAULT '',
  `ldap_auth_source_id` bigint DEFAULT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `type` varchar(255) DEFAULT NULL,
  `identity_url` varchar(255) DEFAULT NULL,
  `first_login` tinyint(1) NOT NULL DEFAULT 1,
  `force_password_change` tinyint(1) DEFAULT 0,
  `failed_login_count` int DEFAULT 0,
  `last_failed_login_on` datetime DEFAULT NULL,
  `consented_at` datetime DEFAULT NULL
);

CREATE TABLE `user_passwords` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `hashed_password` varchar(128) NOT NULL,
  `salt` varchar(64) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_preferences` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `settings` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `dismissed_enterprise_banners` json NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `value` varchar(128) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `expires_on` datetime DEFAULT NULL,
  `data` json DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `session_id` varchar(255) NOT NULL,
  `data` text,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `user_id` bigint DEFAULT NULL
);

CREATE TABLE `group_users` (
  `group_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  UNIQUE KEY `group_user_ids` (`group_id`, `user_id`),
  FOREIGN KEY (`group_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `ldap_auth_sources` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(60) NOT NULL DEFAULT '',
  `host` varchar(60) DEFAULT NULL,
  `port` int DEFAULT NULL,
  `account` varchar(255) DEFAULT NULL,
  `account_password` varchar(255) DEFAULT '',
  `base_dn` varchar(255) DEFAULT NULL,
  `attr_login` varchar(30) DEFAULT NULL,
  `attr_firstname` varchar(30) DEFAULT NULL,
  `attr_lastname` varchar(30) DEFAULT NULL,
  `attr_mail` varchar(30) DEFAULT NULL,
  `onthefly_register` tinyint(1) NOT NULL DEFAULT 0,
  `attr_admin` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `tls_mode` int NOT NULL DEFAULT 0,
  `filter_string` text,
  `verify_peer` tinyint(1) NOT NULL DEFAULT 1,
  `tls_certificate_string` text
);

CREATE TABLE `auth_providers` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `available` tinyint(1) NOT NULL DEFAULT 1,
  `limit_self_registration` tinyint(1) NOT NULL DEFAULT 0,
  `options` json NOT NULL,
  `creator_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  UNIQUE KEY `index_auth_providers_on_display_name` (`display_name`),
  UNIQUE KEY `index_auth_providers_on_slug` (`slug`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `remote_identities` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `auth_source_id` bigint NOT NULL,
  `origin_user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `auth_source_type` varchar(255) NOT NULL,
  `integration_type` varchar(255) NOT NULL,
  `integration_id` bigint NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `oauth_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `owner_type` varchar(255) DEFAULT NULL,
  `owner_id` bigint DEFAULT NULL,
  `client_credentials_user_id` bigint DEFAULT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `confidential` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `integration_type` varchar(255) DEFAULT NULL,
  `integration_id` bigint DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `builtin` tinyint(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`),
  FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`client_credentials_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `oauth_access_grants` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `resource_owner_id` bigint NOT NULL,
  `application_id` bigint NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime NOT NULL,
  `revoked_at` datetime DEFAULT NULL,
  `scopes` varchar(255) DEFAULT NULL,
  `code_challenge` varchar(255) DEFAULT NULL,
  `code_challenge_method` varchar(255) DEFAULT NULL,
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
);

CREATE TABLE `oauth_access_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `resource_owner_id` bigint DEFAULT NULL,
  `application_id` bigint DEFAULT NULL,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255) DEFAULT NULL,
  `expires_in` int DEFAULT NULL,
  `revoked_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255) DEFAULT NULL,
  `previous_refresh_token` varchar(255) NOT NULL DEFAULT '',
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
);

CREATE TABLE `projects` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` text,
  `public` tinyint(1) NOT NULL DEFAULT 1,
  `parent_id` bigint DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `identifier` varchar(255) NOT NULL,
  `lft` int DEFAULT NULL,
  `rgt` int DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `templated` tinyint(1) NOT NULL DEFAULT 0,
  `status_code` int DEFAULT NULL,
  `status_explanation` text,
  `settings` json NOT NULL
);

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(30) NOT NULL DEFAULT '',
  `position` int DEFAULT 1,
  `assignable` tinyint(1) DEFAULT 1,
  `builtin` int NOT NULL DEFAULT 0
);

CREATE TABLE `members` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `project_id` bigint DEFAULT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `entity_type` varchar(255) DEFAULT NULL,
  `entity_id` bigint DEFAULT NULL
);

CREATE TABLE `member_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `member_id` bigint NOT NULL,
  `role_id` bigint NOT NULL,
  `inherited_from` bigint DEFAULT NULL,
  FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
);

CREATE TABLE `types` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(255) NOT NULL DEFAULT '',
  `position` int DEFAULT 1,
  `is_in_roadmap` tinyint(1) NOT NULL DEFAULT 1,
  `in_aggregation` tinyint(1) NOT NULL DEFAULT 1,
  `is_milestone` tinyint(1) NOT NULL DEFAULT 0,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `color_id` bigint DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_standard` tinyint(1) NOT NULL DEFAULT 0,
  `attribute_visibility` text,
  `attribute_groups` text
);

CREATE TABLE `statuses` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(30) NOT NULL DEFAULT '',
  `is_closed` tinyint(1) NOT NULL DEFAULT 0,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `position` int DEFAULT 1,
  `default_done_ratio` int DEFAULT NULL
);

CREATE TABLE `enumerations` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(30) NOT NULL DEFAULT '',
  `position` int DEFAULT 1,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(255) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `project_id` bigint DEFAULT NULL,
  `parent_id` bigint DEFAULT NULL
);

CREATE TABLE `categories` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `project_id` bigint NOT NULL DEFAULT 0,
  `name` varchar(256) NOT NULL DEFAULT '',
  `assigned_to_id` bigint DEFAULT NULL
);

CREATE TABLE `work_packages` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type_id` bigint NOT NULL,
  `project_id` bigint NOT NULL,
  `subject` varchar(255) NOT NULL DEFAULT '',
  `description` text,
  `due_date` date DEFAULT NULL,
  `category_id` bigint DEFAULT NULL,
  `status_id` bigint NOT NULL,
  `assigned_to_id` bigint DEFAULT NULL,
  `priority_id` bigint DEFAULT NULL,
  `version_id` bigint DEFAULT NULL,
  `author_id` bigint NOT NULL,
  `lock_version` int NOT NULL DEFAULT 0,
  `done_ratio` int DEFAULT NULL,
  `estimated_hours` float DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `start_date` date DEFAULT NULL,
  `responsible_id` bigint DEFAULT NULL,
  `derived_estimated_hours` float DEFAULT NULL,
  `schedule_manually` tinyint(1) NOT NULL DEFAULT 1,
  `parent_id` bigint DEFAULT NULL,
  `duration` int DEFAULT NULL,
  `ignore_non_working_days` tinyint(1) NOT NULL DEFAULT 0,
  `derived_remaining_hours` float DEFAULT NULL,
  `derived_done_ratio` int DEFAULT NULL,
  `project_phase_definition_id` bigint DEFAULT NULL,
  FOREIGN KEY (`type_id`) REFERENCES `types` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`status_id`) REFERENCES `statuses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `journals` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `journable_type` varchar(255) DEFAULT NULL,
  `journable_id` bigint DEFAULT NULL,
  `user_id` bigint NOT NULL,
  `notes` text,
  `created_at` datetime NOT NULL,
  `version` int NOT NULL DEFAULT 0,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `data_type` varchar(255) NOT NULL,
  `data_id` bigint NOT NULL,
  `cause` json DEFAULT NULL,
  `validity_period` text,
  `restricted` tinyint(1) NOT NULL DEFAULT 0
);

CREATE TABLE `custom_fields` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` varchar(30) NOT NULL DEFAULT '',
  `field_format` varchar(30) NOT NULL DEFAULT '',
  `regexp` varchar(255) DEFAULT '',
  `min_length` int NOT NULL DEFAULT 0,
  `max_length` int NOT NULL DEFAULT 0,
  `is_required` tinyint(1) NOT NULL DEFAULT 0,
  `is_for_all` tinyint(1) NOT NULL DEFAULT 0,
  `is_filter` tinyint(1) NOT NULL DEFAULT 1,
  `position` int DEFAULT 1,
  `searchable` tinyint(1) DEFAULT 0,
  `editable` tinyint(1) DEFAULT 1,
  `admin_only` tinyint(1) NOT NULL DEFAULT 0,
  `multi_value` tinyint(1) DEFAULT 0,
  `default_value` text,
  `name` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `content_right_to_left` tinyint(1) DEFAULT 0,
  `allow_non_open_versions` tinyint(1) DEFAULT 0,
  `custom_field_section_id` bigint DEFAULT NULL,
  `position_in_custom_field_section` int DEFAULT NULL,
  `formula` json DEFAULT NULL
);

CREATE TABLE `custom_values` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `customized_type` varchar(30) NOT NULL DEFAULT '',
  `customized_id` bigint NOT NULL DEFAULT 0,
  `custom_field_id` bigint NOT NULL DEFAULT 0,
  `value` text
);

CREATE TABLE `time_entries` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `project_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `work_package_id` bigint DEFAULT NULL,
  `hours` float DEFAULT NULL,
  `comments` text,
  `activity_id` bigint DEFAULT NULL,
  `spent_on` date NOT NULL,
  `tyear` int NOT NULL,
  `tmonth` int NOT NULL,
  `tweek` int NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `overridden_costs` decimal(15,4) DEFAULT NULL,
  `costs` decimal(15,4) DEFAULT NULL,
  `rate_id` bigint DEFAULT NULL,
  `logged_by_id` bigint NOT NULL,
  `ongoing` tinyint(1) NOT NULL DEFAULT 0,
  `start_time` int DEFAULT NULL,
  `time_zone` varchar(255) DEFAULT NULL,
  `entity_type` varchar(255) DEFAULT NULL,
  `entity_id` bigint DEFAULT NULL,
  FOREIGN KEY (`logged_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `cost_entries` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `project_id` bigint NOT NULL,
  `work_package_id` bigint DEFAULT NULL,
  `cost_type_id` bigint NOT NULL,
  `units` float NOT NULL,
  `spent_on` date NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `comments` varchar(255) NOT NULL,
  `blocked` tinyint(1) NOT NULL DEFAULT 0,
  `overridden_costs` decimal(15,4) DEFAULT NULL,
  `costs` decimal(15,4) DEFAULT NULL,
  `rate_id` bigint DEFAULT NULL,
  `tyear` int NOT NULL,
  `tmonth` int NOT NULL,
  `tweek` int NOT NULL,
  `logged_by_id` bigint DEFAULT NULL,
  `entity_type` varchar(255) DEFAULT NULL,
  `entity_id` bigint DEFAULT NULL,
  FOREIGN KEY (`logged_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `meetings` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `title` varchar(255) DEFAULT NULL,
  `author_id` bigint DEFAULT NULL,
  `project_id` bigint DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  `start_time` datetime DEFAULT NULL,
  `duration` float DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `state` int NOT NULL DEFAULT 0,
  `lock_version` int NOT NULL DEFAULT 0,
  `recurring_meeting_id` bigint DEFAULT NULL,
  `template` tinyint(1) NOT NULL DEFAULT 0,
  `uid` varchar(255) DEFAULT NULL,
  `notify` tinyint(1) NOT NULL DEFAULT 1,
  UNIQUE KEY `index_meetings_on_uid` (`uid`)
);

CREATE TABLE `meeting_participants` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` bigint DEFAULT NULL,
  `meeting_id` bigint DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `invited` tinyint(1) DEFAULT NULL,
  `attended` tinyint(1) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `participation_status` varchar(255) NOT NULL DEFAULT 'needs-action',
  `comment` text
);

CREATE TABLE `news` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `project_id` bigint DEFAULT NULL,
  `title` varchar(60) NOT NULL DEFAULT '',
  `summary` varchar(255) DEFAULT '',
  `description` text,
  `author_id` bigint NOT NULL DEFAULT 0,
  `created_at` datetime DEFAULT NULL,
  `comments_count` int NOT NULL DEFAULT 0,
  `updated_at` datetime DEFAULT NULL
);

CREATE TABLE `comments` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `commented_type` varchar(30) NOT NULL DEFAULT '',
  `commented_id` bigint NOT NULL DEFAULT 0,
  `author_id` bigint NOT NULL DEFAULT 0,
  `comments` text,
  `created_on` datetime NOT NULL,
  `updated_on` datetime NOT NULL
);

CREATE TABLE `forums` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `project_id` bigint NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` varchar(255) DEFAULT NULL,
  `position` int DEFAULT 1,
  `topics_count` int NOT NULL DEFAULT 0,
  `messages_count` int NOT NULL DEFAULT 0,
  `last_message_id` bigint DEFAULT NULL
);

CREATE TABLE `messages` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `forum_id` bigint NOT NULL,
  `parent_id` bigint DEFAULT NULL,
  `subject` varchar(255) NOT NULL DEFAULT '',
  `content` text,
  `author_id` bigint DEFAULT NULL,
  `replies_count` int NOT NULL DEFAULT 0,
  `last_reply_id` bigint DEFAULT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `locked` tinyint(1) DEFAULT 0,
  `sticky` int DEFAULT 0,
  `sticked_on` datetime DEFAULT NULL
);

CREATE TABLE `attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `container_id` bigint DEFAULT NULL,
  `container_type` varchar(30) DEFAULT NULL,
  `filename` varchar(255) NOT NULL DEFAULT '',
  `disk_filename` varchar(255) NOT NULL DEFAULT '',
  `filesize` bigint NOT NULL DEFAULT 0,
  `content_type` varchar(255) DEFAULT '',
  `digest` varchar(40) NOT NULL DEFAULT '',
  `downloads` int NOT NULL DEFAULT 0,
  `author_id` bigint NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `file` varchar(255) DEFAULT NULL,
  `fulltext` mediumtext,
  `fulltext_tsv` text,
  `file_tsv` text,
  `updated_at` datetime DEFAULT NULL,
  `status` int NOT NULL DEFAULT 0
);

CREATE TABLE `watchers` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `watchable_type` varchar(255) NOT NULL DEFAULT '',
  `watchable_id` bigint NOT NULL DEFAULT 0,
  `user_id` bigint DEFAULT NULL
);

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `subject` text,
  `read_ian` tinyint(1) DEFAULT 0,
  `reason` tinyint DEFAULT NULL,
  `recipient_id` bigint NOT NULL,
  `actor_id` bigint DEFAULT NULL,
  `resource_type` varchar(255) NOT NULL,
  `resource_id` bigint NOT NULL,
  `journal_id` bigint DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `mail_reminder_sent` tinyint(1) DEFAULT 0,
  `mail_alert_sent` tinyint(1) DEFAULT NULL,
  FOREIGN KEY (`recipient_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`journal_id`) REFERENCES `journals` (`id`) ON DELETE CASCADE
);

CREATE TABLE `notification_settings` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `project_id` bigint DEFAULT NULL,
  `user_id` bigint NOT NULL,
  `watched` tinyint(1) DEFAULT 1,
  `mentioned` tinyint(1) DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `work_package_commented` tinyint(1) DEFAULT 0,
  `work_package_created` tinyint(1) DEFAULT 0,
  `work_package_processed` tinyint(1) DEFAULT 0,
  `work_package_prioritized` tinyint(1) DEFAULT 0,
  `work_package_scheduled` tinyint(1) DEFAULT 0,
  `news_added` tinyint(1) DEFAULT 0,
  `news_commented` tinyint(1) DEFAULT 0,
  `document_added` tinyint(1) DEFAULT 0,
  `forum_messages` tinyint(1) DEFAULT 0,
  `wiki_page_added` tinyint(1) DEFAULT 0,
  `wiki_page_updated` tinyint(1) DEFAULT 0,
  `membership_added` tinyint(1) DEFAULT 0,
  `membership_updated` tinyint(1) DEFAULT 0,
  `start_date` int DEFAULT 1,
  `due_date` int DEFAULT 1,
  `overdue` int DEFAULT NULL,
  `assignee` tinyint(1) NOT NULL DEFAULT 1,
  `responsible` tinyint(1) NOT NULL DEFAULT 1,
  `shared` tinyint(1) NOT NULL DEFAULT 1,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `reminders` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `remindable_type` varchar(255) NOT NULL,
  `remindable_id` bigint NOT NULL,
  `creator_id` bigint NOT NULL,
  `remind_at` datetime(6) NOT NULL,
  `completed_at` datetime(6) DEFAULT NULL,
  `job_id` varchar(255) DEFAULT NULL,
  `note` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `emoji_reactions` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `reactable_type` varchar(255) NOT NULL,
  `reactable_id` bigint NOT NULL,
  `reaction` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `favorites` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `favored_type` varchar(255) NOT NULL,
  `favored_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `settings` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(255) NOT NULL DEFAULT '',
  `value` text,
  `updated_on` datetime DEFAULT NULL
);

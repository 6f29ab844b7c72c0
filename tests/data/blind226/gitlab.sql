-- GitLab Community Edition 10.8 (gitlabhq/gitlabhq, MIT): db/schema.rb at commit
-- c9dc51111d53aba4e456afaade4bf9ad82c4b28c (ActiveRecord::Schema version 20180420080616),
-- Rails schema written as MySQL DDL the way GitLab ran on MySQL: implicit id -> int AUTO_INCREMENT,
-- string -> varchar(255), integer limit 8/2 -> bigint/smallint, boolean -> tinyint(1),
-- datetime and datetime_with_timezone -> datetime, binary -> blob (unique keys on blob columns
-- with a 20-byte prefix, as GitLab did on MySQL), text -> text; unique indexes as UNIQUE KEY,
-- other indexes left out; upstream add_foreign_key lines inline (only those between kept tables; the
-- merge_requests <-> merge_request_diffs cycle needs FOREIGN_KEY_CHECKS=0 while loading).
-- 60 of the 122 tables are kept, every column in upstream order (see gitlab.md).

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `abuse_reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reporter_id` int,
  `user_id` int,
  `message` text,
  `created_at` datetime,
  `updated_at` datetime,
  `message_html` text,
  `cached_markdown_version` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `audit_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `author_id` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `entity_id` int NOT NULL,
  `entity_type` varchar(255) NOT NULL,
  `details` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `award_emoji` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `user_id` int,
  `awardable_id` int,
  `awardable_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `broadcast_messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message` text NOT NULL,
  `starts_at` datetime NOT NULL,
  `ends_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `color` varchar(255),
  `font` varchar(255),
  `message_html` text NOT NULL,
  `cached_markdown_version` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `chat_names` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `service_id` int NOT NULL,
  `team_id` varchar(255) NOT NULL,
  `team_domain` varchar(255),
  `chat_id` varchar(255) NOT NULL,
  `chat_name` varchar(255),
  `last_used_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`service_id`, `team_id`, `chat_id`),
  UNIQUE KEY (`user_id`, `service_id`)
);

CREATE TABLE `projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `path` varchar(255),
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `creator_id` int,
  `namespace_id` int NOT NULL,
  `last_activity_at` datetime,
  `import_url` varchar(255),
  `visibility_level` int NOT NULL DEFAULT 0,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `avatar` varchar(255),
  `import_status` varchar(255),
  `star_count` int NOT NULL DEFAULT 0,
  `import_type` varchar(255),
  `import_source` varchar(255),
  `import_error` text,
  `ci_id` int,
  `shared_runners_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `runners_token` varchar(255),
  `build_coverage_regex` varchar(255),
  `build_allow_git_fetch` tinyint(1) NOT NULL DEFAULT 1,
  `build_timeout` int NOT NULL DEFAULT 3600,
  `pending_delete` tinyint(1) DEFAULT 0,
  `public_builds` tinyint(1) NOT NULL DEFAULT 1,
  `last_repository_check_failed` tinyint(1),
  `last_repository_check_at` datetime,
  `container_registry_enabled` tinyint(1),
  `only_allow_merge_if_pipeline_succeeds` tinyint(1) NOT NULL DEFAULT 0,
  `has_external_issue_tracker` tinyint(1),
  `repository_storage` varchar(255) NOT NULL DEFAULT 'default',
  `request_access_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `has_external_wiki` tinyint(1),
  `ci_config_path` varchar(255),
  `lfs_enabled` tinyint(1),
  `description_html` text,
  `only_allow_merge_if_all_discussions_are_resolved` tinyint(1),
  `printing_merge_request_link_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `auto_cancel_pending_pipelines` int NOT NULL DEFAULT 1,
  `import_jid` varchar(255),
  `cached_markdown_version` int,
  `delete_error` text,
  `last_repository_updated_at` datetime,
  `storage_version` smallint,
  `resolve_outdated_diff_discussions` tinyint(1),
  `repository_read_only` tinyint(1),
  `merge_requests_ff_only_enabled` tinyint(1) DEFAULT 0,
  `merge_requests_rebase_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `jobs_cache_index` int,
  `pages_https_only` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `name` varchar(255),
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `projects_limit` int NOT NULL,
  `skype` varchar(255) NOT NULL DEFAULT '',
  `linkedin` varchar(255) NOT NULL DEFAULT '',
  `twitter` varchar(255) NOT NULL DEFAULT '',
  `bio` varchar(255),
  `failed_attempts` int DEFAULT 0,
  `locked_at` datetime,
  `username` varchar(255),
  `can_create_group` tinyint(1) NOT NULL DEFAULT 1,
  `can_create_team` tinyint(1) NOT NULL DEFAULT 1,
  `state` varchar(255),
  `color_scheme_id` int NOT NULL DEFAULT 1,
  `password_expires_at` datetime,
  `created_by_id` int,
  `last_credential_check_at` datetime,
  `avatar` varchar(255),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `hide_no_ssh_key` tinyint(1) DEFAULT 0,
  `website_url` varchar(255) NOT NULL DEFAULT '',
  `notification_email` varchar(255),
  `hide_no_password` tinyint(1) DEFAULT 0,
  `password_automatically_set` tinyint(1) DEFAULT 0,
  `location` varchar(255),
  `encrypted_otp_secret` varchar(255),
  `encrypted_otp_secret_iv` varchar(255),
  `encrypted_otp_secret_salt` varchar(255),
  `otp_required_for_login` tinyint(1) NOT NULL DEFAULT 0,
  `otp_backup_codes` text,
  `public_email` varchar(255) NOT NULL DEFAULT '',
  `dashboard` int DEFAULT 0,
  `project_view` int DEFAULT 0,
  `consumed_timestep` int,
  `layout` int DEFAULT 0,
  `hide_project_limit` tinyint(1) DEFAULT 0,
  `unlock_token` varchar(255),
  `otp_grace_period_started_at` datetime,
  `external` tinyint(1) DEFAULT 0,
  `incoming_email_token` varchar(255),
  `organization` varchar(255),
  `require_two_factor_authentication_from_group` tinyint(1) NOT NULL DEFAULT 0,
  `two_factor_grace_period` int NOT NULL DEFAULT 48,
  `ghost` tinyint(1),
  `last_activity_on` date,
  `notified_of_own_activity` tinyint(1),
  `preferred_language` varchar(255),
  `rss_token` varchar(255),
  `theme_id` smallint,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`confirmation_token`),
  UNIQUE KEY (`email`),
  UNIQUE KEY (`reset_password_token`)
);

CREATE TABLE `ci_pipeline_schedules` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `ref` varchar(255),
  `cron` varchar(255),
  `cron_timezone` varchar(255),
  `next_run_at` datetime,
  `project_id` int,
  `owner_id` int,
  `active` tinyint(1) DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `ci_pipelines` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ref` varchar(255),
  `sha` varchar(255),
  `before_sha` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `tag` tinyint(1) DEFAULT 0,
  `yaml_errors` text,
  `committed_at` datetime,
  `project_id` int,
  `status` varchar(255),
  `started_at` datetime,
  `finished_at` datetime,
  `duration` int,
  `user_id` int,
  `lock_version` int,
  `auto_canceled_by_id` int,
  `pipeline_schedule_id` int,
  `source` int,
  `config_source` int,
  `protected` tinyint(1),
  `failure_reason` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`pipeline_schedule_id`) REFERENCES `ci_pipeline_schedules` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`auto_canceled_by_id`) REFERENCES `ci_pipelines` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `ci_builds` (
  `id` int NOT NULL AUTO_INCREMENT,
  `status` varchar(255),
  `finished_at` datetime,
  `trace` text,
  `created_at` datetime,
  `updated_at` datetime,
  `started_at` datetime,
  `runner_id` int,
  `coverage` float,
  `commit_id` int,
  `commands` text,
  `name` varchar(255),
  `options` text,
  `allow_failure` tinyint(1) NOT NULL DEFAULT 0,
  `stage` varchar(255),
  `trigger_request_id` int,
  `stage_idx` int,
  `tag` tinyint(1),
  `ref` varchar(255),
  `user_id` int,
  `type` varchar(255),
  `target_url` varchar(255),
  `description` varchar(255),
  `artifacts_file` text,
  `project_id` int,
  `artifacts_metadata` text,
  `erased_by_id` int,
  `erased_at` datetime,
  `artifacts_expire_at` datetime,
  `environment` varchar(255),
  `artifacts_size` bigint,
  `when` varchar(255),
  `yaml_variables` text,
  `queued_at` datetime,
  `token` varchar(255),
  `lock_version` int,
  `coverage_regex` varchar(255),
  `auto_canceled_by_id` int,
  `retried` tinyint(1),
  `stage_id` int,
  `artifacts_file_store` int,
  `artifacts_metadata_store` int,
  `protected` tinyint(1),
  `failure_reason` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  FOREIGN KEY (`auto_canceled_by_id`) REFERENCES `ci_pipelines` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `ci_runners` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `description` varchar(255),
  `contacted_at` datetime,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `is_shared` tinyint(1) DEFAULT 0,
  `name` varchar(255),
  `version` varchar(255),
  `revision` varchar(255),
  `platform` varchar(255),
  `architecture` varchar(255),
  `run_untagged` tinyint(1) NOT NULL DEFAULT 1,
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  `access_level` int NOT NULL DEFAULT 0,
  `ip_address` varchar(255),
  `maximum_timeout` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ci_triggers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `project_id` int,
  `owner_id` int,
  `description` varchar(255),
  `ref` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `ci_variables` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `value` text,
  `encrypted_value` text,
  `encrypted_value_salt` varchar(255),
  `encrypted_value_iv` varchar(255),
  `project_id` int NOT NULL,
  `protected` tinyint(1) NOT NULL DEFAULT 0,
  `environment_scope` varchar(255) NOT NULL DEFAULT '*',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `key`, `environment_scope`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `deploy_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `revoked` tinyint(1) DEFAULT 0,
  `read_repository` tinyint(1) NOT NULL DEFAULT 0,
  `read_registry` tinyint(1) NOT NULL DEFAULT 0,
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`)
);

CREATE TABLE `deployments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `iid` int NOT NULL,
  `project_id` int NOT NULL,
  `environment_id` int NOT NULL,
  `ref` varchar(255) NOT NULL,
  `tag` tinyint(1) NOT NULL,
  `sha` varchar(255) NOT NULL,
  `user_id` int,
  `deployable_id` int,
  `deployable_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `on_stop` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `iid`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `emails` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `email` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`confirmation_token`),
  UNIQUE KEY (`email`)
);

CREATE TABLE `environments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `external_url` varchar(255),
  `environment_type` varchar(255),
  `state` varchar(255) NOT NULL DEFAULT 'available',
  `slug` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `name`),
  UNIQUE KEY (`project_id`, `slug`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `author_id` int NOT NULL,
  `target_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `action` smallint NOT NULL,
  `target_type` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `feature_gates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `feature_key` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`feature_key`, `key`, `value`)
);

CREATE TABLE `features` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`key`)
);

CREATE TABLE `gpg_keys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int,
  `primary_keyid` blob,
  `fingerprint` blob,
  `key` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`fingerprint`(20)),
  UNIQUE KEY (`primary_keyid`(20)),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gpg_key_subkeys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `gpg_key_id` int NOT NULL,
  `keyid` blob,
  `fingerprint` blob,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`fingerprint`(20)),
  UNIQUE KEY (`keyid`(20)),
  FOREIGN KEY (`gpg_key_id`) REFERENCES `gpg_keys` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gpg_signatures` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `project_id` int,
  `gpg_key_id` int,
  `commit_sha` blob,
  `gpg_key_primary_keyid` blob,
  `gpg_key_user_name` text,
  `gpg_key_user_email` text,
  `verification_status` smallint NOT NULL DEFAULT 0,
  `gpg_key_subkey_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`commit_sha`(20)),
  FOREIGN KEY (`gpg_key_subkey_id`) REFERENCES `gpg_key_subkeys` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`gpg_key_id`) REFERENCES `gpg_keys` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `identities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `extern_uid` varchar(255),
  `provider` varchar(255),
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `namespaces` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `path` varchar(255) NOT NULL,
  `owner_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `type` varchar(255),
  `description` varchar(255) NOT NULL DEFAULT '',
  `avatar` varchar(255),
  `share_with_group_lock` tinyint(1) DEFAULT 0,
  `visibility_level` int NOT NULL DEFAULT 20,
  `request_access_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `description_html` text,
  `lfs_enabled` tinyint(1),
  `parent_id` int,
  `require_two_factor_authentication` tinyint(1) NOT NULL DEFAULT 0,
  `two_factor_grace_period` int NOT NULL DEFAULT 48,
  `cached_markdown_version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`, `parent_id`),
  UNIQUE KEY (`parent_id`, `id`)
);

CREATE TABLE `milestones` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `project_id` int,
  `description` text,
  `due_date` date,
  `created_at` datetime,
  `updated_at` datetime,
  `state` varchar(255),
  `iid` int,
  `title_html` text,
  `description_html` text,
  `start_date` date,
  `cached_markdown_version` int,
  `group_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `iid`),
  FOREIGN KEY (`group_id`) REFERENCES `namespaces` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `issues` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `author_id` int,
  `project_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `description` text,
  `milestone_id` int,
  `state` varchar(255),
  `iid` int,
  `updated_by_id` int,
  `confidential` tinyint(1) NOT NULL DEFAULT 0,
  `due_date` date,
  `moved_to_id` int,
  `lock_version` int,
  `title_html` text,
  `description_html` text,
  `time_estimate` int,
  `relative_position` int,
  `cached_markdown_version` int,
  `last_edited_at` datetime,
  `last_edited_by_id` int,
  `discussion_locked` tinyint(1),
  `closed_at` datetime,
  `closed_by_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `iid`),
  FOREIGN KEY (`moved_to_id`) REFERENCES `issues` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`milestone_id`) REFERENCES `milestones` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`closed_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `issue_assignees` (
  `user_id` int NOT NULL,
  `issue_id` int NOT NULL,
  UNIQUE KEY (`issue_id`, `user_id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issues` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `keys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `key` text,
  `title` varchar(255),
  `type` varchar(255),
  `fingerprint` varchar(255),
  `public` tinyint(1) NOT NULL DEFAULT 0,
  `last_used_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`fingerprint`)
);

CREATE TABLE `labels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `color` varchar(255),
  `project_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `template` tinyint(1) DEFAULT 0,
  `description` varchar(255),
  `description_html` text,
  `type` varchar(255),
  `group_id` int,
  `cached_markdown_version` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`group_id`, `project_id`, `title`),
  FOREIGN KEY (`group_id`) REFERENCES `namespaces` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `lfs_file_locks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `path` varchar(511),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `path`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `access_level` int NOT NULL,
  `source_id` int NOT NULL,
  `source_type` varchar(255) NOT NULL,
  `user_id` int,
  `notification_level` int NOT NULL,
  `type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `created_by_id` int,
  `invite_email` varchar(255),
  `invite_token` varchar(255),
  `invite_accepted_at` datetime,
  `requested_at` datetime,
  `expires_at` date,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`invite_token`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `merge_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `target_branch` varchar(255) NOT NULL,
  `source_branch` varchar(255) NOT NULL,
  `source_project_id` int,
  `author_id` int,
  `assignee_id` int,
  `title` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `milestone_id` int,
  `state` varchar(255) NOT NULL DEFAULT 'opened',
  `merge_status` varchar(255) NOT NULL DEFAULT 'unchecked',
  `target_project_id` int NOT NULL,
  `iid` int,
  `description` text,
  `updated_by_id` int,
  `merge_error` text,
  `merge_params` text,
  `merge_when_pipeline_succeeds` tinyint(1) NOT NULL DEFAULT 0,
  `merge_user_id` int,
  `merge_commit_sha` varchar(255),
  `in_progress_merge_commit_sha` varchar(255),
  `lock_version` int,
  `title_html` text,
  `description_html` text,
  `time_estimate` int,
  `cached_markdown_version` int,
  `last_edited_at` datetime,
  `last_edited_by_id` int,
  `head_pipeline_id` int,
  `merge_jid` varchar(255),
  `discussion_locked` tinyint(1),
  `latest_merge_request_diff_id` int,
  `rebase_commit_sha` varchar(255),
  `allow_maintainer_to_push` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`target_project_id`, `iid`),
  FOREIGN KEY (`head_pipeline_id`) REFERENCES `ci_pipelines` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`latest_merge_request_diff_id`) REFERENCES `merge_request_diffs` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`milestone_id`) REFERENCES `milestones` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`source_project_id`) REFERENCES `projects` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`target_project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`merge_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `merge_request_diffs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `state` varchar(255),
  `merge_request_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `base_commit_sha` varchar(255),
  `real_size` varchar(255),
  `head_commit_sha` varchar(255),
  `start_commit_sha` varchar(255),
  `commits_count` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`merge_request_id`) REFERENCES `merge_requests` (`id`) ON DELETE CASCADE
);

CREATE TABLE `merge_request_diff_commits` (
  `authored_date` datetime,
  `committed_date` datetime,
  `merge_request_diff_id` int NOT NULL,
  `relative_order` int NOT NULL,
  `sha` blob NOT NULL,
  `author_name` text,
  `author_email` text,
  `committer_name` text,
  `committer_email` text,
  `message` text,
  UNIQUE KEY (`merge_request_diff_id`, `relative_order`),
  FOREIGN KEY (`merge_request_diff_id`) REFERENCES `merge_request_diffs` (`id`) ON DELETE CASCADE
);

CREATE TABLE `merge_request_metrics` (
  `id` int NOT NULL AUTO_INCREMENT,
  `merge_request_id` int NOT NULL,
  `latest_build_started_at` datetime,
  `latest_build_finished_at` datetime,
  `first_deployed_to_production_at` datetime,
  `merged_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `pipeline_id` int,
  `merged_by_id` int,
  `latest_closed_by_id` int,
  `latest_closed_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`pipeline_id`) REFERENCES `ci_pipelines` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`merge_request_id`) REFERENCES `merge_requests` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`latest_closed_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`merged_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `notes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `note` text,
  `noteable_type` varchar(255),
  `author_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `project_id` int,
  `attachment` varchar(255),
  `line_code` varchar(255),
  `commit_id` varchar(255),
  `noteable_id` int,
  `system` tinyint(1) NOT NULL DEFAULT 0,
  `st_diff` text,
  `updated_by_id` int,
  `type` varchar(255),
  `position` text,
  `original_position` text,
  `resolved_at` datetime,
  `resolved_by_id` int,
  `discussion_id` varchar(255),
  `note_html` text,
  `cached_markdown_version` int,
  `change_position` text,
  `resolved_by_push` tinyint(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `notification_settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `source_id` int,
  `source_type` varchar(255),
  `level` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `new_note` tinyint(1),
  `new_issue` tinyint(1),
  `reopen_issue` tinyint(1),
  `close_issue` tinyint(1),
  `reassign_issue` tinyint(1),
  `new_merge_request` tinyint(1),
  `reopen_merge_request` tinyint(1),
  `close_merge_request` tinyint(1),
  `reassign_merge_request` tinyint(1),
  `merge_merge_request` tinyint(1),
  `failed_pipeline` tinyint(1),
  `success_pipeline` tinyint(1),
  `push_to_merge_request` tinyint(1),
  `issue_due` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `source_id`, `source_type`)
);

CREATE TABLE `oauth_access_grants` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int NOT NULL,
  `application_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime NOT NULL,
  `revoked_at` datetime,
  `scopes` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`)
);

CREATE TABLE `oauth_access_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int,
  `application_id` int,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`refresh_token`),
  UNIQUE KEY (`token`)
);

CREATE TABLE `oauth_applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime,
  `updated_at` datetime,
  `owner_id` int,
  `owner_type` varchar(255),
  `trusted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uid`)
);

CREATE TABLE `personal_access_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `revoked` tinyint(1) DEFAULT 0,
  `expires_at` date,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '--- []\n',
  `impersonation` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `project_authorizations` (
  `user_id` int,
  `project_id` int,
  `access_level` int,
  UNIQUE KEY (`user_id`, `project_id`, `access_level`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `protected_branches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `push_event_payloads` (
  `commit_count` bigint NOT NULL,
  `event_id` int NOT NULL,
  `action` smallint NOT NULL,
  `ref_type` smallint NOT NULL,
  `commit_from` blob,
  `commit_to` blob,
  `ref` text,
  `commit_title` varchar(70),
  UNIQUE KEY (`event_id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

CREATE TABLE `redirect_routes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `source_id` int NOT NULL,
  `source_type` varchar(255) NOT NULL,
  `path` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`path`)
);

CREATE TABLE `routes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `source_id` int NOT NULL,
  `source_type` varchar(255) NOT NULL,
  `path` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `name` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`path`),
  UNIQUE KEY (`source_type`, `source_id`)
);

CREATE TABLE `sent_notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `noteable_id` int,
  `noteable_type` varchar(255),
  `recipient_id` int,
  `commit_id` varchar(255),
  `reply_key` varchar(255) NOT NULL,
  `line_code` varchar(255),
  `note_type` varchar(255),
  `position` text,
  `in_reply_to_discussion_id` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`reply_key`)
);

CREATE TABLE `snippets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `content` text,
  `author_id` int NOT NULL,
  `project_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `file_name` varchar(255),
  `type` varchar(255),
  `visibility_level` int NOT NULL DEFAULT 0,
  `title_html` text,
  `content_html` text,
  `cached_markdown_version` int,
  `description` text,
  `description_html` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `spam_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `source_ip` varchar(255),
  `user_agent` varchar(255),
  `via_api` tinyint(1),
  `noteable_type` varchar(255),
  `title` varchar(255),
  `description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `submitted_as_ham` tinyint(1) NOT NULL DEFAULT 0,
  `recaptcha_verified` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `subscribable_id` int,
  `subscribable_type` varchar(255),
  `subscribed` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `project_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`subscribable_id`, `subscribable_type`, `user_id`, `project_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `timelogs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `time_spent` int NOT NULL,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `issue_id` int,
  `merge_request_id` int,
  `spent_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issues` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`merge_request_id`) REFERENCES `merge_requests` (`id`) ON DELETE CASCADE
);

CREATE TABLE `todos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `project_id` int NOT NULL,
  `target_id` int,
  `target_type` varchar(255) NOT NULL,
  `author_id` int NOT NULL,
  `action` int NOT NULL,
  `state` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `note_id` int,
  `commit_id` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `u2f_registrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `certificate` text,
  `key_handle` varchar(255),
  `public_key` varchar(255),
  `counter` int,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `uploads` (
  `id` int NOT NULL AUTO_INCREMENT,
  `size` bigint NOT NULL,
  `path` varchar(511) NOT NULL,
  `checksum` varchar(64),
  `model_id` int,
  `model_type` varchar(255),
  `uploader` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `mount_point` varchar(255),
  `secret` varchar(255),
  `store` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_agent_details` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(255) NOT NULL,
  `subject_id` int NOT NULL,
  `subject_type` varchar(255) NOT NULL,
  `submitted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_custom_attributes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `key`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user_synced_attributes_metadata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name_synced` tinyint(1) DEFAULT 0,
  `email_synced` tinyint(1) DEFAULT 0,
  `location_synced` tinyint(1) DEFAULT 0,
  `user_id` int NOT NULL,
  `provider` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `users_star_projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `project_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

CREATE TABLE `web_hooks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `url` varchar(2000),
  `project_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `type` varchar(255) DEFAULT 'ProjectHook',
  `service_id` int,
  `push_events` tinyint(1) NOT NULL DEFAULT 1,
  `issues_events` tinyint(1) NOT NULL DEFAULT 0,
  `merge_requests_events` tinyint(1) NOT NULL DEFAULT 0,
  `tag_push_events` tinyint(1) DEFAULT 0,
  `note_events` tinyint(1) NOT NULL DEFAULT 0,
  `enable_ssl_verification` tinyint(1) DEFAULT 1,
  `wiki_page_events` tinyint(1) NOT NULL DEFAULT 0,
  `token` varchar(255),
  `pipeline_events` tinyint(1) NOT NULL DEFAULT 0,
  `confidential_issues_events` tinyint(1) NOT NULL DEFAULT 0,
  `repository_update_events` tinyint(1) NOT NULL DEFAULT 0,
  `job_events` tinyint(1) NOT NULL DEFAULT 0,
  `confidential_note_events` tinyint(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
);

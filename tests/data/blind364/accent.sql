-- Accent (Mirego's open-source translation / localisation management tool; Elixir, Phoenix + Ecto on PostgreSQL),
-- github.com/mirego/accent commit 43872af8578df4121e39ea17c679b5eebb08f3f4 (BSD-3-Clause).
-- Written as MySQL by replaying the 74 Ecto migrations of priv/repo/migrations in timestamp order with a small
-- script: create table / alter table blocks (add, remove, modify, timestamps() -> inserted_at, updated_at),
-- rename(table, :a, to: :b), drop(table), and unique indexes without a WHERE condition; execute(...) blocks (data
-- updates and PostgreSQL foreign-key swaps), plain, partial and trigram indexes skipped. Ecto / PostgreSQL types:
-- :uuid -> char(36), :string -> varchar(255) (varchar(n) with size: n), :text -> longtext, :boolean -> tinyint(1),
-- :integer -> int(11), :utc_datetime and timestamps() -> datetime, :utc_datetime_usec -> datetime(6), :json / :map
-- and arrays -> longtext, :binary -> longblob; references(...) -> the column plus a foreign key to `id`; simple
-- defaults kept. Left out: the library tables created by Oban.Migrations (oban_jobs, oban_peers) and TelemetryUI's
-- migrations (telemetry_ui_events) — job queue and metrics tables of dependencies, not in Accent's repository.
-- Foreign keys are listed after the tables.

CREATE TABLE `languages` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `iso_639_1` varchar(255) NOT NULL,
  `iso_639_3` varchar(255) NOT NULL,
  `locale` varchar(255) NOT NULL,
  `android_code` varchar(255) NOT NULL,
  `osx_code` varchar(255) NOT NULL,
  `osx_locale` varchar(255) NOT NULL,
  `plural_forms` varchar(255) DEFAULT NULL,
  `rtl` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `languages_slug_index` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `language_id` char(36) DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `last_synced_at` datetime DEFAULT NULL,
  `locked_file_operations` tinyint(1) NOT NULL DEFAULT 0,
  `main_color` varchar(255) NOT NULL,
  `logo` longtext DEFAULT NULL,
  `machine_translations_config` longblob DEFAULT NULL,
  `prompt_config` longblob DEFAULT NULL,
  `sync_lock_version` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `revisions` (
  `id` char(36) NOT NULL,
  `project_id` char(36) NOT NULL,
  `language_id` char(36) NOT NULL,
  `master` tinyint(1) NOT NULL DEFAULT 1,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `master_revision_id` char(36) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `iso_639_1` varchar(255) DEFAULT NULL,
  `iso_639_3` varchar(255) DEFAULT NULL,
  `locale` varchar(255) DEFAULT NULL,
  `android_code` varchar(255) DEFAULT NULL,
  `osx_code` varchar(255) DEFAULT NULL,
  `osx_locale` varchar(255) DEFAULT NULL,
  `plural_forms` varchar(255) DEFAULT NULL,
  `rtl` tinyint(1) DEFAULT NULL,
  `marked_as_deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `revisions_project_id_language_id_index` (`project_id`,`language_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translations` (
  `id` char(36) NOT NULL,
  `key` longtext NOT NULL,
  `proposed_text` longtext DEFAULT NULL,
  `corrected_text` longtext DEFAULT NULL,
  `conflicted_text` longtext DEFAULT NULL,
  `conflicted` tinyint(1) NOT NULL DEFAULT 0,
  `removed` tinyint(1) NOT NULL DEFAULT 0,
  `revision_id` char(36) NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `comments_count` int(11) NOT NULL DEFAULT 0,
  `file_comment` longtext DEFAULT NULL,
  `file_index` int(11) DEFAULT NULL,
  `document_id` char(36) DEFAULT NULL,
  `value_type` varchar(255) NOT NULL DEFAULT 'string',
  `version_id` char(36) DEFAULT NULL,
  `source_translation_id` char(36) DEFAULT NULL,
  `plural` tinyint(1) NOT NULL DEFAULT 0,
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  `placeholders` longtext NOT NULL,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` char(36) NOT NULL,
  `text` longtext NOT NULL,
  `translation_id` char(36) NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `operations` (
  `id` char(36) NOT NULL,
  `action` varchar(255) NOT NULL,
  `key` longtext DEFAULT NULL,
  `text` longtext DEFAULT NULL,
  `previous_translation` longtext DEFAULT NULL,
  `translation_id` char(36) DEFAULT NULL,
  `revision_id` char(36) DEFAULT NULL,
  `project_id` char(36) DEFAULT NULL,
  `batch` tinyint(1) NOT NULL DEFAULT 0,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `batch_operation_id` char(36) DEFAULT NULL,
  `rollbacked_operation_id` char(36) DEFAULT NULL,
  `user_id` char(36) DEFAULT NULL,
  `file_comment` longtext DEFAULT NULL,
  `file_index` int(11) DEFAULT NULL,
  `rollbacked` tinyint(1) NOT NULL DEFAULT 0,
  `document_id` char(36) DEFAULT NULL,
  `value_type` varchar(255) DEFAULT NULL,
  `stats` longtext DEFAULT NULL,
  `version_id` char(36) DEFAULT NULL,
  `plural` tinyint(1) NOT NULL DEFAULT 0,
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  `placeholders` longtext NOT NULL,
  `options` longtext NOT NULL,
  `machine_translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `fullname` varchar(255) DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `bot` tinyint(1) DEFAULT 0,
  `picture_url` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_providers` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `user_id` char(36) NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_access_tokens` (
  `id` char(36) NOT NULL,
  `token` varchar(255) NOT NULL,
  `user_id` char(36) NOT NULL,
  `revoked_at` datetime DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `global` tinyint(1) NOT NULL DEFAULT 0,
  `custom_permissions` longtext DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collaborators` (
  `id` char(36) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `role` varchar(255) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `project_id` char(36) NOT NULL,
  `assigner_id` char(36) DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `collaborators_email_project_id_index` (`email`,`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` char(36) NOT NULL,
  `path` varchar(255) NOT NULL,
  `format` varchar(255) NOT NULL,
  `project_id` char(36) NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `header` longtext DEFAULT NULL,
  `top_of_the_file_comment` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documents_path_format_project_id_index` (`path`,`format`,`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translation_comments_subscriptions` (
  `id` char(36) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `translation_id` char(36) NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `translation_comments_subscriptions_user_id_translation_id_index` (`user_id`,`translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `id` char(36) NOT NULL,
  `service` longtext NOT NULL,
  `events` longtext NOT NULL,
  `data` longtext NOT NULL,
  `project_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `last_integration_execution_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `tag` varchar(255) NOT NULL,
  `project_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `copy_on_update_translation` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `versions_tag_project_id_index` (`tag`,`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prompts` (
  `id` char(36) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `content` longtext NOT NULL,
  `quick_access` varchar(255) DEFAULT NULL,
  `project_id` char(36) NOT NULL,
  `author_id` char(36) NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_lint_entries` (
  `id` char(36) NOT NULL,
  `check_ids` longtext NOT NULL,
  `type` longtext NOT NULL,
  `value` longtext DEFAULT NULL,
  `project_id` char(36) NOT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration_executions` (
  `id` char(36) NOT NULL,
  `integration_id` char(36) NOT NULL,
  `version_id` char(36) DEFAULT NULL,
  `user_id` char(36) NOT NULL,
  `state` varchar(255) NOT NULL DEFAULT 'success',
  `data` longtext DEFAULT NULL,
  `results` longtext DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `projects` ADD CONSTRAINT `projects_language_id_fkey` FOREIGN KEY (`language_id`) REFERENCES `languages` (`id`);
ALTER TABLE `revisions` ADD CONSTRAINT `revisions_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`);
ALTER TABLE `revisions` ADD CONSTRAINT `revisions_language_id_fkey` FOREIGN KEY (`language_id`) REFERENCES `languages` (`id`);
ALTER TABLE `revisions` ADD CONSTRAINT `revisions_master_revision_id_fkey` FOREIGN KEY (`master_revision_id`) REFERENCES `revisions` (`id`);
ALTER TABLE `translations` ADD CONSTRAINT `translations_revision_id_fkey` FOREIGN KEY (`revision_id`) REFERENCES `revisions` (`id`);
ALTER TABLE `translations` ADD CONSTRAINT `translations_document_id_fkey` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`);
ALTER TABLE `translations` ADD CONSTRAINT `translations_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`);
ALTER TABLE `translations` ADD CONSTRAINT `translations_source_translation_id_fkey` FOREIGN KEY (`source_translation_id`) REFERENCES `translations` (`id`);
ALTER TABLE `comments` ADD CONSTRAINT `comments_translation_id_fkey` FOREIGN KEY (`translation_id`) REFERENCES `translations` (`id`);
ALTER TABLE `comments` ADD CONSTRAINT `comments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `operations` ADD CONSTRAINT `operations_translation_id_fkey` FOREIGN KEY (`translation_id`) REFERENCES `translations` (`id`);
ALTER TABLE `operations` ADD CONSTRAINT `operations_revision_id_fkey` FOREIGN KEY (`revision_id`) REFERENCES `revisions` (`id`);
ALTER TABLE `operations` ADD CONSTRAINT `operations_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`);
ALTER TABLE `operations` ADD CONSTRAINT `operations_batch_operation_id_fkey` FOREIGN KEY (`batch_operation_id`) REFERENCES `operations` (`id`);
ALTER TABLE `operations` ADD CONSTRAINT `operations_rollbacked_operation_id_fkey` FOREIGN KEY (`rollbacked_operation_id`) REFERENCES `operations` (`id`);
ALTER TABLE `operations` ADD CONSTRAINT `operations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `operations` ADD CONSTRAINT `operations_document_id_fkey` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`);
ALTER TABLE `operations` ADD CONSTRAINT `operations_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`);
ALTER TABLE `auth_providers` ADD CONSTRAINT `auth_providers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `auth_access_tokens` ADD CONSTRAINT `auth_access_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `collaborators` ADD CONSTRAINT `collaborators_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `collaborators` ADD CONSTRAINT `collaborators_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`);
ALTER TABLE `collaborators` ADD CONSTRAINT `collaborators_assigner_id_fkey` FOREIGN KEY (`assigner_id`) REFERENCES `users` (`id`);
ALTER TABLE `documents` ADD CONSTRAINT `documents_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`);
ALTER TABLE `translation_comments_subscriptions` ADD CONSTRAINT `translation_comments_subscriptions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `translation_comments_subscriptions` ADD CONSTRAINT `translation_comments_subscriptions_translation_id_fkey` FOREIGN KEY (`translation_id`) REFERENCES `translations` (`id`);
ALTER TABLE `integrations` ADD CONSTRAINT `integrations_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`);
ALTER TABLE `integrations` ADD CONSTRAINT `integrations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `integrations` ADD CONSTRAINT `integrations_last_integration_execution_id_fkey` FOREIGN KEY (`last_integration_execution_id`) REFERENCES `integration_executions` (`id`);
ALTER TABLE `versions` ADD CONSTRAINT `versions_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`);
ALTER TABLE `versions` ADD CONSTRAINT `versions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `prompts` ADD CONSTRAINT `prompts_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`);
ALTER TABLE `prompts` ADD CONSTRAINT `prompts_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`);
ALTER TABLE `project_lint_entries` ADD CONSTRAINT `project_lint_entries_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`);
ALTER TABLE `integration_executions` ADD CONSTRAINT `integration_executions_integration_id_fkey` FOREIGN KEY (`integration_id`) REFERENCES `integrations` (`id`);
ALTER TABLE `integration_executions` ADD CONSTRAINT `integration_executions_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`);
ALTER TABLE `integration_executions` ADD CONSTRAINT `integration_executions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);

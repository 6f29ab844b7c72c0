-- Tracks (GTD to-do manager) — db/schema.rb (version 2020_08_20_000743), github.com/TracksApp/tracks commit 459058676eda63717da8fdd2441c2454a18e4c4d (GPL-2.0).
-- Rails schema written as MySQL: implicit bigint id primary keys, string->varchar(255|limit), boolean->tinyint(1), binary->blob;
-- unique indexes kept, other indexes left out; upstream declares no foreign keys.
CREATE TABLE `attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `todo_id` bigint,
  `file_file_name` varchar(255),
  `file_content_type` varchar(255),
  `file_file_size` bigint,
  `file_updated_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contexts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `position` int,
  `user_id` int DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  `state` varchar(20) NOT NULL DEFAULT 'active',
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dependencies` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `successor_id` int NOT NULL,
  `predecessor_id` int NOT NULL,
  `relationship_type` varchar(255),
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `project_id` int NOT NULL,
  `body` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `open_id_authentication_associations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `issued` int,
  `lifetime` int,
  `handle` varchar(255),
  `assoc_type` varchar(255),
  `server_url` blob,
  `secret` blob,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `open_id_authentication_nonces` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `timestamp` int NOT NULL,
  `server_url` varchar(255),
  `salt` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preferences` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `date_format` varchar(40) NOT NULL DEFAULT '%d/%m/%Y',
  `week_starts` int NOT NULL DEFAULT 0,
  `show_number_completed` int NOT NULL DEFAULT 5,
  `staleness_starts` int NOT NULL DEFAULT 7,
  `show_completed_projects_in_sidebar` tinyint(1) NOT NULL DEFAULT 1,
  `show_hidden_contexts_in_sidebar` tinyint(1) NOT NULL DEFAULT 1,
  `due_style` int NOT NULL DEFAULT 0,
  `refresh` int NOT NULL DEFAULT 0,
  `verbose_action_descriptors` tinyint(1) NOT NULL DEFAULT 0,
  `show_hidden_projects_in_sidebar` tinyint(1) NOT NULL DEFAULT 1,
  `time_zone` varchar(255) NOT NULL DEFAULT 'London',
  `show_project_on_todo_done` tinyint(1) NOT NULL DEFAULT 0,
  `title_date_format` varchar(255) NOT NULL DEFAULT '%A, %d %B %Y',
  `mobile_todos_per_page` int NOT NULL DEFAULT 6,
  `sms_email` varchar(255),
  `sms_context_id` int,
  `locale` varchar(255),
  `review_period` int NOT NULL DEFAULT 14,
  `theme` varchar(255),
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `position` int,
  `user_id` int DEFAULT 1,
  `description` text,
  `state` varchar(20) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `default_context_id` int,
  `completed_at` datetime,
  `default_tags` varchar(255),
  `last_reviewed` datetime,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recurring_todos` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT 1,
  `context_id` int NOT NULL,
  `project_id` int,
  `description` varchar(255) NOT NULL,
  `notes` text,
  `state` varchar(20) NOT NULL,
  `start_from` datetime,
  `ends_on` varchar(255),
  `end_date` datetime,
  `number_of_occurrences` int,
  `occurrences_count` int DEFAULT 0,
  `target` varchar(255),
  `show_from_delta` int,
  `recurring_period` varchar(255),
  `recurrence_selector` int,
  `every_other1` int,
  `every_other2` int,
  `every_other3` int,
  `every_day` varchar(255),
  `only_work_days` tinyint(1) DEFAULT 0,
  `every_count` int,
  `weekday` int,
  `completed_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `show_always` tinyint(1),
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255),
  `data` text,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `taggable_id` int,
  `tag_id` int,
  `taggable_type` varchar(255),
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` int,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `todos` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `context_id` int NOT NULL,
  `project_id` int,
  `description` text NOT NULL,
  `notes` text,
  `created_at` datetime,
  `due` datetime,
  `completed_at` datetime,
  `user_id` int DEFAULT 1,
  `show_from` datetime,
  `state` varchar(20) NOT NULL,
  `recurring_todo_id` int,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tolk_locales` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tolk_locales_on_name` (`name`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tolk_phrases` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tolk_translations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `phrase_id` int,
  `locale_id` int,
  `text` text,
  `previous_text` text,
  `primary_updated` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tolk_translations_on_phrase_id_and_locale_id` (`phrase_id`,`locale_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `login` varchar(80) NOT NULL,
  `crypted_password` varchar(60) NOT NULL,
  `token` varchar(255),
  `is_admin` tinyint(1) NOT NULL DEFAULT 0,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `auth_type` varchar(255) NOT NULL DEFAULT 'database',
  `open_id_url` varchar(255),
  `remember_token` varchar(255),
  `remember_token_expires_at` datetime,
  `email` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `last_login_at` datetime,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;


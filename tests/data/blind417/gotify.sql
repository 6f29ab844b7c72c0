-- Gotify server (self-hosted push-notification server: users, the applications that send messages, the clients
-- that receive them, messages, plug-in configurations)
-- Upstream: github.com/gotify/server, commit d543a8aad22fcbebf25e76d201b4317882b5e148 (v3.0.0 + 4 commits; MIT).
-- Source: the GORM models model/user.go, model/application.go, model/message.go, model/client.go and
-- model/pluginconf.go, which database/database.go passes to db.AutoMigrate (User, Application, Message, Client,
-- PluginConf) on start-up; MySQL/MariaDB is one of the three supported dialects.
-- Written as GORM's MySQL dialect creates them on a fresh database: table names pluralised and snake_case
-- (users, applications, messages, clients, plugin_confs), columns in struct-field order (the has-many slices
-- Applications, Clients, Plugins and the gorm:"-" Messages field have no column); uint -> bigint unsigned (the
-- primaryKey;autoIncrement ids bigint unsigned AUTO_INCREMENT), int -> bigint, bool -> boolean, time.Time and
-- *time.Time -> datetime(3) NULL, []byte -> longblob, string without a type -> longtext, the gorm type tags
-- (varchar(180), text) as written, SortKey's "bytes" -> longblob. Indexes with upstream's names: the uniqueIndex
-- and index tags, with their length options (oidc_id(512), sort_key(255)); GORM's default name idx_<table>_<column>
-- for the plain index tags. No foreign keys: database.go opens GORM with
-- DisableForeignKeyConstraintWhenMigrating: true, so upstream's database has none (the user_id / application_id
-- columns are the has-many links). Nothing is left out: these five tables are the whole schema.

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(180),
  `pass` longblob,
  `admin` boolean,
  `created_at` datetime(3) NULL,
  `oidc_id` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_users_name` (`name`),
  UNIQUE KEY `uix_users_oidc_id` (`oidc_id`(512))
);

CREATE TABLE `applications` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `token` varchar(180),
  `user_id` bigint unsigned,
  `name` text,
  `description` text,
  `internal` boolean,
  `image` text,
  `default_priority` bigint,
  `created_at` datetime(3) NULL,
  `last_used` datetime(3) NULL,
  `sort_key` longblob,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_applications_token` (`token`),
  KEY `idx_applications_user_id` (`user_id`),
  UNIQUE KEY `uix_application_user_id_sort_key` (`user_id`, `sort_key`(255))
);

CREATE TABLE `messages` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `application_id` bigint unsigned,
  `message` text,
  `title` text,
  `priority` bigint,
  `extras` longblob,
  `date` datetime(3) NULL,
  PRIMARY KEY (`id`),
  KEY `idx_messages_id` (`id`)
);

CREATE TABLE `clients` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `token` varchar(180),
  `user_id` bigint unsigned,
  `name` text,
  `created_at` datetime(3) NULL,
  `last_used` datetime(3) NULL,
  `elevated_until` datetime(3) NULL,
  `expires_after_inactivity_seconds` bigint unsigned NOT NULL DEFAULT 0,
  `expires_at` datetime(3) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_clients_token` (`token`),
  KEY `idx_clients_user_id` (`user_id`),
  KEY `idx_clients_expires_at` (`expires_at`)
);

CREATE TABLE `plugin_confs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned,
  `module_path` text,
  `token` varchar(180),
  `application_id` bigint unsigned,
  `enabled` boolean,
  `created_at` datetime(3) NULL,
  `config` longblob,
  `storage` longblob,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_plugin_confs_token` (`token`)
);

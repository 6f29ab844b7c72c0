-- Opengist v1.15.1 (thomiceli/opengist; self-hosted pastebin powered by Git, Go + GORM on SQLite, PostgreSQL or
-- MySQL), commit 72c5696cd7257b7b7783a1a7f64d00d77280bb34 (AGPL-3.0)
-- The GORM model structs that internal/db/db.go Setup() passes to AutoMigrate (internal/db/user.go, gist.go,
-- sshkey.go, admin_setting.go, invitation.go, webauth_credential.go, totp.go, gist_topic.go, gist_language.go,
-- gist_init_queue.go, access_token.go, action_lock.go, and migration.go's MigrationVersion), rendered as GORM's
-- MySQL migrator creates them on a fresh database (see opengist.md). Nothing left out.

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `username` longtext,
  `username_normalized` varchar(191),
  `password` longtext,
  `is_admin` boolean,
  `created_at` bigint,
  `email` longtext,
  `md5_hash` longtext,
  `avatar_url` longtext,
  `github_id` longtext,
  `gitlab_id` longtext,
  `gitea_id` longtext,
  `oidc_id` longtext,
  `style_preferences` longtext,
  PRIMARY KEY (`id`),
  KEY `idx_users_username_normalized` (`username_normalized`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gists` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` longtext,
  `title` longtext,
  `url` longtext,
  `url_normalized` longtext,
  `preview` longtext,
  `preview_filename` longtext,
  `preview_mime_type` longtext,
  `description` longtext,
  `private` bigint,
  `user_id` bigint unsigned,
  `nb_files` bigint,
  `nb_likes` bigint,
  `nb_forks` bigint,
  `created_at` bigint,
  `updated_at` bigint,
  `expires_at` bigint,
  `archived` boolean,
  `forked_id` bigint unsigned,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_users_gists` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_gists_forked` FOREIGN KEY (`forked_id`) REFERENCES `gists` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `likes` (
  `user_id` bigint unsigned NOT NULL,
  `gist_id` bigint unsigned NOT NULL,
  `created_at` bigint,
  PRIMARY KEY (`user_id`, `gist_id`),
  CONSTRAINT `fk_likes_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_likes_gist` FOREIGN KEY (`gist_id`) REFERENCES `gists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ssh_keys` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` longtext,
  `content` longtext,
  `sha` longtext,
  `created_at` bigint,
  `last_used_at` bigint,
  `user_id` bigint unsigned,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_users_ssh_keys` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_settings` (
  `key` varchar(191),
  `value` longtext,
  UNIQUE KEY `idx_admin_settings_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `code` longtext,
  `expires_at` bigint,
  `nb_used` bigint unsigned,
  `nb_max` bigint unsigned,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `web_authn_credentials` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` longtext,
  `user_id` bigint unsigned,
  `credential_id` VARBINARY(1024),
  `public_key` VARBINARY(1024),
  `attestation_type` longtext,
  `aaguid` VARBINARY(1024),
  `sign_count` int unsigned,
  `clone_warning` boolean,
  `flag_user_present` boolean,
  `flag_user_verified` boolean,
  `flag_backup_eligible` boolean,
  `flag_backup_state` boolean,
  `created_at` bigint,
  `last_used_at` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_users_web_authn_credentials` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `totps` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned,
  `secret` longtext,
  `recovery_codes` JSON,
  `created_at` bigint,
  `last_used_at` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_totps_user_id` (`user_id`),
  CONSTRAINT `fk_totps_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gist_topics` (
  `gist_id` bigint unsigned NOT NULL,
  `topic` varchar(50) NOT NULL,
  PRIMARY KEY (`gist_id`, `topic`),
  CONSTRAINT `fk_gists_topics` FOREIGN KEY (`gist_id`) REFERENCES `gists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gist_languages` (
  `gist_id` bigint unsigned NOT NULL,
  `language` varchar(100) NOT NULL,
  PRIMARY KEY (`gist_id`, `language`),
  CONSTRAINT `fk_gists_languages` FOREIGN KEY (`gist_id`) REFERENCES `gists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gist_init_queues` (
  `gist_id` bigint unsigned NOT NULL,
  `user_id` bigint unsigned NOT NULL,
  `token` varchar(32),
  PRIMARY KEY (`gist_id`, `user_id`),
  UNIQUE KEY `idx_gist_init_queues_token` (`token`),
  CONSTRAINT `fk_gist_init_queues_gist` FOREIGN KEY (`gist_id`) REFERENCES `gists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_gist_init_queues_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` longtext,
  `token_hash` longtext,
  `created_at` bigint,
  `expires_at` bigint,
  `last_used_at` bigint,
  `user_id` bigint unsigned,
  `scope_gist` bigint unsigned,
  `scope_user` bigint unsigned,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_users_access_tokens` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_locks` (
  `action` bigint NOT NULL,
  `locked_until` bigint,
  PRIMARY KEY (`action`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migration_versions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `version` bigint unsigned,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

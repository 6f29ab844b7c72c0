-- Vito 2.x (vitodeploy; self-hosted server and site deployment panel, a Laravel Forge alternative; Laravel 11),
-- github.com/vitodeploy/vito database/migrations/*.php, commit 65898b0ee6dafbf8b572216caebbb08bd85dcbf0 of 2025-05-21
-- (head of the default branch 2.x, config/app.php version 2.5.0; AGPL-3.0).
-- The 75 Laravel migrations were replayed in file order, as `php artisan migrate` runs them on a fresh install, by a
-- small stand-in for Laravel 11's schema builder (the same one used for Coolify in this exam) into a scratch
-- PostgreSQL 15 database, with Vito's own App\Enums classes for the enum defaults; data steps run on an empty database
-- and change nothing; all 75 applied. Vito installs on SQLite by default, whose column types are loose; PostgreSQL
-- keeps the types the migrations declare, and its catalog was written as MySQL by a script: columns in the database's
-- order (after() does nothing on SQLite or PostgreSQL), names unchanged; varchar(n) -> VARCHAR(n), text -> TEXT,
-- inet (ipAddress()) -> VARCHAR(45), boolean -> TINYINT(1), timestamp(0) -> DATETIME, json -> JSON, decimal(p,s) ->
-- DECIMAL(p,s); NOT NULL and literal defaults kept, bigserial keys -> BIGINT AUTO_INCREMENT; primary and unique keys as
-- declared. Vito's migrations declare no foreign keys (they use plain unsignedBigInteger / foreignId columns). The
-- telescope tables are created and later dropped by the migrations; the 2.x migration that renames `queues` to
-- `workers` is applied. All 39 tables are kept (Laravel's `migrations` bookkeeping table is not included).

CREATE TABLE `backup_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `backup_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `size` BIGINT NULL,
  `status` VARCHAR(255) NOT NULL,
  `restored_at` DATETIME NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `restored_to` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `server_id` BIGINT NOT NULL,
  `storage_id` BIGINT NOT NULL,
  `database_id` BIGINT NULL,
  `interval` VARCHAR(255) NOT NULL,
  `keep_backups` BIGINT NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `command_executions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `command_id` BIGINT NOT NULL,
  `server_id` INT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `server_log_id` BIGINT NULL,
  `variables` JSON NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commands` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `command` TEXT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cron_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `server_id` BIGINT NOT NULL,
  `command` TEXT NOT NULL,
  `user` VARCHAR(255) NOT NULL,
  `frequency` VARCHAR(255) NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `database_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `server_id` BIGINT NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `password` TEXT NULL,
  `databases` JSON NULL,
  `host` VARCHAR(255) NOT NULL DEFAULT 'localhost',
  `status` VARCHAR(255) NOT NULL DEFAULT 'creating',
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `databases` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `server_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'creating',
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `collation` VARCHAR(255) NULL,
  `charset` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deployment_scripts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NULL,
  `content` TEXT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deployments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `deployment_script_id` BIGINT NOT NULL,
  `log_id` INT NULL,
  `commit_data` JSON NULL,
  `commit_id` VARCHAR(255) NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `failed_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `connection` TEXT NOT NULL,
  `queue` TEXT NOT NULL,
  `payload` TEXT NOT NULL,
  `exception` TEXT NOT NULL,
  `failed_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `server_id` BIGINT NOT NULL,
  `server_user` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `size` BIGINT NOT NULL,
  `links` BIGINT NOT NULL,
  `owner` VARCHAR(255) NOT NULL,
  `group` VARCHAR(255) NOT NULL,
  `date` VARCHAR(255) NOT NULL,
  `permissions` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `firewall_rules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `server_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `protocol` VARCHAR(255) NOT NULL,
  `port` INT NOT NULL,
  `source` VARCHAR(45) NULL,
  `mask` VARCHAR(255) NULL,
  `note` TEXT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'creating',
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT 'Undefined',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `git_hooks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `source_control_id` BIGINT NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `events` JSON NOT NULL,
  `actions` JSON NOT NULL,
  `hook_id` VARCHAR(255) NULL,
  `hook_response` JSON NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `git_hooks_secret_unique` (`secret`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `queue` VARCHAR(255) NOT NULL,
  `payload` TEXT NOT NULL,
  `attempts` INT NOT NULL,
  `reserved_at` INT NULL,
  `available_at` INT NOT NULL,
  `created_at` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `load_balancer_servers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `load_balancer_id` BIGINT NOT NULL,
  `ip` VARCHAR(255) NOT NULL,
  `port` INT NOT NULL,
  `weight` INT NULL,
  `backup` TINYINT(1) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metrics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `server_id` BIGINT NOT NULL,
  `load` DECIMAL(5,2) NOT NULL,
  `memory_total` DECIMAL(15,0) NOT NULL,
  `memory_used` DECIMAL(15,0) NOT NULL,
  `memory_free` DECIMAL(15,0) NOT NULL,
  `disk_total` DECIMAL(15,0) NOT NULL,
  `disk_used` DECIMAL(15,0) NOT NULL,
  `disk_free` DECIMAL(15,0) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_channels` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `data` JSON NULL,
  `connected` TINYINT(1) NOT NULL DEFAULT 0,
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `project_id` BIGINT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_tokens` (
  `email` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tokenable_type` VARCHAR(255) NOT NULL,
  `tokenable_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  `abilities` TEXT NULL,
  `last_used_at` DATETIME NULL,
  `expires_at` DATETIME NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redirects` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `mode` INT NOT NULL,
  `from` TEXT NOT NULL,
  `to` TEXT NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'creating',
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `script_executions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `script_id` BIGINT NOT NULL,
  `server_log_id` BIGINT NULL,
  `user` VARCHAR(255) NOT NULL,
  `variables` JSON NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `server_id` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scripts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `project_id` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `server_id` BIGINT NOT NULL,
  `site_id` BIGINT NULL,
  `type` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `disk` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `is_remote` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `profile` VARCHAR(255) NULL,
  `provider` VARCHAR(255) NOT NULL,
  `credentials` TEXT NOT NULL,
  `connected` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `project_id` BIGINT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_ssh_keys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `server_id` BIGINT NOT NULL,
  `ssh_key_id` BIGINT NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `servers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `ssh_user` VARCHAR(255) NULL,
  `ip` VARCHAR(45) NULL,
  `local_ip` VARCHAR(45) NULL,
  `provider_id` INT NULL,
  `port` INT NOT NULL DEFAULT 22,
  `os` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `type_data` JSON NULL,
  `provider` VARCHAR(255) NOT NULL,
  `provider_data` JSON NULL,
  `authentication` TEXT NULL,
  `public_key` TEXT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'installing',
  `progress` INT NOT NULL DEFAULT 0,
  `progress_step` VARCHAR(255) NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `project_id` BIGINT NULL,
  `updates` INT NOT NULL DEFAULT 0,
  `last_update_check` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `services` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `server_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `type_data` JSON NULL,
  `name` VARCHAR(255) NOT NULL,
  `version` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'installing',
  `is_default` TINYINT(1) NOT NULL DEFAULT 1,
  `unit` VARCHAR(255) NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NULL,
  `ip_address` VARCHAR(45) NULL,
  `user_agent` TEXT NULL,
  `payload` TEXT NOT NULL,
  `last_activity` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sites` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `server_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `type_data` JSON NULL,
  `domain` VARCHAR(255) NOT NULL,
  `aliases` JSON NULL,
  `web_directory` VARCHAR(255) NULL,
  `path` VARCHAR(255) NOT NULL,
  `php_version` VARCHAR(255) NULL,
  `source_control` VARCHAR(255) NULL,
  `repository` VARCHAR(255) NULL,
  `branch` VARCHAR(255) NULL,
  `port` INT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'installing',
  `progress` INT NULL DEFAULT 0,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `ssh_key` TEXT NULL,
  `source_control_id` BIGINT NULL,
  `user` VARCHAR(255) NOT NULL,
  `force_ssl` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `source_controls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(255) NOT NULL,
  `provider_data` JSON NULL,
  `access_token` TEXT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `url` VARCHAR(255) NULL,
  `profile` VARCHAR(255) NULL,
  `project_id` BIGINT NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ssh_keys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `public_key` TEXT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ssls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'letsencrypt',
  `domains` VARCHAR(255) NULL,
  `certificate` TEXT NULL,
  `pk` TEXT NULL,
  `ca` TEXT NULL,
  `expires_at` DATETIME NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `log_id` INT NULL,
  `email` VARCHAR(255) NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `certificate_path` VARCHAR(255) NULL,
  `pk_path` VARCHAR(255) NULL,
  `ca_path` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `user_id` BIGINT NOT NULL,
  `profile` VARCHAR(255) NOT NULL,
  `credentials` TEXT NULL,
  `project_id` BIGINT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggables` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tag_id` BIGINT NOT NULL,
  `taggable_id` BIGINT NOT NULL,
  `taggable_type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_project` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `remember_token` VARCHAR(100) NULL,
  `profile_photo_path` VARCHAR(2048) NULL,
  `two_factor_secret` TEXT NULL,
  `two_factor_recovery_codes` TEXT NULL,
  `timezone` VARCHAR(255) NULL DEFAULT 'UTC',
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `two_factor_confirmed_at` DATETIME NULL,
  `current_project_id` BIGINT NULL,
  `role` VARCHAR(255) NOT NULL DEFAULT 'user',
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `server_id` INT NULL,
  `site_id` INT NULL,
  `command` TEXT NOT NULL,
  `user` VARCHAR(255) NOT NULL,
  `auto_start` TINYINT(1) NOT NULL DEFAULT 1,
  `auto_restart` TINYINT(1) NOT NULL DEFAULT 1,
  `numprocs` INT NOT NULL DEFAULT 8,
  `redirect_stderr` TINYINT(1) NOT NULL DEFAULT 1,
  `stdout_logfile` VARCHAR(255) NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

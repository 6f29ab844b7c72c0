-- Semaphore UI (semaphoreui/semaphore, formerly ansible-semaphore): web UI and API for Ansible, Terraform/OpenTofu,
-- PowerShell and Bash runs (projects, inventories, key store, repositories, environments, task templates, schedules,
-- integrations, tasks and their output, runners, users, sessions, API tokens, event log).
-- Upstream: github.com/semaphoreui/semaphore, commit d4a27137486d65f963257d06e6b7867b54513e20 (MIT),
-- db/sql/migrations/v0.0.0.sql .. v2.10.28.sql (the 55 versions listed in db/Migration.go) applied in order to a
-- scratch MariaDB database with the MySQL conversion of db/sql/migration.go (autoincrement -> auto_increment,
-- "if exists" removed) and the MySQL PreApply step of migration_2_10_24.go, then read back with
-- mysqldump --no-data. The migrations table of db/sql/SqlDb.go (initialSQL) is included. All tables kept.
-- Tables are ordered so that referenced ones come first; the one foreign key of a cycle
-- (project__inventory.holder_id -> project__template) is added by ALTER TABLE at the end.

CREATE TABLE `migrations` (
  `version` varchar(255) NOT NULL,
  `upgraded_date` datetime DEFAULT NULL,
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `option` (
  `key` varchar(255) NOT NULL,
  `value` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `alert` tinyint(1) NOT NULL DEFAULT 0,
  `alert_chat` varchar(30) DEFAULT NULL,
  `max_parallel_tasks` int(11) NOT NULL DEFAULT 0,
  `type` varchar(20) DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__environment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `json` longtext NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `env` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  CONSTRAINT `project__environment_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__view` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `project_id` int(11) NOT NULL,
  `position` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  CONSTRAINT `project__view_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `runner` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) DEFAULT NULL,
  `token` varchar(255) NOT NULL,
  `webhook` varchar(1000) NOT NULL DEFAULT '',
  `max_parallel_tasks` int(11) NOT NULL DEFAULT 0,
  `name` varchar(100) NOT NULL DEFAULT '',
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  CONSTRAINT `runner_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `created` datetime NOT NULL,
  `last_active` datetime NOT NULL,
  `ip` varchar(39) NOT NULL DEFAULT '',
  `user_agent` text NOT NULL,
  `expired` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `expired` (`expired`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime NOT NULL,
  `username` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `alert` tinyint(1) NOT NULL DEFAULT 0,
  `external` tinyint(1) NOT NULL DEFAULT 0,
  `admin` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_key` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `project_id` int(11) DEFAULT NULL,
  `secret` text DEFAULT NULL,
  `environment_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  KEY `environment_id` (`environment_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `access_key_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE SET NULL,
  CONSTRAINT `access_key_ibfk_2` FOREIGN KEY (`environment_id`) REFERENCES `project__environment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_key_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) DEFAULT NULL,
  `object_id` int(11) DEFAULT NULL,
  `object_type` varchar(20) DEFAULT '',
  `description` text DEFAULT NULL,
  `created` datetime NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `event_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `event_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_backup_5784568` (
  `project_id` int(11) DEFAULT NULL,
  `object_id` int(11) DEFAULT NULL,
  `object_type` varchar(20) DEFAULT '',
  `description` text DEFAULT NULL,
  `created` datetime NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  KEY `user_id` (`user_id`),
  CONSTRAINT `event_backup_5784568_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__repository` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `git_url` text NOT NULL,
  `ssh_key_id` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `git_branch` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  KEY `ssh_key_id` (`ssh_key_id`),
  CONSTRAINT `project__repository_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__repository_ibfk_2` FOREIGN KEY (`ssh_key_id`) REFERENCES `access_key` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__inventory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `type` varchar(255) NOT NULL,
  `inventory` longtext NOT NULL,
  `ssh_key_id` int(11) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `become_key_id` int(11) DEFAULT NULL,
  `holder_id` int(11) DEFAULT NULL,
  `repository_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  KEY `ssh_key_id` (`ssh_key_id`),
  KEY `become_key_id` (`become_key_id`),
  KEY `holder_id` (`holder_id`),
  KEY `repository_id` (`repository_id`),
  CONSTRAINT `project__inventory_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__inventory_ibfk_3` FOREIGN KEY (`ssh_key_id`) REFERENCES `access_key` (`id`),
  CONSTRAINT `project__inventory_ibfk_4` FOREIGN KEY (`become_key_id`) REFERENCES `access_key` (`id`),
  CONSTRAINT `project__inventory_ibfk_6` FOREIGN KEY (`repository_id`) REFERENCES `project__repository` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `inventory_id` int(11) DEFAULT NULL,
  `repository_id` int(11) NOT NULL,
  `environment_id` int(11) DEFAULT NULL,
  `playbook` varchar(255) NOT NULL,
  `arguments` text DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `description` longtext DEFAULT NULL,
  `type` varchar(10) NOT NULL DEFAULT '',
  `start_version` varchar(20) DEFAULT NULL,
  `build_template_id` int(11) DEFAULT NULL,
  `view_id` int(11) DEFAULT NULL,
  `survey_vars` longtext DEFAULT NULL,
  `autorun` tinyint(1) DEFAULT 0,
  `allow_override_args_in_task` tinyint(1) NOT NULL DEFAULT 0,
  `suppress_success_alerts` tinyint(1) NOT NULL DEFAULT 0,
  `app` varchar(50) NOT NULL,
  `tasks` int(11) NOT NULL DEFAULT 0,
  `git_branch` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  KEY `inventory_id` (`inventory_id`),
  KEY `repository_id` (`repository_id`),
  KEY `environment_id` (`environment_id`),
  KEY `build_template_id` (`build_template_id`),
  KEY `view_id` (`view_id`),
  CONSTRAINT `project__template_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__template_ibfk_3` FOREIGN KEY (`inventory_id`) REFERENCES `project__inventory` (`id`),
  CONSTRAINT `project__template_ibfk_4` FOREIGN KEY (`repository_id`) REFERENCES `project__repository` (`id`),
  CONSTRAINT `project__template_ibfk_5` FOREIGN KEY (`environment_id`) REFERENCES `project__environment` (`id`),
  CONSTRAINT `project__template_ibfk_7` FOREIGN KEY (`build_template_id`) REFERENCES `project__template` (`id`),
  CONSTRAINT `project__template_ibfk_8` FOREIGN KEY (`view_id`) REFERENCES `project__view` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__integration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `project_id` int(11) NOT NULL,
  `template_id` int(11) NOT NULL,
  `auth_method` varchar(15) NOT NULL DEFAULT 'none',
  `auth_secret_id` int(11) DEFAULT NULL,
  `auth_header` varchar(255) DEFAULT NULL,
  `searchable` tinyint(1) NOT NULL DEFAULT 0,
  `task_params` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  KEY `template_id` (`template_id`),
  KEY `auth_secret_id` (`auth_secret_id`),
  CONSTRAINT `project__integration_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__integration_ibfk_2` FOREIGN KEY (`template_id`) REFERENCES `project__template` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__integration_ibfk_3` FOREIGN KEY (`auth_secret_id`) REFERENCES `access_key` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__integration_alias` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `alias` varchar(50) NOT NULL,
  `project_id` int(11) NOT NULL,
  `integration_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`),
  KEY `project_id` (`project_id`),
  KEY `integration_id` (`integration_id`),
  CONSTRAINT `project__integration_alias_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__integration_alias_ibfk_2` FOREIGN KEY (`integration_id`) REFERENCES `project__integration` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__integration_extract_value` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `integration_id` int(11) NOT NULL,
  `value_source` varchar(255) NOT NULL,
  `body_data_type` varchar(255) DEFAULT NULL,
  `key` varchar(255) DEFAULT NULL,
  `variable` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `integration_id` (`integration_id`),
  CONSTRAINT `project__integration_extract_value_ibfk_1` FOREIGN KEY (`integration_id`) REFERENCES `project__integration` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__integration_matcher` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `integration_id` int(11) NOT NULL,
  `match_type` varchar(255) DEFAULT NULL,
  `method` varchar(255) DEFAULT NULL,
  `body_data_type` varchar(255) DEFAULT NULL,
  `key` varchar(510) DEFAULT NULL,
  `value` varchar(510) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `integration_id` (`integration_id`),
  CONSTRAINT `project__integration_matcher_ibfk_1` FOREIGN KEY (`integration_id`) REFERENCES `project__integration` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__schedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `template_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `cron_format` varchar(255) NOT NULL,
  `repository_id` int(11) DEFAULT NULL,
  `last_commit_hash` varchar(40) DEFAULT NULL,
  `name` varchar(100) NOT NULL DEFAULT '',
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `template_id` (`template_id`),
  KEY `project_id` (`project_id`),
  KEY `repository_id` (`repository_id`),
  CONSTRAINT `project__schedule_ibfk_1` FOREIGN KEY (`template_id`) REFERENCES `project__template` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__schedule_ibfk_2` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__schedule_ibfk_3` FOREIGN KEY (`repository_id`) REFERENCES `project__repository` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__template_vault` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `template_id` int(11) NOT NULL,
  `vault_key_id` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `template_id` (`template_id`,`vault_key_id`,`name`),
  KEY `project_id` (`project_id`),
  KEY `vault_key_id` (`vault_key_id`),
  CONSTRAINT `project__template_vault_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__template_vault_ibfk_2` FOREIGN KEY (`template_id`) REFERENCES `project__template` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__template_vault_ibfk_3` FOREIGN KEY (`vault_key_id`) REFERENCES `access_key` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project__user` (
  `project_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `role` varchar(50) NOT NULL DEFAULT 'manager',
  UNIQUE KEY `project_id` (`project_id`,`user_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `project__user_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project__user_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `template_id` int(11) NOT NULL,
  `status` varchar(255) NOT NULL,
  `playbook` varchar(255) NOT NULL,
  `environment` longtext DEFAULT NULL,
  `debug` tinyint(1) NOT NULL DEFAULT 0,
  `created` datetime DEFAULT NULL,
  `start` datetime DEFAULT NULL,
  `end` datetime DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `dry_run` tinyint(1) NOT NULL DEFAULT 0,
  `project_id` int(11) DEFAULT NULL,
  `message` varchar(250) NOT NULL DEFAULT '',
  `version` varchar(20) DEFAULT NULL,
  `commit_hash` varchar(40) DEFAULT NULL,
  `commit_message` varchar(100) NOT NULL DEFAULT '',
  `build_task_id` int(11) DEFAULT NULL,
  `arguments` text DEFAULT NULL,
  `hosts_limit` varchar(255) NOT NULL DEFAULT '',
  `diff` tinyint(1) NOT NULL DEFAULT 0,
  `inventory_id` int(11) DEFAULT NULL,
  `integration_id` int(11) DEFAULT NULL,
  `schedule_id` int(11) DEFAULT NULL,
  `git_branch` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `template_id` (`template_id`),
  KEY `project_id` (`project_id`),
  KEY `task_build_task_id_fk_y38rt` (`build_task_id`),
  KEY `inventory_id` (`inventory_id`),
  KEY `integration_id` (`integration_id`),
  KEY `schedule_id` (`schedule_id`),
  CONSTRAINT `task_build_task_id_fk_y38rt` FOREIGN KEY (`build_task_id`) REFERENCES `task` (`id`) ON DELETE SET NULL,
  CONSTRAINT `task_ibfk_1` FOREIGN KEY (`template_id`) REFERENCES `project__template` (`id`) ON DELETE CASCADE,
  CONSTRAINT `task_ibfk_2` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `task_ibfk_3` FOREIGN KEY (`build_task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `task_ibfk_4` FOREIGN KEY (`inventory_id`) REFERENCES `project__inventory` (`id`) ON DELETE SET NULL,
  CONSTRAINT `task_ibfk_5` FOREIGN KEY (`integration_id`) REFERENCES `project__integration` (`id`) ON DELETE SET NULL,
  CONSTRAINT `task_ibfk_6` FOREIGN KEY (`schedule_id`) REFERENCES `project__schedule` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task__output` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `task_id` int(11) NOT NULL,
  `task` varchar(255) NOT NULL,
  `time` datetime NOT NULL,
  `output` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `task_id` (`task_id`),
  CONSTRAINT `task__output_ibfk_1` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user__token` (
  `id` varchar(44) NOT NULL,
  `created` datetime NOT NULL,
  `expired` tinyint(1) NOT NULL DEFAULT 0,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `user__token_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `project__inventory` ADD CONSTRAINT `project__inventory_ibfk_5` FOREIGN KEY (`holder_id`) REFERENCES `project__template` (`id`) ON DELETE SET NULL;

-- PYBOSSA v4.0.3 (Scifabric; the crowdsourcing framework behind Crowdcrafting, MicroPasts, LibCrowds and other
-- volunteer "thinking" and "sensing" projects; Flask + SQLAlchemy on PostgreSQL)
-- Source: github.com/Scifabric/pybossa, commit d6409eeaf5a88ef36d509e70175905e1b8b834e2 (tag v4.0.3), AGPL-3.0.
-- Upstream creates its database with `cli.py db_create`, i.e. SQLAlchemy's `db.create_all()` over the models in
-- pybossa/model/*.py, and then stamps Alembic's head. That was replayed: the 14 table-defining model modules, unchanged, imported
-- with Flask-SQLAlchemy 2.4.4 and SQLAlchemy 1.3.24 (pybossa.core replaced by a stub holding only `db` and an unused `signer`), and
-- `create_all()` run into a private PostgreSQL 15.
-- Written as MySQL by a script (pg2mysql.py, not upstream code) from the PostgreSQL catalog of that database:
-- columns in upstream's names and order; integer INT, text TEXT (VARCHAR(255) where it is in a key), character
-- varying(n) VARCHAR(n), unbounded character varying VARCHAR(255), boolean TINYINT(1), timestamp DATETIME(6), date
-- DATE, double precision DOUBLE, jsonb/json JSON, integer[] arrays TEXT; NOT NULL kept (upstream's defaults are
-- Python-side, so the database has none); AUTO_INCREMENT on the serial keys; primary keys, UNIQUE constraints and
-- foreign keys as created. All 14 tables kept (the Alembic stamp table and the leaderboard / dashboard materialized
-- views that background jobs build are not tables of the models).

CREATE TABLE `auditlog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `project_short_name` TEXT NOT NULL,
  `user_id` INT NOT NULL,
  `user_name` TEXT NOT NULL,
  `created` TEXT NOT NULL,
  `action` TEXT NOT NULL,
  `caller` TEXT NOT NULL,
  `attribute` TEXT NOT NULL,
  `old_value` TEXT,
  `new_value` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `short_name` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `created` TEXT,
  `info` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `category_name_key` (`name`),
  UNIQUE KEY `category_short_name_key` (`short_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` TEXT,
  `email_addr` VARCHAR(254) NOT NULL,
  `name` VARCHAR(254) NOT NULL,
  `fullname` VARCHAR(500) NOT NULL,
  `locale` VARCHAR(254) NOT NULL,
  `api_key` VARCHAR(36),
  `passwd_hash` VARCHAR(254),
  `ldap` VARCHAR(255),
  `admin` TINYINT(1),
  `pro` TINYINT(1),
  `privacy_mode` TINYINT(1) NOT NULL,
  `restrict` TINYINT(1) NOT NULL,
  `category` INT,
  `flags` INT,
  `ckan_api` VARCHAR(255),
  `newsletter_prompted` TINYINT(1),
  `valid_email` TINYINT(1),
  `confirmation_email_sent` TINYINT(1),
  `subscribed` TINYINT(1),
  `consent` TINYINT(1),
  `info` JSON,
  `user_pref` JSON,
  `notified_at` DATE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_api_key_key` (`api_key`),
  UNIQUE KEY `user_ckan_api_key` (`ckan_api`),
  UNIQUE KEY `user_email_addr_key` (`email_addr`),
  UNIQUE KEY `user_ldap_key` (`ldap`),
  UNIQUE KEY `user_name_key` (`name`),
  UNIQUE KEY `user_passwd_hash_key` (`passwd_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcement` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` TEXT,
  `user_id` INT,
  `updated` TEXT,
  `title` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  `info` JSON,
  `media_url` TEXT,
  `published` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `announcement_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` TEXT,
  `updated` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `short_name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `long_description` TEXT,
  `webhook` TEXT,
  `allow_anonymous_contributors` TINYINT(1),
  `published` TINYINT(1) NOT NULL,
  `featured` TINYINT(1) NOT NULL,
  `secret_key` TEXT,
  `zip_download` TINYINT(1),
  `contacted` TINYINT(1) NOT NULL,
  `owner_id` INT NOT NULL,
  `category_id` INT NOT NULL,
  `info` JSON,
  `owners_ids` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_name_key` (`name`),
  UNIQUE KEY `project_short_name_key` (`short_name`),
  CONSTRAINT `project_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `category` (`id`),
  CONSTRAINT `project_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_stats` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `n_tasks` INT,
  `n_task_runs` INT,
  `n_results` INT,
  `n_volunteers` INT,
  `n_completed_tasks` INT,
  `overall_progress` INT,
  `average_time` DOUBLE,
  `n_blogposts` INT,
  `last_activity` TEXT,
  `info` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_stats_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` TEXT,
  `project_id` INT NOT NULL,
  `state` TEXT,
  `quorum` INT,
  `calibration` INT,
  `priority_0` DOUBLE,
  `info` JSON,
  `n_answers` INT,
  `fav_user_ids` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `task_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_run` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` TEXT,
  `project_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `user_id` INT,
  `user_ip` TEXT,
  `finish_time` TEXT,
  `timeout` INT,
  `calibration` INT,
  `external_uid` TEXT,
  `media_url` TEXT,
  `info` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `task_run_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `task_run_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE,
  CONSTRAINT `task_run_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` TEXT,
  `updated` TEXT,
  `project_id` INT NOT NULL,
  `payload` JSON,
  `response` TEXT,
  `response_status_code` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhook_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blogpost` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` TEXT,
  `updated` TEXT,
  `project_id` INT NOT NULL,
  `user_id` INT,
  `title` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  `info` JSON,
  `media_url` TEXT,
  `published` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `blogpost_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `blogpost_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `counter` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6),
  `project_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `n_task_runs` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `counter_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `counter_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helpingmaterial` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6),
  `project_id` INT NOT NULL,
  `info` JSON,
  `media_url` TEXT,
  `priority` DOUBLE,
  PRIMARY KEY (`id`),
  CONSTRAINT `helpingmaterial_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6),
  `slug` VARCHAR(255) NOT NULL,
  `project_id` INT NOT NULL,
  `info` JSON,
  `media_url` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `pages_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `result` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` TEXT,
  `project_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `task_run_ids` TEXT NOT NULL,
  `last_version` TINYINT(1),
  `info` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `result_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `result_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


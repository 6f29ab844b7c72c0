-- Stringer (self-hosted, anti-social RSS reader) — db/schema.rb (ActiveRecord::Schema[8.1], version 2026_06_09_120000, PostgreSQL),
-- github.com/stringer-rss/stringer commit 65c6176ecec556787caf550703cf93d709c6a427 (MIT).
-- Rails schema written as MySQL DDL by a small script, columns in schema.rb's order (Rails 8.1 writes them alphabetically):
-- id: :serial -> INT AUTO_INCREMENT, default bigint id -> BIGINT AUTO_INCREMENT, id: :uuid -> CHAR(36) (gen_random_uuid() default
-- dropped), datetime -> DATETIME(6), string -> VARCHAR(limit or 255), text -> TEXT (VARCHAR(255) in a unique key), text array
-- and jsonb -> JSON, integer limit 2 -> SMALLINT, boolean -> TINYINT(1), uuid -> CHAR(36), interval -> VARCHAR(64); NOT NULL and
-- defaults as upstream. Unique indexes as upstream (the partial unique index of good_jobs on cron_key, cron_at written as a plain
-- unique key); plain, partial and GIN indexes left out. The three add_foreign_key (feeds, groups, subscriptions -> users) are
-- written with Rails-style names; their bigint user_id columns are INT here, because MariaDB needs a foreign key to have the
-- type of the serial users.id it references. `users` is created first for the same reason. No table left out.
CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `admin` TINYINT(1) NOT NULL,
  `api_key` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `group_stories` TINYINT(1) NOT NULL DEFAULT 0,
  `password_digest` VARCHAR(255),
  `stories_order` VARCHAR(255) DEFAULT 'desc',
  `updated_at` DATETIME(6) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_api_key` (`api_key`),
  UNIQUE KEY `index_users_on_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feeds` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `group_id` INT,
  `last_fetched` DATETIME(6),
  `name` VARCHAR(255),
  `status` INT,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255),
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_feeds_on_url_and_user_id` (`url`, `user_id`),
  CONSTRAINT `fk_rails_feeds_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_batches` (
  `id` CHAR(36) NOT NULL,
  `callback_priority` INT,
  `callback_queue_name` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `discarded_at` DATETIME(6),
  `enqueued_at` DATETIME(6),
  `finished_at` DATETIME(6),
  `on_discard` TEXT,
  `on_finish` TEXT,
  `on_success` TEXT,
  `serialized_properties` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_executions` (
  `id` CHAR(36) NOT NULL,
  `active_job_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `duration` VARCHAR(64),
  `error` TEXT,
  `error_backtrace` JSON,
  `error_event` SMALLINT,
  `finished_at` DATETIME(6),
  `job_class` TEXT,
  `process_id` CHAR(36),
  `queue_name` TEXT,
  `scheduled_at` DATETIME(6),
  `serialized_params` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_processes` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `lock_type` SMALLINT,
  `state` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_settings` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `value` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_good_job_settings_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_jobs` (
  `id` CHAR(36) NOT NULL,
  `active_job_id` CHAR(36),
  `batch_callback_id` CHAR(36),
  `batch_id` CHAR(36),
  `concurrency_key` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `cron_at` DATETIME(6),
  `cron_key` VARCHAR(255),
  `error` TEXT,
  `error_event` SMALLINT,
  `executions_count` INT,
  `finished_at` DATETIME(6),
  `is_discrete` TINYINT(1),
  `job_class` TEXT,
  `labels` JSON,
  `locked_at` DATETIME(6),
  `locked_by_id` CHAR(36),
  `performed_at` DATETIME(6),
  `priority` INT,
  `queue_name` TEXT,
  `retried_good_job_id` CHAR(36),
  `scheduled_at` DATETIME(6),
  `serialized_params` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_good_jobs_on_cron_key_and_cron_at_cond` (`cron_key`, `cron_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_groups_on_name_and_user_id` (`name`, `user_id`),
  CONSTRAINT `fk_rails_groups_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `data` JSON NOT NULL DEFAULT ('{}'),
  `type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_settings_on_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `body` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `enclosure_url` VARCHAR(255),
  `entry_id` VARCHAR(255),
  `feed_id` INT NOT NULL,
  `is_read` TINYINT(1) DEFAULT 0,
  `is_starred` TINYINT(1) DEFAULT 0,
  `keep_unread` TINYINT(1) DEFAULT 0,
  `permalink` TEXT,
  `published` DATETIME(6),
  `title` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_stories_on_entry_id_and_feed_id` (`entry_id`, `feed_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `current_period_end` DATETIME(6) NOT NULL,
  `current_period_start` DATETIME(6) NOT NULL,
  `status` TEXT NOT NULL,
  `stripe_customer_id` VARCHAR(255) NOT NULL,
  `stripe_subscription_id` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_subscriptions_on_stripe_customer_id` (`stripe_customer_id`),
  UNIQUE KEY `index_subscriptions_on_stripe_subscription_id` (`stripe_subscription_id`),
  UNIQUE KEY `index_subscriptions_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_subscriptions_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `api_keys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `key_prefix` VARCHAR(255) NOT NULL,
  `key_hash` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `scopes` JSON NOT NULL,
  `hourly_request_limit` INT NOT NULL DEFAULT 1000,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`key_hash`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `check_stats_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `timestamp` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `create_site_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `timestamp` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `email_activation_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `issued_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `email_verification_codes` (
  `code` INT NOT NULL,
  `user_id` BIGINT,
  `issued_at` DATETIME,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `enterprise_plans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `paddle_plan_id` VARCHAR(255) NOT NULL,
  `billing_interval` ENUM('monthly', 'yearly') NOT NULL,
  `monthly_pageview_limit` INT NOT NULL,
  `hourly_api_request_limit` INT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `site_limit` INT NOT NULL,
  `team_member_limit` INT NOT NULL DEFAULT -1,
  `features` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `feedback_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `timestamp` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `fun_with_flags_toggles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `flag_name` VARCHAR(255) NOT NULL,
  `gate_type` VARCHAR(255) NOT NULL,
  `target` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`flag_name`, `gate_type`, `target`)
);

CREATE TABLE `funnel_steps` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `goal_id` BIGINT NOT NULL,
  `funnel_id` BIGINT NOT NULL,
  `step_order` INT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`goal_id`, `funnel_id`),
  FOREIGN KEY (`funnel_id`) REFERENCES `funnels` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`goal_id`) REFERENCES `goals` (`id`) ON DELETE CASCADE
);

CREATE TABLE `funnels` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `site_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`, `site_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `goals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event_name` TEXT,
  `page_path` TEXT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `site_id` BIGINT NOT NULL,
  `currency` VARCHAR(3),
  `display_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`site_id`, `display_name`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `google_auth` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `refresh_token` TEXT NOT NULL,
  `access_token` TEXT NOT NULL,
  `expires` DATETIME NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `site_id` BIGINT NOT NULL,
  `property` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`site_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `intro_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `timestamp` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `site_id` BIGINT NOT NULL,
  `inviter_id` BIGINT NOT NULL,
  `role` ENUM('owner', 'admin', 'viewer') NOT NULL,
  `invitation_id` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`invitation_id`),
  UNIQUE KEY (`site_id`, `email`),
  FOREIGN KEY (`inviter_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `monthly_reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `recipients` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`site_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `oban_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `state` ENUM('available', 'scheduled', 'executing', 'retryable', 'completed', 'discarded', 'cancelled') NOT NULL DEFAULT 'available',
  `queue` TEXT NOT NULL,
  `worker` TEXT NOT NULL,
  `args` JSON NOT NULL,
  `errors` JSON NOT NULL,
  `attempt` INT NOT NULL DEFAULT 0,
  `max_attempts` INT NOT NULL DEFAULT 20,
  `inserted_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `scheduled_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `attempted_at` DATETIME(6),
  `completed_at` DATETIME(6),
  `attempted_by` JSON,
  `discarded_at` DATETIME(6),
  `priority` INT NOT NULL DEFAULT 0,
  `tags` JSON,
  `meta` JSON,
  `cancelled_at` DATETIME(6),
  PRIMARY KEY (`id`)
) COMMENT='12';

CREATE TABLE `plans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `generation` INT NOT NULL,
  `kind` VARCHAR(255) NOT NULL,
  `features` JSON NOT NULL,
  `monthly_pageview_limit` INT NOT NULL,
  `site_limit` INT NOT NULL,
  `team_member_limit` INT NOT NULL,
  `volume` VARCHAR(255) NOT NULL,
  `monthly_cost` DECIMAL(65,30),
  `monthly_product_id` VARCHAR(255),
  `yearly_cost` DECIMAL(65,30),
  `yearly_product_id` VARCHAR(255),
  `data_retention_in_years` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `plugins_api_tokens` (
  `id` CHAR(36) NOT NULL,
  `site_id` BIGINT NOT NULL,
  `token_hash` BLOB NOT NULL,
  `hint` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `last_used_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `salts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `salt` BLOB NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sent_accept_traffic_until_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `sent_on` DATE NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `sent_on`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `sent_monthly_reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `year` INT NOT NULL,
  `month` INT NOT NULL,
  `timestamp` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `sent_renewal_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `timestamp` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `sent_weekly_reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `year` INT,
  `week` INT,
  `timestamp` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `setup_help_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `timestamp` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `setup_success_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `timestamp` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `shared_links` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `password_hash` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`site_id`, `name`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `shield_rules_country` (
  `id` CHAR(36) NOT NULL,
  `site_id` BIGINT NOT NULL,
  `country_code` VARCHAR(255) NOT NULL,
  `action` VARCHAR(255) NOT NULL DEFAULT 'deny',
  `added_by` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`site_id`, `country_code`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `shield_rules_ip` (
  `id` CHAR(36) NOT NULL,
  `site_id` BIGINT NOT NULL,
  `inet` VARCHAR(45),
  `action` VARCHAR(255) NOT NULL DEFAULT 'deny',
  `description` VARCHAR(255),
  `added_by` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`site_id`, `inet`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `site_imports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `site_id` BIGINT NOT NULL,
  `imported_by_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `legacy` TINYINT(1) NOT NULL DEFAULT 1,
  `label` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`imported_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `site_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `role` ENUM('owner', 'admin', 'viewer') NOT NULL DEFAULT 'owner',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`site_id`, `user_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `site_user_preferences` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `pinned_at` DATETIME,
  `user_id` BIGINT NOT NULL,
  `site_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `site_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `sites` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `timezone` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `has_stats` TINYINT(1) NOT NULL DEFAULT 0,
  `imported_data` JSON,
  `stats_start_date` DATE,
  `ingest_rate_limit_scale_seconds` INT NOT NULL DEFAULT 60,
  `ingest_rate_limit_threshold` INT,
  `native_stats_start_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `domain_changed_from` VARCHAR(255),
  `domain_changed_at` DATETIME,
  `allowed_event_props` JSON,
  `conversions_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `funnels_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `props_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `accept_traffic_until` DATETIME,
  `installation_meta` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`domain_changed_from`),
  UNIQUE KEY (`domain`)
);

CREATE TABLE `spike_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `threshold` INT NOT NULL,
  `last_sent` DATETIME,
  `recipients` JSON NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `type` VARCHAR(255) DEFAULT 'spike',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`site_id`, `type`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);

CREATE TABLE `subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `paddle_subscription_id` VARCHAR(255),
  `paddle_plan_id` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `update_url` TEXT,
  `cancel_url` TEXT,
  `status` VARCHAR(255) NOT NULL,
  `next_bill_amount` VARCHAR(255) NOT NULL,
  `next_bill_date` DATE,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `last_bill_date` DATE,
  `currency_code` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`paddle_subscription_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `totp_recovery_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code_digest` BLOB NOT NULL,
  `user_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `token` VARBINARY(255) NOT NULL,
  `device` VARCHAR(255) NOT NULL,
  `last_used_at` DATETIME NOT NULL,
  `timeout_at` DATETIME NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name` VARCHAR(255),
  `last_seen` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `password_hash` VARCHAR(255),
  `trial_expiry_date` DATE,
  `email_verified` TINYINT(1) NOT NULL DEFAULT 0,
  `theme` VARCHAR(255) DEFAULT 'system',
  `grace_period` JSON,
  `previous_email` VARCHAR(255),
  `totp_secret` BLOB,
  `totp_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `totp_last_used_at` DATETIME,
  `allow_next_upgrade_override` TINYINT(1) NOT NULL DEFAULT 0,
  `totp_token` VARCHAR(255),
  `accept_traffic_until` DATE,
  `notes` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`email`)
);

CREATE TABLE `weekly_reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `recipients` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`site_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE
);
CREATE TABLE `sessions_v2` (
  `session_id` BIGINT UNSIGNED NOT NULL,
  `sign` TINYINT NOT NULL,
  `site_id` BIGINT UNSIGNED NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `hostname` TEXT NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `start` DATETIME NOT NULL,
  `is_bounce` TINYINT UNSIGNED NOT NULL,
  `entry_page` TEXT NOT NULL,
  `exit_page` TEXT NOT NULL,
  `pageviews` INT NOT NULL,
  `events` INT NOT NULL,
  `duration` INT UNSIGNED NOT NULL,
  `referrer` TEXT NOT NULL,
  `referrer_source` TEXT NOT NULL,
  `country_code` CHAR(2) NOT NULL,
  `screen_size` TEXT NOT NULL,
  `operating_system` TEXT NOT NULL,
  `browser` TEXT NOT NULL,
  `utm_medium` TEXT NOT NULL,
  `utm_source` TEXT NOT NULL,
  `utm_campaign` TEXT NOT NULL,
  `browser_version` TEXT NOT NULL,
  `operating_system_version` TEXT NOT NULL,
  `subdivision1_code` TEXT NOT NULL,
  `subdivision2_code` TEXT NOT NULL,
  `city_geoname_id` INT UNSIGNED NOT NULL,
  `utm_content` TEXT NOT NULL,
  `utm_term` TEXT NOT NULL,
  `transferred_from` TEXT NOT NULL,
  `entry_meta.key` JSON NOT NULL,
  `entry_meta.value` JSON NOT NULL,
  `exit_page_hostname` TEXT NOT NULL,
  `city` INT UNSIGNED NOT NULL,
  `country` CHAR(2) NOT NULL,
  `device` TEXT NOT NULL,
  `entry_page_hostname` TEXT NOT NULL,
  `os` TEXT NOT NULL,
  `os_version` TEXT NOT NULL,
  `region` TEXT NOT NULL,
  `screen` TEXT NOT NULL,
  `source` TEXT NOT NULL,
  `country_name` TEXT NOT NULL,
  `region_name` TEXT NOT NULL,
  `city_name` TEXT NOT NULL,
  `channel` TEXT NOT NULL,
  `click_id_param` TEXT NOT NULL,
  `acquisition_channel` TEXT NOT NULL,
  `batch` BIGINT UNSIGNED NOT NULL
);

CREATE TABLE `location_data` (
  `type` TEXT NOT NULL,
  `id` TEXT NOT NULL,
  `name` TEXT NOT NULL
) COMMENT='2024-07-09';

CREATE TABLE `ingest_counters` (
  `event_timebucket` DATETIME NOT NULL,
  `domain` TEXT NOT NULL,
  `site_id` BIGINT UNSIGNED,
  `metric` TEXT NOT NULL,
  `value` BIGINT UNSIGNED NOT NULL,
  `tracker_script_version` SMALLINT UNSIGNED NOT NULL
);

CREATE TABLE `imported_visitors` (
  `site_id` BIGINT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `visitors` BIGINT UNSIGNED NOT NULL,
  `pageviews` BIGINT UNSIGNED NOT NULL,
  `bounces` BIGINT UNSIGNED NOT NULL,
  `visits` BIGINT UNSIGNED NOT NULL,
  `visit_duration` BIGINT UNSIGNED NOT NULL,
  `import_id` BIGINT UNSIGNED NOT NULL
);

CREATE TABLE `imported_pages` (
  `site_id` BIGINT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `hostname` TEXT NOT NULL,
  `page` TEXT NOT NULL,
  `visitors` BIGINT UNSIGNED NOT NULL,
  `pageviews` BIGINT UNSIGNED NOT NULL,
  `exits` BIGINT UNSIGNED NOT NULL,
  `import_id` BIGINT UNSIGNED NOT NULL,
  `visits` BIGINT UNSIGNED NOT NULL,
  `total_scroll_depth` BIGINT UNSIGNED NOT NULL,
  `total_scroll_depth_visits` BIGINT UNSIGNED NOT NULL,
  `total_time_on_page` BIGINT UNSIGNED NOT NULL,
  `total_time_on_page_visits` BIGINT UNSIGNED NOT NULL
);

CREATE TABLE `imported_locations` (
  `site_id` BIGINT UNSIGNED NOT NULL,
  `date` DATE NOT NULL,
  `country` TEXT NOT NULL,
  `region` TEXT NOT NULL,
  `city` BIGINT UNSIGNED NOT NULL,
  `visitors` BIGINT UNSIGNED NOT NULL,
  `visits` BIGINT UNSIGNED NOT NULL,
  `visit_duration` BIGINT UNSIGNED NOT NULL,
  `bounces` INT UNSIGNED NOT NULL,
  `import_id` BIGINT UNSIGNED NOT NULL,
  `pageviews` BIGINT UNSIGNED NOT NULL,
  `country_name` TEXT NOT NULL,
  `region_name` TEXT NOT NULL,
  `city_name` TEXT NOT NULL
);

CREATE TABLE `events_v2` (
  `timestamp` DATETIME NOT NULL,
  `name` TEXT NOT NULL,
  `site_id` BIGINT UNSIGNED NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `session_id` BIGINT UNSIGNED NOT NULL,
  `hostname` TEXT NOT NULL,
  `pathname` TEXT NOT NULL,
  `referrer` TEXT NOT NULL,
  `referrer_source` TEXT NOT NULL,
  `country_code` CHAR(2) NOT NULL,
  `screen_size` TEXT NOT NULL,
  `operating_system` TEXT NOT NULL,
  `browser` TEXT NOT NULL,
  `utm_medium` TEXT NOT NULL,
  `utm_source` TEXT NOT NULL,
  `utm_campaign` TEXT NOT NULL,
  `meta.key` JSON NOT NULL,
  `meta.value` JSON NOT NULL,
  `browser_version` TEXT NOT NULL,
  `operating_system_version` TEXT NOT NULL,
  `subdivision1_code` TEXT NOT NULL,
  `subdivision2_code` TEXT NOT NULL,
  `city_geoname_id` INT UNSIGNED NOT NULL,
  `utm_content` TEXT NOT NULL,
  `utm_term` TEXT NOT NULL,
  `revenue_reporting_amount` DECIMAL(18,3),
  `revenue_reporting_currency` CHAR(3) NOT NULL,
  `revenue_source_amount` DECIMAL(18,3),
  `revenue_source_currency` CHAR(3) NOT NULL,
  `city` INT UNSIGNED NOT NULL,
  `country` CHAR(2) NOT NULL,
  `device` TEXT NOT NULL,
  `os` TEXT NOT NULL,
  `os_version` TEXT NOT NULL,
  `region` TEXT NOT NULL,
  `screen` TEXT NOT NULL,
  `source` TEXT NOT NULL,
  `country_name` TEXT NOT NULL,
  `region_name` TEXT NOT NULL,
  `city_name` TEXT NOT NULL,
  `channel` TEXT NOT NULL,
  `click_id_param` TEXT NOT NULL,
  `scroll_depth` TINYINT UNSIGNED NOT NULL,
  `acquisition_channel` TEXT NOT NULL,
  `engagement_time` INT UNSIGNED NOT NULL,
  `batch` BIGINT UNSIGNED NOT NULL
);

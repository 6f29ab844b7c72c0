SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
);

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(256) DEFAULT NULL,
  `username` varchar(64) DEFAULT NULL,
  `confirmed` tinyint(1) DEFAULT NULL,
  `sudo` tinyint(1) DEFAULT '0',
  `name` varchar(256) DEFAULT NULL,
  `password_hash` varchar(128) DEFAULT NULL,
  `member_since` datetime DEFAULT NULL,
  `last_seen` datetime DEFAULT NULL,
  `active` tinyint(1) DEFAULT '1',
  `enable_notification_emails` tinyint(1) NOT NULL DEFAULT '1',
  `enable_timeclock_notification_sms` tinyint(1) NOT NULL DEFAULT '1',
  `phone_country_code` varchar(3) DEFAULT NULL,
  `phone_national_number` varchar(15) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_users_email` (`email`),
  UNIQUE KEY `ix_users_username` (`username`)
);

CREATE TABLE `apikeys` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `name` varchar(256) DEFAULT NULL,
  `key_hash` varchar(128) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `last_used` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` datetime NOT NULL,
  `enable_shiftplanning_export` tinyint(1) NOT NULL DEFAULT '0',
  `enable_timeclock_default` tinyint(1) NOT NULL DEFAULT '0',
  `enable_time_off_requests_default` tinyint(1) NOT NULL DEFAULT '0',
  `day_week_starts` varchar(256) NOT NULL DEFAULT 'monday',
  `shifts_assigned_days_before_start` int(11) NOT NULL DEFAULT '4',
  `workers_can_claim_shifts_in_excess_of_max` tinyint(1) NOT NULL DEFAULT '0',
  `early_access` tinyint(1) NOT NULL DEFAULT '0',
  `enterprise_access` tinyint(1) NOT NULL DEFAULT '0',
  `paid_until` datetime DEFAULT NULL,
  `billing_user_id` int(11) DEFAULT NULL,
  `stripe_customer_id` varchar(256) DEFAULT NULL,
  `plan` varchar(256) NOT NULL DEFAULT 'per-seat-v1',
  `paid_labs_subscription_id` varchar(256) DEFAULT NULL,
  `trial_days` int(11) NOT NULL DEFAULT '30',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`billing_user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `locations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) DEFAULT NULL,
  `organization_id` int(11) DEFAULT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT '0',
  `timezone` varchar(64) NOT NULL DEFAULT 'UTC',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
);

CREATE TABLE `organization_admins` (
  `organization_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `location_managers` (
  `location_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) DEFAULT NULL,
  `location_id` int(11) DEFAULT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT '0',
  `enable_timeclock` tinyint(1) NOT NULL DEFAULT '0',
  `enable_time_off_requests` tinyint(1) NOT NULL DEFAULT '0',
  `min_half_hours_per_workday` int(11) NOT NULL DEFAULT '8',
  `max_half_hours_per_workday` int(11) NOT NULL DEFAULT '16',
  `min_half_hours_between_shifts` int(11) NOT NULL DEFAULT '24',
  `max_consecutive_workdays` int(11) NOT NULL DEFAULT '6',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
);

CREATE TABLE `recurring_shifts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `start_day` varchar(256) NOT NULL DEFAULT 'monday',
  `start_hour` int(11) NOT NULL DEFAULT '9',
  `start_minute` int(11) NOT NULL DEFAULT '0',
  `duration_minutes` int(11) NOT NULL DEFAULT '480',
  `quantity` int(11) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `roles_to_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `min_half_hours_per_workweek` int(11) NOT NULL DEFAULT '40',
  `max_half_hours_per_workweek` int(11) NOT NULL DEFAULT '80',
  `internal_id` varchar(256) DEFAULT NULL,
  `working_hours` blob,
  `archived` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `schedules2` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) NOT NULL,
  `state` varchar(256) NOT NULL DEFAULT 'unpublished',
  `demand` blob,
  `start` datetime DEFAULT NULL,
  `stop` datetime DEFAULT NULL,
  `min_shift_length_half_hour` int(11) DEFAULT NULL,
  `max_shift_length_half_hour` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `last_update` datetime DEFAULT NULL,
  `chomp_start` datetime DEFAULT NULL,
  `chomp_end` datetime DEFAULT NULL,
  `mobius_start` datetime DEFAULT NULL,
  `mobius_end` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
);

CREATE TABLE `shifts2` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `role_id` int(11) NOT NULL,
  `start` datetime NOT NULL,
  `stop` datetime NOT NULL,
  `published` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` datetime DEFAULT NULL,
  `last_update` datetime DEFAULT NULL,
  `description` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `timeclocks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `start` datetime NOT NULL,
  `stop` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `preferences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `schedule_id` int(11) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `last_update` datetime DEFAULT NULL,
  `preference` blob,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`schedule_id`) REFERENCES `schedules2` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `timeoffrequests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_to_user_id` int(11) NOT NULL,
  `start` datetime NOT NULL,
  `stop` datetime NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `state` varchar(256) DEFAULT NULL,
  `minutes_paid` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_to_user_id`) REFERENCES `roles_to_users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `schema_migrations` (
  `version` int NOT NULL,
  PRIMARY KEY (`version`)
);

CREATE TABLE `account` (
  `uuid` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL DEFAULT '',
  `name` varchar(255) NOT NULL DEFAULT '',
  `confirmed_and_active` tinyint(0) NOT NULL DEFAULT 0,
  `member_since` datetime NOT NULL,
  `password_hash` binary(60) NOT NULL DEFAULT '',
  `phonenumber` varchar(255) NOT NULL DEFAULT '',
  `password_salt` binary(60) NOT NULL DEFAULT '\0',
  `support` tinyint(1) NOT NULL DEFAULT 0,
  `photo_url` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `company` (
  `uuid` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `default_timezone` varchar(255) NOT NULL DEFAULT '',
  `default_day_week_starts` varchar(20) NOT NULL DEFAULT 'monday',
  PRIMARY KEY (`uuid`)
);

CREATE TABLE `team` (
  `uuid` varchar(255) NOT NULL,
  `company_uuid` varchar(255) NOT NULL DEFAULT '',
  `name` varchar(255) NOT NULL DEFAULT '',
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `timezone` varchar(255) NOT NULL DEFAULT '',
  `day_week_starts` varchar(20) NOT NULL DEFAULT 'monday',
  `color` varchar(10) NOT NULL DEFAULT '48B7AB',
  PRIMARY KEY (`uuid`)
);

CREATE TABLE `shift` (
  `uuid` varchar(255) NOT NULL,
  `team_uuid` varchar(255) NOT NULL DEFAULT '',
  `job_uuid` varchar(255) NOT NULL DEFAULT '',
  `user_uuid` varchar(255) NOT NULL DEFAULT '',
  `published` tinyint(1) NOT NULL DEFAULT 0,
  `start` datetime NOT NULL,
  `stop` datetime NOT NULL,
  PRIMARY KEY (`uuid`)
);

CREATE TABLE `job` (
  `uuid` varchar(255) NOT NULL,
  `team_uuid` varchar(255) NOT NULL DEFAULT '',
  `name` varchar(255) NOT NULL DEFAULT '',
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `color` varchar(10) NOT NULL DEFAULT '48B7AB',
  PRIMARY KEY (`uuid`)
);

CREATE TABLE `directory` (
  `company_uuid` varchar(255) NOT NULL,
  `user_uuid` varchar(255) NOT NULL,
  `internal_id` varchar(255) NOT NULL
);

CREATE TABLE `worker` (
  `team_uuid` varchar(255) NOT NULL,
  `user_uuid` varchar(255) NOT NULL
);

CREATE TABLE `manager` (
  `team_uuid` varchar(255) NOT NULL,
  `user_uuid` varchar(255) NOT NULL
);

CREATE TABLE `admin` (
  `company_uuid` varchar(255) NOT NULL,
  `user_uuid` varchar(255) NOT NULL
);

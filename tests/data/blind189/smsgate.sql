-- SMSGate (SMS Gateway for Android, capcom6 / android-sms-gateway): the cloud/private server's MySQL database.
-- Upstream: github.com/android-sms-gateway/server, commit 22074dda6adc71414a00c3457ee057e4fdde510f (Apache-2.0).
-- Source: the 27 goose migrations of internal/sms-gateway/models/migrations/mysql/ replayed (Up sections, data
-- UPDATEs skipped) in MariaDB 10.11 and written back as the final CREATE TABLE of each table (SHOW CREATE TABLE,
-- with upstream's `json` type and MySQL 8 default expression restored). Every table of the application.

CREATE TABLE `users` (
  `id` varchar(32) NOT NULL,
  `password_hash` varchar(72) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),
  `deleted_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `id` char(21) NOT NULL,
  `name` varchar(128) DEFAULT NULL,
  `auth_token` char(21) NOT NULL,
  `push_token` varchar(256) DEFAULT NULL,
  `user_id` varchar(32) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),
  `deleted_at` datetime(3) DEFAULT NULL,
  `last_seen` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `sim_cards` json NOT NULL DEFAULT ('[]'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_devices_auth_token` (`auth_token`),
  KEY `fk_users_devices` (`user_id`),
  KEY `idx_devices_last_seen` (`last_seen`),
  CONSTRAINT `fk_users_devices` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `device_id` char(21) NOT NULL,
  `ext_id` varchar(36) NOT NULL,
  `state` enum('Pending','Cancelling','Cancelled','Processed','Sent','Delivered','Failed') NOT NULL DEFAULT 'Pending',
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),
  `deleted_at` datetime(3) DEFAULT NULL,
  `valid_until` datetime(3) DEFAULT NULL,
  `sim_number` tinyint(1) unsigned DEFAULT NULL,
  `with_delivery_report` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `is_hashed` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `is_encrypted` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `priority` tinyint(4) NOT NULL DEFAULT 0,
  `type` enum('Text','Data') NOT NULL DEFAULT 'Text',
  `content` text NOT NULL,
  `schedule_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_messages_id_device` (`ext_id`,`device_id`),
  KEY `idx_messages_device_state` (`device_id`,`state`),
  KEY `idx_messages_is_hashed` (`is_hashed`) USING HASH,
  CONSTRAINT `fk_messages_device` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_recipients` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `message_id` bigint(20) unsigned NOT NULL,
  `phone_number` varchar(128) NOT NULL,
  `state` enum('Pending','Cancelling','Cancelled','Processed','Sent','Delivered','Failed') NOT NULL DEFAULT 'Pending',
  `error` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_message_recipients_message_id_phone_number` (`message_id`,`phone_number`),
  CONSTRAINT `fk_messages_recipients` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_states` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `message_id` bigint(20) unsigned NOT NULL,
  `state` enum('Pending','Cancelling','Cancelled','Processed','Sent','Delivered','Failed') NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_message_states_message_id_state` (`message_id`,`state`),
  CONSTRAINT `fk_messages_states` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `ext_id` varchar(36) NOT NULL,
  `user_id` varchar(32) NOT NULL,
  `url` varchar(256) NOT NULL,
  `event` varchar(32) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),
  `deleted_at` datetime(3) DEFAULT NULL,
  `device_id` char(21) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_webhooks_user_extid` (`user_id`,`ext_id`),
  KEY `idx_webhooks_device` (`device_id`),
  CONSTRAINT `fk_webhooks_device` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_webhooks_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_settings` (
  `user_id` varchar(32) NOT NULL,
  `settings` json NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),
  PRIMARY KEY (`user_id`),
  CONSTRAINT `fk_device_settings_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `id` char(21) NOT NULL,
  `user_id` char(21) NOT NULL,
  `expires_at` datetime(3) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),
  `revoked_at` datetime(3) DEFAULT NULL,
  `token_use` enum('access','refresh') NOT NULL DEFAULT 'access',
  `parent_jti` char(21) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_tokens_user_id` (`user_id`),
  KEY `idx_tokens_expires_at` (`expires_at`),
  KEY `idx_tokens_parent_jti` (`parent_jti`),
  CONSTRAINT `fk_tokens_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


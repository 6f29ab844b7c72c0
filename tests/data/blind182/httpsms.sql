-- httpSMS — turn an Android phone into an SMS gateway (NdoleStudio)
-- Upstream: github.com/NdoleStudio/httpsms, commit 5dab6f807aa4d3fa50924572a217728e7c32e9ba (AGPL-3.0)
-- Source: the GORM entities in api/pkg/entities/*.go that api/pkg/di/container.go passes to db.AutoMigrate()
-- (DB(): Message, MessageThread, User, MessageSendSchedule, Phone, PhoneNotification, BillingUsage, Webhook,
-- Discord, Integration3CX, PhoneAPIKey; DedicatedDB(): Heartbeat, HeartbeatMonitor), in that order.
-- Upstream runs them on PostgreSQL (gorm.io/driver/postgres, gorm v1.31). Written here as MySQL the way GORM names
-- and types them: table = snake_case plural of the struct (or its TableName()), column = snake_case of the field
-- name (GORM ignores the json tags), columns in field order. Types: uuid -> char(36); string -> text (varchar(255)
-- where the column is a key); uint -> bigint unsigned; int64 -> bigint; bool -> boolean; time.Time ->
-- datetime(3); pq.StringArray (PostgreSQL text[]) -> text; jsonb -> json. NOT NULL only where GORM adds it
-- (primary keys and the NOT NULL / not null tags); defaults from the default: tags. Primary keys and the unique
-- indexes (uniqueIndex tags) are kept; the non-unique indexes (user_id, heartbeats owner+timestamp) are left out.
-- GORM declares no foreign keys here (the entities have no associations). Every table of the application is kept.

CREATE TABLE `messages` (
  `id` char(36) NOT NULL,
  `request_id` text,
  `owner` text,
  `user_id` text,
  `contact` text,
  `content` text,
  `attachments` text,
  `encrypted` boolean DEFAULT false,
  `type` text,
  `status` text,
  `sim` text,
  `send_duration` bigint,
  `request_received_at` datetime(3),
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `order_timestamp` datetime(3),
  `last_attempted_at` datetime(3),
  `notification_scheduled_at` datetime(3),
  `sent_at` datetime(3),
  `scheduled_send_time` datetime(3),
  `delivered_at` datetime(3),
  `expired_at` datetime(3),
  `failed_at` datetime(3),
  `can_be_polled` boolean,
  `send_attempt_count` bigint unsigned,
  `max_send_attempts` bigint unsigned,
  `received_at` datetime(3),
  `failure_reason` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `message_threads` (
  `id` char(36) NOT NULL,
  `owner` text,
  `contact` text,
  `is_archived` boolean,
  `is_read` boolean NOT NULL DEFAULT true,
  `last_read_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `user_id` text,
  `color` text,
  `status` text,
  `last_message_content` text,
  `last_message_id` char(36),
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `order_timestamp` datetime(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `users` (
  `id` varchar(255) NOT NULL,
  `email` text,
  `api_key` varchar(255) NOT NULL,
  `timezone` text DEFAULT 'Africa/Accra',
  `active_phone_id` char(36),
  `subscription_name` text,
  `subscription_id` text,
  `subscription_status` text,
  `subscription_renews_at` datetime(3),
  `subscription_ends_at` datetime(3),
  `notification_message_status_enabled` boolean DEFAULT true,
  `notification_webhook_enabled` boolean DEFAULT true,
  `notification_heartbeat_enabled` boolean DEFAULT true,
  `notification_newsletter_enabled` boolean DEFAULT true,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_users_api_key` (`api_key`)
) ENGINE=InnoDB;

CREATE TABLE `message_send_schedules` (
  `id` char(36) NOT NULL,
  `user_id` text,
  `name` text,
  `timezone` text,
  `windows` json,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `phones` (
  `id` char(36) NOT NULL,
  `user_id` text,
  `fcm_token` text,
  `phone_number` text,
  `messages_per_minute` bigint unsigned,
  `sim` text DEFAULT 'SIM1',
  `message_send_schedule_id` char(36),
  `max_send_attempts` bigint unsigned,
  `message_expiration_seconds` bigint unsigned,
  `missed_call_auto_reply` text,
  `unarchive_thread` boolean DEFAULT false,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `phone_notifications` (
  `id` char(36) NOT NULL,
  `message_id` char(36),
  `user_id` text,
  `phone_id` char(36),
  `status` text,
  `scheduled_at` datetime(3),
  `created_at` datetime(3),
  `updated_at` datetime(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `billing_usages` (
  `id` char(36) NOT NULL,
  `user_id` text,
  `sent_messages` bigint unsigned,
  `received_messages` bigint unsigned,
  `total_cost` bigint unsigned,
  `start_timestamp` datetime(3),
  `end_timestamp` datetime(3),
  `created_at` datetime(3),
  `updated_at` datetime(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `webhooks` (
  `id` char(36) NOT NULL,
  `user_id` text,
  `url` text,
  `signing_key` text,
  `phone_numbers` text,
  `events` text,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `discords` (
  `id` char(36) NOT NULL,
  `user_id` text,
  `name` text,
  `server_id` varchar(255) NOT NULL,
  `incoming_channel_id` text,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_discords_server_id` (`server_id`)
) ENGINE=InnoDB;

CREATE TABLE `integration_3cx` (
  `id` char(36) NOT NULL,
  `user_id` text,
  `webhook_url` text,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `phone_api_keys` (
  `id` char(36) NOT NULL,
  `name` text,
  `user_id` text,
  `user_email` text,
  `phone_numbers` text,
  `phone_ids` text,
  `api_key` varchar(255) NOT NULL,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_phone_api_key__api_key` (`api_key`)
) ENGINE=InnoDB;

-- DedicatedDB() (a second PostgreSQL database, DATABASE_URL_DEDICATED)
CREATE TABLE `heartbeats` (
  `id` char(36) NOT NULL,
  `owner` text,
  `version` text,
  `charging` boolean,
  `user_id` text,
  `timestamp` datetime(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `heartbeat_monitors` (
  `id` char(36) NOT NULL,
  `phone_id` char(36),
  `user_id` text,
  `queue_id` text,
  `owner` text,
  `phone_online` boolean,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

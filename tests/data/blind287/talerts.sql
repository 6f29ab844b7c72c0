-- T-Alerts (MBTA's "alerts_concierge": sign-up and delivery of personalised service alerts to riders of the
-- Massachusetts Bay Transportation Authority), commit ec525e1b44afebfd627ab44a508af45e66f6e8af (MIT)
-- Source: github.com/mbta/alerts_concierge apps/alert_processor/priv/repo/structure.sql (the PostgreSQL schema dump
-- Ecto writes after the 65 migrations of apps/alert_processor/priv/repo/migrations/), written as MySQL/MariaDB DDL.
-- Every table of the dump is kept, columns in the dump's order with upstream's names.
-- Types: uuid -> CHAR(36); character varying(n) -> VARCHAR(n); text -> TEXT; jsonb and the character varying[]
-- arrays -> JSON; timestamp without time zone -> DATETIME; time without time zone -> TIME; double precision ->
-- DOUBLE; bigint, integer, smallint kept; boolean -> TINYINT(1). Literal defaults kept, now() -> CURRENT_TIMESTAMP,
-- the empty-array defaults -> '[]'; the gen_random_uuid() defaults (the application generates its ids) are left out.
-- The serial columns (integer with nextval of an owned sequence) -> AUTO_INCREMENT. Primary keys, the two unique
-- indexes and the six foreign keys of the dump are kept; partial indexes (WHERE paused = false) are written as plain
-- indexes.

CREATE TABLE `alerts` (
  `id` CHAR(36) NOT NULL,
  `alert_id` VARCHAR(255) DEFAULT NULL,
  `last_modified` DATETIME DEFAULT NULL,
  `data` JSON DEFAULT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `image_url` VARCHAR(255) DEFAULT NULL,
  `image_alternative_text` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alerts_alert_id_index` (`alert_id`),
  KEY `alerts_last_modified_index` (`last_modified`)
);

CREATE TABLE `guardian_tokens` (
  `jti` VARCHAR(255) NOT NULL,
  `aud` VARCHAR(255) NOT NULL,
  `typ` VARCHAR(255) DEFAULT NULL,
  `iss` VARCHAR(255) DEFAULT NULL,
  `sub` VARCHAR(255) DEFAULT NULL,
  `exp` BIGINT DEFAULT NULL,
  `jwt` TEXT DEFAULT NULL,
  `claims` JSON DEFAULT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`jti`, `aud`)
);

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `phone_number` VARCHAR(255) DEFAULT NULL,
  `inserted_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `role` VARCHAR(255) NOT NULL DEFAULT 'user',
  `digest_opt_in` TINYINT(1) NOT NULL DEFAULT 1,
  `sms_opted_out_at` DATETIME DEFAULT NULL,
  `communication_mode` VARCHAR(255) NOT NULL DEFAULT 'email',
  `email_rejection_status` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_index` (`email`)
);

CREATE TABLE `trips` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `relevant_days` JSON NOT NULL DEFAULT '[]',
  `start_time` TIME NOT NULL,
  `end_time` TIME NOT NULL,
  `inserted_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `roundtrip` TINYINT(1) NOT NULL DEFAULT 0,
  `return_start_time` TIME DEFAULT NULL,
  `return_end_time` TIME DEFAULT NULL,
  `facility_types` JSON NOT NULL DEFAULT '[]',
  `trip_type` VARCHAR(255) NOT NULL DEFAULT 'commute',
  PRIMARY KEY (`id`),
  KEY `trips_user_id_index` (`user_id`),
  CONSTRAINT `trips_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `subscriptions` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) DEFAULT NULL,
  `inserted_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `relevant_days` JSON NOT NULL DEFAULT '[]',
  `start_time` TIME NOT NULL,
  `end_time` TIME NOT NULL,
  `origin` VARCHAR(255) DEFAULT NULL,
  `destination` VARCHAR(255) DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `route` VARCHAR(255) DEFAULT NULL,
  `direction_id` SMALLINT DEFAULT NULL,
  `origin_lat` DOUBLE DEFAULT NULL,
  `origin_long` DOUBLE DEFAULT NULL,
  `destination_lat` DOUBLE DEFAULT NULL,
  `destination_long` DOUBLE DEFAULT NULL,
  `trip_id` CHAR(36) DEFAULT NULL,
  `rank` SMALLINT DEFAULT NULL,
  `return_trip` TINYINT(1) DEFAULT 0,
  `route_type` INT DEFAULT NULL,
  `facility_types` JSON NOT NULL DEFAULT '[]',
  `travel_start_time` TIME DEFAULT NULL,
  `travel_end_time` TIME DEFAULT NULL,
  `paused` TINYINT(1) DEFAULT 0,
  `parent_id` CHAR(36) DEFAULT NULL,
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `subscriptions_destination_ix` (`destination`),
  KEY `subscriptions_origin_ix` (`origin`),
  KEY `subscriptions_route_ix` (`route`),
  KEY `subscriptions_route_type_ix` (`route_type`),
  KEY `subscriptions_user_id_index` (`user_id`),
  KEY `subscriptions_trip_id_fkey` (`trip_id`),
  CONSTRAINT `subscriptions_trip_id_fkey` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE,
  CONSTRAINT `subscriptions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `informed_entities` (
  `id` CHAR(36) NOT NULL,
  `subscription_id` CHAR(36) DEFAULT NULL,
  `direction_id` INT DEFAULT NULL,
  `facility_type` VARCHAR(255) DEFAULT NULL,
  `route` VARCHAR(255) DEFAULT NULL,
  `route_type` INT DEFAULT NULL,
  `stop` VARCHAR(255) DEFAULT NULL,
  `trip` VARCHAR(255) DEFAULT NULL,
  `inserted_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `activities` JSON NOT NULL DEFAULT '[]',
  PRIMARY KEY (`id`),
  KEY `informed_entities_subscription_id_index` (`subscription_id`),
  CONSTRAINT `informed_entities_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`id`) ON DELETE CASCADE
);

CREATE TABLE `metadata` (
  `id` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL DEFAULT '{}',
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) DEFAULT NULL,
  `alert_id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `phone_number` VARCHAR(255) DEFAULT NULL,
  `header` TEXT DEFAULT NULL,
  `send_after` DATETIME DEFAULT NULL,
  `status` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `last_push_notification` DATETIME DEFAULT NULL,
  `service_effect` VARCHAR(255) DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  `url` VARCHAR(255) DEFAULT NULL,
  `closed_timestamp` DATETIME DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `image_url` VARCHAR(255) DEFAULT NULL,
  `image_alternative_text` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notifications_alert_id_index` (`alert_id`),
  KEY `notifications_user_id_index` (`user_id`),
  CONSTRAINT `notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `notification_subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `notification_id` CHAR(36) NOT NULL,
  `subscription_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `notification_subscriptions_notification_id_index` (`notification_id`)
);

CREATE TABLE `schema_migrations` (
  `version` BIGINT NOT NULL,
  `inserted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`version`)
);

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event` VARCHAR(10) NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` CHAR(36) DEFAULT NULL,
  `item_changes` JSON NOT NULL,
  `originator_id` CHAR(36) DEFAULT NULL,
  `origin` VARCHAR(50) DEFAULT NULL,
  `meta` JSON DEFAULT NULL,
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `versions_event_item_type_index` (`event`, `item_type`),
  KEY `versions_item_id_item_type_index` (`item_id`, `item_type`),
  KEY `versions_item_type_inserted_at_index` (`item_type`, `inserted_at`),
  KEY `versions_originator_id_index` (`originator_id`),
  CONSTRAINT `versions_originator_id_fkey` FOREIGN KEY (`originator_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

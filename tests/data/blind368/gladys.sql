-- Gladys Assistant 4 (GladysAssistant/Gladys), commit cf41a63e09017ee1db7419a39bad4ec3cc495179 (Apache-2.0)
-- Made by replaying the 71 Sequelize migrations of server/migrations/ (umzug, as server/models/index.js runs them)
-- into SQLite with sequelize 6 / sqlite3 5, then writing every table of the resulting database as MySQL:
-- UUID -> char(36), DOUBLE PRECISION -> double, INTEGER -> int(11), BLOB -> longblob, other types as they are.
-- Column order is the replayed database's. Tables are ordered so that a referenced table comes first.
-- The two partial unique indexes of t_device_feature_supported_option (WHERE value_string IS [NOT] NULL) are
-- written as plain indexes (MySQL has no partial index); one index name longer than MySQL's 64 characters is
-- shortened (device_feature_id -> feature_id in the name only).

CREATE TABLE `SequelizeMeta` (
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_house` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `latitude` double,
  `longitude` double,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `alarm_mode` varchar(255) NOT NULL DEFAULT 'disarmed',
  `alarm_code` varchar(255) DEFAULT NULL,
  `alarm_delay_before_arming` int(11) NOT NULL DEFAULT 10,
  PRIMARY KEY (`id`),
  UNIQUE KEY `t_house_selector_unique` (`selector`),
  UNIQUE KEY `t_house_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_user` (
  `id` char(36) NOT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `birthdate` date NOT NULL,
  `language` varchar(255) NOT NULL,
  `picture` text,
  `password` varchar(255) NOT NULL,
  `role` varchar(255) NOT NULL,
  `temperature_unit_preference` varchar(255) NOT NULL,
  `distance_unit_preference` varchar(255) NOT NULL,
  `telegram_user_id` varchar(255),
  `last_latitude` double,
  `last_longitude` double,
  `last_altitude` double,
  `last_accuracy` double,
  `last_location_changed` datetime,
  `current_house_id` char(36),
  `last_house_changed` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `t_user_role` (`role`),
  UNIQUE KEY `t_user_telegram_user_id_unique` (`telegram_user_id`),
  UNIQUE KEY `t_user_email_unique` (`email`),
  UNIQUE KEY `t_user_selector_unique` (`selector`),
  FOREIGN KEY (`current_house_id`) REFERENCES `t_house` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_location` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `altitude` double,
  `accuracy` double,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `t_location_created_at` (`created_at`),
  KEY `t_location_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `t_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_life_event` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `house_id` char(36),
  `type` varchar(255) NOT NULL,
  `data` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `t_life_event_type` (`type`),
  KEY `t_life_event_house_id` (`house_id`),
  KEY `t_life_event_user_id` (`user_id`),
  FOREIGN KEY (`house_id`) REFERENCES `t_house` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `t_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_room` (
  `id` char(36) NOT NULL,
  `house_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `t_room_house_id` (`house_id`),
  UNIQUE KEY `t_room_selector_unique` (`selector`),
  UNIQUE KEY `t_room_name_unique` (`name`),
  FOREIGN KEY (`house_id`) REFERENCES `t_house` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_pod` (
  `id` char(36) NOT NULL,
  `room_id` char(36),
  `name` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `t_pod_room_id` (`room_id`),
  UNIQUE KEY `t_pod_selector_unique` (`selector`),
  FOREIGN KEY (`room_id`) REFERENCES `t_room` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_service` (
  `id` char(36) NOT NULL,
  `pod_id` char(36),
  `name` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `version` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `has_message_feature` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `status` text NOT NULL DEFAULT 'UNKNWON',
  `type` text NOT NULL DEFAULT 'internal',
  `docker_image` varchar(255),
  `manifest` json,
  `container_id` varchar(255),
  `failure_count` int(11) NOT NULL DEFAULT 0,
  `last_heartbeat` datetime,
  `token_version` int(11) NOT NULL DEFAULT 0,
  `store_slug` varchar(255),
  `granted_devices` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `t_service_pod_id_name` (`pod_id`, `name`),
  KEY `t_service_pod_id` (`pod_id`),
  UNIQUE KEY `t_service_selector_unique` (`selector`),
  FOREIGN KEY (`pod_id`) REFERENCES `t_pod` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_device` (
  `id` char(36) NOT NULL,
  `service_id` char(36) NOT NULL,
  `room_id` char(36),
  `name` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `model` varchar(255),
  `external_id` varchar(255) NOT NULL,
  `should_poll` tinyint(1) NOT NULL DEFAULT 0,
  `poll_frequency` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `t_device_room_id` (`room_id`),
  KEY `t_device_service_id` (`service_id`),
  UNIQUE KEY `t_device_external_id_unique` (`external_id`),
  UNIQUE KEY `t_device_selector_unique` (`selector`),
  FOREIGN KEY (`room_id`) REFERENCES `t_room` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`service_id`) REFERENCES `t_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_device_feature` (
  `id` char(36) NOT NULL,
  `device_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `external_id` varchar(255) NOT NULL,
  `category` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `read_only` tinyint(1) NOT NULL,
  `keep_history` tinyint(1) NOT NULL DEFAULT 1,
  `has_feedback` tinyint(1) NOT NULL,
  `unit` varchar(255),
  `min` double NOT NULL,
  `max` double NOT NULL,
  `last_value` double,
  `last_value_string` text,
  `last_value_changed` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `last_monthly_aggregate` datetime DEFAULT NULL,
  `last_daily_aggregate` datetime DEFAULT NULL,
  `last_hourly_aggregate` datetime DEFAULT NULL,
  `energy_parent_id` char(36),
  `step` double,
  PRIMARY KEY (`id`),
  KEY `t_device_feature_energy_parent_id` (`energy_parent_id`),
  KEY `t_device_feature_category` (`category`),
  KEY `t_device_feature_device_id` (`device_id`),
  UNIQUE KEY `t_device_feature_external_id_unique` (`external_id`),
  UNIQUE KEY `t_device_feature_selector_unique` (`selector`),
  FOREIGN KEY (`energy_parent_id`) REFERENCES `t_device_feature` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`device_id`) REFERENCES `t_device` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_device_feature_state` (
  `id` char(36) NOT NULL,
  `device_feature_id` char(36) NOT NULL,
  `value` double NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `t_device_feature_state_device_feature_id_created_at` (`device_feature_id`, `created_at`),
  KEY `t_device_feature_state_created_at` (`created_at`),
  KEY `t_device_feature_state_device_feature_id` (`device_feature_id`),
  FOREIGN KEY (`device_feature_id`) REFERENCES `t_device_feature` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_calendar` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `service_id` char(36),
  `name` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `external_id` varchar(255),
  `description` varchar(255) NOT NULL,
  `sync` tinyint(1) NOT NULL DEFAULT 1,
  `notify` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `ctag` varchar(255),
  `sync_token` varchar(255),
  `color` varchar(255),
  `shared` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(255) DEFAULT NULL,
  `last_sync` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `t_calendar_service_id` (`service_id`),
  KEY `t_calendar_user_id` (`user_id`),
  UNIQUE KEY `t_calendar_external_id_unique` (`external_id`),
  UNIQUE KEY `t_calendar_selector_unique` (`selector`),
  FOREIGN KEY (`service_id`) REFERENCES `t_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `t_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_calendar_event` (
  `id` char(36) NOT NULL,
  `calendar_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `external_id` varchar(255),
  `location` varchar(255),
  `start` datetime NOT NULL,
  `end` datetime,
  `full_day` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `url` varchar(255),
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `t_calendar_event_end` (`end`),
  KEY `t_calendar_event_start` (`start`),
  KEY `t_calendar_event_calendar_id` (`calendar_id`),
  UNIQUE KEY `t_calendar_event_external_id_unique` (`external_id`),
  UNIQUE KEY `t_calendar_event_selector_unique` (`selector`),
  FOREIGN KEY (`calendar_id`) REFERENCES `t_calendar` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_variable` (
  `id` char(36) NOT NULL,
  `service_id` char(36),
  `user_id` char(36),
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `t_variable_service_id_user_id_name` (`service_id`, `user_id`, `name`),
  KEY `t_variable_service_id` (`service_id`),
  FOREIGN KEY (`user_id`) REFERENCES `t_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`service_id`) REFERENCES `t_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_script` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `code` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `t_script_selector_unique` (`selector`),
  UNIQUE KEY `t_script_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_area` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `radius` double NOT NULL,
  `color` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `t_area_selector_unique` (`selector`),
  UNIQUE KEY `t_area_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_dashboard` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `boxes` json NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` char(36),
  `position` int(11) NOT NULL DEFAULT 0,
  `visibility` varchar(255) NOT NULL DEFAULT 'private',
  `icon` varchar(255),
  `background_scene` varchar(255),
  `width` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `t_dashboard_selector_unique` (`selector`),
  UNIQUE KEY `t_dashboard_name_unique` (`name`),
  FOREIGN KEY (`user_id`) REFERENCES `t_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_scene` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `icon` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `actions` json NOT NULL,
  `last_executed` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `triggers` json,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `t_scene_selector_unique` (`selector`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_message` (
  `id` char(36) NOT NULL,
  `sender_id` char(36),
  `receiver_id` char(36),
  `text` text NOT NULL,
  `file` text,
  `conversation_id` char(36) NOT NULL,
  `is_read` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `message_type` varchar(255) NOT NULL DEFAULT 'chat',
  `tool_name` varchar(255),
  `tool_status` varchar(255),
  PRIMARY KEY (`id`),
  KEY `t_message_receiver_id` (`receiver_id`),
  KEY `t_message_sender_id` (`sender_id`),
  FOREIGN KEY (`receiver_id`) REFERENCES `t_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`sender_id`) REFERENCES `t_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_session` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `token_type` varchar(255) NOT NULL,
  `token_hash` text NOT NULL,
  `scope` text NOT NULL,
  `valid_until` datetime,
  `last_seen` datetime,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `useragent` text,
  `tablet_mode` tinyint(1) NOT NULL DEFAULT 0,
  `tablet_mode_locked` tinyint(1) NOT NULL DEFAULT 0,
  `current_house_id` char(36),
  PRIMARY KEY (`id`),
  KEY `t_session_user_id` (`user_id`),
  FOREIGN KEY (`current_house_id`) REFERENCES `t_house` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `t_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_device_param` (
  `id` char(36) NOT NULL,
  `device_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `t_device_param_device_id_name` (`device_id`, `name`),
  KEY `t_device_param_device_id` (`device_id`),
  FOREIGN KEY (`device_id`) REFERENCES `t_device` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_device_feature_state_aggregate` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `device_feature_id` char(36) NOT NULL,
  `value` double NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `t_device_feature_state_aggregate_feature_id_type_created_at` (`device_feature_id`, `type`, `created_at`),
  KEY `t_device_feature_state_aggregate_created_at` (`created_at`),
  KEY `t_device_feature_state_aggregate_device_feature_id` (`device_feature_id`),
  KEY `t_device_feature_state_aggregate_type` (`type`),
  FOREIGN KEY (`device_feature_id`) REFERENCES `t_device_feature` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_job` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `progress` int(11) NOT NULL,
  `data` json NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `t_job_type` (`type`),
  KEY `t_job_created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_tag_scene` (
  `scene_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  FOREIGN KEY (`scene_id`) REFERENCES `t_scene` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_energy_price` (
  `id` char(36) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date,
  `contract` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  `price_type` varchar(255) NOT NULL,
  `price` int(11) NOT NULL,
  `currency` varchar(255) NOT NULL,
  `electric_meter_device_id` char(36),
  `hour_slots` varchar(255),
  `subscribed_power` varchar(255),
  `day_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `contract_name` varchar(255),
  PRIMARY KEY (`id`),
  KEY `t_energy_price_selector` (`selector`),
  KEY `t_energy_price_start_date_end_date` (`start_date`, `end_date`),
  KEY `t_energy_price_electric_meter_device_id` (`electric_meter_device_id`),
  UNIQUE KEY `t_energy_price_selector_unique` (`selector`),
  FOREIGN KEY (`electric_meter_device_id`) REFERENCES `t_device` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_device_feature_supported_option` (
  `id` char(36) NOT NULL,
  `device_feature_id` char(36) NOT NULL,
  `value` int(11) NOT NULL,
  `label` varchar(255) NOT NULL,
  `sort_order` int(11) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `value_string` varchar(255),
  PRIMARY KEY (`id`),
  KEY `t_device_feature_supported_option_feature_id_value_string` (`device_feature_id`, `value_string`),
  KEY `t_device_feature_supported_option_device_feature_id_value` (`device_feature_id`, `value`),
  KEY `t_device_feature_supported_option_device_feature_id` (`device_feature_id`),
  FOREIGN KEY (`device_feature_id`) REFERENCES `t_device_feature` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_dashboard_asset` (
  `id` char(36) NOT NULL,
  `dashboard_id` char(36) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `data` longblob NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `t_dashboard_asset_dashboard_id` (`dashboard_id`),
  FOREIGN KEY (`dashboard_id`) REFERENCES `t_dashboard` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- TeslaMate (self-hosted data logger for Tesla vehicles: cars, drives, GPS positions, charging sessions, states,
-- software updates, reverse-geocoded addresses, geofences, settings, API tokens, import checkpoints),
-- github.com/teslamate-org/teslamate `priv/repo/migrations/*.exs` (105 Ecto migrations, newest
-- 20260808090000_recalc_charge_energy_used), commit 8a692e29346d19cf5786fd1c8682f1628a4a60e0 (AGPL-3.0).
-- The migrations were replayed by hand to their final state (columns added by ALTER appended in migration order,
-- renames kept in place, removed columns dropped) and written as MySQL: bigserial/serial ids with the types the
-- 20200410 migration narrowed them to (smallint / integer), :float -> DOUBLE, :decimal/numeric(p,s) -> DECIMAL(p,s),
-- :string -> VARCHAR(255), :text -> TEXT, :map -> JSON, :binary -> BLOB, {:array,:string} -> JSON,
-- :utc_datetime -> DATETIME, :utc_datetime_usec -> DATETIME(6), timestamps() -> DATETIME NOT NULL,
-- PostgreSQL enum types -> ENUM. `tokens` lives in PostgreSQL schema `private` upstream. Tables are ordered so that
-- foreign keys point backwards; the drives -> positions keys (a cycle) are added at the end.
-- Left out: the PostgreSQL functions (convert_km, convert_celsius, convert_m, convert_tire_pressure), the cube /
-- earthdistance extensions, CHECK constraints, expression, partial and BRIN indexes.

CREATE TABLE `car_settings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `suspend_min` int NOT NULL DEFAULT 21,
  `suspend_after_idle_min` int NOT NULL DEFAULT 15,
  `req_not_unlocked` tinyint(1) NOT NULL DEFAULT 0,
  `free_supercharging` tinyint(1) NOT NULL DEFAULT 0,
  `use_streaming_api` tinyint(1) NOT NULL DEFAULT 1,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `lfp_battery` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cars` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `eid` bigint NOT NULL,
  `vid` bigint NOT NULL,
  `model` varchar(255) DEFAULT NULL,
  `efficiency` double DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `vin` text NOT NULL,
  `name` text,
  `trim_badging` text,
  `settings_id` bigint NOT NULL,
  `exterior_color` text,
  `spoiler_type` text,
  `wheel_type` text,
  `display_priority` smallint NOT NULL DEFAULT 1,
  `marketing_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cars_eid_index` (`eid`),
  UNIQUE KEY `cars_vid_index` (`vid`),
  UNIQUE KEY `cars_vin_index` (`vin`),
  UNIQUE KEY `cars_settings_id_index` (`settings_id`),
  CONSTRAINT `cars_settings_id_fkey` FOREIGN KEY (`settings_id`) REFERENCES `car_settings` (`id`) ON DELETE CASCADE
);

CREATE TABLE `addresses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `display_name` varchar(512) DEFAULT NULL,
  `latitude` decimal(8,6) DEFAULT NULL,
  `longitude` decimal(9,6) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `house_number` varchar(255) DEFAULT NULL,
  `road` varchar(255) DEFAULT NULL,
  `neighbourhood` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `county` varchar(255) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `state_district` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `raw` json DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `osm_id` bigint DEFAULT NULL,
  `osm_type` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `addresses_osm_id_osm_type_index` (`osm_id`, `osm_type`)
);

CREATE TABLE `geofences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `latitude` decimal(8,6) NOT NULL,
  `longitude` decimal(9,6) NOT NULL,
  `radius` smallint NOT NULL DEFAULT 25,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `cost_per_unit` decimal(9,4) DEFAULT NULL,
  `session_fee` decimal(14,2) DEFAULT NULL,
  `billing_type` enum('per_kwh','per_minute') NOT NULL DEFAULT 'per_kwh',
  PRIMARY KEY (`id`)
);

CREATE TABLE `drives` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) DEFAULT NULL,
  `outside_temp_avg` decimal(4,1) DEFAULT NULL,
  `speed_max` smallint DEFAULT NULL,
  `power_max` smallint DEFAULT NULL,
  `power_min` smallint DEFAULT NULL,
  `start_ideal_range_km` decimal(6,2) DEFAULT NULL,
  `end_ideal_range_km` decimal(6,2) DEFAULT NULL,
  `start_km` double DEFAULT NULL,
  `end_km` double DEFAULT NULL,
  `distance` double DEFAULT NULL,
  `duration_min` smallint DEFAULT NULL,
  `car_id` smallint NOT NULL,
  `inside_temp_avg` decimal(4,1) DEFAULT NULL,
  `start_address_id` int DEFAULT NULL,
  `end_address_id` int DEFAULT NULL,
  `start_rated_range_km` decimal(6,2) DEFAULT NULL,
  `end_rated_range_km` decimal(6,2) DEFAULT NULL,
  `start_position_id` int DEFAULT NULL,
  `end_position_id` int DEFAULT NULL,
  `start_geofence_id` int DEFAULT NULL,
  `end_geofence_id` int DEFAULT NULL,
  `ascent` smallint DEFAULT NULL,
  `descent` smallint DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `trips_car_id_index` (`car_id`),
  KEY `trips_start_address_id_index` (`start_address_id`),
  KEY `trips_end_address_id_index` (`end_address_id`),
  KEY `drives_start_position_id_index` (`start_position_id`),
  KEY `drives_end_position_id_index` (`end_position_id`),
  KEY `drives_start_geofence_id_index` (`start_geofence_id`),
  KEY `drives_end_geofence_id_index` (`end_geofence_id`),
  CONSTRAINT `drives_car_id_fkey` FOREIGN KEY (`car_id`) REFERENCES `cars` (`id`) ON DELETE CASCADE,
  CONSTRAINT `drives_start_address_id_fkey` FOREIGN KEY (`start_address_id`) REFERENCES `addresses` (`id`) ON DELETE SET NULL,
  CONSTRAINT `drives_end_address_id_fkey` FOREIGN KEY (`end_address_id`) REFERENCES `addresses` (`id`) ON DELETE SET NULL,
  CONSTRAINT `drives_start_geofence_id_fkey` FOREIGN KEY (`start_geofence_id`) REFERENCES `geofences` (`id`) ON DELETE SET NULL,
  CONSTRAINT `drives_end_geofence_id_fkey` FOREIGN KEY (`end_geofence_id`) REFERENCES `geofences` (`id`) ON DELETE SET NULL
);

CREATE TABLE `positions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `latitude` decimal(8,6) NOT NULL,
  `longitude` decimal(9,6) NOT NULL,
  `speed` smallint DEFAULT NULL,
  `power` smallint DEFAULT NULL,
  `odometer` double DEFAULT NULL,
  `ideal_battery_range_km` decimal(6,2) DEFAULT NULL,
  `battery_level` smallint DEFAULT NULL,
  `outside_temp` decimal(4,1) DEFAULT NULL,
  `elevation` smallint DEFAULT NULL,
  `fan_status` int DEFAULT NULL,
  `driver_temp_setting` decimal(4,1) DEFAULT NULL,
  `passenger_temp_setting` decimal(4,1) DEFAULT NULL,
  `is_climate_on` tinyint(1) DEFAULT NULL,
  `is_rear_defroster_on` tinyint(1) DEFAULT NULL,
  `is_front_defroster_on` tinyint(1) DEFAULT NULL,
  `car_id` smallint NOT NULL,
  `drive_id` int DEFAULT NULL,
  `inside_temp` decimal(4,1) DEFAULT NULL,
  `battery_heater` tinyint(1) DEFAULT NULL,
  `battery_heater_on` tinyint(1) DEFAULT NULL,
  `battery_heater_no_power` tinyint(1) DEFAULT NULL,
  `est_battery_range_km` decimal(6,2) DEFAULT NULL,
  `rated_battery_range_km` decimal(6,2) DEFAULT NULL,
  `usable_battery_level` smallint DEFAULT NULL,
  `tpms_pressure_fl` decimal(4,1) DEFAULT NULL,
  `tpms_pressure_fr` decimal(4,1) DEFAULT NULL,
  `tpms_pressure_rl` decimal(4,1) DEFAULT NULL,
  `tpms_pressure_rr` decimal(4,1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `positions_car_id_index` (`car_id`),
  KEY `positions_drive_id_date_index` (`drive_id`, `date`),
  KEY `positions_date_index` (`date`),
  CONSTRAINT `positions_car_id_fkey` FOREIGN KEY (`car_id`) REFERENCES `cars` (`id`) ON DELETE CASCADE,
  CONSTRAINT `positions_drive_id_fkey` FOREIGN KEY (`drive_id`) REFERENCES `drives` (`id`) ON DELETE SET NULL
);

CREATE TABLE `states` (
  `id` int NOT NULL AUTO_INCREMENT,
  `state` enum('online','offline','asleep') NOT NULL,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) DEFAULT NULL,
  `car_id` smallint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `states_car_id_index` (`car_id`),
  CONSTRAINT `states_car_id_fkey` FOREIGN KEY (`car_id`) REFERENCES `cars` (`id`) ON DELETE CASCADE
);

CREATE TABLE `charging_processes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) DEFAULT NULL,
  `charge_energy_added` decimal(8,2) DEFAULT NULL,
  `start_ideal_range_km` decimal(6,2) DEFAULT NULL,
  `end_ideal_range_km` decimal(6,2) DEFAULT NULL,
  `start_battery_level` smallint DEFAULT NULL,
  `end_battery_level` smallint DEFAULT NULL,
  `duration_min` smallint DEFAULT NULL,
  `outside_temp_avg` decimal(4,1) DEFAULT NULL,
  `car_id` smallint NOT NULL,
  `position_id` int NOT NULL,
  `address_id` int DEFAULT NULL,
  `start_rated_range_km` decimal(6,2) DEFAULT NULL,
  `end_rated_range_km` decimal(6,2) DEFAULT NULL,
  `geofence_id` int DEFAULT NULL,
  `charge_energy_used` decimal(8,2) DEFAULT NULL,
  `cost` decimal(14,2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `charging_processes_car_id_index` (`car_id`),
  KEY `charging_processes_position_id_index` (`position_id`),
  KEY `charging_processes_address_id_index` (`address_id`),
  CONSTRAINT `charging_processes_car_id_fkey` FOREIGN KEY (`car_id`) REFERENCES `cars` (`id`) ON DELETE CASCADE,
  CONSTRAINT `charging_processes_position_id_fkey` FOREIGN KEY (`position_id`) REFERENCES `positions` (`id`),
  CONSTRAINT `charging_processes_address_id_fkey` FOREIGN KEY (`address_id`) REFERENCES `addresses` (`id`) ON DELETE SET NULL,
  CONSTRAINT `charging_processes_geofence_id_fkey` FOREIGN KEY (`geofence_id`) REFERENCES `geofences` (`id`) ON DELETE SET NULL
);

CREATE TABLE `charges` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `battery_heater_on` tinyint(1) DEFAULT NULL,
  `battery_level` smallint DEFAULT NULL,
  `charge_energy_added` decimal(8,2) NOT NULL,
  `charger_actual_current` smallint DEFAULT NULL,
  `charger_phases` smallint DEFAULT NULL,
  `charger_pilot_current` smallint DEFAULT NULL,
  `charger_power` smallint NOT NULL,
  `charger_voltage` smallint DEFAULT NULL,
  `fast_charger_present` tinyint(1) DEFAULT NULL,
  `conn_charge_cable` varchar(255) DEFAULT NULL,
  `fast_charger_brand` varchar(255) DEFAULT NULL,
  `fast_charger_type` varchar(255) DEFAULT NULL,
  `ideal_battery_range_km` decimal(6,2) NOT NULL,
  `not_enough_power_to_heat` tinyint(1) DEFAULT NULL,
  `outside_temp` decimal(4,1) DEFAULT NULL,
  `charging_process_id` int NOT NULL,
  `battery_heater` tinyint(1) DEFAULT NULL,
  `battery_heater_no_power` tinyint(1) DEFAULT NULL,
  `rated_battery_range_km` decimal(6,2) DEFAULT NULL,
  `usable_battery_level` smallint DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `charges_date_index` (`date`),
  KEY `charges_charging_process_id_index` (`charging_process_id`),
  CONSTRAINT `charges_charging_process_id_fkey` FOREIGN KEY (`charging_process_id`) REFERENCES `charging_processes` (`id`) ON DELETE CASCADE
);

CREATE TABLE `updates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) DEFAULT NULL,
  `version` varchar(255) DEFAULT NULL,
  `car_id` smallint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `updates_car_id_index` (`car_id`),
  CONSTRAINT `updates_car_id_fkey` FOREIGN KEY (`car_id`) REFERENCES `cars` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `refresh` blob,
  `access` blob,
  PRIMARY KEY (`id`)
);

CREATE TABLE `settings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `unit_of_length` enum('km','mi') NOT NULL DEFAULT 'km',
  `unit_of_temperature` enum('C','F') NOT NULL DEFAULT 'C',
  `preferred_range` enum('ideal','rated') NOT NULL DEFAULT 'rated',
  `base_url` varchar(255) DEFAULT NULL,
  `grafana_url` varchar(255) DEFAULT NULL,
  `language` text NOT NULL DEFAULT 'en',
  `unit_of_pressure` enum('bar','psi') NOT NULL DEFAULT 'bar',
  `theme_mode` text NOT NULL DEFAULT 'system',
  PRIMARY KEY (`id`)
);

CREATE TABLE `import_runs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `source_key` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `timezone` varchar(255) NOT NULL,
  `date_limit` datetime(6) DEFAULT NULL,
  `date_limit_captured` tinyint(1) NOT NULL DEFAULT 0,
  `car_id` smallint DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `import_runs_car_id_fkey` FOREIGN KEY (`car_id`) REFERENCES `cars` (`id`) ON DELETE SET NULL
);

CREATE TABLE `import_file_checkpoints` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `run_id` bigint NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `file_fingerprint` varchar(255) NOT NULL,
  `completed_at` datetime(6) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `import_file_checkpoints_identity` (`run_id`, `file_name`, `file_fingerprint`),
  CONSTRAINT `import_file_checkpoints_run_id_fkey` FOREIGN KEY (`run_id`) REFERENCES `import_runs` (`id`) ON DELETE CASCADE
);

CREATE TABLE `import_rejections` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `run_id` bigint NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `file_fingerprint` varchar(255) NOT NULL,
  `row` int NOT NULL,
  `reason` varchar(255) NOT NULL,
  `fields` json NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `import_rejections_row_identity` (`run_id`, `file_name`, `file_fingerprint`, `row`),
  CONSTRAINT `import_rejections_run_id_fkey` FOREIGN KEY (`run_id`) REFERENCES `import_runs` (`id`) ON DELETE CASCADE
);

CREATE TABLE `schema_migrations` (
  `version` bigint NOT NULL,
  `inserted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`version`)
);

ALTER TABLE `drives` ADD CONSTRAINT `drives_start_position_id_fkey` FOREIGN KEY (`start_position_id`) REFERENCES `positions` (`id`) ON DELETE SET NULL;
ALTER TABLE `drives` ADD CONSTRAINT `drives_end_position_id_fkey` FOREIGN KEY (`end_position_id`) REFERENCES `positions` (`id`) ON DELETE SET NULL;

-- BEEP (beep.nl, the Netherlands; open-source bee monitoring: the API behind the BEEP app and the BEEP base
-- hive-monitoring device: beekeepers with their apiaries (locations) and hives, hive layers and frames, queens,
-- inspections with checklist items and photos, BEEP base devices (table `sensors`) with sensor definitions, flash
-- logs, alert rules and alerts, collaboration groups and invitations, research projects with per-user data-sharing
-- consent, sample codes for lab tests, dashboards, roles and permissions, organisations), github.com/beepnl/BEEP
-- `database/migrations/*.php` (99 Laravel migrations) + `storage/app/new_taxonomy_tables.sql` (the taxonomy tables
-- that the migration `2018_06_06_121927_convert_inspections_to_taxonomy` loads), commit
-- 1d585476081c2cbf9d81781edd37cecc3ed82da8 (AGPL-3.0, LICENSE).
-- How it was made: the 99 migrations were run in order (each migration's up(), as `php artisan migrate` does) with
-- Debian's illuminate/database 8.83 and doctrine/dbal 3.6 against an empty MariaDB database (charset utf8mb4,
-- upstream's config/database.php strict modes), with the application's Eloquent models that some migrations use
-- for data fixes (App\Language, User, Role, Inspection, Hive, Queen, Device, AlertRule, ChecklistFactory) stubbed
-- as empty (they only touch rows) and kalnoy/nestedset's column names; upstream's own utf8mb4 migration shrank some
-- indexed varchar(255) columns to 191. The resulting schema was dumped (`mysqldump --no-data`) and written here:
-- column names, types, defaults and order as dumped; primary, unique and foreign keys kept, plain indexes dropped,
-- column-level COLLATE clauses dropped (the table default is utf8mb4_unicode_ci), MariaDB's
-- `longtext CHECK (json_valid(..))` written back as `json` (Laravel's json()), tables ordered so that every foreign
-- key points at a table defined before it. Laravel's own `migrations` bookkeeping table is not part of the dump.
-- The InfluxDB time series (the measurements themselves) live outside MySQL and are not part of this schema.

CREATE TABLE `alert_rule_formulas` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `alert_rule_id` int(10) unsigned NOT NULL,
  `measurement_id` int(10) unsigned NOT NULL,
  `calculation` varchar(255) DEFAULT NULL,
  `comparator` varchar(255) DEFAULT NULL,
  `comparison` varchar(255) DEFAULT NULL,
  `logical` varchar(255) DEFAULT NULL,
  `period_minutes` int(11) DEFAULT NULL,
  `threshold_value` double(8,2) DEFAULT NULL,
  `future` tinyint(1) NOT NULL DEFAULT 0,
  `last_result_value` double(8,2) DEFAULT NULL,
  `last_evaluation_value` tinyint(1) NOT NULL DEFAULT 0,
  `last_evaluated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `alert_rules` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `measurement_id` int(10) unsigned NOT NULL,
  `calculation` varchar(255) NOT NULL,
  `calculation_minutes` int(10) unsigned DEFAULT NULL,
  `comparator` varchar(255) NOT NULL,
  `comparison` varchar(255) NOT NULL,
  `threshold_value` double(8,2) DEFAULT NULL,
  `exclude_months` varchar(255) DEFAULT NULL,
  `exclude_hours` varchar(255) DEFAULT NULL,
  `alert_via_email` tinyint(1) NOT NULL DEFAULT 1,
  `webhook_url` varchar(255) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `user_id` int(10) unsigned DEFAULT NULL,
  `default_rule` tinyint(1) NOT NULL DEFAULT 0,
  `exclude_hive_ids` varchar(255) DEFAULT NULL,
  `last_calculated_at` timestamp NULL DEFAULT NULL,
  `timezone` varchar(255) NOT NULL DEFAULT 'Europe/Amsterdam',
  `alert_on_occurences` int(11) NOT NULL DEFAULT 1,
  `last_evaluated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `alerts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `alert_rule_id` int(10) unsigned NOT NULL,
  `alert_function` varchar(255) DEFAULT NULL,
  `alert_value` varchar(255) DEFAULT NULL,
  `measurement_id` int(10) unsigned NOT NULL,
  `show` tinyint(1) NOT NULL DEFAULT 1,
  `location_name` varchar(255) DEFAULT NULL,
  `hive_name` varchar(255) DEFAULT NULL,
  `device_name` varchar(255) DEFAULT NULL,
  `location_id` int(10) unsigned DEFAULT NULL,
  `hive_id` int(10) unsigned DEFAULT NULL,
  `device_id` int(10) unsigned DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `count` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `calculation_models` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `measurement_id` int(10) unsigned NOT NULL,
  `data_measurement_id` int(10) unsigned NOT NULL,
  `data_interval` varchar(255) NOT NULL DEFAULT '1d',
  `data_interval_amount` int(11) NOT NULL DEFAULT 1,
  `data_relative_interval` tinyint(1) NOT NULL DEFAULT 1,
  `data_interval_index` int(11) NOT NULL DEFAULT 0,
  `data_api_url` varchar(255) DEFAULT NULL,
  `data_api_http_request` varchar(255) DEFAULT NULL,
  `data_last_call` timestamp NULL DEFAULT NULL,
  `calculation` varchar(255) DEFAULT NULL,
  `repository_url` varchar(255) DEFAULT NULL,
  `calculation_interval_minutes` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `category_inputs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(191) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `min` varchar(255) DEFAULT NULL,
  `max` varchar(255) DEFAULT NULL,
  `decimals` int(11) DEFAULT NULL,
  `icon` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `physical_quantities` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(191) DEFAULT NULL,
  `unit` varchar(255) DEFAULT NULL,
  `abbreviation` varchar(255) DEFAULT NULL,
  `low_value` double(8,2) DEFAULT NULL,
  `high_value` double(8,2) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `categories` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `parent_id` int(10) unsigned DEFAULT NULL,
  `type` varchar(191) DEFAULT NULL,
  `name` text DEFAULT NULL,
  `options` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `_lft` int(10) unsigned NOT NULL DEFAULT 0,
  `_rgt` int(10) unsigned NOT NULL DEFAULT 0,
  `icon` varchar(255) DEFAULT NULL,
  `source` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `category_input_id` int(10) unsigned DEFAULT NULL,
  `physical_quantity_id` int(10) unsigned DEFAULT NULL,
  `old_id` varchar(30) DEFAULT NULL,
  `required` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `categories_category_input_id_foreign` FOREIGN KEY (`category_input_id`) REFERENCES `category_inputs` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `categories_parent_id_foreign` FOREIGN KEY (`parent_id`) REFERENCES `categories` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `categories_physical_quantity_id_foreign` FOREIGN KEY (`physical_quantity_id`) REFERENCES `physical_quantities` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `organizations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `country_code` varchar(255) DEFAULT NULL,
  `logo_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `checklists` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `organization_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `checklists_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `checklist_category` (
  `category_id` int(10) unsigned NOT NULL,
  `checklist_id` int(10) unsigned NOT NULL,
  `order` int(11) DEFAULT NULL,
  PRIMARY KEY (`category_id`,`checklist_id`),
  CONSTRAINT `checklist_category_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `checklist_category_checklist_id_foreign` FOREIGN KEY (`checklist_id`) REFERENCES `checklists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `continents` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` text DEFAULT NULL,
  `abbr` char(2) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `avatar` varchar(255) NOT NULL DEFAULT 'default.jpg',
  `password` varchar(255) NOT NULL,
  `api_token` varchar(60) NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `last_login` timestamp NULL DEFAULT NULL,
  `policy_accepted` varchar(255) DEFAULT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `locale` varchar(255) DEFAULT NULL,
  `rate_limit_per_min` int(11) DEFAULT NULL,
  `organization_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `users_api_token_unique` (`api_token`),
  CONSTRAINT `users_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `locations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `continent_id` int(10) unsigned NOT NULL,
  `category_id` int(10) unsigned NOT NULL,
  `name` text NOT NULL,
  `coordinate_lat` double(7,4) DEFAULT NULL,
  `coordinate_lon` double(7,4) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `street` varchar(255) DEFAULT NULL,
  `street_no` varchar(255) DEFAULT NULL,
  `postal_code` varchar(255) DEFAULT NULL,
  `country_code` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `roofed` tinyint(1) DEFAULT NULL,
  `last_weather_time` timestamp NULL DEFAULT NULL,
  `hex_color` varchar(255) DEFAULT NULL,
  `organization_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `locations_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `locations_continent_id_foreign` FOREIGN KEY (`continent_id`) REFERENCES `continents` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `locations_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `locations_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `hives` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `location_id` int(10) unsigned NOT NULL,
  `hive_type_id` int(10) unsigned NOT NULL,
  `color` varchar(255) DEFAULT NULL,
  `name` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `bb_width_cm` decimal(6,1) unsigned DEFAULT NULL,
  `bb_depth_cm` decimal(6,1) unsigned DEFAULT NULL,
  `bb_height_cm` decimal(6,1) unsigned DEFAULT NULL,
  `fr_width_cm` decimal(6,1) unsigned DEFAULT NULL,
  `fr_height_cm` decimal(6,1) unsigned DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `hives_hive_type_id_foreign` FOREIGN KEY (`hive_type_id`) REFERENCES `categories` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `hives_location_id_foreign` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `hives_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `checklist_hive` (
  `hive_id` int(10) unsigned NOT NULL,
  `checklist_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`hive_id`,`checklist_id`),
  CONSTRAINT `checklist_hive_checklist_id_foreign` FOREIGN KEY (`checklist_id`) REFERENCES `checklists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `checklist_hive_hive_id_foreign` FOREIGN KEY (`hive_id`) REFERENCES `hives` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `researches` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `institution` varchar(255) DEFAULT NULL,
  `type_of_data_used` varchar(255) DEFAULT NULL,
  `start_date` timestamp NULL DEFAULT NULL,
  `end_date` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `image_id` int(10) unsigned DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `default_user_ids` json DEFAULT NULL,
  `visible` tinyint(1) NOT NULL DEFAULT 1,
  `on_invite_only` tinyint(1) NOT NULL DEFAULT 0,
  `organization_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `researches_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `checklist_research` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `research_id` int(10) unsigned NOT NULL,
  `checklist_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `checklist_research_checklist_id_foreign` FOREIGN KEY (`checklist_id`) REFERENCES `checklists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `checklist_research_research_id_foreign` FOREIGN KEY (`research_id`) REFERENCES `researches` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `checklist_svgs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `checklist_id` int(10) unsigned NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `svg` mediumtext DEFAULT NULL,
  `pages` int(10) unsigned NOT NULL,
  `last_print` datetime DEFAULT NULL,
  `app_version` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `checklist_user` (
  `user_id` int(10) unsigned NOT NULL,
  `checklist_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`user_id`,`checklist_id`),
  CONSTRAINT `checklist_user_checklist_id_foreign` FOREIGN KEY (`checklist_id`) REFERENCES `checklists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `checklist_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dashboard_groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `hive_ids` json DEFAULT NULL,
  `speed` int(10) unsigned NOT NULL,
  `interval` varchar(255) NOT NULL,
  `show_inspections` tinyint(1) NOT NULL DEFAULT 0,
  `show_all` tinyint(1) NOT NULL DEFAULT 0,
  `hide_measurements` tinyint(1) NOT NULL DEFAULT 0,
  `logo_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dashboard_groups_code_unique` (`code`),
  CONSTRAINT `dashboard_groups_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `flash_logs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `device_id` int(10) unsigned NOT NULL,
  `hive_id` int(10) unsigned DEFAULT NULL,
  `log_messages` int(10) unsigned DEFAULT NULL,
  `log_saved` tinyint(1) DEFAULT NULL,
  `log_parsed` tinyint(1) DEFAULT NULL,
  `log_has_timestamps` tinyint(1) DEFAULT NULL,
  `bytes_received` int(10) unsigned DEFAULT NULL,
  `log_file` varchar(255) DEFAULT NULL,
  `log_file_stripped` varchar(255) DEFAULT NULL,
  `log_file_parsed` varchar(255) DEFAULT NULL,
  `log_size_bytes` int(10) unsigned DEFAULT NULL,
  `log_erased` tinyint(1) DEFAULT NULL,
  `time_percentage` double(8,2) unsigned DEFAULT NULL,
  `persisted_days` double(8,2) DEFAULT NULL,
  `persisted_measurements` int(11) DEFAULT NULL,
  `persisted_block_ids` varchar(255) DEFAULT NULL,
  `log_date_start` datetime DEFAULT NULL,
  `log_date_end` datetime DEFAULT NULL,
  `logs_per_day` double(8,2) DEFAULT NULL,
  `csv_url` varchar(255) DEFAULT NULL,
  `meta_data` json DEFAULT NULL,
  `time_corrections` json DEFAULT NULL,
  `valid_override` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `description` text DEFAULT NULL,
  `icon` varchar(255) DEFAULT NULL,
  `hex_color` varchar(7) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `group_hive` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `hive_id` int(10) unsigned NOT NULL,
  `group_id` int(10) unsigned NOT NULL,
  `edit_hive` tinyint(1) NOT NULL DEFAULT 0,
  `edit_sensors` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `group_hive_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `group_hive_hive_id_foreign` FOREIGN KEY (`hive_id`) REFERENCES `hives` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sensors` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `hive_id` int(10) unsigned DEFAULT NULL,
  `category_id` int(10) unsigned NOT NULL,
  `name` text DEFAULT NULL,
  `key` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `last_message_received` timestamp NULL DEFAULT NULL,
  `hardware_id` varchar(255) DEFAULT NULL,
  `firmware_version` varchar(255) DEFAULT NULL,
  `hardware_version` varchar(255) DEFAULT NULL,
  `boot_count` int(11) DEFAULT NULL,
  `measurement_interval_min` double(8,2) DEFAULT NULL,
  `measurement_transmission_ratio` double(8,2) DEFAULT NULL,
  `ble_pin` varchar(255) DEFAULT NULL,
  `battery_voltage` double(8,2) DEFAULT NULL,
  `next_downlink_message` text DEFAULT NULL,
  `last_downlink_result` text DEFAULT NULL,
  `datetime` timestamp NULL DEFAULT NULL,
  `datetime_offset_sec` double DEFAULT NULL,
  `former_key_list` varchar(255) DEFAULT NULL,
  `organization_id` int(10) unsigned DEFAULT NULL,
  `rtc` tinyint(1) DEFAULT NULL,
  `log_file_info` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sensors_key_unique` (`key`),
  CONSTRAINT `sensors_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `sensors_hive_id_foreign` FOREIGN KEY (`hive_id`) REFERENCES `hives` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sensors_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `sensors_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `group_sensor` (
  `sensor_id` int(10) unsigned NOT NULL,
  `group_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`sensor_id`,`group_id`),
  CONSTRAINT `group_sensor_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `group_sensor_sensor_id_foreign` FOREIGN KEY (`sensor_id`) REFERENCES `sensors` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `group_user` (
  `user_id` int(10) unsigned NOT NULL,
  `group_id` int(10) unsigned NOT NULL,
  `creator` tinyint(1) NOT NULL DEFAULT 0,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `invited` timestamp NULL DEFAULT NULL,
  `accepted` timestamp NULL DEFAULT NULL,
  `declined` timestamp NULL DEFAULT NULL,
  `token` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`user_id`,`group_id`),
  CONSTRAINT `group_user_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `group_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `hive_layers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `hive_id` int(10) unsigned NOT NULL,
  `category_id` int(10) unsigned NOT NULL,
  `order` tinyint(4) NOT NULL,
  `color` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `hive_layers_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `hive_layers_hive_id_foreign` FOREIGN KEY (`hive_id`) REFERENCES `hives` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `hive_layer_frames` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `layer_id` int(10) unsigned NOT NULL,
  `category_id` int(10) unsigned NOT NULL,
  `present` tinyint(1) NOT NULL DEFAULT 1,
  `order` tinyint(4) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `hive_layer_frames_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `hive_layer_frames_layer_id_foreign` FOREIGN KEY (`layer_id`) REFERENCES `hive_layers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `hive_tags` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `tag` varchar(255) NOT NULL,
  `hive_id` int(10) unsigned DEFAULT NULL,
  `action_id` int(10) unsigned DEFAULT NULL,
  `router_link` json DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inspections` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `notes` text DEFAULT NULL,
  `reminder` text DEFAULT NULL,
  `reminder_date` timestamp NULL DEFAULT NULL,
  `impression` int(11) DEFAULT NULL,
  `attention` tinyint(1) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `checklist_id` int(10) unsigned DEFAULT NULL,
  `image_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inspections_checklist_id_foreign` FOREIGN KEY (`checklist_id`) REFERENCES `checklists` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `images` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `image_url` varchar(1024) NOT NULL,
  `thumb_url` varchar(1024) NOT NULL,
  `description` text DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `height` int(11) DEFAULT NULL,
  `width` int(11) DEFAULT NULL,
  `size_kb` int(11) DEFAULT NULL,
  `date` timestamp NULL DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `hive_id` int(10) unsigned DEFAULT NULL,
  `category_id` int(10) unsigned DEFAULT NULL,
  `inspection_id` int(10) unsigned DEFAULT NULL,
  `storage` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `images_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `images_hive_id_foreign` FOREIGN KEY (`hive_id`) REFERENCES `hives` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `images_inspection_id_foreign` FOREIGN KEY (`inspection_id`) REFERENCES `inspections` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `images_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inspection_hive` (
  `hive_id` int(10) unsigned NOT NULL,
  `inspection_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`hive_id`,`inspection_id`),
  CONSTRAINT `inspection_hive_hive_id_foreign` FOREIGN KEY (`hive_id`) REFERENCES `hives` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `inspection_hive_inspection_id_foreign` FOREIGN KEY (`inspection_id`) REFERENCES `inspections` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inspection_items` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `value` varchar(1024) DEFAULT NULL,
  `inspection_id` int(10) unsigned NOT NULL,
  `category_id` int(10) unsigned NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inspection_items_category_id_foreign` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `inspection_items_inspection_id_foreign` FOREIGN KEY (`inspection_id`) REFERENCES `inspections` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inspection_location` (
  `location_id` int(10) unsigned NOT NULL,
  `inspection_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`location_id`,`inspection_id`),
  CONSTRAINT `inspection_location_inspection_id_foreign` FOREIGN KEY (`inspection_id`) REFERENCES `inspections` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `inspection_location_location_id_foreign` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inspection_user` (
  `user_id` int(10) unsigned NOT NULL,
  `inspection_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`user_id`,`inspection_id`),
  CONSTRAINT `inspection_user_inspection_id_foreign` FOREIGN KEY (`inspection_id`) REFERENCES `inspections` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `inspection_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `languages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `abbreviation` varchar(191) DEFAULT NULL,
  `name` varchar(191) DEFAULT NULL,
  `name_english` varchar(255) DEFAULT NULL,
  `icon` varchar(255) DEFAULT NULL,
  `twochar` varchar(2) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `measurements` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `abbreviation` varchar(255) NOT NULL,
  `show_in_charts` tinyint(1) NOT NULL DEFAULT 1,
  `chart_group` int(10) unsigned NOT NULL DEFAULT 1,
  `physical_quantity_id` int(10) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `min_value` double(8,2) DEFAULT NULL,
  `max_value` double(8,2) DEFAULT NULL,
  `hex_color` varchar(6) DEFAULT '333333',
  `show_in_dials` tinyint(1) NOT NULL DEFAULT 0,
  `show_in_alerts` tinyint(1) NOT NULL DEFAULT 0,
  `weather` tinyint(1) NOT NULL DEFAULT 0,
  `data_source_type` varchar(255) NOT NULL DEFAULT 'db_influx',
  `data_api_url` varchar(255) DEFAULT NULL,
  `data_repository_url` varchar(255) DEFAULT NULL,
  `future` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `measurements_physical_quantity_id_foreign` FOREIGN KEY (`physical_quantity_id`) REFERENCES `physical_quantities` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `permissions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roles` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `permission_role` (
  `permission_id` int(10) unsigned NOT NULL,
  `role_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`permission_id`,`role_id`),
  CONSTRAINT `permission_role_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `permission_role_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `permission_user` (
  `permission_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `user_type` varchar(255) NOT NULL DEFAULT 'App\\User',
  `organization_id` int(10) unsigned DEFAULT NULL,
  UNIQUE KEY `unique_permission_user_constraint` (`user_id`,`permission_id`,`user_type`,`organization_id`),
  CONSTRAINT `permission_user_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `permission_user_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `permission_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `queens` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `hive_id` int(10) unsigned NOT NULL,
  `race_id` int(10) unsigned NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `quality` tinyint(4) DEFAULT NULL,
  `fertilized` tinyint(1) NOT NULL,
  `clipped` tinyint(1) NOT NULL,
  `fertilizing_location` varchar(255) DEFAULT NULL,
  `origin` varchar(255) DEFAULT NULL,
  `tree` varchar(255) DEFAULT NULL,
  `line` varchar(255) DEFAULT NULL,
  `mother_id` int(11) DEFAULT NULL,
  `marker` varchar(255) DEFAULT NULL,
  `color` varchar(255) DEFAULT NULL,
  `goal` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `birth_date` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `queens_hive_id_foreign` FOREIGN KEY (`hive_id`) REFERENCES `hives` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `queens_race_id_foreign` FOREIGN KEY (`race_id`) REFERENCES `categories` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `research_user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `research_id` int(10) unsigned NOT NULL,
  `consent` tinyint(1) NOT NULL DEFAULT 1,
  `consent_location_ids` varchar(255) DEFAULT NULL,
  `consent_hive_ids` varchar(255) DEFAULT NULL,
  `consent_sensor_ids` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `research_user_research_id_foreign` FOREIGN KEY (`research_id`) REFERENCES `researches` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `research_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `research_viewer` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `research_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `research_viewer_research_id_foreign` FOREIGN KEY (`research_id`) REFERENCES `researches` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `research_viewer_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `role_user` (
  `user_id` int(10) unsigned NOT NULL,
  `role_id` int(10) unsigned NOT NULL,
  `organization_id` int(10) unsigned DEFAULT NULL,
  `user_type` varchar(255) NOT NULL DEFAULT 'App\\User',
  PRIMARY KEY (`user_id`,`role_id`),
  UNIQUE KEY `unique_role_user_type_organization_constraint` (`user_id`,`role_id`,`user_type`,`organization_id`),
  CONSTRAINT `role_user_organization_id_foreign` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `role_user_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `role_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sample_codes` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `sample_code` varchar(255) NOT NULL,
  `sample_note` text DEFAULT NULL,
  `sample_date` timestamp NULL DEFAULT NULL,
  `test_result` text DEFAULT NULL,
  `test` text DEFAULT NULL,
  `test_date` timestamp NULL DEFAULT NULL,
  `test_lab_name` text DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `hive_id` int(10) unsigned DEFAULT NULL,
  `queen_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sample_codes_sample_code_unique` (`sample_code`),
  CONSTRAINT `sample_codes_hive_id_foreign` FOREIGN KEY (`hive_id`) REFERENCES `hives` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sample_codes_queen_id_foreign` FOREIGN KEY (`queen_id`) REFERENCES `queens` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `sample_codes_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sensor_definitions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `inside` tinyint(1) DEFAULT NULL,
  `offset` double(8,2) DEFAULT NULL,
  `multiplier` double(8,2) DEFAULT NULL,
  `input_measurement_id` int(10) unsigned DEFAULT NULL,
  `output_measurement_id` int(10) unsigned DEFAULT NULL,
  `device_id` int(10) unsigned NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `recalculate` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `sensor_definitions_device_id_foreign` FOREIGN KEY (`device_id`) REFERENCES `sensors` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sensor_definitions_input_measurement_id_foreign` FOREIGN KEY (`input_measurement_id`) REFERENCES `measurements` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sensor_definitions_output_measurement_id_foreign` FOREIGN KEY (`output_measurement_id`) REFERENCES `measurements` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sensor_user` (
  `user_id` int(10) unsigned NOT NULL,
  `sensor_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`user_id`,`sensor_id`),
  CONSTRAINT `sensor_user_sensor_id_foreign` FOREIGN KEY (`sensor_id`) REFERENCES `sensors` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sensor_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `settings` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `category_id` int(10) unsigned NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  `number` int(11) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `settings_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `translations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(191) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `language_id` int(10) unsigned NOT NULL,
  `translation` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `translations_language_id_foreign` FOREIGN KEY (`language_id`) REFERENCES `languages` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

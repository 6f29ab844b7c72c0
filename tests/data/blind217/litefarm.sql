-- LiteFarm — farm management for small and medium farms (University of British Columbia's LiteFarm project):
-- users, farm memberships with roles, wages and consent, password hashes, login log, offline event log, farm notes,
-- tasks assigned to workers, shifts, harvests, sales, expenses, support tickets, notifications, market-directory
-- listing, certifications, documents, animals.
-- Upstream: github.com/LiteFarmOrg/LiteFarm, packages/api/db/migration/*.js (450 knex migrations),
-- commit 69272be650f8fbce0f9585aaf7518e4a3c228511, licence GPL-3.0.
-- Made by running all 450 migrations with knex 3 into an empty PostgreSQL 15 database, dumping the schema
-- (pg_dump -s) and writing it as MySQL DDL by a script: character varying(n) -> varchar(n), text, uuid -> char(36),
-- integer -> int, boolean -> tinyint(1), timestamp [with time zone] -> datetime, real -> float, double, numeric ->
-- decimal, jsonb/json -> json, arrays -> json; knex enum columns (text with a CHECK ... = ANY (ARRAY[...])) and
-- PostgreSQL enum types -> MySQL enum(...), as knex emits them on MySQL; other CHECK constraints dropped; nextval()
-- keys -> AUTO_INCREMENT; literal defaults kept (time-zone suffix removed), function defaults (uuid generators)
-- dropped. 54 of the 161 tables kept with all their columns in upstream order; primary keys, unique constraints and
-- foreign keys as upstream where both tables are kept; a partial unique index dropped; one index added on
-- userFarm(farm_id, user_id) because MySQL needs it for the composite foreign key of shift; three constraint names
-- that PostgreSQL allows twice prefixed with their table; foreign keys of the farm <-> location cycle added by ALTER TABLE.

CREATE TABLE `user_status` (
  `status_id` int NOT NULL,
  `status_description` varchar(255),
  PRIMARY KEY (`status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `role_id` int NOT NULL AUTO_INCREMENT,
  `role` varchar(255) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `permission_id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  PRIMARY KEY (`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rolePermissions` (
  `role_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`role_id`, `permission_id`),
  CONSTRAINT `rolepermissions_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`permission_id`) ON DELETE CASCADE,
  CONSTRAINT `rolepermissions_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `countries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `country_name` varchar(255) NOT NULL,
  `currency` varchar(255) NOT NULL,
  `symbol` varchar(255) NOT NULL,
  `iso` varchar(255) NOT NULL,
  `unit` varchar(255) NOT NULL,
  `country_code` varchar(2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addon_partner` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `access_token` text,
  `refresh_token` text,
  `root_url` varchar(255),
  `deactivated` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest_use_type` (
  `harvest_use_type_id` int NOT NULL AUTO_INCREMENT,
  `harvest_use_type_name` varchar(255) NOT NULL,
  `farm_id` char(36),
  `harvest_use_type_translation_key` varchar(255),
  PRIMARY KEY (`harvest_use_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `market_directory_partner` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `market_directory_partner_auth` (
  `market_directory_partner_id` int NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `keycloak_url` varchar(255) NOT NULL,
  `keycloak_realm` varchar(255) NOT NULL,
  `webhook_endpoint` varchar(255),
  PRIMARY KEY (`market_directory_partner_id`),
  UNIQUE KEY `market_directory_partner_auth_client_id_unique` (`client_id`),
  CONSTRAINT `market_directory_partner_auth_market_directory_partner_id_forei` FOREIGN KEY (`market_directory_partner_id`) REFERENCES `market_directory_partner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `certifiers` (
  `certifier_id` int NOT NULL AUTO_INCREMENT,
  `system_type_id` int NOT NULL,
  `certifier_name` varchar(255) NOT NULL,
  `certifier_acronym` varchar(255) NOT NULL,
  `survey_id` varchar(255),
  PRIMARY KEY (`certifier_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `animal_sex` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knex_migrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `batch` int,
  `migration_time` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `weather_station` (
  `id` int NOT NULL,
  `name` varchar(255),
  `country` varchar(255),
  `timezone` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `user_id` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL DEFAULT '',
  `profile_picture` varchar(255),
  `email` varchar(255) NOT NULL,
  `phone_number` varchar(255),
  `user_address` varchar(255),
  `notification_setting` json DEFAULT '{"alert_pest": true, "alert_weather": true, "alert_worker_finish": true, "alert_before_planned_date": true, "alert_action_after_scouting": true}',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `language_preference` varchar(5) NOT NULL DEFAULT 'en',
  `status_id` int DEFAULT 1,
  `gender` enum('OTHER','PREFER_NOT_TO_SAY','MALE','FEMALE') NOT NULL DEFAULT 'PREFER_NOT_TO_SAY',
  `birth_year` int,
  `do_not_email` tinyint(1) NOT NULL DEFAULT 0,
  `sandbox_user` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `users_email_unique` (`email`),
  CONSTRAINT `users_status_foreign` FOREIGN KEY (`status_id`) REFERENCES `user_status` (`status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password` (
  `user_id` varchar(255) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `reset_token_version` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `password_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_badge` (
  `user_id` varchar(255) NOT NULL,
  `app_version` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `release_badge_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offline_event_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `session_id` char(36) NOT NULL,
  `event_name` varchar(255) NOT NULL,
  `status_code` int,
  `url` varchar(255),
  `country_id` int,
  `network` varchar(255),
  `browser` varchar(255),
  `browser_version` varchar(255),
  `device_vendor` varchar(255),
  `os` varchar(255),
  `device_model` varchar(255),
  `app_version` varchar(255),
  `log_status` varchar(255),
  `event_at` datetime NOT NULL,
  `went_online_at` datetime,
  `user_id` varchar(255),
  `role_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `offline_event_log_session_id_event_name_event_at_unique` (`session_id`, `event_name`, `event_at`),
  CONSTRAINT `offline_event_log_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`),
  CONSTRAINT `offline_event_log_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`),
  CONSTRAINT `offline_event_log_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userFarm` (
  `user_id` varchar(255) NOT NULL,
  `farm_id` char(36) NOT NULL,
  `role_id` int,
  `has_consent` tinyint(1),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `status` enum('Active','Inactive','Invited'),
  `consent_version` varchar(255) NOT NULL DEFAULT '1.0',
  `wage` json DEFAULT '{"type": "hourly", "amount": 0}',
  `step_one` tinyint(1) DEFAULT 0,
  `step_one_end` varchar(255),
  `step_two` tinyint(1) DEFAULT 0,
  `step_two_end` varchar(255),
  `step_three` tinyint(1) DEFAULT 0,
  `step_three_end` varchar(255),
  `step_four` tinyint(1) DEFAULT 0,
  `step_four_end` varchar(255),
  `step_five` tinyint(1) DEFAULT 0,
  `step_five_end` varchar(255),
  `wage_do_not_ask_again` tinyint(1),
  PRIMARY KEY (`user_id`, `farm_id`),
  KEY `userFarm_farm_id_user_id_ref` (`farm_id`, `user_id`),
  CONSTRAINT `userFarm_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE,
  CONSTRAINT `userfarm_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shift` (
  `shift_id` char(36) NOT NULL,
  `user_id` varchar(255),
  `mood` enum('happy','neutral','very happy','sad','very sad','na','no answer'),
  `wage_at_moment` float DEFAULT '0',
  `farm_id` char(36),
  `deleted` tinyint(1) DEFAULT 0,
  `created_by_user_id` varchar(255) DEFAULT '1',
  `updated_by_user_id` varchar(255) DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `shift_date` date NOT NULL,
  PRIMARY KEY (`shift_id`),
  CONSTRAINT `shift_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `shift_farm_id_user_id_foreign` FOREIGN KEY (`farm_id`, `user_id`) REFERENCES `userFarm` (`farm_id`, `user_id`),
  CONSTRAINT `shift_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userLog` (
  `user_log_id` char(36) NOT NULL,
  `user_id` varchar(255),
  `ip` varchar(255),
  `languages` json DEFAULT '[]',
  `browser` varchar(255),
  `browser_version` varchar(255),
  `os` varchar(255),
  `os_version` varchar(255),
  `device_vendor` varchar(255),
  `device_model` varchar(255),
  `device_type` varchar(255),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `screen_width` int,
  `screen_height` int,
  `farm_id` char(36),
  `reason_for_failure` varchar(255) DEFAULT 'n/a',
  PRIMARY KEY (`user_log_id`),
  CONSTRAINT `userlog_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emailToken` (
  `user_id` varchar(255) NOT NULL,
  `farm_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `times_sent` int,
  `invitation_id` char(36) NOT NULL,
  PRIMARY KEY (`invitation_id`),
  UNIQUE KEY `emailtoken_user_id_farm_id_unique` (`user_id`, `farm_id`),
  CONSTRAINT `emailtoken_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `farm` (
  `farm_id` char(36) NOT NULL,
  `farm_name` varchar(255) NOT NULL,
  `address` varchar(255),
  `units` json DEFAULT '{"currency": "USD", "date_format": "MM/DD/YY", "measurement": "metric"}',
  `grid_points` json,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `farm_phone_number` varchar(255),
  `created_by_user_id` varchar(255) DEFAULT '1',
  `updated_by_user_id` varchar(255) DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `sandbox_farm` tinyint(1) DEFAULT 0,
  `country_id` int,
  `owner_operated` tinyint(1),
  `default_initial_location_id` char(36),
  `utc_offset` int,
  `farm_image_url` varchar(255),
  `farm_image_thumbnail_url` varchar(255),
  PRIMARY KEY (`farm_id`),
  CONSTRAINT `farm_country_id_foreign` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`),
  CONSTRAINT `farm_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `farm_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `farm_note` (
  `id` char(36) NOT NULL,
  `farm_id` char(36) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `note` text NOT NULL,
  `is_private` tinyint(1) NOT NULL DEFAULT 0,
  `image_url` text,
  `created_by_user_id` varchar(255),
  `updated_by_user_id` varchar(255),
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `farm_note_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `farm_note_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `farm_note_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `farm_note_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `farm_notes_read` (
  `user_id` varchar(255) NOT NULL,
  `farm_id` char(36) NOT NULL,
  `read_up_to` datetime NOT NULL,
  PRIMARY KEY (`user_id`, `farm_id`),
  CONSTRAINT `farm_notes_read_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `farm_notes_read_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `farmDataSchedule` (
  `request_number` int NOT NULL AUTO_INCREMENT,
  `farm_id` char(36) NOT NULL,
  `is_processed` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `user_id` varchar(255),
  `has_failed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`request_number`),
  CONSTRAINT `farmdataschedule_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `farmDataSchedule_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `farm_addon` (
  `farm_id` char(36) NOT NULL,
  `addon_partner_id` int NOT NULL,
  `org_uuid` char(36),
  `org_pk` int,
  `id` int NOT NULL AUTO_INCREMENT,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `updated_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  PRIMARY KEY (`id`),
  CONSTRAINT `farm_addon_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `farm_addon_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `farm_external_integration_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `farm_external_integration_partner_id_foreign` FOREIGN KEY (`addon_partner_id`) REFERENCES `addon_partner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location` (
  `location_id` char(36) NOT NULL,
  `farm_id` char(36),
  `name` varchar(255) NOT NULL,
  `notes` text,
  `deleted` tinyint(1) DEFAULT 0,
  `created_by_user_id` varchar(255),
  `updated_by_user_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`location_id`),
  CONSTRAINT `location_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `location_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `location_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `field` (
  `location_id` char(36) NOT NULL,
  `station_id` int,
  `organic_status` enum('Non-Organic','Transitional','Organic') DEFAULT 'Non-Organic',
  `transition_date` date,
  PRIMARY KEY (`location_id`),
  CONSTRAINT `field_field_id_foreign` FOREIGN KEY (`location_id`) REFERENCES `location` (`location_id`),
  CONSTRAINT `field_station_id_foreign` FOREIGN KEY (`station_id`) REFERENCES `weather_station` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_type` (
  `task_type_id` int NOT NULL AUTO_INCREMENT,
  `task_name` varchar(255) NOT NULL,
  `farm_id` char(36),
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) DEFAULT '1',
  `updated_by_user_id` varchar(255) DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `task_translation_key` varchar(255),
  PRIMARY KEY (`task_type_id`),
  CONSTRAINT `tasktype_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `tasktype_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `tasktype_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crop_variety` (
  `crop_variety_id` char(36) NOT NULL,
  `crop_id` int NOT NULL,
  `crop_variety_name` varchar(255) NOT NULL DEFAULT '',
  `farm_id` char(36),
  `deleted` tinyint(1) DEFAULT 0,
  `created_by_user_id` varchar(255),
  `updated_by_user_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `supplier` varchar(255),
  `seeding_type` enum('SEED','SEEDLING_OR_PLANTING_STOCK') NOT NULL DEFAULT 'SEED',
  `lifecycle` enum('ANNUAL','PERENNIAL') NOT NULL DEFAULT 'ANNUAL',
  `compliance_file_url` varchar(255),
  `organic` tinyint(1),
  `genetically_engineered` tinyint(1),
  `searched` tinyint(1),
  `crop_variety_photo_url` varchar(255) NOT NULL DEFAULT 'https://litefarm.nyc3.cdn.digitaloceanspaces.com/default_crop/v1/default.webp',
  `protein` decimal(8,2),
  `lipid` decimal(8,2),
  `ph` decimal(8,2),
  `energy` decimal(8,2),
  `ca` decimal(8,2),
  `fe` decimal(8,2),
  `mg` decimal(8,2),
  `k` decimal(8,2),
  `na` decimal(8,2),
  `zn` decimal(8,2),
  `cu` decimal(8,2),
  `mn` decimal(8,2),
  `vita_rae` decimal(8,2),
  `vitc` decimal(8,2),
  `thiamin` decimal(8,2),
  `riboflavin` decimal(8,2),
  `niacin` decimal(8,2),
  `vitb6` decimal(8,2),
  `folate` decimal(8,2),
  `vitb12` decimal(8,2),
  `nutrient_credits` decimal(8,2),
  `treated` enum('YES','NO','NOT_SURE'),
  `can_be_cover_crop` tinyint(1),
  `planting_depth` decimal(36,12),
  `yield_per_area` decimal(36,12),
  `average_seed_weight` decimal(36,12),
  `yield_per_plant` decimal(36,12),
  `planting_method` enum('BROADCAST_METHOD','CONTAINER_METHOD','BED_METHOD','ROW_METHOD'),
  `plant_spacing` decimal(36,12),
  `needs_transplant` tinyint(1) DEFAULT 0,
  `germination_days` int,
  `transplant_days` int,
  `harvest_days` int,
  `termination_days` int,
  `seeding_rate` decimal(36,12),
  `hs_code_id` bigint,
  `crop_varietal` varchar(255),
  `crop_cultivar` varchar(255),
  PRIMARY KEY (`crop_variety_id`),
  CONSTRAINT `crop_variety_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `crop_variety_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `crop_variety_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `revenue_type` (
  `revenue_type_id` int NOT NULL AUTO_INCREMENT,
  `revenue_name` varchar(255) NOT NULL,
  `farm_id` char(36),
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255),
  `updated_by_user_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `revenue_translation_key` varchar(255) NOT NULL,
  `custom_description` varchar(255),
  `retired` tinyint(1) DEFAULT 0,
  `entity_type` enum('crop','animal'),
  PRIMARY KEY (`revenue_type_id`),
  CONSTRAINT `revenue_type_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `revenue_type_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `revenue_type_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `farmExpenseType` (
  `expense_name` varchar(255),
  `farm_id` char(36),
  `expense_type_id` char(36) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) DEFAULT '1',
  `updated_by_user_id` varchar(255) DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `expense_translation_key` varchar(255),
  `custom_description` varchar(255),
  `retired` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`expense_type_id`),
  CONSTRAINT `farmexpensetype_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `farmexpensetype_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`) ON DELETE CASCADE,
  CONSTRAINT `farmexpensetype_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supportTicket` (
  `support_ticket_id` char(36) NOT NULL,
  `support_type` enum('Request information','Report a bug','Request a feature','Other') NOT NULL,
  `message` text NOT NULL,
  `attachments` json DEFAULT '[]',
  `contact_method` enum('email','whatsapp') NOT NULL,
  `email` varchar(255),
  `whatsapp` varchar(255),
  `status` enum('Open','Closed','In progress') DEFAULT 'Open',
  `farm_id` char(36),
  `created_by_user_id` varchar(255),
  `updated_by_user_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`support_ticket_id`),
  CONSTRAINT `supportticket_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `supportticket_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `supportticket_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `notification_id` char(36) NOT NULL,
  `farm_id` char(36),
  `deleted` tinyint(1) DEFAULT 0,
  `created_by_user_id` varchar(255),
  `updated_by_user_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `variables` json,
  `context` json,
  `title` json,
  `body` json,
  `ref` json,
  PRIMARY KEY (`notification_id`),
  CONSTRAINT `notification_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `notification_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `notification_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_user` (
  `notification_id` char(36) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `alert` tinyint(1) NOT NULL DEFAULT 1,
  `status` enum('Unread','Read','Archived') NOT NULL DEFAULT 'Unread',
  `deleted` tinyint(1) DEFAULT 0,
  `created_by_user_id` varchar(255),
  `updated_by_user_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`notification_id`, `user_id`),
  CONSTRAINT `notification_user_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `notification_user_notification_id_foreign` FOREIGN KEY (`notification_id`) REFERENCES `notification` (`notification_id`),
  CONSTRAINT `notification_user_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `notification_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `market_directory_info` (
  `id` char(36) NOT NULL,
  `farm_id` char(36) NOT NULL,
  `farm_name` varchar(255) NOT NULL,
  `logo` varchar(255),
  `about` text,
  `contact_first_name` varchar(255) NOT NULL,
  `contact_last_name` varchar(255),
  `contact_email` varchar(255) NOT NULL,
  `email` varchar(255),
  `country_code` int,
  `phone_number` varchar(255),
  `address` varchar(255) NOT NULL,
  `website` text,
  `instagram` varchar(255),
  `facebook` varchar(255),
  `x` varchar(255),
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `updated_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `consented_to_share` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `market_directory_info_farm_id_unique` (`farm_id`),
  CONSTRAINT `market_directory_info_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `market_directory_info_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `market_directory_info_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `market_directory_partner_permissions` (
  `market_directory_info_id` char(36) NOT NULL,
  `market_directory_partner_id` int NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `updated_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  PRIMARY KEY (`market_directory_info_id`, `market_directory_partner_id`),
  CONSTRAINT `market_directory_partner_permissions_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `market_directory_partner_permissions_market_directory_info_id_f` FOREIGN KEY (`market_directory_info_id`) REFERENCES `market_directory_info` (`id`),
  CONSTRAINT `market_directory_partner_permissions_market_directory_partner_i` FOREIGN KEY (`market_directory_partner_id`) REFERENCES `market_directory_partner` (`id`),
  CONSTRAINT `market_directory_partner_permissions_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `certification` (
  `id` char(36) NOT NULL,
  `farm_id` char(36),
  `created_by_user_id` varchar(255),
  `updated_by_user_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `requested_system_type` varchar(255),
  `other_certifier` varchar(255),
  `certifier_id` int,
  `system_type_id` int,
  `is_active` tinyint(1) NOT NULL DEFAULT 0,
  `certification_type` enum('ORGANIC','BIODYNAMIC','REGENERATIVE','CERTIFIED_HUMANE','FAIR_TRADE','GRASSFED/PASTURE','SUSTAINABILITY','ANIMAL_WELFARE','NON-GMO','CARBON/CLIMATE'),
  `certificate_number` varchar(255),
  `certificate_member_id` varchar(255),
  `issue_date` date,
  `valid_until` date,
  PRIMARY KEY (`id`),
  CONSTRAINT `organiccertifiersurvey_certifier_id_foreign` FOREIGN KEY (`certifier_id`) REFERENCES `certifiers` (`certifier_id`),
  CONSTRAINT `organiccertifiersurvey_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `organiccertifiersurvey_farm_id_created_by_user_id_foreign` FOREIGN KEY (`farm_id`, `created_by_user_id`) REFERENCES `userFarm` (`farm_id`, `user_id`),
  CONSTRAINT `organiccertifiersurvey_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `organiccertifiersurvey_farm_id_updated_by_user_id_foreign` FOREIGN KEY (`farm_id`, `updated_by_user_id`) REFERENCES `userFarm` (`farm_id`, `user_id`),
  CONSTRAINT `organiccertifiersurvey_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document` (
  `document_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `valid_until` date,
  `type` enum('CLEANING_PRODUCT','CROP_COMPLIANCE','FERTILIZING_PRODUCT','PEST_CONTROL_PRODUCT','SOIL_AMENDMENT','SOIL_SAMPLE_RESULTS','WATER_SAMPLE_RESULTS','INVOICES','RECEIPTS','OTHER'),
  `thumbnail_url` varchar(255),
  `notes` varchar(255),
  `farm_id` char(36),
  `deleted` tinyint(1) DEFAULT 0,
  `created_by_user_id` varchar(255),
  `updated_by_user_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `no_expiration` tinyint(1) DEFAULT 0,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`document_id`),
  CONSTRAINT `document_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `document_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`) ON DELETE CASCADE,
  CONSTRAINT `document_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file` (
  `file_id` char(36) NOT NULL,
  `document_id` char(36),
  `file_name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `thumbnail_url` varchar(255),
  PRIMARY KEY (`file_id`),
  CONSTRAINT `file_document_id_foreign` FOREIGN KEY (`document_id`) REFERENCES `document` (`document_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `finance_report` (
  `finance_report_id` int NOT NULL AUTO_INCREMENT,
  `farm_id` char(36) NOT NULL,
  `created_by_user_id` varchar(255),
  `updated_by_user_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `file_type` varchar(255) NOT NULL,
  `filter_config` json,
  PRIMARY KEY (`finance_report_id`),
  CONSTRAINT `finance_report_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `finance_report_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `finance_report_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `survey_response` (
  `id` int NOT NULL AUTO_INCREMENT,
  `submission_id` char(36) NOT NULL,
  `farm_id` char(36) NOT NULL,
  `survey_version` varchar(255) NOT NULL,
  `project_id` varchar(255) NOT NULL,
  `survey_step` varchar(255),
  `survey_response` json NOT NULL,
  `created_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `survey_key` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tape_survey_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `tape_survey_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `animal` (
  `id` int NOT NULL AUTO_INCREMENT,
  `farm_id` char(36) NOT NULL,
  `default_type_id` int,
  `custom_type_id` int,
  `default_breed_id` int,
  `custom_breed_id` int,
  `sex_id` int,
  `name` varchar(255),
  `birth_date` datetime,
  `identifier` varchar(255),
  `identifier_color_id` int,
  `origin_id` int,
  `dam` varchar(255),
  `sire` varchar(255),
  `brought_in_date` datetime,
  `weaning_date` datetime,
  `notes` text,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `updated_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `photo_url` varchar(255),
  `animal_removal_reason_id` int,
  `removal_explanation` varchar(255),
  `removal_date` datetime,
  `identifier_type_id` int,
  `identifier_type_other` varchar(255),
  `organic_status` enum('Non-Organic','Transitional','Organic') NOT NULL DEFAULT 'Non-Organic',
  `supplier` varchar(255),
  `price` float,
  `location_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `animal_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `animal_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `animal_location_id_foreign` FOREIGN KEY (`location_id`) REFERENCES `location` (`location_id`),
  CONSTRAINT `animal_sex_id_foreign` FOREIGN KEY (`sex_id`) REFERENCES `animal_sex` (`id`),
  CONSTRAINT `animal_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `animal_batch` (
  `id` int NOT NULL AUTO_INCREMENT,
  `farm_id` char(36) NOT NULL,
  `default_type_id` int,
  `custom_type_id` int,
  `default_breed_id` int,
  `custom_breed_id` int,
  `name` varchar(255),
  `notes` text,
  `count` int NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `updated_by_user_id` varchar(255) NOT NULL DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `photo_url` varchar(255),
  `animal_removal_reason_id` int,
  `removal_explanation` varchar(255),
  `removal_date` datetime,
  `organic_status` enum('Non-Organic','Transitional','Organic') NOT NULL DEFAULT 'Non-Organic',
  `supplier` varchar(255),
  `price` float,
  `dam` varchar(255),
  `sire` varchar(255),
  `brought_in_date` datetime,
  `birth_date` datetime,
  `origin_id` int,
  `location_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `animal_batch_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `animal_batch_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `animal_batch_location_id_foreign` FOREIGN KEY (`location_id`) REFERENCES `location` (`location_id`),
  CONSTRAINT `animal_batch_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `task_id` int NOT NULL AUTO_INCREMENT,
  `due_date` date NOT NULL,
  `owner_user_id` varchar(255) NOT NULL,
  `notes` text,
  `action_needed` tinyint(1) DEFAULT 0,
  `photo` varchar(255),
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) DEFAULT '1',
  `updated_by_user_id` varchar(255) DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `task_type_id` int,
  `assignee_user_id` varchar(255),
  `coordinates` json,
  `duration` float,
  `wage_at_moment` float,
  `happiness` int,
  `completion_notes` text,
  `complete_date` date,
  `late_time` datetime,
  `for_review_time` datetime,
  `abandon_date` date,
  `abandonment_reason` enum('OTHER','CROP_FAILURE','LABOUR_ISSUE','MARKET_PROBLEM','WEATHER','MACHINERY_ISSUE','SCHEDULING_ISSUE','NO_ANIMALS'),
  `other_abandonment_reason` varchar(255),
  `abandonment_notes` text,
  `override_hourly_wage` tinyint(1) DEFAULT 0,
  `revision_date` datetime,
  `revised_by_user_id` varchar(255),
  PRIMARY KEY (`task_id`),
  CONSTRAINT `activitylog_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `activitylog_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `task_assignee_foreign` FOREIGN KEY (`assignee_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `task_revised_by_user_id_foreign` FOREIGN KEY (`revised_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `task_type_foreign` FOREIGN KEY (`task_type_id`) REFERENCES `task_type` (`task_type_id`),
  CONSTRAINT `task_user_id` FOREIGN KEY (`owner_user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_tasks` (
  `task_id` int NOT NULL,
  `location_id` char(36) NOT NULL,
  PRIMARY KEY (`location_id`, `task_id`),
  CONSTRAINT `activityfields_activity_id_foreign` FOREIGN KEY (`task_id`) REFERENCES `task` (`task_id`) ON DELETE CASCADE,
  CONSTRAINT `activityfields_field_id_foreign` FOREIGN KEY (`location_id`) REFERENCES `location` (`location_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest_task` (
  `task_id` int NOT NULL,
  `projected_quantity` decimal(36,12),
  `projected_quantity_unit` enum('kg','mt','lb','t') DEFAULT 'kg',
  `harvest_everything` tinyint(1) DEFAULT 0,
  `actual_quantity` decimal(36,12),
  `actual_quantity_unit` enum('kg','mt','lb','t') DEFAULT 'kg',
  PRIMARY KEY (`task_id`),
  CONSTRAINT `harvestlog_activity_id_foreign` FOREIGN KEY (`task_id`) REFERENCES `task` (`task_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvest_use` (
  `harvest_use_id` int NOT NULL AUTO_INCREMENT,
  `task_id` int NOT NULL,
  `harvest_use_type_id` int NOT NULL,
  `quantity` decimal(36,12),
  `quantity_unit` enum('kg','mt','lb','t') DEFAULT 'kg',
  PRIMARY KEY (`harvest_use_id`),
  UNIQUE KEY `harvestuse_activity_id_harvest_use_type_id_unique` (`task_id`, `harvest_use_type_id`),
  CONSTRAINT `harvestuse_activity_id_foreign` FOREIGN KEY (`task_id`) REFERENCES `harvest_task` (`task_id`) ON DELETE CASCADE,
  CONSTRAINT `harvestuse_harvest_use_type_id_foreign` FOREIGN KEY (`harvest_use_type_id`) REFERENCES `harvest_use_type` (`harvest_use_type_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `management_plan` (
  `management_plan_id` int NOT NULL AUTO_INCREMENT,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) DEFAULT '1',
  `updated_by_user_id` varchar(255) DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `crop_variety_id` char(36),
  `notes` text,
  `name` varchar(255),
  `start_date` date,
  `complete_date` date,
  `abandon_date` date,
  `complete_notes` text,
  `rating` enum('0','1','2','3','4','5'),
  `abandon_reason` varchar(255),
  `management_plan_group_id` char(36),
  `repetition_number` smallint,
  PRIMARY KEY (`management_plan_id`),
  CONSTRAINT `management_plan_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `management_plan_crop_variety_id_foreign` FOREIGN KEY (`crop_variety_id`) REFERENCES `crop_variety` (`crop_variety_id`),
  CONSTRAINT `management_plan_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sale` (
  `sale_id` int NOT NULL AUTO_INCREMENT,
  `customer_name` varchar(255) NOT NULL,
  `sale_date` datetime NOT NULL,
  `farm_id` char(36),
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) DEFAULT '1',
  `updated_by_user_id` varchar(255) DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `revenue_type_id` int,
  `value` float,
  `note` text,
  PRIMARY KEY (`sale_id`),
  CONSTRAINT `fk_crop_sale_farm_id` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `sale_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `sale_revenue_type_id_foreign` FOREIGN KEY (`revenue_type_id`) REFERENCES `revenue_type` (`revenue_type_id`),
  CONSTRAINT `sale_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crop_variety_sale` (
  `sale_id` int NOT NULL,
  `quantity` float,
  `sale_value` float,
  `crop_variety_id` char(36) NOT NULL,
  `quantity_unit` enum('kg','mt','lb','t','ml','l','gal','fl-oz','unit') DEFAULT 'kg',
  PRIMARY KEY (`sale_id`, `crop_variety_id`),
  CONSTRAINT `crop_variety_sale_crop_variety_id_foreign` FOREIGN KEY (`crop_variety_id`) REFERENCES `crop_variety` (`crop_variety_id`),
  CONSTRAINT `crop_variety_sale_sale_id_foreign` FOREIGN KEY (`sale_id`) REFERENCES `sale` (`sale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `animal_sale` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sale_id` int NOT NULL,
  `animal_id` int,
  `animal_batch_id` int,
  `quantity` float,
  `quantity_unit` enum('kg','mt','lb','t','ml','l','gal','fl-oz','unit'),
  `sale_value` float,
  PRIMARY KEY (`id`),
  CONSTRAINT `animal_sale_animal_batch_id_foreign` FOREIGN KEY (`animal_batch_id`) REFERENCES `animal_batch` (`id`),
  CONSTRAINT `animal_sale_animal_id_foreign` FOREIGN KEY (`animal_id`) REFERENCES `animal` (`id`),
  CONSTRAINT `animal_sale_sale_id_foreign` FOREIGN KEY (`sale_id`) REFERENCES `sale` (`sale_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `farmExpense` (
  `farm_id` char(36),
  `expense_date` datetime NOT NULL,
  `picture` varchar(255),
  `note` varchar(255),
  `expense_type_id` char(36),
  `farm_expense_id` char(36) NOT NULL,
  `value` float,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_by_user_id` varchar(255) DEFAULT '1',
  `updated_by_user_id` varchar(255) DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  PRIMARY KEY (`farm_expense_id`),
  CONSTRAINT `farmexpense_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `farmexpense_expense_type_id_foreign` FOREIGN KEY (`expense_type_id`) REFERENCES `farmExpenseType` (`expense_type_id`),
  CONSTRAINT `farmexpense_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`),
  CONSTRAINT `farmexpense_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shiftTask` (
  `task_id` int,
  `shift_id` char(36),
  `management_plan_id` int,
  `is_location` tinyint(1) DEFAULT 0,
  `location_id` char(36),
  `duration` float,
  `deleted` tinyint(1) DEFAULT 0,
  `created_by_user_id` varchar(255) DEFAULT '1',
  `updated_by_user_id` varchar(255) DEFAULT '1',
  `created_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `updated_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  CONSTRAINT `shifttask_created_by_user_id_foreign` FOREIGN KEY (`created_by_user_id`) REFERENCES `users` (`user_id`),
  CONSTRAINT `shifttask_field_crop_id_foreign` FOREIGN KEY (`management_plan_id`) REFERENCES `management_plan` (`management_plan_id`) ON DELETE CASCADE,
  CONSTRAINT `shifttask_field_id_foreign` FOREIGN KEY (`location_id`) REFERENCES `location` (`location_id`),
  CONSTRAINT `shifttask_shift_id_foreign` FOREIGN KEY (`shift_id`) REFERENCES `shift` (`shift_id`),
  CONSTRAINT `shifttask_task_id_foreign` FOREIGN KEY (`task_id`) REFERENCES `task_type` (`task_type_id`),
  CONSTRAINT `shifttask_updated_by_user_id_foreign` FOREIGN KEY (`updated_by_user_id`) REFERENCES `users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `userFarm` ADD CONSTRAINT `userfarm_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`) ON DELETE CASCADE;
ALTER TABLE `userLog` ADD CONSTRAINT `userlog_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`);
ALTER TABLE `emailToken` ADD CONSTRAINT `emailtoken_farm_id_foreign` FOREIGN KEY (`farm_id`) REFERENCES `farm` (`farm_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `farm` ADD CONSTRAINT `farm_default_initial_location_id_foreign` FOREIGN KEY (`default_initial_location_id`) REFERENCES `location` (`location_id`);

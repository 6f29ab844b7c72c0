-- Restarters.net (The Restart Project's platform for community repair events: Restart Parties and repair cafés,
-- repair groups and networks, volunteers, repaired devices and the Open Repair Data)
-- Upstream: github.com/TheRestartProject/restarters.net, commit 8ee4d281e308da2c96a8b3b1cbadad57b37f6f1f (GPL-3.0)
-- Built by replaying the 136 Laravel migrations of database/migrations/*.php in file order into MariaDB 10.11 with
-- Debian's illuminate/database 8.83 (Capsule; facades Schema and DB; the data-fixing parts ran on an empty database
-- with stub models), then reading each table back with SHOW CREATE TABLE. Left out: 22 of the 28 archived__ tables
-- of the retired microtask workbench (the same opinion / adjudication / fault-type tables per device kind) and the
-- view view_devices_list. Tables are ordered so that each foreign key refers to a table already created.

CREATE TABLE `alerts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(191) NOT NULL,
  `html` text NOT NULL,
  `ctatitle` varchar(191) DEFAULT NULL,
  `ctalink` varchar(191) DEFAULT NULL,
  `variant` varchar(191) NOT NULL DEFAULT 'secondary',
  `start` timestamp NOT NULL,
  `end` timestamp NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `audits` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_type` varchar(191) DEFAULT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `event` varchar(191) NOT NULL,
  `auditable_type` varchar(191) NOT NULL,
  `auditable_id` bigint(20) unsigned NOT NULL,
  `old_values` longtext DEFAULT NULL,
  `new_values` longtext DEFAULT NULL,
  `url` text DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` varchar(191) DEFAULT NULL,
  `tags` varchar(191) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `audits_auditable_type_auditable_id_index` (`auditable_type`,`auditable_id`),
  KEY `audits_user_id_user_type_index` (`user_id`,`user_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `barriers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `barrier` varchar(191) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `brands` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `brand_name` varchar(191) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `brands_brand_name_index` (`brand_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `clusters` (
  `idclusters` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`idclusters`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `category_revisions` (
  `idcategory_revisions` int(11) NOT NULL AUTO_INCREMENT,
  `revision` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `modified_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idcategory_revisions`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `categories` (
  `idcategories` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `powered` tinyint(1) NOT NULL DEFAULT 1,
  `weight` float DEFAULT NULL,
  `footprint` float DEFAULT NULL,
  `footprint_reliability` int(11) DEFAULT NULL,
  `lifecycle` int(11) DEFAULT NULL,
  `lifecycle_reliability` int(11) DEFAULT NULL,
  `extendend_lifecycle` int(11) DEFAULT NULL,
  `extendend_lifecycle_reliability` int(11) DEFAULT NULL,
  `revision` int(11) NOT NULL,
  `cluster` int(11) DEFAULT NULL,
  `aggregate` tinyint(1) NOT NULL,
  `description_short` varchar(255) NOT NULL,
  `description_long` text NOT NULL,
  PRIMARY KEY (`idcategories`),
  KEY `idxCategoryRevisions` (`revision`),
  KEY `idxCategoryCluster` (`cluster`),
  KEY `idx_categories_powered` (`powered`),
  CONSTRAINT `fkCategoryCluster` FOREIGN KEY (`cluster`) REFERENCES `clusters` (`idclusters`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fkCategoryRevisions` FOREIGN KEY (`revision`) REFERENCES `category_revisions` (`idcategory_revisions`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `groups` (
  `idgroups` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `location` varchar(255) DEFAULT NULL,
  `latitude` varchar(25) DEFAULT NULL,
  `longitude` varchar(25) DEFAULT NULL,
  `area` varchar(255) DEFAULT NULL,
  `country_code` varchar(2) DEFAULT NULL,
  `country` varchar(191) DEFAULT NULL,
  `frequency` int(11) DEFAULT NULL,
  `free_text` text DEFAULT NULL,
  `shareable_code` varchar(191) DEFAULT NULL,
  `website` text DEFAULT NULL,
  `facebook` text NOT NULL,
  `wordpress_post_id` int(11) DEFAULT NULL,
  `network_id` smallint(6) NOT NULL DEFAULT 1,
  `external_id` smallint(6) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `postcode` varchar(32) NOT NULL,
  `devices_updated_at` datetime DEFAULT NULL,
  `discourse_group` varchar(255) DEFAULT NULL,
  `discourse_logo` int(11) DEFAULT NULL COMMENT 'ID of last Laraval Group image applied to Discourse Group',
  `timezone` varchar(64) DEFAULT NULL COMMENT 'TZ database name',
  `phone` varchar(40) DEFAULT NULL,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `network_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`network_data`)),
  `email` varchar(255) DEFAULT NULL,
  `archived_at` date DEFAULT NULL COMMENT 'Date the group was archived',
  PRIMARY KEY (`idgroups`),
  UNIQUE KEY `name_UNIQUE` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events` (
  `idevents` int(11) NOT NULL AUTO_INCREMENT,
  `group` int(11) NOT NULL,
  `event_start_utc` datetime DEFAULT NULL COMMENT 'Timestamp of event start in UTC',
  `event_end_utc` datetime DEFAULT NULL COMMENT 'Timestamp of event end in UTC',
  `timezone` varchar(64) DEFAULT NULL COMMENT 'TZ database name',
  `venue` varchar(255) DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  `latitude` double DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `free_text` text DEFAULT NULL,
  `shareable_code` varchar(191) DEFAULT NULL,
  `pax` int(11) DEFAULT NULL,
  `volunteers` int(11) NOT NULL DEFAULT 0,
  `user_id` int(10) unsigned DEFAULT NULL,
  `hours` float DEFAULT NULL,
  `wordpress_post_id` int(11) DEFAULT NULL,
  `online` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `cancelled` tinyint(1) NOT NULL DEFAULT 0,
  `cancellation_reason` varchar(191) DEFAULT NULL,
  `no_data` tinyint(1) NOT NULL DEFAULT 0,
  `no_data_reason` varchar(191) DEFAULT NULL,
  `devices_updated_at` datetime DEFAULT NULL,
  `discourse_thread` varchar(255) DEFAULT NULL,
  `link` varchar(191) DEFAULT NULL,
  `event_date_old` date DEFAULT NULL COMMENT 'Old data before RES-1624',
  `start_old` time DEFAULT NULL COMMENT 'Old data before RES-1624',
  `end_old` time DEFAULT NULL COMMENT 'Old data before RES-1624',
  `event_date` date GENERATED ALWAYS AS (cast(convert_tz(`event_start_utc`,'GMT',`timezone`) as date)) VIRTUAL,
  `start` time GENERATED ALWAYS AS (cast(convert_tz(`event_start_utc`,'GMT',`timezone`) as time)) VIRTUAL,
  `end` time GENERATED ALWAYS AS (cast(convert_tz(`event_end_utc`,'GMT',`timezone`) as time)) VIRTUAL,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `network_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`network_data`)),
  PRIMARY KEY (`idevents`),
  KEY `idxEventsGroups` (`group`),
  KEY `events_event_start_utc_index` (`event_start_utc`),
  KEY `events_event_end_utc_index` (`event_end_utc`),
  CONSTRAINT `fkEventsGroups` FOREIGN KEY (`group`) REFERENCES `groups` (`idgroups`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `roles` (
  `idroles` int(11) NOT NULL AUTO_INCREMENT,
  `role` varchar(45) NOT NULL COMMENT 'Needed to assign blocks of permissions to groups of users. 1 = Admin; 2 = Hosts; 3 = Volunteer',
  PRIMARY KEY (`idroles`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `password` varchar(60) NOT NULL,
  `name` varchar(255) NOT NULL,
  `role` int(11) NOT NULL DEFAULT 3,
  `recovery` varchar(45) DEFAULT NULL,
  `recovery_expires` timestamp NULL DEFAULT NULL,
  `language` varchar(5) NOT NULL DEFAULT 'en',
  `repair_network` tinyint(4) NOT NULL DEFAULT 1,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `remember_token` varchar(100) DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `location` varchar(191) DEFAULT NULL,
  `age` varchar(191) NOT NULL DEFAULT 'N/A',
  `gender` varchar(191) DEFAULT NULL,
  `country_code` varchar(191) DEFAULT NULL,
  `newsletter` tinyint(4) NOT NULL DEFAULT 0,
  `drip_subscriber_id` varchar(191) DEFAULT NULL,
  `calendar_hash` varchar(191) DEFAULT NULL,
  `invites` tinyint(4) NOT NULL DEFAULT 0,
  `biography` text DEFAULT NULL,
  `number_of_logins` int(11) NOT NULL DEFAULT 0,
  `latitude` decimal(10,7) DEFAULT NULL,
  `longitude` decimal(10,7) DEFAULT NULL,
  `consent_past_data` timestamp NULL DEFAULT NULL,
  `consent_gdpr` timestamp NULL DEFAULT NULL,
  `consent_future_data` timestamp NULL DEFAULT NULL,
  `username` varchar(50) NOT NULL,
  `mediawiki` varchar(191) DEFAULT NULL,
  `last_login_at` datetime DEFAULT NULL,
  `api_token` varchar(191) DEFAULT NULL,
  `access_group_tag_id` int(10) unsigned DEFAULT NULL,
  `wiki_sync_status` tinyint(1) NOT NULL DEFAULT 0,
  `repairdir_role` smallint(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_UNIQUE` (`email`),
  UNIQUE KEY `users_access_key_unique` (`api_token`),
  UNIQUE KEY `users_drip_subscriber_id_unique` (`drip_subscriber_id`),
  UNIQUE KEY `users_calendar_hash_unique` (`calendar_hash`),
  KEY `idxUserRole` (`role`),
  CONSTRAINT `fkUserRole` FOREIGN KEY (`role`) REFERENCES `roles` (`idroles`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `devices` (
  `iddevices` int(11) NOT NULL AUTO_INCREMENT,
  `event` int(11) NOT NULL,
  `category` int(11) NOT NULL,
  `category_creation` int(11) NOT NULL,
  `estimate` decimal(6,3) unsigned zerofill NOT NULL DEFAULT 000.000,
  `estimate_old` varchar(10) DEFAULT NULL,
  `item_type` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `brand` varchar(255) DEFAULT NULL,
  `model` varchar(255) DEFAULT NULL,
  `age` decimal(5,2) unsigned zerofill NOT NULL DEFAULT 000.00,
  `age_old` varchar(10) DEFAULT NULL,
  `problem` mediumtext NOT NULL,
  `notes` text DEFAULT NULL,
  `spare_parts` tinyint(1) NOT NULL DEFAULT 0,
  `parts_provider` tinyint(4) DEFAULT NULL,
  `repair_status` int(11) NOT NULL,
  `repair_status_str` enum('Unknown','Fixed','Repairable','End of life') NOT NULL,
  `professional_help` tinyint(1) NOT NULL DEFAULT 0,
  `more_time_needed` tinyint(1) NOT NULL DEFAULT 0,
  `do_it_yourself` tinyint(1) NOT NULL DEFAULT 0,
  `repaired_by` int(11) DEFAULT NULL,
  `wiki` int(11) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `device_brand` varchar(191) DEFAULT NULL,
  `fault_type` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`iddevices`),
  KEY `idxDeviceEvent` (`event`),
  KEY `idxDeviceCategory` (`category`),
  KEY `idxDeviceCategoryCreation` (`category_creation`),
  KEY `idxDeviceUser` (`repaired_by`),
  KEY `devices_fault_type_index` (`fault_type`),
  KEY `devices_repair_status_str_index` (`repair_status_str`),
  KEY `devices_brand_index` (`brand`),
  CONSTRAINT `fkDeviceCategory` FOREIGN KEY (`category`) REFERENCES `categories` (`idcategories`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fkDeviceCategoryCreation` FOREIGN KEY (`category_creation`) REFERENCES `categories` (`idcategories`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fkDeviceEvent` FOREIGN KEY (`event`) REFERENCES `events` (`idevents`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fkDeviceUser` FOREIGN KEY (`repaired_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `devices_barriers` (
  `id_devices_barriers` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `device_id` int(11) NOT NULL,
  `barrier_id` tinyint(4) NOT NULL,
  PRIMARY KEY (`id_devices_barriers`),
  KEY `devices_barriers_device_id_foreign` (`device_id`),
  CONSTRAINT `devices_barriers_device_id_foreign` FOREIGN KEY (`device_id`) REFERENCES `devices` (`iddevices`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `events_users` (
  `idevents_users` int(11) NOT NULL AUTO_INCREMENT,
  `event` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `status` varchar(50) DEFAULT NULL,
  `role` tinyint(4) NOT NULL DEFAULT 3,
  `full_name` varchar(191) DEFAULT NULL,
  PRIMARY KEY (`idevents_users`),
  KEY `idxEventsUsersEvent` (`event`),
  KEY `idxEventsUsersUser` (`user`),
  CONSTRAINT `fkEventsUsersEvent` FOREIGN KEY (`event`) REFERENCES `events` (`idevents`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fkEventsUsersUser` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `failed_jobs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(191) DEFAULT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `grouptags_groups` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `group_tag` varchar(191) NOT NULL,
  `group` varchar(191) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `group_network` (
  `group_id` int(10) unsigned NOT NULL,
  `network_id` int(10) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`group_id`,`network_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `networks` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `website` varchar(255) DEFAULT NULL,
  `default_language` varchar(8) DEFAULT 'en',
  `timezone` varchar(64) DEFAULT 'Europe/London' COMMENT 'TZ database name',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `events_push_to_wordpress` tinyint(1) NOT NULL DEFAULT 0,
  `include_in_zapier` tinyint(1) NOT NULL DEFAULT 0,
  `users_push_to_drip` tinyint(1) NOT NULL DEFAULT 0,
  `shortname` varchar(255) NOT NULL,
  `discourse_group` varchar(255) DEFAULT NULL,
  `auto_approve_events` tinyint(1) NOT NULL DEFAULT 0,
  `logo` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `networks_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `group_tags` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `network_id` int(10) unsigned DEFAULT NULL,
  `tag_name` varchar(191) NOT NULL,
  `description` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_tags_tag_name_network_unique` (`tag_name`,`network_id`),
  KEY `group_tags_network_id_foreign` (`network_id`),
  CONSTRAINT `group_tags_network_id_foreign` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `images` (
  `idimages` int(11) NOT NULL AUTO_INCREMENT,
  `path` varchar(255) NOT NULL,
  `alt_text` text DEFAULT NULL,
  `width` int(11) DEFAULT NULL,
  `height` int(11) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`idimages`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `invites` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `record_id` int(11) NOT NULL,
  `email` varchar(191) NOT NULL,
  `hash` varchar(191) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `type` varchar(191) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `jobs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(191) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint(3) unsigned NOT NULL,
  `reserved_at` int(10) unsigned DEFAULT NULL,
  `available_at` int(10) unsigned NOT NULL,
  `created_at` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `jobs_queue_index` (`queue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `laravel_sessions` (
  `id_laravel_sessions` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id` varchar(191) NOT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `payload` text NOT NULL,
  `last_activity` int(11) NOT NULL,
  PRIMARY KEY (`id_laravel_sessions`),
  UNIQUE KEY `laravel_sessions_id_unique` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `links` (
  `idlinks` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `url` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `modified_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idlinks`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `ltm_translations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `status` int(11) NOT NULL DEFAULT 0,
  `locale` varchar(191) NOT NULL,
  `group` varchar(191) NOT NULL,
  `key` text NOT NULL,
  `value` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `notifications` (
  `id` char(36) NOT NULL,
  `type` varchar(191) NOT NULL,
  `notifiable_type` varchar(191) NOT NULL,
  `notifiable_id` bigint(20) unsigned NOT NULL,
  `data` text NOT NULL,
  `read_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notifications_notifiable_type_notifiable_id_index` (`notifiable_type`,`notifiable_id`),
  KEY `idx_notifiable_created` (`notifiable_type`,`notifiable_id`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_reset_tokens` (
  `id_password_resets` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(191) NOT NULL,
  `token` varchar(191) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id_password_resets`),
  KEY `password_resets_email_index` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `permissions` (
  `idpermissions` int(11) NOT NULL AUTO_INCREMENT,
  `permission` varchar(150) NOT NULL COMMENT 'Manage Users; Manage Restart Party; Manage devices',
  `purpose` varchar(191) DEFAULT NULL,
  `slug` varchar(100) NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`idpermissions`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `preferences` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `purpose` varchar(191) DEFAULT NULL,
  `slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roles_permissions` (
  `idroles_permissions` int(11) NOT NULL AUTO_INCREMENT,
  `role` int(11) NOT NULL,
  `permission` int(11) NOT NULL,
  PRIMARY KEY (`idroles_permissions`),
  KEY `idxRolePermissionRole` (`role`),
  KEY `idxRolePermissionPermission` (`permission`),
  CONSTRAINT `fkRolePermissionPermission` FOREIGN KEY (`permission`) REFERENCES `permissions` (`idpermissions`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fkRolePermissionRole` FOREIGN KEY (`role`) REFERENCES `roles` (`idroles`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `sessions_old` (
  `idsessions` int(11) NOT NULL AUTO_INCREMENT,
  `session` varchar(255) NOT NULL,
  `user` int(11) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `modified_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idsessions`),
  UNIQUE KEY `session_UNIQUE` (`session`),
  KEY `idxSessionsUsers` (`user`),
  CONSTRAINT `fkSessionsUsers` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `skills` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `skill_name` varchar(191) NOT NULL,
  `category` int(11) DEFAULT NULL,
  `description` varchar(191) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users_groups` (
  `idusers_groups` int(11) NOT NULL AUTO_INCREMENT,
  `user` int(11) NOT NULL,
  `group` int(11) NOT NULL,
  `status` varchar(50) DEFAULT NULL,
  `role` tinyint(4) NOT NULL DEFAULT 4,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`idusers_groups`),
  KEY `idxUserUsers` (`user`),
  KEY `idxGroupGroups` (`group`),
  CONSTRAINT `fkGroupGroups` FOREIGN KEY (`group`) REFERENCES `groups` (`idgroups`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fkUserUsers` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users_permissions` (
  `id_users_permissions` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id_users_permissions`),
  KEY `users_permissions_permission_id_foreign` (`permission_id`),
  CONSTRAINT `users_permissions_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`idpermissions`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users_preferences` (
  `id_users_preferences` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `preference_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id_users_preferences`),
  KEY `users_preferences_preference_id_foreign` (`preference_id`),
  CONSTRAINT `users_preferences_preference_id_foreign` FOREIGN KEY (`preference_id`) REFERENCES `preferences` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users_skills` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `skill` int(11) NOT NULL,
  `user` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_network` (
  `user_id` int(10) unsigned NOT NULL,
  `network_id` int(10) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`user_id`,`network_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `xref` (
  `idxref` int(11) NOT NULL AUTO_INCREMENT,
  `object` int(11) NOT NULL,
  `object_type` int(11) NOT NULL,
  `reference` int(11) NOT NULL,
  `reference_type` int(11) NOT NULL,
  PRIMARY KEY (`idxref`),
  KEY `idxObject` (`object`),
  KEY `idxObjectType` (`object_type`),
  KEY `idxReference` (`reference`),
  KEY `idxReferenceType` (`reference_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `archived__devices_faults_opinions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `iddevices` int(11) NOT NULL,
  `fault_type` varchar(64) NOT NULL,
  `session_id` varchar(191) NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `devices_faults_opinions_iddevices_index` (`iddevices`),
  KEY `devices_faults_opinions_fault_type_index` (`fault_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `archived__devices_misc_opinions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `iddevices` int(11) NOT NULL,
  `category` varchar(64) NOT NULL,
  `eee` tinyint(1) NOT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `session_id` varchar(191) NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `devices_misc_opinions_iddevices_index` (`iddevices`),
  KEY `devices_misc_opinions_category_index` (`category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `archived__microtask_demographics` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `session_id` varchar(191) NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `age` varchar(8) NOT NULL,
  `country` varchar(8) NOT NULL,
  `task` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `archived__microtask_surveys` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `task` varchar(32) NOT NULL,
  `payload` text NOT NULL,
  `session_id` varchar(191) NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `microtask_surveys_task_index` (`task`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `archived__fault_types_mobiles` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` text NOT NULL DEFAULT '',
  `regex` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fault_types_mobiles_title_index` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `archived__devices_mobifix_ora` (
  `id_ords` varchar(16) NOT NULL,
  `data_provider` varchar(16) NOT NULL,
  `country` varchar(3) NOT NULL,
  `product_category` varchar(8) NOT NULL,
  `brand` varchar(16) NOT NULL DEFAULT '',
  `model` varchar(48) NOT NULL DEFAULT '',
  `year_of_manufacture` varchar(4) NOT NULL DEFAULT '',
  `repair_status` varchar(12) NOT NULL DEFAULT '',
  `group_identifier` varchar(8) NOT NULL,
  `date` varchar(10) NOT NULL,
  `problem` varchar(1024) NOT NULL,
  `translation` varchar(1024) NOT NULL,
  `language` varchar(2) NOT NULL,
  `fault_type_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id_ords`),
  KEY `devices_mobifix_ora_data_provider_index` (`data_provider`),
  KEY `devices_mobifix_ora_fault_type_id_index` (`fault_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


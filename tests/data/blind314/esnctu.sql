-- ESN CTU in Prague web (formerly ISC CTU; the section's site with the Buddy programme for incoming exchange
-- students, arrivals, trips and event reservations, receipts and merchandise sales, language tandem).
-- Upstream: github.com/fm-mf/iscweb, commit 78e989316cd54f516589a2dffe51b3fe86b162d7 (licence declared MIT in
-- composer.json; no licence file).
-- Made by replaying the 86 Laravel 8 migrations of database/migrations in order into MariaDB through a small PHP
-- stand-in for Laravel's schema builder (MySqlGrammar: same column types, modifiers, index and foreign-key names,
-- DB::statement ALTERs; data-only steps such as Settings::push are no-ops), plus Laravel's own `migrations`
-- table, then mysqldump --no-data. Every table is kept; charset utf8mb4, collation utf8mb4_unicode_520_ci as in
-- upstream's config/database.php.


CREATE TABLE `accommodation` (
  `id_accommodation` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `full_name` varchar(255) NOT NULL,
  `full_name_eng` varchar(255) NOT NULL,
  `abbreviation` varchar(255) NOT NULL,
  PRIMARY KEY (`id_accommodation`),
  UNIQUE KEY `accommodation_full_name_unique` (`full_name`),
  UNIQUE KEY `accommodation_full_name_eng_unique` (`full_name_eng`),
  UNIQUE KEY `accommodation_abbreviation_unique` (`abbreviation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `buildings` (
  `id_building` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `address` varchar(255) NOT NULL,
  PRIMARY KEY (`id_building`),
  UNIQUE KEY `buildings_code_unique` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `contacts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `position` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `photo` varchar(255) NOT NULL,
  `custom_photo` varchar(255) DEFAULT NULL,
  `visible` tinyint(1) NOT NULL,
  `phone_visible` tinyint(1) NOT NULL,
  `order` int(10) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contacts_position_unique` (`position`),
  UNIQUE KEY `contacts_email_unique` (`email`),
  UNIQUE KEY `contacts_order_unique` (`order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `countries` (
  `id_country` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `full_name` varchar(255) NOT NULL,
  `two_letters` char(2) NOT NULL,
  `three_letters` char(3) NOT NULL,
  PRIMARY KEY (`id_country`),
  UNIQUE KEY `countries_full_name_unique` (`full_name`),
  UNIQUE KEY `countries_two_letters_unique` (`two_letters`),
  UNIQUE KEY `countries_three_letters_unique` (`three_letters`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `faculties` (
  `id_faculty` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `faculty` varchar(255) NOT NULL,
  `abbreviation` varchar(255) NOT NULL,
  PRIMARY KEY (`id_faculty`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `failed_jobs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `jobs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(255) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint(3) unsigned NOT NULL,
  `reserved_at` int(10) unsigned DEFAULT NULL,
  `available_at` int(10) unsigned NOT NULL,
  `created_at` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `jobs_queue_index` (`queue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `languages` (
  `id_language` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `language` varchar(255) NOT NULL,
  PRIMARY KEY (`id_language`),
  UNIQUE KEY `languages_language_unique` (`language`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `migrations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `migration` varchar(255) NOT NULL,
  `batch` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `opening_hours_mode` (
  `id_opening_hours_mode` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `show_hours` tinyint(1) NOT NULL,
  `mode` varchar(255) NOT NULL,
  `hours_json` json NOT NULL,
  PRIMARY KEY (`id_opening_hours_mode`),
  UNIQUE KEY `opening_hours_mode_mode_unique` (`mode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `pages` (
  `id_page` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `type` enum('coronavirus') NOT NULL,
  `title` text NOT NULL,
  `content` longtext NOT NULL,
  PRIMARY KEY (`id_page`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  KEY `password_resets_email_index` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `personal_access_tokens` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint(20) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text DEFAULT NULL,
  `last_used_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`),
  KEY `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`,`tokenable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `products` (
  `id_product` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `type` enum('merchandise') NOT NULL,
  `price` int(11) NOT NULL,
  `image` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `sold_out` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_product`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `roles` (
  `id_role` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  PRIMARY KEY (`id_role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `semesters` (
  `id_semester` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `semester` varchar(255) NOT NULL,
  PRIMARY KEY (`id_semester`),
  UNIQUE KEY `semesters_semester_unique` (`semester`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `settings` (
  `key` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `tandem_password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  KEY `tandem_password_resets_email_index` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `tandem_users` (
  `id_tandemuser` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `passhash` varchar(255) DEFAULT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `id_country` smallint(5) unsigned DEFAULT NULL,
  `about` text DEFAULT NULL,
  `visible` tinyint(1) NOT NULL DEFAULT 1,
  `registered_at` datetime DEFAULT NULL,
  `last_login` datetime DEFAULT NULL,
  `preferred_language` char(2) DEFAULT NULL,
  PRIMARY KEY (`id_tandemuser`),
  UNIQUE KEY `tandem_users_email_unique` (`email`),
  KEY `tandem_users_id_country_foreign` (`id_country`),
  CONSTRAINT `tandem_users_id_country_foreign` FOREIGN KEY (`id_country`) REFERENCES `countries` (`id_country`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `transportation` (
  `id_transportation` tinyint(3) unsigned NOT NULL AUTO_INCREMENT,
  `transportation` varchar(255) NOT NULL,
  `eng` varchar(255) NOT NULL,
  PRIMARY KEY (`id_transportation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `users` (
  `id_user` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `hash` varchar(255) DEFAULT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id_user`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `users_hash_unique` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `users_roles` (
  `id_user` int(10) unsigned NOT NULL,
  `id_role` tinyint(3) unsigned NOT NULL,
  PRIMARY KEY (`id_user`,`id_role`),
  KEY `users_roles_id_role_foreign` (`id_role`),
  CONSTRAINT `users_roles_id_role_foreign` FOREIGN KEY (`id_role`) REFERENCES `roles` (`id_role`) ON UPDATE CASCADE,
  CONSTRAINT `users_roles_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id_user`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `alumni_newsletters` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `perex` text DEFAULT NULL,
  `link` varchar(255) NOT NULL,
  `date_sent` date NOT NULL,
  `created_by` int(10) unsigned NOT NULL,
  `updated_by` int(10) unsigned DEFAULT NULL,
  `deleted_by` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `alumni_newsletters_created_by_foreign` (`created_by`),
  KEY `alumni_newsletters_updated_by_foreign` (`updated_by`),
  KEY `alumni_newsletters_deleted_by_foreign` (`deleted_by`),
  CONSTRAINT `alumni_newsletters_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id_user`),
  CONSTRAINT `alumni_newsletters_deleted_by_foreign` FOREIGN KEY (`deleted_by`) REFERENCES `users` (`id_user`),
  CONSTRAINT `alumni_newsletters_updated_by_foreign` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `people` (
  `id_user` int(10) unsigned NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `age` year(4) DEFAULT NULL,
  `sex` enum('M','F') DEFAULT NULL,
  `diet` enum('Vegetarian','Vegan','Fish only') DEFAULT NULL,
  `medical_issues` varchar(255) DEFAULT NULL,
  `avatar` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_user`),
  CONSTRAINT `people_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id_user`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `receipts` (
  `id_receipt` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `created_by` int(10) unsigned NOT NULL,
  `refunded_at` timestamp NULL DEFAULT NULL,
  `refunded_by` int(10) unsigned DEFAULT NULL,
  `subject` varchar(255) NOT NULL,
  `amount` int(11) NOT NULL,
  `refunded` tinyint(1) NOT NULL DEFAULT 0,
  `payment_method` enum('cash','card') DEFAULT NULL,
  PRIMARY KEY (`id_receipt`),
  KEY `receipts_created_by_foreign` (`created_by`),
  KEY `receipts_refunded_by_foreign` (`refunded_by`),
  CONSTRAINT `receipts_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `users` (`id_user`) ON UPDATE CASCADE,
  CONSTRAINT `receipts_refunded_by_foreign` FOREIGN KEY (`refunded_by`) REFERENCES `users` (`id_user`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `social_auth_providers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_user` int(10) unsigned NOT NULL,
  `provider` varchar(255) NOT NULL,
  `provider_id` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_providers_provider_provider_id_unique` (`provider`,`provider_id`),
  UNIQUE KEY `social_auth_providers_id_user_provider_unique` (`id_user`,`provider`),
  CONSTRAINT `social_auth_providers_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id_user`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `tandem_learn` (
  `id_tandemuser` int(10) unsigned NOT NULL,
  `id_language` smallint(5) unsigned NOT NULL,
  PRIMARY KEY (`id_tandemuser`,`id_language`),
  KEY `tandem_learn_id_language_foreign` (`id_language`),
  CONSTRAINT `tandem_learn_id_language_foreign` FOREIGN KEY (`id_language`) REFERENCES `languages` (`id_language`) ON UPDATE CASCADE,
  CONSTRAINT `tandem_learn_id_tandemuser_foreign` FOREIGN KEY (`id_tandemuser`) REFERENCES `tandem_users` (`id_tandemuser`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `tandem_teach` (
  `id_tandemuser` int(10) unsigned NOT NULL,
  `id_language` smallint(5) unsigned NOT NULL,
  PRIMARY KEY (`id_tandemuser`,`id_language`),
  KEY `tandem_teach_id_language_foreign` (`id_language`),
  CONSTRAINT `tandem_teach_id_language_foreign` FOREIGN KEY (`id_language`) REFERENCES `languages` (`id_language`) ON UPDATE CASCADE,
  CONSTRAINT `tandem_teach_id_tandemuser_foreign` FOREIGN KEY (`id_tandemuser`) REFERENCES `tandem_users` (`id_tandemuser`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `buddies` (
  `id_user` int(10) unsigned NOT NULL,
  `id_faculty` tinyint(3) unsigned DEFAULT NULL,
  `id_country` smallint(5) unsigned DEFAULT NULL,
  `about` text DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `active` enum('y','n') NOT NULL DEFAULT 'n',
  `subscribed` tinyint(1) NOT NULL DEFAULT 1,
  `alive` enum('y','n') NOT NULL DEFAULT 'n',
  `verified` enum('y','n','d') NOT NULL DEFAULT 'n',
  `welcome_mail_sent` tinyint(1) NOT NULL DEFAULT 0,
  `last_login` timestamp NULL DEFAULT NULL,
  `agreement` tinyint(1) NOT NULL DEFAULT 0,
  `privacy_partak` tinyint(1) NOT NULL DEFAULT 0,
  `privacy_buddy` tinyint(1) NOT NULL DEFAULT 0,
  `motivation` text DEFAULT NULL,
  `verification_email` varchar(255) DEFAULT NULL,
  `preferred_language` char(2) DEFAULT NULL,
  `degree_buddy` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_user`),
  KEY `buddies_id_faculty_foreign` (`id_faculty`),
  KEY `buddies_id_country_foreign` (`id_country`),
  CONSTRAINT `buddies_id_country_foreign` FOREIGN KEY (`id_country`) REFERENCES `countries` (`id_country`) ON UPDATE CASCADE,
  CONSTRAINT `buddies_id_faculty_foreign` FOREIGN KEY (`id_faculty`) REFERENCES `faculties` (`id_faculty`) ON UPDATE CASCADE,
  CONSTRAINT `buddies_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `people` (`id_user`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `events` (
  `id_event` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_semester` tinyint(3) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `location` varchar(255) DEFAULT NULL,
  `location_url` varchar(255) DEFAULT NULL,
  `datetime_from` timestamp NULL DEFAULT NULL,
  `visible_from` timestamp NULL DEFAULT NULL,
  `facebook_url` varchar(255) DEFAULT NULL,
  `description` text NOT NULL,
  `cover` varchar(255) DEFAULT NULL,
  `event_type` enum('normal','integreat','languages') NOT NULL DEFAULT 'normal',
  `created_by` int(10) unsigned NOT NULL,
  `modified_by` int(10) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `ow` tinyint(1) NOT NULL DEFAULT 0,
  `reservations_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `reservations_hash` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `reservations_removal_limit` int(11) DEFAULT NULL,
  `reservations_diet` tinyint(1) DEFAULT NULL,
  `reservations_medical` tinyint(1) DEFAULT NULL,
  `reservations_payment_on_spot` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_event`),
  UNIQUE KEY `events_reservations_hash_unique` (`reservations_hash`),
  KEY `events_created_by_foreign` (`created_by`),
  KEY `events_modified_by_foreign` (`modified_by`),
  KEY `events_id_semester_foreign` (`id_semester`),
  CONSTRAINT `events_created_by_foreign` FOREIGN KEY (`created_by`) REFERENCES `buddies` (`id_user`) ON UPDATE CASCADE,
  CONSTRAINT `events_id_semester_foreign` FOREIGN KEY (`id_semester`) REFERENCES `semesters` (`id_semester`) ON UPDATE CASCADE,
  CONSTRAINT `events_modified_by_foreign` FOREIGN KEY (`modified_by`) REFERENCES `buddies` (`id_user`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `exchange_students` (
  `id_user` int(10) unsigned NOT NULL,
  `id_country` smallint(5) unsigned NOT NULL,
  `id_accommodation` tinyint(3) unsigned NOT NULL,
  `id_faculty` tinyint(3) unsigned NOT NULL,
  `id_buddy` int(10) unsigned DEFAULT NULL,
  `buddy_timestamp` timestamp NULL DEFAULT NULL,
  `about` text DEFAULT NULL,
  `school` varchar(255) DEFAULT NULL,
  `want_buddy` enum('y','n') NOT NULL DEFAULT 'y',
  `phone` varchar(255) DEFAULT NULL,
  `facebook` varchar(255) DEFAULT NULL,
  `whatsapp` varchar(255) DEFAULT NULL,
  `instagram` varchar(255) DEFAULT NULL,
  `esn_card_number` varchar(255) DEFAULT NULL,
  `esn_registered` enum('y','n') NOT NULL DEFAULT 'n',
  `esn_receipt_id` int(10) unsigned DEFAULT NULL,
  `wants_present` enum('y','n') NOT NULL DEFAULT 'n',
  `privacy_policy` tinyint(1) NOT NULL DEFAULT 0,
  `note` longtext DEFAULT NULL,
  `quarantined_until` date DEFAULT NULL,
  `degree_student` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_user`),
  KEY `exchange_students_id_buddy_foreign` (`id_buddy`),
  KEY `exchange_students_id_accommodation_foreign` (`id_accommodation`),
  KEY `exchange_students_id_country_foreign` (`id_country`),
  KEY `exchange_students_id_faculty_foreign` (`id_faculty`),
  KEY `exchange_students_esn_receipt_id_foreign` (`esn_receipt_id`),
  CONSTRAINT `exchange_students_esn_receipt_id_foreign` FOREIGN KEY (`esn_receipt_id`) REFERENCES `receipts` (`id_receipt`) ON UPDATE CASCADE,
  CONSTRAINT `exchange_students_id_accommodation_foreign` FOREIGN KEY (`id_accommodation`) REFERENCES `accommodation` (`id_accommodation`) ON UPDATE CASCADE,
  CONSTRAINT `exchange_students_id_buddy_foreign` FOREIGN KEY (`id_buddy`) REFERENCES `buddies` (`id_user`) ON UPDATE CASCADE,
  CONSTRAINT `exchange_students_id_country_foreign` FOREIGN KEY (`id_country`) REFERENCES `countries` (`id_country`) ON UPDATE CASCADE,
  CONSTRAINT `exchange_students_id_faculty_foreign` FOREIGN KEY (`id_faculty`) REFERENCES `faculties` (`id_faculty`) ON UPDATE CASCADE,
  CONSTRAINT `exchange_students_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `people` (`id_user`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `integreat_parties` (
  `id_event` int(10) unsigned NOT NULL,
  `countries` varchar(255) DEFAULT NULL,
  `theme` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_event`),
  CONSTRAINT `integreat_parties_id_event_foreign` FOREIGN KEY (`id_event`) REFERENCES `events` (`id_event`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `languages_events` (
  `id_event` int(10) unsigned NOT NULL,
  `where` varchar(255) DEFAULT NULL,
  `where_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_event`),
  CONSTRAINT `languages_events_id_event_foreign` FOREIGN KEY (`id_event`) REFERENCES `events` (`id_event`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `product_sales` (
  `id_product_sale` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `id_product` int(10) unsigned NOT NULL,
  `id_receipt` int(10) unsigned NOT NULL,
  `id_user` int(10) unsigned DEFAULT NULL,
  `customer_name` varchar(255) DEFAULT NULL,
  `customer_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_product_sale`),
  KEY `product_sales_id_product_foreign` (`id_product`),
  KEY `product_sales_id_receipt_foreign` (`id_receipt`),
  KEY `product_sales_id_user_foreign` (`id_user`),
  CONSTRAINT `product_sales_id_product_foreign` FOREIGN KEY (`id_product`) REFERENCES `products` (`id_product`) ON UPDATE CASCADE,
  CONSTRAINT `product_sales_id_receipt_foreign` FOREIGN KEY (`id_receipt`) REFERENCES `receipts` (`id_receipt`) ON UPDATE CASCADE,
  CONSTRAINT `product_sales_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id_user`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `semesters_has_exchange_students` (
  `id_user` int(10) unsigned NOT NULL,
  `id_semester` tinyint(3) unsigned NOT NULL,
  PRIMARY KEY (`id_user`,`id_semester`),
  KEY `semesters_has_exchange_students_id_semester_foreign` (`id_semester`),
  CONSTRAINT `semesters_has_exchange_students_id_semester_foreign` FOREIGN KEY (`id_semester`) REFERENCES `semesters` (`id_semester`) ON UPDATE CASCADE,
  CONSTRAINT `semesters_has_exchange_students_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `exchange_students` (`id_user`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `trips` (
  `id_trip` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_event` int(10) unsigned NOT NULL,
  `trip_date_to` timestamp NULL DEFAULT NULL,
  `registration_from` timestamp NULL DEFAULT NULL,
  `capacity` smallint(5) unsigned DEFAULT NULL,
  `price` smallint(6) DEFAULT NULL,
  `type` enum('exchange','buddy','ex+buddy') NOT NULL DEFAULT 'exchange',
  `registration_to` datetime DEFAULT NULL,
  PRIMARY KEY (`id_trip`),
  UNIQUE KEY `trips_id_event_unique` (`id_event`),
  CONSTRAINT `trips_id_event_foreign` FOREIGN KEY (`id_event`) REFERENCES `events` (`id_event`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `trips_organizers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_trip` int(10) unsigned NOT NULL,
  `id_user` int(10) unsigned NOT NULL,
  `add_by` int(10) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `trips_organizers_id_trip_foreign` (`id_trip`),
  KEY `trips_organizers_id_user_foreign` (`id_user`),
  KEY `trips_organizers_add_by_foreign` (`add_by`),
  CONSTRAINT `trips_organizers_add_by_foreign` FOREIGN KEY (`add_by`) REFERENCES `buddies` (`id_user`) ON UPDATE CASCADE,
  CONSTRAINT `trips_organizers_id_trip_foreign` FOREIGN KEY (`id_trip`) REFERENCES `trips` (`id_trip`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `trips_organizers_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `people` (`id_user`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `trips_participants` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_trip` int(10) unsigned NOT NULL,
  `id_user` int(10) unsigned NOT NULL,
  `id_receipt` int(10) unsigned DEFAULT NULL,
  `paid` int(10) unsigned DEFAULT 0,
  `comment` text DEFAULT NULL,
  `registered_by` int(10) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `stand_in` enum('y','n') NOT NULL DEFAULT 'n',
  `deleted_at` timestamp NULL DEFAULT NULL,
  `deleted_by` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `trips_participants_id_trip_foreign` (`id_trip`),
  KEY `trips_participants_id_user_foreign` (`id_user`),
  KEY `trips_participants_registered_by_foreign` (`registered_by`),
  KEY `trips_participants_deleted_by_foreign` (`deleted_by`),
  KEY `trips_participants_id_receipt_foreign` (`id_receipt`),
  CONSTRAINT `trips_participants_deleted_by_foreign` FOREIGN KEY (`deleted_by`) REFERENCES `buddies` (`id_user`) ON UPDATE CASCADE,
  CONSTRAINT `trips_participants_id_receipt_foreign` FOREIGN KEY (`id_receipt`) REFERENCES `receipts` (`id_receipt`) ON UPDATE CASCADE,
  CONSTRAINT `trips_participants_id_trip_foreign` FOREIGN KEY (`id_trip`) REFERENCES `trips` (`id_trip`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `trips_participants_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `people` (`id_user`) ON UPDATE CASCADE,
  CONSTRAINT `trips_participants_registered_by_foreign` FOREIGN KEY (`registered_by`) REFERENCES `buddies` (`id_user`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `arrivals` (
  `id_user` int(10) unsigned NOT NULL,
  `arrival` datetime NOT NULL,
  `id_transportation` tinyint(3) unsigned NOT NULL,
  PRIMARY KEY (`id_user`),
  KEY `arrivals_id_transportation_foreign` (`id_transportation`),
  CONSTRAINT `arrivals_id_transportation_foreign` FOREIGN KEY (`id_transportation`) REFERENCES `transportation` (`id_transportation`) ON UPDATE CASCADE,
  CONSTRAINT `arrivals_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `exchange_students` (`id_user`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `event_reservation_questions` (
  `id_question` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_event` int(10) unsigned NOT NULL,
  `order` int(11) NOT NULL,
  `required` tinyint(1) NOT NULL DEFAULT 0,
  `type` enum('number','text','select') NOT NULL,
  `label` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `data` json DEFAULT NULL,
  PRIMARY KEY (`id_question`),
  UNIQUE KEY `event_reservation_questions_id_event_order_unique` (`id_event`,`order`),
  CONSTRAINT `event_reservation_questions_id_event_foreign` FOREIGN KEY (`id_event`) REFERENCES `events` (`id_event`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `event_reservations` (
  `id_event_reservation` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_event` int(10) unsigned NOT NULL,
  `id_user` int(10) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `deleted_by` int(10) unsigned DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  `medical_issues` text DEFAULT NULL,
  `diet` enum('Vegetarian','Vegan','Fish only') DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `hash` varchar(255) NOT NULL,
  `is_confirmed` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id_event_reservation`),
  UNIQUE KEY `event_reservations_hash_unique` (`hash`),
  UNIQUE KEY `event_reservations_id_user_id_event_unique` (`id_user`,`id_event`),
  KEY `event_reservations_deleted_by_foreign` (`deleted_by`),
  KEY `event_reservations_id_event_foreign` (`id_event`),
  CONSTRAINT `event_reservations_deleted_by_foreign` FOREIGN KEY (`deleted_by`) REFERENCES `users` (`id_user`) ON UPDATE CASCADE,
  CONSTRAINT `event_reservations_id_event_foreign` FOREIGN KEY (`id_event`) REFERENCES `events` (`id_event`),
  CONSTRAINT `event_reservations_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `event_reservation_answers` (
  `id_event_reservation_answer` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_event_reservation` int(10) unsigned NOT NULL,
  `id_question` int(10) unsigned NOT NULL,
  `value` json NOT NULL,
  PRIMARY KEY (`id_event_reservation_answer`),
  UNIQUE KEY `uq_reservation_question` (`id_event_reservation`,`id_question`),
  KEY `event_reservation_answers_id_question_foreign` (`id_question`),
  CONSTRAINT `event_reservation_answers_id_event_reservation_foreign` FOREIGN KEY (`id_event_reservation`) REFERENCES `event_reservations` (`id_event_reservation`),
  CONSTRAINT `event_reservation_answers_id_question_foreign` FOREIGN KEY (`id_question`) REFERENCES `event_reservation_questions` (`id_question`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;


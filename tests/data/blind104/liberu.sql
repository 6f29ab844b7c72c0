SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `two_factor_secret` text NULL,
  `two_factor_recovery_codes` text NULL,
  `two_factor_confirmed_at` timestamp NULL DEFAULT NULL,
  `remember_token` varchar(100) NULL DEFAULT NULL,
  `current_team_id` bigint unsigned NULL DEFAULT NULL,
  `profile_photo_path` varchar(2048) NULL DEFAULT NULL,
  `branch_id` bigint unsigned NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `agent_preferences` json NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_reset_tokens` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint unsigned NULL DEFAULT NULL,
  `ip_address` varchar(45) NULL DEFAULT NULL,
  `user_agent` text NULL,
  `payload` longtext NOT NULL,
  `last_activity` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sessions_user_id_index` (`user_id`),
  KEY `sessions_last_activity_index` (`last_activity`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `connected_accounts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NOT NULL,
  `provider` varchar(255) NOT NULL,
  `provider_id` varchar(255) NOT NULL,
  `name` varchar(255) NULL DEFAULT NULL,
  `nickname` varchar(255) NULL DEFAULT NULL,
  `email` varchar(255) NULL DEFAULT NULL,
  `telephone` varchar(255) NULL DEFAULT NULL,
  `avatar_path` text NULL,
  `token` varchar(1000) NOT NULL,
  `secret` varchar(255) NULL DEFAULT NULL COMMENT 'OAuth1',
  `refresh_token` varchar(1000) NULL DEFAULT NULL COMMENT 'OAuth2',
  `expires_at` datetime NULL DEFAULT NULL COMMENT 'OAuth2',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `connected_accounts_user_id_id_index` (`user_id`,`id`),
  KEY `connected_accounts_provider_provider_id_index` (`provider`,`provider_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `teams` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NULL DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `personal_team` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `teams_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `team_user` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `team_id` bigint unsigned NOT NULL,
  `user_id` bigint unsigned NOT NULL,
  `role` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_user_team_id_user_id_unique` (`team_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `team_invitations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `team_id` bigint unsigned NOT NULL,
  `email` varchar(255) NOT NULL,
  `role` varchar(255) NULL DEFAULT NULL,
  `token` varchar(64) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_invitations_token_unique` (`token`),
  UNIQUE KEY `team_invitations_team_id_email_unique` (`team_id`,`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `failed_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(191) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `appointment_types` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `branches` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `address` varchar(255) NULL DEFAULT NULL,
  `phone_number` varchar(255) NULL DEFAULT NULL,
  `phone` varchar(255) NULL DEFAULT NULL,
  `email` varchar(255) NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `alerts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NOT NULL,
  `type` varchar(255) NULL DEFAULT NULL,
  `frequency` varchar(255) NULL DEFAULT NULL,
  `criteria` json NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `property_type` varchar(255) NULL DEFAULT NULL,
  `min_price` decimal(10,2) NULL DEFAULT NULL,
  `max_price` decimal(10,2) NULL DEFAULT NULL,
  `min_bedrooms` int NULL DEFAULT NULL,
  `max_bedrooms` int NULL DEFAULT NULL,
  `location` varchar(255) NULL DEFAULT NULL,
  `notification_frequency` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `buyers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(255) NULL DEFAULT NULL,
  `address` text NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  `first_name` varchar(255) NULL DEFAULT NULL,
  `last_name` varchar(255) NULL DEFAULT NULL,
  `user_id` bigint unsigned NULL DEFAULT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'active',
  `search_criteria` json NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `buyers_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vendors` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `company_name` varchar(255) NOT NULL,
  `contact_person` varchar(255) NULL DEFAULT NULL,
  `email` varchar(255) NULL DEFAULT NULL,
  `phone` varchar(255) NULL DEFAULT NULL,
  `mobile` varchar(255) NULL DEFAULT NULL,
  `address` text NULL,
  `city` varchar(255) NULL DEFAULT NULL,
  `postal_code` varchar(255) NULL DEFAULT NULL,
  `country` varchar(255) NOT NULL DEFAULT 'UK',
  `website` varchar(255) NULL DEFAULT NULL,
  `vendor_type` varchar(255) NOT NULL COMMENT 'plumber, electrician, cleaner, gardener, etc.',
  `specializations` json NULL,
  `rating` decimal(3,1) NOT NULL DEFAULT 0,
  `status` varchar(255) NOT NULL DEFAULT 'active' COMMENT 'active, inactive, blacklisted',
  `preferred_vendor` tinyint(1) NOT NULL DEFAULT 0,
  `insurance_valid_until` date NULL DEFAULT NULL,
  `certifications` json NULL,
  `payment_terms` varchar(255) NULL DEFAULT NULL,
  `hourly_rate` decimal(8,2) NULL DEFAULT NULL,
  `daily_rate` decimal(8,2) NULL DEFAULT NULL,
  `emergency_contact` varchar(255) NULL DEFAULT NULL,
  `emergency_phone` varchar(255) NULL DEFAULT NULL,
  `availability_hours` json NULL,
  `service_areas` json NULL,
  `team_id` bigint unsigned NOT NULL,
  `added_by` bigint unsigned NOT NULL,
  `notes` text NULL,
  `tax_number` varchar(255) NULL DEFAULT NULL,
  `bank_details` json NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vendors_vendor_type_status_index` (`vendor_type`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `work_orders` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `property_id` bigint unsigned NOT NULL,
  `vendor_id` bigint unsigned NULL DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `work_type` varchar(255) NOT NULL COMMENT 'maintenance, repair, improvement, inspection, etc.',
  `priority` int NOT NULL DEFAULT 2 COMMENT '1-4 (low to critical)',
  `status` varchar(255) NOT NULL DEFAULT 'pending' COMMENT 'pending, approved, scheduled, in_progress, completed, cancelled',
  `scheduled_date` timestamp NULL DEFAULT NULL,
  `started_date` timestamp NULL DEFAULT NULL,
  `completed_date` timestamp NULL DEFAULT NULL,
  `estimated_cost` decimal(10,2) NULL DEFAULT NULL,
  `actual_cost` decimal(10,2) NULL DEFAULT NULL,
  `estimated_hours` decimal(8,2) NULL DEFAULT NULL,
  `actual_hours` decimal(8,2) NULL DEFAULT NULL,
  `materials_cost` decimal(10,2) NULL DEFAULT NULL,
  `labor_cost` decimal(10,2) NULL DEFAULT NULL,
  `emergency_job` tinyint(1) NOT NULL DEFAULT 0,
  `requires_access` tinyint(1) NOT NULL DEFAULT 1,
  `access_instructions` text NULL,
  `safety_requirements` json NULL,
  `completion_notes` text NULL,
  `customer_satisfaction` int NULL DEFAULT NULL COMMENT '1-5 rating',
  `team_id` bigint unsigned NOT NULL,
  `created_by` bigint unsigned NOT NULL,
  `assigned_to` bigint unsigned NULL DEFAULT NULL,
  `approved_by` bigint unsigned NULL DEFAULT NULL,
  `invoice_number` varchar(255) NULL DEFAULT NULL,
  `payment_status` varchar(255) NOT NULL DEFAULT 'pending' COMMENT 'pending, paid, overdue',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `work_orders_property_id_status_index` (`property_id`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vendor_reviews` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `vendor_id` bigint unsigned NOT NULL,
  `work_order_id` bigint unsigned NULL DEFAULT NULL,
  `reviewer_id` bigint unsigned NOT NULL,
  `rating` decimal(3,1) NOT NULL COMMENT 'Overall rating 1-5',
  `quality_rating` int NULL DEFAULT NULL COMMENT '1-5',
  `timeliness_rating` int NULL DEFAULT NULL COMMENT '1-5',
  `communication_rating` int NULL DEFAULT NULL COMMENT '1-5',
  `professionalism_rating` int NULL DEFAULT NULL COMMENT '1-5',
  `value_rating` int NULL DEFAULT NULL COMMENT '1-5',
  `review_text` text NULL,
  `pros` json NULL,
  `cons` json NULL,
  `would_recommend` tinyint(1) NOT NULL DEFAULT 1,
  `would_hire_again` tinyint(1) NOT NULL DEFAULT 1,
  `review_date` date NOT NULL,
  `is_verified` tinyint(1) NOT NULL DEFAULT 0,
  `helpful_votes` int NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vendor_reviews_vendor_id_rating_index` (`vendor_id`,`rating`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `property_matches` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `buyer_id` bigint unsigned NOT NULL,
  `property_id` bigint unsigned NOT NULL,
  `match_score` decimal(5,2) NOT NULL COMMENT 'Overall match percentage',
  `match_criteria` json NULL,
  `price_match` decimal(5,2) NULL DEFAULT NULL,
  `location_match` decimal(5,2) NULL DEFAULT NULL,
  `size_match` decimal(5,2) NULL DEFAULT NULL,
  `features_match` decimal(5,2) NULL DEFAULT NULL,
  `type_match` decimal(5,2) NULL DEFAULT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'active' COMMENT 'active, dismissed, interested, viewed',
  `viewed_by_buyer` tinyint(1) NOT NULL DEFAULT 0,
  `buyer_interest_level` int NULL DEFAULT NULL COMMENT '1-5 scale',
  `agent_notes` text NULL,
  `match_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `auto_generated` tinyint(1) NOT NULL DEFAULT 1,
  `team_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `property_matches_buyer_id_property_id_unique` (`buyer_id`,`property_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `market_appraisals` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `property_id` bigint unsigned NOT NULL,
  `appraisal_type` varchar(255) NOT NULL COMMENT 'market_value, rental_assessment, investment_analysis',
  `current_market_value` decimal(12,2) NULL DEFAULT NULL,
  `rental_value_monthly` decimal(10,2) NULL DEFAULT NULL,
  `rental_value_weekly` decimal(10,2) NULL DEFAULT NULL,
  `price_per_sqft` decimal(8,2) NULL DEFAULT NULL,
  `market_trend` varchar(255) NULL DEFAULT NULL COMMENT 'rising, stable, declining',
  `demand_level` varchar(255) NULL DEFAULT NULL COMMENT 'very_high, high, medium, low, very_low',
  `supply_level` varchar(255) NULL DEFAULT NULL COMMENT 'very_high, high, medium, low, very_low',
  `days_on_market_average` int NULL DEFAULT NULL,
  `comparable_sales` json NULL,
  `market_factors` json NULL,
  `location_score` int NULL DEFAULT NULL COMMENT '1-100',
  `condition_score` int NULL DEFAULT NULL COMMENT '1-100',
  `features_score` int NULL DEFAULT NULL COMMENT '1-100',
  `overall_score` int NULL DEFAULT NULL COMMENT '1-100',
  `appraisal_date` date NOT NULL,
  `valid_until` date NOT NULL,
  `appraiser_id` bigint unsigned NOT NULL,
  `methodology` varchar(255) NULL DEFAULT NULL,
  `confidence_level` int NOT NULL DEFAULT 0 COMMENT '0-100',
  `market_segment` varchar(255) NULL DEFAULT NULL,
  `target_buyer_profile` json NULL,
  `marketing_recommendations` json NULL,
  `pricing_strategy` text NULL,
  `team_id` bigint unsigned NOT NULL,
  `notes` text NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `digital_signatures` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NOT NULL,
  `document_id` bigint unsigned NOT NULL,
  `signature_data` text NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invoices` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `property_id` bigint unsigned NULL DEFAULT NULL,
  `tenant_id` bigint unsigned NULL DEFAULT NULL,
  `amount` decimal(10,2) NOT NULL DEFAULT 0,
  `due_date` date NULL DEFAULT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'pending',
  `description` text NULL,
  `accounting_id` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `payments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `amount` decimal(10,2) NOT NULL,
  `payment_date` date NULL DEFAULT NULL,
  `status` varchar(255) NULL DEFAULT NULL,
  `payment_method` varchar(255) NULL DEFAULT NULL,
  `tenant_id` bigint unsigned NULL DEFAULT NULL,
  `invoice_id` bigint unsigned NULL DEFAULT NULL,
  `accounting_id` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tenants` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NULL DEFAULT NULL,
  `first_name` varchar(255) NULL DEFAULT NULL,
  `last_name` varchar(255) NULL DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NULL DEFAULT NULL,
  `phone` varchar(255) NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tenants_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `key_locations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `location_name` varchar(255) NOT NULL,
  `address` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `property_categories` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `property_categories_slug_unique` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `leases` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `property_id` bigint unsigned NOT NULL,
  `tenant_id` bigint unsigned NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `rent_amount` decimal(10,2) NOT NULL,
  `status` varchar(255) NOT NULL,
  `smart_contract_address` varchar(255) NULL DEFAULT NULL,
  `security_deposit` decimal(10,2) NULL DEFAULT NULL,
  `terms` text NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contractors` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(255) NULL DEFAULT NULL,
  `description` text NULL,
  `specialization` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contractors_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `rental_applications` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `property_id` bigint unsigned NULL DEFAULT NULL,
  `tenant_id` bigint unsigned NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'pending',
  `employment_status` varchar(255) NULL DEFAULT NULL,
  `annual_income` decimal(10,2) NULL DEFAULT NULL,
  `monthly_income` decimal(10,2) NULL DEFAULT NULL,
  `application_date` date NULL DEFAULT NULL,
  `desired_move_in_date` date NULL DEFAULT NULL,
  `background_check_status` varchar(255) NULL DEFAULT NULL,
  `credit_report_status` varchar(255) NULL DEFAULT NULL,
  `rental_history_status` varchar(255) NULL DEFAULT NULL,
  `smart_contract_address` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `maintenance_requests` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `status` enum('pending','in_progress','completed') NOT NULL DEFAULT 'pending',
  `requested_date` date NOT NULL,
  `tenant_id` bigint unsigned NOT NULL,
  `property_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `utility_payments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `energy_consumption_id` bigint unsigned NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `payment_date` date NOT NULL,
  `payment_method` varchar(255) NOT NULL,
  `notes` text NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contact_messages` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NULL DEFAULT NULL,
  `email` varchar(255) NULL DEFAULT NULL,
  `phone` varchar(255) NULL DEFAULT NULL,
  `message` text NULL,
  `is_read` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `agent_matches` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NOT NULL,
  `agent_id` bigint unsigned NOT NULL,
  `team_id` bigint unsigned NOT NULL,
  `match_score` decimal(5,2) NOT NULL,
  `expertise_score` decimal(5,2) NULL DEFAULT NULL,
  `performance_score` decimal(5,2) NULL DEFAULT NULL,
  `availability_score` decimal(5,2) NULL DEFAULT NULL,
  `location_score` decimal(5,2) NULL DEFAULT NULL,
  `specialization_score` decimal(5,2) NULL DEFAULT NULL,
  `match_reasons` json NULL,
  `auto_generated` tinyint(1) NOT NULL DEFAULT 1,
  `status` varchar(255) NOT NULL DEFAULT 'pending' COMMENT 'pending, accepted, rejected',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `agent_matches_user_id_agent_id_unique` (`user_id`,`agent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `chat_conversations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NULL DEFAULT NULL,
  `session_id` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'active' COMMENT 'active, escalated, closed',
  `assigned_agent_id` bigint unsigned NULL DEFAULT NULL,
  `escalated_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `chat_conversations_session_id_unique` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `chat_messages` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `conversation_id` bigint unsigned NOT NULL,
  `message` text NOT NULL,
  `sender_type` varchar(255) NOT NULL COMMENT 'user, bot, agent',
  `sender_id` bigint unsigned NULL DEFAULT NULL,
  `metadata` json NULL COMMENT 'Store intent, confidence, etc.',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `chat_messages_conversation_id_index` (`conversation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `viewing_feedbacks` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `appointment_id` bigint unsigned NULL DEFAULT NULL COMMENT 'References appointments primary key',
  `property_id` bigint unsigned NOT NULL,
  `viewer_id` bigint unsigned NULL DEFAULT NULL,
  `viewer_name` varchar(255) NULL DEFAULT NULL,
  `viewer_email` varchar(255) NULL DEFAULT NULL,
  `overall_rating` tinyint NULL DEFAULT NULL COMMENT '1-5 star rating',
  `price_rating` tinyint NULL DEFAULT NULL COMMENT '1-5: represents value for money',
  `condition_rating` tinyint NULL DEFAULT NULL COMMENT '1-5: condition of the property',
  `location_rating` tinyint NULL DEFAULT NULL COMMENT '1-5: location satisfaction',
  `size_rating` tinyint NULL DEFAULT NULL COMMENT '1-5: size satisfaction',
  `positive_comments` text NULL,
  `negative_comments` text NULL,
  `general_comments` text NULL,
  `interest_level` enum('very_interested','interested','neutral','not_interested','definitely_not') NULL DEFAULT NULL,
  `would_make_offer` tinyint(1) NOT NULL DEFAULT 0,
  `offer_price` decimal(12,2) NULL DEFAULT NULL,
  `token` varchar(255) NULL DEFAULT NULL COMMENT 'Used for unauthenticated feedback link',
  `feedback_requested_at` timestamp NULL DEFAULT NULL,
  `feedback_submitted_at` timestamp NULL DEFAULT NULL,
  `team_id` bigint unsigned NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `viewing_feedbacks_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

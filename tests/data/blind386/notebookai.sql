-- Notebook.ai (Indent Labs; worldbuilding notebook for writers, game masters and roleplayers: universes, characters,
-- locations, items, documents, timelines, collaboration, sharing stream, forums, subscriptions)
-- Upstream: github.com/indentlabs/notebook, commit a5adc5903e7ac8750cf395116db5556fb4e0c8a3 (2026-03-21),
-- db/schema.rb (ActiveRecord schema, version 2026_03_09_033957; file last changed in 03d0c6ed). Licence: MIT.
-- Written as MySQL by a small script from schema.rb, column names, order, NULL-ness and defaults as declared; the types
-- ActiveRecord's MySQL adapter issues (string -> varchar(255), text -> text, integer -> int, boolean -> tinyint(1),
-- datetime -> datetime / datetime(6) where precision: 6 is declared, json -> json, float -> float). The schema was
-- dumped from SQLite (its development database), so the implicit `id` is written `int NOT NULL AUTO_INCREMENT` like
-- the integer foreign keys that point at it. Indexes and unique indexes as declared, with their names; the three
-- indexes on text `slug` columns get a (191) prefix; the partial condition of the unique index
-- index_page_collection_submissions_on_editor_pick_position (editor_pick_position IS NOT NULL) is left out.
-- Foreign keys are schema.rb's add_foreign_key lines between kept tables. Tables are utf8mb3 so that the multi-column
-- varchar(255) indexes of attribute_fields fit InnoDB's 3072-byte key limit.
-- Kept 63 of 289 tables. Left out: the 25 further page types (buildings, conditions, continents, countries,
-- creatures, deities, floras, foods, governments, groups, jobs, landmarks, languages, lores, magics, planets, races,
-- religions, scenes, schools, sports, technologies, towns, traditions, vehicles) and their ~190 link tables
-- (character_friends, deity_*, lore_*, town_* ...), books and book_documents, document_analyses, document_categories,
-- document_concepts, document_entities, page_references, page_settings_overrides, the remaining thredded_* tables,
-- attribute/field suggestion tables, basil_field_guidances, active_storage_variant_records.

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `email` varchar(255) NOT NULL,
  `old_password` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `plan_type` varchar(255),
  `stripe_customer_id` varchar(255),
  `email_updates` tinyint(1) DEFAULT 1,
  `selected_billing_plan_id` int,
  `upload_bandwidth_kb` int DEFAULT 50000,
  `secure_code` varchar(255),
  `fluid_preference` tinyint(1),
  `username` varchar(255),
  `forum_administrator` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_at` datetime,
  `site_administrator` tinyint(1) DEFAULT 0,
  `forum_moderator` tinyint(1) DEFAULT 0,
  `bio` varchar(255),
  `favorite_author` varchar(255),
  `favorite_genre` varchar(255),
  `location` varchar(255),
  `age` varchar(255),
  `gender` varchar(255),
  `interests` varchar(255),
  `forums_badge_text` varchar(255),
  `keyboard_shortcuts_preference` tinyint(1),
  `favorite_book` varchar(255),
  `website` varchar(255),
  `inspirations` varchar(255),
  `other_names` varchar(255),
  `favorite_quote` varchar(255),
  `occupation` varchar(255),
  `favorite_page_type` varchar(255),
  `dark_mode_enabled` tinyint(1),
  `notification_updates` tinyint(1) DEFAULT 1,
  `community_features_enabled` tinyint(1) DEFAULT 1,
  `private_profile` tinyint(1) DEFAULT 0,
  `enabled_april_fools` tinyint(1),
  `followers_count` int NOT NULL DEFAULT 0,
  `following_count` int NOT NULL DEFAULT 0,
  `time_zone` varchar(255) NOT NULL DEFAULT 'UTC',
  PRIMARY KEY (`id`),
  KEY `index_users_on_deleted_at_and_username` (`deleted_at`, `username`),
  KEY `index_users_on_deleted_at` (`deleted_at`),
  KEY `index_users_on_followers_count` (`followers_count`),
  KEY `index_users_on_following_count` (`following_count`),
  KEY `index_users_on_id_and_deleted_at` (`id`, `deleted_at`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `billing_plans` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `stripe_plan_id` varchar(255),
  `monthly_cents` int,
  `available` tinyint(1),
  `allows_core_content` tinyint(1),
  `allows_extended_content` tinyint(1),
  `allows_collective_content` tinyint(1),
  `allows_collaboration` tinyint(1),
  `universe_limit` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `bonus_bandwidth_kb` int DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `universes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `history` text,
  `notes` text,
  `private_notes` text,
  `privacy` varchar(255),
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `laws_of_physics` varchar(255),
  `magic_system` varchar(255),
  `technology` varchar(255),
  `genre` varchar(255),
  `deleted_at` datetime,
  `page_type` varchar(255) DEFAULT 'Universe',
  `archived_at` datetime,
  `favorite` tinyint(1) DEFAULT 0,
  `columns_migrated_from_old_style` tinyint(1) DEFAULT 1,
  `cached_word_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_universes_on_deleted_at_and_id` (`deleted_at`, `id`),
  KEY `index_universes_on_deleted_at_and_user_id` (`deleted_at`, `user_id`),
  KEY `index_universes_on_deleted_at` (`deleted_at`),
  KEY `index_universes_on_id_and_deleted_at` (`id`, `deleted_at`),
  KEY `index_universes_on_user_privacy_deleted` (`user_id`, `privacy`, `deleted_at`),
  KEY `index_universes_on_user_updated` (`user_id`, `updated_at`),
  KEY `index_universes_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `folders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT 'New Folder',
  `context` varchar(255) DEFAULT 'Document',
  `parent_folder_id` int,
  `user_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_folders_on_parent_folder_id` (`parent_folder_id`),
  KEY `index_folders_on_user_id_and_context_and_parent_folder_id` (`user_id`, `context`, `parent_folder_id`),
  KEY `index_folders_on_user_id_and_context` (`user_id`, `context`),
  KEY `index_folders_on_user_id` (`user_id`),
  FOREIGN KEY (`parent_folder_id`) REFERENCES `folders` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `characters` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `role` varchar(255),
  `gender` varchar(255),
  `age` varchar(255),
  `height` varchar(255),
  `weight` varchar(255),
  `haircolor` varchar(255),
  `hairstyle` varchar(255),
  `facialhair` varchar(255),
  `eyecolor` varchar(255),
  `race` varchar(255),
  `skintone` varchar(255),
  `bodytype` varchar(255),
  `identmarks` varchar(255),
  `religion` text,
  `politics` text,
  `prejudices` text,
  `occupation` text,
  `pets` text,
  `mannerisms` text,
  `birthday` text,
  `birthplace` text,
  `education` text,
  `background` text,
  `fave_color` varchar(255),
  `fave_food` varchar(255),
  `fave_possession` varchar(255),
  `fave_weapon` varchar(255),
  `fave_animal` varchar(255),
  `notes` text,
  `private_notes` text,
  `user_id` int,
  `universe_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `privacy` varchar(255),
  `archetype` varchar(255),
  `aliases` varchar(255),
  `motivations` varchar(255),
  `flaws` varchar(255),
  `talents` varchar(255),
  `hobbies` varchar(255),
  `personality_type` varchar(255),
  `deleted_at` datetime,
  `page_type` varchar(255) DEFAULT 'Character',
  `archived_at` datetime,
  `favorite` tinyint(1) DEFAULT 0,
  `columns_migrated_from_old_style` tinyint(1) DEFAULT 1,
  `cached_word_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_characters_on_deleted_at_and_id` (`deleted_at`, `id`),
  KEY `index_characters_on_deleted_at_and_universe_id` (`deleted_at`, `universe_id`),
  KEY `index_characters_on_deleted_at_and_user_id` (`deleted_at`, `user_id`),
  KEY `index_characters_on_deleted_at` (`deleted_at`),
  KEY `index_characters_on_id_and_deleted_at` (`id`, `deleted_at`),
  KEY `index_characters_on_universe_id` (`universe_id`),
  KEY `index_characters_on_user_privacy_deleted` (`user_id`, `privacy`, `deleted_at`),
  KEY `index_characters_on_user_id_and_universe_id_and_deleted_at` (`user_id`, `universe_id`, `deleted_at`),
  KEY `index_characters_on_user_updated` (`user_id`, `updated_at`),
  KEY `index_characters_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `locations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type_of` varchar(255),
  `description` text,
  `map` varchar(255),
  `population` varchar(255),
  `language` varchar(255),
  `currency` varchar(255),
  `motto` varchar(255),
  `capital` text,
  `largest_city` text,
  `notable_cities` text,
  `area` text,
  `crops` text,
  `located_at` text,
  `established_year` varchar(255),
  `notable_wars` text,
  `notes` text,
  `private_notes` text,
  `user_id` int,
  `universe_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `privacy` varchar(255) NOT NULL DEFAULT 'private',
  `laws` varchar(255),
  `climate` varchar(255),
  `founding_story` varchar(255),
  `sports` varchar(255),
  `deleted_at` datetime,
  `page_type` varchar(255) DEFAULT 'Location',
  `archived_at` datetime,
  `favorite` tinyint(1) DEFAULT 0,
  `columns_migrated_from_old_style` tinyint(1) DEFAULT 1,
  `cached_word_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_locations_on_deleted_at_and_id` (`deleted_at`, `id`),
  KEY `index_locations_on_deleted_at_and_universe_id` (`deleted_at`, `universe_id`),
  KEY `index_locations_on_deleted_at_and_user_id` (`deleted_at`, `user_id`),
  KEY `index_locations_on_deleted_at` (`deleted_at`),
  KEY `index_locations_on_id_and_deleted_at` (`id`, `deleted_at`),
  KEY `index_locations_on_universe_id` (`universe_id`),
  KEY `index_locations_on_user_privacy_deleted` (`user_id`, `privacy`, `deleted_at`),
  KEY `index_locations_on_user_id_and_universe_id_and_deleted_at` (`user_id`, `universe_id`, `deleted_at`),
  KEY `index_locations_on_user_updated` (`user_id`, `updated_at`),
  KEY `index_locations_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `item_type` varchar(255),
  `description` text,
  `weight` varchar(255),
  `original_owner` varchar(255),
  `current_owner` varchar(255),
  `made_by` text,
  `materials` text,
  `year_made` varchar(255),
  `magic` text,
  `notes` text,
  `private_notes` text,
  `user_id` int,
  `universe_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `privacy` varchar(255) NOT NULL DEFAULT 'private',
  `deleted_at` datetime,
  `page_type` varchar(255) DEFAULT 'Item',
  `archived_at` datetime,
  `favorite` tinyint(1) DEFAULT 0,
  `columns_migrated_from_old_style` tinyint(1) DEFAULT 1,
  `cached_word_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_items_on_deleted_at_and_id` (`deleted_at`, `id`),
  KEY `index_items_on_deleted_at_and_universe_id` (`deleted_at`, `universe_id`),
  KEY `index_items_on_deleted_at_and_user_id` (`deleted_at`, `user_id`),
  KEY `index_items_on_deleted_at` (`deleted_at`),
  KEY `index_items_on_id_and_deleted_at` (`id`, `deleted_at`),
  KEY `index_items_on_universe_id` (`universe_id`),
  KEY `index_items_on_user_privacy_deleted` (`user_id`, `privacy`, `deleted_at`),
  KEY `index_items_on_user_id_and_universe_id_and_deleted_at` (`user_id`, `universe_id`, `deleted_at`),
  KEY `index_items_on_user_updated` (`user_id`, `updated_at`),
  KEY `index_items_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `documents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `body` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `title` varchar(255) DEFAULT 'Untitled document',
  `privacy` varchar(255) DEFAULT 'private',
  `synopsis` text,
  `deleted_at` datetime,
  `universe_id` int,
  `favorite` tinyint(1) DEFAULT 0,
  `notes_text` text,
  `folder_id` int,
  `cached_word_count` int,
  `archived_at` datetime,
  `status` int DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_documents_on_archived_at` (`archived_at`),
  KEY `index_documents_on_deleted_at_and_universe_id_and_user_id` (`deleted_at`, `universe_id`, `user_id`),
  KEY `index_documents_on_deleted_at_and_universe_id` (`deleted_at`, `universe_id`),
  KEY `index_documents_on_folder_id` (`folder_id`),
  KEY `index_documents_on_status` (`status`),
  KEY `index_documents_on_universe_id_and_deleted_at` (`universe_id`, `deleted_at`),
  KEY `index_documents_on_universe_id` (`universe_id`),
  KEY `index_documents_on_user_archived_deleted` (`user_id`, `archived_at`, `deleted_at`),
  KEY `index_documents_on_user_id_and_deleted_at` (`user_id`, `deleted_at`),
  KEY `index_documents_on_user_privacy_deleted` (`user_id`, `privacy`, `deleted_at`),
  KEY `index_documents_on_user_id` (`user_id`),
  FOREIGN KEY (`folder_id`) REFERENCES `folders` (`id`),
  FOREIGN KEY (`universe_id`) REFERENCES `universes` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `document_revisions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `document_id` int NOT NULL,
  `title` varchar(255),
  `body` varchar(255),
  `synopsis` varchar(255),
  `universe_id` int,
  `notes_text` varchar(255),
  `deleted_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `cached_word_count` int,
  PRIMARY KEY (`id`),
  KEY `index_document_revisions_on_document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `contributors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `universe_id` int,
  `email` varchar(255),
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_contributors_on_universe_id` (`universe_id`),
  KEY `index_contributors_on_user_id` (`user_id`),
  FOREIGN KEY (`universe_id`) REFERENCES `universes` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `timelines` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `universe_id` int,
  `user_id` int NOT NULL,
  `page_type` varchar(255) DEFAULT 'Timeline',
  `deleted_at` datetime,
  `archived_at` datetime,
  `privacy` varchar(255) DEFAULT 'private',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `description` varchar(255),
  `subtitle` varchar(255),
  `notes` varchar(255),
  `private_notes` varchar(255),
  `favorite` tinyint(1) DEFAULT 0,
  `cached_word_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_timelines_on_universe_id` (`universe_id`),
  KEY `index_timelines_on_user_privacy_deleted` (`user_id`, `privacy`, `deleted_at`),
  KEY `index_timelines_on_user_id` (`user_id`),
  FOREIGN KEY (`universe_id`) REFERENCES `universes` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `timeline_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timeline_id` int NOT NULL,
  `time_label` varchar(255),
  `title` varchar(255),
  `description` varchar(255),
  `notes` varchar(255),
  `position` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime,
  `event_type` varchar(255) DEFAULT 'general',
  `importance_level` varchar(255) DEFAULT 'minor',
  `end_time_label` varchar(255),
  `status` varchar(255) DEFAULT 'completed',
  `private_notes` text,
  `cached_word_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_timeline_events_on_event_type` (`event_type`),
  KEY `index_timeline_events_on_importance_level` (`importance_level`),
  KEY `index_timeline_events_on_status` (`status`),
  KEY `index_timeline_events_on_timeline_id` (`timeline_id`),
  FOREIGN KEY (`timeline_id`) REFERENCES `timelines` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `timeline_event_entities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `entity_type` varchar(255) NOT NULL,
  `entity_id` int NOT NULL,
  `timeline_event_id` int NOT NULL,
  `notes` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_timeline_event_entities_on_entity_type_and_entity_id` (`entity_type`, `entity_id`),
  KEY `index_timeline_event_entities_on_timeline_event_id` (`timeline_event_id`),
  FOREIGN KEY (`timeline_event_id`) REFERENCES `timeline_events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `content_pages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(255),
  `user_id` int,
  `universe_id` int,
  `deleted_at` datetime,
  `privacy` varchar(255),
  `page_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `archived_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_content_pages_on_universe_id` (`universe_id`),
  KEY `index_content_pages_on_user_id` (`user_id`),
  FOREIGN KEY (`universe_id`) REFERENCES `universes` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `api_keys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `key` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_api_keys_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `application_integrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `name` varchar(255),
  `description` varchar(255),
  `organization_name` varchar(255),
  `organization_url` varchar(255),
  `website_url` varchar(255),
  `privacy_policy_url` varchar(255),
  `token` varchar(255),
  `last_used_at` datetime,
  `authorization_callback_url` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `event_ping_url` varchar(255),
  `application_token` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_application_integrations_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `integration_authorizations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `application_integration_id` int NOT NULL,
  `referral_url` varchar(255),
  `ip_address` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `origin` varchar(255),
  `content_type` varchar(255),
  `user_agent` varchar(255),
  `user_token` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_integration_authorizations_on_application_integration_id` (`application_integration_id`),
  KEY `index_integration_authorizations_on_user_id` (`user_id`),
  FOREIGN KEY (`application_integration_id`) REFERENCES `application_integrations` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `api_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `application_integration_id` int,
  `integration_authorization_id` int,
  `result` varchar(255),
  `updates_used` int DEFAULT 0,
  `ip_address` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_api_requests_on_application_integration_id` (`application_integration_id`),
  KEY `index_api_requests_on_integration_authorization_id` (`integration_authorization_id`),
  FOREIGN KEY (`application_integration_id`) REFERENCES `application_integrations` (`id`),
  FOREIGN KEY (`integration_authorization_id`) REFERENCES `integration_authorizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `billing_plan_id` int,
  `start_date` datetime,
  `end_date` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_subscriptions_on_billing_plan_id` (`billing_plan_id`),
  KEY `index_subscriptions_on_user_id_and_start_date_and_end_date` (`user_id`, `start_date`, `end_date`),
  KEY `index_subscriptions_on_user_id` (`user_id`),
  FOREIGN KEY (`billing_plan_id`) REFERENCES `billing_plans` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `page_unlock_promo_codes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `page_types` varchar(255),
  `uses_remaining` int,
  `days_active` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `internal_description` varchar(255),
  `description` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `paypal_invoices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `paypal_id` varchar(255),
  `status` varchar(255),
  `user_id` int NOT NULL,
  `months` int,
  `amount_cents` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `page_unlock_promo_code_id` int,
  `approval_url` varchar(255),
  `payer_id` varchar(255),
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_paypal_invoices_on_page_unlock_promo_code_id` (`page_unlock_promo_code_id`),
  KEY `index_paypal_invoices_on_user_id` (`user_id`),
  FOREIGN KEY (`page_unlock_promo_code_id`) REFERENCES `page_unlock_promo_codes` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `promotions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `page_unlock_promo_code_id` int,
  `expires_at` datetime,
  `content_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_promotions_on_page_unlock_promo_code_id` (`page_unlock_promo_code_id`),
  KEY `index_promotions_on_user_id_and_expires_at` (`user_id`, `expires_at`),
  KEY `index_promotions_on_user_id` (`user_id`),
  FOREIGN KEY (`page_unlock_promo_code_id`) REFERENCES `page_unlock_promo_codes` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `stripe_event_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` varchar(255),
  `event_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `referral_codes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `code` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_referral_codes_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `referrals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `referrer_id` int,
  `referred_id` int,
  `associated_code_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `raffle_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_raffle_entries_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `user_followings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `followed_user_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_user_followings_on_deleted_at` (`deleted_at`),
  KEY `index_user_followings_on_followed_and_user` (`followed_user_id`, `user_id`),
  KEY `index_user_followings_on_followed_user_id` (`followed_user_id`),
  KEY `index_user_followings_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `user_blockings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `blocked_user_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_user_blockings_on_blocked_and_user` (`blocked_user_id`, `user_id`),
  KEY `index_user_blockings_on_blocked_user_id` (`blocked_user_id`),
  KEY `index_user_blockings_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `content_page_shares` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `content_page_type` varchar(255),
  `content_page_id` int,
  `shared_at` datetime,
  `privacy` varchar(255),
  `message` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime,
  `secondary_content_page_type` varchar(255),
  `secondary_content_page_id` int,
  PRIMARY KEY (`id`),
  KEY `cps_index` (`content_page_type`, `content_page_id`),
  KEY `index_secondary_content_page_share` (`secondary_content_page_type`, `secondary_content_page_id`),
  KEY `index_content_page_shares_on_user_created_privacy` (`user_id`, `created_at`, `privacy`),
  KEY `index_content_page_shares_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `share_comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `content_page_share_id` int NOT NULL,
  `message` varchar(255),
  `deleted_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_share_comments_on_content_page_share_id` (`content_page_share_id`),
  KEY `index_share_comments_on_user_id` (`user_id`),
  FOREIGN KEY (`content_page_share_id`) REFERENCES `content_page_shares` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `content_page_share_reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_page_share_id` int NOT NULL,
  `user_id` int NOT NULL,
  `approved_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_content_page_share_reports_on_content_page_share_id` (`content_page_share_id`),
  KEY `index_content_page_share_reports_on_user_id` (`user_id`),
  FOREIGN KEY (`content_page_share_id`) REFERENCES `content_page_shares` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `content_page_share_followings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_page_share_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_content_page_share_followings_on_content_page_share_id` (`content_page_share_id`),
  KEY `index_content_page_share_followings_on_user_id` (`user_id`),
  FOREIGN KEY (`content_page_share_id`) REFERENCES `content_page_shares` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `message_html` varchar(255),
  `icon` varchar(255) DEFAULT 'notifications_active',
  `happened_at` datetime,
  `viewed_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `icon_color` varchar(255) DEFAULT 'blue',
  `passthrough_link` varchar(255),
  `reference_code` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_notifications_on_created_at` (`created_at`),
  KEY `index_notifications_on_passthrough_link` (`passthrough_link`),
  KEY `index_notifications_on_reference_code` (`reference_code`),
  KEY `index_notifications_on_user_id` (`user_id`),
  KEY `index_notifications_on_viewed_at` (`viewed_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `notice_dismissals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `notice_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_notice_dismissals_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `votables` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(255),
  `icon` varchar(255),
  `link` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `votes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `votable_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_votes_on_user_id` (`user_id`),
  KEY `index_votes_on_votable_id` (`votable_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`votable_id`) REFERENCES `votables` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `image_uploads` (
  `id` int NOT NULL AUTO_INCREMENT,
  `privacy` varchar(255),
  `user_id` int,
  `content_type` varchar(255),
  `content_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `src` varchar(255),
  `pinned` tinyint(1) DEFAULT 0,
  `src_file_name` varchar(255),
  `src_content_type` varchar(255),
  `src_file_size` int,
  `src_updated_at` datetime,
  `position` int,
  PRIMARY KEY (`id`),
  KEY `index_image_uploads_on_content_pinned` (`content_type`, `content_id`, `pinned`),
  KEY `index_image_uploads_on_content_type_and_content_id_and_position` (`content_type`, `content_id`, `position`),
  KEY `index_image_uploads_on_content_type_and_content_id` (`content_type`, `content_id`),
  KEY `index_image_uploads_on_user_content_type_id` (`user_id`, `content_type`, `content_id`),
  KEY `index_image_uploads_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `word_count_updates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `entity_type` varchar(255) NOT NULL,
  `entity_id` int NOT NULL,
  `word_count` int,
  `for_date` date,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_word_count_updates_unique_entity_date` (`entity_type`, `entity_id`, `for_date`),
  KEY `index_word_count_updates_on_entity_type_and_entity_id` (`entity_type`, `entity_id`),
  KEY `idx_word_count_user_date` (`user_id`, `for_date`),
  KEY `index_word_count_updates_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `writing_goals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `title` varchar(255) NOT NULL,
  `target_word_count` int NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `active` tinyint(1) DEFAULT 1,
  `completed_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_writing_goals_on_user_id_and_active` (`user_id`, `active`),
  KEY `index_writing_goals_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `attribute_categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `entity_type` varchar(255),
  `name` varchar(255) NOT NULL,
  `label` varchar(255) NOT NULL,
  `icon` varchar(255),
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `hidden` tinyint(1) DEFAULT 0,
  `deleted_at` datetime,
  `position` int,
  PRIMARY KEY (`id`),
  KEY `index_attribute_categories_on_entity_type_and_name_and_user_id` (`entity_type`, `name`, `user_id`),
  KEY `index_attribute_categories_on_entity_type` (`entity_type`),
  KEY `index_attribute_categories_on_name` (`name`),
  KEY `index_attribute_categories_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `attribute_fields` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `attribute_category_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `label` varchar(255) NOT NULL,
  `field_type` varchar(255) NOT NULL,
  `description` text,
  `privacy` varchar(255) NOT NULL DEFAULT 'public',
  `created_at` datetime,
  `updated_at` datetime,
  `hidden` tinyint(1) DEFAULT 0,
  `deleted_at` datetime,
  `old_column_source` varchar(255),
  `position` int,
  `field_options` json,
  `migrated_from_legacy` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_attribute_fields_on_attribute_category_id_and_deleted_at` (`attribute_category_id`, `deleted_at`),
  KEY `attribute_fields_aci_label_ocs_ft` (`attribute_category_id`, `label`, `old_column_source`, `field_type`),
  KEY `attribute_fields_aci_label_ocs_ui_ft` (`attribute_category_id`, `label`, `old_column_source`, `user_id`, `field_type`),
  KEY `attribute_fields_aci_ocs_ui_ft` (`attribute_category_id`, `old_column_source`, `user_id`, `field_type`),
  KEY `deleted_at__attribute_category_id` (`deleted_at`, `attribute_category_id`),
  KEY `index_attribute_fields_on_deleted_at_and_name` (`deleted_at`, `name`),
  KEY `index_attribute_fields_on_deleted_at_and_position` (`deleted_at`, `position`),
  KEY `attribute_fields_da_ui_aci_l_h` (`deleted_at`, `user_id`, `attribute_category_id`, `label`, `hidden`),
  KEY `special_field_type_index` (`user_id`, `attribute_category_id`, `field_type`, `deleted_at`),
  KEY `field_lookup_by_label_index` (`user_id`, `attribute_category_id`, `label`, `hidden`, `deleted_at`),
  KEY `temporary_migration_lookup_with_deleted_index` (`user_id`, `attribute_category_id`, `label`, `old_column_source`, `field_type`, `deleted_at`),
  KEY `temporary_migration_lookup_index` (`user_id`, `attribute_category_id`, `label`, `old_column_source`, `field_type`),
  KEY `index_attribute_fields_on_user_id_and_attribute_category_id` (`user_id`, `attribute_category_id`),
  KEY `index_attribute_fields_on_user_id_and_field_type` (`user_id`, `field_type`),
  KEY `index_attribute_fields_on_user_id_and_name` (`user_id`, `name`),
  KEY `index_attribute_fields_on_user_id_and_old_column_source` (`user_id`, `old_column_source`),
  KEY `index_attribute_fields_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `attributes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `attribute_field_id` int,
  `entity_type` varchar(255) NOT NULL,
  `entity_id` int NOT NULL,
  `value` text,
  `privacy` varchar(255) NOT NULL DEFAULT 'private',
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `word_count_cache` int,
  PRIMARY KEY (`id`),
  KEY `attributes_afi_deleted_at_entity_id_entity_type` (`attribute_field_id`, `deleted_at`, `entity_id`, `entity_type`),
  KEY `index_attributes_on_attribute_field_id_and_deleted_at` (`attribute_field_id`, `deleted_at`),
  KEY `attributes_afi_ui_et_ei_da` (`attribute_field_id`, `user_id`, `entity_type`, `entity_id`, `deleted_at`),
  KEY `deleted_at__attribute_field_id__entity_type_and_id` (`deleted_at`, `attribute_field_id`, `entity_type`, `entity_id`),
  KEY `all_the_export_fields_with_sort` (`deleted_at`, `user_id`, `attribute_field_id`, `entity_type`, `entity_id`, `id`),
  KEY `all_the_export_fields` (`deleted_at`, `user_id`, `attribute_field_id`, `entity_type`, `entity_id`),
  KEY `index_attributes_on_entity_type_and_entity_id` (`entity_type`, `entity_id`),
  KEY `index_attributes_on_user_id_and_attribute_field_id` (`user_id`, `attribute_field_id`),
  KEY `index_attributes_on_user_id_and_deleted_at` (`user_id`, `deleted_at`),
  KEY `index_attributes_on_user_id_and_entity_type_and_entity_id` (`user_id`, `entity_type`, `entity_id`),
  KEY `index_attributes_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `page_collections` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `subtitle` varchar(255),
  `user_id` int NOT NULL,
  `privacy` varchar(255),
  `page_types` varchar(255),
  `color` varchar(255),
  `cover_image` varchar(255),
  `auto_accept` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `description` varchar(255),
  `allow_submissions` tinyint(1) DEFAULT 0,
  `slug` varchar(255),
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_page_collections_on_user_updated` (`user_id`, `updated_at`),
  KEY `index_page_collections_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `page_collection_submissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_type` varchar(255) NOT NULL,
  `content_id` int NOT NULL,
  `user_id` int NOT NULL,
  `accepted_at` datetime,
  `submitted_at` datetime,
  `page_collection_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `explanation` varchar(255),
  `cached_content_name` varchar(255),
  `deleted_at` datetime,
  `editor_pick_position` int,
  PRIMARY KEY (`id`),
  KEY `polycontent_collection_index` (`content_type`, `content_id`),
  UNIQUE KEY `index_page_collection_submissions_on_editor_pick_position` (`page_collection_id`, `editor_pick_position`),
  KEY `index_page_collection_submissions_on_page_collection_id` (`page_collection_id`),
  KEY `index_page_collection_submissions_on_user_accepted` (`user_id`, `accepted_at`),
  KEY `index_page_collection_submissions_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `page_tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `page_type` varchar(255),
  `page_id` int,
  `tag` varchar(255),
  `slug` varchar(255),
  `color` varchar(255),
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_page_tags_on_page_type_and_page_id` (`page_type`, `page_id`),
  KEY `index_page_tags_on_user_id_and_page_type` (`user_id`, `page_type`),
  KEY `index_page_tags_on_user_and_slug` (`user_id`, `slug`),
  KEY `index_page_tags_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `content_change_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `changed_fields` text,
  `content_id` int,
  `content_type` varchar(255),
  `action` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_content_change_events_on_content_id_and_content_type` (`content_id`, `content_type`),
  KEY `index_cce_on_user_content_type_content_id` (`user_id`, `content_type`, `content_id`),
  KEY `index_content_change_events_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `basil_commissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `entity_type` varchar(255),
  `entity_id` int,
  `prompt` varchar(255),
  `job_id` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `completed_at` datetime,
  `style` varchar(255),
  `final_settings` json,
  `cached_seconds_taken` float,
  `s3_bucket` varchar(255) DEFAULT 'basil-commissions',
  `saved_at` datetime,
  `deleted_at` datetime,
  `basil_version` int DEFAULT 2,
  `pinned` tinyint(1) DEFAULT 0,
  `position` int,
  PRIMARY KEY (`id`),
  KEY `index_basil_commissions_on_entity_pinned` (`entity_type`, `entity_id`, `pinned`),
  KEY `index_basil_commissions_on_entity_position` (`entity_type`, `entity_id`, `position`),
  KEY `basil_commissions_ees` (`entity_type`, `entity_id`, `saved_at`),
  KEY `basil_commissions_ees2` (`entity_type`, `entity_id`, `style`),
  KEY `basil_commissions_ee` (`entity_type`, `entity_id`),
  KEY `index_basil_commissions_on_entity` (`entity_type`, `entity_id`),
  KEY `index_basil_commissions_on_job_id` (`job_id`),
  KEY `basil_commissions_uees` (`user_id`, `entity_type`, `entity_id`, `saved_at`),
  KEY `basil_commissions_uees2` (`user_id`, `entity_type`, `entity_id`, `style`),
  KEY `basil_commissions_uee` (`user_id`, `entity_type`, `entity_id`),
  KEY `index_basil_commissions_on_user_and_saved` (`user_id`, `saved_at`),
  KEY `index_basil_commissions_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `basil_feedbacks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `basil_commission_id` int NOT NULL,
  `user_id` int NOT NULL,
  `score_adjustment` int DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_basil_feedbacks_on_basil_commission_id` (`basil_commission_id`),
  KEY `index_basil_feedbacks_on_user_id` (`user_id`),
  FOREIGN KEY (`basil_commission_id`) REFERENCES `basil_commissions` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `user_content_type_activators` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `content_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_user_content_type_activators_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `thredded_messageboards` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `slug` text,
  `description` text,
  `topics_count` int DEFAULT 0,
  `posts_count` int DEFAULT 0,
  `position` int NOT NULL,
  `last_topic_id` int,
  `messageboard_group_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_thredded_messageboards_on_messageboard_group_id` (`messageboard_group_id`),
  KEY `index_thredded_messageboards_on_slug` (`slug`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `thredded_topics` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `last_user_id` int,
  `title` text NOT NULL,
  `slug` text NOT NULL,
  `messageboard_id` int NOT NULL,
  `posts_count` int NOT NULL DEFAULT 0,
  `sticky` tinyint(1) NOT NULL DEFAULT 0,
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  `hash_id` varchar(20) NOT NULL,
  `moderation_state` int NOT NULL,
  `last_post_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_thredded_topics_on_deleted_at_and_messageboard_id` (`deleted_at`, `messageboard_id`),
  KEY `index_thredded_topics_on_deleted_at_and_user_id` (`deleted_at`, `user_id`),
  KEY `index_thredded_topics_on_deleted_at` (`deleted_at`),
  KEY `index_thredded_topics_on_hash_id` (`hash_id`),
  KEY `index_thredded_topics_on_last_post_at` (`last_post_at`),
  KEY `index_thredded_topics_on_messageboard_id` (`messageboard_id`),
  KEY `index_thredded_topics_for_display` (`moderation_state`, `sticky`, `updated_at`),
  UNIQUE KEY `index_thredded_topics_on_slug` (`slug`(191)),
  KEY `index_thredded_topics_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `thredded_posts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `content` text,
  `source` varchar(191) DEFAULT 'web',
  `postable_id` int NOT NULL,
  `messageboard_id` int NOT NULL,
  `moderation_state` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_thredded_posts_on_created_at_and_postable_id` (`created_at`, `postable_id`),
  KEY `index_thredded_posts_on_created_at` (`created_at`),
  KEY `index_thredded_posts_on_deleted_at_and_messageboard_id` (`deleted_at`, `messageboard_id`),
  KEY `index_thredded_posts_on_deleted_at_and_postable_id` (`deleted_at`, `postable_id`),
  KEY `index_thredded_posts_on_deleted_at_and_user_id` (`deleted_at`, `user_id`),
  KEY `index_thredded_posts_on_deleted_at` (`deleted_at`),
  KEY `index_thredded_posts_on_id_and_deleted_at` (`id`, `deleted_at`),
  KEY `index_thredded_posts_on_messageboard_id` (`messageboard_id`),
  KEY `index_thredded_posts_for_display` (`moderation_state`, `updated_at`),
  KEY `index_thredded_posts_on_postable_id` (`postable_id`),
  KEY `index_thredded_posts_on_postable_id_and_postable_type` (`postable_id`),
  KEY `index_thredded_posts_on_user_created_moderation` (`user_id`, `created_at`, `moderation_state`),
  KEY `index_thredded_posts_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `thredded_private_topics` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `last_user_id` int,
  `title` text NOT NULL,
  `slug` text NOT NULL,
  `posts_count` int DEFAULT 0,
  `hash_id` varchar(20) NOT NULL,
  `last_post_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_thredded_private_topics_on_hash_id` (`hash_id`),
  KEY `index_thredded_private_topics_on_last_post_at` (`last_post_at`),
  KEY `index_thredded_private_topics_on_slug` (`slug`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `thredded_private_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `private_topic_id` int,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_thredded_private_users_on_private_topic_id` (`private_topic_id`),
  KEY `index_thredded_private_users_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `thredded_private_posts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `content` text,
  `postable_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_thredded_private_posts_on_postable_id_and_created_at` (`postable_id`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `thredded_user_details` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `latest_activity_at` datetime,
  `posts_count` int DEFAULT 0,
  `topics_count` int DEFAULT 0,
  `last_seen_at` datetime,
  `moderation_state` int NOT NULL DEFAULT 1,
  `moderation_state_changed_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_thredded_user_details_on_latest_activity_at` (`latest_activity_at`),
  KEY `index_thredded_user_details_for_moderations` (`moderation_state`, `moderation_state_changed_at`),
  UNIQUE KEY `index_thredded_user_details_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `thredded_post_moderation_records` (
  `id` int NOT NULL AUTO_INCREMENT,
  `post_id` int,
  `messageboard_id` int,
  `post_content` text,
  `post_user_id` int,
  `post_user_name` text,
  `moderator_id` int,
  `moderation_state` int NOT NULL,
  `previous_moderation_state` int NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_thredded_moderation_records_for_display` (`messageboard_id`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `delayed_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL DEFAULT 0,
  `attempts` int NOT NULL DEFAULT 0,
  `handler` text NOT NULL,
  `last_error` text,
  `run_at` datetime,
  `locked_at` datetime,
  `failed_at` datetime,
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `delayed_jobs_priority` (`priority`, `run_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `friendly_id_slugs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slug` varchar(255) NOT NULL,
  `sluggable_id` int NOT NULL,
  `sluggable_type` varchar(50),
  `scope` varchar(255),
  `created_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_friendly_id_slugs_on_slug_and_sluggable_type_and_scope` (`slug`, `sluggable_type`, `scope`),
  KEY `index_friendly_id_slugs_on_slug_and_sluggable_type` (`slug`, `sluggable_type`),
  KEY `index_friendly_id_slugs_on_sluggable_id` (`sluggable_id`),
  KEY `index_friendly_id_slugs_on_sluggable_type` (`sluggable_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `sessions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `end_of_day_analytics_reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `day` date,
  `user_signups` int,
  `new_monthly_subscriptions` int,
  `ended_monthly_subscriptions` int,
  `new_trimonthly_subscriptions` int,
  `ended_trimonthly_subscriptions` int,
  `new_annual_subscriptions` int,
  `ended_annual_subscriptions` int,
  `paid_paypal_invoices` int,
  `buildings_created` int,
  `characters_created` int,
  `conditions_created` int,
  `continents_created` int,
  `countries_created` int,
  `creatures_created` int,
  `deities_created` int,
  `floras_created` int,
  `foods_created` int,
  `governments_created` int,
  `groups_created` int,
  `items_created` int,
  `jobs_created` int,
  `landmarks_created` int,
  `languages_created` int,
  `locations_created` int,
  `lores_created` int,
  `magics_created` int,
  `planets_created` int,
  `races_created` int,
  `religions_created` int,
  `scenes_created` int,
  `schools_created` int,
  `sports_created` int,
  `technologies_created` int,
  `towns_created` int,
  `traditions_created` int,
  `universes_created` int,
  `vehicles_created` int,
  `documents_created` int,
  `documents_edited` int,
  `timelines_created` int,
  `stream_shares_created` int,
  `stream_comments` int,
  `collections_created` int,
  `collection_submissions_created` int,
  `thredded_threads_created` int,
  `thredded_replies_created` int,
  `thredded_private_messages_created` int,
  `thredded_private_replies_created` int,
  `document_analyses_created` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `document_revisions_created` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `active_storage_blobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `byte_size` int NOT NULL,
  `checksum` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `active_storage_attachments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` int NOT NULL,
  `blob_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

-- World Cube Association website (thewca/worldcubeassociation.org) db/schema.rb at commit
-- cfd99d6175c2af7cb671b508f1fdd7821befcd89 (GPL-3.0): 45 of its 122 tables, the Rails schema written as MySQL DDL
-- (column names, order and types as schema.rb has them; indexes and the foreign keys between kept tables kept).

CREATE TABLE `countries` (
  `id` varchar(50) NOT NULL DEFAULT '',
  `continent_id` varchar(50) NOT NULL DEFAULT '',
  `iso2` varchar(2),
  `name` varchar(50) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `fk_continents` (`continent_id`),
  UNIQUE KEY `iso2` (`iso2`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `events` (
  `id` varchar(6) NOT NULL DEFAULT '',
  `format` varchar(10) NOT NULL DEFAULT '',
  `name` varchar(54) NOT NULL DEFAULT '',
  `rank` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `formats` (
  `id` varchar(1) NOT NULL DEFAULT '',
  `expected_solve_count` int NOT NULL,
  `name` varchar(50) NOT NULL DEFAULT '',
  `sort_by` varchar(255) NOT NULL,
  `sort_by_second` varchar(255) NOT NULL,
  `trim_fastest_n` int NOT NULL,
  `trim_slowest_n` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `round_types` (
  `id` varchar(1) NOT NULL DEFAULT '',
  `cell_name` varchar(45) NOT NULL DEFAULT '',
  `final` tinyint(1) NOT NULL,
  `name` varchar(50) NOT NULL DEFAULT '',
  `rank` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `competitions` (
  `id` varchar(32) NOT NULL DEFAULT '',
  `allow_registration_edits` tinyint(1) NOT NULL DEFAULT '0',
  `allow_registration_without_qualification` tinyint(1) DEFAULT '0',
  `announced_at` datetime,
  `announced_by` int,
  `auto_accept_disable_threshold` int,
  `auto_accept_preference` int NOT NULL DEFAULT '0',
  `auto_close_threshold` int,
  `base_entry_fee_lowest_denomination` int,
  `cancelled_at` datetime,
  `cancelled_by` int,
  `cell_name` varchar(45) NOT NULL DEFAULT '',
  `city_name` varchar(50) NOT NULL DEFAULT '',
  `competition_series_id` int,
  `competitor_can_cancel` int NOT NULL DEFAULT '0',
  `competitor_limit` int,
  `competitor_limit_enabled` tinyint(1),
  `competitor_limit_reason` text,
  `confirmed_at` datetime,
  `connected_stripe_account_id` varchar(255),
  `contact` varchar(255),
  `country_id` varchar(50) NOT NULL DEFAULT '',
  `created_at` datetime,
  `currency_code` varchar(255) DEFAULT 'USD',
  `early_puzzle_submission` tinyint(1),
  `early_puzzle_submission_reason` text,
  `enable_donations` tinyint(1),
  `end_date` date,
  `event_change_deadline_date` datetime,
  `event_restrictions` tinyint(1),
  `event_restrictions_reason` text,
  `events_per_registration_limit` int,
  `external_registration_page` varchar(200),
  `external_website` varchar(200),
  `extra_registration_requirements` text,
  `forbid_newcomers` tinyint(1) NOT NULL DEFAULT '0',
  `forbid_newcomers_reason` varchar(255),
  `force_comment_in_registration` tinyint(1),
  `generate_website` tinyint(1),
  `guest_entry_status` int NOT NULL DEFAULT '0',
  `guests_enabled` tinyint(1) NOT NULL DEFAULT '1',
  `guests_entry_fee_lowest_denomination` int,
  `guests_per_registration_limit` int,
  `information` mediumtext,
  `latitude` int,
  `lead_delegate_id` bigint,
  `longitude` int,
  `main_event_id` varchar(255),
  `name` varchar(50) NOT NULL DEFAULT '',
  `name_reason` varchar(255),
  `newcomer_month_reserved_spots` int,
  `on_the_spot_entry_fee_lowest_denomination` int,
  `on_the_spot_registration` tinyint(1),
  `posting_by` int,
  `qualification_results` tinyint(1),
  `qualification_results_reason` text,
  `refund_policy_limit_date` datetime,
  `refund_policy_percent` int,
  `registration_close` datetime,
  `registration_open` datetime,
  `registration_reminder_sent_at` datetime,
  `remarks` text,
  `results_nag_sent_at` datetime,
  `results_posted_at` datetime,
  `results_posted_by` int,
  `results_submitted_at` datetime,
  `scoretaking_software` int NOT NULL DEFAULT '0',
  `show_at_all` tinyint(1) NOT NULL DEFAULT '0',
  `start_date` date,
  `updated_at` datetime,
  `use_wca_registration` tinyint(1) NOT NULL DEFAULT '1',
  `venue` varchar(240) NOT NULL DEFAULT '',
  `venue_address` varchar(255),
  `venue_details` varchar(255),
  `waiting_list_deadline_date` datetime,
  PRIMARY KEY (`id`),
  KEY `index_competitions_on_cancelled_at` (`cancelled_at`),
  KEY `index_Competitions_on_countryId` (`country_id`),
  KEY `index_competitions_on_end_date` (`end_date`),
  KEY `index_competitions_on_lead_delegate_id` (`lead_delegate_id`),
  KEY `index_competitions_on_start_date` (`start_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `competition_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `competition_id` varchar(255) NOT NULL,
  `event_id` varchar(255) NOT NULL,
  `fee_lowest_denomination` int NOT NULL DEFAULT '0',
  `qualification` text,
  `qualification_condition` json,
  `qualification_latest_date` date,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_competition_events_on_competition_id_and_event_id` (`competition_id`, `event_id`),
  KEY `fk_rails_ba6cfdafb1` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `rounds` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `advancement_condition` text,
  `competition_event_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `cutoff` text,
  `format_id` varchar(255) NOT NULL,
  `is_h2h_mock` tinyint(1) NOT NULL DEFAULT '0',
  `linked_round_id` bigint,
  `number` int NOT NULL,
  `old_type` varchar(1),
  `participation_condition` json,
  `participation_source_id` bigint,
  `participation_source_type` varchar(255),
  `round_results` mediumtext,
  `scramble_set_count` int NOT NULL DEFAULT '1',
  `time_limit` text,
  `total_number_of_rounds` int NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_rounds_on_competition_event_id_and_number` (`competition_event_id`, `number`),
  KEY `index_rounds_on_linked_round_id` (`linked_round_id`),
  FOREIGN KEY (`competition_event_id`) REFERENCES `competition_events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `competition_notifications_enabled` tinyint(1),
  `confirmation_sent_at` datetime,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `consumed_timestep` int,
  `cookies_acknowledged` tinyint(1) NOT NULL DEFAULT '0',
  `country_iso2` varchar(255),
  `created_at` datetime,
  `current_avatar_id` bigint,
  `current_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `delegate_id_to_handle_wca_id_claim` int,
  `delegate_reports_region_id` varchar(255),
  `delegate_reports_region_type` varchar(255),
  `dob` date,
  `dummy_account` tinyint(1) NOT NULL DEFAULT '0',
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `gender` varchar(255),
  `last_sign_in_at` datetime,
  `last_sign_in_ip` varchar(255),
  `name` varchar(255),
  `otp_backup_codes` text,
  `otp_required_for_login` tinyint(1) DEFAULT '0',
  `otp_secret` varchar(255),
  `pending_avatar_id` bigint,
  `preferred_locale` varchar(255),
  `receive_delegate_reports` tinyint(1) NOT NULL DEFAULT '0',
  `receive_developer_mails` tinyint(1) NOT NULL DEFAULT '0',
  `registration_notifications_enabled` tinyint(1) DEFAULT '0',
  `remember_created_at` datetime,
  `reset_password_sent_at` datetime,
  `reset_password_token` varchar(255),
  `results_notifications_enabled` tinyint(1) DEFAULT '0',
  `session_validity_token` varchar(255),
  `sign_in_count` int NOT NULL DEFAULT '0',
  `unconfirmed_email` varchar(255),
  `unconfirmed_wca_id` varchar(255),
  `updated_at` datetime,
  `wca_id` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_users_on_delegate_id_to_handle_wca_id_claim` (`delegate_id_to_handle_wca_id_claim`),
  KEY `index_users_on_delegate_reports_region` (`delegate_reports_region_type`, `delegate_reports_region_id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_wca_id` (`wca_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `persons` (
  `id` int NOT NULL AUTO_INCREMENT,
  `comments` varchar(40) NOT NULL DEFAULT '',
  `country_id` varchar(50) NOT NULL DEFAULT '',
  `dob` date,
  `gender` varchar(1) DEFAULT '',
  `incorrect_wca_id_claim_count` int NOT NULL DEFAULT '0',
  `name` varchar(80),
  `sub_id` tinyint NOT NULL DEFAULT '1',
  `wca_id` varchar(10) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `Persons_fk_country` (`country_id`),
  KEY `Persons_name` (`name`),
  FULLTEXT KEY `index_persons_on_name` (`name`),
  KEY `current_person_ranks_speedup` (`sub_id`),
  UNIQUE KEY `index_Persons_on_wca_id_and_subId` (`wca_id`, `sub_id`),
  KEY `index_persons_on_wca_id` (`wca_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_avatars` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `approved_at` datetime,
  `approved_by` int,
  `backend` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `filename` varchar(255),
  `revocation_reason` text,
  `revoked_at` datetime,
  `revoked_by` int,
  `status` varchar(255),
  `thumbnail_crop_h` int,
  `thumbnail_crop_w` int,
  `thumbnail_crop_x` int,
  `thumbnail_crop_y` int,
  `updated_at` datetime(6) NOT NULL,
  `user_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_user_avatars_on_status` (`status`),
  KEY `index_user_avatars_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `group_type` varchar(255) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  `metadata_id` bigint,
  `metadata_type` varchar(255),
  `name` varchar(255) NOT NULL,
  `parent_group_id` bigint,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_user_groups_on_parent_group_id` (`parent_group_id`),
  FOREIGN KEY (`parent_group_id`) REFERENCES `user_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `end_date` date,
  `group_id` bigint NOT NULL,
  `metadata_id` bigint,
  `metadata_type` varchar(255),
  `start_date` date NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_user_roles_on_group_id` (`group_id`),
  KEY `index_user_roles_on_user_id` (`user_id`),
  FOREIGN KEY (`group_id`) REFERENCES `user_groups` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roles_metadata_delegate_regions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `first_delegated` date,
  `last_delegated` date,
  `lead_delegated` int,
  `location` varchar(255),
  `status` varchar(255),
  `total_delegated` int,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roles_metadata_banned_competitors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ban_reason` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `scope` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `locations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `latitude_microdegrees` int,
  `longitude_microdegrees` int,
  `notification_radius_km` int,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_preferred_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` varchar(255),
  `user_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_preferred_events_on_user_id_and_event_id` (`user_id`, `event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `bookmarked_competitions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `competition_id` varchar(255) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_bookmarked_competitions_on_competition_id` (`competition_id`),
  KEY `index_bookmarked_competitions_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `inbox_persons` (
  `competition_id` varchar(32) NOT NULL,
  `country_iso2` varchar(2) NOT NULL DEFAULT '',
  `dob` date NOT NULL,
  `gender` varchar(1) DEFAULT '',
  `id` varchar(10) NOT NULL,
  `name` varchar(80),
  `wca_id` varchar(10) NOT NULL DEFAULT '',
  UNIQUE KEY `index_InboxPersons_on_competitionId_and_id` (`competition_id`, `id`),
  KEY `InboxPersons_fk_country` (`country_iso2`),
  KEY `InboxPersons_name` (`name`),
  KEY `InboxPersons_id` (`wca_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `competition_delegates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `competition_id` varchar(255),
  `created_at` datetime NOT NULL,
  `delegate_id` int,
  `receive_registration_emails` tinyint(1) NOT NULL DEFAULT '0',
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_competition_delegates_on_competition_id_and_delegate_id` (`competition_id`, `delegate_id`),
  KEY `index_competition_delegates_on_competition_id` (`competition_id`),
  KEY `index_competition_delegates_on_delegate_id` (`delegate_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `competition_organizers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `competition_id` varchar(255),
  `created_at` datetime NOT NULL,
  `organizer_id` int,
  `receive_registration_emails` tinyint(1) NOT NULL DEFAULT '0',
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_competition_organizers_on_competition_id_and_organizer_id` (`competition_id`, `organizer_id`),
  KEY `index_competition_organizers_on_competition_id` (`competition_id`),
  KEY `index_competition_organizers_on_organizer_id` (`organizer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `registrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `accepted_at` datetime,
  `accepted_by` int,
  `administrative_notes` text,
  `comments` text,
  `competing_status` varchar(255) NOT NULL DEFAULT 'pending',
  `competition_id` varchar(32) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `deleted_at` datetime,
  `deleted_by` int,
  `guests` int NOT NULL DEFAULT '0',
  `ip` varchar(16) NOT NULL DEFAULT '',
  `is_competing` tinyint(1) DEFAULT '1',
  `registered_at` datetime(6) NOT NULL,
  `registrant_id` int NOT NULL,
  `roles` text,
  `updated_at` datetime NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  KEY `index_registrations_on_competition_id_and_competing_status` (`competition_id`, `competing_status`),
  UNIQUE KEY `index_registrations_on_competition_id_and_registrant_id` (`competition_id`, `registrant_id`),
  UNIQUE KEY `index_registrations_on_competition_id_and_user_id` (`competition_id`, `user_id`),
  KEY `index_registrations_on_competition_id` (`competition_id`),
  KEY `index_registrations_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `registration_competition_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `competition_event_id` bigint,
  `registration_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_registration_competition_events_on_competition_event_id` (`competition_event_id`),
  UNIQUE KEY `idx_registration_competition_events_on_reg_id_and_comp_event_id` (`registration_id`, `competition_event_id`),
  KEY `index_registration_competition_events_on_registration_id` (`registration_id`),
  FOREIGN KEY (`competition_event_id`) REFERENCES `competition_events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`registration_id`) REFERENCES `registrations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `registration_history_entries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `action` varchar(255),
  `actor_id` varchar(255),
  `actor_type` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `registration_id` bigint,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_registration_history_entries_on_registration_id` (`registration_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `registration_history_changes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `key` varchar(255),
  `registration_history_entry_id` bigint,
  `updated_at` datetime(6) NOT NULL,
  `value` text,
  PRIMARY KEY (`id`),
  KEY `idx_on_registration_history_entry_id_e1e6e4bed0` (`registration_history_entry_id`),
  FOREIGN KEY (`registration_history_entry_id`) REFERENCES `registration_history_entries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `registration_payments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `amount_lowest_denomination` int,
  `created_at` datetime NOT NULL,
  `currency_code` varchar(255),
  `is_completed` tinyint(1) NOT NULL DEFAULT '1',
  `paid_at` datetime(6),
  `receipt_id` bigint,
  `receipt_type` varchar(255),
  `refunded_registration_payment_id` int,
  `registration_id` bigint,
  `stripe_charge_id` varchar(255),
  `updated_at` datetime NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  KEY `index_registration_payments_on_receipt` (`receipt_type`, `receipt_id`),
  KEY `idx_reg_payments_on_refunded_registration_payment_id` (`refunded_registration_payment_id`),
  KEY `index_registration_payments_on_registration_id` (`registration_id`),
  KEY `index_registration_payments_on_stripe_charge_id` (`stripe_charge_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `payment_intents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `canceled_at` datetime,
  `cancellation_source_id` bigint,
  `cancellation_source_type` varchar(255),
  `client_secret` text,
  `confirmation_source_id` bigint,
  `confirmation_source_type` varchar(255),
  `confirmed_at` datetime,
  `created_at` datetime NOT NULL,
  `error_details` text,
  `holder_id` bigint,
  `holder_type` varchar(255),
  `initiated_by_id` bigint,
  `payment_record_id` bigint,
  `payment_record_type` varchar(255),
  `updated_at` datetime NOT NULL,
  `wca_status` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_stripe_payment_intents_on_canceled_by` (`cancellation_source_type`, `cancellation_source_id`),
  KEY `index_stripe_payment_intents_on_confirmed_by` (`confirmation_source_type`, `confirmation_source_id`),
  KEY `index_payment_intents_on_holder` (`holder_type`, `holder_id`),
  KEY `fk_rails_2dbc373c0c` (`initiated_by_id`),
  KEY `index_payment_intents_on_payment_record_id` (`payment_record_id`),
  FOREIGN KEY (`initiated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `stripe_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `account_id` varchar(255),
  `amount_stripe_denomination` int,
  `created_at` datetime NOT NULL,
  `currency_code` varchar(255),
  `error` text,
  `parameters` text NOT NULL,
  `parent_record_id` bigint,
  `stripe_id` varchar(255),
  `stripe_record_type` varchar(255),
  `stripe_status` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_rails_6ad225b020` (`parent_record_id`),
  UNIQUE KEY `index_stripe_records_on_stripe_id_and_stripe_record_type` (`stripe_id`, `stripe_record_type`),
  KEY `index_stripe_records_on_stripe_id` (`stripe_id`),
  KEY `index_stripe_records_on_stripe_status` (`stripe_status`),
  FOREIGN KEY (`parent_record_id`) REFERENCES `stripe_records` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `waiting_lists` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `entries` json,
  `holder_id` varchar(255),
  `holder_type` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_waiting_lists_on_holder` (`holder_type`, `holder_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `assignment_code` varchar(255) NOT NULL,
  `registration_id` bigint,
  `registration_type` varchar(255),
  `schedule_activity_id` bigint,
  `station_number` int,
  PRIMARY KEY (`id`),
  KEY `index_assignments_on_registration_id_and_registration_type` (`registration_id`, `registration_type`),
  KEY `index_assignments_on_schedule_activity_id` (`schedule_activity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `results` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `average` int NOT NULL DEFAULT '0',
  `best` int NOT NULL DEFAULT '0',
  `competition_id` varchar(32) NOT NULL DEFAULT '',
  `country_id` varchar(50) NOT NULL DEFAULT '',
  `event_id` varchar(6) NOT NULL DEFAULT '',
  `format_id` varchar(1) NOT NULL DEFAULT '',
  `global_pos` smallint NOT NULL DEFAULT '0',
  `person_id` varchar(10) NOT NULL DEFAULT '',
  `person_name` varchar(80) NOT NULL DEFAULT '',
  `pos` smallint NOT NULL DEFAULT '0',
  `regional_average_record` varchar(3),
  `regional_single_record` varchar(3),
  `round_id` bigint NOT NULL,
  `round_type_id` varchar(1) NOT NULL DEFAULT '',
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `results_n_results_average_speedup` (`average`, `person_name`, `competition_id`, `round_type_id`),
  KEY `results_n_results_single_speedup` (`best`, `person_name`, `competition_id`, `round_type_id`),
  KEY `index_results_on_competition_id_and_person_id` (`competition_id`, `person_id`),
  KEY `index_Results_on_competitionId_and_updated_at` (`competition_id`, `updated_at`),
  KEY `Results_fk_tournament` (`competition_id`),
  KEY `_tmp_index_Results_on_countryId` (`country_id`),
  KEY `Results_eventAndAverage` (`event_id`, `average`),
  KEY `Results_eventAndBest` (`event_id`, `best`),
  KEY `Results_regionalAverageRecordCheckSpeedup` (`event_id`, `competition_id`, `round_type_id`, `country_id`, `average`),
  KEY `Results_regionalSingleRecordCheckSpeedup` (`event_id`, `competition_id`, `round_type_id`, `country_id`, `best`),
  KEY `Results_fk_event` (`event_id`),
  KEY `Results_fk_format` (`format_id`),
  KEY `Results_fk_competitor` (`person_id`),
  KEY `index_Results_on_regionalAverageRecord_and_eventId` (`regional_average_record`, `event_id`),
  KEY `index_Results_on_regionalSingleRecord_and_eventId` (`regional_single_record`, `event_id`),
  UNIQUE KEY `results_person_uniqueness_speedup` (`round_id`, `person_id`),
  KEY `index_results_on_round_id` (`round_id`),
  KEY `Results_fk_round` (`round_type_id`),
  FOREIGN KEY (`round_id`) REFERENCES `rounds` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `result_attempts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `attempt_number` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `result_id` bigint NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `value` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_result_attempts_on_result_id_and_attempt_number` (`result_id`, `attempt_number`),
  KEY `idx_on_result_id_value_attempt_number_710cd8e85d` (`result_id`, `value`, `attempt_number`),
  KEY `index_result_attempts_on_result_id` (`result_id`),
  KEY `index_result_attempts_on_value` (`value`),
  FOREIGN KEY (`result_id`) REFERENCES `results` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ranks_single` (
  `id` int NOT NULL AUTO_INCREMENT,
  `best` int NOT NULL DEFAULT '0',
  `continent_rank` int NOT NULL DEFAULT '0',
  `country_rank` int NOT NULL DEFAULT '0',
  `event_id` varchar(6) NOT NULL DEFAULT '',
  `person_id` varchar(10) NOT NULL DEFAULT '',
  `world_rank` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `fk_events` (`event_id`),
  UNIQUE KEY `index_ranks_single_on_person_id_and_event_id` (`person_id`, `event_id`),
  KEY `fk_persons` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ranks_average` (
  `id` int NOT NULL AUTO_INCREMENT,
  `best` int NOT NULL DEFAULT '0',
  `continent_rank` int NOT NULL DEFAULT '0',
  `country_rank` int NOT NULL DEFAULT '0',
  `event_id` varchar(6) NOT NULL DEFAULT '',
  `person_id` varchar(10) NOT NULL DEFAULT '',
  `world_rank` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `fk_events` (`event_id`),
  UNIQUE KEY `index_ranks_average_on_person_id_and_event_id` (`person_id`, `event_id`),
  KEY `fk_persons` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `live_results` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `advancing` tinyint(1) NOT NULL DEFAULT '0',
  `advancing_questionable` tinyint(1) NOT NULL DEFAULT '0',
  `average` int NOT NULL DEFAULT '0',
  `average_record_tag` varchar(255),
  `best` int NOT NULL DEFAULT '0',
  `created_at` datetime(6) NOT NULL,
  `global_pos` int,
  `last_attempt_entered_at` datetime(6) NOT NULL,
  `live_attempts_count` int NOT NULL DEFAULT '0',
  `local_pos` int,
  `locked_by_id` bigint,
  `quit_by_id` bigint,
  `registration_id` bigint NOT NULL,
  `round_id` bigint NOT NULL,
  `single_record_tag` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_live_results_on_locked_by_id` (`locked_by_id`),
  KEY `index_live_results_on_quit_by_id` (`quit_by_id`),
  UNIQUE KEY `index_live_results_on_registration_id_and_round_id` (`registration_id`, `round_id`),
  KEY `index_live_results_on_registration_id` (`registration_id`),
  KEY `index_live_results_on_round_id` (`round_id`),
  FOREIGN KEY (`round_id`) REFERENCES `rounds` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`locked_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`quit_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `live_attempts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `attempt_number` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `live_result_id` bigint,
  `updated_at` datetime(6) NOT NULL,
  `value` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_live_attempts_on_live_result_id_and_attempt_number` (`live_result_id`, `attempt_number`),
  KEY `index_live_attempts_on_live_result_id` (`live_result_id`),
  FOREIGN KEY (`live_result_id`) REFERENCES `live_results` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tickets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `metadata_id` bigint NOT NULL,
  `metadata_type` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_tickets_on_metadata` (`metadata_type`, `metadata_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ticket_stakeholders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `connection` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `stakeholder_id` varchar(255) NOT NULL,
  `stakeholder_role` varchar(255) NOT NULL,
  `stakeholder_type` varchar(255) NOT NULL,
  `ticket_id` bigint NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_ticket_stakeholders_on_stakeholder` (`stakeholder_type`, `stakeholder_id`),
  KEY `index_ticket_stakeholders_on_ticket_id` (`ticket_id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ticket_comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `acting_stakeholder_id` bigint NOT NULL,
  `acting_user_id` bigint NOT NULL,
  `comment` text,
  `created_at` datetime(6) NOT NULL,
  `ticket_id` bigint NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_ticket_comments_on_acting_stakeholder_id` (`acting_stakeholder_id`),
  KEY `index_ticket_comments_on_acting_user_id` (`acting_user_id`),
  KEY `index_ticket_comments_on_ticket_id` (`ticket_id`),
  FOREIGN KEY (`acting_stakeholder_id`) REFERENCES `ticket_stakeholders` (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`acting_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tickets_edit_person` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `status` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `wca_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tickets_edit_person_fields` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `field_name` varchar(255) NOT NULL,
  `new_value` text NOT NULL,
  `old_value` text NOT NULL,
  `tickets_edit_person_id` bigint NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_tickets_edit_person_fields_on_tickets_edit_person_id` (`tickets_edit_person_id`),
  FOREIGN KEY (`tickets_edit_person_id`) REFERENCES `tickets_edit_person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `confidential` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` datetime,
  `dangerously_allow_any_redirect_uri` tinyint(1) NOT NULL DEFAULT '0',
  `name` varchar(255) NOT NULL,
  `owner_id` int,
  `owner_type` varchar(255),
  `redirect_uri` text,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `secret` varchar(255) NOT NULL,
  `superapp` tinyint(1) NOT NULL DEFAULT '0',
  `uid` varchar(255) NOT NULL,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_oauth_applications_on_owner_id_and_owner_type` (`owner_id`, `owner_type`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_access_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `application_id` int,
  `created_at` datetime NOT NULL,
  `expires_in` int,
  `previous_refresh_token` varchar(255) NOT NULL DEFAULT '',
  `refresh_token` varchar(255),
  `resource_owner_id` int,
  `revoked_at` datetime,
  `scopes` varchar(255),
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  KEY `index_oauth_access_tokens_on_resource_owner_id` (`resource_owner_id`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `votes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `comment` varchar(200),
  `poll_id` int,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_votes_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `competition_media` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `competition_id` varchar(32) NOT NULL DEFAULT '',
  `decided_at` timestamp,
  `media_type` varchar(15) NOT NULL DEFAULT '',
  `status` varchar(10) NOT NULL DEFAULT '',
  `submitted_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `submitter_comment` text,
  `submitter_email` varchar(255) NOT NULL DEFAULT '',
  `submitter_name` varchar(255) NOT NULL DEFAULT '',
  `text` varchar(100) NOT NULL DEFAULT '',
  `uri` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `server_settings` (
  `name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `value` varchar(255),
  PRIMARY KEY (`name`),
  UNIQUE KEY `index_server_settings_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

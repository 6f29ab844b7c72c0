-- Intercode (New England Interactive Literature; convention web site and game-signup system of Intercon and other
-- larp and tabletop game conventions: attendee profiles, games and their GM teams, game sessions (runs), signups,
-- waitlists and ranked-choice lotteries, game proposals, tickets and store, staff positions, OAuth / OpenID provider)
-- Upstream: github.com/neinteractiveliterature/intercode, commit a02abde3331aaf8fbba814eab7cec778869df587
-- (2026-08-22), db/structure.sql (Rails pg_dump of the PostgreSQL schema; file last changed in e9678666). Licence: MIT.
-- Written as MySQL by a small script from structure.sql: columns in upstream order with NOT NULL and literal defaults;
-- bigint / integer / text / boolean -> tinyint(1) / jsonb and arrays (text[]) -> json / timestamp without time zone
-- -> datetime(6) / character varying -> varchar(255) / inet -> varchar(45) / tsvector -> text / tsrange ->
-- varchar(255) / double precision -> double / numeric -> decimal(20,6); ids with a nextval() default ->
-- AUTO_INCREMENT. Primary keys, unique and plain btree indexes with their names, and the foreign keys between kept
-- tables as pg_dump declares them (the two that close a circle with `conventions` added by ALTER TABLE at the end).
-- Left out: CHECK constraints (exclusive arcs, signup-round rules), the gin / gist / expression / partial indexes
-- (events.title_vector, runs.timespan_tsrange, the lower(code) unique index of coupons, ahoy_events.properties,
-- oauth_applications.is_intercode_frontend), two index prefixes of (191) on text columns (coupons.code,
-- email_routes.receiver_address), the foreign keys to cms_layouts, pages and cms_content_groups (tables not kept),
-- the SQL functions and triggers.
-- Kept 53 of 74 tables. Left out: the CMS tables (cms_content_group_associations, cms_content_groups, cms_files,
-- cms_files_layouts, cms_files_pages, cms_graphql_queries, cms_layouts, cms_layouts_partials, cms_navigation_items,
-- cms_partials, cms_partials_pages, cms_variables, pages), form_items, form_sections, pg_search_documents,
-- maximum_event_provided_tickets_overrides, active_storage_attachments, active_storage_blobs,
-- active_storage_variant_records, ar_internal_metadata.

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `site_admin` tinyint(1),
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime(6),
  `remember_created_at` datetime(6),
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime(6),
  `last_sign_in_at` datetime(6),
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `legacy_password_md5` text,
  `legacy_password_sha1` text,
  `legacy_password_sha1_salt` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `organizations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `organization_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` bigint,
  `name` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_organization_roles_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_rails_1edd21f138` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `organization_roles_users` (
  `organization_role_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`organization_role_id`, `user_id`),
  CONSTRAINT `fk_rails_711b0b09bb` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_f00629add2` FOREIGN KEY (`organization_role_id`) REFERENCES `organization_roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `forms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `convention_id` bigint,
  `form_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_forms_on_convention_id` (`convention_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `staff_positions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint,
  `name` text,
  `email` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `visible` tinyint(1),
  `cc_addresses` json NOT NULL DEFAULT '[]',
  `email_aliases` json NOT NULL DEFAULT '[]',
  PRIMARY KEY (`id`),
  KEY `index_staff_positions_on_convention_id` (`convention_id`),
  KEY `index_staff_positions_on_visible` (`visible`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `conventions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `show_schedule` varchar(255) NOT NULL DEFAULT 'no',
  `accepting_proposals` tinyint(1),
  `updated_by_id` bigint,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `starts_at` datetime(6),
  `ends_at` datetime(6),
  `root_page_id` bigint,
  `name` varchar(255),
  `domain` varchar(255) NOT NULL,
  `timezone_name` varchar(255),
  `maximum_tickets` int,
  `default_layout_id` bigint,
  `user_con_profile_form_id` bigint,
  `ticket_name` varchar(255) NOT NULL DEFAULT 'ticket',
  `event_mailing_list_domain` text,
  `clickwrap_agreement` text,
  `show_event_list` varchar(255) NOT NULL DEFAULT 'no',
  `organization_id` bigint,
  `ticket_mode` varchar(255) NOT NULL DEFAULT 'disabled',
  `site_mode` varchar(255) NOT NULL DEFAULT 'convention',
  `signup_mode` varchar(255) NOT NULL DEFAULT 'self_service',
  `signup_requests_open` tinyint(1) NOT NULL DEFAULT 0,
  `email_from` text NOT NULL,
  `catch_all_staff_position_id` bigint,
  `email_mode` varchar(255) NOT NULL DEFAULT 'forward',
  `canceled` tinyint(1) NOT NULL DEFAULT 0,
  `location` json,
  `timezone_mode` varchar(255) NOT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `language` varchar(255) NOT NULL,
  `stripe_account_id` text,
  `stripe_account_ready_to_charge` tinyint(1) NOT NULL DEFAULT 0,
  `open_graph_image` text,
  `favicon` text,
  `default_currency_code` varchar(255),
  `signup_automation_mode` varchar(255),
  `queue_no_ticket_reminder_advance_seconds` int,
  PRIMARY KEY (`id`),
  KEY `index_conventions_on_catch_all_staff_position_id` (`catch_all_staff_position_id`),
  KEY `index_conventions_on_default_layout_id` (`default_layout_id`),
  UNIQUE KEY `index_conventions_on_domain` (`domain`),
  KEY `index_conventions_on_organization_id` (`organization_id`),
  KEY `index_conventions_on_updated_by_id` (`updated_by_id`),
  KEY `index_conventions_on_user_con_profile_form_id` (`user_con_profile_form_id`),
  CONSTRAINT `fk_rails_12ecfb12f1` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_43f145c8c7` FOREIGN KEY (`user_con_profile_form_id`) REFERENCES `forms` (`id`),
  CONSTRAINT `fk_rails_b74d51e308` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_rails_ba7dd15da0` FOREIGN KEY (`catch_all_staff_position_id`) REFERENCES `staff_positions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `departments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint NOT NULL,
  `name` text,
  `proposal_description` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_departments_on_convention_id` (`convention_id`),
  CONSTRAINT `fk_rails_2512c2101d` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event_categories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint NOT NULL,
  `name` text NOT NULL,
  `team_member_name` text NOT NULL,
  `scheduling_ui` text NOT NULL,
  `default_color` text NOT NULL,
  `full_color` text NOT NULL,
  `signed_up_color` text NOT NULL,
  `can_provide_tickets` tinyint(1) NOT NULL DEFAULT 0,
  `event_form_id` bigint NOT NULL,
  `event_proposal_form_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `department_id` bigint,
  `proposal_description` text,
  PRIMARY KEY (`id`),
  KEY `index_event_categories_on_convention_id` (`convention_id`),
  KEY `index_event_categories_on_department_id` (`department_id`),
  KEY `index_event_categories_on_event_form_id` (`event_form_id`),
  KEY `index_event_categories_on_event_proposal_form_id` (`event_proposal_form_id`),
  CONSTRAINT `fk_rails_3b52f7da22` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`),
  CONSTRAINT `fk_rails_832c947bed` FOREIGN KEY (`event_form_id`) REFERENCES `forms` (`id`),
  CONSTRAINT `fk_rails_867e77c5c3` FOREIGN KEY (`event_proposal_form_id`) REFERENCES `forms` (`id`),
  CONSTRAINT `fk_rails_c3b33a1b7c` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `registration_policies` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `prevent_no_preference_signups` tinyint(1) NOT NULL DEFAULT 0,
  `freeze_no_preference_buckets` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `registration_policy_buckets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `registration_policy_id` bigint NOT NULL,
  `position` int NOT NULL,
  `key` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `minimum_slots` int NOT NULL DEFAULT 0,
  `preferred_slots` int NOT NULL DEFAULT 0,
  `total_slots` int NOT NULL DEFAULT 0,
  `slots_limited` tinyint(1) NOT NULL DEFAULT 0,
  `flex` tinyint(1) NOT NULL DEFAULT 0,
  `counted` tinyint(1) NOT NULL DEFAULT 1,
  `expose_attendees` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_registration_policy_id_key_b71cb40026` (`registration_policy_id`, `key`),
  UNIQUE KEY `idx_on_registration_policy_id_position_c9150cdc46` (`registration_policy_id`, `position`),
  KEY `index_registration_policy_buckets_on_registration_policy_id` (`registration_policy_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `author` varchar(255),
  `email` varchar(255),
  `organization` varchar(255),
  `url` text,
  `length_seconds` int NOT NULL,
  `can_play_concurrently` tinyint(1) NOT NULL DEFAULT 0,
  `con_mail_destination` varchar(255),
  `description` text,
  `short_blurb` text,
  `updated_by_id` bigint,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `convention_id` bigint NOT NULL,
  `owner_id` bigint,
  `status` varchar(255) NOT NULL DEFAULT 'active',
  `participant_communications` text,
  `age_restrictions_description` text,
  `content_warnings` text,
  `additional_info` json,
  `admin_notes` text,
  `team_mailing_list_name` text,
  `private_signup_list` tinyint(1) NOT NULL DEFAULT 0,
  `event_category_id` bigint NOT NULL,
  `minimum_age` int,
  `title_vector` text,
  `registration_policy_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_events_on_convention_id` (`convention_id`),
  KEY `index_events_on_event_category_id` (`event_category_id`),
  KEY `index_events_on_owner_id` (`owner_id`),
  UNIQUE KEY `index_events_on_registration_policy_id` (`registration_policy_id`),
  KEY `index_events_on_updated_by_id` (`updated_by_id`),
  CONSTRAINT `fk_rails_0215031867` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`),
  CONSTRAINT `fk_rails_0682145037` FOREIGN KEY (`registration_policy_id`) REFERENCES `registration_policies` (`id`),
  CONSTRAINT `fk_rails_2e7e36b62c` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_a0b385fce3` FOREIGN KEY (`event_category_id`) REFERENCES `event_categories` (`id`),
  CONSTRAINT `fk_rails_f58490957c` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_con_profiles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `convention_id` bigint NOT NULL,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `nickname` varchar(255),
  `birth_date` date,
  `gender` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `zipcode` varchar(255),
  `country` varchar(255),
  `day_phone` varchar(255),
  `evening_phone` varchar(255),
  `best_call_time` varchar(255),
  `preferred_contact` varchar(255),
  `bio` text,
  `show_nickname_in_bio` tinyint(1),
  `address` text,
  `additional_info` json,
  `receive_whos_free_emails` tinyint(1) NOT NULL DEFAULT 1,
  `gravatar_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `ical_secret` text NOT NULL,
  `needs_update` tinyint(1) NOT NULL DEFAULT 0,
  `accepted_clickwrap_agreement` tinyint(1) NOT NULL DEFAULT 0,
  `mobile_phone` varchar(255),
  `allow_sms` tinyint(1) NOT NULL DEFAULT 1,
  `lottery_number` int NOT NULL,
  `ranked_choice_ordering_boost` int,
  `ranked_choice_fallback_action` text NOT NULL DEFAULT 'waitlist',
  `queue_no_ticket_reminded_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_con_profiles_on_convention_id_and_user_id` (`convention_id`, `user_id`),
  CONSTRAINT `fk_rails_a42fa405fd` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_f7ac429ed7` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event_proposals` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint,
  `owner_id` bigint,
  `event_id` bigint,
  `status` varchar(255),
  `title` text,
  `email` text,
  `length_seconds` int,
  `description` text,
  `short_blurb` text,
  `can_play_concurrently` tinyint(1),
  `additional_info` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `timeblock_preferences` json,
  `submitted_at` datetime(6),
  `admin_notes` text,
  `reminded_at` datetime(6),
  `team_mailing_list_name` text,
  `event_category_id` bigint NOT NULL,
  `registration_policy_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_event_proposals_on_convention_id` (`convention_id`),
  KEY `index_event_proposals_on_event_category_id` (`event_category_id`),
  KEY `index_event_proposals_on_event_id` (`event_id`),
  KEY `index_event_proposals_on_owner_id` (`owner_id`),
  UNIQUE KEY `index_event_proposals_on_registration_policy_id` (`registration_policy_id`),
  CONSTRAINT `fk_rails_3fcd06459b` FOREIGN KEY (`registration_policy_id`) REFERENCES `registration_policies` (`id`),
  CONSTRAINT `fk_rails_89019bf78d` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  CONSTRAINT `fk_rails_94d428b316` FOREIGN KEY (`event_category_id`) REFERENCES `event_categories` (`id`),
  CONSTRAINT `fk_rails_b3b51be8c8` FOREIGN KEY (`owner_id`) REFERENCES `user_con_profiles` (`id`),
  CONSTRAINT `fk_rails_f55d8601dc` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event_ratings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_con_profile_id` bigint NOT NULL,
  `event_id` bigint NOT NULL,
  `rating` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_event_ratings_on_event_id` (`event_id`),
  KEY `index_event_ratings_on_user_con_profile_id` (`user_con_profile_id`),
  UNIQUE KEY `index_event_ratings_on_user_con_profile_id_and_event_id` (`user_con_profile_id`, `event_id`),
  CONSTRAINT `fk_rails_748bde5cd4` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  CONSTRAINT `fk_rails_a22a77f4d9` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `runs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint NOT NULL,
  `starts_at` datetime(6) NOT NULL,
  `title_suffix` varchar(255),
  `schedule_note` text,
  `updated_by_id` bigint,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `timespan_tsrange` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_runs_on_event_id` (`event_id`),
  KEY `index_runs_on_updated_by_id` (`updated_by_id`),
  CONSTRAINT `fk_rails_058061fb50` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_f5bbfb45de` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `rooms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint,
  `name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_rooms_on_convention_id` (`convention_id`),
  CONSTRAINT `fk_rails_d7f8465d1c` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `rooms_runs` (
  `room_id` bigint NOT NULL,
  `run_id` bigint NOT NULL,
  PRIMARY KEY (`room_id`, `run_id`),
  KEY `index_rooms_runs_on_room_id` (`room_id`),
  KEY `index_rooms_runs_on_run_id` (`run_id`),
  UNIQUE KEY `index_rooms_runs_on_run_id_and_room_id` (`run_id`, `room_id`),
  CONSTRAINT `fk_rails_abc40e1f4b` FOREIGN KEY (`room_id`) REFERENCES `rooms` (`id`),
  CONSTRAINT `fk_rails_b1132f8445` FOREIGN KEY (`run_id`) REFERENCES `runs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `staff_positions_user_con_profiles` (
  `staff_position_id` bigint NOT NULL,
  `user_con_profile_id` bigint NOT NULL,
  PRIMARY KEY (`staff_position_id`, `user_con_profile_id`),
  CONSTRAINT `fk_rails_1a2987d136` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`),
  CONSTRAINT `fk_rails_c6eecee531` FOREIGN KEY (`staff_position_id`) REFERENCES `staff_positions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `permissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_category_id` bigint,
  `staff_position_id` bigint,
  `permission` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_role_id` bigint,
  `convention_id` bigint,
  `cms_content_group_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_permissions_unique_join` (`staff_position_id`, `permission`, `event_category_id`),
  KEY `index_permissions_on_cms_content_group_id` (`cms_content_group_id`),
  KEY `index_permissions_on_convention_id` (`convention_id`),
  KEY `index_permissions_on_event_category_id` (`event_category_id`),
  KEY `index_permissions_on_organization_role_id` (`organization_role_id`),
  KEY `index_permissions_on_staff_position_id` (`staff_position_id`),
  CONSTRAINT `fk_rails_1c6be1bb15` FOREIGN KEY (`event_category_id`) REFERENCES `event_categories` (`id`),
  CONSTRAINT `fk_rails_1dd9fc9231` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`),
  CONSTRAINT `fk_rails_47812e3d12` FOREIGN KEY (`staff_position_id`) REFERENCES `staff_positions` (`id`),
  CONSTRAINT `fk_rails_ef14717c62` FOREIGN KEY (`organization_role_id`) REFERENCES `organization_roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `team_members` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` bigint,
  `updated_at` datetime(6),
  `updated_by_id` bigint,
  `display` tinyint(1),
  `show_email` tinyint(1),
  `receive_con_email` tinyint(1),
  `created_at` datetime(6),
  `user_con_profile_id` bigint NOT NULL,
  `receive_signup_email` varchar(255) NOT NULL DEFAULT 'no',
  PRIMARY KEY (`id`),
  KEY `index_team_members_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_91b80ad054` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`),
  CONSTRAINT `fk_rails_da66de2915` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `signups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `run_id` bigint NOT NULL,
  `updated_by_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_con_profile_id` bigint NOT NULL,
  `state` varchar(255) NOT NULL DEFAULT 'confirmed',
  `counted` tinyint(1),
  `expires_at` datetime(6),
  `bucket_id` bigint,
  `requested_bucket_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_signups_on_bucket_id` (`bucket_id`),
  KEY `index_signups_on_expires_at` (`expires_at`),
  KEY `index_signups_on_requested_bucket_id` (`requested_bucket_id`),
  KEY `index_signups_on_run_id` (`run_id`),
  KEY `index_signups_on_updated_by_id` (`updated_by_id`),
  KEY `index_signups_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_3452ca243a` FOREIGN KEY (`bucket_id`) REFERENCES `registration_policy_buckets` (`id`),
  CONSTRAINT `fk_rails_4abc90d735` FOREIGN KEY (`run_id`) REFERENCES `runs` (`id`),
  CONSTRAINT `fk_rails_51a8b340c0` FOREIGN KEY (`requested_bucket_id`) REFERENCES `registration_policy_buckets` (`id`),
  CONSTRAINT `fk_rails_6f474f10dd` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_797f99efdb` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `signup_changes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `signup_id` bigint NOT NULL,
  `run_id` bigint NOT NULL,
  `user_con_profile_id` bigint NOT NULL,
  `previous_signup_change_id` bigint,
  `updated_by_id` bigint,
  `state` varchar(255) NOT NULL,
  `counted` tinyint(1),
  `action` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `bucket_id` bigint,
  `bucket_name` varchar(255),
  `requested_bucket_id` bigint,
  `requested_bucket_name` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_signup_changes_on_bucket_id` (`bucket_id`),
  KEY `index_signup_changes_on_previous_signup_change_id` (`previous_signup_change_id`),
  KEY `index_signup_changes_on_requested_bucket_id` (`requested_bucket_id`),
  KEY `index_signup_changes_on_run_id` (`run_id`),
  KEY `index_signup_changes_on_signup_id` (`signup_id`),
  KEY `index_signup_changes_on_updated_by_id` (`updated_by_id`),
  KEY `index_signup_changes_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_01c554e5ff` FOREIGN KEY (`requested_bucket_id`) REFERENCES `registration_policy_buckets` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_rails_43b5611a7a` FOREIGN KEY (`signup_id`) REFERENCES `signups` (`id`),
  CONSTRAINT `fk_rails_79e46f1342` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`),
  CONSTRAINT `fk_rails_a4964a0bf5` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_b4441b36fa` FOREIGN KEY (`previous_signup_change_id`) REFERENCES `signup_changes` (`id`),
  CONSTRAINT `fk_rails_d3af869d4f` FOREIGN KEY (`run_id`) REFERENCES `runs` (`id`),
  CONSTRAINT `fk_rails_eb9466195d` FOREIGN KEY (`bucket_id`) REFERENCES `registration_policy_buckets` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `signup_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `state` varchar(255) NOT NULL DEFAULT 'pending',
  `user_con_profile_id` bigint NOT NULL,
  `target_run_id` bigint NOT NULL,
  `replace_signup_id` bigint,
  `result_signup_id` bigint,
  `updated_by_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `requested_bucket_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_signup_requests_on_replace_signup_id` (`replace_signup_id`),
  KEY `index_signup_requests_on_requested_bucket_id` (`requested_bucket_id`),
  KEY `index_signup_requests_on_result_signup_id` (`result_signup_id`),
  KEY `index_signup_requests_on_state` (`state`),
  KEY `index_signup_requests_on_target_run_id` (`target_run_id`),
  KEY `index_signup_requests_on_updated_by_id` (`updated_by_id`),
  KEY `index_signup_requests_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_008590ab32` FOREIGN KEY (`replace_signup_id`) REFERENCES `signups` (`id`),
  CONSTRAINT `fk_rails_1381757389` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`),
  CONSTRAINT `fk_rails_4018e13a21` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_4d7ce061ee` FOREIGN KEY (`target_run_id`) REFERENCES `runs` (`id`),
  CONSTRAINT `fk_rails_99f2235cd8` FOREIGN KEY (`requested_bucket_id`) REFERENCES `registration_policy_buckets` (`id`),
  CONSTRAINT `fk_rails_efbea103cd` FOREIGN KEY (`result_signup_id`) REFERENCES `signups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `signup_rounds` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint NOT NULL,
  `start` datetime(6),
  `maximum_event_signups` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `ranked_choice_order` text,
  `executed_at` datetime(6),
  `automation_action` text,
  `rerandomize_lottery_numbers` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_signup_rounds_on_convention_id` (`convention_id`),
  CONSTRAINT `fk_rails_802d8d2a31` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `signup_ranked_choices` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL,
  `state` varchar(255) NOT NULL,
  `result_signup_id` bigint,
  `target_run_id` bigint NOT NULL,
  `updated_by_id` bigint NOT NULL,
  `user_con_profile_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `result_signup_request_id` bigint,
  `prioritize_waitlist` tinyint(1) NOT NULL DEFAULT 0,
  `waitlist_position_cap` int,
  `requested_bucket_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_user_con_profile_id_state_priority_7c693e2c51` (`user_con_profile_id`, `state`, `priority`),
  KEY `index_signup_ranked_choices_on_requested_bucket_id` (`requested_bucket_id`),
  KEY `index_signup_ranked_choices_on_result_signup_id` (`result_signup_id`),
  KEY `index_signup_ranked_choices_on_result_signup_request_id` (`result_signup_request_id`),
  KEY `index_signup_ranked_choices_on_target_run_id` (`target_run_id`),
  KEY `index_signup_ranked_choices_on_updated_by_id` (`updated_by_id`),
  KEY `index_signup_ranked_choices_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_1cd870c99b` FOREIGN KEY (`target_run_id`) REFERENCES `runs` (`id`),
  CONSTRAINT `fk_rails_2168bdd71d` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_6129ac5277` FOREIGN KEY (`result_signup_request_id`) REFERENCES `signup_requests` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_rails_7f83596537` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`),
  CONSTRAINT `fk_rails_9479dad612` FOREIGN KEY (`result_signup_id`) REFERENCES `signups` (`id`),
  CONSTRAINT `fk_rails_955f42b033` FOREIGN KEY (`requested_bucket_id`) REFERENCES `registration_policy_buckets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ranked_choice_decisions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_con_profile_id` bigint,
  `signup_ranked_choice_id` bigint,
  `decision` text NOT NULL,
  `reason` text,
  `signup_id` bigint,
  `signup_request_id` bigint,
  `extra` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `signup_round_id` bigint NOT NULL,
  `after_signup_ranked_choice_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_ranked_choice_decisions_on_after_signup_ranked_choice_id` (`after_signup_ranked_choice_id`),
  KEY `index_ranked_choice_decisions_on_signup_id` (`signup_id`),
  KEY `index_ranked_choice_decisions_on_signup_ranked_choice_id` (`signup_ranked_choice_id`),
  KEY `index_ranked_choice_decisions_on_signup_request_id` (`signup_request_id`),
  KEY `index_ranked_choice_decisions_on_signup_round_id` (`signup_round_id`),
  KEY `index_ranked_choice_decisions_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_3163578a2d` FOREIGN KEY (`signup_request_id`) REFERENCES `signup_requests` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_rails_6f2a29f310` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`),
  CONSTRAINT `fk_rails_7a24c25ccf` FOREIGN KEY (`signup_id`) REFERENCES `signups` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_rails_870c17dde9` FOREIGN KEY (`after_signup_ranked_choice_id`) REFERENCES `signup_ranked_choices` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_rails_b5dde4741e` FOREIGN KEY (`signup_ranked_choice_id`) REFERENCES `signup_ranked_choices` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_rails_de9f967785` FOREIGN KEY (`signup_round_id`) REFERENCES `signup_rounds` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ranked_choice_user_constraints` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_con_profile_id` bigint NOT NULL,
  `start` datetime(6),
  `finish` datetime(6),
  `maximum_signups` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_ranked_choice_user_constraints_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_8f6fba977a` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ticket_types` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint,
  `name` text NOT NULL,
  `description` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `counts_towards_convention_maximum` tinyint(1) NOT NULL DEFAULT 1,
  `maximum_event_provided_tickets` int NOT NULL DEFAULT 0,
  `allows_event_signups` tinyint(1) NOT NULL DEFAULT 1,
  `event_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_ticket_types_on_convention_id` (`convention_id`),
  KEY `index_ticket_types_on_event_id` (`event_id`),
  CONSTRAINT `fk_rails_3f5bd3dab9` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  CONSTRAINT `fk_rails_f0519904ee` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `products` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint,
  `available` tinyint(1),
  `name` text,
  `description` text,
  `image` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `payment_options` json,
  `pricing_structure` json NOT NULL,
  `provides_ticket_type_id` bigint,
  `clickwrap_agreement` text,
  PRIMARY KEY (`id`),
  KEY `index_products_on_convention_id` (`convention_id`),
  KEY `index_products_on_provides_ticket_type_id` (`provides_ticket_type_id`),
  CONSTRAINT `fk_rails_d7453c5d85` FOREIGN KEY (`provides_ticket_type_id`) REFERENCES `ticket_types` (`id`),
  CONSTRAINT `fk_rails_e4e774d01f` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `product_variants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `product_id` bigint,
  `name` text,
  `description` text,
  `image` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `position` int,
  `override_pricing_structure` json,
  PRIMARY KEY (`id`),
  KEY `index_product_variants_on_product_id` (`product_id`),
  CONSTRAINT `fk_rails_dae52f850b` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_con_profile_id` bigint NOT NULL,
  `status` varchar(255) NOT NULL,
  `charge_id` varchar(255),
  `payment_amount_cents` int,
  `payment_amount_currency` varchar(255),
  `payment_note` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `submitted_at` datetime(6),
  `paid_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `index_orders_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_8f422d0898` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `order_entries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL,
  `product_id` bigint NOT NULL,
  `product_variant_id` bigint,
  `quantity` int,
  `price_per_item_cents` int,
  `price_per_item_currency` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `run_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_order_entries_on_order_id` (`order_id`),
  KEY `index_order_entries_on_product_id` (`product_id`),
  KEY `index_order_entries_on_product_variant_id` (`product_variant_id`),
  KEY `index_order_entries_on_run_id` (`run_id`),
  CONSTRAINT `fk_rails_415fc5349e` FOREIGN KEY (`product_variant_id`) REFERENCES `product_variants` (`id`),
  CONSTRAINT `fk_rails_61f5248ed3` FOREIGN KEY (`run_id`) REFERENCES `runs` (`id`),
  CONSTRAINT `fk_rails_7789d2d248` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`),
  CONSTRAINT `fk_rails_8fea6b4169` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tickets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_con_profile_id` bigint,
  `ticket_type_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `provided_by_event_id` bigint,
  `order_entry_id` bigint,
  `run_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_tickets_on_order_entry_id` (`order_entry_id`),
  KEY `index_tickets_on_provided_by_event_id` (`provided_by_event_id`),
  KEY `index_tickets_on_run_id` (`run_id`),
  KEY `index_tickets_on_ticket_type_id` (`ticket_type_id`),
  KEY `index_tickets_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_001fceb18b` FOREIGN KEY (`run_id`) REFERENCES `runs` (`id`),
  CONSTRAINT `fk_rails_89217f3a4e` FOREIGN KEY (`ticket_type_id`) REFERENCES `ticket_types` (`id`),
  CONSTRAINT `fk_rails_af73cf8952` FOREIGN KEY (`provided_by_event_id`) REFERENCES `events` (`id`),
  CONSTRAINT `fk_rails_f029f4cf01` FOREIGN KEY (`order_entry_id`) REFERENCES `order_entries` (`id`),
  CONSTRAINT `fk_rails_f70289817e` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `coupons` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint NOT NULL,
  `code` text NOT NULL,
  `provides_product_id` bigint,
  `fixed_amount_cents` int,
  `fixed_amount_currency` varchar(255),
  `percent_discount` decimal(20,6),
  `usage_limit` int,
  `expires_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_coupons_on_convention_id` (`convention_id`),
  UNIQUE KEY `index_coupons_on_convention_id_and_code` (`convention_id`, `code`(191)),
  KEY `index_coupons_on_provides_product_id` (`provides_product_id`),
  CONSTRAINT `fk_rails_8ebaf85448` FOREIGN KEY (`provides_product_id`) REFERENCES `products` (`id`),
  CONSTRAINT `fk_rails_aec5bfc3d1` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `coupon_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `coupon_id` bigint NOT NULL,
  `order_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_coupon_applications_on_coupon_id` (`coupon_id`),
  KEY `index_coupon_applications_on_order_id` (`order_id`),
  CONSTRAINT `fk_rails_090dd3a726` FOREIGN KEY (`coupon_id`) REFERENCES `coupons` (`id`),
  CONSTRAINT `fk_rails_9478621569` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `form_response_changes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_con_profile_id` bigint NOT NULL,
  `field_identifier` varchar(255) NOT NULL,
  `previous_value` json,
  `new_value` json,
  `notified_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `response_type` varchar(255),
  `response_id` bigint,
  `compacted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_form_response_changes_on_compacted` (`compacted`),
  KEY `index_form_response_changes_on_notified_at` (`notified_at`),
  KEY `index_form_response_changes_on_response_type_and_response_id` (`response_type`, `response_id`),
  KEY `index_form_response_changes_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_f24e19a90a` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `notification_templates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint NOT NULL,
  `event_key` varchar(255) NOT NULL,
  `subject` text,
  `body_html` text,
  `body_text` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `body_sms` text,
  PRIMARY KEY (`id`),
  KEY `index_notification_templates_on_convention_id` (`convention_id`),
  CONSTRAINT `fk_rails_946c790439` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `notification_destinations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `source_type` varchar(255) NOT NULL,
  `source_id` bigint NOT NULL,
  `staff_position_id` bigint,
  `user_con_profile_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `dynamic_destination` text,
  `conditions` json,
  PRIMARY KEY (`id`),
  KEY `index_notification_destinations_on_source_type_and_source_id` (`source_type`, `source_id`),
  KEY `index_notification_destinations_on_staff_position_id` (`staff_position_id`),
  KEY `index_notification_destinations_on_user_con_profile_id` (`user_con_profile_id`),
  CONSTRAINT `fk_rails_b7ce40761b` FOREIGN KEY (`staff_position_id`) REFERENCES `staff_positions` (`id`),
  CONSTRAINT `fk_rails_f6d69543fb` FOREIGN KEY (`user_con_profile_id`) REFERENCES `user_con_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_activity_alerts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `convention_id` bigint NOT NULL,
  `user_id` bigint,
  `partial_name` text,
  `email` text,
  `trigger_on_user_con_profile_create` tinyint(1) NOT NULL DEFAULT 0,
  `trigger_on_ticket_create` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_user_activity_alerts_on_convention_id` (`convention_id`),
  KEY `index_user_activity_alerts_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_2fb619f03b` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_a341e92133` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `email_routes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `receiver_address` text NOT NULL,
  `forward_addresses` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_email_routes_on_receiver_address` (`receiver_address`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `confidential` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_intercode_frontend` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_access_grants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `resource_owner_id` bigint NOT NULL,
  `application_id` bigint NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `revoked_at` datetime(6),
  `scopes` varchar(255),
  `code_challenge` varchar(255),
  `code_challenge_method` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_oauth_access_grants_on_application_id` (`application_id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`),
  CONSTRAINT `fk_rails_b4b53e07b8` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_access_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `resource_owner_id` bigint,
  `application_id` bigint,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `scopes` varchar(255),
  `previous_refresh_token` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_oauth_access_tokens_on_application_id` (`application_id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  KEY `index_oauth_access_tokens_on_resource_owner_id` (`resource_owner_id`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  CONSTRAINT `fk_rails_732cb83ab7` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_openid_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `access_grant_id` bigint NOT NULL,
  `nonce` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_oauth_openid_requests_on_access_grant_id` (`access_grant_id`),
  CONSTRAINT `fk_rails_77114b3b09` FOREIGN KEY (`access_grant_id`) REFERENCES `oauth_access_grants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `data` text,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sessions_on_session_id` (`session_id`),
  KEY `index_sessions_on_updated_at` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `assumed_identity_sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `assumed_profile_id` bigint NOT NULL,
  `assumer_profile_id` bigint NOT NULL,
  `justification` text NOT NULL,
  `started_at` datetime(6) NOT NULL,
  `finished_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_assumed_identity_sessions_on_assumed_profile_id` (`assumed_profile_id`),
  KEY `index_assumed_identity_sessions_on_assumer_profile_id` (`assumer_profile_id`),
  CONSTRAINT `fk_rails_10d0f33244` FOREIGN KEY (`assumed_profile_id`) REFERENCES `user_con_profiles` (`id`),
  CONSTRAINT `fk_rails_ed60cedab3` FOREIGN KEY (`assumer_profile_id`) REFERENCES `user_con_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `assumed_identity_request_logs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `assumed_identity_session_id` bigint NOT NULL,
  `controller_name` text NOT NULL,
  `action_name` text NOT NULL,
  `http_method` text NOT NULL,
  `url` text NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `http_headers` json NOT NULL,
  `http_body` text,
  `graphql_operation_name` text,
  `graphql_document` text,
  `graphql_variables` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_assumed_identity_request_logs_on_session_id` (`assumed_identity_session_id`),
  KEY `index_assumed_identity_request_logs_on_created_at` (`created_at`),
  CONSTRAINT `fk_rails_072c03953e` FOREIGN KEY (`assumed_identity_session_id`) REFERENCES `assumed_identity_sessions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ahoy_visits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `visit_token` varchar(255),
  `visitor_token` varchar(255),
  `user_id` bigint,
  `ip` varchar(255),
  `user_agent` text,
  `referrer` text,
  `referring_domain` varchar(255),
  `landing_page` text,
  `browser` varchar(255),
  `os` varchar(255),
  `device_type` varchar(255),
  `country` varchar(255),
  `region` varchar(255),
  `city` varchar(255),
  `latitude` double,
  `longitude` double,
  `utm_source` varchar(255),
  `utm_medium` varchar(255),
  `utm_term` varchar(255),
  `utm_content` varchar(255),
  `utm_campaign` varchar(255),
  `app_version` varchar(255),
  `os_version` varchar(255),
  `platform` varchar(255),
  `started_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `index_ahoy_visits_on_user_id` (`user_id`),
  UNIQUE KEY `index_ahoy_visits_on_visit_token` (`visit_token`),
  KEY `index_ahoy_visits_on_visitor_token_and_started_at` (`visitor_token`, `started_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ahoy_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `visit_id` bigint,
  `user_id` bigint,
  `name` varchar(255),
  `properties` json,
  `time` datetime(6),
  PRIMARY KEY (`id`),
  KEY `index_ahoy_events_on_name_and_time` (`name`, `time`),
  KEY `index_ahoy_events_on_user_id` (`user_id`),
  KEY `index_ahoy_events_on_visit_id` (`visit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `deprecated_graph_ql_usages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `operation_name` text,
  `graphql_type` text,
  `field_name` text,
  `argument_name` text,
  `user_agent` text,
  `client_address` varchar(45),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `root_sites` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `site_name` text,
  `root_page_id` bigint,
  `default_layout_id` bigint,
  `disable_captcha` tinyint(1) NOT NULL DEFAULT 0,
  `auth_layout_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_root_sites_on_auth_layout_id` (`auth_layout_id`),
  KEY `index_root_sites_on_default_layout_id` (`default_layout_id`),
  KEY `index_root_sites_on_root_page_id` (`root_page_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `schema_migrations` (
  `version` varchar(255) NOT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE `forms` ADD CONSTRAINT `fk_rails_96a0e4a52f` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`);
ALTER TABLE `staff_positions` ADD CONSTRAINT `fk_rails_b388ecf670` FOREIGN KEY (`convention_id`) REFERENCES `conventions` (`id`);

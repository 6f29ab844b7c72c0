-- Bloom Housing (bloom-housing/bloom), affordable housing listings and applications platform: applicants, household members,
-- alternate contacts, addresses, demographics, accessibility needs, applications and their preference selections, duplicate
-- flags and lottery positions, listings, units, properties, public and partner user accounts, roles, preferences, activity log.
-- api/prisma/schema.prisma (PostgreSQL, Prisma) at commit a5e2c851fd5570cd6b6bbb1f1222ffac9a69f921 (Apache-2.0), written as MySQL DDL:
-- uuid -> char(36), String -> text (varchar(255) where @db.VarChar or keyed), lists -> json, enums inline; relation fields,
-- indexes and foreign keys left out; the *_snapshot copies left out except applicant_snapshot and user_account_snapshot.

CREATE TABLE `accessibility` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `hearing` tinyint(1),
  `hearing_and_vision` tinyint(1),
  `mobility` tinyint(1),
  `other` tinyint(1),
  `vision` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `activity_log` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `action` varchar(255) NOT NULL,
  `metadata` json,
  `module` varchar(255) NOT NULL,
  `record_id` char(36),
  `user_id` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `address` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `city` text,
  `county` text,
  `latitude` decimal(65,30),
  `longitude` decimal(65,30),
  `place_name` text,
  `state` text,
  `street` text,
  `street2` text,
  `zip_code` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `agency` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `jurisdictions_id` char(36),
  `name` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `alternate_contact` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `agency` text,
  `email_address` text,
  `first_name` text,
  `last_name` text,
  `mailing_address_id` char(36),
  `other_type` text,
  `phone_number` text,
  `type` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ami_chart` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `items` json NOT NULL,
  `jurisdiction_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `applicant` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `address_id` char(36),
  `birth_day` int,
  `birth_month` int,
  `birth_year` int,
  `email_address` text,
  `first_name` text,
  `full_time_student` enum('yes','no'),
  `last_name` text,
  `middle_name` text,
  `no_email` tinyint(1),
  `no_phone` tinyint(1),
  `phone_number` text,
  `phone_number_type` text,
  `work_address_id` char(36),
  `work_in_region` enum('yes','no'),
  PRIMARY KEY (`id`)
);

CREATE TABLE `applicant_snapshot` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `original_id` char(36) NOT NULL,
  `original_created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `address_snapshot_id` char(36),
  `birth_day` int,
  `birth_month` int,
  `birth_year` int,
  `email_address` text,
  `first_name` text,
  `full_time_student` enum('yes','no'),
  `last_name` text,
  `middle_name` text,
  `no_email` tinyint(1),
  `no_phone` tinyint(1),
  `phone_number` text,
  `phone_number_type` text,
  `work_address_snapshot_id` char(36),
  `work_in_region` enum('yes','no'),
  PRIMARY KEY (`id`)
);

CREATE TABLE `application_flagged_set` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `listing_id` char(36) NOT NULL,
  `resolved_time` datetime(6),
  `resolving_user_id` char(36),
  `rule` enum('nameAndDOB','email','combination') NOT NULL,
  `rule_key` varchar(255) NOT NULL,
  `show_confirmation_alert` tinyint(1) NOT NULL DEFAULT 0,
  `status` enum('flagged','pending','resolved') NOT NULL DEFAULT 'pending',
  PRIMARY KEY (`id`)
);

CREATE TABLE `application_lottery_positions` (
  `id` char(36) NOT NULL,
  `application_id` char(36) NOT NULL,
  `listing_id` char(36) NOT NULL,
  `multiselect_question_id` char(36),
  `ordinal` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `application_lottery_totals` (
  `id` char(36) NOT NULL,
  `listing_id` char(36) NOT NULL,
  `multiselect_question_id` char(36),
  `total` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `application_methods` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `accepts_postmarked_applications` tinyint(1),
  `external_reference` text,
  `label` text,
  `listing_id` char(36),
  `phone_number` text,
  `type` enum('Internal','FileDownload','ExternalLink','PaperPickup','POBox','LeasingAgent','Referral') NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `applications` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `accepted_terms` tinyint(1),
  `accessibility_id` char(36),
  `accessible_unit_waitlist_number` int,
  `additional_phone` tinyint(1),
  `additional_phone_number` text,
  `additional_phone_number_type` text,
  `alternate_address_id` char(36),
  `alternate_contact_id` char(36),
  `applicant_id` char(36),
  `app_url` text,
  `confirmation_code` text NOT NULL,
  `contact_preferences` json NOT NULL,
  `conventional_unit_waitlist_number` int,
  `deleted_at` datetime(6),
  `demographics_id` char(36),
  `expire_after` datetime(6),
  `historical_user_id` char(36),
  `household_expecting_changes` tinyint(1),
  `household_size` int,
  `household_student` tinyint(1),
  `reasonable_accommodations` text,
  `housing_status` text,
  `income` text,
  `income_period` enum('perMonth','perYear'),
  `income_vouchers` json NOT NULL,
  `is_newest` tinyint(1) DEFAULT 0,
  `language` enum('en','es','vi','zh','tl','bn','ar','ko','hy','fa'),
  `listing_id` char(36),
  `mailing_address_id` char(36),
  `manual_lottery_position_number` int,
  `marked_as_duplicate` tinyint(1) NOT NULL DEFAULT 0,
  `preferences` json NOT NULL,
  `programs` json,
  `review_status` enum('pending','pendingAndValid','valid','duplicate') NOT NULL DEFAULT 'pending',
  `send_mail_to_mailing_address` tinyint(1),
  `status` enum('submitted','declined','receivedUnit','waitlist','waitlistDeclined') NOT NULL DEFAULT 'submitted',
  `application_decline_reason` enum('householdIncomeTooHigh','householdIncomeTooLow','householdSizeTooLarge','householdSizeTooSmall','attemptedToContactNoResponse','applicantDeclinedUnit','doesNotMeetSeniorBuildingRequirement','householdDoesNotNeedAccessibleUnit','other'),
  `application_decline_reason_additional_details` text,
  `submission_date` datetime(6),
  `submission_type` enum('paper','electronical') NOT NULL,
  `received_at` datetime(6),
  `received_by` text,
  `user_id` char(36),
  `was_created_externally` tinyint(1) NOT NULL DEFAULT 0,
  `was_pii_cleared` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `application_selection_options` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `address_holder_address_id` char(36),
  `address_holder_name` text,
  `address_holder_relationship` text,
  `application_selection_id` char(36) NOT NULL,
  `is_geocoding_verified` tinyint(1),
  `multiselect_option_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `application_selections` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `application_id` char(36) NOT NULL,
  `has_opted_out` tinyint(1),
  `multiselect_question_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `assets` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `file_id` text NOT NULL,
  `label` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cron_job` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `last_run_date` datetime(6),
  `name` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `demographics` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `ethnicity` text,
  `gender` text,
  `how_did_you_hear` json NOT NULL,
  `race` json NOT NULL,
  `sexual_orientation` text,
  `spoken_language` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `feature_flags` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `description` text NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `household_member` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `address_id` char(36),
  `application_id` char(36),
  `birth_day` int,
  `birth_month` int,
  `birth_year` int,
  `first_name` text,
  `full_time_student` enum('yes','no'),
  `last_name` text,
  `middle_name` text,
  `order_id` int,
  `relationship` text,
  `same_address` enum('yes','no'),
  `work_address_id` char(36),
  `work_in_region` enum('yes','no'),
  PRIMARY KEY (`id`)
);

CREATE TABLE `jurisdictions` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `allow_single_use_code_login` tinyint(1) NOT NULL DEFAULT 0,
  `race_ethnicity_configuration` json,
  `duplicate_listing_permissions` json NOT NULL,
  `email_from_address` text,
  `enable_geocoding_preferences` tinyint(1) NOT NULL DEFAULT 0,
  `enable_geocoding_radius_method` tinyint(1) NOT NULL DEFAULT 0,
  `enable_partner_demographics` tinyint(1) NOT NULL DEFAULT 0,
  `enable_partner_settings` tinyint(1) NOT NULL DEFAULT 0,
  `languages` json NOT NULL,
  `listing_approval_permission` json NOT NULL,
  `listing_features_configuration` json,
  `minimum_listing_publish_images_required` int DEFAULT 1,
  `name` varchar(255) NOT NULL,
  `notifications_sign_up_url` text,
  `partner_terms` text,
  `public_url` text NOT NULL,
  `regions` json NOT NULL,
  `referral_summary_default` text,
  `rental_assistance_default` text NOT NULL,
  `required_listing_fields` json NOT NULL,
  `visible_accessibility_priority_types` json NOT NULL,
  `visible_neighborhood_amenities` json NOT NULL,
  `visible_spoken_languages` json NOT NULL,
  `visible_application_accessibility_features` json NOT NULL,
  `visible_household_member_relationships` json NOT NULL,
  `what_to_expect` text NOT NULL,
  `what_to_expect_additional_text` text NOT NULL,
  `what_to_expect_under_construction` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `listing_documents` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `birth_certificate` tinyint(1),
  `current_landlord_reference` tinyint(1),
  `government_issued_id` tinyint(1),
  `previous_landlord_reference` tinyint(1),
  `proof_of_assets` tinyint(1),
  `proof_of_custody` tinyint(1),
  `proof_of_income` tinyint(1),
  `residency_documents` tinyint(1),
  `social_security_card` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `listing_events` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `end_time` datetime(6),
  `file_id` char(36),
  `label` text,
  `listing_id` char(36),
  `note` text,
  `start_date` datetime(6),
  `start_time` datetime(6),
  `type` enum('openHouse','publicLottery','lotteryResults') NOT NULL,
  `url` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `listing_images` (
  `description` text,
  `image_id` char(36) NOT NULL,
  `listing_id` char(36) NOT NULL,
  `ordinal` int,
  PRIMARY KEY (`listing_id`, `image_id`)
);

CREATE TABLE `listing_multiselect_questions` (
  `listing_id` char(36) NOT NULL,
  `multiselect_question_id` char(36) NOT NULL,
  `ordinal` int,
  PRIMARY KEY (`listing_id`, `multiselect_question_id`)
);

CREATE TABLE `listings` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `accessibility` text,
  `accessible_marketing_flyer` text,
  `accessible_marketing_flyer_file_id` char(36),
  `additional_application_submission_notes` text,
  `afs_last_run_at` datetime(6),
  `allows_cats` tinyint(1),
  `allows_dogs` tinyint(1),
  `amenities` text,
  `ami_percentage_max` int,
  `ami_percentage_min` int,
  `application_drop_off_address_id` char(36),
  `application_drop_off_address_office_hours` text,
  `application_drop_off_address_type` enum('leasingAgent'),
  `application_due_date` datetime(6),
  `application_fee` text,
  `application_mailing_address_id` char(36),
  `application_mailing_address_type` enum('leasingAgent'),
  `application_open_date` datetime(6),
  `application_organization` text,
  `application_pick_up_address_id` char(36),
  `application_pick_up_address_office_hours` text,
  `application_pick_up_address_type` enum('leasingAgent'),
  `assets` json NOT NULL,
  `building_address_id` char(36),
  `building_selection_criteria` text,
  `building_selection_criteria_file_id` char(36),
  `building_total_units` int,
  `closed_at` datetime(6),
  `coc_info` text,
  `common_digital_application` tinyint(1),
  `community_disclaimer_description` text,
  `community_disclaimer_title` text,
  `configurable_region` text,
  `content_updated_at` datetime(6),
  `copy_of_id` char(36),
  `costs_not_included` text,
  `credit_history` text,
  `credit_screening_fee` text,
  `criminal_background` text,
  `custom_map_pin` tinyint(1),
  `deposit_helper_text` text,
  `deposit_max` text,
  `deposit_min` text,
  `deposit_type` enum('fixedDeposit','depositRange'),
  `deposit_value` decimal(8,2),
  `developer` text,
  `digital_application` tinyint(1),
  `disable_units_accordion` tinyint(1),
  `display_waitlist_size` tinyint(1) NOT NULL,
  `documents_id` char(36),
  `external_jurisdiction_id` text,
  `external_listing_id` text,
  `external_url` text,
  `features_id` char(36),
  `has_hud_ebll_clearance` tinyint(1),
  `home_type` enum('apartment','duplex','house','townhome'),
  `household_size_max` int,
  `household_size_min` int,
  `hrd_id` text,
  `include_community_disclaimer` tinyint(1),
  `is_verified` tinyint(1) DEFAULT 0,
  `is_waitlist_open` tinyint(1),
  `jurisdiction_id` char(36),
  `last_application_update_at` datetime(6),
  `last_updated_by_user_id` char(36),
  `leasing_agent_address_id` char(36),
  `leasing_agent_email` text,
  `leasing_agent_name` text,
  `leasing_agent_office_hours` text,
  `leasing_agent_phone` text,
  `leasing_agent_title` text,
  `listing_file_number` text,
  `listing_type` enum('regulated','nonRegulated','landUse') NOT NULL DEFAULT 'regulated',
  `lottery_last_published_at` datetime(6),
  `lottery_last_run_at` datetime(6),
  `lottery_opt_in` tinyint(1),
  `lottery_status` enum('errored','ran','approved','releasedToPartners','publishedToPublic','expired'),
  `management_company` text,
  `management_website` text,
  `marketing_flyer` text,
  `marketing_flyer_file_id` char(36),
  `marketing_month` enum('january','february','march','april','may','june','july','august','september','october','november','december'),
  `marketing_season` enum('spring','summer','fall','winter'),
  `marketing_type` enum('marketing','comingSoon') NOT NULL DEFAULT 'marketing',
  `marketing_year` int,
  `name` text NOT NULL,
  `neighborhood` text,
  `neighborhood_amenities_id` char(36),
  `owner_company` text,
  `paper_application` tinyint(1),
  `parking_fee` text,
  `parking_type_id` char(36),
  `pet_policy` text,
  `phone_number` text,
  `postmarked_applications_received_by_date` datetime(6),
  `program_rules` text,
  `property_id` char(36),
  `published_at` datetime(6),
  `referral_opportunity` tinyint(1),
  `region` enum('Greater_Downtown','Eastside','Southwest','Westside'),
  `rental_assistance` text,
  `rental_history` text,
  `requested_changes` text,
  `requested_changes_date` datetime(6),
  `requested_changes_user_id` char(36),
  `required_documents` text,
  `reserved_community_description` text,
  `reserved_community_min_age` int,
  `reserved_community_type_id` char(36),
  `result_id` char(36),
  `result_link` text,
  `review_order_type` enum('lottery','firstComeFirstServe','waitlist','waitlistLottery'),
  `scheduled_publish_at` datetime(6),
  `scheduled_application_open_at` datetime(6),
  `section8_acceptance` tinyint(1),
  `services_offered` text,
  `smoking_policy` text,
  `special_notes` text,
  `status` enum('active','pending','scheduled','closed','pendingReview','changesRequested') NOT NULL DEFAULT 'pending',
  `temporary_listing_id` int,
  `unit_amenities` text,
  `units_available` int,
  `utilities_id` char(36),
  `verified_at` datetime(6),
  `waitlist_current_size` int,
  `waitlist_max_size` int,
  `waitlist_open_spots` int,
  `was_created_externally` tinyint(1) NOT NULL DEFAULT 0,
  `what_to_expect` text,
  `what_to_expect_additional_text` text,
  `year_built` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `multiselect_options` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `description` text,
  `is_opt_out` tinyint(1) NOT NULL DEFAULT 0,
  `links` json,
  `map_layer_id` text,
  `map_pin_position` text,
  `multiselect_question_id` char(36) NOT NULL,
  `name` text NOT NULL,
  `ordinal` int NOT NULL,
  `radius_size` int,
  `should_collect_address` tinyint(1),
  `should_collect_name` tinyint(1),
  `should_collect_relationship` tinyint(1),
  `validation_method` enum('radius','map','none'),
  PRIMARY KEY (`id`)
);

CREATE TABLE `multiselect_questions` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `application_section` enum('programs','preferences') NOT NULL,
  `description` text,
  `hide_from_listing` tinyint(1),
  `is_exclusive` tinyint(1) NOT NULL,
  `jurisdiction_id` char(36) NOT NULL,
  `links` json,
  `name` text NOT NULL,
  `options` json,
  `opt_out_text` text,
  `status` enum('draft','visible','active','toRetire','retired') NOT NULL DEFAULT 'draft',
  `sub_text` text,
  `text` text NOT NULL,
  `was_created_externally` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `paper_applications` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `application_method_id` char(36),
  `file_id` char(36),
  `language` enum('en','es','vi','zh','tl','bn','ar','ko','hy','fa') NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `properties` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `description` text,
  `jurisdiction_id` char(36),
  `name` text NOT NULL,
  `url` text,
  `url_title` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reserved_community_types` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `description` text,
  `jurisdiction_id` char(36) NOT NULL,
  `name` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `script_runs` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `did_script_run` tinyint(1) NOT NULL DEFAULT 0,
  `script_name` varchar(255) NOT NULL,
  `triggering_user` char(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `translations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `jurisdiction_id` char(36),
  `language` enum('en','es','vi','zh','tl','bn','ar','ko','hy','fa') NOT NULL,
  `translations` json NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `unit_types` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `name` enum('studio','oneBdrm','twoBdrm','threeBdrm','fourBdrm','SRO','fiveBdrm','sixBdrm','sevenBdrm') NOT NULL,
  `num_bedrooms` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `units` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `ami_chart_id` char(36),
  `ami_chart_override_id` char(36),
  `ami_percentage` text,
  `annual_income_max` text,
  `annual_income_min` text,
  `bmr_program_chart` tinyint(1),
  `floor` int,
  `listing_id` char(36),
  `max_occupancy` int,
  `min_occupancy` int,
  `monthly_income_min` text,
  `monthly_rent` text,
  `monthly_rent_as_percent_of_income` decimal(8,2),
  `num_bathrooms` int,
  `num_bedrooms` int,
  `number` text,
  `accessibility_priority_type` enum('mobility','hearing','vision','hearingAndVision','mobilityAndHearing','mobilityAndVision','mobilityHearingAndVision'),
  `sq_feet` decimal(8,2),
  `unit_rent_type_id` char(36),
  `unit_type_id` char(36),
  `status` enum('unknown','available','occupied','unavailable') NOT NULL DEFAULT 'unknown',
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_accounts` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `active_access_token` varchar(255),
  `active_refresh_token` varchar(255),
  `additional_phone_extension` text,
  `additional_phone_number` text,
  `additional_phone_number_type` text,
  `address_id` char(36),
  `agency_id` char(36),
  `agreed_to_terms_of_service` tinyint(1) NOT NULL DEFAULT 0,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime(6),
  `dob` datetime(6),
  `email` varchar(255) NOT NULL,
  `failed_login_attempts_count` int NOT NULL DEFAULT 0,
  `first_name` varchar(255) NOT NULL,
  `hit_confirmation_url` datetime(6),
  `is_advocate` tinyint(1) NOT NULL DEFAULT 0,
  `is_approved` tinyint(1) NOT NULL DEFAULT 0,
  `language` enum('en','es','vi','zh','tl','bn','ar','ko','hy','fa'),
  `last_login_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_name` varchar(255) NOT NULL,
  `mfa_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `middle_name` varchar(255),
  `password_hash` varchar(255) NOT NULL,
  `password_updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `password_valid_for_days` int NOT NULL DEFAULT 365,
  `phone_extension` text,
  `phone_number` varchar(255),
  `phone_number_verified` tinyint(1) DEFAULT 0,
  `phone_type` text,
  `reset_token` varchar(255),
  `single_use_code` varchar(255),
  `single_use_code_updated_at` datetime(6),
  `title` text,
  `was_warned_of_deletion` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_account_snapshot` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `original_id` char(36) NOT NULL,
  `original_created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `active_access_token` varchar(255),
  `active_refresh_token` varchar(255),
  `additional_phone_extension` text,
  `additional_phone_number` text,
  `additional_phone_number_type` text,
  `address_snapshot_id` char(36),
  `agency_id` char(36),
  `agreed_to_terms_of_service` tinyint(1) NOT NULL DEFAULT 0,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime(6),
  `dob` datetime(6),
  `email` varchar(255) NOT NULL,
  `failed_login_attempts_count` int NOT NULL DEFAULT 0,
  `first_name` varchar(255) NOT NULL,
  `hit_confirmation_url` datetime(6),
  `is_advocate` tinyint(1) NOT NULL DEFAULT 0,
  `is_approved` tinyint(1) NOT NULL DEFAULT 0,
  `language` enum('en','es','vi','zh','tl','bn','ar','ko','hy','fa'),
  `last_login_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_name` varchar(255) NOT NULL,
  `mfa_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `middle_name` varchar(255),
  `password_hash` varchar(255) NOT NULL,
  `password_updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `password_valid_for_days` int NOT NULL DEFAULT 365,
  `phone_extension` text,
  `phone_number` varchar(255),
  `phone_number_verified` tinyint(1) DEFAULT 0,
  `phone_type` text,
  `reset_token` varchar(255),
  `single_use_code` varchar(255),
  `single_use_code_updated_at` datetime(6),
  `title` text,
  `was_warned_of_deletion` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_preferences` (
  `favorite_ids` json NOT NULL,
  `send_email_notifications` tinyint(1) NOT NULL DEFAULT 0,
  `send_sms_notifications` tinyint(1) NOT NULL DEFAULT 0,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `user_notification_preferences` (
  `user_id` char(36) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `lottery` tinyint(1) DEFAULT 0,
  `waitlist` tinyint(1) DEFAULT 0,
  `mobility` tinyint(1) DEFAULT 0,
  `hearing` tinyint(1) DEFAULT 0,
  `vision` tinyint(1) DEFAULT 0,
  `hearing_and_vision` tinyint(1) DEFAULT 0,
  `mobility_and_hearing` tinyint(1) DEFAULT 0,
  `mobility_and_vision` tinyint(1) DEFAULT 0,
  `mobility_hearing_and_vision` tinyint(1) DEFAULT 0,
  `wants_region_notifs` tinyint(1) DEFAULT 0,
  `regions` json NOT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `user_roles` (
  `is_admin` tinyint(1) NOT NULL DEFAULT 0,
  `is_jurisdictional_admin` tinyint(1) NOT NULL DEFAULT 0,
  `is_limited_jurisdictional_admin` tinyint(1) NOT NULL DEFAULT 0,
  `is_partner` tinyint(1) NOT NULL DEFAULT 0,
  `is_super_admin` tinyint(1) NOT NULL DEFAULT 0,
  `is_support_admin` tinyint(1) NOT NULL DEFAULT 0,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `background_job` (
  `id` char(36) NOT NULL,
  `listing_id` char(36) NOT NULL,
  `requested_by_user_id` char(36) NOT NULL,
  `status` enum('processing','completed','failed') NOT NULL,
  `total_records` int,
  `input_s3_key` text NOT NULL,
  `error_message` text,
  `error_row` int,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL,
  `completed_at` datetime(6),
  PRIMARY KEY (`id`)
);


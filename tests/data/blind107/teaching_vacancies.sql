-- Teaching Vacancies (Department for Education, England): github.com/DFE-Digital/teaching-vacancies
-- db/schema.rb at commit 98445ab0cf893afe7c9411c761b013f23de8984d (MIT), Rails schema (PostgreSQL) written as MySQL DDL.
-- 43 of its 67 tables; column names, order and types kept (uuid -> char(36), arrays/jsonb -> json,
-- tsvector -> text, PostGIS geography/geometry -> geometry); indexes left out; foreign keys between kept tables inline.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `action_text_rich_texts` (
  `id` char(36) NOT NULL,
  `body_ciphertext` text,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `record_id` char(36) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `active_storage_attachments` (
  `id` char(36) NOT NULL,
  `blob_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `record_id` char(36) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `active_storage_blobs` (
  `id` char(36) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `content_type` varchar(255),
  `created_at` datetime NOT NULL,
  `filename` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `malware_scan_result` int NOT NULL DEFAULT 0,
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `conversations` (
  `id` char(36) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `has_unread_jobseeker_messages` tinyint(1) NOT NULL DEFAULT 0,
  `job_application_id` char(36) NOT NULL,
  `last_message_at` datetime(6),
  `searchable_content` text,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`)
);

CREATE TABLE `emergency_login_keys` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `not_valid_after` datetime NOT NULL,
  `owner_id` char(36) NOT NULL,
  `owner_type` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `employments` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `employment_type` int DEFAULT 0,
  `ended_on` date,
  `is_current_role` tinyint(1) NOT NULL DEFAULT 0,
  `job_application_id` char(36),
  `job_title_ciphertext` text,
  `jobseeker_profile_id` char(36),
  `main_duties_ciphertext` text,
  `organisation_ciphertext` text,
  `reason_for_break` text,
  `reason_for_leaving` text,
  `started_on` date,
  `subjects` varchar(255) NOT NULL DEFAULT '',
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`),
  FOREIGN KEY (`jobseeker_profile_id`) REFERENCES `jobseeker_profiles` (`id`)
);

CREATE TABLE `equal_opportunities_reports` (
  `id` char(36) NOT NULL,
  `age_fifty_to_fifty_nine` int NOT NULL DEFAULT 0,
  `age_forty_to_forty_nine` int NOT NULL DEFAULT 0,
  `age_prefer_not_to_say` int NOT NULL DEFAULT 0,
  `age_sixty_and_over` int NOT NULL DEFAULT 0,
  `age_thirty_to_thirty_nine` int NOT NULL DEFAULT 0,
  `age_twenty_five_to_twenty_nine` int NOT NULL DEFAULT 0,
  `age_under_twenty_five` int NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `disability_no` int NOT NULL DEFAULT 0,
  `disability_prefer_not_to_say` int NOT NULL DEFAULT 0,
  `disability_yes` int NOT NULL DEFAULT 0,
  `ethnicity_asian` int NOT NULL DEFAULT 0,
  `ethnicity_black` int NOT NULL DEFAULT 0,
  `ethnicity_mixed` int NOT NULL DEFAULT 0,
  `ethnicity_other` int NOT NULL DEFAULT 0,
  `ethnicity_other_descriptions` json NOT NULL,
  `ethnicity_prefer_not_to_say` int NOT NULL DEFAULT 0,
  `ethnicity_white` int NOT NULL DEFAULT 0,
  `gender_man` int NOT NULL DEFAULT 0,
  `gender_other` int NOT NULL DEFAULT 0,
  `gender_other_descriptions` json NOT NULL,
  `gender_prefer_not_to_say` int NOT NULL DEFAULT 0,
  `gender_woman` int NOT NULL DEFAULT 0,
  `orientation_bisexual` int NOT NULL DEFAULT 0,
  `orientation_gay_or_lesbian` int NOT NULL DEFAULT 0,
  `orientation_heterosexual` int NOT NULL DEFAULT 0,
  `orientation_other` int NOT NULL DEFAULT 0,
  `orientation_other_descriptions` json NOT NULL,
  `orientation_prefer_not_to_say` int NOT NULL DEFAULT 0,
  `religion_buddhist` int NOT NULL DEFAULT 0,
  `religion_christian` int NOT NULL DEFAULT 0,
  `religion_hindu` int NOT NULL DEFAULT 0,
  `religion_jewish` int NOT NULL DEFAULT 0,
  `religion_muslim` int NOT NULL DEFAULT 0,
  `religion_none` int NOT NULL DEFAULT 0,
  `religion_other` int NOT NULL DEFAULT 0,
  `religion_other_descriptions` json NOT NULL,
  `religion_prefer_not_to_say` int NOT NULL DEFAULT 0,
  `religion_sikh` int NOT NULL DEFAULT 0,
  `total_submissions` int NOT NULL DEFAULT 0,
  `updated_at` datetime(6) NOT NULL,
  `vacancy_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`vacancy_id`) REFERENCES `vacancies` (`id`)
);

CREATE TABLE `feedbacks` (
  `id` char(36) NOT NULL,
  `category` varchar(255),
  `close_account_reason` int,
  `close_account_reason_comment` text,
  `comment` text,
  `created_at` datetime(6) NOT NULL,
  `email` varchar(255),
  `feedback_type` int,
  `job_alert_vacancy_ids` json,
  `job_application_id` char(36),
  `job_found_unsubscribe_reason_comment` text,
  `jobseeker_id` char(36),
  `occupation` text,
  `origin_path` varchar(255),
  `other_unsubscribe_reason_comment` text,
  `publisher_id` char(36),
  `rating` int,
  `recaptcha_score` double,
  `relevant_to_user` tinyint(1),
  `search_criteria` json,
  `subscription_id` char(36),
  `unsubscribe_reason` int,
  `updated_at` datetime(6) NOT NULL,
  `user_participation_response` int,
  `vacancy_id` char(36),
  `visit_purpose` int,
  `visit_purpose_comment` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`),
  FOREIGN KEY (`jobseeker_id`) REFERENCES `jobseekers` (`id`),
  FOREIGN KEY (`publisher_id`) REFERENCES `publishers` (`id`),
  FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`id`),
  FOREIGN KEY (`vacancy_id`) REFERENCES `vacancies` (`id`)
);

CREATE TABLE `job_application_batches` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vacancy_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`vacancy_id`) REFERENCES `vacancies` (`id`)
);

CREATE TABLE `job_applications` (
  `id` char(36) NOT NULL,
  `age` varchar(255) NOT NULL DEFAULT '',
  `baptism_address_ciphertext` varchar(255),
  `baptism_date_ciphertext` varchar(255),
  `city_ciphertext` text,
  `close_relationships_details_ciphertext` text,
  `completed_steps` json NOT NULL,
  `country` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime(6) NOT NULL,
  `declined_at` datetime(6),
  `disability` varchar(255) NOT NULL DEFAULT '',
  `draft_at` datetime,
  `email_address` varchar(255) NOT NULL DEFAULT '',
  `ethnicity` varchar(255) NOT NULL DEFAULT '',
  `ethnicity_description` varchar(255) NOT NULL DEFAULT '',
  `ethos_and_aims_ciphertext` varchar(255),
  `faith_ciphertext` varchar(255),
  `first_name_ciphertext` text,
  `following_religion` tinyint(1),
  `further_instructions_ciphertext` text,
  `gaps_in_employment_details_ciphertext` text,
  `gender` varchar(255) NOT NULL DEFAULT '',
  `gender_description` varchar(255) NOT NULL DEFAULT '',
  `has_close_relationships` tinyint(1),
  `has_right_to_work_in_uk` tinyint(1),
  `has_safeguarding_issue` tinyint(1),
  `imported_steps` json NOT NULL,
  `in_progress_steps` json NOT NULL,
  `interview_feedback_received` tinyint(1),
  `interview_feedback_received_at` datetime(6),
  `interviewing_at` datetime(6),
  `is_statutory_induction_complete` tinyint(1),
  `is_support_needed` tinyint(1),
  `jobseeker_id` char(36) NOT NULL,
  `last_name_ciphertext` text,
  `national_insurance_number_ciphertext` text,
  `notify_before_contact_referers` tinyint(1),
  `offered_at` datetime(6),
  `online_checks` int NOT NULL DEFAULT 1,
  `online_checks_updated_at` datetime(6),
  `orientation` varchar(255) NOT NULL DEFAULT '',
  `orientation_description` varchar(255) NOT NULL DEFAULT '',
  `phone_number_ciphertext` text,
  `place_of_worship_ciphertext` varchar(255),
  `postcode_ciphertext` text,
  `previous_names_ciphertext` text,
  `qts_age_range_and_subject` varchar(255),
  `qualified_teacher_status` varchar(255) NOT NULL DEFAULT '',
  `qualified_teacher_status_details` text NOT NULL,
  `qualified_teacher_status_year` varchar(255) NOT NULL DEFAULT '',
  `rejected_at` datetime(6),
  `rejection_reasons_ciphertext` text,
  `religion` varchar(255) NOT NULL DEFAULT '',
  `religion_description` varchar(255) NOT NULL DEFAULT '',
  `religious_referee_address_ciphertext` varchar(255),
  `religious_referee_email_ciphertext` varchar(255),
  `religious_referee_name_ciphertext` varchar(255),
  `religious_referee_phone_ciphertext` varchar(255),
  `religious_referee_role_ciphertext` varchar(255),
  `religious_reference_type` int,
  `reviewed_at` datetime,
  `safeguarding_issue_details` text,
  `shortlisted_at` datetime,
  `status` int,
  `statutory_induction_complete_details` varchar(255),
  `street_address_ciphertext` text,
  `submitted_at` datetime,
  `support_needed_details_ciphertext` text,
  `teacher_reference_number_ciphertext` text,
  `type` varchar(255),
  `unsuccessful_at` datetime,
  `unsuccessful_interview_at` datetime(6),
  `updated_at` datetime(6) NOT NULL,
  `vacancy_id` char(36) NOT NULL,
  `withdrawn_at` datetime,
  `withdrawn_by_closing_account` tinyint(1) NOT NULL DEFAULT 0,
  `working_pattern_details` varchar(255),
  `working_patterns` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`jobseeker_id`) REFERENCES `jobseekers` (`id`),
  FOREIGN KEY (`vacancy_id`) REFERENCES `vacancies` (`id`)
);

CREATE TABLE `job_preferences` (
  `id` char(36) NOT NULL,
  `builder_completed` tinyint(1) NOT NULL DEFAULT 0,
  `completed_steps` json,
  `created_at` datetime(6) NOT NULL,
  `jobseeker_profile_id` char(36) NOT NULL,
  `key_stages` json,
  `phases` json,
  `roles` json,
  `subjects` json,
  `updated_at` datetime(6) NOT NULL,
  `working_pattern_details` varchar(255),
  `working_patterns` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`jobseeker_profile_id`) REFERENCES `jobseeker_profiles` (`id`)
);

CREATE TABLE `job_preferences_locations` (
  `id` char(36) NOT NULL,
  `area` geometry,
  `created_at` datetime(6) NOT NULL,
  `job_preferences_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `radius` int NOT NULL,
  `uk_area` geometry NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_preferences_id`) REFERENCES `job_preferences` (`id`)
);

CREATE TABLE `job_references` (
  `id` char(36) NOT NULL,
  `able_to_undertake_role_ciphertext` varchar(255),
  `adapt_to_change_ciphertext` varchar(255),
  `allegations_ciphertext` varchar(255),
  `can_give_reference` tinyint(1),
  `communication_ciphertext` varchar(255),
  `complete` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `currently_employed` tinyint(1),
  `customer_care_ciphertext` varchar(255),
  `deal_with_conflict_ciphertext` varchar(255),
  `email` varchar(255),
  `employment_end_date_ciphertext` varchar(255),
  `employment_start_date_ciphertext` varchar(255),
  `general_attitude_ciphertext` varchar(255),
  `how_do_you_know_the_candidate_ciphertext` text,
  `is_reference_sharable` tinyint(1),
  `job_title` varchar(255),
  `leadership_ciphertext` varchar(255),
  `name` varchar(255),
  `not_fit_to_practice_ciphertext` varchar(255),
  `not_provided_reason` varchar(255),
  `organisation` varchar(255),
  `phone_number` varchar(255),
  `prioritise_workload_ciphertext` varchar(255),
  `problem_solving_ciphertext` varchar(255),
  `punctuality_ciphertext` varchar(255),
  `reason_for_leaving_ciphertext` text,
  `reference_request_id` char(36) NOT NULL,
  `team_working_ciphertext` varchar(255),
  `technical_competence_ciphertext` varchar(255),
  `unable_to_undertake_reason_ciphertext` varchar(255),
  `under_investigation_ciphertext` varchar(255),
  `under_investigation_details_ciphertext` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  `warning_details_ciphertext` varchar(255),
  `warnings_ciphertext` varchar(255),
  `working_relationships_ciphertext` varchar(255),
  `would_reemploy_any` tinyint(1),
  `would_reemploy_any_reason_ciphertext` text,
  `would_reemploy_current` tinyint(1),
  `would_reemploy_current_reason_ciphertext` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reference_request_id`) REFERENCES `reference_requests` (`id`)
);

CREATE TABLE `jobseeker_profile_excluded_organisations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `jobseeker_profile_id` char(36) NOT NULL,
  `organisation_id` char(36) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`jobseeker_profile_id`) REFERENCES `jobseeker_profiles` (`id`),
  FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`)
);

CREATE TABLE `jobseeker_profiles` (
  `id` char(36) NOT NULL,
  `about_you` varchar(255),
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `is_statutory_induction_complete` tinyint(1),
  `jobseeker_id` char(36) NOT NULL,
  `qts_age_range_and_subject` varchar(255),
  `qualified_teacher_status` int,
  `qualified_teacher_status_details` text,
  `qualified_teacher_status_year` varchar(255),
  `requested_hidden_profile` tinyint(1),
  `statutory_induction_complete_details` varchar(255),
  `teacher_reference_number_ciphertext` text,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`jobseeker_id`) REFERENCES `jobseekers` (`id`)
);

CREATE TABLE `jobseekers` (
  `id` char(36) NOT NULL,
  `account_closed_on` date,
  `account_merge_confirmation_code` varchar(255),
  `account_merge_confirmation_code_generated_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `current_sign_in_at` datetime,
  `current_sign_in_ip_ciphertext` text,
  `email` varchar(255) NOT NULL DEFAULT '',
  `email_opt_out` tinyint(1) NOT NULL DEFAULT 0,
  `email_opt_out_comment` text,
  `email_opt_out_reason` int,
  `govuk_one_login_id` varchar(255),
  `last_sign_in_at` datetime,
  `last_sign_in_ip_ciphertext` text,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `location_polygons` (
  `id` char(36) NOT NULL,
  `area` geometry,
  `centroid` geometry,
  `created_at` datetime NOT NULL,
  `location_type` varchar(255),
  `name` varchar(255) NOT NULL,
  `uk_area` geometry,
  `uk_centroid` geometry,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `message_templates` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `publisher_id` char(36) NOT NULL,
  `template_type` int NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`publisher_id`) REFERENCES `publishers` (`id`)
);

CREATE TABLE `messages` (
  `id` char(36) NOT NULL,
  `conversation_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `read` tinyint(1) NOT NULL DEFAULT 0,
  `sender_id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`)
);

CREATE TABLE `notes` (
  `id` char(36) NOT NULL,
  `content` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `discarded_at` datetime(6),
  `job_application_id` char(36) NOT NULL,
  `publisher_id` char(36) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`),
  FOREIGN KEY (`publisher_id`) REFERENCES `publishers` (`id`)
);

CREATE TABLE `noticed_events` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `notifications_count` int,
  `params` json,
  `record_id` char(36),
  `record_type` varchar(255),
  `type` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `noticed_notifications` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `event_id` char(36) NOT NULL,
  `read_at` datetime,
  `recipient_id` char(36) NOT NULL,
  `recipient_type` varchar(255) NOT NULL,
  `seen_at` datetime,
  `type` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organisation_publishers` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `organisation_id` char(36) NOT NULL,
  `publisher_id` char(36) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`),
  FOREIGN KEY (`publisher_id`) REFERENCES `publishers` (`id`)
);

CREATE TABLE `organisations` (
  `id` char(36) NOT NULL,
  `address` varchar(255),
  `address3` text,
  `county` varchar(255),
  `created_at` datetime NOT NULL,
  `description` text,
  `detailed_school_type` varchar(255),
  `discarded_at` datetime(6),
  `email` varchar(255),
  `establishment_status` varchar(255),
  `geopoint` geometry,
  `gias_data` json,
  `gias_data_hash` text,
  `group_type` varchar(255),
  `local_authority_code` varchar(255),
  `local_authority_within` varchar(255),
  `locality` text,
  `maximum_age` int,
  `minimum_age` int,
  `name` varchar(255),
  `phase` int,
  `postcode` varchar(255),
  `region` varchar(255),
  `religious_character` varchar(255) NOT NULL DEFAULT 'None',
  `safeguarding_information` varchar(255),
  `school_type` varchar(255),
  `searchable_content` text,
  `slug` varchar(255),
  `town` varchar(255),
  `type` varchar(255),
  `uid` varchar(255),
  `uk_geopoint` geometry,
  `updated_at` datetime NOT NULL,
  `url` varchar(255),
  `url_override` varchar(255),
  `urn` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `personal_details` (
  `id` char(36) NOT NULL,
  `completed_steps` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `first_name_ciphertext` text,
  `has_right_to_work_in_uk` tinyint(1),
  `jobseeker_profile_id` char(36) NOT NULL,
  `last_name_ciphertext` text,
  `phone_number_ciphertext` text,
  `phone_number_provided` tinyint(1),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`jobseeker_profile_id`) REFERENCES `jobseeker_profiles` (`id`)
);

CREATE TABLE `pre_employment_check_sets` (
  `id` char(36) NOT NULL,
  `childrens_barred_list` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `enhanced_dbs_check` tinyint(1) NOT NULL DEFAULT 0,
  `identity_check` tinyint(1) NOT NULL DEFAULT 0,
  `job_application_id` char(36) NOT NULL,
  `mental_and_physical_fitness` tinyint(1) NOT NULL DEFAULT 0,
  `overseas_checks` tinyint(1) NOT NULL DEFAULT 0,
  `professional_qualifications` tinyint(1) NOT NULL DEFAULT 0,
  `right_to_work_in_uk` tinyint(1) NOT NULL DEFAULT 0,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`)
);

CREATE TABLE `professional_body_memberships` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `exam_taken` tinyint(1) NOT NULL DEFAULT 0,
  `job_application_id` char(36) NOT NULL,
  `membership_number` varchar(255),
  `membership_type` varchar(255),
  `name` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `year_membership_obtained` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`)
);

CREATE TABLE `publisher_ats_api_clients` (
  `id` char(36) NOT NULL,
  `api_key` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_rotated_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `publishers` (
  `id` char(36) NOT NULL,
  `accepted_terms_at` datetime,
  `created_at` datetime(6),
  `dismissed_new_features_page_at` datetime,
  `email` varchar(255),
  `email_opt_out` tinyint(1) NOT NULL DEFAULT 0,
  `family_name_ciphertext` text,
  `given_name_ciphertext` text,
  `oid` varchar(255) NOT NULL,
  `unsubscribed_from_expired_vacancy_prompt_at` datetime,
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `qualification_results` (
  `id` char(36) NOT NULL,
  `awarding_body` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `grade` varchar(255) NOT NULL,
  `qualification_id` char(36) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`qualification_id`) REFERENCES `qualifications` (`id`)
);

CREATE TABLE `qualifications` (
  `id` char(36) NOT NULL,
  `awarding_body` varchar(255),
  `category` int,
  `created_at` datetime(6) NOT NULL,
  `finished_studying` tinyint(1),
  `finished_studying_details_ciphertext` text,
  `grade` varchar(255) NOT NULL DEFAULT '',
  `institution` varchar(255) NOT NULL DEFAULT '',
  `job_application_id` char(36),
  `jobseeker_profile_id` char(36),
  `month` int,
  `name` varchar(255) NOT NULL DEFAULT '',
  `subject` varchar(255) NOT NULL DEFAULT '',
  `updated_at` datetime(6) NOT NULL,
  `year` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`),
  FOREIGN KEY (`jobseeker_profile_id`) REFERENCES `jobseeker_profiles` (`id`)
);

CREATE TABLE `reference_requests` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `email` varchar(255),
  `marked_as_complete` tinyint(1) NOT NULL DEFAULT 0,
  `reference_id` char(36) NOT NULL,
  `reminder_sent` tinyint(1) NOT NULL DEFAULT 0,
  `status` int NOT NULL,
  `token` char(36),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reference_id`) REFERENCES `references` (`id`)
);

CREATE TABLE `references` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `email_ciphertext` text,
  `is_most_recent_employer` tinyint(1),
  `job_application_id` char(36) NOT NULL,
  `job_title_ciphertext` text,
  `name_ciphertext` text,
  `organisation_ciphertext` text,
  `phone_number_ciphertext` text,
  `relationship` varchar(255) NOT NULL DEFAULT '',
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`)
);

CREATE TABLE `religious_reference_requests` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `job_application_id` char(36) NOT NULL,
  `status` int NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`)
);

CREATE TABLE `saved_jobs` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `jobseeker_id` char(36) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vacancy_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`jobseeker_id`) REFERENCES `jobseekers` (`id`),
  FOREIGN KEY (`vacancy_id`) REFERENCES `vacancies` (`id`)
);

CREATE TABLE `self_disclosure_requests` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `job_application_id` char(36) NOT NULL,
  `marked_as_complete` tinyint(1) NOT NULL DEFAULT 0,
  `status` int,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`)
);

CREATE TABLE `self_disclosures` (
  `id` char(36) NOT NULL,
  `address_line_1_ciphertext` varchar(255),
  `address_line_2_ciphertext` varchar(255),
  `agreed_for_criminal_record_ciphertext` varchar(255),
  `agreed_for_information_sharing_ciphertext` varchar(255),
  `agreed_for_organisation_update_ciphertext` varchar(255),
  `agreed_for_processing_ciphertext` varchar(255),
  `city_ciphertext` varchar(255),
  `country_ciphertext` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `date_of_birth_ciphertext` varchar(255),
  `has_been_disciplined_by_regulatory_body_ciphertext` varchar(255),
  `has_been_disciplined_ciphertext` varchar(255),
  `has_been_dismissed_ciphertext` varchar(255),
  `has_been_referred_ciphertext` varchar(255),
  `has_spent_convictions_ciphertext` varchar(255),
  `has_unspent_convictions_ciphertext` varchar(255),
  `is_barred_ciphertext` varchar(255),
  `is_known_to_children_services_ciphertext` varchar(255),
  `name_ciphertext` varchar(255),
  `phone_number_ciphertext` varchar(255),
  `postcode_ciphertext` varchar(255),
  `previous_names_ciphertext` varchar(255),
  `self_disclosure_request_id` char(36) NOT NULL,
  `true_and_complete_ciphertext` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`self_disclosure_request_id`) REFERENCES `self_disclosure_requests` (`id`)
);

CREATE TABLE `sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `data` text,
  `session_id` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subscriptions` (
  `id` char(36) NOT NULL,
  `area` geometry,
  `created_at` datetime NOT NULL,
  `deletion_warning_email_sent_at` datetime(6),
  `email` varchar(255),
  `frequency` int,
  `geopoint` geometry,
  `radius_in_metres` int,
  `recaptcha_score` double,
  `search_criteria` json,
  `uk_area` geometry,
  `uk_geopoint` geometry,
  `unsubscribed_at` datetime,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_users` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `email` varchar(255),
  `family_name` varchar(255),
  `given_name` varchar(255),
  `oid` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `training_and_cpds` (
  `id` char(36) NOT NULL,
  `course_length` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `grade` varchar(255),
  `job_application_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `provider` varchar(255),
  `updated_at` datetime(6) NOT NULL,
  `year_awarded` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_application_id`) REFERENCES `job_applications` (`id`)
);

CREATE TABLE `vacancies` (
  `id` char(36) NOT NULL,
  `about_school` text,
  `actual_salary` varchar(255),
  `anonymise_applications` tinyint(1) DEFAULT 0,
  `application_email` varchar(255),
  `application_link` varchar(255),
  `benefits` tinyint(1),
  `benefits_details` text,
  `completed_steps` json NOT NULL,
  `contact_email` varchar(255),
  `contact_number` varchar(255),
  `contact_number_provided` tinyint(1),
  `contract_type` int,
  `created_at` datetime NOT NULL,
  `discarded_at` datetime(6),
  `earliest_start_date` date,
  `ect_status` int,
  `enable_job_applications` tinyint(1),
  `expired_vacancy_feedback_email_sent_at` datetime,
  `expires_at` datetime,
  `extension_reason` int,
  `external_advert_url` varchar(255),
  `external_reference` varchar(255),
  `external_source` varchar(255),
  `fe_role_qts_required` tinyint(1),
  `fixed_term_contract_duration` varchar(255),
  `flexi_working` varchar(255),
  `flexi_working_details_provided` tinyint(1),
  `further_details` varchar(255),
  `further_details_provided` tinyint(1),
  `geolocation` geometry,
  `hired_status` int,
  `hourly_rate` varchar(255),
  `include_additional_documents` tinyint(1),
  `is_job_share` tinyint(1),
  `is_parental_leave_cover` tinyint(1),
  `job_address_county` varchar(255),
  `job_address_line1` varchar(255),
  `job_address_line2` varchar(255),
  `job_address_postcode` varchar(255),
  `job_address_town` varchar(255),
  `job_advert` text,
  `job_location` int,
  `job_roles` json,
  `job_title` varchar(255),
  `key_stages` json,
  `latest_start_date` date,
  `listed_elsewhere` int,
  `other_extension_reason_details` varchar(255),
  `other_start_date_details` text,
  `pay_scale` varchar(255),
  `phases` json,
  `publish_on` date,
  `publisher_ats_api_client_id` char(36),
  `publisher_id` char(36),
  `publisher_organisation_id` char(36),
  `readable_job_location` varchar(255),
  `readable_phases` json,
  `receive_applications` int,
  `religion_type` int,
  `salary` varchar(255),
  `school_offer` varchar(255),
  `school_visits` tinyint(1),
  `searchable_content` text,
  `skills_and_experience` varchar(255),
  `slug` varchar(255) NOT NULL,
  `start_date_type` int,
  `starts_asap` tinyint(1),
  `starts_on` date,
  `stats_updated_at` datetime,
  `subjects` json,
  `type` varchar(255) NOT NULL,
  `uk_geolocation` geometry,
  `updated_at` datetime NOT NULL,
  `visa_sponsorship_available` tinyint(1),
  `working_patterns` json,
  `working_patterns_details` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`publisher_organisation_id`) REFERENCES `organisations` (`id`),
  FOREIGN KEY (`publisher_ats_api_client_id`) REFERENCES `publisher_ats_api_clients` (`id`),
  FOREIGN KEY (`publisher_id`) REFERENCES `publishers` (`id`)
);

CREATE TABLE `versions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `event` varchar(255) NOT NULL,
  `item_id` char(36) NOT NULL,
  `item_type` varchar(255) NOT NULL,
  `object` text,
  `object_changes` json,
  `whodunnit` varchar(255),
  PRIMARY KEY (`id`)
);

SET FOREIGN_KEY_CHECKS=1;

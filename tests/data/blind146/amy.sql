-- AMY (The Carpentries' workshop administration), github.com/carpentries/amy
-- Django models converted to MySQL DDL; see amy.md. Commit 84a7b9a76d038f71e56732c4d29acf8644edc7bb (MIT).

CREATE TABLE `workshops_organization` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `fullname` varchar(100) NOT NULL,
  `country` varchar(2) NULL,
  `latitude` double NULL,
  `longitude` double NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`domain`),
  UNIQUE KEY (`fullname`)
);

CREATE TABLE `workshops_memberrole` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `verbose_name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workshops_member` (
  `id` int NOT NULL AUTO_INCREMENT,
  `membership_id` int NOT NULL,
  `organization_id` int NOT NULL,
  `role_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`membership_id`) REFERENCES `workshops_membership` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `workshops_organization` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `workshops_memberrole` (`id`)
);

CREATE TABLE `workshops_membership` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `variant` varchar(40) NOT NULL,
  `agreement_start` date NOT NULL,
  `agreement_end` date NOT NULL,
  `extensions` json NOT NULL,
  `contribution_type` varchar(40) NOT NULL,
  `workshops_without_admin_fee_per_agreement` int UNSIGNED NULL,
  `workshops_without_admin_fee_rolled_from_previous` int UNSIGNED NULL,
  `workshops_without_admin_fee_rolled_over` int UNSIGNED NULL,
  `public_instructor_training_seats` int UNSIGNED NOT NULL,
  `additional_public_instructor_training_seats` int UNSIGNED NOT NULL,
  `public_instructor_training_seats_rolled_from_previous` int UNSIGNED NULL,
  `public_instructor_training_seats_rolled_over` int UNSIGNED NULL,
  `inhouse_instructor_training_seats` int UNSIGNED NOT NULL,
  `additional_inhouse_instructor_training_seats` int UNSIGNED NOT NULL,
  `inhouse_instructor_training_seats_rolled_from_previous` int UNSIGNED NULL,
  `inhouse_instructor_training_seats_rolled_over` int UNSIGNED NULL,
  `registration_code` varchar(40) NULL,
  `agreement_link` varchar(200) NOT NULL,
  `public_status` varchar(20) NOT NULL,
  `emergency_contact` longtext NOT NULL,
  `consortium` tinyint(1) NOT NULL,
  `rolled_to_membership_id` int NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`registration_code`),
  UNIQUE KEY (`rolled_to_membership_id`),
  FOREIGN KEY (`rolled_to_membership_id`) REFERENCES `workshops_membership` (`id`)
);

CREATE TABLE `workshops_airport` (
  `id` int NOT NULL AUTO_INCREMENT,
  `iata` varchar(10) NOT NULL,
  `fullname` varchar(100) NOT NULL,
  `country` varchar(2) NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`iata`),
  UNIQUE KEY (`fullname`)
);

CREATE TABLE `workshops_person` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `archived_at` datetime(6) NULL,
  `gender` varchar(1) NOT NULL,
  `gender_other` varchar(100) NOT NULL,
  `secondary_email` varchar(254) NOT NULL,
  `personal` varchar(100) NOT NULL,
  `middle` varchar(100) NOT NULL,
  `family` varchar(100) NOT NULL,
  `email` varchar(254) NULL,
  `airport_iata` varchar(10) NOT NULL,
  `airport_country` varchar(2) NOT NULL,
  `airport_lat` double NOT NULL,
  `airport_lon` double NOT NULL,
  `airport_timezone` longtext NOT NULL,
  `country` varchar(2) NOT NULL,
  `timezone` longtext NOT NULL,
  `github` varchar(39) NULL,
  `twitter` varchar(100) NULL,
  `bluesky` varchar(100) NULL,
  `mastodon` varchar(100) NULL,
  `url` varchar(100) NOT NULL,
  `username` varchar(100) NOT NULL,
  `user_notes` longtext NOT NULL,
  `affiliation` varchar(100) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `occupation` varchar(100) NOT NULL,
  `orcid` varchar(100) NOT NULL,
  `duplication_reviewed_on` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`email`),
  UNIQUE KEY (`github`),
  UNIQUE KEY (`twitter`),
  UNIQUE KEY (`bluesky`),
  UNIQUE KEY (`mastodon`),
  UNIQUE KEY (`username`)
);

CREATE TABLE `workshops_person_domains` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `knowledgedomain_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`person_id`,`knowledgedomain_id`),
  FOREIGN KEY (`person_id`) REFERENCES `workshops_person` (`id`),
  FOREIGN KEY (`knowledgedomain_id`) REFERENCES `workshops_knowledgedomain` (`id`)
);

CREATE TABLE `workshops_person_languages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `language_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`person_id`,`language_id`),
  FOREIGN KEY (`person_id`) REFERENCES `workshops_person` (`id`),
  FOREIGN KEY (`language_id`) REFERENCES `workshops_language` (`id`)
);

CREATE TABLE `workshops_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `details` varchar(100) NOT NULL,
  `priority` int UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `workshops_language` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `subtag` varchar(10) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workshops_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `assigned_to_id` int NULL,
  `host_id` int NOT NULL,
  `sponsor_id` int NULL,
  `membership_id` int NULL,
  `administrator_id` int NULL,
  `start` date NULL,
  `end` date NULL,
  `slug` varchar(100) NOT NULL,
  `language_id` int NULL,
  `url` varchar(100) NULL,
  `reg_key` varchar(20) NOT NULL,
  `manual_attendance` int UNSIGNED NOT NULL,
  `contact` varchar(255) NOT NULL,
  `country` varchar(2) NULL,
  `venue` varchar(255) NOT NULL,
  `address` varchar(350) NOT NULL,
  `latitude` double NULL,
  `longitude` double NULL,
  `completed` tinyint(1) NOT NULL,
  `learners_pre` varchar(200) NOT NULL,
  `learners_post` varchar(200) NOT NULL,
  `instructors_pre` varchar(200) NOT NULL,
  `instructors_post` varchar(200) NOT NULL,
  `learners_longterm` varchar(200) NOT NULL,
  `repository_last_commit_hash` varchar(40) NOT NULL,
  `repository_metadata` longtext NOT NULL,
  `metadata_all_changes` longtext NOT NULL,
  `metadata_changed` tinyint(1) NOT NULL,
  `open_TTT_applications` tinyint(1) NOT NULL,
  `public_status` varchar(10) NOT NULL,
  `event_category_id` char(32) NULL,
  `allocated_benefit_id` int NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`slug`),
  UNIQUE KEY (`url`),
  FOREIGN KEY (`assigned_to_id`) REFERENCES `workshops_person` (`id`),
  FOREIGN KEY (`host_id`) REFERENCES `workshops_organization` (`id`),
  FOREIGN KEY (`sponsor_id`) REFERENCES `workshops_organization` (`id`),
  FOREIGN KEY (`membership_id`) REFERENCES `workshops_membership` (`id`),
  FOREIGN KEY (`administrator_id`) REFERENCES `workshops_organization` (`id`),
  FOREIGN KEY (`language_id`) REFERENCES `workshops_language` (`id`),
  FOREIGN KEY (`event_category_id`) REFERENCES `workshops_eventcategory` (`id`)
);

CREATE TABLE `workshops_event_tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`event_id`,`tag_id`),
  FOREIGN KEY (`event_id`) REFERENCES `workshops_event` (`id`),
  FOREIGN KEY (`tag_id`) REFERENCES `workshops_tag` (`id`)
);

CREATE TABLE `workshops_eventcategory` (
  `active` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `id` char(32) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workshops_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `verbose_name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workshops_task` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int NOT NULL,
  `person_id` int NOT NULL,
  `role_id` int NOT NULL,
  `seat_membership_id` int NULL,
  `seat_public` tinyint(1) NOT NULL,
  `seat_open_training` tinyint(1) NOT NULL,
  `allocated_benefit_id` int NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `workshops_event` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `workshops_person` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `workshops_role` (`id`),
  FOREIGN KEY (`seat_membership_id`) REFERENCES `workshops_membership` (`id`)
);

CREATE TABLE `workshops_lesson` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workshops_qualification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `lesson_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `workshops_person` (`id`),
  FOREIGN KEY (`lesson_id`) REFERENCES `workshops_lesson` (`id`)
);

CREATE TABLE `workshops_badge` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `title` varchar(40) NOT NULL,
  `criteria` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `workshops_award` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int NOT NULL,
  `badge_id` int NOT NULL,
  `awarded` date NOT NULL,
  `event_id` int NULL,
  `awarded_by_id` int NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `workshops_person` (`id`),
  FOREIGN KEY (`badge_id`) REFERENCES `workshops_badge` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `workshops_event` (`id`),
  FOREIGN KEY (`awarded_by_id`) REFERENCES `workshops_person` (`id`)
);

CREATE TABLE `workshops_knowledgedomain` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workshops_curriculum` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL,
  `carpentry` varchar(5) NOT NULL,
  `slug` varchar(40) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `other` tinyint(1) NOT NULL,
  `unknown` tinyint(1) NOT NULL,
  `mix_match` tinyint(1) NOT NULL,
  `website` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`slug`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `workshops_trainingrequest` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `data_privacy_agreement` tinyint(1) NOT NULL,
  `code_of_conduct_agreement` tinyint(1) NOT NULL,
  `state` varchar(1) NOT NULL,
  `secondary_email` varchar(254) NOT NULL,
  `person_id` int NULL,
  `review_process` varchar(20) NOT NULL,
  `member_code` varchar(100) NOT NULL,
  `member_code_override` tinyint(1) NOT NULL,
  `eventbrite_url` varchar(200) NOT NULL,
  `personal` varchar(100) NOT NULL,
  `middle` varchar(100) NOT NULL,
  `family` varchar(100) NOT NULL,
  `email` varchar(254) NOT NULL,
  `github` varchar(39) NULL,
  `occupation` varchar(40) NOT NULL,
  `occupation_other` varchar(100) NOT NULL,
  `affiliation` varchar(100) NOT NULL,
  `location` varchar(100) NOT NULL,
  `country` varchar(2) NOT NULL,
  `airport_iata` varchar(10) NOT NULL,
  `underresourced` tinyint(1) NOT NULL,
  `domains_other` varchar(255) NOT NULL,
  `underrepresented` varchar(20) NOT NULL,
  `underrepresented_details` varchar(255) NOT NULL,
  `nonprofit_teaching_experience` varchar(255) NOT NULL,
  `previous_training` varchar(40) NOT NULL,
  `previous_training_other` varchar(100) NOT NULL,
  `previous_training_explanation` longtext NOT NULL,
  `previous_experience` varchar(40) NOT NULL,
  `previous_experience_other` varchar(100) NOT NULL,
  `previous_experience_explanation` longtext NOT NULL,
  `programming_language_usage_frequency` varchar(40) NOT NULL,
  `checkout_intent` varchar(40) NOT NULL,
  `teaching_intent` varchar(40) NOT NULL,
  `teaching_frequency_expectation` varchar(40) NOT NULL,
  `teaching_frequency_expectation_other` varchar(100) NOT NULL,
  `max_travelling_frequency` varchar(40) NOT NULL,
  `max_travelling_frequency_other` varchar(100) NOT NULL,
  `reason` longtext NOT NULL,
  `user_notes` longtext NOT NULL,
  `score_auto` int UNSIGNED NOT NULL,
  `score_manual` int NULL,
  `score_notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `workshops_person` (`id`)
);

CREATE TABLE `workshops_trainingrequirement` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `url_required` tinyint(1) NOT NULL,
  `event_required` tinyint(1) NOT NULL,
  `involvement_required` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workshops_trainingprogress` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `trainee_id` int NOT NULL,
  `date` date NULL,
  `requirement_id` int NOT NULL,
  `state` varchar(1) NOT NULL,
  `involvement_type_id` int NULL,
  `event_id` int NULL,
  `url` varchar(200) NULL,
  `trainee_notes` varchar(255) NOT NULL,
  `notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`trainee_id`) REFERENCES `workshops_person` (`id`),
  FOREIGN KEY (`requirement_id`) REFERENCES `workshops_trainingrequirement` (`id`),
  FOREIGN KEY (`involvement_type_id`) REFERENCES `trainings_involvement` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `workshops_event` (`id`)
);

CREATE TABLE `workshops_academiclevel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workshops_computingexperiencelevel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workshops_infosource` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `workshops_workshoprequest` (
  `id` int NOT NULL AUTO_INCREMENT,
  `assigned_to_id` int NULL,
  `state` varchar(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `secondary_email` varchar(254) NOT NULL,
  `personal` varchar(255) NOT NULL,
  `family` varchar(255) NOT NULL,
  `email` varchar(254) NOT NULL,
  `institution_id` int NULL,
  `institution_other_name` varchar(255) NOT NULL,
  `institution_other_URL` varchar(255) NOT NULL,
  `institution_department` varchar(255) NOT NULL,
  `member_code` varchar(40) NOT NULL,
  `online_inperson` varchar(15) NOT NULL,
  `workshop_listed` tinyint(1) NOT NULL,
  `public_event` varchar(20) NOT NULL,
  `public_event_other` varchar(255) NOT NULL,
  `additional_contact` varchar(255) NOT NULL,
  `data_privacy_agreement` tinyint(1) NOT NULL,
  `code_of_conduct_agreement` tinyint(1) NOT NULL,
  `host_responsibilities` tinyint(1) NOT NULL,
  `instructor_availability` tinyint(1) NOT NULL,
  `event_id` int NULL,
  `location` varchar(255) NOT NULL,
  `country` varchar(2) NOT NULL,
  `conference_details` varchar(255) NOT NULL,
  `preferred_dates` date NULL,
  `other_preferred_dates` varchar(255) NOT NULL,
  `language_id` int NOT NULL,
  `domains_other` varchar(255) NOT NULL,
  `audience_description` longtext NOT NULL,
  `administrative_fee` varchar(20) NOT NULL,
  `scholarship_circumstances` longtext NOT NULL,
  `travel_expences_management` varchar(20) NOT NULL,
  `travel_expences_management_other` varchar(255) NOT NULL,
  `travel_expences_agreement` tinyint(1) NOT NULL,
  `institution_restrictions` varchar(20) NOT NULL,
  `institution_restrictions_other` varchar(255) NOT NULL,
  `carpentries_info_source_other` varchar(255) NOT NULL,
  `user_notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`event_id`),
  FOREIGN KEY (`assigned_to_id`) REFERENCES `workshops_person` (`id`),
  FOREIGN KEY (`institution_id`) REFERENCES `workshops_organization` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `workshops_event` (`id`),
  FOREIGN KEY (`language_id`) REFERENCES `workshops_language` (`id`)
);

CREATE TABLE `consents_term` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `archived_at` datetime(6) NULL,
  `slug` varchar(50) NOT NULL,
  `content` longtext NOT NULL,
  `training_request_content` longtext NOT NULL,
  `required_type` varchar(40) NOT NULL,
  `help_text` longtext NOT NULL,
  `short_description` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`slug`)
);

CREATE TABLE `consents_termoption` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `archived_at` datetime(6) NULL,
  `term_id` int NOT NULL,
  `option_type` varchar(40) NOT NULL,
  `content` longtext NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`term_id`) REFERENCES `consents_term` (`id`)
);

CREATE TABLE `consents_consent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `archived_at` datetime(6) NULL,
  `term_id` int NOT NULL,
  `term_option_id` int NULL,
  `person_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`term_id`) REFERENCES `consents_term` (`id`),
  FOREIGN KEY (`term_option_id`) REFERENCES `consents_termoption` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `workshops_person` (`id`)
);

CREATE TABLE `consents_trainingrequestconsent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `archived_at` datetime(6) NULL,
  `term_id` int NOT NULL,
  `term_option_id` int NULL,
  `training_request_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`term_id`) REFERENCES `consents_term` (`id`),
  FOREIGN KEY (`term_option_id`) REFERENCES `consents_termoption` (`id`),
  FOREIGN KEY (`training_request_id`) REFERENCES `workshops_trainingrequest` (`id`)
);

CREATE TABLE `recruitment_instructorrecruitment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `assigned_to_id` int NULL,
  `status` varchar(1) NOT NULL,
  `notes` longtext NOT NULL,
  `event_id` int NOT NULL,
  `priority` int NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`event_id`),
  FOREIGN KEY (`assigned_to_id`) REFERENCES `workshops_person` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `workshops_event` (`id`)
);

CREATE TABLE `recruitment_instructorrecruitmentsignup` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `state` varchar(1) NOT NULL,
  `recruitment_id` int NOT NULL,
  `person_id` int NOT NULL,
  `interest` varchar(10) NOT NULL,
  `user_notes` longtext NOT NULL,
  `notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`recruitment_id`) REFERENCES `recruitment_instructorrecruitment` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `workshops_person` (`id`)
);

CREATE TABLE `trainings_involvement` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `archived_at` datetime(6) NULL,
  `display_name` varchar(100) NOT NULL,
  `name` varchar(40) NOT NULL,
  `url_required` tinyint(1) NOT NULL,
  `date_required` tinyint(1) NOT NULL,
  `notes_required` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `emails_scheduledemail` (
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `id` char(32) NOT NULL,
  `state` varchar(30) NOT NULL,
  `scheduled_at` datetime(6) NOT NULL,
  `to_header` json NOT NULL,
  `to_header_context_json` json NOT NULL,
  `from_header` varchar(254) NOT NULL,
  `reply_to_header` varchar(254) NOT NULL,
  `cc_header` json NOT NULL,
  `bcc_header` json NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  `context_json` json NOT NULL,
  `template_id` char(32) NULL,
  `generic_relation_content_type_id` int NULL,
  `generic_relation_pk` int UNSIGNED NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `emails_scheduledemaillog` (
  `created_at` datetime(6) NOT NULL,
  `id` char(32) NOT NULL,
  `details` varchar(255) NOT NULL,
  `state_before` varchar(30) NULL,
  `state_after` varchar(30) NOT NULL,
  `scheduled_email_id` char(32) NOT NULL,
  `author_id` int NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`scheduled_email_id`) REFERENCES `emails_scheduledemail` (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `workshops_person` (`id`)
);

CREATE TABLE `communityroles_communityroleconfig` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `name` varchar(150) NOT NULL,
  `display_name` varchar(150) NOT NULL,
  `link_to_award` tinyint(1) NOT NULL,
  `award_badge_limit_id` int NULL,
  `autoassign_when_award_created` tinyint(1) NOT NULL,
  `link_to_membership` tinyint(1) NOT NULL,
  `link_to_partnership` tinyint(1) NOT NULL,
  `additional_url` tinyint(1) NOT NULL,
  `generic_relation_content_type_id` int NULL,
  `custom_key_labels` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`award_badge_limit_id`) REFERENCES `workshops_badge` (`id`)
);

CREATE TABLE `communityroles_communityrole` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_updated_at` datetime(6) NULL,
  `config_id` int NOT NULL,
  `person_id` int NOT NULL,
  `award_id` int NULL,
  `start` date NULL,
  `end` date NULL,
  `inactivation_id` int NULL,
  `membership_id` int NULL,
  `partnership_id` int NULL,
  `url` varchar(200) NOT NULL,
  `generic_relation_content_type_id` int NULL,
  `generic_relation_pk` int UNSIGNED NULL,
  `custom_keys` json NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`config_id`) REFERENCES `communityroles_communityroleconfig` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `workshops_person` (`id`),
  FOREIGN KEY (`award_id`) REFERENCES `workshops_award` (`id`),
  FOREIGN KEY (`membership_id`) REFERENCES `workshops_membership` (`id`)
);

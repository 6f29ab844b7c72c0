-- Innovation Funding Service (Innovate UK / UKRI), github.com/InnovateUKGitHub/innovation-funding-service
-- commit 964969b6dc9c78750738ef683076558cc897c1c8 (MIT). The 410 Flyway scripts of ifs-data-layer/ifs-data-service/src/main/resources/db/
-- {migration,reference,setup} (the production locations) replayed in version order into MariaDB 10.11, dumped with mysqldump --no-data;
-- 61 of 142 tables kept (see ifs.md), foreign keys to left-out tables removed, AUTO_INCREMENT counters dropped,
-- the five foreign keys that close the cycles user-profile, user-agreement and competition-competition_type added by ALTER TABLE at the end.

CREATE TABLE `address` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `address_line1` varchar(255) DEFAULT NULL,
  `address_line2` varchar(255) DEFAULT NULL,
  `address_line3` varchar(255) DEFAULT NULL,
  `town` varchar(255) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `county` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `agreement` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `current` tinyint(1) NOT NULL DEFAULT 0,
  `text` longtext NOT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_on` datetime NOT NULL,
  `modified_by` bigint(20) NOT NULL,
  `modified_on` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `agreement_created_by_to_user_fk` (`created_by`),
  KEY `agreement_modified_by_to_user_fk` (`modified_by`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profile` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `address_id` bigint(20) DEFAULT NULL,
  `skills_areas` longtext DEFAULT NULL,
  `business_type` enum('BUSINESS','ACADEMIC') DEFAULT NULL,
  `agreement_id` bigint(20) DEFAULT NULL,
  `agreement_signed_date` datetime DEFAULT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_on` datetime NOT NULL,
  `modified_by` bigint(20) NOT NULL,
  `modified_on` datetime NOT NULL,
  `doi_notified_on` datetime DEFAULT NULL,
  `simple_organisation_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `profile_address_to_address_fk` (`address_id`),
  KEY `profile_created_by_to_user_fk` (`created_by`),
  KEY `profile_modified_by_to_user_fk` (`modified_by`),
  KEY `profile_agreement_to_agreement_fk` (`agreement_id`),
  KEY `fk_profile_simple_organisation` (`simple_organisation_id`),
  CONSTRAINT `profile_address_to_address_fk` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`),
  CONSTRAINT `profile_agreement_to_agreement_fk` FOREIGN KEY (`agreement_id`) REFERENCES `agreement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT NULL,
  `image_url` varchar(255) DEFAULT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `invite_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `phone_number` varchar(255) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `status` enum('ACTIVE','PENDING','INACTIVE') DEFAULT NULL,
  `uid` varchar(255) NOT NULL,
  `system_user` tinyint(1) DEFAULT 0,
  `profile_id` bigint(20) DEFAULT NULL,
  `allow_marketing_emails` tinyint(1) NOT NULL DEFAULT 0,
  `created_by` bigint(20) NOT NULL,
  `created_on` datetime NOT NULL,
  `modified_by` bigint(20) NOT NULL,
  `modified_on` datetime NOT NULL,
  `edi_status` enum('COMPLETE','INCOMPLETE','INPROGRESS') DEFAULT NULL,
  `edi_review_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_ob8kqyqqgmefl0aco34akdtpe` (`email`),
  UNIQUE KEY `profile_id` (`profile_id`),
  KEY `uid_idx` (`uid`),
  KEY `user_created_by_to_user_fk` (`created_by`),
  KEY `user_modified_by_to_user_fk` (`modified_by`),
  CONSTRAINT `user_created_by_to_user_fk` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`),
  CONSTRAINT `user_modified_by_to_user_fk` FOREIGN KEY (`modified_by`) REFERENCES `user` (`id`),
  CONSTRAINT `user_profile_to_profile_fk` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `affiliation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `affiliation_type` enum('EMPLOYER','PROFESSIONAL','PERSONAL','PERSONAL_FINANCIAL','FAMILY','FAMILY_FINANCIAL') NOT NULL,
  `affiliation_exists` tinyint(1) NOT NULL,
  `relation` varchar(255) DEFAULT NULL,
  `organisation` varchar(255) DEFAULT NULL,
  `position` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_on` datetime NOT NULL,
  `modified_on` datetime NOT NULL,
  `modified_by` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `affiliation_user_to_user_fk` (`user_id`),
  KEY `affiliation_created_by_to_user_fk` (`created_by`),
  KEY `affiliation_modified_by_to_user_fk` (`modified_by`),
  CONSTRAINT `affiliation_created_by_to_user_fk` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`),
  CONSTRAINT `affiliation_modified_by_to_user_fk` FOREIGN KEY (`modified_by`) REFERENCES `user` (`id`),
  CONSTRAINT `affiliation_user_to_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `role` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_role` (
  `user_id` bigint(20) NOT NULL,
  `role_id` bigint(20) NOT NULL,
  PRIMARY KEY (`user_id`,`role_id`),
  KEY `FK_it77eq964jhfqtu54081ebtio` (`role_id`),
  KEY `FK_apcc8lxk2xnug8377fatvbn04` (`user_id`),
  CONSTRAINT `FK_apcc8lxk2xnug8377fatvbn04` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_it77eq964jhfqtu54081ebtio` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `role_profile_status` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `role_profile_state` enum('ACTIVE','UNAVAILABLE','DISABLED') DEFAULT NULL,
  `profile_role` enum('ASSESSOR') DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_on` datetime NOT NULL,
  `modified_by` bigint(20) NOT NULL,
  `modified_on` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  UNIQUE KEY `role_profile_status_user_id_profile_role` (`user_id`,`profile_role`),
  KEY `role_profile_status_created_by_to_user_fk` (`created_by`),
  KEY `role_profile_status_modified_by_to_user_fk` (`modified_by`),
  CONSTRAINT `role_profile_status_created_by_to_user_fk` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`),
  CONSTRAINT `role_profile_status_modified_by_to_user_fk` FOREIGN KEY (`modified_by`) REFERENCES `user` (`id`),
  CONSTRAINT `role_profile_status_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `terms_and_conditions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `template` varchar(255) NOT NULL,
  `version` smallint(20) NOT NULL,
  `type` enum('SITE','GRANT','GOL') DEFAULT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_on` datetime NOT NULL DEFAULT current_timestamp(),
  `modified_on` datetime NOT NULL DEFAULT current_timestamp(),
  `modified_by` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `terms_and_conditions_UNIQUE` (`name`,`type`,`version`),
  KEY `terms_and_conditions_created_by_to_user_fk` (`created_by`),
  KEY `terms_and_conditions_modified_by_to_user_fk` (`modified_by`),
  CONSTRAINT `terms_and_conditions_created_by_to_user_fk` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`),
  CONSTRAINT `terms_and_conditions_modified_by_to_user_fk` FOREIGN KEY (`modified_by`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_terms_and_conditions` (
  `user_id` bigint(20) NOT NULL,
  `terms_and_conditions_id` bigint(20) NOT NULL,
  `accepted_date` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`user_id`,`terms_and_conditions_id`),
  KEY `user_terms_and_conditions_terms_and_conditions_id_to_terms_fk` (`terms_and_conditions_id`),
  CONSTRAINT `user_terms_and_conditions_terms_and_conditions_id_to_terms_fk` FOREIGN KEY (`terms_and_conditions_id`) REFERENCES `terms_and_conditions` (`id`),
  CONSTRAINT `user_terms_and_conditions_user_id_to_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `category` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `parent_id` bigint(20) DEFAULT NULL,
  `description` mediumtext DEFAULT NULL,
  `priority` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `FK_81thrbnb8c08gua7tvqj7xdqk` (`parent_id`),
  CONSTRAINT `FK_81thrbnb8c08gua7tvqj7xdqk` FOREIGN KEY (`parent_id`) REFERENCES `category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `invite` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT NULL,
  `hash` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `status` enum('SENT','CREATED','OPENED') NOT NULL,
  `target_id` bigint(20) DEFAULT NULL,
  `owner_id` bigint(20) DEFAULT NULL,
  `type` enum('ROLE','COMPETITION','COMPETITION_STAKEHOLDER','COMPETITION_INNOVATION_LEAD','ASSESSMENT_PANEL','INTERVIEW_PANEL','PROJECT','PROJECT_PARTNER','MONITORING_OFFICER','APPLICATION','EXTERNAL_FINANCE','GRANTS_MONITORING_OFFICER','GRANTS_PROJECT_MANAGER','GRANTS_PROJECT_FINANCE_CONTACT','KTA') DEFAULT NULL,
  `innovation_category_id` bigint(20) DEFAULT NULL,
  `sent_by` bigint(20) DEFAULT NULL,
  `sent_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_unique_target_id_email` (`type`,`target_id`,`email`),
  UNIQUE KEY `uk_hash` (`hash`),
  KEY `invite_to_category_fk` (`innovation_category_id`),
  KEY `invite_sent_by_to_user_fk` (`sent_by`),
  KEY `target_id_type` (`target_id`,`type`),
  CONSTRAINT `invite_sent_by_to_user_fk` FOREIGN KEY (`sent_by`) REFERENCES `user` (`id`),
  CONSTRAINT `invite_to_category_fk` FOREIGN KEY (`innovation_category_id`) REFERENCES `category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `invite_history` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `invite_id` bigint(20) NOT NULL,
  `status` enum('SENT','CREATED','OPENED','ACCEPTED','VERIFIED') NOT NULL,
  `updated_on` datetime DEFAULT NULL,
  `updated_by` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_keyword_to_public_content` (`invite_id`),
  CONSTRAINT `FK_invite_id` FOREIGN KEY (`invite_id`) REFERENCES `invite` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `organisation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `organisation_type_id` bigint(20) DEFAULT NULL,
  `companies_house_number` varchar(255) DEFAULT NULL,
  `international` bit(1) NOT NULL DEFAULT b'0',
  `international_registration_number` varchar(255) DEFAULT NULL,
  `knowledge_base_registration_number` varchar(10) DEFAULT NULL,
  `date_of_incorporation` datetime DEFAULT NULL,
  `business_type` varchar(255) DEFAULT NULL,
  `organisation_number` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_syoqdheljsd92k1vtdjfae31m` (`organisation_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `invite_organisation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organisation_name` varchar(255) DEFAULT NULL,
  `organisation_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_ae3mvog2j5kdcilv57hwcokmr` (`organisation_id`),
  CONSTRAINT `FK_ae3mvog2j5kdcilv57hwcokmr` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `token` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `class_name` varchar(255) DEFAULT NULL,
  `class_pk` bigint(20) DEFAULT NULL,
  `extra_info` longtext DEFAULT NULL,
  `hash` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_mtjr5jkw9dpbqhgx3mu1bomlt` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `category_link` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `class_name` varchar(255) DEFAULT NULL,
  `class_pk` bigint(20) DEFAULT NULL,
  `category_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_3kai632y5lw33gxmec08p54s0` (`category_id`),
  KEY `category_link_class_pk_idx` (`class_pk`),
  CONSTRAINT `FK_3kai632y5lw33gxmec08p54s0` FOREIGN KEY (`category_id`) REFERENCES `category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `rejection_reason` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `active` bit(1) NOT NULL,
  `reason` varchar(255) NOT NULL,
  `priority` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `participant_status` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `competition_type` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  `template_competition_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `template_competition_fk` (`template_competition_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `file_entry` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `filesize_bytes` bigint(20) NOT NULL,
  `media_type` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `file_uuid` varchar(36) DEFAULT NULL,
  `mdfive_checksum` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `file_uuid_UNIQUE` (`file_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `competition` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `max_research_ratio` int(11) DEFAULT 0,
  `academic_grant_percentage` int(11) DEFAULT 0,
  `budget_code` varchar(255) DEFAULT NULL,
  `code` varchar(255) DEFAULT NULL,
  `paf_code` varchar(255) DEFAULT NULL,
  `executive_user_id` bigint(20) DEFAULT NULL,
  `lead_technologist_user_id` bigint(20) DEFAULT NULL,
  `competition_type_id` bigint(20) DEFAULT NULL,
  `activity_code` varchar(255) DEFAULT NULL,
  `innovate_budget` varchar(255) DEFAULT NULL,
  `multi_stream` tinyint(1) NOT NULL DEFAULT 0,
  `collaboration_level` varchar(255) DEFAULT NULL,
  `stream_name` varchar(255) DEFAULT NULL,
  `resubmission` tinyint(1) DEFAULT NULL,
  `setup_complete` bit(1) DEFAULT NULL,
  `use_resubmission_question` bit(1) NOT NULL DEFAULT b'1',
  `min_project_duration` int(11) DEFAULT NULL,
  `max_project_duration` int(11) DEFAULT NULL,
  `non_ifs` bit(1) NOT NULL DEFAULT b'0',
  `non_ifs_url` varchar(255) DEFAULT NULL,
  `terms_and_conditions_id` bigint(20) NOT NULL DEFAULT 1,
  `other_funding_rules_terms_and_conditions_id` bigint(20) DEFAULT NULL,
  `funding_rules` enum('STATE_AID','SUBSIDY_CONTROL','NOT_AID') DEFAULT NULL,
  `application_finance_type` enum('STANDARD','STANDARD_WITH_VAT','NO_FINANCES') DEFAULT NULL,
  `include_project_growth_table` tinyint(1) DEFAULT NULL,
  `include_your_organisation_section` tinyint(1) DEFAULT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_on` datetime NOT NULL DEFAULT current_timestamp(),
  `modified_on` datetime NOT NULL DEFAULT current_timestamp(),
  `modified_by` bigint(20) NOT NULL,
  `include_jes_form` bit(1) DEFAULT NULL,
  `completion_stage` enum('COMPETITION_CLOSE','RELEASE_FEEDBACK','PROJECT_SETUP') DEFAULT NULL,
  `funding_type` enum('GRANT','LOAN','PROCUREMENT','KTP','INVESTOR_PARTNERSHIPS','HECP','THIRDPARTY','KTP_AKT') DEFAULT NULL,
  `competition_terms_file_entry_id` bigint(20) DEFAULT NULL,
  `project_setup_started` datetime DEFAULT NULL,
  `competition_organisation_config_id` bigint(20) DEFAULT NULL,
  `competition_assessment_config_id` bigint(20) DEFAULT NULL,
  `has_assessment_stage` tinyint(1) NOT NULL DEFAULT 1,
  `covid_type` enum('DE_MINIMIS','ADDITIONAL_FUNDING','DE_MINIMIS_ROUND_2') DEFAULT NULL,
  `use_docusign_for_grant_offer_letter` tinyint(1) NOT NULL DEFAULT 0,
  `competition_application_config_id` bigint(20) DEFAULT NULL,
  `gol_template_id` bigint(20) DEFAULT NULL,
  `always_open` bit(1) DEFAULT NULL,
  `competition_external_config_id` bigint(20) DEFAULT NULL,
  `competition_third_party_config_id` bigint(20) DEFAULT NULL,
  `pre_registration` bit(1) NOT NULL DEFAULT b'0',
  `competition_eoi_evidence_config_id` bigint(20) DEFAULT NULL,
  `include_payment_milestone` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `competition_organisation_config_id_UNIQUE` (`competition_organisation_config_id`),
  UNIQUE KEY `competition_assessment_config_id_UNIQUE` (`competition_assessment_config_id`),
  UNIQUE KEY `competition_application_config_id_UNIQUE` (`competition_application_config_id`),
  UNIQUE KEY `competition_external_config_id__UNIQUE` (`competition_external_config_id`),
  UNIQUE KEY `competition_third_party_config_id_UNIQUE` (`competition_third_party_config_id`),
  UNIQUE KEY `competition_eoi_evidence_config_id_UNIQUE` (`competition_eoi_evidence_config_id`),
  KEY `FK_oyhemo48a8fegie1npbk759s2` (`executive_user_id`),
  KEY `FK_7gcrp1ms5k4o9ehrci3uqx6hg` (`lead_technologist_user_id`),
  KEY `FK_4ymkkm30gi0r9w65d1xuawyws` (`competition_type_id`),
  KEY `terms_and_conditions_fk` (`terms_and_conditions_id`),
  KEY `fk_competition_terms_file_entry_id` (`competition_terms_file_entry_id`),
  KEY `fk_competition_gol_template` (`gol_template_id`),
  CONSTRAINT `FK_4ymkkm30gi0r9w65d1xuawyws` FOREIGN KEY (`competition_type_id`) REFERENCES `competition_type` (`id`),
  CONSTRAINT `FK_7gcrp1ms5k4o9ehrci3uqx6hg` FOREIGN KEY (`lead_technologist_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_oyhemo48a8fegie1npbk759s2` FOREIGN KEY (`executive_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_competition_gol_template` FOREIGN KEY (`gol_template_id`) REFERENCES `terms_and_conditions` (`id`),
  CONSTRAINT `fk_competition_terms_file_entry_id` FOREIGN KEY (`competition_terms_file_entry_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `terms_and_conditions_fk` FOREIGN KEY (`terms_and_conditions_id`) REFERENCES `terms_and_conditions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `competition_user` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `competition_id` bigint(20) DEFAULT NULL,
  `competition_role` enum('ASSESSOR','INNOVATION_LEAD','PANEL_ASSESSOR','INTERVIEW_ASSESSOR','STAKEHOLDER','EXTERNAL_FINANCE') NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `invite_id` bigint(20) DEFAULT NULL,
  `rejection_reason_id` bigint(20) DEFAULT NULL,
  `rejection_comment` longtext DEFAULT NULL,
  `participant_status_id` bigint(20) NOT NULL,
  `type` enum('ASSESSOR','INNOVATION_LEAD','STAKEHOLDER','INTERVIEW_PARTICIPANT','REVIEW_PARTICIPANT','EXTERNAL_FINANCE') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_role_user_competition` (`competition_id`,`user_id`,`competition_role`,`invite_id`),
  KEY `competition_user_to_user_fk` (`user_id`),
  KEY `competition_user_to_rejection_reason_fk` (`rejection_reason_id`),
  KEY `competition_user_to_participant_status_fk` (`participant_status_id`),
  CONSTRAINT `competition_user_to_competition_fk` FOREIGN KEY (`competition_id`) REFERENCES `competition` (`id`),
  CONSTRAINT `competition_user_to_participant_status_fk` FOREIGN KEY (`participant_status_id`) REFERENCES `participant_status` (`id`),
  CONSTRAINT `competition_user_to_rejection_reason_fk` FOREIGN KEY (`rejection_reason_id`) REFERENCES `rejection_reason` (`id`),
  CONSTRAINT `competition_user_to_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `application_external_config` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `external_application_id` varchar(255) DEFAULT NULL,
  `external_applicant_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `external_application_id` (`external_application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `assessment_period` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `competition_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_assessment_period_competition_id` (`competition_id`),
  CONSTRAINT `fk_assessment_period_competition_id` FOREIGN KEY (`competition_id`) REFERENCES `competition` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `application` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `duration_in_months` bigint(20) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `start_date` date DEFAULT NULL,
  `competition` bigint(20) DEFAULT NULL,
  `submitted_date` datetime DEFAULT NULL,
  `funding_decision` varchar(16) DEFAULT NULL,
  `assessor_feedback_file_entry_id` bigint(20) DEFAULT NULL,
  `completion` decimal(5,2) NOT NULL DEFAULT 0.00,
  `state_aid_agreed` tinyint(1) DEFAULT NULL,
  `resubmission` bit(1) DEFAULT NULL,
  `previous_application_number` varchar(255) DEFAULT NULL,
  `previous_application_title` varchar(255) DEFAULT NULL,
  `no_innovation_area_applicable` bit(1) NOT NULL DEFAULT b'0',
  `manage_funding_email_date` datetime DEFAULT NULL,
  `in_assessment_review_panel` tinyint(1) NOT NULL DEFAULT 0,
  `competition_referral_source` varchar(255) DEFAULT NULL,
  `company_age` varchar(255) DEFAULT NULL,
  `company_primary_focus` varchar(255) DEFAULT NULL,
  `assessment_period_id` bigint(20) DEFAULT NULL,
  `previous_application_id` bigint(20) DEFAULT NULL,
  `feedback_released` date DEFAULT NULL,
  `application_external_config_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_external_config_id__UNIQUE` (`application_external_config_id`),
  KEY `FK_r6qpl12jw4qehsirycsa416ka` (`competition`),
  KEY `application_ibfk_1` (`assessor_feedback_file_entry_id`),
  KEY `application_in_assessment_review_panel_idx` (`in_assessment_review_panel`),
  KEY `FK_assessment_period_id` (`assessment_period_id`),
  CONSTRAINT `FK_assessment_period_id` FOREIGN KEY (`assessment_period_id`) REFERENCES `assessment_period` (`id`),
  CONSTRAINT `FK_r6qpl12jw4qehsirycsa416ka` FOREIGN KEY (`competition`) REFERENCES `competition` (`id`),
  CONSTRAINT `application_ibfk_1` FOREIGN KEY (`assessor_feedback_file_entry_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `fk_application_external_config` FOREIGN KEY (`application_external_config_id`) REFERENCES `application_external_config` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `docusign_document` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `recipient_id` bigint(20) NOT NULL,
  `envelope_id` varchar(255) DEFAULT NULL,
  `signed_document_imported` datetime DEFAULT NULL,
  `type` enum('SIGNED_GRANT_OFFER_LETTER') NOT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_on` datetime NOT NULL,
  `modified_by` bigint(20) NOT NULL,
  `modified_on` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `docusign_document_created_by_to_user_fk` (`created_by`),
  KEY `docusign_document_modified_by_to_user_fk` (`modified_by`),
  CONSTRAINT `docusign_document_created_by_to_user_fk` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`),
  CONSTRAINT `docusign_document_modified_by_to_user_fk` FOREIGN KEY (`modified_by`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `duration_in_months` bigint(20) DEFAULT NULL,
  `address` bigint(20) DEFAULT NULL,
  `target_start_date` date DEFAULT NULL,
  `name` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `application_id` bigint(20) NOT NULL,
  `documents_submitted_date` datetime DEFAULT NULL,
  `other_documents_approved` enum('UNSET','APPROVED','REJECTED') NOT NULL DEFAULT 'UNSET',
  `grant_offer_letter_file_entry_id` bigint(20) DEFAULT NULL,
  `additional_contract_file_entry_id` bigint(20) DEFAULT NULL,
  `signed_grant_offer_file_entry_id` bigint(20) DEFAULT NULL,
  `offer_submitted_date` datetime DEFAULT NULL,
  `grant_offer_letter_rejection_reason` varchar(255) DEFAULT NULL,
  `spend_profile_submitted_date` datetime DEFAULT NULL,
  `signed_gol_docusign_document_id` bigint(20) DEFAULT NULL,
  `use_docusign_for_grant_offer_letter` tinyint(1) NOT NULL DEFAULT 0,
  `signed_additional_contract_file_entry_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_one_project_per_application` (`application_id`),
  KEY `fk_project_address` (`address`),
  KEY `grant_offer_letter_file_entry_id_fk` (`grant_offer_letter_file_entry_id`),
  KEY `additional_contract_file_entry_id_fk` (`additional_contract_file_entry_id`),
  KEY `signed_grant_offer_file_entry_id_fk` (`signed_grant_offer_file_entry_id`),
  KEY `fk_project_to_docusign_documnet` (`signed_gol_docusign_document_id`),
  KEY `signed_additional_contract_file_entry_id_fk` (`signed_additional_contract_file_entry_id`),
  CONSTRAINT `additional_contract_file_entry_id_fk` FOREIGN KEY (`additional_contract_file_entry_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `fk_project_address` FOREIGN KEY (`address`) REFERENCES `address` (`id`),
  CONSTRAINT `fk_project_to_docusign_documnet` FOREIGN KEY (`signed_gol_docusign_document_id`) REFERENCES `docusign_document` (`id`),
  CONSTRAINT `grant_offer_letter_file_entry_id_fk` FOREIGN KEY (`grant_offer_letter_file_entry_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `project_application_fk` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `signed_additional_contract_file_entry_id_fk` FOREIGN KEY (`signed_additional_contract_file_entry_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `signed_grant_offer_file_entry_id_fk` FOREIGN KEY (`signed_grant_offer_file_entry_id`) REFERENCES `file_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `monitoring_officer` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone_number` varchar(255) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fk_project_id_UNIQUE` (`project_id`),
  KEY `monitoring_officer_to_project_fk` (`project_id`),
  CONSTRAINT `monitoring_officer_to_project_fk` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `milestone` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `date` datetime DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `competition_id` bigint(20) DEFAULT NULL,
  `parent_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_d2gmngr50hf7lkjv8s9mxhfms` (`competition_id`),
  KEY `FK_milestone_parent_id` (`parent_id`),
  CONSTRAINT `FK_d2gmngr50hf7lkjv8s9mxhfms` FOREIGN KEY (`competition_id`) REFERENCES `competition` (`id`),
  CONSTRAINT `FK_milestone_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `assessment_period` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `process_role` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `application_id` bigint(20) NOT NULL,
  `organisation_id` bigint(20) DEFAULT NULL,
  `role_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_process_role_unique_row` (`application_id`,`role_id`,`user_id`,`organisation_id`),
  KEY `FK_gwtw85iv3vxq2914vxbluc8e9` (`application_id`),
  KEY `FK_20gvkjd4xrjyspmlisrd50xbj` (`organisation_id`),
  KEY `FK_j0syxe9gnfpvde1f6mqtul154` (`role_id`),
  KEY `FK_gm7bql0vdig803ktf5pc5mo2b` (`user_id`),
  CONSTRAINT `FK_20gvkjd4xrjyspmlisrd50xbj` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `fk_process_role_application` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  CONSTRAINT `fk_process_role_role` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `fk_process_role_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `question` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `assign_enabled` bit(1) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `mark_as_completed_enabled` bit(1) DEFAULT NULL,
  `multiple_statuses` bit(1) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `short_name` varchar(255) DEFAULT NULL,
  `priority` int(11) DEFAULT NULL,
  `question_number` varchar(255) DEFAULT NULL,
  `competition_id` bigint(20) DEFAULT NULL,
  `section_id` bigint(20) DEFAULT NULL,
  `assessor_maximum_score` int(11) DEFAULT NULL,
  `question_type` varchar(255) DEFAULT NULL,
  `question_setup_type` varchar(255) DEFAULT NULL,
  `questionnaire_id` bigint(20) DEFAULT NULL,
  `description2` longtext DEFAULT NULL,
  `pre_registration` bit(1) NOT NULL DEFAULT b'1',
  PRIMARY KEY (`id`),
  KEY `FK_hgdynqsaela2nuwm41nohmxg0` (`competition_id`),
  KEY `FK_dyisjpgv8bmnrhy8t72lloed3` (`section_id`),
  KEY `question_short_name_ix` (`short_name`),
  KEY `question_questionnaire_fk` (`questionnaire_id`),
  CONSTRAINT `FK_hgdynqsaela2nuwm41nohmxg0` FOREIGN KEY (`competition_id`) REFERENCES `competition` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `form_input` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `word_count` int(11) DEFAULT NULL,
  `form_input_type_id` bigint(20) NOT NULL,
  `competition_id` bigint(20) DEFAULT NULL,
  `included_in_application_summary` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255) DEFAULT NULL,
  `guidance_title` longtext DEFAULT NULL,
  `guidance_answer` longtext DEFAULT NULL,
  `priority` int(11) NOT NULL,
  `question_id` bigint(20) NOT NULL,
  `scope` varchar(255) NOT NULL,
  `active` bit(1) NOT NULL DEFAULT b'1',
  `file_entry_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_pvbo288244dfas1gd12t17pkv` (`form_input_type_id`),
  KEY `FK_hgdynqsaela2nuwm41nohmxg1` (`competition_id`),
  KEY `form_input_to_question_fk` (`question_id`),
  KEY `form_input_scope_idx` (`scope`),
  KEY `form_input_active_idx` (`active`),
  KEY `fk_form_input_file_entry` (`file_entry_id`),
  CONSTRAINT `FK_hgdynqsaela2nuwm41nohmxg1` FOREIGN KEY (`competition_id`) REFERENCES `competition` (`id`),
  CONSTRAINT `fk_form_input_file_entry` FOREIGN KEY (`file_entry_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `form_input_to_question_fk` FOREIGN KEY (`question_id`) REFERENCES `question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `form_input_response` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `update_date` datetime DEFAULT NULL,
  `value` longtext DEFAULT NULL,
  `form_input_id` bigint(20) NOT NULL,
  `updated_by_id` bigint(20) DEFAULT NULL,
  `application_id` bigint(20) NOT NULL,
  `file_entry_id` bigint(20) DEFAULT NULL,
  `multiple_choice_option_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_application_form_input` (`application_id`,`form_input_id`,`updated_by_id`),
  KEY `FK_7901a8ft9tx1e02r82t84feaj` (`form_input_id`),
  KEY `FK_e83s9n8p6d60v1on2730jf8m9` (`updated_by_id`),
  KEY `FK_fxu0iyfgby8uecsrpkld59j7n` (`application_id`),
  KEY `file_entry_id` (`file_entry_id`),
  KEY `FK_form_input_response_multiple_choice_option_id` (`multiple_choice_option_id`),
  CONSTRAINT `FK_7901a8ft9tx1e02r82t84feaj` FOREIGN KEY (`form_input_id`) REFERENCES `form_input` (`id`),
  CONSTRAINT `FK_e83s9n8p6d60v1on2730jf8m9` FOREIGN KEY (`updated_by_id`) REFERENCES `process_role` (`id`),
  CONSTRAINT `FK_fxu0iyfgby8uecsrpkld59j7n` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  CONSTRAINT `form_input_response_ibfk_1` FOREIGN KEY (`file_entry_id`) REFERENCES `file_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `question_status` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `assigned_date` datetime DEFAULT NULL,
  `marked_as_complete` bit(1) DEFAULT NULL,
  `notified` bit(1) DEFAULT NULL,
  `application_id` bigint(20) DEFAULT NULL,
  `assigned_by_id` bigint(20) DEFAULT NULL,
  `assignee_id` bigint(20) DEFAULT NULL,
  `marked_as_complete_by_id` bigint(20) DEFAULT NULL,
  `question_id` bigint(20) DEFAULT NULL,
  `marked_as_complete_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_application_question_assignee` (`application_id`,`question_id`,`assignee_id`),
  UNIQUE KEY `question_status_complete_unique` (`application_id`,`marked_as_complete_by_id`,`question_id`),
  KEY `FK_9tevxfhuvyt035mdum4mb2eiu` (`application_id`),
  KEY `FK_9e9m1rm34n2jredw4vf3w28vx` (`assigned_by_id`),
  KEY `FK_h3hna6d57cxximuty8600kysj` (`assignee_id`),
  KEY `FK_plbuqijqpe0e69q122a0b5i03` (`marked_as_complete_by_id`),
  KEY `FK_thcio7r5atcoq9xbisqi3yq9y` (`question_id`),
  CONSTRAINT `FK_9e9m1rm34n2jredw4vf3w28vx` FOREIGN KEY (`assigned_by_id`) REFERENCES `process_role` (`id`),
  CONSTRAINT `FK_9tevxfhuvyt035mdum4mb2eiu` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  CONSTRAINT `FK_h3hna6d57cxximuty8600kysj` FOREIGN KEY (`assignee_id`) REFERENCES `process_role` (`id`),
  CONSTRAINT `FK_plbuqijqpe0e69q122a0b5i03` FOREIGN KEY (`marked_as_complete_by_id`) REFERENCES `process_role` (`id`),
  CONSTRAINT `FK_thcio7r5atcoq9xbisqi3yq9y` FOREIGN KEY (`question_id`) REFERENCES `question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `application_finance` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `application_id` bigint(20) DEFAULT NULL,
  `organisation_id` bigint(20) DEFAULT NULL,
  `finance_file_entry_id` bigint(20) DEFAULT NULL,
  `organisation_size_id` bigint(20) DEFAULT NULL,
  `work_postcode` varchar(225) DEFAULT NULL,
  `growth_table_id` bigint(20) DEFAULT NULL,
  `employees_and_turnover_id` bigint(20) DEFAULT NULL,
  `international_location` varchar(255) DEFAULT NULL,
  `ktp_financial_years_id` bigint(20) DEFAULT NULL,
  `justification` longtext DEFAULT NULL,
  `northern_ireland_declaration` tinyint(1) DEFAULT NULL,
  `fec_file_entry_id` bigint(20) DEFAULT NULL,
  `fec_cert_expiry_date` date DEFAULT NULL,
  `fec_model_enabled` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_application_id_organisation_id` (`application_id`,`organisation_id`),
  KEY `FK_53xvxooxtgbfppaln9leak72m` (`application_id`),
  KEY `FK_98i98ljbqxb2yp5bok9pu5wcc` (`organisation_id`),
  KEY `application_finance_organisation_size_fk` (`organisation_size_id`),
  KEY `finance_file_entry_id_fk` (`finance_file_entry_id`),
  KEY `fk_application_finance_growth_table_id` (`growth_table_id`),
  KEY `fk_application_finance_employees_and_turnover_id` (`employees_and_turnover_id`),
  KEY `fk_application_finance_ktp_financial_years_id` (`ktp_financial_years_id`),
  KEY `fec_file_entry_id_fk` (`fec_file_entry_id`),
  CONSTRAINT `FK_53xvxooxtgbfppaln9leak72m` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  CONSTRAINT `FK_98i98ljbqxb2yp5bok9pu5wcc` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `fec_file_entry_id_fk` FOREIGN KEY (`fec_file_entry_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `finance_file_entry_id_fk` FOREIGN KEY (`finance_file_entry_id`) REFERENCES `file_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `finance_row` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `cost` double DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `item` varchar(255) DEFAULT NULL,
  `quantity` int(11) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `target_id` bigint(20) NOT NULL,
  `application_row_id` bigint(20) DEFAULT NULL,
  `row_type` varchar(255) NOT NULL,
  `type` enum('LABOUR','PERSONNEL','OVERHEADS','HECP_INDIRECT_COSTS','PROCUREMENT_OVERHEADS','MATERIALS','EQUIPMENT','CAPITAL_USAGE','OTHER_GOODS','SUBCONTRACTING_COSTS','TRAVEL','OTHER_COSTS','FINANCE','OTHER_FUNDING','YOUR_FINANCE','VAT','GRANT_CLAIM_AMOUNT','ASSOCIATE_SALARY_COSTS','ASSOCIATE_DEVELOPMENT_COSTS','CONSUMABLES','ASSOCIATE_SUPPORT','KNOWLEDGE_BASE','ESTATE_COSTS','ADDITIONAL_COMPANY_COSTS','KTP_TRAVEL','PREVIOUS_FUNDING','ACADEMIC_AND_SECRETARIAL_SUPPORT','INDIRECT_COSTS') DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `row_type_application_row_unique` (`row_type`,`application_row_id`),
  KEY `FK_14n47e1gx72ud7hj3t2yscu1v` (`target_id`),
  KEY `finance_row_application_row_id_fk` (`application_row_id`),
  KEY `finance_row_application_row_id_idx` (`id`),
  CONSTRAINT `finance_row_application_row_id_fk` FOREIGN KEY (`application_row_id`) REFERENCES `finance_row` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `activity_state` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `activity_type` enum('APPLICATION_ASSESSMENT','PROJECT_SETUP','PROJECT_SETUP_COMPANIES_HOUSE_DETAILS','PROJECT_SETUP_PROJECT_DETAILS','PROJECT_SETUP_MONITORING_OFFICER_ASSIGNMENT','PROJECT_SETUP_BANK_DETAILS','PROJECT_SETUP_FINANCE_CHECKS','PROJECT_SETUP_VIABILITY','PROJECT_SETUP_ELIGIBILITY','PROJECT_SETUP_SPEND_PROFILE','PROJECT_SETUP_GRANT_OFFER_LETTER','APPLICATION','ASSESSMENT_REVIEW','ASSESSMENT_INTERVIEW_PANEL','ASSESSMENT_INTERVIEW','SUPPORTER_ASSIGNMENT','PROJECT_SETUP_PAYMENT_MILESTONES','PROJECT_SETUP_FUNDING_RULES','APPLICATION_EOI_EVIDENCE_UPLOAD') DEFAULT NULL,
  `state` enum('CREATED','PENDING','REJECTED','ACCEPTED','WITHDRAWN','OPEN','READY_TO_SUBMIT','SUBMITTED','VERIFIED','NOT_VERIFIED','ASSIGNED','NOT_ASSIGNED','NOT_APPLICABLE','NOT_APPLICABLE_INFORMED','CONFLICT_OF_INTEREST','HANDLED_OFFLINE','COMPLETED_OFFLINE','ON_HOLD','NOT_SUBMITTED','REMOVED') DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `process` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `end_date` date DEFAULT NULL,
  `event` varchar(255) DEFAULT NULL,
  `last_modified` datetime NOT NULL,
  `start_date` date DEFAULT NULL,
  `process_type` varchar(31) NOT NULL,
  `target_id` bigint(20) DEFAULT NULL,
  `participant_id` bigint(20) DEFAULT NULL,
  `activity_state_id` bigint(20) NOT NULL,
  `internal_participant_id` bigint(20) DEFAULT NULL,
  `version` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `process_to_activity_state_fk` (`activity_state_id`),
  KEY `internal_participant_fk` (`internal_participant_id`),
  KEY `process_process_type_idx` (`process_type`),
  KEY `process_participant_id_idx` (`participant_id`),
  KEY `process_target_id_idx` (`target_id`),
  CONSTRAINT `internal_participant_fk` FOREIGN KEY (`internal_participant_id`) REFERENCES `user` (`id`),
  CONSTRAINT `process_to_activity_state_fk` FOREIGN KEY (`activity_state_id`) REFERENCES `activity_state` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `assessor_form_input_response` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `value` longtext DEFAULT NULL,
  `assessment_id` bigint(20) NOT NULL,
  `form_input_id` bigint(20) NOT NULL,
  `updated_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_trvg408xi9u5qcqxfwxuysk4l` (`assessment_id`),
  KEY `FK_dxcce29i6ofhm1v154xwrljtv` (`form_input_id`),
  CONSTRAINT `FK_dxcce29i6ofhm1v154xwrljtv` FOREIGN KEY (`form_input_id`) REFERENCES `form_input` (`id`),
  CONSTRAINT `FK_trvg408xi9u5qcqxfwxuysk4l` FOREIGN KEY (`assessment_id`) REFERENCES `process` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `process_outcome` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `comment` longtext DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `outcome` varchar(255) DEFAULT NULL,
  `outcome_type` varchar(255) DEFAULT NULL,
  `process_id` bigint(20) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `modified_by` bigint(20) DEFAULT NULL,
  `modified_on` datetime DEFAULT NULL,
  `created_by` bigint(20) DEFAULT NULL,
  `file_entry_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_rm72g2d5hsse93bn54jimfkbw` (`process_id`),
  KEY `process_outcome_created_by_to_user_fk` (`created_by`),
  KEY `process_outcome_modified_by_to_user_fk` (`modified_by`),
  KEY `FK_process_outcome_file_entry_id` (`file_entry_id`),
  CONSTRAINT `FK_process_outcome_file_entry_id` FOREIGN KEY (`file_entry_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `FK_rm72g2d5hsse93bn54jimfkbw` FOREIGN KEY (`process_id`) REFERENCES `process` (`id`),
  CONSTRAINT `process_outcome_created_by_to_user_fk` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`),
  CONSTRAINT `process_outcome_modified_by_to_user_fk` FOREIGN KEY (`modified_by`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `process_history` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `process_id` bigint(20) NOT NULL,
  `process_state_name` varchar(255) NOT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_on` datetime NOT NULL,
  `modified_by` bigint(20) NOT NULL,
  `modified_on` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `process_id_to_process_fk` (`process_id`),
  KEY `process_history_created_by_to_user_fk` (`created_by`),
  KEY `process_history_modified_by_to_user_fk` (`modified_by`),
  CONSTRAINT `process_history_created_by_to_user_fk` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`),
  CONSTRAINT `process_history_modified_by_to_user_fk` FOREIGN KEY (`modified_by`) REFERENCES `user` (`id`),
  CONSTRAINT `process_history_process_id_to_process_fk` FOREIGN KEY (`process_id`) REFERENCES `process` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `average_assessor_score` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `application_id` bigint(20) NOT NULL,
  `score` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_id` (`application_id`),
  CONSTRAINT `application_id` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `deleted_application_audit` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `application_id` bigint(20) NOT NULL,
  `deleted_by` bigint(20) NOT NULL,
  `deleted_on` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_id` (`application_id`),
  KEY `deleted_application_audit_deleted_by_to_user_fk` (`deleted_by`),
  CONSTRAINT `deleted_application_audit_deleted_by_to_user_fk` FOREIGN KEY (`deleted_by`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `application_hidden_from_dashboard` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `application_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `created_on` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_hidden_user_id_application` (`application_id`,`user_id`),
  KEY `application_hidden_from_dashboard_user_fk` (`user_id`),
  KEY `application_hidden_from_dashboard_application_fk` (`application_id`),
  CONSTRAINT `application_hidden_from_dashboard_application_fk` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  CONSTRAINT `application_hidden_from_dashboard_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `eu_grant_transfer` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `application_id` bigint(20) NOT NULL,
  `grant_agreement_number` varchar(255) DEFAULT NULL,
  `participant_id` varchar(9) DEFAULT NULL,
  `eu_action_type_id` bigint(20) DEFAULT NULL,
  `project_start_date` date DEFAULT NULL,
  `project_end_date` date DEFAULT NULL,
  `funding_contribution` bigint(20) DEFAULT NULL,
  `project_coordinator` tinyint(1) DEFAULT 0,
  `grant_agreement_id` bigint(20) DEFAULT NULL,
  `calculation_spreadsheet_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_eu_grant_transfer_application_id` (`application_id`),
  KEY `fk_eu_grant_transfer_action_type_id` (`eu_action_type_id`),
  KEY `fk_eu_grant_transfer_file_entry_id` (`grant_agreement_id`),
  KEY `fk_eu_grant_transfer_calculation_spreadsheet_id` (`calculation_spreadsheet_id`),
  CONSTRAINT `fk_eu_grant_transfer_application_id` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  CONSTRAINT `fk_eu_grant_transfer_calculation_spreadsheet_id` FOREIGN KEY (`calculation_spreadsheet_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `fk_eu_grant_transfer_file_entry_id` FOREIGN KEY (`grant_agreement_id`) REFERENCES `file_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project_role` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project_user` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `project_id` bigint(20) DEFAULT NULL,
  `organisation_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `project_role` varchar(255) NOT NULL,
  `invite_id` bigint(20) DEFAULT NULL,
  `participant_status_id` bigint(20) NOT NULL,
  `type` enum('PROJECT_USER','PROJECT_MONITORING_OFFICER','FINANCE_REVIEWER') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_project_users` (`user_id`,`project_id`,`project_role`),
  KEY `project_user_to_project_fk` (`project_id`),
  KEY `project_user_to_organisation_fk` (`organisation_id`),
  KEY `project_user_to_user_fk` (`user_id`),
  KEY `project_user_to_projet_role_fk` (`project_role`),
  KEY `project_user_to_invite_fk` (`invite_id`),
  KEY `project_user_to_participant_status_fk` (`participant_status_id`),
  CONSTRAINT `project_user_to_invite_fk` FOREIGN KEY (`invite_id`) REFERENCES `invite` (`id`),
  CONSTRAINT `project_user_to_organisation_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `project_user_to_participant_status_fk` FOREIGN KEY (`participant_status_id`) REFERENCES `participant_status` (`id`),
  CONSTRAINT `project_user_to_project_fk` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `project_user_to_projet_role_fk` FOREIGN KEY (`project_role`) REFERENCES `project_role` (`name`),
  CONSTRAINT `project_user_to_user_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `partner_organisation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organisation_id` bigint(20) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `lead_organisation` bit(1) NOT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `international_address_id` bigint(20) DEFAULT NULL,
  `international_location` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_b3476se7may81i65fpmjt2jte` (`project_id`,`organisation_id`),
  KEY `FK_fpatn7eo4gdhqi5tej589n7wk` (`organisation_id`),
  KEY `partner_organisations_to_international_address_id_fk` (`international_address_id`),
  CONSTRAINT `FK_fpatn7eo4gdhqi5tej589n7wk` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `FK_h4cpvkntxf8g7mp4i6fe6eoon` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `partner_organisations_to_international_address_id_fk` FOREIGN KEY (`international_address_id`) REFERENCES `address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `bank_details` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `sort_code` varchar(6) NOT NULL,
  `account_number` varchar(8) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `organisation_address_id` bigint(20) NOT NULL DEFAULT 0,
  `organisation_id` bigint(20) NOT NULL,
  `company_name_score` tinyint(1) DEFAULT NULL,
  `registration_number_matched` bit(1) DEFAULT NULL,
  `address_score` tinyint(1) DEFAULT NULL,
  `manual_approval` bit(1) DEFAULT NULL,
  `verified` bit(1) DEFAULT NULL,
  `address_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_bank_details_org_and_project` (`project_id`,`organisation_id`),
  KEY `bank_details_to_organisation_address_fk` (`organisation_address_id`),
  KEY `bank_details_to_organisation_fk` (`organisation_id`),
  KEY `bank_details_to_address_id_fk` (`address_id`),
  CONSTRAINT `bank_details_to_address_id_fk` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`),
  CONSTRAINT `bank_details_to_organisation_fk` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `bank_details_to_project_fk` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `spend_profile` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `cost_category_type_id` bigint(20) NOT NULL,
  `eligible_costs_cost_group_id` bigint(20) NOT NULL,
  `organisation_id` bigint(20) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `spend_profile_figures_cost_group_id` bigint(20) NOT NULL,
  `marked_as_complete` bit(1) DEFAULT NULL,
  `generated_date` datetime NOT NULL,
  `generated_by_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_project_org` (`project_id`,`organisation_id`),
  KEY `FK_260indgab3foqj3wd1br5ppsx` (`cost_category_type_id`),
  KEY `FK_gwv7qqsmomu0vf3aihpchw4ya` (`eligible_costs_cost_group_id`),
  KEY `FK_t09amptdpq28to3ndm4sbj0pr` (`organisation_id`),
  KEY `FK_dgtosuo14i9xovfh7ja16io9l` (`project_id`),
  KEY `FK_tp4phg304cqs0f8sfpjqt5cvh` (`spend_profile_figures_cost_group_id`),
  KEY `generated_by_fk` (`generated_by_id`),
  CONSTRAINT `FK_dgtosuo14i9xovfh7ja16io9l` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_t09amptdpq28to3ndm4sbj0pr` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `generated_by_fk` FOREIGN KEY (`generated_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project_document` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `project_id` bigint(20) NOT NULL,
  `document_config_id` bigint(20) NOT NULL,
  `file_entry_id` bigint(20) NOT NULL,
  `status` enum('UPLOADED','SUBMITTED','APPROVED','REJECTED','REJECTED_DUE_TO_TEAM_CHANGE') NOT NULL,
  `status_comments` varchar(255) DEFAULT NULL,
  `modified_by` bigint(20) DEFAULT NULL,
  `modified_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_project_document` (`project_id`,`document_config_id`),
  KEY `project_document_to_document_config_fk` (`document_config_id`),
  KEY `project_document_to_file_entry_fk` (`file_entry_id`),
  CONSTRAINT `project_document_to_file_entry_fk` FOREIGN KEY (`file_entry_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `project_document_to_project_fk` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `grant_process` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `application_id` bigint(20) NOT NULL,
  `sent_requested` datetime DEFAULT NULL,
  `sent_succeeded` datetime DEFAULT NULL,
  `last_processed` datetime DEFAULT NULL,
  `pending` tinyint(1) NOT NULL DEFAULT 1,
  `message` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_id_uk` (`application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project_to_be_created` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `application_id` bigint(20) NOT NULL,
  `created` datetime NOT NULL,
  `last_modified` datetime DEFAULT NULL,
  `pending` tinyint(1) NOT NULL DEFAULT 1,
  `message` varchar(255) DEFAULT NULL,
  `email_body` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_id_uk` (`application_id`),
  CONSTRAINT `project_to_be_created_application_fk` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `sil_message` (
  `id` varchar(45) NOT NULL,
  `date_created` datetime NOT NULL,
  `payload_type` enum('APPLICATION_SUBMISSION','CONTACT','ASSESSMENT_COMPLETE','APPLICATION_UPDATE','USER_UPDATE','APPLICATION_LOCATION_INFO') NOT NULL,
  `key_type` enum('COMPETITION_ID','APPLICATION_ID','USER_ID') NOT NULL,
  `key_value` varchar(45) DEFAULT NULL,
  `payload` mediumtext NOT NULL,
  `response_code` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thread` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `class_pk` bigint(20) NOT NULL,
  `class_name` varchar(255) NOT NULL,
  `thread_type` varchar(45) NOT NULL,
  `title` varchar(255) NOT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `section` varchar(45) DEFAULT NULL,
  `closed_by_user_id` bigint(20) DEFAULT NULL,
  `closed_date` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `closed_by_user_id_fk` (`closed_by_user_id`),
  CONSTRAINT `closed_by_user_id_fk` FOREIGN KEY (`closed_by_user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `post` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `thread_id` bigint(20) NOT NULL,
  `author_id` bigint(20) NOT NULL,
  `body` text NOT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `post_thread_fk` (`thread_id`),
  KEY `post_author_fk` (`author_id`),
  CONSTRAINT `post_author_fk` FOREIGN KEY (`author_id`) REFERENCES `user` (`id`),
  CONSTRAINT `post_thread_fk` FOREIGN KEY (`thread_id`) REFERENCES `thread` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `attachment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `uploader_id` bigint(20) NOT NULL,
  `file_entry_id` bigint(20) NOT NULL,
  `created_on` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `file_entry_UNIQUE` (`file_entry_id`),
  KEY `attachment_uploader_fk_idx` (`uploader_id`),
  CONSTRAINT `attachment_fileEntry_fk` FOREIGN KEY (`file_entry_id`) REFERENCES `file_entry` (`id`),
  CONSTRAINT `attachment_uploader_fk` FOREIGN KEY (`uploader_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `post_attachment` (
  `post_id` bigint(20) NOT NULL,
  `attachment_id` bigint(20) NOT NULL,
  PRIMARY KEY (`post_id`,`attachment_id`),
  KEY `post_attachment_attachment_fk` (`attachment_id`),
  CONSTRAINT `post_attachment_attachment_fk` FOREIGN KEY (`attachment_id`) REFERENCES `attachment` (`id`),
  CONSTRAINT `post_attachment_post_fk` FOREIGN KEY (`post_id`) REFERENCES `post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `activity_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `application_id` bigint(20) NOT NULL,
  `type` enum('APPLICATION_DETAILS_UPDATED','APPLICATION_SUBMITTED','APPLICATION_REOPENED','APPLICATION_INTO_PROJECT_SETUP','PROJECT_DETAILS_COMPLETE','PROJECT_MANAGER_NOMINATED','FINANCE_CONTACT_NOMINATED','DOCUMENT_UPLOADED','DOCUMENT_APPROVED','DOCUMENT_REJECTED','MONITORING_OFFICER_ASSIGNED','BANK_DETAILS_SUBMITTED','BANK_DETAILS_EDITED','BANK_DETAILS_APPROVED','VIABILITY_APPROVED','ELIGIBILITY_APPROVED','VIABILITY_RESET','ELIGIBILITY_RESET','FINANCE_CHECKS_RESET','FINANCE_QUERY','FINANCE_QUERY_RESPONDED','PROJECT_FINANCE_EDITED','SPEND_PROFILE_GENERATED','SPEND_PROFILE_SENT','SPEND_PROFILE_APPROVED','SPEND_PROFILE_REJECTED','SPEND_PROFILE_DELETED','FINANCE_REVIEWER_ADDED','GRANT_OFFER_LETTER_UPLOADED','GRANT_OFFER_LETTER_PUBLISHED','GRANT_OFFER_LETTER_SIGNED','GRANT_OFFER_LETTER_APPROVED','GRANT_OFFER_LETTER_REJECTED','GRANT_OFFER_LETTER_RESET','MANAGED_OFFLINE','COMPLETE_OFFLINE','WITHDRAWN','ON_HOLD','RESUMED_FROM_ON_HOLD','MARKED_PROJECT_AS_SUCCESSFUL','MARKED_PROJECT_AS_UNSUCCESSFUL','ORGANISATION_REMOVED','ORGANISATION_ADDED','GRANTS_PROJECT_MANAGER_INVITED','GRANTS_FINANCE_CONTACT_INVITED','GRANTS_MONITORING_OFFICER_INVITED','PAYMENT_MILESTONES_RESET','PAYMENT_MILESTONES_APPROVED','FUNDING_RULES_UPDATED','FUNDING_RULES_APPROVED','FUNDING_RULES_RESET') NOT NULL,
  `created_on` datetime NOT NULL,
  `created_by` bigint(20) NOT NULL,
  `organisation_id` bigint(20) DEFAULT NULL,
  `thread_id` bigint(20) DEFAULT NULL,
  `document_config_id` bigint(20) DEFAULT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_activity_log_application_id` (`application_id`),
  KEY `fk_activity_log_user_id` (`created_by`),
  KEY `fk_activity_log_organisation_id` (`organisation_id`),
  KEY `fk_activity_log_document_config_id` (`document_config_id`),
  KEY `fk_activity_log_thread_id` (`thread_id`),
  KEY `fk_activity_log_author_id_user_id author_user_fk` (`author_id`),
  CONSTRAINT `fk_activity_log_application_id` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  CONSTRAINT `fk_activity_log_author_id_user_id author_user_fk` FOREIGN KEY (`author_id`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_activity_log_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `fk_activity_log_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `thread` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_activity_log_user_id` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `alert` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `message` text DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `valid_from_date` datetime NOT NULL,
  `valid_to_date` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

ALTER TABLE `agreement` ADD CONSTRAINT `agreement_created_by_to_user_fk` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`);
ALTER TABLE `agreement` ADD CONSTRAINT `agreement_modified_by_to_user_fk` FOREIGN KEY (`modified_by`) REFERENCES `user` (`id`);
ALTER TABLE `profile` ADD CONSTRAINT `profile_created_by_to_user_fk` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`);
ALTER TABLE `profile` ADD CONSTRAINT `profile_modified_by_to_user_fk` FOREIGN KEY (`modified_by`) REFERENCES `user` (`id`);
ALTER TABLE `competition_type` ADD CONSTRAINT `template_competition_fk` FOREIGN KEY (`template_competition_id`) REFERENCES `competition` (`id`);

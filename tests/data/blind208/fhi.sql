-- Fight Health Insurance (fighthealthinsurance/fighthealthinsurance), Django models of fhi_users and fighthealthinsurance
-- plus django.contrib.auth, created on MariaDB 10.11 by Django 5.2.9 schema_editor and written out with SHOW CREATE TABLE
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_userdomain` (
  `id` varchar(300) NOT NULL,
  `stripe_subscription_id` varchar(300) DEFAULT NULL,
  `stripe_customer_id` varchar(300) DEFAULT NULL,
  `name` varchar(300) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `business_name` varchar(300) DEFAULT NULL,
  `display_name` varchar(300) DEFAULT NULL,
  `visible_phone_number` varchar(150) NOT NULL,
  `internal_phone_number` varchar(150) DEFAULT NULL,
  `office_fax` varchar(150) DEFAULT NULL,
  `country` varchar(150) NOT NULL,
  `state` varchar(50) DEFAULT NULL,
  `city` varchar(150) DEFAULT NULL,
  `address1` varchar(200) DEFAULT NULL,
  `address2` varchar(200) DEFAULT NULL,
  `zipcode` varchar(20) NOT NULL,
  `default_procedure` varchar(300) DEFAULT NULL,
  `cover_template_string` varchar(5000) DEFAULT NULL,
  `pending` tinyint(1) NOT NULL,
  `beta` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `visible_phone_number` (`visible_phone_number`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_globaluserrelation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_user_id` int(11) NOT NULL,
  `child_user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fhi_users_globaluser_parent_user_id_addde204_fk_auth_user` (`parent_user_id`),
  KEY `fhi_users_globaluser_child_user_id_21dce5b3_fk_auth_user` (`child_user_id`),
  CONSTRAINT `fhi_users_globaluser_child_user_id_21dce5b3_fk_auth_user` FOREIGN KEY (`child_user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `fhi_users_globaluser_parent_user_id_addde204_fk_auth_user` FOREIGN KEY (`parent_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_usercontactinfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `phone_number` varchar(150) DEFAULT NULL,
  `country` varchar(150) NOT NULL,
  `state` varchar(50) DEFAULT NULL,
  `city` varchar(150) DEFAULT NULL,
  `address1` varchar(200) DEFAULT NULL,
  `address2` varchar(200) DEFAULT NULL,
  `zipcode` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `fhi_users_usercontactinfo_user_id_6983ce2e_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_patientuser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `display_name` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `fhi_users_patientuser_user_id_7ab24e01_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_professionaluser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `npi_number` varchar(20) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `provider_type` varchar(300) DEFAULT NULL,
  `most_common_denial` varchar(300) DEFAULT NULL,
  `fax_number` varchar(40) DEFAULT NULL,
  `display_name` varchar(400) DEFAULT NULL,
  `credentials` varchar(400) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `fhi_users_professionaluser_user_id_11153355_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_professionaldomainrelation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `professional_id` int(11) NOT NULL,
  `domain_id` varchar(300) NOT NULL,
  `active_domain_relation` tinyint(1) NOT NULL,
  `admin` tinyint(1) NOT NULL,
  `read_only` tinyint(1) NOT NULL,
  `professional_type` varchar(400) DEFAULT NULL,
  `pending_domain_relation` tinyint(1) NOT NULL,
  `suspended` tinyint(1) NOT NULL,
  `rejected` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fhi_users_profession_professional_id_027be1dd_fk_fhi_users` (`professional_id`),
  KEY `fhi_users_profession_domain_id_6af47c59_fk_fhi_users` (`domain_id`),
  CONSTRAINT `fhi_users_profession_domain_id_6af47c59_fk_fhi_users` FOREIGN KEY (`domain_id`) REFERENCES `fhi_users_userdomain` (`id`),
  CONSTRAINT `fhi_users_profession_professional_id_027be1dd_fk_fhi_users` FOREIGN KEY (`professional_id`) REFERENCES `fhi_users_professionaluser` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_patientdomainrelation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `patient_id` int(11) NOT NULL,
  `domain_id` varchar(300) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fhi_users_patientdom_patient_id_1f767ba0_fk_fhi_users` (`patient_id`),
  KEY `fhi_users_patientdom_domain_id_3f33dd8e_fk_fhi_users` (`domain_id`),
  CONSTRAINT `fhi_users_patientdom_domain_id_3f33dd8e_fk_fhi_users` FOREIGN KEY (`domain_id`) REFERENCES `fhi_users_userdomain` (`id`),
  CONSTRAINT `fhi_users_patientdom_patient_id_1f767ba0_fk_fhi_users` FOREIGN KEY (`patient_id`) REFERENCES `fhi_users_patientuser` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_extrauserproperties` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `email_verified` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `fhi_users_extrauserproperties_user_id_c4c92ef1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_verificationtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `fhi_users_verificationtoken_user_id_a1bcc21d_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_resettoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `fhi_users_resettoken_user_id_c1f61cad_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fhi_users_pendingprostripecheckoutsession` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stripe_session_id` varchar(255) NOT NULL,
  `django_session_id` varchar(255) DEFAULT NULL,
  `email` varchar(254) NOT NULL,
  `visible_phone_number` varchar(150) NOT NULL,
  `domain_id` varchar(300) DEFAULT NULL,
  `professional_user_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `completed` tinyint(1) NOT NULL,
  `completed_at` datetime(6) DEFAULT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `stripe_session_id` (`stripe_session_id`),
  KEY `fhi_users_pendingpro_domain_id_42d7b986_fk_fhi_users` (`domain_id`),
  KEY `fhi_users_pendingpro_professional_user_id_98f5f2b8_fk_fhi_users` (`professional_user_id`),
  KEY `fhi_users_p_email_ec97fe_idx` (`email`),
  KEY `fhi_users_p_stripe__21bd8a_idx` (`stripe_session_id`),
  KEY `fhi_users_p_django__f8e466_idx` (`django_session_id`),
  CONSTRAINT `fhi_users_pendingpro_domain_id_42d7b986_fk_fhi_users` FOREIGN KEY (`domain_id`) REFERENCES `fhi_users_userdomain` (`id`),
  CONSTRAINT `fhi_users_pendingpro_professional_user_id_98f5f2b8_fk_fhi_users` FOREIGN KEY (`professional_user_id`) REFERENCES `fhi_users_professionaluser` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_denial` (
  `denial_id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(300) NOT NULL,
  `hashed_email` varchar(300) NOT NULL,
  `denial_text` longtext NOT NULL,
  `date_of_service_text` longtext DEFAULT NULL,
  `denial_type_text` longtext DEFAULT NULL,
  `date` date NOT NULL,
  `employer_name` varchar(300) DEFAULT NULL,
  `regulator_id` int(11) DEFAULT NULL,
  `urgent` tinyint(1) NOT NULL,
  `pre_service` tinyint(1) NOT NULL,
  `denial_date` date DEFAULT NULL,
  `insurance_company` varchar(300) DEFAULT NULL,
  `insurance_company_obj_id` int(11) DEFAULT NULL,
  `insurance_plan_obj_id` int(11) DEFAULT NULL,
  `claim_id` varchar(300) DEFAULT NULL,
  `procedure` varchar(300) DEFAULT NULL,
  `diagnosis` varchar(300) DEFAULT NULL,
  `extract_procedure_diagnosis_finished` tinyint(1) DEFAULT NULL,
  `extract_attempts` smallint(5) unsigned NOT NULL CHECK (`extract_attempts` >= 0),
  `appeal_text` longtext DEFAULT NULL,
  `raw_email` longtext DEFAULT NULL,
  `created` datetime(6) DEFAULT current_timestamp(6),
  `use_external` tinyint(1) NOT NULL,
  `health_history` longtext DEFAULT NULL,
  `qa_context` longtext DEFAULT NULL,
  `plan_context` longtext DEFAULT NULL,
  `semi_sekret` varchar(256) NOT NULL,
  `plan_id` varchar(200) DEFAULT NULL,
  `state` varchar(4) DEFAULT NULL,
  `appeal_result` varchar(200) DEFAULT NULL,
  `last_interaction` datetime(6) NOT NULL,
  `follow_up_semi_sekret` varchar(256) NOT NULL,
  `references` longtext DEFAULT NULL,
  `reference_summary` longtext DEFAULT NULL,
  `appeal_fax_number` varchar(40) DEFAULT NULL,
  `your_state` varchar(40) DEFAULT NULL,
  `creating_professional_id` int(11) DEFAULT NULL,
  `primary_professional_id` int(11) DEFAULT NULL,
  `patient_user_id` int(11) DEFAULT NULL,
  `domain_id` varchar(300) DEFAULT NULL,
  `patient_visible` tinyint(1) NOT NULL,
  `professional_to_finish` tinyint(1) NOT NULL,
  `date_of_service` varchar(300) DEFAULT NULL,
  `provider_in_network` tinyint(1) DEFAULT NULL,
  `health_history_anonymized` tinyint(1) NOT NULL,
  `single_case` tinyint(1) DEFAULT NULL,
  `pubmed_ids_json` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`pubmed_ids_json`)),
  `pubmed_context` longtext DEFAULT NULL,
  `nice_context` longtext DEFAULT NULL,
  `rag_context` longtext DEFAULT NULL,
  `imr_context` longtext DEFAULT NULL,
  `generated_questions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`generated_questions`)),
  `ml_citation_context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`ml_citation_context`)),
  `plan_documents_summary` longtext DEFAULT NULL,
  `denial_text_summary` longtext DEFAULT NULL,
  `manual_deidentified_denial` longtext DEFAULT NULL,
  `manual_deidentified_ocr_cleaned_denial` longtext DEFAULT NULL,
  `manual_deidentified_appeal` longtext DEFAULT NULL,
  `manual_searchterm` longtext DEFAULT NULL,
  `verified_procedure` longtext DEFAULT NULL,
  `verified_diagnosis` longtext DEFAULT NULL,
  `flag_for_exclude` tinyint(1) DEFAULT NULL,
  `include_provided_health_history_in_appeal` tinyint(1) NOT NULL,
  `dental_claim` tinyint(1) NOT NULL,
  `not_human_claim` tinyint(1) NOT NULL,
  `unique_claim` tinyint(1) NOT NULL,
  `disability_claim` tinyint(1) NOT NULL,
  `good_appeal_example` tinyint(1) NOT NULL,
  `candidate_procedure` varchar(300) DEFAULT NULL,
  `candidate_diagnosis` varchar(300) DEFAULT NULL,
  `candidate_generated_questions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`candidate_generated_questions`)),
  `candidate_ml_citation_context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`candidate_ml_citation_context`)),
  `candidate_denial_text_summary` longtext DEFAULT NULL,
  `gen_attempts` int(11) DEFAULT NULL,
  `microsite_slug` varchar(100) DEFAULT NULL,
  `referral_source` varchar(300) DEFAULT NULL,
  `referral_source_details` longtext DEFAULT NULL,
  `user_agent` longtext NOT NULL,
  `asn` varchar(50) NOT NULL,
  `asn_name` varchar(200) NOT NULL,
  `ip_address` varchar(64) DEFAULT NULL,
  `service_zip` varchar(5) NOT NULL,
  `ucr_refreshed_at` datetime(6) DEFAULT NULL,
  `latest_ucr_lookup_id` int(11) DEFAULT NULL,
  `ucr_context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`ucr_context`)),
  PRIMARY KEY (`denial_id`),
  KEY `fighthealthinsurance_regulator_id_d83d451d_fk_fightheal` (`regulator_id`),
  KEY `fighthealthinsurance_insurance_company_ob_3a470989_fk_fightheal` (`insurance_company_obj_id`),
  KEY `fighthealthinsurance_insurance_plan_obj_i_573fd19b_fk_fightheal` (`insurance_plan_obj_id`),
  KEY `fighthealthinsurance_creating_professiona_d33e4c3d_fk_fhi_users` (`creating_professional_id`),
  KEY `fighthealthinsurance_primary_professional_3141679b_fk_fhi_users` (`primary_professional_id`),
  KEY `fighthealthinsurance_patient_user_id_636195d5_fk_fhi_users` (`patient_user_id`),
  KEY `fighthealthinsurance_domain_id_295ae9f4_fk_fhi_users` (`domain_id`),
  KEY `fighthealthinsurance_latest_ucr_lookup_id_65847f74_fk_fightheal` (`latest_ucr_lookup_id`),
  KEY `fighthealthinsurance_denial_microsite_slug_a6930152` (`microsite_slug`),
  KEY `fighthealthinsurance_denial_ucr_refreshed_at_8b92769a` (`ucr_refreshed_at`),
  KEY `denial_hashed_email_idx` (`hashed_email`),
  KEY `denial_created_idx` (`created`),
  CONSTRAINT `fighthealthinsurance_creating_professiona_d33e4c3d_fk_fhi_users` FOREIGN KEY (`creating_professional_id`) REFERENCES `fhi_users_professionaluser` (`id`),
  CONSTRAINT `fighthealthinsurance_domain_id_295ae9f4_fk_fhi_users` FOREIGN KEY (`domain_id`) REFERENCES `fhi_users_userdomain` (`id`),
  CONSTRAINT `fighthealthinsurance_insurance_company_ob_3a470989_fk_fightheal` FOREIGN KEY (`insurance_company_obj_id`) REFERENCES `fighthealthinsurance_insurancecompany` (`id`),
  CONSTRAINT `fighthealthinsurance_insurance_plan_obj_i_573fd19b_fk_fightheal` FOREIGN KEY (`insurance_plan_obj_id`) REFERENCES `fighthealthinsurance_insuranceplan` (`id`),
  CONSTRAINT `fighthealthinsurance_latest_ucr_lookup_id_65847f74_fk_fightheal` FOREIGN KEY (`latest_ucr_lookup_id`) REFERENCES `fighthealthinsurance_ucrlookup` (`id`),
  CONSTRAINT `fighthealthinsurance_patient_user_id_636195d5_fk_fhi_users` FOREIGN KEY (`patient_user_id`) REFERENCES `fhi_users_patientuser` (`id`),
  CONSTRAINT `fighthealthinsurance_primary_professional_3141679b_fk_fhi_users` FOREIGN KEY (`primary_professional_id`) REFERENCES `fhi_users_professionaluser` (`id`),
  CONSTRAINT `fighthealthinsurance_regulator_id_d83d451d_fk_fightheal` FOREIGN KEY (`regulator_id`) REFERENCES `fighthealthinsurance_regulator` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_denialqa` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `denial_id` int(11) NOT NULL,
  `question` longtext NOT NULL,
  `text_answer` longtext NOT NULL,
  `bool_answer` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_denial_id_22987b4d_fk_fightheal` (`denial_id`),
  CONSTRAINT `fighthealthinsurance_denial_id_22987b4d_fk_fightheal` FOREIGN KEY (`denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_denialtypes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) DEFAULT NULL,
  `name` varchar(300) NOT NULL,
  `regex` varchar(400) NOT NULL,
  `diagnosis_regex` varchar(400) DEFAULT NULL,
  `procedure_regex` varchar(400) DEFAULT NULL,
  `negative_regex` varchar(400) NOT NULL,
  `appeal_text` longtext NOT NULL,
  `form` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_parent_id_d09344dd_fk_fightheal` (`parent_id`),
  CONSTRAINT `fighthealthinsurance_parent_id_d09344dd_fk_fightheal` FOREIGN KEY (`parent_id`) REFERENCES `fighthealthinsurance_denialtypes` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_denialtypesrelation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `denial_id` int(11) NOT NULL,
  `denial_type_id` int(11) NOT NULL,
  `src_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_denial_id_0c1adba1_fk_fightheal` (`denial_id`),
  KEY `fighthealthinsurance_denial_type_id_2311ec9b_fk_fightheal` (`denial_type_id`),
  KEY `fighthealthinsurance_src_id_2626cf62_fk_fightheal` (`src_id`),
  CONSTRAINT `fighthealthinsurance_denial_id_0c1adba1_fk_fightheal` FOREIGN KEY (`denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`),
  CONSTRAINT `fighthealthinsurance_denial_type_id_2311ec9b_fk_fightheal` FOREIGN KEY (`denial_type_id`) REFERENCES `fighthealthinsurance_denialtypes` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_plantype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `alt_name` varchar(300) NOT NULL,
  `regex` varchar(400) NOT NULL,
  `negative_regex` varchar(400) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_plantypesrelation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `denial_id` int(11) NOT NULL,
  `plan_type_id` int(11) NOT NULL,
  `src_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_denial_id_284cca18_fk_fightheal` (`denial_id`),
  KEY `fighthealthinsurance_plan_type_id_d71d1256_fk_fightheal` (`plan_type_id`),
  KEY `fighthealthinsurance_src_id_d84948fb_fk_fightheal` (`src_id`),
  CONSTRAINT `fighthealthinsurance_denial_id_284cca18_fk_fightheal` FOREIGN KEY (`denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`),
  CONSTRAINT `fighthealthinsurance_plan_type_id_d71d1256_fk_fightheal` FOREIGN KEY (`plan_type_id`) REFERENCES `fighthealthinsurance_plantype` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_plansource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `regex` varchar(400) NOT NULL,
  `negative_regex` varchar(400) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_plansourcerelation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `denial_id` int(11) NOT NULL,
  `plan_source_id` int(11) NOT NULL,
  `src_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_denial_id_30335848_fk_fightheal` (`denial_id`),
  KEY `fighthealthinsurance_plan_source_id_f4c71825_fk_fightheal` (`plan_source_id`),
  KEY `fighthealthinsurance_src_id_dbc46e2a_fk_fightheal` (`src_id`),
  CONSTRAINT `fighthealthinsurance_denial_id_30335848_fk_fightheal` FOREIGN KEY (`denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`),
  CONSTRAINT `fighthealthinsurance_plan_source_id_f4c71825_fk_fightheal` FOREIGN KEY (`plan_source_id`) REFERENCES `fighthealthinsurance_plansource` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_regulator` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `website` varchar(300) NOT NULL,
  `alt_name` varchar(300) NOT NULL,
  `phone` varchar(40) NOT NULL,
  `regex` varchar(400) NOT NULL,
  `negative_regex` varchar(400) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_insurancecompany` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `alt_names` longtext NOT NULL,
  `regex` varchar(800) NOT NULL,
  `negative_regex` varchar(800) NOT NULL,
  `website` varchar(200) NOT NULL,
  `member_services_url` varchar(200) NOT NULL,
  `appeals_info_url` varchar(200) NOT NULL,
  `notes` longtext NOT NULL,
  `appeal_address` longtext NOT NULL,
  `appeal_fax_number` varchar(40) NOT NULL,
  `appeal_phone_number` varchar(40) NOT NULL,
  `appeal_email` varchar(254) NOT NULL,
  `appeals_portal_url` varchar(200) NOT NULL,
  `parent_company_id` int(11) DEFAULT NULL,
  `is_tpa` tinyint(1) NOT NULL,
  `is_marketplace_focused` tinyint(1) NOT NULL,
  `is_major_commercial_payer` tinyint(1) NOT NULL,
  `medical_policy_url` varchar(200) NOT NULL,
  `medical_policy_name` varchar(200) NOT NULL,
  `medical_policy_url_is_static_index` tinyint(1) NOT NULL,
  `medical_policy_notes` longtext NOT NULL,
  `pa_requirement_list_url` varchar(200) NOT NULL,
  `pa_requirement_list_url_is_parseable` tinyint(1) NOT NULL,
  `pa_requirement_list_notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `fighthealthinsurance_parent_company_id_abed3d48_fk_fightheal` (`parent_company_id`),
  CONSTRAINT `fighthealthinsurance_parent_company_id_abed3d48_fk_fightheal` FOREIGN KEY (`parent_company_id`) REFERENCES `fighthealthinsurance_insurancecompany` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_insuranceplan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `insurance_company_id` int(11) NOT NULL,
  `plan_name` varchar(300) NOT NULL,
  `state` varchar(2) NOT NULL,
  `plan_type_id` int(11) DEFAULT NULL,
  `plan_source_id` int(11) DEFAULT NULL,
  `regex` varchar(800) NOT NULL,
  `negative_regex` varchar(800) NOT NULL,
  `plan_id_prefix` varchar(50) NOT NULL,
  `notes` longtext NOT NULL,
  `appeal_address` longtext NOT NULL,
  `appeal_fax_number` varchar(40) NOT NULL,
  `appeal_phone_number` varchar(40) NOT NULL,
  `appeal_email` varchar(254) NOT NULL,
  `appeals_portal_url` varchar(200) NOT NULL,
  `appeals_info_url` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fighthealthinsurance_ins_insurance_company_id_pla_f5a3b411_uniq` (`insurance_company_id`,`plan_name`,`state`),
  KEY `fighthealthinsurance_plan_type_id_d6883d0c_fk_fightheal` (`plan_type_id`),
  KEY `fighthealthinsurance_plan_source_id_49beb617_fk_fightheal` (`plan_source_id`),
  CONSTRAINT `fighthealthinsurance_insurance_company_id_b5d6415e_fk_fightheal` FOREIGN KEY (`insurance_company_id`) REFERENCES `fighthealthinsurance_insurancecompany` (`id`),
  CONSTRAINT `fighthealthinsurance_plan_source_id_49beb617_fk_fightheal` FOREIGN KEY (`plan_source_id`) REFERENCES `fighthealthinsurance_plansource` (`id`),
  CONSTRAINT `fighthealthinsurance_plan_type_id_d6883d0c_fk_fightheal` FOREIGN KEY (`plan_type_id`) REFERENCES `fighthealthinsurance_plantype` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_diagnosis` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `regex` varchar(400) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_procedures` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `regex` varchar(400) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_appealtemplates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `regex` varchar(400) NOT NULL,
  `negative_regex` varchar(400) NOT NULL,
  `diagnosis_regex` varchar(400) NOT NULL,
  `appeal_text` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_proposedappeal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `appeal_text` longtext DEFAULT NULL,
  `for_denial_id` int(11) DEFAULT NULL,
  `chosen` tinyint(1) NOT NULL,
  `editted` tinyint(1) NOT NULL,
  `model_name` varchar(200) DEFAULT NULL,
  `synthesized` tinyint(1) NOT NULL,
  `context_level` varchar(32) DEFAULT NULL,
  `speculative` tinyint(1) NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_for_denial_id_0b8ae99a_fk_fightheal` (`for_denial_id`),
  KEY `fighthealthinsurance_proposedappeal_model_name_16c40e7b` (`model_name`),
  KEY `fighthealthinsurance_proposedappeal_synthesized_4cffbbb9` (`synthesized`),
  KEY `fighthealthinsurance_proposedappeal_context_level_cd03990c` (`context_level`),
  KEY `fighthealthinsurance_proposedappeal_speculative_f466c505` (`speculative`),
  KEY `fighthealthinsurance_proposedappeal_created_at_642714f4` (`created_at`),
  CONSTRAINT `fighthealthinsurance_for_denial_id_0b8ae99a_fk_fightheal` FOREIGN KEY (`for_denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_appeal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(100) NOT NULL,
  `appeal_text` longtext DEFAULT NULL,
  `for_denial_id` int(11) DEFAULT NULL,
  `chat_id` uuid DEFAULT NULL,
  `hashed_email` varchar(300) NOT NULL,
  `creating_professional_id` int(11) DEFAULT NULL,
  `primary_professional_id` int(11) DEFAULT NULL,
  `patient_user_id` int(11) DEFAULT NULL,
  `domain_id` varchar(300) DEFAULT NULL,
  `document_enc` varchar(100) DEFAULT NULL,
  `pending` tinyint(1) NOT NULL,
  `pending_patient` tinyint(1) NOT NULL,
  `pending_professional` tinyint(1) NOT NULL,
  `sent` tinyint(1) NOT NULL,
  `fax_id` int(11) DEFAULT NULL,
  `professional_send` tinyint(1) NOT NULL,
  `patient_send` tinyint(1) NOT NULL,
  `patient_visible` tinyint(1) NOT NULL,
  `pubmed_ids_json` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`pubmed_ids_json`)),
  `response_document_enc` varchar(100) DEFAULT NULL,
  `response_text` longtext DEFAULT NULL,
  `response_date` date DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `success` tinyint(1) DEFAULT NULL,
  `mod_date` date DEFAULT NULL,
  `creation_date` date DEFAULT NULL,
  `billed` tinyint(1) NOT NULL,
  `include_provided_health_history_in_appeal` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `fighthealthinsurance_for_denial_id_befa593b_fk_fightheal` (`for_denial_id`),
  KEY `fighthealthinsurance_chat_id_3a313540_fk_fightheal` (`chat_id`),
  KEY `fighthealthinsurance_creating_professiona_06eef086_fk_fhi_users` (`creating_professional_id`),
  KEY `fighthealthinsurance_primary_professional_8fa17998_fk_fhi_users` (`primary_professional_id`),
  KEY `fighthealthinsurance_patient_user_id_dec6f77f_fk_fhi_users` (`patient_user_id`),
  KEY `fighthealthinsurance_domain_id_80483de6_fk_fhi_users` (`domain_id`),
  KEY `fighthealthinsurance_fax_id_8906eafa_fk_fightheal` (`fax_id`),
  CONSTRAINT `fighthealthinsurance_chat_id_3a313540_fk_fightheal` FOREIGN KEY (`chat_id`) REFERENCES `fighthealthinsurance_ongoingchat` (`id`),
  CONSTRAINT `fighthealthinsurance_creating_professiona_06eef086_fk_fhi_users` FOREIGN KEY (`creating_professional_id`) REFERENCES `fhi_users_professionaluser` (`id`),
  CONSTRAINT `fighthealthinsurance_domain_id_80483de6_fk_fhi_users` FOREIGN KEY (`domain_id`) REFERENCES `fhi_users_userdomain` (`id`),
  CONSTRAINT `fighthealthinsurance_fax_id_8906eafa_fk_fightheal` FOREIGN KEY (`fax_id`) REFERENCES `fighthealthinsurance_faxestosend` (`fax_id`),
  CONSTRAINT `fighthealthinsurance_for_denial_id_befa593b_fk_fightheal` FOREIGN KEY (`for_denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`),
  CONSTRAINT `fighthealthinsurance_patient_user_id_dec6f77f_fk_fhi_users` FOREIGN KEY (`patient_user_id`) REFERENCES `fhi_users_patientuser` (`id`),
  CONSTRAINT `fighthealthinsurance_primary_professional_8fa17998_fk_fhi_users` FOREIGN KEY (`primary_professional_id`) REFERENCES `fhi_users_professionaluser` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_appealattachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `appeal_id` int(11) NOT NULL,
  `file` varchar(100) DEFAULT NULL,
  `filename` varchar(255) NOT NULL,
  `mime_type` varchar(127) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_appeal_id_ec649728_fk_fightheal` (`appeal_id`),
  CONSTRAINT `fighthealthinsurance_appeal_id_ec649728_fk_fightheal` FOREIGN KEY (`appeal_id`) REFERENCES `fighthealthinsurance_appeal` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_secondaryappealprofessionalrelation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `appeal_id` int(11) NOT NULL,
  `professional_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_appeal_id_bc24f6be_fk_fightheal` (`appeal_id`),
  KEY `fighthealthinsurance_professional_id_a168cc0d_fk_fhi_users` (`professional_id`),
  CONSTRAINT `fighthealthinsurance_appeal_id_bc24f6be_fk_fightheal` FOREIGN KEY (`appeal_id`) REFERENCES `fighthealthinsurance_appeal` (`id`),
  CONSTRAINT `fighthealthinsurance_professional_id_a168cc0d_fk_fhi_users` FOREIGN KEY (`professional_id`) REFERENCES `fhi_users_professionaluser` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_secondarydenialprofessionalrelation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `denial_id` int(11) NOT NULL,
  `professional_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_denial_id_494e0288_fk_fightheal` (`denial_id`),
  KEY `fighthealthinsurance_professional_id_f8c87048_fk_fhi_users` (`professional_id`),
  CONSTRAINT `fighthealthinsurance_denial_id_494e0288_fk_fightheal` FOREIGN KEY (`denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`),
  CONSTRAINT `fighthealthinsurance_professional_id_f8c87048_fk_fhi_users` FOREIGN KEY (`professional_id`) REFERENCES `fhi_users_professionaluser` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_regulatorescalation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` uuid NOT NULL,
  `for_denial_id` int(11) NOT NULL,
  `hashed_email` varchar(300) NOT NULL,
  `recipient_type` varchar(32) NOT NULL,
  `recipient_name` varchar(300) NOT NULL,
  `recipient_address` longtext NOT NULL,
  `recipient_phone` varchar(80) NOT NULL,
  `recipient_url` varchar(400) NOT NULL,
  `letter_text` longtext NOT NULL,
  `chosen` tinyint(1) NOT NULL,
  `edited` tinyint(1) NOT NULL,
  `sent` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `mod_date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `reg_escal_denial_idx` (`for_denial_id`),
  KEY `reg_escal_email_idx` (`hashed_email`),
  CONSTRAINT `fighthealthinsurance_for_denial_id_520648f5_fk_fightheal` FOREIGN KEY (`for_denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_followuptype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `template_name` varchar(100) NOT NULL,
  `subject` varchar(300) NOT NULL,
  `text` longtext NOT NULL,
  `duration` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_followup` (
  `followup_result_id` int(11) NOT NULL AUTO_INCREMENT,
  `hashed_email` varchar(200) DEFAULT NULL,
  `denial_id_id` int(11) NOT NULL,
  `more_follow_up_requested` tinyint(1) NOT NULL,
  `follow_up_medicare_someone_to_help` tinyint(1) NOT NULL,
  `user_comments` longtext DEFAULT NULL,
  `quote` longtext DEFAULT NULL,
  `use_quote` tinyint(1) NOT NULL,
  `email` varchar(300) DEFAULT NULL,
  `name_for_quote` longtext DEFAULT NULL,
  `appeal_result` varchar(200) DEFAULT NULL,
  `response_date` date NOT NULL,
  PRIMARY KEY (`followup_result_id`),
  KEY `fighthealthinsurance_denial_id_id_a947c813_fk_fightheal` (`denial_id_id`),
  CONSTRAINT `fighthealthinsurance_denial_id_id_a947c813_fk_fightheal` FOREIGN KEY (`denial_id_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_followupsched` (
  `follow_up_id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(300) NOT NULL,
  `follow_up_type_id` int(11) DEFAULT NULL,
  `initial` date NOT NULL,
  `follow_up_date` date NOT NULL,
  `follow_up_sent` tinyint(1) NOT NULL,
  `follow_up_sent_date` datetime(6) DEFAULT NULL,
  `attempting_to_send_as_of` date DEFAULT NULL,
  `denial_id_id` int(11) NOT NULL,
  PRIMARY KEY (`follow_up_id`),
  KEY `fighthealthinsurance_follow_up_type_id_422b2971_fk_fightheal` (`follow_up_type_id`),
  KEY `fighthealthinsurance_denial_id_id_0fcf7f2c_fk_fightheal` (`denial_id_id`),
  CONSTRAINT `fighthealthinsurance_denial_id_id_0fcf7f2c_fk_fightheal` FOREIGN KEY (`denial_id_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`),
  CONSTRAINT `fighthealthinsurance_follow_up_type_id_422b2971_fk_fightheal` FOREIGN KEY (`follow_up_type_id`) REFERENCES `fighthealthinsurance_followuptype` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_followupdocuments` (
  `document_id` int(11) NOT NULL AUTO_INCREMENT,
  `follow_up_document` varchar(100) DEFAULT NULL,
  `follow_up_document_enc` varchar(100) DEFAULT NULL,
  `denial_id` int(11) NOT NULL,
  `follow_up_id_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`document_id`),
  KEY `fighthealthinsurance_denial_id_1c775e59_fk_fightheal` (`denial_id`),
  KEY `fighthealthinsurance_follow_up_id_id_125950f1_fk_fightheal` (`follow_up_id_id`),
  CONSTRAINT `fighthealthinsurance_denial_id_1c775e59_fk_fightheal` FOREIGN KEY (`denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`),
  CONSTRAINT `fighthealthinsurance_follow_up_id_id_125950f1_fk_fightheal` FOREIGN KEY (`follow_up_id_id`) REFERENCES `fighthealthinsurance_followup` (`followup_result_id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_plandocuments` (
  `plan_document_id` int(11) NOT NULL AUTO_INCREMENT,
  `plan_document` varchar(100) DEFAULT NULL,
  `plan_document_enc` varchar(100) DEFAULT NULL,
  `denial_id` int(11) NOT NULL,
  PRIMARY KEY (`plan_document_id`),
  KEY `fighthealthinsurance_denial_id_a396304e_fk_fightheal` (`denial_id`),
  CONSTRAINT `fighthealthinsurance_denial_id_a396304e_fk_fightheal` FOREIGN KEY (`denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_faxestosend` (
  `fax_id` int(11) NOT NULL AUTO_INCREMENT,
  `hashed_email` varchar(300) NOT NULL,
  `date` datetime(6) NOT NULL,
  `paid` tinyint(1) NOT NULL,
  `email` varchar(300) NOT NULL,
  `name` varchar(300) DEFAULT NULL,
  `appeal_text` longtext NOT NULL,
  `pmids` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`pmids`)),
  `health_history` longtext DEFAULT NULL,
  `combined_document` varchar(100) DEFAULT NULL,
  `combined_document_enc` varchar(100) DEFAULT NULL,
  `uuid` varchar(300) NOT NULL,
  `sent` tinyint(1) NOT NULL,
  `attempting_to_send_as_of` datetime(6) DEFAULT NULL,
  `fax_success` tinyint(1) NOT NULL,
  `denial_id_id` int(11) DEFAULT NULL,
  `destination` varchar(20) DEFAULT NULL,
  `should_send` tinyint(1) NOT NULL,
  `vendor_send_completed` tinyint(1) NOT NULL,
  `professional` tinyint(1) NOT NULL,
  `for_appeal_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`fax_id`),
  KEY `fighthealthinsurance_denial_id_id_2003d962_fk_fightheal` (`denial_id_id`),
  KEY `fighthealthinsurance_for_appeal_id_c54dc0cd_fk_fightheal` (`for_appeal_id`),
  KEY `fax_hashed_email_idx` (`hashed_email`),
  CONSTRAINT `fighthealthinsurance_denial_id_id_2003d962_fk_fightheal` FOREIGN KEY (`denial_id_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`),
  CONSTRAINT `fighthealthinsurance_for_appeal_id_c54dc0cd_fk_fightheal` FOREIGN KEY (`for_appeal_id`) REFERENCES `fighthealthinsurance_appeal` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_scheduledemail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `to_email` varchar(254) NOT NULL,
  `subject` varchar(998) NOT NULL,
  `template_name` varchar(100) NOT NULL,
  `context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`context`)),
  `cc` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`cc`)),
  `send_after` datetime(6) NOT NULL,
  `send_timezone` varchar(64) NOT NULL,
  `timezone_is_specific` tinyint(1) NOT NULL,
  `purpose` varchar(64) NOT NULL,
  `sent` tinyint(1) NOT NULL,
  `sent_at` datetime(6) DEFAULT NULL,
  `attempts` int(11) NOT NULL,
  `last_error` longtext DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sched_email_sent_after_idx` (`sent`,`send_after`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_priorauthrequest` (
  `chat_id` uuid DEFAULT NULL,
  `id` uuid NOT NULL,
  `creator_professional_user_id` int(11) DEFAULT NULL,
  `created_for_professional_user_id` int(11) DEFAULT NULL,
  `domain_id` varchar(300) DEFAULT NULL,
  `diagnosis` longtext NOT NULL,
  `treatment` longtext NOT NULL,
  `insurance_company` longtext NOT NULL,
  `patient_health_history` longtext NOT NULL,
  `urgent` tinyint(1) NOT NULL,
  `patient_name` longtext DEFAULT NULL,
  `plan_id` longtext DEFAULT NULL,
  `member_id` longtext DEFAULT NULL,
  `patient_dob` date DEFAULT NULL,
  `mode` varchar(10) NOT NULL,
  `proposal_type` varchar(10) NOT NULL,
  `questions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`questions`)),
  `answers` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`answers`)),
  `status` varchar(50) NOT NULL,
  `token` uuid NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `text` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_chat_id_b916f3fa_fk_fightheal` (`chat_id`),
  KEY `fighthealthinsurance_creator_professional_7455384a_fk_fhi_users` (`creator_professional_user_id`),
  KEY `fighthealthinsurance_created_for_professi_5f590384_fk_fhi_users` (`created_for_professional_user_id`),
  KEY `fighthealthinsurance_domain_id_a09102bf_fk_fhi_users` (`domain_id`),
  CONSTRAINT `fighthealthinsurance_chat_id_b916f3fa_fk_fightheal` FOREIGN KEY (`chat_id`) REFERENCES `fighthealthinsurance_ongoingchat` (`id`),
  CONSTRAINT `fighthealthinsurance_created_for_professi_5f590384_fk_fhi_users` FOREIGN KEY (`created_for_professional_user_id`) REFERENCES `fhi_users_professionaluser` (`id`),
  CONSTRAINT `fighthealthinsurance_creator_professional_7455384a_fk_fhi_users` FOREIGN KEY (`creator_professional_user_id`) REFERENCES `fhi_users_professionaluser` (`id`),
  CONSTRAINT `fighthealthinsurance_domain_id_a09102bf_fk_fhi_users` FOREIGN KEY (`domain_id`) REFERENCES `fhi_users_userdomain` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_proposedpriorauth` (
  `proposed_id` uuid NOT NULL,
  `prior_auth_request_id` uuid NOT NULL,
  `text` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `selected` tinyint(1) NOT NULL,
  PRIMARY KEY (`proposed_id`),
  KEY `fighthealthinsurance_prior_auth_request_i_bbb1a811_fk_fightheal` (`prior_auth_request_id`),
  CONSTRAINT `fighthealthinsurance_prior_auth_request_i_bbb1a811_fk_fightheal` FOREIGN KEY (`prior_auth_request_id`) REFERENCES `fighthealthinsurance_priorauthrequest` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_ongoingchat` (
  `id` uuid NOT NULL,
  `professional_user_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `is_patient` tinyint(1) NOT NULL,
  `chat_type` varchar(20) NOT NULL,
  `session_key` varchar(100) DEFAULT NULL,
  `chat_history` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`chat_history`)),
  `edited_chat_history` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`edited_chat_history`)),
  `summary_for_next_call` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`summary_for_next_call`)),
  `denied_item` varchar(2000) DEFAULT NULL,
  `denied_reason` varchar(2000) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `domain_id` varchar(300) DEFAULT NULL,
  `hashed_email` varchar(300) DEFAULT NULL,
  `microsite_slug` varchar(100) DEFAULT NULL,
  `user_agent` longtext NOT NULL,
  `asn` varchar(50) NOT NULL,
  `asn_name` varchar(200) NOT NULL,
  `ip_address` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_user_id_5f831b25_fk_auth_user` (`user_id`),
  KEY `fighthealthinsurance_domain_id_3a8d45dc_fk_fhi_users` (`domain_id`),
  KEY `fighthealthinsurance_ongoingchat_session_key_0d649236` (`session_key`),
  KEY `fighthealthinsurance_ongoingchat_microsite_slug_b151d9c2` (`microsite_slug`),
  KEY `chat_hashed_email_idx` (`hashed_email`),
  KEY `chat_pro_user_updated_idx` (`professional_user_id`,`updated_at`),
  CONSTRAINT `fighthealthinsurance_domain_id_3a8d45dc_fk_fhi_users` FOREIGN KEY (`domain_id`) REFERENCES `fhi_users_userdomain` (`id`),
  CONSTRAINT `fighthealthinsurance_professional_user_id_e1efc743_fk_fhi_users` FOREIGN KEY (`professional_user_id`) REFERENCES `fhi_users_professionaluser` (`id`),
  CONSTRAINT `fighthealthinsurance_user_id_5f831b25_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_chatdocument` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `chat_id` uuid NOT NULL,
  `document_name` varchar(500) NOT NULL,
  `full_text` longtext NOT NULL,
  `summary` longtext NOT NULL,
  `chunk_summaries` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`chunk_summaries`)),
  `processing_status` varchar(20) NOT NULL,
  `char_count` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `chatdoc_chat_created_idx` (`chat_id`,`created_at`),
  CONSTRAINT `fighthealthinsurance_chat_id_8ca04055_fk_fightheal` FOREIGN KEY (`chat_id`) REFERENCES `fighthealthinsurance_ongoingchat` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_chatleads` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(254) NOT NULL,
  `phone` varchar(32) NOT NULL,
  `company` varchar(255) NOT NULL,
  `consent_to_contact` tinyint(1) NOT NULL,
  `agreed_to_terms` tinyint(1) NOT NULL,
  `session_id` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `drug` varchar(255) DEFAULT NULL,
  `microsite_slug` varchar(100) DEFAULT NULL,
  `referral_source` varchar(300) DEFAULT NULL,
  `referral_source_details` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_chatleads_microsite_slug_cd330124` (`microsite_slug`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_policydocument` (
  `id` uuid NOT NULL,
  `document_enc` varchar(100) DEFAULT NULL,
  `document_type` varchar(50) NOT NULL,
  `plan_category` varchar(50) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `hashed_email` varchar(200) DEFAULT NULL,
  `session_key` varchar(100) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealth_hashed__941c87_idx` (`hashed_email`),
  KEY `fighthealth_session_78e69d_idx` (`session_key`),
  KEY `fighthealth_created_b293c0_idx` (`created_at`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_policydocumentanalysis` (
  `id` uuid NOT NULL,
  `policy_document_id` uuid NOT NULL,
  `user_question` longtext NOT NULL,
  `exclusions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`exclusions`)),
  `inclusions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`inclusions`)),
  `appeal_clauses` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`appeal_clauses`)),
  `summary` longtext NOT NULL,
  `quotable_sections` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`quotable_sections`)),
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_policy_analysis` (`policy_document_id`,`user_question`) USING HASH,
  KEY `fighthealth_policy__a32f41_idx` (`policy_document_id`),
  KEY `fighthealth_created_37c5eb_idx` (`created_at`),
  CONSTRAINT `fighthealthinsurance_policy_document_id_6de6a9e8_fk_fightheal` FOREIGN KEY (`policy_document_id`) REFERENCES `fighthealthinsurance_policydocument` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_interestedprofessional` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `business_name` varchar(300) NOT NULL,
  `phone_number` varchar(300) NOT NULL,
  `address` varchar(1000) NOT NULL,
  `email` varchar(254) NOT NULL,
  `comments` longtext NOT NULL,
  `most_common_denial` varchar(300) NOT NULL,
  `job_title_or_provider_type` varchar(300) NOT NULL,
  `paid` tinyint(1) NOT NULL,
  `clicked_for_paid` tinyint(1) NOT NULL,
  `signup_date` date NOT NULL,
  `mod_date` date NOT NULL,
  `thankyou_email_sent` tinyint(1) NOT NULL,
  `proconnector_attempted` tinyint(1) NOT NULL,
  `proconnector_sent_at` datetime(6) DEFAULT NULL,
  `proconnector_skipped` tinyint(1) NOT NULL,
  `proconnector_skip_reason` longtext DEFAULT NULL,
  `proconnector_email_body` longtext DEFAULT NULL,
  `unsubscribe_token` varchar(256) NOT NULL,
  `unsubscribed` tinyint(1) NOT NULL,
  `unsubscribed_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_mailinglistsubscriber` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `name` varchar(300) NOT NULL,
  `comments` longtext NOT NULL,
  `signup_date` date NOT NULL,
  `phone` varchar(300) NOT NULL,
  `unsubscribe_token` varchar(256) NOT NULL,
  `referral_source` varchar(300) DEFAULT NULL,
  `referral_source_details` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_demorequests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `name` varchar(300) NOT NULL,
  `company` varchar(300) NOT NULL,
  `role` varchar(300) NOT NULL,
  `source` varchar(300) NOT NULL,
  `signup_date` date NOT NULL,
  `phone` varchar(300) NOT NULL,
  `ip_address` varchar(64) DEFAULT NULL,
  `asn` varchar(50) NOT NULL,
  `asn_name` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_deletetoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `hashed_email` varchar(300) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hashed_email` (`hashed_email`),
  UNIQUE KEY `token` (`token`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_useddeletetoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `hashed_email` varchar(300) NOT NULL,
  `used_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_loststripesession` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) DEFAULT NULL,
  `secure_token` varchar(256) NOT NULL,
  `payment_type` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `cancel_url` varchar(255) DEFAULT NULL,
  `success_url` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `ip_address` varchar(64) DEFAULT NULL,
  `asn` varchar(50) NOT NULL,
  `asn_name` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `secure_token` (`secure_token`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_stripeproduct` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `stripe_id` varchar(300) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_stripeprice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_id` int(11) NOT NULL,
  `stripe_id` varchar(300) NOT NULL,
  `amount` int(11) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_product_id_8fe5d37a_fk_fightheal` (`product_id`),
  CONSTRAINT `fighthealthinsurance_product_id_8fe5d37a_fk_fightheal` FOREIGN KEY (`product_id`) REFERENCES `fighthealthinsurance_stripeproduct` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_ucrlookup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `denial_id` int(11) NOT NULL,
  `procedure_code` varchar(10) NOT NULL,
  `service_zip` varchar(5) NOT NULL,
  `matched_area_id` int(11) DEFAULT NULL,
  `rates_snapshot` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`rates_snapshot`)),
  `created` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `fighthealthinsurance_matched_area_id_aa0b8abe_fk_fightheal` (`matched_area_id`),
  KEY `ucr_lookup_denial_idx` (`denial_id`,`created`),
  CONSTRAINT `fighthealthinsurance_denial_id_c5936b8a_fk_fightheal` FOREIGN KEY (`denial_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_pubmedquerydata` (
  `internal_id` int(11) NOT NULL AUTO_INCREMENT,
  `query` longtext NOT NULL,
  `since` longtext DEFAULT NULL,
  `articles` longtext DEFAULT NULL,
  `query_date` datetime(6) NOT NULL,
  `denial_id_id` int(11) DEFAULT NULL,
  `created` datetime(6) DEFAULT current_timestamp(6),
  PRIMARY KEY (`internal_id`),
  KEY `fighthealthinsurance_denial_id_id_a94317c9_fk_fightheal` (`denial_id_id`),
  CONSTRAINT `fighthealthinsurance_denial_id_id_a94317c9_fk_fightheal` FOREIGN KEY (`denial_id_id`) REFERENCES `fighthealthinsurance_denial` (`denial_id`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_imrdecision` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `source` varchar(20) NOT NULL,
  `case_id` varchar(100) NOT NULL,
  `state` varchar(2) NOT NULL,
  `decision_year` int(11) DEFAULT NULL,
  `decision_date` date DEFAULT NULL,
  `diagnosis` varchar(500) NOT NULL,
  `diagnosis_category` varchar(300) NOT NULL,
  `treatment` varchar(500) NOT NULL,
  `treatment_category` varchar(300) NOT NULL,
  `treatment_subcategory` varchar(300) NOT NULL,
  `determination` varchar(30) NOT NULL,
  `decision_type` varchar(100) NOT NULL,
  `insurance_type` varchar(200) NOT NULL,
  `age_range` varchar(50) NOT NULL,
  `gender` varchar(30) NOT NULL,
  `findings` longtext NOT NULL,
  `summary` longtext NOT NULL,
  `source_url` varchar(500) NOT NULL,
  `raw_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`raw_data`)),
  `search_text` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `imrdecision_unique_source_case` (`source`,`case_id`),
  KEY `imrdec_tcat_det_idx` (`treatment_category`,`determination`),
  KEY `imrdec_state_det_idx` (`state`,`determination`),
  KEY `imrdec_source_det_idx` (`source`,`determination`)
) ENGINE=InnoDB;

CREATE TABLE `fighthealthinsurance_sitebanner` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` longtext NOT NULL,
  `level` varchar(16) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `dismissible` tinyint(1) NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

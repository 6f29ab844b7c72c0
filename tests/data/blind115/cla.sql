-- Civil Legal Advice (ministryofjustice/cla_backend), the case-management backend of the UK Legal Aid Agency's
-- Civil Legal Advice service (operator call centre, specialist providers, public eligibility checker),
-- commit b82233b458168a270b96d9b9ffbbeb7119948786 (MIT).
-- Django 1.8 models (cla_backend/apps/*/models.py) written as MySQL DDL as Django's MySQL backend names them:
-- app_label + model name, `id` first, model_utils' TimeStampedModel created/modified next, then the fields in
-- model order; ForeignKey as <name>_id; a MoneyIntervalField as its three columns <name>_interval_period,
-- <name>_per_interval_value, <name> (as upstream's reports/sql/obiee exports select them); jsonfield's JSONField
-- as longtext, django-uuidfield's UUIDField as varchar(32). Upstream runs on PostgreSQL. Foreign-key constraints
-- are left out (tables refer to each other in cycles); their columns are kept.

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(30) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_centre_organisation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_centre_operator` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `organisation_id` int(11) DEFAULT NULL,
  `is_manager` tinyint(1) NOT NULL DEFAULT 0,
  `is_cla_superuser` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `call_centre_operator_organisation_id` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cla_provider_provider` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `opening_hours` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `short_code` varchar(100) NOT NULL,
  `telephone_frontdoor` varchar(100) NOT NULL,
  `telephone_backdoor` varchar(100) NOT NULL,
  `email_address` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cla_provider_providerallocation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `provider_id` int(11) NOT NULL,
  `category_id` int(11) NOT NULL,
  `weighted_distribution` double NOT NULL,
  PRIMARY KEY (`id`),
  KEY `cla_provider_providerallocation_provider_id` (`provider_id`),
  KEY `cla_provider_providerallocation_category_id` (`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cla_provider_staff` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `provider_id` int(11) NOT NULL,
  `is_manager` tinyint(1) NOT NULL DEFAULT 0,
  `chs_organisation` varchar(500) DEFAULT NULL,
  `chs_user` varchar(500) DEFAULT NULL,
  `chs_password` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `cla_provider_staff_provider_id` (`provider_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cla_provider_outofhoursrota` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) NOT NULL,
  `category_id` int(11) NOT NULL,
  `provider_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `cla_provider_outofhoursrota_provider_id` (`provider_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cla_provider_feedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `reference` varchar(32) NOT NULL,
  `case_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `comment` longtext NOT NULL,
  `justified` tinyint(1) NOT NULL DEFAULT 0,
  `resolved` tinyint(1) NOT NULL DEFAULT 0,
  `issue` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference` (`reference`),
  KEY `cla_provider_feedback_case_id` (`case_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cla_provider_csvupload` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `provider_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `comment` longtext DEFAULT NULL,
  `body` longtext NOT NULL,
  `month` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `cla_provider_csvupload_provider_id` (`provider_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(500) NOT NULL,
  `code` varchar(50) NOT NULL,
  `raw_description` longtext NOT NULL,
  `ecf_available` tinyint(1) NOT NULL DEFAULT 0,
  `mandatory` tinyint(1) NOT NULL DEFAULT 0,
  `description` longtext NOT NULL,
  `order` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_savings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `bank_balance` bigint DEFAULT NULL,
  `investment_balance` bigint DEFAULT NULL,
  `asset_balance` bigint DEFAULT NULL,
  `credit_balance` bigint DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_income` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `earnings_interval_period` varchar(50) DEFAULT NULL,
  `earnings_per_interval_value` bigint DEFAULT NULL,
  `earnings` bigint DEFAULT NULL,
  `self_employment_drawings_interval_period` varchar(50) DEFAULT NULL,
  `self_employment_drawings_per_interval_value` bigint DEFAULT NULL,
  `self_employment_drawings` bigint DEFAULT NULL,
  `benefits_interval_period` varchar(50) DEFAULT NULL,
  `benefits_per_interval_value` bigint DEFAULT NULL,
  `benefits` bigint DEFAULT NULL,
  `tax_credits_interval_period` varchar(50) DEFAULT NULL,
  `tax_credits_per_interval_value` bigint DEFAULT NULL,
  `tax_credits` bigint DEFAULT NULL,
  `child_benefits_interval_period` varchar(50) DEFAULT NULL,
  `child_benefits_per_interval_value` bigint DEFAULT NULL,
  `child_benefits` bigint DEFAULT NULL,
  `maintenance_received_interval_period` varchar(50) DEFAULT NULL,
  `maintenance_received_per_interval_value` bigint DEFAULT NULL,
  `maintenance_received` bigint DEFAULT NULL,
  `pension_interval_period` varchar(50) DEFAULT NULL,
  `pension_per_interval_value` bigint DEFAULT NULL,
  `pension` bigint DEFAULT NULL,
  `other_income_interval_period` varchar(50) DEFAULT NULL,
  `other_income_per_interval_value` bigint DEFAULT NULL,
  `other_income` bigint DEFAULT NULL,
  `self_employed` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_deductions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `income_tax_interval_period` varchar(50) DEFAULT NULL,
  `income_tax_per_interval_value` bigint DEFAULT NULL,
  `income_tax` bigint DEFAULT NULL,
  `national_insurance_interval_period` varchar(50) DEFAULT NULL,
  `national_insurance_per_interval_value` bigint DEFAULT NULL,
  `national_insurance` bigint DEFAULT NULL,
  `maintenance_interval_period` varchar(50) DEFAULT NULL,
  `maintenance_per_interval_value` bigint DEFAULT NULL,
  `maintenance` bigint DEFAULT NULL,
  `childcare_interval_period` varchar(50) DEFAULT NULL,
  `childcare_per_interval_value` bigint DEFAULT NULL,
  `childcare` bigint DEFAULT NULL,
  `mortgage_interval_period` varchar(50) DEFAULT NULL,
  `mortgage_per_interval_value` bigint DEFAULT NULL,
  `mortgage` bigint DEFAULT NULL,
  `rent_interval_period` varchar(50) DEFAULT NULL,
  `rent_per_interval_value` bigint DEFAULT NULL,
  `rent` bigint DEFAULT NULL,
  `criminal_legalaid_contributions` bigint DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_contactresearchmethod` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `method` varchar(10) NOT NULL,
  `reference` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_personaldetails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `title` varchar(20) DEFAULT NULL,
  `full_name` varchar(255) DEFAULT NULL,
  `postcode` varchar(12) DEFAULT NULL,
  `street` varchar(255) DEFAULT NULL,
  `mobile_phone` varchar(20) DEFAULT NULL,
  `home_phone` varchar(20) NOT NULL,
  `email` varchar(254) NOT NULL,
  `date_of_birth` date DEFAULT NULL,
  `ni_number` varchar(10) DEFAULT NULL,
  `contact_for_research` tinyint(1) DEFAULT NULL,
  `contact_for_research_via` varchar(10) DEFAULT 'PHONE',
  `vulnerable_user` tinyint(1) DEFAULT NULL,
  `safe_to_contact` varchar(30) DEFAULT 'SAFE',
  `safe_to_email` varchar(20) DEFAULT 'SAFE',
  `case_count` smallint(5) unsigned NOT NULL DEFAULT 0,
  `reference` varchar(32) NOT NULL,
  `diversity` longblob DEFAULT NULL,
  `diversity_modified` datetime(6) DEFAULT NULL,
  `search_field` longtext DEFAULT NULL,
  `announce_call` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference` (`reference`),
  KEY `legalaid_personaldetails_search_field` (`search_field`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_personaldetails_contact_for_research_methods` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `personaldetails_id` int(11) NOT NULL,
  `contactresearchmethod_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personaldetails_id` (`personaldetails_id`,`contactresearchmethod_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_thirdpartydetails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `personal_details_id` int(11) NOT NULL,
  `pass_phrase` varchar(255) DEFAULT NULL,
  `reason` varchar(30) DEFAULT '',
  `personal_relationship` varchar(30) NOT NULL,
  `personal_relationship_note` varchar(255) NOT NULL,
  `spoke_to` tinyint(1) DEFAULT NULL,
  `no_contact_reason` longtext DEFAULT NULL,
  `organisation_name` varchar(255) DEFAULT NULL,
  `reference` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference` (`reference`),
  KEY `legalaid_thirdpartydetails_personal_details_id` (`personal_details_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_adaptationdetails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `bsl_webcam` tinyint(1) NOT NULL DEFAULT 0,
  `minicom` tinyint(1) NOT NULL DEFAULT 0,
  `text_relay` tinyint(1) NOT NULL DEFAULT 0,
  `skype_webcam` tinyint(1) NOT NULL DEFAULT 0,
  `language` varchar(30) DEFAULT NULL,
  `notes` longtext NOT NULL,
  `callback_preference` tinyint(1) NOT NULL DEFAULT 0,
  `reference` varchar(32) NOT NULL,
  `no_adaptations_required` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_eoddetails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `case_id` int(11) NOT NULL,
  `notes` longtext NOT NULL,
  `reference` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_id` (`case_id`),
  UNIQUE KEY `reference` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_eoddetailscategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `eod_details_id` int(11) NOT NULL,
  `category` varchar(30) DEFAULT NULL,
  `is_major` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `legalaid_eoddetailscategory_eod_details_id` (`eod_details_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_person` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `income_id` int(11) DEFAULT NULL,
  `savings_id` int(11) DEFAULT NULL,
  `deductions_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_eligibilitycheck` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `reference` varchar(32) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `you_id` int(11) DEFAULT NULL,
  `partner_id` int(11) DEFAULT NULL,
  `disputed_savings_id` int(11) DEFAULT NULL,
  `your_problem_notes` longtext NOT NULL,
  `notes` longtext NOT NULL,
  `state` varchar(50) NOT NULL DEFAULT 'unknown',
  `dependants_young` int(10) unsigned DEFAULT NULL,
  `dependants_old` int(10) unsigned DEFAULT NULL,
  `on_passported_benefits` tinyint(1) DEFAULT NULL,
  `has_passported_proceedings_letter` tinyint(1) DEFAULT NULL,
  `on_nass_benefits` tinyint(1) DEFAULT NULL,
  `under_18_passported` tinyint(1) DEFAULT NULL,
  `is_you_under_18` tinyint(1) DEFAULT NULL,
  `under_18_receive_regular_payment` tinyint(1) DEFAULT NULL,
  `under_18_has_valuables` tinyint(1) DEFAULT NULL,
  `specific_benefits` longtext DEFAULT NULL,
  `disregards` longtext DEFAULT NULL,
  `disregard_selection` varchar(10) DEFAULT NULL,
  `is_you_or_your_partner_over_60` tinyint(1) DEFAULT NULL,
  `has_partner` tinyint(1) DEFAULT NULL,
  `calculations` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_property` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `value` bigint DEFAULT NULL,
  `mortgage_left` bigint DEFAULT NULL,
  `share` int(10) unsigned DEFAULT NULL,
  `eligibility_check_id` int(11) NOT NULL,
  `disputed` tinyint(1) DEFAULT NULL,
  `main` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `legalaid_property_eligibility_check_id` (`eligibility_check_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_mattertype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `category_id` int(11) NOT NULL,
  `code` varchar(4) NOT NULL,
  `description` varchar(255) NOT NULL,
  `level` smallint(5) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`,`level`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_mediacode` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `group_id` int(11) NOT NULL,
  `name` varchar(128) NOT NULL,
  `code` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_case` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `reference` varchar(128) NOT NULL,
  `eligibility_check_id` int(11) DEFAULT NULL,
  `diagnosis_id` int(11) DEFAULT NULL,
  `personal_details_id` int(11) DEFAULT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `requires_action_by` varchar(50) DEFAULT 'operator',
  `requires_action_at` datetime(6) DEFAULT NULL,
  `callback_type` varchar(20) DEFAULT NULL,
  `callback_window_type` varchar(50) NOT NULL DEFAULT 'HALF_HOUR_WINDOW',
  `callback_attempt` smallint(5) unsigned NOT NULL DEFAULT 0,
  `locked_by_id` int(11) DEFAULT NULL,
  `locked_at` datetime(6) DEFAULT NULL,
  `provider_id` int(11) DEFAULT NULL,
  `organisation_id` int(11) DEFAULT NULL,
  `notes` longtext NOT NULL,
  `provider_notes` longtext NOT NULL,
  `client_notes` longtext NOT NULL,
  `laa_reference` bigint DEFAULT NULL,
  `thirdparty_details_id` int(11) DEFAULT NULL,
  `adaptation_details_id` int(11) DEFAULT NULL,
  `billable_time` int(10) unsigned NOT NULL DEFAULT 0,
  `matter_type1_id` int(11) DEFAULT NULL,
  `matter_type2_id` int(11) DEFAULT NULL,
  `media_code_id` int(11) DEFAULT NULL,
  `outcome_code` varchar(50) NOT NULL,
  `outcome_code_id` int(11) DEFAULT NULL,
  `level` smallint(5) unsigned DEFAULT NULL,
  `exempt_user` tinyint(1) DEFAULT NULL,
  `exempt_user_reason` varchar(5) DEFAULT NULL,
  `ecf_statement` varchar(35) DEFAULT NULL,
  `from_case_id` int(11) DEFAULT NULL,
  `provider_assigned_at` datetime(6) DEFAULT NULL,
  `assigned_out_of_hours` tinyint(1) DEFAULT 0,
  `provider_viewed` datetime(6) DEFAULT NULL,
  `provider_accepted` datetime(6) DEFAULT NULL,
  `provider_closed` datetime(6) DEFAULT NULL,
  `source` varchar(20) NOT NULL DEFAULT 'PHONE',
  `search_field` longtext DEFAULT NULL,
  `complaint_flag` tinyint(1) NOT NULL DEFAULT 0,
  `is_urgent` tinyint(1) NOT NULL DEFAULT 0,
  `gtm_anon_id` char(32) DEFAULT NULL,
  `scope_traversal_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference` (`reference`),
  UNIQUE KEY `eligibility_check_id` (`eligibility_check_id`),
  UNIQUE KEY `diagnosis_id` (`diagnosis_id`),
  UNIQUE KEY `laa_reference` (`laa_reference`),
  UNIQUE KEY `scope_traversal_id` (`scope_traversal_id`),
  KEY `legalaid_case_personal_details_id` (`personal_details_id`),
  KEY `legalaid_case_search_field` (`search_field`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_case_audit_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_id` int(11) NOT NULL,
  `auditlog_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_id` (`case_id`,`auditlog_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_casenoteshistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `case_id` int(11) NOT NULL,
  `operator_notes` longtext DEFAULT NULL,
  `provider_notes` longtext DEFAULT NULL,
  `created_by_id` int(11) NOT NULL,
  `include_in_summary` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `legalaid_casenoteshistory_case_id` (`case_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legalaid_caseknowledgebaseassignment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `case_id` int(11) NOT NULL,
  `alternative_help_article_id` int(11) NOT NULL,
  `assigned_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `legalaid_caseknowledgebaseassignment_case_id` (`case_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `complaints_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `complaints_complaint` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `eod_id` int(11) NOT NULL,
  `description` longtext DEFAULT NULL,
  `source` varchar(15) NOT NULL,
  `level` smallint(5) unsigned NOT NULL DEFAULT 11,
  `justified` tinyint(1) DEFAULT NULL,
  `resolved` tinyint(1) DEFAULT NULL,
  `category_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `complaints_complaint_eod_id` (`eod_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cla_eventlog_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `case_id` int(11) NOT NULL,
  `timer_id` int(11) DEFAULT NULL,
  `code` varchar(50) NOT NULL,
  `type` varchar(20) NOT NULL,
  `level` smallint(5) unsigned NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `notes` longtext DEFAULT NULL,
  `patch` longtext DEFAULT NULL,
  `context` longtext DEFAULT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `object_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `cla_eventlog_log_case_id` (`case_id`),
  KEY `cla_eventlog_log_code` (`code`),
  KEY `cla_eventlog_log_type` (`type`),
  KEY `cla_eventlog_log_level` (`level`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timer_timer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_by_id` int(11) NOT NULL,
  `stopped` datetime(6) DEFAULT NULL,
  `linked_case_id` int(11) DEFAULT NULL,
  `cancelled` tinyint(1) NOT NULL DEFAULT 0,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `timer_timer_created_by_id` (`created_by_id`),
  KEY `timer_timer_linked_case_id` (`linked_case_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `diagnosis_diagnosistraversal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `reference` varchar(32) NOT NULL,
  `nodes` longtext DEFAULT NULL,
  `current_node_id` varchar(50) NOT NULL,
  `graph_version` varchar(50) NOT NULL,
  `state` varchar(50) DEFAULT 'unknown',
  `category_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference` (`reference`),
  KEY `diagnosis_diagnosistraversal_state` (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checker_reasonforcontacting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `reference` varchar(32) NOT NULL,
  `other_reasons` longtext NOT NULL,
  `referrer` varchar(255) NOT NULL,
  `user_agent` varchar(255) NOT NULL,
  `case_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference` (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checker_reasonforcontactingcategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reason_for_contacting_id` int(11) NOT NULL,
  `category` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `checker_reasonforcontactingcategory_rfc_id` (`reason_for_contacting_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cla_auth_accessattempt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `username` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cla_auditlog_auditlog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `action` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `cla_auditlog_auditlog_action` (`action`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knowledgebase_article` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `organisation` varchar(255) DEFAULT NULL,
  `service_name` varchar(255) DEFAULT NULL,
  `service_tag` varchar(50) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `public_description` longtext DEFAULT NULL,
  `website` varchar(255) DEFAULT NULL,
  `keywords` longtext DEFAULT NULL,
  `when_to_use` longtext DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `geographic_coverage` varchar(255) DEFAULT NULL,
  `type_of_service` longtext DEFAULT NULL,
  `resource_type` varchar(10) NOT NULL,
  `address` longtext DEFAULT NULL,
  `opening_hours` varchar(255) DEFAULT NULL,
  `how_to_use` longtext DEFAULT NULL,
  `accessibility` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `historic_casearchived` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `full_name` longtext DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `postcode` varchar(12) DEFAULT NULL,
  `laa_reference` bigint DEFAULT NULL,
  `specialist_referred_to` longtext DEFAULT NULL,
  `date_specialist_referred` datetime(6) DEFAULT NULL,
  `date_specialist_closed` datetime(6) DEFAULT NULL,
  `knowledgebase_items_used` longtext DEFAULT NULL,
  `area_of_law` longtext DEFAULT NULL,
  `in_scope` tinyint(1) DEFAULT NULL,
  `financially_eligible` tinyint(1) DEFAULT NULL,
  `outcome_code` longtext DEFAULT NULL,
  `outcome_code_date` datetime(6) DEFAULT NULL,
  `search_field` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `laa_reference` (`laa_reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Get help buying for schools (DfE-Digital/buy-for-your-school; Department for Education, England): the DfE
-- procurement-support service for schools — requests for help and support cases handled by DfE procurement
-- operations agents, Outlook e-mails and case history, school contacts, tender evaluators and contract recipients,
-- framework catalogue with providers, provider contacts and framework evaluations, energy-switching onboarding,
-- surveys and feedback, DfE Sign-in users, audit versions.
-- Upstream: github.com/DFE-Digital/buy-for-your-school, db/schema.rb (schema version 2026_02_25_175422) at commit
-- ce327192538ed1de10d8461222b70cff7fa2af65 (MIT, Crown Copyright Department for Education).
-- Rails 7.2 schema (PostgreSQL) written as MySQL DDL by a script: `id: :uuid` -> char(36) primary key, tables
-- without an id option -> bigint AUTO_INCREMENT; uuid -> char(36); string -> varchar(limit, else 255); text -> text
-- (varchar(255) where the column is in a key); integer -> int; bigint; boolean -> tinyint(1); datetime; date;
-- decimal(p,s); interval -> varchar(255); json/jsonb and PostgreSQL arrays -> json. NOT NULL and literal defaults
-- kept (not on text/json columns; function defaults such as gen_random_uuid() / CURRENT_TIMESTAMP / nextval() left
-- out). Unique indexes kept as UNIQUE KEY, other indexes, sequences and the seven SQL views left out. Foreign keys are
-- upstream's add_foreign_key lines between kept tables, named fk_rails_<hash> as Rails names them. Columns in
-- schema.rb order; the alphabetical tables re-ordered only so that referenced tables come first.
-- Left out (21 of 83 tables): the "Create a specification" Contentful content and answer tables (categories,
-- pages, sections, tasks, steps, checkbox/currency/long_text/number/radio/short_text/single_date_answers), the
-- GIAS establishment-group tables (support_establishment_groups, support_establishment_group_types,
-- support_group_types), support_documents, support_email_template_attachments,
-- energy_email_template_configurations, frameworks_activity_events, frameworks_framework_categories,
-- active_storage_variant_records.
CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
);

CREATE TABLE `activity_log` (
  `id` char(36) NOT NULL,
  `journey_id` varchar(255),
  `user_id` varchar(255),
  `contentful_category_id` varchar(255),
  `contentful_section_id` varchar(255),
  `contentful_task_id` varchar(255),
  `contentful_step_id` varchar(255),
  `action` varchar(255),
  `data` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `contentful_category` varchar(255),
  `contentful_section` varchar(255),
  `contentful_task` varchar(255),
  `contentful_step` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `customer_satisfaction_survey_responses` (
  `id` char(36) NOT NULL,
  `satisfaction_level` int,
  `satisfaction_text` text,
  `easy_to_use_rating` int,
  `helped_how` json,
  `helped_how_other` text,
  `clear_to_use_rating` int,
  `recommendation_likelihood` int,
  `improvements` text,
  `research_opt_in` tinyint(1),
  `research_opt_in_email` varchar(255),
  `research_opt_in_job_title` varchar(255),
  `service` int,
  `source` int,
  `status` int,
  `survey_sent_at` datetime,
  `survey_started_at` datetime,
  `survey_completed_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `referer` varchar(255),
  `support_case_id` char(36),
  PRIMARY KEY (`id`)
);

CREATE TABLE `end_of_journey_survey_responses` (
  `id` char(36) NOT NULL,
  `easy_to_use_rating` int,
  `improvements` text,
  `service` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `energy_bills` (
  `id` char(36) NOT NULL,
  `submission_status` int DEFAULT 0,
  `filename` varchar(255),
  `filesize` int,
  `support_case_id` char(36),
  `framework_request_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `hidden` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `flipper_features` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flipper_features_on_key` (`key`)
);

CREATE TABLE `flipper_gates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `feature_key` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flipper_gates_on_feature_key_and_key_and_value` (`feature_key`, `key`, `value`)
);

CREATE TABLE `frameworks_activity_log_items` (
  `id` char(36) NOT NULL,
  `actor_id` char(36),
  `actor_type` varchar(255),
  `activity_id` char(36),
  `activity_type` varchar(255),
  `subject_id` char(36),
  `subject_type` varchar(255),
  `guid` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `event_description` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `frameworks_evaluations` (
  `id` char(36) NOT NULL,
  `reference` varchar(255),
  `framework_id` char(36),
  `assignee_id` char(36),
  `contact_id` char(36),
  `status` int DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `action_required` tinyint(1) DEFAULT 0,
  `next_key_date` date,
  `next_key_date_description` varchar(255),
  `creation_source` int DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `frameworks_frameworks` (
  `id` char(36) NOT NULL,
  `source` int DEFAULT 0,
  `status` int DEFAULT 0,
  `name` varchar(255),
  `short_name` varchar(255),
  `url` varchar(255),
  `reference` varchar(255),
  `description` varchar(255),
  `provider_id` char(36) NOT NULL,
  `provider_contact_id` char(36),
  `provider_start_date` date,
  `provider_end_date` date,
  `dfe_start_date` date,
  `dfe_review_date` date,
  `sct_framework_owner` varchar(255),
  `sct_framework_provider_lead` varchar(255),
  `proc_ops_lead_id` char(36),
  `e_and_o_lead_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `dps` tinyint(1) DEFAULT 1,
  `lot` int DEFAULT 0,
  `provider_reference` varchar(255),
  `faf_added_date` datetime,
  `faf_end_date` datetime,
  `faf_slug_ref` varchar(255),
  `faf_category` varchar(255),
  `faf_archived_at` date,
  `is_archived` tinyint(1) DEFAULT 0,
  `contentful_id` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_frameworks_frameworks_on_contentful_id` (`contentful_id`)
);

CREATE TABLE `frameworks_provider_contacts` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `email` varchar(255),
  `phone` varchar(255),
  `provider_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `frameworks_providers` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `short_name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `journeys` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` char(36),
  `started` tinyint(1) DEFAULT 0,
  `category_id` char(36),
  `state` int DEFAULT 0,
  `name` varchar(255),
  `finished_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `local_authorities` (
  `id` char(36) NOT NULL,
  `la_code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_local_authorities_on_la_code` (`la_code`),
  UNIQUE KEY `index_local_authorities_on_name` (`name`)
);

CREATE TABLE `support_activity_log_items` (
  `id` char(36) NOT NULL,
  `support_case_id` varchar(255),
  `action` varchar(255),
  `data` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_case_upload_documents` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36),
  `file_type` varchar(255),
  `file_name` varchar(255),
  `file_size` bigint,
  `attachable_id` char(36),
  `attachable_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_contract_recipients` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36),
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `dsi_uid` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `has_downloaded_documents` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_support_contract_recipients_on_email_and_support_case_id` (`email`, `support_case_id`)
);

CREATE TABLE `support_contracts` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `type` varchar(255),
  `supplier` varchar(255),
  `started_at` date,
  `ended_at` date,
  `duration` varchar(255),
  `spend` decimal(10,2),
  `is_supplier_sme` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_download_contract_handovers` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36),
  `support_upload_contract_handover_id` char(36),
  `email` varchar(255) NOT NULL,
  `has_downloaded_documents` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_email_support_case_id_support_upload_contract_e4763cd05c` (`email`, `support_case_id`, `support_upload_contract_handover_id`)
);

CREATE TABLE `support_email_attachments` (
  `id` char(36) NOT NULL,
  `file_type` varchar(255),
  `file_name` varchar(255),
  `file_size` bigint,
  `email_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_inline` tinyint(1) DEFAULT 0,
  `content_id` varchar(255),
  `outlook_id` varchar(255),
  `custom_name` varchar(255),
  `description` varchar(255),
  `hidden` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_email_template_groups` (
  `id` char(36) NOT NULL,
  `title` varchar(255) NOT NULL,
  `parent_id` char(36),
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_04c5052094` FOREIGN KEY (`parent_id`) REFERENCES `support_email_template_groups` (`id`)
);

CREATE TABLE `support_establishment_types` (
  `id` char(36) NOT NULL,
  `group_type_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `code` int NOT NULL,
  `organisations_count` int DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_support_establishment_types_on_code` (`code`),
  UNIQUE KEY `index_support_establishment_types_on_name` (`name`)
);

CREATE TABLE `support_evaluators` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36),
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `dsi_uid` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `has_uploaded_documents` tinyint(1) DEFAULT 0,
  `evaluation_approved` tinyint(1) DEFAULT 0,
  `has_downloaded_documents` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_support_evaluators_on_email_and_support_case_id` (`email`, `support_case_id`)
);

CREATE TABLE `support_evaluators_download_documents` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36),
  `support_case_upload_document_id` char(36),
  `email` varchar(255) NOT NULL,
  `has_downloaded_documents` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_email_support_case_id_support_case_upload_do_e4a88327e6` (`email`, `support_case_id`, `support_case_upload_document_id`)
);

CREATE TABLE `support_evaluators_upload_documents` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36),
  `email` varchar(255) NOT NULL,
  `file_type` varchar(255),
  `file_name` varchar(255),
  `file_size` bigint,
  `attachable_id` char(36),
  `attachable_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `evaluation_submitted` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_frameworks` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `supplier` varchar(255),
  `category` varchar(255),
  `expires_at` date,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `ref` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_support_frameworks_on_name_and_supplier` (`name`, `supplier`),
  UNIQUE KEY `index_support_frameworks_on_ref` (`ref`)
);

CREATE TABLE `support_hub_transitions` (
  `id` char(36) NOT NULL,
  `case_id` char(36),
  `hub_case_ref` varchar(255),
  `estimated_procurement_completion_date` date,
  `estimated_savings` decimal(8,2),
  `school_urn` varchar(255),
  `buying_category` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_interactions` (
  `id` char(36) NOT NULL,
  `agent_id` char(36),
  `case_id` char(36),
  `event_type` int,
  `body` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `additional_data` json NOT NULL,
  `show_case_history` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_organisations` (
  `id` char(36) NOT NULL,
  `establishment_type_id` char(36),
  `urn` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `address` json NOT NULL,
  `contact` json NOT NULL,
  `phase` int,
  `gender` int,
  `status` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `ukprn` varchar(255),
  `telephone_number` varchar(255),
  `local_authority_legacy` json,
  `opened_date` datetime,
  `number` varchar(255),
  `rsc_region` varchar(255),
  `trust_name` varchar(255),
  `trust_code` varchar(255),
  `gor_name` varchar(255),
  `federation_name` varchar(255),
  `federation_code` varchar(255),
  `local_authority_id` char(36),
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_at` datetime,
  `closed_date` date,
  `reason_establishment_opened` varchar(255),
  `reason_establishment_closed` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_support_organisations_on_urn` (`urn`),
  CONSTRAINT `fk_rails_4518a63e0a` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authorities` (`id`)
);

CREATE TABLE `support_procurement_stages` (
  `id` char(36) NOT NULL,
  `title` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `stage` int NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `lifecycle_order` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_support_procurement_stages_on_key` (`key`)
);

CREATE TABLE `support_procurements` (
  `id` char(36) NOT NULL,
  `required_agreement_type` int,
  `route_to_market` int,
  `reason_for_route_to_market` int,
  `started_at` date,
  `ended_at` date,
  `stage` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `framework_id` char(36),
  `frameworks_framework_id` char(36),
  `e_portal_reference` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_18af1fdacd` FOREIGN KEY (`framework_id`) REFERENCES `support_frameworks` (`id`)
);

CREATE TABLE `support_queries` (
  `id` char(36) NOT NULL,
  `title` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_requests` (
  `id` char(36) NOT NULL,
  `user_id` varchar(255),
  `journey_id` char(36),
  `category_id` char(36),
  `message_body` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `phone_number` varchar(255),
  `submitted` tinyint(1) NOT NULL DEFAULT 0,
  `school_urn` varchar(255),
  `procurement_amount` decimal(9,2),
  `confidence_level` int,
  `special_requirements` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_towers` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `title` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `support_upload_contract_handovers` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36),
  `file_type` varchar(255),
  `file_name` varchar(255),
  `file_size` bigint,
  `attachable_id` char(36),
  `attachable_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `usability_survey_responses` (
  `id` char(36) NOT NULL,
  `usage_reasons` json,
  `usage_reason_other` text,
  `service_helpful` tinyint(1),
  `service_not_helpful_reason` text,
  `improvements` text,
  `service` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `dfe_sign_in_uid` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `email` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `full_name` varchar(255),
  `orgs` json,
  `roles` json,
  `admin` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `versions` (
  `id` char(36) NOT NULL,
  `item_type` varchar(255) NOT NULL,
  `item_id` char(36) NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255),
  `object` json,
  `object_changes` json,
  `created_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` char(36) NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_rails_c3b3935057` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `support_agents` (
  `id` char(36) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `dsi_uid` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `internal` tinyint(1) NOT NULL DEFAULT 0,
  `support_tower_id` char(36),
  `roles` json,
  `archived` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_support_agents_on_email` (`email`),
  CONSTRAINT `fk_rails_c93f0bb6ea` FOREIGN KEY (`support_tower_id`) REFERENCES `support_towers` (`id`)
);

CREATE TABLE `support_cases` (
  `id` char(36) NOT NULL,
  `ref` varchar(255),
  `category_id` char(36),
  `request_text` varchar(255),
  `support_level` int,
  `status` int,
  `state` int DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `agent_id` char(36),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email` varchar(255),
  `phone_number` varchar(255),
  `source` int,
  `organisation_id` char(36),
  `existing_contract_id` char(36),
  `new_contract_id` char(36),
  `procurement_id` char(36),
  `savings_status` int,
  `savings_estimate_method` int,
  `savings_actual_method` int,
  `savings_estimate` decimal(10,2),
  `savings_actual` decimal(10,2),
  `action_required` tinyint(1) DEFAULT 0,
  `organisation_type` varchar(255),
  `value` decimal(10,2),
  `closure_reason` int,
  `extension_number` varchar(255),
  `other_category` varchar(255),
  `other_query` varchar(255),
  `procurement_amount` decimal(10,2),
  `confidence_level` varchar(255),
  `special_requirements` varchar(255),
  `query_id` char(36),
  `exit_survey_sent` tinyint(1) DEFAULT 0,
  `detected_category_id` char(36),
  `creation_source` int,
  `user_selected_category` text,
  `created_by_id` char(36),
  `procurement_stage_id` char(36),
  `initial_request_text` varchar(255),
  `with_school` tinyint(1) NOT NULL DEFAULT 0,
  `next_key_date` date,
  `next_key_date_description` varchar(255),
  `discovery_method` int,
  `discovery_method_other_text` varchar(255),
  `project` varchar(255),
  `other_school_urns` json,
  `is_evaluator` tinyint(1) DEFAULT 0,
  `evaluation_due_date` date,
  `has_uploaded_documents` tinyint(1) DEFAULT 0,
  `sent_email_to_evaluators` tinyint(1) DEFAULT 0,
  `has_uploaded_contract_handovers` tinyint(1) DEFAULT 0,
  `has_shared_handover_pack` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_support_cases_on_ref` (`ref`),
  CONSTRAINT `fk_rails_51bd19e94c` FOREIGN KEY (`existing_contract_id`) REFERENCES `support_contracts` (`id`),
  CONSTRAINT `fk_rails_60516053d9` FOREIGN KEY (`new_contract_id`) REFERENCES `support_contracts` (`id`),
  CONSTRAINT `fk_rails_9e70d849f5` FOREIGN KEY (`procurement_stage_id`) REFERENCES `support_procurement_stages` (`id`),
  CONSTRAINT `fk_rails_49f9326856` FOREIGN KEY (`procurement_id`) REFERENCES `support_procurements` (`id`),
  CONSTRAINT `fk_rails_aacf16f2c3` FOREIGN KEY (`query_id`) REFERENCES `support_queries` (`id`)
);

CREATE TABLE `support_categories` (
  `id` char(36) NOT NULL,
  `title` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `slug` varchar(255),
  `description` varchar(255),
  `parent_id` char(36),
  `tower` varchar(255),
  `support_tower_id` char(36),
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_support_categories_on_slug` (`slug`),
  UNIQUE KEY `index_support_categories_on_title_and_parent_id` (`title`, `parent_id`),
  CONSTRAINT `fk_rails_505b0aed0c` FOREIGN KEY (`support_tower_id`) REFERENCES `support_towers` (`id`)
);

CREATE TABLE `support_email_templates` (
  `id` char(36) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `template_group_id` char(36) NOT NULL,
  `stage` int,
  `subject` varchar(255),
  `body` text NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_at` datetime,
  `created_by_id` char(36),
  `updated_by_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_6160b7c69d` FOREIGN KEY (`created_by_id`) REFERENCES `support_agents` (`id`),
  CONSTRAINT `fk_rails_782b40757a` FOREIGN KEY (`updated_by_id`) REFERENCES `support_agents` (`id`),
  CONSTRAINT `fk_rails_3355bbfc9c` FOREIGN KEY (`template_group_id`) REFERENCES `support_email_template_groups` (`id`)
);

CREATE TABLE `support_emails` (
  `id` char(36) NOT NULL,
  `subject` varchar(255),
  `body` text,
  `sender` json,
  `recipients` json,
  `outlook_conversation_id` varchar(255),
  `case_id` char(36),
  `sent_at` datetime,
  `outlook_received_at` datetime,
  `outlook_read_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `outlook_id` varchar(255),
  `outlook_is_read` tinyint(1) DEFAULT 0,
  `outlook_is_draft` tinyint(1) DEFAULT 0,
  `outlook_has_attachments` tinyint(1) DEFAULT 0,
  `folder` int,
  `is_read` tinyint(1) DEFAULT 0,
  `case_reference_from_headers` varchar(255),
  `outlook_internet_message_id` varchar(255),
  `in_reply_to_id` varchar(255),
  `unique_body` text,
  `to_recipients` json,
  `cc_recipients` json,
  `bcc_recipients` json,
  `template_id` char(36),
  `ticket_type` varchar(255),
  `ticket_id` char(36),
  `is_draft` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_cc609381be` FOREIGN KEY (`template_id`) REFERENCES `support_email_templates` (`id`)
);

CREATE TABLE `support_notifications` (
  `id` char(36) NOT NULL,
  `assigned_by_id` char(36),
  `assigned_to_id` char(36) NOT NULL,
  `assigned_by_system` tinyint(1) DEFAULT 0,
  `read` tinyint(1) DEFAULT 0,
  `read_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `support_case_id` char(36),
  `topic` int,
  `subject_type` varchar(255),
  `subject_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_0c07d7d431` FOREIGN KEY (`assigned_by_id`) REFERENCES `support_agents` (`id`),
  CONSTRAINT `fk_rails_86bce730b0` FOREIGN KEY (`assigned_to_id`) REFERENCES `support_agents` (`id`),
  CONSTRAINT `fk_rails_3900d587b0` FOREIGN KEY (`support_case_id`) REFERENCES `support_cases` (`id`)
);

CREATE TABLE `user_feedback` (
  `id` char(36) NOT NULL,
  `service` int NOT NULL,
  `satisfaction` int NOT NULL,
  `feedback_text` varchar(255),
  `logged_in` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `full_name` varchar(255),
  `email` varchar(255),
  `logged_in_as_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_2e133e700d` FOREIGN KEY (`logged_in_as_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `all_cases_survey_responses` (
  `id` char(36) NOT NULL,
  `case_id` char(36),
  `satisfaction_level` int,
  `satisfaction_text` text,
  `outcome_achieved` int,
  `about_outcomes_text` text,
  `improve_text` text,
  `status` int,
  `user_ip` varchar(255),
  `survey_started_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `accessibility_research_opt_in` tinyint(1),
  `accessibility_research_email` varchar(255),
  `survey_sent_at` datetime,
  `survey_completed_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_003a825f00` FOREIGN KEY (`case_id`) REFERENCES `support_cases` (`id`)
);

CREATE TABLE `case_requests` (
  `id` char(36) NOT NULL,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email` varchar(255),
  `phone_number` varchar(255),
  `extension_number` varchar(255),
  `request_text` text,
  `submitted` tinyint(1) DEFAULT 0,
  `created_by_id` char(36),
  `organisation_id` char(36),
  `organisation_type` varchar(255),
  `category_id` char(36),
  `query_id` char(36),
  `other_category` varchar(255),
  `other_query` varchar(255),
  `procurement_amount` decimal(10,2),
  `school_urns` json,
  `discovery_method` int,
  `discovery_method_other_text` varchar(255),
  `source` int,
  `creation_source` int,
  `support_case_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `same_supplier_used` int,
  `contract_start_date_known` tinyint(1),
  `contract_start_date` date,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_2ad969ca7e` FOREIGN KEY (`created_by_id`) REFERENCES `support_agents` (`id`),
  CONSTRAINT `fk_rails_869b4f6a69` FOREIGN KEY (`support_case_id`) REFERENCES `support_cases` (`id`),
  CONSTRAINT `fk_rails_9a55525db0` FOREIGN KEY (`category_id`) REFERENCES `support_categories` (`id`),
  CONSTRAINT `fk_rails_1405d1c067` FOREIGN KEY (`query_id`) REFERENCES `support_queries` (`id`)
);

CREATE TABLE `energy_onboarding_cases` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36),
  `are_you_authorised` tinyint(1),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `submitted_at` datetime,
  `form_started_email_sent` tinyint(1) DEFAULT 0,
  `form_submitted_email_sent` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_e607b3ef4a` FOREIGN KEY (`support_case_id`) REFERENCES `support_cases` (`id`)
);

CREATE TABLE `engagement_case_uploads` (
  `id` char(36) NOT NULL,
  `upload_status` int DEFAULT 0,
  `filename` varchar(255),
  `filesize` int,
  `upload_reference` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `support_case_id` char(36),
  `case_request_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f6985e30dd` FOREIGN KEY (`case_request_id`) REFERENCES `case_requests` (`id`)
);

CREATE TABLE `exit_survey_responses` (
  `id` char(36) NOT NULL,
  `case_id` char(36),
  `satisfaction_level` int,
  `satisfaction_text` varchar(255),
  `saved_time` int,
  `better_quality` int,
  `future_support` int,
  `hear_about_service` int,
  `opt_in` tinyint(1),
  `opt_in_name` varchar(255),
  `opt_in_email` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `hear_about_service_other` varchar(255),
  `status` int,
  `user_ip` varchar(255),
  `survey_started_at` datetime,
  `survey_sent_at` datetime,
  `survey_completed_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_57e0f766d7` FOREIGN KEY (`case_id`) REFERENCES `support_cases` (`id`)
);

CREATE TABLE `request_for_help_categories` (
  `id` char(36) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` text,
  `slug` varchar(255),
  `parent_id` char(36),
  `support_category_id` char(36),
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `archived_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `flow` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_b2280848dd` FOREIGN KEY (`parent_id`) REFERENCES `request_for_help_categories` (`id`),
  CONSTRAINT `fk_rails_1587e49f69` FOREIGN KEY (`support_category_id`) REFERENCES `support_categories` (`id`)
);

CREATE TABLE `support_case_additional_contacts` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36) NOT NULL,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `role` json,
  `phone_number` varchar(255),
  `extension_number` varchar(255),
  `email` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `organisation_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_502e49695e` FOREIGN KEY (`support_case_id`) REFERENCES `support_cases` (`id`)
);

CREATE TABLE `support_case_attachments` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36),
  `support_email_attachment_id` char(36),
  `name` varchar(255),
  `description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `hidden` tinyint(1) DEFAULT 0,
  `attachable_id` char(36),
  `attachable_type` varchar(255),
  `custom_name` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f738f43e23` FOREIGN KEY (`support_case_id`) REFERENCES `support_cases` (`id`),
  CONSTRAINT `fk_rails_7cd37453f4` FOREIGN KEY (`support_email_attachment_id`) REFERENCES `support_email_attachments` (`id`)
);

CREATE TABLE `support_case_organisations` (
  `id` char(36) NOT NULL,
  `support_case_id` char(36) NOT NULL,
  `support_organisation_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f0662041aa` FOREIGN KEY (`support_case_id`) REFERENCES `support_cases` (`id`),
  CONSTRAINT `fk_rails_f556879093` FOREIGN KEY (`support_organisation_id`) REFERENCES `support_organisations` (`id`)
);

CREATE TABLE `energy_onboarding_case_organisations` (
  `id` char(36) NOT NULL,
  `energy_onboarding_case_id` char(36),
  `onboardable_id` char(36),
  `onboardable_type` varchar(255),
  `switching_energy_type` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `gas_single_multi` int,
  `gas_current_supplier` int,
  `gas_current_supplier_other` varchar(255),
  `gas_current_contract_end_date` date,
  `electric_current_supplier` int,
  `electric_current_supplier_other` varchar(255),
  `electric_current_contract_end_date` date,
  `gas_bill_consolidation` tinyint(1),
  `electricity_meter_type` int,
  `is_electric_bill_consolidated` tinyint(1),
  `vat_rate` int,
  `vat_lower_rate_percentage` int,
  `vat_lower_rate_reg_no` varchar(255),
  `site_contact_first_name` varchar(255),
  `site_contact_last_name` varchar(255),
  `site_contact_email` varchar(255),
  `site_contact_phone` varchar(255),
  `vat_person_correct_details` tinyint(1),
  `vat_person_first_name` varchar(255),
  `vat_person_last_name` varchar(255),
  `vat_person_phone` varchar(255),
  `vat_person_address` json,
  `billing_payment_method` int,
  `billing_payment_terms` int,
  `billing_invoicing_method` int,
  `billing_invoicing_email` varchar(255),
  `vat_certificate_declared` tinyint(1) DEFAULT 0,
  `billing_invoice_address` json,
  `billing_invoice_address_source_id` varchar(255),
  `vat_alt_person_first_name` varchar(255),
  `vat_alt_person_last_name` varchar(255),
  `vat_alt_person_phone` varchar(255),
  `vat_alt_person_address` json,
  `loa_agreed` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_0a1223d0e2` FOREIGN KEY (`energy_onboarding_case_id`) REFERENCES `energy_onboarding_cases` (`id`)
);

CREATE TABLE `framework_requests` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email` varchar(255),
  `message_body` varchar(255),
  `submitted` tinyint(1) DEFAULT 0,
  `user_id` char(36),
  `group` tinyint(1) DEFAULT 0,
  `org_id` varchar(255),
  `procurement_amount` decimal(10,2),
  `confidence_level` int,
  `special_requirements` varchar(255),
  `is_energy_request` tinyint(1),
  `energy_request_about` int,
  `have_energy_bill` tinyint(1),
  `energy_alternative` int,
  `category_id` char(36),
  `category_other` text,
  `school_urns` json,
  `support_case_id` char(36),
  `contract_length` int,
  `contract_start_date_known` tinyint(1),
  `contract_start_date` date,
  `same_supplier_used` int,
  `document_types` json,
  `document_type_other` text,
  `origin` int,
  `origin_other` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_29235f7459` FOREIGN KEY (`category_id`) REFERENCES `request_for_help_categories` (`id`),
  CONSTRAINT `fk_rails_b2453c8b98` FOREIGN KEY (`support_case_id`) REFERENCES `support_cases` (`id`),
  CONSTRAINT `fk_rails_5e63133dd0` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_journeys` (
  `id` char(36) NOT NULL,
  `status` int,
  `case_id` char(36),
  `referral_campaign` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `framework_request_id` char(36),
  `session_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a1d7669cee` FOREIGN KEY (`framework_request_id`) REFERENCES `framework_requests` (`id`),
  CONSTRAINT `fk_rails_542f1b83ce` FOREIGN KEY (`case_id`) REFERENCES `support_cases` (`id`)
);

CREATE TABLE `documents` (
  `id` char(36) NOT NULL,
  `submission_status` int DEFAULT 0,
  `filename` varchar(255),
  `filesize` int,
  `support_case_id` char(36),
  `framework_request_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_2455e8c124` FOREIGN KEY (`framework_request_id`) REFERENCES `framework_requests` (`id`),
  CONSTRAINT `fk_rails_97e61b73e9` FOREIGN KEY (`support_case_id`) REFERENCES `support_cases` (`id`)
);

CREATE TABLE `energy_electricity_meters` (
  `id` char(36) NOT NULL,
  `energy_onboarding_case_organisation_id` char(36),
  `mpan` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_half_hourly` tinyint(1),
  `supply_capacity` varchar(255),
  `data_aggregator` varchar(255),
  `data_collector` varchar(255),
  `meter_operator` varchar(255),
  `electricity_usage` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_cbf7f9890f` FOREIGN KEY (`energy_onboarding_case_organisation_id`) REFERENCES `energy_onboarding_case_organisations` (`id`)
);

CREATE TABLE `energy_gas_meters` (
  `id` char(36) NOT NULL,
  `energy_onboarding_case_organisation_id` char(36),
  `mprn` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `gas_usage` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a742523493` FOREIGN KEY (`energy_onboarding_case_organisation_id`) REFERENCES `energy_onboarding_case_organisations` (`id`)
);

CREATE TABLE `user_journey_steps` (
  `id` char(36) NOT NULL,
  `product_section` int,
  `step_description` varchar(255),
  `user_journey_id` char(36),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f49a9dea24` FOREIGN KEY (`user_journey_id`) REFERENCES `user_journeys` (`id`)
);

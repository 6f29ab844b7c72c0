-- BOPS (Back-office Planning System, Unboxed with UK local planning authorities), github.com/unboxed/bops
-- `db/schema.rb` (Rails 8.1, schema version 2026_06_16_101625), commit ca0563d6f3d544b06fd07f95e6c2a3bcf8996a09 (MIT).
-- PostgreSQL/PostGIS schema written as MySQL DDL: the implicit `id` as BIGINT AUTO_INCREMENT primary key (CHAR(36)
-- for `id: :uuid`), columns in schema.rb's order (Rails 8.1 writes them alphabetically), string VARCHAR(limit or 255),
-- text TEXT, datetime DATETIME(6) (DATETIME for precision: nil), boolean TINYINT(1), decimal DECIMAL(p,s) (PostgreSQL
-- numeric without precision as DECIMAL(20,6)), float DOUBLE, jsonb and array columns JSON, uuid CHAR(36), PostGIS
-- geography GEOMETRY, stored tsvector search columns TEXT; literal defaults and NOT NULL kept; unique indexes
-- (not the partial or expression ones) and every add_foreign_key between kept tables kept; other indexes left out.
-- Tables reordered so that referenced tables come first.
-- Kept 46 of 90 tables. Left out:
--   action_text_rich_texts, active_storage_variant_records, additional_services, application_type_configs,
--   application_type_requirements, application_types_local_authority_requirements, committee_decisions,
--   condition_sets, conditions, consideration_sets, considerations, consistency_checklists,
--   consultee_constraints, document_checklist_items, document_checklists, evidence_groups, heads_of_terms,
--   immunity_details, informative_sets, informatives, local_authority_conditions, local_authority_informatives,
--   local_authority_policy_areas, local_authority_policy_areas_references, local_authority_policy_guidances,
--   local_authority_policy_references, local_authority_requirements, local_policies, local_policy_areas,
--   old_policies, old_policy_classes, permitted_development_rights, planning_application_constraint_consultees,
--   planning_application_constraints_queries, planning_application_policy_classes,
--   planning_application_policy_sections, planning_application_requirements, policy_classes, policy_parts,
--   policy_schedules, policy_sections, proposal_measurements, reporting_types, terms

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255),
  `content_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `metadata` TEXT,
  `service_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_active_storage_attachments_blob_id` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `local_authorities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `accessibility_email_address` VARCHAR(255),
  `accessibility_phone_number` VARCHAR(255),
  `accessibility_postal_address` VARCHAR(255),
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `applicants_url` VARCHAR(255) NOT NULL,
  `consultation_postal_address` VARCHAR(255),
  `council_code` VARCHAR(255) NOT NULL,
  `council_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `document_checklist` VARCHAR(255),
  `email_address` VARCHAR(255),
  `email_reply_to_id` CHAR(36),
  `email_template_id` CHAR(36),
  `enable_notify` TINYINT(1) NOT NULL DEFAULT 1,
  `engagement_statement` TEXT,
  `enquiries_paragraph` TEXT,
  `feedback_email` VARCHAR(255),
  `letter_template_id` CHAR(36),
  `notify_api_key` VARCHAR(255),
  `notify_error_status` VARCHAR(255),
  `planning_history_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `planning_policy_and_guidance` VARCHAR(255),
  `preapp_guidance_url` VARCHAR(255),
  `press_notice_email` VARCHAR(255),
  `privacy_policy_url` VARCHAR(255),
  `public_register_base_url` VARCHAR(255),
  `reviewer_group_email` VARCHAR(255),
  `short_name` VARCHAR(255) NOT NULL,
  `signatory_job_title` VARCHAR(255),
  `signatory_name` VARCHAR(255),
  `site_notice_email_address` VARCHAR(255),
  `site_notice_logo` VARCHAR(255),
  `site_notice_phone_number` VARCHAR(255),
  `site_notice_show_assigned_officer` TINYINT(1) NOT NULL DEFAULT 0,
  `sms_template_id` CHAR(36),
  `subdomain` VARCHAR(255) NOT NULL,
  `submission_guidance_url` VARCHAR(255),
  `submission_url` VARCHAR(255),
  `telephone_number` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_local_authorities_on_subdomain` (`subdomain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `authentication_type` VARCHAR(255) NOT NULL DEFAULT 'bearer',
  `client_id` VARCHAR(255),
  `client_secret` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `file_downloader` JSON,
  `last_used_at` DATETIME(6),
  `local_authority_id` BIGINT,
  `name` VARCHAR(255) NOT NULL,
  `paused` TINYINT(1) NOT NULL DEFAULT 0,
  `permissions` JSON,
  `product_id` VARCHAR(255),
  `revoked_at` DATETIME(6),
  `service` VARCHAR(255),
  `token` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_api_users_on_local_authority_id__token` (`local_authority_id`, `token`),
  CONSTRAINT `fk_api_users_local_authority_id` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authorities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `config_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `determination_period_days` INT,
  `disclaimer` VARCHAR(255),
  `local_authority_id` BIGINT,
  `name` VARCHAR(255) NOT NULL,
  `suffix` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_application_types_on_local_authority_id__config_id` (`local_authority_id`, `config_id`),
  UNIQUE KEY `ix_application_types_on_local_authority_id__suffix` (`local_authority_id`, `suffix`),
  CONSTRAINT `fk_application_types_local_authority_id` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authorities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `api_user_id` BIGINT,
  `application_payload` JSON NOT NULL,
  `completed_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `error_message` VARCHAR(255),
  `external_uuid` VARCHAR(255),
  `failed_at` DATETIME(6),
  `local_authority_id` BIGINT NOT NULL,
  `request_body` JSON NOT NULL,
  `request_headers` JSON NOT NULL,
  `schema` VARCHAR(255),
  `started_at` DATETIME(6),
  `status` VARCHAR(255) NOT NULL DEFAULT 'submitted',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_submissions_on_external_uuid` (`external_uuid`),
  CONSTRAINT `fk_submissions_local_authority_id` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authorities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `confirmation_sent_at` DATETIME(6),
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME(6),
  `consumed_timestep` INT,
  `created_at` DATETIME(6) NOT NULL,
  `deactivated_at` DATETIME(6),
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `local_authority_id` BIGINT,
  `mobile_number` VARCHAR(255),
  `name` VARCHAR(255),
  `otp_delivery_method` INT DEFAULT 0,
  `otp_required_for_login` TINYINT(1) NOT NULL DEFAULT 1,
  `otp_secret` VARCHAR(255),
  `persistence_token` VARCHAR(255),
  `remember_created_at` DATETIME,
  `reset_password_sent_at` DATETIME,
  `reset_password_token` VARCHAR(255),
  `role` INT DEFAULT 0,
  `unconfirmed_email` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email_and_local_authority_id` (`email`, `local_authority_id`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  CONSTRAINT `fk_users_local_authority_id` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authorities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `planning_applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_1` VARCHAR(255),
  `address_2` VARCHAR(255),
  `address_search` TEXT,
  `agent_address_1` VARCHAR(255),
  `agent_address_2` VARCHAR(255),
  `agent_company_name` VARCHAR(255),
  `agent_country` VARCHAR(255),
  `agent_county` VARCHAR(255),
  `agent_email` VARCHAR(255),
  `agent_first_name` VARCHAR(255),
  `agent_last_name` VARCHAR(255),
  `agent_phone` VARCHAR(255),
  `agent_postcode` VARCHAR(255),
  `agent_town` VARCHAR(255),
  `alternative_reference` VARCHAR(255),
  `api_user_id` BIGINT,
  `applicant_address_1` VARCHAR(255),
  `applicant_address_2` VARCHAR(255),
  `applicant_country` VARCHAR(255),
  `applicant_county` VARCHAR(255),
  `applicant_email` VARCHAR(255),
  `applicant_first_name` VARCHAR(255),
  `applicant_last_name` VARCHAR(255),
  `applicant_phone` VARCHAR(255),
  `applicant_postcode` VARCHAR(255),
  `applicant_town` VARCHAR(255),
  `application_number` BIGINT NOT NULL,
  `application_type_id` BIGINT,
  `assessment_in_progress_at` DATETIME,
  `awaiting_determination_at` DATETIME,
  `boundary_created_by_id` BIGINT,
  `boundary_geojson` JSON,
  `change_access_id` VARCHAR(255),
  `changed_constraints` JSON,
  `cil_liable` TINYINT(1),
  `closed_at` DATETIME,
  `closed_or_cancellation_comment` TEXT,
  `constraints_checked` TINYINT(1) NOT NULL DEFAULT 0,
  `consultation_required` TINYINT(1),
  `county` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `decision` VARCHAR(255),
  `deleted_at` DATETIME(6),
  `description` TEXT,
  `determination_date` DATETIME,
  `determined_at` DATETIME,
  `documents_missing` TINYINT(1),
  `documents_status` VARCHAR(255) NOT NULL DEFAULT 'not_started',
  `expiry_date` DATE,
  `feedback` JSON,
  `from_production` TINYINT(1) DEFAULT 0,
  `in_assessment_at` DATETIME,
  `in_committee_at` DATETIME(6),
  `invalid_payment_amount` DECIMAL(10,2),
  `invalidated_at` DATETIME,
  `latitude` VARCHAR(255),
  `legislation_checked` TINYINT(1) NOT NULL DEFAULT 0,
  `local_authority_id` BIGINT,
  `longitude` VARCHAR(255),
  `lonlat` GEOMETRY,
  `make_public` TINYINT(1) DEFAULT 0,
  `map_east` VARCHAR(255),
  `map_north` VARCHAR(255),
  `neighbour_boundary_geojson` GEOMETRY,
  `not_started_at` DATETIME(6),
  `ownership_certificate_checked` TINYINT(1) NOT NULL DEFAULT 0,
  `parish_name` VARCHAR(255),
  `payment_amount` DECIMAL(10,2),
  `payment_reference` VARCHAR(255),
  `postcode` VARCHAR(255),
  `previous_references` JSON,
  `proposal_details` JSON,
  `public_comment` TEXT,
  `published_at` DATETIME(6),
  `received_at` DATETIME,
  `recommended_application_type_id` BIGINT,
  `reference` VARCHAR(255),
  `regulation_3` TINYINT(1) NOT NULL DEFAULT 0,
  `regulation_4` TINYINT(1) NOT NULL DEFAULT 0,
  `reporting_type_code` VARCHAR(255),
  `reporting_type_id` BIGINT,
  `result_description` TEXT,
  `result_flag` VARCHAR(255),
  `result_heading` TEXT,
  `result_override` VARCHAR(255),
  `returned_at` DATETIME,
  `review_documents_for_recommendation_status` VARCHAR(255) NOT NULL DEFAULT 'not_started',
  `section_55_development` TINYINT(1),
  `site_history_checked` TINYINT(1) NOT NULL DEFAULT 0,
  `started_at` DATETIME,
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `submission_id` BIGINT,
  `target_date` DATE NOT NULL,
  `to_be_reviewed_at` DATETIME,
  `town` VARCHAR(255),
  `updated_address_or_boundary_geojson` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  `uprn` VARCHAR(255),
  `user_id` BIGINT,
  `user_role` INT,
  `valid_description` TINYINT(1),
  `valid_fee` TINYINT(1),
  `valid_ownership_certificate` TINYINT(1),
  `valid_red_line_boundary` TINYINT(1),
  `validated_at` DATETIME,
  `ward` VARCHAR(255),
  `ward_type` VARCHAR(255),
  `withdrawn_at` DATETIME,
  `work_status` VARCHAR(255) DEFAULT 'proposed',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_planning_applications_on_application_number__local_authority` (`application_number`, `local_authority_id`),
  UNIQUE KEY `ix_planning_applications_on_reference__local_authority_id` (`reference`, `local_authority_id`),
  CONSTRAINT `fk_planning_applications_api_user_id` FOREIGN KEY (`api_user_id`) REFERENCES `api_users` (`id`),
  CONSTRAINT `fk_planning_applications_application_type_id` FOREIGN KEY (`application_type_id`) REFERENCES `application_types` (`id`),
  CONSTRAINT `fk_planning_applications_recommended_application_type_id` FOREIGN KEY (`recommended_application_type_id`) REFERENCES `application_types` (`id`),
  CONSTRAINT `fk_planning_applications_local_authority_id` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authorities` (`id`),
  CONSTRAINT `fk_planning_applications_submission_id` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`),
  CONSTRAINT `fk_planning_applications_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_planning_applications_boundary_created_by_id` FOREIGN KEY (`boundary_created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appeals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `decision` VARCHAR(255),
  `determined_at` DATETIME(6),
  `lodged_at` DATETIME(6) NOT NULL,
  `planning_application_id` BIGINT NOT NULL,
  `reason` TEXT NOT NULL,
  `started_at` DATETIME(6),
  `status` VARCHAR(255) NOT NULL DEFAULT 'lodged',
  `updated_at` DATETIME(6) NOT NULL,
  `validated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_appeals_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessment_details` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessment_status` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `entry` TEXT,
  `planning_application_id` BIGINT NOT NULL,
  `review_status` VARCHAR(255),
  `reviewer_verdict` VARCHAR(255),
  `summary_tag` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_assessment_details_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`),
  CONSTRAINT `fk_assessment_details_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `activity_information` VARCHAR(255),
  `activity_type` VARCHAR(255) NOT NULL,
  `api_user_id` BIGINT,
  `audit_comment` VARCHAR(255),
  `auditable_id` BIGINT,
  `auditable_type` VARCHAR(255),
  `automated_activity` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `planning_application_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_audits_api_user_id` FOREIGN KEY (`api_user_id`) REFERENCES `api_users` (`id`),
  CONSTRAINT `fk_audits_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`),
  CONSTRAINT `fk_audits_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_records` (
  `id` CHAR(36) NOT NULL,
  `caseable_id` BIGINT NOT NULL,
  `caseable_type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `local_authority_id` BIGINT NOT NULL,
  `submission_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_case_records_local_authority_id` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authorities` (`id`),
  CONSTRAINT `fk_case_records_submission_id` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`),
  CONSTRAINT `fk_case_records_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `charges` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(20,6),
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(255),
  `payment_due_date` DATE,
  `planning_application_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_charges_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `commentable_id` BIGINT,
  `commentable_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME,
  `text` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_comments_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `constraints` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `local_authority_id` BIGINT,
  `search` TEXT,
  `searchable_type_code` VARCHAR(255),
  `type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_constraints_on_local_authority_id__type` (`local_authority_id`, `type`),
  CONSTRAINT `fk_constraints_local_authority_id` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authorities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consultations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `consultee_email_reply_to_id` CHAR(36),
  `consultee_message_body` TEXT,
  `consultee_message_subject` VARCHAR(255),
  `consultees_not_required` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `end_date` DATE,
  `letter_copy_sent_at` DATETIME(6),
  `neighbour_letter_text` VARCHAR(255),
  `planning_application_id` BIGINT,
  `polygon_colour` VARCHAR(255) NOT NULL DEFAULT '#d870fc',
  `polygon_geojson` JSON,
  `polygon_search` GEOMETRY,
  `start_date` DATE,
  `status` VARCHAR(255) NOT NULL DEFAULT 'not_started',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_consultations_on_planning_application_id` (`planning_application_id`),
  CONSTRAINT `fk_consultations_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consultees` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `consultation_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `email_address` VARCHAR(255),
  `email_delivered_at` DATETIME(6),
  `email_sent_at` DATETIME(6),
  `expires_at` DATETIME(6),
  `last_email_delivered_at` DATETIME(6),
  `last_email_sent_at` DATETIME(6),
  `last_response_at` DATETIME(6),
  `magic_link_last_sent_at` DATETIME(6),
  `name` VARCHAR(255) NOT NULL,
  `organisation` VARCHAR(255),
  `origin` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255),
  `status` VARCHAR(255) DEFAULT 'not_consulted',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_consultees_consultation_id` FOREIGN KEY (`consultation_id`) REFERENCES `consultations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consultee_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `body` TEXT,
  `consultee_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `failure_reason` VARCHAR(255),
  `notify_id` CHAR(36),
  `sent_at` DATETIME(6),
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `status_updated_at` DATETIME(6),
  `subject` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_consultee_emails_consultee_id` FOREIGN KEY (`consultee_id`) REFERENCES `consultees` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consultee_responses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `consultee_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255),
  `name` VARCHAR(255),
  `received_at` DATETIME(6),
  `redacted_at` DATETIME(6),
  `redacted_by_id` BIGINT,
  `redacted_response` TEXT,
  `response` TEXT,
  `summary_tag` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_consultee_responses_consultee_id` FOREIGN KEY (`consultee_id`) REFERENCES `consultees` (`id`),
  CONSTRAINT `fk_consultee_responses_redacted_by_id` FOREIGN KEY (`redacted_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_1` VARCHAR(255),
  `address_2` VARCHAR(255),
  `category` VARCHAR(255) NOT NULL,
  `county` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `email_address` VARCHAR(255),
  `local_authority_id` BIGINT,
  `name` VARCHAR(255) NOT NULL,
  `organisation` VARCHAR(255),
  `origin` VARCHAR(255) NOT NULL,
  `phone_number` VARCHAR(255),
  `postcode` VARCHAR(255),
  `role` VARCHAR(255),
  `search` TEXT,
  `town` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_contacts_local_authority_id` FOREIGN KEY (`local_authority_id`) REFERENCES `local_authorities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decisions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `neighbours` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(255),
  `consultation_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `last_letter_sent_at` DATETIME(6),
  `lonlat` GEOMETRY,
  `selected` TINYINT(1) DEFAULT 1,
  `source` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_neighbours_consultation_id` FOREIGN KEY (`consultation_id`) REFERENCES `consultations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `neighbour_responses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `consultation_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255),
  `name` VARCHAR(255),
  `neighbour_id` BIGINT,
  `received_at` DATETIME(6),
  `redacted_by_id` BIGINT,
  `redacted_response` TEXT,
  `response` VARCHAR(255),
  `summary_tag` VARCHAR(255),
  `tags` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_neighbour_responses_consultation_id` FOREIGN KEY (`consultation_id`) REFERENCES `consultations` (`id`),
  CONSTRAINT `fk_neighbour_responses_neighbour_id` FOREIGN KEY (`neighbour_id`) REFERENCES `neighbours` (`id`),
  CONSTRAINT `fk_neighbour_responses_redacted_by_id` FOREIGN KEY (`redacted_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `press_notices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `comment` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `expiry_date` DATE,
  `other_reason` TEXT,
  `planning_application_id` BIGINT NOT NULL,
  `published_at` DATETIME(6),
  `reasons` JSON,
  `requested_at` DATETIME(6),
  `required` TINYINT(1) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_press_notices_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site_notices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `displayed_at` DATETIME(6),
  `expiry_date` DATE,
  `internal_team_email` VARCHAR(255),
  `location_instructions` TEXT,
  `planning_application_id` BIGINT,
  `quantity` INT NOT NULL DEFAULT 1,
  `required` TINYINT(1),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_site_notices_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site_visits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(255),
  `comment` TEXT NOT NULL,
  `consultation_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `decision` TINYINT(1) NOT NULL,
  `neighbour_id` BIGINT,
  `planning_application_id` BIGINT NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'not_started',
  `updated_at` DATETIME(6) NOT NULL,
  `visited_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_site_visits_consultation_id` FOREIGN KEY (`consultation_id`) REFERENCES `consultations` (`id`),
  CONSTRAINT `fk_site_visits_neighbour_id` FOREIGN KEY (`neighbour_id`) REFERENCES `neighbours` (`id`),
  CONSTRAINT `fk_site_visits_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`),
  CONSTRAINT `fk_site_visits_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `api_user_id` BIGINT,
  `applicant_description` TEXT,
  `archive_reason` VARCHAR(255),
  `archived_at` DATETIME,
  `available_to_consultees` TINYINT(1) NOT NULL DEFAULT 0,
  `case_record_id` CHAR(36),
  `checked` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `document_checklist_items_id` BIGINT,
  `evidence_group_id` BIGINT,
  `invalidated_document_reason` TEXT,
  `metadata` JSON NOT NULL,
  `neighbour_response_id` BIGINT,
  `numbers` VARCHAR(255) NOT NULL DEFAULT '',
  `owner_id` BIGINT,
  `owner_type` VARCHAR(255),
  `planning_application_id` BIGINT,
  `press_notice_id` BIGINT,
  `publishable` TINYINT(1) DEFAULT 0,
  `received_at` DATETIME,
  `redacted` TINYINT(1) NOT NULL DEFAULT 0,
  `referenced_in_decision_notice` TINYINT(1) DEFAULT 0,
  `site_notice_id` BIGINT,
  `site_visit_id` BIGINT,
  `submission_id` BIGINT,
  `tags` JSON,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  `validated` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_documents_api_user_id` FOREIGN KEY (`api_user_id`) REFERENCES `api_users` (`id`),
  CONSTRAINT `fk_documents_neighbour_response_id` FOREIGN KEY (`neighbour_response_id`) REFERENCES `neighbour_responses` (`id`),
  CONSTRAINT `fk_documents_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`),
  CONSTRAINT `fk_documents_press_notice_id` FOREIGN KEY (`press_notice_id`) REFERENCES `press_notices` (`id`),
  CONSTRAINT `fk_documents_site_notice_id` FOREIGN KEY (`site_notice_id`) REFERENCES `site_notices` (`id`),
  CONSTRAINT `fk_documents_site_visit_id` FOREIGN KEY (`site_visit_id`) REFERENCES `site_visits` (`id`),
  CONSTRAINT `fk_documents_submission_id` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`),
  CONSTRAINT `fk_documents_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enforcements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_1` VARCHAR(255),
  `address_2` VARCHAR(255),
  `boundary` GEOMETRY,
  `closed_at` DATETIME(6),
  `closed_detail` VARCHAR(255),
  `closed_reason` VARCHAR(255),
  `county` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(255),
  `lonlat` GEOMETRY,
  `not_started_at` DATETIME(6),
  `notice_served_at` DATETIME(6),
  `postcode` VARCHAR(255),
  `proposal_details` JSON,
  `received_at` DATETIME(6) NOT NULL,
  `started_at` DATETIME(6),
  `status` VARCHAR(255) NOT NULL DEFAULT 'not_started',
  `town` VARCHAR(255),
  `under_investigation_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  `uprn` VARCHAR(255),
  `urgent` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environment_impact_assessments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `email_address` VARCHAR(255),
  `fee` INT,
  `planning_application_id` BIGINT NOT NULL,
  `required` TINYINT(1) NOT NULL DEFAULT 1,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fee_calculations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `exemptions` JSON,
  `payable_fee` DECIMAL(10,2),
  `planning_application_id` BIGINT NOT NULL,
  `reductions` JSON,
  `requested_fee` DECIMAL(10,2),
  `total_fee` DECIMAL(10,2),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_fee_calculations_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `land_owners` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_1` VARCHAR(255),
  `address_2` VARCHAR(255),
  `country` VARCHAR(255),
  `county` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255),
  `notice_given` TINYINT(1) NOT NULL DEFAULT 1,
  `notice_given_at` DATETIME(6),
  `notice_reason` VARCHAR(255),
  `ownership_certificate_id` BIGINT NOT NULL,
  `postcode` VARCHAR(255),
  `town` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legislation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `description` VARCHAR(255),
  `link` VARCHAR(255),
  `title` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meetings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `comment` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  `occurred_at` DATETIME(6) NOT NULL,
  `planning_application_id` BIGINT,
  `status` VARCHAR(255) NOT NULL DEFAULT 'not_started',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_meetings_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`),
  CONSTRAINT `fk_meetings_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `neighbour_letter_batches` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `consultation_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `text` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_neighbour_letter_batches_consultation_id` FOREIGN KEY (`consultation_id`) REFERENCES `consultations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `neighbour_letters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `batch_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `failure_reason` VARCHAR(255),
  `neighbour_id` BIGINT NOT NULL,
  `notify_id` VARCHAR(255),
  `notify_response` JSON,
  `resend_reason` VARCHAR(255),
  `sent_at` VARCHAR(255),
  `status` VARCHAR(255),
  `status_updated_at` VARCHAR(255),
  `text` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_neighbour_letters_batch_id` FOREIGN KEY (`batch_id`) REFERENCES `neighbour_letter_batches` (`id`),
  CONSTRAINT `fk_neighbour_letters_neighbour_id` FOREIGN KEY (`neighbour_id`) REFERENCES `neighbours` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `entry` TEXT NOT NULL,
  `planning_application_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_notes_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`),
  CONSTRAINT `fk_notes_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ownership_certificates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `certificate_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `planning_application_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(20,6),
  `charge_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `payment_date` DATE,
  `payment_type` VARCHAR(255),
  `reference` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_payments_charge_id` FOREIGN KEY (`charge_id`) REFERENCES `charges` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `planning_application_constraints` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `constraint_id` BIGINT,
  `consultation_required` TINYINT(1) NOT NULL DEFAULT 1,
  `consultee_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `data` JSON,
  `identified` TINYINT(1) NOT NULL DEFAULT 0,
  `identified_by` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `planning_application_constraints_query_id` BIGINT,
  `planning_application_id` BIGINT,
  `removed_at` DATETIME(6),
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_planning_application_constraints_constraint_id` FOREIGN KEY (`constraint_id`) REFERENCES `constraints` (`id`),
  CONSTRAINT `fk_planning_application_constraints_consultee_id` FOREIGN KEY (`consultee_id`) REFERENCES `consultees` (`id`),
  CONSTRAINT `fk_planning_application_constraints_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `planx_planning_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `entry` JSON,
  `params_v1` JSON,
  `params_v2` JSON,
  `planning_application_id` BIGINT,
  `session_id` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_planx_planning_data_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recommendations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessor_comment` TEXT,
  `assessor_id` BIGINT,
  `challenged` TINYINT(1),
  `committee_overturned` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `planning_application_id` BIGINT NOT NULL,
  `reviewed_at` DATETIME,
  `reviewer_comment` TEXT,
  `reviewer_id` BIGINT,
  `status` INT NOT NULL DEFAULT 0,
  `submitted` TINYINT(1),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_recommendations_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`),
  CONSTRAINT `fk_recommendations_assessor_id` FOREIGN KEY (`assessor_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_recommendations_reviewer_id` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `refunds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(20,6),
  `created_at` DATETIME(6) NOT NULL,
  `date` DATE,
  `payment_type` VARCHAR(255),
  `planning_application_id` BIGINT NOT NULL,
  `reason` VARCHAR(255),
  `reference` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_refunds_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reviews` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(255),
  `assessor_id` BIGINT,
  `comment` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `owner_id` BIGINT NOT NULL,
  `owner_type` VARCHAR(255) NOT NULL,
  `review_status` VARCHAR(255) NOT NULL DEFAULT 'review_not_started',
  `reviewed_at` DATETIME(6),
  `reviewer_edited` TINYINT(1) NOT NULL DEFAULT 0,
  `reviewer_id` BIGINT,
  `specific_attributes` JSON,
  `status` VARCHAR(255) NOT NULL DEFAULT 'not_started',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_reviews_assessor_id` FOREIGN KEY (`assessor_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_reviews_reviewer_id` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site_histories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(255),
  `application_number` VARCHAR(255),
  `comment` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `date` DATE,
  `decision` VARCHAR(255),
  `description` VARCHAR(255),
  `planning_application_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_site_histories_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` CHAR(36) NOT NULL,
  `completed_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `legacy_url` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `optional` TINYINT(1) NOT NULL DEFAULT 0,
  `parent_id` CHAR(36) NOT NULL,
  `parent_type` VARCHAR(255) NOT NULL,
  `position` INT,
  `section` VARCHAR(255),
  `slug` VARCHAR(255) NOT NULL,
  `started_at` DATETIME(6),
  `status` VARCHAR(255) DEFAULT 'not_started',
  `status_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tasks_on_parent_and_name` (`parent_type`, `parent_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `validation_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `approved` TINYINT(1),
  `auto_closed` TINYINT(1) NOT NULL DEFAULT 0,
  `auto_closed_at` DATETIME(6),
  `cancel_reason` TEXT,
  `cancelled_at` DATETIME(6),
  `closed_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `notified_at` DATETIME(6),
  `old_document_id` BIGINT,
  `owner_id` BIGINT,
  `owner_type` VARCHAR(255),
  `planning_application_id` BIGINT,
  `post_validation` TINYINT(1) NOT NULL DEFAULT 0,
  `proposed_expiry_date` DATE,
  `reason` TEXT,
  `rejection_reason` VARCHAR(255),
  `response` TEXT,
  `sequence` INT,
  `specific_attributes` JSON,
  `state` VARCHAR(255),
  `type` VARCHAR(255) NOT NULL,
  `update_counter` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_validation_requests_old_document_id` FOREIGN KEY (`old_document_id`) REFERENCES `documents` (`id`),
  CONSTRAINT `fk_validation_requests_planning_application_id` FOREIGN KEY (`planning_application_id`) REFERENCES `planning_applications` (`id`),
  CONSTRAINT `fk_validation_requests_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

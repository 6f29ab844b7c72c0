-- Correspondence Tool Staff (ministryofjustice/correspondence_tool_staff) db/structure.sql at 4a59f31c5feb8c208ed090ab5587f8aae9a0e263, MIT
-- structure.sql loaded in PostgreSQL 15, public schema written as MySQL DDL; indexes left out; primary and foreign keys kept.

CREATE TABLE `assignments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `state` ENUM('pending','rejected','accepted','bypassed') DEFAULT 'pending',
  `case_id` INT NOT NULL,
  `team_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `role` ENUM('managing','responding','approving'),
  `user_id` INT,
  `approved` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_holidays` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `data` JSON NOT NULL,
  `hash_value` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_attachments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `case_id` INT,
  `type` ENUM('response','request','ico_decision','commissioning_document'),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `key` VARCHAR(255),
  `preview_key` VARCHAR(255),
  `upload_group` VARCHAR(255),
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_closure_metadata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255),
  `subtype` VARCHAR(255),
  `name` VARCHAR(255),
  `abbreviation` VARCHAR(255),
  `sequence_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `requires_refusal_reason` TINYINT(1) DEFAULT 0,
  `requires_exemption` TINYINT(1) DEFAULT 0,
  `active` TINYINT(1) DEFAULT 1,
  `omit_for_part_refused` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_number_counters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date` DATE NOT NULL,
  `counter` INT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_transitions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event` VARCHAR(255),
  `to_state` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `sort_key` INT NOT NULL,
  `case_id` INT NOT NULL,
  `most_recent` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `acting_user_id` INT,
  `acting_team_id` INT,
  `target_user_id` INT,
  `target_team_id` INT,
  `to_workflow` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cases_exemptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `case_id` INT,
  `exemption_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cases_outcome_reasons` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `case_id` BIGINT,
  `outcome_reason_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cases_users_transitions_trackers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `case_id` INT,
  `user_id` INT,
  `case_transition_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category_references` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255),
  `code` VARCHAR(255),
  `value` VARCHAR(255),
  `display_order` INT,
  `deactivated` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commissioning_documents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `data_request_id` BIGINT,
  `template_name` ENUM('template_name','cat_a','cctv','cross_border','mappa','pdp','prison','probation','security','telephone','standard'),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `attachment_id` BIGINT,
  `data_request_area_id` BIGINT,
  `sent_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `address_line_1` VARCHAR(255),
  `address_line_2` VARCHAR(255),
  `town` VARCHAR(255),
  `county` VARCHAR(255),
  `postcode` VARCHAR(255),
  `data_request_emails` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `contact_type_id` BIGINT,
  `data_request_name` VARCHAR(255),
  `escalation_name` VARCHAR(255),
  `escalation_emails` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contact_type_id`) REFERENCES `category_references` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `correspondence_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `abbreviation` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `properties` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_request_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `data_request_id` BIGINT,
  `email_type` INT DEFAULT 0,
  `email_address` VARCHAR(255),
  `notify_id` VARCHAR(255),
  `status` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `data_request_area_id` BIGINT,
  `chase_number` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_store_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event_id` CHAR(36) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `data` JSON NOT NULL,
  `created_at` DATETIME NOT NULL,
  `valid_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_store_events_in_streams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `stream` VARCHAR(255) NOT NULL,
  `position` INT,
  `event_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `event_store_events` (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `letter_templates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `abbreviation` VARCHAR(255),
  `body` VARCHAR(255),
  `template_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `letter_address` VARCHAR(255) DEFAULT '',
  `base_template_file_ref` VARCHAR(255) DEFAULT 'ims001.docx',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `linked_cases` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `case_id` INT NOT NULL,
  `linked_case_id` INT NOT NULL,
  `type` VARCHAR(255) DEFAULT 'related',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_information_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `submission_id` VARCHAR(255),
  `last_accessed_by` INT,
  `last_accessed_at` DATETIME,
  `deleted` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `processed` TINYINT(1) NOT NULL DEFAULT 0,
  `log` TEXT,
  `fingerprint` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `abbr` VARCHAR(255) NOT NULL,
  `full_name` VARCHAR(255) NOT NULL,
  `class_name` VARCHAR(255) NOT NULL,
  `custom_report` TINYINT(1) DEFAULT 0,
  `seq_id` INT NOT NULL,
  `foi` TINYINT(1) DEFAULT 0,
  `sar` TINYINT(1) DEFAULT 0,
  `standard_report` TINYINT(1) NOT NULL DEFAULT 0,
  `default_reporting_period` VARCHAR(255) DEFAULT 'year_to_date',
  `etl` TINYINT(1) DEFAULT 0,
  `offender_sar` TINYINT(1) DEFAULT 0,
  `offender_sar_complaint` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `report_type_id` INT NOT NULL,
  `period_start` DATE,
  `period_end` DATE,
  `report_data` LONGBLOB,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `guid` VARCHAR(255),
  `properties` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_queries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `query` JSON NOT NULL,
  `num_results` INT NOT NULL DEFAULT 0,
  `num_clicks` INT NOT NULL DEFAULT 0,
  `highest_position` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `parent_id` INT,
  `query_type` ENUM('search','filter','list') NOT NULL DEFAULT 'search',
  `filter_type` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_id` VARCHAR(255) NOT NULL,
  `data` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_correspondence_type_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `correspondence_type_id` INT,
  `team_id` INT,
  `view` TINYINT(1) DEFAULT 0,
  `edit` TINYINT(1) DEFAULT 0,
  `manage` TINYINT(1) DEFAULT 0,
  `respond` TINYINT(1) DEFAULT 0,
  `approve` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `administer_team` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_properties` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `team_id` INT,
  `key` VARCHAR(255),
  `value` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `email` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `type` VARCHAR(255),
  `parent_id` INT,
  `role` VARCHAR(255),
  `code` VARCHAR(255),
  `deleted_at` DATETIME,
  `moved_to_unit_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams_users_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `team_id` INT,
  `user_id` INT,
  `role` ENUM('creator','manager','responder','approver','admin','team_admin') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(45),
  `last_sign_in_ip` VARCHAR(45),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `full_name` VARCHAR(255) NOT NULL,
  `deleted_at` DATETIME,
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `unlock_token` VARCHAR(255),
  `locked_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cases` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `email` VARCHAR(255),
  `message` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `received_date` DATE,
  `postal_address` VARCHAR(255),
  `subject` VARCHAR(255),
  `properties` JSON,
  `requester_type` ENUM('academic_business_charity','journalist','member_of_the_public','offender','solicitor','staff_judiciary','what_do_they_know'),
  `number` VARCHAR(255) NOT NULL,
  `date_responded` DATE,
  `outcome_id` INT,
  `refusal_reason_id` INT,
  `current_state` VARCHAR(255),
  `last_transitioned_at` DATETIME,
  `delivery_method` ENUM('sent_by_email','sent_by_post'),
  `workflow` VARCHAR(255),
  `deleted` TINYINT(1) DEFAULT 0,
  `info_held_status_id` INT,
  `type` VARCHAR(255),
  `appeal_outcome_id` INT,
  `dirty` TINYINT(1) DEFAULT 0,
  `document_tsvector` TEXT,
  `reason_for_deletion` VARCHAR(255),
  `user_id` INT NOT NULL DEFAULT '-100',
  `reason_for_lateness_id` BIGINT,
  `reason_for_lateness_note` VARCHAR(255),
  `last_indexed_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_request_areas` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `case_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `contact_id` BIGINT,
  `data_request_area_type` ENUM('prison','probation','branston','branston_registry','mappa','security','other_department','dps_sensitive') NOT NULL,
  `location` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `case_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `location` VARCHAR(255),
  `request_type` ENUM('all_prison_records','security_records','nomis_records','nomis_other','nomis_contact_logs','probation_records','cctv_and_bwcf','cctv','bwcf','telephone_recordings','telephone_pin_logs','probation_archive','mappa','pdp','court','other','cross_borders','cat_a','ndelius','dps','education','oasys_arns','dps_security','hpa','g2_security','g3_security','other_department','body_scans','g1_security') NOT NULL,
  `date_requested` DATE NOT NULL,
  `cached_date_received` DATE,
  `cached_num_pages` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `request_type_note` TEXT NOT NULL,
  `date_from` DATE,
  `date_to` DATE,
  `completed` TINYINT(1) NOT NULL DEFAULT 0,
  `contact_id` BIGINT,
  `email_branston_archives` TINYINT(1) DEFAULT 0,
  `data_request_area_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`),
  FOREIGN KEY (`data_request_area_id`) REFERENCES `data_request_areas` (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `retention_schedules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `case_id` BIGINT NOT NULL,
  `planned_destruction_date` DATE,
  `erasure_date` DATE,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `state` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` INT NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `whodunnit` VARCHAR(255),
  `object` TEXT,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `warehouse_case_reports` (
  `case_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `creator_id` INT,
  `responding_team_id` INT,
  `responder_id` INT,
  `casework_officer_user_id` INT,
  `business_group_id` INT,
  `directorate_id` INT,
  `director_general_name_property_id` INT,
  `director_name_property_id` INT,
  `deputy_director_name_property_id` INT,
  `number` VARCHAR(255),
  `case_type` VARCHAR(255),
  `current_state` VARCHAR(255),
  `responding_team` VARCHAR(255),
  `responder` VARCHAR(255),
  `date_received` DATE,
  `internal_deadline` DATE,
  `external_deadline` DATE,
  `date_responded` DATE,
  `date_compliant_draft_uploaded` DATE,
  `trigger` VARCHAR(255),
  `name` VARCHAR(255),
  `requester_type` VARCHAR(255),
  `message` VARCHAR(255),
  `info_held` VARCHAR(255),
  `outcome` VARCHAR(255),
  `refusal_reason` VARCHAR(255),
  `exemptions` VARCHAR(255),
  `postal_address` VARCHAR(255),
  `email` VARCHAR(255),
  `appeal_outcome` VARCHAR(255),
  `third_party` VARCHAR(255),
  `reply_method` VARCHAR(255),
  `sar_subject_type` VARCHAR(255),
  `sar_subject_full_name` VARCHAR(255),
  `business_unit_responsible_for_late_response` VARCHAR(255),
  `extended` VARCHAR(255),
  `extension_count` INT,
  `deletion_reason` VARCHAR(255),
  `casework_officer` VARCHAR(255),
  `created_by` VARCHAR(255),
  `date_created` DATETIME,
  `business_group` VARCHAR(255),
  `directorate_name` VARCHAR(255),
  `director_general_name` VARCHAR(255),
  `director_name` VARCHAR(255),
  `deputy_director_name` VARCHAR(255),
  `draft_in_time` VARCHAR(255),
  `in_target` VARCHAR(255),
  `number_of_days_late` INT,
  `info_held_status_id` INT,
  `refusal_reason_id` INT,
  `outcome_id` INT,
  `appeal_outcome_id` INT,
  `number_of_days_taken` INT,
  `number_of_exempt_pages` INT,
  `number_of_final_pages` INT,
  `third_party_company_name` VARCHAR(255),
  `number_of_days_taken_after_extension` INT,
  `complaint_subtype` VARCHAR(255),
  `priority` VARCHAR(255),
  `total_cost` DECIMAL(10,2),
  `settlement_cost` DECIMAL(10,2),
  `user_dealing_with_vetting` VARCHAR(255),
  `user_id_dealing_with_vetting` INT,
  `number_of_days_for_vetting` INT,
  `original_external_deadline` DATE,
  `original_internal_deadline` DATE,
  `num_days_late_against_original_deadline` INT,
  `request_method` VARCHAR(255),
  `sent_to_sscl` DATE,
  `rejected` VARCHAR(255) DEFAULT 'No',
  `case_originally_rejected` VARCHAR(255),
  `other_rejected_reason` VARCHAR(255),
  `rejected_reasons` JSON,
  `user_made_valid` VARCHAR(255),
  PRIMARY KEY (`case_id`),
  FOREIGN KEY (`case_id`) REFERENCES `cases` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

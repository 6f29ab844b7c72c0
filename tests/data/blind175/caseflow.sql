-- Caseflow (US Department of Veterans Affairs, Board of Veterans' Appeals), github.com/department-of-veterans-affairs/caseflow
-- `db/schema.rb` (schema version 2024_10_12_181521), commit 287c798262725401f9d02467a69f631d6f466873 (CC0-1.0 public domain).
-- PostgreSQL schema written as MySQL DDL: the implicit `id` as BIGINT AUTO_INCREMENT primary key (INT for `id: :serial`),
-- columns in schema.rb's order (alphabetical in upstream's file), string VARCHAR(limit or 255), text TEXT, datetime DATETIME(6) (DATETIME for
-- precision: nil), boolean TINYINT(1), decimal DECIMAL(p,s), float DOUBLE, json/jsonb and array columns JSON, uuid
-- CHAR(36); literal defaults, NOT NULL and upstream's table and column comments kept; unique indexes (not the partial or
-- expression ones) and every add_foreign_key between kept tables kept. PostgreSQL lets an INTEGER column refer to a
-- BIGINT key and a BIGINT column to a serial (INTEGER) key, MySQL does not: to keep every foreign key, these keys and
-- columns were written as BIGINT instead of INT:
--   annotations.user_id, api_keys.id, attorney_case_reviews.attorney_id,
--   attorney_case_reviews.reviewing_judge_id, document_views.user_id, hearing_days.judge_id,
--   hearings.appeal_id, hearings.hearing_day_id, hearings.judge_id, intakes.user_id,
--   judge_case_reviews.attorney_id, judge_case_reviews.judge_id, messages.user_id,
--   organizations_users.organization_id, organizations_users.user_id,
--   request_issues.contested_decision_issue_id, request_issues.corrected_by_request_issue_id,
--   tasks.assigned_by_id, tasks.cancelled_by_id, tasks.parent_id, users.id, vso_configs.organization_id
-- Other indexes left out. Tables reordered so that referenced tables come first.
-- Kept 48 of 132 tables. Left out:
--   allocations, api_views, appeal_affinities, appeal_series, appeal_states, appeal_views,
--   appellant_substitution_histories, available_hearing_locations, batch_processes, board_grant_effectuations,
--   cached_appeal_attributes, cached_user_attributes, case_distribution_audit_lever_entries,
--   case_distribution_levers, caseflow_stuck_records, cavc_dashboard_dispositions, cavc_dashboard_issues,
--   cavc_dashboards, cavc_decision_reasons, cavc_dispositions_to_reasons, cavc_reasons_to_bases, cavc_remands,
--   cavc_remands_appellant_substitutions, cavc_selection_bases, certification_cancellations, certifications,
--   claim_establishments, claims_folder_searches, dispatch_tasks, distributed_cases, distribution_stats,
--   distributions, docket_snapshots, docket_switches, docket_tracers, documents_tags, end_product_code_updates,
--   end_product_establishments, end_product_updates, event_records, events, form8s,
--   hearing_appeal_stream_snapshots, hearing_issue_notes, hearing_task_associations, hearing_views, ihp_drafts,
--   issue_modification_requests, job_execution_times, job_notes, legacy_hearings, legacy_issue_optins,
--   legacy_issues, meeting_types, metrics, nod_date_updates, not_listed_power_of_attorneys,
--   notification_events, post_decision_motions, priority_end_product_sync_queue, ramp_closed_appeals,
--   ramp_election_rollbacks, ramp_elections, ramp_issues, ramp_refilings, record_synced_by_jobs,
--   remand_reasons, request_decision_issues, request_issues_updates, returned_appeal_jobs, schedule_periods,
--   sent_hearing_admin_email_events, special_issue_changes, special_issue_lists, split_correlation_tables,
--   system_admin_events, team_quotas, transcription_files, user_quotas, vbms_distributions,
--   vbms_uploaded_documents, virtual_hearing_establishments, work_modes, worksheet_issues

CREATE TABLE `people` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `date_of_birth` DATE COMMENT 'PII',
  `email_address` VARCHAR(255) COMMENT 'PII. Person email address, cached from BGS',
  `first_name` VARCHAR(255) COMMENT 'PII. Person first name, cached from BGS',
  `last_name` VARCHAR(255) COMMENT 'PII. Person last name, cached from BGS',
  `middle_name` VARCHAR(255) COMMENT 'PII. Person middle name, cached from BGS',
  `name_suffix` VARCHAR(255) COMMENT 'PII. Person name suffix, cached from BGS',
  `participant_id` VARCHAR(255) NOT NULL,
  `ssn` VARCHAR(255) COMMENT 'PII. Person Social Security Number, cached from BGS',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_people_on_participant_id` (`participant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6),
  `css_id` VARCHAR(255) NOT NULL,
  `efolder_documents_fetched_at` DATETIME(6) COMMENT 'Date when efolder documents were cached in s3 for this user',
  `email` VARCHAR(255),
  `full_name` VARCHAR(255),
  `last_login_at` DATETIME(6) COMMENT 'The last time the user-agent (browser) provided session credentials; see User.from_session for precision',
  `roles` JSON,
  `selected_regional_office` VARCHAR(255),
  `station_id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) DEFAULT 'active' COMMENT 'Whether or not the user is an active user of caseflow',
  `status_updated_at` DATETIME(6) COMMENT 'When the user''s status was last updated',
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_css_id` (`css_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Authenticated Caseflow users';

CREATE TABLE `advance_on_docket_motions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `appeal_id` INT COMMENT 'The ID of the appeal this motion is associated with',
  `appeal_type` VARCHAR(255) COMMENT 'The type of appeal this motion is associated with',
  `created_at` DATETIME(6) NOT NULL,
  `granted` TINYINT(1) COMMENT 'Whether VLJ has determined that there is sufficient cause to fast-track an appeal, i.e. grant or deny the motion to AOD.',
  `person_id` BIGINT COMMENT 'Appellant ID',
  `reason` VARCHAR(255) COMMENT 'VLJ''s rationale for their decision on motion to AOD.',
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_advance_on_docket_motions_person_id` FOREIGN KEY (`person_id`) REFERENCES `people` (`id`),
  CONSTRAINT `fk_advance_on_docket_motions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annotations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `comment` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  `document_id` INT NOT NULL,
  `page` INT,
  `relevant_date` DATE,
  `updated_at` DATETIME(6),
  `user_id` BIGINT,
  `x` INT,
  `y` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_annotations_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `consumer_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  `key_digest` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_api_keys_on_consumer_name` (`consumer_name`),
  UNIQUE KEY `index_api_keys_on_key_digest` (`key_digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appeals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `aod_based_on_age` TINYINT(1) COMMENT 'If true, appeal is advance-on-docket due to claimant''s age.',
  `changed_hearing_request_type` VARCHAR(255) COMMENT 'The new hearing type preference for an appellant that needs a hearing scheduled',
  `closest_regional_office` VARCHAR(255) COMMENT 'The code for the regional office closest to the Veteran on the appeal.',
  `created_at` DATETIME(6),
  `docket_range_date` DATE COMMENT 'Date that appeal was added to hearing docket range.',
  `docket_type` VARCHAR(255) COMMENT 'The docket type selected by the Veteran on their appeal form, which can be hearing, evidence submission, or direct review.',
  `established_at` DATETIME(6) COMMENT 'Timestamp for when the appeal has successfully been intaken into Caseflow by the user.',
  `establishment_attempted_at` DATETIME(6) COMMENT 'Timestamp for when the appeal''s establishment was last attempted.',
  `establishment_canceled_at` DATETIME(6) COMMENT 'Timestamp when job was abandoned',
  `establishment_error` VARCHAR(255) COMMENT 'The error message if attempting to establish the appeal resulted in an error. This gets cleared once the establishment is successful.',
  `establishment_last_submitted_at` DATETIME(6) COMMENT 'Timestamp for when the the job is eligible to run (can be reset to restart the job).',
  `establishment_processed_at` DATETIME(6) COMMENT 'Timestamp for when the establishment has succeeded in processing.',
  `establishment_submitted_at` DATETIME(6) COMMENT 'Timestamp for when the the intake was submitted for asynchronous processing.',
  `filed_by_va_gov` TINYINT(1) COMMENT 'Indicates whether or not this form came from VA.gov',
  `homelessness` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether or not a veteran is experiencing homelessness',
  `legacy_opt_in_approved` TINYINT(1) COMMENT 'Indicates whether a Veteran opted to withdraw matching issues from the legacy process. If there is a matching legacy issue and it is not withdrawn then it is ineligible for the decision review.',
  `original_hearing_request_type` VARCHAR(255) COMMENT 'The hearing type preference for an appellant before any changes were made in Caseflow',
  `poa_participant_id` VARCHAR(255) COMMENT 'Used to identify the power of attorney (POA) at the time the appeal was dispatched to BVA. Sometimes the POA changes in BGS after the fact, and BGS only returns the current representative.',
  `receipt_date` DATE COMMENT 'Receipt date of the appeal form. Used to determine which issues are within the timeliness window to be appealed. Only issues decided prior to the receipt date will show up as contestable issues.',
  `stream_docket_number` VARCHAR(255) COMMENT 'Multiple appeals with the same docket number indicate separate appeal streams, mimicking the structure of legacy appeals.',
  `stream_type` VARCHAR(255) DEFAULT 'Original' COMMENT 'When multiple appeals have the same docket number, they are differentiated by appeal stream type, depending on the work being done on each appeal.',
  `target_decision_date` DATE COMMENT 'If the appeal docket is direct review, this sets the target decision date for the appeal, which is one year after the receipt date.',
  `updated_at` DATETIME(6),
  `uuid` CHAR(36) NOT NULL COMMENT 'The universally unique identifier for the appeal, which can be used to navigate to appeals/appeal_uuid. This allows a single ID to determine an appeal whether it is a legacy appeal or an AMA appeal.',
  `veteran_file_number` VARCHAR(255) NOT NULL COMMENT 'PII. The VBA corporate file number of the Veteran for this review. There can sometimes be more than one file number per Veteran.',
  `veteran_is_not_claimant` TINYINT(1) COMMENT 'Selected by the user during intake, indicates whether the Veteran is the claimant, or if the claimant is someone else such as a dependent. Must be TRUE if Veteran is deceased.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Decision reviews intaken for AMA appeals to the board (also known as a notice of disagreement).';

CREATE TABLE `appellant_substitutions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `claimant_type` VARCHAR(255) NOT NULL COMMENT 'Claimant type of substitute; needed to create Claimant record',
  `created_at` DATETIME(6) NOT NULL COMMENT 'Standard created_at/updated_at timestamps',
  `created_by_id` BIGINT NOT NULL COMMENT 'User that created this record',
  `poa_participant_id` VARCHAR(255) COMMENT 'Identifier of the appellant''s POA, if they have a CorpDB participant_id. Null if the substitute appellant has no POA.',
  `selected_task_ids` JSON NOT NULL COMMENT 'User-selected task ids from source appeal',
  `source_appeal_id` BIGINT NOT NULL COMMENT 'The relevant source appeal for this substitution',
  `substitute_participant_id` VARCHAR(255) NOT NULL COMMENT 'Participant ID of substitute appellant',
  `substitution_date` DATE NOT NULL COMMENT 'Date of substitution',
  `target_appeal_id` BIGINT NOT NULL COMMENT 'The new appeal resulting from this substitution',
  `task_params` JSON NOT NULL COMMENT 'JSON hash to hold parameters for new tasks, such as an EvidenceSubmissionWindowTask''s end-hold date, with keys from selected_task_ids',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'Standard created_at/updated_at timestamps',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_appellant_substitutions_source_appeal_id` FOREIGN KEY (`source_appeal_id`) REFERENCES `appeals` (`id`),
  CONSTRAINT `fk_appellant_substitutions_target_appeal_id` FOREIGN KEY (`target_appeal_id`) REFERENCES `appeals` (`id`),
  CONSTRAINT `fk_appellant_substitutions_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Store appellant substitution form data';

CREATE TABLE `attorney_case_reviews` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `appeal_id` BIGINT COMMENT 'The ID of the appeal this case review is associated with',
  `appeal_type` VARCHAR(255) COMMENT 'The type of appeal this case review is associated with',
  `attorney_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `document_id` VARCHAR(255),
  `document_type` VARCHAR(255),
  `note` TEXT,
  `overtime` TINYINT(1) DEFAULT 0,
  `reviewing_judge_id` BIGINT,
  `task_id` VARCHAR(255) COMMENT 'Refers to the tasks table for AMA appeals, but uses syntax `<vacols_id>-YYYY-MM-DD` for legacy appeals',
  `untimely_evidence` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  `work_product` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_attorney_case_reviews_attorney_id` FOREIGN KEY (`attorney_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_attorney_case_reviews_reviewing_judge_id` FOREIGN KEY (`reviewing_judge_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bgs_attorneys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL COMMENT 'Standard created_at/updated_at timestamps',
  `last_synced_at` DATETIME(6) COMMENT 'The last time BGS was checked',
  `name` VARCHAR(255) NOT NULL COMMENT 'Name',
  `participant_id` VARCHAR(255) NOT NULL COMMENT 'Participant ID',
  `record_type` VARCHAR(255) NOT NULL COMMENT 'Known types: POA State Organization, POA National Organization, POA Attorney, POA Agent, POA Local/Regional Organization',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'Standard created_at/updated_at timestamps',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_bgs_attorneys_on_participant_id` (`participant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Cache of unique BGS attorney data — used for adding claimants to cases pulled from POA data';

CREATE TABLE `bgs_power_of_attorneys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `authzn_change_clmant_addrs_ind` VARCHAR(255) COMMENT 'Authorization for POA to change claimant address',
  `authzn_poa_access_ind` VARCHAR(255) COMMENT 'Authorization for POA access',
  `claimant_participant_id` VARCHAR(255) NOT NULL COMMENT 'Claimant participant ID -- use as FK to claimants',
  `created_at` DATETIME(6) NOT NULL COMMENT 'Standard created_at/updated_at timestamps',
  `file_number` VARCHAR(255) COMMENT 'PII. Claimant file number',
  `last_synced_at` DATETIME(6) COMMENT 'The last time BGS was checked',
  `legacy_poa_cd` VARCHAR(255) COMMENT 'Legacy POA code',
  `poa_participant_id` VARCHAR(255) NOT NULL COMMENT 'POA participant ID -- use as FK to people',
  `representative_name` VARCHAR(255) NOT NULL COMMENT 'POA name',
  `representative_type` VARCHAR(255) NOT NULL COMMENT 'POA type',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'Standard created_at/updated_at timestamps',
  PRIMARY KEY (`id`),
  UNIQUE KEY `bgs_poa_pid_fn_unique_idx` (`claimant_participant_id`, `file_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Power of Attorney (POA) cached from BGS';

CREATE TABLE `claimants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6),
  `decision_review_id` BIGINT NOT NULL COMMENT 'The ID of the decision review the claimant is on.',
  `decision_review_type` VARCHAR(255) NOT NULL COMMENT 'The type of decision review the claimant is on.',
  `notes` TEXT COMMENT 'This is a notes field for adding claimant not listed and any supplementary information outside of unlisted claimant.',
  `participant_id` VARCHAR(255) NOT NULL COMMENT 'The participant ID of the claimant.',
  `payee_code` VARCHAR(255) COMMENT 'The payee_code for the claimant, if applicable. payee_code is required when the claim is processed in VBMS.',
  `type` VARCHAR(255) DEFAULT 'Claimant' COMMENT 'The class name for the single table inheritance type of Claimant, for example VeteranClaimant, DependentClaimant, AttorneyClaimant, OtherClaimant, or HealthcareProviderClaimant.',
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='This table bridges decision reviews to participants when the participant is listed as a claimant on the decision review. A participant can be a claimant on multiple decision reviews.';

CREATE TABLE `hearing_days` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `bva_poc` VARCHAR(255) COMMENT 'Hearing coordinator full name',
  `created_at` DATETIME(6) NOT NULL COMMENT 'Automatic timestamp of when hearing day was created',
  `created_by_id` BIGINT NOT NULL COMMENT 'The ID of the user who created the Hearing Day',
  `deleted_at` DATETIME(6) COMMENT 'Automatic timestamp of when hearing day was deleted',
  `first_slot_time` VARCHAR(5) COMMENT 'The first time slot available; interpreted as the local time at Central office or the RO',
  `judge_id` BIGINT COMMENT 'User ID of judge who is assigned to the hearing day',
  `lock` TINYINT(1) COMMENT 'Determines if the hearing day is locked and can''t be edited',
  `notes` TEXT COMMENT 'Any notes about hearing day',
  `number_of_slots` INT COMMENT 'The number of time slots possible for this day',
  `regional_office` VARCHAR(255) COMMENT 'Regional office key associated with hearing day',
  `request_type` VARCHAR(255) NOT NULL COMMENT 'Hearing request types for all associated hearings; can be one of: ''T'', ''C'' or ''V''',
  `room` VARCHAR(255) COMMENT 'The room at BVA where the hearing will take place',
  `scheduled_for` DATE NOT NULL COMMENT 'The date when all associated hearings will take place',
  `slot_length_minutes` INT COMMENT 'The length in minutes of each time slot for this day',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'Automatic timestamp of when hearing day was updated',
  `updated_by_id` BIGINT NOT NULL COMMENT 'The ID of the user who most recently updated the Hearing Day',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_hearing_days_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_hearing_days_judge_id` FOREIGN KEY (`judge_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_hearing_days_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conference_links` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `alias` VARCHAR(255) COMMENT 'Alias of the conference',
  `alias_with_host` VARCHAR(255) COMMENT 'Alieas of the conference for the host',
  `co_host_link` VARCHAR(255),
  `conference_deleted` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Flag to represent if a con ference has been deleted',
  `conference_id` VARCHAR(255) COMMENT 'Id of the conference',
  `created_at` DATETIME(6) NOT NULL COMMENT 'Date and Time of creation',
  `created_by_id` BIGINT NOT NULL COMMENT 'User id of the user who created the record. FK on User table',
  `deleted_at` DATETIME(6) COMMENT 'Needed column to make use of the paranoia gem.',
  `guest_hearing_link` VARCHAR(255) COMMENT 'Guest link for hearing daily docket.',
  `guest_pin_long` VARCHAR(255) COMMENT 'Pin provided for the guest, allowing them entry into the video conference.',
  `hearing_day_id` BIGINT COMMENT 'The associated hearing day id',
  `hearing_id` BIGINT COMMENT 'ID of the hearing associated with this record',
  `hearing_type` VARCHAR(255) COMMENT 'Type of hearing associated with this record',
  `host_link` VARCHAR(255) COMMENT 'Conference link generated from external conference service',
  `host_pin` INT COMMENT 'Pin for the host of the conference to get into the conference',
  `host_pin_long` VARCHAR(8) COMMENT 'Generated host pin stored as a string',
  `type` VARCHAR(255) COMMENT 'Pexip or Webex conference link',
  `updated_at` DATETIME(6) COMMENT 'Date and Time record was last updated',
  `updated_by_id` BIGINT COMMENT 'user id of the user to last update the record. FK on the User table',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_conference_links_hearing_day_id` FOREIGN KEY (`hearing_day_id`) REFERENCES `hearing_days` (`id`),
  CONSTRAINT `fk_conference_links_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_conference_links_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decision_documents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `appeal_id` BIGINT NOT NULL,
  `appeal_type` VARCHAR(255),
  `attempted_at` DATETIME(6) COMMENT 'When the job ran',
  `canceled_at` DATETIME(6) COMMENT 'Timestamp when job was abandoned',
  `citation_number` VARCHAR(255) NOT NULL COMMENT 'Unique identifier for decision document',
  `created_at` DATETIME(6) NOT NULL,
  `decision_date` DATE NOT NULL,
  `document_series_reference_id` VARCHAR(255) COMMENT 'UUID that is provided by eFolder that represents the group of documentsthis document belongs to. Think of a series as a stack of versions.',
  `document_version_reference_id` VARCHAR(255) COMMENT 'UUID that is provided by eFolder that represents the specific version of the document.',
  `error` VARCHAR(255) COMMENT 'Message captured from a failed attempt',
  `last_submitted_at` DATETIME(6) COMMENT 'When the job is eligible to run (can be reset to restart the job)',
  `processed_at` DATETIME(6) COMMENT 'When the job has concluded',
  `redacted_document_location` VARCHAR(255) NOT NULL,
  `submitted_at` DATETIME(6) COMMENT 'When the job first became eligible to run',
  `updated_at` DATETIME(6) NOT NULL,
  `uploaded_to_vbms_at` DATETIME(6) COMMENT 'When document was successfully uploaded to VBMS',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_decision_documents_on_citation_number` (`citation_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `decision_issues` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `benefit_type` VARCHAR(255) COMMENT 'Classification of the benefit being decided on. Maps 1 to 1 to VA lines of business, and typically used to know which line of business the decision correlates to.',
  `caseflow_decision_date` DATE COMMENT 'This is a decision date for decision issues where decisions are entered in Caseflow, such as for appeals or for decision reviews with a business line that is not processed in VBMS.',
  `created_at` DATETIME(6) COMMENT 'Automatic timestamp when row was created.',
  `decision_review_id` INT COMMENT 'ID of the decision review the decision was made on.',
  `decision_review_type` VARCHAR(255) COMMENT 'Type of the decision review the decision was made on.',
  `decision_text` VARCHAR(255) COMMENT 'If decision resulted in a change to a rating, the rating issue''s decision text.',
  `deleted_at` DATETIME(6),
  `description` VARCHAR(255) COMMENT 'Optional description that the user can input for decisions made in Caseflow.',
  `diagnostic_code` VARCHAR(255) COMMENT 'If a decision resulted in a rating, this is the rating issue''s diagnostic code.',
  `disposition` VARCHAR(255) COMMENT 'The disposition for a decision issue. Dispositions made in Caseflow and dispositions made in VBMS can have different values.',
  `end_product_last_action_date` DATE COMMENT 'After an end product gets synced with a status of CLR (cleared), the end product''s last_action_date is saved on any decision issues that are created as a result. This is used as a proxy for decision date for non-rating issues that are processed in VBMS because they don''t have a rating profile date, and the exact decision date is not available.',
  `mst_status` TINYINT(1) DEFAULT 0 COMMENT 'Indicates if decision issue is related to Military Sexual Trauma (MST)',
  `pact_status` TINYINT(1) DEFAULT 0 COMMENT 'Indicates if decision issue is related to Promise to Address Comprehensive Toxics (PACT) Act',
  `participant_id` VARCHAR(255) NOT NULL COMMENT 'The Veteran''s participant id.',
  `percent_number` VARCHAR(255) COMMENT 'percent_number from RatingIssue (prcntNo from Rating Profile)',
  `rating_issue_reference_id` VARCHAR(255) COMMENT 'Identifies the specific issue on the rating that resulted from the decision issue (a rating issue can be connected to multiple contentions).',
  `rating_profile_date` DATETIME(6) COMMENT 'The profile date of the rating that a decision issue resulted in (if applicable). The profile_date is used as an identifier for the rating, and is the date that most closely maps to what the Veteran writes down as the decision date.',
  `rating_promulgation_date` DATETIME(6) COMMENT 'The promulgation date of the rating that a decision issue resulted in (if applicable). It is used for calculating whether a decision issue is within the timeliness window to be appealed or get a higher level review.',
  `subject_text` TEXT COMMENT 'subject_text from RatingIssue (subjctTxt from Rating Profile)',
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Issues that represent a decision made on a decision review.';

CREATE TABLE `document_views` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6),
  `document_id` INT NOT NULL,
  `first_viewed_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_document_views_on_document_id_and_user_id` (`document_id`, `user_id`),
  CONSTRAINT `fk_document_views_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `category_medical` TINYINT(1),
  `category_other` TINYINT(1),
  `category_procedural` TINYINT(1),
  `created_at` DATETIME(6),
  `description` VARCHAR(255),
  `file_number` VARCHAR(255) COMMENT 'PII',
  `previous_document_version_id` INT,
  `received_at` DATE,
  `series_id` VARCHAR(255),
  `type` VARCHAR(255),
  `updated_at` DATETIME(6),
  `upload_date` DATE,
  `vbms_document_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_documents_on_vbms_document_id` (`vbms_document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_admin_logins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `admin_css_id` VARCHAR(255),
  `created_at` DATETIME(6),
  `target_css_id` VARCHAR(255),
  `target_station_id` VARCHAR(255),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hearing_email_recipients` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `appeal_id` BIGINT COMMENT 'The ID of the appeal this email recipient is associated with',
  `appeal_type` VARCHAR(255) COMMENT 'The type of appeal this email recipient is associated with',
  `created_at` DATETIME(6) NOT NULL,
  `email_address` VARCHAR(255) COMMENT 'PII. The recipient''s email address',
  `email_sent` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Indicates if a notification email was sent to the recipient.',
  `hearing_id` BIGINT COMMENT 'Associated hearing',
  `hearing_type` VARCHAR(255),
  `timezone` VARCHAR(50) COMMENT 'The recipient''s timezone',
  `type` VARCHAR(255) COMMENT 'The subclass name (i.e. AppellantHearingEmailRecipient)',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Recipients of hearings-related emails';

CREATE TABLE `hearing_locations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(255) COMMENT 'Full address of the location',
  `city` VARCHAR(255) COMMENT 'i.e ''New York'', ''Houston'', etc',
  `classification` VARCHAR(255) COMMENT 'The classification for location; i.e ''Regional Benefit Office'', ''VA Medical Center (VAMC)'', etc',
  `created_at` DATETIME(6) NOT NULL COMMENT 'Automatic timestamp of when hearing location was created',
  `distance` DOUBLE COMMENT 'Distance between appellant''s location and the hearing location',
  `facility_id` VARCHAR(255) COMMENT 'Id associated with the facility; i.e ''vba_313'', ''vba_354a'', ''vba_317'', etc',
  `facility_type` VARCHAR(255) COMMENT 'The type of facility; i.e, ''va_benefits_facility'', ''va_health_facility'', ''vet_center'', etc',
  `hearing_id` INT COMMENT 'Hearing/LegacyHearing ID; use as FK to hearings/legacy_hearings',
  `hearing_type` VARCHAR(255) COMMENT '''Hearing'' or ''LegacyHearing''',
  `name` VARCHAR(255) COMMENT 'Name of location; i.e ''Chicago Regional Benefit Office'', ''Jennings VA Clinic'', etc',
  `state` VARCHAR(255) COMMENT 'State in abbreviated form; i.e ''NY'', ''CA'', etc',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'Automatic timestamp of when hearing location was updated',
  `zip_code` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hearings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `appeal_id` BIGINT NOT NULL COMMENT 'Appeal ID; use as FK to appeals',
  `bva_poc` VARCHAR(255) COMMENT 'Hearing coordinator full name',
  `created_at` DATETIME(6) COMMENT 'Automatic timestamp when row was created.',
  `created_by_id` BIGINT COMMENT 'The ID of the user who created the Hearing',
  `disposition` VARCHAR(255) COMMENT 'Hearing disposition; can be one of: ''held'', ''postponed'', ''no_show'', or ''cancelled''',
  `evidence_window_waived` TINYINT(1) COMMENT 'Determines whether the veteran/appelant has wavied the 90 day evidence hold',
  `hearing_day_id` BIGINT NOT NULL COMMENT 'HearingDay ID; use as FK to HearingDays',
  `judge_id` BIGINT COMMENT 'User ID of judge who will hold the hearing',
  `military_service` VARCHAR(255) COMMENT 'Periods and circumstances of military service',
  `notes` VARCHAR(255) COMMENT 'Any notes taken prior or post hearing',
  `prepped` TINYINT(1) COMMENT 'Determines whether the judge has checked the hearing as prepped',
  `representative_name` VARCHAR(255) COMMENT 'Name of Appellant''s representative if applicable',
  `room` VARCHAR(255) COMMENT 'The room at BVA where the hearing will take place; ported from associated HearingDay',
  `scheduled_datetime` DATETIME(6) COMMENT 'Timestamp with zone datatype a hearing is scheduled to take place in UTC. Intended to eventually replace scheduled_time column.',
  `scheduled_in_timezone` VARCHAR(255) COMMENT 'Named TZ string that the hearing will have to provide accurate hearing times.',
  `scheduled_time` TIME NOT NULL COMMENT 'Date and Time when hearing will take place',
  `summary` TEXT COMMENT 'Summary of hearing',
  `transcript_requested` TINYINT(1) COMMENT 'Determines whether the veteran/appellant has requested the hearing transcription',
  `transcript_sent_date` DATE COMMENT 'Date of when the hearing transcription was sent to the Veteran/Appellant',
  `updated_at` DATETIME(6) COMMENT 'Timestamp when record was last updated.',
  `updated_by_id` BIGINT COMMENT 'The ID of the user who most recently updated the Hearing',
  `uuid` CHAR(36) NOT NULL,
  `witness` VARCHAR(255) COMMENT 'Witness/Observer present during hearing',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_hearings_appeal_id` FOREIGN KEY (`appeal_id`) REFERENCES `appeals` (`id`),
  CONSTRAINT `fk_hearings_hearing_day_id` FOREIGN KEY (`hearing_day_id`) REFERENCES `hearing_days` (`id`),
  CONSTRAINT `fk_hearings_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_hearings_judge_id` FOREIGN KEY (`judge_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_hearings_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `higher_level_reviews` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `benefit_type` VARCHAR(255) COMMENT 'The benefit type selected by the Veteran on their form, also known as a Line of Business.',
  `created_at` DATETIME(6),
  `establishment_attempted_at` DATETIME(6) COMMENT 'Timestamp for the most recent attempt at establishing a claim.',
  `establishment_canceled_at` DATETIME(6) COMMENT 'Timestamp when job was abandoned',
  `establishment_error` VARCHAR(255) COMMENT 'The error captured for the most recent attempt at establishing a claim if it failed.  This is removed once establishing the claim succeeds.',
  `establishment_last_submitted_at` DATETIME(6) COMMENT 'Timestamp for the latest attempt at establishing the End Products for the Decision Review.',
  `establishment_processed_at` DATETIME(6) COMMENT 'Timestamp for when the End Product Establishments for the Decision Review successfully finished processing.',
  `establishment_submitted_at` DATETIME(6) COMMENT 'Timestamp for when the Higher Level Review was submitted by a Claims Assistant. This adds the End Product Establishment to a job to finish processing asynchronously.',
  `filed_by_va_gov` TINYINT(1) COMMENT 'Indicates whether or not this form came from VA.gov',
  `informal_conference` TINYINT(1) COMMENT 'Indicates whether a Veteran selected on their Higher Level Review form to have an informal conference. This creates a claimant letter and a tracked item in BGS.',
  `legacy_opt_in_approved` TINYINT(1) COMMENT 'Indicates whether a Veteran opted to withdraw their Higher Level Review request issues from the legacy system if a matching issue is found. If there is a matching legacy issue and it is not withdrawn, then that issue is ineligible to be a new request issue and a contention will not be created for it.',
  `receipt_date` DATE COMMENT 'The date that the Higher Level Review form was received by central mail. This is used to determine which issues are eligible to be appealed based on timeliness.  Only issues decided prior to the receipt date will show up as contestable issues.  It is also the claim date for any associated end products that are established.',
  `same_office` TINYINT(1) COMMENT 'Whether the Veteran wants their issues to be reviewed by the same office where they were previously reviewed. This creates a special issue on all of the contentions created on this Higher Level Review.',
  `updated_at` DATETIME(6),
  `uuid` CHAR(36) NOT NULL COMMENT 'The universally unique identifier for the Higher Level Review. Can be used to link to the claim after it is completed.',
  `veteran_file_number` VARCHAR(255) NOT NULL COMMENT 'PII. The file number of the Veteran that the Higher Level Review is for.',
  `veteran_is_not_claimant` TINYINT(1) COMMENT 'Indicates whether the Veteran is the claimant on the Higher Level Review form, or if the claimant is someone else like a spouse or a child. Must be TRUE if the Veteran is deceased.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Intake data for Higher Level Reviews.';

CREATE TABLE `veterans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `bgs_last_synced_at` DATETIME(6) COMMENT 'The last time cached BGS attributes were synced',
  `closest_regional_office` VARCHAR(255),
  `created_at` DATETIME(6),
  `date_of_death` DATE COMMENT 'Date of Death reported by BGS, cached locally',
  `date_of_death_reported_at` DATETIME(6) COMMENT 'The datetime that date_of_death last changed for veteran.',
  `file_number` VARCHAR(255) NOT NULL COMMENT 'PII. Veteran''s file_number',
  `first_name` VARCHAR(255) COMMENT 'PII. Veteran''s first name',
  `last_name` VARCHAR(255) COMMENT 'PII. Veteran''s last name',
  `middle_name` VARCHAR(255) COMMENT 'PII. Veteran''s middle name',
  `name_suffix` VARCHAR(255),
  `participant_id` VARCHAR(255),
  `ssn` VARCHAR(255) COMMENT 'PII. The cached Social Security Number',
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_veterans_on_file_number` (`file_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intakes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `cancel_other` VARCHAR(255) COMMENT 'Notes added if a user canceled an intake for any reason other than the stock set of options.',
  `cancel_reason` VARCHAR(255) COMMENT 'The reason the intake was canceled. Could have been manually canceled by a user, or automatic.',
  `completed_at` DATETIME(6) COMMENT 'Timestamp for when the intake was completed, whether it was successful or not.',
  `completion_started_at` DATETIME(6) COMMENT 'Timestamp for when the user submitted the intake to be completed.',
  `completion_status` VARCHAR(255) COMMENT 'Indicates whether the intake was successful, or was closed by being canceled, expired, or due to an error.',
  `created_at` DATETIME(6),
  `detail_id` INT COMMENT 'The ID of the record created as a result of the intake.',
  `detail_type` VARCHAR(255) COMMENT 'The type of the record created as a result of the intake.',
  `error_code` VARCHAR(255) COMMENT 'If the intake was unsuccessful due to a set of known errors, the error code is stored here. An error is also stored here for RAMP elections that are connected to an active end product, even though the intake is a success.',
  `started_at` DATETIME(6) COMMENT 'Timestamp for when the intake was created, which happens when a user successfully searches for a Veteran.',
  `type` VARCHAR(255) COMMENT 'The class name of the intake.',
  `updated_at` DATETIME(6),
  `user_id` BIGINT NOT NULL COMMENT 'The ID of the user who created the intake.',
  `veteran_file_number` VARCHAR(255) COMMENT 'PII. The VBA corporate file number of the Veteran for this review. There can sometimes be more than one file number per Veteran.',
  `veteran_id` BIGINT COMMENT 'The ID of the veteran record associated with this intake',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_intakes_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_intakes_veteran_id` FOREIGN KEY (`veteran_id`) REFERENCES `veterans` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Represents the intake of an form or request made by a veteran.';

CREATE TABLE `judge_case_reviews` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `appeal_id` BIGINT COMMENT 'The ID of the appeal this case review is associated with',
  `appeal_type` VARCHAR(255) COMMENT 'The type of appeal this case review is associated with',
  `areas_for_improvement` JSON,
  `attorney_id` BIGINT,
  `comment` TEXT,
  `complexity` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `factors_not_considered` JSON,
  `judge_id` BIGINT,
  `location` VARCHAR(255),
  `one_touch_initiative` TINYINT(1),
  `positive_feedback` JSON,
  `quality` VARCHAR(255),
  `task_id` VARCHAR(255) COMMENT 'Refers to the tasks table for AMA appeals, but uses syntax `<vacols_id>-YYYY-MM-DD` for legacy appeals',
  `timeliness` VARCHAR(255) COMMENT 'Documents if the drafted decision by an attorney was provided on a timely or untimely manner.',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_judge_case_reviews_attorney_id` FOREIGN KEY (`attorney_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_judge_case_reviews_judge_id` FOREIGN KEY (`judge_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `judge_team_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `organizations_user_id` INT,
  `type` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_judge_team_roles_on_organizations_user_id` (`organizations_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Defines roles for individual members of judge teams';

CREATE TABLE `legacy_appeals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `appeal_series_id` BIGINT,
  `changed_hearing_request_type` VARCHAR(255) COMMENT 'The new hearing type preference for an appellant that needs a hearing scheduled',
  `closest_regional_office` VARCHAR(255),
  `contaminated_water_at_camp_lejeune` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6),
  `dic_death_or_accrued_benefits_united_states` TINYINT(1) DEFAULT 0,
  `dispatched_to_station` VARCHAR(255),
  `education_gi_bill_dependents_educational_assistance_scholars` TINYINT(1) DEFAULT 0,
  `foreign_claim_compensation_claims_dual_claims_appeals` TINYINT(1) DEFAULT 0,
  `foreign_pension_dic_all_other_foreign_countries` TINYINT(1) DEFAULT 0,
  `foreign_pension_dic_mexico_central_and_south_america_caribb` TINYINT(1) DEFAULT 0,
  `hearing_including_travel_board_video_conference` TINYINT(1) DEFAULT 0,
  `home_loan_guaranty` TINYINT(1) DEFAULT 0,
  `incarcerated_veterans` TINYINT(1) DEFAULT 0,
  `insurance` TINYINT(1) DEFAULT 0,
  `issues_pulled` TINYINT(1),
  `manlincon_compliance` TINYINT(1) DEFAULT 0,
  `mustard_gas` TINYINT(1) DEFAULT 0,
  `national_cemetery_administration` TINYINT(1) DEFAULT 0,
  `nonrating_issue` TINYINT(1) DEFAULT 0,
  `original_hearing_request_type` VARCHAR(255) COMMENT 'The hearing type preference for an appellant before any changes were made in Caseflow',
  `pension_united_states` TINYINT(1) DEFAULT 0,
  `private_attorney_or_agent` TINYINT(1) DEFAULT 0,
  `radiation` TINYINT(1) DEFAULT 0,
  `rice_compliance` TINYINT(1) DEFAULT 0,
  `spina_bifida` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME(6),
  `us_territory_claim_american_samoa_guam_northern_mariana_isla` TINYINT(1) DEFAULT 0,
  `us_territory_claim_philippines` TINYINT(1) DEFAULT 0,
  `us_territory_claim_puerto_rico_and_virgin_islands` TINYINT(1) DEFAULT 0,
  `vacols_id` VARCHAR(255) NOT NULL,
  `vamc` TINYINT(1) DEFAULT 0,
  `vbms_id` VARCHAR(255),
  `vocational_rehab` TINYINT(1) DEFAULT 0,
  `waiver_of_overpayment` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_legacy_appeals_on_vacols_id` (`vacols_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `accepts_priority_pushed_cases` TINYINT(1) COMMENT 'Whether a JudgeTeam currently accepts distribution of automatically pushed priority cases',
  `ama_only_push` TINYINT(1) DEFAULT 0 COMMENT 'whether a JudgeTeam should only get AMA appeals during the PushPriorityAppealsToJudgesJob',
  `ama_only_request` TINYINT(1) DEFAULT 0 COMMENT 'whether a JudgeTeam should only get AMA appeals when requesting more cases',
  `created_at` DATETIME(6),
  `exclude_appeals_from_affinity` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Used to track whether a judge (team) should have their affinity appeals distributed to any available judge team even if the set amount of time has not elapsed.',
  `name` VARCHAR(255),
  `participant_id` VARCHAR(255) COMMENT 'Organizations BGS partipant id',
  `role` VARCHAR(255) COMMENT 'Role users in organization must have, if present',
  `status` VARCHAR(255) DEFAULT 'active' COMMENT 'Whether organization is active, inactive, or in some other Status.',
  `status_updated_at` DATETIME(6) COMMENT 'Track when organization status last changed.',
  `type` VARCHAR(255) COMMENT 'Single table inheritance',
  `updated_at` DATETIME(6),
  `url` VARCHAR(255) COMMENT 'Unique portion of the organization queue url',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_organizations_on_participant_id` (`participant_id`),
  UNIQUE KEY `index_organizations_on_url` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `decided_at` DATETIME(6) COMMENT 'The date and time when the deider user made a decision about the membership request',
  `decider_id` BIGINT COMMENT 'The user who decides the status of the membership request',
  `note` VARCHAR(255) COMMENT 'A note that provides additional context from the requestor about their request for access to the organization',
  `organization_id` BIGINT COMMENT 'The organization that the membership request is asking to join',
  `requestor_id` BIGINT COMMENT 'The User that is requesting access to the organization',
  `status` VARCHAR(255) NOT NULL DEFAULT 'assigned' COMMENT 'The status of the membership request at any given point of time',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_membership_requests_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_membership_requests_decider_id` FOREIGN KEY (`decider_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_membership_requests_requestor_id` FOREIGN KEY (`requestor_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `detail_id` INT COMMENT 'ID of the related object',
  `detail_type` VARCHAR(255) COMMENT 'Model name of the related object',
  `message_type` VARCHAR(255) COMMENT 'The type of event that caused this message to be created',
  `read_at` DATETIME(6) COMMENT 'When the message was read',
  `text` VARCHAR(255) COMMENT 'The message',
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL COMMENT 'The user for whom the message is intended',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_messages_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mpi_update_person_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `api_key_id` BIGINT NOT NULL COMMENT 'API Key used to initiate the event',
  `completed_at` DATETIME(6) COMMENT 'Timestamp of when update was completed, regardless of success or failure',
  `created_at` DATETIME(6) COMMENT 'Timestamp of when update was initiated',
  `info` JSON COMMENT 'Additional information about the update',
  `update_type` VARCHAR(255) NOT NULL COMMENT 'Type or Result of update',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mpi_update_person_events_api_key_id` FOREIGN KEY (`api_key_id`) REFERENCES `api_keys` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `non_availabilities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `date` DATE,
  `object_identifier` VARCHAR(255) NOT NULL,
  `schedule_period_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `appeals_id` VARCHAR(255) NOT NULL COMMENT 'ID of the Appeal',
  `appeals_type` VARCHAR(255) NOT NULL COMMENT 'Type of Appeal',
  `created_at` DATETIME(6) COMMENT 'Timestamp of when Noticiation was Created',
  `email_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `email_notification_content` VARCHAR(255) COMMENT 'Full Email Text Content of Notification',
  `email_notification_external_id` VARCHAR(255) COMMENT 'VA Notify Notification Id for the email notification send through their API ',
  `email_notification_status` VARCHAR(255) COMMENT 'Status of the Email Notification',
  `email_status_reason` VARCHAR(255) COMMENT 'Context around why this VA Notify notification is in the email status',
  `event_date` DATE NOT NULL COMMENT 'Date of Event',
  `event_type` VARCHAR(255) NOT NULL COMMENT 'Type of Event',
  `notifiable_id` BIGINT,
  `notifiable_type` VARCHAR(255),
  `notification_content` TEXT COMMENT 'Full Text Content of Notification',
  `notification_type` VARCHAR(255) NOT NULL COMMENT 'Type of Notification that was created',
  `notified_at` DATETIME(6) COMMENT 'Time Notification was created',
  `participant_id` VARCHAR(255) COMMENT 'ID of Participant',
  `recipient_email` VARCHAR(255) COMMENT 'Participant''s Email Address',
  `recipient_phone_number` VARCHAR(255) COMMENT 'Participants Phone Number',
  `sms_notification_content` VARCHAR(255) COMMENT 'Full SMS Text Content of Notification',
  `sms_notification_external_id` VARCHAR(255) COMMENT 'VA Notify Notification Id for the sms notification send through their API ',
  `sms_notification_status` VARCHAR(255) COMMENT 'Status of SMS/Text Notification',
  `sms_response_content` VARCHAR(255) COMMENT 'Message body of the sms notification response.',
  `sms_response_time` DATETIME(6) COMMENT 'Date and Time of the sms notification response.',
  `sms_status_reason` VARCHAR(255) COMMENT 'Context around why this VA Notify notification is in the sms status',
  `updated_at` DATETIME(6) COMMENT 'TImestamp of when Notification was Updated',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `admin` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6),
  `organization_id` BIGINT,
  `updated_at` DATETIME(6),
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_organizations_users_on_user_id_and_organization_id` (`user_id`, `organization_id`),
  CONSTRAINT `fk_organizations_users_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_organizations_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_issues` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `benefit_type` VARCHAR(255) NOT NULL COMMENT 'The Line of Business the issue is connected with.',
  `closed_at` DATETIME(6) COMMENT 'Timestamp when the request issue was closed. The reason it was closed is in closed_status.',
  `closed_status` VARCHAR(255) COMMENT 'Indicates whether the request issue is closed, for example if it was removed from a Decision Review, the associated End Product got canceled, the Decision Review was withdrawn.',
  `contention_reference_id` INT COMMENT 'The ID of the contention created on the End Product for this request issue. This is populated after the contention is created in VBMS.',
  `contention_removed_at` DATETIME(6) COMMENT 'When a request issue is removed from a Decision Review during an edit, if it has a contention in VBMS that is also removed. This field indicates when the contention has successfully been removed in VBMS.',
  `contention_updated_at` DATETIME(6) COMMENT 'Timestamp indicating when a contention was successfully updated in VBMS.',
  `contested_decision_issue_id` BIGINT COMMENT 'The ID of the decision issue that this request issue contests. A Request issue will contest either a rating issue or a decision issue',
  `contested_issue_description` VARCHAR(255) COMMENT 'Description of the contested rating or decision issue. Will be either a rating issue''s decision text or a decision issue''s description.',
  `contested_rating_decision_reference_id` VARCHAR(255) COMMENT 'The BGS id for contested rating decisions. These may not have corresponding contested_rating_issue_reference_id values.',
  `contested_rating_issue_diagnostic_code` VARCHAR(255) COMMENT 'If the contested issue is a rating issue, this is the rating issue''s diagnostic code. Will be nil if this request issue contests a decision issue.',
  `contested_rating_issue_profile_date` VARCHAR(255) COMMENT 'If the contested issue is a rating issue, this is the rating issue''s profile date. Will be nil if this request issue contests a decision issue.',
  `contested_rating_issue_reference_id` VARCHAR(255) COMMENT 'If the contested issue is a rating issue, this is the rating issue''s reference id. Will be nil if this request issue contests a decision issue.',
  `corrected_by_request_issue_id` BIGINT COMMENT 'If this request issue has been corrected, the ID of the new correction request issue. This is needed for EP 930.',
  `correction_type` VARCHAR(255) COMMENT 'EP 930 correction type. Allowed values: control, local_quality_error, national_quality_error where ''control'' is a regular correction, ''local_quality_error'' was found after the fact by a local quality review team, and ''national_quality_error'' was similarly found by a national quality review team. This is needed for EP 930.',
  `covid_timeliness_exempt` TINYINT(1) COMMENT 'If a veteran requests a timeliness exemption that is related to COVID-19, this is captured when adding a Request Issue and available for reporting.',
  `created_at` DATETIME(6) COMMENT 'Automatic timestamp when row was created',
  `decision_date` DATE COMMENT 'Either the rating issue''s promulgation date, the decision issue''s approx decision date or the decision date entered by the user (for nonrating and unidentified issues)',
  `decision_date_added_at` DATETIME(6) COMMENT 'Denotes when a decision date was added',
  `decision_review_id` BIGINT COMMENT 'ID of the decision review that this request issue belongs to',
  `decision_review_type` VARCHAR(255) COMMENT 'Class name of the decision review that this request issue belongs to',
  `decision_sync_attempted_at` DATETIME(6) COMMENT 'Async job processing last attempted timestamp',
  `decision_sync_canceled_at` DATETIME(6) COMMENT 'Timestamp when job was abandoned',
  `decision_sync_error` VARCHAR(255) COMMENT 'Async job processing last error message',
  `decision_sync_last_submitted_at` DATETIME(6) COMMENT 'Async job processing most recent start timestamp',
  `decision_sync_processed_at` DATETIME(6) COMMENT 'Async job processing completed timestamp',
  `decision_sync_submitted_at` DATETIME(6) COMMENT 'Async job processing start timestamp',
  `edited_description` VARCHAR(255) COMMENT 'The edited description for the contested issue, optionally entered by the user.',
  `end_product_establishment_id` INT COMMENT 'The ID of the End Product Establishment created for this request issue.',
  `ineligible_due_to_id` BIGINT COMMENT 'If a request issue is ineligible due to another request issue, for example that issue is already being actively reviewed, then the ID of the other request issue is stored here.',
  `ineligible_reason` VARCHAR(255) COMMENT 'The reason for a Request Issue being ineligible. If a Request Issue has an ineligible_reason, it is still captured, but it will not get a contention in VBMS or a decision.',
  `is_predocket_needed` TINYINT(1) COMMENT 'Indicates whether or not an issue has been selected to go to the pre-docket queue opposed to normal docketing.',
  `is_unidentified` TINYINT(1) COMMENT 'Indicates whether a Request Issue is unidentified, meaning it wasn''t found in the list of contestable issues, and is not a new nonrating issue. Contentions for unidentified issues are created on a rating End Product if processed in VBMS but without the issue description, and someone is required to edit it in Caseflow before proceeding with the decision.',
  `mst_status` TINYINT(1) DEFAULT 0 COMMENT 'Indicates if issue is related to Military Sexual Trauma (MST)',
  `mst_status_update_reason_notes` TEXT COMMENT 'The reason for why Request Issue is Military Sexual Trauma (MST)',
  `nonrating_issue_bgs_id` VARCHAR(255) COMMENT 'If the contested issue is a nonrating issue, this is the nonrating issue''s reference id. Will be nil if this request issue contests a decision issue.',
  `nonrating_issue_bgs_source` VARCHAR(255) COMMENT 'Name of Table in Corporate Database where the nonrating issue is stored. This datapoint is correlated with the nonrating_issue_bgs_id.',
  `nonrating_issue_category` VARCHAR(255) COMMENT 'The category selected for nonrating request issues. These vary by business line.',
  `nonrating_issue_description` VARCHAR(255) COMMENT 'The user entered description if the issue is a nonrating issue',
  `notes` TEXT COMMENT 'Notes added by the Claims Assistant when adding request issues. This may be used to capture handwritten notes on the form, or other comments the CA wants to capture.',
  `pact_status` TINYINT(1) DEFAULT 0 COMMENT 'Indicates if issue is related to Promise to Address Comprehensive Toxics (PACT) Act',
  `pact_status_update_reason_notes` TEXT COMMENT 'The reason for why Request Issue is Promise to Address Comprehensive Toxics (PACT) Act',
  `ramp_claim_id` VARCHAR(255) COMMENT 'If a rating issue was created as a result of an issue intaken for a RAMP Review, it will be connected to the former RAMP issue by its End Product''s claim ID.',
  `rating_issue_associated_at` DATETIME(6) COMMENT 'Timestamp when a contention and its contested rating issue are associated in VBMS.',
  `reference_id` VARCHAR(255) COMMENT 'The ID of the decision review issue record internal to C&P.',
  `split_issue_status` VARCHAR(255) COMMENT 'If a request issue is part of a split, on_hold status applies to the original request issues while active are request issues on splitted appeals',
  `type` VARCHAR(255) DEFAULT 'RequestIssue' COMMENT 'Determines whether the issue is a rating issue or a nonrating issue',
  `unidentified_issue_text` VARCHAR(255) COMMENT 'User entered description if the request issue is neither a rating or a nonrating issue',
  `untimely_exemption` TINYINT(1) COMMENT 'If the contested issue''s decision date was more than a year before the receipt date, it is considered untimely (unless it is a Supplemental Claim). However, an exemption to the timeliness can be requested. If so, it is indicated here.',
  `untimely_exemption_notes` TEXT COMMENT 'Notes related to the untimeliness exemption requested.',
  `updated_at` DATETIME(6) COMMENT 'Automatic timestamp whenever the record changes.',
  `vacols_id` VARCHAR(255) COMMENT 'The vacols_id of the legacy appeal that had an issue found to match the request issue.',
  `vacols_sequence_id` INT COMMENT 'The vacols_sequence_id, for the specific issue on the legacy appeal which the Claims Assistant determined to match the request issue on the Decision Review. A combination of the vacols_id (for the legacy appeal), and vacols_sequence_id (for which issue on the legacy appeal), is required to identify the issue being opted-in.',
  `vbms_mst_status` TINYINT(1) DEFAULT 0 COMMENT 'Indicates if issue is related to Military Sexual Trauma (MST) and was imported from VBMS',
  `vbms_pact_status` TINYINT(1) DEFAULT 0 COMMENT 'Indicates if issue is related to Promise to Address Comprehensive Toxics (PACT) Act and was imported from VBMS',
  `verified_unidentified_issue` TINYINT(1) COMMENT 'A verified unidentified issue allows an issue whose rating data is missing to be intaken as a regular rating issue. In order to be marked as verified, a VSR needs to confirm that they were able to find the record of the decision for the issue.',
  `veteran_participant_id` VARCHAR(255) COMMENT 'The veteran participant ID. This should be unique in upstream systems and used in the future to reconcile duplicates.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_request_issues_on_contention_reference_id` (`contention_reference_id`),
  CONSTRAINT `fk_request_issues_contested_decision_issue_id` FOREIGN KEY (`contested_decision_issue_id`) REFERENCES `decision_issues` (`id`),
  CONSTRAINT `fk_request_issues_corrected_by_request_issue_id` FOREIGN KEY (`corrected_by_request_issue_id`) REFERENCES `request_issues` (`id`),
  CONSTRAINT `fk_request_issues_ineligible_due_to_id` FOREIGN KEY (`ineligible_due_to_id`) REFERENCES `request_issues` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Each Request Issue represents the Veteran''s response to a Rating Issue. Request Issues come in three flavors: rating, nonrating, and unidentified. They are attached to a Decision Review and (for those that track contentions) an End Product Establishment. A Request Issue can contest a rating issue, a decision issue, or a nonrating issue without a decision issue.';

CREATE TABLE `sent_hearing_email_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email_address` VARCHAR(255) COMMENT 'Address the email was sent to',
  `email_recipient_id` BIGINT COMMENT 'Associated HearingEmailRecipient',
  `email_type` VARCHAR(255) COMMENT 'The type of email sent: cancellation, confirmation, updated_time_confirmation',
  `external_message_id` VARCHAR(255) COMMENT 'The ID returned by the GovDelivery API when we send an email',
  `hearing_id` BIGINT NOT NULL COMMENT 'Associated hearing',
  `hearing_type` VARCHAR(255) NOT NULL COMMENT '''Hearing'' or ''LegacyHearing''',
  `recipient_role` VARCHAR(255) COMMENT 'The role of the recipient: veteran, representative, judge',
  `send_successful` TINYINT(1) COMMENT 'This column keeps track of whether the email was sent or not',
  `send_successful_checked_at` DATETIME(6) COMMENT 'The date the status was last checked/updated in the GovDelivery API',
  `sent_at` DATETIME(6) NOT NULL COMMENT 'The date and time the email was sent',
  `sent_by_id` BIGINT NOT NULL COMMENT 'User who initiated sending the email',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_sent_hearing_email_events_email_recipient_id` FOREIGN KEY (`email_recipient_id`) REFERENCES `hearing_email_recipients` (`id`),
  CONSTRAINT `fk_sent_hearing_email_events_sent_by_id` FOREIGN KEY (`sent_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Events related to hearings notification emails';

CREATE TABLE `supplemental_claims` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `benefit_type` VARCHAR(255) COMMENT 'The benefit type selected by the Veteran on their form, also known as a Line of Business.',
  `created_at` DATETIME(6),
  `decision_review_remanded_id` BIGINT COMMENT 'If an Appeal or Higher Level Review decision is remanded, including Duty to Assist errors, it automatically generates a new Supplemental Claim.  If this Supplemental Claim was generated, then the ID of the original Decision Review with the remanded decision is stored here.',
  `decision_review_remanded_type` VARCHAR(255) COMMENT 'The type of the Decision Review remanded if applicable, used with decision_review_remanded_id to as a composite key to identify the remanded Decision Review.',
  `establishment_attempted_at` DATETIME(6) COMMENT 'Timestamp for the most recent attempt at establishing a claim.',
  `establishment_canceled_at` DATETIME(6) COMMENT 'Timestamp when job was abandoned',
  `establishment_error` VARCHAR(255) COMMENT 'The error captured for the most recent attempt at establishing a claim if it failed.  This is removed once establishing the claim succeeds.',
  `establishment_last_submitted_at` DATETIME(6) COMMENT 'Timestamp for the latest attempt at establishing the End Products for the Decision Review.',
  `establishment_processed_at` DATETIME(6) COMMENT 'Timestamp for when the End Product Establishments for the Decision Review successfully finished processing.',
  `establishment_submitted_at` DATETIME(6) COMMENT 'Timestamp for when the Supplemental Claim was submitted by a Claims Assistant. This adds the End Product Establishment to a job to finish processing asynchronously.',
  `filed_by_va_gov` TINYINT(1) COMMENT 'Indicates whether or not this form came from VA.gov',
  `legacy_opt_in_approved` TINYINT(1) COMMENT 'Indicates whether a Veteran opted to withdraw their Supplemental Claim request issues from the legacy system if a matching issue is found. If there is a matching legacy issue and it is not withdrawn, then that issue is ineligible to be a new request issue and a contention will not be created for it.',
  `receipt_date` DATE COMMENT 'The date that the Supplemental Claim form was received by central mail. Only issues decided prior to the receipt date will show up as contestable issues.  It is also the claim date for any associated end products that are established. Supplemental Claims do not have the same timeliness restriction on contestable issues as Appeals and Higher Level Reviews.',
  `type` VARCHAR(255) NOT NULL DEFAULT 'SupplementalClaim' COMMENT 'The class name for the single table inheritance type of Supplemental Claim for example Remand',
  `updated_at` DATETIME(6),
  `uuid` CHAR(36) NOT NULL COMMENT 'The universally unique identifier for the Supplemental Claim. Can be used to link to the claim after it is completed.',
  `veteran_file_number` VARCHAR(255) NOT NULL COMMENT 'PII. The file number of the Veteran that the Supplemental Claim is for.',
  `veteran_is_not_claimant` TINYINT(1) COMMENT 'Indicates whether the Veteran is the claimant on the Supplemental Claim form, or if the claimant is someone else like a spouse or a child. Must be TRUE if the Veteran is deceased.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Intake data for Supplemental Claims.';

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `text` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tags_on_text` (`text`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `appeal_id` INT NOT NULL,
  `appeal_type` VARCHAR(255) NOT NULL,
  `assigned_at` DATETIME(6),
  `assigned_by_id` BIGINT,
  `assigned_to_id` INT NOT NULL,
  `assigned_to_type` VARCHAR(255) NOT NULL,
  `cancellation_reason` VARCHAR(255) COMMENT 'Reason for latest cancellation status',
  `cancelled_by_id` BIGINT COMMENT 'ID of user that cancelled the task. Backfilled from versions table. Can be nil if task was cancelled before this column was added or if there is no user logged in when the task is cancelled',
  `closed_at` DATETIME(6),
  `completed_by_id` INT COMMENT 'ID of user that marked task complete',
  `created_at` DATETIME(6) NOT NULL,
  `instructions` JSON,
  `parent_id` BIGINT,
  `placed_on_hold_at` DATETIME(6),
  `started_at` DATETIME(6),
  `status` VARCHAR(255) DEFAULT 'assigned',
  `type` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tasks_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `tasks` (`id`),
  CONSTRAINT `fk_tasks_assigned_by_id` FOREIGN KEY (`assigned_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_tasks_cancelled_by_id` FOREIGN KEY (`cancelled_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_timers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attempted_at` DATETIME(6) COMMENT 'Async timestamp for most recent attempt to run Task#when_timer_ends.',
  `canceled_at` DATETIME(6) COMMENT 'Timestamp when job was abandoned. Associated task is typically cancelled.',
  `created_at` DATETIME(6) NOT NULL COMMENT 'Automatic timestamp for record creation.',
  `error` VARCHAR(255) COMMENT 'Async any error message from most recent failed attempt to run.',
  `last_submitted_at` DATETIME(6) COMMENT 'Async timestamp for most recent job start. Initially set to when timer should expire (Task#timer_ends_at).',
  `processed_at` DATETIME(6) COMMENT 'Async timestamp for when the job completes successfully. Associated task''s method Task#when_timer_ends ran successfully.',
  `submitted_at` DATETIME(6) COMMENT 'Async timestamp for initial job start.',
  `task_id` BIGINT NOT NULL COMMENT 'ID of the associated Task to be run.',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'Automatic timestmap for record update.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_task_timers_task_id` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A task timer allows an associated task''s (like EvidenceSubmissionWindowTask and TimedHoldTask) `when_timer_ends` method to be run asynchronously after timer expires.';

CREATE TABLE `transcriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) COMMENT 'Automatic timestamp of when transcription was created',
  `expected_return_date` DATE COMMENT 'Expected date when transcription would be returned by the transcriber',
  `hearing_id` BIGINT COMMENT 'Hearing ID; use as FK to hearings',
  `problem_notice_sent_date` DATE COMMENT 'Date when notice of problem with recording was sent to appellant',
  `problem_type` VARCHAR(255) COMMENT 'Any problem with hearing recording; could be one of: ''No audio'', ''Poor Audio Quality'', ''Incomplete Hearing'' or ''Other (see notes)''',
  `requested_remedy` VARCHAR(255) COMMENT 'Any remedy requested by the apellant for the recording problem; could be one of: ''Proceed without transcript'', ''Proceed with partial transcript'' or ''New hearing''',
  `sent_to_transcriber_date` DATE COMMENT 'Date when the recording was sent to transcriber',
  `task_number` VARCHAR(255) COMMENT 'Number associated with transcription',
  `transcriber` VARCHAR(255) COMMENT 'Contractor who will transcribe the recording; i.e, ''Genesis Government Solutions, Inc.'', ''Jamison Professional Services'', etc',
  `updated_at` DATETIME(6) COMMENT 'Automatic timestamp of when transcription was updated',
  `uploaded_to_vbms_date` DATE COMMENT 'Date when the hearing transcription was uploaded to VBMS',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_transcriptions_hearing_id` FOREIGN KEY (`hearing_id`) REFERENCES `hearings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unrecognized_party_details` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_line_1` VARCHAR(255) NOT NULL COMMENT 'PII',
  `address_line_2` VARCHAR(255) COMMENT 'PII',
  `address_line_3` VARCHAR(255) COMMENT 'PII',
  `city` VARCHAR(255) NOT NULL,
  `country` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `date_of_birth` DATE COMMENT 'PII',
  `ein` VARCHAR(255) COMMENT 'PII. Employer Identification Number',
  `email_address` VARCHAR(255) COMMENT 'PII',
  `last_name` VARCHAR(255) COMMENT 'PII',
  `middle_name` VARCHAR(255) COMMENT 'PII',
  `name` VARCHAR(255) NOT NULL COMMENT 'PII. Name of organization, or first name or mononym of person',
  `party_type` VARCHAR(255) NOT NULL COMMENT 'The type of this party. Allowed values: individual, organization',
  `phone_number` VARCHAR(255) COMMENT 'PII',
  `ssn` VARCHAR(255) COMMENT 'PII. Social Security Number',
  `state` VARCHAR(255) NOT NULL,
  `suffix` VARCHAR(255) COMMENT 'PII',
  `updated_at` DATETIME(6) NOT NULL,
  `zip` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='For an appellant or POA, name and contact details for an unrecognized person or organization';

CREATE TABLE `unrecognized_appellants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `claimant_id` BIGINT NOT NULL COMMENT 'The OtherClaimant or HealthcareProviderClaimant record associating this appellant to a DecisionReview.',
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NOT NULL COMMENT 'The user that created this version of the unrecognized appellant',
  `current_version_id` BIGINT COMMENT 'The current version for this unrecognized appellant',
  `not_listed_power_of_attorney_id` BIGINT,
  `poa_participant_id` VARCHAR(255) COMMENT 'Identifier of the appellant''s POA, if they have a CorpDB participant_id',
  `relationship` VARCHAR(255) NOT NULL COMMENT 'Relationship to veteran. Allowed values: attorney, child, spouse, other, or healthcare_provider.',
  `unrecognized_party_detail_id` BIGINT COMMENT 'Contact details',
  `unrecognized_power_of_attorney_id` BIGINT COMMENT 'Appellant''s POA, if they aren''t in CorpDB.',
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_unrecognized_appellants_claimant_id` FOREIGN KEY (`claimant_id`) REFERENCES `claimants` (`id`),
  CONSTRAINT `fk_unrecognized_appellants_current_version_id` FOREIGN KEY (`current_version_id`) REFERENCES `unrecognized_appellants` (`id`),
  CONSTRAINT `fk_unrecognized_appellants_unrecognized_party_detail_id` FOREIGN KEY (`unrecognized_party_detail_id`) REFERENCES `unrecognized_party_details` (`id`),
  CONSTRAINT `fk_unrecognized_appellants_unrecognized_power_of_attorney_id` FOREIGN KEY (`unrecognized_power_of_attorney_id`) REFERENCES `unrecognized_party_details` (`id`),
  CONSTRAINT `fk_unrecognized_appellants_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Unrecognized non-veteran appellants';

CREATE TABLE `vbms_communication_packages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `comm_package_name` VARCHAR(255) NOT NULL,
  `copies` BIGINT DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT,
  `document_mailable_via_pacman_id` BIGINT,
  `document_mailable_via_pacman_type` VARCHAR(255),
  `file_number` VARCHAR(255) COMMENT 'number associated with the documents.',
  `status` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` BIGINT,
  `uuid` VARCHAR(255) COMMENT 'UUID of the communication package in Package Manager (Pacman)',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_vbms_communication_packages_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_vbms_communication_packages_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vbms_distribution_destinations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_line_1` VARCHAR(255) COMMENT 'PII. If destination_type is domestic, international, or military then Must not be null.',
  `address_line_2` VARCHAR(255) COMMENT 'PII. If treatLine2AsAddressee is [true] then must not be null',
  `address_line_3` VARCHAR(255) COMMENT 'PII. If treatLine3AsAddressee is [true] then must not be null',
  `address_line_4` VARCHAR(255) COMMENT 'PII.',
  `address_line_5` VARCHAR(255) COMMENT 'PII.',
  `address_line_6` VARCHAR(255) COMMENT 'PII.',
  `city` VARCHAR(255) COMMENT 'PII. If type is [domestic, international, military] then Must not be null',
  `country_code` VARCHAR(255) COMMENT 'Must be exactly two-letter ISO 3166 code.',
  `country_name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT,
  `destination_type` VARCHAR(255) NOT NULL COMMENT 'Must be ''domesticAddress'', ''internationalAddress'', ''militaryAddress'', ''derived'', ''email'', or ''sms''. Cannot be ''physicalAddress''.',
  `postal_code` VARCHAR(255),
  `state` VARCHAR(255) COMMENT 'PII. Must be exactly two-letter ISO 3166-2 code. If destination_type is domestic or military then Must not be null',
  `treat_line_2_as_addressee` TINYINT(1),
  `treat_line_3_as_addressee` TINYINT(1) COMMENT 'If true, treatLine2AsAddressee must also be true',
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` BIGINT,
  `vbms_distribution_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_vbms_distribution_destinations_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_vbms_distribution_destinations_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6),
  `event` VARCHAR(255) NOT NULL,
  `item_id` INT NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `object` TEXT,
  `object_changes` TEXT,
  `request_id` CHAR(36) COMMENT 'The unique id of the request that caused this change',
  `whodunnit` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `virtual_hearings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `alias` VARCHAR(255) COMMENT 'Alias for conference in Pexip',
  `alias_with_host` VARCHAR(255) COMMENT 'Alias for conference in pexip with client_host',
  `appellant_email` VARCHAR(255) COMMENT 'Appellant''s email address',
  `appellant_email_sent` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Determines whether or not a notification email was sent to the appellant',
  `appellant_reminder_sent_at` DATETIME(6) COMMENT 'The datetime the last reminder email was sent to the appellant.',
  `appellant_tz` VARCHAR(50) COMMENT 'Stores appellant timezone',
  `co_host_hearing_link` VARCHAR(255),
  `conference_deleted` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether or not the conference was deleted from Pexip',
  `conference_id` VARCHAR(255) COMMENT 'ID of conference from Pexip',
  `created_at` DATETIME(6) NOT NULL COMMENT 'Automatic timestamp of when virtual hearing was created',
  `created_by_id` BIGINT NOT NULL COMMENT 'User who created the virtual hearing',
  `guest_hearing_link` VARCHAR(255) COMMENT 'Link used by appellants and/or representatives to join virtual hearing conference',
  `guest_pin` INT COMMENT 'PIN number for guests of Pexip conference',
  `guest_pin_long` VARCHAR(11) COMMENT 'Change the guest pin to store a longer pin with the # sign trailing',
  `hearing_id` BIGINT COMMENT 'Associated hearing',
  `hearing_type` VARCHAR(255) COMMENT '''Hearing'' or ''LegacyHearing''',
  `host_hearing_link` VARCHAR(255) COMMENT 'Link used by judges to join virtual hearing conference',
  `host_pin` INT COMMENT 'PIN number for host of Pexip conference',
  `host_pin_long` VARCHAR(8) COMMENT 'Change the host pin to store a longer pin with the # sign trailing',
  `judge_email` VARCHAR(255) COMMENT 'Judge''s email address',
  `judge_email_sent` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether or not a notification email was sent to the judge',
  `representative_email` VARCHAR(255) COMMENT 'Veteran''s representative''s email address',
  `representative_email_sent` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether or not a notification email was sent to the veteran''s representative',
  `representative_reminder_sent_at` DATETIME(6) COMMENT 'The datetime the last reminder email was sent to the representative.',
  `representative_tz` VARCHAR(50) COMMENT 'Stores representative timezone',
  `request_cancelled` TINYINT(1) DEFAULT 0 COMMENT 'Determines whether the user has cancelled the virtual hearing request',
  `updated_at` DATETIME(6) NOT NULL COMMENT 'Automatic timestamp of when virtual hearing was updated',
  `updated_by_id` BIGINT COMMENT 'The ID of the user who most recently updated the virtual hearing',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_virtual_hearings_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_virtual_hearings_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vso_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ihp_dockets` JSON,
  `organization_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_vso_configs_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

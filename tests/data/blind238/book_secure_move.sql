-- Book a secure move API (ministryofjustice/hmpps-book-secure-move-api, HMPPS Person Escort and Custody Services),
-- db/schema.rb (ActiveRecord::Schema[8.0], version 2026_02_11_103730) at commit 980decfcbe5056875989b99119d4682df1c519e0, MIT.
-- schema.rb written as PostgreSQL DDL (string -> varchar, datetime -> timestamp, array: true -> [], Rails default ids:
-- uuid / string / bigserial as declared; add_foreign_key column defaults to <singular table>_id), loaded in PostgreSQL 15,
-- then written as MySQL DDL from the catalog: uuid as CHAR(36), citext and unbounded varchar as VARCHAR(255), jsonb/json and
-- arrays as JSON, float as DOUBLE. Column names, order and nullability as upstream; primary, unique and foreign keys kept;
-- plain indexes left out. All 46 tables kept.

CREATE TABLE `access_logs` (
  `id` CHAR(36) NOT NULL,
  `request_id` CHAR(36),
  `idempotency_key` CHAR(36),
  `timestamp` DATETIME,
  `whodunnit` VARCHAR(255),
  `client` VARCHAR(255),
  `verb` VARCHAR(255),
  `code` VARCHAR(255),
  `controller_name` VARCHAR(255),
  `path` VARCHAR(255),
  `params` VARCHAR(255),
  `body` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255),
  `metadata` TEXT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `service_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `blob_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` CHAR(36) NOT NULL,
  `blob_id` CHAR(36) NOT NULL,
  `variation_digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `allocation_complex_cases` (
  `id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `move_supported` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_categories_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `location_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `nomis_agency_id` VARCHAR(255),
  `key` VARCHAR(255) NOT NULL,
  `disabled_at` DATETIME,
  `can_upload_documents` TINYINT(1) NOT NULL DEFAULT 0,
  `category_id` CHAR(36),
  `young_offender_institution` TINYINT(1) DEFAULT 0,
  `premise` VARCHAR(255),
  `locality` VARCHAR(255),
  `city` VARCHAR(255),
  `country` VARCHAR(255),
  `postcode` VARCHAR(255),
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `extradition_capable` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `allocations` (
  `id` CHAR(36) NOT NULL,
  `from_location_id` CHAR(36) NOT NULL,
  `to_location_id` CHAR(36) NOT NULL,
  `date` DATE NOT NULL,
  `prisoner_category` VARCHAR(255),
  `sentence_length` VARCHAR(255),
  `complex_cases` JSON,
  `moves_count` INT NOT NULL,
  `complete_in_full` TINYINT(1) NOT NULL DEFAULT 0,
  `other_criteria` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `cancellation_reason` VARCHAR(255),
  `cancellation_reason_comment` TEXT,
  `requested_by` VARCHAR(255),
  `estate` VARCHAR(255),
  `sentence_length_comment` TEXT,
  `estate_comment` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`from_location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`to_location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessment_questions` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `disabled_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suppliers` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moves` (
  `id` CHAR(36) NOT NULL,
  `date` DATE,
  `from_location_id` CHAR(36) NOT NULL,
  `to_location_id` CHAR(36),
  `status` VARCHAR(255) NOT NULL DEFAULT 'requested',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `reference` VARCHAR(255) NOT NULL,
  `move_type` VARCHAR(255),
  `additional_information` VARCHAR(255),
  `nomis_event_id` INT,
  `time_due` DATETIME,
  `cancellation_reason` VARCHAR(255),
  `cancellation_reason_comment` TEXT,
  `profile_id` CHAR(36),
  `prison_transfer_reason_id` CHAR(36),
  `reason_comment` TEXT,
  `move_agreed` TINYINT(1),
  `move_agreed_by` VARCHAR(255),
  `date_from` DATE,
  `date_to` DATE,
  `allocation_id` CHAR(36),
  `rejection_reason` VARCHAR(255),
  `original_move_id` CHAR(36),
  `supplier_id` CHAR(36),
  `is_lockout` TINYINT(1) DEFAULT 0,
  `recall_date` DATE,
  `date_changed_reason` VARCHAR(255),
  `section_forty_six` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_moves_on_reference` (`reference`),
  FOREIGN KEY (`allocation_id`) REFERENCES `allocations` (`id`),
  FOREIGN KEY (`from_location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`to_location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`original_move_id`) REFERENCES `moves` (`id`),
  FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `court_hearings` (
  `id` CHAR(36) NOT NULL,
  `move_id` CHAR(36),
  `start_time` DATETIME NOT NULL,
  `case_start_date` DATE,
  `case_type` VARCHAR(255),
  `comments` TEXT,
  `case_number` VARCHAR(255),
  `nomis_case_id` INT,
  `nomis_hearing_id` INT,
  `saved_to_nomis` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`move_id`) REFERENCES `moves` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` CHAR(36) NOT NULL,
  `move_id` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `discarded_at` DATETIME,
  `documentable_type` VARCHAR(255),
  `documentable_id` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`move_id`) REFERENCES `moves` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ethnicities` (
  `id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `nomis_code` VARCHAR(255),
  `disabled_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extradition_flights` (
  `id` CHAR(36) NOT NULL,
  `flight_number` VARCHAR(255) NOT NULL,
  `flight_time` VARCHAR(255) NOT NULL,
  `move_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`move_id`) REFERENCES `moves` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frameworks` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `version` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_frameworks_on_name_and_version` (`name`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `framework_questions` (
  `id` CHAR(36) NOT NULL,
  `framework_id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `section` VARCHAR(255) NOT NULL,
  `required` TINYINT(1) NOT NULL DEFAULT 0,
  `question_type` VARCHAR(255) NOT NULL,
  `options` JSON,
  `dependent_value` VARCHAR(255),
  `followup_comment` TINYINT(1) NOT NULL DEFAULT 0,
  `followup_comment_options` JSON,
  `parent_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `prefill` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `framework_flags` (
  `id` CHAR(36) NOT NULL,
  `framework_question_id` CHAR(36) NOT NULL,
  `flag_type` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `question_value` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`framework_question_id`) REFERENCES `framework_questions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `framework_flags_responses` (
  `framework_response_id` CHAR(36) NOT NULL,
  `framework_flag_id` CHAR(36) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `framework_nomis_codes` (
  `id` CHAR(36) NOT NULL,
  `code_type` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255),
  `fallback` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `framework_nomis_codes_questions` (
  `framework_question_id` CHAR(36),
  `framework_nomis_code_id` CHAR(36)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `framework_nomis_mappings` (
  `id` CHAR(36) NOT NULL,
  `raw_nomis_mapping` JSON NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `code_type` VARCHAR(255) NOT NULL,
  `code_description` TEXT,
  `comments` TEXT,
  `start_date` DATE,
  `end_date` DATE,
  `creation_date` DATE,
  `expiry_date` DATE,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `approval_date` DATE,
  `next_review_date` DATE,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `framework_nomis_mappings_responses` (
  `id` CHAR(36) NOT NULL,
  `framework_response_id` CHAR(36),
  `framework_nomis_mapping_id` CHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `framework_responses` (
  `id` CHAR(36) NOT NULL,
  `framework_question_id` CHAR(36) NOT NULL,
  `value_text` TEXT,
  `value_json` JSON,
  `type` VARCHAR(255) NOT NULL,
  `parent_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `responded` TINYINT(1) NOT NULL DEFAULT 0,
  `prefilled` TINYINT(1) NOT NULL DEFAULT 0,
  `assessmentable_id` CHAR(36),
  `assessmentable_type` VARCHAR(255),
  `value_type` VARCHAR(255) NOT NULL,
  `section` VARCHAR(255) NOT NULL,
  `responded_by` VARCHAR(255),
  `responded_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`framework_question_id`) REFERENCES `framework_questions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `genders` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `nomis_code` VARCHAR(255),
  `disabled_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `generic_events` (
  `id` CHAR(36) NOT NULL,
  `eventable_id` CHAR(36) NOT NULL,
  `eventable_type` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `notes` TEXT,
  `created_by` VARCHAR(255),
  `details` JSON,
  `occurred_at` DATETIME NOT NULL,
  `recorded_at` DATETIME NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `supplier_id` CHAR(36),
  `classification` VARCHAR(255) DEFAULT 'default',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identifier_types` (
  `id` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `disabled_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journeys` (
  `id` CHAR(36) NOT NULL,
  `move_id` CHAR(36) NOT NULL,
  `supplier_id` CHAR(36) NOT NULL,
  `from_location_id` CHAR(36) NOT NULL,
  `to_location_id` CHAR(36) NOT NULL,
  `billable` TINYINT(1) NOT NULL DEFAULT 0,
  `state` VARCHAR(255) NOT NULL,
  `vehicle` JSON,
  `client_timestamp` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `date` DATE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`from_location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`to_location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`move_id`) REFERENCES `moves` (`id`),
  FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regions` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations_regions` (
  `location_id` CHAR(36) NOT NULL,
  `region_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  UNIQUE KEY `index_locations_regions_on_location_id_and_region_id` (`location_id`, `region_id`),
  UNIQUE KEY `index_locations_regions_on_region_id_and_location_id` (`region_id`, `location_id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lodgings` (
  `id` CHAR(36) NOT NULL,
  `move_id` CHAR(36) NOT NULL,
  `location_id` CHAR(36) NOT NULL,
  `start_date` VARCHAR(255),
  `end_date` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'proposed',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`move_id`) REFERENCES `moves` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nomis_alerts` (
  `id` CHAR(36) NOT NULL,
  `type_code` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `type_description` VARCHAR(255) NOT NULL,
  `assessment_question_id` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_types` (
  `id` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` CHAR(36) NOT NULL,
  `supplier_id` CHAR(36) NOT NULL,
  `callback_url` VARCHAR(255),
  `encrypted_secret` VARCHAR(255),
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `discarded_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `email_address` VARCHAR(255),
  `encrypted_username` VARCHAR(255),
  `encrypted_password` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL,
  `subscription_id` CHAR(36) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `topic_id` CHAR(36) NOT NULL,
  `topic_type` VARCHAR(255) NOT NULL,
  `delivery_attempts` INT NOT NULL DEFAULT 0,
  `delivery_attempted_at` DATETIME,
  `delivered_at` DATETIME,
  `discarded_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `response_id` CHAR(36),
  `notification_type_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`notification_type_id`) REFERENCES `notification_types` (`id`),
  FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `owner_id` CHAR(36),
  `owner_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_grants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` BIGINT NOT NULL,
  `application_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires_in` INT NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `revoked_at` DATETIME,
  `scopes` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` BIGINT,
  `application_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255),
  `expires_in` INT,
  `revoked_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `scopes` VARCHAR(255),
  `previous_refresh_token` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `nomis_prison_number` VARCHAR(255),
  `prison_number` VARCHAR(255),
  `criminal_records_office` VARCHAR(255),
  `police_national_computer` VARCHAR(255),
  `canonical_pnc` VARCHAR(255),
  `first_names` VARCHAR(255),
  `last_name` VARCHAR(255),
  `date_of_birth` DATE,
  `gender_additional_information` VARCHAR(255),
  `ethnicity_id` CHAR(36),
  `gender_id` CHAR(36),
  `last_synced_with_nomis` DATETIME,
  `latest_nomis_booking_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles` (
  `id` CHAR(36) NOT NULL,
  `person_id` CHAR(36) NOT NULL,
  `last_name` VARCHAR(255),
  `first_names` VARCHAR(255),
  `date_of_birth` DATE,
  `aliases` JSON,
  `gender_id` CHAR(36),
  `ethnicity_id` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `assessment_answers` JSON,
  `profile_identifiers` JSON,
  `gender_additional_information` VARCHAR(255),
  `latest_nomis_booking_id` INT,
  `category` VARCHAR(255),
  `category_code` VARCHAR(255),
  `category_id` CHAR(36),
  `requires_youth_risk_assessment` TINYINT(1),
  `csra` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `people` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_escort_records` (
  `id` CHAR(36) NOT NULL,
  `framework_id` CHAR(36) NOT NULL,
  `profile_id` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `confirmed_at` DATETIME,
  `move_id` CHAR(36),
  `nomis_sync_status` JSON NOT NULL,
  `prefill_source_id` CHAR(36),
  `completed_at` DATETIME,
  `section_progress` JSON NOT NULL,
  `amended_at` DATETIME,
  `handover_details` JSON NOT NULL,
  `handover_occurred_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_person_escort_records_on_profile_id` (`profile_id`),
  FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  FOREIGN KEY (`move_id`) REFERENCES `moves` (`id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `populations` (
  `id` CHAR(36) NOT NULL,
  `location_id` CHAR(36) NOT NULL,
  `date` DATE NOT NULL,
  `operational_capacity` INT NOT NULL,
  `usable_capacity` INT NOT NULL,
  `unlock` INT NOT NULL,
  `bedwatch` INT NOT NULL,
  `overnights_in` INT NOT NULL,
  `overnights_out` INT NOT NULL,
  `out_of_area_courts` INT NOT NULL,
  `discharges` INT NOT NULL,
  `updated_by` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_on_population_uniqueness` (`location_id`, `date`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prison_transfer_reasons` (
  `id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `disabled_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supplier_locations` (
  `id` CHAR(36) NOT NULL,
  `supplier_id` CHAR(36) NOT NULL,
  `location_id` CHAR(36) NOT NULL,
  `effective_from` DATE,
  `effective_to` DATE,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` CHAR(36) NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `whodunnit` VARCHAR(255),
  `object` TEXT,
  `created_at` DATETIME,
  `supplier_id` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `youth_risk_assessments` (
  `id` CHAR(36) NOT NULL,
  `framework_id` CHAR(36) NOT NULL,
  `profile_id` CHAR(36) NOT NULL,
  `move_id` CHAR(36) NOT NULL,
  `prefill_source_id` CHAR(36),
  `status` VARCHAR(255) NOT NULL,
  `nomis_sync_status` JSON NOT NULL,
  `confirmed_at` DATETIME,
  `completed_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `section_progress` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_youth_risk_assessments_on_profile_id` (`profile_id`),
  FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  FOREIGN KEY (`move_id`) REFERENCES `moves` (`id`),
  FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `api_user` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `login_email` TEXT NOT NULL COMMENT 'The e-mail of the logged-in user, assuming that is our unique ID for users.',
  `last_seen` DATETIME NULL COMMENT 'The last time this user connected to the API.',
  `first_name` TEXT NULL COMMENT 'The user''s given name, if any (to be derived from authentication claims).',
  `middle_name` TEXT NULL COMMENT 'The user''s middle name, if any (to be derived from authentication claims).',
  `last_name` TEXT NOT NULL COMMENT 'The user''s family name or only name (to be derived from authentication claims).',
  `suffix` TEXT NULL COMMENT 'The generational or positional designation appended to the user''s name.',
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  PRIMARY KEY (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Any user who authenticates to the API to take actions using it.';

CREATE TABLE `device_type` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `name` TEXT NOT NULL COMMENT 'The name of the device, as displayed in isolation',
  `manufacturer` TEXT NULL COMMENT 'The manufacturer of the device.',
  `model` TEXT NULL COMMENT 'The device model name.',
  `test_length` INT NOT NULL COMMENT 'The length (in minutes) that the test will take.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Testing devices that may be present.';

CREATE TABLE `provider` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `first_name` TEXT NULL COMMENT 'The provider''s given name, if any.',
  `middle_name` TEXT NULL COMMENT 'The provider''s middle name, if any.',
  `last_name` TEXT NOT NULL COMMENT 'The provider''s family name or only name.',
  `suffix` TEXT NULL COMMENT 'generational or positional designations appended to the provider''s name',
  `provider_id` TEXT NOT NULL COMMENT 'The external ID (NPI) for this provider.',
  `street` JSON NULL COMMENT 'The street portion of the person''s address.',
  `city` TEXT NULL COMMENT 'The city of the provider''s address.',
  `county` TEXT NULL COMMENT 'The county (NOT THE COUNTRY) of the provider''s address, if applicable.',
  `state` TEXT NULL COMMENT 'The state or province of the provider''s address.',
  `postal_code` TEXT NULL COMMENT 'The zip/postal code of the provider''s address.',
  `telephone` TEXT NULL COMMENT 'The provider''s contact phone number.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A provider who can (we hope) write test orders.';

CREATE TABLE `organization` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `organization_external_id` TEXT NOT NULL COMMENT 'The external ID of the organization, for authorization purposes.',
  `organization_name` TEXT NOT NULL COMMENT 'The human-readable name for this facility.',
  `identity_verified` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'Whether this organization''s identity has been verified.',
  `organization_type` TEXT NULL COMMENT 'The type of organization',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A site where testing occurs, and also the main user grouping entity.';

CREATE TABLE `facility_device_type` (
  `device_type_id` CHAR(36) NOT NULL,
  `facility_id` CHAR(36) NOT NULL,
  FOREIGN KEY (`device_type_id`) REFERENCES `device_type` (`internal_id`),
  FOREIGN KEY (`facility_id`) REFERENCES `facility` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Many-to-many table for device configuration at a facility.';

CREATE TABLE `person` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `organization_id` CHAR(36) NOT NULL COMMENT 'Foreign key to the facility/organization responsible for entering this person''s information.',
  `first_name` TEXT NULL COMMENT 'The person''s given name, if any.',
  `middle_name` TEXT NULL COMMENT 'The person''s middle name, if any.',
  `last_name` TEXT NOT NULL COMMENT 'The person''s family name or only name.',
  `suffix` TEXT NULL COMMENT 'The generational or positional designations appended to the person''s name.',
  `race` JSON NULL COMMENT 'grouping of humans based on shared physical or social qualities',
  `gender` TEXT NULL COMMENT 'biological sex',
  `ethnicity` TEXT NULL COMMENT 'ethnic group',
  `lookup_id` TEXT NULL COMMENT 'user entered. hopefully unique. patient identifier used for patient search',
  `birth_date` DATE NULL COMMENT 'The person''s date of birth.',
  `street` JSON NULL COMMENT 'The street portion of the person''s address.',
  `city` TEXT NULL COMMENT 'The city of the person''s address.',
  `county` TEXT NULL COMMENT 'The county (NOT THE COUNTRY) of the person''s address, if applicable.',
  `state` TEXT NULL COMMENT 'The state or province of the person''s address.',
  `postal_code` TEXT NULL COMMENT 'The zip/postal code of the person''s address.',
  `email` TEXT NULL COMMENT 'The person''s contact email.',
  `employed_in_healthcare` TINYINT(1) NULL COMMENT 'Is the person employed in healthcare?',
  `role` TEXT NULL COMMENT 'The person''s role at the facility where they are tested (e.g. "staff", "visitor", "resident").',
  `resident_congregate_setting` TINYINT(1) NULL COMMENT 'Does the person live in a congregate setting?',
  `facility_id` CHAR(36) NULL COMMENT 'The facility where this person is expected to be tested (null if they will be tested at multiple sites)',
  `tribal_affiliation` JSON NULL COMMENT 'JSON list of strings (but actually numeric value mappings to PRIME Data Hub''s Tribal Affiliation valueset)',
  `primary_phone_internal_id` CHAR(36) NULL COMMENT 'The identifier of the primary phone number for this patient',
  `preferred_language` TEXT NULL,
  `test_result_delivery_preference` ENUM('SMS','NONE','EMAIL','ALL') NULL COMMENT 'Tracks the individual''s preference for receiving test results',
  `country` TEXT NULL DEFAULT 'USA' COMMENT 'The country of a person''s address (ISO Alpha-3 code)',
  `emails` JSON NULL COMMENT 'All patient email addresses',
  `gender_identity` TEXT NULL COMMENT 'represents the persons gender identity',
  `notes` TEXT NULL,
  `pii_deleted` TINYINT(1) NULL DEFAULT 0 COMMENT 'Flag for deleting PII',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organization` (`internal_id`),
  FOREIGN KEY (`facility_id`) REFERENCES `facility` (`internal_id`),
  FOREIGN KEY (`primary_phone_internal_id`) REFERENCES `phone_number` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The personal information we store about users and patients';

CREATE TABLE `patient_answers` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `ask_on_entry` JSON NULL COMMENT 'The questions asked at order entry or at test time.',
  `pii_deleted` TINYINT(1) NULL DEFAULT 0 COMMENT 'Flag for deleting PII',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_event` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `patient_id` CHAR(36) NOT NULL COMMENT 'The person who is being given the test.',
  `organization_id` CHAR(36) NOT NULL COMMENT 'Foreign key to the facility/organization responsible for entering this person''s information.',
  `device_type_id` CHAR(36) NULL COMMENT 'The device used to record the test result.',
  `patient_data` JSON NULL COMMENT 'The patient''s demographics and address at the time the test was administered.',
  `provider_data` JSON NULL COMMENT 'The name and contact of the provider who ordered the test.',
  `facility_id` CHAR(36) NOT NULL COMMENT 'The facility where this test took place.',
  `survey_data` JSON NULL COMMENT 'The patient''s demographics and address at the time the test was administered.',
  `date_tested_backdate` DATETIME NULL COMMENT 'Timestamp to store a user correction to when the test was ordered. Copied from TestOrder. Null if not backdated.',
  `test_order_id` CHAR(36) NOT NULL COMMENT 'Reference to original test_order internal_id.',
  `correction_status` ENUM('ORIGINAL','CORRECTED','REMOVED') NOT NULL DEFAULT 'ORIGINAL' COMMENT 'Enumeration of type of correction.',
  `prior_corrected_test_event_id` CHAR(36) NULL COMMENT 'If this is a correction, this is the id the prior test_event being corrected.',
  `reason_for_correction` TEXT NULL COMMENT 'User supplied comment when a correction happens.',
  `patient_has_prior_tests` TINYINT(1) NULL COMMENT 'patient_has_prior_tests will track whether a patient has prior test events',
  `specimen_type_id` CHAR(36) NULL COMMENT 'The specimen type for this test event.',
  `pii_deleted` TINYINT(1) NULL DEFAULT 0 COMMENT 'Flag for deleting PII',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`patient_id`) REFERENCES `person` (`internal_id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organization` (`internal_id`),
  FOREIGN KEY (`device_type_id`) REFERENCES `device_type` (`internal_id`),
  FOREIGN KEY (`facility_id`) REFERENCES `facility` (`internal_id`),
  FOREIGN KEY (`test_order_id`) REFERENCES `test_order` (`internal_id`),
  FOREIGN KEY (`prior_corrected_test_event_id`) REFERENCES `test_event` (`internal_id`),
  FOREIGN KEY (`specimen_type_id`) REFERENCES `specimen_type` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_order` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `patient_id` CHAR(36) NOT NULL COMMENT 'The person who is being given the test.',
  `organization_id` CHAR(36) NOT NULL COMMENT 'Foreign key to the facility/organization responsible for entering this person''s information.',
  `patient_answers_id` CHAR(36) NULL COMMENT 'The questions asked at order entry or at test time.',
  `device_type_id` CHAR(36) NULL COMMENT 'The device used to record the test result',
  `date_tested` DATE NULL COMMENT 'the date the test result was submitted',
  `order_status` ENUM('PENDING','COMPLETED','CANCELED') NOT NULL COMMENT 'The status of the order. "Pending" orders are the test queue; "COMPLETED" orders have results.',
  `test_event_id` CHAR(36) NULL COMMENT 'Data saved at the time the test is marked completed.',
  `facility_id` CHAR(36) NOT NULL COMMENT 'The facility where this test was ordered.',
  `date_tested_backdate` DATETIME NULL COMMENT 'timestamp to store a user correction to when the test was ordered',
  `correction_status` ENUM('ORIGINAL','CORRECTED','REMOVED') NOT NULL DEFAULT 'ORIGINAL' COMMENT 'Enumeration of type of correction. This column is used for non-delete corrections.',
  `reason_for_correction` TEXT NULL COMMENT 'User supplied comment when a correction happens.',
  `specimen_type_id` CHAR(36) NULL COMMENT 'The specimen type for this test order.',
  `timer_started_at` TEXT NULL,
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`patient_id`) REFERENCES `person` (`internal_id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organization` (`internal_id`),
  FOREIGN KEY (`patient_answers_id`) REFERENCES `patient_answers` (`internal_id`),
  FOREIGN KEY (`device_type_id`) REFERENCES `device_type` (`internal_id`),
  FOREIGN KEY (`test_event_id`) REFERENCES `test_event` (`internal_id`),
  FOREIGN KEY (`facility_id`) REFERENCES `facility` (`internal_id`),
  FOREIGN KEY (`specimen_type_id`) REFERENCES `specimen_type` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Test orders, whether pending, completed or canceled.';

CREATE TABLE `facility` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `organization_id` CHAR(36) NOT NULL COMMENT 'Foreign key to the organization that this facility belongs to.',
  `facility_name` TEXT NOT NULL COMMENT 'The human-readable name for this facility.',
  `clia_number` TEXT NULL COMMENT 'The CLIA number for the facility that is ordering (and presumably also conducting) the tests.',
  `default_device_type_id` CHAR(36) NULL COMMENT 'The default device type (if any) for tests at this facility.',
  `street` JSON NULL COMMENT 'The street portion of the facility address.',
  `city` TEXT NULL COMMENT 'The city of the facility address.',
  `county` TEXT NULL COMMENT 'The county (NOT THE COUNTRY) of the facility address, if applicable.',
  `state` TEXT NULL COMMENT 'The state or province of the facility address.',
  `postal_code` TEXT NULL COMMENT 'The zip/postal code of the facility address.',
  `telephone` TEXT NULL COMMENT 'The facility''s contact phone number.',
  `email` TEXT NULL COMMENT 'The facility''s contact email address.',
  `default_specimen_type_id` CHAR(36) NULL COMMENT 'The default specimen type (if any) for tests at this facility.',
  `default_ordering_provider_id` CHAR(36) NULL COMMENT 'The default ordering provider for tests at this facility.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organization` (`internal_id`),
  FOREIGN KEY (`default_device_type_id`) REFERENCES `device_type` (`internal_id`),
  FOREIGN KEY (`default_specimen_type_id`) REFERENCES `specimen_type` (`internal_id`),
  FOREIGN KEY (`default_ordering_provider_id`) REFERENCES `provider` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A site where testing occurs (may be called "site" in user-facing language).';

CREATE TABLE `patient_link` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `test_order_id` CHAR(36) NOT NULL COMMENT 'The test order this link was generated for',
  `expires_at` DATETIME NULL COMMENT 'The timestamp for the most recent refresh of this entity.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`test_order_id`) REFERENCES `test_order` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Time-sensitive UUIDs granting patients access to answer time of test questions';

CREATE TABLE `specimen_type` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `name` TEXT NOT NULL COMMENT 'The name of this specimen type.',
  `type_code` TEXT NOT NULL COMMENT 'The SNOMED type code for this specimen type.',
  `collection_location_name` TEXT NULL COMMENT 'The collection location of this specimen type.',
  `collection_location_code` TEXT NULL COMMENT 'The SNOMED code for the collection location of this specimen type.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A type of specimen collection from a patient.';

CREATE TABLE `device_specimen_type` (
  `device_type_id` CHAR(36) NOT NULL COMMENT 'The device type for this combination.',
  `specimen_type_id` CHAR(36) NOT NULL COMMENT 'The specimen type for this combination.',
  FOREIGN KEY (`device_type_id`) REFERENCES `device_type` (`internal_id`),
  FOREIGN KEY (`specimen_type_id`) REFERENCES `specimen_type` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A usable combination of device type and specimen type.';

CREATE TABLE `time_of_consent` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `patient_link_id` CHAR(36) NOT NULL COMMENT 'The patient link that was consented to',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`patient_link_id`) REFERENCES `patient_link` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='This table stores the time at which patients accept the terms of consent for patient links';

CREATE TABLE `patient_link_failed_attempt` (
  `patient_link_internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity, and a foreign key to patient_link',
  `failed_attempts` TINYINT NOT NULL,
  PRIMARY KEY (`patient_link_internal_id`),
  FOREIGN KEY (`patient_link_internal_id`) REFERENCES `patient_link` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A non-audited join table to patient_link that tracks the number of failed attempts to authenticate';

CREATE TABLE `patient_registration_link` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `patient_registration_link` TEXT NOT NULL COMMENT 'The unique link',
  `facility_id` CHAR(36) NULL COMMENT 'The facility associated with the link',
  `organization_id` CHAR(36) NULL COMMENT 'The organization associated with the link',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`facility_id`) REFERENCES `facility` (`internal_id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organization` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='This table stores unique registration links associated with a facility or organization.';

CREATE TABLE `spring_session` (
  `primary_id` CHAR(36) NOT NULL COMMENT 'The immutable internal key to identify this session.',
  `session_id` CHAR(36) NOT NULL COMMENT 'A unique, externally visible string that identifies this session.',
  `creation_time` DATETIME NOT NULL COMMENT 'The creation timestamp for the session id.',
  `last_access_time` DATETIME NOT NULL COMMENT 'The last time the session id was used.',
  `max_inactive_interval` INT NOT NULL COMMENT 'The maximum inactive interval time before a session times out and is invalidated.',
  `expiry_time` DATETIME NOT NULL COMMENT 'The time this session will expire (last_access_time + max_inactive_interval.)',
  `principal_name` TEXT NULL COMMENT 'The name or UUID of the user for this session.',
  PRIMARY KEY (`primary_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Data store for user sessions, as created by SpringSession.';

CREATE TABLE `spring_session_attributes` (
  `session_primary_id` CHAR(36) NOT NULL COMMENT 'The immutable internal key to identify this session.',
  `attribute_name` VARCHAR(255) NOT NULL COMMENT 'The unique name of this attribute.',
  `attribute_bytes` LONGBLOB NOT NULL COMMENT 'The stored value of the attribute.',
  PRIMARY KEY (`session_primary_id`, `attribute_name`),
  FOREIGN KEY (`session_primary_id`) REFERENCES `spring_session` (`primary_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Attribute store for user sessions.';

CREATE TABLE `phone_number` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity',
  `person_internal_id` CHAR(36) NOT NULL COMMENT 'A foreign key to a person',
  `type` ENUM('MOBILE','LANDLINE') NULL COMMENT 'Enumeration of phone type, or null',
  `number` TEXT NULL COMMENT 'A person''s contact telephone number',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `pii_deleted` TINYINT(1) NULL DEFAULT 0 COMMENT 'Flag for deleting PII',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`person_internal_id`) REFERENCES `person` (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A join table to Person that stores phone numbers with phone type';

CREATE TABLE `tenant_data_access` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `api_user_internal_id` CHAR(36) NOT NULL COMMENT 'A foreign key to a site admin api user who will access tenant data',
  `organization_internal_id` CHAR(36) NOT NULL COMMENT 'A foreign key to an organization will be accessed',
  `permissions_data` JSON NOT NULL COMMENT 'For now, contains the authorities to be used to access tenant datat as strings',
  `justification` TEXT NOT NULL COMMENT 'The reason tenant data access was used',
  `expires_at` DATETIME NOT NULL COMMENT 'Time that user''s access to this organization''s data will expire if not canceled before',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`api_user_internal_id`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`organization_internal_id`) REFERENCES `organization` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Access requests for site admins who access tenant data';

CREATE TABLE `text_message_sent` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity',
  `patient_link_internal_id` CHAR(36) NOT NULL COMMENT 'A foreign key to a patient link',
  `twilio_message_id` TEXT NOT NULL COMMENT 'The Twilio text message ID',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`patient_link_internal_id`) REFERENCES `patient_link` (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A table to store the Patient Link and Twilio text message id';

CREATE TABLE `text_message_status` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity',
  `text_message_sent_internal_id` CHAR(36) NOT NULL COMMENT 'A foreign key to a text message sent',
  `status` TEXT NOT NULL COMMENT 'The status of the text message as reported by Twilio',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`text_message_sent_internal_id`) REFERENCES `text_message_sent` (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A table to store the various statuses of each text message';

CREATE TABLE `organization_queue` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `organization_name` TEXT NOT NULL COMMENT 'Organization name (cleaned)',
  `organization_external_id` TEXT NOT NULL COMMENT 'Organization external id (cleaned)',
  `request_data` JSON NOT NULL COMMENT 'The original request data (including name, email, phone, etc)',
  `verified_organization_id` CHAR(36) NULL COMMENT 'A foreign key to an organization created when this queue item was identity verified',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`verified_organization_id`) REFERENCES `organization` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Organizations that have requested to start using SimpleReport';

CREATE TABLE `report_stream_response` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `test_event_internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity, and a foreign key to test_event',
  `details` TEXT NULL COMMENT 'Explanatory details about the failure',
  `is_error` TINYINT(1) NULL COMMENT 'Is this exception an error? If not, it''s a warning',
  `resolution_note` TEXT NULL COMMENT 'When this warning or error has been manually resolved, leave a note',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `queue_name` TEXT NULL COMMENT 'Tracks the individual''s preference for receiving test results',
  `pii_deleted` TINYINT(1) NULL DEFAULT 0 COMMENT 'Flag for deleting PII',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`test_event_internal_id`) REFERENCES `test_event` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A non-audited table to track exceptional publish responses from ReportStream';

CREATE TABLE `supported_disease` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity',
  `name` TEXT NOT NULL COMMENT 'Tracks the human-readable name for the disease',
  `loinc` TEXT NOT NULL COMMENT 'Tracks the LOINC code for this disease',
  PRIMARY KEY (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `result` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `test_event_id` CHAR(36) NULL COMMENT 'The test event for this combination.',
  `test_order_id` CHAR(36) NULL COMMENT 'The test order for this combination.',
  `disease_id` CHAR(36) NOT NULL COMMENT 'The disease for this combination.',
  `result` TEXT NOT NULL COMMENT 'The result for this combination.',
  `test_result` ENUM('POSITIVE','NEGATIVE','UNDETERMINED') NULL,
  `pii_deleted` TINYINT(1) NULL DEFAULT 0 COMMENT 'Flag for deleting PII',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`test_event_id`) REFERENCES `test_event` (`internal_id`),
  FOREIGN KEY (`test_order_id`) REFERENCES `test_order` (`internal_id`),
  FOREIGN KEY (`disease_id`) REFERENCES `supported_disease` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A usable combination of test event, disease, and results (as LONIC).';

CREATE TABLE `upload` (
  `report_id` CHAR(36) NULL COMMENT 'The Report Stream report Id.',
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `records_count` INT NOT NULL COMMENT 'The number of records uploaded.',
  `status` ENUM('SUCCESS','FAILURE','PENDING') NOT NULL COMMENT 'The status of the upload.',
  `org_id` CHAR(36) NOT NULL COMMENT 'The organization id that uploaded the data.',
  `errors` JSON NULL COMMENT 'Any errors encountered when uploading.',
  `warnings` JSON NULL COMMENT 'Any warnings encountered when uploading.',
  `submission_id` CHAR(36) NULL,
  `destination` ENUM('COVID','UNIVERSAL','AIMS') NULL COMMENT 'the pipeline where the results were sent to',
  `pii_deleted` TINYINT(1) NULL DEFAULT 0 COMMENT 'Flag for deleting PII',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`org_id`) REFERENCES `organization` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A collection of meta data for bulk uploads.';

CREATE TABLE `feature_flag` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `name` TEXT NOT NULL COMMENT 'The name of the flag. It should describe the feature it represents.',
  `value` TINYINT(1) NOT NULL COMMENT 'The value of the flag. It indicates if the feature is enable or disable for the app.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='feature flags to control visibility of features at the application level.';

CREATE TABLE `shedlock` (
  `name` VARCHAR(255) NOT NULL,
  `lock_until` DATETIME NOT NULL,
  `locked_at` DATETIME NOT NULL,
  `locked_by` TEXT NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='stores information about scheduler locks';

CREATE TABLE `device_type_disease` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `device_type_id` CHAR(36) NOT NULL COMMENT 'The reference to the device type.',
  `supported_disease_id` CHAR(36) NOT NULL COMMENT 'The reference to the supported disease.',
  `test_performed_loinc_code` TEXT NOT NULL COMMENT 'The code that identifies which disease was tested.',
  `equipment_uid` TEXT NULL COMMENT 'represents the data from "Equipment UID" column in the LIVD',
  `testkit_name_id` TEXT NULL COMMENT 'represents the data from "Testkit Name ID" column in the LIVD',
  `test_ordered_loinc_code` TEXT NULL COMMENT 'The code that identifies which disease was tested.',
  `equipment_uid_type` TEXT NULL COMMENT 'Equipment UID from LIVD sync to be used in the universal pipeline',
  `test_performed_loinc_long_name` TEXT NULL COMMENT 'testPerformedLoincLongName from LIVD API',
  `test_ordered_loinc_long_name` TEXT NULL COMMENT 'testOrderedLoincLongName from LIVD API',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`device_type_id`) REFERENCES `device_type` (`internal_id`),
  FOREIGN KEY (`supported_disease_id`) REFERENCES `supported_disease` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `result_upload_error` (
  `upload_id` CHAR(36) NULL COMMENT 'The internal ID for the upload associated with this error',
  `org_id` CHAR(36) NULL COMMENT 'The internal ID for the organization which submitted the upload',
  `submission_id` CHAR(36) NULL COMMENT 'Identifier shared by an individual error and its overall submission',
  `type` ENUM('HEADER_ERROR','INVALID_DATA','MISSING_DATA','INCORRECT_STRUCTURE','MISSING_HEADER','UNAVAILABLE_DISEASE') NULL COMMENT 'Enumerated value representing the general category of error',
  `field` TEXT NULL COMMENT 'CSV header for the field where error occurred',
  `required` TINYINT(1) NULL COMMENT 'Boolean value indicating whether the field is required',
  `source` ENUM('SIMPLE_REPORT','REPORT_STREAM') NULL COMMENT 'The system (SimpleReport or ReportStream) that returned the error',
  `message` TEXT NULL COMMENT 'Full text of error message',
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  `pii_deleted` TINYINT(1) NULL DEFAULT 0 COMMENT 'Flag for deleting PII',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A collection of errors for bulk upload submission attempts.';

CREATE TABLE `upload_disease_details` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `upload_id` CHAR(36) NOT NULL COMMENT 'the upload internal id.',
  `supported_disease_id` CHAR(36) NOT NULL COMMENT 'The supported disease reported in the upload.',
  `records_count` INT NOT NULL COMMENT 'The number of records uploaded for the disease.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`upload_id`) REFERENCES `upload` (`internal_id`),
  FOREIGN KEY (`supported_disease_id`) REFERENCES `supported_disease` (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='contains details of each of the diseases reported in the bulk upload.';

CREATE TABLE `api_user_facility` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `api_user_id` CHAR(36) NOT NULL,
  `facility_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`api_user_id`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`facility_id`) REFERENCES `facility` (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='creates a new table to store the relationship between api_user and facility';

CREATE TABLE `api_user_role` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `api_user_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `role` ENUM('ALL_FACILITIES','ENTRY_ONLY','USER','ADMIN') NOT NULL COMMENT 'The name of the role that is an enumerated value.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`api_user_id`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organization` (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='creates a new table to store the relationship between api_user and role';

CREATE TABLE `facility_providers` (
  `facility_id` CHAR(36) NOT NULL,
  `provider_id` CHAR(36) NOT NULL,
  FOREIGN KEY (`facility_id`) REFERENCES `facility` (`internal_id`),
  FOREIGN KEY (`provider_id`) REFERENCES `provider` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Join table for mapping multiple providers to a facility.';

CREATE TABLE `condition` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `code` TEXT NOT NULL COMMENT 'The SNOMED code that represents this reportable condition.',
  `display` TEXT NOT NULL COMMENT 'The display name of this reportable condition.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `created_by` CHAR(36) NULL COMMENT 'The user who created this entity.',
  `updated_by` CHAR(36) NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `has_labs` TINYINT(1) NULL DEFAULT 0 COMMENT 'Flag for whether the condition has any labs associated with it instead of having to check the entire join table.',
  `snomed_name` TEXT NULL COMMENT 'Condition name associated with the SNOMED code',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Any reportable public health condition.';

CREATE TABLE `loinc_staging` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `condition_id` CHAR(36) NOT NULL,
  `code` TEXT NOT NULL COMMENT 'The LOINC code.',
  `display` TEXT NOT NULL COMMENT 'The display name of the LOINC.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`condition_id`) REFERENCES `condition` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Staging table for LOINC ETL process';

CREATE TABLE `lab` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `code` TEXT NOT NULL COMMENT 'The LOINC code.',
  `display` TEXT NOT NULL COMMENT 'The display name of the LOINC.',
  `description` TEXT NULL COMMENT 'The description of the LOINC.',
  `long_common_name` TEXT NOT NULL COMMENT 'The long common name for the lab.',
  `scale_code` TEXT NULL COMMENT 'The scale code for the LOINC indicating the kind of result e.g. qualitative, quantiative, etc.',
  `scale_display` TEXT NULL COMMENT 'The display value for the LOINC''s scale indicating the kind of result e.g. qualitative, quantiative, etc.',
  `system_code` TEXT NULL COMMENT 'The code for the LOINC''s system indicating the specimen type.',
  `system_display` TEXT NULL COMMENT 'The display value for the LOINC''s system indicating the specimen type.',
  `answer_list` TEXT NULL COMMENT 'The code value for the LOINC''s answer list, when available.',
  `order_or_observation` TEXT NOT NULL COMMENT 'Indicates if the LOINC is an order, observation, or both.',
  `panel` TINYINT(1) NOT NULL COMMENT 'Does the LOINC represent a panel?',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `created_by` CHAR(36) NULL COMMENT 'The user who created this entity.',
  `updated_by` CHAR(36) NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Table to hold all labs for universal reporting';

CREATE TABLE `condition_lab_join` (
  `condition_id` CHAR(36) NULL COMMENT 'Internal Id of a condition in the condition table.',
  `lab_id` CHAR(36) NULL COMMENT 'Internal Id of a lab in the lab tbale',
  FOREIGN KEY (`condition_id`) REFERENCES `condition` (`internal_id`),
  FOREIGN KEY (`lab_id`) REFERENCES `lab` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Table to model the many to many relationship between conditions and labs.';

CREATE TABLE `specimen` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `loinc_system_code` TEXT NOT NULL COMMENT 'LOINC system code',
  `loinc_system_display` TEXT NOT NULL COMMENT 'The display name of the LOINC system code.',
  `snomed_code` TEXT NOT NULL COMMENT 'The SNOMED code for this specimen',
  `snomed_display` TEXT NOT NULL COMMENT 'The SNOMED display for this specimen',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `created_by` CHAR(36) NULL COMMENT 'The user who created this entity.',
  `updated_by` CHAR(36) NULL COMMENT 'The user who most recently updated this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Specific specimens identified by SNOMED code and mapped to LOINC system codes.';

CREATE TABLE `specimen_body_site` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `snomed_specimen_code` TEXT NOT NULL COMMENT 'SNOMED specimen code.',
  `snomed_specimen_display` TEXT NOT NULL COMMENT 'The display name of the SNOMED specimen.',
  `snomed_site_code` TEXT NOT NULL COMMENT 'The SNOMED code for this body site.',
  `snomed_site_display` TEXT NOT NULL COMMENT 'The SNOMED display for this body site.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `created_by` CHAR(36) NULL COMMENT 'The user who created this entity.',
  `updated_by` CHAR(36) NULL COMMENT 'The user who most recently updated this entity.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Specific body sites or locations for specimens identified by SNOMED code and mapped to SNOMED specimen codes.';

CREATE TABLE `facility_feature_flag` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `facility_id` CHAR(36) NOT NULL COMMENT 'Internal Id of a facility in the facility table.',
  `name` TEXT NOT NULL COMMENT 'The name of the flag. It should describe the feature it represents.',
  `value` TINYINT(1) NOT NULL COMMENT 'The value of the flag. It indicates if the feature is enable or disable for the app.',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`facility_id`) REFERENCES `facility` (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Table to store facility-specific feature flags';

CREATE TABLE `facility_lab` (
  `internal_id` CHAR(36) NOT NULL COMMENT 'The internal database identifier for this entity.',
  `facility_id` CHAR(36) NOT NULL COMMENT 'Internal Id of a facility in the facility table.',
  `lab_id` CHAR(36) NOT NULL COMMENT 'Internal Id of a lab in the lab table.',
  `name` TEXT NOT NULL COMMENT 'Facility-specific name for test order',
  `description` TEXT NOT NULL COMMENT 'Facility-specific description for test order',
  `created_at` DATETIME NOT NULL COMMENT 'The creation timestamp for this entity.',
  `updated_at` DATETIME NOT NULL COMMENT 'The timestamp for the most recent update of this entity.',
  `is_deleted` TINYINT(1) NOT NULL COMMENT 'Flag for soft-deletion of entities (false unless the entity has been deleted).',
  `created_by` CHAR(36) NOT NULL COMMENT 'The user who created this entity.',
  `updated_by` CHAR(36) NOT NULL COMMENT 'The user who most recently updated this entity.',
  PRIMARY KEY (`internal_id`),
  FOREIGN KEY (`facility_id`) REFERENCES `facility` (`internal_id`),
  FOREIGN KEY (`lab_id`) REFERENCES `lab` (`internal_id`),
  FOREIGN KEY (`created_by`) REFERENCES `api_user` (`internal_id`),
  FOREIGN KEY (`updated_by`) REFERENCES `api_user` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Table to store facility-specific descriptions and names for test orders';

CREATE TABLE `facility_lab_specimen` (
  `facility_lab_id` CHAR(36) NOT NULL COMMENT 'Internal Id of a test order in the facility_lab table.',
  `specimen_id` CHAR(36) NOT NULL COMMENT 'Internal Id of a specimen in the specimen table.',
  FOREIGN KEY (`facility_lab_id`) REFERENCES `facility_lab` (`internal_id`),
  FOREIGN KEY (`specimen_id`) REFERENCES `specimen` (`internal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Table to store facility-specific test order specimens';

SET FOREIGN_KEY_CHECKS = 1;

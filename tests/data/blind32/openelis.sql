-- OpenELIS Global 2: laboratory information system (patients and their identities, persons, providers, samples, analyses, results, referrals, organizations, system users, login)
-- Upstream: github.com/I-TECH-UW/OpenELIS-Global-2 dev/database/dbInit/OpenELIS-Global.sql (PostgreSQL dump of schema clinlims) with the
-- src/main/resources/liquibase changelogs that touch the kept tables applied on top (2.0.x.x to 3.1.x.x), commit 96dbcebd1d8cfe22c8ab62cf8f54db305c4f0a2e
-- Licence: MPL-2.0. Trimmed to 45 of about 200 tables. Replayed in a scratch PostgreSQL database and written as MySQL DDL (numeric/varchar/char kept,
-- timestamp [with|without time zone]->datetime, character varying without length->text, bytea->longblob, uuid->char(36)); column comments are upstream's.

CREATE TABLE `patient` (
  `id` numeric(10,0) NOT NULL,
  `person_id` numeric(10,0) NOT NULL,
  `race` varchar(5) COMMENT 'A string of 1 character race code(s)',
  `gender` varchar(1) COMMENT 'A one character gender code',
  `birth_date` datetime COMMENT 'Date of birth',
  `epi_first_name` varchar(25),
  `epi_middle_name` varchar(25),
  `epi_last_name` varchar(240),
  `birth_time` datetime COMMENT 'Time of birth for newborn patients',
  `death_date` datetime COMMENT 'Date of death if unexplained illness or death',
  `national_id` varchar(255) COMMENT 'National Patient ID or SSN',
  `ethnicity` varchar(1),
  `school_attend` varchar(240),
  `medicare_id` varchar(240) COMMENT 'Medicare Number',
  `medicaid_id` varchar(240) COMMENT 'Medicaid Number',
  `birth_place` varchar(255),
  `lastupdated` datetime,
  `external_id` varchar(255),
  `chart_number` varchar(20),
  `entered_birth_date` varchar(10) COMMENT 'Persons birthdate may not be known and it will be entered with XX for date and/or month',
  `fhir_uuid` char(36),
  `upid_code` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_identity` (
  `id` numeric(10,0) NOT NULL,
  `identity_type_id` numeric(10,0),
  `patient_id` numeric(10,0),
  `identity_data` varchar(255),
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_identity_type` (
  `id` numeric(10,0) NOT NULL,
  `identity_type` varchar(30),
  `description` varchar(400),
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_patient_type` (
  `id` numeric(10,0) NOT NULL,
  `patient_type_id` numeric(10,0),
  `patient_id` numeric(10,0),
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_type` (
  `id` numeric(10,0) NOT NULL,
  `type` varchar(300),
  `description` varchar(4000),
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_relations` (
  `id` numeric(10,0) NOT NULL,
  `pat_id_source` numeric(10,0) NOT NULL,
  `pat_id` numeric(10,0),
  `relation` varchar(1) COMMENT 'Type of relation (mother to child, parent to child, sibling)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patient_contact` (
  `id` numeric(10,0) NOT NULL,
  `patient_id` numeric(10,0),
  `person_id` numeric(60,0),
  `lastupdated` date,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person` (
  `id` numeric(10,0) NOT NULL,
  `last_name` varchar(255) COMMENT 'Last name',
  `first_name` varchar(255) COMMENT 'Person Name',
  `middle_name` varchar(255) COMMENT 'Middle Name',
  `multiple_unit` varchar(255) COMMENT 'Designates a specific part of a building, such as "APT 212"',
  `street_address` varchar(255),
  `city` varchar(255),
  `state` varchar(225),
  `zip_code` char(10),
  `country` varchar(255),
  `work_phone` varchar(255),
  `home_phone` varchar(255),
  `cell_phone` varchar(255),
  `fax` varchar(255),
  `email` varchar(255),
  `lastupdated` datetime,
  `primary_phone` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_address` (
  `person_id` numeric(10,0) NOT NULL COMMENT 'The id of the person who this address is attached to',
  `address_part_id` numeric(10,0) NOT NULL COMMENT 'The id of the address part for which we have a value',
  `type` char(1) COMMENT 'The type of the value, either D for dictionary or T for text',
  `value` varchar(255) COMMENT 'The actual value for this part of the address',
  PRIMARY KEY (`person_id`, `address_part_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Join table between address parts and a person';

CREATE TABLE `address_part` (
  `id` numeric(10,0) NOT NULL COMMENT 'Unique id genereated from address_part seq',
  `part_name` varchar(20) NOT NULL COMMENT 'What part of the address is this, street, commune state etc.',
  `display_order` numeric(4,0) COMMENT 'The order in which they are listed in the standardard address format',
  `display_key` varchar(20) COMMENT 'The display key for localization',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Holds the different parts of an address';

CREATE TABLE `provider` (
  `id` numeric(10,0) NOT NULL,
  `npi` varchar(10) COMMENT 'Unique National Provider ID',
  `person_id` numeric(10,0) NOT NULL,
  `external_id` varchar(50) COMMENT 'National/Local provider reference number such as UPIN or MINC#NIMC',
  `provider_type` varchar(1) COMMENT 'Type of Provider (physician, nurse)',
  `lastupdated` datetime,
  `fhir_uuid` char(36),
  `active` boolean,
  `desynchronized` boolean,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `type_of_provider` (
  `id` numeric(10,0) NOT NULL COMMENT 'A unique auto generated integer number assigned by the database.',
  `description` varchar(240) COMMENT 'Description such as doctor, nurse, clinician, veteranarian.',
  `tp_code` varchar(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization` (
  `id` numeric(10,0) NOT NULL COMMENT 'Sequential Numbering Field',
  `name` varchar(80) NOT NULL COMMENT 'The full name of an organization',
  `city` varchar(30) COMMENT 'City',
  `zip_code` varchar(10) COMMENT 'Zip code',
  `mls_sentinel_lab_flag` varchar(1) NOT NULL COMMENT 'Yes or No field indicating that the submitter is an Minnesota Laboratory System Lab',
  `org_mlt_org_mlt_id` numeric(10,0),
  `org_id` numeric(10,0) COMMENT 'Sequential Numbering Field',
  `short_name` varchar(15) COMMENT 'A shortened or abbreviated name of an organization. For example "BCBSM" is the short name for Blue Cross Blue Shield Minnesota',
  `multiple_unit` varchar(30) COMMENT 'Apartment number or unit information',
  `street_address` varchar(30) COMMENT 'Street address for this organization',
  `state` varchar(2) COMMENT 'State or Province',
  `internet_address` varchar(40) COMMENT 'A uniform resource locator (URL), ie a website address assigned to an entity or pager.',
  `clia_num` varchar(12) COMMENT 'Clinical Laboratory Improvement Amendments number',
  `pws_id` varchar(15) COMMENT 'Public water supply id (SDWIS)',
  `lastupdated` datetime,
  `mls_lab_flag` char(1),
  `is_active` char(1),
  `local_abbrev` varchar(10),
  `code` varchar(20) COMMENT 'The code for this organization',
  `datim_org_code` varchar(25),
  `datim_org_name` varchar(100),
  `fhir_uuid` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_type` (
  `id` numeric(10,0) NOT NULL,
  `short_name` varchar(20) NOT NULL COMMENT 'The name to be displayed in when organization type is to be associated with an organization',
  `description` varchar(60) COMMENT 'Optional longer description of the type',
  `name_display_key` varchar(60) COMMENT 'Resource file lookup key for localization of displaying the name',
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The type of an organization.  Releationship will be many to many';

CREATE TABLE `organization_contact` (
  `id` numeric(10,0) NOT NULL COMMENT 'Unique key for each row',
  `organization_id` numeric(10,0) NOT NULL COMMENT 'The id of the organization being referred to',
  `person_id` numeric(10,0) NOT NULL COMMENT 'The id of the person being referred to',
  `position` varchar(32) COMMENT 'The position of the person within the organization',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A join table between organizations and persons';

CREATE TABLE `sample` (
  `id` numeric(10,0) NOT NULL,
  `accession_number` varchar(20) NOT NULL,
  `package_id` numeric(10,0),
  `domain` varchar(1),
  `next_item_sequence` numeric(10,0),
  `revision` numeric,
  `entered_date` datetime NOT NULL,
  `received_date` datetime NOT NULL,
  `collection_date` datetime,
  `client_reference` varchar(20),
  `status` varchar(1),
  `released_date` datetime,
  `sticker_rcvd_flag` varchar(1),
  `sys_user_id` numeric(10,0),
  `barcode` varchar(20),
  `transmission_date` datetime,
  `lastupdated` datetime,
  `spec_or_isolate` varchar(1),
  `priority` numeric(1,0),
  `status_id` numeric(10,0) COMMENT 'foriegn key to status of analysis ',
  `referring_id` varchar(50) COMMENT 'The external number supplied the referrer.  AKA Order number',
  `clinical_order_id` numeric(10,0),
  `is_confirmation` boolean NOT NULL,
  `fhir_uuid` char(36),
  `order_priority` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_human` (
  `id` numeric(10,0) NOT NULL,
  `provider_id` numeric(10,0),
  `samp_id` numeric(10,0) NOT NULL COMMENT 'MDH Specimen Number',
  `patient_id` numeric(10,0),
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_item` (
  `id` numeric(10,0) NOT NULL COMMENT 'Sample source write in if not already defined',
  `sort_order` numeric NOT NULL COMMENT 'Sample items unique sequence number for this sample',
  `sampitem_id` numeric(10,0) COMMENT 'Sample source write in if not already defined',
  `samp_id` numeric(10,0) COMMENT 'MDH Specimen Number',
  `source_id` numeric(10,0) COMMENT 'A unique auto generated integer number assigned by the database.',
  `typeosamp_id` numeric(10,0) COMMENT 'A unique auto generated integer number assigned by the database',
  `uom_id` numeric(10,0),
  `source_other` varchar(40) COMMENT 'Sample source write in if not already defined',
  `quantity` numeric COMMENT 'Amount of sample',
  `lastupdated` datetime,
  `external_id` varchar(20) COMMENT 'An external id that may have been attached to the sample item before it came to the lab',
  `collection_date` datetime COMMENT 'The date this sample_item was collected or seperated from other part of sample',
  `status_id` numeric(10,0) NOT NULL COMMENT 'The status of this sample item',
  `collector` varchar(60) COMMENT 'The name of the person who collected the sample',
  `fhir_uuid` char(36),
  `rejected` boolean,
  `reject_reason_id` numeric(10,0),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_requester` (
  `sample_id` numeric(10,0) NOT NULL COMMENT 'The sample',
  `requester_id` numeric(10,0) NOT NULL COMMENT 'The requester_id.  The exact table row depends on the requester type',
  `requester_type_id` numeric(10,0) NOT NULL COMMENT 'The type from the requester_type table',
  `lastupdated` datetime,
  `id` numeric(10,0) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Links a sample to the entity which requested it';

CREATE TABLE `requester_type` (
  `id` numeric(10,0) NOT NULL,
  `requester_type` varchar(20) NOT NULL COMMENT 'The type. i.e. organization or provider',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The types of entities which can request test.  This table will be used by sample_requester so the type should map to table';

CREATE TABLE `sample_organization` (
  `id` numeric(10,0) NOT NULL,
  `org_id` numeric(10,0) COMMENT 'Sequential Numbering Field',
  `samp_id` numeric(10,0) COMMENT 'MDH Specimen Number',
  `samp_org_type` varchar(1) COMMENT 'Type of organization: Primary, Secondary, Billing',
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_qaevent` (
  `id` numeric(10,0) NOT NULL,
  `qa_event_id` numeric(10,0),
  `sample_id` numeric(10,0),
  `completed_date` date,
  `lastupdated` datetime,
  `sampleitem_id` numeric(10,0) COMMENT 'If the qaevent refers to a sampleitem of the sample use this column',
  `entered_date` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qa_event` (
  `id` numeric(10,0) NOT NULL,
  `name` varchar(20) COMMENT 'Short Name',
  `description` varchar(120) COMMENT 'Description of the QA event',
  `is_billable` varchar(1) COMMENT 'Indicates if analysis with this QA Event is billable',
  `reporting_sequence` numeric COMMENT 'An overall number that orders the print sequence',
  `reporting_text` varchar(1000),
  `test_id` numeric(10,0) COMMENT 'Reported/printed text',
  `is_holdable` varchar(1) NOT NULL,
  `lastupdated` datetime,
  `type` numeric(10,0),
  `category` numeric(10,0),
  `display_key` varchar(60) COMMENT 'Resource file lookup key for localization of displaying the name',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analysis` (
  `id` numeric(10,0) NOT NULL COMMENT 'Sequential number',
  `sampitem_id` numeric(10,0) COMMENT 'Sample source write in if not already defined',
  `test_sect_id` numeric(10,0),
  `test_id` numeric(10,0) COMMENT 'Sequential value assigned on insert',
  `revision` numeric COMMENT 'revision number',
  `status` varchar(1) COMMENT 'Analysis Status; logged in, initiated, completed, released',
  `started_date` datetime COMMENT 'Date and time analysis started',
  `completed_date` datetime COMMENT 'Date and time analysis completed',
  `released_date` datetime COMMENT 'Date and time analysis was released; basically verified and ready to report',
  `printed_date` datetime COMMENT 'Date and time analysis was last printed for sending out',
  `is_reportable` varchar(1) COMMENT 'Indicates if this analysis should be reported',
  `so_send_ready_date` datetime COMMENT 'Send out ready date',
  `so_client_reference` varchar(240),
  `so_notify_received_date` datetime COMMENT 'Date that send out facility notificed MDH that they had received the specimen',
  `so_notify_send_date` datetime COMMENT 'Date that MDH sent out the specimen to a sendout facility',
  `so_send_date` datetime,
  `so_send_entry_by` varchar(240) COMMENT 'User name who entered sendout',
  `so_send_entry_date` datetime,
  `analysis_type` varchar(10) NOT NULL,
  `lastupdated` datetime,
  `parent_analysis_id` numeric(10,0),
  `parent_result_id` numeric(10,0),
  `reflex_trigger` boolean COMMENT 'True if this analysis has triggered a reflex test',
  `status_id` numeric(10,0) COMMENT 'foriegn key to status of analysis ',
  `entry_date` datetime COMMENT 'Date on which the results for this analysis was first entered',
  `panel_id` numeric(10,0) COMMENT 'If this analysis is part of a panel then this is the id',
  `referred_out` boolean COMMENT 'True if this analysis has been referred out, false otherwise',
  `type_of_sample_name` varchar(40) COMMENT 'Used to support arbitrary sample types.  Usually from type_of_sample table but may be a dictionary value or a response to ''other''',
  `corrected` boolean COMMENT 'Signifies that the result has been updated since the last patient report was generated',
  `fhir_uuid` char(36),
  `result_calculated` boolean,
  `method_id` numeric(10,0),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `result` (
  `id` numeric(10,0) NOT NULL,
  `analysis_id` numeric(10,0) COMMENT 'Sequential number',
  `sort_order` numeric COMMENT 'The order the results are displayed (sort order)',
  `is_reportable` varchar(1) COMMENT 'Indicates if the result is reportable.',
  `result_type` varchar(1) COMMENT 'Type of result: Dictionary, titer, number, date',
  `value` varchar(200) COMMENT 'Actual result value.',
  `analyte_id` numeric(10,0),
  `test_result_id` numeric(10,0),
  `lastupdated` datetime,
  `min_normal` double COMMENT 'The min normal value for this result. (May vary by patient sex and age)',
  `max_normal` double COMMENT 'The max normal value for this result. (May vary by patient sex and age)',
  `parent_id` numeric(10,0) COMMENT 'The id of the result that this result is dependent on',
  `significant_digits` numeric COMMENT 'Significant digits for results at the time the results were entered',
  `grouping` numeric COMMENT 'When an analysis has more then one set of results this groups them',
  `fhir_uuid` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `result_signature` (
  `id` numeric(10,0) NOT NULL,
  `result_id` numeric(10,0) NOT NULL COMMENT 'The result which is being signed',
  `system_user_id` numeric(10,0) COMMENT 'The signer of the result',
  `is_supervisor` boolean NOT NULL COMMENT 'Is the signer a supervisor',
  `lastupdated` datetime,
  `non_user_name` varchar(20) COMMENT 'For signers that are not systemUsers',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='This matches the person who signed the result form with the result.';

CREATE TABLE `test` (
  `id` numeric(10,0) NOT NULL COMMENT 'Sequential value assigned on insert',
  `method_id` numeric(10,0) COMMENT 'Sequential number',
  `uom_id` numeric(10,0),
  `description` text NOT NULL COMMENT 'Description for test',
  `loinc` varchar(240),
  `reporting_description` text COMMENT 'Description for test that appears on reports',
  `sticker_req_flag` varchar(1),
  `is_active` varchar(1) COMMENT 'Active status flag',
  `active_begin` datetime COMMENT 'Active end date',
  `active_end` datetime COMMENT 'Active begin date',
  `is_reportable` varchar(1) COMMENT 'The default flag indicating if ths test is reportable',
  `time_holding` numeric COMMENT 'Max hours between collection and received time',
  `time_wait` numeric COMMENT 'Hours to wait before analysis can begin',
  `time_ta_average` numeric COMMENT 'Average hours for test to be reported',
  `time_ta_warning` numeric COMMENT 'Hours before issuing touraround warning for test not reported',
  `time_ta_max` numeric COMMENT 'Max hours test should be in laboratory',
  `label_qty` numeric COMMENT 'Number of labels to print',
  `lastupdated` datetime,
  `label_id` numeric(10,0),
  `test_trailer_id` numeric(10,0),
  `test_section_id` numeric(10,0),
  `scriptlet_id` numeric(10,0),
  `test_format_id` numeric(10,0),
  `local_code` text,
  `sort_order` numeric,
  `name` text NOT NULL,
  `orderable` boolean COMMENT 'Should this test show in list of tests which can be ordered.  If not it is a reflex only test',
  `guid` varchar(128) NOT NULL COMMENT 'The positive identifier for this test in the OpenELIS ecosystem',
  `name_localization_id` numeric(10,0) COMMENT 'reference to the localization record for the test section             name',
  `reporting_name_localization_id` numeric(10,0) COMMENT 'reference to the localization record for the reporting name',
  `default_test_result_id` numeric(10,0),
  `notify_results` boolean,
  `in_lab_only` boolean,
  `antimicrobial_resistance` boolean,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_section` (
  `id` numeric(10,0) NOT NULL,
  `name` varchar(20) COMMENT 'Short section name',
  `description` varchar(60) NOT NULL COMMENT 'MDH Locations including various labs',
  `org_id` numeric(10,0) COMMENT 'Sequential Numbering Field',
  `is_external` varchar(1) COMMENT 'Flag indicating if section is external to organization (Y/N)',
  `lastupdated` datetime,
  `parent_test_section` numeric(10,0),
  `sort_order` numeric,
  `is_active` varchar(1),
  `name_localization_id` numeric(10,0) NOT NULL,
  `display_key` varchar(60) COMMENT 'Resource file lookup key for localization of displaying the name',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `type_of_sample` (
  `id` numeric(10,0) NOT NULL COMMENT 'A unique auto generated integer number assigned by the database',
  `description` varchar(40) NOT NULL COMMENT 'Description such as water, tissue, sludge, etc.',
  `domain` varchar(1) COMMENT 'Type of sample this can be applied to : Environ, Animal, Clinical',
  `lastupdated` datetime,
  `local_abbrev` varchar(10),
  `is_active` boolean,
  `sort_order` numeric,
  `name_localization_id` numeric NOT NULL,
  `display_key` varchar(60) COMMENT 'Resource file lookup key for localization of displaying the name',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dictionary` (
  `id` numeric(10,0) NOT NULL,
  `is_active` varchar(1) COMMENT 'Flag indicating if the analyte is active',
  `dict_entry` varchar(4000) COMMENT 'Finding, result, interpretation',
  `lastupdated` datetime,
  `local_abbrev` varchar(60),
  `dictionary_category_id` numeric(10,0),
  `display_key` varchar(60) COMMENT 'Resource file lookup key for localization of displaying the name',
  `sort_order` numeric COMMENT 'Sets the sort order for dictionary categories.  The sort_order is WITHIN a category.',
  `name_localization_id` numeric COMMENT 'The id of the localization value',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note` (
  `id` numeric(10,0) NOT NULL,
  `sys_user_id` numeric(10,0) COMMENT 'Sequential Identifier',
  `reference_id` numeric COMMENT 'Link to record in table to which this entry pertains.',
  `reference_table` numeric COMMENT 'Link to table that this entity belongs to',
  `note_type` varchar(1) COMMENT 'Type of comment such as external, internal',
  `subject` varchar(60) COMMENT 'Comment subject',
  `text` varchar(1000),
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history` (
  `id` numeric(10,0) NOT NULL COMMENT 'Sequential number for audit records',
  `sys_user_id` numeric(10,0) NOT NULL COMMENT 'Sequential Identifier',
  `reference_id` numeric NOT NULL COMMENT 'Links to record in table to which this entry pertains',
  `reference_table` numeric NOT NULL COMMENT 'Link to table that this entity belongs to',
  `timestamp` datetime NOT NULL COMMENT 'Date of history record',
  `activity` varchar(1) NOT NULL COMMENT 'U for update, D for delete',
  `changes` longblob COMMENT 'XML image of record prior to change',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_user` (
  `id` numeric(10,0) NOT NULL,
  `login_name` varchar(20) NOT NULL COMMENT 'User LOGIN_NAME from SYSTEM_USER table',
  `password` varchar(256) NOT NULL COMMENT 'User password',
  `password_expired_dt` date NOT NULL COMMENT 'Password expiration date',
  `account_locked` varchar(1) NOT NULL COMMENT 'Account locked (Y/N)',
  `account_disabled` varchar(1) NOT NULL COMMENT 'Account disabled (Y/N)',
  `is_admin` varchar(1) NOT NULL COMMENT 'Indicates if this user is administrator (Y/N)',
  `user_time_out` varchar(3) NOT NULL COMMENT 'User session time out in minute',
  `last_updated` datetime,
  PRIMARY KEY (`login_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_user` (
  `id` numeric(10,0) NOT NULL COMMENT 'Sequential Identifier',
  `external_id` varchar(80) COMMENT 'External ID such as employee number or external system ID.',
  `login_name` varchar(20) NOT NULL COMMENT 'User''s system log in name.',
  `last_name` varchar(30) NOT NULL COMMENT 'Last name of person',
  `first_name` varchar(20) NOT NULL COMMENT 'Person Name',
  `initials` varchar(3) COMMENT 'Middle Initial',
  `is_active` varchar(1) NOT NULL COMMENT 'Indicates the status of active or inactive for user',
  `is_employee` varchar(1) NOT NULL COMMENT 'Indicates if user is an MDH employee',
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_user_role` (
  `system_user_id` numeric(10,0) NOT NULL,
  `role_id` numeric(10,0) NOT NULL,
  PRIMARY KEY (`system_user_id`, `role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_role` (
  `id` numeric(10,0) NOT NULL,
  `name` char(30) NOT NULL COMMENT 'The name of the role, this is how it will appear to the user',
  `description` varchar(80) COMMENT 'Notes about the role',
  `is_grouping_role` boolean COMMENT 'Indicates that this role is only for grouping other roles.  It should not have modules assigned to it',
  `grouping_parent` numeric(10,0) COMMENT 'Should only refer to a grouping role',
  `display_key` varchar(60) COMMENT 'key for localizing dropdown lists',
  `active` boolean COMMENT 'Is this role active for this installation',
  `editable` boolean COMMENT 'Is this a role that can be de/activated by the user',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Describes the roles a user may have.  ';

CREATE TABLE `system_user_section` (
  `id` numeric NOT NULL,
  `has_view` varchar(1) COMMENT 'Flag indicating if user has permission to iew this sections''s records',
  `has_assign` varchar(1) COMMENT 'Flag indicating if user has permission to assign this section''s tests',
  `has_complete` varchar(1) COMMENT 'Flag indicating if user has permission to complete this section''s tests',
  `has_release` varchar(1) COMMENT 'Flag indicating if user has permission to release this section''s tests',
  `has_cancel` varchar(1) COMMENT 'Flag indicating if user has permission to cancel this section''s tests',
  `system_user_id` numeric(10,0),
  `test_section_id` numeric(10,0),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `electronic_order` (
  `id` numeric(10,0) NOT NULL,
  `external_id` varchar(60) NOT NULL COMMENT 'An order ID assigned by another system (i.e. iSante) submitted electronically',
  `patient_id` numeric(10,0) COMMENT 'The id and foreign key to the patient record for this electronic order',
  `status_id` numeric(10,0) NOT NULL COMMENT 'The ID and foreign key to the status_of_sample table. Possible status (Entered, Cancelled, Realized)',
  `order_timestamp` datetime NOT NULL COMMENT 'Timestamp when the order was received',
  `data` text NOT NULL COMMENT 'The order in CLOB form',
  `lastupdated` datetime NOT NULL,
  `type` varchar(255),
  `order_priority` varchar(255),
  `reject_reason` varchar(255),
  `reject_reason_id` varchar(255),
  `reject_comment` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `observation_history` (
  `id` numeric(10,0) NOT NULL COMMENT 'primary key',
  `patient_id` numeric(10,0) NOT NULL COMMENT 'FK linking this information to a patient',
  `sample_id` numeric(10,0) NOT NULL COMMENT 'FK linking this information to a sample (and a collection date).',
  `observation_history_type_id` numeric(10,0) NOT NULL COMMENT 'FK to type table to define what is contained in the value column',
  `value_type` varchar(5) NOT NULL COMMENT 'L=local or literal, a value right here in the history table. D=Defined/Dictionary, the value is a foreign key to the Dictionary table. For multiple choice questions with fixed answers.',
  `value` varchar(80) COMMENT 'either a literal value for this demo. type, or a Foreign key to dictionary',
  `lastupdated` datetime,
  `sample_item_id` numeric(10,0) COMMENT 'Optional refereence to sample item',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='defines the answer at the time of a interview (with sample) to a demographic question.';

CREATE TABLE `observation_history_type` (
  `id` numeric(10,0) NOT NULL COMMENT 'primary key',
  `type_name` varchar(30) NOT NULL COMMENT 'a short tag (1 word) for this type. What was asked "Gender", "HIVPositive" etc.',
  `description` varchar(400) COMMENT 'a long description of this type.',
  `lastupdated` datetime COMMENT 'the last time this item was written to the database.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='defines the possible classes of values allowed in the demo. history table.';

CREATE TABLE `referral` (
  `id` numeric(10,0) NOT NULL,
  `analysis_id` numeric(10,0) COMMENT 'The analysis which will be duplicated at other lab when refering out or which will be be done at this lab when referred in.  ',
  `organization_id` numeric(10,0) COMMENT 'The organization the sample was sent to or from',
  `organization_name` varchar(30) COMMENT 'The organiztion the sample was sent to or from, if busness rules allow them not to be in the organization table',
  `send_ready_date` datetime COMMENT 'The date the referral out results are ready to be sent',
  `sent_date` datetime COMMENT 'The date the referral out results are actually sent',
  `result_recieved_date` datetime COMMENT 'If this was a referral out then the date the results were recieved from the external lab',
  `referral_reason_id` numeric(10,0) COMMENT 'Why was this referral done',
  `referral_type_id` numeric(10,0) NOT NULL,
  `requester_name` varchar(60) COMMENT 'The name of the person who requested that the referral be done',
  `lastupdated` datetime,
  `canceled` boolean,
  `referral_request_date` datetime COMMENT 'The date the referral request was made',
  `status` varchar(255),
  `fhir_uuid` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Tracks referrals made to and from the lab.  If referrals should be attached to samples add another column for sample and edit this comment';

CREATE TABLE `referral_result` (
  `id` numeric(10,0) NOT NULL,
  `referral_id` numeric(10,0) NOT NULL COMMENT 'The referral for which this is a result. May be one to many',
  `test_id` numeric(10,0) COMMENT 'When the referral lab reported the results back',
  `result_id` numeric(10,0) COMMENT 'The result returned by the referral lab',
  `referral_report_date` datetime,
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A referral may have one or more results';

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_date` datetime NOT NULL,
  `read_at` datetime,
  `message` varchar(255) NOT NULL,
  `user_id` numeric(10,0) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `pf_endpoint` text NOT NULL,
  `pf_p256dh` text NOT NULL,
  `pf_auth` text NOT NULL,
  `user_id` numeric(10,0) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_newborn` (
  `id` numeric(10,0) NOT NULL,
  `weight` numeric(5,0),
  `multi_birth` char(1),
  `birth_order` numeric(2,0),
  `gestational_week` numeric(5,2),
  `date_first_feeding` date,
  `breast` char(1),
  `tpn` char(1),
  `formula` char(1),
  `milk` char(1),
  `soy` char(1),
  `jaundice` char(1),
  `antibiotics` char(1),
  `transfused` char(1),
  `date_transfusion` date,
  `medical_record_numeric` varchar(18),
  `nicu` char(1),
  `birth_defect` char(1),
  `pregnancy_complication` char(1),
  `deceased_sibling` char(1),
  `cause_of_death` varchar(50),
  `family_history` char(1),
  `other` varchar(100),
  `y_numeric` varchar(18),
  `yellow_card` char(1),
  `lastupdated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


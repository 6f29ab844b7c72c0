-- SOLA Community Server / Open Tenure (FAO's Solutions for Open Land Administration, the community land-rights
-- edition used with the Open Tenure mobile app), database schema v2.0 as dumped by upstream's extract_schema script:
-- github.com/OpenTenure/database `schema/sola_schemas.sql` (pg_dump of PostgreSQL 9.5 with PostGIS),
-- commit 297a49433c000c08892b7b85e90c9a40fced6899.
-- Written as MySQL/MariaDB by a script: the CREATE TABLE blocks, the `ALTER TABLE ONLY ... ADD CONSTRAINT`
-- primary, unique and foreign keys, the unique indexes and the COMMENT ON TABLE / COLUMN texts of the dump were
-- read (schema taken from `SET search_path`) and written per table; PostgreSQL schema names dropped (one MySQL
-- namespace); the one clash, `opentenure.party` beside `party.party`, is written as `opentenure_party`; each table
-- is preceded by a `-- upstream: schema.table` line. Types: character varying(n) -> varchar(n) (n > 1000 -> text,
-- the 10485760 "unlimited" ones -> longtext, to stay within MariaDB's row size), character(n) -> char(n),
-- timestamp -> datetime, boolean -> tinyint(1), numeric(p,s) -> decimal(p,s), bytea -> longblob, PostGIS
-- geometry -> geometry, integer/bigint kept; defaults kept where they are constants (uuid_generate_v1() and
-- other function defaults dropped, now() -> CURRENT_TIMESTAMP); CHECK constraints, triggers, functions, views,
-- sequences and plain indexes left out. Column and table comments kept (cut to MariaDB's limits where longer).
-- Foreign keys to tables left out are dropped. Kept: 85 of the 148 non-history tables; the 70 `*_historic`
-- change-history tables and the bulk_operation schema are left out (see sola.md).
SET NAMES utf8mb4;

-- upstream: address.address
CREATE TABLE `address` (
  `id` varchar(40) NOT NULL COMMENT 'Address identifier.',
  `description` varchar(255) COMMENT 'The postal or physical address or if no formal addressing is used, a description or place name for the location.',
  `ext_address_id` varchar(40) COMMENT 'Optional identifier for the address that may reference further address details from an external system (e.g. address validation database).',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the address_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Describes a postal or physical address. Tags: FLOSS SOLA Extension, Change History';

-- upstream: administrative.ba_unit_type
CREATE TABLE `ba_unit_type` (
  `code` varchar(20) NOT NULL COMMENT 'LADM Defintion: The code for the BA Unit type.',
  `display_value` varchar(500) NOT NULL COMMENT 'LADM Defintion: Displayed value of the BA Unit type.',
  `description` longtext COMMENT 'LADM Defintion: Description of the BA Unit type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'SOLA Extension: Status of the BA Unit type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `ba_unit_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of BA Unit types. E.g. priorTitle, rootTitle, etc. Implementation of the LADM LA_BAUnitType class. Tags: LADM Reference Object, Reference Table';

-- upstream: administrative.rrr_group_type
CREATE TABLE `rrr_group_type` (
  `code` varchar(20) NOT NULL COMMENT 'LADM Defintion: The code for the RRR group type.',
  `display_value` varchar(500) NOT NULL COMMENT 'LADM Defintion: Displayed value of the RRR group type.',
  `description` longtext COMMENT 'LADM Defintion: Description of the RRR group type.',
  `status` char(1) NOT NULL COMMENT 'SOLA Extension: Status of the RRR group type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `rrr_group_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of RRR group types. Used to identify if an RRR is a responsibility, right or restriction. SOLA''s representation of the LADM LA_Responsibility, LA_Right and LA_Restriction classes. Tags: LADM Reference Object, Reference Table';

-- upstream: administrative.condition_type
CREATE TABLE `condition_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the condition type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the condition type.',
  `description` longtext NOT NULL COMMENT 'The template text describing the condition.',
  `status` char(1) NOT NULL COMMENT 'Status of the condition type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `condition_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of condition types. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: administrative.mortgage_type
CREATE TABLE `mortgage_type` (
  `code` varchar(20) NOT NULL COMMENT 'LADM Defintion: The code for the mortgage type.',
  `display_value` varchar(500) NOT NULL COMMENT 'LADM Defintion: Displayed value of the mortgage type.',
  `description` longtext COMMENT 'LADM Defintion: Description of the mortgage type.',
  `status` char(1) NOT NULL COMMENT 'SOLA Extension: Status of the mortgage type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `mortgage_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of Mortgage types. E.g. levelPayment, linear, etc. Implementation of the LADM LA_MortgageType class. Tags: LADM Reference Object, Reference Table';

-- upstream: administrative.notifiable_party_for_baunit
CREATE TABLE `notifiable_party_for_baunit` (
  `party_id` varchar(40) NOT NULL,
  `target_party_id` varchar(40) NOT NULL,
  `baunit_name` varchar(40) NOT NULL,
  `application_id` varchar(40) NOT NULL,
  `service_id` varchar(40) NOT NULL,
  `cancel_service_id` varchar(40),
  `status` varchar(40) NOT NULL DEFAULT 'c',
  `rowidentifier` varchar(40) NOT NULL,
  `rowversion` int NOT NULL DEFAULT 0,
  `change_action` char(1) NOT NULL DEFAULT 'i',
  `change_user` varchar(50),
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`party_id`, `target_party_id`, `baunit_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Parties to be informed about transaction on baunit.';

-- upstream: application.application_status_type
CREATE TABLE `application_status_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the application status type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the application status type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the application status type',
  `description` longtext COMMENT 'Description of the application status type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `application_status_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of application status types. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: application.application_action_type
CREATE TABLE `application_action_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the application action type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the application action type.',
  `status_to_set` varchar(20),
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the application action type',
  `description` longtext COMMENT 'Description of the application action type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `application_action_type_display_value_unique` (`display_value`),
  CONSTRAINT `application_action_type_status_to_set_fk17` FOREIGN KEY (`status_to_set`) REFERENCES `application_status_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of action types. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: application.request_category_type
CREATE TABLE `request_category_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the request category type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the request category type.',
  `description` longtext COMMENT 'Description of the request category type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the request category type',
  PRIMARY KEY (`code`),
  UNIQUE KEY `request_category_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of request category types. Request category types group the request types into logical groupings such as request types for registration or cadastral changes. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: application.service_status_type
CREATE TABLE `service_status_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the service status type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the service status type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the service status type',
  `description` longtext COMMENT 'Description of the service status type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `service_status_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of service status types. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: party.party_role_type
CREATE TABLE `party_role_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the party role type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the party role type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the party role type',
  `description` longtext COMMENT 'Description of the party role type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `party_role_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of party role types. Used to identify the types of role a party can have in relation to land office transactions and data. E.g. applicant, bank, lodgingAgent, etc. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: party.party_type
CREATE TABLE `party_type` (
  `code` varchar(20) NOT NULL COMMENT 'LADM Definition: The code for the party type.',
  `display_value` varchar(500) NOT NULL COMMENT 'LADM Definition: Displayed value of the party type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'SOLA Extension: Status of the party type',
  `description` longtext COMMENT 'LADM Definition: Description of the party type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `party_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of party type types. Implementation of the LADM LA_PartyType class. Tags: Reference Table, LADM Reference Object';

-- upstream: party.gender_type
CREATE TABLE `gender_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the gender type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the gender type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the gender type',
  `description` longtext COMMENT 'Description of the gender type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `gender_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of gender types. Used to identify the gender of the party where the party represents an individual. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: party.id_type
CREATE TABLE `id_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the id type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the id type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the id type',
  `description` longtext COMMENT 'Description of the id type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `id_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of id types. Used to identify the types of id that can be used to verify the identity of an individual, group or organisation. E.g. nationalId, nationalPassport, driverLicense, etc. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: party.communication_type
CREATE TABLE `communication_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the communication type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the communication type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the communication type',
  `description` longtext COMMENT 'Description of the communication type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `communication_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of communication types. Used to identify the types of communication that can be used between the land administration agency and their clients. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: cadastre.cadastre_object_type
CREATE TABLE `cadastre_object_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the cadastre object type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the cadastre object type.',
  `description` longtext COMMENT 'Description of the cadastre object type.',
  `status` char(1) NOT NULL COMMENT 'Status of the cadastre object type',
  `in_topology` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Flag to indicate that all cadastre objects of this type must obey topological conventions such as no gaps or overlaps between objects with the same type.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `cadastre_object_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of cadastre object types. E.g. parcel, building_unit, road, etc. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: cadastre.land_use_type
CREATE TABLE `land_use_type` (
  `code` varchar(20) NOT NULL COMMENT 'LADM Definition: The code for the land use type.',
  `display_value` varchar(500) NOT NULL COMMENT 'LADM Definition: Displayed value of the land use type.',
  `description` longtext COMMENT 'LADM Definition: Description of the land use type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'SOLA Extension: Status of the land use type',
  PRIMARY KEY (`code`),
  UNIQUE KEY `land_use_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of land use types. Identifies the general purpose of a cadastre object or property. E.g. Commerical, Residential, Industrial, etc. Implementation of the LADM ExtLandUse class. Tags: Reference Table, LADM Reference Object';

-- upstream: source.administrative_source_type
CREATE TABLE `administrative_source_type` (
  `code` varchar(20) NOT NULL COMMENT 'LADM Definition: The code for the administrative source type.',
  `display_value` varchar(500) NOT NULL COMMENT 'LADM Definition: Displayed value of the administrative source type.',
  `status` char(1) NOT NULL COMMENT 'SOLA Extension: Status of the administrative source type',
  `description` longtext COMMENT 'LADM Definition: Description of the administrative source type.',
  `is_for_registration` tinyint(1) DEFAULT 0 COMMENT 'SOLA Extension: Flag that identifies whether documents of this type must be formally registered in SOLA before they can be used in rights registration. E.g. Power of Attorney documents must be registered in SOLA before they can be associated with transfer transactions, etc.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `administrative_source_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of administrative source types. Used by SOLA to identify document types. Implementation of the LADM LA_AdministrativeSourceType class. Tags: Reference Table, LADM Reference Object';

-- upstream: source.archive
CREATE TABLE `archive` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the archive.',
  `name` varchar(50) NOT NULL COMMENT 'Description of the archive and/or it''s location. ',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the archive_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Represents an archive where collections of physical documents may be kept such as a filing cabinet, library or storage unit. May also refer to digital archives if applicable. Tags: FLOSS SOLA Extension, Change History';

-- upstream: document.document
CREATE TABLE `document` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the document.',
  `nr` varchar(15) NOT NULL COMMENT 'Unique number to identify the document. Determined by the Digital Archive EJB when saving the document record.',
  `extension` varchar(5) NOT NULL COMMENT 'The file extension of the electronic file. E.g. pdf, tiff, doc, etc',
  `mime_type` varchar(255) COMMENT 'Mime type of the file.',
  `body` longblob NOT NULL COMMENT 'The content of the electronic file.',
  `description` varchar(100) COMMENT 'A descriptive name to help recognizs the file such as the original file name.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the document_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `document_nr_unique` (`nr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Extension to the LADM used by SOLA to store electronic copies of documentation provided in support of land related dealings. Tags: FLOSS SOLA Extension, Change History';

-- upstream: transaction.transaction_status_type
CREATE TABLE `transaction_status_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the transaction status type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the transaction status type.',
  `description` longtext COMMENT 'Description of the transaction status type.',
  `status` char(1) NOT NULL COMMENT 'Status of the transaction status type',
  PRIMARY KEY (`code`),
  UNIQUE KEY `transaction_status_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of transaction status types. E.g. pending, approved, cancelled, completed. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: transaction.reg_status_type
CREATE TABLE `reg_status_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the registration status type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the registration status type.',
  `description` longtext COMMENT 'Description of the registration status type.',
  `status` char(1) NOT NULL COMMENT 'Status of the registration status type',
  PRIMARY KEY (`code`),
  UNIQUE KEY `reg_status_type_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of registration status types. E.g. current, historic, pending, previous. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: opentenure.claim_status
CREATE TABLE `claim_status` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the claim status.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the claim status.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the service claim.',
  `description` longtext COMMENT 'Description of the claim status.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `claim_status_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of claim status.';

-- upstream: opentenure.party
CREATE TABLE `opentenure_party` (
  `id` varchar(40) NOT NULL COMMENT 'Unique identifier for the party.',
  `name` varchar(255) NOT NULL COMMENT 'First name of party.',
  `last_name` varchar(50) COMMENT 'Last name of claimant.',
  `id_type_code` varchar(20) COMMENT 'ID document type code',
  `id_number` varchar(20) COMMENT 'ID document number.',
  `birth_date` date COMMENT 'Date of birth of the party.',
  `gender_code` varchar(20) COMMENT 'Gender code of the party.',
  `mobile_phone` varchar(15) COMMENT 'Mobile phone number of the party.',
  `phone` varchar(15) COMMENT 'Landline phone number of the party.',
  `email` varchar(50) COMMENT 'Email address of the party.',
  `address` varchar(255) COMMENT 'Living address of the party.',
  `user_name` varchar(50) NOT NULL COMMENT 'User name who has created the record.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the document_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  `is_person` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Indicates if record is for individual or company (legal entity)',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_party_gender` FOREIGN KEY (`gender_code`) REFERENCES `gender_type` (`code`),
  CONSTRAINT `fk_party_id_type` FOREIGN KEY (`id_type_code`) REFERENCES `id_type` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Extension to the LADM used by SOLA to store party information (cliamant or owner).';

-- upstream: opentenure.attachment
CREATE TABLE `attachment` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the attachment.',
  `type_code` varchar(20) NOT NULL COMMENT 'Attached document type code.',
  `reference_nr` varchar(255) COMMENT 'Document reference number.',
  `document_date` date COMMENT 'Document date.',
  `description` varchar(255) COMMENT 'Short document description.',
  `body` longblob NOT NULL COMMENT 'Binary content of the attachment.',
  `size` bigint NOT NULL COMMENT 'File size.',
  `mime_type` varchar(255) NOT NULL COMMENT 'Mime type of the attachment.',
  `file_name` varchar(255) NOT NULL COMMENT 'Actual file name of the attachment.',
  `file_extension` varchar(5) NOT NULL COMMENT 'File extension of the attachment. E.g. pdf, tiff, doc, etc',
  `user_name` varchar(50) NOT NULL COMMENT 'User''s ID, who has created the attachment.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the document_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_document_type_code` FOREIGN KEY (`type_code`) REFERENCES `administrative_source_type` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Extension to the LADM used by SOLA to store claim files attachments.';

-- upstream: opentenure.rejection_reason
CREATE TABLE `rejection_reason` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the rejection reason.',
  `display_value` text NOT NULL COMMENT 'Displayed value of the rejection reason.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the rejection reason.',
  `description` longtext COMMENT 'Description of the rejection reason.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `rejection_reason_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Rejection reason codes';

-- upstream: opentenure.termination_reason
CREATE TABLE `termination_reason` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the termination reason.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the termination reason.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the termination reason.',
  `description` text COMMENT 'Description of the termination reason.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `termination_reason_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of termination reasons which can happen to the claim.';

-- upstream: opentenure.form_template
CREATE TABLE `form_template` (
  `name` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL COMMENT 'Form name, which can be used for displaying on the UI.',
  `is_default` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether form is default for all new claims.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the form historic table.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Dynamic form template.';

-- upstream: system.appuser
CREATE TABLE `appuser` (
  `id` varchar(40) NOT NULL COMMENT 'The SOLA user identifier.',
  `username` varchar(40) NOT NULL COMMENT 'The user name assigned to the SOLA user.',
  `first_name` varchar(30) NOT NULL COMMENT 'The first name of the SOLA user.',
  `last_name` varchar(30) NOT NULL COMMENT 'The last name of the SOLA user.',
  `email` varchar(40),
  `mobile_number` varchar(20),
  `activation_code` varchar(40),
  `passwd` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255),
  `rowidentifier` varchar(40) NOT NULL,
  `rowversion` int NOT NULL DEFAULT 0,
  `change_action` char(1) NOT NULL DEFAULT 'i',
  `change_user` varchar(50),
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `activation_expiration` datetime COMMENT 'Account activation timeout. It can be used to delete account if it was not activated in time.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `appuser_email_unique` (`email`),
  UNIQUE KEY `appuser_username_unique` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The list of users that can have access to the SOLA application. Tags: FLOSS SOLA Extension, User Admin';

-- upstream: system.appgroup
CREATE TABLE `appgroup` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the appgroup.',
  `name` varchar(600) NOT NULL COMMENT 'The name assigned to the appgroup.',
  `description` varchar(1000) COMMENT 'Describes the purpose of the appgroup and should also indicate when it applies.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `appgroup_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Groups application security roles to simplify assignment of roles to individual system users. Tags: FLOSS SOLA Extension, User Admin';

-- upstream: system.approle
CREATE TABLE `approle` (
  `code` varchar(20) NOT NULL COMMENT 'Code for the security role. Must match exactly the code value used within the SOLA source code to reference the role.',
  `display_value` varchar(500) NOT NULL COMMENT 'The text value that will be displayed to the user.',
  `status` char(1) NOT NULL COMMENT 'The status of the role.',
  `description` longtext COMMENT 'Describes the purpose of the role and should also indicate when it applies.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `approle_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Contains the list of application security roles used to restrict access to different parts of the application, both on the server and client side. Tags: FLOSS SOLA Extension, Reference Table, User Admin';

-- upstream: system.appuser_appgroup
CREATE TABLE `appuser_appgroup` (
  `appuser_id` varchar(40) NOT NULL COMMENT 'Identifier for the SOLA user.',
  `appgroup_id` varchar(40) NOT NULL COMMENT 'Identifier for the group the user is associated to.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the system.appuser_appgroup_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`appuser_id`, `appgroup_id`),
  CONSTRAINT `appuser_appgroup_appgroup_id_fk120` FOREIGN KEY (`appgroup_id`) REFERENCES `appgroup` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `appuser_appgroup_appuser_id_fk119` FOREIGN KEY (`appuser_id`) REFERENCES `appuser` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Associates users to groups. Each user can be assigned multiple groups. Tags: FLOSS SOLA Extension, User Admin';

-- upstream: system.approle_appgroup
CREATE TABLE `approle_appgroup` (
  `approle_code` varchar(20) NOT NULL COMMENT 'Code for the security role.',
  `appgroup_id` varchar(40) NOT NULL COMMENT 'Identifier for the group the role is associated to.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the system.approle_appgroup_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`approle_code`, `appgroup_id`),
  CONSTRAINT `approle_appgroup_appgroup_id_fk118` FOREIGN KEY (`appgroup_id`) REFERENCES `appgroup` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `approle_appgroup_approle_code_fk117` FOREIGN KEY (`approle_code`) REFERENCES `approle` (`code`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Associates the application security roles to the groups. One role can exist in many groups. Tags: FLOSS SOLA Extension, User Admin';

-- upstream: system.appuser_setting
CREATE TABLE `appuser_setting` (
  `user_id` varchar(40) NOT NULL COMMENT 'Identifier of the user the setting applies to.',
  `name` varchar(50) NOT NULL COMMENT 'The name of the setting.',
  `vl` text NOT NULL COMMENT 'The value of the setting',
  `active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Flag to indicate if the setting is active or not.',
  PRIMARY KEY (`user_id`, `name`),
  CONSTRAINT `appuser_setting_user_id_fk103` FOREIGN KEY (`user_id`) REFERENCES `appuser` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Software settings specific for a user within the SOLA application. Not used by SOLA. Tags: FLOSS SOLA Extension, User Admin, Not Used';

-- upstream: system.setting
CREATE TABLE `setting` (
  `name` varchar(50) NOT NULL COMMENT 'Identifier/name for the setting',
  `vl` longtext NOT NULL COMMENT 'The value for the setting.',
  `active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Indicates if the setting is active or not. If not active, the default value for the setting will apply.',
  `description` varchar(555) NOT NULL COMMENT 'Description of the setting. ',
  `read_only` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether the setting is editable by the user.',
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Contains global settings for the SOLA application. Refer to the Administration Guide or the ConfigConstants class in the Common Utilities project for a list of the recognized settings. Note that not all possible settings are listed in the settings table. Settings may be omitted from this table if the default value applies. Tags: FLOSS SOLA Extension, Reference Table, System Configuration';

-- upstream: system.email
CREATE TABLE `email` (
  `id` varchar(40) NOT NULL COMMENT 'Unique identifier of the record.',
  `recipient` varchar(255) NOT NULL COMMENT 'Email address of recipient.',
  `recipient_name` varchar(255) COMMENT 'Name of recipient.',
  `cc` text COMMENT 'List of names and email address to send a copy of the message',
  `bcc` text COMMENT 'List of names and email address to send a blind copy of the message',
  `subject` varchar(250) NOT NULL COMMENT 'Subject of the message',
  `body` text NOT NULL COMMENT 'Message body',
  `attachment` longblob COMMENT 'Attachment file to send',
  `attachment_mime_type` varchar(250) COMMENT 'attachment_mime_type',
  `attachment_name` varchar(250) COMMENT 'Attachment file name',
  `time_to_send` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Date and time when to send the message.',
  `attempt` int NOT NULL DEFAULT 1 COMMENT 'Number of attempt of sending message.',
  `error` text COMMENT 'Error message received when sending the message.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Table for email messages to be sent.';

-- upstream: system.project
CREATE TABLE `project` (
  `id` varchar(40) NOT NULL COMMENT 'Primary key.',
  `display_name` text NOT NULL COMMENT 'Displayed name of the project.',
  `boundary` geometry COMMENT 'Project boundary.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the form historic table.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_display_name_unique` (`display_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Adjudication projects.';

-- upstream: system.project_appuser
CREATE TABLE `project_appuser` (
  `project_id` varchar(40) NOT NULL COMMENT 'Project id.',
  `appuser_id` varchar(40) NOT NULL COMMENT 'User id.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the form historic table.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`project_id`, `appuser_id`),
  CONSTRAINT `fk_project_appuser_appuser_id` FOREIGN KEY (`appuser_id`) REFERENCES `appuser` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_project_appuser_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Users who can access adjudication projects.';

-- upstream: system.language
CREATE TABLE `language` (
  `code` varchar(7) NOT NULL COMMENT 'Code for the langauge.',
  `display_value` varchar(250) NOT NULL COMMENT 'The text value that will be displayed to the user.',
  `active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Indicates if the language is current active or not.',
  `is_default` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates the default language used by SOLA. Only one record in the table should have is_default = true.',
  `item_order` int NOT NULL DEFAULT 1 COMMENT 'The order the langages should be displayed. The lowest order number will display the langage at the top of the language list. Also identifies the order that all localized string values must store their language translations.',
  `ltr` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Indicates text direction. If true, then left to right should applied, otherwise right to left.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `language_display_value_unique` (`display_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Lists the languages configured for the SOLA application Tags: FLOSS SOLA Extension, Reference Table, System Configuration';

-- upstream: system.br
CREATE TABLE `br` (
  `id` varchar(100) NOT NULL COMMENT 'The name of the business rule',
  `display_name` varchar(250) NOT NULL COMMENT 'The display name for the business rule.',
  `technical_type_code` varchar(20) NOT NULL COMMENT 'Indicates which engine must be used to run the business rule (sql or drools). Note that SOLA does not currently implement any Drools rules.',
  `feedback` text COMMENT 'The message that should be displayed to the user if the rule is not complied with.',
  `description` text COMMENT 'A description of the business rule. Intended for system administrators and end users.',
  `technical_description` text COMMENT 'A technical description of the business rule including any parameters the rule expects. Intended for developers.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `br_display_name_unique` (`display_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Provides a description of the business rules used by SOLA. Tags: FLOSS SOLA Extension, Business Rules';

-- upstream: system.config_map_layer
CREATE TABLE `config_map_layer` (
  `name` varchar(50) NOT NULL COMMENT 'Name assigned to the map layer.',
  `title` varchar(100) NOT NULL COMMENT 'The title used for the layer when it is displayed in the map control.',
  `type_code` varchar(20) NOT NULL COMMENT 'Indicates the source of data for the map layer. One of pojo (Plain Old Java Object - SOLA specific), wms (Web Map Service), shape (Shapefile)',
  `active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Flag to indicate if the layer is active. Inactive layers are not displayed in the map layer control.',
  `visible_in_start` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Flag to indicate if the layer should be turned on and display when the map initially displays',
  `item_order` int NOT NULL DEFAULT 0 COMMENT 'The order to use for display of layers in the layer control. The layer with the lowest number will be displayed at the bottom of the layer control.',
  `style` text COMMENT 'An SLD document representing the styles to use for display of the layer features in the map.',
  `url` varchar(500) COMMENT 'The URL identifying the data source for a WMS layer.',
  `wms_layers` varchar(500) COMMENT 'The names of the layers to request when obtaining data from a Web Map Service. Layer names must be separated with a comma.',
  `wms_version` varchar(10) COMMENT 'The version of the WMS server. Values can be one of 1.0.0, 1.1.0, 1.1.1, 1.3.0.',
  `wms_format` varchar(15) COMMENT 'Format of the output for the WMS layer. Allowed values are as defined by the WMS server capabilities. E.g. image/png or image/jpeg.',
  `wms_data_source` varchar(200) COMMENT 'Description to display in the Map when the WMS layer is turned on.',
  `pojo_structure` varchar(500) COMMENT 'Plain old java object structure. Must be specified in the same format as requried by the Geotools featuretype definition. E.g. theGeom:Polygon,label:""',
  `pojo_query_name` varchar(100) COMMENT 'The name of the query (i.e. system.query) used to retrieve features for this layer.',
  `pojo_query_name_for_select` varchar(100) COMMENT 'The name of the query to use to select objects corresponding to the layer. Can be used for any layer type',
  `shape_location` varchar(500) COMMENT 'The location of the shapefile. Used for layers of type shape. THe client application must have access to the shape file location.',
  `security_user` varchar(30) COMMENT 'The username to access a secure wms layer. Not currently used.',
  `security_password` varchar(30) COMMENT 'The password to access a secure wms layer. Not currently used.',
  `added_from_bulk_operation` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Flag to indicate the layer was added when using the SOLA Bulk Operation feature.',
  `use_in_public_display` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Flag to indicate if the layer must be visible when printing the public display map. Not relevant for other kinds of map operations.',
  `use_for_ot` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Flag to indicate if the layer must be visible on open tenure map.',
  PRIMARY KEY (`name`),
  UNIQUE KEY `config_map_layer_title_unique` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Identifies the layers available for display in the SOLA Map Viewer. Tags: FLOSS SOLA Extension, Reference Table, Map Configuration';

-- upstream: administrative.rrr_type
CREATE TABLE `rrr_type` (
  `code` varchar(20) NOT NULL COMMENT 'LADM Defintion: The code for the RRR type.',
  `rrr_group_type_code` varchar(20) NOT NULL COMMENT 'LADM Defintion: Identifies if the RRR type is a right, restriction or a responsibility.',
  `display_value` varchar(500) NOT NULL COMMENT 'LADM Defintion: Displayed value of the RRR type.',
  `is_primary` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'SOLA Extension: Flag to indicate if the RRR type is a primary RRR.',
  `share_check` tinyint(1) NOT NULL COMMENT 'LADM Defintion: Flag to indicate the that the sum of all shares for the RRR must be checked to ensure it equals 1.',
  `party_required` tinyint(1) NOT NULL COMMENT 'LADM Defintion: Flag to indicate at least one party must be associated with this RRR.',
  `description` longtext COMMENT 'LADM Defintion: Description of the RRR type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'SOLA Extension: Status of the RRR type.',
  `rrr_panel_code` varchar(20) COMMENT 'SOLA Extension. Used to identify the SOLA panel class to display to the user when they view or edit the RRR.',
  PRIMARY KEY (`code`),
  UNIQUE KEY `rrr_type_display_value_unique` (`display_value`),
  CONSTRAINT `rrr_type_rrr_group_type_code_fk22` FOREIGN KEY (`rrr_group_type_code`) REFERENCES `rrr_group_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of RRR types. E.g. freehold owernship, lease, mortgage, caveat, etc. Implementation of the LADM LA_ResponsibilityType, LA_RightType and LA_RestrictionType classes. Tags: LADM Reference Object, Reference Table';

-- upstream: application.request_type
CREATE TABLE `request_type` (
  `code` varchar(20) NOT NULL COMMENT 'The code for the request type.',
  `request_category_code` varchar(20) NOT NULL COMMENT 'The code for the request category type.',
  `display_value` varchar(500) NOT NULL COMMENT 'Displayed value of the request type.',
  `description` longtext COMMENT 'Description of the request type.',
  `status` char(1) NOT NULL DEFAULT 't' COMMENT 'Status of the request type',
  `nr_days_to_complete` int NOT NULL DEFAULT 0 COMMENT 'The number of days it should take for the service to be completed.  Can be used to manage and monitor transaction throughput targets for the land administration agency.',
  `base_fee` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The fixed fee component charged for the service or 0 if there is no fixed fee.',
  `area_base_fee` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The fee component charged for each square metre of the property or 0 if no area fee applies.',
  `value_base_fee` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The fee component charged against the value of the property or 0 if no value fee applies.',
  `nr_properties_required` int NOT NULL DEFAULT 0 COMMENT 'The minimum number of properties that must be referenced by the application before services of this type can be processed.',
  `notation_template` text COMMENT 'Template text to use when completing the details of RRR records created by the service.',
  `rrr_type_code` varchar(20) COMMENT 'Used by the Property Details screen to identify the type of RRR affected by the service. If null, the Property Details screen will allow the user to process all RRR types.',
  `type_action_code` varchar(20) COMMENT 'Used by teh Property Details screen to identify what action applies to the RRR affected by the service. One of new, vary or cancel. If null, the Property Details screen will allow the user to create or vary RRRs matching the rrr_type_code.',
  `display_group_name` varchar(500) COMMENT 'SOLA Extension. Used to group request types that have a similar purpose (e.g. Mortgage types or Systematic Registration types). Used by the Add Service dialog to group the request types for display.',
  `service_panel_code` varchar(20) COMMENT 'SOLA Extension. Used to identify the SOLA panel class to display to the user when they start the service',
  PRIMARY KEY (`code`),
  UNIQUE KEY `request_type_display_value_unique` (`display_value`),
  CONSTRAINT `request_type_request_category_code_fk20` FOREIGN KEY (`request_category_code`) REFERENCES `request_category_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `request_type_rrr_type_code_fk21` FOREIGN KEY (`rrr_type_code`) REFERENCES `rrr_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Code list of request types. Request types identify the different types of services provided by the land administration agency. SOLA includes a default set of request types that can be reconfigured to match those required by the land administration agency. Tags: FLOSS SOLA Extension, Reference Table';

-- upstream: party.party
CREATE TABLE `party` (
  `id` varchar(40) NOT NULL COMMENT 'LADM Definition: Identifier for the party.',
  `ext_id` varchar(255) COMMENT 'SOLA Extension: An identifier for the party from some external system such as a customer relationship management (CRM) system.',
  `type_code` varchar(20) NOT NULL COMMENT 'LADM Definition: The type of the party. E.g. naturalPerson, nonNaturalPerson, etc.',
  `name` varchar(255) COMMENT 'LADM Definition: The first name(s) for the party or the group or organisation name.',
  `last_name` varchar(50) COMMENT 'SOLA Extension: The last name for the party or blank for groups and organisations.',
  `fathers_name` varchar(50) COMMENT 'SOLA Extension: The first name of the father for the party. Relevant where the fathers first name forms part of the name for the party.',
  `fathers_last_name` varchar(50) COMMENT 'SOLA Extension: The last name of the father for the party. Relevant where the fathers last name forms part of the name for the party.',
  `alias` varchar(50) COMMENT 'SOLA Extension: Any alias for the party. A party can have more than one alias. If so, the aliases should be separated by a comma.',
  `gender_code` varchar(20) COMMENT 'SOLA Extension: Identifies the gender for the party. If the party is of type naturalPerson then a gender code must be specified.',
  `address_id` varchar(40) COMMENT 'SOLA Extension: Identifier for the contact address of the party.',
  `id_type_code` varchar(20) COMMENT 'SOLA Extension: Used to indicate the type of id used to verify the identity of the party.',
  `id_number` varchar(20) COMMENT 'SOLA Extension: The number from the id used to verify the identity of the party.',
  `email` varchar(50) COMMENT 'SOLA Extension: The party''s contact email address.',
  `mobile` varchar(15) COMMENT 'SOLA Extension: The party''s contact mobile phone number.',
  `phone` varchar(15) COMMENT 'SOLA Extension: The party''s main contact phone number. I.e. landline.',
  `fax` varchar(15) COMMENT 'SOLA Extension: The party''s fax number.',
  `preferred_communication_code` varchar(20) COMMENT 'SOLA Extension: Used to indicate the party''s preferred means of communication with the land administration agency.',
  `birth_date` date COMMENT 'SOLA Extension: Date of birth.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'SOLA Extension: Identifies the all change records for the row in the party_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'SOLA Extension: Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'SOLA Extension: Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'SOLA Extension: The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'SOLA Extension: The date and time the row was last modified.',
  `classification_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The security classification for this Party. Only users with the security classification (or a higher classification) will be able to view the record. If null, the record is considered unrestricted.',
  `redact_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The redact classification for this Party. Only users with the redact classification (or a higher classification) will be able to view the record with un-redacted fields. If null, the record is considered unrestricted and no redaction to the record will occur unless bulk redaction classifications have been set for fields of the record.',
  PRIMARY KEY (`id`),
  CONSTRAINT `party_address_id_fk10` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `party_gender_code_fk13` FOREIGN KEY (`gender_code`) REFERENCES `gender_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `party_id_type_code_fk12` FOREIGN KEY (`id_type_code`) REFERENCES `id_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `party_preferred_communication_code_fk11` FOREIGN KEY (`preferred_communication_code`) REFERENCES `communication_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `party_type_code_fk9` FOREIGN KEY (`type_code`) REFERENCES `party_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='An individual, group or organisation that is associated in some way with land office services. Implementation of the LADM LA_Party class. Tags: LADM Reference Object, Change History';

-- upstream: party.party_role
CREATE TABLE `party_role` (
  `party_id` varchar(40) NOT NULL COMMENT 'LADM Definition: Identifier for the party.',
  `type_code` varchar(20) NOT NULL COMMENT 'SOLA Extension: The type of role the party holds',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'SOLA Extension: Identifies the all change records for the row in the party_role_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'SOLA Extension: Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'SOLA Extension: Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'SOLA Extension: The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'SOLA Extension: The date and time the row was last modified.',
  PRIMARY KEY (`party_id`, `type_code`),
  CONSTRAINT `party_role_party_id_fk36` FOREIGN KEY (`party_id`) REFERENCES `party` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `party_role_type_code_fk37` FOREIGN KEY (`type_code`) REFERENCES `party_role_type` (`code`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Identifies the roles a party has in relation to the land office transactions and data. Implementation of the LADM LA_Party.role feild. Tags: LADM Reference Object, Change History';

-- upstream: party.group_party
CREATE TABLE `group_party` (
  `id` varchar(40) NOT NULL COMMENT 'LADM Definition: Identifier for the group party.',
  `type_code` varchar(20) NOT NULL COMMENT 'LADM Definition: The type of the group party. E.g. family, tribe, association, etc.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'SOLA Extension: Identifies the all change records for the row in the group_party_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'SOLA Extension: Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'SOLA Extension: Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'SOLA Extension: The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'SOLA Extension: The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `group_party_id_fk32` FOREIGN KEY (`id`) REFERENCES `party` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Groups any number of parties into a distinct entity. Implementation of the LADM LA_GroupParty class. Not used by SOLA Tags: LADM Reference Object, Change History, Not Used';

-- upstream: party.party_member
CREATE TABLE `party_member` (
  `party_id` varchar(40) NOT NULL COMMENT 'LADM Definition: Identifier for the party.',
  `group_id` varchar(40) NOT NULL COMMENT 'LADM Definition: Identifier of the group party',
  `share` double COMMENT 'LADM Definition: The share of a RRR held by a party member expressed as a fraction with a numerator and a denominator.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'SOLA Extension: Identifies the all change records for the row in the party_member_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'SOLA Extension: Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'SOLA Extension: Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'SOLA Extension: The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'SOLA Extension: The date and time the row was last modified.',
  PRIMARY KEY (`party_id`, `group_id`),
  CONSTRAINT `party_member_group_id_fk35` FOREIGN KEY (`group_id`) REFERENCES `group_party` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `party_member_party_id_fk34` FOREIGN KEY (`party_id`) REFERENCES `party` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Identifies the parties belonging to a group party. Implementation of the LADM LA_PartyMember class. Not used by SOLA. Tags: LADM Reference Object, Change History, Not Used';

-- upstream: opentenure.administrative_boundary
CREATE TABLE `administrative_boundary` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the boundary.',
  `name` varchar(255) NOT NULL COMMENT 'Official boundary name.',
  `type_code` varchar(20) NOT NULL COMMENT 'Boundary type code',
  `authority_name` varchar(255) COMMENT 'Authority name, rulling the boundary',
  `parent_id` varchar(40) COMMENT 'Parent boundary ID.',
  `geom` geometry COMMENT 'Actual geometry of the boundary.',
  `status_code` varchar(20) NOT NULL DEFAULT 'pending' COMMENT 'Status code of the boundary.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the claim_share_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  `recorder_name` varchar(50) NOT NULL COMMENT 'Boundary recorder name',
  `project_id` varchar(40) NOT NULL COMMENT 'Project ID',
  PRIMARY KEY (`id`),
  CONSTRAINT `administrative_boundary_parent_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `administrative_boundary` (`id`),
  CONSTRAINT `fk_admin_boundary_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Administrative boundaries, such as villages, distrcits, etc.';

-- upstream: application.application
CREATE TABLE `application` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the application.',
  `nr` varchar(15) NOT NULL COMMENT 'The application number displayed to end users. Generated by the generate-application-nr business rule when the application record is initially saved.',
  `agent_id` varchar(40) COMMENT 'Identifier of the party (individual or organization) that is requesting information or changes to the land registry and/or cadastre information recorded in SOLA. This could be a lawyer or surveyor under instruction from the property owner, the property owner themselves or a third party with a vested interest in a particular property.',
  `contact_person_id` varchar(40) NOT NULL COMMENT 'The person to contact in regard to the application. This person is considered the applicant.',
  `lodging_datetime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The lodging date and time of the application. This date identifies when the application is officially accepted by the land administration agency.',
  `expected_completion_date` date NOT NULL COMMENT 'The date the application should be completed by. This value is determined from the maximum service expected completion date associated with the application.',
  `assignee_id` varchar(40) COMMENT 'The identifier of the user assigned to the application. If this value is null, then the application is unassigned.',
  `assigned_datetime` datetime COMMENT 'The date and time the application was last assigned to a user.',
  `location` geometry COMMENT 'The approximate geographic location of the application. The user may indicate more than one point if the application affects a large number of parcels.',
  `services_fee` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The sum of all service fees.',
  `tax` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The tax applicable based on the services fee.',
  `total_fee` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The sum of the services_fee and tax.',
  `total_amount_paid` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The amount paid by the applicant. Usually will be the full amount (total_fee), but can be a partial payment if the land administration agency accepts partial payments.',
  `fee_paid` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Flag to indicate a sufficient amount (or all) of the fee has been paid. Once set, the application can be assigned and worked on.',
  `action_code` varchar(20) NOT NULL DEFAULT 'lodge' COMMENT 'The last action that happended to the application. E.g. lodged, assigned, validated, approved, etc.',
  `action_notes` varchar(255) COMMENT 'Optional description of the action.',
  `status_code` varchar(20) NOT NULL DEFAULT 'lodged' COMMENT 'The status of the application.',
  `receipt_reference` varchar(100) COMMENT 'The number of the receipt issued as proof of payment. If more than one receipt is issued in the case of part payments, the receipts numbers can be listed in this feild separated by commas.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the application_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  `classification_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The security classification for this Application/Job. Only users with the security classification (or a higher classification) will be able to view the record. If null, the record is considered unrestricted.',
  `redact_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The redact classification for this Application/Job. Only users with the redact classification (or a higher classification) will be able to view the record with un-redacted fields. If null, the record is considered unrestricted and no redaction to the record will occur unless bulk redaction classifications have been set for fields of the record.',
  PRIMARY KEY (`id`),
  CONSTRAINT `application_action_code_fk16` FOREIGN KEY (`action_code`) REFERENCES `application_action_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `application_agent_id_fk8` FOREIGN KEY (`agent_id`) REFERENCES `party` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `application_assignee_id_fk15` FOREIGN KEY (`assignee_id`) REFERENCES `appuser` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `application_contact_person_id_fk14` FOREIGN KEY (`contact_person_id`) REFERENCES `party` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `application_status_code_fk18` FOREIGN KEY (`status_code`) REFERENCES `application_status_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Applications capture details and manage requests received by the land administration agency to change, update or report on land registry and/or cadastre information. Applications have a lifecycle and transition into different states as the land administration agency processes the request that instigated the application. The primary role of an application is to implement case management functionality in SOLA. Tags: FLOSS SOLA Extension, Change History';

-- upstream: application.service
CREATE TABLE `service` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the service.',
  `application_id` varchar(40) COMMENT 'Identifier for the application the service is associated with.',
  `request_type_code` varchar(20) NOT NULL COMMENT 'The request type identifying the purpose of the service.',
  `service_order` int NOT NULL DEFAULT 0 COMMENT 'The relative order of the service within the application. Can be used to imply a workflow sequence for application related tasks.',
  `lodging_datetime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date the service was lodged on the application. Typically will match the application lodgement_datetime, but may vary if a service is added after the application is lodged.',
  `expected_completion_date` date NOT NULL COMMENT 'Date when the service is expected to be completed by. Calculated using the service lodging_datetime and the nr_days_to_complete for the service request type.',
  `status_code` varchar(20) NOT NULL DEFAULT 'lodged' COMMENT 'Service status code.',
  `action_code` varchar(20) NOT NULL DEFAULT 'lodge' COMMENT 'Service action code. Indicates the last action to occur on the service. E.g. lodge, start, complete, cancel, etc.',
  `action_notes` varchar(255) COMMENT 'Provides extra detail related to the last action to occur on the service. Not Used.',
  `base_fee` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The fixed fee charged for the service. Obtained from the base_fee value in request_type.',
  `area_fee` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The area fee charged for the service. Calculated from the sum of all areas listed for properties on the application multiplied by the request_type.area_base_fee.',
  `value_fee` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The value fee charged for the service. Calculated from the sum of all values listed for properties on the application multiplied by the request_type.value_base_fee.',
  `rowidentifier` varchar(40) NOT NULL,
  `rowversion` int NOT NULL DEFAULT 0,
  `change_action` char(1) NOT NULL DEFAULT 'i',
  `change_user` varchar(50),
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `service_application_id_fk7` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `service_request_type_code_fk19` FOREIGN KEY (`request_type_code`) REFERENCES `request_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `service_status_code_fk24` FOREIGN KEY (`status_code`) REFERENCES `service_status_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Used to control the type of change an application can make to the land registry and/or cadastre information recorded in SOLA. Services broadly identify the actions the land administration agency will undertake for the application. Every application lodged in SOLA must include at least one service. SOLA includes a default set of request types that can be reconfigured to match those services required by the land administration agency. Tags: FLOSS SOLA Extension, Change History';

-- upstream: transaction.transaction
CREATE TABLE `transaction` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the transaction.',
  `from_service_id` varchar(40) COMMENT 'The identifier of the service that initiated the transaction. NULL if the transaction has been created using other means. E.g. for migration or bulk data loading purposes.',
  `status_code` varchar(20) NOT NULL DEFAULT 'pending' COMMENT 'The status of the transaction',
  `approval_datetime` datetime COMMENT 'The date and time the transaction is approved.',
  `bulk_generate_first_part` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Flag used by the bulk operations functionality to determine if the first_namepart for cadastre objects should be automatically generated.',
  `is_bulk_operation` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Flag used to indicate the transaction was created in support of a bulk operation.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the transaction_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `transaction_from_service_id_unique` (`from_service_id`),
  CONSTRAINT `transaction_from_service_id_fk6` FOREIGN KEY (`from_service_id`) REFERENCES `service` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `transaction_status_code_fk27` FOREIGN KEY (`status_code`) REFERENCES `transaction_status_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Transactions are used to group changes to registered data (i.e. Property, RRR and Parcels). Each service initiates a transaction that is then recorded against any data edits made by the user. When the service is complete and the application approved, the data associated with the transction can be approved/registered as well. If the user chooses to reject their changes prior to approval, the transaction can be used to determine which data edits need to be removed from the system without affecting the currently registered data. Tags: FLOSS SOLA Extension, Change History';

-- upstream: opentenure.claim
CREATE TABLE `claim` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the claim.',
  `nr` varchar(15) NOT NULL COMMENT 'Auto generated claim number. Generated by the generate-claim-nr business rule when the claim record is initially saved.',
  `lodgement_date` datetime COMMENT 'The lodgement date and time of the claim.',
  `challenge_expiry_date` datetime COMMENT 'Expiration date when challenge claim can be submitted.',
  `decision_date` datetime COMMENT 'The decision date on the claim by the authority.',
  `description` varchar(250) COMMENT 'Free description of the claim.',
  `challenged_claim_id` varchar(40) COMMENT 'The identifier of the challenged claim. If this value is provided, it means the record is a claim challenge type.',
  `claimant_id` varchar(40) NOT NULL COMMENT 'The identifier of the claimant.',
  `mapped_geometry` geometry COMMENT 'Claimed property geometry calculated using system SRID',
  `gps_geometry` geometry COMMENT 'Claimed property geometry in Lat/Long format',
  `status_code` varchar(20) NOT NULL DEFAULT 'created' COMMENT 'The status of the claim.',
  `recorder_name` varchar(50) NOT NULL COMMENT 'User''s ID, who has created the claim.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the claim_historic table.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  `type_code` varchar(20) COMMENT 'Type of claim (e.g. ownership, usufruct, occupation).',
  `start_date` date COMMENT 'Start date of right (occupation)',
  `land_use_code` varchar(20) COMMENT 'Land use code',
  `notes` varchar(1000) COMMENT 'Any note that could be usefully stored as part of the claim',
  `north_adjacency` varchar(500) COMMENT 'Optional information about adjacency on the north',
  `south_adjacency` varchar(500) COMMENT 'Optional information about adjacency on the south',
  `east_adjacency` varchar(500) COMMENT 'Optional information about adjacency on the east',
  `west_adjacency` varchar(500) COMMENT 'Optional information about adjacency on the west',
  `assignee_name` varchar(50) COMMENT 'User name who is assigned to work with claim',
  `rejection_reason_code` varchar(20) COMMENT 'Rejection reason code.',
  `claim_area` bigint DEFAULT 0 COMMENT 'Claim area in square meters.',
  `boundary_id` varchar(40) COMMENT 'Administrative boundary id',
  `issuance_date` datetime COMMENT 'Claim issuance date',
  `termination_date` date COMMENT 'Date when claim was terminated',
  `termination_reason_code` varchar(20) COMMENT 'Termination reason code',
  `create_transaction` varchar(40) COMMENT 'Transaction code, used to create claim. It used for split/merge transaction to link parent and children claims.',
  `terminate_transaction` varchar(40) COMMENT 'Transaction code, used to terminate claim. It used for split/merge transaction to link parent and children claims.',
  `project_id` varchar(40) NOT NULL COMMENT 'Project ID',
  PRIMARY KEY (`id`),
  CONSTRAINT `claim_claimant_id_fk8` FOREIGN KEY (`claimant_id`) REFERENCES `opentenure_party` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `claim_fk_type_code` FOREIGN KEY (`type_code`) REFERENCES `rrr_type` (`code`),
  CONSTRAINT `claim_status_code_fk18` FOREIGN KEY (`status_code`) REFERENCES `claim_status` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_challenged_claim` FOREIGN KEY (`challenged_claim_id`) REFERENCES `claim` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_claim_administrative_boundary` FOREIGN KEY (`boundary_id`) REFERENCES `administrative_boundary` (`id`),
  CONSTRAINT `fk_claim_land_use_type` FOREIGN KEY (`land_use_code`) REFERENCES `land_use_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_claim_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_claim_rejection_reason_code` FOREIGN KEY (`rejection_reason_code`) REFERENCES `rejection_reason` (`code`),
  CONSTRAINT `fk_claim_termination_reason` FOREIGN KEY (`termination_reason_code`) REFERENCES `termination_reason` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Main table to store claim and claim challenge information submitted by the community recorders. SOLA Open Tenure extention.';

-- upstream: opentenure.claim_comment
CREATE TABLE `claim_comment` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the claim comment.',
  `claim_id` varchar(40) NOT NULL COMMENT 'Identifier for the claim.',
  `comment` varchar(500) NOT NULL COMMENT 'Comment text.',
  `comment_user` varchar(50) NOT NULL COMMENT 'The user id who has created comment.',
  `creation_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time when comment was created.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the claim_historic table.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `claim_comment_claim_id_fk8` FOREIGN KEY (`claim_id`) REFERENCES `claim` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: opentenure.claim_location
CREATE TABLE `claim_location` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the claim location.',
  `claim_id` varchar(40) NOT NULL COMMENT 'Identifier for the claim.',
  `mapped_location` geometry NOT NULL COMMENT 'Additional claim location geometry.',
  `gps_location` geometry COMMENT 'Additional claim location geometry in Lat/Long format.',
  `description` varchar(500) COMMENT 'Claim location description.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the claim_historic table.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `claim_location_claim_id_fk8` FOREIGN KEY (`claim_id`) REFERENCES `claim` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: opentenure.claim_share
CREATE TABLE `claim_share` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the claim share.',
  `claim_id` varchar(40) NOT NULL COMMENT 'Identifier of the claim the share is assocaited with.',
  `nominator` smallint COMMENT 'Nominiator part of the share (i.e. top number of fraction)',
  `denominator` smallint COMMENT 'Denominator part of the share (i.e. bottom number of fraction)',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the claim_share_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  `percentage` double COMMENT 'Percentage of the share. Another form of nominator/denominator presentation.',
  `status` char(1) NOT NULL DEFAULT 'a' COMMENT 'Indicating the status of the share. a - active (approved), h - historic, p - pending.',
  `registration_date` date COMMENT 'Registration date of the share. For initial claims must be equal to the date of the claim approval',
  `termination_date` date COMMENT 'Termination date of the share (when share became historic)',
  PRIMARY KEY (`id`),
  CONSTRAINT `claim_share_claim_id_fk12` FOREIGN KEY (`claim_id`) REFERENCES `claim` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Identifies the share a party has in a claim.';

-- upstream: opentenure.party_for_claim_share
CREATE TABLE `party_for_claim_share` (
  `party_id` varchar(40) NOT NULL COMMENT 'Identifier for the party.',
  `claim_share_id` varchar(40) NOT NULL COMMENT 'Identifier of the claim share.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the party_for_claim_share_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`party_id`, `claim_share_id`),
  CONSTRAINT `party_for_claim_share_claim_id_fk43` FOREIGN KEY (`claim_share_id`) REFERENCES `claim_share` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `party_for_claim_share_party_id_fk23` FOREIGN KEY (`party_id`) REFERENCES `opentenure_party` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Identifies parties involved in the claim share.';

-- upstream: opentenure.restriction
CREATE TABLE `restriction` (
  `id` varchar(40) NOT NULL COMMENT 'Unique identifier for the restriction.',
  `claim_id` varchar(40) NOT NULL COMMENT 'Claim ID.',
  `type_code` varchar(20) NOT NULL COMMENT 'Restriction type code.',
  `amount` decimal(29,2) COMMENT 'Mortgage amount',
  `start_date` date COMMENT 'Restriction start date. For mortgage start date of payment.',
  `end_date` date COMMENT 'Restriction end date.',
  `interest_rate` decimal(5,2) COMMENT 'Mortgage interest rate.',
  `registration_date` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Date when restriction was registered.',
  `termination_date` datetime COMMENT 'Date when restriction was terminated.',
  `status` char(1) NOT NULL DEFAULT 'a' COMMENT 'Indicating the status of the restriction. a - active (approved), h - historic, p - pending.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the document_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `restriction_claim_id_fk` FOREIGN KEY (`claim_id`) REFERENCES `claim` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `restriction_type_fk` FOREIGN KEY (`type_code`) REFERENCES `rrr_type` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Various claim restrictions.';

-- upstream: opentenure.party_for_restriction
CREATE TABLE `party_for_restriction` (
  `party_id` varchar(40) NOT NULL COMMENT 'Identifier for the party.',
  `restriction_id` varchar(40) NOT NULL COMMENT 'Identifier of the restriction.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the party_for_claim_share_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`party_id`, `restriction_id`),
  CONSTRAINT `party_for_restriction_party_id_fk` FOREIGN KEY (`party_id`) REFERENCES `opentenure_party` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `party_for_restriction_restriction_id_fk` FOREIGN KEY (`restriction_id`) REFERENCES `restriction` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Identifies parties involved in the restriction.';

-- upstream: opentenure.claim_uses_attachment
CREATE TABLE `claim_uses_attachment` (
  `claim_id` varchar(40) NOT NULL COMMENT 'Identifier for the claim the record is associated to.',
  `attachment_id` varchar(40) NOT NULL COMMENT 'Identifier of the attachment associated to the claim.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Unique row identifier.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`claim_id`, `attachment_id`),
  CONSTRAINT `claim_uses_attachment_claim_id_fk126` FOREIGN KEY (`claim_id`) REFERENCES `claim` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Links the claim to the attachment submitted with the claim. SOLA Open Tenure extension.';

-- upstream: opentenure.form_payload
CREATE TABLE `form_payload` (
  `id` varchar(40) NOT NULL COMMENT 'Primary key.',
  `claim_id` varchar(40) NOT NULL COMMENT 'Foreign key to the parent claim object.',
  `form_template_name` varchar(255) NOT NULL COMMENT 'Foreign key to relevant dynamic form template.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the form historic table.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `form_payload_claim_id_fkey` FOREIGN KEY (`claim_id`) REFERENCES `claim` (`id`) ON DELETE CASCADE,
  CONSTRAINT `form_payload_form_template_name_fkey` FOREIGN KEY (`form_template_name`) REFERENCES `form_template` (`name`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Dynamic form payload.';

-- upstream: opentenure.section_payload
CREATE TABLE `section_payload` (
  `id` varchar(40) NOT NULL COMMENT 'Primary key.',
  `name` varchar(255) NOT NULL COMMENT 'Section name to be used as UI component name.',
  `display_name` varchar(255) NOT NULL COMMENT 'Value to be used as a visible text (header) of UI component.',
  `element_name` varchar(255) NOT NULL COMMENT 'Section element name to be used as UI component name.',
  `element_display_name` varchar(255) NOT NULL COMMENT 'Text value to be used as a visible label of the section element UI component.',
  `min_occurrences` int NOT NULL COMMENT 'Minimum occurane of the section elements on the form.',
  `max_occurrences` int NOT NULL COMMENT 'Maximum occurane of the section elements on the form. If max > 1, UI will be shown as a table.',
  `form_payload_id` varchar(40) NOT NULL COMMENT 'Foreign key reference to form payload.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the form historic table.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  `item_order` int NOT NULL DEFAULT 1 COMMENT 'Section ordering number.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_section_payload_name_idx` (`name`, `form_payload_id`),
  CONSTRAINT `section_payload_form_payload_id_fkey` FOREIGN KEY (`form_payload_id`) REFERENCES `form_payload` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Dynamic form section payload.';

-- upstream: opentenure.section_element_payload
CREATE TABLE `section_element_payload` (
  `id` varchar(40) NOT NULL,
  `section_payload_id` varchar(40) NOT NULL COMMENT 'Section payload ID.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the form historic table.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `section_element_payload_section_payload_id_fkey` FOREIGN KEY (`section_payload_id`) REFERENCES `section_payload` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Dynamic form section element payload.';

-- upstream: opentenure.field_payload
CREATE TABLE `field_payload` (
  `id` varchar(40) NOT NULL COMMENT 'Primary key.',
  `name` varchar(255) NOT NULL COMMENT 'Field name to be used as UI component name.',
  `display_name` varchar(255) NOT NULL COMMENT 'Value to be used as a visible text of UI component.',
  `field_type` varchar(255) NOT NULL COMMENT 'Field type code.',
  `section_element_payload_id` varchar(40) NOT NULL COMMENT 'Section element id.',
  `string_payload` text COMMENT 'String field value.',
  `big_decimal_payload` decimal(20,10) COMMENT 'Decimal or integer field value.',
  `boolean_payload` tinyint(1) COMMENT 'Boolean field value.',
  `field_value_type` varchar(255) NOT NULL,
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the form historic table.',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  `item_order` int NOT NULL DEFAULT 1 COMMENT 'Field ordering number.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_field_payload_name_idx` (`name`, `section_element_payload_id`),
  CONSTRAINT `field_payload_section_element_payload_id_fkey` FOREIGN KEY (`section_element_payload_id`) REFERENCES `section_element_payload` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Dynamic form field payload.';

-- upstream: administrative.ba_unit
CREATE TABLE `ba_unit` (
  `id` varchar(40) NOT NULL COMMENT 'LADM Definition: Identifier for the BA Unit.',
  `type_code` varchar(20) NOT NULL DEFAULT 'basicPropertyUnit' COMMENT 'LADM Definition: The type of BA Unit. E.g. basicPropertyUnit, administrativeUnit, etc.',
  `name` varchar(255) COMMENT 'LADM Definition: The name of the BA Unit. Usually a concatenation of the name_firstpart and name_lastpart formatted as required.',
  `name_firstpart` varchar(20) NOT NULL COMMENT 'SOLA Extension: The first part of the name or reference assigned by the land administration agency to identify the property.',
  `name_lastpart` varchar(50) NOT NULL COMMENT 'SOLA Extension: The remaining part of the name or reference assigned by the land administration agency to identify the property.',
  `creation_date` datetime COMMENT 'SOLA Extension: The datetime the BA Unit is formally recognised by the land administration agency (i.e. registered or issued).',
  `expiration_date` datetime COMMENT 'SOLA Extension: The datetime the BA Unit was superseded and became historic.',
  `status_code` varchar(20) NOT NULL DEFAULT 'pending' COMMENT 'LADM Definition: The status of the BA unit.',
  `transaction_id` varchar(40) COMMENT 'SOLA Extension: Reference to the SOLA transaction that created the BA Unit.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'SOLA Extension: Identifies the all change records for the row in the ba_unit_as_party table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'SOLA Extension: Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'SOLA Extension: Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'SOLA Extension: The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'SOLA Extension: The date and time the row was last modified.',
  `classification_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The security classification for this Ba Unit. Only users with the security classification (or a higher classification) will be able to view the record. If null, the record is considered unrestricted.',
  `redact_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The redact classification for this Ba Unit. Only users with the redact classification (or a higher classification) will be able to view the record with un-redacted fields. If null, the record is considered unrestricted and no redaction to the record will occur unless bulk redaction classifications have been set for fields of the record.',
  PRIMARY KEY (`id`),
  CONSTRAINT `ba_unit_status_code_fk39` FOREIGN KEY (`status_code`) REFERENCES `reg_status_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `ba_unit_transaction_id_fk40` FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `ba_unit_type_code_fk38` FOREIGN KEY (`type_code`) REFERENCES `ba_unit_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A Basic Administrative Unit a.k.a. BA Unit or Property. Used to link the rights and restrictions over one or more parcels to the parties that hold those rights and restrictions. A right must be homogeneous over the entire BA Unit. Implementation of the LADM LA_BAUnit class. Tags: LADM Reference Object, Change History';

-- upstream: administrative.ba_unit_as_party
CREATE TABLE `ba_unit_as_party` (
  `ba_unit_id` varchar(40) NOT NULL COMMENT 'Identifier for the BA Unit.',
  `party_id` varchar(40) NOT NULL COMMENT 'Identifier for the Party.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'SOLA Extension: Identifies the all change records for the row in the ba_unit_as_party table',
  PRIMARY KEY (`ba_unit_id`, `party_id`),
  CONSTRAINT `ba_unit_as_party_ba_unit_id_fk71` FOREIGN KEY (`ba_unit_id`) REFERENCES `ba_unit` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `ba_unit_as_party_party_id_fk72` FOREIGN KEY (`party_id`) REFERENCES `party` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Associates BA Unit directly to Party. Implementation of the LADM LA_BAUnit to LA_Party relationship. Not used by SOLA. Tags: LADM Reference Object, Not Used';

-- upstream: administrative.ba_unit_area
CREATE TABLE `ba_unit_area` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the BA Unit Area.',
  `ba_unit_id` varchar(40) NOT NULL COMMENT 'Identifier for the BA Unit this area value is associated to.',
  `type_code` varchar(20) NOT NULL COMMENT 'The type of area. E.g. officialArea, calculatedArea, etc.',
  `size` decimal(19,2) NOT NULL COMMENT 'The value of the area. Must be in metres squared and can be converted for display if requried.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the ba_unit_area_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `ba_unit_area_ba_unit_id_fk77` FOREIGN KEY (`ba_unit_id`) REFERENCES `ba_unit` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Identifies the overall area of the BA Unit. This should be the sum of all parcel areas that are part of the BA Unit. Tags: FLOSS SOLA Extension, Change History';

-- upstream: administrative.rrr
CREATE TABLE `rrr` (
  `id` varchar(40) NOT NULL COMMENT 'LADM Definition: Identifier for the RRR',
  `ba_unit_id` varchar(40) NOT NULL COMMENT 'LADM Definition: Identifier for the BA Unit the RRR applies to.',
  `nr` varchar(20) NOT NULL COMMENT 'SOLA Extension: Number to identify the RRR. Determined by the generate-rrr-nr business rule. This value is used to track the different versions of the RRR as it is edited over time.',
  `type_code` varchar(20) NOT NULL COMMENT 'LADM Definition: The type of RRR. E.g. freehold ownership, lease, mortage, caveat, etc.',
  `status_code` varchar(20) NOT NULL DEFAULT 'pending' COMMENT 'SOLA Extension: The status of the RRR.',
  `is_primary` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'SOLA Extension. Flag it indicate if the RRR is the primary RRR for the BA Unit. One one of the current RRRs on the BA Unit can be flagged as the primary RRR.',
  `transaction_id` varchar(40) NOT NULL COMMENT 'SOLA Extension: Identifier of the transaction that created the RRR.',
  `registration_date` datetime COMMENT 'SOLA Extension: The date and time the RRR was formally registered by the Land Administration Agency.',
  `expiration_date` datetime COMMENT 'LADM Definition: The date and time defining when the RRR remains in force to. Implementation of the LADM LA_RRR.timespec field.',
  `share` double COMMENT 'LADM Defintion: Share of the RRR expressed as a fraction with numerator and denominator. Not used by SOLA as shares in rights are represetned in the rrr_share table. This avoids having multiple RRR of the same type on the BA Unit that only differ by share amounts.',
  `amount` decimal(29,2) COMMENT 'LADM Definition: The value of the mortgage. SOLA Extension: The amount associated with the RRR. E.g the value of the mortgage, the rental amount for a lease, etc.',
  `due_date` date COMMENT 'SOLA Extension: The date of the next payment for the RRR. E.g. the lease rental due date.',
  `mortgage_interest_rate` decimal(5,2) COMMENT 'LADM Definition: The interest rate of the mortgage as a percentage.',
  `mortgage_ranking` int COMMENT 'LADM Definition: The ranking order if more than one mortgage applies to the right.',
  `mortgage_type_code` varchar(20) COMMENT 'LADM Definition: The type of mortgage.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'SOLA Extension: Identifies the all change records for the row in the rrr_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'SOLA Extension: Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'SOLA Extension: Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'SOLA Extension: The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'SOLA Extension: The date and time the row was last modified.',
  `classification_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The security classification for this RRR. Only users with the security classification (or a higher classification) will be able to view the record. If null, the record is considered unrestricted.',
  `redact_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The redact classification for this RRR. Only users with the redact classification (or a higher classification) will be able to view the record with un-redacted fields. If null, the record is considered unrestricted and no redaction to the record will occur unless bulk redaction classifications have been set for fields of the record.',
  PRIMARY KEY (`id`),
  CONSTRAINT `rrr_ba_unit_id_fk42` FOREIGN KEY (`ba_unit_id`) REFERENCES `ba_unit` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `rrr_mortgage_type_code_fk45` FOREIGN KEY (`mortgage_type_code`) REFERENCES `mortgage_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `rrr_status_code_fk43` FOREIGN KEY (`status_code`) REFERENCES `reg_status_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `rrr_transaction_id_fk44` FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `rrr_type_code_fk41` FOREIGN KEY (`type_code`) REFERENCES `rrr_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='RRR are the specific rights, restrictions and responsibilities that can be registered on a property e.g. freehold ownership, lease, mortgage, caveat, etc. Implementation of the LADM LA_RRR class. Tags: LADM Reference Object, Change History';

-- upstream: administrative.rrr_share
CREATE TABLE `rrr_share` (
  `rrr_id` varchar(40) NOT NULL COMMENT 'Identifier of the RRR the share is assocaited with.',
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the RRR share.',
  `nominator` smallint NOT NULL COMMENT 'Nominiator part of the share (i.e. top number of fraction)',
  `denominator` smallint NOT NULL COMMENT 'Denominator part of the share (i.e. bottom number of fraction)',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the rrr_share_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`rrr_id`, `id`),
  CONSTRAINT `rrr_share_rrr_id_fk79` FOREIGN KEY (`rrr_id`) REFERENCES `rrr` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Identifies the share a party has in an RRR. Implementation of the LADM LA_RRR.share field. Tags: FLOSS SOLA Extension, Change History';

-- upstream: administrative.party_for_rrr
CREATE TABLE `party_for_rrr` (
  `rrr_id` varchar(40) NOT NULL COMMENT 'Identifier for the RRR.',
  `party_id` varchar(40) NOT NULL COMMENT 'Identifier for the party associated to the RRR.',
  `share_id` varchar(40) COMMENT 'Identifier for the share the party has in the RRR. Not populated unless the RRR is subject to a shared allocation. E.g. Mortgage RRR does not have shares.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the party_for_rrr_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`rrr_id`, `party_id`),
  CONSTRAINT `party_for_rrr_party_id_fk82` FOREIGN KEY (`party_id`) REFERENCES `party` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `party_for_rrr_rrr_id_fk80` FOREIGN KEY (`rrr_id`, `share_id`) REFERENCES `rrr_share` (`rrr_id`, `id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `party_for_rrr_rrr_id_fk81` FOREIGN KEY (`rrr_id`) REFERENCES `rrr` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Identifies the parties involved in each RRR. Also identifies the share each party has in the RRR if the RRR is subject to shared allocation. Tags: FLOSS SOLA Extension, Change History';

-- upstream: administrative.condition_for_rrr
CREATE TABLE `condition_for_rrr` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the condition.',
  `rrr_id` varchar(40) NOT NULL COMMENT 'Identifier of the RRR the condition relates to.',
  `condition_code` varchar(20) COMMENT 'The type of condition.',
  `custom_condition_text` varchar(500) COMMENT 'User entered text describing the condition and/or updated or revised text obtained from the template condition text.',
  `condition_quantity` int COMMENT 'A quantity value associted to the condition.',
  `condition_unit` varchar(15) COMMENT 'The unit of measure applicable for the condition quantity.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the condition_for_rrr_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `condition_for_rrr_condition_code_fk85` FOREIGN KEY (`condition_code`) REFERENCES `condition_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `condition_for_rrr_rrr_id_fk86` FOREIGN KEY (`rrr_id`) REFERENCES `rrr` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Captures any statutory or agreed conditions in relation to an RRR. E.g. conditions of lease, etc. An RRR can have multiple conditions associated to it. Tags: FLOSS SOLA Extension, Change History';

-- upstream: administrative.notation
CREATE TABLE `notation` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the notation.',
  `ba_unit_id` varchar(40) COMMENT 'Identifier of the BA Unit the notation is associated with. Only populated if the notation is linked directly to the BA Unit. NULL if the notation is associated with an RRR.',
  `rrr_id` varchar(40) COMMENT 'Identifier of the RRR the notation is assocaited with. Must not be populated if ba_unit_id is populated.',
  `transaction_id` varchar(40) NOT NULL COMMENT 'Identifier of the transaction that created the notation.',
  `reference_nr` varchar(15) NOT NULL COMMENT 'The notation reference number. Value determined using the generate-notation-reference-nr business rule.',
  `notation_text` varchar(1000) COMMENT 'The text of the notation. Note that template notation text can be obtained from the request type (i.e. service) the notation has been created as part of.',
  `notation_date` datetime COMMENT 'The date the notation is formalised/registered.',
  `status_code` varchar(20) NOT NULL DEFAULT 'pending' COMMENT 'The status of the notation.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the notation_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  `classification_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The security classification for this Notation. Only users with the security classification (or a higher classification) will be able to view the record. If null, the record is considered unrestricted.',
  `redact_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The redact classification for this Notation. Only users with the redact classification (or a higher classification) will be able to view the record with un-redacted fields. If null, the record is considered unrestricted and no redaction to the record will occur unless bulk redaction classifications have been set for fields of the record.',
  PRIMARY KEY (`id`),
  CONSTRAINT `notation_ba_unit_id_fk75` FOREIGN KEY (`ba_unit_id`) REFERENCES `ba_unit` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `notation_rrr_id_fk76` FOREIGN KEY (`rrr_id`) REFERENCES `rrr` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `notation_status_code_fk74` FOREIGN KEY (`status_code`) REFERENCES `reg_status_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `notation_transaction_id_fk73` FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Notations (a.k.a memorials) are text that summarise the affect a transaction has to a property/title. SOLA automatically creates template notations for every RRR change. Tags: FLOSS SOLA Extension, Change History';

-- upstream: application.application_property
CREATE TABLE `application_property` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the application property.',
  `application_id` varchar(40) NOT NULL COMMENT 'Identifier for the application the record is associated to.',
  `name_firstpart` varchar(20) NOT NULL COMMENT 'The first part of the name or reference assigned by the land administration agency to identify the property.',
  `name_lastpart` varchar(20) NOT NULL COMMENT 'The remaining part of the name or reference assigned by the land administration agency to identify the property.',
  `area` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The area of the property. This value should be square meters and converted if required for display to the user. e.g. Converted on display into and imperial acres, roods and perches value.',
  `total_value` decimal(20,2) NOT NULL DEFAULT 0 COMMENT 'The land or property value (may vary from jurisdiction to jurisdiction) on which a proportionate service fee can be calculated.',
  `verified_exists` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Flag to indicate if the property details provided for the application match an existing property record in the BA Unit table. ',
  `verified_location` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Flag to indicate if the property details provided for the application reference an existing parcel record in the Cadastre Object table.',
  `ba_unit_id` varchar(40) COMMENT 'Reference to a record in the BA Unit table that matches the property details provided for the application.',
  `land_use_code` varchar(20) COMMENT 'Code to indicate the general purpose of the property. E.g. Commerical, Residential, Industrial, etc.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the application_property_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_property_property_once` (`application_id`, `name_firstpart`, `name_lastpart`),
  CONSTRAINT `application_property_application_id_fk123` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `application_property_ba_unit_id_fk124` FOREIGN KEY (`ba_unit_id`) REFERENCES `ba_unit` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `application_property_land_use_code_fk125` FOREIGN KEY (`land_use_code`) REFERENCES `land_use_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Captures details of property associated to an application. Tags: FLOSS SOLA Extension, Change History';

-- upstream: cadastre.spatial_unit
CREATE TABLE `spatial_unit` (
  `id` varchar(40) NOT NULL COMMENT 'LADM Definition: Spatial unit identifier.',
  `dimension_code` varchar(20) NOT NULL DEFAULT '2D' COMMENT 'LADM Definition: Code for dimension.',
  `label` varchar(255) COMMENT 'LADM Definition:  Label for the spatial unit. Used by SOLA as the label to display for the feature in the Map Viewer.',
  `surface_relation_code` varchar(20) NOT NULL DEFAULT 'onSurface' COMMENT 'LADM Definition: Code indicating if the spatial unit is above or below the surface.',
  `level_id` varchar(40) COMMENT 'LADM Definition: The identifier for the level.',
  `land_use_code` varchar(20) COMMENT 'SOLA Extension: Code to indicate the general purpose of the cadastre object. E.g. Commerical, Residential, Industrial, etc.',
  `reference_point` geometry COMMENT 'LADM Definition: The coordinates of a point inside the spatial unit. Only used by SOLA to define point geometries like place names.',
  `geom` geometry COMMENT 'SOLA Extension: The geometry for the spatial unit. Can be any geometry type.',
  `transaction_id` varchar(40) COMMENT 'SOLA Extension: The identifier of the bulk operation transaction that loaded the spatial unit.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'SOLA Extension: Identifies the all change records for the row in the spatial_unit_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'SOLA Extension: Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'SOLA Extension: Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'SOLA Extension: The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'SOLA Extension: The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `spatial_unit_land_use_code_fk66` FOREIGN KEY (`land_use_code`) REFERENCES `land_use_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `spatial_unit_transaction_id_fk67` FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Single area (or multiple areas) of land, water or a single volume (or multiple volumes) of space. Implementation of the LADM LA_SpatialUnit class. Can be used by SOLA to represent geographic features such as place names and roading centrelines that are not considered as cadastre objects. Tags: LADM Reference Object, Change History';

-- upstream: cadastre.spatial_unit_address
CREATE TABLE `spatial_unit_address` (
  `spatial_unit_id` varchar(40) NOT NULL COMMENT 'Spatial unit identifier.',
  `address_id` varchar(40) NOT NULL COMMENT 'Address identifier',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the spatial_unit_address_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`spatial_unit_id`, `address_id`),
  CONSTRAINT `spatial_unit_address_address_id_fk90` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `spatial_unit_address_spatial_unit_id_fk89` FOREIGN KEY (`spatial_unit_id`) REFERENCES `spatial_unit` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Associates a spatial unit to one or more address records. Tags: FLOSS SOLA Extension, Change History';

-- upstream: cadastre.spatial_value_area
CREATE TABLE `spatial_value_area` (
  `spatial_unit_id` varchar(40) NOT NULL COMMENT 'Spatial unit identifier.',
  `type_code` varchar(20) NOT NULL COMMENT 'The type of the spatial value area. E.g. officialArea, calculatedArea, etc.',
  `size` decimal(29,2) NOT NULL COMMENT 'The value of the area. Must be in metres squared and can be converted for display if requried.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the spatial_value_area_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`spatial_unit_id`, `type_code`),
  CONSTRAINT `spatial_value_area_spatial_unit_id_fk87` FOREIGN KEY (`spatial_unit_id`) REFERENCES `spatial_unit` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Identifies the area of a 2 dimensional spatial unit. Implementation of the LADM LA_AreaValue class. Tags: LADM Reference Object, Change History';

-- upstream: cadastre.survey_point
CREATE TABLE `survey_point` (
  `transaction_id` varchar(40) NOT NULL COMMENT 'Identifier of the transaction that created the survey point.',
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the survey point.',
  `boundary` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Flag to indicate if the survey point is a boundary point (true) or traverse point (false).',
  `linked` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Flag to indicate if the new survey point has been linked to an existing cadastre object boundary node.',
  `geom` geometry NOT NULL COMMENT 'Geometry representing the current position of the survey point.',
  `original_geom` geometry NOT NULL COMMENT 'Geometry representing the original position of the survey point i.e. before it was linked to an existing cadastre object boundary node.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the survey_point_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`transaction_id`, `id`),
  CONSTRAINT `survey_point_transaction_id_fk99` FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Used to store new survey point details (i.e. boundary and traverse) when capturing a survey plan into SOLA. Survey points can be used to define new cadastre objects. Tags: FLOSS SOLA Extension, Change History';

-- upstream: source.source
CREATE TABLE `source` (
  `id` varchar(40) NOT NULL COMMENT 'LADM Definition: Source identifier.',
  `maintype` varchar(20) COMMENT 'LADM Definition: The type of the representation of the content of the source.',
  `la_nr` varchar(20) NOT NULL COMMENT 'SOLA Extension: Reference number or identifier assigned to the document by the land office.',
  `reference_nr` varchar(255) COMMENT 'SOLA Extension: Reference number or identifier assigned to the document by an external agency.',
  `archive_id` varchar(40) COMMENT 'SOLA Extension: Archive identifier for the source. ',
  `acceptance` date COMMENT 'LADM Definition: The date of force of law of the source by an authority.',
  `recordation` date COMMENT 'LADM Definition: The date of formalization by the source agency.',
  `submission` date COMMENT 'LADM Definition: The date of submission of the source by a party.',
  `expiration_date` date COMMENT 'SOLA Extension: The date the document expires and is no longer enforceable.',
  `ext_archive_id` varchar(40) COMMENT 'SOLA Extension: Identifier of the source in an external document management system. Used by SOLA to reference the digital copy of the document in the document table.',
  `availability_status_code` varchar(20) NOT NULL DEFAULT 'available' COMMENT 'LADM Definition: The code describing the availability status of the document.',
  `type_code` varchar(20) NOT NULL COMMENT 'LADM Definition: The type of document.',
  `content` text COMMENT 'LADM Definition: The content of the source. Not used by SOLA as digital copies of documents are stored in the document table.',
  `status_code` varchar(20) COMMENT 'SOLA Extension: Status (pending, current, historic) of the source. Only used for transactioned documents such as power of attorney.',
  `transaction_id` varchar(40) COMMENT 'SOLA Extension: Reference to the transaction used to register the document in SOLA. Only used for transactioned documents such as power of attorney.',
  `owner_name` varchar(255) COMMENT 'SOLA Extension: The name of the firm or bank that created the document (a.k.a. Source Agency).',
  `version` varchar(10) COMMENT 'SOLA Extension: The document version.',
  `description` varchar(255),
  `signing_date` date COMMENT 'SOLA Extension: The date the document was signed by all parties.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the source_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  `classification_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The security classification for this Source. Only users with the security classification (or a higher classification) will be able to view the record. If null, the record is considered unrestricted.',
  `redact_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The redact classification for this Source. Only users with the redact classification (or a higher classification) will be able to view the record with un-redacted fields. If null, the record is considered unrestricted and no redaction to the record will occur unless bulk redaction classifications have been set for fields of the record.',
  PRIMARY KEY (`id`),
  CONSTRAINT `source_archive_id_fk0` FOREIGN KEY (`archive_id`) REFERENCES `archive` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `source_status_code_fk4` FOREIGN KEY (`status_code`) REFERENCES `reg_status_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `source_transaction_id_fk5` FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `source_type_code_fk3` FOREIGN KEY (`type_code`) REFERENCES `administrative_source_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Represents metadata about documents or recognised facts that provide the basis for the recording of a registration, cadastre change, right, responsibility or administrative action by the land office. Implementation of the LADM LA_Source class. Tags: LADM Reference Object, Change History';

-- upstream: source.power_of_attorney
CREATE TABLE `power_of_attorney` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the power of attorney record. Matches the source identifier for the power of attorney record.',
  `person_name` varchar(500) NOT NULL COMMENT 'The name of the person that is granting the power of attorney (a.k.a. grantor).',
  `attorney_name` varchar(500) NOT NULL COMMENT 'The name of the person that will act on behalf of the grantor as their attorney.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the power_of_attorney_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`id`),
  CONSTRAINT `power_of_attorney_id_fk31` FOREIGN KEY (`id`) REFERENCES `source` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='An extension of the soure.source table that captures details for power of attorney documents. Tags: FLOSS SOLA Extension, Change History';

-- upstream: transaction.transaction_source
CREATE TABLE `transaction_source` (
  `transaction_id` varchar(40) NOT NULL COMMENT 'Identifier for the transaction.',
  `source_id` varchar(40) NOT NULL COMMENT 'The identifier of the source associated to the transation.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the transaction_source_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`transaction_id`, `source_id`),
  CONSTRAINT `transaction_source_source_id_fk101` FOREIGN KEY (`source_id`) REFERENCES `source` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `transaction_source_transaction_id_fk100` FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Associates transactions to source (a.k.a. documents) that justify the transaction. Used by the Cadastre Change and Cadastre Redefintion services. Tags: FLOSS SOLA Extension, Change History';

-- upstream: administrative.source_describes_rrr
CREATE TABLE `source_describes_rrr` (
  `rrr_id` varchar(40) NOT NULL COMMENT 'Identifier for the RRR.',
  `source_id` varchar(40) NOT NULL COMMENT 'Identifier for the source associated with the RRR.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the source_describes_ba_unit_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`rrr_id`, `source_id`),
  CONSTRAINT `source_describes_rrr_rrr_id_fk48` FOREIGN KEY (`rrr_id`) REFERENCES `rrr` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `source_describes_rrr_source_id_fk49` FOREIGN KEY (`source_id`) REFERENCES `source` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Associates a RRR with one or more source (a.k.a. document) records. Implementation of the LADM LA_RRR to LA_AdministrativeSource relationship. Tags: LADM Reference Object, Change History';

-- upstream: administrative.source_describes_ba_unit
CREATE TABLE `source_describes_ba_unit` (
  `source_id` varchar(40) NOT NULL COMMENT 'Identifier for the source associated with the BA Unit.',
  `ba_unit_id` varchar(40) NOT NULL COMMENT 'Identifier for the BA Unit.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the source_describes_ba_unit_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`source_id`, `ba_unit_id`),
  CONSTRAINT `source_describes_ba_unit_ba_unit_id_fk50` FOREIGN KEY (`ba_unit_id`) REFERENCES `ba_unit` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `source_describes_ba_unit_source_id_fk51` FOREIGN KEY (`source_id`) REFERENCES `source` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Associates a BA Unit with one or more source (a.k.a. document) records. Implementation of the LADM LA_BAUnit to LA_AdministrativeSource relationship. Tags: LADM Reference Object, Change History';

-- upstream: application.application_uses_source
CREATE TABLE `application_uses_source` (
  `application_id` varchar(40) NOT NULL COMMENT 'Identifier for the application the record is associated to.',
  `source_id` varchar(40) NOT NULL COMMENT 'Identifier of the source associated to the application.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the application_spatial_unit_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`application_id`, `source_id`),
  CONSTRAINT `application_uses_source_application_id_fk126` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `application_uses_source_source_id_fk127` FOREIGN KEY (`source_id`) REFERENCES `source` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Links the application to the sources (a.k.a. documents) submitted with the application. Tags: FLOSS SOLA Extension, Change History';

-- upstream: party.source_describes_party
CREATE TABLE `source_describes_party` (
  `source_id` varchar(40) NOT NULL,
  `party_id` varchar(40) NOT NULL,
  `rowidentifier` varchar(40) NOT NULL,
  `rowversion` int NOT NULL DEFAULT 0,
  `change_action` char(1) NOT NULL DEFAULT 'i',
  `change_user` varchar(50),
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`source_id`, `party_id`),
  CONSTRAINT `source_describes_party_party_id_fk41` FOREIGN KEY (`party_id`) REFERENCES `party` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `source_describes_party_source_id_fk42` FOREIGN KEY (`source_id`) REFERENCES `source` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Implements the many-to-many relationship identifying administrative source instances with party instances  LADM Reference Object Relationship LA_AdministrativeSource - LA_PARTY LADM Definition Not Defined';

-- upstream: cadastre.cadastre_object
CREATE TABLE `cadastre_object` (
  `id` varchar(40) NOT NULL COMMENT 'Identifier for the cadastre object.',
  `type_code` varchar(20) NOT NULL DEFAULT 'parcel' COMMENT 'The type of cadastre object. E.g. parcel, building unit, etc.',
  `building_unit_type_code` varchar(20) COMMENT 'The building unit subtype if applicable. Not used by SOLA.',
  `approval_datetime` datetime COMMENT 'The datetime the cadastre object was approved/registered.',
  `historic_datetime` datetime COMMENT 'The datetime the cadastre object was superseded and became historic.',
  `source_reference` varchar(100) COMMENT 'Used to indicate the original source of the cadastre object. Can be a map reference or a reference to the system the geometry was migrated from.',
  `name_firstpart` varchar(20) NOT NULL COMMENT 'The first part of the name or reference assigned by the land administration agency to identify the cadastre object. E.g. lot number, etc',
  `name_lastpart` varchar(50) NOT NULL COMMENT 'The remaining part of the name or reference assigned by the land administration agency to identify the cadastre object. E.g. survey plan number, map number, section reference, etc.',
  `status_code` varchar(20) NOT NULL DEFAULT 'pending' COMMENT 'The status of the cadastre object.',
  `geom_polygon` geometry COMMENT 'The PostGIS geometry for the cadastre object. Must be a ploygon. Multipolygon geometries are not currently supported by SOLA.',
  `transaction_id` varchar(40) NOT NULL COMMENT 'Reference to the SOLA transaction that created the cadastre object.',
  `land_use_code` varchar(255) DEFAULT 'residential' COMMENT 'Code to indicate the general purpose of the cadastre object. E.g. Commerical, Residential, Industrial, etc.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the cadastre_object_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  `classification_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The security classification for this Parcel. Only users with the security classification (or a higher classification) will be able to view the record. If null, the record is considered unrestricted.',
  `redact_code` varchar(20) COMMENT 'FROM  SOLA State Land Extension: The redact classification for this Parcel. Only users with the redact classification (or a higher classification) will be able to view the record with un-redacted fields. If null, the record is considered unrestricted and no redaction to the record will occur unless bulk redaction classifications have been set for fields of the record.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `cadastre_object_name` (`name_firstpart`, `name_lastpart`),
  CONSTRAINT `cadastre_object_id_fk61` FOREIGN KEY (`id`) REFERENCES `spatial_unit` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `cadastre_object_status_code_fk63` FOREIGN KEY (`status_code`) REFERENCES `reg_status_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `cadastre_object_transaction_id_fk65` FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `cadastre_object_type_code_fk62` FOREIGN KEY (`type_code`) REFERENCES `cadastre_object_type` (`code`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Specialization of Spatial Unit that represents primary cadastral features such as parcels. Parcels captured in SOLA should have a spatial definition that illustrates the shape and geographic location of the parcel although this is not a mandatory requirement. Parcels without a spatial definition may be referred to as aspatial or textual parcels. Tags: FLOSS SOLA Extension, Change History';

-- upstream: administrative.ba_unit_contains_spatial_unit
CREATE TABLE `ba_unit_contains_spatial_unit` (
  `ba_unit_id` varchar(40) NOT NULL COMMENT 'Identifier for the BA Unit.',
  `spatial_unit_id` varchar(40) NOT NULL COMMENT 'Identifier for the Spatial Unit associated to the BA Unit.',
  `rowidentifier` varchar(40) NOT NULL COMMENT 'Identifies the all change records for the row in the ba_unit_contains_spatial_unit_historic table',
  `rowversion` int NOT NULL DEFAULT 0 COMMENT 'Sequential value indicating the number of times this row has been modified.',
  `change_action` char(1) NOT NULL DEFAULT 'i' COMMENT 'Indicates if the last data modification action that occurred to the row was insert (i), update (u) or delete (d).',
  `change_user` varchar(50) COMMENT 'The user id of the last person to modify the row.',
  `change_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The date and time the row was last modified.',
  PRIMARY KEY (`ba_unit_id`, `spatial_unit_id`),
  CONSTRAINT `ba_unit_contains_spatial_unit_ba_unit_id_fk68` FOREIGN KEY (`ba_unit_id`) REFERENCES `ba_unit` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `ba_unit_contains_spatial_unit_spatial_unit_id_fk69` FOREIGN KEY (`spatial_unit_id`) REFERENCES `spatial_unit` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `ba_unit_contains_spatial_unit_spatial_unit_id_fk70` FOREIGN KEY (`spatial_unit_id`) REFERENCES `cadastre_object` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Associates BA Unit with Spatial Unit. Indicates the parcels that comprise the BA Unit. Implementation of the LA_BAUnit to LA_SpatialUnit relationship. Tags: LADM Reference Object, Change History';


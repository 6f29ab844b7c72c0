-- Carnet de bord (gip-inclusion/carnet-de-bord) hasura/migrations/carnet_de_bord/*/up.sql at e0fe72120e7fec28d919b84d076fb1db62962d3f, Apache-2.0
-- The 162 Hasura migrations applied in PostgreSQL 15, final public schema written as MySQL DDL; indexes and checks left out; primary and foreign keys and comments kept.

CREATE TABLE `action_status` (
  `status` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='available actions status';

CREATE TABLE `admin_cdb` (
  `id` CHAR(36) NOT NULL,
  `email` TEXT NOT NULL,
  `firstname` VARCHAR(255) NOT NULL,
  `lastname` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contract_type` (
  `id` VARCHAR(255) NOT NULL,
  `label` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deployment` (
  `id` CHAR(36) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `config` JSON,
  `department_code` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='list of carnet-de-bord deployments';

CREATE TABLE `admin_structure` (
  `id` CHAR(36) NOT NULL,
  `firstname` VARCHAR(255),
  `lastname` VARCHAR(255),
  `email` TEXT NOT NULL,
  `phone_numbers` VARCHAR(255),
  `position` VARCHAR(255),
  `deployment_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Table of structure manager, handle pro and brsa attachment';

CREATE TABLE `employment_type` (
  `id` VARCHAR(255) NOT NULL,
  `label` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_source` (
  `value` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_data` (
  `id` CHAR(36) NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `hash` TEXT NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`source`) REFERENCES `external_source` (`value`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manager` (
  `id` CHAR(36) NOT NULL,
  `email` TEXT NOT NULL,
  `firstname` VARCHAR(255),
  `lastname` VARCHAR(255),
  `deployment_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='A manager handle structure and professional for a given deployment';

CREATE TABLE `notebook_event_type` (
  `value` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orientation_manager` (
  `id` CHAR(36) NOT NULL,
  `firstname` VARCHAR(255),
  `lastname` VARCHAR(255),
  `email` TEXT NOT NULL,
  `phone_numbers` VARCHAR(255) COMMENT 'liste des numéros de téléphones séparés par des virgules',
  `deployment_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Table des chargés d’orientation';

CREATE TABLE `orientation_type` (
  `id` VARCHAR(255) NOT NULL,
  `label` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='table contenant les différents types d’orientation';

CREATE TABLE `orientation_system` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `orientation_type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deployment_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`orientation_type`) REFERENCES `orientation_type` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ref_theme` (
  `name` VARCHAR(255) NOT NULL,
  `label` TEXT NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='contains the availables themes for focus, sitations, targets, actions';

CREATE TABLE `ref_action` (
  `id` CHAR(36) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `theme` VARCHAR(255) NOT NULL DEFAULT 'none',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`theme`) REFERENCES `ref_theme` (`name`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ref_situation` (
  `id` CHAR(36) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `theme` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`theme`) REFERENCES `ref_theme` (`name`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ref_target` (
  `id` CHAR(36) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `theme` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`theme`) REFERENCES `ref_theme` (`name`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `label` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='liste des roles';

CREATE TABLE `rome_code` (
  `id` CHAR(36) NOT NULL,
  `code` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `label` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rsa_closure_reason` (
  `code` VARCHAR(255) NOT NULL,
  `label` TEXT NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='code and reason for rsa closure reason';

CREATE TABLE `rsa_suspension_reason` (
  `code` VARCHAR(255) NOT NULL,
  `label` TEXT NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='rsa suspension code and reason for enum';

CREATE TABLE `beneficiary` (
  `id` CHAR(36) NOT NULL,
  `email` TEXT,
  `lastname` VARCHAR(255) NOT NULL,
  `firstname` VARCHAR(255) NOT NULL,
  `caf_number` VARCHAR(255),
  `pe_number` VARCHAR(255),
  `postal_code` VARCHAR(255),
  `city` VARCHAR(255),
  `address1` VARCHAR(255),
  `address2` VARCHAR(255),
  `mobile_number` VARCHAR(255),
  `date_of_birth` DATE NOT NULL,
  `deployment_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `external_id` TEXT,
  `place_of_birth` VARCHAR(255),
  `nir` VARCHAR(13),
  `pe_unique_import_id` TEXT,
  `right_rsa` VARCHAR(255),
  `right_are` TINYINT(1) NOT NULL DEFAULT 0,
  `right_ass` TINYINT(1) NOT NULL DEFAULT 0,
  `right_bonus` TINYINT(1) NOT NULL DEFAULT 0,
  `is_homeless` TINYINT(1),
  `subject_to_right_and_duty` TINYINT(1),
  `rsa_suspension_reason` VARCHAR(255),
  `rsa_closure_reason` VARCHAR(255),
  `rsa_closure_date` DATE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`),
  FOREIGN KEY (`rsa_closure_reason`) REFERENCES `rsa_closure_reason` (`code`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`rsa_suspension_reason`) REFERENCES `rsa_suspension_reason` (`code`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook` (
  `id` CHAR(36) NOT NULL,
  `beneficiary_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `right_rqth` TINYINT(1) NOT NULL DEFAULT 0,
  `education_level` VARCHAR(255),
  `work_situation_date` DATE,
  `contract_type` VARCHAR(255),
  `contract_sign_date` DATE,
  `work_situation` VARCHAR(255),
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `work_situation_end_date` DATE,
  `contract_start_date` DATE,
  `contract_end_date` DATE,
  `last_job_ended_at` DATE,
  `diagnostic_fetched_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook_info` (
  `notebook_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `orientation_system_id` CHAR(36),
  `orientation_reason` TEXT COMMENT 'motif de l''orientation, saisi par le chargé d''orientation',
  PRIMARY KEY (`notebook_id`),
  FOREIGN KEY (`notebook_id`) REFERENCES `notebook` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`orientation_system_id`) REFERENCES `orientation_system` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='notebook orientation infos';

CREATE TABLE `professional_project` (
  `id` CHAR(36) NOT NULL,
  `notebook_id` CHAR(36) NOT NULL,
  `rome_code_id` CHAR(36),
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `mobility_radius` INT,
  `hourly_rate` INT COMMENT 'in cents (divide by 100 for the EUR value)',
  `contract_type_id` VARCHAR(255),
  `employment_type_id` VARCHAR(255),
  `updated_by` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contract_type_id`) REFERENCES `contract_type` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`employment_type_id`) REFERENCES `employment_type` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`notebook_id`) REFERENCES `notebook` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`rome_code_id`) REFERENCES `rome_code` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores the jobs wanted for a notebook beneficiary';

CREATE TABLE `structure` (
  `id` CHAR(36) NOT NULL,
  `siret` VARCHAR(255),
  `name` TEXT NOT NULL,
  `short_desc` TEXT,
  `phone` VARCHAR(255),
  `email` VARCHAR(255),
  `postal_code` VARCHAR(255),
  `city` VARCHAR(255),
  `address1` VARCHAR(255),
  `address2` VARCHAR(255),
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `website` VARCHAR(255),
  `deployment_id` CHAR(36) NOT NULL,
  `sensitive` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`deployment_id`) REFERENCES `deployment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_structure_structure` (
  `id` CHAR(36) NOT NULL,
  `admin_structure_id` CHAR(36) NOT NULL,
  `structure_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`admin_structure_id`) REFERENCES `admin_structure` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`structure_id`) REFERENCES `structure` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='associative table between admin_structure and structure (many ot many)';

CREATE TABLE `beneficiary_structure` (
  `id` CHAR(36) NOT NULL,
  `beneficiary_id` CHAR(36) NOT NULL,
  `structure_id` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'current',
  `data` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`structure_id`) REFERENCES `structure` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='associative table between beneficiary and structure (many ot many)';

CREATE TABLE `professional` (
  `id` CHAR(36) NOT NULL,
  `structure_id` CHAR(36) NOT NULL,
  `email` TEXT NOT NULL,
  `lastname` VARCHAR(255) NOT NULL,
  `firstname` VARCHAR(255) NOT NULL,
  `position` TEXT,
  `mobile_number` VARCHAR(255),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`structure_id`) REFERENCES `structure` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account` (
  `id` CHAR(36) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `access_key` VARCHAR(255),
  `access_key_date` DATETIME,
  `last_login` DATETIME,
  `beneficiary_id` CHAR(36),
  `professional_id` CHAR(36),
  `admin_id` CHAR(36),
  `confirmed` TINYINT(1) NOT NULL DEFAULT 0,
  `onboarding_done` TINYINT(1) DEFAULT 0,
  `manager_id` CHAR(36),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `admin_structure_id` CHAR(36),
  `orientation_manager_id` CHAR(36),
  `deleted_at` DATETIME,
  `cgu_validated_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`admin_id`) REFERENCES `admin_cdb` (`id`),
  FOREIGN KEY (`admin_structure_id`) REFERENCES `admin_structure` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary` (`id`),
  FOREIGN KEY (`manager_id`) REFERENCES `manager` (`id`),
  FOREIGN KEY (`orientation_manager_id`) REFERENCES `orientation_manager` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`professional_id`) REFERENCES `professional` (`id`),
  FOREIGN KEY (`type`) REFERENCES `role` (`label`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_data_info` (
  `external_data_id` CHAR(36) NOT NULL,
  `beneficiary_id` CHAR(36),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `professional_id` CHAR(36),
  PRIMARY KEY (`external_data_id`),
  FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`external_data_id`) REFERENCES `external_data` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`professional_id`) REFERENCES `professional` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook_appointment` (
  `id` CHAR(36) NOT NULL,
  `notebook_id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `date` DATETIME NOT NULL,
  `status` TEXT NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `deleted_by` CHAR(36),
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`deleted_by`) REFERENCES `account` (`id`),
  FOREIGN KEY (`notebook_id`) REFERENCES `notebook` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook_creation` (
  `id` CHAR(36) NOT NULL,
  `notebook_id` CHAR(36) NOT NULL,
  `creator_account_id` CHAR(36) NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_account_id`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`notebook_id`) REFERENCES `notebook` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='tracks notebook creations';

CREATE TABLE `notebook_event` (
  `id` CHAR(36) NOT NULL,
  `notebook_id` CHAR(36) NOT NULL,
  `creation_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `event_date` DATETIME NOT NULL,
  `creator_id` CHAR(36),
  `event` JSON NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`event_type`) REFERENCES `notebook_event_type` (`value`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`notebook_id`) REFERENCES `notebook` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook_focus` (
  `id` CHAR(36) NOT NULL,
  `theme` VARCHAR(255) NOT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `notebook_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`notebook_id`) REFERENCES `notebook` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook_member` (
  `id` CHAR(36) NOT NULL,
  `notebook_id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `last_visited_at` DATETIME,
  `member_type` VARCHAR(255) NOT NULL,
  `last_modified_at` DATETIME,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `creator_id` CHAR(36),
  `invitation_sent_at` DATETIME,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `membership_ended_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT,
  FOREIGN KEY (`creator_id`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`notebook_id`) REFERENCES `notebook` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook_situation` (
  `id` CHAR(36) NOT NULL,
  `notebook_id` CHAR(36) NOT NULL,
  `situation_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` CHAR(36),
  `deleted_at` DATETIME,
  `deleted_by` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`deleted_by`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`notebook_id`) REFERENCES `notebook` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`situation_id`) REFERENCES `ref_situation` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook_target` (
  `id` CHAR(36) NOT NULL,
  `focus_id` CHAR(36) NOT NULL,
  `target` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `creator_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` VARCHAR(255) NOT NULL DEFAULT 'in_progress',
  `linked_to` VARCHAR(255),
  `user_consent` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`focus_id`) REFERENCES `notebook_focus` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook_action` (
  `id` CHAR(36) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `target_id` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'in_progress',
  `creator_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `starting_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`status`) REFERENCES `action_status` (`status`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`target_id`) REFERENCES `notebook_target` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook_update` (
  `id` CHAR(36) NOT NULL,
  `notebook_id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `type` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`notebook_id`) REFERENCES `notebook` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebook_visit` (
  `id` CHAR(36) NOT NULL,
  `notebook_id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `visited_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`notebook_id`) REFERENCES `notebook` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='store notebook visit on a given notebook';

CREATE TABLE `nps_rating` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `score` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='NPS ratings from users';

CREATE TABLE `orientation_request` (
  `id` CHAR(36) NOT NULL,
  `beneficiary_id` CHAR(36) NOT NULL,
  `requestor_account_id` CHAR(36) NOT NULL,
  `status` TEXT,
  `decided_at` DATETIME,
  `reason` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `requested_orientation_system_id` CHAR(36) NOT NULL,
  `decided_orientation_system_id` CHAR(36),
  `decision_reason` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`beneficiary_id`) REFERENCES `beneficiary` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`decided_orientation_system_id`) REFERENCES `orientation_system` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`requested_orientation_system_id`) REFERENCES `orientation_system` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`requestor_account_id`) REFERENCES `account` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `professional_orientation_system` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `professional_id` CHAR(36) NOT NULL,
  `orientation_system_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`orientation_system_id`) REFERENCES `orientation_system` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`professional_id`) REFERENCES `professional` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- IRS Direct File (Internal Revenue Service; the free federal e-filing service of tax years 2023-2024)
-- Upstream: github.com/IRS-Public/direct-file, commit e0d5c84451cc52b72d20d04652e306bf4af1a43c (public domain in the
-- US, CC0-1.0 elsewhere). Liquibase YAML changelogs `direct-file/<service>/src/main/resources/db/migrations/*.yaml`
-- (includeAll, alphabetical order) of the five services with a database: backend, email-service, state-api, status,
-- submit. Replayed by a small script into their final state and written as MySQL DDL: UUID -> CHAR(36),
-- unbounded VARCHAR -> TEXT, TIMESTAMP [WITH|WITHOUT TIME ZONE] -> DATETIME, serial -> INT (AUTO_INCREMENT when the
-- key), BOOLEAN -> TINYINT(1); defaults CURRENT_TIMESTAMP and booleans kept, PostgreSQL interval defaults dropped.
-- Primary, unique and foreign keys and indexes as the changelogs create them; the status service's first two foreign
-- keys are skipped by their own preconditions on a fresh database, so only the later `completed_error_*_fk` pair
-- exists. Each service has its own database upstream: one foreign key name is shared by two state-api tables
-- (`state_profile_id_fkey`), so the second is written `state_language_state_profile_id_fkey`; `pod_identifier`,
-- identical in the status and submit services, is written once. All tables kept.

-- ===== service `backend` (direct-file/backend/src/main/resources/db/migrations) =====

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` TEXT,
  `external_id` CHAR(36) NOT NULL,
  `access_granted` TINYINT(1) NOT NULL DEFAULT 0,
  `tin` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_external_id_unique_idx` (`external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taxreturns` (
  `id` CHAR(36) NOT NULL,
  `facts` TEXT,
  `submit_time` DATETIME,
  `submit_user_id` CHAR(36),
  `tax_year` INT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME,
  `store` TEXT,
  `data_import_behavior` TEXT,
  `survey_opt_in` TINYINT(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taxreturn_owners` (
  `owner_id` CHAR(36) NOT NULL,
  `taxreturn_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`owner_id`, `taxreturn_id`),
  KEY `taxreturn_owners_taxreturn_id_idx` (`taxreturn_id`),
  CONSTRAINT `owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  CONSTRAINT `taxreturn_id_fkey` FOREIGN KEY (`taxreturn_id`) REFERENCES `taxreturns` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taxreturn_submissions` (
  `id` CHAR(36) NOT NULL,
  `taxreturn_id` CHAR(36) NOT NULL,
  `facts` TEXT,
  `created_at` DATETIME NOT NULL,
  `submission_id` VARCHAR(255),
  `submission_sequence_id` INT,
  `submit_user_id` CHAR(36),
  `receipt_id` TEXT,
  `submission_received_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `taxreturn_submissions_submission_id_idx` (`submission_id`),
  KEY `taxreturn_submissions_taxreturn_id_created_at_idx` (`taxreturn_id`, `created_at`),
  CONSTRAINT `taxreturns_taxreturn_submissions_fkey` FOREIGN KEY (`taxreturn_id`) REFERENCES `taxreturns` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_events` (
  `id` CHAR(36) NOT NULL,
  `taxreturn_submission_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `event_type` VARCHAR(255),
  `failure_detail` VARCHAR(255),
  `failure_category` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `submission_events_taxreturn_submission_id_idx` (`taxreturn_submission_id`),
  CONSTRAINT `submissions_submission_events_fkey` FOREIGN KEY (`taxreturn_submission_id`) REFERENCES `taxreturn_submissions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_ids` (
  `submission_id` VARCHAR(20) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`submission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `populated_data` (
  `id` CHAR(36) NOT NULL,
  `taxreturn_id` CHAR(36) NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `tags` VARCHAR(255) NOT NULL,
  `data` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `raw_data` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `populated_data_fk_taxreturn_id` FOREIGN KEY (`taxreturn_id`) REFERENCES `taxreturns` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ===== service `email-service` (direct-file/email-service/src/main/resources/db/migrations) =====

CREATE TABLE `send_emails` (
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  `id` CHAR(36) NOT NULL,
  `tax_return_id` CHAR(36),
  `user_id` CHAR(36),
  `email_type` VARCHAR(255),
  `language_code` VARCHAR(255),
  `submission_id` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `send_email_results` (
  `is_sent` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `id` CHAR(36) NOT NULL,
  `send_email_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fkn4iadqny9qf8est5c06ln9p0y` FOREIGN KEY (`send_email_id`) REFERENCES `send_emails` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ===== service `state-api` (direct-file/state-api/src/main/resources/db/migrations) =====

CREATE TABLE `authorization_code` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tax_return_uuid` CHAR(36) NOT NULL,
  `tax_year` INT NOT NULL,
  `authorization_code` CHAR(64) NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `expires_at` DATETIME,
  `state_code` CHAR(2) NOT NULL,
  `submission_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  UNIQUE KEY `authorization_code_authorization_code_key` (`authorization_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `state_profile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `account_id` VARCHAR(10) NOT NULL,
  `state_code` CHAR(2) NOT NULL,
  `tax_system_name` TEXT NOT NULL,
  `landing_url` TEXT NOT NULL,
  `default_redirect_url` TEXT,
  `accepted_only` TINYINT(1) NOT NULL,
  `cert_location` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cert_expiration_date` DATETIME,
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  `transfer_cancel_url` TEXT,
  `waiting_for_acceptance_cancel_url` TEXT,
  `filing_requirements_url` TEXT,
  `department_of_revenue_url` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `state_profile_account_id_key` (`account_id`),
  UNIQUE KEY `state_profile_state_code_key` (`state_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `state_redirect` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `state_profile_id` INT NOT NULL,
  `redirect_url` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expires_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `state_profile_id_fkey` FOREIGN KEY (`state_profile_id`) REFERENCES `state_profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `state_language` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `state_profile_id` INT NOT NULL,
  `df_language_code` CHAR(2) NOT NULL,
  `state_language_code` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `state_language_state_profile_id_fkey` FOREIGN KEY (`state_profile_id`) REFERENCES `state_profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ===== service `status` (direct-file/status/src/main/resources/db/migrations) =====

CREATE TABLE `completed` (
  `submission_id` VARCHAR(20) NOT NULL,
  `status` VARCHAR(20),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`submission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `error` (
  `meferror_code` VARCHAR(25) NOT NULL,
  `error_code_translation_key` VARCHAR(255),
  `meferror_category` VARCHAR(255),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `error_message` TEXT,
  PRIMARY KEY (`meferror_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `completed-errors` (
  `submission_id` VARCHAR(20) NOT NULL,
  `mef_error_code` VARCHAR(25) NOT NULL,
  KEY `completed_errors_submission_id_idx` (`submission_id`),
  KEY `completed_errors_mef_error_code_idx` (`mef_error_code`),
  CONSTRAINT `completed_error_submission_id_fk` FOREIGN KEY (`submission_id`) REFERENCES `completed` (`submission_id`),
  CONSTRAINT `completed_error_mef_error_code_fk` FOREIGN KEY (`mef_error_code`) REFERENCES `error` (`meferror_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending` (
  `submission_id` VARCHAR(20) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `pod_id` VARCHAR(255),
  PRIMARY KEY (`submission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `toolkit_error` (
  `submission_id` VARCHAR(255) NOT NULL,
  `error_message` VARCHAR(255) NOT NULL,
  `error_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`submission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tax_return_submission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tax_return_id` CHAR(36),
  `submission_id` VARCHAR(20),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `tax_return_submission_tax_return_id_idx` (`tax_return_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pod_identifier` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `asid` VARCHAR(50),
  `region` VARCHAR(50),
  `pod_id` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ===== service `submit` (direct-file/submit/src/main/resources/db/migrations) =====

-- `pod_identifier` (202411151120000-add-pod-identifier-table.yaml) is created here exactly as in the
-- status service above; each service has its own database upstream, so it is written once.

CREATE TABLE `sub_id_temp` (
  `last` DATETIME,
  `sub_id_value` VARCHAR(6),
  `app_id` VARCHAR(20)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_applications` (
  `last` DATETIME,
  `submission_id` VARCHAR(6),
  `application_id` VARCHAR(20),
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

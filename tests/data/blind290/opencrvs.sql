-- OpenCRVS (civil registration and vital statistics), PostgreSQL `events` database (schema `app`)
-- Source: github.com/opencrvs/opencrvs-core `packages/migration/src/migrations/events/*.sql`, commit
-- 11a599e13a0a10959f0aba724beeca9aa223a08c (MPL-2.0). Migrations replayed into PostgreSQL 15 and written
-- back as MySQL DDL from the catalogue. See opencrvs.md.

-- app.administrative_areas
CREATE TABLE `administrative_areas` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `parent_id` CHAR(36),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME,
  `valid_until` DATETIME,
  `external_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `administrative_areas_external_id_key` (`external_id`),
  CONSTRAINT `administrative_areas_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `administrative_areas` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app.audit_log
CREATE TABLE `audit_log` (
  `id` CHAR(36) NOT NULL,
  `client_id` TEXT NOT NULL COMMENT 'ID of the integration client or user making the request.',
  `client_type` ENUM('system','user') NOT NULL COMMENT 'Whether the client is a human user or a system integration.',
  `operation` TEXT NOT NULL COMMENT 'The operation that was performed.',
  `request_data` JSON COMMENT 'JSON blob of the request payload.',
  `response_summary` JSON COMMENT 'Per-endpoint curated summary of the response (e.g. search terms used and count + IDs of results returned). Not the raw response payload.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `transaction_id` TEXT NOT NULL COMMENT 'Client-supplied idempotency key. Existing rows are backfilled with random UUIDs.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores an audit trail of operations performed by users and system integrations, including request data and a curated response summary.';

-- app.events
CREATE TABLE `events` (
  `id` CHAR(36) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `transaction_id` VARCHAR(255) NOT NULL,
  `tracking_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_tracking_id_key` (`tracking_id`),
  UNIQUE KEY `events_transaction_id_event_type_key` (`transaction_id`, `event_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores life events associated with individuals, identified by tracking_id. Each event includes a type, structured data payload, and a client-supplied transaction_id to ensure idempotency.';

-- app.locations
CREATE TABLE `locations` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME,
  `location_type` TEXT,
  `valid_until` DATETIME,
  `administrative_area_id` CHAR(36),
  `external_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `locations_external_id_key` (`external_id`),
  CONSTRAINT `locations_administrative_area_id_fkey` FOREIGN KEY (`administrative_area_id`) REFERENCES `administrative_areas` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app.event_action_drafts
CREATE TABLE `event_action_drafts` (
  `id` CHAR(36) NOT NULL,
  `transaction_id` TEXT NOT NULL,
  `event_id` CHAR(36) NOT NULL,
  `action_type` TEXT NOT NULL,
  `declaration` JSON NOT NULL,
  `annotation` JSON,
  `created_by` VARCHAR(255) NOT NULL,
  `created_by_role` TEXT,
  `created_by_user_type` ENUM('system','user') NOT NULL,
  `created_by_signature` TEXT,
  `created_at_location` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_action_drafts_event_id_created_by_key` (`event_id`, `created_by`),
  CONSTRAINT `event_action_drafts_created_at_location_fkey` FOREIGN KEY (`created_at_location`) REFERENCES `locations` (`id`),
  CONSTRAINT `event_action_drafts_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores user-specific drafts of event-related actions. Drafts use client-supplied transaction_id for idempotency. Declaration fields may be incomplete. Each draft is owned exclusively by created_by.';

-- app.event_actions
CREATE TABLE `event_actions` (
  `action_type` VARCHAR(255) NOT NULL,
  `annotation` JSON,
  `assigned_to` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_at_location` CHAR(36),
  `created_by` TEXT NOT NULL,
  `created_by_role` TEXT,
  `created_by_signature` TEXT,
  `created_by_user_type` ENUM('system','user') NOT NULL,
  `declaration` JSON NOT NULL,
  `event_id` CHAR(36) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `original_action_id` CHAR(36) COMMENT 'References the original action if this is an asynchronous confirmation of it.',
  `registration_number` VARCHAR(255),
  `request_id` TEXT,
  `status` ENUM('Requested','Accepted','Rejected') NOT NULL,
  `transaction_id` VARCHAR(255) NOT NULL,
  `content` JSON,
  `custom_action_type` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_actions_registration_number_key` (`registration_number`),
  UNIQUE KEY `event_actions_transaction_id_action_type_status_key` (`transaction_id`, `action_type`, `status`),
  CONSTRAINT `event_actions_created_at_location_fkey` FOREIGN KEY (`created_at_location`) REFERENCES `locations` (`id`),
  CONSTRAINT `event_actions_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  CONSTRAINT `event_actions_original_action_id_fkey` FOREIGN KEY (`original_action_id`) REFERENCES `event_actions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores actions performed on life events, including client-supplied transaction_id for idempotency. Event actions cannot be updated or deleted by the application database user. The same transaction id can only create action of one type. Each action is linked to a specific event.';

-- app.system_initialisation
CREATE TABLE `system_initialisation` (
  `id` INT NOT NULL DEFAULT 1,
  `hash` TEXT,
  `salt` TEXT,
  `completed_at` DATETIME,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Single-row table tracking application initialisation state. Populated once during initial migration, and never modified except to mark initialisation as completed.';

-- app.users
CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `legacy_id` VARCHAR(255) COMMENT 'References the user id from the legacy database.',
  `firstname` TEXT NOT NULL,
  `surname` TEXT NOT NULL,
  `full_honorific_name` TEXT,
  `role` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `email` VARCHAR(255),
  `mobile` VARCHAR(255),
  `signature_path` TEXT,
  `profile_image_path` TEXT,
  `office_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `data` JSON NOT NULL,
  `device` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`),
  UNIQUE KEY `users_legacy_id_key` (`legacy_id`),
  UNIQUE KEY `users_mobile_key` (`mobile`),
  CONSTRAINT `users_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app.announcements
CREATE TABLE `announcements` (
  `id` CHAR(36) NOT NULL,
  `subject` TEXT NOT NULL,
  `body` TEXT NOT NULL,
  `locale` TEXT NOT NULL,
  `recipients` TEXT NOT NULL COMMENT 'All BCC recipient emails, snapshotted at creation time.',
  `created_by` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` TEXT NOT NULL,
  `progress` INT NOT NULL DEFAULT 0 COMMENT 'Number of recipients sent so far. Worker resumes from this offset on retry.',
  `retry_count` INT NOT NULL DEFAULT 0,
  `error` JSON,
  `sent_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `announcements_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app.system_clients
CREATE TABLE `system_clients` (
  `id` CHAR(36) NOT NULL,
  `legacy_id` VARCHAR(255),
  `name` TEXT NOT NULL,
  `scopes` JSON NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `secret_hash` TEXT NOT NULL,
  `salt` TEXT NOT NULL,
  `sha_secret` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `system_clients_legacy_id_key` (`legacy_id`),
  CONSTRAINT `fk_system_clients_created_by` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app.user_credentials
CREATE TABLE `user_credentials` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `password_hash` TEXT NOT NULL,
  `salt` TEXT NOT NULL,
  `security_questions` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_credentials_username_key` (`username`),
  CONSTRAINT `user_credentials_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


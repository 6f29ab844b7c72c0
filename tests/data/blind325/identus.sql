-- Hyperledger Identus Cloud Agent (formerly Atala PRISM Cloud Agent; issuer, holder and verifier agent)
-- Upstream: github.com/hyperledger-identus/cloud-agent, commit df5d48d3c74d3246048025c7c6a0577cc629c10f (Apache-2.0)
-- Flyway migrations of the three databases the agent keeps, replayed in order into scratch PostgreSQL 15 databases and
-- written as MySQL from the catalogue (each table preceded by a `-- database.table` line):
--   agent   cloud-agent/service/wallet-api/src/main/resources/sql/agent/V1..V17
--   connect connect/sql-doobie/src/main/resources/sql/connect/V1..V8
--   pollux  pollux/sql-doobie/src/main/resources/sql/pollux/V1..V30 (V2, V4, V7 absent upstream)
-- Types: uuid -> CHAR(36), varchar(n) kept, text/varchar -> TEXT (VARCHAR(255) in a key), timestamptz -> DATETIME,
-- bytea -> LONGBLOB (VARBINARY(255) in a key), json/jsonb and arrays -> JSON, enum types -> ENUM, serials -> AUTO_INCREMENT.
-- Row-level-security policies (tenant isolation by wallet_id) have no MySQL equivalent and are left out; so are the
-- indexes on array columns. The two later foreign keys named fk_did are prefixed with their table (MySQL names are unique per database).

-- agent.authentication_method
CREATE TABLE `authentication_method` (
  `type` VARCHAR(128) NOT NULL,
  `entity_id` CHAR(36) NOT NULL,
  `secret` VARCHAR(256) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME NULL,
  CONSTRAINT `unique_type_secret_constraint` UNIQUE (`type`, `secret`),
  KEY `authentication_method_secret_idx` (`secret`),
  KEY `authentication_method_type_and_secret_idx` (`type`, `secret`),
  KEY `authentication_method_type_idx` (`type`)
);

-- agent.wallet
CREATE TABLE `wallet` (
  `wallet_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `seed_digest` VARBINARY(255) NOT NULL,
  CONSTRAINT `wallet_pkey` PRIMARY KEY (`wallet_id`),
  CONSTRAINT `wallet_seed_digest` UNIQUE (`seed_digest`)
);

-- agent.entity
CREATE TABLE `entity` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `wallet_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  CONSTRAINT `entity_pkey` PRIMARY KEY (`id`),
  KEY `entity_name_index` (`name`),
  KEY `entity_wallet_id_index` (`wallet_id`),
  CONSTRAINT `entity_wallet_id_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallet` (`wallet_id`)
);

-- agent.generic_secret
CREATE TABLE `generic_secret` (
  `key` VARCHAR(255) NOT NULL,
  `payload` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `wallet_id` CHAR(36) NOT NULL,
  CONSTRAINT `unique_key_wallet` UNIQUE (`key`, `wallet_id`),
  CONSTRAINT `generic_secret_wallet_id_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallet` (`wallet_id`)
);

-- agent.last_did_index_per_wallet
CREATE TABLE `last_did_index_per_wallet` (
  `wallet_id` CHAR(36) NOT NULL,
  `last_used_index` INT NOT NULL,
  CONSTRAINT `last_did_index_per_wallet_pkey` PRIMARY KEY (`wallet_id`),
  CONSTRAINT `last_did_index_per_wallet_wallet_id_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallet` (`wallet_id`)
);

-- agent.peer_did
CREATE TABLE `peer_did` (
  `did` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `wallet_id` CHAR(36) NOT NULL,
  CONSTRAINT `peer_did_pkey` PRIMARY KEY (`did`),
  CONSTRAINT `peer_did_wallet_id_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallet` (`wallet_id`)
);

-- agent.peer_did_rand_key
CREATE TABLE `peer_did_rand_key` (
  `did` VARCHAR(255) NOT NULL,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NULL,
  `key_id` VARCHAR(255) NOT NULL,
  `key_pair` TEXT NOT NULL,
  CONSTRAINT `did_secret_storage_pkey` PRIMARY KEY (`did`, `key_id`),
  CONSTRAINT `fk_did` FOREIGN KEY (`did`) REFERENCES `peer_did` (`did`) ON DELETE RESTRICT
);

-- agent.prism_did_wallet_state
CREATE TABLE `prism_did_wallet_state` (
  `did` VARCHAR(255) NOT NULL,
  `publication_status` ENUM('CREATED', 'PUBLICATION_PENDING', 'PUBLISHED') NOT NULL,
  `atala_operation_content` LONGBLOB NOT NULL,
  `publish_operation_id` LONGBLOB NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `did_index` INT NOT NULL,
  `wallet_id` CHAR(36) NOT NULL,
  CONSTRAINT `did_publication_state_pkey` PRIMARY KEY (`did`),
  CONSTRAINT `wallet_id_did_index` UNIQUE (`wallet_id`, `did_index`),
  CONSTRAINT `prism_did_wallet_state_wallet_id_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallet` (`wallet_id`)
);

-- agent.prism_did_key
CREATE TABLE `prism_did_key` (
  `did` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `key_id` VARCHAR(255) NOT NULL,
  `key_usage` ENUM('MASTER', 'ISSUING', 'KEY_AGREEMENT', 'AUTHENTICATION', 'REVOCATION', 'CAPABILITY_INVOCATION', 'CAPABILITY_DELEGATION', 'VDR_KEY') NOT NULL,
  `key_index` INT NULL,
  `operation_hash` VARBINARY(255) NOT NULL,
  `key_mode` ENUM('RANDOM', 'HD') NOT NULL,
  `curve_name` ENUM('secp256k1', 'Ed25519', 'X25519') NOT NULL,
  CONSTRAINT `prism_did_hd_key_did_key_id_operation_hash_key` UNIQUE (`did`, `key_id`, `operation_hash`),
  CONSTRAINT `prism_did_key_fk_did` FOREIGN KEY (`did`) REFERENCES `prism_did_wallet_state` (`did`) ON DELETE RESTRICT
);

-- agent.prism_did_rand_key
CREATE TABLE `prism_did_rand_key` (
  `did` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `key_id` VARCHAR(255) NOT NULL,
  `operation_hash` VARBINARY(255) NOT NULL,
  `key_pair` TEXT NOT NULL,
  CONSTRAINT `prism_did_rand_key_pkey` PRIMARY KEY (`did`, `key_id`, `operation_hash`)
);

-- agent.prism_did_update_lineage
CREATE TABLE `prism_did_update_lineage` (
  `did` VARCHAR(255) NOT NULL,
  `operation_hash` LONGBLOB NOT NULL,
  `previous_operation_hash` LONGBLOB NOT NULL,
  `status` ENUM('PENDING_SUBMISSION', 'AWAIT_CONFIRMATION', 'CONFIRMED_AND_APPLIED', 'CONFIRMED_AND_REJECTED') NOT NULL,
  `operation_id` VARBINARY(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  CONSTRAINT `prism_did_update_lineage_pkey` PRIMARY KEY (`operation_id`),
  CONSTRAINT `prism_did_update_lineage_fk_did` FOREIGN KEY (`did`) REFERENCES `prism_did_wallet_state` (`did`) ON DELETE RESTRICT
);

-- agent.storage
CREATE TABLE `storage` (
  `id` VARCHAR(64) NOT NULL,
  `data` LONGBLOB NOT NULL,
  CONSTRAINT `storage_pkey` PRIMARY KEY (`id`)
);

-- agent.wallet_notification
CREATE TABLE `wallet_notification` (
  `id` CHAR(36) NOT NULL,
  `wallet_id` CHAR(36) NOT NULL,
  `url` TEXT NOT NULL,
  `custom_headers` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  CONSTRAINT `wallet_notification_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `wallet_notification_wallet_id_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallet` (`wallet_id`)
);

-- agent.wallet_seed
CREATE TABLE `wallet_seed` (
  `wallet_id` CHAR(36) NOT NULL,
  `seed` LONGBLOB NOT NULL,
  `created_at` DATETIME NOT NULL,
  CONSTRAINT `wallet_seed_pkey` PRIMARY KEY (`wallet_id`),
  CONSTRAINT `wallet_seed_wallet_id_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallet` (`wallet_id`)
);

-- connect.connection_records
CREATE TABLE `connection_records` (
  `id` VARCHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NULL,
  `thid` VARCHAR(36) NULL,
  `label` VARCHAR(255) NULL,
  `role` VARCHAR(50) NOT NULL,
  `protocol_state` VARCHAR(50) NOT NULL,
  `invitation` TEXT NOT NULL,
  `connection_request` TEXT NULL,
  `connection_response` TEXT NULL,
  `meta_retries` BIGINT NOT NULL,
  `meta_last_failure` TEXT NULL,
  `meta_next_retry` DATETIME NULL,
  `wallet_id` CHAR(36) NOT NULL,
  `goal_code` TEXT NULL,
  `goal` TEXT NULL,
  CONSTRAINT `connection_records_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `connection_records_unique_thid_per_wallet` UNIQUE (`wallet_id`, `thid`),
  KEY `protocol_state_idx` (`protocol_state`)
);

-- pollux.credential_definition
CREATE TABLE `credential_definition` (
  `guid` CHAR(36) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `version` VARCHAR(64) NOT NULL,
  `tags` JSON NULL,
  `description` TEXT NULL,
  `definition_json_schema_id` VARCHAR(64) NOT NULL,
  `definition` JSON NOT NULL,
  `key_correctness_proof_json_schema_id` VARCHAR(64) NOT NULL,
  `key_correctness_proof` JSON NOT NULL,
  `author` VARCHAR(255) NOT NULL,
  `authored` DATETIME NOT NULL,
  `proof_id` CHAR(36) NULL,
  `schema_id` VARCHAR(255) NOT NULL,
  `signature_type` VARCHAR(64) NOT NULL,
  `support_revocation` BOOLEAN NOT NULL,
  `wallet_id` CHAR(36) NOT NULL,
  `resolution_method` ENUM('http', 'did') NOT NULL DEFAULT 'http',
  CONSTRAINT `credential_definition_pkey` PRIMARY KEY (`guid`),
  CONSTRAINT `credential_definition_name_version_author_per_wallet` UNIQUE (`wallet_id`, `name`, `version`, `author`),
  KEY `credential_definition_author_index` (`author`),
  KEY `credential_definition_authored_index` (`authored`),
  KEY `credential_definition_name_index` (`name`),
  KEY `credential_definition_version_index` (`version`)
);

-- pollux.credential_schema
CREATE TABLE `credential_schema` (
  `guid` CHAR(36) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(128) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `version` VARCHAR(64) NOT NULL,
  `tags` JSON NULL,
  `description` TEXT NULL,
  `schema` JSON NOT NULL,
  `author` VARCHAR(255) NOT NULL,
  `authored` DATETIME NOT NULL,
  `proof_id` CHAR(36) NULL,
  `wallet_id` CHAR(36) NOT NULL,
  `resolution_method` ENUM('http', 'did') NOT NULL DEFAULT 'http',
  CONSTRAINT `credential_schema_pkey` PRIMARY KEY (`guid`),
  CONSTRAINT `credential_schema_name_version_author_per_wallet` UNIQUE (`wallet_id`, `name`, `version`, `author`),
  KEY `credential_schema_author_index` (`author`),
  KEY `credential_schema_authored_index` (`authored`),
  KEY `credential_schema_name_index` (`name`),
  KEY `credential_schema_type_index` (`type`),
  KEY `credential_schema_version_index` (`version`)
);

-- pollux.credential_status_lists
CREATE TABLE `credential_status_lists` (
  `id` CHAR(36) NOT NULL,
  `wallet_id` CHAR(36) NOT NULL,
  `issuer` TEXT NOT NULL,
  `issued` DATETIME NOT NULL,
  `purpose` ENUM('Revocation', 'Suspension') NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status_list_credential` JSON NOT NULL,
  `size` INT NOT NULL DEFAULT 131072,
  `last_used_index` INT NOT NULL DEFAULT 0,
  CONSTRAINT `credential_status_lists_pkey` PRIMARY KEY (`id`),
  KEY `credential_status_lists_wallet_id_index` (`wallet_id`)
);

-- pollux.issue_credential_records
CREATE TABLE `issue_credential_records` (
  `id` VARCHAR(64) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NULL,
  `thid` VARCHAR(64) NOT NULL,
  `role` VARCHAR(50) NOT NULL,
  `subject_id` TEXT NULL,
  `validity_period` INT NULL,
  `automatic_issuance` BOOLEAN NULL,
  `await_confirmation` BOOLEAN NULL,
  `protocol_state` VARCHAR(50) NOT NULL,
  `publication_state` VARCHAR(50) NULL,
  `offer_credential_data` TEXT NULL,
  `request_credential_data` TEXT NULL,
  `issue_credential_data` TEXT NULL,
  `issued_credential_raw` TEXT NULL,
  `issuing_did` TEXT NULL,
  `meta_retries` BIGINT NOT NULL,
  `meta_next_retry` DATETIME NULL,
  `meta_last_failure` TEXT NULL,
  `wallet_id` CHAR(36) NOT NULL,
  `credential_format` VARCHAR(9) NOT NULL,
  `credential_definition_id` CHAR(36) NULL,
  `ac_request_credential_metadata` TEXT NULL,
  `credential_definition_uri` VARCHAR(500) NULL,
  `key_id` TEXT NULL,
  `invitation` TEXT NULL,
  `schema_uris` JSON NULL,
  CONSTRAINT `issue_credential_records_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `issue_credential_records_unique_thid_per_wallet` UNIQUE (`wallet_id`, `thid`),
  KEY `protocol_state_idx` (`protocol_state`)
);

-- pollux.credentials_in_status_list
CREATE TABLE `credentials_in_status_list` (
  `id` CHAR(36) NOT NULL,
  `issue_credential_record_id` VARCHAR(64) NOT NULL,
  `credential_status_list_id` CHAR(36) NOT NULL,
  `status_list_index` INT NOT NULL,
  `is_canceled` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_processed` BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT `credentials_in_status_list_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `credential_status_list_id_fkey` FOREIGN KEY (`credential_status_list_id`) REFERENCES `credential_status_lists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `issue_credential_record_id_fkey` FOREIGN KEY (`issue_credential_record_id`) REFERENCES `issue_credential_records` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- pollux.issuer_metadata
CREATE TABLE `issuer_metadata` (
  `id` CHAR(36) NOT NULL,
  `authorization_server` VARCHAR(500) NOT NULL,
  `authorization_server_client_id` VARCHAR(100) NOT NULL,
  `authorization_server_client_secret` VARCHAR(100) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `wallet_id` CHAR(36) NOT NULL,
  CONSTRAINT `issuer_metadata_pkey` PRIMARY KEY (`id`)
);

-- pollux.issuer_credential_configuration
CREATE TABLE `issuer_credential_configuration` (
  `configuration_id` VARCHAR(100) NOT NULL,
  `issuer_id` CHAR(36) NOT NULL,
  `format` VARCHAR(9) NOT NULL,
  `schema_id` VARCHAR(500) NOT NULL,
  `created_at` DATETIME NOT NULL,
  CONSTRAINT `issuer_credential_configuration_configuration_id_issuer_id_key` UNIQUE (`configuration_id`, `issuer_id`),
  CONSTRAINT `fk_issuer` FOREIGN KEY (`issuer_id`) REFERENCES `issuer_metadata` (`id`) ON DELETE CASCADE
);

-- pollux.presentation_definition
CREATE TABLE `presentation_definition` (
  `id` CHAR(36) NOT NULL,
  `input_descriptors` JSON NOT NULL,
  `name` VARCHAR(300) NULL,
  `purpose` VARCHAR(100) NULL,
  `format` JSON NULL,
  `wallet_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  CONSTRAINT `presentation_definition_pkey` PRIMARY KEY (`id`)
);

-- pollux.presentation_records
CREATE TABLE `presentation_records` (
  `id` VARCHAR(64) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NULL,
  `thid` VARCHAR(64) NOT NULL,
  `schema_id` VARCHAR(36) NULL,
  `connection_id` VARCHAR(36) NULL,
  `role` VARCHAR(50) NOT NULL,
  `protocol_state` VARCHAR(50) NOT NULL,
  `request_presentation_data` TEXT NULL,
  `propose_presentation_data` TEXT NULL,
  `presentation_data` TEXT NULL,
  `credentials_to_use` JSON NULL,
  `meta_retries` BIGINT NOT NULL,
  `meta_next_retry` DATETIME NULL,
  `meta_last_failure` TEXT NULL,
  `wallet_id` CHAR(36) NOT NULL,
  `credential_format` VARCHAR(9) NOT NULL,
  `anoncred_credentials_to_use_json_schema_id` VARCHAR(64) NULL,
  `anoncred_credentials_to_use` JSON NULL,
  `sd_jwt_claims_to_use_json_schema_id` VARCHAR(64) NULL,
  `sd_jwt_claims_to_disclose` JSON NULL,
  `invitation` TEXT NULL,
  `sd_jwt_disclosed_claims` JSON NULL,
  CONSTRAINT `presentation_records_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `presentation_records_unique_thid_per_wallet` UNIQUE (`wallet_id`, `thid`)
);

-- pollux.verification_policy
CREATE TABLE `verification_policy` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `nonce` INT NOT NULL,
  `description` TEXT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `wallet_id` CHAR(36) NOT NULL,
  CONSTRAINT `verification_policy_pkey` PRIMARY KEY (`id`),
  KEY `verification_policy_created_at_index` (`created_at`),
  KEY `verification_policy_name_index` (`name`),
  KEY `verification_policy_updated_at_index` (`updated_at`)
);

-- pollux.verification_policy_constraint
CREATE TABLE `verification_policy_constraint` (
  `fk_id` CHAR(36) NOT NULL,
  `index` INT NOT NULL,
  `type` VARCHAR(128) NOT NULL,
  `schema_id` VARCHAR(255) NULL,
  `trusted_issuers` JSON NULL,
  CONSTRAINT `verification_policy_constraint_fk_id_index_key` UNIQUE (`fk_id`, `index`),
  KEY `verification_policy_constraint_fk_id_index` (`fk_id`),
  KEY `verification_policy_constraint_type_index` (`type`),
  CONSTRAINT `fk_verification_policy` FOREIGN KEY (`fk_id`) REFERENCES `verification_policy` (`id`) ON DELETE CASCADE
);

-- Ente (ente-io/ente), the "museum" server behind Ente Photos, Ente Auth and Ente Locker (end-to-end encrypted
-- photo backup and sharing).
-- Upstream: github.com/ente-io/ente, commit a621d733154a834f23754e7e874de769be532d9d, server/migrations/*.up.sql
-- (124 golang-migrate migrations, newest 124_events; the folder last changed in cf756cfb), AGPL-3.0.
-- How this file was made: the 124 up-migrations were replayed in order into an empty PostgreSQL 15 database and
-- the resulting tables written as MySQL DDL from information_schema and pg_constraint: bigint/integer/boolean kept,
-- text -> TEXT (VARCHAR(255) where the column is in a key), uuid -> CHAR(36), bytea -> BLOB, jsonb -> JSON,
-- timestamp -> DATETIME, arrays of the s3region enum -> TEXT, PostgreSQL enums -> ENUM, serial -> AUTO_INCREMENT.
-- Primary keys, unique constraints and unique indexes and all foreign keys are kept; left out: CHECK constraints,
-- partial unique indexes (WHERE ...), plain indexes, the trigger functions and defaults computed by functions
-- (now_utc_micro_seconds()). Two foreign-key names that PostgreSQL allows twice were prefixed with their table
-- (MySQL wants them unique per database); trash's composite key to collection_files is written in the column
-- order of the unique key it points at. Every table of the replayed database is kept (67); times are integer
-- microseconds since the epoch, as upstream stores them.

CREATE TABLE `users` (
  `user_id` BIGINT NOT NULL,
  `name` TEXT,
  `creation_time` BIGINT NOT NULL,
  `encrypted_email` BLOB,
  `email_decryption_nonce` BLOB,
  `email_hash` VARCHAR(255),
  `is_two_factor_enabled` BOOLEAN NOT NULL DEFAULT FALSE,
  `family_admin_id` BIGINT,
  `email_mfa` BOOLEAN NOT NULL DEFAULT FALSE,
  `source` TEXT,
  `delete_feedback` JSON,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `users_email_hash_key` (`email_hash`)
);

CREATE TABLE `files` (
  `file_id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner_id` BIGINT NOT NULL,
  `file_decryption_header` TEXT NOT NULL,
  `thumbnail_decryption_header` TEXT NOT NULL,
  `metadata_decryption_header` TEXT NOT NULL,
  `encrypted_metadata` TEXT NOT NULL,
  `updation_time` BIGINT NOT NULL,
  `magic_metadata` JSON,
  `pub_magic_metadata` JSON,
  `info` JSON,
  PRIMARY KEY (`file_id`),
  CONSTRAINT `fk_files_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `temp_objects` (
  `object_key` VARCHAR(255) NOT NULL,
  `expiration_time` BIGINT NOT NULL,
  `is_multipart` BOOLEAN NOT NULL DEFAULT FALSE,
  `upload_id` TEXT,
  `bucket_id` ENUM('b2-eu-cen','scw-eu-fr','scw-eu-fr-locked','wasabi-eu-central-2','wasabi-eu-central-2-v3','scw-eu-fr-v3','wasabi-eu-central-2-derived','b5','b6'),
  PRIMARY KEY (`object_key`)
);

CREATE TABLE `otts` (
  `ott` VARCHAR(255) NOT NULL,
  `creation_time` BIGINT NOT NULL,
  `expiration_time` BIGINT NOT NULL,
  `email` TEXT,
  `email_hash` VARCHAR(255),
  `wrong_attempt` INT NOT NULL DEFAULT 0,
  `app` ENUM('photos','auth','locker') NOT NULL DEFAULT 'photos',
  UNIQUE KEY `unique_otts_emailhash_app_ott` (`ott`, `app`, `email_hash`)
);

CREATE TABLE `tokens` (
  `user_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `creation_time` BIGINT NOT NULL,
  `ip` TEXT,
  `user_agent` TEXT,
  `is_deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `last_used_at` BIGINT NOT NULL,
  `app` ENUM('photos','auth','locker') NOT NULL DEFAULT 'photos',
  UNIQUE KEY `tokens_token_key` (`token`),
  CONSTRAINT `fk_tokens_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `key_attributes` (
  `user_id` BIGINT NOT NULL,
  `kek_salt` TEXT NOT NULL,
  `kek_hash_bytes` BLOB,
  `encrypted_key` TEXT NOT NULL,
  `key_decryption_nonce` TEXT NOT NULL,
  `public_key` TEXT NOT NULL,
  `encrypted_secret_key` TEXT NOT NULL,
  `secret_key_decryption_nonce` TEXT NOT NULL,
  `mem_limit` BIGINT DEFAULT 67108864,
  `ops_limit` INT DEFAULT 2,
  `master_key_encrypted_with_recovery_key` TEXT,
  `master_key_decryption_nonce` TEXT,
  `recovery_key_encrypted_with_master_key` TEXT,
  `recovery_key_decryption_nonce` TEXT,
  `created_at` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `fk_key_attributes_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `collections` (
  `collection_id` BIGINT NOT NULL,
  `owner_id` BIGINT NOT NULL,
  `encrypted_key` TEXT NOT NULL,
  `key_decryption_nonce` TEXT NOT NULL,
  `name` TEXT,
  `type` TEXT NOT NULL,
  `attributes` JSON NOT NULL,
  `updation_time` BIGINT NOT NULL,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  `encrypted_name` TEXT,
  `name_decryption_nonce` TEXT,
  `magic_metadata` JSON,
  `pub_magic_metadata` JSON,
  `app` ENUM('photos','auth','locker') NOT NULL DEFAULT 'photos',
  PRIMARY KEY (`collection_id`),
  CONSTRAINT `fk_collections_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `collection_shares` (
  `collection_id` BIGINT NOT NULL,
  `from_user_id` BIGINT NOT NULL,
  `to_user_id` BIGINT NOT NULL,
  `encrypted_key` TEXT NOT NULL,
  `updation_time` BIGINT NOT NULL,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  `role_type` ENUM('VIEWER','COLLABORATOR','OWNER','ADMIN') DEFAULT 'VIEWER',
  `magic_metadata` JSON,
  `shared_at` BIGINT,
  UNIQUE KEY `collection_shares_collection_id_from_user_id_to_user_id_key` (`collection_id`, `from_user_id`, `to_user_id`),
  CONSTRAINT `fk_collection_shares_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`collection_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_collection_shares_from_user_id` FOREIGN KEY (`from_user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_collection_shares_to_user_id` FOREIGN KEY (`to_user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `collection_files` (
  `file_id` BIGINT NOT NULL,
  `collection_id` BIGINT NOT NULL,
  `encrypted_key` TEXT NOT NULL,
  `key_decryption_nonce` TEXT NOT NULL,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  `updation_time` BIGINT NOT NULL,
  `c_owner_id` BIGINT,
  `f_owner_id` BIGINT,
  `created_at` BIGINT,
  `action_user` BIGINT,
  `action` TEXT,
  UNIQUE KEY `unique_collection_files_cid_fid` (`collection_id`, `file_id`),
  CONSTRAINT `fk_collection_files_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`collection_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_collection_files_file_id` FOREIGN KEY (`file_id`) REFERENCES `files` (`file_id`) ON DELETE CASCADE
);

CREATE TABLE `subscriptions` (
  `subscription_id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `storage` BIGINT NOT NULL,
  `original_transaction_id` TEXT NOT NULL,
  `expiry_time` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `product_id` TEXT NOT NULL,
  `payment_provider` TEXT NOT NULL,
  `latest_verification_data` TEXT,
  `attributes` JSON NOT NULL,
  `upgraded_at` BIGINT DEFAULT 0,
  PRIMARY KEY (`subscription_id`),
  UNIQUE KEY `subscription_user_id_unique_constraint_index` (`user_id`),
  CONSTRAINT `fk_subscriptions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `subscription_logs` (
  `log_id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `payment_provider` TEXT NOT NULL,
  `notification` JSON NOT NULL,
  `verification_response` JSON NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`log_id`),
  CONSTRAINT `fk_subscription_logs_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `usage` (
  `user_id` BIGINT NOT NULL,
  `storage_consumed` BIGINT NOT NULL,
  UNIQUE KEY `usage_user_id_unique_constraint_index` (`user_id`),
  CONSTRAINT `fk_usage_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `task_lock` (
  `task_name` VARCHAR(255) NOT NULL,
  `lock_until` BIGINT NOT NULL,
  `locked_at` BIGINT NOT NULL,
  `locked_by` TEXT NOT NULL,
  PRIMARY KEY (`task_name`)
);

CREATE TABLE `queue` (
  `queue_id` INT NOT NULL AUTO_INCREMENT,
  `queue_name` VARCHAR(255) NOT NULL,
  `item` VARCHAR(255) NOT NULL,
  `created_at` BIGINT,
  `updated_at` BIGINT,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  PRIMARY KEY (`queue_id`),
  UNIQUE KEY `name_and_item_unique_index` (`queue_name`, `item`)
);

CREATE TABLE `notification_history` (
  `user_id` BIGINT NOT NULL,
  `template_id` TEXT NOT NULL,
  `sent_time` BIGINT NOT NULL,
  `notification_group` TEXT,
  CONSTRAINT `fk_notification_history_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `two_factor` (
  `user_id` BIGINT NOT NULL,
  `two_factor_secret_hash` VARCHAR(255),
  `encrypted_two_factor_secret` BLOB,
  `two_factor_secret_decryption_nonce` BLOB,
  `recovery_encrypted_two_factor_secret` TEXT,
  `recovery_two_factor_secret_decryption_nonce` TEXT,
  UNIQUE KEY `two_factor_two_factor_secret_hash_key` (`two_factor_secret_hash`),
  UNIQUE KEY `two_factor_user_id_key` (`user_id`),
  CONSTRAINT `fk_two_factor_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `temp_two_factor` (
  `user_id` BIGINT NOT NULL,
  `two_factor_secret_hash` VARCHAR(255),
  `encrypted_two_factor_secret` BLOB,
  `two_factor_secret_decryption_nonce` BLOB,
  `creation_time` BIGINT NOT NULL,
  `expiration_time` BIGINT NOT NULL,
  UNIQUE KEY `temp_two_factor_two_factor_secret_hash_key` (`two_factor_secret_hash`),
  CONSTRAINT `temp_two_factor_fk_two_factor_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `two_factor_sessions` (
  `user_id` BIGINT NOT NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `creation_time` BIGINT NOT NULL,
  `expiration_time` BIGINT NOT NULL,
  `wrong_attempt` INT NOT NULL DEFAULT 0,
  UNIQUE KEY `two_factor_sessions_session_id_key` (`session_id`),
  CONSTRAINT `fk_sessions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `object_keys` (
  `file_id` BIGINT NOT NULL,
  `o_type` ENUM('file','thumbnail','mldata','vid_preview','img_preview') NOT NULL,
  `object_key` VARCHAR(255) NOT NULL,
  `size` BIGINT NOT NULL,
  `datacenters` TEXT NOT NULL,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  `created_at` BIGINT,
  `updated_at` BIGINT,
  PRIMARY KEY (`file_id`, `o_type`),
  UNIQUE KEY `object_keys_object_key_key` (`object_key`),
  CONSTRAINT `fk_object_keys_file_id` FOREIGN KEY (`file_id`) REFERENCES `files` (`file_id`) ON DELETE CASCADE
);

CREATE TABLE `trash` (
  `file_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `collection_id` BIGINT NOT NULL,
  `is_deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `is_restored` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `delete_by` BIGINT NOT NULL,
  PRIMARY KEY (`file_id`),
  CONSTRAINT `fk_trash_keys_collection_files` FOREIGN KEY (`collection_id`, `file_id`) REFERENCES `collection_files` (`collection_id`, `file_id`)
);

CREATE TABLE `push_tokens` (
  `user_id` BIGINT NOT NULL,
  `fcm_token` VARCHAR(255) NOT NULL,
  `apns_token` TEXT,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `last_notified_at` BIGINT NOT NULL,
  PRIMARY KEY (`fcm_token`),
  CONSTRAINT `fk_push_tokens_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `public_collection_tokens` (
  `id` BIGINT NOT NULL,
  `collection_id` BIGINT NOT NULL,
  `access_token` VARCHAR(255) NOT NULL,
  `is_disabled` BOOLEAN NOT NULL DEFAULT FALSE,
  `valid_till` BIGINT NOT NULL DEFAULT 0,
  `device_limit` INT NOT NULL DEFAULT 0,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `pw_hash` TEXT,
  `pw_nonce` TEXT,
  `mem_limit` BIGINT,
  `ops_limit` BIGINT,
  `enable_download` BOOLEAN NOT NULL DEFAULT TRUE,
  `enable_comment` BOOLEAN NOT NULL DEFAULT FALSE,
  `enable_collect` BOOLEAN NOT NULL DEFAULT FALSE,
  `enable_join` BOOLEAN NOT NULL DEFAULT TRUE,
  `min_role` ENUM('VIEWER','COLLABORATOR','OWNER','ADMIN'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `public_access_tokens_unique_idx` (`access_token`),
  CONSTRAINT `fk_public_tokens_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`collection_id`) ON DELETE CASCADE
);

CREATE TABLE `public_collection_access_history` (
  `share_id` BIGINT,
  `ip` VARCHAR(255) NOT NULL,
  `user_agent` VARCHAR(255) NOT NULL,
  `created_at` BIGINT NOT NULL,
  UNIQUE KEY `unique_access_sid_ip_ua` (`share_id`, `ip`, `user_agent`),
  CONSTRAINT `fk_public_history_token_id` FOREIGN KEY (`share_id`) REFERENCES `public_collection_tokens` (`id`) ON DELETE CASCADE
);

CREATE TABLE `public_abuse_report` (
  `share_id` BIGINT,
  `ip` VARCHAR(255) NOT NULL,
  `user_agent` VARCHAR(255) NOT NULL,
  `url` TEXT NOT NULL,
  `reason` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `details` JSON,
  UNIQUE KEY `unique_report_sid_ip_ua` (`share_id`, `ip`, `user_agent`),
  CONSTRAINT `fk_public_abuse_report_token_id` FOREIGN KEY (`share_id`) REFERENCES `public_collection_tokens` (`id`) ON DELETE CASCADE
);

CREATE TABLE `families` (
  `id` CHAR(36) NOT NULL,
  `admin_id` BIGINT NOT NULL,
  `member_id` BIGINT NOT NULL,
  `status` TEXT NOT NULL,
  `token` VARCHAR(255),
  `percentage` INT NOT NULL DEFAULT -1,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `storage_limit` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `families_token_key` (`token`),
  UNIQUE KEY `uidx_families_member_mapping` (`admin_id`, `member_id`),
  CONSTRAINT `fk_family_admin_id` FOREIGN KEY (`admin_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `remote_store` (
  `user_id` BIGINT NOT NULL,
  `key_name` VARCHAR(255) NOT NULL,
  `key_value` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`, `key_name`),
  CONSTRAINT `fk_remote_store_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `authenticator_key` (
  `user_id` BIGINT NOT NULL,
  `encrypted_key` TEXT NOT NULL,
  `header` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `fk_authenticator_key_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `authenticator_entity` (
  `id` CHAR(36) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `encrypted_data` TEXT,
  `header` TEXT,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  PRIMARY KEY (`id`),
  CONSTRAINT `authenticator_entity_fk_authenticator_key_user_id` FOREIGN KEY (`user_id`) REFERENCES `authenticator_key` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `object_copies` (
  `object_key` VARCHAR(255) NOT NULL,
  `b2` BIGINT,
  `want_b2` BOOLEAN,
  `wasabi` BIGINT,
  `want_wasabi` BOOLEAN,
  `scw` BIGINT,
  `want_scw` BOOLEAN,
  `last_attempt` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`object_key`),
  CONSTRAINT `fk_object_copies_object_key` FOREIGN KEY (`object_key`) REFERENCES `object_keys` (`object_key`) ON DELETE CASCADE
);

CREATE TABLE `data_cleanup` (
  `user_id` BIGINT NOT NULL,
  `stage` ENUM('scheduled','collection','trash','storage','completed') NOT NULL DEFAULT 'scheduled',
  `stage_schedule_time` BIGINT NOT NULL,
  `stage_attempt_count` INT NOT NULL DEFAULT 0,
  `status` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `referral_codes` (
  `code` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `is_active` BOOLEAN NOT NULL DEFAULT TRUE,
  `created_at` BIGINT NOT NULL,
  PRIMARY KEY (`code`)
);

CREATE TABLE `referral_tracking` (
  `invitor_id` BIGINT NOT NULL,
  `invitee_id` BIGINT NOT NULL,
  `plan_type` TEXT NOT NULL,
  `invitee_on_paid_plan` BOOLEAN DEFAULT FALSE,
  `created_at` BIGINT NOT NULL,
  UNIQUE KEY `referral_tracking_invitee_id_idx` (`invitee_id`)
);

CREATE TABLE `storage_bonus` (
  `bonus_id` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `storage` BIGINT NOT NULL,
  `valid_till` BIGINT NOT NULL DEFAULT 0,
  `revoke_reason` TEXT,
  `is_revoked` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`bonus_id`)
);

CREATE TABLE `entity_key` (
  `user_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `encrypted_key` TEXT NOT NULL,
  `header` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`, `type`),
  CONSTRAINT `fk_entity_key_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `entity_data` (
  `user_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `encrypted_data` TEXT,
  `header` TEXT,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  `id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_entity_key_user_id_and_type` FOREIGN KEY (`user_id`, `type`) REFERENCES `entity_key` (`user_id`, `type`) ON DELETE CASCADE
);

CREATE TABLE `kex_store` (
  `id` VARCHAR(255) NOT NULL,
  `wrapped_key` TEXT NOT NULL,
  `added_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `srp_auth` (
  `user_id` BIGINT NOT NULL,
  `srp_user_id` CHAR(36) NOT NULL,
  `salt` TEXT NOT NULL,
  `verifier` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `srp_auth_srp_user_id_key` (`srp_user_id`),
  CONSTRAINT `fk_srp_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `temp_srp_setup` (
  `id` CHAR(36) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `srp_user_id` CHAR(36) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `salt` TEXT NOT NULL,
  `verifier` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_temp_srp_setup_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `srp_sessions` (
  `id` CHAR(36) NOT NULL,
  `srp_user_id` CHAR(36) NOT NULL,
  `server_key` TEXT NOT NULL,
  `srp_a` TEXT NOT NULL,
  `has_verified` BOOLEAN NOT NULL DEFAULT FALSE,
  `attempt_count` INT NOT NULL DEFAULT 0,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `is_fake` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `embeddings` (
  `file_id` BIGINT NOT NULL,
  `owner_id` BIGINT NOT NULL,
  `model` ENUM('ggml-clip','onnx-clip','file-ml-clip-face','derived') NOT NULL,
  `encrypted_embedding` TEXT,
  `decryption_header` TEXT,
  `updated_at` BIGINT NOT NULL,
  `size` INT,
  `version` INT DEFAULT 1,
  `datacenters` TEXT,
  UNIQUE KEY `unique_embeddings_file_id_model` (`file_id`, `model`),
  CONSTRAINT `fk_embeddings_file_id` FOREIGN KEY (`file_id`) REFERENCES `files` (`file_id`) ON DELETE CASCADE
);

CREATE TABLE `passkeys` (
  `id` CHAR(36) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `friendly_name` TEXT NOT NULL,
  `deleted_at` BIGINT,
  `created_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_passkeys_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `passkey_credentials` (
  `passkey_id` CHAR(36) NOT NULL,
  `credential_id` VARCHAR(255) NOT NULL,
  `public_key` TEXT NOT NULL,
  `attestation_type` TEXT NOT NULL,
  `authenticator_transports` TEXT NOT NULL,
  `credential_flags` TEXT NOT NULL,
  `authenticator` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `rp_id` TEXT,
  PRIMARY KEY (`passkey_id`),
  UNIQUE KEY `passkey_credentials_credential_id_key` (`credential_id`),
  CONSTRAINT `fk_passkey_credentials_passkey_id` FOREIGN KEY (`passkey_id`) REFERENCES `passkeys` (`id`) ON DELETE CASCADE
);

CREATE TABLE `webauthn_sessions` (
  `id` CHAR(36) NOT NULL,
  `challenge` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `allowed_credential_ids` TEXT NOT NULL,
  `expires_at` BIGINT NOT NULL,
  `user_verification_requirement` TEXT NOT NULL,
  `extensions` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `rp_id` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `webauthn_sessions_challenge_key` (`challenge`),
  CONSTRAINT `fk_webauthn_sessions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `passkey_login_sessions` (
  `user_id` BIGINT NOT NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `creation_time` BIGINT NOT NULL,
  `expiration_time` BIGINT NOT NULL,
  `token_fetch_cnt` INT DEFAULT 0,
  `verified_at` BIGINT,
  `token_data` JSON,
  UNIQUE KEY `passkey_login_sessions_session_id_key` (`session_id`),
  CONSTRAINT `fk_passkey_login_sessions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `casting` (
  `id` CHAR(36) NOT NULL,
  `code` VARCHAR(16) NOT NULL,
  `public_key` VARCHAR(512) NOT NULL,
  `collection_id` BIGINT,
  `cast_user` BIGINT,
  `encrypted_payload` TEXT,
  `token` VARCHAR(512),
  `is_deleted` BOOLEAN DEFAULT FALSE,
  `created_at` BIGINT NOT NULL,
  `last_used_at` BIGINT NOT NULL,
  `ip` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `two_factor_recovery` (
  `user_id` BIGINT NOT NULL,
  `enable_admin_mfa_reset` BOOLEAN NOT NULL DEFAULT TRUE,
  `server_passkey_secret_data` BLOB,
  `server_passkey_secret_nonce` BLOB,
  `user_passkey_secret_data` TEXT,
  `user_passkey_secret_nonce` TEXT,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `file_data` (
  `file_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `data_type` ENUM('file','thumbnail','mldata','vid_preview','img_preview') NOT NULL,
  `size` BIGINT NOT NULL,
  `latest_bucket` ENUM('b2-eu-cen','scw-eu-fr','scw-eu-fr-locked','wasabi-eu-central-2','wasabi-eu-central-2-v3','scw-eu-fr-v3','wasabi-eu-central-2-derived','b5','b6') NOT NULL,
  `replicated_buckets` TEXT NOT NULL,
  `delete_from_buckets` TEXT NOT NULL,
  `inflight_rep_buckets` TEXT NOT NULL,
  `is_deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `pending_sync` BOOLEAN NOT NULL DEFAULT TRUE,
  `sync_locked_till` BIGINT NOT NULL DEFAULT 0,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `obj_id` TEXT,
  `obj_nonce` TEXT,
  `obj_size` BIGINT,
  PRIMARY KEY (`file_id`, `data_type`)
);

CREATE TABLE `emergency_contact` (
  `user_id` BIGINT NOT NULL,
  `emergency_contact_id` BIGINT NOT NULL,
  `state` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `notice_period_in_hrs` INT NOT NULL,
  `encrypted_key` TEXT,
  UNIQUE KEY `unique_user_emergency_contact` (`user_id`, `emergency_contact_id`),
  CONSTRAINT `fk_emergency_contact_emergency_contact_id` FOREIGN KEY (`emergency_contact_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_emergency_contact_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `emergency_recovery` (
  `id` CHAR(36) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `emergency_contact_id` BIGINT NOT NULL,
  `status` TEXT NOT NULL,
  `wait_till` BIGINT,
  `next_reminder_at` BIGINT,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_emergency_recovery_emergency_contact_id` FOREIGN KEY (`emergency_contact_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_emergency_recovery_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `public_file_tokens` (
  `id` VARCHAR(255) NOT NULL,
  `file_id` BIGINT NOT NULL,
  `owner_id` BIGINT NOT NULL,
  `app` TEXT NOT NULL,
  `access_token` TEXT NOT NULL,
  `valid_till` BIGINT NOT NULL DEFAULT 0,
  `device_limit` INT NOT NULL DEFAULT 0,
  `is_disabled` BOOLEAN NOT NULL DEFAULT FALSE,
  `enable_download` BOOLEAN NOT NULL DEFAULT TRUE,
  `pw_hash` TEXT,
  `pw_nonce` TEXT,
  `mem_limit` BIGINT,
  `ops_limit` BIGINT,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `encrypted_file_key` TEXT,
  `encrypted_file_key_nonce` TEXT,
  `kdf_nonce` TEXT,
  `kdf_mem_limit` BIGINT,
  `kdf_ops_limit` BIGINT,
  `encrypted_share_key` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `public_file_tokens_access_history` (
  `id` VARCHAR(255) NOT NULL,
  `ip` VARCHAR(255) NOT NULL,
  `user_agent` VARCHAR(255) NOT NULL,
  `created_at` BIGINT NOT NULL,
  UNIQUE KEY `unique_access_id_ip_ua` (`id`, `ip`, `user_agent`),
  CONSTRAINT `fk_public_file_history_token_id` FOREIGN KEY (`id`) REFERENCES `public_file_tokens` (`id`) ON DELETE CASCADE
);

CREATE TABLE `discount_coupons` (
  `provider_name` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `claimed_by_user_id` BIGINT,
  `claimed_at` BIGINT,
  `sent_count` INT DEFAULT 0,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  UNIQUE KEY `discount_coupons_provider_code_unique` (`provider_name`, `code`)
);

CREATE TABLE `two_factor_used_codes` (
  `user_id` BIGINT NOT NULL,
  `code_hash` VARCHAR(255) NOT NULL,
  `used_at` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`, `code_hash`),
  CONSTRAINT `fk_two_factor_used_codes_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `collection_actions` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `actor_user_id` BIGINT NOT NULL,
  `collection_id` BIGINT NOT NULL,
  `file_id` BIGINT,
  `data` JSON,
  `action` TEXT NOT NULL,
  `is_pending` BOOLEAN NOT NULL DEFAULT TRUE,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `anon_users` (
  `id` VARCHAR(255) NOT NULL,
  `collection_id` BIGINT NOT NULL,
  `cipher` TEXT NOT NULL,
  `nonce` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comments` (
  `id` VARCHAR(255) NOT NULL,
  `collection_id` BIGINT NOT NULL,
  `file_id` BIGINT,
  `parent_comment_id` TEXT,
  `user_id` BIGINT NOT NULL,
  `anon_user_id` VARCHAR(255),
  `cipher` TEXT,
  `nonce` TEXT,
  `is_deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_comments_anon_user` FOREIGN KEY (`anon_user_id`) REFERENCES `anon_users` (`id`)
);

CREATE TABLE `reactions` (
  `id` VARCHAR(255) NOT NULL,
  `collection_id` BIGINT NOT NULL,
  `file_id` BIGINT,
  `comment_id` TEXT,
  `user_id` BIGINT NOT NULL,
  `anon_user_id` VARCHAR(255),
  `actor_key` VARCHAR(255),
  `cipher` TEXT,
  `nonce` TEXT,
  `is_deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `unique_key` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_reactions_actor_target` (`actor_key`, `unique_key`),
  CONSTRAINT `fk_reactions_anon_user` FOREIGN KEY (`anon_user_id`) REFERENCES `anon_users` (`id`)
);

CREATE TABLE `public_paste_tokens` (
  `id` VARCHAR(255) NOT NULL,
  `access_token` VARCHAR(255) NOT NULL,
  `encrypted_data` TEXT NOT NULL,
  `decryption_header` TEXT NOT NULL,
  `encrypted_paste_key` TEXT NOT NULL,
  `encrypted_paste_key_nonce` TEXT NOT NULL,
  `kdf_nonce` TEXT NOT NULL,
  `kdf_mem_limit` BIGINT NOT NULL,
  `kdf_ops_limit` BIGINT NOT NULL,
  `expires_at` BIGINT NOT NULL,
  `created_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `public_paste_tokens_access_token_key` (`access_token`)
);

CREATE TABLE `memory_shares` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `type` TEXT NOT NULL,
  `memory_hash` TEXT,
  `metadata_cipher` TEXT,
  `metadata_nonce` TEXT,
  `mem_enc_key` TEXT NOT NULL,
  `mem_key_decryption_nonce` TEXT NOT NULL,
  `access_token` VARCHAR(255) NOT NULL,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `memory_shares_access_token_key` (`access_token`),
  CONSTRAINT `memory_shares_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `memory_share_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `memory_share_id` BIGINT NOT NULL,
  `file_id` BIGINT NOT NULL,
  `file_owner_id` BIGINT NOT NULL,
  `position` BIGINT NOT NULL,
  `file_enc_key` TEXT NOT NULL,
  `file_key_decryption_nonce` TEXT NOT NULL,
  `created_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `memory_share_files_memory_share_id_position_key` (`memory_share_id`, `position`),
  CONSTRAINT `memory_share_files_memory_share_id_fkey` FOREIGN KEY (`memory_share_id`) REFERENCES `memory_shares` (`id`) ON DELETE CASCADE
);

CREATE TABLE `contact_entity` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `contact_user_id` BIGINT NOT NULL,
  `profile_picture_attachment_id` TEXT,
  `encrypted_key` BLOB NOT NULL,
  `encrypted_data` BLOB,
  `is_deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_contact_entity_user_contact_user_id` (`user_id`, `contact_user_id`),
  CONSTRAINT `fk_contact_entity_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `user_attachments` (
  `attachment_id` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `attachment_type` TEXT NOT NULL,
  `size` BIGINT NOT NULL,
  `latest_bucket` ENUM('b2-eu-cen','scw-eu-fr','scw-eu-fr-locked','wasabi-eu-central-2','wasabi-eu-central-2-v3','scw-eu-fr-v3','wasabi-eu-central-2-derived','b5','b6') NOT NULL,
  `replicated_buckets` TEXT NOT NULL,
  `delete_from_buckets` TEXT NOT NULL,
  `inflight_rep_buckets` TEXT NOT NULL,
  `is_deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `pending_sync` BOOLEAN NOT NULL DEFAULT TRUE,
  `sync_locked_till` BIGINT NOT NULL DEFAULT 0,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`attachment_id`),
  CONSTRAINT `fk_user_attachments_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `legacy_kit` (
  `id` CHAR(36) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `variant` INT NOT NULL,
  `notice_period_in_hrs` INT NOT NULL,
  `encrypted_recovery_blob` TEXT NOT NULL,
  `auth_public_key` TEXT NOT NULL,
  `encrypted_owner_blob` TEXT NOT NULL,
  `is_deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  `deleted_at` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `legacy_kit_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `legacy_kit_challenge` (
  `id` CHAR(36) NOT NULL,
  `kit_id` CHAR(36) NOT NULL,
  `challenge_hash` TEXT NOT NULL,
  `expires_at` BIGINT NOT NULL,
  `created_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `legacy_kit_challenge_kit_id_fkey` FOREIGN KEY (`kit_id`) REFERENCES `legacy_kit` (`id`) ON DELETE CASCADE
);

CREATE TABLE `legacy_kit_recovery_session` (
  `id` CHAR(36) NOT NULL,
  `kit_id` CHAR(36) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `status` TEXT NOT NULL,
  `effective_notice_period_in_hrs` INT NOT NULL,
  `wait_till` BIGINT NOT NULL,
  `next_reminder_at` BIGINT,
  `initiators` JSON NOT NULL,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `legacy_kit_recovery_session_kit_id_fkey` FOREIGN KEY (`kit_id`) REFERENCES `legacy_kit` (`id`) ON DELETE CASCADE,
  CONSTRAINT `legacy_kit_recovery_session_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `legacy_kit_recovery_session_token` (
  `id` CHAR(36) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `token_hash` VARCHAR(255) NOT NULL,
  `created_at` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `legacy_kit_recovery_session_token_token_hash_key` (`token_hash`),
  CONSTRAINT `legacy_kit_recovery_session_token_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `legacy_kit_recovery_session` (`id`) ON DELETE CASCADE
);

CREATE TABLE `events` (
  `id` VARCHAR(255) NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `app` TEXT NOT NULL,
  `platform` TEXT NOT NULL,
  `data` JSON NOT NULL,
  `user_id` BIGINT,
  `created_at` BIGINT NOT NULL,
  `updated_at` BIGINT NOT NULL,
  UNIQUE KEY `events_id_event_idx` (`id`, `event`)
);

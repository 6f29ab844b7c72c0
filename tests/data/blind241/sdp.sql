-- Stellar Disbursement Platform (SDP) backend (Stellar Development Foundation), github.com/stellar/stellar-disbursement-platform-backend,
-- commit d4e8d607a3999c7940afff6bdc3eeeb0cc00323d (Apache-2.0). Schema as upstream's own SQL migrations create it:
-- db/migrations/admin-migrations (schema `admin`: tenants), db/migrations/sdp-migrations + auth-migrations (one schema
-- `sdp_<tenant>` per tenant organisation) and db/migrations/tss-migrations (schema `tss`, the transaction submission
-- service), each file's "+migrate Up" part replayed in order into a scratch PostgreSQL 15 and written as MySQL from the
-- catalog: text -> TEXT (VARCHAR(255) where in a key), varchar(n)/char(n) as upstream, uuid -> CHAR(36), timestamptz ->
-- DATETIME(6), numeric(19,7) -> DECIMAL(19,7), jsonb and text[]/enum[] arrays -> JSON, bytea -> LONGBLOB, PostgreSQL
-- enum types -> ENUM(...) with their labels, boolean -> TINYINT(1); NOT NULL, literal and now() defaults, primary keys,
-- unique constraints / unique indexes and foreign keys as replayed (partial and expression indexes and plain indexes,
-- triggers and functions not carried over). The three schemas are written into one database; no table is left out.
CREATE TABLE `tenants` (
  `id` varchar(36) NOT NULL,
  `name` text NOT NULL,
  `base_url` text DEFAULT NULL,
  `sdp_ui_base_url` text DEFAULT NULL,
  `status` enum('TENANT_CREATED','TENANT_PROVISIONED','TENANT_ACTIVATED','TENANT_DEACTIVATED') DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `distribution_account_address` text DEFAULT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_at` datetime(6) DEFAULT NULL,
  `distribution_account_type` enum('DISTRIBUTION_ACCOUNT.STELLAR.ENV','DISTRIBUTION_ACCOUNT.STELLAR.DB_VAULT','DISTRIBUTION_ACCOUNT.CIRCLE.DB_VAULT') NOT NULL,
  `distribution_account_status` enum('ACTIVE','PENDING_USER_ACTIVATION') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `api_keys` (
  `id` varchar(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  `key_hash` varchar(64) NOT NULL,
  `salt` varchar(32) NOT NULL,
  `permissions` json NOT NULL,
  `allowed_ips` json NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` char(36) NOT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_by` char(36) NOT NULL,
  `expiry_date` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_keys_key_hash_idx` (`key_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `api_keys_audit` (
  `id` varchar(36) DEFAULT NULL,
  `name` varchar(128) DEFAULT NULL,
  `key_hash` varchar(64) DEFAULT NULL,
  `salt` varchar(32) DEFAULT NULL,
  `permissions` json DEFAULT NULL,
  `allowed_ips` json DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `created_by` char(36) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `updated_by` char(36) DEFAULT NULL,
  `expiry_date` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `operation` text NOT NULL,
  `changed_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `assets` (
  `id` varchar(36) NOT NULL,
  `code` varchar(12) NOT NULL,
  `issuer` varchar(56) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assets_code_issuer_key` (`code`, `issuer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `auth_user_mfa_codes` (
  `device_id` varchar(255) NOT NULL,
  `auth_user_id` varchar(36) NOT NULL,
  `code` varchar(8) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `device_expires_at` datetime(6) DEFAULT NULL,
  `code_expires_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`device_id`, `auth_user_id`),
  UNIQUE KEY `auth_user_mfa_codes_device_id_code_key` (`device_id`, `code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `auth_user_password_reset` (
  `token` varchar(255) NOT NULL,
  `auth_user_id` varchar(36) NOT NULL,
  `is_valid` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `auth_user_password_reset_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `auth_users` (
  `id` varchar(36) NOT NULL,
  `encrypted_password` text NOT NULL,
  `email` varchar(255) NOT NULL,
  `is_owner` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `roles` json DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT 1,
  `first_name` varchar(128) NOT NULL DEFAULT '',
  `last_name` varchar(128) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_users_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `bridge_integration` (
  `status` enum('NOT_ENABLED','NOT_OPTED_IN','OPTED_IN','READY_FOR_DEPOSIT','ERROR') NOT NULL,
  `kyc_link_id` varchar(36) DEFAULT NULL,
  `customer_id` varchar(36) NOT NULL,
  `opted_in_by` text DEFAULT NULL,
  `opted_in_at` datetime(6) DEFAULT NULL,
  `virtual_account_id` varchar(36) DEFAULT NULL,
  `virtual_account_created_at` datetime(6) DEFAULT NULL,
  `virtual_account_created_by` text DEFAULT NULL,
  `error_message` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `circle_client_config` (
  `wallet_id` varchar(64) NOT NULL,
  `encrypted_api_key` varchar(256) NOT NULL,
  `encrypter_public_key` varchar(256) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `circle_recipients` (
  `receiver_wallet_id` varchar(36) NOT NULL,
  `idempotency_key` varchar(36) NOT NULL,
  `circle_recipient_id` varchar(36) DEFAULT NULL,
  `status` enum('pending','active','inactive','denied','failed') DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `sync_attempts` int(11) NOT NULL DEFAULT 0,
  `last_sync_attempt_at` datetime(6) DEFAULT NULL,
  `response_body` json DEFAULT NULL,
  `stellar_address` text DEFAULT NULL,
  `stellar_memo` text DEFAULT NULL,
  PRIMARY KEY (`receiver_wallet_id`),
  UNIQUE KEY `unique_idempotency_key` (`idempotency_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `circle_transfer_requests` (
  `idempotency_key` varchar(36) NOT NULL,
  `payment_id` varchar(36) NOT NULL,
  `circle_transfer_id` varchar(36) DEFAULT NULL,
  `status` enum('pending','complete','failed') DEFAULT NULL,
  `response_body` json DEFAULT NULL,
  `source_wallet_id` varchar(64) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `completed_at` datetime(6) DEFAULT NULL,
  `sync_attempts` int(11) NOT NULL DEFAULT 0,
  `last_sync_attempt_at` datetime(6) DEFAULT NULL,
  `circle_payout_id` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`idempotency_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `disbursements` (
  `id` varchar(64) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `asset_id` varchar(36) NOT NULL,
  `wallet_id` varchar(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  `status` enum('DRAFT','READY','STARTED','PAUSED','COMPLETED') NOT NULL,
  `status_history` json NOT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `verification_field` enum('DATE_OF_BIRTH','PIN','NATIONAL_ID_NUMBER','YEAR_MONTH') DEFAULT NULL,
  `file_content` longblob DEFAULT NULL,
  `file_name` text DEFAULT NULL,
  `receiver_registration_message_template` text DEFAULT NULL,
  `registration_contact_type` enum('EMAIL','EMAIL_AND_WALLET_ADDRESS','PHONE_NUMBER','PHONE_NUMBER_AND_WALLET_ADDRESS') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `disbursement_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `embedded_wallets` (
  `token` varchar(36) NOT NULL,
  `wasm_hash` varchar(64) NOT NULL,
  `contract_address` varchar(56) DEFAULT NULL,
  `public_key` varchar(130) DEFAULT NULL,
  `receiver_wallet_id` varchar(36) DEFAULT NULL,
  `requires_verification` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `wallet_status` enum('PENDING','PROCESSING','FAILED','SUCCESS') NOT NULL,
  `credential_id` varchar(2048) DEFAULT NULL,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `messages` (
  `id` varchar(36) NOT NULL,
  `type` enum('TWILIO_SMS','AWS_SMS','AWS_EMAIL','DRY_RUN','TWILIO_EMAIL','TWILIO_WHATSAPP') NOT NULL,
  `asset_id` varchar(36) DEFAULT NULL,
  `wallet_id` varchar(36) NOT NULL,
  `receiver_id` varchar(36) NOT NULL,
  `text_encrypted` varchar(1024) NOT NULL,
  `title_encrypted` varchar(128) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` enum('PENDING','SUCCESS','FAILURE') NOT NULL,
  `status_history` json NOT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `receiver_wallet_id` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `organizations` (
  `id` varchar(36) NOT NULL,
  `name` varchar(64) NOT NULL,
  `timezone_utc_offset` varchar(6) NOT NULL DEFAULT '+00:00',
  `receiver_registration_message_template` varchar(255) NOT NULL DEFAULT 'You have a payment waiting for you from the {{.OrganizationName}}. Click {{.RegistrationLink}} to register.',
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `logo` longblob DEFAULT NULL,
  `is_approval_required` tinyint(1) NOT NULL DEFAULT 0,
  `otp_message_template` varchar(255) NOT NULL DEFAULT '{{.OTP}} is your {{.OrganizationName}} verification code.',
  `receiver_invitation_resend_interval_days` int(11) DEFAULT NULL,
  `payment_cancellation_period_days` int(11) DEFAULT NULL,
  `privacy_policy_link` text DEFAULT NULL,
  `message_channel_priority` json NOT NULL,
  `is_link_shortener_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `is_memo_tracing_enabled` tinyint(1) DEFAULT 1,
  `mfa_disabled` tinyint(1) DEFAULT NULL,
  `captcha_disabled` tinyint(1) DEFAULT NULL,
  `receiver_invitations_disabled` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `passkey_sessions` (
  `challenge` varchar(255) NOT NULL,
  `session_type` text NOT NULL,
  `session_data` json NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`challenge`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `payments` (
  `id` varchar(64) NOT NULL,
  `stellar_transaction_id` varchar(64) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `receiver_id` varchar(64) NOT NULL,
  `disbursement_id` varchar(64) DEFAULT NULL,
  `amount` decimal(19,7) NOT NULL,
  `asset_id` varchar(36) NOT NULL,
  `stellar_operation_id` varchar(32) DEFAULT NULL,
  `sender_address` varchar(69) DEFAULT NULL,
  `status` enum('DRAFT','READY','PENDING','PAUSED','SUCCESS','FAILED','CANCELED') NOT NULL,
  `status_history` json NOT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `receiver_wallet_id` varchar(64) NOT NULL,
  `external_payment_id` varchar(64) DEFAULT NULL,
  `type` enum('DISBURSEMENT','DIRECT') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `receiver_registration_attempts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `phone_number` varchar(32) DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `attempt_ts` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `client_domain` text NOT NULL,
  `transaction_id` text NOT NULL,
  `wallet_address` text NOT NULL,
  `wallet_memo` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `receiver_verifications` (
  `receiver_id` varchar(64) NOT NULL,
  `verification_field` enum('DATE_OF_BIRTH','PIN','NATIONAL_ID_NUMBER','YEAR_MONTH') NOT NULL,
  `hashed_value` text NOT NULL,
  `attempts` smallint(6) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `confirmed_at` datetime(6) DEFAULT NULL,
  `failed_at` datetime(6) DEFAULT NULL,
  `verification_channel` enum('SMS','EMAIL') DEFAULT NULL,
  `confirmed_by_type` enum('RECEIVER','USER') DEFAULT NULL,
  `confirmed_by_id` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`receiver_id`, `verification_field`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `receiver_verifications_audit` (
  `receiver_id` varchar(64) DEFAULT NULL,
  `verification_field` enum('DATE_OF_BIRTH','PIN','NATIONAL_ID_NUMBER','YEAR_MONTH') DEFAULT NULL,
  `hashed_value` text DEFAULT NULL,
  `attempts` smallint(6) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `confirmed_at` datetime(6) DEFAULT NULL,
  `failed_at` datetime(6) DEFAULT NULL,
  `verification_channel` enum('SMS','EMAIL') DEFAULT NULL,
  `confirmed_by_type` enum('RECEIVER','USER') DEFAULT NULL,
  `confirmed_by_id` varchar(36) DEFAULT NULL,
  `operation` text NOT NULL,
  `changed_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `receiver_wallets` (
  `id` varchar(36) NOT NULL,
  `receiver_id` varchar(36) NOT NULL,
  `wallet_id` varchar(36) NOT NULL,
  `stellar_address` varchar(56) DEFAULT NULL,
  `stellar_memo` text DEFAULT NULL,
  `stellar_memo_type` enum('text','id','hash','return') DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` enum('DRAFT','READY','REGISTERED','FLAGGED') NOT NULL,
  `status_history` json NOT NULL,
  `otp` text DEFAULT NULL,
  `otp_created_at` datetime(6) DEFAULT NULL,
  `otp_confirmed_at` datetime(6) DEFAULT NULL,
  `sep24_transaction_id` text DEFAULT NULL,
  `invitation_sent_at` datetime(6) DEFAULT NULL,
  `otp_confirmed_with` varchar(256) DEFAULT NULL,
  `otp_attempts` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `receiver_wallets_receiver_id_wallet_id_key` (`receiver_id`, `wallet_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `receiver_wallets_audit` (
  `id` varchar(36) DEFAULT NULL,
  `receiver_id` varchar(36) DEFAULT NULL,
  `wallet_id` varchar(36) DEFAULT NULL,
  `stellar_address` varchar(56) DEFAULT NULL,
  `stellar_memo` text DEFAULT NULL,
  `stellar_memo_type` enum('text','id','hash','return') DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `status` enum('DRAFT','READY','REGISTERED','FLAGGED') DEFAULT NULL,
  `status_history` json DEFAULT NULL,
  `otp` text DEFAULT NULL,
  `otp_created_at` datetime(6) DEFAULT NULL,
  `otp_confirmed_at` datetime(6) DEFAULT NULL,
  `sep24_transaction_id` text DEFAULT NULL,
  `invitation_sent_at` datetime(6) DEFAULT NULL,
  `otp_confirmed_with` varchar(256) DEFAULT NULL,
  `operation` text NOT NULL,
  `changed_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `otp_attempts` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `receivers` (
  `id` varchar(64) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `phone_number` varchar(32) DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `external_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `receivers_audit` (
  `id` varchar(64) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `phone_number` varchar(32) DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `external_id` varchar(64) DEFAULT NULL,
  `operation` text NOT NULL,
  `changed_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `sep_nonces` (
  `nonce` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`nonce`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `short_urls` (
  `id` varchar(10) NOT NULL,
  `original_url` varchar(255) NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `short_urls_original_url_idx` (`original_url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `sponsored_transactions` (
  `id` varchar(36) NOT NULL,
  `account` varchar(56) NOT NULL,
  `operation_xdr` text NOT NULL,
  `status` enum('PENDING','PROCESSING','SUCCESS','FAILED') NOT NULL,
  `transaction_hash` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `wallets` (
  `id` varchar(36) NOT NULL,
  `name` varchar(30) NOT NULL,
  `homepage` varchar(255) NOT NULL,
  `deep_link_schema` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6) DEFAULT NULL,
  `sep_10_client_domain` varchar(255) NOT NULL DEFAULT '',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `user_managed` tinyint(1) NOT NULL DEFAULT 0,
  `embedded` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_wallets_index` (`name`, `homepage`, `deep_link_schema`),
  UNIQUE KEY `wallets_deep_link_schema_key` (`deep_link_schema`),
  UNIQUE KEY `wallets_homepage_key` (`homepage`),
  UNIQUE KEY `wallets_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `wallets_assets` (
  `wallet_id` varchar(36) DEFAULT NULL,
  `asset_id` varchar(36) DEFAULT NULL,
  UNIQUE KEY `wallets_assets_wallet_id_asset_id_key` (`wallet_id`, `asset_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `channel_accounts` (
  `public_key` varchar(64) NOT NULL,
  `private_key` varchar(256) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `locked_at` datetime(6) DEFAULT NULL,
  `locked_until_ledger_number` int(11) DEFAULT NULL,
  PRIMARY KEY (`public_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `submitter_transactions` (
  `id` varchar(36) NOT NULL,
  `external_id` varchar(64) NOT NULL,
  `status` enum('PENDING','PROCESSING','SUCCESS','ERROR') NOT NULL,
  `status_history` json DEFAULT NULL,
  `status_message` text DEFAULT NULL,
  `asset_code` varchar(12) DEFAULT NULL,
  `asset_issuer` varchar(56) DEFAULT NULL,
  `amount` decimal(19,7) DEFAULT NULL,
  `destination` varchar(56) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `locked_at` datetime(6) DEFAULT NULL,
  `started_at` datetime(6) DEFAULT NULL,
  `sent_at` datetime(6) DEFAULT NULL,
  `completed_at` datetime(6) DEFAULT NULL,
  `synced_at` datetime(6) DEFAULT NULL,
  `locked_until_ledger_number` int(11) DEFAULT NULL,
  `stellar_transaction_hash` varchar(64) DEFAULT NULL,
  `attempts_count` int(11) DEFAULT 0,
  `xdr_sent` varchar(255) DEFAULT NULL,
  `xdr_received` varchar(255) DEFAULT NULL,
  `tenant_id` varchar(36) NOT NULL,
  `distribution_account` varchar(56) DEFAULT NULL,
  `memo` text DEFAULT NULL,
  `memo_type` enum('text','id','hash','return') DEFAULT NULL,
  `transaction_type` enum('PAYMENT','WALLET_CREATION','SPONSORED') NOT NULL,
  `public_key` varchar(256) DEFAULT NULL,
  `wasm_hash` varchar(64) DEFAULT NULL,
  `sponsored_account` varchar(56) DEFAULT NULL,
  `sponsored_operation_xdr` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submitter_transactions_stellar_transaction_hash_key` (`stellar_transaction_hash`),
  UNIQUE KEY `submitter_transactions_xdr_received_key` (`xdr_received`),
  UNIQUE KEY `submitter_transactions_xdr_sent_key` (`xdr_sent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `vault` (
  `public_key` varchar(64) NOT NULL,
  `encrypted_private_key` varchar(256) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`public_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Foreign keys (declared upstream), added after all tables exist
ALTER TABLE `auth_user_mfa_codes` ADD CONSTRAINT `fk_mfa_codes_auth_user_id` FOREIGN KEY (`auth_user_id`) REFERENCES `auth_users` (`id`);
ALTER TABLE `auth_user_password_reset` ADD CONSTRAINT `fk_password_reset_auth_user_id` FOREIGN KEY (`auth_user_id`) REFERENCES `auth_users` (`id`);
ALTER TABLE `disbursements` ADD CONSTRAINT `fk_disbursement_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `assets` (`id`);
ALTER TABLE `disbursements` ADD CONSTRAINT `fk_disbursement_wallet_id` FOREIGN KEY (`wallet_id`) REFERENCES `wallets` (`id`);
ALTER TABLE `embedded_wallets` ADD CONSTRAINT `embedded_wallets_receiver_wallet_id_fkey` FOREIGN KEY (`receiver_wallet_id`) REFERENCES `receiver_wallets` (`id`);
ALTER TABLE `messages` ADD CONSTRAINT `messages_asset_id_fkey` FOREIGN KEY (`asset_id`) REFERENCES `assets` (`id`);
ALTER TABLE `messages` ADD CONSTRAINT `messages_receiver_id_fkey` FOREIGN KEY (`receiver_id`) REFERENCES `receivers` (`id`);
ALTER TABLE `messages` ADD CONSTRAINT `messages_receiver_wallet_id_fkey` FOREIGN KEY (`receiver_wallet_id`) REFERENCES `receiver_wallets` (`id`);
ALTER TABLE `messages` ADD CONSTRAINT `messages_wallet_id_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallets` (`id`);
ALTER TABLE `payments` ADD CONSTRAINT `fk_payment_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `assets` (`id`);
ALTER TABLE `payments` ADD CONSTRAINT `fk_payments_receiver_wallet_id` FOREIGN KEY (`receiver_wallet_id`) REFERENCES `receiver_wallets` (`id`);
ALTER TABLE `payments` ADD CONSTRAINT `payments_payment_account_id_fkey` FOREIGN KEY (`receiver_id`) REFERENCES `receivers` (`id`);
ALTER TABLE `payments` ADD CONSTRAINT `payments_payment_disbursement_id_fkey` FOREIGN KEY (`disbursement_id`) REFERENCES `disbursements` (`id`);
ALTER TABLE `receiver_verifications` ADD CONSTRAINT `receiver_verifications_receiver_id_fkey` FOREIGN KEY (`receiver_id`) REFERENCES `receivers` (`id`) ON DELETE CASCADE;
ALTER TABLE `receiver_wallets` ADD CONSTRAINT `receiver_wallets_receiver_id_fkey` FOREIGN KEY (`receiver_id`) REFERENCES `receivers` (`id`);
ALTER TABLE `receiver_wallets` ADD CONSTRAINT `receiver_wallets_wallet_id_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallets` (`id`);
ALTER TABLE `wallets_assets` ADD CONSTRAINT `wallets_assets_asset_id_fkey` FOREIGN KEY (`asset_id`) REFERENCES `assets` (`id`);
ALTER TABLE `wallets_assets` ADD CONSTRAINT `wallets_assets_wallet_id_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallets` (`id`);

-- Inji (MOSIP's verifiable-credential stack): Inji Certify (issuer), Mimoto (back end of the Inji Web and mobile wallets)
-- and Inji Verify (verifier)
-- Upstream (MPL-2.0):
--   github.com/mosip/inji-certify `db_scripts/inji_certify/ddl/*.sql`, commit 618684d326a1227fa074c65cc7cd601ea07cb5ab
--   github.com/mosip/mimoto       `db_scripts/inji_mimoto/ddl/*.sql`,  commit 784d67e484cd6daaa6f19becce0448061f8039d1
--   github.com/mosip/inji-verify  `db_scripts/inji_verify/ddl/*.sql`,  commit fc6178586adc00fd0e7585887927d962567bf7fd
-- Each database's ddl.sql was run into a scratch PostgreSQL 15 database (schemas certify, mimoto, verify) and written as
-- MySQL from the catalogue; each table is preceded by a `-- schema.table` line. Types: varchar(n) kept, text/varchar ->
-- TEXT (VARCHAR(255) in a key), timestamp -> DATETIME, jsonb -> JSON, text[] -> JSON, enum -> ENUM, serial ->
-- AUTO_INCREMENT; upstream COMMENT ON TABLE/COLUMN kept as COMMENTs. Left out: Mimoto's key_alias, key_policy_def,
-- key_store and ca_cert_store (identical copies of Certify's key-manager tables of the same names), the GIN indexes and
-- the CHECK on ledger.credential_status_details; the partial (unique) indexes of credential_config and
-- status_list_available_indices are written as plain indexes; Mimoto's second foreign key named fk_wallet_id is
-- prefixed with its table (MySQL names are unique per database).

-- certify.ca_cert_store
CREATE TABLE `ca_cert_store` (
  `cert_id` VARCHAR(36) NOT NULL COMMENT 'Certificate ID: Unique ID (UUID) will be generated and assigned to the uploaded CA/Sub-CA certificate',
  `cert_subject` VARCHAR(500) NOT NULL COMMENT 'Certificate Subject: Subject DN of the certificate',
  `cert_issuer` VARCHAR(500) NOT NULL COMMENT 'Certificate Issuer: Issuer DN of the certificate',
  `issuer_id` VARCHAR(36) NOT NULL COMMENT 'Issuer UUID of the certificate. (Issuer certificate should be available in the DB)',
  `cert_not_before` DATETIME NULL COMMENT 'Certificate Start Date: Certificate Interval - Validity Start Date & Time',
  `cert_not_after` DATETIME NULL COMMENT 'Certificate Validity end Date: Certificate Interval - Validity End Date & Time',
  `crl_uri` VARCHAR(120) NULL COMMENT 'CRL URL: CRL URI of the issuer.',
  `cert_data` TEXT NULL COMMENT 'Certificate Data: PEM Encoded actual certificate data.',
  `cert_thumbprint` VARCHAR(100) NULL COMMENT 'Certificate Thumb Print: SHA1 generated certificate thumbprint.',
  `cert_serial_no` VARCHAR(50) NULL COMMENT 'Certificate Serial No: Serial Number of the certificate.',
  `partner_domain` VARCHAR(36) NULL COMMENT 'Partner Domain : To add Partner Domain in CA/Sub-CA certificate chain',
  `cr_by` VARCHAR(256) NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) NULL COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME NULL COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN NULL DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME NULL COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  `ca_cert_type` VARCHAR(25) NULL COMMENT 'CA Certificate Type : Indicates if the certificate is a ROOT or INTERMEDIATE CA certificate',
  CONSTRAINT `pk_cacs_id` PRIMARY KEY (`cert_id`),
  CONSTRAINT `cert_thumbprint_unique` UNIQUE (`cert_thumbprint`, `partner_domain`)
) COMMENT='Certificate Authority Certificate Store: Store details of all the certificate provided by certificate authority which will be used by MOSIP';

-- certify.credential_config
CREATE TABLE `credential_config` (
  `credential_config_key_id` VARCHAR(2048) NOT NULL,
  `config_id` VARCHAR(255) NOT NULL COMMENT 'Credential Config ID: Unique id assigned to save and identify configuration.',
  `status` VARCHAR(255) NULL COMMENT 'Credential Config Status: Status of the credential configuration.',
  `vc_template` TEXT NULL COMMENT 'VC Template: Template used for the verifiable credential.',
  `doctype` VARCHAR(255) NULL COMMENT 'Doc Type: Doc Type specifically for Mdoc VC.',
  `sd_jwt_vct` VARCHAR(255) NULL COMMENT 'VCT field: VC Type specifically for SD-JWT VC.',
  `context` VARCHAR(255) NULL COMMENT 'Context: Array of context URIs for the credential.',
  `credential_type` VARCHAR(255) NULL COMMENT 'Credential Type: Array of credential types supported.',
  `credential_format` VARCHAR(255) NOT NULL COMMENT 'Credential Format: Format of the credential (e.g., JWT, JSON-LD).',
  `did_url` TEXT NULL COMMENT 'DID URL: Decentralized Identifier URL for the issuer.',
  `key_manager_app_id` VARCHAR(36) NULL COMMENT 'Key Manager App Id: AppId of the keymanager',
  `key_manager_ref_id` VARCHAR(128) NULL COMMENT 'Key Manager Reference Id: RefId of the keymanager',
  `signature_algo` VARCHAR(36) NULL COMMENT 'Signature Algorithm: This is for VC signature or proof algorithm',
  `signature_crypto_suite` VARCHAR(128) NULL,
  `sd_claim` TEXT NULL COMMENT 'SD Claim: This is a comma separated list for selective disclosure',
  `display` JSON NOT NULL COMMENT 'Display: Credential Display object',
  `display_order` JSON NOT NULL COMMENT 'Display Order: Array defining the order of display elements.',
  `scope` VARCHAR(255) NOT NULL COMMENT 'Scope: Authorization scope for the credential.',
  `cryptographic_binding_methods_supported` JSON NOT NULL COMMENT 'Cryptographic Binding Methods: Array of supported binding methods.',
  `credential_signing_alg_values_supported` JSON NOT NULL COMMENT 'Credential Signing Algorithms: Array of supported signing algorithms.',
  `proof_types_supported` JSON NOT NULL COMMENT 'Proof Types: JSON object containing supported proof types and their configurations.',
  `credential_subject` JSON NULL COMMENT 'Credential Subject: JSON object containing subject attributes schema.',
  `mso_mdoc_claims` JSON NULL COMMENT 'Mso_mdoc Claims: JSON object containing subject attributes schema specifically for MSO-MDOC VC.',
  `sd_jwt_claims` JSON NULL COMMENT 'SdJwt Claims: JSON object containing subject attributes schema specifically for SdJwt VC.',
  `plugin_configurations` JSON NULL COMMENT 'Plugin Configurations: Array of JSON objects for plugin configurations.',
  `credential_status_purpose` JSON NULL,
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTime: Date and time when the config was inserted in table.',
  `upd_dtimes` DATETIME NULL COMMENT 'Updated DateTime: Date and time when the config was last updated in table.',
  CONSTRAINT `pk_config_id` PRIMARY KEY (`config_id`),
  CONSTRAINT `credential_config_credential_config_key_id_key` UNIQUE (`credential_config_key_id`),
  KEY `idx_credential_config_doctype_unique` (`doctype`, `credential_format`),
  KEY `idx_credential_config_sd_jwt_vct_unique` (`sd_jwt_vct`, `credential_format`),
  KEY `idx_credential_config_type_context_unique` (`credential_type`, `context`, `credential_format`)
) COMMENT='Credential Config: Contains details of credential configuration.';

-- certify.credential_status_transaction
CREATE TABLE `credential_status_transaction` (
  `transaction_log_id` INT NOT NULL AUTO_INCREMENT COMMENT 'Serial primary key for the transaction log entry.',
  `credential_id` VARCHAR(255) NULL COMMENT 'The ID of the credential this transaction pertains to (references ledger.credential_id).',
  `status_purpose` VARCHAR(100) NULL COMMENT 'The purpose of this status update (e.g., revocation, suspension).',
  `status_value` BOOLEAN NULL COMMENT 'The status value (true for revoked/suspended, false for active).',
  `status_list_credential_id` VARCHAR(255) NULL COMMENT 'The ID of the status list credential involved, if any.',
  `status_list_index` BIGINT NULL COMMENT 'The index on the status list, if any.',
  `cr_dtimes` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Timestamp when this transaction was created.',
  `processed_dtimes` DATETIME NULL COMMENT 'Timestamp when this transaction was processed by status list batch job.',
  `is_processed` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Indicates if the transaction has been processed by the status list batch job.',
  CONSTRAINT `credential_status_transaction_pkey` PRIMARY KEY (`transaction_log_id`),
  KEY `idx_cst_is_processed_created` (`is_processed`, `cr_dtimes`)
) COMMENT='Transaction log for credential status changes and updates.';

-- certify.key_alias
CREATE TABLE `key_alias` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Unique identifier (UUID) used for referencing keys in key_store table and HSM',
  `app_id` VARCHAR(36) NOT NULL COMMENT 'To reference a Module key',
  `ref_id` VARCHAR(128) NULL COMMENT 'To reference a Encryption key ',
  `key_gen_dtimes` DATETIME NULL COMMENT 'Date and time when the key was generated.',
  `key_expire_dtimes` DATETIME NULL COMMENT 'Date and time when the key will be expired. This will be derived based on the configuration / policy defined in Key policy definition.',
  `status_code` VARCHAR(36) NULL COMMENT 'Status of the key, whether it is active or expired.',
  `lang_code` VARCHAR(3) NULL COMMENT 'For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language. ',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) NULL COMMENT 'ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME NULL COMMENT 'Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN NULL DEFAULT FALSE COMMENT 'Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME NULL COMMENT 'Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  `cert_thumbprint` VARCHAR(100) NULL,
  `uni_ident` VARCHAR(50) NULL,
  CONSTRAINT `pk_keymals_id` PRIMARY KEY (`id`),
  CONSTRAINT `uni_ident_const` UNIQUE (`uni_ident`)
) COMMENT='Contains key alias and  metadata of all the keys used in MOSIP system.';

-- certify.key_policy_def
CREATE TABLE `key_policy_def` (
  `app_id` VARCHAR(36) NOT NULL COMMENT 'Application ID: Application id for which the key policy is defined',
  `key_validity_duration` SMALLINT NULL COMMENT 'Key Validity Duration: Duration for which key is valid',
  `is_active` BOOLEAN NOT NULL COMMENT 'IS_Active : Flag to mark whether the record is Active or In-active',
  `pre_expire_days` SMALLINT NULL,
  `access_allowed` VARCHAR(1024) NULL,
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) NULL COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME NULL COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN NULL DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME NULL COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  CONSTRAINT `pk_keypdef_id` PRIMARY KEY (`app_id`)
) COMMENT='Key Policy Defination: Policy related to encryption key management is defined here. For eg. Expiry duration of a key generated.';

-- certify.key_store
CREATE TABLE `key_store` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Unique identifier (UUID) for referencing keys',
  `master_key` VARCHAR(36) NOT NULL COMMENT 'UUID of the master key used to encrypt this key',
  `private_key` VARCHAR(2500) NOT NULL COMMENT 'Encrypted private key',
  `certificate_data` TEXT NOT NULL COMMENT 'X.509 encoded certificate data',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) NULL COMMENT 'ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME NULL COMMENT 'Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN NULL DEFAULT FALSE COMMENT 'Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME NULL COMMENT 'Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  CONSTRAINT `pk_keystr_id` PRIMARY KEY (`id`)
) COMMENT='Stores Encryption (Base) private keys along with certificates';

-- certify.ledger
CREATE TABLE `ledger` (
  `id` INT NOT NULL AUTO_INCREMENT COMMENT 'Serial primary key for the ledger table.',
  `credential_id` VARCHAR(255) NULL COMMENT 'Unique identifier of the Verifiable Credential whose status is being tracked. Must be unique across the table.',
  `issuer_id` VARCHAR(255) NOT NULL COMMENT 'Identifier of the issuer of the tracked credential.',
  `issuance_date` DATETIME NOT NULL COMMENT 'Issuance date of the tracked credential.',
  `expiration_date` DATETIME NULL COMMENT 'Expiration date of the tracked credential, if applicable.',
  `credential_type` VARCHAR(100) NOT NULL COMMENT 'The type(s) of the tracked credential (e.g., VerifiableId, ProofOfEnrollment).',
  `indexed_attributes` JSON NULL COMMENT 'Stores specific attributes extracted from the tracked credential for optimized searching.',
  `credential_status_details` JSON NOT NULL COMMENT 'An array of status objects, guaranteed to be a JSON array (list). Defaults to an empty list []. Each object can contain: status_purpose, status_value (boolean), status_list_credential_id, status_list_index, cr_dtimes, upd_dtimes.',
  `cr_dtimes` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Timestamp of when this ledger record for the tracked credential was created.',
  CONSTRAINT `ledger_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `uq_ledger_tracked_credential_id` UNIQUE (`credential_id`),
  KEY `idx_ledger_cr_dtimes` (`cr_dtimes`),
  KEY `idx_ledger_credential_id` (`credential_id`),
  KEY `idx_ledger_credential_type` (`credential_type`),
  KEY `idx_ledger_expiration_date` (`expiration_date`),
  KEY `idx_ledger_issue_date` (`issuance_date`),
  KEY `idx_ledger_issuer_id` (`issuer_id`)
) COMMENT='Stores intrinsic information about tracked Verifiable Credentials and their status history.';

-- certify.rendering_template
CREATE TABLE `rendering_template` (
  `id` VARCHAR(128) NOT NULL COMMENT 'Template Id: Unique id assigned to save and identify template.',
  `template` TEXT NOT NULL COMMENT 'SVG Template Content: SVG Render Image for the VC details.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Date when the template was inserted in table.',
  `upd_dtimes` DATETIME NULL COMMENT 'Date when the template was last updated in table.',
  CONSTRAINT `pk_rendertmp_id` PRIMARY KEY (`id`)
) COMMENT='SVG Render Template: Contains svg render image for VC.';

-- certify.shedlock
CREATE TABLE `shedlock` (
  `name` VARCHAR(64) NOT NULL COMMENT 'Unique name of the lock.',
  `lock_until` DATETIME NOT NULL COMMENT 'Timestamp until which the lock is held. NULL if not locked.',
  `locked_at` DATETIME NOT NULL COMMENT 'Timestamp when the lock was acquired. NULL if not locked.',
  `locked_by` VARCHAR(255) NOT NULL COMMENT 'Identifier of the node/process that holds the lock. NULL if not locked.',
  CONSTRAINT `shedlock_pkey` PRIMARY KEY (`name`)
) COMMENT='Table for managing distributed locks using ShedLock library.';

-- certify.status_list_credential
CREATE TABLE `status_list_credential` (
  `id` VARCHAR(255) NOT NULL COMMENT 'Unique identifier (URL/DID/URN) of the Status List VC (extracted from vc_document.id). Primary Key.',
  `vc_document` TEXT NOT NULL COMMENT 'The complete JSON document of the Status List Verifiable Credential.',
  `credential_type` VARCHAR(100) NOT NULL COMMENT 'The type of the Status List credential, often found in vc_document.type (e.g., StatusList2021Credential).',
  `status_purpose` VARCHAR(100) NULL COMMENT 'The intended purpose assigned to this entire Status List within the system (e.g., revocation, suspension, general). This may be based on convention or system policy, distinct from the credentialStatus.statusPurpose used by individual credentials.',
  `capacity_in_kb` BIGINT NULL,
  `credential_status` ENUM('AVAILABLE', 'FULL') NULL,
  `cr_dtimes` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Timestamp when this Status List VC was first added/fetched into the local system.',
  `upd_dtimes` DATETIME NULL COMMENT 'Timestamp when this Status List VC record was last updated.',
  CONSTRAINT `status_list_credential_pkey` PRIMARY KEY (`id`),
  KEY `idx_slc_cr_dtimes` (`cr_dtimes`),
  KEY `idx_slc_credential_status` (`credential_status`),
  KEY `idx_slc_credential_type` (`credential_type`),
  KEY `idx_slc_status_purpose` (`status_purpose`)
) COMMENT='Stores full Status List Verifiable Credentials, including their type and intended purpose within the system.';

-- certify.status_list_available_indices
CREATE TABLE `status_list_available_indices` (
  `id` INT NOT NULL AUTO_INCREMENT COMMENT 'Serial primary key for the available index entry.',
  `status_list_credential_id` VARCHAR(255) NOT NULL COMMENT 'Identifier of the status list credential this index belongs to (FK to status_list_credential.id).',
  `list_index` BIGINT NOT NULL COMMENT 'The numerical index (e.g., 0 to N-1) within the specified status list.',
  `is_assigned` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Flag indicating if this specific index has been assigned (TRUE) or is available (FALSE).',
  `cr_dtimes` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Timestamp when this index entry record was created (typically when the parent status list was populated).',
  `upd_dtimes` DATETIME NULL COMMENT 'Timestamp when this index entry record was last updated (e.g., when is_assigned changed).',
  CONSTRAINT `status_list_available_indices_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `uq_list_id_and_index` UNIQUE (`status_list_credential_id`, `list_index`),
  KEY `idx_sla_available_indices` (`status_list_credential_id`, `is_assigned`, `list_index`),
  KEY `idx_sla_cr_dtimes` (`cr_dtimes`),
  KEY `idx_sla_is_assigned` (`is_assigned`),
  KEY `idx_sla_list_index` (`list_index`),
  KEY `idx_sla_status_list_credential_id` (`status_list_credential_id`),
  CONSTRAINT `fk_status_list_credential` FOREIGN KEY (`status_list_credential_id`) REFERENCES `status_list_credential` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) COMMENT='Helper table to manage and assign available indices from status list credentials.';

-- mimoto.user_metadata
CREATE TABLE `user_metadata` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Primary Key: Unique identifier for the user metadata',
  `provider_subject_id` VARCHAR(255) NOT NULL COMMENT 'Provider Subject ID: Unique identifier for the subject assigned by the identity provider',
  `identity_provider` VARCHAR(255) NOT NULL COMMENT 'Identity Provider: The identity provider associated with the user',
  `display_name` TEXT NOT NULL COMMENT 'Display Name: Name of the user',
  `profile_picture_url` TEXT NULL COMMENT 'Profile Picture URL: The URL link to the user''s profile picture',
  `phone_number` TEXT NULL COMMENT 'Phone Number: User''s phone number, if available',
  `email` TEXT NOT NULL COMMENT 'Email: User''s email address',
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Created At: The date and time when the metadata was created',
  `updated_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Updated At: The date and time when the metadata was last updated',
  CONSTRAINT `user_metadata_pkey` PRIMARY KEY (`id`)
) COMMENT='User Metadata: Contains details about the user such as identity provider, contact details, and display name';

-- mimoto.wallet
CREATE TABLE `wallet` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Primary Key: Unique identifier for the wallet',
  `user_id` VARCHAR(36) NOT NULL COMMENT 'User ID: Foreign key referring to the user_metadata table',
  `wallet_key` TEXT NOT NULL COMMENT 'Wallet Key: Encrypted wallet key used to encrypt secret keys in wallet_keys',
  `wallet_metadata` JSON NOT NULL COMMENT 'Wallet Metadata: Contains information about the wallet, including encryption and PIN usage',
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Created At: The date and time when the wallet was created',
  `updated_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Updated At: The date and time when the wallet was last updated',
  CONSTRAINT `wallet_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_metadata` (`id`) ON DELETE CASCADE
) COMMENT='Wallet: Contains general information about the user''s wallet and metadata';

-- mimoto.proof_signing_key
CREATE TABLE `proof_signing_key` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Primary Key: Unique identifier for the key',
  `wallet_id` VARCHAR(36) NOT NULL COMMENT 'Wallet ID: Foreign key referring to the wallet table',
  `public_key` TEXT NOT NULL COMMENT 'Public Key: The public key of the wallet',
  `secret_key` TEXT NOT NULL COMMENT 'Secret Key: Encrypted using the proof_signing_key from wallet table',
  `key_metadata` JSON NOT NULL COMMENT 'Key Metadata: Contains additional information about the public and private keys',
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Created At: The date and time when the key information was created',
  `updated_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Updated At: The date and time when the key information was last updated',
  CONSTRAINT `proof_signing_key_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `fk_wallet_id` FOREIGN KEY (`wallet_id`) REFERENCES `wallet` (`id`) ON DELETE CASCADE
) COMMENT='Wallet Keys: Contains information about the wallet keys, including encrypted keys and metadata';

-- mimoto.verifiable_credentials
CREATE TABLE `verifiable_credentials` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Primary Key: Unique identifier for the verifiable credential record',
  `wallet_id` VARCHAR(36) NOT NULL COMMENT 'Wallet ID: Foreign key referring to the wallet table, linked to the user''s wallet',
  `credential` TEXT NOT NULL COMMENT 'Credential: Encrypted credential using the wallet''s key',
  `credential_metadata` JSON NOT NULL COMMENT 'Credential Metadata: Additional information about the credential (e.g., issuer, claims)',
  `created_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Created At: The date and time when the credential was created',
  `updated_at` DATETIME NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Updated At: The date and time when the credential was last updated',
  CONSTRAINT `verifiable_credentials_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `verifiable_credentials_fk_wallet_id` FOREIGN KEY (`wallet_id`) REFERENCES `wallet` (`id`) ON DELETE CASCADE
) COMMENT='Verifiable Credentials: Contains user credentials, encrypted using wallet key';

-- verify.authorization_request_details
CREATE TABLE `authorization_request_details` (
  `request_id` VARCHAR(40) NOT NULL COMMENT 'Request ID: request ID of newly created authorization request',
  `transaction_id` VARCHAR(40) NOT NULL COMMENT 'Transaction ID: transaction ID of newly created authorization request',
  `authorization_details` TEXT NOT NULL COMMENT 'Authorization Details: this object contains all the details necessary for a openID4VP sharing request',
  `expires_at` BIGINT NOT NULL COMMENT 'Expires At: expiry of the newly created authorization request'
) COMMENT='Authorization RequestCreate Response table: Store details of all the verifiable presentation authorization requests created';

-- verify.presentation_definition
CREATE TABLE `presentation_definition` (
  `id` VARCHAR(36) NOT NULL COMMENT 'ID: The field should provide a unique ID for the desired context',
  `input_descriptors` JSON NOT NULL COMMENT 'Input Descriptors: Input Descriptors Objects are populated with properties describing what type of input data/Claim',
  `name` VARCHAR(500) NULL COMMENT 'Name: this should be a human-friendly string intended to constitute a distinctive designation of the Presentation Definition',
  `purpose` VARCHAR(500) NULL COMMENT 'Purpose: this describes the purpose for which the Presentation Definition inputs are being used for.',
  `vp_format` TEXT NULL COMMENT 'Format: this describes which algorithms the Verifier supports for the format.',
  `submission_requirements` TEXT NULL COMMENT 'Submission Requirements: express what combinations of inputs must be submitted to comply with its requirements for proceeding in a flow'
) COMMENT='Presentation Definition table: Store details of predefined Presentation Definitions used in openID4VP sharing';

-- verify.vc_submission
CREATE TABLE `vc_submission` (
  `transaction_id` VARCHAR(40) NOT NULL COMMENT 'Transaction ID: transaction ID verifiable credentials submission',
  `vc` TEXT NOT NULL COMMENT 'VC: base64 encoded VC submission result'
) COMMENT='VC Submission table: Store details of all the verifiable credentials submissions';

-- verify.vp_submission
CREATE TABLE `vp_submission` (
  `request_id` VARCHAR(40) NOT NULL COMMENT 'Request ID: request ID verifiable presentation submission',
  `vp_token` TEXT NULL COMMENT 'VP Token: base64 encoded VP submission result. This can be null, in case of error.',
  `presentation_submission` TEXT NULL COMMENT 'Presentation Submission: presentation submission object which has details on where to find VC / Claims. This can be null, in case of error.',
  `error` VARCHAR(100) NULL COMMENT 'Error: error code as sent by wallet related to VP submission. This can be null, in case there is no error.',
  `error_description` VARCHAR(200) NULL COMMENT 'Error Description: error message as sent by wallet related to VP submission. This can be null, in case there is no error.'
) COMMENT='VP Submission table: Store details of all the verifiable presentation submissions';

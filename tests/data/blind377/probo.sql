-- Probo (Probo Inc.; open-source compliance / GRC platform, Go on PostgreSQL) — trimmed schema for blind exam 377.
-- Upstream: github.com/getprobo/probo, commit 5d717eaefbf631119dcb1fd405537dacd4cde93a (2026-08-21),
-- pkg/coredata/migrations/*.sql (561 SQL migrations) (MIT).
-- Made by replaying the migrations in name order into PostgreSQL 15 (each in one transaction, as upstream's
-- migrator does), then writing the kept tables as MySQL from the catalogue: column names and order as created,
-- PostgreSQL enums as MySQL ENUM, primary and unique keys, foreign keys between kept tables.
-- 67 of the 152 tables are kept; see probo.md.

CREATE TABLE `files` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `bucket_name` longtext NOT NULL,
  `mime_type` longtext NOT NULL,
  `file_name` longtext NOT NULL,
  `file_key` char(36) NOT NULL,
  `file_size` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  `organization_id` longtext NOT NULL,
  `visibility` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_file_key_key` (`file_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `horizontal_logo_file_id` varchar(255),
  `logo_file_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `organizations_horizontal_logo_file_id_fkey` FOREIGN KEY (`horizontal_logo_file_id`) REFERENCES `files` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `organizations_logo_file_id_fkey` FOREIGN KEY (`logo_file_id`) REFERENCES `files` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identities` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `email_address` varchar(255) NOT NULL,
  `hashed_password` longblob,
  `organization_id` longtext,
  `email_address_verified` tinyint(1) NOT NULL,
  `saml_subject` longtext,
  `full_name` longtext NOT NULL,
  `locale` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `usrmgr_users_email_address_key` (`email_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_memberships` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `identity_id` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `role` enum('OWNER','ADMIN','EMPLOYEE','VIEWER','AUDITOR','COMPLIANCE_PORTAL_MANAGER','COMPLIANCE_PORTAL_ACCESS_MANAGER') NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authz_memberships_user_id_organization_id_key` (`identity_id`, `organization_id`),
  CONSTRAINT `authz_memberships_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_membership_profiles` (
  `tenant_id` longtext NOT NULL,
  `id` varchar(255) NOT NULL,
  `full_name` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `identity_id` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `additional_email_addresses` json NOT NULL,
  `kind` longtext,
  `contract_start_date` date,
  `contract_end_date` date,
  `position` longtext,
  `state` enum('PENDING','ACTIVE','DEACTIVATED') NOT NULL,
  `source` longtext NOT NULL,
  `user_name` longtext,
  `external_id` longtext,
  `nickname` longtext,
  `locale` longtext,
  `timezone` longtext,
  `profile_url` longtext,
  `preferred_language` longtext,
  `given_name` longtext,
  `family_name` longtext,
  `formatted_name` longtext,
  `middle_name` longtext,
  `honorific_prefix` longtext,
  `honorific_suffix` longtext,
  `employee_number` longtext,
  `department` longtext,
  `cost_center` longtext,
  `enterprise_organization` longtext,
  `division` longtext,
  `manager_value` longtext,
  `activated_at` datetime(6),
  `deactivated_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_profiles_identity_id_organization_id` (`identity_id`, `organization_id`),
  CONSTRAINT `iam_membership_profiles_identity_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`),
  CONSTRAINT `iam_membership_profiles_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_invitations` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `accepted_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `authz_invitations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `iam_invitations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_sessions` (
  `id` varchar(255) NOT NULL,
  `identity_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `expired_at` datetime(6) NOT NULL,
  `data` json NOT NULL,
  `expire_reason` enum('idle_timeout','revoked','closed'),
  `user_agent` longtext,
  `ip_address` varchar(43) DEFAULT '::1',
  `tenant_id` longtext,
  `parent_session_id` varchar(255),
  `auth_method` enum('PASSWORD','SAML','MAGIC_LINK','OIDC') NOT NULL,
  `authenticated_at` datetime(6) NOT NULL,
  `membership_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `sessions_membership_id_fkey` FOREIGN KEY (`membership_id`) REFERENCES `iam_memberships` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sessions_parent_session_id_fkey` FOREIGN KEY (`parent_session_id`) REFERENCES `iam_sessions` (`id`),
  CONSTRAINT `usrmgr_sessions_user_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_personal_api_keys` (
  `id` varchar(255) NOT NULL,
  `identity_id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `expire_reason` longtext,
  `last_used_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `auth_user_api_keys_user_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_oauth2_clients` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext,
  `organization_id` longtext,
  `client_secret_hash` longblob,
  `client_name` longtext NOT NULL,
  `visibility` enum('private','public') NOT NULL,
  `redirect_uris` json NOT NULL,
  `scopes` json NOT NULL,
  `grant_types` json NOT NULL,
  `response_types` json NOT NULL,
  `token_endpoint_auth_method` enum('client_secret_basic','client_secret_post','none') NOT NULL,
  `logo_uri` longtext,
  `client_uri` longtext,
  `contacts` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `external_client_id` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_oauth2_access_tokens` (
  `id` varchar(255) NOT NULL,
  `hashed_value` longblob NOT NULL,
  `client_id` varchar(255),
  `identity_id` longtext NOT NULL,
  `scopes` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `name` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `iam_oauth2_access_tokens_hashed_value_unique` (`hashed_value`),
  CONSTRAINT `iam_oauth2_access_tokens_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `iam_oauth2_clients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_oauth2_consents` (
  `id` varchar(255) NOT NULL,
  `identity_id` longtext NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `scopes` json NOT NULL,
  `redirect_uri` longtext,
  `code_challenge` longtext NOT NULL,
  `code_challenge_method` longtext NOT NULL,
  `nonce` longtext NOT NULL,
  `state` longtext NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `session_id` varchar(255) NOT NULL,
  `device_code_id` longtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `iam_oauth2_consents_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `iam_oauth2_clients` (`id`),
  CONSTRAINT `iam_oauth2_consents_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `iam_sessions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_saml_configurations` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `email_domain` varchar(255) NOT NULL,
  `enforcement_policy` enum('OFF','OPTIONAL','REQUIRED') NOT NULL,
  `idp_entity_id` longtext NOT NULL,
  `idp_sso_url` longtext NOT NULL,
  `idp_certificate` longtext NOT NULL,
  `idp_metadata_url` longtext,
  `attribute_email` longtext NOT NULL,
  `attribute_firstname` longtext NOT NULL,
  `attribute_lastname` longtext NOT NULL,
  `attribute_role` longtext NOT NULL,
  `auto_signup_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `domain_verification_token` varchar(255),
  `domain_verified_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_saml_config_domain_verification_token_unique` (`domain_verification_token`),
  UNIQUE KEY `idx_saml_config_domain_org_unique` (`organization_id`, `email_domain`),
  CONSTRAINT `fk_auth_saml_configurations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_scim_configurations` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `hashed_token` longblob NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `iam_scim_configurations_organization_unique` (`organization_id`),
  CONSTRAINT `iam_scim_configurations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_scim_events` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `scim_configuration_id` varchar(255) NOT NULL,
  `method` longtext NOT NULL,
  `path` longtext NOT NULL,
  `request_body` longtext,
  `response_body` longtext,
  `status_code` int NOT NULL,
  `error_message` longtext,
  `membership_id` varchar(255),
  `ip_address` varchar(43) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `user_name` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `iam_scim_events_membership_id_fkey` FOREIGN KEY (`membership_id`) REFERENCES `iam_memberships` (`id`) ON DELETE SET NULL,
  CONSTRAINT `iam_scim_events_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `iam_scim_events_scim_configuration_id_fkey` FOREIGN KEY (`scim_configuration_id`) REFERENCES `iam_scim_configurations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log_entries` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `actor_id` longtext NOT NULL,
  `actor_type` longtext NOT NULL,
  `action` longtext NOT NULL,
  `resource_type` longtext NOT NULL,
  `resource_id` longtext NOT NULL,
  `metadata` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `audit_log_entries_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frameworks` (
  `id` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `reference_id` varchar(255) NOT NULL,
  `light_logo_file_id` varchar(255),
  `dark_logo_file_id` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `frameworks_org_ref_unique` (`organization_id`, `reference_id`),
  CONSTRAINT `frameworks_dark_logo_file_id_fkey` FOREIGN KEY (`dark_logo_file_id`) REFERENCES `files` (`id`) ON DELETE SET NULL,
  CONSTRAINT `frameworks_light_logo_file_id_fkey` FOREIGN KEY (`light_logo_file_id`) REFERENCES `files` (`id`) ON DELETE SET NULL,
  CONSTRAINT `frameworks_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `controls` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `framework_id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `section_title` varchar(255) NOT NULL,
  `search_vector` longtext,
  `organization_id` longtext NOT NULL,
  `best_practice` tinyint(1) NOT NULL,
  `implemented` enum('IMPLEMENTED','NOT_IMPLEMENTED'),
  `not_implemented_justification` longtext,
  `maturity_level` enum('NONE','INITIAL','MANAGED','DEFINED','QUANTITATIVELY_MANAGED','OPTIMIZING') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `controls_framework_ref_unique` (`framework_id`, `section_title`),
  CONSTRAINT `controls_framework_id_fkey` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `measures` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext,
  `reference_id` varchar(255) NOT NULL,
  `category` longtext NOT NULL,
  `state` enum('NOT_STARTED','IN_PROGRESS','NOT_APPLICABLE','IMPLEMENTED','UNKNOWN','NOT_IMPLEMENTED') NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `search_vector` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mitigations_org_ref_unique` (`organization_id`, `reference_id`),
  CONSTRAINT `fk_mitigations_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `controls_measures` (
  `control_id` varchar(255) NOT NULL,
  `measure_id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `organization_id` longtext NOT NULL,
  PRIMARY KEY (`control_id`, `measure_id`),
  CONSTRAINT `controls_mesures_control_id_fkey` FOREIGN KEY (`control_id`) REFERENCES `controls` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_controls_mitigations_control_id` FOREIGN KEY (`control_id`) REFERENCES `controls` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_controls_mitigations_mitigation_id` FOREIGN KEY (`measure_id`) REFERENCES `measures` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `measure_id` varchar(255),
  `state` enum('TODO','IN_PROGRESS','DONE'),
  `version` int NOT NULL DEFAULT 1,
  `time_estimate` bigint,
  `reference_id` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `deadline` datetime(6),
  `assigned_to_profile_id` varchar(255),
  `rank` int NOT NULL,
  `priority` enum('URGENT','HIGH','MEDIUM','LOW') NOT NULL,
  `priority_rank` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tasks_organization_id_state_priority_rank_key` (`organization_id`, `state`, `priority`, `rank`),
  UNIQUE KEY `tasks_reference_id_unique` (`measure_id`, `reference_id`),
  CONSTRAINT `fk_tasks_mitigation_id` FOREIGN KEY (`measure_id`) REFERENCES `measures` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tasks_assigned_to_profile_id_fkey` FOREIGN KEY (`assigned_to_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `tasks_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evidences` (
  `id` varchar(255) NOT NULL,
  `task_id` varchar(255),
  `object_key` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `mime_type` longtext,
  `size` bigint,
  `filename` longtext,
  `tenant_id` longtext NOT NULL,
  `state` enum('FULFILLED','REQUESTED'),
  `type` enum('FILE','LINK') NOT NULL,
  `url` longtext NOT NULL,
  `description` longtext,
  `reference_id` varchar(255) NOT NULL,
  `measure_id` varchar(255) NOT NULL,
  `evidence_file_id` varchar(255),
  `organization_id` longtext NOT NULL,
  `description_status` enum('PENDING','PROCESSING','COMPLETED','FAILED') NOT NULL,
  `description_processing_started_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `evidences_reference_id_key` (`task_id`, `reference_id`),
  CONSTRAINT `evidences_measure_id_fkey` FOREIGN KEY (`measure_id`) REFERENCES `measures` (`id`) ON DELETE CASCADE,
  CONSTRAINT `evidences_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_evidence_file` FOREIGN KEY (`evidence_file_id`) REFERENCES `files` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `risks` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `treatment` enum('MITIGATED','TRANSFERRED','AVOIDED','ACCEPTED') NOT NULL,
  `inherent_likelihood` int,
  `inherent_impact` int,
  `residual_likelihood` int,
  `residual_impact` int,
  `category` longtext NOT NULL,
  `note` longtext,
  `inherent_risk_score` int,
  `residual_risk_score` int,
  `search_vector` longtext,
  `owner_profile_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `risks_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `risks_owner_profile_id_fkey` FOREIGN KEY (`owner_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `risks_measures` (
  `risk_id` varchar(255) NOT NULL,
  `measure_id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `organization_id` longtext NOT NULL,
  PRIMARY KEY (`risk_id`, `measure_id`),
  CONSTRAINT `risks_mesures_mesure_id_fkey` FOREIGN KEY (`measure_id`) REFERENCES `measures` (`id`) ON DELETE CASCADE,
  CONSTRAINT `risks_mitigations_mitigation_id_fkey` FOREIGN KEY (`measure_id`) REFERENCES `measures` (`id`) ON DELETE CASCADE,
  CONSTRAINT `risks_mitigations_risk_id_fkey` FOREIGN KEY (`risk_id`) REFERENCES `risks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `current_published_major` int,
  `deleted_at` datetime(6),
  `archived_at` datetime(6),
  `status` enum('ACTIVE','ARCHIVED') NOT NULL,
  `current_published_minor` int,
  `write_mode` enum('AUTHORED','GENERATED') NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `documents_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_versions` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `document_id` varchar(255) NOT NULL,
  `major` int NOT NULL,
  `content` longtext NOT NULL,
  `changelog` longtext NOT NULL,
  `published_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `status` enum('DRAFT','PENDING_APPROVAL','PUBLISHED'),
  `title` longtext NOT NULL,
  `classification` enum('PUBLIC','INTERNAL','CONFIDENTIAL','SECRET') NOT NULL,
  `organization_id` longtext NOT NULL,
  `minor` int NOT NULL,
  `document_type` enum('OTHER','GOVERNANCE','POLICY','PROCEDURE','PLAN','REGISTER','RECORD','REPORT','TEMPLATE','STATEMENT_OF_APPLICABILITY') NOT NULL,
  `search_vector` longtext,
  `orientation` enum('PORTRAIT','LANDSCAPE'),
  `file_id` varchar(255),
  `pdf_attempt_count` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `document_versions_document_id_major_minor_key` (`document_id`, `major`, `minor`),
  CONSTRAINT `document_versions_document_id_fkey` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE CASCADE,
  CONSTRAINT `document_versions_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_default_approvers` (
  `document_id` varchar(255) NOT NULL,
  `approver_profile_id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`document_id`, `approver_profile_id`),
  CONSTRAINT `document_default_approvers_approver_profile_id_fkey` FOREIGN KEY (`approver_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `document_default_approvers_document_id_fkey` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_version_approval_quorums` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` longtext NOT NULL,
  `version_id` varchar(255) NOT NULL,
  `status` enum('PENDING','APPROVED','REJECTED','VOIDED') NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `document_version_approval_quorums_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `document_versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `electronic_signatures` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `status` enum('PENDING','ACCEPTED','PROCESSING','COMPLETED','FAILED') NOT NULL DEFAULT 'PENDING',
  `document_type` enum('NDA','DPA','MSA','SOW','SLA','TOS','PRIVACY_POLICY','OTHER','GOVERNANCE','POLICY','PROCEDURE','PLAN','REGISTER','RECORD','REPORT','TEMPLATE','STATEMENT_OF_APPLICABILITY') NOT NULL,
  `file_id` varchar(255) NOT NULL,
  `signer_email` varchar(255) NOT NULL,
  `consent_text` longtext NOT NULL,
  `signer_full_name` longtext,
  `signer_ip_address` longtext,
  `signer_user_agent` longtext,
  `file_hash` longtext,
  `seal` longtext,
  `seal_version` int NOT NULL DEFAULT 1,
  `tsa_token` longblob,
  `signed_at` datetime(6),
  `certificate_file_id` varchar(255),
  `certificate_processing_started_at` datetime(6),
  `attempt_count` int NOT NULL DEFAULT 0,
  `max_attempts` int NOT NULL DEFAULT 10,
  `last_attempted_at` datetime(6),
  `last_error` longtext,
  `processing_started_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `document_name` longtext,
  `email_subject` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `electronic_signatures_organization_id_signer_email_document_key` (`organization_id`, `signer_email`, `document_type`, `file_id`),
  CONSTRAINT `electronic_signatures_certificate_file_id_fkey` FOREIGN KEY (`certificate_file_id`) REFERENCES `files` (`id`),
  CONSTRAINT `electronic_signatures_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`),
  CONSTRAINT `electronic_signatures_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_version_approval_decisions` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` longtext NOT NULL,
  `quorum_id` varchar(255) NOT NULL,
  `approver_id` varchar(255) NOT NULL,
  `state` enum('PENDING','APPROVED','REJECTED','VOIDED') NOT NULL,
  `comment` longtext,
  `electronic_signature_id` varchar(255),
  `decided_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `last_notified_at` datetime(6),
  `notification_count` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `document_version_approval_decisions_quorum_id_approver_id_key` (`quorum_id`, `approver_id`),
  CONSTRAINT `document_version_approval_decision_electronic_signature_id_fkey` FOREIGN KEY (`electronic_signature_id`) REFERENCES `electronic_signatures` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `document_version_approval_decisions_approver_id_fkey` FOREIGN KEY (`approver_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `document_version_approval_decisions_quorum_id_fkey` FOREIGN KEY (`quorum_id`) REFERENCES `document_version_approval_quorums` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_version_signatures` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `document_version_id` varchar(255) NOT NULL,
  `state` enum('REQUESTED','SIGNED') NOT NULL,
  `signed_at` datetime(6),
  `requested_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` longtext NOT NULL,
  `signed_by_profile_id` varchar(255) NOT NULL,
  `electronic_signature_id` varchar(255),
  `last_notified_at` datetime(6),
  `notification_count` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `document_version_signatures_document_version_id_fkey` FOREIGN KEY (`document_version_id`) REFERENCES `document_versions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `document_version_signatures_electronic_signature_id_fkey` FOREIGN KEY (`electronic_signature_id`) REFERENCES `electronic_signatures` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `document_version_signatures_signed_by_profile_id_fkey` FOREIGN KEY (`signed_by_profile_id`) REFERENCES `iam_membership_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `electronic_signature_events` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `electronic_signature_id` varchar(255) NOT NULL,
  `event_type` enum('DOCUMENT_VIEWED','CONSENT_GIVEN','FULL_NAME_TYPED','SIGNATURE_ACCEPTED','SIGNATURE_COMPLETED','SEAL_COMPUTED','TIMESTAMP_REQUESTED','CERTIFICATE_GENERATED','PROCESSING_ERROR') NOT NULL,
  `event_source` enum('CLIENT','SERVER') NOT NULL,
  `actor_email` longtext NOT NULL,
  `actor_ip_address` longtext NOT NULL,
  `actor_user_agent` longtext NOT NULL,
  `occurred_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `electronic_signature_events_electronic_signature_id_fkey` FOREIGN KEY (`electronic_signature_id`) REFERENCES `electronic_signatures` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `framework_id` varchar(255) NOT NULL,
  `report_id` longtext,
  `valid_from` date,
  `valid_until` date,
  `state` enum('NOT_STARTED','IN_PROGRESS','COMPLETED','REJECTED','OUTDATED') NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` longtext,
  `report_file_id` varchar(255),
  `audit_start_date` date,
  `audit_end_date` date,
  PRIMARY KEY (`id`),
  CONSTRAINT `audits_framework_id_fkey` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `audits_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `audits_report_file_id_fkey` FOREIGN KEY (`report_file_id`) REFERENCES `files` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `findings` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `kind` enum('MINOR_NONCONFORMITY','OBSERVATION','EXCEPTION','MAJOR_NONCONFORMITY') NOT NULL,
  `reference_id` varchar(255) NOT NULL,
  `description` longtext,
  `source` longtext,
  `risk_id` varchar(255),
  `identified_on` date,
  `root_cause` longtext,
  `corrective_action` longtext,
  `owner_id` varchar(255),
  `due_date` date,
  `status` enum('OPEN','IN_PROGRESS','CLOSED','RISK_ACCEPTED','MITIGATED','FALSE_POSITIVE') NOT NULL,
  `priority` enum('LOW','MEDIUM','HIGH') NOT NULL,
  `effectiveness_check` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_findings_org_reference_id` (`organization_id`, `reference_id`),
  CONSTRAINT `fk_findings_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_findings_owner` FOREIGN KEY (`owner_id`) REFERENCES `iam_membership_profiles` (`id`),
  CONSTRAINT `fk_findings_risk` FOREIGN KEY (`risk_id`) REFERENCES `risks` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `obligations` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `area` longtext,
  `source` longtext,
  `requirement` longtext,
  `actions_to_be_implemented` longtext,
  `regulator` longtext,
  `last_review_date` date,
  `due_date` date,
  `status` enum('NON_COMPLIANT','PARTIALLY_COMPLIANT','COMPLIANT') NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `search_vector` longtext,
  `type` enum('LEGAL','CONTRACTUAL') NOT NULL,
  `owner_profile_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `obligations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `obligations_owner_profile_id_fkey` FOREIGN KEY (`owner_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statements_of_applicability` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `owner_profile_id` varchar(255),
  `document_id` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `statements_of_applicability_document_id_key` (`document_id`),
  UNIQUE KEY `statements_of_applicability_name_organization_id_uniq` (`name`, `organization_id`),
  CONSTRAINT `statements_of_applicability_document_id_fkey` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE SET NULL,
  CONSTRAINT `states_of_applicability_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `states_of_applicability_owner_profile_id_fkey` FOREIGN KEY (`owner_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicability_statements` (
  `id` varchar(255) NOT NULL,
  `statement_of_applicability_id` varchar(255) NOT NULL,
  `control_id` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `applicability` tinyint(1) NOT NULL,
  `justification` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `states_of_applicability_contr_state_of_applicability_id_con_key` (`statement_of_applicability_id`, `control_id`),
  CONSTRAINT `applicability_statements_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `states_of_applicability_controls_control_id_fkey` FOREIGN KEY (`control_id`) REFERENCES `controls` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `states_of_applicability_controls_state_of_applicability_id_fkey` FOREIGN KEY (`statement_of_applicability_id`) REFERENCES `statements_of_applicability` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `name` longtext NOT NULL,
  `amount` int NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `asset_type` enum('PHYSICAL','VIRTUAL') NOT NULL,
  `data_types_stored` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `owner_profile_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `assets_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `assets_owner_profile_id_fkey` FOREIGN KEY (`owner_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `name` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `data_classification` enum('PUBLIC','INTERNAL','CONFIDENTIAL','SECRET') NOT NULL,
  `owner_profile_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `data_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `data_owner_profile_id_fkey` FOREIGN KEY (`owner_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_third_parties` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `category` enum('ANALYTICS','CLOUD_MONITORING','CLOUD_PROVIDER','COLLABORATION','CUSTOMER_SUPPORT','DATA_STORAGE_AND_PROCESSING','DOCUMENT_MANAGEMENT','EMPLOYEE_MANAGEMENT','ENGINEERING','FINANCE','IDENTITY_PROVIDER','IT','MARKETING','OFFICE_OPERATIONS','OTHER','PASSWORD_MANAGEMENT','PRODUCT_AND_DESIGN','PROFESSIONAL_SERVICES','RECRUITING','SALES','SECURITY','VERSION_CONTROL') NOT NULL,
  `headquarter_address` longtext,
  `legal_name` longtext,
  `website_url` longtext,
  `privacy_policy_url` longtext,
  `service_level_agreement_url` longtext,
  `service_software_agreement_url` longtext,
  `data_processing_agreement_url` longtext,
  `business_associate_agreement_url` longtext,
  `subprocessors_list_url` longtext,
  `certifications` json,
  `status_page_url` longtext,
  `terms_of_service_url` longtext,
  `security_page_url` longtext,
  `trust_page_url` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `logo_file_id` varchar(255),
  `slug` varchar(255) NOT NULL,
  `enrichment_requested_at` datetime(6),
  `enrichment` json,
  `enrichment_attempts` int NOT NULL,
  `last_enrichment_attempt_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `common_third_parties_slug_key` (`slug`),
  CONSTRAINT `common_third_parties_logo_file_id_fkey` FOREIGN KEY (`logo_file_id`) REFERENCES `files` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `third_parties` (
  `id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `organization_id` varchar(255) NOT NULL,
  `status_page_url` longtext,
  `description` longtext,
  `terms_of_service_url` longtext,
  `privacy_policy_url` longtext,
  `version` int NOT NULL DEFAULT 1,
  `tenant_id` longtext NOT NULL,
  `service_level_agreement_url` longtext,
  `data_processing_agreement_url` longtext,
  `security_page_url` longtext,
  `trust_page_url` longtext,
  `headquarter_address` longtext,
  `legal_name` longtext,
  `website_url` longtext,
  `certifications` json,
  `category` enum('ANALYTICS','CLOUD_MONITORING','CLOUD_PROVIDER','COLLABORATION','CUSTOMER_SUPPORT','DATA_STORAGE_AND_PROCESSING','DOCUMENT_MANAGEMENT','EMPLOYEE_MANAGEMENT','ENGINEERING','FINANCE','IDENTITY_PROVIDER','IT','MARKETING','OFFICE_OPERATIONS','OTHER','PASSWORD_MANAGEMENT','PRODUCT_AND_DESIGN','PROFESSIONAL_SERVICES','RECRUITING','SALES','SECURITY','VERSION_CONTROL') NOT NULL DEFAULT 'OTHER',
  `business_associate_agreement_url` longtext,
  `subprocessors_list_url` longtext,
  `countries` json NOT NULL,
  `business_owner_profile_id` varchar(255),
  `security_owner_profile_id` varchar(255),
  `common_third_party_id` varchar(255),
  `first_level` tinyint(1) NOT NULL DEFAULT 1,
  `vetting_status` enum('PENDING','PROCESSING','COMPLETED','FAILED'),
  `vetting_website_url` longtext,
  `vetting_procedure` longtext,
  `vetting_processing_started_at` datetime(6),
  `vetting_error_message` longtext,
  `level` int NOT NULL,
  `parent_third_party_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `third_parties_common_third_party_id_fkey` FOREIGN KEY (`common_third_party_id`) REFERENCES `common_third_parties` (`id`) ON DELETE SET NULL,
  CONSTRAINT `third_parties_parent_third_party_id_fkey` FOREIGN KEY (`parent_third_party_id`) REFERENCES `third_parties` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vendors_business_owner_profile_id_fkey` FOREIGN KEY (`business_owner_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `vendors_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vendors_security_owner_profile_id_fkey` FOREIGN KEY (`security_owner_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `third_party_contacts` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `third_party_id` varchar(255) NOT NULL,
  `full_name` longtext,
  `email` longtext,
  `phone` longtext,
  `role` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `vendor_contacts_vendor_id_fkey` FOREIGN KEY (`third_party_id`) REFERENCES `third_parties` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `third_party_services` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `third_party_id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `vendor_services_vendor_id_fkey` FOREIGN KEY (`third_party_id`) REFERENCES `third_parties` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `third_party_risk_assessments` (
  `tenant_id` longtext NOT NULL,
  `id` varchar(255) NOT NULL,
  `third_party_id` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `data_sensitivity` enum('NONE','LOW','MEDIUM','HIGH','CRITICAL') NOT NULL,
  `business_impact` enum('LOW','MEDIUM','HIGH','CRITICAL') NOT NULL,
  `notes` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `risk_assessments_vendor_id_fkey` FOREIGN KEY (`third_party_id`) REFERENCES `third_parties` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `third_party_administrators` (
  `third_party_id` varchar(255) NOT NULL,
  `administrator_profile_id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`third_party_id`, `administrator_profile_id`),
  CONSTRAINT `third_party_administrators_administrator_profile_id_fkey` FOREIGN KEY (`administrator_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `third_party_administrators_third_party_id_fkey` FOREIGN KEY (`third_party_id`) REFERENCES `third_parties` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `processing_activities` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `purpose` longtext,
  `data_subject_category` longtext,
  `personal_data_category` longtext,
  `special_or_criminal_data` enum('YES','NO','POSSIBLE') NOT NULL,
  `consent_evidence_link` longtext,
  `lawful_basis` enum('LEGITIMATE_INTEREST','CONSENT','CONTRACTUAL_NECESSITY','LEGAL_OBLIGATION','VITAL_INTERESTS','PUBLIC_TASK') NOT NULL,
  `recipients` longtext,
  `location` longtext,
  `international_transfers` tinyint(1) NOT NULL,
  `transfer_safeguards` enum('STANDARD_CONTRACTUAL_CLAUSES','BINDING_CORPORATE_RULES','ADEQUACY_DECISION','DEROGATIONS','CODES_OF_CONDUCT','CERTIFICATION_MECHANISMS'),
  `retention_period` longtext,
  `security_measures` longtext,
  `data_protection_impact_assessment_needed` enum('NEEDED','NOT_NEEDED') NOT NULL,
  `transfer_impact_assessment_needed` enum('NEEDED','NOT_NEEDED') NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `last_review_date` date,
  `next_review_date` date,
  `role` enum('CONTROLLER','PROCESSOR') NOT NULL,
  `dpo_profile_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `processing_activities_dpo_profile_id_fkey` FOREIGN KEY (`dpo_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `processing_activities_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailing_lists` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `reply_to` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mailing_lists_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_domains` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `domain` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` longtext NOT NULL,
  `managed` tinyint(1) NOT NULL,
  `certificate_id` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `custom_domains_domain_key` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `compliance_portals` (
  `id` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `active` tinyint(1) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `non_disclosure_agreement_file_id` varchar(255),
  `logo_file_id` varchar(255),
  `dark_logo_file_id` varchar(255),
  `mailing_list_id` varchar(255) NOT NULL,
  `search_engine_indexing` enum('INDEXABLE','NOT_INDEXABLE') NOT NULL,
  `default_domain_id` varchar(255),
  `custom_domain_id` varchar(255),
  `description` longtext,
  `website_url` longtext,
  `email` longtext,
  `headquarter_address` longtext,
  `entity_name` longtext NOT NULL,
  `capabilities` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `compliance_portals_slug_key` (`slug`),
  CONSTRAINT `compliance_portals_custom_domain_id_fkey` FOREIGN KEY (`custom_domain_id`) REFERENCES `custom_domains` (`id`) ON DELETE SET NULL,
  CONSTRAINT `compliance_portals_dark_logo_file_id_fkey` FOREIGN KEY (`dark_logo_file_id`) REFERENCES `files` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `compliance_portals_default_domain_id_fkey` FOREIGN KEY (`default_domain_id`) REFERENCES `custom_domains` (`id`) ON DELETE SET NULL,
  CONSTRAINT `compliance_portals_logo_file_id_fkey` FOREIGN KEY (`logo_file_id`) REFERENCES `files` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `compliance_portals_mailing_list_id_fkey` FOREIGN KEY (`mailing_list_id`) REFERENCES `mailing_lists` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `compliance_portals_non_disclosure_agreement_file_id_fkey` FOREIGN KEY (`non_disclosure_agreement_file_id`) REFERENCES `files` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `compliance_portals_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rights_requests` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `request_type` enum('ACCESS','DELETION','RECTIFICATION','PORTABILITY','OBJECTION','COMPLAINT') NOT NULL,
  `request_state` enum('TODO','IN_PROGRESS','DONE','REJECTED') NOT NULL,
  `data_subject` longtext,
  `contact` longtext,
  `details` longtext,
  `deadline` date,
  `action_taken` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `compliance_portal_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `rights_requests_compliance_portal_id_fkey` FOREIGN KEY (`compliance_portal_id`) REFERENCES `compliance_portals` (`id`) ON DELETE SET NULL,
  CONSTRAINT `rights_requests_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_review_campaigns` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `status` enum('DRAFT','IN_PROGRESS','PENDING_ACTIONS','COMPLETED','CANCELLED') NOT NULL,
  `started_at` datetime(6),
  `completed_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `access_review_campaigns_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `connectors` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `encrypted_connection` longblob NOT NULL,
  `protocol` enum('OAUTH2','API_KEY') NOT NULL,
  `provider` enum('SLACK','GOOGLE_WORKSPACE','LINEAR','FIGMA','ONE_PASSWORD','HUBSPOT','DOCUSIGN','NOTION','BREX','TALLY','CLOUDFLARE','OPENAI','SENTRY','SUPABASE','GITHUB','INTERCOM','RESEND','MICROSOFT_365','GITLAB','BITBUCKET','HEROKU','PAGERDUTY','ASANA','NETLIFY','CLICKUP','VERCEL','MONDAY','TAILSCALE','METABASE','GRAFANA','CURSOR','ANTHROPIC','POSTHOG','CLERK','SIGNOZ','DATADOG','SENDGRID','ZENDESK','OKTA','BETTER_STACK','QOVERY','RENDER','NEON','LANGFUSE','APOLLO','CLICKHOUSE','MERCURY','DEEPGRAM','BREVO','PYLON','OPENROUTER','INCIDENT_IO','CRISP','SCALEWAY','RAILWAY','YOUSIGN','DOTFILE','SEGMENT','SQUARE','GOOGLE_ANALYTICS','UPCLOUD','NUKI','AUTHENTIK','CAL_COM','CALENDLY') NOT NULL,
  `settings` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_connectors_organization_id_provider` (`organization_id`, `provider`),
  CONSTRAINT `connectors_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_review_sources` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `connector_id` varchar(255),
  `name` longtext NOT NULL,
  `csv_data` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name_synced_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `access_review_sources_connector_id_fkey` FOREIGN KEY (`connector_id`) REFERENCES `connectors` (`id`),
  CONSTRAINT `access_review_sources_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_review_campaign_sources` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `access_review_campaign_id` varchar(255) NOT NULL,
  `access_review_source_id` varchar(255),
  `name` longtext NOT NULL,
  `connector_id` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `csv_data` longtext,
  `organization_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_review_campaign_source_access_review_campaign_id_acc_key` (`access_review_campaign_id`, `access_review_source_id`),
  CONSTRAINT `access_review_campaign_sources_access_review_campaign_id_fkey` FOREIGN KEY (`access_review_campaign_id`) REFERENCES `access_review_campaigns` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_review_campaign_sources_access_review_source_id_fkey` FOREIGN KEY (`access_review_source_id`) REFERENCES `access_review_sources` (`id`) ON DELETE SET NULL,
  CONSTRAINT `access_review_campaign_sources_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_review_entries` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `access_review_campaign_id` varchar(255) NOT NULL,
  `identity_id` varchar(255),
  `email` longtext NOT NULL,
  `full_name` longtext NOT NULL,
  `job_title` longtext NOT NULL,
  `is_admin` tinyint(1),
  `mfa_status` enum('ENABLED','DISABLED','UNKNOWN') NOT NULL,
  `auth_method` enum('SSO','PASSWORD','API_KEY','SERVICE_ACCOUNT','UNKNOWN') NOT NULL,
  `last_login` datetime(6),
  `account_created_at` datetime(6),
  `external_id` longtext NOT NULL,
  `account_key` varchar(255) NOT NULL,
  `incremental_tag` enum('NEW','REMOVED','UNCHANGED') NOT NULL,
  `decision` enum('PENDING','APPROVED','REVOKE','DEFER','ESCALATE') NOT NULL,
  `decision_note` longtext,
  `decided_by` longtext,
  `decided_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `account_type` longtext NOT NULL,
  `flags` json NOT NULL,
  `flag_reasons` json NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `access_review_campaign_source_id` varchar(255) NOT NULL,
  `roles` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_access_review_entries_campaign_source_account_key` (`access_review_campaign_source_id`, `account_key`),
  CONSTRAINT `access_review_entries_access_review_campaign_id_fkey` FOREIGN KEY (`access_review_campaign_id`) REFERENCES `access_review_campaigns` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_review_entries_campaign_source_id_fkey` FOREIGN KEY (`access_review_campaign_source_id`) REFERENCES `access_review_campaign_sources` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_review_entries_identity_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE SET NULL,
  CONSTRAINT `access_review_entries_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_review_entry_decision_history` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `access_review_entry_id` varchar(255) NOT NULL,
  `decision` enum('PENDING','APPROVED','REVOKE','DEFER','ESCALATE') NOT NULL,
  `decision_note` longtext,
  `decided_by` longtext,
  `decided_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `access_review_entry_decision_history_access_review_entry_id_fke` FOREIGN KEY (`access_review_entry_id`) REFERENCES `access_review_entries` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_review_entry_decision_history_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `state` enum('PENDING','ACTIVE','REVOKED') NOT NULL DEFAULT 'PENDING',
  `hardware_uuid` longtext,
  `serial_number` longtext,
  `hostname` longtext,
  `platform` enum('DARWIN','LINUX','FREEBSD','WINDOWS'),
  `os_version` longtext,
  `agent_version` longtext,
  `api_key_hash` longblob,
  `owner_profile_id` varchar(255),
  `labels` json NOT NULL,
  `enrolled_at` datetime(6),
  `last_seen_at` datetime(6),
  `revoked_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `devices_api_key_hash_idx` (`api_key_hash`),
  CONSTRAINT `devices_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `devices_owner_profile_id_fkey` FOREIGN KEY (`owner_profile_id`) REFERENCES `iam_membership_profiles` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_postures` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `device_id` varchar(255) NOT NULL,
  `check_key` longtext NOT NULL,
  `status` enum('PASS','FAIL','UNKNOWN','NOT_APPLICABLE') NOT NULL,
  `evidence` json NOT NULL,
  `observed_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `correlation_id` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `device_postures_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `device_postures_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `business_functions` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `reference_id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `classification` enum('CRITICAL','IMPORTANT','SECONDARY','STANDARD') NOT NULL,
  `mtd_minutes` int NOT NULL,
  `rto_minutes` int NOT NULL,
  `rpo_minutes` int NOT NULL,
  `impact_tolerance` longtext,
  `notes` longtext,
  `owner_id` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `business_functions_organization_id_reference_id_key` (`organization_id`, `reference_id`),
  CONSTRAINT `business_functions_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `business_functions_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `iam_membership_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_systems` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `version` longtext,
  `company_roles` json NOT NULL,
  `status` enum('ACTIVE','IN_DEVELOPMENT','DECOMMISSIONED') NOT NULL,
  `owner_id` varchar(255),
  `source` longtext,
  `purpose` longtext,
  `intended_use_cases` longtext,
  `autonomy_level` longtext,
  `human_oversight_mechanism` longtext,
  `risk_classification` enum('HIGH_RISK','LIMITED','MINIMAL','GPAI') NOT NULL,
  `key_stakeholders` longtext,
  `data_sources_and_type` longtext,
  `deployment_date` date,
  `last_review_date` date,
  `next_review_date` date,
  `notes` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ai_systems_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ai_systems_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `iam_membership_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cp_accesses` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `compliance_portal_id` varchar(255) NOT NULL,
  `email` varchar(255),
  `name` longtext,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` longtext NOT NULL,
  `state` enum('ACTIVE','INACTIVE'),
  `electronic_signature_id` varchar(255),
  `identity_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cp_accesses_compliance_portal_id_email_key` (`compliance_portal_id`, `email`),
  UNIQUE KEY `cp_accesses_identity_id_compliance_portal_id_key` (`identity_id`, `compliance_portal_id`),
  CONSTRAINT `cp_accesses_compliance_portal_id_fkey` FOREIGN KEY (`compliance_portal_id`) REFERENCES `compliance_portals` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cp_accesses_electronic_signature_id_fkey` FOREIGN KEY (`electronic_signature_id`) REFERENCES `electronic_signatures` (`id`),
  CONSTRAINT `cp_accesses_identity_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cp_document_accesses` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `compliance_portal_access_id` varchar(255) NOT NULL,
  `document_id` varchar(255),
  `report_id` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `compliance_portal_file_id` varchar(255),
  `organization_id` longtext NOT NULL,
  `status` enum('REQUESTED','GRANTED','REJECTED','REVOKED') NOT NULL,
  `report_file_id` varchar(255),
  `requested_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `cp_document_accesses_compliance_portal_access_id_document_id_ke` (`compliance_portal_access_id`, `document_id`),
  UNIQUE KEY `cp_document_accesses_compliance_portal_access_id_report_file_id` (`compliance_portal_access_id`, `report_file_id`),
  UNIQUE KEY `cp_document_accesses_compliance_portal_access_id_report_id_key` (`compliance_portal_access_id`, `report_id`),
  UNIQUE KEY `cp_document_accesses_compliance_portal_file_id_key` (`compliance_portal_access_id`, `compliance_portal_file_id`),
  CONSTRAINT `cp_document_accesses_compliance_portal_access_id_fkey` FOREIGN KEY (`compliance_portal_access_id`) REFERENCES `cp_accesses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `cp_document_accesses_document_id_fkey` FOREIGN KEY (`document_id`) REFERENCES `documents` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `cp_document_accesses_report_file_id_fkey` FOREIGN KEY (`report_file_id`) REFERENCES `files` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailing_list_subscribers` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `mailing_list_id` varchar(255) NOT NULL,
  `full_name` longtext NOT NULL,
  `email` varchar(255) NOT NULL,
  `status` enum('PENDING','CONFIRMED') NOT NULL DEFAULT 'PENDING',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mailing_list_subscribers_mailing_list_id_email_key` (`mailing_list_id`, `email`),
  CONSTRAINT `mailing_list_subscribers_mailing_list_id_fkey` FOREIGN KEY (`mailing_list_id`) REFERENCES `mailing_lists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `mailing_list_subscribers_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emails` (
  `id` varchar(255) NOT NULL,
  `recipient_email` longtext NOT NULL,
  `subject` longtext NOT NULL,
  `text_body` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `sent_at` datetime(6),
  `recipient_name` longtext NOT NULL,
  `html_body` longtext,
  `reply_to` longtext,
  `unsubscribe_url` longtext,
  `mailing_list_update_id` longtext,
  `status` longtext NOT NULL,
  `processing_started_at` datetime(6),
  `attempt_count` int NOT NULL DEFAULT 0,
  `max_attempts` int NOT NULL DEFAULT 10,
  `last_attempted_at` datetime(6),
  `last_error` longtext,
  `sender_name` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookie_banners` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `name` longtext NOT NULL,
  `origin` longtext NOT NULL,
  `state` enum('ACTIVE','INACTIVE') NOT NULL,
  `privacy_policy_url` longtext,
  `consent_expiry_days` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `show_branding` tinyint(1) NOT NULL,
  `default_language` longtext NOT NULL,
  `cookie_policy_url` longtext NOT NULL,
  `pattern_analysis_requested_at` datetime(6),
  `policy_document_id` longtext,
  `policy_generation_requested_at` datetime(6),
  `capabilities` json NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookie_banners_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookie_consent_records` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `cookie_banner_id` varchar(255) NOT NULL,
  `visitor_id` longtext NOT NULL,
  `ip_address` longtext,
  `user_agent` longtext,
  `consent_data` json NOT NULL,
  `action` enum('ACCEPT_ALL','REJECT_ALL','CUSTOMIZE','GPC','ACKNOWLEDGE') NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `cookie_banner_version_id` longtext NOT NULL,
  `sdk_version` longtext NOT NULL,
  `regulation` longtext,
  `country_code` longtext,
  `consent_mode` enum('OPT_IN','OPT_OUT'),
  `regulation_source` enum('DETECTED','DEFAULT'),
  `subdivision_code` varchar(15),
  PRIMARY KEY (`id`),
  CONSTRAINT `cookie_consent_records_cookie_banner_id_fkey` FOREIGN KEY (`cookie_banner_id`) REFERENCES `cookie_banners` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cookie_consent_records_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_subscriptions` (
  `id` varchar(255) NOT NULL,
  `tenant_id` longtext NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `endpoint_url` longtext NOT NULL,
  `selected_events` json NOT NULL,
  `encrypted_signing_secret` longblob NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhook_subscriptions_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_ip_country_blocks` (
  `cidr` varchar(43) NOT NULL,
  `country_code` char(2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

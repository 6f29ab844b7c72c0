-- Phase Console (open-source end-to-end encrypted secrets manager: users and social sign-in, organisations, members,
-- invites, roles, teams, apps and environments with per-member wrapped environment keys, service accounts and their
-- handlers, tokens, secrets, personal secret overrides, dynamic and rotating secrets, secret, audit, lease and
-- rotation event logs, SCIM provisioning, lockbox one-time shares, log streams, KMS access log)
-- Upstream: github.com/phasehq/console backend/ (Django models with their migrations), commit
-- 646ff2165b8a6f3d541ac3feac41237beeeaac6b (version v2.73.2), MIT (Expat) outside ee/.
-- The project's own `manage.py migrate` (Django 5.2, django-allauth 65.7, from backend/requirements.txt) was run
-- against a scratch PostgreSQL 15 and 58 of the 73 resulting tables converted from the catalog to MySQL: text keys
-- VARCHAR(255), other text TEXT, inet VARCHAR(45), interval VARCHAR(64), jsonb JSON, timestamptz DATETIME(3).
-- Partial unique indexes (PostgreSQL WHERE clauses: unique_verified_email, unique_primary_email, unique_team_user,
-- unique_team_sa, unique_envkey_user, unique_envkey_service_account, unique_secret_folder, unique_root_folder) and
-- secondary indexes are left out.
-- Left out: Django's auth_group, auth_group_permissions, auth_permission, content types, migrations, sites, admin log, the user-group and
-- user-permission join tables, socialapp_sites, api_secretevent_tags, api_servicetoken_keys,
-- api_organisationmemberinvite_apps, api_serviceaccount_network_policies, api_logstreamdeliveryevent.

CREATE TABLE `api_customuser` (
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(3) DEFAULT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `username` VARCHAR(64) NOT NULL,
  `email` VARCHAR(100) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `full_name` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`userId`),
  UNIQUE KEY `api_customuser_email_key` (`email`),
  UNIQUE KEY `api_customuser_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_emailverification` (
  `id` BIGINT NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `expires_at` DATETIME(3) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_emailverification_token_key` (`token`),
  UNIQUE KEY `api_emailverification_user_id_key` (`user_id`),
  CONSTRAINT `api_emailverification_user_id_0be8a555_fk_api_customuser_userId` FOREIGN KEY (`user_id`) REFERENCES `api_customuser` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` INT NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  `primary` TINYINT(1) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`, `email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk` FOREIGN KEY (`user_id`) REFERENCES `api_customuser` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` INT NOT NULL,
  `created` DATETIME(3) NOT NULL,
  `sent` DATETIME(3) DEFAULT NULL,
  `key` VARCHAR(64) NOT NULL,
  `email_address_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailconfirmation_key_key` (`key`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp` (
  `id` INT NOT NULL,
  `provider` VARCHAR(30) NOT NULL,
  `name` VARCHAR(40) NOT NULL,
  `client_id` VARCHAR(191) NOT NULL,
  `secret` VARCHAR(191) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  `provider_id` VARCHAR(200) NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialaccount` (
  `id` INT NOT NULL,
  `provider` VARCHAR(200) NOT NULL,
  `uid` VARCHAR(191) NOT NULL,
  `last_login` DATETIME(3) NOT NULL,
  `date_joined` DATETIME(3) NOT NULL,
  `extra_data` JSON NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`, `uid`),
  CONSTRAINT `socialaccount_social_user_id_8146e70c_fk_api_custo` FOREIGN KEY (`user_id`) REFERENCES `api_customuser` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialtoken` (
  `id` INT NOT NULL,
  `token` TEXT NOT NULL,
  `token_secret` TEXT NOT NULL,
  `expires_at` DATETIME(3) DEFAULT NULL,
  `account_id` INT NOT NULL,
  `app_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`, `account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` VARCHAR(40) NOT NULL,
  `created` DATETIME(3) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_api_customuser_userId` FOREIGN KEY (`user_id`) REFERENCES `api_customuser` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(3) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_organisation` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `identity_key` VARCHAR(256) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `plan` VARCHAR(2) NOT NULL,
  `stripe_customer_id` VARCHAR(255) DEFAULT NULL,
  `stripe_subscription_id` VARCHAR(255) DEFAULT NULL,
  `pricing_version` INT NOT NULL,
  `require_sso` TINYINT(1) NOT NULL,
  `scim_enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_organisation_name_ed24a3a2_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_organisationssoprovider` (
  `id` VARCHAR(255) NOT NULL,
  `provider_type` VARCHAR(50) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `config` JSON NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `created_by_id` VARCHAR(255) DEFAULT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `updated_by_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_organisationssoprovi_organisation_id_provider_344f8e59_uniq` (`organisation_id`, `provider_type`),
  CONSTRAINT `api_organisationssop_organisation_id_9b162a28_fk_api_organ` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_activatedphaselicense` (
  `id` VARCHAR(255) NOT NULL,
  `customer_name` VARCHAR(255) NOT NULL,
  `plan` VARCHAR(2) NOT NULL,
  `seats` INT DEFAULT NULL,
  `tokens` INT DEFAULT NULL,
  `metadata` JSON NOT NULL,
  `environment` VARCHAR(255) NOT NULL,
  `license_type` VARCHAR(255) NOT NULL,
  `signature_date` DATE NOT NULL,
  `issuing_authority` VARCHAR(255) NOT NULL,
  `issued_at` DATETIME(3) NOT NULL,
  `expires_at` DATETIME(3) NOT NULL,
  `activated_at` DATETIME(3) NOT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_activatedphaseli_organisation_id_293f0718_fk_api_organ` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_app` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `identity_key` VARCHAR(256) NOT NULL,
  `app_token` VARCHAR(64) NOT NULL,
  `wrapped_key_share` VARCHAR(406) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `app_seed` VARCHAR(208) NOT NULL,
  `app_version` INT NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  `sse_enabled` TINYINT(1) NOT NULL,
  `description` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_app_organisation_id_bfc24b10_fk` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_role` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT DEFAULT NULL,
  `permissions` JSON NOT NULL,
  `is_default` TINYINT(1) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `color` VARCHAR(7) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_role_organisation_id_9549b5f4_fk_api_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_networkaccesspolicy` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `allowed_ips` TEXT NOT NULL,
  `is_global` TINYINT(1) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `created_by_id` VARCHAR(255) DEFAULT NULL,
  `updated_by_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_networkaccesspol_organisation_id_3eba5582_fk_api_organ` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_organisationmember` (
  `id` VARCHAR(255) NOT NULL,
  `identity_key` VARCHAR(256) DEFAULT NULL,
  `wrapped_keyring` TEXT NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `wrapped_recovery` TEXT NOT NULL,
  `role_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_organisationmemb_organisation_id_c2a91c1f_fk_api_organ` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`),
  CONSTRAINT `api_organisationmemb_user_id_ff3a4357_fk_api_custo` FOREIGN KEY (`user_id`) REFERENCES `api_customuser` (`userId`),
  CONSTRAINT `api_organisationmember_role_id_9d14e2e0_fk` FOREIGN KEY (`role_id`) REFERENCES `api_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_organisationmember_apps` (
  `id` BIGINT NOT NULL,
  `organisationmember_id` VARCHAR(255) NOT NULL,
  `app_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_organisationmember_a_organisationmember_id_ap_9ddd2b4f_uniq` (`organisationmember_id`, `app_id`),
  CONSTRAINT `api_organisationmemb_organisationmember_i_630e4e83_fk_api_organ` FOREIGN KEY (`organisationmember_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_organisationmember_apps_app_id_75572f8c_fk_api_app_id` FOREIGN KEY (`app_id`) REFERENCES `api_app` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_organisationmember_network_policies` (
  `id` BIGINT NOT NULL,
  `organisationmember_id` VARCHAR(255) NOT NULL,
  `networkaccesspolicy_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_organisationmember_n_organisationmember_id_ne_a6b1d179_uniq` (`organisationmember_id`, `networkaccesspolicy_id`),
  CONSTRAINT `api_organisationmemb_networkaccesspolicy__2e06e342_fk_api_netwo` FOREIGN KEY (`networkaccesspolicy_id`) REFERENCES `api_networkaccesspolicy` (`id`),
  CONSTRAINT `api_organisationmemb_organisationmember_i_ef2aec9e_fk_api_organ` FOREIGN KEY (`organisationmember_id`) REFERENCES `api_organisationmember` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_organisationmemberinvite` (
  `id` VARCHAR(255) NOT NULL,
  `invitee_email` VARCHAR(254) NOT NULL,
  `valid` TINYINT(1) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `expires_at` DATETIME(3) NOT NULL,
  `invited_by_id` VARCHAR(255) DEFAULT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `role_id` VARCHAR(255) DEFAULT NULL,
  `invited_by_service_account_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_organisationmemb_invited_by_id_05d67697_fk_api_organ` FOREIGN KEY (`invited_by_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_organisationmemb_organisation_id_57446f02_fk_api_organ` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`),
  CONSTRAINT `api_organisationmemberinvite_role_id_f8bad4d8_fk_api_role_id` FOREIGN KEY (`role_id`) REFERENCES `api_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_team` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `description` TEXT DEFAULT NULL,
  `is_scim_managed` TINYINT(1) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `created_by_id` VARCHAR(255) DEFAULT NULL,
  `member_role_id` VARCHAR(255) DEFAULT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `service_account_role_id` VARCHAR(255) DEFAULT NULL,
  `owner_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_team_created_by_id_3f63984e_fk_api_organisationmember_id` FOREIGN KEY (`created_by_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_team_member_role_id_657626cb_fk_api_role_id` FOREIGN KEY (`member_role_id`) REFERENCES `api_role` (`id`),
  CONSTRAINT `api_team_organisation_id_ad36ff0d_fk_api_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`),
  CONSTRAINT `api_team_owner_id_2811936d_fk_api_organisationmember_id` FOREIGN KEY (`owner_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_team_service_account_role_id_8a40adaf_fk_api_role_id` FOREIGN KEY (`service_account_role_id`) REFERENCES `api_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_teammembership` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `org_member_id` VARCHAR(255) DEFAULT NULL,
  `service_account_id` VARCHAR(255) DEFAULT NULL,
  `team_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_teammembership_org_member_id_d7294374_fk_api_organ` FOREIGN KEY (`org_member_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_teammembership_team_id_51cf6a6f_fk_api_team_id` FOREIGN KEY (`team_id`) REFERENCES `api_team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_teamappenvironment` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `app_id` VARCHAR(255) NOT NULL,
  `environment_id` VARCHAR(255) NOT NULL,
  `team_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_team_env` (`team_id`, `environment_id`),
  CONSTRAINT `api_teamappenvironment_app_id_b086b9b2_fk_api_app_id` FOREIGN KEY (`app_id`) REFERENCES `api_app` (`id`),
  CONSTRAINT `api_teamappenvironment_team_id_00494ec3_fk_api_team_id` FOREIGN KEY (`team_id`) REFERENCES `api_team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_identity` (
  `id` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(64) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT DEFAULT NULL,
  `config` JSON NOT NULL,
  `token_name_pattern` VARCHAR(128) DEFAULT NULL,
  `default_ttl_seconds` INT NOT NULL,
  `max_ttl_seconds` INT NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_identity_organisation_id_4fcb5eec_fk_api_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_serviceaccount` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `identity_key` VARCHAR(256) DEFAULT NULL,
  `server_wrapped_keyring` TEXT DEFAULT NULL,
  `server_wrapped_recovery` TEXT DEFAULT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `role_id` VARCHAR(255) DEFAULT NULL,
  `team_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_serviceaccount_organisation_id_9d831133_fk_api_organ` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`),
  CONSTRAINT `api_serviceaccount_role_id_f2059dd1_fk_api_role_id` FOREIGN KEY (`role_id`) REFERENCES `api_role` (`id`),
  CONSTRAINT `api_serviceaccount_team_id_24eed71d_fk_api_team_id` FOREIGN KEY (`team_id`) REFERENCES `api_team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_serviceaccount_apps` (
  `id` BIGINT NOT NULL,
  `serviceaccount_id` VARCHAR(255) NOT NULL,
  `app_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_serviceaccount_apps_serviceaccount_id_app_id_70505cbe_uniq` (`serviceaccount_id`, `app_id`),
  CONSTRAINT `api_serviceaccount_a_serviceaccount_id_681a3770_fk_api_servi` FOREIGN KEY (`serviceaccount_id`) REFERENCES `api_serviceaccount` (`id`),
  CONSTRAINT `api_serviceaccount_apps_app_id_01d9c56e_fk_api_app_id` FOREIGN KEY (`app_id`) REFERENCES `api_app` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_serviceaccount_identities` (
  `id` BIGINT NOT NULL,
  `serviceaccount_id` VARCHAR(255) NOT NULL,
  `identity_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_serviceaccount_ident_serviceaccount_id_identi_d705d04a_uniq` (`serviceaccount_id`, `identity_id`),
  CONSTRAINT `api_serviceaccount_i_identity_id_c55aec57_fk_api_ident` FOREIGN KEY (`identity_id`) REFERENCES `api_identity` (`id`),
  CONSTRAINT `api_serviceaccount_i_serviceaccount_id_67c6ca53_fk_api_servi` FOREIGN KEY (`serviceaccount_id`) REFERENCES `api_serviceaccount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_serviceaccounthandler` (
  `id` VARCHAR(255) NOT NULL,
  `wrapped_keyring` TEXT NOT NULL,
  `wrapped_recovery` TEXT NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `service_account_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_serviceaccountha_service_account_id_f1184200_fk_api_servi` FOREIGN KEY (`service_account_id`) REFERENCES `api_serviceaccount` (`id`),
  CONSTRAINT `api_serviceaccountha_user_id_cf9afad5_fk_api_organ` FOREIGN KEY (`user_id`) REFERENCES `api_organisationmember` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_environment` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `env_type` VARCHAR(7) NOT NULL,
  `wrapped_seed` VARCHAR(256) NOT NULL,
  `wrapped_salt` VARCHAR(256) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  `app_id` VARCHAR(255) NOT NULL,
  `identity_key` VARCHAR(256) NOT NULL,
  `index` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_environment_app_id_9333b6df_fk_api_app_id` FOREIGN KEY (`app_id`) REFERENCES `api_app` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_environmentkey` (
  `id` VARCHAR(255) NOT NULL,
  `identity_key` VARCHAR(256) NOT NULL,
  `wrapped_seed` VARCHAR(256) NOT NULL,
  `wrapped_salt` VARCHAR(256) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `environment_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) DEFAULT NULL,
  `paths` TEXT DEFAULT NULL,
  `service_account_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_environmentkey_environment_id_1b41d46e_fk_api_envir` FOREIGN KEY (`environment_id`) REFERENCES `api_environment` (`id`),
  CONSTRAINT `api_environmentkey_service_account_id_d90de6c9_fk_api_servi` FOREIGN KEY (`service_account_id`) REFERENCES `api_serviceaccount` (`id`),
  CONSTRAINT `api_environmentkey_user_id_c11d0fed_fk_api_organ` FOREIGN KEY (`user_id`) REFERENCES `api_organisationmember` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_environmentkeygrant` (
  `id` VARCHAR(255) NOT NULL,
  `grant_type` VARCHAR(20) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `environment_key_id` VARCHAR(255) NOT NULL,
  `team_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_environmentkeygr_environment_key_id_5f3f67a6_fk_api_envir` FOREIGN KEY (`environment_key_id`) REFERENCES `api_environmentkey` (`id`),
  CONSTRAINT `api_environmentkeygrant_team_id_9f0212e3_fk_api_team_id` FOREIGN KEY (`team_id`) REFERENCES `api_team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_serverenvironmentkey` (
  `id` VARCHAR(255) NOT NULL,
  `identity_key` VARCHAR(256) NOT NULL,
  `wrapped_seed` VARCHAR(256) NOT NULL,
  `wrapped_salt` VARCHAR(256) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `environment_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_serverenvironmen_environment_id_3a641ede_fk_api_envir` FOREIGN KEY (`environment_id`) REFERENCES `api_environment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_providercredentials` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `provider` VARCHAR(50) NOT NULL,
  `credentials` JSON NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_providercredenti_organisation_id_a2e1237f_fk_api_organ` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_environmentsync` (
  `id` VARCHAR(255) NOT NULL,
  `service` VARCHAR(50) NOT NULL,
  `options` JSON NOT NULL,
  `authentication_id` VARCHAR(255) DEFAULT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `environment_id` VARCHAR(255) NOT NULL,
  `last_sync` DATETIME(3) DEFAULT NULL,
  `status` VARCHAR(16) NOT NULL,
  `path` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_environmentsync_authentication_id_e1cac861_fk_api_provi` FOREIGN KEY (`authentication_id`) REFERENCES `api_providercredentials` (`id`),
  CONSTRAINT `api_environmentsync_environment_id_666113a0_fk_api_envir` FOREIGN KEY (`environment_id`) REFERENCES `api_environment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_environmentsyncevent` (
  `meta` JSON DEFAULT NULL,
  `id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `completed_at` DATETIME(3) DEFAULT NULL,
  `env_sync_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_environmentsynce_env_sync_id_62b3f47c_fk_api_envir` FOREIGN KEY (`env_sync_id`) REFERENCES `api_environmentsync` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_environmenttoken` (
  `id` VARCHAR(255) NOT NULL,
  `identity_key` VARCHAR(256) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `wrapped_key_share` VARCHAR(406) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `environment_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_environmentsecre_environment_id_17986956_fk_api_envir` FOREIGN KEY (`environment_id`) REFERENCES `api_environment` (`id`),
  CONSTRAINT `api_environmentsecre_user_id_5e82da4c_fk_api_organ` FOREIGN KEY (`user_id`) REFERENCES `api_organisationmember` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_servicetoken` (
  `id` VARCHAR(255) NOT NULL,
  `identity_key` VARCHAR(256) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  `wrapped_key_share` VARCHAR(406) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `expires_at` DATETIME(3) DEFAULT NULL,
  `app_id` VARCHAR(255) NOT NULL,
  `created_by_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_servicetoken_app_id_7374e748_fk_api_app_id` FOREIGN KEY (`app_id`) REFERENCES `api_app` (`id`),
  CONSTRAINT `api_servicetoken_created_by_id_1a75c5c5_fk_api_organ` FOREIGN KEY (`created_by_id`) REFERENCES `api_organisationmember` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_serviceaccounttoken` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `identity_key` VARCHAR(256) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  `wrapped_key_share` VARCHAR(406) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `expires_at` DATETIME(3) DEFAULT NULL,
  `created_by_id` VARCHAR(255) DEFAULT NULL,
  `service_account_id` VARCHAR(255) NOT NULL,
  `created_by_service_account_id` VARCHAR(255) DEFAULT NULL,
  `last_used_at` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_serviceaccountto_created_by_id_2898c359_fk_api_organ` FOREIGN KEY (`created_by_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_serviceaccountto_created_by_service_a_31960935_fk_api_servi` FOREIGN KEY (`created_by_service_account_id`) REFERENCES `api_serviceaccount` (`id`),
  CONSTRAINT `api_serviceaccountto_service_account_id_9476ad2e_fk_api_servi` FOREIGN KEY (`service_account_id`) REFERENCES `api_serviceaccount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_usertoken` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `identity_key` VARCHAR(256) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  `wrapped_key_share` VARCHAR(406) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `user_id` VARCHAR(255) DEFAULT NULL,
  `expires_at` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_usertoken_user_id_5984b1b0_fk_api_organisationmember_id` FOREIGN KEY (`user_id`) REFERENCES `api_organisationmember` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_secretfolder` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `environment_id` VARCHAR(255) NOT NULL,
  `path` TEXT NOT NULL,
  `folder_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_secretfolder_environment_id_3a90bf9a_fk_api_environment_id` FOREIGN KEY (`environment_id`) REFERENCES `api_environment` (`id`),
  CONSTRAINT `api_secretfolder_folder_id_d4c9fec1_fk_api_secretfolder_id` FOREIGN KEY (`folder_id`) REFERENCES `api_secretfolder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_secrettag` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `color` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_secrettag_organisation_id_965eba05_fk_api_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_secret` (
  `id` VARCHAR(255) NOT NULL,
  `key` TEXT NOT NULL,
  `key_digest` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `version` INT NOT NULL,
  `comment` TEXT NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `environment_id` VARCHAR(255) NOT NULL,
  `folder_id` VARCHAR(255) DEFAULT NULL,
  `path` TEXT NOT NULL,
  `type` VARCHAR(10) NOT NULL,
  `rotating_output_id` VARCHAR(64) NOT NULL,
  `rotating_secret_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_secret_environment_id_c42f746c_fk_api_environment_id` FOREIGN KEY (`environment_id`) REFERENCES `api_environment` (`id`),
  CONSTRAINT `api_secret_folder_id_8aab0eda_fk_api_secretfolder_id` FOREIGN KEY (`folder_id`) REFERENCES `api_secretfolder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_secret_tags` (
  `id` BIGINT NOT NULL,
  `secret_id` VARCHAR(255) NOT NULL,
  `secrettag_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_secret_tags_secret_id_secrettag_id_25b420b1_uniq` (`secret_id`, `secrettag_id`),
  CONSTRAINT `api_secret_tags_secret_id_bc96882e_fk_api_secret_id` FOREIGN KEY (`secret_id`) REFERENCES `api_secret` (`id`),
  CONSTRAINT `api_secret_tags_secrettag_id_1d2af26f_fk_api_secrettag_id` FOREIGN KEY (`secrettag_id`) REFERENCES `api_secrettag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_personalsecret` (
  `id` VARCHAR(255) NOT NULL,
  `value` TEXT DEFAULT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `secret_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_personalsecret_secret_id_67ee884c_fk_api_secret_id` FOREIGN KEY (`secret_id`) REFERENCES `api_secret` (`id`),
  CONSTRAINT `api_personalsecret_user_id_11f47078_fk_api_organ` FOREIGN KEY (`user_id`) REFERENCES `api_organisationmember` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_secretevent` (
  `id` VARCHAR(255) NOT NULL,
  `key` TEXT NOT NULL,
  `key_digest` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `version` INT NOT NULL,
  `comment` TEXT NOT NULL,
  `event_type` VARCHAR(1) NOT NULL,
  `environment_id` VARCHAR(255) NOT NULL,
  `secret_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) DEFAULT NULL,
  `folder_id` VARCHAR(255) DEFAULT NULL,
  `timestamp` DATETIME(3) NOT NULL,
  `ip_address` VARCHAR(45) DEFAULT NULL,
  `user_agent` TEXT DEFAULT NULL,
  `path` TEXT NOT NULL,
  `service_token_id` VARCHAR(255) DEFAULT NULL,
  `service_account_id` VARCHAR(255) DEFAULT NULL,
  `service_account_token_id` VARCHAR(255) DEFAULT NULL,
  `type` VARCHAR(10) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_secretevent_environment_id_3bdb60e1_fk_api_environment_id` FOREIGN KEY (`environment_id`) REFERENCES `api_environment` (`id`),
  CONSTRAINT `api_secretevent_folder_id_c999052f_fk_api_secretfolder_id` FOREIGN KEY (`folder_id`) REFERENCES `api_secretfolder` (`id`),
  CONSTRAINT `api_secretevent_secret_id_738a0205_fk_api_secret_id` FOREIGN KEY (`secret_id`) REFERENCES `api_secret` (`id`),
  CONSTRAINT `api_secretevent_service_account_id_8d3ea700_fk_api_servi` FOREIGN KEY (`service_account_id`) REFERENCES `api_serviceaccount` (`id`),
  CONSTRAINT `api_secretevent_service_account_toke_150acaaf_fk_api_servi` FOREIGN KEY (`service_account_token_id`) REFERENCES `api_serviceaccounttoken` (`id`),
  CONSTRAINT `api_secretevent_service_token_id_9f7f79ff_fk_api_servi` FOREIGN KEY (`service_token_id`) REFERENCES `api_servicetoken` (`id`),
  CONSTRAINT `api_secretevent_user_id_2592fcc2_fk_api_organisationmember_id` FOREIGN KEY (`user_id`) REFERENCES `api_organisationmember` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_dynamicsecret` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `path` TEXT NOT NULL,
  `default_ttl` VARCHAR(64) NOT NULL,
  `max_ttl` VARCHAR(64) NOT NULL,
  `provider` VARCHAR(50) NOT NULL,
  `config` JSON NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `authentication_id` VARCHAR(255) DEFAULT NULL,
  `environment_id` VARCHAR(255) NOT NULL,
  `folder_id` VARCHAR(255) DEFAULT NULL,
  `key_map` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_dynamicsecret_authentication_id_6b7fcbf8_fk_api_provi` FOREIGN KEY (`authentication_id`) REFERENCES `api_providercredentials` (`id`),
  CONSTRAINT `api_dynamicsecret_environment_id_ad70e539_fk_api_environment_id` FOREIGN KEY (`environment_id`) REFERENCES `api_environment` (`id`),
  CONSTRAINT `api_dynamicsecret_folder_id_1c9984a2_fk_api_secretfolder_id` FOREIGN KEY (`folder_id`) REFERENCES `api_secretfolder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_dynamicsecretlease` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `ttl` VARCHAR(64) NOT NULL,
  `status` VARCHAR(50) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `renewed_at` DATETIME(3) DEFAULT NULL,
  `expires_at` DATETIME(3) DEFAULT NULL,
  `revoked_at` DATETIME(3) DEFAULT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `organisation_member_id` VARCHAR(255) DEFAULT NULL,
  `secret_id` VARCHAR(255) NOT NULL,
  `service_account_id` VARCHAR(255) DEFAULT NULL,
  `credentials` JSON NOT NULL,
  `cleanup_job_id` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_dynamicsecretlea_organisation_member__f5bec2d4_fk_api_organ` FOREIGN KEY (`organisation_member_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_dynamicsecretlea_secret_id_cc7f679e_fk_api_dynam` FOREIGN KEY (`secret_id`) REFERENCES `api_dynamicsecret` (`id`),
  CONSTRAINT `api_dynamicsecretlea_service_account_id_55aadc79_fk_api_servi` FOREIGN KEY (`service_account_id`) REFERENCES `api_serviceaccount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_dynamicsecretleaseevent` (
  `id` BIGINT NOT NULL,
  `lease_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `event_type` VARCHAR(50) NOT NULL,
  `ip_address` VARCHAR(45) DEFAULT NULL,
  `metadata` JSON NOT NULL,
  `organisation_member_id` VARCHAR(255) DEFAULT NULL,
  `service_account_id` VARCHAR(255) DEFAULT NULL,
  `user_agent` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_dynamicsecretlea_lease_id_cf1ca866_fk_api_dynam` FOREIGN KEY (`lease_id`) REFERENCES `api_dynamicsecretlease` (`id`),
  CONSTRAINT `api_dynamicsecretlea_organisation_member__30874fda_fk_api_organ` FOREIGN KEY (`organisation_member_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_dynamicsecretlea_service_account_id_79ea7ecc_fk_api_servi` FOREIGN KEY (`service_account_id`) REFERENCES `api_serviceaccount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_rotatingsecret` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `path` TEXT NOT NULL,
  `provider` VARCHAR(50) NOT NULL,
  `config` JSON NOT NULL,
  `key_map` JSON NOT NULL,
  `rotation_interval` VARCHAR(64) NOT NULL,
  `revocation_delay` VARCHAR(64) NOT NULL,
  `next_rotation_at` DATETIME(3) DEFAULT NULL,
  `rotation_job_id` TEXT NOT NULL,
  `paused_remaining` VARCHAR(64) DEFAULT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `health` VARCHAR(20) NOT NULL,
  `last_failure_at` DATETIME(3) DEFAULT NULL,
  `last_failure_reason` TEXT NOT NULL,
  `consecutive_failure_count` INT NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `authentication_id` VARCHAR(255) DEFAULT NULL,
  `environment_id` VARCHAR(255) NOT NULL,
  `folder_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_rotatingsecret_authentication_id_6895f015_fk_api_provi` FOREIGN KEY (`authentication_id`) REFERENCES `api_providercredentials` (`id`),
  CONSTRAINT `api_rotatingsecret_environment_id_751715a5_fk_api_envir` FOREIGN KEY (`environment_id`) REFERENCES `api_environment` (`id`),
  CONSTRAINT `api_rotatingsecret_folder_id_afa8b088_fk_api_secretfolder_id` FOREIGN KEY (`folder_id`) REFERENCES `api_secretfolder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_rotatingsecretcredential` (
  `id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `provider_credential_id` TEXT NOT NULL,
  `encrypted_values` JSON NOT NULL,
  `metadata` JSON NOT NULL,
  `failure_count` INT NOT NULL,
  `last_failure_reason` TEXT NOT NULL,
  `revoke_job_id` TEXT NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `expire_at` DATETIME(3) DEFAULT NULL,
  `revoked_at` DATETIME(3) DEFAULT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `rotating_secret_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_rotatingsecretcr_rotating_secret_id_2a09addb_fk_api_rotat` FOREIGN KEY (`rotating_secret_id`) REFERENCES `api_rotatingsecret` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_rotatingsecretevent` (
  `id` BIGINT NOT NULL,
  `event_type` VARCHAR(50) NOT NULL,
  `ip_address` VARCHAR(45) DEFAULT NULL,
  `user_agent` TEXT DEFAULT NULL,
  `metadata` JSON NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `credential_id` VARCHAR(255) DEFAULT NULL,
  `organisation_member_id` VARCHAR(255) DEFAULT NULL,
  `rotating_secret_id` VARCHAR(255) NOT NULL,
  `service_account_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_rotatingsecretev_credential_id_daf85018_fk_api_rotat` FOREIGN KEY (`credential_id`) REFERENCES `api_rotatingsecretcredential` (`id`),
  CONSTRAINT `api_rotatingsecretev_organisation_member__ae753bcd_fk_api_organ` FOREIGN KEY (`organisation_member_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_rotatingsecretev_rotating_secret_id_c4721bcc_fk_api_rotat` FOREIGN KEY (`rotating_secret_id`) REFERENCES `api_rotatingsecret` (`id`),
  CONSTRAINT `api_rotatingsecretev_service_account_id_1f300e2e_fk_api_servi` FOREIGN KEY (`service_account_id`) REFERENCES `api_serviceaccount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_auditevent` (
  `id` VARCHAR(255) NOT NULL,
  `event_type` VARCHAR(1) NOT NULL,
  `resource_type` VARCHAR(10) NOT NULL,
  `resource_id` TEXT NOT NULL,
  `actor_type` VARCHAR(10) NOT NULL,
  `actor_id` TEXT NOT NULL,
  `actor_metadata` JSON NOT NULL,
  `resource_metadata` JSON NOT NULL,
  `old_values` JSON DEFAULT NULL,
  `new_values` JSON DEFAULT NULL,
  `description` TEXT NOT NULL,
  `ip_address` VARCHAR(45) DEFAULT NULL,
  `user_agent` TEXT NOT NULL,
  `timestamp` DATETIME(3) NOT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_auditevent_organisation_id_60ce680d_fk_api_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_scimtoken` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `token_hash` VARCHAR(128) NOT NULL,
  `token_prefix` VARCHAR(12) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `expires_at` DATETIME(3) DEFAULT NULL,
  `last_used_at` DATETIME(3) DEFAULT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `created_by_id` VARCHAR(255) DEFAULT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_scimtoken_token_hash_key` (`token_hash`),
  CONSTRAINT `api_scimtoken_created_by_id_e3f5c182_fk_api_organ` FOREIGN KEY (`created_by_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_scimtoken_organisation_id_fe868736_fk_api_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_scimuser` (
  `id` VARCHAR(255) NOT NULL,
  `external_id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `display_name` VARCHAR(255) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `scim_data` JSON NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `org_member_id` VARCHAR(255) DEFAULT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_scim_user_email` (`email`, `organisation_id`),
  UNIQUE KEY `unique_scim_user_external_id` (`external_id`, `organisation_id`),
  CONSTRAINT `api_scimuser_org_member_id_a365d631_fk_api_organ` FOREIGN KEY (`org_member_id`) REFERENCES `api_organisationmember` (`id`),
  CONSTRAINT `api_scimuser_organisation_id_e5abc979_fk_api_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`),
  CONSTRAINT `api_scimuser_user_id_fa8e573a_fk_api_customuser_userId` FOREIGN KEY (`user_id`) REFERENCES `api_customuser` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_scimgroup` (
  `id` VARCHAR(255) NOT NULL,
  `external_id` VARCHAR(255) NOT NULL,
  `display_name` VARCHAR(255) NOT NULL,
  `scim_data` JSON NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `team_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_scimgroup_team_id_key` (`team_id`),
  UNIQUE KEY `unique_scim_group_external_id` (`external_id`, `organisation_id`),
  CONSTRAINT `api_scimgroup_organisation_id_f66fc73f_fk_api_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`),
  CONSTRAINT `api_scimgroup_team_id_28841181_fk_api_team_id` FOREIGN KEY (`team_id`) REFERENCES `api_team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_scimevent` (
  `id` VARCHAR(255) NOT NULL,
  `event_type` VARCHAR(32) NOT NULL,
  `status` VARCHAR(8) NOT NULL,
  `resource_type` VARCHAR(16) NOT NULL,
  `resource_id` TEXT NOT NULL,
  `resource_name` VARCHAR(255) NOT NULL,
  `detail` JSON NOT NULL,
  `request_method` VARCHAR(8) NOT NULL,
  `request_path` TEXT NOT NULL,
  `request_body` JSON DEFAULT NULL,
  `response_status` INT DEFAULT NULL,
  `response_body` JSON DEFAULT NULL,
  `ip_address` VARCHAR(45) DEFAULT NULL,
  `user_agent` TEXT DEFAULT NULL,
  `timestamp` DATETIME(3) NOT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  `scim_token_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_scimevent_organisation_id_6904c0e7_fk_api_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`),
  CONSTRAINT `api_scimevent_scim_token_id_ecddba19_fk_api_scimtoken_id` FOREIGN KEY (`scim_token_id`) REFERENCES `api_scimtoken` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_lockbox` (
  `id` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `views` INT NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `expires_at` DATETIME(3) DEFAULT NULL,
  `allowed_views` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_logstream` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `provider` VARCHAR(50) NOT NULL,
  `sources` JSON NOT NULL,
  `options` JSON NOT NULL,
  `max_attempts` INT NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `health` VARCHAR(20) NOT NULL,
  `paused_reason` TEXT NOT NULL,
  `cursors` JSON NOT NULL,
  `ship_job_id` TEXT DEFAULT NULL,
  `last_shipped_at` DATETIME(3) DEFAULT NULL,
  `last_failure_at` DATETIME(3) DEFAULT NULL,
  `last_failure_reason` TEXT NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) NOT NULL,
  `deleted_at` DATETIME(3) DEFAULT NULL,
  `authentication_id` VARCHAR(255) DEFAULT NULL,
  `organisation_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_logstream_authentication_id_6962e528_fk_api_provi` FOREIGN KEY (`authentication_id`) REFERENCES `api_providercredentials` (`id`),
  CONSTRAINT `api_logstream_organisation_id_b7fa8dfd_fk_api_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `api_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs_kmsdblog` (
  `id` VARCHAR(255) NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `app_id` TEXT NOT NULL,
  `phase_node` TEXT NOT NULL,
  `event_type` TEXT NOT NULL,
  `ip_address` VARCHAR(45) NOT NULL,
  `ph_size` BIGINT NOT NULL,
  `asn` BIGINT DEFAULT NULL,
  `isp` TEXT DEFAULT NULL,
  `edge_location` TEXT DEFAULT NULL,
  `country` VARCHAR(2) DEFAULT NULL,
  `city` TEXT DEFAULT NULL,
  `latitude` DECIMAL(9,5) DEFAULT NULL,
  `longitude` DECIMAL(9,5) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `api_organisationssoprovider` ADD CONSTRAINT `api_organisationssop_created_by_id_8bbba2a9_fk_api_organ` FOREIGN KEY (`created_by_id`) REFERENCES `api_organisationmember` (`id`);
ALTER TABLE `api_organisationssoprovider` ADD CONSTRAINT `api_organisationssop_updated_by_id_f454d7e5_fk_api_organ` FOREIGN KEY (`updated_by_id`) REFERENCES `api_organisationmember` (`id`);
ALTER TABLE `api_networkaccesspolicy` ADD CONSTRAINT `api_networkaccesspol_created_by_id_c7a3604f_fk_api_organ` FOREIGN KEY (`created_by_id`) REFERENCES `api_organisationmember` (`id`);
ALTER TABLE `api_networkaccesspolicy` ADD CONSTRAINT `api_networkaccesspol_updated_by_id_bfaff15a_fk_api_organ` FOREIGN KEY (`updated_by_id`) REFERENCES `api_organisationmember` (`id`);
ALTER TABLE `api_organisationmemberinvite` ADD CONSTRAINT `api_organisationmemb_invited_by_service_a_ce7992c0_fk_api_servi` FOREIGN KEY (`invited_by_service_account_id`) REFERENCES `api_serviceaccount` (`id`);
ALTER TABLE `api_teammembership` ADD CONSTRAINT `api_teammembership_service_account_id_588b45f7_fk_api_servi` FOREIGN KEY (`service_account_id`) REFERENCES `api_serviceaccount` (`id`);
ALTER TABLE `api_teamappenvironment` ADD CONSTRAINT `api_teamappenvironme_environment_id_ae1343bf_fk_api_envir` FOREIGN KEY (`environment_id`) REFERENCES `api_environment` (`id`);
ALTER TABLE `api_secret` ADD CONSTRAINT `api_secret_rotating_secret_id_7e3b0887_fk_api_rotatingsecret_id` FOREIGN KEY (`rotating_secret_id`) REFERENCES `api_rotatingsecret` (`id`);

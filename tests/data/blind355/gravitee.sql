-- Gravitee API Management (GraviteeSource; APIM 4.13 development line), github.com/gravitee-io/gravitee-api-management
-- commit 2b94b4c9f09374d5692a3467efc03fb05a352983 (Apache-2.0). The JDBC repository's Liquibase changelog
-- (gravitee-apim-repository/gravitee-apim-repository-jdbc/src/main/resources/liquibase/master.yml, 225 change sets)
-- run by Liquibase 4.28 on MariaDB 10.11 with the empty default table prefix, as Gravitee's own start-up does; tables
-- read back with SHOW CREATE TABLE (65 of 135 kept, see gravitee.md). Table options reduced to the default below; the utf8mb3 collation MariaDB reports on most text columns is kept.

CREATE TABLE `organizations` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `description` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `flow_mode` varchar(32) COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'DEFAULT',
  `cockpit_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `description` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `organization_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `cockpit_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `source` varchar(128) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `source_id` varchar(128) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `password` varchar(128) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `email` varchar(128) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `firstname` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `lastname` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `last_connection_at` timestamp(6) NULL DEFAULT NULL,
  `picture` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `status` varchar(64) COLLATE utf8mb3_general_ci DEFAULT 'ACTIVE',
  `organization_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `login_count` bigint(20) DEFAULT NULL,
  `first_connection_at` timestamp(6) NULL DEFAULT NULL,
  `newsletter_subscribed` tinyint(1) DEFAULT NULL,
  `is_service_account` tinyint(1) DEFAULT NULL,
  `idp_claims` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_user_organizationid_source_sourceid` (`organization_id`,`source`,`source_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `source` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `member_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `member_type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `role_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_memberships_referenceid_referencetype` (`reference_id`,`reference_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `max_invitation` int(11) DEFAULT NULL,
  `lock_api_role` tinyint(1) DEFAULT NULL,
  `lock_application_role` tinyint(1) DEFAULT NULL,
  `system_invitation` tinyint(1) DEFAULT NULL,
  `email_invitation` tinyint(1) DEFAULT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `disable_membership_notifications` tinyint(1) DEFAULT NULL,
  `api_primary_owner` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `origin` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `lock_api_product_role` tinyint(1) DEFAULT 0,
  `hrid` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `api_product_primary_owner` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `scope` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(128) COLLATE utf8mb3_general_ci NOT NULL,
  `description` varchar(1024) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `default_role` tinyint(1) NOT NULL,
  `system` tinyint(1) NOT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permissions` (
  `permission` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `role_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`role_id`,`permission`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitations` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `email` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `api_role` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `application_role` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `token` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `expires_at` timestamp(6) NULL DEFAULT NULL,
  `last_use_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_providers` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `description` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `configuration` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `group_mappings` longtext DEFAULT NULL,
  `role_mappings` longtext DEFAULT NULL,
  `user_profile_mapping` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `email_required` tinyint(1) DEFAULT NULL,
  `sync_mappings` tinyint(1) DEFAULT NULL,
  `organization_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `persisted_claims_whitelist` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_provider_activations` (
  `identity_provider_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`identity_provider_id`,`reference_id`,`reference_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_user_fields` (
  `key` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `label` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `format` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `required` tinyint(1) DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`key`,`reference_type`,`reference_id`),
  KEY `idx_custom_user_fields_by_ref` (`reference_id`,`reference_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_user_fields_values` (
  `key` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  `value` varchar(1024) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`key`,`reference_id`,`reference_type`),
  KEY `idx_custom_user_fields_values` (`key`,`reference_id`,`reference_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apis` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(512) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `version` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `definition` longtext COLLATE utf8mb3_general_ci NOT NULL,
  `deployed_at` timestamp(6) NULL DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `visibility` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `lifecycle_state` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `picture` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `api_lifecycle_state` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `background` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `disable_membership_notifications` tinyint(1) DEFAULT NULL,
  `cross_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `definition_version` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `origin` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `mode` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `integration_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `sync_from` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `hrid` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `allow_multi_jwt_oauth2_subscriptions` tinyint(1) DEFAULT NULL,
  `portal_navigation` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_apis_visibility` (`visibility`),
  KEY `idx_apis_env_updated_at` (`environment_id`,`updated_at` DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_groups` (
  `api_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `group_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`api_id`,`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plans` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `description` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `validation` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `security_definition` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  `status` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `security` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `published_at` timestamp(6) NULL DEFAULT NULL,
  `closed_at` timestamp(6) NULL DEFAULT NULL,
  `definition` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `need_redeploy_at` timestamp(6) NULL DEFAULT NULL,
  `comment_required` tinyint(1) DEFAULT NULL,
  `comment_message` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `selection_rule` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `api` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `general_conditions` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `cross_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `mode` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `api_type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `hrid` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `general_conditions_hrid` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `definition_version` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `environment_id` varchar(64) NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_plans_reference_type_reference_id` (`reference_type`,`reference_id`),
  KEY `idx_plans_cross_id` (`cross_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plan_tags` (
  `plan_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `tag` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`plan_id`,`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applications` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(512) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `description` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `status` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `client_id` varchar(300) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `picture` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `background` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `disable_membership_notifications` tinyint(1) DEFAULT NULL,
  `domain` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `api_key_mode` varchar(16) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `origin` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `hrid` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_applications_name` (`name`),
  KEY `idx_applications_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_groups` (
  `application_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `group_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`application_id`,`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_metadata` (
  `application_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `k` varchar(128) COLLATE utf8mb3_general_ci NOT NULL,
  `v` varchar(4000) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`application_id`,`k`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_certificates` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `cross_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `application_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(512) COLLATE utf8mb3_general_ci NOT NULL,
  `starts_at` timestamp NULL DEFAULT NULL,
  `ends_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `certificate` longtext COLLATE utf8mb3_general_ci NOT NULL,
  `certificate_expiration` timestamp NULL DEFAULT NULL,
  `subject` varchar(1024) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `issuer` varchar(1024) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `fingerprint` varchar(256) COLLATE utf8mb3_general_ci NOT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `status` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_client_certificates_application_id` (`application_id`),
  KEY `idx_client_certificates_environment_id` (`environment_id`),
  KEY `idx_client_certificates_app_id_status` (`application_id`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `plan` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `application` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `starting_at` timestamp(6) NULL DEFAULT NULL,
  `ending_at` timestamp(6) NULL DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `processed_at` timestamp(6) NULL DEFAULT NULL,
  `processed_by` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `subscribed_by` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reason` varchar(1024) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `status` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `api` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `client_id` varchar(300) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `request` varchar(1024) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `paused_at` timestamp(6) NULL DEFAULT NULL,
  `general_conditions_accepted` tinyint(1) DEFAULT NULL,
  `general_conditions_content_page_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `general_conditions_content_revision` int(11) DEFAULT NULL,
  `days_to_expiration_on_last_notification` int(11) DEFAULT NULL,
  `configuration` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `consumer_status` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `consumer_paused_at` timestamp(6) NULL DEFAULT NULL,
  `failure_cause` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `environment_id` varchar(64) NOT NULL,
  `client_certificate` longtext DEFAULT NULL,
  `origin` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `application_name` varchar(512) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_subscriptions_plan` (`plan`),
  KEY `idx_subscriptions_application` (`application`),
  KEY `idx_subscriptions_reference_type_reference_id` (`reference_type`,`reference_id`),
  KEY `idx_subscriptions_env_updated_at_id` (`environment_id`,`updated_at`,`id`),
  KEY `idx_subscriptions_plan_id` (`plan`,`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `subscription_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `k` varchar(128) COLLATE utf8mb3_general_ci NOT NULL,
  `v` varchar(4000) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keys` (
  `key` varchar(128) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `subscription` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `application` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `plan` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `revoked_at` timestamp(6) NULL DEFAULT NULL,
  `expire_at` timestamp(6) NULL DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `paused` tinyint(1) DEFAULT NULL,
  `days_to_expiration_on_last_notification` int(11) DEFAULT NULL,
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `api` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `federated` tinyint(1) NOT NULL,
  `environment_id` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_keys_plan` (`plan`),
  KEY `idx_keys_application` (`application`),
  KEY `idx_keys_updatedat` (`updated_at`),
  KEY `idx_keys_revoked` (`revoked`),
  KEY `idx_keys_plan_revoked_updatedat` (`plan`,`revoked`,`updated_at`),
  KEY `idx_keys_key` (`key`),
  KEY `idx_keys_key_and_api` (`api`,`key`),
  KEY `idx_keys_env_updated_at_id` (`environment_id`,`updated_at`,`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_subscriptions` (
  `key_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `subscription_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`key_id`,`subscription_id`),
  KEY `idx_key_subscriptions_subscription_id` (`subscription_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ratelimit` (
  `key` varchar(128) COLLATE utf8mb3_general_ci NOT NULL,
  `counter` bigint(20) NOT NULL,
  `reset_time` bigint(20) NOT NULL,
  `subscription` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `limit` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokenbucket` (
  `key` varchar(128) COLLATE utf8mb3_general_ci NOT NULL,
  `tokens` bigint(20) NOT NULL,
  `last_refill` bigint(20) NOT NULL,
  `subscription` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ratings` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `user` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `rate` tinyint(4) NOT NULL,
  `title` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `comment` varchar(1024) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rating_answers` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `rating` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `user` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `comment` varchar(1024) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_ratinganswers_rating` (`rating`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `from_user` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `api` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `application` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `subject` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `content` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `content` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `last_contributor` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `order` int(11) NOT NULL,
  `published` tinyint(1) NOT NULL,
  `source_type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `source_configuration` varchar(512) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `homepage` tinyint(1) NOT NULL,
  `parent_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `use_auto_fetch` tinyint(1) DEFAULT NULL,
  `visibility` varchar(64) COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'PUBLIC',
  `excluded_access_controls` tinyint(1) DEFAULT NULL,
  `cross_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `ingested` tinyint(1) DEFAULT NULL,
  `hrid` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `parent_hrid` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_pages_with_auto_fetch` (`use_auto_fetch`),
  KEY `idx_pages_by_order` (`order`),
  KEY `idx_pages_by_type` (`type`),
  KEY `idx_pages_refid_reftype` (`reference_id`,`reference_type`),
  KEY `idx_pages_parent_type` (`parent_id`,`type`),
  KEY `idx_pages_p_n_t_ri_rt` (`parent_id`,`name`,`type`,`reference_id`,`reference_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page_revisions` (
  `page_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `revision` int(11) NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `hash` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `content` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `contributor` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`page_id`,`revision`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `portal_notifications` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `title` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `message` varchar(4000) COLLATE utf8mb3_general_ci NOT NULL,
  `user` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `portal_notification_configs` (
  `user` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `organization_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `origin` varchar(64) COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'MANAGEMENT',
  PRIMARY KEY (`user`,`reference_type`,`reference_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `portal_notification_config_hooks` (
  `user` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `hook` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`user`,`reference_type`,`reference_id`,`hook`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `portal_notification_config_groups` (
  `user` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `group` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`user`,`reference_id`,`reference_type`,`group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_templates` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `hook` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `scope` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `description` varchar(512) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `title` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `content` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `generic_notification_configs` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `notifier` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `config` varchar(2048) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `use_system_proxy` tinyint(1) DEFAULT NULL,
  `organization_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `generic_notification_config_hooks` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `hook` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`id`,`hook`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_triggers` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `description` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `severity` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `definition` longtext COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `template` tinyint(1) DEFAULT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_events` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `alert` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `message` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `user` varchar(128) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `event` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `patch` longtext COLLATE utf8mb3_general_ci NOT NULL,
  `organization_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_audits_referencetype_referenceid` (`reference_type`,`reference_id`),
  KEY `idx_audits_createdat` (`created_at`),
  KEY `idx_organization_environment` (`organization_id`,`environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_properties` (
  `audit_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `key` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `value` varchar(200) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`audit_id`,`key`,`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflows` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `state` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `comment` varchar(500) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `user` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `promotions` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `api_definition` longtext COLLATE utf8mb3_general_ci NOT NULL,
  `api_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `status` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `target_env_cockpit_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `target_env_name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `source_env_cockpit_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `source_env_name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `author_user_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `author_display_name` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `author_email` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `author_source` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `author_source_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `target_api_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `asyncjobs` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `source_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `type` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  `initiator_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `error_message` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `status` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  `upper_limit` int(11) NOT NULL,
  `created_at` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `dead_line` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_dashboards` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(512) COLLATE utf8mb3_general_ci NOT NULL,
  `created_by` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `last_modified` timestamp(6) NOT NULL,
  `labels` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `widgets` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_custom_dashboards_environment_id` (`environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `description` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `hidden` tinyint(1) DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `highlight_api` varchar(128) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `picture` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `key` varchar(128) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `background` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `page` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `description` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'DEFAULT',
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'ORGANIZATION',
  `key` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenants` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `description` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'DEFAULT',
  `reference_type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'ORGANIZATION',
  `key` varchar(40) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata` (
  `key` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(1024) COLLATE utf8mb3_general_ci NOT NULL,
  `format` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `value` varchar(1024) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`key`,`reference_type`,`reference_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `themes` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `definition` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `logo` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `optional_logo` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `background_image` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `favicon` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'PORTAL',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `sub_type` varchar(128) COLLATE utf8mb3_general_ci NOT NULL,
  `file_name` varchar(128) COLLATE utf8mb3_general_ci NOT NULL,
  `size` int(11) NOT NULL,
  `data` longblob NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `api` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `hash` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `environment` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `organization` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`,`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `payload` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `parent_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_events_type` (`type`),
  KEY `idx_events_updatedat` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_properties` (
  `event_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `property_key` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `property_value` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`event_id`,`property_key`),
  KEY `idx_eventproperties_propertykey` (`property_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parameters` (
  `key` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `value` varchar(4000) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`key`,`reference_id`,`reference_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dictionaries` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `description` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `state` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `deployed_at` timestamp(6) NULL DEFAULT NULL,
  `provider_type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `provider_configuration` varchar(1000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `trigger_rate` int(11) DEFAULT NULL,
  `trigger_unit` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `key` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flows` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `condition` varchar(512) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `name` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `path` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `operator` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reference_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `reference_type` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flow_consumers` (
  `flow_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `consumer_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `consumer_type` varchar(32) COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`flow_id`,`consumer_id`,`consumer_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_registration_providers` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `description` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `discovery_endpoint` varchar(4000) COLLATE utf8mb3_general_ci NOT NULL,
  `client_id` varchar(128) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `client_secret` varchar(128) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `initial_access_token` varchar(1000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `initial_access_token_type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `renew_client_secret_support` tinyint(1) DEFAULT NULL,
  `renew_client_secret_endpoint` varchar(1000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `renew_client_secret_method` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `software_id` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT 'DEFAULT',
  `trust_store_type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `trust_store_path` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `trust_store_content` longtext DEFAULT NULL,
  `trust_store_password` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `key_store_type` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `key_store_path` varchar(4000) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `key_store_content` longtext DEFAULT NULL,
  `key_store_password` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `key_store_alias` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `key_password` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `claim_mappings` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_environment` (`environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commands` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `from` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `to` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `content` longtext COLLATE utf8mb3_general_ci DEFAULT NULL,
  `expired_at` timestamp(6) NULL DEFAULT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `environment_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  `organization_id` varchar(64) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `node_monitoring` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `node_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `type` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `payload` longtext COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `evaluated_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `installation` (
  `id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `created_at` timestamp(6) NULL DEFAULT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `installation_informations` (
  `installation_id` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `information_key` varchar(64) COLLATE utf8mb3_general_ci NOT NULL,
  `information_value` varchar(256) COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`installation_id`,`information_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upgraders` (
  `id` varchar(255) COLLATE utf8mb3_general_ci NOT NULL,
  `applied_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- RubyGems.org (rubygems/rubygems.org, MIT): db/schema.rb at commit
-- a9b2cd76c76d98d98a04123cc373eac4b9adba1a (Rails 8.0 schema of a PostgreSQL database, version 2026_01_07_200001),
-- written as MySQL DDL: implicit id -> bigint AUTO_INCREMENT, id: :serial -> int AUTO_INCREMENT,
-- id: :uuid -> char(36), string -> varchar(255), datetime -> datetime(6) (precision: nil -> datetime),
-- jsonb/json/hstore and array columns -> json (their defaults dropped), inet -> varchar(45), uuid -> char(36),
-- interval -> varchar(255); unique indexes as UNIQUE KEY (TEXT columns with a 255-character prefix;
-- expression and partial unique indexes and check constraints left out), other indexes left out;
-- upstream add_foreign_key lines inline (24), except 16 from bigint columns to the int serial keys of
-- users, rubygems and versions, which MariaDB refuses (listed in rubygems.md).
-- 45 of the 54 tables kept, every column in upstream order (see rubygems.md).

CREATE TABLE `admin_github_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `login` varchar(255),
  `avatar_url` varchar(255),
  `github_id` varchar(255),
  `info_data` json,
  `oauth_token` varchar(255),
  `is_admin` tinyint(1),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`github_id`)
);

CREATE TABLE `api_keys` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `hashed_key` varchar(255) NOT NULL,
  `last_accessed_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `mfa` tinyint(1) NOT NULL DEFAULT 0,
  `soft_deleted_at` datetime(6),
  `soft_deleted_rubygem_name` varchar(255),
  `expires_at` datetime,
  `owner_type` varchar(255),
  `owner_id` bigint,
  `scopes` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`hashed_key`)
);

CREATE TABLE `api_key_rubygem_scopes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `api_key_id` bigint NOT NULL,
  `ownership_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`api_key_id`) REFERENCES `api_keys` (`id`)
);

CREATE TABLE `attestations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version_id` bigint NOT NULL,
  `body` json,
  `media_type` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `audits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `auditable_type` varchar(255) NOT NULL,
  `auditable_id` bigint NOT NULL,
  `admin_github_user_id` bigint NOT NULL,
  `audited_changes` text,
  `comment` varchar(255),
  `action` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`admin_github_user_id`) REFERENCES `admin_github_users` (`id`)
);

CREATE TABLE `blazer_audits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `query_id` bigint,
  `statement` text,
  `data_source` varchar(255),
  `created_at` datetime(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `blazer_queries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creator_id` bigint,
  `name` varchar(255),
  `description` text,
  `statement` text,
  `data_source` varchar(255),
  `status` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `deletions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `rubygem` varchar(255),
  `number` varchar(255),
  `platform` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dependencies` (
  `id` int NOT NULL AUTO_INCREMENT,
  `requirements` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `rubygem_id` int,
  `version_id` int,
  `scope` varchar(255),
  `unresolved_name` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `geoip_infos` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `continent_code` varchar(2),
  `country_code` varchar(2),
  `country_code3` varchar(3),
  `country_name` varchar(255),
  `region` varchar(255),
  `city` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`continent_code`, `country_code`, `country_code3`, `country_name`, `region`, `city`)
);

CREATE TABLE `ip_addresses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ip_address` varchar(45) NOT NULL,
  `hashed_ip_address` text NOT NULL,
  `geoip_info_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`hashed_ip_address`(255)),
  UNIQUE KEY (`ip_address`),
  FOREIGN KEY (`geoip_info_id`) REFERENCES `geoip_infos` (`id`)
);

CREATE TABLE `organizations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `handle` varchar(40),
  `name` varchar(255),
  `deleted_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `events_organization_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tag` varchar(255) NOT NULL,
  `trace_id` varchar(255),
  `organization_id` bigint NOT NULL,
  `ip_address_id` bigint,
  `geoip_info_id` bigint,
  `additional` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`geoip_info_id`) REFERENCES `geoip_infos` (`id`),
  FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
);

CREATE TABLE `events_rubygem_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tag` varchar(255) NOT NULL,
  `trace_id` varchar(255),
  `rubygem_id` bigint NOT NULL,
  `ip_address_id` bigint,
  `geoip_info_id` bigint,
  `additional` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`geoip_info_id`) REFERENCES `geoip_infos` (`id`),
  FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`)
);

CREATE TABLE `events_user_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tag` varchar(255) NOT NULL,
  `trace_id` varchar(255),
  `user_id` bigint NOT NULL,
  `ip_address_id` bigint,
  `geoip_info_id` bigint,
  `additional` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`geoip_info_id`) REFERENCES `geoip_infos` (`id`),
  FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`)
);

CREATE TABLE `flipper_features` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`key`)
);

CREATE TABLE `flipper_gates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `feature_key` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`feature_key`, `key`, `value`(255))
);

CREATE TABLE `gem_downloads` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rubygem_id` int NOT NULL,
  `version_id` int NOT NULL,
  `count` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`rubygem_id`, `version_id`)
);

CREATE TABLE `gem_name_reservations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `good_job_settings` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `key` text,
  `value` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`key`(255))
);

CREATE TABLE `link_verifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `linkable_type` varchar(255) NOT NULL,
  `linkable_id` bigint NOT NULL,
  `uri` varchar(255) NOT NULL,
  `last_verified_at` datetime(6),
  `last_failure_at` datetime(6),
  `failures_since_last_verification` int DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rubygems` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `indexed` tinyint(1) NOT NULL DEFAULT 0,
  `organization_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL
);

CREATE TABLE `linksets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rubygem_id` int,
  `home` varchar(255),
  `wiki` varchar(255),
  `docs` varchar(255),
  `mail` varchar(255),
  `code` varchar(255),
  `bugs` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`rubygem_id`) REFERENCES `rubygems` (`id`)
);

CREATE TABLE `log_tickets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `directory` varchar(255),
  `backend` int DEFAULT 0,
  `status` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `processed_count` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`directory`, `key`)
);

CREATE TABLE `memberships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `organization_id` bigint NOT NULL,
  `confirmed_at` datetime,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `role` int NOT NULL DEFAULT 50,
  `invitation_expires_at` datetime(6),
  `invited_by_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `organization_id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
);

CREATE TABLE `oidc_providers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `issuer` text,
  `configuration` json,
  `jwks` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `configuration_updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`issuer`(255))
);

CREATE TABLE `oidc_api_key_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `oidc_provider_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `api_key_permissions` json NOT NULL,
  `name` varchar(255) NOT NULL,
  `access_policy` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `token` varchar(32) NOT NULL,
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  FOREIGN KEY (`oidc_provider_id`) REFERENCES `oidc_providers` (`id`)
);

CREATE TABLE `oidc_id_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `oidc_api_key_role_id` bigint NOT NULL,
  `jwt` json NOT NULL,
  `api_key_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`api_key_id`) REFERENCES `api_keys` (`id`),
  FOREIGN KEY (`oidc_api_key_role_id`) REFERENCES `oidc_api_key_roles` (`id`)
);

CREATE TABLE `oidc_pending_trusted_publishers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rubygem_name` varchar(255),
  `user_id` bigint NOT NULL,
  `trusted_publisher_type` varchar(255) NOT NULL,
  `trusted_publisher_id` bigint NOT NULL,
  `expires_at` datetime NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oidc_rubygem_trusted_publishers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rubygem_id` bigint NOT NULL,
  `trusted_publisher_type` varchar(255) NOT NULL,
  `trusted_publisher_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`rubygem_id`, `trusted_publisher_id`, `trusted_publisher_type`)
);

CREATE TABLE `oidc_trusted_publisher_github_actions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `repository_owner` varchar(255) NOT NULL,
  `repository_name` varchar(255) NOT NULL,
  `repository_owner_id` varchar(255) NOT NULL,
  `workflow_filename` varchar(255) NOT NULL,
  `environment` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `workflow_repository_owner` varchar(255),
  `workflow_repository_name` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`repository_owner`, `repository_name`, `repository_owner_id`, `workflow_filename`, `environment`, `workflow_repository_owner`, `workflow_repository_name`)
);

CREATE TABLE `organization_invites` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `invitable_type` varchar(255) NOT NULL,
  `invitable_id` bigint NOT NULL,
  `role` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organization_onboardings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `status` varchar(255) NOT NULL,
  `name_type` varchar(255) NOT NULL,
  `organization_name` varchar(255) NOT NULL,
  `organization_handle` varchar(255) NOT NULL,
  `error` text,
  `rubygems` json,
  `onboarded_at` datetime(6),
  `created_by_id` int NOT NULL,
  `onboarded_organization_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organization_onboarding_invites` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_onboarding_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `role` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_onboarding_id`) REFERENCES `organization_onboardings` (`id`)
);

CREATE TABLE `ownership_calls` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rubygem_id` bigint,
  `user_id` bigint,
  `note` text,
  `status` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `encrypted_password` varchar(128),
  `salt` varchar(128),
  `token` varchar(128),
  `token_expires_at` datetime,
  `email_confirmed` tinyint(1) NOT NULL DEFAULT 0,
  `api_key` varchar(255),
  `confirmation_token` varchar(128),
  `remember_token` varchar(128),
  `created_at` datetime,
  `updated_at` datetime,
  `email_reset` tinyint(1),
  `handle` varchar(255),
  `hide_email` tinyint(1) DEFAULT 1,
  `twitter_username` varchar(255),
  `unconfirmed_email` varchar(255),
  `remember_token_expires_at` datetime,
  `mfa_level` int DEFAULT 0,
  `mail_fails` int DEFAULT 0,
  `blocked_email` varchar(255),
  `webauthn_id` varchar(255),
  `full_name` varchar(255),
  `totp_seed` varchar(255),
  `mfa_hashed_recovery_codes` json,
  `public_email` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_at` datetime(6),
  `policies_acknowledged_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`webauthn_id`)
);

CREATE TABLE `ownership_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rubygem_id` bigint,
  `ownership_call_id` bigint,
  `user_id` bigint,
  `note` text,
  `status` smallint NOT NULL DEFAULT 0,
  `approver_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ownership_call_id`) REFERENCES `ownership_calls` (`id`),
  FOREIGN KEY (`approver_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `ownerships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rubygem_id` int,
  `user_id` int,
  `token` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `push_notifier` tinyint(1) NOT NULL DEFAULT 1,
  `confirmed_at` datetime,
  `token_expires_at` datetime,
  `owner_notifier` tinyint(1) NOT NULL DEFAULT 1,
  `authorizer_id` int,
  `ownership_request_notifier` tinyint(1) NOT NULL DEFAULT 1,
  `role` int NOT NULL DEFAULT 70,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `rubygem_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `rubygem_transfers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `status` varchar(255) NOT NULL DEFAULT 'pending',
  `organization_id` bigint,
  `created_by_id` bigint NOT NULL,
  `completed_at` datetime(6),
  `error` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `rubygems` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
);

CREATE TABLE `sendgrid_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sendgrid_id` varchar(255) NOT NULL,
  `email` varchar(255),
  `event_type` varchar(255),
  `occurred_at` datetime,
  `payload` json NOT NULL,
  `status` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`sendgrid_id`)
);

CREATE TABLE `subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rubygem_id` int,
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `authors` text,
  `description` text,
  `number` varchar(255),
  `rubygem_id` int,
  `built_at` datetime,
  `updated_at` datetime,
  `summary` text,
  `platform` varchar(255),
  `created_at` datetime,
  `indexed` tinyint(1) DEFAULT 1,
  `prerelease` tinyint(1),
  `position` int,
  `latest` tinyint(1),
  `full_name` varchar(255),
  `size` int,
  `licenses` varchar(255),
  `requirements` text,
  `required_ruby_version` varchar(255),
  `sha256` varchar(255),
  `metadata` json NOT NULL,
  `yanked_at` datetime,
  `required_rubygems_version` varchar(255),
  `info_checksum` varchar(255),
  `yanked_info_checksum` varchar(255),
  `pusher_id` bigint,
  `cert_chain` text,
  `canonical_number` varchar(255),
  `pusher_api_key_id` bigint,
  `gem_platform` varchar(255),
  `gem_full_name` varchar(255),
  `spec_sha256` varchar(44),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`canonical_number`, `rubygem_id`, `platform`),
  UNIQUE KEY (`rubygem_id`, `number`, `platform`),
  FOREIGN KEY (`pusher_api_key_id`) REFERENCES `api_keys` (`id`),
  FOREIGN KEY (`rubygem_id`) REFERENCES `rubygems` (`id`)
);

CREATE TABLE `web_hooks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `url` varchar(255),
  `failure_count` int DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `rubygem_id` int,
  `disabled_reason` text,
  `disabled_at` datetime,
  `last_success` datetime,
  `last_failure` datetime,
  `successes_since_last_failure` int DEFAULT 0,
  `failures_since_last_success` int DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `webauthn_credentials` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `external_id` varchar(255) NOT NULL,
  `public_key` varchar(255) NOT NULL,
  `nickname` varchar(255) NOT NULL,
  `sign_count` bigint NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`external_id`)
);

CREATE TABLE `webauthn_verifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `path_token` varchar(128),
  `path_token_expires_at` datetime(6),
  `otp` varchar(255),
  `otp_expires_at` datetime(6),
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`)
);

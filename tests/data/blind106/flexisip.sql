-- Flexisip Account Manager (FlexiAPI), BelledonneCommunications/flexisip-account-manager flexiapi/database/migrations/*.php
-- (Laravel migrations replayed in order, MySQL driver branch; indexes, unique keys and foreign keys left out)

CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(160) NOT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `failed_jobs` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spaces` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `domain` varchar(64) NOT NULL,
  `super` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `disable_chat_feature` tinyint(1) NOT NULL DEFAULT 0,
  `disable_meetings_feature` tinyint(1) NOT NULL DEFAULT 0,
  `disable_broadcast_feature` tinyint(1) NOT NULL DEFAULT 1,
  `max_account` int NOT NULL DEFAULT 0,
  `hide_settings` tinyint(1) NOT NULL DEFAULT 0,
  `hide_account_settings` tinyint(1) NOT NULL DEFAULT 0,
  `disable_call_recordings_feature` tinyint(1) NOT NULL DEFAULT 0,
  `only_display_sip_uri_username` tinyint(1) NOT NULL DEFAULT 0,
  `assistant_hide_create_account` tinyint(1) NOT NULL DEFAULT 0,
  `assistant_disable_qr_code` tinyint(1) NOT NULL DEFAULT 0,
  `assistant_hide_third_party_account` tinyint(1) NOT NULL DEFAULT 0,
  `host` varchar(255) NOT NULL,
  `max_accounts` int NOT NULL DEFAULT 0,
  `expire_at` datetime NULL DEFAULT NULL,
  `copyright_text` text NULL,
  `intro_registration_text` text NULL,
  `newsletter_registration_address` varchar(255) NULL DEFAULT NULL,
  `account_proxy_registrar_address` varchar(255) NULL DEFAULT NULL,
  `custom_provisioning_entries` text NULL,
  `custom_provisioning_overwrite_all` tinyint(1) NOT NULL DEFAULT 0,
  `web_panel` tinyint(1) NOT NULL DEFAULT 1,
  `public_registration` tinyint(1) NOT NULL DEFAULT 1,
  `phone_registration` tinyint(1) NOT NULL DEFAULT 1,
  `intercom_features` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `unique_email` tinyint(1) NOT NULL DEFAULT 1,
  `carddav_user_credentials` tinyint(1) NOT NULL DEFAULT 0,
  `theme_hue` int NULL DEFAULT NULL,
  `logo` varchar(255) NULL DEFAULT NULL,
  `client_certificate_authentication` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(64) NOT NULL,
  `domain` varchar(64) NOT NULL,
  `email` varchar(64) NULL DEFAULT NULL,
  `activated` tinyint(1) NOT NULL DEFAULT 0,
  `ip_address` varchar(39) NOT NULL,
  `user_agent` varchar(256) NOT NULL,
  `created_at` datetime NOT NULL,
  `expire_time` datetime NULL DEFAULT NULL,
  `display_name` varchar(255) NULL DEFAULT NULL,
  `dtmf_protocol` varchar(255) NULL DEFAULT NULL,
  `updated_at` datetime NULL DEFAULT NULL,
  `blocked` tinyint(1) NOT NULL DEFAULT 0,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `phone` varchar(64) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `passwords` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NOT NULL,
  `password` varchar(255) NOT NULL,
  `algorithm` varchar(10) NOT NULL DEFAULT 'MD5',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `opaques` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NOT NULL,
  `nonce` varchar(255) NOT NULL,
  `nc` int NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `ip` varchar(255) NOT NULL,
  `opaque` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NOT NULL,
  `key` varchar(160) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `last_used_at` datetime NOT NULL,
  `ip` varchar(255) NULL DEFAULT NULL,
  `requests` int NOT NULL DEFAULT 0,
  `name` varchar(255) NULL DEFAULT NULL,
  `expires_after_last_used_minutes` int NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_change_codes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NOT NULL,
  `code` varchar(255) NULL DEFAULT NULL,
  `phone` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `ip` varchar(255) NULL DEFAULT NULL,
  `user_agent` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_change_codes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NOT NULL,
  `code` varchar(255) NULL DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `ip` varchar(255) NULL DEFAULT NULL,
  `user_agent` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_creation_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `pn_provider` varchar(255) NULL DEFAULT NULL,
  `pn_param` varchar(255) NULL DEFAULT NULL,
  `pn_prid` varchar(255) NULL DEFAULT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `account_id` int unsigned NULL DEFAULT NULL,
  `ip` varchar(255) NULL DEFAULT NULL,
  `user_agent` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_creation_request_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `token` varchar(16) NOT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `validated_at` datetime NULL DEFAULT NULL,
  `acc_creation_token_id` bigint unsigned NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `ip` varchar(255) NULL DEFAULT NULL,
  `user_agent` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_recovery_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `pn_provider` varchar(255) NOT NULL,
  `pn_param` varchar(255) NOT NULL,
  `pn_prid` varchar(255) NOT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `ip` varchar(255) NULL DEFAULT NULL,
  `user_agent` varchar(255) NULL DEFAULT NULL,
  `account_id` int unsigned NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_tombstones` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(64) NOT NULL,
  `domain` varchar(64) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts` (
  `account_id` int unsigned NOT NULL,
  `contact_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_types` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `key` varchar(64) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_account_type` (
  `account_id` int unsigned NOT NULL,
  `account_type_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_actions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NOT NULL,
  `key` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NULL DEFAULT NULL,
  `token` varchar(32) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `ip` varchar(255) NULL DEFAULT NULL,
  `user_agent` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provisioning_tokens` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NOT NULL,
  `token` varchar(255) NULL DEFAULT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `ip` varchar(255) NULL DEFAULT NULL,
  `user_agent` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recovery_codes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NOT NULL,
  `code` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `ip` varchar(255) NULL DEFAULT NULL,
  `user_agent` varchar(255) NULL DEFAULT NULL,
  `phone` varchar(255) NULL DEFAULT NULL,
  `email` varchar(255) NULL DEFAULT NULL,
  `attempts` tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reset_password_email_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `token` varchar(16) NOT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `email` varchar(255) NOT NULL,
  `account_id` int unsigned NOT NULL,
  `ip` varchar(255) NULL DEFAULT NULL,
  `user_agent` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts_lists` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` text NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `space_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_contacts_list` (
  `account_id` int unsigned NOT NULL,
  `contacts_list_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts_list_contact` (
  `contact_id` int unsigned NOT NULL,
  `contacts_list_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statistics_calls` (
  `id` varchar(64) NOT NULL,
  `from_username` varchar(256) NOT NULL,
  `from_domain` varchar(256) NOT NULL,
  `to_username` varchar(256) NOT NULL,
  `to_domain` varchar(256) NOT NULL,
  `initiated_at` datetime NOT NULL,
  `ended_at` datetime NULL DEFAULT NULL,
  `conference_id` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statistics_call_devices` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `call_id` varchar(64) NOT NULL,
  `device_id` varchar(64) NOT NULL,
  `rang_at` datetime NULL DEFAULT NULL,
  `invite_terminated_at` datetime NULL DEFAULT NULL,
  `invite_terminated_state` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statistics_messages` (
  `id` varchar(64) NOT NULL,
  `from_username` varchar(256) NOT NULL,
  `from_domain` varchar(256) NOT NULL,
  `sent_at` datetime NOT NULL,
  `encrypted` tinyint(1) NOT NULL DEFAULT 0,
  `conference_id` varchar(255) NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statistics_message_devices` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `message_id` varchar(64) NOT NULL,
  `to_username` varchar(256) NOT NULL,
  `to_domain` varchar(256) NOT NULL,
  `device_id` varchar(64) NOT NULL,
  `last_status` int NOT NULL,
  `received_at` datetime NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_dictionary_entries` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `account_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vcards_storage` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(45) NOT NULL,
  `vcard` text NOT NULL,
  `account_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_countries` (
  `code` varchar(2) NOT NULL,
  `country_code` varchar(3) NOT NULL,
  `activated` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_accounts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(64) NOT NULL,
  `domain` varchar(64) NOT NULL,
  `password` varchar(255) NOT NULL,
  `algorithm` varchar(10) NOT NULL DEFAULT 'MD5',
  `realm` varchar(64) NULL DEFAULT NULL,
  `registrar` varchar(64) NULL DEFAULT NULL,
  `outbound_proxy` varchar(64) NULL DEFAULT NULL,
  `protocol` varchar(4) NOT NULL DEFAULT 'UDP',
  `account_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `space_email_servers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `host` varchar(64) NOT NULL,
  `port` int NOT NULL,
  `username` varchar(128) NULL DEFAULT NULL,
  `password` varchar(128) NULL DEFAULT NULL,
  `from_address` varchar(128) NULL DEFAULT NULL,
  `from_name` varchar(128) NULL DEFAULT NULL,
  `signature` varchar(256) NULL DEFAULT NULL,
  `space_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `space_carddav_servers` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `space_id` bigint unsigned NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `uri` varchar(255) NOT NULL,
  `min_characters` int NOT NULL DEFAULT 3,
  `results_limit` int NOT NULL DEFAULT 0,
  `timeout` int NOT NULL DEFAULT 5,
  `delay` int NOT NULL DEFAULT 500,
  `fields_for_user_input` varchar(255) NULL DEFAULT NULL,
  `fields_for_domain` varchar(255) NULL DEFAULT NULL,
  `use_exact_match_policy` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_carddav_credentials` (
  `username` varchar(64) NOT NULL,
  `password` varchar(255) NOT NULL,
  `realm` varchar(255) NOT NULL,
  `algorithm` varchar(10) NOT NULL DEFAULT 'MD5',
  `space_carddav_server_id` bigint unsigned NOT NULL,
  `account_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_files` (
  `id` char(36) NOT NULL,
  `account_id` int unsigned NULL DEFAULT NULL,
  `name` varchar(255) NULL DEFAULT NULL,
  `size` int NULL DEFAULT NULL,
  `content_type` varchar(255) NOT NULL,
  `sip_from` text NULL,
  `uploaded_at` datetime NULL DEFAULT NULL,
  `sending_by_mail_at` datetime NULL DEFAULT NULL,
  `sending_by_mail_tryouts` int NOT NULL DEFAULT 0,
  `sent_by_mail_at` datetime NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_forwardings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` int unsigned NULL DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `forward_to` varchar(255) NOT NULL,
  `sip_uri` varchar(255) NULL DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `contact_id` int unsigned NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wizards` (
  `token` varchar(8) NOT NULL,
  `account_id` int unsigned NOT NULL,
  `provisioning_account_id` int unsigned NULL DEFAULT NULL,
  `sip` varchar(255) NULL DEFAULT NULL,
  `linphone_action` varchar(255) NULL DEFAULT NULL,
  `linphone_use_sips` tinyint(1) NULL DEFAULT NULL,
  `used_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `space_oidc_authentication_configurations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `server_url` varchar(255) NOT NULL,
  `realm` varchar(255) NOT NULL,
  `sip_identifier` varchar(255) NOT NULL DEFAULT 'sip_identity',
  `public_key` text NULL,
  `client_id` varchar(255) NULL DEFAULT NULL,
  `client_secret` varchar(255) NULL DEFAULT NULL,
  `auto_provisioning` tinyint(1) NULL DEFAULT 0,
  `role_provisioning` varchar(255) NULL DEFAULT NULL,
  `space_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `space_digest_authentication_configurations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `realm` varchar(255) NOT NULL,
  `default_password_algorithm` varchar(10) NOT NULL DEFAULT 'SHA-256',
  `space_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- addy.io, formerly AnonAddy (anonaddy/anonaddy, AGPL-3.0), commit 202b77297ad60331f96fd0469997540063acd54a.
-- The 92 Laravel migrations of database/migrations replayed in order into MariaDB 10.11 by a stand-in
-- for Laravel 13's schema builder (MySQL grammar: uuid char(36), boolean tinyint(1), timestamps,
-- ->after(), ->change() as MODIFY), Eloquent data steps skipped on the empty database; the final tables
-- as MariaDB writes them (SHOW CREATE TABLE), in foreign-key order. The Passport oauth_* tables are
-- created and later dropped by the migrations, so they are not here.
CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  KEY `password_resets_email_index` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `deleted_usernames` (
  `username` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `failed_jobs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `personal_access_tokens` (
  `id` char(36) NOT NULL,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text DEFAULT NULL,
  `last_used_at` timestamp NULL DEFAULT NULL,
  `expires_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`),
  KEY `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`,`tokenable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `domains` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `default_recipient_id` char(36) DEFAULT NULL,
  `domain` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `from_name` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `catch_all` tinyint(1) NOT NULL DEFAULT 1,
  `auto_create_regex` varchar(255) DEFAULT NULL,
  `domain_verified_at` timestamp NULL DEFAULT NULL,
  `domain_mx_validated_at` timestamp NULL DEFAULT NULL,
  `domain_sending_verified_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domains_domain_unique` (`domain`),
  KEY `domains_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `outbound_messages` (
  `id` varchar(12) NOT NULL,
  `user_id` char(36) NOT NULL,
  `alias_id` char(36) DEFAULT NULL,
  `recipient_id` char(36) DEFAULT NULL,
  `email_type` varchar(5) NOT NULL,
  `encrypted` tinyint(1) NOT NULL DEFAULT 0,
  `bounced` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `outbound_messages_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `rules` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `order` int(10) unsigned NOT NULL DEFAULT 0,
  `conditions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`conditions`)),
  `actions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`actions`)),
  `operator` varchar(3) NOT NULL DEFAULT 'AND',
  `forwards` tinyint(1) NOT NULL DEFAULT 0,
  `replies` tinyint(1) NOT NULL DEFAULT 0,
  `sends` tinyint(1) NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `applied` int(10) unsigned NOT NULL DEFAULT 0,
  `last_applied` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `rules_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `usernames` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `default_recipient_id` char(36) DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `from_name` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `catch_all` tinyint(1) NOT NULL DEFAULT 1,
  `auto_create_regex` varchar(255) DEFAULT NULL,
  `can_login` tinyint(1) NOT NULL DEFAULT 1,
  `external_id` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `usernames_username_unique` (`username`),
  UNIQUE KEY `usernames_external_id_unique` (`external_id`),
  KEY `usernames_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `aliases` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `aliasable_id` char(36) DEFAULT NULL,
  `aliasable_type` varchar(255) DEFAULT NULL,
  `local_part` varchar(255) NOT NULL,
  `extension` varchar(255) DEFAULT NULL,
  `domain` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `pinned` tinyint(1) NOT NULL DEFAULT 0,
  `description` text DEFAULT NULL,
  `from_name` text DEFAULT NULL,
  `attached_recipients_only` tinyint(1) NOT NULL DEFAULT 0,
  `emails_forwarded` int(10) unsigned NOT NULL DEFAULT 0,
  `emails_blocked` int(10) unsigned NOT NULL DEFAULT 0,
  `emails_replied` int(10) unsigned NOT NULL DEFAULT 0,
  `emails_sent` int(10) unsigned NOT NULL DEFAULT 0,
  `last_forwarded` timestamp NULL DEFAULT NULL,
  `last_blocked` timestamp NULL DEFAULT NULL,
  `last_replied` timestamp NULL DEFAULT NULL,
  `last_sent` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `aliases_email_unique` (`email`),
  KEY `aliases_user_id_index` (`user_id`),
  KEY `aliases_aliasable_id_index` (`aliasable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `alias_recipients` (
  `id` char(36) NOT NULL,
  `alias_id` char(36) NOT NULL,
  `recipient_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias_recipients_alias_id_recipient_id_unique` (`alias_id`,`recipient_id`),
  KEY `alias_recipients_recipient_id_index` (`recipient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `blocked_senders` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `type` varchar(10) NOT NULL,
  `value` varchar(255) NOT NULL,
  `blocked` int(10) unsigned NOT NULL DEFAULT 0,
  `last_blocked` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blocked_senders_user_id_type_value_unique` (`user_id`,`type`,`value`),
  KEY `blocked_senders_value_index` (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `failed_deliveries` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `recipient_id` char(36) DEFAULT NULL,
  `alias_id` char(36) DEFAULT NULL,
  `is_stored` tinyint(1) NOT NULL DEFAULT 0,
  `quarantined` tinyint(1) NOT NULL DEFAULT 0,
  `resent` tinyint(1) NOT NULL DEFAULT 0,
  `bounce_type` varchar(4) DEFAULT NULL,
  `remote_mta` varchar(255) DEFAULT NULL,
  `sender` text DEFAULT NULL,
  `destination` text DEFAULT NULL,
  `ir_dedupe_key` varchar(64) DEFAULT NULL,
  `email_type` varchar(5) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `code` text DEFAULT NULL,
  `attempted_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_deliveries_ir_dedupe_key_unique` (`ir_dedupe_key`),
  KEY `failed_deliveries_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `recipients` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `email` text NOT NULL,
  `can_reply_send` tinyint(1) NOT NULL DEFAULT 1,
  `should_encrypt` tinyint(1) NOT NULL DEFAULT 0,
  `inline_encryption` tinyint(1) NOT NULL DEFAULT 0,
  `protected_headers` tinyint(1) NOT NULL DEFAULT 0,
  `remove_pgp_keys` tinyint(1) NOT NULL DEFAULT 1,
  `remove_pgp_signatures` tinyint(1) NOT NULL DEFAULT 1,
  `fingerprint` text DEFAULT NULL,
  `pending` tinyint(1) NOT NULL DEFAULT 0,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `recipients_user_id_index` (`user_id`),
  KEY `recipients_user_pending_created_at_index` (`user_id`,`pending`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `default_username_id` char(36) NOT NULL,
  `from_name` text DEFAULT NULL,
  `email_subject` text DEFAULT NULL,
  `banner_location` varchar(255) NOT NULL DEFAULT 'top',
  `spam_warning_behaviour` varchar(255) NOT NULL DEFAULT 'banner',
  `list_unsubscribe_behaviour` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `display_from_format` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `login_redirect` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `bandwidth` int(10) unsigned NOT NULL DEFAULT 0,
  `reject_until` timestamp NULL DEFAULT NULL,
  `defer_until` timestamp NULL DEFAULT NULL,
  `defer_new_aliases_until` timestamp NULL DEFAULT NULL,
  `username_count` int(10) unsigned NOT NULL DEFAULT 0,
  `default_recipient_id` char(36) NOT NULL,
  `default_alias_domain` varchar(255) DEFAULT NULL,
  `default_alias_format` varchar(255) DEFAULT NULL,
  `alias_separator` varchar(10) NOT NULL DEFAULT '.',
  `use_reply_to` tinyint(1) NOT NULL DEFAULT 0,
  `store_failed_deliveries` tinyint(1) NOT NULL DEFAULT 1,
  `failed_delivery_notification_preference` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `save_alias_last_used` tinyint(1) NOT NULL DEFAULT 1,
  `dark_mode` tinyint(1) NOT NULL DEFAULT 0,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `two_factor_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `webauthn_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `two_factor_secret` text DEFAULT NULL,
  `two_factor_backup_code` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `webauthn_keys` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT 'key',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `credentialId` mediumtext NOT NULL,
  `type` varchar(255) NOT NULL,
  `transports` text NOT NULL,
  `attestationType` varchar(255) NOT NULL,
  `trustPath` text NOT NULL,
  `aaguid` text NOT NULL,
  `credentialPublicKey` text NOT NULL,
  `counter` bigint(20) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `webauthn_keys_user_id_foreign` (`user_id`),
  CONSTRAINT `webauthn_keys_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

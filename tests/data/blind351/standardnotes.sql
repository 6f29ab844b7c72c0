-- Standard Notes server (standardnotes/server), commit 31d2b8a092d8e85982c367197ffcf97cc07e2669 (AGPL-3.0)
-- Upstream's own TypeORM MySQL migrations of the services that keep a database
-- (packages/auth, packages/syncing-server, packages/revisions, packages/websockets: migrations/mysql/*.ts),
-- every queryRunner.query() DDL of each up() replayed in order in MariaDB 10.11 and read back with
-- SHOW CREATE TABLE. The syncing server's legacy `revisions` table is left out: in the self-hosted
-- single database the revisions service moves it into `revisions_revisions` and drops it.

CREATE TABLE `auth_cache_entries` (
  `uuid` varchar(36) NOT NULL,
  `key` text NOT NULL,
  `value` text NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_shared_vault_users` (
  `uuid` varchar(36) NOT NULL,
  `shared_vault_uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `permission` varchar(24) NOT NULL,
  `created_at_timestamp` bigint(20) NOT NULL,
  `updated_at_timestamp` bigint(20) NOT NULL,
  `is_designated_survivor` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`),
  KEY `shared_vault_uuid_on_auth_shared_vault_users` (`shared_vault_uuid`),
  KEY `user_uuid_on_auth_shared_vault_users` (`user_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authenticator_challenges` (
  `uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `challenge` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `unique_user_uuid` (`user_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authenticators` (
  `uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `credential_public_key` blob NOT NULL,
  `counter` bigint(20) NOT NULL,
  `credential_device_type` varchar(32) NOT NULL,
  `credential_backed_up` tinyint(4) NOT NULL,
  `transports` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `credential_id` text NOT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `uuid` varchar(36) NOT NULL,
  `version` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `pw_nonce` varchar(255) DEFAULT NULL,
  `kp_created` varchar(255) DEFAULT NULL,
  `kp_origination` varchar(255) DEFAULT NULL,
  `pw_cost` int(11) DEFAULT NULL,
  `pw_key_size` int(11) DEFAULT NULL,
  `pw_salt` varchar(255) DEFAULT NULL,
  `pw_alg` varchar(255) DEFAULT NULL,
  `pw_func` varchar(255) DEFAULT NULL,
  `encrypted_password` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `locked_until` datetime DEFAULT NULL,
  `num_failed_attempts` int(11) DEFAULT NULL,
  `encrypted_server_key` varchar(255) DEFAULT NULL,
  `server_encryption_version` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`),
  KEY `index_users_on_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emergency_access_invitations` (
  `uuid` varchar(36) NOT NULL,
  `grantor_uuid` varchar(36) NOT NULL,
  `grantee_uuid` varchar(36) NOT NULL,
  `status` varchar(36) NOT NULL,
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`uuid`),
  KEY `grantor_uuid_fk` (`grantor_uuid`),
  KEY `grantee_uuid_fk` (`grantee_uuid`),
  CONSTRAINT `grantee_uuid_fk` FOREIGN KEY (`grantee_uuid`) REFERENCES `users` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `grantor_uuid_fk` FOREIGN KEY (`grantor_uuid`) REFERENCES `users` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offline_settings` (
  `uuid` varchar(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  `server_encryption_version` tinyint(4) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`uuid`),
  KEY `index_offline_settings_on_name_and_email` (`name`,`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offline_user_subscriptions` (
  `uuid` varchar(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `plan_name` varchar(255) NOT NULL,
  `ends_at` bigint(20) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `cancelled` tinyint(1) NOT NULL DEFAULT 0,
  `subscription_id` int(11) NOT NULL,
  PRIMARY KEY (`uuid`),
  KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `uuid` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `version` smallint(6) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `name_and_version` (`name`,`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offline_user_roles` (
  `role_uuid` varchar(36) NOT NULL,
  `offline_user_subscription_uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`role_uuid`,`offline_user_subscription_uuid`),
  KEY `IDX_027ba99043e6902f569d66417f` (`role_uuid`),
  KEY `IDX_cd1b91693f6ee92d5f94ce2775` (`offline_user_subscription_uuid`),
  CONSTRAINT `FK_027ba99043e6902f569d66417f0` FOREIGN KEY (`role_uuid`) REFERENCES `roles` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `FK_cd1b91693f6ee92d5f94ce27758` FOREIGN KEY (`offline_user_subscription_uuid`) REFERENCES `offline_user_subscriptions` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `uuid` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `index_permissions_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `revoked_sessions` (
  `uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `received` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `received_at` datetime DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `api_version` varchar(255) DEFAULT NULL,
  `private_identifier` varchar(36) DEFAULT NULL COMMENT 'Used to identify a session without exposing the UUID in client-side cookies.',
  PRIMARY KEY (`uuid`),
  KEY `index_revoked_sessions_on_user_uuid` (`user_uuid`),
  KEY `index_revoked_sessions_on_private_identifier` (`private_identifier`),
  CONSTRAINT `FK_b357d1397b82bcda5e6cc9b0062` FOREIGN KEY (`user_uuid`) REFERENCES `users` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permissions` (
  `permission_uuid` varchar(36) NOT NULL,
  `role_uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`permission_uuid`,`role_uuid`),
  KEY `IDX_f985b194ff27dde81fb470c192` (`permission_uuid`),
  KEY `IDX_7be6db7b59fb622e6c16ba124c` (`role_uuid`),
  CONSTRAINT `FK_7be6db7b59fb622e6c16ba124c8` FOREIGN KEY (`role_uuid`) REFERENCES `roles` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `FK_f985b194ff27dde81fb470c1920` FOREIGN KEY (`permission_uuid`) REFERENCES `permissions` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_traces` (
  `uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `username` varchar(255) NOT NULL,
  `subscription_plan_name` varchar(64) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `creation_date` date NOT NULL,
  `expires_at` datetime NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `user_uuid_and_creation_date` (`user_uuid`,`creation_date`),
  KEY `subscription_plan_name` (`subscription_plan_name`),
  KEY `creation_date` (`creation_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(255) DEFAULT NULL,
  `hashed_access_token` varchar(255) NOT NULL,
  `hashed_refresh_token` varchar(255) NOT NULL,
  `access_expiration` datetime NOT NULL DEFAULT current_timestamp(),
  `refresh_expiration` datetime NOT NULL,
  `api_version` varchar(255) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `readonly_access` tinyint(1) NOT NULL DEFAULT 0,
  `version` smallint(6) DEFAULT 1,
  `private_identifier` varchar(36) DEFAULT NULL COMMENT 'Used to identify a session without exposing the UUID in client-side cookies.',
  `application` varchar(255) DEFAULT NULL,
  `snjs` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  KEY `index_sessions_on_user_uuid` (`user_uuid`),
  KEY `index_sessions_on_updated_at` (`updated_at`),
  KEY `index_sessions_on_private_identifier` (`private_identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `uuid` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  `server_encryption_version` tinyint(4) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `sensitive` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`),
  KEY `FK_1cc1d030b83d6030795d3e7e63f` (`user_uuid`),
  KEY `index_settings_on_name_and_user_uuid` (`name`,`user_uuid`),
  KEY `index_settings_on_updated_at` (`updated_at`),
  CONSTRAINT `FK_1cc1d030b83d6030795d3e7e63f` FOREIGN KEY (`user_uuid`) REFERENCES `users` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shared_subscription_invitations` (
  `uuid` varchar(36) NOT NULL,
  `inviter_identifier` varchar(255) NOT NULL,
  `inviter_identifier_type` varchar(24) NOT NULL,
  `invitee_identifier` varchar(255) NOT NULL,
  `invitee_identifier_type` varchar(24) NOT NULL,
  `status` varchar(255) NOT NULL,
  `subscription_id` int(11) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`uuid`),
  KEY `inviter_identifier` (`inviter_identifier`),
  KEY `invitee_identifier` (`invitee_identifier`),
  KEY `invitee_and_status` (`invitee_identifier`,`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_subscriptions` (
  `uuid` varchar(36) NOT NULL,
  `plan_name` varchar(255) NOT NULL,
  `ends_at` bigint(20) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `cancelled` tinyint(4) NOT NULL DEFAULT 0,
  `subscription_id` int(11) NOT NULL,
  `subscription_type` varchar(24) NOT NULL,
  `renewed_at` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  KEY `updated_at` (`updated_at`),
  KEY `FK_f44dae0a64c70e6b50de5442d2b` (`user_uuid`),
  CONSTRAINT `FK_f44dae0a64c70e6b50de5442d2b` FOREIGN KEY (`user_uuid`) REFERENCES `users` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription_settings` (
  `uuid` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  `server_encryption_version` tinyint(4) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `sensitive` tinyint(1) NOT NULL DEFAULT 0,
  `user_subscription_uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  KEY `index_subcsription_settings_on_updated_at` (`updated_at`),
  KEY `index_settings_on_name_and_user_subscription_uuid` (`name`,`user_subscription_uuid`),
  KEY `FK_ad2907de2850d8b531ff23329f3` (`user_subscription_uuid`),
  CONSTRAINT `FK_ad2907de2850d8b531ff23329f3` FOREIGN KEY (`user_subscription_uuid`) REFERENCES `user_subscriptions` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_roles` (
  `role_uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`role_uuid`,`user_uuid`),
  KEY `IDX_0ea82c7b2302d7af0f8b789d79` (`role_uuid`),
  KEY `IDX_2ebc2e1e2cb1d730d018893dae` (`user_uuid`),
  CONSTRAINT `FK_0ea82c7b2302d7af0f8b789d797` FOREIGN KEY (`role_uuid`) REFERENCES `roles` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `FK_2ebc2e1e2cb1d730d018893daef` FOREIGN KEY (`user_uuid`) REFERENCES `users` (`uuid`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items` (
  `uuid` varchar(36) NOT NULL,
  `duplicate_of` varchar(36) DEFAULT NULL,
  `items_key_id` varchar(255) DEFAULT NULL,
  `content` mediumtext DEFAULT NULL,
  `content_type` varchar(255) NOT NULL,
  `enc_item_key` text DEFAULT NULL,
  `auth_hash` varchar(255) DEFAULT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `created_at_timestamp` bigint(20) NOT NULL,
  `updated_at_timestamp` bigint(20) NOT NULL,
  `content_size` int(10) unsigned DEFAULT NULL,
  `updated_with_session` varchar(36) DEFAULT NULL,
  `last_edited_by` varchar(36) DEFAULT NULL,
  `shared_vault_uuid` varchar(36) DEFAULT NULL,
  `key_system_identifier` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  KEY `index_items_on_content_type` (`content_type`),
  KEY `index_items_on_user_uuid` (`user_uuid`),
  KEY `index_items_on_deleted` (`deleted`),
  KEY `updated_at_timestamp` (`updated_at_timestamp`),
  KEY `user_uuid_and_updated_at_timestamp_and_created_at_timestamp` (`user_uuid`,`updated_at_timestamp`,`created_at_timestamp`),
  KEY `index_items_on_user_uuid_and_content_type` (`user_uuid`,`content_type`),
  KEY `user_uuid_and_deleted` (`user_uuid`,`deleted`),
  KEY `index_items_on_shared_vault_uuid` (`shared_vault_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `uuid` varchar(36) NOT NULL,
  `recipient_uuid` varchar(36) NOT NULL,
  `sender_uuid` varchar(36) NOT NULL,
  `encrypted_message` text NOT NULL,
  `replaceability_identifier` varchar(255) DEFAULT NULL,
  `created_at_timestamp` bigint(20) NOT NULL,
  `updated_at_timestamp` bigint(20) NOT NULL,
  PRIMARY KEY (`uuid`),
  KEY `recipient_uuid_on_messages` (`recipient_uuid`),
  KEY `sender_uuid_on_messages` (`sender_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `type` varchar(36) NOT NULL,
  `payload` text NOT NULL,
  `created_at_timestamp` bigint(20) NOT NULL,
  `updated_at_timestamp` bigint(20) NOT NULL,
  PRIMARY KEY (`uuid`),
  KEY `index_notifications_on_user_uuid` (`user_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shared_vault_invites` (
  `uuid` varchar(36) NOT NULL,
  `shared_vault_uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `sender_uuid` varchar(36) NOT NULL,
  `encrypted_message` text NOT NULL,
  `permission` varchar(24) NOT NULL,
  `created_at_timestamp` bigint(20) NOT NULL,
  `updated_at_timestamp` bigint(20) NOT NULL,
  PRIMARY KEY (`uuid`),
  KEY `shared_vault_uuid_on_shared_vault_invites` (`shared_vault_uuid`),
  KEY `user_uuid_on_shared_vault_invites` (`user_uuid`),
  KEY `sender_uuid_on_shared_vault_invites` (`sender_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shared_vault_users` (
  `uuid` varchar(36) NOT NULL,
  `shared_vault_uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `permission` varchar(24) NOT NULL,
  `created_at_timestamp` bigint(20) NOT NULL,
  `updated_at_timestamp` bigint(20) NOT NULL,
  `is_designated_survivor` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`),
  KEY `shared_vault_uuid_on_shared_vault_users` (`shared_vault_uuid`),
  KEY `user_uuid_on_shared_vault_users` (`user_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shared_vaults` (
  `uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `file_upload_bytes_used` int(11) NOT NULL,
  `created_at_timestamp` bigint(20) NOT NULL,
  `updated_at_timestamp` bigint(20) NOT NULL,
  PRIMARY KEY (`uuid`),
  KEY `user_uuid_on_shared_vaults` (`user_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `revisions_revisions` (
  `uuid` varchar(36) NOT NULL,
  `item_uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) DEFAULT NULL,
  `content` mediumtext DEFAULT NULL,
  `content_type` varchar(255) DEFAULT NULL,
  `items_key_id` varchar(255) DEFAULT NULL,
  `enc_item_key` text DEFAULT NULL,
  `auth_hash` varchar(255) DEFAULT NULL,
  `creation_date` date DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `edited_by` varchar(36) DEFAULT NULL,
  `shared_vault_uuid` varchar(36) DEFAULT NULL,
  `key_system_identifier` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  KEY `item_uuid` (`item_uuid`),
  KEY `user_uuid` (`user_uuid`),
  KEY `index_revisions_on_shared_vault_uuid` (`shared_vault_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `connections` (
  `uuid` varchar(36) NOT NULL,
  `user_uuid` varchar(36) NOT NULL,
  `session_uuid` varchar(36) NOT NULL,
  `connection_id` varchar(255) NOT NULL,
  `created_at_timestamp` bigint(20) NOT NULL,
  `updated_at_timestamp` bigint(20) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `index_connections_on_connection_id` (`connection_id`),
  KEY `index_connections_on_user_uuid` (`user_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

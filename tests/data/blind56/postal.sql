-- Postal (mail delivery platform) — trimmed schema for the blind exam (tests/data/blind56/).
-- Upstream: github.com/postalserver/postal, commit 8ef89606bc34146fffba77a604dd824e6b1cdcc2 (MIT licence, MIT-LICENCE).
-- Part 1, main database: db/schema.rb (ActiveRecord::Schema[7.0], version 2024_03_11_205229), loaded with
--   ActiveRecord into MariaDB and dumped with mysqldump --no-data (Rails 7 datetimes kept as datetime(6),
--   `precision: nil` ones as datetime); ar_internal_metadata left out.
-- Part 2, per-server message database ("postal-server-<id>"): lib/postal/message_db/migrations/01..20 replayed
--   through upstream's Provisioner#create_table_query into MariaDB and dumped the same way, plus one daily raw
--   message table (Provisioner#create_raw_table, named raw-YYYY-MM-DD). Its `webhook_requests` (a log table that
--   has the same name as the main database's webhook queue) is left out.
-- No foreign keys are declared upstream.

-- ===== main database =====
CREATE TABLE `additional_route_endpoints` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `route_id` int(11) DEFAULT NULL,
  `endpoint_type` varchar(255) DEFAULT NULL,
  `endpoint_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `address_endpoints` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_id` int(11) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `last_used_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `authie_sessions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255) DEFAULT NULL,
  `browser_id` varchar(255) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `active` tinyint(1) DEFAULT 1,
  `data` text DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  `login_at` datetime DEFAULT NULL,
  `login_ip` varchar(255) DEFAULT NULL,
  `last_activity_at` datetime DEFAULT NULL,
  `last_activity_ip` varchar(255) DEFAULT NULL,
  `last_activity_path` varchar(255) DEFAULT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `user_type` varchar(255) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `two_factored_at` datetime DEFAULT NULL,
  `two_factored_ip` varchar(255) DEFAULT NULL,
  `requests` int(11) DEFAULT 0,
  `password_seen_at` datetime DEFAULT NULL,
  `token_hash` varchar(255) DEFAULT NULL,
  `host` varchar(255) DEFAULT NULL,
  `skip_two_factor` tinyint(1) DEFAULT 0,
  `login_ip_country` varchar(255) DEFAULT NULL,
  `two_factored_ip_country` varchar(255) DEFAULT NULL,
  `last_activity_ip_country` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_authie_sessions_on_browser_id` (`browser_id`(8)),
  KEY `index_authie_sessions_on_token` (`token`(8)),
  KEY `index_authie_sessions_on_token_hash` (`token_hash`(8)),
  KEY `index_authie_sessions_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `credentials` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_id` int(11) DEFAULT NULL,
  `key` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `options` text DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `hold` tinyint(1) DEFAULT 0,
  `uuid` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `domains` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_id` int(11) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `verification_token` varchar(255) DEFAULT NULL,
  `verification_method` varchar(255) DEFAULT NULL,
  `verified_at` datetime DEFAULT NULL,
  `dkim_private_key` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `dns_checked_at` datetime(6) DEFAULT NULL,
  `spf_status` varchar(255) DEFAULT NULL,
  `spf_error` varchar(255) DEFAULT NULL,
  `dkim_status` varchar(255) DEFAULT NULL,
  `dkim_error` varchar(255) DEFAULT NULL,
  `mx_status` varchar(255) DEFAULT NULL,
  `mx_error` varchar(255) DEFAULT NULL,
  `return_path_status` varchar(255) DEFAULT NULL,
  `return_path_error` varchar(255) DEFAULT NULL,
  `outgoing` tinyint(1) DEFAULT 1,
  `incoming` tinyint(1) DEFAULT 1,
  `owner_type` varchar(255) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `dkim_identifier_string` varchar(255) DEFAULT NULL,
  `use_for_any` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_domains_on_server_id` (`server_id`),
  KEY `index_domains_on_uuid` (`uuid`(8))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `http_endpoints` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_id` int(11) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `encoding` varchar(255) DEFAULT NULL,
  `format` varchar(255) DEFAULT NULL,
  `strip_replies` tinyint(1) DEFAULT 0,
  `error` text DEFAULT NULL,
  `disabled_until` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `include_attachments` tinyint(1) DEFAULT 1,
  `timeout` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `ip_addresses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip_pool_id` int(11) DEFAULT NULL,
  `ipv4` varchar(255) DEFAULT NULL,
  `ipv6` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `hostname` varchar(255) DEFAULT NULL,
  `priority` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `ip_pool_rules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) DEFAULT NULL,
  `owner_type` varchar(255) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `ip_pool_id` int(11) DEFAULT NULL,
  `from_text` text DEFAULT NULL,
  `to_text` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `ip_pools` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `default` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_ip_pools_on_uuid` (`uuid`(8))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `organization_ip_pools` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) DEFAULT NULL,
  `ip_pool_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `organization_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `admin` tinyint(1) DEFAULT 0,
  `all_servers` tinyint(1) DEFAULT 1,
  `user_type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `permalink` varchar(255) DEFAULT NULL,
  `time_zone` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `ip_pool_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `suspended_at` datetime(6) DEFAULT NULL,
  `suspension_reason` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_organizations_on_permalink` (`permalink`(8)),
  KEY `index_organizations_on_uuid` (`uuid`(8))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `queued_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_id` int(11) DEFAULT NULL,
  `message_id` int(11) DEFAULT NULL,
  `domain` varchar(255) DEFAULT NULL,
  `locked_by` varchar(255) DEFAULT NULL,
  `locked_at` datetime(6) DEFAULT NULL,
  `retry_after` datetime DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `ip_address_id` int(11) DEFAULT NULL,
  `attempts` int(11) DEFAULT 0,
  `route_id` int(11) DEFAULT NULL,
  `manual` tinyint(1) DEFAULT 0,
  `batch_key` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_queued_messages_on_domain` (`domain`(8)),
  KEY `index_queued_messages_on_message_id` (`message_id`),
  KEY `index_queued_messages_on_server_id` (`server_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `routes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) DEFAULT NULL,
  `server_id` int(11) DEFAULT NULL,
  `domain_id` int(11) DEFAULT NULL,
  `endpoint_id` int(11) DEFAULT NULL,
  `endpoint_type` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `spam_mode` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `mode` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_routes_on_token` (`token`(6))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `scheduled_tasks` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `next_run_after` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_scheduled_tasks_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `schema_migrations` (
  `version` varchar(255) NOT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `servers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `mode` varchar(255) DEFAULT NULL,
  `ip_pool_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `permalink` varchar(255) DEFAULT NULL,
  `send_limit` int(11) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `message_retention_days` int(11) DEFAULT NULL,
  `raw_message_retention_days` int(11) DEFAULT NULL,
  `raw_message_retention_size` int(11) DEFAULT NULL,
  `allow_sender` tinyint(1) DEFAULT 0,
  `token` varchar(255) DEFAULT NULL,
  `send_limit_approaching_at` datetime(6) DEFAULT NULL,
  `send_limit_approaching_notified_at` datetime(6) DEFAULT NULL,
  `send_limit_exceeded_at` datetime(6) DEFAULT NULL,
  `send_limit_exceeded_notified_at` datetime(6) DEFAULT NULL,
  `spam_threshold` decimal(8,2) DEFAULT NULL,
  `spam_failure_threshold` decimal(8,2) DEFAULT NULL,
  `postmaster_address` varchar(255) DEFAULT NULL,
  `suspended_at` datetime(6) DEFAULT NULL,
  `outbound_spam_threshold` decimal(8,2) DEFAULT NULL,
  `domains_not_to_click_track` text DEFAULT NULL,
  `suspension_reason` varchar(255) DEFAULT NULL,
  `log_smtp_data` tinyint(1) DEFAULT 0,
  `privacy_mode` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_servers_on_organization_id` (`organization_id`),
  KEY `index_servers_on_permalink` (`permalink`(6)),
  KEY `index_servers_on_token` (`token`(6)),
  KEY `index_servers_on_uuid` (`uuid`(8))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `smtp_endpoints` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_id` int(11) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `hostname` varchar(255) DEFAULT NULL,
  `ssl_mode` varchar(255) DEFAULT NULL,
  `port` int(11) DEFAULT NULL,
  `error` text DEFAULT NULL,
  `disabled_until` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `statistics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `total_messages` bigint(20) DEFAULT 0,
  `total_outgoing` bigint(20) DEFAULT 0,
  `total_incoming` bigint(20) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `track_certificates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) DEFAULT NULL,
  `certificate` text DEFAULT NULL,
  `intermediaries` text DEFAULT NULL,
  `key` text DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  `renew_after` datetime DEFAULT NULL,
  `verification_path` varchar(255) DEFAULT NULL,
  `verification_string` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_track_certificates_on_domain` (`domain`(8))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `track_domains` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) DEFAULT NULL,
  `server_id` int(11) DEFAULT NULL,
  `domain_id` int(11) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `dns_checked_at` datetime DEFAULT NULL,
  `dns_status` varchar(255) DEFAULT NULL,
  `dns_error` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `ssl_enabled` tinyint(1) DEFAULT 1,
  `track_clicks` tinyint(1) DEFAULT 1,
  `track_loads` tinyint(1) DEFAULT 1,
  `excluded_click_domains` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `user_invites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) DEFAULT NULL,
  `email_address` varchar(255) DEFAULT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_user_invites_on_uuid` (`uuid`(12))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) DEFAULT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `email_address` varchar(255) DEFAULT NULL,
  `password_digest` varchar(255) DEFAULT NULL,
  `time_zone` varchar(255) DEFAULT NULL,
  `email_verification_token` varchar(255) DEFAULT NULL,
  `email_verified_at` datetime DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `password_reset_token` varchar(255) DEFAULT NULL,
  `password_reset_token_valid_until` datetime DEFAULT NULL,
  `admin` tinyint(1) DEFAULT 0,
  `oidc_uid` varchar(255) DEFAULT NULL,
  `oidc_issuer` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_users_on_email_address` (`email_address`(8)),
  KEY `index_users_on_uuid` (`uuid`(8))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `webhook_events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `webhook_id` int(11) DEFAULT NULL,
  `event` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_webhook_events_on_webhook_id` (`webhook_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `webhook_requests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_id` int(11) DEFAULT NULL,
  `webhook_id` int(11) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `event` varchar(255) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `payload` text DEFAULT NULL,
  `attempts` int(11) DEFAULT 0,
  `retry_after` datetime(6) DEFAULT NULL,
  `error` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `locked_by` varchar(255) DEFAULT NULL,
  `locked_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_webhook_requests_on_locked_by` (`locked_by`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `webhooks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_id` int(11) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `last_used_at` datetime DEFAULT NULL,
  `all_events` tinyint(1) DEFAULT 0,
  `enabled` tinyint(1) DEFAULT 1,
  `sign` tinyint(1) DEFAULT 1,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_webhooks_on_server_id` (`server_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `worker_roles` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `role` varchar(255) DEFAULT NULL,
  `worker` varchar(255) DEFAULT NULL,
  `acquired_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_worker_roles_on_role` (`role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- ===== message database (one per mail server) =====
CREATE TABLE `clicks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) DEFAULT NULL,
  `link_id` int(11) DEFAULT NULL,
  `ip_address` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `timestamp` decimal(18,6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `on_message_id` (`message_id`) USING BTREE,
  KEY `on_link_id` (`link_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `deliveries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `code` int(11) DEFAULT NULL,
  `output` varchar(512) DEFAULT NULL,
  `details` varchar(512) DEFAULT NULL,
  `sent_with_ssl` tinyint(1) DEFAULT 0,
  `log_id` varchar(100) DEFAULT NULL,
  `timestamp` decimal(18,6) DEFAULT NULL,
  `time` decimal(8,2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `on_message_id` (`message_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `links` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `hash` varchar(255) DEFAULT NULL,
  `url` text DEFAULT NULL,
  `timestamp` decimal(18,6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `on_message_id` (`message_id`) USING BTREE,
  KEY `on_token` (`token`(8)) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `live_stats` (
  `type` varchar(20) NOT NULL,
  `minute` int(11) NOT NULL,
  `count` int(11) DEFAULT NULL,
  `timestamp` decimal(18,6) DEFAULT NULL,
  PRIMARY KEY (`minute`,`type`(8))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `loads` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) DEFAULT NULL,
  `ip_address` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `timestamp` decimal(18,6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `on_message_id` (`message_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255) DEFAULT NULL,
  `scope` varchar(10) DEFAULT NULL,
  `rcpt_to` varchar(255) DEFAULT NULL,
  `mail_from` varchar(255) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `message_id` varchar(255) DEFAULT NULL,
  `timestamp` decimal(18,6) DEFAULT NULL,
  `route_id` int(11) DEFAULT NULL,
  `domain_id` int(11) DEFAULT NULL,
  `credential_id` int(11) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `held` tinyint(1) DEFAULT 0,
  `size` varchar(255) DEFAULT NULL,
  `last_delivery_attempt` decimal(18,6) DEFAULT NULL,
  `raw_table` varchar(255) DEFAULT NULL,
  `raw_body_id` int(11) DEFAULT NULL,
  `raw_headers_id` int(11) DEFAULT NULL,
  `inspected` tinyint(1) DEFAULT 0,
  `spam` tinyint(1) DEFAULT 0,
  `spam_score` decimal(8,2) DEFAULT 0.00,
  `threat` tinyint(1) DEFAULT 0,
  `threat_details` varchar(255) DEFAULT NULL,
  `bounce` tinyint(1) DEFAULT 0,
  `bounce_for_id` int(11) DEFAULT 0,
  `tag` varchar(255) DEFAULT NULL,
  `loaded` decimal(18,6) DEFAULT NULL,
  `clicked` decimal(18,6) DEFAULT NULL,
  `received_with_ssl` tinyint(1) DEFAULT NULL,
  `hold_expiry` decimal(18,6) DEFAULT NULL,
  `tracked_links` int(11) DEFAULT 0,
  `tracked_images` int(11) DEFAULT 0,
  `parsed` tinyint(4) DEFAULT 0,
  `endpoint_id` int(11) DEFAULT NULL,
  `endpoint_type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `on_message_id` (`message_id`(8)) USING BTREE,
  KEY `on_token` (`token`(6)) USING BTREE,
  KEY `on_bounce_for_id` (`bounce_for_id`) USING BTREE,
  KEY `on_held` (`held`) USING BTREE,
  KEY `on_scope_and_status` (`scope`(1),`spam`,`status`(6),`timestamp`) USING BTREE,
  KEY `on_scope_and_tag` (`scope`(1),`spam`,`tag`(8),`timestamp`) USING BTREE,
  KEY `on_scope_and_spam` (`scope`(1),`spam`,`timestamp`) USING BTREE,
  KEY `on_scope_and_thr_status` (`scope`(1),`threat`,`status`(6),`timestamp`) USING BTREE,
  KEY `on_scope_and_threat` (`scope`(1),`threat`,`timestamp`) USING BTREE,
  KEY `on_rcpt_to` (`rcpt_to`(12),`timestamp`) USING BTREE,
  KEY `on_mail_from` (`mail_from`(12),`timestamp`) USING BTREE,
  KEY `on_raw_table` (`raw_table`(14)) USING BTREE,
  KEY `on_status` (`status`(8)) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `migrations` (
  `version` int(11) NOT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `raw-2024-03-11` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data` longblob DEFAULT NULL,
  `next` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `raw_message_sizes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `table_name` varchar(255) DEFAULT NULL,
  `size` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `on_table_name` (`table_name`(14)) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `spam_checks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) DEFAULT NULL,
  `score` decimal(8,2) DEFAULT NULL,
  `code` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `on_message_id` (`message_id`) USING BTREE,
  KEY `on_code` (`code`(8)) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `stats_daily` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `time` int(11) DEFAULT NULL,
  `incoming` bigint(20) DEFAULT NULL,
  `outgoing` bigint(20) DEFAULT NULL,
  `spam` bigint(20) DEFAULT NULL,
  `bounces` bigint(20) DEFAULT NULL,
  `held` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `on_time` (`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `stats_hourly` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `time` int(11) DEFAULT NULL,
  `incoming` bigint(20) DEFAULT NULL,
  `outgoing` bigint(20) DEFAULT NULL,
  `spam` bigint(20) DEFAULT NULL,
  `bounces` bigint(20) DEFAULT NULL,
  `held` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `on_time` (`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `stats_monthly` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `time` int(11) DEFAULT NULL,
  `incoming` bigint(20) DEFAULT NULL,
  `outgoing` bigint(20) DEFAULT NULL,
  `spam` bigint(20) DEFAULT NULL,
  `bounces` bigint(20) DEFAULT NULL,
  `held` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `on_time` (`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `stats_yearly` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `time` int(11) DEFAULT NULL,
  `incoming` bigint(20) DEFAULT NULL,
  `outgoing` bigint(20) DEFAULT NULL,
  `spam` bigint(20) DEFAULT NULL,
  `bounces` bigint(20) DEFAULT NULL,
  `held` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `on_time` (`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `suppressions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(255) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `reason` varchar(255) DEFAULT NULL,
  `timestamp` decimal(18,6) DEFAULT NULL,
  `keep_until` decimal(18,6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `on_address` (`address`(6)) USING BTREE,
  KEY `on_keep_until` (`keep_until`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

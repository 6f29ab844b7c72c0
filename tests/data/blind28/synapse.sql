-- Synapse (Matrix homeserver): trimmed MySQL DDL for the blind exam tests/data/blind28/.
-- Upstream: github.com/element-hq/synapse  synapse/storage/schema/{common,main,state}/full_schemas/72/full.sql.postgres
--   with every later SQL delta (synapse/storage/schema/*/delta/73 .. 94, *.sql and *.sql.postgres) replayed in
--   order into a scratch PostgreSQL 15 database (schema version 94), commit a58ad44eb0ce3cc14153f921206f322e17339dc5
-- Licence: AGPL-3.0-only (LICENSE-AGPL-3.0; Element also offers a commercial licence)
-- 45 of the resulting tables kept with all their columns, read from information_schema and written as MySQL:
--   text -> TEXT, bigint -> BIGINT, integer -> INT, smallint -> SMALLINT, boolean -> BOOLEAN, bytea -> LONGBLOB,
--   jsonb -> JSON, tsvector -> TEXT; primary keys and unique constraints kept (TEXT key parts with a (255)
--   prefix, as MySQL needs one); foreign keys, plain indexes and sequences left out. Upstream has no column comments.

CREATE TABLE `users` (
  `name` TEXT,
  `password_hash` TEXT,
  `creation_ts` BIGINT,
  `admin` SMALLINT NOT NULL DEFAULT 0,
  `upgrade_ts` BIGINT,
  `is_guest` SMALLINT NOT NULL DEFAULT 0,
  `appservice_id` TEXT,
  `consent_version` TEXT,
  `consent_server_notice_sent` TEXT,
  `user_type` TEXT,
  `deactivated` SMALLINT NOT NULL DEFAULT 0,
  `shadow_banned` BOOLEAN,
  `consent_ts` BIGINT,
  `approved` BOOLEAN,
  `locked` BOOLEAN NOT NULL DEFAULT FALSE,
  `suspended` BOOLEAN NOT NULL DEFAULT FALSE,
  UNIQUE KEY `users_name_key` (`name`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles` (
  `user_id` TEXT NOT NULL,
  `displayname` TEXT,
  `avatar_url` TEXT,
  `full_user_id` TEXT,
  `fields` JSON,
  UNIQUE KEY `profiles_user_id_key` (`user_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `user_id` TEXT NOT NULL,
  `device_id` TEXT NOT NULL,
  `display_name` TEXT,
  `last_seen` BIGINT,
  `ip` TEXT,
  `user_agent` TEXT,
  `hidden` BOOLEAN DEFAULT FALSE,
  UNIQUE KEY `device_uniqueness` (`user_id`(255), `device_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_tokens` (
  `id` BIGINT NOT NULL,
  `user_id` TEXT NOT NULL,
  `device_id` TEXT,
  `token` TEXT NOT NULL,
  `valid_until_ms` BIGINT,
  `puppets_user_id` TEXT,
  `last_validated` BIGINT,
  `refresh_token_id` BIGINT,
  `used` BOOLEAN,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_tokens_token_key` (`token`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `refresh_tokens` (
  `id` BIGINT NOT NULL,
  `user_id` TEXT NOT NULL,
  `device_id` TEXT NOT NULL,
  `token` TEXT NOT NULL,
  `next_token_id` BIGINT,
  `expiry_ts` BIGINT,
  `ultimate_session_expiry_ts` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `refresh_tokens_token_key` (`token`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_tokens` (
  `token` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `expiry_ts` BIGINT NOT NULL,
  `used_ts` BIGINT,
  `auth_provider_id` TEXT,
  `auth_provider_session_id` TEXT,
  PRIMARY KEY (`token`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_ips` (
  `user_id` TEXT NOT NULL,
  `access_token` TEXT NOT NULL,
  `device_id` TEXT,
  `ip` TEXT NOT NULL,
  `user_agent` TEXT NOT NULL,
  `last_seen` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_threepids` (
  `user_id` TEXT NOT NULL,
  `medium` TEXT NOT NULL,
  `address` TEXT NOT NULL,
  `validated_at` BIGINT NOT NULL,
  `added_at` BIGINT NOT NULL,
  UNIQUE KEY `medium_address` (`medium`(255), `address`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_threepid_id_server` (
  `user_id` TEXT NOT NULL,
  `medium` TEXT NOT NULL,
  `address` TEXT NOT NULL,
  `id_server` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_external_ids` (
  `auth_provider` TEXT NOT NULL,
  `external_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  UNIQUE KEY `user_external_ids_auth_provider_external_id_key` (`auth_provider`(255), `external_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_daily_visits` (
  `user_id` TEXT NOT NULL,
  `device_id` TEXT,
  `timestamp` BIGINT NOT NULL,
  `user_agent` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `monthly_active_users` (
  `user_id` TEXT NOT NULL,
  `timestamp` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `erased_users` (
  `user_id` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_validity` (
  `user_id` TEXT NOT NULL,
  `expiration_ts_ms` BIGINT NOT NULL,
  `email_sent` BOOLEAN NOT NULL,
  `renewal_token` TEXT,
  `token_used_ts_ms` BIGINT,
  PRIMARY KEY (`user_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `presence_stream` (
  `stream_id` BIGINT,
  `user_id` TEXT,
  `state` TEXT,
  `last_active_ts` BIGINT,
  `last_federation_update_ts` BIGINT,
  `last_user_sync_ts` BIGINT,
  `status_msg` TEXT,
  `currently_active` BOOLEAN,
  `instance_name` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pushers` (
  `id` BIGINT NOT NULL,
  `user_name` TEXT NOT NULL,
  `access_token` BIGINT,
  `profile_tag` TEXT NOT NULL,
  `kind` TEXT NOT NULL,
  `app_id` TEXT NOT NULL,
  `app_display_name` TEXT NOT NULL,
  `device_display_name` TEXT NOT NULL,
  `pushkey` TEXT NOT NULL,
  `ts` BIGINT NOT NULL,
  `lang` TEXT,
  `data` TEXT,
  `last_stream_ordering` BIGINT,
  `last_success` BIGINT,
  `failing_since` BIGINT,
  `enabled` BOOLEAN,
  `device_id` TEXT,
  `instance_name` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pushers2_app_id_pushkey_user_name_key` (`app_id`(255), `pushkey`(255), `user_name`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_filters` (
  `user_id` TEXT NOT NULL,
  `filter_id` BIGINT NOT NULL,
  `filter_json` LONGBLOB NOT NULL,
  `full_user_id` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_data` (
  `user_id` TEXT NOT NULL,
  `account_data_type` TEXT NOT NULL,
  `stream_id` BIGINT NOT NULL,
  `content` TEXT NOT NULL,
  `instance_name` TEXT,
  UNIQUE KEY `account_data_uniqueness` (`user_id`(255), `account_data_type`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ignored_users` (
  `ignorer_user_id` TEXT NOT NULL,
  `ignored_user_id` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `room_memberships` (
  `event_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `sender` TEXT NOT NULL,
  `room_id` TEXT NOT NULL,
  `membership` TEXT NOT NULL,
  `forgotten` INT DEFAULT 0,
  `display_name` TEXT,
  `avatar_url` TEXT,
  `event_stream_ordering` BIGINT,
  `participant` BOOLEAN DEFAULT FALSE,
  UNIQUE KEY `room_memberships_event_id_key` (`event_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `local_current_membership` (
  `room_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `event_id` TEXT NOT NULL,
  `membership` TEXT NOT NULL,
  `event_stream_ordering` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `topological_ordering` BIGINT NOT NULL,
  `event_id` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `room_id` TEXT NOT NULL,
  `content` TEXT,
  `unrecognized_keys` TEXT,
  `processed` BOOLEAN NOT NULL,
  `outlier` BOOLEAN NOT NULL,
  `depth` BIGINT NOT NULL DEFAULT 0,
  `origin_server_ts` BIGINT,
  `received_ts` BIGINT,
  `sender` TEXT,
  `contains_url` BOOLEAN,
  `instance_name` TEXT,
  `stream_ordering` BIGINT,
  `state_key` TEXT,
  `rejection_reason` TEXT,
  UNIQUE KEY `events_event_id_key` (`event_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_json` (
  `event_id` TEXT NOT NULL,
  `room_id` TEXT NOT NULL,
  `internal_metadata` TEXT NOT NULL,
  `json` TEXT NOT NULL,
  `format_version` INT,
  UNIQUE KEY `event_json_event_id_key` (`event_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_reports` (
  `id` BIGINT NOT NULL,
  `received_ts` BIGINT NOT NULL,
  `room_id` TEXT NOT NULL,
  `event_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `reason` TEXT,
  `content` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_reports` (
  `id` BIGINT NOT NULL,
  `received_ts` BIGINT NOT NULL,
  `target_user_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `reason` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_search` (
  `event_id` TEXT,
  `room_id` TEXT,
  `sender` TEXT,
  `key` TEXT,
  `vector` TEXT,
  `origin_server_ts` BIGINT,
  `stream_ordering` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redactions` (
  `event_id` TEXT NOT NULL,
  `redacts` TEXT NOT NULL,
  `have_censored` BOOLEAN NOT NULL DEFAULT FALSE,
  `received_ts` BIGINT,
  `recheck` BOOLEAN NOT NULL DEFAULT TRUE,
  UNIQUE KEY `redactions_event_id_key` (`event_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rooms` (
  `room_id` TEXT NOT NULL,
  `is_public` BOOLEAN,
  `creator` TEXT,
  `room_version` TEXT,
  `has_auth_chain_index` BOOLEAN,
  PRIMARY KEY (`room_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `room_aliases` (
  `room_alias` TEXT NOT NULL,
  `room_id` TEXT NOT NULL,
  `creator` TEXT,
  UNIQUE KEY `room_aliases_room_alias_key` (`room_alias`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `room_stats_state` (
  `room_id` TEXT NOT NULL,
  `name` TEXT,
  `canonical_alias` TEXT,
  `join_rules` TEXT,
  `history_visibility` TEXT,
  `encryption` TEXT,
  `avatar` TEXT,
  `guest_access` TEXT,
  `is_federatable` BOOLEAN,
  `topic` TEXT,
  `room_type` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `receipts_linearized` (
  `stream_id` BIGINT NOT NULL,
  `room_id` TEXT NOT NULL,
  `receipt_type` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `event_id` TEXT NOT NULL,
  `data` TEXT NOT NULL,
  `instance_name` TEXT,
  `event_stream_ordering` BIGINT,
  `thread_id` TEXT,
  UNIQUE KEY `receipts_linearized_uniqueness_thread` (`room_id`(255), `receipt_type`(255), `user_id`(255), `thread_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_directory` (
  `user_id` TEXT NOT NULL,
  `room_id` TEXT,
  `display_name` TEXT,
  `avatar_url` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `local_media_repository` (
  `media_id` TEXT,
  `media_type` TEXT,
  `media_length` INT,
  `created_ts` BIGINT,
  `upload_name` TEXT,
  `user_id` TEXT,
  `quarantined_by` TEXT,
  `url_cache` TEXT,
  `last_access_ts` BIGINT,
  `safe_from_quarantine` BOOLEAN NOT NULL DEFAULT FALSE,
  `authenticated` BOOLEAN NOT NULL DEFAULT FALSE,
  `sha256` TEXT,
  UNIQUE KEY `local_media_repository_media_id_key` (`media_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `e2e_device_keys_json` (
  `user_id` TEXT NOT NULL,
  `device_id` TEXT NOT NULL,
  `ts_added_ms` BIGINT NOT NULL,
  `key_json` TEXT NOT NULL,
  UNIQUE KEY `e2e_device_keys_json_uniqueness` (`user_id`(255), `device_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `e2e_room_keys` (
  `user_id` TEXT NOT NULL,
  `room_id` TEXT NOT NULL,
  `session_id` TEXT NOT NULL,
  `version` BIGINT NOT NULL,
  `first_message_index` INT,
  `forwarded_count` INT,
  `is_verified` BOOLEAN,
  `session_data` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `threepid_validation_session` (
  `session_id` TEXT NOT NULL,
  `medium` TEXT NOT NULL,
  `address` TEXT NOT NULL,
  `client_secret` TEXT NOT NULL,
  `last_send_attempt` BIGINT NOT NULL,
  `validated_at` BIGINT,
  PRIMARY KEY (`session_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ui_auth_sessions_ips` (
  `session_id` TEXT NOT NULL,
  `ip` TEXT NOT NULL,
  `user_agent` TEXT NOT NULL,
  UNIQUE KEY `ui_auth_sessions_ips_session_id_ip_user_agent_key` (`session_id`(255), `ip`(255), `user_agent`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `open_id_tokens` (
  `token` TEXT NOT NULL,
  `ts_valid_until_ms` BIGINT NOT NULL,
  `user_id` TEXT NOT NULL,
  PRIMARY KEY (`token`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_tokens` (
  `token` TEXT NOT NULL,
  `uses_allowed` INT,
  `pending` INT NOT NULL,
  `completed` INT NOT NULL,
  `expiry_time` BIGINT,
  UNIQUE KEY `registration_tokens_token_key` (`token`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocked_rooms` (
  `room_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `destinations` (
  `destination` TEXT NOT NULL,
  `retry_last_ts` BIGINT,
  `retry_interval` BIGINT,
  `failure_ts` BIGINT,
  `last_successful_stream_ordering` BIGINT,
  PRIMARY KEY (`destination`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ratelimit_override` (
  `user_id` TEXT NOT NULL,
  `messages_per_second` BIGINT,
  `burst_count` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `push_rules` (
  `id` BIGINT NOT NULL,
  `user_name` TEXT NOT NULL,
  `rule_id` TEXT NOT NULL,
  `priority_class` SMALLINT NOT NULL,
  `priority` INT NOT NULL DEFAULT 0,
  `conditions` TEXT NOT NULL,
  `actions` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `push_rules_user_name_rule_id_key` (`user_name`(255), `rule_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `worker_locks` (
  `lock_name` TEXT NOT NULL,
  `lock_key` TEXT NOT NULL,
  `instance_name` TEXT NOT NULL,
  `token` TEXT NOT NULL,
  `last_renewed_ts` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_keys_json` (
  `server_name` TEXT NOT NULL,
  `key_id` TEXT NOT NULL,
  `from_server` TEXT NOT NULL,
  `ts_added_ms` BIGINT NOT NULL,
  `ts_valid_until_ms` BIGINT NOT NULL,
  `key_json` LONGBLOB NOT NULL,
  UNIQUE KEY `server_keys_json_uniqueness` (`server_name`(255), `key_id`(255), `from_server`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Nextcloud Talk (spreed) 19.0.0-beta.5 with the Nextcloud server 29 user and comment tables it refers to.
-- Talk: github.com/nextcloud/spreed lib/Migration/*.php as released in github.com/nextcloud-releases/spreed tag
-- v19.0.0-beta.5 (commit 72ada4734c9100d2d62aafc480654b6fac44dbc4, AGPL-3.0): the Doctrine schema steps of all
-- its migrations replayed in Nextcloud's order. Core: github.com/nextcloud/server core/Migrations
-- (Version13000Date20170718121200 and the later steps that change these tables, up to Nextcloud 29).
-- Table prefix oc_ (Nextcloud's default). Indexes and unique keys are left out; upstream has no comments.

CREATE TABLE `oc_users` (
  `uid` VARCHAR(64) NOT NULL DEFAULT '',
  `displayname` VARCHAR(64) DEFAULT NULL,
  `password` VARCHAR(255) NOT NULL DEFAULT '',
  `uid_lower` VARCHAR(64) DEFAULT '',
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_groups` (
  `gid` VARCHAR(64) NOT NULL DEFAULT '',
  `displayname` VARCHAR(255) NOT NULL DEFAULT 'name',
  PRIMARY KEY (`gid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_group_user` (
  `gid` VARCHAR(64) NOT NULL DEFAULT '',
  `uid` VARCHAR(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`gid`, `uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_group_admin` (
  `gid` VARCHAR(64) NOT NULL DEFAULT '',
  `uid` VARCHAR(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`gid`, `uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_preferences` (
  `userid` VARCHAR(64) NOT NULL DEFAULT '',
  `appid` VARCHAR(32) NOT NULL DEFAULT '',
  `configkey` VARCHAR(64) NOT NULL DEFAULT '',
  `configvalue` LONGTEXT,
  PRIMARY KEY (`userid`, `appid`, `configkey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_accounts` (
  `uid` VARCHAR(64) NOT NULL DEFAULT '',
  `data` LONGTEXT NOT NULL,
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_accounts_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` VARCHAR(64) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `value` VARCHAR(255) DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_comments` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `parent_id` INT UNSIGNED NOT NULL DEFAULT 0,
  `topmost_parent_id` INT UNSIGNED NOT NULL DEFAULT 0,
  `children_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `actor_type` VARCHAR(64) NOT NULL DEFAULT '',
  `actor_id` VARCHAR(64) NOT NULL DEFAULT '',
  `message` LONGTEXT,
  `verb` VARCHAR(64) DEFAULT NULL,
  `creation_timestamp` DATETIME DEFAULT NULL,
  `latest_child_timestamp` DATETIME DEFAULT NULL,
  `object_type` VARCHAR(64) NOT NULL DEFAULT '',
  `object_id` VARCHAR(64) NOT NULL DEFAULT '',
  `reactions` VARCHAR(4000) DEFAULT NULL,
  `expire_date` DATETIME DEFAULT NULL,
  `reference_id` VARCHAR(64) DEFAULT NULL,
  `meta_data` LONGTEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_comments_read_markers` (
  `user_id` VARCHAR(64) NOT NULL DEFAULT '',
  `marker_datetime` DATETIME DEFAULT NULL,
  `object_type` VARCHAR(64) NOT NULL DEFAULT '',
  `object_id` VARCHAR(64) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_reactions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `parent_id` BIGINT UNSIGNED NOT NULL,
  `message_id` BIGINT UNSIGNED NOT NULL,
  `actor_type` VARCHAR(64) NOT NULL DEFAULT '',
  `actor_id` VARCHAR(64) NOT NULL DEFAULT '',
  `reaction` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_rooms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT '',
  `token` VARCHAR(32) DEFAULT '',
  `type` INT NOT NULL,
  `password` VARCHAR(255) DEFAULT '',
  `active_since` DATETIME DEFAULT NULL,
  `active_guests` INT UNSIGNED NOT NULL DEFAULT 0,
  `last_activity` DATETIME DEFAULT NULL,
  `last_message` BIGINT DEFAULT 0,
  `object_type` VARCHAR(64) DEFAULT '',
  `object_id` VARCHAR(64) DEFAULT '',
  `read_only` INT NOT NULL DEFAULT 0,
  `lobby_state` INT NOT NULL DEFAULT 0,
  `lobby_timer` DATETIME DEFAULT NULL,
  `assigned_hpb` INT DEFAULT NULL,
  `sip_enabled` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  `description` LONGTEXT,
  `listable` SMALLINT UNSIGNED DEFAULT 0,
  `call_flag` INT NOT NULL DEFAULT 0,
  `default_permissions` INT NOT NULL DEFAULT 0,
  `call_permissions` INT NOT NULL DEFAULT 0,
  `remote_server` VARCHAR(512) DEFAULT NULL,
  `remote_token` VARCHAR(32) DEFAULT NULL,
  `message_expiration` INT NOT NULL DEFAULT 0,
  `breakout_room_mode` INT NOT NULL DEFAULT 0,
  `breakout_room_status` INT NOT NULL DEFAULT 0,
  `avatar` VARCHAR(24) DEFAULT '',
  `call_recording` INT NOT NULL DEFAULT 0,
  `recording_consent` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  `has_federation` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_commands` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app` VARCHAR(64) DEFAULT '',
  `name` VARCHAR(64) NOT NULL,
  `command` VARCHAR(64) NOT NULL,
  `script` LONGTEXT NOT NULL,
  `response` INT NOT NULL DEFAULT 1,
  `enabled` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_bridges` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `room_id` BIGINT UNSIGNED NOT NULL,
  `json_values` LONGTEXT NOT NULL,
  `enabled` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  `pid` INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_attendees` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `room_id` BIGINT UNSIGNED NOT NULL,
  `actor_type` VARCHAR(32) NOT NULL,
  `actor_id` VARCHAR(255) NOT NULL,
  `display_name` VARCHAR(255) DEFAULT '',
  `pin` VARCHAR(32) DEFAULT NULL,
  `participant_type` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  `favorite` TINYINT(1) DEFAULT 0,
  `notification_level` INT DEFAULT 0,
  `last_joined_call` INT UNSIGNED NOT NULL DEFAULT 0,
  `last_read_message` BIGINT DEFAULT 0,
  `last_mention_message` BIGINT DEFAULT 0,
  `read_privacy` SMALLINT UNSIGNED DEFAULT 0,
  `access_token` VARCHAR(64) DEFAULT NULL,
  `remote_id` VARCHAR(255) DEFAULT NULL,
  `last_mention_direct` BIGINT NOT NULL DEFAULT 0,
  `permissions` INT NOT NULL DEFAULT 0,
  `notification_calls` INT NOT NULL DEFAULT 1,
  `phone_number` VARCHAR(255) DEFAULT '',
  `call_id` VARCHAR(255) DEFAULT '',
  `invited_cloud_id` VARCHAR(255) DEFAULT NULL,
  `state` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  `unread_messages` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attendee_id` BIGINT UNSIGNED NOT NULL,
  `session_id` VARCHAR(512) NOT NULL,
  `in_call` INT NOT NULL DEFAULT 0,
  `last_ping` INT UNSIGNED NOT NULL DEFAULT 0,
  `state` SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_internalsignaling` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `sender` VARCHAR(255) NOT NULL,
  `recipient` VARCHAR(255) NOT NULL,
  `message` LONGTEXT NOT NULL,
  `timestamp` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `room_id` BIGINT UNSIGNED NOT NULL,
  `message_id` BIGINT UNSIGNED NOT NULL,
  `message_time` BIGINT UNSIGNED NOT NULL,
  `object_type` VARCHAR(64) NOT NULL,
  `actor_type` VARCHAR(64) NOT NULL,
  `actor_id` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_polls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `room_id` BIGINT NOT NULL,
  `question` LONGTEXT,
  `options` LONGTEXT,
  `votes` LONGTEXT,
  `num_voters` BIGINT DEFAULT 0,
  `actor_type` VARCHAR(64) NOT NULL,
  `actor_id` VARCHAR(64) NOT NULL,
  `display_name` VARCHAR(255) DEFAULT NULL,
  `status` SMALLINT DEFAULT 0,
  `result_mode` SMALLINT DEFAULT 0,
  `max_votes` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_poll_votes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `poll_id` BIGINT NOT NULL,
  `room_id` BIGINT NOT NULL,
  `actor_type` VARCHAR(64) NOT NULL,
  `actor_id` VARCHAR(64) NOT NULL,
  `display_name` VARCHAR(255) DEFAULT NULL,
  `option_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_bots_server` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  `url` VARCHAR(4000) NOT NULL,
  `url_hash` VARCHAR(64) NOT NULL,
  `description` VARCHAR(4000) DEFAULT NULL,
  `secret` VARCHAR(128) NOT NULL,
  `error_count` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `last_error_date` DATETIME DEFAULT NULL,
  `last_error_message` VARCHAR(4000) DEFAULT NULL,
  `state` SMALLINT UNSIGNED DEFAULT 0,
  `features` INT UNSIGNED NOT NULL DEFAULT 3,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_bots_conversation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `bot_id` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `token` VARCHAR(64) DEFAULT NULL,
  `state` SMALLINT UNSIGNED DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_reminders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(64) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  `message_id` BIGINT UNSIGNED NOT NULL,
  `date_time` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_consent` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(64) NOT NULL,
  `actor_type` VARCHAR(64) NOT NULL,
  `actor_id` VARCHAR(64) NOT NULL,
  `date_time` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(255) NOT NULL,
  `state` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  `local_room_id` BIGINT UNSIGNED NOT NULL,
  `access_token` VARCHAR(64) NOT NULL,
  `remote_server_url` VARCHAR(512) NOT NULL,
  `remote_token` VARCHAR(32) NOT NULL,
  `remote_attendee_id` BIGINT UNSIGNED NOT NULL,
  `inviter_cloud_id` VARCHAR(255) DEFAULT NULL,
  `inviter_display_name` VARCHAR(255) DEFAULT NULL,
  `local_cloud_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_proxy_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `local_token` VARCHAR(32) NOT NULL,
  `remote_server_url` VARCHAR(512) NOT NULL,
  `remote_token` VARCHAR(32) NOT NULL,
  `remote_message_id` BIGINT UNSIGNED NOT NULL,
  `actor_type` VARCHAR(64) NOT NULL,
  `actor_id` VARCHAR(64) NOT NULL,
  `actor_display_name` VARCHAR(255) DEFAULT NULL,
  `message_type` VARCHAR(64) NOT NULL,
  `system_message` VARCHAR(64) DEFAULT NULL,
  `expiration_datetime` DATETIME DEFAULT NULL,
  `message` LONGTEXT,
  `message_parameters` LONGTEXT,
  `creation_datetime` DATETIME DEFAULT NULL,
  `meta_data` LONGTEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_talk_retry_ocm` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `remote_server` VARCHAR(255) NOT NULL,
  `num_attempts` INT UNSIGNED NOT NULL DEFAULT 0,
  `next_retry` DATETIME DEFAULT NULL,
  `notification_type` VARCHAR(64) NOT NULL,
  `resource_type` VARCHAR(64) NOT NULL,
  `provider_id` VARCHAR(64) NOT NULL,
  `notification` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

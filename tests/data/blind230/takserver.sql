-- TAK Server (TAK Product Center) - the server of the Team Awareness Kit (ATAK / WinTAK / iTAK) used by
-- first responders for situational awareness: position reports and other Cursor-on-Target events, chat,
-- connected clients, certificates and user registration, data-sync missions, files, video feeds.
-- Upstream: github.com/TAK-Product-Center/Server, commit 5187abd46d827d37cfc5708805eced197a837e49
-- (GPL-3.0), release line 4.5.
-- Source: the Flyway migrations src/takserver-schemamanager/src/main/resources/db/migration/V7..V99 and
-- R__remove_schema_version_function.sql, replayed in order into PostgreSQL 15 (PostGIS replaced by a
-- stand-in `geometry` domain), then 40 of the 58 resulting tables read from the catalog and written as
-- MySQL. integer/bigint serial -> INT/BIGINT AUTO_INCREMENT, varchar(n) -> VARCHAR(n), unbounded
-- varchar/text -> TEXT (VARCHAR(255) where part of a key), timestamp(3) -> DATETIME(3), numeric -> DOUBLE,
-- bytea -> LONGBLOB, bit varying (group bit vectors) -> TEXT, arrays -> TEXT, jsonb -> LONGTEXT,
-- uuid -> CHAR(36), PostGIS geometry -> GEOMETRY. role_permission.permission_id is widened from INT to
-- BIGINT to match permission.id, which MySQL requires for the foreign key.

CREATE TABLE `cot_router` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` TEXT NOT NULL,
  `cot_type` TEXT NULL,
  `access` TEXT NULL,
  `qos` TEXT NULL,
  `opex` TEXT NULL,
  `start` DATETIME(3) NULL,
  `time` DATETIME(3) NULL,
  `stale` DATETIME(3) NULL,
  `how` TEXT NULL,
  `point_hae` DOUBLE NULL,
  `point_ce` DOUBLE NULL,
  `point_le` DOUBLE NULL,
  `detail` TEXT NULL,
  `servertime` DATETIME(3) NULL,
  `servertime_hour` DATETIME(3) NULL,
  `event_pt` GEOMETRY NULL,
  `groups` TEXT NULL,
  `caveat` TEXT NULL,
  `releaseableto` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cot_image` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `image` LONGBLOB NULL,
  `cot_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cot_image_cot_id_fkey` FOREIGN KEY (`cot_id`) REFERENCES `cot_router` (`id`)
);

CREATE TABLE `cot_thumbnail` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `thumbnail` LONGBLOB NULL,
  `cot_id` BIGINT NOT NULL,
  `cot_image_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cot_thumbnail_cot_id_fkey` FOREIGN KEY (`cot_id`) REFERENCES `cot_router` (`id`),
  CONSTRAINT `cot_thumbnail_cot_image_id_fkey` FOREIGN KEY (`cot_image_id`) REFERENCES `cot_image` (`id`)
);

CREATE TABLE `cot_link` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `containing_event` BIGINT NOT NULL,
  `target_uid` TEXT NOT NULL,
  `target_type` TEXT NOT NULL,
  `relation` TEXT NOT NULL,
  `url` TEXT NULL,
  `remarks` TEXT NULL,
  `mime_type` TEXT NULL,
  `version` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cot_link_containing_event_fkey` FOREIGN KEY (`containing_event`) REFERENCES `cot_router` (`id`)
);

CREATE TABLE `cot_router_chat` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uid` TEXT NOT NULL,
  `cot_type` TEXT NULL,
  `access` TEXT NULL,
  `qos` TEXT NULL,
  `opex` TEXT NULL,
  `start` DATETIME(3) NULL,
  `time` DATETIME(3) NULL,
  `stale` DATETIME(3) NULL,
  `how` TEXT NULL,
  `point_hae` DOUBLE NULL,
  `point_ce` DOUBLE NULL,
  `point_le` DOUBLE NULL,
  `groups` TEXT NULL,
  `detail` TEXT NULL,
  `servertime` DATETIME(3) NULL,
  `sender_callsign` TEXT NULL,
  `dest_callsign` TEXT NULL,
  `dest_uid` TEXT NULL,
  `chat_content` TEXT NULL,
  `chat_room` TEXT NULL,
  `event_pt` GEOMETRY NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uid` TEXT NULL,
  `cot_msg` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `connection_event_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_name` VARCHAR(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `connection_event_type_event_name_key` (`event_name`)
);

CREATE TABLE `client_endpoint` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `callsign` VARCHAR(100) NOT NULL,
  `uid` VARCHAR(100) NOT NULL,
  `username` TEXT NULL,
  `team` TEXT NULL,
  `role` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `client_endpoint_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `client_endpoint_id` INT NOT NULL,
  `connection_event_type_id` INT NOT NULL,
  `created_ts` DATETIME(3) NOT NULL,
  `client_version` VARCHAR(255) NULL,
  `groups` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `client_endpoint_fk` FOREIGN KEY (`client_endpoint_id`) REFERENCES `client_endpoint` (`id`),
  CONSTRAINT `connection_event_type_fk` FOREIGN KEY (`connection_event_type_id`) REFERENCES `connection_event_type` (`id`)
);

CREATE TABLE `tak_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `user_name` VARCHAR(255) NOT NULL,
  `email_address` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255) NULL,
  `last_name` VARCHAR(255) NULL,
  `phone_number` VARCHAR(255) NULL,
  `organization` VARCHAR(255) NULL,
  `state` VARCHAR(255) NULL,
  `activated` TINYINT(1) NOT NULL DEFAULT 0,
  `groups` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tak_user_id_key` (`id`),
  UNIQUE KEY `tak_user_user_name_key` (`user_name`)
);

CREATE TABLE `certificate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creator_dn` VARCHAR(1000) NULL,
  `subject_dn` VARCHAR(1000) NOT NULL,
  `user_dn` VARCHAR(1000) NOT NULL,
  `issuance_date` DATETIME(3) NOT NULL,
  `effective_date` DATETIME(3) NOT NULL,
  `expiration_date` DATETIME(3) NOT NULL,
  `revocation_date` DATETIME(3) NULL,
  `certificate` TEXT NOT NULL,
  `hash` VARCHAR(1000) NULL,
  `client_uid` TEXT NULL,
  `token` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `certificate_private_key` (
  `certificate_id` INT NOT NULL,
  `key_format_code` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`certificate_id`),
  UNIQUE KEY `certificate_private_key_key_key` (`key`),
  CONSTRAINT `certificate_fk` FOREIGN KEY (`certificate_id`) REFERENCES `certificate` (`id`) ON DELETE CASCADE
);

CREATE TABLE `error_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uid` TEXT NULL,
  `callsign` TEXT NULL,
  `log` TEXT NULL,
  `time` DATETIME(3) NULL,
  `filename` TEXT NULL,
  `major_version` TEXT NULL,
  `minor_version` TEXT NULL,
  `platform` TEXT NULL,
  `contents` LONGBLOB NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `active_group_cache` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` TEXT NULL,
  `groupname` TEXT NULL,
  `direction` TEXT NULL,
  `enabled` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `bitpos` INT NOT NULL,
  `create_ts` DATETIME(3) NOT NULL,
  `type` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_bitpos_key` (`bitpos`),
  UNIQUE KEY `groups_name_key` (`name`)
);

CREATE TABLE `group_type_pl` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_type_pl_type_key` (`type`)
);

CREATE TABLE `role` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `role` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_id_key` (`id`)
);

CREATE TABLE `permission` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `permission` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permission_id_key` (`id`)
);

CREATE TABLE `role_permission` (
  `role_id` BIGINT NOT NULL,
  `permission_id` BIGINT NOT NULL,
  PRIMARY KEY (`role_id`, `permission_id`),
  CONSTRAINT `role_permission_permissions_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `permission` (`id`),
  CONSTRAINT `role_permission_role_id_fk` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
);

CREATE TABLE `mission` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `creatoruid` VARCHAR(255) NULL,
  `create_change_id` BIGINT NULL,
  `create_time` DATETIME(3) NOT NULL,
  `tool` TEXT NULL,
  `groups` TEXT NULL,
  `chatroom` VARCHAR(255) NULL,
  `description` VARCHAR(255) NULL,
  `parent_mission_id` BIGINT NULL,
  `password_hash` TEXT NULL,
  `default_role_id` BIGINT NULL,
  `expiration` BIGINT NULL,
  `base_layer` TEXT NULL,
  `bbox` TEXT NULL,
  `path` TEXT NULL,
  `classification` TEXT NULL,
  `last_edited` DATETIME(3) NULL,
  `bounding_polygon` TEXT NULL,
  `invite_only` TINYINT(1) NULL DEFAULT 0,
  `guid` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mission_default_role_id_fk` FOREIGN KEY (`default_role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `parent_mission_fkey` FOREIGN KEY (`parent_mission_id`) REFERENCES `mission` (`id`)
);

CREATE TABLE `mission_subscription` (
  `mission_id` BIGINT NOT NULL,
  `client_uid` VARCHAR(255) NOT NULL,
  `create_time` DATETIME(3) NOT NULL,
  `uid` TEXT NULL,
  `token` TEXT NULL,
  `role_id` BIGINT NULL,
  `username` VARCHAR(255) NULL,
  UNIQUE KEY `mission_subscription_pkey` (`mission_id`, `client_uid`, `username`),
  CONSTRAINT `subscription_role_id_fk` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
);

CREATE TABLE `mission_invitation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mission_name` VARCHAR(255) NOT NULL,
  `invitee` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `creator_uid` TEXT NULL,
  `create_time` DATETIME NULL,
  `token` TEXT NULL,
  `role_id` BIGINT NULL,
  `mission_id` BIGINT NULL,
  `mission_guid` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mission_invitation_mission_name_invitee_key` (`mission_name`, `invitee`),
  CONSTRAINT `invitation_role_id_fk` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
);

CREATE TABLE `mission_change` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `hash` VARCHAR(255) NULL,
  `uid` VARCHAR(255) NULL,
  `mission_name` VARCHAR(255) NULL,
  `ts` DATETIME(3) NOT NULL,
  `change_type` INT NOT NULL,
  `mission_id` BIGINT NULL,
  `creatoruid` VARCHAR(255) NULL,
  `external_data_token` VARCHAR(255) NULL,
  `external_data_name` VARCHAR(255) NULL,
  `external_data_tool` VARCHAR(255) NULL,
  `external_data_uid` VARCHAR(255) NULL,
  `external_data_notes` VARCHAR(255) NULL,
  `servertime` DATETIME(3) NULL,
  `mission_feed_uid` VARCHAR(255) NULL,
  `map_layer_uid` VARCHAR(255) NULL,
  `remote_federated_change` TINYINT(1) NULL DEFAULT 0,
  `xml_content_for_notification` TEXT NULL,
  `mission_guid` CHAR(36) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mission_log` (
  `id` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `creator_uid` TEXT NULL,
  `dtg` DATETIME(3) NULL,
  `entry_uid` TEXT NULL,
  `servertime` DATETIME(3) NULL,
  `created` DATETIME(3) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mission_log_mission_name` (
  `mission_log_id` VARCHAR(255) NOT NULL,
  `missionnames` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`mission_log_id`, `missionnames`)
);

CREATE TABLE `mission_uid` (
  `mission_id` BIGINT NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`mission_id`, `uid`),
  CONSTRAINT `mission_uid_mission_id_fk` FOREIGN KEY (`mission_id`) REFERENCES `mission` (`id`)
);

CREATE TABLE `mission_keyword` (
  `mission_id` BIGINT NOT NULL,
  `keyword` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`mission_id`, `keyword`),
  CONSTRAINT `mission_keyword_mission_id_fk` FOREIGN KEY (`mission_id`) REFERENCES `mission` (`id`)
);

CREATE TABLE `mission_resource` (
  `mission_id` BIGINT NOT NULL,
  `resource_id` INT NOT NULL,
  `resource_hash` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`mission_id`, `resource_id`),
  CONSTRAINT `mission_resource_mission_id_fk` FOREIGN KEY (`mission_id`) REFERENCES `mission` (`id`)
);

CREATE TABLE `mission_feed` (
  `uid` VARCHAR(255) NULL,
  `data_feed_uid` TEXT NULL,
  `filter_polygon` TEXT NULL,
  `filter_cot_types` TEXT NULL,
  `filter_callsign` TEXT NULL,
  `mission_id` BIGINT NULL
);

CREATE TABLE `resource` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `altitude` DOUBLE NULL,
  `data` LONGBLOB NULL,
  `filename` VARCHAR(2048) NULL,
  `keywords` TEXT NULL,
  `location` GEOMETRY NULL,
  `mimetype` VARCHAR(256) NULL,
  `name` VARCHAR(128) NULL,
  `permissions` TEXT NULL,
  `remarks` VARCHAR(2048) NULL,
  `submissiontime` DATETIME(3) NULL,
  `submitter` VARCHAR(128) NULL,
  `uid` VARCHAR(128) NULL,
  `hash` TEXT NULL,
  `creatoruid` VARCHAR(256) NULL,
  `tool` TEXT NULL,
  `groups` TEXT NULL,
  `expiration` BIGINT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ci_trap` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` TEXT NULL,
  `user_callsign` TEXT NULL,
  `user_description` TEXT NULL,
  `date_time` DATETIME NULL,
  `date_time_description` TEXT NULL,
  `location_description` TEXT NULL,
  `event_scale` TEXT NULL,
  `importance` TEXT NULL,
  `uid` TEXT NULL,
  `location` GEOMETRY NULL,
  `hash` TEXT NULL,
  `xml` TEXT NULL,
  `groups` TEXT NULL,
  `title` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `video_connections` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(3) NULL,
  `deleted` TINYINT(1) NULL DEFAULT 0,
  `owner` TEXT NULL,
  `uuid` TEXT NULL,
  `url` TEXT NULL,
  `alias` TEXT NULL,
  `latitude` TEXT NULL,
  `longitude` TEXT NULL,
  `heading` TEXT NULL,
  `fov` TEXT NULL,
  `range` TEXT NULL,
  `type` TEXT NULL,
  `xml` TEXT NULL,
  `groups` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `video_connections_v2` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uid` TEXT NULL,
  `active` TINYINT(1) NULL DEFAULT 1,
  `alias` TEXT NULL,
  `thumbnail` TEXT NULL,
  `classification` TEXT NULL,
  `xml` TEXT NULL,
  `groups` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth2_registered_client` (
  `id` VARCHAR(100) NOT NULL,
  `client_id` VARCHAR(100) NOT NULL,
  `client_id_issued_at` DATETIME NOT NULL,
  `client_secret` VARCHAR(200) NULL,
  `client_secret_expires_at` DATETIME NULL,
  `client_name` VARCHAR(200) NOT NULL,
  `client_authentication_methods` VARCHAR(1000) NOT NULL,
  `authorization_grant_types` VARCHAR(1000) NOT NULL,
  `redirect_uris` VARCHAR(1000) NULL,
  `post_logout_redirect_uris` VARCHAR(1000) NULL,
  `scopes` VARCHAR(1000) NOT NULL,
  `client_settings` VARCHAR(2000) NOT NULL,
  `token_settings` VARCHAR(2000) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth2_authorization` (
  `id` VARCHAR(100) NOT NULL,
  `registered_client_id` VARCHAR(100) NOT NULL,
  `principal_name` VARCHAR(200) NOT NULL,
  `authorization_grant_type` VARCHAR(100) NOT NULL,
  `authorized_scopes` VARCHAR(1000) NULL,
  `attributes` TEXT NULL,
  `state` VARCHAR(500) NULL,
  `authorization_code_value` TEXT NULL,
  `authorization_code_issued_at` DATETIME NULL,
  `authorization_code_expires_at` DATETIME NULL,
  `authorization_code_metadata` TEXT NULL,
  `access_token_value` TEXT NULL,
  `access_token_issued_at` DATETIME NULL,
  `access_token_expires_at` DATETIME NULL,
  `access_token_metadata` TEXT NULL,
  `access_token_type` VARCHAR(100) NULL,
  `access_token_scopes` VARCHAR(1000) NULL,
  `oidc_id_token_value` TEXT NULL,
  `oidc_id_token_issued_at` DATETIME NULL,
  `oidc_id_token_expires_at` DATETIME NULL,
  `oidc_id_token_metadata` TEXT NULL,
  `refresh_token_value` TEXT NULL,
  `refresh_token_issued_at` DATETIME NULL,
  `refresh_token_expires_at` DATETIME NULL,
  `refresh_token_metadata` TEXT NULL,
  `user_code_value` TEXT NULL,
  `user_code_issued_at` DATETIME NULL,
  `user_code_expires_at` DATETIME NULL,
  `user_code_metadata` TEXT NULL,
  `device_code_value` TEXT NULL,
  `device_code_issued_at` DATETIME NULL,
  `device_code_expires_at` DATETIME NULL,
  `device_code_metadata` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `data_feed` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` BIGINT NOT NULL,
  `auth` VARCHAR(255) NULL,
  `port` BIGINT NULL,
  `auth_required` TINYINT(1) NULL DEFAULT 0,
  `protocol` VARCHAR(255) NULL,
  `feed_group` VARCHAR(255) NULL,
  `iface` VARCHAR(255) NULL,
  `archive` TINYINT(1) NULL DEFAULT 1,
  `anongroup` TINYINT(1) NULL DEFAULT 0,
  `sync` TINYINT(1) NULL DEFAULT 0,
  `archive_only` TINYINT(1) NULL DEFAULT 0,
  `core_version` BIGINT NULL,
  `core_version_tls_versions` VARCHAR(255) NULL,
  `groups` TEXT NULL,
  `sync_cache_retention_seconds` BIGINT NULL DEFAULT 3600,
  `federated` TINYINT(1) NULL DEFAULT 1,
  `binary_payload_websocket_only` TINYINT(1) NULL DEFAULT 0,
  `predicate_lang` TEXT NULL,
  `data_source_endpoint` TEXT NULL,
  `predicate` TEXT NULL,
  `auth_type` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `data_feed_uuid_key` (`uuid`)
);

CREATE TABLE `fed_event` (
  `fed_id` VARCHAR(255) NOT NULL,
  `fed_name` VARCHAR(255) NOT NULL,
  `event_kind_id` INT NOT NULL,
  `event_time` DATETIME(3) NOT NULL,
  `remote` TINYINT(1) NOT NULL,
  `details` LONGTEXT NULL,
  PRIMARY KEY (`fed_id`, `fed_name`, `event_kind_id`, `event_time`)
);

CREATE TABLE `fed_event_kind_pl` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_kind` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fed_event_kind_pl_event_kind_key` (`event_kind`)
);

CREATE TABLE `device_profile` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `groups` TEXT NULL,
  `apply_on_enrollment` TINYINT(1) NULL DEFAULT 1,
  `apply_on_connect` TINYINT(1) NULL DEFAULT 0,
  `active` TINYINT(1) NULL DEFAULT 1,
  `updated` DATETIME(3) NOT NULL,
  `tool` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `device_profile_name_unique` (`name`)
);

CREATE TABLE `iconset` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `defaultfriendly` VARCHAR(255) NULL,
  `defaulthostile` VARCHAR(255) NULL,
  `defaultunknown` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL,
  `skipresize` TINYINT(1) NULL,
  `uid` VARCHAR(255) NOT NULL,
  `version` INT NULL,
  `created` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `iconset_uid_key` (`uid`)
);

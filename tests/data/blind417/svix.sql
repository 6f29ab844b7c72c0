-- Svix server (svix-server, the open-source webhook-sending service: consumer applications, their endpoints,
-- event types, messages, per-endpoint destinations and delivery attempts, message contents, metadata)
-- Upstream: github.com/svix/svix-webhooks, commit 4fc0cfb8b426c87ef7e2b937e7d896a71d456a47 (MIT).
-- Source: the 16 sqlx migrations server/svix-server/migrations/*.up.sql (in file-name order, as svix-server runs
-- them on start-up) were replayed into PostgreSQL 15, and every table was written out here as MySQL/MariaDB DDL
-- from the PostgreSQL catalogue; the sea-orm entities in server/svix-server/src/db/models/*.rs name the same
-- columns. Column order is the order the migrations leave (pg attnum). The data rows the migration
-- 20230505222507 inserts (operational-webhook event types) are not reproduced; sqlx's own _sqlx_migrations log is
-- not written. This is the whole schema (svix-server keeps its queue and cache in Redis).
-- Type mapping: character varying (no length) -> varchar(255) where part of a key, else text; text -> text;
-- timestamptz -> datetime(6); jsonb/json -> json; bytea -> longblob; smallint/integer/bigint kept;
-- boolean -> tinyint(1). Defaults: now() + interval '90 day' (message expiration) left out, constants kept.
-- Primary keys, foreign keys (with ON DELETE CASCADE) and the plain btree indexes are upstream's, with upstream's
-- names; the partial unique indexes (application/endpoint/message uid unique per org or app WHERE uid IS NOT NULL),
-- the partial index on message.expiration and the INCLUDE column of messageattempt_per_endp_unified are left out
-- (MySQL has no partial indexes); the COLLATE "C" of the id columns is not reproduced.

CREATE TABLE `application` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `org_id` varchar(255) NOT NULL,
  `uid` varchar(255),
  `name` text NOT NULL,
  `rate_limit` int,
  `deleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `endpoint` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `app_id` varchar(255) NOT NULL,
  `key` longblob NOT NULL,
  `url` text NOT NULL,
  `description` text NOT NULL,
  `event_types_ids` json,
  `version` int NOT NULL,
  `rate_limit` int,
  `deleted` tinyint(1) NOT NULL,
  `disabled` tinyint(1) NOT NULL,
  `first_failure_at` datetime(6),
  `uid` varchar(255),
  `old_keys` json,
  `channels` json,
  `headers` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_endpoint_app_id_application` FOREIGN KEY (`app_id`) REFERENCES `application` (`id`) ON DELETE CASCADE
);

CREATE TABLE `eventtype` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(255) NOT NULL,
  `org_id` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `schemas` json,
  `name` varchar(255) NOT NULL,
  `feature_flag` text,
  `deprecated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_event_type_unique_org` (`org_id`, `name`)
);

CREATE TABLE `message` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `org_id` text NOT NULL,
  `app_id` varchar(255) NOT NULL,
  `event_type` text NOT NULL,
  `uid` varchar(255),
  `payload` json,
  `channels` json,
  `expiration` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_message_per_app` (`app_id`, `id`),
  CONSTRAINT `fk_message_app_id_application` FOREIGN KEY (`app_id`) REFERENCES `application` (`id`) ON DELETE CASCADE
);

CREATE TABLE `messageattempt` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `msg_id` varchar(255) NOT NULL,
  `msg_dest_id` text,
  `endp_id` varchar(255) NOT NULL,
  `url` text NOT NULL,
  `status` smallint NOT NULL,
  `response_status_code` smallint NOT NULL,
  `response` text NOT NULL DEFAULT '',
  `ended_at` datetime(6),
  `trigger_type` smallint NOT NULL,
  `response_duration_ms` bigint NOT NULL DEFAULT 0,
  `attempt_number` smallint NOT NULL DEFAULT -1,
  `next_attempt` datetime(6),
  PRIMARY KEY (`id`),
  KEY `ix_messageattempt_per_msg_no_status` (`msg_id`, `id`),
  KEY `messageattempt_per_endp_unified` (`endp_id`, `status`, `id`)
);

CREATE TABLE `messagedestination` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `msg_id` varchar(255) NOT NULL,
  `endp_id` varchar(255) NOT NULL,
  `status` smallint NOT NULL,
  `next_attempt` datetime(6),
  PRIMARY KEY (`id`),
  KEY `ix_messagedestination_per_endp_no_status` (`endp_id`, `id`),
  KEY `ix_messagedestination_per_endp_with_status` (`endp_id`, `status`, `id`),
  KEY `ix_messagedestination_per_msg_no_status` (`msg_id`),
  CONSTRAINT `fk_messagedestination_endp_id_endpoint` FOREIGN KEY (`endp_id`) REFERENCES `endpoint` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_messagedestination_msg_id_message` FOREIGN KEY (`msg_id`) REFERENCES `message` (`id`) ON DELETE CASCADE
);

CREATE TABLE `applicationmetadata` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(255) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `endpointmetadata` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(255) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messagecontent` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `payload` longblob NOT NULL,
  `expiration` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `messagecontent_expiry` (`expiration`)
);


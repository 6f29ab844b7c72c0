-- Hook0 (open-source webhooks-as-a-service: organisations and their users, plans and prices, applications and
-- their secrets, services / resource types / verbs composing event types, events, subscriptions with their HTTP
-- targets, request attempts and responses, workers, quotas, tokens, sign-up attribution, reactivation e-mails)
-- Upstream: github.com/hook0/hook0, commit 86a9d665080c89ba6f9c7b9de0cb50d72a406125 (Server Side Public
-- License 1.0).
-- Source: the 58 sqlx migrations api/migrations/*.up.sql (in file-name order, as the API runs them on start-up) were
-- replayed into PostgreSQL 15 (uuidv7(), a PostgreSQL 18 built-in used as a default, was stubbed for the replay;
-- the defaults are left out here anyway), and every table was written out here as MySQL/MariaDB DDL from the
-- PostgreSQL catalogue. Upstream spreads the tables over five PostgreSQL schemas (event, iam, infrastructure,
-- pricing, webhook); no two tables share a name, so each is written under its own name, with its schema in a
-- comment above it. Column order is the order the migrations leave (pg attnum). Left out: the materialized view
-- event.events_per_day (derived from event) and sqlx's _sqlx_migrations log.
-- Type mapping: uuid -> char(36); text -> varchar(255) where part of a key, else text; timestamptz ->
-- datetime(6); jsonb -> json; bytea -> longblob (varbinary(255) where indexed); inet -> varchar(45);
-- numeric(7,2) -> decimal(7,2); boolean -> tinyint(1). event_type.event_type__name is a stored generated column
-- upstream (service__name || '.' || resource_type__name || '.' || verb__name), written as a plain column.
-- Defaults: statement_timestamp() -> CURRENT_TIMESTAMP(6), constants kept, gen_random_uuid() / uuidv7() left
-- out. Primary keys, UNIQUE constraints, foreign keys (with their ON DELETE / ON UPDATE actions) and plain btree
-- indexes as upstream, with upstream's names; partial and expression indexes (e.g. the unique lower(email)),
-- CHECK constraints and triggers left out. Three indexes that are not upstream's were added so that MariaDB
-- accepts foreign keys whose referenced columns PostgreSQL finds through a primary key of another column order:
-- service_application__id_service__name_fkref, verb_application__id_verb__name_fkref and
-- resource_type_service__name_application__id_resource_type__name_ (the name cut to 64 characters).

-- PostgreSQL schema pricing
CREATE TABLE `plan` (
  `plan__id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `label` text NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `members_per_organization_limit` int,
  `applications_per_organization_limit` int,
  `events_per_day_limit` int,
  `days_of_events_retention_limit` int,
  `subscriptions_per_application_limit` int,
  `event_types_per_application_limit` int,
  PRIMARY KEY (`plan__id`),
  UNIQUE KEY `plan_name_key` (`name`)
);

-- PostgreSQL schema pricing
CREATE TABLE `price` (
  `price__id` char(36) NOT NULL,
  `plan__id` char(36) NOT NULL,
  `amount` decimal(7,2) NOT NULL,
  `time_basis` text NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `description` text,
  PRIMARY KEY (`price__id`),
  CONSTRAINT `price_plan__id_fkey` FOREIGN KEY (`plan__id`) REFERENCES `plan` (`plan__id`)
);

-- PostgreSQL schema iam
CREATE TABLE `organization` (
  `organization__id` char(36) NOT NULL,
  `name` text NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `price__id` char(36),
  `matomo_activation_emitted_at` datetime(6),
  PRIMARY KEY (`organization__id`),
  KEY `organization_created_by_idx` (`created_by`),
  CONSTRAINT `organization_price__id_fkey` FOREIGN KEY (`price__id`) REFERENCES `price` (`price__id`)
);

-- PostgreSQL schema event
CREATE TABLE `application` (
  `application__id` char(36) NOT NULL,
  `organization__id` char(36) NOT NULL,
  `name` text NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `events_per_day_limit` int,
  `days_of_events_retention_limit` int,
  `deleted_at` datetime(6),
  PRIMARY KEY (`application__id`),
  KEY `application_deleted_at_idx` (`deleted_at`),
  KEY `application_organization__id_idx` (`organization__id`),
  CONSTRAINT `application_organization__id_fkey` FOREIGN KEY (`organization__id`) REFERENCES `organization` (`organization__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema event
CREATE TABLE `service` (
  `service__name` varchar(255) NOT NULL,
  `application__id` char(36) NOT NULL,
  `comment` text,
  PRIMARY KEY (`service__name`, `application__id`),
  KEY `service_application__id_service__name_fkref` (`application__id`, `service__name`),
  CONSTRAINT `service_application__id_fkey` FOREIGN KEY (`application__id`) REFERENCES `application` (`application__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema event
CREATE TABLE `resource_type` (
  `resource_type__name` varchar(255) NOT NULL,
  `application__id` char(36) NOT NULL,
  `service__name` varchar(255) NOT NULL,
  PRIMARY KEY (`application__id`, `service__name`, `resource_type__name`),
  KEY `resource_type_service__name_application__id_resource_type__name_` (`service__name`, `application__id`, `resource_type__name`),
  CONSTRAINT `resource_type_application__id_fkey` FOREIGN KEY (`application__id`) REFERENCES `application` (`application__id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `resource_type_application__id_service__name_fkey` FOREIGN KEY (`application__id`, `service__name`) REFERENCES `service` (`application__id`, `service__name`) ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- PostgreSQL schema event
CREATE TABLE `verb` (
  `verb__name` varchar(255) NOT NULL,
  `application__id` char(36) NOT NULL,
  PRIMARY KEY (`verb__name`, `application__id`),
  KEY `verb_application__id_verb__name_fkref` (`application__id`, `verb__name`),
  CONSTRAINT `verb_application__id_fkey` FOREIGN KEY (`application__id`) REFERENCES `application` (`application__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema event
CREATE TABLE `event_type` (
  `application__id` char(36) NOT NULL,
  `service__name` varchar(255) NOT NULL,
  `resource_type__name` varchar(255) NOT NULL,
  `verb__name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `event_type__name` varchar(255) NOT NULL,
  `deactivated_at` datetime(6),
  PRIMARY KEY (`application__id`, `event_type__name`),
  KEY `event_type_application__id_idx` (`application__id`),
  CONSTRAINT `event_type_application__id_fkey` FOREIGN KEY (`application__id`) REFERENCES `application` (`application__id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_type_application__id_service__name_fkey` FOREIGN KEY (`application__id`, `service__name`) REFERENCES `service` (`application__id`, `service__name`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `event_type_application__id_verb__name_fkey` FOREIGN KEY (`application__id`, `verb__name`) REFERENCES `verb` (`application__id`, `verb__name`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `event_type_service__name_application__id_resource_type__name` FOREIGN KEY (`service__name`, `application__id`, `resource_type__name`) REFERENCES `resource_type` (`service__name`, `application__id`, `resource_type__name`) ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- PostgreSQL schema event
CREATE TABLE `application_secret` (
  `token` char(36) NOT NULL,
  `application__id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `name` text,
  PRIMARY KEY (`token`),
  CONSTRAINT `application_secret_application__id_fkey` FOREIGN KEY (`application__id`) REFERENCES `application` (`application__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema event
CREATE TABLE `event` (
  `event__id` char(36) NOT NULL,
  `application__id` char(36) NOT NULL,
  `event_type__name` varchar(255) NOT NULL,
  `payload` longblob,
  `payload_content_type` text NOT NULL,
  `ip` varchar(45) NOT NULL,
  `metadata` json,
  `occurred_at` datetime(6) NOT NULL,
  `received_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `dispatched_at` datetime(6),
  `application_secret__token` char(36),
  `labels` json NOT NULL,
  PRIMARY KEY (`event__id`),
  KEY `event_application__id_received_at_idx` (`application__id`, `received_at`),
  CONSTRAINT `event_application__id_fkey` FOREIGN KEY (`application__id`) REFERENCES `application` (`application__id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_application_secret__token_fkey` FOREIGN KEY (`application_secret__token`) REFERENCES `application_secret` (`token`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `event_event_type__name_fkey` FOREIGN KEY (`application__id`, `event_type__name`) REFERENCES `event_type` (`application__id`, `event_type__name`) ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- PostgreSQL schema event
CREATE TABLE `all_time_events_per_day` (
  `application__id` char(36) NOT NULL,
  `date` date NOT NULL,
  `amount` int NOT NULL,
  PRIMARY KEY (`application__id`, `date`)
);

-- PostgreSQL schema infrastructure
CREATE TABLE `worker` (
  `worker__id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `public` tinyint(1) NOT NULL DEFAULT 0,
  `queue_type` text NOT NULL DEFAULT 'pg',
  PRIMARY KEY (`worker__id`),
  UNIQUE KEY `worker_name_key` (`name`)
);

-- PostgreSQL schema iam
CREATE TABLE `organization__worker` (
  `organization__id` char(36) NOT NULL,
  `worker__id` char(36) NOT NULL,
  `default` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`organization__id`, `worker__id`),
  CONSTRAINT `organization__worker_organization__id_fkey` FOREIGN KEY (`organization__id`) REFERENCES `organization` (`organization__id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `organization__worker_worker__id_fkey` FOREIGN KEY (`worker__id`) REFERENCES `worker` (`worker__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema iam
CREATE TABLE `user` (
  `user__id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` text NOT NULL,
  `first_name` text NOT NULL,
  `last_name` text NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `email_verified_at` datetime(6),
  `last_login` datetime(6),
  `email_verification_sent_at` datetime(6),
  `reactivation_opted_out_at` datetime(6),
  `email_verification_resend_window_started_at` datetime(6),
  `email_verification_resend_count` int NOT NULL DEFAULT 0,
  `signup_channel` text NOT NULL DEFAULT 'unknown',
  PRIMARY KEY (`user__id`),
  UNIQUE KEY `user_email_key` (`email`)
);

-- PostgreSQL schema iam
CREATE TABLE `user__organization` (
  `user__id` char(36) NOT NULL,
  `organization__id` char(36) NOT NULL,
  `role` text NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user__id`, `organization__id`),
  CONSTRAINT `user__organization_organization__id_fk` FOREIGN KEY (`organization__id`) REFERENCES `organization` (`organization__id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user__organization_user__id_fk` FOREIGN KEY (`user__id`) REFERENCES `user` (`user__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema iam
CREATE TABLE `token` (
  `token__id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `type` text NOT NULL,
  `revocation_id` varbinary(255) NOT NULL,
  `expired_at` datetime(6),
  `organization__id` char(36),
  `name` text,
  `biscuit` text,
  `user__id` char(36),
  `session_id` char(36),
  PRIMARY KEY (`token__id`),
  KEY `token_organization__id_idx` (`organization__id`),
  KEY `token_revocation_id_idx` (`revocation_id`),
  KEY `token_user__id_idx` (`user__id`),
  CONSTRAINT `token_organization__id_fk` FOREIGN KEY (`organization__id`) REFERENCES `organization` (`organization__id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `token_user__id_fk` FOREIGN KEY (`user__id`) REFERENCES `user` (`user__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema iam
CREATE TABLE `signup_attribution` (
  `user__id` char(36) NOT NULL,
  `gclid` text,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `organization__id` char(36),
  `signup_uploaded_at` datetime(6),
  `first_event_uploaded_at` datetime(6),
  `first_webhook_delivered_uploaded_at` datetime(6),
  PRIMARY KEY (`user__id`),
  KEY `signup_attribution_created_at_idx` (`created_at`),
  KEY `signup_attribution_organization_idx` (`organization__id`),
  CONSTRAINT `signup_attribution_organization__id_fkey` FOREIGN KEY (`organization__id`) REFERENCES `organization` (`organization__id`) ON DELETE CASCADE,
  CONSTRAINT `signup_attribution_user__id_fkey` FOREIGN KEY (`user__id`) REFERENCES `user` (`user__id`) ON DELETE CASCADE
);

-- PostgreSQL schema iam
CREATE TABLE `reactivation_email` (
  `user__id` char(36) NOT NULL,
  `step` smallint NOT NULL,
  `sent_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user__id`, `step`),
  CONSTRAINT `reactivation_email_user__id_fkey` FOREIGN KEY (`user__id`) REFERENCES `user` (`user__id`) ON DELETE CASCADE
);

-- PostgreSQL schema pricing
CREATE TABLE `quota_notifications` (
  `quota_notification__id` char(36) NOT NULL,
  `application__id` char(36),
  `organization__id` char(36),
  `name` text NOT NULL,
  `type` text NOT NULL,
  `executed_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  KEY `idx_quota_notifications_app_id` (`application__id`),
  KEY `idx_quota_notifications_org_id` (`organization__id`),
  CONSTRAINT `quota_notification_application__id_fkey` FOREIGN KEY (`application__id`) REFERENCES `application` (`application__id`) ON DELETE CASCADE,
  CONSTRAINT `quota_notification_organization__id_fkey` FOREIGN KEY (`organization__id`) REFERENCES `organization` (`organization__id`) ON DELETE CASCADE
);

-- PostgreSQL schema webhook
CREATE TABLE `subscription` (
  `subscription__id` char(36) NOT NULL,
  `application__id` char(36) NOT NULL,
  `is_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `description` text,
  `secret` char(36) NOT NULL,
  `metadata` json NOT NULL,
  `target__id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `labels` json NOT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`subscription__id`),
  UNIQUE KEY `subscription_target__id_key` (`target__id`),
  KEY `subscription_application__id_idx` (`application__id`),
  CONSTRAINT `subscription_application__id_fkey` FOREIGN KEY (`application__id`) REFERENCES `application` (`application__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema webhook
CREATE TABLE `subscription__event_type` (
  `subscription__id` char(36) NOT NULL,
  `event_type__name` varchar(255) NOT NULL,
  `application__id` char(36) NOT NULL,
  PRIMARY KEY (`subscription__id`, `event_type__name`),
  CONSTRAINT `subscription__event_type_event_type__name_fkey` FOREIGN KEY (`application__id`, `event_type__name`) REFERENCES `event_type` (`application__id`, `event_type__name`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `subscription__event_type_subscription__id_fkey` FOREIGN KEY (`subscription__id`) REFERENCES `subscription` (`subscription__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema webhook
CREATE TABLE `response_error` (
  `response_error__name` varchar(255) NOT NULL,
  PRIMARY KEY (`response_error__name`)
);

-- PostgreSQL schema webhook
CREATE TABLE `response` (
  `response__id` char(36) NOT NULL,
  `response_error__name` varchar(255),
  `http_code` smallint,
  `headers` json,
  `body` longblob,
  `elapsed_time_ms` int,
  PRIMARY KEY (`response__id`),
  CONSTRAINT `response_response_error__name_fkey` FOREIGN KEY (`response_error__name`) REFERENCES `response_error` (`response_error__name`) ON DELETE RESTRICT ON UPDATE CASCADE
);

-- PostgreSQL schema webhook
CREATE TABLE `request_attempt` (
  `request_attempt__id` char(36) NOT NULL,
  `event__id` char(36) NOT NULL,
  `subscription__id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `picked_at` datetime(6),
  `worker_name` text,
  `worker_version` text,
  `failed_at` datetime(6),
  `succeeded_at` datetime(6),
  `delay_until` datetime(6),
  `response__id` char(36),
  `retry_count` smallint NOT NULL DEFAULT 0,
  `application__id` char(36) NOT NULL,
  PRIMARY KEY (`request_attempt__id`),
  UNIQUE KEY `request_attempt_response__id_key` (`response__id`),
  KEY `request_attempt_application__id_idx` (`application__id`),
  KEY `request_attempt_created_at_idx` (`created_at`),
  KEY `request_attempt_event__id_idx` (`event__id`),
  KEY `request_attempt_subscription__id_idx` (`subscription__id`),
  CONSTRAINT `request_attempt_application__id_fkey` FOREIGN KEY (`application__id`) REFERENCES `application` (`application__id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `request_attempt_event__id_fkey` FOREIGN KEY (`event__id`) REFERENCES `event` (`event__id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `request_attempt_response__id_fkey` FOREIGN KEY (`response__id`) REFERENCES `response` (`response__id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `request_attempt_subscription__id_fkey` FOREIGN KEY (`subscription__id`) REFERENCES `subscription` (`subscription__id`) ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- PostgreSQL schema webhook
CREATE TABLE `target` (
  `target__id` char(36) NOT NULL,
  PRIMARY KEY (`target__id`),
  CONSTRAINT `target_target__id_fkey` FOREIGN KEY (`target__id`) REFERENCES `subscription` (`target__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema webhook
CREATE TABLE `target_http` (
  `target__id` char(36) NOT NULL,
  `method` text NOT NULL,
  `url` text NOT NULL,
  `headers` json NOT NULL,
  KEY `target_http_target__id_idx` (`target__id`),
  CONSTRAINT `target_http_target__id_fkey` FOREIGN KEY (`target__id`) REFERENCES `subscription` (`target__id`) ON DELETE CASCADE ON UPDATE CASCADE
);

-- PostgreSQL schema webhook
CREATE TABLE `subscription__worker` (
  `subscription__id` char(36) NOT NULL,
  `worker__id` char(36) NOT NULL,
  PRIMARY KEY (`subscription__id`, `worker__id`),
  CONSTRAINT `subscription__worker_subscription__id_fkey` FOREIGN KEY (`subscription__id`) REFERENCES `subscription` (`subscription__id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `subscription__worker_worker__id_fkey` FOREIGN KEY (`worker__id`) REFERENCES `worker` (`worker__id`) ON DELETE CASCADE ON UPDATE CASCADE
);


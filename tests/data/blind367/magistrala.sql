-- Magistrala (Abstract Machines; formerly Mainflux; Go micro-services, one PostgreSQL database per service)
-- Upstream: github.com/absmach/magistrala, commit 19ed0de7887d35b661cde58f4e7d683e94c49c2b (2026-06-26, the
-- last commit before identity and authorisation moved to ATOM, #3532) (Apache-2.0)
-- Source: the sql-migrate migrations in */postgres/init.go (users, domains, groups, clients, channels, auth,
-- bootstrap, certs, consumers/notifiers, consumers/writers, journal, re, reports, alarms) and
-- pkg/roles/repo/postgres/init.go, each service's Migration() as composed upstream (with the roles and the
-- domains/groups copies it embeds), sorted by Id as sql-migrate does and replayed into its own schema of a
-- scratch PostgreSQL 15 database (ltree in public); then written as MySQL/MariaDB from the catalog.
-- Each table is taken once, from the service that owns it (domains from domains, groups from groups,
-- connections from clients). Left out: the role tables of groups, channels, rules and reports (same three
-- tables as domains_* and clients_*), the copies of domains/groups/rules other services keep, journal's
-- own `subscriptions` (clients' MQTT subscriptions; its name clashes with the notifier's) and bootstrap's
-- legacy tables dropped by its migrations.
-- Types: timestamptz -> datetime(6), boolean -> tinyint(1), jsonb -> json, bytea -> longblob, text[] / ltree
-- -> text, uuid -> char(36). Key columns longer than 255 characters (clients.secret 4096, profiles.name 1024,
-- bindings.slot 256) are varchar(255) so the keys fit InnoDB's limit; the unique key of journal
-- (operation, occurred_at, attributes) is left out (a json column); connections' foreign key to clients is
-- written with its column pairs in the order of clients' unique key (domain_id, id), which MariaDB needs.
-- The partial unique index unique_domain_route_not_null on channels and other indexes are left out.

CREATE TABLE `users` (
  `id` varchar(36) NOT NULL,
  `domain_id` varchar(36),
  `email` varchar(254) NOT NULL,
  `secret` text,
  `tags` text,
  `metadata` json,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `updated_by` varchar(254),
  `status` smallint NOT NULL DEFAULT 0,
  `role` smallint DEFAULT 0,
  `username` varchar(254),
  `first_name` varchar(254) NOT NULL,
  `last_name` varchar(254) NOT NULL,
  `profile_picture` text,
  `verified_at` datetime(6),
  `auth_provider` varchar(254),
  `private_metadata` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `clients_email_key` (`email`),
  UNIQUE KEY `clients_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_verifications` (
  `user_id` varchar(36) NOT NULL,
  `email` varchar(254) NOT NULL,
  `otp` varchar(255),
  `created_at` datetime(6),
  `expires_at` datetime(6),
  `used_at` datetime(6),
  CONSTRAINT `users_verifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `domains` (
  `id` varchar(36) NOT NULL,
  `name` varchar(254),
  `tags` text,
  `metadata` json,
  `route` varchar(254) NOT NULL,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `updated_by` varchar(254),
  `created_by` varchar(254),
  `status` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domains_route_key` (`route`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitations` (
  `invited_by` varchar(36) NOT NULL,
  `invitee_user_id` varchar(36) NOT NULL,
  `domain_id` varchar(36) NOT NULL,
  `role_id` varchar(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6),
  `confirmed_at` datetime(6),
  `rejected_at` datetime(6),
  PRIMARY KEY (`invitee_user_id`, `domain_id`),
  CONSTRAINT `invitations_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domains_roles` (
  `id` varchar(254) NOT NULL,
  `name` varchar(200) NOT NULL,
  `entity_id` varchar(36) NOT NULL,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `updated_by` varchar(254),
  `created_by` varchar(254),
  PRIMARY KEY (`id`),
  UNIQUE KEY `domains_roles_unique_role_name_entity_id_constraint` (`name`, `entity_id`),
  CONSTRAINT `domains_roles_fk_entity_id` FOREIGN KEY (`entity_id`) REFERENCES `domains` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domains_role_actions` (
  `role_id` varchar(254) NOT NULL,
  `action` varchar(254) NOT NULL,
  UNIQUE KEY `domains_role_actions_unique_role_action_constraint` (`role_id`, `action`),
  CONSTRAINT `domains_role_actions_fk_roles_id` FOREIGN KEY (`role_id`) REFERENCES `domains_roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domains_role_members` (
  `role_id` varchar(254) NOT NULL,
  `member_id` varchar(254) NOT NULL,
  `entity_id` varchar(36) NOT NULL,
  UNIQUE KEY `domains_role_members_unique_role_member_constraint` (`role_id`, `member_id`),
  UNIQUE KEY `domains_role_members_unique_entity_member_constraint` (`member_id`, `entity_id`),
  CONSTRAINT `domains_role_members_fk_roles_id` FOREIGN KEY (`role_id`) REFERENCES `domains_roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `groups` (
  `id` varchar(36) NOT NULL,
  `parent_id` varchar(36),
  `domain_id` varchar(36) NOT NULL,
  `name` varchar(1024) NOT NULL,
  `description` varchar(1024),
  `metadata` json,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `updated_by` varchar(254),
  `status` smallint NOT NULL DEFAULT 0,
  `path` text,
  `tags` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `groups_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `clients` (
  `id` varchar(36) NOT NULL,
  `name` varchar(1024),
  `domain_id` varchar(36) NOT NULL,
  `parent_group_id` varchar(36),
  `identity` varchar(254),
  `secret` varchar(255) NOT NULL,
  `tags` text,
  `metadata` json,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `updated_by` varchar(254),
  `status` smallint NOT NULL DEFAULT 0,
  `private_metadata` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `clients_domain_id_secret_key` (`domain_id`, `secret`),
  UNIQUE KEY `clients_domain_id_id_key` (`domain_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `connections` (
  `channel_id` varchar(36) NOT NULL,
  `domain_id` varchar(36) NOT NULL,
  `client_id` varchar(36) NOT NULL,
  `type` smallint NOT NULL,
  PRIMARY KEY (`channel_id`, `domain_id`, `client_id`, `type`),
  CONSTRAINT `connections_client_id_domain_id_fkey` FOREIGN KEY (`domain_id`, `client_id`) REFERENCES `clients` (`domain_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_roles` (
  `id` varchar(254) NOT NULL,
  `name` varchar(200) NOT NULL,
  `entity_id` varchar(36) NOT NULL,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `updated_by` varchar(254),
  `created_by` varchar(254),
  PRIMARY KEY (`id`),
  UNIQUE KEY `clients_roles_unique_role_name_entity_id_constraint` (`name`, `entity_id`),
  CONSTRAINT `clients_roles_fk_entity_id` FOREIGN KEY (`entity_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_role_actions` (
  `role_id` varchar(254) NOT NULL,
  `action` varchar(254) NOT NULL,
  UNIQUE KEY `clients_role_actions_unique_role_action_constraint` (`role_id`, `action`),
  CONSTRAINT `clients_role_actions_fk_roles_id` FOREIGN KEY (`role_id`) REFERENCES `clients_roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_role_members` (
  `role_id` varchar(254) NOT NULL,
  `member_id` varchar(254) NOT NULL,
  `entity_id` varchar(36) NOT NULL,
  UNIQUE KEY `clients_role_members_unique_role_member_constraint` (`role_id`, `member_id`),
  UNIQUE KEY `clients_role_members_unique_entity_member_constraint` (`member_id`, `entity_id`),
  CONSTRAINT `clients_role_members_fk_roles_id` FOREIGN KEY (`role_id`) REFERENCES `clients_roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `channels` (
  `id` varchar(36) NOT NULL,
  `name` varchar(1024),
  `domain_id` varchar(36) NOT NULL,
  `parent_group_id` varchar(36),
  `tags` text,
  `metadata` json,
  `created_by` varchar(254),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `updated_by` varchar(254),
  `status` smallint NOT NULL DEFAULT 0,
  `route` varchar(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `channels_id_domain_id_key` (`id`, `domain_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `keys` (
  `id` varchar(254) NOT NULL,
  `type` smallint,
  `subject` varchar(254) NOT NULL,
  `issuer_id` varchar(254) NOT NULL,
  `issued_at` datetime(6) NOT NULL,
  `expires_at` datetime(6),
  PRIMARY KEY (`id`, `issuer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pats` (
  `id` varchar(36) NOT NULL,
  `name` varchar(254) NOT NULL,
  `user_id` varchar(36),
  `description` text,
  `secret` varchar(255),
  `issued_at` datetime(6),
  `expires_at` datetime(6),
  `updated_at` datetime(6),
  `revoked` tinyint(1),
  `revoked_at` datetime(6),
  `last_used_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `pats_id_name_secret_key` (`id`, `name`, `secret`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pat_scopes` (
  `id` varchar(36) NOT NULL,
  `pat_id` varchar(36),
  `domain_id` varchar(36),
  `entity_type` varchar(50) NOT NULL,
  `operation` varchar(50) NOT NULL,
  `entity_id` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pat_scopes_pat_id_optional_domain_id_entity_type_operation__key` (`pat_id`, `domain_id`, `entity_type`, `operation`, `entity_id`),
  CONSTRAINT `pat_scopes_pat_id_fkey` FOREIGN KEY (`pat_id`) REFERENCES `pats` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `profiles` (
  `id` varchar(36) NOT NULL,
  `domain_id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `content_format` varchar(64) NOT NULL DEFAULT 'go-template',
  `content_template` text,
  `defaults` json,
  `binding_slots` json,
  `version` int NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `profiles_domain_id_name_key` (`domain_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configs` (
  `id` varchar(255) NOT NULL,
  `domain_id` varchar(254) NOT NULL,
  `name` varchar(255),
  `external_id` varchar(255) NOT NULL,
  `external_key` text NOT NULL,
  `content` text,
  `client_cert` text,
  `client_key` text,
  `ca_cert` text,
  `status` bigint NOT NULL,
  `profile_id` varchar(36),
  `render_context` json,
  PRIMARY KEY (`id`, `domain_id`),
  UNIQUE KEY `configs_mainflux_client_key` (`id`),
  UNIQUE KEY `configs_external_id_key` (`external_id`),
  UNIQUE KEY `configs_name_domain_id_key` (`name`, `domain_id`),
  UNIQUE KEY `configs_client_id_domain_id_key` (`id`, `domain_id`),
  CONSTRAINT `configs_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bindings` (
  `config_id` varchar(255) NOT NULL,
  `slot` varchar(255) NOT NULL,
  `type` varchar(64) NOT NULL,
  `resource_id` text NOT NULL,
  `snapshot` json,
  `secret_snapshot` longblob,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`config_id`, `slot`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `cert_entity_mappings` (
  `serial_number` varchar(255) NOT NULL,
  `entity_id` varchar(255) NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`serial_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `subscriptions` (
  `id` varchar(254) NOT NULL,
  `owner_id` varchar(254) NOT NULL,
  `contact` varchar(254),
  `topic` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_topic_contact_key` (`topic`, `contact`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `messages` (
  `id` char(36) NOT NULL,
  `channel` char(36),
  `subtopic` varchar(254) NOT NULL,
  `publisher` char(36) NOT NULL,
  `protocol` text,
  `name` varchar(255) NOT NULL,
  `unit` text,
  `value` double,
  `string_value` text,
  `bool_value` tinyint(1),
  `data_value` longblob,
  `sum` double,
  `time` double NOT NULL,
  `update_time` double,
  PRIMARY KEY (`time`, `publisher`, `subtopic`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `journal` (
  `id` varchar(36) NOT NULL,
  `operation` varchar(255) NOT NULL,
  `domain` text,
  `occurred_at` datetime(6) NOT NULL,
  `attributes` json NOT NULL,
  `metadata` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_telemetry` (
  `client_id` varchar(36) NOT NULL,
  `domain_id` varchar(36) NOT NULL,
  `inbound_messages` bigint DEFAULT 0,
  `outbound_messages` bigint DEFAULT 0,
  `first_seen` datetime(6),
  `last_seen` datetime(6),
  PRIMARY KEY (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `rules` (
  `id` varchar(36) NOT NULL,
  `name` varchar(1024),
  `domain_id` varchar(36) NOT NULL,
  `metadata` json,
  `created_by` varchar(254),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `updated_by` varchar(254),
  `input_channel` varchar(36),
  `input_topic` text,
  `outputs` json,
  `status` smallint NOT NULL DEFAULT 0,
  `logic_type` smallint NOT NULL DEFAULT 0,
  `logic_value` longblob,
  `time` datetime(6),
  `recurring` smallint,
  `recurring_period` smallint,
  `start_datetime` datetime(6),
  `tags` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `report_config` (
  `id` varchar(36) NOT NULL,
  `name` varchar(1024),
  `description` text,
  `domain_id` varchar(36) NOT NULL,
  `status` smallint NOT NULL DEFAULT 0,
  `created_at` datetime(6),
  `created_by` varchar(254),
  `updated_at` datetime(6),
  `updated_by` varchar(254),
  `due` datetime(6),
  `recurring` smallint,
  `recurring_period` smallint,
  `start_datetime` datetime(6),
  `config` json,
  `email` json,
  `metrics` json,
  `report_template` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `alarms` (
  `id` varchar(36) NOT NULL,
  `rule_id` varchar(36) NOT NULL,
  `domain_id` varchar(36) NOT NULL,
  `channel_id` varchar(36) NOT NULL,
  `subtopic` text NOT NULL,
  `client_id` varchar(36) NOT NULL,
  `measurement` text NOT NULL,
  `value` text NOT NULL,
  `unit` text NOT NULL,
  `threshold` text NOT NULL,
  `cause` text NOT NULL,
  `status` smallint NOT NULL DEFAULT 0,
  `severity` smallint NOT NULL DEFAULT 0,
  `assignee_id` varchar(36),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6),
  `updated_by` varchar(36),
  `assigned_at` datetime(6),
  `assigned_by` varchar(36),
  `acknowledged_at` datetime(6),
  `acknowledged_by` varchar(36),
  `resolved_at` datetime(6),
  `resolved_by` varchar(36),
  `metadata` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

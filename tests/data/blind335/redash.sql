-- Redash (getredash/redash, 26.08.0-dev; self-hosted query editor, visualisations, dashboards and alerts;
-- Python / Flask / SQLAlchemy on PostgreSQL).
-- Upstream: github.com/getredash/redash, commit ca79fe988d81cdac9675b412f3dfcab107bc1fbc (models last changed in
-- bac2160e2ab7831743071f26fd6381e213020224), licence BSD-2-Clause.
-- How made: a new Redash installation creates its tables with `db.create_all()` from the SQLAlchemy models of
-- redash/models/ (__init__.py, users.py, organizations.py, changes.py, base.py, mixins.py) and stamps the Alembic
-- head. Those models were imported (SQLAlchemy 1.3.24, as pinned) and every table and index compiled with
-- SQLAlchemy's MySQL dialect, after the PostgreSQL-only column types were replaced: JSONB and ARRAY columns
-- (`settings`, `permissions`, `groups`, `details`, `change`, `layout`, `tags`, `options`, `schedule`,
-- `additional_properties`) → JSON, DOUBLE PRECISION → DOUBLE, the full-text TSVECTOR `queries.search_vector` →
-- TEXT (its GIN index left out). The DDL was loaded into MariaDB 10.11 and dumped with mysqldump --no-data.
-- All 19 tables are kept with upstream's column names and order, primary, unique and foreign keys and indexes.

CREATE TABLE `organizations` (
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `settings` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users` (
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `org_id` int(11) NOT NULL,
  `name` varchar(320) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(128) DEFAULT NULL,
  `groups` json DEFAULT NULL,
  `api_key` varchar(40) NOT NULL,
  `disabled_at` datetime DEFAULT NULL,
  `details` json DEFAULT '{}',
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_key` (`api_key`),
  UNIQUE KEY `users_org_id_email` (`org_id`,`email`),
  CONSTRAINT `users_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `access_permissions` (
  `object_type` varchar(255) NOT NULL,
  `object_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `access_type` varchar(255) NOT NULL,
  `grantor_id` int(11) NOT NULL,
  `grantee_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `grantor_id` (`grantor_id`),
  KEY `grantee_id` (`grantee_id`),
  CONSTRAINT `access_permissions_ibfk_1` FOREIGN KEY (`grantor_id`) REFERENCES `users` (`id`),
  CONSTRAINT `access_permissions_ibfk_2` FOREIGN KEY (`grantee_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `data_sources` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `org_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `encrypted_options` blob NOT NULL,
  `queue_name` varchar(255) NOT NULL,
  `scheduled_queue_name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_sources_org_id_name` (`org_id`,`name`),
  CONSTRAINT `data_sources_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `query_results` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `org_id` int(11) NOT NULL,
  `data_source_id` int(11) NOT NULL,
  `query_hash` varchar(32) NOT NULL,
  `query` text NOT NULL,
  `data` text DEFAULT NULL,
  `runtime` double NOT NULL,
  `retrieved_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `org_id` (`org_id`),
  KEY `data_source_id` (`data_source_id`),
  KEY `ix_query_results_query_hash` (`query_hash`),
  CONSTRAINT `query_results_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `query_results_ibfk_2` FOREIGN KEY (`data_source_id`) REFERENCES `data_sources` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `queries` (
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `version` int(11) NOT NULL,
  `org_id` int(11) NOT NULL,
  `data_source_id` int(11) DEFAULT NULL,
  `latest_query_data_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(4096) DEFAULT NULL,
  `query` text NOT NULL,
  `query_hash` varchar(32) NOT NULL,
  `api_key` varchar(40) NOT NULL,
  `user_id` int(11) NOT NULL,
  `last_modified_by_id` int(11) DEFAULT NULL,
  `is_archived` tinyint(1) NOT NULL,
  `is_draft` tinyint(1) NOT NULL,
  `schedule` json DEFAULT NULL,
  `schedule_failures` int(11) NOT NULL,
  `options` json NOT NULL,
  `search_vector` text DEFAULT NULL,
  `tags` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `org_id` (`org_id`),
  KEY `data_source_id` (`data_source_id`),
  KEY `latest_query_data_id` (`latest_query_data_id`),
  KEY `user_id` (`user_id`),
  KEY `last_modified_by_id` (`last_modified_by_id`),
  KEY `ix_queries_is_archived` (`is_archived`),
  KEY `ix_queries_is_draft` (`is_draft`),
  CONSTRAINT `queries_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `queries_ibfk_2` FOREIGN KEY (`data_source_id`) REFERENCES `data_sources` (`id`),
  CONSTRAINT `queries_ibfk_3` FOREIGN KEY (`latest_query_data_id`) REFERENCES `query_results` (`id`),
  CONSTRAINT `queries_ibfk_4` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `queries_ibfk_5` FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `CONSTRAINT_1` CHECK (`is_archived` in (0,1)),
  CONSTRAINT `CONSTRAINT_2` CHECK (`is_draft` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `alerts` (
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `query_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `options` json DEFAULT NULL,
  `state` varchar(255) NOT NULL,
  `last_triggered_at` datetime DEFAULT NULL,
  `rearm` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `query_id` (`query_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `alerts_ibfk_1` FOREIGN KEY (`query_id`) REFERENCES `queries` (`id`),
  CONSTRAINT `alerts_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_destinations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `org_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `encrypted_options` blob NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notification_destinations_org_id_name` (`org_id`,`name`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `notification_destinations_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `notification_destinations_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `alert_subscriptions` (
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `destination_id` int(11) DEFAULT NULL,
  `alert_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alert_subscriptions_destination_id_alert_id` (`destination_id`,`alert_id`),
  KEY `user_id` (`user_id`),
  KEY `alert_id` (`alert_id`),
  CONSTRAINT `alert_subscriptions_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `alert_subscriptions_ibfk_2` FOREIGN KEY (`destination_id`) REFERENCES `notification_destinations` (`id`),
  CONSTRAINT `alert_subscriptions_ibfk_3` FOREIGN KEY (`alert_id`) REFERENCES `alerts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_keys` (
  `object_type` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `org_id` int(11) NOT NULL,
  `api_key` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `object_id` int(11) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `org_id` (`org_id`),
  KEY `created_by_id` (`created_by_id`),
  KEY `api_keys_object_type_object_id` (`object_type`,`object_id`),
  KEY `ix_api_keys_api_key` (`api_key`),
  CONSTRAINT `api_keys_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `api_keys_ibfk_2` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `CONSTRAINT_1` CHECK (`active` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `changes` (
  `object_type` varchar(255) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(11) NOT NULL,
  `object_version` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `change` json NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `changes_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dashboards` (
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `version` int(11) NOT NULL,
  `org_id` int(11) NOT NULL,
  `slug` varchar(140) NOT NULL,
  `name` varchar(100) NOT NULL,
  `user_id` int(11) NOT NULL,
  `layout` json NOT NULL,
  `dashboard_filters_enabled` tinyint(1) NOT NULL,
  `is_archived` tinyint(1) NOT NULL,
  `is_draft` tinyint(1) NOT NULL,
  `tags` json DEFAULT NULL,
  `options` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `org_id` (`org_id`),
  KEY `user_id` (`user_id`),
  KEY `ix_dashboards_is_archived` (`is_archived`),
  KEY `ix_dashboards_is_draft` (`is_draft`),
  KEY `ix_dashboards_slug` (`slug`),
  CONSTRAINT `dashboards_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `dashboards_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `CONSTRAINT_1` CHECK (`dashboard_filters_enabled` in (0,1)),
  CONSTRAINT `CONSTRAINT_2` CHECK (`is_archived` in (0,1)),
  CONSTRAINT `CONSTRAINT_3` CHECK (`is_draft` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `org_id` int(11) NOT NULL,
  `type` varchar(255) NOT NULL,
  `name` varchar(100) NOT NULL,
  `permissions` json NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `org_id` (`org_id`),
  CONSTRAINT `groups_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `data_source_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data_source_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `view_only` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_source_id` (`data_source_id`),
  KEY `group_id` (`group_id`),
  CONSTRAINT `data_source_groups_ibfk_1` FOREIGN KEY (`data_source_id`) REFERENCES `data_sources` (`id`),
  CONSTRAINT `data_source_groups_ibfk_2` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `CONSTRAINT_1` CHECK (`view_only` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `org_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `action` varchar(255) NOT NULL,
  `object_type` varchar(255) NOT NULL,
  `object_id` varchar(255) DEFAULT NULL,
  `additional_properties` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `org_id` (`org_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `events_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `events_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `favorites` (
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `org_id` int(11) NOT NULL,
  `object_type` varchar(255) NOT NULL,
  `object_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_favorite` (`object_type`,`object_id`,`user_id`),
  KEY `org_id` (`org_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `favorites_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `favorites_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `query_snippets` (
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `org_id` int(11) NOT NULL,
  `trigger` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `user_id` int(11) NOT NULL,
  `snippet` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trigger` (`trigger`),
  KEY `org_id` (`org_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `query_snippets_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `query_snippets_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `visualizations` (
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(100) NOT NULL,
  `query_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(4096) DEFAULT NULL,
  `options` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `query_id` (`query_id`),
  CONSTRAINT `visualizations_ibfk_1` FOREIGN KEY (`query_id`) REFERENCES `queries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `widgets` (
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `visualization_id` int(11) DEFAULT NULL,
  `text` text DEFAULT NULL,
  `width` int(11) NOT NULL,
  `options` json NOT NULL,
  `dashboard_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `visualization_id` (`visualization_id`),
  KEY `ix_widgets_dashboard_id` (`dashboard_id`),
  CONSTRAINT `widgets_ibfk_1` FOREIGN KEY (`visualization_id`) REFERENCES `visualizations` (`id`),
  CONSTRAINT `widgets_ibfk_2` FOREIGN KEY (`dashboard_id`) REFERENCES `dashboards` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

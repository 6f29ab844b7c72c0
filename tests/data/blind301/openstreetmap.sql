-- OpenStreetMap website and API (openstreetmap.org; "openstreetmap-website", the Rails port; its database is the
-- main OSM database, also read by CGImap)
-- Source: github.com/openstreetmap/openstreetmap-website db/structure.sql (Rails pg_dump), commit
-- 9da0fa5ecbff8adc5e6e91c7cf22546755a91f77, GPL-2.0. All 57 tables loaded into PostgreSQL 15 + PostGIS.
-- Foreign-key columns declared `integer` upstream that reference `bigint` keys (issues.reported_user_id, resolved_by,
-- updated_by; issue_comments.user_id; reports.user_id) are written BIGINT, since MariaDB needs equal types.
-- Written as MySQL by a script (pg2mysql.py, not upstream code) from the PostgreSQL catalog of the database that
-- upstream's own schema created: columns in upstream's names and order; PostgreSQL types mapped (integer INT, bigint
-- BIGINT, smallint SMALLINT, character varying(n) VARCHAR(n), unbounded character varying VARCHAR(255), text TEXT
-- (VARCHAR(255) where it is in a key), boolean TINYINT(1), timestamp [with time zone] DATETIME(6), date DATE,
-- double precision DOUBLE, numeric(p,s) DECIMAL(p,s), uuid CHAR(36), json/jsonb JSON, inet VARCHAR(45), bytea LONGBLOB,
-- PostGIS geometry/geography GEOMETRY, hstore/tsvector/arrays TEXT, enum types ENUM(...)); NOT NULL kept; literal
-- defaults kept, now() as CURRENT_TIMESTAMP, function defaults dropped, AUTO_INCREMENT where the key takes a sequence;
-- primary keys, UNIQUE constraints, unique indexes on plain columns (as UNIQUE KEY) and foreign keys as in PostgreSQL
-- (partial and expression unique indexes left out). Tables are ordered so that referenced tables come first.

CREATE TABLE `acls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(45),
  `k` VARCHAR(255) NOT NULL,
  `v` VARCHAR(255),
  `domain` VARCHAR(255),
  `mx` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255),
  `metadata` TEXT,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `service_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_rails_c3b3935057` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `variation_digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  CONSTRAINT `fk_rails_993965df05` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ar_internal_metadata` (
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `email` VARCHAR(255) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `pass_crypt` VARCHAR(255) NOT NULL,
  `creation_time` DATETIME(6) NOT NULL,
  `display_name` VARCHAR(255) NOT NULL DEFAULT '',
  `data_public` TINYINT(1) NOT NULL DEFAULT 0,
  `description` TEXT NOT NULL DEFAULT '',
  `home_lat` DOUBLE,
  `home_lon` DOUBLE,
  `home_zoom` SMALLINT DEFAULT 3,
  `pass_salt` VARCHAR(255),
  `email_valid` TINYINT(1) NOT NULL DEFAULT 0,
  `new_email` VARCHAR(255),
  `languages` VARCHAR(255),
  `status` ENUM('pending','active','confirmed','suspended','deleted') NOT NULL DEFAULT 'pending',
  `terms_agreed` DATETIME(6),
  `consider_pd` TINYINT(1) NOT NULL DEFAULT 0,
  `auth_uid` VARCHAR(255),
  `preferred_editor` VARCHAR(255),
  `terms_seen` TINYINT(1) NOT NULL DEFAULT 0,
  `description_format` ENUM('html','markdown','text') NOT NULL DEFAULT 'markdown',
  `changesets_count` INT NOT NULL DEFAULT 0,
  `traces_count` INT NOT NULL DEFAULT 0,
  `diary_entries_count` INT NOT NULL DEFAULT 0,
  `image_use_gravatar` TINYINT(1) NOT NULL DEFAULT 0,
  `auth_provider` VARCHAR(255),
  `home_tile` BIGINT,
  `tou_agreed` DATETIME(6),
  `diary_comments_count` INT DEFAULT 0,
  `note_comments_count` INT DEFAULT 0,
  `creation_address` VARCHAR(45),
  `home_location_name` VARCHAR(255),
  `company` VARCHAR(255),
  `public_heatmap` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_auth_idx` (`auth_provider`, `auth_uid`),
  UNIQUE KEY `users_display_name_idx` (`display_name`),
  UNIQUE KEY `users_email_idx` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `changesets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `min_lat` INT,
  `max_lat` INT,
  `min_lon` INT,
  `max_lon` INT,
  `closed_at` DATETIME(6) NOT NULL,
  `num_changes` INT NOT NULL DEFAULT 0,
  `num_created_nodes` INT NOT NULL DEFAULT 0,
  `num_modified_nodes` INT NOT NULL DEFAULT 0,
  `num_deleted_nodes` INT NOT NULL DEFAULT 0,
  `num_created_ways` INT NOT NULL DEFAULT 0,
  `num_modified_ways` INT NOT NULL DEFAULT 0,
  `num_deleted_ways` INT NOT NULL DEFAULT 0,
  `num_created_relations` INT NOT NULL DEFAULT 0,
  `num_modified_relations` INT NOT NULL DEFAULT 0,
  `num_deleted_relations` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `changesets_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `changeset_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `changeset_id` BIGINT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `body` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `changeset_comments_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `changeset_comments_changeset_id_fkey` FOREIGN KEY (`changeset_id`) REFERENCES `changesets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `changeset_tags` (
  `changeset_id` BIGINT NOT NULL,
  `k` VARCHAR(255) NOT NULL DEFAULT '',
  `v` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`changeset_id`, `k`),
  CONSTRAINT `changeset_tags_id_fkey` FOREIGN KEY (`changeset_id`) REFERENCES `changesets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `changesets_subscribers` (
  `subscriber_id` BIGINT NOT NULL,
  `changeset_id` BIGINT NOT NULL,
  UNIQUE KEY `index_changesets_subscribers_on_subscriber_id_and_changeset_id` (`subscriber_id`, `changeset_id`),
  CONSTRAINT `changesets_subscribers_changeset_id_fkey` FOREIGN KEY (`changeset_id`) REFERENCES `changesets` (`id`),
  CONSTRAINT `changesets_subscribers_subscriber_id_fkey` FOREIGN KEY (`subscriber_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `current_nodes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `latitude` INT NOT NULL,
  `longitude` INT NOT NULL,
  `changeset_id` BIGINT NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `tile` BIGINT NOT NULL,
  `version` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `current_nodes_changeset_id_fkey` FOREIGN KEY (`changeset_id`) REFERENCES `changesets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `current_node_tags` (
  `node_id` BIGINT NOT NULL,
  `k` VARCHAR(255) NOT NULL DEFAULT '',
  `v` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`node_id`, `k`),
  CONSTRAINT `current_node_tags_id_fkey` FOREIGN KEY (`node_id`) REFERENCES `current_nodes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `current_relations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `changeset_id` BIGINT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  `version` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `current_relations_changeset_id_fkey` FOREIGN KEY (`changeset_id`) REFERENCES `changesets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `current_relation_members` (
  `relation_id` BIGINT NOT NULL,
  `member_type` ENUM('Node','Way','Relation') NOT NULL,
  `member_id` BIGINT NOT NULL,
  `member_role` VARCHAR(255) NOT NULL,
  `sequence_id` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`relation_id`, `sequence_id`),
  CONSTRAINT `current_relation_members_id_fkey` FOREIGN KEY (`relation_id`) REFERENCES `current_relations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `current_relation_tags` (
  `relation_id` BIGINT NOT NULL,
  `k` VARCHAR(255) NOT NULL DEFAULT '',
  `v` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`relation_id`, `k`),
  CONSTRAINT `current_relation_tags_id_fkey` FOREIGN KEY (`relation_id`) REFERENCES `current_relations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `current_ways` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `changeset_id` BIGINT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  `version` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `current_ways_changeset_id_fkey` FOREIGN KEY (`changeset_id`) REFERENCES `changesets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `current_way_nodes` (
  `way_id` BIGINT NOT NULL,
  `node_id` BIGINT NOT NULL,
  `sequence_id` BIGINT NOT NULL,
  PRIMARY KEY (`way_id`, `sequence_id`),
  CONSTRAINT `current_way_nodes_id_fkey` FOREIGN KEY (`way_id`) REFERENCES `current_ways` (`id`),
  CONSTRAINT `current_way_nodes_node_id_fkey` FOREIGN KEY (`node_id`) REFERENCES `current_nodes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `current_way_tags` (
  `way_id` BIGINT NOT NULL,
  `k` VARCHAR(255) NOT NULL DEFAULT '',
  `v` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`way_id`, `k`),
  CONSTRAINT `current_way_tags_id_fkey` FOREIGN KEY (`way_id`) REFERENCES `current_ways` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delayed_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `priority` INT NOT NULL DEFAULT 0,
  `attempts` INT NOT NULL DEFAULT 0,
  `handler` TEXT NOT NULL,
  `last_error` TEXT,
  `run_at` DATETIME(6),
  `locked_at` DATETIME(6),
  `failed_at` DATETIME(6),
  `locked_by` VARCHAR(255),
  `queue` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `code` VARCHAR(255) NOT NULL,
  `english_name` VARCHAR(255) NOT NULL,
  `native_name` VARCHAR(255),
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `diary_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `language_code` VARCHAR(255) NOT NULL DEFAULT 'en',
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `body_format` ENUM('html','markdown','text') NOT NULL DEFAULT 'markdown',
  PRIMARY KEY (`id`),
  CONSTRAINT `diary_entries_language_code_fkey` FOREIGN KEY (`language_code`) REFERENCES `languages` (`code`),
  CONSTRAINT `diary_entries_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `diary_comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `diary_entry_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `body` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `body_format` ENUM('html','markdown','text') NOT NULL DEFAULT 'markdown',
  PRIMARY KEY (`id`),
  UNIQUE KEY `diary_comments_entry_id_idx` (`diary_entry_id`, `id`),
  CONSTRAINT `diary_comments_diary_entry_id_fkey` FOREIGN KEY (`diary_entry_id`) REFERENCES `diary_entries` (`id`),
  CONSTRAINT `diary_comments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `diary_entry_subscriptions` (
  `user_id` BIGINT NOT NULL,
  `diary_entry_id` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`, `diary_entry_id`),
  CONSTRAINT `diary_entry_subscriptions_diary_entry_id_fkey` FOREIGN KEY (`diary_entry_id`) REFERENCES `diary_entries` (`id`),
  CONSTRAINT `diary_entry_subscriptions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friends` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `friend_user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `friends_friend_user_id_fkey` FOREIGN KEY (`friend_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `friends_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gpx_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `size` BIGINT,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `timestamp` DATETIME(6) NOT NULL,
  `description` VARCHAR(255) NOT NULL DEFAULT '',
  `inserted` TINYINT(1) NOT NULL,
  `visibility` ENUM('private','public','trackable','identifiable') NOT NULL DEFAULT 'trackable',
  PRIMARY KEY (`id`),
  CONSTRAINT `gpx_files_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gps_points` (
  `altitude` DOUBLE,
  `trackid` INT NOT NULL,
  `latitude` INT NOT NULL,
  `longitude` INT NOT NULL,
  `gpx_id` BIGINT NOT NULL,
  `timestamp` DATETIME(6),
  `tile` BIGINT,
  CONSTRAINT `gps_points_gpx_id_fkey` FOREIGN KEY (`gpx_id`) REFERENCES `gpx_files` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gpx_file_tags` (
  `gpx_id` BIGINT NOT NULL,
  `tag` VARCHAR(255) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `gpx_file_tags_gpx_id_fkey` FOREIGN KEY (`gpx_id`) REFERENCES `gpx_files` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issues` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reportable_type` VARCHAR(255) NOT NULL,
  `reportable_id` INT NOT NULL,
  `reported_user_id` BIGINT,
  `status` ENUM('open','ignored','resolved') NOT NULL DEFAULT 'open',
  `assigned_role` ENUM('administrator','moderator','importer') NOT NULL,
  `resolved_at` DATETIME(6),
  `resolved_by` BIGINT,
  `updated_by` BIGINT,
  `reports_count` INT DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `issues_reported_user_id_fkey` FOREIGN KEY (`reported_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `issues_resolved_by_fkey` FOREIGN KEY (`resolved_by`) REFERENCES `users` (`id`),
  CONSTRAINT `issues_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `issue_id` INT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `body` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `issue_comments_issue_id_fkey` FOREIGN KEY (`issue_id`) REFERENCES `issues` (`id`),
  CONSTRAINT `issue_comments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `from_user_id` BIGINT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  `sent_on` DATETIME(6) NOT NULL,
  `message_read` TINYINT(1) NOT NULL DEFAULT 0,
  `to_user_id` BIGINT NOT NULL,
  `to_user_visible` TINYINT(1) NOT NULL DEFAULT 1,
  `from_user_visible` TINYINT(1) NOT NULL DEFAULT 1,
  `body_format` ENUM('html','markdown','text') NOT NULL DEFAULT 'markdown',
  `muted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `messages_from_user_id_fkey` FOREIGN KEY (`from_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `messages_to_user_id_fkey` FOREIGN KEY (`to_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderation_zones` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `reason` VARCHAR(255) NOT NULL,
  `reason_format` ENUM('html','markdown','text') DEFAULT 'markdown',
  `zone` GEOMETRY NOT NULL,
  `ends_at` DATETIME(6) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `revoker_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_6a0b70e3da` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_f2132b7340` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_id` BIGINT NOT NULL,
  `description_format` ENUM('html','markdown','text') NOT NULL DEFAULT 'markdown',
  PRIMARY KEY (`id`),
  CONSTRAINT `redactions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nodes` (
  `node_id` BIGINT NOT NULL,
  `latitude` INT NOT NULL,
  `longitude` INT NOT NULL,
  `changeset_id` BIGINT NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `tile` BIGINT NOT NULL,
  `version` BIGINT NOT NULL,
  `redaction_id` INT,
  PRIMARY KEY (`node_id`, `version`),
  CONSTRAINT `nodes_changeset_id_fkey` FOREIGN KEY (`changeset_id`) REFERENCES `changesets` (`id`),
  CONSTRAINT `nodes_redaction_id_fkey` FOREIGN KEY (`redaction_id`) REFERENCES `redactions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `node_tags` (
  `node_id` BIGINT NOT NULL,
  `version` BIGINT NOT NULL,
  `k` VARCHAR(255) NOT NULL DEFAULT '',
  `v` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`node_id`, `version`, `k`),
  CONSTRAINT `node_tags_id_fkey` FOREIGN KEY (`node_id`, `version`) REFERENCES `nodes` (`node_id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `latitude` INT NOT NULL,
  `longitude` INT NOT NULL,
  `tile` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `status` ENUM('open','closed','hidden') NOT NULL,
  `closed_at` DATETIME(6),
  `description` TEXT NOT NULL DEFAULT '',
  `user_id` BIGINT,
  `user_ip` VARCHAR(45),
  PRIMARY KEY (`id`),
  CONSTRAINT `notes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note_comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `note_id` BIGINT NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `author_ip` VARCHAR(45),
  `author_id` BIGINT,
  `body` TEXT,
  `event` ENUM('opened','closed','reopened','commented','hidden'),
  PRIMARY KEY (`id`),
  CONSTRAINT `note_comments_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `note_comments_note_id_fkey` FOREIGN KEY (`note_id`) REFERENCES `notes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note_subscriptions` (
  `user_id` BIGINT NOT NULL,
  `note_id` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`, `note_id`),
  CONSTRAINT `fk_rails_2c1913f293` FOREIGN KEY (`note_id`) REFERENCES `notes` (`id`),
  CONSTRAINT `fk_rails_a352f4eced` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `noticed_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255),
  `record_type` VARCHAR(255),
  `record_id` BIGINT,
  `notifications_count` INT,
  `params` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `noticed_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255),
  `event_id` BIGINT NOT NULL,
  `recipient_type` VARCHAR(255) NOT NULL,
  `recipient_id` BIGINT NOT NULL,
  `read_at` DATETIME(6),
  `seen_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner_type` VARCHAR(255) NOT NULL,
  `owner_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`),
  CONSTRAINT `fk_rails_cc886e315a` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_grants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` BIGINT NOT NULL,
  `application_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires_in` INT NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `revoked_at` DATETIME(6),
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `code_challenge` VARCHAR(255),
  `code_challenge_method` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`),
  CONSTRAINT `fk_rails_330c32d8d9` FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_b4b53e07b8` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` BIGINT,
  `application_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255),
  `expires_in` INT,
  `revoked_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `scopes` VARCHAR(255),
  `previous_refresh_token` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  CONSTRAINT `fk_rails_732cb83ab7` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`),
  CONSTRAINT `fk_rails_ee63f25419` FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_openid_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `access_grant_id` BIGINT NOT NULL,
  `nonce` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_77114b3b09` FOREIGN KEY (`access_grant_id`) REFERENCES `oauth_access_grants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relations` (
  `relation_id` BIGINT NOT NULL,
  `changeset_id` BIGINT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `version` BIGINT NOT NULL,
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `redaction_id` INT,
  PRIMARY KEY (`relation_id`, `version`),
  CONSTRAINT `relations_changeset_id_fkey` FOREIGN KEY (`changeset_id`) REFERENCES `changesets` (`id`),
  CONSTRAINT `relations_redaction_id_fkey` FOREIGN KEY (`redaction_id`) REFERENCES `redactions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation_members` (
  `relation_id` BIGINT NOT NULL,
  `member_type` ENUM('Node','Way','Relation') NOT NULL,
  `member_id` BIGINT NOT NULL,
  `member_role` VARCHAR(255) NOT NULL,
  `version` BIGINT NOT NULL DEFAULT 0,
  `sequence_id` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`relation_id`, `version`, `sequence_id`),
  CONSTRAINT `relation_members_id_fkey` FOREIGN KEY (`relation_id`, `version`) REFERENCES `relations` (`relation_id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relation_tags` (
  `relation_id` BIGINT NOT NULL,
  `k` VARCHAR(255) NOT NULL DEFAULT '',
  `v` VARCHAR(255) NOT NULL DEFAULT '',
  `version` BIGINT NOT NULL,
  PRIMARY KEY (`relation_id`, `version`, `k`),
  CONSTRAINT `relation_tags_id_fkey` FOREIGN KEY (`relation_id`, `version`) REFERENCES `relations` (`relation_id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `issue_id` INT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `details` TEXT NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reports_issue_id_fkey` FOREIGN KEY (`issue_id`) REFERENCES `issues` (`id`),
  CONSTRAINT `reports_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schema_migrations` (
  `version` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_links` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_6034fd4f62` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spammy_phrases` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `phrase` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_blocks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `reason` TEXT NOT NULL,
  `ends_at` DATETIME(6) NOT NULL,
  `needs_view` TINYINT(1) NOT NULL DEFAULT 0,
  `revoker_id` BIGINT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `reason_format` ENUM('html','markdown','text') NOT NULL DEFAULT 'markdown',
  `deactivates_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_blocks_moderator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `user_blocks_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`),
  CONSTRAINT `user_blocks_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_mutes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner_id` BIGINT NOT NULL,
  `subject_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_mutes_on_owner_id_and_subject_id` (`owner_id`, `subject_id`),
  CONSTRAINT `fk_rails_591dad3359` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_e9dd4fb6c3` FOREIGN KEY (`subject_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_preferences` (
  `user_id` BIGINT NOT NULL,
  `k` VARCHAR(255) NOT NULL,
  `v` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`user_id`, `k`),
  CONSTRAINT `user_preferences_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `role` ENUM('administrator','moderator','importer') NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `granter_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_roles_id_role_unique` (`user_id`, `role`),
  CONSTRAINT `user_roles_granter_id_fkey` FOREIGN KEY (`granter_id`) REFERENCES `users` (`id`),
  CONSTRAINT `user_roles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ways` (
  `way_id` BIGINT NOT NULL,
  `changeset_id` BIGINT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `version` BIGINT NOT NULL,
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `redaction_id` INT,
  PRIMARY KEY (`way_id`, `version`),
  CONSTRAINT `ways_changeset_id_fkey` FOREIGN KEY (`changeset_id`) REFERENCES `changesets` (`id`),
  CONSTRAINT `ways_redaction_id_fkey` FOREIGN KEY (`redaction_id`) REFERENCES `redactions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `way_nodes` (
  `way_id` BIGINT NOT NULL,
  `node_id` BIGINT NOT NULL,
  `version` BIGINT NOT NULL,
  `sequence_id` BIGINT NOT NULL,
  PRIMARY KEY (`way_id`, `version`, `sequence_id`),
  CONSTRAINT `way_nodes_id_fkey` FOREIGN KEY (`way_id`, `version`) REFERENCES `ways` (`way_id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `way_tags` (
  `way_id` BIGINT NOT NULL,
  `k` VARCHAR(255) NOT NULL,
  `v` VARCHAR(255) NOT NULL,
  `version` BIGINT NOT NULL,
  PRIMARY KEY (`way_id`, `version`, `k`),
  CONSTRAINT `way_tags_id_fkey` FOREIGN KEY (`way_id`, `version`) REFERENCES `ways` (`way_id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


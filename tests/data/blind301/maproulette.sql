-- MapRoulette (maproulette.org; OpenStreetMap micro-tasking and QA challenges; Scala / Play on PostgreSQL + PostGIS)
-- Source: github.com/maproulette/maproulette-backend conf/evolutions/default/1.sql ... 120.sql (Play evolutions, the
-- "!Ups" parts replayed in order into PostgreSQL 15 + PostGIS + hstore), commit 5d105ae141808ce984fd67ee1455ba7e1e22b38e,
-- Apache-2.0. All 39 tables. Expression / partial unique indexes left out: idx_projects_name, idx_challenges_parent_id_name,
-- idx_tags_name_tag_type, idx_tasks_parent_id_name, idx_groups_name (lower(name)), idx_locked_single_edit_lock (WHERE).
-- Written as MySQL by a script (pg2mysql.py, not upstream code) from the PostgreSQL catalog of the database that
-- upstream's own schema created: columns in upstream's names and order; PostgreSQL types mapped (integer INT, bigint
-- BIGINT, smallint SMALLINT, character varying(n) VARCHAR(n), unbounded character varying VARCHAR(255), text TEXT
-- (VARCHAR(255) where it is in a key), boolean TINYINT(1), timestamp [with time zone] DATETIME(6), date DATE,
-- double precision DOUBLE, numeric(p,s) DECIMAL(p,s), uuid CHAR(36), json/jsonb JSON, inet VARCHAR(45), bytea LONGBLOB,
-- PostGIS geometry/geography GEOMETRY, hstore/tsvector/arrays TEXT, enum types ENUM(...)); NOT NULL kept; literal
-- defaults kept, now() as CURRENT_TIMESTAMP, function defaults dropped, AUTO_INCREMENT where the key takes a sequence;
-- primary keys, UNIQUE constraints, unique indexes on plain columns (as UNIQUE KEY) and foreign keys as in PostgreSQL
-- (partial and expression unique indexes left out). Tables are ordered so that referenced tables come first.

CREATE TABLE `actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `osm_user_id` INT,
  `type_id` INT,
  `item_id` INT,
  `action` INT NOT NULL,
  `status` INT NOT NULL,
  `extra` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `osm_id` INT NOT NULL,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `osm_created` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `avatar_url` VARCHAR(255) NOT NULL DEFAULT '/assets/images/user_no_image.png',
  `api_key` VARCHAR(255),
  `oauth_token` VARCHAR(255) NOT NULL,
  `oauth_secret` VARCHAR(255) NOT NULL,
  `home_location` GEOMETRY,
  `default_editor` INT DEFAULT -1,
  `default_basemap` INT DEFAULT -1,
  `email_opt_in` TINYINT(1) DEFAULT 0,
  `locale` VARCHAR(255),
  `theme` INT DEFAULT -1,
  `properties` VARCHAR(255),
  `leaderboard_opt_out` TINYINT(1) DEFAULT 0,
  `default_basemap_id` VARCHAR(255),
  `needs_review` INT,
  `is_reviewer` TINYINT(1) DEFAULT 0,
  `email` VARCHAR(255),
  `following_group` INT,
  `followers_group` INT,
  `allow_following` TINYINT(1) DEFAULT 1,
  `see_tag_fix_suggestions` TINYINT(1) DEFAULT 1,
  `disable_task_confirm` TINYINT(1) DEFAULT 0,
  `show_priority_marker_colors` TINYINT(1) DEFAULT 0,
  `plugins` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_api_key_key` (`api_key`),
  UNIQUE KEY `users_osm_id_key` (`osm_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bundles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT NOT NULL,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `bundles_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) DEFAULT '',
  `enabled` TINYINT(1) DEFAULT 0,
  `display_name` VARCHAR(255),
  `owner_id` INT NOT NULL DEFAULT -999,
  `deleted` TINYINT(1) DEFAULT 0,
  `is_virtual` TINYINT(1) DEFAULT 0,
  `featured` TINYINT(1) DEFAULT 0,
  `is_archived` TINYINT(1) DEFAULT 0,
  `require_confirmation` TINYINT(1) DEFAULT 0,
  `completion_metrics` JSON NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`osm_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `challenges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `parent_id` INT NOT NULL,
  `description` VARCHAR(255) DEFAULT '',
  `blurb` VARCHAR(255) DEFAULT '',
  `instruction` VARCHAR(255) DEFAULT '',
  `difficulty` INT DEFAULT 1,
  `enabled` TINYINT(1) DEFAULT 0,
  `featured` TINYINT(1) DEFAULT 0,
  `overpass_ql` VARCHAR(255) DEFAULT '',
  `remote_geo_json` VARCHAR(255) DEFAULT '',
  `status` INT DEFAULT 0,
  `default_priority` INT DEFAULT 0,
  `high_priority_rule` VARCHAR(255),
  `medium_priority_rule` VARCHAR(255),
  `low_priority_rule` VARCHAR(255),
  `extra_options` TEXT,
  `location` GEOMETRY,
  `default_zoom` INT DEFAULT 13,
  `min_zoom` INT DEFAULT 1,
  `max_zoom` INT DEFAULT 19,
  `default_basemap` INT,
  `custom_basemap` VARCHAR(255),
  `updatetasks` TINYINT(1) DEFAULT 0,
  `owner_id` INT NOT NULL DEFAULT -999,
  `last_updated` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `checkin_comment` VARCHAR(255),
  `bounding` GEOMETRY,
  `info_link` VARCHAR(255),
  `deleted` TINYINT(1) DEFAULT 0,
  `status_message` TEXT,
  `checkin_source` VARCHAR(255),
  `default_basemap_id` VARCHAR(255),
  `last_task_refresh` DATETIME(6),
  `popularity` INT,
  `cooperative_type` INT DEFAULT 0,
  `exportable_properties` TEXT,
  `data_origin_date` DATETIME(6),
  `osm_id_property` VARCHAR(255),
  `preferred_tags` VARCHAR(255),
  `task_styles` VARCHAR(255),
  `requires_local` TINYINT(1) DEFAULT 0,
  `preferred_review_tags` VARCHAR(255),
  `limit_tags` TINYINT(1) DEFAULT 0,
  `limit_review_tags` TINYINT(1) DEFAULT 0,
  `overpass_target_type` VARCHAR(255),
  `is_archived` TINYINT(1) DEFAULT 0,
  `task_bundle_id_property` VARCHAR(255),
  `system_archived_at` DATETIME(6),
  `review_setting` INT DEFAULT 0,
  `task_widget_layout` JSON NOT NULL DEFAULT '{}',
  `dataset_url` VARCHAR(255),
  `is_global` TINYINT(1) NOT NULL DEFAULT 0,
  `require_confirmation` TINYINT(1) DEFAULT 0,
  `require_reject_reason` TINYINT(1) DEFAULT 0,
  `high_priority_bounds` VARCHAR(255),
  `medium_priority_bounds` VARCHAR(255),
  `low_priority_bounds` VARCHAR(255),
  `mr_tag_metrics` JSON,
  `completion_metrics` JSON NOT NULL DEFAULT '{}',
  `paused` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `challenges_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`osm_id`),
  CONSTRAINT `challenges_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `challenge_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `osm_id` INT NOT NULL,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `comment` VARCHAR(255),
  `challenge_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `challenge_comments_challenge_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `challenges` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `challenge_comments_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `challenge_likes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` INT NOT NULL,
  `challenge_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_challenge_likes_user_id_challenge_id` (`user_id`, `challenge_id`),
  CONSTRAINT `challenge_likes_challenge_id` FOREIGN KEY (`challenge_id`) REFERENCES `challenges` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `challenge_likes_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `challenge_presets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `challenge_id` INT NOT NULL,
  `preset` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `challenge_presets_challenge_id` FOREIGN KEY (`challenge_id`) REFERENCES `challenges` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `completion_snapshots` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type_id` INT NOT NULL,
  `item_id` INT NOT NULL,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `priority` INT,
  `available` INT NOT NULL,
  `fixed` INT NOT NULL,
  `false_positive` INT NOT NULL,
  `skipped` INT NOT NULL,
  `deleted` INT NOT NULL,
  `already_fixed` INT NOT NULL,
  `too_hard` INT NOT NULL,
  `answered` INT NOT NULL,
  `validated` INT NOT NULL,
  `disabled` INT NOT NULL,
  `avg_time_spent` DOUBLE DEFAULT 0,
  `tasks_with_time` INT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review_snapshots` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type_id` INT NOT NULL,
  `item_id` INT NOT NULL,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `requested` INT NOT NULL,
  `approved` INT NOT NULL,
  `rejected` INT NOT NULL,
  `assisted` INT NOT NULL,
  `disputed` INT NOT NULL,
  `total_review_time` DOUBLE DEFAULT 0,
  `tasks_with_review_time` INT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `challenge_snapshots` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `challenge_id` INT NOT NULL,
  `challenge_name` TEXT NOT NULL,
  `challenge_status` INT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `completion_snapshot_id` INT NOT NULL,
  `low_completion_snapshot_id` INT NOT NULL,
  `medium_completion_snapshot_id` INT NOT NULL,
  `high_completion_snapshot_id` INT NOT NULL,
  `review_snapshot_id` INT NOT NULL,
  `manual` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `challenge_completion_snapshot_id` FOREIGN KEY (`completion_snapshot_id`) REFERENCES `completion_snapshots` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `challenge_high_completion_snapshot_id` FOREIGN KEY (`high_completion_snapshot_id`) REFERENCES `completion_snapshots` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `challenge_low_completion_snapshot_id` FOREIGN KEY (`low_completion_snapshot_id`) REFERENCES `completion_snapshots` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `challenge_medium_completion_snapshot_id` FOREIGN KEY (`medium_completion_snapshot_id`) REFERENCES `completion_snapshots` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `challenge_review_snapshot_id` FOREIGN KEY (`review_snapshot_id`) REFERENCES `review_snapshots` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grants` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `grantee_id` INT NOT NULL,
  `grantee_type` INT NOT NULL,
  `role` INT NOT NULL,
  `object_id` INT NOT NULL,
  `object_type` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `grants_grantee_id_grantee_type_role_object_id_object_type_key` (`grantee_id`, `grantee_type`, `role`, `object_id`, `object_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `avatar_url` VARCHAR(255),
  `group_type` INT DEFAULT 0,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_members` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `member_type` INT NOT NULL,
  `member_id` INT NOT NULL,
  `status` INT DEFAULT 0,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_group_members_group_member_type_member_id` (`group_id`, `member_type`, `member_id`),
  CONSTRAINT `group_members_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locked` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `locked_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `item_type` INT NOT NULL,
  `item_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `changeset_id` INT NOT NULL DEFAULT -1,
  `bundled_tasks` TEXT NOT NULL DEFAULT '{}',
  `is_review_claim` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_locked_item_type_item_id` (`item_type`, `item_id`),
  CONSTRAINT `locked_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saved_challenges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` INT NOT NULL,
  `challenge_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_saved_challenges_user_id_challenge_id` (`user_id`, `challenge_id`),
  CONSTRAINT `saved_challenges_challenge_id` FOREIGN KEY (`challenge_id`) REFERENCES `challenges` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `saved_challenges_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `instruction` VARCHAR(255) NOT NULL,
  `parent_id` INT NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `location` GEOMETRY NOT NULL,
  `priority` INT DEFAULT 0,
  `changeset_id` INT DEFAULT -1,
  `mapped_on` DATETIME(6),
  `geojson` JSON NOT NULL,
  `geom` GEOMETRY NOT NULL,
  `cooperative_work_json` JSON,
  `completion_responses` JSON,
  `bundle_id` INT,
  `is_bundle_primary` TINYINT(1),
  `completed_time_spent` INT,
  `completed_by` INT,
  `skip_count` INT NOT NULL DEFAULT 0,
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `tasks_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `challenges` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saved_tasks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `challenge_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_saved_tasks_user_id_task_id` (`user_id`, `task_id`),
  CONSTRAINT `saved_tasks_challenge_id` FOREIGN KEY (`challenge_id`) REFERENCES `challenges` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `saved_tasks_task_id` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `saved_tasks_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `osm_user_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  `challenge_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `old_status` INT NOT NULL,
  `status` INT NOT NULL,
  `started_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `status_actions_challenge_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `challenges` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `status_actions_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `status_actions_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) DEFAULT '',
  `tag_type` VARCHAR(255) DEFAULT 'challenges',
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_on_challenges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `challenge_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_tags_on_challenges_challenge_id_tag_id` (`challenge_id`, `tag_id`),
  CONSTRAINT `challenges_tags_on_challenges_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `challenges` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tags_tags_on_challenges_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_on_tasks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_tags_on_tasks_task_id_tag_id` (`task_id`, `tag_id`),
  CONSTRAINT `tags_tags_on_tasks_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tasks_tags_on_tasks_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_bundles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `bundle_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `task_bundles_bundle_id` FOREIGN KEY (`bundle_id`) REFERENCES `bundles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `task_bundles_task_id` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `osm_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `comment` VARCHAR(255),
  `action_id` INT,
  `challenge_id` INT NOT NULL DEFAULT -1,
  `project_id` INT NOT NULL DEFAULT -1,
  `edited` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `task_comments_actions_id_fkey` FOREIGN KEY (`action_id`) REFERENCES `actions` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `task_comments_challenge_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `challenges` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `task_comments_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `task_comments_tasks_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_review` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `review_status` INT,
  `review_requested_by` INT,
  `reviewed_by` INT,
  `reviewed_at` DATETIME(6),
  `review_claimed_at` DATETIME(6),
  `review_claimed_by` INT,
  `review_started_at` DATETIME(6),
  `additional_reviewers` TEXT,
  `meta_review_started_at` DATETIME(6),
  `meta_review_status` INT,
  `meta_reviewed_by` INT,
  `meta_reviewed_at` DATETIME(6),
  `error_tags` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_review_task_id` (`task_id`),
  CONSTRAINT `task_task_review_cascade` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_review_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `requested_by` INT NOT NULL,
  `reviewed_by` INT,
  `review_status` INT,
  `reviewed_at` DATETIME(6),
  `review_started_at` DATETIME(6),
  `original_reviewer` INT,
  `meta_review_status` INT,
  `meta_reviewed_by` INT,
  `meta_reviewed_at` DATETIME(6),
  `error_tags` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_suggested_fix` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `properties` TEXT,
  `geom` GEOMETRY,
  PRIMARY KEY (`id`),
  CONSTRAINT `task_suggested_fix_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tile_cells` (
  `z` SMALLINT NOT NULL,
  `cx` INT NOT NULL,
  `cy` INT NOT NULL,
  `task_count` INT NOT NULL,
  `sum_lat` DOUBLE NOT NULL,
  `sum_lng` DOUBLE NOT NULL,
  `counts_by_filter` JSON NOT NULL DEFAULT '{}',
  `last_updated` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`z`, `cx`, `cy`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tile_dirty_cells` (
  `cx` INT NOT NULL,
  `cy` INT NOT NULL,
  `marked_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`cx`, `cy`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_basemaps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` INT NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `overlay` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_basemaps_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_leaderboard` (
  `month_duration` INT NOT NULL,
  `user_id` INT NOT NULL,
  `user_name` VARCHAR(255),
  `user_avatar_url` VARCHAR(255),
  `user_ranking` INT NOT NULL,
  `user_score` INT NOT NULL,
  `country_code` VARCHAR(255),
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `completed_tasks` INT,
  `avg_time_spent` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_metrics` (
  `user_id` INT NOT NULL,
  `score` INT NOT NULL,
  `total_fixed` INT,
  `total_false_positive` INT,
  `total_already_fixed` INT,
  `total_too_hard` INT,
  `total_skipped` INT,
  `initial_rejected` INT DEFAULT 0,
  `initial_approved` INT DEFAULT 0,
  `initial_assisted` INT DEFAULT 0,
  `total_rejected` INT DEFAULT 0,
  `total_approved` INT DEFAULT 0,
  `total_assisted` INT DEFAULT 0,
  `total_disputed_as_mapper` INT DEFAULT 0,
  `total_disputed_as_reviewer` INT DEFAULT 0,
  `total_time_spent` DOUBLE DEFAULT 0,
  `tasks_with_time` INT DEFAULT 0,
  `total_review_time` DOUBLE DEFAULT 0,
  `tasks_with_review_time` INT DEFAULT 0,
  `achievements` TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_metrics_history` (
  `user_id` INT NOT NULL,
  `score` INT NOT NULL,
  `total_fixed` INT,
  `total_false_positive` INT,
  `total_already_fixed` INT,
  `total_too_hard` INT,
  `total_skipped` INT,
  `snapshot_date` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `initial_rejected` INT DEFAULT 0,
  `initial_approved` INT DEFAULT 0,
  `initial_assisted` INT DEFAULT 0,
  `total_rejected` INT DEFAULT 0,
  `total_approved` INT DEFAULT 0,
  `total_assisted` INT DEFAULT 0,
  `total_disputed_as_mapper` INT DEFAULT 0,
  `total_disputed_as_reviewer` INT DEFAULT 0,
  `total_time_spent` DOUBLE DEFAULT 0,
  `tasks_with_time` INT DEFAULT 0,
  `total_review_time` DOUBLE DEFAULT 0,
  `tasks_with_review_time` INT DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_notification_subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `system` INT NOT NULL DEFAULT 1,
  `mention` INT NOT NULL DEFAULT 1,
  `review_approved` INT NOT NULL DEFAULT 1,
  `review_rejected` INT NOT NULL DEFAULT 1,
  `review_again` INT NOT NULL DEFAULT 1,
  `challenge_completed` INT NOT NULL DEFAULT 1,
  `team` INT NOT NULL DEFAULT 1,
  `follow` INT NOT NULL DEFAULT 1,
  `meta_review` INT NOT NULL DEFAULT 1,
  `review_count` INT DEFAULT 0,
  `revision_count` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_user_notification_subscriptions_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `notification_type` INT NOT NULL,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `description` VARCHAR(255),
  `from_username` VARCHAR(255),
  `is_read` TINYINT(1) DEFAULT 0,
  `email_status` INT NOT NULL,
  `task_id` INT,
  `challenge_id` INT,
  `project_id` INT,
  `target_id` INT,
  `extra` VARCHAR(255),
  `error_tags` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_top_challenges` (
  `month_duration` INT NOT NULL,
  `user_id` INT NOT NULL,
  `challenge_id` INT NOT NULL,
  `challenge_name` VARCHAR(255),
  `activity` INT NOT NULL,
  `country_code` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `virtual_challenges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT NOT NULL,
  `name` VARCHAR(255),
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `description` VARCHAR(255),
  `search_parameters` VARCHAR(255) NOT NULL,
  `expiry` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `virtual_challenge_tasks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `virtual_challenge_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `virtual_challenges_tasks_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `virtual_challenges_tasks_virtual_challenge_id_fkey` FOREIGN KEY (`virtual_challenge_id`) REFERENCES `virtual_challenges` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `virtual_project_challenges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `challenge_id` INT NOT NULL,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_virtual_project_challenges_projects` (`project_id`, `challenge_id`),
  CONSTRAINT `virtual_challenge_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `challenges` (`id`) ON DELETE CASCADE,
  CONSTRAINT `virtual_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


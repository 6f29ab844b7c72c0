-- HOT Tasking Manager (Humanitarian OpenStreetMap Team; tasks.hotosm.org and other instances; FastAPI/SQLAlchemy on
-- PostgreSQL + PostGIS)
-- Source: github.com/hotosm/tasking-manager migrations/versions/*.py (98 Alembic migrations replayed into PostgreSQL 15
-- + PostGIS with upstream's own revisions; only env.py replaced by a minimal synchronous one), commit
-- 5a4da86619d91f7578b762b6ede7f9d1b7c30c00, BSD-2-Clause. All 45 tables (alembic_version included).
-- Foreign-key columns made equal to the referenced key's type for MariaDB: project_chat.user_id INT -> BIGINT,
-- project_interests.project_id BIGINT -> INT. Foreign-key constraint names that PostgreSQL allows to repeat across
-- tables (fk_users, fk_tasks, fk_organisations, project_partners_*_fk) are prefixed with the table name where repeated.
-- Written as MySQL by a script (pg2mysql.py, not upstream code) from the PostgreSQL catalog of the database that
-- upstream's own schema created: columns in upstream's names and order; PostgreSQL types mapped (integer INT, bigint
-- BIGINT, smallint SMALLINT, character varying(n) VARCHAR(n), unbounded character varying VARCHAR(255), text TEXT
-- (VARCHAR(255) where it is in a key), boolean TINYINT(1), timestamp [with time zone] DATETIME(6), date DATE,
-- double precision DOUBLE, numeric(p,s) DECIMAL(p,s), uuid CHAR(36), json/jsonb JSON, inet VARCHAR(45), bytea LONGBLOB,
-- PostGIS geometry/geography GEOMETRY, hstore/tsvector/arrays TEXT, enum types ENUM(...)); NOT NULL kept; literal
-- defaults kept, now() as CURRENT_TIMESTAMP, function defaults dropped, AUTO_INCREMENT where the key takes a sequence;
-- primary keys, UNIQUE constraints, unique indexes on plain columns (as UNIQUE KEY) and foreign keys as in PostgreSQL
-- (partial and expression unique indexes left out). Tables are ordered so that referenced tables come first.

CREATE TABLE `alembic_version` (
  `version_num` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mapping_levels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `approvals_required` INT NOT NULL DEFAULT 0,
  `color` VARCHAR(255),
  `ordering` INT NOT NULL,
  `is_beginner` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mapping_levels_ordering_key` (`ordering`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255),
  `role` INT NOT NULL,
  `mapping_level` INT NOT NULL,
  `tasks_mapped` INT NOT NULL,
  `tasks_validated` INT NOT NULL,
  `tasks_invalidated` INT NOT NULL,
  `projects_mapped` TEXT,
  `email_address` VARCHAR(255),
  `facebook_id` VARCHAR(255),
  `is_email_verified` TINYINT(1),
  `linkedin_id` VARCHAR(255),
  `twitter_id` VARCHAR(255),
  `date_registered` DATETIME(6),
  `last_validation_date` DATETIME(6),
  `tasks_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `is_expert` TINYINT(1),
  `irc_id` VARCHAR(255),
  `city` VARCHAR(255),
  `country` VARCHAR(255),
  `name` VARCHAR(255),
  `skype_id` VARCHAR(255),
  `slack_id` VARCHAR(255),
  `default_editor` VARCHAR(255) NOT NULL DEFAULT 'ID',
  `mentions_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `projects_notifications` TINYINT(1) NOT NULL DEFAULT 1,
  `picture_url` VARCHAR(255),
  `gender` INT,
  `self_description_gender` VARCHAR(255),
  `projects_comments_notifications` TINYINT(1) NOT NULL,
  `tasks_comments_notifications` TINYINT(1) NOT NULL,
  `teams_announcement_notifications` TINYINT(1) NOT NULL,
  `task_validation_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `task_invalidation_notification` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_key` (`username`),
  CONSTRAINT `fk_user_mapping_level` FOREIGN KEY (`mapping_level`) REFERENCES `mapping_levels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_keys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user` BIGINT NOT NULL,
  `app_key` VARCHAR(255) NOT NULL,
  `created` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `application_keys_user_fkey` FOREIGN KEY (`user`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banner` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `message` VARCHAR(255) NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaigns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `logo` VARCHAR(255),
  `url` VARCHAR(255),
  `description` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `campaigns_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(512) NOT NULL,
  `logo` VARCHAR(255),
  `url` VARCHAR(255),
  `description` VARCHAR(255),
  `type` INT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `subscription_tier` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisations_name_key` (`name`),
  UNIQUE KEY `organisations_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaign_organisations` (
  `campaign_id` INT,
  `organisation_id` INT,
  UNIQUE KEY `campaign_organisation_key` (`campaign_id`, `organisation_id`),
  CONSTRAINT `campaign_organisations_campaign_id_fkey` FOREIGN KEY (`campaign_id`) REFERENCES `campaigns` (`id`),
  CONSTRAINT `campaign_organisations_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licenses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `plain_text` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `licenses_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` INT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `priority` INT,
  `default_locale` VARCHAR(10),
  `author_id` BIGINT NOT NULL,
  `difficulty` INT NOT NULL,
  `private` TINYINT(1),
  `changeset_comment` VARCHAR(255),
  `due_date` DATETIME(6),
  `imagery` VARCHAR(255),
  `josm_preset` VARCHAR(255),
  `last_updated` DATETIME(6),
  `mapping_types` TEXT,
  `total_tasks` INT NOT NULL,
  `tasks_mapped` INT NOT NULL,
  `tasks_validated` INT NOT NULL,
  `tasks_bad_imagery` INT NOT NULL,
  `license_id` INT,
  `centroid` GEOMETRY NOT NULL,
  `geometry` GEOMETRY NOT NULL,
  `task_creation_mode` INT NOT NULL,
  `mapping_editors` TEXT NOT NULL DEFAULT '{0,1,2,3}',
  `validation_editors` TEXT NOT NULL DEFAULT '{0,1,2,3}',
  `osmcha_filter_id` VARCHAR(255),
  `enforce_random_task_selection` TINYINT(1) DEFAULT 0,
  `id_presets` TEXT,
  `featured` TINYINT(1),
  `country` TEXT,
  `organisation_id` INT,
  `mapping_permission` INT,
  `validation_permission` INT,
  `rapid_power_user` TINYINT(1),
  `extra_id_params` VARCHAR(255),
  `progress_email_sent` TINYINT(1),
  `mapping_permission_level_id` INT NOT NULL DEFAULT 1,
  `validation_permission_level_id` INT NOT NULL DEFAULT 2,
  `database` VARCHAR(255) NOT NULL DEFAULT 'OSM',
  `sandbox` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_licenses` FOREIGN KEY (`license_id`) REFERENCES `licenses` (`id`),
  CONSTRAINT `fk_organisations` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`),
  CONSTRAINT `fk_projects_mapping_permission_level` FOREIGN KEY (`mapping_permission_level_id`) REFERENCES `mapping_levels` (`id`),
  CONSTRAINT `fk_projects_validation_permission_level` FOREIGN KEY (`validation_permission_level_id`) REFERENCES `mapping_levels` (`id`),
  CONSTRAINT `fk_users` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaign_projects` (
  `campaign_id` INT,
  `project_id` INT,
  CONSTRAINT `campaign_projects_campaign_id_fkey` FOREIGN KEY (`campaign_id`) REFERENCES `campaigns` (`id`),
  CONSTRAINT `campaign_projects_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `interests_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mapping_badges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `image_path` VARCHAR(255),
  `requirements` JSON,
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `is_internal` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mapping_issue_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mapping_issue_categories_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mapping_level_badges` (
  `level_id` INT NOT NULL,
  `badge_id` INT NOT NULL,
  PRIMARY KEY (`level_id`, `badge_id`),
  CONSTRAINT `mapping_level_badges_badge_id_fkey` FOREIGN KEY (`badge_id`) REFERENCES `mapping_badges` (`id`),
  CONSTRAINT `mapping_level_badges_level_id_fkey` FOREIGN KEY (`level_id`) REFERENCES `mapping_levels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` INT NOT NULL,
  `project_id` INT NOT NULL,
  `x` INT,
  `y` INT,
  `zoom` INT,
  `geometry` GEOMETRY,
  `task_status` INT,
  `locked_by` BIGINT,
  `mapped_by` BIGINT,
  `validated_by` BIGINT,
  `is_square` TINYINT(1),
  `extra_properties` VARCHAR(255),
  PRIMARY KEY (`id`, `project_id`),
  CONSTRAINT `fk_users_locked` FOREIGN KEY (`locked_by`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_users_mapper` FOREIGN KEY (`mapped_by`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_users_validator` FOREIGN KEY (`validated_by`) REFERENCES `users` (`id`),
  CONSTRAINT `tasks_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `message` VARCHAR(255),
  `subject` VARCHAR(255),
  `from_user_id` BIGINT,
  `to_user_id` BIGINT,
  `date` DATETIME(6),
  `read` TINYINT(1),
  `message_type` INT,
  `project_id` INT,
  `task_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_message_projects` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `messages_from_user_id_fkey` FOREIGN KEY (`from_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `messages_tasks` FOREIGN KEY (`task_id`, `project_id`) REFERENCES `tasks` (`id`, `project_id`),
  CONSTRAINT `messages_to_user_id_fkey` FOREIGN KEY (`to_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `unread_count` INT,
  `date` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_managers` (
  `organisation_id` INT NOT NULL,
  `user_id` BIGINT NOT NULL,
  UNIQUE KEY `organisation_user_key` (`organisation_id`, `user_id`),
  CONSTRAINT `organisation_managers_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`),
  CONSTRAINT `organisation_managers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partners` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  `primary_hashtag` VARCHAR(200) NOT NULL,
  `secondary_hashtag` VARCHAR(200),
  `logo_url` VARCHAR(500),
  `link_meta` VARCHAR(300),
  `link_x` VARCHAR(300),
  `link_instagram` VARCHAR(300),
  `current_projects` VARCHAR(255),
  `permalink` VARCHAR(500),
  `website_links` VARCHAR(255),
  `mapswipe_group_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `partners_name_key` (`name`),
  UNIQUE KEY `partners_permalink_key` (`permalink`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `priority_areas` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `geometry` GEOMETRY,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_allowed_users` (
  `project_id` INT,
  `user_id` BIGINT,
  CONSTRAINT `project_allowed_users_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `project_allowed_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_chat` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `time_stamp` DATETIME(6) NOT NULL,
  `message` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_chat_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `project_chat_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_custom_editors` (
  `project_id` INT NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `description` VARCHAR(255),
  `url` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`project_id`),
  CONSTRAINT `project_custom_editors_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_favorites` (
  `project_id` INT,
  `user_id` BIGINT,
  CONSTRAINT `project_favorites_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `project_favorites_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_info` (
  `project_id` INT NOT NULL,
  `locale` VARCHAR(10) NOT NULL,
  `name` VARCHAR(512),
  `short_description` VARCHAR(255),
  `description` VARCHAR(255),
  `instructions` VARCHAR(255),
  `project_id_str` VARCHAR(255),
  `text_searchable` TEXT,
  `per_task_instructions` VARCHAR(255),
  PRIMARY KEY (`project_id`, `locale`),
  CONSTRAINT `project_info_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_interests` (
  `interest_id` INT,
  `project_id` INT,
  CONSTRAINT `projects_interests_interest_id_fkey` FOREIGN KEY (`interest_id`) REFERENCES `interests` (`id`),
  CONSTRAINT `projects_interests_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_partnerships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `partner_id` INT NOT NULL,
  `started_on` DATETIME(6) NOT NULL,
  `ended_on` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `project_partners_partners_fk` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`),
  CONSTRAINT `project_partners_projects_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_partnerships_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `partnership_id` BIGINT,
  `project_id` INT NOT NULL,
  `partner_id` INT NOT NULL,
  `action_date` DATETIME(6) NOT NULL,
  `action` INT NOT NULL,
  `started_on_old` DATETIME(6),
  `ended_on_old` DATETIME(6),
  `started_on_new` DATETIME(6),
  `ended_on_new` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `project_partnerships_history_project_partners_partners_fk` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_partnerships_history_project_partners_projects_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_partnerships_fk` FOREIGN KEY (`partnership_id`) REFERENCES `project_partnerships` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_priority_areas` (
  `project_id` INT,
  `priority_area_id` INT,
  CONSTRAINT `project_priority_areas_priority_area_id_fkey` FOREIGN KEY (`priority_area_id`) REFERENCES `priority_areas` (`id`),
  CONSTRAINT `project_priority_areas_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organisation_id` INT NOT NULL,
  `name` VARCHAR(512) NOT NULL,
  `logo` VARCHAR(255),
  `description` VARCHAR(255),
  `visibility` INT NOT NULL DEFAULT 1,
  `join_method` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `teams_fk_organisations` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_teams` (
  `team_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  `role` INT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_project_team_role` (`team_id`, `project_id`, `role`),
  CONSTRAINT `project_teams_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `project_teams_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_version` (
  `tag_name` VARCHAR(64) NOT NULL,
  `published_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`tag_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_annotations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT,
  `task_id` INT NOT NULL,
  `annotation_type` VARCHAR(255) NOT NULL,
  `annotation_source` VARCHAR(255),
  `updated_timestamp` DATETIME(6) NOT NULL,
  `properties` JSON NOT NULL,
  `annotation_markdown` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_task_annotations` FOREIGN KEY (`task_id`, `project_id`) REFERENCES `tasks` (`id`, `project_id`),
  CONSTRAINT `task_annotations_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT,
  `task_id` INT NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `action_text` VARCHAR(255),
  `action_date` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tasks` FOREIGN KEY (`task_id`, `project_id`) REFERENCES `tasks` (`id`, `project_id`),
  CONSTRAINT `task_history_fk_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `task_history_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_invalidation_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `is_closed` TINYINT(1),
  `mapper_id` BIGINT,
  `mapped_date` DATETIME(6),
  `invalidator_id` BIGINT,
  `invalidated_date` DATETIME(6),
  `invalidation_history_id` INT,
  `validator_id` BIGINT,
  `validated_date` DATETIME(6),
  `updated_date` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_invalidation_history` FOREIGN KEY (`invalidation_history_id`) REFERENCES `task_history` (`id`),
  CONSTRAINT `fk_invalidators` FOREIGN KEY (`invalidator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_mappers` FOREIGN KEY (`mapper_id`) REFERENCES `users` (`id`),
  CONSTRAINT `task_invalidation_history_fk_tasks` FOREIGN KEY (`task_id`, `project_id`) REFERENCES `tasks` (`id`, `project_id`),
  CONSTRAINT `fk_validators` FOREIGN KEY (`validator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `task_invalidation_history_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_mapping_issues` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mapping_issue_category_id` INT NOT NULL,
  `task_history_id` INT NOT NULL,
  `issue` VARCHAR(255) NOT NULL,
  `count` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_issue_category` FOREIGN KEY (`mapping_issue_category_id`) REFERENCES `mapping_issue_categories` (`id`),
  CONSTRAINT `task_mapping_issues_task_history_id_fkey` FOREIGN KEY (`task_history_id`) REFERENCES `task_history` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_members` (
  `team_id` INT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `function` INT NOT NULL,
  `active` TINYINT(1),
  `join_request_notifications` TINYINT(1) NOT NULL,
  `joined_date` DATETIME(6),
  PRIMARY KEY (`team_id`, `user_id`),
  CONSTRAINT `fk_teams` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `team_members_fk_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_interests` (
  `interest_id` INT,
  `user_id` BIGINT,
  CONSTRAINT `users_interests_interest_id_fkey` FOREIGN KEY (`interest_id`) REFERENCES `interests` (`id`),
  CONSTRAINT `users_interests_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_level_vote` (
  `user_id` BIGINT NOT NULL,
  `level_id` INT NOT NULL,
  `voter_id` BIGINT NOT NULL,
  `vote_date` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`, `level_id`, `voter_id`),
  CONSTRAINT `user_level_vote_level_id_fkey` FOREIGN KEY (`level_id`) REFERENCES `mapping_levels` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_level_vote_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_level_vote_voter_id_fkey` FOREIGN KEY (`voter_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_licenses` (
  `user` BIGINT,
  `license` INT,
  CONSTRAINT `users_licenses_license_fkey` FOREIGN KEY (`license`) REFERENCES `licenses` (`id`),
  CONSTRAINT `users_licenses_user_fkey` FOREIGN KEY (`user`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_mapping_badge` (
  `user_id` BIGINT NOT NULL,
  `badge_id` INT NOT NULL,
  `date_assigned` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`, `badge_id`),
  CONSTRAINT `user_mapping_badge_badge_id_fkey` FOREIGN KEY (`badge_id`) REFERENCES `mapping_badges` (`id`),
  CONSTRAINT `user_mapping_badge_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_next_level` (
  `user_id` BIGINT NOT NULL,
  `level_id` INT NOT NULL,
  `nomination_date` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`, `level_id`),
  CONSTRAINT `user_next_level_level_id_fkey` FOREIGN KEY (`level_id`) REFERENCES `mapping_levels` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_next_level_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_stats` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `stats` JSON NOT NULL,
  `date_obtained` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_user_stats_user_id` (`user_id`),
  CONSTRAINT `user_stats_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_with_email` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_with_email_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


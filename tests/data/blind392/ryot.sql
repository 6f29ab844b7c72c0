-- Ryot (IgnisDa/ryot; self-hosted tracker of media consumption and fitness), GPL-3.0
-- Upstream: github.com/IgnisDa/ryot, commit 9c37d60b2da20fb5707ebcd07859f0ea485d5c5a (v10.4.2 + 3 commits)
-- Source: crates/migrations/sql/src/m*.rs (29 SeaORM / SeaQuery migrations). Each create_table / create_index /
-- raw-SQL step was written out as the PostgreSQL DDL SeaQuery emits, run on a scratch PostgreSQL 15 database, checked
-- column by column against the SeaORM entities in crates/models/database/src/*.rs, read back from the catalogue and
-- written as MySQL: text -> TEXT (VARCHAR(255) in keys), jsonb -> JSON, timestamptz -> DATETIME(6), numeric -> DECIMAL(30,10),
-- uuid -> CHAR(36), text[] / timestamptz[] -> TEXT, bool -> TINYINT(1). STORED generated columns are plain columns here;
-- CHECK constraints, partial unique indexes, trigram/hash indexes, the collection_entity_membership view and
-- enum / uuid / array / JSON defaults are left out. Column names and order are upstream's.
CREATE TABLE `application_cache` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `key` VARCHAR(255) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `value` JSON NOT NULL,
  `version` TEXT,
  `sanitized_key` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_cache_key_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `genre` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `seaql_migrations` (
  `version` VARCHAR(255) NOT NULL,
  `applied_at` BIGINT NOT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `password` TEXT,
  `lot` TEXT NOT NULL,
  `preferences` JSON NOT NULL,
  `oidc_issuer_id` VARCHAR(255),
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `extra_information` JSON,
  `is_disabled` TINYINT(1),
  `last_login_on` DATETIME(6),
  `two_factor_information` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user__oidc_issuer_id__index` (`oidc_issuer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_link` (
  `id` VARCHAR(255) NOT NULL,
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `issued_tokens` TEXT NOT NULL,
  `expires_on` DATETIME(6),
  `times_used` INT NOT NULL,
  `maximum_uses` INT,
  `is_revoked` TINYINT(1),
  `user_id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `is_mutation_allowed` TINYINT(1),
  `redirect_to` TEXT,
  `is_account_default` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `access_link_to_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection` (
  `id` VARCHAR(255) NOT NULL,
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `last_updated_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `information_template` JSON,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `collection__name-user_id__index` (`name`, `user_id`),
  CONSTRAINT `collection_to_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daily_user_activity` (
  `id` CHAR(36) NOT NULL,
  `date` DATE,
  `user_id` VARCHAR(255) NOT NULL,
  `entity_ids` TEXT NOT NULL,
  `metadata_review_count` INT NOT NULL DEFAULT 0,
  `collection_review_count` INT NOT NULL DEFAULT 0,
  `metadata_group_review_count` INT NOT NULL DEFAULT 0,
  `person_review_count` INT NOT NULL DEFAULT 0,
  `exercise_review_count` INT NOT NULL DEFAULT 0,
  `workout_count` INT NOT NULL DEFAULT 0,
  `workout_duration` INT NOT NULL DEFAULT 0,
  `measurement_count` INT NOT NULL DEFAULT 0,
  `audio_book_count` INT NOT NULL DEFAULT 0,
  `audio_book_duration` INT NOT NULL DEFAULT 0,
  `anime_count` INT NOT NULL DEFAULT 0,
  `book_count` INT NOT NULL DEFAULT 0,
  `book_pages` INT NOT NULL DEFAULT 0,
  `podcast_count` INT NOT NULL DEFAULT 0,
  `podcast_duration` INT NOT NULL DEFAULT 0,
  `manga_count` INT NOT NULL DEFAULT 0,
  `movie_count` INT NOT NULL DEFAULT 0,
  `movie_duration` INT NOT NULL DEFAULT 0,
  `music_count` INT NOT NULL DEFAULT 0,
  `music_duration` INT NOT NULL DEFAULT 0,
  `show_count` INT NOT NULL DEFAULT 0,
  `show_duration` INT NOT NULL DEFAULT 0,
  `video_game_count` INT NOT NULL DEFAULT 0,
  `video_game_duration` INT NOT NULL DEFAULT 0,
  `visual_novel_count` INT NOT NULL DEFAULT 0,
  `visual_novel_duration` INT NOT NULL DEFAULT 0,
  `workout_personal_bests` INT NOT NULL DEFAULT 0,
  `workout_weight` INT NOT NULL DEFAULT 0,
  `workout_reps` INT NOT NULL DEFAULT 0,
  `workout_distance` INT NOT NULL DEFAULT 0,
  `workout_rest_time` INT NOT NULL DEFAULT 0,
  `total_metadata_count` INT NOT NULL DEFAULT 0,
  `total_review_count` INT NOT NULL DEFAULT 0,
  `total_count` INT NOT NULL DEFAULT 0,
  `total_duration` INT NOT NULL DEFAULT 0,
  `workout_calories_burnt` INT NOT NULL DEFAULT 0,
  `hour_records` JSON NOT NULL,
  `workout_muscles` TEXT NOT NULL,
  `workout_exercises` TEXT NOT NULL,
  `workout_equipments` TEXT NOT NULL,
  `total_person_count` INT NOT NULL DEFAULT 0,
  `total_metadata_group_count` INT NOT NULL DEFAULT 0,
  `person_collection_count` INT NOT NULL DEFAULT 0,
  `metadata_collection_count` INT NOT NULL DEFAULT 0,
  `metadata_group_collection_count` INT NOT NULL DEFAULT 0,
  `total_collection_count` INT NOT NULL DEFAULT 0,
  `comic_book_count` INT NOT NULL DEFAULT 0,
  `comic_book_pages` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `daily_user_activity_uqi1` (`user_id`, `date`),
  CONSTRAINT `daily_user_activity_to_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exercise` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `lot` TEXT NOT NULL,
  `level` TEXT NOT NULL,
  `force` TEXT,
  `mechanic` TEXT,
  `equipment` TEXT,
  `source` TEXT NOT NULL,
  `created_by_user_id` VARCHAR(255),
  `muscles` TEXT NOT NULL,
  `assets` JSON NOT NULL,
  `instructions` TEXT NOT NULL,
  `aggregated_instructions` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `exercise_to_user_foreign_key` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filter_preset` (
  `id` CHAR(36) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `context_type` TEXT NOT NULL,
  `context_information` JSON,
  `filters` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_used_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `filter_preset_to_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `import_report` (
  `id` VARCHAR(255) NOT NULL,
  `source` TEXT NOT NULL,
  `started_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `finished_on` DATETIME(6),
  `was_success` TINYINT(1),
  `details` JSON,
  `user_id` VARCHAR(255) NOT NULL,
  `progress` DECIMAL(30,10),
  `source_result` JSON,
  `estimated_finish_time` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `media_import_report_to_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration` (
  `id` VARCHAR(255) NOT NULL,
  `lot` TEXT NOT NULL,
  `provider` TEXT NOT NULL,
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `provider_specifics` JSON,
  `user_id` VARCHAR(255) NOT NULL,
  `sync_to_owned_collection` TINYINT(1),
  `minimum_progress` DECIMAL(30,10),
  `maximum_progress` DECIMAL(30,10),
  `is_disabled` TINYINT(1),
  `name` TEXT,
  `trigger_result` JSON NOT NULL,
  `last_finished_at` DATETIME(6),
  `extra_settings` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `integration_to_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata` (
  `id` VARCHAR(255) NOT NULL,
  `lot` VARCHAR(255) NOT NULL,
  `production_status` TEXT,
  `identifier` VARCHAR(255) NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_updated_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `title` TEXT NOT NULL,
  `description` TEXT,
  `publish_year` INT,
  `publish_date` DATE,
  `provider_rating` DECIMAL(30,10),
  `is_nsfw` TINYINT(1),
  `free_creators` JSON,
  `original_language` TEXT,
  `is_partial` TINYINT(1),
  `audio_book_specifics` JSON,
  `anime_specifics` JSON,
  `book_specifics` JSON,
  `podcast_specifics` JSON,
  `manga_specifics` JSON,
  `movie_specifics` JSON,
  `show_specifics` JSON,
  `video_game_specifics` JSON,
  `visual_novel_specifics` JSON,
  `watch_providers` JSON,
  `external_identifiers` JSON,
  `music_specifics` JSON,
  `source_url` TEXT,
  `created_by_user_id` VARCHAR(255),
  `assets` JSON NOT NULL,
  `comic_book_specifics` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `metadata-identifier-source-lot__unique-index` (`identifier`, `source`, `lot`),
  CONSTRAINT `metadata_to_user_foreign_key` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calendar_event` (
  `id` VARCHAR(255) NOT NULL,
  `metadata_show_extra_information` JSON,
  `metadata_podcast_extra_information` JSON,
  `metadata_id` VARCHAR(255),
  `metadata_anime_extra_information` JSON,
  `timestamp` DATETIME(6) NOT NULL,
  `date` DATE NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `calendar_event-date-metadataid-info__uq-idx` (`timestamp`, `metadata_id`, `metadata_show_extra_information`, `metadata_podcast_extra_information`, `metadata_anime_extra_information`),
  CONSTRAINT `fk-calendar_event_to_metadata` FOREIGN KEY (`metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata_group` (
  `id` VARCHAR(255) NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `parts` INT NOT NULL DEFAULT 0,
  `title` TEXT NOT NULL,
  `description` TEXT,
  `lot` VARCHAR(255) NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `is_partial` TINYINT(1),
  `source_url` TEXT,
  `assets` JSON NOT NULL,
  `created_by_user_id` VARCHAR(255),
  `last_updated_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `metadata_group-identifier-source-lot__unique-index` (`identifier`, `source`, `lot`),
  CONSTRAINT `metadata_group_to_user_foreign_key` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata_to_genre` (
  `genre_id` VARCHAR(255) NOT NULL,
  `metadata_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`metadata_id`, `genre_id`),
  CONSTRAINT `fk-genre_id-metadata_id` FOREIGN KEY (`genre_id`) REFERENCES `genre` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk-metadata_id-genre_id` FOREIGN KEY (`metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata_to_metadata` (
  `relation` VARCHAR(255) NOT NULL,
  `from_metadata_id` VARCHAR(255) NOT NULL,
  `to_metadata_id` VARCHAR(255) NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `metadata_to_metadata_from_metadata_id_relation_to_metadata__idx` (`from_metadata_id`, `relation`, `to_metadata_id`),
  CONSTRAINT `metadata_to_metadata_from_metadata_id_fkey` FOREIGN KEY (`from_metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `metadata_to_metadata_to_metadata_id_fkey` FOREIGN KEY (`to_metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata_to_metadata_group` (
  `part` INT,
  `metadata_group_id` VARCHAR(255) NOT NULL,
  `metadata_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`metadata_id`, `metadata_group_id`),
  CONSTRAINT `metadata_to_metadata_group_metadata_group_id_fkey` FOREIGN KEY (`metadata_group_id`) REFERENCES `metadata_group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `metadata_to_metadata_group_metadata_id_fkey` FOREIGN KEY (`metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_platform` (
  `id` VARCHAR(255) NOT NULL,
  `lot` TEXT NOT NULL,
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `platform_specifics` JSON NOT NULL,
  `description` TEXT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `is_disabled` TINYINT(1),
  `configured_events` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notification_platform_to_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person` (
  `id` VARCHAR(255) NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_updated_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` TEXT NOT NULL,
  `description` TEXT,
  `gender` TEXT,
  `birth_date` DATE,
  `death_date` DATE,
  `place` TEXT,
  `website` TEXT,
  `is_partial` TINYINT(1),
  `source_specifics` JSON,
  `state_changes` JSON,
  `source_url` TEXT,
  `alternate_names` TEXT,
  `associated_metadata_count` INT NOT NULL,
  `associated_metadata_groups_count` INT NOT NULL,
  `associated_entity_count` INT NOT NULL,
  `assets` JSON NOT NULL,
  `created_by_user_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `person-identifier-source__unique_index` (`identifier`, `source`, `source_specifics`),
  CONSTRAINT `person_to_user_foreign_key` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_translation` (
  `id` CHAR(36) NOT NULL,
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `metadata_id` VARCHAR(255),
  `metadata_group_id` VARCHAR(255),
  `person_id` VARCHAR(255),
  `value` TEXT,
  `variant` TEXT NOT NULL,
  `language` TEXT NOT NULL,
  `entity_lot` TEXT NOT NULL,
  `entity_id` TEXT NOT NULL,
  `show_extra_information` JSON,
  `podcast_extra_information` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `entity_translation-fk1` FOREIGN KEY (`metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `entity_translation-fk2` FOREIGN KEY (`metadata_group_id`) REFERENCES `metadata_group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `entity_translation-fk3` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata_group_to_person` (
  `role` VARCHAR(255) NOT NULL,
  `person_id` VARCHAR(255) NOT NULL,
  `metadata_group_id` VARCHAR(255) NOT NULL,
  `index` INT,
  PRIMARY KEY (`metadata_group_id`, `person_id`, `role`),
  CONSTRAINT `fk-metadata_group-item_person-metadata_group_id` FOREIGN KEY (`metadata_group_id`) REFERENCES `metadata_group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk-metadata_group-item_person-person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata_to_person` (
  `index` INT,
  `role` VARCHAR(255) NOT NULL,
  `character` TEXT,
  `person_id` VARCHAR(255) NOT NULL,
  `metadata_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`metadata_id`, `person_id`, `role`),
  CONSTRAINT `fk-media-item_media-person_id` FOREIGN KEY (`metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk-person-item_media-person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review` (
  `id` VARCHAR(255) NOT NULL,
  `posted_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `rating` DECIMAL(30,10),
  `text` TEXT,
  `is_spoiler` TINYINT(1) NOT NULL DEFAULT 0,
  `visibility` TEXT NOT NULL,
  `comments` JSON NOT NULL,
  `show_extra_information` JSON,
  `podcast_extra_information` JSON,
  `anime_extra_information` JSON,
  `manga_extra_information` JSON,
  `collection_id` VARCHAR(255),
  `metadata_group_id` VARCHAR(255),
  `person_id` VARCHAR(255),
  `metadata_id` VARCHAR(255),
  `user_id` VARCHAR(255) NOT NULL,
  `exercise_id` VARCHAR(255),
  `entity_id` TEXT NOT NULL,
  `entity_lot` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `review_to_collection_foreign_key` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `review_to_exercise_foreign_key` FOREIGN KEY (`exercise_id`) REFERENCES `exercise` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `review_to_metadata_foreign_key` FOREIGN KEY (`metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `review_to_metadata_group_foreign_key` FOREIGN KEY (`metadata_group_id`) REFERENCES `metadata_group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `review_to_person_foreign_key` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `review_to_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `seen` (
  `id` VARCHAR(255) NOT NULL,
  `progress` DECIMAL(30,10) NOT NULL DEFAULT 0,
  `started_on` DATETIME(6),
  `finished_on` DATETIME(6),
  `state` TEXT NOT NULL,
  `updated_at` TEXT NOT NULL,
  `show_extra_information` JSON,
  `podcast_extra_information` JSON,
  `anime_extra_information` JSON,
  `manga_extra_information` JSON,
  `last_updated_on` DATETIME(6) NOT NULL,
  `num_times_updated` INT NOT NULL,
  `metadata_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `manual_time_spent` DECIMAL(30,10),
  `review_id` VARCHAR(255),
  `providers_consumed_on` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `metadata_to_seen_foreign_key` FOREIGN KEY (`metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `review_to_seen_foreign_key` FOREIGN KEY (`review_id`) REFERENCES `review` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `user_to_seen_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_measurement` (
  `timestamp` DATETIME(6) NOT NULL,
  `name` TEXT,
  `comment` TEXT,
  `information` JSON NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`user_id`, `timestamp`),
  CONSTRAINT `fk-user_measurement-user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_to_entity` (
  `last_updated_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `exercise_num_times_interacted` INT,
  `exercise_id` VARCHAR(255),
  `exercise_extra_information` JSON,
  `media_reason` TEXT,
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `needs_to_be_updated` TINYINT(1),
  `metadata_group_id` VARCHAR(255),
  `person_id` VARCHAR(255),
  `metadata_id` VARCHAR(255),
  `user_id` VARCHAR(255) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `collection_id` VARCHAR(255),
  `collection_extra_information` JSON,
  `entity_id` TEXT NOT NULL,
  `entity_lot` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_to_entity-uqi1` (`user_id`, `metadata_id`),
  UNIQUE KEY `user_to_entity-uqi2` (`user_id`, `exercise_id`),
  UNIQUE KEY `user_to_entity-uqi3` (`user_id`, `person_id`),
  UNIQUE KEY `user_to_entity-uqi4` (`user_id`, `metadata_group_id`),
  UNIQUE KEY `user_to_entity-uqi5` (`user_id`, `collection_id`),
  CONSTRAINT `user_to_entity-fk1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_to_entity-fk2` FOREIGN KEY (`metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_to_entity-fk3` FOREIGN KEY (`exercise_id`) REFERENCES `exercise` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_to_entity-fk4` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_to_entity-fk5` FOREIGN KEY (`metadata_group_id`) REFERENCES `metadata_group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_to_entity-fk6` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workout_template` (
  `id` VARCHAR(255) NOT NULL,
  `summary` JSON NOT NULL,
  `information` JSON NOT NULL,
  `name` TEXT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `workout_template_to_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workout` (
  `id` VARCHAR(255) NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `name` TEXT NOT NULL,
  `summary` JSON NOT NULL,
  `information` JSON NOT NULL,
  `repeated_from` VARCHAR(255),
  `user_id` VARCHAR(255) NOT NULL,
  `template_id` VARCHAR(255),
  `duration` INT NOT NULL,
  `calories_burnt` DECIMAL(30,10),
  PRIMARY KEY (`id`),
  CONSTRAINT `template_to_workout_foreign_key` FOREIGN KEY (`template_id`) REFERENCES `workout_template` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `workout_repeated_from_fk` FOREIGN KEY (`repeated_from`) REFERENCES `workout` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `workout_to_user_foreign_key` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection_to_entity` (
  `last_updated_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `exercise_id` VARCHAR(255),
  `information` JSON,
  `collection_id` VARCHAR(255) NOT NULL,
  `metadata_group_id` VARCHAR(255),
  `person_id` VARCHAR(255),
  `metadata_id` VARCHAR(255),
  `created_on` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` CHAR(36) NOT NULL,
  `workout_id` VARCHAR(255),
  `workout_template_id` VARCHAR(255),
  `entity_lot` TEXT NOT NULL,
  `entity_id` TEXT NOT NULL,
  `rank` DECIMAL(30,10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `collection_to_entity_uqi1` (`collection_id`, `metadata_id`),
  UNIQUE KEY `collection_to_entity_uqi2` (`collection_id`, `person_id`),
  UNIQUE KEY `collection_to_entity_uqi3` (`collection_id`, `metadata_group_id`),
  UNIQUE KEY `collection_to_entity_uqi4` (`collection_id`, `exercise_id`),
  UNIQUE KEY `collection_to_entity_uqi5` (`collection_id`, `workout_id`),
  UNIQUE KEY `collection_to_entity_uqi6` (`collection_id`, `workout_template_id`),
  CONSTRAINT `collection_to_entity-fk1` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `collection_to_entity-fk2` FOREIGN KEY (`metadata_id`) REFERENCES `metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `collection_to_entity-fk3` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `collection_to_entity-fk4` FOREIGN KEY (`metadata_group_id`) REFERENCES `metadata_group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `collection_to_entity-fk5` FOREIGN KEY (`exercise_id`) REFERENCES `exercise` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `collection_to_entity-fk6` FOREIGN KEY (`workout_id`) REFERENCES `workout` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `collection_to_entity-fk7` FOREIGN KEY (`workout_template_id`) REFERENCES `workout_template` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

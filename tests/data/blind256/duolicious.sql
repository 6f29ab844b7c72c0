-- Duolicious (dating and friend-finding app) — blind exam 256
-- Source: github.com/duolicious/duolicious-backend `backend/init-api.sql`, commit 0cf4173db85b708b5c71ec647d2c521838415237 (AGPL-3.0).
-- PostgreSQL DDL loaded in a scratch PostgreSQL 15 (PostGIS/pgvector absent: GEOGRAPHY(Point, 4326) and VECTOR(47) loaded as
-- TEXT and REAL[]), then written as MySQL from the catalog: every table and column in upstream's order, primary, unique and
-- foreign keys as upstream. Types: TEXT -> TEXT (VARCHAR(255) where part of a key), SERIAL/SMALLSERIAL -> INT/SMALLINT
-- AUTO_INCREMENT, BOOLEAN -> TINYINT(1), TIMESTAMP -> DATETIME(6), UUID -> CHAR(36), INET -> VARCHAR(45), JSONB and arrays
-- (TEXT[], INT[], VECTOR) -> JSON, enum types -> ENUM, GEOGRAPHY(Point, 4326) -> VARCHAR(100). Function defaults (NOW(),
-- uuid_generate_v4(), array_full(...)), generated-column expression (tiny_id), CHECKs, indexes, triggers, functions and seed rows left out.
CREATE TABLE `bad_email_domain` (
  `domain` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_email_domain` (
  `domain` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banned_club` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_level` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `verification_level_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gender` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gender_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orientation` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `orientation_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ethnicity` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ethnicity_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `short_friendly` VARCHAR(255) NOT NULL,
  `long_friendly` VARCHAR(255) NOT NULL,
  `city` TEXT NOT NULL,
  `subdivision` TEXT NOT NULL,
  `country` TEXT NOT NULL,
  `coordinates` VARCHAR(100) NOT NULL,
  `verification_required` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `location_long_friendly_key` (`long_friendly`),
  UNIQUE KEY `location_short_friendly_key` (`short_friendly`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `looking_for` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `looking_for_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `yes_no` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `yes_no_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `yes_no_optional` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `yes_no_optional_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `yes_no_maybe` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `yes_no_maybe_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frequency` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `frequency_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationship_status` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `relationship_status_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `religion` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `religion_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `star_sign` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `star_sign_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unit` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unit_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `immediacy` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `immediacy_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `id_salt` INT,
  `tiny_id` TEXT,
  `uuid` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `normalized_email` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `url_slug` TEXT NOT NULL,
  `date_of_birth` DATE NOT NULL,
  `coordinates` VARCHAR(100) NOT NULL,
  `gender_id` SMALLINT NOT NULL,
  `about` TEXT NOT NULL,
  `location_short_friendly` TEXT NOT NULL,
  `location_long_friendly` TEXT NOT NULL,
  `personality` JSON NOT NULL,
  `presence_score` JSON NOT NULL,
  `absence_score` JSON NOT NULL,
  `count_answers` SMALLINT NOT NULL DEFAULT 0,
  `has_profile_picture_id` SMALLINT NOT NULL DEFAULT 2,
  `verification_level_id` SMALLINT NOT NULL DEFAULT 1,
  `verified_age` TINYINT(1) NOT NULL DEFAULT 0,
  `verified_gender` TINYINT(1) NOT NULL DEFAULT 0,
  `verified_ethnicity` TINYINT(1) NOT NULL DEFAULT 0,
  `verification_required` TINYINT(1) NOT NULL DEFAULT 0,
  `orientation_id` SMALLINT NOT NULL DEFAULT 1,
  `ethnicity_id` SMALLINT NOT NULL DEFAULT 1,
  `occupation` TEXT,
  `education` TEXT,
  `height_cm` SMALLINT,
  `looking_for_id` SMALLINT NOT NULL DEFAULT 1,
  `smoking_id` SMALLINT NOT NULL DEFAULT 1,
  `drinking_id` SMALLINT NOT NULL DEFAULT 1,
  `drugs_id` SMALLINT NOT NULL DEFAULT 1,
  `long_distance_id` SMALLINT NOT NULL DEFAULT 1,
  `relationship_status_id` SMALLINT NOT NULL DEFAULT 1,
  `has_kids_id` SMALLINT NOT NULL DEFAULT 1,
  `wants_kids_id` SMALLINT NOT NULL DEFAULT 1,
  `exercise_id` SMALLINT NOT NULL DEFAULT 1,
  `religion_id` SMALLINT NOT NULL DEFAULT 1,
  `star_sign_id` SMALLINT NOT NULL DEFAULT 1,
  `title_color` TEXT NOT NULL,
  `body_color` TEXT NOT NULL,
  `background_color` TEXT NOT NULL,
  `unit_id` SMALLINT NOT NULL,
  `chats_notification` SMALLINT NOT NULL DEFAULT 1,
  `intros_notification` SMALLINT NOT NULL DEFAULT 2,
  `show_my_location` TINYINT(1) NOT NULL DEFAULT 1,
  `show_my_age` TINYINT(1) NOT NULL DEFAULT 1,
  `show_my_looking_for` TINYINT(1) NOT NULL DEFAULT 1,
  `hide_me_from_strangers` TINYINT(1) NOT NULL DEFAULT 0,
  `browse_invisibly` TINYINT(1) NOT NULL DEFAULT 0,
  `public_profile` TINYINT(1) NOT NULL DEFAULT 0,
  `privacy_verification_level_id` SMALLINT NOT NULL DEFAULT 1,
  `sign_up_time` DATETIME(6) NOT NULL,
  `sign_in_count` INT NOT NULL DEFAULT 1,
  `sign_in_time` DATETIME(6) NOT NULL,
  `last_nag_time` DATETIME(6),
  `last_online_time` DATETIME(6) NOT NULL,
  `last_visitor_check_time` DATETIME(6) NOT NULL,
  `activated` TINYINT(1) NOT NULL DEFAULT 1,
  `shadow_banned_at` DATETIME(6),
  `last_event_time` DATETIME(6) NOT NULL,
  `last_event_name` ENUM('added-photo','added-voice-bio','joined','updated-bio','was-recently-online','recently-online-with-photo','recently-online-with-voice-bio','recently-online-with-bio') NOT NULL DEFAULT 'joined',
  `last_event_data` JSON NOT NULL,
  `flair` JSON NOT NULL,
  `roles` JSON NOT NULL,
  `has_gold` TINYINT(1) NOT NULL DEFAULT 0,
  `intro_seconds` INT NOT NULL DEFAULT 0,
  `chat_seconds` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_email_key` (`email`),
  CONSTRAINT `person_chats_notification_fkey` FOREIGN KEY (`chats_notification`) REFERENCES `immediacy` (`id`),
  CONSTRAINT `person_drinking_id_fkey` FOREIGN KEY (`drinking_id`) REFERENCES `frequency` (`id`),
  CONSTRAINT `person_drugs_id_fkey` FOREIGN KEY (`drugs_id`) REFERENCES `yes_no_optional` (`id`),
  CONSTRAINT `person_ethnicity_id_fkey` FOREIGN KEY (`ethnicity_id`) REFERENCES `ethnicity` (`id`),
  CONSTRAINT `person_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `frequency` (`id`),
  CONSTRAINT `person_gender_id_fkey` FOREIGN KEY (`gender_id`) REFERENCES `gender` (`id`),
  CONSTRAINT `person_has_kids_id_fkey` FOREIGN KEY (`has_kids_id`) REFERENCES `yes_no_optional` (`id`),
  CONSTRAINT `person_has_profile_picture_id_fkey` FOREIGN KEY (`has_profile_picture_id`) REFERENCES `yes_no` (`id`),
  CONSTRAINT `person_intros_notification_fkey` FOREIGN KEY (`intros_notification`) REFERENCES `immediacy` (`id`),
  CONSTRAINT `person_long_distance_id_fkey` FOREIGN KEY (`long_distance_id`) REFERENCES `yes_no_optional` (`id`),
  CONSTRAINT `person_looking_for_id_fkey` FOREIGN KEY (`looking_for_id`) REFERENCES `looking_for` (`id`),
  CONSTRAINT `person_orientation_id_fkey` FOREIGN KEY (`orientation_id`) REFERENCES `orientation` (`id`),
  CONSTRAINT `person_privacy_verification_level_id_fkey` FOREIGN KEY (`privacy_verification_level_id`) REFERENCES `verification_level` (`id`),
  CONSTRAINT `person_relationship_status_id_fkey` FOREIGN KEY (`relationship_status_id`) REFERENCES `relationship_status` (`id`),
  CONSTRAINT `person_religion_id_fkey` FOREIGN KEY (`religion_id`) REFERENCES `religion` (`id`),
  CONSTRAINT `person_smoking_id_fkey` FOREIGN KEY (`smoking_id`) REFERENCES `yes_no_optional` (`id`),
  CONSTRAINT `person_star_sign_id_fkey` FOREIGN KEY (`star_sign_id`) REFERENCES `star_sign` (`id`),
  CONSTRAINT `person_unit_id_fkey` FOREIGN KEY (`unit_id`) REFERENCES `unit` (`id`),
  CONSTRAINT `person_verification_level_id_fkey` FOREIGN KEY (`verification_level_id`) REFERENCES `verification_level` (`id`),
  CONSTRAINT `person_wants_kids_id_fkey` FOREIGN KEY (`wants_kids_id`) REFERENCES `yes_no_maybe` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unmoderated_person` (
  `person_id` INT NOT NULL,
  `trait` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`person_id`, `trait`),
  CONSTRAINT `unmoderated_person_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `onboardee` (
  `email` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `url_slug` TEXT,
  `date_of_birth` DATE,
  `coordinates` VARCHAR(100),
  `gender_id` SMALLINT,
  `about` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`email`),
  CONSTRAINT `onboardee_gender_id_fkey` FOREIGN KEY (`gender_id`) REFERENCES `gender` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `onboardee_search_preference_gender` (
  `email` VARCHAR(255) NOT NULL,
  `gender_id` SMALLINT NOT NULL,
  PRIMARY KEY (`email`, `gender_id`),
  CONSTRAINT `onboardee_search_preference_gender_email_fkey` FOREIGN KEY (`email`) REFERENCES `onboardee` (`email`) ON DELETE CASCADE,
  CONSTRAINT `onboardee_search_preference_gender_gender_id_fkey` FOREIGN KEY (`gender_id`) REFERENCES `gender` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `onboardee_photo` (
  `email` VARCHAR(255) NOT NULL,
  `position` SMALLINT NOT NULL,
  `uuid` TEXT NOT NULL,
  `blurhash` TEXT NOT NULL,
  `extra_exts` JSON NOT NULL,
  `hash` TEXT NOT NULL,
  PRIMARY KEY (`email`, `position`),
  CONSTRAINT `onboardee_photo_email_fkey` FOREIGN KEY (`email`) REFERENCES `onboardee` (`email`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `duo_session` (
  `session_token_hash` VARCHAR(255) NOT NULL,
  `person_id` INT,
  `email` TEXT NOT NULL,
  `pending_club_name` TEXT,
  `otp` TEXT,
  `ip_address` VARCHAR(45),
  `signed_in` TINYINT(1) NOT NULL DEFAULT 0,
  `session_expiry` DATETIME(6) NOT NULL,
  `otp_expiry` DATETIME(6) NOT NULL,
  `pending_social_provider` TEXT,
  `pending_social_sub` TEXT,
  `push_token` TEXT,
  `last_online_time` DATETIME(6) NOT NULL,
  `answers` JSON,
  PRIMARY KEY (`session_token_hash`),
  CONSTRAINT `duo_session_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_identity` (
  `provider` VARCHAR(255) NOT NULL,
  `provider_sub` VARCHAR(255) NOT NULL,
  `person_id` INT NOT NULL,
  `email` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`provider`, `provider_sub`),
  CONSTRAINT `social_identity_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photo` (
  `person_id` INT NOT NULL,
  `position` SMALLINT NOT NULL,
  `uuid` TEXT NOT NULL,
  `blurhash` TEXT NOT NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `nsfw_score` FLOAT,
  `extra_exts` JSON NOT NULL,
  `hash` TEXT NOT NULL,
  PRIMARY KEY (`person_id`, `position`),
  CONSTRAINT `photo_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `undeleted_photo` (
  `uuid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banned_photo_hash` (
  `hash` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audio` (
  `person_id` INT NOT NULL,
  `position` INT NOT NULL,
  `uuid` TEXT NOT NULL,
  PRIMARY KEY (`person_id`, `position`),
  CONSTRAINT `audio_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `undeleted_audio` (
  `uuid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `question` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `question` VARCHAR(255) NOT NULL,
  `topic` TEXT NOT NULL,
  `presence_given_yes` JSON NOT NULL,
  `presence_given_no` JSON NOT NULL,
  `absence_given_yes` JSON NOT NULL,
  `absence_given_no` JSON NOT NULL,
  `count_yes` BIGINT NOT NULL DEFAULT 0,
  `count_no` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `question_question_key` (`question`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `answer` (
  `person_id` INT NOT NULL,
  `question_id` SMALLINT NOT NULL,
  `answer` TINYINT(1),
  `public_` TINYINT(1) NOT NULL,
  PRIMARY KEY (`person_id`, `question_id`),
  CONSTRAINT `answer_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `answer_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `question` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trait` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `min_label` TEXT,
  `max_label` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trait_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trait_topic` (
  `trait_id` SMALLINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`trait_id`, `name`),
  CONSTRAINT `trait_topic_trait_id_fkey` FOREIGN KEY (`trait_id`) REFERENCES `trait` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_job` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `person_id` INT NOT NULL,
  `status` ENUM('uploading-photo','queued','running','success','failure') NOT NULL DEFAULT 'uploading-photo',
  `message` TEXT NOT NULL,
  `photo_uuid` TEXT NOT NULL,
  `raw_json` TEXT NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `verification_job_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_photo_hash` (
  `hash` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `club` (
  `name` VARCHAR(255) NOT NULL,
  `count_members` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_club` (
  `person_id` INT NOT NULL,
  `club_name` VARCHAR(255) NOT NULL,
  `activated` TINYINT(1) NOT NULL,
  `coordinates` VARCHAR(100) NOT NULL,
  `gender_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `club_name`),
  CONSTRAINT `person_club_club_name_fkey` FOREIGN KEY (`club_name`) REFERENCES `club` (`name`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `person_club_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `club_stats_dirty` (
  `club_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`club_name`),
  CONSTRAINT `club_stats_dirty_club_name_fkey` FOREIGN KEY (`club_name`) REFERENCES `club` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `club_stats` (
  `club_name` VARCHAR(255) NOT NULL,
  `stats_json` JSON NOT NULL,
  `computed_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`club_name`),
  CONSTRAINT `club_stats_club_name_fkey` FOREIGN KEY (`club_name`) REFERENCES `club` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `club_overlap` (
  `club_a` VARCHAR(255) NOT NULL,
  `club_b` VARCHAR(255) NOT NULL,
  `overlap` INT NOT NULL,
  `count_members_b` INT NOT NULL,
  PRIMARY KEY (`club_a`, `club_b`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `club_top_answers` (
  `club_name` VARCHAR(255) NOT NULL,
  `answers_json` JSON NOT NULL,
  `computed_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`club_name`),
  CONSTRAINT `club_top_answers_club_name_fkey` FOREIGN KEY (`club_name`) REFERENCES `club` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `club_seo` (
  `club_name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `stats_hash` TEXT,
  `generated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`club_name`),
  CONSTRAINT `club_seo_club_name_fkey` FOREIGN KEY (`club_name`) REFERENCES `club` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deleted_photo_admin_token` (
  `token` CHAR(36) NOT NULL,
  `photo_uuid` TEXT NOT NULL,
  `generated_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banned_person_admin_token` (
  `token` CHAR(36) NOT NULL,
  `person_id` INT,
  `generated_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`token`),
  CONSTRAINT `banned_person_admin_token_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `export_data_token` (
  `token` CHAR(36) NOT NULL,
  `person_id` INT,
  `generated_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`token`),
  CONSTRAINT `export_data_token_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banned_person` (
  `normalized_email` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(45) NOT NULL DEFAULT '127.0.0.1',
  `banned_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `report_reasons` JSON NOT NULL,
  PRIMARY KEY (`normalized_email`, `ip_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funding` (
  `id` SMALLINT NOT NULL,
  `estimated_end_date` DATETIME(6) NOT NULL,
  `cost_per_month_usd` DOUBLE NOT NULL,
  `token_hash_revenuecat` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_answer` (
  `person_id` INT NOT NULL,
  `question_id` SMALLINT NOT NULL,
  `answer` TINYINT(1) NOT NULL,
  `accept_unanswered` TINYINT(1) NOT NULL,
  PRIMARY KEY (`person_id`, `question_id`),
  CONSTRAINT `search_preference_answer_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `search_preference_answer_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `question` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_gender` (
  `person_id` INT NOT NULL,
  `gender_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `gender_id`),
  CONSTRAINT `search_preference_gender_gender_id_fkey` FOREIGN KEY (`gender_id`) REFERENCES `gender` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_gender_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_orientation` (
  `person_id` INT NOT NULL,
  `orientation_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `orientation_id`),
  CONSTRAINT `search_preference_orientation_orientation_id_fkey` FOREIGN KEY (`orientation_id`) REFERENCES `orientation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_orientation_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_ethnicity` (
  `person_id` INT NOT NULL,
  `ethnicity_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `ethnicity_id`),
  CONSTRAINT `search_preference_ethnicity_ethnicity_id_fkey` FOREIGN KEY (`ethnicity_id`) REFERENCES `ethnicity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_ethnicity_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_age` (
  `person_id` INT NOT NULL,
  `min_age` SMALLINT,
  `max_age` SMALLINT,
  PRIMARY KEY (`person_id`),
  CONSTRAINT `search_preference_age_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_distance` (
  `person_id` INT NOT NULL,
  `distance` SMALLINT,
  PRIMARY KEY (`person_id`),
  CONSTRAINT `search_preference_distance_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_height_cm` (
  `person_id` INT NOT NULL,
  `min_height_cm` SMALLINT,
  `max_height_cm` SMALLINT,
  PRIMARY KEY (`person_id`),
  CONSTRAINT `search_preference_height_cm_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_has_profile_picture` (
  `person_id` INT NOT NULL,
  `has_profile_picture_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `has_profile_picture_id`),
  CONSTRAINT `search_preference_has_profile_pictu_has_profile_picture_id_fkey` FOREIGN KEY (`has_profile_picture_id`) REFERENCES `yes_no` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_has_profile_picture_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_looking_for` (
  `person_id` INT NOT NULL,
  `looking_for_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `looking_for_id`),
  CONSTRAINT `search_preference_looking_for_looking_for_id_fkey` FOREIGN KEY (`looking_for_id`) REFERENCES `looking_for` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_looking_for_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_smoking` (
  `person_id` INT NOT NULL,
  `smoking_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `smoking_id`),
  CONSTRAINT `search_preference_smoking_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `search_preference_smoking_smoking_id_fkey` FOREIGN KEY (`smoking_id`) REFERENCES `yes_no_optional` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_drinking` (
  `person_id` INT NOT NULL,
  `drinking_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `drinking_id`),
  CONSTRAINT `search_preference_drinking_drinking_id_fkey` FOREIGN KEY (`drinking_id`) REFERENCES `frequency` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_drinking_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_drugs` (
  `person_id` INT NOT NULL,
  `drugs_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `drugs_id`),
  CONSTRAINT `search_preference_drugs_drugs_id_fkey` FOREIGN KEY (`drugs_id`) REFERENCES `yes_no_optional` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_drugs_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_long_distance` (
  `person_id` INT NOT NULL,
  `long_distance_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `long_distance_id`),
  CONSTRAINT `search_preference_long_distance_long_distance_id_fkey` FOREIGN KEY (`long_distance_id`) REFERENCES `yes_no_optional` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_long_distance_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_relationship_status` (
  `person_id` INT NOT NULL,
  `relationship_status_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `relationship_status_id`),
  CONSTRAINT `search_preference_relationship_stat_relationship_status_id_fkey` FOREIGN KEY (`relationship_status_id`) REFERENCES `relationship_status` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_relationship_status_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_has_kids` (
  `person_id` INT NOT NULL,
  `has_kids_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `has_kids_id`),
  CONSTRAINT `search_preference_has_kids_has_kids_id_fkey` FOREIGN KEY (`has_kids_id`) REFERENCES `yes_no_optional` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_has_kids_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_wants_kids` (
  `person_id` INT NOT NULL,
  `wants_kids_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `wants_kids_id`),
  CONSTRAINT `search_preference_wants_kids_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `search_preference_wants_kids_wants_kids_id_fkey` FOREIGN KEY (`wants_kids_id`) REFERENCES `yes_no_maybe` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_exercise` (
  `person_id` INT NOT NULL,
  `exercise_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `exercise_id`),
  CONSTRAINT `search_preference_exercise_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `frequency` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_exercise_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_religion` (
  `person_id` INT NOT NULL,
  `religion_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `religion_id`),
  CONSTRAINT `search_preference_religion_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `search_preference_religion_religion_id_fkey` FOREIGN KEY (`religion_id`) REFERENCES `religion` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_star_sign` (
  `person_id` INT NOT NULL,
  `star_sign_id` SMALLINT NOT NULL,
  PRIMARY KEY (`person_id`, `star_sign_id`),
  CONSTRAINT `search_preference_star_sign_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `search_preference_star_sign_star_sign_id_fkey` FOREIGN KEY (`star_sign_id`) REFERENCES `star_sign` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_club` (
  `person_id` INT NOT NULL,
  `club_name` VARCHAR(255),
  PRIMARY KEY (`person_id`),
  CONSTRAINT `search_preference_club_club_name_fkey` FOREIGN KEY (`club_name`) REFERENCES `club` (`name`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_club_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_messaged` (
  `person_id` INT NOT NULL,
  `messaged_id` SMALLINT,
  PRIMARY KEY (`person_id`),
  CONSTRAINT `search_preference_messaged_messaged_id_fkey` FOREIGN KEY (`messaged_id`) REFERENCES `yes_no` (`id`) ON DELETE CASCADE,
  CONSTRAINT `search_preference_messaged_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_preference_skipped` (
  `person_id` INT NOT NULL,
  `skipped_id` SMALLINT,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`person_id`),
  CONSTRAINT `search_preference_skipped_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `search_preference_skipped_skipped_id_fkey` FOREIGN KEY (`skipped_id`) REFERENCES `yes_no` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messaged` (
  `subject_person_id` INT NOT NULL,
  `object_person_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`subject_person_id`, `object_person_id`),
  CONSTRAINT `messaged_object_person_id_fkey` FOREIGN KEY (`object_person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `messaged_subject_person_id_fkey` FOREIGN KEY (`subject_person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `skipped` (
  `subject_person_id` INT NOT NULL,
  `object_person_id` INT NOT NULL,
  `reported` TINYINT(1) NOT NULL DEFAULT 0,
  `report_reason` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`subject_person_id`, `object_person_id`),
  CONSTRAINT `skipped_object_person_id_fkey` FOREIGN KEY (`object_person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `skipped_subject_person_id_fkey` FOREIGN KEY (`subject_person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visited` (
  `subject_person_id` INT NOT NULL,
  `object_person_id` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `invisible` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`subject_person_id`, `object_person_id`),
  CONSTRAINT `visited_object_person_id_fkey` FOREIGN KEY (`object_person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `visited_subject_person_id_fkey` FOREIGN KEY (`subject_person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_cache` (
  `searcher_person_id` INT NOT NULL,
  `position` SMALLINT NOT NULL,
  `prospect_person_id` INT NOT NULL,
  `prospect_uuid` CHAR(36) NOT NULL,
  `profile_photo_uuid` TEXT,
  `profile_photo_blurhash` TEXT,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `name` TEXT NOT NULL,
  `age` SMALLINT,
  `match_percentage` SMALLINT NOT NULL,
  `personality` JSON NOT NULL,
  PRIMARY KEY (`searcher_person_id`, `position`),
  CONSTRAINT `search_cache_searcher_person_id_fkey` FOREIGN KEY (`searcher_person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mam_message` (
  `id` BIGINT NOT NULL,
  `from_jid` VARCHAR(250) NOT NULL,
  `remote_bare_jid` VARCHAR(250) NOT NULL,
  `direction` ENUM('I','O') NOT NULL,
  `person_id` INT NOT NULL,
  `audio_uuid` TEXT,
  `body` TEXT NOT NULL,
  `stanza_id` TEXT NOT NULL,
  `reaction` TEXT,
  PRIMARY KEY (`person_id`, `id`),
  CONSTRAINT `mam_message_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbox` (
  `luser` VARCHAR(250) NOT NULL,
  `remote_bare_jid` VARCHAR(250) NOT NULL,
  `msg_id` VARCHAR(250),
  `box` VARCHAR(64) NOT NULL DEFAULT 'inbox',
  `timestamp` BIGINT NOT NULL,
  `unread_count` INT NOT NULL,
  `displayed_at` DATETIME(6),
  `body` TEXT NOT NULL,
  `direction` ENUM('I','O') NOT NULL,
  PRIMARY KEY (`luser`, `remote_bare_jid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `presence_histogram` (
  `person_id` INT NOT NULL,
  `dow` SMALLINT NOT NULL,
  `hour` SMALLINT NOT NULL,
  `score` FLOAT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`person_id`, `dow`, `hour`),
  CONSTRAINT `presence_histogram_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intro_hash` (
  `hash` VARCHAR(255) NOT NULL,
  `used_count` BIGINT NOT NULL DEFAULT 1,
  `last_used_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rude_message` (
  `person_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `message` TEXT NOT NULL,
  PRIMARY KEY (`person_id`, `created_at`),
  CONSTRAINT `rude_message_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Zeeguu (zeeguu/api) — database schema for the blind exam 302.
-- Upstream: github.com/zeeguu/api, commit 6430c1dd9954b6507b4d915a0aaaf45dffdf0b52 (MIT). Zeeguu's API creates its
-- MySQL tables from its SQLAlchemy models (zeeguu/core/model/*.py) with db.create_all() at start-up
-- (zeeguu/api/app.py). Those models were loaded with Flask-SQLAlchemy 3.1 / SQLAlchemy 2.1 (the application's other
-- imports stubbed, they define no tables), db.create_all() was run into a scratch MariaDB 10.11 database
-- (utf8mb4; the models ask utf8_bin per table) and every table was read back with SHOW CREATE TABLE.
-- One model column has no length (`notification.type`, db.String): its VARCHAR(45) is taken from upstream's
-- tools/migrations/24-12-02--add_notification_table.sql, which creates that table in production.
-- 66 of the 105 tables are kept; left out: articles' text and content tables (new_text, text, source_text,
-- article_fragment*, *_context, article_* maps, summaries, classification, CEFR and tokenisation caches,
-- difficulty_lingo_rank, grammar_correction_log, ai_generator, url_keyword), the video and YouTube tables (video,
-- caption, yt_channel, video_*, user_video, user_watching_session), the audio-lesson content tables
-- (audio_lesson_meaning, audio_lesson_dialogue, daily_audio_lesson_wrapper, daily_audio_lesson_segment), example
-- sentences, cohort_article_map, validation_log. Foreign keys to left-out tables were removed (article ->
-- ai_generator, bookmark -> bookmark_context and text, source -> source_text); the two foreign keys that close a
-- cycle (article <-> article_upload, bookmark <-> user_word) are added by ALTER TABLE at the end, as SQLAlchemy does.

CREATE TABLE `language` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(5) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `username` varchar(50) DEFAULT NULL,
  `invitation_code` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `password_salt` varchar(255) DEFAULT NULL,
  `learned_language_id` int(11) DEFAULT NULL,
  `native_language_id` int(11) DEFAULT NULL,
  `is_dev` tinyint(1) DEFAULT NULL,
  `is_admin` tinyint(1) DEFAULT NULL,
  `email_verified` tinyint(1) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `last_seen` datetime DEFAULT NULL,
  `creation_platform` smallint(6) DEFAULT NULL,
  `daily_streak` int(11) DEFAULT NULL,
  `timezone` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `ix_user_username` (`username`),
  KEY `learned_language_id` (`learned_language_id`),
  KEY `native_language_id` (`native_language_id`),
  CONSTRAINT `user_ibfk_1` FOREIGN KEY (`learned_language_id`) REFERENCES `language` (`id`),
  CONSTRAINT `user_ibfk_2` FOREIGN KEY (`native_language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_language` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `language_id` int(11) DEFAULT NULL,
  `declared_level_min` int(11) DEFAULT NULL,
  `declared_level_max` int(11) DEFAULT NULL,
  `inferred_level_min` int(11) DEFAULT NULL,
  `inferred_level_max` int(11) DEFAULT NULL,
  `reading_news` tinyint(1) DEFAULT NULL,
  `doing_exercises` tinyint(1) DEFAULT NULL,
  `cefr_level` int(11) DEFAULT NULL,
  `last_practiced` datetime DEFAULT NULL,
  `daily_streak` int(11) DEFAULT NULL,
  `max_streak` int(11) DEFAULT NULL,
  `max_streak_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `user_language_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_language_ibfk_2` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `last_use` datetime DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `session_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `unique_code` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(6) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_preference` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `key` varchar(255) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `user_preference_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_avatar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `image_name` varchar(100) DEFAULT NULL,
  `character_color` varchar(7) DEFAULT NULL,
  `background_color` varchar(7) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `user_avatar_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `teacher` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `teacher_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cohort` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `inv_code` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `language_id` int(11) DEFAULT NULL,
  `max_students` int(11) DEFAULT NULL,
  `declared_level_min` int(11) DEFAULT NULL,
  `declared_level_max` int(11) DEFAULT NULL,
  `is_cohort_of_teachers` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inv_code` (`inv_code`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `cohort_ibfk_1` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `teacher_cohort_map` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `cohort_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `cohort_id` (`cohort_id`),
  CONSTRAINT `teacher_cohort_map_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `teacher_cohort_map_ibfk_2` FOREIGN KEY (`cohort_id`) REFERENCES `cohort` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_cohort_map` (
  `user_id` int(11) NOT NULL,
  `cohort_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`,`cohort_id`),
  KEY `cohort_id` (`cohort_id`),
  CONSTRAINT `user_cohort_map_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_cohort_map_ibfk_2` FOREIGN KEY (`cohort_id`) REFERENCES `cohort` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `friendship` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_a_id` int(11) NOT NULL,
  `user_b_id` int(11) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  `friend_streak` int(11) DEFAULT NULL,
  `friend_streak_last_updated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_a_id` (`user_a_id`),
  KEY `user_b_id` (`user_b_id`),
  CONSTRAINT `friendship_ibfk_1` FOREIGN KEY (`user_a_id`) REFERENCES `user` (`id`),
  CONSTRAINT `friendship_ibfk_2` FOREIGN KEY (`user_b_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `friend_request` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender_id` int(11) NOT NULL,
  `receiver_id` int(11) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sender_id` (`sender_id`),
  KEY `receiver_id` (`receiver_id`),
  CONSTRAINT `friend_request_ibfk_1` FOREIGN KEY (`sender_id`) REFERENCES `user` (`id`),
  CONSTRAINT `friend_request_ibfk_2` FOREIGN KEY (`receiver_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `source_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `source` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `source_text_id` int(11) DEFAULT NULL,
  `source_type_id` int(11) DEFAULT NULL,
  `language_id` int(11) DEFAULT NULL,
  `fk_difficulty` int(11) DEFAULT NULL,
  `word_count` int(11) DEFAULT NULL,
  `broken` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `source_text_id` (`source_text_id`),
  KEY `source_type_id` (`source_type_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `source_ibfk_2` FOREIGN KEY (`source_type_id`) REFERENCES `source_type` (`id`),
  CONSTRAINT `source_ibfk_3` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_activity_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  `event` varchar(255) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  `extra_data` varchar(4096) DEFAULT NULL,
  `source_id` int(11) DEFAULT NULL,
  `platform` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `source_id` (`source_id`),
  CONSTRAINT `user_activity_data_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_activity_data_ibfk_2` FOREIGN KEY (`source_id`) REFERENCES `source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `domain_name` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domain_name` (`domain_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `url` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(2083) DEFAULT NULL,
  `path` varchar(255) DEFAULT NULL,
  `domain_name_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_path_domain_unique_constraint` (`path`,`domain_name_id`),
  KEY `domain_name_id` (`domain_name_id`),
  CONSTRAINT `url_ibfk_1` FOREIGN KEY (`domain_name_id`) REFERENCES `domain_name` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `feed` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(2083) DEFAULT NULL,
  `description` varchar(2083) DEFAULT NULL,
  `language_id` int(11) DEFAULT NULL,
  `url_id` int(11) DEFAULT NULL,
  `image_url_id` int(11) DEFAULT NULL,
  `icon_name` varchar(2083) DEFAULT NULL,
  `last_crawled_time` datetime DEFAULT NULL,
  `deactivated` int(11) DEFAULT NULL,
  `feed_type` int(11) DEFAULT NULL,
  `retention_class` enum('perennial','ephemeral','unknown') NOT NULL DEFAULT 'unknown',
  PRIMARY KEY (`id`),
  KEY `language_id` (`language_id`),
  KEY `url_id` (`url_id`),
  KEY `image_url_id` (`image_url_id`),
  CONSTRAINT `feed_ibfk_1` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`),
  CONSTRAINT `feed_ibfk_2` FOREIGN KEY (`url_id`) REFERENCES `url` (`id`),
  CONSTRAINT `feed_ibfk_3` FOREIGN KEY (`image_url_id`) REFERENCES `url` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `article` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(512) DEFAULT NULL,
  `authors` varchar(128) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `htmlContent` text DEFAULT NULL,
  `summary` text DEFAULT NULL,
  `word_count` int(11) DEFAULT NULL,
  `published_time` datetime DEFAULT NULL,
  `crawled_at` datetime DEFAULT current_timestamp(),
  `fk_difficulty` int(11) DEFAULT NULL,
  `broken` int(11) DEFAULT NULL,
  `deleted` int(11) DEFAULT NULL,
  `video` int(11) DEFAULT NULL,
  `content_simhash` bigint(20) unsigned DEFAULT NULL,
  `parent_article_id` int(11) DEFAULT NULL,
  `cefr_level` enum('A1','A2','B1','B2','C1','C2') DEFAULT NULL,
  `article_type` enum('news','general') DEFAULT NULL,
  `simplification_ai_generator_id` int(11) DEFAULT NULL,
  `source_id` int(11) DEFAULT NULL,
  `feed_id` int(11) DEFAULT NULL,
  `url_id` int(11) DEFAULT NULL,
  `img_url_id` int(11) DEFAULT NULL,
  `language_id` int(11) DEFAULT NULL,
  `uploader_id` int(11) DEFAULT NULL,
  `source_upload_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `source_id` (`source_id`),
  UNIQUE KEY `url_id` (`url_id`),
  UNIQUE KEY `img_url_id` (`img_url_id`),
  KEY `source_upload_id` (`source_upload_id`),
  KEY `parent_article_id` (`parent_article_id`),
  KEY `uploader_id` (`uploader_id`),
  KEY `simplification_ai_generator_id` (`simplification_ai_generator_id`),
  KEY `feed_id` (`feed_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `article_ibfk_2` FOREIGN KEY (`source_id`) REFERENCES `source` (`id`),
  CONSTRAINT `article_ibfk_3` FOREIGN KEY (`img_url_id`) REFERENCES `url` (`id`),
  CONSTRAINT `article_ibfk_4` FOREIGN KEY (`parent_article_id`) REFERENCES `article` (`id`),
  CONSTRAINT `article_ibfk_5` FOREIGN KEY (`uploader_id`) REFERENCES `user` (`id`),
  CONSTRAINT `article_ibfk_6` FOREIGN KEY (`url_id`) REFERENCES `url` (`id`),
  CONSTRAINT `article_ibfk_8` FOREIGN KEY (`feed_id`) REFERENCES `feed` (`id`),
  CONSTRAINT `article_ibfk_9` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_article` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `article_id` int(11) DEFAULT NULL,
  `opened` datetime DEFAULT NULL,
  `starred` datetime DEFAULT NULL,
  `liked` tinyint(1) DEFAULT NULL,
  `reading_completion` float DEFAULT NULL,
  `completed_at` datetime DEFAULT NULL,
  `hidden` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `article_id` (`article_id`,`user_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `user_article_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_article_ibfk_2` FOREIGN KEY (`article_id`) REFERENCES `article` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_reading_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `article_id` int(11) DEFAULT NULL,
  `start_time` datetime DEFAULT NULL,
  `duration` int(11) DEFAULT NULL,
  `last_action_time` datetime DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT NULL,
  `reading_source` enum('extension','web') DEFAULT NULL,
  `platform` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `article_id` (`article_id`),
  CONSTRAINT `user_reading_session_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_reading_session_ibfk_2` FOREIGN KEY (`article_id`) REFERENCES `article` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_exercise_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `start_time` datetime DEFAULT NULL,
  `duration` int(11) DEFAULT NULL,
  `last_action_time` datetime DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT NULL,
  `platform` smallint(6) DEFAULT NULL,
  `language_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `user_exercise_session_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_exercise_session_ibfk_2` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_browsing_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `start_time` datetime DEFAULT NULL,
  `duration` int(11) DEFAULT NULL,
  `last_action_time` datetime DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT NULL,
  `platform` smallint(6) DEFAULT NULL,
  `language_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `user_browsing_session_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_browsing_session_ibfk_2` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `daily_audio_lesson` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `language_id` int(11) DEFAULT NULL,
  `voice_config` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`voice_config`)),
  `duration_seconds` int(11) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `created_by` varchar(255) NOT NULL,
  `recommended_at` timestamp NULL DEFAULT NULL,
  `last_completed_at` timestamp NULL DEFAULT NULL,
  `listened_count` int(11) DEFAULT NULL,
  `last_paused_at` timestamp NULL DEFAULT NULL,
  `pause_position_seconds` int(11) DEFAULT NULL,
  `max_position_seconds` int(11) DEFAULT NULL,
  `raw_suggestion` varchar(128) DEFAULT NULL,
  `canonical_suggestion` varchar(128) DEFAULT NULL,
  `lesson_type` varchar(20) DEFAULT NULL,
  `share_uuid` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `share_uuid` (`share_uuid`),
  KEY `user_id` (`user_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `daily_audio_lesson_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `daily_audio_lesson_ibfk_2` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_listening_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `daily_audio_lesson_id` int(11) DEFAULT NULL,
  `start_time` datetime DEFAULT NULL,
  `duration` int(11) DEFAULT NULL,
  `last_action_time` datetime DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT NULL,
  `platform` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `daily_audio_lesson_id` (`daily_audio_lesson_id`),
  CONSTRAINT `user_listening_session_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_listening_session_ibfk_2` FOREIGN KEY (`daily_audio_lesson_id`) REFERENCES `daily_audio_lesson` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `daily_audio_subscription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `language_id` int(11) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `lesson_type` varchar(20) NOT NULL,
  `raw_suggestion` varchar(128) DEFAULT NULL,
  `schedule_kind` varchar(20) NOT NULL,
  `weekday_mask` smallint(6) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_daily_audio_subscription_user_lang` (`user_id`,`language_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `daily_audio_subscription_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `daily_audio_subscription_ibfk_2` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `audio_lesson_generation_progress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `language_id` int(11) DEFAULT NULL,
  `status` enum('pending','generating_script','synthesizing_audio','combining_audio','done','error') DEFAULT NULL,
  `current_step` int(11) DEFAULT NULL,
  `total_steps` int(11) DEFAULT NULL,
  `message` varchar(255) DEFAULT NULL,
  `current_segment` int(11) DEFAULT NULL,
  `total_segments` int(11) DEFAULT NULL,
  `started_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `audio_lesson_generation_progress_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `audio_lesson_generation_progress_ibfk_2` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `phrase` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `language_id` int(11) DEFAULT NULL,
  `content` varchar(255) NOT NULL,
  `content_lower` varchar(255) GENERATED ALWAYS AS (lcase(`content`)) VIRTUAL,
  `rank` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `content` (`content`,`language_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `phrase_ibfk_1` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `meaning` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `origin_id` int(11) NOT NULL,
  `translation_id` int(11) NOT NULL,
  `frequency` enum('UNIQUE','COMMON','UNCOMMON','RARE') DEFAULT NULL COMMENT 'How frequently this particular meaning is used',
  `frequency_manually_validated` tinyint(1) DEFAULT NULL COMMENT 'Whether the frequency has been manually validated by a human',
  `phrase_type` enum('SINGLE_WORD','COLLOCATION','IDIOM','EXPRESSION','ARBITRARY_MULTI_WORD') DEFAULT NULL COMMENT 'Type of phrase/expression (single word, idiom, collocation, etc.)',
  `phrase_type_manually_validated` tinyint(1) DEFAULT NULL COMMENT 'Whether the phrase type has been manually validated by a human',
  `validated` smallint(6) NOT NULL COMMENT 'Validation status: 0=unknown, 1=valid, 2=invalid/fixed',
  `translation_explanation` text DEFAULT NULL COMMENT 'Optional explanation of translation usage, nuances, or context',
  `word_cefr_level` enum('A1','A2','B1','B2','C1','C2') DEFAULT NULL COMMENT 'CEFR level this word/meaning is appropriate for',
  `literal_meaning` text DEFAULT NULL COMMENT 'Word-by-word literal translation for idioms',
  PRIMARY KEY (`id`),
  KEY `origin_id` (`origin_id`),
  KEY `translation_id` (`translation_id`),
  CONSTRAINT `meaning_ibfk_1` FOREIGN KEY (`origin_id`) REFERENCES `phrase` (`id`),
  CONSTRAINT `meaning_ibfk_2` FOREIGN KEY (`translation_id`) REFERENCES `phrase` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_word` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `meaning_id` int(11) NOT NULL,
  `fit_for_study` tinyint(1) DEFAULT NULL,
  `user_preference` int(11) DEFAULT NULL,
  `learned_time` datetime DEFAULT NULL,
  `level` int(11) DEFAULT NULL,
  `is_user_added` tinyint(1) DEFAULT NULL,
  `preferred_bookmark_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `preferred_bookmark_id` (`preferred_bookmark_id`),
  KEY `user_id` (`user_id`),
  KEY `meaning_id` (`meaning_id`),
  CONSTRAINT `user_word_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_word_ibfk_3` FOREIGN KEY (`meaning_id`) REFERENCES `meaning` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `bookmark` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `source_id` int(11) DEFAULT NULL,
  `text_id` int(11) DEFAULT NULL,
  `context_id` int(11) DEFAULT NULL,
  `sentence_i` int(11) DEFAULT NULL,
  `token_i` int(11) DEFAULT NULL,
  `total_tokens` int(11) DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  `starred` tinyint(1) DEFAULT NULL,
  `translation_source` enum('reading','exercise','article_preview') DEFAULT NULL,
  `browsing_session_id` int(11) DEFAULT NULL,
  `reading_session_id` int(11) DEFAULT NULL,
  `is_mwe` tinyint(1) DEFAULT NULL,
  `mwe_partner_token_i` int(11) DEFAULT NULL,
  `user_word_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_word_id` (`user_word_id`),
  KEY `source_id` (`source_id`),
  KEY `text_id` (`text_id`),
  KEY `context_id` (`context_id`),
  KEY `reading_session_id` (`reading_session_id`),
  KEY `browsing_session_id` (`browsing_session_id`),
  CONSTRAINT `bookmark_ibfk_1` FOREIGN KEY (`user_word_id`) REFERENCES `user_word` (`id`),
  CONSTRAINT `bookmark_ibfk_2` FOREIGN KEY (`source_id`) REFERENCES `source` (`id`),
  CONSTRAINT `bookmark_ibfk_5` FOREIGN KEY (`reading_session_id`) REFERENCES `user_reading_session` (`id`),
  CONSTRAINT `bookmark_ibfk_6` FOREIGN KEY (`browsing_session_id`) REFERENCES `user_browsing_session` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `exercise_outcome` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `outcome` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `exercise_source` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `source` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `exercise` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `outcome_id` int(11) NOT NULL,
  `source_id` int(11) NOT NULL,
  `solving_speed` int(11) DEFAULT NULL,
  `time` datetime NOT NULL,
  `feedback` varchar(255) DEFAULT NULL,
  `session_id` int(11) DEFAULT NULL,
  `user_word_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `outcome_id` (`outcome_id`),
  KEY `source_id` (`source_id`),
  KEY `session_id` (`session_id`),
  KEY `user_word_id` (`user_word_id`),
  CONSTRAINT `exercise_ibfk_1` FOREIGN KEY (`outcome_id`) REFERENCES `exercise_outcome` (`id`),
  CONSTRAINT `exercise_ibfk_2` FOREIGN KEY (`source_id`) REFERENCES `exercise_source` (`id`),
  CONSTRAINT `exercise_ibfk_3` FOREIGN KEY (`session_id`) REFERENCES `user_exercise_session` (`id`),
  CONSTRAINT `exercise_ibfk_4` FOREIGN KEY (`user_word_id`) REFERENCES `user_word` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `basic_sr_schedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_word_id` int(11) NOT NULL,
  `next_practice_time` datetime NOT NULL,
  `consecutive_correct_answers` int(11) DEFAULT NULL,
  `cooling_interval` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_word_id` (`user_word_id`),
  CONSTRAINT `basic_sr_schedule_ibfk_1` FOREIGN KEY (`user_word_id`) REFERENCES `user_word` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_word_interaction_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_word_id` int(11) NOT NULL,
  `interaction_type` varchar(50) NOT NULL,
  `event_time` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_word_id` (`user_word_id`),
  CONSTRAINT `user_word_interaction_history_ibfk_1` FOREIGN KEY (`user_word_id`) REFERENCES `user_word` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translation_search` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `search_word` varchar(255) NOT NULL,
  `learned_language_id` int(11) NOT NULL,
  `search_time` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `learned_language_id` (`learned_language_id`),
  CONSTRAINT `translation_search_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `translation_search_ibfk_2` FOREIGN KEY (`learned_language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `badge_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `metric` enum('TRANSLATED_WORDS','CORRECT_EXERCISES','COMPLETED_AUDIO_LESSONS','STREAK_DAYS','LEARNED_WORDS','READ_ARTICLES','FRIENDS') NOT NULL,
  `name` varchar(100) NOT NULL,
  `award_mechanism` enum('COUNTER','GAUGE','ONE_TIME') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `metric` (`metric`),
  UNIQUE KEY `metric_2` (`metric`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `badge` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `badge_category_id` int(11) NOT NULL,
  `level` int(11) NOT NULL,
  `threshold` int(11) NOT NULL,
  `name` varchar(100) DEFAULT NULL,
  `unachieved_description` text NOT NULL,
  `achieved_description` text NOT NULL,
  `icon_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `badge_category_id` (`badge_category_id`,`level`),
  CONSTRAINT `badge_ibfk_1` FOREIGN KEY (`badge_category_id`) REFERENCES `badge_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_badge` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `badge_id` int(11) NOT NULL,
  `achieved_at` datetime DEFAULT NULL,
  `is_shown` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`badge_id`),
  KEY `badge_id` (`badge_id`),
  CONSTRAINT `user_badge_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_badge_ibfk_2` FOREIGN KEY (`badge_id`) REFERENCES `badge` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_badge_progress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `badge_category_id` int(11) NOT NULL,
  `value` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`badge_category_id`),
  KEY `badge_category_id` (`badge_category_id`),
  CONSTRAINT `user_badge_progress_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_badge_progress_ibfk_2` FOREIGN KEY (`badge_category_id`) REFERENCES `badge_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `personal_copy` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `article_id` int(11) DEFAULT NULL,
  `saved_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `article_id` (`article_id`),
  CONSTRAINT `personal_copy_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `personal_copy_ibfk_2` FOREIGN KEY (`article_id`) REFERENCES `article` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `starred_article` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `language_id` int(11) DEFAULT NULL,
  `starred_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `url_id` (`url_id`,`user_id`),
  KEY `user_id` (`user_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `starred_article_ibfk_1` FOREIGN KEY (`url_id`) REFERENCES `url` (`id`),
  CONSTRAINT `starred_article_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `starred_article_ibfk_3` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `shared_article` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_user_id` int(11) NOT NULL,
  `to_user_id` int(11) NOT NULL,
  `article_id` int(11) NOT NULL,
  `delivery_language_id` int(11) DEFAULT NULL,
  `delivery_article_id` int(11) DEFAULT NULL,
  `note` varchar(500) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `read_at` datetime DEFAULT NULL,
  `dismissed_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `from_user_id` (`from_user_id`),
  KEY `to_user_id` (`to_user_id`),
  KEY `article_id` (`article_id`),
  KEY `delivery_language_id` (`delivery_language_id`),
  KEY `delivery_article_id` (`delivery_article_id`),
  CONSTRAINT `shared_article_ibfk_1` FOREIGN KEY (`from_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `shared_article_ibfk_2` FOREIGN KEY (`to_user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `shared_article_ibfk_3` FOREIGN KEY (`article_id`) REFERENCES `article` (`id`),
  CONSTRAINT `shared_article_ibfk_4` FOREIGN KEY (`delivery_language_id`) REFERENCES `language` (`id`),
  CONSTRAINT `shared_article_ibfk_5` FOREIGN KEY (`delivery_article_id`) REFERENCES `article` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `article_upload` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `url_id` int(11) NOT NULL,
  `language_id` int(11) NOT NULL,
  `article_id` int(11) DEFAULT NULL,
  `title` varchar(512) DEFAULT NULL,
  `raw_html` text DEFAULT NULL,
  `text_content` text DEFAULT NULL,
  `image_url` varchar(2048) DEFAULT NULL,
  `author` varchar(256) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `article_id` (`article_id`),
  KEY `user_id` (`user_id`),
  KEY `url_id` (`url_id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `article_upload_ibfk_1` FOREIGN KEY (`article_id`) REFERENCES `article` (`id`),
  CONSTRAINT `article_upload_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `article_upload_ibfk_3` FOREIGN KEY (`url_id`) REFERENCES `url` (`id`),
  CONSTRAINT `article_upload_ibfk_4` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_mwe_override` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `article_id` int(11) NOT NULL,
  `sentence_hash` varchar(64) NOT NULL,
  `mwe_expression` varchar(255) NOT NULL,
  `disabled` tinyint(1) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `article_id` (`article_id`),
  CONSTRAINT `user_mwe_override_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_mwe_override_ibfk_2` FOREIGN KEY (`article_id`) REFERENCES `article` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `exercise_report` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `bookmark_id` int(11) NOT NULL,
  `exercise_source_id` int(11) NOT NULL,
  `reason` enum('word_not_shown','wrong_highlighting','context_confusing','wrong_translation','context_wrong','audio_broken','other') NOT NULL,
  `comment` text DEFAULT NULL,
  `context_used` text DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `resolved` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `bookmark_id` (`bookmark_id`),
  KEY `exercise_source_id` (`exercise_source_id`),
  CONSTRAINT `exercise_report_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `exercise_report_ibfk_2` FOREIGN KEY (`bookmark_id`) REFERENCES `bookmark` (`id`),
  CONSTRAINT `exercise_report_ibfk_3` FOREIGN KEY (`exercise_source_id`) REFERENCES `exercise_source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `meaning_report` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `meaning_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `reason` enum('bad_examples','wrong_meaning','wrong_level','other') NOT NULL,
  `comment` text DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `resolved` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `meaning_id` (`meaning_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `meaning_report_ibfk_1` FOREIGN KEY (`meaning_id`) REFERENCES `meaning` (`id`),
  CONSTRAINT `meaning_report_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `feedback_component` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `component_type` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_feedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `feedback_component_id` int(11) DEFAULT NULL,
  `message` varchar(512) DEFAULT NULL,
  `report_time` datetime DEFAULT NULL,
  `url_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `feedback_component_id` (`feedback_component_id`),
  KEY `url_id` (`url_id`),
  CONSTRAINT `user_feedback_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_feedback_ibfk_2` FOREIGN KEY (`feedback_component_id`) REFERENCES `feedback_component` (`id`),
  CONSTRAINT `user_feedback_ibfk_3` FOREIGN KEY (`url_id`) REFERENCES `url` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `article_difficulty_feedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `article_id` int(11) DEFAULT NULL,
  `date` datetime DEFAULT NULL,
  `difficulty_feedback` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `article_id` (`article_id`),
  CONSTRAINT `article_difficulty_feedback_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `article_difficulty_feedback_ibfk_2` FOREIGN KEY (`article_id`) REFERENCES `article` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `topic` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `article_topic_user_feedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `article_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `topic_id` int(11) DEFAULT NULL,
  `feedback` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `article_id` (`article_id`,`user_id`,`topic_id`),
  KEY `user_id` (`user_id`),
  KEY `topic_id` (`topic_id`),
  CONSTRAINT `article_topic_user_feedback_ibfk_1` FOREIGN KEY (`article_id`) REFERENCES `article` (`id`),
  CONSTRAINT `article_topic_user_feedback_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `article_topic_user_feedback_ibfk_3` FOREIGN KEY (`topic_id`) REFERENCES `topic` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_article_broken_report` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `article_id` int(11) NOT NULL,
  `report_time` datetime NOT NULL,
  `reason` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_article_unique` (`user_id`,`article_id`),
  KEY `article_id` (`article_id`),
  CONSTRAINT `user_article_broken_report_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_article_broken_report_ibfk_2` FOREIGN KEY (`article_id`) REFERENCES `article` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `search` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `language_id` int(11) DEFAULT NULL,
  `keywords` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `language_id` (`language_id`),
  CONSTRAINT `search_ibfk_1` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `search_subscription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `search_id` int(11) DEFAULT NULL,
  `receive_email` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`search_id`),
  KEY `search_id` (`search_id`),
  CONSTRAINT `search_subscription_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `search_subscription_ibfk_2` FOREIGN KEY (`search_id`) REFERENCES `search` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `search_filter` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `search_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`search_id`),
  KEY `search_id` (`search_id`),
  CONSTRAINT `search_filter_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `search_filter_ibfk_2` FOREIGN KEY (`search_id`) REFERENCES `search` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `topic_subscription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `topic_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`topic_id`),
  KEY `topic_id` (`topic_id`),
  CONSTRAINT `topic_subscription_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `topic_subscription_ibfk_2` FOREIGN KEY (`topic_id`) REFERENCES `topic` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `topic_filter` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `topic_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`topic_id`),
  KEY `topic_id` (`topic_id`),
  CONSTRAINT `topic_filter_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `topic_filter_ibfk_2` FOREIGN KEY (`topic_id`) REFERENCES `topic` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `notification_id` int(11) DEFAULT NULL,
  `notification_date` datetime DEFAULT NULL,
  `notification_click_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `notification_id` (`notification_id`),
  CONSTRAINT `user_notification_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_notification_ibfk_2` FOREIGN KEY (`notification_id`) REFERENCES `notification` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `onboarding_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_onboarding_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `onboarding_message_id` int(11) DEFAULT NULL,
  `message_shown_time` datetime DEFAULT NULL,
  `message_dismissed_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `onboarding_message_id` (`onboarding_message_id`),
  CONSTRAINT `user_onboarding_message_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_onboarding_message_ibfk_2` FOREIGN KEY (`onboarding_message_id`) REFERENCES `onboarding_message` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `monthly_active_users_cache` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `year_month` varchar(7) NOT NULL,
  `active_users` int(11) NOT NULL,
  `computed_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `year_month` (`year_month`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `monthly_activity_stats_cache` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `year_month` varchar(7) NOT NULL,
  `exercise_minutes` int(11) NOT NULL,
  `reading_minutes` int(11) NOT NULL,
  `browsing_minutes` int(11) NOT NULL,
  `audio_minutes` int(11) NOT NULL,
  `computed_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `year_month` (`year_month`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

ALTER TABLE `article` ADD CONSTRAINT `article_ibfk_1` FOREIGN KEY (`source_upload_id`) REFERENCES `article_upload` (`id`);
ALTER TABLE `user_word` ADD CONSTRAINT `user_word_ibfk_1` FOREIGN KEY (`preferred_bookmark_id`) REFERENCES `bookmark` (`id`);

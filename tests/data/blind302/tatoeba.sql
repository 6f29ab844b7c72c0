-- Tatoeba (Tatoeba/tatoeba2, the software of tatoeba.org) — database schema for the blind exam 302.
-- Upstream: github.com/Tatoeba/tatoeba2, commit a252b7b4fd4b5245c829184d0f30b294a46b7101 (AGPL-3.0).
-- Built as upstream's installer does (ansible/roles/setup_database/tasks/create_db.yml): every file of
-- docs/database/tables/*.sql was loaded into a scratch MariaDB 10.11 database, then the 27 CakePHP (Phinx)
-- migrations of config/Migrations/ were applied in order as the SQL they generate (users.role replaces group_id and
-- the `groups` table is dropped, contributions lose `ip`, hashes replaced by indexes, exports, categories_tree,
-- disabled_audios and sessions created, audio source and sentence_lang added, …), then the migrations of the
-- dereuromark/cakephp-queue plugin 6.9.3 (commit 12a81bb4, composer.lock) that `bin/cake migrations migrate -p Queue`
-- runs (queued_jobs, queue_processes). Every table was read back with SHOW CREATE TABLE. Left out: the Phinx
-- bookkeeping tables (phinxlog, queue_phinxlog) and the wiki's separate database (WikiArticles). Upstream declares
-- no foreign keys.

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL,
  `password` varchar(62) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT '',
  `email` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT '',
  `role` enum('admin','corpus_maintainer','advanced_contributor','contributor','inactive','spammer') NOT NULL,
  `since` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `last_time_active` int(11) NOT NULL DEFAULT 0,
  `last_contribution` datetime DEFAULT NULL,
  `level` tinyint(2) NOT NULL DEFAULT 0,
  `send_notifications` tinyint(1) NOT NULL DEFAULT 1,
  `name` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT '',
  `birthday` datetime DEFAULT NULL,
  `description` blob NOT NULL,
  `settings` blob NOT NULL,
  `homepage` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT '',
  `image` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT '',
  `country_id` varchar(2) DEFAULT NULL,
  `audio_license` varchar(50) NOT NULL DEFAULT '',
  `audio_attribution_url` varchar(255) NOT NULL DEFAULT '',
  `is_spamdexing` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `login` (`username`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `users_languages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `of_user_id` int(11) NOT NULL,
  `by_user_id` int(11) NOT NULL,
  `language_code` varchar(4) NOT NULL,
  `level` tinyint(2) DEFAULT 0,
  `level_approval_status` enum('approved','pending','unapproved') NOT NULL DEFAULT 'pending',
  `details` blob NOT NULL,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_lang` (`of_user_id`,`by_user_id`,`language_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `users_sentences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `sentence_id` int(11) NOT NULL,
  `correctness` smallint(1) NOT NULL,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `dirty` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_sentence` (`user_id`,`sentence_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `users_vocabulary` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `vocabulary_id` int(11) NOT NULL,
  `created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_vocabulary` (`user_id`,`vocabulary_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `vocabulary` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `lang` varchar(4) DEFAULT NULL,
  `text` varbinary(1500) NOT NULL,
  `numSentences` int(10) DEFAULT 0,
  `numAdded` int(10) DEFAULT 0,
  `created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `text_lang_idx` (`text`,`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `sentences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `lang` varchar(4) DEFAULT NULL,
  `text` varbinary(1500) NOT NULL,
  `correctness` tinyint(2) NOT NULL DEFAULT 0,
  `user_id` int(11) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `script` varchar(4) DEFAULT NULL,
  `license` enum('CC BY 2.0 FR','CC0 1.0') DEFAULT NULL,
  `based_on_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `lang` (`lang`),
  KEY `modified_idx` (`modified`),
  KEY `text_lang_idx` (`text`,`lang`),
  KEY `user_lang_idx` (`user_id`,`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `sentences_translations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sentence_id` int(11) NOT NULL,
  `translation_id` int(11) NOT NULL,
  `sentence_lang` varchar(4) DEFAULT NULL,
  `translation_lang` varchar(4) DEFAULT NULL,
  `distance` smallint(2) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sentence_id` (`sentence_id`,`translation_id`),
  KEY `translation_id` (`translation_id`),
  KEY `translation_lang` (`translation_lang`),
  KEY `sentence_lang_translation_lang_idx` (`sentence_lang`,`translation_lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `sentence_annotations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sentence_id` int(11) NOT NULL,
  `meaning_id` int(11) NOT NULL,
  `text` varbinary(2000) NOT NULL,
  `modified` datetime NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sentence_id` (`sentence_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC
;

CREATE TABLE `sentence_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sentence_id` int(11) NOT NULL,
  `lang` varchar(4) DEFAULT NULL,
  `text` blob NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime DEFAULT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `sentence_id_idx` (`sentence_id`),
  KEY `user_id` (`user_id`),
  KEY `created` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `transcriptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sentence_id` int(11) NOT NULL,
  `script` varchar(4) NOT NULL,
  `text` varbinary(10000) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `needsReview` tinyint(1) NOT NULL DEFAULT 1,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_transcriptions` (`sentence_id`,`script`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `audios` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sentence_id` int(11) NOT NULL,
  `sentence_lang` varchar(4) DEFAULT NULL COMMENT 'Denormalized field from sentences table',
  `user_id` int(11) DEFAULT NULL,
  `external` varchar(500) DEFAULT NULL,
  `source` enum('tatoeba','commons') NOT NULL DEFAULT 'tatoeba',
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sentence_id` (`sentence_id`),
  KEY `sentence_lang_idx` (`sentence_lang`),
  KEY `user_id_idx` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `disabled_audios` (
  `id` int(11) NOT NULL,
  `sentence_id` int(11) NOT NULL,
  `sentence_lang` varchar(4) DEFAULT NULL COMMENT 'Denormalized field from sentences table',
  `user_id` int(11) DEFAULT NULL,
  `external` varchar(500) DEFAULT NULL,
  `source` enum('tatoeba','commons') NOT NULL DEFAULT 'tatoeba',
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sentence_id` (`sentence_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `contributions` (
  `sentence_id` int(11) NOT NULL,
  `sentence_lang` varchar(4) DEFAULT NULL,
  `translation_id` int(11) DEFAULT NULL,
  `translation_lang` varchar(4) DEFAULT NULL,
  `script` varchar(4) DEFAULT NULL,
  `text` varbinary(1500) NOT NULL,
  `action` enum('insert','update','delete') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `datetime` datetime NOT NULL,
  `type` enum('link','sentence','license') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_desc` (`id`),
  KEY `sentence_id` (`sentence_id`),
  KEY `datetime` (`datetime`),
  KEY `user_id` (`user_id`),
  KEY `sentence_lang` (`sentence_lang`,`type`),
  KEY `translation_id_idx` (`translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC
;

CREATE TABLE `last_contributions` (
  `sentence_id` int(11) NOT NULL,
  `sentence_lang` varchar(4) DEFAULT NULL,
  `translation_id` int(11) DEFAULT NULL,
  `translation_lang` varchar(4) DEFAULT NULL,
  `script` varchar(4) DEFAULT NULL,
  `text` varbinary(1500) NOT NULL,
  `action` enum('insert','update','delete') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `datetime` datetime NOT NULL,
  `type` enum('link','sentence','license') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_desc` (`id`),
  KEY `sentence_id` (`sentence_id`),
  KEY `datetime` (`datetime`),
  KEY `user_id` (`user_id`),
  KEY `sentence_lang` (`sentence_lang`,`type`),
  KEY `translation_id_idx` (`translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC
;

CREATE TABLE `contributions_stats` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `date` date DEFAULT NULL,
  `lang` varchar(4) DEFAULT NULL,
  `sentences` int(11) DEFAULT NULL,
  `action` enum('insert','update','delete') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `type` enum('link','sentence','license') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
;

CREATE TABLE `favorites_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `favorite_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `favorite_id` (`favorite_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `sentences_lists` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `is_public` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `numberOfSentences` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  `visibility` enum('private','unlisted','listed','public') NOT NULL DEFAULT 'unlisted',
  `editable_by` enum('creator','anyone','no_one') NOT NULL DEFAULT 'creator',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `sentences_sentences_lists` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sentences_list_id` int(11) NOT NULL,
  `sentence_id` int(11) NOT NULL,
  `created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `list_id` (`sentences_list_id`,`sentence_id`),
  KEY `sentences_list_id` (`sentences_list_id`),
  KEY `sentence_id` (`sentence_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `internal_name` varchar(50) DEFAULT NULL,
  `name` varchar(50) NOT NULL,
  `description` varchar(500) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `nbrOfSentences` int(11) NOT NULL DEFAULT 0,
  `category_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `nbr_sentences_idx` (`nbrOfSentences`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `tags_sentences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `sentence_id` int(11) DEFAULT NULL,
  `added_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `tag_id` (`tag_id`),
  KEY `sentence_id` (`sentence_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `categories_tree` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `lft` int(11) DEFAULT NULL,
  `rght` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `private_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `recpt` int(11) NOT NULL,
  `sender` int(11) NOT NULL,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `date` datetime NOT NULL,
  `folder` enum('Inbox','Sent','Trash','Drafts') CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'Inbox',
  `title` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `content` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `isnonread` tinyint(1) NOT NULL DEFAULT 1,
  `draft_recpts` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `sent` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `idx_recpt` (`recpt`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `wall` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner` int(11) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `date` datetime NOT NULL,
  `title` varchar(255) NOT NULL,
  `content` blob NOT NULL,
  `lft` int(11) DEFAULT NULL,
  `rght` int(11) DEFAULT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `modified` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wall_threads_last_message` (
  `id` int(11) NOT NULL,
  `last_message_date` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `languages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(4) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `sentences` int(10) unsigned NOT NULL DEFAULT 0,
  `audio` int(10) NOT NULL DEFAULT 0,
  `group_1` tinyint(2) NOT NULL DEFAULT 0,
  `group_2` smallint(3) NOT NULL DEFAULT 0,
  `group_3` smallint(4) NOT NULL DEFAULT 0,
  `group_4` int(10) NOT NULL DEFAULT 0,
  `level_0` int(10) NOT NULL DEFAULT 0,
  `level_1` int(10) NOT NULL DEFAULT 0,
  `level_2` int(10) NOT NULL DEFAULT 0,
  `level_3` int(10) NOT NULL DEFAULT 0,
  `level_4` int(10) NOT NULL DEFAULT 0,
  `level_5` int(10) NOT NULL DEFAULT 0,
  `level_unknown` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lang` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci
;

CREATE TABLE `reindex_flags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sentence_id` int(11) NOT NULL,
  `lang` varchar(4) DEFAULT NULL,
  `indexed` tinyint(1) NOT NULL DEFAULT 0,
  `type` enum('change','removal') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_sentence_id` (`sentence_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `exports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `url` varchar(2048) DEFAULT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `generated` datetime DEFAULT NULL,
  `status` enum('queued','online','failed') NOT NULL,
  `queued_job_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `sessions` (
  `id` varchar(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `created` datetime DEFAULT current_timestamp(),
  `modified` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `data` blob DEFAULT NULL,
  `expires` int(10) unsigned DEFAULT NULL,
  `user_id` int(11) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `queued_jobs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `job_task` varchar(90) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `data` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `job_group` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `reference` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `created` datetime NOT NULL,
  `notbefore` datetime DEFAULT NULL,
  `fetched` datetime DEFAULT NULL,
  `completed` datetime DEFAULT NULL,
  `progress` float DEFAULT NULL,
  `failed` int(11) NOT NULL DEFAULT 0,
  `failure_message` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `workerkey` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `status` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `priority` int(3) NOT NULL DEFAULT 5,
  PRIMARY KEY (`id`),
  KEY `completed` (`completed`),
  KEY `job_task` (`job_task`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `queue_processes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pid` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `terminate` tinyint(1) NOT NULL DEFAULT 0,
  `server` varchar(90) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `workerkey` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workerkey` (`workerkey`),
  UNIQUE KEY `pid` (`pid`,`server`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;


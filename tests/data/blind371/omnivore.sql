-- Omnivore (read-it-later service: library items, highlights, labels, newsletters and feeds, integrations)
-- Upstream: github.com/omnivore-app/omnivore, commit 322ce62b2e09a4fc8f328dde6003e7066953a9ca (AGPL-3.0)
-- Source: packages/db/migrations/0001 ... 0189 *.do.*.sql (188 Postgrator migrations, PostgreSQL), replayed in order
-- into a scratch PostgreSQL 15 database (pgvector unavailable: the two vector(N) columns replayed as text; role
-- app_user created first as packages/db/README.md says) and written as MySQL from the catalogue: columns in ordinal
-- order; uuid -> CHAR(36); text -> TEXT (VARCHAR(255) in keys); varchar(n) -> VARCHAR(n); timestamptz -> DATETIME(6);
-- boolean -> TINYINT(1); real -> FLOAT; double -> DOUBLE; json/jsonb, text[] and uuid[] -> JSON; tsvector, ltree and
-- the pgvector embeddings -> TEXT; PostgreSQL enums -> ENUM(...). Primary keys, unique constraints and foreign keys
-- keep upstream names (foreign keys as ALTER TABLE at the end); plain and expression indexes left out; function, array
-- and text defaults dropped. Tables left out (legacy, superseded by library_item in migration 0120): pages, links,
-- link_labels, link_share_info, reaction, highlight_reply, article_saving_request (the two foreign keys of reminders
-- to them are dropped with them). Schema `omnivore` dropped from the names.

CREATE TABLE `abuse_report` (
  `id` CHAR(36) NOT NULL,
  `item_url` TEXT NOT NULL,
  `shared_by` CHAR(36) NOT NULL,
  `reported_by` CHAR(36),
  `report_types` JSON NOT NULL,
  `report_comment` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `library_item_id` VARCHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_user` (
  `id` CHAR(36) NOT NULL,
  `email` TEXT NOT NULL,
  `password` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_prompts` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `prompt` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_summaries` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `library_item_id` CHAR(36) NOT NULL,
  `summary` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `slug` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_key` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `key` TEXT NOT NULL,
  `scopes` JSON NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `used_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_key_user_id_name_key` (`user_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_display_report` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `content` TEXT,
  `original_html` TEXT,
  `original_url` TEXT NOT NULL,
  `report_comment` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `library_item_id` VARCHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discover_feed` (
  `id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `link` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `type` VARCHAR(4) NOT NULL,
  `freq` INT NOT NULL DEFAULT 60,
  `image` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `discover_feed_link_key` (`link`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discover_feed_article_topic_link` (
  `discover_feed_article_id` CHAR(36) NOT NULL,
  `discover_topic_name` VARCHAR(255) NOT NULL,
  UNIQUE KEY `discover_feed_article_topic_l_discover_feed_article_id_disc_key` (`discover_feed_article_id`, `discover_topic_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discover_feed_articles` (
  `id` CHAR(36) NOT NULL,
  `feed_id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `url` TEXT NOT NULL,
  `author` TEXT,
  `image` TEXT,
  `published_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `embedding` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `discover_feed_articles_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discover_feed_hide_link` (
  `discover_article_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  UNIQUE KEY `user_discover_hide_link` (`discover_article_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discover_feed_save_link` (
  `discover_article_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `article_save_id` CHAR(36) NOT NULL,
  `article_save_url` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `user_discover_feed_link` (`discover_article_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discover_feed_subscription` (
  `feed_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `visible_name` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discover_topic_embedding_link` (
  `id` CHAR(36) NOT NULL,
  `discover_topic_name` VARCHAR(255) NOT NULL,
  `embedding_description` VARCHAR(255) NOT NULL,
  `embedding` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `discover_topic_embedding_link_discover_topic_name_embedding_key` (`discover_topic_name`, `embedding_description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discover_topics` (
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `position` INT NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_labels` (
  `id` CHAR(36) NOT NULL,
  `library_item_id` CHAR(36),
  `highlight_id` CHAR(36),
  `label_id` CHAR(36) NOT NULL,
  `source` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_labels_label_id_library_item_id_highlight_id_key` (`label_id`, `library_item_id`, `highlight_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `export` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `state` TEXT NOT NULL,
  `total_items` INT DEFAULT 0,
  `processed_items` INT DEFAULT 0,
  `task_id` TEXT,
  `signed_url` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `granted_at` DATETIME(6),
  `expires_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `features_user_id_name_key` (`user_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filters` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `filter` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `category` VARCHAR(255) NOT NULL,
  `default_filter` TINYINT(1) NOT NULL DEFAULT 0,
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `folder` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `filters_user_id_name_key` (`user_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folder_policy` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `folder` VARCHAR(255) NOT NULL,
  `action` ENUM('DELETE','ARCHIVE') NOT NULL,
  `after_days` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `folder_policy_user_id_folder_action_key` (`user_id`, `folder`, `action`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group` (
  `id` CHAR(36) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `description` TEXT,
  `topics` TEXT,
  `only_admin_can_post` TINYINT(1) NOT NULL DEFAULT 0,
  `only_admin_can_see_members` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_membership` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `invite_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_membership_unique` (`group_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `highlight` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `quote` TEXT,
  `prefix` VARCHAR(5000),
  `suffix` VARCHAR(5000),
  `patch` TEXT,
  `annotation` VARCHAR(4000),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `shared_at` DATETIME(6),
  `short_id` VARCHAR(14) NOT NULL,
  `library_item_id` CHAR(36) NOT NULL,
  `highlight_position_percent` FLOAT NOT NULL DEFAULT 0,
  `highlight_position_anchor_index` INT NOT NULL DEFAULT 0,
  `highlight_type` ENUM('HIGHLIGHT','REDACTION','NOTE') NOT NULL DEFAULT 'HIGHLIGHT',
  `color` TEXT,
  `html` TEXT,
  `representation` ENUM('CONTENT','FEED_CONTENT') NOT NULL DEFAULT 'CONTENT',
  PRIMARY KEY (`id`),
  UNIQUE KEY `highlight_short_id_key` (`short_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `name` VARCHAR(40) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `synced_at` DATETIME(6),
  `task_name` TEXT,
  `type` ENUM('EXPORT','IMPORT') NOT NULL DEFAULT 'EXPORT',
  `import_item_state` ENUM('UNREAD','UNARCHIVED','ARCHIVED','ALL'),
  `settings` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invite` (
  `id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `code` TEXT NOT NULL,
  `max_members` INT NOT NULL,
  `expiration_time` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `color` TEXT NOT NULL,
  `description` TEXT,
  `position` INT NOT NULL DEFAULT 0,
  `internal` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `label_name_unique` (`user_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `library_item` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `state` ENUM('SUCCEEDED','FAILED','PROCESSING','ARCHIVED','DELETED','CONTENT_NOT_FETCHED') NOT NULL DEFAULT 'SUCCEEDED',
  `original_url` TEXT NOT NULL,
  `download_url` TEXT,
  `slug` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `author` TEXT,
  `description` TEXT,
  `saved_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `published_at` DATETIME(6),
  `archived_at` DATETIME(6),
  `deleted_at` DATETIME(6),
  `read_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `item_language` TEXT,
  `word_count` INT,
  `site_name` TEXT,
  `site_icon` TEXT,
  `metadata` JSON,
  `reading_progress_last_read_anchor` INT NOT NULL DEFAULT 0,
  `reading_progress_highest_read_anchor` INT NOT NULL DEFAULT 0,
  `reading_progress_top_percent` FLOAT NOT NULL DEFAULT 0,
  `reading_progress_bottom_percent` FLOAT NOT NULL DEFAULT 0,
  `thumbnail` TEXT,
  `item_type` TEXT NOT NULL,
  `upload_file_id` CHAR(36),
  `content_reader` ENUM('WEB','PDF','EPUB') NOT NULL DEFAULT 'WEB',
  `readable_content` TEXT NOT NULL,
  `content_tsv` TEXT,
  `site_name_tsv` TEXT,
  `title_tsv` TEXT,
  `author_tsv` TEXT,
  `description_tsv` TEXT,
  `search_tsv` TEXT,
  `model_name` TEXT,
  `embedding` TEXT,
  `text_content_hash` TEXT,
  `gcs_archive_id` TEXT,
  `directionality` ENUM('LTR','RTL') NOT NULL DEFAULT 'LTR',
  `subscription` TEXT,
  `label_names` JSON NOT NULL,
  `highlight_labels` JSON NOT NULL,
  `highlight_annotations` JSON NOT NULL,
  `note` TEXT,
  `note_tsv` TEXT,
  `recommender_names` JSON,
  `links` JSON,
  `feed_content` TEXT,
  `preview_content_type` TEXT,
  `folder` TEXT NOT NULL,
  `seen_at` DATETIME(6),
  `digested_at` DATETIME(6),
  `topic` TEXT,
  `score` DOUBLE,
  `preview_content` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newsletter_emails` (
  `address` VARCHAR(50) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `confirmation_code` VARCHAR(50),
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT,
  `description` TEXT,
  `folder` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popular_read` (
  `id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `original_url` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `author` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `thumbnail` TEXT,
  `published_at` DATETIME(6),
  `site_name` TEXT NOT NULL,
  `slug` TEXT NOT NULL,
  `readable_content` TEXT NOT NULL,
  `original_content` TEXT NOT NULL,
  `word_count` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `popular_read_key_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `library_item_ids` JSON NOT NULL,
  `highlight_ids` JSON,
  `title` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `thumbnail` TEXT,
  `thought` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_item` (
  `id` CHAR(36) NOT NULL,
  `source_id` CHAR(36) NOT NULL,
  `site_icon` TEXT,
  `type` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `topic` TEXT,
  `approved` TINYINT(1) NOT NULL DEFAULT 0,
  `thumbnail` TEXT,
  `preview_content` TEXT,
  `language_code` TEXT,
  `author` TEXT,
  `dir` TEXT,
  `published_at` DATETIME(6),
  `word_count` INT,
  `site_name` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_item_interactions` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `public_item_id` CHAR(36) NOT NULL,
  `saved_at` DATETIME(6),
  `liked_at` DATETIME(6),
  `broadcasted_at` DATETIME(6),
  `seen_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `digested_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_item_source` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `topics` JSON,
  `icon` TEXT,
  `url` TEXT,
  `language_codes` JSON,
  `approved` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_item_stats` (
  `id` CHAR(36) NOT NULL,
  `public_item_id` CHAR(36) NOT NULL,
  `save_count` INT NOT NULL DEFAULT 0,
  `like_count` INT NOT NULL DEFAULT 0,
  `broadcast_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `received_emails` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `from` TEXT NOT NULL,
  `to` TEXT NOT NULL,
  `subject` TEXT NOT NULL,
  `text` TEXT NOT NULL,
  `html` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `reply_to` TEXT,
  `reply` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recommendation` (
  `id` CHAR(36) NOT NULL,
  `library_item_id` CHAR(36) NOT NULL,
  `recommender_id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `note` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `recommendation_library_item_id_recommender_id_group_id_key` (`library_item_id`, `recommender_id`, `group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reminders` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `article_saving_request_id` CHAR(36),
  `link_id` CHAR(36),
  `task_name` TEXT,
  `status` ENUM('CREATED','DELETED','COMPLETED') NOT NULL DEFAULT 'CREATED',
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6),
  `remind_at` DATETIME(6) NOT NULL,
  `archive_until` TINYINT(1) NOT NULL DEFAULT 0,
  `send_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `elastic_page_id` VARCHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rules` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `filter` TEXT NOT NULL,
  `actions` JSON NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `event_types` JSON NOT NULL,
  `failed_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_history` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `term` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_history_user_id_term_key` (`user_id`, `term`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_usage` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speech` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `elastic_page_id` TEXT NOT NULL,
  `voice` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `audio_file_name` VARCHAR(255) NOT NULL DEFAULT '',
  `speech_marks_file_name` VARCHAR(255) NOT NULL DEFAULT '',
  `state` ENUM('INITIALIZED','COMPLETED','FAILED','CANCELLED') NOT NULL DEFAULT 'INITIALIZED',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription_plan` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `max_emails_sent_per_day` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `url` VARCHAR(255),
  `status` ENUM('ACTIVE','UNSUBSCRIBED','DELETED') NOT NULL DEFAULT 'ACTIVE',
  `unsubscribe_mail_to` TEXT,
  `unsubscribe_http_url` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `icon` TEXT,
  `newsletter_email_id` CHAR(36),
  `type` ENUM('NEWSLETTER','RSS') NOT NULL DEFAULT 'NEWSLETTER',
  `count` INT NOT NULL DEFAULT 0,
  `most_recent_item_date` DATETIME(6),
  `last_fetched_checksum` TEXT,
  `scheduled_at` DATETIME(6),
  `is_private` TINYINT(1),
  `auto_add_to_library` TINYINT(1),
  `fetch_content` TINYINT(1) NOT NULL DEFAULT 1,
  `folder` TEXT,
  `failed_at` DATETIME(6),
  `refreshed_at` DATETIME(6),
  `fetch_content_type` ENUM('ALWAYS','NEVER','WHEN_EMPTY') NOT NULL DEFAULT 'ALWAYS',
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_user_id_url_key` (`user_id`, `url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload_files` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `url` TEXT NOT NULL,
  `status` ENUM('INITIALIZED','COMPLETED') NOT NULL DEFAULT 'INITIALIZED',
  `file_name` TEXT NOT NULL,
  `content_type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` CHAR(36) NOT NULL,
  `first_name` TEXT,
  `last_name` TEXT,
  `source` ENUM('EMAIL','GOOGLE','TWITTER','APPLE') NOT NULL,
  `email` VARCHAR(255),
  `phone` TEXT,
  `source_user_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `password` VARCHAR(255),
  `status` ENUM('ACTIVE','PENDING','DELETED','ARCHIVED') NOT NULL DEFAULT 'ACTIVE',
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_unique` (`email`),
  UNIQUE KEY `user_twitter_id_key` (`source_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_device_tokens` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_friends` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `friend_user_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_friends_user_id_friend_user_id_key` (`user_id`, `friend_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_personalization` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `font_size` INT,
  `font_family` TEXT,
  `theme` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `margin` INT,
  `library_layout_type` TEXT,
  `library_sort_order` TEXT,
  `speech_voice` TEXT,
  `speech_rate` TEXT,
  `speech_volume` TEXT,
  `speech_secondary_voice` TEXT,
  `fields` JSON,
  `digest_config` JSON,
  `shortcuts` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_personalization_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_profile` (
  `id` CHAR(36) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `private` TINYINT(1) NOT NULL DEFAULT 0,
  `bio` TEXT,
  `picture_url` TEXT,
  `user_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_profile_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `url` TEXT NOT NULL,
  `method` TEXT NOT NULL,
  `content_type` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `event_types` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `abuse_report` ADD CONSTRAINT `abuse_report_reported_by_fkey` FOREIGN KEY (`reported_by`) REFERENCES `user` (`id`);
ALTER TABLE `abuse_report` ADD CONSTRAINT `abuse_reports_shared_by_fkey` FOREIGN KEY (`shared_by`) REFERENCES `user` (`id`);
ALTER TABLE `ai_prompts` ADD CONSTRAINT `ai_prompts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `ai_summaries` ADD CONSTRAINT `ai_summaries_library_item_id_fkey` FOREIGN KEY (`library_item_id`) REFERENCES `library_item` (`id`) ON DELETE CASCADE;
ALTER TABLE `ai_summaries` ADD CONSTRAINT `ai_summaries_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `api_key` ADD CONSTRAINT `api_key_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `discover_feed_article_topic_link` ADD CONSTRAINT `discover_feed_article_topic_link_discover_feed_article_id_fkey` FOREIGN KEY (`discover_feed_article_id`) REFERENCES `discover_feed_articles` (`id`) ON DELETE CASCADE;
ALTER TABLE `discover_feed_article_topic_link` ADD CONSTRAINT `discover_feed_article_topic_link_discover_topic_name_fkey` FOREIGN KEY (`discover_topic_name`) REFERENCES `discover_topics` (`name`) ON DELETE CASCADE;
ALTER TABLE `discover_feed_articles` ADD CONSTRAINT `discover_feed_articles_feed_id_fkey` FOREIGN KEY (`feed_id`) REFERENCES `discover_feed` (`id`) ON DELETE CASCADE;
ALTER TABLE `discover_feed_hide_link` ADD CONSTRAINT `discover_feed_hide_link_discover_article_id_fkey` FOREIGN KEY (`discover_article_id`) REFERENCES `discover_feed_articles` (`id`) ON DELETE CASCADE;
ALTER TABLE `discover_feed_hide_link` ADD CONSTRAINT `discover_feed_hide_link_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `discover_feed_save_link` ADD CONSTRAINT `discover_feed_save_link_article_save_id_fkey` FOREIGN KEY (`article_save_id`) REFERENCES `library_item` (`id`) ON DELETE CASCADE;
ALTER TABLE `discover_feed_save_link` ADD CONSTRAINT `discover_feed_save_link_discover_article_id_fkey` FOREIGN KEY (`discover_article_id`) REFERENCES `discover_feed_articles` (`id`) ON DELETE CASCADE;
ALTER TABLE `discover_feed_save_link` ADD CONSTRAINT `discover_feed_save_link_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `discover_feed_subscription` ADD CONSTRAINT `discover_feed_subscription_feed_id_fkey` FOREIGN KEY (`feed_id`) REFERENCES `discover_feed` (`id`) ON DELETE CASCADE;
ALTER TABLE `discover_feed_subscription` ADD CONSTRAINT `discover_feed_subscription_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `discover_topic_embedding_link` ADD CONSTRAINT `discover_topic_embedding_link_discover_topic_name_fkey` FOREIGN KEY (`discover_topic_name`) REFERENCES `discover_topics` (`name`) ON DELETE CASCADE;
ALTER TABLE `entity_labels` ADD CONSTRAINT `entity_labels_highlight_id_fkey` FOREIGN KEY (`highlight_id`) REFERENCES `highlight` (`id`) ON DELETE CASCADE;
ALTER TABLE `entity_labels` ADD CONSTRAINT `entity_labels_label_id_fkey` FOREIGN KEY (`label_id`) REFERENCES `labels` (`id`) ON DELETE CASCADE;
ALTER TABLE `entity_labels` ADD CONSTRAINT `entity_labels_library_item_id_fkey` FOREIGN KEY (`library_item_id`) REFERENCES `library_item` (`id`) ON DELETE CASCADE;
ALTER TABLE `export` ADD CONSTRAINT `export_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `features` ADD CONSTRAINT `features_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `filters` ADD CONSTRAINT `filters_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `folder_policy` ADD CONSTRAINT `folder_policy_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `group` ADD CONSTRAINT `group_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `group_membership` ADD CONSTRAINT `group_membership_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE CASCADE;
ALTER TABLE `group_membership` ADD CONSTRAINT `group_membership_invite_id_fkey` FOREIGN KEY (`invite_id`) REFERENCES `invite` (`id`) ON DELETE CASCADE;
ALTER TABLE `group_membership` ADD CONSTRAINT `group_membership_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `highlight` ADD CONSTRAINT `highlight_library_item_id_fkey` FOREIGN KEY (`library_item_id`) REFERENCES `library_item` (`id`) ON DELETE CASCADE;
ALTER TABLE `highlight` ADD CONSTRAINT `highlight_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `integrations` ADD CONSTRAINT `integrations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `invite` ADD CONSTRAINT `invite_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `invite` ADD CONSTRAINT `invite_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE CASCADE;
ALTER TABLE `labels` ADD CONSTRAINT `labels_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `library_item` ADD CONSTRAINT `library_item_upload_file_id_fkey` FOREIGN KEY (`upload_file_id`) REFERENCES `upload_files` (`id`) ON DELETE CASCADE;
ALTER TABLE `library_item` ADD CONSTRAINT `library_item_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `newsletter_emails` ADD CONSTRAINT `newsletter_emails_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `post` ADD CONSTRAINT `post_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `public_item` ADD CONSTRAINT `public_item_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `public_item_source` (`id`) ON DELETE CASCADE;
ALTER TABLE `public_item_interactions` ADD CONSTRAINT `public_item_interactions_public_item_id_fkey` FOREIGN KEY (`public_item_id`) REFERENCES `public_item` (`id`) ON DELETE CASCADE;
ALTER TABLE `public_item_interactions` ADD CONSTRAINT `public_item_interactions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `public_item_stats` ADD CONSTRAINT `public_item_stats_public_item_id_fkey` FOREIGN KEY (`public_item_id`) REFERENCES `public_item` (`id`) ON DELETE CASCADE;
ALTER TABLE `received_emails` ADD CONSTRAINT `received_emails_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `recommendation` ADD CONSTRAINT `recommendation_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE CASCADE;
ALTER TABLE `recommendation` ADD CONSTRAINT `recommendation_library_item_id_fkey` FOREIGN KEY (`library_item_id`) REFERENCES `library_item` (`id`) ON DELETE CASCADE;
ALTER TABLE `recommendation` ADD CONSTRAINT `recommendation_recommender_id_fkey` FOREIGN KEY (`recommender_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `reminders` ADD CONSTRAINT `reminders_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `rules` ADD CONSTRAINT `rules_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `search_history` ADD CONSTRAINT `search_history_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `service_usage` ADD CONSTRAINT `service_usage_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `speech` ADD CONSTRAINT `speech_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `subscriptions` ADD CONSTRAINT `subscriptions_newsletter_email_id_fkey` FOREIGN KEY (`newsletter_email_id`) REFERENCES `newsletter_emails` (`id`) ON DELETE CASCADE;
ALTER TABLE `subscriptions` ADD CONSTRAINT `subscriptions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `upload_files` ADD CONSTRAINT `upload_files_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_device_tokens` ADD CONSTRAINT `user_device_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_friends` ADD CONSTRAINT `user_friends_friend_user_id_fkey` FOREIGN KEY (`friend_user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_friends` ADD CONSTRAINT `user_friends_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_personalization` ADD CONSTRAINT `user_personalization_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_profile` ADD CONSTRAINT `user_profile_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `webhooks` ADD CONSTRAINT `webhooks_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE;

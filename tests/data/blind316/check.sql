-- Check (Meedan; fact-checking and tipline platform), check-api at github.com/meedan/check-api commit
-- b25e3d6f4b48fe92342b580718818aa8c15b4373 (MIT): db/schema.rb (ActiveRecord schema version 2026_03_25_140013,
-- PostgreSQL) written as MySQL/MariaDB DDL. All 45 tables, columns in schema.rb order. string -> VARCHAR(limit or 255),
-- text -> TEXT, integer -> INT, bigint -> BIGINT, boolean -> TINYINT(1), datetime -> DATETIME (precision 6 ->
-- DATETIME(6)), date, time, float as they are, json/jsonb and PostgreSQL arrays -> JSON; `id: :serial` -> INT
-- AUTO_INCREMENT, the default id -> BIGINT AUTO_INCREMENT, string primary keys -> VARCHAR(255). Literal defaults kept,
-- {} / [] defaults dropped. Unique indexes on plain columns kept as UNIQUE KEY; the six partial or expression unique
-- indexes, the check constraint on relationships, the non-unique indexes, the PL/pgSQL functions and the trigger left
-- out. The 17 add_foreign_key of schema.rb are declared; for that, users.id, teams.id, project_medias.id and
-- saved_searches.id are BIGINT here (serial INT upstream), as the bigint columns that refer to them need.

CREATE TABLE `account_sources` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `account_id` INT,
  `source_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_account_sources_on_account_id_and_source_id` (`account_id`, `source_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `team_id` INT,
  `url` VARCHAR(255),
  `omniauth_info` TEXT,
  `uid` VARCHAR(255),
  `provider` VARCHAR(255),
  `token` VARCHAR(255),
  `email` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_accounts_on_url` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annotations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `annotation_type` VARCHAR(255) NOT NULL,
  `version_index` INT,
  `annotated_type` VARCHAR(255),
  `annotated_id` INT,
  `annotator_type` VARCHAR(255),
  `annotator_id` INT,
  `entities` TEXT,
  `data` TEXT,
  `file` VARCHAR(255),
  `lock_version` INT NOT NULL DEFAULT 0,
  `locked` TINYINT(1) DEFAULT 0,
  `attribution` TEXT,
  `fragment` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `data_json` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `access_token` VARCHAR(255) NOT NULL DEFAULT '',
  `title` VARCHAR(255),
  `user_id` INT,
  `team_id` INT NOT NULL,
  `expire_at` DATETIME,
  `rate_limits` JSON,
  `application` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `description` VARCHAR(255),
  `last_active_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `assigned_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `assigned_type` VARCHAR(255),
  `assigner_id` INT,
  `message` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_assignments_on_assigned_id_and_assigned_type_and_user_id` (`assigned_id`, `assigned_type`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocked_tipline_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_blocked_tipline_users_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bounces` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_bounces_on_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `claim_descriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `description` TEXT,
  `user_id` BIGINT NOT NULL,
  `project_media_id` BIGINT,
  `context` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `team_id` BIGINT,
  `author_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_claim_descriptions_on_project_media_id` (`project_media_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cluster_project_medias` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cluster_id` BIGINT,
  `project_media_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_cluster_project_medias_on_cluster_id_and_project_media_id` (`cluster_id`, `project_media_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clusters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_media_id` INT,
  `first_item_at` DATETIME,
  `last_item_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `feed_id` BIGINT,
  `team_ids` JSON NOT NULL,
  `channels` JSON NOT NULL,
  `media_count` INT NOT NULL DEFAULT 0,
  `requests_count` INT NOT NULL DEFAULT 0,
  `fact_checks_count` INT NOT NULL DEFAULT 0,
  `last_request_date` DATETIME,
  `last_fact_check_date` DATETIME,
  `title` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamic_annotation_annotation_types` (
  `annotation_type` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `singleton` TINYINT(1) DEFAULT 1,
  `json_schema` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`annotation_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamic_annotation_field_instances` (
  `name` VARCHAR(255) NOT NULL,
  `field_type` VARCHAR(255) NOT NULL,
  `annotation_type` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `optional` TINYINT(1) DEFAULT 1,
  `settings` TEXT,
  `default_value` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamic_annotation_field_types` (
  `field_type` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`field_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamic_annotation_fields` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `annotation_id` INT NOT NULL,
  `field_name` VARCHAR(255) NOT NULL,
  `annotation_type` VARCHAR(255) NOT NULL,
  `field_type` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `value_json` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `explainer_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `explainer_id` BIGINT,
  `project_media_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_explainer_items_on_explainer_id_and_project_media_id` (`explainer_id`, `project_media_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `explainers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `description` TEXT,
  `url` VARCHAR(255),
  `language` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `tags` JSON,
  `trashed` TINYINT(1) DEFAULT 0,
  `author_id` BIGINT,
  `channel` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fact_checks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `summary` TEXT,
  `url` VARCHAR(255),
  `title` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  `claim_description_id` BIGINT NOT NULL,
  `language` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `signature` VARCHAR(255),
  `tags` JSON,
  `publisher_id` INT,
  `report_status` INT DEFAULT 0,
  `rating` VARCHAR(255),
  `imported` TINYINT(1) DEFAULT 0,
  `trashed` TINYINT(1) DEFAULT 0,
  `author_id` BIGINT,
  `channel` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_fact_checks_on_claim_description_id` (`claim_description_id`),
  UNIQUE KEY `index_fact_checks_on_signature` (`signature`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feed_invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `state` INT NOT NULL DEFAULT 0,
  `feed_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_feed_invitations_on_email_and_feed_id` (`email`, `feed_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feed_teams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `team_id` BIGINT NOT NULL,
  `feed_id` BIGINT NOT NULL,
  `settings` JSON,
  `shared` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `media_saved_search_id` BIGINT,
  `article_saved_search_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_feed_teams_on_team_id_and_feed_id` (`team_id`, `feed_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feeds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `settings` JSON,
  `published` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `media_saved_search_id` BIGINT,
  `user_id` BIGINT,
  `team_id` BIGINT,
  `description` TEXT,
  `tags` JSON,
  `licenses` JSON,
  `discoverable` TINYINT(1) DEFAULT 0,
  `data_points` JSON,
  `uuid` VARCHAR(255) NOT NULL DEFAULT '',
  `last_clusterized_at` DATETIME,
  `article_saved_search_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_activities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `scope` VARCHAR(255),
  `strategy` VARCHAR(255),
  `identity` VARCHAR(255),
  `success` TINYINT(1),
  `failure_reason` VARCHAR(255),
  `user_type` VARCHAR(255),
  `user_id` INT,
  `context` VARCHAR(255),
  `ip` VARCHAR(255),
  `user_agent` TEXT,
  `referrer` TEXT,
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `medias` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `account_id` INT,
  `url` VARCHAR(255),
  `file` VARCHAR(255),
  `quote` VARCHAR(255),
  `type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `uuid` INT NOT NULL DEFAULT 0,
  `original_claim` TEXT,
  `original_claim_hash` VARCHAR(255),
  `quote_hash` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_medias_on_original_claim_hash` (`original_claim_hash`),
  UNIQUE KEY `index_medias_on_url` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `monthly_team_statistics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `conversations` INT,
  `average_messages_per_day` INT,
  `unique_users` INT,
  `returning_users` INT,
  `valid_new_requests` INT,
  `published_native_reports` INT,
  `published_imported_reports` INT,
  `requests_answered_with_report` INT,
  `reports_sent_to_users` INT,
  `unique_users_who_received_report` INT,
  `median_response_time` INT,
  `unique_newsletters_sent` INT,
  `new_newsletter_subscriptions` INT,
  `newsletter_cancellations` INT,
  `current_subscribers` INT,
  `start_date` DATETIME,
  `end_date` DATETIME,
  `platform` VARCHAR(255),
  `language` VARCHAR(255),
  `team_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `conversations_24hr` INT,
  `newsletters_delivered` INT,
  `whatsapp_conversations` INT,
  `published_reports` INT,
  `positive_searches` INT,
  `negative_searches` INT,
  `newsletters_sent` INT,
  `whatsapp_conversations_user` INT,
  `whatsapp_conversations_business` INT,
  `positive_feedback` INT,
  `negative_feedback` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_monthly_stats_team_platform_language_start` (`team_id`, `platform`, `language`, `start_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pghero_query_stats` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `database` TEXT,
  `user` TEXT,
  `query` TEXT,
  `query_hash` BIGINT,
  `total_time` FLOAT,
  `calls` BIGINT,
  `captured_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_media_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_media_id` BIGINT NOT NULL,
  `request_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_project_media_requests_on_request_id_and_project_media_id` (`request_id`, `project_media_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_media_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_media_id` INT,
  `user_id` INT,
  `read` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_project_media_users_on_project_media_id_and_user_id` (`project_media_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_medias` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `media_id` INT,
  `user_id` INT,
  `source_id` INT,
  `team_id` INT,
  `channel` JSON,
  `read` TINYINT(1) NOT NULL DEFAULT 0,
  `sources_count` INT NOT NULL DEFAULT 0,
  `archived` INT DEFAULT 0,
  `last_seen` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `unmatched` INT DEFAULT 0,
  `custom_title` VARCHAR(255),
  `title_field` VARCHAR(255),
  `imported_from_feed_id` INT,
  `imported_from_project_media_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationships` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `source_id` INT NOT NULL,
  `target_id` INT NOT NULL,
  `user_id` INT,
  `relationship_type` VARCHAR(255) NOT NULL,
  `original_weight` FLOAT DEFAULT 0.0,
  `float` FLOAT DEFAULT 0.0,
  `original_details` JSON,
  `original_relationship_type` VARCHAR(255),
  `original_model` VARCHAR(255),
  `original_source_id` INT,
  `original_source_field` VARCHAR(255),
  `confirmed_by` INT,
  `confirmed_at` DATETIME,
  `weight` FLOAT DEFAULT 0.0,
  `source_field` VARCHAR(255),
  `target_field` VARCHAR(255),
  `model` VARCHAR(255),
  `details` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `relationship_index` (`source_id`, `target_id`, `relationship_type`),
  UNIQUE KEY `index_relationships_on_target_id` (`target_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relevant_results_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `team_id` BIGINT,
  `relevant_results_render_id` VARCHAR(255),
  `user_action` VARCHAR(255),
  `query_media_parent_id` INT,
  `query_media_ids` JSON,
  `similarity_settings` JSON,
  `matched_media_id` INT,
  `selected_count` INT,
  `display_rank` INT,
  `article_type` VARCHAR(255) NOT NULL,
  `article_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `feed_id` BIGINT NOT NULL,
  `request_type` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `request_id` INT,
  `media_id` INT,
  `fact_checked_by_count` INT NOT NULL DEFAULT 0,
  `project_medias_count` INT NOT NULL DEFAULT 0,
  `medias_count` INT NOT NULL DEFAULT 0,
  `requests_count` INT NOT NULL DEFAULT 0,
  `last_submitted_at` DATETIME,
  `webhook_url` VARCHAR(255),
  `last_called_webhook_at` DATETIME,
  `subscriptions_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saved_searches` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `team_id` INT NOT NULL,
  `filters` JSON,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `list_type` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shortened_urls` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT,
  `owner_type` VARCHAR(20),
  `url` TEXT NOT NULL,
  `unique_key` VARCHAR(10) NOT NULL,
  `category` VARCHAR(255),
  `use_count` INT NOT NULL DEFAULT 0,
  `expires_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_shortened_urls_on_unique_key` (`unique_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sources` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `team_id` INT,
  `name` VARCHAR(255),
  `slogan` VARCHAR(255),
  `avatar` VARCHAR(255),
  `archived` INT DEFAULT 0,
  `file` VARCHAR(255),
  `lock_version` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_texts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `text` VARCHAR(255) NOT NULL,
  `team_id` INT NOT NULL,
  `tags_count` INT DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tag_texts_on_text_and_team_id` (`text`, `team_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_tasks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(255) NOT NULL,
  `task_type` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `options` TEXT,
  `project_ids` TEXT,
  `mapping` TEXT,
  `required` TINYINT(1) DEFAULT 0,
  `team_id` INT NOT NULL,
  `order` INT DEFAULT 0,
  `associated_type` VARCHAR(255) NOT NULL DEFAULT 'ProjectMedia',
  `fieldset` VARCHAR(255) NOT NULL DEFAULT '',
  `show_in_browser_extension` TINYINT(1) NOT NULL DEFAULT 1,
  `json_schema` VARCHAR(255),
  `conditional_info` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `team_id` INT,
  `user_id` INT,
  `type` VARCHAR(255),
  `invited_by_id` INT,
  `invitation_token` VARCHAR(255),
  `raw_invitation_token` VARCHAR(255),
  `invitation_accepted_at` DATETIME,
  `file` VARCHAR(255),
  `settings` TEXT,
  `role` VARCHAR(255),
  `status` VARCHAR(255) DEFAULT 'member',
  `invitation_email` VARCHAR(255),
  `lock_version` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `last_active_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_team_users_on_team_id_and_user_id` (`team_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `logo` VARCHAR(255),
  `private` TINYINT(1) NOT NULL DEFAULT 1,
  `archived` INT DEFAULT 0,
  `country` VARCHAR(255),
  `description` TEXT,
  `slug` VARCHAR(255),
  `inactive` TINYINT(1) DEFAULT 0,
  `settings` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_team_slugs` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tipline_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event` VARCHAR(255),
  `direction` INT DEFAULT 0,
  `language` VARCHAR(255),
  `platform` VARCHAR(255),
  `sent_at` DATETIME,
  `uid` VARCHAR(255),
  `external_id` VARCHAR(255),
  `payload` JSON,
  `team_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `state` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tipline_messages_on_external_id_and_state` (`external_id`, `state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tipline_newsletter_deliveries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `recipients_count` INT NOT NULL DEFAULT 0,
  `content` TEXT NOT NULL,
  `started_sending_at` DATETIME NOT NULL,
  `finished_sending_at` DATETIME NOT NULL,
  `tipline_newsletter_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tipline_newsletters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `header_type` VARCHAR(255) NOT NULL DEFAULT 'none',
  `header_file` VARCHAR(255),
  `header_overlay_text` VARCHAR(255),
  `header_media_url` VARCHAR(255),
  `introduction` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255) NOT NULL DEFAULT 'static',
  `rss_feed_url` VARCHAR(255),
  `first_article` TEXT,
  `second_article` TEXT,
  `third_article` TEXT,
  `number_of_articles` INT NOT NULL DEFAULT 0,
  `footer` VARCHAR(255),
  `send_every` VARCHAR(255),
  `send_on` DATE,
  `timezone` VARCHAR(255),
  `time` TIME,
  `last_sent_at` DATETIME,
  `last_scheduled_at` DATETIME,
  `last_scheduled_by_id` INT,
  `last_delivery_error` VARCHAR(255),
  `language` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `team_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tipline_newsletters_on_team_id_and_language` (`team_id`, `language`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tipline_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `language` VARCHAR(255) NOT NULL,
  `tipline_user_uid` VARCHAR(255),
  `platform` VARCHAR(255) NOT NULL,
  `smooch_request_type` VARCHAR(255) NOT NULL,
  `smooch_resource_id` VARCHAR(255),
  `smooch_message_id` VARCHAR(255) DEFAULT '',
  `smooch_conversation_id` VARCHAR(255),
  `smooch_data` JSON NOT NULL,
  `associated_type` VARCHAR(255) NOT NULL,
  `associated_id` BIGINT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `user_id` BIGINT,
  `smooch_report_received_at` INT DEFAULT 0,
  `smooch_report_update_received_at` INT DEFAULT 0,
  `smooch_report_correction_sent_at` INT DEFAULT 0,
  `smooch_report_sent_at` INT DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `first_manual_response_at` INT NOT NULL DEFAULT 0,
  `last_manual_response_at` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tipline_resources` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL DEFAULT '',
  `title` VARCHAR(255) NOT NULL DEFAULT '',
  `content` VARCHAR(255) NOT NULL DEFAULT '',
  `rss_feed_url` VARCHAR(255),
  `number_of_articles` INT DEFAULT 3,
  `team_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `language` VARCHAR(255),
  `content_type` VARCHAR(255),
  `header_type` VARCHAR(255) NOT NULL DEFAULT 'link_preview',
  `header_file` VARCHAR(255),
  `header_overlay_text` VARCHAR(255),
  `header_media_url` VARCHAR(255),
  `keywords` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tipline_resources_on_uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tipline_subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uid` VARCHAR(255),
  `language` VARCHAR(255),
  `team_id` INT,
  `platform` VARCHAR(255),
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tipline_subscriptions_on_uid_and_language_and_team_id` (`uid`, `language`, `team_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `login` VARCHAR(255) NOT NULL DEFAULT '',
  `token` VARCHAR(255) NOT NULL DEFAULT '',
  `default` TINYINT(1) DEFAULT 0,
  `email` VARCHAR(255),
  `encrypted_password` VARCHAR(255) DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `remember_created_at` DATETIME,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `invitation_token` VARCHAR(255),
  `raw_invitation_token` VARCHAR(255),
  `invitation_created_at` DATETIME,
  `invitation_sent_at` DATETIME,
  `invitation_accepted_at` DATETIME,
  `invitation_limit` INT,
  `invited_by_id` INT,
  `invited_by_type` VARCHAR(255),
  `last_accepted_terms_at` DATETIME,
  `image` VARCHAR(255),
  `type` VARCHAR(255),
  `source_id` INT,
  `is_active` TINYINT(1) DEFAULT 1,
  `is_admin` TINYINT(1) DEFAULT 0,
  `current_project_id` INT,
  `integer` INT,
  `settings` TEXT,
  `last_active_at` DATETIME,
  `cached_teams` TEXT,
  `current_team_id` INT,
  `completed_signup` TINYINT(1) DEFAULT 1,
  `api_key_id` INT,
  `unconfirmed_email` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME,
  `confirmation_sent_at` DATETIME,
  `encrypted_otp_secret` VARCHAR(255),
  `encrypted_otp_secret_iv` VARCHAR(255),
  `encrypted_otp_secret_salt` VARCHAR(255),
  `consumed_timestep` INT,
  `otp_required_for_login` TINYINT(1),
  `otp_backup_codes` JSON,
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `unlock_token` VARCHAR(255),
  `locked_at` DATETIME,
  `last_received_terms_email_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_invitation_token` (`invitation_token`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `item_type` VARCHAR(255),
  `{:null=>false}` VARCHAR(255),
  `item_id` VARCHAR(255) NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `whodunnit` VARCHAR(255),
  `object` TEXT,
  `object_changes` TEXT,
  `created_at` DATETIME,
  `meta` TEXT,
  `associated_id` INT,
  `associated_type` VARCHAR(255),
  `event_type` VARCHAR(255),
  `team_id` INT,
  `object_after` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `claim_descriptions` ADD CONSTRAINT `fk_claim_descriptions_project_media_id` FOREIGN KEY (`project_media_id`) REFERENCES `project_medias` (`id`);
ALTER TABLE `claim_descriptions` ADD CONSTRAINT `fk_claim_descriptions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `explainer_items` ADD CONSTRAINT `fk_explainer_items_explainer_id` FOREIGN KEY (`explainer_id`) REFERENCES `explainers` (`id`);
ALTER TABLE `explainer_items` ADD CONSTRAINT `fk_explainer_items_project_media_id` FOREIGN KEY (`project_media_id`) REFERENCES `project_medias` (`id`);
ALTER TABLE `explainers` ADD CONSTRAINT `fk_explainers_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`);
ALTER TABLE `explainers` ADD CONSTRAINT `fk_explainers_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `fact_checks` ADD CONSTRAINT `fk_fact_checks_claim_description_id` FOREIGN KEY (`claim_description_id`) REFERENCES `claim_descriptions` (`id`);
ALTER TABLE `fact_checks` ADD CONSTRAINT `fk_fact_checks_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `feed_invitations` ADD CONSTRAINT `fk_feed_invitations_feed_id` FOREIGN KEY (`feed_id`) REFERENCES `feeds` (`id`);
ALTER TABLE `feed_invitations` ADD CONSTRAINT `fk_feed_invitations_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `feed_teams` ADD CONSTRAINT `fk_feed_teams_feed_id` FOREIGN KEY (`feed_id`) REFERENCES `feeds` (`id`);
ALTER TABLE `feed_teams` ADD CONSTRAINT `fk_feed_teams_article_saved_search_id` FOREIGN KEY (`article_saved_search_id`) REFERENCES `saved_searches` (`id`);
ALTER TABLE `feed_teams` ADD CONSTRAINT `fk_feed_teams_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`);
ALTER TABLE `feeds` ADD CONSTRAINT `fk_feeds_article_saved_search_id` FOREIGN KEY (`article_saved_search_id`) REFERENCES `saved_searches` (`id`);
ALTER TABLE `project_media_requests` ADD CONSTRAINT `fk_project_media_requests_project_media_id` FOREIGN KEY (`project_media_id`) REFERENCES `project_medias` (`id`);
ALTER TABLE `project_media_requests` ADD CONSTRAINT `fk_project_media_requests_request_id` FOREIGN KEY (`request_id`) REFERENCES `requests` (`id`);
ALTER TABLE `requests` ADD CONSTRAINT `fk_requests_feed_id` FOREIGN KEY (`feed_id`) REFERENCES `feeds` (`id`);

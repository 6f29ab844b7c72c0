-- FromThePage (Brumfield Labs; crowdsourced transcription, indexing and translation of manuscripts and archival
-- documents by volunteers, used by libraries, archives and museums; Rails on MySQL)
-- Source: github.com/benwbrum/fromthepage `db/schema.rb` (schema version 2025_08_14_212832), commit
-- 775a8fbfcd04ee1608fe1a33cb31d0f86d22c83a, AGPL-3.0.
-- Made by loading upstream's db/schema.rb, unchanged, with ActiveRecord 6.1 (Debian's ruby-activerecord, mysql2
-- adapter) into a scratch MariaDB 10.11 database and dumping it with `mysqldump --no-data`; FromThePage runs on MySQL,
-- so the DDL is the one Rails itself generated. Columns, types, defaults, primary keys, unique and plain indexes as
-- created; tables in schema.rb's order; the 28 foreign keys (schema.rb's add_foreign_key lines) as ALTER TABLE at the
-- end, as Rails adds them (works and metadata_description_versions reference each other). All 77 tables of
-- schema.rb kept; Rails' own ar_internal_metadata and schema_migrations left out.

CREATE TABLE `ahoy_activity_summaries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `activity` varchar(255) DEFAULT NULL,
  `minutes` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ahoy_activity_day_user_collection` (`date`,`collection_id`,`user_id`,`activity`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `ahoy_events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `visit_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `properties` text DEFAULT NULL,
  `time` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_ahoy_events_on_name_and_time` (`name`,`time`),
  KEY `index_ahoy_events_on_user_id_and_name` (`user_id`,`name`),
  KEY `index_ahoy_events_on_visit_id_and_name` (`visit_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `article_article_links` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `source_article_id` int(11) DEFAULT NULL,
  `target_article_id` int(11) DEFAULT NULL,
  `display_text` varchar(255) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_article_article_links_on_source_article_id` (`source_article_id`),
  KEY `index_article_article_links_on_target_article_id` (`target_article_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `article_versions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `source_text` text DEFAULT NULL,
  `xml_text` text DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `article_id` int(11) DEFAULT NULL,
  `version` int(11) DEFAULT 0,
  `created_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_article_versions_on_article_id` (`article_id`),
  KEY `index_article_versions_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `articles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `source_text` text DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `lock_version` int(11) DEFAULT 0,
  `xml_text` text DEFAULT NULL,
  `graph_image` varchar(255) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `latitude` decimal(7,5) DEFAULT NULL,
  `longitude` decimal(8,5) DEFAULT NULL,
  `uri` varchar(255) DEFAULT NULL,
  `provenance` varchar(255) DEFAULT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `pages_count` int(11) DEFAULT 0,
  `birth_date` varchar(255) DEFAULT NULL,
  `death_date` varchar(255) DEFAULT NULL,
  `sex` varchar(255) DEFAULT NULL,
  `race_description` varchar(255) DEFAULT NULL,
  `bibliography` text DEFAULT NULL,
  `short_summary` varchar(255) DEFAULT NULL,
  `begun` varchar(255) DEFAULT NULL,
  `ended` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_articles_on_collection_id` (`collection_id`),
  KEY `fk_rails_35e2f292e3` (`created_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `articles_categories` (
  `article_id` int(11) DEFAULT NULL,
  `category_id` int(11) DEFAULT NULL,
  KEY `index_articles_categories_on_article_id_and_category_id` (`article_id`,`category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `bulk_exports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `plaintext_verbatim_page` tinyint(1) DEFAULT NULL,
  `plaintext_verbatim_work` tinyint(1) DEFAULT NULL,
  `plaintext_emended_page` tinyint(1) DEFAULT NULL,
  `plaintext_emended_work` tinyint(1) DEFAULT NULL,
  `plaintext_searchable_page` tinyint(1) DEFAULT NULL,
  `plaintext_searchable_work` tinyint(1) DEFAULT NULL,
  `tei_work` tinyint(1) DEFAULT NULL,
  `html_page` tinyint(1) DEFAULT NULL,
  `html_work` tinyint(1) DEFAULT NULL,
  `subject_csv_collection` tinyint(1) DEFAULT NULL,
  `table_csv_collection` tinyint(1) DEFAULT NULL,
  `table_csv_work` tinyint(1) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `work_metadata_csv` tinyint(1) DEFAULT 0,
  `work_id` int(11) DEFAULT NULL,
  `facing_edition_work` tinyint(1) DEFAULT NULL,
  `text_pdf_work` tinyint(1) DEFAULT NULL,
  `text_docx_work` tinyint(1) DEFAULT NULL,
  `static` tinyint(1) DEFAULT NULL,
  `document_set_id` int(11) DEFAULT NULL,
  `subject_details_csv_collection` tinyint(1) DEFAULT NULL,
  `text_only_pdf_work` tinyint(1) DEFAULT NULL,
  `organization` varchar(255) DEFAULT 'by_work',
  `use_uploaded_filename` tinyint(1) DEFAULT 0,
  `owner_mailing_list` tinyint(1) DEFAULT NULL,
  `owner_detailed_activity` tinyint(1) DEFAULT NULL,
  `collection_activity` tinyint(1) DEFAULT NULL,
  `collection_contributors` tinyint(1) DEFAULT NULL,
  `report_arguments` varchar(255) DEFAULT NULL,
  `plaintext_verbatim_zero_index_page` tinyint(1) DEFAULT 0,
  `admin_searches` tinyint(1) DEFAULT NULL,
  `notes_csv` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_bulk_exports_on_collection_id` (`collection_id`),
  KEY `index_bulk_exports_on_document_set_id` (`document_set_id`),
  KEY `index_bulk_exports_on_user_id` (`user_id`),
  KEY `index_bulk_exports_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `gis_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `bio_fields_enabled` tinyint(1) DEFAULT 0,
  `org_fields_enabled` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_categories_on_collection_id` (`collection_id`),
  KEY `index_categories_on_parent_id` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `cdm_bulk_imports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `ocr_correction` tinyint(1) DEFAULT 0,
  `collection_param` varchar(255) NOT NULL,
  `cdm_urls` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_cdm_bulk_imports_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `clientperf_results` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `clientperf_uri_id` int(11) DEFAULT NULL,
  `milliseconds` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_clientperf_results_on_clientperf_uri_id` (`clientperf_uri_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `clientperf_uris` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uri` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_clientperf_uris_on_uri` (`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `collection_blocks` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `collection_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_collection_blocks_on_collection_id_and_user_id` (`collection_id`,`user_id`),
  KEY `fk_rails_c117458532` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `collection_collaborators` (
  `user_id` int(11) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `collection_owners` (
  `user_id` int(11) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `collection_reviewers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_collection_reviewers_on_collection_id` (`collection_id`),
  KEY `index_collection_reviewers_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `collections` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `owner_user_id` int(11) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `intro_block` text DEFAULT NULL,
  `footer_block` varchar(2000) DEFAULT NULL,
  `restricted` tinyint(1) DEFAULT 0,
  `picture` varchar(255) DEFAULT NULL,
  `supports_document_sets` tinyint(1) DEFAULT 0,
  `subjects_disabled` tinyint(1) DEFAULT 1,
  `transcription_conventions` text DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `hide_completed` tinyint(1) DEFAULT 1,
  `help` text DEFAULT NULL,
  `link_help` text DEFAULT NULL,
  `field_based` tinyint(1) DEFAULT 0,
  `voice_recognition` tinyint(1) DEFAULT 0,
  `language` varchar(255) DEFAULT NULL,
  `license_key` varchar(255) DEFAULT NULL,
  `text_language` varchar(255) DEFAULT NULL,
  `pct_completed` int(11) DEFAULT NULL,
  `default_orientation` varchar(255) DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT 1,
  `next_untranscribed_page_id` int(11) DEFAULT NULL,
  `works_count` int(11) DEFAULT 0,
  `api_access` tinyint(1) DEFAULT 0,
  `facets_enabled` tinyint(1) DEFAULT 0,
  `user_download` tinyint(1) DEFAULT 0,
  `review_type` varchar(255) DEFAULT 'optional',
  `data_entry_type` varchar(255) DEFAULT 'text',
  `description_instructions` text DEFAULT NULL,
  `enable_spellcheck` tinyint(1) DEFAULT 0,
  `messageboard_slug` varchar(255) DEFAULT NULL,
  `thredded_messageboard_group_id` bigint(20) DEFAULT NULL,
  `messageboards_enabled` tinyint(1) DEFAULT NULL,
  `most_recent_deed_created_at` datetime DEFAULT NULL,
  `alphabetize_works` tinyint(1) DEFAULT 1,
  `featured_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_collections_on_slug` (`slug`),
  KEY `index_collections_on_owner_user_id` (`owner_user_id`),
  KEY `index_collections_on_thredded_messageboard_group_id` (`thredded_messageboard_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `collections_tags` (
  `collection_id` int(11) DEFAULT NULL,
  `tag_id` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `deeds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `deed_type` varchar(10) DEFAULT NULL,
  `page_id` int(11) DEFAULT NULL,
  `work_id` int(11) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `article_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `note_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `visit_id` int(11) DEFAULT NULL,
  `prerender` varchar(8191) DEFAULT NULL,
  `prerender_mailer` varchar(8191) DEFAULT NULL,
  `is_public` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_deeds_on_article_id` (`article_id`),
  KEY `index_deeds_on_collection_id_and_created_at` (`collection_id`,`created_at`),
  KEY `index_deeds_on_collection_id_and_deed_type_and_created_at` (`collection_id`,`deed_type`,`created_at`),
  KEY `index_deeds_on_created_at_and_collection_id` (`created_at`,`collection_id`),
  KEY `index_deeds_on_note_id` (`note_id`),
  KEY `index_deeds_on_page_id` (`page_id`),
  KEY `index_deeds_on_user_id_and_created_at` (`user_id`,`created_at`),
  KEY `index_deeds_on_visit_id` (`visit_id`),
  KEY `index_deeds_on_work_id_and_created_at` (`work_id`,`created_at`),
  KEY `index_deeds_on_work_id_and_deed_type_and_user_id_and_created_at` (`work_id`,`deed_type`,`user_id`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `document_set_collaborators` (
  `user_id` int(11) DEFAULT NULL,
  `document_set_id` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `document_sets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_user_id` int(11) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `picture` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `pct_completed` int(11) DEFAULT NULL,
  `default_orientation` varchar(255) DEFAULT NULL,
  `next_untranscribed_page_id` int(11) DEFAULT NULL,
  `works_count` int(11) DEFAULT 0,
  `visibility` int(11) NOT NULL DEFAULT 0,
  `featured_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_document_sets_on_slug` (`slug`),
  KEY `index_document_sets_on_collection_id` (`collection_id`),
  KEY `index_document_sets_on_owner_user_id` (`owner_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `document_sets_works` (
  `document_set_id` int(11) NOT NULL,
  `work_id` int(11) NOT NULL,
  UNIQUE KEY `index_document_sets_works_on_work_id_and_document_set_id` (`work_id`,`document_set_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `document_uploads` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `file` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `status` varchar(255) DEFAULT 'new',
  `preserve_titles` tinyint(1) DEFAULT 0,
  `ocr` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_document_uploads_on_collection_id` (`collection_id`),
  KEY `index_document_uploads_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `editor_buttons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) DEFAULT NULL,
  `collection_id` int(11) NOT NULL,
  `prefer_html` tinyint(1) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_editor_buttons_on_collection_id` (`collection_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `external_api_requests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `collection_id` int(11) NOT NULL,
  `work_id` int(11) DEFAULT NULL,
  `page_id` int(11) DEFAULT NULL,
  `engine` varchar(255) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `params` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_external_api_requests_on_collection_id` (`collection_id`),
  KEY `index_external_api_requests_on_page_id` (`page_id`),
  KEY `index_external_api_requests_on_user_id` (`user_id`),
  KEY `index_external_api_requests_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `facet_configs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) DEFAULT NULL,
  `input_type` varchar(255) DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  `metadata_coverage_id` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_facet_configs_on_metadata_coverage_id` (`metadata_coverage_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `flags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `author_user_id` int(11) DEFAULT NULL,
  `page_version_id` int(11) DEFAULT NULL,
  `article_version_id` int(11) DEFAULT NULL,
  `note_id` int(11) DEFAULT NULL,
  `provenance` varchar(255) DEFAULT NULL,
  `status` varchar(255) DEFAULT 'unconfirmed',
  `snippet` text DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `reporter_user_id` int(11) DEFAULT NULL,
  `auditor_user_id` int(11) DEFAULT NULL,
  `content_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_flags_on_article_version_id` (`article_version_id`),
  KEY `index_flags_on_auditor_user_id` (`auditor_user_id`),
  KEY `index_flags_on_author_user_id` (`author_user_id`),
  KEY `index_flags_on_note_id` (`note_id`),
  KEY `index_flags_on_page_version_id` (`page_version_id`),
  KEY `index_flags_on_reporter_user_id` (`reporter_user_id`),
  KEY `index_flags_on_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `friendly_id_slugs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slug` varchar(255) NOT NULL,
  `sluggable_id` int(11) NOT NULL,
  `sluggable_type` varchar(50) DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_friendly_id_slugs_on_slug_and_sluggable_type_and_scope` (`slug`,`sluggable_type`,`scope`),
  KEY `index_friendly_id_slugs_on_slug_and_sluggable_type` (`slug`,`sluggable_type`),
  KEY `index_friendly_id_slugs_on_sluggable_id` (`sluggable_id`),
  KEY `index_friendly_id_slugs_on_sluggable_type` (`sluggable_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `ia_leaves` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ia_work_id` int(11) DEFAULT NULL,
  `page_id` int(11) DEFAULT NULL,
  `page_w` int(11) DEFAULT NULL,
  `page_h` int(11) DEFAULT NULL,
  `leaf_number` int(11) DEFAULT NULL,
  `page_number` varchar(255) DEFAULT NULL,
  `page_type` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `ocr_text` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_ia_leaves_on_page_id` (`page_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `ia_works` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `detail_url` varchar(255) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `work_id` int(11) DEFAULT NULL,
  `server` varchar(255) DEFAULT NULL,
  `ia_path` varchar(255) DEFAULT NULL,
  `book_id` varchar(255) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `creator` varchar(255) DEFAULT NULL,
  `collection` varchar(255) DEFAULT NULL,
  `description` varchar(1024) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  `contributor` varchar(255) DEFAULT NULL,
  `sponsor` varchar(255) DEFAULT NULL,
  `image_count` varchar(255) DEFAULT NULL,
  `title_leaf` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `image_format` varchar(255) DEFAULT 'jp2',
  `archive_format` varchar(255) DEFAULT 'zip',
  `scandata_file` varchar(255) DEFAULT NULL,
  `djvu_file` varchar(255) DEFAULT NULL,
  `zip_file` varchar(255) DEFAULT NULL,
  `use_ocr` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `metadata_coverages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) DEFAULT NULL,
  `count` int(11) DEFAULT 0,
  `collection_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `metadata_description_versions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `metadata_description` text DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `work_id` int(11) NOT NULL,
  `version_number` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_metadata_description_versions_on_user_id` (`user_id`),
  KEY `index_metadata_description_versions_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `body` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `work_id` int(11) DEFAULT NULL,
  `page_id` int(11) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `depth` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_rails_7d330fa613` (`collection_id`),
  KEY `index_notes_on_page_id` (`page_id`),
  KEY `fk_rails_9fa473ac93` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `add_as_owner` tinyint(1) DEFAULT 1,
  `add_as_collaborator` tinyint(1) DEFAULT 1,
  `note_added` tinyint(1) DEFAULT 1,
  `owner_stats` tinyint(1) DEFAULT 0,
  `user_activity` tinyint(1) DEFAULT 1,
  `user_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `add_as_reviewer` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `page_article_links` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `page_id` int(11) DEFAULT NULL,
  `article_id` int(11) DEFAULT NULL,
  `display_text` varchar(255) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `text_type` varchar(255) DEFAULT 'transcription',
  `work_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_page_article_links_on_article_id` (`article_id`),
  KEY `index_page_article_links_on_page_id` (`page_id`),
  KEY `index_page_article_links_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `page_blocks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `controller` varchar(255) DEFAULT NULL,
  `view` varchar(255) DEFAULT NULL,
  `tag` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `html` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_page_blocks_on_controller_and_view` (`controller`,`view`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `page_versions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `transcription` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `xml_transcription` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `page_id` int(11) DEFAULT NULL,
  `work_version` int(11) DEFAULT 0,
  `page_version` int(11) DEFAULT 0,
  `created_on` datetime DEFAULT NULL,
  `source_translation` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `xml_translation` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_page_versions_on_page_id` (`page_id`),
  KEY `index_page_versions_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `pages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `source_text` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `base_image` varchar(255) DEFAULT NULL,
  `base_width` int(11) DEFAULT NULL,
  `base_height` int(11) DEFAULT NULL,
  `shrink_factor` int(11) DEFAULT NULL,
  `work_id` int(11) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `lock_version` int(11) DEFAULT 0,
  `xml_text` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `page_version_id` int(11) DEFAULT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'new',
  `source_translation` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `xml_translation` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `search_text` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `translation_status` varchar(255) NOT NULL DEFAULT 'new',
  `metadata` text DEFAULT NULL,
  `edit_started_at` timestamp NULL DEFAULT NULL,
  `edit_started_by_user_id` int(11) DEFAULT NULL,
  `line_count` int(11) DEFAULT NULL,
  `approval_delta` float DEFAULT NULL,
  `last_editor_user_id` int(11) DEFAULT NULL,
  `last_note_updated_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_pages_on_edit_started_by_user_id` (`edit_started_by_user_id`),
  KEY `index_pages_on_status_and_work_id_and_edit_started_at` (`status`,`work_id`,`edit_started_at`),
  KEY `index_pages_on_status_and_work_id` (`status`,`work_id`),
  KEY `index_pages_on_work_id` (`work_id`),
  FULLTEXT KEY `pages_search_text_index` (`search_text`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `pages_sections` (
  `page_id` int(11) NOT NULL,
  `section_id` int(11) NOT NULL,
  KEY `index_pages_sections_on_page_id_and_section_id` (`page_id`,`section_id`),
  KEY `index_pages_sections_on_section_id_and_page_id` (`section_id`,`page_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `quality_samplings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `collection_id` int(11) NOT NULL,
  `sample_set` mediumtext DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_quality_samplings_on_collection_id` (`collection_id`),
  KEY `index_quality_samplings_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `sc_canvases` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sc_id` varchar(255) DEFAULT NULL,
  `sc_manifest_id` int(11) DEFAULT NULL,
  `page_id` int(11) DEFAULT NULL,
  `sc_canvas_id` varchar(255) DEFAULT NULL,
  `sc_canvas_label` varchar(255) DEFAULT NULL,
  `sc_service_id` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `height` int(11) DEFAULT NULL,
  `width` int(11) DEFAULT NULL,
  `sc_resource_id` varchar(255) DEFAULT NULL,
  `sc_service_context` varchar(255) DEFAULT NULL,
  `annotations` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_sc_canvases_on_page_id` (`page_id`),
  KEY `index_sc_canvases_on_sc_manifest_id` (`sc_manifest_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `sc_collections` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `collection_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `at_id` varchar(255) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `label` varchar(255) DEFAULT NULL,
  `version` varchar(255) DEFAULT '2',
  PRIMARY KEY (`id`),
  KEY `index_sc_collections_on_collection_id` (`collection_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `sc_manifests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `work_id` int(11) DEFAULT NULL,
  `sc_collection_id` int(11) DEFAULT NULL,
  `sc_id` varchar(255) DEFAULT NULL,
  `label` tinytext DEFAULT NULL,
  `metadata` text DEFAULT NULL,
  `first_sequence_id` varchar(255) DEFAULT NULL,
  `first_sequence_label` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `at_id` varchar(255) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `version` varchar(255) DEFAULT '2',
  PRIMARY KEY (`id`),
  KEY `index_sc_manifests_on_sc_collection_id` (`sc_collection_id`),
  KEY `index_sc_manifests_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `search_attempts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `query` varchar(255) DEFAULT NULL,
  `hits` int(11) DEFAULT 0,
  `clicks` int(11) DEFAULT 0,
  `contributions` int(11) DEFAULT 0,
  `visit_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `owner` tinyint(1) DEFAULT 0,
  `slug` varchar(255) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `work_id` int(11) DEFAULT NULL,
  `search_type` varchar(255) DEFAULT NULL,
  `document_set_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_search_attempts_on_slug` (`slug`),
  KEY `index_search_attempts_on_collection_id` (`collection_id`),
  KEY `index_search_attempts_on_document_set_id` (`document_set_id`),
  KEY `index_search_attempts_on_user_id` (`user_id`),
  KEY `index_search_attempts_on_visit_id` (`visit_id`),
  KEY `index_search_attempts_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `sections` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `depth` int(11) DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `work_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_sections_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `sessions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `data` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_sessions_on_session_id` (`session_id`),
  KEY `index_sessions_on_updated_at` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `spreadsheet_columns` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `transcription_field_id` int(11) NOT NULL,
  `position` int(11) DEFAULT NULL,
  `label` varchar(255) DEFAULT NULL,
  `input_type` varchar(255) DEFAULT NULL,
  `options` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_spreadsheet_columns_on_transcription_field_id` (`transcription_field_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `table_cells` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `work_id` int(11) DEFAULT NULL,
  `page_id` int(11) DEFAULT NULL,
  `section_id` int(11) DEFAULT NULL,
  `header` varchar(255) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `row` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `transcription_field_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_table_cells_on_page_id` (`page_id`),
  KEY `index_table_cells_on_section_id` (`section_id`),
  KEY `index_table_cells_on_transcription_field_id` (`transcription_field_id`),
  KEY `index_table_cells_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_type` varchar(255) DEFAULT NULL,
  `canonical` tinyint(1) DEFAULT NULL,
  `ai_text` varchar(255) DEFAULT NULL,
  `message_key` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tex_figures` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `page_id` int(11) DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `source` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_tex_figures_on_page_id` (`page_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_categories` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `messageboard_id` bigint(20) NOT NULL,
  `name` text NOT NULL,
  `description` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `slug` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_thredded_categories_on_messageboard_id_and_slug` (`messageboard_id`,`slug`(191)),
  KEY `index_thredded_categories_on_messageboard_id` (`messageboard_id`),
  KEY `thredded_categories_name_ci` (`name`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_messageboard_groups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `position` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_messageboard_notifications_for_followed_topics` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `messageboard_id` bigint(20) NOT NULL,
  `notifier_key` varchar(90) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thredded_messageboard_notifications_for_followed_topics_unique` (`user_id`,`messageboard_id`,`notifier_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_messageboard_users` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `thredded_user_detail_id` bigint(20) NOT NULL,
  `thredded_messageboard_id` bigint(20) NOT NULL,
  `last_seen_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_thredded_messageboard_users_primary` (`thredded_messageboard_id`,`thredded_user_detail_id`),
  KEY `index_thredded_messageboard_users_for_recently_active` (`thredded_messageboard_id`,`last_seen_at`),
  KEY `fk_rails_06e42c62f5` (`thredded_user_detail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_messageboards` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `slug` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `topics_count` int(11) DEFAULT 0,
  `posts_count` int(11) DEFAULT 0,
  `position` int(11) NOT NULL,
  `last_topic_id` bigint(20) DEFAULT NULL,
  `messageboard_group_id` bigint(20) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_thredded_messageboards_on_slug` (`slug`(191)),
  KEY `index_thredded_messageboards_on_messageboard_group_id` (`messageboard_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_notifications_for_followed_topics` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `notifier_key` varchar(90) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thredded_notifications_for_followed_topics_unique` (`user_id`,`notifier_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_notifications_for_private_topics` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `notifier_key` varchar(90) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thredded_notifications_for_private_topics_unique` (`user_id`,`notifier_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_post_moderation_records` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `post_id` bigint(20) DEFAULT NULL,
  `messageboard_id` bigint(20) DEFAULT NULL,
  `post_content` text DEFAULT NULL,
  `post_user_id` int(11) DEFAULT NULL,
  `post_user_name` text DEFAULT NULL,
  `moderator_id` int(11) DEFAULT NULL,
  `moderation_state` int(11) NOT NULL,
  `previous_moderation_state` int(11) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `index_thredded_moderation_records_for_display` (`messageboard_id`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_posts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `source` varchar(191) DEFAULT 'web',
  `postable_id` bigint(20) NOT NULL,
  `messageboard_id` bigint(20) NOT NULL,
  `moderation_state` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_thredded_posts_on_messageboard_id` (`messageboard_id`),
  KEY `index_thredded_posts_for_display` (`moderation_state`,`updated_at`),
  KEY `index_thredded_posts_on_postable_id_and_created_at` (`postable_id`,`created_at`),
  KEY `index_thredded_posts_on_postable_id` (`postable_id`),
  KEY `index_thredded_posts_on_user_id` (`user_id`),
  FULLTEXT KEY `thredded_posts_content_fts` (`content`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_private_posts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `postable_id` bigint(20) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_thredded_private_posts_on_postable_id_and_created_at` (`postable_id`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_private_topics` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `last_user_id` int(11) DEFAULT NULL,
  `title` text NOT NULL,
  `slug` text NOT NULL,
  `posts_count` int(11) DEFAULT 0,
  `hash_id` varchar(20) NOT NULL,
  `last_post_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_thredded_private_topics_on_slug` (`slug`(191)),
  KEY `index_thredded_private_topics_on_hash_id` (`hash_id`),
  KEY `index_thredded_private_topics_on_last_post_at` (`last_post_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_private_users` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `private_topic_id` bigint(20) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_thredded_private_users_on_private_topic_id` (`private_topic_id`),
  KEY `index_thredded_private_users_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_topic_categories` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `topic_id` bigint(20) NOT NULL,
  `category_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_thredded_topic_categories_on_category_id` (`category_id`),
  KEY `index_thredded_topic_categories_on_topic_id` (`topic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_topics` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `last_user_id` int(11) DEFAULT NULL,
  `title` text NOT NULL,
  `slug` text NOT NULL,
  `messageboard_id` bigint(20) NOT NULL,
  `posts_count` int(11) NOT NULL DEFAULT 0,
  `sticky` tinyint(1) NOT NULL DEFAULT 0,
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  `hash_id` varchar(20) NOT NULL,
  `moderation_state` int(11) NOT NULL,
  `last_post_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_thredded_topics_on_slug` (`slug`(191)),
  KEY `index_thredded_topics_on_hash_id` (`hash_id`),
  KEY `index_thredded_topics_on_last_post_at` (`last_post_at`),
  KEY `index_thredded_topics_on_messageboard_id` (`messageboard_id`),
  KEY `index_thredded_topics_for_display` (`moderation_state`,`sticky`,`updated_at`),
  KEY `index_thredded_topics_on_user_id` (`user_id`),
  FULLTEXT KEY `thredded_topics_title_fts` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_user_details` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `latest_activity_at` datetime DEFAULT NULL,
  `posts_count` int(11) DEFAULT 0,
  `topics_count` int(11) DEFAULT 0,
  `last_seen_at` datetime DEFAULT NULL,
  `moderation_state` int(11) NOT NULL DEFAULT 0,
  `moderation_state_changed_at` timestamp NULL DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_thredded_user_details_on_user_id` (`user_id`),
  KEY `index_thredded_user_details_on_latest_activity_at` (`latest_activity_at`),
  KEY `index_thredded_user_details_for_moderations` (`moderation_state`,`moderation_state_changed_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_user_messageboard_preferences` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `messageboard_id` bigint(20) NOT NULL,
  `follow_topics_on_mention` tinyint(1) NOT NULL DEFAULT 1,
  `auto_follow_topics` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thredded_user_messageboard_preferences_user_id_messageboard_id` (`user_id`,`messageboard_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_user_post_notifications` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `post_id` bigint(20) NOT NULL,
  `notified_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_thredded_user_post_notifications_on_user_id_and_post_id` (`user_id`,`post_id`),
  KEY `index_thredded_user_post_notifications_on_post_id` (`post_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_user_preferences` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `follow_topics_on_mention` tinyint(1) NOT NULL DEFAULT 1,
  `auto_follow_topics` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_thredded_user_preferences_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_user_private_topic_read_states` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `postable_id` bigint(20) NOT NULL,
  `unread_posts_count` int(11) NOT NULL DEFAULT 0,
  `read_posts_count` int(11) NOT NULL DEFAULT 0,
  `integer` int(11) NOT NULL DEFAULT 0,
  `read_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `thredded_user_private_topic_read_states_user_postable` (`user_id`,`postable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_user_topic_follows` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `topic_id` bigint(20) NOT NULL,
  `created_at` datetime NOT NULL,
  `reason` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thredded_user_topic_follows_user_topic` (`user_id`,`topic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `thredded_user_topic_read_states` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `messageboard_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  `postable_id` bigint(20) NOT NULL,
  `unread_posts_count` int(11) NOT NULL DEFAULT 0,
  `read_posts_count` int(11) NOT NULL DEFAULT 0,
  `integer` int(11) NOT NULL DEFAULT 0,
  `read_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `thredded_user_topic_read_states_user_postable` (`user_id`,`postable_id`),
  KEY `index_thredded_user_topic_read_states_on_messageboard_id` (`messageboard_id`),
  KEY `thredded_user_topic_read_states_user_messageboard` (`user_id`,`messageboard_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `transcribe_authorizations` (
  `user_id` int(11) DEFAULT NULL,
  `work_id` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `transcription_fields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `input_type` varchar(255) DEFAULT NULL,
  `options` text DEFAULT NULL,
  `line_number` int(11) DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `percentage` int(11) DEFAULT NULL,
  `page_number` int(11) DEFAULT NULL,
  `starting_rows` int(11) DEFAULT NULL,
  `top_offset` float DEFAULT 0,
  `bottom_offset` float DEFAULT 1,
  `row_highlight` tinyint(1) DEFAULT 0,
  `field_type` varchar(255) DEFAULT 'transcription',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(255) DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `real_name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `owner` tinyint(1) DEFAULT 0,
  `admin` tinyint(1) DEFAULT 0,
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `password_salt` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `remember_token` varchar(255) DEFAULT NULL,
  `remember_token_expires_at` datetime DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  `website` varchar(255) DEFAULT NULL,
  `about` text DEFAULT NULL,
  `reset_password_token` varchar(255) DEFAULT NULL,
  `reset_password_sent_at` datetime DEFAULT NULL,
  `remember_created_at` datetime DEFAULT NULL,
  `sign_in_count` int(11) NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime DEFAULT NULL,
  `last_sign_in_at` datetime DEFAULT NULL,
  `current_sign_in_ip` varchar(255) DEFAULT NULL,
  `last_sign_in_ip` varchar(255) DEFAULT NULL,
  `account_type` varchar(255) DEFAULT NULL,
  `paid_date` datetime DEFAULT NULL,
  `guest` tinyint(1) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `provider` varchar(255) DEFAULT NULL,
  `uid` varchar(255) DEFAULT NULL,
  `start_date` datetime DEFAULT NULL,
  `orcid` varchar(255) DEFAULT NULL,
  `dictation_language` varchar(255) DEFAULT 'en-US',
  `activity_email` tinyint(1) DEFAULT NULL,
  `external_id` varchar(255) DEFAULT NULL,
  `sso_issuer` varchar(255) DEFAULT NULL,
  `preferred_locale` varchar(255) DEFAULT NULL,
  `api_key` varchar(255) DEFAULT NULL,
  `picture` varchar(255) DEFAULT NULL,
  `footer_block` mediumtext DEFAULT NULL,
  `help` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_slug` (`slug`),
  KEY `index_users_on_login` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `visits` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `visit_token` varchar(255) DEFAULT NULL,
  `visitor_token` varchar(255) DEFAULT NULL,
  `ip` varchar(255) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `referrer` text DEFAULT NULL,
  `landing_page` text DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `referring_domain` varchar(255) DEFAULT NULL,
  `search_keyword` varchar(255) DEFAULT NULL,
  `browser` varchar(255) DEFAULT NULL,
  `os` varchar(255) DEFAULT NULL,
  `device_type` varchar(255) DEFAULT NULL,
  `screen_height` int(11) DEFAULT NULL,
  `screen_width` int(11) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `postal_code` varchar(255) DEFAULT NULL,
  `latitude` decimal(10,0) DEFAULT NULL,
  `longitude` decimal(10,0) DEFAULT NULL,
  `utm_source` varchar(255) DEFAULT NULL,
  `utm_medium` varchar(255) DEFAULT NULL,
  `utm_term` varchar(255) DEFAULT NULL,
  `utm_content` varchar(255) DEFAULT NULL,
  `utm_campaign` varchar(255) DEFAULT NULL,
  `started_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_visits_on_visit_token` (`visit_token`),
  KEY `index_visits_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `work_facets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `s0` varchar(512) DEFAULT NULL,
  `s1` varchar(512) DEFAULT NULL,
  `s2` varchar(512) DEFAULT NULL,
  `s3` varchar(512) DEFAULT NULL,
  `s4` varchar(512) DEFAULT NULL,
  `s5` varchar(512) DEFAULT NULL,
  `s6` varchar(512) DEFAULT NULL,
  `s7` varchar(512) DEFAULT NULL,
  `s8` varchar(512) DEFAULT NULL,
  `s9` varchar(512) DEFAULT NULL,
  `d0` date DEFAULT NULL,
  `d1` date DEFAULT NULL,
  `d2` date DEFAULT NULL,
  `work_id` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_work_facets_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `work_statistics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `work_id` int(11) DEFAULT NULL,
  `transcribed_pages` int(11) DEFAULT NULL,
  `annotated_pages` int(11) DEFAULT NULL,
  `total_pages` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `blank_pages` int(11) DEFAULT 0,
  `incomplete_pages` int(11) DEFAULT 0,
  `corrected_pages` int(11) DEFAULT NULL,
  `needs_review` int(11) DEFAULT NULL,
  `translated_pages` int(11) DEFAULT NULL,
  `translated_blank` int(11) DEFAULT NULL,
  `translated_review` int(11) DEFAULT NULL,
  `translated_annotated` int(11) DEFAULT NULL,
  `complete` int(11) DEFAULT NULL,
  `translation_complete` int(11) DEFAULT NULL,
  `line_count` int(11) DEFAULT NULL,
  `transcribed_percentage` int(11) DEFAULT NULL,
  `needs_review_percentage` int(11) DEFAULT NULL,
  `last_edit_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_work_statistics_on_work_id_and_line_count` (`work_id`,`line_count`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `works` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) DEFAULT NULL,
  `description` varchar(4000) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `owner_user_id` int(11) DEFAULT NULL,
  `restrict_scribes` tinyint(1) DEFAULT 0,
  `transcription_version` int(11) DEFAULT 0,
  `physical_description` text DEFAULT NULL,
  `document_history` text DEFAULT NULL,
  `permission_description` text DEFAULT NULL,
  `location_of_composition` varchar(255) DEFAULT NULL,
  `author` varchar(255) DEFAULT NULL,
  `transcription_conventions` text DEFAULT NULL,
  `collection_id` int(11) DEFAULT NULL,
  `scribes_can_edit_titles` tinyint(1) DEFAULT 0,
  `supports_translation` tinyint(1) DEFAULT 0,
  `translation_instructions` text DEFAULT NULL,
  `pages_are_meaningful` tinyint(1) DEFAULT 1,
  `ocr_correction` tinyint(1) DEFAULT 0,
  `slug` varchar(255) DEFAULT NULL,
  `picture` varchar(255) DEFAULT NULL,
  `featured_page` int(11) DEFAULT NULL,
  `identifier` varchar(255) DEFAULT NULL,
  `next_untranscribed_page_id` int(11) DEFAULT NULL,
  `original_metadata` text DEFAULT NULL,
  `uploaded_filename` varchar(255) DEFAULT NULL,
  `genre` varchar(255) DEFAULT NULL,
  `source_location` varchar(255) DEFAULT NULL,
  `source_collection_name` varchar(255) DEFAULT NULL,
  `source_box_folder` varchar(255) DEFAULT NULL,
  `in_scope` tinyint(1) DEFAULT 1,
  `editorial_notes` text DEFAULT NULL,
  `document_date` varchar(255) DEFAULT NULL,
  `metadata_description` text DEFAULT NULL,
  `metadata_description_version_id` int(11) DEFAULT NULL,
  `description_status` varchar(255) DEFAULT 'undescribed',
  `searchable_metadata` text DEFAULT NULL,
  `recipient` varchar(255) DEFAULT NULL,
  `most_recent_deed_created_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_works_on_slug` (`slug`),
  KEY `index_works_on_collection_id` (`collection_id`),
  KEY `index_works_on_metadata_description_version_id` (`metadata_description_version_id`),
  KEY `index_works_on_owner_user_id` (`owner_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

ALTER TABLE `bulk_exports` ADD CONSTRAINT `fk_rails_179e33f58c` FOREIGN KEY (`document_set_id`) REFERENCES `document_sets` (`id`);
ALTER TABLE `bulk_exports` ADD CONSTRAINT `fk_rails_bad5018145` FOREIGN KEY (`work_id`) REFERENCES `works` (`id`);
ALTER TABLE `bulk_exports` ADD CONSTRAINT `fk_rails_d1678280ed` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `bulk_exports` ADD CONSTRAINT `fk_rails_d8471d6dfe` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`);
ALTER TABLE `cdm_bulk_imports` ADD CONSTRAINT `fk_rails_39ccabcbd7` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `collection_blocks` ADD CONSTRAINT `fk_rails_9a5846a032` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`);
ALTER TABLE `collection_blocks` ADD CONSTRAINT `fk_rails_c117458532` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `collections` ADD CONSTRAINT `fk_rails_9a9ea0d9b7` FOREIGN KEY (`thredded_messageboard_group_id`) REFERENCES `thredded_messageboard_groups` (`id`);
ALTER TABLE `editor_buttons` ADD CONSTRAINT `fk_rails_7247c8d76b` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`);
ALTER TABLE `external_api_requests` ADD CONSTRAINT `fk_rails_5d733f5529` FOREIGN KEY (`work_id`) REFERENCES `works` (`id`);
ALTER TABLE `external_api_requests` ADD CONSTRAINT `fk_rails_826e840582` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`);
ALTER TABLE `external_api_requests` ADD CONSTRAINT `fk_rails_e2307b08be` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `facet_configs` ADD CONSTRAINT `fk_rails_e9e21bacb1` FOREIGN KEY (`metadata_coverage_id`) REFERENCES `metadata_coverages` (`id`);
ALTER TABLE `metadata_description_versions` ADD CONSTRAINT `fk_rails_7b0ad70310` FOREIGN KEY (`work_id`) REFERENCES `works` (`id`);
ALTER TABLE `metadata_description_versions` ADD CONSTRAINT `fk_rails_d5fc820c25` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `notes` ADD CONSTRAINT `fk_rails_29390acf26` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `notes` ADD CONSTRAINT `fk_rails_7d330fa613` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`) ON DELETE CASCADE;
ALTER TABLE `notes` ADD CONSTRAINT `fk_rails_9fa473ac93` FOREIGN KEY (`work_id`) REFERENCES `works` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_article_links` ADD CONSTRAINT `fk_rails_ce881cfe33` FOREIGN KEY (`work_id`) REFERENCES `works` (`id`);
ALTER TABLE `quality_samplings` ADD CONSTRAINT `fk_rails_802cf12c4e` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`);
ALTER TABLE `quality_samplings` ADD CONSTRAINT `fk_rails_bf82e81b86` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `spreadsheet_columns` ADD CONSTRAINT `fk_rails_29a81865b0` FOREIGN KEY (`transcription_field_id`) REFERENCES `transcription_fields` (`id`);
ALTER TABLE `thredded_messageboard_users` ADD CONSTRAINT `fk_rails_06e42c62f5` FOREIGN KEY (`thredded_user_detail_id`) REFERENCES `thredded_user_details` (`id`) ON DELETE CASCADE;
ALTER TABLE `thredded_messageboard_users` ADD CONSTRAINT `fk_rails_966803d714` FOREIGN KEY (`thredded_messageboard_id`) REFERENCES `thredded_messageboards` (`id`) ON DELETE CASCADE;
ALTER TABLE `thredded_user_post_notifications` ADD CONSTRAINT `fk_rails_364d7e370a` FOREIGN KEY (`post_id`) REFERENCES `thredded_posts` (`id`) ON DELETE CASCADE;
ALTER TABLE `thredded_user_post_notifications` ADD CONSTRAINT `fk_rails_5908eec802` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `work_facets` ADD CONSTRAINT `fk_rails_e097275528` FOREIGN KEY (`work_id`) REFERENCES `works` (`id`);
ALTER TABLE `works` ADD CONSTRAINT `fk_rails_ea62cdf4e2` FOREIGN KEY (`metadata_description_version_id`) REFERENCES `metadata_description_versions` (`id`);

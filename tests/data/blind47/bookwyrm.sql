-- BookWyrm (federated social reading and reviewing), trimmed schema.
-- Upstream: github.com/bookwyrm-social/bookwyrm, bookwyrm/models/*.py and bookwyrm/migrations (Django), version 0.9.2,
--   commit db40a61c9eaa6872607ca499b91893914dc1c8cf. Licence: Anti-Capitalist Software License v1.4.
-- Made by running upstream's Django migrations (manage.py migrate, Django 5.2 with the pinned dependencies) into
-- a scratch PostgreSQL database and writing the resulting tables as MySQL DDL: varchar/text/int/bool kept,
-- timestamptz -> DATETIME, json(b) -> JSON, uuid -> CHAR(36), citext -> VARCHAR(255), tsvector -> TEXT, arrays ->
-- TEXT, sequences/identity -> plain ids. Multi-table inheritance as Django builds it (bookwyrm_review, _comment,
-- _quotation extend bookwyrm_status through status_ptr_id; bookwyrm_edition extends bookwyrm_book). Indexes,
-- foreign keys and the pgtrigger search triggers left out; the two django/oauth2 tables are from the installed apps.

CREATE TABLE `bookwyrm_user` (
  `id` INT NOT NULL,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME NOT NULL,
  `inbox` VARCHAR(255) NOT NULL,
  `shared_inbox` VARCHAR(255) NULL,
  `outbox` VARCHAR(255) NULL,
  `summary` TEXT NULL,
  `local` TINYINT(1) NOT NULL,
  `bookwyrm_user` TINYINT(1) NOT NULL,
  `localname` VARCHAR(255) NULL,
  `name` VARCHAR(100) NULL,
  `avatar` VARCHAR(100) NULL,
  `federated_server_id` INT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `manually_approves_followers` TINYINT(1) NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `last_active_date` DATETIME NOT NULL,
  `key_pair_id` INT NULL,
  `show_goal` TINYINT(1) NOT NULL,
  `discoverable` TINYINT(1) NOT NULL,
  `preferred_timezone` VARCHAR(255) NOT NULL,
  `deactivation_reason` VARCHAR(255) NULL,
  `preview_image` VARCHAR(100) NULL,
  `default_post_privacy` VARCHAR(255) NOT NULL,
  `confirmation_code` VARCHAR(32) NOT NULL,
  `followers_url` VARCHAR(255) NOT NULL,
  `show_suggested_users` TINYINT(1) NOT NULL,
  `deactivation_date` DATETIME NULL,
  `preferred_language` VARCHAR(255) NULL,
  `feed_status_types` TEXT NOT NULL,
  `summary_keys` JSON NULL,
  `hide_follows` TINYINT(1) NOT NULL,
  `theme_id` INT NULL,
  `show_guided_tour` TINYINT(1) NOT NULL,
  `hotp_count` INT NULL,
  `hotp_secret` VARCHAR(32) NULL,
  `otp_secret` VARCHAR(32) NULL,
  `two_factor_auth` TINYINT(1) NULL,
  `allow_reactivation` TINYINT(1) NOT NULL,
  `moved_to` VARCHAR(255) NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  `show_ratings` TINYINT(1) NOT NULL,
  `force_password_reset` TINYINT(1) NOT NULL,
  `readwise_api_key` VARCHAR(255) NULL,
  `is_profile_private` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_usersession` (
  `id` INT NOT NULL,
  `session_key` VARCHAR(40) NOT NULL,
  `created_date` DATETIME NOT NULL,
  `operating_system` VARCHAR(50) NOT NULL,
  `browser_type` VARCHAR(50) NOT NULL,
  `ip_address` VARCHAR(45) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_keypair` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `private_key` TEXT NULL,
  `public_key` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_userfollows` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `user_object_id` INT NOT NULL,
  `user_subject_id` INT NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_userfollowrequest` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `user_object_id` INT NOT NULL,
  `user_subject_id` INT NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_userblocks` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `user_object_id` INT NOT NULL,
  `user_subject_id` INT NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_status` (
  `id` INT NOT NULL,
  `content` TEXT NULL,
  `created_date` DATETIME NOT NULL,
  `local` TINYINT(1) NOT NULL,
  `privacy` VARCHAR(255) NOT NULL,
  `sensitive` TINYINT(1) NOT NULL,
  `reply_parent_id` INT NULL,
  `user_id` INT NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `published_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `deleted` TINYINT(1) NOT NULL,
  `deleted_date` DATETIME NULL,
  `content_warning` VARCHAR(500) NULL,
  `thread_id` INT NULL,
  `edited_date` DATETIME NULL,
  `raw_content` TEXT NULL,
  `ready` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_review` (
  `status_ptr_id` INT NOT NULL,
  `name` VARCHAR(255) NULL,
  `rating` DECIMAL(3,2) NULL,
  `book_id` INT NOT NULL,
  `reading_status` VARCHAR(255) NULL,
  PRIMARY KEY (`status_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_comment` (
  `status_ptr_id` INT NOT NULL,
  `book_id` INT NOT NULL,
  `progress` INT NULL,
  `progress_mode` VARCHAR(3) NULL,
  `reading_status` VARCHAR(255) NULL,
  PRIMARY KEY (`status_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_quotation` (
  `status_ptr_id` INT NOT NULL,
  `quote` TEXT NOT NULL,
  `book_id` INT NOT NULL,
  `reading_status` VARCHAR(255) NULL,
  `position` TEXT NULL,
  `position_mode` VARCHAR(3) NULL,
  `raw_quote` TEXT NULL,
  `endposition` TEXT NULL,
  PRIMARY KEY (`status_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_generatednote` (
  `status_ptr_id` INT NOT NULL,
  PRIMARY KEY (`status_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_status_mention_users` (
  `id` INT NOT NULL,
  `status_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_boost` (
  `status_ptr_id` INT NOT NULL,
  `boosted_status_id` INT NOT NULL,
  PRIMARY KEY (`status_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_favorite` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `status_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_shelf` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `identifier` VARCHAR(100) NOT NULL,
  `editable` TINYINT(1) NOT NULL,
  `user_id` INT NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `privacy` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_shelfbook` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `user_id` INT NOT NULL,
  `book_id` INT NOT NULL,
  `shelf_id` INT NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `shelved_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_readthrough` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `progress` INT NULL,
  `start_date` DATETIME NULL,
  `finish_date` DATETIME NULL,
  `book_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `progress_mode` VARCHAR(3) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `stopped_date` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_progressupdate` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `progress` INT NOT NULL,
  `mode` VARCHAR(3) NOT NULL,
  `readthrough_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_annualgoal` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `goal` INT NOT NULL,
  `year` INT NOT NULL,
  `privacy` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_list` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NULL,
  `privacy` VARCHAR(255) NOT NULL,
  `curation` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `group_id` INT NULL,
  `embed_key` CHAR(36) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_listitem` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `notes` TEXT NULL,
  `approved` TINYINT(1) NOT NULL,
  `order` INT NOT NULL,
  `user_id` INT NOT NULL,
  `edition_id` INT NOT NULL,
  `book_list_id` INT NOT NULL,
  `raw_notes` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_notification` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `read` TINYINT(1) NOT NULL,
  `notification_type` VARCHAR(255) NOT NULL,
  `related_status_id` INT NULL,
  `user_id` INT NOT NULL,
  `related_import_id` INT NULL,
  `remote_id` VARCHAR(255) NULL,
  `related_group_id` INT NULL,
  `related_user_export_id` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_report` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `note` TEXT NULL,
  `resolved` TINYINT(1) NOT NULL,
  `user_id` INT NOT NULL,
  `reported_user_id` INT NULL,
  `allow_broadcast` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_reportaction` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `note` TEXT NOT NULL,
  `report_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `action_type` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_siteinvite` (
  `id` INT NOT NULL,
  `code` VARCHAR(32) NOT NULL,
  `expiry` DATETIME NULL,
  `use_limit` INT NULL,
  `times_used` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_siteinvite_invitees` (
  `id` INT NOT NULL,
  `siteinvite_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_inviterequest` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `email` VARCHAR(255) NOT NULL,
  `invite_sent` TINYINT(1) NOT NULL,
  `ignored` TINYINT(1) NOT NULL,
  `invite_id` INT NULL,
  `answer` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_importjob` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `user_id` INT NOT NULL,
  `include_reviews` TINYINT(1) NOT NULL,
  `privacy` VARCHAR(255) NOT NULL,
  `retry` TINYINT(1) NOT NULL,
  `complete` TINYINT(1) NOT NULL,
  `mappings` JSON NOT NULL,
  `source` VARCHAR(100) NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `status` VARCHAR(50) NULL,
  `task_id` VARCHAR(200) NULL,
  `create_shelves` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_importitem` (
  `id` INT NOT NULL,
  `data` JSON NOT NULL,
  `book_id` INT NULL,
  `job_id` INT NOT NULL,
  `fail_reason` TEXT NULL,
  `index` INT NOT NULL,
  `book_guess_id` INT NULL,
  `normalized_data` JSON NOT NULL,
  `linked_review_id` INT NULL,
  `task_id` VARCHAR(200) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_passwordreset` (
  `id` INT NOT NULL,
  `code` VARCHAR(32) NOT NULL,
  `expiry` DATETIME NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_move` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `object` VARCHAR(255) NOT NULL,
  `origin` VARCHAR(255) NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_group` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NULL,
  `privacy` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_groupmember` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `group_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_book` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `openlibrary_key` VARCHAR(255) NULL,
  `cover` VARCHAR(100) NULL,
  `updated_date` DATETIME NOT NULL,
  `description` TEXT NULL,
  `first_published_date` DATETIME NULL,
  `librarything_key` VARCHAR(255) NULL,
  `published_date` DATETIME NULL,
  `series` TEXT NULL,
  `series_number` VARCHAR(255) NULL,
  `sort_title` VARCHAR(255) NULL,
  `subtitle` TEXT NULL,
  `title` TEXT NOT NULL,
  `connector_id` INT NULL,
  `subject_places` TEXT NULL,
  `subjects` TEXT NULL,
  `goodreads_key` VARCHAR(255) NULL,
  `languages` TEXT NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `origin_id` VARCHAR(255) NULL,
  `last_edited_by_id` INT NULL,
  `bnf_id` VARCHAR(255) NULL,
  `inventaire_id` VARCHAR(255) NULL,
  `preview_image` VARCHAR(100) NULL,
  `search_vector` TEXT NULL,
  `asin` VARCHAR(255) NULL,
  `viaf` VARCHAR(255) NULL,
  `wikidata` VARCHAR(255) NULL,
  `aasin` VARCHAR(255) NULL,
  `isfdb` VARCHAR(255) NULL,
  `first_published_date_precision` VARCHAR(10) NULL,
  `published_date_precision` VARCHAR(10) NULL,
  `finna_key` VARCHAR(255) NULL,
  `libris_key` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_edition` (
  `book_ptr_id` INT NOT NULL,
  `isbn_13` VARCHAR(255) NULL,
  `oclc_number` VARCHAR(255) NULL,
  `pages` INT NULL,
  `publishers` TEXT NOT NULL,
  `physical_format_detail` VARCHAR(255) NULL,
  `parent_work_id` INT NULL,
  `isbn_10` VARCHAR(255) NULL,
  `edition_rank` INT NOT NULL,
  `physical_format` VARCHAR(255) NULL,
  PRIMARY KEY (`book_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_author` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `openlibrary_key` VARCHAR(255) NULL,
  `updated_date` DATETIME NOT NULL,
  `bio` TEXT NULL,
  `born` DATETIME NULL,
  `died` DATETIME NULL,
  `name` VARCHAR(255) NOT NULL,
  `wikipedia_link` VARCHAR(255) NULL,
  `aliases` TEXT NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `origin_id` VARCHAR(255) NULL,
  `goodreads_key` VARCHAR(255) NULL,
  `last_edited_by_id` INT NULL,
  `librarything_key` VARCHAR(255) NULL,
  `bnf_id` VARCHAR(255) NULL,
  `gutenberg_id` VARCHAR(255) NULL,
  `inventaire_id` VARCHAR(255) NULL,
  `isni` VARCHAR(255) NULL,
  `viaf` VARCHAR(255) NULL,
  `search_vector` TEXT NULL,
  `asin` VARCHAR(255) NULL,
  `wikidata` VARCHAR(255) NULL,
  `aasin` VARCHAR(255) NULL,
  `isfdb` VARCHAR(255) NULL,
  `website` VARCHAR(255) NULL,
  `finna_key` VARCHAR(255) NULL,
  `libris_key` VARCHAR(255) NULL,
  `born_precision` VARCHAR(10) NULL,
  `died_precision` VARCHAR(10) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_sitesettings` (
  `id` INT NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `instance_description` TEXT NOT NULL,
  `code_of_conduct` TEXT NOT NULL,
  `allow_registration` TINYINT(1) NOT NULL,
  `admin_email` VARCHAR(255) NULL,
  `support_link` VARCHAR(255) NULL,
  `support_title` VARCHAR(100) NULL,
  `favicon` VARCHAR(100) NULL,
  `logo` VARCHAR(100) NULL,
  `logo_small` VARCHAR(100) NULL,
  `instance_tagline` VARCHAR(150) NOT NULL,
  `registration_closed_text` TEXT NOT NULL,
  `privacy_policy` TEXT NOT NULL,
  `allow_invite_requests` TINYINT(1) NOT NULL,
  `footer_item` TEXT NULL,
  `preview_image` VARCHAR(100) NULL,
  `require_confirm_email` TINYINT(1) NOT NULL,
  `instance_short_description` VARCHAR(255) NULL,
  `invite_request_text` TEXT NOT NULL,
  `admin_code` VARCHAR(50) NOT NULL,
  `install_mode` TINYINT(1) NOT NULL,
  `default_theme_id` INT NULL,
  `available_version` VARCHAR(10) NULL,
  `invite_question_text` VARCHAR(255) NOT NULL,
  `invite_request_question` TINYINT(1) NOT NULL,
  `imports_enabled` TINYINT(1) NOT NULL,
  `impressum` TEXT NOT NULL,
  `show_impressum` TINYINT(1) NOT NULL,
  `import_size_limit` INT NOT NULL,
  `import_limit_reset` INT NOT NULL,
  `default_user_auth_group_id` INT NULL,
  `user_import_time_limit` INT NOT NULL,
  `user_exports_enabled` TINYINT(1) NOT NULL,
  `export_files_lifetime_hours` INT NOT NULL,
  `disable_federation` TINYINT(1) NOT NULL,
  `block_incoming_search` TINYINT(1) NOT NULL,
  `require_login_nearly_everywhere` TINYINT(1) NOT NULL,
  `require_signed_get` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_federatedserver` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `server_name` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `application_type` VARCHAR(255) NULL,
  `updated_date` DATETIME NOT NULL,
  `application_version` VARCHAR(255) NULL,
  `remote_id` VARCHAR(255) NULL,
  `notes` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_connector` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `connector_file` VARCHAR(255) NOT NULL,
  `api_key` VARCHAR(255) NULL,
  `base_url` VARCHAR(255) NOT NULL,
  `covers_url` VARCHAR(255) NOT NULL,
  `search_url` VARCHAR(255) NULL,
  `books_url` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NULL,
  `priority` INT NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `isbn_search_url` VARCHAR(255) NULL,
  `active` TINYINT(1) NOT NULL,
  `deactivation_reason` VARCHAR(255) NULL,
  `latest_error` VARCHAR(255) NULL,
  `most_recent_error` DATETIME NULL,
  `most_recent_success` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_emailblocklist` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `updated_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_ipblocklist` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `address` VARCHAR(255) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `updated_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookwyrm_hashtag` (
  `id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `updated_date` DATETIME NOT NULL,
  `remote_id` VARCHAR(255) NULL,
  `name` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` BIGINT NOT NULL,
  `token` TEXT NOT NULL,
  `expires` DATETIME NOT NULL,
  `scope` TEXT NOT NULL,
  `application_id` BIGINT NULL,
  `user_id` INT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `source_refresh_token_id` BIGINT NULL,
  `id_token_id` BIGINT NULL,
  `token_checksum` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

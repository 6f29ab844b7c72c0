-- Archive of Our Own (the OTW's otwarchive), trimmed schema.
-- Upstream: github.com/otwcode/otwarchive `db/schema.rb` (ActiveRecord::Schema[8.0], version 2026_02_07_100830),
--   commit f4508f1541c82730d22595497c6b7f38eb770d66 (the file last changed in 560b3f914592dc9336057d843611a02cff3930e0).
--   Licence: GPL-2.0.
-- Written as MySQL DDL by a script from the Rails schema (the application runs on MySQL/MariaDB): every table keeps
-- Rails' implicit `id` primary key (int for `id: :integer`, bigint otherwise) followed by upstream's columns in
-- upstream's order; t.string -> varchar(limit or 255), t.text -> text/mediumtext/longtext by `size:`, t.integer ->
-- int (limit 1/2/3/8 -> tinyint/smallint/mediumint/bigint), t.boolean -> tinyint(1), t.datetime -> datetime
-- (`precision: nil`) or datetime(6); NOT NULL and literal defaults kept; every t.index kept as KEY / UNIQUE KEY;
-- the schema's add_foreign_key lines kept (only three of them fall on kept tables). Table and column charsets,
-- collations and ROW_FORMAT options left out.
-- Left out (configuration, translations and tag-set plumbing): archive_faqs, archive_faq_translations, questions,
-- question_translations, known_issues, wrangling_guidelines, admin_banners, admin_post_tags, admin_post_taggings,
-- support_notices, skin_parents, prompt_restrictions, potential_match_settings, owned_set_taggings, set_taggings,
-- tag_sets, tag_set_associations, meta_taggings, common_taggings, filter_counts, active_storage_variant_records.

CREATE TABLE `abuse_reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `url` varchar(2080) NOT NULL,
  `comment` text NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `ip_address` varchar(255),
  `comment_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `summary` varchar(255),
  `summary_sanitizer_version` varchar(255),
  `language` varchar(255),
  `username` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `_fk_rails_c3b3935057` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_activities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `admin_id` int,
  `target_id` bigint,
  `target_type` varchar(255),
  `action` varchar(255),
  `summary` text,
  `summary_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_blacklisted_emails` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_admin_blacklisted_emails_on_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_posts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `admin_id` int,
  `title` varchar(255),
  `content` text,
  `updated_at` datetime,
  `created_at` datetime,
  `content_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `translated_post_id` int,
  `language_id` int,
  `comment_permissions` tinyint NOT NULL DEFAULT 0,
  `moderated_commenting_enabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_admin_posts_on_created_at` (`created_at`),
  KEY `index_admin_posts_on_post_id` (`translated_post_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `account_creation_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `invite_from_queue_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `invite_from_queue_number` bigint,
  `invite_from_queue_frequency` mediumint,
  `days_to_purge_unactivated` mediumint,
  `last_updated_by` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  `invite_from_queue_at` datetime DEFAULT '2009-11-07 21:27:21',
  `suspend_filter_counts` tinyint(1) DEFAULT 0,
  `suspend_filter_counts_at` datetime,
  `enable_test_caching` tinyint(1) DEFAULT 0,
  `cache_expiration` bigint DEFAULT 10,
  `tag_wrangling_off` tinyint(1) NOT NULL DEFAULT 0,
  `default_skin_id` int,
  `request_invite_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `creation_requires_invite` tinyint(1) NOT NULL DEFAULT 0,
  `downloads_enabled` tinyint(1) DEFAULT 1,
  `hide_spam` tinyint(1) NOT NULL DEFAULT 0,
  `disable_support_form` tinyint(1) NOT NULL DEFAULT 0,
  `disabled_support_form_text` text,
  `disabled_support_form_text_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `guest_comments_off` tinyint(1) NOT NULL DEFAULT 0,
  `account_age_threshold_for_comment_spam_check` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_admin_settings_on_last_updated_by` (`last_updated_by`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admins` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `email` varchar(255),
  `login` varchar(255),
  `encrypted_password` varchar(255),
  `password_salt` varchar(255),
  `roles` text,
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `locked_at` datetime,
  `otp_secret` varchar(255),
  `consumed_timestep` int,
  `otp_required_for_login` tinyint(1),
  `otp_backup_codes` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_admins_on_email` (`email`),
  UNIQUE KEY `index_admins_on_login` (`login`),
  UNIQUE KEY `index_admins_on_reset_password_token` (`reset_password_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `access_token` varchar(255) NOT NULL,
  `banned` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_api_keys_on_access_token` (`access_token`),
  UNIQUE KEY `index_api_keys_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `auditable_id` int,
  `auditable_type` varchar(255),
  `associated_id` int,
  `associated_type` varchar(255),
  `user_id` int,
  `user_type` varchar(255),
  `username` varchar(255),
  `action` varchar(255),
  `audited_changes` text,
  `version` int DEFAULT 0,
  `comment` varchar(255),
  `remote_address` varchar(255),
  `created_at` datetime,
  `request_uuid` varchar(255),
  PRIMARY KEY (`id`),
  KEY `associated_index` (`associated_id`, `associated_type`),
  KEY `auditable_index` (`auditable_id`, `auditable_type`),
  KEY `index_audits_on_created_at` (`created_at`),
  KEY `index_audits_on_remote_address` (`remote_address`),
  KEY `index_audits_on_request_uuid` (`request_uuid`),
  KEY `user_index` (`user_id`, `user_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blocker_id` bigint,
  `blocked_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_blocks_on_blocked_id` (`blocked_id`),
  UNIQUE KEY `index_blocks_on_blocker_id_and_blocked_id` (`blocker_id`, `blocked_id`),
  KEY `index_blocks_on_blocker_id` (`blocker_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `bookmarkable_type` varchar(15) NOT NULL,
  `bookmarkable_id` int NOT NULL,
  `user_id` int,
  `bookmarker_notes` text,
  `private` tinyint(1) DEFAULT 0,
  `updated_at` datetime,
  `hidden_by_admin` tinyint(1) NOT NULL DEFAULT 0,
  `pseud_id` int NOT NULL,
  `rec` tinyint(1) NOT NULL DEFAULT 0,
  `delta` tinyint(1) DEFAULT 1,
  `bookmarker_notes_sanitizer_version` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_bookmarkable_pseud` (`bookmarkable_id`, `bookmarkable_type`, `pseud_id`),
  KEY `index_bookmarks_on_private_and_hidden_by_admin_and_created_at` (`private`, `hidden_by_admin`, `created_at`),
  KEY `index_bookmarks_on_pseud_id` (`pseud_id`),
  KEY `fk_bookmarks_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `challenge_assignments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int,
  `creation_id` int,
  `creation_type` varchar(255),
  `offer_signup_id` int,
  `request_signup_id` int,
  `pinch_hitter_id` int,
  `sent_at` datetime,
  `fulfilled_at` datetime,
  `defaulted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `covered_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_challenge_assignments_on_collection_id` (`collection_id`),
  KEY `assignments_on_creation_id` (`creation_id`),
  KEY `assignments_on_creation_type` (`creation_type`),
  KEY `assignments_on_defaulted_at` (`defaulted_at`),
  KEY `assignments_on_offer_signup_id` (`offer_signup_id`),
  KEY `assignments_on_pinch_hitter_id` (`pinch_hitter_id`),
  KEY `assignments_on_offer_sent_at` (`sent_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `challenge_claims` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int,
  `creation_id` int,
  `creation_type` varchar(255),
  `request_signup_id` int,
  `request_prompt_id` int,
  `claiming_user_id` int,
  `sent_at` datetime,
  `fulfilled_at` datetime,
  `defaulted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_challenge_claims_on_claiming_user_id` (`claiming_user_id`),
  KEY `index_challenge_claims_on_collection_id` (`collection_id`),
  KEY `creations` (`creation_id`, `creation_type`),
  KEY `index_challenge_claims_on_request_signup_id` (`request_signup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `challenge_signups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int,
  `pseud_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `assigned_as_request` tinyint(1) DEFAULT 0,
  `assigned_as_offer` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_challenge_signups_on_collection_id` (`collection_id`),
  KEY `signups_on_pseud_id` (`pseud_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chapters` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content` longtext NOT NULL,
  `position` int DEFAULT 1,
  `work_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `posted` tinyint(1) NOT NULL DEFAULT 0,
  `title` varchar(255),
  `notes` text,
  `summary` text,
  `word_count` int,
  `hidden_by_admin` tinyint(1) NOT NULL DEFAULT 0,
  `published_at` date,
  `endnotes` text,
  `content_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `notes_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `summary_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `endnotes_sanitizer_version` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_chapters_on_work_id` (`work_id`),
  KEY `works_chapter_index` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int,
  `item_id` bigint,
  `item_type` varchar(255) DEFAULT 'Work',
  `user_approval_status` tinyint NOT NULL DEFAULT 0,
  `collection_approval_status` tinyint NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `unrevealed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `collection_items_anonymous` (`anonymous`),
  KEY `index_collection_items_approval_status` (`collection_id`, `user_approval_status`, `collection_approval_status`),
  KEY `collection_items_item_id` (`item_id`),
  KEY `collection_items_unrevealed` (`unrevealed`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection_participants` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int,
  `pseud_id` int,
  `participant_role` varchar(255) NOT NULL DEFAULT 'None',
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `participants_by_collection_and_role` (`collection_id`, `participant_role`),
  KEY `participants_pseud_id` (`pseud_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection_preferences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `moderated` tinyint(1) NOT NULL DEFAULT 0,
  `closed` tinyint(1) NOT NULL DEFAULT 0,
  `unrevealed` tinyint(1) NOT NULL DEFAULT 0,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `gift_exchange` tinyint(1) NOT NULL DEFAULT 0,
  `show_random` tinyint(1) NOT NULL DEFAULT 0,
  `prompt_meme` tinyint(1) NOT NULL DEFAULT 0,
  `email_notify` tinyint(1) NOT NULL DEFAULT 0,
  `unrevealed_updated_at` datetime(6),
  `anonymous_updated_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `index_collection_preferences_on_collection_id` (`collection_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection_profiles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int,
  `intro` mediumtext,
  `faq` mediumtext,
  `rules` mediumtext,
  `created_at` datetime,
  `updated_at` datetime,
  `gift_notification` text,
  `intro_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `faq_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `rules_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `assignment_notification` text,
  PRIMARY KEY (`id`),
  KEY `index_collection_profiles_on_collection_id` (`collection_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `title` varchar(255),
  `email` varchar(255),
  `header_image_url` varchar(255),
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `parent_id` int,
  `challenge_id` int,
  `challenge_type` varchar(255),
  `icon_file_name` varchar(255),
  `icon_content_type` varchar(255),
  `icon_file_size` int,
  `icon_updated_at` datetime,
  `description_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `icon_alt_text` varchar(255) DEFAULT '',
  `icon_comment_text` varchar(255) DEFAULT '',
  `multifandom` tinyint(1) NOT NULL DEFAULT 0,
  `open_doors` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_collections_on_name` (`name`),
  KEY `index_collections_on_parent_id` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `pseud_id` int,
  `comment_content` text NOT NULL,
  `depth` int,
  `threaded_left` int,
  `threaded_right` int,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(255),
  `email` varchar(255),
  `ip_address` varchar(255),
  `commentable_id` bigint,
  `commentable_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `thread` bigint,
  `user_agent` varchar(500),
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `hidden_by_admin` tinyint(1) NOT NULL DEFAULT 0,
  `edited_at` datetime,
  `parent_id` int,
  `parent_type` varchar(255),
  `comment_content_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `unreviewed` tinyint(1) NOT NULL DEFAULT 0,
  `iced` tinyint(1) NOT NULL DEFAULT 0,
  `spam` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_comments_commentable` (`commentable_id`, `commentable_type`),
  KEY `index_comments_on_email` (`email`),
  KEY `index_comments_on_ip_address` (`ip_address`),
  KEY `index_comments_on_name` (`name`),
  KEY `index_comments_parent` (`parent_id`, `parent_type`),
  KEY `index_comments_on_pseud_id` (`pseud_id`),
  KEY `comments_by_thread` (`thread`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creatorships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_id` int,
  `creation_type` varchar(100),
  `pseud_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `creation_id_creation_type_pseud_id` (`creation_id`, `creation_type`, `pseud_id`),
  KEY `index_creatorships_pseud` (`pseud_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_author_names` (
  `id` int NOT NULL AUTO_INCREMENT,
  `external_author_id` int NOT NULL,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_external_author_names_on_external_author_id` (`external_author_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_authors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `is_claimed` tinyint(1) NOT NULL DEFAULT 0,
  `user_id` int,
  `do_not_email` tinyint(1) NOT NULL DEFAULT 0,
  `do_not_import` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_external_authors_on_email` (`email`),
  KEY `index_external_authors_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_creatorships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation_id` int,
  `creation_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `archivist_id` int,
  `external_author_name_id` int,
  PRIMARY KEY (`id`),
  KEY `index_external_creatorships_on_archivist_id` (`archivist_id`),
  KEY `index_external_creatorships_on_creation_id_and_creation_type` (`creation_id`, `creation_type`),
  KEY `index_external_creatorships_on_external_author_name_id` (`external_author_name_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_works` (
  `id` int NOT NULL AUTO_INCREMENT,
  `url` varchar(255) NOT NULL,
  `author` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `title` varchar(255) NOT NULL,
  `summary` text,
  `hidden_by_admin` tinyint(1) NOT NULL DEFAULT 0,
  `summary_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `language_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fannish_next_of_kins` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `kin_id` int,
  `kin_email` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_fannish_next_of_kins_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorite_tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `tag_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_favorite_tags_on_user_id_and_tag_id` (`user_id`, `tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedbacks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `comment` text NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `email` varchar(255),
  `summary` varchar(255),
  `user_agent` varchar(500),
  `category` varchar(255),
  `comment_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `summary_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `username` varchar(255),
  `language` varchar(255),
  `rollout` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filter_taggings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `filter_id` bigint NOT NULL,
  `filterable_id` bigint NOT NULL,
  `filterable_type` varchar(100),
  `created_at` datetime,
  `updated_at` datetime,
  `inherited` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_filter_taggings_on_filter_and_filterable` (`filter_id`, `filterable_type`, `filterable_id`),
  KEY `index_filter_taggings_filterable` (`filterable_id`, `filterable_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gift_exchanges` (
  `id` int NOT NULL AUTO_INCREMENT,
  `request_restriction_id` int,
  `offer_restriction_id` int,
  `requests_num_required` int NOT NULL DEFAULT 1,
  `offers_num_required` int NOT NULL DEFAULT 1,
  `requests_num_allowed` int NOT NULL DEFAULT 1,
  `offers_num_allowed` int NOT NULL DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  `signup_instructions_general` text,
  `signup_instructions_requests` text,
  `signup_instructions_offers` text,
  `signup_open` tinyint(1) NOT NULL DEFAULT 0,
  `signups_open_at` datetime,
  `signups_close_at` datetime,
  `assignments_due_at` datetime,
  `works_reveal_at` datetime,
  `authors_reveal_at` datetime,
  `request_url_label` varchar(255),
  `request_description_label` varchar(255),
  `offer_url_label` varchar(255),
  `offer_description_label` varchar(255),
  `time_zone` varchar(255),
  `potential_match_settings_id` int,
  `assignments_sent_at` datetime,
  `signup_instructions_general_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `signup_instructions_requests_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `signup_instructions_offers_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `requests_summary_visible` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gifts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `work_id` int,
  `recipient_name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `pseud_id` int,
  `rejected` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_gifts_on_pseud_id` (`pseud_id`),
  KEY `index_gifts_on_recipient_name` (`recipient_name`),
  KEY `index_gifts_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbox_comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `feedback_comment_id` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  `read` tinyint(1) NOT NULL DEFAULT 0,
  `replied_to` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_inbox_comments_on_feedback_comment_id` (`feedback_comment_id`),
  KEY `index_inbox_comments_on_read_and_user_id` (`read`, `user_id`),
  KEY `index_inbox_comments_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creator_id` int,
  `invitee_email` varchar(255),
  `token` varchar(255),
  `sent_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `invitee_id` int,
  `invitee_type` varchar(255),
  `creator_type` varchar(255),
  `redeemed_at` datetime,
  `from_queue` tinyint(1) NOT NULL DEFAULT 0,
  `external_author_id` int,
  `resent_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_invitations_on_creator_id_and_creator_type` (`creator_id`, `creator_type`),
  KEY `index_invitations_on_external_author_id` (`external_author_id`),
  KEY `index_invitations_on_invitee_email` (`invitee_email`),
  KEY `index_invitations_on_invitee_id_and_invitee_type` (`invitee_id`, `invitee_type`),
  KEY `index_invitations_on_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invite_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `simplified_email` varchar(255) NOT NULL DEFAULT '',
  `ip_address` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_invite_requests_on_email` (`email`),
  UNIQUE KEY `index_invite_requests_on_simplified_email` (`simplified_email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kudos` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `commentable_id` int,
  `commentable_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `ip_address` varchar(255),
  `user_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_kudos_on_commentable_and_ip_address` (`commentable_id`, `commentable_type`, `ip_address`),
  UNIQUE KEY `index_kudos_on_commentable_and_user` (`commentable_id`, `commentable_type`, `user_id`),
  KEY `index_kudos_on_ip_address` (`ip_address`),
  KEY `index_kudos_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `short` varchar(4),
  `name` varchar(255),
  `support_available` tinyint(1) NOT NULL DEFAULT 0,
  `abuse_support_available` tinyint(1) NOT NULL DEFAULT 0,
  `sortable_name` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_languages_on_name` (`name`),
  UNIQUE KEY `index_languages_on_short` (`short`),
  KEY `index_languages_on_sortable_name` (`sortable_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `last_wrangling_activities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_last_wrangling_activities_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locales` (
  `id` int NOT NULL AUTO_INCREMENT,
  `iso` varchar(255),
  `short` varchar(255),
  `name` varchar(255),
  `main` tinyint(1),
  `updated_at` datetime,
  `language_id` int NOT NULL,
  `interface_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `email_enabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_locales_on_iso` (`iso`),
  KEY `index_locales_on_language_id` (`language_id`),
  KEY `index_locales_on_short` (`short`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `admin_id` int,
  `role_id` int,
  `action` tinyint,
  `note` text NOT NULL,
  `enddate` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `note_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `fnok_user_id` int,
  PRIMARY KEY (`id`),
  KEY `index_log_items_on_admin_id` (`admin_id`),
  KEY `index_log_items_on_role_id` (`role_id`),
  KEY `index_log_items_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderated_works` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `work_id` bigint NOT NULL,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `reviewed` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_moderated_works_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mutes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `muter_id` bigint,
  `muted_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_mutes_on_muted_id` (`muted_id`),
  UNIQUE KEY `index_mutes_on_muter_id_and_muted_id` (`muter_id`, `muted_id`),
  KEY `index_mutes_on_muter_id` (`muter_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `owned_tag_sets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tag_set_id` int,
  `visible` tinyint(1) NOT NULL DEFAULT 0,
  `nominated` tinyint(1) NOT NULL DEFAULT 0,
  `title` varchar(255),
  `description` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `featured` tinyint(1) NOT NULL DEFAULT 0,
  `description_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `fandom_nomination_limit` int NOT NULL DEFAULT 0,
  `character_nomination_limit` int NOT NULL DEFAULT 0,
  `relationship_nomination_limit` int NOT NULL DEFAULT 0,
  `freeform_nomination_limit` int NOT NULL DEFAULT 0,
  `usable` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `potential_matches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int,
  `offer_signup_id` int,
  `request_signup_id` int,
  `num_prompts_matched` int,
  `assigned` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `max_tags_matched` int,
  PRIMARY KEY (`id`),
  KEY `index_potential_matches_on_collection_id` (`collection_id`),
  KEY `index_potential_matches_on_offer_signup_id` (`offer_signup_id`),
  KEY `index_potential_matches_on_request_signup_id` (`request_signup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preferences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `history_enabled` tinyint(1) DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  `comment_emails_off` tinyint(1) NOT NULL DEFAULT 0,
  `adult` tinyint(1) DEFAULT 0,
  `hide_warnings` tinyint(1) NOT NULL DEFAULT 0,
  `comment_inbox_off` tinyint(1) DEFAULT 0,
  `comment_copy_to_self_off` tinyint(1) NOT NULL DEFAULT 1,
  `work_title_format` varchar(255) DEFAULT 'TITLE - AUTHOR - FANDOM',
  `hide_freeform` tinyint(1) NOT NULL DEFAULT 0,
  `first_login` tinyint(1) DEFAULT 1,
  `collection_emails_off` tinyint(1) NOT NULL DEFAULT 0,
  `collection_inbox_off` tinyint(1) NOT NULL DEFAULT 0,
  `recipient_emails_off` tinyint(1) NOT NULL DEFAULT 0,
  `view_full_works` tinyint(1) NOT NULL DEFAULT 0,
  `time_zone` varchar(255),
  `disable_work_skins` tinyint(1) NOT NULL DEFAULT 0,
  `skin_id` int,
  `minimize_search_engines` tinyint(1) NOT NULL DEFAULT 0,
  `kudos_emails_off` tinyint(1) NOT NULL DEFAULT 0,
  `disable_share_links` tinyint(1) NOT NULL DEFAULT 0,
  `banner_seen` tinyint(1) NOT NULL DEFAULT 0,
  `preferred_locale` int NOT NULL DEFAULT 1,
  `allow_cocreator` tinyint(1) DEFAULT 0,
  `allow_gifts` tinyint(1) NOT NULL DEFAULT 0,
  `allow_collection_invitation` tinyint(1) NOT NULL DEFAULT 0,
  `guest_replies_off` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_preferences_on_skin_id` (`skin_id`),
  KEY `index_preferences_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `about_me` text,
  `created_at` datetime,
  `updated_at` datetime,
  `title` varchar(255),
  `about_me_sanitizer_version` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_profiles_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prompt_memes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `request_restriction_id` int,
  `requests_num_required` int NOT NULL DEFAULT 1,
  `requests_num_allowed` int NOT NULL DEFAULT 5,
  `signup_open` tinyint(1) NOT NULL DEFAULT 1,
  `signups_open_at` datetime,
  `signups_close_at` datetime,
  `assignments_due_at` datetime,
  `works_reveal_at` datetime,
  `authors_reveal_at` datetime,
  `signup_instructions_general` text,
  `signup_instructions_requests` text,
  `request_url_label` varchar(255),
  `request_description_label` varchar(255),
  `time_zone` varchar(255),
  `signup_instructions_general_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `signup_instructions_requests_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prompts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collection_id` int,
  `challenge_signup_id` int,
  `pseud_id` int,
  `tag_set_id` int,
  `optional_tag_set_id` int,
  `title` varchar(255),
  `url` varchar(255),
  `description` text,
  `position` int,
  `created_at` datetime,
  `updated_at` datetime,
  `type` varchar(255),
  `description_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `any_fandom` tinyint(1) NOT NULL DEFAULT 0,
  `any_character` tinyint(1) NOT NULL DEFAULT 0,
  `any_rating` tinyint(1) NOT NULL DEFAULT 0,
  `any_relationship` tinyint(1) NOT NULL DEFAULT 0,
  `any_category` tinyint(1) NOT NULL DEFAULT 0,
  `any_archive_warning` tinyint(1) NOT NULL DEFAULT 0,
  `any_freeform` tinyint(1) NOT NULL DEFAULT 0,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_prompts_on_challenge_signup_id` (`challenge_signup_id`),
  KEY `index_prompts_on_collection_id` (`collection_id`),
  KEY `index_prompts_on_optional_tag_set_id` (`optional_tag_set_id`),
  KEY `index_prompts_on_tag_set_id` (`tag_set_id`),
  KEY `index_prompts_on_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pseuds` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `name` varchar(255) NOT NULL,
  `description` text,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `icon_file_name` varchar(255),
  `icon_content_type` varchar(255),
  `icon_file_size` int,
  `icon_updated_at` datetime,
  `icon_alt_text` varchar(255) DEFAULT '',
  `delta` tinyint(1) DEFAULT 1,
  `description_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `icon_comment_text` varchar(255) DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_psueds_on_name` (`name`),
  KEY `index_pseuds_on_user_id_and_name` (`user_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `readings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `major_version_read` int,
  `minor_version_read` int,
  `user_id` int,
  `work_id` int,
  `created_at` datetime,
  `last_viewed` datetime,
  `view_count` int DEFAULT 0,
  `toread` tinyint(1) NOT NULL DEFAULT 0,
  `toskip` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_readings_on_user_id` (`user_id`),
  KEY `index_readings_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_works` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int,
  `parent_type` varchar(255),
  `work_id` int,
  `reciprocal` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `translation` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_related_works_on_parent_id_and_parent_type` (`parent_id`, `parent_type`),
  KEY `index_related_works_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40),
  `authorizable_type` varchar(40),
  `authorizable_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_roles_on_authorizable_id_and_authorizable_type` (`authorizable_id`, `authorizable_type`),
  KEY `index_roles_on_authorizable_type` (`authorizable_type`),
  KEY `index_roles_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `role_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_roles_users_on_role_id_and_user_id` (`role_id`, `user_id`),
  KEY `index_roles_users_on_user_id_and_role_id` (`user_id`, `role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `serial_works` (
  `id` int NOT NULL AUTO_INCREMENT,
  `series_id` int,
  `work_id` int,
  `position` int DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_serial_works_on_series_id` (`series_id`),
  KEY `index_serial_works_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `series` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `title` varchar(255) NOT NULL,
  `summary` text,
  `series_notes` text,
  `hidden_by_admin` tinyint(1) NOT NULL DEFAULT 0,
  `restricted` tinyint(1) NOT NULL DEFAULT 1,
  `complete` tinyint(1) NOT NULL DEFAULT 0,
  `summary_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `series_notes_sanitizer_version` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `skins` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `author_id` int,
  `css` longtext,
  `public` tinyint(1) DEFAULT 0,
  `official` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `icon_file_name` varchar(255),
  `icon_content_type` varchar(255),
  `icon_file_size` int,
  `icon_updated_at` datetime,
  `icon_alt_text` varchar(255) DEFAULT '',
  `margin` int,
  `paragraph_gap` int,
  `font` varchar(255),
  `base_em` int,
  `background_color` varchar(255),
  `foreground_color` varchar(255),
  `description` text,
  `rejected` tinyint(1) NOT NULL DEFAULT 0,
  `admin_note` varchar(255),
  `description_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `type` varchar(255),
  `paragraph_margin` float,
  `headercolor` varchar(255),
  `accent_color` varchar(255),
  `role` varchar(255),
  `media` varchar(255),
  `ie_condition` varchar(255),
  `filename` varchar(255),
  `do_not_upgrade` tinyint(1) NOT NULL DEFAULT 0,
  `cached` tinyint(1) NOT NULL DEFAULT 0,
  `unusable` tinyint(1) NOT NULL DEFAULT 0,
  `featured` tinyint(1) NOT NULL DEFAULT 0,
  `in_chooser` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_skins_on_author_id` (`author_id`),
  KEY `index_skins_on_in_chooser` (`in_chooser`),
  KEY `index_skins_on_public_and_official` (`public`, `official`),
  UNIQUE KEY `index_skins_on_title` (`title`),
  KEY `index_skins_on_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stat_counters` (
  `id` int NOT NULL AUTO_INCREMENT,
  `work_id` int,
  `hit_count` int NOT NULL DEFAULT 0,
  `download_count` int NOT NULL DEFAULT 0,
  `comments_count` int NOT NULL DEFAULT 0,
  `kudos_count` int NOT NULL DEFAULT 0,
  `bookmarks_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_hit_counters_on_hit_count` (`hit_count`),
  UNIQUE KEY `index_hit_counters_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `subscribable_id` int,
  `subscribable_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `subscribable` (`subscribable_id`, `subscribable_type`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_nominations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255),
  `tag_set_nomination_id` int,
  `fandom_nomination_id` int,
  `tagname` varchar(255),
  `parent_tagname` varchar(255),
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `rejected` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `canonical` tinyint(1) NOT NULL DEFAULT 0,
  `exists` tinyint(1) NOT NULL DEFAULT 0,
  `parented` tinyint(1) NOT NULL DEFAULT 0,
  `synonym` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_tag_nominations_on_tag_set_nomination_id_and_type` (`tag_set_nomination_id`, `type`),
  KEY `index_tag_nominations_on_tagname` (`tagname`),
  KEY `index_tag_nominations_on_type_and_fandom_nomination_id` (`type`, `fandom_nomination_id`),
  KEY `index_tag_nominations_on_type_and_synonym` (`type`, `synonym`),
  KEY `index_tag_nominations_on_type_and_tag_set_nomination_id` (`type`, `tag_set_nomination_id`),
  KEY `index_tag_nominations_on_type_and_tagname` (`type`, `tagname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_set_nominations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pseud_id` int,
  `owned_tag_set_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_tag_set_nominations_on_owned_tag_set_id` (`owned_tag_set_id`),
  KEY `index_tag_set_nominations_on_pseud_id_and_owned_tag_set_id` (`pseud_id`, `owned_tag_set_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_set_ownerships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pseud_id` int,
  `owned_tag_set_id` int,
  `owner` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tagger_id` int,
  `taggable_id` bigint NOT NULL,
  `taggable_type` varchar(100) DEFAULT '',
  `created_at` datetime,
  `updated_at` datetime,
  `tagger_type` varchar(100) DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_taggings_taggable` (`taggable_id`, `taggable_type`),
  UNIQUE KEY `index_taggings_polymorphic` (`tagger_id`, `tagger_type`, `taggable_id`, `taggable_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) DEFAULT '',
  `canonical` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `taggings_count_cache` int DEFAULT 0,
  `adult` tinyint(1) DEFAULT 0,
  `type` varchar(255),
  `merger_id` int,
  `delta` tinyint(1) DEFAULT 0,
  `last_wrangler_id` int,
  `last_wrangler_type` varchar(255),
  `unwrangleable` tinyint(1) NOT NULL DEFAULT 0,
  `sortable_name` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_tags_on_canonical` (`canonical`),
  KEY `tag_created_at_index` (`created_at`),
  KEY `index_tags_on_id_and_type` (`id`, `type`),
  KEY `index_tags_on_merger_id` (`merger_id`),
  UNIQUE KEY `index_tags_on_name` (`name`),
  KEY `index_tags_on_sortable_name` (`sortable_name`),
  KEY `index_tags_on_taggings_count_cache` (`taggings_count_cache`),
  KEY `index_tags_on_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_invite_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `quantity` int,
  `reason` text,
  `granted` tinyint(1) NOT NULL DEFAULT 0,
  `handled` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_user_invite_requests_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `email` varchar(255),
  `confirmation_token` varchar(255),
  `login` varchar(255),
  `confirmed_at` datetime,
  `encrypted_password` varchar(255),
  `password_salt` varchar(255),
  `suspended` tinyint(1) NOT NULL DEFAULT 0,
  `banned` tinyint(1) NOT NULL DEFAULT 0,
  `invitation_id` int,
  `suspended_until` datetime,
  `out_of_invites` tinyint(1) NOT NULL DEFAULT 1,
  `failed_attempts` int DEFAULT 0,
  `accepted_tos_version` int,
  `confirmation_sent_at` datetime,
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `unlock_token` varchar(255),
  `locked_at` datetime,
  `renamed_at` datetime,
  `resets_requested` int NOT NULL DEFAULT 0,
  `admin_renamed_at` datetime(6),
  `unconfirmed_email` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_login` (`login`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  KEY `index_users_on_resets_requested` (`resets_requested`),
  UNIQUE KEY `index_users_on_unlock_token` (`unlock_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_past_emails` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `email_address` varchar(255),
  `changed_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_user_past_emails_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_past_usernames` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `username` varchar(255),
  `changed_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_user_past_usernames_on_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_original_creators` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `work_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_work_original_creators_on_user_id` (`user_id`),
  UNIQUE KEY `index_work_original_creators_on_work_id_and_user_id` (`work_id`, `user_id`),
  KEY `index_work_original_creators_on_work_id` (`work_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `works` (
  `id` int NOT NULL AUTO_INCREMENT,
  `expected_number_of_chapters` int DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  `major_version` int DEFAULT 1,
  `minor_version` int DEFAULT 0,
  `posted` tinyint(1) NOT NULL DEFAULT 0,
  `language_id` int,
  `restricted` tinyint(1) NOT NULL DEFAULT 0,
  `title` varchar(255) NOT NULL,
  `summary` text,
  `notes` text,
  `word_count` int,
  `hidden_by_admin` tinyint(1) NOT NULL DEFAULT 0,
  `delta` tinyint(1) DEFAULT 0,
  `revised_at` datetime,
  `title_to_sort_on` varchar(255),
  `backdate` tinyint(1) NOT NULL DEFAULT 0,
  `endnotes` text,
  `imported_from_url` varchar(255),
  `complete` tinyint(1) NOT NULL DEFAULT 0,
  `summary_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `notes_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `endnotes_sanitizer_version` smallint NOT NULL DEFAULT 0,
  `work_skin_id` int,
  `in_anon_collection` tinyint(1) NOT NULL DEFAULT 0,
  `in_unrevealed_collection` tinyint(1) NOT NULL DEFAULT 0,
  `ip_address` varchar(255),
  `spam` tinyint(1) NOT NULL DEFAULT 0,
  `spam_checked_at` datetime,
  `moderated_commenting_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `comment_permissions` tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `complete_works` (`complete`, `posted`, `hidden_by_admin`),
  KEY `index_works_on_delta` (`delta`),
  KEY `index_works_on_imported_from_url` (`imported_from_url`),
  KEY `index_works_on_ip_address` (`ip_address`),
  KEY `index_works_on_language_id` (`language_id`),
  KEY `visible_works` (`restricted`, `posted`, `hidden_by_admin`),
  KEY `index_works_on_revised_at` (`revised_at`),
  KEY `index_works_on_spam` (`spam`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wrangling_assignments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `fandom_id` int,
  PRIMARY KEY (`id`),
  KEY `wrangling_assignments_by_fandom_id` (`fandom_id`),
  KEY `wrangling_assignments_by_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

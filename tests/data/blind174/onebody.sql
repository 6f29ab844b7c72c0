-- OneBody (church directory, groups, messaging and check-in), github.com/seven1m/onebody,
-- commit 0c109cc676853c8e95397dd59393d59ed7dd4976, AGPL-3.0. db/schema.rb (ActiveRecord 5.1, version 20170819151812,
-- dumped from MySQL) written as MySQL: string -> VARCHAR(limit or 255), text -> TEXT (limit 16777215 -> MEDIUMTEXT),
-- integer -> INT, boolean -> TINYINT(1), float limit 24 -> FLOAT, datetime -> DATETIME; a table without an `id:` option has
-- Rails 5.1's BIGINT AUTO_INCREMENT primary key, `id: :integer` an INT one, `id: false` none. Indexes kept (with their
-- prefix lengths); upstream declares no foreign keys. All 56 tables.

CREATE TABLE `admins` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `site_id` int(11),
  `template_name` varchar(100),
  `flags` text,
  `super_admin` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_site_id_on_admins` (`site_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admins_reports` (
  `admin_id` int(11),
  `report_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `albums` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` text,
  `site_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `is_public` tinyint(1) DEFAULT 0,
  `owner_id` int(11),
  `owner_type` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `message_id` int(11),
  `name` varchar(255),
  `content_type` varchar(255),
  `created_at` datetime,
  `site_id` int(11),
  `page_id` int(11),
  `group_id` int(11),
  `file_file_name` varchar(255),
  `file_content_type` varchar(255),
  `file_fingerprint` varchar(50),
  `file_file_size` int(11),
  `file_updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attendance_records` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `person_id` int(11),
  `group_id` int(11),
  `attended_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `family_name` varchar(255),
  `age` varchar(255),
  `can_pick_up` varchar(100),
  `cannot_pick_up` varchar(100),
  `medical_notes` varchar(200),
  `checkin_time_id` int(11),
  `print_extra_nametag` tinyint(1),
  `barcode_id` varchar(50),
  `label_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_attended_at_on_attendance_records` (`attended_at`),
  KEY `index_group_id_on_attendance_records` (`group_id`),
  KEY `index_person_id_on_attendance_records` (`person_id`),
  KEY `index_site_id_on_attendance_records` (`site_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checkin_folders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `checkin_time_id` int(11),
  `name` varchar(255),
  `sequence` int(11),
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checkin_labels` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(1000),
  `xml` text,
  `site_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checkin_times` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `weekday` int(11),
  `time` int(11),
  `the_datetime` datetime,
  `site_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `campus` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `verse_id` int(11),
  `person_id` int(11),
  `text` text,
  `created_at` datetime,
  `updated_at` datetime,
  `recipe_id` int(11),
  `news_item_id` int(11),
  `song_id` int(11),
  `site_id` int(11),
  `picture_id` int(11),
  `commentable_type` varchar(255),
  `commentable_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_field_options` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11) NOT NULL,
  `field_id` int(11) NOT NULL,
  `label` varchar(1000),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `sequence` int(11) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_field_tabs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `position` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_field_values` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `field_id` int(11),
  `object_type` varchar(255),
  `object_id` int(11),
  `value` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_fields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `name` varchar(50),
  `format` varchar(10),
  `created_at` datetime,
  `updated_at` datetime,
  `position` int(11),
  `tab_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_reports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `title` varchar(255),
  `category` varchar(255),
  `header` text,
  `body` text,
  `footer` text,
  `filters` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_folder_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `document_folder_id` int(11),
  `group_id` int(11),
  `created_at` datetime,
  `site_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_document_folder_groups_on_document_folder_id` (`document_folder_id`),
  KEY `index_document_folder_groups_on_group_id` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_folders` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(1000),
  `hidden` tinyint(1) DEFAULT 0,
  `folder_id` int(11),
  `parent_folder_ids` varchar(1000),
  `path` varchar(1000),
  `created_at` datetime,
  `updated_at` datetime,
  `site_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(1000),
  `folder_id` int(11),
  `file_file_name` varchar(255),
  `file_content_type` varchar(255),
  `file_fingerprint` varchar(50),
  `file_file_size` int(11),
  `file_updated_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `site_id` int(11),
  `preview_file_name` varchar(255),
  `preview_content_type` varchar(255),
  `preview_fingerprint` varchar(50),
  `preview_file_size` int(11),
  `preview_updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `families` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `legacy_id` int(11),
  `name` varchar(255),
  `last_name` varchar(255),
  `address1` varchar(255),
  `address2` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `zip` varchar(10),
  `home_phone` varchar(25),
  `email` varchar(255),
  `latitude` float,
  `longitude` float,
  `updated_at` datetime,
  `visible` tinyint(1) DEFAULT 1,
  `site_id` int(11),
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `barcode_id` varchar(50),
  `barcode_assigned_at` datetime,
  `barcode_id_changed` tinyint(1) DEFAULT 0,
  `alternate_barcode_id` varchar(50),
  `photo_file_name` varchar(255),
  `photo_content_type` varchar(255),
  `photo_fingerprint` varchar(50),
  `photo_file_size` int(11),
  `photo_updated_at` datetime,
  `country` varchar(2),
  PRIMARY KEY (`id`),
  KEY `index_family_names` (`last_name`(191), `name`(191)),
  KEY `index_families_on_legacy_id` (`legacy_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friendship_requests` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` int(11),
  `from_id` int(11),
  `rejected` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `site_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_friendship_requests_on_person_id` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friendships` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` int(11),
  `friend_id` int(11),
  `created_at` datetime,
  `ordering` int(11) DEFAULT 1000,
  `site_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_friendships_on_friend_id` (`friend_id`),
  KEY `index_friendships_on_person_id` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `generated_files` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `person_id` int(11),
  `file_file_name` varchar(255),
  `file_content_type` varchar(255),
  `file_fingerprint` varchar(50),
  `file_file_size` int(11),
  `file_updated_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `job_id` varchar(50),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_times` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_id` int(11),
  `checkin_time_id` int(11),
  `sequence` int(11),
  `site_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `section` varchar(100),
  `print_extra_nametag` tinyint(1) DEFAULT 0,
  `checkin_folder_id` int(11),
  `label_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100),
  `description` text,
  `meets` varchar(100),
  `location` varchar(100),
  `directions` text,
  `other_notes` text,
  `category` varchar(50),
  `creator_id` int(11),
  `private` tinyint(1) DEFAULT 0,
  `address` varchar(255),
  `members_send` tinyint(1) DEFAULT 1,
  `updated_at` datetime,
  `hidden` tinyint(1) DEFAULT 0,
  `approved` tinyint(1) DEFAULT 0,
  `link_code` varchar(255),
  `parents_of` int(11),
  `site_id` int(11),
  `blog` tinyint(1) DEFAULT 1,
  `email` tinyint(1) DEFAULT 1,
  `prayer` tinyint(1) DEFAULT 1,
  `attendance` tinyint(1) DEFAULT 1,
  `legacy_id` int(11),
  `gcal_private_link` varchar(255),
  `approval_required_to_join` tinyint(1) DEFAULT 1,
  `pictures` tinyint(1) DEFAULT 1,
  `cm_api_list_id` varchar(50),
  `photo_file_name` varchar(255),
  `photo_content_type` varchar(255),
  `photo_fingerprint` varchar(50),
  `photo_file_size` int(11),
  `photo_updated_at` datetime,
  `created_at` datetime,
  `latitude` float,
  `longitude` float,
  `membership_mode` varchar(10) DEFAULT 'manual',
  `has_tasks` tinyint(1) DEFAULT 0,
  `share_token` varchar(50),
  PRIMARY KEY (`id`),
  KEY `index_groups_on_category` (`category`),
  KEY `index_site_id_on_groups` (`site_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `import_rows` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `import_id` int(11),
  `sequence` int(11) NOT NULL,
  `person_id` int(11),
  `created_person` tinyint(1) DEFAULT 0,
  `created_family` tinyint(1) DEFAULT 0,
  `updated_person` tinyint(1) DEFAULT 0,
  `updated_family` tinyint(1) DEFAULT 0,
  `family_id` int(11),
  `matched_person_by` int(11),
  `matched_family_by` int(11),
  `status` int(11),
  `import_attributes` text,
  `attribute_changes` text,
  `attribute_errors` text,
  `errored` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_import_rows_on_site_id_and_import_id` (`site_id`, `import_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `imports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `person_id` int(11),
  `filename` varchar(255) NOT NULL,
  `status` int(11) NOT NULL,
  `error_message` varchar(255),
  `importable_type` varchar(50) NOT NULL,
  `mappings` text,
  `match_strategy` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `completed_at` datetime,
  `row_count` int(11) DEFAULT 0,
  `flags` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `command` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_requests` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` int(11),
  `group_id` int(11),
  `created_at` datetime,
  `site_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_id` int(11),
  `person_id` int(11),
  `admin` tinyint(1) DEFAULT 0,
  `get_email` tinyint(1) DEFAULT 1,
  `share_address` tinyint(1) DEFAULT 0,
  `share_mobile_phone` tinyint(1) DEFAULT 0,
  `share_work_phone` tinyint(1) DEFAULT 0,
  `share_fax` tinyint(1) DEFAULT 0,
  `share_email` tinyint(1) DEFAULT 0,
  `share_birthday` tinyint(1) DEFAULT 0,
  `share_anniversary` tinyint(1) DEFAULT 0,
  `updated_at` datetime,
  `code` int(11),
  `site_id` int(11),
  `legacy_id` int(11),
  `share_home_phone` tinyint(1) DEFAULT 0,
  `auto` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `roles` text,
  `leader` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_memberships_on_group_id` (`group_id`),
  KEY `index_memberships_on_person_id` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_id` int(11),
  `person_id` int(11),
  `to_person_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `parent_id` int(11),
  `subject` varchar(255),
  `body` mediumtext,
  `share_email` tinyint(1) DEFAULT 0,
  `code` int(11),
  `site_id` int(11),
  `html_body` mediumtext,
  PRIMARY KEY (`id`),
  KEY `index_messages_on_created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `news_items` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `link` varchar(255),
  `body` text,
  `published` datetime,
  `active` tinyint(1) DEFAULT 1,
  `site_id` int(11),
  `source` varchar(255),
  `person_id` int(11),
  `sequence` int(11),
  `expires_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slug` varchar(255),
  `title` varchar(255),
  `body` text,
  `parent_id` int(11),
  `path` varchar(255),
  `published` tinyint(1) DEFAULT 1,
  `site_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `navigation` tinyint(1) DEFAULT 1,
  `system` tinyint(1) DEFAULT 0,
  `raw` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_pages_on_parent_id` (`parent_id`),
  KEY `index_pages_on_path` (`path`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `legacy_id` int(11),
  `family_id` int(11),
  `position` int(11),
  `gender` varchar(6),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `suffix` varchar(25),
  `mobile_phone` varchar(25),
  `work_phone` varchar(25),
  `fax` varchar(25),
  `birthday` datetime,
  `email` varchar(255),
  `email_changed` tinyint(1) DEFAULT 0,
  `website` varchar(255),
  `classes` text,
  `shepherd` varchar(255),
  `mail_group` varchar(1),
  `encrypted_password` varchar(100),
  `business_name` varchar(100),
  `business_description` text,
  `business_phone` varchar(25),
  `business_email` varchar(255),
  `business_website` varchar(255),
  `about` text,
  `testimony` text,
  `share_mobile_phone` tinyint(1) DEFAULT 0,
  `share_work_phone` tinyint(1) DEFAULT 0,
  `share_fax` tinyint(1) DEFAULT 0,
  `share_email` tinyint(1) DEFAULT 0,
  `share_birthday` tinyint(1) DEFAULT 1,
  `anniversary` datetime,
  `updated_at` datetime,
  `alternate_email` varchar(255),
  `email_bounces` int(11) DEFAULT 0,
  `business_category` varchar(100),
  `account_frozen` tinyint(1) DEFAULT 0,
  `messages_enabled` tinyint(1) DEFAULT 1,
  `business_address` varchar(255),
  `flags` varchar(255),
  `visible` tinyint(1) DEFAULT 1,
  `parental_consent` varchar(255),
  `admin_id` int(11),
  `friends_enabled` tinyint(1) DEFAULT 1,
  `member` tinyint(1) DEFAULT 0,
  `staff` tinyint(1) DEFAULT 0,
  `elder` tinyint(1) DEFAULT 0,
  `deacon` tinyint(1) DEFAULT 0,
  `legacy_family_id` int(11),
  `feed_code` varchar(50),
  `share_activity` tinyint(1) DEFAULT 1,
  `site_id` int(11),
  `twitter_account` varchar(100),
  `api_key` varchar(50),
  `salt` varchar(50),
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `child` tinyint(1),
  `custom_type` varchar(100),
  `custom_fields` text,
  `can_pick_up` varchar(100),
  `cannot_pick_up` varchar(100),
  `medical_notes` varchar(200),
  `relationships_hash` varchar(40),
  `photo_file_name` varchar(255),
  `photo_content_type` varchar(255),
  `photo_fingerprint` varchar(50),
  `photo_file_size` int(11),
  `photo_updated_at` datetime,
  `description` varchar(25),
  `share_anniversary` tinyint(1) DEFAULT 1,
  `share_address` tinyint(1) DEFAULT 1,
  `share_home_phone` tinyint(1) DEFAULT 1,
  `password_hash` varchar(255),
  `password_salt` varchar(255),
  `created_at` datetime,
  `facebook_url` varchar(255),
  `twitter` varchar(15),
  `incomplete_tasks_count` int(11) DEFAULT 0,
  `primary_emailer` tinyint(1),
  `last_seen_stream_item_id` int(11),
  `last_seen_group_id` int(11),
  `provider` varchar(255),
  `uid` varchar(255),
  `status` int(11) DEFAULT 0,
  `alias` varchar(255),
  `last_seen_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_admin_id_on_people` (`admin_id`),
  KEY `index_business_category_on_people` (`business_category`),
  KEY `index_people_on_email` (`email`(191)),
  KEY `index_people_on_family_id` (`family_id`),
  KEY `index_people_on_legacy_id` (`legacy_id`),
  KEY `index_people_on_site_id_and_feed_code` (`site_id`, `feed_code`),
  KEY `index_site_id_on_people` (`site_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_verses` (
  `person_id` int(11),
  `verse_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pictures` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` int(11),
  `created_at` datetime,
  `cover` tinyint(1) DEFAULT 0,
  `updated_at` datetime,
  `site_id` int(11),
  `album_id` int(11),
  `original_url` varchar(1000),
  `photo_file_name` varchar(255),
  `photo_content_type` varchar(255),
  `photo_fingerprint` varchar(50),
  `photo_file_size` int(11),
  `photo_updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_pictures_on_album_id` (`album_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prayer_requests` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_id` int(11),
  `person_id` int(11),
  `request` text,
  `answer` text,
  `answered_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `site_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prayer_signups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` int(11),
  `start` datetime,
  `created_at` datetime,
  `reminded` tinyint(1) DEFAULT 0,
  `other_name` varchar(100),
  `site_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `processed_messages` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `header_message_id` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipes` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` int(11),
  `title` varchar(255),
  `notes` text,
  `description` text,
  `ingredients` text,
  `directions` text,
  `created_at` datetime,
  `updated_at` datetime,
  `prep` varchar(255),
  `bake` varchar(255),
  `serving_size` int(11),
  `site_id` int(11),
  `photo_file_name` varchar(255),
  `photo_content_type` varchar(255),
  `photo_fingerprint` varchar(50),
  `photo_file_size` int(11),
  `photo_updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationships` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` int(11),
  `related_id` int(11),
  `name` varchar(255),
  `other_name` varchar(255),
  `site_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `name` varchar(255),
  `definition` text,
  `restricted` tinyint(1) DEFAULT 1,
  `created_by_id` int(11),
  `run_count` int(11) DEFAULT 0,
  `last_run_at` datetime,
  `last_run_by_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_categories` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `site_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `services` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` int(11) NOT NULL,
  `service_category_id` int(11) NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'current',
  `site_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255),
  `data` text,
  `updated_at` datetime,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_sessions_on_session_id` (`session_id`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `section` varchar(100),
  `name` varchar(100),
  `format` varchar(20),
  `value` varchar(500),
  `description` varchar(500),
  `hidden` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `site_id` int(11),
  `global` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signin_failures` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `ip` varchar(255),
  `created_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sites` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `host` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `secondary_host` varchar(255),
  `max_admins` int(11),
  `max_people` int(11),
  `max_groups` int(11),
  `import_export_enabled` tinyint(1) DEFAULT 1,
  `pages_enabled` tinyint(1) DEFAULT 1,
  `pictures_enabled` tinyint(1) DEFAULT 1,
  `publications_enabled` tinyint(1) DEFAULT 1,
  `active` tinyint(1) DEFAULT 1,
  `twitter_enabled` tinyint(1) DEFAULT 0,
  `external_guid` varchar(255) DEFAULT '0',
  `settings_changed_at` datetime,
  `logo_file_name` varchar(255),
  `logo_content_type` varchar(255),
  `logo_fingerprint` varchar(50),
  `logo_file_size` int(11),
  `logo_updated_at` datetime,
  `email_host` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_sites_on_host` (`host`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stream_items` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `title` varchar(500),
  `body` mediumtext,
  `context` text,
  `person_id` int(11),
  `group_id` int(11),
  `streamable_id` int(11),
  `streamable_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `shared` tinyint(1),
  `text` tinyint(1) DEFAULT 0,
  `is_public` tinyint(1),
  `stream_item_group_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_stream_items_on_created_at` (`created_at`),
  KEY `index_stream_items_on_group_id` (`group_id`),
  KEY `index_stream_items_on_person_id` (`person_id`),
  KEY `index_stream_items_on_streamable_type_and_streamable_id` (`streamable_type`(191), `streamable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sync_items` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `sync_id` int(11),
  `syncable_id` int(11),
  `syncable_type` varchar(255),
  `legacy_id` int(11),
  `name` varchar(255),
  `operation` varchar(50),
  `status` varchar(50),
  `error_messages` text,
  PRIMARY KEY (`id`),
  KEY `index_sync_id_on_sync_items` (`sync_id`),
  KEY `index_syncable_on_sync_items` (`syncable_type`(191), `syncable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `syncs` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `site_id` int(11),
  `person_id` int(11),
  `complete` tinyint(1) DEFAULT 0,
  `success_count` int(11),
  `error_count` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `started_at` datetime,
  `finished_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11),
  `taggable_id` int(11),
  `taggable_type` varchar(255),
  `created_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_taggings_on_tag_id` (`tag_id`),
  KEY `index_taggings_on_taggable_id_and_taggable_type` (`taggable_id`, `taggable_type`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(50),
  `updated_at` datetime,
  `site_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` text,
  `completed` tinyint(1) DEFAULT 0,
  `duedate` date,
  `group_id` int(11),
  `person_id` int(11),
  `site_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `position` int(11),
  `group_scope` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twitter_messages` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `twitter_screen_name` int(11),
  `person_id` int(11),
  `message` varchar(140),
  `reply` varchar(140),
  `created_at` datetime,
  `updated_at` datetime,
  `site_id` int(11),
  `twitter_message_id` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `updates` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `person_id` int(11),
  `created_at` datetime,
  `complete` tinyint(1) DEFAULT 0,
  `site_id` int(11),
  `data` text,
  `diff` text,
  `family_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_updates_on_person_id` (`person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verifications` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `mobile_phone` varchar(25),
  `code` int(11),
  `verified` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `site_id` int(11),
  `carrier` varchar(100),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verses` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `reference` varchar(50),
  `text` text,
  `translation` varchar(10),
  `created_at` datetime,
  `updated_at` datetime,
  `book` int(11),
  `chapter` int(11),
  `verse` int(11),
  `site_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- MediaCMS 8.3.2 (self-hosted video and media CMS; Django 5.2, PostgreSQL)
-- Upstream: github.com/mediacms-io/mediacms, commit 90b9fad55bc7e93827956b53822a4b520bf999b9 (tag 8.3.2) (AGPL-3.0)
-- How made: upstream's own Django migrations (files, users, actions, rbac, identity_providers, lti, saml_auth and
-- the contrib, allauth and DRF authtoken apps of cms/settings.py INSTALLED_APPS) were run with `manage.py migrate`
-- into an empty PostgreSQL 15 database (`makemigrations --check` reported no model changes), and the resulting
-- tables were written as MySQL from information_schema: columns in order, NOT NULL, primary keys, unique
-- constraints and foreign keys (ON DELETE as created); types as Django's MySQL backend maps them (AutoField int /
-- BigAutoField bigint AUTO_INCREMENT, TextField longtext, UUIDField char(32), DateTimeField datetime(6),
-- JSONField json, Positive*Field unsigned, FloatField double precision); the PostgreSQL-only SearchVectorField
-- files_media.search (tsvector) as longtext; plain indexes (incl. the GIN index) left out.
-- Left out: django_migrations, auth_group_permissions, socialaccount_socialapp_sites,
-- identity_providers_identityproviderglobalrole, files_videochapterdata.

CREATE TABLE `users_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `logo` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `name` varchar(250) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `is_featured` tinyint(1) NOT NULL,
  `title` varchar(250) NOT NULL,
  `advancedUser` tinyint(1) NOT NULL,
  `media_count` int NOT NULL,
  `notification_on_comments` tinyint(1) NOT NULL,
  `allow_contact` tinyint(1) NOT NULL,
  `location` varchar(250) NOT NULL,
  `is_editor` tinyint(1) NOT NULL,
  `is_manager` tinyint(1) NOT NULL,
  `is_approved` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`, `email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6),
  `key` varchar(64) NOT NULL,
  `email_address_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailconfirmation_key_key` (`key`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_channel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(90) NOT NULL,
  `description` longtext NOT NULL,
  `add_date` datetime(6) NOT NULL,
  `friendly_token` varchar(12) NOT NULL,
  `banner_logo` varchar(100) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_channel_user_id_e1cfbd55_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_license` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_license_title_key` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_media` (
  `id` int NOT NULL AUTO_INCREMENT,
  `add_date` datetime(6),
  `allow_download` tinyint(1) NOT NULL,
  `description` longtext NOT NULL,
  `dislikes` int NOT NULL,
  `duration` int NOT NULL,
  `edit_date` datetime(6) NOT NULL,
  `enable_comments` tinyint(1) NOT NULL,
  `encoding_status` varchar(20) NOT NULL,
  `featured` tinyint(1) NOT NULL,
  `friendly_token` varchar(150) NOT NULL,
  `hls_file` varchar(1000) NOT NULL,
  `is_reviewed` tinyint(1) NOT NULL,
  `likes` int NOT NULL,
  `listable` tinyint(1) NOT NULL,
  `md5sum` varchar(50),
  `media_file` varchar(500) NOT NULL,
  `media_info` longtext NOT NULL,
  `media_type` varchar(20) NOT NULL,
  `password` varchar(100) NOT NULL,
  `preview_file_path` varchar(500) NOT NULL,
  `poster` varchar(500) NOT NULL,
  `reported_times` int NOT NULL,
  `search` longtext,
  `size` varchar(20),
  `sprites` varchar(500) NOT NULL,
  `state` varchar(20) NOT NULL,
  `title` varchar(100) NOT NULL,
  `thumbnail` varchar(500) NOT NULL,
  `thumbnail_time` double precision,
  `uid` char(32) NOT NULL,
  `uploaded_thumbnail` varchar(500) NOT NULL,
  `uploaded_poster` varchar(500) NOT NULL,
  `user_featured` tinyint(1) NOT NULL,
  `video_height` int NOT NULL,
  `views` int NOT NULL,
  `channel_id` int,
  `license_id` int,
  `user_id` int NOT NULL,
  `allow_whisper_transcribe` tinyint(1) NOT NULL,
  `allow_whisper_transcribe_and_translate` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_media_friendly_token_b6ca984c_uniq` (`friendly_token`),
  UNIQUE KEY `files_media_uid_key` (`uid`),
  CONSTRAINT `files_media_channel_id_a9509d3b_fk_users_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `users_channel` (`id`),
  CONSTRAINT `files_media_license_id_f943216b_fk_files_license_id` FOREIGN KEY (`license_id`) REFERENCES `files_license` (`id`),
  CONSTRAINT `files_media_user_id_7497c8c6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actions_mediaaction` (
  `id` int NOT NULL AUTO_INCREMENT,
  `session_key` varchar(33),
  `action` varchar(20) NOT NULL,
  `extra_info` longtext,
  `action_date` datetime(6) NOT NULL,
  `remote_ip` varchar(40),
  `media_id` int NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `actions_mediaaction_media_id_cb070793_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`),
  CONSTRAINT `actions_mediaaction_user_id_5148c743_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  `provider_id` varchar(200) NOT NULL,
  `settings` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_ltiplatform` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `platform_id` varchar(200) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `auth_login_url` varchar(200) NOT NULL,
  `auth_token_url` varchar(200) NOT NULL,
  `auth_audience` varchar(200),
  `key_set_url` varchar(200) NOT NULL,
  `deployment_ids` json NOT NULL,
  `enable_nrps` tinyint(1) NOT NULL,
  `enable_deep_linking` tinyint(1) NOT NULL,
  `remove_from_groups_on_unenroll` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lti_ltiplatform_name_key` (`name`),
  UNIQUE KEY `lti_ltiplatform_platform_id_client_id_08e446f6_uniq` (`platform_id`, `client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uid` varchar(36) NOT NULL,
  `add_date` datetime(6) NOT NULL,
  `title` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `is_global` tinyint(1) NOT NULL,
  `media_count` int NOT NULL,
  `thumbnail` varchar(100) NOT NULL,
  `listings_thumbnail` varchar(400),
  `user_id` int,
  `identity_provider_id` int,
  `is_rbac_category` tinyint(1) NOT NULL,
  `is_lms_course` tinyint(1) NOT NULL,
  `lti_context_id` varchar(255) NOT NULL,
  `lti_platform_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_category_uid_key` (`uid`),
  CONSTRAINT `files_category_identity_provider_id_4f0f73ac_fk_socialacc` FOREIGN KEY (`identity_provider_id`) REFERENCES `socialaccount_socialapp` (`id`),
  CONSTRAINT `files_category_lti_platform_id_5f9a9f7c_fk_lti_ltiplatform_id` FOREIGN KEY (`lti_platform_id`) REFERENCES `lti_ltiplatform` (`id`),
  CONSTRAINT `files_category_user_id_485c03d6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_comment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `add_date` datetime(6) NOT NULL,
  `text` longtext NOT NULL,
  `uid` char(32) NOT NULL,
  `lft` int unsigned NOT NULL,
  `rght` int unsigned NOT NULL,
  `tree_id` int unsigned NOT NULL,
  `level` int unsigned NOT NULL,
  `media_id` int NOT NULL,
  `parent_id` int,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_comment_uid_key` (`uid`),
  CONSTRAINT `files_comment_media_id_87bb4dbe_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`),
  CONSTRAINT `files_comment_parent_id_1ec2ef3a_fk_files_comment_id` FOREIGN KEY (`parent_id`) REFERENCES `files_comment` (`id`),
  CONSTRAINT `files_comment_user_id_899d0cd4_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_embedmediacourse` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `category_id` int NOT NULL,
  `media_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_embedmediacourse_media_id_category_id_7e31abb9_uniq` (`media_id`, `category_id`),
  CONSTRAINT `files_embedmediacour_category_id_66d5da76_fk_files_cat` FOREIGN KEY (`category_id`) REFERENCES `files_category` (`id`),
  CONSTRAINT `files_embedmediacourse_media_id_e393b96f_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_encodeprofile` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(90) NOT NULL,
  `extension` varchar(10) NOT NULL,
  `resolution` int,
  `codec` varchar(10),
  `description` longtext NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_encoding` (
  `id` int NOT NULL AUTO_INCREMENT,
  `add_date` datetime(6) NOT NULL,
  `commands` longtext NOT NULL,
  `chunk` tinyint(1) NOT NULL,
  `chunk_file_path` varchar(400) NOT NULL,
  `chunks_info` longtext NOT NULL,
  `logs` longtext NOT NULL,
  `md5sum` varchar(50),
  `media_file` varchar(500) NOT NULL,
  `progress` smallint unsigned NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `retries` int NOT NULL,
  `size` varchar(20) NOT NULL,
  `status` varchar(20) NOT NULL,
  `temp_file` varchar(400) NOT NULL,
  `task_id` varchar(100) NOT NULL,
  `total_run_time` int NOT NULL,
  `worker` varchar(100) NOT NULL,
  `media_id` int NOT NULL,
  `profile_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_encoding_media_id_5ebc509a_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`),
  CONSTRAINT `files_encoding_profile_id_f908f956_fk_files_encodeprofile_id` FOREIGN KEY (`profile_id`) REFERENCES `files_encodeprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_language` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(30) NOT NULL,
  `title` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_media_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `media_id` int NOT NULL,
  `category_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_media_category_media_id_category_id_cf4a83ad_uniq` (`media_id`, `category_id`),
  CONSTRAINT `files_media_category_category_id_381a78d2_fk_files_category_id` FOREIGN KEY (`category_id`) REFERENCES `files_category` (`id`),
  CONSTRAINT `files_media_category_media_id_8de8e458_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_ratingcategory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `title` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_ratingcategory_title_key` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_media_rating_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `media_id` int NOT NULL,
  `ratingcategory_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_media_rating_categ_media_id_ratingcategory__775b5588_uniq` (`media_id`, `ratingcategory_id`),
  CONSTRAINT `files_media_rating_c_ratingcategory_id_1b86c529_fk_files_rat` FOREIGN KEY (`ratingcategory_id`) REFERENCES `files_ratingcategory` (`id`),
  CONSTRAINT `files_media_rating_category_media_id_0811bd7a_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `media_count` int NOT NULL,
  `listings_thumbnail` varchar(400),
  `user_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_tag_title_key` (`title`),
  CONSTRAINT `files_tag_user_id_9b8eae43_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_media_tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `media_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_media_tags_media_id_tag_id_4b9be5c2_uniq` (`media_id`, `tag_id`),
  CONSTRAINT `files_media_tags_media_id_69b7c915_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`),
  CONSTRAINT `files_media_tags_tag_id_ddd78bbd_fk_files_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `files_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_mediapermission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `permission` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `media_id` int NOT NULL,
  `owner_user_id` int NOT NULL,
  `user_id` int NOT NULL,
  `source` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_mediapermission_user_id_media_id_b2847470_uniq` (`user_id`, `media_id`),
  CONSTRAINT `files_mediapermission_media_id_659fef3c_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`),
  CONSTRAINT `files_mediapermission_owner_user_id_029b94df_fk_users_user_id` FOREIGN KEY (`owner_user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `files_mediapermission_user_id_b835df8f_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_page` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slug` varchar(200) NOT NULL,
  `title` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `add_date` datetime(6) NOT NULL,
  `edit_date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_page_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_playlist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `add_date` datetime(6) NOT NULL,
  `description` longtext NOT NULL,
  `friendly_token` varchar(12) NOT NULL,
  `title` varchar(100) NOT NULL,
  `uid` char(32) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_playlist_uid_key` (`uid`),
  CONSTRAINT `files_playlist_user_id_eea40219_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_playlistmedia` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_date` datetime(6) NOT NULL,
  `ordering` int NOT NULL,
  `media_id` int NOT NULL,
  `playlist_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_playlistmedia_media_id_dcd75842_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`),
  CONSTRAINT `files_playlistmedia_playlist_id_2af9e1db_fk_files_playlist_id` FOREIGN KEY (`playlist_id`) REFERENCES `files_playlist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_rating` (
  `id` int NOT NULL AUTO_INCREMENT,
  `add_date` datetime(6) NOT NULL,
  `score` int NOT NULL,
  `media_id` int NOT NULL,
  `rating_category_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_rating_user_id_media_id_rating_category_id_ce9b762e_uniq` (`user_id`, `media_id`, `rating_category_id`),
  CONSTRAINT `files_rating_media_id_c5adda2d_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`),
  CONSTRAINT `files_rating_rating_category_id_42ef80ee_fk_files_rat` FOREIGN KEY (`rating_category_id`) REFERENCES `files_ratingcategory` (`id`),
  CONSTRAINT `files_rating_user_id_9c790556_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_subtitle` (
  `id` int NOT NULL AUTO_INCREMENT,
  `subtitle_file` varchar(500) NOT NULL,
  `language_id` int NOT NULL,
  `media_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_subtitle_language_id_1a5b7c56_fk_files_language_id` FOREIGN KEY (`language_id`) REFERENCES `files_language` (`id`),
  CONSTRAINT `files_subtitle_media_id_546cab84_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`),
  CONSTRAINT `files_subtitle_user_id_b0c67dbf_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_tinymcemedia` (
  `id` int NOT NULL AUTO_INCREMENT,
  `file` varchar(100) NOT NULL,
  `uploaded_at` datetime(6) NOT NULL,
  `file_type` varchar(10) NOT NULL,
  `original_filename` varchar(255) NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_tinymcemedia_user_id_ae20a196_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_transcriptionrequest` (
  `id` int NOT NULL AUTO_INCREMENT,
  `add_date` datetime(6) NOT NULL,
  `status` varchar(20) NOT NULL,
  `translate_to_english` tinyint(1) NOT NULL,
  `logs` longtext,
  `media_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_transcriptionrequest_media_id_2bec0e06_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_videotrimrequest` (
  `id` int NOT NULL AUTO_INCREMENT,
  `status` varchar(20) NOT NULL,
  `add_date` datetime(6) NOT NULL,
  `video_action` varchar(20) NOT NULL,
  `media_trim_style` varchar(20) NOT NULL,
  `timestamps` json NOT NULL,
  `media_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_videotrimrequest_media_id_ea51c5f9_fk_files_media_id` FOREIGN KEY (`media_id`) REFERENCES `files_media` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_providers_identityprovidercategorymapping` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `map_to_id` int NOT NULL,
  `identity_provider_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `identity_providers_i_identity_provider_id_74065cde_fk_socialacc` FOREIGN KEY (`identity_provider_id`) REFERENCES `socialaccount_socialapp` (`id`),
  CONSTRAINT `identity_providers_i_map_to_id_a9978005_fk_files_cat` FOREIGN KEY (`map_to_id`) REFERENCES `files_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_providers_identityprovidergrouprole` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `map_to` varchar(20) NOT NULL,
  `identity_provider_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_providers_ident_identity_provider_id_nam_de26b105_uniq` (`identity_provider_id`, `name`),
  CONSTRAINT `identity_providers_i_identity_provider_id_990112e6_fk_socialacc` FOREIGN KEY (`identity_provider_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_providers_identityprovideruserlog` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `logs` longtext,
  `identity_provider_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `identity_providers_i_identity_provider_id_a621c749_fk_socialacc` FOREIGN KEY (`identity_provider_id`) REFERENCES `socialaccount_socialapp` (`id`),
  CONSTRAINT `identity_providers_i_user_id_1f3ac34c_fk_users_use` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_providers_loginoption` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `url` varchar(255) NOT NULL,
  `ordering` int unsigned NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rbac_rbacgroup` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uid` varchar(255) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `identity_provider_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rbac_rbacgroup_name_identity_provider_id_f6aa9fc4_uniq` (`name`, `identity_provider_id`),
  UNIQUE KEY `rbac_rbacgroup_uid_identity_provider_id_1e1618da_uniq` (`uid`, `identity_provider_id`),
  CONSTRAINT `rbac_rbacgroup_identity_provider_id_1967419b_fk_socialacc` FOREIGN KEY (`identity_provider_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_ltiresourcelink` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `context_id` varchar(255) NOT NULL,
  `context_title` varchar(255) NOT NULL,
  `context_label` varchar(100) NOT NULL,
  `resource_link_id` varchar(255) NOT NULL,
  `resource_link_title` varchar(255) NOT NULL,
  `category_id` int,
  `platform_id` bigint NOT NULL,
  `rbac_group_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lti_ltiresourcelink_platform_id_context_id_r_6207e704_uniq` (`platform_id`, `context_id`, `resource_link_id`),
  CONSTRAINT `lti_ltiresourcelink_category_id_521b9aa8_fk_files_category_id` FOREIGN KEY (`category_id`) REFERENCES `files_category` (`id`),
  CONSTRAINT `lti_ltiresourcelink_platform_id_a3563041_fk_lti_ltiplatform_id` FOREIGN KEY (`platform_id`) REFERENCES `lti_ltiplatform` (`id`),
  CONSTRAINT `lti_ltiresourcelink_rbac_group_id_1dcfa749_fk_rbac_rbacgroup_id` FOREIGN KEY (`rbac_group_id`) REFERENCES `rbac_rbacgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_ltilaunchlog` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `launch_type` varchar(50) NOT NULL,
  `success` tinyint(1) NOT NULL,
  `error_message` longtext NOT NULL,
  `claims` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `user_id` int,
  `platform_id` bigint NOT NULL,
  `resource_link_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `lti_ltilaunchlog_platform_id_5557a93c_fk_lti_ltiplatform_id` FOREIGN KEY (`platform_id`) REFERENCES `lti_ltiplatform` (`id`),
  CONSTRAINT `lti_ltilaunchlog_resource_link_id_cdb84de8_fk_lti_ltire` FOREIGN KEY (`resource_link_id`) REFERENCES `lti_ltiresourcelink` (`id`),
  CONSTRAINT `lti_ltilaunchlog_user_id_d6aee979_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_ltirolemapping` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `lti_role` varchar(255) NOT NULL,
  `global_role` varchar(20) NOT NULL,
  `group_role` varchar(20) NOT NULL,
  `platform_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lti_ltirolemapping_platform_id_lti_role_d820123c_uniq` (`platform_id`, `lti_role`),
  CONSTRAINT `lti_ltirolemapping_platform_id_f6ed2e1f_fk_lti_ltiplatform_id` FOREIGN KEY (`platform_id`) REFERENCES `lti_ltiplatform` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_ltitoolkeys` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key_id` varchar(255) NOT NULL,
  `private_key_jwk` json NOT NULL,
  `public_key_jwk` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lti_ltitoolkeys_key_id_key` (`key_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_ltiusermapping` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `lti_user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `platform_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lti_ltiusermapping_platform_id_lti_user_id_ec7efaf5_uniq` (`platform_id`, `lti_user_id`),
  CONSTRAINT `lti_ltiusermapping_platform_id_0d882e7f_fk_lti_ltiplatform_id` FOREIGN KEY (`platform_id`) REFERENCES `lti_ltiplatform` (`id`),
  CONSTRAINT `lti_ltiusermapping_user_id_493b5a87_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rbac_rbacgroup_categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rbacgroup_id` bigint NOT NULL,
  `category_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rbac_rbacgroup_categorie_rbacgroup_id_category_id_c9831943_uniq` (`rbacgroup_id`, `category_id`),
  CONSTRAINT `rbac_rbacgroup_categ_category_id_ac674887_fk_files_cat` FOREIGN KEY (`category_id`) REFERENCES `files_category` (`id`),
  CONSTRAINT `rbac_rbacgroup_categ_rbacgroup_id_11fcc566_fk_rbac_rbac` FOREIGN KEY (`rbacgroup_id`) REFERENCES `rbac_rbacgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rbac_rbacmembership` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `role` varchar(20) NOT NULL,
  `joined_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `rbac_group_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rbac_rbacmembership_user_id_rbac_group_id_role_e7867471_uniq` (`user_id`, `rbac_group_id`, `role`),
  CONSTRAINT `rbac_rbacmembership_rbac_group_id_1be7176f_fk_rbac_rbacgroup_id` FOREIGN KEY (`rbac_group_id`) REFERENCES `rbac_rbacgroup` (`id`),
  CONSTRAINT `rbac_rbacmembership_user_id_2f53bb54_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saml_auth_samlconfiguration` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sso_url` varchar(200) NOT NULL,
  `slo_url` varchar(200) NOT NULL,
  `sp_metadata_url` varchar(200) NOT NULL,
  `idp_id` varchar(200) NOT NULL,
  `idp_cert` longtext NOT NULL,
  `uid` varchar(100) NOT NULL,
  `name` varchar(100),
  `email` varchar(100),
  `groups` varchar(100),
  `first_name` varchar(100),
  `last_name` varchar(100),
  `user_logo` varchar(100),
  `role` varchar(100),
  `verified_email` tinyint(1) NOT NULL,
  `email_authentication` tinyint(1) NOT NULL,
  `remove_from_groups` tinyint(1) NOT NULL,
  `save_saml_response_logs` tinyint(1) NOT NULL,
  `social_app_id` int NOT NULL,
  `sp_cert` longtext,
  `sp_private_key` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `saml_auth_samlconfiguration_social_app_id_idp_id_fa4b7d84_uniq` (`social_app_id`, `idp_id`),
  CONSTRAINT `saml_auth_samlconfig_social_app_id_492f701b_fk_socialacc` FOREIGN KEY (`social_app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(200) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` json NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`, `uid`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6),
  `account_id` int NOT NULL,
  `app_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`, `account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_channel_subscribers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_channel_subscribers_channel_id_user_id_7ddfe9f1_uniq` (`channel_id`, `user_id`),
  CONSTRAINT `users_channel_subscr_channel_id_799e674b_fk_users_cha` FOREIGN KEY (`channel_id`) REFERENCES `users_channel` (`id`),
  CONSTRAINT `users_channel_subscribers_user_id_5ee07707_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_notification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action` varchar(30) NOT NULL,
  `notify` tinyint(1) NOT NULL,
  `method` varchar(20) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_notification_user_id_fed360c8_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_user_id_group_id_b88eab82_uniq` (`user_id`, `group_id`),
  CONSTRAINT `users_user_groups_group_id_9afc8d0e_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `users_user_groups_user_id_5f6f5a90_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_user_permissions_user_id_permission_id_43338c45_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `users_user_user_perm_permission_id_0b93982e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `users_user_user_permissions_user_id_20aca447_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

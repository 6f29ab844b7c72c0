-- Askbot 0.13.0 (Q&A forum, Python / Django)
-- github.com/ASKBOT/askbot-devel, commit 60ab07ffc56175b76b5a8159c23942182e81f874 (tag "release 0.13.0"), GPL-3.0-or-later
-- Made by installing that commit with its declared dependencies (Django 5.2.19, django-avatar 9.0.0,
-- django-followit 0.7.0, django-livesettings3 1.7.0 from PyPI) and running `manage.py migrate` with the
-- INSTALLED_APPS of upstream's settings template (askbot/setup_templates/settings.py.jinja2) into a scratch
-- MariaDB 10.11 database, then reading the tables back with mysqldump --no-data. Column names, order, types,
-- primary, unique and foreign keys are Django's; secondary indexes as Django made them. 46 of the 66 tables kept.
-- Two foreign keys of upstream's reference cycles (post <-> revision, thread <-> accepted answer) are added with
-- ALTER TABLE at the end, as Django's migrations add them.

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB AUTO_INCREMENT=57 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `livesettings_setting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group` varchar(100) NOT NULL,
  `key` varchar(100) NOT NULL,
  `value` varchar(255) NOT NULL,
  `site_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `livesettings_setting_site_id_group_key_d8924013_uniq` (`site_id`,`group`,`key`),
  CONSTRAINT `livesettings_setting_site_id_1506eb42_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_authopenid_association` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_url` longtext NOT NULL,
  `handle` varchar(255) NOT NULL,
  `secret` longtext NOT NULL,
  `issued` int(11) NOT NULL,
  `lifetime` int(11) NOT NULL,
  `assoc_type` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_authopenid_userassociation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `openid_url` varchar(255) NOT NULL,
  `provider_name` varchar(64) NOT NULL,
  `last_used_timestamp` datetime(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_authopenid_useras_openid_url_provider_name_d8e1b1d6_uniq` (`openid_url`,`provider_name`),
  UNIQUE KEY `django_authopenid_useras_user_id_provider_name_2d3db4af_uniq` (`user_id`,`provider_name`),
  CONSTRAINT `django_authopenid_us_user_id_98336b61_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_authopenid_useremailverifier` (
  `key` varchar(255) NOT NULL,
  `value` longtext NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `expires_on` datetime(6) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_authopenid_userpasswordqueue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `new_password` varchar(30) NOT NULL,
  `confirm_key` varchar(40) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `django_authopenid_us_user_id_63fb4d20_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `avatar_avatar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `primary` tinyint(1) NOT NULL,
  `avatar` varchar(1024) NOT NULL,
  `date_uploaded` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `avatar_avatar_user_id_ae13b50b_fk_auth_user_id` (`user_id`),
  CONSTRAINT `avatar_avatar_user_id_ae13b50b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `followit_followrecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(10) unsigned NOT NULL CHECK (`object_id` >= 0),
  `content_type_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `followit_followrecor_content_type_id_78e2b571_fk_django_co` (`content_type_id`),
  KEY `followit_followrecord_user_id_a96c3b54_fk_auth_user_id` (`user_id`),
  KEY `followit_followrecord_object_id_489b4403` (`object_id`),
  CONSTRAINT `followit_followrecor_content_type_id_78e2b571_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `followit_followrecord_user_id_a96c3b54_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_userprofile` (
  `auth_user_ptr_id` int(11) NOT NULL,
  `avatar_urls` longtext NOT NULL,
  `status` varchar(2) NOT NULL,
  `is_fake` tinyint(1) NOT NULL,
  `email_isvalid` tinyint(1) NOT NULL,
  `email_key` varchar(32) DEFAULT NULL,
  `reputation` int(10) unsigned NOT NULL CHECK (`reputation` >= 0),
  `gravatar` varchar(32) NOT NULL,
  `avatar_type` varchar(1) NOT NULL,
  `gold` smallint(6) NOT NULL,
  `silver` smallint(6) NOT NULL,
  `bronze` smallint(6) NOT NULL,
  `last_seen` datetime(6) NOT NULL,
  `real_name` varchar(100) NOT NULL,
  `website` varchar(200) NOT NULL,
  `location` varchar(100) NOT NULL,
  `country` varchar(2) DEFAULT NULL,
  `show_country` tinyint(1) NOT NULL,
  `date_of_birth` date DEFAULT NULL,
  `interesting_tags` longtext NOT NULL,
  `ignored_tags` longtext NOT NULL,
  `subscribed_tags` longtext NOT NULL,
  `email_signature` longtext NOT NULL,
  `show_marked_tags` tinyint(1) NOT NULL,
  `email_tag_filter_strategy` smallint(6) NOT NULL,
  `display_tag_filter_strategy` smallint(6) NOT NULL,
  `new_response_count` int(11) NOT NULL,
  `seen_response_count` int(11) NOT NULL,
  `consecutive_days_visit_count` int(11) NOT NULL,
  `languages` varchar(128) NOT NULL,
  `twitter_access_token` varchar(256) NOT NULL,
  `twitter_handle` varchar(32) NOT NULL,
  `social_sharing_mode` int(11) NOT NULL,
  `primary_language` varchar(16) NOT NULL,
  `email_is_confidential` tinyint(1) NOT NULL,
  PRIMARY KEY (`auth_user_ptr_id`),
  KEY `askbot_userprofile_reputation_da90bc54` (`reputation`),
  KEY `askbot_userprofile_status_9b08a542` (`status`),
  CONSTRAINT `askbot_userprofile_auth_user_ptr_id_eda4026a_fk_auth_user_id` FOREIGN KEY (`auth_user_ptr_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_localizeduserprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `about` longtext NOT NULL,
  `language_code` varchar(16) NOT NULL,
  `auth_user_id` int(11) NOT NULL,
  `is_claimed` tinyint(1) NOT NULL,
  `reputation` int(10) unsigned NOT NULL CHECK (`reputation` >= 0),
  PRIMARY KEY (`id`),
  KEY `askbot_localizeduser_auth_user_id_c370f66d_fk_auth_user` (`auth_user_id`),
  KEY `askbot_localizeduserprofile_is_claimed_992a368b` (`is_claimed`),
  KEY `askbot_localizeduserprofile_language_code_f4d9011d` (`language_code`),
  KEY `askbot_localizeduserprofile_reputation_feb6f756` (`reputation`),
  CONSTRAINT `askbot_localizeduser_auth_user_id_c370f66d_fk_auth_user` FOREIGN KEY (`auth_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_postrevision` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `revision` int(10) unsigned NOT NULL CHECK (`revision` >= 0),
  `revised_at` datetime(6) NOT NULL,
  `summary` varchar(300) NOT NULL,
  `text` longtext NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `approved_at` datetime(6) DEFAULT NULL,
  `by_email` tinyint(1) NOT NULL,
  `email_address` varchar(254) DEFAULT NULL,
  `title` varchar(300) NOT NULL,
  `tagnames` varchar(125) NOT NULL,
  `is_anonymous` tinyint(1) NOT NULL,
  `approved_by_id` int(11) DEFAULT NULL,
  `author_id` int(11) NOT NULL,
  `post_id` int(11) DEFAULT NULL,
  `ip_addr` char(39) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `askbot_postrevision_post_id_revision_1af3fe14_uniq` (`post_id`,`revision`),
  KEY `askbot_postrevision_approved_by_id_36098ac3_fk_auth_user_id` (`approved_by_id`),
  KEY `askbot_postrevision_author_id_f59db5f8_fk_auth_user_id` (`author_id`),
  KEY `askbot_postrevision_approved_8c65b826` (`approved`),
  KEY `askbot_postrevision_ip_addr_4a541dc7` (`ip_addr`),
  CONSTRAINT `askbot_postrevision_approved_by_id_36098ac3_fk_auth_user_id` FOREIGN KEY (`approved_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_postrevision_author_id_f59db5f8_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_thread` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(300) NOT NULL,
  `tagnames` varchar(125) NOT NULL,
  `view_count` int(10) unsigned NOT NULL CHECK (`view_count` >= 0),
  `favourite_count` int(10) unsigned NOT NULL CHECK (`favourite_count` >= 0),
  `answer_count` int(10) unsigned NOT NULL CHECK (`answer_count` >= 0),
  `last_activity_at` datetime(6) NOT NULL,
  `language_code` varchar(16) NOT NULL,
  `closed` tinyint(1) NOT NULL,
  `closed_at` datetime(6) DEFAULT NULL,
  `close_reason` smallint(6) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `added_at` datetime(6) NOT NULL,
  `score` int(11) NOT NULL,
  `accepted_answer_id` int(11) DEFAULT NULL,
  `closed_by_id` int(11) DEFAULT NULL,
  `last_activity_by_id` int(11) NOT NULL,
  `close_reason_text` varchar(256) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_thread_closed_by_id_f8de335a_fk_auth_user_id` (`closed_by_id`),
  KEY `askbot_thread_last_activity_by_id_04ea64ee_fk_auth_user_id` (`last_activity_by_id`),
  KEY `askbot_thread_accepted_answer_id_8978bab6_fk_askbot_post_id` (`accepted_answer_id`),
  KEY `askbot_thread_deleted_bc107bc0` (`deleted`),
  KEY `askbot_thread_approved_0e108bfb` (`approved`),
  CONSTRAINT `askbot_thread_closed_by_id_f8de335a_fk_auth_user_id` FOREIGN KEY (`closed_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_thread_last_activity_by_id_04ea64ee_fk_auth_user_id` FOREIGN KEY (`last_activity_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_post` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `post_type` varchar(255) NOT NULL,
  `old_question_id` int(10) unsigned DEFAULT NULL CHECK (`old_question_id` >= 0),
  `old_answer_id` int(10) unsigned DEFAULT NULL CHECK (`old_answer_id` >= 0),
  `old_comment_id` int(10) unsigned DEFAULT NULL CHECK (`old_comment_id` >= 0),
  `added_at` datetime(6) NOT NULL,
  `endorsed` tinyint(1) NOT NULL,
  `endorsed_at` datetime(6) DEFAULT NULL,
  `approved` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `wiki` tinyint(1) NOT NULL,
  `wikified_at` datetime(6) DEFAULT NULL,
  `locked` tinyint(1) NOT NULL,
  `locked_at` datetime(6) DEFAULT NULL,
  `score` int(11) NOT NULL,
  `vote_up_count` int(11) NOT NULL,
  `vote_down_count` int(11) NOT NULL,
  `comment_count` int(10) unsigned NOT NULL CHECK (`comment_count` >= 0),
  `offensive_flag_count` smallint(6) NOT NULL,
  `last_edited_at` datetime(6) DEFAULT NULL,
  `html` longtext DEFAULT NULL,
  `text` longtext DEFAULT NULL,
  `language_code` varchar(16) NOT NULL,
  `summary` longtext DEFAULT NULL,
  `is_anonymous` tinyint(1) NOT NULL,
  `author_id` int(11) NOT NULL,
  `current_revision_id` int(11) DEFAULT NULL,
  `deleted_by_id` int(11) DEFAULT NULL,
  `endorsed_by_id` int(11) DEFAULT NULL,
  `last_edited_by_id` int(11) DEFAULT NULL,
  `locked_by_id` int(11) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `thread_id` int(11) DEFAULT NULL,
  `marked_as_spam` tinyint(1) NOT NULL,
  `marked_as_spam_at` datetime(6) DEFAULT NULL,
  `marked_as_spam_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `old_question_id` (`old_question_id`),
  UNIQUE KEY `old_answer_id` (`old_answer_id`),
  UNIQUE KEY `old_comment_id` (`old_comment_id`),
  KEY `askbot_post_author_id_ae3b8782_fk_auth_user_id` (`author_id`),
  KEY `askbot_post_current_revision_id_1ff308e9_fk_askbot_po` (`current_revision_id`),
  KEY `askbot_post_deleted_by_id_20d25113_fk_auth_user_id` (`deleted_by_id`),
  KEY `askbot_post_endorsed_by_id_f23c408a_fk_auth_user_id` (`endorsed_by_id`),
  KEY `askbot_post_last_edited_by_id_c7bbf55d_fk_auth_user_id` (`last_edited_by_id`),
  KEY `askbot_post_locked_by_id_d5095ba0_fk_auth_user_id` (`locked_by_id`),
  KEY `askbot_post_parent_id_504d8620_fk_askbot_post_id` (`parent_id`),
  KEY `askbot_post_thread_id_6fec0081_fk_askbot_thread_id` (`thread_id`),
  KEY `askbot_post_post_type_81a38adf` (`post_type`),
  KEY `askbot_post_endorsed_ca5ae225` (`endorsed`),
  KEY `askbot_post_approved_76ff3d65` (`approved`),
  KEY `askbot_post_deleted_827f57a9` (`deleted`),
  KEY `askbot_post_marked_as_spam_by_id_a7438350_fk_auth_user_id` (`marked_as_spam_by_id`),
  KEY `askbot_post_marked_as_spam_748fec8c` (`marked_as_spam`),
  CONSTRAINT `askbot_post_author_id_ae3b8782_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_post_current_revision_id_1ff308e9_fk_askbot_po` FOREIGN KEY (`current_revision_id`) REFERENCES `askbot_postrevision` (`id`),
  CONSTRAINT `askbot_post_deleted_by_id_20d25113_fk_auth_user_id` FOREIGN KEY (`deleted_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_post_endorsed_by_id_f23c408a_fk_auth_user_id` FOREIGN KEY (`endorsed_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_post_last_edited_by_id_c7bbf55d_fk_auth_user_id` FOREIGN KEY (`last_edited_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_post_locked_by_id_d5095ba0_fk_auth_user_id` FOREIGN KEY (`locked_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_post_marked_as_spam_by_id_a7438350_fk_auth_user_id` FOREIGN KEY (`marked_as_spam_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_post_parent_id_504d8620_fk_askbot_post_id` FOREIGN KEY (`parent_id`) REFERENCES `askbot_post` (`id`),
  CONSTRAINT `askbot_post_thread_id_6fec0081_fk_askbot_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `askbot_thread` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_thread_followed_by` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `thread_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `askbot_thread_followed_by_thread_id_user_id_52318a0e_uniq` (`thread_id`,`user_id`),
  KEY `askbot_thread_followed_by_user_id_11353353_fk_auth_user_id` (`user_id`),
  CONSTRAINT `askbot_thread_followed_by_thread_id_db064173_fk_askbot_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `askbot_thread` (`id`),
  CONSTRAINT `askbot_thread_followed_by_user_id_11353353_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `language_code` varchar(16) NOT NULL,
  `status` smallint(6) NOT NULL,
  `used_count` int(10) unsigned NOT NULL CHECK (`used_count` >= 0),
  `deleted` tinyint(1) NOT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `created_by_id` int(11) NOT NULL,
  `deleted_by_id` int(11) DEFAULT NULL,
  `tag_wiki_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_name_language_code_0b25b5ea_uniq` (`name`,`language_code`),
  UNIQUE KEY `tag_wiki_id` (`tag_wiki_id`),
  KEY `tag_created_by_id_6de6b378_fk_auth_user_id` (`created_by_id`),
  KEY `tag_deleted_by_id_53a87c8d_fk_auth_user_id` (`deleted_by_id`),
  CONSTRAINT `tag_created_by_id_6de6b378_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tag_deleted_by_id_53a87c8d_fk_auth_user_id` FOREIGN KEY (`deleted_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tag_tag_wiki_id_c24a1b51_fk_askbot_post_id` FOREIGN KEY (`tag_wiki_id`) REFERENCES `askbot_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_thread_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `thread_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `askbot_thread_tags_thread_id_tag_id_92a9a0e8_uniq` (`thread_id`,`tag_id`),
  KEY `askbot_thread_tags_tag_id_b47b3513_fk_tag_id` (`tag_id`),
  CONSTRAINT `askbot_thread_tags_tag_id_b47b3513_fk_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `askbot_thread_tags_thread_id_614d02c6_fk_askbot_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `askbot_thread` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_markedtag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reason` varchar(16) NOT NULL,
  `tag_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_markedtag_tag_id_c68fa3c0_fk_tag_id` (`tag_id`),
  KEY `askbot_markedtag_user_id_906b8f52_fk_auth_user_id` (`user_id`),
  CONSTRAINT `askbot_markedtag_tag_id_c68fa3c0_fk_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `askbot_markedtag_user_id_906b8f52_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_anonymousquestion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_key` varchar(40) NOT NULL,
  `wiki` tinyint(1) NOT NULL,
  `added_at` datetime(6) NOT NULL,
  `ip_addr` char(39) NOT NULL,
  `text` longtext NOT NULL,
  `title` varchar(300) NOT NULL,
  `tagnames` varchar(125) NOT NULL,
  `is_anonymous` tinyint(1) NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_anonymousquestion_author_id_604c6aad_fk_auth_user_id` (`author_id`),
  CONSTRAINT `askbot_anonymousquestion_author_id_604c6aad_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_anonymousanswer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_key` varchar(40) NOT NULL,
  `wiki` tinyint(1) NOT NULL,
  `added_at` datetime(6) NOT NULL,
  `ip_addr` char(39) NOT NULL,
  `text` longtext NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  `question_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_anonymousanswer_author_id_73fdae7c_fk_auth_user_id` (`author_id`),
  KEY `askbot_anonymousanswer_question_id_0272b6a0_fk_askbot_post_id` (`question_id`),
  CONSTRAINT `askbot_anonymousanswer_author_id_73fdae7c_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_anonymousanswer_question_id_0272b6a0_fk_askbot_post_id` FOREIGN KEY (`question_id`) REFERENCES `askbot_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_draftquestion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(300) DEFAULT NULL,
  `text` longtext DEFAULT NULL,
  `tagnames` varchar(125) DEFAULT NULL,
  `author_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_draftquestion_author_id_f42d14a1_fk_auth_user_id` (`author_id`),
  CONSTRAINT `askbot_draftquestion_author_id_f42d14a1_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_draftanswer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` longtext DEFAULT NULL,
  `author_id` int(11) NOT NULL,
  `thread_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_draftanswer_author_id_5dbbbd3a_fk_auth_user_id` (`author_id`),
  KEY `askbot_draftanswer_thread_id_edaa7257_fk_askbot_thread_id` (`thread_id`),
  CONSTRAINT `askbot_draftanswer_author_id_5dbbbd3a_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_draftanswer_thread_id_edaa7257_fk_askbot_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `askbot_thread` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_emailfeedsetting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `feed_type` varchar(16) NOT NULL,
  `frequency` varchar(8) NOT NULL,
  `added_at` datetime(6) NOT NULL,
  `reported_at` datetime(6) DEFAULT NULL,
  `subscriber_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `askbot_emailfeedsetting_subscriber_id_feed_type_c65ccd42_uniq` (`subscriber_id`,`feed_type`),
  CONSTRAINT `askbot_emailfeedsetting_subscriber_id_7e966bd8_fk_auth_user_id` FOREIGN KEY (`subscriber_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_message_user_id_61c39ac0_fk_auth_user_id` (`user_id`),
  CONSTRAINT `askbot_message_user_id_61c39ac0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_questionview` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `when` datetime(6) NOT NULL,
  `question_id` int(11) NOT NULL,
  `who_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_questionview_who_id_9d6373ef_fk_auth_user_id` (`who_id`),
  KEY `askbot_questionview_question_id_da418736_fk_askbot_post_id` (`question_id`),
  CONSTRAINT `askbot_questionview_question_id_da418736_fk_askbot_post_id` FOREIGN KEY (`question_id`) REFERENCES `askbot_post` (`id`),
  CONSTRAINT `askbot_questionview_who_id_9d6373ef_fk_auth_user_id` FOREIGN KEY (`who_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_replyaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address` varchar(25) NOT NULL,
  `reply_action` varchar(32) NOT NULL,
  `allowed_from_email` varchar(150) NOT NULL,
  `used_at` datetime(6) DEFAULT NULL,
  `post_id` int(11) DEFAULT NULL,
  `response_post_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `address` (`address`),
  KEY `askbot_replyaddress_user_id_273cf3e5_fk_auth_user_id` (`user_id`),
  KEY `askbot_replyaddress_post_id_a8d28ba4_fk_askbot_post_id` (`post_id`),
  KEY `askbot_replyaddress_response_post_id_c7e61350_fk_askbot_post_id` (`response_post_id`),
  CONSTRAINT `askbot_replyaddress_post_id_a8d28ba4_fk_askbot_post_id` FOREIGN KEY (`post_id`) REFERENCES `askbot_post` (`id`),
  CONSTRAINT `askbot_replyaddress_response_post_id_c7e61350_fk_askbot_post_id` FOREIGN KEY (`response_post_id`) REFERENCES `askbot_post` (`id`),
  CONSTRAINT `askbot_replyaddress_user_id_273cf3e5_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `askbot_role_user_id_role_310190a3_uniq` (`user_id`,`role`),
  CONSTRAINT `askbot_role_user_id_958c4ec4_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip_address` char(39) DEFAULT NULL,
  `user_agent` varchar(512) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `last_summarized_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_session_user_id_18be06d0_fk_auth_user_id` (`user_id`),
  CONSTRAINT `askbot_session_user_id_18be06d0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_type` smallint(6) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `object_id` int(10) unsigned NOT NULL CHECK (`object_id` >= 0),
  `content_type_id` int(11) NOT NULL,
  `session_id` int(11) NOT NULL,
  `summarized` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_event_content_type_id_e94bb8f2_fk_django_content_type_id` (`content_type_id`),
  KEY `askbot_event_session_id_c092d5e7_fk_askbot_session_id` (`session_id`),
  KEY `askbot_event_object_id_7b88ce64` (`object_id`),
  CONSTRAINT `askbot_event_content_type_id_e94bb8f2_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `askbot_event_session_id_c092d5e7_fk_askbot_session_id` FOREIGN KEY (`session_id`) REFERENCES `askbot_session` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_group` (
  `group_ptr_id` int(11) NOT NULL,
  `logo_url` varchar(200) DEFAULT NULL,
  `moderate_email` tinyint(1) NOT NULL,
  `openness` smallint(6) NOT NULL,
  `preapproved_emails` longtext DEFAULT NULL,
  `preapproved_email_domains` longtext DEFAULT NULL,
  `read_only` tinyint(1) NOT NULL,
  `description_id` int(11) DEFAULT NULL,
  `can_post_answers` tinyint(1) NOT NULL,
  `can_post_comments` tinyint(1) NOT NULL,
  `can_post_questions` tinyint(1) NOT NULL,
  `can_upload_attachments` tinyint(1) NOT NULL,
  `can_upload_images` tinyint(1) NOT NULL,
  `visibility` smallint(6) NOT NULL,
  `used_for_analytics` tinyint(1) NOT NULL,
  PRIMARY KEY (`group_ptr_id`),
  UNIQUE KEY `description_id` (`description_id`),
  CONSTRAINT `askbot_group_description_id_ebd67fe5_fk_askbot_post_id` FOREIGN KEY (`description_id`) REFERENCES `askbot_post` (`id`),
  CONSTRAINT `askbot_group_group_ptr_id_aee77467_fk_auth_group_id` FOREIGN KEY (`group_ptr_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_groupmembership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `level` smallint(6) NOT NULL,
  `group_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `askbot_groupmembership_group_id_user_id_3917ef03_uniq` (`group_id`,`user_id`),
  KEY `askbot_groupmembership_user_id_a6786ed4_fk_auth_user_id` (`user_id`),
  CONSTRAINT `askbot_groupmembership_group_id_eea109ef_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `askbot_groupmembership_user_id_a6786ed4_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_postflagreason` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `added_at` datetime(6) NOT NULL,
  `title` varchar(128) NOT NULL,
  `author_id` int(11) NOT NULL,
  `details_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_postflagreason_author_id_79e97ce7_fk_auth_user_id` (`author_id`),
  KEY `askbot_postflagreason_details_id_6326327f_fk_askbot_post_id` (`details_id`),
  CONSTRAINT `askbot_postflagreason_author_id_79e97ce7_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `askbot_postflagreason_details_id_6326327f_fk_askbot_post_id` FOREIGN KEY (`details_id`) REFERENCES `askbot_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_dailyusersummary` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `num_questions` int(10) unsigned NOT NULL CHECK (`num_questions` >= 0),
  `num_answers` int(10) unsigned NOT NULL CHECK (`num_answers` >= 0),
  `num_upvotes` int(10) unsigned NOT NULL CHECK (`num_upvotes` >= 0),
  `num_downvotes` int(10) unsigned NOT NULL CHECK (`num_downvotes` >= 0),
  `question_views` int(10) unsigned NOT NULL CHECK (`question_views` >= 0),
  `time_on_site` bigint(20) NOT NULL,
  `date` date NOT NULL,
  `user_id` int(11) NOT NULL,
  `summarized` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `askbot_dailyusersummary_user_id_accd98c9_fk_auth_user_id` (`user_id`),
  KEY `askbot_dailyusersummary_date_9a551eef` (`date`),
  CONSTRAINT `askbot_dailyusersummary_user_id_accd98c9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_dailygroupsummary` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `num_questions` int(10) unsigned NOT NULL CHECK (`num_questions` >= 0),
  `num_answers` int(10) unsigned NOT NULL CHECK (`num_answers` >= 0),
  `num_upvotes` int(10) unsigned NOT NULL CHECK (`num_upvotes` >= 0),
  `num_downvotes` int(10) unsigned NOT NULL CHECK (`num_downvotes` >= 0),
  `question_views` int(10) unsigned NOT NULL CHECK (`question_views` >= 0),
  `time_on_site` bigint(20) NOT NULL,
  `date` date NOT NULL,
  `num_users` int(10) unsigned NOT NULL CHECK (`num_users` >= 0),
  `group_id` int(11) NOT NULL,
  `summarized` tinyint(1) NOT NULL,
  `num_users_added` int(10) unsigned NOT NULL CHECK (`num_users_added` >= 0),
  PRIMARY KEY (`id`),
  KEY `askbot_dailygroupsum_group_id_69b019a8_fk_askbot_gr` (`group_id`),
  KEY `askbot_dailygroupsummary_date_237ee0c0` (`date`),
  CONSTRAINT `askbot_dailygroupsum_group_id_69b019a8_fk_askbot_gr` FOREIGN KEY (`group_id`) REFERENCES `askbot_group` (`group_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `activity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activity_type` smallint(6) NOT NULL,
  `active_at` datetime(6) NOT NULL,
  `object_id` int(10) unsigned NOT NULL CHECK (`object_id` >= 0),
  `is_auditted` tinyint(1) NOT NULL,
  `summary` longtext NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `question_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `activity_question_id_ec96bf1d_fk_askbot_post_id` (`question_id`),
  KEY `activity_user_id_02da5096_fk_auth_user_id` (`user_id`),
  KEY `activity_content_type_id_425890d6_fk_django_content_type_id` (`content_type_id`),
  KEY `activity_activity_type_04cbd219` (`activity_type`),
  KEY `activity_object_id_a57f88df` (`object_id`),
  CONSTRAINT `activity_content_type_id_425890d6_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `activity_question_id_ec96bf1d_fk_askbot_post_id` FOREIGN KEY (`question_id`) REFERENCES `askbot_post` (`id`),
  CONSTRAINT `activity_user_id_02da5096_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_activityauditstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` smallint(6) NOT NULL,
  `activity_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `askbot_activityauditstatus_user_id_activity_id_ed4bc869_uniq` (`user_id`,`activity_id`),
  KEY `askbot_activityauditstatus_activity_id_a28a9b20_fk_activity_id` (`activity_id`),
  CONSTRAINT `askbot_activityauditstatus_activity_id_a28a9b20_fk_activity_id` FOREIGN KEY (`activity_id`) REFERENCES `activity` (`id`),
  CONSTRAINT `askbot_activityauditstatus_user_id_a71a539b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `askbot_badgedata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slug` varchar(50) NOT NULL,
  `awarded_count` int(10) unsigned NOT NULL CHECK (`awarded_count` >= 0),
  `display_order` int(10) unsigned NOT NULL CHECK (`display_order` >= 0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `award` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(10) unsigned NOT NULL CHECK (`object_id` >= 0),
  `awarded_at` datetime(6) NOT NULL,
  `notified` tinyint(1) NOT NULL,
  `badge_id` int(11) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `award_badge_id_15951647_fk_askbot_badgedata_id` (`badge_id`),
  KEY `award_content_type_id_9e4a3eaf_fk_django_content_type_id` (`content_type_id`),
  KEY `award_user_id_67c81a8b_fk_auth_user_id` (`user_id`),
  CONSTRAINT `award_badge_id_15951647_fk_askbot_badgedata_id` FOREIGN KEY (`badge_id`) REFERENCES `askbot_badgedata` (`id`),
  CONSTRAINT `award_content_type_id_9e4a3eaf_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `award_user_id_67c81a8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `repute` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `positive` smallint(6) NOT NULL,
  `negative` smallint(6) NOT NULL,
  `reputed_at` datetime(6) NOT NULL,
  `reputation_type` smallint(6) NOT NULL,
  `reputation` int(11) NOT NULL,
  `comment` varchar(128) DEFAULT NULL,
  `question_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `language_code` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `repute_user_id_bc1ed8c9_fk_auth_user_id` (`user_id`),
  KEY `repute_question_id_24235cf9_fk_askbot_post_id` (`question_id`),
  CONSTRAINT `repute_question_id_24235cf9_fk_askbot_post_id` FOREIGN KEY (`question_id`) REFERENCES `askbot_post` (`id`),
  CONSTRAINT `repute_user_id_bc1ed8c9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `vote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vote` smallint(6) NOT NULL,
  `voted_at` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `voted_post_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vote_user_id_voted_post_id_ceb4cd7c_uniq` (`user_id`,`voted_post_id`),
  KEY `vote_voted_post_id_240db6e0_fk_askbot_post_id` (`voted_post_id`),
  CONSTRAINT `vote_user_id_07cb69ee_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `vote_voted_post_id_240db6e0_fk_askbot_post_id` FOREIGN KEY (`voted_post_id`) REFERENCES `askbot_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `favorite_question` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `added_at` datetime(6) NOT NULL,
  `thread_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `favorite_question_thread_id_5cfc51dd_fk_askbot_thread_id` (`thread_id`),
  KEY `favorite_question_user_id_be71227c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `favorite_question_thread_id_5cfc51dd_fk_askbot_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `askbot_thread` (`id`),
  CONSTRAINT `favorite_question_user_id_be71227c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

ALTER TABLE `askbot_postrevision` ADD CONSTRAINT `askbot_postrevision_post_id_3862ad67_fk_askbot_post_id` FOREIGN KEY (`post_id`) REFERENCES `askbot_post` (`id`);
ALTER TABLE `askbot_thread` ADD CONSTRAINT `askbot_thread_accepted_answer_id_8978bab6_fk_askbot_post_id` FOREIGN KEY (`accepted_answer_id`) REFERENCES `askbot_post` (`id`);

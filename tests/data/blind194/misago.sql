-- Misago 0.39.6 (Django forum), github.com/rafalp/Misago tag 0.39.6 = commit 24800c79db35e9466d58785766222bab07aaa24f
-- (GPL-2.0). Misago runs on PostgreSQL only: the migrations of every installed app (devproject/settings.py:
-- Misago's apps, Django's auth/admin/sessions/contenttypes, social_django) were applied to PostgreSQL 15
-- (`manage.py migrate`) and the resulting tables written as MySQL DDL: column order as created, types as
-- Django maps its fields on MySQL (boolean -> TINYINT(1), text -> LONGTEXT, timestamptz -> DATETIME(6),
-- inet -> CHAR(39), jsonb -> JSON); PostgreSQL-only types: hstore and integer[] -> JSON, tsvector -> LONGTEXT;
-- primary, unique and foreign keys as in the database; other indexes left out.
-- 49 of the 61 tables kept. Left out: auth_group, auth_group_permissions, auth_permission and the two unused
-- PermissionsMixin links misago_users_user_groups / misago_users_user_user_permissions (Django's permission
-- plumbing, not used by Misago's ACL), misago_themes_css, misago_themes_media, misago_icons_icon,
-- misago_threads_attachmenttype_limit_downloads_to / _limit_uploads_to, social_auth_association,
-- social_auth_nonce (OpenID consumer store). Foreign keys to those tables dropped. The foreign keys form cycles
-- (category -> last thread -> first/last post -> category), hence FOREIGN_KEY_CHECKS=0 while loading.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_rank` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `description` LONGTEXT NULL,
  `title` VARCHAR(255) NULL,
  `css_class` VARCHAR(255) NULL,
  `is_default` TINYINT(1) NOT NULL,
  `is_tab` TINYINT(1) NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `misago_users_rank_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6) NULL,
  `username` VARCHAR(30) NOT NULL,
  `slug` VARCHAR(30) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `email_hash` VARCHAR(32) NOT NULL,
  `joined_on` DATETIME(6) NOT NULL,
  `joined_from_ip` CHAR(39) NULL,
  `is_hiding_presence` TINYINT(1) NOT NULL,
  `title` VARCHAR(255) NULL,
  `requires_activation` INT NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `acl_key` VARCHAR(12) NULL,
  `is_active` TINYINT(1) NOT NULL,
  `is_active_staff_message` LONGTEXT NULL,
  `avatar_tmp` VARCHAR(255) NULL,
  `avatar_src` VARCHAR(255) NULL,
  `avatar_crop` VARCHAR(255) NULL,
  `avatars` JSON NULL,
  `is_avatar_locked` TINYINT(1) NOT NULL,
  `avatar_lock_user_message` LONGTEXT NULL,
  `avatar_lock_staff_message` LONGTEXT NULL,
  `signature` LONGTEXT NULL,
  `signature_parsed` LONGTEXT NULL,
  `signature_checksum` VARCHAR(64) NULL,
  `is_signature_locked` TINYINT(1) NOT NULL,
  `signature_lock_user_message` LONGTEXT NULL,
  `signature_lock_staff_message` LONGTEXT NULL,
  `following` INT NOT NULL,
  `followers` INT NOT NULL,
  `limits_private_thread_invites_to` INT NOT NULL,
  `unread_private_threads` INT NOT NULL,
  `sync_unread_private_threads` TINYINT(1) NOT NULL,
  `subscribe_to_started_threads` INT NOT NULL,
  `subscribe_to_replied_threads` INT NOT NULL,
  `threads` INT NOT NULL,
  `posts` INT NOT NULL,
  `last_posted_on` DATETIME(6) NULL,
  `rank_id` INT NULL,
  `profile_fields` JSON NOT NULL,
  `is_deleting_account` TINYINT(1) NOT NULL,
  `agreements` JSON NOT NULL,
  `notify_new_private_threads_by_followed` INT NOT NULL,
  `notify_new_private_threads_by_other_users` INT NOT NULL,
  `unread_notifications` INT NOT NULL,
  `watch_new_private_threads_by_followed` INT NOT NULL,
  `watch_new_private_threads_by_other_users` INT NOT NULL,
  `watch_replied_threads` INT NOT NULL,
  `watch_started_threads` INT NOT NULL,
  `plugin_data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `misago_users_user_email_hash_key` (`email_hash`),
  UNIQUE KEY `misago_users_user_slug_key` (`slug`),
  CONSTRAINT `misago_users_user_rank_id_25883ca9_fk_misago_users_rank_id` FOREIGN KEY (`rank_id`) REFERENCES `misago_users_rank` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` LONGTEXT NULL,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` LONGTEXT NOT NULL,
  `content_type_id` INT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_misago_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `applied` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_acl_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `special_role` VARCHAR(255) NULL,
  `permissions` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_cache_cacheversion` (
  `cache` VARCHAR(128) NOT NULL,
  `version` VARCHAR(8) NOT NULL,
  PRIMARY KEY (`cache`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_post` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `poster_name` VARCHAR(255) NOT NULL,
  `original` LONGTEXT NOT NULL,
  `parsed` LONGTEXT NOT NULL,
  `checksum` VARCHAR(64) NOT NULL,
  `attachments_cache` JSON NULL,
  `posted_on` DATETIME(6) NOT NULL,
  `updated_on` DATETIME(6) NOT NULL,
  `edits` INT NOT NULL,
  `last_editor_name` VARCHAR(255) NULL,
  `last_editor_slug` VARCHAR(255) NULL,
  `hidden_by_id` INT NULL,
  `hidden_by_name` VARCHAR(255) NULL,
  `hidden_by_slug` VARCHAR(255) NULL,
  `hidden_on` DATETIME(6) NOT NULL,
  `has_reports` TINYINT(1) NOT NULL,
  `has_open_reports` TINYINT(1) NOT NULL,
  `is_unapproved` TINYINT(1) NOT NULL,
  `is_hidden` TINYINT(1) NOT NULL,
  `is_protected` TINYINT(1) NOT NULL,
  `category_id` INT NOT NULL,
  `last_editor_id` INT NULL,
  `poster_id` INT NULL,
  `is_event` TINYINT(1) NOT NULL,
  `event_type` VARCHAR(255) NULL,
  `event_context` JSON NULL,
  `likes` INT NOT NULL,
  `last_likes` JSON NULL,
  `search_document` LONGTEXT NULL,
  `search_vector` LONGTEXT NOT NULL,
  `thread_id` INT NOT NULL,
  `plugin_data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_threads_post_category_id_79f7f0ef_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_threads_post_hidden_by_id_452f0812_fk_misago_us` FOREIGN KEY (`hidden_by_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_threads_post_last_editor_id_56e47ea4_fk_misago_us` FOREIGN KEY (`last_editor_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_threads_post_poster_id_b3163b03_fk_misago_users_user_id` FOREIGN KEY (`poster_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_threads_post_thread_id_8083899e_fk_misago_th` FOREIGN KEY (`thread_id`) REFERENCES `misago_threads_thread` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_thread` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `replies` INT NOT NULL,
  `has_events` TINYINT(1) NOT NULL,
  `has_poll` TINYINT(1) NOT NULL,
  `has_reported_posts` TINYINT(1) NOT NULL,
  `has_open_reports` TINYINT(1) NOT NULL,
  `has_unapproved_posts` TINYINT(1) NOT NULL,
  `has_hidden_posts` TINYINT(1) NOT NULL,
  `started_on` DATETIME(6) NOT NULL,
  `starter_name` VARCHAR(255) NOT NULL,
  `starter_slug` VARCHAR(255) NOT NULL,
  `last_post_is_event` TINYINT(1) NOT NULL,
  `last_post_on` DATETIME(6) NOT NULL,
  `last_poster_name` VARCHAR(255) NULL,
  `last_poster_slug` VARCHAR(255) NULL,
  `weight` INT NOT NULL,
  `is_unapproved` TINYINT(1) NOT NULL,
  `is_hidden` TINYINT(1) NOT NULL,
  `is_closed` TINYINT(1) NOT NULL,
  `first_post_id` INT NULL,
  `category_id` INT NOT NULL,
  `last_post_id` INT NULL,
  `last_poster_id` INT NULL,
  `starter_id` INT NULL,
  `best_answer_id` INT NULL,
  `best_answer_is_protected` TINYINT(1) NOT NULL,
  `best_answer_marked_by_id` INT NULL,
  `best_answer_marked_by_name` VARCHAR(255) NULL,
  `best_answer_marked_by_slug` VARCHAR(255) NULL,
  `best_answer_marked_on` DATETIME(6) NULL,
  `plugin_data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_threads_threa_best_answer_id_1d0866b5_fk_misago_th` FOREIGN KEY (`best_answer_id`) REFERENCES `misago_threads_post` (`id`),
  CONSTRAINT `misago_threads_threa_best_answer_marked_b_68c446a1_fk_misago_us` FOREIGN KEY (`best_answer_marked_by_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_threads_threa_category_id_e3266490_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_threads_threa_first_post_id_b8139d81_fk_misago_th` FOREIGN KEY (`first_post_id`) REFERENCES `misago_threads_post` (`id`),
  CONSTRAINT `misago_threads_threa_last_post_id_c638dfb4_fk_misago_th` FOREIGN KEY (`last_post_id`) REFERENCES `misago_threads_post` (`id`),
  CONSTRAINT `misago_threads_threa_last_poster_id_4fa32da6_fk_misago_us` FOREIGN KEY (`last_poster_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_threads_threa_starter_id_7974db8c_fk_misago_us` FOREIGN KEY (`starter_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_categories_category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `special_role` VARCHAR(255) NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `description` LONGTEXT NULL,
  `is_closed` TINYINT(1) NOT NULL,
  `threads` INT NOT NULL,
  `posts` INT NOT NULL,
  `last_thread_title` VARCHAR(255) NULL,
  `last_thread_slug` VARCHAR(255) NULL,
  `last_poster_name` VARCHAR(255) NULL,
  `last_poster_slug` VARCHAR(255) NULL,
  `last_post_on` DATETIME(6) NULL,
  `prune_started_after` INT NOT NULL,
  `prune_replied_after` INT NOT NULL,
  `css_class` VARCHAR(255) NULL,
  `lft` INT NOT NULL,
  `rght` INT NOT NULL,
  `tree_id` INT NOT NULL,
  `level` INT NOT NULL,
  `archive_pruned_in_id` INT NULL,
  `last_poster_id` INT NULL,
  `parent_id` INT NULL,
  `last_thread_id` INT NULL,
  `require_edits_approval` TINYINT(1) NOT NULL,
  `require_replies_approval` TINYINT(1) NOT NULL,
  `require_threads_approval` TINYINT(1) NOT NULL,
  `color` VARCHAR(7) NULL,
  `short_name` VARCHAR(255) NULL,
  `plugin_data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_categories_ca_archive_pruned_in_id_e8c49844_fk_misago_ca` FOREIGN KEY (`archive_pruned_in_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_categories_ca_last_poster_id_96db3f03_fk_misago_us` FOREIGN KEY (`last_poster_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_categories_ca_last_thread_id_44625647_fk_misago_th` FOREIGN KEY (`last_thread_id`) REFERENCES `misago_threads_thread` (`id`),
  CONSTRAINT `misago_categories_ca_parent_id_1d85cfdc_fk_misago_ca` FOREIGN KEY (`parent_id`) REFERENCES `misago_categories_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_categories_categoryrole` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `special_role` VARCHAR(255) NULL,
  `permissions` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_categories_rolecategoryacl` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `category_id` INT NOT NULL,
  `category_role_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_categories_ro_category_id_99c2a9bb_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_categories_ro_category_role_id_d3558bd9_fk_misago_ca` FOREIGN KEY (`category_role_id`) REFERENCES `misago_categories_categoryrole` (`id`),
  CONSTRAINT `misago_categories_ro_role_id_9e172a55_fk_misago_ac` FOREIGN KEY (`role_id`) REFERENCES `misago_acl_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_conf_setting` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `setting` VARCHAR(255) NOT NULL,
  `dry_value` LONGTEXT NULL,
  `python_type` VARCHAR(255) NOT NULL,
  `is_public` TINYINT(1) NOT NULL,
  `is_lazy` TINYINT(1) NOT NULL,
  `image` VARCHAR(100) NULL,
  `image_size` INT NULL,
  `image_width` INT NULL,
  `image_height` INT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `misago_conf_setting_setting_key` (`setting`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_legal_agreement` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(20) NOT NULL,
  `title` VARCHAR(255) NULL,
  `link` VARCHAR(255) NULL,
  `text` LONGTEXT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `created_on` DATETIME(6) NOT NULL,
  `created_by_name` VARCHAR(255) NULL,
  `last_modified_on` DATETIME(6) NULL,
  `last_modified_by_name` VARCHAR(255) NULL,
  `created_by_id` INT NULL,
  `last_modified_by_id` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_legal_agreeme_created_by_id_0c1cd0f5_fk_misago_us` FOREIGN KEY (`created_by_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_legal_agreeme_last_modified_by_id_a300296b_fk_misago_us` FOREIGN KEY (`last_modified_by_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_legal_useragreement` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `accepted_on` DATETIME(6) NOT NULL,
  `agreement_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_legal_useragr_agreement_id_654abb8d_fk_misago_le` FOREIGN KEY (`agreement_id`) REFERENCES `misago_legal_agreement` (`id`),
  CONSTRAINT `misago_legal_useragr_user_id_89d96747_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_menus_menuitem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `url` VARCHAR(200) NOT NULL,
  `menu` VARCHAR(6) NOT NULL,
  `order` INT NOT NULL,
  `css_class` VARCHAR(255) NULL,
  `target_blank` TINYINT(1) NOT NULL,
  `rel` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_notifications_notification` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `verb` VARCHAR(32) NOT NULL,
  `is_read` TINYINT(1) NOT NULL,
  `actor_name` VARCHAR(255) NULL,
  `thread_title` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `actor_id` INT NULL,
  `category_id` INT NULL,
  `post_id` INT NULL,
  `thread_id` INT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_notifications_actor_id_3cf6f64f_fk_misago_us` FOREIGN KEY (`actor_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_notifications_category_id_a925de97_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_notifications_post_id_6e79511b_fk_misago_th` FOREIGN KEY (`post_id`) REFERENCES `misago_threads_post` (`id`),
  CONSTRAINT `misago_notifications_thread_id_4c9beb15_fk_misago_th` FOREIGN KEY (`thread_id`) REFERENCES `misago_threads_thread` (`id`),
  CONSTRAINT `misago_notifications_user_id_6cfe613d_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_notifications_watchedthread` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `send_emails` TINYINT(1) NOT NULL,
  `secret` VARCHAR(32) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `read_at` DATETIME(6) NOT NULL,
  `category_id` INT NOT NULL,
  `thread_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_notifications_category_id_fb4801f2_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_notifications_thread_id_1b969b89_fk_misago_th` FOREIGN KEY (`thread_id`) REFERENCES `misago_threads_thread` (`id`),
  CONSTRAINT `misago_notifications_user_id_9f3b65ea_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_oauth2_subject` (
  `sub` VARCHAR(36) NOT NULL,
  `created_on` DATETIME(6) NOT NULL,
  `last_used_on` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`sub`),
  CONSTRAINT `misago_oauth2_subject_user_id_a623087c_fk_misago_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_readtracker_postread` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `last_read_on` DATETIME(6) NOT NULL,
  `category_id` INT NOT NULL,
  `post_id` INT NOT NULL,
  `thread_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_readtracker_p_category_id_bb74f821_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_readtracker_p_post_id_2be75383_fk_misago_th` FOREIGN KEY (`post_id`) REFERENCES `misago_threads_post` (`id`),
  CONSTRAINT `misago_readtracker_p_thread_id_7121201f_fk_misago_th` FOREIGN KEY (`thread_id`) REFERENCES `misago_threads_thread` (`id`),
  CONSTRAINT `misago_readtracker_p_user_id_4a764d0f_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_socialauth_socialauthprovider` (
  `provider` VARCHAR(30) NOT NULL,
  `button_text` VARCHAR(255) NULL,
  `button_color` VARCHAR(7) NULL,
  `settings` JSON NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`provider`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_themes_theme` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `dirname` VARCHAR(8) NOT NULL,
  `is_default` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `version` VARCHAR(255) NULL,
  `author` VARCHAR(255) NULL,
  `url` VARCHAR(255) NULL,
  `lft` INT NOT NULL,
  `rght` INT NOT NULL,
  `tree_id` INT NOT NULL,
  `level` INT NOT NULL,
  `parent_id` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_themes_theme_parent_id_c4ef9886_fk_misago_th` FOREIGN KEY (`parent_id`) REFERENCES `misago_themes_theme` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_attachmenttype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `extensions` VARCHAR(255) NOT NULL,
  `mimetypes` VARCHAR(255) NULL,
  `size_limit` INT NOT NULL,
  `status` INT NOT NULL,
  `plugin_data` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_attachment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `secret` VARCHAR(64) NOT NULL,
  `uploaded_on` DATETIME(6) NOT NULL,
  `uploader_name` VARCHAR(255) NOT NULL,
  `uploader_slug` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `size` INT NOT NULL,
  `thumbnail` VARCHAR(255) NULL,
  `image` VARCHAR(255) NULL,
  `file` VARCHAR(255) NULL,
  `post_id` INT NULL,
  `filetype_id` INT NOT NULL,
  `uploader_id` INT NULL,
  `plugin_data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_threads_attac_filetype_id_d1e5d86e_fk_misago_th` FOREIGN KEY (`filetype_id`) REFERENCES `misago_threads_attachmenttype` (`id`),
  CONSTRAINT `misago_threads_attac_post_id_68447b47_fk_misago_th` FOREIGN KEY (`post_id`) REFERENCES `misago_threads_post` (`id`),
  CONSTRAINT `misago_threads_attac_uploader_id_9f21e391_fk_misago_us` FOREIGN KEY (`uploader_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_poll` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `poster_name` VARCHAR(255) NOT NULL,
  `poster_slug` VARCHAR(255) NOT NULL,
  `posted_on` DATETIME(6) NOT NULL,
  `length` INT NOT NULL,
  `question` VARCHAR(255) NOT NULL,
  `choices` JSON NOT NULL,
  `allowed_choices` INT NOT NULL,
  `allow_revotes` TINYINT(1) NOT NULL,
  `votes` INT NOT NULL,
  `is_public` TINYINT(1) NOT NULL,
  `category_id` INT NOT NULL,
  `poster_id` INT NULL,
  `thread_id` INT NOT NULL,
  `plugin_data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `misago_threads_poll_thread_id_key` (`thread_id`),
  CONSTRAINT `misago_threads_poll_category_id_29fa5f5d_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_threads_poll_poster_id_49715f68_fk_misago_users_user_id` FOREIGN KEY (`poster_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_threads_poll_thread_id_f200f01c_fk_misago_th` FOREIGN KEY (`thread_id`) REFERENCES `misago_threads_thread` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_pollvote` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `voter_name` VARCHAR(255) NOT NULL,
  `voter_slug` VARCHAR(255) NOT NULL,
  `voted_on` DATETIME(6) NOT NULL,
  `choice_hash` VARCHAR(12) NOT NULL,
  `category_id` INT NOT NULL,
  `poll_id` INT NOT NULL,
  `thread_id` INT NOT NULL,
  `voter_id` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_threads_pollv_category_id_92abdceb_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_threads_pollv_poll_id_d3fbfddf_fk_misago_th` FOREIGN KEY (`poll_id`) REFERENCES `misago_threads_poll` (`id`),
  CONSTRAINT `misago_threads_pollv_thread_id_ef78c2ad_fk_misago_th` FOREIGN KEY (`thread_id`) REFERENCES `misago_threads_thread` (`id`),
  CONSTRAINT `misago_threads_pollv_voter_id_979ff29f_fk_misago_us` FOREIGN KEY (`voter_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_post_mentions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `post_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `misago_threads_post_mentions_post_id_user_id_f96b558b_uniq` (`post_id`, `user_id`),
  CONSTRAINT `misago_threads_post__post_id_8d3c8c76_fk_misago_th` FOREIGN KEY (`post_id`) REFERENCES `misago_threads_post` (`id`),
  CONSTRAINT `misago_threads_post__user_id_515d18c5_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_postedit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `edited_on` DATETIME(6) NOT NULL,
  `editor_name` VARCHAR(255) NOT NULL,
  `editor_slug` VARCHAR(255) NOT NULL,
  `edited_from` LONGTEXT NOT NULL,
  `edited_to` LONGTEXT NOT NULL,
  `category_id` INT NOT NULL,
  `editor_id` INT NULL,
  `post_id` INT NOT NULL,
  `thread_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_threads_poste_category_id_14762498_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_threads_poste_editor_id_3c099285_fk_misago_us` FOREIGN KEY (`editor_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_threads_poste_post_id_831e29bb_fk_misago_th` FOREIGN KEY (`post_id`) REFERENCES `misago_threads_post` (`id`),
  CONSTRAINT `misago_threads_poste_thread_id_a71149fd_fk_misago_th` FOREIGN KEY (`thread_id`) REFERENCES `misago_threads_thread` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_postlike` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `liker_name` VARCHAR(255) NOT NULL,
  `liker_slug` VARCHAR(255) NOT NULL,
  `liked_on` DATETIME(6) NOT NULL,
  `category_id` INT NOT NULL,
  `post_id` INT NOT NULL,
  `thread_id` INT NOT NULL,
  `liker_id` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_threads_postl_category_id_21e0c8ce_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_threads_postl_liker_id_e9fbb1c9_fk_misago_us` FOREIGN KEY (`liker_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_threads_postl_post_id_7ec34c1c_fk_misago_th` FOREIGN KEY (`post_id`) REFERENCES `misago_threads_post` (`id`),
  CONSTRAINT `misago_threads_postl_thread_id_38e33d41_fk_misago_th` FOREIGN KEY (`thread_id`) REFERENCES `misago_threads_thread` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_subscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `last_read_on` DATETIME(6) NOT NULL,
  `send_email` TINYINT(1) NOT NULL,
  `category_id` INT NOT NULL,
  `thread_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_threads_subsc_category_id_f5854673_fk_misago_ca` FOREIGN KEY (`category_id`) REFERENCES `misago_categories_category` (`id`),
  CONSTRAINT `misago_threads_subsc_thread_id_f97c9a3b_fk_misago_th` FOREIGN KEY (`thread_id`) REFERENCES `misago_threads_thread` (`id`),
  CONSTRAINT `misago_threads_subsc_user_id_daf28105_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_threads_threadparticipant` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `thread_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `is_owner` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_threads_threa_thread_id_d468a2cb_fk_misago_th` FOREIGN KEY (`thread_id`) REFERENCES `misago_threads_thread` (`id`),
  CONSTRAINT `misago_threads_threa_user_id_efbeaf80_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_activityranking` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `score` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_users_activit_user_id_a962add9_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_audittrail` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` INT NOT NULL,
  `created_on` DATETIME(6) NOT NULL,
  `ip_address` CHAR(39) NOT NULL,
  `content_type_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_users_audittr_content_type_id_23bfb917_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `misago_users_audittr_user_id_237c9b7f_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_avatar` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `size` INT NOT NULL,
  `image` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_users_avatar_user_id_c3763aa1_fk_misago_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_avatargallery` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `gallery` VARCHAR(255) NOT NULL,
  `image` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_ban` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `check_type` INT NOT NULL,
  `banned_value` VARCHAR(255) NOT NULL,
  `user_message` LONGTEXT NULL,
  `staff_message` LONGTEXT NULL,
  `expires_on` DATETIME(6) NULL,
  `is_checked` TINYINT(1) NOT NULL,
  `registration_only` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_bancache` (
  `user_message` LONGTEXT NULL,
  `staff_message` LONGTEXT NULL,
  `expires_on` DATETIME(6) NULL,
  `ban_id` INT NULL,
  `user_id` INT NOT NULL,
  `cache_version` VARCHAR(8) NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `misago_users_bancache_ban_id_2766ed56_fk_misago_users_ban_id` FOREIGN KEY (`ban_id`) REFERENCES `misago_users_ban` (`id`),
  CONSTRAINT `misago_users_bancache_user_id_8ce1ac71_fk_misago_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_datadownload` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` INT NOT NULL,
  `requester_name` VARCHAR(255) NOT NULL,
  `requested_on` DATETIME(6) NOT NULL,
  `expires_on` DATETIME(6) NOT NULL,
  `file` VARCHAR(255) NULL,
  `requester_id` INT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_users_datadow_requester_id_5c85eef3_fk_misago_us` FOREIGN KEY (`requester_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_users_datadow_user_id_f234398b_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_deleteduser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deleted_on` DATETIME(6) NOT NULL,
  `deleted_by` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_online` (
  `last_click` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `misago_users_online_user_id_a38e83e3_fk_misago_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_rank_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `rank_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `misago_users_rank_roles_rank_id_role_id_81914683_uniq` (`rank_id`, `role_id`),
  CONSTRAINT `misago_users_rank_ro_rank_id_662c3ee7_fk_misago_us` FOREIGN KEY (`rank_id`) REFERENCES `misago_users_rank` (`id`),
  CONSTRAINT `misago_users_rank_roles_role_id_e0236d53_fk_misago_acl_role_id` FOREIGN KEY (`role_id`) REFERENCES `misago_acl_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_user_blocks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `from_user_id` INT NOT NULL,
  `to_user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `misago_users_user_blocks_from_user_id_to_user_id_cc1691d3_uniq` (`from_user_id`, `to_user_id`),
  CONSTRAINT `misago_users_user_bl_from_user_id_a1352891_fk_misago_us` FOREIGN KEY (`from_user_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_users_user_bl_to_user_id_b919ce82_fk_misago_us` FOREIGN KEY (`to_user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_user_follows` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `from_user_id` INT NOT NULL,
  `to_user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `misago_users_user_follows_from_user_id_to_user_id_92296f5c_uniq` (`from_user_id`, `to_user_id`),
  CONSTRAINT `misago_users_user_fo_from_user_id_9575602d_fk_misago_us` FOREIGN KEY (`from_user_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_users_user_fo_to_user_id_8cc8eb10_fk_misago_us` FOREIGN KEY (`to_user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_user_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `misago_users_user_roles_user_id_role_id_1cbe8d01_uniq` (`user_id`, `role_id`),
  CONSTRAINT `misago_users_user_ro_user_id_af2be819_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_users_user_roles_role_id_58d36725_fk_misago_acl_role_id` FOREIGN KEY (`role_id`) REFERENCES `misago_acl_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misago_users_usernamechange` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `changed_by_username` VARCHAR(30) NOT NULL,
  `changed_on` DATETIME(6) NOT NULL,
  `new_username` VARCHAR(255) NOT NULL,
  `old_username` VARCHAR(255) NOT NULL,
  `changed_by_id` INT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misago_users_usernam_changed_by_id_bd7f6309_fk_misago_us` FOREIGN KEY (`changed_by_id`) REFERENCES `misago_users_user` (`id`),
  CONSTRAINT `misago_users_usernam_user_id_ef2d9164_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_auth_code` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(254) NOT NULL,
  `code` VARCHAR(32) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_code_email_code_801b2d02_uniq` (`email`, `code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_auth_partial` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(32) NOT NULL,
  `next_step` SMALLINT NOT NULL,
  `backend` VARCHAR(32) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_auth_usersocialauth` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(32) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `extra_data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_usersocialauth_provider_uid_e6b5e668_uniq` (`provider`, `uid`),
  CONSTRAINT `social_auth_usersoci_user_id_17d28448_fk_misago_us` FOREIGN KEY (`user_id`) REFERENCES `misago_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

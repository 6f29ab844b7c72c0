-- linkding 1.46.2 (self-hosted bookmark manager; Django)
-- Upstream: github.com/sissbruecker/linkding, commit 65813a75404b1319aca8b09700fadc0b15adabaf (MIT)
-- Source: bookmarks/migrations/0001 ... 0054 with the Django contrib (admin, auth, contenttypes, sessions) and
-- Django REST framework authtoken migrations of the INSTALLED_APPS in bookmarks/settings/base.py, applied by
-- `manage.py migrate` (Django 5.2, PyMySQL) into a scratch MariaDB 10.11 database and dumped with mysqldump --no-data;
-- `makemigrations --check` reported no model change outside the migrations. Columns in the database's order; PK and
-- UNIQUE keys as created, the 22 foreign keys moved to ALTER TABLE statements at the end; plain indexes, column
-- collations and the JSON / PositiveSmallInteger CHECK constraints MariaDB adds left out. No table left out (the
-- huey task queue lives in a separate SQLite file, not in this database).

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_apitoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(40) NOT NULL,
  `name` varchar(128) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_bookmark` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(2048) NOT NULL,
  `title` varchar(512) NOT NULL,
  `description` longtext NOT NULL,
  `website_title` varchar(512) DEFAULT NULL,
  `website_description` longtext DEFAULT NULL,
  `unread` tinyint(1) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `date_accessed` datetime(6) DEFAULT NULL,
  `owner_id` int(11) NOT NULL,
  `is_archived` tinyint(1) NOT NULL,
  `web_archive_snapshot_url` varchar(2048) NOT NULL,
  `shared` tinyint(1) NOT NULL,
  `favicon_file` varchar(512) NOT NULL,
  `notes` longtext NOT NULL,
  `preview_image_file` varchar(512) NOT NULL,
  `latest_snapshot_id` int(11) DEFAULT NULL,
  `url_normalized` varchar(2048) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_bookmark_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bookmark_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bookmarks_bookmark_tags_bookmark_id_tag_id_1a999b75_uniq` (`bookmark_id`,`tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_bookmarkasset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `file` varchar(2048) NOT NULL,
  `file_size` int(11) DEFAULT NULL,
  `asset_type` varchar(64) NOT NULL,
  `content_type` varchar(128) NOT NULL,
  `display_name` varchar(2048) NOT NULL,
  `status` varchar(64) NOT NULL,
  `gzip` tinyint(1) NOT NULL,
  `bookmark_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_bookmarkbundle` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `search` varchar(256) NOT NULL,
  `any_tags` varchar(1024) NOT NULL,
  `all_tags` varchar(1024) NOT NULL,
  `excluded_tags` varchar(1024) NOT NULL,
  `order` int(11) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `owner_id` int(11) NOT NULL,
  `filter_shared` varchar(3) NOT NULL,
  `filter_unread` varchar(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_feedtoken` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_globalsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `landing_page` varchar(50) NOT NULL,
  `guest_profile_user_id` int(11) DEFAULT NULL,
  `enable_link_prefetch` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `owner_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_toast` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(50) NOT NULL,
  `message` longtext NOT NULL,
  `acknowledged` tinyint(1) NOT NULL,
  `owner_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `theme` varchar(10) NOT NULL,
  `user_id` int(11) NOT NULL,
  `bookmark_date_display` varchar(10) NOT NULL,
  `bookmark_link_target` varchar(10) NOT NULL,
  `web_archive_integration` varchar(10) NOT NULL,
  `enable_sharing` tinyint(1) NOT NULL,
  `enable_favicons` tinyint(1) NOT NULL,
  `tag_search` varchar(10) NOT NULL,
  `display_url` tinyint(1) NOT NULL,
  `permanent_notes` tinyint(1) NOT NULL,
  `enable_public_sharing` tinyint(1) NOT NULL,
  `search_preferences` json NOT NULL,
  `custom_css` longtext NOT NULL,
  `bookmark_description_display` varchar(10) NOT NULL,
  `bookmark_description_max_lines` int(11) NOT NULL,
  `display_archive_bookmark_action` tinyint(1) NOT NULL,
  `display_edit_bookmark_action` tinyint(1) NOT NULL,
  `display_remove_bookmark_action` tinyint(1) NOT NULL,
  `display_view_bookmark_action` tinyint(1) NOT NULL,
  `enable_automatic_html_snapshots` tinyint(1) NOT NULL,
  `default_mark_unread` tinyint(1) NOT NULL,
  `enable_preview_images` tinyint(1) NOT NULL,
  `tag_grouping` varchar(12) NOT NULL,
  `auto_tagging_rules` longtext NOT NULL,
  `items_per_page` int(11) NOT NULL,
  `sticky_pagination` tinyint(1) NOT NULL,
  `custom_css_hash` varchar(32) NOT NULL,
  `collapse_side_panel` tinyint(1) NOT NULL,
  `hide_bundles` tinyint(1) NOT NULL,
  `default_mark_shared` tinyint(1) NOT NULL,
  `legacy_search` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `auth_group_permissions` ADD CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`);
ALTER TABLE `auth_group_permissions` ADD CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `auth_permission` ADD CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `auth_user_groups` ADD CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `auth_user_groups` ADD CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `auth_user_user_permissions` ADD CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`);
ALTER TABLE `auth_user_user_permissions` ADD CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `authtoken_token` ADD CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `bookmarks_apitoken` ADD CONSTRAINT `bookmarks_apitoken_user_id_2181e9f8_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `bookmarks_bookmark` ADD CONSTRAINT `bookmarks_bookmark_latest_snapshot_id_ed3c8c2b_fk_bookmarks` FOREIGN KEY (`latest_snapshot_id`) REFERENCES `bookmarks_bookmarkasset` (`id`);
ALTER TABLE `bookmarks_bookmark` ADD CONSTRAINT `bookmarks_bookmark_owner_id_051b24cc_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `bookmarks_bookmark_tags` ADD CONSTRAINT `bookmarks_bookmark_t_bookmark_id_fbe7b649_fk_bookmarks` FOREIGN KEY (`bookmark_id`) REFERENCES `bookmarks_bookmark` (`id`);
ALTER TABLE `bookmarks_bookmark_tags` ADD CONSTRAINT `bookmarks_bookmark_tags_tag_id_6e32a767_fk_bookmarks_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `bookmarks_tag` (`id`);
ALTER TABLE `bookmarks_bookmarkasset` ADD CONSTRAINT `bookmarks_bookmarkas_bookmark_id_42136c86_fk_bookmarks` FOREIGN KEY (`bookmark_id`) REFERENCES `bookmarks_bookmark` (`id`);
ALTER TABLE `bookmarks_bookmarkbundle` ADD CONSTRAINT `bookmarks_bookmarkbundle_owner_id_53ecd5a5_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `bookmarks_feedtoken` ADD CONSTRAINT `bookmarks_feedtoken_user_id_47eef1a9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `bookmarks_globalsettings` ADD CONSTRAINT `bookmarks_globalsett_guest_profile_user_i_6d5cf00e_fk_auth_user` FOREIGN KEY (`guest_profile_user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `bookmarks_tag` ADD CONSTRAINT `bookmarks_tag_owner_id_4c853e4b_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `bookmarks_toast` ADD CONSTRAINT `bookmarks_toast_owner_id_7fa00b79_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `bookmarks_userprofile` ADD CONSTRAINT `bookmarks_userprofile_user_id_0dbae2c9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `django_admin_log` ADD CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `django_admin_log` ADD CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);

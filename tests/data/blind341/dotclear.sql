-- Dotclear (blog engine; Association Dotclear), github.com/dotclear/dotclear
-- Source: src/Schema/Schema.php Schema::fillStructure() (core tables) + the install of the two plug-ins shipped
-- and enabled with the distribution that keep tables: plugins/antispam/src/Install.php (spamrule) and
-- plugins/blogroll/src/Install.php (link), commit 344a5e6fa2ebbd13ef8ce2c636614dd4040f85db (AGPL-3.0).
-- Written as the MySQL (mysqlimb4 driver) DDL that Dotclear's Structure::synchronize() issues: varchar(n),
-- bigint, integer, smallint, text -> longtext, timestamp -> datetime with now() -> '1970-01-01 00:00:00',
-- tables utf8mb4_unicode_ci, then primary keys, unique keys, indexes and foreign keys (ON UPDATE / ON DELETE as
-- upstream). Default table prefix dc_. The PostgreSQL-only partial indexes are not part of the MySQL schema.
-- dc_setting and dc_pref have no primary key upstream (only a unique key). All 19 tables are kept.

CREATE TABLE `dc_blog` (
  `blog_id` varchar(32) NOT NULL,
  `blog_uid` varchar(32) NOT NULL,
  `blog_creadt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `blog_upddt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `blog_url` varchar(255) NOT NULL,
  `blog_name` varchar(255) NOT NULL,
  `blog_desc` longtext NULL,
  `blog_status` smallint NOT NULL DEFAULT 1,
  PRIMARY KEY (`blog_id`),
  KEY `idx_blog_blog_upddt` (`blog_upddt`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_category` (
  `cat_id` bigint NOT NULL,
  `blog_id` varchar(32) NOT NULL,
  `cat_title` varchar(255) NOT NULL,
  `cat_url` varchar(255) NOT NULL,
  `cat_desc` longtext NULL,
  `cat_position` integer NULL DEFAULT 0,
  `cat_lft` integer NULL,
  `cat_rgt` integer NULL,
  PRIMARY KEY (`cat_id`),
  UNIQUE KEY `uk_cat_url` (`cat_url`,`blog_id`),
  KEY `idx_category_blog_id` (`blog_id`) USING BTREE,
  KEY `idx_category_cat_lft_blog_id` (`blog_id`,`cat_lft`) USING BTREE,
  KEY `idx_category_cat_rgt_blog_id` (`blog_id`,`cat_rgt`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_session` (
  `ses_id` varchar(40) NOT NULL,
  `ses_time` integer NOT NULL DEFAULT 0,
  `ses_start` integer NOT NULL DEFAULT 0,
  `ses_value` longtext NOT NULL,
  PRIMARY KEY (`ses_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_setting` (
  `setting_id` varchar(255) NOT NULL,
  `blog_id` varchar(32) NULL,
  `setting_ns` varchar(32) NOT NULL DEFAULT 'system',
  `setting_value` longtext NULL DEFAULT NULL,
  `setting_type` varchar(8) NOT NULL DEFAULT 'string',
  `setting_label` longtext NULL,
  UNIQUE KEY `uk_setting` (`setting_ns`,`setting_id`,`blog_id`),
  KEY `idx_setting_blog_id` (`blog_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_user` (
  `user_id` varchar(32) NOT NULL,
  `user_super` smallint NULL,
  `user_status` smallint NOT NULL DEFAULT 1,
  `user_pwd` varchar(255) NOT NULL,
  `user_change_pwd` smallint NOT NULL DEFAULT 0,
  `user_recover_key` varchar(32) NULL DEFAULT NULL,
  `user_name` varchar(255) NULL DEFAULT NULL,
  `user_firstname` varchar(255) NULL DEFAULT NULL,
  `user_displayname` varchar(255) NULL DEFAULT NULL,
  `user_email` varchar(255) NULL DEFAULT NULL,
  `user_url` varchar(255) NULL DEFAULT NULL,
  `user_desc` longtext NULL,
  `user_default_blog` varchar(32) NULL DEFAULT NULL,
  `user_options` longtext NULL,
  `user_lang` varchar(5) NULL DEFAULT NULL,
  `user_tz` varchar(128) NOT NULL DEFAULT 'UTC',
  `user_post_status` smallint NOT NULL DEFAULT -2,
  `user_creadt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `user_upddt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (`user_id`),
  KEY `idx_user_user_default_blog` (`user_default_blog`) USING BTREE,
  KEY `idx_user_user_super` (`user_super`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_permissions` (
  `user_id` varchar(32) NOT NULL,
  `blog_id` varchar(32) NOT NULL,
  `permissions` longtext NULL,
  PRIMARY KEY (`user_id`,`blog_id`),
  KEY `idx_permissions_blog_id` (`blog_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_post` (
  `post_id` bigint NOT NULL,
  `blog_id` varchar(32) NOT NULL,
  `user_id` varchar(32) NOT NULL,
  `cat_id` bigint NULL,
  `post_dt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `post_tz` varchar(128) NOT NULL DEFAULT 'UTC',
  `post_creadt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `post_upddt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `post_password` varchar(32) NULL DEFAULT NULL,
  `post_type` varchar(32) NOT NULL DEFAULT 'post',
  `post_format` varchar(32) NOT NULL DEFAULT 'xhtml',
  `post_url` varchar(255) NOT NULL,
  `post_lang` varchar(5) NULL DEFAULT NULL,
  `post_title` varchar(255) NULL DEFAULT NULL,
  `post_excerpt` longtext NULL DEFAULT NULL,
  `post_excerpt_xhtml` longtext NULL DEFAULT NULL,
  `post_content` longtext NULL DEFAULT NULL,
  `post_content_xhtml` longtext NOT NULL,
  `post_notes` longtext NULL DEFAULT NULL,
  `post_meta` longtext NULL DEFAULT NULL,
  `post_words` longtext NULL DEFAULT NULL,
  `post_status` smallint NOT NULL DEFAULT 0,
  `post_firstpub` smallint NOT NULL DEFAULT 0,
  `post_selected` smallint NOT NULL DEFAULT 0,
  `post_position` integer NOT NULL DEFAULT 0,
  `post_open_comment` smallint NOT NULL DEFAULT 0,
  `post_open_tb` smallint NOT NULL DEFAULT 0,
  `nb_comment` integer NOT NULL DEFAULT 0,
  `nb_trackback` integer NOT NULL DEFAULT 0,
  PRIMARY KEY (`post_id`),
  UNIQUE KEY `uk_post_url` (`post_url`,`post_type`,`blog_id`),
  KEY `idx_post_cat_id` (`cat_id`) USING BTREE,
  KEY `idx_post_user_id` (`user_id`) USING BTREE,
  KEY `idx_post_blog_id` (`blog_id`) USING BTREE,
  KEY `idx_post_post_dt` (`post_dt`) USING BTREE,
  KEY `idx_post_post_dt_post_id` (`post_dt`,`post_id`) USING BTREE,
  KEY `idx_blog_post_post_dt_post_id` (`blog_id`,`post_dt`,`post_id`) USING BTREE,
  KEY `idx_blog_post_post_status` (`blog_id`,`post_status`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_media` (
  `media_id` bigint NOT NULL,
  `user_id` varchar(32) NOT NULL,
  `media_path` varchar(255) NOT NULL,
  `media_title` varchar(255) NOT NULL,
  `media_file` varchar(255) NOT NULL,
  `media_dir` varchar(255) NOT NULL DEFAULT '.',
  `media_meta` longtext NULL DEFAULT NULL,
  `media_dt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `media_creadt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `media_upddt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `media_private` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`media_id`),
  KEY `idx_media_user_id` (`user_id`) USING BTREE,
  KEY `idx_media_media_path` (`media_path`,`media_dir`,`media_private`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_post_media` (
  `media_id` bigint NOT NULL,
  `post_id` bigint NOT NULL,
  `link_type` varchar(32) NOT NULL DEFAULT 'attachment',
  PRIMARY KEY (`media_id`,`post_id`,`link_type`),
  KEY `idx_post_media_post_id` (`post_id`) USING BTREE,
  KEY `idx_post_media_media_id` (`media_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_log` (
  `log_id` bigint NOT NULL,
  `user_id` varchar(32) NULL,
  `blog_id` varchar(32) NULL,
  `log_table` varchar(255) NOT NULL,
  `log_dt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `log_ip` varchar(39) NOT NULL,
  `log_msg` longtext NULL DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  KEY `idx_log_user_id` (`user_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_version` (
  `module` varchar(64) NOT NULL,
  `version` varchar(32) NOT NULL,
  PRIMARY KEY (`module`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_ping` (
  `post_id` bigint NOT NULL,
  `ping_url` varchar(255) NOT NULL,
  `ping_dt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (`post_id`,`ping_url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_comment` (
  `comment_id` bigint NOT NULL,
  `post_id` bigint NOT NULL,
  `comment_dt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `comment_tz` varchar(128) NOT NULL DEFAULT 'UTC',
  `comment_upddt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `comment_author` varchar(255) NULL DEFAULT NULL,
  `comment_email` varchar(255) NULL DEFAULT NULL,
  `comment_site` varchar(255) NULL DEFAULT NULL,
  `comment_content` longtext NULL,
  `comment_words` longtext NULL DEFAULT NULL,
  `comment_ip` varchar(39) NULL DEFAULT NULL,
  `comment_status` smallint NULL DEFAULT 0,
  `comment_spam_status` varchar(128) NULL DEFAULT 0,
  `comment_spam_filter` varchar(32) NULL DEFAULT NULL,
  `comment_trackback` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`comment_id`),
  KEY `idx_comment_post_id` (`post_id`) USING BTREE,
  KEY `idx_comment_post_id_dt_status` (`post_id`,`comment_dt`,`comment_status`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_meta` (
  `meta_id` varchar(255) NOT NULL,
  `meta_type` varchar(64) NOT NULL,
  `post_id` bigint NOT NULL,
  PRIMARY KEY (`meta_id`,`meta_type`,`post_id`),
  KEY `idx_meta_post_id` (`post_id`) USING BTREE,
  KEY `idx_meta_meta_type` (`meta_type`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_pref` (
  `pref_id` varchar(255) NOT NULL,
  `user_id` varchar(32) NULL,
  `pref_ws` varchar(32) NOT NULL DEFAULT 'system',
  `pref_value` longtext NULL DEFAULT NULL,
  `pref_type` varchar(8) NOT NULL DEFAULT 'string',
  `pref_label` longtext NULL,
  UNIQUE KEY `uk_pref` (`pref_ws`,`pref_id`,`user_id`),
  KEY `idx_pref_user_id` (`user_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_notice` (
  `notice_id` bigint NOT NULL,
  `ses_id` varchar(40) NOT NULL,
  `notice_type` varchar(32) NULL,
  `notice_ts` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `notice_msg` longtext NULL DEFAULT NULL,
  `notice_format` varchar(32) NULL DEFAULT 'text',
  `notice_options` longtext NULL DEFAULT NULL,
  PRIMARY KEY (`notice_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_credential` (
  `user_id` varchar(32) NOT NULL,
  `blog_id` varchar(32) NULL DEFAULT NULL,
  `credential_dt` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `credential_type` varchar(32) NOT NULL,
  `credential_value` varchar(255) NOT NULL DEFAULT '',
  `credential_data` longtext NULL DEFAULT NULL,
  UNIQUE KEY `uk_credential` (`credential_type`,`user_id`,`blog_id`,`credential_value`),
  KEY `idx_credential_user_id` (`user_id`) USING BTREE,
  KEY `idx_credential_blog_id` (`blog_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_spamrule` (
  `rule_id` bigint NOT NULL,
  `blog_id` varchar(32) NULL,
  `rule_type` varchar(16) NOT NULL DEFAULT 'word',
  `rule_content` varchar(128) NOT NULL,
  PRIMARY KEY (`rule_id`),
  KEY `idx_spamrule_blog_id` (`blog_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dc_link` (
  `link_id` bigint NOT NULL,
  `blog_id` varchar(32) NOT NULL,
  `link_href` varchar(255) NOT NULL,
  `link_title` varchar(255) NOT NULL,
  `link_desc` varchar(255) NULL,
  `link_lang` varchar(5) NULL,
  `link_xfn` varchar(255) NULL,
  `link_position` integer NOT NULL DEFAULT 0,
  `link_status` smallint NOT NULL DEFAULT 1,
  PRIMARY KEY (`link_id`),
  KEY `idx_link_blog_id` (`blog_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE `dc_category` ADD CONSTRAINT `fk_category_blog` FOREIGN KEY (`blog_id`) REFERENCES `dc_blog` (`blog_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_setting` ADD CONSTRAINT `fk_setting_blog` FOREIGN KEY (`blog_id`) REFERENCES `dc_blog` (`blog_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_user` ADD CONSTRAINT `fk_user_default_blog` FOREIGN KEY (`user_default_blog`) REFERENCES `dc_blog` (`blog_id`) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE `dc_permissions` ADD CONSTRAINT `fk_permissions_blog` FOREIGN KEY (`blog_id`) REFERENCES `dc_blog` (`blog_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_permissions` ADD CONSTRAINT `fk_permissions_user` FOREIGN KEY (`user_id`) REFERENCES `dc_user` (`user_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_post` ADD CONSTRAINT `fk_post_category` FOREIGN KEY (`cat_id`) REFERENCES `dc_category` (`cat_id`) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE `dc_post` ADD CONSTRAINT `fk_post_user` FOREIGN KEY (`user_id`) REFERENCES `dc_user` (`user_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_post` ADD CONSTRAINT `fk_post_blog` FOREIGN KEY (`blog_id`) REFERENCES `dc_blog` (`blog_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_media` ADD CONSTRAINT `fk_media_user` FOREIGN KEY (`user_id`) REFERENCES `dc_user` (`user_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_post_media` ADD CONSTRAINT `fk_media` FOREIGN KEY (`media_id`) REFERENCES `dc_media` (`media_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_post_media` ADD CONSTRAINT `fk_media_post` FOREIGN KEY (`post_id`) REFERENCES `dc_post` (`post_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_log` ADD CONSTRAINT `fk_log_blog` FOREIGN KEY (`blog_id`) REFERENCES `dc_blog` (`blog_id`) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE `dc_ping` ADD CONSTRAINT `fk_ping_post` FOREIGN KEY (`post_id`) REFERENCES `dc_post` (`post_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_comment` ADD CONSTRAINT `fk_comment_post` FOREIGN KEY (`post_id`) REFERENCES `dc_post` (`post_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_meta` ADD CONSTRAINT `fk_meta_post` FOREIGN KEY (`post_id`) REFERENCES `dc_post` (`post_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_pref` ADD CONSTRAINT `fk_pref_user` FOREIGN KEY (`user_id`) REFERENCES `dc_user` (`user_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_notice` ADD CONSTRAINT `fk_notice_session` FOREIGN KEY (`ses_id`) REFERENCES `dc_session` (`ses_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_credential` ADD CONSTRAINT `fk_credential_user` FOREIGN KEY (`user_id`) REFERENCES `dc_user` (`user_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_credential` ADD CONSTRAINT `fk_credential_blog` FOREIGN KEY (`blog_id`) REFERENCES `dc_blog` (`blog_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_spamrule` ADD CONSTRAINT `fk_spamrule_blog` FOREIGN KEY (`blog_id`) REFERENCES `dc_blog` (`blog_id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `dc_link` ADD CONSTRAINT `fk_link_blog` FOREIGN KEY (`blog_id`) REFERENCES `dc_blog` (`blog_id`) ON UPDATE CASCADE ON DELETE CASCADE;

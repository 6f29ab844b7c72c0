-- Pligg CMS 2.0.3 (social news CMS; its GitHub organisation renamed the project Kliqqi CMS; PHP, MySQL)
-- Upstream: github.com/Kliqqi-CMS/Kliqqi-CMS, commit 3b4c70ec28a739da5141a0aa185b57d0ef0c01a9 (CC BY 3.0).
-- The 24 CREATE TABLE strings of install/installtables.php in order, with the PHP concatenations evaluated as a
-- default install does (table prefix `pligg_`, the installer's default; $dblang = 'en'), then the tables of four
-- bundled modules as their modules/*/*_install.php create them: akismet (spam_comments, spam_links), status
-- (updates, likes), upload (files, with the four columns its db_add_field entries append), admin_snippet
-- (snippets). Not applied: the installer's later ALTERs that only reset character sets, nullability and defaults
-- (no column is added or renamed) and module ALTERs of core tables (status_* columns on pligg_users,
-- anonymous_comments columns on pligg_comments).
CREATE TABLE `pligg_categories` (
    `category__auto_id` int(11) NOT NULL auto_increment,
    `category_lang` varchar(2) collate utf8_general_ci NOT NULL default 'en',
    `category_id` int(11) NOT NULL default '0',
    `category_parent` int(11) NOT NULL default '0',
    `category_name` varchar(64) collate utf8_general_ci NOT NULL default '',
    `category_safe_name` varchar(64) collate utf8_general_ci NOT NULL default '',
    `rgt` int(11) NOT NULL default '0',
    `lft` int(11) NOT NULL default '0',
    `category_enabled` int(11) NOT NULL default '1',
    `category_order` int(11) NOT NULL default '0',
    `category_desc` varchar(255) collate utf8_general_ci NOT NULL,
    `category_keywords` varchar(255) collate utf8_general_ci NOT NULL,
    `category_author_level` enum('normal','moderator','admin') collate utf8_general_ci NOT NULL default 'normal',
    `category_author_group` varchar(255) NOT NULL default '',
    `category_votes` varchar(4) NOT NULL default '',
    `category_karma` varchar(4) NOT NULL default '',
    PRIMARY KEY  (`category__auto_id`),
    KEY `category_id` (`category_id`),
    KEY `category_parent` (`category_parent`),
    KEY `category_safe_name` (`category_safe_name`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_comments` (
    `comment_id` int(20) NOT NULL auto_increment,
    `comment_randkey` int(11) NOT NULL default '0',
    `comment_parent` int(20) default '0',
    `comment_link_id` int(20) NOT NULL default '0',
    `comment_user_id` int(20) NOT NULL default '0',
    `comment_date` datetime NOT NULL,
    `comment_karma` smallint(6) NOT NULL default '0',
    `comment_content` text collate utf8_general_ci NOT NULL,
    `comment_votes` int(20) NOT NULL default '0',
    `comment_status` enum('discard','moderated','published','spam') collate utf8_general_ci NOT NULL default 'published',
    PRIMARY KEY  (`comment_id`),
    UNIQUE KEY `comments_randkey` (`comment_randkey`,`comment_link_id`,`comment_user_id`,`comment_parent`),
    KEY `comment_link_id` (`comment_link_id`, `comment_parent`, `comment_date`),
    KEY `comment_link_id_2` (`comment_link_id`,`comment_date`),
    KEY `comment_date` (`comment_date`),
    KEY `comment_parent` (`comment_parent`,`comment_date`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_friends` (
    `friend_id` int(11) NOT NULL auto_increment,
    `friend_from` bigint(20) NOT NULL default '0',
    `friend_to` bigint(20) NOT NULL default '0',
    PRIMARY KEY  (`friend_id`),
    UNIQUE KEY `friends_from_to` (`friend_from`,`friend_to`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_links` (
    `link_id` int(20) NOT NULL auto_increment,
    `link_author` int(20) NOT NULL default '0',
    `link_status` enum('discard','new','published','abuse','duplicate','page','spam') collate utf8_general_ci NOT NULL default 'discard',
    `link_randkey` int(20) NOT NULL default '0',
    `link_votes` int(20) NOT NULL default '0',
    `link_reports` int(20) NOT NULL default '0',
    `link_comments` int(20) NOT NULL default '0',
    `link_karma` decimal(10,2) NOT NULL default '0.00',
    `link_modified` timestamp NOT NULL,
    `link_date` timestamp NOT NULL,
    `link_published_date` timestamp NOT NULL,
    `link_category` int(11) NOT NULL default '0',
    `link_lang` int(11) NOT NULL default '1',
    `link_url` varchar(200) collate utf8_general_ci NOT NULL default '',
    `link_url_title` text collate utf8_general_ci,
    `link_title` text collate utf8_general_ci NOT NULL,
    `link_title_url` varchar(255) collate utf8_general_ci default NULL,
    `link_content` mediumtext collate utf8_general_ci NOT NULL,
    `link_summary` text collate utf8_general_ci,
    `link_tags` text collate utf8_general_ci,
    `link_field1` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field2` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field3` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field4` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field5` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field6` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field7` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field8` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field9` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field10` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field11` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field12` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field13` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field14` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_field15` varchar(255) collate utf8_general_ci NOT NULL default '',
    `link_group_id` int(20) NOT NULL default '0',
    `link_group_status` enum(  'new',  'published',  'discard' ) DEFAULT 'new' NOT NULL,
    `link_out` int(11) NOT NULL default '0',
    `akismet` TINYINT(3) UNSIGNED NOT NULL default '0',
    PRIMARY KEY  (`link_id`),
    KEY `link_author` (`link_author`),
    KEY `link_url` (`link_url`),
    KEY `link_status` (`link_status`),
    KEY `link_title_url` (`link_title_url`),
    KEY `link_date` (`link_date`),
    KEY `link_published_date` (`link_published_date`),
    FULLTEXT KEY `link_url_2` (`link_url`,`link_url_title`,`link_title`,`link_content`,`link_tags`),
    FULLTEXT KEY `link_tags` (`link_tags`),
    FULLTEXT KEY `link_search` (`link_title`,`link_content`,`link_tags`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_trackbacks` (
    `trackback_id` int(10) unsigned NOT NULL auto_increment,
    `trackback_link_id` int(11) NOT NULL default '0',
    `trackback_user_id` int(11) NOT NULL default '0',
    `trackback_type` enum('in','out') NOT NULL default 'in',
    `trackback_status` enum('ok','pendent','error') NOT NULL default 'pendent',
    `trackback_modified` timestamp NOT NULL,
    `trackback_date` timestamp NULL default NULL,
    `trackback_url` varchar(200) collate utf8_general_ci NOT NULL default '',
    `trackback_title` text collate utf8_general_ci,
    `trackback_content` text collate utf8_general_ci,
    PRIMARY KEY  (`trackback_id`),
    UNIQUE KEY `trackback_link_id_2` (`trackback_link_id`,`trackback_type`,`trackback_url`),
    KEY `trackback_link_id` (`trackback_link_id`),
    KEY `trackback_url` (`trackback_url`),
    KEY `trackback_date` (`trackback_date`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_users` (
    `user_id` int(20) NOT NULL auto_increment,
    `user_login` varchar(32) collate utf8_general_ci NOT NULL default '',
    `user_level` enum('normal','moderator','admin','Spammer') collate utf8_general_ci NOT NULL default 'normal',
    `user_modification` timestamp NOT NULL,
    `user_date` timestamp NOT NULL,
    `user_pass` varchar(64) collate utf8_general_ci NOT NULL default '',
    `user_email` varchar(128) collate utf8_general_ci NOT NULL default '',
    `user_names` varchar(128) collate utf8_general_ci NOT NULL default '',
    `user_karma` decimal(10,2) default '0.00',
    `user_url` varchar(128) collate utf8_general_ci NOT NULL default '',
    `user_lastlogin` timestamp NOT NULL,
    `user_facebook` varchar(64) collate utf8_general_ci NOT NULL default '',
    `user_twitter` varchar(64) collate utf8_general_ci NOT NULL default '',
    `user_linkedin` varchar(64) collate utf8_general_ci NOT NULL default '',
    `user_googleplus` varchar(64) collate utf8_general_ci NOT NULL default '',
    `user_skype` varchar(64) collate utf8_general_ci NOT NULL default '',
    `user_pinterest` varchar(64) collate utf8_general_ci NOT NULL default '',
    `public_email` varchar(64) collate utf8_general_ci NOT NULL default '',
    `user_avatar_source` varchar(255) collate utf8_general_ci NOT NULL default '',
    `user_ip` varchar(20) collate utf8_general_ci default '0',
    `user_lastip` varchar(20) collate utf8_general_ci default '0',
    `last_reset_request` timestamp NOT NULL,
    `last_reset_code` varchar(255) collate utf8_general_ci default NULL,
    `user_location` varchar(255) collate utf8_general_ci default NULL,
    `user_occupation` varchar(255) collate utf8_general_ci default NULL,
    `user_categories` VARCHAR(255) collate utf8_general_ci NOT NULL default '',
    `user_enabled` tinyint(1) NOT NULL default '1',
    `user_language` varchar(32) collate utf8_general_ci default NULL,
    PRIMARY KEY  (`user_id`),
    UNIQUE KEY `user_login` (`user_login`),
    KEY `user_email` (`user_email`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_tags` (
    `tag_link_id` int(11) NOT NULL default '0',
    `tag_lang` varchar(4) collate utf8_general_ci NOT NULL default 'en',
    `tag_date` timestamp NOT NULL,
    `tag_words` varchar(64) collate utf8_general_ci NOT NULL default '',
    UNIQUE KEY `tag_link_id` (`tag_link_id`,`tag_lang`,`tag_words`),
    KEY `tag_lang` (`tag_lang`,`tag_date`),
    KEY `tag_words` (`tag_words`,`tag_link_id`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_votes` (
    `vote_id` int(20) NOT NULL auto_increment,
    `vote_type` enum('links','comments') NOT NULL default 'links',
    `vote_date` timestamp NOT NULL,
    `vote_link_id` int(20) NOT NULL default '0',
    `vote_user_id` int(20) NOT NULL default '0',
    `vote_value` smallint(11) NOT NULL default '1',
    `vote_karma` int(11) NULL default '0',
    `vote_ip` varchar(64) default NULL,
    PRIMARY KEY  (`vote_id`),
    KEY `user_id` (`vote_user_id`),
    KEY `link_id` (`vote_link_id`),
    KEY `vote_type` (`vote_type`,`vote_link_id`,`vote_user_id`,`vote_ip`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_config` (
    `var_id` int(11) NOT NULL auto_increment,
    `var_page` varchar(50) collate utf8_general_ci NOT NULL,
    `var_name` varchar(100) collate utf8_general_ci NOT NULL,
    `var_value` varchar(255) collate utf8_general_ci NOT NULL,
    `var_defaultvalue` varchar(50) collate utf8_general_ci NOT NULL,
    `var_optiontext` varchar(200) collate utf8_general_ci NOT NULL,
    `var_title` varchar(200) collate utf8_general_ci NOT NULL,
    `var_desc` text collate utf8_general_ci NOT NULL,
    `var_method` varchar(10) collate utf8_general_ci NOT NULL,
    `var_enclosein` varchar(5) collate utf8_general_ci default NULL,
    PRIMARY KEY  (`var_id`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_messages` (
    `idMsg` int(11) NOT NULL auto_increment,
    `title` varchar(255) collate utf8_general_ci NOT NULL default '',
    `body` text NOT NULL,
    `sender` int(11) NOT NULL default '0',
    `receiver` int(11) NOT NULL default '0',
    `senderLevel` int(11) NOT NULL default '0',
    `readed` int(11) NOT NULL default '0',
    `date` timestamp NOT NULL,
    PRIMARY KEY  (`idMsg`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_modules` (
    `id` int(11) NOT NULL auto_increment,
    `name` varchar(50) collate utf8_general_ci NOT NULL,
    `version` float NOT NULL,
    `latest_version` float NOT NULL,
    `folder` varchar(50) collate utf8_general_ci NOT NULL,
    `enabled` tinyint(1) NOT NULL,
    `weight` INT NOT NULL,
    PRIMARY KEY  (`id`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_formulas` (
    `id` int(11) NOT NULL auto_increment,
    `type` varchar(10) collate utf8_general_ci NOT NULL,
    `enabled` tinyint(1) NOT NULL,
    `title` varchar(50) collate utf8_general_ci NOT NULL,
    `formula` text collate utf8_general_ci NOT NULL,
    PRIMARY KEY  (`id`)
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_saved_links` (
    `saved_id` int(11) NOT NULL auto_increment,
    `saved_user_id` int(11) NOT NULL,
    `saved_link_id` int(11) NOT NULL,
    `saved_privacy` ENUM( 'private', 'public' ) collate utf8_general_ci NOT NULL default 'public',
    PRIMARY KEY  (`saved_id`),
    KEY `saved_user_id` (  `saved_user_id` )
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_old_urls` (
    `old_id` int(11) NOT NULL auto_increment,
    `old_link_id` int(11) NOT NULL,
    `old_title_url` varchar(255) collate utf8_general_ci NOT NULL,
    PRIMARY KEY  (`old_id`),
    KEY `old_title_url` (  `old_title_url` )
  ) ENGINE = MyISAM;;

CREATE TABLE `pligg_misc_data` (
    `name` VARCHAR( 20 ) collate utf8_general_ci NOT NULL ,
    `data` TEXT collate utf8_general_ci NOT NULL ,
    PRIMARY KEY ( `name` )
    ) ENGINE = MyISAM;;

CREATE TABLE `pligg_groups` (
    `group_id` int(20) NOT NULL auto_increment,
    `group_creator` int(20) NOT NULL,
    `group_status` enum('Enable','disable') collate utf8_general_ci NOT NULL,
    `group_members` int(20) NOT NULL,
    `group_date` datetime NOT NULL,
    `group_safename` text collate utf8_general_ci NOT NULL,
    `group_name` text collate utf8_general_ci NOT NULL,
    `group_description` text collate utf8_general_ci NOT NULL,
    `group_privacy` enum('private','public','restricted') collate utf8_general_ci NOT NULL,
    `group_avatar` varchar(255) collate utf8_general_ci NOT NULL,
    `group_vote_to_publish` int(20) NOT NULL,
    `group_field1` varchar(255) collate utf8_general_ci NOT NULL,
    `group_field2` varchar(255) collate utf8_general_ci NOT NULL,
    `group_field3` varchar(255) collate utf8_general_ci NOT NULL,
    `group_field4` varchar(255) collate utf8_general_ci NOT NULL,
    `group_field5` varchar(255) collate utf8_general_ci NOT NULL,
    `group_field6` varchar(255) collate utf8_general_ci NOT NULL,
  `group_notify_email` tinyint(1) NOT NULL,
    PRIMARY KEY  (`group_id`),
    KEY `group_name` (`group_name`(100)),
    KEY `group_creator` (`group_creator`, `group_status`)
    );;

CREATE TABLE `pligg_group_member` (
    `member_id` INT( 20 ) NOT NULL auto_increment,
    `member_user_id` INT( 20 ) NOT NULL ,
    `member_group_id` INT( 20 ) NOT NULL ,
    `member_role` ENUM( 'admin', 'normal', 'moderator', 'flagged', 'banned' ) collate utf8_general_ci NOT NULL,
    `member_status` ENUM( 'active', 'inactive') collate utf8_general_ci NOT NULL,
    PRIMARY KEY  (`member_id`),
    KEY `user_group` (`member_group_id`, `member_user_id`)
    );;

CREATE TABLE `pligg_group_shared` (
    `share_id` INT( 20 ) NOT NULL AUTO_INCREMENT PRIMARY KEY ,
    `share_link_id` INT( 20 ) NOT NULL ,
    `share_group_id` INT( 20 ) NOT NULL ,
    `share_user_id` INT( 20 ) NOT NULL,
    UNIQUE KEY `share_group_id` (`share_group_id`,`share_link_id`));;

CREATE TABLE `pligg_login_attempts` (
      `login_id` int(11) NOT NULL auto_increment,
      `login_username` varchar(100) collate utf8_general_ci default NULL,
      `login_time` datetime NOT NULL,
      `login_ip` varchar(100) collate utf8_general_ci default NULL,
      `login_count` int(11) NOT NULL default '0',
      PRIMARY KEY  (`login_id`),
      UNIQUE KEY `login_username` (`login_ip`,`login_username`)
  ) DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;;

CREATE TABLE `pligg_widgets` (
      `id` int(11) NOT NULL auto_increment,
      `name` varchar(50) collate utf8_general_ci default NULL,
      `version` float NOT NULL,
      `latest_version` float NOT NULL,
      `folder` varchar(50) collate utf8_general_ci default NULL,
      `enabled` tinyint(1) NOT NULL,
      `column` enum('left','right') collate utf8_general_ci NOT NULL,
      `position` int(11) NOT NULL,
      `display` char(5) collate utf8_general_ci NOT NULL,
      PRIMARY KEY  (`id`),
      UNIQUE KEY `folder` (`folder`)
  ) ENGINE =MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `pligg_totals` (
    `name` varchar(10) NOT NULL,
    `total` int(11) NOT NULL,
    PRIMARY KEY  (`name`)
    ) ENGINE = MyISAM;;

CREATE TABLE `pligg_tag_cache` (
      `tag_words` varchar(64) NOT NULL,
      `count` int(11) NOT NULL
    ) ENGINE =MyISAM;

CREATE TABLE `pligg_redirects` (
    `redirect_id` int(11) NOT NULL auto_increment,
    `redirect_old` varchar(255) NOT NULL,
    `redirect_new` varchar(255) NOT NULL,
    PRIMARY KEY  (`redirect_id`),
    KEY `redirect_old` (`redirect_old`)
    ) ENGINE = MyISAM;;

CREATE TABLE `pligg_additional_categories` (
    `ac_link_id` int(11) NOT NULL,
    `ac_cat_id` int(11) NOT NULL,
    UNIQUE KEY `ac_link_id` (`ac_link_id`,`ac_cat_id`)
  ) ENGINE=MyISAM;;

CREATE TABLE `pligg_spam_comments` (
    `auto_id` int(20) NOT NULL auto_increment,
    `userid` int(20) NOT NULL default '0',
    `linkid` int(20) NOT NULL default '0',
    `cmt_rand` int(20) NOT NULL default '0',
    `cmt_content` text collate utf8_general_ci NOT NULL,
    `cmt_date` timestamp NOT NULL default CURRENT_TIMESTAMP,
    `cmt_parent` int(20) NOT NULL default '0',
    PRIMARY KEY  (`auto_id`)
    ) ENGINE=MyISAM;

CREATE TABLE `pligg_spam_links` (
    `auto_id` int(20) NOT NULL auto_increment,
    `userid` int(20) NOT NULL default '0',
    `linkid` int(20) NOT NULL default '0',
    PRIMARY KEY  (`auto_id`)
    ) ENGINE=MyISAM;

CREATE TABLE `pligg_updates` (
    `update_id` int(11) NOT NULL auto_increment,
    `update_time` int(11) default NULL,
    `update_type` char(1) NOT NULL,
    `update_link_id` int(11) NOT NULL,
    `update_user_id` int(11) NOT NULL,
    `update_group_id` int(11) NOT NULL,
    `update_likes` int(11) NOT NULL,
    `update_level` varchar(25),
    `update_text` text NOT NULL,
    PRIMARY KEY  (`update_id`),
    FULLTEXT KEY `update_text` (`update_text`)
  ) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `pligg_likes` (
    `like_update_id` int(11) NOT NULL,
    `like_user_id` int(11) NOT NULL,
    PRIMARY KEY  (`like_update_id`, `like_user_id`)
  ) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `pligg_files` (
    `file_id` int(11) NOT NULL auto_increment,
    `file_name` varchar(255) default NULL,
    `file_size` varchar(20) default NULL,
    `file_user_id` int(11) NOT NULL,
    `file_link_id` int(11) NOT NULL,
    `file_orig_id` int(11) NOT NULL,
    `file_real_size` int(11) NOT NULL,
    `file_number` tinyint(4) NOT NULL,
    `file_ispicture` tinyint(4) NOT NULL,
    `file_fields` TEXT NOT NULL,
    `file_hide_thumb` TINYINT(1) UNSIGNED NOT NULL default '0',
    `file_hide_file` TINYINT(1) UNSIGNED NOT NULL default '0',
    `file_comment_id` INT(11) NOT NULL default '0',
    PRIMARY KEY  (`file_id`)
  ) ENGINE=MyISAM;

CREATE TABLE `pligg_snippets` (
    `snippet_id` int(11) NOT NULL auto_increment,
    `snippet_name` varchar(255) default NULL,
    `snippet_location` varchar(255) NOT NULL,
    `snippet_updated` datetime NOT NULL,
    `snippet_order` int(11) NOT NULL,
    `snippet_content` text,
    PRIMARY KEY  (`snippet_id`)
  ) ENGINE=MyISAM DEFAULT CHARSET=utf8;

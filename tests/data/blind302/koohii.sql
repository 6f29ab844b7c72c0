-- Kanji Koohii (fabd/kanji-koohii) — database schema for the blind exam 302.
-- Upstream: github.com/fabd/kanji-koohii, commit 30b7c6d106407279d568a5eda0c2b6a60febf32c (AGPL-3.0).
-- Tables 1-20: src/data/schemas/revtk_schema.sql (last changed in 28be9022), verbatim, in its order;
--   a missing ";" after `dictlevels` was added, the ALTER DATABASE and DROP TABLE lines were left out.
-- `patreon`: src/data/schemas/incremental/rtk_0012_patreon.sql (still used by src/lib/peer/PatreonPeer.php).
-- `log_user_delete`: src/data/schemas/incremental/rtk_0018_user_delete_log.sql.
-- `log_viewcache`: the DDL in the header comment of src/lib/peer/ViewCacheLogPeer.php.
-- Not included: sfs_activitylog / sfs_blockedips (their DDL, __rtk_0006_stopforumspam.sql, is not in the
--   repository), and the dictionary build helper table `numkanji` and views of jdict_schema.sql.

CREATE TABLE `active_guests` (
  `ip`           CHAR(15) NOT NULL DEFAULT '',
  `timestamp`    INT(11) UNSIGNED NOT NULL,
  PRIMARY KEY  (`ip`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `active_members` (
  `userid`       MEDIUMINT(4) UNSIGNED NOT NULL,
  `fc_count`     SMALLINT NOT NULL DEFAULT 0,
  `last_review`  DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY  (`userid`),
  KEY `last_review` (`last_review`),
  KEY `fc_count` (`fc_count`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `active_users` (
  `username`     CHAR(32) NOT NULL DEFAULT '',
  `timestamp`    INT(11) UNSIGNED NOT NULL,
  PRIMARY KEY  (`username`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `cache_dict_lookup` (
  `ucs_id`       SMALLINT UNSIGNED NOT NULL,
  `num_entries`  SMALLINT UNSIGNED NOT NULL DEFAULT '0',
  `json`         VARCHAR(10000) NOT NULL DEFAULT '',
  PRIMARY KEY  (`ucs_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `custkeywords` (
  `userid`       MEDIUMINT(4) UNSIGNED NOT NULL,
  `ucs_id`       SMALLINT(5)  UNSIGNED NOT NULL,
  `keyword`      VARCHAR(40) NOT NULL DEFAULT '',
  `created_on`   TIMESTAMP NOT NULL DEFAULT '0000-00-00 00:00:00',
  `updated_on`   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  (`userid`, `ucs_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `dictlevels` (
  `dictid`     mediumint(8) unsigned NOT NULL DEFAULT 0,
  `framenum`   smallint(5) unsigned DEFAULT NULL,
  `pri`        tinyint(3) unsigned NOT NULL,
  PRIMARY KEY (`dictid`),
  KEY `vocabshuffle_query` (`dictid`,`framenum`,`pri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_uca1400_ai_ci;

CREATE TABLE `dictprons` (
  `pronid`     smallint(5) unsigned NOT NULL DEFAULT '0',
  `pron`       char(5) NOT NULL DEFAULT '',
  PRIMARY KEY (`pronid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `dictsplit` (
  `dictid`     mediumint(8) unsigned NOT NULL DEFAULT '0',
  `kanji`      smallint(5) unsigned NOT NULL DEFAULT '0',
  `pronid`     smallint(5) unsigned NOT NULL DEFAULT '0',
  `type`       tinyint(4) NOT NULL DEFAULT '0',
  `position`   tinyint(3) unsigned NOT NULL DEFAULT '0',
  `numkanji`   tinyint(3) unsigned NOT NULL,
  `pri`        tinyint(3) unsigned NOT NULL,
  KEY (`dictid`),
  KEY (`kanji`),
  KEY (`pronid`),
  KEY `onlyknownkanji` (`kanji`,`dictid`,`numkanji`,`pri`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `jdict` (
  `dictid`     mediumint(8) unsigned NOT NULL DEFAULT '0',
  `pri`        tinyint(3) unsigned NOT NULL DEFAULT '0',
  `pos`        int(10) unsigned NOT NULL DEFAULT '0',
  `verb`       int(10) unsigned NOT NULL DEFAULT '0',
  `misc`       int(10) unsigned NOT NULL DEFAULT '0',
  `field`      int(10) unsigned NOT NULL DEFAULT '0',
  `compound`   tinytext NOT NULL,
  `reading`    tinytext NOT NULL,
  `glossary`   text NOT NULL,
  PRIMARY KEY (`dictid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `kanjis` (
  `ucs_id`       SMALLINT UNSIGNED NOT NULL,
  `keyword`      CHAR(40) NOT NULL DEFAULT '',
  `kanji`        CHAR(1) NOT NULL DEFAULT '',
  `onyomi`       VARCHAR(50) NOT NULL DEFAULT '',
  `idx_olded`    SMALLINT UNSIGNED NOT NULL,
  `idx_newed`    SMALLINT UNSIGNED NOT NULL,
  `strokecount`  TINYINT UNSIGNED NOT NULL,
  PRIMARY KEY (`ucs_id`),
  UNIQUE KEY `idx_olded` (`idx_olded`),
  UNIQUE KEY `idx_newed` (`idx_newed`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `learnedkanji` (
  `userid`       MEDIUMINT(4) UNSIGNED NOT NULL,
  `ucs_id`       SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY  (`userid`,`ucs_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patreon_members` (
  `member_id`              CHAR(36)      NOT NULL,
  `full_name`              VARCHAR(255)  NOT NULL DEFAULT '',
  `email`                  VARCHAR(255)  NOT NULL DEFAULT '',
  `patron_status`          VARCHAR(20)   NOT NULL DEFAULT '',
  `lifetime_support_cents` INT UNSIGNED  NOT NULL DEFAULT 0,
  `pledge_start`           DATE          NOT NULL DEFAULT '0000-00-00',
  `hide_pledges`           TINYINT(1)    UNSIGNED NOT NULL DEFAULT 0,
  `updated_at`             TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reviews` (
  `userid`       MEDIUMINT(4) UNSIGNED NOT NULL,
  `ucs_id`       SMALLINT UNSIGNED NOT NULL,
  `created_on`   TIMESTAMP NOT NULL DEFAULT '0000-00-00 00:00:00',
  `lastreview`   TIMESTAMP NOT NULL DEFAULT '0000-00-00 00:00:00',
  `expiredate`   DATE NOT NULL DEFAULT '0000-00-00',
  `totalreviews` SMALLINT(4) UNSIGNED NOT NULL,
  `leitnerbox`   TINYINT(1) UNSIGNED NOT NULL,
  `failurecount` SMALLINT(4) UNSIGNED NOT NULL,
  `successcount` SMALLINT(4) UNSIGNED NOT NULL,
  PRIMARY KEY  (`userid`, `ucs_id`),
  KEY `created_on` (`created_on`),
  KEY `lastreview` (`lastreview`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `sitenews` (
  `id`           INT(11) NOT NULL auto_increment,
  `subject`      VARCHAR(64) DEFAULT NULL,
  `text`         TEXT NOT NULL,
  `created_on`   DATE DEFAULT NULL,
  `updated_on`   TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY  (`id`),
  KEY `main_sort` (`created_on`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `stories` (
  `sid`        int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ucs_id`     smallint(5) unsigned NOT NULL,
  `userid`     int(10) unsigned NOT NULL,

  `updated_on` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `public`     tinyint(1) NOT NULL,
  `text`       varchar(512) NOT NULL,

  PRIMARY KEY (`sid`, `public`),
  UNIQUE KEY `user_stories` (`userid`,`ucs_id`,`public`)

) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `stories_shared` (
  `sid`        int(10) unsigned NOT NULL,
  `ucs_id`     smallint(5) unsigned NOT NULL,
  `userid`     int(10) unsigned NOT NULL,
  `updated_on` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `stars`      smallint(5) unsigned NOT NULL DEFAULT '0',
  `reports`    smallint(5) unsigned NOT NULL DEFAULT '0',

  PRIMARY KEY (`sid`),
  KEY `main_sort` (`ucs_id`,`stars`,`updated_on`),
  KEY `newest_sort` (`ucs_id`,`updated_on`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `storyvotes` (
  `authorid`     int(10) unsigned NOT NULL,
  `ucs_id`       smallint(5) unsigned NOT NULL,
  `userid`       int(10) unsigned NOT NULL DEFAULT '0',
  `vote`         tinyint(1) NOT NULL DEFAULT '0',

  PRIMARY KEY (`userid`,`ucs_id`,`authorid`),
  KEY `count_votes` (`authorid`,`ucs_id`,`vote`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `users` (
  `userid`       int(10) NOT NULL AUTO_INCREMENT,
  `username`     VARCHAR(32) NOT NULL DEFAULT '',
  `password`     VARCHAR(40) NOT NULL DEFAULT '',
  `userlevel`    INT(11) NOT NULL DEFAULT '1',
  `joindate`     DATETIME DEFAULT NULL,
  `lastlogin`    DATETIME DEFAULT NULL,
  `email`        VARCHAR(100) NOT NULL DEFAULT '',
  `location`     VARCHAR(32) CHARACTER SET utf8 NOT NULL DEFAULT '',
  `regip`        VARCHAR(45) NOT NULL DEFAULT '',
  `timezone`     FLOAT NOT NULL DEFAULT '-6',
  `opt_sequence` tinyint(3) unsigned NOT NULL DEFAULT 0,
  
  PRIMARY KEY  (`userid`),
  UNIQUE KEY `username` (`username`),
  KEY `regip` (`regip`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `users_settings` (
  `userid`       MEDIUMINT(4) UNSIGNED NOT NULL,
  `created_on`   TIMESTAMP NOT NULL DEFAULT '0000-00-00 00:00:00',
  `updated_on`   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,

  `no_shuffle`   TINYINT(1) UNSIGNED NOT NULL,
 
  `srs_max_box`  TINYINT UNSIGNED NOT NULL,
  `srs_mult`     SMALLINT UNSIGNED NOT NULL,
  `srs_hard_box` TINYINT UNSIGNED NOT NULL,
  `srs_reverse`  TINYINT UNSIGNED NOT NULL DEFAULT 0,

  PRIMARY KEY  (`userid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `vocabpicks` (
  `userid`       MEDIUMINT(4) UNSIGNED NOT NULL,
  `ucs_id`       SMALLINT UNSIGNED NOT NULL,
  `dictid`       mediumint(8) unsigned NOT NULL DEFAULT '0',
  `updated_on`   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY  (`userid`, `ucs_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `patreon` (

  `userid`          int(10) unsigned NOT NULL DEFAULT '0',

  `is_active`       tinyint unsigned NOT NULL DEFAULT '0',
  `has_perks`       tinyint unsigned NOT NULL DEFAULT '0',

  `pa_id`           int(10) unsigned not null,
  `pa_amount_cents` int(10) unsigned not null default '0',
  `pa_created_at`   DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `pa_full_name`    varchar(100) not null default '',

  `updated_on`      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,

  PRIMARY KEY (`pa_id`),
  KEY `users_join` (`userid`),
  KEY `patrons_list` (`is_active`, `pa_created_at`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `log_user_delete` (
  `created_on`   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `userid`       MEDIUMINT(4) UNSIGNED NOT NULL,
  `username`     varchar(200) NOT NULL DEFAULT '',
  `joindate`     TIMESTAMP NOT NULL DEFAULT '0000-00-00',
  `logdesc`      VARCHAR(200) NOT NULL DEFAULT '',
  KEY `created_on` (`created_on`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `log_viewcache`
(
  `cache_hit`    TINYINT   NOT NULL,
  `resource_id`  SMALLINT  UNSIGNED NOT NULL,
  `created_on`   TIMESTAMP NOT NULL DEFAULT 0,
  KEY `created_on` (`created_on`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;


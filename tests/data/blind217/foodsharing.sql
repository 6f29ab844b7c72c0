-- foodsharing — the food-rescue platform of foodsharing e.V. (foodsharing.de / .at / .ch): foodsavers (members)
-- with address, birthday, photo, roles and statistics, regions and their ambassadors, cooperating stores with their
-- pickup teams, pickup slots and store logs, food baskets offered and requested, public fridges (Fairteiler),
-- conversations and messages, notifications (bells), mailboxes, reports about members, ratings, buddies, quizzes,
-- verification history, polls, events, push subscriptions, API tokens, IP blocks.
-- Upstream: gitlab.com/foodsharing-dev/foodsharing, migrations/*.php (Phinx, MySQL), read from the GitHub copy
-- github.com/giftnuss/foodsharing at commit 381a696ddbdf0e369c5de05f6201d0a75f22738c (28 January 2022, the last
-- upstream commit in that copy; later commits there are the copy owner's and touch no migration), licence AGPL-3.0.
-- Made by replaying the 23 Phinx migrations (20200523143314_initial_migration.php ... 20210930110433) as MySQL
-- statements (Phinx's MySQL types: integer limit INT_TINY -> tinyint, other limits -> int(n), signed false ->
-- unsigned, string -> varchar(limit), text limit TEXT_MEDIUM -> mediumtext, Phinx's implicit `id` int(11)
-- AUTO_INCREMENT key where a table does not switch it off) into MariaDB 10.11, then SHOW CREATE TABLE; data-only
-- migrations skipped. 46 of the 84 tables kept with all columns in upstream order, upstream's comments, keys and
-- foreign keys (none of the kept tables refers to a table left out).

CREATE TABLE `fs_foodsaver` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `bezirk_id` int(10) unsigned NOT NULL,
  `position` varchar(255) NOT NULL DEFAULT '',
  `verified` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `last_pass` datetime DEFAULT NULL,
  `new_bezirk` varchar(120) NOT NULL,
  `want_new` tinyint(4) NOT NULL DEFAULT 0,
  `mailbox_id` int(10) unsigned DEFAULT NULL,
  `rolle` tinyint(4) NOT NULL,
  `type` tinyint(4) DEFAULT 0,
  `plz` varchar(10) DEFAULT NULL,
  `stadt` varchar(100) DEFAULT NULL,
  `lat` varchar(20) DEFAULT NULL,
  `lon` varchar(20) DEFAULT NULL,
  `photo` varchar(50) DEFAULT NULL,
  `email` varchar(120) DEFAULT NULL,
  `password` varchar(100) DEFAULT NULL,
  `name` varchar(120) DEFAULT NULL,
  `admin` tinyint(3) unsigned DEFAULT NULL,
  `nachname` varchar(120) DEFAULT NULL,
  `anschrift` varchar(120) DEFAULT NULL,
  `telefon` varchar(30) DEFAULT NULL,
  `homepage` varchar(255) DEFAULT NULL,
  `handy` varchar(50) DEFAULT NULL,
  `geschlecht` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `geb_datum` date DEFAULT NULL,
  `anmeldedatum` datetime DEFAULT NULL,
  `privacy_notice_accepted_date` datetime DEFAULT NULL,
  `privacy_policy_accepted_date` datetime DEFAULT NULL,
  `orgateam` tinyint(3) unsigned DEFAULT 0,
  `active` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `data` mediumtext NOT NULL,
  `about_me_public` mediumtext NOT NULL,
  `newsletter` tinyint(1) NOT NULL DEFAULT 0,
  `token` varchar(100) NOT NULL,
  `infomail_message` tinyint(1) DEFAULT NULL,
  `last_login` datetime DEFAULT NULL,
  `stat_fetchweight` decimal(9,2) unsigned NOT NULL DEFAULT 0.00,
  `stat_fetchcount` int(10) unsigned NOT NULL DEFAULT 0,
  `stat_ratecount` int(10) unsigned NOT NULL DEFAULT 0,
  `stat_rating` decimal(4,2) unsigned NOT NULL DEFAULT 0.00,
  `stat_postcount` int(11) NOT NULL DEFAULT 0,
  `stat_buddycount` int(7) unsigned NOT NULL,
  `stat_bananacount` int(7) unsigned NOT NULL DEFAULT 0,
  `stat_fetchrate` decimal(6,2) NOT NULL DEFAULT 100.00,
  `sleep_status` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `sleep_from` date DEFAULT NULL,
  `sleep_until` date DEFAULT NULL,
  `sleep_msg` mediumtext DEFAULT NULL,
  `option` mediumtext NOT NULL,
  `beta` tinyint(1) NOT NULL DEFAULT 0,
  `quiz_rolle` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `contact_public` tinyint(4) NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  `about_me_intern` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `foodsaver_FKIndex2` (`bezirk_id`),
  KEY `plz` (`plz`),
  KEY `want_new` (`want_new`),
  KEY `mailbox_id` (`mailbox_id`),
  KEY `newsletter` (`newsletter`),
  FULLTEXT KEY `name` (`name`,`nachname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_foodsaver_change_history` (
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `fs_id` int(11) NOT NULL,
  `changer_id` int(11) NOT NULL,
  `object_name` mediumtext NOT NULL,
  `old_value` mediumtext DEFAULT NULL,
  `new_value` mediumtext DEFAULT NULL,
  KEY `fs_id` (`fs_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_bell` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `body` varchar(50) DEFAULT NULL,
  `vars` mediumtext DEFAULT NULL,
  `attr` varchar(500) DEFAULT NULL,
  `icon` varchar(150) DEFAULT NULL,
  `identifier` varchar(40) DEFAULT NULL,
  `time` datetime NOT NULL,
  `closeable` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `expiration` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `expiration` (`expiration`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_conversation` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(40) DEFAULT NULL,
  `last` datetime DEFAULT NULL,
  `last_foodsaver_id` int(10) unsigned DEFAULT NULL,
  `last_message_id` int(10) unsigned DEFAULT NULL,
  `last_message` mediumtext DEFAULT NULL,
  `last_message_is_htmlentity_encoded` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `conversation_last_fs_id` (`last_foodsaver_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_msg` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `conversation_id` int(10) unsigned NOT NULL,
  `foodsaver_id` int(10) unsigned NOT NULL,
  `body` mediumtext DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  `is_htmlentity_encoded` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `message_FKIndex1` (`foodsaver_id`),
  KEY `message_conversationTimeIndex` (`conversation_id`,`time`),
  CONSTRAINT `fs_msg_conversation_id` FOREIGN KEY (`conversation_id`) REFERENCES `fs_conversation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_foodsaver_has_options` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `option_type` int(10) unsigned NOT NULL COMMENT 'category of the option',
  `option_value` varchar(255) NOT NULL COMMENT 'value of the option',
  PRIMARY KEY (`foodsaver_id`,`option_type`),
  CONSTRAINT `fs_foodsaver_has_options_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_location` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(200) DEFAULT NULL,
  `lat` decimal(10,8) DEFAULT NULL,
  `lon` decimal(11,8) DEFAULT NULL,
  `zip` varchar(10) DEFAULT NULL,
  `city` varchar(100) DEFAULT NULL,
  `street` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_abholer` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `betrieb_id` int(10) unsigned NOT NULL,
  `date` datetime NOT NULL,
  `confirmed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `foodsaver_id` (`foodsaver_id`,`betrieb_id`,`date`),
  KEY `betrieb_id` (`betrieb_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_abholzeiten` (
  `betrieb_id` int(10) unsigned NOT NULL,
  `dow` tinyint(3) unsigned NOT NULL,
  `time` time NOT NULL DEFAULT '00:00:00',
  `fetcher` tinyint(3) unsigned NOT NULL DEFAULT 4,
  PRIMARY KEY (`betrieb_id`,`dow`,`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_fetchdate` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `betrieb_id` int(10) unsigned NOT NULL,
  `time` datetime DEFAULT NULL,
  `fetchercount` tinyint(3) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `betrieb_id` (`betrieb_id`,`time`),
  KEY `fetchdate_FKIndex1` (`betrieb_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_betrieb` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `betrieb_status_id` int(10) unsigned NOT NULL,
  `bezirk_id` int(10) unsigned NOT NULL,
  `added` date NOT NULL,
  `plz` varchar(5) NOT NULL,
  `stadt` varchar(50) NOT NULL,
  `lat` varchar(20) DEFAULT NULL,
  `lon` varchar(20) DEFAULT NULL,
  `kette_id` int(10) unsigned DEFAULT NULL,
  `betrieb_kategorie_id` int(11) DEFAULT NULL,
  `name` varchar(120) DEFAULT NULL,
  `str` varchar(120) DEFAULT NULL,
  `hsnr` varchar(20) DEFAULT NULL,
  `status_date` date DEFAULT NULL,
  `status` tinyint(3) unsigned DEFAULT NULL,
  `ansprechpartner` varchar(60) DEFAULT NULL,
  `telefon` varchar(50) DEFAULT NULL,
  `fax` varchar(50) DEFAULT NULL,
  `email` varchar(60) DEFAULT NULL,
  `begin` date DEFAULT NULL,
  `besonderheiten` mediumtext DEFAULT NULL,
  `public_info` varchar(200) DEFAULT NULL,
  `public_time` tinyint(4) NOT NULL,
  `ueberzeugungsarbeit` tinyint(4) NOT NULL,
  `presse` tinyint(4) NOT NULL,
  `sticker` tinyint(4) NOT NULL,
  `abholmenge` tinyint(4) NOT NULL,
  `team_status` tinyint(4) NOT NULL DEFAULT 1 COMMENT '0 = Team Voll; 1 = Es werden noch Helfer gesucht; 2 = Es werden dringend Helfer gesucht',
  `prefetchtime` int(10) unsigned NOT NULL DEFAULT 1209600,
  `team_conversation_id` int(10) unsigned DEFAULT NULL,
  `springer_conversation_id` int(10) unsigned DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `betrieb_FKIndex2` (`kette_id`),
  KEY `betrieb_FKIndex3` (`bezirk_id`),
  KEY `betrieb_FKIndex5` (`betrieb_status_id`),
  KEY `plz` (`plz`),
  KEY `team_status` (`team_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_betrieb_kategorie` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_betrieb_notiz` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `foodsaver_id` int(10) unsigned NOT NULL,
  `betrieb_id` int(10) unsigned NOT NULL,
  `milestone` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `text` mediumtext DEFAULT NULL,
  `zeit` datetime DEFAULT NULL,
  `last` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `betrieb_notitz_FKIndex1` (`betrieb_id`),
  KEY `betrieb_notiz_FKIndex2` (`foodsaver_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_betrieb_team` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `betrieb_id` int(10) unsigned NOT NULL,
  `verantwortlich` tinyint(3) unsigned DEFAULT 0,
  `active` int(11) NOT NULL DEFAULT 0,
  `stat_last_update` datetime DEFAULT NULL,
  `stat_fetchcount` int(10) unsigned NOT NULL,
  `stat_first_fetch` date DEFAULT NULL,
  `stat_last_fetch` date DEFAULT NULL,
  `stat_add_date` date DEFAULT NULL,
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `foodsaver_id` (`foodsaver_id`,`betrieb_id`),
  KEY `foodsaver_has_betrieb_FKIndex1` (`foodsaver_id`),
  KEY `foodsaver_has_betrieb_FKIndex2` (`betrieb_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_kette` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(60) DEFAULT NULL,
  `logo` varchar(30) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_bezirk` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) unsigned DEFAULT 0,
  `has_children` tinyint(4) NOT NULL,
  `type` tinyint(4) NOT NULL DEFAULT 1,
  `teaser` mediumtext NOT NULL,
  `desc` mediumtext NOT NULL,
  `photo` varchar(200) NOT NULL,
  `master` int(10) unsigned NOT NULL DEFAULT 0,
  `mailbox_id` int(10) unsigned NOT NULL DEFAULT 0,
  `name` varchar(50) DEFAULT NULL,
  `email` varchar(120) NOT NULL,
  `email_pass` varchar(50) NOT NULL,
  `email_name` varchar(100) NOT NULL,
  `apply_type` tinyint(4) NOT NULL DEFAULT 2,
  `banana_count` tinyint(4) NOT NULL DEFAULT 0,
  `fetch_count` tinyint(4) NOT NULL DEFAULT 0,
  `week_num` tinyint(4) NOT NULL DEFAULT 0,
  `report_num` tinyint(4) NOT NULL,
  `stat_last_update` datetime NOT NULL,
  `stat_fetchweight` decimal(10,2) unsigned NOT NULL,
  `stat_fetchcount` int(10) unsigned NOT NULL,
  `stat_postcount` int(10) unsigned NOT NULL,
  `stat_betriebcount` int(7) unsigned NOT NULL,
  `stat_korpcount` int(7) unsigned NOT NULL,
  `stat_botcount` int(7) unsigned NOT NULL,
  `stat_fscount` int(7) unsigned NOT NULL,
  `stat_fairteilercount` int(7) unsigned NOT NULL,
  `conversation_id` int(10) unsigned NOT NULL DEFAULT 0,
  `moderated` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `parent_id` (`parent_id`),
  KEY `type` (`type`),
  KEY `mailbox_id` (`mailbox_id`),
  KEY `master` (`master`),
  CONSTRAINT `fs_bezirk_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `fs_bezirk` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_botschafter` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `bezirk_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`foodsaver_id`,`bezirk_id`),
  KEY `foodsaver_has_bezirk_FKIndex1` (`foodsaver_id`),
  KEY `foodsaver_has_bezirk_FKIndex2` (`bezirk_id`),
  CONSTRAINT `fs_botschafter_bezirk_id` FOREIGN KEY (`bezirk_id`) REFERENCES `fs_bezirk` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fs_botschafter_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_basket` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `foodsaver_id` int(10) unsigned NOT NULL,
  `status` tinyint(3) unsigned DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  `update` datetime DEFAULT NULL,
  `until` date NOT NULL,
  `fetchtime` datetime DEFAULT NULL,
  `description` mediumtext DEFAULT NULL,
  `picture` varchar(150) DEFAULT NULL,
  `tel` varchar(50) NOT NULL DEFAULT '',
  `handy` varchar(50) NOT NULL DEFAULT '',
  `contact_type` varchar(20) NOT NULL DEFAULT '1',
  `location_type` tinyint(3) unsigned DEFAULT NULL,
  `weight` float DEFAULT NULL,
  `lat` float(10,6) NOT NULL DEFAULT 0.000000,
  `lon` float(10,6) NOT NULL DEFAULT 0.000000,
  `bezirk_id` int(10) unsigned NOT NULL,
  `fs_id` int(10) NOT NULL DEFAULT 0,
  `appost` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `basket_FKIndex1` (`foodsaver_id`),
  KEY `bezirk_id` (`bezirk_id`),
  KEY `lat` (`lat`,`lon`),
  KEY `fs_id` (`fs_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_basket_anfrage` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `basket_id` int(10) unsigned NOT NULL,
  `status` tinyint(3) unsigned DEFAULT NULL,
  `time` datetime NOT NULL,
  `appost` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`foodsaver_id`,`basket_id`),
  KEY `foodsaver_has_basket_FKIndex1` (`foodsaver_id`),
  KEY `foodsaver_has_basket_FKIndex2` (`basket_id`),
  CONSTRAINT `fs_basket_anfrage_basket_id` FOREIGN KEY (`basket_id`) REFERENCES `fs_basket` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fs_basket_anfrage_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_fairteiler` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `bezirk_id` int(10) unsigned DEFAULT NULL,
  `name` varchar(260) DEFAULT NULL,
  `picture` varchar(100) NOT NULL,
  `status` tinyint(3) unsigned DEFAULT NULL,
  `desc` mediumtext DEFAULT NULL,
  `anschrift` varchar(260) DEFAULT NULL,
  `plz` varchar(5) DEFAULT NULL,
  `ort` varchar(100) DEFAULT NULL,
  `lat` varchar(100) DEFAULT NULL,
  `lon` varchar(100) DEFAULT NULL,
  `add_date` date DEFAULT NULL,
  `add_foodsaver` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fairteiler_FKIndex1` (`bezirk_id`),
  CONSTRAINT `fs_fairteiler_bezirk_id` FOREIGN KEY (`bezirk_id`) REFERENCES `fs_bezirk` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_fairteiler_follower` (
  `fairteiler_id` int(10) unsigned NOT NULL,
  `foodsaver_id` int(10) unsigned NOT NULL,
  `type` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `infotype` tinyint(3) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`fairteiler_id`,`foodsaver_id`),
  KEY `fairteiler_verantwortlich_FKIndex1` (`fairteiler_id`),
  KEY `fairteiler_verantwortlich_FKIndex2` (`foodsaver_id`),
  KEY `type` (`type`),
  KEY `infotype` (`infotype`),
  CONSTRAINT `fs_fairteiler_follower_fairteiler_id` FOREIGN KEY (`fairteiler_id`) REFERENCES `fs_fairteiler` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fs_fairteiler_follower_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_report` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `foodsaver_id` int(10) unsigned NOT NULL,
  `reporter_id` int(10) unsigned DEFAULT NULL,
  `reporttype` tinyint(3) unsigned DEFAULT NULL,
  `betrieb_id` int(10) unsigned DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  `committed` tinyint(3) unsigned DEFAULT 0,
  `msg` mediumtext DEFAULT NULL,
  `tvalue` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `report_FKIndex1` (`foodsaver_id`),
  KEY `report_reporter` (`reporter_id`),
  KEY `report_betrieb` (`betrieb_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_rating` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `rater_id` int(10) unsigned NOT NULL,
  `msg` mediumtext NOT NULL,
  `time` datetime NOT NULL,
  PRIMARY KEY (`foodsaver_id`,`rater_id`),
  KEY `fk_foodsaver_has_foodsaver_foodsaver1_idx` (`rater_id`),
  KEY `fk_foodsaver_has_foodsaver_foodsaver_idx` (`foodsaver_id`),
  CONSTRAINT `fs_rating_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fs_rating_rater_id` FOREIGN KEY (`rater_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='ratingtype 1+2 = bananen, 4+5 = betriebsmeldung';

CREATE TABLE `fs_mailbox` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `member` tinyint(4) NOT NULL DEFAULT 0,
  `last_access` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_unique` (`name`),
  KEY `member` (`member`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_mailbox_member` (
  `mailbox_id` int(10) unsigned NOT NULL,
  `foodsaver_id` int(10) unsigned NOT NULL,
  `email_name` varchar(120) NOT NULL,
  PRIMARY KEY (`mailbox_id`,`foodsaver_id`),
  KEY `mailbox_has_foodsaver_FKIndex1` (`mailbox_id`),
  KEY `mailbox_has_foodsaver_FKIndex2` (`foodsaver_id`),
  CONSTRAINT `fs_mailbox_member_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fs_mailbox_member_mailbox_id` FOREIGN KEY (`mailbox_id`) REFERENCES `fs_mailbox` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_mailbox_message` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `mailbox_id` int(10) unsigned NOT NULL,
  `folder` tinyint(3) unsigned DEFAULT 1,
  `sender` text DEFAULT NULL,
  `to` mediumtext NOT NULL,
  `subject` text DEFAULT NULL,
  `body` mediumtext DEFAULT NULL,
  `body_html` mediumtext NOT NULL,
  `time` datetime DEFAULT NULL,
  `attach` mediumtext DEFAULT NULL,
  `read` tinyint(3) unsigned DEFAULT NULL,
  `answer` tinyint(3) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `email_message_folder` (`folder`),
  KEY `mailbox_message_FKIndex1` (`mailbox_id`,`read`),
  CONSTRAINT `fs_mailbox_message_mailbox_id` FOREIGN KEY (`mailbox_id`) REFERENCES `fs_mailbox` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_mailchange` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `newmail` varchar(200) DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  `token` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`foodsaver_id`),
  CONSTRAINT `fs_mailchange_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_apitoken` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `token` varchar(255) NOT NULL,
  KEY `foodsaver_id` (`foodsaver_id`),
  CONSTRAINT `fs_apitoken_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_push_notification_subscription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `foodsaver_id` int(11) NOT NULL,
  `data` text DEFAULT NULL,
  `type` varchar(24) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_quiz_session` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `foodsaver_id` int(10) unsigned NOT NULL,
  `quiz_id` int(10) unsigned NOT NULL,
  `status` tinyint(3) unsigned DEFAULT NULL,
  `quiz_index` tinyint(3) unsigned DEFAULT NULL,
  `quiz_questions` mediumtext DEFAULT NULL,
  `quiz_result` mediumtext DEFAULT NULL,
  `time_start` datetime DEFAULT NULL,
  `time_end` datetime DEFAULT NULL,
  `fp` decimal(5,2) DEFAULT NULL,
  `maxfp` tinyint(3) unsigned DEFAULT NULL,
  `quest_count` tinyint(3) unsigned DEFAULT NULL,
  `easymode` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `quiz_result_FKIndex1` (`quiz_id`),
  KEY `quiz_result_FKIndex2` (`foodsaver_id`),
  CONSTRAINT `fs_quiz_session_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_quiz` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(200) DEFAULT NULL,
  `desc` mediumtext DEFAULT NULL,
  `maxfp` smallint(6) unsigned NOT NULL,
  `questcount` smallint(6) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_verify_history` (
  `fs_id` int(10) unsigned DEFAULT NULL,
  `date` datetime NOT NULL,
  `bot_id` int(10) unsigned DEFAULT NULL,
  `change_status` tinyint(1) DEFAULT NULL,
  KEY `fs_id` (`fs_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_store_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `store_id` int(10) NOT NULL COMMENT 'ID of Store',
  `date_activity` datetime NOT NULL DEFAULT current_timestamp() COMMENT 'when did the action take place',
  `action` int(4) NOT NULL COMMENT 'action type that was performed',
  `fs_id_a` int(10) NOT NULL COMMENT 'foodsaver_id who is doing the action',
  `fs_id_p` int(10) DEFAULT NULL COMMENT 'to which foodsaver_id is it done to',
  `date_reference` datetime DEFAULT NULL COMMENT 'date referenced (slot or wallpost entry)',
  `content` varchar(255) DEFAULT NULL COMMENT 'Text from the store-wall-entry',
  `reason` varchar(255) DEFAULT NULL COMMENT 'Why a negativ action was done',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_email_bounces` (
  `email` varchar(255) NOT NULL,
  `bounced_at` datetime NOT NULL,
  `bounce_category` varchar(255) NOT NULL,
  KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_ipblock` (
  `ip` varchar(20) NOT NULL,
  `context` varchar(10) NOT NULL,
  `start` datetime DEFAULT NULL,
  `duration` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`ip`,`context`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_wallpost` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `foodsaver_id` int(10) unsigned NOT NULL,
  `body` mediumtext DEFAULT NULL,
  `time` datetime DEFAULT NULL,
  `attach` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `wallpost_FKIndex1` (`foodsaver_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_poll` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'unique id of the poll',
  `region_id` int(10) unsigned NOT NULL COMMENT 'region with which the poll is associated',
  `name` varchar(200) DEFAULT NULL COMMENT 'title of the poll',
  `description` mediumtext DEFAULT NULL COMMENT 'description of the poll',
  `scope` int(2) unsigned NOT NULL COMMENT 'determines who will be invited to vote',
  `type` int(2) unsigned NOT NULL COMMENT 'determines how a vote is cast and which values are possible for each option',
  `start` datetime NOT NULL COMMENT 'start timestamp for the poll',
  `end` datetime NOT NULL COMMENT 'end timestamp for the poll',
  `author` int(10) unsigned NOT NULL COMMENT 'id of the user who created the poll',
  `creation_timestamp` datetime NOT NULL,
  `votes` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'number of users who have voted',
  `cancelled_by` int(10) unsigned DEFAULT NULL COMMENT 'id of the user who cancelled the poll',
  `eligible_votes_count` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'number of users who are eligible to vote',
  `shuffle_options` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `fs_poll_region_id` (`region_id`),
  CONSTRAINT `fs_poll_region_id` FOREIGN KEY (`region_id`) REFERENCES `fs_bezirk` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_foodsaver_has_poll` (
  `foodsaver_id` int(10) unsigned NOT NULL COMMENT 'id of the voter',
  `poll_id` int(10) unsigned NOT NULL COMMENT 'id of the poll',
  `time` datetime DEFAULT NULL ON UPDATE current_timestamp() COMMENT 'time at which the voter has voted, null if not voted yet',
  PRIMARY KEY (`foodsaver_id`,`poll_id`),
  KEY `fs_foodsaver_has_poll_poll_id` (`poll_id`),
  CONSTRAINT `fs_foodsaver_has_poll_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fs_foodsaver_has_poll_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `fs_poll` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_content` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(20) DEFAULT NULL,
  `title` varchar(120) DEFAULT NULL,
  `body` mediumtext DEFAULT NULL,
  `last_mod` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `uploads` (
  `uuid` char(36) NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `sha256hash` char(64) NOT NULL,
  `mimeType` varchar(255) NOT NULL,
  `uploaded_at` datetime NOT NULL,
  `lastaccess_at` datetime NOT NULL,
  `filesize` int(10) unsigned NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_buddy` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `buddy_id` int(10) unsigned NOT NULL,
  `confirmed` tinyint(3) unsigned DEFAULT NULL,
  PRIMARY KEY (`foodsaver_id`,`buddy_id`),
  KEY `buddy_confirmed` (`confirmed`),
  KEY `buddy_id` (`buddy_id`),
  CONSTRAINT `fs_buddy_buddy_id` FOREIGN KEY (`buddy_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fs_buddy_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_foodsaver_has_bezirk` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `bezirk_id` int(10) unsigned NOT NULL,
  `active` int(10) unsigned DEFAULT 0 COMMENT '0=beworben,1=aktiv,10=vielleicht',
  `added` datetime NOT NULL,
  `application` mediumtext NOT NULL,
  PRIMARY KEY (`foodsaver_id`,`bezirk_id`),
  KEY `foodsaver_has_bezirk_FKIndex1` (`foodsaver_id`),
  KEY `foodsaver_has_bezirk_FKIndex2` (`bezirk_id`),
  CONSTRAINT `fs_foodsaver_has_bezirk_bezirk_id` FOREIGN KEY (`bezirk_id`) REFERENCES `fs_bezirk` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fs_foodsaver_has_bezirk_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_foodsaver_has_bell` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `bell_id` int(10) unsigned NOT NULL,
  `seen` tinyint(3) unsigned DEFAULT 0,
  PRIMARY KEY (`foodsaver_id`,`bell_id`),
  KEY `foodsaver_has_bell_FKIndex1` (`foodsaver_id`),
  KEY `foodsaver_has_bell_FKIndex2` (`bell_id`),
  CONSTRAINT `fs_foodsaver_has_bell_bell_id` FOREIGN KEY (`bell_id`) REFERENCES `fs_bell` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fs_foodsaver_has_bell_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_foodsaver_has_conversation` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `conversation_id` int(10) unsigned NOT NULL,
  `unread` tinyint(3) unsigned DEFAULT 1,
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `foodsaver_id` (`foodsaver_id`,`conversation_id`),
  KEY `foodsaver_has_conversation_FKIndex1` (`foodsaver_id`),
  KEY `foodsaver_has_conversation_FKIndex2` (`conversation_id`),
  CONSTRAINT `fs_foodsaver_has_conversation_conversation_id` FOREIGN KEY (`conversation_id`) REFERENCES `fs_conversation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fs_foodsaver_has_conversation_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_event` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `foodsaver_id` int(10) unsigned NOT NULL,
  `bezirk_id` int(10) unsigned DEFAULT NULL,
  `location_id` int(10) unsigned DEFAULT NULL,
  `public` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(200) DEFAULT NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  `description` mediumtext DEFAULT NULL,
  `bot` tinyint(3) unsigned DEFAULT 0,
  `online` tinyint(3) unsigned DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `event_FKIndex1` (`location_id`),
  KEY `event_FKIndex2` (`bezirk_id`),
  KEY `event_FKIndex3` (`foodsaver_id`),
  CONSTRAINT `fs_event_bezirk_id` FOREIGN KEY (`bezirk_id`) REFERENCES `fs_bezirk` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fs_event_location_id` FOREIGN KEY (`location_id`) REFERENCES `fs_location` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `fs_foodsaver_has_event` (
  `foodsaver_id` int(10) unsigned NOT NULL,
  `event_id` int(10) unsigned NOT NULL,
  `status` tinyint(3) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`foodsaver_id`,`event_id`),
  KEY `foodsaver_has_event_FKIndex1` (`foodsaver_id`),
  KEY `foodsaver_has_event_FKIndex2` (`event_id`),
  CONSTRAINT `fs_foodsaver_has_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `fs_event` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fs_foodsaver_has_event_foodsaver_id` FOREIGN KEY (`foodsaver_id`) REFERENCES `fs_foodsaver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


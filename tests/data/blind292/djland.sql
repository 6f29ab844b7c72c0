-- DJLand (CiTR 101.9 FM, the campus and community radio station of the University of British Columbia, and its
-- Discorder magazine; also run by CJSF; PHP / Laravel, MySQL): station membership and volunteers, membership
-- years and interests, staff logins and permission groups, shows, show times and hosts, playsheets (broadcast
-- logs) and play items with CRTC content categories, ad logs, SOCAN reporting periods, podcasts, the music
-- library and music submissions, fund-drive donors, "friends" (businesses giving members discounts).
-- github.com/CiTR/djland, commit 180f86058c676df04da40ac1367cf6d81fcdf389 (CC BY-NC-SA 4.0, LICENSE; the README
-- calls it "a free and open source web application built for community radio").
-- Source: setup/2023-seed-data.sql (upstream's phpMyAdmin dump of a database built by its setup scripts and
-- Laravel migrations, the file the README says a new installation imports; last changed in c6b14ae9, May 2023),
-- loaded into MariaDB 10.11 without its seed rows and dumped again table by table (SHOW CREATE TABLE), so the
-- dump's separate ALTER TABLE ... ADD PRIMARY KEY / KEY / CONSTRAINT and MODIFY ... AUTO_INCREMENT statements
-- are folded into each CREATE TABLE. All 41 tables, every column in upstream's order; AUTO_INCREMENT counters,
-- session SET lines and seed rows (djland_options, genres, groups, membership_status, subgenres, types_format,
-- migrations) left out. Tables in the dump's (alphabetical) order, moved only where a foreign key needs its
-- target first.

CREATE TABLE `adlog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `playsheet_id` int(11) DEFAULT NULL,
  `num` smallint(6) DEFAULT NULL,
  `time` varchar(45) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `type` varchar(45) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `name` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `played` tinyint(4) DEFAULT 0,
  `sam_id` int(11) DEFAULT NULL,
  `time_block` int(11) DEFAULT NULL,
  `create_date` timestamp NULL DEFAULT NULL,
  `edit_date` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  KEY `unixtime` (`id`,`time_block`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `archive` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `contact` tinytext DEFAULT NULL,
  `catalog` tinytext DEFAULT NULL,
  `artist` tinytext DEFAULT NULL,
  `title` tinytext DEFAULT NULL,
  `submitted` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `djland_options` (
  `index` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `djland_option` tinytext NOT NULL,
  `value` text NOT NULL,
  `CREATED_AT` datetime NOT NULL,
  `UPDATED_AT` datetime NOT NULL,
  PRIMARY KEY (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `djs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `day` text NOT NULL,
  `time` text NOT NULL,
  `dj` text NOT NULL,
  `desc` text NOT NULL,
  `image` text NOT NULL,
  `email` text NOT NULL,
  `website` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `friends` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` tinytext NOT NULL,
  `address` tinytext DEFAULT NULL,
  `website` varchar(100) DEFAULT NULL,
  `phone` varchar(17) DEFAULT NULL,
  `discount` tinytext DEFAULT NULL,
  `image` tinytext DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `edited` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fundrive_donors` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `donation_amount` varchar(10) DEFAULT NULL,
  `swag` varchar(1) DEFAULT NULL,
  `tax_receipt` varchar(1) DEFAULT NULL,
  `show_inspired` tinytext DEFAULT NULL,
  `prize` varchar(45) DEFAULT NULL,
  `firstname` varchar(45) DEFAULT NULL,
  `lastname` varchar(45) DEFAULT NULL,
  `address` varchar(90) DEFAULT NULL,
  `city` varchar(45) DEFAULT NULL,
  `province` varchar(4) DEFAULT NULL,
  `postalcode` varchar(6) DEFAULT NULL,
  `country` varchar(60) DEFAULT NULL,
  `phonenumber` varchar(12) DEFAULT NULL,
  `email` varchar(45) DEFAULT NULL,
  `payment_method` varchar(45) DEFAULT NULL,
  `mail_yes` varchar(1) DEFAULT NULL,
  `postage_paid` varchar(30) DEFAULT NULL,
  `recv_updates_citr` varchar(1) DEFAULT NULL,
  `recv_updates_alumni` varchar(1) DEFAULT NULL,
  `donor_recognition_name` varchar(45) DEFAULT NULL,
  `LP_yes` varchar(1) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `paid` varchar(1) DEFAULT NULL,
  `prize_picked_up` varchar(1) DEFAULT NULL,
  `UPDATED_AT` timestamp NULL DEFAULT NULL,
  `CREATED_AT` timestamp NULL DEFAULT NULL,
  `LP_amount` varchar(5) NOT NULL,
  `status` varchar(45) DEFAULT 'unsaved',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `genres` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `genre` varchar(255) NOT NULL,
  `default_crtc_category` int(11) DEFAULT NULL,
  `created_by` int(11) NOT NULL,
  `updated_by` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `groups` (
  `name` varchar(20) NOT NULL DEFAULT '0',
  `description` varchar(100) NOT NULL DEFAULT '0',
  UNIQUE KEY `name` (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `group_members` (
  `user_id` int(10) unsigned NOT NULL,
  `operator` varchar(1) DEFAULT '0',
  `administrator` varchar(1) DEFAULT '0',
  `staff` varchar(1) DEFAULT '0',
  `workstudy` varchar(1) DEFAULT '0',
  `volunteer_leader` varchar(1) DEFAULT '0',
  `volunteer` varchar(45) DEFAULT '0',
  `dj` varchar(1) DEFAULT '0',
  `member` varchar(1) DEFAULT '0',
  PRIMARY KEY (`user_id`),
  KEY `userid_idx` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `hosts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` tinytext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `id_2` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `library` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `format_id` tinyint(4) unsigned NOT NULL DEFAULT 8,
  `catalog` tinytext DEFAULT NULL,
  `crtc` int(8) DEFAULT NULL,
  `cancon` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `femcon` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `local` int(1) unsigned NOT NULL DEFAULT 0,
  `playlist` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `compilation` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `digitized` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `status` tinytext DEFAULT NULL,
  `artist` tinytext DEFAULT NULL,
  `title` tinytext DEFAULT NULL,
  `label` tinytext DEFAULT NULL,
  `genre` tinytext DEFAULT NULL,
  `added` date DEFAULT NULL,
  `modified` date DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `email` tinytext DEFAULT NULL,
  `art_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `library_edits` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `format_id` tinyint(4) DEFAULT NULL,
  `old_format_id` tinyint(4) DEFAULT NULL,
  `catalog` tinytext DEFAULT NULL,
  `old_catalog` tinytext DEFAULT NULL,
  `cancon` tinyint(1) DEFAULT NULL,
  `old_cancon` tinyint(1) DEFAULT NULL,
  `femcon` tinyint(1) DEFAULT NULL,
  `old_femcon` tinyint(1) DEFAULT NULL,
  `local` int(1) DEFAULT NULL,
  `old_local` int(1) DEFAULT NULL,
  `playlist` tinyint(1) DEFAULT NULL,
  `old_playlist` tinyint(1) DEFAULT NULL,
  `compilation` tinyint(1) DEFAULT NULL,
  `old_compilation` tinyint(1) DEFAULT NULL,
  `digitized` tinyint(1) DEFAULT NULL,
  `old_digitized` tinyint(1) DEFAULT NULL,
  `status` tinytext DEFAULT NULL,
  `old_status` tinytext DEFAULT NULL,
  `artist` tinytext DEFAULT NULL,
  `old_artist` tinytext DEFAULT NULL,
  `title` tinytext DEFAULT NULL,
  `old_title` tinytext DEFAULT NULL,
  `label` tinytext DEFAULT NULL,
  `old_label` tinytext DEFAULT NULL,
  `genre` tinytext DEFAULT NULL,
  `old_genre` tinytext DEFAULT NULL,
  `library_id` int(11) DEFAULT NULL,
  `updated_at` date DEFAULT NULL,
  `created_at` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `library_songs` (
  `song_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `library_id` int(11) DEFAULT NULL,
  `artist` varchar(255) DEFAULT NULL,
  `album_artist` varchar(255) DEFAULT NULL,
  `album_title` varchar(255) DEFAULT NULL,
  `song_title` varchar(255) DEFAULT NULL,
  `credit` varchar(45) DEFAULT NULL,
  `track_num` smallint(6) DEFAULT 0,
  `tracks_total` smallint(6) DEFAULT 0,
  `genre` varchar(255) DEFAULT NULL,
  `s/t` bit(1) DEFAULT b'0',
  `v/a` bit(1) DEFAULT b'0',
  `compilation` bit(1) DEFAULT b'0',
  `composer` varchar(255) DEFAULT NULL,
  `crtc` tinyint(4) DEFAULT NULL,
  `year` year(4) DEFAULT NULL,
  `length` int(10) unsigned DEFAULT NULL,
  `file_location` mediumtext DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`song_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `log` (
  `index` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `error` tinytext NOT NULL,
  `data` tinytext NOT NULL,
  `user` varchar(40) NOT NULL,
  `DATE_CREATED` datetime NOT NULL,
  PRIMARY KEY (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `login_status` (
  `name` varchar(20) NOT NULL DEFAULT '0',
  KEY `name` (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `membership` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `lastname` varchar(90) NOT NULL,
  `firstname` varchar(90) NOT NULL,
  `canadian_citizen` varchar(1) NOT NULL COMMENT 'citizen, immigrant, visitor',
  `address` varchar(55) NOT NULL,
  `city` varchar(45) NOT NULL DEFAULT 'Vancouver',
  `province` varchar(4) NOT NULL DEFAULT 'BC',
  `postalcode` varchar(6) NOT NULL,
  `member_type` varchar(9) NOT NULL COMMENT 'student, community, alumni, lifetime',
  `is_new` varchar(1) NOT NULL DEFAULT '0',
  `alumni` varchar(1) NOT NULL DEFAULT '0',
  `since` varchar(9) NOT NULL DEFAULT '2023/2024',
  `faculty` varchar(22) DEFAULT NULL,
  `schoolyear` varchar(2) DEFAULT NULL,
  `student_no` varchar(8) DEFAULT NULL COMMENT 'Student Number',
  `integrate` varchar(1) NOT NULL DEFAULT '0',
  `has_show` varchar(1) NOT NULL DEFAULT '0',
  `show_name` varchar(100) DEFAULT NULL,
  `primary_phone` varchar(10) NOT NULL,
  `secondary_phone` varchar(10) DEFAULT NULL,
  `email` tinytext NOT NULL,
  `comments` tinytext DEFAULT NULL,
  `about` text DEFAULT NULL,
  `skills` text DEFAULT NULL,
  `status` varchar(10) NOT NULL DEFAULT 'pending',
  `exposure` text DEFAULT NULL,
  `station_tour` varchar(1) DEFAULT '0',
  `technical_training` varchar(1) DEFAULT '0',
  `programming_training` varchar(1) DEFAULT '0',
  `production_training` varchar(1) DEFAULT '0',
  `spoken_word_training` varchar(1) DEFAULT '0',
  `create_date` datetime NOT NULL,
  `edit_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `discorder_contributor` varchar(1) DEFAULT '0',
  `preferred_name` varchar(100) DEFAULT NULL,
  `pronouns` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `student_no_UNIQUE` (`student_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `membership_status` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` tinytext NOT NULL,
  `sort` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `membership_years` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(11) unsigned NOT NULL,
  `membership_year` varchar(9) NOT NULL,
  `paid` varchar(1) NOT NULL DEFAULT '0',
  `sports` varchar(1) DEFAULT '0',
  `news` varchar(1) DEFAULT '0',
  `arts` varchar(1) DEFAULT '0',
  `music` varchar(1) DEFAULT '0',
  `show_hosting` varchar(1) DEFAULT '0',
  `live_broadcast` varchar(1) DEFAULT '0',
  `tech` varchar(1) DEFAULT '0',
  `programming_committee` varchar(1) DEFAULT '0',
  `ads_psa` varchar(1) DEFAULT '0',
  `promotions_outreach` varchar(1) DEFAULT '0',
  `discorder_illustrate` varchar(1) DEFAULT '0',
  `discorder_write` varchar(1) DEFAULT '0',
  `digital_library` varchar(1) DEFAULT '0',
  `photography` varchar(1) DEFAULT '0',
  `tabling` varchar(45) DEFAULT '0',
  `dj` varchar(1) DEFAULT '0',
  `other` varchar(45) DEFAULT NULL,
  `create_date` timestamp NULL DEFAULT current_timestamp(),
  `edit_date` timestamp NULL DEFAULT NULL,
  `womens_collective` varchar(16) DEFAULT '0',
  `indigenous_collective` varchar(16) DEFAULT '0',
  `accessibility_collective` varchar(16) DEFAULT '0',
  `music_affairs_collective` varchar(1) DEFAULT '0',
  `ubc_affairs_collective` varchar(1) DEFAULT '0',
  `podcasting` varchar(1) DEFAULT '0',
  `lgbt_collective` varchar(1) DEFAULT '0',
  `poc_collective` varchar(1) DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `member_id_idx` (`member_id`),
  CONSTRAINT `id` FOREIGN KEY (`member_id`) REFERENCES `membership` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `member_resources` (
  `index` int(10) NOT NULL,
  `blurb` tinytext DEFAULT NULL,
  `link` tinytext DEFAULT NULL,
  `type` varchar(45) DEFAULT 'general',
  `CREATED_AT` timestamp NULL DEFAULT NULL,
  `UPDATED_AT` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `member_show` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `show_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `migrations` (
  `migration` varchar(255) NOT NULL,
  `batch` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `podcast_episodes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `playsheet_id` bigint(20) unsigned NOT NULL,
  `show_id` int(11) DEFAULT NULL,
  `image` tinytext DEFAULT NULL,
  `title` text DEFAULT NULL,
  `subtitle` text DEFAULT NULL,
  `summary` text DEFAULT NULL,
  `date` datetime DEFAULT NULL,
  `iso_date` text DEFAULT NULL,
  `url` text DEFAULT NULL,
  `length` int(11) DEFAULT NULL,
  `author` text DEFAULT NULL,
  `active` tinyint(1) DEFAULT 0,
  `duration` int(7) DEFAULT 0,
  `UPDATED_AT` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `CREATED_AT` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `rejected` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `email` tinytext DEFAULT NULL,
  `artist` tinytext DEFAULT NULL,
  `title` tinytext DEFAULT NULL,
  `submitted` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `shows` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` tinytext DEFAULT NULL,
  `host` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `primary_genre_tags` text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `secondary_genre_tags` text DEFAULT NULL,
  `weekday` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `start_time` time NOT NULL DEFAULT '00:00:00',
  `end_time` time NOT NULL DEFAULT '00:00:00',
  `pl_req` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `cc_20_req` tinyint(3) unsigned NOT NULL DEFAULT 35,
  `cc_30_req` tinyint(3) NOT NULL DEFAULT 12,
  `indy_req` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `fem_req` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `last_show` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `create_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `create_name` tinytext NOT NULL,
  `edit_date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `edit_name` tinytext DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `crtc_default` int(8) NOT NULL DEFAULT 20,
  `lang_default` tinytext DEFAULT NULL,
  `website` tinytext DEFAULT NULL,
  `rss` tinytext DEFAULT NULL,
  `show_desc` text DEFAULT NULL,
  `notes` mediumtext DEFAULT NULL,
  `image` tinytext DEFAULT NULL,
  `sponsor_name` tinytext DEFAULT NULL,
  `sponsor_url` tinytext DEFAULT NULL,
  `showtype` varchar(45) DEFAULT 'Live',
  `explicit` varchar(1) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT '0',
  `alerts` text DEFAULT NULL,
  `podcast_xml` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `podcast_slug` varchar(45) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `podcast_title` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `podcast_subtitle` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `id_2` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `playsheets` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `show_id` int(10) unsigned DEFAULT NULL,
  `host` tinytext CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `host_id` int(10) unsigned DEFAULT NULL,
  `start_time` datetime DEFAULT NULL,
  `end_time` datetime DEFAULT NULL,
  `end` time DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `create_name` tinytext CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `edit_date` datetime NOT NULL,
  `title` tinytext CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `edit_name` tinytext CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `summary` mediumtext CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `spokenword_duration` int(11) DEFAULT NULL,
  `status` tinyint(4) DEFAULT NULL,
  `unix_time` int(11) DEFAULT NULL,
  `star` tinyint(4) DEFAULT NULL,
  `crtc` int(11) DEFAULT NULL,
  `lang` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `type` varchar(45) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `show_name` tinytext CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `socan` varchar(1) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `web_exclusive` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `id_2` (`id`),
  KEY `recent` (`id`,`edit_date`,`status`),
  KEY `playsheet_show_id_idx` (`show_id`),
  CONSTRAINT `playsheet_show_id` FOREIGN KEY (`show_id`) REFERENCES `shows` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `playitems` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `show_id` int(10) unsigned DEFAULT NULL,
  `playsheet_id` bigint(20) unsigned DEFAULT NULL,
  `song_id` bigint(20) unsigned DEFAULT NULL,
  `format_id` tinyint(3) unsigned DEFAULT NULL,
  `is_playlist` tinyint(1) unsigned DEFAULT 0,
  `is_canadian` tinyint(1) unsigned DEFAULT 0,
  `is_yourown` tinyint(1) unsigned DEFAULT 0,
  `is_indy` tinyint(1) unsigned DEFAULT 0,
  `is_accesscon` tinyint(1) unsigned DEFAULT 0,
  `is_afrocon` tinyint(1) unsigned DEFAULT 0,
  `is_fem` tinyint(3) unsigned DEFAULT 0,
  `is_indigicon` tinyint(1) unsigned DEFAULT 0,
  `is_poccon` tinyint(1) unsigned DEFAULT 0,
  `is_queercon` tinyint(1) unsigned DEFAULT 0,
  `is_local` tinyint(1) unsigned DEFAULT 0,
  `show_date` date DEFAULT NULL,
  `duration` tinytext DEFAULT NULL,
  `is_theme` tinyint(3) unsigned DEFAULT NULL,
  `is_background` tinyint(3) unsigned DEFAULT NULL,
  `crtc_category` int(8) DEFAULT 20,
  `lang` tinytext DEFAULT NULL,
  `is_part` int(1) NOT NULL DEFAULT 0,
  `is_inst` int(1) NOT NULL DEFAULT 0,
  `is_hit` int(1) NOT NULL DEFAULT 0,
  `insert_song_start_hour` tinyint(4) DEFAULT 0,
  `insert_song_start_minute` tinyint(4) DEFAULT 0,
  `insert_song_length_minute` tinyint(4) DEFAULT 0,
  `insert_song_length_second` tinyint(4) DEFAULT 0,
  `artist` varchar(80) DEFAULT NULL,
  `song` varchar(80) DEFAULT NULL,
  `album` varchar(80) DEFAULT NULL,
  `composer` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `id_2` (`id`),
  KEY `playitem_playsheet_id_idx` (`playsheet_id`),
  KEY `playitem_show_id_idx` (`show_id`),
  CONSTRAINT `playitem_playsheet_id` FOREIGN KEY (`playsheet_id`) REFERENCES `playsheets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `show_times` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `show_id` int(10) NOT NULL,
  `start_day` int(3) NOT NULL,
  `start_time` time NOT NULL,
  `end_day` int(3) NOT NULL,
  `end_time` time NOT NULL,
  `alternating` int(2) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `socan` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `socanStart` date DEFAULT NULL,
  `socanEnd` date DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idSocan_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='table for socan';

CREATE TABLE `social` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `show_id` int(10) NOT NULL,
  `social_name` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `social_url` varchar(200) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `songs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `artist` tinytext DEFAULT NULL,
  `title` tinytext DEFAULT NULL,
  `song` tinytext DEFAULT NULL,
  `composer` tinytext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `id_2` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `special_events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(455) DEFAULT NULL,
  `show_id` int(11) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `start` int(11) DEFAULT NULL,
  `end` int(11) DEFAULT NULL,
  `image` varchar(455) DEFAULT NULL,
  `url` varchar(455) DEFAULT NULL,
  `edited` timestamp NULL DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `subgenres` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `subgenre` varchar(255) NOT NULL,
  `parent_genre_id` int(11) NOT NULL,
  `created_by` int(11) NOT NULL,
  `updated_by` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `submissions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `format_id` tinyint(3) DEFAULT NULL,
  `catalog` tinytext DEFAULT NULL,
  `crtc` int(11) DEFAULT NULL,
  `cancon` tinyint(1) DEFAULT NULL,
  `femcon` tinyint(1) DEFAULT NULL,
  `local` int(11) DEFAULT NULL,
  `playlist` tinyint(1) DEFAULT NULL,
  `compilation` tinyint(1) DEFAULT NULL,
  `digitized` tinyint(1) DEFAULT NULL,
  `status` tinytext DEFAULT NULL,
  `is_trashed` tinyint(1) DEFAULT 0,
  `artist` tinytext DEFAULT NULL,
  `title` tinytext DEFAULT NULL,
  `label` tinytext DEFAULT NULL,
  `genre` tinytext DEFAULT NULL,
  `tags` tinytext DEFAULT NULL,
  `submitted` date DEFAULT NULL,
  `releasedate` date DEFAULT NULL,
  `assignee` int(10) unsigned DEFAULT NULL,
  `reviewed` int(10) DEFAULT NULL,
  `approved` tinyint(1) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `location` tinytext DEFAULT NULL,
  `email` tinytext DEFAULT NULL,
  `songlist` bigint(20) unsigned NOT NULL,
  `credit` tinytext DEFAULT NULL,
  `art_url` tinytext DEFAULT NULL,
  `review_comments` mediumtext DEFAULT NULL,
  `staff_comment` varchar(45) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `submissions_archive` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `contact` tinytext DEFAULT NULL,
  `catalog` tinytext DEFAULT NULL,
  `artist` tinytext DEFAULT NULL,
  `title` tinytext DEFAULT NULL,
  `submitted` date DEFAULT NULL,
  `format_id` tinyint(3) DEFAULT NULL,
  `cancon` tinyint(1) DEFAULT NULL,
  `femcon` tinyint(1) DEFAULT NULL,
  `local` tinyint(1) DEFAULT NULL,
  `label` tinytext DEFAULT NULL,
  `review_comments` tinytext DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `submissions_rejected` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `email` tinytext DEFAULT NULL,
  `artist` tinytext DEFAULT NULL,
  `title` tinytext DEFAULT NULL,
  `submitted` date DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `submission_songs` (
  `song_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `submission_id` int(10) unsigned DEFAULT NULL,
  `artist` varchar(255) DEFAULT NULL,
  `album_artist` varchar(255) DEFAULT NULL,
  `album_title` varchar(255) DEFAULT NULL,
  `song_title` varchar(255) DEFAULT NULL,
  `credit` varchar(45) DEFAULT NULL,
  `track_num` smallint(6) DEFAULT 0,
  `tracks_total` smallint(6) DEFAULT 0,
  `genre` varchar(255) DEFAULT NULL,
  `s/t` bit(1) DEFAULT b'0',
  `v/a` bit(1) DEFAULT b'0',
  `compilation` bit(1) DEFAULT b'0',
  `composer` varchar(255) DEFAULT NULL,
  `crtc` tinyint(4) DEFAULT NULL,
  `year` year(4) DEFAULT NULL,
  `length` int(10) unsigned DEFAULT NULL,
  `file_location` mediumtext DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`song_id`),
  KEY `fk_submission_songs_1_idx` (`submission_id`),
  CONSTRAINT `fk_submission_songs_1` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `types_format` (
  `id` int(11) DEFAULT 0,
  `name` tinytext DEFAULT NULL,
  `sort` int(11) DEFAULT NULL,
  UNIQUE KEY `id` (`id`),
  KEY `id_2` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `uploads` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `file_name` tinytext NOT NULL,
  `file_type` varchar(45) NOT NULL,
  `category` varchar(45) NOT NULL,
  `path` tinytext DEFAULT NULL,
  `size` tinytext DEFAULT NULL,
  `description` tinytext DEFAULT NULL,
  `url` tinytext DEFAULT NULL,
  `relation_id` int(10) DEFAULT NULL,
  `CREATED_AT` datetime DEFAULT NULL,
  `UPDATED_AT` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` int(11) unsigned NOT NULL,
  `username` varchar(100) NOT NULL,
  `password` varchar(100) NOT NULL,
  `status` varchar(20) NOT NULL DEFAULT 'enabled',
  `create_date` timestamp NULL DEFAULT NULL,
  `edit_date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `edit_name` varchar(30) DEFAULT NULL,
  `login_fails` mediumint(9) DEFAULT NULL,
  PRIMARY KEY (`id`,`member_id`),
  UNIQUE KEY `member_id_UNIQUE` (`member_id`),
  UNIQUE KEY `username_UNIQUE` (`username`),
  KEY `member_id_idx` (`member_id`),
  CONSTRAINT `member_id` FOREIGN KEY (`member_id`) REFERENCES `membership` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_backup` (
  `userid` int(10) unsigned NOT NULL DEFAULT 0,
  `username` char(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '0',
  `password` char(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '0',
  `status` char(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '0',
  `create_date` datetime DEFAULT NULL,
  `create_name` char(30) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `edit_date` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `edit_name` char(30) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `login_fails` mediumint(9) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `year_rollover` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `membership_year` varchar(16) NOT NULL DEFAULT '2014/2015',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;


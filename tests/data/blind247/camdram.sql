-- Camdram (the Cambridge student theatre portal: shows, cast and crew, societies, venues, auditions and adverts).
-- Upstream: github.com/camdram/camdram, commit 8b3c060a282ca56b8bc9447ba7af86b93410c356 (GPL-2.0).
-- DDL built by replaying the literal MySQL of upstream's 42 Doctrine migrations (app/DoctrineMigrations/Version*.php,
-- the addSql() statements of each up(), in order) into MariaDB, read back with SHOW CREATE TABLE, referenced tables
-- first; AUTO_INCREMENT counters removed. acts_news_mentions (created by the first migration with a column named
-- offset, which MariaDB rejects, and dropped by the second) does not exist in the final schema.

CREATE TABLE `images` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `hash` varchar(40) NOT NULL,
  `created_at` datetime NOT NULL,
  `width` int(11) NOT NULL,
  `height` int(11) NOT NULL,
  `extension` varchar(5) NOT NULL,
  `type` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_E01FBE6AD1B862B8` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_people_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `image_id` int(11) DEFAULT NULL,
  `mapto` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `slug` varchar(128) NOT NULL,
  `norobots` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_slugs` (`slug`),
  KEY `IDX_567E1F8F3DA5256D` (`image_id`),
  KEY `IDX_567E1F8FE6B57CEC` (`mapto`),
  FULLTEXT KEY `idx_person_fulltext` (`name`,`slug`),
  CONSTRAINT `FK_567E1F8F3DA5256D` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`),
  CONSTRAINT `FK_567E1F8FE6B57CEC` FOREIGN KEY (`mapto`) REFERENCES `acts_people_data` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `person_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `registered_at` datetime DEFAULT NULL,
  `last_login_at` datetime DEFAULT NULL,
  `is_email_verified` tinyint(1) NOT NULL,
  `profile_picture_url` varchar(255) DEFAULT NULL,
  `last_session_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_62A20753217BBB47` (`person_id`),
  CONSTRAINT `FK_62A20753217BBB47` FOREIGN KEY (`person_id`) REFERENCES `acts_people_data` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_access` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `granted_by_id` int(11) DEFAULT NULL,
  `entity_id` int(11) NOT NULL,
  `type` varchar(20) NOT NULL,
  `created_at` date NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_entity_type_user` (`entity_id`,`type`,`user_id`),
  KEY `IDX_2DAB5064A76ED395` (`user_id`),
  KEY `IDX_2DAB50643151C11F` (`granted_by_id`),
  CONSTRAINT `FK_2DAB50643151C11F` FOREIGN KEY (`granted_by_id`) REFERENCES `acts_users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_2DAB5064A76ED395` FOREIGN KEY (`user_id`) REFERENCES `acts_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_shows` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `image_id` int(11) DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `facebook_id` varchar(50) DEFAULT NULL,
  `twitter_id` varchar(50) DEFAULT NULL,
  `slug` varchar(128) NOT NULL,
  `dates` varchar(255) NOT NULL,
  `author` varchar(255) DEFAULT NULL,
  `prices` varchar(255) DEFAULT NULL,
  `photourl` longtext DEFAULT NULL,
  `category` varchar(255) NOT NULL,
  `timestamp` datetime NOT NULL,
  `facebookurl` varchar(2083) DEFAULT NULL,
  `otherurl` varchar(2083) DEFAULT NULL,
  `onlinebookingurl` varchar(2083) DEFAULT NULL,
  `authorised` tinyint(1) NOT NULL,
  `socs_list` longtext NOT NULL COMMENT '(DC2Type:json)',
  `colour` varchar(7) DEFAULT NULL,
  `content_warning` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `show_slugs` (`slug`),
  KEY `IDX_1A1A53FE3DA5256D` (`image_id`),
  FULLTEXT KEY `idx_show_fulltext` (`title`,`slug`),
  CONSTRAINT `FK_1A1A53FE3DA5256D` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_societies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `image_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `facebook_id` varchar(50) DEFAULT NULL,
  `twitter_id` varchar(50) DEFAULT NULL,
  `shortname` varchar(100) DEFAULT NULL,
  `college` varchar(100) DEFAULT NULL,
  `logourl` varchar(255) DEFAULT NULL,
  `slug` varchar(128) NOT NULL,
  `colour` varchar(7) DEFAULT NULL,
  `contact_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `org_slugs` (`slug`),
  KEY `IDX_D8C37643DA5256D` (`image_id`),
  FULLTEXT KEY `idx_society_fulltext` (`name`,`shortname`,`slug`),
  CONSTRAINT `FK_D8C37643DA5256D` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_venues` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `image_id` int(11) DEFAULT NULL,
  `address` longtext DEFAULT NULL,
  `latitude` double DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `facebook_id` varchar(50) DEFAULT NULL,
  `twitter_id` varchar(50) DEFAULT NULL,
  `shortname` varchar(100) DEFAULT NULL,
  `college` varchar(100) DEFAULT NULL,
  `logourl` varchar(255) DEFAULT NULL,
  `slug` varchar(128) NOT NULL,
  `colour` varchar(7) DEFAULT NULL,
  `contact_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ven_slugs` (`slug`),
  KEY `IDX_4EEC599D3DA5256D` (`image_id`),
  FULLTEXT KEY `idx_venue_fulltext` (`name`,`shortname`,`slug`),
  CONSTRAINT `FK_4EEC599D3DA5256D` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_adverts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `show_id` int(11) DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `expires_at` datetime NOT NULL,
  `display` tinyint(1) NOT NULL,
  `summary` longtext NOT NULL,
  `body` longtext NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `contact_details` varchar(255) NOT NULL,
  `society_id` int(11) DEFAULT NULL,
  `venue_id` int(11) DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_AA7A15A0D0C1FC64` (`show_id`),
  KEY `IDX_AA7A15A0E6389D24` (`society_id`),
  KEY `IDX_AA7A15A040A73EBA` (`venue_id`),
  CONSTRAINT `FK_AA7A15A040A73EBA` FOREIGN KEY (`venue_id`) REFERENCES `acts_venues` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_AA7A15A0D0C1FC64` FOREIGN KEY (`show_id`) REFERENCES `acts_shows` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_AA7A15A0E6389D24` FOREIGN KEY (`society_id`) REFERENCES `acts_societies` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_positions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `wiki_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_advert_position_link` (
  `advert_id` int(11) NOT NULL,
  `position_id` int(11) NOT NULL,
  PRIMARY KEY (`advert_id`,`position_id`),
  KEY `IDX_E7FD3A3BD07ECCB6` (`advert_id`),
  KEY `IDX_E7FD3A3BDD842E46` (`position_id`),
  CONSTRAINT `FK_E7FD3A3BD07ECCB6` FOREIGN KEY (`advert_id`) REFERENCES `acts_adverts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_E7FD3A3BDD842E46` FOREIGN KEY (`position_id`) REFERENCES `acts_positions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_api_apps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `random_id` varchar(255) NOT NULL,
  `redirect_uris` longtext NOT NULL COMMENT '(DC2Type:array)',
  `secret` varchar(255) NOT NULL,
  `allowed_grant_types` longtext NOT NULL COMMENT '(DC2Type:array)',
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `app_type` varchar(20) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `website` varchar(1024) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `last_used` datetime DEFAULT NULL,
  `total_requests` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_297ABD2CA76ED395` (`user_id`),
  CONSTRAINT `FK_297ABD2CA76ED395` FOREIGN KEY (`user_id`) REFERENCES `acts_users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_api_access_tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_at` int(11) DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_E452518D5F37A13B` (`token`),
  KEY `IDX_E452518D19EB6921` (`client_id`),
  KEY `IDX_E452518DA76ED395` (`user_id`),
  CONSTRAINT `FK_E452518D19EB6921` FOREIGN KEY (`client_id`) REFERENCES `acts_api_apps` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_E452518DA76ED395` FOREIGN KEY (`user_id`) REFERENCES `acts_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `acts_api_auth_codes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `redirect_uri` longtext NOT NULL,
  `expires_at` int(11) DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_6FB69A2F5F37A13B` (`token`),
  KEY `IDX_6FB69A2F19EB6921` (`client_id`),
  KEY `IDX_6FB69A2FA76ED395` (`user_id`),
  CONSTRAINT `FK_6FB69A2F19EB6921` FOREIGN KEY (`client_id`) REFERENCES `acts_api_apps` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_6FB69A2FA76ED395` FOREIGN KEY (`user_id`) REFERENCES `acts_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `acts_api_authorizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `scopes` longtext NOT NULL COMMENT '(DC2Type:simple_array)',
  PRIMARY KEY (`id`),
  KEY `IDX_7AA3DE8619EB6921` (`client_id`),
  KEY `IDX_7AA3DE86A76ED395` (`user_id`),
  CONSTRAINT `FK_7AA3DE8619EB6921` FOREIGN KEY (`client_id`) REFERENCES `acts_api_apps` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_7AA3DE86A76ED395` FOREIGN KEY (`user_id`) REFERENCES `acts_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_api_refresh_tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_at` int(11) DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_CACE640E5F37A13B` (`token`),
  KEY `IDX_CACE640E19EB6921` (`client_id`),
  KEY `IDX_CACE640EA76ED395` (`user_id`),
  CONSTRAINT `FK_CACE640E19EB6921` FOREIGN KEY (`client_id`) REFERENCES `acts_api_apps` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_CACE640EA76ED395` FOREIGN KEY (`user_id`) REFERENCES `acts_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `acts_auditions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `advert_id` int(11) NOT NULL,
  `location` varchar(255) NOT NULL,
  `start_at` datetime NOT NULL,
  `end_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_BFECDAF7D07ECCB6` (`advert_id`),
  CONSTRAINT `FK_BFECDAF7D07ECCB6` FOREIGN KEY (`advert_id`) REFERENCES `acts_adverts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` varchar(255) NOT NULL,
  `endtime` time NOT NULL,
  `description` longtext NOT NULL,
  `linkid` int(11) DEFAULT NULL,
  `socs_list` longtext NOT NULL COMMENT '(DC2Type:json)',
  `start_at` datetime NOT NULL,
  `colour` varchar(7) DEFAULT NULL,
  `image_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_78452C7A3B4DAAE0` (`linkid`),
  KEY `IDX_78452C7A3DA5256D` (`image_id`),
  FULLTEXT KEY `idx_event_fulltext` (`text`),
  CONSTRAINT `FK_78452C7A3B4DAAE0` FOREIGN KEY (`linkid`) REFERENCES `acts_events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_78452C7A3DA5256D` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_event_soc_link` (
  `event_id` int(11) NOT NULL,
  `society_id` int(11) NOT NULL,
  PRIMARY KEY (`event_id`,`society_id`),
  KEY `IDX_DEB789C371F7E88B` (`event_id`),
  KEY `IDX_DEB789C3E6389D24` (`society_id`),
  CONSTRAINT `FK_DEB789C371F7E88B` FOREIGN KEY (`event_id`) REFERENCES `acts_events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_DEB789C3E6389D24` FOREIGN KEY (`society_id`) REFERENCES `acts_societies` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_external_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `service` varchar(50) NOT NULL,
  `username` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `profile_picture_url` varchar(8192) DEFAULT NULL,
  `last_login_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_A75DA06CA76ED395` (`user_id`),
  CONSTRAINT `FK_A75DA06CA76ED395` FOREIGN KEY (`user_id`) REFERENCES `acts_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_news` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `society_id` int(11) DEFAULT NULL,
  `remote_id` varchar(255) DEFAULT NULL,
  `source` varchar(20) NOT NULL,
  `picture` varchar(255) DEFAULT NULL,
  `body` longtext NOT NULL,
  `posted_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `venue_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_E030B310E6389D24` (`society_id`),
  KEY `IDX_E030B31040A73EBA` (`venue_id`),
  CONSTRAINT `FK_E030B310AF648A81` FOREIGN KEY (`society_id`) REFERENCES `acts_societies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_E030B310E176C6` FOREIGN KEY (`venue_id`) REFERENCES `acts_venues` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_pendingaccess` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `issuerid` int(11) NOT NULL,
  `rid` int(11) NOT NULL,
  `email` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `creationdate` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_3EA48E146EEF703F` (`issuerid`),
  CONSTRAINT `FK_3EA48E146EEF703F` FOREIGN KEY (`issuerid`) REFERENCES `acts_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_performances` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sid` int(11) NOT NULL,
  `venue_id` int(11) DEFAULT NULL,
  `venue` varchar(255) DEFAULT NULL,
  `start_at` datetime NOT NULL,
  `repeat_until` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_E317F2D457167AB4` (`sid`),
  KEY `IDX_E317F2D440A73EBA` (`venue_id`),
  CONSTRAINT `FK_E317F2D457167AB4` FOREIGN KEY (`sid`) REFERENCES `acts_shows` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_E317F2D4E176C6` FOREIGN KEY (`venue_id`) REFERENCES `acts_venues` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_position_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `position_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_514471ACDD842E46` (`position_id`),
  CONSTRAINT `FK_514471ACDD842E46` FOREIGN KEY (`position_id`) REFERENCES `acts_positions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_show_slugs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sid` int(11) NOT NULL,
  `slug` varchar(128) NOT NULL,
  `create_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_476405A457167AB4` (`sid`),
  CONSTRAINT `FK_476405A457167AB4` FOREIGN KEY (`sid`) REFERENCES `acts_shows` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_show_soc_link` (
  `show_id` int(11) NOT NULL,
  `society_id` int(11) NOT NULL,
  PRIMARY KEY (`show_id`,`society_id`),
  KEY `IDX_DCC3C2ED0C1FC64` (`show_id`),
  KEY `IDX_DCC3C2EE6389D24` (`society_id`),
  CONSTRAINT `FK_DCC3C2ED0C1FC64` FOREIGN KEY (`show_id`) REFERENCES `acts_shows` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_DCC3C2EE6389D24` FOREIGN KEY (`society_id`) REFERENCES `acts_societies` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_shows_people_link` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sid` int(11) NOT NULL,
  `pid` int(11) DEFAULT NULL,
  `type` varchar(20) NOT NULL,
  `role` varchar(255) NOT NULL,
  `order` int(11) NOT NULL,
  `tag` varchar(20) DEFAULT NULL,
  `position_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_2F5AB85E57167AB4` (`sid`),
  KEY `IDX_2F5AB85E5550C4ED` (`pid`),
  KEY `IDX_2F5AB85EDD842E46` (`position_id`),
  CONSTRAINT `FK_2F5AB85E5550C4ED` FOREIGN KEY (`pid`) REFERENCES `acts_people_data` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_2F5AB85E57167AB4` FOREIGN KEY (`sid`) REFERENCES `acts_shows` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_2F5AB85EDD842E46` FOREIGN KEY (`position_id`) REFERENCES `acts_positions` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_time_periods` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `short_name` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `full_name` varchar(255) NOT NULL,
  `slug` varchar(128) DEFAULT NULL,
  `start_at` datetime NOT NULL,
  `end_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acts_week_names` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `time_period_id` int(11) DEFAULT NULL,
  `short_name` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(128) DEFAULT NULL,
  `start_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_C467B35F7EFD7106` (`time_period_id`),
  CONSTRAINT `FK_C467B35F7EFD7106` FOREIGN KEY (`time_period_id`) REFERENCES `acts_time_periods` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ext_log_entries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action` varchar(8) NOT NULL,
  `logged_at` datetime NOT NULL,
  `object_id` varchar(64) DEFAULT NULL,
  `object_class` varchar(191) NOT NULL,
  `version` int(11) NOT NULL,
  `data` longtext DEFAULT NULL COMMENT '(DC2Type:array)',
  `username` varchar(191) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `log_date_lookup_idx` (`logged_at`),
  KEY `log_user_lookup_idx` (`username`),
  KEY `log_class_lookup_idx` (`object_class`),
  KEY `log_version_lookup_idx` (`object_id`,`object_class`,`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;


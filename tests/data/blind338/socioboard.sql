-- Socioboard 5.0 (socioboard/Socioboard-5.0), social media management: the MySQL database of socioboard-api
-- Source: github.com/socioboard/Socioboard-5.0 socioboard-api/Common/Sequelize-cli/migrations/*.cjs,
-- commit 55ce0cd04ccc29de4e71b111e6df7fffbe99825e (GPL-3.0).
-- The 40 Sequelize migrations were replayed as upstream's installer does (`npx sequelize-cli db:migrate`,
-- sequelize 6 / sequelize-cli 6 / mysql2 3, config `define.charset` utf8mb4) into MariaDB 10.11, and the result
-- dumped with `mysqldump --no-data`; table options (the utf8mb4_unicode_ci default charset) dropped. Tables in the
-- order of the migrations that create them. Left out: `SequelizeMeta` (sequelize-cli's migration log). Posts, feeds, drafts,
-- notifications and the like live in Socioboard's MongoDB database and are not part of this schema.

CREATE TABLE `user_rewards` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `eWallet` float NOT NULL DEFAULT 0,
  `is_socioboard_ads_enabled` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'true - ads are enabled, false - ads are not enabled',
  `refered_by` varchar(32) NOT NULL DEFAULT 'NA',
  `referal_code` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `referal_status` tinyint(1) NOT NULL DEFAULT 0 COMMENT '0: inactive : false, 1: active : true',
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `user_activations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email_validate_token` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `email_token_expire` datetime DEFAULT NULL,
  `forgot_password_validate_token` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `forgot_password_token_expire` datetime DEFAULT NULL,
  `activation_status` int(10) unsigned NOT NULL DEFAULT 0 COMMENT '0-InActive, 1-Active',
  `payment_type` int(10) unsigned NOT NULL DEFAULT 0 COMMENT '0-Paypal, 1-PayUmoney',
  `last_payment_id` int(10) unsigned DEFAULT NULL,
  `payment_status` int(10) unsigned NOT NULL DEFAULT 0 COMMENT '0-UnPaid, 1-Paid',
  `activate_2step_verification` tinyint(1) NOT NULL DEFAULT 0,
  `shortenStatus` int(10) unsigned NOT NULL DEFAULT 0 COMMENT '0-normal, 1-firebase',
  `signup_type` int(10) unsigned NOT NULL DEFAULT 0,
  `user_plan` int(10) unsigned NOT NULL DEFAULT 0 COMMENT '0-Basic, 1-Standard, 2-Premium, 3-Deluxe, 4-Topaz, 5-Ruby, 6-Gold, 7-Platinum',
  `created_date` datetime NOT NULL,
  `account_expire_date` datetime DEFAULT NULL,
  `last_login` datetime DEFAULT NULL,
  `otp_token` varchar(32) DEFAULT NULL COMMENT 'first half for email, next half for phone',
  `otp_token_expire` datetime DEFAULT NULL COMMENT 'expires in 10 minutes',
  `direct_login_validate_token` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `direct_login_token_expire` datetime DEFAULT NULL,
  `send_expire_mail` int(11) NOT NULL DEFAULT 1,
  `send_feature_mail` int(11) NOT NULL DEFAULT 1,
  `sent_expired_mail` int(11) NOT NULL DEFAULT 0,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `user_details` (
  `user_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'PrimayKey',
  `user_name` varchar(64) DEFAULT NULL,
  `email` varchar(64) DEFAULT NULL,
  `password` varchar(100) DEFAULT NULL,
  `first_name` varchar(32) DEFAULT NULL,
  `last_name` varchar(32) NOT NULL DEFAULT 'NA',
  `date_of_birth` date DEFAULT NULL,
  `profile_picture` text NOT NULL,
  `phone_code` varchar(32) NOT NULL DEFAULT '0',
  `phone_no` varchar(32) NOT NULL DEFAULT '0',
  `country` varchar(32) NOT NULL DEFAULT '0',
  `time_zone` varchar(32) NOT NULL DEFAULT 'NA',
  `is_admin_user` tinyint(1) NOT NULL DEFAULT 1,
  `is_account_locked` tinyint(1) NOT NULL DEFAULT 0,
  `about_me` tinytext DEFAULT NULL,
  `user_rewards_id` int(11) DEFAULT NULL,
  `user_activation_id` int(11) DEFAULT NULL,
  `bio` text DEFAULT NULL,
  `address` varchar(64) NOT NULL DEFAULT '0',
  `working_at` varchar(30) NOT NULL DEFAULT 'nil',
  `twitter_id` varchar(30) DEFAULT '0',
  `facebook_id` varchar(30) DEFAULT '0',
  `youtube_id` varchar(30) DEFAULT '0',
  `instagram_id` varchar(30) DEFAULT '0',
  `language` varchar(10) NOT NULL DEFAULT 'en',
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `company_name` varchar(64) NOT NULL DEFAULT 'SocioBoard',
  `company_logo` varchar(64) NOT NULL DEFAULT 'defaultPic.jpg',
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `user_name` (`user_name`),
  KEY `user_rewards_id` (`user_rewards_id`),
  KEY `user_activation_id` (`user_activation_id`),
  CONSTRAINT `user_details_ibfk_1` FOREIGN KEY (`user_rewards_id`) REFERENCES `user_rewards` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_details_ibfk_2` FOREIGN KEY (`user_activation_id`) REFERENCES `user_activations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `team_informations` (
  `team_id` int(11) NOT NULL AUTO_INCREMENT,
  `team_name` varchar(64) NOT NULL,
  `team_logo` text NOT NULL,
  `team_description` text NOT NULL,
  `team_admin_id` int(11) NOT NULL,
  `is_default_team` tinyint(1) NOT NULL DEFAULT 1,
  `is_team_locked` tinyint(1) NOT NULL DEFAULT 0,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`team_id`)
) ENGINE=InnoDB;

CREATE TABLE `join_table_users_teams` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `invitation_accepted` tinyint(1) NOT NULL DEFAULT 0,
  `left_from_team` tinyint(1) NOT NULL DEFAULT 0,
  `invited_by` int(11) NOT NULL,
  `permission` int(10) unsigned NOT NULL DEFAULT 0 COMMENT '0-none, 1-full, 2-admin',
  `team_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `team_id` (`team_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `join_table_users_teams_ibfk_1` FOREIGN KEY (`team_id`) REFERENCES `team_informations` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `join_table_users_teams_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `social_accounts` (
  `account_id` int(11) NOT NULL AUTO_INCREMENT,
  `account_type` int(1) NOT NULL DEFAULT 0 COMMENT '1-Facebook user, 2-Facebook page, 3-Facebook group, 4-Twitter, 5-Instagram, 6-Linkedin Personal, 7-Linkedin Business, 8-Google Plus, 9-Youtube, 10-Google analytics, 11-Dailymotion',
  `user_name` varchar(64) NOT NULL,
  `first_name` varchar(128) DEFAULT NULL,
  `last_name` varchar(64) DEFAULT NULL,
  `email` varchar(64) DEFAULT NULL,
  `social_id` varchar(256) DEFAULT NULL,
  `profile_pic_url` text DEFAULT NULL,
  `cover_pic_url` text DEFAULT NULL,
  `profile_url` text DEFAULT NULL,
  `access_token` text DEFAULT NULL,
  `refresh_token` text DEFAULT NULL,
  `friendship_counts` text DEFAULT NULL,
  `info` text DEFAULT NULL,
  `account_admin_id` int(11) DEFAULT NULL,
  `category1` varchar(64) DEFAULT 'NA',
  `category2` varchar(64) DEFAULT 'NA',
  `create_on` datetime NOT NULL DEFAULT current_timestamp(),
  `archived_status` int(11) NOT NULL DEFAULT 1,
  `account_name` varchar(64) DEFAULT NULL,
  `subaccount_type` varchar(64) DEFAULT NULL,
  `is_invite` int(11) DEFAULT 0,
  `rating` int(11) NOT NULL DEFAULT 1,
  `refresh_feeds` int(11) NOT NULL DEFAULT 1,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`account_id`),
  KEY `account_admin_id` (`account_admin_id`),
  CONSTRAINT `social_accounts_ibfk_1` FOREIGN KEY (`account_admin_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `join_table_teams_social_accounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `is_account_locked` tinyint(1) NOT NULL DEFAULT 0,
  `team_id` int(11) DEFAULT NULL,
  `account_id` int(11) DEFAULT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `team_id` (`team_id`),
  KEY `account_id` (`account_id`),
  CONSTRAINT `join_table_teams_social_accounts_ibfk_1` FOREIGN KEY (`team_id`) REFERENCES `team_informations` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `join_table_teams_social_accounts_ibfk_2` FOREIGN KEY (`account_id`) REFERENCES `social_accounts` (`account_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `application_informations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `plan_id` int(2) NOT NULL,
  `plan_name` varchar(64) NOT NULL,
  `plan_price` varchar(32) NOT NULL,
  `is_plan_active` tinyint(1) DEFAULT 1,
  `account_count` int(11) NOT NULL,
  `member_count` int(11) NOT NULL,
  `available_network` varchar(255) NOT NULL,
  `browser_extension` tinyint(1) DEFAULT 0,
  `scheduling_posting` tinyint(1) DEFAULT 0,
  `mobile_apps` tinyint(1) DEFAULT 0,
  `support_24_7` tinyint(1) DEFAULT 0,
  `crm` tinyint(1) DEFAULT 0,
  `calendar` tinyint(1) DEFAULT 0,
  `rss_feeds` tinyint(1) DEFAULT 0,
  `social_report` tinyint(1) DEFAULT 0,
  `discovery` tinyint(1) DEFAULT 0,
  `twitter_engagement` tinyint(1) DEFAULT 0,
  `link_shortening` tinyint(1) DEFAULT 0,
  `shareathon` tinyint(1) DEFAULT 0,
  `content_studio` tinyint(1) DEFAULT 0,
  `team_report` tinyint(1) DEFAULT 0,
  `board_me` tinyint(1) DEFAULT 0,
  `share_library` tinyint(1) DEFAULT 0,
  `custom_report` tinyint(1) DEFAULT 0,
  `maximum_referal_count` int(3) NOT NULL DEFAULT 3,
  `maximum_schedule` int(11) NOT NULL DEFAULT 20,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `competitor_analysis` int(10) unsigned NOT NULL DEFAULT 0 COMMENT '0-Not allowed, 1-Allowed',
  `competitor_analysis_count` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'How many per competitor category allowed',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `users_schedule_details` (
  `schedule_id` int(11) NOT NULL AUTO_INCREMENT,
  `schedule_type` int(11) NOT NULL DEFAULT 0 COMMENT '0- Onetime Schedule, 1- Daywise Schedule',
  `module_name` varchar(32) NOT NULL,
  `schedule_status` int(11) NOT NULL DEFAULT 0 COMMENT '1- ready Queue, 2-wait(pause), 3-approvalpending, 4-rejected, 5-draft, 6-done',
  `mongo_schedule_id` varchar(64) NOT NULL,
  `one_time_schedule_date` datetime NOT NULL,
  `running_days_of_weeks` varchar(32) NOT NULL DEFAULT '0-1-2-3-4-5-6' COMMENT '0- sunday, 1-monday, 2-tuesday, 3-wednesday, 4-thursday, 5-fri-day, 6-saturday',
  `created_date` datetime NOT NULL,
  `end_date` datetime NOT NULL,
  `user_id` int(11) NOT NULL,
  `team_id` int(11) NOT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `start_date` datetime DEFAULT NULL,
  `interval` int(11) DEFAULT NULL,
  PRIMARY KEY (`schedule_id`),
  KEY `user_id` (`user_id`),
  KEY `team_id` (`team_id`),
  CONSTRAINT `users_schedule_details_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `users_schedule_details_ibfk_2` FOREIGN KEY (`team_id`) REFERENCES `team_informations` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `scheduled_informations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `schedule_id` int(11) NOT NULL,
  `schedule_datetime` datetime NOT NULL,
  `scheduler_name` varchar(64) NOT NULL,
  `status` int(2) NOT NULL DEFAULT 0 COMMENT '1- ready Queue, 2-wait(pause), 3-approvalpending, 4-rejected, 5-draft, 6-done',
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `schedule_id` (`schedule_id`),
  CONSTRAINT `scheduled_informations_ibfk_1` FOREIGN KEY (`schedule_id`) REFERENCES `users_schedule_details` (`schedule_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `user_payments` (
  `payment_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `transaction_id` varchar(64) NOT NULL,
  `transaction_type` varchar(64) NOT NULL,
  `currency_code` varchar(10) NOT NULL,
  `amount` varchar(10) NOT NULL,
  `coupon_code` varchar(64) DEFAULT NULL,
  `payment_mode` int(3) NOT NULL DEFAULT 0 COMMENT '0-Paypal, 1-PayUMoney',
  `payment_status` int(3) NOT NULL DEFAULT 0 COMMENT '0-Failed, 1- Success',
  `payment_initiated_date` datetime NOT NULL,
  `requested_plan_id` int(3) NOT NULL,
  `payment_completed_date` datetime DEFAULT NULL,
  `is_payment_verified` tinyint(1) DEFAULT 0,
  `payment_verified_date` datetime DEFAULT NULL,
  `payment_verified_by` varchar(64) DEFAULT NULL,
  `payer_id` varchar(64) DEFAULT NULL,
  `payer_email` varchar(64) DEFAULT NULL,
  `payer_name` varchar(64) DEFAULT NULL,
  `subscription_details` tinytext DEFAULT NULL,
  `invoice_id` varchar(64) DEFAULT NULL,
  `invoice_url` tinytext DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`payment_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `user_payments_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `user_media_details` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `type` int(3) NOT NULL DEFAULT 0 COMMENT '0-Image, 1-Video',
  `title` varchar(64) NOT NULL,
  `media_url` text NOT NULL,
  `thumbnail_url` text NOT NULL,
  `privacy_type` int(3) NOT NULL DEFAULT 0 COMMENT '0-public, 1-private, 3-publish',
  `media_size` int(11) NOT NULL DEFAULT 0,
  `mime_type` varchar(64) DEFAULT NULL,
  `created_date` datetime DEFAULT NULL,
  `file_name` text NOT NULL,
  `user_id` int(11) NOT NULL,
  `team_id` int(11) DEFAULT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `rating` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `team_id` (`team_id`),
  CONSTRAINT `user_media_details_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_media_details_ibfk_2` FOREIGN KEY (`team_id`) REFERENCES `team_informations` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `social_account_feeds_updates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `account_id` int(11) DEFAULT NULL,
  `social_id` varchar(50) DEFAULT NULL,
  `boardId` varchar(255) DEFAULT NULL COMMENT 'Board Id',
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `account_id` (`account_id`),
  CONSTRAINT `social_account_feeds_updates_ibfk_1` FOREIGN KEY (`account_id`) REFERENCES `social_accounts` (`account_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `social_account_friends_counts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `friendship_count` int(11) DEFAULT NULL,
  `follower_count` int(11) DEFAULT NULL,
  `following_count` int(11) DEFAULT NULL,
  `page_count` int(11) DEFAULT NULL,
  `group_count` int(11) DEFAULT NULL,
  `board_count` int(11) DEFAULT NULL,
  `subscription_count` int(11) DEFAULT NULL,
  `total_like_count` int(11) DEFAULT NULL,
  `total_post_count` int(11) DEFAULT NULL,
  `bio_text` tinytext DEFAULT NULL,
  `profile_picture` text DEFAULT NULL,
  `cover_picture` text DEFAULT NULL,
  `account_id` int(11) DEFAULT NULL,
  `updated_date` datetime NOT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `account_id` (`account_id`),
  CONSTRAINT `social_account_friends_counts_ibfk_1` FOREIGN KEY (`account_id`) REFERENCES `social_accounts` (`account_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `boards` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `board_name` varchar(64) NOT NULL,
  `keyword` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  `team_id` int(11) DEFAULT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `team_id` (`team_id`),
  CONSTRAINT `boards_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `boards_ibfk_2` FOREIGN KEY (`team_id`) REFERENCES `team_informations` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `pinterest_boards` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `board_id` varchar(64) NOT NULL,
  `board_name` varchar(64) NOT NULL,
  `board_url` tinytext DEFAULT NULL,
  `privacy` varchar(64) NOT NULL,
  `board_admin_name` varchar(60) NOT NULL,
  `board_admin_id` varchar(64) NOT NULL,
  `board_admin_url` tinytext DEFAULT NULL,
  `social_account_id` int(11) NOT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `social_account_id` (`social_account_id`),
  CONSTRAINT `pinterest_boards_ibfk_1` FOREIGN KEY (`social_account_id`) REFERENCES `social_accounts` (`account_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `coupons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `coupon_code` varchar(32) NOT NULL,
  `start_date` datetime NOT NULL,
  `end_date` datetime NOT NULL,
  `added_admin_id` int(11) NOT NULL,
  `status` int(11) NOT NULL COMMENT '1-Active, 0-De-active',
  `discount` int(11) DEFAULT NULL,
  `max_use` int(11) DEFAULT NULL,
  `created_date` datetime NOT NULL,
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `user_youtube_upload_details` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `upload_type` int(11) NOT NULL DEFAULT 0 COMMENT '0-upload, 1-Draft',
  `mongo_id` varchar(64) NOT NULL,
  `created_date` datetime NOT NULL,
  `user_id` int(11) NOT NULL,
  `team_id` int(11) NOT NULL,
  `account_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `team_id` (`team_id`),
  KEY `account_id` (`account_id`),
  CONSTRAINT `user_youtube_upload_details_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_youtube_upload_details_ibfk_2` FOREIGN KEY (`team_id`) REFERENCES `team_informations` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_youtube_upload_details_ibfk_3` FOREIGN KEY (`account_id`) REFERENCES `social_accounts` (`account_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `user_ss_template_details` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `title` varchar(64) NOT NULL,
  `file_name` text NOT NULL,
  `media_size` int(11) NOT NULL DEFAULT 0,
  `mime_type` varchar(64) DEFAULT NULL,
  `media_url` text NOT NULL,
  `user_id` int(11) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `user_ss_template_details_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `auto_reports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `report_title` varchar(255) DEFAULT NULL,
  `report_type` int(11) DEFAULT NULL,
  `frequency` varchar(255) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `chat_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team_id` int(11) DEFAULT NULL,
  `admin_id` int(11) DEFAULT NULL,
  `name` varchar(64) DEFAULT NULL,
  `createdAt` datetime DEFAULT NULL,
  `updatedAt` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `team_id` (`team_id`),
  KEY `admin_id` (`admin_id`),
  CONSTRAINT `chat_groups_ibfk_1` FOREIGN KEY (`team_id`) REFERENCES `team_informations` (`team_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `chat_groups_ibfk_2` FOREIGN KEY (`admin_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `chat_group_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `createdAt` datetime DEFAULT NULL,
  `updatedAt` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `group_id` (`group_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `chat_group_members_ibfk_1` FOREIGN KEY (`group_id`) REFERENCES `chat_groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `chat_group_members_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `chat_group_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) DEFAULT NULL,
  `sender_id` int(11) DEFAULT NULL,
  `type` enum('text','image','video','serve') DEFAULT NULL COMMENT 'text, image, video, serve',
  `body` text DEFAULT NULL,
  `read_at` datetime DEFAULT NULL,
  `createdAt` datetime DEFAULT NULL,
  `updatedAt` datetime DEFAULT NULL,
  `is_edited` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `group_id` (`group_id`),
  KEY `sender_id` (`sender_id`),
  CONSTRAINT `chat_group_messages_ibfk_1` FOREIGN KEY (`group_id`) REFERENCES `chat_groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `chat_group_messages_ibfk_2` FOREIGN KEY (`sender_id`) REFERENCES `user_details` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `rss_channels` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(256) NOT NULL,
  `logo_url` varchar(256) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `rss_channels_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_details` (`user_id`)
) ENGINE=InnoDB;

CREATE TABLE `rss_links` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(256) NOT NULL,
  `category` varchar(256) DEFAULT NULL,
  `channel_id` int(11) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `channel_id` (`channel_id`),
  CONSTRAINT `rss_links_ibfk_1` FOREIGN KEY (`channel_id`) REFERENCES `rss_channels` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `Invitations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) DEFAULT NULL,
  `teamId` int(11) DEFAULT NULL,
  `userName` varchar(255) DEFAULT NULL,
  `refreshToken` varchar(255) DEFAULT NULL,
  `requestSecret` varchar(255) DEFAULT NULL,
  `redirectUrl` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `account_name` varchar(64) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `invite_user_for_team` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `firstName` varchar(255) DEFAULT NULL,
  `team_id` int(11) DEFAULT NULL,
  `invited_by` int(11) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `permission` int(10) unsigned NOT NULL DEFAULT 0 COMMENT '0-none, 1-full, 2-admin',
  `status` int(11) DEFAULT 0,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `appsumo_details` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action` varchar(255) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `plan_id` varchar(255) DEFAULT NULL,
  `activation_email` varchar(255) DEFAULT NULL,
  `invoice_item_uuid` varchar(255) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `appsumo_activation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action` varchar(255) DEFAULT NULL,
  `uuid` varchar(255) DEFAULT NULL,
  `plan_id` varchar(255) DEFAULT NULL,
  `activation_email` varchar(255) DEFAULT NULL,
  `invoice_item_uuid` varchar(255) DEFAULT NULL,
  `status` int(11) DEFAULT 0,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

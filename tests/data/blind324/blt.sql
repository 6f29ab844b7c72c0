-- OWASP BLT (Bug Logging Tool; crowd-sourced bug and vulnerability reporting with bug hunts, prizes, points,
-- wallets and BACON token rewards; Django), trimmed to 62 tables.
-- Upstream: github.com/OWASP-BLT/BLT, commit 25763fab69ed973caa85fe6c5c2a67a96a8dc41d (AGPL-3.0).
-- Made by loading upstream's models (website/models.py, website/comments) with the apps of blt/settings.py
-- (django-allauth, DRF authtoken) under Django 5.2 and creating their tables with the MySQL schema editor in a
-- scratch MariaDB database, then SHOW CREATE TABLE of the kept tables. Foreign keys are kept between kept tables
-- only; tables are in dependency order.

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

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_emailaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`,`email`),
  KEY `account_emailaddress_email_03be32b2` (`email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_emailconfirmation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email_address_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `key` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` (`email_address_id`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialapp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `provider_id` varchar(200) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  `settings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`settings`)),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `provider` varchar(200) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`,`uid`),
  KEY `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_id` int(11) DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`,`account_id`),
  KEY `socialaccount_social_account_id_951f210e_fk_socialacc` (`account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_subscription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(25) NOT NULL,
  `charge_per_month` int(11) NOT NULL,
  `hunt_per_domain` int(11) NOT NULL,
  `number_of_domains` int(11) NOT NULL,
  `feature` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_organization` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `admin_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` varchar(500) DEFAULT NULL,
  `logo` varchar(255) DEFAULT NULL,
  `url` varchar(255) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `twitter` varchar(200) DEFAULT NULL,
  `matrix_url` varchar(200) DEFAULT NULL,
  `slack_url` varchar(200) DEFAULT NULL,
  `discord_url` varchar(200) DEFAULT NULL,
  `gitter_url` varchar(200) DEFAULT NULL,
  `zulipchat_url` varchar(200) DEFAULT NULL,
  `element_url` varchar(200) DEFAULT NULL,
  `facebook` varchar(200) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `subscription_id` int(11) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL,
  `trademark_count` int(11) NOT NULL,
  `trademark_check_date` datetime(6) DEFAULT NULL,
  `team_points` int(11) NOT NULL,
  `tagline` varchar(255) DEFAULT NULL,
  `license` varchar(100) DEFAULT NULL,
  `categories` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`categories`)),
  `contributor_guidance_url` varchar(200) DEFAULT NULL,
  `tech_tags` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`tech_tags`)),
  `topic_tags` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`topic_tags`)),
  `source_code` varchar(200) DEFAULT NULL,
  `ideas_link` varchar(200) DEFAULT NULL,
  `repos_updated_at` datetime(6) DEFAULT NULL,
  `type` varchar(15) NOT NULL,
  `check_ins_enabled` tinyint(1) NOT NULL,
  `address_line_1` varchar(255) DEFAULT NULL,
  `address_line_2` varchar(255) DEFAULT NULL,
  `city` varchar(100) DEFAULT NULL,
  `state` varchar(100) DEFAULT NULL,
  `country` varchar(100) DEFAULT NULL,
  `postal_code` varchar(20) DEFAULT NULL,
  `latitude` decimal(9,6) DEFAULT NULL,
  `longitude` decimal(9,6) DEFAULT NULL,
  `github_org` varchar(255) DEFAULT NULL,
  `gsoc_years` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `url` (`url`),
  UNIQUE KEY `unique_organization_slug` (`slug`),
  KEY `website_organization_admin_id_6a977aec_fk_auth_user_id` (`admin_id`),
  KEY `website_organization_subscription_id_37c007d7_fk_website_s` (`subscription_id`),
  KEY `org_created_idx` (`created`),
  CONSTRAINT `website_organization_admin_id_6a977aec_fk_auth_user_id` FOREIGN KEY (`admin_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `website_organization_subscription_id_37c007d7_fk_website_s` FOREIGN KEY (`subscription_id`) REFERENCES `website_subscription` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `user_avatar` varchar(100) DEFAULT NULL,
  `title` int(11) NOT NULL,
  `role` varchar(255) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `winnings` decimal(10,2) DEFAULT NULL,
  `issues_hidden` tinyint(1) NOT NULL,
  `is_verifier` tinyint(1) NOT NULL,
  `daily_visit_count` int(10) unsigned NOT NULL CHECK (`daily_visit_count` >= 0),
  `last_visit_day` date DEFAULT NULL,
  `email_status` varchar(50) DEFAULT NULL,
  `email_last_event` varchar(50) DEFAULT NULL,
  `email_last_event_time` datetime(6) DEFAULT NULL,
  `email_bounce_reason` longtext DEFAULT NULL,
  `email_spam_report` tinyint(1) NOT NULL,
  `email_unsubscribed` tinyint(1) NOT NULL,
  `email_click_count` int(10) unsigned NOT NULL CHECK (`email_click_count` >= 0),
  `email_open_count` int(10) unsigned NOT NULL CHECK (`email_open_count` >= 0),
  `btc_address` varchar(100) DEFAULT NULL,
  `bch_address` varchar(100) DEFAULT NULL,
  `eth_address` varchar(100) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `x_username` varchar(50) DEFAULT NULL,
  `linkedin_url` varchar(200) DEFAULT NULL,
  `github_url` varchar(200) DEFAULT NULL,
  `website_url` varchar(200) DEFAULT NULL,
  `discounted_hourly_rate` decimal(10,2) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `visit_count` int(10) unsigned NOT NULL CHECK (`visit_count` >= 0),
  `team_id` int(11) DEFAULT NULL,
  `public_key` longtext DEFAULT NULL,
  `merged_pr_count` int(10) unsigned NOT NULL CHECK (`merged_pr_count` >= 0),
  `contribution_rank` int(10) unsigned NOT NULL CHECK (`contribution_rank` >= 0),
  `leaderboard_score` int(10) unsigned NOT NULL CHECK (`leaderboard_score` >= 0),
  `current_streak` int(11) NOT NULL,
  `longest_streak` int(11) NOT NULL,
  `last_check_in` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `website_userprofile_team_id_797eb4bd_fk_website_organization_id` (`team_id`),
  KEY `website_userprofile_leaderboard_score_189d9ce3` (`leaderboard_score`),
  CONSTRAINT `website_userprofile_team_id_797eb4bd_fk_website_organization_id` FOREIGN KEY (`team_id`) REFERENCES `website_organization` (`id`),
  CONSTRAINT `website_userprofile_user_id_8d46ec2a_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_userprofile_follows` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_userprofile_id` int(11) NOT NULL,
  `to_userprofile_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_userprofile_foll_from_userprofile_id_to_u_dbfeaec6_uniq` (`from_userprofile_id`,`to_userprofile_id`),
  KEY `website_userprofile__to_userprofile_id_1e611325_fk_website_u` (`to_userprofile_id`),
  CONSTRAINT `website_userprofile__from_userprofile_id_b2ff13f9_fk_website_u` FOREIGN KEY (`from_userprofile_id`) REFERENCES `website_userprofile` (`id`),
  CONSTRAINT `website_userprofile__to_userprofile_id_1e611325_fk_website_u` FOREIGN KEY (`to_userprofile_id`) REFERENCES `website_userprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_domain` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `url` varchar(200) NOT NULL,
  `logo` varchar(100) DEFAULT NULL,
  `webshot` varchar(100) DEFAULT NULL,
  `clicks` int(11) DEFAULT NULL,
  `email_event` varchar(255) DEFAULT NULL,
  `color` varchar(10) DEFAULT NULL,
  `github` varchar(255) DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `twitter` varchar(30) DEFAULT NULL,
  `facebook` varchar(200) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `has_security_txt` tinyint(1) NOT NULL,
  `security_txt_checked_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `domain_org_idx` (`organization_id`),
  CONSTRAINT `website_domain_organization_id_eda1fc4e_fk_website_o` FOREIGN KEY (`organization_id`) REFERENCES `website_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_hunt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain_id` int(11) NOT NULL,
  `name` varchar(25) NOT NULL,
  `description` longtext DEFAULT NULL,
  `url` varchar(200) NOT NULL,
  `prize` int(11) DEFAULT NULL,
  `prize_winner` decimal(6,2) NOT NULL,
  `prize_runner` decimal(6,2) NOT NULL,
  `prize_second_runner` decimal(6,2) NOT NULL,
  `logo` varchar(100) DEFAULT NULL,
  `banner` varchar(100) DEFAULT NULL,
  `plan` varchar(10) NOT NULL,
  `txn_id` varchar(50) DEFAULT NULL,
  `color` varchar(10) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `starts_on` datetime(6) DEFAULT NULL,
  `end_on` datetime(6) DEFAULT NULL,
  `is_published` tinyint(1) NOT NULL,
  `result_published` tinyint(1) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_hunt_domain_id_acd27f5e_fk_website_domain_id` (`domain_id`),
  CONSTRAINT `website_hunt_domain_id_acd27f5e_fk_website_domain_id` FOREIGN KEY (`domain_id`) REFERENCES `website_domain` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_issue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `hunt_id` int(11) DEFAULT NULL,
  `domain_id` int(11) DEFAULT NULL,
  `url` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `markdown_description` longtext DEFAULT NULL,
  `label` smallint(5) unsigned NOT NULL CHECK (`label` >= 0),
  `views` int(11) DEFAULT NULL,
  `verified` tinyint(1) NOT NULL,
  `score` int(11) DEFAULT NULL,
  `status` varchar(10) DEFAULT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `ocr` longtext DEFAULT NULL,
  `screenshot` varchar(100) DEFAULT NULL,
  `closed_by_id` int(11) DEFAULT NULL,
  `closed_date` datetime(6) DEFAULT NULL,
  `github_url` varchar(200) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  `spam_score` int(11) DEFAULT NULL,
  `spam_reason` longtext DEFAULT NULL,
  `rewarded` int(10) unsigned NOT NULL CHECK (`rewarded` >= 0),
  `reporter_ip_address` char(39) DEFAULT NULL,
  `cve_id` varchar(20) DEFAULT NULL,
  `cve_score` decimal(3,1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `website_issue_user_id_17072c39_fk_auth_user_id` (`user_id`),
  KEY `website_issue_hunt_id_e671312a_fk_website_hunt_id` (`hunt_id`),
  KEY `website_issue_closed_by_id_055e3c88_fk_auth_user_id` (`closed_by_id`),
  KEY `issue_domain_status_idx` (`domain_id`,`status`),
  KEY `issue_cve_id_idx` (`cve_id`),
  KEY `issue_cve_score_idx` (`cve_score`),
  CONSTRAINT `website_issue_closed_by_id_055e3c88_fk_auth_user_id` FOREIGN KEY (`closed_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `website_issue_domain_id_094cf7af_fk_website_domain_id` FOREIGN KEY (`domain_id`) REFERENCES `website_domain` (`id`),
  CONSTRAINT `website_issue_hunt_id_e671312a_fk_website_hunt_id` FOREIGN KEY (`hunt_id`) REFERENCES `website_hunt` (`id`),
  CONSTRAINT `website_issue_user_id_17072c39_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_userprofile_issue_upvoted` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userprofile_id` int(11) NOT NULL,
  `issue_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_userprofile_issu_userprofile_id_issue_id_04297f84_uniq` (`userprofile_id`,`issue_id`),
  KEY `website_userprofile__issue_id_512cacaf_fk_website_i` (`issue_id`),
  CONSTRAINT `website_userprofile__issue_id_512cacaf_fk_website_i` FOREIGN KEY (`issue_id`) REFERENCES `website_issue` (`id`),
  CONSTRAINT `website_userprofile__userprofile_id_78d6b39e_fk_website_u` FOREIGN KEY (`userprofile_id`) REFERENCES `website_userprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_userprofile_subscribed_domains` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userprofile_id` int(11) NOT NULL,
  `domain_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_userprofile_subs_userprofile_id_domain_id_ec53a6d8_uniq` (`userprofile_id`,`domain_id`),
  KEY `website_userprofile__domain_id_05eec489_fk_website_d` (`domain_id`),
  CONSTRAINT `website_userprofile__domain_id_05eec489_fk_website_d` FOREIGN KEY (`domain_id`) REFERENCES `website_domain` (`id`),
  CONSTRAINT `website_userprofile__userprofile_id_57e943bd_fk_website_u` FOREIGN KEY (`userprofile_id`) REFERENCES `website_userprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_organization_managers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_organization_man_organization_id_user_id_5d8bce28_uniq` (`organization_id`,`user_id`),
  KEY `website_organization_managers_user_id_be63888f_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_organization_managers_user_id_be63888f_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `website_organization_organization_id_6d7e1464_fk_website_o` FOREIGN KEY (`organization_id`) REFERENCES `website_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_organizationadmin` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `organization_id` int(11) DEFAULT NULL,
  `domain_id` int(11) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_organizationadmin_user_id_7d8cd3d2_fk_auth_user_id` (`user_id`),
  KEY `website_organization_organization_id_24aaa1df_fk_website_o` (`organization_id`),
  KEY `website_organization_domain_id_e4968a80_fk_website_d` (`domain_id`),
  CONSTRAINT `website_organization_domain_id_e4968a80_fk_website_d` FOREIGN KEY (`domain_id`) REFERENCES `website_domain` (`id`),
  CONSTRAINT `website_organization_organization_id_24aaa1df_fk_website_o` FOREIGN KEY (`organization_id`) REFERENCES `website_organization` (`id`),
  CONSTRAINT `website_organizationadmin_user_id_7d8cd3d2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_domain_managers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_domain_managers_domain_id_user_id_7dbbdbe3_uniq` (`domain_id`,`user_id`),
  KEY `website_domain_managers_user_id_adda8e71_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_domain_managers_domain_id_f823b107_fk_website_domain_id` FOREIGN KEY (`domain_id`) REFERENCES `website_domain` (`id`),
  CONSTRAINT `website_domain_managers_user_id_adda8e71_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_huntprize` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `hunt_id` int(11) NOT NULL,
  `name` varchar(50) NOT NULL,
  `value` int(10) unsigned NOT NULL CHECK (`value` >= 0),
  `no_of_eligible_projects` int(10) unsigned NOT NULL CHECK (`no_of_eligible_projects` >= 0),
  `valid_submissions_eligible` tinyint(1) NOT NULL,
  `prize_in_crypto` tinyint(1) NOT NULL,
  `description` longtext DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_huntprize_hunt_id_db361f26_fk_website_hunt_id` (`hunt_id`),
  CONSTRAINT `website_huntprize_hunt_id_db361f26_fk_website_hunt_id` FOREIGN KEY (`hunt_id`) REFERENCES `website_hunt` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_issue_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `issue_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_issue_tags_issue_id_tag_id_5dbeec9c_uniq` (`issue_id`,`tag_id`),
  KEY `website_issue_tags_tag_id_1f01b443_fk_website_tag_id` (`tag_id`),
  CONSTRAINT `website_issue_tags_issue_id_b4c220b5_fk_website_issue_id` FOREIGN KEY (`issue_id`) REFERENCES `website_issue` (`id`),
  CONSTRAINT `website_issue_tags_tag_id_1f01b443_fk_website_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `website_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_issue_team_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `issue_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_issue_team_members_issue_id_user_id_b9e9aa9b_uniq` (`issue_id`,`user_id`),
  KEY `website_issue_team_members_user_id_cd52e034_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_issue_team_members_issue_id_6244945d_fk_website_issue_id` FOREIGN KEY (`issue_id`) REFERENCES `website_issue` (`id`),
  CONSTRAINT `website_issue_team_members_user_id_cd52e034_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_issuescreenshot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `image` varchar(100) NOT NULL,
  `issue_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_issuescreenshot_issue_id_ee869b83_fk_website_issue_id` (`issue_id`),
  CONSTRAINT `website_issuescreenshot_issue_id_ee869b83_fk_website_issue_id` FOREIGN KEY (`issue_id`) REFERENCES `website_issue` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_winner` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `hunt_id` int(11) DEFAULT NULL,
  `winner_id` int(11) DEFAULT NULL,
  `runner_id` int(11) DEFAULT NULL,
  `second_runner_id` int(11) DEFAULT NULL,
  `prize_distributed` tinyint(1) NOT NULL,
  `prize_id` int(11) DEFAULT NULL,
  `prize_amount` decimal(6,2) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_winner_hunt_id_e7a4a705_fk_website_hunt_id` (`hunt_id`),
  KEY `website_winner_winner_id_7dead191_fk_auth_user_id` (`winner_id`),
  KEY `website_winner_runner_id_99e86a2a_fk_auth_user_id` (`runner_id`),
  KEY `website_winner_second_runner_id_e3394816_fk_auth_user_id` (`second_runner_id`),
  KEY `website_winner_prize_id_44e84e96_fk_website_huntprize_id` (`prize_id`),
  CONSTRAINT `website_winner_hunt_id_e7a4a705_fk_website_hunt_id` FOREIGN KEY (`hunt_id`) REFERENCES `website_hunt` (`id`),
  CONSTRAINT `website_winner_prize_id_44e84e96_fk_website_huntprize_id` FOREIGN KEY (`prize_id`) REFERENCES `website_huntprize` (`id`),
  CONSTRAINT `website_winner_runner_id_99e86a2a_fk_auth_user_id` FOREIGN KEY (`runner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `website_winner_second_runner_id_e3394816_fk_auth_user_id` FOREIGN KEY (`second_runner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `website_winner_winner_id_7dead191_fk_auth_user_id` FOREIGN KEY (`winner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_points` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `issue_id` int(11) DEFAULT NULL,
  `domain_id` int(11) DEFAULT NULL,
  `score` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `reason` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `website_points_user_id_6e7617f2_fk_auth_user_id` (`user_id`),
  KEY `website_points_issue_id_2e7551a0_fk_website_issue_id` (`issue_id`),
  KEY `website_points_domain_id_2f58a1eb_fk_website_domain_id` (`domain_id`),
  CONSTRAINT `website_points_domain_id_2f58a1eb_fk_website_domain_id` FOREIGN KEY (`domain_id`) REFERENCES `website_domain` (`id`),
  CONSTRAINT `website_points_issue_id_2e7551a0_fk_website_issue_id` FOREIGN KEY (`issue_id`) REFERENCES `website_issue` (`id`),
  CONSTRAINT `website_points_user_id_6e7617f2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_wallet` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `account_id` longtext DEFAULT NULL,
  `current_balance` decimal(6,2) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_wallet_user_id_4e771050_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_wallet_user_id_4e771050_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_payment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `wallet_id` int(11) NOT NULL,
  `value` decimal(6,2) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_payment_wallet_id_4967fb90_fk_website_wallet_id` (`wallet_id`),
  CONSTRAINT `website_payment_wallet_id_4967fb90_fk_website_wallet_id` FOREIGN KEY (`wallet_id`) REFERENCES `website_wallet` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_transaction` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `wallet_id` int(11) NOT NULL,
  `value` decimal(6,2) NOT NULL,
  `running_balance` decimal(6,2) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_transaction_wallet_id_6cfa6d3c_fk_website_wallet_id` (`wallet_id`),
  CONSTRAINT `website_transaction_wallet_id_6cfa6d3c_fk_website_wallet_id` FOREIGN KEY (`wallet_id`) REFERENCES `website_wallet` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_bid` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `github_username` varchar(100) DEFAULT NULL,
  `issue_url` varchar(200) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `amount_bch` decimal(16,8) NOT NULL,
  `status` varchar(10) NOT NULL,
  `pr_link` varchar(200) DEFAULT NULL,
  `bch_address` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `website_bid_user_id_23db6819_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_bid_user_id_23db6819_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_invitefriend` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender_id` int(11) NOT NULL,
  `referral_code` varchar(100) NOT NULL,
  `point_by_referral` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_invitefriend_sender_id_487d5d3e_fk_auth_user_id` (`sender_id`),
  CONSTRAINT `website_invitefriend_sender_id_487d5d3e_fk_auth_user_id` FOREIGN KEY (`sender_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_inviteorganization` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender_id` int(11) DEFAULT NULL,
  `email` varchar(254) NOT NULL,
  `organization_name` varchar(255) NOT NULL,
  `referral_code` varchar(100) NOT NULL,
  `organization_id` int(11) DEFAULT NULL,
  `points_awarded` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `referral_code` (`referral_code`),
  KEY `website_inviteorganization_sender_id_ca3ffac0_fk_auth_user_id` (`sender_id`),
  KEY `website_inviteorgani_organization_id_5ebaecf2_fk_website_o` (`organization_id`),
  CONSTRAINT `website_inviteorgani_organization_id_5ebaecf2_fk_website_o` FOREIGN KEY (`organization_id`) REFERENCES `website_organization` (`id`),
  CONSTRAINT `website_inviteorganization_sender_id_ca3ffac0_fk_auth_user_id` FOREIGN KEY (`sender_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_ip` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address` varchar(39) DEFAULT NULL,
  `user` varchar(150) DEFAULT NULL,
  `issuenumber` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `agent` longtext DEFAULT NULL,
  `count` bigint(20) NOT NULL,
  `path` varchar(255) DEFAULT NULL,
  `method` varchar(10) DEFAULT NULL,
  `referer` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ip_path_created_idx` (`path`,`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_ipreport` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `activity_title` varchar(255) NOT NULL,
  `activity_type` varchar(50) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `ip_type` varchar(10) NOT NULL,
  `description` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `reporter_ip_address` char(39) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `website_ipreport_user_id_9a8ef495_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_ipreport_user_id_9a8ef495_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_blocked` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address` char(39) DEFAULT NULL,
  `reason_for_block` longtext DEFAULT NULL,
  `ip_network` char(39) DEFAULT NULL,
  `user_agent_string` varchar(255) DEFAULT NULL,
  `count` int(11) NOT NULL,
  `created` date NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_badge` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `icon` varchar(100) DEFAULT NULL,
  `type` varchar(10) NOT NULL,
  `criteria` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`criteria`)),
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_userbadge` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `badge_id` int(11) NOT NULL,
  `awarded_by_id` int(11) DEFAULT NULL,
  `awarded_at` datetime(6) NOT NULL,
  `reason` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `website_userbadge_user_id_7e928d24_fk_auth_user_id` (`user_id`),
  KEY `website_userbadge_badge_id_e9e04039_fk_website_badge_id` (`badge_id`),
  KEY `website_userbadge_awarded_by_id_999c3685_fk_auth_user_id` (`awarded_by_id`),
  CONSTRAINT `website_userbadge_awarded_by_id_999c3685_fk_auth_user_id` FOREIGN KEY (`awarded_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `website_userbadge_badge_id_e9e04039_fk_website_badge_id` FOREIGN KEY (`badge_id`) REFERENCES `website_badge` (`id`),
  CONSTRAINT `website_userbadge_user_id_7e928d24_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_kudos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender_id` int(11) NOT NULL,
  `receiver_id` int(11) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `link` varchar(200) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `website_kudos_sender_id_eafd8786_fk_auth_user_id` (`sender_id`),
  KEY `website_kudos_receiver_id_d63b47c5_fk_auth_user_id` (`receiver_id`),
  CONSTRAINT `website_kudos_receiver_id_d63b47c5_fk_auth_user_id` FOREIGN KEY (`receiver_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `website_kudos_sender_id_eafd8786_fk_auth_user_id` FOREIGN KEY (`sender_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `message` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `is_read` tinyint(1) NOT NULL,
  `is_deleted` tinyint(1) NOT NULL,
  `notification_type` varchar(50) NOT NULL,
  `link` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `website_notification_user_id_d252e259_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_notification_user_id_d252e259_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_room` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` varchar(20) NOT NULL,
  `custom_type` varchar(255) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `admin_id` int(11) DEFAULT NULL,
  `session_key` varchar(40) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_room_admin_id_e4e7b6ac_fk_auth_user_id` (`admin_id`),
  CONSTRAINT `website_room_admin_id_e4e7b6ac_fk_auth_user_id` FOREIGN KEY (`admin_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_thread` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_thread_participants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `thread_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_thread_participants_thread_id_user_id_94f6ea5f_uniq` (`thread_id`,`user_id`),
  KEY `website_thread_participants_user_id_dadd0096_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_thread_parti_thread_id_12a3443a_fk_website_t` FOREIGN KEY (`thread_id`) REFERENCES `website_thread` (`id`),
  CONSTRAINT `website_thread_participants_user_id_dadd0096_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `room_id` int(11) DEFAULT NULL,
  `thread_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  `content` longtext NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `session_key` varchar(40) DEFAULT NULL,
  `reactions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`reactions`)),
  PRIMARY KEY (`id`),
  KEY `website_message_room_id_96069f7d_fk_website_room_id` (`room_id`),
  KEY `website_message_thread_id_56a63572_fk_website_thread_id` (`thread_id`),
  KEY `website_message_user_id_30c257c0_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_message_room_id_96069f7d_fk_website_room_id` FOREIGN KEY (`room_id`) REFERENCES `website_room` (`id`),
  CONSTRAINT `website_message_thread_id_56a63572_fk_website_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `website_thread` (`id`),
  CONSTRAINT `website_message_user_id_30c257c0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_activity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `action_type` varchar(20) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `image` varchar(100) DEFAULT NULL,
  `url` varchar(200) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `like_count` int(10) unsigned NOT NULL CHECK (`like_count` >= 0),
  `dislike_count` int(10) unsigned NOT NULL CHECK (`dislike_count` >= 0),
  `is_approved` tinyint(1) NOT NULL,
  `is_posted_to_bluesky` tinyint(1) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `object_id` int(10) unsigned NOT NULL CHECK (`object_id` >= 0),
  PRIMARY KEY (`id`),
  KEY `website_activity_user_id_0f1df33f_fk_auth_user_id` (`user_id`),
  KEY `website_activity_content_type_id_f51ce432_fk_django_co` (`content_type_id`),
  CONSTRAINT `website_activity_content_type_id_f51ce432_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `website_activity_user_id_0f1df33f_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_activitylog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `window_title` varchar(255) NOT NULL,
  `url` varchar(200) DEFAULT NULL,
  `recorded_at` datetime(6) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_activitylog_user_id_4f6ccee7_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_activitylog_user_id_4f6ccee7_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_searchhistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `query` varchar(255) NOT NULL,
  `search_type` varchar(50) NOT NULL,
  `result_count` int(10) unsigned DEFAULT NULL CHECK (`result_count` >= 0),
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `search_hist_user_time_idx` (`user_id`,`timestamp` DESC),
  CONSTRAINT `website_searchhistory_user_id_69451fe9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_monitor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(200) NOT NULL,
  `keyword` varchar(255) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `last_checked_time` datetime(6) NOT NULL,
  `status` varchar(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_monitor_user_id_8d02f4ee_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_monitor_user_id_8d02f4ee_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_securityincident` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `severity` varchar(20) NOT NULL,
  `status` varchar(20) NOT NULL,
  `affected_systems` longtext NOT NULL,
  `description` longtext NOT NULL,
  `reporter_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `resolved_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `website_securityincident_reporter_id_e7a72ef7_fk_auth_user_id` (`reporter_id`),
  KEY `incident_severity_idx` (`severity`),
  KEY `incident_status_idx` (`status`),
  KEY `incident_created_idx` (`created_at` DESC),
  CONSTRAINT `website_securityincident_reporter_id_e7a72ef7_fk_auth_user_id` FOREIGN KEY (`reporter_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_securityincidenthistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `incident_id` int(11) NOT NULL,
  `field_name` varchar(100) NOT NULL,
  `old_value` longtext DEFAULT NULL,
  `new_value` longtext DEFAULT NULL,
  `changed_by_id` int(11) DEFAULT NULL,
  `changed_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_securityinci_changed_by_id_f92757ec_fk_auth_user` (`changed_by_id`),
  KEY `history_incident_changedat_idx` (`incident_id`,`changed_at` DESC),
  CONSTRAINT `website_securityinci_changed_by_id_f92757ec_fk_auth_user` FOREIGN KEY (`changed_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `website_securityinci_incident_id_9ef942f5_fk_website_s` FOREIGN KEY (`incident_id`) REFERENCES `website_securityincident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_contribution` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `repository_id` int(11) DEFAULT NULL,
  `contribution_type` varchar(20) NOT NULL,
  `github_username` varchar(255) NOT NULL,
  `github_id` varchar(100) DEFAULT NULL,
  `github_url` varchar(200) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `status` varchar(50) NOT NULL,
  `txid` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `website_con_github__0ac410_idx` (`github_id`),
  KEY `website_con_user_id_0a46de_idx` (`user_id`,`created`),
  KEY `website_con_reposit_9a7e49_idx` (`repository_id`,`created`),
  CONSTRAINT `website_contribution_user_id_11433f26_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_baconearning` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `tokens_earned` decimal(10,2) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_baconearning_user_id_646d21e1_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_baconearning_user_id_646d21e1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_bacontoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `created` datetime(6) NOT NULL,
  `contribution_id` int(11) NOT NULL,
  `token_id` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contribution_id` (`contribution_id`),
  KEY `website_bacontoken_user_id_4627f4a1_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_bacontoken_contribution_id_8411a090_fk_website_c` FOREIGN KEY (`contribution_id`) REFERENCES `website_contribution` (`id`),
  CONSTRAINT `website_bacontoken_user_id_4627f4a1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_baconsubmission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `github_url` varchar(200) NOT NULL,
  `contribution_type` varchar(20) NOT NULL,
  `description` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `status` varchar(20) NOT NULL,
  `transaction_status` varchar(20) NOT NULL,
  `transaction_id` varchar(255) DEFAULT NULL,
  `bacon_amount` int(11) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_baconsubmission_user_id_942ff5ae_fk_auth_user_id` (`user_id`),
  CONSTRAINT `website_baconsubmission_user_id_942ff5ae_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_remindersettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `reminder_time` time(6) NOT NULL,
  `reminder_time_utc` time(6) DEFAULT NULL,
  `timezone` varchar(50) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `last_reminder_sent` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `website_rem_is_acti_d29d2c_idx` (`is_active`),
  KEY `website_rem_reminde_fc3689_idx` (`reminder_time_utc`),
  CONSTRAINT `website_remindersettings_user_id_70f91fc6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_dailystatusreport` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `date` date NOT NULL,
  `previous_work` longtext NOT NULL,
  `next_plan` longtext NOT NULL,
  `blockers` longtext NOT NULL,
  `goal_accomplished` tinyint(1) NOT NULL,
  `current_mood` varchar(50) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dsr_user_date_idx` (`user_id`,`date`),
  CONSTRAINT `website_dailystatusreport_user_id_d37b2943_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_timelog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `organization_id` int(11) DEFAULT NULL,
  `start_time` datetime(6) NOT NULL,
  `end_time` datetime(6) DEFAULT NULL,
  `duration` bigint(20) DEFAULT NULL,
  `github_issue_url` varchar(200) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `website_timelog_user_id_dc6df299_fk_auth_user_id` (`user_id`),
  KEY `website_timelog_organization_id_d29606a1_fk_website_o` (`organization_id`),
  CONSTRAINT `website_timelog_organization_id_d29606a1_fk_website_o` FOREIGN KEY (`organization_id`) REFERENCES `website_organization` (`id`),
  CONSTRAINT `website_timelog_user_id_dc6df299_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `website_socialaccountreward` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `provider` varchar(30) NOT NULL,
  `rewarded_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_provider_reward` (`user_id`,`provider`),
  KEY `website_soc_user_id_fb0840_idx` (`user_id`,`provider`),
  CONSTRAINT `website_socialaccountreward_user_id_d1f7b5aa_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comments_comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) DEFAULT NULL,
  `content_type_id` int(11) NOT NULL,
  `object_id` int(10) unsigned NOT NULL CHECK (`object_id` >= 0),
  `author` varchar(200) NOT NULL,
  `author_fk_id` int(11) DEFAULT NULL,
  `author_url` varchar(200) NOT NULL,
  `text` longtext NOT NULL,
  `created_date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `comments_comment_parent_id_3e0802fb_fk_comments_comment_id` (`parent_id`),
  KEY `comments_comment_content_type_id_72fd5dbe_fk_django_co` (`content_type_id`),
  KEY `comments_comment_author_fk_id_933501b6_fk_website_userprofile_id` (`author_fk_id`),
  CONSTRAINT `comments_comment_author_fk_id_933501b6_fk_website_userprofile_id` FOREIGN KEY (`author_fk_id`) REFERENCES `website_userprofile` (`id`),
  CONSTRAINT `comments_comment_content_type_id_72fd5dbe_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `comments_comment_parent_id_3e0802fb_fk_comments_comment_id` FOREIGN KEY (`parent_id`) REFERENCES `comments_comment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

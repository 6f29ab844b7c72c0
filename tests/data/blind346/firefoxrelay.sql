-- Firefox Relay (mozilla/fx-private-relay, MPL-2.0), commit 978af78f8146ca244f5532255d3e8c399d27c052.
-- `manage.py migrate` of Django 5.2.16 with the upstream settings (PHONES_ENABLED and the e-mail app on)
-- and the pinned django-allauth 65.19.0, djangorestframework 3.17.1 and django-waffle 5.0.0, run against
-- MariaDB 10.11 with RunPython steps skipped (on an empty database they copy rows, or for PostgreSQL and
-- SQLite only set column defaults and expression indexes); the tables as MariaDB writes them
-- (SHOW CREATE TABLE), in foreign-key order.
CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

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

CREATE TABLE `account_emailaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`,`email`),
  KEY `account_emailaddress_email_03be32b2` (`email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_emailconfirmation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `key` varchar(64) NOT NULL,
  `email_address_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` (`email_address_id`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
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

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `emails_registeredsubdomain` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subdomain_hash` varchar(64) NOT NULL,
  `registered_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subdomain_hash` (`subdomain_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `emails_deletedaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address_hash` varchar(64) NOT NULL,
  `num_blocked` int(10) unsigned NOT NULL,
  `num_forwarded` int(10) unsigned NOT NULL,
  `num_spam` int(10) unsigned NOT NULL,
  `num_replied` int(10) unsigned NOT NULL CHECK (`num_replied` >= 0),
  PRIMARY KEY (`id`),
  KEY `emails_deletedaddress_address_hash_3586b432` (`address_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `emails_domainaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address` varchar(64) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `description` varchar(64) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `first_emailed_at` datetime(6) DEFAULT NULL,
  `last_modified_at` datetime(6) NOT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `num_forwarded` int(10) unsigned NOT NULL,
  `num_blocked` int(10) unsigned NOT NULL,
  `num_spam` int(10) unsigned NOT NULL,
  `user_id` int(11) NOT NULL,
  `domain` smallint(5) unsigned NOT NULL CHECK (`domain` >= 0),
  `block_list_emails` tinyint(1) NOT NULL,
  `used_on` longtext DEFAULT NULL,
  `num_replied` int(10) unsigned NOT NULL CHECK (`num_replied` >= 0),
  `num_level_one_trackers_blocked` int(10) unsigned DEFAULT NULL CHECK (`num_level_one_trackers_blocked` >= 0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `emails_domainaddress_user_id_address_53342f1e_uniq` (`user_id`,`address`),
  KEY `emails_domainaddress_created_at_49851d83` (`created_at`),
  KEY `emails_domainaddress_first_emailed_at_945ab6bf` (`first_emailed_at`),
  KEY `emails_domainaddress_last_modified_at_5cd619b6` (`last_modified_at`),
  CONSTRAINT `emails_domainaddress_user_id_3c6adade_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `emails_abusemetrics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_recorded` datetime(6) NOT NULL,
  `last_recorded` datetime(6) NOT NULL,
  `num_address_created_per_day` smallint(5) unsigned NOT NULL CHECK (`num_address_created_per_day` >= 0),
  `num_replies_per_day` smallint(5) unsigned NOT NULL CHECK (`num_replies_per_day` >= 0),
  `user_id` int(11) NOT NULL,
  `forwarded_email_size_per_day` bigint(20) unsigned NOT NULL CHECK (`forwarded_email_size_per_day` >= 0),
  `num_email_forwarded_per_day` smallint(5) unsigned NOT NULL CHECK (`num_email_forwarded_per_day` >= 0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `emails_abusemetrics_user_id_first_recorded_e22d0d1c_uniq` (`user_id`,`first_recorded`),
  KEY `emails_abusemetrics_first_recorded_640bb4fd` (`first_recorded`),
  KEY `emails_abusemetrics_last_recorded_d592fe63` (`last_recorded`),
  CONSTRAINT `emails_abusemetrics_user_id_cf2800c3_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `emails_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `api_token` uuid NOT NULL,
  `user_id` int(11) NOT NULL,
  `address_last_deleted` datetime(6) DEFAULT NULL,
  `num_address_deleted` int(10) unsigned NOT NULL CHECK (`num_address_deleted` >= 0),
  `last_hard_bounce` datetime(6) DEFAULT NULL,
  `last_soft_bounce` datetime(6) DEFAULT NULL,
  `subdomain` varchar(63) DEFAULT NULL,
  `server_storage` tinyint(1) NOT NULL,
  `num_email_blocked_in_deleted_address` int(10) unsigned NOT NULL CHECK (`num_email_blocked_in_deleted_address` >= 0),
  `num_email_forwarded_in_deleted_address` int(10) unsigned NOT NULL CHECK (`num_email_forwarded_in_deleted_address` >= 0),
  `num_email_spam_in_deleted_address` int(10) unsigned NOT NULL CHECK (`num_email_spam_in_deleted_address` >= 0),
  `onboarding_state` int(10) unsigned NOT NULL CHECK (`onboarding_state` >= 0),
  `last_account_flagged` datetime(6) DEFAULT NULL,
  `date_subscribed` datetime(6) DEFAULT NULL,
  `auto_block_spam` tinyint(1) NOT NULL,
  `num_email_replied_in_deleted_address` int(10) unsigned NOT NULL CHECK (`num_email_replied_in_deleted_address` >= 0),
  `remove_level_one_email_trackers` tinyint(1) DEFAULT NULL,
  `num_level_one_trackers_blocked_in_deleted_address` int(10) unsigned DEFAULT NULL CHECK (`num_level_one_trackers_blocked_in_deleted_address` >= 0),
  `store_phone_log` tinyint(1) NOT NULL,
  `date_phone_subscription_checked` datetime(6) DEFAULT NULL,
  `date_subscribed_phone` datetime(6) DEFAULT NULL,
  `forwarded_first_reply` tinyint(1) NOT NULL,
  `date_phone_subscription_end` datetime(6) DEFAULT NULL,
  `date_phone_subscription_reset` datetime(6) DEFAULT NULL,
  `date_phone_subscription_start` datetime(6) DEFAULT NULL,
  `created_by` varchar(63) DEFAULT NULL,
  `sent_welcome_email` tinyint(1) NOT NULL,
  `onboarding_free_state` int(10) unsigned NOT NULL CHECK (`onboarding_free_state` >= 0),
  `last_engagement` datetime(6) DEFAULT NULL,
  `num_deleted_domain_addresses` int(10) unsigned NOT NULL CHECK (`num_deleted_domain_addresses` >= 0),
  `num_deleted_relay_addresses` int(10) unsigned NOT NULL CHECK (`num_deleted_relay_addresses` >= 0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `emails_profile_user_id_4780e024_uniq` (`user_id`),
  UNIQUE KEY `subdomain` (`subdomain`),
  KEY `emails_profile_address_last_deleted_188d9e79` (`address_last_deleted`),
  KEY `emails_profile_last_hard_bounce_fefe494f` (`last_hard_bounce`),
  KEY `emails_profile_last_soft_bounce_642ab37d` (`last_soft_bounce`),
  KEY `emails_profile_last_account_flagged_f40cbf85` (`last_account_flagged`),
  KEY `emails_profile_last_engagement_0c398b6a` (`last_engagement`),
  CONSTRAINT `emails_profile_user_id_4780e024_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `emails_relayaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `description` varchar(64) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `num_blocked` int(10) unsigned NOT NULL,
  `num_forwarded` int(10) unsigned NOT NULL,
  `num_spam` int(10) unsigned NOT NULL,
  `last_modified_at` datetime(6) NOT NULL,
  `domain` smallint(5) unsigned NOT NULL CHECK (`domain` >= 0),
  `generated_for` varchar(255) NOT NULL,
  `block_list_emails` tinyint(1) NOT NULL,
  `used_on` longtext DEFAULT NULL,
  `num_replied` int(10) unsigned NOT NULL CHECK (`num_replied` >= 0),
  `num_level_one_trackers_blocked` int(10) unsigned DEFAULT NULL CHECK (`num_level_one_trackers_blocked` >= 0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `emails_relayaddress_address_792d36e0_uniq` (`address`),
  KEY `emails_relayaddress_created_at_8a4ac75b` (`created_at`),
  KEY `emails_relayaddress_last_modified_at_a6218597` (`last_modified_at`),
  KEY `idx_ra_created_by_addon` (`user_id`),
  CONSTRAINT `emails_relayaddress_user_id_9e884efe_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `emails_reply` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `lookup` varchar(255) NOT NULL,
  `encrypted_metadata` longtext NOT NULL,
  `domain_address_id` int(11) DEFAULT NULL,
  `relay_address_id` int(11) DEFAULT NULL,
  `created_at` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `emails_reply_domain_address_id_9d92d307_fk_emails_do` (`domain_address_id`),
  KEY `emails_reply_relay_address_id_34654753_fk_emails_relayaddress_id` (`relay_address_id`),
  KEY `emails_reply_lookup_e745b1ec` (`lookup`),
  KEY `emails_reply_created_at_ff2c9de5` (`created_at`),
  CONSTRAINT `emails_reply_domain_address_id_9d92d307_fk_emails_do` FOREIGN KEY (`domain_address_id`) REFERENCES `emails_domainaddress` (`id`),
  CONSTRAINT `emails_reply_relay_address_id_34654753_fk_emails_relayaddress_id` FOREIGN KEY (`relay_address_id`) REFERENCES `emails_relayaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `phones_realphone` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `number` varchar(15) NOT NULL,
  `verification_code` varchar(8) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `verified_date` datetime(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `verification_sent_date` datetime(6) DEFAULT NULL,
  `country_code` varchar(2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `phones_realphone_user_id_194ddf70_fk_auth_user_id` (`user_id`),
  CONSTRAINT `phones_realphone_user_id_194ddf70_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `phones_relaynumber` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `number` varchar(15) NOT NULL,
  `location` varchar(255) NOT NULL,
  `user_id` int(11) NOT NULL,
  `vcard_lookup_key` varchar(6) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `calls_blocked` int(11) NOT NULL,
  `calls_forwarded` int(11) NOT NULL,
  `remaining_texts` int(11) NOT NULL,
  `texts_blocked` int(11) NOT NULL,
  `texts_forwarded` int(11) NOT NULL,
  `remaining_seconds` int(11) NOT NULL,
  `country_code` varchar(2) NOT NULL,
  `vendor` varchar(15) NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vcard_lookup_key` (`vcard_lookup_key`),
  UNIQUE KEY `phones_relaynumber_number_742e5d6b_uniq` (`number`),
  UNIQUE KEY `phones_relaynumber_user_id_62c65ede_uniq` (`user_id`),
  CONSTRAINT `phones_relaynumber_user_id_62c65ede_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `phones_inboundcontact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `inbound_number` varchar(15) NOT NULL,
  `last_inbound_date` datetime(6) NOT NULL,
  `num_calls` int(10) unsigned NOT NULL CHECK (`num_calls` >= 0),
  `num_calls_blocked` int(10) unsigned NOT NULL CHECK (`num_calls_blocked` >= 0),
  `num_texts` int(10) unsigned NOT NULL CHECK (`num_texts` >= 0),
  `num_texts_blocked` int(10) unsigned NOT NULL CHECK (`num_texts_blocked` >= 0),
  `blocked` tinyint(1) NOT NULL,
  `relay_number_id` int(11) NOT NULL,
  `last_inbound_type` varchar(4) NOT NULL,
  `last_call_date` datetime(6) DEFAULT NULL,
  `last_text_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `phones_inbo_relay_n_eaf332_idx` (`relay_number_id`,`inbound_number`),
  CONSTRAINT `phones_inboundcontac_relay_number_id_f95dbf8c_fk_phones_re` FOREIGN KEY (`relay_number_id`) REFERENCES `phones_relaynumber` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialapp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  `provider_id` varchar(200) NOT NULL,
  `settings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`settings`)),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `waffle_flag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `everyone` tinyint(1) DEFAULT NULL,
  `percent` decimal(3,1) DEFAULT NULL,
  `testing` tinyint(1) NOT NULL,
  `superusers` tinyint(1) NOT NULL,
  `staff` tinyint(1) NOT NULL,
  `authenticated` tinyint(1) NOT NULL,
  `languages` longtext NOT NULL,
  `rollout` tinyint(1) NOT NULL,
  `note` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `waffle_flag_created_4a6e8cef` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `waffle_flag_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `flag_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_groups_flag_id_group_id_8ba0c71b_uniq` (`flag_id`,`group_id`),
  KEY `waffle_flag_groups_group_id_a97c4f66_fk_auth_group_id` (`group_id`),
  CONSTRAINT `waffle_flag_groups_flag_id_c11c0c05_fk_waffle_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `waffle_flag` (`id`),
  CONSTRAINT `waffle_flag_groups_group_id_a97c4f66_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `waffle_flag_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `flag_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_users_flag_id_user_id_b46f76b0_uniq` (`flag_id`,`user_id`),
  KEY `waffle_flag_users_user_id_8026df9b_fk_auth_user_id` (`user_id`),
  CONSTRAINT `waffle_flag_users_flag_id_833c37b0_fk_waffle_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `waffle_flag` (`id`),
  CONSTRAINT `waffle_flag_users_user_id_8026df9b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `waffle_sample` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `percent` decimal(4,1) NOT NULL,
  `note` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `waffle_sample_created_76198bd5` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `waffle_switch` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `note` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `waffle_switch_created_c004e77e` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialapp_sites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `socialapp_id` int(11) NOT NULL,
  `site_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialapp_sites_socialapp_id_site_id_71a9a768_uniq` (`socialapp_id`,`site_id`),
  KEY `socialaccount_socialapp_sites_site_id_2579dee5_fk_django_site_id` (`site_id`),
  CONSTRAINT `socialaccount_social_socialapp_id_97fb6e7d_fk_socialacc` FOREIGN KEY (`socialapp_id`) REFERENCES `socialaccount_socialapp` (`id`),
  CONSTRAINT `socialaccount_socialapp_sites_site_id_2579dee5_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(200) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`,`uid`),
  KEY `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `app_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`,`account_id`),
  KEY `socialaccount_social_account_id_951f210e_fk_socialacc` (`account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

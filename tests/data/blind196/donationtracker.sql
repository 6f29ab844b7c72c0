-- GDQ Donation Tracker (Games Done Quick), github.com/GamesDoneQuick/donation-tracker at commit 0f1437701fd831830be8b5143a9f2da952b91562 (Apache-2.0).
-- Made by running the upstream Django migrations (Django 5.2.19, the app's tests/test_settings.py INSTALLED_APPS: auth, contenttypes, sessions, admin, sites,
-- post_office 3.12.0, django-paypal 1.1.2 paypal.standard.ipn, tracker) against a scratch MariaDB database and dumping it with mysqldump --no-data;
-- django_migrations left out; AUTO_INCREMENT counters removed; tables reordered so FK targets come first.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
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

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
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

CREATE TABLE `paypal_ipn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `business` varchar(127) NOT NULL,
  `charset` varchar(255) NOT NULL,
  `custom` varchar(256) NOT NULL,
  `notify_version` decimal(64,2) DEFAULT NULL,
  `parent_txn_id` varchar(19) NOT NULL,
  `receiver_email` varchar(254) NOT NULL,
  `receiver_id` varchar(255) NOT NULL,
  `residence_country` varchar(2) NOT NULL,
  `test_ipn` tinyint(1) NOT NULL,
  `txn_id` varchar(255) NOT NULL,
  `txn_type` varchar(255) NOT NULL,
  `verify_sign` varchar(255) NOT NULL,
  `address_country` varchar(64) NOT NULL,
  `address_city` varchar(40) NOT NULL,
  `address_country_code` varchar(64) NOT NULL,
  `address_name` varchar(128) NOT NULL,
  `address_state` varchar(40) NOT NULL,
  `address_status` varchar(255) NOT NULL,
  `address_street` varchar(200) NOT NULL,
  `address_zip` varchar(20) NOT NULL,
  `contact_phone` varchar(20) NOT NULL,
  `first_name` varchar(64) NOT NULL,
  `last_name` varchar(64) NOT NULL,
  `payer_business_name` varchar(127) NOT NULL,
  `payer_email` varchar(127) NOT NULL,
  `payer_id` varchar(13) NOT NULL,
  `auth_amount` decimal(64,2) DEFAULT NULL,
  `auth_exp` varchar(28) NOT NULL,
  `auth_id` varchar(19) NOT NULL,
  `auth_status` varchar(255) NOT NULL,
  `exchange_rate` decimal(64,16) DEFAULT NULL,
  `invoice` varchar(127) NOT NULL,
  `item_name` varchar(127) NOT NULL,
  `item_number` varchar(127) NOT NULL,
  `mc_currency` varchar(32) NOT NULL,
  `mc_fee` decimal(64,2) DEFAULT NULL,
  `mc_gross` decimal(64,2) DEFAULT NULL,
  `mc_handling` decimal(64,2) DEFAULT NULL,
  `mc_shipping` decimal(64,2) DEFAULT NULL,
  `memo` varchar(255) NOT NULL,
  `num_cart_items` int(11) DEFAULT NULL,
  `option_name1` varchar(64) NOT NULL,
  `option_name2` varchar(64) NOT NULL,
  `payer_status` varchar(255) NOT NULL,
  `payment_date` datetime(6) DEFAULT NULL,
  `payment_gross` decimal(64,2) DEFAULT NULL,
  `payment_status` varchar(255) NOT NULL,
  `payment_type` varchar(255) NOT NULL,
  `pending_reason` varchar(255) NOT NULL,
  `protection_eligibility` varchar(255) NOT NULL,
  `quantity` int(11) DEFAULT NULL,
  `reason_code` varchar(255) NOT NULL,
  `remaining_settle` decimal(64,2) DEFAULT NULL,
  `settle_amount` decimal(64,2) DEFAULT NULL,
  `settle_currency` varchar(32) NOT NULL,
  `shipping` decimal(64,2) DEFAULT NULL,
  `shipping_method` varchar(255) NOT NULL,
  `tax` decimal(64,2) DEFAULT NULL,
  `transaction_entity` varchar(255) NOT NULL,
  `auction_buyer_id` varchar(64) NOT NULL,
  `auction_closing_date` datetime(6) DEFAULT NULL,
  `auction_multi_item` int(11) DEFAULT NULL,
  `for_auction` decimal(64,2) DEFAULT NULL,
  `amount` decimal(64,2) DEFAULT NULL,
  `amount_per_cycle` decimal(64,2) DEFAULT NULL,
  `initial_payment_amount` decimal(64,2) DEFAULT NULL,
  `next_payment_date` datetime(6) DEFAULT NULL,
  `outstanding_balance` decimal(64,2) DEFAULT NULL,
  `payment_cycle` varchar(255) NOT NULL,
  `period_type` varchar(255) NOT NULL,
  `product_name` varchar(255) NOT NULL,
  `product_type` varchar(255) NOT NULL,
  `profile_status` varchar(255) NOT NULL,
  `recurring_payment_id` varchar(255) NOT NULL,
  `rp_invoice_id` varchar(127) NOT NULL,
  `time_created` datetime(6) DEFAULT NULL,
  `amount1` decimal(64,2) DEFAULT NULL,
  `amount2` decimal(64,2) DEFAULT NULL,
  `amount3` decimal(64,2) DEFAULT NULL,
  `mc_amount1` decimal(64,2) DEFAULT NULL,
  `mc_amount2` decimal(64,2) DEFAULT NULL,
  `mc_amount3` decimal(64,2) DEFAULT NULL,
  `password` varchar(24) NOT NULL,
  `period1` varchar(255) NOT NULL,
  `period2` varchar(255) NOT NULL,
  `period3` varchar(255) NOT NULL,
  `reattempt` varchar(1) NOT NULL,
  `recur_times` int(11) DEFAULT NULL,
  `recurring` varchar(1) NOT NULL,
  `retry_at` datetime(6) DEFAULT NULL,
  `subscr_date` datetime(6) DEFAULT NULL,
  `subscr_effective` datetime(6) DEFAULT NULL,
  `subscr_id` varchar(19) NOT NULL,
  `username` varchar(64) NOT NULL,
  `case_creation_date` datetime(6) DEFAULT NULL,
  `case_id` varchar(255) NOT NULL,
  `case_type` varchar(255) NOT NULL,
  `receipt_id` varchar(255) NOT NULL,
  `currency_code` varchar(32) NOT NULL,
  `handling_amount` decimal(64,2) DEFAULT NULL,
  `transaction_subject` varchar(256) NOT NULL,
  `ipaddress` char(39) DEFAULT NULL,
  `flag` tinyint(1) NOT NULL,
  `flag_code` varchar(16) NOT NULL,
  `flag_info` longtext NOT NULL,
  `query` longtext NOT NULL,
  `response` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `from_view` varchar(6) DEFAULT NULL,
  `mp_id` varchar(128) DEFAULT NULL,
  `option_selection1` varchar(200) NOT NULL,
  `option_selection2` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `paypal_ipn_txn_id_8fa22c44` (`txn_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `post_office_attachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file` varchar(100) NOT NULL,
  `name` varchar(255) NOT NULL,
  `mimetype` varchar(255) NOT NULL,
  `headers` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`headers`)),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `post_office_emailtemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `subject` varchar(255) NOT NULL,
  `content` longtext NOT NULL,
  `html_content` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `default_template_id` int(11) DEFAULT NULL,
  `language` varchar(12) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `post_office_emailtemplat_name_language_default_te_4023e3e4_uniq` (`name`,`language`,`default_template_id`),
  KEY `post_office_emailtem_default_template_id_2ac2f889_fk_post_offi` (`default_template_id`),
  CONSTRAINT `post_office_emailtem_default_template_id_2ac2f889_fk_post_offi` FOREIGN KEY (`default_template_id`) REFERENCES `post_office_emailtemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `post_office_email` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_email` varchar(254) NOT NULL,
  `to` longtext NOT NULL,
  `cc` longtext NOT NULL,
  `bcc` longtext NOT NULL,
  `subject` varchar(989) NOT NULL,
  `message` longtext NOT NULL,
  `html_message` longtext NOT NULL,
  `status` smallint(5) unsigned DEFAULT NULL CHECK (`status` >= 0),
  `priority` smallint(5) unsigned DEFAULT NULL CHECK (`priority` >= 0),
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `scheduled_time` datetime(6) DEFAULT NULL,
  `headers` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`headers`)),
  `context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`context`)),
  `template_id` int(11) DEFAULT NULL,
  `backend_alias` varchar(64) NOT NULL,
  `number_of_retries` int(10) unsigned DEFAULT NULL CHECK (`number_of_retries` >= 0),
  `expires_at` datetime(6) DEFAULT NULL,
  `message_id` varchar(255) DEFAULT NULL,
  `recipient_delivery_status` smallint(5) unsigned DEFAULT NULL CHECK (`recipient_delivery_status` >= 0),
  PRIMARY KEY (`id`),
  KEY `post_office_email_template_id_417da7da_fk_post_offi` (`template_id`),
  KEY `post_office_email_status_013a896c` (`status`),
  KEY `post_office_email_created_1306952f` (`created`),
  KEY `post_office_email_last_updated_0ffcec35` (`last_updated`),
  KEY `post_office_email_scheduled_time_3869ebec` (`scheduled_time`),
  CONSTRAINT `post_office_email_template_id_417da7da_fk_post_offi` FOREIGN KEY (`template_id`) REFERENCES `post_office_emailtemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `post_office_attachment_emails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `attachment_id` int(11) NOT NULL,
  `email_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `post_office_attachment_e_attachment_id_email_id_8e046917_uniq` (`attachment_id`,`email_id`),
  KEY `post_office_attachme_email_id_96875fd9_fk_post_offi` (`email_id`),
  CONSTRAINT `post_office_attachme_attachment_id_6136fd9a_fk_post_offi` FOREIGN KEY (`attachment_id`) REFERENCES `post_office_attachment` (`id`),
  CONSTRAINT `post_office_attachme_email_id_96875fd9_fk_post_offi` FOREIGN KEY (`email_id`) REFERENCES `post_office_email` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `post_office_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `status` smallint(5) unsigned NOT NULL CHECK (`status` >= 0),
  `exception_type` varchar(255) NOT NULL,
  `message` longtext NOT NULL,
  `email_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `post_office_log_email_id_d42c8808_fk_post_office_email_id` (`email_id`),
  CONSTRAINT `post_office_log_email_id_d42c8808_fk_post_office_email_id` FOREIGN KEY (`email_id`) REFERENCES `post_office_email` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `short` varchar(64) NOT NULL,
  `name` varchar(128) NOT NULL,
  `receivername` varchar(128) NOT NULL,
  `paypalemail` varchar(128) NOT NULL,
  `paypalcurrency` varchar(8) NOT NULL,
  `donationemailsender` varchar(128) DEFAULT NULL,
  `scheduleid` varchar(128) DEFAULT NULL,
  `archived` tinyint(1) NOT NULL,
  `donationemailtemplate_id` int(11) DEFAULT NULL,
  `pendingdonationemailtemplate_id` int(11) DEFAULT NULL,
  `timezone` varchar(63) NOT NULL,
  `prizecontributoremailtemplate_id` int(11) DEFAULT NULL,
  `prizecoordinator_id` int(11) DEFAULT NULL,
  `prizeshippedemailtemplate_id` int(11) DEFAULT NULL,
  `prizewinneracceptemailtemplate_id` int(11) DEFAULT NULL,
  `prizewinneremailtemplate_id` int(11) DEFAULT NULL,
  `minimumdonation` decimal(20,2) NOT NULL,
  `prize_accept_deadline_delta` int(11) NOT NULL,
  `datetime` datetime(6) NOT NULL,
  `auto_approve_threshold` decimal(20,2) DEFAULT NULL,
  `allow_donations` tinyint(1) NOT NULL,
  `paypalimgurl` varchar(1024) NOT NULL,
  `hashtag` varchar(32) NOT NULL,
  `prize_drawing_date` date DEFAULT NULL,
  `receiver_short` varchar(16) NOT NULL,
  `receiver_logo` varchar(256) NOT NULL,
  `receiver_privacy_policy` varchar(256) NOT NULL,
  `receiver_solicitation_text` varchar(128) NOT NULL,
  `draft` tinyint(1) NOT NULL,
  `locale_code` varchar(16) NOT NULL,
  `maximum_paypal_donation` decimal(20,2) DEFAULT NULL,
  `screening_mode` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `short` (`short`),
  UNIQUE KEY `scheduleid` (`scheduleid`),
  KEY `tracker_event_prizecontributoremai_9a06a2c9_fk_post_offi` (`prizecontributoremailtemplate_id`),
  KEY `tracker_event_prizecoordinator_id_4b403162_fk_auth_user_id` (`prizecoordinator_id`),
  KEY `tracker_event_prizeshippedemailtem_213cb7f5_fk_post_offi` (`prizeshippedemailtemplate_id`),
  KEY `tracker_event_prizewinneracceptema_1e178052_fk_post_offi` (`prizewinneracceptemailtemplate_id`),
  KEY `tracker_event_prizewinneremailtemp_addf85da_fk_post_offi` (`prizewinneremailtemplate_id`),
  KEY `tracker_event_donationemailtemplat_f3559f11_fk_post_offi` (`donationemailtemplate_id`),
  KEY `tracker_event_pendingdonationemail_b0c6e46c_fk_post_offi` (`pendingdonationemailtemplate_id`),
  CONSTRAINT `tracker_event_donationemailtemplat_f3559f11_fk_post_offi` FOREIGN KEY (`donationemailtemplate_id`) REFERENCES `post_office_emailtemplate` (`id`),
  CONSTRAINT `tracker_event_pendingdonationemail_b0c6e46c_fk_post_offi` FOREIGN KEY (`pendingdonationemailtemplate_id`) REFERENCES `post_office_emailtemplate` (`id`),
  CONSTRAINT `tracker_event_prizecontributoremai_9a06a2c9_fk_post_offi` FOREIGN KEY (`prizecontributoremailtemplate_id`) REFERENCES `post_office_emailtemplate` (`id`),
  CONSTRAINT `tracker_event_prizecoordinator_id_4b403162_fk_auth_user_id` FOREIGN KEY (`prizecoordinator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tracker_event_prizeshippedemailtem_213cb7f5_fk_post_offi` FOREIGN KEY (`prizeshippedemailtemplate_id`) REFERENCES `post_office_emailtemplate` (`id`),
  CONSTRAINT `tracker_event_prizewinneracceptema_1e178052_fk_post_offi` FOREIGN KEY (`prizewinneracceptemailtemplate_id`) REFERENCES `post_office_emailtemplate` (`id`),
  CONSTRAINT `tracker_event_prizewinneremailtemp_addf85da_fk_post_offi` FOREIGN KEY (`prizewinneremailtemplate_id`) REFERENCES `post_office_emailtemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_speedrun` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `description` longtext NOT NULL,
  `starttime` datetime(6) DEFAULT NULL,
  `endtime` datetime(6) DEFAULT NULL,
  `event_id` int(11) NOT NULL,
  `order` int(11) DEFAULT NULL,
  `run_time` int(11) NOT NULL,
  `setup_time` int(11) NOT NULL,
  `console` varchar(32) NOT NULL,
  `category` varchar(64) NOT NULL,
  `release_year` int(11) DEFAULT NULL,
  `giantbomb_id` int(11) DEFAULT NULL,
  `display_name` longtext NOT NULL,
  `coop` tinyint(1) NOT NULL,
  `tech_notes` longtext NOT NULL,
  `twitch_name` longtext NOT NULL,
  `onsite` varchar(6) NOT NULL,
  `layout` varchar(64) NOT NULL,
  `anchor_time` datetime(6) DEFAULT NULL,
  `priority_tag_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_speedrun_event_id_order_da86673e_uniq` (`event_id`,`order`),
  UNIQUE KEY `tracker_speedrun_name_category_event_id_b311d145_uniq` (`name`,`category`,`event_id`),
  KEY `tracker_speedrun_priority_tag_id_9c62ceb8_fk_tracker_tag_id` (`priority_tag_id`),
  CONSTRAINT `tracker_speedrun_event_id_9c69edcc_fk_tracker_event_id` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`),
  CONSTRAINT `tracker_speedrun_priority_tag_id_9c62ceb8_fk_tracker_tag_id` FOREIGN KEY (`priority_tag_id`) REFERENCES `tracker_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_interstitial` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(11) DEFAULT NULL,
  `suborder` int(11) NOT NULL,
  `length` int(11) NOT NULL,
  `event_id` int(11) NOT NULL,
  `anchor_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_interstitial_event_id_order_suborder_34e932f6_uniq` (`event_id`,`order`,`suborder`),
  KEY `tracker_interstitial_anchor_id_8d8f1a62_fk_tracker_speedrun_id` (`anchor_id`),
  CONSTRAINT `tracker_interstitial_anchor_id_8d8f1a62_fk_tracker_speedrun_id` FOREIGN KEY (`anchor_id`) REFERENCES `tracker_speedrun` (`id`),
  CONSTRAINT `tracker_interstitial_event_id_920a5ebe_fk_tracker_event_id` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_ad` (
  `interstitial_ptr_id` int(11) NOT NULL,
  `sponsor_name` varchar(64) NOT NULL,
  `ad_name` varchar(64) NOT NULL,
  `ad_type` varchar(8) NOT NULL,
  `filename` varchar(64) NOT NULL,
  `blurb` longtext NOT NULL,
  PRIMARY KEY (`interstitial_ptr_id`),
  UNIQUE KEY `tracker_ad_sponsor_name_ad_name_2d325083_uniq` (`sponsor_name`,`ad_name`),
  CONSTRAINT `tracker_ad_interstitial_ptr_id_d2dcf68f_fk_tracker_i` FOREIGN KEY (`interstitial_ptr_id`) REFERENCES `tracker_interstitial` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_amountfilter` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` decimal(20,2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_bid` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `state` varchar(32) NOT NULL,
  `description` longtext NOT NULL,
  `shortdescription` longtext NOT NULL,
  `goal` decimal(20,2) DEFAULT NULL,
  `istarget` tinyint(1) NOT NULL,
  `allowuseroptions` tinyint(1) NOT NULL,
  `revealedtime` datetime(6) DEFAULT NULL,
  `total` decimal(20,2) NOT NULL,
  `count` int(11) NOT NULL,
  `lft` int(10) unsigned NOT NULL CHECK (`lft` >= 0),
  `rght` int(10) unsigned NOT NULL CHECK (`rght` >= 0),
  `tree_id` int(10) unsigned NOT NULL CHECK (`tree_id` >= 0),
  `level` int(10) unsigned NOT NULL CHECK (`level` >= 0),
  `biddependency_id` int(11) DEFAULT NULL,
  `event_id` int(11) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `speedrun_id` int(11) DEFAULT NULL,
  `option_max_length` smallint(5) unsigned DEFAULT NULL CHECK (`option_max_length` >= 0),
  `repeat` decimal(20,2) DEFAULT NULL,
  `chain` tinyint(1) NOT NULL,
  `chain_remaining` decimal(20,2) DEFAULT NULL,
  `chain_goal` decimal(20,2) DEFAULT NULL,
  `close_at` varchar(64) DEFAULT NULL,
  `estimate` int(11) DEFAULT NULL,
  `post_run` tinyint(1) NOT NULL,
  `accepted_number` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_bid_event_id_name_speedrun_id_parent_id_e5ad4a8a_uniq` (`event_id`,`name`,`speedrun_id`,`parent_id`),
  KEY `tracker_bid_speedrun_id_b135cec8_fk_tracker_speedrun_id` (`speedrun_id`),
  KEY `tracker_bid_state_ad90cc40` (`state`),
  KEY `tracker_bid_biddependency_id_76d82fc5_fk_tracker_bid_id` (`biddependency_id`),
  KEY `tracker_bid_lft_9f1d968f` (`lft`),
  KEY `tracker_bid_rght_b4983ed6` (`rght`),
  KEY `tracker_bid_tree_id_58581a78` (`tree_id`),
  KEY `tracker_bid_level_b3118038` (`level`),
  KEY `tracker_bid_parent_id_32b369fe` (`parent_id`),
  CONSTRAINT `tracker_bid_biddependency_id_76d82fc5_fk_tracker_bid_id` FOREIGN KEY (`biddependency_id`) REFERENCES `tracker_bid` (`id`),
  CONSTRAINT `tracker_bid_event_id_0590b8bf_fk_tracker_event_id` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`),
  CONSTRAINT `tracker_bid_parent_id_32b369fe_fk_tracker_bid_id` FOREIGN KEY (`parent_id`) REFERENCES `tracker_bid` (`id`),
  CONSTRAINT `tracker_bid_speedrun_id_b135cec8_fk_tracker_speedrun_id` FOREIGN KEY (`speedrun_id`) REFERENCES `tracker_speedrun` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_bid_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bid_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_bid_tags_bid_id_tag_id_54a20e93_uniq` (`bid_id`,`tag_id`),
  KEY `tracker_bid_tags_tag_id_8b4c2dec_fk_tracker_tag_id` (`tag_id`),
  CONSTRAINT `tracker_bid_tags_bid_id_ab143d2c_fk_tracker_bid_id` FOREIGN KEY (`bid_id`) REFERENCES `tracker_bid` (`id`),
  CONSTRAINT `tracker_bid_tags_tag_id_8b4c2dec_fk_tracker_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tracker_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_bidsuggestion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `bid_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tracker_bidsuggestion_bid_id_e6d22cf8_fk_tracker_bid_id` (`bid_id`),
  CONSTRAINT `tracker_bidsuggestion_bid_id_e6d22cf8_fk_tracker_bid_id` FOREIGN KEY (`bid_id`) REFERENCES `tracker_bid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_country` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `alpha2` varchar(2) NOT NULL,
  `alpha3` varchar(3) NOT NULL,
  `numeric` varchar(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `alpha2` (`alpha2`),
  UNIQUE KEY `alpha3` (`alpha3`),
  UNIQUE KEY `numeric` (`numeric`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_countryregion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `country_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_countryregion_name_country_id_00a91994_uniq` (`name`,`country_id`),
  KEY `tracker_countryregion_country_id_7e2fd54c_fk_tracker_country_id` (`country_id`),
  CONSTRAINT `tracker_countryregion_country_id_7e2fd54c_fk_tracker_country_id` FOREIGN KEY (`country_id`) REFERENCES `tracker_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_donor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(128) NOT NULL,
  `alias` varchar(32) DEFAULT NULL,
  `firstname` varchar(64) NOT NULL,
  `lastname` varchar(64) NOT NULL,
  `visibility` varchar(32) NOT NULL,
  `addresscity` varchar(128) NOT NULL,
  `addressstreet` varchar(128) NOT NULL,
  `addressstate` varchar(128) NOT NULL,
  `addresszip` varchar(128) NOT NULL,
  `paypalemail` varchar(128) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `addresscountry_id` int(11) DEFAULT NULL,
  `solicitemail` varchar(32) NOT NULL,
  `alias_num` int(11) DEFAULT NULL,
  `addressname` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `paypalemail` (`paypalemail`),
  UNIQUE KEY `user_id` (`user_id`),
  UNIQUE KEY `tracker_donor_alias_alias_num_9c045537_uniq` (`alias`,`alias_num`),
  KEY `tracker_donor_addresscountry_id_646995ce_fk_tracker_country_id` (`addresscountry_id`),
  KEY `tracker_donor_visibility_7e520679` (`visibility`),
  CONSTRAINT `tracker_donor_addresscountry_id_646995ce_fk_tracker_country_id` FOREIGN KEY (`addresscountry_id`) REFERENCES `tracker_country` (`id`),
  CONSTRAINT `tracker_donor_user_id_539916bc_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_donation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) NOT NULL,
  `domainId` varchar(160) NOT NULL,
  `transactionstate` varchar(64) NOT NULL,
  `bidstate` varchar(255) NOT NULL,
  `readstate` varchar(255) NOT NULL,
  `commentstate` varchar(255) NOT NULL,
  `amount` decimal(20,2) NOT NULL,
  `fee` decimal(20,2) NOT NULL,
  `currency` varchar(8) NOT NULL,
  `timereceived` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `modcomment` longtext NOT NULL,
  `testdonation` tinyint(1) NOT NULL,
  `requestedvisibility` varchar(32) NOT NULL,
  `requestedalias` varchar(32) NOT NULL,
  `requestedemail` varchar(128) NOT NULL,
  `commentlanguage` varchar(32) NOT NULL,
  `donor_id` int(11) DEFAULT NULL,
  `event_id` int(11) NOT NULL,
  `requestedsolicitemail` varchar(32) NOT NULL,
  `pinned` tinyint(1) NOT NULL,
  `cleared_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domainId` (`domainId`),
  KEY `tracker_donation_donor_id_d558c7f2_fk_tracker_donor_id` (`donor_id`),
  KEY `tracker_donation_event_id_a974a399_fk_tracker_event_id` (`event_id`),
  KEY `tracker_donation_bidstate_1fcbcca6` (`bidstate`),
  KEY `tracker_donation_commentstate_0afd7ada` (`commentstate`),
  KEY `tracker_donation_readstate_2c3008aa` (`readstate`),
  KEY `tracker_donation_transactionstate_a27b6c2f` (`transactionstate`),
  KEY `tracker_donation_timereceived_49f7a875` (`timereceived`),
  KEY `tracker_donation_amount_c1a0ae1b` (`amount`),
  CONSTRAINT `tracker_donation_donor_id_d558c7f2_fk_tracker_donor_id` FOREIGN KEY (`donor_id`) REFERENCES `tracker_donor` (`id`),
  CONSTRAINT `tracker_donation_event_id_a974a399_fk_tracker_event_id` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_donationgroup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_donation_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `donation_id` int(11) NOT NULL,
  `donationgroup_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_donation_groups_donation_id_donationgrou_f963a70f_uniq` (`donation_id`,`donationgroup_id`),
  KEY `tracker_donation_gro_donationgroup_id_cf6960f5_fk_tracker_d` (`donationgroup_id`),
  CONSTRAINT `tracker_donation_gro_donation_id_0aa25a9d_fk_tracker_d` FOREIGN KEY (`donation_id`) REFERENCES `tracker_donation` (`id`),
  CONSTRAINT `tracker_donation_gro_donationgroup_id_cf6960f5_fk_tracker_d` FOREIGN KEY (`donationgroup_id`) REFERENCES `tracker_donationgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_donation_ipns` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `donation_id` int(11) NOT NULL,
  `paypalipn_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_donation_ipns_donation_id_paypalipn_id_fcd24af6_uniq` (`donation_id`,`paypalipn_id`),
  KEY `tracker_donation_ipns_paypalipn_id_72c63d8d_fk_paypal_ipn_id` (`paypalipn_id`),
  CONSTRAINT `tracker_donation_ipn_donation_id_5375bf40_fk_tracker_d` FOREIGN KEY (`donation_id`) REFERENCES `tracker_donation` (`id`),
  CONSTRAINT `tracker_donation_ipns_paypalipn_id_72c63d8d_fk_paypal_ipn_id` FOREIGN KEY (`paypalipn_id`) REFERENCES `paypal_ipn` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_donationbid` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` decimal(20,2) NOT NULL,
  `bid_id` int(11) NOT NULL,
  `donation_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_donationbid_bid_id_donation_id_97297f6e_uniq` (`bid_id`,`donation_id`),
  KEY `tracker_donationbid_donation_id_d4f6c335_fk_tracker_donation_id` (`donation_id`),
  CONSTRAINT `tracker_donationbid_bid_id_9aa54276_fk_tracker_bid_id` FOREIGN KEY (`bid_id`) REFERENCES `tracker_bid` (`id`),
  CONSTRAINT `tracker_donationbid_donation_id_d4f6c335_fk_tracker_donation_id` FOREIGN KEY (`donation_id`) REFERENCES `tracker_donation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_donorcache` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `donation_total` decimal(20,2) NOT NULL,
  `donation_count` int(11) NOT NULL,
  `donation_avg` decimal(20,2) NOT NULL,
  `donation_max` decimal(20,2) NOT NULL,
  `donor_id` int(11) DEFAULT NULL,
  `event_id` int(11) DEFAULT NULL,
  `donation_med` decimal(20,2) NOT NULL,
  `currency` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_donorcache_event_id_donor_id_4b5151f2_uniq` (`event_id`,`donor_id`),
  KEY `tracker_donorcache_donation_avg_7f8f3457` (`donation_avg`),
  KEY `tracker_donorcache_donation_count_204f2c3e` (`donation_count`),
  KEY `tracker_donorcache_donation_max_bfae864f` (`donation_max`),
  KEY `tracker_donorcache_donation_total_68c64e05` (`donation_total`),
  KEY `tracker_donorcache_donor_id_45c58f3d_fk_tracker_donor_id` (`donor_id`),
  KEY `tracker_donorcache_donation_med_c8632cd6` (`donation_med`),
  CONSTRAINT `tracker_donorcache_donor_id_45c58f3d_fk_tracker_donor_id` FOREIGN KEY (`donor_id`) REFERENCES `tracker_donor` (`id`),
  CONSTRAINT `tracker_donorcache_event_id_1a84d57a_fk_tracker_event_id` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_prizecategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_prize` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `image` varchar(1024) NOT NULL,
  `altimage` varchar(1024) NOT NULL,
  `imagefile` varchar(100) DEFAULT NULL,
  `description` longtext NOT NULL,
  `shortdescription` longtext NOT NULL,
  `extrainfo` longtext NOT NULL,
  `estimatedvalue` decimal(20,2) DEFAULT NULL,
  `minimumbid` decimal(20,2) NOT NULL,
  `maximumbid` decimal(20,2) DEFAULT NULL,
  `sumdonations` tinyint(1) NOT NULL,
  `randomdraw` tinyint(1) NOT NULL,
  `starttime` datetime(6) DEFAULT NULL,
  `endtime` datetime(6) DEFAULT NULL,
  `maxwinners` int(11) NOT NULL,
  `maxmultiwin` int(11) NOT NULL,
  `acceptemailsent` tinyint(1) NOT NULL,
  `creator` varchar(64) DEFAULT NULL,
  `creatoremail` varchar(128) DEFAULT NULL,
  `creatorwebsite` varchar(128) DEFAULT NULL,
  `state` varchar(32) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `endrun_id` int(11) DEFAULT NULL,
  `event_id` int(11) NOT NULL,
  `startrun_id` int(11) DEFAULT NULL,
  `handler_id` int(11) DEFAULT NULL,
  `requiresshipping` tinyint(1) NOT NULL,
  `reviewnotes` longtext NOT NULL,
  `provider` varchar(64) NOT NULL,
  `custom_country_filter` tinyint(1) NOT NULL,
  `key_code` tinyint(1) NOT NULL,
  `next_run_id` int(11) DEFAULT NULL,
  `prev_run_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_prize_name_event_id_ea4a78a0_uniq` (`name`,`event_id`),
  KEY `tracker_prize_category_id_5cb4565a_fk_tracker_prizecategory_id` (`category_id`),
  KEY `tracker_prize_endrun_id_1a2d6010_fk_tracker_speedrun_id` (`endrun_id`),
  KEY `tracker_prize_event_id_fb4087cb_fk_tracker_event_id` (`event_id`),
  KEY `tracker_prize_startrun_id_f790dbb6_fk_tracker_speedrun_id` (`startrun_id`),
  KEY `tracker_prize_handler_id_9f64b658_fk_auth_user_id` (`handler_id`),
  KEY `tracker_prize_next_run_id_7e8b3e2a_fk_tracker_speedrun_id` (`next_run_id`),
  KEY `tracker_prize_prev_run_id_8daa5087_fk_tracker_speedrun_id` (`prev_run_id`),
  CONSTRAINT `tracker_prize_category_id_5cb4565a_fk_tracker_prizecategory_id` FOREIGN KEY (`category_id`) REFERENCES `tracker_prizecategory` (`id`),
  CONSTRAINT `tracker_prize_endrun_id_1a2d6010_fk_tracker_speedrun_id` FOREIGN KEY (`endrun_id`) REFERENCES `tracker_speedrun` (`id`),
  CONSTRAINT `tracker_prize_event_id_fb4087cb_fk_tracker_event_id` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`),
  CONSTRAINT `tracker_prize_handler_id_9f64b658_fk_auth_user_id` FOREIGN KEY (`handler_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tracker_prize_next_run_id_7e8b3e2a_fk_tracker_speedrun_id` FOREIGN KEY (`next_run_id`) REFERENCES `tracker_speedrun` (`id`),
  CONSTRAINT `tracker_prize_prev_run_id_8daa5087_fk_tracker_speedrun_id` FOREIGN KEY (`prev_run_id`) REFERENCES `tracker_speedrun` (`id`),
  CONSTRAINT `tracker_prize_startrun_id_f790dbb6_fk_tracker_speedrun_id` FOREIGN KEY (`startrun_id`) REFERENCES `tracker_speedrun` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_donorprizeentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `weight` decimal(20,2) DEFAULT NULL,
  `donor_id` int(11) NOT NULL,
  `prize_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_donorprizeentry_prize_id_donor_id_8ce786ce_uniq` (`prize_id`,`donor_id`),
  KEY `tracker_donorprizeentry_donor_id_ea4bd49e_fk_tracker_donor_id` (`donor_id`),
  CONSTRAINT `tracker_donorprizeentry_donor_id_ea4bd49e_fk_tracker_donor_id` FOREIGN KEY (`donor_id`) REFERENCES `tracker_donor` (`id`),
  CONSTRAINT `tracker_donorprizeentry_prize_id_0046d727_fk_tracker_prize_id` FOREIGN KEY (`prize_id`) REFERENCES `tracker_prize` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_event_allowed_prize_countries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `country_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_event_allowed_pr_event_id_country_id_989db3da_uniq` (`event_id`,`country_id`),
  KEY `tracker_event_allowe_country_id_daa82e49_fk_tracker_c` (`country_id`),
  CONSTRAINT `tracker_event_allowe_country_id_daa82e49_fk_tracker_c` FOREIGN KEY (`country_id`) REFERENCES `tracker_country` (`id`),
  CONSTRAINT `tracker_event_allowe_event_id_73204db1_fk_tracker_e` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_event_disallowed_prize_regions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `countryregion_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_event_disallowed_event_id_countryregion_i_3564192a_uniq` (`event_id`,`countryregion_id`),
  KEY `tracker_event_disall_countryregion_id_63ceb0d6_fk_tracker_c` (`countryregion_id`),
  CONSTRAINT `tracker_event_disall_countryregion_id_63ceb0d6_fk_tracker_c` FOREIGN KEY (`countryregion_id`) REFERENCES `tracker_countryregion` (`id`),
  CONSTRAINT `tracker_event_disall_event_id_b12f072d_fk_tracker_e` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_interstitial_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `interstitial_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_interstitial_tags_interstitial_id_tag_id_3f14e14f_uniq` (`interstitial_id`,`tag_id`),
  KEY `tracker_interstitial_tags_tag_id_caed9dab_fk_tracker_tag_id` (`tag_id`),
  CONSTRAINT `tracker_interstitial_interstitial_id_bb545403_fk_tracker_i` FOREIGN KEY (`interstitial_id`) REFERENCES `tracker_interstitial` (`id`),
  CONSTRAINT `tracker_interstitial_tags_tag_id_caed9dab_fk_tracker_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tracker_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_interview` (
  `interstitial_ptr_id` int(11) NOT NULL,
  `topic` varchar(128) NOT NULL,
  `producer` varchar(128) NOT NULL,
  `camera_operator` varchar(128) NOT NULL,
  `social_media` tinyint(1) NOT NULL,
  `clips` tinyint(1) NOT NULL,
  `prerecorded` tinyint(1) NOT NULL,
  `public` tinyint(1) NOT NULL,
  PRIMARY KEY (`interstitial_ptr_id`),
  CONSTRAINT `tracker_interview_interstitial_ptr_id_ae56ce0c_fk_tracker_i` FOREIGN KEY (`interstitial_ptr_id`) REFERENCES `tracker_interstitial` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_talent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `stream` varchar(128) NOT NULL,
  `twitter` varchar(15) NOT NULL,
  `youtube` varchar(20) NOT NULL,
  `donor_id` int(11) DEFAULT NULL,
  `platform` varchar(20) NOT NULL,
  `pronouns` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `donor_id` (`donor_id`),
  KEY `tracker_runner_twitter_da4deb27` (`twitter`),
  KEY `tracker_runner_youtube_a60e7d8a` (`youtube`),
  CONSTRAINT `tracker_runner_donor_id_1287a7c5_fk_tracker_donor_id` FOREIGN KEY (`donor_id`) REFERENCES `tracker_donor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_interview_interviewers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `interview_id` int(11) NOT NULL,
  `talent_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_interview_interv_interview_id_talent_id_ea58c1ce_uniq` (`interview_id`,`talent_id`),
  KEY `tracker_interview_in_talent_id_b6a17d1e_fk_tracker_t` (`talent_id`),
  CONSTRAINT `tracker_interview_in_interview_id_2e852abe_fk_tracker_i` FOREIGN KEY (`interview_id`) REFERENCES `tracker_interview` (`interstitial_ptr_id`),
  CONSTRAINT `tracker_interview_in_talent_id_b6a17d1e_fk_tracker_t` FOREIGN KEY (`talent_id`) REFERENCES `tracker_talent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_interview_subjects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `interview_id` int(11) NOT NULL,
  `talent_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_interview_subjects_interview_id_talent_id_8d28e6b1_uniq` (`interview_id`,`talent_id`),
  KEY `tracker_interview_su_talent_id_d2d20b42_fk_tracker_t` (`talent_id`),
  CONSTRAINT `tracker_interview_su_interview_id_5be7c858_fk_tracker_i` FOREIGN KEY (`interview_id`) REFERENCES `tracker_interview` (`interstitial_ptr_id`),
  CONSTRAINT `tracker_interview_su_talent_id_d2d20b42_fk_tracker_t` FOREIGN KEY (`talent_id`) REFERENCES `tracker_talent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `category` varchar(64) NOT NULL,
  `message` longtext NOT NULL,
  `event_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tracker_log_event_id_e91dae8d_fk_tracker_event_id` (`event_id`),
  KEY `tracker_log_user_id_11d0d8f2_fk_auth_user_id` (`user_id`),
  KEY `tracker_log_timestamp_96004b6c` (`timestamp`),
  CONSTRAINT `tracker_log_event_id_e91dae8d_fk_tracker_event_id` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`),
  CONSTRAINT `tracker_log_user_id_11d0d8f2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_milestone` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` decimal(20,2) NOT NULL,
  `name` varchar(64) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `description` longtext NOT NULL,
  `short_description` longtext NOT NULL,
  `event_id` int(11) NOT NULL,
  `start` decimal(20,2) NOT NULL,
  `run_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_milestone_event_id_amount_7c7bc764_uniq` (`event_id`,`amount`),
  KEY `tracker_milestone_run_id_5db2fe89_fk_tracker_speedrun_id` (`run_id`),
  CONSTRAINT `tracker_milestone_event_id_48f59d0f_fk_tracker_event_id` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`),
  CONSTRAINT `tracker_milestone_run_id_5db2fe89_fk_tracker_speedrun_id` FOREIGN KEY (`run_id`) REFERENCES `tracker_speedrun` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_postbackurl` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(200) NOT NULL,
  `event_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tracker_postbackurl_event_id_017f1318_fk_tracker_event_id` (`event_id`),
  CONSTRAINT `tracker_postbackurl_event_id_017f1318_fk_tracker_event_id` FOREIGN KEY (`event_id`) REFERENCES `tracker_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_prize_allowed_prize_countries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `prize_id` int(11) NOT NULL,
  `country_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_prize_allowed_pr_prize_id_country_id_f6f58bc3_uniq` (`prize_id`,`country_id`),
  KEY `tracker_prize_allowe_country_id_1b82b63b_fk_tracker_c` (`country_id`),
  CONSTRAINT `tracker_prize_allowe_country_id_1b82b63b_fk_tracker_c` FOREIGN KEY (`country_id`) REFERENCES `tracker_country` (`id`),
  CONSTRAINT `tracker_prize_allowe_prize_id_608d4971_fk_tracker_p` FOREIGN KEY (`prize_id`) REFERENCES `tracker_prize` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_prize_disallowed_prize_regions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `prize_id` int(11) NOT NULL,
  `countryregion_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_prize_disallowed_prize_id_countryregion_i_3967025d_uniq` (`prize_id`,`countryregion_id`),
  KEY `tracker_prize_disall_countryregion_id_2ce22411_fk_tracker_c` (`countryregion_id`),
  CONSTRAINT `tracker_prize_disall_countryregion_id_2ce22411_fk_tracker_c` FOREIGN KEY (`countryregion_id`) REFERENCES `tracker_countryregion` (`id`),
  CONSTRAINT `tracker_prize_disall_prize_id_ae7bc681_fk_tracker_p` FOREIGN KEY (`prize_id`) REFERENCES `tracker_prize` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_prize_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `prize_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_prize_tags_prize_id_tag_id_9b567b34_uniq` (`prize_id`,`tag_id`),
  KEY `tracker_prize_tags_tag_id_886e2d15_fk_tracker_tag_id` (`tag_id`),
  CONSTRAINT `tracker_prize_tags_prize_id_7644463b_fk_tracker_prize_id` FOREIGN KEY (`prize_id`) REFERENCES `tracker_prize` (`id`),
  CONSTRAINT `tracker_prize_tags_tag_id_886e2d15_fk_tracker_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tracker_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_prizeclaim` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pendingcount` int(11) NOT NULL,
  `acceptcount` int(11) NOT NULL,
  `declinecount` int(11) NOT NULL,
  `winneremailsent` tinyint(1) NOT NULL,
  `shippingemailsent` tinyint(1) NOT NULL,
  `trackingnumber` varchar(64) NOT NULL,
  `shippingstate` varchar(64) NOT NULL,
  `shippingcost` decimal(20,2) DEFAULT NULL,
  `prize_id` int(11) NOT NULL,
  `winner_id` int(11) NOT NULL,
  `shippingnotes` longtext NOT NULL,
  `winnernotes` longtext NOT NULL,
  `acceptemailsentcount` int(11) NOT NULL,
  `couriername` varchar(64) NOT NULL,
  `acceptdeadline` datetime(6) DEFAULT NULL,
  `auth_code` varchar(64) NOT NULL,
  `shipping_receipt_url` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_prizewinner_prize_id_winner_id_67aaeac7_uniq` (`prize_id`,`winner_id`),
  KEY `tracker_prizewinner_winner_id_d88d3e55_fk_tracker_donor_id` (`winner_id`),
  CONSTRAINT `tracker_prizewinner_prize_id_a4b083be_fk_tracker_prize_id` FOREIGN KEY (`prize_id`) REFERENCES `tracker_prize` (`id`),
  CONSTRAINT `tracker_prizewinner_winner_id_d88d3e55_fk_tracker_donor_id` FOREIGN KEY (`winner_id`) REFERENCES `tracker_donor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_prizekey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(64) NOT NULL,
  `prize_id` int(11) NOT NULL,
  `prize_claim_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  UNIQUE KEY `prize_winner_id` (`prize_claim_id`),
  KEY `tracker_prizekey_prize_id_368b6e52_fk_tracker_prize_id` (`prize_id`),
  CONSTRAINT `tracker_prizekey_prize_claim_id_fe54d4ba_fk_tracker_p` FOREIGN KEY (`prize_claim_id`) REFERENCES `tracker_prizeclaim` (`id`),
  CONSTRAINT `tracker_prizekey_prize_id_368b6e52_fk_tracker_prize_id` FOREIGN KEY (`prize_id`) REFERENCES `tracker_prize` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_speedrun_commentators` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `speedrun_id` int(11) NOT NULL,
  `talent_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_speedrun_tcommen_speedrun_id_runner_id_b10c2dc4_uniq` (`speedrun_id`,`talent_id`),
  KEY `tracker_speedrun_tco_talent_id_90cc50fc_fk_tracker_t` (`talent_id`),
  CONSTRAINT `tracker_speedrun_tco_speedrun_id_76fba760_fk_tracker_s` FOREIGN KEY (`speedrun_id`) REFERENCES `tracker_speedrun` (`id`),
  CONSTRAINT `tracker_speedrun_tco_talent_id_90cc50fc_fk_tracker_t` FOREIGN KEY (`talent_id`) REFERENCES `tracker_talent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_speedrun_hosts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `speedrun_id` int(11) NOT NULL,
  `talent_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_speedrun_thosts_speedrun_id_runner_id_9290b1c8_uniq` (`speedrun_id`,`talent_id`),
  KEY `tracker_speedrun_thosts_talent_id_5730f11e_fk_tracker_talent_id` (`talent_id`),
  CONSTRAINT `tracker_speedrun_tho_speedrun_id_4942f289_fk_tracker_s` FOREIGN KEY (`speedrun_id`) REFERENCES `tracker_speedrun` (`id`),
  CONSTRAINT `tracker_speedrun_thosts_talent_id_5730f11e_fk_tracker_talent_id` FOREIGN KEY (`talent_id`) REFERENCES `tracker_talent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_speedrun_runners` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `speedrun_id` int(11) NOT NULL,
  `talent_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_speedrun_runners_speedrun_id_runner_id_84f57f4a_uniq` (`speedrun_id`,`talent_id`),
  KEY `tracker_speedrun_runners_talent_id_59ad061c_fk_tracker_talent_id` (`talent_id`),
  CONSTRAINT `tracker_speedrun_run_speedrun_id_53245484_fk_tracker_s` FOREIGN KEY (`speedrun_id`) REFERENCES `tracker_speedrun` (`id`),
  CONSTRAINT `tracker_speedrun_runners_talent_id_59ad061c_fk_tracker_talent_id` FOREIGN KEY (`talent_id`) REFERENCES `tracker_talent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_speedrun_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `speedrun_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_speedrun_tags_speedrun_id_tag_id_4ad30182_uniq` (`speedrun_id`,`tag_id`),
  KEY `tracker_speedrun_tags_tag_id_53f9d827_fk_tracker_tag_id` (`tag_id`),
  CONSTRAINT `tracker_speedrun_tag_speedrun_id_04f2f0f4_fk_tracker_s` FOREIGN KEY (`speedrun_id`) REFERENCES `tracker_speedrun` (`id`),
  CONSTRAINT `tracker_speedrun_tags_tag_id_53f9d827_fk_tracker_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tracker_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_submission` (
  `external_id` int(11) NOT NULL,
  `game_name` varchar(64) NOT NULL,
  `category` varchar(64) NOT NULL,
  `estimate` int(11) NOT NULL,
  `run_id` int(11) NOT NULL,
  `runner_id` int(11) NOT NULL,
  `console` varchar(32) NOT NULL,
  PRIMARY KEY (`external_id`),
  KEY `tracker_submission_run_id_ca32026c_fk_tracker_speedrun_id` (`run_id`),
  KEY `tracker_submission_runner_id_ca5e856e_fk_tracker_talent_id` (`runner_id`),
  CONSTRAINT `tracker_submission_run_id_ca32026c_fk_tracker_speedrun_id` FOREIGN KEY (`run_id`) REFERENCES `tracker_speedrun` (`id`),
  CONSTRAINT `tracker_submission_runner_id_ca5e856e_fk_tracker_talent_id` FOREIGN KEY (`runner_id`) REFERENCES `tracker_talent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `prepend` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `tracker_userprofile_user_id_8fc17754_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_videolinktype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_videolink` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(200) NOT NULL,
  `link_type_id` int(11) NOT NULL,
  `run_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracker_videolink_run_id_link_type_id_04d1c80d_uniq` (`run_id`,`link_type_id`),
  KEY `tracker_videolink_link_type_id_db80d276_fk_tracker_v` (`link_type_id`),
  CONSTRAINT `tracker_videolink_link_type_id_db80d276_fk_tracker_v` FOREIGN KEY (`link_type_id`) REFERENCES `tracker_videolinktype` (`id`),
  CONSTRAINT `tracker_videolink_run_id_fa74ce95_fk_tracker_speedrun_id` FOREIGN KEY (`run_id`) REFERENCES `tracker_speedrun` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tracker_wordfilter` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `word` varchar(32) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;



SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE IF NOT EXISTS `yc4_roles` (
  `id_role` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(45) DEFAULT NULL,
  `description` varchar(245) DEFAULT NULL,
  `date_created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_role`),
  UNIQUE KEY `yc4_roles_UK_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_access` (
  `id_access` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_role` int(10) unsigned NOT NULL,
  `access` varchar(100) NOT NULL,
  PRIMARY KEY (`id_access`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_users` (
  `id_user` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(145) DEFAULT NULL,
  `seoname` varchar(145) DEFAULT NULL,
  `email` varchar(145) NOT NULL,
  `password` varchar(64) NOT NULL,
  `description` text NULL DEFAULT NULL,
  `status` int(1) NOT NULL DEFAULT '0',
  `id_role` int(10) unsigned DEFAULT '1',
  `id_location` int(10) unsigned DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_modified` datetime DEFAULT NULL,
  `logins` int(10) UNSIGNED NOT NULL DEFAULT '0',
  `last_login` datetime DEFAULT NULL,
  `last_ip`  bigint DEFAULT NULL,
  `user_agent` varchar(40) DEFAULT NULL,
  `token` varchar(40) DEFAULT NULL,
  `token_created` datetime DEFAULT NULL,
  `token_expires` datetime DEFAULT NULL,
  `api_token` varchar(40) DEFAULT NULL,
  `hybridauth_provider_name` varchar(40) NULL DEFAULT NULL,
  `hybridauth_provider_uid` varchar(191) NULL DEFAULT NULL,
  `subscriber` tinyint(1) NOT NULL DEFAULT '1',
  `rate` FLOAT( 4, 2 ) NULL DEFAULT NULL,
  `has_image` tinyint(1) NOT NULL DEFAULT '0',
  `failed_attempts` int(10) UNSIGNED NOT NULL DEFAULT '0',
  `last_failed` datetime DEFAULT NULL,
  `notification_date` datetime DEFAULT NULL,
  `device_id` varchar(255) DEFAULT NULL,
  `stripe_user_id` varchar(140) DEFAULT NULL,
  `stripe_agreement` varchar(40) DEFAULT NULL,
  `escrow_email` varchar(140) DEFAULT NULL,
  `escrow_api_key` varchar(140) DEFAULT NULL,
  `google_authenticator` varchar(40) DEFAULT NULL,
  `phone` varchar(30) DEFAULT NULL,
  `latitude` float(10,6) DEFAULT NULL,
  `longitude` float(10,6) DEFAULT NULL,
  `address` varchar(145) DEFAULT NULL,
  `locale` varchar(5) DEFAULT NULL,
  `verification_code` int(6) DEFAULT NULL,
  `ewallet_balance` int(10) unsigned DEFAULT 0,
  PRIMARY KEY (`id_user`),
  UNIQUE KEY `yc4_users_UK_email` (`email`),
  UNIQUE KEY `yc4_users_UK_token` (`token`),
  UNIQUE KEY `yc4_users_UK_api_token` (`api_token`),
  UNIQUE KEY `yc4_users_UK_seoname` (`seoname`),
  UNIQUE KEY `yc4_users_UK_provider_AND_uid` (`hybridauth_provider_name`,`hybridauth_provider_uid`),
  KEY `yc4_users_IK_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_categories` (
  `id_category` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(145) NOT NULL,
  `order` int(2) unsigned NOT NULL DEFAULT '0',
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `id_category_parent` int(10) unsigned NOT NULL DEFAULT '0',
  `parent_deep` int(2) unsigned NOT NULL DEFAULT '0',
  `seoname` varchar(145) NOT NULL,
  `description` text NULL DEFAULT NULL,
  `price` decimal(28,8) NOT NULL DEFAULT '0',
  `last_modified` DATETIME  NULL,
  `has_image` tinyint(1) NOT NULL DEFAULT '0',
  `translations` text NULL DEFAULT NULL,
  `icon_font` varchar(145) NULL DEFAULT NULL,
  PRIMARY KEY (`id_category`) USING BTREE,
  UNIQUE KEY `yc4_categories_IK_seo_name` (`seoname`),
  KEY `yc4_categories_IK_id_category_parent` (id_category_parent),
  KEY `yc4_categories_IK_id_category_parent_AND_parent_deep` (id_category_parent, parent_deep)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_locations` (
  `id_location` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `order` int(2) unsigned NOT NULL DEFAULT '0',
  `id_location_parent` int(10) unsigned NOT NULL DEFAULT '0',
  `parent_deep` int(2) unsigned NOT NULL DEFAULT '0',
  `seoname` varchar(145) NOT NULL,
  `description` text NULL DEFAULT NULL,
  `last_modified` DATETIME  NULL,
  `has_image` tinyint(1) NOT NULL DEFAULT '0',
  `latitude` float(10,6) NULL DEFAULT NULL,
  `longitude` float(10,6) NULL DEFAULT NULL,
  `id_geoname` int(10) unsigned NULL DEFAULT NULL,
  `fcodename_geoname` varchar(145) NULL DEFAULT NULL,
  `translations` text NULL DEFAULT NULL,
  PRIMARY KEY (`id_location`),
  UNIQUE KEY `yc4_loations_UK_seoname` (`seoname`),
  KEY `yc4_locations_IK_id_location_parent` (id_location_parent),
  KEY `yc4_locations_IK_id_location_parent_AND_parent_deep` (id_location_parent, parent_deep)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_ads` (
  `id_ad` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_user` int(10) unsigned NOT NULL,
  `id_category` int(10) unsigned NOT NULL DEFAULT '0',
  `id_location` int(10) unsigned NOT NULL DEFAULT '0',
  `title` varchar(145) NOT NULL,
  `seotitle` varchar(145) NOT NULL,
  `description` text DEFAULT NULL,
  `address` varchar(145) DEFAULT '0',
  `latitude` float(10,6) NULL DEFAULT NULL,
  `longitude` float(10,6) NULL DEFAULT NULL,
  `price` decimal(28,8) NOT NULL DEFAULT '0',
  `phone` varchar(30) DEFAULT NULL,
  `website` varchar(200) DEFAULT NULL,
  `ip_address` bigint DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `published` DATETIME  NULL,
  `featured` DATETIME  NULL,
  `last_modified` DATETIME  NULL,
  `status` tinyint(1) NOT NULL DEFAULT '0',
  `has_images` tinyint(1) NOT NULL DEFAULT '0',
  `stock` int(10) unsigned DEFAULT NULL,
  `rate` FLOAT( 4, 2 ) NULL DEFAULT NULL,
  `favorited` int(10) unsigned NOT NULL DEFAULT '0',
  `locale` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`id_ad`) USING BTREE,
  KEY `yc4_ads_IK_id_user` (`id_user`),
  KEY `yc4_ads_IK_id_category` (`id_category`),
  KEY `yc4_ads_IK_title` (`title`),
  UNIQUE KEY `yc4_ads_UK_seotitle` (`seotitle`),
  KEY `yc4_ads_IK_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS yc4_visits (
                        id_visit int(10) unsigned NOT NULL AUTO_INCREMENT,
                        id_ad int(10) unsigned DEFAULT NULL,
                        hits int(10) NOT NULL DEFAULT '0',
                        contacts int(10) NOT NULL DEFAULT '0',
                        created DATE NOT NULL,
                        PRIMARY KEY (id_visit),
                        UNIQUE KEY yc4_visits_UK_id_ad_AND_created (id_ad,created)
                        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_config` (
  `group_name` VARCHAR(128)  NOT NULL,
  `config_key` VARCHAR(128)  NOT NULL,
  `config_value` MEDIUMTEXT,
   PRIMARY KEY (`config_key`),
   UNIQUE KEY `yc4_config_UK_group_name_AND_config_key` (`group_name`,`config_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ;

CREATE TABLE IF NOT EXISTS `yc4_orders` (
  `id_order` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_user` int(10) unsigned NOT NULL,
  `id_ad` int(10) unsigned NULL,
  `id_product` varchar(20) NOT NULL,
  `id_coupon` int(10) unsigned DEFAULT NULL,
  `paymethod` varchar(20) DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `pay_date` DATETIME  NULL,
  `currency` char(3) NOT NULL,
  `amount` decimal(28,8) NOT NULL DEFAULT '0',
  `status` tinyint(1) NOT NULL DEFAULT '0',
  `description` varchar(145) DEFAULT NULL,
  `txn_id` varchar(255) DEFAULT NULL,
  `featured_days` int(10) unsigned NULL,
  `VAT_country` varchar(20) DEFAULT NULL,
  `VAT_number` varchar(20) DEFAULT NULL,
  `VAT` varchar(20) DEFAULT NULL,
  `quantity` int NOT NULL DEFAULT '0',
  `received` DATETIME NULL DEFAULT NULL,
  `shipped` DATETIME NULL DEFAULT NULL,
  `shipping_tracking_code` varchar(255) DEFAULT NULL,
  `shipping_provider_name` varchar(140) DEFAULT NULL,
  `cancelled` DATETIME NULL DEFAULT NULL,
  `paid_out` DATETIME NULL DEFAULT NULL,
  PRIMARY KEY (`id_order`),
  KEY `yc4_orders_IK_id_user` (`id_user`),
  KEY `yc4_orders_IK_status` (`status`)
)ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_content` (
  `id_content` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `locale` varchar(8) NOT NULL DEFAULT 'en_UK',
  `order` int(2) unsigned NOT NULL DEFAULT '0',
  `title` varchar(145) NOT NULL,
  `seotitle` varchar(145) NOT NULL,
  `description` MEDIUMTEXT NULL,
  `from_email` varchar(145) NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `type` enum('page','email','help') NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_content`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_subscribers` (
  `id_subscribe` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_user` int(10) unsigned NOT NULL,
  `id_category` int(10) unsigned NOT NULL DEFAULT '0',
  `id_location` int(10) unsigned NOT NULL DEFAULT '0',
  `min_price` decimal(28,8) NOT NULL DEFAULT '0',
  `max_price` decimal(28,8) NOT NULL DEFAULT '0',
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_subscribe`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_posts` (
  `id_post` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_user` int(10) unsigned NOT NULL,
  `id_post_parent` int(10) unsigned NULL DEFAULT NULL,
  `id_forum` int(10) unsigned NULL DEFAULT NULL,
  `title` varchar(245) NOT NULL,
  `seotitle` varchar(191) NOT NULL,
  `description` MEDIUMTEXT NOT NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ip_address` bigint DEFAULT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_post`) USING BTREE,
  UNIQUE KEY `yc4_posts_UK_seotitle` (`seotitle`),
  KEY `yc4_posts_IK_id_user` (`id_user`),
  KEY `yc4_posts_IK_id_post_parent` (`id_post_parent`),
  KEY `yc4_posts_IK_id_forum` (`id_forum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_forums` (
  `id_forum` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(145) NOT NULL,
  `order` int(2) unsigned NOT NULL DEFAULT '0',
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `id_forum_parent` int(10) unsigned NOT NULL DEFAULT '0',
  `parent_deep` int(2) unsigned NOT NULL DEFAULT '0',
  `seoname` varchar(145) NOT NULL,
  `description` varchar(255) NULL,
  PRIMARY KEY (`id_forum`) USING BTREE,
  UNIQUE KEY `yc4_forums_IK_seo_name` (`seoname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_crontab` (
  `id_crontab` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `period` varchar(50) NOT NULL,
  `callback` varchar(140) NOT NULL,
  `params` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `date_created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `date_started` datetime  DEFAULT NULL,
  `date_finished` datetime  DEFAULT NULL,
  `date_next` datetime  DEFAULT NULL,
  `times_executed`  bigint DEFAULT '0',
  `output` varchar(50) DEFAULT NULL,
  `running` tinyint(1) NOT NULL DEFAULT '0',
  `active` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id_crontab`),
  UNIQUE KEY `yc4_crontab_UK_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS yc4_reviews (
    id_review int(10) unsigned NOT NULL AUTO_INCREMENT,
    id_user int(10) unsigned NOT NULL,
    id_ad int(10) unsigned NOT NULL,
    rate int(2) unsigned NOT NULL DEFAULT '0',
    description varchar(1000) NOT NULL,
    created timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ip_address bigint DEFAULT NULL,
    status tinyint(1) NOT NULL DEFAULT '0',
    PRIMARY KEY (id_review) USING BTREE,
    KEY yc4_reviews_IK_id_user (id_user),
    KEY yc4_reviews_IK_id_ad (id_ad)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS yc4_favorites (
    id_favorite int(10) unsigned NOT NULL AUTO_INCREMENT,
    id_user int(10) unsigned NOT NULL,
    id_ad int(10) unsigned NOT NULL,
    created timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id_favorite) USING BTREE,
    KEY yc4_favorites_IK_id_user_AND_id_ad (id_user,id_ad)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS yc4_messages (
  `id_message` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_ad` int(10) unsigned DEFAULT NULL,
  `id_message_parent` int(10) unsigned DEFAULT NULL,
  `id_user_from` int(10) unsigned NOT NULL,
  `id_user_to` int(10) unsigned NOT NULL,
  `message` text NOT NULL,
  `price` decimal(28,8) NOT NULL DEFAULT '0',
  `read_date` datetime  DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status_to` tinyint(1) NOT NULL DEFAULT 0,
  `status_from` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id_message) USING BTREE
) ENGINE=InnoDB  DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_coupons` (
  `id_coupon` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_product` int(10) unsigned NULL DEFAULT NULL,
  `name` varchar(145) NOT NULL,
  `notes` varchar(245) DEFAULT NULL,
  `discount_amount` decimal(28,8) NOT NULL DEFAULT '0',
  `discount_percentage` decimal(28,8) NOT NULL DEFAULT '0',
  `number_coupons` int(10) DEFAULT NULL,
  `valid_date` DATETIME  NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_coupon`),
  UNIQUE KEY `yc4_coupons_UK_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_plans` (
      `id_plan` int(10) unsigned NOT NULL AUTO_INCREMENT,
      `name` varchar(145) NOT NULL,
      `seoname` varchar(145) NOT NULL,
      `description` MEDIUMTEXT NOT NULL,
      `price` decimal(28,8) NOT NULL DEFAULT '0',
      `days` int(10) DEFAULT 1,
      `amount_ads` int(10) DEFAULT 1,
      `marketplace_fee` decimal(28,8) NOT NULL DEFAULT '0',
      `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
      `status` tinyint(1) NOT NULL DEFAULT '0',
      PRIMARY KEY (`id_plan`),
      UNIQUE KEY `yc4_plan_UK_seoname` (`seoname`)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 AUTO_INCREMENT=100;

CREATE TABLE IF NOT EXISTS `yc4_subscriptions` (
      `id_subscription` int(10) unsigned NOT NULL AUTO_INCREMENT,
      `id_order` int(10) unsigned NOT NULL,
      `id_user` int(10) unsigned NOT NULL,
      `id_plan` int(10) unsigned NOT NULL,
      `amount_ads` int(10) DEFAULT 1,
      `amount_ads_left` int(10) DEFAULT 0,
      `expire_date` DATETIME  NULL,
      `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
      `status` tinyint(1) NOT NULL DEFAULT '0',
      PRIMARY KEY (`id_subscription`)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_transactions` (
    `id_transaction` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `id_user` int(10) unsigned DEFAULT NULL,
    `id_user_from` int(10) unsigned DEFAULT NULL,
    `id_order` int(10) unsigned DEFAULT NULL,
    `amount` int(10) NOT NULL,
    `type` tinyint(1) NOT NULL DEFAULT 0,
    `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`id_transaction`),
    KEY `yc4_transactions_IK_id_user` (`id_user`),
    KEY `yc4_transactions_IK_id_user_from` (`id_user_from`),
    KEY `yc4_transactions_IK_id_order` (`id_order`)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `yc4_adsimport` (
`id_import` int(10) unsigned NOT NULL AUTO_INCREMENT,`id_user` int(10) unsigned  NULL,`user_name` varchar(145) NOT NULL,`user_email` varchar(145) NOT NULL,`id_category` int(10) unsigned  NULL,`category` varchar(145) NOT NULL,`id_location` int(10) unsigned  NULL,`location` varchar(145) NOT NULL,`title` varchar(145) NOT NULL,`description` text NOT NULL,`address` varchar(145) DEFAULT '0',`price` decimal(14,3) NOT NULL DEFAULT '0.000',`phone` varchar(30) DEFAULT NULL,`date` datetime DEFAULT NULL,`website` varchar(200) DEFAULT NULL,`locale` varchar(5) DEFAULT NULL,`stock` int DEFAULT NULL,`processed` tinyint(1) NOT NULL DEFAULT '0',`image_1` varchar(200) DEFAULT NULL,`image_2` varchar(200) DEFAULT NULL,`image_3` varchar(200) DEFAULT NULL,`image_4` varchar(200) DEFAULT NULL
, PRIMARY KEY (`id_import`) ) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `yc4_usersimport` (
`id_import` int(10) unsigned NOT NULL AUTO_INCREMENT,`name` varchar(145) NOT NULL,`email` varchar(145) NOT NULL,`password` varchar(145) DEFAULT NULL,`subscriber` tinyint(1) NOT NULL DEFAULT '1',`processed` tinyint(1) NOT NULL DEFAULT '0',`image_1` varchar(200) DEFAULT NULL,`image_2` varchar(200) DEFAULT NULL,`image_3` varchar(200) DEFAULT NULL,`image_4` varchar(200) DEFAULT NULL
, PRIMARY KEY (`id_import`) ) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `yc4_auto_data_brands` (
    `id_brand` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
    PRIMARY KEY (`id_brand`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `yc4_auto_data_models` (
    `id_model` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `id_brand` bigint(20) NOT NULL,
    `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
    PRIMARY KEY (`id_model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `yc4_auto_data_generations` (
    `id_generation` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
    `id_model` bigint(20) NOT NULL,
    `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
    `year` int(11) DEFAULT NULL,
    PRIMARY KEY (`id_generation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

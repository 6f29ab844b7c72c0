SET FOREIGN_KEY_CHECKS=0;
CREATE TABLE `wp_wpl_activities` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `activity` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `position` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `index` float(5,2) NOT NULL DEFAULT 99.00,
  `params` text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `show_title` tinyint(4) NOT NULL DEFAULT 1,
  `title` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=16 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_addons` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) DEFAULT NULL,
  `version` varchar(15) DEFAULT NULL,
  `addon_name` varchar(100) DEFAULT NULL,
  `params` text DEFAULT NULL,
  `update` varchar(200) DEFAULT NULL,
  `update_key` varchar(100) DEFAULT NULL,
  `support_key` varchar(100) DEFAULT NULL,
  `updatable` tinyint(4) NOT NULL DEFAULT 1,
  `message` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_cronjobs` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `cronjob_name` varchar(255) NOT NULL,
  `period` int(10) NOT NULL,
  `class_location` varchar(255) NOT NULL,
  `class_name` varchar(100) NOT NULL,
  `function_name` varchar(100) NOT NULL,
  `params` text NOT NULL,
  `enabled` tinyint(4) NOT NULL,
  `latest_run` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_dbcat` (
  `id` int(11) NOT NULL,
  `kind` tinyint(4) NOT NULL DEFAULT 0 COMMENT '0=property, 1=complex',
  `name` varchar(30) DEFAULT NULL,
  `icon` varchar(30) DEFAULT NULL,
  `index` float NOT NULL DEFAULT 99,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `pshow` tinyint(4) NOT NULL DEFAULT 1,
  `searchmod` tinyint(4) NOT NULL DEFAULT 1,
  `rankable` tinyint(4) NOT NULL DEFAULT 1,
  `prefix` varchar(5) DEFAULT NULL,
  `listing_specific` varchar(200) DEFAULT NULL,
  `property_type_specific` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_dbst` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `kind` tinyint(4) NOT NULL DEFAULT 0 COMMENT '0=property, 1=complex',
  `mandatory` tinyint(4) NOT NULL DEFAULT 0 COMMENT '0=no,1=yes,2=always,3=never',
  `name` varchar(150) DEFAULT NULL,
  `type` varchar(20) DEFAULT NULL,
  `options` text DEFAULT NULL,
  `enabled` tinyint(4) NOT NULL DEFAULT 1 COMMENT '0=no,1=yes,2=always',
  `pshow` varchar(255) NOT NULL DEFAULT '1' COMMENT 'To show in propertyshow or not',
  `plisting` tinyint(4) NOT NULL DEFAULT 0,
  `searchmod` tinyint(4) NOT NULL DEFAULT 0,
  `editable` tinyint(4) NOT NULL DEFAULT 1,
  `deletable` tinyint(4) NOT NULL DEFAULT 1,
  `index` float(8,2) NOT NULL DEFAULT 99.00,
  `css` varchar(50) DEFAULT NULL,
  `style` text DEFAULT NULL,
  `specificable` tinyint(4) NOT NULL DEFAULT 1 COMMENT '0=no,1=yes',
  `listing_specific` varchar(200) DEFAULT NULL,
  `property_type_specific` varchar(200) DEFAULT NULL,
  `table_name` varchar(30) DEFAULT NULL COMMENT 'table which the data is stored to',
  `table_column` varchar(30) DEFAULT NULL COMMENT 'column of table which datat is stored to',
  `category` int(11) NOT NULL DEFAULT 1 COMMENT 'in propertywizard category',
  `rankable` tinyint(4) NOT NULL DEFAULT 1,
  `rank_point` int(11) NOT NULL DEFAULT 0,
  `comments` text DEFAULT NULL,
  `pwizard` varchar(255) NOT NULL DEFAULT '1' COMMENT '0=no,1=yes,2=always',
  `text_search` tinyint(4) DEFAULT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=915 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_dbst_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `kind` varchar(100) NOT NULL DEFAULT '[0][1]',
  `type` varchar(20) NOT NULL,
  `enabled` tinyint(4) NOT NULL COMMENT '0=no,1=yes,2=always',
  `index` float(5,2) NOT NULL DEFAULT 1.00,
  `queries_add` text NOT NULL,
  `queries_delete` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_events` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(50) NOT NULL,
  `trigger` varchar(100) NOT NULL,
  `class_location` varchar(200) NOT NULL,
  `class_name` varchar(100) NOT NULL,
  `function_name` varchar(100) NOT NULL,
  `params` text NOT NULL,
  `enabled` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_extensions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `title` varchar(200) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `parent` int(10) NOT NULL DEFAULT 0,
  `description` text CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `param1` varchar(200) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `param2` varchar(200) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `param3` varchar(200) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `param4` varchar(200) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `param5` varchar(200) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `params` text CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `editable` tinyint(4) NOT NULL DEFAULT 1,
  `index` float(5,2) NOT NULL DEFAULT 99.99,
  `client` tinyint(4) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=99 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_filters` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(50) NOT NULL,
  `trigger` varchar(100) NOT NULL,
  `class_location` varchar(200) NOT NULL,
  `class_name` varchar(100) NOT NULL,
  `function_name` varchar(100) NOT NULL,
  `params` text NOT NULL,
  `enabled` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_items` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `parent_kind` varchar(20) NOT NULL DEFAULT '0',
  `parent_id` int(10) DEFAULT NULL,
  `item_type` varchar(100) DEFAULT NULL,
  `item_cat` varchar(100) DEFAULT NULL,
  `item_name` varchar(255) DEFAULT NULL,
  `creation_date` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `edit_date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `item_extra1` text DEFAULT NULL,
  `item_extra2` text DEFAULT NULL,
  `item_extra3` text DEFAULT NULL,
  `params` text DEFAULT NULL,
  `index` float(5,2) NOT NULL DEFAULT 99.00,
  PRIMARY KEY (`id`),
  KEY `parent_type` (`parent_kind`,`parent_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_item_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `item_type` varchar(100) DEFAULT NULL,
  `parent_kind` varchar(20) DEFAULT NULL,
  `category_name` varchar(100) DEFAULT NULL,
  `index` float(5,2) NOT NULL DEFAULT 99.00,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_listing_types` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `parent` int(10) unsigned NOT NULL DEFAULT 0,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `editable` tinyint(4) NOT NULL DEFAULT 2,
  `index` float(5,2) NOT NULL DEFAULT 99.00,
  `gicon` varchar(100) DEFAULT NULL,
  `caption_img` varchar(100) DEFAULT NULL,
  `name` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_location1` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `enabled` tinyint(4) DEFAULT NULL,
  `name` varchar(100) DEFAULT NULL,
  `tax_percent` double DEFAULT NULL,
  `latitude` varchar(25) DEFAULT NULL,
  `longitude` varchar(25) DEFAULT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=276 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_location2` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `parent` bigint(20) unsigned NOT NULL DEFAULT 0,
  `name` varchar(100) DEFAULT NULL,
  `tax_percent` double DEFAULT NULL,
  `latitude` varchar(25) DEFAULT NULL,
  `longitude` varchar(25) DEFAULT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parent` (`parent`)
) ENGINE=MyISAM AUTO_INCREMENT=6061 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_location3` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `parent` bigint(20) unsigned NOT NULL DEFAULT 0,
  `name` varchar(100) DEFAULT NULL,
  `tax_percent` double DEFAULT NULL,
  `latitude` varchar(25) DEFAULT NULL,
  `longitude` varchar(25) DEFAULT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parent` (`parent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_location4` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `parent` bigint(20) unsigned NOT NULL DEFAULT 0,
  `name` varchar(100) DEFAULT NULL,
  `tax_percent` double DEFAULT NULL,
  `latitude` varchar(25) DEFAULT NULL,
  `longitude` varchar(25) DEFAULT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parent` (`parent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_location5` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `parent` bigint(20) unsigned NOT NULL DEFAULT 0,
  `name` varchar(100) DEFAULT NULL,
  `tax_percent` double DEFAULT NULL,
  `latitude` varchar(25) DEFAULT NULL,
  `longitude` varchar(25) DEFAULT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parent` (`parent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_location6` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `parent` bigint(20) unsigned NOT NULL DEFAULT 0,
  `name` varchar(100) DEFAULT NULL,
  `tax_percent` double DEFAULT NULL,
  `latitude` varchar(25) DEFAULT NULL,
  `longitude` varchar(25) DEFAULT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parent` (`parent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_location7` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `parent` bigint(20) unsigned NOT NULL DEFAULT 1,
  `name` varchar(100) DEFAULT NULL,
  `tax_percent` double DEFAULT NULL,
  `latitude` varchar(25) DEFAULT NULL,
  `longitude` varchar(25) DEFAULT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parent` (`parent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_locationtextsearch` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `location_text` text DEFAULT NULL,
  `count` int(10) DEFAULT NULL,
  `counts` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_locationzips` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) DEFAULT NULL,
  `parent` int(11) DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `median_income` int(11) DEFAULT NULL,
  `average_hvalue` int(11) DEFAULT NULL,
  `distance_to_downtown` int(11) DEFAULT NULL,
  `school_rating` tinyint(4) DEFAULT NULL,
  `tax_rate` int(11) DEFAULT NULL,
  `population` int(11) DEFAULT NULL,
  `boundary` text DEFAULT NULL,
  `color` varchar(6) DEFAULT '',
  `hcolor` varchar(6) DEFAULT '',
  `longitude` varchar(25) DEFAULT NULL,
  `latitude` varchar(25) DEFAULT NULL,
  `params` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `name` (`name`),
  KEY `parent` (`parent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_logs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) NOT NULL,
  `addon_id` int(10) unsigned NOT NULL,
  `section` varchar(100) NOT NULL,
  `status` varchar(100) NOT NULL,
  `log_text` text NOT NULL,
  `log_date` datetime NOT NULL,
  `ip` varchar(50) NOT NULL,
  `priority` tinyint(4) NOT NULL,
  `params` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_menus` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `client` varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT 'backend',
  `type` varchar(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT 'submenu',
  `parent` varchar(50) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT 'WPL_main_menu',
  `page_title` varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `menu_title` varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `capability` varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT 'current',
  `menu_slug` varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `function` varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `separator` tinyint(4) NOT NULL DEFAULT 0,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `index` float(5,2) NOT NULL DEFAULT 1.00,
  `position` float NOT NULL,
  `dashboard` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_notices` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `category` varchar(100) NOT NULL,
  `title` varchar(250) NOT NULL,
  `body` text NOT NULL,
  `title_override` varchar(250) NOT NULL,
  `body_override` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_properties` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `kind` tinyint(4) unsigned NOT NULL DEFAULT 0 COMMENT '0=property,1=complex',
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `mls_id` varchar(11) DEFAULT NULL,
  `pic_numb` mediumint(9) NOT NULL DEFAULT 0,
  `att_numb` mediumint(9) NOT NULL DEFAULT 0,
  `sent_numb` mediumint(9) NOT NULL DEFAULT 0,
  `contact_numb` mediumint(9) NOT NULL DEFAULT 0,
  `user_id` smallint(6) NOT NULL DEFAULT 0,
  `listing` int(11) NOT NULL DEFAULT 0,
  `property_type` int(11) NOT NULL DEFAULT 0,
  `location1_id` int(11) NOT NULL DEFAULT 0,
  `location2_id` int(11) NOT NULL DEFAULT 0,
  `location3_id` int(11) NOT NULL DEFAULT 0,
  `location4_id` int(11) NOT NULL DEFAULT 0,
  `location5_id` int(11) NOT NULL DEFAULT 0,
  `location6_id` int(11) NOT NULL DEFAULT 0,
  `location7_id` int(11) NOT NULL DEFAULT 0,
  `location1_name` varchar(50) DEFAULT NULL,
  `location2_name` varchar(50) DEFAULT NULL,
  `location3_name` varchar(50) DEFAULT NULL,
  `location4_name` varchar(50) DEFAULT NULL,
  `location5_name` varchar(50) DEFAULT NULL,
  `location6_name` varchar(50) DEFAULT NULL,
  `location7_name` varchar(50) DEFAULT NULL,
  `view` tinyint(4) NOT NULL DEFAULT 0,
  `price` double NOT NULL DEFAULT 0,
  `price_unit` int(11) NOT NULL DEFAULT 0,
  `price_si` double NOT NULL DEFAULT 0,
  `price_period` smallint(6) NOT NULL DEFAULT 0,
  `bedrooms` float NOT NULL DEFAULT 0,
  `rooms` float NOT NULL DEFAULT 0,
  `bathrooms` float NOT NULL DEFAULT 0,
  `living_area` float NOT NULL DEFAULT 0,
  `living_area_unit` int(11) NOT NULL DEFAULT 0,
  `living_area_si` float NOT NULL DEFAULT 0,
  `lot_area` float NOT NULL DEFAULT 0,
  `lot_area_unit` int(11) NOT NULL DEFAULT 0,
  `lot_area_si` float NOT NULL DEFAULT 0,
  `parkings` float NOT NULL DEFAULT 0,
  `googlemap_lt` varchar(20) NOT NULL DEFAULT '0',
  `googlemap_ln` varchar(20) NOT NULL DEFAULT '0',
  `googlemap_title` varchar(30) DEFAULT NULL,
  `finalized` tinyint(4) NOT NULL DEFAULT 0,
  `add_date` datetime DEFAULT NULL,
  `expire_days` int(11) NOT NULL DEFAULT 0,
  `confirmed` tinyint(4) NOT NULL DEFAULT 0,
  `visit_time` mediumint(9) NOT NULL DEFAULT 0,
  `visit_date` datetime DEFAULT NULL,
  `property_rank` smallint(5) unsigned NOT NULL DEFAULT 0,
  `build_year` int(11) NOT NULL DEFAULT 0,
  `zip_id` int(11) NOT NULL DEFAULT 0,
  `zip_name` varchar(20) DEFAULT NULL,
  `last_modified_time_stamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'This is for CRM',
  `post_code` varchar(50) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `meta_description` text DEFAULT NULL,
  `meta_keywords` text DEFAULT NULL,
  `street` varchar(50) DEFAULT NULL,
  `street_no` varchar(50) DEFAULT NULL,
  `sp_featured` tinyint(4) NOT NULL DEFAULT 0,
  `sp_hot` tinyint(4) NOT NULL DEFAULT 0,
  `sp_openhouse` tinyint(4) NOT NULL DEFAULT 0,
  `sp_forclosure` tinyint(4) NOT NULL DEFAULT 0,
  `textsearch` text DEFAULT NULL,
  `property_title` varchar(100) DEFAULT NULL,
  `location_text` varchar(255) DEFAULT NULL,
  `vids_numb` int(10) NOT NULL DEFAULT 0,
  `field_42` varchar(50) DEFAULT NULL,
  `field_312` varchar(50) DEFAULT NULL,
  `field_308` text DEFAULT NULL,
  `field_7` int(11) NOT NULL DEFAULT 0,
  `n_100` tinyint(4) DEFAULT NULL,
  `n_100_distance` int(11) DEFAULT NULL,
  `n_100_distance_by` tinyint(4) DEFAULT NULL,
  `n_101` tinyint(4) DEFAULT NULL,
  `n_101_distance` int(11) DEFAULT NULL,
  `n_101_distance_by` tinyint(4) DEFAULT NULL,
  `n_102` tinyint(4) DEFAULT NULL,
  `n_102_distance` int(11) DEFAULT NULL,
  `n_102_distance_by` tinyint(4) DEFAULT NULL,
  `n_103` tinyint(4) DEFAULT NULL,
  `n_103_distance` int(11) DEFAULT NULL,
  `n_103_distance_by` tinyint(4) DEFAULT NULL,
  `n_105` tinyint(4) DEFAULT NULL,
  `n_105_distance` int(11) DEFAULT NULL,
  `n_105_distance_by` tinyint(4) DEFAULT NULL,
  `n_106` tinyint(4) DEFAULT NULL,
  `n_106_distance` int(11) DEFAULT NULL,
  `n_106_distance_by` tinyint(4) DEFAULT NULL,
  `n_107` tinyint(4) DEFAULT NULL,
  `n_107_distance` int(11) DEFAULT NULL,
  `n_107_distance_by` tinyint(4) DEFAULT NULL,
  `n_108` tinyint(4) DEFAULT NULL,
  `n_108_distance` int(11) DEFAULT NULL,
  `n_108_distance_by` tinyint(4) DEFAULT NULL,
  `n_109` tinyint(4) DEFAULT NULL,
  `n_109_distance` int(11) DEFAULT NULL,
  `n_109_distance_by` tinyint(4) DEFAULT NULL,
  `n_110` tinyint(4) DEFAULT NULL,
  `n_110_distance` int(11) DEFAULT NULL,
  `n_110_distance_by` tinyint(4) DEFAULT NULL,
  `n_111` tinyint(4) DEFAULT NULL,
  `n_111_distance` int(11) DEFAULT NULL,
  `n_111_distance_by` tinyint(4) DEFAULT NULL,
  `n_112` tinyint(4) DEFAULT NULL,
  `n_112_distance` int(11) DEFAULT NULL,
  `n_112_distance_by` tinyint(4) DEFAULT NULL,
  `n_113` tinyint(4) DEFAULT NULL,
  `n_113_distance` int(11) DEFAULT NULL,
  `n_113_distance_by` tinyint(4) DEFAULT NULL,
  `n_114` tinyint(4) DEFAULT NULL,
  `n_114_distance` int(11) DEFAULT NULL,
  `n_114_distance_by` tinyint(4) DEFAULT NULL,
  `n_115` tinyint(4) DEFAULT NULL,
  `n_115_distance` int(11) DEFAULT NULL,
  `n_115_distance_by` tinyint(4) DEFAULT NULL,
  `f_130_options` text DEFAULT NULL,
  `f_130` tinyint(4) DEFAULT NULL,
  `f_131_options` text DEFAULT NULL,
  `f_131` tinyint(4) DEFAULT NULL,
  `f_132_options` text DEFAULT NULL,
  `f_132` tinyint(4) DEFAULT NULL,
  `f_133_options` text DEFAULT NULL,
  `f_133` tinyint(4) DEFAULT NULL,
  `f_134_options` text DEFAULT NULL,
  `f_134` tinyint(4) DEFAULT NULL,
  `f_135_options` text DEFAULT NULL,
  `f_135` tinyint(4) DEFAULT NULL,
  `f_136_options` text DEFAULT NULL,
  `f_136` tinyint(4) DEFAULT NULL,
  `f_137_options` text DEFAULT NULL,
  `f_137` tinyint(4) DEFAULT NULL,
  `f_138_options` text DEFAULT NULL,
  `f_138` tinyint(4) DEFAULT NULL,
  `f_139_options` text DEFAULT NULL,
  `f_139` tinyint(4) DEFAULT NULL,
  `f_140_options` text DEFAULT NULL,
  `f_140` tinyint(4) DEFAULT NULL,
  `f_141_options` text DEFAULT NULL,
  `f_141` tinyint(4) DEFAULT NULL,
  `f_142_options` text DEFAULT NULL,
  `f_142` tinyint(4) DEFAULT NULL,
  `f_143_options` text DEFAULT NULL,
  `f_143` tinyint(4) DEFAULT NULL,
  `f_144_options` text DEFAULT NULL,
  `f_144` tinyint(4) DEFAULT NULL,
  `f_146_options` text DEFAULT NULL,
  `f_146` tinyint(4) DEFAULT NULL,
  `f_147_options` text DEFAULT NULL,
  `f_147` tinyint(4) DEFAULT NULL,
  `f_148_options` text DEFAULT NULL,
  `f_148` tinyint(4) DEFAULT NULL,
  `f_149_options` text DEFAULT NULL,
  `f_149` tinyint(4) DEFAULT NULL,
  `f_150_options` text DEFAULT NULL,
  `f_150` tinyint(4) DEFAULT NULL,
  `f_151_options` text DEFAULT NULL,
  `f_151` tinyint(4) DEFAULT NULL,
  `f_152_options` text DEFAULT NULL,
  `f_152` tinyint(4) DEFAULT NULL,
  `f_153_options` text DEFAULT NULL,
  `f_153` tinyint(4) DEFAULT NULL,
  `f_154_options` text DEFAULT NULL,
  `f_154` tinyint(4) DEFAULT NULL,
  `f_155_options` text DEFAULT NULL,
  `f_155` tinyint(4) DEFAULT NULL,
  `f_156_options` text DEFAULT NULL,
  `f_156` tinyint(4) DEFAULT NULL,
  `f_157_options` text DEFAULT NULL,
  `f_157` tinyint(4) DEFAULT NULL,
  `f_158_options` text DEFAULT NULL,
  `f_158` tinyint(4) DEFAULT NULL,
  `f_159_options` text DEFAULT NULL,
  `f_159` tinyint(4) DEFAULT NULL,
  `f_160_options` text DEFAULT NULL,
  `f_160` tinyint(4) DEFAULT NULL,
  `f_161_options` text DEFAULT NULL,
  `f_161` tinyint(4) DEFAULT NULL,
  `f_162_options` text DEFAULT NULL,
  `f_162` tinyint(4) DEFAULT NULL,
  `f_163_options` text DEFAULT NULL,
  `f_163` tinyint(4) DEFAULT NULL,
  `f_164_options` text DEFAULT NULL,
  `f_164` tinyint(4) DEFAULT NULL,
  `f_165_options` text DEFAULT NULL,
  `f_165` tinyint(4) DEFAULT NULL,
  `f_166_options` text DEFAULT NULL,
  `f_166` tinyint(4) DEFAULT NULL,
  `f_167_options` text DEFAULT NULL,
  `f_167` tinyint(4) DEFAULT NULL,
  `f_168_options` text DEFAULT NULL,
  `f_168` tinyint(4) DEFAULT NULL,
  `f_169_options` text DEFAULT NULL,
  `f_169` tinyint(4) DEFAULT NULL,
  `ref_id` varchar(50) DEFAULT NULL,
  `field_54` varchar(50) DEFAULT NULL,
  `half_bathrooms` float NOT NULL DEFAULT 0,
  `field_55` float NOT NULL DEFAULT 0,
  `rendered` text DEFAULT NULL,
  `alias` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `category_id` (`property_type`),
  KEY `city_id` (`location3_id`),
  KEY `state_id` (`location2_id`),
  KEY `country_id` (`location1_id`),
  KEY `zone_id` (`location4_id`),
  KEY `listing_type_id` (`listing`),
  KEY `price` (`price`),
  KEY `bedrooms` (`bedrooms`),
  KEY `bathrooms` (`bathrooms`),
  KEY `last_modified_time_stamp` (`last_modified_time_stamp`),
  KEY `location_text` (`location_text`),
  KEY `deleted` (`deleted`),
  KEY `confirmed` (`confirmed`),
  KEY `finalized` (`finalized`),
  KEY `mls_id` (`mls_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_property_types` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `parent` int(11) NOT NULL DEFAULT 0,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `editable` tinyint(4) NOT NULL DEFAULT 1,
  `index` float(5,2) NOT NULL DEFAULT 99.00,
  `listing` int(11) NOT NULL DEFAULT 0,
  `name` varchar(200) DEFAULT NULL,
  `keyword` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=15 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_room_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `index` float(5,2) NOT NULL DEFAULT 99.00,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `icon` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=24 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_settings` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `setting_name` varchar(250) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `setting_value` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `showable` tinyint(4) NOT NULL DEFAULT 1,
  `category` int(10) NOT NULL DEFAULT 1,
  `type` varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT 'text',
  `title` varchar(200) DEFAULT NULL,
  `params` text DEFAULT NULL,
  `options` text DEFAULT NULL,
  `index` float(5,2) NOT NULL DEFAULT 99.00,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=36 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_setting_categories` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(200) DEFAULT NULL,
  `showable` tinyint(4) NOT NULL DEFAULT 1,
  `index` float(5,2) NOT NULL DEFAULT 99.00,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_sort_options` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `kind` varchar(50) NOT NULL DEFAULT '[0][1]',
  `name` text DEFAULT NULL,
  `field_name` varchar(255) DEFAULT NULL,
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  `index` float(5,2) NOT NULL DEFAULT 99.00,
  PRIMARY KEY (`id`),
  KEY `kind` (`kind`)
) ENGINE=MyISAM AUTO_INCREMENT=34 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_units` (
  `id` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `type` tinyint(4) NOT NULL DEFAULT 2 COMMENT '1=length,2=area,3=volume 4=price',
  `enabled` tinyint(4) NOT NULL DEFAULT 0,
  `tosi` double NOT NULL DEFAULT 0,
  `index` int(11) NOT NULL DEFAULT 999,
  `extra` varchar(50) DEFAULT NULL COMMENT 'iso code',
  `extra2` varchar(50) DEFAULT NULL COMMENT 'currency name',
  `extra3` varchar(50) DEFAULT NULL COMMENT 'icon',
  `extra4` varchar(50) DEFAULT NULL,
  `seperator` varchar(2) DEFAULT NULL,
  `d_seperator` varchar(2) DEFAULT NULL,
  `after_before` tinyint(4) NOT NULL DEFAULT 0 COMMENT '0=before,1=after',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_unit_types` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_users` (
  `id` int(10) NOT NULL,
  `membership_name` varchar(255) DEFAULT NULL,
  `membership_id` int(10) DEFAULT NULL,
  `membership_type` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `access_propertywizard` tinyint(4) NOT NULL DEFAULT 0,
  `access_propertyshow` tinyint(4) NOT NULL DEFAULT 1,
  `access_propertylisting` tinyint(4) NOT NULL DEFAULT 1,
  `access_profilewizard` tinyint(4) NOT NULL DEFAULT 1,
  `access_confirm` tinyint(4) NOT NULL DEFAULT 0,
  `access_propertymanager` tinyint(4) NOT NULL DEFAULT 0,
  `access_delete` tinyint(4) NOT NULL DEFAULT 0,
  `access_public_profile` tinyint(4) NOT NULL DEFAULT 1,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `company_name` varchar(255) DEFAULT NULL,
  `company_address` varchar(255) DEFAULT NULL,
  `website` varchar(255) DEFAULT NULL,
  `main_email` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `secondary_email` varchar(255) DEFAULT NULL,
  `sex` tinyint(4) DEFAULT NULL,
  `tel` varchar(20) DEFAULT NULL,
  `fax` varchar(20) DEFAULT NULL,
  `mobile` varchar(20) DEFAULT NULL,
  `languages` text DEFAULT NULL,
  `location1_id` int(11) NOT NULL DEFAULT 0,
  `location2_id` int(11) NOT NULL DEFAULT 0,
  `location3_id` int(11) NOT NULL DEFAULT 0,
  `location4_id` int(11) NOT NULL DEFAULT 0,
  `location5_id` int(11) NOT NULL DEFAULT 0,
  `location6_id` int(11) NOT NULL DEFAULT 0,
  `location7_id` int(11) NOT NULL DEFAULT 0,
  `location1_name` varchar(50) DEFAULT NULL,
  `location2_name` varchar(50) DEFAULT NULL,
  `location3_name` varchar(50) DEFAULT NULL,
  `location4_name` varchar(50) DEFAULT NULL,
  `location5_name` varchar(50) DEFAULT NULL,
  `location6_name` varchar(50) DEFAULT NULL,
  `location7_name` varchar(50) DEFAULT NULL,
  `zip_id` int(11) NOT NULL DEFAULT 0,
  `zip_name` varchar(20) DEFAULT NULL,
  `maccess_num_prop` int(10) DEFAULT NULL,
  `maccess_num_feat` int(10) DEFAULT NULL,
  `maccess_num_hot` int(10) DEFAULT NULL,
  `maccess_num_pic` int(10) DEFAULT NULL,
  `maccess_rank_start` int(10) DEFAULT NULL,
  `maccess_period` int(10) DEFAULT NULL,
  `maccess_attach` int(10) DEFAULT NULL,
  `maccess_price` double DEFAULT NULL,
  `maccess_price_unit` int(10) DEFAULT NULL,
  `maccess_lrestrict` int(4) DEFAULT NULL,
  `maccess_listings` varchar(255) DEFAULT NULL,
  `maccess_ptrestrict` int(4) DEFAULT NULL,
  `maccess_property_types` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `maccess_renewable` int(4) DEFAULT NULL,
  `maccess_renewal_price` double DEFAULT NULL,
  `maccess_renewal_price_unit` int(11) DEFAULT NULL,
  `maccess_renewal_period` int(11) DEFAULT NULL,
  `maccess_upgradable` int(4) DEFAULT NULL,
  `maccess_upgradable_to` text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `textsearch` text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `location_text` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `rendered` text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `profile_picture` varchar(255) DEFAULT NULL,
  `company_logo` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;

CREATE TABLE `wp_wpl_user_group_types` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci
;


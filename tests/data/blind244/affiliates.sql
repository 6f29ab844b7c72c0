-- Affiliates 5.4.1 (itthinx), affiliates_setup() in lib/core/wp-init.php
-- github.com/itthinx/affiliates commit 4f5e7595c2011f291495814d72747b016eee12c1 (GPL-3.0); prefix wp_aff_ (the plugin's own table prefix after $wpdb->prefix)

CREATE TABLE `wp_aff_affiliates` (
  affiliate_id bigint(20) unsigned NOT NULL auto_increment,
  name varchar(100) NOT NULL,
  email varchar(512) default NULL,
  from_date date NOT NULL,
  thru_date date default NULL,
  status varchar(10) NOT NULL DEFAULT 'active',
  type varchar(10) NULL,
  PRIMARY KEY (affiliate_id),
  INDEX affiliates_afts (affiliate_id, from_date, thru_date, status),
  INDEX affiliates_sft (status, from_date, thru_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_aff_referrals` (
  referral_id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  affiliate_id BIGINT(20) UNSIGNED NOT NULL DEFAULT '0',
  campaign_id BIGINT(20) UNSIGNED DEFAULT NULL,
  post_id BIGINT(20) UNSIGNED NOT NULL DEFAULT '0',
  datetime DATETIME NOT NULL,
  description VARCHAR(5000),
  ip INT(10) UNSIGNED DEFAULT NULL,
  ipv6 DECIMAL(39,0) UNSIGNED DEFAULT NULL,
  user_id BIGINT(20) UNSIGNED DEFAULT NULL,
  amount DECIMAL(24,6) DEFAULT NULL,
  reference_amount DECIMAL(24,6) DEFAULT NULL,
  currency_id CHAR(3) DEFAULT NULL,
  data LONGTEXT DEFAULT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'accepted',
  type VARCHAR(10) NULL,
  reference VARCHAR(100) DEFAULT NULL,
  hit_id BIGINT(20) UNSIGNED DEFAULT NULL,
  integration VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (referral_id),
  INDEX aff_referrals_apd (affiliate_id, post_id, datetime),
  INDEX aff_referrals_da (datetime, affiliate_id),
  INDEX aff_referrals_sda (status, datetime, affiliate_id),
  INDEX aff_referrals_tda (type, datetime, affiliate_id),
  INDEX aff_referrals_ref (reference(20)),
  INDEX aff_referrals_ac (affiliate_id, campaign_id),
  INDEX aff_referrals_c (campaign_id),
  INDEX aff_referrals_h (hit_id),
  INDEX integration (integration(20))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_aff_referral_items` (
  referral_item_id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  referral_id BIGINT(20) UNSIGNED NOT NULL DEFAULT '0',
  amount DECIMAL(24,6) DEFAULT NULL,
  line_amount DECIMAL(24,6) DEFAULT NULL,
  currency_id CHAR(3) DEFAULT NULL,
  rate_id BIGINT(20) UNSIGNED DEFAULT NULL,
  type VARCHAR(20) NULL,
  reference VARCHAR(100) DEFAULT NULL,
  object_id BIGINT(20) UNSIGNED DEFAULT NULL,
  PRIMARY KEY (referral_item_id),
  INDEX referral_id (referral_id),
  INDEX reference (reference(20)),
  INDEX object_id (object_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_aff_hits` (
  hit_id BIGINT(20) UNSIGNED NOT NULL auto_increment,
  hash CHAR(64) DEFAULT NULL,
  affiliate_id BIGINT(20) UNSIGNED NOT NULL DEFAULT '0',
  campaign_id BIGINT(20) UNSIGNED DEFAULT NULL,
  date DATE NOT NULL,
  datetime DATETIME NOT NULL,
  ip INT(10) UNSIGNED NOT NULL DEFAULT 0,
  src_uri_id BIGINT(20) UNSIGNED DEFAULT NULL,
  dest_uri_id BIGINT(20) UNSIGNED DEFAULT NULL,
  user_agent_id BIGINT(20) UNSIGNED DEFAULT NULL,
  is_robot TINYINT DEFAULT 0,
  user_id BIGINT(20) UNSIGNED DEFAULT NULL,
  type VARCHAR(10) DEFAULT NULL,
  PRIMARY KEY (hit_id),
  INDEX hash (hash),
  INDEX idx_date (date),
  INDEX aff_hits_acm (affiliate_id, campaign_id),
  INDEX aff_hits_src_uri (src_uri_id),
  INDEX aff_hits_dest_uri (dest_uri_id),
  INDEX aff_hits_ua (user_agent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_aff_uris` (
  uri_id BIGINT(20) UNSIGNED NOT NULL auto_increment,
  uri VARCHAR(2048) NOT NULL,
  type VARCHAR(10) DEFAULT NULL,
  PRIMARY KEY (uri_id),
  INDEX uri (uri(100)),
  INDEX type (type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_aff_user_agents` (
  user_agent_id BIGINT(20) UNSIGNED NOT NULL auto_increment,
  user_agent VARCHAR(255) NOT NULL,
  PRIMARY KEY (user_agent_id),
  INDEX user_agent (user_agent(32))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_aff_robots` (
  robot_id BIGINT(20) UNSIGNED NOT NULL auto_increment,
  name VARCHAR(100) NOT NULL,
  PRIMARY KEY (robot_id),
  INDEX aff_robots_n (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_aff_affiliates_users` (
  affiliate_id BIGINT(20) UNSIGNED NOT NULL,
  user_id BIGINT(20) UNSIGNED NOT NULL,
  PRIMARY KEY (affiliate_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

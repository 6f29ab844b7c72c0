-- SliceWP 1.2.10 (affiliate programme plugin, free edition), the create_table() queries of slicewp/includes/base/*/class-object-*db-*.php
-- github.com/WordPressBugBounty/plugins-slicewp (mirror of the wordpress.org plugin) commit 0cf1ce23c35b61fb99b24c14a23cd0c3db3949db (GPL-2.0-or-later); prefix wp_

CREATE TABLE `wp_slicewp_affiliates` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  user_id bigint(20) NOT NULL,
  date_created datetime NOT NULL,
  date_modified datetime NOT NULL,
  payment_email mediumtext NOT NULL,
  website mediumtext NOT NULL,
  status tinytext NOT NULL,
  parent_id bigint(20) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_affiliate_meta` (
  meta_id bigint(20) NOT NULL AUTO_INCREMENT,
  slicewp_affiliate_id bigint(20) NOT NULL DEFAULT '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY slicewp_affiliate_id (slicewp_affiliate_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_customers` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  user_id bigint(20) NOT NULL,
  email mediumtext NOT NULL,
  first_name mediumtext NOT NULL,
  last_name mediumtext NOT NULL,
  affiliate_id bigint(20) NOT NULL,
  date_created datetime NOT NULL,
  date_modified datetime NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_customer_meta` (
  meta_id bigint(20) NOT NULL AUTO_INCREMENT,
  slicewp_customer_id bigint(20) NOT NULL DEFAULT '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY slicewp_customer_id (slicewp_customer_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_visits` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  affiliate_id bigint(20) NOT NULL,
  date_created datetime NOT NULL,
  date_modified datetime NOT NULL,
  ip_address mediumtext NOT NULL,
  landing_url mediumtext NOT NULL,
  referrer_url mediumtext NOT NULL,
  commission_id bigint(20) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_commissions` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  affiliate_id bigint(20) NOT NULL,
  visit_id bigint(20) NOT NULL,
  date_created datetime NOT NULL,
  date_modified datetime NOT NULL,
  type tinytext NOT NULL,
  status tinytext NOT NULL,
  reference text NOT NULL,
  reference_amount mediumtext NOT NULL,
  customer_id bigint(20) NOT NULL,
  origin mediumtext,
  amount mediumtext NOT NULL,
  parent_id bigint(20) NOT NULL,
  payment_id bigint(20) NOT NULL,
  currency char(3) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_commission_meta` (
  meta_id bigint(20) NOT NULL AUTO_INCREMENT,
  slicewp_commission_id bigint(20) NOT NULL DEFAULT '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY slicewp_commission_id (slicewp_commission_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_payouts` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  originator_user_id bigint(20) NOT NULL,
  date_created datetime NOT NULL,
  date_modified datetime NOT NULL,
  amount mediumtext NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_payout_meta` (
  meta_id bigint(20) NOT NULL AUTO_INCREMENT,
  slicewp_payout_id bigint(20) NOT NULL DEFAULT '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY slicewp_payout_id (slicewp_payout_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_payments` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  affiliate_id bigint(20) NOT NULL,
  commission_ids longtext NOT NULL,
  amount mediumtext NOT NULL,
  currency char(3) NOT NULL,
  originator_user_id bigint(20) NOT NULL,
  payout_method tinytext NOT NULL,
  status tinytext NOT NULL,
  payout_id bigint(20) NOT NULL,
  date_created datetime NOT NULL,
  date_modified datetime NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_payment_meta` (
  meta_id bigint(20) NOT NULL AUTO_INCREMENT,
  slicewp_payment_id bigint(20) NOT NULL DEFAULT '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY slicewp_payment_id (slicewp_payment_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_creatives` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  name text NOT NULL,
  description longtext NOT NULL,
  date_created datetime NOT NULL,
  date_modified datetime NOT NULL,
  type tinytext NOT NULL,
  image_url text NOT NULL,
  alt_text text NOT NULL,
  text text NOT NULL,
  landing_url text NOT NULL,
  status tinytext NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_notes` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  object_context mediumtext NOT NULL,
  object_id bigint(20),
  user_id bigint(20) NOT NULL,
  date_created datetime NOT NULL,
  note_content longtext NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_collections` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  object_context tinytext NOT NULL,
  type tinytext NOT NULL,
  name mediumtext NOT NULL,
  date_created datetime NOT NULL,
  date_modified datetime NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_collection_meta` (
  meta_id bigint(20) NOT NULL AUTO_INCREMENT,
  slicewp_collection_id bigint(20) NOT NULL DEFAULT '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY (meta_id),
  KEY slicewp_collection_id (slicewp_collection_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_slicewp_collection_object_relationships` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  collection_id bigint(20) NOT NULL,
  object_id bigint(20) NOT NULL,
  object_context tinytext NOT NULL,
  date_created datetime NOT NULL,
  date_modified datetime NOT NULL,
  PRIMARY KEY (id),
  KEY collection_id (collection_id),
  KEY object_id (object_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

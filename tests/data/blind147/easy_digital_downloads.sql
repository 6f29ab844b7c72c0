-- Easy Digital Downloads (awesomemotive/easy-digital-downloads), GPL-2.0-or-later.
-- The plugin's 29 custom tables as created by src/Database/Tables/*.php (set_schema()) at commit
-- 37ae05451143731596927388fef933c30a624679, with the default WordPress table prefix wp_ and the plugin prefix edd_.
-- Column definitions and keys copied verbatim ({$max_index_length} = 191); upstream declares no foreign keys.

-- table version 202303220
CREATE TABLE `wp_edd_customers` (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  user_id bigint(20) unsigned NOT NULL default '0',
  email varchar(100) NOT NULL default '',
  name varchar(255) NOT NULL default '',
  status varchar(20) NOT NULL default '',
  purchase_value decimal(18,9) NOT NULL default '0',
  purchase_count bigint(20) unsigned NOT NULL default '0',
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  UNIQUE KEY email (email),
  KEY user (user_id),
  KEY status (status(20)),
  KEY date_created (date_created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 201807111
CREATE TABLE `wp_edd_customermeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_customer_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY edd_customer_id (edd_customer_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202004051
CREATE TABLE `wp_edd_customer_addresses` (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  customer_id bigint(20) unsigned NOT NULL default '0',
  is_primary tinyint(1) signed NOT NULL default '0',
  type varchar(20) NOT NULL default 'billing',
  status varchar(20) NOT NULL default 'active',
  name mediumtext NOT NULL,
  address mediumtext NOT NULL,
  address2 mediumtext NOT NULL,
  city mediumtext NOT NULL,
  region mediumtext NOT NULL,
  postal_code varchar(32) NOT NULL default '',
  country mediumtext NOT NULL,
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY customer_is_primary (customer_id, is_primary),
  KEY type (type(20)),
  KEY status (status(20)),
  KEY date_created (date_created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202002141
CREATE TABLE `wp_edd_customer_email_addresses` (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  customer_id bigint(20) unsigned NOT NULL default '0',
  type varchar(20) NOT NULL default 'secondary',
  status varchar(20) NOT NULL default 'active',
  email varchar(100) NOT NULL default '',
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY customer (customer_id),
  KEY email (email),
  KEY type (type(20)),
  KEY status (status(20)),
  KEY date_created (date_created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202307111
CREATE TABLE `wp_edd_orders` (
  id bigint(20) unsigned NOT NULL auto_increment,
  parent bigint(20) unsigned NOT NULL default '0',
  order_number varchar(255) NOT NULL default '',
  status varchar(20) NOT NULL default 'pending',
  type varchar(20) NOT NULL default 'sale',
  user_id bigint(20) unsigned NOT NULL default '0',
  customer_id bigint(20) unsigned NOT NULL default '0',
  email varchar(100) NOT NULL default '',
  ip varchar(60) NOT NULL default '',
  gateway varchar(100) NOT NULL default 'manual',
  mode varchar(20) NOT NULL default '',
  currency varchar(20) NOT NULL default '',
  payment_key varchar(64) NOT NULL default '',
  tax_rate_id bigint(20) DEFAULT NULL,
  subtotal decimal(18,9) NOT NULL default '0',
  discount decimal(18,9) NOT NULL default '0',
  tax decimal(18,9) NOT NULL default '0',
  total decimal(18,9) NOT NULL default '0',
  rate decimal(10,5) NOT NULL DEFAULT 1.00000,
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  date_completed datetime default null,
  date_refundable datetime default null,
  date_actions_run datetime default null,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY order_number (order_number(191)),
  KEY status_type (status, type),
  KEY user_id (user_id),
  KEY customer_id (customer_id),
  KEY email (email(100)),
  KEY payment_key (payment_key(64)),
  KEY date_created_completed (date_created,date_completed),
  KEY currency (currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 201805221
CREATE TABLE `wp_edd_ordermeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_order_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY edd_order_id (edd_order_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202110141
CREATE TABLE `wp_edd_order_items` (
  id bigint(20) unsigned NOT NULL auto_increment,
  parent bigint(20) unsigned NOT NULL default '0',
  order_id bigint(20) unsigned NOT NULL default '0',
  product_id bigint(20) unsigned NOT NULL default '0',
  product_name text NOT NULL default '',
  price_id bigint(20) unsigned default null,
  cart_index bigint(20) unsigned NOT NULL default '0',
  type varchar(20) NOT NULL default 'download',
  status varchar(20) NOT NULL default 'pending',
  quantity int signed NOT NULL default '0',
  amount decimal(18,9) NOT NULL default '0',
  subtotal decimal(18,9) NOT NULL default '0',
  discount decimal(18,9) NOT NULL default '0',
  tax decimal(18,9) NOT NULL default '0',
  total decimal(18,9) NOT NULL default '0',
  rate decimal(10,5) NOT NULL DEFAULT 1.00000,
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY order_product_price_id (order_id,product_id,price_id),
  KEY type_status (type(20),status(20)),
  KEY parent (parent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 201805221
CREATE TABLE `wp_edd_order_itemmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_order_item_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY edd_order_item_id (edd_order_item_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202002141
CREATE TABLE `wp_edd_order_addresses` (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  order_id bigint(20) unsigned NOT NULL default '0',
  type varchar(20) NOT NULL default 'billing',
  name mediumtext NOT NULL,
  address mediumtext NOT NULL,
  address2 mediumtext NOT NULL,
  city mediumtext NOT NULL,
  region mediumtext NOT NULL,
  postal_code varchar(32) NOT NULL default '',
  country mediumtext NOT NULL,
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY order_id (order_id),
  KEY city (city(191)),
  KEY region (region(191)),
  KEY postal_code (postal_code(32)),
  KEY country (country(191)),
  KEY date_created (date_created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202502281
CREATE TABLE `wp_edd_order_adjustments` (
  id bigint(20) unsigned NOT NULL auto_increment,
  parent bigint(20) unsigned NOT NULL default '0',
  object_id bigint(20) unsigned NOT NULL default '0',
  object_type varchar(20) DEFAULT NULL,
  type_id bigint(20) unsigned DEFAULT NULL,
  type varchar(20) DEFAULT NULL,
  type_key varchar(255) DEFAULT NULL,
  description varchar(255) DEFAULT NULL,
  subtotal decimal(18,9) NOT NULL default '0',
  tax decimal(18,9) NOT NULL default '0',
  total decimal(18,9) NOT NULL default '0',
  rate decimal(10,5) NOT NULL DEFAULT 1.00000,
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY object_id_type (object_id,object_type(20)),
  KEY date_created (date_created),
  KEY parent (parent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 201805221
CREATE TABLE `wp_edd_order_adjustmentmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_order_adjustment_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY edd_order_adjustment_id (edd_order_adjustment_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202205241
CREATE TABLE `wp_edd_order_transactions` (
  id bigint(20) unsigned NOT NULL auto_increment,
  object_id bigint(20) unsigned NOT NULL default '0',
  object_type varchar(20) NOT NULL default '',
  transaction_id varchar(256) NOT NULL default '',
  gateway varchar(20) NOT NULL default '',
  status varchar(20) NOT NULL default '',
  total decimal(18,9) NOT NULL default '0',
  rate decimal(10,5) NOT NULL DEFAULT 1.00000,
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY transaction_id (transaction_id(64)),
  KEY gateway (gateway(20)),
  KEY status (status(20)),
  KEY date_created (date_created),
  KEY object_type_object_id (object_type, object_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202307311
CREATE TABLE `wp_edd_adjustments` (
  id bigint(20) unsigned NOT NULL auto_increment,
  parent bigint(20) unsigned NOT NULL default '0',
  name varchar(200) NOT NULL default '',
  code varchar(50) NOT NULL default '',
  status varchar(20) NOT NULL default '',
  type varchar(20) NOT NULL default '',
  scope varchar(20) NOT NULL default 'all',
  amount_type varchar(20) NOT NULL default '',
  amount decimal(18,9) NOT NULL default '0',
  description longtext NOT NULL default '',
  max_uses bigint(20) unsigned NOT NULL default '0',
  use_count bigint(20) unsigned NOT NULL default '0',
  once_per_customer int(1) NOT NULL default '0',
  min_charge_amount decimal(18,9) NOT NULL default '0',
  start_date datetime default null,
  end_date datetime default null,
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY type_status (type(20), status(20)),
  KEY type_status_dates (type(20), status(20), start_date, end_date),
  KEY code (code),
  KEY date_created (date_created),
  KEY date_start_end (start_date,end_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 201806142
CREATE TABLE `wp_edd_adjustmentmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_adjustment_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY edd_adjustment_id (edd_adjustment_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202002141
CREATE TABLE `wp_edd_notes` (
  id bigint(20) unsigned NOT NULL auto_increment,
  object_id bigint(20) unsigned NOT NULL default '0',
  object_type varchar(20) NOT NULL default '',
  user_id bigint(20) unsigned NOT NULL default '0',
  content longtext NOT NULL default '',
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY object_id_type (object_id,object_type(20)),
  KEY user_id (user_id),
  KEY date_created (date_created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 201805221
CREATE TABLE `wp_edd_notemeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_note_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY edd_note_id (edd_note_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202002141
CREATE TABLE `wp_edd_logs` (
  id bigint(20) unsigned NOT NULL auto_increment,
  object_id bigint(20) unsigned NOT NULL default '0',
  object_type varchar(20) DEFAULT NULL,
  user_id bigint(20) unsigned NOT NULL default '0',
  type varchar(20) DEFAULT NULL,
  title varchar(200) DEFAULT NULL,
  content longtext DEFAULT NULL,
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY object_id_type (object_id,object_type(20)),
  KEY user_id (user_id),
  KEY type (type(20)),
  KEY date_created (date_created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 201805221
CREATE TABLE `wp_edd_logmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_log_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY edd_log_id (edd_log_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202002141
CREATE TABLE `wp_edd_logs_api_requests` (
  id bigint(20) unsigned NOT NULL auto_increment,
  user_id bigint(20) unsigned NOT NULL default '0',
  api_key varchar(32) NOT NULL default 'public',
  token varchar(32) NOT NULL default '',
  version varchar(32) NOT NULL default '',
  request longtext NOT NULL default '',
  error longtext NOT NULL default '',
  ip varchar(60) NOT NULL default '',
  time varchar(60) NOT NULL default '',
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY user_id (user_id),
  KEY date_created (date_created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 201907291
CREATE TABLE `wp_edd_logs_api_requestmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_logs_api_request_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY edd_logs_api_request_id (edd_logs_api_request_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202002141
CREATE TABLE `wp_edd_logs_file_downloads` (
  id bigint(20) unsigned NOT NULL auto_increment,
  product_id bigint(20) unsigned NOT NULL default '0',
  file_id bigint(20) unsigned NOT NULL default '0',
  order_id bigint(20) unsigned NOT NULL default '0',
  price_id bigint(20) unsigned NOT NULL default '0',
  customer_id bigint(20) unsigned NOT NULL default '0',
  ip varchar(60) NOT NULL default '',
  user_agent varchar(200) NOT NULL default '',
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY customer_id (customer_id),
  KEY product_id (product_id),
  KEY date_created (date_created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 201907291
CREATE TABLE `wp_edd_logs_file_downloadmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_logs_file_download_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY edd_logs_file_download_id (edd_logs_file_download_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202310270
CREATE TABLE `wp_edd_emails` (
  id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  email_id varchar(32) NOT NULL,
  context varchar(32) NOT NULL DEFAULT 'order',
  sender varchar(32) NOT NULL DEFAULT 'edd',
  recipient varchar(32) NOT NULL DEFAULT 'customer',
  subject text NOT NULL,
  heading text DEFAULT NULL,
  content longtext NOT NULL,
  status tinyint(1) UNSIGNED NOT NULL DEFAULT 0,
  date_created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY email_id (email_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202311040
CREATE TABLE `wp_edd_emailmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_email_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY email_id (edd_email_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202311100
CREATE TABLE `wp_edd_logs_emails` (
  id bigint(20) unsigned NOT NULL auto_increment,
  object_id bigint(20) unsigned NOT NULL default '0',
  object_type varchar(20) NOT NULL DEFAULT 'customer',
  email varchar(100) NOT NULL default '',
  email_id varchar(32) NOT NULL,
  subject varchar(200) NOT NULL,
  date_created datetime NOT NULL default CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL default CURRENT_TIMESTAMP,
  uuid varchar(100) NOT NULL default '',
  PRIMARY KEY (id),
  KEY object_id_type (object_id,object_type(20)),
  KEY email_id (email_id),
  KEY date_created (date_created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202311100
CREATE TABLE `wp_edd_logs_emailmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  edd_logs_email_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) DEFAULT NULL,
  meta_value longtext DEFAULT NULL,
  PRIMARY KEY (meta_id),
  KEY edd_logs_email_id (edd_logs_email_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202303220
CREATE TABLE `wp_edd_notifications` (
  id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  remote_id varchar(20) DEFAULT NULL,
  source varchar(20) NOT NULL DEFAULT 'api',
  title text NOT NULL,
  content longtext NOT NULL,
  buttons longtext DEFAULT NULL,
  type varchar(64) NOT NULL DEFAULT 'success',
  conditions longtext DEFAULT NULL,
  start datetime DEFAULT NULL,
  end datetime DEFAULT NULL,
  dismissed tinyint(1) UNSIGNED NOT NULL DEFAULT 0,
  date_created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  date_updated datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY dismissed_start_end (dismissed, start, end),
  KEY remote_id (remote_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202311090
CREATE TABLE `wp_edd_sessions` (
  session_id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  session_key varchar(64) NOT NULL,
  session_value longtext NOT NULL,
  session_expiry bigint(20) UNSIGNED NOT NULL,
  PRIMARY KEY (session_id),
  KEY session_key (session_key),
  KEY session_expiry (session_expiry)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- table version 202501140
CREATE TABLE `wp_edd_tax_rates` (
  id bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  country varchar(64) DEFAULT NULL,
  state varchar(64) DEFAULT NULL,
  amount decimal(18,9) NOT NULL DEFAULT 0,
  scope varchar(20) NOT NULL DEFAULT 'country',
  status varchar(20) NOT NULL DEFAULT 'active',
  source varchar(20) NOT NULL DEFAULT 'manual',
  date_created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  date_modified datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY country_state (country, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

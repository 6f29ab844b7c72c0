-- Zen Cart 2.2 (e-commerce shop: customers and their address book, account info, login/reset tokens and customer
-- groups; shopping baskets; orders with their products, totals and status history; PayPal IPN and Authorize.net
-- payment records; discount coupons and gift vouchers (GV balances, release queue, redemptions, e-mails sent);
-- product reviews; product notifications; newsletters; the e-mail archive; who's online and PHP sessions; admin
-- users, profiles, one-time codes and the admin activity log; configuration and lookups), trimmed from
-- github.com/zencart/zencart zc_install/sql/install/mysql_zencart.sql, commit 0306c470b6e10cecc86489226951ff9534a6b773
-- (2026-08-19; file header "Modified in v2.2.1"), licence GPL-2.0 (Portions Copyright 2003 osCommerce).
-- Column names, types and defaults as upstream; ENGINE options, non-unique indexes, the DROP TABLE statements and
-- the seed INSERTs left out (the table COMMENT of files_uploaded is upstream's). Upstream has no column comments
-- and declares no foreign keys (MyISAM tables); primary and unique keys are kept. 38 of upstream's 111 tables are
-- kept: left out are the catalogue (products and its attributes, options, categories, specials, featured,
-- salemaker, media, music/record extras, EZ-pages, meta tags, product types), banners, counters, tax and geo
-- zones, currencies, languages, address formats, layout/template settings, plugin and admin menu/page
-- registries, orders_products_attributes/_download, the PayPal session/status-history side tables and the
-- upgrade/version bookkeeping.
-- Glossary: `customers_id` / `customer_id` is the shop customer (table customers); `admin_id` / `admin_name` an
-- admin (staff) user of the back office. `address_book` holds each customer's addresses (`entry_*` columns,
-- `entry_suburb` is the second address line, `entry_zone_id` the state/province from zones);
-- `customers_default_address_id` points at one of them. `customers_info.customers_info_id` equals
-- `customers_id` (one-to-one extension). `customers_nick` is the customer's forum (phpBB) nickname;
-- `customers_secret` the per-customer HMAC secret used when an admin logs in as the customer ("Emulate Admin
-- Login"); `customers_auth_tokens` the tokens of that admin log-in as a customer. `customers_authorization`:
-- 0 approved, 1 must be authorized to browse, 2 no prices, 3 no checkout until authorized, 4 banned;
-- `activation_required`: waiting for e-mail activation; `customers_email_format`: HTML, TEXT, NONE or OUT
-- (opted out of all e-mails); `customers_newsletter`: newsletter subscription; `customers_referral`: the referral
-- (coupon) code given at sign-up; `customers_group_pricing` / `customers_to_groups`: discount and customer
-- groups; `customers_whole` / `is_wholesale`: wholesale pricing level; `customers_paypal_ec`: account created
-- only for a PayPal Express Checkout (temporary); `customers_paypal_payerid`: the PayPal payer id.
-- In orders the customer's, delivery and billing names and addresses are copied at checkout; `cc_*` card data
-- (if a card module stores it); `paypal_ipn_id` points at the paypal row. `orders_status_history` holds each
-- status change, its comments (also the customer's checkout comments) and whether the customer was notified by
-- e-mail; `updated_by` is the admin's name who made it (empty: the customer). `orders_total` holds the order's
-- total lines (`class` ot_subtotal, ot_shipping, ot_tax, ot_coupon, ot_gv, ot_total …). `coupons` with
-- coupon_type G are gift vouchers (GV); `coupon_gv_customer` a customer's GV balance, `coupon_gv_queue` GVs bought
-- awaiting release, `coupon_email_track` coupons/GVs e-mailed (by a customer sending a GV to a friend, or by the
-- admin: `customer_id_sent` 0, `sent_firstname` 'Admin'). `whos_online` is the visitors currently on the site
-- (`time_entry`, `time_last_click` Unix times as text); `sessions` PHP sessions (`sesskey`, Unix `expiry`,
-- serialized `value`); `files_uploaded` files a customer uploaded as a product option. `admin.mfa` holds the
-- admin's two-factor (TOTP) settings, `admin_expired_tokens` one-time codes already used; `admin_activity_log`
-- logs each admin page access with its parameters, gzipped POST data (`gzpost`), `attention` notes and
-- `severity`. `email_archive` copies every e-mail sent (`module`: which feature sent it). `paypal` holds PayPal IPN
-- notifications (payer data; `business` / `receiver_*` is the shop's own PayPal account); `authorizenet` the
-- requests sent to and responses received from Authorize.net.

CREATE TABLE admin (
  admin_id int(11) NOT NULL auto_increment,
  admin_name varchar(32) NOT NULL default '',
  admin_email varchar(96) NOT NULL default '',
  admin_profile int(11) NOT NULL default 0,
  admin_pass varchar(255) NOT NULL default '',
  prev_pass1 varchar(255) NOT NULL default '',
  prev_pass2 varchar(255) NOT NULL default '',
  prev_pass3 varchar(255) NOT NULL default '',
  pwd_last_change_date datetime NOT NULL default '0001-01-01 00:00:00',
  reset_token varchar(255) NOT NULL default '',
  last_modified datetime NOT NULL default '0001-01-01 00:00:00',
  last_login_date datetime NOT NULL default '0001-01-01 00:00:00',
  last_login_ip varchar(45) NOT NULL default '',
  failed_logins smallint(4) unsigned NOT NULL default 0,
  lockout_expires int(11) NOT NULL default 0,
  last_failed_attempt datetime NOT NULL default '0001-01-01 00:00:00',
  last_failed_ip varchar(45) NOT NULL default '',
  mfa TEXT DEFAULT NULL,
  dashboard_layout TEXT NULL,
  PRIMARY KEY (admin_id)
);

CREATE TABLE admin_activity_log (
  log_id bigint(15) NOT NULL auto_increment,
  access_date datetime NOT NULL default '0001-01-01 00:00:00',
  admin_id int(11) NOT NULL default 0,
  page_accessed varchar(80) NOT NULL default '',
  page_parameters text,
  ip_address varchar(45) NOT NULL default '',
  flagged tinyint NOT NULL default 0,
  attention MEDIUMTEXT,
  gzpost mediumblob,
  logmessage mediumtext NOT NULL,
  severity varchar(9) NOT NULL default 'info',
  PRIMARY KEY (log_id)
);

CREATE TABLE admin_expired_tokens (
  admin_name varchar(44) NOT NULL default '',
  otp_code varchar(32) NOT NULL default '',
  used_date timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (used_date, otp_code, admin_name)
);

CREATE TABLE admin_profiles (
  profile_id int(11) NOT NULL AUTO_INCREMENT,
  profile_name varchar(191) NOT NULL default '',
  PRIMARY KEY (profile_id),
  UNIQUE KEY idx_profile_name_zen (profile_name)
);

CREATE TABLE address_book (
  address_book_id int(11) NOT NULL auto_increment,
  customers_id int(11) NOT NULL default 0,
  entry_gender char(1) NOT NULL default '',
  entry_company varchar(64) default NULL,
  entry_firstname varchar(32) NOT NULL default '',
  entry_lastname varchar(32) NOT NULL default '',
  entry_street_address varchar(128) NOT NULL default '',
  entry_suburb varchar(128) default NULL,
  entry_postcode varchar(64) NOT NULL default '',
  entry_city varchar(128) NOT NULL default '',
  entry_state varchar(128) default NULL,
  entry_country_id int(11) NOT NULL default 0,
  entry_zone_id int(11) NOT NULL default 0,
  PRIMARY KEY (address_book_id)
);

CREATE TABLE authorizenet (
  id int(11) unsigned NOT NULL auto_increment,
  customer_id int(11) NOT NULL default 0,
  order_id int(11) NOT NULL default 0,
  response_code int(1) NOT NULL default 0,
  response_text varchar(255) NOT NULL default '',
  authorization_type varchar(50) NOT NULL default '',
  transaction_id varchar(32) default NULL,
  sent longtext NOT NULL,
  received longtext NOT NULL,
  time varchar(50) NOT NULL default '',
  session_id varchar(255) NOT NULL default '',
  PRIMARY KEY (id)
);

CREATE TABLE configuration (
  configuration_id int(11) NOT NULL auto_increment,
  configuration_title text NOT NULL,
  configuration_key varchar(180) NOT NULL default '',
  configuration_value text NOT NULL,
  configuration_description text NOT NULL,
  configuration_group_id int(11) NOT NULL default 0,
  sort_order int(5) default NULL,
  last_modified datetime default NULL,
  date_added datetime NOT NULL default '0001-01-01 00:00:00',
  use_function text default NULL,
  set_function text default NULL,
  val_function text default NULL,
  is_template_setting tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (configuration_id),
  UNIQUE KEY unq_config_key_zen (configuration_key)
);

CREATE TABLE countries (
  countries_id int(11) NOT NULL auto_increment,
  countries_name varchar(64) NOT NULL default '',
  countries_iso_code_2 char(2) NOT NULL default '',
  countries_iso_code_3 char(3) NOT NULL default '',
  address_format_id int(11) NOT NULL default 0,
  status tinyint(1) default 1,
  PRIMARY KEY (countries_id)
);

CREATE TABLE coupon_email_track (
  unique_id int(11) NOT NULL auto_increment,
  coupon_id int(11) NOT NULL default 0,
  customer_id_sent int(11) NOT NULL default 0,
  sent_firstname varchar(32) default NULL,
  sent_lastname varchar(32) default NULL,
  emailed_to varchar(96) default NULL,
  date_sent datetime NOT NULL default '0001-01-01 00:00:00',
  PRIMARY KEY (unique_id)
);

CREATE TABLE coupon_gv_customer (
  customer_id int(5) NOT NULL default 0,
  amount decimal(15,4) NOT NULL default 0,
  PRIMARY KEY (customer_id)
);

CREATE TABLE coupon_gv_queue (
  unique_id int(5) NOT NULL auto_increment,
  customer_id int(5) NOT NULL default 0,
  order_id int(5) NOT NULL default 0,
  amount decimal(15,4) NOT NULL default 0,
  date_created datetime NOT NULL default '0001-01-01 00:00:00',
  ipaddr varchar(45) NOT NULL default '',
  release_flag char(1) NOT NULL default 'N',
  PRIMARY KEY (unique_id)
);

CREATE TABLE coupon_redeem_track (
  unique_id int(11) NOT NULL auto_increment,
  coupon_id int(11) NOT NULL default 0,
  customer_id int(11) NOT NULL default 0,
  redeem_date datetime NOT NULL default '0001-01-01 00:00:00',
  redeem_ip varchar(45) NOT NULL default '',
  order_id int(11) NOT NULL default 0,
  PRIMARY KEY (unique_id)
);

CREATE TABLE coupons (
  coupon_id int(11) NOT NULL auto_increment,
  coupon_type char(1) NOT NULL default 'F',
  coupon_code varchar(32) NOT NULL default '',
  coupon_amount decimal(15,4) NOT NULL default 0,
  coupon_minimum_order decimal(15,4) NOT NULL default 0,
  coupon_start_date datetime NOT NULL default '0001-01-01 00:00:00',
  coupon_expire_date datetime NOT NULL default '0001-01-01 00:00:00',
  uses_per_coupon int(5) NOT NULL default 1,
  uses_per_user int(5) NOT NULL default 0,
  restrict_to_products varchar(255) default NULL,
  restrict_to_categories varchar(255) default NULL,
  restrict_to_customers text,
  coupon_active char(1) NOT NULL default 'Y',
  date_created datetime NOT NULL default '0001-01-01 00:00:00',
  date_modified datetime NOT NULL default '0001-01-01 00:00:00',
  coupon_zone_restriction int(11) NOT NULL default 0,
  coupon_calc_base tinyint(1) NOT NULL DEFAULT 0,
  coupon_order_limit int(4) NOT NULL default 0,
  coupon_is_valid_for_sales tinyint(1) NOT NULL DEFAULT 1,
  coupon_product_count tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (coupon_id)
);

CREATE TABLE customers (
  customers_id int(11) NOT NULL auto_increment,
  customers_gender char(1) NOT NULL default '',
  customers_firstname varchar(32) NOT NULL default '',
  customers_lastname varchar(32) NOT NULL default '',
  customers_dob datetime NOT NULL default '0001-01-01 00:00:00',
  customers_email_address varchar(96) NOT NULL default '',
  customers_nick varchar(96) NOT NULL default '',
  customers_default_address_id int(11) NOT NULL default 0,
  customers_telephone varchar(32) NOT NULL default '',
  customers_fax varchar(32) default NULL,
  customers_password varchar(255) NOT NULL default '',
  customers_secret varchar(64) NOT NULL default '',
  customers_newsletter char(1) default NULL,
  customers_group_pricing int(11) NOT NULL default 0,
  customers_email_format varchar(4) NOT NULL default 'TEXT',
  customers_authorization int(1) NOT NULL default 0,
  activation_required tinyint(1) NOT NULL DEFAULT 0,
  welcome_email_sent tinyint(1) DEFAULT NULL,
  customers_referral varchar(32) NOT NULL default '',
  registration_ip varchar(45) NOT NULL default '',
  last_login_ip varchar(45) NOT NULL default '',
  customers_paypal_payerid VARCHAR(20) NOT NULL default '',
  customers_paypal_ec TINYINT(1) UNSIGNED DEFAULT 0 NOT NULL,
  customers_whole tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (customers_id)
);

CREATE TABLE customers_auth_tokens (
  customers_id int(11) NOT NULL,
  email_address varchar(96) NOT NULL,
  token varchar(100) NOT NULL DEFAULT '',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (customers_id)
);

CREATE TABLE customers_basket (
  customers_basket_id int(11) NOT NULL auto_increment,
  customers_id int(11) NOT NULL default 0,
  products_id tinytext NOT NULL,
  customers_basket_quantity float NOT NULL default 0,
  customers_basket_date_added varchar(8) default NULL,
  PRIMARY KEY (customers_basket_id)
);

CREATE TABLE customers_basket_attributes (
  customers_basket_attributes_id int(11) NOT NULL auto_increment,
  customers_id int(11) NOT NULL default 0,
  products_id tinytext NOT NULL,
  products_options_id varchar(64) NOT NULL default '0',
  products_options_value_id int(11) NOT NULL default 0,
  products_options_value_text BLOB NULL,
  products_options_sort_order text NOT NULL,
  PRIMARY KEY (customers_basket_attributes_id)
);

CREATE TABLE customers_info (
  customers_info_id int(11) NOT NULL default 0,
  customers_info_date_of_last_logon datetime default NULL,
  customers_info_number_of_logons int(5) default NULL,
  customers_info_date_account_created datetime default NULL,
  customers_info_date_account_last_modified datetime default NULL,
  global_product_notifications int(1) default 0,
  PRIMARY KEY (customers_info_id)
);

CREATE TABLE customer_groups (
  group_id int UNSIGNED NOT NULL AUTO_INCREMENT,
  group_name varchar(191) NOT NULL,
  group_comment varchar(255),
  date_added timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (group_id),
  UNIQUE KEY idx_groupname_zen (group_name)
);

CREATE TABLE customer_password_reset_tokens (
  customer_id int(11) NOT NULL default 0,
  token varchar(100) NOT NULL default '',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (token, customer_id)
);

CREATE TABLE customers_to_groups (
  id int UNSIGNED NOT NULL AUTO_INCREMENT,
  group_id int UNSIGNED NOT NULL,
  customer_id int UNSIGNED NOT NULL,
  date_added timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY idx_custid_groupid_zen (customer_id, group_id)
);

CREATE TABLE email_archive (
  archive_id int(11) NOT NULL auto_increment,
  email_to_name varchar(96) NOT NULL default '',
  email_to_address varchar(96) NOT NULL default '',
  email_from_name varchar(96) NOT NULL default '',
  email_from_address varchar(96) NOT NULL default '',
  email_subject varchar(255) NOT NULL default '',
  email_html text NOT NULL,
  email_text text NOT NULL,
  date_sent datetime NOT NULL default '0001-01-01 00:00:00',
  module varchar(64) NOT NULL default '',
  errorinfo TEXT DEFAULT NULL,
  PRIMARY KEY (archive_id)
);

CREATE TABLE files_uploaded (
  files_uploaded_id int(11) NOT NULL auto_increment,
  sesskey varchar(32) default NULL,
  customers_id int(11) default NULL,
  files_uploaded_name varchar(64) NOT NULL default '',
  PRIMARY KEY (files_uploaded_id)
) COMMENT='Must always have either a sesskey or customers_id';

CREATE TABLE manufacturers (
  manufacturers_id int(11) NOT NULL auto_increment,
  manufacturers_name varchar(32) NOT NULL default '',
  manufacturers_image varchar(255) default NULL,
  date_added datetime default NULL,
  last_modified datetime default NULL,
  featured tinyint default 0,
  PRIMARY KEY (manufacturers_id)
);

CREATE TABLE newsletters (
  newsletters_id int(11) NOT NULL auto_increment,
  title varchar(255) NOT NULL default '',
  content text NOT NULL,
  content_html text NOT NULL,
  module varchar(255) NOT NULL default '',
  date_added datetime NOT NULL default '0001-01-01 00:00:00',
  date_sent datetime default NULL,
  status int(1) default NULL,
  locked int(1) default 0,
  PRIMARY KEY (newsletters_id)
);

CREATE TABLE orders (
  orders_id int(11) NOT NULL auto_increment,
  customers_id int(11) NOT NULL default 0,
  customers_name varchar(64) NOT NULL default '',
  customers_company varchar(64) default NULL,
  customers_street_address varchar(128) NOT NULL default '',
  customers_suburb varchar(128) default NULL,
  customers_city varchar(128) NOT NULL default '',
  customers_postcode varchar(64) NOT NULL default '',
  customers_state varchar(128) default NULL,
  customers_country varchar(64) NOT NULL default '',
  customers_telephone varchar(32) NOT NULL default '',
  customers_email_address varchar(96) NOT NULL default '',
  customers_address_format_id int(5) NOT NULL default 0,
  delivery_name varchar(64) NOT NULL default '',
  delivery_company varchar(64) default NULL,
  delivery_street_address varchar(128) NOT NULL default '',
  delivery_suburb varchar(128) default NULL,
  delivery_city varchar(128) NOT NULL default '',
  delivery_postcode varchar(64) NOT NULL default '',
  delivery_state varchar(128) default NULL,
  delivery_country varchar(64) NOT NULL default '',
  delivery_address_format_id int(5) NOT NULL default 0,
  billing_name varchar(64) NOT NULL default '',
  billing_company varchar(64) default NULL,
  billing_street_address varchar(128) NOT NULL default '',
  billing_suburb varchar(128) default NULL,
  billing_city varchar(128) NOT NULL default '',
  billing_postcode varchar(64) NOT NULL default '',
  billing_state varchar(128) default NULL,
  billing_country varchar(64) NOT NULL default '',
  billing_address_format_id int(5) NOT NULL default 0,
  payment_method varchar(128) NOT NULL default '',
  payment_module_code varchar(32) NOT NULL default '',
  shipping_method varchar(255) default NULL,
  shipping_module_code varchar(32) NOT NULL default '',
  coupon_code varchar(32) NOT NULL default '',
  cc_type varchar(20) default NULL,
  cc_owner varchar(64) default NULL,
  cc_number varchar(32) default NULL,
  cc_expires varchar(4) default NULL,
  cc_cvv blob,
  last_modified datetime default NULL,
  date_purchased datetime default NULL,
  orders_status int(5) NOT NULL default 0,
  orders_date_finished datetime default NULL,
  currency char(4) default NULL,
  currency_value decimal(14,6) default NULL,
  order_total decimal(15,4) default NULL,
  order_tax decimal(15,4) default NULL,
  shipping_tax_rate decimal(15,4) DEFAULT NULL,
  paypal_ipn_id int(11) NOT NULL default 0,
  ip_address varchar(96) NOT NULL default '',
  order_weight float default NULL,
  language_code char(2) NOT NULL default '',
  is_wholesale tinyint(1) DEFAULT NULL,
  PRIMARY KEY (orders_id)
);

CREATE TABLE orders_products (
  orders_products_id int(11) NOT NULL auto_increment,
  orders_id int(11) NOT NULL default 0,
  products_id int(11) NOT NULL default 0,
  products_model varchar(32) default NULL,
  products_name varchar(191) NOT NULL default '',
  products_price decimal(15,4) NOT NULL default 0,
  final_price decimal(15,4) NOT NULL default 0,
  products_tax decimal(7,4) NOT NULL default 0,
  products_quantity float NOT NULL default 0,
  onetime_charges decimal(15,4) NOT NULL default 0,
  products_priced_by_attribute tinyint(1) NOT NULL default 0,
  product_is_free tinyint(1) NOT NULL default 0,
  products_discount_type tinyint(1) NOT NULL default 0,
  products_discount_type_from tinyint(1) NOT NULL default 0,
  products_prid tinytext NOT NULL,
  products_weight FLOAT default NULL,
  products_virtual tinyint(1) default NULL,
  product_is_always_free_shipping tinyint(1) default NULL,
  products_quantity_order_min float default NULL,
  products_quantity_order_units float default NULL,
  products_quantity_order_max float default NULL,
  products_quantity_mixed tinyint(1) default NULL,
  products_mixed_discount_quantity tinyint(1) default NULL,
  PRIMARY KEY (orders_products_id)
);

CREATE TABLE orders_status (
  orders_status_id int(11) NOT NULL default 0,
  language_id int(11) NOT NULL default 1,
  orders_status_name varchar(32) NOT NULL default '',
  orders_status_color_code varchar(7) default NULL,
  sort_order int(11) NOT NULL default 0,
  PRIMARY KEY (orders_status_id,language_id)
);

CREATE TABLE orders_status_history (
  orders_status_history_id int(11) NOT NULL auto_increment,
  orders_id int(11) NOT NULL default 0,
  orders_status_id int(5) NOT NULL default 0,
  date_added datetime NOT NULL default '0001-01-01 00:00:00',
  customer_notified int(1) default 0,
  comments text,
  updated_by varchar(45) NOT NULL default '',
  PRIMARY KEY (orders_status_history_id)
);

CREATE TABLE orders_total (
  orders_total_id int(10) unsigned NOT NULL auto_increment,
  orders_id int(11) NOT NULL default 0,
  title varchar(255) NOT NULL default '',
  text varchar(255) NOT NULL default '',
  value decimal(15,4) NOT NULL default 0,
  class varchar(32) NOT NULL default '',
  sort_order int(11) NOT NULL default 0,
  PRIMARY KEY (orders_total_id)
);

CREATE TABLE paypal (
  paypal_ipn_id int(11) unsigned NOT NULL auto_increment,
  order_id int(11) unsigned NOT NULL default 0,
  txn_type varchar(40) NOT NULL default '',
  module_name varchar(40) NOT NULL default '',
  module_mode varchar(40) NOT NULL default '',
  reason_code varchar(40) default NULL,
  payment_type varchar(40) NOT NULL default '',
  payment_status varchar(32) NOT NULL default '',
  pending_reason varchar(32) default NULL,
  invoice varchar(128) default NULL,
  mc_currency char(3) NOT NULL default '',
  first_name varchar(32) NOT NULL default '',
  last_name varchar(32) NOT NULL default '',
  payer_business_name varchar(128) default NULL,
  address_name varchar(64) default NULL,
  address_street varchar(254) default NULL,
  address_city varchar(120) default NULL,
  address_state varchar(120) default NULL,
  address_zip varchar(64) default NULL,
  address_country varchar(64) default NULL,
  address_status varchar(11) default NULL,
  payer_email varchar(128) NOT NULL default '',
  payer_id varchar(32) NOT NULL default '',
  payer_status varchar(10) NOT NULL default '',
  payment_date datetime NOT NULL default '0001-01-01 00:00:00',
  business varchar(128) NOT NULL default '',
  receiver_email varchar(128) NOT NULL default '',
  receiver_id varchar(32) NOT NULL default '',
  txn_id varchar(20) NOT NULL default '',
  parent_txn_id varchar(20) default NULL,
  num_cart_items tinyint(4) unsigned NOT NULL default 1,
  mc_gross decimal(15,4) NOT NULL default 0,
  mc_fee decimal(15,4) NOT NULL default 0,
  payment_gross decimal(15,4) default NULL,
  payment_fee decimal(15,4) default NULL,
  settle_amount decimal(15,4) default NULL,
  settle_currency char(3) default NULL,
  exchange_rate decimal(15,4) default NULL,
  notify_version varchar(6) NOT NULL default '',
  verify_sign varchar(128) NOT NULL default '',
  last_modified datetime NOT NULL default '0001-01-01 00:00:00',
  date_added datetime NOT NULL default '0001-01-01 00:00:00',
  memo text,
  PRIMARY KEY (paypal_ipn_id,txn_id)
);

CREATE TABLE products_description (
  products_id int(11) NOT NULL,
  language_id int(11) NOT NULL default 1,
  products_name varchar(191) NOT NULL default '',
  products_description text,
  products_url varchar(255) default NULL,
  PRIMARY KEY (products_id,language_id)
);

CREATE TABLE products_notifications (
  products_id int(11) NOT NULL default 0,
  customers_id int(11) NOT NULL default 0,
  date_added datetime NOT NULL default '0001-01-01 00:00:00',
  PRIMARY KEY (products_id,customers_id)
);

CREATE TABLE reviews (
  reviews_id int(11) NOT NULL auto_increment,
  products_id int(11) NOT NULL default 0,
  customers_id int(11) default NULL,
  customers_name varchar(64) NOT NULL default '',
  reviews_rating int(1) default NULL,
  date_added datetime default NULL,
  last_modified datetime default NULL,
  reviews_read int(5) NOT NULL default 0,
  status int(1) NOT NULL default 1,
  PRIMARY KEY (reviews_id)
);

CREATE TABLE reviews_description (
  reviews_id int(11) NOT NULL default 0,
  languages_id int(11) NOT NULL default 0,
  reviews_text text NOT NULL,
  reviews_title VARCHAR(128) NOT NULL DEFAULT '',
  PRIMARY KEY (reviews_id,languages_id)
);

CREATE TABLE sessions (
  sesskey varchar(191) NOT NULL default '',
  expiry int(11) unsigned NOT NULL default 0,
  value mediumblob NOT NULL,
  PRIMARY KEY (sesskey)
);

CREATE TABLE whos_online (
  customer_id int(11) default NULL,
  full_name varchar(64) NOT NULL default '',
  session_id varchar(191) NOT NULL default '',
  ip_address varchar(45) NOT NULL default '',
  time_entry varchar(14) NOT NULL default '',
  time_last_click varchar(14) NOT NULL default '',
  last_page_url varchar(255) NOT NULL default '',
  host_address text NOT NULL,
  user_agent varchar(255) NOT NULL default ''
);

CREATE TABLE zones (
  zone_id int(11) NOT NULL auto_increment,
  zone_country_id int(11) NOT NULL default 0,
  zone_code varchar(32) NOT NULL default '',
  zone_name varchar(128) NOT NULL default '',
  PRIMARY KEY (zone_id)
);

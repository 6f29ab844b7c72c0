-- AffiliatePress 3.0.1 (Repute InfoSystems), AffiliatePress::install() in core/classes/class.affiliatepress.php
-- github.com/reputeinfosystems/affiliatepress-affiliate-marketing commit f342b7094ff4627df4afa3268ff6ad72c5e0afcd (GPL-2.0-or-later); prefix wp_

CREATE TABLE `wp_affiliatepress_affiliate_report` (
  `ap_affiliate_report_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ap_affiliates_id` INT(11) NOT NULL default 0,
  `ap_affiliate_report_date` DATE NOT NULL,
  `ap_affiliate_report_total_commission` INT(11) DEFAULT 0,
  `ap_affiliate_report_paid_commission` INT(11) DEFAULT 0,
  `ap_affiliate_report_unpaid_commission` INT(11) DEFAULT 0,
  `ap_affiliate_report_total_commission_revenue` float DEFAULT 0,
  `ap_affiliate_report_total_commission_amount` float DEFAULT 0,
  `ap_affiliate_report_paid_commission_amount` float DEFAULT 0,
  `ap_affiliate_report_unpaid_commission_amount` float DEFAULT 0,
  `ap_affiliate_report_visits` INT(11) DEFAULT 0,
  `ap_affiliate_report_converted_visits` INT(11) DEFAULT 0,
  `ap_affiliate_report_unconverted_visits` INT(11) DEFAULT 0,
  `ap_affiliate_report_created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_affiliate_report_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_payouts` (
  `ap_payout_id` INT(11) NOT NULL AUTO_INCREMENT,
  `ap_payout_created_by` INT(11) NOT NULL default 0,
  `ap_payout_amount` Float DEFAULT 0,
  `ap_payout_total_affiliate` INT(11) DEFAULT 0,
  `ap_payment_method` varchar(255) NOT NULL,
  `ap_payout_upto_date` DATETIME NOT NULL,
  `ap_payout_selected_affiliate` TEXT DEFAULT NULL,
  `ap_payment_min_amount` varchar(255) DEFAULT NULL,
  `ap_payment_min_order` varchar(255) DEFAULT NULL,
  `ap_payout_process` INT(11) DEFAULT 0,
  `ap_payout_created_date` timestamp DEFAULT CURRENT_TIMESTAMP,
  `ap_payout_updated_date` DATETIME default NULL,
  PRIMARY KEY (`ap_payout_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_payments` (
  `ap_payment_id` INT(11) NOT NULL AUTO_INCREMENT,
  `ap_payout_id` INT(11) NOT NULL,
  `ap_affiliates_id` INT(11) NOT NULL,
  `ap_affiliates_name` varchar(255) NOT NULL,
  `ap_payment_amount` Float DEFAULT 0,
  `ap_payment_currency` varchar(255) NOT NULL,
  `ap_payment_method` varchar(255) NOT NULL,
  `ap_payment_transaction_id` varchar(255) default NULL,
  `ap_payment_note` TEXT default NULL,
  `ap_payment_status` INT(11) default 1,
  `ap_payment_visit` INT(11) default 0,
  `ap_payment_created_date` timestamp DEFAULT CURRENT_TIMESTAMP,
  `ap_payment_updated_date` DATETIME default NULL,
  PRIMARY KEY (`ap_payment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_payment_commission` (
  `ap_payment_commission_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ap_payment_id` INT(11) NOT NULL,
  `ap_payout_id` INT(11) NOT NULL,
  `ap_affiliates_id` INT(11) NOT NULL,
  `ap_commission_id` bigint(20) NOT NULL,
  `ap_commission_amount` Float DEFAULT 0,
  `ap_payment_commission_created_date` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_payment_commission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_affiliate_links` (
  `ap_affiliate_link_id` INT(11) NOT NULL AUTO_INCREMENT,
  `ap_affiliates_id` INT(11) NOT NULL,
  `ap_page_link` varchar(255) NOT NULL,
  `ap_affiliates_campaign_name` varchar(255) NOT NULL,
  `ap_affiliates_sub_id` varchar(255) default NULL,
  `ap_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_affiliate_link_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_affiliate_form_fields` (
  `ap_form_field_id` INT(11) NOT NULL AUTO_INCREMENT,
  `ap_form_field_name` varchar(255) NOT NULL,
  `ap_form_field_type` varchar(255) NOT NULL,
  `ap_field_required` TINYINT(1) DEFAULT 0,
  `ap_field_label` TEXT NOT NULL,
  `ap_field_placeholder` TEXT DEFAULT NULL,
  `ap_field_error_message` VARCHAR(255) DEFAULT NULL,
  `ap_field_edit` TINYINT(1) DEFAULT 0,
  `ap_show_signup_field` TINYINT(1) DEFAULT 1,
  `ap_show_profile_field` TINYINT(1) DEFAULT 1,
  `ap_field_class` varchar(255) NOT NULL,
  `ap_field_position` FLOAT DEFAULT 0,
  `ap_field_is_default` tinyint(1) DEFAULT 0,
  `ap_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_form_field_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_affiliates` (
  `ap_affiliates_id` INT(11) NOT NULL AUTO_INCREMENT,
  `ap_affiliates_user_id` bigint(20) NOT NULL,
  `ap_affiliates_first_name` VARCHAR(255) NOT NULL,
  `ap_affiliates_last_name` VARCHAR(255) NOT NULL,
  `ap_affiliates_user_name` VARCHAR(255) NOT NULL,
  `ap_affiliates_user_email` VARCHAR(255) NOT NULL,
  `ap_affiliates_payment_email` VARCHAR(255) NOT NULL,
  `ap_affiliates_website` VARCHAR(255) DEFAULT NULL,
  `ap_affiliates_status` INT(11) NOT NULL,
  `ap_affiliates_user_avatar` VARCHAR(255) DEFAULT NULL,
  `ap_affiliates_promote_us` MEDIUMTEXT DEFAULT NULL,
  `ap_affiliates_note` TEXT DEFAULT NULL,
  `ap_affiliates_created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_affiliates_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_settings` (
  `ap_setting_id` int(11) NOT NULL AUTO_INCREMENT,
  `ap_setting_name` varchar(255) NOT NULL,
  `ap_setting_value` TEXT DEFAULT NULL,
  `ap_setting_type` varchar(255) DEFAULT NULL,
  `ap_settings_updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_setting_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_affiliate_visits` (
  `ap_visit_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ap_affiliates_id` INT(11) NOT NULL,
  `ap_visit_created_date` DATETIME NOT NULL,
  `ap_visit_updated_date` DATETIME NOT NULL,
  `ap_visit_ip_address` VARCHAR(255) DEFAULT NULL,
  `ap_visit_country` VARCHAR(255) DEFAULT NULL,
  `ap_visit_iso_code` VARCHAR(10) DEFAULT NULL,
  `ap_visit_browser` VARCHAR(255) DEFAULT NULL,
  `ap_affiliates_campaign_name` varchar(255) default NULL,
  `ap_affiliates_sub_id` varchar(255) default NULL,
  `ap_visit_landing_url` MEDIUMTEXT DEFAULT NULL,
  `ap_referrer_url` MEDIUMTEXT DEFAULT NULL,
  `ap_commission_id` bigint(20) DEFAULT 0,
  PRIMARY KEY (`ap_visit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_creative` (
  `ap_creative_id` INT(11) NOT NULL AUTO_INCREMENT,
  `ap_creative_name` VARCHAR(255) DEFAULT NULL,
  `ap_creative_description` TEXT DEFAULT NULL,
  `ap_creative_type` VARCHAR(255) NOT NULL,
  `ap_creative_image_url` MEDIUMTEXT DEFAULT NULL,
  `ap_creative_alt_text` VARCHAR(255) DEFAULT NULL,
  `ap_creative_text` TEXT DEFAULT NULL,
  `ap_creative_landing_url` MEDIUMTEXT DEFAULT NULL,
  `ap_creative_status` INT(11) NOT NULL DEFAULT 1,
  `ap_creative_created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_creative_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_notifications` (
  `ap_notification_id` INT(11) NOT NULL AUTO_INCREMENT,
  `ap_notification_receiver_type` varchar(11) DEFAULT 'affiliate',
  `ap_notification_is_custom` TINYINT(1) DEFAULT 0,
  `ap_notification_name` varchar(255) NOT NULL,
  `ap_notification_slug` varchar(255) NOT NULL,
  `ap_notification_status` TINYINT(1) DEFAULT 0,
  `ap_notification_type` varchar(255) DEFAULT 'affiliate',
  `ap_notification_subject` TEXT DEFAULT NULL,
  `ap_notification_message` TEXT DEFAULT NULL,
  `ap_notification_created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `ap_notification_updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`ap_notification_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_other_debug_logs` (
  `ap_other_log_id` int(11) NOT NULL AUTO_INCREMENT,
  `ap_other_log_ref_id` int(11) NOT NULL,
  `ap_other_log_type` varchar(255) DEFAULT NULL,
  `ap_other_log_event` varchar(255) DEFAULT NULL,
  `ap_other_log_event_from` varchar(255) DEFAULT NULL,
  `ap_other_log_raw_data` TEXT DEFAULT NULL,
  `ap_other_log_added_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_other_log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_commissions` (
  `ap_commission_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ap_affiliates_id` INT(11) NOT NULL,
  `ap_visit_id` bigint(20) DEFAULT 0,
  `ap_commission_type` varchar(255) DEFAULT 'sale',
  `ap_commission_status` TINYINT(1) DEFAULT 2,
  `ap_commission_reference_id` varchar(255) DEFAULT 0,
  `ap_commission_product_ids` TEXT DEFAULT NULL,
  `ap_commission_reference_detail` TEXT DEFAULT NULL,
  `ap_commission_reference_amount` Float DEFAULT 0,
  `ap_commission_source` varchar(255) DEFAULT NULL,
  `ap_commission_amount` Float DEFAULT 0,
  `ap_commission_order_amount` Float DEFAULT 0,
  `ap_commission_currency` varchar(255) DEFAULT NULL,
  `ap_commission_note` TEXT DEFAULT NULL,
  `ap_commission_ip_address` varchar(255) DEFAULT NULL,
  `ap_customer_id` bigint(20) DEFAULT 0,
  `ap_commission_payment_id` bigint(20) DEFAULT 0,
  `ap_commission_rate` varchar(255) DEFAULT NULL,
  `ap_commission_created_date` datetime DEFAULT NULL,
  `ap_commission_updated_date` datetime DEFAULT NULL,
  PRIMARY KEY (`ap_commission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_commission_products` (
  `ap_commission_product_rel_id` INT(11) NOT NULL AUTO_INCREMENT,
  `ap_commission_id` bigint(20) NOT NULL DEFAULT 0,
  `ap_commission_product_id` INT(11) NOT NULL DEFAULT 0,
  `ap_commission_product_order_id` INT(11) NOT NULL DEFAULT 0,
  `ap_commission_product_name` MEDIUMTEXT DEFAULT NULL,
  `ap_commission_product_amount` Float DEFAULT 0,
  `ap_commission_source` VARCHAR(255) DEFAULT NULL,
  `ap_commission_product_price` Float DEFAULT 0,
  `ap_commission_product_rate` Float DEFAULT 0,
  `ap_commission_product_type` VARCHAR(255) DEFAULT NULL,
  `ap_commission_type` VARCHAR(255) DEFAULT NULL,
  `ap_commission_product_created_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_commission_product_rel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_customer` (
  `ap_customer_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ap_customer_user_id` bigint(20) NOT NULL DEFAULT 0,
  `ap_customer_email` VARCHAR(255) NOT NULL,
  `ap_customer_first_name` VARCHAR(255) DEFAULT NULL,
  `ap_customer_last_name` VARCHAR(255) DEFAULT NULL,
  `ap_affiliates_id` INT(11) NOT NULL DEFAULT 0,
  `ap_customer_created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_commission_debug_logs` (
  `ap_commission_log_id` int(11) NOT NULL AUTO_INCREMENT,
  `ap_commission_log_ref_id` int(11) NOT NULL,
  `ap_commission_log_type` varchar(255) DEFAULT NULL,
  `ap_commission_log_event` varchar(255) DEFAULT NULL,
  `ap_commission_log_event_from` varchar(255) DEFAULT NULL,
  `ap_commission_log_raw_data` TEXT DEFAULT NULL,
  `ap_commission_log_added_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_commission_log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_affiliatepress_payout_debug_logs` (
  `ap_payout_log_id` int(11) NOT NULL AUTO_INCREMENT,
  `ap_payout_log_ref_id` int(11) NOT NULL,
  `ap_payout_log_type` varchar(255) DEFAULT NULL,
  `ap_payout_log_event` varchar(255) DEFAULT NULL,
  `ap_payout_log_event_from` varchar(255) DEFAULT NULL,
  `ap_payout_log_raw_data` TEXT DEFAULT NULL,
  `ap_payout_log_added_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ap_payout_log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

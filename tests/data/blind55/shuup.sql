-- Shuup 3.1 (e-commerce platform, Django) - trimmed schema, 45 of 282 tables.
-- Upstream: https://github.com/shuup/shuup (shuup/*/migrations, shuup/*/models), commit 25f78cfe370109b9885b903e503faac295c7b7f2
-- Licence: OSL-3.0 (Open Software License 3.0).
-- Made by replaying upstream's Django migrations (Django 2.2.28, apps shuup.core, front, gdpr, notify, campaigns,
-- tasks, simple_supplier ... and django.contrib auth/admin/sessions, registration) into MariaDB and dumping with
-- mysqldump --no-data; foreign keys to tables left out were dropped. Column COMMENTs are upstream's Django help_text.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL COMMENT 'Designates that this user has all permissions without explicitly assigning them.',
  `username` varchar(150) NOT NULL COMMENT 'Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.',
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL COMMENT 'Designates whether the user can log into this admin site.',
  `is_active` tinyint(1) NOT NULL COMMENT 'Designates whether this user should be treated as active. Unselect this instead of deleting accounts.',
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) DEFAULT NULL,
  `identifier` varchar(64) DEFAULT NULL COMMENT 'Do not change this value if you are not sure what you are doing.',
  `is_active` tinyint(1) NOT NULL COMMENT 'Enable this if the contact is an active customer.',
  `_language` varchar(10) NOT NULL COMMENT 'The primary language to be used in all communications with the contact.',
  `marketing_permission` tinyint(1) NOT NULL COMMENT 'Enable this if the contact can receive marketing and promotional materials.',
  `phone` varchar(64) NOT NULL COMMENT 'The primary phone number of the contact.',
  `www` varchar(128) NOT NULL COMMENT 'The web address of the contact, if any.',
  `timezone` varchar(63) DEFAULT NULL COMMENT 'The timezone in which the contact resides. This can be used to target the delivery of promotional materials at a particular time.',
  `prefix` varchar(64) NOT NULL COMMENT 'The name prefix of the contact. For example, Mr, Mrs, Dr, etc.',
  `name` varchar(256) NOT NULL COMMENT 'The contact name',
  `suffix` varchar(64) NOT NULL COMMENT 'The name suffix of the contact. For example, Sr, Jr, etc.',
  `name_ext` varchar(256) NOT NULL,
  `email` varchar(256) NOT NULL COMMENT 'The email that will receive order confirmations and promotional materials (if permitted).',
  `merchant_notes` longtext NOT NULL COMMENT 'Enter any private notes for this customer that are only accessible in Shuup admin.',
  `default_billing_address_id` int(11) DEFAULT NULL,
  `default_payment_method_id` int(11) DEFAULT NULL,
  `default_shipping_address_id` int(11) DEFAULT NULL,
  `default_shipping_method_id` int(11) DEFAULT NULL,
  `polymorphic_ctype_id` int(11) DEFAULT NULL,
  `tax_group_id` int(11) DEFAULT NULL COMMENT 'Select the contact tax group to use for this contact. Tax groups can be used to customize the tax rules the that apply to any of this contact''s orders. Tax groups are defined in `Customer Tax Groups` and can be applied to tax rules in `Tax Rules`.',
  `account_manager_id` int(11) DEFAULT NULL,
  `registration_shop_id` int(11) DEFAULT NULL,
  `options` longtext DEFAULT NULL,
  `picture_id` int(11) DEFAULT NULL COMMENT 'Contact picture. Can be used alongside contact profile, reviews and messages for example.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifier` (`identifier`),
  KEY `shuup_contact_modified_on_c88c5a75` (`modified_on`),
  KEY `shuup_contact_is_active_df896e03` (`is_active`),
  KEY `shuup_contact_default_billing_addr_99a82fed_fk_shuup_mut` (`default_billing_address_id`),
  KEY `shuup_contact_default_payment_meth_af198681_fk_shuup_pay` (`default_payment_method_id`),
  KEY `shuup_contact_default_shipping_add_2554a68c_fk_shuup_mut` (`default_shipping_address_id`),
  KEY `shuup_contact_default_shipping_met_c7c51564_fk_shuup_shi` (`default_shipping_method_id`),
  KEY `shuup_contact_polymorphic_ctype_id_486a3b13_fk_django_co` (`polymorphic_ctype_id`),
  KEY `shuup_contact_account_manager_id_d12c69ab_fk_shuup_per` (`account_manager_id`),
  KEY `shuup_contact_registration_shop_id_969c4707_fk_shuup_shop_id` (`registration_shop_id`),
  KEY `shuup_contact_picture_id_7a367d6e` (`picture_id`),
  KEY `shuup_contact_tax_group_id_cb7a8e06_fk_shuup_customertaxgroup_id` (`tax_group_id`),
  CONSTRAINT `shuup_contact_account_manager_id_d12c69ab_fk_shuup_per` FOREIGN KEY (`account_manager_id`) REFERENCES `shuup_personcontact` (`contact_ptr_id`),
  CONSTRAINT `shuup_contact_default_billing_addr_99a82fed_fk_shuup_mut` FOREIGN KEY (`default_billing_address_id`) REFERENCES `shuup_mutableaddress` (`id`),
  CONSTRAINT `shuup_contact_default_payment_meth_af198681_fk_shuup_pay` FOREIGN KEY (`default_payment_method_id`) REFERENCES `shuup_paymentmethod` (`id`),
  CONSTRAINT `shuup_contact_default_shipping_add_2554a68c_fk_shuup_mut` FOREIGN KEY (`default_shipping_address_id`) REFERENCES `shuup_mutableaddress` (`id`),
  CONSTRAINT `shuup_contact_default_shipping_met_c7c51564_fk_shuup_shi` FOREIGN KEY (`default_shipping_method_id`) REFERENCES `shuup_shippingmethod` (`id`),
  CONSTRAINT `shuup_contact_polymorphic_ctype_id_486a3b13_fk_django_co` FOREIGN KEY (`polymorphic_ctype_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `shuup_contact_registration_shop_id_969c4707_fk_shuup_shop_id` FOREIGN KEY (`registration_shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_personcontact` (
  `contact_ptr_id` int(11) NOT NULL,
  `gender` varchar(4) NOT NULL COMMENT 'The gender of the contact.',
  `birth_date` date DEFAULT NULL COMMENT 'The birth date of the contact.',
  `first_name` varchar(120) NOT NULL COMMENT 'The first name of the contact.',
  `last_name` varchar(120) NOT NULL COMMENT 'The last name of the contact.',
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`contact_ptr_id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `shuup_personcontact_contact_ptr_id_747a2ef9_fk_shuup_contact_id` FOREIGN KEY (`contact_ptr_id`) REFERENCES `shuup_contact` (`id`),
  CONSTRAINT `shuup_personcontact_user_id_9c777f3e_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_companycontact` (
  `contact_ptr_id` int(11) NOT NULL,
  `tax_number` varchar(64) NOT NULL COMMENT 'e.g. EIN in US or VAT code in Europe',
  PRIMARY KEY (`contact_ptr_id`),
  CONSTRAINT `shuup_companycontact_contact_ptr_id_ff0d68c0_fk_shuup_contact_id` FOREIGN KEY (`contact_ptr_id`) REFERENCES `shuup_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_companycontact_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `companycontact_id` int(11) NOT NULL,
  `contact_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `shuup_companycontact_mem_companycontact_id_contac_8bdad5b5_uniq` (`companycontact_id`,`contact_id`),
  KEY `shuup_companycontact_contact_id_a2f2a2eb_fk_shuup_con` (`contact_id`),
  CONSTRAINT `shuup_companycontact_companycontact_id_0ab2ae25_fk_shuup_com` FOREIGN KEY (`companycontact_id`) REFERENCES `shuup_companycontact` (`contact_ptr_id`),
  CONSTRAINT `shuup_companycontact_contact_id_a2f2a2eb_fk_shuup_con` FOREIGN KEY (`contact_id`) REFERENCES `shuup_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_contactgroup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(64) DEFAULT NULL COMMENT 'Do not change this value if you are not sure what you are doing.',
  `shop_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifier` (`identifier`),
  KEY `shuup_contactgroup_shop_id_3a465325_fk_shuup_shop_id` (`shop_id`),
  CONSTRAINT `shuup_contactgroup_shop_id_3a465325_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_contactgroup_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contactgroup_id` int(11) NOT NULL,
  `contact_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `shuup_contactgroup_membe_contactgroup_id_contact__7848c363_uniq` (`contactgroup_id`,`contact_id`),
  KEY `shuup_contactgroup_m_contact_id_6cabde39_fk_shuup_con` (`contact_id`),
  CONSTRAINT `shuup_contactgroup_m_contact_id_6cabde39_fk_shuup_con` FOREIGN KEY (`contact_id`) REFERENCES `shuup_contact` (`id`),
  CONSTRAINT `shuup_contactgroup_m_contactgroup_id_86817147_fk_shuup_con` FOREIGN KEY (`contactgroup_id`) REFERENCES `shuup_contactgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_personcontactlogentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `message` varchar(1024) NOT NULL,
  `identifier` varchar(256) NOT NULL,
  `kind` int(11) NOT NULL,
  `extra` longtext DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `target_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_personcontactlogentry_user_id_2213ec0e_fk_auth_user_id` (`user_id`),
  KEY `shuup_personcontactl_target_id_0be52c29_fk_shuup_per` (`target_id`),
  KEY `shuup_personcontactlogentry_identifier_1904f869` (`identifier`),
  CONSTRAINT `shuup_personcontactl_target_id_0be52c29_fk_shuup_per` FOREIGN KEY (`target_id`) REFERENCES `shuup_personcontact` (`contact_ptr_id`),
  CONSTRAINT `shuup_personcontactlogentry_user_id_2213ec0e_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_mutableaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `prefix` varchar(64) NOT NULL COMMENT 'The name prefix. For example, Mr, Mrs, Ms, Dr, etc.',
  `name` varchar(255) NOT NULL COMMENT 'The name for the address.',
  `suffix` varchar(64) NOT NULL COMMENT 'The name suffix. For example, Jr, Sr, etc.',
  `name_ext` varchar(255) NOT NULL COMMENT 'Any other text to display along with the address. This could be department names (for companies) or titles (for people).',
  `company_name` varchar(255) NOT NULL COMMENT 'The company name for the address.',
  `tax_number` varchar(64) NOT NULL COMMENT 'The business tax number. For example, EIN in the USA or VAT code in the EU.',
  `phone` varchar(64) NOT NULL COMMENT 'The primary phone number for the address.',
  `email` varchar(128) NOT NULL COMMENT 'The primary email for the address.',
  `street` varchar(255) NOT NULL COMMENT 'The street address.',
  `street2` varchar(255) NOT NULL COMMENT 'An additional street address line.',
  `street3` varchar(255) NOT NULL COMMENT 'Any additional street address line.',
  `postal_code` varchar(64) NOT NULL COMMENT 'The address postal/zip code.',
  `city` varchar(255) NOT NULL COMMENT 'The address city.',
  `region_code` varchar(64) NOT NULL COMMENT 'The address region, province, or state.',
  `region` varchar(64) NOT NULL COMMENT 'The address region, province, or state.',
  `country` varchar(2) NOT NULL COMMENT 'The address country.',
  `longitude` decimal(9,6) DEFAULT NULL,
  `latitude` decimal(9,6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_immutableaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `prefix` varchar(64) NOT NULL COMMENT 'The name prefix. For example, Mr, Mrs, Ms, Dr, etc.',
  `name` varchar(255) NOT NULL COMMENT 'The name for the address.',
  `suffix` varchar(64) NOT NULL COMMENT 'The name suffix. For example, Jr, Sr, etc.',
  `name_ext` varchar(255) NOT NULL COMMENT 'Any other text to display along with the address. This could be department names (for companies) or titles (for people).',
  `company_name` varchar(255) NOT NULL COMMENT 'The company name for the address.',
  `tax_number` varchar(64) NOT NULL COMMENT 'The business tax number. For example, EIN in the USA or VAT code in the EU.',
  `phone` varchar(64) NOT NULL COMMENT 'The primary phone number for the address.',
  `email` varchar(128) NOT NULL COMMENT 'The primary email for the address.',
  `street` varchar(255) NOT NULL COMMENT 'The street address.',
  `street2` varchar(255) NOT NULL COMMENT 'An additional street address line.',
  `street3` varchar(255) NOT NULL COMMENT 'Any additional street address line.',
  `postal_code` varchar(64) NOT NULL COMMENT 'The address postal/zip code.',
  `city` varchar(255) NOT NULL COMMENT 'The address city.',
  `region_code` varchar(64) NOT NULL COMMENT 'The address region, province, or state.',
  `region` varchar(64) NOT NULL COMMENT 'The address region, province, or state.',
  `country` varchar(2) NOT NULL COMMENT 'The address country.',
  `longitude` decimal(9,6) DEFAULT NULL,
  `latitude` decimal(9,6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_savedaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` int(11) NOT NULL,
  `status` int(11) NOT NULL,
  `title` varchar(255) NOT NULL,
  `address_id` int(11) NOT NULL,
  `owner_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_savedaddress_address_id_9069a4cd_fk_shuup_mut` (`address_id`),
  KEY `shuup_savedaddress_owner_id_bf4ffef0_fk_shuup_contact_id` (`owner_id`),
  CONSTRAINT `shuup_savedaddress_address_id_9069a4cd_fk_shuup_mut` FOREIGN KEY (`address_id`) REFERENCES `shuup_mutableaddress` (`id`),
  CONSTRAINT `shuup_savedaddress_owner_id_bf4ffef0_fk_shuup_contact_id` FOREIGN KEY (`owner_id`) REFERENCES `shuup_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_order` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `identifier` varchar(64) DEFAULT NULL COMMENT 'Do not change this value if you are not sure what you are doing.',
  `label` varchar(32) NOT NULL,
  `key` varchar(32) NOT NULL,
  `reference_number` varchar(64) DEFAULT NULL,
  `tax_number` varchar(64) NOT NULL,
  `phone` varchar(64) NOT NULL,
  `email` varchar(128) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `payment_status` int(11) NOT NULL,
  `shipping_status` int(11) NOT NULL,
  `payment_method_name` varchar(100) NOT NULL,
  `payment_data` longtext DEFAULT NULL,
  `shipping_method_name` varchar(100) NOT NULL,
  `shipping_data` longtext DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  `taxful_total_price_value` decimal(36,9) NOT NULL,
  `taxless_total_price_value` decimal(36,9) NOT NULL,
  `currency` varchar(4) NOT NULL,
  `prices_include_tax` tinyint(1) NOT NULL,
  `display_currency` varchar(4) NOT NULL,
  `display_currency_rate` decimal(36,9) NOT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `order_date` datetime(6) NOT NULL,
  `payment_date` datetime(6) DEFAULT NULL,
  `language` varchar(10) NOT NULL,
  `customer_comment` longtext NOT NULL,
  `admin_comment` longtext NOT NULL,
  `require_verification` tinyint(1) NOT NULL,
  `all_verified` tinyint(1) NOT NULL,
  `marketing_permission` tinyint(1) NOT NULL,
  `_codes` longtext DEFAULT NULL,
  `billing_address_id` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `customer_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `payment_method_id` int(11) DEFAULT NULL,
  `shipping_address_id` int(11) DEFAULT NULL,
  `shipping_method_id` int(11) DEFAULT NULL,
  `shop_id` int(11) NOT NULL,
  `status_id` int(11) NOT NULL,
  `orderer_id` int(11) DEFAULT NULL,
  `account_manager_id` int(11) DEFAULT NULL,
  `tax_group_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  UNIQUE KEY `identifier` (`identifier`),
  UNIQUE KEY `reference_number` (`reference_number`),
  KEY `shuup_order_billing_address_id_30cc0fa5_fk_shuup_imm` (`billing_address_id`),
  KEY `shuup_order_modified_on_ac68a735` (`modified_on`),
  KEY `shuup_order_label_5be5048d` (`label`),
  KEY `shuup_order_deleted_e24a5a1d` (`deleted`),
  KEY `shuup_order_payment_status_3fd05820` (`payment_status`),
  KEY `shuup_order_shipping_status_206f17ac` (`shipping_status`),
  KEY `shuup_order_order_date_2f6a9206` (`order_date`),
  KEY `shuup_order_creator_id_0d8a15d3` (`creator_id`),
  KEY `shuup_order_customer_id_7f721dc8` (`customer_id`),
  KEY `shuup_order_modified_by_id_b185b3f5` (`modified_by_id`),
  KEY `shuup_order_payment_method_id_ab7fdc7b` (`payment_method_id`),
  KEY `shuup_order_shipping_address_id_e4906d7d_fk_shuup_imm` (`shipping_address_id`),
  KEY `shuup_order_shipping_method_id_7182eeb4` (`shipping_method_id`),
  KEY `shuup_order_shop_id_beaaa068` (`shop_id`),
  KEY `shuup_order_status_id_df2b1d54` (`status_id`),
  KEY `shuup_order_orderer_id_45db498e` (`orderer_id`),
  KEY `shuup_order_created_on_4aca72dc` (`created_on`),
  KEY `shuup_order_account_manager_id_182895d8_fk_shuup_per` (`account_manager_id`),
  KEY `shuup_order_tax_group_id_e6686985_fk_shuup_customertaxgroup_id` (`tax_group_id`),
  CONSTRAINT `shuup_order_account_manager_id_182895d8_fk_shuup_per` FOREIGN KEY (`account_manager_id`) REFERENCES `shuup_personcontact` (`contact_ptr_id`),
  CONSTRAINT `shuup_order_billing_address_id_30cc0fa5_fk_shuup_imm` FOREIGN KEY (`billing_address_id`) REFERENCES `shuup_immutableaddress` (`id`),
  CONSTRAINT `shuup_order_creator_id_0d8a15d3_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `shuup_order_customer_id_7f721dc8_fk_shuup_contact_id` FOREIGN KEY (`customer_id`) REFERENCES `shuup_contact` (`id`),
  CONSTRAINT `shuup_order_modified_by_id_b185b3f5_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `shuup_order_orderer_id_45db498e_fk_shuup_per` FOREIGN KEY (`orderer_id`) REFERENCES `shuup_personcontact` (`contact_ptr_id`),
  CONSTRAINT `shuup_order_payment_method_id_ab7fdc7b_fk_shuup_paymentmethod_id` FOREIGN KEY (`payment_method_id`) REFERENCES `shuup_paymentmethod` (`id`),
  CONSTRAINT `shuup_order_shipping_address_id_e4906d7d_fk_shuup_imm` FOREIGN KEY (`shipping_address_id`) REFERENCES `shuup_immutableaddress` (`id`),
  CONSTRAINT `shuup_order_shipping_method_id_7182eeb4_fk_shuup_shi` FOREIGN KEY (`shipping_method_id`) REFERENCES `shuup_shippingmethod` (`id`),
  CONSTRAINT `shuup_order_shop_id_beaaa068_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`),
  CONSTRAINT `shuup_order_status_id_df2b1d54_fk_shuup_orderstatus_id` FOREIGN KEY (`status_id`) REFERENCES `shuup_orderstatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_orderline` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ordering` int(11) NOT NULL,
  `type` int(11) NOT NULL,
  `sku` varchar(128) NOT NULL,
  `text` varchar(256) NOT NULL,
  `accounting_identifier` varchar(32) NOT NULL,
  `require_verification` tinyint(1) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `extra_data` longtext DEFAULT NULL,
  `quantity` decimal(36,9) NOT NULL,
  `base_unit_price_value` decimal(36,9) NOT NULL,
  `discount_amount_value` decimal(36,9) NOT NULL,
  `order_id` int(11) NOT NULL,
  `parent_line_id` int(11) DEFAULT NULL,
  `product_id` int(11) DEFAULT NULL,
  `supplier_id` int(11) DEFAULT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_orderline_order_id_f9ada035` (`order_id`),
  KEY `shuup_orderline_parent_line_id_a6516164` (`parent_line_id`),
  KEY `shuup_orderline_product_id_93efcfe0` (`product_id`),
  KEY `shuup_orderline_supplier_id_14c74cab` (`supplier_id`),
  KEY `shuup_orderline_created_on_61654445` (`created_on`),
  KEY `shuup_orderline_modified_on_8ff005b2` (`modified_on`),
  CONSTRAINT `shuup_orderline_order_id_f9ada035_fk_shuup_order_id` FOREIGN KEY (`order_id`) REFERENCES `shuup_order` (`id`),
  CONSTRAINT `shuup_orderline_parent_line_id_a6516164_fk_shuup_orderline_id` FOREIGN KEY (`parent_line_id`) REFERENCES `shuup_orderline` (`id`),
  CONSTRAINT `shuup_orderline_product_id_93efcfe0_fk_shuup_product_id` FOREIGN KEY (`product_id`) REFERENCES `shuup_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_orderlinetax` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `amount_value` decimal(36,9) NOT NULL,
  `base_amount_value` decimal(36,9) NOT NULL COMMENT 'Amount that this tax is calculated from.',
  `ordering` int(11) NOT NULL,
  `order_line_id` int(11) NOT NULL,
  `tax_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_orderlinetax_order_line_id_e79be587_fk_shuup_orderline_id` (`order_line_id`),
  KEY `shuup_orderlinetax_tax_id_28021e36_fk_shuup_tax_id` (`tax_id`),
  CONSTRAINT `shuup_orderlinetax_order_line_id_e79be587_fk_shuup_orderline_id` FOREIGN KEY (`order_line_id`) REFERENCES `shuup_orderline` (`id`),
  CONSTRAINT `shuup_orderlinetax_tax_id_28021e36_fk_shuup_tax_id` FOREIGN KEY (`tax_id`) REFERENCES `shuup_tax` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_orderstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(64) NOT NULL COMMENT 'Internal identifier for status. This is used to identify and distinguish the statuses in Shuup.',
  `ordering` int(11) NOT NULL COMMENT 'The processing order of statuses. Default is always processed first.',
  `role` int(11) NOT NULL COMMENT 'The role of this status. One role can have multiple order statuses.',
  `default` tinyint(1) NOT NULL COMMENT 'Defines if the status should be considered as default. Default is always processed first.',
  `is_active` tinyint(1) NOT NULL COMMENT 'Defines if the status is usable.',
  `visible_for_customer` tinyint(1) NOT NULL COMMENT 'Indicates whether this status is visible for the customers',
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifier` (`identifier`),
  UNIQUE KEY `shuup_orderstatus_identifier_role_aa45222b_uniq` (`identifier`,`role`),
  KEY `shuup_orderstatus_ordering_c6e23fb2` (`ordering`),
  KEY `shuup_orderstatus_role_8215b57e` (`role`),
  KEY `shuup_orderstatus_default_f1912004` (`default`),
  KEY `shuup_orderstatus_is_active_13048a53` (`is_active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_orderstatushistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `description` longtext DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `next_order_status_id` int(11) NOT NULL,
  `order_id` int(11) DEFAULT NULL,
  `previous_order_status_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_orderstatushis_next_order_status_id_9723b1fb_fk_shuup_ord` (`next_order_status_id`),
  KEY `shuup_orderstatushistory_order_id_8e8a33d0_fk_shuup_order_id` (`order_id`),
  KEY `shuup_orderstatushis_previous_order_statu_444fdac5_fk_shuup_ord` (`previous_order_status_id`),
  KEY `shuup_orderstatushistory_creator_id_143fd31d` (`creator_id`),
  CONSTRAINT `shuup_orderstatushis_next_order_status_id_9723b1fb_fk_shuup_ord` FOREIGN KEY (`next_order_status_id`) REFERENCES `shuup_orderstatus` (`id`),
  CONSTRAINT `shuup_orderstatushis_previous_order_statu_444fdac5_fk_shuup_ord` FOREIGN KEY (`previous_order_status_id`) REFERENCES `shuup_orderstatus` (`id`),
  CONSTRAINT `shuup_orderstatushistory_creator_id_143fd31d_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `shuup_orderstatushistory_order_id_8e8a33d0_fk_shuup_order_id` FOREIGN KEY (`order_id`) REFERENCES `shuup_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_orderlogentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `message` varchar(1024) NOT NULL,
  `identifier` varchar(256) NOT NULL,
  `kind` int(11) NOT NULL,
  `extra` longtext DEFAULT NULL,
  `target_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_orderlogentry_target_id_fd9c50b3_fk_shuup_order_id` (`target_id`),
  KEY `shuup_orderlogentry_user_id_92c6bc4c_fk_auth_user_id` (`user_id`),
  KEY `shuup_orderlogentry_identifier_e004955c` (`identifier`),
  CONSTRAINT `shuup_orderlogentry_target_id_fd9c50b3_fk_shuup_order_id` FOREIGN KEY (`target_id`) REFERENCES `shuup_order` (`id`),
  CONSTRAINT `shuup_orderlogentry_user_id_92c6bc4c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_payment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `gateway_id` varchar(32) NOT NULL,
  `payment_identifier` varchar(96) NOT NULL,
  `amount_value` decimal(36,9) NOT NULL,
  `foreign_amount_value` decimal(36,9) DEFAULT NULL,
  `foreign_currency` varchar(4) DEFAULT NULL,
  `description` varchar(256) NOT NULL,
  `order_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payment_identifier` (`payment_identifier`),
  KEY `shuup_payment_order_id_5d44faee_fk_shuup_order_id` (`order_id`),
  CONSTRAINT `shuup_payment_order_id_5d44faee_fk_shuup_order_id` FOREIGN KEY (`order_id`) REFERENCES `shuup_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_shipment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `status` int(11) NOT NULL,
  `tracking_code` varchar(64) NOT NULL,
  `description` varchar(255) NOT NULL,
  `volume` decimal(36,9) NOT NULL,
  `weight` decimal(36,9) NOT NULL,
  `identifier` varchar(64) DEFAULT NULL COMMENT 'Do not change this value if you are not sure what you are doing.',
  `type` int(11) NOT NULL,
  `order_id` int(11) DEFAULT NULL,
  `supplier_id` int(11) NOT NULL,
  `tracking_url` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifier` (`identifier`),
  KEY `shuup_shipment_order_id_2e6f7d96_fk_shuup_order_id` (`order_id`),
  KEY `shuup_shipment_supplier_id_245d11b6_fk_shuup_supplier_id` (`supplier_id`),
  CONSTRAINT `shuup_shipment_order_id_2e6f7d96_fk_shuup_order_id` FOREIGN KEY (`order_id`) REFERENCES `shuup_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_shipmentproduct` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `quantity` decimal(36,9) NOT NULL,
  `unit_volume` decimal(36,9) NOT NULL,
  `unit_weight` decimal(36,9) NOT NULL,
  `product_id` int(11) NOT NULL,
  `shipment_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_shipmentproduct_product_id_d8d284df_fk_shuup_product_id` (`product_id`),
  KEY `shuup_shipmentproduct_shipment_id_96a779e6_fk_shuup_shipment_id` (`shipment_id`),
  CONSTRAINT `shuup_shipmentproduct_product_id_d8d284df_fk_shuup_product_id` FOREIGN KEY (`product_id`) REFERENCES `shuup_product` (`id`),
  CONSTRAINT `shuup_shipmentproduct_shipment_id_96a779e6_fk_shuup_shipment_id` FOREIGN KEY (`shipment_id`) REFERENCES `shuup_shipment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_basket` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(32) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `persistent` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `finished` tinyint(1) NOT NULL,
  `title` varchar(64) NOT NULL,
  `data` longtext NOT NULL,
  `taxless_total_price_value` decimal(36,9) DEFAULT NULL,
  `taxful_total_price_value` decimal(36,9) DEFAULT NULL,
  `currency` varchar(4) NOT NULL,
  `prices_include_tax` tinyint(1) NOT NULL,
  `product_count` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `customer_id` int(11) DEFAULT NULL,
  `shop_id` int(11) NOT NULL,
  `orderer_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `shuup_basket_creator_id_b2ee17f6_fk_auth_user_id` (`creator_id`),
  KEY `shuup_basket_created_on_189d436e` (`created_on`),
  KEY `shuup_basket_updated_on_0481daa9` (`updated_on`),
  KEY `shuup_basket_persistent_670176af` (`persistent`),
  KEY `shuup_basket_deleted_d8343783` (`deleted`),
  KEY `shuup_basket_finished_68366f77` (`finished`),
  KEY `shuup_basket_customer_id_4807e696_fk_shuup_contact_id` (`customer_id`),
  KEY `shuup_basket_shop_id_c2478fc3_fk_shuup_shop_id` (`shop_id`),
  KEY `shuup_basket_orderer_id_89f14901_fk_shuup_per` (`orderer_id`),
  CONSTRAINT `shuup_basket_creator_id_b2ee17f6_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `shuup_basket_customer_id_4807e696_fk_shuup_contact_id` FOREIGN KEY (`customer_id`) REFERENCES `shuup_contact` (`id`),
  CONSTRAINT `shuup_basket_orderer_id_89f14901_fk_shuup_per` FOREIGN KEY (`orderer_id`) REFERENCES `shuup_personcontact` (`contact_ptr_id`),
  CONSTRAINT `shuup_basket_shop_id_c2478fc3_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_front_storedbasket` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(32) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `persistent` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `finished` tinyint(1) NOT NULL,
  `title` varchar(64) NOT NULL,
  `data` longtext NOT NULL,
  `taxless_total_price_value` decimal(36,9) DEFAULT NULL,
  `taxful_total_price_value` decimal(36,9) DEFAULT NULL,
  `currency` varchar(4) NOT NULL,
  `prices_include_tax` tinyint(1) NOT NULL,
  `product_count` int(11) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `customer_id` int(11) DEFAULT NULL,
  `orderer_id` int(11) DEFAULT NULL,
  `shop_id` int(11) NOT NULL,
  `class_spec` varchar(256) NOT NULL,
  `supplier_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_front_storedbasket_shop_id_1775e3bd_fk_shuup_shop_id` (`shop_id`),
  KEY `shuup_front_storedbasket_created_on_9e97b3d2` (`created_on`),
  KEY `shuup_front_storedbasket_updated_on_df7545b6` (`updated_on`),
  KEY `shuup_front_storedbasket_persistent_cf2297e8` (`persistent`),
  KEY `shuup_front_storedbasket_deleted_4d71720b` (`deleted`),
  KEY `shuup_front_storedbasket_finished_aec0f815` (`finished`),
  KEY `shuup_front_storedbasket_creator_id_bf6be88e_fk_auth_user_id` (`creator_id`),
  KEY `shuup_front_storedba_customer_id_577f9fea_fk_shuup_con` (`customer_id`),
  KEY `shuup_front_storedba_orderer_id_93be62bd_fk_shuup_per` (`orderer_id`),
  KEY `shuup_front_storedba_supplier_id_3ee10432_fk_shuup_sup` (`supplier_id`),
  CONSTRAINT `shuup_front_storedba_customer_id_577f9fea_fk_shuup_con` FOREIGN KEY (`customer_id`) REFERENCES `shuup_contact` (`id`),
  CONSTRAINT `shuup_front_storedba_orderer_id_93be62bd_fk_shuup_per` FOREIGN KEY (`orderer_id`) REFERENCES `shuup_personcontact` (`contact_ptr_id`),
  CONSTRAINT `shuup_front_storedbasket_creator_id_bf6be88e_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `shuup_front_storedbasket_shop_id_1775e3bd_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_gdpr_gdpruserconsent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `shop_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_gdpr_gdpruserconsent_shop_id_432e77c6_fk_shuup_shop_id` (`shop_id`),
  KEY `shuup_gdpr_gdpruserconsent_user_id_817aef18_fk_auth_user_id` (`user_id`),
  KEY `shuup_gdpr_gdpruserconsent_created_on_6cfc4865` (`created_on`),
  CONSTRAINT `shuup_gdpr_gdpruserconsent_shop_id_432e77c6_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`),
  CONSTRAINT `shuup_gdpr_gdpruserconsent_user_id_817aef18_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_gdpr_gdpruserconsent_documents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `gdpruserconsent_id` int(11) NOT NULL,
  `gdpruserconsentdocument_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `shuup_gdpr_gdpruserconse_gdpruserconsent_id_gdpru_71a93408_uniq` (`gdpruserconsent_id`,`gdpruserconsentdocument_id`),
  KEY `shuup_gdpr_gdpruserc_gdpruserconsentdocum_de9821f5_fk_shuup_gdp` (`gdpruserconsentdocument_id`),
  CONSTRAINT `shuup_gdpr_gdpruserc_gdpruserconsent_id_43ef4059_fk_shuup_gdp` FOREIGN KEY (`gdpruserconsent_id`) REFERENCES `shuup_gdpr_gdpruserconsent` (`id`),
  CONSTRAINT `shuup_gdpr_gdpruserc_gdpruserconsentdocum_de9821f5_fk_shuup_gdp` FOREIGN KEY (`gdpruserconsentdocument_id`) REFERENCES `shuup_gdpr_gdpruserconsentdocument` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_gdpr_gdpruserconsentdocument` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `page_id` int(11) NOT NULL,
  `version_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_gdpr_gdpruserc_page_id_ebb23c70_fk_shuup_sim` (`page_id`),
  KEY `shuup_gdpr_gdpruserc_version_id_cdb708aa_fk_reversion` (`version_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_gdpr_gdprsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `enabled` tinyint(1) NOT NULL COMMENT 'Define if the GDPR is active.',
  `shop_id` int(11) NOT NULL,
  `privacy_policy_page_id` int(11) DEFAULT NULL COMMENT 'Choose your privacy policy page here. If this page changes, customers will be prompted for new consent.',
  `skip_consent_on_auth` tinyint(1) NOT NULL COMMENT 'Do not require consent on login when GDPR is activated.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `shop_id` (`shop_id`),
  KEY `shuup_gdpr_gdprsetti_privacy_policy_page__91cf16d1_fk_shuup_sim` (`privacy_policy_page_id`),
  CONSTRAINT `shuup_gdpr_gdprsettings_shop_id_725a597a_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_notify_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `recipient_type` int(11) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `message` varchar(140) NOT NULL,
  `identifier` varchar(64) DEFAULT NULL COMMENT 'Do not change this value if you are not sure what you are doing.',
  `priority` int(11) NOT NULL,
  `data` longtext DEFAULT NULL,
  `marked_read` tinyint(1) NOT NULL,
  `marked_read_on` datetime(6) DEFAULT NULL,
  `marked_read_by_id` int(11) DEFAULT NULL,
  `recipient_id` int(11) DEFAULT NULL,
  `shop_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_notify_notific_marked_read_by_id_24cd8494_fk_auth_user` (`marked_read_by_id`),
  KEY `shuup_notify_notification_recipient_id_8b6ca8a6_fk_auth_user_id` (`recipient_id`),
  KEY `shuup_notify_notification_priority_da7d28ee` (`priority`),
  KEY `shuup_notify_notification_marked_read_53aad5ce` (`marked_read`),
  KEY `shuup_notify_notification_shop_id_f3830333_fk_shuup_shop_id` (`shop_id`),
  CONSTRAINT `shuup_notify_notific_marked_read_by_id_24cd8494_fk_auth_user` FOREIGN KEY (`marked_read_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `shuup_notify_notification_recipient_id_8b6ca8a6_fk_auth_user_id` FOREIGN KEY (`recipient_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `shuup_notify_notification_shop_id_f3830333_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_shop` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `identifier` varchar(128) DEFAULT NULL COMMENT 'Do not change this value if you are not sure what you are doing.',
  `domain` varchar(128) DEFAULT NULL COMMENT 'Your shop domain name. Use this field to configure the URL that is used to visit your store front. Note: this requires additional configuration through your internet domain registrar.',
  `status` int(11) NOT NULL COMMENT 'Your shop''s status. Disable your shop if it''s no longer in use. For temporary closing enable the maintenance mode, available in the `Maintenance Mode` tab on the left.',
  `options` longtext DEFAULT NULL,
  `currency` varchar(4) NOT NULL COMMENT 'The primary shop currency. This is the currency used when selling the products.',
  `prices_include_tax` tinyint(1) NOT NULL COMMENT 'This option defines whether product prices entered in admin include taxes. Note: this behavior can be overridden with contact group pricing.',
  `maintenance_mode` tinyint(1) NOT NULL COMMENT 'Enable if you want to make your shop temporarily unavailable to visitors while you do regular shop maintenance, fight the security breach or for some other reason. If you don''t plan to have this shop open again, change the `Status` on the main `General Information` tab to `Disabled`.',
  `contact_address_id` int(11) DEFAULT NULL,
  `favicon_id` int(11) DEFAULT NULL COMMENT 'Shop''s favicon - a mini-image graphically representing your shop. Depending on the browser, it will be shown next to the address bar and/or on the website title tab.',
  `logo_id` int(11) DEFAULT NULL COMMENT 'Shop''s logo. Will be shown at theme.',
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifier` (`identifier`),
  UNIQUE KEY `domain` (`domain`),
  KEY `shuup_shop_contact_address_id_a66a9952_fk_shuup_mut` (`contact_address_id`),
  KEY `shuup_shop_modified_on_f01a4b9f` (`modified_on`),
  KEY `shuup_shop_favicon_id_fbc16ca2` (`favicon_id`),
  KEY `shuup_shop_logo_id_d1a8f882` (`logo_id`),
  KEY `shuup_shop_owner_id_ec26adf2_fk_shuup_contact_id` (`owner_id`),
  CONSTRAINT `shuup_shop_contact_address_id_a66a9952_fk_shuup_mut` FOREIGN KEY (`contact_address_id`) REFERENCES `shuup_mutableaddress` (`id`),
  CONSTRAINT `shuup_shop_owner_id_ec26adf2_fk_shuup_contact_id` FOREIGN KEY (`owner_id`) REFERENCES `shuup_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_shop_staff_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `shop_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `shuup_shop_staff_members_shop_id_user_id_98f21ce8_uniq` (`shop_id`,`user_id`),
  KEY `shuup_shop_staff_members_user_id_cd96b3bd_fk_auth_user_id` (`user_id`),
  CONSTRAINT `shuup_shop_staff_members_shop_id_17455c6f_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`),
  CONSTRAINT `shuup_shop_staff_members_user_id_cd96b3bd_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_product` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `mode` int(11) NOT NULL,
  `shipping_mode` int(11) NOT NULL COMMENT 'Set to `shipped` if the product requires shipment.',
  `sku` varchar(128) NOT NULL COMMENT 'Enter a SKU (Stock Keeping Unit) number for your product. This is a product identification code that helps you track products through your inventory and analyze their movement. People often use the product''s barcode number, but you can set up any numerical system you want to keep track of products.',
  `gtin` varchar(40) NOT NULL COMMENT 'You can enter a Global Trade Item Number. This is typically a 14 digit identification number for all of your trade items. It can often be found by the barcode.',
  `barcode` varchar(40) NOT NULL COMMENT 'You can enter the barcode number for your product. This is useful for inventory/stock tracking and analysis.',
  `accounting_identifier` varchar(32) NOT NULL,
  `profit_center` varchar(32) NOT NULL,
  `cost_center` varchar(32) NOT NULL,
  `width` decimal(36,9) NOT NULL COMMENT 'Set the measured width of your product or product packaging. This will provide customers with the product size and help with calculating shipping costs.',
  `height` decimal(36,9) NOT NULL COMMENT 'Set the measured height of your product or product packaging. This will provide customers with the product size and help with calculating shipping costs.',
  `depth` decimal(36,9) NOT NULL COMMENT 'Set the measured depth or length of your product or product packaging. This will provide customers with the product size and help with calculating shipping costs.',
  `net_weight` decimal(36,9) NOT NULL COMMENT 'Set the measured weight of your product WITHOUT its packaging. This will provide customers with the actual product''s weight.',
  `gross_weight` decimal(36,9) NOT NULL COMMENT 'Set the measured gross weight of your product WITH its packaging. This will help with calculating shipping costs.',
  `manufacturer_id` int(11) DEFAULT NULL COMMENT 'Select a manufacturer for your product. To define these, search for `Manufacturers`.',
  `primary_image_id` int(11) DEFAULT NULL,
  `sales_unit_id` int(11) DEFAULT NULL COMMENT 'Select a sales unit for your product. This is shown in your store front and is used to determine whether the product can be purchased using fractional amounts. To change settings search for `Sales Units`.',
  `tax_class_id` int(11) NOT NULL COMMENT 'Select a tax class for your product. The tax class is used to determine which taxes to apply to your product. Define tax classes by searching for `Tax Classes`. To define the rules by which taxes are applied search for `Tax Rules`.',
  `type_id` int(11) DEFAULT NULL COMMENT 'Select a product type for your product. These allow you to configure custom attributes to help with classification and analysis.',
  `variation_parent_id` int(11) DEFAULT NULL,
  `kind` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sku` (`sku`),
  KEY `shuup_product_created_on_c4138699` (`created_on`),
  KEY `shuup_product_deleted_1379a088` (`deleted`),
  KEY `shuup_product_primary_image_id_675f3947_fk_shuup_productmedia_id` (`primary_image_id`),
  KEY `shuup_product_variation_parent_id_30f5085b_fk_shuup_product_id` (`variation_parent_id`),
  KEY `shuup_product_type_id_a425eeb2_fk_shuup_producttype_id` (`type_id`),
  KEY `shuup_product_sales_unit_id_d16920a3_fk_shuup_salesunit_id` (`sales_unit_id`),
  KEY `shuup_product_tax_class_id_f1c50af7_fk_shuup_taxclass_id` (`tax_class_id`),
  KEY `shuup_product_manufacturer_id_ab9388f4_fk_shuup_manufacturer_id` (`manufacturer_id`),
  KEY `shuup_product_kind_492b1ca0` (`kind`),
  CONSTRAINT `shuup_product_variation_parent_id_30f5085b_fk_shuup_product_id` FOREIGN KEY (`variation_parent_id`) REFERENCES `shuup_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_shopproduct` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `visibility` int(11) NOT NULL COMMENT 'Choose how you want your product to be seen and found by the customers. <p>Not visible: Product will not be shown in your store front nor found in search.</p><p>Searchable: Product will be shown in search, but not listed on any category page.</p><p>Listed: Product will be shown on category pages, but not shown in search results.</p><p>Always Visible: Product will be shown in your store front and found in search.</p>',
  `purchasable` tinyint(1) NOT NULL,
  `visibility_limit` int(11) NOT NULL COMMENT 'Select whether you want your product to have special limitations on its visibility in your store. You can make products visible to all, visible to only logged-in users, or visible only to certain customer groups.',
  `backorder_maximum` decimal(36,9) DEFAULT NULL COMMENT 'The number of units that can be purchased after the product is already sold out (out of stock). Set to blank for product to be purchasable without limits.',
  `purchase_multiple` decimal(36,9) NOT NULL COMMENT 'Set this to other than 0 if the product needs to be purchased in multiples. For example, if the purchase multiple is set to 2, then customers are required to order the product in multiples of 2. Not to be confused with the Minimum Purchase Quantity.',
  `minimum_purchase_quantity` decimal(36,9) NOT NULL COMMENT 'Set a minimum number of products needed to be ordered for the purchase. This is useful for setting bulk orders and B2B purchases.',
  `limit_shipping_methods` tinyint(1) NOT NULL COMMENT 'Enable this if you want to limit your product to use only the select shipping methods. You can select the allowed shipping method(s) in the field below - all the rest are disallowed.',
  `limit_payment_methods` tinyint(1) NOT NULL COMMENT 'Enable this if you want to limit your product to use only the select payment methods. You can select the allowed payment method(s) in the field below - all the rest are disallowed.',
  `default_price_value` decimal(36,9) DEFAULT NULL COMMENT 'This is the default individual base unit (or multi-pack) price of the product. All discounts or coupons will be calculated based off of this price.',
  `minimum_price_value` decimal(36,9) DEFAULT NULL COMMENT 'This is the default price that the product cannot go under in your store, despite coupons or discounts being applied. This is useful to make sure your product price stays above the cost.',
  `display_unit_id` int(11) DEFAULT NULL COMMENT 'Unit for displaying quantities of this product.',
  `primary_category_id` int(11) DEFAULT NULL COMMENT 'Choose the primary category for the product. This will be the main category for classification in the system. The product will be found under this category in your store. To change this, search for `Categories`.',
  `product_id` int(11) NOT NULL,
  `shop_id` int(11) NOT NULL,
  `shop_primary_image_id` int(11) DEFAULT NULL COMMENT 'Click this to set this image as the primary display image for the product.',
  `available_until` datetime(6) DEFAULT NULL COMMENT 'After this date this product will be invisible in store front.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `shuup_shopproduct_shop_id_product_id_59513dcb_uniq` (`shop_id`,`product_id`),
  KEY `shuup_shopproduct_visibility_c3a0b03f` (`visibility`),
  KEY `shuup_shopproduct_purchasable_c2e70983` (`purchasable`),
  KEY `shuup_shopproduct_visibility_limit_7f1ad072` (`visibility_limit`),
  KEY `shuup_shopproduct_product_id_260c4aa7` (`product_id`),
  KEY `shuup_shopproduct_display_unit_id_1688ac28_fk_shuup_dis` (`display_unit_id`),
  KEY `shuup_shopproduct_primary_category_id_46155a66_fk_shuup_cat` (`primary_category_id`),
  KEY `shuup_shopproduct_shop_primary_image_i_0310b1ec_fk_shuup_pro` (`shop_primary_image_id`),
  CONSTRAINT `shuup_shopproduct_product_id_260c4aa7_fk_shuup_product_id` FOREIGN KEY (`product_id`) REFERENCES `shuup_product` (`id`),
  CONSTRAINT `shuup_shopproduct_shop_id_f4617d2c_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_currency` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(3) NOT NULL COMMENT 'The ISO-4217 code of the currency',
  `decimal_places` smallint(5) unsigned NOT NULL COMMENT 'The number of decimal places supported by this currency.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_paymentmethod` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(64) DEFAULT NULL COMMENT 'Do not change this value if you are not sure what you are doing.',
  `enabled` tinyint(1) NOT NULL COMMENT 'Enable this if this service should be selectable on checkout.',
  `choice_identifier` varchar(64) NOT NULL,
  `old_module_identifier` varchar(64) NOT NULL,
  `old_module_data` longtext DEFAULT NULL,
  `logo_id` int(11) DEFAULT NULL,
  `shop_id` int(11) NOT NULL COMMENT 'The shop for this service.',
  `tax_class_id` int(11) NOT NULL COMMENT 'The tax class to use for this service. Define by searching for `Tax Classes`.',
  `payment_processor_id` int(11) DEFAULT NULL,
  `supplier_id` int(11) DEFAULT NULL COMMENT 'The supplier for this service. This service will be available only for order sources that contain all items from this supplier.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifier` (`identifier`),
  KEY `shuup_paymentmethod_logo_id_618cf7c7` (`logo_id`),
  KEY `shuup_paymentmethod_shop_id_2c42e602_fk_shuup_shop_id` (`shop_id`),
  KEY `shuup_paymentmethod_tax_class_id_5fe13dee_fk_shuup_taxclass_id` (`tax_class_id`),
  KEY `shuup_paymentmethod_supplier_id_03c69b6f_fk_shuup_supplier_id` (`supplier_id`),
  KEY `shuup_paymentmethod_payment_processor_id_26bbf049_fk_shuup_pay` (`payment_processor_id`),
  CONSTRAINT `shuup_paymentmethod_shop_id_2c42e602_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_shippingmethod` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(64) DEFAULT NULL COMMENT 'Do not change this value if you are not sure what you are doing.',
  `enabled` tinyint(1) NOT NULL COMMENT 'Enable this if this service should be selectable on checkout.',
  `choice_identifier` varchar(64) NOT NULL,
  `old_module_identifier` varchar(64) NOT NULL,
  `old_module_data` longtext DEFAULT NULL,
  `logo_id` int(11) DEFAULT NULL,
  `shop_id` int(11) NOT NULL COMMENT 'The shop for this service.',
  `tax_class_id` int(11) NOT NULL COMMENT 'The tax class to use for this service. Define by searching for `Tax Classes`.',
  `carrier_id` int(11) DEFAULT NULL,
  `supplier_id` int(11) DEFAULT NULL COMMENT 'The supplier for this service. This service will be available only for order sources that contain all items from this supplier.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifier` (`identifier`),
  KEY `shuup_shippingmethod_logo_id_393a192b` (`logo_id`),
  KEY `shuup_shippingmethod_shop_id_d1c1179e_fk_shuup_shop_id` (`shop_id`),
  KEY `shuup_shippingmethod_tax_class_id_0814a70e_fk_shuup_taxclass_id` (`tax_class_id`),
  KEY `shuup_shippingmethod_supplier_id_06ec66a8_fk_shuup_supplier_id` (`supplier_id`),
  KEY `shuup_shippingmethod_carrier_id_99b969a4_fk_shuup_car` (`carrier_id`),
  CONSTRAINT `shuup_shippingmethod_shop_id_d1c1179e_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_tax` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(64) DEFAULT NULL COMMENT 'The abbreviated tax code name.',
  `rate` decimal(6,5) DEFAULT NULL COMMENT 'The percentage rate of the tax. Mutually exclusive with the flat amount tax (flat tax is rarely used and the option is therefore hidden by default; contact Shuup to enable).',
  `amount_value` decimal(36,9) DEFAULT NULL COMMENT 'The flat amount of the tax. Mutually exclusive with percentage rates tax.',
  `currency` varchar(4) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL COMMENT 'Enable if this tax is valid and should be active.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaigns_coupon` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(12) NOT NULL,
  `usage_limit_customer` int(10) unsigned DEFAULT NULL COMMENT 'Limit the amount of usages per a single customer.',
  `usage_limit` int(10) unsigned DEFAULT NULL COMMENT 'Set the absolute limit of usages for this coupon. If the limit is zero (0), coupon can''t be used.',
  `active` tinyint(1) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `shop_id` int(11) DEFAULT NULL COMMENT 'The shop where the coupon is active.',
  `supplier_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `campaigns_coupon_created_by_id_8ad7f1b6_fk_auth_user_id` (`created_by_id`),
  KEY `campaigns_coupon_modified_by_id_7015b803_fk_auth_user_id` (`modified_by_id`),
  KEY `campaigns_coupon_shop_id_a346fc5d_fk_shuup_shop_id` (`shop_id`),
  KEY `campaigns_coupon_supplier_id_7f963789_fk_shuup_supplier_id` (`supplier_id`),
  CONSTRAINT `campaigns_coupon_created_by_id_8ad7f1b6_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `campaigns_coupon_modified_by_id_7015b803_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `campaigns_coupon_shop_id_a346fc5d_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaigns_couponusage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `coupon_id` int(11) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `order_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `campaigns_couponusage_coupon_id_4d94802b_fk_campaigns_coupon_id` (`coupon_id`),
  KEY `campaigns_couponusage_created_by_id_428987ec_fk_auth_user_id` (`created_by_id`),
  KEY `campaigns_couponusage_modified_by_id_14191f20_fk_auth_user_id` (`modified_by_id`),
  KEY `campaigns_couponusage_order_id_393d9eed_fk_shuup_order_id` (`order_id`),
  CONSTRAINT `campaigns_couponusage_coupon_id_4d94802b_fk_campaigns_coupon_id` FOREIGN KEY (`coupon_id`) REFERENCES `campaigns_coupon` (`id`),
  CONSTRAINT `campaigns_couponusage_created_by_id_428987ec_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `campaigns_couponusage_modified_by_id_14191f20_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `campaigns_couponusage_order_id_393d9eed_fk_shuup_order_id` FOREIGN KEY (`order_id`) REFERENCES `shuup_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_registrationprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activation_key` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  `activated` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `registration_registr_user_id_5fcbf725_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_tasks_task` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  `status` int(11) NOT NULL,
  `priority` int(10) unsigned NOT NULL,
  `completed_on` datetime(6) DEFAULT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `assigned_to_id` int(11) DEFAULT NULL,
  `completed_by_id` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `shop_id` int(11) NOT NULL,
  `type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_tasks_task_assigned_to_id_6db37fbd_fk_shuup_contact_id` (`assigned_to_id`),
  KEY `shuup_tasks_task_completed_by_id_9b862e84_fk_shuup_contact_id` (`completed_by_id`),
  KEY `shuup_tasks_task_creator_id_fccb56e4_fk_shuup_contact_id` (`creator_id`),
  KEY `shuup_tasks_task_shop_id_006d15b7_fk_shuup_shop_id` (`shop_id`),
  KEY `shuup_tasks_task_priority_5ef4a9c1` (`priority`),
  KEY `shuup_tasks_task_created_on_7bbbe93c` (`created_on`),
  KEY `shuup_tasks_task_modified_on_1f62f1f6` (`modified_on`),
  KEY `shuup_tasks_task_type_id_0bd3a009_fk_shuup_tasks_tasktype_id` (`type_id`),
  CONSTRAINT `shuup_tasks_task_assigned_to_id_6db37fbd_fk_shuup_contact_id` FOREIGN KEY (`assigned_to_id`) REFERENCES `shuup_contact` (`id`),
  CONSTRAINT `shuup_tasks_task_completed_by_id_9b862e84_fk_shuup_contact_id` FOREIGN KEY (`completed_by_id`) REFERENCES `shuup_contact` (`id`),
  CONSTRAINT `shuup_tasks_task_creator_id_fccb56e4_fk_shuup_contact_id` FOREIGN KEY (`creator_id`) REFERENCES `shuup_contact` (`id`),
  CONSTRAINT `shuup_tasks_task_shop_id_006d15b7_fk_shuup_shop_id` FOREIGN KEY (`shop_id`) REFERENCES `shuup_shop` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shuup_tasks_taskcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `visibility` int(11) NOT NULL,
  `body` longtext NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  `task_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shuup_tasks_taskcomment_author_id_6130717a_fk_shuup_contact_id` (`author_id`),
  KEY `shuup_tasks_taskcomment_task_id_28cc15a7_fk_shuup_tasks_task_id` (`task_id`),
  KEY `shuup_tasks_taskcomment_visibility_524bcef1` (`visibility`),
  KEY `shuup_tasks_taskcomment_created_on_e8138cf7` (`created_on`),
  KEY `shuup_tasks_taskcomment_modified_on_2eb2ae8c` (`modified_on`),
  CONSTRAINT `shuup_tasks_taskcomment_author_id_6130717a_fk_shuup_contact_id` FOREIGN KEY (`author_id`) REFERENCES `shuup_contact` (`id`),
  CONSTRAINT `shuup_tasks_taskcomment_task_id_28cc15a7_fk_shuup_tasks_task_id` FOREIGN KEY (`task_id`) REFERENCES `shuup_tasks_task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

-- Tree.io (treeio/treeio, commit bae3115f4015aad2cbc5ab45572232ceec990495, MIT): the Django migrations
-- treeio/{core,identities,finance,sales,messaging,events,account}/migrations/0001_initial.py replayed into MariaDB
-- 10.11 by Django 4.2 (auth_user from django.contrib.auth), dumped with mysqldump --no-data; 44 of the 85 tables kept.

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

CREATE TABLE `core_accessentity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_group` (
  `accessentity_ptr_id` int(11) NOT NULL,
  `name` varchar(256) NOT NULL,
  `details` longtext DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`accessentity_ptr_id`),
  KEY `core_group_parent_id_33fe5c0d_fk_core_group_accessentity_ptr_id` (`parent_id`),
  CONSTRAINT `core_group_accessentity_ptr_id_0ccbfd24_fk_core_accessentity_id` FOREIGN KEY (`accessentity_ptr_id`) REFERENCES `core_accessentity` (`id`),
  CONSTRAINT `core_group_parent_id_33fe5c0d_fk_core_group_accessentity_ptr_id` FOREIGN KEY (`parent_id`) REFERENCES `core_group` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_user` (
  `accessentity_ptr_id` int(11) NOT NULL,
  `name` varchar(256) NOT NULL,
  `disabled` tinyint(1) NOT NULL,
  `last_access` datetime(6) NOT NULL,
  `default_group_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`accessentity_ptr_id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `core_user_default_group_id_5af8a6df_fk_core_grou` (`default_group_id`),
  CONSTRAINT `core_user_accessentity_ptr_id_534d3787_fk_core_accessentity_id` FOREIGN KEY (`accessentity_ptr_id`) REFERENCES `core_accessentity` (`id`),
  CONSTRAINT `core_user_default_group_id_5af8a6df_fk_core_grou` FOREIGN KEY (`default_group_id`) REFERENCES `core_group` (`accessentity_ptr_id`),
  CONSTRAINT `core_user_user_id_5b0290bb_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_user_other_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_user_other_groups_user_id_group_id_00547410_uniq` (`user_id`,`group_id`),
  KEY `core_user_other_grou_group_id_6cb2be7c_fk_core_grou` (`group_id`),
  CONSTRAINT `core_user_other_grou_group_id_6cb2be7c_fk_core_grou` FOREIGN KEY (`group_id`) REFERENCES `core_group` (`accessentity_ptr_id`),
  CONSTRAINT `core_user_other_grou_user_id_5c33f35d_fk_core_user` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_object` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_name` varchar(512) DEFAULT NULL,
  `object_type` varchar(512) DEFAULT NULL,
  `trash` tinyint(1) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `nuvius_resource` longtext DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `core_object_creator_id_fdc5b92b_fk_core_user_accessentity_ptr_id` (`creator_id`),
  CONSTRAINT `core_object_creator_id_fdc5b92b_fk_core_user_accessentity_ptr_id` FOREIGN KEY (`creator_id`) REFERENCES `core_user` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_object_subscribers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_object_subscribers_object_id_user_id_df19abe9_uniq` (`object_id`,`user_id`),
  KEY `core_object_subscrib_user_id_fa3e7db3_fk_core_user` (`user_id`),
  CONSTRAINT `core_object_subscrib_user_id_fa3e7db3_fk_core_user` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`accessentity_ptr_id`),
  CONSTRAINT `core_object_subscribers_object_id_c9e52f70_fk_core_object_id` FOREIGN KEY (`object_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_object_read_access` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(11) NOT NULL,
  `accessentity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_object_read_access_object_id_accessentity_id_09ae2896_uniq` (`object_id`,`accessentity_id`),
  KEY `core_object_read_acc_accessentity_id_e3e971ea_fk_core_acce` (`accessentity_id`),
  CONSTRAINT `core_object_read_acc_accessentity_id_e3e971ea_fk_core_acce` FOREIGN KEY (`accessentity_id`) REFERENCES `core_accessentity` (`id`),
  CONSTRAINT `core_object_read_access_object_id_611b4dc4_fk_core_object_id` FOREIGN KEY (`object_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_object_full_access` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(11) NOT NULL,
  `accessentity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_object_full_access_object_id_accessentity_id_062d9320_uniq` (`object_id`,`accessentity_id`),
  KEY `core_object_full_acc_accessentity_id_4e5bbf6a_fk_core_acce` (`accessentity_id`),
  CONSTRAINT `core_object_full_acc_accessentity_id_4e5bbf6a_fk_core_acce` FOREIGN KEY (`accessentity_id`) REFERENCES `core_accessentity` (`id`),
  CONSTRAINT `core_object_full_access_object_id_97664b59_fk_core_object_id` FOREIGN KEY (`object_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(512) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `body` longtext DEFAULT NULL,
  `date_created` datetime(6) NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `core_comment_author_id_f7066c5e_fk_core_user_accessentity_ptr_id` (`author_id`),
  CONSTRAINT `core_comment_author_id_f7066c5e_fk_core_user_accessentity_ptr_id` FOREIGN KEY (`author_id`) REFERENCES `core_user` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_updaterecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `record_type` varchar(32) NOT NULL,
  `url` varchar(512) DEFAULT NULL,
  `body` longtext DEFAULT NULL,
  `score` int(11) NOT NULL,
  `format_message` longtext DEFAULT NULL,
  `format_strings` longtext DEFAULT NULL,
  `date_created` datetime(6) NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  `sender_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `core_updaterecord_author_id_69063111_fk_core_user` (`author_id`),
  KEY `core_updaterecord_sender_id_ce969774_fk_core_object_id` (`sender_id`),
  CONSTRAINT `core_updaterecord_author_id_69063111_fk_core_user` FOREIGN KEY (`author_id`) REFERENCES `core_user` (`accessentity_ptr_id`),
  CONSTRAINT `core_updaterecord_sender_id_ce969774_fk_core_object_id` FOREIGN KEY (`sender_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_updaterecord_recipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `updaterecord_id` int(11) NOT NULL,
  `accessentity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_updaterecord_recipi_updaterecord_id_accessen_4baddc93_uniq` (`updaterecord_id`,`accessentity_id`),
  KEY `core_updaterecord_re_accessentity_id_b9142d92_fk_core_acce` (`accessentity_id`),
  CONSTRAINT `core_updaterecord_re_accessentity_id_b9142d92_fk_core_acce` FOREIGN KEY (`accessentity_id`) REFERENCES `core_accessentity` (`id`),
  CONSTRAINT `core_updaterecord_re_updaterecord_id_2be8798b_fk_core_upda` FOREIGN KEY (`updaterecord_id`) REFERENCES `core_updaterecord` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_updaterecord_about` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `updaterecord_id` int(11) NOT NULL,
  `object_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_updaterecord_about_updaterecord_id_object_id_d59852d8_uniq` (`updaterecord_id`,`object_id`),
  KEY `core_updaterecord_about_object_id_ec21f8ae_fk_core_object_id` (`object_id`),
  CONSTRAINT `core_updaterecord_ab_updaterecord_id_91908052_fk_core_upda` FOREIGN KEY (`updaterecord_id`) REFERENCES `core_updaterecord` (`id`),
  CONSTRAINT `core_updaterecord_about_object_id_ec21f8ae_fk_core_object_id` FOREIGN KEY (`object_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_invitation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(75) NOT NULL,
  `key` varchar(256) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `default_group_id` int(11) DEFAULT NULL,
  `sender_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `core_invitation_sender_id_4548a9b7_fk_core_user` (`sender_id`),
  KEY `core_invitation_default_group_id_55588d52_fk_core_grou` (`default_group_id`),
  CONSTRAINT `core_invitation_default_group_id_55588d52_fk_core_grou` FOREIGN KEY (`default_group_id`) REFERENCES `core_group` (`accessentity_ptr_id`),
  CONSTRAINT `core_invitation_sender_id_4548a9b7_fk_core_user` FOREIGN KEY (`sender_id`) REFERENCES `core_user` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_attachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `filename` varchar(64) NOT NULL,
  `attached_file` varchar(100) NOT NULL,
  `mimetype` varchar(64) NOT NULL,
  `created` datetime(6) NOT NULL,
  `attached_object_id` int(11) DEFAULT NULL,
  `attached_record_id` int(11) DEFAULT NULL,
  `uploaded_by_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `core_attachment_attached_object_id_49837aba_fk_core_object_id` (`attached_object_id`),
  KEY `core_attachment_attached_record_id_fc851cf4_fk_core_upda` (`attached_record_id`),
  KEY `core_attachment_uploaded_by_id_f622209e_fk_core_user` (`uploaded_by_id`),
  CONSTRAINT `core_attachment_attached_object_id_49837aba_fk_core_object_id` FOREIGN KEY (`attached_object_id`) REFERENCES `core_object` (`id`),
  CONSTRAINT `core_attachment_attached_record_id_fc851cf4_fk_core_upda` FOREIGN KEY (`attached_record_id`) REFERENCES `core_updaterecord` (`id`),
  CONSTRAINT `core_attachment_uploaded_by_id_f622209e_fk_core_user` FOREIGN KEY (`uploaded_by_id`) REFERENCES `core_user` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_module` (
  `object_ptr_id` int(11) NOT NULL,
  `name` varchar(256) NOT NULL,
  `title` varchar(256) NOT NULL,
  `details` longtext NOT NULL,
  `url` varchar(512) NOT NULL,
  `display` tinyint(1) NOT NULL,
  `system` tinyint(1) NOT NULL,
  PRIMARY KEY (`object_ptr_id`),
  CONSTRAINT `core_module_object_ptr_id_d9548c8b_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `core_configsetting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `value` longtext DEFAULT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `identities_contacttype` (
  `object_ptr_id` int(11) NOT NULL,
  `name` varchar(256) NOT NULL,
  `slug` varchar(256) NOT NULL,
  `details` longtext DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  CONSTRAINT `identities_contacttype_object_ptr_id_ea53ff5e_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `identities_contact` (
  `object_ptr_id` int(11) NOT NULL,
  `name` varchar(256) NOT NULL,
  `contact_type_id` int(11) NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `related_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  KEY `identities_contact_contact_type_id_c279d826_fk_identitie` (`contact_type_id`),
  KEY `identities_contact_parent_id_e99a2f4b_fk_identitie` (`parent_id`),
  KEY `identities_contact_related_user_id_bc6b831b_fk_core_acce` (`related_user_id`),
  CONSTRAINT `identities_contact_contact_type_id_c279d826_fk_identitie` FOREIGN KEY (`contact_type_id`) REFERENCES `identities_contacttype` (`object_ptr_id`),
  CONSTRAINT `identities_contact_object_ptr_id_88a25aca_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`),
  CONSTRAINT `identities_contact_parent_id_e99a2f4b_fk_identitie` FOREIGN KEY (`parent_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `identities_contact_related_user_id_bc6b831b_fk_core_acce` FOREIGN KEY (`related_user_id`) REFERENCES `core_accessentity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `identities_contactfield` (
  `object_ptr_id` int(11) NOT NULL,
  `name` varchar(256) NOT NULL,
  `label` varchar(256) NOT NULL,
  `field_type` varchar(64) NOT NULL,
  `required` tinyint(1) NOT NULL,
  `allowed_values` longtext DEFAULT NULL,
  `details` longtext DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  CONSTRAINT `identities_contactfield_object_ptr_id_c2160e50_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `identities_contacttype_fields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contacttype_id` int(11) NOT NULL,
  `contactfield_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identities_contacttype_f_contacttype_id_contactfi_0b3468c4_uniq` (`contacttype_id`,`contactfield_id`),
  KEY `identities_contactty_contactfield_id_ed6cdc60_fk_identitie` (`contactfield_id`),
  CONSTRAINT `identities_contactty_contactfield_id_ed6cdc60_fk_identitie` FOREIGN KEY (`contactfield_id`) REFERENCES `identities_contactfield` (`object_ptr_id`),
  CONSTRAINT `identities_contactty_contacttype_id_3c3fc2dc_fk_identitie` FOREIGN KEY (`contacttype_id`) REFERENCES `identities_contacttype` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `identities_contactvalue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` varchar(1024) DEFAULT NULL,
  `contact_id` int(11) NOT NULL,
  `field_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `identities_contactva_contact_id_9355bab4_fk_identitie` (`contact_id`),
  KEY `identities_contactva_field_id_cf110967_fk_identitie` (`field_id`),
  CONSTRAINT `identities_contactva_contact_id_9355bab4_fk_identitie` FOREIGN KEY (`contact_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `identities_contactva_field_id_cf110967_fk_identitie` FOREIGN KEY (`field_id`) REFERENCES `identities_contactfield` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `finance_currency` (
  `object_ptr_id` int(11) NOT NULL,
  `code` varchar(3) NOT NULL,
  `name` varchar(255) NOT NULL,
  `symbol` varchar(1) DEFAULT NULL,
  `factor` decimal(10,4) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_default` tinyint(1) NOT NULL,
  PRIMARY KEY (`object_ptr_id`),
  CONSTRAINT `finance_currency_object_ptr_id_2bc865be_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_salestatus` (
  `object_ptr_id` int(11) NOT NULL,
  `name` varchar(512) NOT NULL,
  `use_leads` tinyint(1) NOT NULL,
  `use_opportunities` tinyint(1) NOT NULL,
  `use_sales` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `hidden` tinyint(1) NOT NULL,
  `details` longtext DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  CONSTRAINT `sales_salestatus_object_ptr_id_e70f671a_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_salesource` (
  `object_ptr_id` int(11) NOT NULL,
  `name` varchar(512) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `details` longtext DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  CONSTRAINT `sales_salesource_object_ptr_id_e9dbf23d_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_product` (
  `object_ptr_id` int(11) NOT NULL,
  `name` varchar(512) NOT NULL,
  `product_type` varchar(32) NOT NULL,
  `code` varchar(512) DEFAULT NULL,
  `supplier_code` int(11) DEFAULT NULL,
  `buy_price` decimal(20,2) NOT NULL,
  `sell_price` decimal(20,2) NOT NULL,
  `stock_quantity` int(11) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `runout_action` varchar(32) DEFAULT NULL,
  `details` longtext DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `supplier_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  KEY `sales_product_parent_id_bb814a73_fk_sales_product_object_ptr_id` (`parent_id`),
  KEY `sales_product_supplier_id_5eca634d_fk_identitie` (`supplier_id`),
  CONSTRAINT `sales_product_object_ptr_id_db0961d8_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`),
  CONSTRAINT `sales_product_parent_id_bb814a73_fk_sales_product_object_ptr_id` FOREIGN KEY (`parent_id`) REFERENCES `sales_product` (`object_ptr_id`),
  CONSTRAINT `sales_product_supplier_id_5eca634d_fk_identitie` FOREIGN KEY (`supplier_id`) REFERENCES `identities_contact` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_lead` (
  `object_ptr_id` int(11) NOT NULL,
  `contact_method` varchar(32) NOT NULL,
  `details` longtext DEFAULT NULL,
  `contact_id` int(11) NOT NULL,
  `source_id` int(11) DEFAULT NULL,
  `status_id` int(11) NOT NULL,
  PRIMARY KEY (`object_ptr_id`),
  KEY `sales_lead_source_id_0f4b5868_fk_sales_salesource_object_ptr_id` (`source_id`),
  KEY `sales_lead_status_id_4d35d71e_fk_sales_salestatus_object_ptr_id` (`status_id`),
  KEY `sales_lead_contact_id_2b82052d_fk_identitie` (`contact_id`),
  CONSTRAINT `sales_lead_contact_id_2b82052d_fk_identitie` FOREIGN KEY (`contact_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `sales_lead_object_ptr_id_5f9db995_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`),
  CONSTRAINT `sales_lead_source_id_0f4b5868_fk_sales_salesource_object_ptr_id` FOREIGN KEY (`source_id`) REFERENCES `sales_salesource` (`object_ptr_id`),
  CONSTRAINT `sales_lead_status_id_4d35d71e_fk_sales_salestatus_object_ptr_id` FOREIGN KEY (`status_id`) REFERENCES `sales_salestatus` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_lead_assigned` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `lead_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sales_lead_assigned_lead_id_user_id_208a0ffe_uniq` (`lead_id`,`user_id`),
  KEY `sales_lead_assigned_user_id_7bdfcdca_fk_core_user` (`user_id`),
  CONSTRAINT `sales_lead_assigned_lead_id_4c44352c_fk_sales_lead_object_ptr_id` FOREIGN KEY (`lead_id`) REFERENCES `sales_lead` (`object_ptr_id`),
  CONSTRAINT `sales_lead_assigned_user_id_7bdfcdca_fk_core_user` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_opportunity` (
  `object_ptr_id` int(11) NOT NULL,
  `expected_date` date DEFAULT NULL,
  `closed_date` date DEFAULT NULL,
  `probability` decimal(3,0) DEFAULT NULL,
  `amount` decimal(20,2) NOT NULL,
  `amount_display` decimal(20,2) NOT NULL,
  `details` longtext DEFAULT NULL,
  `amount_currency_id` int(11) NOT NULL,
  `contact_id` int(11) NOT NULL,
  `lead_id` int(11) DEFAULT NULL,
  `source_id` int(11) DEFAULT NULL,
  `status_id` int(11) NOT NULL,
  PRIMARY KEY (`object_ptr_id`),
  KEY `sales_opportunity_source_id_e5ca4674_fk_sales_sal` (`source_id`),
  KEY `sales_opportunity_status_id_9b671911_fk_sales_sal` (`status_id`),
  KEY `sales_opportunity_amount_currency_id_8c0b7e39_fk_finance_c` (`amount_currency_id`),
  KEY `sales_opportunity_contact_id_a35e90cf_fk_identitie` (`contact_id`),
  KEY `sales_opportunity_lead_id_773bde79_fk_sales_lead_object_ptr_id` (`lead_id`),
  CONSTRAINT `sales_opportunity_amount_currency_id_8c0b7e39_fk_finance_c` FOREIGN KEY (`amount_currency_id`) REFERENCES `finance_currency` (`object_ptr_id`),
  CONSTRAINT `sales_opportunity_contact_id_a35e90cf_fk_identitie` FOREIGN KEY (`contact_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `sales_opportunity_lead_id_773bde79_fk_sales_lead_object_ptr_id` FOREIGN KEY (`lead_id`) REFERENCES `sales_lead` (`object_ptr_id`),
  CONSTRAINT `sales_opportunity_object_ptr_id_71e1b788_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`),
  CONSTRAINT `sales_opportunity_source_id_e5ca4674_fk_sales_sal` FOREIGN KEY (`source_id`) REFERENCES `sales_salesource` (`object_ptr_id`),
  CONSTRAINT `sales_opportunity_status_id_9b671911_fk_sales_sal` FOREIGN KEY (`status_id`) REFERENCES `sales_salestatus` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_opportunity_assigned` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `opportunity_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sales_opportunity_assigned_opportunity_id_user_id_e81a98e2_uniq` (`opportunity_id`,`user_id`),
  KEY `sales_opportunity_as_user_id_af5c2dd3_fk_core_user` (`user_id`),
  CONSTRAINT `sales_opportunity_as_opportunity_id_67daa76e_fk_sales_opp` FOREIGN KEY (`opportunity_id`) REFERENCES `sales_opportunity` (`object_ptr_id`),
  CONSTRAINT `sales_opportunity_as_user_id_af5c2dd3_fk_core_user` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_saleorder` (
  `object_ptr_id` int(11) NOT NULL,
  `reference` varchar(512) DEFAULT NULL,
  `datetime` datetime(6) NOT NULL,
  `total` decimal(20,2) NOT NULL,
  `total_display` decimal(20,2) NOT NULL,
  `details` longtext DEFAULT NULL,
  `client_id` int(11) DEFAULT NULL,
  `currency_id` int(11) NOT NULL,
  `opportunity_id` int(11) DEFAULT NULL,
  `source_id` int(11) NOT NULL,
  `status_id` int(11) NOT NULL,
  PRIMARY KEY (`object_ptr_id`),
  KEY `sales_saleorder_source_id_15178e49_fk_sales_sal` (`source_id`),
  KEY `sales_saleorder_status_id_d9daa849_fk_sales_sal` (`status_id`),
  KEY `sales_saleorder_client_id_e28531d8_fk_identitie` (`client_id`),
  KEY `sales_saleorder_currency_id_c1325963_fk_finance_c` (`currency_id`),
  KEY `sales_saleorder_opportunity_id_a978d9f8_fk_sales_opp` (`opportunity_id`),
  CONSTRAINT `sales_saleorder_client_id_e28531d8_fk_identitie` FOREIGN KEY (`client_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `sales_saleorder_currency_id_c1325963_fk_finance_c` FOREIGN KEY (`currency_id`) REFERENCES `finance_currency` (`object_ptr_id`),
  CONSTRAINT `sales_saleorder_object_ptr_id_d18a5713_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`),
  CONSTRAINT `sales_saleorder_opportunity_id_a978d9f8_fk_sales_opp` FOREIGN KEY (`opportunity_id`) REFERENCES `sales_opportunity` (`object_ptr_id`),
  CONSTRAINT `sales_saleorder_source_id_15178e49_fk_sales_sal` FOREIGN KEY (`source_id`) REFERENCES `sales_salesource` (`object_ptr_id`),
  CONSTRAINT `sales_saleorder_status_id_d9daa849_fk_sales_sal` FOREIGN KEY (`status_id`) REFERENCES `sales_salestatus` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_subscription` (
  `object_ptr_id` int(11) NOT NULL,
  `start` date NOT NULL,
  `expiry` date DEFAULT NULL,
  `cycle_period` varchar(32) NOT NULL,
  `cycle_end` date DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `details` varchar(512) DEFAULT NULL,
  `client_id` int(11) DEFAULT NULL,
  `product_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  KEY `sales_subscription_client_id_95174fd8_fk_identitie` (`client_id`),
  KEY `sales_subscription_product_id_1d2fd4cb_fk_sales_pro` (`product_id`),
  CONSTRAINT `sales_subscription_client_id_95174fd8_fk_identitie` FOREIGN KEY (`client_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `sales_subscription_object_ptr_id_b7bf97ee_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`),
  CONSTRAINT `sales_subscription_product_id_1d2fd4cb_fk_sales_pro` FOREIGN KEY (`product_id`) REFERENCES `sales_product` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_orderedproduct` (
  `object_ptr_id` int(11) NOT NULL,
  `quantity` decimal(30,2) NOT NULL,
  `discount` decimal(5,2) NOT NULL,
  `rate` decimal(20,2) NOT NULL,
  `rate_display` decimal(20,2) NOT NULL,
  `description` longtext DEFAULT NULL,
  `fulfilled` tinyint(1) NOT NULL,
  `order_id` int(11) NOT NULL,
  `product_id` int(11) NOT NULL,
  `subscription_id` int(11) DEFAULT NULL,
  `tax_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  KEY `sales_orderedproduct_order_id_e9cbfa10_fk_sales_sal` (`order_id`),
  KEY `sales_orderedproduct_product_id_aa318978_fk_sales_pro` (`product_id`),
  KEY `sales_orderedproduct_subscription_id_b0196075_fk_sales_sub` (`subscription_id`),
  KEY `sales_orderedproduct_tax_id_368d5ec6_fk_finance_t` (`tax_id`),
  CONSTRAINT `sales_orderedproduct_object_ptr_id_7745d821_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`),
  CONSTRAINT `sales_orderedproduct_order_id_e9cbfa10_fk_sales_sal` FOREIGN KEY (`order_id`) REFERENCES `sales_saleorder` (`object_ptr_id`),
  CONSTRAINT `sales_orderedproduct_product_id_aa318978_fk_sales_pro` FOREIGN KEY (`product_id`) REFERENCES `sales_product` (`object_ptr_id`),
  CONSTRAINT `sales_orderedproduct_subscription_id_b0196075_fk_sales_sub` FOREIGN KEY (`subscription_id`) REFERENCES `sales_subscription` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_messagestream` (
  `object_ptr_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `incoming_server_name` varchar(255) DEFAULT NULL,
  `incoming_server_type` varchar(255) DEFAULT NULL,
  `incoming_server_username` varchar(255) DEFAULT NULL,
  `incoming_password` varchar(255) DEFAULT NULL,
  `outgoing_email` varchar(255) DEFAULT NULL,
  `outgoing_server_name` varchar(255) DEFAULT NULL,
  `outgoing_server_type` varchar(255) DEFAULT NULL,
  `outgoing_server_username` varchar(255) DEFAULT NULL,
  `outgoing_password` varchar(255) DEFAULT NULL,
  `faulty` tinyint(1) NOT NULL,
  `last_checked` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  CONSTRAINT `messaging_messagestream_object_ptr_id_85fbc2ef_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_mailinglist` (
  `object_ptr_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `from_contact_id` int(11) NOT NULL,
  `opt_in_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  KEY `messaging_mailinglis_opt_in_id_5db1ff02_fk_messaging` (`opt_in_id`),
  KEY `messaging_mailinglis_from_contact_id_83a0c6af_fk_identitie` (`from_contact_id`),
  CONSTRAINT `messaging_mailinglis_from_contact_id_83a0c6af_fk_identitie` FOREIGN KEY (`from_contact_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `messaging_mailinglist_object_ptr_id_6b38ab13_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_message` (
  `object_ptr_id` int(11) NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `body` longtext NOT NULL,
  `author_id` int(11) NOT NULL,
  `mlist_id` int(11) DEFAULT NULL,
  `reply_to_id` int(11) DEFAULT NULL,
  `stream_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  KEY `messaging_message_stream_id_6d5238bd_fk_messaging` (`stream_id`),
  KEY `messaging_message_author_id_40198c92_fk_identitie` (`author_id`),
  KEY `messaging_message_mlist_id_bb4f1f97_fk_messaging` (`mlist_id`),
  KEY `messaging_message_reply_to_id_f28e3285_fk_messaging` (`reply_to_id`),
  CONSTRAINT `messaging_message_author_id_40198c92_fk_identitie` FOREIGN KEY (`author_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `messaging_message_mlist_id_bb4f1f97_fk_messaging` FOREIGN KEY (`mlist_id`) REFERENCES `messaging_mailinglist` (`object_ptr_id`),
  CONSTRAINT `messaging_message_object_ptr_id_c6328de3_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`),
  CONSTRAINT `messaging_message_reply_to_id_f28e3285_fk_messaging` FOREIGN KEY (`reply_to_id`) REFERENCES `messaging_message` (`object_ptr_id`),
  CONSTRAINT `messaging_message_stream_id_6d5238bd_fk_messaging` FOREIGN KEY (`stream_id`) REFERENCES `messaging_messagestream` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_message_recipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) NOT NULL,
  `contact_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `messaging_message_recipients_message_id_contact_id_72f4ba08_uniq` (`message_id`,`contact_id`),
  KEY `messaging_message_re_contact_id_df6a8fbe_fk_identitie` (`contact_id`),
  CONSTRAINT `messaging_message_re_contact_id_df6a8fbe_fk_identitie` FOREIGN KEY (`contact_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `messaging_message_re_message_id_9817951d_fk_messaging` FOREIGN KEY (`message_id`) REFERENCES `messaging_message` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_message_read_by` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `messaging_message_read_by_message_id_user_id_1b15171c_uniq` (`message_id`,`user_id`),
  KEY `messaging_message_re_user_id_03b38387_fk_core_user` (`user_id`),
  CONSTRAINT `messaging_message_re_message_id_b7cfdcf1_fk_messaging` FOREIGN KEY (`message_id`) REFERENCES `messaging_message` (`object_ptr_id`),
  CONSTRAINT `messaging_message_re_user_id_03b38387_fk_core_user` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_mailinglist_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mailinglist_id` int(11) NOT NULL,
  `contact_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `messaging_mailinglist_me_mailinglist_id_contact_i_ba774922_uniq` (`mailinglist_id`,`contact_id`),
  KEY `messaging_mailinglis_contact_id_3ebaba98_fk_identitie` (`contact_id`),
  CONSTRAINT `messaging_mailinglis_contact_id_3ebaba98_fk_identitie` FOREIGN KEY (`contact_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `messaging_mailinglis_mailinglist_id_54d9138e_fk_messaging` FOREIGN KEY (`mailinglist_id`) REFERENCES `messaging_mailinglist` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_event` (
  `object_ptr_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `details` longtext DEFAULT NULL,
  `start` datetime(6) DEFAULT NULL,
  `end` datetime(6) NOT NULL,
  `location_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`object_ptr_id`),
  KEY `events_event_location_id_2fb4171f_fk_core_location_object_ptr_id` (`location_id`),
  CONSTRAINT `events_event_object_ptr_id_6fc092fc_fk_core_object_id` FOREIGN KEY (`object_ptr_id`) REFERENCES `core_object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_invitation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` varchar(255) NOT NULL,
  `contact_id` int(11) NOT NULL,
  `event_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `events_invitation_contact_id_20858d87_fk_identitie` (`contact_id`),
  KEY `events_invitation_event_id_24713f00_fk_events_ev` (`event_id`),
  CONSTRAINT `events_invitation_contact_id_20858d87_fk_identitie` FOREIGN KEY (`contact_id`) REFERENCES `identities_contact` (`object_ptr_id`),
  CONSTRAINT `events_invitation_event_id_24713f00_fk_events_ev` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`object_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `body` longtext DEFAULT NULL,
  `ntype` varchar(1) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `recipient_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `account_notification_recipient_id_0ecb3504_fk_core_user` (`recipient_id`),
  CONSTRAINT `account_notification_recipient_id_0ecb3504_fk_core_user` FOREIGN KEY (`recipient_id`) REFERENCES `core_user` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_notificationsetting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ntype` varchar(1) NOT NULL,
  `next_date` date DEFAULT NULL,
  `last_datetime` datetime(6) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `owner_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `owner_id` (`owner_id`),
  CONSTRAINT `account_notification_owner_id_d76f84b4_fk_core_user` FOREIGN KEY (`owner_id`) REFERENCES `core_user` (`accessentity_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- Sous-Chef 2.0.0dev12 (Santropol Roulant and Savoir-faire Linux; the meals-on-wheels application of the Santropol
-- Roulant in Montreal: clients — mostly older people and people with a loss of autonomy — their referents and
-- emergency contacts, dietary restrictions and ingredients to avoid, meal options, routes, orders and billing) —
-- MySQL/MariaDB DDL.
-- Source: github.com/santropolroulant/sous-chef (the project moved there from savoirfairelinux/sous-chef), commit
-- 6549c7edf3fa482de0fd7bad2e3f7d4f29ef7055, the Django models of souschef/*/models.py and their migrations (AGPL-3.0-only).
-- Sous-Chef runs on MySQL (django.db.backends.mysql). The tables were made by replaying all upstream migrations
-- with Django 5.2.9 (the version pinned in pyproject.toml) into a MariaDB 10.11 scratch database, with the settings
-- of souschef/sous_chef/settings.py (only the admin app's autodiscovery switched off, which needs GDAL and changes
-- no table); makemigrations --check reported no model change. Each table was read back with SHOW CREATE TABLE;
-- AUTO_INCREMENT counters removed. Tables appear in foreign-key order (referenced tables first); column order and
-- keys are as Django created them. Nothing was left out (django_crontab keeps no table).

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

CREATE TABLE `billing_billing` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `total_amount` decimal(8,2) NOT NULL,
  `billing_month` int(11) NOT NULL,
  `billing_year` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `detail` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_address` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `number` int(10) unsigned DEFAULT NULL CHECK (`number` >= 0),
  `street` varchar(100) NOT NULL,
  `apartment` varchar(10) DEFAULT NULL,
  `floor` int(11) DEFAULT NULL,
  `city` varchar(50) NOT NULL,
  `postal_code` varchar(7) NOT NULL,
  `distance` decimal(9,6) DEFAULT NULL,
  `latitude` decimal(9,6) DEFAULT NULL,
  `longitude` decimal(9,6) DEFAULT NULL,
  `country_code` varchar(10) NOT NULL,
  `region_code` varchar(10) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `firstname` varchar(50) NOT NULL,
  `lastname` varchar(50) NOT NULL,
  `address_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `mid` int(11) DEFAULT NULL,
  `rid` int(11) DEFAULT NULL,
  `work_information` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_member_address_id_9f449109_uniq` (`address_id`),
  CONSTRAINT `member_member_address_id_9f449109_fk_member_address_id` FOREIGN KEY (`address_id`) REFERENCES `member_address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_route` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `description` longtext DEFAULT NULL,
  `client_id_sequence` longtext NOT NULL,
  `vehicle` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_client` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `billing_payment_type` varchar(10) DEFAULT NULL,
  `rate_type` varchar(10) NOT NULL,
  `status` varchar(1) NOT NULL,
  `language` varchar(2) NOT NULL,
  `alert` longtext DEFAULT NULL,
  `delivery_type` varchar(1) NOT NULL,
  `gender` varchar(1) DEFAULT NULL,
  `birthdate` date DEFAULT NULL,
  `billing_member_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  `route_id` int(11) DEFAULT NULL,
  `meal_default_week` longtext DEFAULT NULL,
  `delivery_note` longtext DEFAULT NULL,
  `billing_mailing_type` varchar(10) DEFAULT NULL,
  `billing_email` varchar(320) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `member_client_billing_member_id_ce39f09a_fk_member_member_id` (`billing_member_id`),
  KEY `member_client_member_id_e452316d_fk_member_member_id` (`member_id`),
  KEY `member_client_route_id_f2c1354e_fk_member_route_id` (`route_id`),
  CONSTRAINT `member_client_billing_member_id_ce39f09a_fk_member_member_id` FOREIGN KEY (`billing_member_id`) REFERENCES `member_member` (`id`),
  CONSTRAINT `member_client_member_id_e452316d_fk_member_member_id` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`),
  CONSTRAINT `member_client_route_id_f2c1354e_fk_member_route_id` FOREIGN KEY (`route_id`) REFERENCES `member_route` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `order_order` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` date NOT NULL,
  `delivery_date` date NOT NULL,
  `status` varchar(1) NOT NULL,
  `client_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `order_order_client_id_8dc70a8e_fk_member_client_id` (`client_id`),
  CONSTRAINT `order_order_client_id_8dc70a8e_fk_member_client_id` FOREIGN KEY (`client_id`) REFERENCES `member_client` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `billing_billing_orders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `billing_id` int(11) NOT NULL,
  `order_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `billing_billing_orders_billing_id_order_id_8ef89a03_uniq` (`billing_id`,`order_id`),
  KEY `billing_billing_orders_order_id_e897aec4_fk_order_order_id` (`order_id`),
  CONSTRAINT `billing_billing_orders_billing_id_5eaadaf5_fk_billing_billing_id` FOREIGN KEY (`billing_id`) REFERENCES `billing_billing` (`id`),
  CONSTRAINT `billing_billing_orders_order_id_e897aec4_fk_order_order_id` FOREIGN KEY (`order_id`) REFERENCES `order_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `delivery_delivery` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
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

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `meal_component` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `description` longtext DEFAULT NULL,
  `component_group` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `meal_component_name_d4eb763e_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `meal_ingredient` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `description` longtext DEFAULT NULL,
  `ingredient_group` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `meal_ingredient_name_7a4c0b4e_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `meal_component_ingredient` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `component_id` int(11) NOT NULL,
  `ingredient_id` int(11) NOT NULL,
  `date` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `meal_component_ingre_ingredient_id_60625fa4_fk_meal_ingr` (`ingredient_id`),
  KEY `meal_component_ingre_component_id_301c0bec_fk_meal_comp` (`component_id`),
  CONSTRAINT `meal_component_ingre_component_id_301c0bec_fk_meal_comp` FOREIGN KEY (`component_id`) REFERENCES `meal_component` (`id`),
  CONSTRAINT `meal_component_ingre_ingredient_id_60625fa4_fk_meal_ingr` FOREIGN KEY (`ingredient_id`) REFERENCES `meal_ingredient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `meal_restricted_item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `description` longtext DEFAULT NULL,
  `restricted_item_group` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `meal_incompatibility` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ingredient_id` int(11) NOT NULL,
  `restricted_item_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `meal_incompatibility_ingredient_id_ef6e064c_fk_meal_ingr` (`ingredient_id`),
  KEY `meal_incompatibility_restricted_item_id_07fe0b43_fk_meal_rest` (`restricted_item_id`),
  CONSTRAINT `meal_incompatibility_ingredient_id_ef6e064c_fk_meal_ingr` FOREIGN KEY (`ingredient_id`) REFERENCES `meal_ingredient` (`id`),
  CONSTRAINT `meal_incompatibility_restricted_item_id_07fe0b43_fk_meal_rest` FOREIGN KEY (`restricted_item_id`) REFERENCES `meal_restricted_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `meal_menu` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `meal_menu_component` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `component_id` int(11) NOT NULL,
  `menu_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `meal_menu_component_component_id_6d2c2507_fk_meal_component_id` (`component_id`),
  KEY `meal_menu_component_menu_id_ec2d99fb_fk_meal_menu_id` (`menu_id`),
  CONSTRAINT `meal_menu_component_component_id_6d2c2507_fk_meal_component_id` FOREIGN KEY (`component_id`) REFERENCES `meal_component` (`id`),
  CONSTRAINT `meal_menu_component_menu_id_ec2d99fb_fk_meal_menu_id` FOREIGN KEY (`menu_id`) REFERENCES `meal_menu` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_client_avoid_component` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `component_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_client_avoid__client_id_4df7a16a_fk_member_cl` (`client_id`),
  KEY `member_client_avoid__component_id_1fbe3428_fk_meal_comp` (`component_id`),
  CONSTRAINT `member_client_avoid__client_id_4df7a16a_fk_member_cl` FOREIGN KEY (`client_id`) REFERENCES `member_client` (`id`),
  CONSTRAINT `member_client_avoid__component_id_1fbe3428_fk_meal_comp` FOREIGN KEY (`component_id`) REFERENCES `meal_component` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_client_avoid_ingredient` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `ingredient_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_client_avoid__client_id_2afb1824_fk_member_cl` (`client_id`),
  KEY `member_client_avoid__ingredient_id_3ad060bf_fk_meal_ingr` (`ingredient_id`),
  CONSTRAINT `member_client_avoid__client_id_2afb1824_fk_member_cl` FOREIGN KEY (`client_id`) REFERENCES `member_client` (`id`),
  CONSTRAINT `member_client_avoid__ingredient_id_3ad060bf_fk_meal_ingr` FOREIGN KEY (`ingredient_id`) REFERENCES `meal_ingredient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_option` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `description` longtext DEFAULT NULL,
  `option_group` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_client_option` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `option_id` int(11) NOT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `member_client_option_option_id_f687c64a_fk_member_option_id` (`option_id`),
  KEY `member_client_option_client_id_25a52c4e_fk_member_client_id` (`client_id`),
  CONSTRAINT `member_client_option_client_id_25a52c4e_fk_member_client_id` FOREIGN KEY (`client_id`) REFERENCES `member_client` (`id`),
  CONSTRAINT `member_client_option_option_id_f687c64a_fk_member_option_id` FOREIGN KEY (`option_id`) REFERENCES `member_option` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_clientscheduledstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status_from` varchar(1) NOT NULL,
  `status_to` varchar(1) NOT NULL,
  `reason` varchar(200) NOT NULL,
  `change_date` date NOT NULL,
  `change_state` varchar(5) NOT NULL,
  `operation_status` varchar(3) NOT NULL,
  `client_id` int(11) NOT NULL,
  `pair_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pair_id` (`pair_id`),
  KEY `member_clientschedul_client_id_06a12744_fk_member_cl` (`client_id`),
  CONSTRAINT `member_clientschedul_client_id_06a12744_fk_member_cl` FOREIGN KEY (`client_id`) REFERENCES `member_client` (`id`),
  CONSTRAINT `member_clientschedul_pair_id_2716f081_fk_member_cl` FOREIGN KEY (`pair_id`) REFERENCES `member_clientscheduledstatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(100) NOT NULL,
  `value` varchar(50) NOT NULL,
  `member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_contact_member_id_323afb3d_fk_member_member_id` (`member_id`),
  CONSTRAINT `member_contact_member_id_323afb3d_fk_member_member_id` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_deliveryhistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `vehicle` varchar(20) NOT NULL,
  `client_id_sequence` longtext NOT NULL,
  `comments` longtext DEFAULT NULL,
  `route_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_deliveryhistory_route_id_date_306f75be_uniq` (`route_id`,`date`),
  CONSTRAINT `member_deliveryhistory_route_id_ee874adf_fk_member_route_id` FOREIGN KEY (`route_id`) REFERENCES `member_route` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_relationship` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nature` varchar(100) NOT NULL,
  `type` longtext NOT NULL,
  `extra_fields` longtext NOT NULL,
  `remark` longtext NOT NULL,
  `client_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_relationship_client_id_member_id_876e0acf_uniq` (`client_id`,`member_id`),
  KEY `member_relationship_member_id_d9e32916_fk_member_member_id` (`member_id`),
  CONSTRAINT `member_relationship_client_id_9051b100_fk_member_client_id` FOREIGN KEY (`client_id`) REFERENCES `member_client` (`id`),
  CONSTRAINT `member_relationship_member_id_d9e32916_fk_member_member_id` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_restriction` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) NOT NULL,
  `restricted_item_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_restriction_client_id_103f8356_fk_member_client_id` (`client_id`),
  KEY `member_restriction_restricted_item_id_5ce7ed11_fk_meal_rest` (`restricted_item_id`),
  CONSTRAINT `member_restriction_client_id_103f8356_fk_member_client_id` FOREIGN KEY (`client_id`) REFERENCES `member_client` (`id`),
  CONSTRAINT `member_restriction_restricted_item_id_5ce7ed11_fk_meal_rest` FOREIGN KEY (`restricted_item_id`) REFERENCES `meal_restricted_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `note_notecategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `note_notepriority` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `note_note` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `note` longtext NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `is_read` tinyint(1) NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  `client_id` int(11) NOT NULL,
  `priority_id` int(11) DEFAULT NULL,
  `category_id` int(11) DEFAULT NULL,
  `is_deleted` tinyint(1) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `note_note_client_id_60435645_fk_member_client_id` (`client_id`),
  KEY `note_note_author_id_7408a41b_fk_auth_user_id` (`author_id`),
  KEY `note_note_category_id_df1fe7a5_fk_note_notecategory_id` (`category_id`),
  KEY `note_note_priority_id_68815d3a_fk_note_notepriority_id` (`priority_id`),
  CONSTRAINT `note_note_author_id_7408a41b_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `note_note_category_id_df1fe7a5_fk_note_notecategory_id` FOREIGN KEY (`category_id`) REFERENCES `note_notecategory` (`id`),
  CONSTRAINT `note_note_client_id_60435645_fk_member_client_id` FOREIGN KEY (`client_id`) REFERENCES `member_client` (`id`),
  CONSTRAINT `note_note_priority_id_68815d3a_fk_note_notepriority_id` FOREIGN KEY (`priority_id`) REFERENCES `note_notepriority` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `date` date NOT NULL,
  `member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `notification_notification_member_id_a497b5c1_fk_member_member_id` (`member_id`),
  CONSTRAINT `notification_notification_member_id_a497b5c1_fk_member_member_id` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `order_order_item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `price` decimal(6,2) NOT NULL,
  `billable_flag` tinyint(1) NOT NULL,
  `size` varchar(1) DEFAULT NULL,
  `order_item_type` varchar(20) NOT NULL,
  `remark` varchar(256) DEFAULT NULL,
  `order_id` int(11) NOT NULL,
  `free_quantity` int(11) DEFAULT NULL,
  `total_quantity` int(11) NOT NULL,
  `component_group` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `order_order_item_order_id_b20333dc_fk_order_order_id` (`order_id`),
  CONSTRAINT `order_order_item_order_id_b20333dc_fk_order_order_id` FOREIGN KEY (`order_id`) REFERENCES `order_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `order_orderstatuschange` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status_from` varchar(1) NOT NULL,
  `status_to` varchar(1) NOT NULL,
  `reason` varchar(200) NOT NULL,
  `change_time` datetime(6) NOT NULL,
  `order_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `order_orderstatuschange_order_id_43efdbe5_fk_order_order_id` (`order_id`),
  CONSTRAINT `order_orderstatuschange_order_id_43efdbe5_fk_order_order_id` FOREIGN KEY (`order_id`) REFERENCES `order_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


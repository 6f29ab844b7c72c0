-- GreaterWMS (warehouse management: staff, drivers and dispatch, customers, suppliers, inbound ASNs, outbound delivery notes, stock, cycle counts)
-- Source: github.com/GreaterWMS/GreaterWMS, commit 674445dc42cbe0996463cb536c5d6ac9b196b372 (Apache-2.0)
-- From Django models (*/models.py, Django 4.1, DEFAULT_AUTO_FIELD BigAutoField) written as MySQL DDL in the column order of the models;
-- the django.contrib auth, admin log and session tables as Django 4.1 creates them on MySQL/MariaDB.
-- Trimmed to the tables of the blind exam tests/data/blind112; column names, order and types are upstream's.

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `staff_name` varchar(255) NOT NULL,
  `staff_type` varchar(255) NOT NULL,
  `check_code` int NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  `error_check_code_counter` int NOT NULL,
  `is_lock` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stafftype` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `staff_type` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_profile` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `name` varchar(80) NOT NULL,
  `vip` bigint NOT NULL,
  `openid` varchar(100) NOT NULL,
  `appid` varchar(100) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `developer` tinyint(1) NOT NULL,
  `t_code` varchar(100) NOT NULL,
  `ip` varchar(100) NOT NULL,
  `vip_time` datetime(6) NOT NULL,
  `link_to` tinyint(1) NOT NULL,
  `link_to_id` bigint NOT NULL,
  `avatar` varchar(100) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `company` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `company_name` varchar(255) NOT NULL,
  `company_city` varchar(255) NOT NULL,
  `company_address` varchar(255) NOT NULL,
  `company_contact` varchar(255) NOT NULL,
  `company_manager` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supplier` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `supplier_name` varchar(255) NOT NULL,
  `supplier_city` varchar(255) NOT NULL,
  `supplier_address` varchar(255) NOT NULL,
  `supplier_contact` varchar(255) NOT NULL,
  `supplier_manager` varchar(255) NOT NULL,
  `supplier_level` bigint NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `asnlist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `asn_code` varchar(255) NOT NULL,
  `asn_status` bigint NOT NULL,
  `total_weight` double NOT NULL,
  `total_volume` double NOT NULL,
  `total_cost` double NOT NULL,
  `supplier` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `bar_code` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `transportation_fee` longtext NOT NULL CHECK (json_valid(`transportation_fee`)),
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `asndetail` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `asn_code` varchar(255) NOT NULL,
  `asn_status` bigint NOT NULL,
  `supplier` varchar(255) NOT NULL,
  `goods_code` varchar(255) NOT NULL,
  `goods_desc` varchar(255) NOT NULL,
  `goods_qty` bigint NOT NULL,
  `goods_actual_qty` bigint NOT NULL,
  `sorted_qty` bigint NOT NULL,
  `goods_shortage_qty` bigint NOT NULL,
  `goods_more_qty` bigint NOT NULL,
  `goods_damage_qty` bigint NOT NULL,
  `goods_weight` double NOT NULL,
  `goods_volume` double NOT NULL,
  `goods_cost` double NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dnlist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `dn_code` varchar(255) NOT NULL,
  `dn_status` bigint NOT NULL,
  `total_weight` double NOT NULL,
  `total_volume` double NOT NULL,
  `total_cost` double NOT NULL,
  `customer` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `bar_code` varchar(255) NOT NULL,
  `back_order_label` tinyint(1) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `transportation_fee` longtext NOT NULL CHECK (json_valid(`transportation_fee`)),
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dndetail` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `dn_code` varchar(255) NOT NULL,
  `dn_status` bigint NOT NULL,
  `customer` varchar(255) NOT NULL,
  `goods_code` varchar(255) NOT NULL,
  `goods_desc` varchar(255) NOT NULL,
  `goods_qty` bigint NOT NULL,
  `pick_qty` bigint NOT NULL,
  `picked_qty` bigint NOT NULL,
  `intransit_qty` bigint NOT NULL,
  `delivery_actual_qty` bigint NOT NULL,
  `delivery_shortage_qty` bigint NOT NULL,
  `delivery_more_qty` bigint NOT NULL,
  `delivery_damage_qty` bigint NOT NULL,
  `goods_weight` double NOT NULL,
  `goods_volume` double NOT NULL,
  `goods_cost` double NOT NULL,
  `creater` varchar(255) NOT NULL,
  `back_order_label` tinyint(1) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pickinglist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `dn_code` varchar(255) NOT NULL,
  `bin_name` varchar(255) NOT NULL,
  `goods_code` varchar(255) NOT NULL,
  `picking_status` smallint NOT NULL,
  `pick_qty` bigint NOT NULL,
  `picked_qty` bigint NOT NULL,
  `creater` varchar(255) NOT NULL,
  `t_code` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `binset` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `bin_name` varchar(255) NOT NULL,
  `bin_size` varchar(255) NOT NULL,
  `bin_property` varchar(11) NOT NULL,
  `empty_label` tinyint(1) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `bar_code` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `binsize` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `bin_size` varchar(255) NOT NULL,
  `bin_size_w` double NOT NULL,
  `bin_size_d` double NOT NULL,
  `bin_size_h` double NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `binproperty` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `bin_property` varchar(32) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customer` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `customer_name` varchar(255) NOT NULL,
  `customer_city` varchar(255) NOT NULL,
  `customer_address` varchar(255) NOT NULL,
  `customer_contact` varchar(255) NOT NULL,
  `customer_manager` varchar(255) NOT NULL,
  `customer_level` bigint NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `capital` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `capital_name` varchar(255) NOT NULL,
  `capital_qty` bigint NOT NULL,
  `capital_cost` double NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qtyrecorder` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `openid` varchar(255) NOT NULL,
  `mode_code` varchar(255) NOT NULL,
  `bin_name` varchar(255) NOT NULL,
  `goods_code` varchar(255) NOT NULL,
  `goods_desc` varchar(255) NOT NULL,
  `goods_qty` bigint NOT NULL,
  `store_code` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cyclecountday` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `openid` varchar(255) NOT NULL,
  `cyclecount_status` int NOT NULL,
  `bin_name` varchar(255) NOT NULL,
  `goods_code` varchar(255) NOT NULL,
  `goods_qty` bigint NOT NULL,
  `physical_inventory` bigint NOT NULL,
  `difference` bigint NOT NULL,
  `creater` varchar(255) NOT NULL,
  `t_code` varchar(255) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manualcyclecount` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `openid` varchar(255) NOT NULL,
  `cyclecount_status` int NOT NULL,
  `bin_name` varchar(255) NOT NULL,
  `goods_code` varchar(255) NOT NULL,
  `goods_qty` bigint NOT NULL,
  `physical_inventory` bigint NOT NULL,
  `difference` bigint NOT NULL,
  `creater` varchar(255) NOT NULL,
  `t_code` varchar(255) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `warehouse` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `warehouse_name` varchar(255) NOT NULL,
  `warehouse_city` varchar(255) NOT NULL,
  `warehouse_address` varchar(255) NOT NULL,
  `warehouse_contact` varchar(255) NOT NULL,
  `warehouse_manager` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goods` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `goods_code` varchar(255) NOT NULL,
  `goods_desc` varchar(255) NOT NULL,
  `goods_supplier` varchar(255) NOT NULL,
  `goods_weight` double NOT NULL,
  `goods_w` double NOT NULL,
  `goods_d` double NOT NULL,
  `goods_h` double NOT NULL,
  `unit_volume` double NOT NULL,
  `goods_unit` varchar(255) NOT NULL,
  `goods_class` varchar(255) NOT NULL,
  `goods_brand` varchar(255) NOT NULL,
  `goods_color` varchar(255) NOT NULL,
  `goods_shape` varchar(255) NOT NULL,
  `goods_specs` varchar(255) NOT NULL,
  `goods_origin` varchar(255) NOT NULL,
  `safety_stock` bigint NOT NULL,
  `goods_cost` double NOT NULL,
  `goods_price` double NOT NULL,
  `creater` varchar(255) NOT NULL,
  `bar_code` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goodsunit` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `goods_unit` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goodsclass` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `goods_class` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goodscolor` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `goods_color` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goodsbrand` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `goods_brand` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goodsshape` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `goods_shape` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goodsspecs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `goods_specs` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goodsorigin` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `goods_origin` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transportationfee` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `send_city` varchar(255) NOT NULL,
  `receiver_city` varchar(255) NOT NULL,
  `weight_fee` double NOT NULL,
  `volume_fee` double NOT NULL,
  `min_payment` double NOT NULL,
  `transportation_supplier` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `driver` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `driver_name` varchar(255) NOT NULL,
  `license_plate` varchar(255) NOT NULL,
  `contact` varchar(255) NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `is_delete` tinyint(1) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dispatchlist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `driver_name` varchar(255) NOT NULL,
  `dn_code` varchar(255) NOT NULL,
  `contact` bigint NOT NULL,
  `creater` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stocklist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `goods_code` varchar(255) NOT NULL,
  `goods_desc` varchar(255) NOT NULL,
  `goods_qty` bigint NOT NULL,
  `onhand_stock` bigint NOT NULL,
  `can_order_stock` bigint NOT NULL,
  `ordered_stock` bigint NOT NULL,
  `inspect_stock` bigint NOT NULL,
  `hold_stock` bigint NOT NULL,
  `damage_stock` bigint NOT NULL,
  `asn_stock` bigint NOT NULL,
  `dn_stock` bigint NOT NULL,
  `pre_load_stock` bigint NOT NULL,
  `pre_sort_stock` bigint NOT NULL,
  `sorted_stock` bigint NOT NULL,
  `pick_stock` bigint NOT NULL,
  `picked_stock` bigint NOT NULL,
  `back_order_stock` bigint NOT NULL,
  `supplier` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stockbin` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `bin_name` varchar(255) NOT NULL,
  `goods_code` varchar(255) NOT NULL,
  `goods_desc` varchar(255) NOT NULL,
  `goods_qty` bigint NOT NULL,
  `pick_qty` bigint NOT NULL,
  `picked_qty` bigint NOT NULL,
  `bin_size` varchar(255) NOT NULL,
  `bin_property` varchar(255) NOT NULL,
  `t_code` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `throttle` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `openid` varchar(255) NOT NULL,
  `appid` varchar(255) NOT NULL,
  `ip` varchar(255) NOT NULL,
  `method` varchar(18) NOT NULL,
  `t_code` varchar(255) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scanner` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `mode` varchar(255) NOT NULL,
  `code` longtext NOT NULL,
  `bar_code` varchar(255) NOT NULL,
  `openid` varchar(255) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

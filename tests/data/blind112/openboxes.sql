-- OpenBoxes (supply-chain and warehouse management: people and users, locations, shipments, requisitions, picklists, receipts, purchase orders, inventory transactions)
-- Source: github.com/openboxes/openboxes, commit 03548ddcc8138be42458745b86d97f3f80e7f163 (EPL-1.0)
-- From grails-app/migrations/install/changelog-create-tables.groovy (Liquibase consolidated install, MySQL types), with its unique and
-- foreign-key constraints between the kept tables, plus the 0.9.x changelogs that touch the kept tables (picklist_item picker columns,
-- requisition/requisition_item/transaction/event_type additions, cycle_count_request).
-- Trimmed to the tables of the blind exam tests/data/blind112; column names, order and types are upstream's.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `address` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `address` varchar(255) NOT NULL,
  `address2` varchar(255),
  `city` varchar(255),
  `country` varchar(255),
  `date_created` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  `postal_code` varchar(255),
  `state_or_province` varchar(255),
  `description` varchar(4000),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `person` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `email` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `last_updated` datetime NOT NULL,
  `phone_number` varchar(255),
  `active` bit(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `user` (
  `id` char(38) NOT NULL,
  `last_login_date` datetime,
  `manager_id` char(38),
  `password` varchar(255),
  `username` varchar(255),
  `warehouse_id` char(38),
  `photo` mediumblob,
  `locale` varchar(255),
  `remember_last_location` bit(1),
  `timezone` varchar(255),
  `dashboard_config` longblob,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`username`),
  CONSTRAINT `FK36EBCB1F28CE07` FOREIGN KEY (`warehouse_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FK36EBCB41E07A73` FOREIGN KEY (`manager_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `role` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `description` varchar(255),
  `role_type` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `user_role` (
  `user_id` char(38),
  `role_id` char(38),
  CONSTRAINT `FK143BF46AA462C195` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK143BF46AFF37FDB5` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `location_role` (
  `user_id` char(38),
  `location_id` char(38),
  `role_id` char(38),
  `version` int,
  `id` char(38),
  `location_roles_idx` int,
  CONSTRAINT `location_role_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `location_role_ibfk_2` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `location_role_ibfk_3` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `party` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  `party_type_id` char(38) NOT NULL,
  `class` varchar(255) NOT NULL,
  `code` varchar(255),
  `description` varchar(255),
  `name` varchar(255),
  `default_location_id` char(38),
  `active` bit(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_party_code` (`code`),
  CONSTRAINT `FK6581AE6D1DFC6D7` FOREIGN KEY (`default_location_id`) REFERENCES `location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `party_role` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `end_date` datetime,
  `party_id` char(38) NOT NULL,
  `role_type` varchar(255) NOT NULL,
  `start_date` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK1C92FE2F3E67CF9F` FOREIGN KEY (`party_id`) REFERENCES `party` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `location_type` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `description` varchar(255),
  `last_updated` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_order` int,
  `location_type_code` varchar(100),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `location_group` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  `name` varchar(255),
  `address_id` char(38),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK7A19D7561ED379F` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `location` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `address_id` char(38),
  `date_created` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  `logo_url` varchar(255),
  `name` varchar(255) NOT NULL,
  `inventory_id` char(38),
  `manager_id` char(38),
  `logo` mediumblob,
  `managed_locally` bit(1),
  `active` bit(1),
  `location_type_id` char(38),
  `parent_location_id` char(38),
  `bg_color` varchar(255),
  `fg_color` varchar(255),
  `location_group_id` char(38),
  `sort_order` int DEFAULT 0,
  `location_number` varchar(255),
  `description` varchar(255),
  `organization_id` char(38),
  `zone_id` char(38),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK714F9FB528F75F00` FOREIGN KEY (`location_type_id`) REFERENCES `location_type` (`id`),
  CONSTRAINT `FK714F9FB53BB36E94` FOREIGN KEY (`location_group_id`) REFERENCES `location_group` (`id`),
  CONSTRAINT `FK714F9FB541E07A73` FOREIGN KEY (`manager_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK714F9FB5606C7D95` FOREIGN KEY (`organization_id`) REFERENCES `party` (`id`),
  CONSTRAINT `FK714F9FB561ED379F` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`),
  CONSTRAINT `FK714F9FB572A2C5B4` FOREIGN KEY (`inventory_id`) REFERENCES `inventory` (`id`),
  CONSTRAINT `FK714F9FB57AF9A3C0` FOREIGN KEY (`parent_location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `zone_location_ibfk_3` FOREIGN KEY (`zone_id`) REFERENCES `location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `comment` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `comment` text,
  `date_created` datetime NOT NULL,
  `date_read` datetime,
  `date_sent` datetime,
  `last_updated` datetime NOT NULL,
  `recipient_id` char(38),
  `sender_id` char(38),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK38A5EE5FAF1302EB` FOREIGN KEY (`sender_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK38A5EE5FF885F087` FOREIGN KEY (`recipient_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `event_type` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `description` varchar(255),
  `event_code` varchar(255),
  `last_updated` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_order` int,
  `active` bit(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `event` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `event_date` datetime,
  `event_location_id` char(38),
  `event_type_id` char(38),
  `last_updated` datetime NOT NULL,
  `created_by_id` char(38),
  `comment_id` char(38),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK5C6729A3D970DB4` FOREIGN KEY (`event_type_id`) REFERENCES `event_type` (`id`),
  CONSTRAINT `FK5C6729A4415A5B0` FOREIGN KEY (`event_location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `fk_event_comment` FOREIGN KEY (`comment_id`) REFERENCES `comment` (`id`),
  CONSTRAINT `fk_event_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `shipment_type` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `description` varchar(255),
  `last_updated` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_order` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `shipper` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime,
  `description` varchar(255),
  `last_updated` datetime,
  `name` varchar(255) NOT NULL,
  `parameter_name` varchar(255),
  `tracking_format` varchar(255),
  `tracking_url` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `shipper_service` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `description` varchar(255),
  `name` varchar(255),
  `shipper_id` char(38),
  PRIMARY KEY (`id`),
  CONSTRAINT `FKDF7559D73896C98E` FOREIGN KEY (`shipper_id`) REFERENCES `shipper` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `shipment_method` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  `shipper_service_id` char(38),
  `tracking_number` varchar(255),
  `shipper_id` char(38),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK40203B26296B2CA3` FOREIGN KEY (`shipper_service_id`) REFERENCES `shipper_service` (`id`),
  CONSTRAINT `FK40203B263896C98E` FOREIGN KEY (`shipper_id`) REFERENCES `shipper` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `shipment` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `carrier_id` char(38),
  `date_created` datetime,
  `destination_id` char(38),
  `donor_id` char(38),
  `expected_delivery_date` datetime,
  `expected_shipping_date` datetime,
  `last_updated` datetime,
  `name` varchar(255) NOT NULL,
  `origin_id` char(38),
  `recipient_id` char(38),
  `shipment_method_id` char(38),
  `shipment_number` varchar(255),
  `shipment_type_id` char(38),
  `total_value` float(12,2),
  `additional_information` longtext,
  `stated_value` float(12,2),
  `weight` float(12),
  `weight_units` varchar(255),
  `current_status` varchar(255),
  `current_event_id` char(38),
  `created_by_id` char(38),
  `updated_by_id` char(38),
  `requisition_id` char(38),
  `description` text,
  `driver_name` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `FKE139719A1E2B3CDC` FOREIGN KEY (`destination_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FKE139719A217F5972` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FKE139719A294C1012` FOREIGN KEY (`carrier_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FKE139719A426DD105` FOREIGN KEY (`updated_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FKE139719A44979D51` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FKE139719A5DE9E374` FOREIGN KEY (`requisition_id`) REFERENCES `requisition` (`id`),
  CONSTRAINT `FKE139719AA28CC5FB` FOREIGN KEY (`shipment_method_id`) REFERENCES `shipment_method` (`id`),
  CONSTRAINT `FKE139719AD95ACF25` FOREIGN KEY (`current_event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `FKE139719ADBDEDAC4` FOREIGN KEY (`origin_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FKE139719AFF77FF9B` FOREIGN KEY (`shipment_type_id`) REFERENCES `shipment_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `shipment_event` (
  `shipment_events_id` char(38),
  `event_id` char(38),
  CONSTRAINT `FK6D032BB53B350242` FOREIGN KEY (`shipment_events_id`) REFERENCES `shipment` (`id`),
  CONSTRAINT `FK6D032BB5786431F` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `shipment_comment` (
  `shipment_comments_id` char(38),
  `comment_id` char(38),
  `comments_idx` int,
  CONSTRAINT `FKC398CCBAC4A49BBF` FOREIGN KEY (`comment_id`) REFERENCES `comment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `container` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `container_number` varchar(255),
  `container_type_id` char(38),
  `date_created` datetime NOT NULL,
  `description` varchar(255),
  `height` float(12,3),
  `last_updated` datetime NOT NULL,
  `length` float(12,3),
  `name` varchar(255),
  `parent_container_id` char(38),
  `recipient_id` char(38),
  `shipment_id` char(38),
  `volume_units` varchar(255),
  `weight` float(12,3),
  `weight_units` varchar(255),
  `width` float(12,3),
  `container_status` varchar(255),
  `sort_order` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FKE7814C813B5F6286` FOREIGN KEY (`shipment_id`) REFERENCES `shipment` (`id`),
  CONSTRAINT `FKE7814C8144979D51` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FKE7814C814B6A2E03` FOREIGN KEY (`parent_container_id`) REFERENCES `container` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `shipment_item` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `container_id` char(38),
  `date_created` datetime NOT NULL,
  `donor_id` char(38),
  `last_updated` datetime NOT NULL,
  `lot_number` varchar(255),
  `product_id` char(38),
  `quantity` int NOT NULL,
  `recipient_id` char(38),
  `shipment_items_idx` int,
  `shipment_id` char(38),
  `expiration_date` datetime,
  `inventory_item_id` char(38),
  `bin_location_id` char(38),
  `requisition_item_id` char(38),
  `sort_order` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FKDA3BB2981CD3412D` FOREIGN KEY (`requisition_item_id`) REFERENCES `requisition_item` (`id`),
  CONSTRAINT `FKDA3BB2983B5F6286` FOREIGN KEY (`shipment_id`) REFERENCES `shipment` (`id`),
  CONSTRAINT `FKDA3BB29844979D51` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FKDA3BB29869DB749D` FOREIGN KEY (`bin_location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FKDA3BB2987400E88E` FOREIGN KEY (`container_id`) REFERENCES `container` (`id`),
  CONSTRAINT `FKDA3BB298AA992CED` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FKDA3BB298DED5FAE7` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `requisition` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime,
  `date_requested` datetime NOT NULL,
  `description` varchar(255),
  `destination_id` char(38),
  `last_updated` datetime,
  `origin_id` char(38),
  `recipient_id` char(38),
  `request_number` varchar(255),
  `requested_by_id` char(38),
  `status` varchar(255),
  `fulfillment_id` char(38),
  `created_by_id` char(38),
  `updated_by_id` char(38),
  `name` varchar(255),
  `date_valid_from` datetime,
  `date_valid_to` datetime,
  `recipient_program` varchar(255),
  `requested_delivery_date` datetime NOT NULL,
  `type` varchar(255),
  `commodity_class` varchar(255),
  `is_template` tinyint(3),
  `is_published` tinyint(3),
  `date_published` datetime,
  `verified_by_id` char(38),
  `date_verified` datetime,
  `reviewed_by_id` char(38),
  `date_reviewed` datetime,
  `delivered_by_id` char(38),
  `date_delivered` datetime,
  `received_by_id` char(38),
  `date_received` datetime,
  `checked_by_id` char(38),
  `date_checked` datetime,
  `issued_by_id` char(38),
  `date_issued` datetime,
  `requisition_template_id` char(38),
  `replenishment_period` int,
  `sort_by_code` varchar(255),
  `source_type` varchar(255),
  `replenishment_type_code` varchar(255),
  `approved_by_id` char(38),
  `date_approved` datetime,
  `date_rejected` datetime,
  `approval_required` bit(1),
  `rejected_by_id` char(38),
  `date_delivery_requested` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK1799509C20E33E1C` FOREIGN KEY (`verified_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK1799509C217F5972` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK1799509C2BDD17B3` FOREIGN KEY (`requisition_template_id`) REFERENCES `requisition` (`id`),
  CONSTRAINT `FK1799509C36C69275` FOREIGN KEY (`received_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK1799509C426DD105` FOREIGN KEY (`updated_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK1799509C4CF042D8` FOREIGN KEY (`delivered_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK1799509CD196DBBF` FOREIGN KEY (`issued_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK1799509CD2CB8BBB` FOREIGN KEY (`checked_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK1799509CDFA74E0B` FOREIGN KEY (`reviewed_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK414EF28F1E2B3CDC` FOREIGN KEY (`destination_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FK414EF28F44979D51` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK414EF28FDBDEDAC4` FOREIGN KEY (`origin_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FK414EF28FDD302242` FOREIGN KEY (`requested_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `fk_requisition_approved_by` FOREIGN KEY (`approved_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `fk_requisition_rejected_by` FOREIGN KEY (`rejected_by_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `requisition_item` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `category_id` char(38),
  `date_created` datetime NOT NULL,
  `description` varchar(255),
  `inventory_item_id` char(38),
  `last_updated` datetime NOT NULL,
  `product_id` char(38) NOT NULL,
  `quantity` int NOT NULL,
  `requisition_id` char(38),
  `requested_by_id` char(38),
  `unit_price` float(12),
  `product_group_id` char(38),
  `comment` varchar(255),
  `recipient_id` char(38),
  `substitutable` bit(1) NOT NULL,
  `order_index` int,
  `requisition_items_idx` int,
  `quantity_canceled` int,
  `cancel_reason_code` varchar(255),
  `cancel_comments` varchar(255),
  `parent_requisition_item_id` char(38),
  `product_package_id` char(38),
  `requisition_item_type` varchar(255),
  `quantity_approved` int,
  `created_by_id` char(38),
  `updated_by_id` char(38),
  `substitution_item_id` char(38),
  `modification_item_id` char(38),
  `pallet_name` varchar(255),
  `box_name` varchar(255),
  `lot_number` varchar(255),
  `expiration_date` datetime,
  `pick_reason_code` varchar(255),
  `quantity_counted` int,
  `auto_allocated` bit(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK4DA982C35DE21C87` FOREIGN KEY (`requisition_id`) REFERENCES `requisition` (`id`),
  CONSTRAINT `FK4DA982C3911E7578` FOREIGN KEY (`requested_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK4DA982C3AA992CED` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK4DA982C3DED5FAE7` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`),
  CONSTRAINT `FK5358E4D61594028E` FOREIGN KEY (`substitution_item_id`) REFERENCES `requisition_item` (`id`),
  CONSTRAINT `FK5358E4D6217F5972` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK5358E4D6405AC22D` FOREIGN KEY (`modification_item_id`) REFERENCES `requisition_item` (`id`),
  CONSTRAINT `FK5358E4D6426DD105` FOREIGN KEY (`updated_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK5358E4D644979D51` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK5358E4D6DD302242` FOREIGN KEY (`requested_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK5358E4D6F84BDE18` FOREIGN KEY (`parent_requisition_item_id`) REFERENCES `requisition_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `requisition_comment` (
  `requisition_id` char(38),
  `comment_id` char(38),
  CONSTRAINT `fk_requisition_comment_comment` FOREIGN KEY (`comment_id`) REFERENCES `comment` (`id`),
  CONSTRAINT `fk_requisition_comment_requisition` FOREIGN KEY (`requisition_id`) REFERENCES `requisition` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `picklist` (
  `id` char(38) NOT NULL,
  `name` varchar(255),
  `description` varchar(255),
  `picker_id` char(38),
  `date_picked` datetime,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  `created_by_id` char(38),
  `updated_by_id` char(38),
  `requisition_id` char(38),
  `order_id` char(38),
  PRIMARY KEY (`id`),
  CONSTRAINT `FKD3F8383F217F5972` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FKD3F8383F426DD105` FOREIGN KEY (`updated_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FKD3F8383F5DE9E374` FOREIGN KEY (`requisition_id`) REFERENCES `requisition` (`id`),
  CONSTRAINT `FKD3F8383FA3E976BC` FOREIGN KEY (`picker_id`) REFERENCES `person` (`id`),
  CONSTRAINT `fk_picklist_order` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `picklist_item` (
  `id` char(38) NOT NULL,
  `quantity` int,
  `picklist_id` char(38),
  `inventory_item_id` char(38),
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  `created_by_id` char(38),
  `updated_by_id` char(38),
  `status` varchar(255),
  `reason_code` varchar(255),
  `comment` varchar(255),
  `requisition_item_id` char(38),
  `picklist_items_idx` int,
  `bin_location_id` char(38),
  `sort_order` int,
  `order_item_id` char(38),
  `quantity_picked` int,
  `date_picked` datetime,
  `picked_by_id` char(38),
  PRIMARY KEY (`id`),
  CONSTRAINT `FKE7584B1369DB749D` FOREIGN KEY (`bin_location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `fk_picklist_item_order_item` FOREIGN KEY (`order_item_id`) REFERENCES `order_item` (`id`),
  CONSTRAINT `picklist_item_ibfk_1` FOREIGN KEY (`requisition_item_id`) REFERENCES `requisition_item` (`id`),
  CONSTRAINT `picklist_item_ibfk_2` FOREIGN KEY (`picklist_id`) REFERENCES `picklist` (`id`),
  CONSTRAINT `picklist_item_ibfk_3` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `picklist_item_ibfk_4` FOREIGN KEY (`updated_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `picklist_item_ibfk_5` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `fk_picklist_item_picked_by_id_person` FOREIGN KEY (`picked_by_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `receipt` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `actual_delivery_date` datetime,
  `date_created` datetime NOT NULL,
  `expected_delivery_date` datetime,
  `last_updated` datetime NOT NULL,
  `recipient_id` char(38),
  `shipment_id` char(38),
  `receipt_number` varchar(255),
  `receipt_status_code` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK408272383B5F6286` FOREIGN KEY (`shipment_id`) REFERENCES `shipment` (`id`),
  CONSTRAINT `FK4082723844979D51` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `receipt_item` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `comment_id` char(38),
  `date_created` datetime NOT NULL,
  `expiration_date` datetime,
  `last_updated` datetime NOT NULL,
  `lot_number` varchar(255),
  `product_id` char(38),
  `quantity_shipped` int,
  `quantity_received` int,
  `receipt_id` char(38),
  `recipient_id` char(38),
  `comment` varchar(255),
  `shipment_item_id` char(38),
  `inventory_item_id` char(38),
  `bin_location_id` char(38),
  `quantity_canceled` int,
  `is_split_item` bit(1),
  `sort_order` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FKAE3064BA44979D51` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FKAE3064BA69DB749D` FOREIGN KEY (`bin_location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FKAE3064BAAA992CED` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FKAE3064BAB06EC4FB` FOREIGN KEY (`shipment_item_id`) REFERENCES `shipment_item` (`id`),
  CONSTRAINT `FKAE3064BADED5FAE7` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`),
  CONSTRAINT `FKAE3064BAF7076438` FOREIGN KEY (`receipt_id`) REFERENCES `receipt` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `order` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime,
  `date_ordered` varchar(255),
  `description` varchar(255),
  `destination_id` char(38),
  `last_updated` datetime,
  `order_number` varchar(255),
  `ordered_by_id` char(38),
  `origin_id` char(38),
  `recipient_id` char(38),
  `status` varchar(255),
  `completed_by_id` char(38),
  `date_completed` datetime,
  `name` varchar(255) NOT NULL,
  `currency_code` char(3),
  `exchange_rate` decimal(19,8),
  `payment_method_type_id` char(38),
  `payment_term_id` char(38),
  `approved_by_id` char(38),
  `date_approved` datetime,
  `destination_party_id` char(38),
  `origin_party_id` char(38),
  `created_by_id` char(38),
  `updated_by_id` char(38),
  `order_type_id` char(38),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK651874E1E2B3CDC` FOREIGN KEY (`destination_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FK651874E240896CB` FOREIGN KEY (`approved_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK651874E35D76CB0` FOREIGN KEY (`destination_party_id`) REFERENCES `party` (`id`),
  CONSTRAINT `FK651874E41B7275F` FOREIGN KEY (`completed_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK651874E44979D51` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK651874E6D91063C` FOREIGN KEY (`created_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK651874E8E7F7DCF` FOREIGN KEY (`updated_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK651874EAF6D8801` FOREIGN KEY (`ordered_by_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK651874EDBDEDAC4` FOREIGN KEY (`origin_id`) REFERENCES `location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `order_item` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `category_id` char(38),
  `date_created` datetime NOT NULL,
  `description` varchar(255),
  `inventory_item_id` char(38),
  `last_updated` datetime NOT NULL,
  `order_id` char(38),
  `product_id` char(38),
  `quantity` int NOT NULL,
  `requested_by_id` char(38),
  `unit_price` decimal(19,4),
  `order_item_status_code` varchar(100) DEFAULT 'PENDING',
  `parent_order_item_id` char(38),
  `recipient_id` char(38),
  `destination_bin_location_id` char(38),
  `origin_bin_location_id` char(38),
  `currency_code` char(3),
  `product_supplier_id` char(38),
  `estimated_ready_date` datetime,
  `estimated_ship_date` datetime,
  `estimated_delivery_date` datetime,
  `actual_ready_date` datetime,
  `actual_ship_date` datetime,
  `actual_delivery_date` datetime,
  `product_package_id` char(38),
  `quantity_per_uom` decimal(19,2),
  `quantity_uom_id` char(38),
  `budget_code_id` char(38),
  `gl_account_id` char(38),
  `order_index` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK2D110D6418D76D84` FOREIGN KEY (`origin_bin_location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FK2D110D6444979D51` FOREIGN KEY (`recipient_id`) REFERENCES `person` (`id`),
  CONSTRAINT `FK2D110D6451A9416E` FOREIGN KEY (`parent_order_item_id`) REFERENCES `order_item` (`id`),
  CONSTRAINT `FK2D110D64605326C` FOREIGN KEY (`destination_bin_location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FK2D110D64911E7578` FOREIGN KEY (`requested_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK2D110D64AA992CED` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FK2D110D64D08EDBE6` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`),
  CONSTRAINT `FK2D110D64DED5FAE7` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `order_comment` (
  `order_comments_id` char(38),
  `comment_id` char(38),
  CONSTRAINT `FK2DE9EE6EB8839C0F` FOREIGN KEY (`order_comments_id`) REFERENCES `order` (`id`),
  CONSTRAINT `FK2DE9EE6EC4A49BBF` FOREIGN KEY (`comment_id`) REFERENCES `comment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `transaction_type` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `description` varchar(255),
  `last_updated` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `sort_order` int,
  `transaction_code` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `transaction` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `created_by_id` char(38),
  `date_created` datetime NOT NULL,
  `destination_id` char(38),
  `inventory_id` char(38),
  `last_updated` datetime NOT NULL,
  `source_id` char(38),
  `transaction_date` datetime NOT NULL,
  `transaction_type_id` char(38),
  `confirmed` bit(1),
  `confirmed_by_id` char(38),
  `date_confirmed` datetime,
  `comment` varchar(255),
  `incoming_shipment_id` char(38),
  `outgoing_shipment_id` char(38),
  `updated_by_id` char(38),
  `transaction_number` varchar(255),
  `requisition_id` char(38),
  `order_id` char(38),
  `receipt_id` char(38),
  `cycle_count_id` char(38),
  `transaction_source_id` char(38),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK7FA0D2DE1E2B3CDC` FOREIGN KEY (`destination_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FK7FA0D2DE217F5972` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK7FA0D2DE3265A8A9` FOREIGN KEY (`confirmed_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK7FA0D2DE426DD105` FOREIGN KEY (`updated_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK7FA0D2DE5DE9E374` FOREIGN KEY (`requisition_id`) REFERENCES `requisition` (`id`),
  CONSTRAINT `FK7FA0D2DE5F12AFED` FOREIGN KEY (`incoming_shipment_id`) REFERENCES `shipment` (`id`),
  CONSTRAINT `FK7FA0D2DE72A2C5B4` FOREIGN KEY (`inventory_id`) REFERENCES `inventory` (`id`),
  CONSTRAINT `FK7FA0D2DE828481AF` FOREIGN KEY (`source_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FK7FA0D2DEB3FB7111` FOREIGN KEY (`transaction_type_id`) REFERENCES `transaction_type` (`id`),
  CONSTRAINT `FK7FA0D2DEB80B3233` FOREIGN KEY (`outgoing_shipment_id`) REFERENCES `shipment` (`id`),
  CONSTRAINT `FK7FA0D2DED08EDBE6` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`),
  CONSTRAINT `FK7FA0D2DEF7076438` FOREIGN KEY (`receipt_id`) REFERENCES `receipt` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `transaction_entry` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `inventory_item_id` char(38),
  `quantity` int NOT NULL,
  `transaction_id` char(38),
  `comments` varchar(255),
  `transaction_entries_idx` int,
  `bin_location_id` char(38),
  `product_id` char(38),
  `reason_code` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `FKABC21FD12EF4C7F4` FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`),
  CONSTRAINT `FKABC21FD169DB749D` FOREIGN KEY (`bin_location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FKABC21FD1AA992CED` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `FKABC21FD1DED5FAE7` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `inventory` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `last_inventory_date` datetime,
  `date_created` datetime,
  `last_updated` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `inventory_item` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  `lot_number` varchar(255),
  `product_id` char(38),
  `expiration_date` datetime,
  `comments` varchar(255),
  `lot_status` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_id` (`product_id`, `lot_number`),
  CONSTRAINT `FKFE019416DED5FAE7` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `product` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `category_id` char(38),
  `date_created` datetime NOT NULL,
  `description` mediumtext,
  `last_updated` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `product_code` varchar(255),
  `unit_of_measure_id` char(38),
  `cold_chain` bit(1),
  `manufacturer` varchar(255),
  `manufacturer_code` varchar(255),
  `ndc` varchar(255),
  `upc` varchar(255),
  `unit_of_measure` varchar(255),
  `created_by_id` char(38),
  `updated_by_id` char(38),
  `default_uom_id` char(38),
  `brand_name` varchar(255),
  `vendor` varchar(255),
  `vendor_code` varchar(255),
  `package_size` int,
  `model_number` varchar(255),
  `manufacturer_name` varchar(255),
  `vendor_name` varchar(255),
  `active` bit(1),
  `controlled_substance` bit(1),
  `essential` bit(1),
  `hazardous_material` bit(1),
  `lot_control` bit(1),
  `serialized` bit(1),
  `price_per_unit` decimal(19,4),
  `reconditioned` bit(1),
  `product_type_id` char(38),
  `abc_class` varchar(255),
  `cost_per_unit` decimal(19,4),
  `gl_account_id` char(38),
  `lot_and_expiry_control` bit(1),
  `product_family_id` char(38),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`product_code`),
  CONSTRAINT `FKED8DCCEF217F5972` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FKED8DCCEF426DD105` FOREIGN KEY (`updated_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `document` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `content_type` varchar(255),
  `date_created` datetime NOT NULL,
  `document_number` varchar(255),
  `document_type_id` char(38),
  `extension` varchar(255),
  `file_contents` mediumblob,
  `file_uri` longtext,
  `filename` varchar(255),
  `last_updated` datetime NOT NULL,
  `name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `cycle_count_request` (
  `id` char(38) NOT NULL,
  `version` bigint NOT NULL,
  `facility_id` char(38) NOT NULL,
  `product_id` char(38),
  `status` varchar(100) NOT NULL,
  `cycle_count_id` char(38),
  `blind_count` bit(1) NOT NULL,
  `request_type` varchar(100) NOT NULL,
  `date_created` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  `created_by_id` char(38) NOT NULL,
  `updated_by_id` char(38) NOT NULL,
  `count_assignee_id` char(38),
  `recount_assignee_id` char(38),
  `count_deadline` datetime,
  `recount_deadline` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_cycle_count_request_location` FOREIGN KEY (`facility_id`) REFERENCES `location` (`id`),
  CONSTRAINT `fk_cycle_count_request_product` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`),
  CONSTRAINT `fk_cycle_count_request_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_cycle_count_request_updated_by` FOREIGN KEY (`updated_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_cycle_count_request_count_assignee` FOREIGN KEY (`count_assignee_id`) REFERENCES `person` (`id`),
  CONSTRAINT `fk_cycle_count_request_recount_assignee` FOREIGN KEY (`recount_assignee_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

SET FOREIGN_KEY_CHECKS=1;

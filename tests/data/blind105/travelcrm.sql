SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `resource` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_type_id` integer NOT NULL,
  `maintainer_id` integer,
  `protected` tinyint(1),
  `modifydt` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_maintainer_id_resource` FOREIGN KEY (`maintainer_id`) REFERENCES `employee` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_type_id_resource` FOREIGN KEY (`resource_type_id`) REFERENCES `resource_type` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_type` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `name` varchar(32) NOT NULL,
  `humanize` varchar(32) NOT NULL,
  `resource_name` varchar(32) NOT NULL,
  `module` varchar(128) NOT NULL,
  `settings` json,
  `descr` varchar(255),
  `status` smallint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_idx_resource_type_module` (`module`, `resource_name`),
  UNIQUE KEY `unique_idx_resource_type_name` (`name`),
  CONSTRAINT `fk_resource_id_resource_type` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `name` varchar(255) NOT NULL,
  `path` varchar(255) NOT NULL,
  `size` decimal(16,2) NOT NULL,
  `media_type` varchar(128) NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_idx_path_upload` (`path`),
  CONSTRAINT `fk_resource_id_upload` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `country` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `iso_code` varchar(2) NOT NULL,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_idx_country_iso_code` (`iso_code`),
  CONSTRAINT `fk_resource_id_country` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `region_id` integer NOT NULL,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_idx_name_region_id_location` (`name`, `region_id`),
  CONSTRAINT `fk_resource_id_location` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `location_id` integer NOT NULL,
  `zip_code` varchar(12) NOT NULL,
  `address` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_location_id_address` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_address` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `contact_type` smallint NOT NULL,
  `contact` text NOT NULL,
  `status` smallint NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_resource_id_contact` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `passport` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `country_id` integer NOT NULL,
  `passport_type` smallint NOT NULL,
  `num` varchar(32) NOT NULL,
  `end_date` date,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_country_id_passport` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_passport` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `passport_upload` (
  `passport_id` integer NOT NULL,
  `upload_id` integer NOT NULL,
  PRIMARY KEY (`passport_id`, `upload_id`),
  CONSTRAINT `fk_passport_id_passport_upload` FOREIGN KEY (`passport_id`) REFERENCES `passport` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_upload_id_passport_upload` FOREIGN KEY (`upload_id`) REFERENCES `upload` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_category` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_idx_name_person_category` (`name`),
  CONSTRAINT `fk_resource_id_person_category` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `person_category_id` integer,
  `first_name` varchar(32) NOT NULL,
  `last_name` varchar(32),
  `second_name` varchar(32),
  `birthday` date,
  `gender` smallint,
  `email_subscription` tinyint(1),
  `sms_subscription` tinyint(1),
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_person_category_id_person` FOREIGN KEY (`person_category_id`) REFERENCES `person_category` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_person` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_address` (
  `person_id` integer NOT NULL,
  `address_id` integer NOT NULL,
  PRIMARY KEY (`person_id`, `address_id`),
  CONSTRAINT `fk_address_id_person_address` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_person_id_person_address` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_contact` (
  `person_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  PRIMARY KEY (`person_id`, `contact_id`),
  CONSTRAINT `fk_contact_id_person_contact` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_person_id_person_contact` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_passport` (
  `person_id` integer NOT NULL,
  `passport_id` integer NOT NULL,
  PRIMARY KEY (`person_id`, `passport_id`),
  CONSTRAINT `fk_passport_id_person_passport` FOREIGN KEY (`passport_id`) REFERENCES `passport` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_person_id_person_passport` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `photo_upload_id` integer,
  `first_name` varchar(32) NOT NULL,
  `last_name` varchar(32) NOT NULL,
  `second_name` varchar(32),
  `itn` varchar(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_photo_upload_id_employee` FOREIGN KEY (`photo_upload_id`) REFERENCES `upload` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_employee` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_address` (
  `employee_id` integer NOT NULL,
  `address_id` integer NOT NULL,
  PRIMARY KEY (`employee_id`, `address_id`),
  CONSTRAINT `fk_address_id_employee_address` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_employee_id_employee_address` FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_contact` (
  `employee_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  PRIMARY KEY (`employee_id`, `contact_id`),
  CONSTRAINT `fk_contact_id_employee_contact` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_employee_id_employee_contact` FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `employee_notification` (
  `employee_id` integer NOT NULL,
  `notification_id` integer NOT NULL,
  `status` smallint NOT NULL,
  PRIMARY KEY (`employee_id`, `notification_id`),
  CONSTRAINT `fk_employee_id_employee_notification` FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_notification_id_employee_notification` FOREIGN KEY (`notification_id`) REFERENCES `notification` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `structure` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `parent_id` integer,
  `company_id` integer NOT NULL,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_resource_id_structure` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_structure_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `structure` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `position` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `structure_id` integer NOT NULL,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_idx_name_strcuture_id_position` (`name`, `structure_id`),
  CONSTRAINT `fk_position_structure_id` FOREIGN KEY (`structure_id`) REFERENCES `structure` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_position` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `date` date,
  `employee_id` integer NOT NULL,
  `position_id` integer NOT NULL,
  `salary` decimal(16,2) NOT NULL,
  `currency_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_employee_id_appointment` FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_position_id_appointment` FOREIGN KEY (`position_id`) REFERENCES `position` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_appointment` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dismissal` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `date` date,
  `employee_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_employee_id_dismissal` FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_dismissal` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `employee_id` integer NOT NULL,
  `username` varchar(32) NOT NULL,
  `email` varchar(128) NOT NULL,
  `password` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_idx_users_email` (`email`),
  UNIQUE KEY `unique_idx_users_username` (`username`),
  CONSTRAINT `fk_employee_id_user` FOREIGN KEY (`employee_id`) REFERENCES `employee` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_user` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `descr` text NOT NULL,
  `url` text,
  `created` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_resource_id_notification` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `title` varchar(128) NOT NULL,
  `deadline` datetime NOT NULL,
  `reminder` integer,
  `descr` text,
  `status` smallint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_resource_id_task` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_resource` (
  `task_id` integer NOT NULL,
  `resource_id` integer NOT NULL,
  PRIMARY KEY (`task_id`, `resource_id`),
  CONSTRAINT `fk_resource_id_task_resource` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_task_id_task_resource` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `advsource` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_idx_name_advsource` (`name`),
  CONSTRAINT `fk_resource_id_advsource` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `resource_type_id` integer NOT NULL,
  `name` varchar(32) NOT NULL,
  `display_text` varchar(255) NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_idx_name_service` (`name`),
  CONSTRAINT `fk_resource_id_service` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_type_id_service` FOREIGN KEY (`resource_type_id`) REFERENCES `resource_type` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supplier` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `supplier_type_id` integer NOT NULL,
  `name` varchar(32) NOT NULL,
  `status` smallint NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_resource_id_supplier` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bperson` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `first_name` varchar(32) NOT NULL,
  `last_name` varchar(32),
  `second_name` varchar(32),
  `position_name` varchar(64),
  `status` smallint NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_resource_id_bperson` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supplier_bperson` (
  `supplier_id` integer NOT NULL,
  `bperson_id` integer NOT NULL,
  PRIMARY KEY (`supplier_id`, `bperson_id`),
  CONSTRAINT `fk_bperson_id_supplier_bperson` FOREIGN KEY (`bperson_id`) REFERENCES `bperson` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_supplier_id_supplier_bperson` FOREIGN KEY (`supplier_id`) REFERENCES `supplier` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lead` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `lead_date` date NOT NULL,
  `resource_id` integer NOT NULL,
  `advsource_id` integer NOT NULL,
  `customer_id` integer NOT NULL,
  `status` smallint NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_advsource_id_lead` FOREIGN KEY (`advsource_id`) REFERENCES `advsource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_customer_id_lead` FOREIGN KEY (`customer_id`) REFERENCES `person` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_lead` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lead_item` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `lead_id` integer,
  `service_id` integer NOT NULL,
  `currency_id` integer,
  `price_from` decimal(16,2),
  `price_to` decimal(16,2),
  `descr` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_lead_id_lead_item` FOREIGN KEY (`lead_id`) REFERENCES `lead` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_lead_item` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_service_id_lead_item` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `deal_date` date NOT NULL,
  `resource_id` integer NOT NULL,
  `customer_id` integer NOT NULL,
  `lead_id` integer,
  `advsource_id` integer NOT NULL,
  `status` smallint NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_advsource_id_order` FOREIGN KEY (`advsource_id`) REFERENCES `advsource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_customer_id_order` FOREIGN KEY (`customer_id`) REFERENCES `person` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_lead_id_order` FOREIGN KEY (`lead_id`) REFERENCES `lead` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_order` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_item` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `order_id` integer,
  `service_id` integer NOT NULL,
  `currency_id` integer NOT NULL,
  `supplier_id` integer NOT NULL,
  `price` decimal(16,2) NOT NULL,
  `discount_sum` decimal(16,2) NOT NULL,
  `discount_percent` decimal(16,2) NOT NULL,
  `status` smallint NOT NULL,
  `status_date` date,
  `status_info` varchar(128),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_order_id_order_item` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_order_item` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_service_id_order_item` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_supplier_id_order_item` FOREIGN KEY (`supplier_id`) REFERENCES `supplier` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_order_item` (
  `order_item_id` integer NOT NULL,
  `person_id` integer NOT NULL,
  PRIMARY KEY (`order_item_id`, `person_id`),
  CONSTRAINT `fk_order_item_id_person_order_item` FOREIGN KEY (`order_item_id`) REFERENCES `order_item` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_person_id_person_order_item` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tour` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `start_location_id` integer NOT NULL,
  `start_transport_id` integer NOT NULL,
  `end_location_id` integer NOT NULL,
  `end_transport_id` integer NOT NULL,
  `hotel_id` integer,
  `accomodation_id` integer,
  `foodcat_id` integer,
  `roomcat_id` integer,
  `transfer_id` integer,
  `adults` integer NOT NULL,
  `children` integer NOT NULL,
  `start_date` date NOT NULL,
  `start_additional_info` varchar(128),
  `end_date` date NOT NULL,
  `end_additional_info` varchar(128),
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_end_location_id_tour` FOREIGN KEY (`end_location_id`) REFERENCES `location` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_hotel_id_tour` FOREIGN KEY (`hotel_id`) REFERENCES `hotel` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_tour` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_start_location_id_tour` FOREIGN KEY (`start_location_id`) REFERENCES `location` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tour_order_item` (
  `order_item_id` integer NOT NULL,
  `tour_id` integer NOT NULL,
  PRIMARY KEY (`order_item_id`, `tour_id`),
  CONSTRAINT `fk_order_item_id_tour_order_item` FOREIGN KEY (`order_item_id`) REFERENCES `order_item` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_tour_id_tour_order_item` FOREIGN KEY (`tour_id`) REFERENCES `tour` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hotel` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `hotelcat_id` integer NOT NULL,
  `location_id` integer,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_location_id_hotel` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_hotel` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `start_location_id` integer NOT NULL,
  `end_location_id` integer NOT NULL,
  `ticket_class_id` integer NOT NULL,
  `transport_id` integer NOT NULL,
  `start_dt` datetime NOT NULL,
  `start_additional_info` varchar(128),
  `end_dt` datetime NOT NULL,
  `end_additional_info` varchar(128),
  `adults` integer NOT NULL,
  `children` integer NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_end_location_id_ticket` FOREIGN KEY (`end_location_id`) REFERENCES `location` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_ticket` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_start_location_id_ticket` FOREIGN KEY (`start_location_id`) REFERENCES `location` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visa` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `country_id` integer NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date,
  `type` smallint NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_country_id_visa` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_visa` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spassport` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `photo_done` tinyint(1) NOT NULL,
  `docs_receive_date` date,
  `docs_transfer_date` date,
  `passport_receive_date` date,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_resource_id_spassport` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spassport_order_item` (
  `order_item_id` integer NOT NULL,
  `spassport_id` integer NOT NULL,
  PRIMARY KEY (`order_item_id`, `spassport_id`),
  CONSTRAINT `fk_order_item_id_spassport_order_item` FOREIGN KEY (`order_item_id`) REFERENCES `order_item` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_spassport_id_spassport_order_item` FOREIGN KEY (`spassport_id`) REFERENCES `spassport` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `active_until` date NOT NULL,
  `resource_id` integer NOT NULL,
  `order_id` integer NOT NULL,
  `account_id` integer NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_order_id_invoice` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_invoice` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `income` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` integer NOT NULL,
  `invoice_id` integer NOT NULL,
  `account_item_id` integer NOT NULL,
  `sum` decimal(16,2) NOT NULL,
  `date` date NOT NULL,
  `descr` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_invoice_id_income` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_resource_id_income` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

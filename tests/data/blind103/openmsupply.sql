SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `name` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `code` TEXT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `is_customer` BOOLEAN NOT NULL,
  `is_supplier` BOOLEAN NOT NULL,
  `supplying_store_id` TEXT,
  `first_name` TEXT,
  `last_name` TEXT,
  `gender` VARCHAR(255),
  `date_of_birth` DATE,
  `phone` TEXT,
  `charge_code` TEXT,
  `comment` TEXT,
  `country` TEXT,
  `address1` TEXT,
  `address2` TEXT,
  `email` TEXT,
  `website` TEXT,
  `is_manufacturer` BOOLEAN NOT NULL,
  `is_donor` BOOLEAN NOT NULL,
  `on_hold` BOOLEAN NOT NULL,
  `created_datetime` DATETIME,
  `is_deceased` BOOLEAN NOT NULL,
  `national_health_number` TEXT,
  `date_of_death` DATE,
  `custom_data` TEXT,
  `deleted_datetime` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `name_link` (
  `id` VARCHAR(255) NOT NULL,
  `name_id` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `name_store_join` (
  `id` VARCHAR(255) NOT NULL,
  `name_link_id` TEXT NOT NULL,
  `store_id` TEXT NOT NULL,
  `name_is_customer` BOOLEAN NOT NULL,
  `name_is_supplier` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `name_tag` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `name_tag_join` (
  `id` VARCHAR(255) NOT NULL,
  `name_link_id` TEXT NOT NULL,
  `name_tag_id` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `name_oms_fields` (
  `id` VARCHAR(255) NOT NULL,
  `properties` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_account` (
  `id` VARCHAR(255) NOT NULL,
  `username` TEXT NOT NULL,
  `hashed_password` TEXT NOT NULL,
  `email` TEXT,
  `language` VARCHAR(255) NOT NULL,
  `first_name` TEXT,
  `last_name` TEXT,
  `phone_number` TEXT,
  `job_title` TEXT,
  `last_successful_sync` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_permission` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` TEXT NOT NULL,
  `store_id` TEXT,
  `permission` VARCHAR(255) NOT NULL,
  `context_id` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_store_join` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` TEXT NOT NULL,
  `store_id` TEXT NOT NULL,
  `is_default` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `store` (
  `id` VARCHAR(255) NOT NULL,
  `name_link_id` TEXT NOT NULL,
  `code` TEXT NOT NULL,
  `site_id` INTEGER NOT NULL,
  `logo` TEXT,
  `store_mode` VARCHAR(255) NOT NULL,
  `created_date` DATE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `clinician` (
  `id` VARCHAR(255) NOT NULL,
  `code` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `initials` TEXT NOT NULL,
  `first_name` TEXT,
  `address1` TEXT,
  `address2` TEXT,
  `phone` TEXT,
  `mobile` TEXT,
  `email` TEXT,
  `gender` VARCHAR(255),
  `is_active` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `clinician_link` (
  `id` VARCHAR(255) NOT NULL,
  `clinician_id` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `clinician_store_join` (
  `id` VARCHAR(255) NOT NULL,
  `store_id` TEXT NOT NULL,
  `clinician_link_id` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `invoice` (
  `id` VARCHAR(255) NOT NULL,
  `name_link_id` TEXT NOT NULL,
  `name_store_id` TEXT,
  `store_id` TEXT NOT NULL,
  `user_id` TEXT,
  `invoice_number` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `on_hold` BOOLEAN NOT NULL,
  `comment` TEXT,
  `their_reference` TEXT,
  `transport_reference` TEXT,
  `created_datetime` DATETIME NOT NULL,
  `allocated_datetime` DATETIME,
  `picked_datetime` DATETIME,
  `shipped_datetime` DATETIME,
  `delivered_datetime` DATETIME,
  `verified_datetime` DATETIME,
  `colour` TEXT,
  `requisition_id` TEXT,
  `linked_invoice_id` TEXT,
  `tax_percentage` DOUBLE,
  `currency_id` TEXT,
  `currency_rate` DOUBLE NOT NULL,
  `clinician_link_id` TEXT,
  `original_shipment_id` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `invoice_line` (
  `id` VARCHAR(255) NOT NULL,
  `invoice_id` TEXT NOT NULL,
  `item_link_id` TEXT NOT NULL,
  `item_name` TEXT NOT NULL,
  `item_code` TEXT NOT NULL,
  `stock_line_id` TEXT,
  `location_id` TEXT,
  `batch` TEXT,
  `expiry_date` DATE,
  `pack_size` DOUBLE NOT NULL,
  `cost_price_per_pack` DOUBLE NOT NULL,
  `sell_price_per_pack` DOUBLE NOT NULL,
  `total_before_tax` DOUBLE NOT NULL,
  `total_after_tax` DOUBLE NOT NULL,
  `tax_percentage` DOUBLE,
  `type` VARCHAR(255) NOT NULL,
  `number_of_packs` DOUBLE NOT NULL,
  `note` TEXT,
  `inventory_adjustment_reason_id` TEXT,
  `return_reason_id` TEXT,
  `foreign_currency_price_before_tax` DOUBLE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `item` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `code` TEXT NOT NULL,
  `unit_id` TEXT,
  `default_pack_size` DOUBLE NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `legacy_record` TEXT NOT NULL,
  `is_active` BOOLEAN NOT NULL,
  `is_vaccine` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `item_link` (
  `id` VARCHAR(255) NOT NULL,
  `item_id` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `unit` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `index` INTEGER NOT NULL,
  `is_active` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `location` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `code` TEXT NOT NULL,
  `on_hold` BOOLEAN NOT NULL,
  `store_id` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `stock_line` (
  `id` VARCHAR(255) NOT NULL,
  `item_link_id` TEXT NOT NULL,
  `store_id` TEXT NOT NULL,
  `location_id` TEXT,
  `batch` TEXT,
  `pack_size` DOUBLE NOT NULL,
  `cost_price_per_pack` DOUBLE NOT NULL,
  `sell_price_per_pack` DOUBLE NOT NULL,
  `available_number_of_packs` DOUBLE NOT NULL,
  `total_number_of_packs` DOUBLE NOT NULL,
  `expiry_date` DATE,
  `on_hold` BOOLEAN NOT NULL,
  `note` TEXT,
  `supplier_link_id` TEXT,
  `barcode_id` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `program` (
  `id` VARCHAR(255) NOT NULL,
  `master_list_id` TEXT,
  `name` TEXT NOT NULL,
  `context_id` TEXT NOT NULL,
  `is_immunisation` BOOLEAN NOT NULL,
  `deleted_datetime` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `program_enrolment` (
  `id` VARCHAR(255) NOT NULL,
  `document_type` TEXT NOT NULL,
  `document_name` TEXT NOT NULL,
  `program_id` TEXT NOT NULL,
  `patient_link_id` TEXT NOT NULL,
  `enrolment_datetime` DATETIME NOT NULL,
  `program_enrolment_id` TEXT,
  `status` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `program_event` (
  `id` VARCHAR(255) NOT NULL,
  `datetime` DATETIME NOT NULL,
  `active_start_datetime` DATETIME NOT NULL,
  `active_end_datetime` DATETIME NOT NULL,
  `patient_link_id` TEXT,
  `context_id` TEXT NOT NULL,
  `document_type` TEXT NOT NULL,
  `document_name` TEXT,
  `type` TEXT NOT NULL,
  `data` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `encounter` (
  `id` VARCHAR(255) NOT NULL,
  `document_type` TEXT NOT NULL,
  `document_name` TEXT NOT NULL,
  `program_id` TEXT NOT NULL,
  `patient_link_id` TEXT NOT NULL,
  `created_datetime` DATETIME NOT NULL,
  `start_datetime` DATETIME NOT NULL,
  `end_datetime` DATETIME,
  `status` VARCHAR(255),
  `clinician_link_id` TEXT,
  `store_id` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `document` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `parent_ids` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `datetime` DATETIME NOT NULL,
  `type` TEXT NOT NULL,
  `data` TEXT NOT NULL,
  `form_schema_id` TEXT,
  `status` VARCHAR(255) NOT NULL,
  `owner_name_link_id` TEXT,
  `context_id` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `document_registry` (
  `id` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `document_type` TEXT NOT NULL,
  `context_id` TEXT NOT NULL,
  `name` TEXT,
  `form_schema_id` TEXT,
  `config` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `form_schema` (
  `id` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `json_schema` TEXT NOT NULL,
  `ui_schema` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contact_trace` (
  `id` VARCHAR(255) NOT NULL,
  `program_id` TEXT NOT NULL,
  `document_id` TEXT NOT NULL,
  `datetime` DATETIME NOT NULL,
  `contact_trace_id` TEXT,
  `patient_link_id` TEXT NOT NULL,
  `contact_patient_link_id` TEXT,
  `first_name` TEXT,
  `last_name` TEXT,
  `gender` VARCHAR(255),
  `date_of_birth` DATE,
  `store_id` TEXT,
  `relationship` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `context` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `activity_log` (
  `id` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `user_id` TEXT,
  `store_id` TEXT,
  `record_id` TEXT,
  `datetime` DATETIME NOT NULL,
  `changed_to` TEXT,
  `changed_from` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `requisition` (
  `id` VARCHAR(255) NOT NULL,
  `requisition_number` BIGINT NOT NULL,
  `name_link_id` TEXT NOT NULL,
  `store_id` TEXT NOT NULL,
  `user_id` TEXT,
  `type` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_datetime` DATETIME NOT NULL,
  `sent_datetime` DATETIME,
  `finalised_datetime` DATETIME,
  `expected_delivery_date` DATE,
  `colour` TEXT,
  `comment` TEXT,
  `their_reference` TEXT,
  `max_months_of_stock` DOUBLE NOT NULL,
  `min_months_of_stock` DOUBLE NOT NULL,
  `approval_status` VARCHAR(255),
  `linked_requisition_id` TEXT,
  `program_id` TEXT,
  `period_id` TEXT,
  `order_type` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `requisition_line` (
  `id` VARCHAR(255) NOT NULL,
  `requisition_id` TEXT NOT NULL,
  `item_link_id` TEXT NOT NULL,
  `item_name` TEXT NOT NULL,
  `requested_quantity` DOUBLE NOT NULL,
  `suggested_quantity` DOUBLE NOT NULL,
  `supply_quantity` DOUBLE NOT NULL,
  `available_stock_on_hand` DOUBLE NOT NULL,
  `average_monthly_consumption` DOUBLE NOT NULL,
  `snapshot_datetime` DATETIME,
  `approved_quantity` DOUBLE NOT NULL,
  `approval_comment` TEXT,
  `comment` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `currency` (
  `id` VARCHAR(255) NOT NULL,
  `rate` DOUBLE NOT NULL,
  `code` TEXT NOT NULL,
  `is_home_currency` BOOLEAN NOT NULL,
  `date_updated` DATE,
  `is_active` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `key_value_store` (
  `id` VARCHAR(255) NOT NULL,
  `value_string` TEXT,
  `value_int` INTEGER,
  `value_bigint` BIGINT,
  `value_float` DOUBLE,
  `value_bool` BOOLEAN,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sync_buffer` (
  `record_id` VARCHAR(255) NOT NULL,
  `received_datetime` DATETIME NOT NULL,
  `integration_datetime` DATETIME,
  `integration_error` TEXT,
  `table_name` TEXT NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `data` TEXT NOT NULL,
  `source_site_id` INTEGER,
  PRIMARY KEY (`record_id`)
);

CREATE TABLE `sensor` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `serial` TEXT NOT NULL,
  `location_id` TEXT,
  `store_id` TEXT NOT NULL,
  `battery_level` INTEGER,
  `log_interval` INTEGER,
  `is_active` BOOLEAN NOT NULL,
  `last_connection_datetime` DATETIME,
  `type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `temperature_log` (
  `id` VARCHAR(255) NOT NULL,
  `temperature` DOUBLE NOT NULL,
  `sensor_id` TEXT NOT NULL,
  `location_id` TEXT,
  `store_id` TEXT NOT NULL,
  `datetime` DATETIME NOT NULL,
  `temperature_breach_id` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `inventory_adjustment_reason` (
  `id` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `is_active` BOOLEAN NOT NULL,
  `reason` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `number` (
  `id` VARCHAR(255) NOT NULL,
  `value` BIGINT NOT NULL,
  `store_id` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `vaccine_course` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `program_id` TEXT NOT NULL,
  `demographic_indicator_id` TEXT,
  `coverage_rate` DOUBLE NOT NULL,
  `is_active` BOOLEAN NOT NULL,
  `wastage_rate` DOUBLE NOT NULL,
  `doses` INTEGER NOT NULL,
  `deleted_datetime` DATETIME,
  PRIMARY KEY (`id`)
);

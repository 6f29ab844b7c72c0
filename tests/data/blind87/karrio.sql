-- Karrio (multi-carrier shipping API), github.com/karrioapi/karrio, commit deea10f8568b2d48c71bbcc11ec11c62cdaf2a6a (LGPL-3.0 outside ee/).
-- Django models as they stand after replaying each app's migrations (modules/*/karrio/server/*/migrations), written as MySQL DDL
-- (Django's MySQL column types); API log from drf-api-tracking 1.8.4; Django contrib tables (contenttypes, auth, sessions, admin) of Django 6.0.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `django_content_type` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_user` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `full_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `metadata` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_user_email_uniq` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_user_groups` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_user_groups_user_id_group_id_uniq` (`user_id`, `group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_group` (
  `group_ptr_id` integer NOT NULL,
  PRIMARY KEY (`group_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `test_mode` bool NOT NULL,
  `label` varchar(50) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace-config` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `config` json NOT NULL,
  `created_by_id` integer NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` integer NULL,
  `user_id` integer NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rest_framework_tracking_apirequestlog` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `requested_at` datetime(6) NOT NULL,
  `response_ms` integer unsigned NOT NULL,
  `path` varchar(200) NOT NULL,
  `remote_addr` char(39) NULL,
  `host` varchar(200) NOT NULL,
  `method` varchar(10) NOT NULL,
  `query_params` longtext NULL,
  `data` longtext NULL,
  `response` longtext NULL,
  `status_code` integer unsigned NULL,
  `user_id` integer NULL,
  `view` varchar(200) NULL,
  `view_method` varchar(200) NULL,
  `errors` longtext NULL,
  `username_persistent` varchar(200) NULL,
  `user_agent` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_apilogindex` (
  `apirequestlog_ptr_id` integer NOT NULL,
  `entity_id` varchar(50) NULL,
  `test_mode` bool NULL,
  `request_id` varchar(200) NULL,
  PRIMARY KEY (`apirequestlog_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metafield` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `key` varchar(50) NOT NULL,
  `value` json NULL,
  `type` varchar(50) NOT NULL,
  `is_required` bool NOT NULL,
  `created_by_id` integer NULL,
  `content_type_id` integer NULL,
  `object_id` varchar(50) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_contextpermission` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `is_superuser` bool NOT NULL,
  `object_pk` varchar(50) NOT NULL,
  `content_type_id` integer NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CarrierConnection` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `carrier_id` varchar(150) NOT NULL,
  `test_mode` bool NOT NULL,
  `created_by_id` integer NULL,
  `active` bool NOT NULL,
  `metadata` json NULL,
  `capabilities` json NOT NULL,
  `carrier_code` varchar(100) NOT NULL,
  `credentials` json NOT NULL,
  `rate_sheet_id` varchar(50) NULL,
  `config` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SystemConnection` (
  `id` varchar(50) NOT NULL,
  `carrier_code` varchar(100) NOT NULL,
  `carrier_id` varchar(150) NOT NULL,
  `credentials` json NOT NULL,
  `config` json NOT NULL,
  `capabilities` json NOT NULL,
  `active` bool NOT NULL,
  `test_mode` bool NOT NULL,
  `metadata` json NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `rate_sheet_id` varchar(50) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BrokeredConnection` (
  `id` varchar(50) NOT NULL,
  `carrier_id` varchar(150) NULL,
  `config_overrides` json NOT NULL,
  `capabilities_overrides` json NOT NULL,
  `is_enabled` bool NOT NULL,
  `metadata` json NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `system_connection_id` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service-level` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `service_name` varchar(100) NOT NULL,
  `service_code` varchar(100) NOT NULL,
  `description` varchar(250) NULL,
  `active` bool NULL,
  `currency` varchar(4) NULL,
  `max_weight` double precision NULL,
  `max_width` double precision NULL,
  `max_height` double precision NULL,
  `max_length` double precision NULL,
  `weight_unit` varchar(2) NULL,
  `dimension_unit` varchar(2) NULL,
  `domicile` bool NULL,
  `international` bool NULL,
  `created_by_id` integer NOT NULL,
  `min_weight` double precision NULL,
  `transit_days` integer NULL,
  `transit_time` double precision NULL,
  `metadata` json NULL,
  `carrier_service_code` varchar(100) NULL,
  `cost` double precision NULL,
  `max_volume` double precision NULL,
  `zone_ids` json NULL,
  `surcharge_ids` json NULL,
  `dim_factor` double precision NULL,
  `use_volumetric` bool NOT NULL,
  `features` json NULL,
  `pricing_config` json NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rate-sheet` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `name` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `carrier_name` varchar(50) NOT NULL,
  `metadata` json NULL,
  `created_by_id` integer NULL,
  `zones` json NULL,
  `service_rates` json NULL,
  `surcharges` json NULL,
  `origin_countries` json NULL,
  `pricing_config` json NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label-template` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `template` longtext NOT NULL,
  `created_by_id` integer NOT NULL,
  `height` integer NULL,
  `template_type` varchar(3) NOT NULL,
  `width` integer NULL,
  `shipment_sample` json NULL,
  `slug` varchar(30) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `postal_code` varchar(10) NULL,
  `country_code` varchar(20) NOT NULL,
  `email` varchar(254) NULL,
  `state_code` varchar(100) NULL,
  `suburb` varchar(100) NULL,
  `residential` bool NULL,
  `created_by_id` integer NOT NULL,
  `validate_location` bool NULL,
  `validation` json NULL,
  `address_line1` varchar(100) NULL,
  `address_line2` varchar(100) NULL,
  `city` varchar(100) NULL,
  `company_name` varchar(250) NULL,
  `federal_tax_id` varchar(100) NULL,
  `person_name` varchar(250) NULL,
  `phone_number` varchar(250) NULL,
  `state_tax_id` varchar(100) NULL,
  `street_number` varchar(20) NULL,
  `meta` json NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parcel` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `weight` double precision NULL,
  `width` double precision NULL,
  `height` double precision NULL,
  `length` double precision NULL,
  `packaging_type` varchar(100) NULL,
  `package_preset` varchar(100) NULL,
  `is_document` bool NULL,
  `weight_unit` varchar(2) NULL,
  `dimension_unit` varchar(2) NULL,
  `created_by_id` integer NOT NULL,
  `options` json NULL,
  `freight_class` varchar(10) NULL,
  `content` varchar(250) NULL,
  `description` varchar(250) NULL,
  `reference_number` varchar(100) NULL,
  `meta` json NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commodity` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `weight` double precision NULL,
  `quantity` integer NULL,
  `value_amount` double precision NULL,
  `value_currency` varchar(3) NULL,
  `origin_country` varchar(3) NULL,
  `created_by_id` integer NOT NULL,
  `weight_unit` varchar(2) NULL,
  `metadata` json NULL,
  `parent_id` varchar(50) NULL,
  `description` varchar(250) NULL,
  `hs_code` varchar(250) NULL,
  `sku` varchar(250) NULL,
  `title` varchar(250) NULL,
  `image_url` varchar(250) NULL,
  `product_id` varchar(250) NULL,
  `product_url` varchar(250) NULL,
  `variant_id` varchar(250) NULL,
  `meta` json NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parcel_items` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `parcel_id` varchar(50) NOT NULL,
  `commodity_id` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parcel_items_parcel_id_commodity_id_uniq` (`parcel_id`, `commodity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shipments` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `status` varchar(50) NOT NULL,
  `tracking_number` varchar(100) NULL,
  `shipment_identifier` varchar(100) NULL,
  `label` longtext NULL,
  `tracking_url` longtext NULL,
  `test_mode` bool NOT NULL,
  `selected_rate` json NULL,
  `options` json NULL,
  `services` json NULL,
  `meta` json NULL,
  `rates` json NULL,
  `payment` json NULL,
  `created_by_id` integer NOT NULL,
  `label_type` varchar(25) NULL,
  `messages` json NULL,
  `metadata` json NULL,
  `invoice` longtext NULL,
  `reference` varchar(100) NULL,
  `manifest_id` varchar(50) NULL,
  `extra_documents` json NULL,
  `billing_address` json NULL,
  `customs` json NULL,
  `parcels` json NULL,
  `recipient` json NULL,
  `return_address` json NULL,
  `shipper` json NULL,
  `carrier` json NULL,
  `carrier_ids` json NULL,
  `applied_fees` json NULL,
  `return_shipment` json NULL,
  `is_return` bool NULL,
  `order_id` varchar(50) NULL,
  `archived_at` datetime(6) NULL,
  `is_archived` bool NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tracking-status` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `tracking_number` varchar(100) NOT NULL,
  `events` json NULL,
  `test_mode` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `delivered` bool NULL,
  `shipment_id` varchar(50) NULL,
  `status` varchar(25) NOT NULL,
  `messages` json NULL,
  `estimated_delivery` date NULL,
  `metadata` json NULL,
  `meta` json NULL,
  `options` json NULL,
  `account_number` varchar(100) NULL,
  `info` json NULL,
  `reference` varchar(100) NULL,
  `delivery_image` longtext NULL,
  `signature_image` longtext NULL,
  `carrier` json NULL,
  `archived_at` datetime(6) NULL,
  `is_archived` bool NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tracking-status_shipment_id_uniq` (`shipment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pickups` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `confirmation_number` varchar(100) NOT NULL,
  `test_mode` bool NOT NULL,
  `pickup_date` date NOT NULL,
  `ready_time` varchar(5) NOT NULL,
  `closing_time` varchar(5) NOT NULL,
  `instruction` varchar(250) NULL,
  `package_location` varchar(250) NULL,
  `options` json NULL,
  `pickup_charge` json NULL,
  `created_by_id` integer NOT NULL,
  `metadata` json NULL,
  `meta` json NOT NULL,
  `address` json NULL,
  `carrier` json NULL,
  `status` varchar(25) NOT NULL,
  `archived_at` datetime(6) NULL,
  `is_archived` bool NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pickups_shipments` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `pickup_id` varchar(50) NOT NULL,
  `shipment_id` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pickups_shipments_pickup_id_shipment_id_uniq` (`pickup_id`, `shipment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document-upload-record` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `documents` json NULL,
  `messages` json NULL,
  `meta` json NULL,
  `options` json NULL,
  `reference` varchar(100) NULL,
  `created_by_id` integer NOT NULL,
  `shipment_id` varchar(50) NOT NULL,
  `carrier` json NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `document-upload-record_shipment_id_uniq` (`shipment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manifests` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `metadata` json NULL,
  `meta` json NULL,
  `options` json NULL,
  `messages` json NULL,
  `reference` varchar(100) NULL,
  `manifest` longtext NULL,
  `test_mode` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `address` json NULL,
  `carrier` json NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tracing-record` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `key` varchar(50) NOT NULL,
  `record` json NOT NULL,
  `timestamp` double precision NOT NULL,
  `meta` json NULL,
  `test_mode` bool NOT NULL,
  `created_by_id` integer NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `url` varchar(200) NOT NULL,
  `test_mode` bool NOT NULL,
  `disabled` bool NULL,
  `description` varchar(200) NULL,
  `last_event_at` datetime(6) NULL,
  `failure_streak_count` integer NOT NULL,
  `created_by_id` integer NOT NULL,
  `secret` varchar(100) NOT NULL,
  `enabled_events` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `type` varchar(50) NOT NULL,
  `data` json NOT NULL,
  `test_mode` bool NOT NULL,
  `pending_webhooks` integer NOT NULL,
  `created_by_id` integer NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `batch-operation` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `status` varchar(25) NOT NULL,
  `resource_type` varchar(25) NOT NULL,
  `resources` json NULL,
  `test_mode` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data-template` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `name` varchar(50) NOT NULL,
  `slug` varchar(25) NOT NULL,
  `description` varchar(50) NULL,
  `resource_type` varchar(25) NOT NULL,
  `fields_mapping` json NOT NULL,
  `created_by_id` integer NOT NULL,
  `metadata` json NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document-template` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `slug` varchar(20) NOT NULL,
  `name` varchar(50) NOT NULL,
  `template` longtext NOT NULL,
  `description` varchar(50) NULL,
  `related_object` varchar(25) NULL,
  `created_by_id` integer NOT NULL,
  `active` bool NOT NULL,
  `metadata` json NULL,
  `options` json NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `label` varchar(50) NOT NULL,
  `is_default` bool NOT NULL,
  `address_id` varchar(50) NULL,
  `created_by_id` integer NOT NULL,
  `parcel_id` varchar(50) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `template_address_id_uniq` (`address_id`),
  UNIQUE KEY `template_parcel_id_uniq` (`parcel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `order_id` varchar(50) NOT NULL,
  `source` varchar(50) NULL,
  `status` varchar(25) NOT NULL,
  `options` json NULL,
  `test_mode` bool NOT NULL,
  `metadata` json NULL,
  `created_by_id` integer NOT NULL,
  `order_date` date NOT NULL,
  `meta` json NULL,
  `billing_address` json NULL,
  `line_items` json NULL,
  `shipping_from` json NULL,
  `shipping_to` json NULL,
  `archived_at` datetime(6) NULL,
  `is_archived` bool NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders_shipments` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `order_id` varchar(50) NOT NULL,
  `shipment_id` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `orders_shipments_order_id_shipment_id_uniq` (`order_id`, `shipment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_key` (
  `id` varchar(50) NOT NULL,
  `scope` varchar(50) NOT NULL,
  `source` varchar(50) NOT NULL,
  `order_reference` varchar(50) NOT NULL,
  `test_mode` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `order_record_id` varchar(50) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `order_key_order_record_id_uniq` (`order_record_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `markup` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` varchar(50) NOT NULL,
  `name` varchar(100) NOT NULL,
  `active` bool NOT NULL,
  `amount` double precision NOT NULL,
  `markup_type` varchar(25) NOT NULL,
  `is_visible` bool NOT NULL,
  `carrier_codes` json NOT NULL,
  `service_codes` json NOT NULL,
  `connection_ids` json NOT NULL,
  `organization_ids` json NOT NULL,
  `metadata` json NOT NULL,
  `meta` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `markup_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fee` (
  `id` varchar(50) NOT NULL,
  `name` varchar(100) NOT NULL,
  `amount` double precision NOT NULL,
  `currency` varchar(3) NOT NULL,
  `fee_type` varchar(25) NOT NULL,
  `percentage` double precision NULL,
  `carrier_code` varchar(50) NOT NULL,
  `service_code` varchar(100) NULL,
  `connection_id` varchar(50) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `shipment_id` varchar(50) NOT NULL,
  `markup_id` varchar(50) NULL,
  `account_id` varchar(50) NULL,
  `test_mode` bool NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_task_execution` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `task_id` varchar(255) NOT NULL,
  `task_name` varchar(255) NOT NULL,
  `status` varchar(20) NOT NULL,
  `queued_at` datetime(6) NULL,
  `started_at` datetime(6) NULL,
  `completed_at` datetime(6) NULL,
  `duration_ms` integer NULL,
  `error` longtext NULL,
  `retries` integer NOT NULL,
  `args_summary` longtext NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `admin_task_execution_task_id_uniq` (`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

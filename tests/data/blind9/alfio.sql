-- alf.io (event attendance management and ticket reservation system, Java / Spring Boot, PostgreSQL): the database
-- of an alf.io installation -- organizations and their admin/operator users (with API-key and public customer
-- accounts, roles, billing profiles and HTTP sessions), events, ticket categories, promo and access codes, ticket
-- reservations (orders with buyer and billing/VAT data), tickets (attendees), subscriptions (passes), additional
-- items, attendee/subscriber additional fields, waiting list, outgoing e-mail queue, audit log, check-in scan audit,
-- sponsor lead scans, payment transactions, invoices/credit notes, live polls, attendee groups (allow-lists),
-- admin bulk reservation requests, job queue, configuration and extension log.
--
-- Upstream: github.com/alfio-event/alf.io, commit 61ee4309768bf0b72b4ac8b8fe0786ce6e5c546c, licence GPL-3.0.
-- Source: the 178 Flyway migrations src/main/resources/alfio/db/PGSQL/V*.sql, replayed in order into PostgreSQL 15
-- and read back from the catalogue (the final state of each table), written here as equivalent MySQL/MariaDB DDL
-- with the same table and column names and column order. Conversions: serial -> AUTO_INCREMENT; boolean ->
-- tinyint(1); timestamp (with/without time zone) -> datetime; jsonb -> json; uuid -> char(36); bytea -> longblob;
-- text[] arrays -> text; PostgreSQL enum types -> ENUM(...) with the same labels; now() -> CURRENT_TIMESTAMP.
-- Primary keys, unique constraints and foreign keys between the tables kept are upstream's. Upstream has no column
-- comments; its two inline migration comments are kept.
-- Left out: CHECK constraints, non-unique and partial indexes, row-level-security policies and triggers, views,
-- functions; the tables superseded by later migrations but not dropped upstream (ticket_field_configuration,
-- ticket_field_description, ticket_field_value -- replaced by purchase_context_field_*; spring_session and
-- spring_session_attributes -- replaced by alfio_spring_session*), and, to keep the file's size, the tables
-- subscription_descriptor, subscription_event, event_description_text, ticket_category_text,
-- additional_service_description, group_link, configuration_organization, configuration_event,
-- configuration_ticket_category, event_migration, resource_global, resource_organizer, resource_event,
-- extension_support, extension_event, extension_configuration_metadata, extension_configuration_metadata_value
-- (and the foreign keys pointing at them).

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `organization` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(2048) NOT NULL,
  `email` varchar(2048) NOT NULL,
  `name_openid` varchar(255),
  `slug` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_org_name` (`name`),
  UNIQUE KEY `unique_org_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ba_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password` varchar(2048) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email_address` varchar(255) NOT NULL,
  `enabled` tinyint(1) DEFAULT 1,
  `user_type` varchar(255) DEFAULT 'INTERNAL',
  `user_creation_time` datetime DEFAULT CURRENT_TIMESTAMP,
  `valid_to` datetime,
  `description` varchar(256),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `authority` (
  `username` varchar(255) NOT NULL,
  `role` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `j_user_organization` (
  `user_id` int NOT NULL,
  `org_id` int NOT NULL,
  CONSTRAINT `j_user_organization_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `j_user_organization_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `ba_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_profile` (
  `user_id_fk` int,
  `billing_address_company` text,
  `billing_address_line1` text,
  `billing_address_line2` text,
  `billing_address_zip` text,
  `billing_address_city` text,
  `billing_address_state` text,
  `vat_country` text,
  `vat_nr` text,
  `invoicing_additional_information` json,
  `additional_fields` json NOT NULL DEFAULT '{}',
  UNIQUE KEY `user_profile_user_id_unique` (`user_id_fk`),
  CONSTRAINT `user_profile_user_id_fk` FOREIGN KEY (`user_id_fk`) REFERENCES `ba_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `alfio_spring_session` (
  `primary_id` char(36) NOT NULL,
  `session_id` char(36) NOT NULL,
  `creation_time` bigint NOT NULL,
  `last_access_time` bigint NOT NULL,
  `max_inactive_interval` int NOT NULL,
  `expiry_time` bigint NOT NULL,
  `principal_name` varchar(100),
  PRIMARY KEY (`primary_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `alfio_spring_session_attributes` (
  `session_primary_id` char(36) NOT NULL,
  `attribute_name` varchar(200) NOT NULL,
  `attribute_bytes` longblob NOT NULL,
  PRIMARY KEY (`session_primary_id`, `attribute_name`),
  CONSTRAINT `alfio_spring_session_attributes_fk` FOREIGN KEY (`session_primary_id`) REFERENCES `alfio_spring_session` (`primary_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `file_blob` (
  `id` char(64) NOT NULL,
  `name` varchar(255) NOT NULL,
  `content_size` int NOT NULL,
  `content` longblob NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `creation_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `attributes` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `short_name` varchar(2048) NOT NULL,
  `location` varchar(2048),
  `latitude` varchar(255),
  `longitude` varchar(255),
  `start_ts` datetime NOT NULL,
  `end_ts` datetime NOT NULL,
  `time_zone` varchar(255) NOT NULL,
  `regular_price_cts` int NOT NULL,
  `currency` varchar(3),
  `available_seats` int NOT NULL,
  `vat_included` tinyint(1) NOT NULL,
  `vat` decimal(5,2) NOT NULL,
  `allowed_payment_proxies` varchar(2048) NOT NULL,
  `private_key` varchar(2048) NOT NULL,
  `org_id` int NOT NULL,
  `website_url` varchar(2048) NOT NULL DEFAULT '',
  `website_t_c_url` varchar(2048) NOT NULL DEFAULT '',
  `image_url` varchar(2048),
  `file_blob_id` char(64),
  `display_name` varchar(255),
  `locales` int NOT NULL DEFAULT 7,
  `type` varchar(20) NOT NULL DEFAULT 'INTERNAL',
  `external_url` varchar(1024),
  `src_price_cts` int NOT NULL DEFAULT 0,
  `vat_status` varchar(50) NOT NULL DEFAULT 'NONE',
  `version` varchar(50),
  `status` varchar(255) NOT NULL DEFAULT 'PUBLIC',
  `website_p_p_url` varchar(2048),
  `format` enum('IN_PERSON','ONLINE','HYBRID') NOT NULL DEFAULT 'IN_PERSON',
  `metadata` json NOT NULL DEFAULT '{}',
  `tags` text NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_event_name` (`short_name`),
  UNIQUE KEY `unique_private_key` (`private_key`),
  CONSTRAINT `event_file_blob_id_fkey` FOREIGN KEY (`file_blob_id`) REFERENCES `file_blob` (`id`),
  CONSTRAINT `event_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ticket_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `inception` datetime NOT NULL,
  `expiration` datetime NOT NULL,
  `max_tickets` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `price_cts` int NOT NULL,
  `access_restricted` tinyint(1) NOT NULL,
  `tc_status` varchar(255),
  `event_id` int NOT NULL,
  `bounded` tinyint(1) NOT NULL DEFAULT 1,
  `src_price_cts` int NOT NULL DEFAULT 0,
  `category_code` varchar(255),
  `valid_checkin_from` datetime,
  `valid_checkin_to` datetime,
  `ticket_validity_start` datetime,
  `ticket_validity_end` datetime,
  `organization_id_fk` int NOT NULL,
  `ticket_checkin_strategy` varchar(255) NOT NULL DEFAULT 'ONCE_PER_EVENT',
  `ordinal` int NOT NULL DEFAULT 0,
  `metadata` json NOT NULL DEFAULT '{}',
  `ticket_access_type` enum('INHERIT','IN_PERSON','ONLINE') NOT NULL DEFAULT 'INHERIT',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_category_code_for_event` (`event_id`, `category_code`),
  CONSTRAINT `ticket_category_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `ticket_category_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `promo_code` (
  `id` int NOT NULL AUTO_INCREMENT,
  `promo_code` varchar(255) NOT NULL,
  `event_id_fk` int,
  `valid_from` datetime NOT NULL,
  `valid_to` datetime NOT NULL,
  `discount_amount` int NOT NULL,
  `discount_type` varchar(255) NOT NULL,
  `categories` text,
  `organization_id_fk` int NOT NULL,
  `max_usage` int,
  `description` varchar(1024),
  `email_reference` varchar(256),
  `code_type` varchar(255) NOT NULL DEFAULT 'DISCOUNT',
  `hidden_category_id` int,
  `currency_code` varchar(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `promo_code_event_id_fk_fkey` FOREIGN KEY (`event_id_fk`) REFERENCES `event` (`id`),
  CONSTRAINT `promo_code_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `special_price` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(64) NOT NULL,
  `price_cts` int NOT NULL,
  `ticket_category_id` int NOT NULL,
  `status` varchar(255) NOT NULL,
  `session_id` varchar(255),
  `sent_ts` datetime,
  `recipient_name` varchar(255),
  `recipient_email` varchar(255),
  `organization_id_fk` int,
  `access_code_id_fk` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_code` (`code`),
  CONSTRAINT `access_code_promo_code_id` FOREIGN KEY (`access_code_id_fk`) REFERENCES `promo_code` (`id`),
  CONSTRAINT `special_price_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tickets_reservation` (
  `id` char(36) NOT NULL, -- uuid type could be used...
  `validity` datetime NOT NULL,
  `status` varchar(255) NOT NULL,
  `full_name` varchar(255),
  `email_address` varchar(255),
  `billing_address` varchar(4096),
  `confirmation_ts` datetime,
  `payment_method` varchar(255),
  `offline_payment_reminder_sent` tinyint(1) DEFAULT 0,
  `promo_code_id_fk` int,
  `latest_reminder_ts` datetime,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `user_language` varchar(10),
  `direct_assignment` tinyint(1) NOT NULL DEFAULT 0,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `invoice_number` varchar(256),
  `invoice_model` text,
  `event_id_fk` int,
  `vat_status` varchar(50),
  `vat_nr` varchar(255),
  `vat_country` varchar(2),
  `invoice_requested` tinyint(1) DEFAULT 0,
  `used_vat_percent` decimal(5,2),
  `vat_included` tinyint(1),
  `creation_ts` datetime,
  `customer_reference` varchar(512),
  `billing_address_company` varchar(512),
  `billing_address_line1` varchar(512),
  `billing_address_line2` varchar(512),
  `billing_address_zip` varchar(512),
  `billing_address_city` varchar(512),
  `validated_for_overview` tinyint(1),
  `skip_vat_nr` tinyint(1),
  `invoicing_additional_information` json,
  `registration_ts` datetime,
  `organization_id_fk` int NOT NULL,
  `add_company_billing_details` tinyint(1),
  `src_price_cts` int NOT NULL DEFAULT 0,
  `final_price_cts` int NOT NULL DEFAULT 0,
  `vat_cts` int NOT NULL DEFAULT 0,
  `discount_cts` int NOT NULL DEFAULT 0,
  `currency_code` varchar(3),
  `billing_address_state` text,
  `subscription_id_fk` char(36),
  `user_id_fk` int,
  `metadata` json NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  CONSTRAINT `reservation_user_id_fk` FOREIGN KEY (`user_id_fk`) REFERENCES `ba_user` (`id`),
  CONSTRAINT `ticket_subscription_id_fk` FOREIGN KEY (`subscription_id_fk`) REFERENCES `subscription` (`id`),
  CONSTRAINT `tickets_reservation_event_id_fk_fkey` FOREIGN KEY (`event_id_fk`) REFERENCES `event` (`id`),
  CONSTRAINT `tickets_reservation_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `tickets_reservation_promo_code_id_fk_fkey` FOREIGN KEY (`promo_code_id_fk`) REFERENCES `promo_code` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ticket` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `creation` datetime NOT NULL,
  `category_id` int,
  `event_id` int NOT NULL,
  `status` varchar(255) NOT NULL,
  `original_price_cts` int NOT NULL,
  `paid_price_cts` int NOT NULL,
  `tickets_reservation_id` char(36),
  `full_name` varchar(255),
  `email_address` varchar(255),
  `special_price_id_fk` int,
  `locked_assignment` tinyint(1) DEFAULT 0,
  `user_language` varchar(20),
  `reminder_sent` tinyint(1) DEFAULT 0,
  `src_price_cts` int NOT NULL DEFAULT 0,
  `final_price_cts` int NOT NULL DEFAULT 0,
  `vat_cts` int NOT NULL DEFAULT 0,
  `discount_cts` int NOT NULL DEFAULT 0,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `ext_reference` varchar(255),
  `organization_id_fk` int NOT NULL,
  `currency_code` varchar(10),
  `tags` text NOT NULL DEFAULT '{}',
  `subscription_id_fk` char(36),
  `metadata` json NOT NULL DEFAULT '{}',
  `vat_status` enum('NONE','INCLUDED','NOT_INCLUDED','INCLUDED_EXEMPT','NOT_INCLUDED_EXEMPT','CUSTOM_NOT_INCLUDED_EXEMPT','CUSTOM_INCLUDED_EXEMPT'),
  `public_uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `t_unique_public_uuid` (`public_uuid`),
  UNIQUE KEY `unique_special_price` (`special_price_id_fk`),
  UNIQUE KEY `unique_ticket_uuid` (`uuid`),
  CONSTRAINT `ticket_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `ticket_category` (`id`),
  CONSTRAINT `ticket_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `ticket_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `ticket_special_price_id_fk_fkey` FOREIGN KEY (`special_price_id_fk`) REFERENCES `special_price` (`id`),
  CONSTRAINT `ticket_subscription_applied` FOREIGN KEY (`subscription_id_fk`) REFERENCES `subscription` (`id`),
  CONSTRAINT `ticket_tickets_reservation_id_fkey` FOREIGN KEY (`tickets_reservation_id`) REFERENCES `tickets_reservation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `subscription` (
  `id` char(36) NOT NULL,
  `first_name` text,
  `last_name` text,
  `email_address` text,
  `subscription_descriptor_fk` char(36) NOT NULL,
  `reservation_id_fk` char(36),
  `max_usage` int,
  `valid_from` datetime DEFAULT CURRENT_TIMESTAMP,
  `valid_to` datetime,
  `src_price_cts` int NOT NULL DEFAULT 0,
  `final_price_cts` int NOT NULL DEFAULT 0,
  `vat_cts` int NOT NULL DEFAULT 0,
  `discount_cts` int NOT NULL DEFAULT 0,
  `currency` text,
  `organization_id_fk` int NOT NULL,
  `creation_ts` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `update_ts` datetime,
  `status` enum('FREE','PRE_RESERVED','PENDING','TO_BE_PAID','ACQUIRED','CANCELLED','CHECKED_IN','EXPIRED','INVALIDATED','RELEASED') NOT NULL DEFAULT 'FREE',
  `max_entries` int NOT NULL DEFAULT -1,
  `validity_from` datetime,
  `validity_to` datetime,
  `confirmation_ts` datetime,
  `time_zone` text,
  `metadata` json NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  CONSTRAINT `subscription_organization_id_fk` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `subscription_reservation_id_fk` FOREIGN KEY (`reservation_id_fk`) REFERENCES `tickets_reservation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `additional_service` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id_fk` int NOT NULL,
  `price_cts` int,
  `fix_price` tinyint(1) NOT NULL,
  `ordinal` int NOT NULL DEFAULT 0,
  `available_qty` int NOT NULL DEFAULT -1,
  `max_qty_per_order` int NOT NULL DEFAULT -1,
  `inception_ts` datetime,
  `expiration_ts` datetime,
  `vat` decimal(5,2),
  `vat_type` varchar(50) NOT NULL,
  `src_price_cts` int NOT NULL DEFAULT 0,
  `service_type` varchar(255),
  `supplement_policy` varchar(255),
  `organization_id_fk` int NOT NULL,
  `price_min_cts` int,
  `price_max_cts` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `additional_service_event_id_fk_fkey` FOREIGN KEY (`event_id_fk`) REFERENCES `event` (`id`),
  CONSTRAINT `additional_service_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `additional_service_item` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `creation` datetime NOT NULL,
  `last_modified` datetime,
  `tickets_reservation_uuid` char(36),
  `additional_service_id_fk` int NOT NULL,
  `original_price_cts` int,
  `paid_price_cts` int,
  `status` varchar(20),
  `event_id_fk` int NOT NULL,
  `src_price_cts` int NOT NULL DEFAULT 0,
  `final_price_cts` int NOT NULL DEFAULT 0,
  `vat_cts` int NOT NULL DEFAULT 0,
  `discount_cts` int NOT NULL DEFAULT 0,
  `organization_id_fk` int NOT NULL,
  `currency_code` varchar(10),
  `ticket_id_fk` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `additional_service_item_additional_service_id_fk_fkey` FOREIGN KEY (`additional_service_id_fk`) REFERENCES `additional_service` (`id`),
  CONSTRAINT `additional_service_item_event_id_fk_fkey` FOREIGN KEY (`event_id_fk`) REFERENCES `event` (`id`),
  CONSTRAINT `additional_service_item_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `asi_ticket_id_fk` FOREIGN KEY (`ticket_id_fk`) REFERENCES `ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `purchase_context_field_configuration` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id_fk` int,
  `subscription_descriptor_id_fk` char(36),
  `field_name` varchar(64) NOT NULL,
  `field_order` int NOT NULL,
  `field_type` varchar(64) NOT NULL,
  `field_restricted_values` text,
  `field_maxlength` int,
  `field_minlength` int,
  `field_required` tinyint(1) NOT NULL,
  `context` enum('ATTENDEE','ADDITIONAL_SERVICE','SUBSCRIPTION') NOT NULL DEFAULT 'ATTENDEE',
  `additional_service_id` int NOT NULL DEFAULT -1,
  `ticket_category_ids` text,
  `field_disabled_values` text,
  `organization_id_fk` int NOT NULL,
  `field_editable` tinyint(1) NOT NULL DEFAULT 1,
  `old_id` int, -- migration helper
  `display_at_check_in` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `purchase_context_field_configuration_event_id_fk_fkey` FOREIGN KEY (`event_id_fk`) REFERENCES `event` (`id`),
  CONSTRAINT `purchase_context_field_configuration_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `purchase_context_field_description` (
  `field_configuration_id_fk` bigint NOT NULL,
  `field_locale` text NOT NULL,
  `description` text NOT NULL,
  `organization_id_fk` int NOT NULL,
  UNIQUE KEY `pc_field_description_unique_locale` (`field_configuration_id_fk`, `field_locale`),
  CONSTRAINT `purchase_context_field_descripti_field_configuration_id_fk_fkey` FOREIGN KEY (`field_configuration_id_fk`) REFERENCES `purchase_context_field_configuration` (`id`),
  CONSTRAINT `purchase_context_field_description_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `purchase_context_field_value` (
  `context` enum('ATTENDEE','ADDITIONAL_SERVICE','SUBSCRIPTION') NOT NULL,
  `subscription_id_fk` char(36),
  `ticket_id_fk` int,
  `additional_service_item_id_fk` int,
  `field_configuration_id_fk` bigint NOT NULL,
  `field_value` text,
  `organization_id_fk` int NOT NULL,
  CONSTRAINT `purchase_context_field_value_additional_service_item_id_fk_fkey` FOREIGN KEY (`additional_service_item_id_fk`) REFERENCES `additional_service_item` (`id`),
  CONSTRAINT `purchase_context_field_value_field_configuration_id_fk_fkey` FOREIGN KEY (`field_configuration_id_fk`) REFERENCES `purchase_context_field_configuration` (`id`),
  CONSTRAINT `purchase_context_field_value_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `purchase_context_field_value_subscription_id_fk_fkey` FOREIGN KEY (`subscription_id_fk`) REFERENCES `subscription` (`id`),
  CONSTRAINT `purchase_context_field_value_ticket_id_fk_fkey` FOREIGN KEY (`ticket_id_fk`) REFERENCES `ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dynamic_field_template` (
  `id` int NOT NULL AUTO_INCREMENT,
  `field_name` varchar(64) NOT NULL,
  `field_type` varchar(64) NOT NULL,
  `field_restricted_values` text,
  `field_description` text,
  `field_maxlength` int,
  `field_minlength` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_dynamic_template_name` (`field_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `waiting_queue` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation` datetime NOT NULL,
  `event_id` int NOT NULL,
  `status` varchar(255) NOT NULL,
  `full_name` varchar(255),
  `email_address` varchar(255),
  `ticket_reservation_id` varchar(255),
  `user_language` varchar(20) NOT NULL,
  `subscription_type` varchar(20),
  `selected_category_id` int,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `organization_id_fk` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `wq_unique_email` (`event_id`, `email_address`),
  CONSTRAINT `waiting_queue_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `waiting_queue_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `waiting_queue_ticket_reservation_id_fkey` FOREIGN KEY (`ticket_reservation_id`) REFERENCES `tickets_reservation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `email_message` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `status` varchar(255) NOT NULL,
  `recipient` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `attachments` text,
  `checksum` varchar(255) NOT NULL,
  `request_ts` datetime NOT NULL,
  `sent_ts` datetime,
  `attempts` int NOT NULL DEFAULT 0,
  `email_cc` text,
  `organization_id_fk` int NOT NULL,
  `reservation_id` char(36),
  `html_message` text,
  `subscription_descriptor_id_fk` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `email_message_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `email_message_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `auditing` (
  `reservation_id` varchar(512),
  `user_id` int,
  `event_type` varchar(128),
  `event_time` datetime NOT NULL,
  `entity_type` varchar(64),
  `entity_id` varchar(512),
  `modifications` text,
  `event_id` int,
  `organization_id_fk` int,
  CONSTRAINT `auditing_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `scan_audit` (
  `ticket_uuid` varchar(255) NOT NULL,
  `event_id_fk` int NOT NULL,
  `scan_ts` datetime NOT NULL,
  `username` varchar(255) NOT NULL,
  `check_in_status` varchar(255) NOT NULL,
  `operation` varchar(255) NOT NULL,
  `organization_id_fk` int NOT NULL,
  CONSTRAINT `scan_audit_event_id_fk_fkey` FOREIGN KEY (`event_id_fk`) REFERENCES `event` (`id`),
  CONSTRAINT `scan_audit_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sponsor_scan` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation` datetime NOT NULL,
  `event_id` int NOT NULL,
  `ticket_id` int NOT NULL,
  `user_id` int NOT NULL DEFAULT 0,
  `organization_id_fk` int NOT NULL,
  `notes` text,
  `lead_status` varchar(255) NOT NULL DEFAULT 'WARM',
  `operator` text NOT NULL DEFAULT '__DEFAULT__',
  PRIMARY KEY (`id`),
  UNIQUE KEY `spsc_unique_ticket` (`event_id`, `ticket_id`, `user_id`, `operator`),
  CONSTRAINT `sponsor_scan_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`),
  CONSTRAINT `sponsor_scan_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `sponsor_scan_ticket_id_fkey` FOREIGN KEY (`ticket_id`) REFERENCES `ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `b_transaction` (
  `id` int NOT NULL AUTO_INCREMENT,
  `gtw_tx_id` varchar(2048) NOT NULL,
  `reservation_id` char(36) NOT NULL,
  `t_timestamp` datetime NOT NULL,
  `price_cts` int NOT NULL,
  `currency` varchar(255) NOT NULL,
  `description` varchar(2048) NOT NULL,
  `payment_proxy` varchar(2048) NOT NULL,
  `gtw_payment_id` varchar(2048),
  `plat_fee` int NOT NULL DEFAULT 0,
  `gtw_fee` int NOT NULL DEFAULT 0,
  `organization_id_fk` int NOT NULL,
  `status` char(32) NOT NULL DEFAULT 'COMPLETE',
  `metadata` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `b_transaction_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `b_transaction_reservation_id_fkey` FOREIGN KEY (`reservation_id`) REFERENCES `tickets_reservation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `billing_document` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id_fk` int,
  `number` varchar(255) NOT NULL,
  `reservation_id_fk` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `model` text,
  `generation_ts` datetime NOT NULL,
  `external_id` varchar(255),
  `status` varchar(255) NOT NULL,
  `organization_id_fk` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `billing_document_event_id_fk` FOREIGN KEY (`event_id_fk`) REFERENCES `event` (`id`),
  CONSTRAINT `billing_document_organization_id_fk` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `billing_document_reservation_id_fk` FOREIGN KEY (`reservation_id_fk`) REFERENCES `tickets_reservation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `invoice_sequences` (
  `organization_id_fk` int NOT NULL,
  `invoice_sequence` int NOT NULL,
  `document_type` enum('INVOICE','CREDIT_NOTE') NOT NULL DEFAULT 'INVOICE',
  PRIMARY KEY (`organization_id_fk`, `document_type`),
  CONSTRAINT `invoice_sequences_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `poll` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `status` enum('DRAFT','OPEN','CLOSED') NOT NULL DEFAULT 'DRAFT',
  `title` json NOT NULL,
  `description` json,
  `allowed_tags` text NOT NULL DEFAULT '{}',
  `poll_order` int NOT NULL DEFAULT 0,
  `event_id_fk` int NOT NULL,
  `organization_id_fk` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `poll_event_id_fk` FOREIGN KEY (`event_id_fk`) REFERENCES `event` (`id`),
  CONSTRAINT `poll_org_id_fk` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `poll_option` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `poll_id_fk` bigint NOT NULL,
  `title` json NOT NULL,
  `description` json,
  `organization_id_fk` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `poll_option_org_id_fk` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `poll_option_poll_id` FOREIGN KEY (`poll_id_fk`) REFERENCES `poll` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `poll_answer` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `poll_id_fk` bigint NOT NULL,
  `poll_option_id_fk` bigint NOT NULL,
  `ticket_id_fk` int,
  `organization_id_fk` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_answer_poll_ticket` (`poll_id_fk`, `ticket_id_fk`),
  CONSTRAINT `poll_answer_option_id_fk` FOREIGN KEY (`poll_option_id_fk`) REFERENCES `poll_option` (`id`),
  CONSTRAINT `poll_answer_org_id_fk` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `poll_answer_poll_id` FOREIGN KEY (`poll_id_fk`) REFERENCES `poll` (`id`),
  CONSTRAINT `poll_answer_ticket_id_fk` FOREIGN KEY (`ticket_id_fk`) REFERENCES `ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `a_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(2048),
  `organization_id_fk` int NOT NULL,
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `a_group_unique_name_org_id` (`name`, `organization_id_fk`),
  CONSTRAINT `a_group_org_id_fk` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `group_member` (
  `id` int NOT NULL AUTO_INCREMENT,
  `a_group_id_fk` int NOT NULL,
  `value` varchar(255),
  `description` varchar(2048),
  `active` tinyint(1) DEFAULT 1,
  `organization_id_fk` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_member_unique_value` (`a_group_id_fk`, `value`),
  CONSTRAINT `group_member_a_group_id_fk` FOREIGN KEY (`a_group_id_fk`) REFERENCES `a_group` (`id`),
  CONSTRAINT `group_member_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `whitelisted_ticket` (
  `group_member_id_fk` int NOT NULL,
  `group_link_id_fk` int NOT NULL,
  `ticket_id_fk` int NOT NULL,
  `requires_unique_value` tinyint(1),
  `organization_id_fk` int NOT NULL,
  UNIQUE KEY `whitelisted_ticket_unique_item_id` (`group_member_id_fk`, `group_link_id_fk`, `requires_unique_value`),
  CONSTRAINT `whitelisted_ticket_group_member_id_fk` FOREIGN KEY (`group_member_id_fk`) REFERENCES `group_member` (`id`),
  CONSTRAINT `whitelisted_ticket_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`),
  CONSTRAINT `whitelisted_ticket_ticket_id_fk` FOREIGN KEY (`ticket_id_fk`) REFERENCES `ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `admin_reservation_request` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `request_id` varchar(512) NOT NULL,
  `user_id` bigint NOT NULL,
  `event_id` bigint NOT NULL,
  `reservation_id` varchar(512),
  `request_type` varchar(64),
  `status` varchar(64),
  `body` text,
  `failure_code` varchar(255),
  `organization_id_fk` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `admin_reservation_request_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `admin_job_queue` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `job_name` varchar(255) NOT NULL,
  `request_ts` datetime NOT NULL,
  `status` varchar(255) NOT NULL,
  `execution_ts` datetime,
  `metadata` json,
  `attempts` int NOT NULL DEFAULT 1,
  `allow_duplicates` char(1) DEFAULT 'N',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_job_schedule` (`job_name`, `request_ts`, `allow_duplicates`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `configuration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `c_key` varchar(255) NOT NULL,
  `c_value` text NOT NULL,
  `description` varchar(2048),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_configuration_c_key` (`c_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `configuration_purchase_context` (
  `id` int NOT NULL AUTO_INCREMENT,
  `organization_id_fk` int NOT NULL,
  `event_id_fk` int,
  `subscription_descriptor_id_fk` char(36),
  `c_key` varchar(255) NOT NULL,
  `c_value` text NOT NULL,
  `description` text DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `configuration_purchase_context_event_id_fk_fkey` FOREIGN KEY (`event_id_fk`) REFERENCES `event` (`id`),
  CONSTRAINT `configuration_purchase_context_organization_id_fk_fkey` FOREIGN KEY (`organization_id_fk`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `extension_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `path` varchar(128) NOT NULL,
  `effective_path` varchar(128) NOT NULL,
  `name` varchar(64) NOT NULL,
  `description` text NOT NULL,
  `type` varchar(255),
  `event_ts` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

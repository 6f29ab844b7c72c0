-- Crown Marketplace (Crown-Commercial-Service/crown-marketplace; UK Crown Commercial Service): public-sector buyers
-- find and contact suppliers on CCS frameworks and run direct awards — buyer accounts (Cognito) and buyer details,
-- buildings and facilities-management procurements (RM3830, RM6232) with contact details, direct-award offers to
-- suppliers and contracts, suppliers with their framework lots, branches, rates and contact details, admin uploads,
-- change logs, management reports and searches.
-- Upstream: github.com/Crown-Commercial-Service/crown-marketplace, db/schema.rb (schema version 2026_06_15_125801)
-- at commit 21fa91d835ad390af95cfbaf58be872135bad9f6 (MIT).
-- Rails 8.1 schema (PostgreSQL/PostGIS) written as MySQL DDL by a script: `id: :uuid` -> char(36) primary key,
-- `id: :text` -> varchar(255) primary key, `id: { type: :string, limit: n }` -> varchar(n) primary key, tables without
-- an id option -> bigint AUTO_INCREMENT; uuid -> char(36); string -> varchar(limit, else 255); text -> text
-- (varchar(255) where the column is in a key); integer -> int; bigint; serial (not a key) -> int; boolean ->
-- tinyint(1); datetime; date; decimal without precision -> decimal(20,4); money -> decimal(19,2); float -> double;
-- PostGIS geography(point) -> geometry; json/jsonb and PostgreSQL arrays -> json. NOT NULL and literal defaults kept
-- (not on text/json columns; gen_random_uuid() / CURRENT_TIMESTAMP defaults left out). Unique indexes on columns
-- kept as UNIQUE KEY (expression indexes and other indexes left out). Foreign keys are upstream's add_foreign_key
-- lines, named fk_rails_<hash> as Rails names them. Columns in schema.rb order (alphabetical in this dump); tables
-- re-ordered only so that referenced tables come first.
-- Left out (5 of 62 tables): os_address (a copy of Ordnance Survey AddressBase, 78 columns), the lookups
-- facilities_management_regions, facilities_management_rm3830_static_data and
-- facilities_management_rm3830_units_of_measurements, active_storage_variant_records.
CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `content_type` varchar(255),
  `created_at` datetime NOT NULL,
  `filename` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
);

CREATE TABLE `bank_holidays` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `bunting` tinyint(1),
  `created_at` datetime NOT NULL,
  `date` date,
  `notes` text,
  `title` text,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `facilities_management_buildings` (
  `id` char(36) NOT NULL,
  `address_line_1` text,
  `address_line_2` text,
  `address_postcode` text,
  `address_region` text,
  `address_region_code` text,
  `address_town` text,
  `building_name` varchar(255),
  `building_type` text,
  `created_at` datetime,
  `description` text,
  `external_area` bigint,
  `gia` int,
  `other_building_type` varchar(255),
  `other_security_type` varchar(255),
  `security_type` text,
  `status` varchar(255) NOT NULL DEFAULT 'Incomplete',
  `updated_at` datetime,
  `updated_by` text,
  `user_id` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_building_bulding_name_and_user_id` (`user_id`, `building_name`)
);

CREATE TABLE `facilities_management_rm3830_rate_cards` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `data` json,
  `source_file` text NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `facilities_management_rm3830_rates` (
  `id` char(36) NOT NULL,
  `benchmark` decimal(20,4),
  `code` varchar(5),
  `created_at` datetime,
  `direct_award` tinyint(1),
  `framework` decimal(20,4),
  `standard` varchar(1),
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `facilities_management_rm6232_suppliers` (
  `id` char(36) NOT NULL,
  `active` tinyint(1) DEFAULT 1,
  `address_county` varchar(255),
  `address_line_1` varchar(255),
  `address_line_2` varchar(255),
  `address_postcode` varchar(255),
  `address_town` varchar(255),
  `created_at` datetime NOT NULL,
  `duns` varchar(255),
  `registration_number` varchar(255),
  `sme` tinyint(1),
  `supplier_name` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_facilities_management_rm6232_suppliers_on_supplier_name` (`supplier_name`)
);

CREATE TABLE `facilities_management_rm6232_work_packages` (
  `code` varchar(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `name` varchar(100),
  `selectable` tinyint(1),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`code`)
);

CREATE TABLE `facilities_management_security_types` (
  `id` char(36) NOT NULL,
  `created_at` datetime,
  `description` text,
  `sort_order` int,
  `title` text NOT NULL,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `frameworks` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `expires_at` date,
  `live_at` date,
  `service` text,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `jurisdictions` (
  `id` varchar(255) NOT NULL,
  `category` text,
  `code` text NOT NULL,
  `created_at` datetime NOT NULL,
  `framework_id` varchar(255) NOT NULL,
  `mapping_name` text,
  `name` text,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_2cc51093a6` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`)
);

CREATE TABLE `lots` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `framework_id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `number` text NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_d4782ca2e5` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`)
);

CREATE TABLE `nuts_regions` (
  `code` varchar(255),
  `name` varchar(255),
  `nuts1_code` varchar(255),
  `nuts2_code` varchar(255),
  UNIQUE KEY `nuts_regions_code_key` (`code`)
);

CREATE TABLE `os_address_admin_uploads` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `etag` varchar(255),
  `fail_reason` text,
  `filename` varchar(255),
  `size` int,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `os_address_admin_uploads_filename_idx` (`filename`)
);

CREATE TABLE `positions` (
  `id` varchar(255) NOT NULL,
  `category` text,
  `created_at` datetime NOT NULL,
  `lot_id` varchar(255) NOT NULL,
  `mandatory` tinyint(1),
  `name` text NOT NULL,
  `number` int NOT NULL,
  `rate_type` text,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_4a1266d7a9` FOREIGN KEY (`lot_id`) REFERENCES `lots` (`id`)
);

CREATE TABLE `postcodes_nuts_regions` (
  `id` char(36) NOT NULL,
  `code` varchar(20),
  `created_at` datetime NOT NULL,
  `postcode` varchar(20),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_postcodes_nuts_regions_on_postcode` (`postcode`)
);

CREATE TABLE `services` (
  `id` varchar(255) NOT NULL,
  `category` text,
  `created_at` datetime NOT NULL,
  `description` text,
  `lot_id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `number` text NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_12ec247e0f` FOREIGN KEY (`lot_id`) REFERENCES `lots` (`id`)
);

CREATE TABLE `suppliers` (
  `id` char(36) NOT NULL,
  `additional_details` json,
  `created_at` datetime NOT NULL,
  `duns_number` varchar(255),
  `name` varchar(255) NOT NULL,
  `sme` tinyint(1),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_suppliers_on_duns_number` (`duns_number`),
  UNIQUE KEY `index_suppliers_on_name` (`name`)
);

CREATE TABLE `uploads` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `framework_id` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_1590e991b6` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`)
);

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `cognito_uuid` varchar(255),
  `confirmed_at` datetime,
  `created_at` datetime NOT NULL,
  `email` varchar(255) NOT NULL DEFAULT '',
  `first_name` varchar(255),
  `last_name` varchar(255),
  `mobile_number` varchar(255),
  `phone_number` varchar(255),
  `roles_mask` int,
  `session_token` varchar(255),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`)
);

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `record_id` char(36),
  `record_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_c3b3935057` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `admin_uploads` (
  `id` char(36) NOT NULL,
  `aasm_state` varchar(30),
  `created_at` datetime NOT NULL,
  `framework_id` varchar(255) NOT NULL,
  `import_errors` text,
  `updated_at` datetime NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_1bb63e91fd` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  CONSTRAINT `fk_rails_145094793c` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `change_logs` (
  `id` char(36) NOT NULL,
  `change_data` json,
  `change_type` text,
  `created_at` datetime NOT NULL,
  `framework_id` varchar(255) NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_aec54abb24` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  CONSTRAINT `fk_rails_1a847a1740` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `facilities_management_buyer_details` (
  `id` char(36) NOT NULL,
  `central_government` tinyint(1),
  `contact_opt_in` tinyint(1),
  `created_at` datetime NOT NULL,
  `full_name` varchar(255),
  `job_title` varchar(255),
  `organisation_address_county` varchar(255),
  `organisation_address_line_1` varchar(255),
  `organisation_address_line_2` varchar(255),
  `organisation_address_postcode` varchar(255),
  `organisation_address_town` varchar(255),
  `organisation_name` varchar(255),
  `sector` varchar(255),
  `telephone_number` varchar(255),
  `updated_at` datetime NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_9bc7691d89` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `facilities_management_rm3830_admin_management_reports` (
  `id` char(36) NOT NULL,
  `aasm_state` varchar(30),
  `created_at` datetime NOT NULL,
  `end_date` date,
  `start_date` date,
  `updated_at` datetime NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_1f45d5b6ce` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `facilities_management_rm3830_admin_uploads` (
  `id` char(36) NOT NULL,
  `aasm_state` varchar(30),
  `created_at` datetime NOT NULL,
  `import_errors` text,
  `updated_at` datetime NOT NULL,
  `user_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_5aa82144f9` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `facilities_management_rm3830_procurements` (
  `id` char(36) NOT NULL,
  `aasm_state` varchar(30),
  `assessed_value` decimal(19,2),
  `contract_datetime` varchar(255),
  `contract_name` varchar(100),
  `contract_number` varchar(255),
  `created_at` datetime NOT NULL,
  `da_journey_state` varchar(255),
  `eligible_for_da` tinyint(1),
  `estimated_annual_cost` int,
  `estimated_cost_known` tinyint(1),
  `extensions_required` tinyint(1),
  `governing_law` varchar(255),
  `initial_call_off_end_date` date,
  `initial_call_off_period_months` int,
  `initial_call_off_period_years` int,
  `initial_call_off_start_date` date,
  `local_government_pension_scheme` tinyint(1),
  `lot_number` varchar(255),
  `lot_number_selected_by_customer` tinyint(1) DEFAULT 0,
  `mobilisation_period` int,
  `mobilisation_period_required` tinyint(1),
  `payment_method` varchar(255),
  `region_codes` json,
  `security_policy_document_date` date,
  `security_policy_document_name` varchar(255),
  `security_policy_document_required` tinyint(1),
  `security_policy_document_version_number` varchar(255),
  `service_codes` json,
  `tupe` tinyint(1),
  `updated_at` datetime NOT NULL,
  `updated_by` varchar(100),
  `user_id` char(36) NOT NULL,
  `using_buyer_detail_for_authorised_detail` tinyint(1),
  `using_buyer_detail_for_invoice_details` tinyint(1),
  `using_buyer_detail_for_notices_detail` tinyint(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_af3d6d12d9` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `facilities_management_rm3830_spreadsheet_imports` (
  `id` char(36) NOT NULL,
  `aasm_state` varchar(15),
  `created_at` datetime NOT NULL,
  `data_import_state` varchar(30),
  `facilities_management_rm3830_procurement_id` char(36) NOT NULL,
  `import_errors` json,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_7e7c8bfcb0` FOREIGN KEY (`facilities_management_rm3830_procurement_id`) REFERENCES `facilities_management_rm3830_procurements` (`id`)
);

CREATE TABLE `facilities_management_rm3830_supplier_details` (
  `supplier_id` char(36) NOT NULL,
  `address_county` varchar(255),
  `address_line_1` varchar(255),
  `address_line_2` varchar(255),
  `address_postcode` varchar(255),
  `address_town` varchar(255),
  `contact_email` varchar(255),
  `contact_name` varchar(255),
  `contact_phone` varchar(255),
  `created_at` datetime NOT NULL,
  `duns` varchar(255),
  `lot_data` json,
  `registration_number` varchar(255),
  `sme` tinyint(1),
  `supplier_name` varchar(255),
  `updated_at` datetime NOT NULL,
  `user_id` char(36),
  PRIMARY KEY (`supplier_id`),
  UNIQUE KEY `index_fm_rm3830_supplier_details_on_supplier_name` (`supplier_name`),
  CONSTRAINT `fk_rails_002d82c979` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `facilities_management_rm6232_admin_management_reports` (
  `id` char(36) NOT NULL,
  `aasm_state` varchar(30),
  `created_at` datetime NOT NULL,
  `end_date` date,
  `start_date` date,
  `updated_at` datetime NOT NULL,
  `user_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_5168736e83` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `facilities_management_rm6232_admin_uploads` (
  `id` char(36) NOT NULL,
  `aasm_state` varchar(30),
  `created_at` datetime NOT NULL,
  `import_errors` text,
  `updated_at` datetime NOT NULL,
  `user_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_892f711b34` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `facilities_management_rm6232_procurements` (
  `id` char(36) NOT NULL,
  `aasm_state` varchar(30),
  `annual_contract_value` bigint,
  `contract_name` varchar(100),
  `contract_number` varchar(255),
  `created_at` datetime NOT NULL,
  `extensions_required` tinyint(1),
  `initial_call_off_period_months` int,
  `initial_call_off_period_years` int,
  `initial_call_off_start_date` date,
  `lot_number` varchar(2),
  `mobilisation_period` int,
  `mobilisation_period_required` tinyint(1),
  `region_codes` json,
  `requirements_linked_to_pfi` tinyint(1),
  `service_codes` json,
  `tupe` tinyint(1),
  `updated_at` datetime NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_rm6232_procurement_name_and_user_id` (`user_id`, `contract_name`),
  CONSTRAINT `fk_rails_a709a40786` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `facilities_management_rm6232_services` (
  `code` varchar(5) NOT NULL,
  `core` tinyint(1),
  `created_at` datetime NOT NULL,
  `description` text,
  `hard` tinyint(1),
  `name` varchar(150),
  `soft` tinyint(1),
  `sort_order` int,
  `total` tinyint(1),
  `updated_at` datetime NOT NULL,
  `work_package_code` varchar(1) NOT NULL,
  PRIMARY KEY (`code`),
  CONSTRAINT `fk_rails_403411bd00` FOREIGN KEY (`work_package_code`) REFERENCES `facilities_management_rm6232_work_packages` (`code`)
);

CREATE TABLE `facilities_management_rm6232_supplier_lot_data` (
  `id` char(36) NOT NULL,
  `active` tinyint(1) DEFAULT 1,
  `created_at` datetime NOT NULL,
  `facilities_management_rm6232_supplier_id` char(36),
  `lot_code` varchar(2),
  `region_codes` json,
  `service_codes` json,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_2e0877cf45` FOREIGN KEY (`facilities_management_rm6232_supplier_id`) REFERENCES `facilities_management_rm6232_suppliers` (`id`)
);

CREATE TABLE `procurements` (
  `id` char(36) NOT NULL,
  `contract_name` varchar(255),
  `contract_number` text,
  `created_at` datetime NOT NULL,
  `framework_id` varchar(255) NOT NULL,
  `lot_id` varchar(255) NOT NULL,
  `procurement_details` json,
  `updated_at` datetime NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_contract_name_user_id_framework_id_08128b7855` (`contract_name`, `user_id`, `framework_id`),
  CONSTRAINT `fk_rails_93a3f6855b` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  CONSTRAINT `fk_rails_f5c4a0ee10` FOREIGN KEY (`lot_id`) REFERENCES `lots` (`id`),
  CONSTRAINT `fk_rails_84440564cc` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `reports` (
  `id` char(36) NOT NULL,
  `aasm_state` varchar(30),
  `created_at` datetime NOT NULL,
  `end_date` date,
  `framework_id` varchar(255) NOT NULL,
  `start_date` date,
  `updated_at` datetime NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_c122a25369` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  CONSTRAINT `fk_rails_c7699d537d` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `searches` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `framework_id` varchar(255) NOT NULL,
  `search_criteria` text,
  `search_result` text,
  `session_id` char(36),
  `updated_at` datetime NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a9558c1e44` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  CONSTRAINT `fk_rails_e192b86393` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `supplier_frameworks` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `enabled` tinyint(1),
  `framework_id` varchar(255) NOT NULL,
  `supplier_id` char(36) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_supplier_frameworks_on_supplier_id_and_framework_id` (`supplier_id`, `framework_id`),
  CONSTRAINT `fk_rails_b106541c2c` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  CONSTRAINT `fk_rails_54c60daadd` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`id`)
);

CREATE TABLE `facilities_management_rm3830_frozen_rate_cards` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `data` json,
  `facilities_management_rm3830_procurement_id` char(36) NOT NULL,
  `source_file` text NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_15f426bba6` FOREIGN KEY (`facilities_management_rm3830_procurement_id`) REFERENCES `facilities_management_rm3830_procurements` (`id`)
);

CREATE TABLE `facilities_management_rm3830_frozen_rates` (
  `id` char(36) NOT NULL,
  `benchmark` decimal(20,4),
  `code` varchar(5),
  `created_at` datetime,
  `direct_award` tinyint(1),
  `facilities_management_rm3830_procurement_id` char(36) NOT NULL,
  `framework` decimal(20,4),
  `standard` varchar(1),
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_d4cab6680d` FOREIGN KEY (`facilities_management_rm3830_procurement_id`) REFERENCES `facilities_management_rm3830_procurements` (`id`)
);

CREATE TABLE `facilities_management_rm3830_procurement_buildings` (
  `id` char(36) NOT NULL,
  `active` tinyint(1),
  `address_line_1` text,
  `address_line_2` text,
  `address_postcode` text,
  `address_region` text,
  `address_region_code` text,
  `address_town` text,
  `building_id` char(36),
  `building_name` text,
  `building_type` text,
  `created_at` datetime NOT NULL,
  `description` text,
  `external_area` bigint,
  `facilities_management_rm3830_procurement_id` char(36) NOT NULL,
  `gia` int,
  `other_building_type` varchar(255),
  `other_security_type` varchar(255),
  `security_type` text,
  `service_codes` json,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_5bdd091428` FOREIGN KEY (`facilities_management_rm3830_procurement_id`) REFERENCES `facilities_management_rm3830_procurements` (`id`)
);

CREATE TABLE `facilities_management_rm3830_procurement_contact_details` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `email` text,
  `facilities_management_rm3830_procurement_id` char(36),
  `job_title` varchar(150),
  `name` varchar(50),
  `organisation_address_county` text,
  `organisation_address_line_1` text,
  `organisation_address_line_2` text,
  `organisation_address_postcode` text,
  `organisation_address_town` text,
  `telephone_number` varchar(15),
  `type` varchar(100),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_98f7273a40` FOREIGN KEY (`facilities_management_rm3830_procurement_id`) REFERENCES `facilities_management_rm3830_procurements` (`id`)
);

CREATE TABLE `facilities_management_rm3830_procurement_extensions` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `extension` int,
  `facilities_management_rm3830_procurement_id` char(36),
  `months` int,
  `updated_at` datetime NOT NULL,
  `years` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_730e366b34` FOREIGN KEY (`facilities_management_rm3830_procurement_id`) REFERENCES `facilities_management_rm3830_procurements` (`id`)
);

CREATE TABLE `facilities_management_rm3830_procurement_pension_funds` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `facilities_management_rm3830_procurement_id` char(36) NOT NULL,
  `name` varchar(150),
  `percentage` double,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_pension_funds_name_and_procurement_id` (`name`, `facilities_management_rm3830_procurement_id`),
  CONSTRAINT `fk_rails_404effeb62` FOREIGN KEY (`facilities_management_rm3830_procurement_id`) REFERENCES `facilities_management_rm3830_procurements` (`id`)
);

CREATE TABLE `facilities_management_rm3830_procurement_suppliers` (
  `id` char(36) NOT NULL,
  `aasm_state` varchar(30),
  `contract_closed_date` datetime,
  `contract_documents_zip_generated` tinyint(1),
  `contract_end_date` datetime,
  `contract_number` varchar(255),
  `contract_signed_date` datetime,
  `contract_start_date` datetime,
  `created_at` datetime NOT NULL,
  `direct_award_value` decimal(19,2) NOT NULL,
  `facilities_management_rm3830_procurement_id` char(36) NOT NULL,
  `offer_sent_date` datetime,
  `reason_for_closing` text,
  `reason_for_declining` text,
  `reason_for_not_signing` text,
  `supplier_id` char(36),
  `supplier_response_date` datetime,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_540074da02` FOREIGN KEY (`facilities_management_rm3830_procurement_id`) REFERENCES `facilities_management_rm3830_procurements` (`id`)
);

CREATE TABLE `facilities_management_rm6232_admin_supplier_data` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `data` json,
  `facilities_management_rm6232_admin_upload_id` char(36),
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_4db134f9aa` FOREIGN KEY (`facilities_management_rm6232_admin_upload_id`) REFERENCES `facilities_management_rm6232_admin_uploads` (`id`)
);

CREATE TABLE `facilities_management_rm6232_admin_supplier_data_edits` (
  `id` char(36) NOT NULL,
  `change_type` varchar(255),
  `created_at` datetime NOT NULL,
  `data` json,
  `facilities_management_rm6232_admin_supplier_data_id` char(36) NOT NULL,
  `supplier_id` char(36),
  `updated_at` datetime NOT NULL,
  `user_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_8801b1582e` FOREIGN KEY (`facilities_management_rm6232_admin_supplier_data_id`) REFERENCES `facilities_management_rm6232_admin_supplier_data` (`id`),
  CONSTRAINT `fk_rails_b4ee9d36d0` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `facilities_management_rm6232_procurement_buildings` (
  `id` char(36) NOT NULL,
  `active` tinyint(1),
  `building_id` char(36),
  `created_at` datetime NOT NULL,
  `facilities_management_rm6232_procurement_id` char(36),
  `frozen_building_data` json,
  `service_codes` json,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_ae779c5422` FOREIGN KEY (`building_id`) REFERENCES `facilities_management_buildings` (`id`),
  CONSTRAINT `fk_rails_d7460ccad9` FOREIGN KEY (`facilities_management_rm6232_procurement_id`) REFERENCES `facilities_management_rm6232_procurements` (`id`)
);

CREATE TABLE `facilities_management_rm6232_procurement_extensions` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `extension` int,
  `facilities_management_rm6232_procurement_id` char(36),
  `months` int,
  `updated_at` datetime NOT NULL,
  `years` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_e200af71b5` FOREIGN KEY (`facilities_management_rm6232_procurement_id`) REFERENCES `facilities_management_rm6232_procurements` (`id`)
);

CREATE TABLE `supplier_framework_addresses` (
  `id` char(36) NOT NULL,
  `address_line_1` text,
  `address_line_2` text,
  `county` text,
  `created_at` datetime NOT NULL,
  `postcode` text,
  `supplier_framework_id` char(36) NOT NULL,
  `town` text,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a79d0be5de` FOREIGN KEY (`supplier_framework_id`) REFERENCES `supplier_frameworks` (`id`)
);

CREATE TABLE `supplier_framework_contact_details` (
  `id` char(36) NOT NULL,
  `additional_details` json,
  `created_at` datetime NOT NULL,
  `email` text,
  `name` text,
  `supplier_framework_id` char(36) NOT NULL,
  `telephone_number` text,
  `updated_at` datetime NOT NULL,
  `website` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_875e46a252` FOREIGN KEY (`supplier_framework_id`) REFERENCES `supplier_frameworks` (`id`)
);

CREATE TABLE `supplier_framework_lots` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `enabled` tinyint(1),
  `lot_id` varchar(255) NOT NULL,
  `supplier_framework_id` char(36) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_supplier_framework_id_lot_id_d9c0566119` (`supplier_framework_id`, `lot_id`),
  CONSTRAINT `fk_rails_fa4a05a140` FOREIGN KEY (`lot_id`) REFERENCES `lots` (`id`),
  CONSTRAINT `fk_rails_33db1ab0a3` FOREIGN KEY (`supplier_framework_id`) REFERENCES `supplier_frameworks` (`id`)
);

CREATE TABLE `facilities_management_rm3830_procurement_building_services` (
  `id` char(36) NOT NULL,
  `code` varchar(10),
  `created_at` datetime NOT NULL,
  `detail_of_requirement` text,
  `facilities_management_rm3830_procurement_building_id` char(36) NOT NULL,
  `facilities_management_rm3830_procurement_id` char(36),
  `name` varchar(255),
  `no_of_appliances_for_testing` bigint,
  `no_of_building_occupants` bigint,
  `no_of_consoles_to_be_serviced` bigint,
  `no_of_units_to_be_serviced` bigint,
  `service_hours` bigint,
  `service_standard` varchar(1),
  `tones_to_be_collected_and_removed` bigint,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_ead3c927a9` FOREIGN KEY (`facilities_management_rm3830_procurement_building_id`) REFERENCES `facilities_management_rm3830_procurement_buildings` (`id`),
  CONSTRAINT `fk_rails_91f76e7951` FOREIGN KEY (`facilities_management_rm3830_procurement_id`) REFERENCES `facilities_management_rm3830_procurements` (`id`)
);

CREATE TABLE `supplier_framework_lot_branches` (
  `id` char(36) NOT NULL,
  `address_line_1` text,
  `address_line_2` text,
  `contact_email` text,
  `contact_name` text,
  `county` text,
  `created_at` datetime NOT NULL,
  `location` geometry,
  `name` text,
  `postcode` varchar(8) NOT NULL,
  `region` text,
  `slug` text,
  `supplier_framework_lot_id` char(36) NOT NULL,
  `telephone_number` text,
  `town` text,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_4b824a4185` FOREIGN KEY (`supplier_framework_lot_id`) REFERENCES `supplier_framework_lots` (`id`)
);

CREATE TABLE `supplier_framework_lot_jurisdictions` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `jurisdiction_id` varchar(255) NOT NULL,
  `supplier_framework_lot_id` char(36) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_supplier_framework_lot_id_jurisdiction_id_bf241ce276` (`supplier_framework_lot_id`, `jurisdiction_id`),
  CONSTRAINT `fk_rails_169a7d5585` FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdictions` (`id`),
  CONSTRAINT `fk_rails_891a3624db` FOREIGN KEY (`supplier_framework_lot_id`) REFERENCES `supplier_framework_lots` (`id`)
);

CREATE TABLE `supplier_framework_lot_rates` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `position_id` varchar(255) NOT NULL,
  `rate` int NOT NULL,
  `supplier_framework_lot_id` char(36) NOT NULL,
  `supplier_framework_lot_jurisdiction_id` char(36) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_supplier_framework_lot_id_position_id_suppli_ed53e87c0a` (`supplier_framework_lot_id`, `position_id`, `supplier_framework_lot_jurisdiction_id`),
  CONSTRAINT `fk_rails_6005cf6be4` FOREIGN KEY (`position_id`) REFERENCES `positions` (`id`),
  CONSTRAINT `fk_rails_6316392f37` FOREIGN KEY (`supplier_framework_lot_jurisdiction_id`) REFERENCES `supplier_framework_lot_jurisdictions` (`id`),
  CONSTRAINT `fk_rails_5559137a7e` FOREIGN KEY (`supplier_framework_lot_id`) REFERENCES `supplier_framework_lots` (`id`)
);

CREATE TABLE `supplier_framework_lot_services` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `service_id` varchar(255) NOT NULL,
  `supplier_framework_lot_id` char(36) NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_supplier_framework_lot_id_service_id_1b881a56ab` (`supplier_framework_lot_id`, `service_id`),
  CONSTRAINT `fk_rails_a589594b5f` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `fk_rails_07862276f3` FOREIGN KEY (`supplier_framework_lot_id`) REFERENCES `supplier_framework_lots` (`id`)
);

CREATE TABLE `facilities_management_procurement_building_service_lifts` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `facilities_management_rm3830_procurement_building_service_id` char(36) NOT NULL,
  `number_of_floors` int,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_580f9367fd` FOREIGN KEY (`facilities_management_rm3830_procurement_building_service_id`) REFERENCES `facilities_management_rm3830_procurement_building_services` (`id`)
);

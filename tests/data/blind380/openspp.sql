-- OpenSPP (social protection registry and programme management on Odoo 17: registrants - individuals and groups /
-- households - with IDs, phones, relationships and memberships, programmes, cycles, eligibility, cash and in-kind
-- entitlements, payments, redemption transactions, ID-card queue, change requests, consents, event data, audit log)
-- Upstream: github.com/OpenSPP/openspp-modules, commit 25248ec3ef417009d508cc1a1088a28292eb3d96 (LGPL-3.0), with the
-- OpenG2P modules it is built on: github.com/OpenG2P/openg2p-registry 17.0-develop, commit
-- ff779ec3d9e811cefed8e9795d8cf79803a0e132, and github.com/OpenG2P/openg2p-program 17.0-develop, commit
-- 26cfe910d7921b08cc79a5d9fc97740e2090d2c9 (both LGPL-3.0); Odoo 17 base res.partner columns from
-- odoo/addons/base/models/res_partner.py (17.0 copy in github.com/DSub23243/odoo_17_ghn, commit a8cc238e).
-- Source: the modules' Odoo models, read field by field as Odoo's ORM creates the tables (see openspp.md).
CREATE TABLE `res_partner` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `complete_name` varchar(255),
  `date` date,
  `title` int,
  `parent_id` int COMMENT 'Related Company',
  `ref` varchar(255) COMMENT 'Reference',
  `lang` varchar(255) COMMENT 'Language',
  `tz` varchar(255) COMMENT 'Timezone',
  `user_id` int COMMENT 'Salesperson',
  `vat` varchar(255) COMMENT 'Tax ID',
  `company_registry` varchar(255) COMMENT 'Company ID',
  `website` varchar(255) COMMENT 'Website Link',
  `comment` text COMMENT 'Notes',
  `active` tinyint(1),
  `employee` tinyint(1),
  `function` varchar(255) COMMENT 'Job Position',
  `type` varchar(255) COMMENT 'Address Type',
  `street` varchar(255),
  `street2` varchar(255),
  `zip` varchar(255),
  `city` varchar(255),
  `state_id` int COMMENT 'State',
  `country_id` int COMMENT 'Country',
  `partner_latitude` decimal(20,7) COMMENT 'Geo Latitude',
  `partner_longitude` decimal(20,7) COMMENT 'Geo Longitude',
  `email` varchar(255),
  `phone` varchar(255),
  `mobile` varchar(255),
  `is_company` tinyint(1) COMMENT 'Is a Company',
  `industry_id` int COMMENT 'Industry',
  `company_id` int NOT NULL COMMENT 'Company',
  `color` int COMMENT 'Color Index',
  `partner_share` tinyint(1) COMMENT 'Share Partner',
  `commercial_partner_id` int COMMENT 'Commercial Entity',
  `commercial_company_name` varchar(255) COMMENT 'Company Name Entity',
  `company_name` varchar(255) COMMENT 'Company Name',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  `address` text,
  `disabled` datetime COMMENT 'Date Disabled',
  `disabled_reason` text COMMENT 'Reason for Disabling',
  `disabled_by` int,
  `is_registrant` tinyint(1) COMMENT 'Registrant',
  `is_group` tinyint(1) COMMENT 'Group',
  `registration_date` date,
  `civil_status` varchar(255) COMMENT 'CivilState',
  `occupation` varchar(255),
  `income` double,
  `district` int,
  `family_name` varchar(255),
  `given_name` varchar(255),
  `addl_name` varchar(255) COMMENT 'Additional Name',
  `birth_place` varchar(255),
  `birthdate_not_exact` tinyint(1) COMMENT 'Approximate Birthdate',
  `birthdate` date COMMENT 'Date of Birth',
  `gender` varchar(255),
  `kind` int,
  `is_partial_group` tinyint(1) COMMENT 'Partial Group',
  `force_recompute_canary` datetime,
  `z_ind_grp_num_individuals` int COMMENT 'Number of individuals',
  `program_membership_count` int COMMENT '# Program Memberships',
  `entitlements_count` int COMMENT '# Cash Entitlements',
  `cycles_count` int COMMENT '# Cycles',
  `area_id` int COMMENT 'Area',
  `id_pdf_filename` varchar(255) COMMENT 'ID File Name',
  `image_1920_filename` varchar(255) COMMENT 'Image 1920 FileName',
  `inkind_entitlements_count` int COMMENT '# In-kind Entitlements',
  `spp_id` varchar(255) COMMENT 'Unique ID',
  `x_cst_indv_gce_ol` tinyint(1) COMMENT 'Lower than G.C.E. Ordinary Level',
  `x_cst_indv_school_age` tinyint(1) COMMENT 'Currently not attending school or other educational institution',
  `x_cst_indv_chronic_disease` tinyint(1) COMMENT 'Long-term (chronic) disease',
  `x_cst_indv_disability` tinyint(1) COMMENT 'Disability',
  `grp_pmt_score` double COMMENT 'PMT Score of group',
  PRIMARY KEY (`id`),
  UNIQUE KEY `res_partner_spp_id_uniq` (`spp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `res_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `partner_id` int NOT NULL COMMENT 'Related Partner',
  `login` varchar(255) NOT NULL,
  `password` varchar(255),
  `company_id` int NOT NULL COMMENT 'Company',
  `signature` text COMMENT 'Email Signature',
  `active` tinyint(1),
  `action_id` int COMMENT 'Home Action',
  `share` tinyint(1) COMMENT 'Share User',
  `notification_type` varchar(255) NOT NULL COMMENT 'Notification',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_id_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `id_validation` varchar(255),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  `target_type` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_reg_id` (
  `id` int NOT NULL AUTO_INCREMENT,
  `partner_id` int NOT NULL COMMENT 'Registrant',
  `id_type` int NOT NULL COMMENT 'ID Type',
  `value` varchar(100),
  `expiry_date` date,
  `status` varchar(255),
  `description` varchar(255),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  `card_uid` varchar(255) COMMENT 'Card UID',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_phone_number` (
  `id` int NOT NULL AUTO_INCREMENT,
  `partner_id` int NOT NULL COMMENT 'Registrant',
  `phone_no` varchar(255) NOT NULL COMMENT 'Phone Number',
  `phone_sanitized` varchar(255),
  `date_collected` date,
  `disabled` datetime COMMENT 'Date Disabled',
  `disabled_by` int,
  `country_id` int COMMENT 'Country',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_relationship` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` json,
  `name_inverse` json NOT NULL COMMENT 'Inverse name',
  `bidirectional` tinyint(1) COMMENT 'Bi-directional',
  `source_type` varchar(255) COMMENT 'Source partner type',
  `destination_type` varchar(255) COMMENT 'Destination partner type',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_reg_rel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `source` int NOT NULL,
  `destination` int NOT NULL,
  `relation` int,
  `disabled` datetime COMMENT 'Date Disabled',
  `disabled_by` int,
  `start_date` datetime,
  `end_date` datetime,
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_registrant_tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Tags',
  `color` int,
  `active` tinyint(1),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gender_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `value` varchar(255),
  `active` tinyint(1),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_group_kind` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COMMENT 'Kind',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_group_membership` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group` int NOT NULL,
  `individual` int NOT NULL,
  `start_date` datetime,
  `ended_date` datetime,
  `status` varchar(255),
  `is_ended` tinyint(1),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_group_membership_kind` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COMMENT 'Kind',
  `is_unique` tinyint(1) COMMENT 'Unique',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_area_kind` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int COMMENT 'Parent',
  `parent_path` varchar(255),
  `name` varchar(255) NOT NULL,
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_area` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int COMMENT 'Parent',
  `name` json,
  `draft_name` json NOT NULL,
  `parent_path` varchar(255),
  `code` varchar(255),
  `altnames` varchar(255) COMMENT 'Alternate Name',
  `level` int,
  `kind` int,
  `area_sqkm` double COMMENT 'Area (sq/km)',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  `spp_id` varchar(255) COMMENT 'Unique ID',
  PRIMARY KEY (`id`),
  UNIQUE KEY `spp_area_code_unique` (`code`),
  UNIQUE KEY `spp_area_spp_id_uniq` (`spp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_service_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COMMENT 'Service Type',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_service_point` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Agent',
  `area_id` int COMMENT 'Area',
  `phone_no` varchar(255) COMMENT 'Phone Number',
  `shop_address` text COMMENT 'Address',
  `is_contract_active` tinyint(1) COMMENT 'Active Contract',
  `is_disabled` tinyint(1) COMMENT 'Disabled',
  `disabled_date` date COMMENT 'Date Disabled',
  `disabled_reason` varchar(255) COMMENT 'Disable Reason',
  `country_id` int COMMENT 'Country',
  `res_partner_company_id` int COMMENT 'Company',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  `spp_id` varchar(255) COMMENT 'Unique ID',
  PRIMARY KEY (`id`),
  UNIQUE KEY `spp_service_point_spp_id_uniq` (`spp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_program` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text COMMENT 'description',
  `company_id` int,
  `target_type` varchar(255),
  `reconciliation_managers` varchar(255),
  `have_members` tinyint(1) COMMENT 'Have Beneficiaries',
  `date_ended` date,
  `state` varchar(255) COMMENT 'Status',
  `journal_id` int COMMENT 'Disbursement Journal',
  `cycles_count` int COMMENT '# Cycles',
  `active` tinyint(1),
  `locked` tinyint(1),
  `locked_reason` varchar(255),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  `is_one_time_distribution` tinyint(1) COMMENT 'One-time Distribution',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_program_membership` (
  `id` int NOT NULL AUTO_INCREMENT,
  `partner_id` int NOT NULL COMMENT 'Registrant',
  `program_id` int NOT NULL,
  `state` varchar(255),
  `enrollment_date` datetime,
  `last_deduplication` date COMMENT 'Last Deduplication Date',
  `exit_date` date,
  `delivery_mechanism_value` varchar(255),
  `deduplication_status` varchar(255),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`),
  UNIQUE KEY `g2p_program_membership_program_membership_unique` (`partner_id`, `program_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_program_membership_duplicate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `state` varchar(255),
  `deduplication_manager_id` int COMMENT 'Deduplication Manager',
  `reason` varchar(255) COMMENT 'Deduplication Reason',
  `comment` text COMMENT 'Deduplication Comment',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_cycle` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `company_id` int,
  `program_id` int NOT NULL COMMENT 'Program',
  `sequence` int NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `state` varchar(255),
  `auto_approve_entitlements` tinyint(1) COMMENT 'Auto-approve entitlements',
  `locked` tinyint(1),
  `locked_reason` varchar(255),
  `currency_id` int,
  `approved_date` datetime COMMENT 'Cycle Approved Date',
  `approved_by` int COMMENT 'Cycle Approved By',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  `inkind_entitlements_count` int COMMENT '# In-kind Entitlements',
  `procurement_group_id` int COMMENT 'Procurement Group',
  `validate_async_err` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `g2p_cycle_unique_cycle_name_program` (`name`, `program_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_cycle_membership` (
  `id` int NOT NULL AUTO_INCREMENT,
  `partner_id` int NOT NULL COMMENT 'Registrant',
  `cycle_id` int NOT NULL COMMENT 'Cycle',
  `enrollment_date` date,
  `state` varchar(255),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`),
  UNIQUE KEY `g2p_cycle_membership_cycle_membership_unique` (`partner_id`, `cycle_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_entitlement` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `ern` varchar(255) COMMENT 'ERN',
  `partner_id` int NOT NULL COMMENT 'Registrant',
  `company_id` int,
  `cycle_id` int NOT NULL,
  `valid_from` date,
  `valid_until` date,
  `is_cash_entitlement` tinyint(1) COMMENT 'Cash Entitlement',
  `initial_amount` decimal(20,7) NOT NULL,
  `transfer_fee` decimal(20,7),
  `journal_id` int COMMENT 'Disbursement Journal',
  `disbursement_id` int COMMENT 'Disbursement Journal Entry',
  `service_fee_disbursement_id` int COMMENT 'Service Fee Journal Entry',
  `date_approved` date,
  `state` varchar(255) COMMENT 'Status',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  `id_number` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `g2p_entitlement_unique_entitlement_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_payment_batch_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `order` int,
  `domain` text,
  `max_batch_size` int,
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_payment_batch` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COMMENT 'Internal Batch Reference #',
  `cycle_id` int COMMENT 'Cycle',
  `external_batch_ref` varchar(255) COMMENT 'External Batch Reference #',
  `batch_has_started` tinyint(1),
  `batch_has_completed` tinyint(1),
  `stats_issued_transactions` int COMMENT 'Issued Transaction Statistics',
  `stats_issued_amount` double COMMENT 'Issued Amount Statistics',
  `stats_sent_transactions` int COMMENT 'Sent Transactions Statistics',
  `stats_sent_amount` double COMMENT 'Sent Amount Statistics',
  `stats_paid_transactions` int COMMENT 'Paid Transactions Statistics',
  `stats_paid_amount` double COMMENT 'Paid Amount Statistics',
  `stats_failed_transactions` int COMMENT 'Failed Transactions Statistics',
  `stats_failed_amount` double COMMENT 'Failed Amount Statistics',
  `stats_datetime` datetime COMMENT 'Statistics Date/Time',
  `tag_id` int COMMENT 'Tag',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_payment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COMMENT 'Internal Reference #',
  `entitlement_id` int NOT NULL COMMENT 'Entitlement',
  `cycle_id` int COMMENT 'Cycle',
  `batch_id` int COMMENT 'Payment Batch',
  `state` varchar(255) NOT NULL COMMENT 'Status',
  `status` varchar(255) COMMENT 'Payment Status',
  `status_is_final` tinyint(1) COMMENT 'Is final payment status',
  `status_datetime` datetime,
  `account_number` varchar(255),
  `amount_issued` decimal(20,7) NOT NULL,
  `amount_paid` decimal(20,7),
  `issuance_date` datetime,
  `payment_datetime` datetime,
  `payment_fee` decimal(20,7),
  `journal_id` int COMMENT 'Program Journal',
  `company_id` int,
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_program_fund` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Reference Number',
  `company_id` int,
  `program_id` int NOT NULL COMMENT 'Program',
  `journal_id` int COMMENT 'Disbursement Journal',
  `account_move_id` int COMMENT 'Journal Entry',
  `amount` decimal(20,7) NOT NULL,
  `currency_id` int,
  `remarks` text,
  `date_posted` date NOT NULL,
  `state` varchar(255) COMMENT 'Status',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_program_membership_manager_default` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Manager Name',
  `program_id` int NOT NULL COMMENT 'Program',
  `eligibility_domain` text COMMENT 'Domain',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_program_entitlement_manager_cash` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Manager Name',
  `program_id` int NOT NULL COMMENT 'Program',
  `evaluate_one_item` tinyint(1),
  `max_amount` decimal(20,7) COMMENT 'Maximum Amount',
  `entitlement_validation_group_id` int COMMENT 'Entitlement Validation Group',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_program_entitlement_manager_cash_item` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sequence` int,
  `entitlement_id` int NOT NULL COMMENT 'Cash Entitlement',
  `amount` decimal(20,7) NOT NULL COMMENT 'Amount per cycle',
  `condition` varchar(255) COMMENT 'Condition Domain',
  `multiplier_field` int COMMENT 'Multiplier',
  `max_multiplier` int COMMENT 'Maximum number',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_entitlement_inkind` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `partner_id` int NOT NULL COMMENT 'Registrant',
  `id_number` varchar(255),
  `service_point_id` int COMMENT 'Service Point',
  `company_id` int,
  `cycle_id` int NOT NULL,
  `product_id` int COMMENT 'Product',
  `qty` int COMMENT 'QTY',
  `unit_price` decimal(20,7) COMMENT 'Value/Unit',
  `uom_id` int COMMENT 'Unit of Measure',
  `manage_inventory` tinyint(1),
  `warehouse_id` int COMMENT 'Warehouse',
  `route_id` int COMMENT 'Route',
  `total_amount` decimal(20,7) COMMENT 'Total Value',
  `journal_id` int COMMENT 'Journal',
  `valid_from` date,
  `valid_until` date,
  `date_approved` date,
  `state` varchar(255) COMMENT 'Status',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  `inkind_item_id` int COMMENT 'In-Kind Entitlement Condition',
  PRIMARY KEY (`id`),
  UNIQUE KEY `g2p_entitlement_inkind_unique_entitlement_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_id_pass` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COMMENT 'Template Name',
  `api_url` text COMMENT 'API URL',
  `api_username` varchar(255) COMMENT 'API Username',
  `api_password` varchar(255) COMMENT 'API Password',
  `filename_prefix` varchar(255) COMMENT 'File Name Prefix',
  `expiry_length` int COMMENT 'ID Expiry Length',
  `expiry_length_type` varchar(255) COMMENT 'Length Type',
  `auth_token_url` text,
  `auth_token` text,
  `is_active` tinyint(1) COMMENT 'Active',
  `id_type` int,
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_print_queue_batch` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COMMENT 'Batch name',
  `status` varchar(255),
  `id_pdf_filename` varchar(255) COMMENT 'ID File Name',
  `merge_status` varchar(255),
  `approved_by` int,
  `printed_by` int,
  `distributed_by` int,
  `date_approved` date,
  `date_printed` date,
  `date_distributed` date,
  `date_merged` date,
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_print_queue_id` (
  `id` int NOT NULL AUTO_INCREMENT,
  `id_type` int NOT NULL,
  `idpass_id` int,
  `requested_by` int NOT NULL,
  `approved_by` int,
  `generated_by` int,
  `printed_by` int,
  `distributed_by` int,
  `registrant_id` int NOT NULL,
  `area_id` int,
  `date_requested` date,
  `date_approved` date,
  `date_generated` date,
  `date_printed` date,
  `date_distributed` date,
  `status` varchar(255),
  `id_pdf_filename` varchar(255) COMMENT 'ID File Name',
  `batch_id` int COMMENT 'Batch',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_audit_rule` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `log_create` tinyint(1) COMMENT 'Log Creation',
  `log_write` tinyint(1) COMMENT 'Log Update',
  `log_unlink` tinyint(1) COMMENT 'Log Deletion',
  `view_logs` tinyint(1) COMMENT 'View Logs Action Menu',
  `model_id` int NOT NULL COMMENT 'Model',
  `action_id` int COMMENT 'Add in the ''More'' menu',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`),
  UNIQUE KEY `spp_audit_rule_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_audit_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime COMMENT 'Date',
  `user_id` int NOT NULL COMMENT 'User',
  `model_id` int NOT NULL COMMENT 'Model',
  `res_id` int COMMENT 'Resource Id',
  `method` varchar(64),
  `data` text,
  `create_uid` int COMMENT 'Created by',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_change_request` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Request #',
  `company_id` int,
  `date_requested` datetime,
  `request_type` varchar(255) NOT NULL,
  `request_type_target` int,
  `registrant_id` int COMMENT 'Registrant',
  `id_document_details` text COMMENT 'Scanned ID Document',
  `qr_code_details` text COMMENT 'Scanned QR Card',
  `applicant_id` int COMMENT 'Applicant',
  `applicant_phone` varchar(255) COMMENT 'Applicant''s Phone Number',
  `request_type_ref_id` varchar(255) COMMENT 'Change Request Template',
  `assign_to_id` int COMMENT 'Assigned to',
  `last_validated_by_id` int COMMENT 'Validated by',
  `date_validated` datetime,
  `next_validation_sequence_id` int COMMENT 'Next Validation Sequence',
  `applied_by_id` int COMMENT 'Applied by',
  `date_applied` datetime,
  `rejected_by_id` int COMMENT 'Rejected by',
  `date_rejected` datetime,
  `rejected_remarks` text COMMENT 'Rejection Remarks',
  `last_activity_id` int,
  `state` varchar(255) NOT NULL COMMENT 'Status',
  `cancelled_by_id` int COMMENT 'Cancelled by',
  `date_cancelled` datetime,
  `reset_to_draft_by_id` int COMMENT 'Reset to Draft by',
  `date_reset_to_draft` datetime,
  `validation_group_id` int COMMENT 'Change Request Validation Group',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_change_request_validators` (
  `id` int NOT NULL AUTO_INCREMENT,
  `request_id` int COMMENT 'Change Request',
  `stage_id` int NOT NULL COMMENT 'Validation Stage',
  `validator_id` int NOT NULL COMMENT 'Validated by',
  `date_validated` datetime,
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_change_request_group_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `individual_id` int COMMENT 'Registrant',
  `start_date` datetime,
  `end_date` datetime,
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_consent_config` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_consent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Consent',
  `group_id` int COMMENT 'Group',
  `signatory_id` int COMMENT 'Signatory',
  `expiry` date NOT NULL COMMENT 'Expiry Date',
  `config_id` int COMMENT 'Config',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_event_data` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `model` varchar(255) COMMENT 'Related Document Model',
  `event_type` varchar(255),
  `res_id` int COMMENT 'Related data',
  `registrar` varchar(255),
  `partner_id` int,
  `collection_date` date NOT NULL,
  `expiry_date` date,
  `state` varchar(255),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_entitlement_transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `card_number` varchar(255),
  `card_type` varchar(255),
  `receipt_number` varchar(255),
  `entitlement_id` int COMMENT 'Entitlement',
  `service_point_id` int COMMENT 'Service Point',
  `service_point_device_id` varchar(255) COMMENT 'Service Point Device ID',
  `user_id` int NOT NULL COMMENT 'POS User',
  `timestamp_transaction_created` datetime NOT NULL COMMENT 'Transaction Created',
  `transaction_type` varchar(255),
  `transaction_uuid` varchar(255) NOT NULL COMMENT 'Transaction UUID',
  `currency_id` int NOT NULL,
  `amount_charged_by_service_point` decimal(20,7),
  `value_remaining` decimal(20,7),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`),
  UNIQUE KEY `spp_entitlement_transactions_transaction_uuid_unique` (`transaction_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_inkind_entitlement_transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `card_number` varchar(255),
  `card_type` varchar(255),
  `receipt_number` varchar(255),
  `entitlement_id` int COMMENT 'Entitlement',
  `service_point_id` int COMMENT 'Service Point',
  `service_point_device_id` varchar(255) COMMENT 'Service Point Device ID',
  `user_id` int NOT NULL COMMENT 'POS User',
  `timestamp_transaction_created` datetime NOT NULL COMMENT 'Transaction Created',
  `transaction_type` varchar(255),
  `transaction_uuid` varchar(255) NOT NULL COMMENT 'Transaction UUID',
  `product_id` int COMMENT 'Product',
  `quantity_remaining` decimal(20,7),
  `quantity` decimal(20,7),
  `uom_id` int COMMENT 'Unit of Measure',
  `currency_id` int NOT NULL,
  `amount_charged_by_service_point` decimal(20,7),
  `value_remaining` decimal(20,7),
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`),
  UNIQUE KEY `spp_inkind_entitlement_transactions_transaction_uuid_unique` (`transaction_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spp_ethnic_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Ethnic Group',
  `ethnic_group_id` varchar(255) NOT NULL COMMENT 'Code',
  `create_uid` int COMMENT 'Created by',
  `create_date` datetime COMMENT 'Created on',
  `write_uid` int COMMENT 'Last Updated by',
  `write_date` datetime COMMENT 'Last Updated on',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `g2p_group_membership_g2p_group_membership_kind_rel` (
  `g2p_group_membership_id` int NOT NULL,
  `g2p_group_membership_kind_id` int NOT NULL,
  PRIMARY KEY (`g2p_group_membership_id`, `g2p_group_membership_kind_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_commercial_partner_id_fkey` FOREIGN KEY (`commercial_partner_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_disabled_by_fkey` FOREIGN KEY (`disabled_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_kind_fkey` FOREIGN KEY (`kind`) REFERENCES `g2p_group_kind` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_area_id_fkey` FOREIGN KEY (`area_id`) REFERENCES `spp_area` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_users` ADD CONSTRAINT `res_users_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_reg_id` ADD CONSTRAINT `g2p_reg_id_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_reg_id` ADD CONSTRAINT `g2p_reg_id_id_type_fkey` FOREIGN KEY (`id_type`) REFERENCES `g2p_id_type` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_phone_number` ADD CONSTRAINT `g2p_phone_number_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_phone_number` ADD CONSTRAINT `g2p_phone_number_disabled_by_fkey` FOREIGN KEY (`disabled_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `g2p_reg_rel` ADD CONSTRAINT `g2p_reg_rel_source_fkey` FOREIGN KEY (`source`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_reg_rel` ADD CONSTRAINT `g2p_reg_rel_destination_fkey` FOREIGN KEY (`destination`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_reg_rel` ADD CONSTRAINT `g2p_reg_rel_relation_fkey` FOREIGN KEY (`relation`) REFERENCES `g2p_relationship` (`id`) ON DELETE SET NULL;
ALTER TABLE `g2p_reg_rel` ADD CONSTRAINT `g2p_reg_rel_disabled_by_fkey` FOREIGN KEY (`disabled_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `g2p_group_membership` ADD CONSTRAINT `g2p_group_membership_group_fkey` FOREIGN KEY (`group`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_group_membership` ADD CONSTRAINT `g2p_group_membership_individual_fkey` FOREIGN KEY (`individual`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `spp_area_kind` ADD CONSTRAINT `spp_area_kind_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `spp_area_kind` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_area` ADD CONSTRAINT `spp_area_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `spp_area` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_area` ADD CONSTRAINT `spp_area_kind_fkey` FOREIGN KEY (`kind`) REFERENCES `spp_area_kind` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_service_point` ADD CONSTRAINT `spp_service_point_area_id_fkey` FOREIGN KEY (`area_id`) REFERENCES `spp_area` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_service_point` ADD CONSTRAINT `spp_service_point_res_partner_company_id_fkey` FOREIGN KEY (`res_partner_company_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `g2p_program_membership` ADD CONSTRAINT `g2p_program_membership_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_program_membership` ADD CONSTRAINT `g2p_program_membership_program_id_fkey` FOREIGN KEY (`program_id`) REFERENCES `g2p_program` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_cycle` ADD CONSTRAINT `g2p_cycle_program_id_fkey` FOREIGN KEY (`program_id`) REFERENCES `g2p_program` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_cycle` ADD CONSTRAINT `g2p_cycle_approved_by_fkey` FOREIGN KEY (`approved_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `g2p_cycle_membership` ADD CONSTRAINT `g2p_cycle_membership_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_cycle_membership` ADD CONSTRAINT `g2p_cycle_membership_cycle_id_fkey` FOREIGN KEY (`cycle_id`) REFERENCES `g2p_cycle` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_entitlement` ADD CONSTRAINT `g2p_entitlement_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_entitlement` ADD CONSTRAINT `g2p_entitlement_cycle_id_fkey` FOREIGN KEY (`cycle_id`) REFERENCES `g2p_cycle` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_payment_batch` ADD CONSTRAINT `g2p_payment_batch_cycle_id_fkey` FOREIGN KEY (`cycle_id`) REFERENCES `g2p_cycle` (`id`) ON DELETE SET NULL;
ALTER TABLE `g2p_payment_batch` ADD CONSTRAINT `g2p_payment_batch_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `g2p_payment_batch_tag` (`id`) ON DELETE SET NULL;
ALTER TABLE `g2p_payment` ADD CONSTRAINT `g2p_payment_entitlement_id_fkey` FOREIGN KEY (`entitlement_id`) REFERENCES `g2p_entitlement` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_payment` ADD CONSTRAINT `g2p_payment_cycle_id_fkey` FOREIGN KEY (`cycle_id`) REFERENCES `g2p_cycle` (`id`) ON DELETE SET NULL;
ALTER TABLE `g2p_payment` ADD CONSTRAINT `g2p_payment_batch_id_fkey` FOREIGN KEY (`batch_id`) REFERENCES `g2p_payment_batch` (`id`) ON DELETE SET NULL;
ALTER TABLE `g2p_program_fund` ADD CONSTRAINT `g2p_program_fund_program_id_fkey` FOREIGN KEY (`program_id`) REFERENCES `g2p_program` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_program_membership_manager_default` ADD CONSTRAINT `g2p_program_membership_manager_default_program_id_fkey` FOREIGN KEY (`program_id`) REFERENCES `g2p_program` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_program_entitlement_manager_cash` ADD CONSTRAINT `g2p_program_entitlement_manager_cash_program_id_fkey` FOREIGN KEY (`program_id`) REFERENCES `g2p_program` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_program_entitlement_manager_cash_item` ADD CONSTRAINT `g2p_program_entitlement_manager_cash_item_entitlement_id_fkey` FOREIGN KEY (`entitlement_id`) REFERENCES `g2p_program_entitlement_manager_cash` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_entitlement_inkind` ADD CONSTRAINT `g2p_entitlement_inkind_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE CASCADE;
ALTER TABLE `g2p_entitlement_inkind` ADD CONSTRAINT `g2p_entitlement_inkind_service_point_id_fkey` FOREIGN KEY (`service_point_id`) REFERENCES `spp_service_point` (`id`) ON DELETE SET NULL;
ALTER TABLE `g2p_entitlement_inkind` ADD CONSTRAINT `g2p_entitlement_inkind_cycle_id_fkey` FOREIGN KEY (`cycle_id`) REFERENCES `g2p_cycle` (`id`) ON DELETE RESTRICT;
ALTER TABLE `spp_id_pass` ADD CONSTRAINT `spp_id_pass_id_type_fkey` FOREIGN KEY (`id_type`) REFERENCES `g2p_id_type` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_print_queue_batch` ADD CONSTRAINT `spp_print_queue_batch_approved_by_fkey` FOREIGN KEY (`approved_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_print_queue_batch` ADD CONSTRAINT `spp_print_queue_batch_printed_by_fkey` FOREIGN KEY (`printed_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_print_queue_batch` ADD CONSTRAINT `spp_print_queue_batch_distributed_by_fkey` FOREIGN KEY (`distributed_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_print_queue_id` ADD CONSTRAINT `spp_print_queue_id_id_type_fkey` FOREIGN KEY (`id_type`) REFERENCES `g2p_id_type` (`id`) ON DELETE RESTRICT;
ALTER TABLE `spp_print_queue_id` ADD CONSTRAINT `spp_print_queue_id_idpass_id_fkey` FOREIGN KEY (`idpass_id`) REFERENCES `spp_id_pass` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_print_queue_id` ADD CONSTRAINT `spp_print_queue_id_requested_by_fkey` FOREIGN KEY (`requested_by`) REFERENCES `res_users` (`id`) ON DELETE RESTRICT;
ALTER TABLE `spp_print_queue_id` ADD CONSTRAINT `spp_print_queue_id_approved_by_fkey` FOREIGN KEY (`approved_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_print_queue_id` ADD CONSTRAINT `spp_print_queue_id_generated_by_fkey` FOREIGN KEY (`generated_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_print_queue_id` ADD CONSTRAINT `spp_print_queue_id_printed_by_fkey` FOREIGN KEY (`printed_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_print_queue_id` ADD CONSTRAINT `spp_print_queue_id_distributed_by_fkey` FOREIGN KEY (`distributed_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_print_queue_id` ADD CONSTRAINT `spp_print_queue_id_registrant_id_fkey` FOREIGN KEY (`registrant_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `spp_print_queue_id` ADD CONSTRAINT `spp_print_queue_id_area_id_fkey` FOREIGN KEY (`area_id`) REFERENCES `spp_area` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_print_queue_id` ADD CONSTRAINT `spp_print_queue_id_batch_id_fkey` FOREIGN KEY (`batch_id`) REFERENCES `spp_print_queue_batch` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_audit_log` ADD CONSTRAINT `spp_audit_log_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`) ON DELETE RESTRICT;
ALTER TABLE `spp_change_request` ADD CONSTRAINT `spp_change_request_registrant_id_fkey` FOREIGN KEY (`registrant_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_change_request` ADD CONSTRAINT `spp_change_request_applicant_id_fkey` FOREIGN KEY (`applicant_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_change_request` ADD CONSTRAINT `spp_change_request_assign_to_id_fkey` FOREIGN KEY (`assign_to_id`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_change_request` ADD CONSTRAINT `spp_change_request_last_validated_by_id_fkey` FOREIGN KEY (`last_validated_by_id`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_change_request` ADD CONSTRAINT `spp_change_request_applied_by_id_fkey` FOREIGN KEY (`applied_by_id`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_change_request` ADD CONSTRAINT `spp_change_request_rejected_by_id_fkey` FOREIGN KEY (`rejected_by_id`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_change_request` ADD CONSTRAINT `spp_change_request_cancelled_by_id_fkey` FOREIGN KEY (`cancelled_by_id`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_change_request` ADD CONSTRAINT `spp_change_request_reset_to_draft_by_id_fkey` FOREIGN KEY (`reset_to_draft_by_id`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_change_request_validators` ADD CONSTRAINT `spp_change_request_validators_request_id_fkey` FOREIGN KEY (`request_id`) REFERENCES `spp_change_request` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_change_request_validators` ADD CONSTRAINT `spp_change_request_validators_validator_id_fkey` FOREIGN KEY (`validator_id`) REFERENCES `res_users` (`id`) ON DELETE RESTRICT;
ALTER TABLE `spp_change_request_group_members` ADD CONSTRAINT `spp_change_request_group_members_individual_id_fkey` FOREIGN KEY (`individual_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_consent` ADD CONSTRAINT `spp_consent_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_consent` ADD CONSTRAINT `spp_consent_signatory_id_fkey` FOREIGN KEY (`signatory_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_consent` ADD CONSTRAINT `spp_consent_config_id_fkey` FOREIGN KEY (`config_id`) REFERENCES `spp_consent_config` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_event_data` ADD CONSTRAINT `spp_event_data_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_entitlement_transactions` ADD CONSTRAINT `spp_entitlement_transactions_entitlement_id_fkey` FOREIGN KEY (`entitlement_id`) REFERENCES `g2p_entitlement` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_entitlement_transactions` ADD CONSTRAINT `spp_entitlement_transactions_service_point_id_fkey` FOREIGN KEY (`service_point_id`) REFERENCES `spp_service_point` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_entitlement_transactions` ADD CONSTRAINT `spp_entitlement_transactions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`) ON DELETE RESTRICT;
ALTER TABLE `spp_inkind_entitlement_transactions` ADD CONSTRAINT `spp_inkind_entitlement_transactions_entitlement_id_fkey` FOREIGN KEY (`entitlement_id`) REFERENCES `g2p_entitlement_inkind` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_inkind_entitlement_transactions` ADD CONSTRAINT `spp_inkind_entitlement_transactions_service_point_id_fkey` FOREIGN KEY (`service_point_id`) REFERENCES `spp_service_point` (`id`) ON DELETE SET NULL;
ALTER TABLE `spp_inkind_entitlement_transactions` ADD CONSTRAINT `spp_inkind_entitlement_transactions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`) ON DELETE RESTRICT;
ALTER TABLE `g2p_group_membership_g2p_group_membership_kind_rel` ADD CONSTRAINT `g2p_group_membership_g2p_group_membership_kind_rel_g2p_group_mem` FOREIGN KEY (`g2p_group_membership_id`) REFERENCES `g2p_group_membership` (`id`) ON DELETE CASCADE;
ALTER TABLE `g2p_group_membership_g2p_group_membership_kind_rel` ADD CONSTRAINT `g2p_group_membership_g2p_group_membership_kind_rel_g2p_group_me1` FOREIGN KEY (`g2p_group_membership_kind_id`) REFERENCES `g2p_group_membership_kind` (`id`) ON DELETE CASCADE;

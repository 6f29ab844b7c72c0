-- Ralph 3 (Allegro's asset management, DCIM and CMDB; here its back-office side: employees as users with
-- their company, department, manager, location and regions, back-office assets (laptops, phones)
-- with their user, owner and loan end date, licences and licence users, accessories handed out,
-- SIM cards and access cards issued to people, supports, operations (incidents, changes, problems,
-- failures) with reporter and assignee, transitions history, attachments).
-- Source: github.com/allegro/ralph, commit c33ead2c5c99808e6e027af5b411a9c7bb160aad (2024-10-23),
-- the Django migrations of src/ralph/<app>/migrations/ and src/ralph/lib/transitions/migrations/.
-- Licence: Apache-2.0 (LICENSE).
-- Written by a script that reads every migration file with Python's ast module (nothing of Ralph is
-- imported) and replays CreateModel / AddField / RemoveField / AlterField / RenameField / DeleteModel /
-- AlterUniqueTogether per app in file order (SeparateDatabaseAndState by its state operations), then
-- writes what Django 2.0's MySQL backend creates: table <app>_<model> (or db_table), columns in the
-- order a database migrated step by step has them, ForeignKey -> <name>_id integer with its foreign
-- key, multi-table inheritance as <parent>_ptr_id primary key, ManyToManyField without a through model
-- -> <table>_<field> (id, <model>_id, <target>_id, unique pair), CharField -> varchar(max_length),
-- TextField / JSONField -> longtext, DateTimeField -> datetime(6), BooleanField -> tinyint(1),
-- PositiveIntegerField -> integer UNSIGNED, TransitionField / IntegerField -> integer, DecimalField /
-- django-money MoneyField -> numeric(m,d) with its price_currency varchar(3), EmailField -> varchar(254),
-- URLField -> varchar(200 or max_length), FileField -> varchar(100); taggit TaggableManager has no column.
-- Kept: 47 tables; foreign keys to tables not kept (auth, contenttypes, configuration classes,
-- manufacturer kinds, SIM card features) are left out, the key columns stay. Plain db_index indexes
-- are not written. Forward references need FOREIGN_KEY_CHECKS=0.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `accounts_region` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `country` integer UNSIGNED NOT NULL,
  `stocktaking_enabled` tinyint(1) NOT NULL
);

CREATE TABLE `accounts_team` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE
);

CREATE TABLE `accounts_ralphuser` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL UNIQUE,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `country` integer UNSIGNED NOT NULL,
  `city` varchar(30) NOT NULL,
  `company` varchar(64) NOT NULL,
  `employee_id` varchar(64) NOT NULL,
  `profit_center` varchar(1024) NOT NULL,
  `cost_center` varchar(1024) NOT NULL,
  `department` varchar(64) NOT NULL,
  `manager` varchar(1024) NOT NULL,
  `location` varchar(128) NOT NULL,
  `segment` varchar(256) NOT NULL,
  `team_id` integer NULL,
  FOREIGN KEY (`team_id`) REFERENCES `accounts_team` (`id`)
);

CREATE TABLE `accounts_ralphuser_groups` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ralphuser_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  UNIQUE (`ralphuser_id`, `group_id`),
  FOREIGN KEY (`ralphuser_id`) REFERENCES `accounts_ralphuser` (`id`)
);

CREATE TABLE `accounts_ralphuser_regions` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ralphuser_id` integer NOT NULL,
  `region_id` integer NOT NULL,
  UNIQUE (`ralphuser_id`, `region_id`),
  FOREIGN KEY (`ralphuser_id`) REFERENCES `accounts_ralphuser` (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `accounts_region` (`id`)
);

CREATE TABLE `accounts_ralphuser_user_permissions` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ralphuser_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  UNIQUE (`ralphuser_id`, `permission_id`),
  FOREIGN KEY (`ralphuser_id`) REFERENCES `accounts_ralphuser` (`id`)
);

CREATE TABLE `assets_baseobject` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `remarks` longtext NOT NULL,
  `content_type_id` integer NULL,
  `parent_id` integer NULL,
  `service_env_id` integer NULL,
  `configuration_path_id` integer NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `assets_baseobject` (`id`),
  FOREIGN KEY (`service_env_id`) REFERENCES `assets_serviceenvironment` (`baseobject_ptr_id`)
);

CREATE TABLE `assets_asset` (
  `baseobject_ptr_id` integer NOT NULL PRIMARY KEY,
  `hostname` varchar(255) NULL,
  `sn` varchar(200) NULL UNIQUE,
  `barcode` varchar(200) NULL UNIQUE,
  `niw` varchar(200) NULL,
  `required_support` tinyint(1) NOT NULL,
  `order_no` varchar(50) NULL,
  `invoice_no` varchar(128) NULL,
  `invoice_date` date NULL,
  `price` numeric(15,2) NULL,
  `provider` varchar(100) NULL,
  `depreciation_rate` numeric(5,2) NOT NULL,
  `force_depreciation` tinyint(1) NOT NULL,
  `depreciation_end_date` date NULL,
  `task_url` varchar(2048) NULL,
  `budget_info_id` integer NULL,
  `model_id` integer NOT NULL,
  `property_of_id` integer NULL,
  `buyout_date` date NULL,
  `start_usage` date NULL,
  `price_currency` varchar(3) NOT NULL,
  FOREIGN KEY (`baseobject_ptr_id`) REFERENCES `assets_baseobject` (`id`),
  FOREIGN KEY (`budget_info_id`) REFERENCES `assets_budgetinfo` (`id`),
  FOREIGN KEY (`model_id`) REFERENCES `assets_assetmodel` (`id`),
  FOREIGN KEY (`property_of_id`) REFERENCES `assets_assetholder` (`id`)
);

CREATE TABLE `assets_assetholder` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(75) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL
);

CREATE TABLE `assets_assetmodel` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(75) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `type` integer UNSIGNED NOT NULL,
  `power_consumption` integer UNSIGNED NOT NULL,
  `height_of_device` double precision NOT NULL,
  `cores_count` integer UNSIGNED NOT NULL,
  `visualization_layout_front` integer UNSIGNED NOT NULL,
  `visualization_layout_back` integer UNSIGNED NOT NULL,
  `has_parent` tinyint(1) NOT NULL,
  `category_id` integer NULL,
  `manufacturer_id` integer NULL,
  FOREIGN KEY (`category_id`) REFERENCES `assets_category` (`id`),
  FOREIGN KEY (`manufacturer_id`) REFERENCES `assets_manufacturer` (`id`)
);

CREATE TABLE `assets_budgetinfo` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL
);

CREATE TABLE `assets_businesssegment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE
);

CREATE TABLE `assets_category` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(75) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `code` varchar(4) NOT NULL,
  `imei_required` tinyint(1) NOT NULL,
  `lft` integer UNSIGNED NOT NULL,
  `rght` integer UNSIGNED NOT NULL,
  `tree_id` integer UNSIGNED NOT NULL,
  `level` integer UNSIGNED NOT NULL,
  `parent_id` integer NULL,
  `default_depreciation_rate` numeric(5,2) NOT NULL,
  `show_buyout_date` tinyint(1) NOT NULL,
  `allow_deployment` tinyint(1) NOT NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `assets_category` (`id`)
);

CREATE TABLE `assets_environment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL
);

CREATE TABLE `assets_manufacturer` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `manufacturer_kind_id` integer NULL
);

CREATE TABLE `assets_profitcenter` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `description` longtext NOT NULL
);

CREATE TABLE `assets_service` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `uid` varchar(40) NULL UNIQUE,
  `cost_center` varchar(100) NOT NULL,
  `profit_center_id` integer NULL,
  `support_team_id` integer NULL,
  `business_segment_id` integer NULL,
  FOREIGN KEY (`profit_center_id`) REFERENCES `assets_profitcenter` (`id`),
  FOREIGN KEY (`support_team_id`) REFERENCES `accounts_team` (`id`),
  FOREIGN KEY (`business_segment_id`) REFERENCES `assets_businesssegment` (`id`)
);

CREATE TABLE `assets_service_business_owners` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `service_id` integer NOT NULL,
  `ralphuser_id` integer NOT NULL,
  UNIQUE (`service_id`, `ralphuser_id`),
  FOREIGN KEY (`service_id`) REFERENCES `assets_service` (`id`),
  FOREIGN KEY (`ralphuser_id`) REFERENCES `accounts_ralphuser` (`id`)
);

CREATE TABLE `assets_service_technical_owners` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `service_id` integer NOT NULL,
  `ralphuser_id` integer NOT NULL,
  UNIQUE (`service_id`, `ralphuser_id`),
  FOREIGN KEY (`service_id`) REFERENCES `assets_service` (`id`),
  FOREIGN KEY (`ralphuser_id`) REFERENCES `accounts_ralphuser` (`id`)
);

CREATE TABLE `assets_serviceenvironment` (
  `baseobject_ptr_id` integer NOT NULL PRIMARY KEY,
  `environment_id` integer NOT NULL,
  `service_id` integer NOT NULL,
  FOREIGN KEY (`baseobject_ptr_id`) REFERENCES `assets_baseobject` (`id`),
  FOREIGN KEY (`environment_id`) REFERENCES `assets_environment` (`id`),
  FOREIGN KEY (`service_id`) REFERENCES `assets_service` (`id`)
);

CREATE TABLE `attachments_attachment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `md5` varchar(32) NOT NULL UNIQUE,
  `original_filename` varchar(255) NOT NULL,
  `file` varchar(255) NOT NULL,
  `mime_type` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `uploaded_by_id` integer NOT NULL,
  FOREIGN KEY (`uploaded_by_id`) REFERENCES `accounts_ralphuser` (`id`)
);

CREATE TABLE `attachments_attachmentitem` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `object_id` integer UNSIGNED NOT NULL,
  `attachment_id` integer NOT NULL,
  `content_type_id` integer NOT NULL,
  FOREIGN KEY (`attachment_id`) REFERENCES `attachments_attachment` (`id`)
);

CREATE TABLE `back_office_officeinfrastructure` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL
);

CREATE TABLE `back_office_warehouse` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `stocktaking_enabled` tinyint(1) NOT NULL,
  `stocktaking_tag_suffix` varchar(8) NOT NULL
);

CREATE TABLE `back_office_backofficeasset` (
  `asset_ptr_id` integer NOT NULL PRIMARY KEY,
  `location` varchar(128) NULL,
  `purchase_order` varchar(50) NULL,
  `loan_end_date` date NULL,
  `status` integer NOT NULL,
  `imei` varchar(18) NULL UNIQUE,
  `office_infrastructure_id` integer NULL,
  `owner_id` integer NULL,
  `region_id` integer NOT NULL,
  `user_id` integer NULL,
  `warehouse_id` integer NOT NULL,
  `imei2` varchar(18) NULL UNIQUE,
  `last_status_change` date NULL,
  FOREIGN KEY (`asset_ptr_id`) REFERENCES `assets_asset` (`baseobject_ptr_id`),
  FOREIGN KEY (`office_infrastructure_id`) REFERENCES `back_office_officeinfrastructure` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `accounts_ralphuser` (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `accounts_region` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `accounts_ralphuser` (`id`),
  FOREIGN KEY (`warehouse_id`) REFERENCES `back_office_warehouse` (`id`)
);

CREATE TABLE `licences_licencetype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE
);

CREATE TABLE `licences_software` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `asset_type` smallint UNSIGNED NOT NULL
);

CREATE TABLE `licences_licence` (
  `baseobject_ptr_id` integer NOT NULL PRIMARY KEY,
  `number_bought` integer NOT NULL,
  `sn` longtext NULL,
  `niw` varchar(200) NOT NULL UNIQUE,
  `invoice_date` date NULL,
  `valid_thru` date NULL,
  `order_no` varchar(50) NULL,
  `price` numeric(15,2) NULL,
  `accounting_id` varchar(200) NULL,
  `provider` varchar(100) NULL,
  `invoice_no` varchar(128) NULL,
  `license_details` varchar(1024) NOT NULL,
  `budget_info_id` integer NULL,
  `licence_type_id` integer NOT NULL,
  `manufacturer_id` integer NULL,
  `office_infrastructure_id` integer NULL,
  `property_of_id` integer NULL,
  `region_id` integer NOT NULL,
  `software_id` integer NOT NULL,
  `depreciation_rate` numeric(5,2) NULL,
  `start_usage` date NULL,
  `price_currency` varchar(3) NOT NULL,
  FOREIGN KEY (`baseobject_ptr_id`) REFERENCES `assets_baseobject` (`id`),
  FOREIGN KEY (`budget_info_id`) REFERENCES `assets_budgetinfo` (`id`),
  FOREIGN KEY (`licence_type_id`) REFERENCES `licences_licencetype` (`id`),
  FOREIGN KEY (`manufacturer_id`) REFERENCES `assets_manufacturer` (`id`),
  FOREIGN KEY (`office_infrastructure_id`) REFERENCES `back_office_officeinfrastructure` (`id`),
  FOREIGN KEY (`property_of_id`) REFERENCES `assets_assetholder` (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `accounts_region` (`id`),
  FOREIGN KEY (`software_id`) REFERENCES `licences_software` (`id`)
);

CREATE TABLE `licences_baseobjectlicence` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `quantity` integer UNSIGNED NOT NULL,
  `base_object_id` integer NOT NULL,
  `licence_id` integer NOT NULL,
  FOREIGN KEY (`base_object_id`) REFERENCES `assets_baseobject` (`id`),
  FOREIGN KEY (`licence_id`) REFERENCES `licences_licence` (`baseobject_ptr_id`)
);

CREATE TABLE `licences_licenceuser` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `quantity` integer UNSIGNED NOT NULL,
  `licence_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  FOREIGN KEY (`licence_id`) REFERENCES `licences_licence` (`baseobject_ptr_id`),
  FOREIGN KEY (`user_id`) REFERENCES `accounts_ralphuser` (`id`)
);

CREATE TABLE `sim_cards_cellularcarrier` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE
);

CREATE TABLE `sim_cards_simcard` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `pin1` varchar(8) NULL,
  `puk1` varchar(16) NOT NULL,
  `pin2` varchar(8) NULL,
  `puk2` varchar(16) NULL,
  `card_number` varchar(22) NOT NULL UNIQUE,
  `phone_number` varchar(16) NOT NULL UNIQUE,
  `status` integer NOT NULL,
  `remarks` longtext NOT NULL,
  `quarantine_until` date NULL,
  `carrier_id` integer NOT NULL,
  `owner_id` integer NULL,
  `user_id` integer NULL,
  `warehouse_id` integer NOT NULL,
  `property_of_id` integer NULL,
  FOREIGN KEY (`carrier_id`) REFERENCES `sim_cards_cellularcarrier` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `accounts_ralphuser` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `accounts_ralphuser` (`id`),
  FOREIGN KEY (`warehouse_id`) REFERENCES `back_office_warehouse` (`id`),
  FOREIGN KEY (`property_of_id`) REFERENCES `assets_assetholder` (`id`)
);

CREATE TABLE `sim_cards_simcard_features` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `simcard_id` integer NOT NULL,
  `simcardfeatures_id` integer NOT NULL,
  UNIQUE (`simcard_id`, `simcardfeatures_id`),
  FOREIGN KEY (`simcard_id`) REFERENCES `sim_cards_simcard` (`id`)
);

CREATE TABLE `access_cards_accesszone` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` longtext NULL,
  `lft` integer UNSIGNED NOT NULL,
  `rght` integer UNSIGNED NOT NULL,
  `tree_id` integer UNSIGNED NOT NULL,
  `level` integer UNSIGNED NOT NULL,
  `parent_id` integer NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `access_cards_accesszone` (`id`)
);

CREATE TABLE `access_cards_accesscard` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `visual_number` varchar(255) NOT NULL UNIQUE,
  `system_number` varchar(255) NOT NULL UNIQUE,
  `issue_date` date NULL,
  `notes` longtext NULL,
  `status` integer NOT NULL,
  `owner_id` integer NULL,
  `region_id` integer NOT NULL,
  `user_id` integer NULL,
  FOREIGN KEY (`owner_id`) REFERENCES `accounts_ralphuser` (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `accounts_region` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `accounts_ralphuser` (`id`)
);

CREATE TABLE `access_cards_accesscard_access_zones` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `accesscard_id` integer NOT NULL,
  `accesszone_id` integer NOT NULL,
  UNIQUE (`accesscard_id`, `accesszone_id`),
  FOREIGN KEY (`accesscard_id`) REFERENCES `access_cards_accesscard` (`id`),
  FOREIGN KEY (`accesszone_id`) REFERENCES `access_cards_accesszone` (`id`)
);

CREATE TABLE `accessories_accessory` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `accessory_name` varchar(255) NOT NULL,
  `product_number` varchar(255) NOT NULL UNIQUE,
  `status` integer NOT NULL,
  `number_bought` integer NOT NULL,
  `owner_id` integer NULL,
  `region_id` integer NOT NULL,
  `warehouse_id` integer NOT NULL,
  `category_id` integer NULL,
  `manufacturer_id` integer NULL,
  FOREIGN KEY (`owner_id`) REFERENCES `accounts_ralphuser` (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `accounts_region` (`id`),
  FOREIGN KEY (`warehouse_id`) REFERENCES `back_office_warehouse` (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `assets_category` (`id`),
  FOREIGN KEY (`manufacturer_id`) REFERENCES `assets_manufacturer` (`id`)
);

CREATE TABLE `accessories_accessoryuser` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `quantity` integer UNSIGNED NOT NULL,
  `accessory_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  FOREIGN KEY (`accessory_id`) REFERENCES `accessories_accessory` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `accounts_ralphuser` (`id`)
);

CREATE TABLE `supports_supporttype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE
);

CREATE TABLE `supports_support` (
  `baseobject_ptr_id` integer NOT NULL PRIMARY KEY,
  `name` varchar(75) NOT NULL,
  `asset_type` smallint UNSIGNED NOT NULL,
  `contract_id` varchar(50) NOT NULL,
  `description` varchar(100) NOT NULL,
  `price` numeric(15,2) NULL,
  `date_from` date NULL,
  `date_to` date NOT NULL,
  `escalation_path` varchar(200) NOT NULL,
  `contract_terms` longtext NOT NULL,
  `sla_type` varchar(200) NOT NULL,
  `status` smallint UNSIGNED NOT NULL,
  `producer` varchar(100) NOT NULL,
  `supplier` varchar(100) NOT NULL,
  `serial_no` varchar(100) NOT NULL,
  `invoice_no` varchar(100) NOT NULL,
  `invoice_date` date NULL,
  `period_in_months` integer NULL,
  `budget_info_id` integer NULL,
  `property_of_id` integer NULL,
  `region_id` integer NOT NULL,
  `support_type_id` integer NULL,
  `price_currency` varchar(3) NOT NULL,
  FOREIGN KEY (`baseobject_ptr_id`) REFERENCES `assets_baseobject` (`id`),
  FOREIGN KEY (`budget_info_id`) REFERENCES `assets_budgetinfo` (`id`),
  FOREIGN KEY (`property_of_id`) REFERENCES `assets_assetholder` (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `accounts_region` (`id`),
  FOREIGN KEY (`support_type_id`) REFERENCES `supports_supporttype` (`id`)
);

CREATE TABLE `supports_baseobjectssupport` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `baseobject_id` integer NOT NULL,
  `support_id` integer NOT NULL,
  FOREIGN KEY (`baseobject_id`) REFERENCES `assets_baseobject` (`id`),
  FOREIGN KEY (`support_id`) REFERENCES `supports_support` (`baseobject_ptr_id`)
);

CREATE TABLE `operations_operationstatus` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE
);

CREATE TABLE `operations_operationtype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `lft` integer UNSIGNED NOT NULL,
  `rght` integer UNSIGNED NOT NULL,
  `tree_id` integer UNSIGNED NOT NULL,
  `level` integer UNSIGNED NOT NULL,
  `parent_id` integer NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `operations_operationtype` (`id`)
);

CREATE TABLE `operations_operation` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `title` varchar(350) NOT NULL,
  `description` longtext NULL,
  `status_id` integer NOT NULL,
  `ticket_id` varchar(200) NULL UNIQUE,
  `created_date` datetime(6) NULL,
  `update_date` datetime(6) NULL,
  `resolved_date` datetime(6) NULL,
  `assignee_id` integer NULL,
  `type_id` integer NOT NULL,
  `reporter_id` integer NULL,
  FOREIGN KEY (`status_id`) REFERENCES `operations_operationstatus` (`id`),
  FOREIGN KEY (`assignee_id`) REFERENCES `accounts_ralphuser` (`id`),
  FOREIGN KEY (`type_id`) REFERENCES `operations_operationtype` (`id`),
  FOREIGN KEY (`reporter_id`) REFERENCES `accounts_ralphuser` (`id`)
);

CREATE TABLE `operations_operation_base_objects` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `operation_id` integer NOT NULL,
  `baseobject_id` integer NOT NULL,
  UNIQUE (`operation_id`, `baseobject_id`),
  FOREIGN KEY (`operation_id`) REFERENCES `operations_operation` (`id`),
  FOREIGN KEY (`baseobject_id`) REFERENCES `assets_baseobject` (`id`)
);

CREATE TABLE `transitions_transitionshistory` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `transition_name` varchar(255) NOT NULL,
  `source` varchar(50) NULL,
  `target` varchar(50) NULL,
  `object_id` integer NOT NULL,
  `kwargs` longtext NOT NULL,
  `actions` longtext NOT NULL,
  `content_type_id` integer NOT NULL,
  `logged_user_id` integer NOT NULL,
  FOREIGN KEY (`logged_user_id`) REFERENCES `accounts_ralphuser` (`id`)
);

CREATE TABLE `transitions_transitionshistory_attachments` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `transitionshistory_id` integer NOT NULL,
  `attachment_id` integer NOT NULL,
  UNIQUE (`transitionshistory_id`, `attachment_id`),
  FOREIGN KEY (`transitionshistory_id`) REFERENCES `transitions_transitionshistory` (`id`),
  FOREIGN KEY (`attachment_id`) REFERENCES `attachments_attachment` (`id`)
);

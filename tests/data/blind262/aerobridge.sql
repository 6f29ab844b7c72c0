-- Aerobridge (Openskies): management server for drone operators and manufacturers - registry of people, pilots,
-- operators, companies, drones and their components, pilot competency tests, flight plans and flight operations,
-- flight permissions from India's DGCA Digital Sky, raw and signed flight logs, incidents, PKI credentials
-- Upstream: github.com/openskies-sh/aerobridge, commit cbc938f2d1096d06fdd23b031057fd085ec7898f (Business Source
-- License 1.1 with Change Date 2023-01-01, after which the Change License Apache-2.0 applies)
-- Source: the Django migrations of the installed apps (registry, gcs_operations, digitalsky_provider,
-- supply_chain_operations, pki_framework: each 0001_initial.py, CreateModel / AddField / AddConstraint) replayed into
-- MySQL DDL with the column types of Django's MySQL backend (UUIDField char(32), TextField longtext, JSONField json,
-- DateTimeField datetime(6), BooleanField bool, URLField varchar(200), EmailField varchar(254)); foreign keys as
-- <field>_id, auto-created many-to-many tables as <table>_<field>, django-simple-history tables (historical*)
-- as migrated; plus the tables of the contrib apps in INSTALLED_APPS (auth, admin, contenttypes, sessions) and
-- django_migrations as Django 4.0 creates them. Index and constraint names are Django-like (shortened to 64
-- characters), tables ordered so that referenced tables come first. Left out: the CheckConstraint of
-- registry_aircraftcomponent (master component or supplier part) and Django's positive-integer checks. The apps
-- jetway and launchpad have no models; django_extensions, rest_framework, crispy_forms have no tables.

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
);

CREATE TABLE `auth_permission` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `name` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `auth_group_permissions` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `group_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `auth_user` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
);

CREATE TABLE `auth_user_groups` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `auth_user_user_permissions` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `user_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `django_admin_log` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint UNSIGNED NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` integer NULL,
  `user_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
);

CREATE TABLE `django_migrations` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_activity` (
  `id` char(32) NOT NULL,
  `name` varchar(140) NOT NULL,
  `activity_type` integer NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_address` (
  `id` char(32) NOT NULL,
  `address_line_1` varchar(140) NOT NULL,
  `address_line_2` varchar(140) NULL,
  `address_line_3` varchar(140) NULL,
  `postcode` varchar(10) NOT NULL,
  `city` varchar(140) NOT NULL,
  `state` varchar(2) NULL,
  `country` varchar(2) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_aerobridgedocument` (
  `id` char(32) NOT NULL,
  `name` longtext NOT NULL,
  `url` varchar(200) NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_company` (
  `id` char(32) NOT NULL,
  `full_name` varchar(140) NOT NULL,
  `common_name` varchar(140) NOT NULL,
  `website` varchar(200) NOT NULL,
  `email` varchar(254) NOT NULL,
  `phone_number` varchar(17) NOT NULL,
  `vat_number` varchar(25) NULL,
  `insurance_number` varchar(25) NULL,
  `company_number` varchar(25) NULL,
  `country` varchar(2) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `role` integer NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `address_id` char(32) NULL,
  PRIMARY KEY (`id`),
  KEY `registry_company_address_id_idx` (`address_id`),
  CONSTRAINT `registry_company_address_id_fk` FOREIGN KEY (`address_id`) REFERENCES `registry_address` (`id`)
);

CREATE TABLE `registry_firmware` (
  `id` char(32) NOT NULL,
  `binary_file_url` varchar(200) NOT NULL,
  `binary_file_hash` longtext NOT NULL,
  `version` varchar(25) NOT NULL,
  `friendly_name` varchar(140) NOT NULL,
  `is_active` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `manufacturer_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `registry_firmware_manufacturer_id_idx` (`manufacturer_id`),
  CONSTRAINT `registry_firmware_manufacturer_id_fk` FOREIGN KEY (`manufacturer_id`) REFERENCES `registry_company` (`id`)
);

CREATE TABLE `registry_typecertificate` (
  `id` char(32) NOT NULL,
  `type_certificate_id` varchar(280) NOT NULL,
  `type_certificate_issuing_country` varchar(280) NOT NULL,
  `type_certificate_holder` varchar(140) NOT NULL,
  `type_certificate_holder_country` varchar(140) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_aircraftmodel` (
  `id` char(32) NOT NULL,
  `name` varchar(280) NOT NULL,
  `popular_name` varchar(140) NOT NULL,
  `category` integer NOT NULL,
  `series` varchar(10) NOT NULL,
  `max_endurance` numeric(10, 2) NOT NULL,
  `max_range` numeric(10, 2) NOT NULL,
  `max_speed` numeric(10, 2) NOT NULL,
  `dimension_length` numeric(10, 2) NOT NULL,
  `dimension_breadth` numeric(10, 2) NOT NULL,
  `dimension_height` numeric(10, 2) NOT NULL,
  `mass` integer NOT NULL,
  `sub_category` integer NOT NULL,
  `operating_frequency` numeric(10, 2) NULL,
  `max_certified_takeoff_weight` numeric(10, 3) NOT NULL,
  `max_height_attainable` numeric(10, 3) NOT NULL,
  `icao_aircraft_type_designator` varchar(4) NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `firmware_id` char(32) NOT NULL,
  `type_certificate_id` char(32) NULL,
  PRIMARY KEY (`id`),
  KEY `registry_aircraftmodel_firmware_id_idx` (`firmware_id`),
  KEY `registry_aircraftmodel_type_certificate_id_idx` (`type_certificate_id`),
  CONSTRAINT `registry_aircraftmodel_firmware_id_fk` FOREIGN KEY (`firmware_id`) REFERENCES `registry_firmware` (`id`),
  CONSTRAINT `registry_aircraftmodel_type_certificate_id_fk` FOREIGN KEY (`type_certificate_id`) REFERENCES `registry_typecertificate` (`id`)
);

CREATE TABLE `registry_aircraftassembly` (
  `id` char(32) NOT NULL,
  `status` integer NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `aircraft_model_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `registry_aircraftassembly_aircraft_model_id_idx` (`aircraft_model_id`),
  CONSTRAINT `registry_aircraftassembly_aircraft_model_id_fk` FOREIGN KEY (`aircraft_model_id`) REFERENCES `registry_aircraftmodel` (`id`)
);

CREATE TABLE `registry_operator` (
  `id` char(32) NOT NULL,
  `expiration` datetime(6) NOT NULL,
  `operator_type` integer NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `company_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `registry_operator_company_id_idx` (`company_id`),
  CONSTRAINT `registry_operator_company_id_fk` FOREIGN KEY (`company_id`) REFERENCES `registry_company` (`id`)
);

CREATE TABLE `registry_aircraft` (
  `id` char(32) NOT NULL,
  `name` varchar(280) NOT NULL,
  `flight_controller_id` varchar(140) NOT NULL,
  `status` integer NOT NULL,
  `photo` varchar(200) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `final_assembly_id` char(32) NOT NULL,
  `manufacturer_id` char(32) NOT NULL,
  `operator_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_aircraft_final_assembly_id_uniq` (`final_assembly_id`),
  KEY `registry_aircraft_manufacturer_id_idx` (`manufacturer_id`),
  KEY `registry_aircraft_operator_id_idx` (`operator_id`),
  CONSTRAINT `registry_aircraft_final_assembly_id_fk` FOREIGN KEY (`final_assembly_id`) REFERENCES `registry_aircraftassembly` (`id`),
  CONSTRAINT `registry_aircraft_manufacturer_id_fk` FOREIGN KEY (`manufacturer_id`) REFERENCES `registry_company` (`id`),
  CONSTRAINT `registry_aircraft_operator_id_fk` FOREIGN KEY (`operator_id`) REFERENCES `registry_operator` (`id`)
);

CREATE TABLE `registry_aircraftmastercomponent` (
  `id` char(32) NOT NULL,
  `name` varchar(280) NOT NULL,
  `family` integer NOT NULL,
  `drawing` varchar(200) NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `minimum_stock` integer UNSIGNED NOT NULL,
  `units` varchar(20) NULL,
  `assembly` bool NOT NULL,
  `trackable` bool NOT NULL,
  `purchaseable` bool NOT NULL,
  `salable` bool NOT NULL,
  `active` bool NOT NULL,
  `quantity_required_for_build` integer NOT NULL,
  `manufacturer_id` char(32) NULL,
  PRIMARY KEY (`id`),
  KEY `registry_aircraftmastercomponent_manufacturer_id_idx` (`manufacturer_id`),
  CONSTRAINT `registry_aircraftmastercomponent_manufacturer_id_fk` FOREIGN KEY (`manufacturer_id`) REFERENCES `registry_company` (`id`)
);

CREATE TABLE `registry_manufacturerpart` (
  `id` char(32) NOT NULL,
  `MPN` varchar(100) NULL,
  `manufacturer_id` char(32) NULL,
  `master_component_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_manufacturerpart_master_component_id_manufactu_3b731b25` (`master_component_id`, `manufacturer_id`, `MPN`),
  KEY `registry_manufacturerpart_manufacturer_id_idx` (`manufacturer_id`),
  KEY `registry_manufacturerpart_master_component_id_idx` (`master_component_id`),
  CONSTRAINT `registry_manufacturerpart_manufacturer_id_fk` FOREIGN KEY (`manufacturer_id`) REFERENCES `registry_company` (`id`),
  CONSTRAINT `registry_manufacturerpart_master_component_id_fk` FOREIGN KEY (`master_component_id`) REFERENCES `registry_aircraftmastercomponent` (`id`)
);

CREATE TABLE `registry_supplierpart` (
  `id` char(32) NOT NULL,
  `info_buy_url` varchar(200) NOT NULL,
  `is_default` bool NOT NULL,
  `purchase_price` numeric(19, 4) NULL,
  `manufacturer_part_id` char(32) NULL,
  `supplier_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_supplierpart_manufacturer_part_id_supplier_id_uniq` (`manufacturer_part_id`, `supplier_id`),
  KEY `registry_supplierpart_manufacturer_part_id_idx` (`manufacturer_part_id`),
  KEY `registry_supplierpart_supplier_id_idx` (`supplier_id`),
  CONSTRAINT `registry_supplierpart_manufacturer_part_id_fk` FOREIGN KEY (`manufacturer_part_id`) REFERENCES `registry_manufacturerpart` (`id`),
  CONSTRAINT `registry_supplierpart_supplier_id_fk` FOREIGN KEY (`supplier_id`) REFERENCES `registry_company` (`id`)
);

CREATE TABLE `registry_aircraftcomponent` (
  `id` char(32) NOT NULL,
  `aerobridge_id` varchar(140) NOT NULL,
  `is_active` bool NOT NULL,
  `description` varchar(140) NULL,
  `updated` date NULL,
  `stocktake_date` date NULL,
  `review_needed` bool NOT NULL,
  `status` integer UNSIGNED NOT NULL,
  `purchase_price` numeric(19, 4) NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `invoice_receipt_id` char(32) NOT NULL,
  `master_component_id` char(32) NULL,
  `supplier_part_id` char(32) NULL,
  PRIMARY KEY (`id`),
  KEY `registry_aircraftcomponent_invoice_receipt_id_idx` (`invoice_receipt_id`),
  KEY `registry_aircraftcomponent_master_component_id_idx` (`master_component_id`),
  KEY `registry_aircraftcomponent_supplier_part_id_idx` (`supplier_part_id`),
  CONSTRAINT `registry_aircraftcomponent_invoice_receipt_id_fk` FOREIGN KEY (`invoice_receipt_id`) REFERENCES `registry_aerobridgedocument` (`id`),
  CONSTRAINT `registry_aircraftcomponent_master_component_id_fk` FOREIGN KEY (`master_component_id`) REFERENCES `registry_aircraftmastercomponent` (`id`),
  CONSTRAINT `registry_aircraftcomponent_supplier_part_id_fk` FOREIGN KEY (`supplier_part_id`) REFERENCES `registry_supplierpart` (`id`)
);

CREATE TABLE `registry_aircraftassembly_components` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `aircraftassembly_id` char(32) NOT NULL,
  `aircraftcomponent_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_aircraftassembly_components_aircraftassembly_i_efd29491` (`aircraftassembly_id`, `aircraftcomponent_id`),
  KEY `registry_aircraftassembly_components_aircraftcomponent_id_idx` (`aircraftcomponent_id`),
  CONSTRAINT `registry_aircraftassembly_components_aircraftassembly_id_fk` FOREIGN KEY (`aircraftassembly_id`) REFERENCES `registry_aircraftassembly` (`id`),
  CONSTRAINT `registry_aircraftassembly_components_aircraftcomponent_id_fk` FOREIGN KEY (`aircraftcomponent_id`) REFERENCES `registry_aircraftcomponent` (`id`)
);

CREATE TABLE `registry_aircraftmodel_documents` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `aircraftmodel_id` char(32) NOT NULL,
  `aerobridgedocument_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_aircraftmodel_documents_aircraftmodel_id_aerob_a444425d` (`aircraftmodel_id`, `aerobridgedocument_id`),
  KEY `registry_aircraftmodel_documents_aerobridgedocument_id_idx` (`aerobridgedocument_id`),
  CONSTRAINT `registry_aircraftmodel_documents_aircraftmodel_id_fk` FOREIGN KEY (`aircraftmodel_id`) REFERENCES `registry_aircraftmodel` (`id`),
  CONSTRAINT `registry_aircraftmodel_documents_aerobridgedocument_id_fk` FOREIGN KEY (`aerobridgedocument_id`) REFERENCES `registry_aerobridgedocument` (`id`)
);

CREATE TABLE `registry_aircraftmodel_master_components` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `aircraftmodel_id` char(32) NOT NULL,
  `aircraftmastercomponent_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_aircraftmodel_master_components_aircraftmodel__b2bf16ce` (`aircraftmodel_id`, `aircraftmastercomponent_id`),
  KEY `registry_aircraftmodel_master_components_aircraftmaster_e5db6805` (`aircraftmastercomponent_id`),
  CONSTRAINT `registry_aircraftmodel_master_components_aircraftmodel_id_fk` FOREIGN KEY (`aircraftmodel_id`) REFERENCES `registry_aircraftmodel` (`id`),
  CONSTRAINT `registry_aircraftmodel_master_components_aircraftmaster_16abf8ae` FOREIGN KEY (`aircraftmastercomponent_id`) REFERENCES `registry_aircraftmastercomponent` (`id`)
);

CREATE TABLE `registry_authorization` (
  `id` char(32) NOT NULL,
  `title` varchar(140) NOT NULL,
  `operation_max_height` integer NOT NULL,
  `operation_altitude_system` integer NOT NULL,
  `airspace_type` integer NOT NULL,
  `permit_to_fly_above_crowd` bool NOT NULL,
  `operation_area_type` integer NOT NULL,
  `risk_type` integer NOT NULL,
  `authorization_type` integer NOT NULL,
  `end_date` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_company_documents` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `company_id` char(32) NOT NULL,
  `aerobridgedocument_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_company_documents_company_id_aerobridgedocument_id_uniq` (`company_id`, `aerobridgedocument_id`),
  KEY `registry_company_documents_aerobridgedocument_id_idx` (`aerobridgedocument_id`),
  CONSTRAINT `registry_company_documents_company_id_fk` FOREIGN KEY (`company_id`) REFERENCES `registry_company` (`id`),
  CONSTRAINT `registry_company_documents_aerobridgedocument_id_fk` FOREIGN KEY (`aerobridgedocument_id`) REFERENCES `registry_aerobridgedocument` (`id`)
);

CREATE TABLE `registry_operator_authorized_activities` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `operator_id` char(32) NOT NULL,
  `activity_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_operator_authorized_activities_operator_id_act_79f3dd77` (`operator_id`, `activity_id`),
  KEY `registry_operator_authorized_activities_activity_id_idx` (`activity_id`),
  CONSTRAINT `registry_operator_authorized_activities_operator_id_fk` FOREIGN KEY (`operator_id`) REFERENCES `registry_operator` (`id`),
  CONSTRAINT `registry_operator_authorized_activities_activity_id_fk` FOREIGN KEY (`activity_id`) REFERENCES `registry_activity` (`id`)
);

CREATE TABLE `registry_operator_operational_authorizations` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `operator_id` char(32) NOT NULL,
  `authorization_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_operator_operational_authorizations_operator_i_d64cee54` (`operator_id`, `authorization_id`),
  KEY `registry_operator_operational_authorizations_authorizat_aa52244b` (`authorization_id`),
  CONSTRAINT `registry_operator_operational_authorizations_operator_id_fk` FOREIGN KEY (`operator_id`) REFERENCES `registry_operator` (`id`),
  CONSTRAINT `registry_operator_operational_authorizations_authorization_id_fk` FOREIGN KEY (`authorization_id`) REFERENCES `registry_authorization` (`id`)
);

CREATE TABLE `registry_person` (
  `id` char(32) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `middle_name` varchar(30) NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `phone_number` varchar(17) NOT NULL,
  `social_security_number` varchar(25) NULL,
  `date_of_birth` date NULL,
  `is_active` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_person_documents` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `person_id` char(32) NOT NULL,
  `aerobridgedocument_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_person_documents_person_id_aerobridgedocument_id_uniq` (`person_id`, `aerobridgedocument_id`),
  KEY `registry_person_documents_aerobridgedocument_id_idx` (`aerobridgedocument_id`),
  CONSTRAINT `registry_person_documents_person_id_fk` FOREIGN KEY (`person_id`) REFERENCES `registry_person` (`id`),
  CONSTRAINT `registry_person_documents_aerobridgedocument_id_fk` FOREIGN KEY (`aerobridgedocument_id`) REFERENCES `registry_aerobridgedocument` (`id`)
);

CREATE TABLE `registry_pilot` (
  `id` char(32) NOT NULL,
  `photo` varchar(200) NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_active` bool NOT NULL,
  `address_id` char(32) NOT NULL,
  `operator_id` char(32) NOT NULL,
  `person_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `registry_pilot_address_id_idx` (`address_id`),
  KEY `registry_pilot_operator_id_idx` (`operator_id`),
  UNIQUE KEY `registry_pilot_person_id_uniq` (`person_id`),
  CONSTRAINT `registry_pilot_address_id_fk` FOREIGN KEY (`address_id`) REFERENCES `registry_address` (`id`),
  CONSTRAINT `registry_pilot_operator_id_fk` FOREIGN KEY (`operator_id`) REFERENCES `registry_operator` (`id`),
  CONSTRAINT `registry_pilot_person_id_fk` FOREIGN KEY (`person_id`) REFERENCES `registry_person` (`id`)
);

CREATE TABLE `registry_pilot_documents` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `pilot_id` char(32) NOT NULL,
  `aerobridgedocument_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_pilot_documents_pilot_id_aerobridgedocument_id_uniq` (`pilot_id`, `aerobridgedocument_id`),
  KEY `registry_pilot_documents_aerobridgedocument_id_idx` (`aerobridgedocument_id`),
  CONSTRAINT `registry_pilot_documents_pilot_id_fk` FOREIGN KEY (`pilot_id`) REFERENCES `registry_pilot` (`id`),
  CONSTRAINT `registry_pilot_documents_aerobridgedocument_id_fk` FOREIGN KEY (`aerobridgedocument_id`) REFERENCES `registry_aerobridgedocument` (`id`)
);

CREATE TABLE `registry_test` (
  `id` char(32) NOT NULL,
  `test_type` integer NOT NULL,
  `taken_at` integer NOT NULL,
  `name` varchar(100) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_testvalidity` (
  `id` char(32) NOT NULL,
  `taken_at` datetime(6) NULL,
  `expiration` datetime(6) NULL,
  `pilot_id` char(32) NOT NULL,
  `test_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `registry_testvalidity_pilot_id_idx` (`pilot_id`),
  KEY `registry_testvalidity_test_id_idx` (`test_id`),
  CONSTRAINT `registry_testvalidity_pilot_id_fk` FOREIGN KEY (`pilot_id`) REFERENCES `registry_pilot` (`id`),
  CONSTRAINT `registry_testvalidity_test_id_fk` FOREIGN KEY (`test_id`) REFERENCES `registry_test` (`id`)
);

CREATE TABLE `registry_mastercomponentassembly` (
  `id` char(32) NOT NULL,
  `name` varchar(40) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `registry_mastercomponentassembly_assembly_components` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `mastercomponentassembly_id` char(32) NOT NULL,
  `aircraftmastercomponent_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_mastercomponentassembly_assembly_components_ma_f9009d83` (`mastercomponentassembly_id`, `aircraftmastercomponent_id`),
  KEY `registry_mastercomponentassembly_assembly_components_ai_6c2a863e` (`aircraftmastercomponent_id`),
  CONSTRAINT `registry_mastercomponentassembly_assembly_components_ma_1c2da3e5` FOREIGN KEY (`mastercomponentassembly_id`) REFERENCES `registry_mastercomponentassembly` (`id`),
  CONSTRAINT `registry_mastercomponentassembly_assembly_components_ai_eeca1021` FOREIGN KEY (`aircraftmastercomponent_id`) REFERENCES `registry_aircraftmastercomponent` (`id`)
);

CREATE TABLE `registry_historicalaircraftmodel` (
  `id` char(32) NOT NULL,
  `name` varchar(280) NOT NULL,
  `popular_name` varchar(140) NOT NULL,
  `category` integer NOT NULL,
  `series` varchar(10) NOT NULL,
  `max_endurance` numeric(10, 2) NOT NULL,
  `max_range` numeric(10, 2) NOT NULL,
  `max_speed` numeric(10, 2) NOT NULL,
  `dimension_length` numeric(10, 2) NOT NULL,
  `dimension_breadth` numeric(10, 2) NOT NULL,
  `dimension_height` numeric(10, 2) NOT NULL,
  `mass` integer NOT NULL,
  `sub_category` integer NOT NULL,
  `operating_frequency` numeric(10, 2) NULL,
  `max_certified_takeoff_weight` numeric(10, 3) NOT NULL,
  `max_height_attainable` numeric(10, 3) NOT NULL,
  `icao_aircraft_type_designator` varchar(4) NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `history_id` integer AUTO_INCREMENT NOT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `firmware_id` char(32) NULL,
  `history_user_id` integer NULL,
  `type_certificate_id` char(32) NULL,
  PRIMARY KEY (`history_id`),
  KEY `registry_historicalaircraftmodel_id_idx` (`id`),
  KEY `registry_historicalaircraftmodel_history_date_idx` (`history_date`),
  KEY `registry_historicalaircraftmodel_firmware_id_idx` (`firmware_id`),
  KEY `registry_historicalaircraftmodel_history_user_id_idx` (`history_user_id`),
  KEY `registry_historicalaircraftmodel_type_certificate_id_idx` (`type_certificate_id`),
  CONSTRAINT `registry_historicalaircraftmodel_history_user_id_fk` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `registry_historicalaircraftmastercomponent` (
  `id` char(32) NOT NULL,
  `name` varchar(280) NOT NULL,
  `family` integer NOT NULL,
  `drawing` varchar(200) NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `minimum_stock` integer UNSIGNED NOT NULL,
  `units` varchar(20) NULL,
  `assembly` bool NOT NULL,
  `trackable` bool NOT NULL,
  `purchaseable` bool NOT NULL,
  `salable` bool NOT NULL,
  `active` bool NOT NULL,
  `quantity_required_for_build` integer NOT NULL,
  `history_id` integer AUTO_INCREMENT NOT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer NULL,
  `manufacturer_id` char(32) NULL,
  PRIMARY KEY (`history_id`),
  KEY `registry_historicalaircraftmastercomponent_id_idx` (`id`),
  KEY `registry_historicalaircraftmastercomponent_history_date_idx` (`history_date`),
  KEY `registry_historicalaircraftmastercomponent_history_user_id_idx` (`history_user_id`),
  KEY `registry_historicalaircraftmastercomponent_manufacturer_id_idx` (`manufacturer_id`),
  CONSTRAINT `registry_historicalaircraftmastercomponent_history_user_id_fk` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `registry_historicalaircraftdetail` (
  `id` char(32) NOT NULL,
  `is_registered` bool NOT NULL,
  `registration_mark` varchar(10) NULL,
  `commission_date` datetime(6) NULL,
  `identification_photo` varchar(200) NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `history_id` integer AUTO_INCREMENT NOT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `aircraft_id` char(32) NULL,
  `history_user_id` integer NULL,
  PRIMARY KEY (`history_id`),
  KEY `registry_historicalaircraftdetail_id_idx` (`id`),
  KEY `registry_historicalaircraftdetail_history_date_idx` (`history_date`),
  KEY `registry_historicalaircraftdetail_aircraft_id_idx` (`aircraft_id`),
  KEY `registry_historicalaircraftdetail_history_user_id_idx` (`history_user_id`),
  CONSTRAINT `registry_historicalaircraftdetail_history_user_id_fk` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `registry_historicalaircraftcomponent` (
  `id` char(32) NOT NULL,
  `aerobridge_id` varchar(140) NOT NULL,
  `is_active` bool NOT NULL,
  `description` varchar(140) NULL,
  `updated` date NULL,
  `stocktake_date` date NULL,
  `review_needed` bool NOT NULL,
  `status` integer UNSIGNED NOT NULL,
  `purchase_price` numeric(19, 4) NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `history_id` integer AUTO_INCREMENT NOT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer NULL,
  `invoice_receipt_id` char(32) NULL,
  `master_component_id` char(32) NULL,
  `supplier_part_id` char(32) NULL,
  PRIMARY KEY (`history_id`),
  KEY `registry_historicalaircraftcomponent_id_idx` (`id`),
  KEY `registry_historicalaircraftcomponent_history_date_idx` (`history_date`),
  KEY `registry_historicalaircraftcomponent_history_user_id_idx` (`history_user_id`),
  KEY `registry_historicalaircraftcomponent_invoice_receipt_id_idx` (`invoice_receipt_id`),
  KEY `registry_historicalaircraftcomponent_master_component_id_idx` (`master_component_id`),
  KEY `registry_historicalaircraftcomponent_supplier_part_id_idx` (`supplier_part_id`),
  CONSTRAINT `registry_historicalaircraftcomponent_history_user_id_fk` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `registry_historicalaircraftassembly` (
  `id` char(32) NOT NULL,
  `status` integer NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `history_id` integer AUTO_INCREMENT NOT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `aircraft_model_id` char(32) NULL,
  `history_user_id` integer NULL,
  PRIMARY KEY (`history_id`),
  KEY `registry_historicalaircraftassembly_id_idx` (`id`),
  KEY `registry_historicalaircraftassembly_history_date_idx` (`history_date`),
  KEY `registry_historicalaircraftassembly_aircraft_model_id_idx` (`aircraft_model_id`),
  KEY `registry_historicalaircraftassembly_history_user_id_idx` (`history_user_id`),
  CONSTRAINT `registry_historicalaircraftassembly_history_user_id_fk` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `registry_historicalaircraft` (
  `id` char(32) NOT NULL,
  `name` varchar(280) NOT NULL,
  `flight_controller_id` varchar(140) NOT NULL,
  `status` integer NOT NULL,
  `photo` varchar(200) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `history_id` integer AUTO_INCREMENT NOT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `final_assembly_id` char(32) NULL,
  `history_user_id` integer NULL,
  `manufacturer_id` char(32) NULL,
  `operator_id` char(32) NULL,
  PRIMARY KEY (`history_id`),
  KEY `registry_historicalaircraft_id_idx` (`id`),
  KEY `registry_historicalaircraft_history_date_idx` (`history_date`),
  KEY `registry_historicalaircraft_final_assembly_id_idx` (`final_assembly_id`),
  KEY `registry_historicalaircraft_history_user_id_idx` (`history_user_id`),
  KEY `registry_historicalaircraft_manufacturer_id_idx` (`manufacturer_id`),
  KEY `registry_historicalaircraft_operator_id_idx` (`operator_id`),
  CONSTRAINT `registry_historicalaircraft_history_user_id_fk` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `registry_contact` (
  `id` char(32) NOT NULL,
  `role_type` integer NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `address_id` char(32) NOT NULL,
  `operator_id` char(32) NOT NULL,
  `person_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `registry_contact_address_id_idx` (`address_id`),
  KEY `registry_contact_operator_id_idx` (`operator_id`),
  KEY `registry_contact_person_id_idx` (`person_id`),
  CONSTRAINT `registry_contact_address_id_fk` FOREIGN KEY (`address_id`) REFERENCES `registry_address` (`id`),
  CONSTRAINT `registry_contact_operator_id_fk` FOREIGN KEY (`operator_id`) REFERENCES `registry_operator` (`id`),
  CONSTRAINT `registry_contact_person_id_fk` FOREIGN KEY (`person_id`) REFERENCES `registry_person` (`id`)
);

CREATE TABLE `registry_aircraftdetail` (
  `id` char(32) NOT NULL,
  `is_registered` bool NOT NULL,
  `registration_mark` varchar(10) NULL,
  `commission_date` datetime(6) NULL,
  `identification_photo` varchar(200) NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `aircraft_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registry_aircraftdetail_aircraft_id_uniq` (`aircraft_id`),
  CONSTRAINT `registry_aircraftdetail_aircraft_id_fk` FOREIGN KEY (`aircraft_id`) REFERENCES `registry_aircraft` (`id`)
);

CREATE TABLE `gcs_operations_cloudfile` (
  `id` char(32) NOT NULL,
  `location` varchar(200) NOT NULL,
  `name` varchar(140) NOT NULL,
  `upload_type` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gcs_operations_flightplan` (
  `id` char(32) NOT NULL,
  `name` varchar(140) NOT NULL,
  `plan_file_json` json NOT NULL,
  `geo_json` json NOT NULL,
  `is_editable` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gcs_operations_flightoperation` (
  `id` char(32) NOT NULL,
  `name` varchar(140) NOT NULL,
  `type_of_operation` integer NOT NULL,
  `is_editable` bool NOT NULL,
  `start_datetime` datetime(6) NOT NULL,
  `end_datetime` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `drone_id` char(32) NOT NULL,
  `flight_plan_id` char(32) NOT NULL,
  `operator_id` char(32) NOT NULL,
  `pilot_id` char(32) NOT NULL,
  `purpose_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `gcs_operations_flightoperation_drone_id_idx` (`drone_id`),
  KEY `gcs_operations_flightoperation_flight_plan_id_idx` (`flight_plan_id`),
  KEY `gcs_operations_flightoperation_operator_id_idx` (`operator_id`),
  KEY `gcs_operations_flightoperation_pilot_id_idx` (`pilot_id`),
  KEY `gcs_operations_flightoperation_purpose_id_idx` (`purpose_id`),
  CONSTRAINT `gcs_operations_flightoperation_drone_id_fk` FOREIGN KEY (`drone_id`) REFERENCES `registry_aircraft` (`id`),
  CONSTRAINT `gcs_operations_flightoperation_flight_plan_id_fk` FOREIGN KEY (`flight_plan_id`) REFERENCES `gcs_operations_flightplan` (`id`),
  CONSTRAINT `gcs_operations_flightoperation_operator_id_fk` FOREIGN KEY (`operator_id`) REFERENCES `registry_operator` (`id`),
  CONSTRAINT `gcs_operations_flightoperation_pilot_id_fk` FOREIGN KEY (`pilot_id`) REFERENCES `registry_pilot` (`id`),
  CONSTRAINT `gcs_operations_flightoperation_purpose_id_fk` FOREIGN KEY (`purpose_id`) REFERENCES `registry_activity` (`id`)
);

CREATE TABLE `gcs_operations_flightlog` (
  `id` char(32) NOT NULL,
  `raw_log` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_submitted` bool NOT NULL,
  `is_editable` bool NOT NULL,
  `operation_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `gcs_operations_flightlog_operation_id_idx` (`operation_id`),
  CONSTRAINT `gcs_operations_flightlog_operation_id_fk` FOREIGN KEY (`operation_id`) REFERENCES `gcs_operations_flightoperation` (`id`)
);

CREATE TABLE `gcs_operations_transaction` (
  `id` char(32) NOT NULL,
  `prefix` varchar(12) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `aircraft_id` char(32) NULL,
  PRIMARY KEY (`id`),
  KEY `gcs_operations_transaction_aircraft_id_idx` (`aircraft_id`),
  CONSTRAINT `gcs_operations_transaction_aircraft_id_fk` FOREIGN KEY (`aircraft_id`) REFERENCES `registry_aircraft` (`id`)
);

CREATE TABLE `gcs_operations_signedflightlog` (
  `id` char(32) NOT NULL,
  `signed_log` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `raw_flight_log_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gcs_operations_signedflightlog_raw_flight_log_id_uniq` (`raw_flight_log_id`),
  CONSTRAINT `gcs_operations_signedflightlog_raw_flight_log_id_fk` FOREIGN KEY (`raw_flight_log_id`) REFERENCES `gcs_operations_flightlog` (`id`)
);

CREATE TABLE `gcs_operations_flightpermission` (
  `id` char(32) NOT NULL,
  `token` json NOT NULL,
  `geo_cage` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `status_code` varchar(20) NOT NULL,
  `operation_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gcs_operations_flightpermission_operation_id_uniq` (`operation_id`),
  CONSTRAINT `gcs_operations_flightpermission_operation_id_fk` FOREIGN KEY (`operation_id`) REFERENCES `gcs_operations_flightoperation` (`id`)
);

CREATE TABLE `digitalsky_provider_digitalskylog` (
  `id` char(32) NOT NULL,
  `response_code` varchar(256) NOT NULL,
  `response` longtext NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `txn_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `digitalsky_provider_digitalskylog_txn_id_idx` (`txn_id`),
  CONSTRAINT `digitalsky_provider_digitalskylog_txn_id_fk` FOREIGN KEY (`txn_id`) REFERENCES `gcs_operations_transaction` (`id`)
);

CREATE TABLE `supply_chain_operations_incident` (
  `id` char(32) NOT NULL,
  `notes` longtext NOT NULL,
  `new_status` integer UNSIGNED NOT NULL,
  `event_datetime` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `aircraft_id` char(32) NOT NULL,
  `flight_log_id` char(32) NULL,
  PRIMARY KEY (`id`),
  KEY `supply_chain_operations_incident_aircraft_id_idx` (`aircraft_id`),
  KEY `supply_chain_operations_incident_flight_log_id_idx` (`flight_log_id`),
  CONSTRAINT `supply_chain_operations_incident_aircraft_id_fk` FOREIGN KEY (`aircraft_id`) REFERENCES `registry_aircraft` (`id`),
  CONSTRAINT `supply_chain_operations_incident_flight_log_id_fk` FOREIGN KEY (`flight_log_id`) REFERENCES `gcs_operations_flightlog` (`id`)
);

CREATE TABLE `supply_chain_operations_incident_impacted_components` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `incident_id` char(32) NOT NULL,
  `aircraftcomponent_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `supply_chain_operations_incident_impacted_components_in_7d301f59` (`incident_id`, `aircraftcomponent_id`),
  KEY `supply_chain_operations_incident_impacted_components_ai_5d9b80ac` (`aircraftcomponent_id`),
  CONSTRAINT `supply_chain_operations_incident_impacted_components_in_5d363c65` FOREIGN KEY (`incident_id`) REFERENCES `supply_chain_operations_incident` (`id`),
  CONSTRAINT `supply_chain_operations_incident_impacted_components_ai_e442e986` FOREIGN KEY (`aircraftcomponent_id`) REFERENCES `registry_aircraftcomponent` (`id`)
);

CREATE TABLE `pki_framework_aerobridgeexternalcredential` (
  `token_type` integer NOT NULL,
  `association` integer NOT NULL,
  `id` char(32) NOT NULL,
  `binary_file_url` varchar(200) NOT NULL,
  `name` varchar(140) NOT NULL,
  `is_active` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pki_framework_aerobridgecredential` (
  `id` char(32) NOT NULL,
  `name` varchar(100) NOT NULL,
  `token_type` integer NOT NULL,
  `association` integer NOT NULL,
  `token` longblob NOT NULL,
  `extension` integer NOT NULL,
  `is_active` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `aircraft_id` char(32) NULL,
  `manufacturer_id` char(32) NULL,
  `operator_id` char(32) NULL,
  PRIMARY KEY (`id`),
  KEY `pki_framework_aerobridgecredential_aircraft_id_idx` (`aircraft_id`),
  KEY `pki_framework_aerobridgecredential_manufacturer_id_idx` (`manufacturer_id`),
  KEY `pki_framework_aerobridgecredential_operator_id_idx` (`operator_id`),
  CONSTRAINT `pki_framework_aerobridgecredential_aircraft_id_fk` FOREIGN KEY (`aircraft_id`) REFERENCES `registry_aircraft` (`id`),
  CONSTRAINT `pki_framework_aerobridgecredential_manufacturer_id_fk` FOREIGN KEY (`manufacturer_id`) REFERENCES `registry_company` (`id`),
  CONSTRAINT `pki_framework_aerobridgecredential_operator_id_fk` FOREIGN KEY (`operator_id`) REFERENCES `registry_operator` (`id`)
);


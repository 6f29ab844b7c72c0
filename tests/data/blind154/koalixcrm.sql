-- koalixcrm (KoalixSwitzerland/koalixcrm, commit 028b5c45173cd54f4a5a7bcf9d319e58e391750d, BSD-3-Clause)
-- DDL emitted by Django 3.2.25's MySQL schema editor from upstream's models (create_model, collect_sql), FKs inlined.

CREATE TABLE `auth_user` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL UNIQUE,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(150) NOT NULL UNIQUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  CONSTRAINT `auth_user_groups_user_id_group_id_94350c0c_uniq` UNIQUE (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_contact` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(300) NOT NULL,
  `date_of_creation` datetime(6) NOT NULL,
  `last_modification` datetime(6) NOT NULL,
  `last_modified_by_id` integer NOT NULL,
  CONSTRAINT `crm_contact_last_modified_by_id_38bdc7f4_fk_auth_user_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_person` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `prefix` varchar(1) NULL,
  `name` varchar(100) NULL,
  `pre_name` varchar(100) NULL,
  `email` varchar(200) NOT NULL,
  `phone` varchar(20) NOT NULL,
  `role` varchar(100) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_customerbillingcycle` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(300) NOT NULL,
  `time_to_payment_date` integer NOT NULL,
  `payment_reminder_time_to_payment` integer NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_customer` (
  `contact_ptr_id` bigint NOT NULL PRIMARY KEY,
  `default_customer_billing_cycle_id` bigint NOT NULL,
  `is_lead` bool NOT NULL,
  CONSTRAINT `crm_customer_contact_ptr_id_fdf5c6ba_fk_crm_contact_id` FOREIGN KEY (`contact_ptr_id`) REFERENCES `crm_contact` (`id`),
  CONSTRAINT `crm_customer_default_customer_bil_7914f1ae_fk_crm_custo` FOREIGN KEY (`default_customer_billing_cycle_id`) REFERENCES `crm_customerbillingcycle` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_supplier` (
  `contact_ptr_id` bigint NOT NULL PRIMARY KEY,
  `offers_shipment_to_customers` bool NOT NULL,
  CONSTRAINT `crm_supplier_contact_ptr_id_4e6f0084_fk_crm_contact_id` FOREIGN KEY (`contact_ptr_id`) REFERENCES `crm_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_customergroup` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(300) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_customer_is_member_of` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `customer_id` bigint NOT NULL,
  `customergroup_id` bigint NOT NULL,
  CONSTRAINT `crm_customer_is_member_o_customer_id_customergrou_c99beaff_uniq` UNIQUE (`customer_id`, `customergroup_id`),
  CONSTRAINT `crm_customer_is_memb_customer_id_de356d7b_fk_crm_custo` FOREIGN KEY (`customer_id`) REFERENCES `crm_customer` (`contact_ptr_id`),
  CONSTRAINT `crm_customer_is_memb_customergroup_id_c1e6a632_fk_crm_custo` FOREIGN KEY (`customergroup_id`) REFERENCES `crm_customergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_phoneaddress` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `phone` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_emailaddress` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `email` varchar(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_postaladdress` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `prefix` varchar(1) NULL,
  `name` varchar(100) NULL,
  `pre_name` varchar(100) NULL,
  `address_line_1` varchar(200) NULL,
  `address_line_2` varchar(200) NULL,
  `address_line_3` varchar(200) NULL,
  `address_line_4` varchar(200) NULL,
  `zip_code` integer NULL,
  `town` varchar(100) NULL,
  `state` varchar(100) NULL,
  `country` varchar(2) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_phoneaddressforcontact` (
  `phoneaddress_ptr_id` bigint NOT NULL PRIMARY KEY,
  `purpose` varchar(1) NOT NULL,
  `person_id` bigint NOT NULL,
  CONSTRAINT `crm_phoneaddressforc_phoneaddress_ptr_id_f1703a19_fk_crm_phone` FOREIGN KEY (`phoneaddress_ptr_id`) REFERENCES `crm_phoneaddress` (`id`),
  CONSTRAINT `crm_phoneaddressforcontact_person_id_93535520_fk_crm_contact_id` FOREIGN KEY (`person_id`) REFERENCES `crm_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_emailaddressforcontact` (
  `emailaddress_ptr_id` bigint NOT NULL PRIMARY KEY,
  `purpose` varchar(1) NOT NULL,
  `person_id` bigint NOT NULL,
  CONSTRAINT `crm_emailaddressforc_emailaddress_ptr_id_abb4e5dd_fk_crm_email` FOREIGN KEY (`emailaddress_ptr_id`) REFERENCES `crm_emailaddress` (`id`),
  CONSTRAINT `crm_emailaddressforcontact_person_id_c2601240_fk_crm_contact_id` FOREIGN KEY (`person_id`) REFERENCES `crm_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_postaladdressforcontact` (
  `postaladdress_ptr_id` bigint NOT NULL PRIMARY KEY,
  `purpose` varchar(1) NOT NULL,
  `person_id` bigint NOT NULL,
  CONSTRAINT `crm_postaladdressfor_postaladdress_ptr_id_b1f3ad29_fk_crm_posta` FOREIGN KEY (`postaladdress_ptr_id`) REFERENCES `crm_postaladdress` (`id`),
  CONSTRAINT `crm_postaladdressforcontact_person_id_b1275bac_fk_crm_contact_id` FOREIGN KEY (`person_id`) REFERENCES `crm_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_contactpersonassociation` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `contact_id` bigint NULL,
  `person_id` bigint NULL,
  CONSTRAINT `crm_contactpersonass_contact_id_b8feaf4c_fk_crm_conta` FOREIGN KEY (`contact_id`) REFERENCES `crm_contact` (`id`),
  CONSTRAINT `crm_contactpersonassociation_person_id_09db5d73_fk_crm_person_id` FOREIGN KEY (`person_id`) REFERENCES `crm_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_call` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `staff_id` integer NULL,
  `description` longtext NOT NULL,
  `date_of_creation` datetime(6) NOT NULL,
  `date_due` datetime(6) NOT NULL,
  `last_modification` datetime(6) NOT NULL,
  `last_modified_by_id` integer NULL,
  `status` varchar(1) NOT NULL,
  CONSTRAINT `crm_call_staff_id_0e15722a_fk_auth_user_id` FOREIGN KEY (`staff_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_call_last_modified_by_id_ac7d3b2d_fk_auth_user_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_callforcontact` (
  `call_ptr_id` bigint NOT NULL PRIMARY KEY,
  `company_id` bigint NOT NULL,
  `cperson_id` bigint NULL,
  `purpose` varchar(1) NOT NULL,
  CONSTRAINT `crm_callforcontact_call_ptr_id_36f673c5_fk_crm_call_id` FOREIGN KEY (`call_ptr_id`) REFERENCES `crm_call` (`id`),
  CONSTRAINT `crm_callforcontact_company_id_da91a2aa_fk_crm_contact_id` FOREIGN KEY (`company_id`) REFERENCES `crm_contact` (`id`),
  CONSTRAINT `crm_callforcontact_cperson_id_4f78dbf9_fk_crm_person_id` FOREIGN KEY (`cperson_id`) REFERENCES `crm_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_visitforcontact` (
  `call_ptr_id` bigint NOT NULL PRIMARY KEY,
  `company_id` bigint NOT NULL,
  `cperson_id` bigint NULL,
  `purpose` varchar(1) NOT NULL,
  `ref_call_id` bigint NULL,
  CONSTRAINT `crm_visitforcontact_call_ptr_id_95a67c94_fk_crm_call_id` FOREIGN KEY (`call_ptr_id`) REFERENCES `crm_call` (`id`),
  CONSTRAINT `crm_visitforcontact_company_id_4be8e4c1_fk_crm_contact_id` FOREIGN KEY (`company_id`) REFERENCES `crm_contact` (`id`),
  CONSTRAINT `crm_visitforcontact_cperson_id_c0571480_fk_crm_person_id` FOREIGN KEY (`cperson_id`) REFERENCES `crm_person` (`id`),
  CONSTRAINT `crm_visitforcontact_ref_call_id_700cbdf1_fk_crm_callf` FOREIGN KEY (`ref_call_id`) REFERENCES `crm_callforcontact` (`call_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_currency` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `description` varchar(100) NOT NULL,
  `short_name` varchar(3) NOT NULL,
  `rounding` numeric(5, 2) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_contract` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `staff_id` integer NULL,
  `description` longtext NOT NULL,
  `default_customer_id` bigint NULL,
  `default_supplier_id` bigint NULL,
  `default_currency_id` bigint NOT NULL,
  `default_template_set_id` bigint NULL,
  `date_of_creation` datetime(6) NOT NULL,
  `last_modification` datetime(6) NOT NULL,
  `last_modified_by_id` integer NOT NULL,
  CONSTRAINT `crm_contract_staff_id_ad061112_fk_auth_user_id` FOREIGN KEY (`staff_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_contract_default_customer_id_15674f8b_fk_crm_custo` FOREIGN KEY (`default_customer_id`) REFERENCES `crm_customer` (`contact_ptr_id`),
  CONSTRAINT `crm_contract_default_supplier_id_dc068030_fk_crm_suppl` FOREIGN KEY (`default_supplier_id`) REFERENCES `crm_supplier` (`contact_ptr_id`),
  CONSTRAINT `crm_contract_default_currency_id_1be6efa3_fk_crm_currency_id` FOREIGN KEY (`default_currency_id`) REFERENCES `crm_currency` (`id`),
  CONSTRAINT `crm_contract_last_modified_by_id_3d8fa394_fk_auth_user_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_salesdocument` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `contract_id` bigint NOT NULL,
  `external_reference` varchar(100) NOT NULL,
  `discount` numeric(5, 2) NULL,
  `description` varchar(100) NULL,
  `last_pricing_date` date NULL,
  `last_calculated_price` numeric(17, 2) NULL,
  `last_calculated_tax` numeric(17, 2) NULL,
  `customer_id` bigint NOT NULL,
  `staff_id` integer NULL,
  `currency_id` bigint NOT NULL,
  `date_of_creation` datetime(6) NOT NULL,
  `custom_date_field` date NULL,
  `last_modification` datetime(6) NOT NULL,
  `last_modified_by_id` integer NULL,
  `template_set_id` bigint NULL,
  `derived_from_sales_document_id` bigint NULL,
  `last_print_date` datetime(6) NULL,
  CONSTRAINT `crm_salesdocument_contract_id_2d7a51e4_fk_crm_contract_id` FOREIGN KEY (`contract_id`) REFERENCES `crm_contract` (`id`),
  CONSTRAINT `crm_salesdocument_customer_id_717983e4_fk_crm_custo` FOREIGN KEY (`customer_id`) REFERENCES `crm_customer` (`contact_ptr_id`),
  CONSTRAINT `crm_salesdocument_staff_id_a745a2e2_fk_auth_user_id` FOREIGN KEY (`staff_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_salesdocument_currency_id_46d00a74_fk_crm_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `crm_currency` (`id`),
  CONSTRAINT `crm_salesdocument_last_modified_by_id_1e36f046_fk_auth_user_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_salesdocument_derived_from_sales_d_57c0a78a_fk_crm_sales` FOREIGN KEY (`derived_from_sales_document_id`) REFERENCES `crm_salesdocument` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_invoice` (
  `salesdocument_ptr_id` bigint NOT NULL PRIMARY KEY,
  `payable_until` date NOT NULL,
  `payment_bank_reference` varchar(100) NULL,
  `status` varchar(1) NOT NULL,
  CONSTRAINT `crm_invoice_salesdocument_ptr_id_10fc1026_fk_crm_sales` FOREIGN KEY (`salesdocument_ptr_id`) REFERENCES `crm_salesdocument` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_quote` (
  `salesdocument_ptr_id` bigint NOT NULL PRIMARY KEY,
  `valid_until` date NOT NULL,
  `status` varchar(1) NOT NULL,
  CONSTRAINT `crm_quote_salesdocument_ptr_id_0c499a59_fk_crm_salesdocument_id` FOREIGN KEY (`salesdocument_ptr_id`) REFERENCES `crm_salesdocument` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_paymentreminder` (
  `salesdocument_ptr_id` bigint NOT NULL PRIMARY KEY,
  `payable_until` date NOT NULL,
  `payment_bank_reference` varchar(100) NULL,
  `iteration_number` integer NOT NULL,
  `status` varchar(1) NOT NULL,
  CONSTRAINT `crm_paymentreminder_salesdocument_ptr_id_5d38e9b6_fk_crm_sales` FOREIGN KEY (`salesdocument_ptr_id`) REFERENCES `crm_salesdocument` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_producttype` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `description` longtext NULL,
  `title` varchar(200) NOT NULL,
  `product_type_identifier` varchar(200) NULL,
  `default_unit_id` bigint NOT NULL,
  `tax_id` bigint NOT NULL,
  `last_modification` datetime(6) NOT NULL,
  `last_modified_by_id` integer NULL,
  `date_of_creation` datetime(6) NOT NULL,
  `accounting_product_category_id` bigint NULL,
  CONSTRAINT `crm_producttype_last_modified_by_id_bad117cc_fk_auth_user_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_position` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `position_number` integer UNSIGNED NOT NULL CHECK (`position_number` >= 0),
  `quantity` numeric(10, 3) NOT NULL,
  `description` longtext NULL,
  `discount` numeric(5, 2) NULL,
  `product_type_id` bigint NULL,
  `unit_id` bigint NULL,
  `sent_on` date NULL,
  `overwrite_product_price` bool NOT NULL,
  `position_price_per_unit` numeric(17, 2) NULL,
  `last_pricing_date` date NULL,
  `last_calculated_price` numeric(17, 2) NULL,
  `last_calculated_tax` numeric(17, 2) NULL,
  CONSTRAINT `crm_position_product_type_id_ad3c95d6_fk_crm_producttype_id` FOREIGN KEY (`product_type_id`) REFERENCES `crm_producttype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_salesdocumentposition` (
  `position_ptr_id` bigint NOT NULL PRIMARY KEY,
  `sales_document_id` bigint NOT NULL,
  CONSTRAINT `crm_salesdocumentpos_position_ptr_id_144ec07c_fk_crm_posit` FOREIGN KEY (`position_ptr_id`) REFERENCES `crm_position` (`id`),
  CONSTRAINT `crm_salesdocumentpos_sales_document_id_0a2b28e4_fk_crm_sales` FOREIGN KEY (`sales_document_id`) REFERENCES `crm_salesdocument` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_postaladdressforsalesdocument` (
  `postaladdress_ptr_id` bigint NOT NULL PRIMARY KEY,
  `purpose` varchar(1) NOT NULL,
  `sales_document_id` bigint NOT NULL,
  CONSTRAINT `crm_postaladdressfor_postaladdress_ptr_id_e4b67faa_fk_crm_posta` FOREIGN KEY (`postaladdress_ptr_id`) REFERENCES `crm_postaladdress` (`id`),
  CONSTRAINT `crm_postaladdressfor_sales_document_id_55fff8d9_fk_crm_sales` FOREIGN KEY (`sales_document_id`) REFERENCES `crm_salesdocument` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_emailaddressforsalesdocument` (
  `emailaddress_ptr_id` bigint NOT NULL PRIMARY KEY,
  `purpose` varchar(1) NOT NULL,
  `sales_document_id` bigint NOT NULL,
  CONSTRAINT `crm_emailaddressfors_emailaddress_ptr_id_bddbc8a9_fk_crm_email` FOREIGN KEY (`emailaddress_ptr_id`) REFERENCES `crm_emailaddress` (`id`),
  CONSTRAINT `crm_emailaddressfors_sales_document_id_31421a54_fk_crm_sales` FOREIGN KEY (`sales_document_id`) REFERENCES `crm_salesdocument` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_phoneaddressforsalesdocument` (
  `phoneaddress_ptr_id` bigint NOT NULL PRIMARY KEY,
  `purpose` varchar(1) NOT NULL,
  `sales_document_id` bigint NOT NULL,
  CONSTRAINT `crm_phoneaddressfors_phoneaddress_ptr_id_2558b58a_fk_crm_phone` FOREIGN KEY (`phoneaddress_ptr_id`) REFERENCES `crm_phoneaddress` (`id`),
  CONSTRAINT `crm_phoneaddressfors_sales_document_id_aad6cb72_fk_crm_sales` FOREIGN KEY (`sales_document_id`) REFERENCES `crm_salesdocument` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_projectstatus` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `title` varchar(250) NOT NULL,
  `description` longtext NULL,
  `is_done` bool NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_project` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `project_manager_id` integer NULL,
  `project_name` varchar(100) NULL,
  `description` longtext NULL,
  `project_status_id` bigint NULL,
  `default_template_set_id` bigint NULL,
  `default_currency_id` bigint NOT NULL,
  `date_of_creation` datetime(6) NOT NULL,
  `last_modification` datetime(6) NOT NULL,
  `last_modified_by_id` integer NOT NULL,
  CONSTRAINT `crm_project_project_manager_id_f5665cb7_fk_auth_user_id` FOREIGN KEY (`project_manager_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_project_project_status_id_ac2f7056_fk_crm_projectstatus_id` FOREIGN KEY (`project_status_id`) REFERENCES `crm_projectstatus` (`id`),
  CONSTRAINT `crm_project_default_currency_id_6ef2bb9c_fk_crm_currency_id` FOREIGN KEY (`default_currency_id`) REFERENCES `crm_currency` (`id`),
  CONSTRAINT `crm_project_last_modified_by_id_67a95c27_fk_auth_user_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_taskstatus` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `title` varchar(250) NOT NULL,
  `description` longtext NULL,
  `is_done` bool NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_task` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `title` varchar(100) NULL,
  `project_id` bigint NOT NULL,
  `description` longtext NULL,
  `status_id` bigint NULL,
  `last_status_change` date NOT NULL,
  CONSTRAINT `crm_task_project_id_03c181e3_fk_crm_project_id` FOREIGN KEY (`project_id`) REFERENCES `crm_project` (`id`),
  CONSTRAINT `crm_task_status_id_e6f020b8_fk_crm_taskstatus_id` FOREIGN KEY (`status_id`) REFERENCES `crm_taskstatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `djangoUserExtension_userextension` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `default_template_set_id` bigint NOT NULL,
  `default_currency_id` bigint NOT NULL,
  CONSTRAINT `djangoUserExtension__user_id_8c28250d_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `djangoUserExtension__default_currency_id_e5aeefd0_fk_crm_curre` FOREIGN KEY (`default_currency_id`) REFERENCES `crm_currency` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_resourcemanager` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` bigint NOT NULL,
  CONSTRAINT `crm_resourcemanager_user_id_13249369_fk_djangoUse` FOREIGN KEY (`user_id`) REFERENCES `djangoUserExtension_userextension` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_resource` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `resource_manager_id` bigint NULL,
  `resource_type_id` bigint NULL,
  CONSTRAINT `crm_resource_resource_manager_id_663989bd_fk_crm_resou` FOREIGN KEY (`resource_manager_id`) REFERENCES `crm_resourcemanager` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_humanresource` (
  `resource_ptr_id` bigint NOT NULL PRIMARY KEY,
  `user_id` bigint NOT NULL,
  CONSTRAINT `crm_humanresource_resource_ptr_id_2528bb68_fk_crm_resource_id` FOREIGN KEY (`resource_ptr_id`) REFERENCES `crm_resource` (`id`),
  CONSTRAINT `crm_humanresource_user_id_2cd813a4_fk_djangoUse` FOREIGN KEY (`user_id`) REFERENCES `djangoUserExtension_userextension` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_reportingperiod` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `project_id` bigint NOT NULL,
  `title` varchar(200) NOT NULL,
  `begin` date NOT NULL,
  `end` date NOT NULL,
  `status_id` bigint NULL,
  CONSTRAINT `crm_reportingperiod_project_id_b799d5c5_fk_crm_project_id` FOREIGN KEY (`project_id`) REFERENCES `crm_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_work` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `human_resource_id` bigint NOT NULL,
  `date` date NOT NULL,
  `start_time` datetime(6) NULL,
  `stop_time` datetime(6) NULL,
  `worked_hours` numeric(5, 2) NULL,
  `short_description` varchar(300) NOT NULL,
  `description` longtext NULL,
  `task_id` bigint NOT NULL,
  `reporting_period_id` bigint NOT NULL,
  CONSTRAINT `crm_work_human_resource_id_b0384503_fk_crm_human` FOREIGN KEY (`human_resource_id`) REFERENCES `crm_humanresource` (`resource_ptr_id`),
  CONSTRAINT `crm_work_task_id_129a506c_fk_crm_task_id` FOREIGN KEY (`task_id`) REFERENCES `crm_task` (`id`),
  CONSTRAINT `crm_work_reporting_period_id_8ad335ea_fk_crm_reportingperiod_id` FOREIGN KEY (`reporting_period_id`) REFERENCES `crm_reportingperiod` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `djangoUserExtension_userextensionpostaladdress` (
  `postaladdress_ptr_id` bigint NOT NULL PRIMARY KEY,
  `purpose` varchar(1) NOT NULL,
  `userExtension_id` bigint NOT NULL,
  CONSTRAINT `djangoUserExtension__postaladdress_ptr_id_4a9b5035_fk_crm_posta` FOREIGN KEY (`postaladdress_ptr_id`) REFERENCES `crm_postaladdress` (`id`),
  CONSTRAINT `djangoUserExtension__userExtension_id_6f0bc545_fk_djangoUse` FOREIGN KEY (`userExtension_id`) REFERENCES `djangoUserExtension_userextension` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `djangoUserExtension_userextensionphoneaddress` (
  `phoneaddress_ptr_id` bigint NOT NULL PRIMARY KEY,
  `purpose` varchar(1) NOT NULL,
  `userExtension_id` bigint NOT NULL,
  CONSTRAINT `djangoUserExtension__phoneaddress_ptr_id_5e8e4571_fk_crm_phone` FOREIGN KEY (`phoneaddress_ptr_id`) REFERENCES `crm_phoneaddress` (`id`),
  CONSTRAINT `djangoUserExtension__userExtension_id_d35f8583_fk_djangoUse` FOREIGN KEY (`userExtension_id`) REFERENCES `djangoUserExtension_userextension` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `djangoUserExtension_userextensionemailaddress` (
  `emailaddress_ptr_id` bigint NOT NULL PRIMARY KEY,
  `purpose` varchar(1) NOT NULL,
  `userExtension_id` bigint NOT NULL,
  CONSTRAINT `djangoUserExtension__emailaddress_ptr_id_31e3fed8_fk_crm_email` FOREIGN KEY (`emailaddress_ptr_id`) REFERENCES `crm_emailaddress` (`id`),
  CONSTRAINT `djangoUserExtension__userExtension_id_2c3b0a7c_fk_djangoUse` FOREIGN KEY (`userExtension_id`) REFERENCES `djangoUserExtension_userextension` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

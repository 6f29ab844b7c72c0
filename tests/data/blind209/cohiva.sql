-- Cohiva 1.4.x (develop after v1.4.3) — administration of housing cooperatives (Wohnbaugenossenschaften): members,
-- addresses and bank accounts, children, external users, buildings and rental units, rental contracts with their
-- contractors, shares and loans, invoices, documents, event registrations, room / facility reservations by
-- residents, residents' damage reports, the tenants' administrators, the prepaid credit accounts of the
-- co-operative's shop, reports and data imports
-- Upstream: github.com/tegonal/cohiva, django/{geno,reservation,portal,credit_accounting,report,importer}/models.py,
-- commit 45f0d7227d108a0dd90a4e9946178c086a7be7e7 (AGPL-3.0); Django 4.2 on MySQL/MariaDB.
-- Django models written as the MySQL DDL Django 4.2 generates for them (AutoField id first, then the abstract
-- GenoBase fields comment / ts_created / ts_modified, then the model's fields in definition order; ForeignKey and
-- OneToOneField as <name>_id; ManyToManyField as Django's <table>_<field> join table; CharField varchar(n),
-- EmailField varchar(254), TextField longtext, BooleanField bool, DateTimeField datetime(6), TimeField time(6),
-- DecimalField numeric, PositiveIntegerField integer UNSIGNED, UUIDField char(32), ImageField / FileField
-- varchar(100), JSONField json; NOT NULL unless null=True; Django keeps defaults out of the DDL). Unique fields and
-- unique_together and UniqueConstraints as UNIQUE KEYs, db_index and foreign keys as KEYs (index names simplified).
-- Django's own auth_user, django_content_type and django_session are included as Django 4.2 creates them.
-- Left out: the unmanaged database view geno_TenantsView, the Wagtail CMS pages of `portal` and Wagtail's / django-
-- filer's tables; ContentTemplate.file_id points at filer_file, its foreign key is therefore not declared.

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

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

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_bankaccount` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `iban` varchar(34) NOT NULL,
  `financial_institution` varchar(100) NOT NULL,
  `account_holders` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_address` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `organization` varchar(150) NOT NULL,
  `name` varchar(150) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `title` varchar(20) NOT NULL,
  `formal` varchar(20) NOT NULL,
  `extra` varchar(100) NOT NULL,
  `street_name` varchar(100) NOT NULL,
  `house_number` varchar(100) NOT NULL,
  `po_box` bool NOT NULL,
  `po_box_number` varchar(100) NOT NULL,
  `city_zipcode` varchar(30) NOT NULL,
  `city_name` varchar(100) NOT NULL,
  `country` varchar(2) NOT NULL,
  `telephone` varchar(30) NOT NULL,
  `mobile` varchar(30) NOT NULL,
  `telephoneOffice` varchar(30) NOT NULL,
  `telephoneOffice2` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `email2` varchar(254) NOT NULL,
  `website` varchar(300) NOT NULL,
  `date_birth` date NULL,
  `hometown` varchar(50) NOT NULL,
  `occupation` varchar(150) NOT NULL,
  `bankaccount_id` integer NULL,
  `interest_action` varchar(100) NOT NULL,
  `paymentslip` bool NOT NULL,
  `ignore_in_lists` bool NOT NULL,
  `active` bool NOT NULL,
  `import_id` varchar(255) NULL,
  `random_id` char(32) NOT NULL,
  `user_id` integer NULL,
  `login_permission` bool NOT NULL,
  `carddav_href` varchar(255) NOT NULL,
  `carddav_etag` varchar(255) NOT NULL,
  `carddav_syncts` datetime(6) NULL,
  UNIQUE KEY `geno_address_import_id_uniq` (`import_id`),
  UNIQUE KEY `geno_address_random_id_uniq` (`random_id`),
  UNIQUE KEY `geno_address_user_id_uniq` (`user_id`),
  UNIQUE KEY `geno_address_organization_name_first_name_email_uniq` (`organization`, `name`, `first_name`, `email`),
  KEY `geno_address_bankaccount_id_idx` (`bankaccount_id`),
  KEY `geno_address_active_idx` (`active`),
  CONSTRAINT `geno_address_bankaccount_id_fk` FOREIGN KEY (`bankaccount_id`) REFERENCES `geno_bankaccount` (`id`),
  CONSTRAINT `geno_address_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_child` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `presence` numeric(2,1) NOT NULL,
  `parents` varchar(200) NOT NULL,
  `notes` longtext NOT NULL,
  `import_id` varchar(255) NULL,
  UNIQUE KEY `geno_child_name_id_uniq` (`name_id`),
  UNIQUE KEY `geno_child_import_id_uniq` (`import_id`),
  CONSTRAINT `geno_child_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `geno_address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_building` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `street_name` varchar(100) NOT NULL,
  `house_number` varchar(100) NOT NULL,
  `city_zipcode` varchar(30) NOT NULL,
  `city_name` varchar(100) NOT NULL,
  `country` varchar(2) NOT NULL,
  `value_insurance` numeric(12,2) NULL,
  `value_build` numeric(12,2) NULL,
  `team` varchar(100) NOT NULL,
  `accounting_postfix` integer UNSIGNED NULL,
  `egid` integer UNSIGNED NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `geno_building_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_tenant` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `building_id` integer NOT NULL,
  `key_number` varchar(30) NOT NULL,
  `notes` longtext NOT NULL,
  `invitation_date` datetime(6) NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `geno_tenant_name_id_uniq` (`name_id`),
  KEY `geno_tenant_building_id_idx` (`building_id`),
  CONSTRAINT `geno_tenant_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `geno_address` (`id`),
  CONSTRAINT `geno_tenant_building_id_fk` FOREIGN KEY (`building_id`) REFERENCES `geno_building` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_member` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `date_join` date NOT NULL,
  `date_leave` date NULL,
  `flag_01` bool NOT NULL,
  `flag_02` bool NOT NULL,
  `flag_03` bool NOT NULL,
  `flag_04` bool NOT NULL,
  `flag_05` bool NOT NULL,
  `notes` longtext NOT NULL,
  UNIQUE KEY `geno_member_name_id_uniq` (`name_id`),
  CONSTRAINT `geno_member_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `geno_address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_memberattributetype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `description` varchar(200) NOT NULL,
  UNIQUE KEY `geno_memberattributetype_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_memberattribute` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `member_id` integer NOT NULL,
  `attribute_type_id` integer NOT NULL,
  `date` date NULL,
  `value` varchar(100) NOT NULL,
  KEY `geno_memberattribute_member_id_idx` (`member_id`),
  KEY `geno_memberattribute_attribute_type_id_idx` (`attribute_type_id`),
  CONSTRAINT `geno_memberattribute_member_id_fk` FOREIGN KEY (`member_id`) REFERENCES `geno_member` (`id`),
  CONSTRAINT `geno_memberattribute_attribute_type_id_fk` FOREIGN KEY (`attribute_type_id`) REFERENCES `geno_memberattributetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_sharetype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `description` varchar(200) NOT NULL,
  `standard_interest` numeric(4,2) NOT NULL,
  UNIQUE KEY `geno_sharetype_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_contract` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `main_contract_id` integer NULL,
  `main_contact_id` integer NULL,
  `state` varchar(50) NOT NULL,
  `date_since` date NULL,
  `date` date NOT NULL,
  `date_end` date NULL,
  `billing_date_start` date NULL,
  `billing_date_end` date NULL,
  `note` varchar(200) NOT NULL,
  `import_id` varchar(255) NULL,
  `rent_reduction` numeric(10,2) NULL,
  `rent_reservation` numeric(10,2) NULL,
  `share_reduction` numeric(10,2) NULL,
  `send_qrbill` varchar(50) NOT NULL,
  `billing_contract_id` integer NULL,
  `bankaccount_id` integer NULL,
  UNIQUE KEY `geno_contract_import_id_uniq` (`import_id`),
  KEY `geno_contract_main_contract_id_idx` (`main_contract_id`),
  KEY `geno_contract_main_contact_id_idx` (`main_contact_id`),
  KEY `geno_contract_billing_contract_id_idx` (`billing_contract_id`),
  KEY `geno_contract_bankaccount_id_idx` (`bankaccount_id`),
  CONSTRAINT `geno_contract_main_contract_id_fk` FOREIGN KEY (`main_contract_id`) REFERENCES `geno_contract` (`id`),
  CONSTRAINT `geno_contract_main_contact_id_fk` FOREIGN KEY (`main_contact_id`) REFERENCES `geno_address` (`id`),
  CONSTRAINT `geno_contract_billing_contract_id_fk` FOREIGN KEY (`billing_contract_id`) REFERENCES `geno_contract` (`id`),
  CONSTRAINT `geno_contract_bankaccount_id_fk` FOREIGN KEY (`bankaccount_id`) REFERENCES `geno_bankaccount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_share` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `share_type_id` integer NOT NULL,
  `state` varchar(50) NOT NULL,
  `date` date NOT NULL,
  `date_end` date NULL,
  `duration` integer UNSIGNED NULL,
  `date_due` date NULL,
  `quantity` integer UNSIGNED NOT NULL,
  `value` numeric(10,2) NOT NULL,
  `interest_mode` varchar(50) NOT NULL,
  `manual_interest` numeric(4,2) NOT NULL,
  `is_interest_credit` bool NOT NULL,
  `is_pension_fund` bool NOT NULL,
  `is_business` bool NOT NULL,
  `attached_to_contract_id` integer NULL,
  `attached_to_building_id` integer NULL,
  `note` varchar(200) NOT NULL,
  KEY `geno_share_name_id_idx` (`name_id`),
  KEY `geno_share_share_type_id_idx` (`share_type_id`),
  KEY `geno_share_attached_to_contract_id_idx` (`attached_to_contract_id`),
  KEY `geno_share_attached_to_building_id_idx` (`attached_to_building_id`),
  CONSTRAINT `geno_share_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `geno_address` (`id`),
  CONSTRAINT `geno_share_share_type_id_fk` FOREIGN KEY (`share_type_id`) REFERENCES `geno_sharetype` (`id`),
  CONSTRAINT `geno_share_attached_to_contract_id_fk` FOREIGN KEY (`attached_to_contract_id`) REFERENCES `geno_contract` (`id`),
  CONSTRAINT `geno_share_attached_to_building_id_fk` FOREIGN KEY (`attached_to_building_id`) REFERENCES `geno_building` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_contenttemplate` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `template_type` varchar(50) NOT NULL,
  `text` longtext NOT NULL,
  `file_id` integer NULL,
  `manual_creation_allowed` bool NOT NULL,
  `active` bool NOT NULL,
  KEY `geno_contenttemplate_file_id_idx` (`file_id`),
  KEY `geno_contenttemplate_active_idx` (`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_documenttype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `description` varchar(200) NOT NULL,
  `template_id` integer NULL,
  `template_file` varchar(200) NOT NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `geno_documenttype_name_uniq` (`name`),
  KEY `geno_documenttype_template_id_idx` (`template_id`),
  CONSTRAINT `geno_documenttype_template_id_fk` FOREIGN KEY (`template_id`) REFERENCES `geno_contenttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_document` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(250) NOT NULL,
  `doctype_id` integer NOT NULL,
  `data` longtext NOT NULL,
  `content_type_id` integer NOT NULL,
  `object_id` integer UNSIGNED NOT NULL,
  KEY `geno_document_doctype_id_idx` (`doctype_id`),
  KEY `geno_document_content_type_id_idx` (`content_type_id`),
  CONSTRAINT `geno_document_doctype_id_fk` FOREIGN KEY (`doctype_id`) REFERENCES `geno_documenttype` (`id`),
  CONSTRAINT `geno_document_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_registrationevent` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `confirmation_mail_sender` varchar(50) NOT NULL,
  `confirmation_mail_text` longtext NOT NULL,
  `publication_type` varchar(30) NOT NULL,
  `publication_start` datetime(6) NULL,
  `publication_end` datetime(6) NULL,
  `active` bool NOT NULL,
  `enable_notes` bool NOT NULL,
  `enable_telephone` bool NOT NULL,
  `show_counter` bool NOT NULL,
  `check1_label` varchar(100) NOT NULL,
  `check2_label` varchar(100) NOT NULL,
  `check3_label` varchar(100) NOT NULL,
  `check4_label` varchar(100) NOT NULL,
  `check5_label` varchar(100) NOT NULL,
  `text1_label` varchar(100) NOT NULL,
  `text2_label` varchar(100) NOT NULL,
  `text3_label` varchar(100) NOT NULL,
  `text4_label` varchar(100) NOT NULL,
  `text5_label` varchar(100) NOT NULL,
  KEY `geno_registrationevent_active_idx` (`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_registrationslot` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` datetime(6) NOT NULL,
  `alt_text` varchar(100) NOT NULL,
  `max_places` integer NOT NULL,
  `event_id` integer NOT NULL,
  `is_backup_for_id` integer NULL,
  UNIQUE KEY `geno_registrationslot_is_backup_for_id_uniq` (`is_backup_for_id`),
  KEY `geno_registrationslot_event_id_idx` (`event_id`),
  CONSTRAINT `geno_registrationslot_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `geno_registrationevent` (`id`),
  CONSTRAINT `geno_registrationslot_is_backup_for_id_fk` FOREIGN KEY (`is_backup_for_id`) REFERENCES `geno_registrationslot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_registration` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(30) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `telephone` varchar(30) NOT NULL,
  `slot_id` integer NOT NULL,
  `notes` longtext NOT NULL,
  `check1` bool NOT NULL,
  `check2` bool NOT NULL,
  `check3` bool NOT NULL,
  `check4` bool NOT NULL,
  `check5` bool NOT NULL,
  `text1` varchar(100) NOT NULL,
  `text2` varchar(100) NOT NULL,
  `text3` varchar(100) NOT NULL,
  `text4` varchar(100) NOT NULL,
  `text5` varchar(100) NOT NULL,
  KEY `geno_registration_slot_id_idx` (`slot_id`),
  CONSTRAINT `geno_registration_slot_id_fk` FOREIGN KEY (`slot_id`) REFERENCES `geno_registrationslot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_rentalunit` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `label` varchar(50) NOT NULL,
  `label_short` varchar(50) NOT NULL,
  `rental_type` varchar(50) NOT NULL,
  `building_id` integer NOT NULL,
  `floor` varchar(50) NOT NULL,
  `area` numeric(10,2) NULL,
  `area_balcony` numeric(10,2) NULL,
  `area_add` numeric(10,2) NULL,
  `height` varchar(10) NULL,
  `volume` numeric(10,2) NULL,
  `rooms` numeric(5,1) NULL,
  `min_occupancy` numeric(5,1) NULL,
  `nk` numeric(10,2) NULL,
  `nk_flat` numeric(10,2) NULL,
  `nk_electricity` numeric(10,2) NULL,
  `rent_netto` numeric(10,2) NULL,
  `rent_year` numeric(11,2) NULL,
  `depot` numeric(10,2) NULL,
  `share` numeric(10,2) NULL,
  `note` varchar(200) NOT NULL,
  `active` bool NOT NULL,
  `status` varchar(100) NOT NULL,
  `ewid` integer UNSIGNED NULL,
  `internal_nr` integer UNSIGNED NULL,
  `svg_polygon` longtext NOT NULL,
  `description` longtext NOT NULL,
  `adit_serial` longtext NOT NULL,
  `import_id` varchar(255) NULL,
  UNIQUE KEY `geno_rentalunit_import_id_uniq` (`import_id`),
  UNIQUE KEY `geno_rentalunit_name_building_id_uniq` (`name`, `building_id`),
  KEY `geno_rentalunit_building_id_idx` (`building_id`),
  CONSTRAINT `geno_rentalunit_building_id_fk` FOREIGN KEY (`building_id`) REFERENCES `geno_building` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_invoicecategory` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `reference_id` smallint NOT NULL,
  `note` varchar(255) NOT NULL,
  `linked_object_type` varchar(50) NOT NULL,
  `income_account` varchar(50) NOT NULL,
  `income_account_building_based` bool NOT NULL,
  `receivables_account` varchar(50) NOT NULL,
  `receivables_account_building_based` bool NOT NULL,
  `manual_allowed` bool NOT NULL,
  `email_template_id` integer NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `geno_invoicecategory_reference_id_uniq` (`reference_id`),
  KEY `geno_invoicecategory_email_template_id_idx` (`email_template_id`),
  CONSTRAINT `geno_invoicecategory_email_template_id_fk` FOREIGN KEY (`email_template_id`) REFERENCES `geno_contenttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_invoice` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(1000) NOT NULL,
  `person_id` integer NULL,
  `invoice_type` varchar(50) NOT NULL,
  `invoice_category_id` integer NOT NULL,
  `date` date NOT NULL,
  `amount` numeric(10,2) NOT NULL,
  `consolidated` bool NOT NULL,
  `transaction_id` varchar(150) NOT NULL,
  `reference_nr` varchar(50) NOT NULL,
  `additional_info` varchar(255) NOT NULL,
  `year` integer NULL,
  `month` integer NULL,
  `is_additional_invoice` bool NOT NULL,
  `contract_id` integer NULL,
  `active` bool NOT NULL,
  `fin_transaction_ref` varchar(1024) NOT NULL,
  `fin_account` varchar(50) NOT NULL,
  `fin_account_receivables` varchar(50) NOT NULL,
  KEY `geno_invoice_person_id_idx` (`person_id`),
  KEY `geno_invoice_invoice_type_idx` (`invoice_type`),
  KEY `geno_invoice_invoice_category_id_idx` (`invoice_category_id`),
  KEY `geno_invoice_consolidated_idx` (`consolidated`),
  KEY `geno_invoice_transaction_id_idx` (`transaction_id`),
  KEY `geno_invoice_reference_nr_idx` (`reference_nr`),
  KEY `geno_invoice_year_idx` (`year`),
  KEY `geno_invoice_month_idx` (`month`),
  KEY `geno_invoice_is_additional_invoice_idx` (`is_additional_invoice`),
  KEY `geno_invoice_contract_id_idx` (`contract_id`),
  KEY `geno_invoice_active_idx` (`active`),
  CONSTRAINT `geno_invoice_person_id_fk` FOREIGN KEY (`person_id`) REFERENCES `geno_address` (`id`),
  CONSTRAINT `geno_invoice_invoice_category_id_fk` FOREIGN KEY (`invoice_category_id`) REFERENCES `geno_invoicecategory` (`id`),
  CONSTRAINT `geno_invoice_contract_id_fk` FOREIGN KEY (`contract_id`) REFERENCES `geno_contract` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_lookuptable` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `lookup_type` varchar(20) NOT NULL,
  `value` varchar(1000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_genericattribute` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(250) NOT NULL,
  `date` date NULL,
  `value` varchar(100) NOT NULL,
  `content_type_id` integer NOT NULL,
  `object_id` integer UNSIGNED NOT NULL,
  UNIQUE KEY `unique_content_object_attribute_name` (`name`, `content_type_id`, `object_id`),
  KEY `geno_genericattribute_name_idx` (`name`),
  KEY `geno_genericattribute_content_type_id_idx` (`content_type_id`),
  CONSTRAINT `geno_genericattribute_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_contenttemplateoptiontype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  UNIQUE KEY `geno_contenttemplateoptiontype_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_contenttemplateoption` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `value` varchar(100) NOT NULL,
  KEY `geno_contenttemplateoption_name_id_idx` (`name_id`),
  CONSTRAINT `geno_contenttemplateoption_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `geno_contenttemplateoptiontype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_reservationtype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `fixed_time` bool NOT NULL,
  `default_time_start` time(6) NOT NULL,
  `default_time_end` time(6) NOT NULL,
  `summary_required` bool NOT NULL,
  `required_role` varchar(30) NOT NULL,
  `confirmation_email_template_id` integer NULL,
  `confirmation_email_sender` varchar(100) NOT NULL,
  `color` varchar(7) NOT NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `reservation_reservationtype_name_uniq` (`name`),
  KEY `reservation_reservationtype_confirmation_email_template_id_idx` (`confirmation_email_template_id`),
  CONSTRAINT `reservation_reservationtype_confirmation_email_template_id_fk` FOREIGN KEY (`confirmation_email_template_id`) REFERENCES `geno_contenttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_reservationusagetype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `label` varchar(50) NOT NULL,
  UNIQUE KEY `reservation_reservationusagetype_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_reservationprice` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `usage_type_id` integer NOT NULL,
  `priority` integer NOT NULL,
  `time_unit` varchar(20) NOT NULL,
  `duration_min` double precision NOT NULL,
  `duration_max` double precision NOT NULL,
  `cost` numeric(7,2) NOT NULL,
  `cost_type` varchar(20) NOT NULL,
  UNIQUE KEY `reservation_reservationprice_usage_type_id_priority_uniq` (`usage_type_id`, `priority`),
  KEY `reservation_reservationprice_usage_type_id_idx` (`usage_type_id`),
  CONSTRAINT `reservation_reservationprice_usage_type_id_fk` FOREIGN KEY (`usage_type_id`) REFERENCES `reservation_reservationusagetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_reservationobject` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(80) NOT NULL,
  `reservation_type_id` integer NOT NULL,
  `short_description` varchar(300) NOT NULL,
  `description` longtext NOT NULL,
  `image` varchar(100) NOT NULL,
  `cost` numeric(7,2) NOT NULL,
  UNIQUE KEY `reservation_reservationobject_name_reservation_type_id_uniq` (`name`, `reservation_type_id`),
  KEY `reservation_reservationobject_reservation_type_id_idx` (`reservation_type_id`),
  CONSTRAINT `reservation_reservationobject_reservation_type_id_fk` FOREIGN KEY (`reservation_type_id`) REFERENCES `reservation_reservationtype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_reservation` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  `contact_text` varchar(200) NOT NULL,
  `flink_user_id` integer NULL,
  `date_start` datetime(6) NOT NULL,
  `date_end` datetime(6) NOT NULL,
  `summary` varchar(120) NOT NULL,
  `usage_type_id` integer NULL,
  `state` varchar(30) NOT NULL,
  `key_number` varchar(10) NOT NULL,
  `key_back` bool NOT NULL,
  `billed` bool NOT NULL,
  `remark` longtext NOT NULL,
  `additional_information` longtext NOT NULL,
  `is_auto_blocker` bool NOT NULL,
  `flink_id` varchar(20) NULL,
  UNIQUE KEY `reservation_reservation_flink_id_uniq` (`flink_id`),
  KEY `reservation_reservation_name_id_idx` (`name_id`),
  KEY `reservation_reservation_contact_id_idx` (`contact_id`),
  KEY `reservation_reservation_usage_type_id_idx` (`usage_type_id`),
  KEY `reservation_reservation_state_idx` (`state`),
  CONSTRAINT `reservation_reservation_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `reservation_reservationobject` (`id`),
  CONSTRAINT `reservation_reservation_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `geno_address` (`id`),
  CONSTRAINT `reservation_reservation_usage_type_id_fk` FOREIGN KEY (`usage_type_id`) REFERENCES `reservation_reservationusagetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_reporttype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  UNIQUE KEY `reservation_reporttype_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_reportcategory` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `report_type_id` integer NOT NULL,
  UNIQUE KEY `reservation_reportcategory_name_report_type_id_uniq` (`name`, `report_type_id`),
  KEY `reservation_reportcategory_report_type_id_idx` (`report_type_id`),
  CONSTRAINT `reservation_reportcategory_report_type_id_fk` FOREIGN KEY (`report_type_id`) REFERENCES `reservation_reporttype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_report` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `report_type_id` integer NOT NULL,
  `category_id` integer NOT NULL,
  `rental_unit_id` integer NULL,
  `contact_id` integer NULL,
  `contact_text` varchar(300) NOT NULL,
  `text` longtext NOT NULL,
  `report_date` datetime(6) NOT NULL,
  `status_date` datetime(6) NOT NULL,
  `status` varchar(30) NOT NULL,
  KEY `reservation_report_report_type_id_idx` (`report_type_id`),
  KEY `reservation_report_category_id_idx` (`category_id`),
  KEY `reservation_report_rental_unit_id_idx` (`rental_unit_id`),
  KEY `reservation_report_contact_id_idx` (`contact_id`),
  KEY `reservation_report_status_idx` (`status`),
  CONSTRAINT `reservation_report_report_type_id_fk` FOREIGN KEY (`report_type_id`) REFERENCES `reservation_reporttype` (`id`),
  CONSTRAINT `reservation_report_category_id_fk` FOREIGN KEY (`category_id`) REFERENCES `reservation_reportcategory` (`id`),
  CONSTRAINT `reservation_report_rental_unit_id_fk` FOREIGN KEY (`rental_unit_id`) REFERENCES `geno_rentalunit` (`id`),
  CONSTRAINT `reservation_report_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `geno_address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_reportpicture` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `image` varchar(100) NOT NULL,
  `report_id` integer NOT NULL,
  UNIQUE KEY `reservation_reportpicture_image_report_id_uniq` (`image`, `report_id`),
  KEY `reservation_reportpicture_report_id_idx` (`report_id`),
  CONSTRAINT `reservation_reportpicture_report_id_fk` FOREIGN KEY (`report_id`) REFERENCES `reservation_report` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_reportlogentry` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `text` longtext NOT NULL,
  `user_id` integer NULL,
  KEY `reservation_reportlogentry_name_id_idx` (`name_id`),
  KEY `reservation_reportlogentry_user_id_idx` (`user_id`),
  CONSTRAINT `reservation_reportlogentry_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `reservation_report` (`id`),
  CONSTRAINT `reservation_reportlogentry_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `portal_tenantadmin` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `notes` longtext NOT NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `portal_tenantadmin_name_id_uniq` (`name_id`),
  CONSTRAINT `portal_tenantadmin_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `geno_address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credit_accounting_vendor` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `vendor_type` varchar(50) NOT NULL,
  `qr_address_id` integer NULL,
  `qr_iban` varchar(21) NOT NULL,
  `api_secret` varchar(50) NOT NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `credit_accounting_vendor_name_uniq` (`name`),
  KEY `credit_accounting_vendor_qr_address_id_idx` (`qr_address_id`),
  CONSTRAINT `credit_accounting_vendor_qr_address_id_fk` FOREIGN KEY (`qr_address_id`) REFERENCES `geno_address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credit_accounting_vendoradmin` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `vendor_id` integer NOT NULL,
  `role` varchar(50) NOT NULL,
  `active` bool NOT NULL,
  KEY `credit_accounting_vendoradmin_name_id_idx` (`name_id`),
  KEY `credit_accounting_vendoradmin_vendor_id_idx` (`vendor_id`),
  CONSTRAINT `credit_accounting_vendoradmin_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `geno_address` (`id`),
  CONSTRAINT `credit_accounting_vendoradmin_vendor_id_fk` FOREIGN KEY (`vendor_id`) REFERENCES `credit_accounting_vendor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credit_accounting_account` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `pin` varchar(20) NOT NULL,
  `vendor_id` integer NOT NULL,
  `balance` numeric(10,2) NOT NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `unique_pin_vendor` (`pin`, `vendor_id`),
  UNIQUE KEY `unique_name_vendor` (`name`, `vendor_id`),
  KEY `credit_accounting_account_vendor_id_idx` (`vendor_id`),
  CONSTRAINT `credit_accounting_account_vendor_id_fk` FOREIGN KEY (`vendor_id`) REFERENCES `credit_accounting_vendor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credit_accounting_accountowner` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `owner_id` integer UNSIGNED NOT NULL,
  `owner_type_id` integer NOT NULL,
  KEY `credit_accounting_accountowner_name_id_idx` (`name_id`),
  KEY `credit_accounting_accountowner_owner_type_id_idx` (`owner_type_id`),
  CONSTRAINT `credit_accounting_accountowner_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `credit_accounting_account` (`id`),
  CONSTRAINT `credit_accounting_accountowner_owner_type_id_fk` FOREIGN KEY (`owner_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credit_accounting_transaction` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `account_id` integer NOT NULL,
  `amount` numeric(10,2) NOT NULL,
  `date` datetime(6) NOT NULL,
  `description` varchar(255) NOT NULL,
  `user_id` integer NULL,
  `transaction_id` varchar(150) NOT NULL,
  KEY `credit_accounting_transaction_account_id_idx` (`account_id`),
  KEY `credit_accounting_transaction_user_id_idx` (`user_id`),
  KEY `credit_accounting_transaction_transaction_id_idx` (`transaction_id`),
  CONSTRAINT `credit_accounting_transaction_account_id_fk` FOREIGN KEY (`account_id`) REFERENCES `credit_accounting_account` (`id`),
  CONSTRAINT `credit_accounting_transaction_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credit_accounting_useraccountsetting` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `account_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  `value` varchar(255) NOT NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `unique_name_account_user` (`name`, `account_id`, `user_id`),
  KEY `credit_accounting_useraccountsetting_account_id_idx` (`account_id`),
  KEY `credit_accounting_useraccountsetting_user_id_idx` (`user_id`),
  CONSTRAINT `credit_accounting_useraccountsetting_account_id_fk` FOREIGN KEY (`account_id`) REFERENCES `credit_accounting_account` (`id`),
  CONSTRAINT `credit_accounting_useraccountsetting_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_reporttype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `description` varchar(200) NOT NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `report_reporttype_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_report` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(80) NOT NULL,
  `report_type_id` integer NOT NULL,
  `task_id` char(32) NULL,
  `state` varchar(30) NOT NULL,
  `state_info` longtext NOT NULL,
  UNIQUE KEY `report_report_name_report_type_id_uniq` (`name`, `report_type_id`),
  KEY `report_report_report_type_id_idx` (`report_type_id`),
  CONSTRAINT `report_report_report_type_id_fk` FOREIGN KEY (`report_type_id`) REFERENCES `report_reporttype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_reportinputfield` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` varchar(200) NOT NULL,
  `report_type_id` integer NOT NULL,
  `field_type` varchar(30) NOT NULL,
  `active` bool NOT NULL,
  UNIQUE KEY `report_reportinputfield_name_report_type_id_uniq` (`name`, `report_type_id`),
  KEY `report_reportinputfield_report_type_id_idx` (`report_type_id`),
  CONSTRAINT `report_reportinputfield_report_type_id_fk` FOREIGN KEY (`report_type_id`) REFERENCES `report_reporttype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_reportinputdata` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name_id` integer NOT NULL,
  `report_id` integer NOT NULL,
  `value` longtext NOT NULL,
  UNIQUE KEY `report_reportinputdata_name_id_report_id_uniq` (`name_id`, `report_id`),
  KEY `report_reportinputdata_name_id_idx` (`name_id`),
  KEY `report_reportinputdata_report_id_idx` (`report_id`),
  CONSTRAINT `report_reportinputdata_name_id_fk` FOREIGN KEY (`name_id`) REFERENCES `report_reportinputfield` (`id`),
  CONSTRAINT `report_reportinputdata_report_id_fk` FOREIGN KEY (`report_id`) REFERENCES `report_report` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_reportoutput` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `group` varchar(80) NOT NULL,
  `report_id` integer NOT NULL,
  `output_type` varchar(30) NOT NULL,
  `value` longtext NOT NULL,
  `regeneration_json` longtext NOT NULL,
  UNIQUE KEY `report_reportoutput_name_report_id_uniq` (`name`, `report_id`),
  KEY `report_reportoutput_report_id_idx` (`report_id`),
  CONSTRAINT `report_reportoutput_report_id_fk` FOREIGN KEY (`report_id`) REFERENCES `report_report` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `importer_importjob` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `import_type` varchar(40) NOT NULL,
  `file` varchar(100) NOT NULL,
  `status` varchar(20) NOT NULL,
  `records_imported` integer NOT NULL,
  `error_message` longtext NOT NULL,
  `result_data` json NULL,
  `override_existing` bool NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `importer_importrecord` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `comment` varchar(500) NOT NULL,
  `ts_created` datetime(6) NOT NULL,
  `ts_modified` datetime(6) NOT NULL,
  `job_id` integer NOT NULL,
  `name` varchar(255) NOT NULL,
  `row_number` integer NOT NULL,
  `data` json NOT NULL,
  `error_message` longtext NOT NULL,
  `success` bool NOT NULL,
  KEY `importer_importrecord_job_id_idx` (`job_id`),
  CONSTRAINT `importer_importrecord_job_id_fk` FOREIGN KEY (`job_id`) REFERENCES `importer_importjob` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_contract_contractors` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `contract_id` integer NOT NULL,
  `address_id` integer NOT NULL,
  UNIQUE KEY `geno_contract_contractors_contract_id_address_id_uniq` (`contract_id`, `address_id`),
  KEY `geno_contract_contractors_address_id_idx` (`address_id`),
  CONSTRAINT `geno_contract_contractors_contract_id_fk` FOREIGN KEY (`contract_id`) REFERENCES `geno_contract` (`id`),
  CONSTRAINT `geno_contract_contractors_address_id_fk` FOREIGN KEY (`address_id`) REFERENCES `geno_address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_contract_children` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `contract_id` integer NOT NULL,
  `child_id` integer NOT NULL,
  UNIQUE KEY `geno_contract_children_contract_id_child_id_uniq` (`contract_id`, `child_id`),
  KEY `geno_contract_children_child_id_idx` (`child_id`),
  CONSTRAINT `geno_contract_children_contract_id_fk` FOREIGN KEY (`contract_id`) REFERENCES `geno_contract` (`id`),
  CONSTRAINT `geno_contract_children_child_id_fk` FOREIGN KEY (`child_id`) REFERENCES `geno_child` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_contract_rental_units` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `contract_id` integer NOT NULL,
  `rentalunit_id` integer NOT NULL,
  UNIQUE KEY `geno_contract_rental_units_contract_id_rentalunit_id_uniq` (`contract_id`, `rentalunit_id`),
  KEY `geno_contract_rental_units_rentalunit_id_idx` (`rentalunit_id`),
  CONSTRAINT `geno_contract_rental_units_contract_id_fk` FOREIGN KEY (`contract_id`) REFERENCES `geno_contract` (`id`),
  CONSTRAINT `geno_contract_rental_units_rentalunit_id_fk` FOREIGN KEY (`rentalunit_id`) REFERENCES `geno_rentalunit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geno_contenttemplate_template_context` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `contenttemplate_id` integer NOT NULL,
  `contenttemplateoption_id` integer NOT NULL,
  UNIQUE KEY `geno_contenttemplate_template_context_contenttemplate_i_ab67f3d4` (`contenttemplate_id`, `contenttemplateoption_id`),
  KEY `geno_contenttemplate_template_context_contenttemplateop_0f7fc6b3` (`contenttemplateoption_id`),
  CONSTRAINT `geno_contenttemplate_template_context_contenttemplate_id_fk` FOREIGN KEY (`contenttemplate_id`) REFERENCES `geno_contenttemplate` (`id`),
  CONSTRAINT `geno_contenttemplate_template_context_contenttemplateop_9e754313` FOREIGN KEY (`contenttemplateoption_id`) REFERENCES `geno_contenttemplateoption` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reservation_reservationobject_usage_types` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `reservationobject_id` integer NOT NULL,
  `reservationusagetype_id` integer NOT NULL,
  UNIQUE KEY `reservation_reservationobject_usage_types_reservationob_fd49b012` (`reservationobject_id`, `reservationusagetype_id`),
  KEY `reservation_reservationobject_usage_types_reservationus_d2b88570` (`reservationusagetype_id`),
  CONSTRAINT `reservation_reservationobject_usage_types_reservationob_45fb2f1d` FOREIGN KEY (`reservationobject_id`) REFERENCES `reservation_reservationobject` (`id`),
  CONSTRAINT `reservation_reservationobject_usage_types_reservationus_529c9360` FOREIGN KEY (`reservationusagetype_id`) REFERENCES `reservation_reservationusagetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `portal_tenantadmin_buildings` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `tenantadmin_id` integer NOT NULL,
  `building_id` integer NOT NULL,
  UNIQUE KEY `portal_tenantadmin_buildings_tenantadmin_id_building_id_uniq` (`tenantadmin_id`, `building_id`),
  KEY `portal_tenantadmin_buildings_building_id_idx` (`building_id`),
  CONSTRAINT `portal_tenantadmin_buildings_tenantadmin_id_fk` FOREIGN KEY (`tenantadmin_id`) REFERENCES `portal_tenantadmin` (`id`),
  CONSTRAINT `portal_tenantadmin_buildings_building_id_fk` FOREIGN KEY (`building_id`) REFERENCES `geno_building` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

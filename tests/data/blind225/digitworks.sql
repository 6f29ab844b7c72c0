-- DIGIT Works / MUKTA (eGovernments Foundation; public works of Indian urban local bodies: contractors and
-- community organisations, estimates, work orders, wage seekers' attendance registers and muster rolls, wage and
-- purchase bills, payments, bank accounts, measurement books), github.com/egovernments/DIGIT-Works,
-- commit 404aea596f2be2031c0741fbb084ff58c11a76e2 (MIT).
-- Source: the Flyway migrations backend/{organisation,bankaccounts,estimates,contracts,attendance,muster-roll,
-- expense,measurement-registry,measurement-service,wms}/src/main/resources/db/migration/main/V*.sql, replayed in
-- version order per service into one PostgreSQL 15 database (the services use distinct table names). Written as
-- MySQL from the catalog: columns in ordinal order; varchar kept, text -> TEXT, jsonb -> JSON, boolean ->
-- TINYINT(1), unbounded numeric -> DECIMAL(30,10), bigint epoch-millisecond times kept as BIGINT; primary, unique and
-- foreign keys as in PostgreSQL; indexes left out. 43 of the 50 tables are kept (see blind225/digitworks.md).
CREATE TABLE `eg_bank_account` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `service_code` VARCHAR(128) NOT NULL,
  `reference_id` VARCHAR(256) NOT NULL,
  `additional_details` JSON,
  `created_by` VARCHAR(256) NOT NULL,
  `last_modified_by` VARCHAR(256),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `eg_bank_account_detail` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `bank_account_id` VARCHAR(256) NOT NULL,
  `account_holder_name` VARCHAR(256),
  `account_number` VARCHAR(256) NOT NULL,
  `account_type` VARCHAR(140) NOT NULL,
  `is_primary` TINYINT(1),
  `is_active` TINYINT(1),
  `additional_details` JSON,
  `created_by` VARCHAR(256) NOT NULL,
  `last_modified_by` VARCHAR(256),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_bank_account_detail` FOREIGN KEY (`bank_account_id`) REFERENCES `eg_bank_account` (`id`)
);

CREATE TABLE `eg_bank_accounts_doc` (
  `id` VARCHAR(256) NOT NULL,
  `bank_account_detail_id` VARCHAR(64) NOT NULL,
  `document_type` VARCHAR(255),
  `file_store` VARCHAR(255),
  `document_uid` VARCHAR(256),
  `additional_details` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_bank_accounts_doc` FOREIGN KEY (`bank_account_detail_id`) REFERENCES `eg_bank_account_detail` (`id`)
);

CREATE TABLE `eg_bank_branch_identifier` (
  `id` VARCHAR(256) NOT NULL,
  `bank_account_detail_id` VARCHAR(64) NOT NULL,
  `type` VARCHAR(140),
  `code` VARCHAR(140),
  `additional_details` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_bank_branch_identifier` FOREIGN KEY (`bank_account_detail_id`) REFERENCES `eg_bank_account_detail` (`id`)
);

CREATE TABLE `eg_expense_bill` (
  `id` VARCHAR(64) NOT NULL,
  `tenantid` VARCHAR(250) NOT NULL,
  `billdate` BIGINT NOT NULL,
  `duedate` BIGINT,
  `totalamount` DECIMAL(12,2),
  `totalpaidamount` DECIMAL(12,2),
  `businessservice` VARCHAR(250) NOT NULL,
  `referenceid` VARCHAR(250) NOT NULL,
  `fromperiod` BIGINT,
  `toperiod` BIGINT,
  `status` VARCHAR(64) NOT NULL,
  `paymentstatus` VARCHAR(64),
  `billnumber` VARCHAR(128) NOT NULL,
  `createdby` VARCHAR(64) NOT NULL,
  `createdtime` BIGINT NOT NULL,
  `lastmodifiedby` VARCHAR(64) NOT NULL,
  `lastmodifiedtime` BIGINT NOT NULL,
  `additionaldetails` JSON,
  `localitycode` VARCHAR(256),
  PRIMARY KEY (`id`, `tenantid`)
);

CREATE TABLE `eg_expense_bill_report` (
  `id` VARCHAR(64) NOT NULL,
  `bill_id` VARCHAR(64) NOT NULL,
  `tenant_id` VARCHAR(250) NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `file_store_id` VARCHAR(256),
  `error_details` JSON,
  `created_by` VARCHAR(64) NOT NULL,
  `created_time` BIGINT NOT NULL,
  `last_modified_by` VARCHAR(64) NOT NULL,
  `last_modified_time` BIGINT NOT NULL,
  PRIMARY KEY (`id`, `tenant_id`)
);

CREATE TABLE `eg_expense_billdetail` (
  `id` VARCHAR(64) NOT NULL,
  `tenantid` VARCHAR(250) NOT NULL,
  `referenceid` VARCHAR(250),
  `billid` VARCHAR(64) NOT NULL,
  `totalamount` DECIMAL(12,2),
  `totalpaidamount` DECIMAL(12,2),
  `paymentstatus` VARCHAR(64),
  `status` VARCHAR(64) NOT NULL,
  `fromperiod` BIGINT,
  `toperiod` BIGINT,
  `netlineitemamount` DECIMAL(12,2),
  `createdby` VARCHAR(64) NOT NULL,
  `createdtime` BIGINT NOT NULL,
  `lastmodifiedby` VARCHAR(64) NOT NULL,
  `lastmodifiedtime` BIGINT NOT NULL,
  `additionaldetails` JSON,
  `totalattendance` DECIMAL(30,10),
  `workerid` VARCHAR(64),
  PRIMARY KEY (`id`, `tenantid`),
  CONSTRAINT `fk_eg_expense_billdetail` FOREIGN KEY (`billid`, `tenantid`) REFERENCES `eg_expense_bill` (`id`, `tenantid`)
);

CREATE TABLE `eg_expense_lineitem` (
  `id` VARCHAR(64) NOT NULL,
  `billdetailid` VARCHAR(64) NOT NULL,
  `tenantid` VARCHAR(250) NOT NULL,
  `headcode` VARCHAR(250) NOT NULL,
  `amount` DECIMAL(12,2) NOT NULL,
  `paidamount` DECIMAL(12,2) NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `paymentstatus` VARCHAR(64),
  `islineitempayable` TINYINT(1) NOT NULL,
  `createdby` VARCHAR(64) NOT NULL,
  `createdtime` BIGINT NOT NULL,
  `lastmodifiedby` VARCHAR(64) NOT NULL,
  `lastmodifiedtime` BIGINT NOT NULL,
  `additionaldetails` JSON,
  PRIMARY KEY (`id`, `tenantid`),
  CONSTRAINT `fk_eg_expense_lineitem` FOREIGN KEY (`billdetailid`, `tenantid`) REFERENCES `eg_expense_billdetail` (`id`, `tenantid`)
);

CREATE TABLE `eg_expense_party` (
  `id` VARCHAR(64) NOT NULL,
  `tenantid` VARCHAR(250) NOT NULL,
  `type` VARCHAR(250) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `identifier` VARCHAR(250) NOT NULL,
  `parentid` VARCHAR(250) NOT NULL,
  `createdby` VARCHAR(64) NOT NULL,
  `createdtime` BIGINT NOT NULL,
  `lastmodifiedby` VARCHAR(64) NOT NULL,
  `lastmodifiedtime` BIGINT NOT NULL,
  `additionaldetails` JSON,
  `paymentprovider` VARCHAR(16),
  `payeename` VARCHAR(256),
  `payeephonenumber` VARCHAR(64),
  `bankaccount` VARCHAR(128),
  `bankcode` VARCHAR(64),
  `beneficiarycode` VARCHAR(128),
  PRIMARY KEY (`id`, `tenantid`)
);

CREATE TABLE `eg_expense_payment` (
  `id` VARCHAR(256) NOT NULL,
  `tenantid` VARCHAR(64) NOT NULL,
  `netpayableamount` DECIMAL(12,2) NOT NULL,
  `netpaidamount` DECIMAL(12,2) NOT NULL,
  `paymentnumber` VARCHAR(128) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `createdby` VARCHAR(64) NOT NULL,
  `createdtime` BIGINT NOT NULL,
  `lastmodifiedby` VARCHAR(64) NOT NULL,
  `lastmodifiedtime` BIGINT NOT NULL,
  `additionaldetails` JSON,
  `referencestatus` VARCHAR(64),
  PRIMARY KEY (`id`)
);

CREATE TABLE `eg_expense_payment_bill` (
  `id` VARCHAR(256) NOT NULL,
  `tenantid` VARCHAR(64) NOT NULL,
  `paymentid` VARCHAR(256) NOT NULL,
  `billid` VARCHAR(256) NOT NULL,
  `totalamount` DECIMAL(12,2) NOT NULL,
  `totalpaidamount` DECIMAL(12,2) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `createdby` VARCHAR(64) NOT NULL,
  `createdtime` BIGINT NOT NULL,
  `lastmodifiedby` VARCHAR(64) NOT NULL,
  `lastmodifiedtime` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_expense_payment_bill` FOREIGN KEY (`paymentid`) REFERENCES `eg_expense_payment` (`id`)
);

CREATE TABLE `eg_expense_payment_billdetail` (
  `id` VARCHAR(256) NOT NULL,
  `tenantid` VARCHAR(64) NOT NULL,
  `billdetailid` VARCHAR(256) NOT NULL,
  `paymentbillid` VARCHAR(256) NOT NULL,
  `totalamount` DECIMAL(12,2) NOT NULL,
  `totalpaidamount` DECIMAL(12,2) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `createdby` VARCHAR(64) NOT NULL,
  `createdtime` BIGINT NOT NULL,
  `lastmodifiedby` VARCHAR(64) NOT NULL,
  `lastmodifiedtime` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_expense_payment_billdetail` FOREIGN KEY (`paymentbillid`) REFERENCES `eg_expense_payment_bill` (`id`)
);

CREATE TABLE `eg_expense_task` (
  `id` VARCHAR(64) NOT NULL,
  `status` VARCHAR(50),
  `type` VARCHAR(50),
  `created_by` VARCHAR(64),
  `last_modified_by` VARCHAR(64),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  `additional_details` JSON,
  `bill_id` VARCHAR(64),
  `tenant_id` VARCHAR(64),
  `bill_detail_id` VARCHAR(64),
  PRIMARY KEY (`id`)
);

CREATE TABLE `eg_expense_task_details` (
  `id` VARCHAR(64) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `bill_id` VARCHAR(64),
  `bill_details_id` VARCHAR(64),
  `payee_id` VARCHAR(64) NOT NULL,
  `task_id` VARCHAR(64),
  `reference_id` VARCHAR(64),
  `response_message` TEXT,
  `status` VARCHAR(50),
  `reason_for_failure` TEXT,
  `created_by` VARCHAR(64),
  `last_modified_by` VARCHAR(64),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  `additional_details` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `eg_mb_measurements` (
  `id` VARCHAR(128) NOT NULL,
  `tenantid` VARCHAR(64) NOT NULL,
  `mbnumber` VARCHAR(128) NOT NULL,
  `phyrefnumber` VARCHAR(128),
  `referenceid` VARCHAR(128),
  `entrydate` BIGINT NOT NULL,
  `isactive` TINYINT(1),
  `additionaldetails` JSON,
  `createdtime` BIGINT NOT NULL,
  `createdby` VARCHAR(128) NOT NULL,
  `lastmodifiedtime` BIGINT,
  `lastmodifiedby` VARCHAR(128),
  PRIMARY KEY (`id`)
);

CREATE TABLE `eg_mb_measurement_details` (
  `id` VARCHAR(128) NOT NULL,
  `referenceid` VARCHAR(128) NOT NULL,
  `targetid` VARCHAR(128) NOT NULL,
  `isactive` TINYINT(1),
  `description` VARCHAR(256),
  `additionaldetails` JSON,
  `createdtime` BIGINT,
  `createdby` VARCHAR(128),
  `lastmodifiedtime` BIGINT,
  `lastmodifiedby` VARCHAR(128),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_measurement_details_referenceid` FOREIGN KEY (`referenceid`) REFERENCES `eg_mb_measurements` (`id`)
);

CREATE TABLE `eg_mb_measurement_measures` (
  `id` VARCHAR(128) NOT NULL,
  `length` DECIMAL(30,10),
  `breadth` DECIMAL(30,10),
  `height` DECIMAL(30,10),
  `numofitems` DECIMAL(30,10),
  `currentvalue` DECIMAL(30,10),
  `cumulative` DECIMAL(30,10),
  `createdtime` BIGINT NOT NULL,
  `createdby` VARCHAR(128) NOT NULL,
  `lastmodifiedtime` BIGINT,
  `lastmodifiedby` VARCHAR(128),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_measurement_measures_id` FOREIGN KEY (`id`) REFERENCES `eg_mb_measurement_details` (`id`)
);

CREATE TABLE `eg_org` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `application_number` VARCHAR(140) NOT NULL,
  `name` VARCHAR(140) NOT NULL,
  `org_number` VARCHAR(140),
  `external_ref_number` VARCHAR(64),
  `date_of_incorporation` BIGINT,
  `application_status` VARCHAR(256),
  `is_active` TINYINT(1),
  `additional_details` JSON,
  `created_by` VARCHAR(64),
  `last_modified_by` VARCHAR(64),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_eg_org` (`application_number`)
);

CREATE TABLE `eg_org_address` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64),
  `org_id` VARCHAR(256) NOT NULL,
  `door_no` VARCHAR(255),
  `plot_no` VARCHAR(255),
  `landmark` VARCHAR(255),
  `city` VARCHAR(255),
  `pin_code` VARCHAR(255),
  `district` VARCHAR(255),
  `region` VARCHAR(255),
  `state` VARCHAR(255),
  `country` VARCHAR(255),
  `boundary_code` VARCHAR(255),
  `boundary_type` VARCHAR(255),
  `building_name` VARCHAR(64),
  `street` VARCHAR(64),
  `additional_details` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_org_address` FOREIGN KEY (`org_id`) REFERENCES `eg_org` (`id`)
);

CREATE TABLE `eg_org_address_geo_location` (
  `id` VARCHAR(256) NOT NULL,
  `address_id` VARCHAR(256) NOT NULL,
  `latitude` DECIMAL(30,10),
  `longitude` DECIMAL(30,10),
  `additional_details` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_org_address_geo_location` FOREIGN KEY (`address_id`) REFERENCES `eg_org_address` (`id`)
);

CREATE TABLE `eg_org_contact_detail` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64),
  `org_id` VARCHAR(256) NOT NULL,
  `contact_name` VARCHAR(128),
  `contact_mobile_number` VARCHAR(64),
  `contact_email` VARCHAR(128),
  `individual_id` VARCHAR(256),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_org_contact_detail` FOREIGN KEY (`org_id`) REFERENCES `eg_org` (`id`)
);

CREATE TABLE `eg_org_function` (
  `id` VARCHAR(256) NOT NULL,
  `org_id` VARCHAR(256) NOT NULL,
  `application_number` VARCHAR(140) NOT NULL,
  `type` VARCHAR(256),
  `category` VARCHAR(256),
  `class` VARCHAR(256),
  `valid_from` BIGINT,
  `valid_to` BIGINT,
  `application_status` VARCHAR(256),
  `wf_status` VARCHAR(256),
  `is_active` TINYINT(1),
  `additional_details` JSON,
  `created_by` VARCHAR(64),
  `last_modified_by` VARCHAR(64),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_org_function` FOREIGN KEY (`org_id`) REFERENCES `eg_org` (`id`)
);

CREATE TABLE `eg_org_document` (
  `id` VARCHAR(256) NOT NULL,
  `org_id` VARCHAR(256),
  `org_func_id` VARCHAR(256),
  `document_type` VARCHAR(255),
  `file_store` VARCHAR(255),
  `document_uid` VARCHAR(256),
  `additional_details` JSON,
  `is_active` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_org_document` FOREIGN KEY (`org_id`) REFERENCES `eg_org` (`id`),
  CONSTRAINT `fk_eg_org_document_func` FOREIGN KEY (`org_func_id`) REFERENCES `eg_org_function` (`id`)
);

CREATE TABLE `eg_org_jurisdiction` (
  `id` VARCHAR(256) NOT NULL,
  `org_id` VARCHAR(256) NOT NULL,
  `code` VARCHAR(64) NOT NULL,
  `additional_details` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_org_jurisdiction` FOREIGN KEY (`org_id`) REFERENCES `eg_org` (`id`)
);

CREATE TABLE `eg_tax_identifier` (
  `id` VARCHAR(256) NOT NULL,
  `org_id` VARCHAR(256) NOT NULL,
  `type` VARCHAR(64),
  `value` VARCHAR(64),
  `additional_details` JSON,
  `is_active` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_tax_identifier` FOREIGN KEY (`org_id`) REFERENCES `eg_org` (`id`)
);

CREATE TABLE `eg_wms_attendance_register` (
  `id` VARCHAR(256) NOT NULL,
  `tenantid` VARCHAR(64) NOT NULL,
  `registernumber` VARCHAR(256) NOT NULL,
  `name` VARCHAR(256),
  `startdate` BIGINT NOT NULL,
  `enddate` BIGINT,
  `status` VARCHAR(64) NOT NULL,
  `additionaldetails` JSON,
  `createdby` VARCHAR(256) NOT NULL,
  `lastmodifiedby` VARCHAR(256),
  `createdtime` BIGINT,
  `lastmodifiedtime` BIGINT,
  `referenceid` VARCHAR(256),
  `servicecode` VARCHAR(64),
  `localitycode` VARCHAR(256),
  `reviewstatus` VARCHAR(64),
  `period_statuses` JSON,
  `campaignnumber` VARCHAR(256),
  `isdeleted` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_eg_wms_attendance_register` (`registernumber`)
);

CREATE TABLE `eg_wms_attendance_attendee` (
  `id` VARCHAR(256) NOT NULL,
  `individual_id` VARCHAR(256) NOT NULL,
  `register_id` VARCHAR(256) NOT NULL,
  `enrollment_date` BIGINT NOT NULL,
  `deenrollment_date` BIGINT,
  `additionaldetails` JSON,
  `createdby` VARCHAR(256) NOT NULL,
  `lastmodifiedby` VARCHAR(256),
  `createdtime` BIGINT,
  `lastmodifiedtime` BIGINT,
  `tenantid` VARCHAR(64),
  `tag` VARCHAR(64),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_attendance_attendee` FOREIGN KEY (`register_id`) REFERENCES `eg_wms_attendance_register` (`id`)
);

CREATE TABLE `eg_wms_attendance_log` (
  `id` VARCHAR(256) NOT NULL,
  `individual_id` VARCHAR(256) NOT NULL,
  `register_id` VARCHAR(256) NOT NULL,
  `status` VARCHAR(64),
  `time` BIGINT NOT NULL,
  `event_type` VARCHAR(64),
  `additionaldetails` JSON,
  `createdby` VARCHAR(256) NOT NULL,
  `lastmodifiedby` VARCHAR(256),
  `createdtime` BIGINT,
  `lastmodifiedtime` BIGINT,
  `tenantid` VARCHAR(64),
  `clientreferenceid` VARCHAR(256),
  `clientcreatedby` VARCHAR(256),
  `clientlastmodifiedby` VARCHAR(256),
  `clientcreatedtime` BIGINT,
  `clientlastmodifiedtime` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_attendance_log` FOREIGN KEY (`register_id`) REFERENCES `eg_wms_attendance_register` (`id`)
);

CREATE TABLE `eg_wms_attendance_document` (
  `id` VARCHAR(256) NOT NULL,
  `filestore_id` VARCHAR(256) NOT NULL,
  `document_type` VARCHAR(256),
  `attendance_log_id` VARCHAR(256) NOT NULL,
  `additionaldetails` JSON,
  `createdby` VARCHAR(256) NOT NULL,
  `lastmodifiedby` VARCHAR(256),
  `createdtime` BIGINT,
  `lastmodifiedtime` BIGINT,
  `tenantid` VARCHAR(64),
  `status` VARCHAR(64),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_attendance_document` FOREIGN KEY (`attendance_log_id`) REFERENCES `eg_wms_attendance_log` (`id`)
);

CREATE TABLE `eg_wms_muster_roll` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `musterroll_number` VARCHAR(128) NOT NULL,
  `attendance_register_id` VARCHAR(256) NOT NULL,
  `start_date` BIGINT NOT NULL,
  `end_date` BIGINT NOT NULL,
  `musterroll_status` VARCHAR(64) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `additionaldetails` JSON,
  `createdby` VARCHAR(256) NOT NULL,
  `lastmodifiedby` VARCHAR(256),
  `createdtime` BIGINT,
  `lastmodifiedtime` BIGINT,
  `reference_id` VARCHAR(256),
  `service_code` VARCHAR(64),
  `billing_period_id` VARCHAR(64),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_eg_wms_muster_roll` (`musterroll_number`)
);

CREATE TABLE `eg_wms_attendance_summary` (
  `id` VARCHAR(256) NOT NULL,
  `individual_id` VARCHAR(256) NOT NULL,
  `muster_roll_id` VARCHAR(256) NOT NULL,
  `musterroll_number` VARCHAR(128) NOT NULL,
  `actual_total_attendance` DECIMAL(30,10),
  `additionaldetails` JSON,
  `createdby` VARCHAR(256) NOT NULL,
  `lastmodifiedby` VARCHAR(256),
  `createdtime` BIGINT,
  `lastmodifiedtime` BIGINT,
  `modified_total_attendance` DECIMAL(30,10),
  `billing_period_id` VARCHAR(64),
  `total_registrations` BIGINT,
  `total_interventions` BIGINT,
  `tag` VARCHAR(256),
  `role` VARCHAR(128),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_attendance_summary` FOREIGN KEY (`muster_roll_id`) REFERENCES `eg_wms_muster_roll` (`id`)
);

CREATE TABLE `eg_wms_attendance_entries` (
  `id` VARCHAR(256) NOT NULL,
  `attendance_summary_id` VARCHAR(256) NOT NULL,
  `individual_id` VARCHAR(256) NOT NULL,
  `musterroll_number` VARCHAR(128) NOT NULL,
  `date_of_attendance` BIGINT,
  `attendance_value` DECIMAL(30,10),
  `additionaldetails` JSON,
  `createdby` VARCHAR(256) NOT NULL,
  `lastmodifiedby` VARCHAR(256),
  `createdtime` BIGINT,
  `lastmodifiedtime` BIGINT,
  `billing_period_id` VARCHAR(64),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_attendance_entries` FOREIGN KEY (`attendance_summary_id`) REFERENCES `eg_wms_attendance_summary` (`id`)
);

CREATE TABLE `eg_wms_attendance_staff` (
  `id` VARCHAR(256) NOT NULL,
  `individual_id` VARCHAR(256) NOT NULL,
  `register_id` VARCHAR(256) NOT NULL,
  `tenantid` VARCHAR(64),
  `enrollment_date` BIGINT NOT NULL,
  `deenrollment_date` BIGINT,
  `additionaldetails` JSON,
  `createdby` VARCHAR(256) NOT NULL,
  `lastmodifiedby` VARCHAR(256),
  `createdtime` BIGINT,
  `lastmodifiedtime` BIGINT,
  `stafftype` VARCHAR(64),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_attendance_staff` FOREIGN KEY (`register_id`) REFERENCES `eg_wms_attendance_register` (`id`)
);

CREATE TABLE `eg_wms_contract` (
  `id` VARCHAR(256) NOT NULL,
  `contract_number` VARCHAR(64) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `wf_status` VARCHAR(64),
  `executing_authority` VARCHAR(64) NOT NULL,
  `contract_type` VARCHAR(64),
  `total_contracted_amount` DECIMAL(30,10),
  `security_deposit` DECIMAL(30,10),
  `agreement_date` BIGINT NOT NULL,
  `defect_liability_period` BIGINT,
  `org_id` VARCHAR(256) NOT NULL,
  `start_date` BIGINT,
  `end_date` BIGINT,
  `status` VARCHAR(64) NOT NULL,
  `additional_details` JSON,
  `created_by` VARCHAR(256) NOT NULL,
  `last_modified_by` VARCHAR(256),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  `issue_date` BIGINT,
  `completion_period` BIGINT,
  `supplement_number` VARCHAR(64),
  `version_number` BIGINT,
  `old_uuid` VARCHAR(256),
  `business_service` VARCHAR(64),
  PRIMARY KEY (`id`)
);

CREATE TABLE `eg_wms_contract_documents` (
  `id` VARCHAR(256) NOT NULL,
  `filestore_id` VARCHAR(64),
  `document_type` VARCHAR(64),
  `document_uid` VARCHAR(256),
  `status` VARCHAR(64),
  `contract_id` VARCHAR(256),
  `additional_details` JSON,
  `created_by` VARCHAR(256) NOT NULL,
  `last_modified_by` VARCHAR(256),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_contract_documents` FOREIGN KEY (`contract_id`) REFERENCES `eg_wms_contract` (`id`)
);

CREATE TABLE `eg_wms_contract_line_items` (
  `id` VARCHAR(256) NOT NULL,
  `estimate_id` VARCHAR(256) NOT NULL,
  `estimate_line_item_id` VARCHAR(256),
  `contract_id` VARCHAR(256),
  `tenant_id` VARCHAR(64) NOT NULL,
  `unit_rate` DECIMAL(30,10),
  `no_of_unit` DECIMAL(30,10),
  `status` VARCHAR(64) NOT NULL,
  `additional_details` JSON,
  `created_by` VARCHAR(256) NOT NULL,
  `last_modified_by` VARCHAR(256),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  `contract_line_item_ref` VARCHAR(256),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_contract_line_items` FOREIGN KEY (`contract_id`) REFERENCES `eg_wms_contract` (`id`)
);

CREATE TABLE `eg_wms_estimate` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `estimate_number` VARCHAR(128) NOT NULL,
  `project_id` VARCHAR(256) NOT NULL,
  `proposal_date` BIGINT NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `wf_status` VARCHAR(64) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `reference_number` VARCHAR(140),
  `description` VARCHAR(255),
  `executing_department` VARCHAR(64) NOT NULL,
  `additional_details` JSON,
  `created_by` VARCHAR(256) NOT NULL,
  `last_modified_by` VARCHAR(256),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  `revision_number` VARCHAR(64),
  `version_number` BIGINT,
  `old_uuid` VARCHAR(256),
  `business_service` VARCHAR(64),
  PRIMARY KEY (`id`)
);

CREATE TABLE `eg_wms_estimate_address` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64),
  `estimate_id` VARCHAR(256) NOT NULL,
  `latitude` DECIMAL(30,10),
  `longitude` DECIMAL(30,10),
  `address_number` VARCHAR(255),
  `address_line_1` VARCHAR(255),
  `address_line_2` VARCHAR(255),
  `landmark` VARCHAR(255),
  `city` VARCHAR(256),
  `pin_code` VARCHAR(30),
  `detail` VARCHAR(256),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_estimate_address` FOREIGN KEY (`estimate_id`) REFERENCES `eg_wms_estimate` (`id`)
);

CREATE TABLE `eg_wms_estimate_detail` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `estimate_id` VARCHAR(256) NOT NULL,
  `sor_id` VARCHAR(256),
  `category` VARCHAR(256),
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `unit_rate` DECIMAL(30,10),
  `no_of_unit` DECIMAL(30,10),
  `uom` VARCHAR(256),
  `uom_value` DECIMAL(30,10),
  `additional_details` JSON,
  `is_active` TINYINT(1),
  `length` DECIMAL(30,10),
  `width` DECIMAL(30,10),
  `height` DECIMAL(30,10),
  `quantity` DECIMAL(30,10),
  `is_deduction` TINYINT(1),
  `old_uuid` VARCHAR(256),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_estimate_detail` FOREIGN KEY (`estimate_id`) REFERENCES `eg_wms_estimate` (`id`)
);

CREATE TABLE `eg_wms_estimate_amount_detail` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `estimate_detail_id` VARCHAR(256) NOT NULL,
  `type` VARCHAR(140),
  `amount` DECIMAL(30,10) NOT NULL,
  `additional_details` JSON,
  `is_active` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wms_estimate_amount_detail` FOREIGN KEY (`estimate_detail_id`) REFERENCES `eg_wms_estimate_detail` (`id`)
);

CREATE TABLE `eg_wms_face_auth_event` (
  `id` VARCHAR(256) NOT NULL,
  `clientreferenceid` VARCHAR(256),
  `tenantid` VARCHAR(256) NOT NULL,
  `individual_id` VARCHAR(256) NOT NULL,
  `device_id` VARCHAR(256),
  `event_type` VARCHAR(64) NOT NULL,
  `outcome` VARCHAR(64) NOT NULL,
  `confidence` DECIMAL(5,4),
  `latitude` DECIMAL(10,7),
  `longitude` DECIMAL(10,7),
  `location_accuracy` DECIMAL(10,3),
  `event_timestamp` DECIMAL(20,0),
  `failed_attempt_count` INT,
  `popup_time` DECIMAL(20,0),
  `response_time` DECIMAL(20,0),
  `response_type` VARCHAR(64),
  `face_image` TEXT,
  `anomaly_flags` VARCHAR(512),
  `project_id` VARCHAR(256),
  `boundary_code` VARCHAR(256),
  `additionaldetails` JSON,
  `createdby` VARCHAR(256) NOT NULL,
  `lastmodifiedby` VARCHAR(256),
  `createdtime` BIGINT NOT NULL,
  `lastmodifiedtime` BIGINT,
  `clientcreatedby` VARCHAR(256),
  `clientlastmodifiedby` VARCHAR(256),
  `clientcreatedtime` BIGINT,
  `clientlastmodifiedtime` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `eg_wms_muster_roll_report` (
  `id` VARCHAR(256) NOT NULL,
  `muster_roll_id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `report_type` VARCHAR(128) NOT NULL,
  `report_format` VARCHAR(128) NOT NULL,
  `report_status` VARCHAR(64) NOT NULL,
  `file_store_id` VARCHAR(256),
  `generated_at` BIGINT NOT NULL,
  `error_message` TEXT,
  `created_by` VARCHAR(256) NOT NULL,
  `last_modified_by` VARCHAR(256),
  `created_time` BIGINT NOT NULL,
  `last_modified_time` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_muster_roll_report` (`muster_roll_id`, `report_type`, `report_format`),
  CONSTRAINT `fk_muster_roll_report` FOREIGN KEY (`muster_roll_id`) REFERENCES `eg_wms_muster_roll` (`id`)
);

CREATE TABLE `job_report` (
  `id` VARCHAR(256) NOT NULL,
  `tenant_id` VARCHAR(64) NOT NULL,
  `report_number` VARCHAR(128),
  `report_name` VARCHAR(140),
  `no_of_projects` INT,
  `status` VARCHAR(64),
  `request_payload` JSON,
  `additional_details` JSON,
  `file_store_id` VARCHAR(256),
  `created_by` VARCHAR(256) NOT NULL,
  `last_modified_by` VARCHAR(256),
  `created_time` BIGINT,
  `last_modified_time` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_job_report` (`report_number`)
);


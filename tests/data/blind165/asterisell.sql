-- Asterisell v5 (VoIP call rating and billing), github.com/massimo-zaniboni/asterisell-v5 data/sql/lib.model.schema.sql
-- (the MySQL DDL Propel generates from config/schema.yml), commit 08af9dbaea8801e94eaabbe67bb5d5c9eed2b592 (GPL-3.0).
-- 38 of its 87 tables; ENGINE=TokuDB ROW_FORMAT=TOKUDB_SNAPPY replaced by ENGINE=InnoDB, tables ordered so that every
-- foreign key points at an earlier table (upstream loads with SET FOREIGN_KEY_CHECKS = 0; the one foreign key closing
-- the report / report set / report scheduler cycle is added by ALTER TABLE at the end), foreign keys to tables left
-- out dropped.

CREATE TABLE `ar_cdr`
(
	`calldate` DATETIME  NOT NULL,
	`id` INTEGER default 0 NOT NULL,
	`is_service_cdr` TINYINT default 0 NOT NULL,
	`to_calldate` DATETIME,
	`count_of_calls` INTEGER default 1 NOT NULL,
	`destination_type` SMALLINT default 0 NOT NULL,
	`is_redirect` TINYINT default 0 NOT NULL,
	`duration` INTEGER default 0 NOT NULL,
	`billsec` INTEGER default 0 NOT NULL,
	`ar_organization_unit_id` INTEGER,
	`cached_parent_id_hierarchy` VARBINARY(850),
	`billable_ar_organization_unit_id` INTEGER,
	`bundle_ar_organization_unit_id` INTEGER,
	`income` BIGINT,
	`cost_saving` BIGINT,
	`ar_vendor_id` INTEGER,
	`ar_communication_channel_type_id` INTEGER,
	`cost` BIGINT,
	`expected_cost` BIGINT,
	`ar_telephone_prefix_id` INTEGER,
	`cached_external_telephone_number` VARCHAR(1024),
	`external_telephone_number_with_applied_portability` VARCHAR(1024),
	`cached_masked_external_telephone_number` VARCHAR(1024),
	`error_destination_type` SMALLINT default 0 NOT NULL,
	`ar_problem_duplication_key` VARCHAR(255),
	`debug_cost_rate` VARCHAR(512),
	`debug_income_rate` VARCHAR(512),
	`imported_info` VARCHAR(4096),
	`exported_internal_telephone_number` VARCHAR(1024)  NOT NULL,
	`exported_billable_customer_ar_party_id` INTEGER,
	`from_source_cdr_id` INTEGER,
	PRIMARY KEY (`calldate`,`id`,`is_service_cdr`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_destination_type`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_id` SMALLINT,
	`name` VARCHAR(1024),
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_number_portability`
(
	`telephone_number` VARCHAR(255)  NOT NULL,
	`from_date` DATETIME  NOT NULL,
	`ported_telephone_number` VARCHAR(255)  NOT NULL,
	PRIMARY KEY (`telephone_number`,`from_date`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_reseller`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(255),
	`name` VARCHAR(1204)  NOT NULL,
	`note` VARCHAR(2048),
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_reseller_U_1` (`internal_name`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_party`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`name` VARCHAR(255),
	`compact_name` VARCHAR(255),
	`note` VARCHAR(1024),
	`external_crm_code` VARCHAR(255),
	`contract_number` VARCHAR(255),
	`vat` VARCHAR(255),
	`legal_registration_number` VARCHAR(255),
	`is_billable` TINYINT default 0 NOT NULL,
	`legal_address` VARCHAR(255),
	`legal_city` VARCHAR(255),
	`legal_zipcode` VARCHAR(255),
	`legal_state_province` VARCHAR(255),
	`legal_country` VARCHAR(255),
	`email` VARCHAR(255),
	`contact_name` VARCHAR(255),
	`phone` VARCHAR(255),
	`phone2` VARCHAR(255),
	`fax` VARCHAR(255),
	`web_site` VARCHAR(120),
	`max_limit_30` BIGINT,
	`last_email_advise_for_max_limit_30` DATETIME,
	`is_active` TINYINT default 1 NOT NULL,
	`ar_reseller_id` INTEGER,
	`migration_field_for_telephone` VARCHAR(255),
	`migration_field_for_adsl` VARCHAR(255),
	`payment_iban` VARCHAR(255),
	`payment_bic` VARCHAR(255),
	`payment_sepa` VARCHAR(255),
	`payment_info` VARCHAR(255),
	PRIMARY KEY (`id`),
	KEY `ar_party_I_1`(`is_billable`),
	KEY `ar_party_I_2`(`is_active`),
	INDEX `ar_party_FI_1` (`ar_reseller_id`),
	CONSTRAINT `ar_party_FK_1`
			FOREIGN KEY (`ar_reseller_id`)
			REFERENCES `ar_reseller` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_tag`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(255)  NOT NULL,
	`note_for_admin` VARCHAR(1024),
	`name_for_customer` VARCHAR(512) default '' NOT NULL,
	`note_for_customer` VARCHAR(1204) default '' NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_tag_U_1` (`internal_name`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_party_has_tag`
(
	`ar_party_id` INTEGER  NOT NULL,
	`ar_tag_id` INTEGER  NOT NULL,
	PRIMARY KEY (`ar_party_id`,`ar_tag_id`),
	CONSTRAINT `ar_party_has_tag_FK_1`
			FOREIGN KEY (`ar_party_id`)
			REFERENCES `ar_party` (`id`)
			ON DELETE CASCADE,
	INDEX `ar_party_has_tag_FI_2` (`ar_tag_id`),
	CONSTRAINT `ar_party_has_tag_FK_2`
			FOREIGN KEY (`ar_tag_id`)
			REFERENCES `ar_tag` (`id`)
			ON DELETE CASCADE
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_params`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`name` VARCHAR(255),
	`is_default` TINYINT,
	`service_name` VARCHAR(255),
	`service_provider_website` VARCHAR(255),
	`service_provider_email` VARCHAR(255),
	`vat_tax_perc` INTEGER default 0 NOT NULL,
	`logo_image` VARCHAR(255),
	`slogan` VARCHAR(1024),
	`logo_image_in_invoices` VARCHAR(255),
	`footer` VARCHAR(255),
	`user_message` VARCHAR(255),
	`legal_name` VARCHAR(255),
	`external_crm_code` VARCHAR(255),
	`vat` VARCHAR(255),
	`legal_address` VARCHAR(255),
	`legal_website` VARCHAR(255),
	`legal_city` VARCHAR(255),
	`legal_zipcode` VARCHAR(255),
	`legal_state_province` VARCHAR(255),
	`legal_country` VARCHAR(255),
	`legal_email` VARCHAR(255),
	`legal_phone` VARCHAR(255),
	`phone2` VARCHAR(255),
	`legal_fax` VARCHAR(255),
	`invoice_notes` VARCHAR(255),
	`invoice_payment_terms` VARCHAR(2048),
	`invoice_payment_due_in_xx_days` INTEGER(4),
	`sender_name_on_invoicing_emails` VARCHAR(255),
	`invoicing_email_address` VARCHAR(255),
	`logo_html_color` VARCHAR(12),
	`html_notes_on_the_login_form` VARCHAR(2048),
	`official_calldate` DATETIME,
	`scheduled_rerate_from_official_calldate` TINYINT default 0 NOT NULL,
	`new_imported_cdrs_from_calldate` DATETIME,
	`scheduled_rerate_from_specific_calldate` DATETIME,
	`current_count_of_rerating_failed_attempts` INTEGER default 0 NOT NULL,
	`current_rerating_event_is_running` TINYINT default 0 NOT NULL,
	`should_reschedule_rerate_from_official_calldate` TINYINT default 0 NOT NULL,
	`wait_for_scheduled_rerate` TINYINT default 1 NOT NULL,
	`clean_error_table` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_rate_category`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(255)  NOT NULL,
	`short_description` TEXT,
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_rate_category_U_1` (`internal_name`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_vendor`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(200),
	`ar_party_id` INTEGER,
	`is_internal` TINYINT default 0 NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_vendor_U_1` (`internal_name`),
	INDEX `ar_vendor_FI_1` (`ar_party_id`),
	CONSTRAINT `ar_vendor_FK_1`
			FOREIGN KEY (`ar_party_id`)
			REFERENCES `ar_party` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_rate`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`ar_vendor_id` INTEGER,
	`ar_rate_format_id` INTEGER,
	`from_time` DATETIME  NOT NULL,
	`internal_name` VARCHAR(512),
	`ar_rate_id` INTEGER,
	`short_description` VARCHAR(1024),
	`note` TEXT,
	`is_exported_to_resellers` TINYINT default 0 NOT NULL,
	`was_compiled` TINYINT default 0 NOT NULL,
	`source_data_file` LONGBLOB,
	`backup_source_data_file` LONGBLOB,
	`html_description` LONGBLOB,
	PRIMARY KEY (`id`),
	KEY `ar_rate_I_1`(`from_time`),
	KEY `ar_rate_I_2`(`internal_name`),
	KEY `ar_rate_I_3`(`is_exported_to_resellers`),
	KEY `ar_rate_I_4`(`was_compiled`),
	INDEX `ar_rate_FI_1` (`ar_vendor_id`),
	CONSTRAINT `ar_rate_FK_1`
			FOREIGN KEY (`ar_vendor_id`)
			REFERENCES `ar_vendor` (`id`),
	INDEX `ar_rate_FI_2` (`ar_rate_format_id`),
	INDEX `ar_rate_FI_3` (`ar_rate_id`),
	CONSTRAINT `ar_rate_FK_3`
			FOREIGN KEY (`ar_rate_id`)
			REFERENCES `ar_rate` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_telephone_prefix`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`prefix` VARCHAR(255)  NOT NULL,
	`match_only_numbers_with_n_digits` INTEGER,
	`name` VARCHAR(1024),
	`geographic_location` VARCHAR(255),
	`operator_type` VARCHAR(255),
	`display_priority_level` INTEGER default 0 NOT NULL,
	`rating_code` VARCHAR(255) default '' NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_telephone_prefix_U_1` (`prefix`),
	KEY `ar_telephone_prefix_I_1`(`operator_type`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_organization_unit`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(200),
	`internal_name2` VARCHAR(200),
	`internal_checksum1` VARCHAR(200),
	`internal_checksum2` VARCHAR(200),
	`internal_checksum3` VARCHAR(200),
	`internal_checksum4` VARCHAR(200),
	`internal_checksum5` VARCHAR(200),
	`export_code` VARCHAR(200),
	`automatically_managed_from` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_organization_unit_U_1` (`internal_name`),
	UNIQUE KEY `ar_organization_unit_U_2` (`internal_name2`),
	UNIQUE KEY `ar_organization_unit_U_3` (`export_code`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_organization_unit_type`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`name` VARCHAR(200)  NOT NULL,
	`short_code` VARCHAR(255),
	`internal_name` VARCHAR(200),
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_organization_unit_type_U_1` (`name`),
	UNIQUE KEY `ar_organization_unit_type_U_2` (`internal_name`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_organization_unit_has_structure`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`ar_organization_unit_id` INTEGER,
	`ar_organization_unit_type_id` INTEGER,
	`ar_parent_organization_unit_id` INTEGER,
	`from` DATETIME  NOT NULL,
	`exists` TINYINT default 1 NOT NULL,
	`ar_rate_category_id` INTEGER,
	`ar_party_id` INTEGER,
	`extension_codes` VARCHAR(5024),
	`extension_name` VARCHAR(1024),
	`extension_user_code` VARCHAR(1024),
	PRIMARY KEY (`id`),
	UNIQUE KEY `avoid_conflicting_changes_on_the_same_date` (`ar_organization_unit_id`, `from`),
	KEY `ar_organization_unit_has_structure_I_1`(`from`),
	CONSTRAINT `ar_organization_unit_has_structure_FK_1`
			FOREIGN KEY (`ar_organization_unit_id`)
			REFERENCES `ar_organization_unit` (`id`),
	INDEX `ar_organization_unit_has_structure_FI_2` (`ar_organization_unit_type_id`),
	CONSTRAINT `ar_organization_unit_has_structure_FK_2`
			FOREIGN KEY (`ar_organization_unit_type_id`)
			REFERENCES `ar_organization_unit_type` (`id`),
	INDEX `ar_organization_unit_has_structure_FI_3` (`ar_parent_organization_unit_id`),
	CONSTRAINT `ar_organization_unit_has_structure_FK_3`
			FOREIGN KEY (`ar_parent_organization_unit_id`)
			REFERENCES `ar_organization_unit` (`id`),
	INDEX `ar_organization_unit_has_structure_FI_4` (`ar_rate_category_id`),
	CONSTRAINT `ar_organization_unit_has_structure_FK_4`
			FOREIGN KEY (`ar_rate_category_id`)
			REFERENCES `ar_rate_category` (`id`),
	INDEX `ar_organization_unit_has_structure_FI_5` (`ar_party_id`),
	CONSTRAINT `ar_organization_unit_has_structure_FK_5`
			FOREIGN KEY (`ar_party_id`)
			REFERENCES `ar_party` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_expanded_extensions`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`ar_organization_unit_id` INTEGER,
	`extension_code` VARCHAR(5024)  NOT NULL,
	PRIMARY KEY (`id`),
	INDEX `ar_expanded_extensions_FI_1` (`ar_organization_unit_id`),
	CONSTRAINT `ar_expanded_extensions_FK_1`
			FOREIGN KEY (`ar_organization_unit_id`)
			REFERENCES `ar_organization_unit` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_communication_channel_type`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`name` VARCHAR(255)  NOT NULL,
	`description` VARCHAR(2048),
	`internal_name` VARCHAR(200),
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_communication_channel_type_U_1` (`name`),
	UNIQUE KEY `ar_communication_channel_type_U_2` (`internal_name`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_vendor_domain`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(200),
	`ar_vendor_id` INTEGER,
	`ar_communication_channel_type_id` INTEGER,
	`domain` VARCHAR(255)  NOT NULL,
	`is_prefix` TINYINT default 0 NOT NULL,
	`is_suffix` TINYINT default 0 NOT NULL,
	`from` DATETIME  NOT NULL,
	`to` DATETIME,
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_vendor_domain_U_1` (`internal_name`),
	UNIQUE KEY `ar_vendor_domain_U_2` (`domain`),
	INDEX `ar_vendor_domain_FI_1` (`ar_vendor_id`),
	CONSTRAINT `ar_vendor_domain_FK_1`
			FOREIGN KEY (`ar_vendor_id`)
			REFERENCES `ar_vendor` (`id`),
	INDEX `ar_vendor_domain_FI_2` (`ar_communication_channel_type_id`),
	CONSTRAINT `ar_vendor_domain_FK_2`
			FOREIGN KEY (`ar_communication_channel_type_id`)
			REFERENCES `ar_communication_channel_type` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_user`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`ar_party_id` INTEGER,
	`ar_organization_unit_id` INTEGER,
	`login` VARCHAR(255)  NOT NULL,
	`password` VARCHAR(1024),
	`clear_password_to_import` VARCHAR(255),
	`is_enabled` TINYINT default 1 NOT NULL,
	`is_root_admin` TINYINT default 0 NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_user_U_1` (`login`),
	KEY `ar_user_I_1`(`clear_password_to_import`),
	INDEX `ar_user_FI_1` (`ar_party_id`),
	CONSTRAINT `ar_user_FK_1`
			FOREIGN KEY (`ar_party_id`)
			REFERENCES `ar_party` (`id`),
	INDEX `ar_user_FI_2` (`ar_organization_unit_id`),
	CONSTRAINT `ar_user_FK_2`
			FOREIGN KEY (`ar_organization_unit_id`)
			REFERENCES `ar_organization_unit` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_user_change_password_request`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`ar_user_id` INTEGER,
	`at_date` DATETIME  NOT NULL,
	`old_password` VARCHAR(1024),
	`new_password` VARCHAR(1024),
	`is_processed` TINYINT default 0 NOT NULL,
	PRIMARY KEY (`id`),
	KEY `ar_user_change_password_request_I_1`(`is_processed`),
	INDEX `ar_user_change_password_request_FI_1` (`ar_user_id`),
	CONSTRAINT `ar_user_change_password_request_FK_1`
			FOREIGN KEY (`ar_user_id`)
			REFERENCES `ar_user` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_role`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`name` VARCHAR(1024),
	`power` INTEGER(5)  NOT NULL,
	`description` TEXT,
	`internal_name` VARCHAR(200),
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_role_U_1` (`internal_name`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_user_has_role`
(
	`ar_user_id` INTEGER,
	`ar_role_id` INTEGER,
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	PRIMARY KEY (`id`),
	INDEX `ar_user_has_role_FI_1` (`ar_user_id`),
	CONSTRAINT `ar_user_has_role_FK_1`
			FOREIGN KEY (`ar_user_id`)
			REFERENCES `ar_user` (`id`)
			ON DELETE CASCADE,
	INDEX `ar_user_has_role_FI_2` (`ar_role_id`),
	CONSTRAINT `ar_user_has_role_FK_2`
			FOREIGN KEY (`ar_role_id`)
			REFERENCES `ar_role` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_permission`
(
	`id` INTEGER  NOT NULL,
	`name` VARCHAR(1024),
	`description` TEXT,
	`power` INTEGER  NOT NULL,
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_report_scheduler`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`is_active` TINYINT,
	`last_execution_date` DATETIME,
	`last_from_date` DATETIME,
	`last_to_date` DATETIME,
	`ar_report_id` INTEGER,
	`ar_organization_unit_id` INTEGER,
	`short_description` VARCHAR(2048),
	`additional_description` VARCHAR(2048),
	`note` VARCHAR(2048),
	`produced_report_must_be_reviewed` TINYINT default 1 NOT NULL,
	`ar_report_generation_id` INTEGER,
	`schedule_every_x_days` INTEGER,
	`schedule_every_x_months` INTEGER,
	`start_generation_after_x_hours` INTEGER default 2 NOT NULL,
	`internal_name` VARCHAR(512),
	`ar_legal_date_generation_method_id` INTEGER,
	`days_to_add_to_legal_date_generation_method` INTEGER,
	`is_yearly_legal_numeration` TINYINT,
	`generate_only_if_there_is_cost` TINYINT default 0 NOT NULL,
	`minimum_cost` BIGINT,
	`send_compact_report_list_to_accountant` TINYINT default 0 NOT NULL,
	PRIMARY KEY (`id`),
	KEY `ar_report_scheduler_I_1`(`internal_name`),
	INDEX `ar_report_scheduler_FI_1` (`ar_report_id`),
	INDEX `ar_report_scheduler_FI_2` (`ar_organization_unit_id`),
	CONSTRAINT `ar_report_scheduler_FK_2`
			FOREIGN KEY (`ar_organization_unit_id`)
			REFERENCES `ar_organization_unit` (`id`),
	INDEX `ar_report_scheduler_FI_3` (`ar_report_generation_id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_report_set`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`ar_report_scheduler_id` INTEGER,
	`from_date` DATETIME  NOT NULL,
	`to_date` DATETIME  NOT NULL,
	`must_be_reviewed` TINYINT default 1 NOT NULL,
	`postponed_fields_are_updated` TINYINT default 1 NOT NULL,
	`postponed_reports` INTEGER default 0 NOT NULL,
	`postponed_amount` BIGINT default 0 NOT NULL,
	`reports` INTEGER default 0 NOT NULL,
	`amount` BIGINT default 0 NOT NULL,
	PRIMARY KEY (`id`),
	KEY `ar_report_set_I_1`(`from_date`),
	KEY `ar_report_set_I_2`(`to_date`),
	KEY `ar_report_set_I_3`(`must_be_reviewed`),
	INDEX `ar_report_set_FI_1` (`ar_report_scheduler_id`),
	CONSTRAINT `ar_report_set_FK_1`
			FOREIGN KEY (`ar_report_scheduler_id`)
			REFERENCES `ar_report_scheduler` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_report`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`is_template` TINYINT default 0 NOT NULL,
	`ar_report_set_id` INTEGER,
	`about_ar_report_set_id` INTEGER,
	`ar_organization_unit_id` INTEGER,
	`ar_user_id` INTEGER,
	`ar_vendor_id` INTEGER,
	`ar_tag_id` INTEGER,
	`from_date` DATETIME,
	`to_date` DATETIME,
	`param_show_masked_telephone_numbers` TINYINT default 1 NOT NULL,
	`param_show_call_cost` TINYINT default 0 NOT NULL,
	`param_show_call_income` TINYINT default 0 NOT NULL,
	`param_show_also_outgoing_calls` TINYINT default 0 NOT NULL,
	`param_show_also_system_calls` TINYINT default 0 NOT NULL,
	`param_show_also_incoming_calls` TINYINT default 0 NOT NULL,
	`param_show_also_internal_calls` TINYINT default 0 NOT NULL,
	`param_show_call_details` TINYINT default 0 NOT NULL,
	`param_show_voip_provider` TINYINT default 0 NOT NULL,
	`param_show_communication_channel` TINYINT default 0 NOT NULL,
	`param_show_geographic_location` TINYINT default 0 NOT NULL,
	`param_show_connection_type` TINYINT default 0 NOT NULL,
	`param_show_cost_saving` TINYINT default 0 NOT NULL,
	`param_is_legal` TINYINT default 0 NOT NULL,
	`param_expand_to_level` INTEGER(4) default 0 NOT NULL,
	`ar_report_order_of_children_id` INTEGER,
	`php_class_name` VARCHAR(1024),
	`produced_report_generation_date` DATETIME,
	`report_name` VARCHAR(1024),
	`produced_report_short_description` VARCHAR(512),
	`produced_report_additional_description` VARCHAR(1024),
	`produced_report_already_reviewed` TINYINT default 0 NOT NULL,
	`produced_report_is_draft` TINYINT default 0 NOT NULL,
	`produced_report_must_be_regenerated` TINYINT default 0 NOT NULL,
	`produced_report_mime_type` VARCHAR(128) default 'application/pdf' NOT NULL,
	`produced_report_file_type_suffix` VARCHAR(25) default 'pdf' NOT NULL,
	`produced_report_document` LONGBLOB,
	`produced_report_document_checksum` VARCHAR(1024),
	`report_mail_subject` VARCHAR(512),
	`report_mail_body` VARCHAR(2048),
	`report_attachment_file_name` VARCHAR(255),
	`report_attachment_file_name_add_report_date` TINYINT default 0 NOT NULL,
	`internal_name` VARCHAR(512),
	`cached_parent_id_hierarchy` VARBINARY(850),
	`legal_nr_prefix` VARCHAR(80) default '' NOT NULL,
	`legal_consecutive_nr` INTEGER,
	`legal_date` DATE,
	`legal_sender_name` VARCHAR(255),
	`legal_sender_vat` VARCHAR(255),
	`legal_sender_address` VARCHAR(1024),
	`legal_receiver_name` VARCHAR(255),
	`legal_receiver_vat` VARCHAR(255),
	`legal_receiver_address` VARCHAR(1024),
	`total_without_tax` BIGINT default 0 NOT NULL,
	`tax` BIGINT default 0 NOT NULL,
	`applied_vat` BIGINT default 0 NOT NULL,
	`total_with_tax` BIGINT default 0 NOT NULL,
	PRIMARY KEY (`id`),
	KEY `ar_report_I_1`(`is_template`),
	KEY `ar_report_I_2`(`from_date`),
	KEY `ar_report_I_3`(`to_date`),
	KEY `ar_report_I_4`(`produced_report_generation_date`),
	KEY `ar_report_I_5`(`produced_report_already_reviewed`),
	KEY `ar_report_I_6`(`produced_report_is_draft`),
	KEY `ar_report_I_7`(`internal_name`),
	KEY `ar_report_I_8`(`cached_parent_id_hierarchy`),
	KEY `ar_report_I_9`(`legal_nr_prefix`),
	KEY `ar_report_I_10`(`legal_date`),
	INDEX `ar_report_FI_1` (`ar_report_set_id`),
	CONSTRAINT `ar_report_FK_1`
			FOREIGN KEY (`ar_report_set_id`)
			REFERENCES `ar_report_set` (`id`)
			ON DELETE CASCADE,
	INDEX `ar_report_FI_2` (`about_ar_report_set_id`),
	CONSTRAINT `ar_report_FK_2`
			FOREIGN KEY (`about_ar_report_set_id`)
			REFERENCES `ar_report_set` (`id`)
			ON DELETE CASCADE,
	INDEX `ar_report_FI_3` (`ar_organization_unit_id`),
	CONSTRAINT `ar_report_FK_3`
			FOREIGN KEY (`ar_organization_unit_id`)
			REFERENCES `ar_organization_unit` (`id`),
	INDEX `ar_report_FI_4` (`ar_user_id`),
	CONSTRAINT `ar_report_FK_4`
			FOREIGN KEY (`ar_user_id`)
			REFERENCES `ar_user` (`id`),
	INDEX `ar_report_FI_5` (`ar_vendor_id`),
	CONSTRAINT `ar_report_FK_5`
			FOREIGN KEY (`ar_vendor_id`)
			REFERENCES `ar_vendor` (`id`),
	INDEX `ar_report_FI_6` (`ar_tag_id`),
	CONSTRAINT `ar_report_FK_6`
			FOREIGN KEY (`ar_tag_id`)
			REFERENCES `ar_tag` (`id`),
	INDEX `ar_report_FI_7` (`ar_report_order_of_children_id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_report_to_read`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`ar_report_id` INTEGER  NOT NULL,
	`ar_user_id` INTEGER,
	`seen_or_received_from_user` TINYINT default 0 NOT NULL,
	`must_be_sent_to_email` TINYINT default 0 NOT NULL,
	`sent_to_email_at_date` DATETIME,
	PRIMARY KEY (`id`),
	KEY `ar_report_to_read_queue_for_online_index`(`seen_or_received_from_user`, `ar_user_id`),
	KEY `ar_report_to_read_queue_for_email_index`(`must_be_sent_to_email`, `ar_user_id`),
	INDEX `ar_report_to_read_FI_1` (`ar_report_id`),
	CONSTRAINT `ar_report_to_read_FK_1`
			FOREIGN KEY (`ar_report_id`)
			REFERENCES `ar_report` (`id`)
			ON DELETE CASCADE,
	INDEX `ar_report_to_read_FI_2` (`ar_user_id`),
	CONSTRAINT `ar_report_to_read_FK_2`
			FOREIGN KEY (`ar_user_id`)
			REFERENCES `ar_user` (`id`)
			ON DELETE CASCADE
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_current_problem`
(
	`duplication_key` VARCHAR(255)  NOT NULL,
	`ar_problem_type_id` INTEGER,
	`ar_problem_domain_id` INTEGER,
	`ar_problem_responsible_id` INTEGER,
	`created_at` DATETIME,
	`garbage_collection_key` VARCHAR(1024),
	`garbage_collection_from` DATETIME,
	`garbage_collection_to` DATETIME,
	`description` TEXT,
	`effect` TEXT,
	`proposed_solution` TEXT,
	`signaled_to_admin` TINYINT default 0 NOT NULL,
	`count_of_cdrs` BIGINT default 0 NOT NULL,
	PRIMARY KEY (`duplication_key`),
	INDEX `ar_current_problem_FI_1` (`ar_problem_type_id`),
	INDEX `ar_current_problem_FI_2` (`ar_problem_domain_id`),
	INDEX `ar_current_problem_FI_3` (`ar_problem_responsible_id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_cdr_provider`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(255),
	`description` VARCHAR(2048),
	`last_imported_id` BIGINT,
	`last_imported_data` VARCHAR(2048),
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_cdr_provider_U_1` (`internal_name`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_source_cdr`
(
	`calldate` DATETIME  NOT NULL,
	`id` INTEGER  NOT NULL,
	`ar_cdr_provider_id` INTEGER  NOT NULL,
	`ar_physical_format_id` INTEGER  NOT NULL,
	`content` VARCHAR(10000),
	`is_hacked` TINYINT default 0 NOT NULL,
	PRIMARY KEY (`calldate`,`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_extension_to_pincode`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`extension` VARCHAR(255)  NOT NULL,
	`pincode` VARCHAR(255)  NOT NULL,
	`from_date` DATETIME  NOT NULL,
	PRIMARY KEY (`id`),
	KEY `ar_extension_to_pincode_I_1`(`extension`),
	KEY `ar_extension_to_pincode_I_2`(`pincode`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_service`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(255),
	`customer_name` VARCHAR(255),
	`customer_description` VARCHAR(2048),
	`vendor_name` VARCHAR(255),
	`vendor_description` VARCHAR(2048),
	`external_crm_code` VARCHAR(255),
	`customer_price_depend_from_activation_date` TINYINT default 0 NOT NULL,
	`customer_price_change_with_price_list` TINYINT default 0 NOT NULL,
	`is_enabled` TINYINT default 1 NOT NULL,
	`is_applied_only_one_time` TINYINT default 0 NOT NULL,
	`schedule_timeframe` VARCHAR(255),
	`was_compiled` TINYINT default 0 NOT NULL,
	`schedule_from` VARCHAR(255),
	`schedule_at` TIME default '00:00:00',
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_service_U_1` (`internal_name`),
	KEY `ar_service_I_1`(`was_compiled`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_service_price`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(255),
	`ar_service_id` INTEGER  NOT NULL,
	`from_date` DATETIME  NOT NULL,
	`price` BIGINT  NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_service_price_U_1` (`internal_name`),
	KEY `ar_service_price_I_1`(`from_date`),
	INDEX `ar_service_price_FI_1` (`ar_service_id`),
	CONSTRAINT `ar_service_price_FK_1`
			FOREIGN KEY (`ar_service_id`)
			REFERENCES `ar_service` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_assigned_service`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(255),
	`external_crm_code` VARCHAR(255),
	`from_date` DATETIME  NOT NULL,
	`ar_service_id` INTEGER  NOT NULL,
	`ar_organization_unit_id` INTEGER  NOT NULL,
	`nr_of_items` BIGINT,
	`discount` BIGINT  NOT NULL,
	`note` VARCHAR(1024),
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_assigned_service_U_1` (`internal_name`),
	KEY `ar_assigned_service_I_1`(`from_date`),
	INDEX `ar_assigned_service_FI_1` (`ar_service_id`),
	CONSTRAINT `ar_assigned_service_FK_1`
			FOREIGN KEY (`ar_service_id`)
			REFERENCES `ar_service` (`id`),
	INDEX `ar_assigned_service_FI_2` (`ar_organization_unit_id`),
	CONSTRAINT `ar_assigned_service_FK_2`
			FOREIGN KEY (`ar_organization_unit_id`)
			REFERENCES `ar_organization_unit` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_wholesale_carrier`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`internal_name` VARCHAR(255),
	`note` VARCHAR(1024),
	PRIMARY KEY (`id`),
	UNIQUE KEY `ar_wholesale_carrier_U_1` (`internal_name`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_wholesale_number`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`telephone_number` VARCHAR(255)  NOT NULL,
	`from_date` DATETIME  NOT NULL,
	`exists` TINYINT default 1 NOT NULL,
	`extension_codes` VARCHAR(5024),
	`use_default_extension_codes` TINYINT,
	`ar_reseller_id` INTEGER,
	`ar_wholesale_carrier_id` INTEGER,
	`income_price` BIGINT default 0 NOT NULL,
	`cost_price` BIGINT default 0 NOT NULL,
	`csv_comment` VARCHAR(255),
	`csv_last_date` DATETIME,
	`csv_to_delete` TINYINT default 0 NOT NULL,
	`csv_is_current` TINYINT default 0 NOT NULL,
	PRIMARY KEY (`id`),
	KEY `ar_wholesale_number_I_1`(`from_date`),
	KEY `ar_wholesale_number_I_2`(`use_default_extension_codes`),
	KEY `ar_wholesale_number_I_3`(`csv_last_date`),
	KEY `p1_wholesale_number`(`telephone_number`, `from_date`),
	KEY `p2_wholesale_number`(`csv_last_date`, `ar_reseller_id`, `ar_wholesale_carrier_id`, `telephone_number`),
	KEY `p3_wholesale_number`(`from_date`, `ar_reseller_id`, `ar_wholesale_carrier_id`, `telephone_number`),
	INDEX `ar_wholesale_number_FI_1` (`ar_reseller_id`),
	CONSTRAINT `ar_wholesale_number_FK_1`
			FOREIGN KEY (`ar_reseller_id`)
			REFERENCES `ar_reseller` (`id`),
	INDEX `ar_wholesale_number_FI_2` (`ar_wholesale_carrier_id`),
	CONSTRAINT `ar_wholesale_number_FK_2`
			FOREIGN KEY (`ar_wholesale_carrier_id`)
			REFERENCES `ar_wholesale_carrier` (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_holiday`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`day_of_month` INTEGER,
	`month` INTEGER,
	`year` INTEGER,
	`day_of_week` INTEGER,
	`from_hour` INTEGER,
	`from_minutes` INTEGER,
	`to_hour` INTEGER,
	`to_minutes` INTEGER,
	`peak_code` VARCHAR(255)  NOT NULL,
	`name` VARCHAR(1024),
	PRIMARY KEY (`id`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

CREATE TABLE `ar_job_queue`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`is_part_of` INTEGER,
	`state` INTEGER(1) default 0 NOT NULL,
	`created_at` DATETIME  NOT NULL,
	`start_at` DATETIME,
	`end_at` DATETIME,
	`description` VARCHAR(12000) default '' NOT NULL,
	`php_data_job_serialization` LONGTEXT,
	`internal_name` VARCHAR(512),
	PRIMARY KEY (`id`),
	KEY `ar_job_queue_I_1`(`is_part_of`),
	KEY `ar_job_queue_I_2`(`state`),
	KEY `ar_job_queue_I_3`(`created_at`),
	KEY `ar_job_queue_I_4`(`internal_name`)
)ENGINE=InnoDB DEFAULT CHARACTER SET = utf8mb4, DEFAULT COLLATE = utf8mb4_bin;

ALTER TABLE `ar_report_scheduler` ADD CONSTRAINT `ar_report_scheduler_FK_1` FOREIGN KEY (`ar_report_id`) REFERENCES `ar_report` (`id`);

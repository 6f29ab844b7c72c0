-- Cyclos 3.7.3 (STRO), Hibernate 3 mappings (*.hbm.xml) converted to MySQL DDL; see cyclos.md
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `application` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `version` VARCHAR(10),
  `online` BIT NOT NULL DEFAULT 1,
  `account_status_enabled_since` DATE,
  `password_hash` VARCHAR(1),
  `last_index_rebuilding_time` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `groups` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(1) NOT NULL,
  `status` VARCHAR(1) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` LONGTEXT,
  `max_password_tries` INTEGER,
  `min_password_length` INTEGER,
  `max_password_length` INTEGER,
  `password_policy` VARCHAR(1) NOT NULL,
  `deactivation_number` INTEGER,
  `deactivation_field` INTEGER,
  `password_expiration_number` INTEGER,
  `password_expiration_field` INTEGER,
  `transaction_password` VARCHAR(1),
  `transaction_password_length` INTEGER NOT NULL DEFAULT 4,
  `max_tp_tries` INTEGER NOT NULL,
  `hide_currency_on_pmt` BIT NOT NULL,
  `sms_charge_transfer_type_id` INTEGER,
  `sms_charge_amount` DECIMAL(15,6),
  `sms_free_count` INTEGER DEFAULT 0,
  `sms_additional_charged_count` INTEGER DEFAULT 1,
  `sms_additional_charged_period_number` INTEGER,
  `sms_additional_charged_period_field` INTEGER,
  `sms_show_free_threshold` INTEGER DEFAULT 50,
  `sms_context_class_name` VARCHAR(255),
  `member_max_images_per_member` INTEGER,
  `member_max_ads_per_member` INTEGER,
  `member_max_ad_description_size` INTEGER DEFAULT 2048,
  `member_max_ad_images_per_member` INTEGER DEFAULT 3,
  `member_default_ad_publication_number` INTEGER,
  `member_default_ad_publication_field` INTEGER,
  `member_max_ad_publication_number` INTEGER,
  `member_max_ad_publication_field` INTEGER,
  `member_enable_permanent_ads` BIT DEFAULT 0,
  `member_show_posweb_pmt_dsc` BIT DEFAULT 0,
  `member_external_ad_publication` VARCHAR(1),
  `member_send_password_by_email` BIT DEFAULT 0,
  `member_view_loans_by_group` BIT DEFAULT 0,
  `member_repay_loan_by_group` BIT DEFAULT 0,
  `member_max_scheduling_payments` INTEGER DEFAULT 0,
  `member_max_scheduling_period_number` INTEGER,
  `member_max_scheduling_period_field` INTEGER,
  `min_pin_length` INTEGER,
  `max_pin_length` INTEGER,
  `member_max_pin_tries` INTEGER,
  `member_pin_block_number` INTEGER,
  `member_pin_block_field` INTEGER,
  `member_expire_number` INTEGER,
  `member_expire_field` INTEGER,
  `member_max_pos_scheduling_payments` INTEGER DEFAULT 0,
  `member_number_of_copies` INTEGER DEFAULT 0,
  `member_result_page_size` INTEGER DEFAULT 0,
  `member_allow_make_payment` BIT DEFAULT 0,
  `member_expire_group_id` INTEGER,
  `member_active` BIT DEFAULT 0,
  `initial_group_show` VARCHAR(100),
  `initial_group` BIT DEFAULT 0,
  `member_default_allow_charging_sms` BIT DEFAULT 0,
  `member_default_accept_free_mailing` BIT DEFAULT 0,
  `member_default_accept_paid_mailing` BIT DEFAULT 0,
  `registration_agreement_id` INTEGER,
  `card_type_id` INTEGER,
  `member_id` INTEGER,
  `root_url` VARCHAR(100),
  `login_page_name` VARCHAR(20),
  `container_url` VARCHAR(100),
  PRIMARY KEY (`id`),
  KEY `ix_login_page_name` (`login_page_name`),
  CONSTRAINT `fk_groups_sms_charge_transfer_type_id` FOREIGN KEY (`sms_charge_transfer_type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_groups_member_expire_group_id` FOREIGN KEY (`member_expire_group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_groups_registration_agreement_id` FOREIGN KEY (`registration_agreement_id`) REFERENCES `registration_agreements` (`id`),
  CONSTRAINT `fk_groups_card_type_id` FOREIGN KEY (`card_type_id`) REFERENCES `card_types` (`id`),
  CONSTRAINT `fk_groups_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `permissions` (
  `group_id` INTEGER NOT NULL,
  `permission` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`group_id`, `permission`),
  CONSTRAINT `fk_permissions_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `channels` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `internal_name` VARCHAR(50) NOT NULL,
  `display_name` VARCHAR(100) NOT NULL,
  `credentials` VARCHAR(1) NOT NULL,
  `pmt_req_ws_url` VARCHAR(200),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_channels_internal_name` (`internal_name`)
) ENGINE=InnoDB;

CREATE TABLE `account_types` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(1) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `currency_id` INTEGER NOT NULL,
  `description` LONGTEXT,
  `system_account_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_account_types_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`),
  CONSTRAINT `fk_account_types_system_account_id` FOREIGN KEY (`system_account_id`) REFERENCES `accounts` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `transfer_types` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `from_account_type_id` INTEGER NOT NULL,
  `to_account_type_id` INTEGER NOT NULL,
  `allowed_payment` BIT NOT NULL,
  `allowed_self_payment` BIT NOT NULL,
  `priority` BIT NOT NULL,
  `conciliable` BIT NOT NULL,
  `requires_authorization` BIT NOT NULL,
  `allows_scheduled_payments` BIT NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `confirmation_message` LONGTEXT,
  `max_amount_per_day` DECIMAL(15,6),
  `min_amount` DECIMAL(15,6),
  `reserve_total_on_sched` BIT NOT NULL,
  `allow_cancel_sched` BIT NOT NULL,
  `allow_block_sched` BIT NOT NULL,
  `show_sched_to_dest` BIT NOT NULL,
  `allow_sms_notification` BIT NOT NULL,
  `requires_feedback` BIT NOT NULL,
  `transfer_listener_class` VARCHAR(200),
  `feedback_enabled_since` DATE,
  `feedback_expiration_time_number` INTEGER,
  `feedback_expiration_time_field` INTEGER,
  `feedback_reply_expiration_time_number` INTEGER,
  `feedback_reply_expiration_time_field` INTEGER,
  `default_feedback_comments` LONGTEXT,
  `default_feedback_level` TINYINT,
  `fixed_destination_member_id` INTEGER,
  `tx_hierarchy_visibility` VARCHAR(1),
  `loan_type` VARCHAR(1),
  `loan_repayment_type_id` INTEGER,
  `loan_grant_fee_value` DECIMAL(15,6),
  `loan_grant_fee_type` CHAR(1),
  `loan_grant_fee_type_id` INTEGER,
  `loan_monthly_interest` DECIMAL(15,6),
  `loan_monthly_interest_type_id` INTEGER,
  `loan_expiration_fee_value` DECIMAL(15,6),
  `loan_expiration_fee_type` CHAR(1),
  `loan_expiration_fee_type_id` INTEGER,
  `loan_expiration_daily_interest` DECIMAL(15,6),
  `loan_exp_daily_interest_type_id` INTEGER,
  `loan_repayment_days` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_transfer_types_from_account_type_id` FOREIGN KEY (`from_account_type_id`) REFERENCES `account_types` (`id`),
  CONSTRAINT `fk_transfer_types_to_account_type_id` FOREIGN KEY (`to_account_type_id`) REFERENCES `account_types` (`id`),
  CONSTRAINT `fk_transfer_types_fixed_destination_member_id` FOREIGN KEY (`fixed_destination_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_transfer_types_loan_repayment_type_id` FOREIGN KEY (`loan_repayment_type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_transfer_types_loan_grant_fee_type_id` FOREIGN KEY (`loan_grant_fee_type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_transfer_types_loan_monthly_interest_type_id` FOREIGN KEY (`loan_monthly_interest_type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_transfer_types_loan_expiration_fee_type_id` FOREIGN KEY (`loan_expiration_fee_type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_transfer_types_loan_exp_daily_interest_type_id` FOREIGN KEY (`loan_exp_daily_interest_type_id`) REFERENCES `transfer_types` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `currencies` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `symbol` VARCHAR(20) NOT NULL,
  `pattern` VARCHAR(30) NOT NULL,
  `description` LONGTEXT,
  `a_rate_params_id` INTEGER,
  `d_rate_params_id` INTEGER,
  `i_rate_params_id` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `settings` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(15) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `value` VARCHAR(4096),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_type_name` (`type`, `name`)
) ENGINE=InnoDB;

CREATE TABLE `custom_fields` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(10) NOT NULL,
  `internal_name` VARCHAR(50) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `order_number` SMALLINT NOT NULL,
  `type` VARCHAR(10) NOT NULL,
  `control` VARCHAR(10) NOT NULL,
  `size` VARCHAR(1),
  `val_required` BIT NOT NULL,
  `val_unique` BIT NOT NULL,
  `val_min_length` INTEGER,
  `val_max_length` INTEGER,
  `val_class` VARCHAR(256),
  `all_selected_label` VARCHAR(100),
  `pattern` VARCHAR(100),
  `description` LONGTEXT,
  `parent_id` INTEGER,
  `ad_show_in_search` BIT DEFAULT 0,
  `ad_indexed` BIT DEFAULT 0,
  `ad_visibility` VARCHAR(1),
  `loan_group_show_in_search` BIT DEFAULT 0,
  `member_visibility_access` VARCHAR(1),
  `member_update_access` VARCHAR(1),
  `member_search_access` VARCHAR(1),
  `member_loan_search_access` VARCHAR(1),
  `member_ad_search_access` VARCHAR(1),
  `member_can_hide` BIT DEFAULT 0,
  `member_show_in_print` BIT DEFAULT 0,
  `member_indexing` VARCHAR(1),
  `member_record_type_id` INTEGER,
  `record_show_in_search` BIT DEFAULT 0,
  `record_show_in_list` BIT DEFAULT 0,
  `record_broker_access` VARCHAR(1),
  `member_id` INTEGER,
  `operator_visibility` VARCHAR(1),
  `transfer_type_id` INTEGER,
  `payment_enabled` BIT DEFAULT 1,
  `payment_search_access` VARCHAR(1),
  `payment_list_access` VARCHAR(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_custom_fields_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `custom_fields` (`id`),
  CONSTRAINT `fk_custom_fields_member_record_type_id` FOREIGN KEY (`member_record_type_id`) REFERENCES `member_record_types` (`id`),
  CONSTRAINT `fk_custom_fields_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_custom_fields_transfer_type_id` FOREIGN KEY (`transfer_type_id`) REFERENCES `transfer_types` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `custom_field_possible_values` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `field_id` INTEGER,
  `parent_id` INTEGER,
  `value` VARCHAR(255) NOT NULL,
  `is_enabled` BIT NOT NULL DEFAULT 1,
  `is_default` BIT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_field_value` (`field_id`, `parent_id`, `value`),
  CONSTRAINT `fk_custom_field_possible_values_field_id` FOREIGN KEY (`field_id`) REFERENCES `custom_fields` (`id`),
  CONSTRAINT `fk_custom_field_possible_values_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `custom_field_possible_values` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `member_record_types` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `label` VARCHAR(100) NOT NULL,
  `editable` BIT NOT NULL,
  `show_menu_item` BIT NOT NULL,
  `layout` VARCHAR(1) NOT NULL,
  `description` LONGTEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `registration_agreements` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `contents` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `message_categories` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `card_types` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `card_format_number` VARCHAR(56),
  `default_expiration_number` INTEGER,
  `default_expiration_field` INTEGER,
  `card_security_code` VARCHAR(1),
  `show_card_security_code` BIT NOT NULL DEFAULT 0,
  `ignore_day_in_expiration_date` BIT NOT NULL DEFAULT 0,
  `min_card_security_code_length` INTEGER,
  `max_card_security_code_length` INTEGER,
  `security_code_block_time_number` INTEGER,
  `security_code_block_time_field` INTEGER,
  `max_security_code_tries` INTEGER,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `guarantee_types` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `description` LONGTEXT,
  `model` VARCHAR(2) NOT NULL,
  `authorized_by` VARCHAR(1) NOT NULL,
  `enabled` BIT NOT NULL,
  `pending_guarantee_expiration_number` INTEGER,
  `pending_guarantee_expiration_field` INTEGER,
  `payment_obligation_period_number` INTEGER,
  `payment_obligation_period_field` INTEGER,
  `credit_fee_payer` VARCHAR(1) NOT NULL,
  `issue_fee_payer` VARCHAR(1) NOT NULL,
  `currency_id` INTEGER NOT NULL,
  `credit_fee` DECIMAL(15,6) NOT NULL DEFAULT 0,
  `credit_fee_type` VARCHAR(1) NOT NULL,
  `credit_fee_readonly` BIT NOT NULL,
  `issue_fee` DECIMAL(15,6) NOT NULL DEFAULT 0,
  `issue_fee_type` VARCHAR(1) NOT NULL,
  `issue_fee_readonly` BIT NOT NULL,
  `loan_transfer_type_id` INTEGER NOT NULL,
  `credit_fee_transfer_type_id` INTEGER,
  `issue_fee_transfer_type_id` INTEGER,
  `forward_transfer_type_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_guarantee_types_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`),
  CONSTRAINT `fk_guarantee_types_loan_transfer_type_id` FOREIGN KEY (`loan_transfer_type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_guarantee_types_credit_fee_transfer_type_id` FOREIGN KEY (`credit_fee_transfer_type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_guarantee_types_issue_fee_transfer_type_id` FOREIGN KEY (`issue_fee_transfer_type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_guarantee_types_forward_transfer_type_id` FOREIGN KEY (`forward_transfer_type_id`) REFERENCES `transfer_types` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ad_categories` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `order_index` SMALLINT NOT NULL DEFAULT 0,
  `name` VARCHAR(100) NOT NULL,
  `active` BIT NOT NULL,
  `parent_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ad_categories_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `ad_categories` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `account_fees` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `charge_mode` VARCHAR(2) NOT NULL,
  `run_mode` VARCHAR(1) NOT NULL,
  `payment_direction` VARCHAR(1) NOT NULL,
  `enabled` BIT NOT NULL,
  `amount` DECIMAL(15,6) NOT NULL,
  `account_type_id` INTEGER NOT NULL,
  `invoice_mode` VARCHAR(1),
  `description` LONGTEXT,
  `enabled_since` DATETIME,
  `day` TINYINT,
  `hour` TINYINT,
  `free_base` DECIMAL(15,6),
  `transfer_type_id` INTEGER NOT NULL,
  `recurrence_number` INTEGER,
  `recurrence_field` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_account_fees_account_type_id` FOREIGN KEY (`account_type_id`) REFERENCES `account_types` (`id`),
  CONSTRAINT `fk_account_fees_transfer_type_id` FOREIGN KEY (`transfer_type_id`) REFERENCES `transfer_types` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `external_accounts` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `description` LONGTEXT,
  `member_account_id` INTEGER NOT NULL,
  `system_account_id` INTEGER NOT NULL,
  `file_mapping_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_external_accounts_member_account_id` FOREIGN KEY (`member_account_id`) REFERENCES `account_types` (`id`),
  CONSTRAINT `fk_external_accounts_system_account_id` FOREIGN KEY (`system_account_id`) REFERENCES `account_types` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `service_clients` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `hostname` VARCHAR(100) NOT NULL,
  `address_begin` VARCHAR(100),
  `address_end` VARCHAR(100),
  `username` VARCHAR(100),
  `password` VARCHAR(100),
  `credentials_required` BIT NOT NULL,
  `ignore_registration_validations` BIT NOT NULL,
  `member_id` INTEGER,
  `channel_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_service_clients_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_service_clients_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `members` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(1) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `group_id` INTEGER NOT NULL,
  `email` VARCHAR(100),
  `member_activation_date` DATETIME,
  `hide_email` BIT DEFAULT 0,
  `member_broker_id` INTEGER,
  `member_id` INTEGER,
  PRIMARY KEY (`id`),
  KEY `ix_email` (`email`),
  CONSTRAINT `fk_members_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_members_member_broker_id` FOREIGN KEY (`member_broker_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_members_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `users` (
  `id` INTEGER NOT NULL,
  `subclass` VARCHAR(1) NOT NULL,
  `salt` VARCHAR(32),
  `username` VARCHAR(64) NOT NULL,
  `password` VARCHAR(64),
  `transaction_password` VARCHAR(64),
  `transaction_password_status` VARCHAR(1) NOT NULL,
  `last_login` DATETIME,
  `password_date` DATETIME,
  `password_blocked_until` DATETIME,
  `pin` VARCHAR(64),
  `pin_blocked_until` DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_username` (`username`)
) ENGINE=InnoDB;

CREATE TABLE `pending_members` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `creation_date` DATETIME NOT NULL,
  `group_id` INTEGER NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `salt` VARCHAR(32),
  `username` VARCHAR(64),
  `password` VARCHAR(64),
  `force_change_password` BIT NOT NULL,
  `email` VARCHAR(100) NOT NULL,
  `pin` VARCHAR(64),
  `validation_key` VARCHAR(64) NOT NULL,
  `hide_email` BIT NOT NULL DEFAULT 0,
  `last_email_date` DATETIME,
  `broker_id` INTEGER,
  `registration_agreement_id` INTEGER,
  `registration_agreement_date` DATETIME,
  `member_id` INTEGER,
  `remote_address` VARCHAR(100),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_pending_members_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_pending_members_broker_id` FOREIGN KEY (`broker_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_pending_members_registration_agreement_id` FOREIGN KEY (`registration_agreement_id`) REFERENCES `registration_agreements` (`id`),
  CONSTRAINT `fk_pending_members_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `pending_email_changes` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `creation_date` DATETIME NOT NULL,
  `member_id` INTEGER NOT NULL,
  `by_id` INTEGER,
  `new_email` VARCHAR(100) NOT NULL,
  `validation_key` VARCHAR(64) NOT NULL,
  `last_email_date` DATETIME,
  `remote_address` VARCHAR(100),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_pending_email_changes_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_pending_email_changes_by_id` FOREIGN KEY (`by_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `login_history` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `user_id` INTEGER NOT NULL,
  `date` DATETIME NOT NULL,
  `remote_address` VARCHAR(40) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_login_history_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `password_history` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `user_id` INTEGER NOT NULL,
  `date` DATE NOT NULL,
  `type` VARCHAR(1) NOT NULL,
  `password` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_password_history_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `sessions` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(255) NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `expiration_date` DATETIME NOT NULL,
  `pos_web` BIT,
  `remote_addr` VARCHAR(64) NOT NULL,
  `user_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_sessions_identifier` (`identifier`),
  CONSTRAINT `fk_sessions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `wrong_credential_attempts` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `credential_type` VARCHAR(1),
  `user_id` INTEGER,
  `card_id` INTEGER,
  `member_pos_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_wrong_credential_attempts_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_wrong_credential_attempts_card_id` FOREIGN KEY (`card_id`) REFERENCES `cards` (`id`),
  CONSTRAINT `fk_wrong_credential_attempts_member_pos_id` FOREIGN KEY (`member_pos_id`) REFERENCES `member_pos` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `wrong_username_attempts` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `remote_address` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_wua_remote_address` (`remote_address`)
) ENGINE=InnoDB;

CREATE TABLE `username_change_logs` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `by_id` INTEGER NOT NULL,
  `user_id` INTEGER NOT NULL,
  `previous_username` VARCHAR(64) NOT NULL,
  `new_username` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_username_change_logs_by_id` FOREIGN KEY (`by_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_username_change_logs_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `permission_denieds` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `user_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_permission_denieds_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `accounts` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(1) NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `last_closing_date` DATE,
  `owner_name` VARCHAR(255) NOT NULL,
  `type_id` INTEGER,
  `credit_limit` DECIMAL(15,6),
  `upper_credit_limit` DECIMAL(15,6),
  `member_id` INTEGER,
  `member_status` VARCHAR(1),
  `last_low_units_sent` DATETIME,
  `member_action` VARCHAR(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_accounts_type_id` FOREIGN KEY (`type_id`) REFERENCES `account_types` (`id`),
  CONSTRAINT `fk_accounts_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `account_limit_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` INTEGER NOT NULL,
  `date` DATETIME NOT NULL,
  `by_id` INTEGER,
  `credit_limit` DECIMAL(15,6),
  `upper_credit_limit` DECIMAL(15,6),
  PRIMARY KEY (`id`),
  KEY `ix_acctlimlog_account_date` (`account_id`, `date`),
  CONSTRAINT `fk_account_limit_logs_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_account_limit_logs_by_id` FOREIGN KEY (`by_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `closed_account_balances` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` INTEGER NOT NULL,
  `date` DATE NOT NULL,
  `balance` DECIMAL(21,6) NOT NULL DEFAULT 0,
  `reserved` DECIMAL(21,6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ix_cldacctbal_account_date` (`account_id`, `date`),
  CONSTRAINT `fk_closed_account_balances_account_id` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `cards` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `card_type_id` INTEGER NOT NULL,
  `card_number` DECIMAL(19,0),
  `card_security_code` VARCHAR(64),
  `creation_date` DATETIME,
  `activation_date` DATETIME,
  `expiration_date` DATE,
  `card_security_code_blocked_until` DATETIME,
  `owner_id` INTEGER NOT NULL,
  `status` VARCHAR(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_cards_card_number` (`card_number`),
  CONSTRAINT `fk_cards_card_type_id` FOREIGN KEY (`card_type_id`) REFERENCES `card_types` (`id`),
  CONSTRAINT `fk_cards_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `card_logs` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `date` DATETIME,
  `status` VARCHAR(1) NOT NULL,
  `card_id` INTEGER NOT NULL,
  `by_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_card_logs_card_id` FOREIGN KEY (`card_id`) REFERENCES `cards` (`id`),
  CONSTRAINT `fk_card_logs_by_id` FOREIGN KEY (`by_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `transfers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `from_account_id` INTEGER NOT NULL,
  `to_account_id` INTEGER NOT NULL,
  `type_id` INTEGER NOT NULL,
  `date` DATETIME NOT NULL,
  `amount` DECIMAL(15,6) NOT NULL,
  `emission_date` DATETIME,
  `expiration_date` DATETIME,
  `i_rate` DECIMAL(15,6),
  `status` VARCHAR(1) NOT NULL,
  `process_date` DATETIME,
  `feedback_deadline` DATETIME,
  `by_id` INTEGER,
  `description` LONGTEXT,
  `parent_id` BIGINT,
  `chargedback_by_id` BIGINT,
  `chargeback_of_id` BIGINT,
  `transaction_fee_id` INTEGER,
  `loan_payment_id` INTEGER,
  `account_fee_log_id` INTEGER,
  `receiver_id` INTEGER,
  `transaction_number` VARCHAR(100),
  `trace_number` VARCHAR(100),
  `client_id` BIGINT,
  `trace_data` VARCHAR(50),
  `external_transfer_id` INTEGER,
  `next_authorization_level_id` INTEGER,
  `scheduled_payment_id` INTEGER,
  `broker_commission_contract_id` INTEGER,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_trace_number_client_id` (`trace_number`, `client_id`),
  CONSTRAINT `fk_transfers_from_account_id` FOREIGN KEY (`from_account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_transfers_to_account_id` FOREIGN KEY (`to_account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_transfers_type_id` FOREIGN KEY (`type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_transfers_by_id` FOREIGN KEY (`by_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_transfers_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `transfers` (`id`),
  CONSTRAINT `fk_transfers_chargedback_by_id` FOREIGN KEY (`chargedback_by_id`) REFERENCES `transfers` (`id`),
  CONSTRAINT `fk_transfers_chargeback_of_id` FOREIGN KEY (`chargeback_of_id`) REFERENCES `transfers` (`id`),
  CONSTRAINT `fk_transfers_loan_payment_id` FOREIGN KEY (`loan_payment_id`) REFERENCES `loan_payments` (`id`),
  CONSTRAINT `fk_transfers_receiver_id` FOREIGN KEY (`receiver_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_transfers_external_transfer_id` FOREIGN KEY (`external_transfer_id`) REFERENCES `external_transfers` (`id`),
  CONSTRAINT `fk_transfers_scheduled_payment_id` FOREIGN KEY (`scheduled_payment_id`) REFERENCES `scheduled_payments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `scheduled_payments` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `from_account_id` INTEGER NOT NULL,
  `to_account_id` INTEGER NOT NULL,
  `type_id` INTEGER NOT NULL,
  `date` DATETIME NOT NULL,
  `amount` DECIMAL(15,6) NOT NULL,
  `status` VARCHAR(1) NOT NULL,
  `by_id` INTEGER,
  `process_date` DATETIME,
  `feedback_deadline` DATETIME,
  `description` LONGTEXT,
  `reserve_amount` BIT NOT NULL,
  `show_to_receiver` BIT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_scheduled_payments_from_account_id` FOREIGN KEY (`from_account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_scheduled_payments_to_account_id` FOREIGN KEY (`to_account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_scheduled_payments_type_id` FOREIGN KEY (`type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_scheduled_payments_by_id` FOREIGN KEY (`by_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `invoices` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `from_member_id` INTEGER,
  `to_member_id` INTEGER,
  `sent_by_id` INTEGER,
  `performed_by_id` INTEGER,
  `date` DATETIME NOT NULL,
  `amount` DECIMAL(15,6) NOT NULL,
  `status` VARCHAR(1) NOT NULL,
  `description` LONGTEXT,
  `dest_type_id` INTEGER,
  `transfer_type_id` INTEGER,
  `transfer_id` BIGINT,
  `account_fee_log_id` INTEGER,
  `scheduled_payment_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_invoices_from_member_id` FOREIGN KEY (`from_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_invoices_to_member_id` FOREIGN KEY (`to_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_invoices_sent_by_id` FOREIGN KEY (`sent_by_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_invoices_performed_by_id` FOREIGN KEY (`performed_by_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_invoices_dest_type_id` FOREIGN KEY (`dest_type_id`) REFERENCES `account_types` (`id`),
  CONSTRAINT `fk_invoices_transfer_type_id` FOREIGN KEY (`transfer_type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_invoices_transfer_id` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`),
  CONSTRAINT `fk_invoices_scheduled_payment_id` FOREIGN KEY (`scheduled_payment_id`) REFERENCES `scheduled_payments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `invoice_payments` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `invoice_id` INTEGER,
  `date` DATETIME NOT NULL,
  `amount` DECIMAL(15,6) NOT NULL,
  `transfer_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_invoice_payments_invoice_id` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`),
  CONSTRAINT `fk_invoice_payments_transfer_id` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `transfer_authorizations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `by_id` INTEGER,
  `date` DATETIME NOT NULL,
  `action` VARCHAR(1) NOT NULL,
  `comments` LONGTEXT,
  `show_to_member` BIT NOT NULL,
  `transfer_id` BIGINT NOT NULL,
  `level_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_transfer_authorizations_by_id` FOREIGN KEY (`by_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_transfer_authorizations_transfer_id` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tickets` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(1) NOT NULL,
  `status` VARCHAR(1) NOT NULL,
  `ticket` VARCHAR(32) NOT NULL,
  `creation_date` DATETIME,
  `amount` DECIMAL(15,6),
  `transfer_type_id` INTEGER,
  `currency_id` INTEGER,
  `description` LONGTEXT,
  `from_member_id` INTEGER,
  `to_member_id` INTEGER,
  `transfer_id` BIGINT,
  `trace_data` VARCHAR(50),
  `from_channel_id` INTEGER,
  `to_channel_id` INTEGER,
  `return_url` VARCHAR(150),
  `client_address` VARCHAR(40),
  `member_address` VARCHAR(40),
  PRIMARY KEY (`id`),
  KEY `ix_ticket` (`ticket`),
  CONSTRAINT `fk_tickets_transfer_type_id` FOREIGN KEY (`transfer_type_id`) REFERENCES `transfer_types` (`id`),
  CONSTRAINT `fk_tickets_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`),
  CONSTRAINT `fk_tickets_from_member_id` FOREIGN KEY (`from_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_tickets_to_member_id` FOREIGN KEY (`to_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_tickets_transfer_id` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`),
  CONSTRAINT `fk_tickets_from_channel_id` FOREIGN KEY (`from_channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_tickets_to_channel_id` FOREIGN KEY (`to_channel_id`) REFERENCES `channels` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `loans` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `transfer_id` BIGINT NOT NULL,
  `total_amount` DECIMAL(15,6) NOT NULL,
  `loan_group_id` INTEGER,
  `type` VARCHAR(1) NOT NULL,
  `grant_fee_value` DECIMAL(15,6),
  `grant_fee_type` CHAR(1),
  `monthly_interest` DECIMAL(15,6),
  `expiration_fee_value` DECIMAL(15,6),
  `expiration_fee_type` CHAR(1),
  `expiration_daily_interest` DECIMAL(15,6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_loans_transfer_id` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`),
  CONSTRAINT `fk_loans_loan_group_id` FOREIGN KEY (`loan_group_id`) REFERENCES `loan_groups` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `members_loans` (
  `loan_id` INTEGER NOT NULL,
  `member_id` INTEGER NOT NULL,
  CONSTRAINT `fk_members_loans_loan_id` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
  CONSTRAINT `fk_members_loans_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `loan_groups` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `description` LONGTEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `members_loan_groups` (
  `loan_group_id` INTEGER NOT NULL,
  `member_id` INTEGER NOT NULL,
  PRIMARY KEY (`member_id`, `loan_group_id`),
  CONSTRAINT `fk_members_loan_groups_loan_group_id` FOREIGN KEY (`loan_group_id`) REFERENCES `loan_groups` (`id`),
  CONSTRAINT `fk_members_loan_groups_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `loan_payments` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `loan_id` INTEGER NOT NULL,
  `payment_index` INTEGER NOT NULL,
  `expiration_date` DATE NOT NULL,
  `amount` DECIMAL(15,6) NOT NULL,
  `repaid_amount` DECIMAL(15,6) NOT NULL,
  `status` VARCHAR(1) NOT NULL,
  `repayment_date` DATETIME,
  `external_transfer_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_loan_payments_loan_id` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
  CONSTRAINT `fk_loan_payments_external_transfer_id` FOREIGN KEY (`external_transfer_id`) REFERENCES `external_transfers` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `guarantees` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `status` VARCHAR(2) NOT NULL,
  `amount` DECIMAL(15,6) NOT NULL,
  `credit_fee` DECIMAL(15,6) DEFAULT 0,
  `credit_fee_type` VARCHAR(1),
  `issue_fee` DECIMAL(15,6) DEFAULT 0,
  `issue_fee_type` VARCHAR(1),
  `begin_date` DATE,
  `end_date` DATE,
  `registration_date` DATETIME NOT NULL,
  `loan_id` INTEGER,
  `guarantee_type_id` INTEGER NOT NULL,
  `certification_id` INTEGER,
  `buyer_id` INTEGER NOT NULL,
  `seller_id` INTEGER,
  `issuer_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_guarantees_loan_id` FOREIGN KEY (`loan_id`) REFERENCES `loans` (`id`),
  CONSTRAINT `fk_guarantees_guarantee_type_id` FOREIGN KEY (`guarantee_type_id`) REFERENCES `guarantee_types` (`id`),
  CONSTRAINT `fk_guarantees_certification_id` FOREIGN KEY (`certification_id`) REFERENCES `certifications` (`id`),
  CONSTRAINT `fk_guarantees_buyer_id` FOREIGN KEY (`buyer_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_guarantees_seller_id` FOREIGN KEY (`seller_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_guarantees_issuer_id` FOREIGN KEY (`issuer_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `certifications` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(15,6) NOT NULL,
  `begin_date` DATE,
  `end_date` DATE,
  `status` VARCHAR(2) NOT NULL,
  `guarantee_type_id` INTEGER NOT NULL,
  `buyer_id` INTEGER NOT NULL,
  `issuer_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_certifications_guarantee_type_id` FOREIGN KEY (`guarantee_type_id`) REFERENCES `guarantee_types` (`id`),
  CONSTRAINT `fk_certifications_buyer_id` FOREIGN KEY (`buyer_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_certifications_issuer_id` FOREIGN KEY (`issuer_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `payment_obligations` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `status` VARCHAR(2) NOT NULL,
  `amount` DECIMAL(15,6) NOT NULL,
  `expiration_date` DATE NOT NULL,
  `max_publish_date` DATE NOT NULL,
  `registration_date` DATETIME NOT NULL,
  `description` LONGTEXT,
  `guarantee_id` INTEGER,
  `currency_id` INTEGER NOT NULL,
  `buyer_id` INTEGER NOT NULL,
  `seller_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_payment_obligations_guarantee_id` FOREIGN KEY (`guarantee_id`) REFERENCES `guarantees` (`id`),
  CONSTRAINT `fk_payment_obligations_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`),
  CONSTRAINT `fk_payment_obligations_buyer_id` FOREIGN KEY (`buyer_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_payment_obligations_seller_id` FOREIGN KEY (`seller_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `external_transfers` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `status` VARCHAR(1) NOT NULL,
  `date` DATE,
  `amount` DECIMAL(15,6),
  `description` LONGTEXT,
  `line_number` INTEGER,
  `comments` LONGTEXT,
  `account_id` INTEGER NOT NULL,
  `type_id` INTEGER,
  `import_id` INTEGER,
  `member_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_external_transfers_account_id` FOREIGN KEY (`account_id`) REFERENCES `external_accounts` (`id`),
  CONSTRAINT `fk_external_transfers_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `contacts` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `owner_id` INTEGER NOT NULL,
  `contact_id` INTEGER NOT NULL,
  `notes` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_contact` (`owner_id`, `contact_id`),
  CONSTRAINT `fk_contacts_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_contacts_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `refs` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(1) NOT NULL,
  `from_member_id` INTEGER NOT NULL,
  `to_member_id` INTEGER NOT NULL,
  `level` TINYINT NOT NULL,
  `date` DATETIME NOT NULL,
  `comments` LONGTEXT NOT NULL,
  `reply_comments_date` DATETIME,
  `reply_comments` LONGTEXT,
  `admin_comments_date` DATETIME,
  `admin_comments` LONGTEXT,
  `transfer_id` BIGINT,
  `scheduled_payment_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_refs_from_member_id` FOREIGN KEY (`from_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_refs_to_member_id` FOREIGN KEY (`to_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_refs_transfer_id` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`),
  CONSTRAINT `fk_refs_scheduled_payment_id` FOREIGN KEY (`scheduled_payment_id`) REFERENCES `scheduled_payments` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `reference_history` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `from_member_id` INTEGER NOT NULL,
  `to_member_id` INTEGER NOT NULL,
  `level` TINYINT NOT NULL,
  `start_date` DATETIME,
  `end_date` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_reference_history_from_member_id` FOREIGN KEY (`from_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_reference_history_to_member_id` FOREIGN KEY (`to_member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `brokerings` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `broker_id` INTEGER NOT NULL,
  `brokered_id` INTEGER NOT NULL,
  `start_date` DATETIME NOT NULL,
  `end_date` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_brokerings_broker_id` FOREIGN KEY (`broker_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_brokerings_brokered_id` FOREIGN KEY (`brokered_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `custom_field_values` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(10) NOT NULL,
  `field_id` INTEGER NOT NULL,
  `string_value` VARCHAR(4000),
  `possible_value_id` INTEGER,
  `member_value_id` INTEGER,
  `imported_ad_id` INTEGER,
  `ad_id` INTEGER,
  `admin_id` INTEGER,
  `loan_group_id` INTEGER,
  `member_id` INTEGER,
  `pending_member_id` INTEGER,
  `imported_member_id` INTEGER,
  `member_hidden` BIT DEFAULT 0,
  `member_record_id` INTEGER,
  `operator_id` INTEGER,
  `scheduled_payment_id` INTEGER,
  `transfer_id` BIGINT,
  `invoice_id` INTEGER,
  `guarantee_id` INTEGER,
  `imported_member_record_id` INTEGER,
  PRIMARY KEY (`id`),
  KEY `ix_string_value` (`string_value`),
  CONSTRAINT `fk_custom_field_values_field_id` FOREIGN KEY (`field_id`) REFERENCES `custom_fields` (`id`),
  CONSTRAINT `fk_custom_field_values_possible_value_id` FOREIGN KEY (`possible_value_id`) REFERENCES `custom_field_possible_values` (`id`),
  CONSTRAINT `fk_custom_field_values_member_value_id` FOREIGN KEY (`member_value_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_custom_field_values_ad_id` FOREIGN KEY (`ad_id`) REFERENCES `ads` (`id`),
  CONSTRAINT `fk_custom_field_values_admin_id` FOREIGN KEY (`admin_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_custom_field_values_loan_group_id` FOREIGN KEY (`loan_group_id`) REFERENCES `loan_groups` (`id`),
  CONSTRAINT `fk_custom_field_values_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_custom_field_values_pending_member_id` FOREIGN KEY (`pending_member_id`) REFERENCES `pending_members` (`id`),
  CONSTRAINT `fk_custom_field_values_member_record_id` FOREIGN KEY (`member_record_id`) REFERENCES `member_records` (`id`),
  CONSTRAINT `fk_custom_field_values_operator_id` FOREIGN KEY (`operator_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_custom_field_values_scheduled_payment_id` FOREIGN KEY (`scheduled_payment_id`) REFERENCES `scheduled_payments` (`id`),
  CONSTRAINT `fk_custom_field_values_transfer_id` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`),
  CONSTRAINT `fk_custom_field_values_invoice_id` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`),
  CONSTRAINT `fk_custom_field_values_guarantee_id` FOREIGN KEY (`guarantee_id`) REFERENCES `guarantees` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `images` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(3) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `content_type` VARCHAR(100) NOT NULL,
  `image_size` INTEGER NOT NULL,
  `last_modified` DATETIME NOT NULL,
  `thumbnail_size` INTEGER NOT NULL,
  `image` LONGBLOB NOT NULL,
  `thumbnail` LONGBLOB,
  `ad_id` INTEGER,
  `order_number` SMALLINT,
  `caption` VARCHAR(255),
  `member_id` INTEGER,
  PRIMARY KEY (`id`),
  KEY `ix_subclass_name` (`name`),
  CONSTRAINT `fk_images_ad_id` FOREIGN KEY (`ad_id`) REFERENCES `ads` (`id`),
  CONSTRAINT `fk_images_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `messages` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `type` VARCHAR(3) NOT NULL,
  `direction` VARCHAR(1) NOT NULL,
  `is_read` BIT NOT NULL,
  `is_replied` BIT NOT NULL,
  `is_html` BIT NOT NULL,
  `removed_at` DATETIME,
  `from_member_id` INTEGER,
  `to_member_id` INTEGER,
  `category_id` INTEGER,
  `body` LONGTEXT,
  `email_sent` BIT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_messages_from_member_id` FOREIGN KEY (`from_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_messages_to_member_id` FOREIGN KEY (`to_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_messages_category_id` FOREIGN KEY (`category_id`) REFERENCES `message_categories` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `member_records` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `member_record_type_id` INTEGER NOT NULL,
  `element_id` INTEGER NOT NULL,
  `by_id` INTEGER NOT NULL,
  `modified_by_id` INTEGER,
  `date` DATETIME NOT NULL,
  `last_modified` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_member_records_member_record_type_id` FOREIGN KEY (`member_record_type_id`) REFERENCES `member_record_types` (`id`),
  CONSTRAINT `fk_member_records_element_id` FOREIGN KEY (`element_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_member_records_by_id` FOREIGN KEY (`by_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_member_records_modified_by_id` FOREIGN KEY (`modified_by_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `remarks` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(1) NOT NULL,
  `subject_id` INTEGER NOT NULL,
  `writer_id` INTEGER,
  `date` DATETIME NOT NULL,
  `comments` LONGTEXT,
  `old_broker_id` INTEGER,
  `new_broker_id` INTEGER,
  `old_group_id` INTEGER,
  `new_group_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_remarks_subject_id` FOREIGN KEY (`subject_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_remarks_writer_id` FOREIGN KEY (`writer_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_remarks_old_broker_id` FOREIGN KEY (`old_broker_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_remarks_new_broker_id` FOREIGN KEY (`new_broker_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_remarks_old_group_id` FOREIGN KEY (`old_group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_remarks_new_group_id` FOREIGN KEY (`new_group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `registration_agreement_logs` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `member_id` INTEGER NOT NULL,
  `registration_agreement_id` INTEGER NOT NULL,
  `date` DATETIME NOT NULL,
  `remote_address` VARCHAR(100),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_registration_agreement_logs_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_registration_agreement_logs_registration_agreement_id` FOREIGN KEY (`registration_agreement_id`) REFERENCES `registration_agreements` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `notification_preferences` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `member` INTEGER,
  `type` VARCHAR(3) NOT NULL,
  `is_message` BIT NOT NULL,
  `is_email` BIT NOT NULL,
  `is_sms` BIT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_np_member_type` (`member`, `type`),
  CONSTRAINT `fk_notification_preferences_member` FOREIGN KEY (`member`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `member_sms_status` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `member_id` INTEGER NOT NULL,
  `free_sms_sent` INTEGER NOT NULL,
  `free_sms_expiration` DATETIME,
  `paid_sms_left` INTEGER NOT NULL,
  `paid_sms_expiration` DATETIME,
  `allow_charging_sms` BIT NOT NULL,
  `accept_free_mailing` BIT NOT NULL,
  `accept_paid_mailing` BIT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_member_sms_status_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `sms_logs` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `target_member_id` INTEGER NOT NULL,
  `charged_member_id` INTEGER,
  `sms_type_id` INTEGER,
  `date` DATETIME NOT NULL,
  `sms_mailing_id` INTEGER,
  `free_base_used` BIT NOT NULL,
  `message_type` VARCHAR(3),
  `error_type` VARCHAR(3),
  `arg0` VARCHAR(150),
  `arg1` VARCHAR(150),
  `arg2` VARCHAR(150),
  `arg3` VARCHAR(150),
  `arg4` VARCHAR(150),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_sms_logs_target_member_id` FOREIGN KEY (`target_member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_sms_logs_charged_member_id` FOREIGN KEY (`charged_member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `ads` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `category_id` INTEGER,
  `owner_id` INTEGER NOT NULL,
  `permanent` BIT NOT NULL,
  `external_publication` BIT NOT NULL,
  `title` VARCHAR(100) NOT NULL,
  `trade_type` VARCHAR(1) NOT NULL,
  `currency_id` INTEGER,
  `price` DECIMAL(15,6),
  `publication_start` DATE,
  `publication_end` DATE,
  `description` LONGTEXT,
  `delete_date` DATE,
  `creation_date` DATE,
  `is_html` BIT NOT NULL,
  `members_notified` BIT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ads_category_id` FOREIGN KEY (`category_id`) REFERENCES `ad_categories` (`id`),
  CONSTRAINT `fk_ads_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_ads_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `error_log_entries` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `path` VARCHAR(200) NOT NULL,
  `removed` BIT NOT NULL,
  `logged_user_id` INTEGER,
  `stack_trace` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_error_log_entries_logged_user_id` FOREIGN KEY (`logged_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `group_history_logs` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `element_id` INTEGER NOT NULL,
  `group_id` INTEGER NOT NULL,
  `start_date` DATETIME NOT NULL,
  `end_date` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_group_history_logs_element_id` FOREIGN KEY (`element_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_group_history_logs_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `member_pos` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `pos_name` VARCHAR(64),
  `pos_pin` VARCHAR(64),
  `date` DATETIME NOT NULL,
  `allow_make_payment` BIT NOT NULL,
  `max_scheduling_payments` INTEGER NOT NULL,
  `number_of_copies` INTEGER NOT NULL,
  `result_page_size` INTEGER NOT NULL,
  `status` VARCHAR(1) NOT NULL,
  `pos_id` INTEGER NOT NULL,
  `owner_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_member_pos_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `alerts` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `subclass` VARCHAR(1) NOT NULL,
  `removed` BIT NOT NULL,
  `msg_key` VARCHAR(255) NOT NULL,
  `arg0` VARCHAR(255),
  `arg1` VARCHAR(255),
  `arg2` VARCHAR(255),
  `arg3` VARCHAR(255),
  `arg4` VARCHAR(255),
  `date` DATETIME NOT NULL,
  `member_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_alerts_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `member_account_fee_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `member_id` INTEGER NOT NULL,
  `account_fee_log_id` INTEGER,
  `amount` DECIMAL(15,6),
  `success` BIT NOT NULL,
  `recharge_attempt` INTEGER NOT NULL DEFAULT 0,
  `transfer_id` BIGINT,
  `invoice_id` INTEGER,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_member_account_fee_logs_member_id` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`),
  CONSTRAINT `fk_member_account_fee_logs_transfer_id` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`),
  CONSTRAINT `fk_member_account_fee_logs_invoice_id` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`)
) ENGINE=InnoDB;

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `ach` (
  `id` int NOT NULL,
  `user_id` int,
  `aba_routing` varchar(40) NOT NULL,
  `bank_account` varchar(60) NOT NULL,
  `account_type` int NOT NULL,
  `bank_name` varchar(50) NOT NULL,
  `account_name` varchar(100) NOT NULL,
  `optlock` int NOT NULL,
  `gateway_key` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ach_fk_1` FOREIGN KEY (`user_id`) REFERENCES `base_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `base_user` (
  `id` int NOT NULL,
  `entity_id` int,
  `password` varchar(40),
  `deleted` smallint DEFAULT 0 NOT NULL,
  `language_id` int,
  `status_id` int,
  `subscriber_status` int DEFAULT 1,
  `currency_id` int,
  `create_datetime` datetime NOT NULL,
  `last_status_change` datetime,
  `last_login` datetime,
  `user_name` varchar(50),
  `failed_attempts` int DEFAULT 0 NOT NULL,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `base_user_fk_3` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `base_user_fk_4` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`),
  CONSTRAINT `base_user_fk_5` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `billing_process` (
  `id` int NOT NULL,
  `entity_id` int NOT NULL,
  `billing_date` date NOT NULL,
  `period_unit_id` int NOT NULL,
  `period_value` int NOT NULL,
  `is_review` int NOT NULL,
  `paper_invoice_batch_id` int,
  `retries_to_do` int DEFAULT 0 NOT NULL,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `billing_process_fk_2` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `billing_process_configuration` (
  `id` int NOT NULL,
  `entity_id` int,
  `next_run_date` date NOT NULL,
  `generate_report` smallint NOT NULL,
  `retries` int,
  `days_for_retry` int,
  `days_for_report` int,
  `review_status` int NOT NULL,
  `period_unit_id` int NOT NULL,
  `period_value` int NOT NULL,
  `due_date_unit_id` int NOT NULL,
  `due_date_value` int NOT NULL,
  `df_fm` smallint,
  `only_recurring` smallint DEFAULT 1 NOT NULL,
  `invoice_date_process` smallint NOT NULL,
  `optlock` int NOT NULL,
  `auto_payment` smallint DEFAULT 0 NOT NULL,
  `maximum_periods` int DEFAULT 1 NOT NULL,
  `auto_payment_application` int DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `billing_process_configuration_fk_2` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `blacklist` (
  `id` int NOT NULL,
  `entity_id` int NOT NULL,
  `create_datetime` datetime NOT NULL,
  `type` int NOT NULL,
  `source` int NOT NULL,
  `credit_card` int,
  `credit_card_id` int,
  `contact_id` int,
  `user_id` int,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `blacklist_fk_1` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `blacklist_fk_2` FOREIGN KEY (`user_id`) REFERENCES `base_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `breadcrumb` (
  `id` int NOT NULL,
  `user_id` int NOT NULL,
  `controller` varchar(255) NOT NULL,
  `action` varchar(255),
  `name` varchar(255),
  `object_id` int,
  `version` int NOT NULL,
  `description` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `cdrentries` (
  `id` int NOT NULL,
  `accountcode` varchar(20),
  `src` varchar(20),
  `dst` varchar(20),
  `dcontext` varchar(20),
  `clid` varchar(20),
  `channel` varchar(20),
  `dstchannel` varchar(20),
  `lastapp` varchar(20),
  `lastdatat` varchar(20),
  `start` datetime,
  `answer` datetime,
  `end` datetime,
  `duration` int,
  `billsec` int,
  `disposition` varchar(20),
  `amaflags` varchar(20),
  `userfield` varchar(100),
  `ts` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contact` (
  `id` int NOT NULL,
  `organization_name` varchar(200),
  `street_addres1` varchar(100),
  `street_addres2` varchar(100),
  `city` varchar(50),
  `state_province` varchar(30),
  `postal_code` varchar(15),
  `country_code` varchar(2),
  `last_name` varchar(30),
  `first_name` varchar(30),
  `person_initial` varchar(5),
  `person_title` varchar(40),
  `phone_country_code` int,
  `phone_area_code` int,
  `phone_phone_number` varchar(20),
  `fax_country_code` int,
  `fax_area_code` int,
  `fax_phone_number` varchar(20),
  `email` varchar(200),
  `create_datetime` datetime NOT NULL,
  `deleted` smallint DEFAULT 0 NOT NULL,
  `notification_include` smallint DEFAULT 1,
  `user_id` int,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contact_field` (
  `id` int NOT NULL,
  `type_id` int,
  `contact_id` int,
  `content` varchar(100) NOT NULL,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_field_fk_1` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`),
  CONSTRAINT `contact_field_fk_2` FOREIGN KEY (`type_id`) REFERENCES `contact_field_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contact_field_type` (
  `id` int NOT NULL,
  `entity_id` int,
  `prompt_key` varchar(50) NOT NULL,
  `data_type` varchar(10) NOT NULL,
  `customer_readonly` smallint,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_field_type_fk_1` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contact_map` (
  `id` int NOT NULL,
  `contact_id` int,
  `type_id` int NOT NULL,
  `table_id` int NOT NULL,
  `foreign_id` int NOT NULL,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_map_fk_1` FOREIGN KEY (`table_id`) REFERENCES `jbilling_table` (`id`),
  CONSTRAINT `contact_map_fk_2` FOREIGN KEY (`type_id`) REFERENCES `contact_type` (`id`),
  CONSTRAINT `contact_map_fk_3` FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contact_type` (
  `id` int NOT NULL,
  `entity_id` int,
  `is_primary` smallint,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_type_fk_1` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `credit_card` (
  `id` int NOT NULL,
  `cc_number` varchar(100) NOT NULL,
  `cc_number_plain` varchar(20),
  `cc_expiry` date NOT NULL,
  `name` varchar(150),
  `cc_type` int NOT NULL,
  `deleted` smallint DEFAULT 0 NOT NULL,
  `gateway_key` varchar(100),
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `currency` (
  `id` int NOT NULL,
  `symbol` varchar(10) NOT NULL,
  `code` varchar(3) NOT NULL,
  `country_code` varchar(2) NOT NULL,
  `optlock` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `customer` (
  `id` int NOT NULL,
  `user_id` int,
  `partner_id` int,
  `referral_fee_paid` smallint,
  `invoice_delivery_method_id` int NOT NULL,
  `notes` varchar(1000),
  `auto_payment_type` int,
  `due_date_unit_id` int,
  `due_date_value` int,
  `df_fm` smallint,
  `parent_id` int,
  `is_parent` smallint,
  `exclude_aging` smallint DEFAULT 0 NOT NULL,
  `invoice_child` smallint,
  `current_order_id` int,
  `optlock` int NOT NULL,
  `balance_type` int NOT NULL,
  `dynamic_balance` decimal(22,10),
  `credit_limit` decimal(22,10),
  `auto_recharge` decimal(22,10),
  PRIMARY KEY (`id`),
  CONSTRAINT `customer_fk_2` FOREIGN KEY (`partner_id`) REFERENCES `partner` (`id`),
  CONSTRAINT `customer_fk_3` FOREIGN KEY (`user_id`) REFERENCES `base_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `entity` (
  `id` int NOT NULL,
  `external_id` varchar(20),
  `description` varchar(100) NOT NULL,
  `create_datetime` datetime NOT NULL,
  `language_id` int NOT NULL,
  `currency_id` int NOT NULL,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `entity_fk_1` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`id`),
  CONSTRAINT `entity_fk_2` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `event_log` (
  `id` int NOT NULL,
  `entity_id` int,
  `user_id` int,
  `table_id` int,
  `foreign_id` int NOT NULL,
  `create_datetime` datetime NOT NULL,
  `level_field` int NOT NULL,
  `module_id` int NOT NULL,
  `message_id` int NOT NULL,
  `old_num` int,
  `old_str` varchar(1000),
  `old_date` datetime,
  `optlock` int NOT NULL,
  `affected_user_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_log_fk_2` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `event_log_fk_3` FOREIGN KEY (`user_id`) REFERENCES `base_user` (`id`),
  CONSTRAINT `event_log_fk_4` FOREIGN KEY (`table_id`) REFERENCES `jbilling_table` (`id`),
  CONSTRAINT `event_log_fk_6` FOREIGN KEY (`affected_user_id`) REFERENCES `base_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `generic_status` (
  `id` int NOT NULL,
  `dtype` varchar(50) NOT NULL,
  `status_value` int NOT NULL,
  `can_login` smallint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `invoice` (
  `id` int NOT NULL,
  `create_datetime` datetime NOT NULL,
  `billing_process_id` int,
  `user_id` int,
  `delegated_invoice_id` int,
  `due_date` date NOT NULL,
  `total` decimal(22,10) NOT NULL,
  `payment_attempts` int DEFAULT 0 NOT NULL,
  `status_id` smallint DEFAULT 1 NOT NULL,
  `balance` decimal(22,10),
  `carried_balance` decimal(22,10) NOT NULL,
  `in_process_payment` smallint DEFAULT 1 NOT NULL,
  `is_review` int NOT NULL,
  `currency_id` int NOT NULL,
  `deleted` smallint DEFAULT 0 NOT NULL,
  `paper_invoice_batch_id` int,
  `customer_notes` varchar(1000),
  `public_number` varchar(40),
  `last_reminder` date,
  `overdue_step` int,
  `create_timestamp` datetime NOT NULL,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invoice_fk_1` FOREIGN KEY (`billing_process_id`) REFERENCES `billing_process` (`id`),
  CONSTRAINT `invoice_fk_3` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`id`),
  CONSTRAINT `invoice_fk_4` FOREIGN KEY (`delegated_invoice_id`) REFERENCES `invoice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `invoice_line` (
  `id` int NOT NULL,
  `invoice_id` int,
  `type_id` int,
  `amount` decimal(22,10) NOT NULL,
  `quantity` decimal(22,10),
  `price` decimal(22,10),
  `deleted` smallint DEFAULT 0 NOT NULL,
  `item_id` int,
  `description` varchar(1000),
  `source_user_id` int,
  `is_percentage` smallint DEFAULT 0 NOT NULL,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invoice_line_fk_1` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`),
  CONSTRAINT `invoice_line_fk_2` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `item` (
  `id` int NOT NULL,
  `internal_number` varchar(50),
  `entity_id` int,
  `percentage` decimal(22,10),
  `deleted` smallint DEFAULT 0 NOT NULL,
  `has_decimals` smallint DEFAULT 0 NOT NULL,
  `optlock` int NOT NULL,
  `gl_code` varchar(50),
  `price_manual` smallint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `item_fk_1` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `item_price` (
  `id` int NOT NULL,
  `item_id` int,
  `currency_id` int,
  `price` decimal(22,10) NOT NULL,
  `optlock` int NOT NULL,
  CONSTRAINT `item_price_fk_1` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`id`),
  CONSTRAINT `item_price_fk_2` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `jbilling_table` (
  `id` int NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `language` (
  `id` int NOT NULL,
  `code` varchar(2) NOT NULL,
  `description` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mediation_errors` (
  `accountcode` varchar(50) NOT NULL,
  `src` varchar(50),
  `dst` varchar(50),
  `dcontext` varchar(50),
  `clid` varchar(50),
  `channel` varchar(50),
  `dstchannel` varchar(50),
  `lastapp` varchar(50),
  `lastdata` varchar(50),
  `start` datetime,
  `answer` datetime,
  `end` datetime,
  `duration` int,
  `billsec` int,
  `disposition` varchar(50),
  `amaflags` varchar(50),
  `userfield` varchar(50),
  `error_message` varchar(200),
  `should_retry` tinyint(1),
  PRIMARY KEY (`accountcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mediation_process` (
  `id` int NOT NULL,
  `configuration_id` int NOT NULL,
  `start_datetime` datetime NOT NULL,
  `end_datetime` datetime,
  `orders_affected` int NOT NULL,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mediation_record` (
  `id_key` varchar(100) NOT NULL,
  `start_datetime` datetime NOT NULL,
  `mediation_process_id` int,
  `optlock` int NOT NULL,
  `status_id` int NOT NULL,
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mediation_record_fk_1` FOREIGN KEY (`mediation_process_id`) REFERENCES `mediation_process` (`id`),
  CONSTRAINT `mediation_record_fk_2` FOREIGN KEY (`status_id`) REFERENCES `generic_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mediation_record_line` (
  `id` int NOT NULL,
  `order_line_id` int NOT NULL,
  `event_date` datetime NOT NULL,
  `amount` decimal(22,10) NOT NULL,
  `quantity` decimal(22,10) NOT NULL,
  `description` varchar(200),
  `optlock` int NOT NULL,
  `mediation_record_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mediation_record_line_fk_1` FOREIGN KEY (`mediation_record_id`) REFERENCES `mediation_record` (`id`),
  CONSTRAINT `mediation_record_line_fk_2` FOREIGN KEY (`order_line_id`) REFERENCES `order_line` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `notification_message_arch` (
  `id` int NOT NULL,
  `type_id` int,
  `create_datetime` datetime NOT NULL,
  `user_id` int,
  `result_message` varchar(200),
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `notification_message_arch_line` (
  `id` int NOT NULL,
  `message_archive_id` int,
  `section` int NOT NULL,
  `content` varchar(1000) NOT NULL,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notif_mess_arch_line_fk_1` FOREIGN KEY (`message_archive_id`) REFERENCES `notification_message_arch` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `order_line` (
  `id` int NOT NULL,
  `order_id` int,
  `item_id` int,
  `type_id` int,
  `amount` decimal(22,10) NOT NULL,
  `quantity` decimal(22,10),
  `price` decimal(22,10),
  `item_price` smallint,
  `create_datetime` datetime NOT NULL,
  `deleted` smallint DEFAULT 0 NOT NULL,
  `description` varchar(1000),
  `provisioning_status` int,
  `provisioning_request_id` varchar(50),
  `optlock` int NOT NULL,
  `use_item` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `order_line_fk_1` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`),
  CONSTRAINT `order_line_fk_2` FOREIGN KEY (`order_id`) REFERENCES `purchase_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `order_process` (
  `id` int NOT NULL,
  `order_id` int,
  `invoice_id` int,
  `billing_process_id` int,
  `periods_included` int,
  `period_start` date,
  `period_end` date,
  `is_review` int NOT NULL,
  `origin` int,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `order_process_fk_1` FOREIGN KEY (`order_id`) REFERENCES `purchase_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `partner` (
  `id` int NOT NULL,
  `user_id` int,
  `balance` decimal(22,10) NOT NULL,
  `total_payments` decimal(22,10) NOT NULL,
  `total_refunds` decimal(22,10) NOT NULL,
  `total_payouts` decimal(22,10) NOT NULL,
  `percentage_rate` decimal(22,10),
  `referral_fee` decimal(22,10),
  `fee_currency_id` int,
  `one_time` smallint NOT NULL,
  `period_unit_id` int NOT NULL,
  `period_value` int NOT NULL,
  `next_payout_date` date NOT NULL,
  `due_payout` decimal(22,10),
  `automatic_process` smallint NOT NULL,
  `related_clerk` int,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `partner_fk_2` FOREIGN KEY (`fee_currency_id`) REFERENCES `currency` (`id`),
  CONSTRAINT `partner_fk_3` FOREIGN KEY (`related_clerk`) REFERENCES `base_user` (`id`),
  CONSTRAINT `partner_fk_4` FOREIGN KEY (`user_id`) REFERENCES `base_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `partner_payout` (
  `id` int NOT NULL,
  `starting_date` date NOT NULL,
  `ending_date` date NOT NULL,
  `payments_amount` decimal(22,10) NOT NULL,
  `refunds_amount` decimal(22,10) NOT NULL,
  `balance_left` decimal(22,10) NOT NULL,
  `payment_id` int,
  `partner_id` int,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `partner_payout_fk_1` FOREIGN KEY (`partner_id`) REFERENCES `partner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `payment` (
  `id` int NOT NULL,
  `user_id` int,
  `attempt` int,
  `result_id` int,
  `amount` decimal(22,10) NOT NULL,
  `create_datetime` datetime NOT NULL,
  `update_datetime` datetime,
  `payment_date` date,
  `method_id` int NOT NULL,
  `credit_card_id` int,
  `deleted` smallint DEFAULT 0 NOT NULL,
  `is_refund` smallint DEFAULT 0 NOT NULL,
  `is_preauth` smallint DEFAULT 0 NOT NULL,
  `payment_id` int,
  `currency_id` int NOT NULL,
  `payout_id` int,
  `ach_id` int,
  `balance` decimal(22,10),
  `optlock` int NOT NULL,
  `payment_period` int,
  `payment_notes` varchar(500),
  PRIMARY KEY (`id`),
  CONSTRAINT `payment_fk_1` FOREIGN KEY (`ach_id`) REFERENCES `ach` (`id`),
  CONSTRAINT `payment_fk_2` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`id`),
  CONSTRAINT `payment_fk_3` FOREIGN KEY (`payment_id`) REFERENCES `payment` (`id`),
  CONSTRAINT `payment_fk_4` FOREIGN KEY (`credit_card_id`) REFERENCES `credit_card` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `payment_authorization` (
  `id` int NOT NULL,
  `payment_id` int,
  `processor` varchar(40) NOT NULL,
  `code1` varchar(40) NOT NULL,
  `code2` varchar(40),
  `code3` varchar(40),
  `approval_code` varchar(20),
  `avs` varchar(20),
  `transaction_id` varchar(40),
  `md5` varchar(100),
  `card_code` varchar(100),
  `create_datetime` date NOT NULL,
  `response_message` varchar(200),
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `payment_authorization_fk_1` FOREIGN KEY (`payment_id`) REFERENCES `payment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `payment_info_cheque` (
  `id` int NOT NULL,
  `payment_id` int,
  `bank` varchar(50),
  `cheque_number` varchar(50),
  `cheque_date` date,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `payment_info_cheque_fk_1` FOREIGN KEY (`payment_id`) REFERENCES `payment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `payment_invoice` (
  `id` int NOT NULL,
  `payment_id` int,
  `invoice_id` int,
  `amount` decimal(22,10),
  `create_datetime` datetime NOT NULL,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `payment_invoice_fk_1` FOREIGN KEY (`invoice_id`) REFERENCES `invoice` (`id`),
  CONSTRAINT `payment_invoice_fk_2` FOREIGN KEY (`payment_id`) REFERENCES `payment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `permission_user` (
  `permission_id` int,
  `user_id` int,
  `is_grant` smallint NOT NULL,
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `permission_user_fk_1` FOREIGN KEY (`user_id`) REFERENCES `base_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pluggable_task` (
  `id` int NOT NULL,
  `entity_id` int NOT NULL,
  `type_id` int,
  `processing_order` int NOT NULL,
  `optlock` int NOT NULL,
  `notes` varchar(1000),
  PRIMARY KEY (`id`),
  CONSTRAINT `pluggable_task_fk_2` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `promotion_user_map` (
  `user_id` int,
  `promotion_id` int,
  CONSTRAINT `promotion_user_map_fk_1` FOREIGN KEY (`user_id`) REFERENCES `base_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `purchase_order` (
  `id` int NOT NULL,
  `user_id` int,
  `period_id` int,
  `billing_type_id` int NOT NULL,
  `active_since` date,
  `active_until` date,
  `cycle_start` date,
  `create_datetime` datetime NOT NULL,
  `next_billable_day` date,
  `created_by` int,
  `status_id` int NOT NULL,
  `currency_id` int NOT NULL,
  `deleted` smallint DEFAULT 0 NOT NULL,
  `notify` smallint,
  `last_notified` datetime,
  `notification_step` int,
  `due_date_unit_id` int,
  `due_date_value` int,
  `df_fm` smallint,
  `anticipate_periods` int,
  `own_invoice` smallint,
  `notes` varchar(200),
  `notes_in_invoice` smallint,
  `is_current` smallint,
  `optlock` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `purchase_order_fk_1` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`id`),
  CONSTRAINT `purchase_order_fk_4` FOREIGN KEY (`user_id`) REFERENCES `base_user` (`id`),
  CONSTRAINT `purchase_order_fk_5` FOREIGN KEY (`created_by`) REFERENCES `base_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_credit_card_map` (
  `user_id` int,
  `credit_card_id` int
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_role_map` (
  `user_id` int,
  `role_id` int,
  CONSTRAINT `user_role_map_fk_2` FOREIGN KEY (`user_id`) REFERENCES `base_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


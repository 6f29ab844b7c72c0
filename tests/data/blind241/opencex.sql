-- OpenCEX (Polygant; open-source cryptocurrency exchange, Django), github.com/Polygant/OpenCEX-backend, commit
-- fc6711e6e9ea07a0512bc58768ee28eba1882b09 (Apache-2.0). Schema as upstream's Django migrations create it: the
-- migrations of its apps (core, cryptocoins, bots, notifications, seo, admin_panel, admin_rest, dashboard_rest) with
-- those of the pinned third-party apps of requirements.txt (Django 3.2.23 auth/contenttypes/admin/sessions/sites,
-- django-allauth 0.52.0 account and socialaccount, djangorestframework 3.12.4 authtoken, django-otp 1.0.6 TOTP),
-- replayed with `manage.py migrate` into a scratch PostgreSQL 15 (data migrations, RunPython, not run; the small
-- upstream modules the migration files import - lib.fields, core.currency, core.pairs - copied for their field
-- types: MoneyField DECIMAL(32,8), CurrencyModelField and PairModelField INTEGER), then written as MySQL from the
-- catalog: varchar(n) as upstream, text -> TEXT, integer/smallint/bigint, numeric(p,s) -> DECIMAL(p,s), timestamptz ->
-- DATETIME(6), jsonb and array fields -> JSON, inet -> VARCHAR(45), boolean -> TINYINT(1); primary keys, unique
-- constraints and foreign keys as replayed (plain indexes not carried over). Left out (22 tables): auth_permission,
-- auth_group_permissions, auth_user_user_permissions, django_migrations, socialaccount_socialapp_sites,
-- bots_ordermatch, bots_ordermatchstat, core_difbalancemonth, core_inoutsstats, core_paygatetopuprevert,
-- core_wallettransactionsrevert, cryptocoins_accumulationtransaction, cryptocoins_depositswithdrawalsstats,
-- cryptocoins_gaskeeper, cryptocoins_keeper, notifications_mailingprocessed and the seo_* CMS tables.
CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `account_emailaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `account_emailconfirmation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `key` varchar(64) NOT NULL,
  `email_address_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailconfirmation_key_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `otp_totp_totpdevice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `key` varchar(80) NOT NULL,
  `step` smallint(6) NOT NULL,
  `t0` bigint(20) NOT NULL,
  `digits` smallint(6) NOT NULL,
  `tolerance` smallint(6) NOT NULL,
  `drift` smallint(6) NOT NULL,
  `last_t` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  `throttling_failure_count` int(11) NOT NULL,
  `throttling_failure_timestamp` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `socialaccount_socialapp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `socialaccount_socialaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` text NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`, `uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `socialaccount_socialtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` text NOT NULL,
  `token_secret` text NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `app_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` text NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` text DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(6) NOT NULL,
  `change_message` text NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `name` varchar(150) NOT NULL,
  `value` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_settings_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_pair` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `base` int(11) NOT NULL,
  `quote` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_pair_base_quote_ae8da155_uniq` (`base`, `quote`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_pairsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pair_id` int(11) NOT NULL,
  `is_enabled` tinyint(1) NOT NULL,
  `is_autoorders_enabled` tinyint(1) NOT NULL,
  `price_source` smallint(6) NOT NULL,
  `custom_price` decimal(32,8) NOT NULL,
  `deviation` decimal(5,4) NOT NULL,
  `enable_alerts` tinyint(1) NOT NULL,
  `precisions` json NOT NULL,
  `min_base_amount_increment` decimal(32,8) NOT NULL,
  `min_order_size` decimal(32,8) NOT NULL,
  `min_price_increment` decimal(32,8) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_pairsettings_pair_key` (`pair_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_coininfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `currency` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_base` tinyint(1) NOT NULL,
  `decimals` smallint(6) NOT NULL,
  `index` smallint(6) NOT NULL,
  `tx_explorer` varchar(255) NOT NULL,
  `links` json NOT NULL,
  `logo` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_coininfo_currency_key` (`currency`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_feesandlimits` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `currency` int(11) NOT NULL,
  `limits_deposit_min` decimal(32,8) NOT NULL,
  `limits_deposit_max` decimal(32,8) NOT NULL,
  `limits_withdrawal_min` decimal(32,8) NOT NULL,
  `limits_withdrawal_max` decimal(32,8) NOT NULL,
  `limits_order_min` decimal(32,8) NOT NULL,
  `limits_order_max` decimal(32,8) NOT NULL,
  `limits_code_max` decimal(32,8) NOT NULL,
  `limits_accumulation_min` decimal(32,8) NOT NULL,
  `fee_deposit_address` decimal(32,8) NOT NULL,
  `fee_deposit_code` decimal(32,8) NOT NULL,
  `fee_withdrawal_code` decimal(32,8) NOT NULL,
  `fee_order_limits` decimal(32,8) NOT NULL,
  `fee_order_market` decimal(32,8) NOT NULL,
  `fee_exchange_value` decimal(32,8) NOT NULL,
  `limits_keeper_accumulation_balance` decimal(32,8) NOT NULL,
  `limits_accumulation_max_gas_price` decimal(32,8) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_feesandlimits_currency_key` (`currency`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_disabledcoin` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `currency` int(11) NOT NULL,
  `disable_topups` tinyint(1) NOT NULL,
  `disable_withdrawals` tinyint(1) NOT NULL,
  `disable_exchange` tinyint(1) NOT NULL,
  `disable_pairs` tinyint(1) NOT NULL,
  `disable_stack` tinyint(1) NOT NULL,
  `disable_all` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_disabledcoin_currency_key` (`currency`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_withdrawalfee` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `currency` int(11) NOT NULL,
  `blockchain_currency` int(11) NOT NULL,
  `address_fee` decimal(32,8) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_withdrawalfee_currency_blockchain_currency_7feaede3_uniq` (`currency`, `blockchain_currency`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_withdrawallimitlevel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` decimal(32,8) NOT NULL,
  `level` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_externalpriceshistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `pair_id` int(11) NOT NULL,
  `price` decimal(32,8) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_tradesaggregatedstats` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `pair_id` int(11) NOT NULL,
  `ts` datetime(6) NOT NULL,
  `period` smallint(6) NOT NULL,
  `min_price` decimal(32,8) NOT NULL,
  `max_price` decimal(32,8) NOT NULL,
  `avg_price` decimal(32,8) NOT NULL,
  `open_price` decimal(32,8) NOT NULL,
  `close_price` decimal(32,8) NOT NULL,
  `volume` decimal(32,8) NOT NULL,
  `amount` decimal(32,8) NOT NULL,
  `num_trades` int(11) NOT NULL,
  `fee_base` decimal(32,8) NOT NULL,
  `fee_quoted` decimal(32,8) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_tradesaggregatedstats_pair_ts_period_b016b17a_uniq` (`pair_id`, `ts`, `period`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `auto_logout_timeout` int(11) NOT NULL,
  `payouts_freezed_till` datetime(6) DEFAULT NULL,
  `api_key` varchar(64) NOT NULL,
  `secret_key` varchar(64) NOT NULL,
  `api_callback_url` varchar(255) DEFAULT NULL,
  `birth_day` datetime(6) DEFAULT NULL,
  `country` varchar(2) DEFAULT NULL,
  `register_ip` varchar(45) DEFAULT NULL,
  `interface` varchar(64) DEFAULT NULL,
  `phone` varchar(64) DEFAULT NULL,
  `is_sof_verified` tinyint(1) NOT NULL,
  `language` varchar(10) NOT NULL,
  `sepa_remittance_id` varchar(12) NOT NULL,
  `is_auto_orders_enabled` tinyint(1) NOT NULL,
  `email_ip_changed` tinyint(1) NOT NULL,
  `email_failed_login` tinyint(1) NOT NULL,
  `withdrawals_sms_confirmation` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  `user_type` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_profile_sepa_remittance_id_key` (`sepa_remittance_id`),
  UNIQUE KEY `core_profile_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_userkyc` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `applicantId` varchar(200) NOT NULL,
  `reviewAnswer` varchar(200) NOT NULL,
  `kyc_data` json NOT NULL,
  `last_kyc_data_update` datetime(6) DEFAULT NULL,
  `forced_approve` tinyint(1) NOT NULL,
  `rejectType` varchar(255) DEFAULT NULL,
  `moderationComment` varchar(250) DEFAULT NULL,
  `rejectLabels` json DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_userkyc_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_sourceoffunds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `is_beneficiary` tinyint(1) DEFAULT NULL,
  `profession` json DEFAULT NULL,
  `source` json DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_sourceoffunds_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_userrestrictions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `disable_topups` tinyint(1) NOT NULL,
  `disable_withdrawals` tinyint(1) NOT NULL,
  `disable_orders` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_userrestrictions_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_userfee` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `fee_rate` decimal(32,8) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_userfee_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_userexchangefee` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `fee_rate` decimal(32,8) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_userexchangefee_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_expiringtoken` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_used` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `core_expiringtoken_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_twofactorsecrettokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `secret` varchar(200) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_twofactorsecrethistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_loginhistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `user_agent` varchar(255) NOT NULL,
  `ip` varchar(100) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_accesslog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `ip` varchar(64) NOT NULL,
  `username` varchar(256) NOT NULL,
  `method` varchar(20) NOT NULL,
  `uri` text NOT NULL,
  `referer` text NOT NULL,
  `status` varchar(3) NOT NULL,
  `user_agent` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_smshistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `phone` varchar(64) DEFAULT NULL,
  `withdrawals_sms_confirmation` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_smsconfirmationhistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `phone` varchar(64) NOT NULL,
  `action_type` smallint(6) NOT NULL,
  `verification_type` smallint(6) NOT NULL,
  `is_success` tinyint(1) NOT NULL,
  `code` varchar(8) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `subject` varchar(200) NOT NULL,
  `content` varchar(1000) NOT NULL,
  `read` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_balance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `currency` int(11) NOT NULL,
  `amount` decimal(32,8) NOT NULL,
  `amount_in_orders` decimal(32,8) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_balance_user_id_currency_be5eb94c_uniq` (`user_id`, `currency`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_difbalance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `type` int(11) NOT NULL,
  `currency` int(11) DEFAULT NULL,
  `diff` decimal(32,8) NOT NULL,
  `diff_percent` decimal(32,8) NOT NULL,
  `balance` decimal(32,8) NOT NULL,
  `old_balance` decimal(32,8) NOT NULL,
  `calc_balance` decimal(32,8) NOT NULL,
  `txs_amount` decimal(32,8) NOT NULL,
  `sum_diff` decimal(32,8) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_transaction` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `currency` int(11) NOT NULL,
  `amount` decimal(32,8) NOT NULL,
  `reason` smallint(6) NOT NULL,
  `state` smallint(6) NOT NULL,
  `data` json NOT NULL,
  `internal` json NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_order` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` text DEFAULT NULL,
  `type` smallint(6) NOT NULL,
  `operation` smallint(6) NOT NULL,
  `state` smallint(6) NOT NULL,
  `status` smallint(6) NOT NULL,
  `pair_id` int(11) NOT NULL,
  `executed` tinyint(1) NOT NULL,
  `quantity` decimal(32,8) NOT NULL,
  `price` decimal(32,8) DEFAULT NULL,
  `cost` decimal(32,8) DEFAULT NULL,
  `price_ts` datetime(6) NOT NULL,
  `quantity_left` decimal(32,8) NOT NULL,
  `vwap` decimal(32,8) NOT NULL,
  `otc_limit` decimal(32,8) DEFAULT NULL,
  `otc_percent` decimal(32,8) DEFAULT NULL,
  `stop` decimal(32,8) DEFAULT NULL,
  `in_stack` tinyint(1) NOT NULL,
  `state_changed_at` datetime(6) DEFAULT NULL,
  `in_transaction_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_orderchangehistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `quantity` decimal(32,8) DEFAULT NULL,
  `price` decimal(32,8) DEFAULT NULL,
  `otc_percent` decimal(32,8) DEFAULT NULL,
  `otc_limit` decimal(32,8) DEFAULT NULL,
  `order_id` int(11) NOT NULL,
  `stop` decimal(32,8) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_orderstatechangehistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `prev_state` smallint(6) NOT NULL,
  `prev_status` smallint(6) NOT NULL,
  `order_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_executionresult` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `pair_id` int(11) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  `quantity` decimal(32,8) NOT NULL,
  `fee_rate` decimal(32,8) NOT NULL,
  `price` decimal(32,8) DEFAULT NULL,
  `matched_order_price` decimal(32,8) DEFAULT NULL,
  `fee_amount` decimal(32,8) NOT NULL,
  `cacheback_transaction_id` int(11) DEFAULT NULL,
  `fee_aggregate_tx_id` int(11) DEFAULT NULL,
  `matched_order_id` int(11) DEFAULT NULL,
  `order_id` int(11) NOT NULL,
  `transaction_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_executionresult_order_id_matched_order_id_3173cc40_uniq` (`order_id`, `matched_order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_orderrevert` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `matched_order_id` int(11) DEFAULT NULL,
  `order_id` int(11) NOT NULL,
  `origin_transaction_id` int(11) DEFAULT NULL,
  `transaction_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_exchange` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `operation` smallint(6) NOT NULL,
  `base_currency` int(11) NOT NULL,
  `quote_currency` int(11) NOT NULL,
  `quantity` decimal(32,8) NOT NULL,
  `cost` decimal(32,8) NOT NULL,
  `order_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_paygatetopup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `currency` int(11) NOT NULL,
  `amount` decimal(32,8) NOT NULL,
  `state` int(11) NOT NULL,
  `data` json NOT NULL,
  `gate_id` int(11) NOT NULL,
  `our_fee_amount` decimal(32,8) NOT NULL,
  `status` smallint(6) NOT NULL,
  `tx_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_userwallet` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `currency` int(11) NOT NULL,
  `blockchain_currency` int(11) NOT NULL,
  `address` varchar(255) NOT NULL,
  `private_key` text DEFAULT NULL,
  `merchant` tinyint(1) NOT NULL,
  `block_type` smallint(6) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `is_old` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_userwallet_currency_address_949b317c_uniq` (`currency`, `address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_wallettransactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `currency` int(11) NOT NULL,
  `amount` decimal(32,8) NOT NULL,
  `tx_hash` varchar(250) NOT NULL,
  `status` smallint(6) NOT NULL,
  `state` smallint(6) NOT NULL,
  `transaction_id` int(11) DEFAULT NULL,
  `wallet_id` int(11) NOT NULL,
  `external_accumulation_address` varchar(64) DEFAULT NULL,
  `fee_amount` decimal(32,8) NOT NULL,
  `monitoring_state` smallint(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_wallethistoryitem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `state` smallint(6) NOT NULL,
  `operation_type` smallint(6) NOT NULL,
  `currency` int(11) NOT NULL,
  `amount` decimal(32,8) NOT NULL,
  `tx_hash` varchar(255) NOT NULL,
  `address` varchar(255) NOT NULL,
  `confirmations_count` smallint(6) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `paygate_id` smallint(6) NOT NULL,
  `paygate_method` smallint(6) DEFAULT NULL,
  `transaction_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_wallethistoryitem_transaction_id_key` (`transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_withdrawalrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `currency` int(11) NOT NULL,
  `amount` decimal(32,8) NOT NULL,
  `amount_usdt` decimal(32,8) NOT NULL,
  `state` int(11) NOT NULL,
  `txid` varchar(250) DEFAULT NULL,
  `approved` tinyint(1) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `our_fee_amount` decimal(32,8) NOT NULL,
  `sci_gate_id` int(11) DEFAULT NULL,
  `data` json NOT NULL,
  `confirmation_token` varchar(64) DEFAULT NULL,
  `transaction_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_withdrawalrequest_confirmation_token_key` (`confirmation_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_withdrawaluserlimit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `limit_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `core_userpairdailystat` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `pair_id` int(11) NOT NULL,
  `day` date NOT NULL,
  `currency1` int(11) NOT NULL,
  `currency2` int(11) NOT NULL,
  `volume_got1` decimal(32,8) NOT NULL,
  `volume_got2` decimal(32,8) NOT NULL,
  `fee_amount_paid1` decimal(32,8) NOT NULL,
  `fee_amount_paid2` decimal(32,8) NOT NULL,
  `volume_spent1` decimal(32,8) NOT NULL,
  `volume_spent2` decimal(32,8) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_userpairdailystat_user_id_day_pair_ab75e2e7_uniq` (`user_id`, `day`, `pair_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `cryptocoins_scoringsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `min_score` decimal(5,2) NOT NULL,
  `deffered_scoring_time` int(11) NOT NULL,
  `min_tx_amount` decimal(32,8) NOT NULL,
  `currency` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cryptocoins_scoringsettings_currency_key` (`currency`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `cryptocoins_transactioninputscore` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `hash` text NOT NULL,
  `address` text NOT NULL,
  `score` decimal(5,2) NOT NULL,
  `deposit_made` tinyint(1) NOT NULL,
  `accumulation_made` tinyint(1) NOT NULL,
  `data` json NOT NULL,
  `currency` int(11) DEFAULT NULL,
  `token_currency` int(11) DEFAULT NULL,
  `scoring_state` smallint(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `cryptocoins_accumulationdetails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `currency` int(11) NOT NULL,
  `token_currency` int(11) DEFAULT NULL,
  `txid` varchar(100) DEFAULT NULL,
  `from_address` varchar(100) NOT NULL,
  `to_address` varchar(100) NOT NULL,
  `is_checked` tinyint(1) NOT NULL,
  `state` smallint(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `cryptocoins_lastprocessedblock` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `currency` int(11) NOT NULL,
  `block_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cryptocoins_lastprocessedblock_currency_key` (`currency`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `bots_botconfig` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `pair_id` int(11) NOT NULL,
  `strategy` varchar(255) NOT NULL,
  `symbol_precision` int(11) NOT NULL,
  `quote_precision` int(11) NOT NULL,
  `loop_period` int(11) NOT NULL,
  `loop_period_random` tinyint(1) NOT NULL,
  `min_period` smallint(6) NOT NULL,
  `max_period` smallint(6) NOT NULL,
  `ext_price_delta` decimal(32,8) NOT NULL,
  `min_order_quantity` decimal(32,8) NOT NULL,
  `max_order_quantity` decimal(32,8) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `stopped` tinyint(1) NOT NULL,
  `match_user_orders` tinyint(1) NOT NULL,
  `next_launch` datetime(6) NOT NULL,
  `instant_match` tinyint(1) NOT NULL,
  `use_custom_price` tinyint(1) NOT NULL,
  `custom_price` decimal(32,8) NOT NULL,
  `is_ohlc_price_used` tinyint(1) NOT NULL,
  `ohlc_period` int(11) NOT NULL,
  `low_orders_match` tinyint(1) NOT NULL,
  `low_orders_max_match_size` double NOT NULL,
  `low_orders_spread_size` double NOT NULL,
  `low_orders_min_order_size` double NOT NULL,
  `low_orders_match_greater_order` tinyint(1) NOT NULL,
  `low_spread_alert` tinyint(1) NOT NULL,
  `cancel_order_error` tinyint(1) NOT NULL,
  `create_order_error` tinyint(1) NOT NULL,
  `authorization_error` tinyint(1) NOT NULL,
  `ohlc_range_from` double NOT NULL,
  `ohlc_range_to` double NOT NULL,
  `ohlc_step` double NOT NULL,
  `ohlc_HL_delta` double NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bots_botconfig_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `notifications_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `title` varchar(255) NOT NULL,
  `title_ru` varchar(255) DEFAULT NULL,
  `title_en` varchar(255) DEFAULT NULL,
  `text` text NOT NULL,
  `text_ru` text DEFAULT NULL,
  `text_en` text DEFAULT NULL,
  `type` smallint(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `notifications_notification_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `notification_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_notificati_notification_id_user_id_e73303f2_uniq` (`notification_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `notifications_mailing` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `subject` varchar(250) NOT NULL,
  `subject_ru` varchar(250) DEFAULT NULL,
  `subject_en` varchar(250) DEFAULT NULL,
  `text` text NOT NULL,
  `text_ru` text DEFAULT NULL,
  `text_en` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `notifications_mailing_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mailing_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_mailing_users_mailing_id_user_id_5dc56447_uniq` (`mailing_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Foreign keys (declared upstream), added after all tables exist
ALTER TABLE `auth_user_groups` ADD CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `auth_user_groups` ADD CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `account_emailaddress` ADD CONSTRAINT `account_emailaddress_user_id_2c513194_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `account_emailconfirmation` ADD CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`);
ALTER TABLE `authtoken_token` ADD CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `otp_totp_totpdevice` ADD CONSTRAINT `otp_totp_totpdevice_user_id_0fb18292_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `socialaccount_socialaccount` ADD CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `socialaccount_socialtoken` ADD CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`);
ALTER TABLE `socialaccount_socialtoken` ADD CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`);
ALTER TABLE `django_admin_log` ADD CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `django_admin_log` ADD CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_pairsettings` ADD CONSTRAINT `core_pairsettings_pair_id_81e88b43_fk_core_pair_id` FOREIGN KEY (`pair_id`) REFERENCES `core_pair` (`id`);
ALTER TABLE `core_externalpriceshistory` ADD CONSTRAINT `core_externalpriceshistory_pair_id_9bdeec80_fk_core_pair_id` FOREIGN KEY (`pair_id`) REFERENCES `core_pair` (`id`);
ALTER TABLE `core_tradesaggregatedstats` ADD CONSTRAINT `core_tradesaggregatedstats_pair_id_370a23f8_fk_core_pair_id` FOREIGN KEY (`pair_id`) REFERENCES `core_pair` (`id`);
ALTER TABLE `core_profile` ADD CONSTRAINT `core_profile_user_id_bf8ada58_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_userkyc` ADD CONSTRAINT `core_userkyc_user_id_ca8b6123_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_sourceoffunds` ADD CONSTRAINT `core_sourceoffunds_user_id_13fdfd61_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_userrestrictions` ADD CONSTRAINT `core_userrestrictions_user_id_ccfb9017_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_userfee` ADD CONSTRAINT `core_userfee_user_id_582d14a4_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_userexchangefee` ADD CONSTRAINT `core_userexchangefee_user_id_f9b72ea0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_expiringtoken` ADD CONSTRAINT `core_expiringtoken_user_id_979d34d2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_twofactorsecrettokens` ADD CONSTRAINT `core_twofactorsecrettokens_user_id_e206e3c4_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_twofactorsecrethistory` ADD CONSTRAINT `core_twofactorsecrethistory_user_id_a0e900bc_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_loginhistory` ADD CONSTRAINT `core_loginhistory_user_id_00bd7fa6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_smshistory` ADD CONSTRAINT `core_smshistory_user_id_3b395f10_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_smsconfirmationhistory` ADD CONSTRAINT `core_smsconfirmationhistory_user_id_35ab801f_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_message` ADD CONSTRAINT `core_message_user_id_4c5eebb2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_balance` ADD CONSTRAINT `core_balance_user_id_a6988b71_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_difbalance` ADD CONSTRAINT `core_difbalance_user_id_c7131626_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_transaction` ADD CONSTRAINT `core_transaction_user_id_9d7207a3_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_order` ADD CONSTRAINT `core_order_in_transaction_id_57d26829_fk_core_transaction_id` FOREIGN KEY (`in_transaction_id`) REFERENCES `core_transaction` (`id`);
ALTER TABLE `core_order` ADD CONSTRAINT `core_order_pair_id_8507503a_fk_core_pair_id` FOREIGN KEY (`pair_id`) REFERENCES `core_pair` (`id`);
ALTER TABLE `core_order` ADD CONSTRAINT `core_order_user_id_b03bbffd_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_orderchangehistory` ADD CONSTRAINT `core_orderchangehistory_order_id_f4f58cf9_fk_core_order_id` FOREIGN KEY (`order_id`) REFERENCES `core_order` (`id`);
ALTER TABLE `core_orderstatechangehistory` ADD CONSTRAINT `core_orderstatechangehistory_order_id_169b3fc6_fk_core_order_id` FOREIGN KEY (`order_id`) REFERENCES `core_order` (`id`);
ALTER TABLE `core_executionresult` ADD CONSTRAINT `core_executionresult_fee_aggregate_tx_id_e56c679d_fk_core_tran` FOREIGN KEY (`fee_aggregate_tx_id`) REFERENCES `core_transaction` (`id`);
ALTER TABLE `core_executionresult` ADD CONSTRAINT `core_executionresult_pair_id_0c6db62d_fk_core_pair_id` FOREIGN KEY (`pair_id`) REFERENCES `core_pair` (`id`);
ALTER TABLE `core_executionresult` ADD CONSTRAINT `core_executionresult_user_id_787d4a75_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_orderrevert` ADD CONSTRAINT `core_orderrevert_matched_order_id_4b5b43f0_fk_core_order_id` FOREIGN KEY (`matched_order_id`) REFERENCES `core_order` (`id`);
ALTER TABLE `core_orderrevert` ADD CONSTRAINT `core_orderrevert_order_id_f7ac380d_fk_core_order_id` FOREIGN KEY (`order_id`) REFERENCES `core_order` (`id`);
ALTER TABLE `core_orderrevert` ADD CONSTRAINT `core_orderrevert_origin_transaction_i_0ebf500a_fk_core_tran` FOREIGN KEY (`origin_transaction_id`) REFERENCES `core_transaction` (`id`);
ALTER TABLE `core_orderrevert` ADD CONSTRAINT `core_orderrevert_transaction_id_4014a270_fk_core_transaction_id` FOREIGN KEY (`transaction_id`) REFERENCES `core_transaction` (`id`);
ALTER TABLE `core_orderrevert` ADD CONSTRAINT `core_orderrevert_user_id_30677af1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_exchange` ADD CONSTRAINT `core_exchange_user_id_d00aff23_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_paygatetopup` ADD CONSTRAINT `core_paygatetopup_tx_id_b0a65fb1_fk_core_transaction_id` FOREIGN KEY (`tx_id`) REFERENCES `core_transaction` (`id`);
ALTER TABLE `core_paygatetopup` ADD CONSTRAINT `core_paygatetopup_user_id_eeb2bf32_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_userwallet` ADD CONSTRAINT `core_userwallet_user_id_01763995_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_wallettransactions` ADD CONSTRAINT `core_wallettransacti_transaction_id_5dbc40a2_fk_core_tran` FOREIGN KEY (`transaction_id`) REFERENCES `core_transaction` (`id`);
ALTER TABLE `core_wallettransactions` ADD CONSTRAINT `core_wallettransacti_wallet_id_f832ebf2_fk_core_user` FOREIGN KEY (`wallet_id`) REFERENCES `core_userwallet` (`id`);
ALTER TABLE `core_wallethistoryitem` ADD CONSTRAINT `core_wallethistoryit_transaction_id_a64d1c08_fk_core_tran` FOREIGN KEY (`transaction_id`) REFERENCES `core_transaction` (`id`);
ALTER TABLE `core_wallethistoryitem` ADD CONSTRAINT `core_wallethistoryitem_user_id_8c2d2789_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_withdrawalrequest` ADD CONSTRAINT `core_withdrawalreque_transaction_id_7c23d33e_fk_core_tran` FOREIGN KEY (`transaction_id`) REFERENCES `core_transaction` (`id`);
ALTER TABLE `core_withdrawalrequest` ADD CONSTRAINT `core_withdrawalrequest_user_id_67d81279_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_withdrawaluserlimit` ADD CONSTRAINT `core_withdrawaluserl_limit_id_04dfcf5c_fk_core_with` FOREIGN KEY (`limit_id`) REFERENCES `core_withdrawallimitlevel` (`id`);
ALTER TABLE `core_withdrawaluserlimit` ADD CONSTRAINT `core_withdrawaluserlimit_user_id_1a447932_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `core_userpairdailystat` ADD CONSTRAINT `core_userpairdailystat_pair_id_1a98fd9f_fk_core_pair_id` FOREIGN KEY (`pair_id`) REFERENCES `core_pair` (`id`);
ALTER TABLE `core_userpairdailystat` ADD CONSTRAINT `core_userpairdailystat_user_id_329c1ab9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `bots_botconfig` ADD CONSTRAINT `bots_botconfig_pair_id_b7e374cd_fk_core_pair_id` FOREIGN KEY (`pair_id`) REFERENCES `core_pair` (`id`);
ALTER TABLE `bots_botconfig` ADD CONSTRAINT `bots_botconfig_user_id_bff60e7a_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `notifications_notification_users` ADD CONSTRAINT `notifications_notifi_notification_id_8c41a269_fk_notificat` FOREIGN KEY (`notification_id`) REFERENCES `notifications_notification` (`id`);
ALTER TABLE `notifications_notification_users` ADD CONSTRAINT `notifications_notifi_user_id_be1f7c0f_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `notifications_mailing_users` ADD CONSTRAINT `notifications_mailin_mailing_id_4424247c_fk_notificat` FOREIGN KEY (`mailing_id`) REFERENCES `notifications_mailing` (`id`);
ALTER TABLE `notifications_mailing_users` ADD CONSTRAINT `notifications_mailing_users_user_id_5b6b5168_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);

-- Maybe (personal finance app, "maybe-finance/maybe") database schema, trimmed.
-- Upstream: github.com/maybe-finance/maybe, file db/schema.rb (ActiveRecord schema version 2025_07_24_115507),
--   commit 77b5469832758d1cbee1a940f3012a1ae1c74cd3. Licence: AGPL-3.0.
-- Rails schema (PostgreSQL) written as MySQL DDL: uuid -> char(36), string -> varchar(255), jsonb/json and
-- PostgreSQL arrays -> json, boolean -> tinyint(1), datetime -> datetime(6); stored generated (virtual) columns
-- written as plain columns of their type; indexes left out; foreign keys from add_foreign_key between kept tables.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `accounts` (
  `id` char(36) NOT NULL,
  `subtype` varchar(255),
  `family_id` char(36) NOT NULL,
  `name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `accountable_type` varchar(255),
  `accountable_id` char(36),
  `balance` decimal(19,4),
  `currency` varchar(255),
  `classification` varchar(255),
  `import_id` char(36),
  `plaid_account_id` char(36),
  `cash_balance` decimal(19,4) DEFAULT '0.0',
  `locked_attributes` json,
  `status` varchar(255) DEFAULT 'active',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`),
  FOREIGN KEY (`import_id`) REFERENCES `imports` (`id`),
  FOREIGN KEY (`plaid_account_id`) REFERENCES `plaid_accounts` (`id`)
);

CREATE TABLE `active_storage_attachments` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` char(36) NOT NULL,
  `blob_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `active_storage_blobs` (
  `id` char(36) NOT NULL,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `service_name` varchar(255) NOT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `addresses` (
  `id` char(36) NOT NULL,
  `addressable_type` varchar(255),
  `addressable_id` char(36),
  `line1` varchar(255),
  `line2` varchar(255),
  `county` varchar(255),
  `locality` varchar(255),
  `region` varchar(255),
  `country` varchar(255),
  `postal_code` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_keys` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `user_id` char(36) NOT NULL,
  `scopes` json,
  `last_used_at` datetime(6),
  `expires_at` datetime(6),
  `revoked_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `display_key` varchar(255) NOT NULL,
  `source` varchar(255) DEFAULT 'web',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `balances` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `date` date NOT NULL,
  `balance` decimal(19,4) NOT NULL,
  `currency` varchar(255) NOT NULL DEFAULT 'USD',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `cash_balance` decimal(19,4) DEFAULT '0.0',
  `start_cash_balance` decimal(19,4) NOT NULL DEFAULT '0.0',
  `start_non_cash_balance` decimal(19,4) NOT NULL DEFAULT '0.0',
  `cash_inflows` decimal(19,4) NOT NULL DEFAULT '0.0',
  `cash_outflows` decimal(19,4) NOT NULL DEFAULT '0.0',
  `non_cash_inflows` decimal(19,4) NOT NULL DEFAULT '0.0',
  `non_cash_outflows` decimal(19,4) NOT NULL DEFAULT '0.0',
  `net_market_flows` decimal(19,4) NOT NULL DEFAULT '0.0',
  `cash_adjustments` decimal(19,4) NOT NULL DEFAULT '0.0',
  `non_cash_adjustments` decimal(19,4) NOT NULL DEFAULT '0.0',
  `flows_factor` int NOT NULL DEFAULT 1,
  `start_balance` decimal(19,4),
  `end_cash_balance` decimal(19,4),
  `end_non_cash_balance` decimal(19,4),
  `end_balance` decimal(19,4),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `budgets` (
  `id` char(36) NOT NULL,
  `family_id` char(36) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `budgeted_spending` decimal(19,4),
  `expected_income` decimal(19,4),
  `currency` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
);

CREATE TABLE `categories` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `color` varchar(255) NOT NULL DEFAULT '#6172F3',
  `family_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `parent_id` char(36),
  `classification` varchar(255) NOT NULL DEFAULT 'expense',
  `lucide_icon` varchar(255) NOT NULL DEFAULT 'shapes',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
);

CREATE TABLE `chats` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `title` varchar(255) NOT NULL,
  `instructions` varchar(255),
  `error` json,
  `latest_assistant_response_id` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `credit_cards` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `available_credit` decimal(10,2),
  `minimum_payment` decimal(10,2),
  `apr` decimal(10,2),
  `expiration_date` date,
  `annual_fee` decimal(10,2),
  `locked_attributes` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `entries` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `entryable_type` varchar(255),
  `entryable_id` char(36),
  `amount` decimal(19,4) NOT NULL,
  `currency` varchar(255),
  `date` date,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `import_id` char(36),
  `notes` text,
  `excluded` tinyint(1) DEFAULT 0,
  `plaid_id` varchar(255),
  `locked_attributes` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`import_id`) REFERENCES `imports` (`id`)
);

CREATE TABLE `exchange_rates` (
  `id` char(36) NOT NULL,
  `from_currency` varchar(255) NOT NULL,
  `to_currency` varchar(255) NOT NULL,
  `rate` decimal(38,18) NOT NULL,
  `date` date NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `families` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `currency` varchar(255) DEFAULT 'USD',
  `locale` varchar(255) DEFAULT 'en',
  `stripe_customer_id` varchar(255),
  `date_format` varchar(255) DEFAULT '%m-%d-%Y',
  `country` varchar(255) DEFAULT 'US',
  `timezone` varchar(255),
  `data_enrichment_enabled` tinyint(1) DEFAULT 0,
  `early_access` tinyint(1) DEFAULT 0,
  `auto_sync_on_login` tinyint(1) NOT NULL DEFAULT 1,
  `latest_sync_activity_at` datetime(6),
  `latest_sync_completed_at` datetime(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `holdings` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `security_id` char(36) NOT NULL,
  `date` date NOT NULL,
  `qty` decimal(19,4) NOT NULL,
  `price` decimal(19,4) NOT NULL,
  `amount` decimal(19,4) NOT NULL,
  `currency` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`security_id`) REFERENCES `securities` (`id`)
);

CREATE TABLE `impersonation_session_logs` (
  `id` char(36) NOT NULL,
  `impersonation_session_id` char(36) NOT NULL,
  `controller` varchar(255),
  `action` varchar(255),
  `path` text,
  `method` varchar(255),
  `ip_address` varchar(255),
  `user_agent` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`impersonation_session_id`) REFERENCES `impersonation_sessions` (`id`)
);

CREATE TABLE `impersonation_sessions` (
  `id` char(36) NOT NULL,
  `impersonator_id` char(36) NOT NULL,
  `impersonated_id` char(36) NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'pending',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`impersonated_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`impersonator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `import_rows` (
  `id` char(36) NOT NULL,
  `import_id` char(36) NOT NULL,
  `account` varchar(255),
  `date` varchar(255),
  `qty` varchar(255),
  `ticker` varchar(255),
  `price` varchar(255),
  `amount` varchar(255),
  `currency` varchar(255),
  `name` varchar(255),
  `category` varchar(255),
  `tags` varchar(255),
  `entity_type` varchar(255),
  `notes` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `exchange_operating_mic` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`import_id`) REFERENCES `imports` (`id`)
);

CREATE TABLE `imports` (
  `id` char(36) NOT NULL,
  `column_mappings` json,
  `status` varchar(255),
  `raw_file_str` varchar(255),
  `normalized_csv_str` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `col_sep` varchar(255) DEFAULT ',',
  `family_id` char(36) NOT NULL,
  `account_id` char(36),
  `type` varchar(255) NOT NULL,
  `date_col_label` varchar(255),
  `amount_col_label` varchar(255),
  `name_col_label` varchar(255),
  `category_col_label` varchar(255),
  `tags_col_label` varchar(255),
  `account_col_label` varchar(255),
  `qty_col_label` varchar(255),
  `ticker_col_label` varchar(255),
  `price_col_label` varchar(255),
  `entity_type_col_label` varchar(255),
  `notes_col_label` varchar(255),
  `currency_col_label` varchar(255),
  `date_format` varchar(255) DEFAULT '%m/%d/%Y',
  `signage_convention` varchar(255) DEFAULT 'inflows_positive',
  `error` varchar(255),
  `number_format` varchar(255),
  `exchange_operating_mic_col_label` varchar(255),
  `amount_type_strategy` varchar(255) DEFAULT 'signed_amount',
  `amount_type_inflow_value` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
);

CREATE TABLE `invitations` (
  `id` char(36) NOT NULL,
  `email` varchar(255),
  `role` varchar(255),
  `token` varchar(255),
  `family_id` char(36) NOT NULL,
  `inviter_id` char(36) NOT NULL,
  `accepted_at` datetime(6),
  `expires_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`),
  FOREIGN KEY (`inviter_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `invite_codes` (
  `id` char(36) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `loans` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `rate_type` varchar(255),
  `interest_rate` decimal(10,3),
  `term_months` int,
  `initial_balance` decimal(19,4),
  `locked_attributes` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `merchants` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `color` varchar(255),
  `family_id` char(36),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `logo_url` varchar(255),
  `website_url` varchar(255),
  `type` varchar(255) NOT NULL,
  `source` varchar(255),
  `provider_merchant_id` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
);

CREATE TABLE `messages` (
  `id` char(36) NOT NULL,
  `chat_id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'complete',
  `content` text,
  `ai_model` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `debug` tinyint(1) DEFAULT 0,
  `provider_id` varchar(255),
  `reasoning` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`chat_id`) REFERENCES `chats` (`id`)
);

CREATE TABLE `mobile_devices` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `device_id` varchar(255),
  `device_name` varchar(255),
  `device_type` varchar(255),
  `os_version` varchar(255),
  `app_version` varchar(255),
  `last_seen_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `oauth_application_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `oauth_access_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `resource_owner_id` varchar(255),
  `application_id` bigint NOT NULL,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `scopes` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `revoked_at` datetime(6),
  `previous_refresh_token` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
);

CREATE TABLE `oauth_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `confidential` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `owner_id` char(36),
  `owner_type` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `plaid_accounts` (
  `id` char(36) NOT NULL,
  `plaid_item_id` char(36) NOT NULL,
  `plaid_id` varchar(255) NOT NULL,
  `plaid_type` varchar(255) NOT NULL,
  `plaid_subtype` varchar(255),
  `current_balance` decimal(19,4),
  `available_balance` decimal(19,4),
  `currency` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `mask` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `raw_payload` json,
  `raw_transactions_payload` json,
  `raw_investments_payload` json,
  `raw_liabilities_payload` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`plaid_item_id`) REFERENCES `plaid_items` (`id`)
);

CREATE TABLE `plaid_items` (
  `id` char(36) NOT NULL,
  `family_id` char(36) NOT NULL,
  `access_token` varchar(255),
  `plaid_id` varchar(255) NOT NULL,
  `name` varchar(255),
  `next_cursor` varchar(255),
  `scheduled_for_deletion` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `available_products` json,
  `billed_products` json,
  `plaid_region` varchar(255) NOT NULL DEFAULT 'us',
  `institution_url` varchar(255),
  `institution_id` varchar(255),
  `institution_color` varchar(255),
  `status` varchar(255) NOT NULL DEFAULT 'good',
  `raw_payload` json,
  `raw_institution_payload` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
);

CREATE TABLE `properties` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `year_built` int,
  `area_value` int,
  `area_unit` varchar(255),
  `locked_attributes` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rule_actions` (
  `id` char(36) NOT NULL,
  `rule_id` char(36) NOT NULL,
  `action_type` varchar(255) NOT NULL,
  `value` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`rule_id`) REFERENCES `rules` (`id`)
);

CREATE TABLE `rules` (
  `id` char(36) NOT NULL,
  `family_id` char(36) NOT NULL,
  `resource_type` varchar(255) NOT NULL,
  `effective_date` date,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
);

CREATE TABLE `securities` (
  `id` char(36) NOT NULL,
  `ticker` varchar(255) NOT NULL,
  `name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `country_code` varchar(255),
  `exchange_mic` varchar(255),
  `exchange_acronym` varchar(255),
  `logo_url` varchar(255),
  `exchange_operating_mic` varchar(255),
  `offline` tinyint(1) NOT NULL DEFAULT 0,
  `failed_fetch_at` datetime(6),
  `failed_fetch_count` int NOT NULL DEFAULT 0,
  `last_health_check_at` datetime(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `sessions` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `user_agent` varchar(255),
  `ip_address` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `active_impersonator_session_id` char(36),
  `subscribed_at` datetime(6),
  `prev_transaction_page_params` json,
  `data` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`active_impersonator_session_id`) REFERENCES `impersonation_sessions` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `settings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `var` varchar(255) NOT NULL,
  `value` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subscriptions` (
  `id` char(36) NOT NULL,
  `family_id` char(36) NOT NULL,
  `status` varchar(255) NOT NULL,
  `stripe_id` varchar(255),
  `amount` decimal(19,4),
  `currency` varchar(255),
  `interval` varchar(255),
  `current_period_ends_at` datetime(6),
  `trial_ends_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
);

CREATE TABLE `syncs` (
  `id` char(36) NOT NULL,
  `syncable_type` varchar(255) NOT NULL,
  `syncable_id` char(36) NOT NULL,
  `status` varchar(255) DEFAULT 'pending',
  `error` varchar(255),
  `data` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `parent_id` char(36),
  `pending_at` datetime(6),
  `syncing_at` datetime(6),
  `completed_at` datetime(6),
  `failed_at` datetime(6),
  `window_start_date` date,
  `window_end_date` date,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `syncs` (`id`)
);

CREATE TABLE `taggings` (
  `id` char(36) NOT NULL,
  `tag_id` char(36) NOT NULL,
  `taggable_type` varchar(255),
  `taggable_id` char(36),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
);

CREATE TABLE `tags` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `color` varchar(255) NOT NULL DEFAULT '#e99537',
  `family_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
);

CREATE TABLE `tool_calls` (
  `id` char(36) NOT NULL,
  `message_id` char(36) NOT NULL,
  `provider_id` varchar(255) NOT NULL,
  `provider_call_id` varchar(255),
  `type` varchar(255) NOT NULL,
  `function_name` varchar(255),
  `function_arguments` json,
  `function_result` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`)
);

CREATE TABLE `trades` (
  `id` char(36) NOT NULL,
  `security_id` char(36) NOT NULL,
  `qty` decimal(19,4),
  `price` decimal(19,4),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `currency` varchar(255),
  `locked_attributes` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`security_id`) REFERENCES `securities` (`id`)
);

CREATE TABLE `transactions` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `category_id` char(36),
  `merchant_id` char(36),
  `locked_attributes` json,
  `kind` varchar(255) NOT NULL DEFAULT 'standard',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  FOREIGN KEY (`merchant_id`) REFERENCES `merchants` (`id`)
);

CREATE TABLE `transfers` (
  `id` char(36) NOT NULL,
  `inflow_transaction_id` char(36) NOT NULL,
  `outflow_transaction_id` char(36) NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'pending',
  `notes` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`inflow_transaction_id`) REFERENCES `transactions` (`id`),
  FOREIGN KEY (`outflow_transaction_id`) REFERENCES `transactions` (`id`)
);

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `family_id` char(36) NOT NULL,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email` varchar(255),
  `password_digest` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `role` varchar(255) NOT NULL DEFAULT 'member',
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `onboarded_at` datetime(6),
  `unconfirmed_email` varchar(255),
  `otp_secret` varchar(255),
  `otp_required` tinyint(1) NOT NULL DEFAULT 0,
  `otp_backup_codes` json,
  `show_sidebar` tinyint(1) DEFAULT 1,
  `default_period` varchar(255) NOT NULL DEFAULT 'last_30_days',
  `last_viewed_chat_id` char(36),
  `show_ai_sidebar` tinyint(1) DEFAULT 1,
  `ai_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `theme` varchar(255) DEFAULT 'system',
  `rule_prompts_disabled` tinyint(1) DEFAULT 0,
  `rule_prompt_dismissed_at` datetime(6),
  `goals` json,
  `set_onboarding_preferences_at` datetime(6),
  `set_onboarding_goals_at` datetime(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`last_viewed_chat_id`) REFERENCES `chats` (`id`),
  FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
);

CREATE TABLE `valuations` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `locked_attributes` json,
  `kind` varchar(255) NOT NULL DEFAULT 'reconciliation',
  PRIMARY KEY (`id`)
);

CREATE TABLE `vehicles` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `year` int,
  `mileage_value` int,
  `mileage_unit` varchar(255),
  `make` varchar(255),
  `model` varchar(255),
  `locked_attributes` json,
  PRIMARY KEY (`id`)
);

SET FOREIGN_KEY_CHECKS=1;

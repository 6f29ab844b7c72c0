-- Polar (polarsource/polar; open-source payments and billing platform, merchant of record for digital products and
-- subscriptions), github.com/polarsource/polar, commit c6c3645e639ee8eeaa05aa0835cf8e39e330382f (Apache-2.0). Schema
-- as upstream's 53 Alembic migrations in server/migrations/versions (the June 2026 squash and the later ones, which
-- import only alembic, sqlalchemy and alembic_utils) create it: replayed with Alembic into a scratch PostgreSQL 15 with
-- a minimal env.py, then written as MySQL from the catalog: varchar/citext/text -> VARCHAR(n)/TEXT (VARCHAR(255) where
-- in a key), char(n) as upstream, uuid -> CHAR(36), timestamptz -> DATETIME(6), interval -> VARCHAR(64), jsonb and arrays
-- -> JSON, tsvector -> TEXT, numeric -> DECIMAL, boolean -> TINYINT(1); column order as replayed (the mixin columns id,
-- created_at, modified_at, deleted_at come after a model's own columns, as upstream's tables have them); primary keys,
-- unique constraints / unique indexes and foreign keys between kept tables as replayed (partial, expression and plain
-- indexes not carried over). 37 of the 100 tables kept; left out: account_credits, alembic_version,
-- backup_codes_enrollments, benefit_grants, benefits, billing_entry, campaigns, checkout_link_products, checkout_links,
-- checkout_products, compass_thread_messages, compass_threads, custom_fields, customer_email_verifications,
-- customer_meters, discount_products, discount_redemptions, downloadables, email_otps, event_types, external_events,
-- feedbacks, issue_rewards, license_key_activations, license_keys, member_sessions, merchant_migration_records,
-- merchant_migrations, meter_events, meters, metric_dashboards, notification_recipients, the oauth2_* tables other than
-- oauth2_clients, organization_access_tokens, organization_agent_reviews, organization_review_feedback,
-- organization_reviews, organization_risk_signals, organization_sso_connections, payout_attempts, pledges,
-- processor_transactions, product_benefits, product_custom_fields, product_medias, slack_apps, subscription_meters,
-- subscription_product_prices, subscription_updates, the support_case* tables, user_notifications,
-- user_session_organizations, wallet_transactions, wallets, webhook_deliveries.
CREATE TABLE `users` (
  `is_admin` tinyint(1) NOT NULL,
  `email` varchar(320) NOT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `avatar_url` text DEFAULT NULL,
  `account_id` char(36) DEFAULT NULL,
  `accepted_terms_of_service_at` datetime(6) DEFAULT NULL,
  `accepted_terms_of_service_ip` text DEFAULT NULL,
  `stripe_customer_id` varchar(255) DEFAULT NULL,
  `identity_verification_status` text NOT NULL,
  `identity_verification_id` varchar(255) DEFAULT NULL,
  `blocked_at` datetime(6) DEFAULT NULL,
  `meta` json NOT NULL,
  `first_name` text DEFAULT NULL,
  `last_name` text DEFAULT NULL,
  `country` varchar(2) DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_identity_verification_id_key` (`identity_verification_id`),
  UNIQUE KEY `users_stripe_customer_id_key` (`stripe_customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `oauth_accounts` (
  `platform` varchar(32) NOT NULL,
  `access_token` varchar(1024) NOT NULL,
  `expires_at` int(11) DEFAULT NULL,
  `refresh_token` varchar(1024) DEFAULT NULL,
  `refresh_token_expires_at` int(11) DEFAULT NULL,
  `account_id` varchar(320) NOT NULL,
  `account_email` varchar(320) NOT NULL,
  `account_username` varchar(320) DEFAULT NULL,
  `user_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `access_token_encrypted` text DEFAULT NULL,
  `refresh_token_encrypted` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_accounts_platform_account_id_key` (`platform`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `user_sessions` (
  `token` char(64) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `user_agent` text NOT NULL,
  `scopes` json NOT NULL,
  `user_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_sessions_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `authentication_sessions` (
  `token_hash` char(64) NOT NULL,
  `expires_at` bigint(20) NOT NULL,
  `step` smallint(6) NOT NULL,
  `authentication_method_references` json NOT NULL,
  `used_factors` json NOT NULL,
  `context` json DEFAULT NULL,
  `identity_id` char(36) DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authentication_sessions_token_hash_key` (`token_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `totp_enrollments` (
  `enabled` tinyint(1) NOT NULL,
  `secret` char(32) NOT NULL,
  `algorithm` text NOT NULL,
  `code_length` smallint(6) NOT NULL,
  `time_step` int(11) NOT NULL,
  `last_verified_time_step` int(11) DEFAULT NULL,
  `identity_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `totp_enrollments_identity_id_key` (`identity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `email_verification` (
  `email` text NOT NULL,
  `token_hash` text NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `user_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `personal_access_tokens` (
  `token` char(64) NOT NULL,
  `scope` text NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `comment` text NOT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `user_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `notifications` (
  `user_id` char(36) NOT NULL,
  `type` text NOT NULL,
  `payload` json NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `oauth2_clients` (
  `client_id` varchar(52) NOT NULL,
  `client_secret` varchar(52) NOT NULL,
  `registration_access_token` text NOT NULL,
  `first_party` tinyint(1) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `rate_limit_group` varchar(16) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `client_id_issued_at` int(11) NOT NULL,
  `client_secret_expires_at` int(11) NOT NULL,
  `client_metadata` text DEFAULT NULL,
  `client_secret_hash` varchar(64) DEFAULT NULL,
  `client_secret_encrypted` text DEFAULT NULL,
  `registration_access_token_hash` varchar(64) DEFAULT NULL,
  `registration_access_token_encrypted` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_clients_client_id_key` (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `accounts` (
  `currency` varchar(3) NOT NULL,
  `processor_fees_applicable` tinyint(1) NOT NULL,
  `platform_fee_percent` int(11) DEFAULT NULL,
  `platform_fee_fixed` int(11) DEFAULT NULL,
  `platform_subscription_fee_percent` int(11) DEFAULT NULL,
  `payout_transaction_delay` varchar(64) NOT NULL,
  `campaign_id` char(36) DEFAULT NULL,
  `billing_name` text DEFAULT NULL,
  `billing_address` json DEFAULT NULL,
  `billing_additional_info` text DEFAULT NULL,
  `billing_notes` text DEFAULT NULL,
  `credit_balance` bigint(20) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `payout_accounts` (
  `type` text NOT NULL,
  `admin_id` char(36) NOT NULL,
  `stripe_id` varchar(100) DEFAULT NULL,
  `open_collective_slug` varchar(255) DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `country` varchar(2) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `is_details_submitted` tinyint(1) NOT NULL,
  `is_charges_enabled` tinyint(1) NOT NULL,
  `is_payouts_enabled` tinyint(1) NOT NULL,
  `business_type` varchar(255) DEFAULT NULL,
  `data` json NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `organizations` (
  `name` text NOT NULL,
  `slug` varchar(255) NOT NULL,
  `slug_history` json NOT NULL,
  `avatar_url` text DEFAULT NULL,
  `email` text DEFAULT NULL,
  `website` text DEFAULT NULL,
  `socials` json NOT NULL,
  `details` json NOT NULL,
  `details_submitted_at` datetime(6) DEFAULT NULL,
  `customer_invoice_prefix` text NOT NULL,
  `customer_invoice_next_number` int(11) NOT NULL,
  `status` text NOT NULL,
  `next_review_threshold` int(11) NOT NULL,
  `status_updated_at` datetime(6) DEFAULT NULL,
  `initially_reviewed_at` datetime(6) DEFAULT NULL,
  `snooze_count` int(11) NOT NULL DEFAULT 0,
  `snoozed_until` datetime(6) DEFAULT NULL,
  `snooze_type` text DEFAULT NULL,
  `support_tier` int(11) DEFAULT NULL,
  `total_balance` bigint(20) DEFAULT '0',
  `internal_notes` text DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `payout_account_id` char(36) DEFAULT NULL,
  `onboarded_at` datetime(6) DEFAULT NULL,
  `ai_onboarding_completed_at` datetime(6) DEFAULT NULL,
  `capabilities` json NOT NULL,
  `country` varchar(2) DEFAULT NULL,
  `profile_settings` json NOT NULL,
  `subscription_settings` json NOT NULL,
  `order_settings` json NOT NULL,
  `customer_email_settings` json NOT NULL,
  `customer_portal_settings` json NOT NULL,
  `checkout_settings` json NOT NULL,
  `legal_entity` json DEFAULT NULL,
  `feature_settings` json NOT NULL,
  `default_presentment_currency` varchar(3) NOT NULL,
  `default_tax_behavior` text NOT NULL,
  `bio` text DEFAULT NULL,
  `company` text DEFAULT NULL,
  `blog` text DEFAULT NULL,
  `location` text DEFAULT NULL,
  `twitter_username` text DEFAULT NULL,
  `rate_limit_group` varchar(16) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `sso_enforced` tinyint(1) NOT NULL,
  `onboarding_resubmission_requested_at` datetime(6) DEFAULT NULL,
  `embed_hosts` json NOT NULL,
  `dispute_settings` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_account_id_key` (`account_id`),
  UNIQUE KEY `organizations_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `user_organizations` (
  `user_id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `role` text NOT NULL,
  `notification_settings` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`user_id`, `organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `files` (
  `organization_id` char(36) NOT NULL,
  `name` text NOT NULL,
  `version` text DEFAULT NULL,
  `path` text NOT NULL,
  `mime_type` text NOT NULL,
  `size` bigint(20) NOT NULL,
  `service` text NOT NULL,
  `last_modified_at` datetime(6) DEFAULT NULL,
  `storage_version` text DEFAULT NULL,
  `checksum_etag` text DEFAULT NULL,
  `checksum_sha256_base64` text DEFAULT NULL,
  `checksum_sha256_hex` text DEFAULT NULL,
  `is_uploaded` tinyint(1) NOT NULL,
  `is_enabled` tinyint(1) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `flagged_malicious_at` datetime(6) DEFAULT NULL,
  `flagged_malicious_details` json DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `products` (
  `search_vector` text DEFAULT NULL,
  `name` text NOT NULL,
  `description` text DEFAULT NULL,
  `is_archived` tinyint(1) NOT NULL,
  `recurring_interval` text DEFAULT NULL,
  `recurring_interval_count` int(11) DEFAULT NULL,
  `is_tax_applicable` tinyint(1) NOT NULL,
  `tax_code` text NOT NULL,
  `organization_id` char(36) NOT NULL,
  `visibility` text NOT NULL,
  `trial_interval` text DEFAULT NULL,
  `trial_interval_count` int(11) DEFAULT NULL,
  `user_metadata` json NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `meter_interval` text DEFAULT NULL,
  `meter_interval_count` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `product_prices` (
  `type` text DEFAULT NULL,
  `recurring_interval` text DEFAULT NULL,
  `source` text NOT NULL,
  `amount_type` text NOT NULL,
  `price_currency` varchar(3) NOT NULL,
  `tax_behavior` text DEFAULT NULL,
  `is_archived` tinyint(1) NOT NULL,
  `product_id` char(36) NOT NULL,
  `checkout_product_id` char(36) DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `price_amount_v2` bigint(20) DEFAULT NULL,
  `minimum_amount_v2` bigint(20) DEFAULT NULL,
  `maximum_amount_v2` bigint(20) DEFAULT NULL,
  `preset_amount_v2` bigint(20) DEFAULT NULL,
  `unit_amount` decimal(17,12) DEFAULT NULL,
  `cap_amount_v2` bigint(20) DEFAULT NULL,
  `meter_id` char(36) DEFAULT NULL,
  `seat_tiers` json DEFAULT NULL,
  `tiers` json DEFAULT NULL,
  `minimum_units` bigint(20) DEFAULT NULL,
  `maximum_units` bigint(20) DEFAULT NULL,
  `unit_label` json DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `discounts` (
  `name` text NOT NULL,
  `type` text NOT NULL,
  `code` text DEFAULT NULL,
  `starts_at` datetime(6) DEFAULT NULL,
  `ends_at` datetime(6) DEFAULT NULL,
  `max_redemptions` int(11) DEFAULT NULL,
  `duration` text NOT NULL,
  `duration_in_months` int(11) DEFAULT NULL,
  `redemptions_count` int(11) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `user_metadata` json NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `amounts` json DEFAULT NULL,
  `basis_points` int(11) DEFAULT NULL,
  `max_redemptions_per_customer` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `customers` (
  `search_vector` text DEFAULT NULL,
  `external_id` varchar(255) DEFAULT NULL,
  `short_id` bigint(20) NOT NULL,
  `email` varchar(320) DEFAULT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `stripe_customer_id` text DEFAULT NULL,
  `name` text DEFAULT NULL,
  `locale` text DEFAULT NULL,
  `billing_name` text DEFAULT NULL,
  `billing_address` json DEFAULT NULL,
  `tax_id` json DEFAULT NULL,
  `oauth_accounts` json NOT NULL,
  `legacy_user_id` char(36) DEFAULT NULL,
  `meters_dirtied_at` datetime(6) DEFAULT NULL,
  `meters_updated_at` datetime(6) DEFAULT NULL,
  `invoice_next_number` int(11) NOT NULL,
  `receipt_next_number` int(11) NOT NULL DEFAULT 1,
  `organization_id` char(36) NOT NULL,
  `type` text DEFAULT NULL,
  `default_payment_method_id` char(36) DEFAULT NULL,
  `user_metadata` json NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `first_user_event_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customers_organization_id_external_id_key` (`organization_id`, `external_id`),
  UNIQUE KEY `customers_organization_id_short_id_key` (`organization_id`, `short_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `members` (
  `customer_id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `email` varchar(320) NOT NULL,
  `name` text DEFAULT NULL,
  `external_id` varchar(255) DEFAULT NULL,
  `role` text NOT NULL,
  `oauth_accounts` json NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `customer_sessions` (
  `token` char(64) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `return_url` text DEFAULT NULL,
  `customer_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_sessions_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `customer_session_codes` (
  `code` char(64) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `email` varchar(320) NOT NULL,
  `customer_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_session_codes_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `customer_seats` (
  `subscription_id` char(36) DEFAULT NULL,
  `order_id` char(36) DEFAULT NULL,
  `status` text NOT NULL,
  `customer_id` char(36) DEFAULT NULL,
  `member_id` char(36) DEFAULT NULL,
  `email` varchar(320) DEFAULT NULL,
  `invitation_token` text DEFAULT NULL,
  `invitation_token_expires_at` datetime(6) DEFAULT NULL,
  `claimed_at` datetime(6) DEFAULT NULL,
  `revoked_at` datetime(6) DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `payment_methods` (
  `processor` varchar(255) NOT NULL,
  `processor_id` varchar(255) NOT NULL,
  `type` text NOT NULL,
  `method_metadata` json NOT NULL,
  `customer_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payment_methods_processor_processor_id_customer_id_key` (`processor`, `processor_id`, `customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `checkouts` (
  `payment_processor` text NOT NULL,
  `status` text NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `payment_processor_metadata` json NOT NULL,
  `return_url` text DEFAULT NULL,
  `success_url` text DEFAULT NULL,
  `embed_origin` text DEFAULT NULL,
  `locale` text DEFAULT NULL,
  `analytics_metadata` json DEFAULT NULL,
  `allow_discount_codes` tinyint(1) NOT NULL,
  `require_billing_address` tinyint(1) NOT NULL,
  `amount_v2` bigint(20) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `seats` int(11) DEFAULT NULL,
  `min_seats` int(11) DEFAULT NULL,
  `max_seats` int(11) DEFAULT NULL,
  `net_amount_v2` bigint(20) NOT NULL,
  `tax_amount_v2` bigint(20) DEFAULT NULL,
  `tax_processor` text DEFAULT NULL,
  `tax_breakdown` json DEFAULT NULL,
  `tax_behavior` text DEFAULT NULL,
  `tax_processor_id` text DEFAULT NULL,
  `allow_trial` tinyint(1) DEFAULT NULL,
  `trial_end` datetime(6) DEFAULT NULL,
  `organization_id` char(36) NOT NULL,
  `product_id` char(36) DEFAULT NULL,
  `product_price_id` char(36) DEFAULT NULL,
  `discount_id` char(36) DEFAULT NULL,
  `customer_id` char(36) DEFAULT NULL,
  `is_business_customer` tinyint(1) NOT NULL,
  `external_customer_id` text DEFAULT NULL,
  `customer_name` text DEFAULT NULL,
  `customer_email` text DEFAULT NULL,
  `customer_ip_address` text DEFAULT NULL,
  `customer_billing_name` text DEFAULT NULL,
  `customer_billing_address` json DEFAULT NULL,
  `customer_tax_id` json DEFAULT NULL,
  `customer_metadata` json NOT NULL,
  `subscription_id` char(36) DEFAULT NULL,
  `trial_interval` text DEFAULT NULL,
  `trial_interval_count` int(11) DEFAULT NULL,
  `custom_field_data` json NOT NULL,
  `user_metadata` json NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `payment_method_type` text DEFAULT NULL,
  `units` int(11) DEFAULT NULL,
  `min_units` int(11) DEFAULT NULL,
  `max_units` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_checkouts_client_secret` (`client_secret`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `subscriptions` (
  `amount_v2` bigint(20) NOT NULL,
  `net_amount_v2` bigint(20) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `recurring_interval` text NOT NULL,
  `recurring_interval_count` int(11) NOT NULL,
  `legacy_stripe_subscription_id` text DEFAULT NULL,
  `tax_behavior` text DEFAULT NULL,
  `tax_exempted` tinyint(1) NOT NULL,
  `status` text NOT NULL,
  `anchor_day` smallint(6) NOT NULL,
  `current_period_start` datetime(6) NOT NULL,
  `current_period_end` datetime(6) NOT NULL,
  `trial_start` datetime(6) DEFAULT NULL,
  `trial_end` datetime(6) DEFAULT NULL,
  `cancel_at_period_end` tinyint(1) NOT NULL,
  `canceled_at` datetime(6) DEFAULT NULL,
  `started_at` datetime(6) DEFAULT NULL,
  `ends_at` datetime(6) DEFAULT NULL,
  `ended_at` datetime(6) DEFAULT NULL,
  `past_due_at` datetime(6) DEFAULT NULL,
  `scheduler_locked_at` datetime(6) DEFAULT NULL,
  `customer_id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `payment_method_id` char(36) DEFAULT NULL,
  `product_id` char(36) NOT NULL,
  `discount_id` char(36) DEFAULT NULL,
  `discount_applied_at` datetime(6) DEFAULT NULL,
  `checkout_id` char(36) DEFAULT NULL,
  `customer_cancellation_reason` text DEFAULT NULL,
  `customer_cancellation_comment` text DEFAULT NULL,
  `seats` int(11) DEFAULT NULL,
  `custom_field_data` json NOT NULL,
  `user_metadata` json NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `meter_interval` text DEFAULT NULL,
  `meter_interval_count` int(11) DEFAULT NULL,
  `current_meter_period_start` datetime(6) DEFAULT NULL,
  `current_meter_period_end` datetime(6) DEFAULT NULL,
  `pause_at_period_end` tinyint(1) NOT NULL,
  `paused_at` datetime(6) DEFAULT NULL,
  `resumes_at` datetime(6) DEFAULT NULL,
  `units` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `orders` (
  `search_vector` text DEFAULT NULL,
  `status` text NOT NULL,
  `subtotal_amount_v2` bigint(20) NOT NULL,
  `discount_amount_v2` bigint(20) NOT NULL,
  `net_amount_v2` bigint(20) NOT NULL,
  `tax_amount_v2` bigint(20) NOT NULL,
  `applied_balance_amount_v2` bigint(20) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `billing_reason` text NOT NULL,
  `refunded_amount_v2` bigint(20) NOT NULL,
  `refunded_tax_amount_v2` bigint(20) NOT NULL,
  `platform_fee_amount_v2` bigint(20) NOT NULL,
  `platform_fee_currency` varchar(3) DEFAULT NULL,
  `billing_name` text DEFAULT NULL,
  `billing_address` json DEFAULT NULL,
  `stripe_invoice_id` varchar(255) DEFAULT NULL,
  `tax_behavior` text DEFAULT NULL,
  `tax_id` json DEFAULT NULL,
  `tax_breakdown` json DEFAULT NULL,
  `tax_processor` text DEFAULT NULL,
  `tax_calculation_processor_id` text DEFAULT NULL,
  `tax_transaction_processor_id` text DEFAULT NULL,
  `invoice_number` varchar(255) DEFAULT NULL,
  `invoice_path` text DEFAULT NULL,
  `invoice_checksum` text DEFAULT NULL,
  `receipt_number` varchar(255) DEFAULT NULL,
  `receipt_path` text DEFAULT NULL,
  `next_payment_attempt_at` datetime(6) DEFAULT NULL,
  `payment_lock_acquired_at` datetime(6) DEFAULT NULL,
  `refunds_blocked_at` datetime(6) DEFAULT NULL,
  `customer_id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `product_id` char(36) DEFAULT NULL,
  `discount_id` char(36) DEFAULT NULL,
  `subscription_id` char(36) DEFAULT NULL,
  `checkout_id` char(36) DEFAULT NULL,
  `seats` int(11) DEFAULT NULL,
  `custom_field_data` json NOT NULL,
  `user_metadata` json NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `units` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `orders_invoice_number_key` (`invoice_number`),
  UNIQUE KEY `orders_stripe_invoice_id_key` (`stripe_invoice_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `order_items` (
  `label` text NOT NULL,
  `amount_v2` bigint(20) NOT NULL,
  `net_amount_v2` bigint(20) NOT NULL,
  `tax_amount_v2` bigint(20) NOT NULL,
  `proration` tinyint(1) NOT NULL,
  `order_id` char(36) NOT NULL,
  `product_price_id` char(36) DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `payments` (
  `processor` text NOT NULL,
  `status` text NOT NULL,
  `amount_v2` bigint(20) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `method` text NOT NULL,
  `method_metadata` json NOT NULL,
  `processor_metadata` json NOT NULL,
  `customer_email` text DEFAULT NULL,
  `processor_id` varchar(255) NOT NULL,
  `decline_reason` text DEFAULT NULL,
  `decline_message` text DEFAULT NULL,
  `trigger` text DEFAULT NULL,
  `risk_level` text DEFAULT NULL,
  `risk_score` smallint(6) DEFAULT NULL,
  `organization_id` char(36) NOT NULL,
  `checkout_id` char(36) DEFAULT NULL,
  `wallet_id` char(36) DEFAULT NULL,
  `order_id` char(36) DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_payments_processor_id` (`processor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `refunds` (
  `status` text NOT NULL,
  `reason` text NOT NULL,
  `amount` bigint(20) NOT NULL,
  `tax_amount` bigint(20) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `comment` text DEFAULT NULL,
  `failure_reason` text DEFAULT NULL,
  `destination_details` json NOT NULL,
  `payment_id` char(36) NOT NULL,
  `order_id` char(36) DEFAULT NULL,
  `subscription_id` char(36) DEFAULT NULL,
  `organization_id` char(36) DEFAULT NULL,
  `customer_id` char(36) DEFAULT NULL,
  `pledge_id` char(36) DEFAULT NULL,
  `dispute_id` char(36) DEFAULT NULL,
  `revoke_benefits` tinyint(1) NOT NULL,
  `processor` text NOT NULL,
  `processor_id` varchar(255) NOT NULL,
  `processor_reason` text NOT NULL,
  `processor_receipt_number` text DEFAULT NULL,
  `processor_balance_transaction_id` text DEFAULT NULL,
  `tax_transaction_processor_id` text DEFAULT NULL,
  `user_metadata` json NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_refunds_processor_id` (`processor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `disputes` (
  `status` text NOT NULL,
  `amount` bigint(20) NOT NULL,
  `tax_amount` bigint(20) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `payment_processor` varchar(255) DEFAULT NULL,
  `payment_processor_id` varchar(255) DEFAULT NULL,
  `dispute_alert_processor` varchar(255) DEFAULT NULL,
  `dispute_alert_processor_id` varchar(255) DEFAULT NULL,
  `reason` text DEFAULT NULL,
  `network_reason_code` text DEFAULT NULL,
  `evidence_due_by` datetime(6) DEFAULT NULL,
  `has_evidence` tinyint(1) NOT NULL,
  `past_due` tinyint(1) NOT NULL,
  `submission_count` int(11) NOT NULL,
  `order_id` char(36) NOT NULL,
  `payment_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `disputes_dispute_alert_processor_dispute_alert_processor_id_key` (`dispute_alert_processor`, `dispute_alert_processor_id`),
  UNIQUE KEY `disputes_payment_processor_payment_processor_id_key` (`payment_processor`, `payment_processor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `payouts` (
  `processor` text NOT NULL,
  `status` text NOT NULL,
  `currency` varchar(3) NOT NULL,
  `amount` bigint(20) NOT NULL,
  `fees_amount` bigint(20) NOT NULL,
  `account_currency` varchar(3) NOT NULL,
  `account_amount` bigint(20) NOT NULL,
  `account_id` char(36) NOT NULL,
  `payout_account_id` char(36) NOT NULL,
  `invoice_number` varchar(255) NOT NULL,
  `invoice_path` text DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payouts_account_id_invoice_number_key` (`account_id`, `invoice_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `transactions` (
  `type` varchar(255) NOT NULL,
  `processor` text DEFAULT NULL,
  `currency` varchar(3) NOT NULL,
  `amount` bigint(20) NOT NULL,
  `account_currency` varchar(3) NOT NULL,
  `account_amount` bigint(20) NOT NULL,
  `tax_amount` bigint(20) NOT NULL,
  `tax_country` varchar(2) DEFAULT NULL,
  `tax_state` varchar(2) DEFAULT NULL,
  `presentment_amount` bigint(20) DEFAULT NULL,
  `presentment_tax_amount` bigint(20) DEFAULT NULL,
  `presentment_currency` varchar(3) DEFAULT NULL,
  `exchange_rate` double DEFAULT NULL,
  `tax_processor` text DEFAULT NULL,
  `tax_filing_amount` bigint(20) DEFAULT NULL,
  `tax_filing_currency` varchar(3) DEFAULT NULL,
  `tax_processor_id` text DEFAULT NULL,
  `processor_fee_type` text DEFAULT NULL,
  `balance_correlation_key` text DEFAULT NULL,
  `platform_fee_type` text DEFAULT NULL,
  `customer_id` text DEFAULT NULL,
  `charge_id` varchar(255) DEFAULT NULL,
  `transfer_id` text DEFAULT NULL,
  `transfer_reversal_id` text DEFAULT NULL,
  `fee_balance_transaction_id` text DEFAULT NULL,
  `risk_level` text DEFAULT NULL,
  `risk_score` int(11) DEFAULT NULL,
  `account_id` char(36) DEFAULT NULL,
  `payment_customer_id` char(36) DEFAULT NULL,
  `payment_organization_id` char(36) DEFAULT NULL,
  `payment_user_id` char(36) DEFAULT NULL,
  `pledge_id` char(36) DEFAULT NULL,
  `order_id` char(36) DEFAULT NULL,
  `issue_reward_id` char(36) DEFAULT NULL,
  `payment_transaction_id` char(36) DEFAULT NULL,
  `refund_id` char(36) DEFAULT NULL,
  `dispute_id` char(36) DEFAULT NULL,
  `payout_id` char(36) DEFAULT NULL,
  `balance_reversal_transaction_id` char(36) DEFAULT NULL,
  `payout_transaction_id` char(36) DEFAULT NULL,
  `incurred_by_transaction_id` char(36) DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `events` (
  `id` char(36) NOT NULL,
  `ingested_at` datetime(6) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `name` varchar(128) NOT NULL,
  `source` text NOT NULL,
  `customer_id` char(36) DEFAULT NULL,
  `external_customer_id` text DEFAULT NULL,
  `member_id` char(36) DEFAULT NULL,
  `external_member_id` text DEFAULT NULL,
  `external_id` varchar(255) DEFAULT NULL,
  `parent_id` char(36) DEFAULT NULL,
  `root_id` char(36) DEFAULT NULL,
  `pending_parent_external_id` text DEFAULT NULL,
  `organization_id` char(36) NOT NULL,
  `event_type_id` char(36) DEFAULT NULL,
  `user_metadata` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_events_organization_id_external_id` (`organization_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `trial_redemptions` (
  `customer_email` text NOT NULL,
  `payment_method_fingerprint` text DEFAULT NULL,
  `customer_id` char(36) NOT NULL,
  `product_id` char(36) DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `email_logs` (
  `organization_id` char(36) DEFAULT NULL,
  `status` text NOT NULL,
  `processor` text NOT NULL,
  `processor_id` text DEFAULT NULL,
  `to_email_addr` text NOT NULL,
  `from_email_addr` text NOT NULL,
  `from_name` text NOT NULL,
  `subject` text NOT NULL,
  `email_template` text DEFAULT NULL,
  `email_props` json NOT NULL,
  `error` text DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `deduplication_key` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `webhook_endpoints` (
  `url` text NOT NULL,
  `name` text DEFAULT NULL,
  `format` text NOT NULL,
  `secret` text NOT NULL,
  `events` json NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `webhook_events` (
  `webhook_endpoint_id` char(36) NOT NULL,
  `last_http_code` int(11) DEFAULT NULL,
  `succeeded` tinyint(1) DEFAULT NULL,
  `skipped` tinyint(1) NOT NULL DEFAULT 0,
  `type` text NOT NULL,
  `payload` text DEFAULT NULL,
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Foreign keys (declared upstream), added after all tables exist
ALTER TABLE `users` ADD CONSTRAINT `users_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL;
ALTER TABLE `oauth_accounts` ADD CONSTRAINT `oauth_accounts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_sessions` ADD CONSTRAINT `user_sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `authentication_sessions` ADD CONSTRAINT `authentication_sessions_identity_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `totp_enrollments` ADD CONSTRAINT `totp_enrollments_identity_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `email_verification` ADD CONSTRAINT `email_verification_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `personal_access_tokens` ADD CONSTRAINT `personal_access_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `notifications` ADD CONSTRAINT `notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `oauth2_clients` ADD CONSTRAINT `oauth2_clients_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `payout_accounts` ADD CONSTRAINT `payout_accounts_admin_id_fkey` FOREIGN KEY (`admin_id`) REFERENCES `users` (`id`);
ALTER TABLE `organizations` ADD CONSTRAINT `organizations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`);
ALTER TABLE `organizations` ADD CONSTRAINT `organizations_payout_account_id_fkey` FOREIGN KEY (`payout_account_id`) REFERENCES `payout_accounts` (`id`) ON DELETE SET NULL;
ALTER TABLE `user_organizations` ADD CONSTRAINT `user_organizations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_organizations` ADD CONSTRAINT `user_organizations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `files` ADD CONSTRAINT `files_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `products` ADD CONSTRAINT `products_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `product_prices` ADD CONSTRAINT `product_prices_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE;
ALTER TABLE `discounts` ADD CONSTRAINT `discounts_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `customers` ADD CONSTRAINT `customers_default_payment_method_id_fkey` FOREIGN KEY (`default_payment_method_id`) REFERENCES `payment_methods` (`id`) ON DELETE SET NULL;
ALTER TABLE `customers` ADD CONSTRAINT `customers_legacy_user_id_fkey` FOREIGN KEY (`legacy_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `customers` ADD CONSTRAINT `customers_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `members` ADD CONSTRAINT `members_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`);
ALTER TABLE `members` ADD CONSTRAINT `members_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`);
ALTER TABLE `customer_sessions` ADD CONSTRAINT `customer_sessions_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE;
ALTER TABLE `customer_session_codes` ADD CONSTRAINT `customer_session_codes_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE;
ALTER TABLE `customer_seats` ADD CONSTRAINT `customer_seats_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE SET NULL;
ALTER TABLE `customer_seats` ADD CONSTRAINT `customer_seats_member_id_fkey` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE SET NULL;
ALTER TABLE `customer_seats` ADD CONSTRAINT `customer_seats_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE;
ALTER TABLE `customer_seats` ADD CONSTRAINT `customer_seats_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`id`) ON DELETE CASCADE;
ALTER TABLE `payment_methods` ADD CONSTRAINT `payment_methods_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE;
ALTER TABLE `checkouts` ADD CONSTRAINT `checkouts_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE SET NULL;
ALTER TABLE `checkouts` ADD CONSTRAINT `checkouts_discount_id_fkey` FOREIGN KEY (`discount_id`) REFERENCES `discounts` (`id`) ON DELETE SET NULL;
ALTER TABLE `checkouts` ADD CONSTRAINT `checkouts_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `checkouts` ADD CONSTRAINT `checkouts_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE;
ALTER TABLE `checkouts` ADD CONSTRAINT `checkouts_product_price_id_fkey` FOREIGN KEY (`product_price_id`) REFERENCES `product_prices` (`id`) ON DELETE CASCADE;
ALTER TABLE `checkouts` ADD CONSTRAINT `checkouts_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`id`) ON DELETE SET NULL;
ALTER TABLE `subscriptions` ADD CONSTRAINT `subscriptions_checkout_id_fkey` FOREIGN KEY (`checkout_id`) REFERENCES `checkouts` (`id`) ON DELETE SET NULL;
ALTER TABLE `subscriptions` ADD CONSTRAINT `subscriptions_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE;
ALTER TABLE `subscriptions` ADD CONSTRAINT `subscriptions_discount_id_fkey` FOREIGN KEY (`discount_id`) REFERENCES `discounts` (`id`) ON DELETE SET NULL;
ALTER TABLE `subscriptions` ADD CONSTRAINT `subscriptions_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`);
ALTER TABLE `subscriptions` ADD CONSTRAINT `subscriptions_payment_method_id_fkey` FOREIGN KEY (`payment_method_id`) REFERENCES `payment_methods` (`id`) ON DELETE SET NULL;
ALTER TABLE `subscriptions` ADD CONSTRAINT `subscriptions_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE;
ALTER TABLE `orders` ADD CONSTRAINT `orders_checkout_id_fkey` FOREIGN KEY (`checkout_id`) REFERENCES `checkouts` (`id`) ON DELETE SET NULL;
ALTER TABLE `orders` ADD CONSTRAINT `orders_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`);
ALTER TABLE `orders` ADD CONSTRAINT `orders_discount_id_fkey` FOREIGN KEY (`discount_id`) REFERENCES `discounts` (`id`) ON DELETE SET NULL;
ALTER TABLE `orders` ADD CONSTRAINT `orders_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`);
ALTER TABLE `orders` ADD CONSTRAINT `orders_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`);
ALTER TABLE `orders` ADD CONSTRAINT `orders_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`id`);
ALTER TABLE `order_items` ADD CONSTRAINT `order_items_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE;
ALTER TABLE `order_items` ADD CONSTRAINT `order_items_product_price_id_fkey` FOREIGN KEY (`product_price_id`) REFERENCES `product_prices` (`id`);
ALTER TABLE `payments` ADD CONSTRAINT `payments_checkout_id_fkey` FOREIGN KEY (`checkout_id`) REFERENCES `checkouts` (`id`) ON DELETE SET NULL;
ALTER TABLE `payments` ADD CONSTRAINT `payments_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE SET NULL;
ALTER TABLE `payments` ADD CONSTRAINT `payments_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `refunds` ADD CONSTRAINT `refunds_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`);
ALTER TABLE `refunds` ADD CONSTRAINT `refunds_dispute_id_fkey` FOREIGN KEY (`dispute_id`) REFERENCES `disputes` (`id`);
ALTER TABLE `refunds` ADD CONSTRAINT `refunds_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`);
ALTER TABLE `refunds` ADD CONSTRAINT `refunds_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`);
ALTER TABLE `refunds` ADD CONSTRAINT `refunds_payment_id_fkey` FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`);
ALTER TABLE `refunds` ADD CONSTRAINT `refunds_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`id`);
ALTER TABLE `disputes` ADD CONSTRAINT `disputes_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`);
ALTER TABLE `disputes` ADD CONSTRAINT `disputes_payment_id_fkey` FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`);
ALTER TABLE `payouts` ADD CONSTRAINT `payouts_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`);
ALTER TABLE `payouts` ADD CONSTRAINT `payouts_payout_account_id_fkey` FOREIGN KEY (`payout_account_id`) REFERENCES `payout_accounts` (`id`);
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`);
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_balance_reversal_transaction_id_fkey` FOREIGN KEY (`balance_reversal_transaction_id`) REFERENCES `transactions` (`id`) ON DELETE SET NULL;
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_dispute_id_fkey` FOREIGN KEY (`dispute_id`) REFERENCES `disputes` (`id`) ON DELETE SET NULL;
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_incurred_by_transaction_id_fkey` FOREIGN KEY (`incurred_by_transaction_id`) REFERENCES `transactions` (`id`) ON DELETE SET NULL;
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE SET NULL;
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_payment_customer_id_fkey` FOREIGN KEY (`payment_customer_id`) REFERENCES `customers` (`id`) ON DELETE SET NULL;
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_payment_organization_id_fkey` FOREIGN KEY (`payment_organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL;
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_payment_transaction_id_fkey` FOREIGN KEY (`payment_transaction_id`) REFERENCES `transactions` (`id`) ON DELETE SET NULL;
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_payment_user_id_fkey` FOREIGN KEY (`payment_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_payout_id_fkey` FOREIGN KEY (`payout_id`) REFERENCES `payouts` (`id`);
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_payout_transaction_id_fkey` FOREIGN KEY (`payout_transaction_id`) REFERENCES `transactions` (`id`) ON DELETE SET NULL;
ALTER TABLE `transactions` ADD CONSTRAINT `transactions_refund_id_fkey` FOREIGN KEY (`refund_id`) REFERENCES `refunds` (`id`) ON DELETE SET NULL;
ALTER TABLE `events` ADD CONSTRAINT `events_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`);
ALTER TABLE `events` ADD CONSTRAINT `events_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `events` ADD CONSTRAINT `events_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `events` (`id`);
ALTER TABLE `events` ADD CONSTRAINT `events_root_id_fkey` FOREIGN KEY (`root_id`) REFERENCES `events` (`id`);
ALTER TABLE `trial_redemptions` ADD CONSTRAINT `trial_redemptions_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE;
ALTER TABLE `trial_redemptions` ADD CONSTRAINT `trial_redemptions_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE;
ALTER TABLE `webhook_endpoints` ADD CONSTRAINT `webhook_endpoints_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `webhook_events` ADD CONSTRAINT `webhook_events_webhook_endpoint_id_fkey` FOREIGN KEY (`webhook_endpoint_id`) REFERENCES `webhook_endpoints` (`id`) ON DELETE CASCADE;

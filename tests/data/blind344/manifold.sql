-- Manifold (Manifold Markets, Inc.) — the back end of manifold.markets, a play-money prediction market that
-- also ran cash sweepstakes and prize drawings: users and their private data (e-mail, IP, API key,
-- notification choices), phone numbers, Discord links, bans, GIDX compliance monitoring, sign-up
-- blocklist, iDenfy identity verifications and KYC bonus, GIDX payment receipts and cash redemptions,
-- crypto payment intents, shop orders and personalised mana offers, entitlements (supporter tiers),
-- the transaction ledger, manalinks, topics and members, markets and answers, bets, per-user positions,
-- portfolio history, leveraged perpetual positions and oracle prices, sweepstakes with tickets, free
-- tickets and prize claims, charity giveaways and tickets, leagues, market comments, private messages,
-- content reports, audit and analytics events, sent e-mails, aggregated transaction stats, trading switch,
-- scheduler state.
-- Upstream: github.com/manifoldmarkets/manifold, commit 1e3ad3be74e046769091fa761d0ffbac50a010b4 (MIT,
-- LICENSE.md): the per-table PostgreSQL (Supabase) schema files backend/supabase/<table>.sql, with the
-- columns that later migrations in backend/supabase/migrations/ add to a kept table and its file does not
-- yet list appended at the end, as PostgreSQL appends them (users.is_bot from 2026040101_add_users_is_bot,
-- user_entitlements.metadata from 2026020501_add_entitlement_metadata, sweepstakes.announcement_sent from
-- 2026052901_sweepstakes_announcement_sent). Written as MySQL / MariaDB DDL: text -> text (varchar(191)
-- where the column is part of a primary key, a unique key or a foreign key), text[] -> text, jsonb -> json,
-- timestamp with / without time zone -> datetime(6) (DEFAULT now() -> CURRENT_TIMESTAMP(6)), numeric ->
-- decimal(30,10) (numeric(p,s) kept), integer -> int, bigint kept, serial / identity -> AUTO_INCREMENT,
-- boolean -> tinyint(1), uuid -> char(36); the generated tsvector columns (users.name_username_vector,
-- contracts.description_fts / question_fts / question_nostop_fts, answers.text_fts, groups.name_fts) are
-- kept as plain text columns; function defaults (random_alphanumeric(), gen_random_uuid()), CHECK
-- constraints, row-level-security policies, triggers and non-unique indexes are left out; the expression
-- index unique_user_contract_answer (user_id, contract_id, coalesce(answer_id, '')) is written as a unique
-- key on the three columns. Column order, primary keys (declared in the files as primary key or as
-- <table>_pkey unique indexes), unique constraints and foreign keys between kept tables are upstream's.
-- Kept: 45 of the 124 tables the backend/supabase/*.sql files define (see manifold.md for what was left out).

CREATE TABLE `users` (
  `balance` decimal(30,10) NOT NULL DEFAULT 0,
  `cash_balance` decimal(30,10) NOT NULL DEFAULT 0,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `data` json NOT NULL,
  `id` varchar(191) NOT NULL,
  `last_free_loan_claim` datetime(6),
  `name` text NOT NULL,
  `name_username_vector` text,
  `resolved_profit_adjustment` decimal(30,10),
  `spice_balance` decimal(30,10) NOT NULL DEFAULT 0,
  `total_cash_deposits` decimal(30,10) NOT NULL DEFAULT 0,
  `total_deposits` decimal(30,10) NOT NULL DEFAULT 0,
  `username` text NOT NULL,
  `unban_time` datetime(6),
  `is_bot` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `private_users` (
  `data` json NOT NULL,
  `id` varchar(191) NOT NULL,
  `weekly_portfolio_email_sent` tinyint(1) DEFAULT 0,
  `weekly_trending_email_sent` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `private_user_phone_numbers` (
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  `last_updated_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `phone_number` varchar(191) NOT NULL,
  `user_id` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_phone_number_user_id` (`user_id`),
  UNIQUE KEY `unique_user_phone_number` (`phone_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discord_users` (
  `api_key` text NOT NULL,
  `discord_user_id` varchar(191) NOT NULL,
  `user_id` text NOT NULL,
  PRIMARY KEY (`discord_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_bans` (
  `ban_type` text NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` varchar(191),
  `end_time` datetime(6),
  `ended_at` datetime(6),
  `ended_by` text,
  `id` int NOT NULL AUTO_INCREMENT,
  `reason` text,
  `user_id` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_bans_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `user_bans_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_monitor_status` (
  `created_time` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `data` json NOT NULL,
  `fraud_confidence_score` int,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `identity_confidence_score` int,
  `reason_codes` text,
  `user_id` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_monitor_status_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signup_blocklist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `entry_type` text NOT NULL,
  `value` text NOT NULL,
  `reason` text,
  `source_user_id` varchar(191),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `signup_blocklist_source_user_id_fkey` FOREIGN KEY (`source_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `idenfy_verifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` varchar(191) NOT NULL,
  `scan_ref` varchar(191),
  `auth_token` text,
  `status` text NOT NULL DEFAULT 'pending',
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `callback_data` json,
  `overall_status` text,
  `fraud_status` text,
  `aml_status` text,
  `deny_reasons` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idenfy_verifications_scan_ref_idx` (`scan_ref`),
  CONSTRAINT `idenfy_verifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kyc_bonus_rewards` (
  `claim_time` datetime(6),
  `claimed` tinyint(1) DEFAULT 0,
  `created_time` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `reward_amount` decimal(30,10) NOT NULL,
  `user_id` varchar(191) NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `kyc_bonus_rewards_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gidx_receipts` (
  `amount` decimal(20,2),
  `callback_data` json,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `currency` text,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `merchant_session_id` text,
  `merchant_transaction_id` text NOT NULL,
  `payment_amount_type` text,
  `payment_data` json,
  `payment_method_type` text,
  `payment_status_code` text,
  `payment_status_message` text,
  `reason_codes` text,
  `service_type` text,
  `session_id` text NOT NULL,
  `session_score` int,
  `status` text,
  `status_code` int,
  `transaction_status_code` text,
  `transaction_status_message` text,
  `txn_id` text,
  `user_id` varchar(191),
  PRIMARY KEY (`id`),
  CONSTRAINT `gidx_receipts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redemption_status` (
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_id` text NOT NULL,
  `status` text NOT NULL,
  `transaction_id` text NOT NULL,
  `txn_id` text NOT NULL,
  `user_id` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `redemption_status_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shop_orders` (
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `delivered_time` datetime(6),
  `id` char(36) NOT NULL,
  `item_id` text NOT NULL,
  `metadata` json,
  `price_mana` bigint NOT NULL,
  `printful_order_id` text,
  `printful_status` text,
  `quantity` int NOT NULL DEFAULT 1,
  `shipped_time` datetime(6),
  `status` text NOT NULL DEFAULT 'CREATED',
  `txn_id` text,
  `user_id` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personalized_mana_offers` (
  `activated_at` datetime(6),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `dismissed_at` datetime(6),
  `expires_at` datetime(6),
  `id` varchar(191) NOT NULL,
  `mana_amount` int NOT NULL DEFAULT 5000,
  `payment_pending_at` datetime(6),
  `payment_pending_session_id` text,
  `price_usd_crypto` int NOT NULL DEFAULT 35,
  `price_usd_stripe` int NOT NULL DEFAULT 40,
  `redeemed_at` datetime(6),
  `redemption_method` text,
  `redemption_session_id` text,
  `shop_order_id` char(36) NOT NULL,
  `source` text NOT NULL DEFAULT 'merch_shipped',
  `status` text NOT NULL DEFAULT 'pending',
  `stripe_promotion_code_id` text,
  `user_id` varchar(191) NOT NULL,
  `voided_reason` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personalized_mana_offers_shop_order_id_key` (`shop_order_id`),
  CONSTRAINT `personalized_mana_offers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `personalized_mana_offers_shop_order_id_fkey` FOREIGN KEY (`shop_order_id`) REFERENCES `shop_orders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crypto_payment_intents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `intent_id` varchar(191) NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `usdc_amount` decimal(20,6),
  `mana_amount` int,
  `offer_id` varchar(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `crypto_payment_intents_intent_id_idx` (`intent_id`),
  CONSTRAINT `crypto_payment_intents_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `crypto_payment_intents_offer_id_fkey` FOREIGN KEY (`offer_id`) REFERENCES `personalized_mana_offers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_entitlements` (
  `auto_renew` tinyint(1) NOT NULL DEFAULT 0,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `entitlement_id` varchar(191) NOT NULL,
  `expires_time` datetime(6),
  `granted_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` varchar(191) NOT NULL,
  `metadata` json,
  PRIMARY KEY (`user_id`, `entitlement_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `txns` (
  `amount` decimal(30,10) NOT NULL,
  `category` text NOT NULL,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `data` json NOT NULL,
  `from_id` text NOT NULL,
  `from_type` text NOT NULL,
  `id` varchar(191) NOT NULL,
  `to_id` text NOT NULL,
  `to_type` text NOT NULL,
  `token` text NOT NULL DEFAULT 'M$',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manalinks` (
  `amount` decimal(30,10) NOT NULL,
  `created_time` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `creator_id` text NOT NULL,
  `expires_time` datetime(6),
  `id` varchar(191) NOT NULL,
  `max_uses` decimal(30,10),
  `message` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manalink_claims` (
  `manalink_id` varchar(191) NOT NULL,
  `txn_id` varchar(191) NOT NULL,
  PRIMARY KEY (`manalink_id`, `txn_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `about` json,
  `banner_url` text,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `creator_id` text,
  `id` varchar(191) NOT NULL,
  `importance_score` decimal(30,10) DEFAULT 0,
  `name` text NOT NULL,
  `name_fts` text,
  `privacy_status` text,
  `slug` text NOT NULL,
  `total_members` decimal(30,10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_members` (
  `created_time` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `group_id` varchar(191) NOT NULL,
  `member_id` varchar(191) NOT NULL,
  `role` text NOT NULL DEFAULT 'member',
  PRIMARY KEY (`group_id`, `member_id`),
  CONSTRAINT `public_group_members_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contracts` (
  `close_time` datetime(6),
  `conversion_score` decimal(30,10) NOT NULL DEFAULT 0,
  `created_time` datetime(6),
  `creator_id` text,
  `daily_score` decimal(30,10) NOT NULL DEFAULT 0,
  `data` json NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  `description_fts` text,
  `freshness_score` decimal(30,10) NOT NULL DEFAULT 0,
  `group_slugs` text,
  `home_page_score_adjustment` decimal(30,10),
  `home_page_score_adjustment_expires_at` datetime(6),
  `id` varchar(191) NOT NULL,
  `importance_score` decimal(30,10) NOT NULL DEFAULT 0,
  `is_spice_payout` tinyint(1) DEFAULT 0,
  `last_bet_time` datetime(6),
  `last_comment_time` datetime(6),
  `last_updated_time` datetime(6),
  `mechanism` text,
  `outcome_type` text,
  `popularity_score` decimal(30,10) NOT NULL DEFAULT 0,
  `question` text,
  `question_fts` text,
  `question_nostop_fts` text,
  `resolution` text,
  `resolution_probability` decimal(30,10),
  `resolution_time` datetime(6),
  `slug` text,
  `token` text NOT NULL DEFAULT 'MANA',
  `unique_bettor_count` bigint NOT NULL DEFAULT 0,
  `view_count` bigint NOT NULL DEFAULT 0,
  `visibility` text,
  `boosted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `answers` (
  `color` text,
  `contract_id` text,
  `created_time` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `id` varchar(191) NOT NULL,
  `image_url` text,
  `index` int,
  `is_other` tinyint(1) NOT NULL DEFAULT 0,
  `pool_no` decimal(30,10),
  `pool_yes` decimal(30,10),
  `prob` decimal(30,10),
  `prob_change_day` decimal(30,10) DEFAULT 0,
  `prob_change_month` decimal(30,10) DEFAULT 0,
  `prob_change_week` decimal(30,10) DEFAULT 0,
  `resolution` text,
  `resolution_probability` decimal(30,10),
  `resolution_time` datetime(6),
  `resolver_id` text,
  `short_text` text,
  `subsidy_pool` decimal(30,10) DEFAULT 0,
  `text` text,
  `text_fts` text,
  `total_liquidity` decimal(30,10) DEFAULT 0,
  `user_id` text,
  `midpoint` decimal(30,10),
  `volume` decimal(30,10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contract_bets` (
  `amount` decimal(30,10),
  `answer_id` text,
  `bet_id` varchar(191) NOT NULL,
  `contract_id` text NOT NULL,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `data` json NOT NULL,
  `is_api` tinyint(1),
  `is_cancelled` tinyint(1),
  `is_filled` tinyint(1),
  `is_redemption` tinyint(1),
  `loan_amount` decimal(30,10),
  `outcome` text,
  `prob_after` decimal(30,10),
  `prob_before` decimal(30,10),
  `shares` decimal(30,10),
  `updated_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` text NOT NULL,
  `expires_at` datetime(6),
  PRIMARY KEY (`bet_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_contract_metrics` (
  `answer_id` varchar(191),
  `contract_id` varchar(191) NOT NULL,
  `data` json NOT NULL,
  `has_no_shares` tinyint(1),
  `has_shares` tinyint(1),
  `has_yes_shares` tinyint(1),
  `id` bigint NOT NULL AUTO_INCREMENT,
  `loan` decimal(30,10) NOT NULL DEFAULT 0,
  `margin_loan` decimal(30,10) NOT NULL DEFAULT 0,
  `profit` decimal(30,10),
  `profit_adjustment` decimal(30,10),
  `total_shares_no` decimal(30,10),
  `total_shares_yes` decimal(30,10),
  `user_id` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_contract_answer` (`user_id`, `contract_id`, `answer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_portfolio_history` (
  `balance` decimal(30,10),
  `cash_balance` decimal(30,10) NOT NULL DEFAULT 0,
  `cash_investment_value` decimal(30,10) NOT NULL DEFAULT 0,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `investment_value` decimal(30,10),
  `loan_total` decimal(30,10),
  `profit` decimal(30,10),
  `spice_balance` decimal(30,10) NOT NULL DEFAULT 0,
  `total_cash_deposits` decimal(30,10) NOT NULL DEFAULT 0,
  `total_deposits` decimal(30,10),
  `ts` datetime(6),
  `user_id` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contract_perp_positions` (
  `contract_id` varchar(191) NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `direction` varchar(191) NOT NULL,
  `size` decimal(30,10) NOT NULL,
  `cost_basis` decimal(30,10) NOT NULL,
  `original_cost_basis` decimal(30,10) NOT NULL,
  `taker_fee_cost_basis` decimal(30,10) NOT NULL DEFAULT 0,
  `entry_price` decimal(30,10) NOT NULL,
  `leverage` decimal(30,10) NOT NULL,
  `liquidation_price` decimal(30,10) NOT NULL,
  `opened_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`contract_id`, `user_id`, `direction`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oracle_prices` (
  `feed_id` varchar(191) NOT NULL,
  `ts` datetime(6) NOT NULL,
  `price` decimal(30,10) NOT NULL,
  PRIMARY KEY (`feed_id`, `ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sweepstakes` (
  `sweepstakes_num` int NOT NULL,
  `name` text NOT NULL,
  `prizes` json NOT NULL,
  `close_time` datetime(6) NOT NULL,
  `winning_ticket_ids` text,
  `nonce` text,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `announcement_sent` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`sweepstakes_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sweepstakes_tickets` (
  `id` varchar(191) NOT NULL,
  `sweepstakes_num` int NOT NULL,
  `user_id` text NOT NULL,
  `num_tickets` decimal(30,10) NOT NULL,
  `mana_spent` decimal(30,10) NOT NULL,
  `is_free` tinyint(1) NOT NULL DEFAULT 0,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `voided_at` datetime(6),
  `voided_reason` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `sweepstakes_tickets_sweepstakes_num_fkey` FOREIGN KEY (`sweepstakes_num`) REFERENCES `sweepstakes` (`sweepstakes_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sweepstakes_free_tickets` (
  `sweepstakes_num` int NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `claimed_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`sweepstakes_num`, `user_id`),
  CONSTRAINT `sweepstakes_free_tickets_sweepstakes_num_fkey` FOREIGN KEY (`sweepstakes_num`) REFERENCES `sweepstakes` (`sweepstakes_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sweepstakes_prize_claims` (
  `id` char(36) NOT NULL,
  `sweepstakes_num` int NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `rank` int NOT NULL,
  `prize_amount_usdc` decimal(30,10) NOT NULL,
  `wallet_address` text,
  `payment_status` text NOT NULL DEFAULT 'awaiting',
  `payment_txn_hash` text,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sweepstakes_prize_claims_sweepstakes_num_user_id_key` (`sweepstakes_num`, `user_id`),
  CONSTRAINT `sweepstakes_prize_claims_sweepstakes_num_fkey` FOREIGN KEY (`sweepstakes_num`) REFERENCES `sweepstakes` (`sweepstakes_num`),
  CONSTRAINT `sweepstakes_prize_claims_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `charity_giveaways` (
  `giveaway_num` int NOT NULL,
  `name` text NOT NULL,
  `prize_amount_usd` decimal(30,10) NOT NULL,
  `close_time` datetime(6) NOT NULL,
  `winning_ticket_id` text,
  `nonce` text,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`giveaway_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `charity_giveaway_tickets` (
  `id` varchar(191) NOT NULL,
  `giveaway_num` int NOT NULL,
  `charity_id` text NOT NULL,
  `user_id` text NOT NULL,
  `num_tickets` decimal(30,10) NOT NULL,
  `mana_spent` decimal(30,10) NOT NULL,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `charity_giveaway_tickets_giveaway_num_fkey` FOREIGN KEY (`giveaway_num`) REFERENCES `charity_giveaways` (`giveaway_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `leagues` (
  `cohort` text NOT NULL,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `division` int NOT NULL,
  `id` char(36) NOT NULL,
  `mana_earned` decimal(30,10) NOT NULL DEFAULT 0.0,
  `mana_earned_breakdown` json NOT NULL DEFAULT ('{}'),
  `rank_snapshot` int,
  `season` int NOT NULL,
  `user_id` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_id_season` (`user_id`, `season`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contract_comments` (
  `comment_id` varchar(191) NOT NULL,
  `contract_id` varchar(191) NOT NULL,
  `created_time` datetime(6) NOT NULL,
  `data` json NOT NULL,
  `dislikes` int DEFAULT 0,
  `likes` int NOT NULL DEFAULT 0,
  `user_id` text NOT NULL,
  `visibility` text,
  PRIMARY KEY (`contract_id`, `comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `private_user_message_channels` (
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  `last_updated_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `title` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `private_user_message_channel_members` (
  `channel_id` bigint NOT NULL,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  `notify_after_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `role` text NOT NULL DEFAULT 'member',
  `status` text NOT NULL DEFAULT 'proposed',
  `user_id` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_channel` (`channel_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `private_user_messages` (
  `channel_id` bigint NOT NULL,
  `content` json NOT NULL,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` text NOT NULL,
  `visibility` text NOT NULL DEFAULT 'private',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `content_id` text NOT NULL,
  `content_owner_id` varchar(191) NOT NULL,
  `content_type` text NOT NULL,
  `created_time` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `description` text,
  `id` text NOT NULL,
  `parent_id` text,
  `parent_type` text,
  `user_id` varchar(191) NOT NULL,
  `dismissed_by_user_id` text,
  CONSTRAINT `reports_content_owner_id_fkey` FOREIGN KEY (`content_owner_id`) REFERENCES `users` (`id`),
  CONSTRAINT `reports_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_events` (
  `comment_id` text,
  `contract_id` text,
  `bet_id` text,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `data` json,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `user_id` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_events` (
  `ad_id` text,
  `comment_id` text,
  `contract_id` text,
  `data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `ts` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sent_emails` (
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `email_template_id` text NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `txn_summary_stats` (
  `category` text NOT NULL,
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `end_time` datetime(6) NOT NULL,
  `from_type` text NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `quest_type` text,
  `start_time` datetime(6) NOT NULL,
  `to_type` text NOT NULL,
  `token` text NOT NULL,
  `total_amount` decimal(30,10) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_trading_status` (
  `status` tinyint(1) NOT NULL,
  `token` varchar(191) NOT NULL,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduler_info` (
  `created_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  `job_name` varchar(191) NOT NULL,
  `last_end_time` datetime(6),
  `last_start_time` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `scheduler_info_job_name_key` (`job_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Liberapay (recurrent donations / crowdfunding platform), MySQL DDL of its PostgreSQL schema.
-- Source: github.com/liberapay/liberapay.com sql/schema.sql (schema_version 197), commit cc5be724ecae6c2605711b42063c465bb2dd6438,
-- CC0-1.0. All 44 tables, column names and order as upstream. PostgreSQL types written as MySQL types:
-- bigserial/serial -> bigint/int AUTO_INCREMENT, timestamptz -> datetime, jsonb/json -> json, bytea -> blob,
-- the enum types -> ENUM, the composite currency_amount (amount, currency) -> varchar(64) (its text form, e.g. "(12.50,EUR)"),
-- currency_basket -> text, the currency enum -> char(3), the composite encrypted (scheme, payload, ts) -> blob,
-- text primary keys -> varchar(255). Indexes, CHECK constraints, triggers, functions and views left out.

CREATE TABLE `db_meta` (
  `key` varchar(255) NOT NULL,
  `value` json DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_conf` (
  `key` varchar(255) NOT NULL,
  `value` json DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `username` text NOT NULL,
  `email` text DEFAULT NULL,
  `email_lang` text DEFAULT NULL,
  `kind` enum('individual','organization','group','community') DEFAULT NULL,
  `status` enum('stub','active','closed') NOT NULL DEFAULT 'stub',
  `join_time` datetime DEFAULT NULL,
  `goal` varchar(64) DEFAULT NULL,
  `hide_giving` tinyint(1) NOT NULL DEFAULT 0,
  `hide_receiving` tinyint(1) NOT NULL DEFAULT 0,
  `hide_from_search` int NOT NULL DEFAULT 0,
  `avatar_url` text DEFAULT NULL,
  `giving` varchar(64) NOT NULL,
  `receiving` varchar(64) NOT NULL,
  `taking` varchar(64) NOT NULL,
  `npatrons` int NOT NULL DEFAULT 0,
  `email_notif_bits` int NOT NULL DEFAULT 2147483646,
  `pending_notifs` int NOT NULL DEFAULT 0,
  `avatar_src` text DEFAULT NULL,
  `avatar_email` text DEFAULT NULL,
  `profile_nofollow` tinyint(1) DEFAULT 1,
  `profile_noindex` int NOT NULL DEFAULT 2,
  `hide_from_lists` int NOT NULL DEFAULT 0,
  `privileges` int NOT NULL DEFAULT 0,
  `is_suspended` tinyint(1) DEFAULT NULL,
  `nsubscribers` int NOT NULL DEFAULT 0,
  `allow_invoices` tinyint(1) DEFAULT NULL,
  `throttle_takes` tinyint(1) NOT NULL DEFAULT 1,
  `nteampatrons` int NOT NULL DEFAULT 0,
  `leftover` text DEFAULT NULL,
  `main_currency` char(3) NOT NULL DEFAULT 'EUR',
  `accepted_currencies` text DEFAULT NULL,
  `public_name` text DEFAULT NULL,
  `payment_providers` int NOT NULL DEFAULT 0,
  `marked_as` enum('trusted','okay','unsettling','controversial','irrelevant','misleading','spam','fraud','obsolete','out-of-scope','unverifiable') DEFAULT NULL,
  `is_unsettling` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipient_settings` (
  `participant` bigint NOT NULL,
  `patron_visibilities` int DEFAULT NULL,
  `patron_countries` text DEFAULT NULL,
  PRIMARY KEY (`participant`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `elsewhere` (
  `id` int NOT NULL AUTO_INCREMENT,
  `participant` bigint NOT NULL,
  `platform` text NOT NULL,
  `user_id` text DEFAULT NULL,
  `user_name` text DEFAULT NULL,
  `display_name` text DEFAULT NULL,
  `avatar_url` text DEFAULT NULL,
  `is_team` tinyint(1) NOT NULL DEFAULT 0,
  `token` json DEFAULT NULL,
  `connect_token` text DEFAULT NULL,
  `connect_expires` datetime DEFAULT NULL,
  `domain` text NOT NULL,
  `info_fetched_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `description` text DEFAULT NULL,
  `missing_since` datetime DEFAULT NULL,
  `last_fetch_attempt` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_apps` (
  `platform` text NOT NULL,
  `domain` text NOT NULL,
  `key` text NOT NULL,
  `secret` text NOT NULL,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repositories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `platform` text NOT NULL,
  `remote_id` text NOT NULL,
  `owner_id` text NOT NULL,
  `name` text NOT NULL,
  `slug` text NOT NULL,
  `description` text DEFAULT NULL,
  `last_update` datetime NOT NULL,
  `is_fork` tinyint(1) DEFAULT NULL,
  `stars_count` int DEFAULT NULL,
  `info_fetched_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `participant` bigint DEFAULT NULL,
  `show_on_profile` tinyint(1) NOT NULL DEFAULT 0,
  `last_fetch_attempt` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tips` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL,
  `mtime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tipper` bigint NOT NULL,
  `tippee` bigint NOT NULL,
  `amount` varchar(64) NOT NULL,
  `is_funded` tinyint(1) NOT NULL DEFAULT 0,
  `period` enum('weekly','monthly','yearly') NOT NULL,
  `periodic_amount` varchar(64) NOT NULL,
  `paid_in_advance` varchar(64) DEFAULT NULL,
  `renewal_mode` int NOT NULL DEFAULT 1,
  `visibility` int NOT NULL,
  `past_transfers_sum` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tipper`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`tippee`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `sender` bigint NOT NULL,
  `addressee` bigint NOT NULL,
  `nature` enum('expense') NOT NULL,
  `amount` varchar(64) NOT NULL,
  `description` text NOT NULL,
  `details` text DEFAULT NULL,
  `documents` json NOT NULL,
  `status` enum('pre','canceled','new','retracted','accepted','paid','rejected') NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`sender`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`addressee`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `invoice` int NOT NULL,
  `participant` bigint NOT NULL,
  `ts` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` enum('pre','canceled','new','retracted','accepted','paid','rejected') NOT NULL,
  `message` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`invoice`) REFERENCES `invoices` (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wallets` (
  `remote_id` varchar(255) NOT NULL,
  `balance` varchar(64) NOT NULL,
  `owner` bigint NOT NULL,
  `remote_owner_id` text NOT NULL,
  `is_current` tinyint(1) DEFAULT 1,
  UNIQUE KEY `wallets_remote_id_key` (`remote_id`),
  FOREIGN KEY (`owner`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transfers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timestamp` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tipper` bigint NOT NULL,
  `tippee` bigint NOT NULL,
  `amount` varchar(64) NOT NULL,
  `context` enum('tip','take','final-gift','refund','expense','chargeback','debt','account-switch','swap','tip-in-advance','take-in-advance','fee-refund','indirect-payout','tip-in-arrears','take-in-arrears','leftover-take','partial-tip','partial-take') NOT NULL,
  `team` bigint DEFAULT NULL,
  `status` enum('pre','failed','succeeded') NOT NULL,
  `error` text DEFAULT NULL,
  `refund_ref` bigint DEFAULT NULL,
  `invoice` int DEFAULT NULL,
  `wallet_from` text NOT NULL,
  `wallet_to` text NOT NULL,
  `counterpart` int DEFAULT NULL,
  `unit_amount` varchar(64) DEFAULT NULL,
  `virtual` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tipper`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`tippee`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`team`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`invoice`) REFERENCES `invoices` (`id`),
  FOREIGN KEY (`counterpart`) REFERENCES `transfers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `paydays` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ts_start` datetime DEFAULT NULL,
  `ts_end` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `nparticipants` bigint NOT NULL DEFAULT 0,
  `ntippers` bigint NOT NULL DEFAULT 0,
  `ntippees` bigint NOT NULL DEFAULT 0,
  `ntips` bigint NOT NULL DEFAULT 0,
  `ntransfers` bigint NOT NULL DEFAULT 0,
  `transfer_volume` text NOT NULL,
  `ntakes` bigint NOT NULL DEFAULT 0,
  `take_volume` text NOT NULL,
  `nactive` bigint NOT NULL DEFAULT 0,
  `nusers` bigint NOT NULL DEFAULT 0,
  `week_deposits` text NOT NULL,
  `week_withdrawals` text NOT NULL,
  `transfer_volume_refunded` text DEFAULT NULL,
  `week_deposits_refunded` text DEFAULT NULL,
  `week_withdrawals_refunded` text DEFAULT NULL,
  `stage` int DEFAULT 1,
  `public_log` text NOT NULL,
  `week_payins` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `paydays_ts_end_key` (`ts_end`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exchange_routes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `participant` bigint NOT NULL,
  `network` enum('mango-ba','mango-bw','mango-cc','stripe-card','paypal','stripe-sdd') NOT NULL,
  `address` text NOT NULL,
  `one_off` tinyint(1) NOT NULL,
  `remote_user_id` text NOT NULL,
  `ctime` datetime DEFAULT CURRENT_TIMESTAMP,
  `mandate` text DEFAULT NULL,
  `currency` char(3) DEFAULT NULL,
  `country` text DEFAULT NULL,
  `status` enum('pending','chargeable','consumed','failed','canceled','expired') NOT NULL,
  `is_default` tinyint(1) DEFAULT NULL,
  `is_default_for` char(3) DEFAULT NULL,
  `brand` text DEFAULT NULL,
  `last4` text DEFAULT NULL,
  `fingerprint` text DEFAULT NULL,
  `owner_name` text DEFAULT NULL,
  `expiration_date` date DEFAULT NULL,
  `mandate_reference` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exchanges` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timestamp` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `amount` varchar(64) NOT NULL,
  `fee` varchar(64) NOT NULL,
  `participant` bigint NOT NULL,
  `recorder` bigint DEFAULT NULL,
  `note` text DEFAULT NULL,
  `status` enum('pre','created','failed','succeeded','pre-mandate') NOT NULL,
  `route` bigint NOT NULL,
  `vat` varchar(64) NOT NULL,
  `refund_ref` bigint DEFAULT NULL,
  `wallet_id` text NOT NULL,
  `remote_id` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`recorder`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exchange_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `timestamp` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `exchange` int NOT NULL,
  `status` enum('pre','created','failed','succeeded','pre-mandate') NOT NULL,
  `error` text DEFAULT NULL,
  `wallet_delta` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`exchange`) REFERENCES `exchanges` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_accounts` (
  `participant` bigint NOT NULL,
  `provider` text NOT NULL,
  `country` text NOT NULL,
  `id` text NOT NULL,
  `is_current` tinyint(1) DEFAULT 1,
  `charges_enabled` tinyint(1) DEFAULT NULL,
  `default_currency` text DEFAULT NULL,
  `display_name` text DEFAULT NULL,
  `token` json DEFAULT NULL,
  `connection_ts` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `pk` bigint NOT NULL AUTO_INCREMENT,
  `verified` tinyint(1) NOT NULL,
  `authorized` tinyint(1) DEFAULT NULL,
  `independent` tinyint(1) DEFAULT NULL,
  `loss_taker` enum('provider','platform') DEFAULT NULL,
  `details_submitted` tinyint(1) DEFAULT NULL,
  `allow_payout` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payins` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `remote_id` text DEFAULT NULL,
  `payer` bigint NOT NULL,
  `amount` varchar(64) NOT NULL,
  `status` enum('pre','submitting','pending','succeeded','failed','awaiting_payer_action','awaiting_review') NOT NULL,
  `error` text DEFAULT NULL,
  `route` int NOT NULL,
  `amount_settled` varchar(64) DEFAULT NULL,
  `fee` varchar(64) DEFAULT NULL,
  `intent_id` text DEFAULT NULL,
  `refunded_amount` varchar(64) DEFAULT NULL,
  `off_session` tinyint(1) NOT NULL,
  `allowed_by` bigint DEFAULT NULL,
  `allowed_since` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payer`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`route`) REFERENCES `exchange_routes` (`id`),
  FOREIGN KEY (`allowed_by`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payin_events` (
  `payin` int NOT NULL,
  `status` enum('pre','submitting','pending','succeeded','failed','awaiting_payer_action','awaiting_review') NOT NULL,
  `error` text DEFAULT NULL,
  `timestamp` datetime NOT NULL,
  `remote_timestamp` datetime DEFAULT NULL,
  UNIQUE KEY `payin_events_payin_status_key` (`payin`, `status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payin_transfers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `remote_id` text DEFAULT NULL,
  `payin` bigint NOT NULL,
  `payer` bigint NOT NULL,
  `recipient` bigint NOT NULL,
  `destination` bigint NOT NULL,
  `context` enum('personal-donation','team-donation') NOT NULL,
  `status` enum('pre','pending','failed','succeeded','awaiting_review','suspended') NOT NULL,
  `error` text DEFAULT NULL,
  `amount` varchar(64) NOT NULL,
  `unit_amount` varchar(64) DEFAULT NULL,
  `n_units` int DEFAULT NULL,
  `period` enum('weekly','monthly','yearly') DEFAULT NULL,
  `team` bigint DEFAULT NULL,
  `fee` varchar(64) DEFAULT NULL,
  `reversed_amount` varchar(64) DEFAULT NULL,
  `visibility` int NOT NULL,
  `destination_amount` varchar(64) DEFAULT NULL,
  `reversed_destination_amount` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payin`) REFERENCES `payins` (`id`),
  FOREIGN KEY (`payer`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`recipient`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`destination`) REFERENCES `payment_accounts` (`pk`),
  FOREIGN KEY (`team`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payin_transfer_events` (
  `payin_transfer` int NOT NULL,
  `status` enum('pre','pending','failed','succeeded','awaiting_review','suspended') NOT NULL,
  `error` text DEFAULT NULL,
  `timestamp` datetime NOT NULL,
  `remote_timestamp` datetime DEFAULT NULL,
  UNIQUE KEY `payin_transfer_events_payin_transfer_status_key` (`payin_transfer`, `status`),
  FOREIGN KEY (`payin_transfer`) REFERENCES `payin_transfers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payin_refunds` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `payin` bigint NOT NULL,
  `remote_id` text DEFAULT NULL,
  `amount` varchar(64) NOT NULL,
  `reason` enum('duplicate','fraud','requested_by_payer','uncaptured') DEFAULT NULL,
  `description` text DEFAULT NULL,
  `status` enum('pre','pending','failed','succeeded') NOT NULL,
  `error` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payin`) REFERENCES `payins` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payin_transfer_reversals` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `payin_transfer` bigint NOT NULL,
  `remote_id` text DEFAULT NULL,
  `payin_refund` bigint DEFAULT NULL,
  `amount` varchar(64) NOT NULL,
  `destination_amount` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payin_refund`) REFERENCES `payin_refunds` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduled_payins` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mtime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `execution_date` date NOT NULL,
  `payer` bigint NOT NULL,
  `amount` varchar(64) DEFAULT NULL,
  `transfers` json NOT NULL,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `notifs_count` int NOT NULL DEFAULT 0,
  `last_notif_ts` datetime DEFAULT NULL,
  `customized` tinyint(1) DEFAULT NULL,
  `payin` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`payer`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`payin`) REFERENCES `payins` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `communities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `nmembers` int NOT NULL DEFAULT 0,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `creator` bigint NOT NULL,
  `lang` text NOT NULL,
  `participant` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `communities_name_key` (`name`),
  FOREIGN KEY (`creator`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community_memberships` (
  `participant` bigint NOT NULL,
  `community` bigint NOT NULL,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mtime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_on` tinyint(1) NOT NULL,
  UNIQUE KEY `community_memberships_participant_community_key` (`participant`, `community`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`community`) REFERENCES `communities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `publisher` bigint NOT NULL,
  `subscriber` bigint NOT NULL,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mtime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_on` tinyint(1) NOT NULL,
  `token` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_publisher_subscriber_key` (`publisher`, `subscriber`),
  FOREIGN KEY (`publisher`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`subscriber`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `takes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL,
  `mtime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `member` bigint NOT NULL,
  `team` bigint NOT NULL,
  `amount` varchar(64) DEFAULT NULL,
  `recorder` bigint NOT NULL,
  `actual_amount` text DEFAULT NULL,
  `paid_in_advance` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`team`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`recorder`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ts` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `participant` bigint NOT NULL,
  `type` text NOT NULL,
  `payload` json DEFAULT NULL,
  `recorder` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`recorder`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emails` (
  `id` int NOT NULL AUTO_INCREMENT,
  `address` text NOT NULL,
  `verified` tinyint(1) DEFAULT NULL,
  `nonce` text DEFAULT NULL,
  `added_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `verified_time` datetime DEFAULT NULL,
  `participant` bigint DEFAULT NULL,
  `disavowed` tinyint(1) DEFAULT NULL,
  `disavowed_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_blacklist` (
  `address` text NOT NULL,
  `ts` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `reason` enum('bounce','complaint','throwaway','other') NOT NULL,
  `details` text DEFAULT NULL,
  `ses_data` json DEFAULT NULL,
  `ignore_after` datetime DEFAULT NULL,
  `report_id` text DEFAULT NULL,
  `ignored_by` bigint DEFAULT NULL,
  `added_by` bigint DEFAULT NULL,
  FOREIGN KEY (`ignored_by`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`added_by`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statements` (
  `participant` bigint NOT NULL,
  `type` enum('profile','sidebar','subtitle','summary') NOT NULL,
  `lang` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `search_conf` text NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL,
  `mtime` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `statements_participant_type_lang_key` (`participant`, `type`, `lang`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `participant` bigint NOT NULL,
  `event` text NOT NULL,
  `context` blob NOT NULL,
  `is_new` tinyint(1) NOT NULL DEFAULT 1,
  `ts` datetime DEFAULT CURRENT_TIMESTAMP,
  `email` tinyint(1) NOT NULL,
  `web` tinyint(1) NOT NULL,
  `idem_key` text DEFAULT NULL,
  `hidden_since` datetime DEFAULT NULL,
  `email_status` enum('queued','skipped','sending','sent','failed') DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `balances_at` (
  `participant` bigint NOT NULL,
  `at` datetime NOT NULL,
  `balances` text NOT NULL,
  UNIQUE KEY `balances_at_participant_at_key` (`participant`, `at`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newsletters` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `sender` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`sender`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `newsletter_texts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `newsletter` bigint NOT NULL,
  `lang` varchar(255) NOT NULL,
  `subject` text NOT NULL,
  `body` text NOT NULL,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `scheduled_for` datetime DEFAULT NULL,
  `sent_at` datetime DEFAULT NULL,
  `sent_count` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `newsletter_texts_newsletter_lang_key` (`newsletter`, `lang`),
  FOREIGN KEY (`newsletter`) REFERENCES `newsletters` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `disputes` (
  `id` bigint NOT NULL,
  `creation_date` datetime NOT NULL,
  `type` text NOT NULL,
  `amount` varchar(64) NOT NULL,
  `status` text NOT NULL,
  `result_code` text DEFAULT NULL,
  `exchange_id` int NOT NULL,
  `participant` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`exchange_id`) REFERENCES `exchanges` (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `debts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `debtor` bigint NOT NULL,
  `creditor` bigint NOT NULL,
  `amount` varchar(64) NOT NULL,
  `origin` int NOT NULL,
  `status` enum('due','paid','void') NOT NULL,
  `settlement` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`debtor`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`creditor`) REFERENCES `participants` (`id`),
  FOREIGN KEY (`origin`) REFERENCES `exchanges` (`id`),
  FOREIGN KEY (`settlement`) REFERENCES `transfers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rate_limiting` (
  `key` varchar(255) NOT NULL,
  `counter` int NOT NULL,
  `ts` datetime NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redirections` (
  `from_prefix` varchar(255) NOT NULL,
  `to_prefix` text NOT NULL,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mtime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`from_prefix`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_secrets` (
  `participant` bigint NOT NULL,
  `id` int NOT NULL,
  `secret` text NOT NULL,
  `mtime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `latest_use` date DEFAULT NULL,
  UNIQUE KEY `user_secrets_participant_id_key` (`participant`, `id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `participant` bigint NOT NULL,
  `info` blob NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant`) REFERENCES `participants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback` (
  `participant` bigint NOT NULL,
  `feedback` text NOT NULL,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`participant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cron_jobs` (
  `name` varchar(255) NOT NULL,
  `last_start_time` datetime DEFAULT NULL,
  `last_success_time` datetime DEFAULT NULL,
  `last_error_time` datetime DEFAULT NULL,
  `last_error` text DEFAULT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- LNbits (free and open-source Lightning wallet and accounts system), github.com/lnbits/lnbits, commit
-- 7d98c6b0808efab3edafc21310ec34d1c38c23df (v1.5.2-rc3, MIT), `lnbits/core/migrations.py` (m000-m044), with three of
-- its commonly used extensions, each from its own repository (MIT): github.com/lnbits/lnurlp `migrations.py`
-- (commit 3d62391a71536ea058da767eb950ce19b030ca25, pay links / Lightning addresses), github.com/lnbits/tpos
-- (commit ddc44065ceeffa6133916b2cd8fad3c39d74efce, point of sale with tips and ATM mode) and github.com/lnbits/events
-- (commit 891eaf127f9ff3d5b39be674ceec0f07deafd2d1, event tickets). The migration functions were run with upstream's
-- own `lnbits.db` against a scratch PostgreSQL 15 (LNBITS_DATABASE_URL=postgres://...), extensions in their own
-- schemas as LNbits does; then written as MySQL from the catalog: TEXT (VARCHAR(255) where in a key), BIGINT/INT,
-- timestamp -> DATETIME(6), boolean -> TINYINT(1), real/double as FLOAT/DOUBLE, bytea -> LONGBLOB. Extension tables
-- (schema.table in PostgreSQL, an attached database in SQLite) are named <extension>_<table> here: lnurlp.pay_links ->
-- lnurlp_pay_links, lnurlp.settings -> lnurlp_settings, tpos.pos -> tpos_pos, tpos.withdraws -> tpos_withdraws,
-- events.events -> events_events, events.ticket -> events_ticket. Left out: the `balances` view. Column names and
-- order as replayed.
CREATE TABLE `dbversions` (
  `db` varchar(255) NOT NULL,
  `version` int(11) NOT NULL,
  PRIMARY KEY (`db`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `accounts` (
  `id` varchar(255) NOT NULL,
  `email` text DEFAULT NULL,
  `password_hash` text DEFAULT NULL,
  `username` text DEFAULT NULL,
  `extra` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `pubkey` text DEFAULT NULL,
  `access_control_list` text DEFAULT NULL,
  `external_id` text DEFAULT NULL,
  `ui_customization` text DEFAULT NULL,
  `activated` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `wallets` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `user` text NOT NULL,
  `adminkey` text NOT NULL,
  `inkey` text DEFAULT NULL,
  `currency` text DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `extra` text DEFAULT NULL,
  `stored_paylinks` text DEFAULT NULL,
  `wallet_type` text DEFAULT NULL,
  `shared_wallet_id` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `apipayments` (
  `checking_id` varchar(255) NOT NULL,
  `amount` bigint(20) NOT NULL,
  `fee` int(11) NOT NULL DEFAULT 0,
  `wallet_id` varchar(255) NOT NULL,
  `memo` text DEFAULT NULL,
  `time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `payment_hash` text DEFAULT NULL,
  `preimage` text DEFAULT NULL,
  `bolt11` text DEFAULT NULL,
  `extra` text DEFAULT NULL,
  `webhook` text DEFAULT NULL,
  `webhook_status` text DEFAULT NULL,
  `expiry` datetime(6) DEFAULT NULL,
  `status` text DEFAULT NULL,
  `tag` text DEFAULT NULL,
  `extension` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `fiat_provider` text DEFAULT NULL,
  `labels` text DEFAULT NULL,
  UNIQUE KEY `apipayments_wallet_payhash_key` (`wallet_id`, `checking_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `balance_check` (
  `wallet` varchar(255) NOT NULL,
  `service` varchar(255) NOT NULL,
  `url` text NOT NULL,
  UNIQUE KEY `balance_check_wallet_service_key` (`wallet`, `service`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `balance_notify` (
  `wallet` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  UNIQUE KEY `balance_notify_wallet_url_key` (`wallet`, `url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `extensions` (
  `user` varchar(255) NOT NULL,
  `extension` varchar(255) NOT NULL,
  `active` tinyint(1) DEFAULT 0,
  `extra` text DEFAULT NULL,
  UNIQUE KEY `extensions_user_extension_key` (`user`, `extension`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `installed_extensions` (
  `id` varchar(255) NOT NULL,
  `version` text NOT NULL,
  `name` text NOT NULL,
  `short_description` text DEFAULT NULL,
  `icon` text DEFAULT NULL,
  `stars` int(11) NOT NULL DEFAULT 0,
  `active` tinyint(1) DEFAULT 0,
  `meta` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `tiny_url` (
  `id` varchar(255) NOT NULL,
  `url` text DEFAULT NULL,
  `endless` tinyint(1) NOT NULL DEFAULT 0,
  `wallet` text DEFAULT NULL,
  `time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `webpush_subscriptions` (
  `endpoint` varchar(255) NOT NULL,
  `user` varchar(255) NOT NULL,
  `data` text NOT NULL,
  `host` text NOT NULL,
  `timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`endpoint`, `user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `audit` (
  `component` text DEFAULT NULL,
  `ip_address` text DEFAULT NULL,
  `user_id` text DEFAULT NULL,
  `path` text DEFAULT NULL,
  `request_type` text DEFAULT NULL,
  `request_method` text DEFAULT NULL,
  `request_details` text DEFAULT NULL,
  `response_code` text DEFAULT NULL,
  `duration` float NOT NULL,
  `delete_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `assets` (
  `id` varchar(255) NOT NULL,
  `user_id` text NOT NULL,
  `mime_type` text NOT NULL,
  `is_public` tinyint(1) NOT NULL DEFAULT 0,
  `name` text NOT NULL,
  `size_bytes` int(11) NOT NULL,
  `thumbnail_base64` text DEFAULT NULL,
  `thumbnail` longblob DEFAULT NULL,
  `data` longblob NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `system_settings` (
  `id` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  `tag` varchar(255) NOT NULL DEFAULT 'core',
  PRIMARY KEY (`id`),
  UNIQUE KEY `system_settings_id_tag_key` (`id`, `tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `lnurlp_pay_links` (
  `id` varchar(255) NOT NULL,
  `wallet` text NOT NULL,
  `description` text NOT NULL,
  `min` bigint(20) NOT NULL,
  `served_meta` int(11) NOT NULL,
  `served_pr` int(11) NOT NULL,
  `webhook_url` text DEFAULT NULL,
  `success_text` text DEFAULT NULL,
  `success_url` text DEFAULT NULL,
  `currency` text DEFAULT NULL,
  `comment_chars` int(11) DEFAULT 0,
  `max` int(11) DEFAULT NULL,
  `fiat_base_multiplier` int(11) DEFAULT 1,
  `webhook_headers` text DEFAULT NULL,
  `webhook_body` text DEFAULT NULL,
  `username` text DEFAULT NULL,
  `zaps` tinyint(1) DEFAULT NULL,
  `domain` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `disposable` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `lnurlp_settings` (
  `nostr_private_key` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `tpos_pos` (
  `id` text DEFAULT NULL,
  `name` text DEFAULT NULL,
  `currency` text DEFAULT NULL,
  `items` text DEFAULT NULL,
  `wallet` text DEFAULT NULL,
  `tax_inclusive` tinyint(1) DEFAULT NULL,
  `tax_default` double DEFAULT NULL,
  `tip_wallet` text DEFAULT NULL,
  `tip_options` text DEFAULT NULL,
  `withdrawn_amount` int(11) DEFAULT NULL,
  `withdraw_time` int(11) DEFAULT NULL,
  `withdraw_between` int(11) DEFAULT NULL,
  `withdraw_limit` int(11) DEFAULT NULL,
  `withdraw_time_option` text DEFAULT NULL,
  `withdraw_premium` double DEFAULT NULL,
  `withdraw_pin_disabled` tinyint(1) DEFAULT NULL,
  `withdraw_pin` int(11) DEFAULT NULL,
  `lnaddress` tinyint(1) DEFAULT 0,
  `lnaddress_cut` int(11) DEFAULT NULL,
  `enable_receipt_print` tinyint(1) DEFAULT 0,
  `business_name` text DEFAULT NULL,
  `business_address` text DEFAULT NULL,
  `business_vat_id` text DEFAULT NULL,
  `fiat_provider` text DEFAULT NULL,
  `stripe_card_payments` tinyint(1) DEFAULT 0,
  `use_inventory` tinyint(1) DEFAULT 0,
  `inventory_id` text DEFAULT NULL,
  `inventory_tags` text DEFAULT NULL,
  `inventory_omit_tags` text DEFAULT NULL,
  `stripe_reader_id` text DEFAULT NULL,
  `only_show_sats_on_bitcoin` tinyint(1) DEFAULT 1,
  `enable_remote` tinyint(1) DEFAULT 0,
  `allow_cash_settlement` tinyint(1) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `tpos_withdraws` (
  `id` varchar(255) NOT NULL,
  `tpos_id` text NOT NULL,
  `amount` int(11) DEFAULT NULL,
  `claimed` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `events_events` (
  `id` varchar(255) NOT NULL,
  `wallet` text NOT NULL,
  `name` text NOT NULL,
  `info` text NOT NULL,
  `closing_date` text NOT NULL,
  `event_start_date` text NOT NULL,
  `event_end_date` text NOT NULL,
  `currency` text NOT NULL,
  `amount_tickets` int(11) NOT NULL,
  `price_per_ticket` float NOT NULL,
  `sold` int(11) NOT NULL,
  `time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `banner` text DEFAULT NULL,
  `canceled` tinyint(1) NOT NULL DEFAULT 0,
  `extra` text DEFAULT NULL,
  `allow_fiat` tinyint(1) NOT NULL DEFAULT 0,
  `fiat_currency` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `events_ticket` (
  `id` varchar(255) NOT NULL,
  `wallet` text NOT NULL,
  `event` text NOT NULL,
  `name` text NOT NULL,
  `email` text NOT NULL,
  `registered` tinyint(1) NOT NULL,
  `paid` tinyint(1) NOT NULL,
  `time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `reg_timestamp` datetime(6) DEFAULT NULL,
  `extra` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Foreign keys (declared upstream), added after all tables exist
ALTER TABLE `balance_check` ADD CONSTRAINT `balance_check_wallet_fkey` FOREIGN KEY (`wallet`) REFERENCES `wallets` (`id`);
ALTER TABLE `balance_notify` ADD CONSTRAINT `balance_notify_wallet_fkey` FOREIGN KEY (`wallet`) REFERENCES `wallets` (`id`);

-- Bitcart (self-hosted cryptocurrency payment processor, MrNaif2018), github.com/bitcart/bitcart,
-- commit 065c842107218459e0b1f3ba3c8cfeda3e5c8edf (MIT). Schema as upstream's 55 Alembic migrations
-- (migrations/versions/*.py, newest 2025-10-24) create it: replayed with Alembic 1.x into a scratch PostgreSQL 15
-- (with api/models.py's naming convention), dumped with pg_dump -s and written as MySQL: text -> TEXT (VARCHAR(255)
-- where a key), timestamptz -> DATETIME, numeric(36,18) -> DECIMAL(36,18), jsonb and text[] -> JSON, boolean ->
-- TINYINT(1). Left out: alembic_version. Tables ordered so that foreign keys load.

CREATE TABLE `settings` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `hashed_password` TEXT NOT NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `settings` JSON NOT NULL,
  `metadata` JSON NOT NULL,
  `tfa_enabled` TINYINT(1) NOT NULL,
  `totp_key` TEXT NOT NULL,
  `recovery_codes` JSON NOT NULL,
  `fido2_devices` JSON NOT NULL,
  `is_verified` TINYINT(1) NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_idx` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discounts` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NULL,
  `name` TEXT NOT NULL,
  `percent` INT NOT NULL,
  `description` TEXT NULL,
  `promocode` TEXT NULL,
  `currencies` TEXT NULL,
  `end_date` DATETIME NOT NULL,
  `created` DATETIME NOT NULL,
  `metadata` JSON NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `discounts_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` VARCHAR(255) NOT NULL,
  `filename` TEXT NULL,
  `user_id` VARCHAR(255) NULL,
  `created` DATETIME NOT NULL,
  `metadata` JSON NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NULL,
  `name` TEXT NOT NULL,
  `provider` TEXT NOT NULL,
  `data` JSON NOT NULL,
  `created` DATETIME NOT NULL,
  `metadata` JSON NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stores` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `default_currency` TEXT NOT NULL,
  `user_id` VARCHAR(255) NULL,
  `templates` JSON NOT NULL,
  `created` DATETIME NOT NULL,
  `checkout_settings` JSON NOT NULL,
  `theme_settings` JSON NOT NULL,
  `plugin_settings` JSON NOT NULL,
  `metadata` JSON NOT NULL,
  `email_settings` JSON NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `stores_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoices` (
  `id` VARCHAR(255) NOT NULL,
  `price` DECIMAL(36,18) NOT NULL,
  `status` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `buyer_email` TEXT NULL,
  `discount` TEXT NULL,
  `promocode` TEXT NULL,
  `order_id` TEXT NULL,
  `store_id` VARCHAR(255) NULL,
  `notification_url` TEXT NULL,
  `redirect_url` TEXT NULL,
  `currency` TEXT NOT NULL,
  `user_id` VARCHAR(255) NULL,
  `expiration` INT NOT NULL,
  `paid_currency` TEXT NULL,
  `shipping_address` TEXT NULL,
  `notes` TEXT NULL,
  `tx_hashes` JSON NOT NULL,
  `metadata` JSON NOT NULL,
  `sent_amount` DECIMAL(36,18) NULL,
  `exception_status` TEXT NULL,
  `creation_time` DECIMAL(36,18) NULL,
  `paid_date` DATETIME NULL,
  `updated` DATETIME NULL,
  `payment_methods` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invoices_store_id_stores_fkey` FOREIGN KEY (`store_id`) REFERENCES `stores` (`id`) ON DELETE SET NULL,
  CONSTRAINT `invoices_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notificationsxstores` (
  `notification_id` VARCHAR(255) NOT NULL,
  `store_id` VARCHAR(255) NOT NULL,
  CONSTRAINT `notificationsxstores_notification_id_notifications_fkey` FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notificationsxstores_store_id_stores_fkey` FOREIGN KEY (`store_id`) REFERENCES `stores` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `price` DECIMAL(36,18) NOT NULL,
  `quantity` INT NOT NULL,
  `download_url` TEXT NULL,
  `created` DATETIME NOT NULL,
  `category` TEXT NULL,
  `description` TEXT NULL,
  `image` TEXT NULL,
  `store_id` VARCHAR(255) NULL,
  `status` TEXT NOT NULL,
  `user_id` VARCHAR(255) NULL,
  `templates` JSON NOT NULL,
  `metadata` JSON NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `products_store_id_stores_fkey` FOREIGN KEY (`store_id`) REFERENCES `stores` (`id`) ON DELETE SET NULL,
  CONSTRAINT `products_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discountsxproducts` (
  `discount_id` VARCHAR(255) NOT NULL,
  `product_id` VARCHAR(255) NOT NULL,
  CONSTRAINT `discountsxproducts_discount_id_discounts_fkey` FOREIGN KEY (`discount_id`) REFERENCES `discounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `discountsxproducts_product_id_products_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `productsxinvoices` (
  `product_id` VARCHAR(255) NOT NULL,
  `invoice_id` VARCHAR(255) NOT NULL,
  `count` INT NOT NULL,
  CONSTRAINT `productsxinvoices_invoice_id_invoices_fkey` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `productsxinvoices_product_id_products_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NULL,
  `name` VARCHAR(255) NOT NULL,
  `text` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `metadata` JSON NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `templates_user_id_key` (`user_id`, `name`),
  CONSTRAINT `templates_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NULL,
  `app_id` TEXT NULL,
  `redirect_url` TEXT NULL,
  `permissions` JSON NOT NULL,
  `created` DATETIME NOT NULL,
  `metadata` JSON NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tokens_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wallets` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `xpub` TEXT NOT NULL,
  `currency` TEXT NOT NULL,
  `user_id` VARCHAR(255) NULL,
  `created` DATETIME NOT NULL,
  `lightning_enabled` TINYINT(1) NOT NULL,
  `label` TEXT NOT NULL,
  `contract` TEXT NULL,
  `hint` TEXT NULL,
  `additional_xpub_data` JSON NOT NULL,
  `metadata` JSON NOT NULL,
  `updated` DATETIME NULL,
  `transaction_speed` INT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `wallets_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `paymentmethods` (
  `invoice_id` VARCHAR(255) NULL,
  `amount` DECIMAL(36,18) NOT NULL,
  `discount` TEXT NULL,
  `currency` TEXT NOT NULL,
  `payment_address` TEXT NOT NULL,
  `payment_url` TEXT NOT NULL,
  `lightning` TINYINT(1) NOT NULL,
  `node_id` TEXT NULL,
  `rhash` TEXT NULL,
  `rate` DECIMAL(36,18) NOT NULL,
  `id` VARCHAR(255) NULL,
  `confirmations` INT NOT NULL,
  `recommended_fee` DECIMAL(36,18) NOT NULL,
  `created` DATETIME NOT NULL,
  `label` TEXT NOT NULL,
  `lookup_field` TEXT NOT NULL,
  `symbol` TEXT NOT NULL,
  `contract` TEXT NULL,
  `divisibility` INT NOT NULL,
  `hint` TEXT NULL,
  `wallet_id` VARCHAR(255) NULL,
  `user_address` TEXT NULL,
  `metadata` JSON NOT NULL,
  `is_used` TINYINT(1) NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `paymentmethods_invoice_id_invoices_fkey` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE SET NULL,
  CONSTRAINT `paymentmethods_wallet_id_wallets_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallets` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payouts` (
  `id` VARCHAR(255) NOT NULL,
  `amount` DECIMAL(36,18) NOT NULL,
  `destination` TEXT NOT NULL,
  `currency` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `notification_url` TEXT NULL,
  `store_id` VARCHAR(255) NULL,
  `wallet_id` VARCHAR(255) NULL,
  `max_fee` DECIMAL(36,18) NULL,
  `tx_hash` TEXT NULL,
  `used_fee` DECIMAL(36,18) NULL,
  `user_id` VARCHAR(255) NULL,
  `created` DATETIME NOT NULL,
  `metadata` JSON NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `payouts_store_id_stores_fkey` FOREIGN KEY (`store_id`) REFERENCES `stores` (`id`) ON DELETE SET NULL,
  CONSTRAINT `payouts_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `payouts_wallet_id_wallets_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallets` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `refunds` (
  `id` VARCHAR(255) NOT NULL,
  `amount` DECIMAL(36,18) NOT NULL,
  `currency` TEXT NOT NULL,
  `wallet_id` VARCHAR(255) NULL,
  `invoice_id` VARCHAR(255) NULL,
  `payout_id` VARCHAR(255) NULL,
  `destination` TEXT NULL,
  `user_id` VARCHAR(255) NULL,
  `created` DATETIME NOT NULL,
  `metadata` JSON NOT NULL,
  `updated` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `refunds_invoice_id_invoices_fkey` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE SET NULL,
  CONSTRAINT `refunds_payout_id_payouts_fkey` FOREIGN KEY (`payout_id`) REFERENCES `payouts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `refunds_user_id_users_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `refunds_wallet_id_wallets_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallets` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `walletsxstores` (
  `wallet_id` VARCHAR(255) NOT NULL,
  `store_id` VARCHAR(255) NOT NULL,
  CONSTRAINT `walletsxstores_store_id_stores_fkey` FOREIGN KEY (`store_id`) REFERENCES `stores` (`id`) ON DELETE CASCADE,
  CONSTRAINT `walletsxstores_wallet_id_wallets_fkey` FOREIGN KEY (`wallet_id`) REFERENCES `wallets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


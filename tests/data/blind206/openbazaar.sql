-- OpenBazaar (openbazaar-go, the OpenBazaar 2.x server node): decentralised peer-to-peer marketplace. Each user runs
-- a node; this is the node's own SQLite datastore (followers and following, offline messages and pointers, wallet
-- keys, unspent/spent outputs and transactions, store inventory, purchases, sales, moderated dispute cases, chat,
-- notifications, coupons, order messages).
-- Upstream: github.com/OpenBazaar/openbazaar-go schema/constants.go (the CREATE TABLE / CREATE INDEX statements
--   run by schema/manager.go), commit 74075f74a22fff3e24ee0104212b1010b84efe96 (MIT).
-- All 20 tables with all columns in upstream's order, SQLite written as MySQL: text primary key -> varchar(255),
-- other text -> text, blob -> blob, integer -> bigint, bool -> tinyint(1), the affinity-less `string` -> text,
-- the untyped coinType / paymentCoin -> varchar(255); NOT NULL and defaults as upstream; each CREATE INDEX as a
-- KEY of its table (191-character prefixes on text columns). Upstream declares no foreign keys.

CREATE TABLE `config` (
  `key` varchar(255) NOT NULL,
  `value` blob,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `followers` (
  `peerID` varchar(255) NOT NULL,
  `proof` blob,
  PRIMARY KEY (`peerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `following` (
  `peerID` varchar(255) NOT NULL,
  PRIMARY KEY (`peerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `offlinemessages` (
  `url` varchar(255) NOT NULL,
  `timestamp` bigint,
  `message` blob,
  PRIMARY KEY (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pointers` (
  `pointerID` varchar(255) NOT NULL,
  `key` text,
  `address` text,
  `cancelID` text,
  `purpose` bigint,
  `timestamp` bigint,
  PRIMARY KEY (`pointerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keys` (
  `scriptAddress` varchar(255) NOT NULL,
  `purpose` bigint,
  `keyIndex` bigint,
  `used` bigint,
  `key` text,
  `coin` text,
  PRIMARY KEY (`scriptAddress`),
  KEY `index_keys` (`coin`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `utxos` (
  `outpoint` varchar(255) NOT NULL,
  `value` text,
  `height` bigint,
  `scriptPubKey` text,
  `watchOnly` bigint,
  `coin` text,
  PRIMARY KEY (`outpoint`),
  KEY `index_utxos` (`coin`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stxos` (
  `outpoint` varchar(255) NOT NULL,
  `value` text,
  `height` bigint,
  `scriptPubKey` text,
  `watchOnly` bigint,
  `spendHeight` bigint,
  `spendTxid` text,
  `coin` text,
  PRIMARY KEY (`outpoint`),
  KEY `index_stxos` (`coin`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `txns` (
  `txid` varchar(255) NOT NULL,
  `value` text,
  `height` bigint,
  `timestamp` bigint,
  `watchOnly` bigint,
  `tx` blob,
  `coin` text,
  PRIMARY KEY (`txid`),
  KEY `index_txns` (`coin`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `txmetadata` (
  `txid` varchar(255) NOT NULL,
  `address` text,
  `memo` text,
  `orderID` text,
  `thumbnail` text,
  `canBumpFee` bigint,
  PRIMARY KEY (`txid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory` (
  `invID` varchar(255) NOT NULL,
  `slug` text,
  `variantIndex` bigint,
  `count` bigint,
  PRIMARY KEY (`invID`),
  KEY `index_inventory` (`slug`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purchases` (
  `orderID` varchar(255) NOT NULL,
  `contract` blob,
  `state` bigint,
  `read` bigint,
  `timestamp` bigint,
  `total` bigint,
  `thumbnail` text,
  `vendorID` text,
  `vendorHandle` text,
  `title` text,
  `shippingName` text,
  `shippingAddress` text,
  `paymentAddr` text,
  `funded` bigint,
  `transactions` blob,
  `lastDisputeTimeoutNotifiedAt` bigint NOT NULL DEFAULT 0,
  `lastDisputeExpiryNotifiedAt` bigint NOT NULL DEFAULT 0,
  `disputedAt` bigint NOT NULL DEFAULT 0,
  `coinType` varchar(255) NOT NULL DEFAULT '',
  `paymentCoin` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`orderID`),
  KEY `index_purchases` (`paymentAddr`(191), `timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sales` (
  `orderID` varchar(255) NOT NULL,
  `contract` blob,
  `state` bigint,
  `read` bigint,
  `timestamp` bigint,
  `total` bigint,
  `thumbnail` text,
  `buyerID` text,
  `buyerHandle` text,
  `title` text,
  `shippingName` text,
  `shippingAddress` text,
  `paymentAddr` text,
  `funded` bigint,
  `transactions` blob,
  `lastDisputeTimeoutNotifiedAt` bigint NOT NULL DEFAULT 0,
  `coinType` varchar(255) NOT NULL DEFAULT '',
  `paymentCoin` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`orderID`),
  KEY `index_sales` (`paymentAddr`(191), `timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `watchedscripts` (
  `scriptPubKey` varchar(255) NOT NULL,
  `coin` text,
  PRIMARY KEY (`scriptPubKey`),
  KEY `index_watchscripts` (`coin`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cases` (
  `caseID` varchar(255) NOT NULL,
  `buyerContract` blob,
  `vendorContract` blob,
  `buyerValidationErrors` blob,
  `vendorValidationErrors` blob,
  `buyerPayoutAddress` text,
  `vendorPayoutAddress` text,
  `buyerOutpoints` blob,
  `vendorOutpoints` blob,
  `state` bigint,
  `read` bigint,
  `timestamp` bigint,
  `buyerOpened` bigint,
  `claim` text,
  `disputeResolution` blob,
  `lastDisputeExpiryNotifiedAt` bigint NOT NULL DEFAULT 0,
  `coinType` varchar(255) NOT NULL DEFAULT '',
  `paymentCoin` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`caseID`),
  KEY `index_cases` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat` (
  `messageID` varchar(255) NOT NULL,
  `peerID` text,
  `subject` text,
  `message` text,
  `read` bigint,
  `timestamp` bigint,
  `outgoing` bigint,
  PRIMARY KEY (`messageID`),
  KEY `index_chat` (`peerID`(191), `subject`(191), `read`, `timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `notifID` varchar(255) NOT NULL,
  `serializedNotification` blob,
  `type` text,
  `timestamp` bigint,
  `read` bigint,
  PRIMARY KEY (`notifID`),
  KEY `index_notifications` (`read`, `type`(191), `timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coupons` (
  `slug` text,
  `code` text,
  `hash` text,
  KEY `index_coupons` (`slug`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderatedstores` (
  `peerID` varchar(255) NOT NULL,
  PRIMARY KEY (`peerID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `messageID` varchar(255) NOT NULL,
  `orderID` text,
  `message_type` bigint,
  `message` blob,
  `peerID` text,
  `url` text,
  `acknowledged` tinyint(1),
  `tries` bigint,
  `created_at` bigint,
  `updated_at` bigint,
  `err` text,
  `received_at` bigint,
  `pubkey` blob,
  PRIMARY KEY (`messageID`),
  KEY `index_messages_messageID` (`messageID`),
  KEY `index_messages_orderIDmType` (`orderID`(191), `message_type`),
  KEY `index_messages_peerIDmType` (`peerID`(191), `message_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

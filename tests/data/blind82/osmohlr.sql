-- Osmocom osmo-hlr (sql/hlr.sql, schema version 7) and OsmoMSC's SMS database (src/libmsc/db.c, schema revision 6),
-- SQLite schemas translated to MySQL DDL. Upstream comments kept as column comments.
SET FOREIGN_KEY_CHECKS=0;

-- ---------------------------------------------------------------- osmo-hlr: hlr.db

CREATE TABLE `subscriber` (
  `id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `imsi` VARCHAR(15) NOT NULL UNIQUE COMMENT 'Chapter 2.1.1.1',
  `msisdn` VARCHAR(15) UNIQUE COMMENT 'Chapter 2.1.2',
  `imeisv` TEXT COMMENT 'Chapter 2.2.3: Most recent / current IMEISV',
  `imei` VARCHAR(14) COMMENT 'Chapter 2.1.9: Most recent / current IMEI',
  `vlr_number` VARCHAR(15) COMMENT 'Chapter 2.4.5',
  `msc_number` VARCHAR(15) COMMENT 'Chapter 2.4.6',
  `sgsn_number` VARCHAR(15) COMMENT 'Chapter 2.4.8.1',
  `sgsn_address` TEXT COMMENT 'Chapter 2.13.10',
  `ggsn_number` VARCHAR(15) COMMENT 'Chapter 2.4.8.2',
  `gmlc_number` VARCHAR(15) COMMENT 'Chapter 2.4.9.2',
  `smsc_number` VARCHAR(15) COMMENT 'Chapter 2.4.23',
  `periodic_lu_tmr` INTEGER COMMENT 'Chapter 2.4.24',
  `periodic_rau_tau_tmr` INTEGER COMMENT 'Chapter 2.13.115',
  `nam_cs` BOOLEAN NOT NULL DEFAULT 1 COMMENT 'Chapter 2.1.1.2: network access mode',
  `nam_ps` BOOLEAN NOT NULL DEFAULT 1,
  `lmsi` INTEGER COMMENT 'Chapter 2.1.8',
  `ms_purged_cs` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'The below purged flags might not even be stored non-volatile, refer to TS 23.012 Chapter 3.6.1.4. Chapter 2.7.5',
  `ms_purged_ps` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Chapter 2.7.6',
  `last_lu_seen` DATETIME DEFAULT NULL COMMENT 'Timestamp of last location update seen from subscriber. The value is a string which encodes a UTC timestamp in granularity of seconds.',
  `last_lu_seen_ps` DATETIME DEFAULT NULL,
  `vlr_via_proxy` TEXT COMMENT 'When a LU was received via a proxy, that proxy''s hlr_number is stored here, while vlr_number reflects the MSC on the far side of that proxy.',
  `sgsn_via_proxy` TEXT
) COMMENT='OsmoHLR''s DB scheme is modelled roughly after TS 23.008 version 13.3.0';

CREATE TABLE `subscriber_apn` (
  `subscriber_id` INTEGER COMMENT 'subscriber.id',
  `apn` VARCHAR(256) NOT NULL
);

CREATE TABLE `subscriber_multi_msisdn` (
  `subscriber_id` INTEGER COMMENT 'subscriber.id',
  `msisdn` VARCHAR(15) NOT NULL
) COMMENT='Chapter 2.1.3';

CREATE TABLE `auc_2g` (
  `subscriber_id` INTEGER NOT NULL PRIMARY KEY COMMENT 'subscriber.id',
  `algo_id_2g` INTEGER NOT NULL COMMENT 'enum osmo_auth_algo value',
  `ki` VARCHAR(32) NOT NULL COMMENT 'hex string: subscriber''s secret key (128bit)'
);

CREATE TABLE `auc_3g` (
  `subscriber_id` INTEGER NOT NULL PRIMARY KEY COMMENT 'subscriber.id',
  `algo_id_3g` INTEGER NOT NULL COMMENT 'enum osmo_auth_algo value',
  `k` VARCHAR(64) NOT NULL COMMENT 'hex string: subscriber''s secret key (128/256bit)',
  `op` VARCHAR(64) COMMENT 'hex string: operator''s secret key (128/256bit)',
  `opc` VARCHAR(64) COMMENT 'hex string: derived from OP and K (128/256bit)',
  `sqn` INTEGER NOT NULL DEFAULT 0 COMMENT 'sequence number of key usage',
  `ind_bitlen` INTEGER NOT NULL DEFAULT 5 COMMENT 'nr of index bits at lower SQN end'
);

CREATE TABLE `ind` (
  `ind` INTEGER NOT NULL PRIMARY KEY COMMENT '3G auth IND pool to be used for this VLR',
  `vlr` VARCHAR(255) NOT NULL COMMENT 'VLR identification, usually the GSUP source_name',
  UNIQUE (`vlr`)
);

-- ---------------------------------------------------------------- OsmoMSC: sms.db

CREATE TABLE `Meta` (
  `id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `key` VARCHAR(255) NOT NULL UNIQUE,
  `value` TEXT NOT NULL
);

CREATE TABLE `AuthToken` (
  `id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `subscriber_id` INTEGER NOT NULL UNIQUE,
  `created` DATETIME NOT NULL,
  `token` VARCHAR(255) NOT NULL UNIQUE
);

CREATE TABLE `Equipment` (
  `id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `name` TEXT,
  `classmark1` BIGINT,
  `classmark2` BLOB,
  `classmark3` BLOB,
  `imei` BIGINT NOT NULL UNIQUE
);

CREATE TABLE `EquipmentWatch` (
  `id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `subscriber_id` BIGINT NOT NULL,
  `equipment_id` BIGINT NOT NULL,
  UNIQUE (`subscriber_id`, `equipment_id`)
);

CREATE TABLE `SMS` (
  `id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT 'metadata, not part of sms',
  `created` DATETIME NOT NULL,
  `sent` DATETIME,
  `deliver_attempts` INTEGER NOT NULL DEFAULT 0,
  `valid_until` DATETIME COMMENT 'data directly copied/derived from SMS',
  `reply_path_req` INTEGER NOT NULL,
  `status_rep_req` INTEGER NOT NULL,
  `is_report` INTEGER NOT NULL,
  `msg_ref` INTEGER NOT NULL,
  `protocol_id` INTEGER NOT NULL,
  `data_coding_scheme` INTEGER NOT NULL,
  `ud_hdr_ind` INTEGER NOT NULL,
  `src_addr` TEXT NOT NULL,
  `src_ton` INTEGER NOT NULL,
  `src_npi` INTEGER NOT NULL,
  `dest_addr` TEXT NOT NULL,
  `dest_ton` INTEGER NOT NULL,
  `dest_npi` INTEGER NOT NULL,
  `user_data` BLOB COMMENT 'TP-UD',
  `header` BLOB COMMENT 'additional data, interpreted from SMS: UD Header',
  `text` TEXT COMMENT 'decoded UD after UDH'
);

CREATE TABLE `VLR` (
  `id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `subscriber_id` BIGINT NOT NULL UNIQUE,
  `last_bts` BIGINT NOT NULL
);

CREATE TABLE `ApduBlobs` (
  `id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` DATETIME NOT NULL,
  `apdu_id_flags` INTEGER NOT NULL,
  `subscriber_id` INTEGER NOT NULL,
  `apdu` BLOB
);

CREATE TABLE `Counters` (
  `id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `timestamp` DATETIME NOT NULL,
  `value` INTEGER NOT NULL,
  `name` TEXT NOT NULL
);

CREATE TABLE `RateCounters` (
  `id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `timestamp` DATETIME NOT NULL,
  `value` INTEGER NOT NULL,
  `name` TEXT NOT NULL,
  `idx` INTEGER NOT NULL
);

CREATE TABLE `AuthKeys` (
  `subscriber_id` INTEGER NOT NULL PRIMARY KEY,
  `algorithm_id` INTEGER NOT NULL,
  `a3a8_ki` BLOB
);

CREATE TABLE `AuthLastTuples` (
  `subscriber_id` INTEGER NOT NULL PRIMARY KEY,
  `issued` DATETIME NOT NULL,
  `use_count` INTEGER NOT NULL DEFAULT 0,
  `key_seq` INTEGER NOT NULL,
  `rand` BLOB NOT NULL,
  `sres` BLOB NOT NULL,
  `kc` BLOB NOT NULL
);

-- Satimoto datastore (satimoto/go-datastore), commit bec72ccfc28d242eae2d449c29f9d0aeac4271b6 (MIT)
-- The 71 golang-migrate migrations internal/migrations/*.up.sql were replayed in order into a scratch PostgreSQL 15
-- database (PostGIS absent: GEOMETRY(POINT, 4326) read as bytea and the two GIST indexes skipped; foreign-key triggers
-- off during the replay because two data migrations refer to production rows), and the resulting schema was read back
-- from the catalog and written as MySQL: BIGSERIAL -> BIGINT AUTO_INCREMENT, TEXT -> TEXT (VARCHAR(255) where the column
-- is part of a key), FLOAT/DOUBLE PRECISION -> DOUBLE, BOOLEAN -> TINYINT(1), TIMESTAMP/TIMESTAMPTZ -> DATETIME,
-- BYTEA -> LONGBLOB, the geometry points -> GEOMETRY, PostgreSQL enum types -> ENUM with the same labels.
-- Primary, unique and foreign keys are upstream's. ON DELETE SET NULL on NOT NULL credential_id columns (accepted by
-- PostgreSQL, rejected by MySQL) is left out; the second sequence of command_reservations.reservation_id is left out.
-- The schema has two foreign-key cycles (credentials/versions, sessions/invoice_requests): checks are off while loading.
-- 23 tables of location/tariff metadata are left out (see satimoto.md).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `authentications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` TEXT NOT NULL,
  `action` ENUM('register','login','link','auth') NOT NULL,
  `challenge` TEXT NOT NULL,
  `signature` TEXT,
  `linking_pubkey` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `images` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `url` TEXT NOT NULL,
  `thumbnail` TEXT,
  `category` ENUM('CHARGER','ENTRANCE','LOCATION','NETWORK','OPERATOR','OTHER','OWNER') NOT NULL,
  `type` TEXT NOT NULL,
  `width` INT,
  `height` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `business_details` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `website` TEXT,
  `logo_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_business_details_logo_id` FOREIGN KEY (`logo_id`) REFERENCES `images` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calibrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `encoding_method` TEXT NOT NULL,
  `encoding_method_version` INT,
  `public_key` TEXT,
  `url` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calibration_values` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `calibration_id` BIGINT NOT NULL,
  `nature` TEXT NOT NULL,
  `plain_data` TEXT NOT NULL,
  `signed_data` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_calibration_values_calibration_id` FOREIGN KEY (`calibration_id`) REFERENCES `calibrations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `credential_id` BIGINT NOT NULL,
  `version` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_versions_credential_id` FOREIGN KEY (`credential_id`) REFERENCES `credentials` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credentials` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `client_token` TEXT,
  `server_token` TEXT,
  `url` TEXT NOT NULL,
  `country_code` VARCHAR(255) NOT NULL,
  `party_id` VARCHAR(255) NOT NULL,
  `is_hub` TINYINT(1) NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `business_detail_id` BIGINT NOT NULL,
  `version_id` BIGINT,
  `is_available` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_credentials_party_country_code` (`party_id`, `country_code`),
  CONSTRAINT `fk_credentials_business_details_id` FOREIGN KEY (`business_detail_id`) REFERENCES `business_details` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_credentials_version_id` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `energy_mixes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `is_green_energy` TINYINT(1) NOT NULL,
  `supplier_name` TEXT,
  `energy_product_name` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` TEXT NOT NULL,
  `credential_id` BIGINT NOT NULL,
  `country_code` TEXT,
  `party_id` TEXT,
  `type` ENUM('ON_STREET','PARKING_GARAGE','UNDERGROUND_GARAGE','PARKING_LOT','OTHER','UNKNOWN') NOT NULL,
  `name` TEXT,
  `address` TEXT NOT NULL,
  `city` TEXT NOT NULL,
  `postal_code` TEXT NOT NULL,
  `country` TEXT NOT NULL,
  `geom` GEOMETRY NOT NULL,
  `geo_location_id` BIGINT NOT NULL,
  `available_evses` INT NOT NULL,
  `total_evses` INT NOT NULL,
  `is_remote_capable` TINYINT(1) NOT NULL,
  `is_rfid_capable` TINYINT(1) NOT NULL,
  `operator_id` BIGINT,
  `suboperator_id` BIGINT,
  `owner_id` BIGINT,
  `time_zone` TEXT,
  `opening_time_id` BIGINT,
  `charging_when_closed` TINYINT(1) NOT NULL,
  `energy_mix_id` BIGINT,
  `last_updated` DATETIME NOT NULL,
  `is_published` TINYINT(1) NOT NULL DEFAULT 0,
  `added_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_intermediate_cdr_capable` TINYINT(1) NOT NULL DEFAULT 1,
  `is_removed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_locations_credential_id` FOREIGN KEY (`credential_id`) REFERENCES `credentials` (`id`),
  CONSTRAINT `fk_locations_energy_mix_id` FOREIGN KEY (`energy_mix_id`) REFERENCES `energy_mixes` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_locations_operator_id` FOREIGN KEY (`operator_id`) REFERENCES `business_details` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_locations_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `business_details` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_locations_suboperator_id` FOREIGN KEY (`suboperator_id`) REFERENCES `business_details` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `location_id` BIGINT NOT NULL,
  `uid` TEXT NOT NULL,
  `evse_id` TEXT,
  `identifier` TEXT,
  `status` ENUM('AVAILABLE','BLOCKED','CHARGING','INOPERATIVE','OUTOFORDER','PLANNED','REMOVED','RESERVED','UNKNOWN') NOT NULL,
  `floor_level` TEXT,
  `geom` GEOMETRY,
  `geo_location_id` BIGINT,
  `is_remote_capable` TINYINT(1) NOT NULL,
  `is_rfid_capable` TINYINT(1) NOT NULL,
  `physical_reference` TEXT,
  `last_updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_evses_location_id` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `connectors` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `evse_id` BIGINT NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `identifier` TEXT,
  `standard` ENUM('CHADEMO','DOMESTIC_A','DOMESTIC_B','DOMESTIC_C','DOMESTIC_D','DOMESTIC_E','DOMESTIC_F','DOMESTIC_G','DOMESTIC_H','DOMESTIC_I','DOMESTIC_J','DOMESTIC_K','DOMESTIC_L','IEC_60309_2_single_16','IEC_60309_2_three_16','IEC_60309_2_three_32','IEC_60309_2_three_64','IEC_62196_T1','IEC_62196_T1_COMBO','IEC_62196_T2','IEC_62196_T2_COMBO','IEC_62196_T3A','IEC_62196_T3C','TESLA_R','TESLA_S') NOT NULL,
  `format` ENUM('SOCKET','CABLE') NOT NULL,
  `power_type` ENUM('AC_1_PHASE','AC_3_PHASE','DC') NOT NULL,
  `voltage` INT NOT NULL,
  `amperage` INT NOT NULL,
  `wattage` INT NOT NULL,
  `tariff_id` TEXT,
  `terms_and_conditions` TEXT,
  `last_updated` DATETIME NOT NULL,
  `is_published` TINYINT(1) NOT NULL DEFAULT 1,
  `is_removed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_connectors_evse_uid` (`evse_id`, `uid`),
  CONSTRAINT `fk_connectors_evse_id` FOREIGN KEY (`evse_id`) REFERENCES `evses` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nodes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `pubkey` VARCHAR(255) NOT NULL,
  `node_addr` TEXT NOT NULL,
  `rpc_addr` TEXT NOT NULL,
  `alias` TEXT NOT NULL,
  `color` TEXT NOT NULL,
  `commit_hash` TEXT NOT NULL,
  `version` TEXT NOT NULL,
  `channels` BIGINT NOT NULL DEFAULT 0,
  `peers` BIGINT NOT NULL DEFAULT 0,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `is_lsp` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_nodes_pubkey` (`pubkey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `linking_pubkey` TEXT NOT NULL,
  `pubkey` VARCHAR(255) NOT NULL,
  `device_token` TEXT,
  `node_id` BIGINT,
  `commission_percent` DOUBLE NOT NULL DEFAULT 7,
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `is_restricted` TINYINT(1) NOT NULL DEFAULT 0,
  `circuit_user_id` BIGINT,
  `last_active_date` DATETIME,
  `referral_code` TEXT,
  `name` TEXT,
  `address` TEXT,
  `postal_code` TEXT,
  `city` TEXT,
  `battery_capacity` DOUBLE,
  `battery_power_ac` DOUBLE,
  `battery_power_dc` DOUBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_pubkey` (`pubkey`),
  CONSTRAINT `fk_users_circuit_user_id` FOREIGN KEY (`circuit_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_users_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `type` ENUM('OTHER','RFID') NOT NULL,
  `auth_id` TEXT NOT NULL,
  `visual_number` TEXT,
  `issuer` TEXT NOT NULL,
  `allowed` ENUM('ALLOWED','BLOCKED','EXPIRED','NO_CREDIT','NOT_ALLOWED') NOT NULL,
  `valid` TINYINT(1) NOT NULL,
  `whitelist` ENUM('ALWAYS','ALLOWED','ALLOWED_OFFLINE','NEVER') NOT NULL,
  `language` TEXT,
  `last_updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tokens_uid_idx` (`uid`),
  CONSTRAINT `fk_tokens_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cdrs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` TEXT NOT NULL,
  `credential_id` BIGINT NOT NULL,
  `country_code` TEXT,
  `party_id` TEXT,
  `authorization_id` TEXT,
  `start_date_time` DATETIME NOT NULL,
  `stop_date_time` DATETIME,
  `auth_id` TEXT NOT NULL,
  `auth_method` ENUM('AUTH_REQUEST','WHITELIST') NOT NULL,
  `user_id` BIGINT NOT NULL,
  `token_id` BIGINT NOT NULL,
  `location_id` BIGINT NOT NULL,
  `evse_id` BIGINT NOT NULL,
  `connector_id` BIGINT NOT NULL,
  `meter_id` TEXT,
  `currency` TEXT NOT NULL,
  `calibration_id` BIGINT,
  `total_cost` DOUBLE NOT NULL,
  `total_energy` DOUBLE NOT NULL,
  `total_time` DOUBLE NOT NULL,
  `total_parking_time` DOUBLE,
  `remark` TEXT,
  `last_updated` DATETIME NOT NULL,
  `is_flagged` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_cdrs_calibration_id` FOREIGN KEY (`calibration_id`) REFERENCES `calibrations` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_cdrs_connector_id` FOREIGN KEY (`connector_id`) REFERENCES `connectors` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_cdrs_credential_id` FOREIGN KEY (`credential_id`) REFERENCES `credentials` (`id`),
  CONSTRAINT `fk_cdrs_evse_id` FOREIGN KEY (`evse_id`) REFERENCES `evses` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_cdrs_location_id` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_cdrs_token_id` FOREIGN KEY (`token_id`) REFERENCES `tokens` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_cdrs_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `charging_periods` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_date_time` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cdr_charging_periods` (
  `cdr_id` BIGINT NOT NULL,
  `charging_period_id` BIGINT NOT NULL,
  CONSTRAINT `fk_cdr_charging_periods_cdr_id` FOREIGN KEY (`cdr_id`) REFERENCES `cdrs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_cdr_charging_periods_charging_period_id` FOREIGN KEY (`charging_period_id`) REFERENCES `charging_periods` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channel_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `status` ENUM('REQUESTED','AWAITING_PAYMENTS','AWAITING_PREIMAGE','SETTLING_HTLCS','OPENING_CHANNEL','COMPLETED','FAILED') NOT NULL,
  `pubkey` TEXT NOT NULL,
  `payment_hash` LONGBLOB NOT NULL,
  `payment_addr` LONGBLOB NOT NULL,
  `amount_msat` BIGINT NOT NULL,
  `settled_msat` BIGINT NOT NULL,
  `funding_tx_id_bytes` LONGBLOB,
  `output_index` BIGINT,
  `node_id` BIGINT NOT NULL,
  `amount` BIGINT NOT NULL,
  `funding_amount` BIGINT,
  `pending_chan_id` LONGBLOB,
  `scid` LONGBLOB,
  `fee_base_msat` BIGINT NOT NULL DEFAULT 0,
  `fee_proportional_millionths` BIGINT NOT NULL DEFAULT 0,
  `cltv_expiry_delta` BIGINT NOT NULL DEFAULT 0,
  `funding_tx_id` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_channel_requests_payment_hash` (`payment_hash`),
  CONSTRAINT `fk_channel_requests_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_channel_requests_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channel_request_htlcs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `channel_request_id` BIGINT NOT NULL,
  `chan_id` BIGINT NOT NULL,
  `htlc_id` BIGINT NOT NULL,
  `is_settled` TINYINT(1) NOT NULL,
  `amount_msat` BIGINT NOT NULL DEFAULT 0,
  `is_failed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_channel_request_htlcs_channel_request_id` FOREIGN KEY (`channel_request_id`) REFERENCES `channel_requests` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `charging_period_dimensions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `charging_period_id` BIGINT NOT NULL,
  `type` ENUM('ENERGY','FLAT','MAX_CURRENT','MIN_CURRENT','PARKING_TIME','TIME') NOT NULL,
  `volume` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_charging_period_dimensions_charging_period_id` FOREIGN KEY (`charging_period_id`) REFERENCES `charging_periods` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `command_reservations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `status` ENUM('REQUESTED','NOT_SUPPORTED','REJECTED','ACCEPTED','TIMEOUT','UNKNOWN_SESSION') NOT NULL,
  `token_id` BIGINT NOT NULL,
  `expiry_date` DATETIME NOT NULL,
  `reservation_id` BIGINT NOT NULL,
  `location_id` TEXT NOT NULL,
  `evse_uid` TEXT,
  `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_command_reservations_token_id` FOREIGN KEY (`token_id`) REFERENCES `tokens` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `command_starts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `status` ENUM('REQUESTED','NOT_SUPPORTED','REJECTED','ACCEPTED','TIMEOUT','UNKNOWN_SESSION') NOT NULL,
  `token_id` BIGINT NOT NULL,
  `authorization_id` TEXT,
  `location_id` TEXT NOT NULL,
  `evse_uid` TEXT,
  `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_command_starts_token_id` FOREIGN KEY (`token_id`) REFERENCES `tokens` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `command_stops` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `status` ENUM('REQUESTED','NOT_SUPPORTED','REJECTED','ACCEPTED','TIMEOUT','UNKNOWN_SESSION') NOT NULL,
  `session_id` TEXT NOT NULL,
  `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `command_unlocks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `status` ENUM('REQUESTED','NOT_SUPPORTED','REJECTED','ACCEPTED','TIMEOUT','UNKNOWN_SESSION') NOT NULL,
  `location_id` TEXT NOT NULL,
  `evse_uid` TEXT NOT NULL,
  `connector_id` TEXT NOT NULL,
  `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `country_accounts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `country` VARCHAR(255) NOT NULL,
  `tax_percent` DOUBLE NOT NULL,
  `longitude` DOUBLE,
  `latitude` DOUBLE,
  `zoom` DOUBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_country_accounts_country` (`country`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `currencies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `numeric_code` INT NOT NULL,
  `decimals` INT NOT NULL,
  `symbol` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_currencies_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `display_texts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `language` TEXT NOT NULL,
  `text` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `element_restrictions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_time` TEXT,
  `end_time` TEXT,
  `start_date` TEXT,
  `end_date` TEXT,
  `min_kwh` DOUBLE,
  `max_kwh` DOUBLE,
  `min_power` DOUBLE,
  `max_power` DOUBLE,
  `min_duration` INT,
  `max_duration` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariffs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` TEXT NOT NULL,
  `credential_id` BIGINT NOT NULL,
  `country_code` TEXT,
  `party_id` TEXT,
  `currency` TEXT NOT NULL,
  `tariff_alt_url` TEXT,
  `energy_mix_id` BIGINT,
  `tariff_restriction_id` BIGINT,
  `last_updated` DATETIME NOT NULL,
  `cdr_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tariffs_cdr_id` FOREIGN KEY (`cdr_id`) REFERENCES `cdrs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_tariffs_credential_id` FOREIGN KEY (`credential_id`) REFERENCES `credentials` (`id`),
  CONSTRAINT `fk_tariffs_energy_mix_id` FOREIGN KEY (`energy_mix_id`) REFERENCES `energy_mixes` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `elements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tariff_id` BIGINT NOT NULL,
  `element_restriction_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_elements_element_restriction_id` FOREIGN KEY (`element_restriction_id`) REFERENCES `element_restrictions` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_elements_tariff_id` FOREIGN KEY (`tariff_id`) REFERENCES `tariffs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `verification_code` TEXT NOT NULL,
  `unsubscribe_code` TEXT NOT NULL,
  `locale` TEXT NOT NULL,
  `is_verified` TINYINT(1) NOT NULL,
  `created_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_email_subscriptions_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evse_status_periods` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `evse_id` BIGINT NOT NULL,
  `status` ENUM('AVAILABLE','BLOCKED','CHARGING','INOPERATIVE','OUTOFORDER','PLANNED','REMOVED','RESERVED','UNKNOWN') NOT NULL,
  `start_date` DATETIME NOT NULL,
  `end_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_evse_status_periods_evse_id` FOREIGN KEY (`evse_id`) REFERENCES `evses` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geo_locations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `latitude` TEXT NOT NULL,
  `latitude_float` DOUBLE NOT NULL,
  `longitude` TEXT NOT NULL,
  `longitude_float` DOUBLE NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `promotions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `start_date` DATETIME,
  `end_date` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` TEXT NOT NULL,
  `credential_id` BIGINT NOT NULL,
  `country_code` TEXT,
  `party_id` TEXT,
  `authorization_id` TEXT,
  `start_datetime` DATETIME NOT NULL,
  `end_datetime` DATETIME,
  `kwh` DOUBLE NOT NULL,
  `auth_id` TEXT NOT NULL,
  `auth_method` ENUM('AUTH_REQUEST','WHITELIST') NOT NULL,
  `user_id` BIGINT NOT NULL,
  `token_id` BIGINT NOT NULL,
  `location_id` BIGINT NOT NULL,
  `evse_id` BIGINT NOT NULL,
  `connector_id` BIGINT NOT NULL,
  `meter_id` TEXT,
  `currency` TEXT NOT NULL,
  `total_cost` DOUBLE,
  `status` ENUM('ACTIVE','COMPLETED','INVALID','INVOICED','PENDING','ENDING') NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `invoice_request_id` BIGINT,
  `is_flagged` TINYINT(1) NOT NULL DEFAULT 0,
  `is_confirmed_started` TINYINT(1) NOT NULL DEFAULT 0,
  `is_confirmed_stopped` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_sessions_connector_id` FOREIGN KEY (`connector_id`) REFERENCES `connectors` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_sessions_credential_id` FOREIGN KEY (`credential_id`) REFERENCES `credentials` (`id`),
  CONSTRAINT `fk_sessions_evse_id` FOREIGN KEY (`evse_id`) REFERENCES `evses` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_sessions_invoice_request_id` FOREIGN KEY (`invoice_request_id`) REFERENCES `invoice_requests` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_sessions_location_id` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_sessions_token_id` FOREIGN KEY (`token_id`) REFERENCES `tokens` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_sessions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `promotion_id` BIGINT NOT NULL,
  `total_msat` BIGINT NOT NULL,
  `is_settled` TINYINT(1) NOT NULL DEFAULT 0,
  `payment_request` TEXT,
  `currency` TEXT NOT NULL,
  `memo` TEXT NOT NULL,
  `total_fiat` DOUBLE NOT NULL,
  `price_fiat` DOUBLE,
  `price_msat` BIGINT,
  `commission_fiat` DOUBLE,
  `commission_msat` BIGINT,
  `tax_fiat` DOUBLE,
  `tax_msat` BIGINT,
  `release_date` DATETIME,
  `session_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_invoice_requests_promotion_id` FOREIGN KEY (`promotion_id`) REFERENCES `promotions` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_invoice_requests_session_id` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_invoice_requests_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `node_scids` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `node_id` BIGINT NOT NULL,
  `scid` LONGBLOB NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_node_scids_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parties` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `credential_id` BIGINT NOT NULL,
  `country_code` VARCHAR(255) NOT NULL,
  `party_id` VARCHAR(255) NOT NULL,
  `is_intermediate_cdr_capable` TINYINT(1) NOT NULL,
  `publish_location` TINYINT(1) NOT NULL,
  `publish_null_tariff` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_parties_country_code_party_id` (`credential_id`, `country_code`, `party_id`),
  CONSTRAINT `fk_parties_credential_id` FOREIGN KEY (`credential_id`) REFERENCES `credentials` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `node_id` BIGINT NOT NULL,
  `invoice_request_id` BIGINT,
  `device_token` TEXT,
  `type` TEXT NOT NULL,
  `send_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_pending_notifications_invoice_request_id` FOREIGN KEY (`invoice_request_id`) REFERENCES `invoice_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_pending_notifications_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_pending_notifications_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pois` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` TEXT NOT NULL,
  `source` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `geom` GEOMETRY NOT NULL,
  `description` TEXT,
  `address` TEXT,
  `city` TEXT,
  `postal_code` TEXT,
  `tag_key` TEXT NOT NULL,
  `tag_value` TEXT NOT NULL,
  `payment_on_chain` TINYINT(1) NOT NULL,
  `payment_ln` TINYINT(1) NOT NULL,
  `payment_ln_tap` TINYINT(1) NOT NULL,
  `opening_times` TEXT,
  `phone` TEXT,
  `website` TEXT,
  `last_updated` DATETIME NOT NULL,
  `payment_uri` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `price_component_roundings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `granularity` ENUM('UNIT','TENTH','HUNDREDTH','THOUSANDTH') NOT NULL,
  `rule` ENUM('ROUND_UP','ROUND_DOWN','ROUND_NEAR') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `price_components` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `element_id` BIGINT NOT NULL,
  `type` ENUM('ENERGY','FLAT','PARKING_TIME','SESSION_TIME','TIME') NOT NULL,
  `price` DOUBLE NOT NULL,
  `step_size` INT NOT NULL,
  `price_rounding_id` BIGINT,
  `step_rounding_id` BIGINT,
  `exact_price_component` TINYINT(1),
  `currency` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tariff_price_components_element_id` FOREIGN KEY (`element_id`) REFERENCES `elements` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_tariff_price_components_price_rounding_id` FOREIGN KEY (`price_rounding_id`) REFERENCES `price_component_roundings` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_tariff_price_components_step_rounding_id` FOREIGN KEY (`step_rounding_id`) REFERENCES `price_component_roundings` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `psbt_funding_states` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `node_id` BIGINT NOT NULL,
  `base_psbt` LONGBLOB NOT NULL,
  `psbt` LONGBLOB NOT NULL,
  `funded_psbt` LONGBLOB,
  `signed_psbt` LONGBLOB,
  `signed_tx` LONGBLOB,
  `expiry_date` DATETIME NOT NULL,
  `is_failed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_psbt_funding_states_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `psbt_funding_state_channel_requests` (
  `psbt_funding_state_id` BIGINT NOT NULL,
  `channel_request_id` BIGINT NOT NULL,
  CONSTRAINT `fk_psbt_funding_state_channel_requests_channel_request_id` FOREIGN KEY (`channel_request_id`) REFERENCES `channel_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_psbt_funding_state_channel_requests_psbt_funding_state_id` FOREIGN KEY (`psbt_funding_state_id`) REFERENCES `psbt_funding_states` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `referrals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `promotion_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `ip_address` TEXT NOT NULL,
  `last_updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_referrals_promotion_id` FOREIGN KEY (`promotion_id`) REFERENCES `promotions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_referrals_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `routing_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `node_id` BIGINT NOT NULL,
  `event_type` ENUM('FORWARD','RECEIVE','SEND') NOT NULL,
  `currency` TEXT NOT NULL,
  `currency_rate` BIGINT NOT NULL,
  `currency_rate_msat` BIGINT NOT NULL,
  `incoming_chan_id` BIGINT NOT NULL,
  `incoming_htlc_id` BIGINT NOT NULL,
  `incoming_fiat` DOUBLE NOT NULL,
  `incoming_msat` BIGINT NOT NULL,
  `outgoing_chan_id` BIGINT NOT NULL,
  `outgoing_htlc_id` BIGINT NOT NULL,
  `outgoing_fiat` DOUBLE NOT NULL,
  `outgoing_msat` BIGINT NOT NULL,
  `fee_fiat` DOUBLE NOT NULL,
  `fee_msat` BIGINT NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `event_status` ENUM('IN_FLIGHT','SETTLE','FORWARD_FAIL','LINK_FAIL') NOT NULL,
  `wire_failure` INT,
  `failure_detail` INT,
  `failure_string` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_routing_events_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_charging_periods` (
  `session_id` BIGINT NOT NULL,
  `charging_period_id` BIGINT NOT NULL,
  CONSTRAINT `fk_session_charging_periods_charging_period_id` FOREIGN KEY (`charging_period_id`) REFERENCES `charging_periods` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_session_charging_periods_session_id` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_invoices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `session_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `currency` TEXT NOT NULL,
  `currency_rate` BIGINT NOT NULL,
  `currency_rate_msat` BIGINT NOT NULL,
  `price_fiat` DOUBLE NOT NULL,
  `price_msat` BIGINT NOT NULL,
  `commission_fiat` DOUBLE NOT NULL,
  `commission_msat` BIGINT NOT NULL,
  `tax_fiat` DOUBLE NOT NULL,
  `tax_msat` BIGINT NOT NULL,
  `payment_request` TEXT NOT NULL,
  `is_settled` TINYINT(1) NOT NULL,
  `is_expired` TINYINT(1) NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `total_fiat` DOUBLE NOT NULL,
  `total_msat` BIGINT NOT NULL,
  `estimated_energy` DOUBLE NOT NULL DEFAULT 0,
  `estimated_time` DOUBLE NOT NULL DEFAULT 0,
  `metered_energy` DOUBLE NOT NULL DEFAULT 0,
  `metered_time` DOUBLE NOT NULL DEFAULT 0,
  `signature` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_session_invoices_session_id` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_updates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `session_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `kwh` DOUBLE NOT NULL,
  `total_cost` DOUBLE,
  `status` ENUM('ACTIVE','COMPLETED','INVALID','INVOICED','PENDING','ENDING') NOT NULL,
  `last_updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_session_updates_session_id` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_session_updates_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_restrictions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_time` TEXT NOT NULL,
  `end_time` TEXT NOT NULL,
  `start_time_2` TEXT,
  `end_time_2` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_authorizations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token_id` BIGINT NOT NULL,
  `authorization_id` TEXT NOT NULL,
  `country_code` TEXT,
  `party_id` TEXT,
  `location_id` TEXT,
  `authorized` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_token_authorizations_token_id` FOREIGN KEY (`token_id`) REFERENCES `tokens` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_authorization_connectors` (
  `token_authorization_id` BIGINT NOT NULL,
  `connector_id` BIGINT NOT NULL,
  CONSTRAINT `fk_token_authorization_connectors_connector_id` FOREIGN KEY (`connector_id`) REFERENCES `connectors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_token_authorization_connectors_token_authorization_id` FOREIGN KEY (`token_authorization_id`) REFERENCES `token_authorizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_authorization_evses` (
  `token_authorization_id` BIGINT NOT NULL,
  `evse_id` BIGINT NOT NULL,
  CONSTRAINT `fk_token_authorization_evses_evse_id` FOREIGN KEY (`evse_id`) REFERENCES `evses` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_token_authorization_evses_token_authorization_id` FOREIGN KEY (`token_authorization_id`) REFERENCES `token_authorizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `version_endpoints` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `version_id` BIGINT NOT NULL,
  `identifier` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkversion_endpoints_version_id` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `weekdays` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `text` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

-- APITaxi (le.taxi), the French government's open taxi-hailing API (openmaraude / beta.gouv.fr)
-- Upstream: github.com/openmaraude/APITaxi, commit 381d313ed0679e30aa9554662a2ad9684c210ec7 (AGPL-3.0)
-- Source: the SQLAlchemy models of APITaxi_models2/*.py (user, customer, driver, ads, vehicle, taxi, hail,
-- departement, zupc, station, gare, stats, activity_logs), written as MySQL DDL: tables and columns in the
-- order SQLAlchemy creates them (a model's own columns, then HistoryMixin's added_at, added_via, source,
-- last_update_at); unique constraints, indexes and foreign keys as declared. Types: String without length
-- VARCHAR(255), Enum ENUM, postgresql UUID CHAR(36), JSON/JSONB/ARRAY JSON, Geography GEOMETRY, Boolean TINYINT(1).
-- Left out: 20 of the 24 identical per-minute/hour/day/week aggregate tables stats_* (four kept).
CREATE TABLE `ZUPC` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `zupc_id` CHAR(36) NOT NULL,
  `nom` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zupc_id` (`zupc_id`)
);

CREATE TABLE `activity_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `time` DATETIME NOT NULL,
  `resource` VARCHAR(255) NOT NULL,
  `resource_id` VARCHAR(255) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `extra` JSON,
  PRIMARY KEY (`id`, `time`)
);

CREATE TABLE `centre_ville` (
  `insee` VARCHAR(5) NOT NULL,
  `population` INT,
  `wgs_84` GEOMETRY,
  PRIMARY KEY (`insee`)
);

CREATE TABLE `conurbation` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `members` JSON,
  `added_at` DATETIME NOT NULL,
  `added_via` ENUM('form','api') NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `last_update_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `departement` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `nom` VARCHAR(255) NOT NULL,
  `numero` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `numero` (`numero`),
  KEY `departement_numero_index` (`numero`)
);

CREATE TABLE `exclusion` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `shape` GEOMETRY NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gare_voyageur` (
  `code` VARCHAR(255) NOT NULL,
  `code_gare` VARCHAR(255),
  `uic_code` VARCHAR(255),
  `dtfinval` DATE,
  `alias_libelle_noncontraint` VARCHAR(255),
  `adresse_cp` VARCHAR(255),
  `commune_code` VARCHAR(255),
  `commune_libellemin` VARCHAR(255),
  `departement_numero` VARCHAR(255),
  `departement_libellemin` VARCHAR(255),
  `longitude_entreeprincipale_wgs84` DOUBLE,
  `latitude_entreeprincipale_wgs84` DOUBLE,
  `segmentdrg_libelle` VARCHAR(255),
  `niveauservice_libelle` VARCHAR(255),
  `rg_libelle` VARCHAR(255),
  `gare_alias_libelle_noncontraint` VARCHAR(255),
  `gare_alias_libelle_fronton` VARCHAR(255),
  `gare_agencegc_libelle` VARCHAR(255),
  `gare_regionsncf_libelle` VARCHAR(255),
  `gare_ug_libelle` VARCHAR(255),
  `gare_ut_libelle` VARCHAR(255),
  `gare_nbpltf` INT,
  `tvs` VARCHAR(255),
  `wgs_84` GEOMETRY,
  `tgv` TINYINT(1),
  PRIMARY KEY (`code`)
);

CREATE TABLE `role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(80),
  `description` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `stats_day` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `time` DATETIME NOT NULL,
  `value` INT NOT NULL,
  PRIMARY KEY (`id`, `time`)
);

CREATE TABLE `stats_day_insee` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `time` DATETIME NOT NULL,
  `value` INT NOT NULL,
  `insee` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`, `time`)
);

CREATE TABLE `stats_day_operator` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `time` DATETIME NOT NULL,
  `value` INT NOT NULL,
  `operator` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`, `time`)
);

CREATE TABLE `stats_day_operator_zupc` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `time` DATETIME NOT NULL,
  `value` INT NOT NULL,
  `operator` VARCHAR(255) NOT NULL,
  `zupc` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`, `time`)
);

CREATE TABLE `stats_hails` (
  `id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `moteur` VARCHAR(255) NOT NULL,
  `operateur` VARCHAR(255) NOT NULL,
  `incident_customer_reason` VARCHAR(255),
  `incident_taxi_reason` VARCHAR(255),
  `session_id` CHAR(36) NOT NULL,
  `reporting_customer` TINYINT(1),
  `reporting_customer_reason` VARCHAR(255),
  `insee` VARCHAR(255),
  `taxi_hash` VARCHAR(255),
  `received` DATETIME,
  `sent_to_operator` DATETIME,
  `received_by_operator` DATETIME,
  `received_by_taxi` DATETIME,
  `accepted_by_taxi` DATETIME,
  `accepted_by_customer` DATETIME,
  `declined_by_taxi` DATETIME,
  `declined_by_customer` DATETIME,
  `timeout_taxi` DATETIME,
  `timeout_customer` DATETIME,
  `incident_taxi` DATETIME,
  `incident_customer` DATETIME,
  `customer_on_board` DATETIME,
  `finished` DATETIME,
  `failure` DATETIME,
  `hail_distance` DOUBLE,
  `tags` JSON,
  `added_at` DATETIME NOT NULL,
  `added_via` ENUM('form','api') NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `last_update_at` DATETIME,
  PRIMARY KEY (`id`, `added_at`)
);

CREATE TABLE `stats_searches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lon` DOUBLE NOT NULL,
  `lat` DOUBLE NOT NULL,
  `insee` VARCHAR(5) NOT NULL,
  `town` VARCHAR(255) NOT NULL,
  `moteur` VARCHAR(255) NOT NULL,
  `taxis_found` INT NOT NULL,
  `closest_taxi` DOUBLE,
  `added_at` DATETIME NOT NULL,
  `taxis_seen` INT NOT NULL,
  PRIMARY KEY (`id`, `added_at`)
);

CREATE TABLE `town` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `insee` VARCHAR(5) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `shape` GEOMETRY NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `insee` (`insee`)
);

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `active` TINYINT(1),
  `confirmed_at` DATETIME,
  `apikey` VARCHAR(36) NOT NULL,
  `commercial_name` VARCHAR(255) NOT NULL DEFAULT '',
  `email_customer` VARCHAR(255) NOT NULL DEFAULT '',
  `email_technical` VARCHAR(255) NOT NULL DEFAULT '',
  `hail_endpoint_production` VARCHAR(255) NOT NULL DEFAULT '',
  `phone_number_customer` VARCHAR(255) NOT NULL DEFAULT '',
  `phone_number_technical` VARCHAR(255) NOT NULL DEFAULT '',
  `operator_api_key` VARCHAR(255) NOT NULL DEFAULT '',
  `operator_header_name` VARCHAR(255) NOT NULL DEFAULT '',
  `manager_id` INT,
  `fleet_size` INT,
  `added_at` DATETIME NOT NULL,
  `added_via` ENUM('form','api') NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `last_update_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  CONSTRAINT `user_manager_id_fkey` FOREIGN KEY (`manager_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `vehicle` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `licence_plate` VARCHAR(80) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `licence_plate` (`licence_plate`),
  UNIQUE KEY `unique_vehicle` (`licence_plate`)
);

CREATE TABLE `ADS` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `numero` VARCHAR(255) NOT NULL,
  `doublage` TINYINT(1),
  `insee` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `owner_name` VARCHAR(255) NOT NULL,
  `owner_type` ENUM('company','individual'),
  `added_by` INT,
  `vehicle_id` INT,
  `added_at` DATETIME NOT NULL,
  `added_via` ENUM('form','api') NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `last_update_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_ads` (`numero`, `insee`, `added_by`),
  KEY `ads_numero_index` (`numero`),
  KEY `ads_insee_index` (`insee`),
  CONSTRAINT `ADS_added_by_fkey` FOREIGN KEY (`added_by`) REFERENCES `user` (`id`),
  CONSTRAINT `ADS_vehicle_id_fkey` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicle` (`id`)
);

CREATE TABLE `customer` (
  `id` VARCHAR(255) NOT NULL,
  `added_by` INT NOT NULL,
  `ban_begin` DATETIME,
  `ban_end` DATETIME,
  `reprieve_begin` DATETIME,
  `reprieve_end` DATETIME,
  `added_at` DATETIME NOT NULL,
  `added_via` ENUM('form','api') NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `last_update_at` DATETIME,
  PRIMARY KEY (`id`, `added_by`),
  CONSTRAINT `customer_added_by_fkey` FOREIGN KEY (`added_by`) REFERENCES `user` (`id`)
);

CREATE TABLE `driver` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `departement_id` INT NOT NULL,
  `added_by` INT,
  `birth_date` DATE,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `professional_licence` VARCHAR(255) NOT NULL,
  `added_at` DATETIME NOT NULL,
  `added_via` ENUM('form','api') NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `last_update_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_driver` (`departement_id`, `professional_licence`, `added_by`),
  KEY `driver_departement_id_idx` (`departement_id`),
  KEY `driver_professional_licence_idx` (`professional_licence`),
  CONSTRAINT `driver_departement_id_fkey` FOREIGN KEY (`departement_id`) REFERENCES `departement` (`id`),
  CONSTRAINT `driver_added_by_fkey` FOREIGN KEY (`added_by`) REFERENCES `user` (`id`)
);

CREATE TABLE `roles_users` (
  `user_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `role_id`),
  UNIQUE KEY `unique_roles` (`user_id`, `role_id`),
  CONSTRAINT `roles_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `roles_users_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
);

CREATE TABLE `station` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `town_id` INT NOT NULL,
  `location` GEOMETRY NOT NULL,
  `address` VARCHAR(255) NOT NULL,
  `places` INT NOT NULL,
  `call_number` VARCHAR(10),
  `info` VARCHAR(255) NOT NULL,
  `added_at` DATETIME NOT NULL,
  `added_via` ENUM('form','api') NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `last_update_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `station_town_id_fkey` FOREIGN KEY (`town_id`) REFERENCES `town` (`id`)
);

CREATE TABLE `town_zupc` (
  `town_id` INT NOT NULL,
  `zupc_id` INT NOT NULL,
  PRIMARY KEY (`town_id`, `zupc_id`),
  CONSTRAINT `town_zupc_zupc_id_fkey` FOREIGN KEY (`zupc_id`) REFERENCES `ZUPC` (`id`),
  CONSTRAINT `town_zupc_town_id_fkey` FOREIGN KEY (`town_id`) REFERENCES `town` (`id`)
);

CREATE TABLE `vehicle_description` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `model` VARCHAR(255) NOT NULL DEFAULT '',
  `constructor` VARCHAR(255) NOT NULL DEFAULT '',
  `engine` VARCHAR(80) NOT NULL DEFAULT '',
  `color` VARCHAR(255) NOT NULL DEFAULT '',
  `nb_seats` INT,
  `relais` TINYINT(1),
  `amex_accepted` TINYINT(1),
  `bank_check_accepted` TINYINT(1),
  `wifi` TINYINT(1),
  `baby_seat` TINYINT(1),
  `bike_accepted` TINYINT(1),
  `pet_accepted` TINYINT(1),
  `vasp_handicap` TINYINT(1),
  `vehicle_id` INT,
  `added_by` INT,
  `air_con` TINYINT(1),
  `horodateur` VARCHAR(255) NOT NULL DEFAULT '',
  `date_dernier_ct` DATE,
  `date_validite_ct` DATE,
  `credit_card_accepted` TINYINT(1),
  `electronic_toll` TINYINT(1),
  `fresh_drink` TINYINT(1),
  `tablet` TINYINT(1),
  `dvd_player` TINYINT(1),
  `taximetre` VARCHAR(255) NOT NULL DEFAULT '',
  `every_destination` TINYINT(1),
  `nfc_cc_accepted` TINYINT(1),
  `special_need_vehicle` TINYINT(1),
  `gps` TINYINT(1),
  `luxury` TINYINT(1),
  `horse_power` DOUBLE,
  `model_year` INT,
  `type_` ENUM('sedan','mpv','station_wagon','normal'),
  `cpam_conventionne` TINYINT(1),
  `status` ENUM('free','occupied','off','answering','oncoming'),
  `radius` INT,
  `added_at` DATETIME NOT NULL,
  `added_via` ENUM('form','api') NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `last_update_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_vehicle_description` (`vehicle_id`, `added_by`),
  CONSTRAINT `vehicle_description_added_by_fkey` FOREIGN KEY (`added_by`) REFERENCES `user` (`id`),
  CONSTRAINT `vehicle_description_vehicle_id_fkey` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicle` (`id`)
);

CREATE TABLE `taxi` (
  `id` VARCHAR(255) NOT NULL,
  `vehicle_id` INT,
  `ads_id` INT,
  `added_by` INT,
  `driver_id` INT,
  `rating` DOUBLE,
  `added_at` DATETIME NOT NULL,
  `added_via` ENUM('form','api') NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `last_update_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_taxi` (`vehicle_id`, `ads_id`, `driver_id`, `added_by`),
  CONSTRAINT `taxi_ads_id_fkey` FOREIGN KEY (`ads_id`) REFERENCES `ADS` (`id`),
  CONSTRAINT `taxi_driver_id_fkey` FOREIGN KEY (`driver_id`) REFERENCES `driver` (`id`),
  CONSTRAINT `taxi_vehicle_id_fkey` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicle` (`id`),
  CONSTRAINT `taxi_added_by_fkey` FOREIGN KEY (`added_by`) REFERENCES `user` (`id`)
);

CREATE TABLE `hail` (
  `id` VARCHAR(255) NOT NULL,
  `creation_datetime` DATETIME NOT NULL,
  `taxi_id` VARCHAR(255) NOT NULL,
  `status` ENUM('received','sent_to_operator','received_by_operator','received_by_taxi','accepted_by_taxi','accepted_by_customer','customer_on_board','failure','declined_by_taxi','incident_taxi','timeout_taxi','declined_by_customer','incident_customer','timeout_customer','timeout_accepted_by_customer','finished') NOT NULL,
  `last_status_change` DATETIME,
  `customer_id` VARCHAR(255) NOT NULL,
  `customer_lat` DOUBLE NOT NULL,
  `customer_lon` DOUBLE NOT NULL,
  `operateur_id` INT,
  `added_by` INT,
  `customer_address` VARCHAR(255) NOT NULL,
  `customer_phone_number` VARCHAR(255) NOT NULL,
  `taxi_phone_number` VARCHAR(255) NOT NULL DEFAULT '',
  `reporting_customer` TINYINT(1),
  `reporting_customer_reason` ENUM('ko','payment','courtesy','route','cleanliness','late','aggressive','no_show'),
  `incident_customer_reason` ENUM('','mud_river','parade','earthquake','no_show','no_specs'),
  `incident_taxi_reason` ENUM('no_show','address','traffic','breakdown','traffic_jam','garbage_truck'),
  `rating_ride_reason` ENUM('ko','payment','courtesy','route','cleanliness','late','no_credit_card','bad_itinerary','dirty_taxi','automatic_rating'),
  `rating_ride` INT,
  `initial_taxi_lat` DOUBLE,
  `initial_taxi_lon` DOUBLE,
  `fake_taxi_id` VARCHAR(255) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `transition_log` JSON NOT NULL DEFAULT '[]',
  `blurred` TINYINT(1) DEFAULT 0,
  `added_at` DATETIME NOT NULL,
  `added_via` ENUM('form','api') NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `last_update_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `hail_added_by_fkey` FOREIGN KEY (`added_by`) REFERENCES `user` (`id`),
  CONSTRAINT `hail_taxi_relation` FOREIGN KEY (`taxi_id`) REFERENCES `taxi` (`id`),
  CONSTRAINT `hail_customer_id` FOREIGN KEY (`customer_id`, `added_by`) REFERENCES `customer` (`id`, `added_by`),
  CONSTRAINT `hail_operateur_id_fkey` FOREIGN KEY (`operateur_id`) REFERENCES `user` (`id`)
);


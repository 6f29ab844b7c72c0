-- TrackDirect (Per Qvarforth; the APRS and OGN tracking server and website behind APRS Direct and many other APRS
-- maps; Python collector + PHP site on PostgreSQL), github.com/qvarforth/trackdirect
-- commit 774fe18736b0822a024f2f5feb472cbef91459c2 (GPL-3.0). misc/database/tables/01_map.sql … 20_packet_ogn.sql,
-- PostgreSQL written as MySQL: bigserial -> BIGINT AUTO_INCREMENT, double precision -> DOUBLE, real -> FLOAT, float -> DOUBLE,
-- int array -> TEXT, text -> TEXT or VARCHAR(191) where indexed, DEFAULT extract(epoch from now()) -> DEFAULT (UNIX_TIMESTAMP()),
-- CREATE INDEX written as KEY. Left out: the sequence marker_seq (02_marker.sql, no table), the lookup rows, and the daily
-- child tables (packet20250101 …) that the collector creates with INHERITS (packet) and the like: same columns.

CREATE TABLE `map` (
  `id` SMALLINT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ogn_address_type` (
  `id` SMALLINT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ogn_aircraft_type` (
  `id` SMALLINT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ogn_device` (
  `device_type` TEXT NOT NULL,
  `device_id` TEXT NOT NULL,
  `aircraft_model` TEXT NOT NULL,
  `registration` TEXT NOT NULL,
  `cn` TEXT NOT NULL,
  `tracked` TEXT NOT NULL,
  `identified` TEXT NOT NULL,
  `ddb_aircraft_type` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ogn_hidden_station` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `hashed_name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ogn_hidden_station_hashed_name_idx` (`hashed_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `packet_type` (
  `id` SMALLINT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sender` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sender_name_idx` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `source` (
  `id` SMALLINT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `station_type` (
  `id` SMALLINT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `station` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NULL,
  `latest_sender_id` BIGINT NULL,
  `station_type_id` SMALLINT NOT NULL,
  `source_id` SMALLINT NOT NULL,
  `latest_location_packet_id` BIGINT NULL,
  `latest_location_packet_timestamp` BIGINT NULL,
  `latest_confirmed_packet_id` BIGINT NULL,
  `latest_confirmed_packet_timestamp` BIGINT NULL,
  `latest_confirmed_marker_id` BIGINT NULL,
  `latest_confirmed_symbol` TEXT NULL,
  `latest_confirmed_symbol_table` TEXT NULL,
  `latest_confirmed_latitude` DOUBLE NULL,
  `latest_confirmed_longitude` DOUBLE NULL,
  `latest_packet_id` BIGINT NULL,
  `latest_packet_timestamp` BIGINT NULL,
  `latest_weather_packet_id` BIGINT NULL,
  `latest_weather_packet_timestamp` BIGINT NULL,
  `latest_weather_packet_comment` TEXT NULL,
  `latest_telemetry_packet_id` BIGINT NULL,
  `latest_telemetry_packet_timestamp` BIGINT NULL,
  `latest_ogn_packet_id` BIGINT NULL,
  `latest_ogn_packet_timestamp` BIGINT NULL,
  `latest_ogn_sender_address` VARCHAR(191) NULL,
  `latest_ogn_aircraft_type_id` SMALLINT NULL,
  `latest_ogn_address_type_id` SMALLINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`latest_sender_id`) REFERENCES `sender` (`id`),
  FOREIGN KEY (`station_type_id`) REFERENCES `station_type` (`id`),
  FOREIGN KEY (`source_id`) REFERENCES `source` (`id`),
  FOREIGN KEY (`latest_ogn_aircraft_type_id`) REFERENCES `ogn_aircraft_type` (`id`),
  FOREIGN KEY (`latest_ogn_address_type_id`) REFERENCES `ogn_address_type` (`id`),
  KEY `station_name_idx` (`name`),
  KEY `station_latest_sender_id_idx` (`latest_sender_id`),
  KEY `station_pos_timestamp_idx` (`latest_confirmed_latitude`, `latest_confirmed_longitude`, `latest_confirmed_packet_timestamp`),
  KEY `station_ogn_sender_address_idx` (`latest_ogn_sender_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `station_telemetry_bits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `station_id` BIGINT NULL,
  `created_ts` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `latest_ts` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `valid_to_ts` BIGINT NULL,
  `bits` TEXT NULL,
  `title` TEXT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`station_id`) REFERENCES `station` (`id`),
  KEY `station_telemetry_bits_station_id_idx` (`station_id`, `valid_to_ts`, `latest_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `station_telemetry_eqns` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `station_id` BIGINT NULL,
  `created_ts` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `latest_ts` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `valid_to_ts` BIGINT NULL,
  `a1` FLOAT NULL,
  `b1` FLOAT NULL,
  `c1` FLOAT NULL,
  `a2` FLOAT NULL,
  `b2` FLOAT NULL,
  `c2` FLOAT NULL,
  `a3` FLOAT NULL,
  `b3` FLOAT NULL,
  `c3` FLOAT NULL,
  `a4` FLOAT NULL,
  `b4` FLOAT NULL,
  `c4` FLOAT NULL,
  `a5` FLOAT NULL,
  `b5` FLOAT NULL,
  `c5` FLOAT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`station_id`) REFERENCES `station` (`id`),
  KEY `station_telemetry_eqns_station_id_idx` (`station_id`, `valid_to_ts`, `latest_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `station_telemetry_param` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `station_id` BIGINT NULL,
  `created_ts` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `latest_ts` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `valid_to_ts` BIGINT NULL,
  `p1` TEXT NULL,
  `p2` TEXT NULL,
  `p3` TEXT NULL,
  `p4` TEXT NULL,
  `p5` TEXT NULL,
  `b1` TEXT NULL,
  `b2` TEXT NULL,
  `b3` TEXT NULL,
  `b4` TEXT NULL,
  `b5` TEXT NULL,
  `b6` TEXT NULL,
  `b7` TEXT NULL,
  `b8` TEXT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`station_id`) REFERENCES `station` (`id`),
  KEY `station_telemetry_param_station_id_idx` (`station_id`, `valid_to_ts`, `latest_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `station_telemetry_unit` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `station_id` BIGINT NULL,
  `created_ts` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `latest_ts` BIGINT DEFAULT (UNIX_TIMESTAMP()),
  `valid_to_ts` BIGINT NULL,
  `u1` TEXT NULL,
  `u2` TEXT NULL,
  `u3` TEXT NULL,
  `u4` TEXT NULL,
  `u5` TEXT NULL,
  `l1` TEXT NULL,
  `l2` TEXT NULL,
  `l3` TEXT NULL,
  `l4` TEXT NULL,
  `l5` TEXT NULL,
  `l6` TEXT NULL,
  `l7` TEXT NULL,
  `l8` TEXT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`station_id`) REFERENCES `station` (`id`),
  KEY `station_telemetry_unit_station_id_idx` (`station_id`, `valid_to_ts`, `latest_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `packet` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `station_id` BIGINT NOT NULL,
  `sender_id` BIGINT NOT NULL,
  `marker_id` BIGINT NULL,
  `marker_counter` INT NULL,
  `packet_type_id` SMALLINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `reported_timestamp` BIGINT NULL,
  `position_timestamp` BIGINT NULL,
  `latitude` DOUBLE NULL,
  `longitude` DOUBLE NULL,
  `posambiguity` SMALLINT NULL,
  `symbol` TEXT NULL,
  `symbol_table` TEXT NULL,
  `map_sector` INT NULL,
  `related_map_sectors` TEXT NULL,
  `map_id` SMALLINT DEFAULT 1,
  `source_id` SMALLINT DEFAULT 1,
  `speed` FLOAT NULL,
  `course` FLOAT NULL,
  `altitude` FLOAT NULL,
  `rng` FLOAT NULL,
  `latest_rng_timestamp` BIGINT NULL,
  `phg` INT NULL,
  `latest_phg_timestamp` BIGINT NULL,
  `packet_tail_timestamp` BIGINT NULL,
  `is_moving` SMALLINT NULL,
  `comment` TEXT NULL,
  `raw_path` TEXT NULL,
  `raw` TEXT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`packet_type_id`) REFERENCES `packet_type` (`id`),
  FOREIGN KEY (`station_id`) REFERENCES `station` (`id`),
  FOREIGN KEY (`sender_id`) REFERENCES `sender` (`id`),
  FOREIGN KEY (`map_id`) REFERENCES `map` (`id`),
  FOREIGN KEY (`source_id`) REFERENCES `source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `packet_weather` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `packet_id` BIGINT NOT NULL,
  `station_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `humidity` INT NULL,
  `pressure` FLOAT NULL,
  `rain_1h` FLOAT NULL,
  `rain_24h` FLOAT NULL,
  `rain_since_midnight` FLOAT NULL,
  `temperature` FLOAT NULL,
  `wind_direction` INT NULL,
  `wind_gust` FLOAT NULL,
  `wind_speed` FLOAT NULL,
  `luminosity` FLOAT NULL,
  `snow` FLOAT NULL,
  `wx_raw_timestamp` BIGINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`station_id`) REFERENCES `station` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `packet_telemetry` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `packet_id` BIGINT NOT NULL,
  `station_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `val1` FLOAT NULL,
  `val2` FLOAT NULL,
  `val3` FLOAT NULL,
  `val4` FLOAT NULL,
  `val5` FLOAT NULL,
  `bits` TEXT NULL,
  `seq` INT NULL,
  `station_telemetry_param_id` BIGINT NULL,
  `station_telemetry_unit_id` BIGINT NULL,
  `station_telemetry_eqns_id` BIGINT NULL,
  `station_telemetry_bits_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`station_id`) REFERENCES `station` (`id`),
  FOREIGN KEY (`station_telemetry_param_id`) REFERENCES `station_telemetry_param` (`id`),
  FOREIGN KEY (`station_telemetry_unit_id`) REFERENCES `station_telemetry_unit` (`id`),
  FOREIGN KEY (`station_telemetry_eqns_id`) REFERENCES `station_telemetry_eqns` (`id`),
  FOREIGN KEY (`station_telemetry_bits_id`) REFERENCES `station_telemetry_bits` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `packet_path` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `packet_id` BIGINT NOT NULL,
  `station_id` BIGINT NOT NULL,
  `latitude` DOUBLE NULL,
  `longitude` DOUBLE NULL,
  `timestamp` BIGINT NULL,
  `distance` INT NULL,
  `number` SMALLINT,
  `sending_station_id` BIGINT NOT NULL,
  `sending_latitude` DOUBLE NULL,
  `sending_longitude` DOUBLE NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`station_id`) REFERENCES `station` (`id`),
  FOREIGN KEY (`sending_station_id`) REFERENCES `station` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `packet_ogn` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `packet_id` BIGINT NOT NULL,
  `station_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `ogn_sender_address` TEXT NULL,
  `ogn_address_type_id` SMALLINT NULL,
  `ogn_aircraft_type_id` SMALLINT NULL,
  `ogn_climb_rate` INT NULL,
  `ogn_turn_rate` DOUBLE NULL,
  `ogn_signal_to_noise_ratio` DOUBLE NULL,
  `ogn_bit_errors_corrected` INT NULL,
  `ogn_frequency_offset` DOUBLE NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`station_id`) REFERENCES `station` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

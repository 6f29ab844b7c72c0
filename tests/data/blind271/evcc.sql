-- evcc (evcc-io/evcc), commit b29b49e3056ead3c99ff1f4711b2bb17083114b0 (MIT)
-- evcc keeps its data in one SQLite file through GORM (server/db/db.go) and creates every table with AutoMigrate.
-- Each GORM model registered with db.Register was written as the table AutoMigrate creates, with GORM's naming
-- (pluralised snake_case table names, snake_case column names or the explicit gorm:"column:..." names) and the
-- struct's field order; types as GORM's MySQL dialect maps them: uint -> bigint unsigned AUTO_INCREMENT primary key,
-- int/int64/time.Duration -> bigint, string -> longtext (varchar(191) when it is a key), float64 -> double,
-- bool -> tinyint(1), time.Time -> datetime(3). uniqueIndex tags are kept as unique keys, the meter -> entity
-- association as GORM's foreign key constraint. Models:
--   sessions       core/session/session.go (Session)
--   grid_sessions  hems/smartgrid/types.go (GridSession)
--   caches         server/db/cache/cache.go (Cache)
--   settings       server/db/settings/setting.go (setting)
--   configs        util/config/config.go (Config with the embedded Properties; Data is column `value`)
--   entities       core/metrics/db.go (entity)
--   meters         core/metrics/db.go (meter)
--   tariffs        core/metrics/tariffs.go (tariffValue, TableName "tariffs")

CREATE TABLE `sessions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created` datetime(3) DEFAULT NULL,
  `finished` datetime(3) DEFAULT NULL,
  `loadpoint` longtext,
  `identifier` longtext,
  `vehicle` longtext,
  `odometer` double DEFAULT NULL,
  `meter_start_kwh` double DEFAULT NULL,
  `meter_end_kwh` double DEFAULT NULL,
  `charged_kwh` double DEFAULT NULL,
  `charge_duration` bigint DEFAULT NULL,
  `soc_start` double DEFAULT NULL,
  `soc_end` double DEFAULT NULL,
  `added_range` double DEFAULT NULL,
  `solar_percentage` double DEFAULT NULL,
  `price` double DEFAULT NULL,
  `price_per_kwh` double DEFAULT NULL,
  `co2_per_kwh` double DEFAULT NULL,
  `reference_price_per_kwh` double DEFAULT NULL,
  `reference_co2_per_kwh` double DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grid_sessions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created` datetime(3) DEFAULT NULL,
  `finished` datetime(3) DEFAULT NULL,
  `type` longtext,
  `grid_power` double DEFAULT NULL,
  `limit_power` double DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `caches` (
  `key` varchar(191) NOT NULL,
  `value` longtext,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `key` varchar(191) NOT NULL,
  `value` longtext,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `class` bigint DEFAULT NULL,
  `type` longtext,
  `title` longtext,
  `icon` longtext,
  `product` longtext,
  `value` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group` varchar(191) DEFAULT NULL,
  `name` varchar(191) DEFAULT NULL,
  `title` longtext,
  `is_temp` tinyint(1) DEFAULT NULL,
  `energy_meter` double DEFAULT NULL,
  `return_energy_meter` double DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entities_group_name` (`group`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meters` (
  `meter` bigint DEFAULT NULL,
  `ts` bigint DEFAULT NULL,
  `energy` double DEFAULT NULL,
  `return_energy` double DEFAULT NULL,
  `soc_temp` double DEFAULT NULL,
  `recovered` tinyint(1) DEFAULT NULL,
  UNIQUE KEY `meters_meter_ts` (`meter`, `ts`),
  CONSTRAINT `fk_meters_entity` FOREIGN KEY (`meter`) REFERENCES `entities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariffs` (
  `ts` bigint DEFAULT NULL,
  `grid` double DEFAULT NULL,
  `feedin` double DEFAULT NULL,
  `co2` double DEFAULT NULL,
  `temperature` double DEFAULT NULL,
  UNIQUE KEY `idx_tariffs_ts` (`ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Pigeon Planner 4.4.0 (racing-pigeon loft and breeding manager, desktop; SQLite through peewee)
-- Upstream: Timo Vanwynsberghe's Pigeon Planner, pigeonplanner/database/models.py, read from github.com/ishara/pigeonplanner
-- (a git import of the upstream Bazaar history), upstream commit f34bcca72539aa86f44c649eddb3ccf19a3e1b8b
-- "Pushed up to 4.4.0", 2022-04-24 (GPL-3.0-or-later).
-- Made by loading upstream's model module unchanged (pigeonplanner.core.enums stubbed) and letting peewee write, for
-- MySQL, the tables that Pigeon Planner creates with database.create_tables(all_tables()) - every model plus the
-- ManyToMany through table of medication and pigeon. Upstream pins peewee 3.5.2, which no longer installs on
-- Python 3.11; peewee 3.15.4 was used (same field types, same column and through-table names). All 19 tables kept.

CREATE TABLE `pigeon` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `band_number` VARCHAR(255) NOT NULL,
  `band_year` VARCHAR(255) NOT NULL,
  `band_country` VARCHAR(255) NOT NULL,
  `band_letters` VARCHAR(255) NOT NULL,
  `band_format` VARCHAR(255) NOT NULL,
  `sex` INTEGER NOT NULL,
  `visible` BOOL NOT NULL,
  `colour` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `strain` VARCHAR(255) NOT NULL,
  `loft` VARCHAR(255) NOT NULL,
  `sire_id` INTEGER,
  `dam_id` INTEGER,
  `extra1` VARCHAR(255) NOT NULL,
  `extra2` VARCHAR(255) NOT NULL,
  `extra3` VARCHAR(255) NOT NULL,
  `extra4` VARCHAR(255) NOT NULL,
  `extra5` VARCHAR(255) NOT NULL,
  `extra6` VARCHAR(255) NOT NULL,
  FOREIGN KEY (`sire_id`) REFERENCES `pigeon` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`dam_id`) REFERENCES `pigeon` (`id`) ON DELETE SET NULL
);
CREATE INDEX `pigeon_sire_id` ON `pigeon` (`sire_id`);
CREATE INDEX `pigeon_dam_id` ON `pigeon` (`dam_id`);
CREATE INDEX `pigeon_band_number_band_year` ON `pigeon` (`band_number`, `band_year`);
CREATE UNIQUE INDEX `pigeon_band_country_band_letters_band_number_band_year` ON `pigeon` (`band_country`, `band_letters`, `band_number`, `band_year`);
CREATE TABLE `breeding` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `sire_id` INTEGER NOT NULL,
  `dam_id` INTEGER NOT NULL,
  `date` DATE NOT NULL,
  `laid1` DATE NOT NULL,
  `hatched1` DATE NOT NULL,
  `child1_id` INTEGER,
  `success1` BOOL NOT NULL,
  `laid2` DATE NOT NULL,
  `hatched2` DATE NOT NULL,
  `child2_id` INTEGER,
  `success2` BOOL NOT NULL,
  `clutch` VARCHAR(255) NOT NULL,
  `box` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  FOREIGN KEY (`sire_id`) REFERENCES `pigeon` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`dam_id`) REFERENCES `pigeon` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`child1_id`) REFERENCES `pigeon` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`child2_id`) REFERENCES `pigeon` (`id`) ON DELETE SET NULL
);
CREATE INDEX `breeding_sire_id` ON `breeding` (`sire_id`);
CREATE INDEX `breeding_dam_id` ON `breeding` (`dam_id`);
CREATE INDEX `breeding_child1_id` ON `breeding` (`child1_id`);
CREATE INDEX `breeding_child2_id` ON `breeding` (`child2_id`);
CREATE TABLE `category` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `category` VARCHAR(255) NOT NULL CHECK (category != '')
);
CREATE UNIQUE INDEX `category_category` ON `category` (`category`);
CREATE TABLE `colour` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `colour` VARCHAR(255) NOT NULL CHECK (colour != '')
);
CREATE UNIQUE INDEX `colour_colour` ON `colour` (`colour`);
CREATE TABLE `image` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `pigeon_id` INTEGER NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `main` BOOL NOT NULL,
  FOREIGN KEY (`pigeon_id`) REFERENCES `pigeon` (`id`) ON DELETE CASCADE
);
CREATE INDEX `image_pigeon_id` ON `image` (`pigeon_id`);
CREATE TABLE `loft` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `loft` VARCHAR(255) NOT NULL CHECK (loft != '')
);
CREATE UNIQUE INDEX `loft_loft` ON `loft` (`loft`);
CREATE TABLE `media` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `pigeon_id` INTEGER NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  FOREIGN KEY (`pigeon_id`) REFERENCES `pigeon` (`id`) ON DELETE CASCADE
);
CREATE INDEX `media_pigeon_id` ON `media` (`pigeon_id`);
CREATE TABLE `medication` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `date` DATE NOT NULL,
  `description` TEXT NOT NULL,
  `doneby` VARCHAR(255) NOT NULL,
  `medication` VARCHAR(255) NOT NULL,
  `dosage` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  `vaccination` BOOL NOT NULL
);
CREATE TABLE `medication_pigeon_through` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `medication_id` INTEGER NOT NULL,
  `pigeon_id` INTEGER NOT NULL,
  FOREIGN KEY (`medication_id`) REFERENCES `medication` (`id`),
  FOREIGN KEY (`pigeon_id`) REFERENCES `pigeon` (`id`)
);
CREATE INDEX `medicationpigeonthrough_medication_id` ON `medication_pigeon_through` (`medication_id`);
CREATE INDEX `medicationpigeonthrough_pigeon_id` ON `medication_pigeon_through` (`pigeon_id`);
CREATE UNIQUE INDEX `medicationpigeonthrough_medication_id_pigeon_id` ON `medication_pigeon_through` (`medication_id`, `pigeon_id`);
CREATE TABLE `person` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` VARCHAR(255) NOT NULL,
  `me` BOOL NOT NULL,
  `street` VARCHAR(255) NOT NULL,
  `zipcode` VARCHAR(255) NOT NULL,
  `city` VARCHAR(255) NOT NULL,
  `country` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `latitude` VARCHAR(255) NOT NULL,
  `longitude` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL
);
CREATE TABLE `racepoint` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `racepoint` VARCHAR(255) NOT NULL CHECK (racepoint != ''),
  `distance` VARCHAR(255) NOT NULL,
  `unit` INTEGER NOT NULL,
  `xco` VARCHAR(255) NOT NULL,
  `yco` VARCHAR(255) NOT NULL
);
CREATE UNIQUE INDEX `racepoint_racepoint` ON `racepoint` (`racepoint`);
CREATE TABLE `result` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `pigeon_id` INTEGER NOT NULL,
  `date` DATE NOT NULL,
  `racepoint` VARCHAR(255) NOT NULL,
  `place` INTEGER NOT NULL,
  `out` INTEGER NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `sector` VARCHAR(255) NOT NULL,
  `speed` FLOAT NOT NULL,
  `weather` VARCHAR(255) NOT NULL,
  `temperature` VARCHAR(255) NOT NULL,
  `wind` VARCHAR(255) NOT NULL,
  `windspeed` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  FOREIGN KEY (`pigeon_id`) REFERENCES `pigeon` (`id`) ON DELETE CASCADE
);
CREATE INDEX `result_pigeon_id` ON `result` (`pigeon_id`);
CREATE INDEX `result_date_racepoint` ON `result` (`date`, `racepoint`);
CREATE UNIQUE INDEX `result_pigeon_id_date_racepoint_place_out_category_sector` ON `result` (`pigeon_id`, `date`, `racepoint`, `place`, `out`, `category`, `sector`);
CREATE TABLE `sector` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `sector` VARCHAR(255) NOT NULL CHECK (sector != '')
);
CREATE UNIQUE INDEX `sector_sector` ON `sector` (`sector`);
CREATE TABLE `status` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `pigeon_id` INTEGER NOT NULL,
  `status_id` INTEGER NOT NULL,
  `info` TEXT NOT NULL,
  `date` DATE NOT NULL,
  `start` DATE NOT NULL,
  `end` DATE NOT NULL,
  `racepoint` VARCHAR(255) NOT NULL,
  `person` VARCHAR(255) NOT NULL,
  `partner_id` INTEGER,
  FOREIGN KEY (`pigeon_id`) REFERENCES `pigeon` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`partner_id`) REFERENCES `pigeon` (`id`) ON DELETE SET NULL
);
CREATE UNIQUE INDEX `status_pigeon_id` ON `status` (`pigeon_id`);
CREATE INDEX `status_partner_id` ON `status` (`partner_id`);
CREATE TABLE `strain` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `strain` VARCHAR(255) NOT NULL CHECK (strain != '')
);
CREATE UNIQUE INDEX `strain_strain` ON `strain` (`strain`);
CREATE TABLE `type` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `type` VARCHAR(255) NOT NULL CHECK (type != '')
);
CREATE UNIQUE INDEX `type_type` ON `type` (`type`);
CREATE TABLE `upgrade_dummy` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `dummy` TEXT
);
CREATE TABLE `weather` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `weather` VARCHAR(255) NOT NULL CHECK (weather != '')
);
CREATE UNIQUE INDEX `weather_weather` ON `weather` (`weather`);
CREATE TABLE `wind` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `wind` VARCHAR(255) NOT NULL CHECK (wind != '')
);
CREATE UNIQUE INDEX `wind_wind` ON `wind` (`wind`);

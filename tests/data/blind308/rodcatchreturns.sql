-- Rod catch returns (Environment Agency / DEFRA, England): the statutory salmon and sea trout catch returns that
-- rod-licence holders submit each season (submissions, rivers fished and days, large catches, small-catch counts),
-- with Hibernate Envers audit copies and the reference data (regions, catchments, rivers, species, methods, grilse
-- probabilities).
-- Upstream: github.com/DEFRA/rod-catch-returns-api-js, commit 5721d22dfa87a0236289d470a611df6817c5914d (Open
-- Government Licence v3.0, LICENCE.md). Schema: the Liquibase changelogs db/changelog/db.changelog-master.xml
-- (1.0 ... 7.0) replayed by Liquibase 4.28 into PostgreSQL 15, read back from the catalogue and written as MariaDB DDL.
-- See rodcatchreturns.md.

CREATE TABLE `databasechangelog` (
  `id` VARCHAR(255) NOT NULL,
  `author` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `dateexecuted` DATETIME(6) NOT NULL,
  `orderexecuted` INT NOT NULL,
  `exectype` VARCHAR(10) NOT NULL,
  `md5sum` VARCHAR(35),
  `description` VARCHAR(255),
  `comments` VARCHAR(255),
  `tag` VARCHAR(255),
  `liquibase` VARCHAR(20),
  `contexts` VARCHAR(255),
  `labels` VARCHAR(255),
  `deployment_id` VARCHAR(10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `databasechangeloglock` (
  `id` INT NOT NULL,
  `locked` TINYINT(1) NOT NULL,
  `lockgranted` DATETIME(6),
  `lockedby` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_activity_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `submission_id` BIGINT,
  `river_id` BIGINT,
  `days_fished_with_mandatory_release` SMALLINT,
  `days_fished_other` SMALLINT,
  PRIMARY KEY (`id`, `rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_catch_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `activity_id` BIGINT,
  `date_caught` DATE,
  `species_id` BIGINT,
  `mass_type` VARCHAR(10),
  `mass_kg` DECIMAL(12,6),
  `mass_oz` DECIMAL(12,6),
  `method_id` BIGINT,
  `reporting_exclude` TINYINT(1),
  `released` TINYINT(1),
  `only_month_recorded` TINYINT(1) DEFAULT 0,
  `no_date_recorded` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`, `rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_catchment_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `name` TEXT,
  `region_id` BIGINT,
  `gate_id` BIGINT,
  PRIMARY KEY (`id`, `rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_grilse_probability_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `season` SMALLINT,
  `month` SMALLINT,
  `mass_lbs` SMALLINT,
  `probability` DECIMAL(17,16),
  `gate_id` BIGINT,
  PRIMARY KEY (`id`, `rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_grilse_weight_gate` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_gate_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_grilse_weight_gate_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_method` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `internal` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_method_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_method_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `name` VARCHAR(255),
  `internal` TINYINT(1),
  PRIMARY KEY (`id`, `rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_region` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_region_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_region_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `name` TEXT,
  PRIMARY KEY (`id`, `rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_river_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `name` TEXT,
  `internal` TINYINT(1),
  `catchment_id` BIGINT,
  PRIMARY KEY (`id`, `rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_small_catch_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `activity_id` BIGINT,
  `month` SMALLINT,
  `released` SMALLINT,
  `reporting_exclude` TINYINT(1),
  `no_month_recorded` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`, `rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_species` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `small_catch_mass` DECIMAL(12,6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_species_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_species_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `name` TEXT,
  `small_catch_mass` DECIMAL(12,6),
  PRIMARY KEY (`id`, `rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_submission` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contact_id` VARCHAR(255) NOT NULL,
  `season` SMALLINT NOT NULL,
  `status` VARCHAR(12) NOT NULL,
  `source` VARCHAR(12) NOT NULL,
  `reporting_exclude` TINYINT(1) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_contact_id_and_season` (`contact_id`, `season`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_submission_aud` (
  `id` BIGINT NOT NULL,
  `rev` INT NOT NULL,
  `revtype` SMALLINT NOT NULL,
  `contact_id` TEXT,
  `season` SMALLINT,
  `status` VARCHAR(12),
  `source` VARCHAR(12),
  `reporting_exclude` TINYINT(1),
  PRIMARY KEY (`id`, `rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `revinfo` (
  `rev` INT NOT NULL AUTO_INCREMENT,
  `revtstmp` BIGINT NOT NULL,
  PRIMARY KEY (`rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_catchment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `region_id` BIGINT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  `gate_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_catchment_name` (`name`),
  CONSTRAINT `fk_catchment__gate` FOREIGN KEY (`gate_id`) REFERENCES `rcr_grilse_weight_gate` (`id`),
  CONSTRAINT `fk_catchment__region` FOREIGN KEY (`region_id`) REFERENCES `rcr_region` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_grilse_probability` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `season` SMALLINT NOT NULL,
  `month` SMALLINT NOT NULL,
  `mass_lbs` SMALLINT NOT NULL,
  `probability` DECIMAL(17,16) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  `gate_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_grilse_probability_key` (`season`, `gate_id`, `month`, `mass_lbs`),
  CONSTRAINT `fk_grilse_probability__gate` FOREIGN KEY (`gate_id`) REFERENCES `rcr_grilse_weight_gate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_river` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `internal` TINYINT(1) NOT NULL DEFAULT 0,
  `catchment_id` BIGINT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_river_name` (`name`),
  CONSTRAINT `fk_river__catchment` FOREIGN KEY (`catchment_id`) REFERENCES `rcr_catchment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_activity` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `submission_id` BIGINT NOT NULL,
  `river_id` BIGINT NOT NULL,
  `days_fished_with_mandatory_release` SMALLINT NOT NULL,
  `days_fished_other` SMALLINT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_activity_river_per_submission` (`submission_id`, `river_id`),
  CONSTRAINT `fk_activity__river` FOREIGN KEY (`river_id`) REFERENCES `rcr_river` (`id`),
  CONSTRAINT `fk_activity__submission` FOREIGN KEY (`submission_id`) REFERENCES `rcr_submission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_catch` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `activity_id` BIGINT NOT NULL,
  `date_caught` DATE NOT NULL,
  `species_id` BIGINT NOT NULL,
  `mass_type` VARCHAR(10) NOT NULL,
  `mass_kg` DECIMAL(12,6),
  `mass_oz` DECIMAL(12,6),
  `method_id` BIGINT NOT NULL,
  `released` TINYINT(1) NOT NULL,
  `reporting_exclude` TINYINT(1) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  `only_month_recorded` TINYINT(1) NOT NULL DEFAULT 0,
  `no_date_recorded` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_catch__activity` FOREIGN KEY (`activity_id`) REFERENCES `rcr_activity` (`id`),
  CONSTRAINT `fk_catch__method` FOREIGN KEY (`method_id`) REFERENCES `rcr_method` (`id`),
  CONSTRAINT `fk_catch__species` FOREIGN KEY (`species_id`) REFERENCES `rcr_species` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_small_catch` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `activity_id` BIGINT NOT NULL,
  `month` SMALLINT NOT NULL,
  `released` SMALLINT NOT NULL,
  `reporting_exclude` TINYINT(1) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `version` DATETIME(6) NOT NULL,
  `no_month_recorded` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_activity_and_month` (`activity_id`, `month`),
  CONSTRAINT `fk_small_catch__activity` FOREIGN KEY (`activity_id`) REFERENCES `rcr_activity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rcr_small_catch_counts` (
  `small_catch_id` BIGINT NOT NULL,
  `method_id` BIGINT NOT NULL,
  `count` SMALLINT NOT NULL,
  CONSTRAINT `fk_small_catch__method` FOREIGN KEY (`method_id`) REFERENCES `rcr_method` (`id`),
  CONSTRAINT `fk_small_catch_by_method__parent` FOREIGN KEY (`small_catch_id`) REFERENCES `rcr_small_catch` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

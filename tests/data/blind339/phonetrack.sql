-- PhoneTrack (Nextcloud app for live location tracking and location sharing; `oc_` prefix)
-- Upstream: github.com/julien-nc/phonetrack, commit 686c41a37300174515fecfb23272c61c3b0c1377 (app 1.3.3), AGPL-3.0
-- Source: the changeSchema() steps of lib/Migration/Version000506Date20191102150434.php ...
-- Version010200Date20260416223500.php (14 steps) replayed by hand to their final state and written as the MySQL
-- DDL Nextcloud's Doctrine DBAL emits (default table prefix `oc_`; string -> VARCHAR(length), integer -> INT,
-- smallint -> SMALLINT, bigint -> BIGINT, float -> DOUBLE PRECISION, unsigned where set). Upstream declares primary
-- keys and the two indexes of the points table; no unique or foreign keys. All ten tables of the app are kept.

CREATE TABLE `oc_phonetrack_sessions` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `user` VARCHAR(64) NOT NULL,
  `name` VARCHAR(300) NOT NULL,
  `token` VARCHAR(300) NOT NULL DEFAULT '',
  `publicviewtoken` VARCHAR(300) NOT NULL DEFAULT '',
  `public` SMALLINT DEFAULT 1,
  `locked` SMALLINT DEFAULT 0,
  `creationversion` VARCHAR(300) DEFAULT NULL,
  `autoexport` VARCHAR(10) NOT NULL DEFAULT 'no',
  `autopurge` VARCHAR(10) NOT NULL DEFAULT 'no',
  `enabled` INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_phonetrack_devices` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(300) NOT NULL,
  `alias` VARCHAR(300) DEFAULT NULL,
  `color` VARCHAR(300) DEFAULT NULL,
  `shape` VARCHAR(1) DEFAULT NULL,
  `nametoken` VARCHAR(300) DEFAULT NULL,
  `enabled` INT UNSIGNED NOT NULL DEFAULT 0,
  `line_enabled` INT UNSIGNED NOT NULL DEFAULT 0,
  `auto_zoom` INT UNSIGNED NOT NULL DEFAULT 0,
  `color_criteria` INT UNSIGNED NOT NULL DEFAULT 0,
  `session_id` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `session_token` VARCHAR(300) NOT NULL DEFAULT 'initial',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_phonetrack_points` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `deviceid` INT NOT NULL,
  `lat` DOUBLE PRECISION NOT NULL,
  `lon` DOUBLE PRECISION NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `accuracy` DOUBLE PRECISION DEFAULT NULL,
  `satellites` INT DEFAULT NULL,
  `altitude` DOUBLE PRECISION DEFAULT NULL,
  `batterylevel` DOUBLE PRECISION DEFAULT NULL,
  `useragent` VARCHAR(100) NOT NULL DEFAULT 'nothing',
  `speed` DOUBLE PRECISION DEFAULT NULL,
  `bearing` DOUBLE PRECISION DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `phonetrack_deviceid_index` (`deviceid`),
  KEY `phonetrack_timestamp_devid_idx` (`deviceid`, `timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_phonetrack_geofences` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(100) NOT NULL DEFAULT 'default',
  `deviceid` INT NOT NULL,
  `latmin` DOUBLE PRECISION NOT NULL,
  `lonmin` DOUBLE PRECISION NOT NULL,
  `latmax` DOUBLE PRECISION NOT NULL,
  `lonmax` DOUBLE PRECISION NOT NULL,
  `urlenter` VARCHAR(500) DEFAULT NULL,
  `urlenterpost` INT NOT NULL DEFAULT 0,
  `urlleave` VARCHAR(500) DEFAULT NULL,
  `urlleavepost` INT NOT NULL DEFAULT 0,
  `sendemail` INT NOT NULL DEFAULT 1,
  `emailaddr` VARCHAR(500) DEFAULT NULL,
  `sendnotif` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_phonetrack_proxims` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `deviceid1` INT NOT NULL,
  `deviceid2` INT NOT NULL,
  `lowlimit` INT NOT NULL,
  `highlimit` INT NOT NULL,
  `urlclose` VARCHAR(500) DEFAULT NULL,
  `urlclosepost` INT NOT NULL DEFAULT 0,
  `urlfar` VARCHAR(500) DEFAULT NULL,
  `urlfarpost` INT NOT NULL DEFAULT 0,
  `sendemail` INT NOT NULL DEFAULT 1,
  `emailaddr` VARCHAR(500) DEFAULT NULL,
  `sendnotif` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_phonetrack_filtersb` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `username` VARCHAR(64) NOT NULL,
  `name` VARCHAR(100) NOT NULL DEFAULT 'default',
  `filterjson` VARCHAR(300) NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_phonetrack_tileserver` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `user` VARCHAR(64) NOT NULL,
  `type` VARCHAR(20) NOT NULL DEFAULT 'tile',
  `servername` VARCHAR(300) NOT NULL,
  `url` VARCHAR(300) NOT NULL,
  `token` VARCHAR(300) NOT NULL DEFAULT 'no-token',
  `format` VARCHAR(300) NOT NULL DEFAULT 'image/jpeg',
  `layers` VARCHAR(300) NOT NULL DEFAULT '',
  `version` VARCHAR(30) NOT NULL DEFAULT '1.1.1',
  `opacity` VARCHAR(10) NOT NULL DEFAULT '0.4',
  `transparent` VARCHAR(10) NOT NULL DEFAULT 'true',
  `minzoom` INT NOT NULL DEFAULT 1,
  `maxzoom` INT NOT NULL DEFAULT 18,
  `attribution` VARCHAR(300) NOT NULL DEFAULT '???',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_phonetrack_shares` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `username` VARCHAR(300) NOT NULL DEFAULT '',
  `sharetoken` VARCHAR(300) NOT NULL DEFAULT '',
  `session_id` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `session_token` VARCHAR(300) NOT NULL DEFAULT 'initial',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_phonetrack_pubshares` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `sharetoken` VARCHAR(300) NOT NULL DEFAULT '',
  `filters` VARCHAR(500) NOT NULL DEFAULT '{}',
  `devicename` VARCHAR(300) DEFAULT NULL,
  `lastposonly` INT NOT NULL DEFAULT 0,
  `geofencify` INT NOT NULL DEFAULT 0,
  `label` VARCHAR(128) DEFAULT NULL,
  `session_id` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `session_token` VARCHAR(300) NOT NULL DEFAULT 'initial',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_phonetrack_tile_srvrs` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) DEFAULT NULL,
  `type` INT NOT NULL,
  `name` VARCHAR(300) NOT NULL,
  `url` VARCHAR(500) NOT NULL,
  `min_zoom` INT DEFAULT NULL,
  `max_zoom` INT DEFAULT NULL,
  `attribution` VARCHAR(300) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Nextcloud Maps (Nextcloud's maps app: favourite places, geotagged photos, GPX tracks, phone/device location
-- history and its share links, geocoded contact addresses; `oc_` prefix)
-- Upstream: github.com/nextcloud/maps, commit f7abf72635762125d0daf39a2b22041d74c96091 (app 1.8.0), AGPL-3.0
-- Source: the changeSchema() steps of lib/Migration/Version000008Date20190428142257.php ...
-- Version100100Date20230731135102.php (11 steps) replayed by hand to their final state and written as the MySQL
-- DDL Nextcloud's Doctrine DBAL emits (default table prefix `oc_`; string -> VARCHAR(length), bigint -> BIGINT
-- (the `length` option is ignored for integers), float -> DOUBLE PRECISION, boolean -> TINYINT(1)). Upstream
-- declares primary keys and indexes only; no unique or foreign keys. The two indexes added without a name in
-- Version000108 get Doctrine-generated names upstream; they are named after their column here. All nine tables of
-- the app are kept.

CREATE TABLE `oc_maps_favorites` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `date_modified` BIGINT NOT NULL DEFAULT 0,
  `date_created` BIGINT NOT NULL DEFAULT 0,
  `lat` DOUBLE PRECISION NOT NULL,
  `lng` DOUBLE PRECISION NOT NULL,
  `category` VARCHAR(64) DEFAULT NULL,
  `comment` VARCHAR(500) DEFAULT NULL,
  `extensions` VARCHAR(500) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_maps_apikeys` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) DEFAULT NULL,
  `api_key` VARCHAR(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_maps_photos` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) NOT NULL,
  `file_id` BIGINT NOT NULL,
  `lat` DOUBLE PRECISION DEFAULT NULL,
  `lng` DOUBLE PRECISION DEFAULT NULL,
  `date_taken` BIGINT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `maps_date_taken` (`date_taken`),
  KEY `maps_photos_user_id` (`user_id`),
  KEY `maps_photos_file_id` (`file_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_maps_tracks` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) NOT NULL,
  `file_id` BIGINT NOT NULL,
  `etag` VARCHAR(100) NOT NULL DEFAULT '',
  `color` VARCHAR(7) DEFAULT NULL,
  `metadata` VARCHAR(1000) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_maps_devices` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) NOT NULL,
  `user_agent` VARCHAR(200) NOT NULL,
  `color` VARCHAR(7) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_maps_device_points` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `device_id` BIGINT NOT NULL,
  `lat` DOUBLE PRECISION NOT NULL,
  `lng` DOUBLE PRECISION NOT NULL,
  `timestamp` BIGINT NOT NULL DEFAULT 0,
  `altitude` DOUBLE PRECISION DEFAULT NULL,
  `accuracy` DOUBLE PRECISION DEFAULT NULL,
  `battery` DOUBLE PRECISION DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_maps_address_geo` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `adr` VARCHAR(255) NOT NULL DEFAULT '',
  `adr_norm` VARCHAR(255) NOT NULL DEFAULT '',
  `lat` DOUBLE PRECISION DEFAULT NULL,
  `lng` DOUBLE PRECISION DEFAULT NULL,
  `looked_up` TINYINT(1) DEFAULT 0,
  `object_uri` VARCHAR(255) NOT NULL DEFAULT '--',
  PRIMARY KEY (`id`),
  KEY `maps_adr` (`adr`),
  KEY `maps_adr_norm` (`adr_norm`),
  KEY `maps_object_uri` (`object_uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_maps_favorite_shares` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `owner` VARCHAR(64) NOT NULL,
  `category` VARCHAR(64) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oc_maps_device_shares` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `device_id` BIGINT NOT NULL,
  `timestamp_from` BIGINT NOT NULL,
  `timestamp_to` BIGINT NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

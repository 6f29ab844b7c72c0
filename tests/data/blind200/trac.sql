-- Trac 1.7 (trunk, db_version 45) — core schema of trac/db_default.py, written by Trac's own MySQL backend
-- (trac/db/mysql_backend.py MySQLConnector.to_sql, utf8mb4), github.com/edgewall/trac commit 25c4b3a8651e59c6885cb646f8eae88622e7d3aa (BSD-3-Clause).
-- Secondary indexes (CREATE INDEX) left out; primary keys with the backend's prefix lengths kept.
CREATE TABLE `system` (
    `name` mediumtext,
    `value` mediumtext,
    PRIMARY KEY (`name`(191))
);
CREATE TABLE `permission` (
    `username` mediumtext,
    `action` mediumtext,
    PRIMARY KEY (`username`(191),`action`(191))
);
CREATE TABLE `auth_cookie` (
    `cookie` mediumtext,
    `name` mediumtext,
    `ipnr` mediumtext,
    `time` int,
    PRIMARY KEY (`cookie`(191),`ipnr`(191),`name`(191))
);
CREATE TABLE `session` (
    `sid` mediumtext,
    `authenticated` int,
    `last_visit` int,
    PRIMARY KEY (`sid`(191),`authenticated`)
);
CREATE TABLE `session_attribute` (
    `sid` mediumtext,
    `authenticated` int,
    `name` mediumtext,
    `value` mediumtext,
    PRIMARY KEY (`sid`(191),`authenticated`,`name`(191))
);
CREATE TABLE `cache` (
    `id` int,
    `generation` int,
    `key` mediumtext,
    PRIMARY KEY (`id`)
);
CREATE TABLE `attachment` (
    `type` mediumtext,
    `id` mediumtext,
    `filename` mediumtext,
    `size` int,
    `time` bigint,
    `description` mediumtext,
    `author` mediumtext,
    PRIMARY KEY (`type`(191),`id`(191),`filename`(191))
);
CREATE TABLE `wiki` (
    `name` mediumtext,
    `version` int,
    `time` bigint,
    `author` mediumtext,
    `text` mediumtext,
    `comment` mediumtext,
    `readonly` int,
    PRIMARY KEY (`name`(191),`version`)
);
CREATE TABLE `repository` (
    `id` int,
    `name` mediumtext,
    `value` mediumtext,
    PRIMARY KEY (`id`,`name`(191))
);
CREATE TABLE `revision` (
    `repos` int,
    `rev` mediumtext,
    `time` bigint,
    `author` mediumtext,
    `message` mediumtext,
    PRIMARY KEY (`repos`,`rev`(40))
);
CREATE TABLE `node_change` (
    `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
    `repos` int,
    `rev` mediumtext,
    `path` mediumtext,
    `node_type` mediumtext,
    `change_type` mediumtext,
    `base_path` mediumtext,
    `base_rev` mediumtext,
    PRIMARY KEY (`id`)
);
CREATE TABLE `ticket` (
    `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
    `type` mediumtext,
    `time` bigint,
    `changetime` bigint,
    `component` mediumtext,
    `severity` mediumtext,
    `priority` mediumtext,
    `owner` mediumtext,
    `reporter` mediumtext,
    `cc` mediumtext,
    `version` mediumtext,
    `milestone` mediumtext,
    `status` mediumtext,
    `resolution` mediumtext,
    `summary` mediumtext,
    `description` mediumtext,
    `keywords` mediumtext,
    PRIMARY KEY (`id`)
);
CREATE TABLE `ticket_change` (
    `ticket` int,
    `time` bigint,
    `author` mediumtext,
    `field` mediumtext,
    `oldvalue` mediumtext,
    `newvalue` mediumtext,
    PRIMARY KEY (`ticket`,`time`,`field`(191))
);
CREATE TABLE `ticket_custom` (
    `ticket` int,
    `name` mediumtext,
    `value` mediumtext,
    PRIMARY KEY (`ticket`,`name`(191))
);
CREATE TABLE `enum` (
    `type` mediumtext,
    `name` mediumtext,
    `value` mediumtext,
    `description` mediumtext,
    PRIMARY KEY (`type`(191),`name`(191))
);
CREATE TABLE `component` (
    `name` mediumtext,
    `owner` mediumtext,
    `description` mediumtext,
    PRIMARY KEY (`name`(191))
);
CREATE TABLE `milestone` (
    `name` mediumtext,
    `due` bigint,
    `completed` bigint,
    `description` mediumtext,
    PRIMARY KEY (`name`(191))
);
CREATE TABLE `version` (
    `name` mediumtext,
    `time` bigint,
    `description` mediumtext,
    PRIMARY KEY (`name`(191))
);
CREATE TABLE `report` (
    `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
    `author` mediumtext,
    `title` mediumtext,
    `query` mediumtext,
    `description` mediumtext,
    PRIMARY KEY (`id`)
);
CREATE TABLE `notify_subscription` (
    `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
    `time` bigint,
    `changetime` bigint,
    `class` mediumtext,
    `sid` mediumtext,
    `authenticated` int,
    `distributor` mediumtext,
    `format` mediumtext,
    `priority` int,
    `adverb` mediumtext,
    PRIMARY KEY (`id`)
);
CREATE TABLE `notify_watch` (
    `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
    `sid` mediumtext,
    `authenticated` int,
    `class` mediumtext,
    `realm` mediumtext,
    `target` mediumtext,
    PRIMARY KEY (`id`)
);

-- Framadate 1.2.0-alpha.1 (Framasoft; date and classic polls without accounts, successor of OpenSondage / STUdS)
-- Upstream: github.com/framasoft/framadate (mirror of framagit.org/framasoft/framadate/framadate), branch develop,
-- commit 6dfc2ad7ef0de168a27c7d06cf8fd10ba324b5a4, Doctrine migrations
-- `app/classes/Framadate/Migrations/Version20150101000000.php` ... `Version20191111110000.php` (CeCILL-B)
-- The migrations build the schema with the Doctrine DBAL Schema API; this is that schema written as the MySQL
-- platform of DBAL 2.9 writes it, with the installer's default table prefix `fd_`: `string` VARCHAR(255) unless a
-- length is given, `text` LONGTEXT, `boolean` TINYINT(1), `integer` INT, `smallint` SMALLINT, `datetime`
-- DATETIME; added columns at the end in migration order. The old STUdS tables (`sondage`, `sujet_studs`,
-- `comments`, `user_studs`) that the first migration creates are dropped by the third and are left out.
-- `collect_users_mail` and `value_max` are as the postUp steps of Version20180525110000 and
-- Version20191111110000 leave them (the names the repositories write; `ValueMax` dropped). `creation_date`'s
-- default is the moment the migration ran (`new \DateTime()`), written here as a fixed date. Upstream declares
-- unique indexes, no primary keys (except Doctrine's migration table) and no foreign keys.

CREATE TABLE `fd_poll` (
  `id` VARCHAR(64) NOT NULL,
  `admin_id` VARCHAR(255) NOT NULL,
  `title` LONGTEXT NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `admin_name` VARCHAR(255) NOT NULL,
  `admin_mail` VARCHAR(255) DEFAULT NULL,
  `creation_date` DATETIME NOT NULL DEFAULT '2023-05-03 09:02:25',
  `end_date` DATETIME DEFAULT NULL,
  `format` VARCHAR(255) DEFAULT NULL,
  `editable` INT NOT NULL DEFAULT 0,
  `receiveNewVotes` TINYINT(1) NOT NULL DEFAULT 0,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `receiveNewComments` TINYINT(1) NOT NULL DEFAULT 0,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `password_hash` VARCHAR(255) DEFAULT NULL,
  `results_publicly_visible` TINYINT(1) DEFAULT NULL,
  `collect_users_mail` SMALLINT DEFAULT NULL,
  `value_max` SMALLINT DEFAULT NULL,
  UNIQUE KEY `poll_index_id` (`id`)
);

CREATE TABLE `fd_comment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `poll_id` VARCHAR(64) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `comment` LONGTEXT NOT NULL,
  `date` DATETIME DEFAULT NULL,
  UNIQUE KEY `comment_index_id` (`id`),
  KEY `comment_index_poll_id` (`poll_id`)
);

CREATE TABLE `fd_slot` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `poll_id` VARCHAR(64) NOT NULL,
  `title` LONGTEXT NOT NULL,
  `moments` LONGTEXT DEFAULT NULL,
  UNIQUE KEY `slot_index_id` (`id`),
  KEY `slot_index_poll_id` (`poll_id`)
);

CREATE TABLE `fd_vote` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `poll_id` VARCHAR(64) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `choices` VARCHAR(255) NOT NULL,
  `uniqId` VARCHAR(16) NOT NULL,
  `mail` VARCHAR(255) DEFAULT NULL,
  UNIQUE KEY `vote_index_id` (`id`),
  KEY `vote_index_poll_id` (`poll_id`),
  KEY `IDX_vote_uniqId` (`uniqId`)
);

CREATE TABLE `fd_framadate_migration_new` (
  `version` VARCHAR(14) NOT NULL,
  `executed_at` DATETIME NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`version`)
);

-- Secret Santa Organizer (secretsantaorganizer.com; first by Intracto, now iO — github.com/iodigital-com) —
-- database schema
-- Upstream: github.com/iodigital-com/SecretSanta, commit a0ecf6e1cd74994f8d4768ccabfe785586e3b2d7 (ISC-style
-- licence, LICENSE)
-- Source: the Doctrine XML mappings src/ORM/Mapping/{Party,Participant,WishlistItem,BlacklistEmail}.orm.xml
-- (upstream ships no migrations), written as the DDL that `doctrine:schema:create` gives with the locked
-- doctrine/orm 2.20.0 and doctrine/dbal 3.9.3 on MySQL: integer -> INT (AUTO_INCREMENT for the AUTO ids),
-- string -> VARCHAR(length, else 255), text -> LONGTEXT, datetime -> DATETIME, boolean -> TINYINT(1); columns in
-- DBAL 3's order (primary key, then foreign-key columns, then the fields in mapping order); the many-to-many
-- `excludedParticipants` as its join table `exclude`; the one-to-one join column unique; index and constraint
-- names generated as Doctrine names them (IDX_/UNIQ_/FK_ + CRC32 of table and column names). Foreign keys are
-- written inside CREATE TABLE instead of Doctrine's trailing ALTER TABLE statements.
-- Plus the table `bounce` of shell_provisioner/config/postfix_bounce.sql (filled by the mail server's bounce
-- log and read by App\Query\BounceQuery from the same database), as it stands. All 6 tables are kept.

CREATE TABLE party (
  id INT AUTO_INCREMENT NOT NULL,
  list_url VARCHAR(50) NOT NULL,
  wishlists_url VARCHAR(50) NOT NULL,
  message LONGTEXT DEFAULT NULL,
  creation_date DATETIME NOT NULL,
  sent_date DATETIME DEFAULT NULL,
  event_date DATETIME DEFAULT NULL,
  amount VARCHAR(255) DEFAULT NULL,
  created_from_ip VARCHAR(45) DEFAULT NULL,
  created TINYINT(1) NOT NULL,
  locale VARCHAR(7) NOT NULL,
  location VARCHAR(255) DEFAULT NULL,
  join_url VARCHAR(50) DEFAULT NULL,
  join_mode INT NOT NULL,
  UNIQUE INDEX UNIQ_89954EE0E5F5D983 (list_url),
  UNIQUE INDEX UNIQ_89954EE0C6134FA7 (wishlists_url),
  UNIQUE INDEX UNIQ_89954EE0C8574BE0 (join_url),
  INDEX list_url (list_url),
  INDEX dates (created, event_date, sent_date),
  INDEX created_from_ip (created_from_ip),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE participant (
  id INT AUTO_INCREMENT NOT NULL,
  assigned_participant_id INT DEFAULT NULL,
  party_id INT DEFAULT NULL,
  name VARCHAR(255) NOT NULL,
  email VARCHAR(255) NOT NULL,
  view_date DATETIME DEFAULT NULL,
  open_email_date DATETIME DEFAULT NULL,
  view_reminder_sent DATETIME DEFAULT NULL,
  url VARCHAR(50) NOT NULL,
  wishlist_updated TINYINT(1) DEFAULT NULL,
  update_wishlist_reminder_sent DATETIME DEFAULT NULL,
  party_admin TINYINT(1) DEFAULT 0 NOT NULL,
  ipv4 VARCHAR(255) DEFAULT NULL,
  ipv6 VARCHAR(255) DEFAULT NULL,
  geo_country VARCHAR(255) DEFAULT NULL,
  geo_province VARCHAR(255) DEFAULT NULL,
  geo_city VARCHAR(255) DEFAULT NULL,
  party_status_sent DATETIME DEFAULT NULL,
  empty_wishlist_reminder_sent DATETIME DEFAULT NULL,
  wishlist_updated_time DATETIME DEFAULT NULL,
  subscribed_for_updates TINYINT(1) DEFAULT 1 NOT NULL,
  email_did_bounce TINYINT(1) DEFAULT 0 NOT NULL,
  invitation_sent_date DATETIME DEFAULT NULL,
  is_hashed TINYINT(1) NOT NULL,
  UNIQUE INDEX UNIQ_D79F6B11F47645AE (url),
  UNIQUE INDEX UNIQ_D79F6B119B10B7AF (assigned_participant_id),
  INDEX IDX_D79F6B11213C1059 (party_id),
  INDEX participant_url (url),
  INDEX participant_email (email),
  PRIMARY KEY(id),
  CONSTRAINT FK_D79F6B119B10B7AF FOREIGN KEY (assigned_participant_id) REFERENCES participant (id) ON DELETE SET NULL,
  CONSTRAINT FK_D79F6B11213C1059 FOREIGN KEY (party_id) REFERENCES party (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE exclude (
  participant_id INT NOT NULL,
  excluded_participant_id INT NOT NULL,
  INDEX IDX_6282E7799D1C3019 (participant_id),
  INDEX IDX_6282E779E6AA7FB (excluded_participant_id),
  PRIMARY KEY(participant_id, excluded_participant_id),
  CONSTRAINT FK_6282E7799D1C3019 FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT FK_6282E779E6AA7FB FOREIGN KEY (excluded_participant_id) REFERENCES participant (id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE wishlist_item (
  id INT AUTO_INCREMENT NOT NULL,
  participant_id INT DEFAULT NULL,
  description LONGTEXT DEFAULT NULL,
  rank_id INT DEFAULT NULL,
  INDEX IDX_6424F4E89D1C3019 (participant_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_6424F4E89D1C3019 FOREIGN KEY (participant_id) REFERENCES participant (id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE blacklist_email (
  id INT AUTO_INCREMENT NOT NULL,
  email LONGTEXT NOT NULL,
  ipv4 VARCHAR(255) DEFAULT NULL,
  ipv6 VARCHAR(255) DEFAULT NULL,
  date_blacklisted DATETIME DEFAULT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE `bounce` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` longtext NOT NULL,
  `date` datetime DEFAULT NULL,
  `sysLogTag` longtext NOT NULL,

  PRIMARY KEY (`id`)
);

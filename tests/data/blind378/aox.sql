-- Archiveopteryx (aox), "an Internet mail server optimised to support long-term archival storage" (Oryx)
-- Upstream: github.com/aox/aox schema/schema.pg (schema revision 98 = Database::currentRevision() of db/database.cpp),
-- commit ac09f40db4ed55c35b86b19d75e030dae096a24c (Archiveopteryx licence, a PostgreSQL-style BSD licence,
-- doc/readme/license.txt).
-- schema.pg was run as is in a scratch PostgreSQL 15 database and every table was written as MySQL from the catalog:
-- column names and order (users.alias last, as upstream adds it with ALTER TABLE), primary, unique and foreign keys
-- (the users.alias -> aliases key, a cycle through mailboxes, as ALTER TABLE at the end, as upstream does), indexes,
-- the rp_action check. Types: serial -> INT AUTO_INCREMENT, text -> TEXT (VARCHAR(255) where in a key), citext ->
-- VARCHAR(255), inet -> VARCHAR(45), bytea -> LONGBLOB, timestamptz -> DATETIME, boolean -> TINYINT(1).
-- Left out: the triggers and functions, the rows inserted (revision, namespace), the optional tsearch2 column
-- bodyparts.ftidx of schema/fts.pg. Every table of schema.pg is kept.

CREATE TABLE `mailstore` (
  `revision` INT NOT NULL,
  PRIMARY KEY (`revision`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addresses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `localpart` VARCHAR(255),
  `domain` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `addresses_ldn_key` (`localpart`, `domain`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `namespaces` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `namespaces_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- unique index u_l on lower(login) left out (an expression index)
CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `login` TEXT,
  `secret` TEXT,
  `ldapdn` TEXT,
  `parentspace` INT NOT NULL,
  `quota` BIGINT NOT NULL DEFAULT 2147483647,
  `alias` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_parentspace_fkey` FOREIGN KEY (`parentspace`) REFERENCES `namespaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_members` (
  `groupid` INT NOT NULL,
  `member` INT NOT NULL,
  PRIMARY KEY (`groupid`, `member`),
  CONSTRAINT `group_members_groupid_fkey` FOREIGN KEY (`groupid`) REFERENCES `groups` (`id`),
  CONSTRAINT `group_members_member_fkey` FOREIGN KEY (`member`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailboxes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `owner` INT,
  `uidnext` INT NOT NULL DEFAULT 1,
  `nextmodseq` BIGINT NOT NULL DEFAULT 1,
  `first_recent` INT NOT NULL DEFAULT 1,
  `uidvalidity` INT NOT NULL DEFAULT 1,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `flag` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mailboxes_name_key` (`name`),
  CONSTRAINT `mailboxes_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `aliases` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `address` INT NOT NULL,
  `mailbox` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `aliases_address_key` (`address`),
  CONSTRAINT `aliases_address_fkey` FOREIGN KEY (`address`) REFERENCES `addresses` (`id`),
  CONSTRAINT `aliases_mailbox_fkey` FOREIGN KEY (`mailbox`) REFERENCES `mailboxes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `mailbox` INT NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `rights` TEXT NOT NULL,
  PRIMARY KEY (`mailbox`, `identifier`),
  CONSTRAINT `permissions_mailbox_fkey` FOREIGN KEY (`mailbox`) REFERENCES `mailboxes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `thread_roots` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `messageid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thread_roots_messageid_key` (`messageid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `idate` INT NOT NULL,
  `rfc822size` INT,
  `thread_root` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `messages_thread_root_fkey` FOREIGN KEY (`thread_root`) REFERENCES `thread_roots` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailbox_messages` (
  `mailbox` INT NOT NULL,
  `uid` INT NOT NULL,
  `message` INT NOT NULL,
  `modseq` BIGINT NOT NULL,
  `seen` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`mailbox`, `uid`),
  KEY `mm_m` (`message`),
  CONSTRAINT `mailbox_messages_mailbox_fkey` FOREIGN KEY (`mailbox`) REFERENCES `mailboxes` (`id`),
  CONSTRAINT `mailbox_messages_message_fkey` FOREIGN KEY (`message`) REFERENCES `messages` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bodyparts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `bytes` INT NOT NULL,
  `hash` VARCHAR(255) NOT NULL,
  `text` TEXT,
  `data` LONGBLOB,
  PRIMARY KEY (`id`),
  KEY `b_h` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `part_numbers` (
  `message` INT NOT NULL,
  `part` VARCHAR(255) NOT NULL,
  `bodypart` INT,
  `bytes` INT,
  `lines` INT,
  PRIMARY KEY (`message`, `part`),
  KEY `pn_b` (`bodypart`),
  CONSTRAINT `part_numbers_bodypart_fkey` FOREIGN KEY (`bodypart`) REFERENCES `bodyparts` (`id`),
  CONSTRAINT `part_numbers_message_fkey` FOREIGN KEY (`message`) REFERENCES `messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `field_names` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `field_names_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- index hf_msgid is partial upstream (WHERE (field = 13): Message-ID fields); written as a plain prefix index
CREATE TABLE `header_fields` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `message` INT NOT NULL,
  `part` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL,
  `field` INT NOT NULL,
  `value` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `header_fields_message_part_position_field_key` (`message`, `part`, `position`, `field`),
  KEY `hf_msgid` (`value`(255)),
  CONSTRAINT `header_fields_field_fkey` FOREIGN KEY (`field`) REFERENCES `field_names` (`id`),
  CONSTRAINT `header_fields_message_part_fkey` FOREIGN KEY (`message`, `part`) REFERENCES `part_numbers` (`message`, `part`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address_fields` (
  `message` INT NOT NULL,
  `part` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL,
  `field` INT NOT NULL,
  `number` INT,
  `address` INT NOT NULL,
  KEY `af_mp` (`message`, `part`),
  CONSTRAINT `address_fields_address_fkey` FOREIGN KEY (`address`) REFERENCES `addresses` (`id`),
  CONSTRAINT `address_fields_message_part_fkey` FOREIGN KEY (`message`, `part`) REFERENCES `part_numbers` (`message`, `part`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `date_fields` (
  `message` INT NOT NULL,
  `value` DATETIME,
  KEY `df_m` (`message`),
  CONSTRAINT `date_fields_message_fkey` FOREIGN KEY (`message`) REFERENCES `messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- unique index fn_uname on lower(name) left out (an expression index)
CREATE TABLE `flag_names` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flags` (
  `mailbox` INT NOT NULL,
  `uid` INT NOT NULL,
  `flag` INT NOT NULL,
  KEY `fl_mu` (`mailbox`, `uid`),
  CONSTRAINT `flags_flag_fkey` FOREIGN KEY (`flag`) REFERENCES `flag_names` (`id`),
  CONSTRAINT `flags_mailbox_uid_fkey` FOREIGN KEY (`mailbox`, `uid`) REFERENCES `mailbox_messages` (`mailbox`, `uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner` INT NOT NULL,
  `mailbox` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_owner_mailbox_key` (`owner`, `mailbox`),
  CONSTRAINT `subscriptions_mailbox_fkey` FOREIGN KEY (`mailbox`) REFERENCES `mailboxes` (`id`),
  CONSTRAINT `subscriptions_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annotation_names` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `annotation_names_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annotations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mailbox` INT NOT NULL,
  `uid` INT NOT NULL,
  `owner` INT,
  `name` INT NOT NULL,
  `value` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `annotations_mailbox_uid_owner_name_key` (`mailbox`, `uid`, `owner`, `name`),
  CONSTRAINT `annotations_mailbox_uid_fkey` FOREIGN KEY (`mailbox`, `uid`) REFERENCES `mailbox_messages` (`mailbox`, `uid`) ON DELETE CASCADE,
  CONSTRAINT `annotations_name_fkey` FOREIGN KEY (`name`) REFERENCES `annotation_names` (`id`),
  CONSTRAINT `annotations_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scripts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner` INT NOT NULL,
  `name` VARCHAR(255),
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `script` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scripts_owner_name_key` (`owner`, `name`),
  CONSTRAINT `scripts_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deleted_messages` (
  `mailbox` INT NOT NULL,
  `uid` INT NOT NULL,
  `message` INT NOT NULL,
  `modseq` BIGINT NOT NULL,
  `deleted_by` INT,
  `deleted_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `reason` TEXT,
  PRIMARY KEY (`mailbox`, `uid`),
  KEY `dm_m` (`message`),
  KEY `dm_mm` (`mailbox`, `modseq`),
  KEY `dm_mud` (`mailbox`, `uid`, `deleted_at`),
  CONSTRAINT `deleted_messages_deleted_by_fkey` FOREIGN KEY (`deleted_by`) REFERENCES `users` (`id`),
  CONSTRAINT `deleted_messages_mailbox_fkey` FOREIGN KEY (`mailbox`) REFERENCES `mailboxes` (`id`),
  CONSTRAINT `deleted_messages_message_fkey` FOREIGN KEY (`message`) REFERENCES `messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deliveries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sender` INT NOT NULL,
  `message` INT NOT NULL,
  `injected_at` DATETIME,
  `expires_at` DATETIME,
  `deliver_after` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `deliveries_message_key` (`message`),
  CONSTRAINT `deliveries_message_fkey` FOREIGN KEY (`message`) REFERENCES `messages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `deliveries_sender_fkey` FOREIGN KEY (`sender`) REFERENCES `addresses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delivery_recipients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `delivery` INT NOT NULL,
  `recipient` INT NOT NULL,
  `last_attempt` DATETIME,
  `action` INT NOT NULL DEFAULT 0,
  `status` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `delivery_recipients_delivery_fkey` FOREIGN KEY (`delivery`) REFERENCES `deliveries` (`id`) ON DELETE CASCADE,
  CONSTRAINT `delivery_recipients_recipient_fkey` FOREIGN KEY (`recipient`) REFERENCES `addresses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_keys` (
  `userid` INT NOT NULL,
  `mailbox` INT NOT NULL,
  `key` TEXT NOT NULL,
  PRIMARY KEY (`userid`, `mailbox`),
  CONSTRAINT `access_keys_mailbox_fkey` FOREIGN KEY (`mailbox`) REFERENCES `mailboxes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_keys_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unparsed_messages` (
  `bodypart` INT NOT NULL,
  PRIMARY KEY (`bodypart`),
  CONSTRAINT `unparsed_messages_bodypart_fkey` FOREIGN KEY (`bodypart`) REFERENCES `bodyparts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `autoresponses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sent_from` INT NOT NULL,
  `sent_to` INT NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `handle` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `autoresponses_sent_from_fkey` FOREIGN KEY (`sent_from`) REFERENCES `addresses` (`id`),
  CONSTRAINT `autoresponses_sent_to_fkey` FOREIGN KEY (`sent_to`) REFERENCES `addresses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `connections` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` INT,
  `username` TEXT,
  `address` VARCHAR(45) NOT NULL,
  `port` INT NOT NULL,
  `mechanism` VARCHAR(255) NOT NULL,
  `authfailures` INT NOT NULL,
  `syntaxerrors` INT NOT NULL,
  `started_at` DATETIME NOT NULL,
  `ended_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fileinto_targets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `script` INT NOT NULL,
  `mailbox` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fileinto_targets_script_mailbox_key` (`script`, `mailbox`),
  CONSTRAINT `fileinto_targets_mailbox_fkey` FOREIGN KEY (`mailbox`) REFERENCES `mailboxes` (`id`),
  CONSTRAINT `fileinto_targets_script_fkey` FOREIGN KEY (`script`) REFERENCES `scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `thread_indexes` (
  `message` INT NOT NULL,
  `thread_index` VARCHAR(255),
  KEY `ti_outlook_hack` (`thread_index`),
  CONSTRAINT `thread_indexes_message_fkey` FOREIGN KEY (`message`) REFERENCES `messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `retention_policies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action` TEXT NOT NULL,
  `mailbox` INT,
  `duration` INT NOT NULL,
  `selector` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `rp_action` CHECK (`action` IN ('retain', 'delete')),
  CONSTRAINT `retention_policies_mailbox_fkey` FOREIGN KEY (`mailbox`) REFERENCES `mailboxes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `users` ADD CONSTRAINT `users_alias_fkey` FOREIGN KEY (`alias`) REFERENCES `aliases` (`id`);

-- BiblioteQ (Alexis Megas): library management system for small libraries (members, checkouts and reservations,
-- member reading history and its do-not-track switch, item requests, administrators; books, CDs, DVDs, journals,
-- magazines, grey literature, photograph collections, video games and their copies; lookups).
-- Source: github.com/textbrowser/biblioteq SQL/postgresql-create-schema.sql, commit
-- 9f158c873c4fc3a1d85ab932f2fd0bff6a9997d1 (BSD-3-Clause). Loaded into PostgreSQL 15 and written as MySQL DDL
-- from the catalogue: see biblioteq.md.
CREATE TABLE `admin` (
  `roles` TEXT NOT NULL,
  `username` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book` (
  `accession_number` TEXT,
  `alternate_id_1` TEXT,
  `author` TEXT NOT NULL,
  `back_cover` LONGBLOB,
  `binding_type` VARCHAR(32) NOT NULL,
  `callnumber` VARCHAR(64),
  `category` TEXT NOT NULL,
  `condition` TEXT,
  `date_of_reform` VARCHAR(32),
  `description` TEXT NOT NULL,
  `deweynumber` VARCHAR(64),
  `edition` VARCHAR(8) NOT NULL,
  `front_cover` LONGBLOB,
  `id` VARCHAR(32),
  `isbn13` VARCHAR(32),
  `keyword` TEXT,
  `language` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `lccontrolnumber` VARCHAR(64),
  `location` TEXT NOT NULL,
  `marc_tags` TEXT,
  `monetary_units` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `multivolume_set_isbn` VARCHAR(32),
  `myoid` BIGINT NOT NULL,
  `origin` TEXT,
  `originality` TEXT,
  `pdate` VARCHAR(32) NOT NULL,
  `place` TEXT NOT NULL,
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `publisher` TEXT NOT NULL,
  `purchase_date` VARCHAR(32),
  `quantity` INT NOT NULL DEFAULT 1,
  `series_title` TEXT,
  `target_audience` TEXT,
  `title` TEXT NOT NULL,
  `type` VARCHAR(16) NOT NULL DEFAULT 'Book',
  `url` TEXT,
  `volume_number` TEXT,
  UNIQUE KEY `book_id_key` (`id`),
  UNIQUE KEY `book_isbn13_key` (`isbn13`),
  UNIQUE KEY `book_myoid_key` (`myoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_copy_info` (
  `condition` TEXT,
  `copy_number` INT NOT NULL DEFAULT 1,
  `copyid` VARCHAR(64) NOT NULL,
  `item_oid` BIGINT NOT NULL,
  `myoid` BIGINT NOT NULL,
  `notes` TEXT,
  `originality` TEXT,
  `status` TEXT,
  PRIMARY KEY (`copyid`, `item_oid`),
  UNIQUE KEY `book_copy_info_myoid_key` (`myoid`),
  CONSTRAINT `book_copy_info_item_oid_fkey` FOREIGN KEY (`item_oid`) REFERENCES `book` (`myoid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_files` (
  `description` TEXT,
  `file` LONGBLOB NOT NULL,
  `file_digest` VARCHAR(255) NOT NULL,
  `file_name` TEXT NOT NULL,
  `item_oid` BIGINT NOT NULL,
  `myoid` BIGINT NOT NULL,
  PRIMARY KEY (`file_digest`, `item_oid`),
  CONSTRAINT `book_files_item_oid_fkey` FOREIGN KEY (`item_oid`) REFERENCES `book` (`myoid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd` (
  `accession_number` TEXT,
  `artist` TEXT NOT NULL,
  `back_cover` LONGBLOB,
  `category` TEXT NOT NULL,
  `cdaudio` VARCHAR(32) NOT NULL DEFAULT 'Mono',
  `cddiskcount` INT NOT NULL DEFAULT 1,
  `cdformat` VARCHAR(128) NOT NULL,
  `cdrecording` VARCHAR(32) NOT NULL DEFAULT 'Live',
  `cdruntime` VARCHAR(32) NOT NULL,
  `description` TEXT NOT NULL,
  `front_cover` LONGBLOB,
  `id` VARCHAR(32) NOT NULL,
  `keyword` TEXT,
  `language` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `location` TEXT NOT NULL,
  `monetary_units` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `myoid` BIGINT NOT NULL,
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `quantity` INT NOT NULL DEFAULT 1,
  `rdate` VARCHAR(32) NOT NULL,
  `recording_label` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `type` VARCHAR(16) NOT NULL DEFAULT 'CD',
  PRIMARY KEY (`id`),
  UNIQUE KEY `cd_myoid_key` (`myoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_copy_info` (
  `copy_number` INT NOT NULL DEFAULT 1,
  `copyid` VARCHAR(64) NOT NULL,
  `item_oid` BIGINT NOT NULL,
  `myoid` BIGINT NOT NULL,
  `notes` TEXT,
  `status` TEXT,
  PRIMARY KEY (`copyid`, `item_oid`),
  UNIQUE KEY `cd_copy_info_myoid_key` (`myoid`),
  CONSTRAINT `cd_copy_info_item_oid_fkey` FOREIGN KEY (`item_oid`) REFERENCES `cd` (`myoid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dvd` (
  `accession_number` TEXT,
  `back_cover` LONGBLOB,
  `category` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `dvdactor` TEXT NOT NULL,
  `dvdaspectratio` VARCHAR(64) NOT NULL,
  `dvddirector` TEXT NOT NULL,
  `dvddiskcount` INT NOT NULL DEFAULT 1,
  `dvdformat` TEXT NOT NULL,
  `dvdrating` VARCHAR(64) NOT NULL,
  `dvdregion` VARCHAR(64) NOT NULL,
  `dvdruntime` VARCHAR(32) NOT NULL,
  `front_cover` LONGBLOB,
  `id` VARCHAR(32) NOT NULL,
  `keyword` TEXT,
  `language` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `location` TEXT NOT NULL,
  `monetary_units` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `myoid` BIGINT NOT NULL,
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `quantity` INT NOT NULL DEFAULT 1,
  `rdate` VARCHAR(32) NOT NULL,
  `studio` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `type` VARCHAR(16) NOT NULL DEFAULT 'DVD',
  PRIMARY KEY (`id`),
  UNIQUE KEY `dvd_myoid_key` (`myoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dvd_copy_info` (
  `copy_number` INT NOT NULL DEFAULT 1,
  `copyid` VARCHAR(64) NOT NULL,
  `item_oid` BIGINT NOT NULL,
  `myoid` BIGINT NOT NULL,
  `notes` TEXT,
  `status` TEXT,
  PRIMARY KEY (`copyid`, `item_oid`),
  UNIQUE KEY `dvd_copy_info_myoid_key` (`myoid`),
  CONSTRAINT `dvd_copy_info_item_oid_fkey` FOREIGN KEY (`item_oid`) REFERENCES `dvd` (`myoid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grey_literature` (
  `author` TEXT NOT NULL,
  `client` TEXT,
  `document_code_a` TEXT NOT NULL,
  `document_code_b` TEXT NOT NULL,
  `document_date` TEXT NOT NULL,
  `document_id` VARCHAR(255) NOT NULL,
  `document_status` TEXT,
  `document_title` TEXT NOT NULL,
  `document_type` TEXT NOT NULL,
  `front_cover` LONGBLOB,
  `job_number` TEXT NOT NULL,
  `location` TEXT,
  `myoid` BIGINT NOT NULL,
  `notes` TEXT,
  `quantity` INT NOT NULL DEFAULT 1,
  `type` VARCHAR(16) NOT NULL DEFAULT 'Grey Literature',
  PRIMARY KEY (`document_id`),
  UNIQUE KEY `grey_literature_myoid_key` (`myoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journal` (
  `accession_number` TEXT,
  `back_cover` LONGBLOB,
  `callnumber` VARCHAR(64),
  `category` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `deweynumber` VARCHAR(64),
  `front_cover` LONGBLOB,
  `id` VARCHAR(32),
  `issueno` INT NOT NULL DEFAULT 0,
  `issuevolume` INT NOT NULL DEFAULT 0,
  `keyword` TEXT,
  `language` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `lccontrolnumber` VARCHAR(64),
  `location` TEXT NOT NULL,
  `marc_tags` TEXT,
  `monetary_units` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `myoid` BIGINT NOT NULL,
  `pdate` VARCHAR(32) NOT NULL,
  `place` TEXT NOT NULL,
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `publisher` TEXT NOT NULL,
  `quantity` INT NOT NULL DEFAULT 1,
  `title` TEXT NOT NULL,
  `type` VARCHAR(16) NOT NULL DEFAULT 'Journal',
  UNIQUE KEY `journal_id_issueno_issuevolume_key` (`id`, `issueno`, `issuevolume`),
  UNIQUE KEY `journal_myoid_key` (`myoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `magazine` (
  `accession_number` TEXT,
  `back_cover` LONGBLOB,
  `callnumber` VARCHAR(64),
  `category` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `deweynumber` VARCHAR(64),
  `front_cover` LONGBLOB,
  `id` VARCHAR(32),
  `issueno` INT NOT NULL DEFAULT 0,
  `issuevolume` INT NOT NULL DEFAULT 0,
  `keyword` TEXT,
  `language` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `lccontrolnumber` VARCHAR(64),
  `location` TEXT NOT NULL,
  `marc_tags` TEXT,
  `monetary_units` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `myoid` BIGINT NOT NULL,
  `pdate` VARCHAR(32) NOT NULL,
  `place` TEXT NOT NULL,
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `publisher` TEXT NOT NULL,
  `quantity` INT NOT NULL DEFAULT 1,
  `title` TEXT NOT NULL,
  `type` VARCHAR(16) NOT NULL DEFAULT 'Magazine',
  UNIQUE KEY `magazine_id_issueno_issuevolume_key` (`id`, `issueno`, `issuevolume`),
  UNIQUE KEY `magazine_myoid_key` (`myoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photograph_collection` (
  `about` TEXT,
  `accession_number` TEXT,
  `id` VARCHAR(255) NOT NULL,
  `image` LONGBLOB,
  `image_scaled` LONGBLOB,
  `location` TEXT NOT NULL,
  `myoid` BIGINT NOT NULL,
  `notes` TEXT,
  `title` TEXT NOT NULL,
  `type` VARCHAR(32) NOT NULL DEFAULT 'Photograph Collection',
  PRIMARY KEY (`id`),
  UNIQUE KEY `photograph_collection_myoid_key` (`myoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photograph` (
  `accession_number` TEXT,
  `callnumber` VARCHAR(64),
  `collection_oid` BIGINT NOT NULL,
  `copyright` TEXT NOT NULL,
  `creators` TEXT NOT NULL,
  `format` TEXT,
  `id` VARCHAR(255) NOT NULL,
  `image` LONGBLOB,
  `image_scaled` LONGBLOB,
  `medium` TEXT NOT NULL,
  `myoid` BIGINT NOT NULL,
  `notes` TEXT,
  `other_number` TEXT,
  `pdate` VARCHAR(32) NOT NULL,
  `quantity` INT NOT NULL DEFAULT 1,
  `reproduction_number` TEXT NOT NULL,
  `subjects` TEXT,
  `title` TEXT NOT NULL,
  PRIMARY KEY (`collection_oid`, `id`),
  UNIQUE KEY `photograph_myoid_key` (`myoid`),
  CONSTRAINT `photograph_collection_oid_fkey` FOREIGN KEY (`collection_oid`) REFERENCES `photograph_collection` (`myoid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `videogame` (
  `accession_number` TEXT,
  `back_cover` LONGBLOB,
  `description` TEXT NOT NULL,
  `developer` TEXT NOT NULL,
  `front_cover` LONGBLOB,
  `genre` TEXT NOT NULL,
  `id` VARCHAR(32) NOT NULL,
  `keyword` TEXT,
  `language` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `location` TEXT NOT NULL,
  `monetary_units` VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
  `myoid` BIGINT NOT NULL,
  `place` TEXT NOT NULL,
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `publisher` TEXT NOT NULL,
  `quantity` INT NOT NULL DEFAULT 1,
  `rdate` VARCHAR(32) NOT NULL,
  `title` TEXT NOT NULL,
  `type` VARCHAR(16) NOT NULL DEFAULT 'Video Game',
  `vgmode` VARCHAR(16) NOT NULL DEFAULT 'Multiplayer',
  `vgplatform` VARCHAR(64) NOT NULL,
  `vgrating` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `videogame_myoid_key` (`myoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member` (
  `city` VARCHAR(256) NOT NULL,
  `comments` TEXT,
  `dob` VARCHAR(32) NOT NULL,
  `email` VARCHAR(128),
  `expiration_date` VARCHAR(32) NOT NULL,
  `first_name` VARCHAR(128) NOT NULL,
  `general_registration_number` TEXT,
  `last_name` VARCHAR(128) NOT NULL,
  `maximum_reserved_books` INT NOT NULL DEFAULT 0,
  `maximum_reserved_cds` INT NOT NULL DEFAULT 0,
  `maximum_reserved_dvds` INT NOT NULL DEFAULT 0,
  `maximum_reserved_grey_literatures` INT NOT NULL DEFAULT 0,
  `maximum_reserved_journals` INT NOT NULL DEFAULT 0,
  `maximum_reserved_magazines` INT NOT NULL DEFAULT 0,
  `maximum_reserved_video_games` INT NOT NULL DEFAULT 0,
  `memberclass` TEXT,
  `memberid` VARCHAR(16) NOT NULL,
  `membership_fees` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `membersince` VARCHAR(32) NOT NULL,
  `middle_init` VARCHAR(1),
  `overdue_fees` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `sex` VARCHAR(32) NOT NULL DEFAULT 'Private',
  `state_abbr` VARCHAR(16) NOT NULL DEFAULT 'N/A',
  `street` VARCHAR(256) NOT NULL,
  `telephone_num` VARCHAR(32),
  `zip` VARCHAR(16) NOT NULL DEFAULT 'N/A',
  PRIMARY KEY (`memberid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_history` (
  `copyid` VARCHAR(64) NOT NULL,
  `duedate` VARCHAR(32) NOT NULL,
  `item_oid` BIGINT NOT NULL,
  `memberid` VARCHAR(16) NOT NULL,
  `myoid` BIGINT NOT NULL AUTO_INCREMENT,
  `reserved_by` VARCHAR(128) NOT NULL,
  `reserved_date` VARCHAR(32) NOT NULL,
  `returned_date` VARCHAR(32) NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`myoid`),
  CONSTRAINT `member_history_memberid_fkey` FOREIGN KEY (`memberid`) REFERENCES `member` (`memberid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_history_dnt` (
  `dnt` INT NOT NULL DEFAULT 1,
  `memberid` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`memberid`),
  CONSTRAINT `member_history_dnt_memberid_fkey` FOREIGN KEY (`memberid`) REFERENCES `member` (`memberid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_borrower` (
  `copy_number` INT NOT NULL DEFAULT 1,
  `copyid` VARCHAR(64) NOT NULL,
  `duedate` VARCHAR(32) NOT NULL,
  `item_oid` BIGINT NOT NULL,
  `memberid` VARCHAR(16) NOT NULL,
  `myoid` BIGINT NOT NULL AUTO_INCREMENT,
  `reserved_by` VARCHAR(128) NOT NULL,
  `reserved_date` VARCHAR(32) NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`myoid`),
  CONSTRAINT `item_borrower_memberid_fkey` FOREIGN KEY (`memberid`) REFERENCES `member` (`memberid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_request` (
  `item_oid` BIGINT NOT NULL,
  `memberid` VARCHAR(16) NOT NULL,
  `myoid` BIGINT NOT NULL,
  `requestdate` VARCHAR(32) NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`item_oid`, `memberid`, `type`),
  CONSTRAINT `item_request_memberid_fkey` FOREIGN KEY (`memberid`) REFERENCES `member` (`memberid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_binding_types` (
  `binding_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`binding_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_conditions` (
  `condition` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`condition`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `language` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`language`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `location` VARCHAR(255) NOT NULL,
  `type` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`location`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `monetary_units` (
  `monetary_unit` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`monetary_unit`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `minimum_days` (
  `days` INT NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `videogame_platforms` (
  `videogame_platform` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`videogame_platform`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

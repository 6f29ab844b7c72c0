-- collecting_society (C3S SCE, the Cultural Commons Collecting Society, with virtual things; the Tryton module
-- behind C3S's repertoire and licensing portal: artists and their payees, creations with contributions, rights and
-- collecting-society identifiers, releases and tracks, licensees' declarations and utilisations of music at events,
-- locations and websites, tariffs, collections, allocations and distributions, devices reporting fingerprints and
-- usage, the content archive; web users with roles and ACLs)
-- Upstream: github.com/C3S/collecting_society, commit c6a08d68d0fc1101eca07553e1288bb85a0f9290 (AGPL-3.0-or-later,
-- COPYRIGHT.rst; generators.py MIT)
-- How made: the module has no SQL; Tryton creates its tables from the model classes. It was activated with
-- `trytond-admin --activate-dependencies -u collecting_society` (trytond 6.6.14 and the 6.6 releases of country,
-- currency, party, company, product, account, account_product, account_invoice, bank, web_user from PyPI, the
-- versions its tryton.cfg asks for) on a scratch SQLite database; tables and their column order were read from that
-- database, types, NOT NULL (required fields), foreign keys (Many2One targets with their ondelete) and unique
-- constraints from the Tryton model classes, and written as MySQL DDL: char -> varchar(size or 255), selection and
-- reference -> varchar(255), boolean -> tinyint(1), numeric -> decimal(65,30), float -> double, timestamp ->
-- datetime(6), binary -> longblob, Many2One -> int. `create_uid`/`write_uid` get no foreign key (Tryton drops them);
-- foreign keys to tables left out (country_country, country_subdivision, company_company, company_employee,
-- currency_currency, product_product, account_invoice, ir_lang, ir_action) are left out; five foreign keys closing
-- reference cycles are added by ALTER TABLE at the end. CHECK constraints (`id_positive`) left out.
-- Kept: the 102 tables of the collecting_society models and 13 tables of the Tryton modules it extends or uses for
-- people (party_party, party_address, party_contact_mechanism, party_identifier, bank, bank_account,
-- bank_account_number, bank_account-party_party, res_user, res_user_login_attempt, web_user, web_user_session,
-- web_user_authenticate_attempt); the other 267 tables of the Tryton database (ir_*, res_* configuration, account,
-- product, company, currency, country ...) are left out. web_user.party is the column of web_user's Many2One, which
-- collecting_society turns into a One2One through web_user-party_party; the column stays in the table.

CREATE TABLE `web_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `create_date` datetime(6),
  `create_uid` int,
  `email` varchar(255),
  `email_token` varchar(255),
  `email_valid` tinyint(1),
  `party` int,
  `password_hash` varchar(255),
  `reset_password_token` varchar(255),
  `reset_password_token_expire` datetime(6),
  `write_date` datetime(6),
  `write_uid` int,
  `abuse_rank` int,
  `default_role` varchar(255),
  `new_email` varchar(255),
  `nickname` varchar(255),
  `opt_in_state` varchar(255),
  `opt_in_timestamp` datetime,
  `opt_in_uuid` varchar(255),
  `opt_out_timestamp` datetime,
  `picture_data` longblob,
  `picture_data_mime_type` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `web_user_email_exclude` (`email`),
  UNIQUE KEY `web_user_opt_in_uuid_uniq` (`opt_in_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ace` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `entity` varchar(255) NOT NULL,
  `web_user` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ace_web_user_entity_uniq` (`web_user`, `entity`),
  CONSTRAINT `ace_web_user_fkey` FOREIGN KEY (`web_user`) REFERENCES `web_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ace_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `name` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ace-ace_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ace` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `role` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `ace-ace_role_ace_fkey` FOREIGN KEY (`ace`) REFERENCES `ace` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ace-ace_role_role_fkey` FOREIGN KEY (`role`) REFERENCES `ace_role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ace_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `entity` varchar(255) NOT NULL,
  `name` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ace_permission_code_uniq` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ace_role-ace_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `permission` int NOT NULL,
  `role` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `ace_role-ace_permission_permission_fkey` FOREIGN KEY (`permission`) REFERENCES `ace_permission` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ace_role-ace_permission_role_fkey` FOREIGN KEY (`role`) REFERENCES `ace_role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `res_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `active` tinyint(1),
  `login` varchar(255) NOT NULL,
  `password` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `email` varchar(255),
  `language` int,
  `menu` int NOT NULL,
  `password_hash` varchar(255),
  `password_reset` varchar(255),
  `password_reset_expire` datetime(6),
  `signature` text,
  `write_date` datetime(6),
  `write_uid` int,
  `company` int,
  `company_filter` varchar(255),
  `employee` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `res_user_login_key` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `date` date NOT NULL,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `locked` tinyint(1),
  `time` datetime NOT NULL,
  `uuid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `collection_uuid_uniq` (`uuid`),
  CONSTRAINT `collection_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `res_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `distribution` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `date` date NOT NULL,
  `from_date` date,
  `thru_date` date,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `distribution_code_uniq` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bic` varchar(11),
  `create_date` datetime(6),
  `create_uid` int,
  `party` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_account` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `bank` int,
  `create_date` datetime(6),
  `create_uid` int,
  `currency` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `bank_account_bank_fkey` FOREIGN KEY (`bank`) REFERENCES `bank` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_account_number` (
  `id` int NOT NULL AUTO_INCREMENT,
  `account` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `number` varchar(255),
  `number_compact` varchar(255),
  `sequence` int,
  `type` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bank_account_number_number_iban_exclude` (`number_compact`),
  UNIQUE KEY `bank_account_number_account_iban_exclude` (`account`),
  CONSTRAINT `bank_account_number_account_fkey` FOREIGN KEY (`account`) REFERENCES `bank_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `bank_account_number` int,
  `claim_state` varchar(255),
  `code` varchar(255) NOT NULL,
  `commit_state` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `group` tinyint(1),
  `invitation_token` varchar(255),
  `name` varchar(255) NOT NULL,
  `oid` varchar(255) NOT NULL,
  `party` int,
  `payee` int,
  `payee_proposal` int,
  `picture_data` longblob,
  `picture_data_md5` varchar(255),
  `picture_data_mime_type` varchar(255),
  `picture_thumbnail_data` longblob,
  `valid_payee` tinyint(1),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `artist_code_uniq` (`code`),
  UNIQUE KEY `artist_invitation_token_uniq` (`invitation_token`),
  CONSTRAINT `artist_bank_account_number_fkey` FOREIGN KEY (`bank_account_number`) REFERENCES `bank_account_number` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_party` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `replaced_by` int,
  `write_date` datetime(6),
  `write_uid` int,
  `birthdate` date,
  `common_public_interest` varchar(255) NOT NULL,
  `default_solo_artist` int,
  `firstname` varchar(255),
  `lastname` varchar(255),
  `legal_person` tinyint(1),
  `member_c3s` tinyint(1),
  `member_c3s_token` varchar(255),
  `oid` varchar(255) NOT NULL,
  `repertoire_terms_accepted` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `party_party_code_uniq` (`code`),
  UNIQUE KEY `party_party_uuid_oid` (`oid`),
  CONSTRAINT `party_party_replaced_by_fkey` FOREIGN KEY (`replaced_by`) REFERENCES `party_party` (`id`) ON DELETE SET NULL,
  CONSTRAINT `party_party_default_solo_artist_fkey` FOREIGN KEY (`default_solo_artist`) REFERENCES `artist` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `allocation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `administration_fee` decimal(65,30),
  `collection` int NOT NULL,
  `company` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `distribution` int,
  `distribution_amount` decimal(65,30),
  `invoice_amount` decimal(65,30),
  `licensee` int,
  `locked` tinyint(1),
  `state` varchar(255) NOT NULL,
  `uuid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `allocation_uuid_uniq` (`uuid`),
  CONSTRAINT `allocation_collection_fkey` FOREIGN KEY (`collection`) REFERENCES `collection` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `allocation_distribution_fkey` FOREIGN KEY (`distribution`) REFERENCES `distribution` (`id`) ON DELETE SET NULL,
  CONSTRAINT `allocation_licensee_fkey` FOREIGN KEY (`licensee`) REFERENCES `party_party` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `allocation-account_invoice` (
  `id` int NOT NULL AUTO_INCREMENT,
  `allocation` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `invoice` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `allocation-account_invoice_allocation_fkey` FOREIGN KEY (`allocation`) REFERENCES `allocation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist-artist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `group_artist` int NOT NULL,
  `solo_artist` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `artist-artist_group_artist_fkey` FOREIGN KEY (`group_artist`) REFERENCES `artist` (`id`) ON DELETE CASCADE,
  CONSTRAINT `artist-artist_solo_artist_fkey` FOREIGN KEY (`solo_artist`) REFERENCES `artist` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `create_date` datetime(6),
  `create_uid` int,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `gvl_code` varchar(255),
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `party` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `label_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL,
  CONSTRAINT `label_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `publisher` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `create_date` datetime(6),
  `create_uid` int,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `party` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `publisher_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL,
  CONSTRAINT `publisher_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_indicators` (
  `id` int NOT NULL AUTO_INCREMENT,
  `copies` int,
  `create_date` datetime(6),
  `create_uid` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `claim_state` varchar(255),
  `code` varchar(255) NOT NULL,
  `commit_state` varchar(255),
  `confirmed_indicators` int,
  `copyright_date` date,
  `create_date` datetime(6),
  `create_uid` int,
  `distribution_territory` varchar(255),
  `entity_creator` int,
  `entity_origin` varchar(255),
  `label` int,
  `label_catalog_number` varchar(255),
  `oid` varchar(255) NOT NULL,
  `online_cancellation_date` date,
  `online_release_date` date,
  `picture_data` longblob,
  `picture_data_md5` varchar(255),
  `picture_data_mime_type` varchar(255),
  `picture_thumbnail_data` longblob,
  `production_date` date,
  `published` tinyint(1),
  `publisher` int,
  `release_cancellation_date` date,
  `release_date` date,
  `title` varchar(255),
  `type` varchar(255) NOT NULL,
  `warning` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `release_code_uniq` (`code`),
  CONSTRAINT `release_confirmed_indicators_fkey` FOREIGN KEY (`confirmed_indicators`) REFERENCES `release_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `release_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL,
  CONSTRAINT `release_label_fkey` FOREIGN KEY (`label`) REFERENCES `label` (`id`) ON DELETE SET NULL,
  CONSTRAINT `release_publisher_fkey` FOREIGN KEY (`publisher`) REFERENCES `publisher` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist-release` (
  `id` int NOT NULL AUTO_INCREMENT,
  `artist` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `release` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `artist-release_artist_fkey` FOREIGN KEY (`artist`) REFERENCES `artist` (`id`) ON DELETE CASCADE,
  CONSTRAINT `artist-release_release_fkey` FOREIGN KEY (`release`) REFERENCES `release` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist_cs_identifier_space` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `version` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist_cs_identifier` (
  `id` int NOT NULL AUTO_INCREMENT,
  `artist` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `id_code` varchar(255),
  `space` int NOT NULL,
  `valid_from` date,
  `valid_to` date,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `artist_cs_identifier_artist_fkey` FOREIGN KEY (`artist`) REFERENCES `artist` (`id`) ON DELETE CASCADE,
  CONSTRAINT `artist_cs_identifier_space_fkey` FOREIGN KEY (`space`) REFERENCES `artist_cs_identifier_space` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist_payee_acceptance` (
  `id` int NOT NULL AUTO_INCREMENT,
  `artist` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `party` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `artist_payee_acceptance_artist_fkey` FOREIGN KEY (`artist`) REFERENCES `artist` (`id`) ON DELETE CASCADE,
  CONSTRAINT `artist_payee_acceptance_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist_playlist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `artist` int,
  `create_date` datetime(6),
  `create_uid` int,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `oid` varchar(255) NOT NULL,
  `public` tinyint(1),
  `template` tinyint(1),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `artist_playlist_artist_fkey` FOREIGN KEY (`artist`) REFERENCES `artist` (`id`) ON DELETE SET NULL,
  CONSTRAINT `artist_playlist_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `artist` int,
  `claim_state` varchar(255),
  `code` varchar(255) NOT NULL,
  `commit_state` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `lyrics` text,
  `oid` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `creation_code_uniq` (`code`),
  CONSTRAINT `creation_artist_fkey` FOREIGN KEY (`artist`) REFERENCES `artist` (`id`) ON DELETE SET NULL,
  CONSTRAINT `creation_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist_playlist_item` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `creation` int NOT NULL,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `oid` varchar(255) NOT NULL,
  `playlist` int NOT NULL,
  `position` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `artist_playlist_item_creation_fkey` FOREIGN KEY (`creation`) REFERENCES `creation` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `artist_playlist_item_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL,
  CONSTRAINT `artist_playlist_item_playlist_fkey` FOREIGN KEY (`playlist`) REFERENCES `artist_playlist` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_account-party_party` (
  `id` int NOT NULL AUTO_INCREMENT,
  `account` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `owner` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `bank_account-party_party_account_fkey` FOREIGN KEY (`account`) REFERENCES `bank_account` (`id`) ON DELETE CASCADE,
  CONSTRAINT `bank_account-party_party_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `party_party` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checksum` (
  `id` int NOT NULL AUTO_INCREMENT,
  `algorithm` varchar(255),
  `begin` int,
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `end` int,
  `origin` varchar(255),
  `timestamp` datetime,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collecting_society` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255) NOT NULL,
  `oid` varchar(255) NOT NULL,
  `party` int,
  `represents_ancillary_copyright` tinyint(1),
  `represents_copyright` tinyint(1),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `collecting_society_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collecting_society_configuration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harddisk_filesystem_label` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `category` varchar(255) NOT NULL,
  `channels` int,
  `code` varchar(255) NOT NULL,
  `commit_state` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `creation` int,
  `duplicate_of` int,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `filesystem_label` int,
  `length` double,
  `mediation` tinyint(1),
  `metadata_artist` varchar(255),
  `metadata_release` varchar(255),
  `metadata_release_date` varchar(255),
  `metadata_title` varchar(255),
  `metadata_track_number` varchar(255),
  `mime_type` varchar(255),
  `most_similiar_artist` varchar(255),
  `most_similiar_content` int,
  `most_similiar_track` varchar(255),
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `path` varchar(255),
  `post_ingest_excerpt_score` int,
  `pre_ingest_excerpt_score` int,
  `preview_path` varchar(255),
  `processing_hostname` varchar(255),
  `processing_state` varchar(255),
  `rejection_reason` varchar(255),
  `rejection_reason_details` text,
  `sample_rate` int,
  `sample_width` int,
  `size` bigint,
  `storage_hostname` varchar(255),
  `uuid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `content_code_uniq` (`code`),
  UNIQUE KEY `content_uuid_uniq` (`uuid`),
  CONSTRAINT `content_creation_fkey` FOREIGN KEY (`creation`) REFERENCES `creation` (`id`) ON DELETE SET NULL,
  CONSTRAINT `content_duplicate_of_fkey` FOREIGN KEY (`duplicate_of`) REFERENCES `content` (`id`) ON DELETE SET NULL,
  CONSTRAINT `content_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL,
  CONSTRAINT `content_filesystem_label_fkey` FOREIGN KEY (`filesystem_label`) REFERENCES `harddisk_filesystem_label` (`id`) ON DELETE SET NULL,
  CONSTRAINT `content_most_similiar_content_fkey` FOREIGN KEY (`most_similiar_content`) REFERENCES `content` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_fingerprintlog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `fingerprinting_algorithm` varchar(255),
  `fingerprinting_version` varchar(255),
  `timestamp` datetime,
  `user` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `content_fingerprintlog_content_fkey` FOREIGN KEY (`content`) REFERENCES `content` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `content_fingerprintlog_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL,
  CONSTRAINT `content_fingerprintlog_user_fkey` FOREIGN KEY (`user`) REFERENCES `res_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_system_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `administration_product` int NOT NULL,
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `distribution_product` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tariff_system_category_code_uniq` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation-tariff_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `category` int NOT NULL,
  `collecting_society` int,
  `create_date` datetime(6),
  `create_uid` int,
  `creation` int NOT NULL,
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `creation-tariff_category_category_fkey` FOREIGN KEY (`category`) REFERENCES `tariff_system_category` (`id`) ON DELETE CASCADE,
  CONSTRAINT `creation-tariff_category_collecting_society_fkey` FOREIGN KEY (`collecting_society`) REFERENCES `collecting_society` (`id`) ON DELETE CASCADE,
  CONSTRAINT `creation-tariff_category_creation_fkey` FOREIGN KEY (`creation`) REFERENCES `creation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation_contribution` (
  `id` int NOT NULL AUTO_INCREMENT,
  `artist` int,
  `collecting_society` int,
  `create_date` datetime(6),
  `create_uid` int,
  `creation` int NOT NULL,
  `neighbouring_rights_society` int,
  `oid` varchar(255) NOT NULL,
  `performance` varchar(255),
  `type` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `creation_contribution_artist_fkey` FOREIGN KEY (`artist`) REFERENCES `artist` (`id`) ON DELETE CASCADE,
  CONSTRAINT `creation_contribution_collecting_society_fkey` FOREIGN KEY (`collecting_society`) REFERENCES `collecting_society` (`id`) ON DELETE SET NULL,
  CONSTRAINT `creation_contribution_creation_fkey` FOREIGN KEY (`creation`) REFERENCES `creation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `creation_contribution_neighbouring_rights_society_fkey` FOREIGN KEY (`neighbouring_rights_society`) REFERENCES `collecting_society` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `name` varchar(255) NOT NULL,
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `creation_role_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation_contribution-creation_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contribution` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `role` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `creation_contribution-creation_role_contribution_fkey` FOREIGN KEY (`contribution`) REFERENCES `creation_contribution` (`id`) ON DELETE CASCADE,
  CONSTRAINT `creation_contribution-creation_role_role_fkey` FOREIGN KEY (`role`) REFERENCES `creation_role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation_cs_identifier_space` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `version` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation_cs_identifier` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `creation` int NOT NULL,
  `id_code` varchar(255),
  `space` int NOT NULL,
  `valid_from` date,
  `valid_to` date,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `creation_cs_identifier_creation_fkey` FOREIGN KEY (`creation`) REFERENCES `creation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `creation_cs_identifier_space_fkey` FOREIGN KEY (`space`) REFERENCES `creation_cs_identifier_space` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation_original_derivative` (
  `id` int NOT NULL AUTO_INCREMENT,
  `allocation_type` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `derivative_creation` int NOT NULL,
  `oid` varchar(255) NOT NULL,
  `original_creation` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `creation_original_derivative_derivative_creation_fkey` FOREIGN KEY (`derivative_creation`) REFERENCES `creation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `creation_original_derivative_original_creation_fkey` FOREIGN KEY (`original_creation`) REFERENCES `creation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation_right` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collecting_society` int,
  `contribution` varchar(255),
  `country` int,
  `create_date` datetime(6),
  `create_uid` int,
  `oid` varchar(255) NOT NULL,
  `rightsholder` int NOT NULL,
  `rightsobject` int NOT NULL,
  `type_of_right` varchar(255) NOT NULL,
  `valid_from` date,
  `valid_to` date,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `creation_right_collecting_society_fkey` FOREIGN KEY (`collecting_society`) REFERENCES `collecting_society` (`id`) ON DELETE SET NULL,
  CONSTRAINT `creation_right_rightsholder_fkey` FOREIGN KEY (`rightsholder`) REFERENCES `artist` (`id`) ON DELETE CASCADE,
  CONSTRAINT `creation_right_rightsobject_fkey` FOREIGN KEY (`rightsobject`) REFERENCES `creation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation_right-creation_right` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `predecessor` int NOT NULL,
  `successor` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `creation_right-creation_right_predecessor_fkey` FOREIGN KEY (`predecessor`) REFERENCES `creation_right` (`id`) ON DELETE CASCADE,
  CONSTRAINT `creation_right-creation_right_successor_fkey` FOREIGN KEY (`successor`) REFERENCES `creation_right` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instrument` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creation_right-instrument` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `instrument` int NOT NULL,
  `right` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `creation_right-instrument_instrument_fkey` FOREIGN KEY (`instrument`) REFERENCES `instrument` (`id`) ON DELETE CASCADE,
  CONSTRAINT `creation_right-instrument_right_fkey` FOREIGN KEY (`right`) REFERENCES `creation_right` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `declaration_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_system` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `transitional_through` date,
  `valid_from` date,
  `valid_through` date,
  `version` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tariff_system_code_uniq` (`code`),
  UNIQUE KEY `tariff_system_version_uniq` (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_system_tariff` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `category` int NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `oid` varchar(255) NOT NULL,
  `system` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `tariff_system_tariff_category_fkey` FOREIGN KEY (`category`) REFERENCES `tariff_system_category` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `tariff_system_tariff_system_fkey` FOREIGN KEY (`system`) REFERENCES `tariff_system` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `declaration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `context` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `creation_time` datetime,
  `group` int,
  `licensee` int,
  `oid` varchar(255) NOT NULL,
  `period` varchar(255) NOT NULL,
  `state` varchar(255) NOT NULL,
  `tariff` int,
  `template` tinyint(1),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `declaration_group_fkey` FOREIGN KEY (`group`) REFERENCES `declaration_group` (`id`) ON DELETE SET NULL,
  CONSTRAINT `declaration_licensee_fkey` FOREIGN KEY (`licensee`) REFERENCES `party_party` (`id`) ON DELETE SET NULL,
  CONSTRAINT `declaration_tariff_fkey` FOREIGN KEY (`tariff`) REFERENCES `tariff_system_tariff` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `declaration_collection` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `declaration` int,
  `timestamp` datetime,
  `trigger` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `declaration_collection_declaration_fkey` FOREIGN KEY (`declaration`) REFERENCES `declaration` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `blocked` tinyint(1),
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `os_name` varchar(255),
  `os_version` varchar(255),
  `software_name` varchar(255),
  `software_vendor` varchar(255),
  `software_version` varchar(255),
  `uuid` varchar(255) NOT NULL,
  `web_user` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `device_uuid_uniq` (`uuid`),
  CONSTRAINT `device_web_user_fkey` FOREIGN KEY (`web_user`) REFERENCES `web_user` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_assignment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `assignment` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `device` int NOT NULL,
  `end` datetime,
  `start` datetime,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `device_assignment_device_fkey` FOREIGN KEY (`device`) REFERENCES `device` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_message` (
  `id` int NOT NULL AUTO_INCREMENT,
  `category` varchar(255),
  `content` varchar(255),
  `context` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `device` int,
  `direction` varchar(255),
  `timestamp` datetime,
  `uuid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `device_message_uuid_uniq` (`uuid`),
  CONSTRAINT `device_message_device_fkey` FOREIGN KEY (`device`) REFERENCES `device` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_message-device_message` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `next_message` int NOT NULL,
  `previous_message` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `device_message-device_message_next_message_fkey` FOREIGN KEY (`next_message`) REFERENCES `device_message` (`id`) ON DELETE CASCADE,
  CONSTRAINT `device_message-device_message_previous_message_fkey` FOREIGN KEY (`previous_message`) REFERENCES `device_message` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `website_resource_indicators` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `downloads` int,
  `streams` int,
  `turnover_ads` decimal(65,30),
  `turnover_sale` decimal(65,30),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `utilisation_creationlist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `complete` tinyint(1),
  `context` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `end` datetime,
  `known_ratio` decimal(65,30),
  `performer` int,
  `represented_ratio` decimal(65,30),
  `start` datetime,
  `total_indicators` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `utilisation_creationlist_performer_fkey` FOREIGN KEY (`performer`) REFERENCES `artist` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_creationlist_total_indicators_fkey` FOREIGN KEY (`total_indicators`) REFERENCES `website_resource_indicators` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_message_fingerprint_creationlist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `confirmed` tinyint(1),
  `context` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `end` datetime,
  `oid` varchar(255) NOT NULL,
  `start` datetime,
  `utilisation_creationlist` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `device_message_fingerprint_creationlist_utilisation_creationlist` FOREIGN KEY (`utilisation_creationlist`) REFERENCES `utilisation_creationlist` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_message_fingerprint_creationlist_item` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `creation` int,
  `creation_list` int,
  `oid` varchar(255) NOT NULL,
  `order` int,
  `timestamp` datetime,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `device_message_fingerprint_creationlist_item_creation_fkey` FOREIGN KEY (`creation`) REFERENCES `creation` (`id`) ON DELETE SET NULL,
  CONSTRAINT `device_message_fingerprint_creationlist_item_creation_list_fkey` FOREIGN KEY (`creation_list`) REFERENCES `device_message_fingerprint_creationlist` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_message_fingerprint` (
  `id` int NOT NULL AUTO_INCREMENT,
  `algorithm` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `data` text,
  `matched_creation` int,
  `matched_state` varchar(255),
  `merged_creation` int,
  `state` varchar(255),
  `timestamp` datetime,
  `version` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `device_message_fingerprint_matched_creation_fkey` FOREIGN KEY (`matched_creation`) REFERENCES `creation` (`id`) ON DELETE SET NULL,
  CONSTRAINT `device_message_fingerprint_merged_creation_fkey` FOREIGN KEY (`merged_creation`) REFERENCES `device_message_fingerprint_creationlist_item` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_message_usagereport` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `creation` int,
  `reported_indicators` int,
  `state` varchar(255),
  `timestamp` datetime,
  `utilisation_creation_list` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `device_message_usagereport_creation_fkey` FOREIGN KEY (`creation`) REFERENCES `creation` (`id`) ON DELETE SET NULL,
  CONSTRAINT `device_message_usagereport_reported_indicators_fkey` FOREIGN KEY (`reported_indicators`) REFERENCES `website_resource_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `device_message_usagereport_utilisation_creation_list_fkey` FOREIGN KEY (`utilisation_creation_list`) REFERENCES `utilisation_creationlist` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `distribution_plan` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `transitional_through` date,
  `valid_from` date,
  `valid_through` date,
  `version` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `distribution_plan_code_uniq` (`code`),
  UNIQUE KEY `distribution_plan_version_uniq` (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_indicators` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attendants` int,
  `create_date` datetime(6),
  `create_uid` int,
  `end` datetime,
  `expenses_musicians` decimal(65,30),
  `expenses_production` decimal(65,30),
  `start` datetime,
  `turnover_benefit` decimal(65,30),
  `turnover_tickets` decimal(65,30),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `name` varchar(255) NOT NULL,
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `location_category_code_uniq` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_indicators` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `turnover_gastronomy` decimal(65,30),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `category` int,
  `confirmed_indicators` int,
  `create_date` datetime(6),
  `create_uid` int,
  `entity_creator` int,
  `entity_origin` varchar(255),
  `estimated_indicators` int,
  `latitude` double,
  `longitude` double,
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `party` int,
  `public` tinyint(1),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `location_category_fkey` FOREIGN KEY (`category`) REFERENCES `location_category` (`id`) ON DELETE SET NULL,
  CONSTRAINT `location_confirmed_indicators_fkey` FOREIGN KEY (`confirmed_indicators`) REFERENCES `location_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `location_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL,
  CONSTRAINT `location_estimated_indicators_fkey` FOREIGN KEY (`estimated_indicators`) REFERENCES `location_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `location_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `confirmed_indicators` int,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `estimated_indicators` int,
  `location` int,
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_confirmed_indicators_fkey` FOREIGN KEY (`confirmed_indicators`) REFERENCES `event_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `event_estimated_indicators_fkey` FOREIGN KEY (`estimated_indicators`) REFERENCES `event_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `event_location_fkey` FOREIGN KEY (`location`) REFERENCES `location` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_performance` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `artist` int,
  `create_date` datetime(6),
  `create_uid` int,
  `end` datetime,
  `event` int,
  `oid` varchar(255) NOT NULL,
  `playlist` int,
  `start` datetime,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_performance_artist_fkey` FOREIGN KEY (`artist`) REFERENCES `artist` (`id`) ON DELETE SET NULL,
  CONSTRAINT `event_performance_event_fkey` FOREIGN KEY (`event`) REFERENCES `event` (`id`) ON DELETE SET NULL,
  CONSTRAINT `event_performance_playlist_fkey` FOREIGN KEY (`playlist`) REFERENCES `artist_playlist` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `genre` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harddisk_label` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storehouse` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `details` text,
  `user` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `storehouse_user_fkey` FOREIGN KEY (`user`) REFERENCES `res_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harddisk` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `checksum_harddisk` int,
  `closed` tinyint(1),
  `create_date` datetime(6),
  `create_uid` int,
  `label` int,
  `location` varchar(255),
  `online` tinyint(1),
  `raid_number` varchar(255),
  `raid_total` varchar(255),
  `raid_type` varchar(255),
  `state` varchar(255) NOT NULL,
  `storehouse` int,
  `user` int,
  `uuid_harddisk` varchar(255),
  `uuid_host` varchar(255),
  `version` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `harddisk_checksum_harddisk_fkey` FOREIGN KEY (`checksum_harddisk`) REFERENCES `checksum` (`id`) ON DELETE SET NULL,
  CONSTRAINT `harddisk_label_fkey` FOREIGN KEY (`label`) REFERENCES `harddisk_label` (`id`) ON DELETE SET NULL,
  CONSTRAINT `harddisk_storehouse_fkey` FOREIGN KEY (`storehouse`) REFERENCES `storehouse` (`id`) ON DELETE SET NULL,
  CONSTRAINT `harddisk_user_fkey` FOREIGN KEY (`user`) REFERENCES `res_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harddisk_filesystem` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `checksum_crypto` int,
  `checksum_filesystem` int,
  `checksum_lvm` int,
  `checksum_partition` int,
  `checksum_raid` int,
  `checksum_raid_sub` int,
  `closed` tinyint(1),
  `create_date` datetime(6),
  `create_uid` int,
  `harddisk` int,
  `label` int,
  `partition_number` int,
  `uuid_crypto` varchar(255),
  `uuid_filesystem` varchar(255),
  `uuid_lvm` varchar(255),
  `uuid_partition` varchar(255),
  `uuid_raid` varchar(255),
  `uuid_raid_sub` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `harddisk_filesystem_checksum_crypto_fkey` FOREIGN KEY (`checksum_crypto`) REFERENCES `checksum` (`id`) ON DELETE SET NULL,
  CONSTRAINT `harddisk_filesystem_checksum_filesystem_fkey` FOREIGN KEY (`checksum_filesystem`) REFERENCES `checksum` (`id`) ON DELETE SET NULL,
  CONSTRAINT `harddisk_filesystem_checksum_lvm_fkey` FOREIGN KEY (`checksum_lvm`) REFERENCES `checksum` (`id`) ON DELETE SET NULL,
  CONSTRAINT `harddisk_filesystem_checksum_partition_fkey` FOREIGN KEY (`checksum_partition`) REFERENCES `checksum` (`id`) ON DELETE SET NULL,
  CONSTRAINT `harddisk_filesystem_checksum_raid_fkey` FOREIGN KEY (`checksum_raid`) REFERENCES `checksum` (`id`) ON DELETE SET NULL,
  CONSTRAINT `harddisk_filesystem_checksum_raid_sub_fkey` FOREIGN KEY (`checksum_raid_sub`) REFERENCES `checksum` (`id`) ON DELETE SET NULL,
  CONSTRAINT `harddisk_filesystem_harddisk_fkey` FOREIGN KEY (`harddisk`) REFERENCES `harddisk` (`id`) ON DELETE SET NULL,
  CONSTRAINT `harddisk_filesystem_label_fkey` FOREIGN KEY (`label`) REFERENCES `harddisk_filesystem_label` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harddisk_test` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `harddisk` int NOT NULL,
  `status` varchar(255) NOT NULL,
  `timestamp` datetime NOT NULL,
  `user` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `harddisk_test_harddisk_fkey` FOREIGN KEY (`harddisk`) REFERENCES `harddisk` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `harddisk_test_user_fkey` FOREIGN KEY (`user`) REFERENCES `res_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `code` varchar(255) NOT NULL,
  `country` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `freedom_rank` int,
  `link` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `oid` varchar(255) NOT NULL,
  `version` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_code_uniq` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_indicators_period` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `end_time` time NOT NULL,
  `end_weekday` varchar(255) NOT NULL,
  `location_indicators` int,
  `oid` varchar(255) NOT NULL,
  `start_time` time NOT NULL,
  `start_weekday` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `location_indicators_period_location_indicators_fkey` FOREIGN KEY (`location_indicators`) REFERENCES `location_indicators` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_space_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `name` varchar(255) NOT NULL,
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `location_space_category_code_uniq` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_space_indicators` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `size` double,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_space` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `category` int,
  `confirmed_indicators` int,
  `create_date` datetime(6),
  `create_uid` int,
  `estimated_indicators` int,
  `location` int,
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `location_space_category_fkey` FOREIGN KEY (`category`) REFERENCES `location_space_category` (`id`) ON DELETE SET NULL,
  CONSTRAINT `location_space_confirmed_indicators_fkey` FOREIGN KEY (`confirmed_indicators`) REFERENCES `location_space_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `location_space_estimated_indicators_fkey` FOREIGN KEY (`estimated_indicators`) REFERENCES `location_space_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `location_space_location_fkey` FOREIGN KEY (`location`) REFERENCES `location` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_address` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `city` varchar(255),
  `country` int,
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `party` int NOT NULL,
  `party_name` varchar(255),
  `postal_code` varchar(255),
  `sequence` int,
  `street` text,
  `subdivision` int,
  `write_date` datetime(6),
  `write_uid` int,
  `invoice` tinyint(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `party_address_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_contact_mechanism` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `address` int,
  `comment` text,
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `party` int NOT NULL,
  `sequence` int,
  `type` varchar(255) NOT NULL,
  `value` varchar(255),
  `value_compact` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  `invoice` tinyint(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `party_contact_mechanism_address_fkey` FOREIGN KEY (`address`) REFERENCES `party_address` (`id`) ON DELETE CASCADE,
  CONSTRAINT `party_contact_mechanism_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_cs_identifier_space` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `version` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_cs_identifier` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `id_code` varchar(255),
  `party` int NOT NULL,
  `space` int NOT NULL,
  `valid_from` date,
  `valid_to` date,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `party_cs_identifier_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE CASCADE,
  CONSTRAINT `party_cs_identifier_space_fkey` FOREIGN KEY (`space`) REFERENCES `party_cs_identifier_space` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_identifier` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `address` int,
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `party` int NOT NULL,
  `sequence` int,
  `type` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `party_identifier_address_fkey` FOREIGN KEY (`address`) REFERENCES `party_address` (`id`) ON DELETE CASCADE,
  CONSTRAINT `party_identifier_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release-genre` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `genre` int NOT NULL,
  `release` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `release-genre_genre_fkey` FOREIGN KEY (`genre`) REFERENCES `genre` (`id`) ON DELETE CASCADE,
  CONSTRAINT `release-genre_release_fkey` FOREIGN KEY (`release`) REFERENCES `release` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `style` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release-style` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `release` int NOT NULL,
  `style` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `release-style_release_fkey` FOREIGN KEY (`release`) REFERENCES `release` (`id`) ON DELETE CASCADE,
  CONSTRAINT `release-style_style_fkey` FOREIGN KEY (`style`) REFERENCES `style` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_cs_identifier_space` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `version` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_cs_identifier` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `id_code` varchar(255),
  `release` int NOT NULL,
  `space` int NOT NULL,
  `valid_from` date,
  `valid_to` date,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `release_cs_identifier_release_fkey` FOREIGN KEY (`release`) REFERENCES `release` (`id`) ON DELETE CASCADE,
  CONSTRAINT `release_cs_identifier_space_fkey` FOREIGN KEY (`space`) REFERENCES `release_cs_identifier_space` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_right` (
  `id` int NOT NULL AUTO_INCREMENT,
  `collecting_society` int,
  `country` int,
  `create_date` datetime(6),
  `create_uid` int,
  `rightsholder` int NOT NULL,
  `rightsobject` int NOT NULL,
  `type_of_right` varchar(255) NOT NULL,
  `valid_from` date,
  `valid_to` date,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `release_right_collecting_society_fkey` FOREIGN KEY (`collecting_society`) REFERENCES `collecting_society` (`id`) ON DELETE SET NULL,
  CONSTRAINT `release_right_rightsholder_fkey` FOREIGN KEY (`rightsholder`) REFERENCES `artist` (`id`) ON DELETE CASCADE,
  CONSTRAINT `release_right_rightsobject_fkey` FOREIGN KEY (`rightsobject`) REFERENCES `release` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_right-release_right` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `predecessor` int NOT NULL,
  `successor` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `release_right-release_right_predecessor_fkey` FOREIGN KEY (`predecessor`) REFERENCES `release_right` (`id`) ON DELETE CASCADE,
  CONSTRAINT `release_right-release_right_successor_fkey` FOREIGN KEY (`successor`) REFERENCES `release_right` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_track` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `creation` int NOT NULL,
  `license` int,
  `medium_number` int,
  `oid` varchar(255) NOT NULL,
  `release` int NOT NULL,
  `title` varchar(255),
  `track_number` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `release_track_creation_fkey` FOREIGN KEY (`creation`) REFERENCES `creation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `release_track_license_fkey` FOREIGN KEY (`license`) REFERENCES `license` (`id`) ON DELETE SET NULL,
  CONSTRAINT `release_track_release_fkey` FOREIGN KEY (`release`) REFERENCES `release` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `res_user_login_attempt` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `device_cookie` varchar(255),
  `ip_address` varchar(255),
  `ip_network` varchar(255),
  `login` varchar(512),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_system_tariff_adjustment_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `operation` varchar(255) NOT NULL,
  `priority` int NOT NULL,
  `value_default` double,
  `value_max` double,
  `value_min` double,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_category-tariff_adjustment_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `tariff_adjustment_category` int NOT NULL,
  `tariff_category` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `tariff_category-tariff_adjustment_category_tariff_adjustment_cat` FOREIGN KEY (`tariff_adjustment_category`) REFERENCES `tariff_system_tariff_adjustment_category` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tariff_category-tariff_adjustment_category_tariff_category_fkey` FOREIGN KEY (`tariff_category`) REFERENCES `tariff_system_category` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_system_tariff_relevance_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `value_default` double,
  `value_max` double,
  `value_min` double,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_category-tariff_relevance_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `tariff_category` int NOT NULL,
  `tariff_relevance_category` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `tariff_category-tariff_relevance_category_tariff_category_fkey` FOREIGN KEY (`tariff_category`) REFERENCES `tariff_system_category` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tariff_category-tariff_relevance_category_tariff_relevance_categ` FOREIGN KEY (`tariff_relevance_category`) REFERENCES `tariff_system_tariff_relevance_category` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_system_tariff_relevance` (
  `id` int NOT NULL AUTO_INCREMENT,
  `category` int,
  `create_date` datetime(6),
  `create_uid` int,
  `deviation` tinyint(1),
  `deviation_reason` text,
  `oid` varchar(255) NOT NULL,
  `value` double NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `tariff_system_tariff_relevance_category_fkey` FOREIGN KEY (`category`) REFERENCES `tariff_system_tariff_relevance_category` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `utilisation_indicators` (
  `id` int NOT NULL AUTO_INCREMENT,
  `administration_fee` decimal(65,30),
  `base` decimal(65,30),
  `create_date` datetime(6),
  `create_uid` int,
  `distribution_amount` decimal(65,30),
  `invoice_amount` decimal(65,30),
  `relevance` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `utilisation_indicators_relevance_fkey` FOREIGN KEY (`relevance`) REFERENCES `tariff_system_tariff_relevance` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tariff_system_tariff_adjustment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `category` int,
  `create_date` datetime(6),
  `create_uid` int,
  `deviation` tinyint(1),
  `deviation_reason` text,
  `oid` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `utilisation_indicators` int,
  `value` double NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `tariff_system_tariff_adjustment_category_fkey` FOREIGN KEY (`category`) REFERENCES `tariff_system_tariff_adjustment_category` (`id`) ON DELETE SET NULL,
  CONSTRAINT `tariff_system_tariff_adjustment_utilisation_indicators_fkey` FOREIGN KEY (`utilisation_indicators`) REFERENCES `utilisation_indicators` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `utilisation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `allocation` int,
  `code` varchar(255) NOT NULL,
  `confirmation` varchar(255),
  `confirmed_indicators` int,
  `confirmed_location_indicators` int,
  `confirmed_location_space_indicators` int,
  `context` varchar(255),
  `create_date` datetime(6),
  `create_uid` int,
  `creation_list` int,
  `declaration` int,
  `declaration_collection` int,
  `distribution_plan` int,
  `end_override` datetime,
  `estimated_indicators` int,
  `licensee` int,
  `locked` tinyint(1),
  `oid` varchar(255) NOT NULL,
  `start_override` datetime,
  `state` varchar(255) NOT NULL,
  `tariff` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `utilisation_code_uniq` (`code`),
  CONSTRAINT `utilisation_allocation_fkey` FOREIGN KEY (`allocation`) REFERENCES `allocation` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_confirmed_indicators_fkey` FOREIGN KEY (`confirmed_indicators`) REFERENCES `utilisation_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_confirmed_location_indicators_fkey` FOREIGN KEY (`confirmed_location_indicators`) REFERENCES `location_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_confirmed_location_space_indicators_fkey` FOREIGN KEY (`confirmed_location_space_indicators`) REFERENCES `location_space_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_creation_list_fkey` FOREIGN KEY (`creation_list`) REFERENCES `utilisation_creationlist` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_declaration_fkey` FOREIGN KEY (`declaration`) REFERENCES `declaration` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_declaration_collection_fkey` FOREIGN KEY (`declaration_collection`) REFERENCES `declaration_collection` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_distribution_plan_fkey` FOREIGN KEY (`distribution_plan`) REFERENCES `distribution_plan` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_estimated_indicators_fkey` FOREIGN KEY (`estimated_indicators`) REFERENCES `utilisation_indicators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_licensee_fkey` FOREIGN KEY (`licensee`) REFERENCES `party_party` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_tariff_fkey` FOREIGN KEY (`tariff`) REFERENCES `tariff_system_tariff` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `utilisation_creationlist_item` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `creation` int,
  `creationlist` int,
  `weight` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `utilisation_creationlist_item_creation_fkey` FOREIGN KEY (`creation`) REFERENCES `creation` (`id`) ON DELETE SET NULL,
  CONSTRAINT `utilisation_creationlist_item_creationlist_fkey` FOREIGN KEY (`creationlist`) REFERENCES `utilisation_creationlist` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `web_user-party_party` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `party` int NOT NULL,
  `user` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `web_user-party_party_user_uniq` (`user`),
  UNIQUE KEY `web_user-party_party_party_uniq` (`party`),
  CONSTRAINT `web_user-party_party_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE CASCADE,
  CONSTRAINT `web_user-party_party_user_fkey` FOREIGN KEY (`user`) REFERENCES `web_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `web_user-res_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `res_user` int NOT NULL,
  `web_user` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `web_user-res_user_web_user_uniq` (`web_user`),
  UNIQUE KEY `web_user-res_user_res_user_uniq` (`res_user`),
  CONSTRAINT `web_user-res_user_res_user_fkey` FOREIGN KEY (`res_user`) REFERENCES `res_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `web_user-res_user_web_user_fkey` FOREIGN KEY (`web_user`) REFERENCES `web_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `web_user_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `web_user-web_user_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `role` int NOT NULL,
  `user` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `web_user-web_user_role_role_fkey` FOREIGN KEY (`role`) REFERENCES `web_user_role` (`id`) ON DELETE CASCADE,
  CONSTRAINT `web_user-web_user_role_user_fkey` FOREIGN KEY (`user`) REFERENCES `web_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `web_user_authenticate_attempt` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `device_cookie` varchar(255),
  `ip_address` varchar(255),
  `ip_network` varchar(255),
  `login` varchar(512),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `web_user_session` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `key` varchar(255) NOT NULL,
  `user` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `web_user_session_key_unique` (`key`),
  CONSTRAINT `web_user_session_user_fkey` FOREIGN KEY (`user`) REFERENCES `web_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `website_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `name` varchar(255) NOT NULL,
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_category_code_uniq` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `website` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `category` int,
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `party` int,
  `url` varchar(255),
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `website_category_fkey` FOREIGN KEY (`category`) REFERENCES `website_category` (`id`) ON DELETE SET NULL,
  CONSTRAINT `website_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `website_resource_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `code` varchar(255) NOT NULL,
  `create_date` datetime(6),
  `create_uid` int,
  `description` text,
  `name` varchar(255) NOT NULL,
  `oid` varchar(255) NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_resource_category_code_uniq` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `website_category-website_resource_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `website_category` int NOT NULL,
  `website_resource_category` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `website_category-website_resource_category_website_category_fkey` FOREIGN KEY (`website_category`) REFERENCES `website_category` (`id`) ON DELETE CASCADE,
  CONSTRAINT `website_category-website_resource_category_website_resource_cate` FOREIGN KEY (`website_resource_category`) REFERENCES `website_resource_category` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `website_resource` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `category` int,
  `create_date` datetime(6),
  `create_uid` int,
  `name` varchar(255),
  `oid` varchar(255) NOT NULL,
  `url` varchar(255),
  `uuid` varchar(255) NOT NULL,
  `website` int,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_resource_uuid_uniq` (`uuid`),
  CONSTRAINT `website_resource_category_fkey` FOREIGN KEY (`category`) REFERENCES `website_resource_category` (`id`) ON DELETE SET NULL,
  CONSTRAINT `website_resource_website_fkey` FOREIGN KEY (`website`) REFERENCES `website` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `website_resource-creation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6),
  `create_uid` int,
  `creation` int NOT NULL,
  `resource` int NOT NULL,
  `write_date` datetime(6),
  `write_uid` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `website_resource-creation_creation_fkey` FOREIGN KEY (`creation`) REFERENCES `creation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `website_resource-creation_resource_fkey` FOREIGN KEY (`resource`) REFERENCES `website_resource` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- foreign keys closing reference cycles
ALTER TABLE `bank` ADD CONSTRAINT `bank_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE CASCADE;
ALTER TABLE `artist` ADD CONSTRAINT `artist_entity_creator_fkey` FOREIGN KEY (`entity_creator`) REFERENCES `party_party` (`id`) ON DELETE SET NULL;
ALTER TABLE `artist` ADD CONSTRAINT `artist_party_fkey` FOREIGN KEY (`party`) REFERENCES `party_party` (`id`) ON DELETE SET NULL;
ALTER TABLE `artist` ADD CONSTRAINT `artist_payee_fkey` FOREIGN KEY (`payee`) REFERENCES `party_party` (`id`) ON DELETE SET NULL;
ALTER TABLE `artist` ADD CONSTRAINT `artist_payee_proposal_fkey` FOREIGN KEY (`payee_proposal`) REFERENCES `party_party` (`id`) ON DELETE SET NULL;

-- Ekklesia Portal 24.2.0 (edemocracy/ekklesia-portal; used by Pirate Parties for members' motions, online
-- votings and party-congress ballots) — MySQL/MariaDB DDL.
-- Source: upstream's own PostgreSQL schema dump tests/test_db.sql (pg_dump of the database that the SQLAlchemy
-- models src/ekklesia_portal/datamodel.py create, last changed in commit 2fc56ebaf4e7281c3fe9d297e271a15291e3d06b),
-- read at commit e2585a7ea0226c60073867960dbf830bbcce9c14 (AGPL-3.0); the models' schema is unchanged between the two.
-- Written as MySQL: integer / bigint identity -> INT / BIGINT AUTO_INCREMENT, text -> TEXT (VARCHAR(255) where the
-- column is part of a primary key), varchar(n) -> VARCHAR(n), timestamp -> DATETIME, time -> TIME, boolean ->
-- TINYINT(1), numeric(3,2) -> DECIMAL(3,2), json/jsonb -> JSON, tsvector -> TEXT, the PostgreSQL enum types ->
-- ENUM(...), now() defaults -> CURRENT_TIMESTAMP. Primary keys, unique constraints and foreign keys are the dump's
-- (upstream's naming convention); the two CHECK constraints of `propositions` and `votingphases`, the GIN index on
-- `propositions.search_vector`, its trigger and the PL/pgSQL search helper functions are left out. The dump's
-- `voting_module` table is left out: migration d3e7679ab5e3 drops it and the models no longer have it.
-- Tables appear in foreign-key order (referenced tables first); column order is the dump's.

CREATE TABLE `alembic_version` (
  `version_num` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `departments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `exporter_settings` JSON DEFAULT '{}',
  `voting_module_settings` JSON DEFAULT '{}',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_departments_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subjectareas` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `department_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_subjectareas_department_id_departments` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `email` VARCHAR(255),
  `auth_type` TEXT NOT NULL DEFAULT 'system',
  `joined` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `last_active` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `can_login_until` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_email` (`email`),
  UNIQUE KEY `uq_users_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `areamembers` (
  `area_id` INT NOT NULL,
  `member_id` INT NOT NULL,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`area_id`, `member_id`),
  CONSTRAINT `fk_areamembers_area_id_subjectareas` FOREIGN KEY (`area_id`) REFERENCES `subjectareas` (`id`),
  CONSTRAINT `fk_areamembers_member_id_users` FOREIGN KEY (`member_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `arguments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `abstract` TEXT NOT NULL,
  `details` TEXT,
  `author_id` INT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_arguments_author_id_users` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT DEFAULT '',
  `majority` ENUM('SIMPLE', 'TWO_THIRDS'),
  `proposition_expiration` INT,
  `qualification_minimum` INT,
  `qualification_quorum` DECIMAL(3,2),
  `range_max` INT,
  `range_small_max` INT,
  `range_small_options` INT,
  `secret_minimum` INT,
  `secret_quorum` DECIMAL(3,2),
  `submitter_minimum` INT,
  `voting_duration` INT,
  `voting_system` ENUM('RANGE_APPROVAL'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_policies_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `propositiontypes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `abbreviation` TEXT NOT NULL,
  `description` TEXT DEFAULT '',
  `policy_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_propositiontypes_abbreviation` (`abbreviation`),
  UNIQUE KEY `uq_propositiontypes_name` (`name`),
  CONSTRAINT `fk_propositiontypes_policy_id_policies` FOREIGN KEY (`policy_id`) REFERENCES `policies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `voting_phase_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT DEFAULT '',
  `abbreviation` TEXT DEFAULT '',
  `secret_voting_possible` TINYINT(1) NOT NULL,
  `voting_type` ENUM('ONLINE', 'ASSEMBLY', 'BOARD', 'URN') NOT NULL,
  `description` TEXT DEFAULT '',
  `voting_days` INT,
  `registration_start_days` INT,
  `registration_end_days` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `votingphases` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` ENUM('PREPARING', 'VOTING', 'FINISHED', 'ABORTED') NOT NULL DEFAULT 'PREPARING',
  `target` DATETIME,
  `department_id` INT NOT NULL,
  `phase_type_id` INT NOT NULL,
  `secret` TINYINT(1) NOT NULL DEFAULT 0,
  `name` TEXT DEFAULT '',
  `title` TEXT DEFAULT '',
  `description` TEXT DEFAULT '',
  `voting_module_data` JSON DEFAULT '{}',
  `voting_days` INT,
  `registration_start_days` INT,
  `registration_end_days` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_votingphases_department_id_departments` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`),
  CONSTRAINT `fk_votingphases_phase_type_id_voting_phase_types` FOREIGN KEY (`phase_type_id`) REFERENCES `voting_phase_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ballots` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `election` INT NOT NULL DEFAULT 0,
  `voting_type` ENUM('ONLINE', 'ASSEMBLY', 'BOARD', 'URN'),
  `proposition_type_id` INT,
  `area_id` INT,
  `voting_id` INT,
  `result` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ballots_area_id_subjectareas` FOREIGN KEY (`area_id`) REFERENCES `subjectareas` (`id`),
  CONSTRAINT `fk_ballots_proposition_type_id_propositiontypes` FOREIGN KEY (`proposition_type_id`) REFERENCES `propositiontypes` (`id`),
  CONSTRAINT `fk_ballots_voting_id_votingphases` FOREIGN KEY (`voting_id`) REFERENCES `votingphases` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `propositions` (
  `id` BIGINT NOT NULL,
  `title` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `abstract` TEXT NOT NULL DEFAULT '',
  `motivation` TEXT NOT NULL DEFAULT '',
  `voting_identifier` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `submitted_at` DATETIME,
  `qualified_at` DATETIME,
  `status` ENUM('DRAFT', 'SUBMITTED', 'CHANGING', 'ABANDONED', 'QUALIFIED', 'SCHEDULED', 'VOTING', 'FINISHED') NOT NULL DEFAULT 'DRAFT',
  `submitter_invitation_key` TEXT,
  `author_id` INT,
  `ballot_id` INT NOT NULL,
  `modifies_id` BIGINT,
  `replaces_id` BIGINT,
  `external_discussion_url` TEXT,
  `external_fields` JSON DEFAULT '{}',
  `visibility` ENUM('PUBLIC', 'UNLISTED', 'HIDDEN') NOT NULL DEFAULT 'PUBLIC',
  `search_vector` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_propositions_author_id_users` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_propositions_ballot_id_ballots` FOREIGN KEY (`ballot_id`) REFERENCES `ballots` (`id`),
  CONSTRAINT `fk_propositions_modifies_id_propositions` FOREIGN KEY (`modifies_id`) REFERENCES `propositions` (`id`),
  CONSTRAINT `fk_propositions_replaces_id_propositions` FOREIGN KEY (`replaces_id`) REFERENCES `propositions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `argumentrelations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `parent_id` INT,
  `argument_id` INT,
  `proposition_id` BIGINT,
  `argument_type` ENUM('PRO', 'CONTRA') NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_argumentrelations_argument_id_arguments` FOREIGN KEY (`argument_id`) REFERENCES `arguments` (`id`),
  CONSTRAINT `fk_argumentrelations_parent_id_argumentrelations` FOREIGN KEY (`parent_id`) REFERENCES `argumentrelations` (`id`),
  CONSTRAINT `fk_argumentrelations_proposition_id_propositions` FOREIGN KEY (`proposition_id`) REFERENCES `propositions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `argumentvotes` (
  `member_id` INT NOT NULL,
  `relation_id` INT NOT NULL,
  `weight` INT NOT NULL,
  PRIMARY KEY (`member_id`, `relation_id`),
  CONSTRAINT `fk_argumentvotes_member_id_users` FOREIGN KEY (`member_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_argumentvotes_relation_id_argumentrelations` FOREIGN KEY (`relation_id`) REFERENCES `argumentrelations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `lang` TEXT,
  `area_id` INT,
  `text` TEXT,
  `description` TEXT,
  `proposition_type_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_document_name` (`name`, `lang`, `area_id`),
  CONSTRAINT `fk_document_area_id_subjectareas` FOREIGN KEY (`area_id`) REFERENCES `subjectareas` (`id`),
  CONSTRAINT `fk_document_proposition_type_id_propositiontypes` FOREIGN KEY (`proposition_type_id`) REFERENCES `propositiontypes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `changeset` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `document_id` INT NOT NULL,
  `proposition_id` BIGINT NOT NULL,
  `section` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_changeset_document_id_document` FOREIGN KEY (`document_id`) REFERENCES `document` (`id`),
  CONSTRAINT `fk_changeset_proposition_id_propositions` FOREIGN KEY (`proposition_id`) REFERENCES `propositions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customizable_text` (
  `name` VARCHAR(255) NOT NULL,
  `lang` VARCHAR(255) NOT NULL,
  `text` TEXT,
  `permissions` JSON,
  PRIMARY KEY (`name`, `lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `departmentmembers` (
  `department_id` INT NOT NULL,
  `member_id` INT NOT NULL,
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`department_id`, `member_id`),
  CONSTRAINT `fk_departmentmembers_department_id_departments` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`),
  CONSTRAINT `fk_departmentmembers_member_id_users` FOREIGN KEY (`member_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `is_admin_group` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_groups_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groupmembers` (
  `group_id` INT NOT NULL,
  `member_id` INT NOT NULL,
  PRIMARY KEY (`group_id`, `member_id`),
  CONSTRAINT `fk_groupmembers_group_id_groups` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_groupmembers_member_id_users` FOREIGN KEY (`member_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_token` (
  `id` INT NOT NULL,
  `token` JSON,
  `provider` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_oauth_token_id_users` FOREIGN KEY (`id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page` (
  `name` VARCHAR(255) NOT NULL,
  `lang` VARCHAR(255) NOT NULL,
  `title` TEXT,
  `text` TEXT,
  `permissions` JSON,
  PRIMARY KEY (`name`, `lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `postalvotes` (
  `member_id` INT NOT NULL,
  `voting_id` INT NOT NULL,
  PRIMARY KEY (`member_id`, `voting_id`),
  CONSTRAINT `fk_postalvotes_member_id_users` FOREIGN KEY (`member_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_postalvotes_voting_id_votingphases` FOREIGN KEY (`voting_id`) REFERENCES `votingphases` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `propositionnotes` (
  `proposition_id` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  `notes` TEXT,
  `vote` ENUM('UNSURE', 'ACCEPT', 'DECLINE', 'ABSTENTION'),
  PRIMARY KEY (`proposition_id`, `user_id`),
  CONSTRAINT `fk_propositionnotes_proposition_id_propositions` FOREIGN KEY (`proposition_id`) REFERENCES `propositions` (`id`),
  CONSTRAINT `fk_propositionnotes_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `parent_id` INT,
  `mut_exclusive` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_tags_name` (`name`),
  CONSTRAINT `fk_tags_parent_id_tags` FOREIGN KEY (`parent_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `propositiontags` (
  `proposition_id` BIGINT NOT NULL,
  `tag_id` INT NOT NULL,
  PRIMARY KEY (`proposition_id`, `tag_id`),
  CONSTRAINT `fk_propositiontags_proposition_id_propositions` FOREIGN KEY (`proposition_id`) REFERENCES `propositions` (`id`),
  CONSTRAINT `fk_propositiontags_tag_id_tags` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secretvoters` (
  `member_id` INT NOT NULL,
  `ballot_id` INT NOT NULL,
  `status` ENUM('ACTIVE', 'EXPIRED', 'RETRACTED') NOT NULL,
  `last_change` DATETIME NOT NULL,
  PRIMARY KEY (`member_id`, `ballot_id`),
  CONSTRAINT `fk_secretvoters_ballot_id_ballots` FOREIGN KEY (`ballot_id`) REFERENCES `ballots` (`id`),
  CONSTRAINT `fk_secretvoters_member_id_users` FOREIGN KEY (`member_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supporters` (
  `member_id` INT NOT NULL,
  `proposition_id` BIGINT NOT NULL,
  `submitter` TINYINT(1) NOT NULL DEFAULT 0,
  `status` ENUM('ACTIVE', 'EXPIRED', 'RETRACTED') NOT NULL DEFAULT 'ACTIVE',
  `last_change` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`member_id`, `proposition_id`),
  CONSTRAINT `fk_supporters_member_id_users` FOREIGN KEY (`member_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_supporters_proposition_id_propositions` FOREIGN KEY (`proposition_id`) REFERENCES `propositions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `urns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `voting_id` INT NOT NULL,
  `accepted` TINYINT(1) NOT NULL DEFAULT 0,
  `location` TEXT NOT NULL,
  `description` TEXT,
  `opening` TIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_urns_voting_id_votingphases` FOREIGN KEY (`voting_id`) REFERENCES `votingphases` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `urnsupporters` (
  `member_id` INT NOT NULL,
  `urn_id` INT NOT NULL,
  `type` TEXT NOT NULL,
  `voted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`member_id`, `urn_id`),
  CONSTRAINT `fk_urnsupporters_member_id_users` FOREIGN KEY (`member_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_urnsupporters_urn_id_urns` FOREIGN KEY (`urn_id`) REFERENCES `urns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_login_token` (
  `token` VARCHAR(255) NOT NULL,
  `user_id` INT,
  `valid_until` DATETIME,
  PRIMARY KEY (`token`),
  CONSTRAINT `fk_user_login_token_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userpassword` (
  `user_id` INT NOT NULL,
  `hashed_password` TEXT,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `fk_userpassword_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userprofiles` (
  `id` INT NOT NULL,
  `sub` TEXT,
  `eligible` TINYINT(1),
  `verified` TINYINT(1),
  `profile` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_userprofiles_sub` (`sub`),
  CONSTRAINT `fk_userprofiles_id_users` FOREIGN KEY (`id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


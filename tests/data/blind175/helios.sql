-- Helios Voting (helios-server 4.0.0), github.com/benadida/helios-server, commit c7d5e60fbf9123be13d250a2ad9dae9efd8978e3
-- (Apache-2.0). Django 5.2 models written as MySQL DDL by replaying upstream's migrations in order
-- (helios_auth/migrations/0001_initial.py, helios/migrations/0001_initial.py … 0010_add_query_indexes.py), with the
-- tables of the django.contrib apps in upstream's INSTALLED_APPS (auth, contenttypes, sessions, sites; Django 5.2
-- migrations) and django_migrations, as `manage.py migrate` creates them. Column order = migration order (fields of
-- CreateModel, then AddField appended); types as Django's MySQL backend writes them (AutoField INT AUTO_INCREMENT,
-- TextField/JSONField/LDObjectField LONGTEXT, DateTimeField DATETIME(6), BooleanField TINYINT(1),
-- GenericIPAddressField CHAR(39), EmailField VARCHAR(254), FileField VARCHAR(250)). Foreign keys, unique
-- constraints and the indexes of migration 0010 as upstream; constraint names written readably instead of
-- Django's hashed names.

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissions_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_group_permissions_permission_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6) NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_groups_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permissions_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_user_permissions_permission_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_idx` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(100) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `app` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `applied` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helios_auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_type` VARCHAR(50) NOT NULL,
  `user_id` VARCHAR(100) NOT NULL,
  `name` VARCHAR(200) NULL,
  `info` LONGTEXT NOT NULL,
  `token` LONGTEXT NULL,
  `admin_p` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `helios_auth_user_user_type_user_id_uniq` (`user_type`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helios_election` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(50) NOT NULL,
  `datatype` VARCHAR(250) NOT NULL,
  `short_name` VARCHAR(100) NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `election_type` VARCHAR(250) NOT NULL,
  `private_p` TINYINT(1) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `public_key` LONGTEXT NULL,
  `private_key` LONGTEXT NULL,
  `questions` LONGTEXT NULL,
  `eligibility` LONGTEXT NULL,
  `openreg` TINYINT(1) NOT NULL,
  `featured_p` TINYINT(1) NOT NULL,
  `use_voter_aliases` TINYINT(1) NOT NULL,
  `use_advanced_audit_features` TINYINT(1) NOT NULL,
  `randomize_answer_order` TINYINT(1) NOT NULL,
  `cast_url` VARCHAR(500) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `frozen_at` DATETIME(6) NULL,
  `archived_at` DATETIME(6) NULL,
  `registration_starts_at` DATETIME(6) NULL,
  `voting_starts_at` DATETIME(6) NULL,
  `voting_ends_at` DATETIME(6) NULL,
  `complaint_period_ends_at` DATETIME(6) NULL,
  `tallying_starts_at` DATETIME(6) NULL,
  `voting_started_at` DATETIME(6) NULL,
  `voting_extended_until` DATETIME(6) NULL,
  `voting_ended_at` DATETIME(6) NULL,
  `tallying_started_at` DATETIME(6) NULL,
  `tallying_finished_at` DATETIME(6) NULL,
  `tallies_combined_at` DATETIME(6) NULL,
  `result_released_at` DATETIME(6) NULL,
  `voters_hash` VARCHAR(100) NULL,
  `encrypted_tally` LONGTEXT NULL,
  `result` LONGTEXT NULL,
  `result_proof` LONGTEXT NULL,
  `help_email` VARCHAR(254) NULL,
  `election_info_url` VARCHAR(300) NULL,
  `admin_id` INT NOT NULL,
  `deleted_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `short_name` (`short_name`),
  KEY `helios_election_featured_p_idx` (`featured_p`),
  KEY `helios_election_deleted_at_idx` (`deleted_at`),
  CONSTRAINT `helios_election_admin_id_fk` FOREIGN KEY (`admin_id`) REFERENCES `helios_auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helios_election_admins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `election_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `helios_election_admins_election_id_user_id_uniq` (`election_id`, `user_id`),
  CONSTRAINT `helios_election_admins_election_id_fk` FOREIGN KEY (`election_id`) REFERENCES `helios_election` (`id`),
  CONSTRAINT `helios_election_admins_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `helios_auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helios_electionlog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `log` VARCHAR(500) NOT NULL,
  `at` DATETIME(6) NOT NULL,
  `election_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `helios_eleclog_elec_at_idx` (`election_id`, `at`),
  CONSTRAINT `helios_electionlog_election_id_fk` FOREIGN KEY (`election_id`) REFERENCES `helios_election` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helios_trustee` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(50) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `secret` VARCHAR(100) NOT NULL,
  `public_key` LONGTEXT NULL,
  `public_key_hash` VARCHAR(100) NOT NULL,
  `secret_key` LONGTEXT NULL,
  `pok` LONGTEXT NULL,
  `decryption_factors` LONGTEXT NULL,
  `decryption_proofs` LONGTEXT NULL,
  `election_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `helios_trustee_election_id_email_uniq` (`election_id`, `email`),
  KEY `helios_trustee_uuid_idx` (`uuid`),
  CONSTRAINT `helios_trustee_election_id_fk` FOREIGN KEY (`election_id`) REFERENCES `helios_election` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helios_voter` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(50) NOT NULL,
  `voter_login_id` VARCHAR(100) NULL,
  `voter_password` VARCHAR(100) NULL,
  `voter_name` VARCHAR(200) NULL,
  `voter_email` VARCHAR(250) NULL,
  `alias` VARCHAR(100) NULL,
  `vote` LONGTEXT NULL,
  `vote_hash` VARCHAR(100) NULL,
  `cast_at` DATETIME(6) NULL,
  `election_id` INT NOT NULL,
  `user_id` INT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `helios_voter_election_id_voter_login_id_uniq` (`election_id`, `voter_login_id`),
  KEY `helios_voter_uuid_idx` (`uuid`),
  CONSTRAINT `helios_voter_election_id_fk` FOREIGN KEY (`election_id`) REFERENCES `helios_election` (`id`),
  CONSTRAINT `helios_voter_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `helios_auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helios_voterfile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `voter_file` VARCHAR(250) NULL,
  `voter_file_content` LONGTEXT NULL,
  `uploaded_at` DATETIME(6) NOT NULL,
  `processing_started_at` DATETIME(6) NULL,
  `processing_finished_at` DATETIME(6) NULL,
  `num_voters` INT NULL,
  `election_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `helios_voterfile_election_id_fk` FOREIGN KEY (`election_id`) REFERENCES `helios_election` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helios_castvote` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `vote` LONGTEXT NOT NULL,
  `vote_hash` VARCHAR(100) NOT NULL,
  `vote_tinyhash` VARCHAR(50) NULL,
  `cast_at` DATETIME(6) NOT NULL,
  `quarantined_p` TINYINT(1) NOT NULL,
  `released_from_quarantine_at` DATETIME(6) NULL,
  `verified_at` DATETIME(6) NULL,
  `invalidated_at` DATETIME(6) NULL,
  `voter_id` INT NOT NULL,
  `cast_ip` CHAR(39) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vote_tinyhash` (`vote_tinyhash`),
  KEY `helios_castvote_vote_hash_idx` (`vote_hash`),
  KEY `helios_cv_verified_invld_idx` (`verified_at`, `invalidated_at`),
  CONSTRAINT `helios_castvote_voter_id_fk` FOREIGN KEY (`voter_id`) REFERENCES `helios_voter` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helios_auditedballot` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `raw_vote` LONGTEXT NOT NULL,
  `vote_hash` VARCHAR(100) NOT NULL,
  `added_at` DATETIME(6) NOT NULL,
  `election_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `helios_ab_elec_hash_idx` (`election_id`, `vote_hash`),
  CONSTRAINT `helios_auditedballot_election_id_fk` FOREIGN KEY (`election_id`) REFERENCES `helios_election` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helios_emailoptout` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email_hash` VARCHAR(64) NOT NULL,
  `opted_out_at` DATETIME(6) NOT NULL,
  `user_agent` VARCHAR(500) NULL,
  `ip_address` CHAR(39) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_hash` (`email_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

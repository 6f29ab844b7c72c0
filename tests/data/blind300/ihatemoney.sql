-- I Hate Money (spiral-project/ihatemoney), shared budget manager: final schema of its Alembic migrations.
-- Source: github.com/spiral-project/ihatemoney, commit 52e5720ec78d32eab963cd7e73d4826ae3a16950 (BSD-3-Clause-
-- style licence with a "beer" clause), ihatemoney/models.py + ihatemoney/migrations/versions/*.py (13 revisions,
-- head c941aaca38c2). Made by running upstream's own setup_database() (Flask-Migrate `upgrade`) into an empty
-- MariaDB 10.11 database and reading it back with mysqldump --no-data; tables ordered so that foreign keys load,
-- plain indexes kept as dumped. The *_version tables and `transaction` are SQLAlchemy-Continuum's history tables.

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` varchar(64) NOT NULL,
  `name` text DEFAULT NULL,
  `password` varchar(256) DEFAULT NULL,
  `contact_email` varchar(128) DEFAULT NULL,
  `logging_preference` enum('DISABLED','ENABLED') NOT NULL DEFAULT 'ENABLED',
  `default_currency` varchar(3) DEFAULT 'XXX',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_version` (
  `id` varchar(64) NOT NULL,
  `name` text DEFAULT NULL,
  `password` varchar(256) DEFAULT NULL,
  `contact_email` varchar(128) DEFAULT NULL,
  `logging_preference` varchar(9) DEFAULT 'ENABLED',
  `transaction_id` bigint(20) NOT NULL,
  `end_transaction_id` bigint(20) DEFAULT NULL,
  `operation_type` smallint(6) NOT NULL,
  `default_currency` varchar(3) DEFAULT NULL,
  PRIMARY KEY (`id`,`transaction_id`),
  KEY `ix_project_version_end_transaction_id` (`end_transaction_id`),
  KEY `ix_project_version_operation_type` (`operation_type`),
  KEY `ix_project_version_transaction_id` (`transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` varchar(64) DEFAULT NULL,
  `name` text DEFAULT NULL,
  `activated` tinyint(1) DEFAULT NULL,
  `weight` float DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  CONSTRAINT `person_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_version` (
  `id` int(11) NOT NULL,
  `project_id` varchar(64) DEFAULT NULL,
  `name` text DEFAULT NULL,
  `weight` float DEFAULT NULL,
  `activated` tinyint(1) DEFAULT NULL,
  `transaction_id` bigint(20) NOT NULL,
  `end_transaction_id` bigint(20) DEFAULT NULL,
  `operation_type` smallint(6) NOT NULL,
  PRIMARY KEY (`id`,`transaction_id`),
  KEY `ix_person_version_end_transaction_id` (`end_transaction_id`),
  KEY `ix_person_version_operation_type` (`operation_type`),
  KEY `ix_person_version_transaction_id` (`transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archive` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` varchar(64) DEFAULT NULL,
  `name` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  CONSTRAINT `archive_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bill` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `payer_id` int(11) DEFAULT NULL,
  `amount` float DEFAULT NULL,
  `date` date DEFAULT NULL,
  `what` text DEFAULT NULL,
  `archive` int(11) DEFAULT NULL,
  `creation_date` date DEFAULT NULL,
  `external_link` text DEFAULT NULL,
  `converted_amount` float DEFAULT NULL,
  `original_currency` varchar(3) DEFAULT 'XXX',
  `bill_type` enum('EXPENSE','REIMBURSEMENT') DEFAULT 'EXPENSE',
  PRIMARY KEY (`id`),
  KEY `archive` (`archive`),
  KEY `payer_id` (`payer_id`),
  CONSTRAINT `bill_ibfk_1` FOREIGN KEY (`archive`) REFERENCES `archive` (`id`),
  CONSTRAINT `bill_ibfk_2` FOREIGN KEY (`payer_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bill_version` (
  `id` int(11) NOT NULL,
  `payer_id` int(11) DEFAULT NULL,
  `amount` float DEFAULT NULL,
  `date` date DEFAULT NULL,
  `creation_date` date DEFAULT NULL,
  `what` text DEFAULT NULL,
  `external_link` text DEFAULT NULL,
  `archive` int(11) DEFAULT NULL,
  `transaction_id` bigint(20) NOT NULL,
  `end_transaction_id` bigint(20) DEFAULT NULL,
  `operation_type` smallint(6) NOT NULL,
  `converted_amount` float DEFAULT NULL,
  `original_currency` varchar(3) DEFAULT NULL,
  `bill_type` text DEFAULT NULL,
  PRIMARY KEY (`id`,`transaction_id`),
  KEY `ix_bill_version_end_transaction_id` (`end_transaction_id`),
  KEY `ix_bill_version_operation_type` (`operation_type`),
  KEY `ix_bill_version_transaction_id` (`transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `billowers` (
  `bill_id` int(11) DEFAULT NULL,
  `person_id` int(11) DEFAULT NULL,
  KEY `bill_id` (`bill_id`),
  KEY `person_id` (`person_id`),
  CONSTRAINT `billowers_ibfk_1` FOREIGN KEY (`bill_id`) REFERENCES `bill` (`id`),
  CONSTRAINT `billowers_ibfk_2` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `billowers_version` (
  `bill_id` int(11) NOT NULL,
  `person_id` int(11) NOT NULL,
  `transaction_id` bigint(20) NOT NULL,
  `end_transaction_id` bigint(20) DEFAULT NULL,
  `operation_type` smallint(6) NOT NULL,
  PRIMARY KEY (`bill_id`,`person_id`,`transaction_id`),
  KEY `ix_billowers_version_end_transaction_id` (`end_transaction_id`),
  KEY `ix_billowers_version_operation_type` (`operation_type`),
  KEY `ix_billowers_version_transaction_id` (`transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction` (
  `issued_at` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

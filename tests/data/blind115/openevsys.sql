-- OpenEvSys (huridocs/OpenEvSys), HURIDOCS' documentation system for human-rights violations (events, acts of
-- arrest/torture/killing/destruction, victims, perpetrators, sources, interventions), commit
-- 2f734af969b557ed0684e5691bcb0259937bc994 (AGPL-3.0).
-- Taken from schema/mysql-dbcreate.sql and schema/mysql-dbcreate-system.sql as they stand: 42 of their tables, column
-- names, order and types unchanged. Commented-out columns and constraint names (upstream comments) are left out,
-- INDEX written as KEY, and foreign keys pointing at tables not taken (the other micro-thesaurus tables mt_*) dropped.

CREATE TABLE `mt_vocab` (
  `vocab_number` varchar(14) NOT NULL,
  `huri_code` varchar(14) DEFAULT NULL,
  `english` text,
  `french` text,
  `otherlanguages` text,
  `list_code` int(11) NOT NULL,
  `visible` varchar(1) NOT NULL DEFAULT 'y',
  `term_order` int(11) NOT NULL DEFAULT '0',
  `parent_vocab_number` varchar(14) NOT NULL,
  `term_level` int(11) NOT NULL,
  PRIMARY KEY (`vocab_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mt_12_religions` (
  vocab_number VARCHAR(14) NOT NULL,
  PRIMARY KEY ( vocab_number ),
  FOREIGN KEY (vocab_number) REFERENCES `mt_vocab` (`vocab_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mt_13_ethnic_groups` (
  vocab_number VARCHAR(14) NOT NULL,
  PRIMARY KEY ( vocab_number ),
  FOREIGN KEY (vocab_number) REFERENCES `mt_vocab` (`vocab_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mt_39_sex` (
  vocab_number VARCHAR(14) NOT NULL,
  PRIMARY KEY ( vocab_number ),
  FOREIGN KEY (vocab_number) REFERENCES `mt_vocab` (`vocab_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `event` (
  `event_record_number` VARCHAR(45) NOT NULL,
  `event_title` VARCHAR(500) NOT NULL,
  `confidentiality` VARCHAR(1) NULL DEFAULT NULL,
  `initial_date` DATE NULL DEFAULT NULL,
  `initial_date_type` VARCHAR(14) NULL,
  `final_date` DATE NULL DEFAULT NULL,
  `final_date_type` VARCHAR(14) NULL,
  `event_description` TEXT NULL DEFAULT NULL,
  `impact_of_event` VARCHAR(500) NULL DEFAULT NULL,
  `remarks` TEXT NULL,
  `violation_status` VARCHAR(14) NULL DEFAULT NULL,
  `files` TEXT NULL DEFAULT NULL,
  `record_grouping` VARCHAR(500) NULL DEFAULT NULL,
  `event_location_latitude` double NULL DEFAULT NULL,
  `event_location_longitude` double NULL DEFAULT NULL,
  PRIMARY KEY (`event_record_number`)
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_geometry` (
  `geometry_record_number` varchar(45) NOT NULL,
  `entity_type` varchar(100) NOT NULL,
  `entity_id` varchar(45) NOT NULL,
  `geometry` geometry NOT NULL,
  `field_name` varchar(100) NOT NULL,
  PRIMARY KEY (`geometry_record_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `person` (
  `person_record_number` VARCHAR(45) NOT NULL,
  `counting_unit` VARCHAR(14),
  `person_name` VARCHAR(500) NULL DEFAULT NULL,
  `other_names` VARCHAR(500) NULL DEFAULT NULL,
  `confidentiality` VARCHAR(1) NULL DEFAULT NULL,
  `date_of_birth` DATE NULL DEFAULT NULL,
  `date_of_birth_type` VARCHAR(14),
  `place_of_birth` VARCHAR(14),
  `locality_of_birth` VARCHAR(14),
  `sex` VARCHAR(14),
  `sexual_orientation` VARCHAR(14),
  `identification_documents` TEXT NULL DEFAULT NULL,
  `civil_status` VARCHAR(14),
  `dependants` INT NULL DEFAULT NULL,
  `formal_education` VARCHAR(14),
  `other_training` text NULL DEFAULT NULL,
  `health` TEXT NULL DEFAULT NULL,
  `medical_records` TEXT NULL DEFAULT NULL,
  `deceased` VARCHAR(1) NULL DEFAULT NULL,
  `date_deceased` DATE,
  `date_deceased_type`VARCHAR(14),
  `group_description` TEXT NULL DEFAULT NULL,
  `number_of_persons_in_group` INT NULL DEFAULT NULL,
  `religion` VARCHAR(14),
  `remarks` TEXT,
  `reliability_as_source` VARCHAR(14),
  `reliability_as_intervening_party` VARCHAR(14),
  `files` TEXT,
  `person_location_latitude` double NULL DEFAULT NULL,
  `person_location_longitude` double NULL DEFAULT NULL,
  PRIMARY KEY (`person_record_number`),
  FOREIGN KEY (`sex`) REFERENCES `mt_39_sex` (vocab_number),
  FOREIGN KEY (`religion`) REFERENCES `mt_12_religions` (vocab_number)
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `biographic_details` (
  `biographic_details_record_number` VARCHAR(45) NOT NULL,
  `person` VARCHAR(45) NOT NULL,
  `related_person` VARCHAR(45) NULL DEFAULT NULL,
  `confidentiality` VARCHAR(1) NULL DEFAULT NULL,
  `type_of_relationship` VARCHAR(14) NULL DEFAULT NULL,
  `initial_date` DATE NULL DEFAULT NULL,
  `initial_date_type` VARCHAR(14),
  `final_date` DATE NULL DEFAULT NULL,
  `final_date_type` VARCHAR(14),
  `education_and_training` VARCHAR(14) NULL DEFAULT NULL,
  `employment` TEXT NULL DEFAULT NULL,
  `affiliation` VARCHAR(300) NULL DEFAULT NULL,
  `position_in_organisation` VARCHAR(300) NULL DEFAULT NULL,
  `rank` TEXT NULL DEFAULT NULL,
  `remarks` TEXT,
  PRIMARY KEY (`biographic_details_record_number`),
  FOREIGN KEY (`person`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`related_person`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `address` (
  `address_record_number` VARCHAR(45) NOT NULL,
  `person` VARCHAR(45) NOT NULL,
  `address_type` VARCHAR(14),
  `address` TEXT NULL DEFAULT NULL,
  `country` VARCHAR(200) NULL DEFAULT NULL,
  phone VARCHAR(60) NULL DEFAULT NULL,
  cellular VARCHAR(60) NULL DEFAULT NULL,
  fax VARCHAR(60) NULL DEFAULT NULL,
  email VARCHAR(100) NULL DEFAULT NULL,
  web VARCHAR(200) NULL DEFAULT NULL,
  `start_date` DATE NULL DEFAULT NULL,
  `end_date` DATE NULL DEFAULT NULL,
  PRIMARY KEY (`address_record_number`, `person`),
  FOREIGN KEY (`person`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `act` (
  `act_record_number` VARCHAR(45) NOT NULL,
  `event` VARCHAR(45) NOT NULL,
  `victim` VARCHAR(45) NULL DEFAULT NULL,
  `confidentiality` VARCHAR(1) NULL DEFAULT NULL,
  `type_of_act` VARCHAR(14) NULL DEFAULT NULL,
  `initial_date` DATE NULL DEFAULT NULL,
  `initial_date_type` VARCHAR(14),
  `exact_location` TEXT NULL DEFAULT NULL,
  `stated_reason` TEXT NULL DEFAULT NULL,
  `physical_consequences` TEXT NULL DEFAULT NULL,
  `psychological_consequences` TEXT NULL DEFAULT NULL,
  `age_at_time_of_victimisation` TEXT NULL DEFAULT NULL,
  `final_date` DATE NULL DEFAULT NULL,
  `final_date_type` VARCHAR(14),
  `exact_location_at_end_of_act` TEXT NULL DEFAULT NULL,
  `status_at_end_of_act` VARCHAR(14) NULL DEFAULT NULL,
  `remarks` TEXT,
  `type_of_location` VARCHAR(14) NULL DEFAULT NULL,
  `act_location_latitude` double NULL DEFAULT NULL,
  `act_location_longitude` double NULL DEFAULT NULL,
  PRIMARY KEY (`act_record_number`, `event`),
  FOREIGN KEY (`event`) REFERENCES `event` (`event_record_number`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`victim`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `arrest` (
  arrest_record_number VARCHAR(45) NOT NULL,
  `case_description` TEXT NULL DEFAULT NULL,
  `type_of_detention` VARCHAR(14) NULL DEFAULT NULL,
  `detention_conditions` TEXT NULL DEFAULT NULL,
  `type_of_language` VARCHAR(14),
  `court_case_code` VARCHAR(200) NULL DEFAULT NULL,
  `court_case_name` VARCHAR(200) NULL DEFAULT NULL,
  `judicial_district` VARCHAR(14),
  PRIMARY KEY (`arrest_record_number`),
  FOREIGN KEY (`arrest_record_number`) REFERENCES `act` (`act_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `killing` (
  killing_record_number VARCHAR(45) NOT NULL,
  `autopsy_results` VARCHAR(14) NULL DEFAULT NULL,
  `death_certificate` VARCHAR(14) NULL DEFAULT NULL,
  PRIMARY KEY (`killing_record_number`),
  FOREIGN KEY (`killing_record_number`) REFERENCES `act` (`act_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `torture` (
  `torture_record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`torture_record_number`),
  FOREIGN KEY (`torture_record_number`) REFERENCES `act` (`act_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `destruction` (
  destruction_record_number VARCHAR(45) NOT NULL,
  `type_of_property_loss` TEXT NULL DEFAULT NULL,
  `value_of_destroyed_property` DECIMAL(10,2) NULL DEFAULT NULL,
  `compensation` VARCHAR(14) NULL DEFAULT NULL,
  PRIMARY KEY (`destruction_record_number`),
  FOREIGN KEY (`destruction_record_number`) REFERENCES `act` (`act_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `chain_of_events` (
  `chain_of_events_record_number` VARCHAR(45) NOT NULL,
  `event` VARCHAR(45) NOT NULL,
  `related_event` VARCHAR(45) NULL DEFAULT NULL,
  `type_of_chain_of_events` VARCHAR(14) NULL DEFAULT NULL,
  remarks TEXT,
  PRIMARY KEY (`chain_of_events_record_number`),
  UNIQUE KEY `event` (`event`,`related_event`),
  KEY `related_event` (`related_event`),
  KEY `type_of_chain_of_events` (`type_of_chain_of_events`),
  FOREIGN KEY (`event`) REFERENCES `event` (`event_record_number`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`related_event`) REFERENCES `event` (`event_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `involvement` (
  `involvement_record_number` VARCHAR(45) NOT NULL,
  `act` VARCHAR(45) NOT NULL,
  `perpetrator` VARCHAR(45) NULL DEFAULT NULL,
  event VARCHAR(45),
  `confidentiality` VARCHAR(1) NULL DEFAULT NULL,
  `degree_of_involvement` VARCHAR(14) NULL DEFAULT NULL,
  `latest_status_as_perpetrator_in_the_act` VARCHAR(14) NULL DEFAULT NULL,
  remarks TEXT,
  PRIMARY KEY (`involvement_record_number`, `act`),
  FOREIGN KEY (`act`) REFERENCES `act` (`act_record_number`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`perpetrator`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`event`) REFERENCES `event` (`event_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `information` (
  `information_record_number` VARCHAR(45) NOT NULL,
  `event` VARCHAR(45) NULL DEFAULT NULL,
  `source` VARCHAR(45) NULL DEFAULT NULL,
  `related_person` VARCHAR(45) NULL DEFAULT NULL,
  `related_event` VARCHAR(45) NULL DEFAULT NULL,
  `confidentiality` VARCHAR(1) NULL DEFAULT NULL,
  `source_connection_to_information` VARCHAR(14) NULL DEFAULT NULL,
  `date_of_source_material` DATE NULL DEFAULT NULL,
  remarks TEXT,
  `reliability_of_information` VARCHAR(14) NULL DEFAULT NULL,
  PRIMARY KEY (`information_record_number`),
  FOREIGN KEY (`event`) REFERENCES `event` (`event_record_number`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`related_event`) REFERENCES `event` (`event_record_number`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`source`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`related_person`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `intervention` (
  `intervention_record_number` VARCHAR(45) NOT NULL,
  `intervening_party` VARCHAR(45) NULL DEFAULT NULL,
  `event` VARCHAR(45) NULL DEFAULT NULL,
  `victim` VARCHAR(45) NULL DEFAULT NULL,
  `confidentiality` VARCHAR(1) NULL DEFAULT NULL,
  `date_of_intervention` DATE NULL DEFAULT NULL,
  `parties_requested` TEXT NULL DEFAULT NULL,
  `response` VARCHAR(14) NULL DEFAULT NULL,
  `impact_on_the_situation` VARCHAR(14) NULL DEFAULT NULL,
  remarks TEXT,
  `intervention_status` VARCHAR(14) NULL DEFAULT NULL,
  `priority` VARCHAR(14) NULL DEFAULT NULL,
  `intervention_location_latitude` double NULL DEFAULT NULL,
  `intervention_location_longitude` double NULL DEFAULT NULL,
  PRIMARY KEY (`intervention_record_number`),
  FOREIGN KEY (`event`) REFERENCES `event` (`event_record_number`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`victim`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`intervening_party`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `management` (
  `entity_type` VARCHAR(100) NOT NULL,
  `entity_id` VARCHAR(45) NOT NULL,
  `date_received` DATE NULL,
  `date_of_entry` DATE NULL DEFAULT NULL,
  `entered_by` VARCHAR(60) NULL DEFAULT NULL,
  `project_title` TEXT NULL,
  `comments` TEXT NULL DEFAULT NULL,
  `record_grouping` VARCHAR(45) NULL,
  `date_updated` DATE NULL DEFAULT NULL,
  `updated_by` VARCHAR(50) NULL DEFAULT NULL,
  `monitoring_status` VARCHAR(14) NULL,
  PRIMARY KEY (`entity_type`, `entity_id`)
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `supporting_docs` (
  doc_id varchar(45) NOT NULL,
  uri varchar(255) NOT NULL,
  PRIMARY KEY(doc_id)
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `supporting_docs_meta` (
  doc_id varchar(45) NOT NULL,
  title varchar(255) NOT NULL,
  creator varchar(255),
  description TEXT,
  datecreated DATE,
  datesubmitted DATE,
  format varchar(64),
  type varchar(14),
  language varchar(64),
  subject varchar(64),
  url varchar(255),
  PRIMARY KEY (doc_id),
  FOREIGN KEY (doc_id) REFERENCES `supporting_docs` (doc_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `picture_doc` (
  doc_id varchar(45),
  record_number varchar(45),
  linked_by varchar(45),
  linked_date TIMESTAMP,
  PRIMARY KEY (doc_id, record_number ),
  FOREIGN KEY (doc_id) REFERENCES `supporting_docs` (doc_id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (record_number) REFERENCES `person` (person_record_number) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `person_doc` (
  doc_id varchar(45),
  record_number varchar(45),
  linked_by varchar(45),
  linked_date TIMESTAMP,
  PRIMARY KEY (doc_id, record_number ),
  FOREIGN KEY (doc_id) REFERENCES `supporting_docs` (doc_id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (record_number) REFERENCES `person` (person_record_number) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_act_method_of_violence` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (`record_number`) REFERENCES `act` (`act_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_act_victim_characteristics` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (`record_number`) REFERENCES `act` (`act_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_event_violation_index` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (`record_number`) REFERENCES `event` (`event_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_person_occupation` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (`record_number`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_person_physical_description` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (`record_number`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_person_citizenship` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (`record_number`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_person_ethnic_background` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45),
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (vocab_number) REFERENCES `mt_13_ethnic_groups` (`vocab_number`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`record_number`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_person_language` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (`record_number`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_person_national_origin` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (`record_number`) REFERENCES `person` (`person_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_torture_medical_attention` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (record_number) REFERENCES `torture` (`torture_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_involvement_type_of_perpetrator` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (record_number) REFERENCES `involvement` (`involvement_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mlt_intervention_type_of_intervention` (
  `vocab_number` VARCHAR(14) NOT NULL,
  `record_number` VARCHAR(45) NOT NULL,
  PRIMARY KEY (`vocab_number`, `record_number`),
  FOREIGN KEY (record_number) REFERENCES `intervention` (`intervention_record_number`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `audit_log` (
  log_record_number VARCHAR(45),
  module varchar(20),
  module_record_number varchar(45),
  `timestamp` timestamp,
  entity VARCHAR(30) NOT NULL,
  record_number VARCHAR(45) NOT NULL,
  action VARCHAR(50),
  description VARCHAR(100),
  query VARCHAR(200),
  username VARCHAR(255),
  PRIMARY KEY ( log_record_number )
);

CREATE TABLE `clari_notes` (
  clari_notes_record_number VARCHAR(45),
  entity VARCHAR(30) NOT NULL,
  record_number VARCHAR(45) NOT NULL,
  field_name VARCHAR(50),
  vocab_number VARCHAR(14),
  value TEXT,
  PRIMARY KEY (entity , record_number, field_name , vocab_number )
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `save_query` (
  save_query_record_number VARCHAR(45),
  name VARCHAR(500),
  query_type VARCHAR(30),
  description TEXT,
  created_date DATE,
  created_by VARCHAR(60),
  query TEXT,
  PRIMARY KEY (save_query_record_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user` (
  username varchar(255) not null,
  password varchar(128) not null,
  salt varchar(100) not null,
  old_password varchar(128),
  old_salt varchar(100),
  role varchar(20),
  created datetime,
  last_login datetime,
  status VARCHAR(10) default 'active',
  `config` text,
  primary key (username)
) ENGINE = InnoDB;

CREATE TABLE `user_profile` (
  username varchar(255) NOT NULL,
  first_name varchar(50),
  last_name varchar(50),
  organization varchar(100),
  designation varchar(50),
  email varchar(50),
  address varchar(200),
  PRIMARY KEY(username),
  FOREIGN KEY (username) REFERENCES `user` (username)
) ENGINE = InnoDB;

CREATE TABLE `user_code` (
  username varchar(255) NOT NULL,
  action varchar(60),
  code varchar(60),
  expiry varchar(60),
  PRIMARY KEY ( username , action ),
  FOREIGN KEY (username) REFERENCES `user` (username)
) ENGINE = InnoDB;

CREATE TABLE `sessions2` (
  sesskey VARCHAR( 64 ) NOT NULL DEFAULT '',
  expiry DATETIME NOT NULL,
  expireref VARCHAR( 250 ) DEFAULT '',
  created DATETIME NOT NULL,
  modified DATETIME NOT NULL,
  sessdata LONGTEXT,
  PRIMARY KEY ( sesskey ),
  KEY sess2_expiry( expiry ),
  KEY sess2_expireref( expireref )
);

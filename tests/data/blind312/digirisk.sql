-- DigiRisk 21.1.0 (Evarisk; Dolibarr module "digiriskdolibarr": French occupational-risk assessment, the mandatory
-- "Document unique" (DUERP), work accidents with their CERFA declaration data, injuries, work stoppages and accident
-- investigations, prevention plans and fire permits for contractors, safety signage, risk evaluators, and the
-- health-and-safety register filled in by workers through a public ticket form), with the tables of its required
-- framework module Saturne (signatures / attendees, generated documents, certificates, schedules).
-- Upstream: github.com/Evarisk/Digirisk commit ca8eb6f4998c9b3ae3e5c74a59e77643c64fb270 (branch main, 2025-08-29,
-- GPL-3.0) `sql/**/llx_*.sql` + `llx_*.key.sql`; github.com/Evarisk/Saturne commit
-- 0189b0b0a7a4ad73b5a9188df412d369a961aebc (2025-08-29, GPL-3.0) `sql/**/llx_*.sql` + `llx_*.key.sql`.
-- Each CREATE TABLE is upstream's file as written (column names, types and order); the statements of the matching
-- .key.sql file (ALTER TABLE ... ADD PRIMARY KEY / INDEX / UNIQUE / CONSTRAINT FOREIGN KEY) are folded into the
-- table's definition. Foreign keys to Dolibarr core tables that are not in this file (llx_user, llx_projet,
-- llx_categorie, llx_ticket) and the key file's reference to a non-existent `llx_risk` are left out; two foreign keys
-- whose constraint names exceed 64 characters (llx_categorie_accidentinvestigation, llx_categorie_preventionplan) are
-- left out because MySQL/MariaDB refuses them, as it does on an upstream install (Dolibarr runs key files silently).
-- `sql/update.sql` (migrations of older installs) changes nothing on a fresh install: every column it adds is
-- already in the CREATE files, and the columns it adds and drops again (`rank`, `last_email_sent_date`) cancel out.
-- Extrafields that DigiRisk creates at run time with Dolibarr's ExtraFields::addExtraField
-- (core/modules/modDigiriskDolibarr.class.php init(), admin/ticket/ticket.php "generateExtrafields") are included as
-- the columns Dolibarr adds (varchar -> varchar(255), int -> int(length), link -> int(11), select -> varchar(255),
-- text -> text, datetime -> datetime): `wp_digi_id`, `entity` on llx_digiriskdolibarr_digiriskelement_extrafields,
-- and four Dolibarr core extrafields tables with Dolibarr's own four columns (rowid, tms, fk_object, import_key)
-- followed by DigiRisk's: llx_user_extrafields, llx_ticket_extrafields, llx_projet_task_extrafields,
-- llx_categories_extrafields. Dolibarr core tables (llx_user, llx_ticket, llx_projet, llx_societe ...) are left out.

CREATE TABLE llx_c_lesion_localization (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer default 1,
  ref varchar(128),
  label varchar(255),
  description text,
  active tinyint(4) DEFAULT 0,
  position integer DEFAULT 0
) ENGINE=innodb;

CREATE TABLE llx_c_lesion_nature (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer default 1,
  ref varchar(128),
  label varchar(255),
  description text,
  active tinyint(4) DEFAULT 0,
  position integer DEFAULT 0
) ENGINE=innodb;

CREATE TABLE llx_c_relative_location (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer default 1,
  ref varchar(128),
  label varchar(255),
  description text,
  active tinyint(4) DEFAULT 0,
  position integer DEFAULT 0
) ENGINE=innodb;

CREATE TABLE llx_c_accident_attendants_role (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer default 1,
  ref varchar(128),
  label varchar(255),
  description text,
  active tinyint(4) DEFAULT 1,
  position integer DEFAULT 0
) ENGINE=innodb;

CREATE TABLE llx_c_accidentinvestigation_attendants_role (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer default 1,
  ref varchar(128),
  label varchar(255),
  description text,
  active tinyint(4) DEFAULT 1,
  position integer DEFAULT 0
) ENGINE=innodb;

CREATE TABLE llx_c_firepermit_attendants_role (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer default 1,
  ref varchar(128),
  label varchar(255),
  description text,
  active tinyint(4) DEFAULT 1,
  position integer DEFAULT 0
) ENGINE=innodb;

CREATE TABLE llx_c_preventionplan_attendants_role (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer default 1,
  ref varchar(128),
  label varchar(255),
  description text,
  active tinyint(4) DEFAULT 1,
  position integer DEFAULT 0
) ENGINE=innodb;

CREATE TABLE llx_c_conventions_collectives (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer default 1,
  tms timestamp,
  code varchar(128),
  libelle varchar(512),
  description text,
  tracking varchar(128) DEFAULT NULL,
  active tinyint(4) DEFAULT 0,
  module varchar(32) DEFAULT NULL
) ENGINE=innodb;

CREATE TABLE llx_c_digiriskdolibarr_action_trigger (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  entity integer DEFAULT 1,
  elementtype varchar(255) NOT NULL,
  ref varchar(128) NOT NULL,
  label varchar(128) NOT NULL,
  description varchar(255),
  active tinyint(4) DEFAULT 1,
  position integer DEFAULT 0
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_digiriskstandard (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key integer DEFAULT NULL,
  status smallint,
  description text,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  KEY idx_digiriskdolibarr_digiriskstandard_rowid (rowid),
  KEY idx_digiriskdolibarr_digiriskstandard_ref (ref),
  KEY idx_digiriskdolibarr_digiriskstandard_status (status)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_digiriskstandard_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_digiriskelement (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key integer DEFAULT NULL,
  status smallint DEFAULT 1,
  label varchar(255) NOT NULL,
  description text,
  element_type varchar(50),
  photo varchar(255),
  show_in_selector boolean DEFAULT TRUE NOT NULL,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  fk_parent integer DEFAULT 0 NOT NULL,
  fk_standard integer DEFAULT 1 NOT NULL,
  `ranks` integer,
  KEY idx_digiriskdolibarr_digiriskelement_rowid (rowid),
  KEY idx_digiriskdolibarr_digiriskelement_ref (ref),
  KEY idx_digiriskdolibarr_digiriskelement_status (status),
  UNIQUE KEY uk_digiriskelement_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_digiriskelement_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  wp_digi_id int(100) NULL,
  entity int(100) NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_evaluator (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key integer DEFAULT NULL,
  status smallint DEFAULT 1,
  duration integer,
  assignment_date datetime NOT NULL,
  job varchar(80),
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  fk_user integer DEFAULT 0 NOT NULL,
  fk_parent integer DEFAULT 1 NOT NULL,
  KEY idx_digiriskdolibarr_evaluator_rowid (rowid),
  KEY idx_digiriskdolibarr_evaluator_ref (ref),
  KEY idx_digiriskdolibarr_evaluator_status (status),
  UNIQUE KEY uk_evaluator_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_evaluator_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_risk (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  status smallint DEFAULT 1,
  category varchar(255),
  sub_category varchar(255),
  description text,
  type varchar(255) DEFAULT 'risk' NOT NULL,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  fk_element integer NOT NULL,
  fk_projet integer NOT NULL,
  KEY idx_digiriskdolibarr_risk_rowid (rowid),
  KEY idx_digiriskdolibarr_risk_ref (ref),
  UNIQUE KEY uk_risk_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_risk_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  fk_object integer NOT NULL,
  import_key varchar(14),
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_categorie_risk (
  fk_categorie integer NOT NULL,
  fk_risk integer NOT NULL,
  import_key varchar(14),
  PRIMARY KEY (fk_categorie, fk_risk),
  KEY idx_categorie_risk_fk_categorie (fk_categorie),
  KEY idx_categorie_risk_fk_risk (fk_risk)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_riskassessment (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  status integer,
  method varchar(50),
  cotation integer,
  gravite integer,
  protection integer,
  occurrence integer,
  formation integer,
  exposition integer,
  date_riskassessment datetime,
  comment text,
  photo varchar(255),
  has_tasks integer,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  fk_risk integer NOT NULL,
  KEY idx_digiriskdolibarr_riskassessment_rowid (rowid),
  KEY idx_digiriskdolibarr_riskassessment_ref (ref),
  UNIQUE KEY uk_riskassessment_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_riskassessment_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  fk_object integer NOT NULL,
  import_key varchar(14),
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_risksign (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  status smallint DEFAULT 1,
  category integer,
  description text,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  fk_element integer NOT NULL,
  KEY idx_digiriskdolibarr_risksign_rowid (rowid),
  KEY idx_digiriskdolibarr_risksign_ref (ref),
  UNIQUE KEY uk_risksign_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_risksign_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  fk_object integer NOT NULL,
  import_key varchar(14),
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_accident (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  status smallint,
  label varchar(255) NOT NULL,
  accident_date datetime NOT NULL,
  description text,
  photo text,
  accident_type text,
  external_accident smallint DEFAULT 1,
  accident_location text,
  fk_project integer,
  fk_ticket integer,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  fk_element integer,
  fk_standard integer,
  fk_soc integer,
  fk_user_employer integer,
  KEY idx_digiriskdolibarr_accident_rowid (rowid),
  KEY idx_digiriskdolibarr_accident_ref_ext (ref_ext),
  UNIQUE KEY uk_accident_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_accident_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_categorie_accident (
  fk_categorie integer NOT NULL,
  fk_accident integer NOT NULL,
  import_key varchar(14),
  PRIMARY KEY (fk_categorie, fk_accident),
  KEY idx_categorie_accident_fk_categorie (fk_categorie),
  KEY idx_categorie_accident_fk_accident (fk_accident),
  CONSTRAINT llx_categorie_accident_digiriskdolibarr_accident_rowid FOREIGN KEY (fk_accident) REFERENCES llx_digiriskdolibarr_accident (rowid)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_accidentmetadata (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  status smallint,
  relative_location varchar(255),
  victim_activity text,
  accident_nature text,
  accident_object text,
  accident_nature_doubt text,
  accident_nature_doubt_link text,
  victim_transported_to text,
  workhours_morning_date_start datetime,
  workhours_morning_date_end datetime,
  workhours_afternoon_date_start datetime,
  workhours_afternoon_date_end datetime,
  collateral_victim boolean,
  victim_workhours text,
  accident_noticed text,
  accident_notice_date datetime,
  accident_notice_by text,
  accident_described_by_victim boolean,
  registered_in_accident_register boolean,
  register_date datetime,
  register_number varchar(255),
  consequence text,
  police_report boolean,
  police_report_by text,
  first_person_noticed_is_witness text,
  thirdparty_responsibility boolean,
  accident_investigation boolean,
  accident_investigation_link text,
  cerfa_link text,
  json text,
  fk_user_witness integer,
  fk_soc_responsible integer,
  fk_soc_responsible_insurance_society integer,
  fk_accident integer NOT NULL,
  KEY idx_digiriskdolibarr_accidentmetadata_rowid (rowid)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_accident_lesion (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) NOT NULL,
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  lesion_localization text,
  lesion_nature text,
  fk_accident integer NOT NULL,
  KEY idx_digiriskdolibarr_accident_lesion_rowid (rowid),
  UNIQUE KEY uk_accident_lesion_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_accident_workstop (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) NOT NULL,
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  status smallint,
  workstop_days integer,
  date_start_workstop datetime,
  date_end_workstop datetime,
  declaration_link text,
  fk_accident integer NOT NULL,
  KEY idx_digiriskdolibarr_accident_workstop_rowid (rowid),
  UNIQUE KEY uk_accident_workstop_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_accident_workstop_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_accident_investigation (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  status smallint,
  note_public text,
  note_private text,
  seniority_in_position varchar(255),
  date_start timestamp,
  date_end timestamp,
  victim_skills text,
  collective_equipment text,
  individual_equipment text,
  circumstances text,
  causality_tree text,
  fk_accident integer NOT NULL,
  fk_task integer,
  fk_project integer,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  KEY idx_digiriskdolibarr_accident_investigation_rowid (rowid),
  KEY idx_digiriskdolibarr_accident_investigation_ref (ref),
  KEY idx_digiriskdolibarr_accident_investigation_status (status),
  KEY idx_digiriskdolibarr_accident_investigation_fk_accident (fk_accident),
  KEY idx_digiriskdolibarr_accident_investigation_fk_task (fk_task),
  UNIQUE KEY uk_digiriskdolibarr_accident_investigation_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_categorie_accidentinvestigation (
  fk_categorie integer NOT NULL,
  fk_accidentinvestigation integer NOT NULL,
  import_key varchar(14),
  PRIMARY KEY (fk_categorie, fk_accidentinvestigation),
  KEY idx_categorie_accidentinvestigation_fk_categorie (fk_categorie),
  KEY idx_categorie_accidentinvestigation_fk_accidentinvestigation (fk_accidentinvestigation)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_preventionplan (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  status integer NOT NULL,
  label varchar(255) NOT NULL,
  date_start datetime,
  date_end datetime,
  prior_visit_bool boolean,
  prior_visit_date datetime,
  prior_visit_text text,
  cssct_intervention boolean,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  fk_project integer NOT NULL,
  KEY idx_digiriskdolibarr_preventionplan_rowid (rowid),
  KEY idx_digiriskdolibarr_preventionplan_ref_ext (ref_ext),
  UNIQUE KEY uk_preventionplan_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_preventionplan_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_categorie_preventionplan (
  fk_categorie integer NOT NULL,
  fk_preventionplan integer NOT NULL,
  import_key varchar(14),
  PRIMARY KEY (fk_categorie, fk_preventionplan),
  KEY idx_categorie_preventionplan_fk_categorie (fk_categorie),
  KEY idx_categorie_preventionplan_fk_preventionplan (fk_preventionplan)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_preventionplandet (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  status integer NOT NULL,
  description text,
  category varchar(255),
  prevention_method text,
  fk_preventionplan integer NOT NULL,
  fk_element integer NOT NULL,
  KEY idx_digiriskdolibarr_preventionplandet_rowid (rowid),
  KEY idx_digiriskdolibarr_preventionplandet_ref_ext (ref_ext),
  UNIQUE KEY uk_preventionplandet_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_preventionplandet_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_firepermit (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  status integer NOT NULL,
  label varchar(255) NOT NULL,
  date_start datetime,
  date_end datetime,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  fk_project integer NOT NULL,
  fk_preventionplan integer NOT NULL,
  KEY idx_digiriskdolibarr_firepermit_rowid (rowid),
  KEY idx_digiriskdolibarr_firepermit_ref_ext (ref_ext),
  UNIQUE KEY uk_firepermit_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_firepermit_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_categorie_firepermit (
  fk_categorie integer NOT NULL,
  fk_firepermit integer NOT NULL,
  import_key varchar(14),
  PRIMARY KEY (fk_categorie, fk_firepermit),
  KEY idx_categorie_firepermit_fk_categorie (fk_categorie),
  KEY idx_categorie_firepermit_fk_firepermit (fk_firepermit),
  CONSTRAINT llx_categorie_firepermit_digiriskdolibarr_firepermit_rowid FOREIGN KEY (fk_firepermit) REFERENCES llx_digiriskdolibarr_firepermit (rowid)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_firepermitdet (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  status integer NOT NULL,
  description text,
  category varchar(255),
  used_equipment text,
  fk_firepermit integer NOT NULL,
  fk_element integer NOT NULL,
  KEY idx_digiriskdolibarr_firepermitdet_rowid (rowid),
  KEY idx_digiriskdolibarr_firepermitdet_ref_ext (ref_ext),
  UNIQUE KEY uk_firepermitdet_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_firepermitdet_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_digiriskdolibarr_digiriskresources (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  status smallint,
  element_type varchar(50),
  element_id integer NOT NULL,
  object_type varchar(50),
  object_id integer DEFAULT NULL,
  fk_user_creat integer NOT NULL,
  KEY idx_digiriskdolibarr_digiriskresources_rowid (rowid),
  KEY idx_digiriskdolibarr_digiriskresources_ref_ext (ref_ext)
) ENGINE=innodb;

CREATE TABLE llx_categorie_ticket (
  fk_categorie integer NOT NULL,
  fk_ticket integer NOT NULL,
  import_key varchar(14),
  PRIMARY KEY (fk_categorie, fk_ticket),
  KEY idx_categorie_ticket_fk_categorie (fk_categorie),
  KEY idx_categorie_ticket_fk_ticket (fk_ticket)
) ENGINE=innodb;

CREATE TABLE llx_saturne_object_standard (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key integer DEFAULT NULL,
  status smallint DEFAULT 1 NOT NULL,
  description text,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  KEY idx_saturne_object_standard_rowid (rowid),
  KEY idx_saturne_object_standard_ref (ref),
  KEY idx_saturne_object_standard_status (status)
) ENGINE=innodb;

CREATE TABLE llx_saturne_object_standard_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_saturne_object_element (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key integer DEFAULT NULL,
  status smallint DEFAULT 1 NOT NULL,
  label varchar(255) NOT NULL,
  description text,
  element_type varchar(50),
  photo varchar(255),
  position integer,
  fk_element integer,
  fk_standard integer NOT NULL,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  KEY idx_saturne_object_element_rowid (rowid),
  KEY idx_saturne_object_element_ref (ref),
  KEY idx_saturne_object_element_status (status),
  UNIQUE KEY uk_digiriskelement_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_saturne_object_element_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_saturne_object_signature (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  status integer NOT NULL,
  role varchar(255),
  gender varchar(10),
  civility varchar(6),
  firstname varchar(255),
  lastname varchar(255),
  job varchar(128),
  email varchar(255),
  phone varchar(255),
  society_name varchar(255),
  signature_date datetime DEFAULT NULL,
  signature_location varchar(255),
  signature_comment text DEFAULT NULL,
  element_id integer NOT NULL,
  element_type varchar(255),
  module_name varchar(255),
  signature longtext,
  stamp text,
  last_email_sent_date datetime DEFAULT NULL,
  signature_url varchar(255),
  transaction_url varchar(255),
  attendance smallint,
  json longtext DEFAULT NULL,
  object_type varchar(255),
  fk_object integer NOT NULL,
  KEY idx_saturne_object_signature_rowid (rowid),
  KEY idx_saturne_object_signature_status (status),
  KEY idx_saturne_object_signature_element_id (element_id),
  KEY idx_saturne_object_signature_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_saturne_object_documents (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  status integer DEFAULT 1 NOT NULL,
  type varchar(128),
  module_name varchar(128),
  json longtext,
  model_pdf varchar(255),
  model_odt varchar(255),
  last_main_doc varchar(128),
  parent_type varchar(255),
  parent_id integer NOT NULL,
  fk_user_creat integer NOT NULL,
  KEY idx_saturne_object_documents_rowid (rowid),
  KEY idx_saturne_object_documents_ref (ref),
  KEY idx_saturne_object_documents_status (status),
  KEY idx_saturne_object_documents_parent_id (parent_id),
  UNIQUE KEY uk_saturne_object_documents_ref (ref, entity, module_name)
) ENGINE=innodb;

CREATE TABLE llx_saturne_object_certificate (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  ref_ext varchar(128),
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  status integer NOT NULL,
  label varchar(255) NOT NULL,
  date_start datetime,
  date_end datetime,
  description text,
  note_public text,
  note_private text,
  element_type varchar(255),
  type varchar(255),
  sha256 text,
  json text,
  url text,
  public_url text,
  status_validation integer,
  fk_element integer,
  fk_soc integer,
  fk_project integer,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  KEY idx_saturne_object_certificate_rowid (rowid),
  KEY idx_saturne_object_certificate_ref (ref),
  KEY idx_saturne_object_certificate_status (status),
  KEY idx_saturne_object_certificate_fk_element (fk_element),
  KEY idx_saturne_object_certificate_fk_soc (fk_soc),
  KEY idx_saturne_object_certificate_fk_project (fk_project),
  UNIQUE KEY uk_saturne_object_certificate_ref (ref, entity)
) ENGINE=innodb;

CREATE TABLE llx_saturne_object_certificate_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp,
  fk_object integer NOT NULL,
  import_key varchar(14),
  KEY idx_saturne_object_certificate_rowid (rowid),
  KEY idx_saturne_object_certificate_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_saturne_object_redirection (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  status integer DEFAULT 1 NOT NULL,
  from_url text,
  to_url text,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  KEY idx_saturne_object_redirection_rowid (rowid),
  KEY idx_saturne_object_redirection_status (status)
) ENGINE=innodb;

CREATE TABLE llx_saturne_object_redirection_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key varchar(14),
  fk_object integer NOT NULL,
  KEY idx_saturne_object_redirection_rowid (rowid),
  KEY idx_saturne_object_redirection_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_saturne_schedules (
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer DEFAULT 1 NOT NULL,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  status integer NOT NULL,
  element_type varchar(50),
  element_id integer NOT NULL,
  monday varchar(128),
  tuesday varchar(128),
  wednesday varchar(128),
  thursday varchar(128),
  friday varchar(128),
  saturday varchar(128),
  sunday varchar(128),
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  KEY idx_saturne_schedules_rowid (rowid),
  KEY idx_saturne_schedules_entity (entity),
  KEY idx_saturne_schedules_status (status)
) ENGINE=innodb;

CREATE TABLE llx_user_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp,
  fk_object integer NOT NULL,
  import_key varchar(14),
  professional_qualification varchar(255) NULL,
  contract_type varchar(255) NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_ticket_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp,
  fk_object integer NOT NULL,
  import_key varchar(14),
  digiriskdolibarr_ticket_lastname varchar(255) NULL,
  digiriskdolibarr_ticket_firstname varchar(255) NULL,
  digiriskdolibarr_ticket_phone varchar(255) NULL,
  digiriskdolibarr_ticket_service int(11) NULL,
  digiriskdolibarr_ticket_location varchar(255) NULL,
  digiriskdolibarr_ticket_date datetime NULL,
  digiriskdolibarr_ticket_condition_message text NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_projet_task_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp,
  fk_object integer NOT NULL,
  import_key varchar(14),
  fk_risk int(11) NULL,
  fk_preventionplan int(11) NULL,
  fk_firepermit int(11) NULL,
  fk_accident int(11) NULL,
  fk_accidentinvestigation int(11) NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

CREATE TABLE llx_categories_extrafields (
  rowid integer AUTO_INCREMENT PRIMARY KEY,
  tms timestamp,
  fk_object integer NOT NULL,
  import_key varchar(14),
  ticket_category_config text NULL,
  KEY idx_fk_object (fk_object)
) ENGINE=innodb;

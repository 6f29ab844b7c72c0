-- TXM (txmatching), kidney paired donation matching (Mild Blue with IKEM Prague)
-- Upstream: github.com/mild-blue/txmatching txmatching/database/sql_alchemy_schema.py (the end state of the
-- PostgreSQL migrations txmatching/database/db_migrations/0001-0038), commit 078a7af684f43fd852af19f380c52f20c538ef8c,
-- Apache-2.0. Written as MySQL: columns in model order; PostgreSQL enum types as varchar(64), TIMESTAMPTZ as
-- datetime, JSONB as json, BYTEA as longblob, TEXT as text (varchar(255) where unique).
CREATE TABLE txm_event (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(255) NOT NULL,
  default_config_id bigint DEFAULT NULL,
  state varchar(64) NOT NULL,
  strictness_type varchar(64) NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY txm_event_name_key (name)
);
CREATE TABLE app_user (
  id int NOT NULL AUTO_INCREMENT,
  email varchar(255) NOT NULL,
  pass_hash text NOT NULL,
  role varchar(64) NOT NULL,
  default_txm_event_id int DEFAULT NULL,
  second_factor_material text NOT NULL,
  phone_number text DEFAULT NULL,
  require_2fa tinyint(1) NOT NULL DEFAULT 1,
  allowed_edit_countries json NOT NULL,
  reset_token text DEFAULT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY app_user_email_key (email),
  CONSTRAINT fk_app_user_default_txm_event FOREIGN KEY (default_txm_event_id) REFERENCES txm_event (id) ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE TABLE config (
  id int NOT NULL AUTO_INCREMENT,
  txm_event_id int NOT NULL,
  parameters json NOT NULL,
  created_by int NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_config_txm_event FOREIGN KEY (txm_event_id) REFERENCES txm_event (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT fk_config_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
);
CREATE TABLE pairing_result (
  id int NOT NULL AUTO_INCREMENT,
  original_config_id int NOT NULL,
  patients_hash bigint NOT NULL,
  calculated_matchings json NOT NULL,
  compatibility_graph json NOT NULL,
  valid tinyint(1) NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_pairing_result_config FOREIGN KEY (original_config_id) REFERENCES config (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE recipient (
  id int NOT NULL AUTO_INCREMENT,
  txm_event_id int NOT NULL,
  medical_id text NOT NULL,
  internal_medical_id text DEFAULT NULL,
  country varchar(64) NOT NULL,
  blood varchar(64) NOT NULL,
  hla_typing_raw json NOT NULL,
  hla_typing json NOT NULL,
  recipient_requirements json NOT NULL,
  recipient_cutoff int NOT NULL,
  sex varchar(64) DEFAULT NULL,
  height int DEFAULT NULL,
  weight double DEFAULT NULL,
  yob int DEFAULT NULL,
  note text NOT NULL,
  waiting_since datetime DEFAULT NULL,
  previous_transplants int DEFAULT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  hla_antibodies json NOT NULL,
  etag bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  CONSTRAINT fk_recipient_txm_event FOREIGN KEY (txm_event_id) REFERENCES txm_event (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE donor (
  id int NOT NULL AUTO_INCREMENT,
  txm_event_id int NOT NULL,
  medical_id text NOT NULL,
  internal_medical_id text DEFAULT NULL,
  country varchar(64) NOT NULL,
  blood varchar(64) NOT NULL,
  hla_typing_raw json NOT NULL,
  hla_typing json NOT NULL,
  active tinyint(1) NOT NULL,
  donor_type varchar(64) NOT NULL,
  sex varchar(64) DEFAULT NULL,
  height int DEFAULT NULL,
  weight double DEFAULT NULL,
  yob int DEFAULT NULL,
  note text NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  recipient_id int DEFAULT NULL,
  etag bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  CONSTRAINT fk_donor_txm_event FOREIGN KEY (txm_event_id) REFERENCES txm_event (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT fk_donor_recipient FOREIGN KEY (recipient_id) REFERENCES recipient (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE recipient_acceptable_blood (
  id int NOT NULL AUTO_INCREMENT,
  recipient_id int NOT NULL,
  blood_type varchar(64) NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_rab_recipient FOREIGN KEY (recipient_id) REFERENCES recipient (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE hla_antibody_raw (
  id int NOT NULL AUTO_INCREMENT,
  recipient_id int NOT NULL,
  raw_code text NOT NULL,
  mfi int NOT NULL,
  cutoff int NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_hla_antibody_raw_recipient FOREIGN KEY (recipient_id) REFERENCES recipient (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE user_to_allowed_event (
  user_id int NOT NULL,
  txm_event_id int NOT NULL,
  PRIMARY KEY (user_id, txm_event_id),
  KEY ix_user_to_allowed_event_user_id (user_id),
  KEY ix_user_to_allowed_event_txm_event_id (txm_event_id),
  CONSTRAINT fk_utae_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT fk_utae_txm_event FOREIGN KEY (txm_event_id) REFERENCES txm_event (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE uploaded_data (
  id int NOT NULL AUTO_INCREMENT,
  txm_event_id int NOT NULL,
  user_id int NOT NULL,
  uploaded_data json NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_uploaded_data_txm_event FOREIGN KEY (txm_event_id) REFERENCES txm_event (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT fk_uploaded_data_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE parsing_issue (
  id int NOT NULL AUTO_INCREMENT,
  hla_code_or_group text NOT NULL,
  parsing_issue_detail varchar(64) NOT NULL,
  message text,
  donor_id int DEFAULT NULL,
  recipient_id int DEFAULT NULL,
  txm_event_id int NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  confirmed_at datetime DEFAULT NULL,
  confirmed_by int DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_parsing_issue_donor FOREIGN KEY (donor_id) REFERENCES donor (id) ON DELETE CASCADE,
  CONSTRAINT fk_parsing_issue_recipient FOREIGN KEY (recipient_id) REFERENCES recipient (id) ON DELETE CASCADE,
  CONSTRAINT fk_parsing_issue_txm_event FOREIGN KEY (txm_event_id) REFERENCES txm_event (id) ON DELETE CASCADE,
  CONSTRAINT fk_parsing_issue_confirmed_by FOREIGN KEY (confirmed_by) REFERENCES app_user (id) ON DELETE SET NULL
);
CREATE TABLE uploaded_file (
  id int NOT NULL AUTO_INCREMENT,
  file_name text NOT NULL,
  file longblob NOT NULL,
  txm_event_id int NOT NULL,
  user_id int NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_uploaded_file_txm_event FOREIGN KEY (txm_event_id) REFERENCES txm_event (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT fk_uploaded_file_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE ON UPDATE CASCADE
);

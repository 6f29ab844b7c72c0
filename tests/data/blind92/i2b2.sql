SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE encounter_mapping (
  encounter_ide varchar(200) NOT NULL,
  encounter_ide_source varchar(50) NOT NULL,
  project_id varchar(50) NOT NULL,
  encounter_num int NOT NULL,
  patient_ide varchar(200) NOT NULL,
  patient_ide_source varchar(50) NOT NULL,
  encounter_ide_status varchar(50) NULL,
  upload_date datetime NULL,
  update_date datetime NULL,
  download_date datetime NULL,
  import_date datetime NULL,
  sourcesystem_cd varchar(50) NULL,
  upload_id int NULL,
  PRIMARY KEY (encounter_ide, encounter_ide_source, project_id, patient_ide, patient_ide_source)
);

CREATE TABLE patient_mapping (
  patient_ide varchar(200) NOT NULL,
  patient_ide_source varchar(50) NOT NULL,
  patient_num int NOT NULL,
  patient_ide_status varchar(50) NULL,
  project_id varchar(50) NOT NULL,
  upload_date datetime NULL,
  update_date datetime NULL,
  download_date datetime NULL,
  import_date datetime NULL,
  sourcesystem_cd varchar(50) NULL,
  upload_id int NULL,
  PRIMARY KEY (patient_ide, patient_ide_source, project_id)
);

CREATE TABLE code_lookup (
  table_cd varchar(100) NOT NULL,
  column_cd varchar(100) NOT NULL,
  code_cd varchar(50) NOT NULL,
  name_char varchar(650) NULL,
  lookup_blob text NULL,
  upload_date datetime NULL,
  update_date datetime NULL,
  download_date datetime NULL,
  import_date datetime NULL,
  sourcesystem_cd varchar(50) NULL,
  upload_id int NULL,
  PRIMARY KEY (table_cd, column_cd, code_cd)
);

CREATE TABLE concept_dimension (
  concept_path varchar(700) NOT NULL,
  concept_cd varchar(50) NULL,
  name_char varchar(2000) NULL,
  concept_blob text NULL,
  update_date datetime NULL,
  download_date datetime NULL,
  import_date datetime NULL,
  sourcesystem_cd varchar(50) NULL,
  upload_id int NULL,
  PRIMARY KEY (concept_path)
);

CREATE TABLE observation_fact (
  encounter_num int NOT NULL,
  patient_num int NOT NULL,
  concept_cd varchar(50) NOT NULL,
  provider_id varchar(50) NOT NULL,
  start_date datetime NOT NULL,
  modifier_cd varchar(100) NOT NULL DEFAULT '@',
  instance_num int NOT NULL DEFAULT 1,
  valtype_cd varchar(50) NULL,
  tval_char varchar(255) NULL,
  nval_num decimal(18,5) NULL,
  valueflag_cd varchar(50) NULL,
  quantity_num decimal(18,5) NULL,
  units_cd varchar(50) NULL,
  end_date datetime NULL,
  location_cd varchar(50) NULL,
  observation_blob text NULL,
  confidence_num decimal(18,5) NULL,
  update_date datetime NULL,
  download_date datetime NULL,
  import_date datetime NULL,
  sourcesystem_cd varchar(50) NULL,
  upload_id int NULL,
  text_search_index int NOT NULL,
  PRIMARY KEY (patient_num, concept_cd, modifier_cd, start_date, encounter_num, instance_num, provider_id),
  UNIQUE KEY of_text_search_unique (text_search_index)
);

CREATE TABLE patient_dimension (
  patient_num int NOT NULL,
  vital_status_cd varchar(50) NULL,
  birth_date datetime NULL,
  death_date datetime NULL,
  sex_cd varchar(50) NULL,
  age_in_years_num int NULL,
  language_cd varchar(50) NULL,
  race_cd varchar(50) NULL,
  marital_status_cd varchar(50) NULL,
  religion_cd varchar(50) NULL,
  zip_cd varchar(10) NULL,
  statecityzip_path varchar(700) NULL,
  income_cd varchar(50) NULL,
  patient_blob text NULL,
  update_date datetime NULL,
  download_date datetime NULL,
  import_date datetime NULL,
  sourcesystem_cd varchar(50) NULL,
  upload_id int NULL,
  PRIMARY KEY (patient_num)
);

CREATE TABLE provider_dimension (
  provider_id varchar(50) NOT NULL,
  provider_path varchar(700) NOT NULL,
  name_char varchar(850) NULL,
  provider_blob text NULL,
  update_date datetime NULL,
  download_date datetime NULL,
  import_date datetime NULL,
  sourcesystem_cd varchar(50) NULL,
  upload_id int NULL,
  PRIMARY KEY (provider_path, provider_id)
);

CREATE TABLE visit_dimension (
  encounter_num int NOT NULL,
  patient_num int NOT NULL,
  active_status_cd varchar(50) NULL,
  start_date datetime NULL,
  end_date datetime NULL,
  inout_cd varchar(50) NULL,
  location_cd varchar(50) NULL,
  location_path varchar(900) NULL,
  length_of_stay int NULL,
  visit_blob text NULL,
  update_date datetime NULL,
  download_date datetime NULL,
  import_date datetime NULL,
  sourcesystem_cd varchar(50) NULL,
  upload_id int NULL,
  PRIMARY KEY (encounter_num, patient_num)
);

CREATE TABLE modifier_dimension (
  modifier_path varchar(700) NOT NULL,
  modifier_cd varchar(50) NULL,
  name_char varchar(2000) NULL,
  modifier_blob text NULL,
  update_date datetime NULL,
  download_date datetime NULL,
  import_date datetime NULL,
  sourcesystem_cd varchar(50) NULL,
  upload_id int NULL,
  PRIMARY KEY (modifier_path)
);

CREATE TABLE qt_query_master (
  query_master_id int NOT NULL AUTO_INCREMENT,
  name varchar(250) NOT NULL,
  user_id varchar(50) NOT NULL,
  group_id varchar(50) NOT NULL,
  master_type_cd varchar(2000),
  plugin_id int,
  create_date datetime NOT NULL,
  delete_date datetime,
  delete_flag varchar(3),
  request_xml text,
  generated_sql text,
  i2b2_request_xml text,
  pm_xml text,
  PRIMARY KEY (query_master_id)
);

CREATE TABLE qt_query_result_type (
  result_type_id int NOT NULL,
  name varchar(100),
  description varchar(200),
  display_type_id varchar(500),
  visual_attribute_type_id varchar(3),
  user_role_cd varchar(255),
  classname varchar(200),
  PRIMARY KEY (result_type_id)
);

CREATE TABLE qt_query_status_type (
  status_type_id int NOT NULL,
  name varchar(100),
  description varchar(200),
  PRIMARY KEY (status_type_id)
);

CREATE TABLE qt_query_instance (
  query_instance_id int NOT NULL AUTO_INCREMENT,
  query_master_id int,
  user_id varchar(50) NOT NULL,
  group_id varchar(50) NOT NULL,
  batch_mode varchar(50),
  start_date datetime NOT NULL,
  end_date datetime,
  delete_flag varchar(3),
  status_type_id int,
  message text,
  PRIMARY KEY (query_instance_id),
  CONSTRAINT qt_fk_qi_mid FOREIGN KEY (query_master_id) REFERENCES qt_query_master (query_master_id),
  CONSTRAINT qt_fk_qi_stid FOREIGN KEY (status_type_id) REFERENCES qt_query_status_type (status_type_id)
);

CREATE TABLE qt_query_result_instance (
  result_instance_id int NOT NULL AUTO_INCREMENT,
  query_instance_id int,
  result_type_id int NOT NULL,
  set_size int,
  start_date datetime NOT NULL,
  end_date datetime,
  status_type_id int NOT NULL,
  delete_flag varchar(3),
  message text,
  description varchar(200),
  real_set_size int,
  obfusc_method varchar(500),
  PRIMARY KEY (result_instance_id),
  CONSTRAINT qt_fk_qri_rid FOREIGN KEY (query_instance_id) REFERENCES qt_query_instance (query_instance_id),
  CONSTRAINT qt_fk_qri_rtid FOREIGN KEY (result_type_id) REFERENCES qt_query_result_type (result_type_id),
  CONSTRAINT qt_fk_qri_stid FOREIGN KEY (status_type_id) REFERENCES qt_query_status_type (status_type_id)
);

CREATE TABLE qt_patient_set_collection (
  patient_set_coll_id bigint NOT NULL AUTO_INCREMENT,
  result_instance_id int,
  set_index int,
  patient_num int,
  PRIMARY KEY (patient_set_coll_id),
  CONSTRAINT qt_fk_psc_ri FOREIGN KEY (result_instance_id) REFERENCES qt_query_result_instance (result_instance_id)
);

CREATE TABLE qt_patient_enc_collection (
  patient_enc_coll_id bigint NOT NULL AUTO_INCREMENT,
  result_instance_id int,
  set_index int,
  patient_num int,
  encounter_num int,
  PRIMARY KEY (patient_enc_coll_id),
  CONSTRAINT qt_fk_pesc_ri FOREIGN KEY (result_instance_id) REFERENCES qt_query_result_instance (result_instance_id)
);

CREATE TABLE qt_xml_result (
  xml_result_id int NOT NULL AUTO_INCREMENT,
  result_instance_id int,
  xml_value text,
  PRIMARY KEY (xml_result_id),
  CONSTRAINT qt_fk_xmlr_riid FOREIGN KEY (result_instance_id) REFERENCES qt_query_result_instance (result_instance_id)
);

CREATE TABLE qt_analysis_plugin (
  plugin_id int NOT NULL,
  plugin_name varchar(2000),
  description varchar(2000),
  version_cd varchar(50) COMMENT 'support for version',
  parameter_info text COMMENT 'plugin parameter stored as xml',
  parameter_info_xsd text,
  command_line text,
  working_folder text,
  commandoption_cd text,
  plugin_icon text,
  status_cd varchar(50) COMMENT 'active,deleted,..',
  user_id varchar(50),
  group_id varchar(50),
  create_date datetime,
  update_date datetime,
  PRIMARY KEY (plugin_id)
);

CREATE TABLE qt_analysis_plugin_result_type (
  plugin_id int NOT NULL,
  result_type_id int NOT NULL,
  PRIMARY KEY (plugin_id, result_type_id)
);

CREATE TABLE qt_privilege (
  protection_label_cd varchar(1500) NOT NULL,
  dataprot_cd varchar(1000),
  hivemgmt_cd varchar(1000),
  plugin_id int,
  PRIMARY KEY (protection_label_cd)
) DEFAULT CHARSET=latin1;

CREATE TABLE qt_breakdown_path (
  name varchar(100),
  value text,
  create_date datetime,
  update_date datetime,
  user_id varchar(50)
);

CREATE TABLE qt_pdo_query_master (
  query_master_id int NOT NULL AUTO_INCREMENT,
  user_id varchar(50) NOT NULL,
  group_id varchar(50) NOT NULL,
  create_date datetime NOT NULL,
  request_xml text,
  i2b2_request_xml text,
  PRIMARY KEY (query_master_id)
);

CREATE TABLE archive_observation_fact (
  encounter_num int NOT NULL,
  patient_num int NOT NULL,
  concept_cd varchar(50) NOT NULL,
  provider_id varchar(50) NOT NULL,
  start_date datetime NOT NULL,
  modifier_cd varchar(100) NOT NULL,
  instance_num int NOT NULL,
  valtype_cd varchar(50) NULL,
  tval_char varchar(255) NULL,
  nval_num decimal(18,5) NULL,
  valueflag_cd varchar(50) NULL,
  quantity_num decimal(18,5) NULL,
  units_cd varchar(50) NULL,
  end_date datetime NULL,
  location_cd varchar(50) NULL,
  observation_blob text NULL,
  confidence_num decimal(18,5) NULL,
  update_date datetime NULL,
  download_date datetime NULL,
  import_date datetime NULL,
  sourcesystem_cd varchar(50) NULL,
  upload_id int NULL,
  text_search_index int NOT NULL,
  archive_upload_id int
);

CREATE TABLE datamart_report (
  total_patient int,
  total_observationfact int,
  total_event int,
  report_date datetime
);

CREATE TABLE upload_status (
  upload_id int NOT NULL AUTO_INCREMENT,
  upload_label varchar(500) NOT NULL,
  user_id varchar(100) NOT NULL,
  source_cd varchar(50) NOT NULL,
  no_of_record bigint,
  loaded_record bigint,
  deleted_record bigint,
  load_date datetime NOT NULL,
  end_date datetime,
  load_status varchar(100),
  message text,
  input_file_name text,
  log_file_name text,
  transform_name varchar(500),
  PRIMARY KEY (upload_id)
);

CREATE TABLE set_type (
  id int NOT NULL,
  name varchar(500),
  create_date datetime,
  PRIMARY KEY (id)
);

CREATE TABLE source_master (
  source_cd varchar(50) NOT NULL,
  description varchar(300),
  create_date datetime,
  PRIMARY KEY (source_cd)
);

CREATE TABLE set_upload_status (
  upload_id int NOT NULL,
  set_type_id int NOT NULL,
  source_cd varchar(50) NOT NULL,
  no_of_record bigint,
  loaded_record bigint,
  deleted_record bigint,
  load_date datetime NOT NULL,
  end_date datetime,
  load_status varchar(100),
  message text,
  input_file_name text,
  log_file_name text,
  transform_name varchar(500),
  PRIMARY KEY (upload_id, set_type_id),
  CONSTRAINT fk_up_set_type_id FOREIGN KEY (set_type_id) REFERENCES set_type (id)
);

CREATE TABLE pm_cell_data (
  cell_id varchar(50) NOT NULL,
  project_path varchar(255) NOT NULL,
  name varchar(255) NULL,
  method_cd varchar(255) NULL,
  url varchar(255) NULL,
  can_override int NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (cell_id, project_path)
);

CREATE TABLE pm_cell_params (
  id int NOT NULL AUTO_INCREMENT,
  datatype_cd varchar(50) NULL,
  cell_id varchar(50) NOT NULL,
  project_path varchar(255) NOT NULL,
  param_name_cd varchar(50) NOT NULL,
  value text NULL,
  can_override int NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (id)
);

CREATE TABLE pm_global_params (
  id int NOT NULL AUTO_INCREMENT,
  datatype_cd varchar(50) NULL,
  param_name_cd varchar(50) NOT NULL,
  project_path varchar(255) NOT NULL,
  value text NULL,
  can_override int NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (id)
);

CREATE TABLE pm_hive_data (
  domain_id varchar(50) NOT NULL,
  helpurl varchar(255) NULL,
  domain_name varchar(255) NULL,
  environment_cd varchar(255) NULL,
  active int NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (domain_id)
);

CREATE TABLE pm_hive_params (
  id int NOT NULL AUTO_INCREMENT,
  datatype_cd varchar(50) NULL,
  domain_id varchar(50) NOT NULL,
  param_name_cd varchar(50) NOT NULL,
  value text NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (id)
);

CREATE TABLE pm_project_data (
  project_id varchar(50) NOT NULL,
  project_name varchar(255) NULL,
  project_wiki varchar(255) NULL,
  project_key varchar(255) NULL,
  project_path varchar(255) NULL,
  project_description varchar(2000) NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (project_id)
);

CREATE TABLE pm_project_params (
  id int NOT NULL AUTO_INCREMENT,
  datatype_cd varchar(50) NULL,
  project_id varchar(50) NOT NULL,
  param_name_cd varchar(50) NOT NULL,
  value text NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (id)
);

CREATE TABLE pm_project_user_params (
  id int NOT NULL AUTO_INCREMENT,
  datatype_cd varchar(50) NULL,
  project_id varchar(50) NOT NULL,
  user_id varchar(50) NOT NULL,
  param_name_cd varchar(50) NOT NULL,
  value text NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (id)
);

CREATE TABLE pm_project_user_roles (
  project_id varchar(50) NOT NULL,
  user_id varchar(50) NOT NULL,
  user_role_cd varchar(255) NOT NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (project_id, user_id, user_role_cd)
);

CREATE TABLE pm_user_login (
  user_id varchar(50) NOT NULL,
  attempt_cd varchar(50) NOT NULL,
  entry_date datetime NOT NULL,
  changeby_char varchar(50),
  status_cd varchar(50)
);

CREATE TABLE pm_user_data (
  user_id varchar(50) NOT NULL,
  full_name varchar(255) NULL,
  password varchar(255) NULL,
  email varchar(255) NULL,
  project_path varchar(255) NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (user_id)
);

CREATE TABLE pm_user_params (
  id int NOT NULL AUTO_INCREMENT,
  datatype_cd varchar(50) NULL,
  user_id varchar(50) NOT NULL,
  param_name_cd varchar(50) NOT NULL,
  value text NULL,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (id)
);

CREATE TABLE pm_role_requirement (
  table_cd varchar(50) NOT NULL,
  column_cd varchar(50) NOT NULL,
  read_hivemgmt_cd varchar(50) NOT NULL,
  write_hivemgmt_cd varchar(50) NOT NULL,
  name_char varchar(2000),
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (table_cd, column_cd, read_hivemgmt_cd, write_hivemgmt_cd)
);

CREATE TABLE pm_user_session (
  user_id varchar(50) NOT NULL,
  session_id varchar(50) NOT NULL,
  expired_date datetime,
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (session_id, user_id)
);

CREATE TABLE pm_approvals (
  approval_id varchar(50) NOT NULL,
  approval_name varchar(255) NULL,
  approval_description varchar(2000) NULL,
  approval_activation_date datetime NULL,
  approval_expiration_date datetime NULL,
  object_cd varchar(50),
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50)
);

CREATE TABLE pm_approvals_params (
  id int NOT NULL AUTO_INCREMENT,
  approval_id varchar(50) NOT NULL,
  param_name_cd varchar(50) NOT NULL,
  value text NULL,
  activation_date datetime NULL,
  expiration_date datetime NULL,
  datatype_cd varchar(50) NULL,
  object_cd varchar(50),
  change_date datetime,
  entry_date datetime,
  changeby_char varchar(50),
  status_cd varchar(50),
  PRIMARY KEY (id)
);

CREATE TABLE pm_project_request (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(255) NULL,
  request_xml text NOT NULL,
  change_date datetime NULL,
  entry_date datetime NULL,
  changeby_char varchar(50) NULL,
  status_cd varchar(50) NULL,
  project_id varchar(50) NULL,
  submit_char varchar(50) NULL,
  PRIMARY KEY (id)
);

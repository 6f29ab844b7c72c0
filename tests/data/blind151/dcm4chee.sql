-- dcm4chee-arc-light 5.x archive database (MySQL), from dcm4chee-arc-entity/src/main/resources/sql/mysql/create-mysql.sql
-- github.com/dcm4che/dcm4chee-arc-light commit 674a86420f48596bc07877a768dec749fa53baf7 (MPL-1.1 / GPL-2.0 / LGPL-2.1)
-- Upstream unique and foreign-key constraints folded into CREATE TABLE; tables ordered so every FK points at an earlier table; indexes left out.

create table code (
  pk bigint not null auto_increment,
  code_meaning varchar(255) not null,
  code_value varchar(255) not null,
  code_designator varchar(255) not null,
  code_version varchar(255) not null,
  PRIMARY KEY (pk),
  CONSTRAINT UKsb4oc9lkns36wswku831c33w6 UNIQUE (code_value, code_designator, code_version)
) engine=InnoDB;

create table dicomattrs (
  pk bigint not null auto_increment,
  attrs longblob not null,
  PRIMARY KEY (pk)
) engine=InnoDB;

create table global_subscription (
  pk bigint not null auto_increment,
  deletion_lock bit not null,
  subscriber_aet varchar(255) not null,
  matchkeys_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UK4n26cxir6d3tksb2cd1kd86ch UNIQUE (subscriber_aet),
  CONSTRAINT UKf1l196ykcnh7s2pwo6qnmltw7 UNIQUE (matchkeys_fk),
  CONSTRAINT FKqkchf2ue2j1p3fv2o94rhacvi FOREIGN KEY (matchkeys_fk) REFERENCES dicomattrs (pk)
) engine=InnoDB;

create table id_sequence (
  name varchar(255) not null,
  next_value integer not null,
  version bigint,
  PRIMARY KEY (name)
) engine=InnoDB;

create table key_value2 (
  pk bigint not null auto_increment,
  content_type varchar(255) not null,
  created_time datetime(6) not null,
  key_name varchar(255) not null,
  updated_time datetime(6) not null,
  username varchar(255),
  key_value varchar(4000) not null,
  PRIMARY KEY (pk),
  CONSTRAINT UK4gq7ksl296rsm6ap9hjrogv3g UNIQUE (key_name)
) engine=InnoDB;

create table metadata (
  pk bigint not null auto_increment,
  created_time datetime(6) not null,
  digest varchar(255),
  object_size bigint not null,
  status tinyint not null,
  storage_id varchar(255) not null,
  storage_path varchar(255) not null,
  PRIMARY KEY (pk)
) engine=InnoDB;

create table patient_demographics (
  pat_id varchar(255) not null,
  pat_birthdate varchar(255),
  pat_name varchar(255),
  pat_sex varchar(255),
  PRIMARY KEY (pat_id)
) engine=InnoDB;

create table person_name (
  pk bigint not null auto_increment,
  alphabetic_name varchar(255) not null,
  ideographic_name varchar(255) not null,
  phonetic_name varchar(255) not null,
  PRIMARY KEY (pk)
) engine=InnoDB;

create table patient (
  pk bigint not null auto_increment,
  created_time datetime(6) not null,
  failed_verifications integer not null,
  num_studies integer not null,
  pat_birthdate varchar(255) not null,
  pat_custom1 varchar(255) not null,
  pat_custom2 varchar(255) not null,
  pat_custom3 varchar(255) not null,
  pat_sex varchar(255) not null,
  updated_time datetime(6) not null,
  verification_status tinyint not null,
  verification_time datetime(6),
  version bigint,
  dicomattrs_fk bigint not null,
  merge_fk bigint,
  pat_name_fk bigint,
  resp_person_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UK5lgndn3gn7iug3kuewiy9q124 UNIQUE (dicomattrs_fk),
  CONSTRAINT UKrj42ffdtimnrcwmqqlvj24gi2 UNIQUE (pat_name_fk),
  CONSTRAINT UK56r2g5ggptqgcvb3hl11adke2 UNIQUE (resp_person_fk),
  CONSTRAINT FKe8j5c2rhq67rt3opqfggoplt2 FOREIGN KEY (dicomattrs_fk) REFERENCES dicomattrs (pk),
  CONSTRAINT FKc66cfkdwiu7eq65kgmxilrocw FOREIGN KEY (merge_fk) REFERENCES patient (pk),
  CONSTRAINT FKig1mwm5jpkyq6733t0hrf56g FOREIGN KEY (pat_name_fk) REFERENCES person_name (pk),
  CONSTRAINT FKjh4miooi709vj5l6xi8h95f3e FOREIGN KEY (resp_person_fk) REFERENCES person_name (pk)
) engine=InnoDB;

create table mpps (
  pk bigint not null auto_increment,
  accession_no varchar(255) not null,
  accno_entity_id varchar(255),
  accno_entity_uid varchar(255),
  accno_entity_uid_type varchar(255),
  created_time datetime(6) not null,
  pps_start_date varchar(255) not null,
  pps_start_time varchar(255) not null,
  sop_iuid varchar(255) not null,
  pps_status tinyint not null,
  study_iuid varchar(255) not null,
  updated_time datetime(6) not null,
  version bigint,
  dicomattrs_fk bigint not null,
  discreason_code_fk bigint,
  patient_fk bigint not null,
  PRIMARY KEY (pk),
  CONSTRAINT UKcyqglxijg7kebbj6oj821yx4d UNIQUE (sop_iuid),
  CONSTRAINT UKo49fec996jvdo31o7ysmsn9s2 UNIQUE (dicomattrs_fk),
  CONSTRAINT FKnhstgtx2w1xd61u4iqbn731pu FOREIGN KEY (dicomattrs_fk) REFERENCES dicomattrs (pk),
  CONSTRAINT FK2m3l9bh173bmq88ukf81yd9ow FOREIGN KEY (discreason_code_fk) REFERENCES code (pk),
  CONSTRAINT FKs7mb8qsr1mjijnw9bvx0dhqab FOREIGN KEY (patient_fk) REFERENCES patient (pk)
) engine=InnoDB;

create table hl7psu_task (
  pk bigint not null auto_increment,
  accession_no varchar(255),
  aet varchar(255) not null,
  created_time datetime(6) not null,
  device_name varchar(255) not null,
  pps_status tinyint,
  scheduled_time datetime(6),
  series_iuid varchar(255),
  study_iuid varchar(255),
  mpps_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UK1t3jge4o2fl1byp3y8ljmkb3m UNIQUE (study_iuid, pps_status),
  CONSTRAINT UKpev4urgkk7id2h1ijhv8domjx UNIQUE (mpps_fk),
  CONSTRAINT FKlvjl0o0sdhht440wccag722e4 FOREIGN KEY (mpps_fk) REFERENCES mpps (pk)
) engine=InnoDB;

create table ian_task (
  pk bigint not null auto_increment,
  calling_aet varchar(255) not null,
  device_name varchar(255) not null,
  ian_dests varchar(255) not null,
  scheduled_time datetime(6),
  study_iuid varchar(255),
  mpps_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UKdq88edcjjxh7h92f89y5ueast UNIQUE (study_iuid),
  CONSTRAINT UK1fuh251le2hid2byw90hd1mly UNIQUE (mpps_fk),
  CONSTRAINT FKs3re94tlv0dbd5go33mwdk6dr FOREIGN KEY (mpps_fk) REFERENCES mpps (pk)
) engine=InnoDB;

create table mwl_item (
  pk bigint not null auto_increment,
  accession_no varchar(255) not null,
  accno_entity_id varchar(255),
  accno_entity_uid varchar(255),
  accno_entity_uid_type varchar(255),
  admission_id varchar(255) not null,
  admid_entity_id varchar(255),
  admid_entity_uid varchar(255),
  admid_entity_uid_type varchar(255),
  created_time datetime(6) not null,
  institution varchar(255) not null,
  department varchar(255) not null,
  modality varchar(255) not null,
  req_proc_id varchar(255) not null,
  sps_id varchar(255) not null,
  sps_start_date varchar(255) not null,
  sps_start_time varchar(255) not null,
  sps_status tinyint not null,
  study_iuid varchar(255) not null,
  updated_time datetime(6) not null,
  version bigint,
  worklist_label varchar(255) not null,
  dicomattrs_fk bigint not null,
  inst_code_fk bigint,
  dept_code_fk bigint,
  patient_fk bigint not null,
  perf_phys_name_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UKlerlqlaghhcs0oaj5irux4qig UNIQUE (study_iuid, sps_id),
  CONSTRAINT UK6qj8tkh6ib9w2pjqwvqe23ko UNIQUE (dicomattrs_fk),
  CONSTRAINT UK44qwwvs50lgpog2cqmicxgt1f UNIQUE (perf_phys_name_fk),
  CONSTRAINT FK9vjk41q61e9x9n4qfve6jud8s FOREIGN KEY (dicomattrs_fk) REFERENCES dicomattrs (pk),
  CONSTRAINT FKqui6rvqyg1qfujae4mw3o0nbm FOREIGN KEY (inst_code_fk) REFERENCES code (pk),
  CONSTRAINT FKpl6u7oyyp6o3ca8r9jbxv5oge FOREIGN KEY (dept_code_fk) REFERENCES code (pk),
  CONSTRAINT FKeursgxiy2u6ws39cgn1b25e6k FOREIGN KEY (patient_fk) REFERENCES patient (pk),
  CONSTRAINT FKf5l3x4bfqn3jv8mhj617kidx7 FOREIGN KEY (perf_phys_name_fk) REFERENCES person_name (pk)
) engine=InnoDB;

create table patient_id (
  pk bigint not null auto_increment,
  pat_id varchar(255) not null,
  pat_id_type_code varchar(255),
  entity_id varchar(255) not null,
  pat_name varchar(255) not null,
  entity_uid varchar(255) not null,
  entity_uid_type varchar(255) not null,
  version bigint,
  patient_fk bigint not null,
  PRIMARY KEY (pk),
  CONSTRAINT UKq9cv3b9n0uv93ugud52uiw9k1 UNIQUE (pat_id(128), entity_id(128), entity_uid(128), entity_uid_type(128), pat_name(128)),
  CONSTRAINT FKih8d22x50j7orytfmigrnssea FOREIGN KEY (patient_fk) REFERENCES patient (pk)
) engine=InnoDB;

create table rejected_instance (
  pk bigint not null auto_increment,
  created_time datetime(6) not null,
  series_iuid varchar(255) not null,
  sop_cuid varchar(255) not null,
  sop_iuid varchar(255) not null,
  study_iuid varchar(255) not null,
  reject_code_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UK6liqevdmi0spifxf2vrh18wkp UNIQUE (study_iuid, series_iuid, sop_iuid),
  CONSTRAINT FK27xpx6okj63sunyo76tf0s913 FOREIGN KEY (reject_code_fk) REFERENCES code (pk)
) engine=InnoDB;

create table soundex_code (
  pk bigint not null auto_increment,
  sx_code_value varchar(255) not null,
  sx_pn_comp_part integer not null,
  sx_pn_comp tinyint not null,
  person_name_fk bigint not null,
  PRIMARY KEY (pk),
  CONSTRAINT FKctukwjaer0axw2jwv3bfj67r2 FOREIGN KEY (person_name_fk) REFERENCES person_name (pk)
) engine=InnoDB;

create table sps_station_aet (
  mwl_item_fk bigint not null,
  station_aet varchar(255),
  CONSTRAINT FKmeklscb7t55i8mb2d4cjucywd FOREIGN KEY (mwl_item_fk) REFERENCES mwl_item (pk)
) engine=InnoDB;

create table stgcmt_result (
  pk bigint not null auto_increment,
  batch_id varchar(255),
  created_time datetime(6) not null,
  device_name varchar(255) not null,
  exporter_id varchar(255),
  num_failures integer,
  num_instances integer,
  series_iuid varchar(255),
  sop_iuid varchar(255),
  stgcmt_status tinyint not null,
  study_iuid varchar(255) not null,
  task_fk bigint,
  transaction_uid varchar(255) not null,
  updated_time datetime(6) not null,
  PRIMARY KEY (pk),
  CONSTRAINT UKey6qpep2qtiwayou7pd0vj22w UNIQUE (transaction_uid)
) engine=InnoDB;

create table study (
  pk bigint not null auto_increment,
  access_control_id varchar(255),
  access_time datetime(6) not null,
  accession_no varchar(255) not null,
  accno_entity_id varchar(255),
  accno_entity_uid varchar(255),
  accno_entity_uid_type varchar(255),
  admission_id varchar(255) not null,
  admid_entity_id varchar(255),
  admid_entity_uid varchar(255),
  admid_entity_uid_type varchar(255),
  completeness tinyint not null,
  created_time datetime(6) not null,
  study_deleting bit not null,
  expiration_date varchar(255),
  expiration_exporter_id varchar(255),
  expiration_state tinyint not null,
  ext_retrieve_aet varchar(255) not null,
  failed_retrieves integer not null,
  modified_time datetime(6) not null,
  rejection_state tinyint not null,
  study_size bigint not null,
  storage_ids varchar(255),
  study_custom1 varchar(255) not null,
  study_custom2 varchar(255) not null,
  study_custom3 varchar(255) not null,
  study_date varchar(255) not null,
  study_desc varchar(255) not null,
  study_id varchar(255) not null,
  study_iuid varchar(255) not null,
  study_time varchar(255) not null,
  updated_time datetime(6) not null,
  version bigint,
  dicomattrs_fk bigint not null,
  patient_fk bigint not null,
  ref_phys_name_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UKpt5qn20x278wb1f7p2t3lcxv UNIQUE (study_iuid),
  CONSTRAINT UK5w0oynbw061mwu1rr9mrb6kj4 UNIQUE (dicomattrs_fk),
  CONSTRAINT UK49eet5qgcsb32ktsqrf1mj3x2 UNIQUE (ref_phys_name_fk),
  CONSTRAINT FK2ktu3hbxxalrngfhyp4j6pf70 FOREIGN KEY (dicomattrs_fk) REFERENCES dicomattrs (pk),
  CONSTRAINT FKocnq3so9ej7h0mnd6a6arjf6c FOREIGN KEY (patient_fk) REFERENCES patient (pk),
  CONSTRAINT FKndwmntu3lsjd78erctnbposyr FOREIGN KEY (ref_phys_name_fk) REFERENCES person_name (pk)
) engine=InnoDB;

create table rel_study_pcode (
  study_fk bigint not null,
  pcode_fk bigint not null,
  CONSTRAINT FKlia0q74j0xhj2u0avy1wbbx7q FOREIGN KEY (pcode_fk) REFERENCES code (pk),
  CONSTRAINT FKta5515ogakmavm1swi6tw1n2n FOREIGN KEY (study_fk) REFERENCES study (pk)
) engine=InnoDB;

create table series (
  pk bigint not null auto_increment,
  access_control_id varchar(255),
  body_part varchar(255) not null,
  completeness tinyint not null,
  compress_failures integer not null,
  compress_params varchar(255),
  compress_time datetime(6),
  compress_tsuid varchar(255),
  created_time datetime(6) not null,
  expiration_date varchar(255),
  expiration_exporter_id varchar(255),
  expiration_state tinyint not null,
  ext_retrieve_aet varchar(255) not null,
  failed_retrieves integer not null,
  stgver_failures integer not null,
  inst_purge_state tinyint not null,
  inst_purge_time datetime(6),
  institution varchar(255) not null,
  department varchar(255) not null,
  laterality varchar(255) not null,
  metadata_update_time datetime(6),
  metadata_update_failures integer not null,
  metadata_update_load_objects bit not null,
  modality varchar(255) not null,
  modified_time datetime(6) not null,
  num_instances integer,
  pps_cuid varchar(255) not null,
  pps_iuid varchar(255) not null,
  pps_start_date varchar(255) not null,
  pps_start_time varchar(255) not null,
  receiving_aet varchar(255),
  receiving_hl7_app varchar(255),
  receiving_hl7_facility varchar(255),
  receiving_pres_addr varchar(255),
  rejection_state tinyint not null,
  sending_aet varchar(255),
  sending_hl7_app varchar(255),
  sending_hl7_facility varchar(255),
  sending_pres_addr varchar(255),
  series_custom1 varchar(255) not null,
  series_custom2 varchar(255) not null,
  series_custom3 varchar(255) not null,
  series_desc varchar(255) not null,
  series_iuid varchar(255) not null,
  series_no integer,
  series_size bigint not null,
  sop_cuid varchar(255) not null,
  station_name varchar(255) not null,
  stgver_time datetime(6),
  tsuid varchar(255) not null,
  updated_time datetime(6) not null,
  version bigint,
  dicomattrs_fk bigint not null,
  inst_code_fk bigint,
  dept_code_fk bigint,
  metadata_fk bigint,
  perf_phys_name_fk bigint,
  study_fk bigint not null,
  PRIMARY KEY (pk),
  CONSTRAINT UK83y2fx8cou17h3xggxspgikna UNIQUE (study_fk, series_iuid),
  CONSTRAINT UKbdj2kuutidekc2en6dckev7l6 UNIQUE (dicomattrs_fk),
  CONSTRAINT UKpu4p7k1o9hleuk9rmxvw2ybj6 UNIQUE (metadata_fk),
  CONSTRAINT UK5n4bxxb2xa7bvvq26ao7wihky UNIQUE (perf_phys_name_fk),
  CONSTRAINT FKtih7mdqwcklym58jd9wn3itjq FOREIGN KEY (dicomattrs_fk) REFERENCES dicomattrs (pk),
  CONSTRAINT FK6nn55bx7pqlmimgfnhfpjra94 FOREIGN KEY (inst_code_fk) REFERENCES code (pk),
  CONSTRAINT FKnpdeeclrflvuxajeqjmk6utf FOREIGN KEY (dept_code_fk) REFERENCES code (pk),
  CONSTRAINT FK84fpblugeadm5u6dw1idi80a0 FOREIGN KEY (metadata_fk) REFERENCES metadata (pk),
  CONSTRAINT FK5p2gub2u40fyh2ch6bp6nan4l FOREIGN KEY (perf_phys_name_fk) REFERENCES person_name (pk),
  CONSTRAINT FK3196nws7ngapmsmtoafb4e88j FOREIGN KEY (study_fk) REFERENCES study (pk)
) engine=InnoDB;

create table instance (
  pk bigint not null auto_increment,
  availability tinyint not null,
  sr_complete varchar(255) not null,
  content_date varchar(255) not null,
  content_time varchar(255) not null,
  created_time datetime(6) not null,
  ext_retrieve_aet varchar(255) not null,
  inst_custom1 varchar(255) not null,
  inst_custom2 varchar(255) not null,
  inst_custom3 varchar(255) not null,
  inst_no integer,
  num_frames integer,
  retrieve_aets varchar(255),
  sop_cuid varchar(255) not null,
  sop_iuid varchar(255) not null,
  updated_time datetime(6) not null,
  sr_verified varchar(255) not null,
  version bigint,
  dicomattrs_fk bigint not null,
  srcode_fk bigint,
  series_fk bigint not null,
  PRIMARY KEY (pk),
  CONSTRAINT UK247lgirehl8i2vuanyfjnuyjb UNIQUE (series_fk, sop_iuid),
  CONSTRAINT UKjxfu47kwjk3kkkyrwewjw8a4n UNIQUE (dicomattrs_fk),
  CONSTRAINT FKokrgkyvch35m6iwr309mawsna FOREIGN KEY (dicomattrs_fk) REFERENCES dicomattrs (pk),
  CONSTRAINT FKqmk050ojwer9ujsbl74d4kf6e FOREIGN KEY (srcode_fk) REFERENCES code (pk),
  CONSTRAINT FKe92yganh695k2y4hxfqxtesg1 FOREIGN KEY (series_fk) REFERENCES series (pk)
) engine=InnoDB;

create table content_item (
  pk bigint not null auto_increment,
  rel_type varchar(255) not null,
  text_value varchar(255),
  code_fk bigint,
  name_fk bigint not null,
  instance_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT FKfra6ee5jtybfp94ldpvva623o FOREIGN KEY (code_fk) REFERENCES code (pk),
  CONSTRAINT FK7rpy6unnb5b18b8ieuqr9w9i9 FOREIGN KEY (name_fk) REFERENCES code (pk),
  CONSTRAINT FKei15n1lk1h1e8f89e9ubalm7q FOREIGN KEY (instance_fk) REFERENCES instance (pk)
) engine=InnoDB;

create table instance_req (
  pk bigint not null auto_increment,
  accession_no varchar(255) not null,
  accno_entity_id varchar(255),
  accno_entity_uid varchar(255),
  accno_entity_uid_type varchar(255),
  req_proc_id varchar(255) not null,
  req_service varchar(255) not null,
  sps_id varchar(255) not null,
  study_iuid varchar(255) not null,
  req_phys_name_fk bigint,
  instance_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UKcqmmps9maltjybl44t4cck404 UNIQUE (req_phys_name_fk),
  CONSTRAINT FK8leut3c0gfxcg6y3lbjlpt2bt FOREIGN KEY (req_phys_name_fk) REFERENCES person_name (pk),
  CONSTRAINT FKmbg8j00cvubj76doba8funq8j FOREIGN KEY (instance_fk) REFERENCES instance (pk)
) engine=InnoDB;

create table series_access_control_id (
  series_fk bigint not null,
  access_control_id varchar(255),
  CONSTRAINT FKt7uu3btv6pro4wuxspq0pom8y FOREIGN KEY (series_fk) REFERENCES series (pk)
) engine=InnoDB;

create table series_query_attrs (
  pk bigint not null auto_increment,
  availability tinyint,
  num_instances integer,
  retrieve_aets varchar(255),
  cuids_in_series varchar(255),
  view_id varchar(255),
  series_fk bigint not null,
  PRIMARY KEY (pk),
  CONSTRAINT UKt1uhb1suiiqffhsv9eaopeevs UNIQUE (view_id, series_fk),
  CONSTRAINT FKsk791fnscydy7whj3lvrp3j1a FOREIGN KEY (series_fk) REFERENCES series (pk)
) engine=InnoDB;

create table series_req (
  pk bigint not null auto_increment,
  accession_no varchar(255) not null,
  accno_entity_id varchar(255),
  accno_entity_uid varchar(255),
  accno_entity_uid_type varchar(255),
  req_proc_id varchar(255) not null,
  req_service varchar(255) not null,
  sps_id varchar(255) not null,
  study_iuid varchar(255) not null,
  req_phys_name_fk bigint,
  series_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UKbcn0jtvurqutw865pwp34pejb UNIQUE (req_phys_name_fk),
  CONSTRAINT FK15lid2bqbrsmjatxiq0vug4wq FOREIGN KEY (req_phys_name_fk) REFERENCES person_name (pk),
  CONSTRAINT FK1gs2u7w7uefvi7dcjg9vlp23x FOREIGN KEY (series_fk) REFERENCES series (pk)
) engine=InnoDB;

create table study_access_control_id (
  study_fk bigint not null,
  access_control_id varchar(255),
  CONSTRAINT FKluah7q5kdwqidu6uwlrsndd7k FOREIGN KEY (study_fk) REFERENCES study (pk)
) engine=InnoDB;

create table study_query_attrs (
  pk bigint not null auto_increment,
  availability tinyint,
  mods_in_study varchar(255),
  num_instances integer,
  num_series integer,
  retrieve_aets varchar(255),
  cuids_in_study varchar(4000),
  view_id varchar(255),
  study_fk bigint not null,
  PRIMARY KEY (pk),
  CONSTRAINT UKprn4qt6d42stw0gfi1yce1fap UNIQUE (view_id, study_fk),
  CONSTRAINT FKmu32jq25y6qkimi7hn7d4s2hp FOREIGN KEY (study_fk) REFERENCES study (pk)
) engine=InnoDB;

create table task (
  pk bigint not null auto_increment,
  batch_id varchar(255),
  check_different bit,
  check_missing bit,
  compare_fields varchar(255),
  completed integer,
  created_time datetime(6) not null,
  destination_aet varchar(255),
  device_name varchar(255) not null,
  different integer not null,
  error_comment varchar(255),
  error_msg varchar(255),
  exporter_id varchar(255),
  failed integer,
  local_aet varchar(255),
  matches integer not null,
  missing integer not null,
  modalities varchar(255),
  num_failures integer not null,
  num_instances integer,
  outcome_msg varchar(255),
  payload longblob,
  proc_end_time datetime(6),
  proc_start_time datetime(6),
  query_str varchar(255),
  queue_name varchar(255) not null,
  remaining integer,
  remote_aet varchar(255),
  rq_uri varchar(4000),
  rq_host varchar(255),
  rq_user_id varchar(255),
  scheduled_time datetime(6) not null,
  series_iuid varchar(255),
  sop_iuid varchar(255),
  task_status tinyint not null,
  status_code integer,
  storage_ids varchar(255),
  stgcmt_policy tinyint,
  study_iuid varchar(255),
  task_type tinyint not null,
  update_location_status bit,
  updated_time datetime(6) not null,
  version bigint,
  warning integer not null,
  PRIMARY KEY (pk)
) engine=InnoDB;

create table rel_task_dicomattrs (
  task_fk bigint not null,
  dicomattrs_fk bigint not null,
  CONSTRAINT UKe0gtunmen48q8imxggunt7gt7 UNIQUE (dicomattrs_fk),
  CONSTRAINT FK53sqs6uiua7ff45u94lrv50t7 FOREIGN KEY (dicomattrs_fk) REFERENCES dicomattrs (pk),
  CONSTRAINT FKhd3dj3u43xxgdxn7w5imp5ank FOREIGN KEY (task_fk) REFERENCES task (pk)
) engine=InnoDB;

create table uidmap (
  pk bigint not null auto_increment,
  uidmap longblob not null,
  PRIMARY KEY (pk)
) engine=InnoDB;

create table location (
  pk bigint not null auto_increment,
  created_time datetime(6) not null,
  digest varchar(255),
  multi_ref integer,
  object_type tinyint not null,
  object_size bigint not null,
  status tinyint not null,
  storage_id varchar(255) not null,
  storage_path varchar(255) not null,
  tsuid varchar(255),
  uidmap_fk bigint,
  instance_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT FKpp9xjy946uspo3piayc6ofels FOREIGN KEY (instance_fk) REFERENCES instance (pk),
  CONSTRAINT FKendncyyv928u41dfo1x09s644 FOREIGN KEY (uidmap_fk) REFERENCES uidmap (pk)
) engine=InnoDB;

create table ups (
  pk bigint not null auto_increment,
  admission_id varchar(255) not null,
  admid_entity_id varchar(255),
  admid_entity_uid varchar(255),
  admid_entity_uid_type varchar(255),
  created_time datetime(6) not null,
  expected_end_date_time varchar(255) not null,
  input_readiness_state tinyint not null,
  performer_aet varchar(255),
  ups_state tinyint not null,
  replaced_iuid varchar(255) not null,
  expiration_date_time varchar(255) not null,
  start_date_time varchar(255) not null,
  transaction_iuid varchar(255),
  updated_time datetime(6) not null,
  ups_iuid varchar(255) not null,
  ups_label varchar(255) not null,
  ups_priority tinyint not null,
  version bigint,
  worklist_label varchar(255) not null,
  dicomattrs_fk bigint not null,
  perf_name_fk bigint,
  patient_fk bigint not null,
  ups_code_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UKqck03rlxht9myv77sc79a480t UNIQUE (ups_iuid),
  CONSTRAINT UK3frtpy5cstsoxk5jxw9cutr33 UNIQUE (dicomattrs_fk),
  CONSTRAINT UKhmvl80qis2pab8xtd9qyqea5b UNIQUE (perf_name_fk),
  CONSTRAINT FKaddby69vtwxpssgaa12ct6pn3 FOREIGN KEY (dicomattrs_fk) REFERENCES dicomattrs (pk),
  CONSTRAINT FKhy3cd5se2avt08upapu19y1g6 FOREIGN KEY (perf_name_fk) REFERENCES person_name (pk),
  CONSTRAINT FKjcmu4x6x02r0tc1d28xb3nf17 FOREIGN KEY (patient_fk) REFERENCES patient (pk),
  CONSTRAINT FKr3t1gbo2e42oleaqeastvv5ej FOREIGN KEY (ups_code_fk) REFERENCES code (pk)
) engine=InnoDB;

create table rel_ups_perf_code (
  ups_fk bigint not null,
  perf_code_fk bigint not null,
  CONSTRAINT FK6om2durembdfk2rmd29dlcm2t FOREIGN KEY (perf_code_fk) REFERENCES code (pk),
  CONSTRAINT FK31cp9ux8xb2dcu0nv84tgd8um FOREIGN KEY (ups_fk) REFERENCES ups (pk)
) engine=InnoDB;

create table rel_ups_station_class_code (
  ups_fk bigint not null,
  station_class_code_fk bigint not null,
  CONSTRAINT FK62f8dua3p8bxv3vilctc7pd42 FOREIGN KEY (station_class_code_fk) REFERENCES code (pk),
  CONSTRAINT FKf0y92ufejerf9dwv8sl6kdkae FOREIGN KEY (ups_fk) REFERENCES ups (pk)
) engine=InnoDB;

create table rel_ups_station_location_code (
  ups_fk bigint not null,
  station_location_code_fk bigint not null,
  CONSTRAINT FKp5d05caciw2cqik5uqt7r8w6p FOREIGN KEY (station_location_code_fk) REFERENCES code (pk),
  CONSTRAINT FKlxb9i1b48mfxo0y72fpeoxl48 FOREIGN KEY (ups_fk) REFERENCES ups (pk)
) engine=InnoDB;

create table rel_ups_station_name_code (
  ups_fk bigint not null,
  station_name_code_fk bigint not null,
  CONSTRAINT FK308ga4grefjjwmrwtsirjmbhh FOREIGN KEY (station_name_code_fk) REFERENCES code (pk),
  CONSTRAINT FKd4gjwmhmlphp865fxiqjypwo2 FOREIGN KEY (ups_fk) REFERENCES ups (pk)
) engine=InnoDB;

create table subscription (
  pk bigint not null auto_increment,
  deletion_lock bit not null,
  subscriber_aet varchar(255) not null,
  ups_fk bigint not null,
  PRIMARY KEY (pk),
  CONSTRAINT UKco8q5hn46dehb35qsrtwyys96 UNIQUE (subscriber_aet, ups_fk),
  CONSTRAINT FKh9mdhriyx32gr91pfdgnl48f0 FOREIGN KEY (ups_fk) REFERENCES ups (pk)
) engine=InnoDB;

create table ups_req (
  pk bigint not null auto_increment,
  accession_no varchar(255) not null,
  accno_entity_id varchar(255),
  accno_entity_uid varchar(255),
  accno_entity_uid_type varchar(255),
  req_proc_id varchar(255) not null,
  req_service varchar(255) not null,
  study_iuid varchar(255) not null,
  req_phys_name_fk bigint,
  ups_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UKkocdb2pxx2fymu1modhneb4xm UNIQUE (req_phys_name_fk),
  CONSTRAINT FK1b5veu90oftv8o95nxx2xndpb FOREIGN KEY (req_phys_name_fk) REFERENCES person_name (pk),
  CONSTRAINT FKh1sjrdq663dnk8j7hsthun4ie FOREIGN KEY (ups_fk) REFERENCES ups (pk)
) engine=InnoDB;

create table verify_observer (
  pk bigint not null auto_increment,
  verify_datetime varchar(255) not null,
  observer_name_fk bigint,
  instance_fk bigint,
  PRIMARY KEY (pk),
  CONSTRAINT UK105wt9hglqsmtnoxgma9x18vj UNIQUE (observer_name_fk),
  CONSTRAINT FK8vo3f94xgum0qajsjqnlnqjo4 FOREIGN KEY (observer_name_fk) REFERENCES person_name (pk),
  CONSTRAINT FKkpcwkrsipamdg81mao7nkmdc2 FOREIGN KEY (instance_fk) REFERENCES instance (pk)
) engine=InnoDB;

-- HuMo-genealogy (github.com/HuubMons/HuMo-genealogy), commit c7f25142d40105fd333636edd421469409277239, GPL-3.0
-- Tables as created by admin/views/install.php (database update_status 21), plus humo_photocat
-- (admin/views/thumbs.php), humo_pw_retrieval (app/Model/ResetPasswordModel.php) and the import work table
-- humo_temp_relations_persons (admin/views/gedcom_import.php). Column names, order and types unchanged;
-- upstream's three foreign keys (added afterwards by ALTER TABLE) are left out.

CREATE TABLE humo_settings (
  setting_id int(10) unsigned NOT NULL auto_increment,
  setting_variable varchar(50) CHARACTER SET utf8,
  setting_value text CHARACTER SET utf8,
  setting_order smallint(5),
  setting_tree_id smallint(5),
  PRIMARY KEY (`setting_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_groups (
  group_id smallint(5) unsigned NOT NULL auto_increment,
  group_name varchar(25) CHARACTER SET utf8,
  group_privacy varchar(1) CHARACTER SET utf8,
  group_menu_places varchar(1) CHARACTER SET utf8,
  group_admin varchar(1) CHARACTER SET utf8,
  group_statistics varchar(1) CHARACTER SET utf8 NOT NULL DEFAULT 'j',
  group_menu_persons VARCHAR(1) NOT NULL DEFAULT 'j',
  group_menu_names VARCHAR(1) NOT NULL DEFAULT 'j',
  group_menu_login VARCHAR(1) NOT NULL DEFAULT 'j',
  group_birthday_rss varchar(1) CHARACTER SET utf8 NOT NULL DEFAULT 'j',
  group_birthday_list varchar(1) CHARACTER SET utf8 NOT NULL DEFAULT 'j',
  group_latestchanges VARCHAR(1) NOT NULL DEFAULT 'j',
  group_contact VARCHAR(1) NOT NULL DEFAULT 'j',
  group_googlemaps VARCHAR(1) NOT NULL DEFAULT 'j',
  group_relcalc VARCHAR(1) NOT NULL DEFAULT 'j',
  group_showstatistics VARCHAR(1) NOT NULL DEFAULT 'j',
  group_sources varchar(1) CHARACTER SET utf8,
  group_show_restricted_source varchar(1) CHARACTER SET utf8 NOT NULL DEFAULT 'y',
  group_source_presentation varchar(20) CHARACTER SET utf8,
  group_text_presentation VARCHAR(20) NOT NULL DEFAULT 'show',
  group_pictures varchar(1) CHARACTER SET utf8,
  group_photobook varchar(1) CHARACTER SET utf8 NOT NULL DEFAULT 'n',
  group_gedcomnr varchar(1) CHARACTER SET utf8,
  group_living_place varchar(1) CHARACTER SET utf8,
  group_places varchar(1) CHARACTER SET utf8,
  group_religion varchar(1) CHARACTER SET utf8,
  group_place_date varchar(1) CHARACTER SET utf8,
  group_kindindex varchar(1) CHARACTER SET utf8,
  group_event varchar(1) CHARACTER SET utf8,
  group_addresses varchar(1) CHARACTER SET utf8,
  group_own_code varchar(1) CHARACTER SET utf8,
  group_user_notes varchar(1) CHARACTER SET utf8 NOT NULL DEFAULT 'n',
  group_user_notes_notes varchar(1) CHARACTER SET utf8 NOT NULL DEFAULT 'n',
  group_user_notes_show VARCHAR(1) NOT NULL DEFAULT 'n',
  group_family_presentation VARCHAR(10) CHARACTER SET utf8 NOT NULL DEFAULT 'compact',
  group_maps_presentation VARCHAR(10) CHARACTER SET utf8 NOT NULL DEFAULT 'hide',
  group_show_age_living_person varchar(1) CHARACTER SET utf8 NOT NULL DEFAULT 'y',
  group_pdf_button varchar(1) CHARACTER SET utf8,
  group_rtf_button varchar(1) CHARACTER SET utf8 NOT NULL DEFAULT 'n',
  group_work_text varchar(1) CHARACTER SET utf8,
  group_texts varchar(1) CHARACTER SET utf8,
  group_text_pers varchar(1) CHARACTER SET utf8,
  group_texts_pers varchar(1) CHARACTER SET utf8,
  group_texts_fam varchar(1) CHARACTER SET utf8,
  group_alive varchar(1) CHARACTER SET utf8,
  group_alive_date_act varchar(1) CHARACTER SET utf8,
  group_alive_date varchar(4) CHARACTER SET utf8,
  group_death_date_act varchar(1) CHARACTER SET utf8,
  group_death_date varchar(4) CHARACTER SET utf8,
  group_filter_date varchar(1) CHARACTER SET utf8 NOT NULL DEFAULT 'n',
  group_filter_death varchar(1) CHARACTER SET utf8,
  group_filter_total varchar(1) CHARACTER SET utf8,
  group_filter_name varchar(1) CHARACTER SET utf8,
  group_filter_fam varchar(1) CHARACTER SET utf8,
  group_filter_pers_show_act varchar(1) CHARACTER SET utf8,
  group_filter_pers_show varchar(50) CHARACTER SET utf8,
  group_filter_pers_hide_act varchar(1) CHARACTER SET utf8,
  group_filter_pers_hide varchar(50) CHARACTER SET utf8,
  group_pers_hide_totally_act VARCHAR(1) CHARACTER SET utf8 NOT NULL DEFAULT 'n',
  group_pers_hide_totally VARCHAR(50) CHARACTER SET utf8 NOT NULL DEFAULT 'X',
  group_gen_protection VARCHAR(1) CHARACTER SET utf8 NOT NULL DEFAULT 'n',
  group_hide_trees VARCHAR(200) NOT NULL DEFAULT '',
  group_edit_trees VARCHAR(200) NOT NULL DEFAULT '',
  group_hide_photocat VARCHAR(200) NOT NULL DEFAULT '',
  PRIMARY KEY (`group_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_users (
  user_id smallint(5) unsigned NOT NULL auto_increment,
  user_name varchar(25) CHARACTER SET utf8,
  user_mail varchar(100) CHARACTER SET utf8,
  user_trees text CHARACTER SET utf8,
  user_remark text CHARACTER SET utf8,
  user_password varchar(50) CHARACTER SET utf8,
  user_password_salted VARCHAR(255) CHARACTER SET utf8,
  user_2fa_enabled varchar(1) CHARACTER SET utf8 DEFAULT '',
  user_2fa_auth_secret varchar(50) CHARACTER SET utf8 DEFAULT '',
  user_status varchar(1) CHARACTER SET utf8,
  user_group_id smallint(5),
  user_hide_trees VARCHAR(200) NOT NULL DEFAULT '',
  user_edit_trees VARCHAR(200) NOT NULL DEFAULT '',
  user_ip_address varchar(45) CHARACTER SET utf8 DEFAULT '',
  user_register_date varchar(20) CHARACTER SET utf8,
  user_last_visit varchar(25) CHARACTER SET utf8,
  PRIMARY KEY  (`user_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_user_log (
  log_id mediumint(6) unsigned NOT NULL auto_increment,
  log_username varchar(25) CHARACTER SET utf8,
  log_date varchar(20) CHARACTER SET utf8,
  log_ip_address varchar(45) CHARACTER SET utf8 DEFAULT '',
  log_user_admin varchar(5) CHARACTER SET utf8 DEFAULT '',
  log_status varchar(10) CHARACTER SET utf8 DEFAULT '',
  PRIMARY KEY (`log_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_pw_retrieval (
  `retrieval_userid` varchar(20) NOT NULL,
  `retrieval_pkey` varchar(32) NOT NULL,
  `retrieval_time` varchar(10) NOT NULL,
  `retrieval_status` varchar(7) NOT NULL
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_user_notes (
  note_id smallint(5) unsigned NOT NULL auto_increment,
  note_order smallint(5),
  note_new_datetime datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note_new_user_id smallint NULL DEFAULT NULL,
  note_changed_datetime datetime on update CURRENT_TIMESTAMP NULL DEFAULT NULL,
  note_changed_user_id smallint NULL DEFAULT NULL,
  note_guest_name varchar(25) CHARACTER SET utf8 DEFAULT NULL,
  note_guest_mail varchar(25) CHARACTER SET utf8 DEFAULT NULL,
  note_note text CHARACTER SET utf8,
  note_status varchar(15) CHARACTER SET utf8,
  note_priority varchar(15) CHARACTER SET utf8,
  note_tree_id mediumint(7),
  note_kind varchar(10) CHARACTER SET utf8,
  note_connect_kind varchar(20) CHARACTER SET utf8,
  note_connect_id varchar(25) CHARACTER SET utf8,
  note_names text CHARACTER SET utf8,
  PRIMARY KEY  (`note_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_stat_date (
  stat_id int(10) NOT NULL auto_increment,
  stat_easy_id varchar(100) CHARACTER SET utf8,
  stat_ip_address varchar(40) CHARACTER SET utf8,
  stat_user_agent varchar(255) CHARACTER SET utf8,
  stat_tree_id varchar(5) CHARACTER SET utf8,
  stat_gedcom_fam varchar(25) CHARACTER SET utf8,
  stat_gedcom_man varchar(25) CHARACTER SET utf8,
  stat_gedcom_woman varchar(25) CHARACTER SET utf8,
  stat_date_stat datetime,
  stat_date_linux varchar(50) CHARACTER SET utf8,
  PRIMARY KEY (`stat_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_stat_country (
  stat_country_id INT(10) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  stat_country_ip_address varchar(40) DEFAULT NULL,
  stat_country_code VARCHAR(10) CHARACTER SET utf8
);

CREATE TABLE humo_cms_menu (
  menu_id int(10) NOT NULL AUTO_INCREMENT,
  menu_parent_id int(10) NOT NULL DEFAULT '0',
  menu_order int(5) NOT NULL DEFAULT '0',
  menu_name varchar(25) CHARACTER SET utf8 DEFAULT '',
  PRIMARY KEY (`menu_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_cms_pages (
  page_id int(10) NOT NULL AUTO_INCREMENT,
  page_status varchar(1) CHARACTER SET utf8 DEFAULT '',
  page_menu_id int(10) NOT NULL DEFAULT '0',
  page_order int(10) NOT NULL DEFAULT '0',
  page_counter int(10) NOT NULL DEFAULT '0',
  page_date datetime,
  page_edit_date datetime,
  page_title varchar(50) CHARACTER SET utf8 DEFAULT '',
  page_text longtext CHARACTER SET utf8,
  PRIMARY KEY (`page_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_trees (
  tree_id smallint(5) unsigned NOT NULL auto_increment,
  tree_order smallint(5),
  tree_prefix varchar(10) CHARACTER SET utf8,
  tree_date varchar(20) CHARACTER SET utf8,
  tree_persons varchar(10) CHARACTER SET utf8,
  tree_families varchar(10) CHARACTER SET utf8,
  tree_email varchar(100) CHARACTER SET utf8,
  tree_owner varchar(100) CHARACTER SET utf8,
  tree_pict_path varchar (100) CHARACTER SET utf8,
  tree_privacy varchar (100) CHARACTER SET utf8,
  tree_gedcom varchar (100),
  tree_gedcom_program varchar (100),
  PRIMARY KEY  (`tree_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_tree_texts (
  treetext_id smallint(5) unsigned NOT NULL auto_increment,
  treetext_tree_id smallint(5),
  treetext_language varchar(100) CHARACTER SET utf8,
  treetext_name varchar(100) CHARACTER SET utf8,
  treetext_mainmenu_text text CHARACTER SET utf8,
  treetext_mainmenu_source text CHARACTER SET utf8,
  treetext_family_top text CHARACTER SET utf8,
  treetext_family_footer text CHARACTER SET utf8,
  PRIMARY KEY  (`treetext_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_persons (
  pers_id INT(10) unsigned NOT NULL auto_increment,
  pers_gedcomnumber varchar(25) CHARACTER SET utf8,
  pers_tree_id mediumint(7),
  pers_tree_prefix varchar(10) CHARACTER SET utf8,
  pers_indexnr varchar(25) CHARACTER SET utf8,
  pers_firstname varchar(60) CHARACTER SET utf8,
  pers_prefix varchar(20) CHARACTER SET utf8,
  pers_lastname varchar(60) CHARACTER SET utf8,
  pers_patronym varchar(50) CHARACTER SET utf8,
  pers_name_text text CHARACTER SET utf8,
  pers_sexe varchar(1) CHARACTER SET utf8,
  pers_own_code varchar(100) CHARACTER SET utf8,
  pers_religion varchar(50) CHARACTER SET utf8,
  pers_text text CHARACTER SET utf8,
  pers_alive varchar(20) CHARACTER SET utf8,
  pers_cal_date varchar(35) CHARACTER SET utf8,
  pers_quality varchar(1) CHARACTER SET utf8 DEFAULT '',
  pers_new_user_id smallint NULL DEFAULT NULL,
  pers_new_datetime datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  pers_changed_user_id smallint NULL DEFAULT NULL,
  pers_changed_datetime datetime on update CURRENT_TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (`pers_id`),
  KEY (pers_prefix),
  KEY (pers_lastname),
  KEY (pers_gedcomnumber),
  KEY (pers_tree_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE humo_families (
  fam_id INT(10) unsigned NOT NULL auto_increment,
  fam_tree_id mediumint(7),
  fam_gedcomnumber varchar(25) CHARACTER SET utf8,
  fam_kind varchar(50) CHARACTER SET utf8,
  fam_religion varchar(50) CHARACTER SET utf8,
  fam_text text CHARACTER SET utf8,
  fam_alive int(1),
  fam_cal_date varchar(35) CHARACTER SET utf8,
  fam_quality varchar(1) CHARACTER SET utf8 DEFAULT '',
  fam_counter mediumint(7),
  fam_new_user_id smallint NULL DEFAULT NULL,
  fam_new_datetime datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  fam_changed_user_id smallint NULL DEFAULT NULL,
  fam_changed_datetime datetime on update CURRENT_TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (`fam_id`),
  KEY (fam_tree_id),
  KEY (fam_gedcomnumber)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE humo_relations_persons (
  id INT UNSIGNED AUTO_INCREMENT,
  relation_id INT UNSIGNED NOT NULL,
  relation_gedcomnumber VARCHAR(30) DEFAULT NULL,
  person_id INT UNSIGNED NOT NULL,
  person_gedcomnumber VARCHAR(30) DEFAULT NULL,
  person_age VARCHAR(15) CHARACTER SET utf8,
  tree_id SMALLINT(5) NOT NULL,
  relation_type VARCHAR(20) DEFAULT NULL,
  relation_order TINYINT UNSIGNED DEFAULT NULL,
  partner_order TINYINT UNSIGNED DEFAULT 1,
  PRIMARY KEY (id),
  INDEX idx_relation_id (relation_id),
  INDEX idx_relation_gedcomnumber (relation_gedcomnumber),
  INDEX idx_person_id (person_id),
  INDEX idx_person_gedcomnumber (person_gedcomnumber),
  INDEX idx_relation_type (relation_type)
);

CREATE TABLE humo_temp_relations_persons (
  id INT UNSIGNED AUTO_INCREMENT,
  relation_id INT UNSIGNED NOT NULL,
  relation_gedcomnumber VARCHAR(30) DEFAULT NULL,
  person_id INT UNSIGNED NOT NULL,
  person_gedcomnumber VARCHAR(30) DEFAULT NULL,
  person_age VARCHAR(15) CHARACTER SET utf8,
  tree_id SMALLINT(5) NOT NULL,
  relation_type VARCHAR(20) DEFAULT NULL,
  relation_order TINYINT UNSIGNED DEFAULT NULL,
  partner_order TINYINT UNSIGNED DEFAULT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE humo_location (
  location_id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  location_location VARCHAR(120) CHARACTER SET utf8,
  location_lat FLOAT(10,6),
  location_lng FLOAT(10,6),
  location_status TEXT
) DEFAULT CHARSET=utf8;

CREATE TABLE humo_events (
  event_id INT(10) unsigned NOT NULL auto_increment,
  event_tree_id smallint(5),
  event_gedcomnr varchar(25) CHARACTER SET utf8,
  event_order mediumint(6),
  person_id INT UNSIGNED NULL,
  relation_id INT UNSIGNED NULL,
  event_connect_kind varchar(25) CHARACTER SET utf8,
  event_connect_id varchar(25) DEFAULT NULL,
  event_connect_kind2 varchar(25) CHARACTER SET utf8,
  event_connect_id2 varchar(25) DEFAULT NULL,
  event_pers_age varchar(15) CHARACTER SET utf8,
  event_kind varchar(20) CHARACTER SET utf8,
  event_event text CHARACTER SET utf8,
  event_event_extra text CHARACTER SET utf8,
  authority TEXT NULL,
  stillborn VARCHAR(1) DEFAULT 'n',
  cause VARCHAR(255) DEFAULT NULL,
  cremation VARCHAR(1) DEFAULT NULL,
  event_end_date VARCHAR(35) DEFAULT NULL,
  event_gedcom varchar(20) CHARACTER SET utf8,
  event_date varchar(40) CHARACTER SET utf8,
  date_year INT NULL,
  event_date_hebnight VARCHAR(10) CHARACTER SET utf8,
  date_month TINYINT NULL,
  date_day TINYINT NULL,
  event_time VARCHAR(25) NULL,
  place_id INT UNSIGNED NULL,
  event_text text CHARACTER SET utf8,
  event_quality varchar(1) CHARACTER SET utf8 DEFAULT '',
  event_new_user_id smallint NULL DEFAULT NULL,
  event_new_datetime datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  event_changed_user_id smallint NULL DEFAULT NULL,
  event_changed_datetime datetime on update CURRENT_TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (`event_id`),
  KEY (event_tree_id),
  KEY (event_connect_id),
  KEY (event_connect_id2),
  KEY (event_kind),
  KEY (person_id),
  KEY (relation_id),
  KEY (place_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE humo_addresses (
  address_id INT(10) unsigned NOT NULL auto_increment,
  address_tree_id smallint(5),
  address_gedcomnr varchar(25) CHARACTER SET utf8,
  address_shared varchar(1) CHARACTER SET utf8 DEFAULT '',
  address_order mediumint(6),
  address_connect_kind varchar(25) DEFAULT NULL,
  address_connect_sub_kind varchar(30) DEFAULT NULL,
  address_connect_id varchar(25) CHARACTER SET utf8,
  address_address text CHARACTER SET utf8,
  address_zip varchar(20) CHARACTER SET utf8,
  address_place varchar(120) CHARACTER SET utf8,
  address_phone varchar(20) CHARACTER SET utf8,
  address_date varchar(35) CHARACTER SET utf8,
  address_text text CHARACTER SET utf8,
  address_quality varchar(1) CHARACTER SET utf8 DEFAULT '',
  address_new_user_id smallint NULL DEFAULT NULL,
  address_new_datetime datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  address_changed_user_id smallint NULL DEFAULT NULL,
  address_changed_datetime datetime on update CURRENT_TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (`address_id`),
  KEY (address_tree_id),
  KEY (address_gedcomnr)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE humo_sources (
  source_id INT(10) unsigned NOT NULL auto_increment,
  source_tree_id smallint(5),
  source_status varchar(10) CHARACTER SET utf8,
  source_gedcomnr varchar(25) CHARACTER SET utf8,
  source_order mediumint(6),
  source_title text CHARACTER SET utf8,
  source_abbr varchar(50) CHARACTER SET utf8,
  source_date varchar(35) CHARACTER SET utf8,
  source_publ varchar(150) CHARACTER SET utf8,
  source_place varchar(120) CHARACTER SET utf8,
  source_refn varchar(50) CHARACTER SET utf8,
  source_auth varchar(50) CHARACTER SET utf8,
  source_subj varchar(248) CHARACTER SET utf8,
  source_item varchar(30) CHARACTER SET utf8,
  source_kind varchar(50) CHARACTER SET utf8,
  source_text text CHARACTER SET utf8,
  source_repo_name varchar(50) CHARACTER SET utf8,
  source_repo_caln varchar(50) CHARACTER SET utf8,
  source_repo_page varchar(50) CHARACTER SET utf8,
  source_repo_gedcomnr varchar(25) CHARACTER SET utf8,
  source_quality varchar(1) CHARACTER SET utf8 DEFAULT '',
  source_new_user_id smallint NULL DEFAULT NULL,
  source_new_datetime datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  source_changed_user_id smallint NULL DEFAULT NULL,
  source_changed_datetime datetime on update CURRENT_TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (`source_id`),
  KEY (source_tree_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE humo_repositories (
  repo_id INT(10) unsigned NOT NULL auto_increment,
  repo_tree_id smallint(5),
  repo_gedcomnr varchar(25) CHARACTER SET utf8,
  repo_name text CHARACTER SET utf8,
  repo_address text CHARACTER SET utf8,
  repo_zip varchar(20) CHARACTER SET utf8,
  repo_place varchar(120) CHARACTER SET utf8,
  repo_phone varchar(25) CHARACTER SET utf8,
  repo_date varchar(35) CHARACTER SET utf8,
  repo_text text CHARACTER SET utf8,
  repo_mail varchar(100) CHARACTER SET utf8,
  repo_url varchar(150) CHARACTER SET utf8,
  repo_quality varchar(1) CHARACTER SET utf8 DEFAULT '',
  repo_new_user_id smallint NULL DEFAULT NULL,
  repo_new_datetime datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  repo_changed_user_id smallint NULL DEFAULT NULL,
  repo_changed_datetime datetime on update CURRENT_TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (`repo_id`),
  KEY (repo_tree_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE humo_connections (
  connect_id INT(10) unsigned NOT NULL auto_increment,
  connect_tree_id smallint(5),
  connect_order mediumint(6),
  connect_kind varchar(25) CHARACTER SET utf8,
  connect_sub_kind varchar(30) CHARACTER SET utf8,
  connect_connect_id varchar(25) CHARACTER SET utf8,
  connect_date varchar(35) CHARACTER SET utf8,
  connect_place varchar(120) CHARACTER SET utf8,
  connect_time varchar(25) CHARACTER SET utf8,
  connect_page text CHARACTER SET utf8,
  connect_role varchar(75) CHARACTER SET utf8,
  connect_text text CHARACTER SET utf8,
  connect_source_id varchar(25) CHARACTER SET utf8,
  connect_item_id varchar(25) CHARACTER SET utf8,
  connect_status varchar(10) CHARACTER SET utf8,
  connect_quality varchar(1) CHARACTER SET utf8 DEFAULT '',
  connect_new_user_id smallint NULL DEFAULT NULL,
  connect_new_datetime datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  connect_changed_user_id smallint NULL DEFAULT NULL,
  connect_changed_datetime datetime on update CURRENT_TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (`connect_id`),
  KEY (connect_connect_id),
  KEY (connect_tree_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE humo_texts (
  text_id INT(10) unsigned NOT NULL auto_increment,
  text_tree_id smallint(5),
  text_gedcomnr varchar(25) CHARACTER SET utf8,
  text_text text CHARACTER SET utf8,
  text_quality varchar(1) CHARACTER SET utf8 DEFAULT '',
  text_new_user_id smallint NULL DEFAULT NULL,
  text_new_datetime datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  text_changed_user_id smallint NULL DEFAULT NULL,
  text_changed_datetime datetime on update CURRENT_TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (text_id),
  KEY (text_tree_id),
  KEY (`text_gedcomnr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE humo_unprocessed_tags (
  tag_id INT(10) unsigned NOT NULL auto_increment,
  tag_pers_id INT(10),
  tag_rel_id INT(10),
  tag_event_id INT(10),
  tag_source_id INT(10),
  tag_connect_id INT(10),
  tag_repo_id INT(10),
  tag_place_id INT(10),
  tag_address_id INT(10),
  tag_text_id INT(10),
  tag_tree_id smallint(5),
  tag_tag text CHARACTER SET utf8,
  PRIMARY KEY (`tag_id`),
  KEY (tag_tree_id),
  KEY (tag_pers_id),
  KEY (tag_rel_id),
  KEY (tag_event_id),
  KEY (tag_source_id),
  KEY (tag_connect_id),
  KEY (tag_repo_id),
  KEY (tag_place_id),
  KEY (tag_address_id),
  KEY (tag_text_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE humo_photocat (
  photocat_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  photocat_order MEDIUMINT(6),
  photocat_prefix VARCHAR(30) CHARACTER SET utf8,
  photocat_language VARCHAR(10) CHARACTER SET utf8,
  photocat_name VARCHAR(50) CHARACTER SET utf8
) DEFAULT CHARSET=utf8;

-- CHITS — Community Health Information Tracking System (UP Manila College of Medicine, Medical Informatics Unit;
-- health centres of the Philippines), github.com/alisonperez/chits, commit ef5aa8d2af8f1afefd1a7e7f7c626ae0d22f8755
-- (GPL, as stated in the application's footer "License - GPL"; no licence file in the repository).
-- Schema: sql/chitszero_v2-147-2.sql (phpMyAdmin dump of the empty CHITS database, Aug 2009: 147 CREATE TABLE statements, 146 distinct names).
-- 61 of the tables are kept, verbatim (columns, types, defaults, primary, unique and secondary keys as dumped);
-- `IF NOT EXISTS` and the seed INSERTs dropped. The dump declares foreign keys only for the family-planning
-- tables (its "Constraints for dumped tables" section); they are written inside their CREATE TABLE here.

CREATE TABLE `content` (
  `content_id` int(11) NOT NULL auto_increment,
  `content_module` varchar(25) NOT NULL default '',
  `content_column` int(11) NOT NULL default '0',
  `content_active` char(1) NOT NULL default '',
  `content_display` int(11) NOT NULL default '10',
  `content_level` int(11) NOT NULL default '0',
  PRIMARY KEY  (`content_id`),
  KEY `key_module` (`content_module`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

CREATE TABLE `location` (
  `location_id` varchar(10) NOT NULL default '',
  `location_name` varchar(50) NOT NULL default '',
  PRIMARY KEY  (`location_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `modules` (
  `module_id` varchar(25) NOT NULL default '',
  `module_init` char(1) NOT NULL default 'N',
  `module_version` varchar(25) default '',
  `module_desc` text NOT NULL,
  `module_author` varchar(50) NOT NULL default '',
  `module_name` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`module_id`),
  UNIQUE KEY `ukey_modules` (`module_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `module_menu` (
  `menu_id` int(11) NOT NULL auto_increment,
  `module_id` varchar(25) NOT NULL default '0',
  `menu_cat` varchar(10) NOT NULL default '',
  `menu_title` varchar(20) NOT NULL default '',
  `menu_rank` int(11) NOT NULL default '0',
  `menu_visible` char(1) NOT NULL default 'Y',
  `menu_action` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`menu_id`,`module_id`),
  UNIQUE KEY `ukey_modulemenu` (`module_id`,`menu_action`),
  KEY `key_module` (`module_id`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=1351 ;

CREATE TABLE `module_permissions` (
  `module_id` varchar(25) NOT NULL default '0',
  `user_id` float NOT NULL default '0',
  PRIMARY KEY  (`module_id`,`user_id`),
  KEY `key_module` (`module_id`),
  KEY `key_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `module_user_location` (
  `location_id` varchar(10) NOT NULL default '',
  `user_id` float NOT NULL default '0',
  PRIMARY KEY  (`location_id`,`user_id`),
  KEY `key_user` (`user_id`),
  KEY `key_location` (`location_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `role` (
  `role_id` varchar(10) NOT NULL default '',
  `role_dataaccess` char(3) NOT NULL default '',
  `role_name` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `terms` (
  `termid` varchar(50) NOT NULL default '',
  `languageid` varchar(10) NOT NULL default '',
  `langtext` text,
  `remarks` text,
  `translationof` varchar(50) default NULL,
  `module_id` varchar(25) NOT NULL default '',
  `isenglish` char(1) NOT NULL default 'Y',
  PRIMARY KEY  (`termid`,`languageid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `game_user` (
  `user_id` float NOT NULL auto_increment,
  `user_lastname` varchar(100) NOT NULL default '',
  `user_firstname` varchar(100) NOT NULL default '',
  `user_middle` varchar(100) NOT NULL default '',
  `user_dob` date NOT NULL default '0000-00-00',
  `user_gender` char(1) NOT NULL default '',
  `user_role` varchar(5) NOT NULL default '',
  `user_admin` char(1) NOT NULL default '',
  `user_login` varchar(10) NOT NULL default '',
  `user_password` varchar(32) NOT NULL default '',
  `user_lang` varchar(10) NOT NULL default 'english',
  `user_email` varchar(100) default '',
  `user_cellular` varchar(100) NOT NULL default '',
  `user_pin` varchar(4) NOT NULL default '',
  `user_active` char(1) NOT NULL default '',
  PRIMARY KEY  (`user_id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

CREATE TABLE `m_lib_barangay` (
  `barangay_id` int(11) NOT NULL default '0',
  `barangay_name` varchar(50) NOT NULL default '',
  `barangay_population` int(11) NOT NULL default '0',
  `area_code` int(11) NOT NULL default '0',
  PRIMARY KEY  (`barangay_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_lib_education` (
  `educ_id` varchar(10) NOT NULL default '',
  `educ_name` varchar(50) NOT NULL default '',
  PRIMARY KEY  (`educ_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_lib_occupation` (
  `occup_id` varchar(10) NOT NULL default '',
  `occup_cat` varchar(15) NOT NULL default '',
  `occup_name` varchar(50) NOT NULL default '',
  PRIMARY KEY  (`occup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_lib_vaccine` (
  `vaccine_id` varchar(25) NOT NULL default '',
  `vaccine_name` varchar(50) NOT NULL default '',
  `vaccine_interval` int(11) NOT NULL default '0',
  `vaccine_required` char(1) NOT NULL default 'N',
  `vaccine_desc` text NOT NULL,
  PRIMARY KEY  (`vaccine_id`),
  UNIQUE KEY `ukey_vaccinename` (`vaccine_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_lib_laboratory` (
  `lab_id` varchar(10) NOT NULL default '',
  `lab_module` varchar(25) NOT NULL default '',
  `lab_name` varchar(50) NOT NULL default '',
  PRIMARY KEY  (`lab_id`),
  KEY `key_module` (`lab_module`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_lib_complaint` (
  `complaint_id` varchar(10) NOT NULL default '',
  `complaint_module` varchar(25) NOT NULL default '',
  `complaint_name` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`complaint_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_lib_appointment` (
  `appointment_id` varchar(10) NOT NULL default '',
  `appointment_name` varchar(50) NOT NULL default '',
  PRIMARY KEY  (`appointment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_lib_mc_risk_factors` (
  `risk_id` int(11) NOT NULL auto_increment,
  `risk_name` varchar(100) NOT NULL default '',
  `hospital_flag` char(1) NOT NULL default 'N',
  `monitor_flag` char(1) NOT NULL default 'N',
  PRIMARY KEY  (`risk_id`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=39 ;

CREATE TABLE `m_lib_philhealth_services` (
  `service_id` varchar(10) NOT NULL default '',
  `service_name` varchar(50) NOT NULL default '',
  PRIMARY KEY  (`service_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_lib_drugs` (
  `drug_id` varchar(10) NOT NULL default '',
  `drug_cat` varchar(10) NOT NULL default '',
  `drug_name` varchar(50) NOT NULL default '',
  `drug_preparation` varchar(10) NOT NULL default '',
  `drug_formulation` varchar(10) NOT NULL default '',
  `manufacturer_id` varchar(10) NOT NULL default '',
  `drug_source` varchar(10) NOT NULL default '',
  PRIMARY KEY  (`drug_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_lib_ptgroup` (
  `ptgroup_id` varchar(10) NOT NULL default '',
  `ptgroup_name` varchar(25) NOT NULL default '',
  `ptgroup_module` varchar(25) NOT NULL default '',
  `ptgroup_condition` varchar(255) NOT NULL default '',
  PRIMARY KEY  (`ptgroup_id`),
  UNIQUE KEY `ukey_ptgroupname` (`ptgroup_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_lib_notes_template` (
  `template_id` float NOT NULL auto_increment,
  `template_cat` varchar(10) NOT NULL default '',
  `template_name` varchar(40) NOT NULL default '',
  `template_text` text NOT NULL,
  PRIMARY KEY  (`template_id`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=55 ;

CREATE TABLE `m_news` (
  `news_id` float NOT NULL auto_increment,
  `news_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `news_author` int(11) NOT NULL default '0',
  `news_title` varchar(100) NOT NULL default '',
  `news_lead` text NOT NULL,
  `news_text` text NOT NULL,
  `news_active` char(1) NOT NULL default '',
  PRIMARY KEY  (`news_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_patient` (
  `patient_id` float NOT NULL auto_increment,
  `healthcenter_id` int(11) NOT NULL default '0',
  `user_id` float NOT NULL default '1',
  `patient_lastname` varchar(50) NOT NULL default '',
  `patient_firstname` varchar(50) NOT NULL default '',
  `patient_middle` varchar(50) NOT NULL default '',
  `patient_dob` date default '0000-00-00',
  `patient_mother` varchar(50) default '',
  `registration_date` datetime NOT NULL default '0000-00-00 00:00:00',
  `patient_gender` char(1) NOT NULL default '',
  `patient_cellphone` varchar(11) NOT NULL default '',
  `uniquid` varchar(120) NOT NULL default '',
  `smoking_flag` set('Y','N') NOT NULL default 'N',
  `num_sticks` int(3) NOT NULL default '0',
  PRIMARY KEY  (`patient_id`),
  UNIQUE KEY `key_patient_healthcenter` (`patient_id`,`healthcenter_id`),
  KEY `key_dob` (`patient_dob`),
  KEY `key_userid` (`user_id`),
  KEY `key_gender` (`patient_gender`),
  KEY `key_name` (`patient_lastname`,`patient_firstname`,`patient_middle`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_patient_reminder_data` (
  `patient_id` float NOT NULL default '0',
  `cellular_phone` varchar(50) NOT NULL default '',
  `home_phone` varchar(50) NOT NULL default '',
  `office_phone` varchar(50) NOT NULL default '',
  `email_address` varchar(50) NOT NULL default '',
  `home_address` tinytext NOT NULL,
  `barangay` int(11) NOT NULL default '0',
  `reg_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `user_id` float NOT NULL default '0',
  PRIMARY KEY  (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_patient_philhealth` (
  `philhealth_id` varchar(50) NOT NULL default '',
  `healthcenter_id` varchar(10) NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `philhealth_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `expiry_date` date NOT NULL default '0000-00-00',
  PRIMARY KEY  (`patient_id`,`philhealth_id`,`expiry_date`),
  KEY `key_philhealth_id` (`philhealth_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_family` (
  `family_id` int(11) NOT NULL auto_increment,
  `head_patient_id` int(11) NOT NULL default '0',
  PRIMARY KEY  (`family_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_family_members` (
  `family_id` int(11) NOT NULL default '0',
  `family_role` varchar(10) NOT NULL default '',
  `patient_id` float NOT NULL default '0',
  PRIMARY KEY  (`family_id`,`patient_id`,`family_role`),
  KEY `key_family` (`family_id`),
  KEY `key_patient` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_family_address` (
  `family_id` int(11) NOT NULL default '0',
  `address_year` year(4) NOT NULL default '0000',
  `address` text NOT NULL,
  `barangay_id` int(11) NOT NULL default '0',
  PRIMARY KEY  (`family_id`,`address_year`),
  KEY `key_barangay` (`barangay_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_ptgroup_patient` (
  `ptgroup_id` varchar(10) NOT NULL default '',
  `patient_id` float NOT NULL default '0',
  `healthcenter_id` varchar(32) NOT NULL default '',
  PRIMARY KEY  (`ptgroup_id`,`patient_id`,`healthcenter_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_ptgroup` (`ptgroup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult` (
  `consult_id` float NOT NULL auto_increment,
  `patient_id` float NOT NULL default '0',
  `user_id` float NOT NULL default '1',
  `healthcenter_id` varchar(25) NOT NULL default '0',
  `consult_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `consult_end` datetime NOT NULL default '0000-00-00 00:00:00',
  `consult_visit_type` char(1) NOT NULL default '',
  `elapsed_time` float NOT NULL default '0',
  `consult_date` datetime NOT NULL default '0000-00-00 00:00:00',
  `see_doctor_flag` char(1) NOT NULL default 'N',
  PRIMARY KEY  (`consult_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_consult_vitals` (
  `consult_id` float NOT NULL default '0',
  `vitals_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `patient_id` float NOT NULL default '0',
  `user_id` int(11) NOT NULL default '0',
  `vitals_weight` float NOT NULL default '0',
  `vitals_temp` float NOT NULL default '0',
  `vitals_systolic` int(11) NOT NULL default '0',
  `vitals_diastolic` int(11) NOT NULL default '0',
  `vitals_heartrate` int(11) NOT NULL default '0',
  `vitals_resprate` int(11) NOT NULL default '0',
  `vitals_height` int(5) NOT NULL default '0',
  PRIMARY KEY  (`consult_id`,`vitals_timestamp`),
  KEY `key_patient` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_notes` (
  `notes_id` float NOT NULL auto_increment,
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `notes_history` text NOT NULL,
  `notes_physicalexam` text NOT NULL,
  `notes_plan` text NOT NULL,
  `user_id` float NOT NULL default '0',
  `notes_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `vita_date` date NOT NULL default '0000-00-00',
  `anemia_start_date` date NOT NULL default '0000-00-00',
  `anemia_completed_date` date NOT NULL default '0000-00-00',
  `diarrhea_ort` date NOT NULL default '0000-00-00',
  `diarrhea_ors` date NOT NULL default '0000-00-00',
  `diarrhea_orswz` date NOT NULL default '0000-00-00',
  `pneumonia_date_given` date NOT NULL default '0000-00-00',
  PRIMARY KEY  (`notes_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_patient` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_consult_notes_complaint` (
  `notes_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `complaint_id` varchar(10) NOT NULL default '',
  `complaint_date` datetime NOT NULL default '0000-00-00 00:00:00',
  `user_id` float NOT NULL default '0',
  `complaint_timestamp` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`notes_id`,`consult_id`,`complaint_id`),
  KEY `key_complaint` (`complaint_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_patient` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_notes_dxclass` (
  `notes_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `class_id` float NOT NULL default '0',
  `diagnosis_date` datetime NOT NULL default '0000-00-00 00:00:00',
  `user_id` float NOT NULL default '0',
  `diagnosis_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY  (`notes_id`,`consult_id`,`class_id`),
  KEY `key_notes` (`notes_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_dxclass` (`class_id`),
  KEY `key_consult` (`consult_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_icd10` (
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `diagnosis_code` varchar(12) NOT NULL default '',
  `icd10_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `user_id` float NOT NULL default '0',
  PRIMARY KEY  (`consult_id`,`diagnosis_code`),
  KEY `key_patient` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_diagnosis` (
  `consult_id` float NOT NULL default '0',
  `diagnosis_code` varchar(12) NOT NULL default '',
  `diagnosis_text` text,
  PRIMARY KEY  (`consult_id`,`diagnosis_code`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_lab` (
  `request_id` float NOT NULL auto_increment,
  `patient_id` float NOT NULL default '0',
  `lab_id` varchar(10) NOT NULL default '',
  `request_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `request_user_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `request_done` char(1) NOT NULL default 'N',
  `done_timestamp` timestamp NOT NULL default '0000-00-00 00:00:00',
  `done_user_id` float NOT NULL default '0',
  PRIMARY KEY  (`request_id`),
  KEY `key_user1` (`request_user_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_user2` (`done_user_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_lab` (`lab_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_consult_lab_sputum` (
  `consult_id` float NOT NULL default '0',
  `request_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `sputum_period` varchar(5) NOT NULL default 'DX',
  `lab_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `sp1_collection_date` date NOT NULL default '0000-00-00',
  `sp2_collection_date` date NOT NULL default '0000-00-00',
  `sp3_collection_date` date NOT NULL default '0000-00-00',
  `sp1_appearance` varchar(10) NOT NULL default '',
  `sp2_appearance` varchar(10) NOT NULL default '',
  `sp3_appearance` varchar(10) NOT NULL default '',
  `sp1_reading` varchar(10) NOT NULL default '',
  `sp2_reading` varchar(10) NOT NULL default '',
  `sp3_reading` varchar(10) NOT NULL default '',
  `lab_diagnosis` varchar(10) NOT NULL default '',
  `user_id` float NOT NULL default '0',
  `release_flag` char(1) NOT NULL default '',
  PRIMARY KEY  (`request_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_appointments` (
  `schedule_id` float NOT NULL auto_increment,
  `visit_date` date NOT NULL default '0000-00-00',
  `consult_id` float NOT NULL default '0',
  `schedule_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `user_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `appointment_id` varchar(10) NOT NULL default '',
  `visit_done` char(1) NOT NULL default '',
  `actual_date` date NOT NULL default '0000-00-00',
  `reminder_flag` char(1) NOT NULL default 'Y',
  PRIMARY KEY  (`schedule_id`),
  UNIQUE KEY `consult_id_2` (`consult_id`,`appointment_id`),
  KEY `consult_id` (`consult_id`),
  KEY `patient_id` (`patient_id`),
  KEY `appointment_id` (`appointment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_consult_reminder` (
  `reminder_id` float NOT NULL auto_increment,
  `patient_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `reminder_text` varchar(160) NOT NULL default '',
  `sent_flag` char(1) NOT NULL default 'N',
  `user_id` float NOT NULL default '0',
  `reminder_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `reminder_date` date NOT NULL default '0000-00-00',
  `reminder_time` time NOT NULL default '00:00:00',
  `reminder_freq` int(11) NOT NULL default '0',
  PRIMARY KEY  (`reminder_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_consult` (`consult_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_consult_vaccine` (
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `user_id` float NOT NULL default '0',
  `vaccine_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `actual_vaccine_date` date NOT NULL default '0000-00-00',
  `source_module` varchar(25) NOT NULL default 'vaccine',
  `adr_flag` char(1) NOT NULL default 'N',
  `vaccine_id` varchar(10) NOT NULL default '',
  PRIMARY KEY  (`patient_id`,`vaccine_id`,`consult_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_vaccine` (`vaccine_id`),
  KEY `key_user` (`user_id`),
  KEY `key_consult` (`consult_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_vaccine_record` (
  `patient_id` int(11) NOT NULL default '0',
  `healthcenter_id` int(11) NOT NULL default '0',
  `vaccine_id` varchar(5) NOT NULL default '',
  `vaccine_date` date NOT NULL default '0000-00-00',
  `user_id` int(11) NOT NULL default '0',
  `vaccine_adverse` char(1) NOT NULL default '',
  `remarks` text NOT NULL,
  PRIMARY KEY  (`patient_id`,`healthcenter_id`,`vaccine_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_philhealth_services` (
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `philhealth_id` varchar(50) NOT NULL default '',
  `service_id` varchar(10) NOT NULL default '',
  `user_id` float NOT NULL default '0',
  `service_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY  (`consult_id`,`service_id`),
  KEY `key_philhealth_id` (`philhealth_id`),
  KEY `key_patient` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_disease_notifiable` (
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `disease_id` varchar(10) NOT NULL default '',
  `disease_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `onset_date` date NOT NULL default '0000-00-00',
  `user_id` float NOT NULL default '0',
  PRIMARY KEY  (`consult_id`,`disease_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_disease` (`disease_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_injury` (
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `injury_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `injury_id` varchar(10) NOT NULL default '',
  `user_id` int(11) NOT NULL default '0',
  `location_code` varchar(10) NOT NULL default '',
  `location_detail` varchar(255) default '',
  `barangay_id` int(11) NOT NULL default '0',
  `injury_time` time NOT NULL default '00:00:00',
  `injury_date` date NOT NULL default '0000-00-00',
  `mechanism_code` varchar(10) NOT NULL default '',
  PRIMARY KEY  (`consult_id`,`injury_timestamp`),
  KEY `patient_id` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_patient_mc` (
  `mc_id` float NOT NULL auto_increment,
  `patient_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `mc_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `child_patient_id` float NOT NULL default '0',
  `mc_consult_date` datetime NOT NULL default '0000-00-00 00:00:00',
  `patient_lmp` date NOT NULL default '0000-00-00',
  `patient_edc` date NOT NULL default '0000-00-00',
  `trimester1_date` date NOT NULL default '0000-00-00',
  `trimester2_date` date NOT NULL default '0000-00-00',
  `trimester3_date` date NOT NULL default '0000-00-00',
  `postpartum_date` date NOT NULL default '0000-00-00',
  `delivery_date` date default '0000-00-00',
  `delivery_type` char(1) NOT NULL default 'N',
  `delivery_location` varchar(10) NOT NULL default '',
  `obscore_gp` varchar(10) NOT NULL default '',
  `obscore_fpal` varchar(10) NOT NULL default '',
  `outcome_id` varchar(10) NOT NULL default '',
  `healthy_baby` char(1) default 'Y',
  `birthweight` float NOT NULL default '0',
  `birthmode` varchar(5) NOT NULL default '',
  `breastfeeding_asap` char(1) NOT NULL default 'Y',
  `user_id` int(11) NOT NULL default '0',
  `blood_type` char(3) NOT NULL default '',
  `patient_age` float NOT NULL default '0',
  `patient_height` float NOT NULL default '0',
  `end_pregnancy_flag` char(1) NOT NULL default 'N',
  `prenatal_remarks` text NOT NULL,
  `postpartum_remarks` text NOT NULL,
  `date_breastfed` date NOT NULL default '0000-00-00',
  PRIMARY KEY  (`mc_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_consult` (`consult_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_consult_mc_prenatal` (
  `mc_id` float NOT NULL default '0',
  `prenatal_id` int(11) NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `prenatal_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `prenatal_date` datetime NOT NULL default '0000-00-00 00:00:00',
  `user_id` float NOT NULL default '0',
  `aog_weeks` float NOT NULL default '0',
  `trimester` smallint(6) NOT NULL default '0',
  `visit_sequence` smallint(6) NOT NULL default '0',
  `patient_weight` float NOT NULL default '0',
  `blood_pressure_systolic` int(11) NOT NULL default '0',
  `blood_pressure_diastolic` int(11) NOT NULL default '0',
  `fundic_height` int(11) NOT NULL default '0',
  `presentation` varchar(10) NOT NULL default '',
  `fhr` int(11) NOT NULL default '0',
  `fhr_location` char(3) NOT NULL default '',
  `data_type` char(3) NOT NULL default 'INT',
  KEY `key_patient` (`patient_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_mc` (`mc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_mc_postpartum` (
  `mc_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `postpartum_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `postpartum_date` datetime NOT NULL default '0000-00-00 00:00:00',
  `user_id` float NOT NULL default '0',
  `postpartum_week` smallint(6) NOT NULL default '0',
  `visit_sequence` smallint(6) NOT NULL default '0',
  `visit_type` varchar(10) NOT NULL default 'CLINIC',
  `breastfeeding_flag` char(1) NOT NULL default 'Y',
  `family_planning_flag` char(1) NOT NULL default 'Y',
  `fever_flag` char(1) NOT NULL default 'N',
  `vaginal_infection_flag` char(1) NOT NULL default 'N',
  `vaginal_bleeding_flag` char(1) NOT NULL default 'N',
  `pallor_flag` char(1) NOT NULL default 'N',
  `cord_ok_flag` char(1) NOT NULL default 'Y',
  `blood_pressure_systolic` int(11) NOT NULL default '0',
  `blood_pressure_diastolic` int(11) NOT NULL default '0',
  PRIMARY KEY  (`mc_id`,`consult_id`,`visit_sequence`),
  KEY `key_patient` (`patient_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_mc` (`mc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_mc_visit_risk` (
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `mc_id` float NOT NULL default '0',
  `visit_risk_id` int(11) NOT NULL default '0',
  `risk_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `user_id` float NOT NULL default '0',
  `date_detected` date NOT NULL default '0000-00-00',
  KEY `key_patient` (`patient_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_pregnancy` (`mc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_mc_services` (
  `mc_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `user_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `mc_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `visit_type` varchar(10) NOT NULL default 'CLINIC',
  `service_id` varchar(10) NOT NULL default '',
  `actual_service_date` date NOT NULL default '0000-00-00',
  `service_qty` int(11) NOT NULL default '0',
  PRIMARY KEY  (`mc_id`,`consult_id`,`service_id`,`mc_timestamp`),
  KEY `key_patient` (`patient_id`),
  KEY `key_user` (`user_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_mc` (`mc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_patient_fp` (
  `fp_id` float NOT NULL auto_increment,
  `patient_id` float NOT NULL default '0',
  `plan_more_children` char(1) NOT NULL default '',
  `no_of_living_children` tinyint(2) NOT NULL default '0',
  `acceptor_type` char(1) NOT NULL default '',
  `previous_method` varchar(10) NOT NULL default '',
  `educ_id` varchar(10) NOT NULL default '',
  `occup_id` varchar(10) NOT NULL default '',
  `spouse_name` varchar(100) NOT NULL default '',
  `spouse_educ_id` varchar(10) NOT NULL default '',
  `spouse_occup_id` varchar(10) NOT NULL default '',
  `ave_monthly_income` float NOT NULL default '0',
  `drop_out_flag` char(1) NOT NULL default '',
  `user_id` int(11) NOT NULL default '0',
  PRIMARY KEY  (`fp_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_educ` (`educ_id`),
  KEY `key_occup` (`occup_id`),
  KEY `key_spouse_educ` (`spouse_educ_id`),
  KEY `key_spouse_occup` (`spouse_occup_id`),
  CONSTRAINT `m_patient_fp_educ` FOREIGN KEY (`educ_id`) REFERENCES `m_lib_education` (`educ_id`),
  CONSTRAINT `m_patient_fp_ibfk_1` FOREIGN KEY (`patient_id`) REFERENCES `m_patient` (`patient_id`) ON DELETE CASCADE,
  CONSTRAINT `m_patient_fp_occup` FOREIGN KEY (`occup_id`) REFERENCES `m_lib_occupation` (`occup_id`),
  CONSTRAINT `m_patient_fp_spouse_educ` FOREIGN KEY (`spouse_educ_id`) REFERENCES `m_lib_education` (`educ_id`),
  CONSTRAINT `m_patient_fp_spouse_occup` FOREIGN KEY (`spouse_occup_id`) REFERENCES `m_lib_occupation` (`occup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_consult_fp_hx` (
  `fp_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `fp_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `heent_hx` varchar(25) NOT NULL default '',
  `cxhrt_hx` varchar(25) NOT NULL default '',
  `abdomen_hx` varchar(15) NOT NULL default '',
  `genital_hx` varchar(15) NOT NULL default '',
  `extremities_hx` varchar(10) NOT NULL default '',
  `skin_hx` varchar(10) NOT NULL default '',
  `any_hx` varchar(25) NOT NULL default '',
  `ob_fpal` varchar(15) NOT NULL default '',
  `last_delivery_date` date NOT NULL default '0000-00-00',
  `last_delivery_type` varchar(10) NOT NULL default '',
  `past_menstrual_date` date NOT NULL default '0000-00-00',
  `last_menstrual_date` date NOT NULL default '0000-00-00',
  `bleeding_duration` tinyint(2) NOT NULL default '0',
  `bleeding_character` char(2) NOT NULL default '',
  `user_id` int(11) NOT NULL default '0',
  PRIMARY KEY  (`fp_id`,`consult_id`,`fp_timestamp`),
  KEY `key_patient` (`patient_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_fp` (`fp_id`),
  KEY `key_user` (`user_id`),
  CONSTRAINT `m_consult_fp_hx_ibfk_1` FOREIGN KEY (`patient_id`) REFERENCES `m_patient` (`patient_id`) ON DELETE CASCADE,
  CONSTRAINT `m_consult_fp_hx_ibfk_2` FOREIGN KEY (`consult_id`) REFERENCES `m_consult` (`consult_id`) ON DELETE CASCADE,
  CONSTRAINT `m_consult_fp_hx_ibfk_3` FOREIGN KEY (`fp_id`) REFERENCES `m_patient_fp` (`fp_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_fp_pe` (
  `fp_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `fp_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `systolic_pe` tinyint(3) NOT NULL default '0',
  `diastolic_pe` tinyint(3) NOT NULL default '0',
  `pluserate_pe` tinyint(3) NOT NULL default '0',
  `weight_pe` float NOT NULL default '0',
  `conjuctiva_pe` varchar(10) NOT NULL default '',
  `neck_pe` varchar(10) NOT NULL default '',
  `breast_pe` varchar(10) NOT NULL default '',
  `thorax_pe` varchar(10) NOT NULL default '',
  `abdomen_pe` varchar(10) NOT NULL default '',
  `extremities_pe` varchar(10) NOT NULL default '',
  `user_id` int(11) NOT NULL default '0',
  PRIMARY KEY  (`fp_id`,`consult_id`,`fp_timestamp`),
  KEY `key_patient` (`patient_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_fp` (`fp_id`),
  KEY `key_user` (`user_id`),
  CONSTRAINT `m_consult_fp_pe_ibfk_1` FOREIGN KEY (`patient_id`) REFERENCES `m_patient` (`patient_id`) ON DELETE CASCADE,
  CONSTRAINT `m_consult_fp_pe_ibfk_2` FOREIGN KEY (`consult_id`) REFERENCES `m_consult` (`consult_id`) ON DELETE CASCADE,
  CONSTRAINT `m_consult_fp_pe_ibfk_3` FOREIGN KEY (`fp_id`) REFERENCES `m_patient_fp` (`fp_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_fp_services` (
  `fp_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `fp_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `service_date` date NOT NULL default '0000-00-00',
  `method_id` varchar(10) NOT NULL default '',
  `remarks` text NOT NULL,
  `user_id` int(11) NOT NULL default '0',
  PRIMARY KEY  (`fp_id`,`consult_id`,`fp_timestamp`,`method_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_method` (`method_id`),
  KEY `key_user` (`user_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_fp` (`fp_id`),
  CONSTRAINT `m_consult_fp_services_ibfk_1` FOREIGN KEY (`consult_id`) REFERENCES `m_consult` (`consult_id`) ON DELETE CASCADE,
  CONSTRAINT `m_consult_fp_services_ibfk_2` FOREIGN KEY (`patient_id`) REFERENCES `m_patient` (`patient_id`) ON DELETE CASCADE,
  CONSTRAINT `m_consult_fp_services_ibfk_3` FOREIGN KEY (`fp_id`) REFERENCES `m_patient_fp` (`fp_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_patient_ccdev` (
  `ccdev_id` float NOT NULL auto_increment,
  `patient_id` float NOT NULL default '0',
  `mother_name` varchar(100) NOT NULL default '',
  `mother_educ_id` varchar(10) NOT NULL default '',
  `mother_occup_id` varchar(10) NOT NULL default '',
  `father_name` varchar(100) NOT NULL default '',
  `father_educ_id` varchar(10) NOT NULL default '',
  `father_occup_id` varchar(10) NOT NULL default '',
  `ccdev_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `ccdev_dob` date NOT NULL default '0000-00-00',
  `birth_weight` float NOT NULL default '0',
  `delivery_location` varchar(100) NOT NULL default '',
  `fully_immunized_date` date NOT NULL default '0000-00-00',
  `civil_registry_date` date NOT NULL default '0000-00-00',
  `date_registered` date NOT NULL default '0000-00-00',
  `mother_px_id` int(11) NOT NULL default '0',
  `lbw_date_started` date NOT NULL default '0000-00-00',
  `lbw_date_completed` date NOT NULL default '0000-00-00',
  `bfed_month1` set('Y','N') NOT NULL default 'N',
  `bfed_month2` set('Y','N') NOT NULL default 'N',
  `bfed_month3` set('Y','N') NOT NULL default 'N',
  `bfed_month4` set('Y','N') NOT NULL default 'N',
  `bfed_month5` set('Y','N') NOT NULL default 'N',
  `bfed_month6` set('Y','N') NOT NULL default 'N',
  `bfed_month6_date` date NOT NULL default '0000-00-00',
  `ccdev_remarks` text NOT NULL,
  PRIMARY KEY  (`ccdev_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_mother_educ` (`mother_educ_id`),
  KEY `key_mother_occup` (`mother_occup_id`),
  KEY `key_father_educ` (`father_educ_id`),
  KEY `key_father_occup` (`father_occup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_patient_ccdev_sibling` (
  `ccdev_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `sibling_patient_id` float NOT NULL default '0',
  PRIMARY KEY  (`ccdev_id`,`sibling_patient_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_patient_sibling` (`sibling_patient_id`),
  KEY `ccdev_id` (`ccdev_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_ccdev_vaccine` (
  `ccdev_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `user_id` float NOT NULL default '0',
  `vaccine_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `actual_vaccine_date` date NOT NULL default '0000-00-00',
  `adr_flag` char(1) NOT NULL default 'N',
  `vaccine_id` varchar(10) NOT NULL default '',
  `age_on_vaccine` float NOT NULL default '0',
  PRIMARY KEY  (`ccdev_id`,`consult_id`,`vaccine_id`,`vaccine_timestamp`),
  KEY `key_patient` (`patient_id`),
  KEY `key_vaccine` (`vaccine_id`),
  KEY `key_user` (`user_id`),
  KEY `key_consult` (`consult_id`),
  KEY `ccdev_id` (`ccdev_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_patient_ntp` (
  `patient_id` float NOT NULL default '0',
  `ntp_id` float NOT NULL auto_increment,
  `user_id` float NOT NULL default '0',
  `occupation_id` varchar(10) NOT NULL default '',
  `ntp_consult_date` datetime NOT NULL default '0000-00-00 00:00:00',
  `intensive_start_date` date NOT NULL default '0000-00-00',
  `maintenance_start_date` date NOT NULL default '0000-00-00',
  `treatment_end_date` date NOT NULL default '0000-00-00',
  `intensive_projected_end_date` date NOT NULL default '0000-00-00',
  `maintenance_projected_end_date` date NOT NULL default '0000-00-00',
  `household_contacts` int(11) NOT NULL default '0',
  `region_id` varchar(10) NOT NULL default '',
  `body_weight` float NOT NULL default '0',
  `bcg_scar` char(1) NOT NULL default '',
  `tb_class` char(1) NOT NULL default 'P',
  `previous_treatment_flag` char(1) NOT NULL default '',
  `previous_treatment_duration` varchar(10) NOT NULL default '',
  `previous_treatment_drugs` varchar(10) NOT NULL default '',
  `treatment_category_id` varchar(10) NOT NULL default '',
  `contact_person` varchar(50) NOT NULL default '',
  `outcome_id` varchar(10) NOT NULL default '',
  `patient_type_id` varchar(10) NOT NULL default '',
  `treatment_partner_id` varchar(10) NOT NULL default '',
  `healthcenter_id` varchar(10) NOT NULL default '',
  `ntp_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `course_end_flag` char(1) NOT NULL default 'N',
  `sputum1_date` date NOT NULL default '0000-00-00',
  `sputum2_date` date NOT NULL default '0000-00-00',
  `sputum3_date` date NOT NULL default '0000-00-00',
  PRIMARY KEY  (`ntp_id`),
  KEY `key_region` (`region_id`),
  KEY `key_treatment_category` (`treatment_category_id`),
  KEY `key_outcome` (`outcome_id`),
  KEY `key_patient` (`patient_id`),
  KEY `key_partner` (`treatment_partner_id`),
  KEY `key_user` (`user_id`),
  KEY `key_patient_type` (`patient_type_id`),
  KEY `key_occupation` (`occupation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE `m_consult_ntp_intake_intensive` (
  `ntp_id` float NOT NULL default '0',
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `user_id` float NOT NULL default '0',
  `ntp_timestamp` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  `treatment_month` int(11) NOT NULL default '0',
  `treatment_week` int(11) NOT NULL default '0',
  `treatment_date` date NOT NULL default '0000-00-00',
  `intake_flag` char(1) NOT NULL default 'N',
  `remarks` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`consult_id`,`ntp_id`,`treatment_date`),
  KEY `key_patient` (`patient_id`),
  KEY `key_user` (`user_id`),
  KEY `ntp_id` (`ntp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_patient_consult_tcl` (
  `consult_id` float NOT NULL default '0',
  `patient_id` float NOT NULL default '0',
  `patient_name` varchar(50) NOT NULL default '',
  `consult_date` date NOT NULL default '0000-00-00',
  `patient_age` float NOT NULL default '0',
  `patient_gender` char(1) NOT NULL default '',
  `patient_address` varchar(100) NOT NULL default '',
  `barangay_name` varchar(100) NOT NULL default '',
  `diagnosis` varchar(255) NOT NULL default '',
  `icd10` varchar(100) NOT NULL default '',
  PRIMARY KEY  (`consult_id`,`patient_id`),
  KEY `key_consult` (`consult_id`),
  KEY `key_patient` (`patient_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `m_consult_report` (
  `consult_date` date NOT NULL default '0000-00-00',
  `M_less1` int(11) NOT NULL default '0',
  `F_less1` int(11) NOT NULL default '0',
  `M_1to4` int(11) NOT NULL default '0',
  `F_1to4` int(11) NOT NULL default '0',
  `M_5to14` int(11) NOT NULL default '0',
  `F_5to14` int(11) NOT NULL default '0',
  `M_15to49` int(11) NOT NULL default '0',
  `F_15to49` int(11) NOT NULL default '0',
  `M_50to64` int(11) NOT NULL default '0',
  `F_50to64` int(11) NOT NULL default '0',
  `M_65plus` int(11) NOT NULL default '0',
  `F_65plus` int(11) NOT NULL default '0',
  `M_total` int(11) NOT NULL default '0',
  `F_total` int(11) NOT NULL default '0',
  PRIMARY KEY  (`consult_date`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;


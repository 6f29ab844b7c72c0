SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `llx_c_ultimateimmo_boxes` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `entity` int(11) NOT NULL DEFAULT 1,
  `box_id` int(11) NOT NULL,
  `position` smallint(6) NOT NULL,
  `box_order` varchar(3) NOT NULL,
  `fk_user` int(11) NOT NULL,
  `maxline` int(11) DEFAULT NULL,
  `params` int(11) DEFAULT NULL,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_c_ultimateimmo_boxes_def` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `file` varchar(200) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `tms` timestamp NULL DEFAULT NULL,
  `note` varchar(130) DEFAULT NULL,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_c_ultimateimmo_builtdate` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(8) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(200) NOT NULL DEFAULT '',
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_c_ultimateimmo_diagnostic` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(8) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(200) NOT NULL DEFAULT '',
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_c_ultimateimmo_immocompteur_type` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(50) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(200) NOT NULL DEFAULT '',
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_c_ultimateimmo_immoproperty_type` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(255) DEFAULT NULL,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  `module` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_c_ultimateimmo_immoreceipt_status` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(20) NOT NULL,
  `label` varchar(30) DEFAULT NULL,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_c_ultimateimmo_immorent_type` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(200) NOT NULL DEFAULT '',
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_c_ultimateimmo_juridique` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(20) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(200) NOT NULL DEFAULT '',
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_c_ultimateimmo_target` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(200) NOT NULL DEFAULT '',
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_building` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) DEFAULT NULL,
  `fk_property` int(11) DEFAULT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NOT NULL,
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immocompteur` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `date_relever` date NOT NULL,
  `qty` double DEFAULT NULL,
  `fk_immoproperty` int(11) DEFAULT NULL,
  `compteur_type_id` int(11) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `note_public` text DEFAULT NULL,
  `note_private` text DEFAULT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `model_pdf` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immocompteur_rowid` (`rowid`),
  KEY `idx_ultimateimmo_immocompteur_ref` (`ref`),
  KEY `llx_ultimateimmo_immocompteur_fk_user_creat` (`fk_user_creat`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immocompteur_cost` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `fk_immocompteur_type` int(11) NOT NULL,
  `cost_year` int(11) NOT NULL,
  `amount` double DEFAULT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `status` smallint(6) NOT NULL DEFAULT 1,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immocompteur_cost_rowid` (`rowid`),
  KEY `llx_ultimateimmo_immocompteur_cost_fk_immocompteur_type` (`fk_immocompteur_type`),
  KEY `llx_ultimateimmo_immocompteur_cost_fk_user_creat` (`fk_user_creat`),
  KEY `idx_ultimateimmo_immocompteur_cost_status` (`status`),
  CONSTRAINT `llx_ultimateimmo_immocompteur_cost_fk_immocompteur_type` FOREIGN KEY (`fk_immocompteur_type`) REFERENCES `llx_c_ultimateimmo_immocompteur_type` (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immocompteur_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`),
  KEY `idx_fk_object` (`fk_object`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immocost` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(255) DEFAULT NULL,
  `fk_property` int(11) DEFAULT NULL,
  `fk_owner` int(11) DEFAULT NULL,
  `fk_soc` int(11) DEFAULT NULL,
  `fk_cost_type` int(11) DEFAULT NULL,
  `note_public` text DEFAULT NULL,
  `note_private` text DEFAULT NULL,
  `amount` double(24,8) DEFAULT NULL,
  `amount_ht` double(24,8) DEFAULT NULL,
  `amount_vat` double(24,8) DEFAULT NULL,
  `date_start` date NOT NULL,
  `date_end` date NOT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NOT NULL,
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `dispatch` smallint(8) DEFAULT NULL,
  `status` int(11) NOT NULL,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immocost_rowid` (`rowid`),
  KEY `idx_ultimateimmo_immocost_ref` (`ref`),
  KEY `idx_ultimateimmo_immocost_entity` (`entity`),
  KEY `llx_ultimateimmo_immocost_fk_user_creat` (`fk_user_creat`),
  KEY `idx_ultimateimmo_immocost_status` (`status`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immocost_detail` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) DEFAULT NULL,
  `amount` double(24,8) DEFAULT NULL,
  `fk_property` int(11) DEFAULT NULL,
  `fk_immocost` int(11) DEFAULT NULL,
  `fk_cost_type` int(11) DEFAULT NULL,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immocost_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immocost_type` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(255) DEFAULT NULL,
  `famille` varchar(100) NOT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NOT NULL,
  `fk_user_create` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `status` int(11) NOT NULL,
  `active` int(11) DEFAULT NULL,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immocost_type_rowid` (`rowid`),
  KEY `idx_ultimateimmo_immocost_type_ref` (`ref`),
  KEY `llx_ultimateimmo_immocost_type_fk_user_creat` (`fk_user_create`),
  KEY `idx_ultimateimmo_immocost_type_status` (`status`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immocost_type_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immoindice` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `date_start` datetime NOT NULL,
  `date_end` datetime NOT NULL,
  `type_indice` varchar(255) NOT NULL,
  `amount` double DEFAULT NULL,
  `active` int(11) NOT NULL,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immoindice_rowid` (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immoowner` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `fk_soc` int(11) DEFAULT NULL,
  `societe` varchar(128) DEFAULT NULL,
  `fk_owner_type` int(11) DEFAULT NULL,
  `note_public` text DEFAULT NULL,
  `note_private` text DEFAULT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NOT NULL DEFAULT current_timestamp(),
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `status` int(11) NOT NULL,
  `civility_id` int(3) DEFAULT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `address` varchar(255) DEFAULT NULL,
  `zip` varchar(32) DEFAULT NULL,
  `town` varchar(64) DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `birth` datetime DEFAULT NULL,
  `phone` varchar(30) DEFAULT NULL,
  `phone_mobile` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immoowner_rowid` (`rowid`),
  KEY `idx_ultimateimmo_immoowner_ref` (`ref`),
  KEY `idx_ultimateimmo_immoowner_entity` (`entity`),
  KEY `idx_ultimateimmo_immoowner_fk_soc` (`fk_soc`),
  KEY `idx_ultimateimmo_immoowner_status` (`status`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immoowner_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immoowner_type` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(255) DEFAULT NULL,
  `note_public` text DEFAULT NULL,
  `note_private` text DEFAULT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NOT NULL DEFAULT current_timestamp(),
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `status` int(11) NOT NULL,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immoowner_type_rowid` (`rowid`),
  KEY `idx_ultimateimmo_immoowner_type_ref` (`ref`),
  KEY `llx_ultimateimmo_immoowner_type_fk_user_creat` (`fk_user_creat`),
  KEY `idx_ultimateimmo_immoowner_type_status` (`status`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immoowner_type_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immopayment` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL COMMENT 'payment reference number',
  `entity` int(11) NOT NULL DEFAULT 1 COMMENT 'Multi company id',
  `amount` double(24,8) DEFAULT NULL COMMENT 'amount paid in Dolibarr currency',
  `fk_rent` int(11) DEFAULT NULL,
  `fk_property` int(11) DEFAULT NULL,
  `fk_renter` int(11) DEFAULT NULL,
  `fk_account` int(11) DEFAULT NULL,
  `fk_mode_reglement` int(11) DEFAULT NULL,
  `fk_owner` int(11) DEFAULT NULL,
  `fk_soc` int(11) DEFAULT NULL,
  `fk_receipt` int(11) DEFAULT NULL,
  `fk_payment` int(11) NOT NULL COMMENT 'type of payment in llx_c_paiement',
  `num_payment` varchar(50) DEFAULT NULL,
  `check_transmitter` varchar(50) DEFAULT NULL,
  `chequebank` varchar(50) DEFAULT NULL,
  `note_public` text DEFAULT NULL,
  `date_payment` datetime NOT NULL COMMENT 'payment date',
  `date_creation` datetime NOT NULL COMMENT 'date de creation',
  `tms` timestamp NOT NULL,
  `fk_user_creat` int(11) NOT NULL COMMENT 'utilisateur qui a cree l''info',
  `fk_user_modif` int(11) DEFAULT NULL COMMENT 'utilisateur qui a modifie l''info',
  `import_key` varchar(14) DEFAULT NULL,
  `status` int(11) NOT NULL,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immopayment_rowid` (`rowid`),
  KEY `idx_ultimateimmo_immopayment_ref` (`ref`),
  KEY `idx_ultimateimmo_immopayment_fk_property` (`fk_property`),
  KEY `idx_ultimateimmo_immopayment_fk_renter` (`fk_renter`),
  KEY `idx_ultimateimmo_immopayment_fk_owner` (`fk_owner`),
  KEY `idx_ultimateimmo_immopayment_fk_receipt` (`fk_receipt`),
  KEY `llx_ultimateimmo_immopayment_fk_user_creat` (`fk_user_creat`),
  KEY `idx_ultimateimmo_immopayment_status` (`status`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immopayment_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immoproperty` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL,
  `label` varchar(255) NOT NULL,
  `juridique_id` int(11) DEFAULT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `fk_owner` int(11) NOT NULL,
  `fk_soc` int(11) DEFAULT NULL,
  `note_public` text DEFAULT NULL,
  `note_private` text DEFAULT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NOT NULL DEFAULT current_timestamp(),
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `status` int(11) NOT NULL,
  `address` varchar(255) DEFAULT NULL,
  `building` varchar(32) DEFAULT NULL,
  `staircase` varchar(8) DEFAULT NULL,
  `property_type_id` int(11) NOT NULL,
  `fk_property` int(11) DEFAULT NULL,
  `numfloor` varchar(8) DEFAULT NULL,
  `numflat` varchar(8) DEFAULT NULL,
  `numdoor` varchar(8) DEFAULT NULL,
  `area` varchar(8) DEFAULT NULL,
  `numroom` int(11) DEFAULT NULL,
  `zip` varchar(32) DEFAULT NULL,
  `town` varchar(64) DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `section_cadastrale` varchar(32) DEFAULT NULL,
  `parcelle_cadastrale` varchar(32) DEFAULT NULL,
  `num_prm_edf` varchar(32) DEFAULT NULL,
  `num_internet_line` varchar(32) DEFAULT NULL,
  `datep` date DEFAULT NULL,
  `datebuilt` varchar(32) DEFAULT NULL,
  `target` int(11) DEFAULT NULL,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immoproperty_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immoreceipt` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL,
  `type` smallint(6) NOT NULL DEFAULT 0,
  `entity` int(11) NOT NULL DEFAULT 1,
  `label` varchar(255) DEFAULT NULL,
  `fk_rent` int(11) DEFAULT NULL,
  `fk_property` int(11) DEFAULT NULL,
  `fk_renter` int(11) DEFAULT NULL,
  `fk_owner` int(11) DEFAULT NULL,
  `fk_soc` int(11) DEFAULT NULL,
  `note_public` text DEFAULT NULL,
  `note_private` text DEFAULT NULL,
  `date_echeance` datetime DEFAULT NULL,
  `rentamount` double(24,8) DEFAULT NULL,
  `chargesamount` double(24,8) DEFAULT NULL,
  `total_amount` double(24,8) DEFAULT NULL,
  `balance` double(24,8) DEFAULT NULL,
  `partial_payment` double(24,8) DEFAULT NULL,
  `fk_payment` int(11) DEFAULT NULL,
  `paye` int(2) DEFAULT 0,
  `vat_amount` double(24,8) DEFAULT NULL,
  `vat_tx` int(11) DEFAULT NULL,
  `date_rent` datetime DEFAULT NULL,
  `date_start` datetime DEFAULT NULL,
  `date_end` datetime DEFAULT NULL,
  `date_creation` datetime DEFAULT NULL,
  `date_validation` datetime DEFAULT NULL,
  `tms` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `fk_statut` int(6) DEFAULT 0,
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `fk_user_valid` int(11) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `model_pdf` varchar(128) DEFAULT NULL,
  `last_main_doc` varchar(255) DEFAULT NULL,
  `status` int(11) DEFAULT 0,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immoreceipt_rowid` (`rowid`),
  KEY `idx_ultimateimmo_immoreceipt_ref` (`ref`),
  KEY `idx_ultimateimmo_immoreceipt_entity` (`entity`),
  KEY `llx_ultimateimmo_immoreceipt_fk_rent` (`fk_rent`),
  KEY `idx_ultimateimmo_immoreceipt_fk_property` (`fk_property`),
  KEY `idx_ultimateimmo_immoreceipt_fk_renter` (`fk_renter`),
  KEY `idx_ultimateimmo_immoreceipt_fk_owner` (`fk_owner`),
  KEY `idx_ultimateimmo_immoreceipt_fk_soc` (`fk_soc`),
  KEY `idx_ultimateimmo_immoreceipt_paye` (`paye`),
  KEY `llx_ultimateimmo_immoreceipt_fk_user_creat` (`fk_user_creat`),
  KEY `idx_ultimateimmo_immoreceipt_model_pdf` (`model_pdf`),
  KEY `idx_ultimateimmo_immoreceipt_status` (`status`),
  CONSTRAINT `llx_ultimateimmo_immoreceipt_fk_property` FOREIGN KEY (`fk_property`) REFERENCES `llx_ultimateimmo_immoproperty` (`rowid`),
  CONSTRAINT `llx_ultimateimmo_immoreceipt_fk_rent` FOREIGN KEY (`fk_rent`) REFERENCES `llx_ultimateimmo_immorent` (`rowid`),
  CONSTRAINT `llx_ultimateimmo_immoreceipt_fk_renter` FOREIGN KEY (`fk_renter`) REFERENCES `llx_ultimateimmo_immorenter` (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immoreceipt_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immorent` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `fk_property` int(11) DEFAULT NULL,
  `fk_renter` int(11) DEFAULT NULL,
  `fk_account` int(11) DEFAULT NULL,
  `fk_soc` int(11) DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `vat` varchar(4) DEFAULT NULL,
  `fk_owner` int(11) DEFAULT NULL,
  `location_type_id` int(11) DEFAULT NULL,
  `note_public` text DEFAULT NULL,
  `note_private` text DEFAULT NULL,
  `rentamount` int(11) DEFAULT NULL,
  `chargesamount` int(11) DEFAULT NULL,
  `totalamount` int(11) DEFAULT NULL,
  `deposit` int(11) DEFAULT NULL,
  `encours` int(11) DEFAULT NULL,
  `periode` varchar(128) DEFAULT NULL,
  `preavis` int(11) DEFAULT NULL,
  `date_start` date DEFAULT NULL,
  `date_end` date DEFAULT NULL,
  `date_next_rent` date DEFAULT NULL,
  `date_last_regul` date DEFAULT NULL,
  `date_last_regul_charge` date DEFAULT NULL,
  `date_creation` datetime DEFAULT NULL,
  `tms` timestamp NOT NULL DEFAULT current_timestamp(),
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `model_pdf` varchar(128) DEFAULT NULL,
  `status` int(11) NOT NULL,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immorent_rowid` (`rowid`),
  KEY `idx_ultimateimmo_immorent_ref` (`ref`),
  KEY `idx_ultimateimmo_immorent_entity` (`entity`),
  KEY `idx_ultimateimmo_immorent_preavis` (`preavis`),
  KEY `idx_ultimateimmo_immorent_vat` (`vat`),
  KEY `idx_ultimateimmo_immorent_fk_soc` (`fk_soc`),
  KEY `idx_ultimateimmo_immorent_fk_property` (`fk_property`),
  KEY `idx_ultimateimmo_immorent_fk_renter` (`fk_renter`),
  KEY `idx_ultimateimmo_immorent_status` (`status`),
  CONSTRAINT `llx_ultimateimmo_immorent_fk_property` FOREIGN KEY (`fk_property`) REFERENCES `llx_ultimateimmo_immoproperty` (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immorent_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immorenter` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL,
  `entity` int(11) NOT NULL DEFAULT 1,
  `fk_rent` int(11) DEFAULT NULL,
  `fk_owner` int(11) DEFAULT NULL,
  `fk_soc` int(11) DEFAULT NULL,
  `societe` varchar(128) DEFAULT NULL,
  `note_public` text DEFAULT NULL,
  `note_private` text DEFAULT NULL,
  `civility_id` int(11) NOT NULL,
  `firstname` varchar(255) DEFAULT NULL,
  `lastname` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `photo` varchar(255) DEFAULT NULL,
  `birth` datetime DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `town` varchar(255) DEFAULT NULL,
  `phone` varchar(30) DEFAULT NULL,
  `phone_mobile` varchar(30) DEFAULT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NOT NULL DEFAULT current_timestamp(),
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `model_pdf` varchar(128) DEFAULT NULL,
  `status` int(11) NOT NULL,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immorenter_ref` (`ref`),
  KEY `idx_ultimateimmo_immorenter_entity` (`entity`),
  KEY `idx_ultimateimmo_immorenter_fk_soc` (`fk_soc`),
  KEY `idx_ultimateimmo_immorenter_status` (`status`),
  KEY `idx_ultimateimmo_immorenter_rowid` (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immorenter_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immorenter_type` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `ref` varchar(128) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `rentok` int(11) DEFAULT NULL,
  `note_public` text DEFAULT NULL,
  `note_private` text DEFAULT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NOT NULL,
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `status` int(11) NOT NULL,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immorenter_type_rowid` (`rowid`),
  KEY `idx_ultimateimmo_immorenter_type_ref` (`ref`),
  KEY `idx_ultimateimmo_immorenter_type_rentok` (`rentok`),
  KEY `llx_ultimateimmo_immorenter_type_fk_user_creat` (`fk_user_creat`),
  KEY `idx_ultimateimmo_immorenter_type_status` (`status`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immorenter_type_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immospreadzone` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `fk_property_parent` int(11) DEFAULT NULL,
  `fk_property_child` int(11) DEFAULT NULL,
  `percent_application` double DEFAULT NULL,
  `date_creation` datetime NOT NULL,
  `tms` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `fk_user_creat` int(11) NOT NULL,
  `fk_user_modif` int(11) DEFAULT NULL,
  `last_main_doc` varchar(255) DEFAULT NULL,
  `import_key` varchar(14) DEFAULT NULL,
  `status` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`rowid`),
  KEY `idx_ultimateimmo_immospreadzone_rowid` (`rowid`),
  KEY `idx_ultimateimmo_immospreadzone_fk_property_parent` (`fk_property_parent`),
  KEY `idx_ultimateimmo_immospreadzone_fk_property_child` (`fk_property_child`),
  KEY `llx_ultimateimmo_immospreadzone_fk_user_creat` (`fk_user_creat`),
  KEY `idx_ultimateimmo_immospreadzone_status` (`status`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_immospreadzone_extrafields` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `tms` timestamp NULL DEFAULT NULL,
  `fk_object` int(11) NOT NULL,
  `import_key` varchar(14) DEFAULT NULL COMMENT 'import key',
  PRIMARY KEY (`rowid`),
  KEY `idx_immospreadzone_fk_object` (`fk_object`)
) ENGINE=InnoDB;

CREATE TABLE `llx_ultimateimmo_payment_receipt` (
  `rowid` int(11) NOT NULL AUTO_INCREMENT,
  `fk_paiement` int(11) DEFAULT NULL,
  `fk_receipt` int(11) DEFAULT NULL,
  `amount` double(24,8) DEFAULT 0.00000000,
  PRIMARY KEY (`rowid`)
) ENGINE=InnoDB;

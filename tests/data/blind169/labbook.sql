-- LabBook 3.5.12 (Fondation Mérieux; laboratory information system, "SIGL"; French names, table-abbreviation
--   column prefixes). GPL-2.0 (LICENSE.md).
-- Source: github.com/fondationmerieux/labbook_python, commit cfc3185f41964fa3da610e52e7e778ca1ef7271b
--   ("Release 3.5.12"), etc/sql/demo_dump.sql: upstream's mysqldump (MySQL 8.0.33) of the SIGL database as
--   built by its alembic migrations (alembic_version 293f26bdbf13). Only the structure of the tables kept here is
--   taken, verbatim (column order, types, keys, engine/charset); AUTO_INCREMENT counters, the demo rows and the
--   dump's copy of the `mysql` system schema are left out. Upstream declares no foreign keys.

CREATE TABLE `age_interval_setting` (
  `ais_ser` int(11) NOT NULL AUTO_INCREMENT,
  `ais_rank` int(11) NOT NULL,
  `ais_lower_bound` int(11) DEFAULT NULL,
  `ais_upper_bound` int(11) DEFAULT NULL,
  PRIMARY KEY (`ais_ser`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `analyzer_msg` (
  `anl_ser` int(11) NOT NULL AUTO_INCREMENT,
  `anl_date` datetime DEFAULT NULL,
  `anl_date_upd` datetime DEFAULT NULL,
  `anl_ans` int(11) NOT NULL,
  `anl_id_samp` int(11) NOT NULL,
  `anl_stat` varchar(2) NOT NULL,
  `anl_OML_O33` text NOT NULL,
  `anl_ORL_O34` text NOT NULL,
  `anm_tot` varchar(20) NOT NULL DEFAULT '',
  PRIMARY KEY (`anl_ser`),
  KEY `anl_stat` (`anl_stat`),
  KEY `anl_id_samp` (`anl_id_samp`),
  KEY `idx_anm_tot` (`anm_tot`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `analyzer_result` (
  `anr_ser` int(11) NOT NULL AUTO_INCREMENT,
  `anr_date` datetime DEFAULT NULL,
  `anr_ans` int(11) DEFAULT '0',
  `anr_code` varchar(100) NOT NULL,
  `anr_samp` int(11) DEFAULT '0',
  `anr_value` varchar(120) DEFAULT NULL,
  `anr_unit` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`anr_ser`),
  KEY `anr_ans` (`anr_ans`),
  KEY `anr_samp` (`anr_samp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `analyzer_setting` (
  `ans_ser` int(11) NOT NULL AUTO_INCREMENT,
  `ans_date` datetime DEFAULT NULL,
  `ans_user` int(11) NOT NULL DEFAULT '0',
  `ans_rank` int(11) NOT NULL DEFAULT '0',
  `ans_name` varchar(100) NOT NULL,
  `ans_id` varchar(80) NOT NULL,
  `ans_filename` varchar(255) NOT NULL,
  `ans_batch` varchar(1) NOT NULL DEFAULT 'Y',
  PRIMARY KEY (`ans_ser`),
  UNIQUE KEY `ans_id` (`ans_id`),
  KEY `ans_rank` (`ans_rank`),
  KEY `ans_name` (`ans_name`),
  KEY `ans_id_2` (`ans_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `connect_setting` (
  `cos_ser` int(11) NOT NULL AUTO_INCREMENT,
  `cos_date` datetime DEFAULT NULL,
  `cos_by_user` int(11) DEFAULT '0',
  `cos_url` varchar(255) NOT NULL,
  PRIMARY KEY (`cos_ser`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `database_status` (
  `dbs_ser` int(11) NOT NULL AUTO_INCREMENT,
  `dbs_date` datetime DEFAULT NULL,
  `dbs_stat` varchar(255) DEFAULT NULL,
  `dbs_type` varchar(3) NOT NULL DEFAULT 'ANA',
  PRIMARY KEY (`dbs_ser`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dhis2_setting` (
  `dhs_ser` int(11) NOT NULL AUTO_INCREMENT,
  `dhs_date` datetime DEFAULT NULL,
  `dhs_user` int(11) DEFAULT '0',
  `dhs_name` varchar(100) NOT NULL,
  `dhs_login` varchar(50) NOT NULL,
  `dhs_pwd` varchar(50) NOT NULL,
  `dhs_url` varchar(255) NOT NULL,
  `dhs_default` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`dhs_ser`),
  KEY `dhs_login` (`dhs_login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `functionnal_unit` (
  `fun_ser` int(11) NOT NULL AUTO_INCREMENT,
  `fun_date` datetime DEFAULT NULL,
  `fun_rank` int(11) DEFAULT '0',
  `fun_name` varchar(255) NOT NULL,
  PRIMARY KEY (`fun_ser`),
  KEY `fun_rank` (`fun_rank`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `functionnal_unit_link` (
  `ful_ser` int(11) NOT NULL AUTO_INCREMENT,
  `ful_date` datetime DEFAULT NULL,
  `ful_fun` int(11) NOT NULL,
  `ful_ref` int(11) NOT NULL,
  `ful_type` varchar(1) NOT NULL,
  PRIMARY KEY (`ful_ser`),
  KEY `ful_fun` (`ful_fun`),
  KEY `ful_ref` (`ful_ref`),
  KEY `ful_type` (`ful_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `init_version` (
  `ini_ser` int(11) NOT NULL AUTO_INCREMENT,
  `ini_date` datetime DEFAULT NULL,
  `ini_stat` varchar(1) NOT NULL,
  PRIMARY KEY (`ini_ser`),
  KEY `ini_date` (`ini_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `internal_messaging` (
  `ime_ser` int(11) NOT NULL AUTO_INCREMENT,
  `ime_date` datetime DEFAULT NULL,
  `ime_sender` int(11) DEFAULT '0',
  `ime_receiver` int(11) DEFAULT '0',
  `ime_subject` varchar(255) NOT NULL,
  `ime_body` text NOT NULL,
  `ime_is_read` varchar(1) NOT NULL DEFAULT 'N',
  `ime_sender_del` varchar(1) NOT NULL DEFAULT 'N',
  `ime_receiver_del` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`ime_ser`),
  KEY `ime_sender` (`ime_sender`),
  KEY `ime_receiver` (`ime_receiver`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `internal_messaging_file` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned DEFAULT NULL,
  `sys_creation_date` datetime DEFAULT NULL,
  `sys_last_mod_date` datetime DEFAULT NULL,
  `sys_last_mod_user` int(10) unsigned DEFAULT NULL,
  `id_ext` int(10) unsigned DEFAULT NULL,
  `id_file` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id_data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `lite_setting` (
  `lite_ser` int(11) NOT NULL AUTO_INCREMENT,
  `lite_date` datetime DEFAULT NULL,
  `lite_name` varchar(100) NOT NULL,
  `lite_login` varchar(50) NOT NULL,
  `lite_pwd` varchar(100) NOT NULL,
  `lite_report_pwd` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`lite_ser`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `lite_users` (
  `litu_ser` int(11) NOT NULL AUTO_INCREMENT,
  `litu_date` datetime DEFAULT NULL,
  `litu_lite` int(11) NOT NULL,
  `litu_user` int(11) NOT NULL,
  PRIMARY KEY (`litu_ser`),
  KEY `litu_lite` (`litu_lite`),
  KEY `litu_user` (`litu_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `nationality` (
  `nat_ser` int(11) NOT NULL AUTO_INCREMENT,
  `nat_name` varchar(30) NOT NULL,
  `nat_code` varchar(3) NOT NULL,
  PRIMARY KEY (`nat_ser`),
  KEY `nat_name` (`nat_name`),
  KEY `nat_code` (`nat_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `patient_form_item` (
  `pfi_ser` int(11) NOT NULL AUTO_INCREMENT,
  `pfi_date` datetime DEFAULT NULL,
  `pfi_user` int(11) DEFAULT '0',
  `pfi_pat` int(11) NOT NULL,
  `pfi_act` varchar(1) NOT NULL DEFAULT 'Y',
  `pfi_key` varchar(80) NOT NULL,
  `pfi_value` mediumtext NOT NULL,
  PRIMARY KEY (`pfi_ser`),
  KEY `pfi_key` (`pfi_key`),
  KEY `pfi_act` (`pfi_act`),
  KEY `pfi_pat` (`pfi_pat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `product_details` (
  `prd_ser` int(11) NOT NULL AUTO_INCREMENT,
  `prd_date` datetime DEFAULT NULL,
  `prd_name` varchar(100) NOT NULL,
  `prd_type` int(11) DEFAULT '0',
  `prd_nb_by_pack` int(11) DEFAULT '0',
  `prd_supplier` int(11) DEFAULT '0',
  `prd_ref_supplier` varchar(50) DEFAULT NULL,
  `prd_conserv` int(11) DEFAULT '0',
  `prd_safe_limit` int(11) DEFAULT '0',
  `prd_expir_oblig` varchar(1) NOT NULL DEFAULT 'Y',
  PRIMARY KEY (`prd_ser`),
  KEY `prd_name` (`prd_name`),
  KEY `prd_type` (`prd_type`),
  KEY `prd_supplier` (`prd_supplier`),
  KEY `idx_date` (`prd_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `product_supply` (
  `prs_ser` int(11) NOT NULL AUTO_INCREMENT,
  `prs_date` datetime DEFAULT NULL,
  `prs_prd` int(11) NOT NULL,
  `prs_nb_pack` int(11) DEFAULT '0',
  `prs_receipt_date` datetime DEFAULT NULL,
  `prs_expir_date` datetime DEFAULT NULL,
  `prs_batch_num` varchar(50) DEFAULT NULL,
  `prs_buy_price` int(11) DEFAULT '0',
  `prs_user` int(11) DEFAULT '0',
  `prs_empty` varchar(1) NOT NULL DEFAULT 'N',
  `prs_cancel` varchar(1) NOT NULL DEFAULT 'N',
  `prs_user_cancel` int(11) DEFAULT '0',
  `prs_lessor` varchar(100) NOT NULL DEFAULT '',
  `prs_prl` int(11) NOT NULL DEFAULT '0',
  `prs_remove` varchar(1) NOT NULL DEFAULT 'N',
  `prs_user_remove` int(11) DEFAULT '0',
  PRIMARY KEY (`prs_ser`),
  KEY `prs_prd` (`prs_prd`),
  KEY `idx_date` (`prs_date`),
  KEY `idx_user` (`prs_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `product_use` (
  `pru_ser` int(11) NOT NULL AUTO_INCREMENT,
  `pru_date` datetime DEFAULT NULL,
  `pru_user` int(11) NOT NULL,
  `pru_prs` int(11) NOT NULL,
  `pru_nb_pack` int(11) NOT NULL,
  `pru_cancel` varchar(1) NOT NULL DEFAULT 'N',
  `pru_user_cancel` int(11) DEFAULT '0',
  PRIMARY KEY (`pru_ser`),
  KEY `pru_prs` (`pru_prs`),
  KEY `idx_date` (`pru_date`),
  KEY `idx_user` (`pru_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `profile_permissions` (
  `prp_ser` int(11) NOT NULL AUTO_INCREMENT,
  `prp_date` datetime DEFAULT NULL,
  `prp_by_user` int(11) DEFAULT '0',
  `prp_pro` int(11) NOT NULL,
  `prp_prr` int(11) NOT NULL,
  `prp_granted` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`prp_ser`),
  KEY `prp_pro` (`prp_pro`),
  KEY `prp_prr` (`prp_prr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `profile_rights` (
  `prr_ser` int(11) NOT NULL AUTO_INCREMENT,
  `prr_date` datetime DEFAULT NULL,
  `prr_by_user` int(11) DEFAULT '0',
  `prr_rank` int(11) DEFAULT '0',
  `prr_type` varchar(20) NOT NULL,
  `prr_label` varchar(255) NOT NULL,
  `prr_tag` varchar(40) NOT NULL DEFAULT '',
  PRIMARY KEY (`prr_ser`),
  KEY `prr_rank` (`prr_rank`),
  KEY `prr_type` (`prr_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `profile_role` (
  `pro_ser` int(11) NOT NULL AUTO_INCREMENT,
  `pro_date` datetime DEFAULT NULL,
  `pro_by_user` int(11) DEFAULT '0',
  `pro_role` int(11) NOT NULL,
  `pro_label` varchar(255) NOT NULL,
  `pro_genuine` varchar(1) NOT NULL DEFAULT 'N',
  `pro_color_1` varchar(10) NOT NULL DEFAULT '#EEEEEE',
  `pro_color_2` varchar(10) NOT NULL DEFAULT '#DDDDDD',
  `pro_text_color` varchar(10) NOT NULL DEFAULT '#FFFFFF',
  PRIMARY KEY (`pro_ser`),
  KEY `pro_role` (`pro_role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `record_file` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned DEFAULT NULL,
  `sys_creation_date` datetime DEFAULT NULL,
  `sys_last_mod_date` datetime DEFAULT NULL,
  `sys_last_mod_user` int(10) unsigned DEFAULT NULL,
  `id_ext` int(10) unsigned DEFAULT NULL,
  `id_file` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id_data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `record_validation` (
  `rev_ser` int(11) NOT NULL AUTO_INCREMENT,
  `rev_date` datetime DEFAULT NULL,
  `rev_user` int(11) DEFAULT '0',
  `rev_rec` int(11) DEFAULT '0',
  `rev_comm` text,
  PRIMARY KEY (`rev_ser`),
  KEY `rev_user` (`rev_user`),
  KEY `rev_rec` (`rev_rec`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `requesting_services` (
  `rqs_ser` int(11) NOT NULL AUTO_INCREMENT,
  `rqs_date` datetime DEFAULT NULL,
  `rqs_rank` int(11) DEFAULT '0',
  `rqs_name` varchar(255) NOT NULL,
  PRIMARY KEY (`rqs_ser`),
  KEY `rqs_rank` (`rqs_rank`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sample_destock` (
  `sad_ser` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sad_date` datetime DEFAULT NULL,
  `sad_user` int(10) unsigned DEFAULT NULL,
  `sad_aliquot` int(10) unsigned NOT NULL,
  `sad_reason` text NOT NULL,
  `sad_external` varchar(1) DEFAULT 'N',
  `sad_location` varchar(255) DEFAULT '',
  `sad_destock_date` datetime DEFAULT NULL,
  `sad_restock_date` datetime DEFAULT NULL,
  `sad_restock_user` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`sad_ser`),
  KEY `sad_aliquot` (`sad_aliquot`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_01_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `samp_date` datetime DEFAULT NULL,
  `type_prel` int(10) unsigned NOT NULL,
  `statut` int(10) unsigned NOT NULL,
  `id_dos` int(10) unsigned DEFAULT NULL,
  `preleveur` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `samp_receipt_date` datetime DEFAULT NULL,
  `commentaire` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `lieu_prel` int(10) unsigned DEFAULT NULL,
  `lieu_prel_plus` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `localisation` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `code` varchar(20) COLLATE utf8_unicode_ci DEFAULT NULL,
  `samp_id_ana` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_data`),
  KEY `id_owner` (`id_owner`),
  KEY `id_dos` (`id_dos`) USING BTREE,
  KEY `sigl_01_data_ibfk_3` (`type_prel`),
  KEY `sigl_01_data_ibfk_4` (`statut`),
  KEY `sigl_01_data_ibfk_1` (`lieu_prel`),
  KEY `idx_date_samp` (`samp_date`),
  KEY `idx_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `sigl_02_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `id_patient` int(10) unsigned DEFAULT NULL,
  `type` int(10) unsigned DEFAULT NULL,
  `rec_date_receipt` datetime DEFAULT NULL,
  `num_dos_jour` varchar(12) COLLATE utf8_unicode_ci DEFAULT NULL,
  `num_dos_an` varchar(10) COLLATE utf8_unicode_ci DEFAULT NULL,
  `med_prescripteur` int(10) unsigned DEFAULT NULL,
  `date_prescription` date NOT NULL,
  `service_interne` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `num_lit` int(4) unsigned DEFAULT NULL,
  `id_colis` varchar(30) COLLATE utf8_unicode_ci DEFAULT NULL,
  `rec_parcel_date` datetime DEFAULT NULL,
  `rc` text COLLATE utf8_unicode_ci,
  `colis` int(10) unsigned DEFAULT NULL,
  `prix` decimal(10,2) DEFAULT NULL,
  `remise` int(10) unsigned DEFAULT NULL,
  `remise_pourcent` decimal(10,2) DEFAULT NULL,
  `assu_pourcent` decimal(10,2) DEFAULT NULL,
  `a_payer` decimal(10,2) DEFAULT NULL,
  `num_quittance` varchar(20) COLLATE utf8_unicode_ci DEFAULT NULL,
  `num_fact` varchar(10) COLLATE utf8_unicode_ci DEFAULT NULL,
  `statut` int(10) unsigned DEFAULT NULL,
  `num_dos_mois` varchar(10) COLLATE utf8_unicode_ci DEFAULT NULL,
  `date_hosp` date DEFAULT NULL,
  `rec_custody` varchar(1) COLLATE utf8_unicode_ci NOT NULL DEFAULT 'N',
  `rec_num_int` varchar(30) COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `rec_date_vld` datetime DEFAULT NULL,
  `rec_modified` varchar(1) COLLATE utf8_unicode_ci NOT NULL DEFAULT 'N',
  `rec_hosp_num` varchar(30) COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `rec_date_save` datetime DEFAULT NULL,
  `rec_lite` int(11) NOT NULL DEFAULT '0',
  `rec_num_lite` varchar(20) COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  PRIMARY KEY (`id_data`),
  KEY `id_patient` (`id_patient`),
  KEY `id_owner` (`id_owner`),
  KEY `sigl_02_data_ibfk_4` (`type`),
  KEY `sigl_02_data_ibfk_5` (`med_prescripteur`),
  KEY `sigl_02_data_ibfk_6` (`colis`),
  KEY `sigl_02_data_ibfk_7` (`remise`),
  KEY `idx_date_rec` (`rec_date_receipt`),
  KEY `idx_date_prescr` (`date_prescription`),
  KEY `idx_date_hosp` (`date_hosp`),
  KEY `idx_status` (`statut`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `sigl_03_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `anonyme` int(10) unsigned DEFAULT NULL,
  `code` varchar(8) COLLATE utf8_unicode_ci DEFAULT NULL,
  `code_patient` varchar(20) COLLATE utf8_unicode_ci DEFAULT NULL,
  `nom` varchar(40) COLLATE utf8_unicode_ci DEFAULT NULL,
  `prenom` varchar(80) COLLATE utf8_unicode_ci DEFAULT NULL,
  `ddn` date DEFAULT NULL,
  `sexe` int(10) unsigned DEFAULT NULL,
  `adresse` text COLLATE utf8_unicode_ci,
  `cp` varchar(10) COLLATE utf8_unicode_ci DEFAULT NULL,
  `ville` varchar(40) COLLATE utf8_unicode_ci DEFAULT NULL,
  `tel` varchar(20) COLLATE utf8_unicode_ci DEFAULT NULL,
  `profession` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `nom_jf` varchar(40) COLLATE utf8_unicode_ci DEFAULT NULL,
  `quartier` varchar(40) COLLATE utf8_unicode_ci DEFAULT NULL,
  `bp` varchar(10) COLLATE utf8_unicode_ci DEFAULT NULL,
  `ddn_approx` int(10) unsigned DEFAULT NULL,
  `age` int(3) unsigned DEFAULT NULL,
  `unite` int(10) unsigned DEFAULT NULL,
  `pat_midname` varchar(40) COLLATE utf8_unicode_ci DEFAULT NULL,
  `pat_nation` int(3) DEFAULT '0',
  `pat_resident` varchar(1) COLLATE utf8_unicode_ci NOT NULL DEFAULT 'Y',
  `pat_blood_group` int(11) DEFAULT '0',
  `pat_blood_rhesus` int(11) DEFAULT '0',
  `pat_phone2` varchar(20) COLLATE utf8_unicode_ci DEFAULT NULL,
  `pat_email` varchar(255) COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `pat_lite` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_data`),
  KEY `id_owner` (`id_owner`),
  KEY `sigl_03_data_ibfk_2` (`ddn_approx`),
  KEY `sigl_03_data_anonyme_dico` (`anonyme`),
  KEY `sigl_03_data_sexe_dico` (`sexe`),
  KEY `idx_name` (`nom`),
  KEY `idx_fname` (`prenom`),
  KEY `idx_phone1` (`tel`),
  KEY `idx_phone2` (`pat_phone2`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `sigl_04_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `id_dos` int(10) unsigned DEFAULT NULL,
  `ref_analyse` int(10) unsigned NOT NULL,
  `prix` decimal(10,2) DEFAULT NULL,
  `paye` int(10) unsigned DEFAULT NULL,
  `urgent` int(10) unsigned DEFAULT NULL,
  `demande` int(10) unsigned DEFAULT NULL,
  `req_outsourced` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_data`),
  KEY `id_owner` (`id_owner`),
  KEY `id_prel` (`id_dos`) USING BTREE,
  KEY `sigl_04_data_ibfk_3` (`ref_analyse`),
  KEY `sigl_04_data_ibfk_4` (`paye`),
  KEY `sigl_04_data_ibfk_6` (`urgent`),
  KEY `sigl_04_data_ibfk_7` (`demande`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_05_07_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `id_refanalyse` int(10) unsigned NOT NULL,
  `id_refvariable` int(10) unsigned NOT NULL,
  `position` int(2) unsigned DEFAULT NULL,
  `num_var` int(2) unsigned DEFAULT NULL,
  `obligatoire` int(11) DEFAULT '4',
  `var_whonet` int(1) DEFAULT '5',
  `var_qrcode` varchar(10) DEFAULT 'N',
  PRIMARY KEY (`id_data`),
  UNIQUE KEY `UNIQUE` (`id_refanalyse`,`id_refvariable`),
  KEY `FK_sigl_05_07_data_1` (`id_owner`),
  KEY `FK_sigl_05_07_data_3` (`id_refvariable`),
  KEY `idx_oblig` (`obligatoire`),
  KEY `idx_whonet` (`var_whonet`),
  KEY `idx_pos` (`position`),
  KEY `idx_num_var` (`num_var`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_05_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `code` varchar(7) DEFAULT NULL,
  `nom` varchar(120) NOT NULL,
  `abbr` varchar(20) DEFAULT NULL,
  `famille` int(10) unsigned DEFAULT NULL,
  `cote_unite` varchar(2) DEFAULT NULL,
  `cote_valeur` decimal(10,2) DEFAULT NULL,
  `commentaire` text,
  `produit_biologique` int(10) unsigned DEFAULT NULL,
  `type_prel` int(10) unsigned DEFAULT NULL,
  `type_analyse` int(10) unsigned DEFAULT NULL,
  `actif` int(10) unsigned DEFAULT NULL,
  `ana_whonet` int(1) DEFAULT '5',
  `ana_ast` varchar(1) NOT NULL DEFAULT 'N',
  `ana_loinc` varchar(20) DEFAULT '',
  `ana_lite` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_data`),
  UNIQUE KEY `code` (`code`),
  KEY `id_owner` (`id_owner`),
  KEY `sigl_05_data_ibfk_3` (`famille`),
  KEY `sigl_05_data_ibfk_5` (`produit_biologique`),
  KEY `sigl_05_data_ibfk_6` (`type_prel`),
  KEY `sigl_05_data_ibfk_7` (`type_analyse`),
  KEY `sigl_05_data_ibfk_8` (`actif`),
  KEY `idx_name` (`nom`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_06_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `identifiant` varchar(20) COLLATE utf8_unicode_ci DEFAULT NULL,
  `label` varchar(100) COLLATE utf8_unicode_ci DEFAULT NULL,
  `value` text COLLATE utf8_unicode_ci,
  PRIMARY KEY (`id_data`),
  UNIQUE KEY `identifiant` (`identifiant`),
  KEY `id_owner` (`id_owner`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `sigl_07_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `libelle` varchar(120) DEFAULT NULL,
  `description` varchar(120) DEFAULT NULL,
  `unite` int(10) unsigned DEFAULT NULL,
  `normal_min` varchar(20) DEFAULT NULL,
  `normal_max` varchar(20) DEFAULT NULL,
  `commentaire` text,
  `type_resultat` int(10) unsigned DEFAULT NULL,
  `unite2` int(10) unsigned DEFAULT NULL,
  `formule_unite2` varchar(120) DEFAULT NULL,
  `formule` varchar(120) DEFAULT NULL,
  `accuracy` int(1) unsigned DEFAULT NULL,
  `precision2` int(1) unsigned DEFAULT NULL,
  `code_var` varchar(10) DEFAULT NULL,
  `var_highlight` varchar(1) NOT NULL DEFAULT 'N',
  `var_show_minmax` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_data`),
  UNIQUE KEY `code_var` (`code_var`),
  KEY `sigl_07_data_ibfk_1` (`id_owner`),
  KEY `sigl_07_data_ibfk_2` (`unite`),
  KEY `sigl_07_data_ibfk_3` (`type_resultat`),
  KEY `sigl_07_data_ibfk_4` (`unite2`),
  KEY `idx_label` (`libelle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_08_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `code` varchar(7) COLLATE utf8_unicode_ci DEFAULT NULL,
  `nom` varchar(40) COLLATE utf8_unicode_ci NOT NULL,
  `prenom` varchar(40) COLLATE utf8_unicode_ci DEFAULT NULL,
  `ville` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `etablissement` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `specialite` int(10) unsigned DEFAULT NULL,
  `tel` varchar(20) COLLATE utf8_unicode_ci DEFAULT NULL,
  `email` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `titre` int(10) unsigned DEFAULT NULL,
  `initiale` varchar(5) COLLATE utf8_unicode_ci DEFAULT NULL,
  `service` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `adresse` text COLLATE utf8_unicode_ci,
  `mobile` varchar(20) COLLATE utf8_unicode_ci DEFAULT NULL,
  `fax` varchar(20) COLLATE utf8_unicode_ci DEFAULT NULL,
  `doc_zipcity` varchar(10) COLLATE utf8_unicode_ci DEFAULT '',
  PRIMARY KEY (`id_data`),
  KEY `id_owner` (`id_owner`),
  KEY `sigl_08_data_ibfk_2` (`specialite`),
  KEY `idx_name` (`nom`),
  KEY `idx_fname` (`prenom`),
  KEY `idx_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `sigl_09_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `id_analyse` int(10) unsigned NOT NULL,
  `ref_variable` int(10) unsigned NOT NULL,
  `valeur` varchar(120) DEFAULT NULL,
  `obligatoire` int(11) DEFAULT '4',
  `res_recovery` varchar(1) NOT NULL DEFAULT 'M',
  PRIMARY KEY (`id_data`),
  UNIQUE KEY `Unique` (`id_analyse`,`ref_variable`),
  KEY `sigl_09_data_ibfk_1` (`id_owner`),
  KEY `sigl_09_data_ibfk_2` (`id_analyse`),
  KEY `sigl_09_data_ibfk_3` (`ref_variable`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_10_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `id_resultat` int(10) unsigned DEFAULT NULL,
  `date_validation` datetime DEFAULT NULL,
  `utilisateur` int(10) unsigned NOT NULL,
  `valeur` varchar(120) DEFAULT NULL,
  `type_validation` int(10) unsigned DEFAULT NULL,
  `commentaire` text,
  `motif_annulation` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id_data`),
  KEY `FK_sigl_10_data_1` (`id_owner`),
  KEY `FK_sigl_10_data_2` (`id_resultat`),
  KEY `FK_sigl_10_data_4` (`type_validation`),
  KEY `FK_sigl_10_data_3` (`utilisateur`),
  KEY `FK_sigl_10_data_5` (`motif_annulation`),
  KEY `idx_date_vld` (`date_validation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_11_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `id_dos` int(10) unsigned NOT NULL,
  `file` varchar(36) NOT NULL,
  `file_type` int(10) unsigned DEFAULT NULL,
  `doc_type` int(10) unsigned DEFAULT NULL,
  `date` datetime NOT NULL,
  `id_tpl` int(11) DEFAULT '0',
  `nb_download` int(11) DEFAULT '0',
  PRIMARY KEY (`id_data`),
  UNIQUE KEY `Unique` (`file`),
  KEY `sigl_11_data_ibfk_1` (`id_owner`),
  KEY `sigl_11_data_ibfk_2` (`id_dos`),
  KEY `sigl_11_data_ibfk_3` (`file_type`),
  KEY `sigl_11_data_ibfk_4` (`doc_type`),
  KEY `idx_file` (`file`),
  KEY `idx_id_tpl` (`id_tpl`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_dico_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned DEFAULT NULL,
  `dico_name` varchar(20) NOT NULL,
  `label` varchar(255) NOT NULL,
  `short_label` varchar(20) NOT NULL,
  `position` int(10) DEFAULT NULL,
  `code` varchar(10) DEFAULT NULL,
  `dico_descr` text,
  `dict_formatting` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_data`),
  KEY `idx_dico_name` (`dico_name`),
  KEY `sigl_dico_data_owner` (`id_owner`),
  KEY `idx_label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_evtlog_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned DEFAULT NULL,
  `evt_datetime` datetime DEFAULT NULL,
  `evt_type` int(10) unsigned DEFAULT NULL,
  `evt_name` varchar(255) DEFAULT NULL,
  `message` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_data`),
  KEY `id_owner` (`id_owner`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_file_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned DEFAULT NULL,
  `sys_creation_date` datetime DEFAULT NULL,
  `sys_last_mod_date` datetime DEFAULT NULL,
  `sys_last_mod_user` int(10) unsigned DEFAULT NULL,
  `status` int(11) DEFAULT NULL,
  `date_creation` datetime DEFAULT NULL,
  `original_name` varchar(128) DEFAULT NULL,
  `generated_name` varchar(32) DEFAULT NULL,
  `size` int(11) DEFAULT NULL,
  `hash` varchar(32) DEFAULT NULL,
  `ext` varchar(8) DEFAULT NULL,
  `content_type` varchar(100) DEFAULT NULL,
  `id_storage` int(10) unsigned DEFAULT NULL,
  `path` varchar(6) DEFAULT NULL,
  PRIMARY KEY (`id_data`),
  KEY `idx_oname` (`original_name`),
  KEY `idx_gname` (`generated_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_fournisseurs_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned DEFAULT NULL,
  `sys_creation_date` datetime DEFAULT NULL,
  `sys_last_mod_date` datetime DEFAULT NULL,
  `sys_last_mod_user` int(10) unsigned DEFAULT NULL,
  `fournisseur_nom` varchar(255) DEFAULT NULL,
  `contact_nom` varchar(255) DEFAULT NULL,
  `contact_prenom` varchar(255) DEFAULT NULL,
  `contact_fonction` varchar(255) DEFAULT NULL,
  `fournisseur_adresse` text,
  `contact_tel` varchar(255) DEFAULT NULL,
  `contact_mobile` varchar(255) DEFAULT NULL,
  `contact_fax` varchar(255) DEFAULT NULL,
  `contact_email` varchar(255) DEFAULT NULL,
  `commentaire` text,
  `supp_critical` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_reunion_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned DEFAULT NULL,
  `sys_creation_date` datetime DEFAULT NULL,
  `sys_last_mod_date` datetime DEFAULT NULL,
  `sys_last_mod_user` int(10) unsigned DEFAULT NULL,
  `date` date DEFAULT NULL,
  `organisateur_id` int(10) unsigned DEFAULT NULL,
  `type_reu` int(10) unsigned DEFAULT NULL,
  `cr` text,
  PRIMARY KEY (`id_data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_storage_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned DEFAULT NULL,
  `sys_creation_date` datetime DEFAULT NULL,
  `sys_last_mod_date` datetime DEFAULT NULL,
  `sys_last_mod_user` int(10) unsigned DEFAULT NULL,
  `path` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sigl_user_data` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned NOT NULL,
  `firstname` varchar(50) DEFAULT NULL,
  `lastname` varchar(50) DEFAULT NULL,
  `username` varchar(50) NOT NULL,
  `password` varchar(81) DEFAULT NULL,
  `titre` int(10) unsigned DEFAULT NULL,
  `id_group` int(10) unsigned NOT NULL DEFAULT '100',
  `email` varchar(200) DEFAULT NULL,
  `creation_date` date NOT NULL DEFAULT '0000-00-00',
  `expire_date` date DEFAULT NULL,
  `cps_id` varchar(30) DEFAULT NULL,
  `oauth_provider_id_user` int(10) unsigned DEFAULT NULL,
  `locale` int(10) unsigned NOT NULL DEFAULT '35',
  `rpps` varchar(11) DEFAULT NULL,
  `otp_phone_number` varchar(20) DEFAULT NULL,
  `initiale` varchar(5) DEFAULT NULL,
  `ddn` date DEFAULT NULL,
  `position` varchar(50) DEFAULT NULL,
  `adresse` text,
  `tel` varchar(20) DEFAULT NULL,
  `darrive` date DEFAULT NULL,
  `cv` text,
  `diplome` text,
  `formation` text,
  `deval` date DEFAULT NULL,
  `section` int(10) unsigned DEFAULT NULL,
  `commentaire` text,
  `side_account` int(11) DEFAULT '0',
  `role_type` varchar(10) DEFAULT NULL,
  `status` varchar(10) NOT NULL,
  `role_pro` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_data`),
  KEY `sigl_user_data_ibfk_2` (`titre`),
  KEY `id_owner` (`id_owner`),
  KEY `sigl_user_data_locale_dico` (`locale`),
  KEY `idx_username` (`username`),
  KEY `idx_name` (`lastname`),
  KEY `idx_account` (`side_account`),
  KEY `idx_status` (`status`),
  KEY `idx_role_type` (`role_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `storage_aliquot` (
  `sal_ser` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sal_date` datetime DEFAULT NULL,
  `sal_user` int(10) unsigned DEFAULT NULL,
  `sal_sample` int(10) unsigned NOT NULL,
  `sal_patient` int(10) unsigned NOT NULL,
  `sal_type` int(10) unsigned NOT NULL,
  `sal_pathogen` int(10) unsigned NOT NULL,
  `sal_box` int(10) unsigned NOT NULL,
  `sal_coordinates` varchar(10) NOT NULL,
  `sal_in_stock` varchar(1) NOT NULL DEFAULT 'Y',
  `sal_stock_date` datetime DEFAULT NULL,
  PRIMARY KEY (`sal_ser`),
  KEY `sal_patient` (`sal_patient`),
  KEY `sal_patient_2` (`sal_patient`),
  KEY `sal_box` (`sal_box`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `storage_box` (
  `sbo_ser` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sbo_date` datetime DEFAULT NULL,
  `sbo_user` int(10) unsigned DEFAULT NULL,
  `sbo_compartment` int(10) unsigned NOT NULL,
  `sbo_name` varchar(100) NOT NULL,
  `sbo_label` varchar(10) NOT NULL,
  `sbo_coordinates` varchar(10) NOT NULL,
  `sbo_dim_x` int(11) NOT NULL,
  `sbo_dim_y` int(11) NOT NULL,
  `sbo_full` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`sbo_ser`),
  KEY `sbo_compartment` (`sbo_compartment`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `template_setting` (
  `tpl_ser` int(11) NOT NULL AUTO_INCREMENT,
  `tpl_date` datetime DEFAULT NULL,
  `tpl_name` varchar(100) COLLATE utf8_unicode_ci NOT NULL,
  `tpl_file` varchar(40) COLLATE utf8_unicode_ci NOT NULL,
  `tpl_default` varchar(1) COLLATE utf8_unicode_ci NOT NULL,
  `tpl_type` varchar(4) COLLATE utf8_unicode_ci NOT NULL,
  PRIMARY KEY (`tpl_ser`),
  KEY `tpl_name` (`tpl_name`),
  KEY `tpl_type` (`tpl_type`),
  KEY `tpl_default` (`tpl_default`),
  KEY `idx_tpl_file` (`tpl_file`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `trace_download` (
  `trd_ser` int(11) NOT NULL AUTO_INCREMENT,
  `trd_date` datetime DEFAULT NULL,
  `trd_last_access` datetime DEFAULT NULL,
  `trd_type` varchar(5) COLLATE utf8_unicode_ci NOT NULL,
  `trd_ref` int(11) NOT NULL,
  `trd_user` int(11) NOT NULL,
  PRIMARY KEY (`trd_ser`),
  KEY `trd_type` (`trd_type`),
  KEY `trd_ref` (`trd_ref`),
  KEY `trd_user` (`trd_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `translations` (
  `tra_ser` int(11) NOT NULL AUTO_INCREMENT,
  `tra_date` datetime DEFAULT NULL,
  `tra_lang` varchar(6) NOT NULL,
  `tra_ref` int(11) DEFAULT '0',
  `tra_type` varchar(10) NOT NULL,
  `tra_text` text,
  PRIMARY KEY (`tra_ser`),
  KEY `tra_lang` (`tra_lang`),
  KEY `tra_type` (`tra_type`),
  KEY `tra_ref` (`tra_ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_cv_file` (
  `id_data` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_owner` int(10) unsigned DEFAULT NULL,
  `sys_creation_date` datetime DEFAULT NULL,
  `sys_last_mod_date` datetime DEFAULT NULL,
  `sys_last_mod_user` int(10) unsigned DEFAULT NULL,
  `id_ext` int(10) unsigned DEFAULT NULL,
  `id_file` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id_data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_permissions` (
  `usp_ser` int(11) NOT NULL AUTO_INCREMENT,
  `usp_date` datetime DEFAULT NULL,
  `usp_by_user` int(11) DEFAULT '0',
  `usp_user` int(11) DEFAULT '0',
  `usp_prp` int(11) NOT NULL,
  `usp_granted` varchar(1) NOT NULL DEFAULT 'N',
  PRIMARY KEY (`usp_ser`),
  KEY `usp_user` (`usp_user`),
  KEY `usp_prp` (`usp_prp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `zip_city` (
  `zic_ser` int(11) NOT NULL AUTO_INCREMENT,
  `zic_date` datetime DEFAULT NULL,
  `zic_zip` varchar(10) DEFAULT NULL,
  `zic_city` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`zic_ser`),
  KEY `zic_zip` (`zic_zip`),
  KEY `zic_city` (`zic_city`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- Galette: trimmed DDL from github.com/galette/galette galette/install/scripts/mysql.sql, commit 6faa6f88 (GPL-3.0).
-- Loaded into MariaDB and dumped with mysqldump --no-data; all 30 tables kept.
SET FOREIGN_KEY_CHECKS=0;
CREATE TABLE `galette_adherents` (
  `id_adh` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_statut` int(10) unsigned NOT NULL,
  `nom_adh` varchar(255) NOT NULL DEFAULT '',
  `prenom_adh` varchar(255) NOT NULL DEFAULT '',
  `pseudo_adh` varchar(255) NOT NULL DEFAULT '',
  `societe_adh` varchar(200) DEFAULT NULL,
  `titre_adh` int(10) unsigned DEFAULT NULL,
  `ddn_adh` date DEFAULT NULL,
  `sexe_adh` smallint(6) NOT NULL,
  `adresse_adh` longtext NOT NULL,
  `cp_adh` varchar(10) NOT NULL DEFAULT '',
  `ville_adh` varchar(200) NOT NULL DEFAULT '',
  `region_adh` varchar(200) NOT NULL DEFAULT '',
  `pays_adh` varchar(200) DEFAULT NULL,
  `tel_adh` varchar(50) DEFAULT NULL,
  `gsm_adh` varchar(50) DEFAULT NULL,
  `email_adh` varchar(255) DEFAULT NULL,
  `info_adh` longtext DEFAULT NULL,
  `info_public_adh` longtext DEFAULT NULL,
  `prof_adh` varchar(150) DEFAULT NULL,
  `login_adh` varchar(255) NOT NULL DEFAULT '',
  `mdp_adh` varchar(255) NOT NULL DEFAULT '',
  `date_crea_adh` date NOT NULL,
  `date_modif_adh` date NOT NULL,
  `activite_adh` tinyint(1) NOT NULL DEFAULT 0,
  `bool_admin_adh` tinyint(1) NOT NULL DEFAULT 0,
  `bool_exempt_adh` tinyint(1) NOT NULL DEFAULT 0,
  `bool_display_info` tinyint(1) NOT NULL DEFAULT 0,
  `date_echeance` date DEFAULT NULL,
  `pref_lang` varchar(20) DEFAULT NULL,
  `lieu_naissance` varchar(255) DEFAULT NULL,
  `gpgid` longtext DEFAULT NULL,
  `fingerprint` varchar(255) DEFAULT NULL,
  `parent_id` int(10) unsigned DEFAULT NULL,
  `num_adh` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_adh`),
  UNIQUE KEY `login_adh` (`login_adh`),
  KEY `id_statut` (`id_statut`),
  KEY `titre_adh` (`titre_adh`),
  KEY `parent_id` (`parent_id`),
  CONSTRAINT `galette_adherents_ibfk_1` FOREIGN KEY (`id_statut`) REFERENCES `galette_statuts` (`id_statut`) ON UPDATE CASCADE,
  CONSTRAINT `galette_adherents_ibfk_2` FOREIGN KEY (`titre_adh`) REFERENCES `galette_titles` (`id_title`) ON UPDATE CASCADE,
  CONSTRAINT `galette_adherents_ibfk_3` FOREIGN KEY (`parent_id`) REFERENCES `galette_adherents` (`id_adh`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_cotisations` (
  `id_cotis` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_adh` int(10) unsigned NOT NULL,
  `id_type_cotis` int(10) unsigned NOT NULL,
  `montant_cotis` decimal(15,2) NOT NULL,
  `type_paiement_cotis` int(10) unsigned NOT NULL,
  `info_cotis` longtext DEFAULT NULL,
  `date_enreg` date NOT NULL,
  `date_debut_cotis` date NOT NULL,
  `date_fin_cotis` date DEFAULT NULL,
  `trans_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id_cotis`),
  KEY `id_type_cotis` (`id_type_cotis`),
  KEY `id_adh` (`id_adh`),
  KEY `trans_id` (`trans_id`),
  KEY `type_paiement_cotis` (`type_paiement_cotis`),
  CONSTRAINT `galette_cotisations_ibfk_1` FOREIGN KEY (`id_type_cotis`) REFERENCES `galette_types_cotisation` (`id_type_cotis`) ON UPDATE CASCADE,
  CONSTRAINT `galette_cotisations_ibfk_2` FOREIGN KEY (`id_adh`) REFERENCES `galette_adherents` (`id_adh`) ON UPDATE CASCADE,
  CONSTRAINT `galette_cotisations_ibfk_3` FOREIGN KEY (`trans_id`) REFERENCES `galette_transactions` (`trans_id`) ON UPDATE CASCADE,
  CONSTRAINT `galette_cotisations_ibfk_4` FOREIGN KEY (`type_paiement_cotis`) REFERENCES `galette_paymenttypes` (`type_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_database` (
  `version` decimal(4,3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_documents` (
  `id_document` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(250) NOT NULL,
  `visible` smallint(6) NOT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `creation_date` datetime NOT NULL,
  PRIMARY KEY (`id_document`),
  KEY `type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_dynamic_fields` (
  `item_id` int(11) NOT NULL DEFAULT 0,
  `field_id` int(10) unsigned NOT NULL DEFAULT 0,
  `field_form` varchar(10) NOT NULL,
  `val_index` int(11) NOT NULL DEFAULT 0,
  `field_val` longtext DEFAULT NULL,
  PRIMARY KEY (`item_id`,`field_id`,`field_form`,`val_index`),
  KEY `field_id` (`field_id`),
  CONSTRAINT `galette_dynamic_fields_ibfk_1` FOREIGN KEY (`field_id`) REFERENCES `galette_field_types` (`field_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_field_types` (
  `field_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `field_form` varchar(10) NOT NULL,
  `field_index` int(11) NOT NULL DEFAULT 0,
  `field_name` varchar(255) NOT NULL DEFAULT '',
  `field_perm` int(11) NOT NULL DEFAULT 1,
  `field_type` int(11) NOT NULL DEFAULT 0,
  `field_required` tinyint(1) NOT NULL DEFAULT 0,
  `field_pos` int(11) NOT NULL DEFAULT 0,
  `field_width` int(11) DEFAULT NULL,
  `field_height` int(11) DEFAULT NULL,
  `field_min_size` int(11) DEFAULT NULL,
  `field_size` int(11) DEFAULT NULL,
  `field_repeat` int(11) DEFAULT NULL,
  `field_information` longtext DEFAULT NULL,
  `field_width_in_forms` smallint(6) NOT NULL DEFAULT 1,
  `field_information_above` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`field_id`),
  KEY `field_form` (`field_form`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_fields_categories` (
  `id_field_category` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `table_name` varchar(30) NOT NULL,
  `category` varchar(100) NOT NULL,
  `position` smallint(6) NOT NULL,
  PRIMARY KEY (`id_field_category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_fields_config` (
  `table_name` varchar(30) NOT NULL,
  `field_id` varchar(30) NOT NULL,
  `required` tinyint(1) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `position` smallint(6) NOT NULL,
  `id_field_category` int(10) unsigned NOT NULL,
  `list_visible` tinyint(1) NOT NULL,
  `list_position` smallint(6) NOT NULL,
  `width_in_forms` smallint(6) NOT NULL DEFAULT 1,
  PRIMARY KEY (`table_name`,`field_id`),
  KEY `id_field_category` (`id_field_category`),
  CONSTRAINT `galette_fields_config_ibfk_1` FOREIGN KEY (`id_field_category`) REFERENCES `galette_fields_categories` (`id_field_category`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_groups` (
  `id_group` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `group_name` varchar(250) NOT NULL,
  `creation_date` datetime NOT NULL,
  `parent_group` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id_group`),
  KEY `parent_group` (`parent_group`),
  CONSTRAINT `galette_groups_ibfk_1` FOREIGN KEY (`parent_group`) REFERENCES `galette_groups` (`id_group`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_groups_managers` (
  `id_group` int(10) unsigned NOT NULL,
  `id_adh` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id_group`,`id_adh`),
  KEY `id_adh` (`id_adh`),
  CONSTRAINT `galette_groups_managers_ibfk_1` FOREIGN KEY (`id_adh`) REFERENCES `galette_adherents` (`id_adh`) ON UPDATE CASCADE,
  CONSTRAINT `galette_groups_managers_ibfk_2` FOREIGN KEY (`id_group`) REFERENCES `galette_groups` (`id_group`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_groups_members` (
  `id_group` int(10) unsigned NOT NULL,
  `id_adh` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id_group`,`id_adh`),
  KEY `id_adh` (`id_adh`),
  CONSTRAINT `galette_groups_members_ibfk_1` FOREIGN KEY (`id_adh`) REFERENCES `galette_adherents` (`id_adh`) ON UPDATE CASCADE,
  CONSTRAINT `galette_groups_members_ibfk_2` FOREIGN KEY (`id_group`) REFERENCES `galette_groups` (`id_group`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_import_model` (
  `model_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `model_fields` longtext DEFAULT NULL,
  `model_creation_date` datetime NOT NULL,
  PRIMARY KEY (`model_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_l10n` (
  `text_orig` varchar(255) NOT NULL,
  `text_orig_sum` varchar(40) NOT NULL,
  `text_locale` varchar(15) NOT NULL,
  `text_nref` int(11) NOT NULL DEFAULT 1,
  `text_trans` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`text_orig_sum`,`text_locale`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_logs` (
  `id_log` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `date_log` datetime NOT NULL,
  `ip_log` varchar(46) NOT NULL DEFAULT '',
  `adh_log` varchar(255) NOT NULL DEFAULT '',
  `text_log` longtext DEFAULT NULL,
  `action_log` longtext DEFAULT NULL,
  `sql_log` longtext DEFAULT NULL,
  PRIMARY KEY (`id_log`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_mailing_history` (
  `mailing_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `mailing_sender` int(10) unsigned DEFAULT NULL,
  `mailing_subject` varchar(255) NOT NULL,
  `mailing_body` longtext NOT NULL,
  `mailing_date` datetime NOT NULL,
  `mailing_recipients` longtext NOT NULL,
  `mailing_sent` tinyint(1) NOT NULL,
  `mailing_sender_name` varchar(255) DEFAULT NULL,
  `mailing_sender_address` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`mailing_id`),
  KEY `mailing_sender` (`mailing_sender`),
  CONSTRAINT `galette_mailing_history_ibfk_1` FOREIGN KEY (`mailing_sender`) REFERENCES `galette_adherents` (`id_adh`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_payments_schedules` (
  `id_schedule` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_cotis` int(10) unsigned NOT NULL,
  `id_paymenttype` int(10) unsigned NOT NULL,
  `creation_date` datetime NOT NULL,
  `scheduled_date` datetime NOT NULL,
  `amount` decimal(15,2) NOT NULL,
  `paid` tinyint(1) DEFAULT 0,
  `comment` longtext DEFAULT NULL,
  PRIMARY KEY (`id_schedule`),
  KEY `id_cotis` (`id_cotis`),
  KEY `id_paymenttype` (`id_paymenttype`),
  CONSTRAINT `galette_payments_schedules_ibfk_1` FOREIGN KEY (`id_cotis`) REFERENCES `galette_cotisations` (`id_cotis`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `galette_payments_schedules_ibfk_2` FOREIGN KEY (`id_paymenttype`) REFERENCES `galette_paymenttypes` (`type_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_paymenttypes` (
  `type_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type_name` varchar(255) NOT NULL,
  PRIMARY KEY (`type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_pdfmodels` (
  `model_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `model_name` varchar(50) NOT NULL,
  `model_type` smallint(6) NOT NULL,
  `model_header` longtext DEFAULT NULL,
  `model_footer` longtext DEFAULT NULL,
  `model_body` longtext DEFAULT NULL,
  `model_styles` longtext DEFAULT NULL,
  `model_title` varchar(250) DEFAULT NULL,
  `model_subtitle` varchar(250) DEFAULT NULL,
  `model_parent` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`model_id`),
  KEY `model_parent` (`model_parent`),
  CONSTRAINT `galette_pdfmodels_ibfk_1` FOREIGN KEY (`model_parent`) REFERENCES `galette_pdfmodels` (`model_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_pictures` (
  `id_adh` int(10) unsigned NOT NULL DEFAULT 0,
  `picture` mediumblob NOT NULL,
  `format` varchar(30) NOT NULL DEFAULT '',
  PRIMARY KEY (`id_adh`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_preferences` (
  `id_pref` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `nom_pref` varchar(100) NOT NULL DEFAULT '',
  `val_pref` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id_pref`),
  UNIQUE KEY `nom_pref` (`nom_pref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_reminders` (
  `reminder_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `reminder_type` int(11) NOT NULL,
  `reminder_dest` int(10) unsigned DEFAULT NULL,
  `reminder_date` datetime NOT NULL,
  `reminder_success` tinyint(1) NOT NULL DEFAULT 0,
  `reminder_nomail` tinyint(1) NOT NULL DEFAULT 1,
  `reminder_comment` longtext DEFAULT NULL,
  PRIMARY KEY (`reminder_id`),
  KEY `reminder_dest` (`reminder_dest`),
  CONSTRAINT `galette_reminders_ibfk_1` FOREIGN KEY (`reminder_dest`) REFERENCES `galette_adherents` (`id_adh`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_searches` (
  `search_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) DEFAULT NULL,
  `form` varchar(50) NOT NULL,
  `parameters` longtext NOT NULL,
  `id_adh` int(10) unsigned DEFAULT NULL,
  `creation_date` datetime NOT NULL,
  PRIMARY KEY (`search_id`),
  KEY `id_adh` (`id_adh`),
  CONSTRAINT `galette_searches_ibfk_1` FOREIGN KEY (`id_adh`) REFERENCES `galette_adherents` (`id_adh`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_socials` (
  `id_social` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_adh` int(10) unsigned DEFAULT NULL,
  `type` varchar(250) NOT NULL,
  `url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_social`),
  KEY `type` (`type`),
  KEY `id_adh` (`id_adh`),
  CONSTRAINT `galette_socials_ibfk_1` FOREIGN KEY (`id_adh`) REFERENCES `galette_adherents` (`id_adh`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_statuts` (
  `id_statut` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `libelle_statut` varchar(255) NOT NULL DEFAULT '',
  `priorite_statut` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_statut`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_texts` (
  `tid` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `tref` varchar(20) NOT NULL,
  `tsubject` varchar(256) NOT NULL,
  `tbody` longtext NOT NULL,
  `tlang` varchar(16) NOT NULL,
  `tcomment` varchar(255) NOT NULL,
  PRIMARY KEY (`tid`),
  UNIQUE KEY `localizedtxt` (`tref`,`tlang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_titles` (
  `id_title` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `short_label` varchar(10) NOT NULL DEFAULT '',
  `long_label` varchar(100) DEFAULT '',
  PRIMARY KEY (`id_title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_tmplinks` (
  `hash` varchar(250) NOT NULL,
  `target` smallint(6) NOT NULL,
  `id` int(10) unsigned NOT NULL,
  `creation_date` datetime NOT NULL,
  PRIMARY KEY (`target`,`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_tmppasswds` (
  `id_adh` int(10) unsigned NOT NULL,
  `tmp_passwd` varchar(250) NOT NULL,
  `date_crea_tmp_passwd` datetime NOT NULL,
  PRIMARY KEY (`id_adh`),
  CONSTRAINT `galette_tmppasswds_ibfk_1` FOREIGN KEY (`id_adh`) REFERENCES `galette_adherents` (`id_adh`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_transactions` (
  `trans_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `trans_date` date NOT NULL,
  `trans_amount` decimal(15,2) NOT NULL,
  `trans_desc` varchar(255) NOT NULL DEFAULT '',
  `id_adh` int(10) unsigned DEFAULT NULL,
  `type_paiement_trans` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`trans_id`),
  KEY `id_adh` (`id_adh`),
  KEY `type_paiement_trans` (`type_paiement_trans`),
  CONSTRAINT `galette_transactions_ibfk_1` FOREIGN KEY (`id_adh`) REFERENCES `galette_adherents` (`id_adh`) ON UPDATE CASCADE,
  CONSTRAINT `galette_transactions_ibfk_2` FOREIGN KEY (`type_paiement_trans`) REFERENCES `galette_paymenttypes` (`type_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `galette_types_cotisation` (
  `id_type_cotis` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `libelle_type_cotis` varchar(255) NOT NULL DEFAULT '',
  `amount` decimal(15,2) DEFAULT NULL,
  `cotis_extension` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_type_cotis`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Libertempo (libertempo/web), leave and absence management (congés, RTT, overtime and rest hours).
-- Upstream: github.com/libertempo/web, master at commit 3f69e2c39aee2a04b598dc5490f6af93a8449ff3
-- (2021-09-16), GPL-2.0. Schema = the installation script App/Patchs/Installation/1.10.0.sql replayed in MariaDB
-- with every update script of App/Patchs/Maj/ (1.11.0 ... 1.14.2) in order, then written out with SHOW CREATE
-- TABLE: column order is upstream's (the 1.14.1 patch adds the integer primary keys FIRST), types, defaults,
-- character sets and keys as upstream; only the AUTO_INCREMENT counters and MariaDB's default collation names
-- were removed. All 21 tables of the application are here (the plugin tables dropped by 1.13.0 are gone).
-- Upstream declares no foreign keys (the tables join on the login, u_login / p_login / su_login ...).

CREATE TABLE `conges_appli` (
  `appli_id` int(11) NOT NULL AUTO_INCREMENT,
  `appli_variable` varchar(100) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL DEFAULT '',
  `appli_valeur` varchar(200) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL DEFAULT '',
  PRIMARY KEY (`appli_id`),
  KEY `appli_variable` (`appli_variable`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_config` (
  `config_id` int(11) NOT NULL AUTO_INCREMENT,
  `conf_nom` varchar(100) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL DEFAULT '',
  `conf_valeur` varchar(200) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL DEFAULT '',
  `conf_groupe` varchar(200) NOT NULL DEFAULT '',
  `conf_type` varchar(200) NOT NULL DEFAULT 'texte',
  `conf_commentaire` text NOT NULL,
  PRIMARY KEY (`config_id`),
  KEY `conf_nom` (`conf_nom`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_echange_rtt` (
  `e_id` int(11) NOT NULL AUTO_INCREMENT,
  `e_login` varbinary(99) NOT NULL DEFAULT '',
  `e_date_jour` date NOT NULL DEFAULT '0000-00-00',
  `e_absence` enum('N','J','M','A') NOT NULL DEFAULT 'N',
  `e_presence` enum('N','J','M','A') NOT NULL DEFAULT 'N',
  `e_comment` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`e_id`),
  KEY `login_date` (`e_login`,`e_date_jour`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_edition_papier` (
  `ep_id` int(11) NOT NULL AUTO_INCREMENT,
  `ep_login` varbinary(99) NOT NULL DEFAULT '',
  `ep_date` date NOT NULL DEFAULT '0000-00-00',
  `ep_num_for_user` int(5) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`ep_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_groupe` (
  `g_gid` int(11) NOT NULL AUTO_INCREMENT,
  `g_groupename` varchar(50) NOT NULL DEFAULT '',
  `g_comment` varchar(250) DEFAULT NULL,
  `g_double_valid` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`g_gid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_groupe_grd_resp` (
  `ggr_gid` int(11) NOT NULL DEFAULT 0,
  `ggr_login` varbinary(99) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_groupe_resp` (
  `gr_gid` int(11) NOT NULL DEFAULT 0,
  `gr_login` varbinary(99) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_groupe_users` (
  `gu_gid` int(11) NOT NULL DEFAULT 0,
  `gu_login` varbinary(99) NOT NULL DEFAULT '',
  UNIQUE KEY `gu_gid` (`gu_gid`,`gu_login`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_jours_feries` (
  `jf_id` int(11) NOT NULL AUTO_INCREMENT,
  `jf_date` date NOT NULL DEFAULT '0000-00-00',
  PRIMARY KEY (`jf_id`),
  KEY `jf_date` (`jf_date`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_jours_fermeture` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `jf_id` int(5) NOT NULL,
  `jf_gid` int(11) NOT NULL DEFAULT 0,
  `jf_date` date NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_logs` (
  `log_id` int(11) NOT NULL AUTO_INCREMENT,
  `log_p_num` int(5) unsigned NOT NULL,
  `log_user_login_par` varbinary(99) NOT NULL DEFAULT '',
  `log_user_login_pour` varbinary(99) NOT NULL DEFAULT '',
  `log_etat` varchar(16) NOT NULL DEFAULT '',
  `log_comment` text DEFAULT NULL,
  `log_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_mail` (
  `mail_id` int(11) NOT NULL AUTO_INCREMENT,
  `mail_nom` varchar(100) NOT NULL,
  `mail_subject` text DEFAULT NULL,
  `mail_body` text DEFAULT NULL,
  PRIMARY KEY (`mail_id`),
  UNIQUE KEY `mail_nom` (`mail_nom`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_periode` (
  `p_id` int(11) NOT NULL AUTO_INCREMENT,
  `p_login` varbinary(99) NOT NULL DEFAULT '',
  `p_date_deb` date NOT NULL DEFAULT '0000-00-00',
  `p_demi_jour_deb` enum('am','pm') NOT NULL DEFAULT 'am',
  `p_date_fin` date NOT NULL DEFAULT '0000-00-00',
  `p_demi_jour_fin` enum('am','pm') NOT NULL DEFAULT 'pm',
  `p_nb_jours` decimal(5,2) NOT NULL DEFAULT 0.00,
  `p_commentaire` varchar(250) DEFAULT NULL,
  `p_type` int(2) unsigned NOT NULL DEFAULT 1,
  `p_etat` enum('ok','valid','demande','ajout','refus','annul') NOT NULL DEFAULT 'demande',
  `p_edition_id` int(11) DEFAULT NULL,
  `p_motif_refus` varchar(250) DEFAULT NULL,
  `p_date_demande` datetime DEFAULT NULL,
  `p_date_traitement` datetime DEFAULT NULL,
  `p_fermeture_id` int(5) DEFAULT NULL,
  `p_num` int(5) unsigned NOT NULL,
  PRIMARY KEY (`p_id`),
  KEY `p_num` (`p_num`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_solde_edition` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `se_id_edition` int(11) NOT NULL,
  `se_id_absence` int(2) NOT NULL,
  `se_solde` decimal(4,2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_solde_user` (
  `su_id` int(11) NOT NULL AUTO_INCREMENT,
  `su_login` varbinary(99) NOT NULL DEFAULT '',
  `su_abs_id` int(2) unsigned NOT NULL DEFAULT 0,
  `su_nb_an` decimal(5,2) NOT NULL DEFAULT 0.00,
  `su_solde` decimal(5,2) NOT NULL DEFAULT 0.00,
  `su_reliquat` decimal(5,2) NOT NULL DEFAULT 0.00,
  PRIMARY KEY (`su_id`),
  UNIQUE KEY `su_login` (`su_login`,`su_abs_id`),
  KEY `login_abs` (`su_login`,`su_abs_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_type_absence` (
  `ta_id` int(2) unsigned NOT NULL AUTO_INCREMENT,
  `ta_type` enum('conges','absences','conges_exceptionnels') NOT NULL DEFAULT 'conges',
  `ta_libelle` varchar(20) NOT NULL DEFAULT '',
  `ta_short_libelle` char(3) NOT NULL DEFAULT '',
  `type_natif` tinyint(1) NOT NULL DEFAULT 0,
  `ta_actif` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`ta_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `conges_users` (
  `u_id` int(11) NOT NULL AUTO_INCREMENT,
  `u_login` varbinary(99) NOT NULL DEFAULT '',
  `u_nom` varchar(30) NOT NULL DEFAULT '',
  `u_prenom` varchar(30) NOT NULL DEFAULT '',
  `u_is_resp` enum('Y','N') NOT NULL DEFAULT 'N',
  `u_is_admin` enum('Y','N') NOT NULL DEFAULT 'N',
  `u_is_hr` enum('Y','N') NOT NULL DEFAULT 'N',
  `u_is_active` enum('Y','N') NOT NULL DEFAULT 'Y',
  `u_passwd` varchar(64) NOT NULL DEFAULT '',
  `u_quotite` int(3) DEFAULT 100,
  `u_email` varchar(100) DEFAULT NULL,
  `u_num_exercice` int(2) NOT NULL DEFAULT 0,
  `planning_id` int(11) unsigned NOT NULL,
  `u_heure_solde` int(11) NOT NULL DEFAULT 0,
  `date_inscription` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `token` varchar(100) NOT NULL DEFAULT '',
  `date_last_access` datetime NOT NULL,
  PRIMARY KEY (`u_id`),
  KEY `planning_id` (`planning_id`),
  KEY `token` (`token`),
  KEY `u_login` (`u_login`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `heure_additionnelle` (
  `id_heure` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `login` varbinary(99) NOT NULL,
  `debut` int(11) NOT NULL,
  `fin` int(11) NOT NULL,
  `duree` int(11) NOT NULL,
  `type_periode` int(3) NOT NULL,
  `statut` int(11) NOT NULL DEFAULT 0,
  `comment` varchar(250) NOT NULL DEFAULT '',
  `comment_refus` varchar(250) NOT NULL DEFAULT '',
  PRIMARY KEY (`id_heure`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `heure_repos` (
  `id_heure` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `login` varbinary(99) NOT NULL,
  `debut` int(11) NOT NULL,
  `fin` int(11) NOT NULL,
  `duree` int(11) NOT NULL,
  `type_periode` int(3) NOT NULL,
  `statut` int(11) NOT NULL DEFAULT 0,
  `comment` varchar(250) NOT NULL DEFAULT '',
  `comment_refus` varchar(250) NOT NULL DEFAULT '',
  PRIMARY KEY (`id_heure`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `planning` (
  `planning_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL DEFAULT '',
  `status` tinyint(3) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`planning_id`),
  KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `planning_creneau` (
  `creneau_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `planning_id` int(11) unsigned NOT NULL,
  `jour_id` tinyint(3) unsigned NOT NULL,
  `type_semaine` tinyint(3) unsigned NOT NULL,
  `type_periode` tinyint(3) unsigned NOT NULL,
  `debut` int(11) unsigned NOT NULL,
  `fin` int(11) unsigned NOT NULL,
  PRIMARY KEY (`creneau_id`),
  KEY `planning_id` (`planning_id`,`type_semaine`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


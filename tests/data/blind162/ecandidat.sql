-- eCandidat (ESUP-Portail, applications to French universities): github.com/EsupPortail/esup-ecandidat, commit 7ec1d6e0ffac74421cbd1b915f5f296f54eff000 (Apache-2.0)
-- Flyway migrations src/main/resources/db/migration/V2_1_0..V2_5_00_00 replayed into MariaDB 10.11 and read back with SHOW CREATE TABLE

CREATE TABLE `siscol_pays` (
  `cod_pay` varchar(50) NOT NULL COMMENT 'Code Pays INSEE',
  `lib_pay` varchar(500) NOT NULL COMMENT 'Libelle Long Pays',
  `lic_pay` varchar(200) NOT NULL COMMENT 'Libelle Court Pays',
  `lib_nat` varchar(500) NOT NULL COMMENT 'Libelle Nationalite',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `tem_en_sve_pay` bit(1) NOT NULL COMMENT 'Temoin en Service',
  PRIMARY KEY (`cod_pay`,`typ_siscol`)
) ENGINE=InnoDB COMMENT='Rérérentiel SiScol : Table des pays';

CREATE TABLE `adresse` (
  `id_adr` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant de l''adresse',
  `cod_pay` varchar(50) NOT NULL COMMENT 'code du pays de l''adresse',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `cod_bdi_adr` varchar(5) DEFAULT NULL COMMENT 'code postal de l''adresse (fr)',
  `cod_com` varchar(50) DEFAULT NULL COMMENT 'code commune de l''adresse (fr)',
  `lib_com_etr_adr` varchar(50) DEFAULT NULL COMMENT 'libellé de la commune du candidat',
  `adr1_adr` varchar(50) DEFAULT NULL COMMENT 'libellé 1 de l''adresse',
  `adr2_adr` varchar(50) DEFAULT NULL COMMENT 'libellé 2 de l''adresse',
  `adr3_adr` varchar(50) DEFAULT NULL COMMENT 'libellé 3 de l''adresse',
  `cedex_adr` varchar(50) DEFAULT NULL COMMENT 'cedex de l''adresse',
  PRIMARY KEY (`id_adr`),
  KEY `fk_adresse_siscol_commune_cod_com` (`cod_com`,`typ_siscol`),
  KEY `fk_adresse_siscol_pays_cod_pay` (`cod_pay`,`typ_siscol`),
  CONSTRAINT `fk_adresse_siscol_pays_cod_pay` FOREIGN KEY (`cod_pay`, `typ_siscol`) REFERENCES `siscol_pays` (`cod_pay`, `typ_siscol`)
) ENGINE=InnoDB COMMENT='table des adresses';

CREATE TABLE `civilite` (
  `cod_civ` varchar(4) NOT NULL COMMENT 'code de la civilité',
  `lib_civ` varchar(255) NOT NULL COMMENT 'libellé de la civilité',
  `cod_siscol` varchar(3) NOT NULL COMMENT 'code siscol correspondant',
  `cod_sexe` varchar(1) NOT NULL COMMENT 'code sexe',
  PRIMARY KEY (`cod_civ`)
) ENGINE=InnoDB COMMENT='table des civilités';

CREATE TABLE `campagne` (
  `id_camp` int(10) NOT NULL AUTO_INCREMENT COMMENT 'id de la campagne',
  `cod_camp` varchar(20) NOT NULL COMMENT 'code de la campagne',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `lib_camp` varchar(50) NOT NULL COMMENT 'libellé de la campagne',
  `id_i18n_libelle_campagne` int(10) DEFAULT NULL COMMENT 'libellé campagne internationalisé',
  `dat_deb_camp` date NOT NULL COMMENT 'date début de la campagne',
  `dat_fin_camp` date NOT NULL COMMENT 'date fin de la campagne',
  `dat_fin_candidat_camp` date DEFAULT NULL COMMENT 'date de fin d''ouverture aux candidats',
  `tes_camp` bit(1) NOT NULL COMMENT 'temoin en service de la campagne',
  `dat_activat_prev_camp` datetime DEFAULT NULL COMMENT 'date time d''activation prévisionnel',
  `dat_activat_effec_camp` datetime DEFAULT NULL COMMENT 'date time d''activation effectif',
  `dat_archiv_camp` datetime DEFAULT NULL COMMENT 'date d''archivage effectif',
  `dat_destruct_effec_camp` datetime DEFAULT NULL COMMENT 'date time de destruction des dossier effectif',
  `archiv_id_camp` int(10) DEFAULT NULL COMMENT 'code de la campagne lié --> archivage/activation',
  PRIMARY KEY (`id_camp`),
  UNIQUE KEY `cod_camp` (`cod_camp`),
  KEY `campagne_id_camp_id_camp` (`archiv_id_camp`),
  KEY `fk_campagne_i18n_id_i18n_id_i18n_libelle_campagne` (`id_i18n_libelle_campagne`),
  CONSTRAINT `campagne_id_camp_id_camp` FOREIGN KEY (`archiv_id_camp`) REFERENCES `campagne` (`id_camp`)
) ENGINE=InnoDB COMMENT='table des campagne de candidature';

CREATE TABLE `compte_minima` (
  `id_cpt_min` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du compte à minima',
  `id_camp` int(10) NOT NULL COMMENT 'id de la campagne',
  `mail_perso_cpt_min` varchar(100) NOT NULL COMMENT 'mail perso du compte à minima',
  `nom_cpt_min` varchar(100) NOT NULL COMMENT 'nom du compte à minima',
  `prenom_cpt_min` varchar(100) NOT NULL COMMENT 'prénom du compte à minima',
  `num_dossier_opi_cpt_min` varchar(8) NOT NULL COMMENT 'identifiant du candidat : 6 caractères alphanumériques aléatoires en majuscule préfixés par deux lettres paramétrées au niveau de l’application',
  `login_cpt_min` varchar(30) DEFAULT NULL COMMENT 'login du candidat',
  `pwd_cpt_min` varchar(150) NOT NULL COMMENT 'mot de passe du compte à minima',
  `typ_gen_cpt_min` varchar(1) NOT NULL DEFAULT 'P' COMMENT 'type de hash utilisé',
  `valid_key_cpt_min` varchar(150) NOT NULL COMMENT 'clé de validation du compte',
  `init_pwd_key_cpt_min` varchar(150) DEFAULT NULL COMMENT 'clé d''initialisation du mot de passe',
  `dat_fin_init_pwd_cpt_min` datetime DEFAULT NULL COMMENT 'date de fin d''initialisation du mot de passe',
  `supann_etu_id_cpt_min` varchar(30) DEFAULT NULL COMMENT 'etuId provenant du ldap',
  `tem_valid_cpt_min` bit(1) NOT NULL COMMENT 'témoin de validité du compte à minima',
  `tem_valid_mail_cpt_min` bit(1) NOT NULL COMMENT 'témoin de validité du mail du compte à minima',
  `tem_reset_pwd_cpt_min` bit(1) NOT NULL DEFAULT b'0' COMMENT 'témoin pour savoir si le mot de passe doit être modifié à la connexion',
  `tem_fc_cpt_min` bit(1) NOT NULL COMMENT 'témoin FC',
  `dat_fin_valid_cpt_min` datetime NOT NULL COMMENT 'date de fin de validite du compte a minima',
  `dat_cre_cpt_min` datetime NOT NULL COMMENT 'date de création',
  PRIMARY KEY (`id_cpt_min`),
  UNIQUE KEY `num_dossier_opi_cpt_min` (`num_dossier_opi_cpt_min`),
  UNIQUE KEY `UK_valid_key_cpt_min` (`valid_key_cpt_min`),
  UNIQUE KEY `UK_init_pwd_key_cpt_min` (`init_pwd_key_cpt_min`),
  KEY `fk_camp_cpt_min_id_camp` (`id_camp`),
  CONSTRAINT `fk_camp_cpt_min_id_camp` FOREIGN KEY (`id_camp`) REFERENCES `campagne` (`id_camp`)
) ENGINE=InnoDB COMMENT='table des comptes à minima';

CREATE TABLE `langue` (
  `cod_langue` varchar(5) NOT NULL COMMENT 'code de la langue (important, utile aux traductions fr, en, etc..)',
  `lib_langue` varchar(20) NOT NULL COMMENT 'libellé de la langue',
  `tem_defaut_langue` bit(1) NOT NULL COMMENT 'témoin de la langue par défaut de l''application',
  `tes_langue` bit(1) NOT NULL COMMENT 'temoin en service',
  PRIMARY KEY (`cod_langue`)
) ENGINE=InnoDB COMMENT='table des langues';

CREATE TABLE `siscol_departement` (
  `cod_dep` varchar(50) NOT NULL COMMENT 'Code Departement',
  `lib_dep` varchar(500) NOT NULL COMMENT 'Libelle Long Departement',
  `lic_dep` varchar(200) NOT NULL COMMENT 'Libelle Court Departement',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `tem_en_sve_dep` bit(1) NOT NULL COMMENT 'Temoin Code en Service',
  PRIMARY KEY (`cod_dep`,`typ_siscol`)
) ENGINE=InnoDB COMMENT='Rérérentiel SiScol : Table des departements';

CREATE TABLE `candidat` (
  `id_candidat` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du candidat',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `cod_civ` varchar(4) NOT NULL COMMENT 'code de la civilite',
  `nom_pat_candidat` varchar(100) NOT NULL COMMENT 'nom patronymique du candidat',
  `nom_usu_candidat` varchar(100) DEFAULT NULL COMMENT 'nom usuel du candidat',
  `prenom_candidat` varchar(100) NOT NULL COMMENT 'prénom du candidat',
  `autre_pren_candidat` varchar(100) DEFAULT NULL COMMENT 'autre prénom du candidat',
  `dat_naiss_candidat` date NOT NULL COMMENT 'date naissance du candidat',
  `cod_pay_nat` varchar(50) NOT NULL COMMENT 'nationalité du candidat',
  `ine_candidat` varchar(10) DEFAULT NULL COMMENT 'INE du candidat',
  `cle_ine_candidat` varchar(2) DEFAULT NULL COMMENT 'INE du candidat',
  `cod_pay_naiss` varchar(50) NOT NULL COMMENT 'code Apogee pays de naissance du candidat',
  `cod_dep_naiss_candidat` varchar(50) DEFAULT NULL COMMENT 'code Apogee departement de naissance candidat',
  `cod_com_naiss_candidat` varchar(50) DEFAULT NULL COMMENT 'code commune ville de naissance du candidat',
  `lib_ville_naiss_candidat` varchar(30) DEFAULT NULL COMMENT 'ville de naissance du candidat',
  `id_adr` int(10) DEFAULT NULL COMMENT 'identifiant de l''adresse',
  `tel_candidat` varchar(20) DEFAULT NULL COMMENT 'numéro de téléphone du candidat',
  `tel_port_candidat` varchar(20) DEFAULT NULL COMMENT 'numéro de téléphone portable du candidat',
  `cod_langue` varchar(5) NOT NULL COMMENT 'code langue',
  `cod_rgi` varchar(50) DEFAULT NULL COMMENT 'code regime',
  `cod_stu` varchar(50) DEFAULT NULL COMMENT 'code statut',
  `id_cpt_min` int(10) NOT NULL COMMENT 'id du compte a minima',
  `tem_updatable_candidat` bit(1) NOT NULL COMMENT 'temoin indiquant que les données proviennent d''apogee',
  PRIMARY KEY (`id_candidat`),
  UNIQUE KEY `id_cpt_min` (`id_cpt_min`),
  KEY `fk_candidat_langue_id_langue` (`cod_langue`),
  KEY `fk_candidat_adresse_id_adr` (`id_adr`),
  KEY `fk_compte_minima_candidat_id_cpt_min` (`id_cpt_min`),
  KEY `fk_civilite_candidat_cod_civ` (`cod_civ`),
  KEY `fk_candidat_siscol_pays_cod_pay_nat` (`cod_pay_nat`,`typ_siscol`),
  KEY `fk_candidat_siscol_pays_cod_pays_naiss` (`cod_pay_naiss`,`typ_siscol`),
  KEY `fk_siscol_departement_cod_dep_cod_dep_naiss` (`cod_dep_naiss_candidat`,`typ_siscol`),
  KEY `fk_candidat_siscol_regime_cod_rgi` (`cod_rgi`,`typ_siscol`),
  KEY `fk_candidat_siscol_statut_cod_stu` (`cod_stu`,`typ_siscol`),
  KEY `fk_candidat_siscol_com_naiss_cod_com` (`cod_com_naiss_candidat`,`typ_siscol`),
  CONSTRAINT `fk_candidat_adresse_id_adr` FOREIGN KEY (`id_adr`) REFERENCES `adresse` (`id_adr`),
  CONSTRAINT `fk_candidat_langue_id_langue` FOREIGN KEY (`cod_langue`) REFERENCES `langue` (`cod_langue`),
  CONSTRAINT `fk_candidat_siscol_pays_cod_pay_nat` FOREIGN KEY (`cod_pay_nat`, `typ_siscol`) REFERENCES `siscol_pays` (`cod_pay`, `typ_siscol`),
  CONSTRAINT `fk_candidat_siscol_pays_cod_pays_naiss` FOREIGN KEY (`cod_pay_naiss`, `typ_siscol`) REFERENCES `siscol_pays` (`cod_pay`, `typ_siscol`),
  CONSTRAINT `fk_civilite_candidat_cod_civ` FOREIGN KEY (`cod_civ`) REFERENCES `civilite` (`cod_civ`),
  CONSTRAINT `fk_compte_minima_candidat_id_cpt_min` FOREIGN KEY (`id_cpt_min`) REFERENCES `compte_minima` (`id_cpt_min`),
  CONSTRAINT `fk_siscol_departement_cod_dep_cod_dep_naiss` FOREIGN KEY (`cod_dep_naiss_candidat`, `typ_siscol`) REFERENCES `siscol_departement` (`cod_dep`, `typ_siscol`)
) ENGINE=InnoDB COMMENT='table des candidats';

CREATE TABLE `type_decision` (
  `id_typ_dec` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du type de decision',
  `cod_typ_avis` varchar(2) NOT NULL COMMENT 'type_d''avis correspondant au type de décision',
  `cod_typ_dec` varchar(20) NOT NULL COMMENT 'code du type de decision',
  `lib_typ_dec` varchar(50) NOT NULL COMMENT 'libellé type de decision',
  `id_i18n_lib_typ_dec` int(10) NOT NULL COMMENT 'identifiant i18n du libellé du type de décision',
  `id_mail` int(10) NOT NULL COMMENT 'id mail du type de decision',
  `id_ctr_cand` int(10) DEFAULT NULL COMMENT 'identifiant du centre de candidature éventuel',
  `tes_typ_dec` bit(1) NOT NULL COMMENT 'temoin en service du type de decision',
  `tem_deverse_opi_typ_dec` bit(1) NOT NULL COMMENT 'temoin de deversement d''opi pour ce type de decision',
  `tem_definitif_typ_dec` bit(1) NOT NULL COMMENT 'temoin pour indiquer si le type de decision est défnitif',
  `tem_model_typ_dec` bit(1) NOT NULL COMMENT 'témoi si le type de decision est un modele',
  `tem_aff_comment_typ_dec` bit(1) NOT NULL DEFAULT b'1' COMMENT 'témoin si le commentaire s''affiche pour le candidat',
  `dat_cre_typ_dec` datetime NOT NULL COMMENT 'date de création',
  `user_cre_typ_dec` varchar(50) NOT NULL COMMENT 'user de création',
  `dat_mod_typ_dec` datetime NOT NULL COMMENT 'date de modification',
  `user_mod_typ_dec` varchar(50) NOT NULL COMMENT 'user de modification',
  PRIMARY KEY (`id_typ_dec`),
  UNIQUE KEY `cod_typ_dec` (`cod_typ_dec`),
  KEY `fk_type_decision_mail_id_mail` (`id_mail`),
  KEY `fk_type_decision_i18n_id_i18n_lib_typ_dec` (`id_i18n_lib_typ_dec`),
  KEY `fk_type_decision_centre_candidature_id_ctr_cand` (`id_ctr_cand`),
  KEY `fk_type_decision_type_avis_cod_typ_avis` (`cod_typ_avis`)
) ENGINE=InnoDB COMMENT='table des types de décision';

CREATE TABLE `centre_candidature` (
  `id_ctr_cand` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du centre de candidature',
  `cod_ctr_cand` varchar(20) NOT NULL COMMENT 'code du centre de candidature',
  `lib_ctr_cand` varchar(200) NOT NULL COMMENT 'libellé du centre de candidature',
  `id_typ_dec_fav` int(10) NOT NULL COMMENT 'L’avis favorable à envoyer, lors de la validation des types de traitements, aux formations en Accès direct',
  `nb_max_voeux_ctr_cand` int(10) NOT NULL COMMENT 'nombre maximum de voeux pour ce centre de candidature',
  `tem_demat_ctr_cand` bit(1) NOT NULL COMMENT 'si les pièces justificatives seront dématérialisées ou non pour toutes les formations du centre de candidature',
  `tem_list_comp_ctr_cand` bit(1) NOT NULL COMMENT 'activation ou désactivation de la gestion automatique des listes complémentaires',
  `id_typ_dec_fav_list_comp` int(10) DEFAULT NULL COMMENT 'avis favorable à envoyer pour la gestion auto des liste complémentaires',
  `dat_deb_depot_ctr_cand` date NOT NULL COMMENT 'date de début de dépot des voeux',
  `dat_fin_depot_ctr_cand` date NOT NULL COMMENT 'date de fin de dépot des voeux',
  `dat_retour_ctr_cand` date NOT NULL COMMENT 'date limite de retour de dossier',
  `dat_confirm_ctr_cand` date DEFAULT NULL COMMENT 'date limite de confirmation',
  `dat_confirm_list_comp_ctr_cand` date DEFAULT NULL COMMENT 'date limite de confirmation lors de la gestion automatique des listes complémentaires',
  `delai_confirm_ctr_cand` int(10) DEFAULT NULL COMMENT 'delai de confirmation',
  `delai_confirm_list_comp_ctr_cand` int(10) DEFAULT NULL COMMENT 'delai de confirmation lors de la gestion automatique des listes complémentaires',
  `dat_publi_ctr_cand` date DEFAULT NULL COMMENT 'date de publication des résultats',
  `dat_jury_ctr_cand` date DEFAULT NULL COMMENT 'date de jury',
  `dat_analyse_ctr_cand` date DEFAULT NULL COMMENT 'date de pré-analyse du dossier par défaut',
  `info_comp_ctr_cand` varchar(500) DEFAULT NULL COMMENT 'informations complémentaires par défaut pour les formations',
  `mail_contact_ctr_cand` varchar(80) DEFAULT NULL COMMENT 'mail de contact du centre de candidature',
  `typ_send_mail_ctr_cand` varchar(1) NOT NULL DEFAULT 'N' COMMENT 'type d''envoie des copies des mails (BCC) des mails envoyés aux candidats',
  `tem_param_ctr_cand` bit(1) NOT NULL DEFAULT b'1' COMMENT 'témoin pour indiquer que les gestionnaires auront le droit de modifier leur parametrage',
  `tes_ctr_cand` bit(1) NOT NULL COMMENT 'témoin en service du centre de candidature',
  `dat_cre_ctr_cand` datetime NOT NULL COMMENT 'date de création',
  `user_cre_ctr_cand` varchar(50) NOT NULL COMMENT 'user de création',
  `dat_mod_ctr_cand` datetime NOT NULL COMMENT 'date de modification',
  `user_mod_ctr_cand` varchar(50) NOT NULL COMMENT 'user de modification',
  PRIMARY KEY (`id_ctr_cand`),
  UNIQUE KEY `cod_ctr_cand` (`cod_ctr_cand`),
  KEY `fk_centre_candidature_typ_decision_id_typ_dec_fav` (`id_typ_dec_fav`),
  KEY `fk_centre_candidature_typ_decision_id_typ_dec_fav_list_comp` (`id_typ_dec_fav_list_comp`),
  CONSTRAINT `fk_centre_candidature_typ_decision_id_typ_dec_fav` FOREIGN KEY (`id_typ_dec_fav`) REFERENCES `type_decision` (`id_typ_dec`),
  CONSTRAINT `fk_centre_candidature_typ_decision_id_typ_dec_fav_list_comp` FOREIGN KEY (`id_typ_dec_fav_list_comp`) REFERENCES `type_decision` (`id_typ_dec`)
) ENGINE=InnoDB COMMENT='table des centres de candidatures';

CREATE TABLE `fichier` (
  `id_fichier` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du fichier',
  `cod_fichier` varchar(50) NOT NULL COMMENT 'le code du fichier composé de son type de la pièce et de l''id de la pièce',
  `nom_fichier` varchar(100) NOT NULL COMMENT 'le fichier lui même',
  `file_fichier` varchar(1000) NOT NULL COMMENT 'le libellé du fichier',
  `typ_fichier` char(1) NOT NULL COMMENT 'le type de fichier G = gestionnaire, C=candidat',
  `typ_stockage_fichier` char(1) NOT NULL COMMENT 'type de stockage de fichier-->soit fileSystem soit cmis',
  `auteur_fichier` varchar(50) NOT NULL COMMENT 'l''auteur du fichier',
  `dat_cre_fichier` datetime NOT NULL COMMENT 'date de création',
  PRIMARY KEY (`id_fichier`)
) ENGINE=InnoDB COMMENT='table des fichiers';

CREATE TABLE `commission` (
  `id_comm` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant de la commission',
  `id_ctr_cand` int(10) NOT NULL COMMENT 'identifiant du centre de candidature de la commissio',
  `cod_comm` varchar(30) NOT NULL COMMENT 'code de la commission',
  `lib_comm` varchar(200) NOT NULL COMMENT 'libellé de la commission',
  `mail_comm` varchar(80) DEFAULT NULL COMMENT 'mail de contact de la commission',
  `url_comm` varchar(255) DEFAULT NULL COMMENT 'url de la commission',
  `tel_comm` varchar(20) DEFAULT NULL COMMENT 'telephone de contact de la commission',
  `fax_comm` varchar(20) DEFAULT NULL COMMENT 'fax de la commission',
  `id_adr` int(10) NOT NULL COMMENT 'identifiant de l''adresse',
  `id_i18n_comment_retour_comm` int(10) DEFAULT NULL COMMENT 'i18n commentaire lors du retour de dossier pour la commission',
  `comment_retour_comm` varchar(500) DEFAULT NULL COMMENT 'commentaire lors du retour de dossier pour la commission',
  `tes_comm` bit(1) NOT NULL COMMENT 'temoin en service de la commission',
  `signataire_comm` varchar(255) DEFAULT NULL COMMENT 'signataire',
  `id_fichier` int(10) DEFAULT NULL COMMENT 'fichier de la signature',
  `typ_alert_comm` varchar(1) NOT NULL DEFAULT 'M' COMMENT 'type d''alertes des commission',
  `mail_alert_comm` varchar(80) DEFAULT NULL COMMENT 'mail pour les alertes de la commission',
  `tem_edit_lettre_comm` bit(1) NOT NULL DEFAULT b'0' COMMENT 'témoin indiquant que la commission autorise l''edition des lettres d''admission et de refus',
  `tem_mail_lettre_comm` bit(1) NOT NULL DEFAULT b'0' COMMENT 'témoin indiquant que la commission autorise l''envoi par mail des lettres d''admission et de refus',
  `tem_alert_prop_comm` bit(1) NOT NULL DEFAULT b'1' COMMENT 'témoin indiquant que la commission reçoit les alertes de proposition',
  `tem_alert_annul_comm` bit(1) NOT NULL DEFAULT b'1' COMMENT 'témoin indiquant que la commission reçoit les alertes d''annulation',
  `tem_alert_trans_comm` bit(1) NOT NULL DEFAULT b'1' COMMENT 'témoin indiquant que la commission reçoit les alertes de transmission de dossier',
  `tem_alert_desist_comm` bit(1) NOT NULL DEFAULT b'1' COMMENT 'témoin indiquant que la commission reçoit les alertes quand un candidat se désiste',
  `tem_alert_list_princ_comm` bit(1) NOT NULL DEFAULT b'1' COMMENT 'témoin indiquant que la commission reçoit les alertes quand un candidat passe de liste comp à liste principale',
  `dat_cre_comm` datetime NOT NULL COMMENT 'date de création',
  `user_cre_comm` varchar(50) NOT NULL COMMENT 'user de création',
  `dat_mod_comm` datetime NOT NULL COMMENT 'date de modification',
  `user_mod_comm` varchar(50) NOT NULL COMMENT 'user de modification',
  PRIMARY KEY (`id_comm`),
  UNIQUE KEY `cod_comm` (`cod_comm`),
  KEY `fk_commission_centre_candidature_id_ctr_cand` (`id_ctr_cand`),
  KEY `fk_commission_adresse_id_adr` (`id_adr`),
  KEY `fk_fichier_commission_id_fichier` (`id_fichier`),
  KEY `fk_commission_i18n_id_i18n_comment_retour_comm` (`id_i18n_comment_retour_comm`),
  CONSTRAINT `fk_commission_adresse_id_adr` FOREIGN KEY (`id_adr`) REFERENCES `adresse` (`id_adr`),
  CONSTRAINT `fk_commission_centre_candidature_id_ctr_cand` FOREIGN KEY (`id_ctr_cand`) REFERENCES `centre_candidature` (`id_ctr_cand`),
  CONSTRAINT `fk_fichier_commission_id_fichier` FOREIGN KEY (`id_fichier`) REFERENCES `fichier` (`id_fichier`)
) ENGINE=InnoDB COMMENT='table des commissions';

CREATE TABLE `formation` (
  `id_form` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant de la formation',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `id_comm` int(10) NOT NULL COMMENT 'identifiant de la commission de la formation',
  `cod_typ_trait` varchar(2) NOT NULL COMMENT 'type de traitement de la formation',
  `cod_form` varchar(50) NOT NULL COMMENT 'code eCandidat de la formation',
  `lib_form` varchar(500) NOT NULL COMMENT 'libellé eCandidat de la formation',
  `cod_etp_vet_apo_form` varchar(20) DEFAULT NULL COMMENT 'code etape apogée de la formation',
  `cod_vrs_vet_apo_form` varchar(20) DEFAULT NULL COMMENT 'code version etape apogée de la formation',
  `lib_apo_form` varchar(120) DEFAULT NULL COMMENT 'libellé apogée de la formation',
  `cod_dip_apo_form` varchar(20) DEFAULT NULL COMMENT 'code diplome apogée de la formation',
  `cod_vrs_vdi_apo_form` varchar(20) DEFAULT NULL COMMENT 'code version diplome apogée de la formation',
  `lib_dip_apo_form` varchar(120) DEFAULT NULL COMMENT 'libellé diplome apogée de la formation',
  `cod_pegase_form` varchar(50) DEFAULT NULL COMMENT 'code pegase de la formation',
  `lib_pegase_form` varchar(500) DEFAULT NULL COMMENT 'libellé pegase de la formation',
  `id_typ_dec_fav` int(10) NOT NULL COMMENT 'avis favorable à envoyer, lors de la validation des types de traitements, aux formations en Accès direct',
  `tem_list_comp_form` bit(1) NOT NULL COMMENT 'activation ou désactivation de la gestion automatique des listes complémentaires',
  `tem_demat_form` bit(1) NOT NULL COMMENT 'si les pièces justificatives seront dématérialisées ou non pour la formation',
  `id_typ_dec_fav_list_comp` int(10) DEFAULT NULL COMMENT 'avis favorable à envoyer pour la gestion auto des liste complémentaires',
  `dat_deb_depot_form` date NOT NULL COMMENT 'date de début de dépot des voeux',
  `dat_fin_depot_form` date NOT NULL COMMENT 'date de fin de dépot des voeux',
  `dat_retour_form` date NOT NULL COMMENT 'date limite de retour de dossier',
  `dat_confirm_form` date DEFAULT NULL COMMENT 'date limite de confirmation',
  `dat_confirm_list_comp_form` date DEFAULT NULL COMMENT 'date limite de confirmation lors de la gestion automatique des listes complémentaires',
  `delai_confirm_form` int(10) DEFAULT NULL COMMENT 'delai de confirmation',
  `delai_confirm_list_comp_form` int(10) DEFAULT NULL COMMENT 'delai de confirmation lors de la gestion automatique des listes complémentaires',
  `dat_publi_form` date DEFAULT NULL COMMENT 'date de publication des résultats',
  `dat_jury_form` date DEFAULT NULL COMMENT 'date de jury',
  `dat_analyse_form` date DEFAULT NULL COMMENT 'date de pré-analyse du dossier',
  `cod_cge` varchar(50) DEFAULT NULL COMMENT 'code CGE rattaché',
  `mot_cle_form` varchar(500) DEFAULT NULL COMMENT 'mots clé pour la recherche dans l''offre de formation',
  `url_form` varchar(500) DEFAULT NULL COMMENT 'url de la formation',
  `cod_tpd_etb` varchar(50) DEFAULT NULL COMMENT 'type de diplome associé',
  `id_typ_form` int(10) DEFAULT NULL COMMENT 'identifiant du type de formation',
  `preselect_date_form` date DEFAULT NULL COMMENT 'date de l''épreuve de sélection par défaut',
  `preselect_heure_form` time DEFAULT NULL COMMENT 'heure de l''épreuve de sélection par défaut',
  `preselect_lieu_form` varchar(100) DEFAULT NULL COMMENT 'lieu de l''épreuve de sélection par défaut',
  `id_i18n_info_comp_form` int(10) DEFAULT NULL COMMENT 'i18n informations complémentaires de la formation',
  `info_comp_form` varchar(500) DEFAULT NULL COMMENT 'informations complémentaires de la formation',
  `capacite_form` int(10) DEFAULT NULL COMMENT 'capacite accueil de la formation',
  `tes_form` bit(1) NOT NULL COMMENT 'témoin en service',
  `dat_cre_form` datetime NOT NULL COMMENT 'date de création',
  `user_cre_form` varchar(50) NOT NULL COMMENT 'user de création',
  `dat_mod_form` datetime NOT NULL COMMENT 'date de modification',
  `user_mod_form` varchar(50) NOT NULL COMMENT 'user de modification',
  PRIMARY KEY (`id_form`),
  UNIQUE KEY `cod_form` (`cod_form`),
  KEY `fk_formation_type_decision_id_typ_dec_fav_list_comp` (`id_typ_dec_fav_list_comp`),
  KEY `fk_formation_type_decision_id_typ_dec_fav_form` (`id_typ_dec_fav`),
  KEY `fk_formation_commission_id_comm` (`id_comm`),
  KEY `fk_formation_type_traitement_cod_typ_trait` (`cod_typ_trait`),
  KEY `fk_formation_i18n_id_i18n_info_comp_form` (`id_i18n_info_comp_form`),
  KEY `fk_formation_siscol_centre_gestion_cod_cge` (`cod_cge`,`typ_siscol`),
  KEY `fk_formation_siscol_typ_diplome_cod_tpd_etb` (`cod_tpd_etb`,`typ_siscol`),
  KEY `fk_formation_type_formation_id_typ_form` (`id_typ_form`),
  CONSTRAINT `fk_formation_commission_id_comm` FOREIGN KEY (`id_comm`) REFERENCES `commission` (`id_comm`),
  CONSTRAINT `fk_formation_type_decision_id_typ_dec_fav_form` FOREIGN KEY (`id_typ_dec_fav`) REFERENCES `type_decision` (`id_typ_dec`),
  CONSTRAINT `fk_formation_type_decision_id_typ_dec_fav_list_comp` FOREIGN KEY (`id_typ_dec_fav_list_comp`) REFERENCES `type_decision` (`id_typ_dec`)
) ENGINE=InnoDB COMMENT='table des formations';

CREATE TABLE `type_statut` (
  `cod_typ_statut` varchar(2) NOT NULL COMMENT 'code du type de statut',
  `lib_typ_statut` varchar(20) NOT NULL COMMENT 'libellé du type de statut',
  `id_i18n_lib_typ_statut` int(10) NOT NULL COMMENT 'idi18n de traduction de statut d''un dossier',
  `tem_comm_visible` bit(1) NOT NULL DEFAULT b'1' COMMENT 'témoin de visu pour les membres de commission (si le témoin est à false, les membres de commission ne verront pas les candidatures liées à ce statut)',
  `dat_mod_typ_statut` datetime DEFAULT NULL COMMENT 'date de modification',
  PRIMARY KEY (`cod_typ_statut`),
  KEY `fk_type_statut_i18n_id_i18n_lib_typ_statut` (`id_i18n_lib_typ_statut`)
) ENGINE=InnoDB COMMENT='table des type de statut du dossier de candidature';

CREATE TABLE `candidature` (
  `id_cand` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant de la candidature',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `id_form` int(10) NOT NULL COMMENT 'identifiant de la formation de la candidature',
  `id_candidat` int(10) NOT NULL COMMENT 'identifiant du candidat de la candidature',
  `cod_typ_trait` varchar(2) NOT NULL COMMENT 'type de traitement de la candidature',
  `tem_valid_typ_trait_cand` bit(1) NOT NULL COMMENT 'témoin indiquant que le type de traitement a été validé pour la candidature',
  `cod_typ_statut` varchar(2) NOT NULL COMMENT 'code du statut du dossier de la candidature',
  `tem_proposition_cand` bit(1) NOT NULL COMMENT 'témoin indiquant que la candidature est une proposition',
  `dat_cre_cand` datetime NOT NULL COMMENT 'date de création',
  `user_cre_cand` varchar(50) NOT NULL COMMENT 'user de création',
  `dat_mod_cand` datetime NOT NULL COMMENT 'date de modification',
  `user_mod_cand` varchar(50) NOT NULL COMMENT 'user de modification',
  `dat_annul_cand` datetime DEFAULT NULL COMMENT 'date d''annulation de la candidature',
  `user_annul_cand` varchar(50) DEFAULT NULL COMMENT 'login d''annulation de la candidature (si null, c''est le candidat qui a supprimé)',
  `tem_accept_cand` bit(1) DEFAULT NULL COMMENT 'temoin si la candidature est asseptee : null->pas encore de choix, 0->refusé, 1->acceptee',
  `dat_accept_cand` datetime DEFAULT NULL COMMENT 'date d''acceptation ou de refus de la candidature',
  `user_accept_cand` varchar(50) DEFAULT NULL COMMENT 'login d''acceptation ou de refus de la candidature',
  `tem_relance_cand` bit(1) NOT NULL DEFAULT b'0' COMMENT 'témoin pour savoir si la candidature a été relancée',
  `dat_opi_cand` datetime DEFAULT NULL COMMENT 'date de l''opi pour cette candidature',
  `dat_mod_typ_statut_cand` datetime DEFAULT NULL COMMENT 'date de modif du statut du dossier',
  `dat_trans_dossier_cand` datetime DEFAULT NULL COMMENT 'date de transmission du dossier',
  `dat_recept_dossier_cand` date DEFAULT NULL COMMENT 'date de réception du dossier',
  `dat_complet_dossier_cand` date DEFAULT NULL COMMENT 'date changement statut dossier à complet',
  `dat_incomplet_dossier_cand` date DEFAULT NULL COMMENT 'date changement statut dossier à incomplet',
  `dat_new_retour_cand` date DEFAULT NULL COMMENT 'nouvelle date de retour du dossier',
  `dat_new_confirm_cand` date DEFAULT NULL COMMENT 'nouvelle date de confirmation de candidature',
  `dat_deb_depot_form` date DEFAULT NULL COMMENT 'date de début de dépot des voeux (renseignée après archivage)',
  `dat_fin_depot_form` date DEFAULT NULL COMMENT 'date de fin de dépot des voeux (renseignée après archivage)',
  `dat_retour_form` date DEFAULT NULL COMMENT 'date limite de retour de dossier (renseignée après archivage)',
  `dat_confirm_form` date DEFAULT NULL COMMENT 'date limite de confirmation (renseignée après archivage)',
  `delai_confirm_form` int(10) DEFAULT NULL COMMENT 'delai de confirmation (renseignée après archivage)',
  `dat_publi_form` date DEFAULT NULL COMMENT 'date de publication des résultats (renseignée après archivage)',
  `dat_jury_form` date DEFAULT NULL COMMENT 'date de jury (renseignée après archivage)',
  `dat_analyse_form` date DEFAULT NULL COMMENT 'date de pré-analyse du dossier (renseignée après archivage)',
  `cod_cat_exo_ext` varchar(50) DEFAULT NULL COMMENT 'code catégorie exonération/extracommunautaire',
  `comp_exo_ext_cand` varchar(200) DEFAULT NULL COMMENT 'complément exonération/extracommunautaire',
  `mnt_charge_cand` decimal(10,2) DEFAULT NULL COMMENT 'montant restant à charge',
  `cod_rgi` varchar(50) DEFAULT NULL COMMENT 'code régime',
  PRIMARY KEY (`id_cand`),
  KEY `fk_candidature_formation_id_form` (`id_form`),
  KEY `fk_candidature_candidat_id_candidat` (`id_candidat`),
  KEY `fk_candidature_type_traitement_cod_typ_trait` (`cod_typ_trait`),
  KEY `fk_candidature_type_statut_cod_typ_statut` (`cod_typ_statut`),
  KEY `fk_candidature_sicol_cat_exo_ext` (`cod_cat_exo_ext`,`typ_siscol`),
  KEY `fk_candidature_siscol_regime` (`cod_rgi`),
  CONSTRAINT `fk_candidature_candidat_id_candidat` FOREIGN KEY (`id_candidat`) REFERENCES `candidat` (`id_candidat`),
  CONSTRAINT `fk_candidature_formation_id_form` FOREIGN KEY (`id_form`) REFERENCES `formation` (`id_form`),
  CONSTRAINT `fk_candidature_type_statut_cod_typ_statut` FOREIGN KEY (`cod_typ_statut`) REFERENCES `type_statut` (`cod_typ_statut`)
) ENGINE=InnoDB COMMENT='table des candidatures';

CREATE TABLE `siscol_etablissement` (
  `cod_etb` varchar(50) NOT NULL COMMENT 'Code National de l"Etablissement',
  `cod_tpe_etb` varchar(20) NOT NULL DEFAULT '00' COMMENT 'Code Type Etablissement',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `cod_dep` varchar(50) NOT NULL COMMENT 'Code Departement',
  `cod_com` varchar(50) DEFAULT NULL COMMENT 'code commune',
  `lib_etb` varchar(500) NOT NULL COMMENT 'Libelle Long Etablissement',
  `lic_etb` varchar(200) NOT NULL COMMENT 'Libelle Court Etablissement',
  `tem_en_sve_etb` bit(1) NOT NULL COMMENT 'Temoin Code en Service',
  `lib_web_etb` varchar(500) DEFAULT NULL COMMENT 'Libellé Web',
  PRIMARY KEY (`cod_etb`,`typ_siscol`),
  KEY `fk_siscol_commune_siscol_etab_cod_com` (`cod_com`,`typ_siscol`),
  KEY `fk_siscol_departement_etab_cod_dep` (`cod_dep`,`typ_siscol`),
  CONSTRAINT `fk_siscol_departement_etab_cod_dep` FOREIGN KEY (`cod_dep`, `typ_siscol`) REFERENCES `siscol_departement` (`cod_dep`, `typ_siscol`)
) ENGINE=InnoDB COMMENT='Rérérentiel SiScol : Etablissements francais sec ou sup';

CREATE TABLE `candidat_bac_ou_equ` (
  `id_candidat` int(10) NOT NULL COMMENT 'identifiant du candidat',
  `cod_pay` varchar(50) DEFAULT NULL COMMENT 'code du pays',
  `cod_dep` varchar(50) DEFAULT NULL COMMENT 'code du departement',
  `cod_com` varchar(50) DEFAULT NULL COMMENT 'code de la commune',
  `cod_etb` varchar(50) DEFAULT NULL COMMENT 'code de l''etablissement',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `annee_obt_bac` int(4) DEFAULT NULL COMMENT 'année d''obtention du bac',
  `cod_bac` varchar(50) NOT NULL COMMENT 'code du bac',
  `cod_mnb` varchar(50) DEFAULT NULL COMMENT 'code de la mention',
  `cod_spe1_bac_ter` varchar(50) DEFAULT NULL COMMENT 'specialite 1 de terminale',
  `cod_spe2_bac_ter` varchar(50) DEFAULT NULL COMMENT 'specialite 2 de terminale',
  `cod_spe_bac_pre` varchar(50) DEFAULT NULL COMMENT 'specialite de première abandonnee',
  `cod_opt1_bac` varchar(50) DEFAULT NULL COMMENT 'option 1 de terminale',
  `cod_opt2_bac` varchar(50) DEFAULT NULL COMMENT 'option 2 de terminale',
  `cod_opt3_bac` varchar(50) DEFAULT NULL COMMENT 'option 3 de terminale',
  `cod_opt4_bac` varchar(50) DEFAULT NULL COMMENT 'option 4 de terminale',
  `tem_updatable_bac` bit(1) NOT NULL COMMENT 'temoin indiquant si le bac a été récupéré d''apogee',
  PRIMARY KEY (`id_candidat`),
  KEY `fk_bac_ou_equ_candidat_id_candidat` (`id_candidat`),
  KEY `fk_bac_ou_equ_siscol_bac_ou_equ_cod_bac` (`cod_bac`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_commune_cod_com` (`cod_com`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_departement_cod_dep` (`cod_dep`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_etablissement_cod_etb` (`cod_etb`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_mention_niv_bac_cod_mnb` (`cod_mnb`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_pays_cod_pay` (`cod_pay`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_specialite_bac_cod_spe1_bac_ter` (`cod_spe1_bac_ter`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_specialite_bac_cod_spe2_bac_ter` (`cod_spe2_bac_ter`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_specialite_bac_cod_spe_bac_pre` (`cod_spe_bac_pre`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_option_bac_cod_opt1_bac` (`cod_opt1_bac`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_option_bac_cod_opt2_bac` (`cod_opt2_bac`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_option_bac_cod_opt3_bac` (`cod_opt3_bac`,`typ_siscol`),
  KEY `fk_bac_ou_equ_siscol_option_bac_cod_opt4_bac` (`cod_opt4_bac`,`typ_siscol`),
  CONSTRAINT `fk_bac_ou_equ_candidat_id_candidat` FOREIGN KEY (`id_candidat`) REFERENCES `candidat` (`id_candidat`),
  CONSTRAINT `fk_bac_ou_equ_siscol_departement_cod_dep` FOREIGN KEY (`cod_dep`, `typ_siscol`) REFERENCES `siscol_departement` (`cod_dep`, `typ_siscol`),
  CONSTRAINT `fk_bac_ou_equ_siscol_etablissement_cod_etb` FOREIGN KEY (`cod_etb`, `typ_siscol`) REFERENCES `siscol_etablissement` (`cod_etb`, `typ_siscol`),
  CONSTRAINT `fk_bac_ou_equ_siscol_pays_cod_pay` FOREIGN KEY (`cod_pay`, `typ_siscol`) REFERENCES `siscol_pays` (`cod_pay`, `typ_siscol`)
) ENGINE=InnoDB COMMENT='table des bacs ou equ du candidat';

CREATE TABLE `candidat_cursus_interne` (
  `id_cursus_interne` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du cursus interne',
  `id_candidat` int(10) NOT NULL COMMENT 'identifiant du candidat',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `annee_univ_cursus_interne` int(4) DEFAULT NULL COMMENT 'annee universitaire du cursus interne',
  `cod_vet_cursus_interne` varchar(100) DEFAULT NULL COMMENT 'code de la vet du cursus interne',
  `lib_cursus_interne` varchar(255) DEFAULT NULL COMMENT 'libelle du cursus interne',
  `cod_men_cursus_interne` varchar(50) DEFAULT NULL COMMENT 'code de la mention du cursus interne',
  `cod_tre_cursus_interne` varchar(50) DEFAULT NULL COMMENT 'temoin d''obention du cursus interne',
  `not_vet_cursus_interne` varchar(20) DEFAULT NULL COMMENT 'note de la vet du cursus interne',
  `bar_not_vet_cursus_interne` int(10) DEFAULT NULL COMMENT 'barème de la vet du cursus interne',
  PRIMARY KEY (`id_cursus_interne`),
  KEY `fk_candidat_cursus_interne_candidat_id_candidat` (`id_candidat`),
  KEY `fk_siscol_mention_cursus_interne_cod_men` (`cod_men_cursus_interne`,`typ_siscol`),
  KEY `fk_siscol_typ_resultat_candidat_cursus_interne_cod_tre` (`cod_tre_cursus_interne`,`typ_siscol`),
  CONSTRAINT `fk_candidat_cursus_interne_candidat_id_candidat` FOREIGN KEY (`id_candidat`) REFERENCES `candidat` (`id_candidat`)
) ENGINE=InnoDB COMMENT='table des cursus interne du candidat';

CREATE TABLE `candidat_cursus_post_bac` (
  `id_cursus` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du cursus',
  `id_candidat` int(10) NOT NULL COMMENT 'identifiant du candidat',
  `cod_pay` varchar(50) NOT NULL COMMENT 'code du pays',
  `cod_dep` varchar(50) DEFAULT NULL COMMENT 'code du departement',
  `cod_com` varchar(50) DEFAULT NULL COMMENT 'code de la commune',
  `cod_etb` varchar(50) DEFAULT NULL COMMENT 'code de l''etablissement',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `annee_univ_cursus` int(4) NOT NULL COMMENT 'année universitaire',
  `cod_dac` varchar(50) NOT NULL COMMENT 'code de diplome',
  `cod_men` varchar(50) DEFAULT NULL COMMENT 'code de mention',
  `lib_cursus` varchar(255) NOT NULL COMMENT 'libellé du cursus',
  `obtenu_cursus` varchar(1) NOT NULL COMMENT 'si le cursus a été obtenu',
  PRIMARY KEY (`id_cursus`),
  KEY `fk_cursus_post_bac_candidat_id_candidat` (`id_candidat`),
  KEY `fk_cursus_siscol_commune_cod_com` (`cod_com`,`typ_siscol`),
  KEY `fk_cursus_siscol_departement_cod_dep` (`cod_dep`,`typ_siscol`),
  KEY `fk_cursus_siscol_dip_aut_cur_cod_dac` (`cod_dac`,`typ_siscol`),
  KEY `fk_cursus_siscol_etablissement_cod_etb` (`cod_etb`,`typ_siscol`),
  KEY `fk_cursus_siscol_mention_cod_men` (`cod_men`,`typ_siscol`),
  KEY `fk_cursus_siscol_pays_cod_pay` (`cod_pay`,`typ_siscol`),
  CONSTRAINT `fk_cursus_post_bac_candidat_id_candidat` FOREIGN KEY (`id_candidat`) REFERENCES `candidat` (`id_candidat`),
  CONSTRAINT `fk_cursus_siscol_departement_cod_dep` FOREIGN KEY (`cod_dep`, `typ_siscol`) REFERENCES `siscol_departement` (`cod_dep`, `typ_siscol`),
  CONSTRAINT `fk_cursus_siscol_etablissement_cod_etb` FOREIGN KEY (`cod_etb`, `typ_siscol`) REFERENCES `siscol_etablissement` (`cod_etb`, `typ_siscol`),
  CONSTRAINT `fk_cursus_siscol_pays_cod_pay` FOREIGN KEY (`cod_pay`, `typ_siscol`) REFERENCES `siscol_pays` (`cod_pay`, `typ_siscol`)
) ENGINE=InnoDB COMMENT='table des cursus post bac (interne et externe)';

CREATE TABLE `candidat_cursus_pro` (
  `id_cursus_pro` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du curusus',
  `id_candidat` int(10) NOT NULL COMMENT 'identifiant du candidat',
  `annee_cursus_pro` int(4) NOT NULL COMMENT 'année du curusus',
  `duree_cursus_pro` varchar(20) NOT NULL COMMENT 'durée du curusus',
  `organisme_cursus_pro` varchar(50) NOT NULL COMMENT 'organisme ou employeur du curusus',
  `intitule_cursus_pro` varchar(50) NOT NULL COMMENT 'intitulé du curusus',
  `objectif_cursus_pro` varchar(500) DEFAULT NULL COMMENT 'descriptif du curusus',
  PRIMARY KEY (`id_cursus_pro`),
  KEY `fk_cursus_pro_candidat_id_candidat` (`id_candidat`),
  CONSTRAINT `fk_cursus_pro_candidat_id_candidat` FOREIGN KEY (`id_candidat`) REFERENCES `candidat` (`id_candidat`)
) ENGINE=InnoDB COMMENT='table des cursus pro ou stage';

CREATE TABLE `candidat_stage` (
  `id_stage` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du stage',
  `id_candidat` int(10) NOT NULL COMMENT 'identifiant du candidat',
  `annee_stage` int(4) NOT NULL COMMENT 'année du stage',
  `duree_stage` varchar(20) NOT NULL COMMENT 'durée du stage',
  `organisme_stage` varchar(50) NOT NULL COMMENT 'organisme ou employeur du stage',
  `descriptif_stage` varchar(500) NOT NULL COMMENT 'descriptif du stage',
  `nb_h_sem_stage` int(3) DEFAULT NULL COMMENT 'nb d''heure / semaine du stage',
  PRIMARY KEY (`id_stage`),
  KEY `fk_candidat_stage_candidat_id_candidat` (`id_candidat`),
  CONSTRAINT `fk_candidat_stage_candidat_id_candidat` FOREIGN KEY (`id_candidat`) REFERENCES `candidat` (`id_candidat`)
) ENGINE=InnoDB COMMENT='table des stages d''un candidat';

CREATE TABLE `piece_justif` (
  `id_pj` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant de la pièce justificative',
  `cod_pj` varchar(20) NOT NULL COMMENT 'code de la pièce justificative',
  `lib_pj` varchar(50) NOT NULL COMMENT 'libellé de la pj',
  `tes_pj` bit(1) NOT NULL COMMENT 'témoin en service de la pièce justificative',
  `id_i18n_lib_pj` int(10) NOT NULL COMMENT 'identifiant i18n du libellé de la pj',
  `id_fichier` int(10) DEFAULT NULL COMMENT 'fichier eventuel rattaché à la pièce',
  `tem_commun_pj` bit(1) NOT NULL COMMENT 'témoin commun à toutes les formations de la pièce justificative',
  `tem_unicite_pj` bit(1) NOT NULL COMMENT 'témoin pièce unique pour les pieces communes',
  `tem_conditionnel_pj` bit(1) NOT NULL COMMENT 'témoin de pièce conditionnel de la pièce justificative',
  `order_pj` int(10) DEFAULT NULL COMMENT 'ordre d''affichage de la pièce',
  `id_ctr_cand` int(10) DEFAULT NULL COMMENT 'identifiant du centre de candidature éventuel',
  `cod_apo_pj` varchar(50) DEFAULT NULL COMMENT 'code apogée de la pièce',
  `cod_typ_trait` varchar(2) DEFAULT NULL COMMENT 'code du type de traitement',
  `dat_cre_pj` datetime NOT NULL COMMENT 'date de création',
  `user_cre_pj` varchar(50) NOT NULL COMMENT 'user de création',
  `dat_mod_pj` datetime NOT NULL COMMENT 'date de modification',
  `user_mod_pj` varchar(50) NOT NULL COMMENT 'user de modification',
  PRIMARY KEY (`id_pj`),
  UNIQUE KEY `cod_pj` (`cod_pj`),
  KEY `fk_piece_justif_ctr_cand_id_ctr_cand` (`id_ctr_cand`),
  KEY `fk_piece_justif_i18n_id_i18n_lib_pj` (`id_i18n_lib_pj`),
  KEY `fk_fichier_piece_justif_id_fichier` (`id_fichier`),
  KEY `fk_piece_justif_type_traitement_cod_typ_trait` (`cod_typ_trait`),
  CONSTRAINT `fk_fichier_piece_justif_id_fichier` FOREIGN KEY (`id_fichier`) REFERENCES `fichier` (`id_fichier`),
  CONSTRAINT `fk_piece_justif_ctr_cand_id_ctr_cand` FOREIGN KEY (`id_ctr_cand`) REFERENCES `centre_candidature` (`id_ctr_cand`)
) ENGINE=InnoDB COMMENT='table des pièces justificatives';

CREATE TABLE `pj_cand` (
  `id_pj` int(10) NOT NULL COMMENT 'identifiant de la pj',
  `id_cand` int(10) NOT NULL COMMENT 'identifiant de la candidature',
  `id_fichier` int(10) DEFAULT NULL COMMENT 'fichier en demat''',
  `cod_typ_statut_piece` varchar(2) NOT NULL COMMENT 'statut de la pièce',
  `lib_file_pj_cand` varchar(500) DEFAULT NULL COMMENT 'libellé de la pj déposée par le candidat',
  `comment_pj_cand` varchar(500) DEFAULT NULL COMMENT 'commentaire éventuel du gestionnaire',
  `dat_cre_pj_cand` datetime NOT NULL COMMENT 'date de création',
  `user_cre_pj_cand` varchar(50) NOT NULL COMMENT 'user de création',
  `dat_mod_pj_cand` datetime NOT NULL COMMENT 'date de modification',
  `user_mod_pj_cand` varchar(50) NOT NULL COMMENT 'user de modification',
  `dat_mod_statut_pj_cand` datetime DEFAULT NULL COMMENT 'date de modif du statut de la piece',
  `user_mod_statut_pj_cand` varchar(50) DEFAULT NULL COMMENT 'user de modif de statut de la piece',
  PRIMARY KEY (`id_pj`,`id_cand`),
  KEY `fk_pj_cand_type_statut_piece_cod` (`cod_typ_statut_piece`),
  KEY `fk_cand_pj_form_cand_pk` (`id_cand`),
  KEY `fk_pj_cand_pj_id_pj` (`id_pj`),
  KEY `fk_fichier_pj_cand_id_fichier` (`id_fichier`),
  CONSTRAINT `fk_cand_pj_form_cand_pk` FOREIGN KEY (`id_cand`) REFERENCES `candidature` (`id_cand`),
  CONSTRAINT `fk_fichier_pj_cand_id_fichier` FOREIGN KEY (`id_fichier`) REFERENCES `fichier` (`id_fichier`),
  CONSTRAINT `fk_pj_cand_pj_id_pj` FOREIGN KEY (`id_pj`) REFERENCES `piece_justif` (`id_pj`)
) ENGINE=InnoDB COMMENT='table des pj déposées par le candidat pour une formation';

CREATE TABLE `pj_candidat` (
  `id_candidat` int(10) NOT NULL COMMENT 'id du candidat',
  `cod_anu_pj_candidat` varchar(4) NOT NULL COMMENT 'code de l''année',
  `cod_tpj_pj_candidat` varchar(5) NOT NULL COMMENT 'code de la pièce du siScol',
  `nom_fic_pj_candidat` varchar(30) NOT NULL COMMENT 'nom du fichier',
  `dat_exp_pj_candidat` datetime DEFAULT NULL COMMENT 'date d''expiration de la pièce',
  `dat_cre_pj_candidat` datetime NOT NULL COMMENT 'date de creation de la pièce',
  PRIMARY KEY (`id_candidat`,`cod_anu_pj_candidat`,`cod_tpj_pj_candidat`),
  KEY `fk_candidat_pj_candidat_id_candidat` (`id_candidat`),
  CONSTRAINT `fk_candidat_pj_candidat_id_candidat` FOREIGN KEY (`id_candidat`) REFERENCES `candidat` (`id_candidat`)
) ENGINE=InnoDB COMMENT='table des pièces d''un candidat provenant du SiScol';

CREATE TABLE `pj_opi` (
  `cod_apo_pj` varchar(5) NOT NULL COMMENT 'Code Apogée de la pièce',
  `cod_opi` varchar(10) NOT NULL COMMENT 'Code de l''opi',
  `cod_ind_opi` varchar(20) DEFAULT NULL COMMENT 'Code individu opi',
  `id_candidat` int(10) NOT NULL COMMENT 'Identifiant du candidat',
  `id_fichier` int(10) NOT NULL COMMENT 'Identifiant du fichier (non clé étrangère car le fichier peut disparaitre)',
  `dat_deversement` datetime DEFAULT NULL COMMENT 'Date de déversement de la pièce',
  PRIMARY KEY (`cod_apo_pj`,`cod_opi`),
  KEY `fk_candidat_opi_pj_id_candidat` (`id_candidat`),
  CONSTRAINT `fk_candidat_opi_pj_id_candidat` FOREIGN KEY (`id_candidat`) REFERENCES `candidat` (`id_candidat`)
) ENGINE=InnoDB COMMENT='table des PJ OPI à déverser dans Apogée';

CREATE TABLE `formulaire_candidat` (
  `id_candidat` int(10) NOT NULL COMMENT 'id du candidat',
  `id_formulaire_limesurvey` int(11) NOT NULL COMMENT 'id du formulaire limesurvey',
  `reponses_formulaire_candidat` text DEFAULT NULL COMMENT 'les réponses du formulaire',
  `dat_reponse_formulaire_candidat` datetime NOT NULL COMMENT 'date de réponse au formulaire',
  `dat_cre_formulaire_candidat` datetime NOT NULL COMMENT 'date de création de la réponse',
  `dat_mod_formulaire_candidat` datetime NOT NULL COMMENT 'date de modification de la réponse',
  PRIMARY KEY (`id_candidat`,`id_formulaire_limesurvey`),
  KEY `fk_candidat_formulaire_candidat_id_candidat` (`id_candidat`),
  CONSTRAINT `fk_candidat_formulaire_candidat_id_candidat` FOREIGN KEY (`id_candidat`) REFERENCES `candidat` (`id_candidat`)
) ENGINE=InnoDB COMMENT='table des réponses aux formulaires limesurvey';

CREATE TABLE `formulaire_candidature` (
  `id_cand` int(10) NOT NULL COMMENT 'id du candidat',
  `id_formulaire_limesurvey` int(11) NOT NULL COMMENT 'id du formulaire limesurvey',
  `reponses_formulaire_cand` text DEFAULT NULL COMMENT 'les réponses du formulaire',
  `dat_reponse_formulaire_cand` datetime NOT NULL COMMENT 'date de réponse au formulaire',
  `dat_cre_formulaire_cand` datetime NOT NULL COMMENT 'date de création de la réponse',
  `dat_mod_formulaire_cand` datetime NOT NULL COMMENT 'date de modification de la réponse',
  PRIMARY KEY (`id_cand`,`id_formulaire_limesurvey`),
  KEY `fk_candidat_formulaire_candidature_id_cand` (`id_cand`),
  CONSTRAINT `fk_candidat_formulaire_candidature_id_cand` FOREIGN KEY (`id_cand`) REFERENCES `candidature` (`id_cand`)
) ENGINE=InnoDB COMMENT='table des réponses limesurvey des candidatures';

CREATE TABLE `question_cand` (
  `id_cand` int(10) NOT NULL COMMENT 'id de la candidature',
  `id_question` int(10) NOT NULL COMMENT 'id de la question',
  `reponse_question_cand` varchar(1000) DEFAULT NULL COMMENT 'les réponses à la question',
  `cod_typ_statut_piece` varchar(2) NOT NULL COMMENT 'statut de la pièce',
  `dat_cre_question_cand` datetime NOT NULL COMMENT 'date de création de la réponse',
  `user_cre_question_cand` varchar(50) NOT NULL COMMENT 'user de création de la réponse',
  `dat_mod_question_cand` datetime NOT NULL COMMENT 'date de modification de la réponse',
  `user_mod_question_cand` varchar(50) NOT NULL COMMENT 'user de modification de la réponse',
  PRIMARY KEY (`id_cand`,`id_question`),
  KEY `fk_question_cand_question_id_question` (`id_question`),
  KEY `fk_question_cand_candidature_id_cand` (`id_cand`),
  KEY `fk_question_cand_type_statut_piece_cod` (`cod_typ_statut_piece`),
  CONSTRAINT `fk_question_cand_candidature_id_cand` FOREIGN KEY (`id_cand`) REFERENCES `candidature` (`id_cand`)
) ENGINE=InnoDB COMMENT='table des réponses aux questions';

CREATE TABLE `opi` (
  `id_cand` int(10) NOT NULL COMMENT 'identifiant de la candidature',
  `dat_cre_opi` datetime NOT NULL COMMENT 'date de création',
  `dat_passage_opi` datetime DEFAULT NULL COMMENT 'date de création de l''opi',
  `cod_opi` varchar(10) DEFAULT NULL COMMENT 'code de l''opi',
  PRIMARY KEY (`id_cand`),
  KEY `fk_cand_opi_id_cand` (`id_cand`),
  CONSTRAINT `fk_cand_opi_id_cand` FOREIGN KEY (`id_cand`) REFERENCES `candidature` (`id_cand`)
) ENGINE=InnoDB COMMENT='table des opi en attente';

CREATE TABLE `post_it` (
  `id_post_it` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du post-it',
  `id_cand` int(10) NOT NULL COMMENT 'identifiant de la candidature',
  `message_post_it` varchar(255) NOT NULL COMMENT 'message du post-it',
  `user_cre_post_it` varchar(255) NOT NULL COMMENT 'login de la personne ayant réalisé le post-it',
  `dat_cre_post_it` datetime NOT NULL COMMENT 'date de création du post-it',
  PRIMARY KEY (`id_post_it`),
  KEY `fk_candidature_post_it_id_candidature` (`id_cand`),
  CONSTRAINT `fk_candidature_post_it_id_candidature` FOREIGN KEY (`id_cand`) REFERENCES `candidature` (`id_cand`)
) ENGINE=InnoDB COMMENT='table des post-it';

CREATE TABLE `type_decision_candidature` (
  `id_type_dec_cand` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant de la décision prise sur une candidature',
  `id_cand` int(10) NOT NULL COMMENT 'identifiant de la candidature',
  `id_typ_dec` int(10) NOT NULL COMMENT 'identifiant du type de decision',
  `id_motiv` int(10) DEFAULT NULL COMMENT 'identifiant de la motivation d''avis',
  `list_comp_rang_typ_dec_cand` int(10) DEFAULT NULL COMMENT 'rang de liste complémentaire',
  `list_comp_rang_reel_typ_dec_cand` int(10) DEFAULT NULL COMMENT 'rang reel calculé de liste complémentaire',
  `comment_type_dec_cand` varchar(1000) DEFAULT NULL COMMENT 'éventuel commentaire',
  `preselect_date_type_dec_cand` date DEFAULT NULL COMMENT 'Date de l''épreuve de sélection',
  `preselect_heure_type_dec_cand` time DEFAULT NULL COMMENT 'Heure de l''épreuve de sélection',
  `preselect_lieu_type_dec_cand` varchar(100) DEFAULT NULL COMMENT 'Lieu de l''épreuve de sélection',
  `tem_appel_type_dec_cand` bit(1) NOT NULL COMMENT 'témoin pour indiquer que l''avis est un appel',
  `dat_cre_type_dec_cand` datetime NOT NULL COMMENT 'date de création',
  `user_cre_type_dec_cand` varchar(50) NOT NULL COMMENT 'user de création',
  `tem_valid_type_dec_cand` bit(1) NOT NULL COMMENT 'témoin pour indiquer que l''avis a été validé',
  `dat_valid_type_dec_cand` datetime DEFAULT NULL COMMENT 'date de validation',
  `user_valid_type_dec_cand` varchar(50) DEFAULT NULL COMMENT 'user de validation',
  PRIMARY KEY (`id_type_dec_cand`),
  KEY `fk_typ_dec_cand_typ_dec_id_typ_dec` (`id_typ_dec`),
  KEY `fk_typ_dec_cand_candidature_id_cand` (`id_cand`),
  KEY `fk_typ_dec_cand_motivation_avis_id_motiv` (`id_motiv`),
  CONSTRAINT `fk_typ_dec_cand_candidature_id_cand` FOREIGN KEY (`id_cand`) REFERENCES `candidature` (`id_cand`),
  CONSTRAINT `fk_typ_dec_cand_typ_dec_id_typ_dec` FOREIGN KEY (`id_typ_dec`) REFERENCES `type_decision` (`id_typ_dec`)
) ENGINE=InnoDB COMMENT='table de l''historique des decisions d''une candidature';

CREATE TABLE `tag_candidature` (
  `id_cand` int(10) NOT NULL COMMENT 'identifiant de la candidature',
  `id_tag` int(10) NOT NULL COMMENT 'identifiant du tag',
  PRIMARY KEY (`id_cand`,`id_tag`),
  KEY `fk_tag_candidature_candidature_id_cand` (`id_cand`),
  KEY `fk_tag_candidature_tag_id_tag` (`id_tag`),
  CONSTRAINT `fk_tag_candidature_candidature_id_cand` FOREIGN KEY (`id_cand`) REFERENCES `candidature` (`id_cand`)
) ENGINE=InnoDB COMMENT='table des tags des candidatures';

CREATE TABLE `lock_candidat` (
  `num_dossier_opi_cpt_min` varchar(8) NOT NULL COMMENT 'le numero de dossier du compte a minima locké',
  `ressource_lock` varchar(40) NOT NULL COMMENT 'la ressource du compte a minima lockée',
  `ui_id_lock` varchar(500) NOT NULL COMMENT 'l''id de l''ui ayant locké la ressource',
  `instance_id_lock` varchar(20) NOT NULL COMMENT 'l''instance de l''application',
  `dat_lock` datetime NOT NULL COMMENT 'date du lock',
  PRIMARY KEY (`num_dossier_opi_cpt_min`,`ressource_lock`)
) ENGINE=InnoDB COMMENT='table des locks eCandidat';

CREATE TABLE `individu` (
  `login_ind` varchar(50) NOT NULL COMMENT 'login de l''individu',
  `libelle_ind` varchar(255) NOT NULL COMMENT 'displayName de l''individu',
  `mail_ind` varchar(255) DEFAULT NULL COMMENT 'mail de l''individu',
  `tes_ind` bit(1) DEFAULT b'1' COMMENT 'témoin en service des individus',
  PRIMARY KEY (`login_ind`)
) ENGINE=InnoDB COMMENT='table des individus';

CREATE TABLE `droit_profil` (
  `id_profil` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du profil',
  `cod_profil` varchar(20) NOT NULL COMMENT 'code du profil',
  `lib_profil` varchar(255) NOT NULL COMMENT 'libellé du profil',
  `typ_profil` varchar(1) NOT NULL DEFAULT 'G' COMMENT 'type de profil : admin (A), gestionnaire (G) ou commission (C)',
  `tem_updatable` bit(1) NOT NULL COMMENT 'temoin pour savoir si le droit est modifiable',
  `tes_profil` bit(1) NOT NULL COMMENT 'témoin en service du profil',
  `dat_cre_profil` datetime NOT NULL COMMENT 'date de création',
  `user_cre_profil` varchar(50) NOT NULL COMMENT 'user de création',
  `dat_mod_profil` datetime NOT NULL COMMENT 'date de modification',
  `user_mod_profil` varchar(50) NOT NULL COMMENT 'user de modification',
  PRIMARY KEY (`id_profil`),
  UNIQUE KEY `cod_profil` (`cod_profil`)
) ENGINE=InnoDB COMMENT='table des profils';

CREATE TABLE `droit_profil_ind` (
  `id_droit_profil_ind` int(10) NOT NULL AUTO_INCREMENT COMMENT 'identifiant du user profil',
  `login_ind` varchar(50) NOT NULL COMMENT 'login de l''individu',
  `id_profil` int(10) NOT NULL COMMENT 'identifiant du profil',
  PRIMARY KEY (`id_droit_profil_ind`),
  KEY `fk_droit_user_profil_droit_profil_id_profil` (`id_profil`),
  KEY `fk_droit_profil_ind_individu_login_ind` (`login_ind`),
  CONSTRAINT `fk_droit_profil_ind_individu_login_ind` FOREIGN KEY (`login_ind`) REFERENCES `individu` (`login_ind`),
  CONSTRAINT `fk_droit_user_profil_droit_profil_id_profil` FOREIGN KEY (`id_profil`) REFERENCES `droit_profil` (`id_profil`)
) ENGINE=InnoDB COMMENT='table des profils associé à des logins';

CREATE TABLE `gestionnaire` (
  `id_droit_profil_ind` int(10) NOT NULL COMMENT 'identifiant du profil individu',
  `id_ctr_cand` int(10) NOT NULL COMMENT 'identifiant du centre de candidature',
  `login_apo_gest` varchar(20) DEFAULT NULL COMMENT 'login apogee eventuel du gestionnaire',
  `typ_siscol` varchar(1) NOT NULL DEFAULT 'D' COMMENT 'Type de siscol',
  `cod_cge` varchar(3) DEFAULT NULL COMMENT 'code cge du gestionnaire',
  `tem_all_comm_gest` bit(1) NOT NULL COMMENT 'témoin si le gestionnaire est gestionnaire de toutes les commissions du centre de candidature',
  `commentaire` varchar(500) DEFAULT NULL COMMENT 'commentaire sur le gestionnaire',
  PRIMARY KEY (`id_droit_profil_ind`),
  KEY `fk_centre_candidature_gestionnaire_id_ctr_cand` (`id_ctr_cand`),
  KEY `fk_gestionnaire_droit_profil_ind_id_droit_profil_ind` (`id_droit_profil_ind`),
  KEY `fk_gestionnaire_cge_cod_cge` (`cod_cge`,`typ_siscol`),
  CONSTRAINT `fk_centre_candidature_gestionnaire_id_ctr_cand` FOREIGN KEY (`id_ctr_cand`) REFERENCES `centre_candidature` (`id_ctr_cand`),
  CONSTRAINT `fk_gestionnaire_droit_profil_ind_id_droit_profil_ind` FOREIGN KEY (`id_droit_profil_ind`) REFERENCES `droit_profil_ind` (`id_droit_profil_ind`)
) ENGINE=InnoDB COMMENT='table des gestionnaires de ctr candidature';

CREATE TABLE `commission_membre` (
  `id_droit_profil_ind` int(10) NOT NULL COMMENT 'identifiant du profil individu',
  `id_comm` int(10) NOT NULL COMMENT 'identifiant de la commission',
  `tem_is_president` bit(1) NOT NULL COMMENT 'temoin is president',
  `commentaire` varchar(500) DEFAULT NULL COMMENT 'commentaire sur le membre',
  PRIMARY KEY (`id_droit_profil_ind`),
  KEY `fk_commission_membre_commission_id_comm` (`id_comm`),
  KEY `fk_droit_profil_ind_commission_membre_id_droit_profil_ind` (`id_droit_profil_ind`),
  CONSTRAINT `fk_commission_membre_commission_id_comm` FOREIGN KEY (`id_comm`) REFERENCES `commission` (`id_comm`),
  CONSTRAINT `fk_droit_profil_ind_commission_membre_id_droit_profil_ind` FOREIGN KEY (`id_droit_profil_ind`) REFERENCES `droit_profil_ind` (`id_droit_profil_ind`)
) ENGINE=InnoDB COMMENT='table des membres de commissions';

CREATE TABLE `preference_ind` (
  `login_ind` varchar(50) NOT NULL COMMENT 'login individu',
  `cand_col_visible_pref` text DEFAULT NULL COMMENT 'préférences des colonnes visibles dans l''ecran des candidatures',
  `cand_col_order_pref` text DEFAULT NULL COMMENT 'préférences de l''ordre des colonnes dans l''ecran des candidatures',
  `cand_col_sort_pref` text DEFAULT NULL COMMENT 'ecran des candidatures : préférences de la colonne de trie',
  `cand_col_frozen_pref` int(2) DEFAULT NULL COMMENT 'préférences de la colonne frozen dans l''ecran des candidatures',
  `cand_id_comm_pref` int(10) DEFAULT NULL COMMENT 'préférences de la dernière commission visitée dans l''ecran de candidatures',
  `export_col_pref` text DEFAULT NULL COMMENT 'préférences des colonnes d''export',
  `export_tem_footer_pref` bit(1) DEFAULT NULL COMMENT 'préférences du footer d''export',
  `id_ctr_cand_pref` int(10) DEFAULT NULL COMMENT 'préférences du dernier centre de candidature visité',
  `id_comm_pref` int(10) DEFAULT NULL COMMENT 'préférences de la dernière commission visitée',
  PRIMARY KEY (`login_ind`),
  KEY `fk_individu_preference_ind_login_ind` (`login_ind`),
  CONSTRAINT `fk_individu_preference_ind_login_ind` FOREIGN KEY (`login_ind`) REFERENCES `individu` (`login_ind`)
) ENGINE=InnoDB COMMENT='table des preferences individu';

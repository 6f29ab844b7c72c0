-- GVV - Gestion Vol a Voile: web management of French gliding and flying clubs (members, glider and airplane
-- flight logs, launches and tow tickets, member accounts and double-entry bookkeeping, invoices, fuel pump,
-- aircraft bookings, presence calendar, training programmes and sessions, solo authorisations, pilot dates
-- (medical, licences, badges), archived documents with expiry, acceptances and signatures, discovery flights,
-- online payments, mailing lists, roles and permissions)
-- Upstream: github.com/flub78/gvv, commit d8de2dc7a3ca49924ca97627a13fc5f776c16297 (GPL-3.0, gpl-3.0.txt)
-- Source: install/gvv_init.sql, the MariaDB dump (10.11) from which a new installation is created; every CREATE
-- TABLE kept as dumped (column order, keys, comments), its test rows, DROP and SET lines left out, AUTO_INCREMENT
-- counters removed, tables ordered so that referenced tables come first. All 78 tables are kept. The dump
-- records schema version 103; the later CodeIgniter migrations (application/migrations/104-172, PHP dbforge code
-- run from the admin page) are not replayed.

CREATE TABLE `acceptance_items` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL COMMENT 'Titre de l element',
  `category` enum('document','formation','controle','briefing','autorisation') NOT NULL COMMENT 'Categorie acceptation',
  `pdf_path` varchar(255) DEFAULT NULL COMMENT 'Chemin fichier PDF',
  `target_type` enum('internal','external') NOT NULL DEFAULT 'internal' COMMENT 'Interne ou externe',
  `version_date` date DEFAULT NULL COMMENT 'Date de creation/version',
  `mandatory` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Obligatoire',
  `deadline` date DEFAULT NULL COMMENT 'Date limite acceptation',
  `dual_validation` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Necessite double validation',
  `role_1` varchar(64) DEFAULT NULL COMMENT 'Premier role (ex: instructeur)',
  `role_2` varchar(64) DEFAULT NULL COMMENT 'Second role (ex: eleve)',
  `target_roles` varchar(255) DEFAULT NULL COMMENT 'Roles cibles separes par virgule',
  `active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Element actif',
  `created_by` varchar(25) NOT NULL COMMENT 'Administrateur createur',
  `created_at` datetime NOT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_category` (`category`),
  KEY `idx_active` (`active`),
  KEY `idx_deadline` (`deadline`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Elements a faire accepter';

CREATE TABLE `membres` (
  `mlogin` varchar(25) NOT NULL COMMENT 'identifiant unique',
  `mnom` varchar(80) NOT NULL COMMENT 'Nom du membre',
  `mprenom` varchar(80) NOT NULL COMMENT 'Prénom du membre',
  `memail` varchar(50) DEFAULT NULL COMMENT 'Email',
  `memailparent` varchar(50) DEFAULT NULL COMMENT 'Email des parents',
  `madresse` varchar(80) NOT NULL COMMENT 'Adresse',
  `cp` int(5) DEFAULT NULL COMMENT 'Code postal',
  `ville` varchar(64) DEFAULT NULL,
  `pays` varchar(64) DEFAULT NULL COMMENT 'Pays',
  `mtelf` varchar(14) DEFAULT NULL COMMENT 'Téléphone fixe',
  `mtelm` varchar(14) DEFAULT NULL COMMENT 'Mobile',
  `mdaten` date DEFAULT NULL COMMENT 'Date de naissance',
  `m25ans` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Moins de 25 ans',
  `mlieun` varchar(25) DEFAULT NULL COMMENT 'Lieu de naissance',
  `msexe` char(1) NOT NULL DEFAULT 'M',
  `mniveaux` double NOT NULL COMMENT 'Qualifications du membre',
  `macces` int(11) DEFAULT 0 COMMENT 'Droits d''accés',
  `club` tinyint(1) DEFAULT 0 COMMENT 'Gestion multi-club',
  `ext` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Pilote exterieur',
  `actif` tinyint(4) NOT NULL DEFAULT 1 COMMENT 'Pilote actif',
  `username` varchar(25) DEFAULT NULL COMMENT 'Utilisateur autorisé à accéder au compte',
  `photo` varchar(64) DEFAULT NULL COMMENT 'Photo',
  `compte` int(11) DEFAULT NULL COMMENT 'Compte pilote',
  `comment` text DEFAULT NULL,
  `trigramme` varchar(12) DEFAULT NULL COMMENT 'Trigramme',
  `categorie` varchar(12) DEFAULT '' COMMENT 'Cat?gorie du pilote',
  `profession` varchar(64) DEFAULT NULL COMMENT 'Profession',
  `inst_glider` varchar(25) DEFAULT NULL COMMENT 'Instructeur planeur',
  `inst_airplane` varchar(25) DEFAULT NULL COMMENT 'Instructeur avion',
  `licfed` int(11) DEFAULT NULL COMMENT 'Numéro de licence fédérale',
  `place_of_birth` varchar(128) DEFAULT NULL COMMENT 'Lieu de naissance',
  `inscription_date` date DEFAULT NULL COMMENT 'Date d''inscription',
  `validation_date` date DEFAULT NULL COMMENT 'Date de validation de l''adhésion',
  `membre_payeur` varchar(25) DEFAULT NULL,
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`mlogin`),
  KEY `idx_membre_payeur` (`membre_payeur`),
  CONSTRAINT `fk_membres_membre_payeur` FOREIGN KEY (`membre_payeur`) REFERENCES `membres` (`mlogin`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `acceptance_records` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `item_id` int(11) unsigned NOT NULL COMMENT 'Element concerne',
  `user_login` varchar(25) DEFAULT NULL COMMENT 'Membre (NULL si externe)',
  `external_name` varchar(128) DEFAULT NULL COMMENT 'Nom complet personne externe',
  `status` enum('pending','accepted','refused') NOT NULL DEFAULT 'pending',
  `validation_role` varchar(64) DEFAULT NULL COMMENT 'Role dans double validation',
  `partner_record_id` bigint(20) unsigned DEFAULT NULL COMMENT 'Enregistrement partenaire (double validation)',
  `formula_text` text DEFAULT NULL COMMENT 'Formule enregistree',
  `acted_at` datetime DEFAULT NULL COMMENT 'Date action',
  `created_at` datetime NOT NULL,
  `initiated_by` varchar(25) DEFAULT NULL COMMENT 'Responsable ayant initie (si externe)',
  `signature_mode` enum('direct','link','qrcode','paper') DEFAULT NULL COMMENT 'Mode signature externe',
  `linked_pilot_login` varchar(25) DEFAULT NULL COMMENT 'Pilote rattache ulterieurement',
  `linked_by` varchar(25) DEFAULT NULL COMMENT 'Utilisateur ayant effectue le rattachement',
  `linked_at` datetime DEFAULT NULL COMMENT 'Date du rattachement',
  PRIMARY KEY (`id`),
  KEY `idx_item` (`item_id`),
  KEY `idx_user` (`user_login`),
  KEY `idx_status` (`status`),
  KEY `idx_partner` (`partner_record_id`),
  KEY `idx_linked_pilot` (`linked_pilot_login`),
  KEY `fk_acceptance_records_linked_by` (`linked_by`),
  CONSTRAINT `fk_acceptance_records_item` FOREIGN KEY (`item_id`) REFERENCES `acceptance_items` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_acceptance_records_linked_by` FOREIGN KEY (`linked_by`) REFERENCES `membres` (`mlogin`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_acceptance_records_linked_pilot` FOREIGN KEY (`linked_pilot_login`) REFERENCES `membres` (`mlogin`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_acceptance_records_partner` FOREIGN KEY (`partner_record_id`) REFERENCES `acceptance_records` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_acceptance_records_user` FOREIGN KEY (`user_login`) REFERENCES `membres` (`mlogin`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Enregistrements acceptation/refus';

CREATE TABLE `acceptance_signatures` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `record_id` bigint(20) unsigned NOT NULL,
  `signer_first_name` varchar(64) NOT NULL,
  `signer_last_name` varchar(64) NOT NULL,
  `signer_quality` varchar(64) DEFAULT NULL COMMENT 'pere, mere, tuteur legal (pour autorisation)',
  `beneficiary_first_name` varchar(64) DEFAULT NULL COMMENT 'Prenom mineur (pour autorisation)',
  `beneficiary_last_name` varchar(64) DEFAULT NULL COMMENT 'Nom mineur (pour autorisation)',
  `signature_type` enum('tactile','upload') NOT NULL,
  `signature_data` mediumtext DEFAULT NULL COMMENT 'Donnees base64 signature tactile',
  `file_path` varchar(255) DEFAULT NULL COMMENT 'Chemin fichier uploade',
  `original_filename` varchar(255) DEFAULT NULL,
  `file_size` int(11) unsigned DEFAULT NULL,
  `mime_type` varchar(64) DEFAULT NULL,
  `signed_at` datetime NOT NULL,
  `pilot_attestation` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Attestation presence pilote (mode papier)',
  PRIMARY KEY (`id`),
  KEY `idx_record` (`record_id`),
  CONSTRAINT `fk_signatures_record` FOREIGN KEY (`record_id`) REFERENCES `acceptance_records` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Signatures externes';

CREATE TABLE `acceptance_tokens` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `token` varchar(128) NOT NULL COMMENT 'Token aleatoire',
  `item_id` int(11) unsigned NOT NULL,
  `record_id` bigint(20) unsigned DEFAULT NULL COMMENT 'Enregistrement associe une fois cree',
  `mode` enum('direct','link','qrcode') NOT NULL,
  `created_by` varchar(25) NOT NULL,
  `created_at` datetime NOT NULL,
  `expires_at` datetime NOT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `used_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_token` (`token`),
  KEY `idx_item` (`item_id`),
  KEY `idx_expires` (`expires_at`),
  CONSTRAINT `fk_tokens_item` FOREIGN KEY (`item_id`) REFERENCES `acceptance_items` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Liens temporaires pour signatures externes';

CREATE TABLE `achats` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `date` date NOT NULL COMMENT 'Date',
  `produit` varchar(32) NOT NULL COMMENT 'Produit',
  `quantite` decimal(8,2) NOT NULL COMMENT 'Quantité',
  `prix` decimal(8,2) DEFAULT 0.00 COMMENT 'Prix',
  `description` varchar(80) DEFAULT NULL COMMENT 'Description',
  `pilote` varchar(25) NOT NULL COMMENT 'Pilote',
  `facture` int(11) DEFAULT 0 COMMENT 'Numéro de facture',
  `saisie_par` varchar(25) NOT NULL COMMENT 'Opérateur',
  `club` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Gestion multi-club',
  `machine` varchar(10) DEFAULT NULL COMMENT 'Machine pour stats (planeur ou avion)',
  `vol_planeur` int(11) DEFAULT NULL COMMENT 'Vol planeur',
  `vol_avion` int(11) DEFAULT NULL COMMENT 'Vol avion',
  `mvt_pompe` int(11) DEFAULT NULL COMMENT 'Livraison essence',
  `num_cheque` varchar(50) DEFAULT NULL COMMENT 'Numéro de pièce comptable',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `created_at` datetime DEFAULT NULL COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  `updated_at` datetime DEFAULT NULL COMMENT 'Last update timestamp',
  PRIMARY KEY (`id`),
  KEY `pilote` (`pilote`),
  KEY `saisie_par` (`saisie_par`),
  KEY `vol_planeur` (`vol_planeur`),
  KEY `vol_avion` (`vol_avion`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC COMMENT='Lignes de factures';

CREATE TABLE `sections` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nom` varchar(64) NOT NULL,
  `description` varchar(128) DEFAULT NULL,
  `acronyme` varchar(10) DEFAULT NULL,
  `couleur` varchar(7) DEFAULT NULL,
  `ordre_affichage` int(11) DEFAULT NULL,
  `gestion_planeurs` tinyint(1) NOT NULL DEFAULT 0,
  `gestion_avions` tinyint(1) NOT NULL DEFAULT 0,
  `libelle_menu_avions` varchar(64) DEFAULT NULL,
  `show_presences` tinyint(1) NOT NULL DEFAULT 1,
  `has_bar` tinyint(1) NOT NULL DEFAULT 0,
  `bar_account_id` int(11) DEFAULT NULL,
  `has_vd_par_cb` tinyint(1) NOT NULL DEFAULT 0,
  `has_approvisio_par_cb` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `document_types` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(32) NOT NULL COMMENT 'Code unique (ex: medical, insurance, license)',
  `name` varchar(128) NOT NULL COMMENT 'Libelle affiche',
  `section_id` int(11) DEFAULT NULL COMMENT 'Section specifique (NULL = toutes sections)',
  `scope` enum('pilot','section','club') NOT NULL DEFAULT 'pilot' COMMENT 'Portee du document',
  `required` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Document obligatoire',
  `has_expiration` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Document avec date expiration',
  `storage_by_year` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Stockage organise par annee',
  `alert_days_before` int(11) DEFAULT 30 COMMENT 'Jours avant expiration pour alerte',
  `active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Type actif',
  `is_private` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Acces aux fichiers restreint au bureau, admins et proprietaire',
  `display_order` int(11) NOT NULL DEFAULT 0 COMMENT 'Ordre affichage',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `created_at` datetime DEFAULT NULL COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  `updated_at` datetime DEFAULT NULL COMMENT 'Last update timestamp',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_code_section` (`code`,`section_id`),
  KEY `idx_section` (`section_id`),
  CONSTRAINT `fk_document_types_section` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Types de documents et regles associees';

CREATE TABLE `terrains` (
  `oaci` varchar(10) NOT NULL COMMENT 'Code OACI',
  `nom` varchar(64) DEFAULT NULL COMMENT 'Nom du terrain',
  `freq1` decimal(6,3) DEFAULT 0.000 COMMENT 'Fréquence principale',
  `freq2` decimal(6,3) DEFAULT 0.000 COMMENT 'Fréquence secondaire',
  `comment` varchar(256) DEFAULT NULL COMMENT 'Description',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`oaci`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `vols_decouverte` (
  `id` int(20) NOT NULL AUTO_INCREMENT,
  `date_vente` date NOT NULL,
  `date_validite` date DEFAULT NULL,
  `club` tinyint(1) NOT NULL,
  `product` varchar(64) NOT NULL,
  `saisie_par` varchar(32) NOT NULL,
  `beneficiaire` varchar(64) DEFAULT NULL,
  `de_la_part` varchar(64) DEFAULT NULL,
  `occasion` varchar(64) DEFAULT NULL,
  `paiement` varchar(64) DEFAULT NULL,
  `participation` varchar(64) DEFAULT NULL,
  `beneficiaire_email` varchar(64) DEFAULT NULL,
  `beneficiaire_tel` varchar(64) DEFAULT NULL,
  `urgence` varchar(128) DEFAULT NULL,
  `date_planning` date DEFAULT NULL,
  `time_planning` time DEFAULT NULL,
  `date_vol` date DEFAULT NULL,
  `time_vol` time DEFAULT NULL,
  `pilote` varchar(64) DEFAULT NULL,
  `airplane_immat` varchar(10) DEFAULT NULL,
  `aerodrome` varchar(10) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `cancelled` tinyint(1) DEFAULT 0,
  `nb_personnes` tinyint(1) DEFAULT NULL,
  `prix` decimal(14,12) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  PRIMARY KEY (`id`),
  KEY `fk_vd_aerodrome` (`aerodrome`),
  CONSTRAINT `fk_vd_aerodrome` FOREIGN KEY (`aerodrome`) REFERENCES `terrains` (`oaci`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `archived_documents` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `document_type_id` int(11) unsigned DEFAULT NULL COMMENT 'Type de document',
  `pilot_login` varchar(25) DEFAULT NULL COMMENT 'Pilote associe (NULL si club/section)',
  `section_id` int(11) DEFAULT NULL COMMENT 'Section associee',
  `vld_id` int(11) DEFAULT NULL,
  `machine_immat` varchar(20) DEFAULT NULL,
  `file_path` varchar(255) NOT NULL COMMENT 'Chemin du fichier',
  `original_filename` varchar(255) NOT NULL COMMENT 'Nom fichier original',
  `description` varchar(255) DEFAULT NULL COMMENT 'Description libre',
  `uploaded_by` varchar(25) NOT NULL COMMENT 'Utilisateur ayant uploade',
  `uploaded_at` datetime NOT NULL COMMENT 'Date upload',
  `valid_from` date DEFAULT NULL COMMENT 'Date debut validite',
  `valid_until` date DEFAULT NULL COMMENT 'Date fin validite',
  `alarm_disabled` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Alerte desactivee par admin',
  `previous_version_id` bigint(20) unsigned DEFAULT NULL COMMENT 'Lien vers version precedente',
  `is_current_version` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Version courante',
  `file_size` int(11) unsigned DEFAULT NULL COMMENT 'Taille fichier en octets',
  `mime_type` varchar(64) DEFAULT NULL COMMENT 'Type MIME',
  `validation_status` enum('pending','approved','rejected') NOT NULL DEFAULT 'approved' COMMENT 'Statut de validation',
  `validated_by` varchar(25) DEFAULT NULL COMMENT 'Utilisateur ayant valide',
  `validated_at` datetime DEFAULT NULL COMMENT 'Date de validation',
  `rejection_reason` varchar(255) DEFAULT NULL COMMENT 'Motif du refus',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated metadata',
  PRIMARY KEY (`id`),
  KEY `idx_pilot` (`pilot_login`),
  KEY `idx_section` (`section_id`),
  KEY `idx_type` (`document_type_id`),
  KEY `idx_expiration` (`valid_until`),
  KEY `idx_current` (`is_current_version`),
  KEY `idx_alarm` (`alarm_disabled`),
  KEY `idx_validation_status` (`validation_status`),
  KEY `fk_archived_documents_prev` (`previous_version_id`),
  KEY `fk_archived_documents_vld` (`vld_id`),
  CONSTRAINT `fk_archived_documents_pilot` FOREIGN KEY (`pilot_login`) REFERENCES `membres` (`mlogin`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_archived_documents_prev` FOREIGN KEY (`previous_version_id`) REFERENCES `archived_documents` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_archived_documents_section` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_archived_documents_type` FOREIGN KEY (`document_type_id`) REFERENCES `document_types` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_archived_documents_vld` FOREIGN KEY (`vld_id`) REFERENCES `vols_decouverte` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Documents archives avec expiration';

CREATE TABLE `ecritures` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `annee_exercise` int(11) NOT NULL COMMENT 'Année d''exercice',
  `date_creation` date NOT NULL COMMENT 'Date',
  `date_op` date NOT NULL COMMENT 'Date de l''opération',
  `compte1` int(11) NOT NULL COMMENT 'Emploi',
  `compte2` int(11) NOT NULL COMMENT 'Ressource',
  `montant` decimal(14,2) NOT NULL COMMENT 'Montant de l''écriture',
  `description` varchar(80) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Libellé',
  `type` int(11) DEFAULT 0 COMMENT 'Type de paiement',
  `num_cheque` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Numéro de piéce comptable',
  `saisie_par` varchar(25) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Opérateur',
  `gel` int(11) DEFAULT 0 COMMENT 'Vérifié',
  `club` tinyint(1) DEFAULT 0 COMMENT 'Gestion multi-club',
  `achat` int(11) DEFAULT NULL COMMENT 'Achat correspondant',
  `quantite` varchar(11) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT '0' COMMENT 'Quantitè de l''achat',
  `prix` decimal(8,2) DEFAULT -1.00 COMMENT 'Prix de l''achat',
  `categorie` int(11) NOT NULL DEFAULT 0 COMMENT 'Catégorie de dépense ou recette',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `created_at` datetime DEFAULT NULL COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  `updated_at` datetime DEFAULT NULL COMMENT 'Last update timestamp',
  PRIMARY KEY (`id`),
  KEY `compte1` (`compte1`),
  KEY `saisie_par` (`saisie_par`),
  KEY `compte2` (`compte2`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `associations_ecriture` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `string_releve` varchar(512) NOT NULL,
  `id_ecriture_gvv` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_associations_ecriture_ecritures` (`id_ecriture_gvv`),
  CONSTRAINT `fk_associations_ecriture_ecritures` FOREIGN KEY (`id_ecriture_gvv`) REFERENCES `ecritures` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `planc` (
  `pcode` varchar(10) NOT NULL,
  `pdesc` varchar(128) NOT NULL,
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  UNIQUE KEY `pcode` (`pcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `comptes` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `nom` varchar(48) NOT NULL COMMENT 'Nom du compte',
  `pilote` varchar(25) DEFAULT NULL COMMENT 'Référence du pilote',
  `desc` varchar(80) DEFAULT NULL COMMENT 'Description',
  `codec` varchar(10) NOT NULL COMMENT 'Code comptable',
  `actif` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Actif = 1, passif = 0',
  `debit` decimal(14,2) NOT NULL DEFAULT 0.00 COMMENT 'Débit',
  `credit` decimal(14,2) NOT NULL DEFAULT 0.00 COMMENT 'Crédit',
  `saisie_par` varchar(25) NOT NULL DEFAULT '""' COMMENT 'Créateur',
  `club` tinyint(1) DEFAULT 0 COMMENT 'Gestion multi-club',
  `masked` tinyint(1) NOT NULL DEFAULT 0,
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `created_at` datetime DEFAULT NULL COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  `updated_at` datetime DEFAULT NULL COMMENT 'Last update timestamp',
  PRIMARY KEY (`id`),
  KEY `codec` (`codec`),
  KEY `pilote` (`pilote`),
  CONSTRAINT `fk_comptes_planc` FOREIGN KEY (`codec`) REFERENCES `planc` (`pcode`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `associations_of` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `id_compte_of` int(11) NOT NULL,
  `nom_of` varchar(60) NOT NULL,
  `id_compte_gvv` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_associations_of_comptes` (`id_compte_gvv`),
  CONSTRAINT `fk_associations_of_comptes` FOREIGN KEY (`id_compte_gvv`) REFERENCES `comptes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `associations_releve` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `string_releve` varchar(128) NOT NULL,
  `type` varchar(60) DEFAULT NULL,
  `id_compte_gvv` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_associations_releve_comptes` (`id_compte_gvv`),
  CONSTRAINT `fk_associations_releve_comptes` FOREIGN KEY (`id_compte_gvv`) REFERENCES `comptes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `attachments` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `referenced_table` varchar(128) DEFAULT NULL,
  `referenced_id` varchar(128) DEFAULT NULL,
  `user_id` varchar(25) DEFAULT NULL,
  `filename` varchar(128) DEFAULT NULL,
  `description` varchar(124) DEFAULT NULL,
  `file` varchar(255) DEFAULT NULL,
  `club` tinyint(4) DEFAULT 0 COMMENT 'Commentaire gestion multi-section',
  `file_backup` varchar(255) DEFAULT NULL COMMENT 'Backup of original file path before section reorganization',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `created_at` datetime DEFAULT NULL COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  `updated_at` datetime DEFAULT NULL COMMENT 'Last update timestamp',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `authorization_audit_log` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `action_type` enum('grant_role','revoke_role','modify_permission','access_denied','access_granted') NOT NULL,
  `actor_user_id` int(11) DEFAULT NULL,
  `target_user_id` int(11) DEFAULT NULL,
  `types_roles_id` int(11) DEFAULT NULL,
  `section_id` int(11) DEFAULT NULL,
  `controller` varchar(64) DEFAULT NULL,
  `action` varchar(64) DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `details` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_actor` (`actor_user_id`),
  KEY `idx_target` (`target_user_id`),
  KEY `idx_timestamp` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) NOT NULL DEFAULT 1,
  `username` varchar(25) NOT NULL,
  `password` varchar(34) NOT NULL,
  `email` varchar(100) NOT NULL,
  `banned` tinyint(1) NOT NULL DEFAULT 0,
  `ban_reason` varchar(255) DEFAULT NULL,
  `newpass` varchar(34) DEFAULT NULL,
  `newpass_key` varchar(32) DEFAULT NULL,
  `newpass_time` datetime DEFAULT NULL,
  `last_ip` varchar(40) NOT NULL,
  `last_login` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `created` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `modified` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `authorization_comparison_log` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `controller` varchar(100) NOT NULL,
  `action` varchar(100) NOT NULL,
  `section_id` int(11) DEFAULT NULL,
  `new_system_result` tinyint(1) NOT NULL,
  `legacy_system_result` tinyint(1) NOT NULL,
  `new_system_details` text DEFAULT NULL,
  `legacy_system_details` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_user_id` (`user_id`),
  KEY `idx_created_at` (`created_at`),
  KEY `idx_controller_action` (`controller`,`action`),
  KEY `idx_mismatch` (`new_system_result`,`legacy_system_result`),
  CONSTRAINT `fk_comparison_log_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `authorization_migration_status` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `migration_status` enum('pending','in_progress','completed','failed','rolled_back') NOT NULL DEFAULT 'pending',
  `use_new_system` tinyint(1) NOT NULL DEFAULT 0,
  `migrated_by` int(11) DEFAULT NULL,
  `migrated_at` datetime DEFAULT NULL,
  `completed_at` datetime DEFAULT NULL,
  `error_message` text DEFAULT NULL,
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user` (`user_id`),
  KEY `fk_auth_migration_migrator` (`migrated_by`),
  KEY `idx_migration_status` (`migration_status`,`use_new_system`),
  CONSTRAINT `fk_auth_migration_migrator` FOREIGN KEY (`migrated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_auth_migration_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `briefing_tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vld_id` int(11) NOT NULL,
  `token` varchar(64) NOT NULL,
  `created_at` datetime NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  `used_at` datetime DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_briefing_tokens_token` (`token`),
  KEY `fk_briefing_tokens_vld` (`vld_id`),
  CONSTRAINT `fk_briefing_tokens_vld` FOREIGN KEY (`vld_id`) REFERENCES `vols_decouverte` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `calendar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date DEFAULT NULL COMMENT 'Deprecated - use start_datetime/end_datetime',
  `start_datetime` datetime NOT NULL COMMENT 'Presence start date/time',
  `end_datetime` datetime NOT NULL COMMENT 'Presence end date/time',
  `full_day` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'True = journée complète (00:00-23:59), False = heures spécifiques',
  `mlogin` varchar(64) NOT NULL,
  `role` varchar(64) NOT NULL,
  `commentaire` varchar(256) NOT NULL,
  `status` enum('confirmed','pending','completed','cancelled') DEFAULT 'confirmed' COMMENT 'Presence status',
  `created_by` varchar(64) DEFAULT NULL COMMENT 'User who created the presence',
  `updated_by` varchar(64) DEFAULT NULL COMMENT 'User who last updated the presence',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Creation timestamp',
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Last update timestamp',
  PRIMARY KEY (`id`),
  KEY `idx_date_range` (`start_datetime`,`end_datetime`),
  KEY `idx_mlogin` (`mlogin`),
  KEY `idx_status` (`status`),
  KEY `idx_full_day` (`full_day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `categorie` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `nom` varchar(32) NOT NULL COMMENT 'Nom',
  `description` varchar(80) DEFAULT NULL COMMENT 'Commentaire',
  `parent` int(11) NOT NULL DEFAULT 0 COMMENT 'Catégorie parente',
  `type` int(11) NOT NULL DEFAULT 0 COMMENT 'Type de catégorie',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci ROW_FORMAT=DYNAMIC COMMENT='Catégorie d''écritures pour comptabilité analytique';

CREATE TABLE `ci_sessions` (
  `session_id` varchar(40) NOT NULL DEFAULT '0',
  `ip_address` varchar(16) NOT NULL DEFAULT '0',
  `user_agent` varchar(150) NOT NULL,
  `last_activity` int(10) unsigned NOT NULL DEFAULT 0,
  `user_data` text DEFAULT NULL,
  PRIMARY KEY (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `clotures` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `section` tinyint(1) DEFAULT NULL,
  `date` date DEFAULT NULL,
  `description` varchar(124) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `configuration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cle` varchar(128) NOT NULL,
  `valeur` varchar(255) DEFAULT NULL,
  `lang` varchar(10) DEFAULT NULL,
  `categorie` varchar(64) DEFAULT NULL,
  `club` tinyint(1) DEFAULT NULL,
  `description` varchar(128) DEFAULT NULL,
  `file` varchar(255) DEFAULT NULL COMMENT 'Fichier de configuration',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_cle_lang_club` (`cle`,`lang`,`club`),
  KEY `idx_cle` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cotisation_produits` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `section_id` int(11) NOT NULL COMMENT 'Identifiant de la section',
  `libelle` varchar(150) NOT NULL COMMENT 'Libellé du produit de cotisation',
  `montant` decimal(10,2) NOT NULL COMMENT 'Montant en euros',
  `annee` int(4) NOT NULL COMMENT 'Année de validité de la cotisation',
  `compte_cotisation_id` int(11) NOT NULL COMMENT 'Compte 417 à créditer',
  `actif` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Produit actif (visible au pilote)',
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `created_by` varchar(50) DEFAULT NULL,
  `updated_by` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_section_actif` (`section_id`,`actif`),
  KEY `idx_section_annee` (`section_id`,`annee`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `types_roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nom` varchar(64) NOT NULL,
  `description` varchar(128) DEFAULT NULL,
  `scope` enum('global','section') NOT NULL DEFAULT 'section',
  `is_system_role` tinyint(1) NOT NULL DEFAULT 0,
  `display_order` int(11) NOT NULL DEFAULT 100,
  `translation_key` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Type de rôle pour les section';

CREATE TABLE `data_access_rules` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `types_roles_id` int(11) NOT NULL,
  `table_name` varchar(64) NOT NULL,
  `access_scope` enum('own','section','all') NOT NULL DEFAULT 'own',
  `field_name` varchar(64) DEFAULT NULL,
  `section_field` varchar(64) DEFAULT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_rule` (`types_roles_id`,`table_name`,`access_scope`),
  CONSTRAINT `fk_data_access_rules_role` FOREIGN KEY (`types_roles_id`) REFERENCES `types_roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `email_lists` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `description` text DEFAULT NULL,
  `active_member` enum('active','inactive','all') NOT NULL DEFAULT 'active',
  `visible` tinyint(1) DEFAULT 1,
  `created_by` int(11) NOT NULL COMMENT 'User ID who created the list',
  `created_at` datetime NOT NULL DEFAULT current_timestamp() COMMENT 'Creation timestamp',
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Last update timestamp',
  `updated_by` int(11) DEFAULT NULL COMMENT 'User ID who last updated the list',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_name` (`name`),
  KEY `idx_created_by` (`created_by`),
  CONSTRAINT `fk_email_lists_created_by` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `email_list_external` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email_list_id` int(11) NOT NULL,
  `external_email` varchar(255) NOT NULL,
  `external_name` varchar(100) DEFAULT NULL,
  `source_file` varchar(255) DEFAULT NULL COMMENT 'Filename source if imported from file (NULL if manually added)',
  `added_at` datetime NOT NULL DEFAULT current_timestamp() COMMENT 'When email was added',
  PRIMARY KEY (`id`),
  KEY `idx_email_list_id` (`email_list_id`),
  CONSTRAINT `fk_ele_email_list_id` FOREIGN KEY (`email_list_id`) REFERENCES `email_lists` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `email_list_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email_list_id` int(11) NOT NULL,
  `membre_id` varchar(25) NOT NULL,
  `added_at` datetime NOT NULL DEFAULT current_timestamp() COMMENT 'When member was added',
  PRIMARY KEY (`id`),
  KEY `idx_email_list_id` (`email_list_id`),
  KEY `idx_membre_id` (`membre_id`),
  CONSTRAINT `fk_elm_email_list_id` FOREIGN KEY (`email_list_id`) REFERENCES `email_lists` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_elm_membre_id` FOREIGN KEY (`membre_id`) REFERENCES `membres` (`mlogin`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `email_list_roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email_list_id` int(11) NOT NULL,
  `types_roles_id` int(11) NOT NULL,
  `section_id` int(11) NOT NULL,
  `granted_by` int(11) DEFAULT NULL,
  `granted_at` datetime NOT NULL DEFAULT current_timestamp() COMMENT 'When role was granted',
  `revoked_at` datetime DEFAULT NULL,
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_email_list_id` (`email_list_id`),
  KEY `idx_types_roles_id` (`types_roles_id`),
  KEY `idx_section_id` (`section_id`),
  CONSTRAINT `fk_elr_email_list_id` FOREIGN KEY (`email_list_id`) REFERENCES `email_lists` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_elr_section_id` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`),
  CONSTRAINT `fk_elr_types_roles_id` FOREIGN KEY (`types_roles_id`) REFERENCES `types_roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `email_list_sublists` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_list_id` int(11) NOT NULL COMMENT 'La liste parente qui contient des sous-listes',
  `child_list_id` int(11) NOT NULL COMMENT 'La liste simple incluse comme sous-liste',
  `added_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_parent_child` (`parent_list_id`,`child_list_id`),
  KEY `idx_parent` (`parent_list_id`),
  KEY `idx_child` (`child_list_id`),
  CONSTRAINT `fk_email_list_sublists_child` FOREIGN KEY (`child_list_id`) REFERENCES `email_lists` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_email_list_sublists_parent` FOREIGN KEY (`parent_list_id`) REFERENCES `email_lists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `emlogin` varchar(25) NOT NULL,
  `etype` int(11) NOT NULL,
  `edate` date DEFAULT NULL,
  `evaid` double DEFAULT NULL,
  `evpid` double DEFAULT NULL,
  `ecomment` varchar(128) DEFAULT NULL COMMENT 'Commentaire',
  `year` int(11) DEFAULT NULL COMMENT 'Année',
  `date_expiration` date DEFAULT NULL COMMENT 'date expiration',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `events_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Numéro',
  `name` varchar(64) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `activite` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'Activité associée',
  `en_vol` tinyint(4) NOT NULL COMMENT 'Associé à un vol',
  `multiple` tinyint(1) DEFAULT NULL COMMENT 'Multiple',
  `expirable` tinyint(1) DEFAULT NULL COMMENT 'a une date d_expiration',
  `ordre` tinyint(2) DEFAULT NULL COMMENT 'ordre d_affichage',
  `annual` tinyint(1) DEFAULT NULL COMMENT 'Evénement annuel',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `formation_programmes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL COMMENT 'Program code (e.g., SPL, BPP)',
  `titre` varchar(255) NOT NULL COMMENT 'Program title',
  `description` text DEFAULT NULL COMMENT 'Program description',
  `contenu_markdown` longtext NOT NULL COMMENT 'Full program content in Markdown',
  `section_id` int(11) DEFAULT NULL COMMENT 'Section ID (NULL = all sections)',
  `version` int(11) NOT NULL DEFAULT 1 COMMENT 'Program version number',
  `type_aeronef` enum('planeur','avion') NOT NULL DEFAULT 'planeur' COMMENT 'Aircraft type: planeur or avion',
  `statut` enum('actif','archive') NOT NULL DEFAULT 'actif' COMMENT 'Program status',
  `date_creation` datetime NOT NULL COMMENT 'Creation date',
  `date_modification` datetime DEFAULT NULL COMMENT 'Last modification date',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_code` (`code`),
  KEY `idx_section` (`section_id`),
  KEY `idx_statut` (`statut`),
  CONSTRAINT `fk_form_prog_section` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Training programs for glider pilots';

CREATE TABLE `formation_inscriptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pilote_id` varchar(25) NOT NULL COMMENT 'Student member login',
  `programme_id` int(11) NOT NULL COMMENT 'Training program ID',
  `version_programme` int(11) NOT NULL COMMENT 'Program version at enrollment',
  `instructeur_referent_id` varchar(25) DEFAULT NULL COMMENT 'Reference instructor login',
  `statut` enum('ouverte','suspendue','cloturee','abandonnee') NOT NULL DEFAULT 'ouverte' COMMENT 'Enrollment status',
  `date_ouverture` date NOT NULL COMMENT 'Enrollment opening date',
  `date_suspension` date DEFAULT NULL COMMENT 'Suspension date',
  `motif_suspension` text DEFAULT NULL COMMENT 'Suspension reason',
  `date_cloture` date DEFAULT NULL COMMENT 'Closure date',
  `motif_cloture` text DEFAULT NULL COMMENT 'Closure reason',
  `commentaires` text DEFAULT NULL COMMENT 'General comments',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_pilote` (`pilote_id`),
  KEY `idx_programme` (`programme_id`),
  KEY `idx_statut` (`statut`),
  KEY `idx_instructeur` (`instructeur_referent_id`),
  CONSTRAINT `fk_form_inscr_inst` FOREIGN KEY (`instructeur_referent_id`) REFERENCES `membres` (`mlogin`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_form_inscr_pilote` FOREIGN KEY (`pilote_id`) REFERENCES `membres` (`mlogin`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_form_inscr_prog` FOREIGN KEY (`programme_id`) REFERENCES `formation_programmes` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Student enrollments in training programs';

CREATE TABLE `formation_autorisations_solo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `inscription_id` int(11) NOT NULL COMMENT 'FK to formation_inscriptions',
  `eleve_id` varchar(25) NOT NULL COMMENT 'Student member login',
  `instructeur_id` varchar(25) NOT NULL COMMENT 'Instructor member login',
  `date_autorisation` date NOT NULL COMMENT 'Authorization date',
  `section_id` int(11) DEFAULT NULL COMMENT 'Section ID',
  `machine_id` varchar(10) NOT NULL COMMENT 'Aircraft registration',
  `consignes` text NOT NULL COMMENT 'Instructions (min 250 chars)',
  `date_creation` datetime NOT NULL COMMENT 'Creation timestamp',
  `date_modification` datetime DEFAULT NULL COMMENT 'Last modification timestamp',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_inscription` (`inscription_id`),
  KEY `idx_eleve` (`eleve_id`),
  KEY `idx_instructeur` (`instructeur_id`),
  KEY `idx_date` (`date_autorisation`),
  KEY `idx_section` (`section_id`),
  CONSTRAINT `fk_autosolo_eleve` FOREIGN KEY (`eleve_id`) REFERENCES `membres` (`mlogin`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_autosolo_inscription` FOREIGN KEY (`inscription_id`) REFERENCES `formation_inscriptions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_autosolo_instructeur` FOREIGN KEY (`instructeur_id`) REFERENCES `membres` (`mlogin`) ON UPDATE CASCADE,
  CONSTRAINT `fk_autosolo_section` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Solo flight authorizations for students';

CREATE TABLE `formation_chapitres` (
  `name` varchar(64) NOT NULL,
  `description` varchar(128) NOT NULL,
  `ordre` int(4) NOT NULL DEFAULT 9999,
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `formation_types_seance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nom` varchar(100) NOT NULL COMMENT 'Libellé court du type de séance',
  `nature` enum('vol','theorique') NOT NULL COMMENT 'vol = séance en vol, theorique = cours au sol',
  `description` text DEFAULT NULL COMMENT 'Description détaillée',
  `periodicite_max_jours` int(11) DEFAULT NULL COMMENT 'Délai max en jours entre deux séances de ce type pour un même élève (NULL = sans contrainte)',
  `actif` tinyint(1) NOT NULL DEFAULT 1 COMMENT '1 = utilisable lors de la saisie',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_nature` (`nature`),
  KEY `idx_actif` (`actif`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Types de séances de formation (vol ou sol)';

CREATE TABLE `formation_seances` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type_seance_id` int(11) DEFAULT NULL COMMENT 'Type de séance (formation_types_seance.id)',
  `inscription_id` int(11) DEFAULT NULL COMMENT 'Enrollment ID (NULL = free session)',
  `pilote_id` varchar(25) DEFAULT NULL COMMENT 'NULL pour séances théoriques (participants dans table dédiée)',
  `programme_id` int(11) DEFAULT NULL,
  `categorie_seance` varchar(100) DEFAULT NULL COMMENT 'Session category (Formation, Remise en vol, Réentrainement, Contrôle pilote VLD)',
  `date_seance` date NOT NULL COMMENT 'Session date',
  `instructeur_id` varchar(25) NOT NULL COMMENT 'Instructor login',
  `machine_id` varchar(10) DEFAULT NULL COMMENT 'NULL pour séances théoriques',
  `duree` time DEFAULT NULL COMMENT 'NULL si non renseigné',
  `nb_atterrissages` int(11) DEFAULT NULL COMMENT 'NULL pour séances théoriques',
  `meteo` text DEFAULT NULL COMMENT 'Weather conditions (JSON array)',
  `lieu` varchar(255) DEFAULT NULL,
  `commentaires` text DEFAULT NULL COMMENT 'Session comments',
  `prochaines_lecons` varchar(255) DEFAULT NULL COMMENT 'Recommended next lessons',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_inscription` (`inscription_id`),
  KEY `idx_pilote` (`pilote_id`),
  KEY `idx_programme` (`programme_id`),
  KEY `idx_date` (`date_seance`),
  KEY `idx_instructeur` (`instructeur_id`),
  KEY `idx_machine` (`machine_id`),
  KEY `idx_categorie` (`categorie_seance`),
  KEY `fk_seance_type` (`type_seance_id`),
  CONSTRAINT `fk_form_seance_inscr` FOREIGN KEY (`inscription_id`) REFERENCES `formation_inscriptions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_form_seance_inst` FOREIGN KEY (`instructeur_id`) REFERENCES `membres` (`mlogin`) ON UPDATE CASCADE,
  CONSTRAINT `fk_form_seance_pilote` FOREIGN KEY (`pilote_id`) REFERENCES `membres` (`mlogin`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_form_seance_prog` FOREIGN KEY (`programme_id`) REFERENCES `formation_programmes` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_seance_type` FOREIGN KEY (`type_seance_id`) REFERENCES `formation_types_seance` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Training sessions (with or without enrollment)';

CREATE TABLE `formation_lecons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `programme_id` int(11) NOT NULL COMMENT 'Parent program ID',
  `numero` int(11) NOT NULL COMMENT 'Lesson number',
  `titre` varchar(255) NOT NULL COMMENT 'Lesson title',
  `description` text DEFAULT NULL COMMENT 'Lesson description',
  `ordre` int(11) NOT NULL COMMENT 'Display order',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_programme` (`programme_id`),
  KEY `idx_ordre` (`programme_id`,`ordre`),
  CONSTRAINT `fk_form_lecon_prog` FOREIGN KEY (`programme_id`) REFERENCES `formation_programmes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Lessons within training programs';

CREATE TABLE `formation_sujets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `lecon_id` int(11) NOT NULL COMMENT 'Parent lesson ID',
  `numero` varchar(20) NOT NULL COMMENT 'Topic number (e.g., 1.1, 1.2)',
  `titre` varchar(255) NOT NULL COMMENT 'Topic title',
  `description` text DEFAULT NULL COMMENT 'Topic description',
  `objectifs` text DEFAULT NULL COMMENT 'Learning objectives',
  `ordre` int(11) NOT NULL COMMENT 'Display order',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_lecon` (`lecon_id`),
  KEY `idx_ordre` (`lecon_id`,`ordre`),
  CONSTRAINT `fk_form_sujet_lecon` FOREIGN KEY (`lecon_id`) REFERENCES `formation_lecons` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Topics within training lessons';

CREATE TABLE `formation_evaluations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `seance_id` int(11) NOT NULL COMMENT 'Parent session ID',
  `sujet_id` int(11) NOT NULL COMMENT 'Evaluated topic ID',
  `niveau` enum('-','A','R','Q') NOT NULL DEFAULT '-' COMMENT 'Evaluation level: - (not covered), A (introduced), R (review needed), Q (acquired)',
  `commentaire` text DEFAULT NULL COMMENT 'Evaluation comment',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_seance_sujet` (`seance_id`,`sujet_id`),
  KEY `idx_seance` (`seance_id`),
  KEY `idx_sujet` (`sujet_id`),
  KEY `idx_niveau` (`niveau`),
  CONSTRAINT `fk_form_eval_seance` FOREIGN KEY (`seance_id`) REFERENCES `formation_seances` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_form_eval_sujet` FOREIGN KEY (`sujet_id`) REFERENCES `formation_sujets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Topic evaluations within training sessions';

CREATE TABLE `formation_item` (
  `id` int(8) NOT NULL AUTO_INCREMENT,
  `description` varchar(128) NOT NULL,
  `phase` varchar(64) NOT NULL,
  `ordre` int(8) NOT NULL DEFAULT 9999,
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `to_phase` (`phase`),
  CONSTRAINT `belongs_to` FOREIGN KEY (`phase`) REFERENCES `formation_chapitres` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `formation_progres` (
  `id` int(8) NOT NULL AUTO_INCREMENT,
  `pilote` varchar(25) NOT NULL,
  `instructeur` varchar(25) NOT NULL,
  `date` date NOT NULL,
  `subject` int(8) NOT NULL,
  `niveau` int(4) NOT NULL,
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pilote` (`pilote`),
  UNIQUE KEY `instructeur` (`instructeur`),
  UNIQUE KEY `subject` (`subject`),
  CONSTRAINT `formation_progres_ibfk_1` FOREIGN KEY (`subject`) REFERENCES `formation_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `formation_seances_participants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `seance_id` int(11) NOT NULL,
  `pilote_id` varchar(25) NOT NULL,
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_seance_pilote` (`seance_id`,`pilote_id`),
  KEY `fk_part_pilote` (`pilote_id`),
  CONSTRAINT `fk_part_pilote` FOREIGN KEY (`pilote_id`) REFERENCES `membres` (`mlogin`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_part_seance` FOREIGN KEY (`seance_id`) REFERENCES `formation_seances` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `historique` (
  `id` int(8) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `machine` varchar(20) NOT NULL COMMENT 'Machine',
  `annee` int(4) NOT NULL COMMENT 'Année',
  `heures` int(4) NOT NULL COMMENT 'Heures',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Historique des heures de vol';

CREATE TABLE `licences` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `pilote` varchar(25) NOT NULL COMMENT 'Pilote',
  `type` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'Type de licence',
  `year` int(4) NOT NULL COMMENT 'Année de validité',
  `date` date NOT NULL COMMENT 'Date de souscription',
  `comment` varchar(250) NOT NULL COMMENT 'Commentaire',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `login_attempts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip_address` varchar(40) NOT NULL,
  `time` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `machinesa` (
  `macconstruc` varchar(64) NOT NULL,
  `macmodele` varchar(24) NOT NULL,
  `macimmat` varchar(10) NOT NULL DEFAULT 'F-B' COMMENT 'Immatriculation',
  `macnbhdv` decimal(8,2) NOT NULL DEFAULT 0.00 COMMENT 'Heures hors système',
  `macplaces` tinyint(1) DEFAULT 2 COMMENT 'Nombre de places',
  `macrem` tinyint(1) DEFAULT NULL COMMENT 'Avion remorqueur',
  `maprive` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Machine privée',
  `club` tinyint(1) DEFAULT 0 COMMENT 'Gestion multi-club',
  `actif` tinyint(4) NOT NULL DEFAULT 1 COMMENT 'Machine active',
  `comment` varchar(250) DEFAULT NULL COMMENT 'Description',
  `maprix` varchar(32) NOT NULL COMMENT 'prix de l''heure',
  `maprixdc` varchar(32) DEFAULT NULL COMMENT 'Prix double commande',
  `maprixproprio` varchar(32) DEFAULT NULL COMMENT 'Prix de l''heure propriétaire',
  `horametre_mode` int(11) DEFAULT 0 COMMENT 'Format horamètre (0=1/100h, 1=heures/minutes, 2=1/10h)',
  `fabrication` int(11) DEFAULT NULL COMMENT 'Année de mise en service',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`macimmat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `machinesp` (
  `mpconstruc` varchar(64) NOT NULL,
  `mpmodele` varchar(32) NOT NULL,
  `mpimmat` varchar(10) NOT NULL COMMENT 'immatriculation',
  `mpnumc` varchar(5) DEFAULT NULL COMMENT 'Numéro de concours',
  `mpnbhdv` decimal(8,2) NOT NULL DEFAULT 0.00 COMMENT 'Heures hors système',
  `mpbiplace` varchar(1) DEFAULT '1' COMMENT 'Nombre de places',
  `mpautonome` tinyint(1) DEFAULT NULL COMMENT 'Autonome',
  `mptreuil` tinyint(1) DEFAULT NULL COMMENT 'Treuillable',
  `mpprive` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Propriétaire',
  `club` tinyint(1) DEFAULT 0 COMMENT 'Gestion multi-club',
  `mprix` varchar(32) DEFAULT NULL COMMENT 'Prix de l''heure',
  `mprix_forfait` varchar(32) DEFAULT NULL COMMENT 'Prix de l''heure au forfait',
  `mprix_moteur` varchar(32) DEFAULT NULL COMMENT 'Prix de l''heure moteur',
  `mmax_facturation` int(11) NOT NULL DEFAULT 180 COMMENT 'Temps max de facturation en minutes',
  `actif` tinyint(4) NOT NULL DEFAULT 1 COMMENT 'Machine active',
  `comment` varchar(250) DEFAULT NULL COMMENT 'Description',
  `horametre_en_minutes` int(11) DEFAULT 0 COMMENT 'Horamètre en heures et minutes',
  `fabrication` int(11) DEFAULT NULL COMMENT 'Année de mise en service',
  `banalise` tinyint(1) DEFAULT NULL COMMENT 'Machine banalisée',
  `proprio` varchar(25) DEFAULT NULL COMMENT 'Propriétaire',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`mpimmat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `mails` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `titre` varchar(128) NOT NULL COMMENT 'Titre',
  `destinataires` varchar(2048) NOT NULL,
  `copie_a` varchar(128) DEFAULT NULL COMMENT 'Copie à',
  `selection` tinyint(4) NOT NULL COMMENT 'Selection',
  `individuel` tinyint(4) NOT NULL DEFAULT 1 COMMENT 'Individuel',
  `date_envoie` datetime DEFAULT NULL COMMENT 'Date d''envoie',
  `texte` varchar(4096) NOT NULL,
  `debut_facturation` date DEFAULT NULL COMMENT 'Date de début de facturation',
  `fin_facturation` date DEFAULT NULL COMMENT 'Date de fin de facturation',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `created_at` datetime DEFAULT NULL COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  `updated_at` datetime DEFAULT NULL COMMENT 'Last update timestamp',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Courriels';

CREATE TABLE `migrations` (
  `version` int(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `paiements_en_ligne` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `montant` decimal(10,2) NOT NULL,
  `plateforme` varchar(50) NOT NULL,
  `transaction_id` varchar(255) DEFAULT NULL,
  `ecriture_id` int(11) DEFAULT NULL,
  `statut` enum('pending','completed','failed','cancelled') NOT NULL DEFAULT 'pending',
  `date_demande` datetime NOT NULL,
  `date_paiement` datetime DEFAULT NULL,
  `metadata` text DEFAULT NULL,
  `commission` decimal(10,2) DEFAULT 0.00,
  `club` int(11) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `created_by` varchar(50) DEFAULT NULL,
  `updated_by` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_transaction_id` (`transaction_id`),
  KEY `idx_user_id` (`user_id`),
  KEY `idx_statut` (`statut`),
  KEY `idx_date_paiement` (`date_paiement`),
  KEY `idx_club` (`club`),
  KEY `fk_pel_ecriture` (`ecriture_id`),
  CONSTRAINT `fk_pel_ecriture` FOREIGN KEY (`ecriture_id`) REFERENCES `ecritures` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `paiements_en_ligne_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `plateforme` varchar(50) NOT NULL,
  `param_key` varchar(100) NOT NULL,
  `param_value` text DEFAULT NULL,
  `club` int(11) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `created_by` varchar(50) DEFAULT NULL,
  `updated_by` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_config_key` (`plateforme`,`param_key`,`club`),
  KEY `idx_config_club` (`club`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) NOT NULL,
  `data` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `pompes` (
  `pid` int(11) NOT NULL AUTO_INCREMENT,
  `pnum` int(8) NOT NULL DEFAULT 0 COMMENT 'numéro de la pompe',
  `pdatesaisie` date NOT NULL COMMENT 'Date',
  `pdatemvt` date NOT NULL COMMENT 'Date',
  `ppilid` varchar(25) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Pilote',
  `pmacid` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Machine',
  `ptype` varchar(1) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Type d''opération',
  `pqte` decimal(8,2) NOT NULL COMMENT 'quantité en litres',
  `ppu` decimal(8,2) NOT NULL COMMENT 'prix du litre',
  `pprix` decimal(8,2) NOT NULL COMMENT 'Prix total',
  `pdesc` varchar(200) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'commentaires',
  `psaisipar` varchar(25) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Nom de l''opérateur',
  `created_by` varchar(25) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_by` varchar(25) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`pid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `preparation_cards` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL COMMENT 'Titre de la carte',
  `type` enum('html','link','iframe') NOT NULL DEFAULT 'html' COMMENT 'Type de carte',
  `html_fragment` mediumtext DEFAULT NULL COMMENT 'Snippet HTML tiers (optionnel)',
  `image_url` varchar(255) DEFAULT NULL COMMENT 'URL miniature',
  `link_url` varchar(255) DEFAULT NULL COMMENT 'URL de redirection',
  `category` varchar(128) DEFAULT NULL COMMENT 'Categorie libre',
  `display_order` int(11) NOT NULL DEFAULT 0 COMMENT 'Ordre affichage',
  `visible` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Visibilite',
  `created_at` datetime NOT NULL COMMENT 'Date creation',
  `updated_at` datetime DEFAULT NULL COMMENT 'Date mise a jour',
  PRIMARY KEY (`id`),
  KEY `idx_type` (`type`),
  KEY `idx_visible` (`visible`),
  KEY `idx_display_order` (`display_order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Cartes de preparation des vols';

CREATE TABLE `procedures` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL COMMENT 'Nom unique de la procédure',
  `title` varchar(255) NOT NULL COMMENT 'Titre affiché de la procédure',
  `description` text DEFAULT NULL COMMENT 'Description courte de la procédure',
  `markdown_file` varchar(255) DEFAULT NULL COMMENT 'Chemin vers le fichier markdown',
  `section_id` int(11) DEFAULT NULL COMMENT 'Section associée (NULL = globale)',
  `status` enum('draft','published','archived') DEFAULT 'draft' COMMENT 'Statut de la procédure',
  `version` varchar(20) DEFAULT '1.0' COMMENT 'Version de la procédure',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'Utilisateur créateur',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Date de création',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'Dernier utilisateur modificateur',
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Date de dernière modification',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_name` (`name`),
  KEY `idx_section` (`section_id`),
  KEY `idx_status` (`status`),
  KEY `idx_created_by` (`created_by`),
  CONSTRAINT `fk_procedures_section` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Gestion des procédures du club';

CREATE TABLE `public_rate_limit` (
  `ip` varchar(45) NOT NULL,
  `endpoint` varchar(50) NOT NULL,
  `attempts` int(11) NOT NULL DEFAULT 1,
  `window_start` datetime NOT NULL,
  PRIMARY KEY (`ip`,`endpoint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `reports` (
  `nom` varchar(64) NOT NULL COMMENT 'Nom du rapport',
  `titre` varchar(64) NOT NULL COMMENT 'Titre du rapport',
  `fields_list` varchar(128) NOT NULL COMMENT 'Titres des champs',
  `align` varchar(128) NOT NULL COMMENT 'Alignement des colonnes',
  `width` varchar(128) NOT NULL COMMENT 'Largeur des colonnes PDF',
  `landscape` tinyint(4) NOT NULL COMMENT 'Orientation du PDF en paysage',
  `sql` varchar(2048) NOT NULL COMMENT 'Requête sql',
  PRIMARY KEY (`nom`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC COMMENT='Rapports définis par l''utilisateur';

CREATE TABLE `reservations` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Unique reservation identifier',
  `aircraft_id` varchar(10) NOT NULL COMMENT 'Aircraft registration (macimmat from machinesa table)',
  `start_datetime` datetime NOT NULL COMMENT 'Reservation start date/time',
  `end_datetime` datetime NOT NULL COMMENT 'Reservation end date/time',
  `pilot_member_id` varchar(25) DEFAULT NULL COMMENT 'Pilot member login, optional for maintenance/unavailable (mlogin from membres table)',
  `instructor_member_id` varchar(25) DEFAULT NULL COMMENT 'Instructor member login, optional (mlogin from membres table)',
  `purpose` varchar(255) DEFAULT NULL COMMENT 'Purpose of reservation (e.g., training, cross-country)',
  `status` enum('reservation','maintenance','unavailable') DEFAULT 'reservation' COMMENT 'Reservation status',
  `notes` text DEFAULT NULL COMMENT 'Additional notes about the reservation',
  `section_id` int(11) NOT NULL COMMENT 'Section ID (from sections.id)',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the reservation',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the reservation',
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Last update timestamp',
  PRIMARY KEY (`id`),
  KEY `idx_aircraft` (`aircraft_id`),
  KEY `idx_start_datetime` (`start_datetime`),
  KEY `idx_end_datetime` (`end_datetime`),
  KEY `idx_pilot` (`pilot_member_id`),
  KEY `idx_instructor` (`instructor_member_id`),
  KEY `idx_section` (`section_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Aircraft reservations for FullCalendar booking system';

CREATE TABLE `role_permissions` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `types_roles_id` int(11) NOT NULL,
  `section_id` int(11) DEFAULT NULL,
  `controller` varchar(64) NOT NULL,
  `action` varchar(64) DEFAULT NULL,
  `permission_type` enum('view','create','edit','delete','admin') NOT NULL DEFAULT 'view',
  `created` datetime NOT NULL,
  `modified` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_role_section` (`types_roles_id`,`section_id`),
  KEY `idx_controller_action` (`controller`,`action`),
  KEY `idx_permission_lookup` (`types_roles_id`,`controller`,`action`),
  KEY `fk_role_permissions_section` (`section_id`),
  CONSTRAINT `fk_role_permissions_role` FOREIGN KEY (`types_roles_id`) REFERENCES `types_roles` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_role_permissions_section` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) NOT NULL DEFAULT 0,
  `name` varchar(30) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `tarifs` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `reference` varchar(32) NOT NULL COMMENT 'Référence du produit',
  `date` date DEFAULT NULL COMMENT 'Date d''application',
  `date_fin` date DEFAULT '2099-12-31' COMMENT 'Date de fin',
  `description` varchar(80) DEFAULT NULL COMMENT 'Description',
  `prix` decimal(8,2) NOT NULL DEFAULT 0.00 COMMENT 'Prix unitaire',
  `nb_personnes_max` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `compte` int(11) NOT NULL DEFAULT 0 COMMENT 'Numéro de compte associé',
  `saisie_par` varchar(25) NOT NULL COMMENT 'Opérateur',
  `club` tinyint(1) DEFAULT 0 COMMENT 'Gestion multi-club',
  `nb_tickets` decimal(8,2) NOT NULL DEFAULT 0.00 COMMENT 'Quantité de ticket à créditer',
  `type_ticket` int(11) DEFAULT NULL COMMENT 'Type de ticket à créditer',
  `is_cotisation` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Produit de cotisation — présenté au pilote dans UC3',
  `public` tinyint(4) DEFAULT 1 COMMENT 'Permet le filtrage sur l''impression',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `created_at` datetime DEFAULT NULL COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  `updated_at` datetime DEFAULT NULL COMMENT 'Last update timestamp',
  PRIMARY KEY (`id`),
  KEY `compte` (`compte`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `tickets` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `date` date NOT NULL COMMENT 'Date de l''opération',
  `pilote` varchar(25) NOT NULL COMMENT 'Pilote à créditer/débiter',
  `achat` int(11) DEFAULT NULL COMMENT 'Numéro de l''achat',
  `quantite` decimal(11,2) NOT NULL DEFAULT 0.00 COMMENT 'Incrément',
  `description` varchar(120) DEFAULT NULL COMMENT 'Commentaire',
  `saisie_par` varchar(25) NOT NULL COMMENT 'Opérateur',
  `club` tinyint(4) NOT NULL COMMENT 'Gestion multi-club',
  `type` int(11) NOT NULL DEFAULT 0 COMMENT 'Type de ticket',
  `vol` int(11) DEFAULT NULL COMMENT 'Vol associé',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `created_at` datetime DEFAULT NULL COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  `updated_at` datetime DEFAULT NULL COMMENT 'Last update timestamp',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC COMMENT='Tickets de remorqué ou treuillé';

CREATE TABLE `type_ticket` (
  `id` int(11) NOT NULL COMMENT 'Identifiant',
  `nom` varchar(64) NOT NULL COMMENT 'Nom',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC COMMENT='Type de tickets';

CREATE TABLE `use_new_authorization` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `created_at` datetime DEFAULT current_timestamp() COMMENT 'When user was added to migration list',
  `notes` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_autologin` (
  `key_id` char(32) NOT NULL,
  `user_id` mediumint(8) NOT NULL DEFAULT 0,
  `user_agent` varchar(150) NOT NULL,
  `last_ip` varchar(40) NOT NULL,
  `last_login` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`key_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `user_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `country` varchar(20) DEFAULT NULL,
  `website` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `user_roles_per_section` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `types_roles_id` int(11) NOT NULL,
  `section_id` int(11) DEFAULT NULL,
  `granted_by` int(11) DEFAULT NULL,
  `granted_at` datetime NOT NULL DEFAULT current_timestamp(),
  `revoked_at` datetime DEFAULT NULL,
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `types_roles_id` (`types_roles_id`),
  KEY `user_id` (`user_id`),
  KEY `section_id` (`section_id`),
  KEY `fk_user_roles_granted_by` (`granted_by`),
  KEY `idx_user_section_active` (`user_id`,`section_id`,`revoked_at`),
  CONSTRAINT `fk_user_roles_granted_by` FOREIGN KEY (`granted_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `section_id` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `types_roles_id` FOREIGN KEY (`types_roles_id`) REFERENCES `types_roles` (`id`),
  CONSTRAINT `user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_temp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password` varchar(34) NOT NULL,
  `email` varchar(100) NOT NULL,
  `activation_key` varchar(50) NOT NULL,
  `last_ip` varchar(40) NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC;

CREATE TABLE `volsa` (
  `vaid` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant du vol',
  `vadate` date NOT NULL COMMENT 'Date',
  `vapilid` varchar(25) NOT NULL COMMENT 'Pilote',
  `vamacid` varchar(10) NOT NULL COMMENT 'Machine',
  `vacdeb` decimal(8,2) NOT NULL COMMENT 'Horamètre début',
  `vacfin` decimal(8,2) NOT NULL COMMENT 'Horamètre fin',
  `vaduree` decimal(8,2) NOT NULL COMMENT 'Durée du vol',
  `vaobs` varchar(200) DEFAULT NULL COMMENT 'Observations',
  `vadc` tinyint(1) NOT NULL COMMENT 'Double commande',
  `vacategorie` tinyint(1) NOT NULL COMMENT 'Catégorie',
  `varem` tinyint(4) DEFAULT NULL COMMENT 'Remorqué',
  `vanumvi` varchar(20) DEFAULT NULL COMMENT 'Numéro du vol d''initiation',
  `vanbpax` varchar(1) DEFAULT NULL COMMENT 'Nombre de passagers',
  `vaprixvol` decimal(6,2) DEFAULT NULL COMMENT 'Prix du vol',
  `vainst` varchar(25) DEFAULT NULL COMMENT 'Instructeur',
  `valieudeco` varchar(15) DEFAULT NULL COMMENT 'Lieu de décollage',
  `valieuatt` varchar(15) DEFAULT NULL COMMENT 'Lieu d''atterrissage',
  `facture` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Facturé',
  `payeur` varchar(25) DEFAULT NULL COMMENT 'Payeur si ce n''est pas le pilote',
  `pourcentage` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Pourcentage payé par le payeur, unité = 50%',
  `club` tinyint(1) DEFAULT 0 COMMENT 'Gestion multi-club',
  `gel` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Modification interdites',
  `saisie_par` varchar(25) DEFAULT NULL COMMENT 'Planchard',
  `vaatt` int(11) NOT NULL DEFAULT 1 COMMENT 'Nombre d''atterrissages',
  `local` tinyint(4) DEFAULT 0 COMMENT 'Eloignement',
  `nuit` tinyint(4) DEFAULT 0 COMMENT 'Vol de nuit',
  `reappro` tinyint(4) DEFAULT 0 COMMENT 'Ravitaillement',
  `essence` int(11) DEFAULT 0 COMMENT 'Quantité d''essence',
  `vahdeb` decimal(4,2) NOT NULL COMMENT 'Heure de décollage',
  `vahfin` decimal(4,2) NOT NULL COMMENT 'Heure d''atterrissage',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `created_at` datetime DEFAULT NULL COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  `updated_at` datetime DEFAULT NULL COMMENT 'Last update timestamp',
  PRIMARY KEY (`vaid`),
  KEY `vapilid` (`vapilid`),
  KEY `vamacid` (`vamacid`),
  KEY `saisie_par` (`saisie_par`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `volsp` (
  `vpid` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `vpdate` date NOT NULL COMMENT 'Date du vol',
  `vppilid` varchar(25) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL COMMENT 'Pilote',
  `vpmacid` varchar(10) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL COMMENT 'Planeur',
  `vpcdeb` decimal(4,2) NOT NULL COMMENT 'Heure début',
  `vpcfin` decimal(4,2) NOT NULL COMMENT 'Heure fin',
  `vpduree` decimal(8,2) NOT NULL COMMENT 'Durée en minutes',
  `vpobs` varchar(200) DEFAULT NULL COMMENT 'Observations',
  `vpdc` tinyint(1) NOT NULL COMMENT 'Double commande',
  `vpcategorie` tinyint(1) NOT NULL COMMENT 'Catégorie',
  `vpautonome` tinyint(4) DEFAULT 3 COMMENT 'Lancement',
  `vpnumvi` varchar(20) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL COMMENT 'Numéro de VI',
  `vpnbkm` int(11) DEFAULT 0 COMMENT 'Nombre de Km',
  `vplieudeco` varchar(15) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL COMMENT 'Lieu de décollage',
  `vplieuatt` varchar(15) DEFAULT NULL COMMENT 'Lieu d''atterrissage',
  `vpaltrem` int(11) DEFAULT 500 COMMENT 'Altitude de remorquage',
  `vpinst` varchar(25) DEFAULT NULL COMMENT 'Instructeur',
  `facture` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Vrai quand le vol a été facturé',
  `payeur` varchar(25) DEFAULT NULL COMMENT 'Payeur du vol quand ce n''est pas le pilote',
  `pourcentage` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Pourcentage du vol pour le payeur, unité = 50%',
  `club` tinyint(1) DEFAULT 0 COMMENT 'Gestion multi-club',
  `saisie_par` varchar(25) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL COMMENT 'Planchard',
  `remorqueur` varchar(10) DEFAULT NULL COMMENT 'Avion remorqueur',
  `pilote_remorqueur` varchar(25) DEFAULT NULL COMMENT 'Pilote remorqueur',
  `tempmoteur` decimal(6,2) DEFAULT 0.00 COMMENT 'Temps moteur',
  `reappro` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Ravitaillement',
  `essence` int(11) DEFAULT 0,
  `vpticcolle` tinyint(1) NOT NULL COMMENT 'Si ticket collé ou pas',
  `created_by` varchar(25) DEFAULT NULL COMMENT 'User who created the row',
  `created_at` datetime DEFAULT NULL COMMENT 'Creation timestamp',
  `updated_by` varchar(25) DEFAULT NULL COMMENT 'User who last updated the row',
  `updated_at` datetime DEFAULT NULL COMMENT 'Last update timestamp',
  PRIMARY KEY (`vpid`),
  KEY `saisie_par` (`saisie_par`),
  KEY `pilote_remorqueur` (`pilote_remorqueur`),
  KEY `remorqueur` (`remorqueur`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci ROW_FORMAT=DYNAMIC;


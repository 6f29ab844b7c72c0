-- Sepulture (Ville de Marche-en-Famenne): patrimonial inventory of cemeteries, graves and the deceased
-- Upstream: github.com/acmarche/sepulture, commit 1faca0b74b06835f95ce1981be4a1437db63a73f (MIT, composer.json)
-- Written by hand from the Doctrine ORM attribute mappings in src/Entity/*.php (DefaultNamingStrategy, Knp
-- DoctrineBehaviors Timestampable/Sluggable columns appended); all 16 entities and 3 join tables.

CREATE TABLE `users` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `email` VARCHAR(180) NOT NULL,
  `roles` JSON DEFAULT NULL,
  `password` VARCHAR(255) NOT NULL,
  `salt` VARCHAR(255) DEFAULT NULL,
  `nom` VARCHAR(100) DEFAULT NULL,
  `prenom` VARCHAR(100) DEFAULT NULL,
  `confirmation_token` VARCHAR(180) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_users_email` (`email`),
  UNIQUE KEY `UNIQ_users_confirmation_token` (`confirmation_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cimetieres` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `nom` VARCHAR(150) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `planName` VARCHAR(255) DEFAULT NULL,
  `imageName` VARCHAR(255) DEFAULT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_cimetieres_nom` (`nom`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Document` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `fileName` VARCHAR(120) NOT NULL,
  `mime` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME DEFAULT NULL,
  `updatedAt` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ossuaire` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `nom` VARCHAR(180) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `cimetiere_id` INT DEFAULT NULL,
  `document_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_ossuaire_cimetiere_id` (`cimetiere_id`),
  KEY `IDX_ossuaire_document_id` (`document_id`),
  CONSTRAINT `FK_ossuaire_cimetiere` FOREIGN KEY (`cimetiere_id`) REFERENCES `cimetieres` (`id`),
  CONSTRAINT `FK_ossuaire_document` FOREIGN KEY (`document_id`) REFERENCES `Document` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visuel` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `nom` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legal` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `nom` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `materiaux` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `nom` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `types` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `nom` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sihl` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `nom` VARCHAR(150) NOT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sepultures` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `parcelle` VARCHAR(100) NOT NULL,
  `cimetiere_id` INT DEFAULT NULL,
  `statut` VARCHAR(255) DEFAULT NULL COMMENT 'finis, a relire, erreurs..',
  `statutSih` INT DEFAULT NULL,
  `type_autre` VARCHAR(255) DEFAULT NULL COMMENT 'autre type',
  `visuel_id` INT DEFAULT NULL,
  `legal_id` INT DEFAULT NULL,
  `materiaux_autre` VARCHAR(255) DEFAULT NULL COMMENT 'autre materiaux',
  `description` LONGTEXT DEFAULT NULL,
  `description_autre` LONGTEXT DEFAULT NULL,
  `aspect_visuel` VARCHAR(200) DEFAULT NULL COMMENT 'bon,moyen,ruine...',
  `aspect_legal` VARCHAR(200) DEFAULT NULL COMMENT 'bon,moyen,ruine...',
  `symbole` LONGTEXT DEFAULT NULL COMMENT 'epis,fleur,franc-macon...',
  `epitaphe` LONGTEXT DEFAULT NULL COMMENT 'et devises',
  `architectural` LONGTEXT DEFAULT NULL COMMENT 'interet historique',
  `sociale` LONGTEXT DEFAULT NULL COMMENT 'fonction sociale',
  `sociale_check` TINYINT(1) DEFAULT NULL COMMENT 'inscription mise ou pas',
  `combattant14` TINYINT(1) DEFAULT NULL COMMENT 'ancien combattant 14-18',
  `combattant40` TINYINT(1) DEFAULT NULL COMMENT 'ancien combattant 40-45',
  `contact` LONGTEXT DEFAULT NULL,
  `annee_releve` INT DEFAULT NULL,
  `guerre` TINYINT(1) DEFAULT NULL COMMENT '1er immu avant 45',
  `rw_statut` LONGTEXT DEFAULT NULL,
  `rw_commentaire` LONGTEXT DEFAULT NULL,
  `url` VARCHAR(255) DEFAULT NULL COMMENT 'genealogie',
  `user_add` INT NOT NULL,
  `user` VARCHAR(255) DEFAULT NULL,
  `ossuaire_id` INT DEFAULT NULL,
  `createdAt` DATETIME DEFAULT NULL,
  `updatedAt` DATETIME DEFAULT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_sepultures_parcelle` (`parcelle`),
  KEY `IDX_sepultures_cimetiere_id` (`cimetiere_id`),
  KEY `IDX_sepultures_visuel_id` (`visuel_id`),
  KEY `IDX_sepultures_legal_id` (`legal_id`),
  KEY `IDX_sepultures_user_add` (`user_add`),
  KEY `IDX_sepultures_ossuaire_id` (`ossuaire_id`),
  CONSTRAINT `FK_sepultures_cimetiere` FOREIGN KEY (`cimetiere_id`) REFERENCES `cimetieres` (`id`),
  CONSTRAINT `FK_sepultures_visuel` FOREIGN KEY (`visuel_id`) REFERENCES `visuel` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_sepultures_legal` FOREIGN KEY (`legal_id`) REFERENCES `legal` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_sepultures_user_add` FOREIGN KEY (`user_add`) REFERENCES `users` (`id`),
  CONSTRAINT `FK_sepultures_ossuaire` FOREIGN KEY (`ossuaire_id`) REFERENCES `ossuaire` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sepultures_types` (
  `sepulture_id` INT NOT NULL,
  `typesepulture_id` INT NOT NULL,
  PRIMARY KEY (`sepulture_id`, `typesepulture_id`),
  KEY `IDX_sepultures_types_typesepulture_id` (`typesepulture_id`),
  CONSTRAINT `FK_sepultures_types_sepulture` FOREIGN KEY (`sepulture_id`) REFERENCES `sepultures` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_sepultures_types_type` FOREIGN KEY (`typesepulture_id`) REFERENCES `types` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sepultures_sihls` (
  `sepulture_id` INT NOT NULL,
  `sihl_id` INT NOT NULL,
  PRIMARY KEY (`sepulture_id`, `sihl_id`),
  KEY `IDX_sepultures_sihls_sihl_id` (`sihl_id`),
  CONSTRAINT `FK_sepultures_sihls_sepulture` FOREIGN KEY (`sepulture_id`) REFERENCES `sepultures` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_sepultures_sihls_sihl` FOREIGN KEY (`sihl_id`) REFERENCES `sihl` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sepulture_materiaux` (
  `sepulture_id` INT NOT NULL,
  `materiaux_id` INT NOT NULL,
  PRIMARY KEY (`sepulture_id`, `materiaux_id`),
  KEY `IDX_sepulture_materiaux_materiaux_id` (`materiaux_id`),
  CONSTRAINT `FK_sepulture_materiaux_sepulture` FOREIGN KEY (`sepulture_id`) REFERENCES `sepultures` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_sepulture_materiaux_materiaux` FOREIGN KEY (`materiaux_id`) REFERENCES `materiaux` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `defunts` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `nom` VARCHAR(150) NOT NULL COMMENT 'patronyme',
  `prenom` VARCHAR(150) DEFAULT NULL COMMENT 'prenom du mort',
  `fonction` VARCHAR(255) DEFAULT NULL COMMENT 'fonction social',
  `birthday` VARCHAR(120) DEFAULT NULL COMMENT 'date anniversaire',
  `date_deces` VARCHAR(120) DEFAULT NULL COMMENT 'date de mort',
  `lieu_naissance` VARCHAR(255) DEFAULT NULL COMMENT 'ne ou',
  `lieu_deces` VARCHAR(255) DEFAULT NULL COMMENT 'mort ou',
  `sepulture_id` INT DEFAULT NULL,
  `user_add` INT NOT NULL,
  `user` VARCHAR(255) DEFAULT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `createdAt` DATETIME DEFAULT NULL,
  `updatedAt` DATETIME DEFAULT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_defunts_sepulture_id` (`sepulture_id`),
  KEY `IDX_defunts_user_add` (`user_add`),
  CONSTRAINT `FK_defunts_sepulture` FOREIGN KEY (`sepulture_id`) REFERENCES `sepultures` (`id`),
  CONSTRAINT `FK_defunts_user_add` FOREIGN KEY (`user_add`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commentaire` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `nom` VARCHAR(150) NOT NULL,
  `email` VARCHAR(150) NOT NULL,
  `remarques` LONGTEXT NOT NULL,
  `sepulture_id` INT NOT NULL,
  `createdAt` DATETIME DEFAULT NULL,
  `updatedAt` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_commentaire_sepulture_id` (`sepulture_id`),
  CONSTRAINT `FK_commentaire_sepulture` FOREIGN KEY (`sepulture_id`) REFERENCES `sepultures` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `sepulture_id` INT DEFAULT NULL,
  `made_by` VARCHAR(255) DEFAULT NULL,
  `property` VARCHAR(255) DEFAULT NULL,
  `old_value` VARCHAR(255) DEFAULT NULL,
  `new_value` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME DEFAULT NULL,
  `updatedAt` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_history_sepulture_id` (`sepulture_id`),
  CONSTRAINT `FK_history_sepulture` FOREIGN KEY (`sepulture_id`) REFERENCES `sepultures` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ContactRw` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `gestionnaire` VARCHAR(150) NOT NULL,
  `adresse` VARCHAR(200) NOT NULL,
  `codeIns` VARCHAR(50) NOT NULL,
  `nom` VARCHAR(150) NOT NULL,
  `email` VARCHAR(100) DEFAULT NULL,
  `telephone` VARCHAR(100) DEFAULT NULL,
  `dateRapport` DATE NOT NULL,
  `dateExpiration` DATE NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `titre` VARCHAR(255) NOT NULL,
  `contenu` LONGTEXT NOT NULL,
  `imageName` VARCHAR(255) DEFAULT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preference` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `nom` VARCHAR(255) NOT NULL,
  `clef` VARCHAR(255) NOT NULL,
  `valeur` LONGTEXT NOT NULL,
  `username` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

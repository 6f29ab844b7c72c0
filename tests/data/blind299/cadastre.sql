-- QGIS "cadastre" plugin (3Liz; imports the French DGFiP cadastral files — MAJIC property-tax and owner files and
-- EDIGEO plan — into PostGIS or Spatialite for French municipalities and their groupings), its business schema:
-- github.com/3liz/QgisCadastrePlugin `cadastre/scripts/plugin/commun_create_metier.sql` (+ the columns that
-- `edigeo_ajout_champs_parcelle_info_majic.sql` adds to `parcelle_info`, and the primary keys of
-- `commun_creation_contraintes.sql`; its foreign keys are all commented out upstream), commit
-- 431055f0d02cdb0976ff82b5a10892ac6c2c94e8 (GPL-2.0).
-- Written as MySQL/MariaDB by a script: column names, order and comments as upstream; `${PREFIXE}` removed;
-- text -> text except primary-key columns (text -> varchar(255), since a MySQL key needs a length),
-- character varying -> text, serial -> int (AUTO_INCREMENT where it is the primary key), numeric -> decimal(65,30),
-- `AddGeometryColumn(..., 'geom', ...)` -> a trailing `geom` geometry column. The column `Janbil` of
-- `pevexoneration` is kept as written upstream (PostgreSQL folds it to `janbil`). Kept: 40 of 122 tables
-- (see cadastre.md for what was left out).
SET NAMES utf8mb4;

CREATE TABLE `prop` (
  `tmp` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topo` (
  `ogc_fid` int NOT NULL,
  `code_topo` text,
  `nature_de_voie` text,
  `libelle` text,
  `type_commune_actuel_r_ou_n` text,
  `type_commune_fip_r_ou_nfip` text,
  `rur_actuel` text,
  `rur_fip` text,
  `caractere_voie` text,
  `annulation` text,
  `date_annulation` text,
  `date_creation_de_article` text,
  `type_voie` text,
  `mot_classant` text,
  `date_derniere_transition` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parcelle` (
  `parcelle` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'Code département - ',
  `ccodir` text COMMENT 'Code direction - ',
  `ccocom` text COMMENT 'Code commune INSEE ou DGI d’arrondissement - ',
  `ccopre` text COMMENT 'Préfixe de section ou quartier servi pour les communes associées. - ',
  `ccosec` text COMMENT 'Section cadastrale - ',
  `dnupla` text COMMENT 'Numéro de plan - ',
  `dcntpa` int COMMENT 'Contenance de la parcelle - en centiares',
  `dsrpar` text COMMENT 'Lettre de série-role - INDISPONIBLE depuis 2018',
  `dnupro` text COMMENT 'Compte communal du propriétaire de la parcelle - ',
  `comptecommunal` text,
  `jdatat` text COMMENT 'Date de l acte - jjmmaaaa',
  `dreflf` text COMMENT 'Référence au Livre Foncier en Alsace-Moselle - ',
  `gpdl` text COMMENT 'Indicateur d’appartenance à pdl Identifiant de la pdl - cf. détail supra si gpdl =2',
  `cprsecr` text COMMENT 'Préfixe de la parcelle de référence - ',
  `ccosecr` text COMMENT 'Section de la parcelle de référence - ',
  `dnuplar` text COMMENT 'N° de plan de la parcelle de référence - ',
  `dnupdl` text COMMENT 'Numéro d’ordre de la pdl - en général, 001',
  `pdl` text,
  `gurbpa` text COMMENT 'Caractère Urbain de la parcelle - U, * ou blanc',
  `dparpi` text COMMENT 'Numéro de parcelle primitive - ',
  `ccoarp` text COMMENT 'Indicateur d’arpentage - A ou blanc',
  `gparnf` text COMMENT 'Indicateur de parcelle non figurée au plan - 1 = figurée, 0 = non figurée',
  `gparbat` text COMMENT 'Indicateur de parcelle référençant un bâtiment - 1 = oui, sinon 0',
  `parrev` text COMMENT 'Info de la révision - INDISPONIBLE',
  `gpardp` text COMMENT 'parcelle n''appartenant pas au domaine public - INDISPONIBLE',
  `fviti` text COMMENT 'parcelle au casier viticole  Adresse de la parcelle - INDISPONIBLE',
  `dnvoiri` text COMMENT 'Numéro de voirie - ',
  `dindic` text COMMENT 'Indice de répétition - ',
  `ccovoi` text COMMENT 'Code Majic2 de la voie - ',
  `ccoriv` text COMMENT 'Code Rivoli de la voie - ',
  `voie` text,
  `ccocif` text COMMENT 'Code du cdif (code topad) - ',
  `ccpper` text COMMENT 'Code de la trésorerie (code TOPAD) - ',
  `gpafpd` text COMMENT 'Domanialité, représentation au plan - INDISPONIBLE',
  `ajoutcoherence` text,
  `cconvo` text COMMENT 'Code nature de la voie',
  `dvoilib` text COMMENT 'Libellé de la voie',
  `ccocomm` text COMMENT 'Code INSEE de la commune de la parcelle mère',
  `ccoprem` text COMMENT 'Code du préfixe de section de la parcelle mère',
  `ccosecm` text COMMENT 'Code section de la parcelle mère',
  `dnuplam` text COMMENT 'Numéro de plan de la parcelle mère',
  `parcellefiliation` text COMMENT 'Parcelle en filiation',
  `type_filiation` text COMMENT 'Type de filiation (D, R, T ou blanc)',
  `ccoifp` int COMMENT 'Code IFP',
  `inspireid` text,
  `lot` text,
  PRIMARY KEY (`parcelle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article descriptif de parcelle';

CREATE TABLE `suf` (
  `suf` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'Code département - ',
  `ccodir` text COMMENT 'Code direction - ',
  `ccocom` text COMMENT 'Code commune INSEE ou DGI d’arrondissement - ',
  `ccopre` text COMMENT 'Préfixe de section ou quartier servi pour les communes associées - ',
  `ccosec` text COMMENT 'Section cadastrale - ',
  `dnupla` text COMMENT 'Numéro de plan - ',
  `parcelle` text,
  `ccosub` text COMMENT 'Lettres indicatives de suf - ',
  `dcntsf` int COMMENT 'Contenance de la suf - en centiares',
  `dnupro` text COMMENT 'Compte communal du propriétaire de la suf - ',
  `comptecommunal` text,
  `gnexps` text COMMENT 'Code exonération permanente - ep cd cr dr ni rt',
  `drcsub` decimal(10,2) COMMENT 'Revenu cadastral en valeur actualise référence 1980 - Exprimé Euros',
  `drcsuba` decimal(10,2) COMMENT 'Revenu cadastral revalorisé en valeur du 01-01 de l’année - Exprimé en Euros',
  `ccostn` text COMMENT 'Série-tarif - A à Z, sauf I,O,Q',
  `cgrnum` text COMMENT 'Groupe de nature de culture - 01 à 13',
  `dsgrpf` text COMMENT 'Sous-groupe alphabétique - ',
  `dclssf` text COMMENT 'Classe dans le groupe et la série-tarif - ',
  `cnatsp` text COMMENT 'code nature de culture spéciale - ',
  `drgpos` text COMMENT 'Top terrain constructible Liaison avec un lot de pdl - « 0 » ou « 1 » ',
  `ccoprel` text COMMENT 'Préfixe de la parcelle identifiant le lot - ',
  `ccosecl` text COMMENT 'Section de la parcelle identifiant le lot - ',
  `dnuplal` text COMMENT 'N° de plan de la parcelle de référence - ',
  `dnupdl` text COMMENT 'Numéro d ordre de la pdl - en général, 001',
  `pdl` text,
  `dnulot` text COMMENT 'Numéro du lot - Le lot de BND se présente sous la forme 00Axxxx - ',
  `rclsi` text COMMENT 'Données classement révisé - INDISPONIBLE',
  `gnidom` text COMMENT 'Indicateur de suf non imposable - * ou blanc',
  `topja` text COMMENT 'Indicateur jeune agriculteur - J ou blanc',
  `datja` text COMMENT 'Date d’installation jeune agriculteur - peut être servie si topja = J',
  `postel` text COMMENT 'Indicateur de bien appartenant à la Poste - X ou blanc',
  `ccortar` int COMMENT 'Code commune origine du tarif',
  `lot` text,
  PRIMARY KEY (`suf`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article descriptif de suf';

CREATE TABLE `sufexoneration` (
  `sufexoneration` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'Code département - ',
  `ccodir` text COMMENT 'Code direction - ',
  `ccocom` text COMMENT 'Code commune INSEE ou DGI d’arrondissement - ',
  `ccopre` text COMMENT 'Préfixe de section ou quartier servi pour les communes associées - ',
  `ccosec` text COMMENT 'Section cadastrale - ',
  `dnupla` text COMMENT 'Numéro de plan - ',
  `ccosub` text COMMENT 'Lettres indicatives de suf - ',
  `suf` text,
  `rnuexn` text COMMENT 'Numéro d ordre d’exonération temporaire - 01 à 04',
  `vecexn` decimal(10,2) COMMENT 'Montant de VL sur lequel porte l’exonération - en Euros',
  `ccolloc` text COMMENT 'Collectivité accordant l’exonération - TC, C, R d OU GC',
  `pexn` int COMMENT 'Pourcentage d’exonération - 100',
  `gnexts` text COMMENT 'Code d’exonération temporaire - TA TR NO PB PP PR PF ER TU OL HP HR ou NA',
  `jandeb` text COMMENT 'Année de début d’exonération - à blanc',
  `jfinex` text COMMENT 'Année de retour à imposition - à blanc',
  `fcexn` text COMMENT 'Fraction de vecsuf exonérée - INDISPONIBLE',
  `fcexna` text COMMENT 'fcexn en année N - INDISPONIBLE',
  `rcexna` text COMMENT 'revenu (4/5 fcexna) correspondant - INDISPONIBLE',
  `rcexnba` decimal(10,2) COMMENT 'Revenu cadastral exonéré, en valeur de l’année - Exprimé en Euros',
  `mpexnba` text COMMENT 'Fraction majo TC exonérée, en valeur de l’année - INDISPONIBLE',
  `lot` text,
  PRIMARY KEY (`sufexoneration`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article exonération de suf';

CREATE TABLE `suftaxation` (
  `suftaxation` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'Code département - ',
  `ccodir` text COMMENT 'Code direction - ',
  `ccocom` text COMMENT 'Code commune INSEE ou DGI d’arrondissement - ',
  `ccopre` text COMMENT 'Préfixe de section ou quartier servi pour les communes associées - ',
  `ccosec` text COMMENT 'Section cadastrale - ',
  `dnupla` text COMMENT 'Numéro de plan - ',
  `ccosub` text COMMENT 'Lettres indicatives de suf - ',
  `suf` text,
  `c1majposa` decimal(10,2) COMMENT 'c1 - Montant de la majoration terrain constructible. Servi pour la part communale. Toujours à zéro pour autres collectivités. - exprimé en Euros',
  `c1bisufad` decimal(10,2) COMMENT 'c1 - Base d’imposition de la suf en valeur de l’année - exprimé en Euros',
  `c2majposa` decimal(10,2) COMMENT 'c2 - Montant de la majoration terrain constructible. Servi pour la part communale. Toujours à zéro pour autres collectivités. - exprimé en Euros',
  `c2bisufad` decimal(10,2) COMMENT 'c2 - Base d’imposition de la suf en valeur de l’année - exprimé en Euros',
  `c3majposa` decimal(10,2) COMMENT 'c3 - Montant de la majoration terrain constructible. Servi pour la part communale. Toujours à zéro pour autres collectivités. - exprimé en Euros',
  `c3bisufad` decimal(10,2) COMMENT 'c3 - Base d’imposition de la suf en valeur de l’année - exprimé en Euros',
  `c4majposa` decimal(10,2) COMMENT 'c4 - Montant de la majoration terrain constructible. Servi pour la part communale. Toujours à zéro pour autres collectivités. - exprimé en Euros',
  `c4bisufad` decimal(10,2) COMMENT 'c4 - Base d’imposition de la suf en valeur de l’année - exprimé en Euros',
  `cntmajtc` int COMMENT 'Nouvelle contenance suf pour calcul majorationn TC',
  `majposca` decimal(10,2) COMMENT 'Majoration TC pour les chambres d’agriculture, exprimé en centimes d’Euros (à partir de 2014)',
  `lot` text,
  PRIMARY KEY (`suftaxation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article taxation de suf';

CREATE TABLE `local00` (
  `local00` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'code département - ',
  `ccodir` text COMMENT 'code direction - ',
  `ccocom` text COMMENT 'code commune INSEE - ',
  `invar` text COMMENT 'numéro invariant - ',
  `ccopre` text COMMENT 'préfixe de section ou quartier servi pour les communes associées, - ',
  `ccosec` text COMMENT 'lettres de section - ',
  `dnupla` text COMMENT 'numéro de plan - ',
  `parcelle` text,
  `dnubat` text COMMENT 'lettre de bâtiment - ',
  `descr` text COMMENT 'numéro d’entrée - ',
  `dniv` text COMMENT 'niveau étage - ',
  `dpor` text COMMENT 'numéro de local - ',
  `ccoriv` text COMMENT 'Code Rivoli de la voie - ',
  `voie` text,
  `ccovoi` text COMMENT 'Code Majic2 de la voie - ',
  `dnvoiri` text COMMENT 'Numéro de voirie - ',
  `dindic` text COMMENT 'indice de répétition - ',
  `ccocif` text COMMENT 'code du cdi/cdif (code topad) - ',
  `dvoilib` text COMMENT 'libelle de la voie - ',
  `cleinvar` text COMMENT 'clé alpha no invariant - ',
  `assietf` text COMMENT 'Code SAGES du service gestionnaire de la taxe foncière',
  `ccpper` text COMMENT 'Code de trésorerie gestionnaire - ',
  `locinc` text COMMENT 'code local sans évaluation - INDISPONIBLE',
  `codique` text COMMENT 'Code codique du service de recouvrement de la TF',
  `lot` text,
  PRIMARY KEY (`local00`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article identifiant du local';

CREATE TABLE `local10` (
  `local10` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'code département - ',
  `ccodir` text COMMENT 'code direction - ',
  `ccocom` text COMMENT 'code commune INSEE - ',
  `invar` text COMMENT 'numéro invariant - ',
  `local00` text,
  `ccopre` text,
  `ccosec` text,
  `dnupla` text,
  `parcelle` text,
  `ccoriv` text,
  `voie` text,
  `ccovoi` text,
  `dnvoiri` text,
  `gpdl` text COMMENT 'indicateur d’appartenance à un lot de pdl - 1 = oui, sinon 0',
  `dsrpar` text COMMENT 'lettre de série rôle - INDISPONIBLE',
  `dnupro` text COMMENT 'compte communal de propriétaire - ',
  `comptecommunal` text,
  `jdatat` text COMMENT 'date d’acte de mutation - jjmmaaaa',
  `dnufnl` text COMMENT 'compte communal de fonctionnaire logé - redevable de la tom',
  `ccoeva` text COMMENT 'code évaluation - A B C D E T tableau 2.3.1',
  `ccitlv` text COMMENT 'local imposable à la taxe sur les locaux vacants - indisponible',
  `dteloc` text COMMENT 'type de local - 1 à 8 tableau 2.3.2',
  `gtauom` text COMMENT 'zone de ramassage des ordures ménagères - P RA RB RC RD ou blanc',
  `dcomrd` text COMMENT 'Pourcentage de réduction sur tom - ',
  `ccoplc` text COMMENT 'Code de construction particulière - R U V W X Y Z ou blanc tabl. 2.3.3',
  `cconlc` text COMMENT 'Code nature de local - voir tableau 2.3.4',
  `dvltrt` int COMMENT 'Valeur locative totale retenue pour le local - ',
  `ccoape` text COMMENT 'Code NAF pour les locaux professionnels - ',
  `cc48lc` text COMMENT 'Catégorie de loi de 48 - ',
  `dloy48a` int COMMENT 'Loyer de 48 en valeur de l’année - ',
  `top48a` text COMMENT 'top taxation indiquant si la pev est impose au loyer ou a la vl - 1 = loyer o = vl',
  `dnatlc` text COMMENT 'Nature d occupation - A P V L T D tableau 2.3.6. ATTENTION: donnée plus restituée à compter du millésime 2025',
  `dnupas` text COMMENT 'no passerelle TH/TP - INDISPONIBLE',
  `gnexcf` text COMMENT 'code nature exo ecf - INDISPONIBLE',
  `dtaucf` text COMMENT 'taux exo ecf - INDISPONIBLE',
  `cchpr` text COMMENT 'Top indiquant une mutation propriétaire - * ou blanc',
  `jannat` text COMMENT 'Année de construction - ',
  `dnbniv` text COMMENT 'Nombre de niveaux de la construction - ',
  `hlmsem` text COMMENT 'Local appartenant à hlm ou sem - 5 = hlm, 6 = sem, sinon blanc',
  `postel` text COMMENT 'Local de Poste ou France Telecom - X, Y, Z, ou blanc ',
  `dnatcg` text COMMENT 'Code nature du changement d’évaluation (depuis 2013)',
  `jdatcgl` text COMMENT 'Date changement évaluation - JJMMSSAA (Depuis 2013)',
  `dnutbx` text COMMENT 'no gestionnaire déclarant taxe bureaux - INDISPONIBLE',
  `dvltla` text COMMENT 'VL totale du local actualisée - INDISPONIBLE',
  `janloc` text COMMENT 'Année de création du local - INDISPONIBLE',
  `ccsloc` text COMMENT 'Code cause création du local - INDISPONIBLE',
  `fburx` int COMMENT 'Indicateur présence bureaux - INDISPONIBLE',
  `gimtom` text COMMENT 'Indicateur imposition OM exploitable à partir de 2002  - D, E, V ou blanc',
  `cbtabt` text COMMENT 'Code exonération HLM zone sensible - ZS, ZT ou blanc',
  `jdtabt` text COMMENT 'Année début d’exonération ZS - ',
  `jrtabt` text COMMENT 'Année fin d’exonération ZS - ',
  `jacloc` text COMMENT 'Année d’achèvement du local - INDISPONIBLE',
  `cconac` text COMMENT 'Code NACE pour les locaux professionnels',
  `toprev` text COMMENT 'Top local révisé. 0 si non révisé, 1 si révisé.',
  `ccoifp` int COMMENT 'Code IFP',
  `lot` text,
  PRIMARY KEY (`local10`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article identifiant du local';

CREATE TABLE `pev` (
  `pev` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'Code département - ',
  `ccodir` text COMMENT 'Code direction - ',
  `ccocom` text COMMENT 'Code commune INSEE - ',
  `invar` text COMMENT 'Numéro invariant - ',
  `local10` text,
  `dnupev` text COMMENT 'Numéro de pev - ',
  `ccoaff` text COMMENT 'Affectation de la pev - H P L S K tableau 2.3.7',
  `ccostb` text COMMENT 'lettre de série tarif bâtie ou secteur locatif - A à Z sauf',
  `dcapec` text COMMENT 'Catégorie - Commentaires 2.2.3',
  `dcetlc` decimal(3,2) COMMENT 'Coefficient d entretien - 9V99',
  `dcsplc` text COMMENT 'Coefficient de situation particulière - S9V99 - INDISPONIBLE',
  `dsupot` int COMMENT 'Surface pondérée - Présence non systématique',
  `dvlper` int COMMENT 'Valeur locative de la pev, en valeur de référence (1970) sauf pour les établissements de code évaluation A - ',
  `dvlpera` int COMMENT 'Valeur locative de la pev, en valeur de l’année - ',
  `gnexpl` text COMMENT 'Nature d’exonération permanente - Gérée dans pour les tableau 2.3.8',
  `libocc` text COMMENT 'nom de l occupant INDISPONIBLE - ',
  `ccthp` text COMMENT 'Code occupation à la Th ou à la TP - ',
  `retimp` text COMMENT 'Top : retour partiel ou total à imposition - ',
  `dnuref` text COMMENT 'Numéro de local type - ',
  `rclsst` text COMMENT 'Données reclassement - INDISPONIBLE',
  `gnidom` text COMMENT 'Top : pev non imposable (Dom) - ',
  `dcsglc` text COMMENT 'Coefficient de situation générale - S9V99',
  `ccogrb` text COMMENT 'Code groupe bâti révisé - INDISPONIBLE',
  `cocdi` text COMMENT 'Code cdi topad - INDISPONIBLE',
  `cosatp` text COMMENT 'Code service topad - INDISPONIBLE',
  `gsatp` text COMMENT 'Nature service gérant tp - INDISPONIBLE',
  `clocv` text COMMENT 'Indicateur local vacant - INDISPONIBLE',
  `dvltpe` int COMMENT 'VL TOTALE DE LA PEV MAJIC2 - ',
  `dcralc` text COMMENT 'correctif d’ascenseur - format S9V99 - INDISPONIBLE',
  `dcsplca` text COMMENT 'Coefficient de situation particulière',
  `dcsglca` text COMMENT 'Coefficient de situation générale',
  `dcralca` text COMMENT 'Correctif d’ascenseur',
  `topcn` int COMMENT 'Top construction nouvelle (à partir de 2013)',
  `tpevtieom` int COMMENT 'Top Local passible de la TEOM (à partir de 2013)',
  `ccocac` text COMMENT 'Code catégorie du local',
  `dnutrf` text COMMENT 'Secteur révisé',
  `dcfloc` int COMMENT 'Coefficient de localisation',
  `ccortar` int COMMENT 'Code commune origine du tarif',
  `ccorvl` text COMMENT 'Code réduction du local',
  `dtaurv` int COMMENT 'Taux de réduction',
  `dcmloc` int COMMENT 'Coefficient de modulation du local',
  `jancmp` text COMMENT 'Année de début de compensation',
  `lot` text,
  PRIMARY KEY (`pev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article descriptif de pev';

CREATE TABLE `pevexoneration` (
  `pevexoneration` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'Code département - ',
  `ccodir` text COMMENT 'Code direction - ',
  `ccocom` text COMMENT 'Code commune INSEE - ',
  `invar` text COMMENT 'Numéro invariant - ',
  `Janbil` text COMMENT 'Année d’immobilisation - servie pour ets. industriels',
  `dnupev` text COMMENT 'Numéro de pev - ',
  `pev` text,
  `dnuexb` text COMMENT 'Numéro d’ordre de l’article - 001 à 015',
  `ccolloc` text COMMENT 'Code de collectivité locale accordant l’exonération - C D R TC tableau 2.3.9',
  `pexb` decimal(5,2) COMMENT 'Taux d’exonération accordée - 999V99',
  `gnextl` text COMMENT 'Nature d’exonération temporaire (et permanente pour ets. Industriels) - tableau des codes 2.3.10 et 2.3.8',
  `jandeb` text COMMENT 'année de début d’exonération - ',
  `janimp` text COMMENT 'année de retour à imposition - ',
  `vecdif` text COMMENT 'montant saisi de l’EC bénéficiant exo - INDISPONIBLE',
  `vecdifa` text COMMENT 'vecdif multiplié par coeff - INDISPONIBLE',
  `fcexb` text COMMENT 'Fraction EC exonérée - INDISPONIBLE',
  `fcexba` text COMMENT 'fcexb multiplié par coeff - INDISPONIBLE',
  `rcexba` text COMMENT 'revenu cadastral exonéré - INDISPONIBLE',
  `dvldif2` int COMMENT 'Montant de VL exonérée (valeur 70) - ',
  `dvldif2a` int COMMENT 'Montant de VL exonérée (valeur de l’année) - ',
  `fcexb2` int COMMENT 'Fraction de VL exonérée (valeur 70) - ',
  `fcexba2` int COMMENT 'Fraction de VL exonérée (valeur de l’année) - ',
  `rcexba2` int COMMENT 'Revenu cadastral exonéré (valeur de l’année) - ',
  `valplaf` text COMMENT 'Montant du planchonnement sur la base exonérée neutralisée',
  `lot` text,
  PRIMARY KEY (`pevexoneration`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article exonération de pev imposable';

CREATE TABLE `pevtaxation` (
  `pevtaxation` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'Code département - ',
  `ccodir` text COMMENT 'Code direction - ',
  `ccocom` text COMMENT 'Code commune INSEE - ',
  `invar` text COMMENT 'Numéro invariant - ',
  `janbil` text COMMENT 'Année d’immobilisation - High value pour ets. Industriels',
  `dnupev` text COMMENT 'Numéro de pev - ',
  `pev` text,
  `co_vlbai` int COMMENT 'Commune - Part de VL imposée (valeur70) - ',
  `co_vlbaia` int COMMENT 'Commune - Part de VL imposée (valeur de l’année) - ',
  `co_bipevla` int COMMENT 'Commune - Base d’imposition de la pev(valeur de l’année) - ',
  `de_vlbai` int COMMENT 'Département - Part de VL imposée (valeur70) - ',
  `de_vlbaia` int COMMENT 'Département - Part de VL imposée (valeur de l’année) - ',
  `de_bipevla` int COMMENT 'Département - Base d’imposition de la pev(valeur de l’année) - ',
  `re_vlbai` int COMMENT 'Région (avant 2012) - Part de VL imposée (valeur70) - ',
  `re_vlbaia` int COMMENT 'Région (avant 2012) - Part de VL imposée (valeur de l’année) - ',
  `re_bipevla` int COMMENT 'Région (avant 2012) - Base d’imposition de la pev(valeur de l’année) - ',
  `gp_vlbai` int COMMENT 'Groupement de commune - Part de VL imposée (valeur70) - ',
  `gp_vlbaia` int COMMENT 'Groupement de commune - Part de VL imposée (valeur de l’année) - ',
  `gp_bipevla` int COMMENT 'Groupement de commune - Base d’imposition de la pev(valeur de l’année) - ',
  `bateom` int COMMENT 'BASE ORDURES MENAGERES - ',
  `baomec` int COMMENT 'BASE ORDURES MENAGERES ECRETEE - ',
  `tse_vlbai` int COMMENT 'TSE (à partir de 2012) - Part de VL imposée (valeur70) - ',
  `tse_vlbaia` int COMMENT 'TSE (à partir de 2012) - Part de VL imposée (valeur de l’année) - ',
  `tse_bipevla` int COMMENT 'TSE (à partir de 2012) - Base d’imposition de la pev(valeur de l’année) - ',
  `mvltieomx` int COMMENT 'Montant TIEOM (depuis 2013)',
  `pvltieom` bigint COMMENT 'Ratio VL n-1 de la PEV / VL n-1 collectivité - 9v999999999999999 (Depuis 2013 mais supprimée en 2014)',
  `lot` text,
  PRIMARY KEY (`pevtaxation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article taxation de pev';

CREATE TABLE `pevprincipale` (
  `pevprincipale` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'Code département - ',
  `ccodir` text COMMENT 'Code direction - ',
  `ccocom` text COMMENT 'Code commune INSEE - ',
  `invar` text COMMENT 'Numéro invariant - ',
  `dnupev` text COMMENT 'Numéro de pev - ',
  `pev` text,
  `dnudes` text COMMENT 'Numéro d’ordre de descriptif - bHb, bHA...',
  `dep1_cconad` text COMMENT 'Dépendance 1 - Nature de dépendance - Tableau 2.3.5',
  `dep1_dsueic` int COMMENT 'Dépendance 1 - Surface réelle de l’élément incorporé - ',
  `dep1_dcimei` decimal(2,1) COMMENT 'Dépendance 1 - Coefficient de pondération - 9V9',
  `dep2_cconad` text COMMENT 'Dépendance 2 - Nature de dépendance - Tableau 2.3.5',
  `dep2_dsueic` int COMMENT 'Dépendance 2 - Surface réelle de l’élément incorporé - ',
  `dep2_dcimei` decimal(2,1) COMMENT 'Dépendance 2 - Coefficient de pondération - 9V9',
  `dep3_cconad` text COMMENT 'Dépendance 3 - Nature de dépendance - Tableau 2.3.5',
  `dep3_dsueic` int COMMENT 'Dépendance 3 - Surface réelle de l’élément incorporé - ',
  `dep3_dcimei` decimal(2,1) COMMENT 'Dépendance 3 - Coefficient de pondération - 9V9',
  `dep4_cconad` text COMMENT 'Dépendance 4 - Nature de dépendance - Tableau 2.3.5',
  `dep4_dsueic` int COMMENT 'Dépendance 4 - Surface réelle de l’élément incorporé - ',
  `dep4_dcimei` decimal(2,1) COMMENT 'Dépendance 4 - Coefficient de pondération - 9V9',
  `geaulc` text COMMENT 'Présence d’eau - O = oui, N = non',
  `gelelc` text COMMENT 'Présence d’électricité - O = oui, N = non',
  `gesclc` text COMMENT 'Présence d’escalier de service (appartement) - O = oui, N = non, blanc',
  `ggazlc` text COMMENT 'Présence du gaz - O = oui, N = non',
  `gasclc` text COMMENT 'Présence d’ascenseur (appartement) - O = oui, N = non, blanc',
  `gchclc` text COMMENT 'Présence du chauffage central - O = oui, N = non',
  `gvorlc` text COMMENT 'Présence de vide-ordures (appartement)  - O = oui, N = non, blanc',
  `gteglc` text COMMENT 'Présence du tout à l’égout - O = oui, N = non',
  `dnbbai` text COMMENT 'Nombre de baignoires - ',
  `dnbdou` text COMMENT 'Nombre de douches - ',
  `dnblav` text COMMENT 'Nombre de lavabos - ',
  `dnbwc` text COMMENT 'Nombre de WC - ',
  `deqdha` int COMMENT 'Equivalence superficielle des éléments de confort Répartition des pièces - ',
  `dnbppr` text COMMENT 'Nombre de pièces principales - ',
  `dnbsam` text COMMENT 'Nombre de salles à manger - ',
  `dnbcha` text COMMENT 'Nombre de chambres - ',
  `dnbcu8` text COMMENT 'Nombre de cuisines de moins de 9 m2 - ',
  `dnbcu9` text COMMENT 'Nombre de cuisines d’au moins 9 m2 - ',
  `dnbsea` text COMMENT 'Nombre de salles d’eau - ',
  `dnbann` text COMMENT 'Nombre de pièces annexes - ',
  `dnbpdc` text COMMENT 'Nombre de pièces - ',
  `dsupdc` int COMMENT 'Superficie des pièces - ',
  `dmatgm` text COMMENT 'Matériaux des gros murs - 0 indéterminé 1 pierre 2 meulière 3 béton 4 briques 5 aggloméré 6 bois 9 autres ',
  `dmatto` text COMMENT 'Matériaux des toitures - 0 indéterminé 1 tuiles 2 ardoises 3 zinc aluminium 4 béton',
  `jannat` text COMMENT 'Année d’achèvement - ',
  `detent` text COMMENT 'état d’entretien - 1 bon 2 assez bon 3 passable 4 médiocre 5 mauvais',
  `dnbniv` text COMMENT 'Nombre de niveaux - ',
  `lot` text,
  PRIMARY KEY (`pevprincipale`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article descriptif partie principale habitation';

CREATE TABLE `proprietaire` (
  `id` int NOT NULL AUTO_INCREMENT,
  `proprietaire` text,
  `annee` text,
  `ccodep` text COMMENT 'code département - ',
  `ccodir` text COMMENT 'code direction - ',
  `ccocom` text COMMENT 'code commune INSEE - ',
  `dnupro` text COMMENT 'compte communal - cgroup groupe de compte communal + * A B .. - ',
  `comptecommunal` text,
  `dnulp` text COMMENT 'numéro de libellé partiel - 01 à 06',
  `ccocif` text COMMENT 'code cdif - ',
  `dnuper` text COMMENT 'numéro de personne dans le cdif - Il s’agit du numéro de personne ',
  `ccodro` text COMMENT 'code du droit réel ou particulier - Nouveau code en 2009 : C (fiduciaire)',
  `ccodem` text COMMENT 'code du démembrement/indivision - C S L I V',
  `gdesip` text COMMENT 'indicateur du destinataire de l’avis d’imposition - 1 = oui, 0 = non',
  `gtoper` text COMMENT 'indicateur de personne physique ou morale - 1 = physique, 2 = morale',
  `ccoqua` text COMMENT 'Code qualité de personne physique - 1, 2 ou 3',
  `gnexcf` text COMMENT 'code exo ecf - INDISPONIBLE',
  `dtaucf` text COMMENT 'taux exo ecf - INDISPONIBLE',
  `dnatpr` text COMMENT 'Code nature de personne physique ou morale - Voir $$ 2.2.7',
  `ccogrm` text COMMENT 'Code groupe de personne morale - 0 à 9 - 0A à 9A',
  `dsglpm` text COMMENT 'sigle de personne morale - ',
  `dforme` text COMMENT 'forme juridique abrégée majic2 X Données Générales - ',
  `ddenom` text COMMENT 'Dénomination de personne physique ou morale - ',
  `gtyp3` text COMMENT 'type de la 3eme ligne d’adresse - ',
  `dlign3` text COMMENT '3eme ligne d’adresse - ',
  `gtyp4` text COMMENT 'Type de la 4eme ligne d’adresse - ',
  `dlign4` text COMMENT '4eme ligne d’adresse - ',
  `gtyp5` text COMMENT 'type de la 5eme ligne d’adresse - ',
  `dlign5` text COMMENT '5eme ligne d’adresse - ',
  `gtyp6` text COMMENT 'type de la 6eme ligne d’adresse - ',
  `dlign6` text COMMENT '6eme ligne d’adresse X Codification de l’adresse - ',
  `ccopay` text COMMENT 'code de pays étranger et TOM - non servi pour France métropole et Dom',
  `ccodep1a2` text COMMENT 'Code département de l’adresse - ',
  `ccodira` text COMMENT 'Code direction de l’adresse - ',
  `ccocom_adr` text COMMENT 'Code commune de l’adresse - ',
  `ccovoi` text COMMENT 'Code majic2 de la voie - ',
  `ccoriv` text COMMENT 'Code rivoli de la voie - ',
  `dnvoiri` text COMMENT 'numéro de voirie - ',
  `dindic` text COMMENT 'indice de répétition de voirie - ',
  `ccopos` text COMMENT 'Code postal X Dénomination formatée de personne physique - ',
  `dnirpp` text COMMENT 'zone à blanc - INDISPONIBLE',
  `dqualp` text COMMENT 'Qualité abrégée - M, MME ou MLE',
  `dnomlp` text COMMENT 'Nom d’usage - ',
  `dprnlp` text COMMENT 'Prénoms associés au nom d’usage - ',
  `jdatnss` text COMMENT 'date de naissance - sous la forme jj/mm/aaaa',
  `dldnss` text COMMENT 'lieu de naissance - ',
  `epxnee` text COMMENT 'mention du complément - EPX ou NEE si complément',
  `dnomcp` text COMMENT 'Nom complément - ',
  `dprncp` text COMMENT 'Prénoms associés au complément - ',
  `topcdi` text COMMENT 'top transalp - INDISPONIBLE',
  `oriard` text COMMENT 'origine adresse - INDISPONIBLE',
  `fixard` text COMMENT 'pérennité adresse - INDISPONIBLE',
  `datadr` text COMMENT 'date adresse - INDISPONIBLE',
  `topdec` text COMMENT 'origine décès - INDISPONIBLE',
  `datdec` text COMMENT 'date de décès - INDISPONIBLE',
  `dsiren` text COMMENT 'numéro siren - ',
  `ccmm` text COMMENT 'création compte cadastral - INDISPONIBLE',
  `topja` text COMMENT 'indic jeune agriculteur - INDISPONIBLE',
  `datja` text COMMENT 'date jeune agriculteur - INDISPONIBLE',
  `anospi` text COMMENT 'ano transalp - INDISPONIBLE',
  `cblpmo` text COMMENT 'code blocage caractère personne morale - INDISPONIBLE',
  `gtodge` text COMMENT 'top appartenance à la DGE - INDISPONIBLE',
  `gpctf` text COMMENT 'top paiement centralisé à la taxe foncière - INDISPONIBLE',
  `gpctsb` text COMMENT 'top paiement centralisé à la TSBCS - INDISPONIBLE',
  `jmodge` text COMMENT 'mois d’entrée à la DGE - INDISPONIBLE',
  `jandge` text COMMENT 'année d’entrée à la DGE - INDISPONIBLE',
  `jantfc` text COMMENT 'année d’entrée paiement TF - INDISPONIBLE',
  `jantbc` text COMMENT 'année d’entrée paiement TSBCS - INDISPONIBLE',
  `dformjur` text COMMENT 'Forme juridique (Depuis 2013)',
  `dnomus` text COMMENT 'Nom d''usage (Depuis 2015)',
  `dprnus` text COMMENT 'Prénom d''usage (Depuis 2015)',
  `lot` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Propriétaire';

CREATE TABLE `comptecommunal` (
  `comptecommunal` varchar(255),
  `annee` text,
  `ccodep` text,
  `ccodir` text,
  `ccocom` text,
  `dnupro` text,
  `ajoutcoherence` text,
  `lot` text,
  PRIMARY KEY (`comptecommunal`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pdl` (
  `pdl` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'code département - ',
  `ccodir` text COMMENT 'code direction - ',
  `ccocom` text COMMENT 'code commune INSEE - ',
  `ccopre` text COMMENT 'code du préfixe - ',
  `ccosec` text COMMENT 'lettres de section - ',
  `dnupla` text COMMENT 'numéro de plan - ',
  `parcelle` text,
  `dnupdl` text COMMENT 'no de pdl - ',
  `dnivim` text COMMENT 'niveau imbrication - ',
  `ctpdl` text COMMENT 'type de pdl - bnd, cl, cv, tf, clv, mp.',
  `dmrpdl` text COMMENT 'lot mère(plan+pdl+lot) - ',
  `gprmut` text COMMENT 'top ''1ere mut effectuée - ',
  `dnupro` text COMMENT 'compte de la pdl - ',
  `comptecommunal` text,
  `ccocif` text COMMENT 'code cdif - ',
  `lot` text,
  PRIMARY KEY (`pdl`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Propriétés divisées en lots';

CREATE TABLE `lots` (
  `lots` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'code département - ',
  `ccodir` text COMMENT 'code direction - ',
  `ccocom` text COMMENT 'code commune INSEE - ',
  `ccopre` text COMMENT 'code du préfixe - ',
  `ccosec` text COMMENT 'lettres de section - ',
  `dnupla` text COMMENT 'numéro de plan - ',
  `parcelle` text,
  `dnupdl` text COMMENT 'no de pdl - ',
  `pdl` text,
  `dnulot` text COMMENT 'Numéro de lot - ',
  `cconlo` text COMMENT 'Code nature du lot - ',
  `dcntlo` int COMMENT 'Superficie du lot - ',
  `dnumql` int COMMENT 'Numérateur - ',
  `ddenql` int COMMENT 'Dénominateur - ',
  `dfilot` text COMMENT 'pdl-fille du lot - ',
  `datact` text COMMENT 'date de l''acte - ',
  `dnuprol` text COMMENT 'Compte du lot - ',
  `comptecommunal` text,
  `dreflf` text COMMENT 'Référence livre foncier - ',
  `ccocif` text COMMENT 'code cdif - ',
  `lot` text,
  PRIMARY KEY (`lots`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article descriptif du lot';

CREATE TABLE `lotslocaux` (
  `lotslocaux` varchar(255),
  `annee` text,
  `ccodepl` text COMMENT 'Lot - Code département - ',
  `ccodirl` text COMMENT 'Lot - Code direction - ',
  `ccocoml` text COMMENT 'Lot - Code INSEE de la commune - ',
  `ccoprel` text COMMENT 'Lot - Code préfixe - ',
  `ccosecl` text COMMENT 'Lot - Code section - ',
  `dnuplal` text COMMENT 'Lot - Numéro du plan - ',
  `dnupdl` text COMMENT 'Lot - Numéro de PDL - ',
  `dnulot` text COMMENT 'Lot - Numéro de lot - ',
  `lots` text,
  `ccodebpb` text COMMENT 'Local - Code département - ',
  `ccodird` text COMMENT 'Local - Code direction - ',
  `ccocomb` text COMMENT 'Local - Code commune - ',
  `ccopreb` text COMMENT 'Local - Code préfixe - ',
  `invloc` text COMMENT 'Local - Numéro invariant du local - ',
  `local00` text,
  `local10` text,
  `dnumql` text COMMENT 'Local - Numérateur du lot - ',
  `ddenql` text COMMENT 'Local - Dénominateur du lot - ',
  `lot` text,
  PRIMARY KEY (`lotslocaux`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Article descriptif du lot';

CREATE TABLE `commune` (
  `commune` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'Code département - Code département INSEE',
  `ccodir` text COMMENT 'Code direction - Code direction dge',
  `ccocom` text COMMENT 'Code commune - code commune définie par Majic2',
  `clerivili` text COMMENT 'Clé RIVOLI - zone alphabétique fournie par MAJIC2',
  `libcom` text COMMENT 'Libellé - désignation de la commune',
  `typcom` text COMMENT 'Type de commune actuel (R ou N) - N - commune rurale, R - commune rencencée',
  `ruract` text COMMENT 'RUR actuel - indique si la commune est pseudo-recensée ou non (3-commune pseudo-recensée, blanc si rien)',
  `carvoi` text COMMENT 'caractère de voie - zone indiquant si la voie est privée (1) ou publique (0)',
  `indpop` text COMMENT 'indicateur de population - Précise la dernière situation connue de la commune au regard de la limite de 3000 habitants (= blanc si < 3000 h sinon = *).',
  `poprel` int COMMENT 'population réelle - dénombre la population recencée lors du dernier recensement',
  `poppart` int COMMENT 'population à part - dénombre la population comptée à part dans la commune',
  `popfict` int COMMENT 'population fictive - population fictive de la commune',
  `annul` text COMMENT 'Annulation Cet article indique que plus aucune entité topo n’est représentée par ce code. - O - voie annulée sans transfert, Q - voie annulée avec transfert, Q - commune annulée avec transfert.',
  `dteannul` text COMMENT 'date d''annulation - ',
  `dtecreart` text COMMENT 'Date de création de l''article - Date à laquelle l''article a été créé par création MAJIC2.',
  `codvoi` text COMMENT 'Code identifiant la voie dans MAJIC2. - Permet de faire le lien entre le code voie RIVOLI et le code voie MAJIC2.',
  `typvoi` text COMMENT 'Type de voie - Indicateur de la classe de la voie. - 1 - voie, 2 - ensemble immobilier, 3 - lieu-dit, 4 -  pseudo-voie, 5 - voie provisoire.',
  `indldnbat` text COMMENT 'Indicateur lieu-dit non bâti - Zone servie uniquement pour les lieux-dits.Permet d’indiquer si le lieu-dit comporte ou non un bâtiment dans MAJIC.1 pour lieu-dit non bâti, 0 sinon.',
  `motclas` text COMMENT 'Mot classant - Dernier mot entièrement alphabétique du libellé de voie - Permet de restituer l''ordre alphabétique.',
  `geo_commune` text,
  `lot` text,
  PRIMARY KEY (`commune`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Commune (Fantoir)';

CREATE TABLE `voie` (
  `voie` varchar(255),
  `annee` text,
  `ccodep` text COMMENT 'Code département - Code département INSEE',
  `ccodir` text COMMENT 'Code direction - Code direction dge',
  `ccocom` text COMMENT 'Code commune - code commune définie par Majic2',
  `commune` text,
  `natvoiriv` text COMMENT 'Nature de voie rivoli - ',
  `ccoriv` text COMMENT 'Code voie Rivoli - identifiant de voie dans la commune',
  `clerivili` text COMMENT 'Clé RIVOLI - zone alphabétique fournie par MAJIC2',
  `natvoi` text COMMENT 'nature de voie - ',
  `libvoi` text COMMENT 'libellé de voie - ',
  `typcom` text COMMENT 'Type de commune actuel (R ou N) - N - commune rurale, R - commune rencencée',
  `ruract` text COMMENT 'RUR actuel - indique si la commune est pseudo-recensée ou non (3-commune pseudo-recensée, blanc si rien)',
  `carvoi` text COMMENT 'caractère de voie - zone indiquant si la voie est privée (1) ou publique (0)',
  `indpop` text COMMENT 'indicateur de population - Précise la dernière situation connue de la commune au regard de la limite de 3000 habitants (= blanc si < 3000 h sinon = *).',
  `poprel` text COMMENT 'population réelle - dénombre la population recencée lors du dernier recensement',
  `poppart` int COMMENT 'population à part - dénombre la population comptée à part dans la commune',
  `popfict` int COMMENT 'population fictive - population fictive de la commune',
  `annul` text COMMENT 'Annulation Cet article indique que plus aucune entité topo n’est représentée par ce code. - O - voie annulée sans transfert, Q - voie annulée avec transfert, Q - commune annulée avec transfert.',
  `dteannul` text COMMENT 'date d''annulation - ',
  `dtecreart` text COMMENT 'Date de création de l''article - Date à laquelle l''article a été créé par création MAJIC2.',
  `codvoi` text COMMENT 'Code identifiant la voie dans MAJIC2. - Permet de faire le lien entre le code voie RIVOLI et le code voie MAJIC2.',
  `typvoi` text COMMENT 'Type de voie - Indicateur de la classe de la voie. - 1 - voie, 2 - ensemble immobilier, 3 - lieu-dit, 4 -  pseudo-voie, 5 - voie provisoire.',
  `indldnbat` text COMMENT 'Indicateur lieu-dit non bâti - Zone servie uniquement pour les lieux-dits.Permet d’indiquer si le lieu-dit comporte ou non un bâtiment dans MAJIC.1 pour lieu-dit non bâti, 0 sinon.',
  `motclas` text COMMENT 'Mot classant - Dernier mot entièrement alphabétique du libellé de voie - Permet de restituer l''ordre alphabétique.',
  `lot` text,
  PRIMARY KEY (`voie`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Voie (Fantoir)';

CREATE TABLE `gpdl` (
  `gpdl` varchar(255),
  `gpdl_lib` text,
  PRIMARY KEY (`gpdl`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dteloc` (
  `dteloc` varchar(255),
  `dteloc_lib` text,
  PRIMARY KEY (`dteloc`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cconlc` (
  `cconlc` varchar(255),
  `cconlc_lib` text,
  PRIMARY KEY (`cconlc`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ccoaff` (
  `ccoaff` varchar(255),
  `ccoaff_lib` text,
  PRIMARY KEY (`ccoaff`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ccodro` (
  `ccodro` varchar(255),
  `ccodro_lib` text,
  PRIMARY KEY (`ccodro`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ccodem` (
  `ccodem` varchar(255),
  `ccodem_lib` text,
  PRIMARY KEY (`ccodem`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gtoper` (
  `gtoper` varchar(255),
  `gtoper_lib` text,
  PRIMARY KEY (`gtoper`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ccoqua` (
  `ccoqua` varchar(255),
  `ccoqua_lib` text,
  PRIMARY KEY (`ccoqua`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dnatpr` (
  `dnatpr` varchar(255),
  `dnatpr_lib` text,
  PRIMARY KEY (`dnatpr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ccogrm` (
  `ccogrm` varchar(255),
  `ccogrm_lib` text,
  PRIMARY KEY (`ccogrm`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `typcom` (
  `typcom` varchar(255),
  `typcom_lib` text,
  PRIMARY KEY (`typcom`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dformjur` (
  `dformjur` varchar(255),
  `formjur` text,
  `libformjur` text,
  PRIMARY KEY (`dformjur`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geo_commune` (
  `geo_commune` text NOT NULL COMMENT 'Identifiant',
  `annee` text NOT NULL COMMENT 'Année',
  `object_rid` text COMMENT 'Numéro d''objet',
  `idu` text COMMENT 'Code INSEE',
  `tex2` text COMMENT 'Nom commune',
  `creat_date` date COMMENT 'Date de création',
  `update_dat` date COMMENT 'Date de dernière modification',
  `commune` text,
  `lot` text,
  `ogc_fid` int NOT NULL AUTO_INCREMENT,
  `geom` geometry,
  PRIMARY KEY (`ogc_fid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Territoire contenant un nombre entier de subdivisions de section cadastrales';

CREATE TABLE `geo_section` (
  `geo_section` text NOT NULL COMMENT 'Identifiant',
  `annee` text NOT NULL COMMENT 'Année',
  `object_rid` text COMMENT 'Numéro d''objet',
  `idu` text COMMENT 'Identifiant',
  `tex` text COMMENT 'Lettre(s) de section',
  `geo_commune` text NOT NULL COMMENT 'Commune',
  `creat_date` date COMMENT 'Date de création',
  `update_dat` date COMMENT 'Date de dernière modification',
  `lot` text,
  `ogc_fid` int NOT NULL AUTO_INCREMENT,
  `geom` geometry,
  PRIMARY KEY (`ogc_fid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Partie du plan cadastral correspondant à une portion du territoire communal et comportant, suivant le cas, une ou plusieurs subdivisions de section';

CREATE TABLE `geo_parcelle` (
  `geo_parcelle` text NOT NULL COMMENT 'Identifiant',
  `annee` text NOT NULL COMMENT 'Année',
  `object_rid` text COMMENT 'Numéro d''objet',
  `idu` text COMMENT 'Identifiant',
  `geo_section` text NOT NULL COMMENT 'Section',
  `geo_subdsect` text,
  `supf` decimal(65,30) COMMENT 'Contenance MAJIC',
  `geo_indp` text COMMENT 'Figuration de la parcelle au plan',
  `coar` text COMMENT 'Code arpentage',
  `tex` text COMMENT 'Numéro parcellaire',
  `tex2` text COMMENT 'tex2 - non documenté',
  `codm` text COMMENT 'codm - non documenté',
  `creat_date` date COMMENT 'Date de création',
  `update_dat` date COMMENT 'Date de dernière modification',
  `inspireid` text,
  `lot` text,
  `ogc_fid` int NOT NULL AUTO_INCREMENT,
  `geom` geometry,
  PRIMARY KEY (`ogc_fid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Portion de section cadastrale disposant de caractéristiques propres au regard notamment de son échelle, sa qualité, son mode de confection. Une section a au moins une subdivision de section. Cet objet correspond à la feuille cadastrale.';

CREATE TABLE `geo_lieudit` (
  `geo_lieudit` int NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `annee` text NOT NULL COMMENT 'Année',
  `object_rid` text COMMENT 'Numéro d''objet',
  `tex` text COMMENT 'Libellé',
  `creat_date` date COMMENT 'Date de création',
  `update_dat` date COMMENT 'Date de dernière modification',
  `lot` text,
  `geom` geometry,
  PRIMARY KEY (`geo_lieudit`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Ensemble de parcelles entières comportant une même dénomination géographique résultant de l''usage.';

CREATE TABLE `geo_batiment` (
  `geo_batiment` text NOT NULL COMMENT 'Identifiant',
  `annee` text NOT NULL COMMENT 'Année',
  `object_rid` text COMMENT 'Numéro d''objet',
  `geo_dur` text COMMENT 'Type de bâtiment',
  `tex` text COMMENT 'Texte du bâtiment',
  `creat_date` date COMMENT 'Date de création',
  `update_dat` date COMMENT 'Date de dernière modification',
  `lot` text,
  `ogc_fid` int NOT NULL AUTO_INCREMENT,
  `geom` geometry,
  PRIMARY KEY (`ogc_fid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Construction assise sur une ou plusieurs parcelles cadastrales.';

CREATE TABLE `geo_batiment_parcelle` (
  `geo_batiment_parcelle` int NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `annee` text NOT NULL COMMENT 'Année',
  `geo_batiment` text NOT NULL COMMENT 'Bâtiment',
  `geo_parcelle` text NOT NULL COMMENT 'Parcelle',
  PRIMARY KEY (`geo_batiment_parcelle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Lien subdivision fiscale - parcelle';

CREATE TABLE `geo_borne` (
  `geo_borne` int NOT NULL AUTO_INCREMENT COMMENT 'Identifiant',
  `annee` text NOT NULL COMMENT 'Année',
  `object_rid` text COMMENT 'Numéro d''objet',
  `creat_date` date COMMENT 'Date de création',
  `update_dat` date COMMENT 'Date de dernière modification',
  `lot` text,
  `geom` geometry,
  PRIMARY KEY (`geo_borne`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Borne située en limite de propriété et représentée par un symbole ponctuel.';

CREATE TABLE `geo_unite_fonciere` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'Identifiant des unités foncières',
  `comptecommunal` text COMMENT 'Compte communal des parcelles composant l unité foncière',
  `annee` text NOT NULL COMMENT 'Année',
  `lot` text,
  `geom` geometry,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Regroupe les unités foncières, c est a dire la fusion de parcelles adjacentes d un même propriétaire';

CREATE TABLE `parcelle_info` (
  `ogc_fid` int COMMENT 'Identifiant unique (base de données)',
  `geo_parcelle` text COMMENT 'Identifiant de la parcelle : année + département + direction + idu',
  `idu` text COMMENT 'Identifiant de la parcelle (unique par département et direction seulement)',
  `tex` text COMMENT 'Etiquette (code à 3 chiffres)',
  `geo_section` text COMMENT 'Code de la section (lien vers table geo_section.geo_section)',
  `nomcommune` text COMMENT 'Nom de la commune',
  `codecommune` text COMMENT 'Code de la commune à 3 chiffres',
  `surface_geo` bigint COMMENT 'Surface de la parcelle, calculée spatialement',
  `contenance` bigint COMMENT 'Surface cadastrale de la parcelle',
  `lot` text COMMENT 'Lot utilisé pendant l''import',
  `geom` geometry,
  `parcelle_batie` text COMMENT 'Indique si la parcelle est bâtie ou non (issu du champ parcelle.gparbat)',
  `adresse` text COMMENT 'Adresse de la parcelle',
  `urbain` text COMMENT 'Déclare si la parcelle est urbaine ou non',
  `code` text COMMENT 'Code de la parcelle (6 caractères, ex: AB0001)',
  `comptecommunal` text COMMENT 'Compte communal du propriétaire',
  `voie` text COMMENT 'Code de la voie (lien avec voie)',
  `proprietaire` text COMMENT 'Information sur les propriétaires: code DNUPER, nom, et type. Les informations sont séparées par | entre propriétaires.',
  `proprietaire_info` text COMMENT 'Informations détaillées sur les propriétaires bis: code DNUPER, adresse, date et lieu de naissance. Les informations sont séparées par | entre propriétaires.',
  PRIMARY KEY (`ogc_fid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Table de parcelles consolidées, proposant les géométries et les informations MAJIC principales, dont les propriétaires';

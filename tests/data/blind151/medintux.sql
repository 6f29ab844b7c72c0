-- MedinTux 2.16 (French general-practice EMR): its three MySQL databases DrTuxTest (patient files, agenda, users, invoices),
-- Comptabilite (the practice's accounts) and QLaboFTP (laboratory results received as HPRIM files), written as one schema.
-- github.com/leo-naeka/medintux (git import of MedinTux by its author, Roland Sevin) commit ca41928ca56db97288accdf13ebcd79a37fbade2 (CeCILL v1),
-- Programmes/set_bases/bin/SqlCreateTable/Dump_DrTuxTest.sql, Dump_Comptabilite.sql, Dump_QLaboFTP.sql.
-- Every CREATE TABLE kept; database qualifiers, data, DROP TABLE and AUTO_INCREMENT start values removed;
-- the MySQL 4.0 `TYPE=MyISAM` of QLaboFTP written as `ENGINE=MyISAM`.

-- ---- database DrTuxTest ----

CREATE TABLE `Agenda_Mask` (
  `PrimKey` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `Motif` varchar(100) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `Type` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `Heure` time NOT NULL DEFAULT '00:00:00',
  `Duree` int(11) NOT NULL DEFAULT '0',
  `User` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `DayOfWeek` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`PrimKey`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `Evnmt_Liens` (
  `Evnmt_Liens_DossPk` bigint(20) NOT NULL DEFAULT '0',
  `Evnmt_Liens_PrimKey` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `Evnmt_Liens_Pere` bigint(20) unsigned NOT NULL DEFAULT '0',
  `Evnmt_Liens_Fils` bigint(20) unsigned NOT NULL DEFAULT '0',
  `Evnmt_Flags` char(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`Evnmt_Liens_PrimKey`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `IndexNomPrenom` (
  `FchGnrl_IDDos` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchGnrl_NomDos` varchar(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchGnrl_Prenom` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchGnrl_Type` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `ID_PrimKey` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`ID_PrimKey`),
  UNIQUE KEY `ID_PrimKey` (`ID_PrimKey`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `Personnes` (
  `GUID` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `LoginSigems` varchar(8) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `Login` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `PasswordSigems` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `PassWord` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `Droits` varchar(600) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `Sexe` varchar(2) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `CodeSpec` char(2) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `NumOrdre` varchar(15) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `Nom` varchar(60) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `Prenom` varchar(60) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Adresse` varchar(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Convention` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `CodePostal` varchar(5) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Ville` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Tel_1` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Tel_2` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Tel_3` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EMail` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `ID_PrimKey` int(11) NOT NULL AUTO_INCREMENT,
  `Note` text CHARACTER SET utf8 COLLATE utf8_unicode_ci,
  `Qualite` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `CodeRegime` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Titre` varchar(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Cher` varchar(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Tel_Type1` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Tel_Type2` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Tel_Type3` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Tel_Abr_1` varchar(8) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Tel_Abr_2` varchar(8) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Tel_Abr_3` varchar(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Site` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Couleur` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `NumRPPS` varchar(10)  CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `ClefRPPS` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`ID_PrimKey`),
  KEY `Nom` (`Nom`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `RubriquesBlobs` (
  `RbDate_PrimKey` bigint(20) NOT NULL AUTO_INCREMENT,
  `RbDate_DataRub` longblob,
  `RbDate_IDDos` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`RbDate_PrimKey`),
  KEY `RbDate_BlobsIDDosIndex` (`RbDate_IDDos`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `RubriquesHead` (
  `RbDate_PrimKey` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `RbDate_IDDos` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `RbDate_TypeRub` int(11) DEFAULT NULL,
  `RbDate_NomDate` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `RbDate_SubTypeRub` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `RbDate_Date` datetime DEFAULT NULL,
  `RbDate_CreateUser` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `RbDate_CreateSignUser` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `RbDate_Fin` datetime DEFAULT NULL,
  `RbDate_DureeMod` bigint(20) DEFAULT '0',
  `RbDate_Prop_0` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RbDate_Prop_1` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RbDate_Prop_2` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RbDate_Prop_3` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RbDate_Prop_4` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RbDate_Ref_NumDoss` bigint(20) unsigned DEFAULT NULL,
  `RbDate_RefBlobs_PrimKey` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`RbDate_PrimKey`),
  KEY `RbDate_NumDossIndex` (`RbDate_Ref_NumDoss`),
  KEY `RbDate_GuidDossIndex` (`RbDate_IDDos`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `UserDoc` (
  `ID_PrimKey` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `ID_PrimKeyFromUser` int(11) NOT NULL DEFAULT '0',
  `NameDoc` varchar(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `TypeDocuments` varchar(100) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `DataDocuments` blob,
  PRIMARY KEY (`ID_PrimKey`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `Verrous` (
  `Pk` bigint(11) NOT NULL AUTO_INCREMENT,
  `StartTime` varchar(17) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `RubName` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `RubPk` bigint(20) NOT NULL DEFAULT '0',
  `DossGUID` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `UserName` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `DossPk` bigint(20) NOT NULL DEFAULT '0',
  PRIMARY KEY (`Pk`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `agenda` (
  `Date_Time` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `Duree` int(11) NOT NULL DEFAULT '0',
  `Nom` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `Prenom` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `Tel` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RDV_PrisPar` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `RDV_PrisAvec` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `Note` varchar(256) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `Type` varchar(100) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `GUID` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `status` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `Adresse` varchar(256) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `PrimKey` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`PrimKey`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `banques` (
  `BQ_CodeBqe` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `BQ_NomBqe` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `BQ_Adr1Bqe` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `BQ_Adr2Bqe` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `BQ_CPBqe` varchar(5) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `BQ_VilleBqe` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `BQ_Banque` varchar(5) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `BQ_Guichet` varchar(5) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `BQ_Compte` varchar(11) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `BQ_CleRib` varchar(2) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  PRIMARY KEY (`BQ_CodeBqe`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `cim10_user_favoris` (
  `PrimKey` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `User` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `Data` blob,
  PRIMARY KEY (`PrimKey`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `codes_postaux` (
  `id` int(5) NOT NULL DEFAULT '0',
  `code_postal` int(5) NOT NULL DEFAULT '0',
  `ville` char(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  UNIQUE KEY `id` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `color_profils` (
  `Name` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `Color` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `Duree` int(10) DEFAULT NULL,
  `PrimKey` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`PrimKey`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `compteurs` (
  `CP_CodeCpteur` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `CP_NumPS` varchar(15) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `CP_NomCpteur` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `CP_ValeurCpteur` int(9) DEFAULT '0',
  PRIMARY KEY (`CP_CodeCpteur`,`CP_NumPS`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `fact_entete` (
  `FE_TypeDoc` char(4) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `FE_NumFact` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `FE_Site` varchar(15) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_DateFact` datetime DEFAULT NULL,
  `FE_LogUser` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_NumPS` varchar(15) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_PKPatient` bigint(20) DEFAULT '0',
  `FE_GUIDPatient` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_NomPatient` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_PrenomPatient` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_NumSS` varchar(21) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_DateNss` datetime DEFAULT NULL,
  `FE_Qualite` tinyint(2) DEFAULT '0',
  `FE_RangGem` char(2) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_TiersPayOblig` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_TiersPayCompl` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_CodePds` char(3) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_TopMT` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_NomMT` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_PrenomMT` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_NatAssur` char(3) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_OrgAssur` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_TotAMO` double DEFAULT '0',
  `FE_TotAMC` double DEFAULT '0',
  `FE_TotAssure` double DEFAULT '0',
  `FE_TotEtab` double DEFAULT '0',
  `FE_TotHono` double DEFAULT '0',
  `FE_TotHT` double DEFAULT '0',
  `FE_TotTVA` double DEFAULT '0',
  `FE_TotRegltAMO` double DEFAULT '0',
  `FE_TotRegltAMC` double DEFAULT '0',
  `FE_TotRegltASS` double DEFAULT '0',
  `FE_TotRegltETB` double DEFAULT '0',
  `FE_MtPP` double DEFAULT '0',
  `FE_GUIDPayeur` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_RegroupFSE` varchar(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_RegroupDRE` varchar(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_Soldee` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_Origine` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_CodeStat` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_NumEnvoi` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_DateEnvoi` datetime DEFAULT NULL,
  `FE_ARL` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FE_NumReg` int(11) DEFAULT '0',
  `FE_Libelle` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  PRIMARY KEY (`FE_TypeDoc`,`FE_NumFact`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `fact_ligne` (
  `FL_TypeDoc` char(4) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `FL_NumFact` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `FL_NumLig` int(11) NOT NULL DEFAULT '0',
  `FL_DatePrest` datetime DEFAULT NULL,
  `FL_CodePrest` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_CodeCCAM` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_ModifCCAM` char(4) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_CodeSupCCAM` char(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_QualDep` char(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_CodeAffine` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_Domicile` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_JourFerie` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_Nuit` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_Urgence` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_Exo` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_ALD` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_NumDent` tinyint(2) DEFAULT '0',
  `FL_DEP` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_CodeAccorDEP` char(1) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FL_DateDEP` datetime DEFAULT NULL,
  `FL_Qte` double DEFAULT '0',
  `FL_Coeff` double DEFAULT '0',
  `FL_Taux` double DEFAULT '0',
  `FL_BaseRembTheo` double DEFAULT '0',
  `FL_BaseRemb` double DEFAULT '0',
  `FL_MontRembAMO` double DEFAULT '0',
  `FL_MontRembAMC` double DEFAULT '0',
  `FL_MontHono` double DEFAULT '0',
  `FL_TotHT` double DEFAULT '0',
  `FL_TotTVA` double DEFAULT '0',
  `FL_tauxTVA` double DEFAULT '0',
  `FL_CodeStat` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  PRIMARY KEY (`FL_TypeDoc`,`FL_NumFact`,`FL_NumLig`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `fchpat` (
  `FchPat_GUID_Doss` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_NomFille` varchar(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_Nee` varchar(19) DEFAULT NULL,
  `FchPat_Sexe` char(3) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_NbEnfant` tinyint(4) DEFAULT NULL,
  `FchPat_Adresse` varchar(180) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_CP` int(11) DEFAULT NULL,
  `FchPat_Ville` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_Cdx` char(3) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_Pays` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_Tel1` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_Tel1_Typ` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FchPat_Tel2` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_Tel2_Typ` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FchPat_Tel3` varchar(30) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_Tel3_Typ` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FchPat_Email` varchar(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FchPat_NumSS` varchar(21) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_PatientAss` tinyint(4) DEFAULT NULL,
  `FchPat_NomAss` varchar(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_PrenomAss` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_AssNee` varchar(19) DEFAULT NULL,
  `FchPat_Profession` varchar(48) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FchPat_Titre` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FchPat_LoginPatient` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FchPat_PasswPatient` varchar(60) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `FchPat_Geme` char(2) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FchPat_RefPk` bigint(20) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`FchPat_RefPk`),
  KEY `Index_RefPk` (`FchPat_RefPk`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `fchpat_Intervenants` (
  `fchpat_Intervenants_PK` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `fchpat_Intervenants_PatGUID` char(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `fchpat_Intervenants_PatPK` bigint(20) NOT NULL DEFAULT '0',
  `fchpat_Intervenants_IntervPK` bigint(20) NOT NULL DEFAULT '0',
  `fchpat_Intervenants_Type` char(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  PRIMARY KEY (`fchpat_Intervenants_PK`),
  KEY `fchpat_Intervenants_IndIntervPK` (`fchpat_Intervenants_IntervPK`),
  KEY `fchpat_Intervenants_IndPatPK` (`fchpat_Intervenants_PatPK`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `fchpat_Note` (
  `fchpat_Note_PK` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `fchpat_Note_PatGUID` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `fchpat_Note_PatPK` bigint(20) NOT NULL DEFAULT '0',
  `fchpat_Note_Html` blob,
  PRIMARY KEY (`fchpat_Note_PK`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `reglement` (
  `RG_NumReg` int(11) NOT NULL AUTO_INCREMENT,
  `RG_TypeDoc` char(4) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_NumFact` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_Site` varchar(15) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_GUIDPatient` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_NumPS` varchar(15) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_NumNoemie` int(11) DEFAULT '0',
  `RG_DateReg` datetime DEFAULT NULL,
  `RG_Payeur` char(3) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_NatPayeur` char(3) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_OrgPayeur` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_MontReg` double DEFAULT '0',
  `RG_MontPP` double DEFAULT '0',
  `RG_MontAMO` double DEFAULT '0',
  `RG_MontAMC` double DEFAULT '0',
  `RG_OrgAMC` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_CodeReg` varchar(5) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_ModeReg` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_LogUser` char(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_LibReg` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_NomBqe` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_AdrBqe` varchar(40) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_NumChq` varchar(15) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_DateEch` datetime DEFAULT NULL,
  `RG_DateCreat` datetime DEFAULT NULL,
  `RG_DateRemise` datetime DEFAULT NULL,
  `RG_NumRemise` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_BqeRemise` varchar(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  `RG_TypeRemise` varchar(4) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '',
  PRIMARY KEY (`RG_NumReg`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `synopt_box` (
  `BO_Code` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `BO_Libelle` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `BO_CouleurBG` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `BO_CouleurTitre` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `BO_Nb_Maxi_Pat` int(10) unsigned DEFAULT NULL,
  `BO_Type` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`BO_Code`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `synopt_destinations` (
  `DE_PK` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `DE_Destination` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `DE_TypeSortie` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  PRIMARY KEY (`DE_PK`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `synopt_encours` (
  `EC_PK` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `EC_CodeBox` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `EC_NomPatient` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `EC_HeureEntree` datetime NOT NULL,
  `EC_Medecin` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EC_GUIDPatient` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EC_Replier` tinyint(1) DEFAULT '0',
  `EC_HeureSortie` datetime DEFAULT NULL,
  `EC_Commentaire` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EC_PrenomPatient` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EC_ProgAnnexe` varchar(200) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EC_ArgsAnnexe` varchar(400) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EC_Destination` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EC_Anonyme` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`EC_PK`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `synopt_encours_taches` (
  `EN_PK_encours` int(10) unsigned NOT NULL,
  `EN_Num_tache` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `EN_Code_tache` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EN_Comment` varchar(200) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EN_Etat_en_cours` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EN_HeureDebPrevue` datetime DEFAULT NULL,
  `EN_HeureFinPrevue` datetime DEFAULT NULL,
  `EN_HeureDebut` datetime DEFAULT NULL,
  `EN_HeureFin` datetime DEFAULT NULL,
  `EN_Priorite` int(10) unsigned DEFAULT NULL,
  `EN_Note_tache` varchar(5000) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EN_Code_acteur` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EN_PrimKey_blob` int(10) unsigned DEFAULT NULL,
  `EN_NomFicNote` varchar(200) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `EN_NomProgNote` varchar(200) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`EN_PK_encours`,`EN_Num_tache`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `synopt_etats` (
  `ET_Code_etat` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `ET_Libelle_etat` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `ET_Couleur_etat` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `ET_Tache_terminee` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`ET_Code_etat`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `synopt_etats_taches` (
  `ST_Code_tache` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `ST_Code_etat` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  PRIMARY KEY (`ST_Code_tache`,`ST_Code_etat`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `synopt_historique` (
  `HI_PK` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `HI_Code_box` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `HI_Nom_patient` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `HI_Code_resp` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `HI_Code_tache` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `HI_Date` datetime DEFAULT NULL,
  `HI_Libelle_tache` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `HI_Action` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `HI_NumEncours` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `HI_Libelle_etat` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `HI_PrenomPatient` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `HI_Commentaire` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `HI_Code_acteur` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`HI_PK`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `synopt_taches` (
  `TA_Code_tache` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `TA_Libelle_tache` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `TA_Couleur_tache` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `TA_Duree_maxi` int(10) unsigned DEFAULT NULL,
  `TA_Couleur_alarme` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `TA_BoutonMenu` varchar(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `TA_Priorite` varchar(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `TA_Commentaire` varchar(256) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`TA_Code_tache`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `user_perms` (
  `PrimKey` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `SignataireGUID` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FriendUserGUID` varchar(36) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FriendUserDroits` varchar(600) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT NULL,
  `FriendUserBlobs` blob,
  PRIMARY KEY (`PrimKey`),
  KEY `user_perms_Index` (`FriendUserGUID`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `version` (
  `PrimKey` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `NumVers` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  PRIMARY KEY (`PrimKey`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

-- ---- database Comptabilite ----

CREATE TABLE `actes_disponibles` (
  `id_acte_dispo` int(10) unsigned NOT NULL auto_increment,
  `nom_acte` varchar(50) collate utf8_unicode_ci NOT NULL,
  `desc_acte` varchar(200) collate utf8_unicode_ci NOT NULL,
  `type` varchar(100) collate utf8_unicode_ci NOT NULL,
  `montant_total` double NOT NULL,
  `montant_tiers` double NOT NULL,
  PRIMARY KEY  (`id_acte_dispo`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `comptes_bancaires` (
  `id_compte` int(10) unsigned NOT NULL auto_increment,
  `id_usr` int(10) unsigned NOT NULL,
  `libelle` varchar(150) collate utf8_unicode_ci default NULL,
  `titulaire` varchar(100) collate utf8_unicode_ci default NULL,
  `nom_banque` varchar(50) collate utf8_unicode_ci default NULL,
  `rib_code_banque` varchar(5) collate utf8_unicode_ci default NULL,
  `rib_code_guichet` varchar(5) collate utf8_unicode_ci default NULL,
  `rib_numcompte` varchar(11) collate utf8_unicode_ci default NULL,
  `rib_cle` varchar(2) collate utf8_unicode_ci default NULL,
  `solde_initial` double default '0',
  `remarque` blob,
  PRIMARY KEY  (`id_compte`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `depots` (
  `id_depot` int(11) NOT NULL auto_increment,
  `id_usr` int(11) NOT NULL,
  `id_compte` int(10) unsigned NOT NULL,
  `type_depot` varchar(10) collate utf8_unicode_ci default NULL,
  `date` date NOT NULL,
  `periode_deb` date NOT NULL,
  `periode_fin` date NOT NULL,
  `blob_depot` blob NOT NULL,
  `remarque` blob,
  `valide` tinyint(4) NOT NULL default '0',
  PRIMARY KEY  (`id_depot`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `honoraires` (
  `id_hono` int(11) unsigned NOT NULL auto_increment,
  `id_usr` int(11) NOT NULL,
  `id_drtux_usr` int(11) default NULL,
  `patient` varchar(75) collate utf8_unicode_ci NOT NULL,
  `GUID` varchar(36) collate utf8_unicode_ci default NULL,
  `praticien` varchar(75) collate utf8_unicode_ci NOT NULL,
  `date` date NOT NULL,
  `acte` blob,
  `remarque` blob,
  `esp` double NOT NULL,
  `chq` double NOT NULL,
  `cb` double NOT NULL,
  `daf` double NOT NULL,
  `autre` double NOT NULL,
  `du` double NOT NULL,
  `valide` tinyint(1) default '0',
  `tracabilite` blob,
  PRIMARY KEY  (`id_hono`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `immobilisations` (
  `id_immob` int(10) unsigned NOT NULL auto_increment,
  `id_usr` int(10) unsigned NOT NULL,
  `id_compte` int(10) unsigned NOT NULL,
  `libelle` varchar(150) collate utf8_unicode_ci default NULL,
  `date_service` date NOT NULL,
  `duree` int(11) NOT NULL,
  `mode` tinyint(1) NOT NULL,
  `valeur` bigint(20) unsigned NOT NULL,
  `montant_tva` double default NULL,
  `valeur_residuelle` bigint(20) NOT NULL,
  `resultat` blob NOT NULL,
  `mouvements` blob,
  `remarque` blob,
  `tracabilite` blob,
  PRIMARY KEY  (`id_immob`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `mouvements` (
  `id_mouvement` int(10) unsigned NOT NULL auto_increment,
  `id_mvt_dispo` int(11) NOT NULL,
  `id_usr` int(10) unsigned NOT NULL,
  `id_compte` int(10) unsigned NOT NULL,
  `type` tinyint(3) unsigned NOT NULL default '0',
  `libelle` varchar(100) collate utf8_unicode_ci NOT NULL,
  `date` date NOT NULL,
  `date_valeur` date NOT NULL,
  `montant` double unsigned NOT NULL default '0',
  `remarque` blob,
  `valide` tinyint(4) NOT NULL default '0',
  `tracabilite` blob,
  PRIMARY KEY  (`id_mouvement`),
  KEY `montant` (`montant`),
  KEY `date_valeur` (`date_valeur`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `mouvements_disponibles` (
  `id_mvt_dispo` int(10) unsigned NOT NULL auto_increment,
  `id_mvt_parent` int(11) default NULL,
  `type` tinyint(3) unsigned NOT NULL default '0',
  `libelle` varchar(100) collate utf8_unicode_ci NOT NULL,
  `remarque` blob,
  PRIMARY KEY  (`id_mvt_dispo`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utilisateurs` (
  `id_usr` int(10) unsigned NOT NULL auto_increment,
  `nom_usr` varchar(150) collate utf8_unicode_ci default NULL,
  `login` varchar(15) collate utf8_unicode_ci NOT NULL,
  `password` varchar(50) collate utf8_unicode_ci NOT NULL,
  `id_drtux_usr` int(11) default NULL,
  PRIMARY KEY  (`id_usr`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `z_version` (
  `infos_version` blob
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- ---- database QLaboFTP ----

CREATE TABLE `examens` (
  `ref_prim_key_Patient` bigint(20) default '0',
  `hprim_line` varchar(254) default '',
  `prim_key` bigint(20) NOT NULL auto_increment,
  PRIMARY KEY  (`prim_key`)
) ENGINE=MyISAM CHARSET=latin1;

CREATE TABLE `min_max` (
  `sexe` char(2) NOT NULL default '',
  `test_name` varchar(32) NOT NULL default '',
  `val_min` varchar(10) default '0',
  `val_max` varchar(10) default '0'
) ENGINE=MyISAM CHARSET=latin1;

CREATE TABLE `patients` (
  `service` varchar(16) default '',
  `nbOBX` bigint(20) default '0',
  `nomExpediteur` varchar(40) default '',
  `codeExpediteur` varchar(20) default '',
  `nomDestinataire` varchar(40) default '',
  `codeDestinataire` varchar(20) default '',
  `dateEmission` varchar(10) default '',
  `heureEmission` varchar(4) default '',
  `nom` varchar(40) NOT NULL default '',
  `prenom` varchar(40) NOT NULL default '',
  `dateNaissance` varchar(10) NOT NULL default '',
  `sexe` char(1) NOT NULL default '',
  `dateExamen` varchar(14) default '',
  `heureExamen` varchar(4) default '',
  `HprimSep` varchar(8) NOT NULL default '',
  `fileNameRef` varchar(64) default '',
  `definitionExamen` varchar(40) NOT NULL default '',
  `prim_key` bigint(20) NOT NULL auto_increment,
  PRIMARY KEY  (`prim_key`)
) ENGINE=MyISAM;

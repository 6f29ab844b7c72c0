-- Elexis 3 (elexis/elexis-3-core, commit 0a1473918329d746c94cf9eb760cb1b0307fae50, EPL-1.0)
-- From the Liquibase changelogs in bundles/ch.elexis.core.jpa/db: elexisdb_create_initial.xml, then
-- elexisdb_create_optional.xml and the v3.8 ... v3.13 create/update changelogs (as elexisdb_master_update.xml
-- includes them) applied in order: createTable, addColumn, renameColumn, modifyDataType, dropTable.
-- CLOB -> longtext, ${blob_type} -> longblob (the value set_liquibase_properties.xml gives for MySQL/MariaDB).
-- Foreign keys as upstream declares them (addForeignKeyConstraint); a subset of 40 of its tables is kept (see elexis.md).

CREATE TABLE `KONTAKT` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `ISTORGANISATION` char(1) DEFAULT '0',
  `ISTPERSON` char(1) DEFAULT '0',
  `ISTPATIENT` char(1) DEFAULT '0',
  `ISTANWENDER` char(1) DEFAULT '0',
  `ISTMANDANT` char(1) DEFAULT '0',
  `ISTLABOR` char(1) DEFAULT '0',
  `LAND` char(3),
  `GEBURTSDATUM` char(8),
  `GESCHLECHT` char(1),
  `TITEL` varchar(255),
  `TITELSUFFIX` varchar(255),
  `BEZEICHNUNG1` varchar(255),
  `BEZEICHNUNG2` varchar(255),
  `BEZEICHNUNG3` varchar(255),
  `STRASSE` varchar(255),
  `PLZ` varchar(6),
  `ORT` varchar(255),
  `TELEFON1` varchar(254),
  `TELEFON2` varchar(30),
  `FAX` varchar(30),
  `NATELNR` varchar(254),
  `EMAIL` varchar(255),
  `EMAIL2` varchar(255),
  `WEBSITE` varchar(255),
  `GRUPPE` varchar(10),
  `PATIENTNR` varchar(40),
  `ANSCHRIFT` longtext,
  `BEMERKUNG` longtext,
  `DIAGNOSEN` longblob,
  `PERSANAMNESE` longblob,
  `SYSANAMNESE` longblob,
  `FAMANAMNESE` longblob,
  `RISIKEN` longtext,
  `ALLERGIEN` longtext,
  `EXTINFO` longblob,
  `ISTVERSTORBEN` char(1) DEFAULT '0',
  `STERBEDATUM` char(8),
  PRIMARY KEY (`ID`),
  KEY `K0` (`BEZEICHNUNG1`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `KONTAKT_ADRESS_JOINT` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `MYID` varchar(25),
  `OTHERID` varchar(25),
  `BEZUG` varchar(80),
  `MYRTYPE` char(4),
  `OTHERRTYPE` char(4),
  PRIMARY KEY (`ID`),
  KEY `AIJ1` (`MYID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ZUSATZADRESSE` (
  `ID` varchar(41) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `KONTAKT_ID` varchar(25) NOT NULL,
  `STRASSE1` varchar(255),
  `STRASSE2` varchar(255),
  `PLZ` varchar(6),
  `ORT` varchar(255),
  `LAND` char(3),
  `TYP` char(4) DEFAULT '0',
  `ANSCHRIFT` longtext,
  PRIMARY KEY (`ID`),
  KEY `FK_ZUSATZADRESSE_KONTAKT_ID_INDEX_C` (`KONTAKT_ID`),
  CONSTRAINT `FK_ZUSATZADRESSE_KONTAKT_ID` FOREIGN KEY (`KONTAKT_ID`) REFERENCES `KONTAKT` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `USER_` (
  `ID` varchar(80) NOT NULL,
  `DELETED` char(1) DEFAULT '0',
  `KONTAKT_ID` varchar(25),
  `LASTUPDATE` bigint,
  `HASHED_PASSWORD` varchar(64),
  `SALT` varchar(64),
  `IS_ACTIVE` char(1) DEFAULT '1',
  `IS_ADMINISTRATOR` char(1) DEFAULT '0',
  `KEYSTORE` longtext,
  `TOTP` char(16),
  `ALLOW_EXTERNAL` char(1),
  `EXTINFO` longblob,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `USER_ROLE_JOINT` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1),
  `USER_ID` varchar(80) NOT NULL,
  PRIMARY KEY (`ID`, `USER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ROLE` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `EXTINFO` longblob,
  `ISSYSTEMROLE` char(1) DEFAULT '0',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `USERCONFIG` (
  `LASTUPDATE` bigint,
  `USERID` varchar(80) NOT NULL,
  `PARAM` varchar(80) NOT NULL,
  `VALUE` longtext,
  PRIMARY KEY (`USERID`, `PARAM`),
  KEY `UCFG` (`PARAM`),
  KEY `UCFG2` (`USERID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FAELLE` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PATIENTID` varchar(25),
  `GARANTID` varchar(25),
  `KOSTENTRID` varchar(25),
  `VERSNUMMER` varchar(25),
  `FALLNUMMER` varchar(25),
  `BETRIEBSNUMMER` varchar(25),
  `DIAGNOSEN` varchar(80),
  `DATUMVON` char(8),
  `DATUMBIS` char(8),
  `BEZEICHNUNG` varchar(80),
  `GRUND` varchar(80),
  `GESETZ` varchar(20),
  `STATUS` varchar(80),
  `EXTINFO` longblob,
  PRIMARY KEY (`ID`),
  KEY `I3` (`PATIENTID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BEHANDLUNGEN` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `FALLID` varchar(25),
  `MANDANTID` varchar(25),
  `RECHNUNGSID` varchar(25),
  `DATUM` char(8),
  `DIAGNOSEN` varchar(25),
  `LEISTUNGEN` varchar(25),
  `BILLABLE` char(1) DEFAULT '1',
  `ZEIT` char(6) DEFAULT '000000',
  `EINTRAG` longblob,
  PRIMARY KEY (`ID`),
  KEY `I4` (`FALLID`),
  KEY `IDXRNID` (`RECHNUNGSID`),
  KEY `idxDateTime` (`DATUM`, `ZEIT`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BEHDL_DG_JOINT` (
  `ID` varchar(25),
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `BEHANDLUNGSID` varchar(25) NOT NULL,
  `DIAGNOSEID` varchar(25) NOT NULL,
  PRIMARY KEY (`BEHANDLUNGSID`, `DIAGNOSEID`),
  KEY `BDG1` (`BEHANDLUNGSID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DIAGNOSEN` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `DG_TXT` varchar(255),
  `DG_CODE` varchar(25),
  `KLASSE` varchar(80),
  PRIMARY KEY (`ID`),
  KEY `DG1` (`KLASSE`, `DG_CODE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LEISTUNGEN` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `BEHANDLUNG` varchar(25),
  `LEISTG_TXT` varchar(255),
  `LEISTG_CODE` varchar(25),
  `KLASSE` varchar(80),
  `ZAHL` char(3),
  `EK_KOSTEN` char(8),
  `VK_TP` varchar(8),
  `VK_SCALE` varchar(8),
  `VK_PREIS` char(8),
  `SCALE` char(4) DEFAULT '100',
  `SCALE2` char(4) DEFAULT '100',
  `DETAIL` longblob,
  `USERID` varchar(25),
  PRIMARY KEY (`ID`),
  KEY `LST1` (`BEHANDLUNG`),
  KEY `LST2` (`KLASSE`, `LEISTG_CODE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RECHNUNGEN` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `RNNUMMER` varchar(8),
  `FALLID` varchar(25),
  `MANDANTID` varchar(25),
  `RNDATUM` char(8),
  `RNSTATUS` varchar(20),
  `RNDATUMVON` char(8),
  `RNDATUMBIS` char(8),
  `BETRAG` char(8),
  `STATUSDATUM` char(8),
  `EXTINFO` longblob,
  PRIMARY KEY (`ID`),
  KEY `RN1` (`FALLID`),
  KEY `RN2` (`MANDANTID`),
  KEY `RN3` (`RNSTATUS`),
  KEY `RN4` (`RNDATUMVON`),
  KEY `RN5` (`RNDATUMBIS`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ZAHLUNGEN` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `RECHNUNGSID` varchar(25),
  `BETRAG` char(8),
  `DATUM` char(8),
  `BEMERKUNG` varchar(80),
  PRIMARY KEY (`ID`),
  KEY `ZAHL1` (`RECHNUNGSID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `KONTO` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PATIENTID` varchar(25),
  `RECHNUNGSID` varchar(25),
  `ZAHLUNGSID` varchar(25),
  `BETRAG` char(8),
  `DATUM` char(8),
  `BEMERKUNG` varchar(80),
  `ACCOUNT` char(255),
  PRIMARY KEY (`ID`),
  KEY `KONTO1` (`DATUM`),
  KEY `KONTO2` (`PATIENTID`),
  KEY `patientid_idx` (`PATIENTID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ESRRECORDS` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `DATUM` char(8),
  `EINGELESEN` char(8),
  `VERARBEITET` char(8),
  `GUTSCHRIFT` char(8),
  `BETRAGINRP` char(8),
  `CODE` char(3),
  `RECHNUNGSID` varchar(25),
  `PATIENTID` varchar(25),
  `MANDANTID` varchar(25),
  `REJECTCODE` char(3),
  `KOSTEN` char(4),
  `GEBUCHT` char(8),
  `FILE` varchar(80),
  PRIMARY KEY (`ID`),
  KEY `ESR1` (`DATUM`),
  KEY `ESR2` (`PATIENTID`),
  KEY `ESR3` (`REJECTCODE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PATIENT_ARTIKEL_JOINT` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PATIENTID` varchar(25),
  `ARTIKELID` varchar(25),
  `ARTIKEL` varchar(255),
  `REZEPTID` varchar(25),
  `DATEFROM` char(24),
  `DATEUNTIL` char(24),
  `DOSIS` varchar(255),
  `ANZAHL` char(3),
  `BEMERKUNG` varchar(255),
  `EXTINFO` longblob,
  `PRESCTYPE` char(2),
  `SORTORDER` char(3),
  `PRESCDATE` char(8),
  `PRESCRIPTOR` varchar(25),
  PRIMARY KEY (`ID`),
  KEY `PAJ1` (`PATIENTID`),
  KEY `PAJ2` (`REZEPTID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `REZEPTE` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PATIENTID` varchar(25),
  `MANDANTID` varchar(25),
  `BRIEFID` varchar(25),
  `DATUM` char(8),
  `RPTXT` longtext,
  `RPZUSATZ` varchar(80),
  PRIMARY KEY (`ID`),
  KEY `RP1` (`PATIENTID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ARTIKEL` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `EAN` varchar(15),
  `SUBID` varchar(20),
  `LIEFERANTID` varchar(25),
  `KLASSE` varchar(80),
  `NAME` varchar(254),
  `NAME_INTERN` varchar(254),
  `MAXBESTAND` char(4),
  `MINBESTAND` char(4),
  `ISTBESTAND` char(4),
  `EK_PREIS` char(8),
  `VK_PREIS` char(8),
  `TYP` varchar(15),
  `CODECLASS` varchar(10),
  `EXTID` varchar(25),
  `LASTIMPORT` char(8),
  `VALIDFROM` char(8),
  `VALIDTO` char(8),
  `EXTINFO` longblob,
  `ATC_CODE` varchar(255),
  PRIMARY KEY (`ID`),
  KEY `ART1` (`SUBID`),
  KEY `ART2` (`TYP`),
  KEY `ART3` (`CODECLASS`),
  KEY `I5` (`NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AUF` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PATIENTID` varchar(25),
  `FALLID` varchar(25),
  `BRIEFID` varchar(25),
  `PROZENT` char(3),
  `DATUMAUZ` char(8),
  `DATUMVON` char(8),
  `DATUMBIS` char(8),
  `GRUND` varchar(50),
  `AUFZUSATZ` varchar(254),
  PRIMARY KEY (`ID`),
  KEY `AUF1` (`PATIENTID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BRIEFE` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `BETREFF` varchar(255),
  `DATUM` char(24),
  `MODIFIZIERT` char(24),
  `GEDRUCKT` char(8),
  `GELOESCHT` char(2),
  `ABSENDERID` varchar(25),
  `DESTID` varchar(25),
  `BEHANDLUNGSID` varchar(25),
  `PATIENTID` varchar(25),
  `TYP` varchar(30),
  `MIMETYPE` varchar(80),
  `PATH` longtext,
  `NOTE` longtext,
  `DOCUMENT_STATUS` smallint DEFAULT 0,
  `KEYWORDS` varchar(255),
  PRIMARY KEY (`ID`),
  KEY `I8` (`BEHANDLUNGSID`),
  KEY `BRIEFE_IDX2` (`TYP`),
  KEY `BRIEFE_IDX3` (`PATIENTID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LABORITEMS` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `KUERZEL` varchar(80),
  `TITEL` varchar(80),
  `LABORID` varchar(25),
  `REFMANN` varchar(256),
  `REFFRAUORTX` varchar(256),
  `EINHEIT` varchar(20),
  `TYP` char(1),
  `GRUPPE` varchar(25),
  `PRIO` char(3),
  `BILLINGCODE` varchar(128),
  `EXPORT` varchar(100),
  `LOINCCODE` varchar(128),
  `VISIBLE` varchar(1),
  `DIGITS` varchar(16),
  `FORMULA` varchar(255),
  PRIMARY KEY (`ID`),
  KEY `LABIT1` (`KUERZEL`),
  KEY `LABIT2` (`LABORID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LABORWERTE` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PATIENTID` varchar(25),
  `DATUM` char(8),
  `ZEIT` char(6),
  `ITEMID` varchar(25),
  `RESULTAT` varchar(255),
  `FLAGS` varchar(10),
  `ORIGIN` varchar(30),
  `KOMMENTAR` longtext,
  `EXTINFO` longblob,
  `UNIT` varchar(255),
  `ANALYSETIME` varchar(24),
  `OBSERVATIONTIME` varchar(24),
  `TRANSMISSIONTIME` varchar(24),
  `REFMALE` varchar(255),
  `REFFEMALE` varchar(255),
  `ORIGINID` varchar(25),
  `PATHODESC` varchar(128),
  PRIMARY KEY (`ID`),
  KEY `LABOR1` (`PATIENTID`),
  KEY `LABOR2` (`DATUM`),
  KEY `LABOR3` (`ITEMID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LABORDER` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `USERID` varchar(128),
  `MANDANT` varchar(128),
  `PATIENT` varchar(128),
  `ITEM` varchar(128),
  `RESULT` varchar(128),
  `ORDERID` varchar(128),
  `GROUPNAME` varchar(255),
  `TIME` varchar(24),
  `OBSERVATIONTIME` varchar(24),
  `STATE` char(1),
  `USERRESOLVED` char(1) DEFAULT '0',
  PRIMARY KEY (`ID`),
  KEY `LABORDER1` (`TIME`),
  KEY `LABORDER2` (`MANDANT`),
  KEY `LABORDER3` (`PATIENT`),
  KEY `LABORDER4` (`ORDERID`),
  KEY `idxResult` (`RESULT`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CH_ELEXIS_CORE_FINDINGS_ALLERGYINTOLERANCE` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PATIENTID` varchar(80),
  `CONTENT` longtext,
  PRIMARY KEY (`ID`),
  KEY `CH_ELEXIS_CORE_FINDINGS_ALLERGYINTOLERANCE_IDX1` (`PATIENTID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AT_MEDEVIT_ELEXIS_IMPFPLAN` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PATIENT_ID` varchar(25),
  `ARTIKEL_REF` varchar(255),
  `BUSINESSNAME` varchar(255),
  `EAN` varchar(13),
  `ATCCODE` varchar(20),
  `LOTNR` varchar(255),
  `DATEOFADMINISTRATION` char(8),
  `ADMINISTRATOR` varchar(255),
  `VACCAGAINST` varchar(255),
  `EXTINFO` longblob,
  PRIMARY KEY (`ID`),
  KEY `idxImpfplanPatientId` (`PATIENT_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CH_ELEXIS_ICPC_EPISODES` (
  `ID` varchar(25),
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PATIENTID` varchar(25),
  `TITLE` varchar(256),
  `STARTDATE` varchar(20),
  `NUMBER` varchar(10),
  `STATUS` char(1) DEFAULT '1',
  `EXTINFO` longblob,
  KEY `CH_ELEXIS_ICPC_EPISODES1` (`PATIENTID`),
  KEY `CH_ELEXIS_ICPC_EPISODES2` (`TITLE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AGNTERMINE` (
  `ID` varchar(127) NOT NULL,
  `LASTUPDATE` bigint,
  `PATID` varchar(80),
  `BEREICH` varchar(25),
  `TAG` char(8),
  `BEGINN` char(4),
  `DAUER` char(4),
  `GRUND` longtext,
  `STATUSHISTORY` longtext,
  `TERMINTYP` varchar(50),
  `TERMINSTATUS` varchar(50),
  `ERSTELLTVON` varchar(25),
  `ANGELEGT` varchar(10),
  `LASTEDIT` varchar(10),
  `PALMID` int DEFAULT 0,
  `FLAGS` varchar(10),
  `DELETED` char(1) DEFAULT '0',
  `EXTENSION` longtext,
  `LINKGROUP` varchar(50),
  `PRIORITY` char(1),
  `CASETYPE` char(1),
  `INSURANCETYPE` char(1),
  `TREATMENTREASON` char(1),
  PRIMARY KEY (`ID`),
  KEY `AGNBEREICH` (`BEREICH`),
  KEY `IT` (`TAG`, `BEGINN`, `BEREICH`),
  KEY `PATID` (`PATID`),
  KEY `LASTUPDATE` (`LASTUPDATE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `REMINDERS` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `IDENTID` varchar(25),
  `ORIGINID` varchar(25),
  `RESPONSIBLE` varchar(25),
  `DATEDUE` char(8),
  `STATUS` varchar(1),
  `TYP` varchar(1),
  `PARAMS` longtext,
  `MESSAGE` longtext,
  `PRIORITY` char(1),
  `ACTIONTYPE` char(2),
  `SUBJECT` varchar(160),
  `EXTINFO` longblob,
  `GROUPID` varchar(25),
  PRIMARY KEY (`ID`),
  KEY `REM1` (`IDENTID`),
  KEY `REM2` (`DATEDUE`),
  KEY `REM3` (`RESPONSIBLE`),
  KEY `rem4` (`GROUPID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `REMINDERS_RESPONSIBLE_LINK` (
  `ID` varchar(25),
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `REMINDERID` varchar(25) NOT NULL,
  `RESPONSIBLEID` varchar(25) NOT NULL,
  PRIMARY KEY (`REMINDERID`, `RESPONSIBLEID`),
  KEY `RRL1` (`REMINDERID`),
  KEY `RRL2` (`RESPONSIBLEID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ETIKETTEN` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `IMAGE` varchar(25),
  `DELETED` char(1) DEFAULT '0',
  `IMPORTANCE` varchar(7),
  `NAME` varchar(40),
  `FOREGROUND` char(6),
  `BACKGROUND` char(6),
  `CLASSES` varchar(255),
  PRIMARY KEY (`ID`),
  KEY `ETIKETTE1` (`NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ETIKETTEN_OBJECT_LINK` (
  `LASTUPDATE` bigint,
  `OBJ` varchar(25),
  `ETIKETTE` varchar(25),
  `DATA` varchar(256),
  PRIMARY KEY (`OBJ`, `ETIKETTE`),
  KEY `ETIKETTE2` (`OBJ`),
  KEY `ETIKETTE3` (`ETIKETTE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DBIMAGE` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `DATUM` char(8),
  `PREFIX` varchar(80),
  `TITLE` varchar(80),
  `BILD` longblob,
  PRIMARY KEY (`ID`),
  KEY `DBIMAGE1` (`TITLE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `XID` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `TYPE` varchar(80),
  `OBJECT` varchar(25),
  `DOMAIN` varchar(255),
  `DOMAIN_ID` varchar(255),
  `QUALITY` char(1) DEFAULT '0',
  PRIMARY KEY (`ID`),
  KEY `XIDIDX1` (`DOMAIN`),
  KEY `XIDIDX2` (`DOMAIN_ID`),
  KEY `XIDIDX3` (`OBJECT`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LOGS` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `OID` varchar(255),
  `DATUM` char(8),
  `TYP` varchar(20),
  `USERID` varchar(25),
  `STATION` varchar(255),
  `EXTINFO` longblob,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TRACES` (
  `LOGTIME` bigint,
  `WORKSTATION` varchar(40),
  `USERNAME` varchar(30),
  `ACTION` longtext,
  KEY `TRACE1` (`LOGTIME`),
  KEY `TRACE2` (`USERNAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OUTPUT_LOG` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `OBJECTID` varchar(80),
  `OBJECTTYPE` varchar(80),
  `DATUM` char(8),
  `OUTPUTTER` varchar(80),
  `EXTINFO` longblob,
  `CREATORID` varchar(80),
  `OUTPUTTERSTATUS` longtext,
  PRIMARY KEY (`ID`),
  KEY `BAL_I1` (`OBJECTID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CONFIG` (
  `LASTUPDATE` bigint,
  `PARAM` varchar(80) NOT NULL,
  `WERT` longtext,
  PRIMARY KEY (`PARAM`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `STOCK` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PRIORITY` int DEFAULT 255,
  `CODE` char(7),
  `DESCRIPTION` varchar(255),
  `LOCATION` varchar(255),
  `OWNER` varchar(25),
  `RESPONSIBLE` varchar(25),
  `DRIVER_UUID` varchar(64),
  `DRIVER_CONFIG` longtext,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ICD10` (
  `ID` varchar(25) NOT NULL,
  `LASTUPDATE` bigint,
  `DELETED` char(1) DEFAULT '0',
  `PARENT` varchar(25),
  `ICDCODE` varchar(10),
  `ENCODED` longtext,
  `ICDTXT` longtext,
  `EXTINFO` longblob,
  PRIMARY KEY (`ID`),
  KEY `ICD1` (`PARENT`),
  KEY `ICD2` (`ICDCODE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

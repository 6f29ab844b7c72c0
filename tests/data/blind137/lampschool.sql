-- LAMPSchool (electronic school register, Italy) -- subset of upstream install/sql/release/2026.2.sql
-- upstream: github.com/scaforchio/LAMPSchool, commit 6114186b70229b79f6c2976896254dbc69ef016c (AGPL-3.0)
-- 45 of 109 tables; the release file (CREATE TABLE + later ALTER TABLE ADD PRIMARY KEY / ADD column / MODIFY
-- AUTO_INCREMENT) was loaded in MariaDB and the resulting tables dumped with mysqldump --no-data; upstream declares
-- no foreign keys between these tables.

CREATE TABLE `tbl_alunni` (
  `idalunno` int(11) NOT NULL AUTO_INCREMENT,
  `cognome` varchar(30) DEFAULT '',
  `nome` varchar(30) DEFAULT '',
  `datanascita` date DEFAULT NULL,
  `sesso` char(1) DEFAULT NULL,
  `codfiscale` varchar(16) DEFAULT NULL,
  `certificato` tinyint(1) DEFAULT 0,
  `codmeccanografico` char(20) DEFAULT NULL,
  `idcomnasc` int(11) DEFAULT 0,
  `indirizzo` varchar(60) DEFAULT NULL,
  `idcomres` int(11) DEFAULT 0,
  `telefono` varchar(15) DEFAULT NULL,
  `telcel` varchar(25) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `email2` varchar(100) DEFAULT NULL,
  `idclasse` int(11) DEFAULT 0,
  `idclasseesame` int(11) DEFAULT 0,
  `autentrata` varchar(100) DEFAULT NULL,
  `autuscita` varchar(100) DEFAULT NULL,
  `idtutore` int(11) DEFAULT 0,
  `idutente` int(11) DEFAULT 0,
  `idesterno` varchar(16) DEFAULT NULL,
  `pwesterna` varchar(16) DEFAULT NULL,
  `note` varchar(50) DEFAULT '',
  `numeroregistro` char(20) DEFAULT NULL,
  `provenienza` char(50) DEFAULT NULL,
  `titoloammissione` char(50) DEFAULT NULL,
  `sequenzaiscrizione` int(1) DEFAULT 1,
  `firmapropria` tinyint(1) DEFAULT 0,
  `autuscitaantclasse` tinyint(1) DEFAULT 0,
  `autorizzazioni` text DEFAULT NULL,
  `censito` varchar(5) NOT NULL DEFAULT '0',
  `idgrupporitardo` int(11) NOT NULL DEFAULT 1,
  `telproprio` varchar(20) NOT NULL DEFAULT '',
  `mailpropria` varchar(100) NOT NULL DEFAULT '',
  `totpgiustass` varchar(120) DEFAULT NULL,
  `liberatoria` tinyint(4) NOT NULL DEFAULT 0,
  `idfotoannuario` int(11) NOT NULL DEFAULT 0,
  `oraultimamodifica` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idalunno`),
  KEY `idclasse` (`idclasse`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_tutori` (
  `idtutore` int(11) NOT NULL AUTO_INCREMENT,
  `cognome` varchar(30) DEFAULT '',
  `nome` varchar(30) DEFAULT '',
  `datanascita` date DEFAULT NULL,
  `idcomnasc` int(11) DEFAULT 0,
  `indirizzo` varchar(30) DEFAULT NULL,
  `idcomres` int(11) DEFAULT 0,
  `telefono` varchar(15) DEFAULT NULL,
  `telcel` varchar(15) DEFAULT NULL,
  `email` varchar(30) DEFAULT NULL,
  `tipo` char(1) DEFAULT NULL,
  `idalunno` int(11) DEFAULT NULL,
  `idutente` int(11) DEFAULT NULL,
  PRIMARY KEY (`idtutore`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_docenti` (
  `iddocente` int(11) NOT NULL AUTO_INCREMENT,
  `cognome` varchar(30) DEFAULT '',
  `nome` varchar(30) DEFAULT '',
  `datanascita` date DEFAULT NULL,
  `idcomnasc` int(11) DEFAULT 0,
  `indirizzo` varchar(30) DEFAULT NULL,
  `idcomres` int(11) DEFAULT 0,
  `telefono` varchar(15) DEFAULT NULL,
  `telcel` varchar(15) DEFAULT NULL,
  `email` varchar(50) DEFAULT NULL,
  `idutente` int(11) DEFAULT 0,
  `sostegno` tinyint(1) DEFAULT 0,
  `nummaxcolloqui` tinyint(1) DEFAULT 5,
  `gestoremoodle` tinyint(1) DEFAULT 0,
  `collegamentowebex` char(255) DEFAULT '',
  PRIMARY KEY (`iddocente`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_amministrativi` (
  `idamministrativo` int(11) NOT NULL AUTO_INCREMENT,
  `cognome` varchar(30) DEFAULT '',
  `nome` varchar(30) DEFAULT '',
  `datanascita` date DEFAULT NULL,
  `idcomnasc` int(11) DEFAULT 0,
  `indirizzo` varchar(30) DEFAULT NULL,
  `idcomres` int(11) DEFAULT 0,
  `telefono` varchar(15) DEFAULT NULL,
  `telcel` varchar(15) DEFAULT NULL,
  `email` varchar(50) DEFAULT NULL,
  `idutente` int(11) DEFAULT 0,
  PRIMARY KEY (`idamministrativo`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_utenti` (
  `idutente` int(11) NOT NULL AUTO_INCREMENT,
  `userid` varchar(15) DEFAULT '',
  `password` varchar(128) DEFAULT '',
  `tipo` char(1) DEFAULT '',
  `dischpwd` tinyint(1) DEFAULT 0,
  `ultimamodifica` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `passprecedenti` text DEFAULT NULL,
  `token` char(5) DEFAULT NULL,
  `schematoken` char(50) DEFAULT NULL,
  `modoinviotoken` char(1) DEFAULT NULL,
  `idtelegram` int(15) DEFAULT NULL,
  `ultimoaccessoapp` bigint(20) DEFAULT NULL,
  `tokenresetpwd` char(32) DEFAULT NULL,
  `oracreazionetoken` int(11) DEFAULT NULL,
  `numutilizzitoken` tinyint(1) DEFAULT NULL,
  `totpsecret` varchar(255) NOT NULL DEFAULT 'disabled',
  `oidc_uid` varchar(255) NOT NULL,
  `oidc_authmode` varchar(1) NOT NULL DEFAULT 'd' COMMENT 'd = disabled, e = enabled, x = exclusive',
  `wifi` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`idutente`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_classi` (
  `idclasse` int(11) NOT NULL AUTO_INCREMENT,
  `anno` int(11) DEFAULT 0,
  `sezione` char(1) DEFAULT '',
  `specializzazione` varchar(50) DEFAULT NULL,
  `oresett` int(11) DEFAULT NULL,
  `idcoordinatore` int(11) DEFAULT 0,
  `rappresentante1` int(11) DEFAULT 0,
  `rappresentante2` int(11) DEFAULT 0,
  `idmoodle` char(5) DEFAULT '',
  `aprifila1` int(11) DEFAULT 0,
  `aprifila2` int(11) DEFAULT 0,
  `chiudifila1` int(11) DEFAULT 0,
  `chiudifila2` int(11) DEFAULT 0,
  `idfotoannuario` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`idclasse`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_materie` (
  `idmateria` int(11) NOT NULL AUTO_INCREMENT,
  `denominazione` varchar(50) DEFAULT '',
  `idclasseconcorso` int(11) DEFAULT 0,
  `tipovalutazione` varchar(4) DEFAULT NULL,
  `sigla` varchar(5) DEFAULT NULL,
  `progrpag` int(11) DEFAULT NULL,
  `media` tinyint(1) DEFAULT 1,
  `classesidi` int(5) DEFAULT 0,
  PRIMARY KEY (`idmateria`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_cattnosupp` (
  `idcattedra` int(11) NOT NULL AUTO_INCREMENT,
  `iddocente` int(11) DEFAULT 0,
  `idmateria` int(11) DEFAULT 0,
  `idclasse` int(11) DEFAULT 0,
  `idalunno` int(11) DEFAULT 0,
  PRIMARY KEY (`idcattedra`),
  KEY `idclasse` (`idclasse`),
  KEY `iddocente` (`iddocente`),
  KEY `idmateria` (`idmateria`),
  KEY `idalunno` (`idalunno`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_assenze` (
  `idassenza` int(11) NOT NULL AUTO_INCREMENT,
  `idalunno` int(11) DEFAULT 0,
  `data` date DEFAULT NULL,
  `giustifica` tinyint(1) DEFAULT NULL,
  `iddocentegiust` int(11) DEFAULT NULL,
  `datagiustifica` date DEFAULT NULL,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `dataammonizione` date DEFAULT NULL,
  PRIMARY KEY (`idassenza`),
  UNIQUE KEY `idalunno` (`idalunno`,`data`),
  KEY `data` (`data`),
  KEY `datagiustifica` (`datagiustifica`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_ritardi` (
  `idalunno` int(11) DEFAULT 0,
  `data` date DEFAULT NULL,
  `oraentrata` time DEFAULT NULL,
  `idritardo` int(11) NOT NULL AUTO_INCREMENT,
  `numeroore` tinyint(4) DEFAULT NULL,
  `giustifica` tinyint(1) DEFAULT NULL,
  `iddocentegiust` int(11) DEFAULT NULL,
  `datagiustifica` date DEFAULT NULL,
  `autorizzato` tinyint(4) DEFAULT 0,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `calcolato` char(1) DEFAULT 'I',
  `dataammonizione` date DEFAULT NULL,
  PRIMARY KEY (`idritardo`),
  KEY `data` (`data`),
  KEY `datagiustifica` (`datagiustifica`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_usciteanticipate` (
  `idalunno` int(11) DEFAULT 0,
  `data` date DEFAULT NULL,
  `orauscita` time DEFAULT NULL,
  `iduscita` int(11) NOT NULL AUTO_INCREMENT,
  `numeroore` tinyint(4) DEFAULT NULL,
  `giustifica` tinyint(1) DEFAULT NULL,
  `iddocentegiust` int(11) DEFAULT NULL,
  `datagiustifica` date DEFAULT NULL,
  `dataammonizione` date DEFAULT NULL,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`iduscita`),
  KEY `data` (`data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_autorizzazioniuscite` (
  `idalunno` int(11) DEFAULT 0,
  `data` date DEFAULT NULL,
  `orauscita` time DEFAULT NULL,
  `idautorizzazioneuscita` int(11) NOT NULL AUTO_INCREMENT,
  `iddocenteautorizzante` int(11) DEFAULT NULL,
  `testoautorizzazione` varchar(500) DEFAULT NULL,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idautorizzazioneuscita`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_asslezione` (
  `idassenzalezione` int(11) NOT NULL AUTO_INCREMENT,
  `idalunno` int(11) DEFAULT NULL,
  `idlezione` int(11) DEFAULT NULL,
  `idmateria` int(11) DEFAULT NULL,
  `data` date DEFAULT NULL,
  `oreassenza` smallint(6) DEFAULT NULL,
  `forzata` tinyint(1) DEFAULT 0,
  `giustifica` tinyint(1) DEFAULT 0,
  `iddocentegiust` int(11) DEFAULT NULL,
  `datagiustifica` date DEFAULT NULL,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idassenzalezione`),
  KEY `idalunno` (`idalunno`),
  KEY `idlezione` (`idlezione`),
  KEY `data` (`data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_deroghe` (
  `idderoga` int(11) NOT NULL AUTO_INCREMENT,
  `data` date DEFAULT NULL,
  `idalunno` int(11) DEFAULT NULL,
  `motivo` char(200) DEFAULT NULL,
  `numeroore` int(1) DEFAULT 0,
  PRIMARY KEY (`idderoga`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_timbrature` (
  `idtimbratura` int(11) NOT NULL AUTO_INCREMENT,
  `idalunno` int(11) DEFAULT NULL,
  `tipotimbratura` char(1) DEFAULT NULL,
  `datatimbratura` date DEFAULT NULL,
  `oratimbratura` time DEFAULT NULL,
  `utilizzata` tinyint(1) DEFAULT NULL,
  `forzata` tinyint(4) DEFAULT 0,
  `ultimamodifica` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idtimbratura`),
  KEY `datatimbratura` (`datatimbratura`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_lezioni` (
  `idlezione` int(11) NOT NULL AUTO_INCREMENT,
  `idclasse` int(11) DEFAULT NULL,
  `datalezione` date DEFAULT NULL,
  `iddocente` int(11) DEFAULT NULL,
  `idmateria` int(11) DEFAULT NULL,
  `idlezionegruppo` int(11) DEFAULT NULL COMMENT 'Se vuota lezione normale',
  `numeroore` smallint(6) DEFAULT NULL,
  `orainizio` smallint(6) DEFAULT NULL,
  `argomenti` varchar(512) DEFAULT NULL,
  `attivita` varchar(512) DEFAULT NULL,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idlezione`),
  UNIQUE KEY `uk_principale` (`idclasse`,`idmateria`,`datalezione`,`orainizio`,`numeroore`),
  KEY `datalezione` (`datalezione`),
  KEY `idclasse` (`idclasse`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_firme` (
  `idfirma` int(11) NOT NULL AUTO_INCREMENT,
  `idlezione` int(11) DEFAULT NULL,
  `iddocente` int(11) DEFAULT NULL,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idfirma`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_valutazioniintermedie` (
  `idvalint` int(11) NOT NULL AUTO_INCREMENT,
  `idalunno` int(11) DEFAULT 0,
  `idmateria` int(11) DEFAULT 0,
  `iddocente` int(11) DEFAULT 0,
  `idclasse` int(11) DEFAULT 0,
  `idlezione` int(11) DEFAULT NULL,
  `tipo` char(1) DEFAULT NULL,
  `data` date DEFAULT NULL,
  `voto` decimal(4,2) DEFAULT 0.00,
  `giudizio` varchar(1000) DEFAULT NULL,
  `pei` tinyint(1) DEFAULT 0,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idvalint`),
  KEY `idalunno` (`idalunno`),
  KEY `idlezione` (`idlezione`),
  KEY `data` (`data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_proposte` (
  `idproposta` int(11) NOT NULL AUTO_INCREMENT,
  `idalunno` int(11) DEFAULT NULL,
  `idmateria` int(11) DEFAULT NULL,
  `periodo` char(1) DEFAULT NULL,
  `orale` int(11) DEFAULT NULL,
  `scritto` int(11) DEFAULT NULL,
  `pratico` int(11) DEFAULT NULL,
  `unico` int(11) DEFAULT NULL,
  `condotta` int(11) DEFAULT NULL,
  `assenze` int(11) DEFAULT 0,
  `note` varchar(180) DEFAULT NULL,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idproposta`),
  KEY `idmateria` (`idmateria`),
  KEY `periodo` (`periodo`),
  KEY `idalunno` (`idalunno`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_valutazionifinali` (
  `idvalfin` int(11) NOT NULL AUTO_INCREMENT,
  `idalunno` int(11) DEFAULT 0,
  `idmateria` int(11) DEFAULT 0,
  `votoscritto` char(4) DEFAULT NULL,
  `votoorale` char(4) DEFAULT NULL,
  `votopratico` char(4) DEFAULT NULL,
  `votoaltro` char(4) DEFAULT NULL,
  `votounico` char(4) DEFAULT NULL,
  `debito` tinyint(1) DEFAULT 0,
  `assenze` int(11) DEFAULT 0,
  `periodo` char(1) DEFAULT NULL COMMENT 'Quadrimestre, ecc.',
  `progrpag` tinyint(4) DEFAULT NULL COMMENT 'Progressivo in pagella',
  `codsissi` char(15) DEFAULT NULL,
  `note` varchar(180) DEFAULT NULL,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idvalfin`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_esiti` (
  `idesito` int(11) NOT NULL AUTO_INCREMENT,
  `idalunno` int(11) DEFAULT NULL,
  `idclasse` int(11) DEFAULT NULL,
  `esito` int(11) DEFAULT NULL,
  `integrativo` int(11) DEFAULT 0,
  `media` decimal(4,2) DEFAULT NULL,
  `validita` int(11) DEFAULT 1 COMMENT '1 - valido, 2 - deroga, 3 - non valido',
  `creditotot` int(2) DEFAULT NULL,
  `credito` int(2) DEFAULT NULL,
  `votoammissione` int(2) DEFAULT NULL,
  `ultimamodifica` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idesito`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_notealunno` (
  `idnotaalunno` int(11) NOT NULL AUTO_INCREMENT,
  `idclasse` int(11) DEFAULT NULL,
  `data` date DEFAULT NULL,
  `iddocente` int(11) DEFAULT NULL,
  `testo` text DEFAULT NULL,
  `provvedimenti` text DEFAULT NULL,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idnotaalunno`),
  KEY `data` (`data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_noteindalu` (
  `idnoteindalu` int(11) NOT NULL AUTO_INCREMENT,
  `idnotaalunno` int(11) DEFAULT NULL,
  `idalunno` int(11) DEFAULT NULL,
  PRIMARY KEY (`idnoteindalu`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_annotazioni` (
  `idannotazione` int(11) NOT NULL AUTO_INCREMENT,
  `idclasse` int(11) DEFAULT NULL,
  `iddocente` int(11) DEFAULT NULL,
  `data` date DEFAULT NULL,
  `testo` text DEFAULT NULL,
  `visibilitagenitori` tinyint(1) DEFAULT 0,
  `visibilitaalunni` tinyint(1) DEFAULT 0,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idannotazione`),
  KEY `data` (`data`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_orericevimento` (
  `idoraricevimento` int(11) NOT NULL AUTO_INCREMENT,
  `iddocente` int(11) DEFAULT NULL,
  `idorario` int(11) DEFAULT NULL,
  `note` varchar(30) DEFAULT NULL,
  `valido` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`idoraricevimento`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_prenotazioni` (
  `idprenotazione` int(11) NOT NULL AUTO_INCREMENT,
  `idalunno` int(11) DEFAULT NULL,
  `idoraricevimento` int(11) DEFAULT NULL,
  `data` date DEFAULT NULL,
  `conferma` tinyint(1) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  `valido` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`idprenotazione`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_giornatacolloqui` (
  `idgiornatacolloqui` int(11) NOT NULL AUTO_INCREMENT,
  `data` date NOT NULL,
  `orainizio` time NOT NULL,
  `orafine` time NOT NULL,
  `durataslot` tinyint(4) NOT NULL,
  `attiva` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`idgiornatacolloqui`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_slotcolloqui` (
  `idslotcolloqui` int(11) NOT NULL AUTO_INCREMENT,
  `iddocente` int(11) NOT NULL,
  `idgiornatacolloqui` int(11) NOT NULL,
  `idalunno` int(11) NOT NULL,
  `orainizio` time NOT NULL,
  `orafine` time NOT NULL,
  PRIMARY KEY (`idslotcolloqui`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_cambiamenticlasse` (
  `idcambiamentoclasse` int(11) NOT NULL AUTO_INCREMENT,
  `idalunno` int(11) DEFAULT NULL,
  `idclasse` int(11) DEFAULT NULL,
  `datafine` date DEFAULT NULL,
  `dataultimamodifica` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idcambiamentoclasse`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Contiene la cronologia dei cambiamenti di classe degli alunni';

CREATE TABLE `tbl_documenti` (
  `iddocumento` int(11) NOT NULL AUTO_INCREMENT,
  `idmateria` int(11) DEFAULT NULL,
  `idclasse` int(11) DEFAULT NULL,
  `iddocente` int(11) DEFAULT NULL,
  `idalunno` int(11) DEFAULT NULL,
  `idtipodocumento` int(11) DEFAULT NULL,
  `pei` tinyint(1) DEFAULT NULL,
  `datadocumento` date DEFAULT NULL,
  `descrizione` varchar(255) DEFAULT NULL,
  `docbin` mediumblob DEFAULT NULL,
  `docmd5` varchar(64) DEFAULT NULL,
  `docnome` varchar(255) DEFAULT NULL,
  `docsize` varchar(50) DEFAULT NULL,
  `doctype` varchar(50) DEFAULT NULL,
  `ultimamodifica` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`iddocumento`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_tipidocumenti` (
  `idtipodocumento` int(11) NOT NULL AUTO_INCREMENT,
  `descrizione` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`idtipodocumento`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `tbl_circolari` (
  `idcircolare` int(11) NOT NULL AUTO_INCREMENT,
  `iddocumento` int(11) DEFAULT 0,
  `descrizione` varchar(100) DEFAULT NULL,
  `destinatari` varchar(10) DEFAULT NULL,
  `ricevuta` tinyint(1) DEFAULT 0,
  `datainserimento` date DEFAULT NULL,
  `datafine` date DEFAULT NULL,
  `ultimamodifica` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idcircolare`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_diffusionecircolari` (
  `iddiffusionecircolare` int(11) NOT NULL AUTO_INCREMENT,
  `idcircolare` int(11) DEFAULT NULL,
  `idutente` int(11) DEFAULT 0,
  `datalettura` date DEFAULT NULL,
  `dataconfermalettura` date DEFAULT NULL,
  `ultimamodifica` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`iddiffusionecircolare`),
  KEY `utenti` (`idutente`),
  KEY `circolare` (`idcircolare`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_sms` (
  `idsms` int(11) NOT NULL AUTO_INCREMENT,
  `tipo` char(10) DEFAULT NULL,
  `sottotipo` char(10) DEFAULT NULL,
  `iddestinatario` int(11) DEFAULT NULL,
  `idinvio` char(100) DEFAULT NULL,
  `celldestinatario` varchar(15) DEFAULT NULL,
  `idtestosms` int(11) DEFAULT NULL,
  `esito` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`idsms`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_richiesteferie` (
  `idrichiestaferie` int(11) NOT NULL AUTO_INCREMENT,
  `iddocente` int(11) DEFAULT 0,
  `subject` varchar(1000) DEFAULT NULL,
  `testomail` varchar(2000) DEFAULT NULL,
  `erroremail` tinyint(1) DEFAULT NULL,
  `concessione` tinyint(4) DEFAULT NULL,
  `orariorichiesta` char(5) DEFAULT NULL,
  `numerogiorni` tinyint(4) NOT NULL DEFAULT 0,
  `orepermessobreve` tinyint(4) NOT NULL DEFAULT 0,
  `annullata` tinyint(4) NOT NULL DEFAULT 0,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`idrichiestaferie`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_logacc` (
  `idlog` int(11) NOT NULL AUTO_INCREMENT,
  `utente` varchar(30) DEFAULT NULL,
  `dataacc` varchar(20) DEFAULT NULL,
  `comando` text DEFAULT NULL,
  `indirizzo` char(50) DEFAULT NULL,
  PRIMARY KEY (`idlog`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_otp` (
  `idotp` int(11) NOT NULL AUTO_INCREMENT,
  `valore` char(32) DEFAULT '',
  `idutente` int(11) DEFAULT NULL,
  `funzione` char(32) DEFAULT '',
  `nummaxutilizzi` int(2) DEFAULT 0,
  `numutilizzi` int(2) DEFAULT 0,
  `timecreazione` int(11) DEFAULT 0,
  `timeultimoutilizzo` int(11) DEFAULT 0,
  `valido` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`idotp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_passwordalt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userid` varchar(70) NOT NULL,
  `hash` varchar(70) NOT NULL,
  `descrizione` varchar(70) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tbl_confermatelegram` (
  `idutente` int(11) DEFAULT NULL,
  `tokendiconferma` char(200) DEFAULT NULL,
  `oraultmod` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_sondaggi` (
  `idsondaggio` int(11) NOT NULL AUTO_INCREMENT,
  `oggetto` varchar(255) NOT NULL,
  `descrizione` text NOT NULL,
  `opzioni` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`opzioni`)),
  `attivo` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`idsondaggio`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tbl_rispostesondaggi` (
  `idrisposta` int(11) NOT NULL AUTO_INCREMENT,
  `idutente` int(11) NOT NULL,
  `idsondaggio` int(11) NOT NULL,
  `idopzione` int(11) NOT NULL,
  `ts` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`idrisposta`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tbl_fotoannuario` (
  `id_foto` int(11) NOT NULL AUTO_INCREMENT,
  `hash` varchar(32) NOT NULL,
  `didascalia` varchar(255) NOT NULL,
  PRIMARY KEY (`id_foto`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tbl_parametri` (
  `idparametro` int(11) NOT NULL AUTO_INCREMENT,
  `gruppo` varchar(255) DEFAULT NULL,
  `parametro` varchar(255) DEFAULT NULL,
  `valore` varchar(255) DEFAULT NULL,
  `descrizione` varchar(512) DEFAULT NULL,
  `valoriammessi` varchar(255) DEFAULT '',
  PRIMARY KEY (`idparametro`),
  UNIQUE KEY `parametro` (`parametro`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_comuni` (
  `idcomune` int(11) NOT NULL AUTO_INCREMENT,
  `denominazione` varchar(30) DEFAULT '',
  `codiceistat` int(11) DEFAULT NULL,
  `statoestero` varchar(1) DEFAULT NULL,
  `codcatastale` varchar(4) DEFAULT NULL,
  PRIMARY KEY (`idcomune`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tbl_festivita` (
  `idfestivita` int(11) NOT NULL AUTO_INCREMENT,
  `data` date DEFAULT NULL,
  `note` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`idfestivita`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;


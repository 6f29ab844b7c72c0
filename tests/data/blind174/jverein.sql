-- OpenJVerein (the maintained GitHub continuation of JVerein, club / association management on Jameica + Hibiscus),
-- github.com/openjverein/jverein, commit 0285d84f558dbc5512ab36eb3413d7eea8bfb4a0 (plugin 4.3.0, database version 510), GPL-3.0.
-- Upstream has no schema file: the schema is built by src/main/java/de/jost_net/JVerein/server/JVereinUpdateProvider.java
-- (install() + update0016 ... update0360, MySQL branch) and the DDLTool classes server/DDLTool/Updates/Update0361 ... Update0510.
-- Those classes were compiled unchanged (with small stubs for the Jameica framework) and run against an empty MariaDB 10.11
-- database; the resulting schema was read back with SHOW CREATE TABLE. Column order is the one the update chain produces.
-- Table options normalised to ENGINE=InnoDB DEFAULT CHARSET=utf8mb4; tables ordered so that foreign keys load, the one
-- foreign key of the buchungsart <-> steuer cycle added at the end. Left out: `einstellung` (the old one-row settings table
-- of 121 columns, migrated by Update0479 into the key/value table `einstellungneu`, which is kept).

CREATE TABLE `abrechnungslauf` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `datum` date NOT NULL,
  `modus` int(11) NOT NULL,
  `faelligkeit` date DEFAULT NULL,
  `faelligkeit2` date DEFAULT NULL,
  `stichtag` date DEFAULT NULL,
  `eingabedatum` date DEFAULT NULL,
  `zahlungsgrund` varchar(500) DEFAULT NULL,
  `zusatzbetraege` bit(1) DEFAULT NULL,
  `kursteilnehmer` bit(1) DEFAULT NULL,
  `dtausdruck` bit(1) DEFAULT NULL,
  `abbuchungsausgabe` int(11) DEFAULT NULL,
  `bemerkung` varchar(80) DEFAULT NULL,
  `abgeschlossen` bit(1) NOT NULL DEFAULT b'0',
  `austrittsdatum` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adresstyp` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `bezeichnung` varchar(30) DEFAULT NULL,
  `bezeichnungplural` varchar(30) DEFAULT NULL,
  `jvereinid` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `bezeichnung` (`bezeichnung`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buchungsklasse` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `nummer` varchar(50) NOT NULL,
  `bezeichnung` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `nummer` (`nummer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buchungsart` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `nummer` varchar(50) NOT NULL,
  `bezeichnung` varchar(80) DEFAULT NULL,
  `art` int(11) DEFAULT NULL,
  `buchungsklasse` bigint(20) DEFAULT NULL,
  `spende` bit(1) DEFAULT NULL,
  `steuersatz` double DEFAULT 0,
  `steuer_buchungsart` bigint(10) DEFAULT NULL,
  `abschreibung` bit(1) DEFAULT b'0',
  `status` int(11) DEFAULT 2,
  `suchbegriff` varchar(150) DEFAULT NULL,
  `regularexp` bit(1) DEFAULT NULL,
  `steuer` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `nummer` (`nummer`),
  KEY `buchungsart_2` (`buchungsklasse`),
  KEY `ixBuchungsart3` (`steuer_buchungsart`),
  KEY `ixBuchungsartSteuer` (`steuer`),
  CONSTRAINT `fkBuchungsart2` FOREIGN KEY (`buchungsklasse`) REFERENCES `buchungsklasse` (`id`),
  CONSTRAINT `fkBuchungsart3` FOREIGN KEY (`steuer_buchungsart`) REFERENCES `buchungsart` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `steuer` (
  `id` bigint(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `satz` double NOT NULL,
  `aktiv` bit(1) NOT NULL DEFAULT b'1',
  `buchungsart` bigint(10) NOT NULL,
  `buchungsklasse` bigint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ixSteuerBuchungsart` (`buchungsart`),
  KEY `ix_steuer_buchungsklasse` (`buchungsklasse`),
  CONSTRAINT `fk_steuerBuchungsart` FOREIGN KEY (`buchungsart`) REFERENCES `buchungsart` (`id`),
  CONSTRAINT `fk_steuer_buchungsklasse` FOREIGN KEY (`buchungsklasse`) REFERENCES `buchungsklasse` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `beitragsgruppe` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `bezeichnung` varchar(30) NOT NULL,
  `betrag` double DEFAULT NULL,
  `beitragsart` int(11) DEFAULT 0,
  `arbeitseinsatzstunden` double DEFAULT NULL,
  `arbeitseinsatzbetrag` double DEFAULT NULL,
  `buchungsart` bigint(20) DEFAULT NULL,
  `betragmonatlich` double DEFAULT NULL,
  `betragvierteljaehrlich` double DEFAULT NULL,
  `betraghalbjaehrlich` double DEFAULT NULL,
  `betragjaehrlich` double DEFAULT NULL,
  `sekundaer` bit(1) DEFAULT NULL,
  `notiz` varchar(200) DEFAULT NULL,
  `altersstaffel` bit(1) NOT NULL DEFAULT b'0',
  `buchungsklasse` bigint(20) DEFAULT NULL,
  `steuer` bigint(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkBeitragsgruppe1` (`buchungsart`),
  KEY `ixBeitragsgruppe2` (`buchungsklasse`),
  KEY `ixBeitragsgruppeSteuer` (`steuer`),
  CONSTRAINT `fkBeitragsgruppe1` FOREIGN KEY (`buchungsart`) REFERENCES `buchungsart` (`id`),
  CONSTRAINT `fkBeitragsgruppe2` FOREIGN KEY (`buchungsklasse`) REFERENCES `buchungsklasse` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `fkBeitragsgruppeSteuer` FOREIGN KEY (`steuer`) REFERENCES `steuer` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `altersstaffel` (
  `id` bigint(10) NOT NULL AUTO_INCREMENT,
  `beitragsgruppe` bigint(10) NOT NULL,
  `nummer` bigint(10) NOT NULL,
  `betrag` double NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ixAltersstaffel1` (`beitragsgruppe`),
  CONSTRAINT `fk_altersstaffel` FOREIGN KEY (`beitragsgruppe`) REFERENCES `beitragsgruppe` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `konto` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `nummer` varchar(35) DEFAULT NULL,
  `bezeichnung` varchar(255) DEFAULT NULL,
  `eroeffnung` date DEFAULT NULL,
  `aufloesung` date DEFAULT NULL,
  `hibiscusid` int(11) DEFAULT NULL,
  `buchungsart` bigint(20) DEFAULT NULL,
  `kommentar` varchar(1024) DEFAULT NULL,
  `anlagenart` bigint(20) DEFAULT NULL,
  `anlagenklasse` bigint(20) DEFAULT NULL,
  `afaart` bigint(20) DEFAULT NULL,
  `nutzungsdauer` int(11) DEFAULT NULL,
  `betrag` double DEFAULT NULL,
  `anschaffung` date DEFAULT NULL,
  `afastart` double DEFAULT NULL,
  `afadauer` double DEFAULT NULL,
  `afarestwert` double DEFAULT NULL,
  `afamode` int(11) DEFAULT NULL,
  `kontoart` int(11) DEFAULT NULL,
  `zweck` int(11) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `nummer` (`nummer`),
  KEY `ixKonto1` (`buchungsart`),
  KEY `ixKonto2` (`anlagenart`),
  KEY `ixKonto3` (`anlagenklasse`),
  KEY `ixKonto4` (`afaart`),
  CONSTRAINT `fkKonto1` FOREIGN KEY (`buchungsart`) REFERENCES `buchungsart` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `fkKonto2` FOREIGN KEY (`anlagenart`) REFERENCES `buchungsart` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `fkKonto3` FOREIGN KEY (`anlagenklasse`) REFERENCES `buchungsklasse` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `fkKonto4` FOREIGN KEY (`afaart`) REFERENCES `buchungsart` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `anfangsbestand` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `konto` bigint(20) DEFAULT NULL,
  `datum` date DEFAULT NULL,
  `betrag` double DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `konto` (`konto`,`datum`),
  CONSTRAINT `fkAnfangsbestand1` FOREIGN KEY (`konto`) REFERENCES `konto` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mitglied` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `externemitgliedsnummer` varchar(50) DEFAULT NULL,
  `adresstyp` bigint(20) DEFAULT NULL,
  `personenart` char(1) DEFAULT NULL,
  `anrede` varchar(40) DEFAULT NULL,
  `titel` varchar(40) DEFAULT NULL,
  `name` varchar(40) NOT NULL,
  `vorname` varchar(40) DEFAULT NULL,
  `adressierungszusatz` varchar(40) DEFAULT NULL,
  `strasse` varchar(40) NOT NULL,
  `plz` varchar(10) NOT NULL,
  `ort` varchar(40) NOT NULL,
  `staat` varchar(50) DEFAULT NULL,
  `zahlungsweg` int(11) DEFAULT NULL,
  `zahlungsrhytmus` int(11) DEFAULT NULL,
  `mandatdatum` date DEFAULT NULL,
  `mandatversion` int(11) DEFAULT NULL,
  `mandatsequence` varchar(4) DEFAULT NULL,
  `bic` varchar(11) DEFAULT NULL,
  `iban` varchar(34) DEFAULT NULL,
  `ktoipersonenart` char(1) DEFAULT NULL,
  `ktoianrede` varchar(40) DEFAULT NULL,
  `ktoititel` varchar(40) DEFAULT NULL,
  `ktoiname` varchar(40) DEFAULT NULL,
  `ktoivorname` varchar(40) DEFAULT NULL,
  `ktoistrasse` varchar(40) DEFAULT NULL,
  `ktoiadressierungszusatz` varchar(40) DEFAULT NULL,
  `ktoiplz` varchar(10) DEFAULT NULL,
  `ktoiort` varchar(40) DEFAULT NULL,
  `ktoistaat` varchar(50) DEFAULT NULL,
  `ktoiemail` varchar(255) DEFAULT NULL,
  `geburtsdatum` date DEFAULT NULL,
  `geschlecht` char(1) DEFAULT NULL,
  `telefonprivat` varchar(20) DEFAULT NULL,
  `telefondienstlich` varchar(20) DEFAULT NULL,
  `handy` varchar(20) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `eintritt` date DEFAULT NULL,
  `beitragsgruppe` bigint(20) DEFAULT NULL,
  `individuellerbeitrag` double DEFAULT NULL,
  `zahlerid` bigint(19) DEFAULT NULL,
  `austritt` date DEFAULT NULL,
  `kuendigung` date DEFAULT NULL,
  `sterbetag` date DEFAULT NULL,
  `vermerk1` varchar(2000) DEFAULT NULL,
  `vermerk2` varchar(2000) DEFAULT NULL,
  `eingabedatum` date DEFAULT NULL,
  `letzteaenderung` date DEFAULT NULL,
  `ktoigeschlecht` varchar(1) DEFAULT NULL,
  `zahlungstermin` int(11) DEFAULT NULL,
  `leitwegid` varchar(50) DEFAULT NULL,
  `mandatid` varchar(35) DEFAULT NULL,
  `kontoinhaber` varchar(70) DEFAULT NULL,
  `altzahler` bigint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `externemitgliedsnummer` (`externemitgliedsnummer`),
  KEY `ixMitglied_1` (`adresstyp`),
  KEY `fkMitglied1` (`beitragsgruppe`),
  KEY `ix_mitglied_altzahler` (`altzahler`),
  CONSTRAINT `fkMitglied1` FOREIGN KEY (`beitragsgruppe`) REFERENCES `beitragsgruppe` (`id`),
  CONSTRAINT `fkMitglied2` FOREIGN KEY (`adresstyp`) REFERENCES `adresstyp` (`id`),
  CONSTRAINT `fk_mitglied_altzahler` FOREIGN KEY (`altzahler`) REFERENCES `mitglied` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `arbeitseinsatz` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mitglied` bigint(20) DEFAULT NULL,
  `datum` date NOT NULL,
  `stunden` double NOT NULL,
  `bemerkung` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkArbeitseinsatz1` (`mitglied`),
  CONSTRAINT `fkArbeitseinsatz1` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jahresabschluss` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `von` date DEFAULT NULL,
  `bis` date DEFAULT NULL,
  `datum` date DEFAULT NULL,
  `name` varchar(50) DEFAULT NULL,
  `verwendungsrueckstand` double DEFAULT NULL,
  `zwanghafteweitergabe` double DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projekt` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `bezeichnung` varchar(50) DEFAULT NULL,
  `startdatum` date DEFAULT NULL,
  `endedatum` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `formular` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `inhalt` longblob DEFAULT NULL,
  `art` int(11) DEFAULT NULL,
  `bezeichnung` varchar(50) DEFAULT NULL,
  `zaehler` int(11) DEFAULT 0,
  `formlink` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `ixFormular1` (`bezeichnung`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rechnung` (
  `id` bigint(10) NOT NULL AUTO_INCREMENT,
  `datum` date NOT NULL,
  `mitglied` bigint(10) NOT NULL,
  `formular` bigint(10) NOT NULL,
  `betrag` double NOT NULL,
  `personenart` varchar(1) DEFAULT NULL,
  `anrede` varchar(40) DEFAULT NULL,
  `titel` varchar(40) DEFAULT NULL,
  `name` varchar(40) NOT NULL,
  `vorname` varchar(40) DEFAULT NULL,
  `strasse` varchar(40) DEFAULT NULL,
  `adressierungszusatz` varchar(40) DEFAULT NULL,
  `plz` varchar(10) DEFAULT NULL,
  `ort` varchar(40) DEFAULT NULL,
  `staat` varchar(50) DEFAULT NULL,
  `geschlecht` varchar(1) DEFAULT NULL,
  `mandatid` varchar(35) DEFAULT NULL,
  `mandatdatum` date DEFAULT NULL,
  `bic` varchar(11) DEFAULT NULL,
  `iban` varchar(34) DEFAULT NULL,
  `leitwegid` varchar(50) DEFAULT NULL,
  `zahlungsweg` int(11) NOT NULL DEFAULT 0,
  `kommentar` varchar(1024) DEFAULT NULL,
  `zahler` bigint(20) DEFAULT NULL,
  `versanddatum` date DEFAULT NULL,
  `rechnungstext` varchar(500) DEFAULT NULL,
  `erstattungsbetrag` double DEFAULT NULL,
  `refrechnung` bigint(20) DEFAULT NULL,
  `nummer` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nummer` (`nummer`),
  KEY `ixRechnung1` (`mitglied`),
  KEY `ixRechnung2` (`formular`),
  KEY `ixRechnungZahler` (`zahler`),
  KEY `ixRechnungRefrechnung` (`refrechnung`),
  CONSTRAINT `fkRechnungRefrechnung` FOREIGN KEY (`refrechnung`) REFERENCES `rechnung` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `fkRechnungZahler` FOREIGN KEY (`zahler`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fk_rechnung` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rechnung2` FOREIGN KEY (`formular`) REFERENCES `formular` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sollbuchung` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `abrechnungslauf` bigint(20) DEFAULT NULL,
  `mitglied` bigint(20) DEFAULT NULL,
  `datum` date NOT NULL,
  `zweck1` varchar(500) DEFAULT NULL,
  `zahlungsweg` int(11) DEFAULT NULL,
  `betrag` double NOT NULL,
  `rechnung` bigint(20) DEFAULT NULL,
  `zahler` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `abrechnungslauf` (`abrechnungslauf`),
  KEY `mitglied` (`mitglied`),
  KEY `ixMitgliedskonto5` (`rechnung`),
  KEY `ixMitgliedskonto6` (`zahler`),
  CONSTRAINT `fkMitgliedskonto1` FOREIGN KEY (`abrechnungslauf`) REFERENCES `abrechnungslauf` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkMitgliedskonto2` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkMitgliedskonto5` FOREIGN KEY (`rechnung`) REFERENCES `rechnung` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fkMitgliedskonto6` FOREIGN KEY (`zahler`) REFERENCES `mitglied` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spendenbescheinigung` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `spendenart` int(11) NOT NULL DEFAULT 1,
  `zeile1` varchar(80) DEFAULT NULL,
  `zeile2` varchar(80) DEFAULT NULL,
  `zeile3` varchar(80) DEFAULT NULL,
  `zeile4` varchar(80) DEFAULT NULL,
  `zeile5` varchar(80) DEFAULT NULL,
  `zeile6` varchar(80) DEFAULT NULL,
  `zeile7` varchar(80) DEFAULT NULL,
  `spendedatum` date DEFAULT NULL,
  `bescheinigungsdatum` date DEFAULT NULL,
  `betrag` double DEFAULT NULL,
  `formular` bigint(20) DEFAULT NULL,
  `ersatzaufwendungen` bit(1) DEFAULT NULL,
  `mitglied` bigint(20) DEFAULT NULL,
  `bezeichnungsachzuwendung` varchar(1000) DEFAULT NULL,
  `herkunftspende` int(11) DEFAULT NULL,
  `unterlagenwertermittlung` bit(1) DEFAULT NULL,
  `autocreate` bit(1) DEFAULT b'0',
  `versanddatum` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `ixSpendenbescheinigung2` (`mitglied`),
  KEY `fkSpendenbescheinigung1` (`formular`),
  CONSTRAINT `fkSpendenbescheinigung1` FOREIGN KEY (`formular`) REFERENCES `formular` (`id`),
  CONSTRAINT `fkSpendenbescheinigung2` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buchung` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `umsatzid` int(11) DEFAULT NULL,
  `konto` bigint(20) DEFAULT NULL,
  `auszugsnummer` int(11) DEFAULT NULL,
  `blattnummer` int(11) DEFAULT NULL,
  `name` varchar(100) DEFAULT NULL,
  `betrag` double NOT NULL,
  `zweck` varchar(500) DEFAULT NULL,
  `datum` date NOT NULL,
  `art` varchar(100) DEFAULT NULL,
  `kommentar` varchar(1000) DEFAULT NULL,
  `buchungsart` bigint(20) DEFAULT NULL,
  `sollbuchung` bigint(19) DEFAULT NULL,
  `abrechnungslauf` bigint(20) DEFAULT NULL,
  `splitid` bigint(20) DEFAULT NULL,
  `splittyp` int(11) DEFAULT NULL,
  `spendenbescheinigung` bigint(20) DEFAULT NULL,
  `verzicht` bit(1) DEFAULT NULL,
  `projekt` bigint(20) DEFAULT NULL,
  `iban` varchar(34) DEFAULT NULL,
  `dependencyid` int(11) DEFAULT -1,
  `abschluss` bigint(20) DEFAULT NULL,
  `buchungsklasse` bigint(20) DEFAULT NULL,
  `geprueft` bit(1) DEFAULT NULL,
  `steuer` bigint(20) DEFAULT NULL,
  `unterlagenwertermittlung` bit(1) DEFAULT NULL,
  `herkunftspende` int(11) DEFAULT NULL,
  `bezeichnungsachzuwendung` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ixBuchung1` (`spendenbescheinigung`),
  KEY `fkBuchung1` (`buchungsart`),
  KEY `fkBuchung2` (`konto`),
  KEY `fkBuchung4` (`abrechnungslauf`),
  KEY `fkBuchung6` (`projekt`),
  KEY `fkBuchung3` (`sollbuchung`),
  KEY `ixBuchung8` (`abschluss`),
  KEY `ixBuchung7` (`buchungsklasse`),
  KEY `ixBuchung9` (`splitid`),
  KEY `ixBuchungSteuer` (`steuer`),
  CONSTRAINT `fkBuchung1` FOREIGN KEY (`buchungsart`) REFERENCES `buchungsart` (`id`),
  CONSTRAINT `fkBuchung2` FOREIGN KEY (`konto`) REFERENCES `konto` (`id`),
  CONSTRAINT `fkBuchung3` FOREIGN KEY (`sollbuchung`) REFERENCES `sollbuchung` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `fkBuchung4` FOREIGN KEY (`abrechnungslauf`) REFERENCES `abrechnungslauf` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkBuchung5` FOREIGN KEY (`spendenbescheinigung`) REFERENCES `spendenbescheinigung` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `fkBuchung6` FOREIGN KEY (`projekt`) REFERENCES `projekt` (`id`),
  CONSTRAINT `fkBuchung7` FOREIGN KEY (`buchungsklasse`) REFERENCES `buchungsklasse` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `fkBuchung8` FOREIGN KEY (`abschluss`) REFERENCES `jahresabschluss` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fkBuchung9` FOREIGN KEY (`splitid`) REFERENCES `buchung` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkBuchungSteuer` FOREIGN KEY (`steuer`) REFERENCES `steuer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buchungdokument` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `referenz` bigint(20) DEFAULT NULL,
  `datum` date NOT NULL,
  `bemerkung` varchar(50) DEFAULT NULL,
  `uuid` varchar(50) DEFAULT NULL,
  `pfad` varchar(500) DEFAULT NULL,
  `hash` varbinary(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkBuchungDokument1` (`referenz`),
  CONSTRAINT `fkBuchungDokument1` FOREIGN KEY (`referenz`) REFERENCES `buchung` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eigenschaftgruppe` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `bezeichnung` varchar(30) NOT NULL,
  `pflicht` bit(1) DEFAULT NULL,
  `max1` bit(1) DEFAULT NULL,
  `name` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `ixEigenschaftGruppe1` (`bezeichnung`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eigenschaft` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `eigenschaftgruppe` bigint(20) DEFAULT NULL,
  `bezeichnung` varchar(30) NOT NULL,
  `name` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `ixEigenschaft1` (`bezeichnung`,`eigenschaftgruppe`),
  KEY `fkEigenschaft1` (`eigenschaftgruppe`),
  CONSTRAINT `fkEigenschaft1` FOREIGN KEY (`eigenschaftgruppe`) REFERENCES `eigenschaftgruppe` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eigenschaften` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mitglied` bigint(20) DEFAULT NULL,
  `eigenschaft` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `ixEigenschaften1` (`mitglied`,`eigenschaft`),
  KEY `fkEigenschaften2` (`eigenschaft`),
  CONSTRAINT `fkEigenschaften1` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkEigenschaften2` FOREIGN KEY (`eigenschaft`) REFERENCES `eigenschaft` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `einstellungneu` (
  `id` bigint(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `wert` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `felddefinition` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `label` varchar(50) NOT NULL,
  `datentyp` int(11) DEFAULT 1,
  `laenge` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `formularfeld` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `formular` bigint(20) DEFAULT NULL,
  `name` varchar(1000) NOT NULL DEFAULT '',
  `seite` int(10) DEFAULT NULL,
  `x` double DEFAULT NULL,
  `y` double DEFAULT NULL,
  `font` varchar(50) DEFAULT NULL,
  `fontsize` int(11) DEFAULT NULL,
  `fontstyle` int(11) DEFAULT NULL,
  `ausrichtung` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkFormularfeld1` (`formular`),
  CONSTRAINT `fkFormularfeld1` FOREIGN KEY (`formular`) REFERENCES `formular` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kursteilnehmer` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `personenart` char(1) DEFAULT NULL,
  `anrede` varchar(10) DEFAULT NULL,
  `titel` varchar(40) DEFAULT NULL,
  `name` varchar(40) DEFAULT NULL,
  `vorname` varchar(40) DEFAULT NULL,
  `strasse` varchar(40) DEFAULT NULL,
  `adressierungszusatz` varchar(40) DEFAULT NULL,
  `plz` varchar(10) DEFAULT NULL,
  `ort` varchar(40) DEFAULT NULL,
  `staat` varchar(50) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `bic` varchar(11) DEFAULT NULL,
  `iban` varchar(34) DEFAULT NULL,
  `vzweck1` varchar(140) DEFAULT NULL,
  `mandatdatum` date DEFAULT NULL,
  `betrag` double NOT NULL,
  `geburtsdatum` date DEFAULT NULL,
  `geschlecht` varchar(1) DEFAULT NULL,
  `eingabedatum` date NOT NULL,
  `abbudatum` date DEFAULT NULL,
  `kontoinhaber` varchar(70) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lastschrift` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `abrechnungslauf` bigint(20) DEFAULT NULL,
  `mitglied` bigint(20) DEFAULT NULL,
  `kursteilnehmer` bigint(20) DEFAULT NULL,
  `personenart` char(1) DEFAULT NULL,
  `anrede` varchar(40) DEFAULT NULL,
  `titel` varchar(40) DEFAULT NULL,
  `name` varchar(40) NOT NULL,
  `vorname` varchar(40) DEFAULT NULL,
  `strasse` varchar(40) DEFAULT NULL,
  `adressierungszusatz` varchar(40) DEFAULT NULL,
  `plz` varchar(10) DEFAULT NULL,
  `ort` varchar(40) DEFAULT NULL,
  `staat` varchar(50) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `mandatid` varchar(35) NOT NULL,
  `mandatdatum` date NOT NULL,
  `mandatsequence` varchar(4) DEFAULT NULL,
  `bic` varchar(11) NOT NULL,
  `iban` varchar(34) NOT NULL,
  `verwendungszweck` varchar(140) NOT NULL,
  `betrag` double NOT NULL,
  `geschlecht` varchar(1) DEFAULT NULL,
  `versanddatum` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `abrechnungslauf` (`abrechnungslauf`),
  KEY `mitglied` (`mitglied`),
  KEY `kursteilnehmer` (`kursteilnehmer`),
  CONSTRAINT `fkLastschrift1` FOREIGN KEY (`abrechnungslauf`) REFERENCES `abrechnungslauf` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkLastschrift2` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fkLastschrift3` FOREIGN KEY (`kursteilnehmer`) REFERENCES `kursteilnehmer` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lehrgangsart` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `bezeichnung` varchar(50) NOT NULL,
  `von` date DEFAULT NULL,
  `bis` date DEFAULT NULL,
  `veranstalter` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lehrgang` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mitglied` bigint(20) DEFAULT NULL,
  `lehrgangsart` bigint(20) DEFAULT NULL,
  `von` date DEFAULT NULL,
  `bis` date DEFAULT NULL,
  `veranstalter` varchar(50) DEFAULT NULL,
  `ergebnis` varchar(50) DEFAULT NULL,
  `bezeichnung` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkLehrgang1` (`mitglied`),
  KEY `fkLehrgang2` (`lehrgangsart`),
  CONSTRAINT `fkLehrgang1` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkLehrgang2` FOREIGN KEY (`lehrgangsart`) REFERENCES `lehrgangsart` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lesefeld` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `bezeichnung` varchar(50) DEFAULT NULL,
  `script` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `betreff` varchar(100) NOT NULL,
  `txt` varchar(10000) DEFAULT NULL,
  `bearbeitung` datetime NOT NULL,
  `versand` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailanhang` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mail` bigint(20) DEFAULT NULL,
  `anhang` longblob DEFAULT NULL,
  `dateiname` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkMailAnhang1` (`mail`),
  CONSTRAINT `fkMailAnhang1` FOREIGN KEY (`mail`) REFERENCES `mail` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailempfaenger` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mail` bigint(20) DEFAULT NULL,
  `mitglied` bigint(20) DEFAULT NULL,
  `versand` timestamp NULL DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkMailempfaenger2` (`mitglied`),
  KEY `fkMailEmpfaenger1` (`mail`),
  CONSTRAINT `fkMailEmpfaenger1` FOREIGN KEY (`mail`) REFERENCES `mail` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkMailempfaenger2` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailvorlage` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `betreff` varchar(100) NOT NULL,
  `txt` varchar(10000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `betreff` (`betreff`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mitglieddokument` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `referenz` bigint(20) DEFAULT NULL,
  `datum` date NOT NULL,
  `bemerkung` varchar(50) DEFAULT NULL,
  `uuid` varchar(50) DEFAULT NULL,
  `pfad` varchar(500) DEFAULT NULL,
  `hash` varbinary(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkMitgliedDokument1` (`referenz`),
  CONSTRAINT `fkMitgliedDokument1` FOREIGN KEY (`referenz`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mitgliedfoto` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mitglied` bigint(20) DEFAULT NULL,
  `foto` longblob DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `mitglied` (`mitglied`),
  CONSTRAINT `fkMitgliedfoto1` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mitgliednextbgruppe` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `mitglied` bigint(19) DEFAULT NULL,
  `beitragsgruppe` bigint(19) DEFAULT NULL,
  `bemerkung` varchar(30) DEFAULT NULL,
  `abdatum` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `ixMitgliednextbgruppe2` (`beitragsgruppe`),
  KEY `ixMitgliednextbgruppe3` (`mitglied`),
  CONSTRAINT `fkMitgliednextbgruppe1` FOREIGN KEY (`beitragsgruppe`) REFERENCES `beitragsgruppe` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `fkMitgliednextbgruppe2` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qifimporthead` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(30) DEFAULT NULL,
  `beschreibung` varchar(30) DEFAULT NULL,
  `startsaldo` double DEFAULT NULL,
  `startdate` date DEFAULT NULL,
  `konto` int(10) DEFAULT NULL,
  `importdatum` date NOT NULL,
  `importfile` varchar(256) DEFAULT NULL,
  `processdate` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qifimportpos` (
  `id` bigint(19) DEFAULT NULL,
  `headid` int(10) NOT NULL,
  `datum` date NOT NULL,
  `betrag` double NOT NULL,
  `beleg` varchar(30) DEFAULT NULL,
  `name` varchar(100) DEFAULT NULL,
  `zweck` varchar(100) DEFAULT NULL,
  `buchartex` varchar(50) DEFAULT NULL,
  `buchart` int(10) DEFAULT NULL,
  `mitgliedbar` varchar(1) DEFAULT NULL,
  `mitglied` int(10) DEFAULT NULL,
  `sperre` varchar(1) DEFAULT NULL,
  UNIQUE KEY `posid` (`id`),
  KEY `fkImpKntPos1` (`headid`),
  CONSTRAINT `fkImpKntPos1` FOREIGN KEY (`headid`) REFERENCES `qifimporthead` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sekundaerebeitragsgruppe` (
  `id` bigint(10) NOT NULL AUTO_INCREMENT,
  `mitglied` bigint(10) NOT NULL,
  `beitragsgruppe` bigint(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_sekundaerbeitragegruppe2` (`beitragsgruppe`),
  KEY `fk_sekundaerbeitragegruppe1` (`mitglied`),
  CONSTRAINT `fk_sekundaerbeitragegruppe1` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fk_sekundaerbeitragegruppe2` FOREIGN KEY (`beitragsgruppe`) REFERENCES `beitragsgruppe` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sollbuchungposition` (
  `id` bigint(10) NOT NULL AUTO_INCREMENT,
  `sollbuchung` bigint(10) NOT NULL,
  `betrag` double NOT NULL,
  `steuersatz` double DEFAULT NULL,
  `buchungsart` bigint(10) DEFAULT NULL,
  `buchungsklasse` bigint(10) DEFAULT NULL,
  `datum` date NOT NULL,
  `zweck` varchar(500) DEFAULT NULL,
  `steuer` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ixSollbuchungposition1` (`sollbuchung`),
  KEY `ixSollbuchungposition2` (`buchungsart`),
  KEY `ixSollbuchungposition3` (`zweck`),
  KEY `fk_sollbuchungposition3` (`buchungsklasse`),
  KEY `ixSollbuchungpositionSteuer` (`steuer`),
  CONSTRAINT `fkSollbuchungpositionSteuer` FOREIGN KEY (`steuer`) REFERENCES `steuer` (`id`),
  CONSTRAINT `fk_sollbuchungposition1` FOREIGN KEY (`sollbuchung`) REFERENCES `sollbuchung` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fk_sollbuchungposition2` FOREIGN KEY (`buchungsart`) REFERENCES `buchungsart` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `fk_sollbuchungposition3` FOREIGN KEY (`buchungsklasse`) REFERENCES `buchungsklasse` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suchprofil` (
  `id` bigint(19) NOT NULL AUTO_INCREMENT,
  `bezeichnung` varchar(50) DEFAULT NULL,
  `inhalt` longblob DEFAULT NULL,
  `clazz` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ixSuchprofil1` (`bezeichnung`,`clazz`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `version` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `version` int(11) DEFAULT NULL,
  `programversion` varchar(15) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vorlage` (
  `id` bigint(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) DEFAULT NULL,
  `muster` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wiedervorlage` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mitglied` bigint(20) DEFAULT NULL,
  `datum` date NOT NULL,
  `vermerk` varchar(50) NOT NULL,
  `erledigung` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkWiedervorlage1` (`mitglied`),
  CONSTRAINT `fkWiedervorlage1` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wirtschaftsplan` (
  `id` bigint(4) NOT NULL AUTO_INCREMENT,
  `bezeichnung` varchar(200) DEFAULT NULL,
  `datum_von` date NOT NULL,
  `datum_bis` date NOT NULL,
  `projekt` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ixwirtschaftsplanprojekt` (`projekt`),
  CONSTRAINT `fkwirtschaftsplanprojekt` FOREIGN KEY (`projekt`) REFERENCES `projekt` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wirtschaftsplanitem` (
  `id` bigint(4) NOT NULL AUTO_INCREMENT,
  `wirtschaftsplan` bigint(4) NOT NULL,
  `buchungsart` bigint(4) NOT NULL,
  `buchungsklasse` bigint(4) NOT NULL,
  `posten` varchar(200) NOT NULL,
  `soll` double NOT NULL,
  `art` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ix_wirtschaftsplanitem` (`wirtschaftsplan`),
  KEY `ix_wirtschaftsplanitem1` (`buchungsart`),
  KEY `ix_wirtschaftsplanitem2` (`buchungsklasse`),
  CONSTRAINT `fK_wirtschaftsplanitem` FOREIGN KEY (`wirtschaftsplan`) REFERENCES `wirtschaftsplan` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_wirtschaftsplanitem1` FOREIGN KEY (`buchungsart`) REFERENCES `buchungsart` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_wirtschaftsplanitem2` FOREIGN KEY (`buchungsklasse`) REFERENCES `buchungsklasse` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zusatzbetrag` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mitglied` bigint(20) DEFAULT NULL,
  `faelligkeit` date NOT NULL,
  `buchungstext` varchar(500) NOT NULL,
  `betrag` double NOT NULL,
  `startdatum` date DEFAULT NULL,
  `intervall` int(11) DEFAULT NULL,
  `endedatum` date DEFAULT NULL,
  `ausfuehrung` date DEFAULT NULL,
  `buchungsart` bigint(20) DEFAULT NULL,
  `buchungsklasse` bigint(20) DEFAULT NULL,
  `zahlungsweg` int(11) NOT NULL DEFAULT 0,
  `steuer` bigint(10) DEFAULT NULL,
  `mitgliedzahltselbst` bit(1) DEFAULT b'0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `FKZusatzabbuchung_2` (`buchungsart`),
  KEY `fkZusatzabbuchung1` (`mitglied`),
  KEY `ixZusatzabbuchung3` (`buchungsklasse`),
  KEY `ixZusatzbetragSteuer` (`steuer`),
  CONSTRAINT `FKZusatzabbuchung_2` FOREIGN KEY (`buchungsart`) REFERENCES `buchungsart` (`id`),
  CONSTRAINT `fkZusatzabbuchung1` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fkZusatzabbuchung3` FOREIGN KEY (`buchungsklasse`) REFERENCES `buchungsklasse` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `fkZusatzbetragSteuer` FOREIGN KEY (`steuer`) REFERENCES `steuer` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zusatzbetragabrechnungslauf` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `abrechnungslauf` bigint(20) DEFAULT NULL,
  `zusatzbetrag` bigint(20) DEFAULT NULL,
  `letzteausfuehrung` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkZusatzbetragabrechnungslauf2` (`zusatzbetrag`),
  KEY `fkZusatzbetragabrechnungslauf1` (`abrechnungslauf`),
  CONSTRAINT `fkZusatzbetragabrechnungslauf1` FOREIGN KEY (`abrechnungslauf`) REFERENCES `abrechnungslauf` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fkZusatzbetragabrechnungslauf2` FOREIGN KEY (`zusatzbetrag`) REFERENCES `zusatzbetrag` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zusatzbetragvorlage` (
  `id` bigint(10) NOT NULL AUTO_INCREMENT,
  `faelligkeit` date DEFAULT NULL,
  `buchungstext` varchar(500) NOT NULL,
  `betrag` double NOT NULL,
  `startdatum` date DEFAULT NULL,
  `intervall` int(11) NOT NULL,
  `endedatum` date DEFAULT NULL,
  `buchungsart` bigint(20) DEFAULT NULL,
  `buchungsklasse` bigint(20) DEFAULT NULL,
  `zahlungsweg` int(11) NOT NULL DEFAULT 0,
  `steuer` bigint(10) DEFAULT NULL,
  `mitgliedzahltselbst` bit(1) DEFAULT b'0',
  PRIMARY KEY (`id`),
  KEY `FKZusatzbetragvorlage_2` (`buchungsart`),
  KEY `ixZusatzbetragvorlage3` (`buchungsklasse`),
  KEY `ixZusatzbetragvorlageSteuer` (`steuer`),
  CONSTRAINT `FKZusatzbetragvorlage_2` FOREIGN KEY (`buchungsart`) REFERENCES `buchungsart` (`id`),
  CONSTRAINT `fkZusatzbetragvorlage3` FOREIGN KEY (`buchungsklasse`) REFERENCES `buchungsklasse` (`id`) ON UPDATE NO ACTION,
  CONSTRAINT `fkZusatzbetragvorlageSteuer` FOREIGN KEY (`steuer`) REFERENCES `steuer` (`id`) ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zusatzfelder` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mitglied` bigint(20) DEFAULT NULL,
  `felddefinition` bigint(20) DEFAULT NULL,
  `feld` varchar(1000) DEFAULT NULL,
  `felddatum` date DEFAULT NULL,
  `feldganzzahl` int(11) DEFAULT NULL,
  `feldgleitkommazahl` double DEFAULT NULL,
  `feldwaehrung` decimal(15,2) DEFAULT NULL,
  `feldjanein` bit(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `fkzusatzfelder1` (`mitglied`),
  KEY `fkZusatzfelder2` (`felddefinition`),
  CONSTRAINT `fkZusatzfelder2` FOREIGN KEY (`felddefinition`) REFERENCES `felddefinition` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkzusatzfelder1` FOREIGN KEY (`mitglied`) REFERENCES `mitglied` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `buchungsart` ADD CONSTRAINT `fkBuchungsartSteuer` FOREIGN KEY (`steuer`) REFERENCES `steuer` (`id`);

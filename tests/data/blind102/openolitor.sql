SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `Vertrieb` (
  `id` BIGINT not null,
  `abotyp_id` BIGINT not null,
  `liefertag` varchar(10),
  `beschrieb` varchar(2000),
  `anzahl_abos` int not null,
  `anzahl_abos_aktiv` int not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Postlieferung` (
  `id` BIGINT not null,
  `vertrieb_id` BIGINT not null,
  `anzahl_abos` int not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Depotlieferung` (
  `id` BIGINT not null,
  `vertrieb_id` BIGINT not null,
  `depot_id` BIGINT not null,
  `anzahl_abos` int not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Heimlieferung` (
  `id` BIGINT not null,
  `vertrieb_id` BIGINT not null,
  `tour_id` BIGINT not null,
  `anzahl_abos` int not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Depot` (
  `id` BIGINT not null,
  `name` varchar(50) not null,
  `kurzzeichen` varchar(6) not null,
  `ap_name` varchar(50),
  `ap_vorname` varchar(50),
  `ap_telefon` varchar(20),
  `ap_email` varchar(100),
  `v_name` varchar(50),
  `v_vorname` varchar(50),
  `v_telefon` varchar(20),
  `v_email` varchar(100),
  `strasse` varchar(50),
  `haus_nummer` varchar(10),
  `plz` varchar(10) not null,
  `ort` varchar(50) not null,
  `aktiv` varchar(1),
  `oeffnungszeiten` varchar(200),
  `farb_code` varchar(20),
  `iban` varchar(34),
  `bank` varchar(50),
  `beschreibung` varchar(200),
  `anzahl_abonnenten_max` int,
  `anzahl_abonnenten` int not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Tour` (
  `id` BIGINT not null,
  `name` varchar(50) not null,
  `beschreibung` varchar(256),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Abotyp` (
  `id` BIGINT not null,
  `name` varchar(50) not null,
  `beschreibung` varchar(256),
  `lieferrhythmus` varchar(256),
  `aktiv_von` datetime default null,
  `aktiv_bis` datetime default null,
  `preis` DECIMAL(7,2) not null,
  `preiseinheit` varchar(20) not null,
  `laufzeit` int,
  `laufzeiteinheit` varchar(50),
  `vertragslaufzeit` varchar(50),
  `kuendigungsfrist` varchar(50),
  `anzahl_abwesenheiten` int,
  `anzahl_einsaetze` DECIMAL(5,2),
  `farb_code` varchar(20),
  `zielpreis` DECIMAL(7,2),
  `guthaben_mindestbestand` int,
  `admin_prozente` DECIMAL(5,2),
  `wird_geplant` varchar(1) not null,
  `anzahl_abonnenten` INT not null,
  `letzte_lieferung` datetime default null,
  `waehrung` varchar(10),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Kunde` (
  `id` BIGINT not null,
  `aktiv` varchar(1) not null default 1,
  `bezeichnung` varchar(50),
  `strasse` varchar(50) not null,
  `haus_nummer` varchar(10),
  `adress_zusatz` varchar(100),
  `plz` varchar(10) not null,
  `ort` varchar(50) not null,
  `bemerkungen` varchar(1000),
  `abweichende_lieferadresse` varchar(1),
  `bezeichnung_lieferung` varchar(50),
  `strasse_lieferung` varchar(50),
  `haus_nummer_lieferung` varchar(10),
  `adress_zusatz_lieferung` varchar(100),
  `plz_lieferung` varchar(10),
  `ort_lieferung` varchar(50),
  `zusatzinfo_lieferung` varchar(100),
  `lat_lieferung` DECIMAL(9,6),
  `long_lieferung` DECIMAL(9,6),
  `typen` varchar(200),
  `anzahl_abos` int not null,
  `anzahl_abos_aktiv` int not null,
  `anzahl_pendenzen` int not null,
  `anzahl_personen` int not null,
  `payment_type` varchar(100),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Pendenz` (
  `id` BIGINT not null,
  `kunde_id` varchar(50) not null,
  `kunde_bezeichnung` varchar(200),
  `datum` datetime default null,
  `bemerkung` varchar(2000),
  `status` varchar(50) not null,
  `generiert` varchar(1),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Kundentyp` (
  `id` BIGINT not null,
  `kundentyp` varchar(50) not null,
  `beschreibung` varchar(250),
  `anzahl_verknuepfungen` int not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Person` (
  `id` BIGINT not null,
  `kunde_id` varchar(50) not null,
  `anrede` varchar(20) null,
  `name` varchar(50) not null,
  `vorname` varchar(50) not null,
  `email` varchar(100),
  `email_alternative` varchar(100),
  `telefon_mobil` varchar(50),
  `telefon_festnetz` varchar(50),
  `bemerkungen` varchar(512),
  `sort` int not null,
  `login_aktiv` varchar(1) not null,
  `passwort` varchar(300),
  `letzte_anmeldung` datetime,
  `passwort_wechsel_erforderlich` varchar(1),
  `rolle` varchar(50),
  `categories` varchar(2000),
  `second_factor_type` varchar(10),
  `otp_secret` varchar(200),
  `otp_reset` varchar(1),
  `contact_permission` varchar(1),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `DepotlieferungAbo` (
  `id` BIGINT not null,
  `kunde_id` BIGINT not null,
  `kunde` varchar(100),
  `vertriebsart_id` BIGINT not null,
  `vertrieb_id` BIGINT not null,
  `abotyp_id` BIGINT not null,
  `abotyp_name` varchar(50),
  `depot_id` BIGINT,
  `depot_name` varchar(50),
  `start` datetime not null,
  `ende` datetime,
  `guthaben_vertraglich` int,
  `guthaben` int not null default 0,
  `guthaben_in_rechnung` int not null default 0,
  `letzte_lieferung` datetime,
  `anzahl_abwesenheiten` varchar(500),
  `anzahl_lieferungen` varchar(500),
  `anzahl_einsaetze` varchar(500),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `HeimlieferungAbo` (
  `id` BIGINT not null,
  `kunde_id` BIGINT not null,
  `kunde` varchar(100),
  `vertriebsart_id` BIGINT not null,
  `vertrieb_id` BIGINT not null,
  `abotyp_id` BIGINT not null,
  `abotyp_name` varchar(50),
  `tour_id` BIGINT,
  `tour_name` varchar(50),
  `start` datetime not null,
  `ende` datetime,
  `guthaben_vertraglich` int,
  `guthaben` int not null default 0,
  `guthaben_in_rechnung` int not null default 0,
  `letzte_lieferung` datetime,
  `anzahl_abwesenheiten` varchar(500),
  `anzahl_lieferungen` varchar(500),
  `anzahl_einsaetze` varchar(500),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `PostlieferungAbo` (
  `id` BIGINT not null,
  `kunde_id` BIGINT not null,
  `kunde` varchar(100),
  `vertriebsart_id` BIGINT not null,
  `vertrieb_id` BIGINT not null,
  `abotyp_id` BIGINT not null,
  `abotyp_name` varchar(50),
  `start` datetime not null,
  `ende` datetime,
  `guthaben_vertraglich` int,
  `guthaben` int not null default 0,
  `guthaben_in_rechnung` int not null default 0,
  `letzte_lieferung` datetime,
  `anzahl_abwesenheiten` varchar(500),
  `anzahl_lieferungen` varchar(500),
  `anzahl_einsaetze` varchar(500),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Lieferplanung` (
  `id` varchar(36) not null,
  `bemerkungen` varchar(2000),
  `abotyp_depot_tour` varchar(2000),
  `status` varchar(50) not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Lieferung` (
  `id` varchar(36) not null,
  `abotyp_id` varchar(36) not null,
  `abotyp_beschrieb` varchar(100) not null,
  `vertrieb_id` varchar(36) not null,
  `vertrieb_beschrieb` varchar(100),
  `status` varchar(50) not null,
  `datum` datetime not null,
  `durchschnittspreis` DECIMAL(7,2) not null,
  `anzahl_lieferungen` int not null,
  `anzahl_koerbe_zu_liefern` int not null,
  `anzahl_abwesenheiten` int not null,
  `anzahl_saldo_zu_tief` int not null,
  `zielpreis` DECIMAL(7,2),
  `preis_total` DECIMAL(7,2) not null,
  `lieferplanung_id` varchar(36),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Lieferposition` (
  `id` varchar(36) not null,
  `lieferung_id` varchar(36) not null,
  `produkt_id` varchar(36),
  `produkt_beschrieb` varchar(140) not null,
  `produzent_id` varchar(36) not null,
  `produzent_kurzzeichen` varchar(6) not null,
  `preis_einheit` DECIMAL(7,2),
  `einheit` varchar(20) not null,
  `menge` DECIMAL(7,2) not null,
  `preis` DECIMAL(7,2),
  `anzahl` int not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Bestellung` (
  `id` varchar(36) not null,
  `produzent_id` varchar(36) not null,
  `produzent_kurzzeichen` varchar(6) not null,
  `lieferplanung_id` varchar(36) not null,
  `status` varchar(50) not null,
  `datum` datetime not null,
  `datum_abrechnung` datetime default null,
  `preis_total` DECIMAL(7,2) not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Bestellposition` (
  `id` varchar(36) not null,
  `bestellung_id` varchar(36) not null,
  `produkt_id` varchar(36),
  `produkt_beschrieb` varchar(140) not null,
  `preis_einheit` DECIMAL(7,2),
  `einheit` varchar(20) not null,
  `menge` DECIMAL(7,2),
  `preis` DECIMAL(7,2),
  `anzahl` int not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Korb` (
  `id` varchar(36) not null,
  `lieferung_id` varchar(36) not null,
  `abo_id` varchar(36) not null,
  `status` varchar(50) not null,
  `guthaben_vor_lieferung` int not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Produkt` (
  `id` BIGINT not null,
  `name` varchar(140) not null,
  `verfuegbar_von` varchar(10) not null,
  `verfuegbar_bis` varchar(10) not null,
  `kategorien` varchar(300),
  `standardmenge` DECIMAL(7,3),
  `einheit` varchar(20) not null,
  `preis` DECIMAL(7,2) not null,
  `produzenten` varchar(300),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Produktekategorie` (
  `id` BIGINT not null,
  `beschreibung` varchar(50) not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Produzent` (
  `id` BIGINT not null,
  `name` varchar(50) not null,
  `vorname` varchar(50),
  `kurzzeichen` varchar(6) not null,
  `strasse` varchar(50),
  `haus_nummer` varchar(10),
  `adress_zusatz` varchar(100),
  `plz` varchar(10) not null,
  `ort` varchar(50) not null,
  `bemerkungen` varchar(1000),
  `email` varchar(100) not null,
  `telefon_mobil` varchar(50),
  `telefon_festnetz` varchar(50),
  `iban` varchar(34),
  `bank` varchar(50),
  `mwst` varchar(1),
  `mwst_satz` DECIMAL(4,2),
  `mwst_nr` varchar(30),
  `aktiv` varchar(1),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Projekt` (
  `id` BIGINT not null,
  `bezeichnung` varchar(50) not null,
  `strasse` varchar(50),
  `haus_nummer` varchar(10),
  `adress_zusatz` varchar(100),
  `plz` varchar(10),
  `ort` varchar(50),
  `preise_sichtbar` varchar(1) not null,
  `preise_editierbar` varchar(1) not null,
  `email_erforderlich` varchar(1) not null,
  `waehrung` varchar(10) not null,
  `geschaeftsjahr_monat` DECIMAL(2,0) not null,
  `geschaeftsjahr_tag` DECIMAL(2,0) not null,
  `two_factor_authentication` varchar(100),
  `default_second_factor_type` varchar(10),
  `sprache` varchar(10),
  `welcome_message1` varchar(2000),
  `welcome_message2` varchar(2000),
  `message_for_members` mediumtext,
  `maintenance_mode` varchar(1),
  `generierte_mails_senden` varchar(1) not null,
  `einsatz_einheit` varchar(20) not null,
  `einsatz_absage_vorlauf_tage` DECIMAL(2,0) not null,
  `einsatz_show_liste_kunde` varchar(1) not null,
  `send_email_to_bcc` varchar(1) not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ProduktProduzent` (
  `id` BIGINT not null,
  `produkt_id` BIGINT not null,
  `produzent_id` BIGINT not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ProduktProduktekategorie` (
  `id` BIGINT not null,
  `produkt_id` BIGINT not null,
  `produktekategorie_id` BIGINT not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Abwesenheit` (
  `id` BIGINT not null,
  `abo_id` BIGINT not null,
  `lieferung_id` BIGINT not null,
  `datum` datetime not null,
  `bemerkung` varchar(500),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `Rechnung` (
  `id` BIGINT not null,
  `kunde_id` BIGINT not null,
  `abo_id` BIGINT not null,
  `titel` varchar(100),
  `anzahl_lieferungen` INT not null,
  `waehrung` varchar(10) not null,
  `betrag` DECIMAL(8,2) not null,
  `einbezahlter_betrag` DECIMAL(8,2),
  `rechnungs_datum` datetime not null,
  `faelligkeits_datum` datetime not null,
  `eingangs_datum` datetime,
  `status` varchar(50) not null,
  `referenz_nummer` varchar(27) not null,
  `esr_nummer` varchar(54) not null,
  `strasse` varchar(50) not null,
  `haus_nummer` varchar(10),
  `adress_zusatz` varchar(100),
  `plz` varchar(10) not null,
  `ort` varchar(50) not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ZahlungsImport` (
  `id` BIGINT not null,
  `file` varchar(255) not null,
  `anzahl_zahlungs_eingaenge` int not null,
  `anzahl_zahlungs_eingaenge_erledigt` int not null,
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ZahlungsEingang` (
  `id` BIGINT not null,
  `zahlungs_import_id` BIGINT not null,
  `rechnung_id` BIGINT,
  `transaktionsart` varchar(100) not null,
  `teilnehmer_nummer` varchar(10) not null,
  `referenz_nummer` varchar(27) not null,
  `waehrung` varchar(10) not null,
  `betrag` DECIMAL(8,2) not null,
  `aufgabe_datum` datetime,
  `verarbeitungs_datum` datetime,
  `gutschrifts_datum` datetime,
  `status` varchar(50) not null,
  `erledigt` varchar(1) not null,
  `bemerkung` varchar(2000),
  `erstelldat` datetime not null,
  `ersteller` BIGINT not null,
  `modifidat` datetime not null,
  `modifikator` BIGINT not null
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- kiBon (DV Bern AG; online childcare-voucher system — Betreuungsgutscheine for Kitas and childminders
-- (Tagesfamilien), day-school (Tagesschule) and holiday-club (Ferieninsel) registrations — of the canton of
-- Bern and other Swiss cantons and municipalities; successor of the City of Bern's Ki-Tax; German names).
-- Upstream: github.com/dvbern/kiBon, commit 0562e14216c8e7ad6d8847e151eb540cd1761778 (AGPL-3.0),
-- ebegu-dbschema/src/main/resources/db/migration/V0000__initialSchema.sql … V0140__ibanToUppercase.sql:
-- the 140 Flyway migrations (MariaDB dialect) replayed in order into a scratch MariaDB 10.11 database (the
-- schema qualifier "ebegu." removed so that they run in a differently named database), then written out with
-- SHOW CREATE TABLE. 59 of the resulting 229 tables kept (the Hibernate Envers *_aud audit copies and other
-- tables left out, see kibon.md); foreign keys to left-out tables removed, the columns kept. Column names and
-- order are upstream's.
CREATE TABLE `mandant` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `angebotts` bit(1) NOT NULL,
  `angebotfi` bit(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gemeinde` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `betreuungsgutscheine_startdatum` date NOT NULL,
  `bfs_nummer` bigint(20) NOT NULL,
  `gemeinde_nummer` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `mandant_id` binary(16) NOT NULL,
  `angebotbg` bit(1) NOT NULL,
  `angebotts` bit(1) NOT NULL,
  `angebotfi` bit(1) NOT NULL,
  `tagesschulanmeldungen_startdatum` date NOT NULL,
  `ferieninselanmeldungen_startdatum` date NOT NULL,
  `gueltig_bis` date NOT NULL DEFAULT '9999-12-31',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_gemeinde_name` (`name`),
  UNIQUE KEY `UK_gemeinde_bfsnummer` (`bfs_nummer`),
  UNIQUE KEY `UK_gemeinde_gemeindeNummer_mandant` (`gemeinde_nummer`,`mandant_id`),
  KEY `FK_gemeinde_mandant_id` (`mandant_id`),
  CONSTRAINT `FK_gemeinde_mandant_id` FOREIGN KEY (`mandant_id`) REFERENCES `mandant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `bfs_gemeinde` (
  `id` varchar(36) NOT NULL,
  `bfs_nummer` bigint(20) NOT NULL,
  `gueltig_ab` date NOT NULL,
  `kanton` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `mandant_id` binary(16) NOT NULL,
  `verbund_id` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_bfs_gemeinde_mandant_id` (`mandant_id`),
  KEY `FK_bfsgemeinde_verbund_id` (`verbund_id`),
  CONSTRAINT `FK_bfs_gemeinde_mandant_id` FOREIGN KEY (`mandant_id`) REFERENCES `mandant` (`id`),
  CONSTRAINT `FK_bfsgemeinde_verbund_id` FOREIGN KEY (`verbund_id`) REFERENCES `bfs_gemeinde` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `traegerschaft` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `active` bit(1) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_Traegerschaft_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `institution` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `mandant_id` binary(16) NOT NULL,
  `traegerschaft_id` binary(16) DEFAULT NULL,
  `stammdaten_check_required` bit(1) NOT NULL DEFAULT b'0',
  `event_published` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_institution_mandant_id` (`mandant_id`),
  KEY `FK_institution_traegerschaft_id` (`traegerschaft_id`),
  CONSTRAINT `FK_institution_mandant_id` FOREIGN KEY (`mandant_id`) REFERENCES `mandant` (`id`),
  CONSTRAINT `FK_institution_traegerschaft_id` FOREIGN KEY (`traegerschaft_id`) REFERENCES `traegerschaft` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `adresse` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  `gemeinde` varchar(255) DEFAULT NULL,
  `hausnummer` varchar(100) DEFAULT NULL,
  `land` varchar(255) NOT NULL,
  `organisation` varchar(255) DEFAULT NULL,
  `ort` varchar(255) NOT NULL,
  `plz` varchar(100) NOT NULL,
  `strasse` varchar(255) NOT NULL,
  `zusatzzeile` varchar(255) DEFAULT NULL,
  `bfs_nummer` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `institution_stammdaten` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  `betreuungsangebot_typ` varchar(255) NOT NULL,
  `mail` varchar(255) NOT NULL,
  `oeffnungszeiten` varchar(255) DEFAULT NULL,
  `telefon` varchar(255) DEFAULT NULL,
  `webseite` varchar(255) DEFAULT NULL,
  `adresse_id` binary(16) NOT NULL,
  `institution_id` binary(16) NOT NULL,
  `institution_stammdaten_ferieninsel_id` binary(16) DEFAULT NULL,
  `institution_stammdaten_tagesschule_id` binary(16) DEFAULT NULL,
  `send_mail_wenn_offene_pendenzen` bit(1) DEFAULT b'1',
  `institution_stammdaten_betreuungsgutscheine_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_institution_stammdaten_adresse_id` (`adresse_id`),
  UNIQUE KEY `UK_institution_stammdaten_institution_id` (`institution_id`),
  KEY `IX_institution_stammdaten_gueltig_ab` (`gueltig_ab`),
  KEY `IX_institution_stammdaten_gueltig_bis` (`gueltig_bis`),
  KEY `FK_inst_stammdaten_inst_stammdaten_ferieninsel_id` (`institution_stammdaten_ferieninsel_id`),
  KEY `FK_inst_stammdaten_inst_stammdaten_tagesschule_id` (`institution_stammdaten_tagesschule_id`),
  KEY `FK_inst_stammdaten_inst_stammdaten_bg_id` (`institution_stammdaten_betreuungsgutscheine_id`),
  CONSTRAINT `FK_institution_stammdaten_adresse_id` FOREIGN KEY (`adresse_id`) REFERENCES `adresse` (`id`),
  CONSTRAINT `FK_institution_stammdaten_institution_id` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fachstelle` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `fachstelle_anspruch` bit(1) NOT NULL,
  `fachstelle_erweiterte_betreuung` bit(1) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sozialdienst` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `mandant_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_sozialdienst_name` (`name`),
  KEY `FK_sozialdienst_mandant_id` (`mandant_id`),
  CONSTRAINT `FK_sozialdienst_mandant_id` FOREIGN KEY (`mandant_id`) REFERENCES `mandant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gesuchsperiode` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  `datum_aktiviert` date DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `verfuegung_erlaeuterungen_de` longblob DEFAULT NULL,
  `verfuegung_erlaeuterungen_fr` longblob DEFAULT NULL,
  `vorlage_merkblatt_ts_de` longblob DEFAULT NULL,
  `vorlage_merkblatt_ts_fr` longblob DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `einstellung` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `einstellung_key` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `gemeinde_id` binary(16) DEFAULT NULL,
  `gesuchsperiode_id` binary(16) NOT NULL,
  `mandant_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_einstellung_gemeinde_id` (`gemeinde_id`),
  KEY `FK_einstellung_gesuchsperiode_id` (`gesuchsperiode_id`),
  KEY `FK_einstellung_mandant_id` (`mandant_id`),
  CONSTRAINT `FK_einstellung_gemeinde_id` FOREIGN KEY (`gemeinde_id`) REFERENCES `gemeinde` (`id`),
  CONSTRAINT `FK_einstellung_gesuchsperiode_id` FOREIGN KEY (`gesuchsperiode_id`) REFERENCES `gesuchsperiode` (`id`),
  CONSTRAINT `FK_einstellung_mandant_id` FOREIGN KEY (`mandant_id`) REFERENCES `mandant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `application_property` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `value` varchar(4000) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_application_property_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `benutzer` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `externaluuid` varchar(255) DEFAULT NULL,
  `nachname` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `vorname` varchar(255) NOT NULL,
  `mandant_id` binary(16) NOT NULL,
  `bemerkungen` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_username` (`username`),
  UNIQUE KEY `UK_externalUUID` (`externaluuid`),
  KEY `IX_benutzer_username` (`username`),
  KEY `IX_benutzer_externalUUID` (`externaluuid`),
  KEY `FK_benutzer_mandant_id` (`mandant_id`),
  CONSTRAINT `FK_benutzer_mandant_id` FOREIGN KEY (`mandant_id`) REFERENCES `mandant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `berechtigung` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  `role` varchar(255) NOT NULL,
  `benutzer_id` binary(16) NOT NULL,
  `institution_id` binary(16) DEFAULT NULL,
  `traegerschaft_id` binary(16) DEFAULT NULL,
  `sozialdienst_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_Berechtigung_benutzer_id` (`benutzer_id`),
  KEY `FK_Berechtigung_institution_id` (`institution_id`),
  KEY `FK_Berechtigung_traegerschaft_id` (`traegerschaft_id`),
  KEY `FK_berechtigung_sozialdienst_id` (`sozialdienst_id`),
  CONSTRAINT `FK_Berechtigung_benutzer_id` FOREIGN KEY (`benutzer_id`) REFERENCES `benutzer` (`id`),
  CONSTRAINT `FK_Berechtigung_institution_id` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`),
  CONSTRAINT `FK_Berechtigung_traegerschaft_id` FOREIGN KEY (`traegerschaft_id`) REFERENCES `traegerschaft` (`id`),
  CONSTRAINT `FK_berechtigung_sozialdienst_id` FOREIGN KEY (`sozialdienst_id`) REFERENCES `sozialdienst` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `authorisierter_benutzer` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `auth_token` varchar(255) DEFAULT NULL,
  `first_login` datetime NOT NULL,
  `last_login` datetime NOT NULL,
  `role` varchar(255) NOT NULL,
  `samlidpentityid` varchar(255) DEFAULT NULL,
  `saml_name_id` varchar(255) DEFAULT NULL,
  `samlspentityid` varchar(255) DEFAULT NULL,
  `session_index` varchar(255) DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  `benutzer_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IX_authorisierter_benutzer` (`benutzer_id`),
  KEY `IX_authorisierter_benutzer_token` (`auth_token`,`benutzer_id`),
  CONSTRAINT `FK_authorisierter_benutzer_benutzer_id` FOREIGN KEY (`benutzer_id`) REFERENCES `benutzer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sozialdienst_fall` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `geburtsdatum` date NOT NULL,
  `vollmacht` longblob DEFAULT NULL,
  `adresse_id` binary(16) NOT NULL,
  `sozialdienst_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_sozialdienst_fall_adresse_id` (`adresse_id`),
  KEY `FK_sozialdienst_fall_sozialdienst_id` (`sozialdienst_id`),
  CONSTRAINT `FK_sozialdienst_fall_adresse_id` FOREIGN KEY (`adresse_id`) REFERENCES `adresse` (`id`),
  CONSTRAINT `FK_sozialdienst_fall_sozialdienst_id` FOREIGN KEY (`sozialdienst_id`) REFERENCES `sozialdienst` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fall` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `fall_nummer` bigint(20) NOT NULL,
  `next_number_kind` int(11) NOT NULL,
  `besitzer_id` binary(16) DEFAULT NULL,
  `mandant_id` binary(16) NOT NULL,
  `sozialdienst_fall_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_fall_nummer` (`fall_nummer`),
  UNIQUE KEY `UK_fall_besitzer` (`besitzer_id`),
  UNIQUE KEY `UK_fall_sozialdienst_fall_id` (`sozialdienst_fall_id`),
  KEY `IX_fall_fall_nummer` (`fall_nummer`),
  KEY `IX_fall_besitzer` (`besitzer_id`),
  KEY `IX_fall_mandant` (`mandant_id`),
  CONSTRAINT `FK_fall_besitzer_id` FOREIGN KEY (`besitzer_id`) REFERENCES `benutzer` (`id`),
  CONSTRAINT `FK_fall_mandant_id` FOREIGN KEY (`mandant_id`) REFERENCES `mandant` (`id`),
  CONSTRAINT `FK_fall_sozialdienst_fall_id` FOREIGN KEY (`sozialdienst_fall_id`) REFERENCES `sozialdienst_fall` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dossier` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `fall_id` binary(16) NOT NULL,
  `gemeinde_id` binary(16) NOT NULL,
  `verantwortlicherbg_id` binary(16) DEFAULT NULL,
  `verantwortlicherts_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_dossier_fall_gemeinde` (`fall_id`,`gemeinde_id`),
  KEY `IX_dossier_verantwortlicher_bg` (`verantwortlicherbg_id`),
  KEY `IX_dossier_verantwortlicher_ts` (`verantwortlicherts_id`),
  KEY `FK_dossier_gemeinde_id` (`gemeinde_id`),
  CONSTRAINT `FK_dossier_fall_id` FOREIGN KEY (`fall_id`) REFERENCES `fall` (`id`),
  CONSTRAINT `FK_dossier_gemeinde_id` FOREIGN KEY (`gemeinde_id`) REFERENCES `gemeinde` (`id`),
  CONSTRAINT `FK_dossier_verantwortlicher_bg_id` FOREIGN KEY (`verantwortlicherbg_id`) REFERENCES `benutzer` (`id`),
  CONSTRAINT `FK_dossier_verantwortlicher_ts_id` FOREIGN KEY (`verantwortlicherts_id`) REFERENCES `benutzer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gesuchsteller` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `geburtsdatum` date NOT NULL,
  `geschlecht` varchar(255) NOT NULL,
  `nachname` varchar(255) NOT NULL,
  `vorname` varchar(255) NOT NULL,
  `diplomatenstatus` bit(1) NOT NULL,
  `korrespondenz_sprache` varchar(255) DEFAULT NULL,
  `mail` varchar(255) DEFAULT NULL,
  `mobile` varchar(255) DEFAULT NULL,
  `telefon` varchar(255) DEFAULT NULL,
  `telefon_ausland` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gesuchsteller_container` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gesuchstellergs_id` binary(16) DEFAULT NULL,
  `gesuchstellerja_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_gesuchsteller_container_gesuchstellergs_id` (`gesuchstellergs_id`),
  KEY `FK_gesuchsteller_container_gesuchstellerja_id` (`gesuchstellerja_id`),
  CONSTRAINT `FK_gesuchsteller_container_gesuchstellergs_id` FOREIGN KEY (`gesuchstellergs_id`) REFERENCES `gesuchsteller` (`id`),
  CONSTRAINT `FK_gesuchsteller_container_gesuchstellerja_id` FOREIGN KEY (`gesuchstellerja_id`) REFERENCES `gesuchsteller` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gesuchsteller_adresse` (
  `adresse_typ` varchar(255) DEFAULT NULL,
  `nicht_in_gemeinde` bit(1) NOT NULL,
  `id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_gesuchsteller_adresse_adresse_id` FOREIGN KEY (`id`) REFERENCES `adresse` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gesuchsteller_adresse_container` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gesuchsteller_adressegs_id` binary(16) DEFAULT NULL,
  `gesuchsteller_adresseja_id` binary(16) DEFAULT NULL,
  `gesuchsteller_container_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_gesuchstelleradresse_container_gesuchstellergs_id` (`gesuchsteller_adressegs_id`),
  KEY `FK_gesuchstelleradresse_container_gesuchstellerja_id` (`gesuchsteller_adresseja_id`),
  KEY `FK_gesuchstelleradresse_container_gesuchstellerContainer_id` (`gesuchsteller_container_id`),
  CONSTRAINT `FK_gesuchstelleradresse_container_gesuchstellerContainer_id` FOREIGN KEY (`gesuchsteller_container_id`) REFERENCES `gesuchsteller_container` (`id`),
  CONSTRAINT `FK_gesuchstelleradresse_container_gesuchstellergs_id` FOREIGN KEY (`gesuchsteller_adressegs_id`) REFERENCES `gesuchsteller_adresse` (`id`),
  CONSTRAINT `FK_gesuchstelleradresse_container_gesuchstellerja_id` FOREIGN KEY (`gesuchsteller_adresseja_id`) REFERENCES `gesuchsteller_adresse` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auszahlungsdaten` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `iban` varchar(34) NOT NULL,
  `kontoinhaber` varchar(255) NOT NULL,
  `adresse_kontoinhaber_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_auszahlungsdaten_adressekontoinhaber_id` (`adresse_kontoinhaber_id`),
  CONSTRAINT `FK_auszahlungsdaten_adressekontoinhaber_id` FOREIGN KEY (`adresse_kontoinhaber_id`) REFERENCES `adresse` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `familiensituation` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `aenderung_per` date DEFAULT NULL,
  `familienstatus` varchar(255) NOT NULL,
  `gemeinsame_steuererklaerung` bit(1) DEFAULT NULL,
  `sozialhilfe_bezueger` bit(1) DEFAULT NULL,
  `start_konkubinat` date DEFAULT NULL,
  `verguenstigung_gewuenscht` bit(1) DEFAULT NULL,
  `keine_mahlzeitenverguenstigung_beantragt` bit(1) NOT NULL DEFAULT b'0',
  `abweichende_zahlungsadresse` bit(1) NOT NULL DEFAULT b'0',
  `auszahlungsdaten_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_familiensituation_auszahlungsdaten_id` (`auszahlungsdaten_id`),
  CONSTRAINT `FK_familiensituation_auszahlungsdaten_id` FOREIGN KEY (`auszahlungsdaten_id`) REFERENCES `auszahlungsdaten` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `familiensituation_container` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `familiensituation_erstgesuch_id` binary(16) DEFAULT NULL,
  `familiensituationgs_id` binary(16) DEFAULT NULL,
  `familiensituationja_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_familiensituation_container_familiensituation_erstgesuch_id` (`familiensituation_erstgesuch_id`),
  KEY `FK_familiensituation_container_familiensituation_GS_id` (`familiensituationgs_id`),
  KEY `FK_familiensituation_container_familiensituation_JA_id` (`familiensituationja_id`),
  CONSTRAINT `FK_familiensituation_container_familiensituation_GS_id` FOREIGN KEY (`familiensituationgs_id`) REFERENCES `familiensituation` (`id`),
  CONSTRAINT `FK_familiensituation_container_familiensituation_JA_id` FOREIGN KEY (`familiensituationja_id`) REFERENCES `familiensituation` (`id`),
  CONSTRAINT `FK_familiensituation_container_familiensituation_erstgesuch_id` FOREIGN KEY (`familiensituation_erstgesuch_id`) REFERENCES `familiensituation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sozialhilfe_zeitraum` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `finanzielle_situation` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `bruttovermoegen` decimal(19,2) DEFAULT NULL,
  `erhaltene_alimente` decimal(19,2) DEFAULT NULL,
  `ersatzeinkommen` decimal(19,2) DEFAULT NULL,
  `familienzulage` decimal(19,2) DEFAULT NULL,
  `geleistete_alimente` decimal(19,2) DEFAULT NULL,
  `geschaeftsgewinn_basisjahr` decimal(19,2) DEFAULT NULL,
  `nettolohn` decimal(19,2) DEFAULT NULL,
  `schulden` decimal(19,2) DEFAULT NULL,
  `geschaeftsgewinn_basisjahr_minus1` decimal(19,2) DEFAULT NULL,
  `geschaeftsgewinn_basisjahr_minus2` decimal(19,2) DEFAULT NULL,
  `steuererklaerung_ausgefuellt` bit(1) NOT NULL,
  `steuerveranlagung_erhalten` bit(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `finanzielle_situation_container` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `jahr` int(11) NOT NULL,
  `finanzielle_situationgs_id` binary(16) DEFAULT NULL,
  `finanzielle_situationja_id` binary(16) DEFAULT NULL,
  `gesuchsteller_container_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_finanzielle_situation_container_gesuchsteller` (`gesuchsteller_container_id`),
  KEY `FK_finanzielleSituationContainer_finanzielleSituationGS_id` (`finanzielle_situationgs_id`),
  KEY `FK_finanzielleSituationContainer_finanzielleSituationJA_id` (`finanzielle_situationja_id`),
  CONSTRAINT `FK_finanzielleSituationContainer_finanzielleSituationGS_id` FOREIGN KEY (`finanzielle_situationgs_id`) REFERENCES `finanzielle_situation` (`id`),
  CONSTRAINT `FK_finanzielleSituationContainer_finanzielleSituationJA_id` FOREIGN KEY (`finanzielle_situationja_id`) REFERENCES `finanzielle_situation` (`id`),
  CONSTRAINT `FK_finanzielleSituationContainer_gesuchstellerContainer_id` FOREIGN KEY (`gesuchsteller_container_id`) REFERENCES `gesuchsteller_container` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `einkommensverschlechterung` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `bruttovermoegen` decimal(19,2) DEFAULT NULL,
  `erhaltene_alimente` decimal(19,2) DEFAULT NULL,
  `ersatzeinkommen` decimal(19,2) DEFAULT NULL,
  `familienzulage` decimal(19,2) DEFAULT NULL,
  `geleistete_alimente` decimal(19,2) DEFAULT NULL,
  `geschaeftsgewinn_basisjahr` decimal(19,2) DEFAULT NULL,
  `nettolohn` decimal(19,2) DEFAULT NULL,
  `schulden` decimal(19,2) DEFAULT NULL,
  `geschaeftsgewinn_basisjahr_minus1` decimal(19,2) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `erwerbspensum` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  `pensum` int(11) NOT NULL,
  `bezeichnung` varchar(255) DEFAULT NULL,
  `taetigkeit` varchar(255) NOT NULL,
  `unbezahlter_urlaub_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_erwerbspensum_urlaub_id` (`unbezahlter_urlaub_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `erwerbspensum_container` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `erwerbspensumgs_id` binary(16) DEFAULT NULL,
  `erwerbspensumja_id` binary(16) DEFAULT NULL,
  `gesuchsteller_container_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_erwerbspensum_container_erwerbspensumgs_id` (`erwerbspensumgs_id`),
  KEY `FK_erwerbspensum_container_erwerbspensumja_id` (`erwerbspensumja_id`),
  KEY `FK_erwerbspensum_container_gesuchstellerContainer_id` (`gesuchsteller_container_id`),
  CONSTRAINT `FK_erwerbspensum_container_erwerbspensumgs_id` FOREIGN KEY (`erwerbspensumgs_id`) REFERENCES `erwerbspensum` (`id`),
  CONSTRAINT `FK_erwerbspensum_container_erwerbspensumja_id` FOREIGN KEY (`erwerbspensumja_id`) REFERENCES `erwerbspensum` (`id`),
  CONSTRAINT `FK_erwerbspensum_container_gesuchstellerContainer_id` FOREIGN KEY (`gesuchsteller_container_id`) REFERENCES `gesuchsteller_container` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gesuch` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `bemerkungen` varchar(4000) DEFAULT NULL,
  `bemerkungen_pruefungstv` varchar(4000) DEFAULT NULL,
  `bemerkungenstv` varchar(4000) DEFAULT NULL,
  `datum_gewarnt_fehlende_quittung` date DEFAULT NULL,
  `datum_gewarnt_nicht_freigegeben` date DEFAULT NULL,
  `dokumente_hochgeladen` bit(1) NOT NULL,
  `eingangsart` varchar(255) NOT NULL,
  `eingangsdatum` date DEFAULT NULL,
  `eingangsdatumstv` date DEFAULT NULL,
  `fin_sit_status` varchar(255) DEFAULT NULL,
  `freigabe_datum` date DEFAULT NULL,
  `geprueftstv` bit(1) NOT NULL,
  `gesperrt_wegen_beschwerde` bit(1) NOT NULL,
  `gesuch_betreuungen_status` varchar(255) NOT NULL,
  `gueltig` bit(1) DEFAULT NULL,
  `laufnummer` int(11) NOT NULL,
  `regeln_gueltig_ab` date DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `timestamp_verfuegt` datetime DEFAULT NULL,
  `typ` varchar(255) NOT NULL,
  `verfuegung_eingeschrieben` bit(1) NOT NULL,
  `dossier_id` binary(16) NOT NULL,
  `einkommensverschlechterung_info_container_id` binary(16) DEFAULT NULL,
  `familiensituation_container_id` binary(16) DEFAULT NULL,
  `gesuchsperiode_id` binary(16) NOT NULL,
  `gesuchsteller1_id` binary(16) DEFAULT NULL,
  `gesuchsteller2_id` binary(16) DEFAULT NULL,
  `anzahl_gesuch_zurueckgezogen` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_gueltiges_gesuch` (`dossier_id`,`gesuchsperiode_id`,`gueltig`),
  KEY `IX_gesuch_timestamp_erstellt` (`timestamp_erstellt`),
  KEY `FK_gesuch_einkommensverschlechterungInfoContainer_id` (`einkommensverschlechterung_info_container_id`),
  KEY `FK_gesuch_familiensituation_container_id` (`familiensituation_container_id`),
  KEY `FK_antrag_gesuchsperiode_id` (`gesuchsperiode_id`),
  KEY `FK_gesuch_gesuchsteller_container1_id` (`gesuchsteller1_id`),
  KEY `FK_gesuch_gesuchsteller_container2_id` (`gesuchsteller2_id`),
  CONSTRAINT `FK_antrag_gesuchsperiode_id` FOREIGN KEY (`gesuchsperiode_id`) REFERENCES `gesuchsperiode` (`id`),
  CONSTRAINT `FK_gesuch_dossier_id` FOREIGN KEY (`dossier_id`) REFERENCES `dossier` (`id`),
  CONSTRAINT `FK_gesuch_familiensituation_container_id` FOREIGN KEY (`familiensituation_container_id`) REFERENCES `familiensituation_container` (`id`),
  CONSTRAINT `FK_gesuch_gesuchsteller_container1_id` FOREIGN KEY (`gesuchsteller1_id`) REFERENCES `gesuchsteller_container` (`id`),
  CONSTRAINT `FK_gesuch_gesuchsteller_container2_id` FOREIGN KEY (`gesuchsteller2_id`) REFERENCES `gesuchsteller_container` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pensum_fachstelle` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  `pensum` int(11) NOT NULL,
  `integration_typ` varchar(255) NOT NULL,
  `fachstelle_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_pensum_fachstelle_fachstelle_id` (`fachstelle_id`),
  CONSTRAINT `FK_pensum_fachstelle_fachstelle_id` FOREIGN KEY (`fachstelle_id`) REFERENCES `fachstelle` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kind` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `geburtsdatum` date NOT NULL,
  `geschlecht` varchar(255) NOT NULL,
  `nachname` varchar(255) NOT NULL,
  `vorname` varchar(255) NOT NULL,
  `einschulung_typ` varchar(255) DEFAULT NULL,
  `familien_ergaenzende_betreuung` bit(1) NOT NULL,
  `kinderabzug_erstes_halbjahr` varchar(255) DEFAULT NULL,
  `kinderabzug_zweites_halbjahr` varchar(255) DEFAULT NULL,
  `spricht_amtssprache` bit(1) DEFAULT NULL,
  `pensum_ausserordentlicher_anspruch_id` binary(16) DEFAULT NULL,
  `pensum_fachstelle_id` binary(16) DEFAULT NULL,
  `aus_asylwesen` bit(1) DEFAULT b'0',
  `zemis_nummer` varchar(10) DEFAULT NULL,
  `zukunftige_geburtsdatum` bit(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IX_kind_geburtsdatum` (`geburtsdatum`),
  KEY `FK_kind_pensum_ausserordentlicheranspruch_id` (`pensum_ausserordentlicher_anspruch_id`),
  KEY `FK_kind_pensum_fachstelle_id` (`pensum_fachstelle_id`),
  CONSTRAINT `FK_kind_pensum_fachstelle_id` FOREIGN KEY (`pensum_fachstelle_id`) REFERENCES `pensum_fachstelle` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kind_container` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `kind_mutiert` bit(1) DEFAULT NULL,
  `kind_nummer` int(11) NOT NULL,
  `next_number_betreuung` int(11) NOT NULL,
  `gesuch_id` binary(16) NOT NULL,
  `kindgs_id` binary(16) DEFAULT NULL,
  `kindja_id` binary(16) DEFAULT NULL,
  `kein_selbstbehalt_durch_gemeinde` bit(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_kindcontainer_gesuch_kind_nummer` (`kind_nummer`,`gesuch_id`),
  KEY `FK_kind_container_gesuch_id` (`gesuch_id`),
  KEY `FK_kind_container_kindgs_id` (`kindgs_id`),
  KEY `FK_kind_container_kindja_id` (`kindja_id`),
  CONSTRAINT `FK_kind_container_gesuch_id` FOREIGN KEY (`gesuch_id`) REFERENCES `gesuch` (`id`),
  CONSTRAINT `FK_kind_container_kindgs_id` FOREIGN KEY (`kindgs_id`) REFERENCES `kind` (`id`),
  CONSTRAINT `FK_kind_container_kindja_id` FOREIGN KEY (`kindja_id`) REFERENCES `kind` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `betreuung` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `abwesenheit_mutiert` bit(1) DEFAULT NULL,
  `betreuung_mutiert` bit(1) DEFAULT NULL,
  `betreuung_nummer` int(11) NOT NULL,
  `betreuungsstatus` varchar(255) NOT NULL,
  `datum_ablehnung` date DEFAULT NULL,
  `datum_bestaetigung` date DEFAULT NULL,
  `grund_ablehnung` varchar(4000) DEFAULT NULL,
  `gueltig` bit(1) NOT NULL,
  `vertrag` bit(1) NOT NULL,
  `institution_stammdaten_id` binary(16) NOT NULL,
  `kind_id` binary(16) NOT NULL,
  `event_published` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_betreuung_kind_betreuung_nummer` (`betreuung_nummer`,`kind_id`),
  KEY `FK_betreuung_institution_stammdaten_id` (`institution_stammdaten_id`),
  KEY `FK_betreuung_kind_id` (`kind_id`),
  CONSTRAINT `FK_betreuung_institution_stammdaten_id` FOREIGN KEY (`institution_stammdaten_id`) REFERENCES `institution_stammdaten` (`id`),
  CONSTRAINT `FK_betreuung_kind_id` FOREIGN KEY (`kind_id`) REFERENCES `kind_container` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `betreuungspensum` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  `monatliche_betreuungskosten` decimal(19,2) NOT NULL,
  `pensum` decimal(19,10) NOT NULL,
  `unit_for_display` varchar(255) NOT NULL,
  `nicht_eingetreten` bit(1) NOT NULL,
  `monatliche_hauptmahlzeiten` decimal(19,2) NOT NULL,
  `monatliche_nebenmahlzeiten` decimal(19,2) NOT NULL,
  `tarif_pro_hauptmahlzeit` decimal(19,2) NOT NULL DEFAULT 0.00,
  `tarif_pro_nebenmahlzeit` decimal(19,2) NOT NULL DEFAULT 0.00,
  `vollstaendig` bit(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `betreuungspensum_container` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `betreuung_id` binary(16) NOT NULL,
  `betreuungspensumgs_id` binary(16) DEFAULT NULL,
  `betreuungspensumja_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_betreuungspensum_container_betreuung_id` (`betreuung_id`),
  KEY `FK_betreuungspensum_container_betreuungspensum_gs` (`betreuungspensumgs_id`),
  KEY `FK_betreuungspensum_container_betreuungspensum_ja` (`betreuungspensumja_id`),
  CONSTRAINT `FK_betreuungspensum_container_betreuung_id` FOREIGN KEY (`betreuung_id`) REFERENCES `betreuung` (`id`),
  CONSTRAINT `FK_betreuungspensum_container_betreuungspensum_gs` FOREIGN KEY (`betreuungspensumgs_id`) REFERENCES `betreuungspensum` (`id`),
  CONSTRAINT `FK_betreuungspensum_container_betreuungspensum_ja` FOREIGN KEY (`betreuungspensumja_id`) REFERENCES `betreuungspensum` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `abwesenheit` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `erweiterte_betreuung` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `erweiterte_beduerfnisse` bit(1) NOT NULL,
  `fachstelle_id` binary(16) DEFAULT NULL,
  `erweiterte_beduerfnisse_bestaetigt` bit(1) NOT NULL DEFAULT b'0',
  `keine_kesb_platzierung` bit(1) NOT NULL,
  `betreuung_in_gemeinde` bit(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_erweiterte_betreuung_fachstelle_id` (`fachstelle_id`),
  CONSTRAINT `FK_erweiterte_betreuung_fachstelle_id` FOREIGN KEY (`fachstelle_id`) REFERENCES `fachstelle` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `belegung_tagesschule` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `eintrittsdatum` date NOT NULL,
  `abholung_tagesschule` varchar(255) DEFAULT NULL,
  `abweichung_zweites_semester` bit(1) NOT NULL,
  `bemerkung` varchar(4000) DEFAULT NULL,
  `plan_klasse` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `anmeldung_tagesschule` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `betreuung_nummer` int(11) NOT NULL,
  `gueltig` bit(1) NOT NULL,
  `betreuungsstatus` varchar(255) NOT NULL,
  `anmeldung_mutation_zustand` varchar(255) DEFAULT NULL,
  `keine_detailinformationen` bit(1) NOT NULL,
  `kind_id` binary(16) NOT NULL,
  `belegung_tagesschule_id` binary(16) DEFAULT NULL,
  `institution_stammdaten_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_anmeldung_tagesschule_kind_betreuung_nummer` (`betreuung_nummer`,`kind_id`),
  KEY `FK_anmeldung_tagesschule_kind_id` (`kind_id`),
  KEY `FK_anmeldung_tagesschule_belegung_tagesschule_id` (`belegung_tagesschule_id`),
  KEY `FK_anmeldung_tagesschule_institution_stammdaten_id` (`institution_stammdaten_id`),
  CONSTRAINT `FK_anmeldung_tagesschule_belegung_tagesschule_id` FOREIGN KEY (`belegung_tagesschule_id`) REFERENCES `belegung_tagesschule` (`id`),
  CONSTRAINT `FK_anmeldung_tagesschule_institution_stammdaten_id` FOREIGN KEY (`institution_stammdaten_id`) REFERENCES `institution_stammdaten` (`id`),
  CONSTRAINT `FK_anmeldung_tagesschule_kind_id` FOREIGN KEY (`kind_id`) REFERENCES `kind_container` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `anmeldung_ferieninsel` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `betreuung_nummer` int(11) NOT NULL,
  `gueltig` bit(1) NOT NULL,
  `betreuungsstatus` varchar(255) NOT NULL,
  `anmeldung_mutation_zustand` varchar(255) DEFAULT NULL,
  `kind_id` binary(16) NOT NULL,
  `belegung_ferieninsel_id` binary(16) DEFAULT NULL,
  `institution_stammdaten_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_anmeldung_ferieninsel_kind_betreuung_nummer` (`betreuung_nummer`,`kind_id`),
  KEY `FK_anmeldung_ferieninsel_kind_id` (`kind_id`),
  KEY `FK_anmeldung_ferieninsel_belegung_ferieninsel_id` (`belegung_ferieninsel_id`),
  KEY `FK_anmeldung_ferieninsel_institution_stammdaten_id` (`institution_stammdaten_id`),
  CONSTRAINT `FK_anmeldung_ferieninsel_institution_stammdaten_id` FOREIGN KEY (`institution_stammdaten_id`) REFERENCES `institution_stammdaten` (`id`),
  CONSTRAINT `FK_anmeldung_ferieninsel_kind_id` FOREIGN KEY (`kind_id`) REFERENCES `kind_container` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `verfuegung` (
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `generated_bemerkungen` varchar(4000) DEFAULT NULL,
  `kategorie_kein_pensum` bit(1) NOT NULL,
  `kategorie_max_einkommen` bit(1) NOT NULL,
  `kategorie_nicht_eintreten` bit(1) NOT NULL,
  `kategorie_normal` bit(1) NOT NULL,
  `manuelle_bemerkungen` varchar(4000) DEFAULT NULL,
  `id` binary(16) NOT NULL,
  `event_published` tinyint(1) NOT NULL,
  `betreuung_id` binary(16) DEFAULT NULL,
  `anmeldung_tagesschule_id` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_verfuegung_anmeldungTagesschule_id` (`anmeldung_tagesschule_id`),
  KEY `FK_verfuegung_betreuung_id` (`betreuung_id`),
  CONSTRAINT `FK_verfuegung_anmeldungTagesschule_id` FOREIGN KEY (`anmeldung_tagesschule_id`) REFERENCES `anmeldung_tagesschule` (`id`),
  CONSTRAINT `FK_verfuegung_betreuung_id` FOREIGN KEY (`betreuung_id`) REFERENCES `betreuung` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `verfuegung_zeitabschnitt` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  `bemerkungen` varchar(4000) DEFAULT NULL,
  `zahlungsstatus` varchar(255) NOT NULL,
  `verfuegung_id` binary(16) NOT NULL,
  `bg_calculation_result_asiv_id` binary(16) NOT NULL,
  `bg_calculation_result_gemeinde_id` binary(16) DEFAULT NULL,
  `has_gemeinde_spezifische_berechnung` bit(1) NOT NULL,
  `regelwerk` varchar(255) NOT NULL,
  `zahlungsstatus_mahlzeitenverguenstigung` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_verfuegungZeitabschnitt_resultatAsiv` (`bg_calculation_result_asiv_id`),
  KEY `FK_verfuegungZeitabschnitt_resultatGemeinde` (`bg_calculation_result_gemeinde_id`),
  KEY `FK_verfuegung_zeitabschnitt_verfuegung_id` (`verfuegung_id`),
  CONSTRAINT `FK_verfuegung_zeitabschnitt_verfuegung_id` FOREIGN KEY (`verfuegung_id`) REFERENCES `verfuegung` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `zahlungsauftrag` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `gueltig_ab` date NOT NULL,
  `gueltig_bis` date NOT NULL,
  `beschrieb` varchar(255) NOT NULL,
  `betrag_total_auftrag` decimal(19,2) DEFAULT NULL,
  `datum_faellig` date NOT NULL,
  `datum_generiert` datetime NOT NULL,
  `status` varchar(255) NOT NULL,
  `gemeinde_id` binary(16) NOT NULL,
  `has_negative_zahlungen` bit(1) DEFAULT NULL,
  `result` varchar(4000) DEFAULT NULL,
  `zahlungslauf_typ` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_zahlungsauftrag_gemeinde_id` (`gemeinde_id`),
  CONSTRAINT `FK_zahlungsauftrag_gemeinde_id` FOREIGN KEY (`gemeinde_id`) REFERENCES `gemeinde` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `zahlung` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `betrag_total_zahlung` decimal(19,2) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `zahlungsauftrag_id` binary(16) NOT NULL,
  `auszahlungsdaten_id` binary(16) DEFAULT NULL,
  `betreuungsangebot_typ` varchar(255) NOT NULL,
  `empfaenger_id` binary(16) NOT NULL,
  `empfaenger_name` varchar(255) NOT NULL,
  `traegerschaft_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_Zahlung_zahlungsauftrag_id` (`zahlungsauftrag_id`),
  CONSTRAINT `FK_Zahlung_zahlungsauftrag_id` FOREIGN KEY (`zahlungsauftrag_id`) REFERENCES `zahlungsauftrag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `zahlungsposition` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `betrag` decimal(19,2) NOT NULL,
  `ignoriert` bit(1) NOT NULL,
  `status` varchar(255) NOT NULL,
  `verfuegung_zeitabschnitt_id` binary(16) NOT NULL,
  `zahlung_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_Zahlungsposition_verfuegungZeitabschnitt_id` (`verfuegung_zeitabschnitt_id`),
  KEY `FK_Zahlungsposition_zahlung_id` (`zahlung_id`),
  CONSTRAINT `FK_Zahlungsposition_verfuegungZeitabschnitt_id` FOREIGN KEY (`verfuegung_zeitabschnitt_id`) REFERENCES `verfuegung_zeitabschnitt` (`id`),
  CONSTRAINT `FK_Zahlungsposition_zahlung_id` FOREIGN KEY (`zahlung_id`) REFERENCES `zahlung` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mitteilung` (
  `dtype` varchar(31) NOT NULL,
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `empfaenger_typ` varchar(255) NOT NULL,
  `message` varchar(4000) DEFAULT NULL,
  `mitteilung_status` varchar(255) NOT NULL,
  `sender_typ` varchar(255) NOT NULL,
  `sent_datum` datetime DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `applied` bit(1) DEFAULT NULL,
  `betreuung_id` binary(16) DEFAULT NULL,
  `dossier_id` binary(16) NOT NULL,
  `empfaenger_id` binary(16) DEFAULT NULL,
  `sender_id` binary(16) NOT NULL,
  `betreuung_stornieren` bit(1) DEFAULT b'0',
  PRIMARY KEY (`id`),
  KEY `FK_mitteilung_betreuung_id` (`betreuung_id`),
  KEY `FK_mitteilung_dossier_id` (`dossier_id`),
  KEY `FK_Mitteilung_empfaenger` (`empfaenger_id`),
  KEY `FK_Mitteilung_sender` (`sender_id`),
  CONSTRAINT `FK_Mitteilung_empfaenger` FOREIGN KEY (`empfaenger_id`) REFERENCES `benutzer` (`id`),
  CONSTRAINT `FK_Mitteilung_sender` FOREIGN KEY (`sender_id`) REFERENCES `benutzer` (`id`),
  CONSTRAINT `FK_mitteilung_betreuung_id` FOREIGN KEY (`betreuung_id`) REFERENCES `betreuung` (`id`),
  CONSTRAINT `FK_mitteilung_dossier_id` FOREIGN KEY (`dossier_id`) REFERENCES `dossier` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mahnung` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `abgelaufen` bit(1) NOT NULL,
  `bemerkungen` varchar(4000) NOT NULL,
  `datum_fristablauf` date NOT NULL,
  `mahnung_typ` varchar(255) NOT NULL,
  `timestamp_abgeschlossen` datetime DEFAULT NULL,
  `gesuch_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_mahnung_gesuch_id` (`gesuch_id`),
  CONSTRAINT `FK_mahnung_gesuch_id` FOREIGN KEY (`gesuch_id`) REFERENCES `gesuch` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `antrag_status_history` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `timestamp_bis` datetime DEFAULT NULL,
  `timestamp_von` datetime NOT NULL,
  `benutzer_id` binary(16) NOT NULL,
  `gesuch_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_antragstatus_history_benutzer_id` (`benutzer_id`),
  KEY `FK_antragstatus_history_antrag_id` (`gesuch_id`),
  CONSTRAINT `FK_antragstatus_history_antrag_id` FOREIGN KEY (`gesuch_id`) REFERENCES `gesuch` (`id`),
  CONSTRAINT `FK_antragstatus_history_benutzer_id` FOREIGN KEY (`benutzer_id`) REFERENCES `benutzer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dokument_grund` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `dokument_grund_typ` varchar(255) DEFAULT NULL,
  `dokument_typ` varchar(255) DEFAULT NULL,
  `person_number` int(11) DEFAULT NULL,
  `person_type` varchar(255) DEFAULT NULL,
  `tag` varchar(255) DEFAULT NULL,
  `gesuch_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_dokumentGrund_gesuch_id` (`gesuch_id`),
  CONSTRAINT `FK_dokumentGrund_gesuch_id` FOREIGN KEY (`gesuch_id`) REFERENCES `gesuch` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dokument` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `filename` varchar(255) NOT NULL,
  `filepfad` varchar(4000) NOT NULL,
  `filesize` varchar(255) NOT NULL,
  `timestamp_upload` datetime NOT NULL,
  `dokument_grund_id` binary(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_dokument_dokumentgrund_id` (`dokument_grund_id`),
  CONSTRAINT `FK_dokument_dokumentgrund_id` FOREIGN KEY (`dokument_grund_id`) REFERENCES `dokument_grund` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gesuch_deletion_log` (
  `id` varchar(36) NOT NULL,
  `version` bigint(20) NOT NULL,
  `cause` varchar(255) NOT NULL,
  `fall_nummer` bigint(20) NOT NULL,
  `geburtsdatum` date DEFAULT NULL,
  `gesuch_id` varchar(36) NOT NULL,
  `nachname` varchar(255) DEFAULT NULL,
  `timestamp_deleted` datetime NOT NULL,
  `user_deleted` varchar(36) NOT NULL,
  `vorname` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `personensuche_audit_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `called_method` varchar(255) NOT NULL,
  `validity_date` date NOT NULL,
  `resident_info_parameters` longtext NOT NULL,
  `timestamp_result` datetime NOT NULL,
  `timestamp_searchstart` datetime NOT NULL,
  `fault_received` varchar(255) DEFAULT NULL,
  `num_results_received` bigint(20) DEFAULT NULL,
  `total_number_of_results` bigint(20) DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `workjob` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `execution_id` bigint(20) DEFAULT NULL,
  `metadata` longtext DEFAULT NULL,
  `params` varchar(255) NOT NULL,
  `requesturi` varchar(1000) DEFAULT NULL,
  `result_data` varchar(255) DEFAULT NULL,
  `startinguser` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `triggering_ip` varchar(45) DEFAULT NULL,
  `work_job_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `download_file` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `vorgaenger_id` varchar(36) DEFAULT NULL,
  `filename` varchar(255) NOT NULL,
  `filepfad` varchar(4000) NOT NULL,
  `filesize` varchar(255) NOT NULL,
  `access_token` varchar(36) NOT NULL,
  `ip` varchar(45) NOT NULL,
  `lifespan` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `outbox_event` (
  `id` binary(16) NOT NULL,
  `timestamp_erstellt` datetime NOT NULL,
  `timestamp_mutiert` datetime NOT NULL,
  `user_erstellt` varchar(255) NOT NULL,
  `user_mutiert` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `aggregate_id` varchar(255) NOT NULL,
  `aggregate_type` varchar(255) NOT NULL,
  `payload` longblob NOT NULL,
  `type` varchar(255) NOT NULL,
  `avro_schema` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `revinfo` (
  `rev` int(11) NOT NULL AUTO_INCREMENT,
  `revtstmp` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


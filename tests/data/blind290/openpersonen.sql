-- Open Personen (Maykin Media; BRP API for Dutch municipalities, Haal Centraal BRP bevragen implementation)
-- Source: github.com/maykinmedia/open-personen, commit 996318e6be0e75fc1aea0d65edaf0cff2219edbe (BSL 1.1,
-- change licence EUPL-1.2 from 2024-08-01). Django 2.2.15 migrations of the project's apps and of the
-- contrib / third-party apps it installs, run into MariaDB and read back with SHOW CREATE TABLE. See openpersonen.md.

CREATE TABLE `accounts_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `accounts_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_groups_user_id_group_id_59c0b32f_uniq` (`user_id`,`group_id`),
  KEY `accounts_user_groups_group_id_bd11a704_fk_auth_group_id` (`group_id`),
  CONSTRAINT `accounts_user_groups_group_id_bd11a704_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `accounts_user_groups_user_id_52b62117_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `axes_accessattempt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `get_data` longtext NOT NULL,
  `post_data` longtext NOT NULL,
  `failures_since_start` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `axes_accessattempt_ip_address_10922d9c` (`ip_address`),
  KEY `axes_accessattempt_user_agent_ad89678b` (`user_agent`),
  KEY `axes_accessattempt_username_3f2d4ca0` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `axes_accesslog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `logout_time` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `axes_accesslog_ip_address_86b417e5` (`ip_address`),
  KEY `axes_accesslog_user_agent_0e659004` (`user_agent`),
  KEY `axes_accesslog_username_df93064b` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `country_code_and_omschrijving_countrycodeandomschrijving` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` int(11) NOT NULL,
  `omschrijving` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_persoon` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `a_nummer_persoon` varchar(200) NOT NULL,
  `burgerservicenummer_persoon` varchar(200) NOT NULL,
  `voornamen_persoon` varchar(200) NOT NULL,
  `adellijke_titel_predikaat_persoon` varchar(200) NOT NULL,
  `voorvoegsel_geslachtsnaam_persoon` varchar(200) NOT NULL,
  `geslachtsnaam_persoon` varchar(200) NOT NULL,
  `geboortedatum_persoon` varchar(200) NOT NULL,
  `geboorteplaats_persoon` varchar(200) NOT NULL,
  `geboorteland_persoon` varchar(200) NOT NULL,
  `geslachtsaanduiding` varchar(1) NOT NULL,
  `vorig_a_nummer` varchar(200) NOT NULL,
  `volgend_a_nummer` varchar(200) NOT NULL,
  `aanduiding_naamgebruik` varchar(1) NOT NULL,
  `registergemeente_akte_waaraan_gegevens` varchar(200) NOT NULL,
  `aktenummer_van_de_akte` varchar(7) NOT NULL,
  `gemeente_waar_de_gegevens_over_persoon` varchar(200) NOT NULL,
  `datum_van_de_ontlening_van_de_gegevens_over_persoon` varchar(200) NOT NULL,
  `beschrijving_van_het_document` varchar(200) NOT NULL,
  `aanduiding_gegevens_in_onderzoek` varchar(6) NOT NULL,
  `datum_ingang_onderzoek` varchar(200) NOT NULL,
  `datum_einde_onderzoek` varchar(200) NOT NULL,
  `indicatie_onjuist_dan_wel_strijdigheid_met_de_openbare_orde` varchar(200) NOT NULL,
  `ingangsdatum_geldigheid_met_betrekking` varchar(200) NOT NULL,
  `datum_van_opneming_met_betrekking` varchar(200) NOT NULL,
  `rni_deelnemer` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_gezagsverhouding` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `indicatie_gezag_minderjarige` varchar(200) NOT NULL,
  `indicatie_curateleregister` varchar(200) NOT NULL,
  `gemeente_waar_de_gegevens_over_gezagsverhouding` varchar(200) NOT NULL,
  `datum_van_de_ontlening_van_de_gegevens_over_gezagsverhouding` varchar(200) NOT NULL,
  `beschrijving_van_het_document` varchar(200) NOT NULL,
  `aanduiding_gegevens_in_onderzoek` varchar(200) NOT NULL,
  `datum_ingang_onderzoek` varchar(200) NOT NULL,
  `datum_einde_onderzoek` varchar(200) NOT NULL,
  `indicatie_onjuist` varchar(200) NOT NULL,
  `ingangsdatum_geldigheid_met_betrekking` varchar(200) NOT NULL,
  `datum_van_opneming_met_betrekking` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_gezagsverhouding_persoon_id_29edc412_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_gezagsverhouding_persoon_id_29edc412_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_inschrijving` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datum_ingang_blokkering_pl` varchar(200) NOT NULL,
  `datum_opschorting_bijhouding` varchar(200) NOT NULL,
  `omschrijving_reden_opschorting_bijhouding` varchar(200) NOT NULL,
  `datum_eerste_inschrijving_gba_rni` varchar(200) NOT NULL,
  `gemeente_waar_de_pk_zich_bevindt` varchar(200) NOT NULL,
  `indicatie_geheim` varchar(200) NOT NULL,
  `datum_verfificatie` varchar(200) NOT NULL,
  `omschrijving_verificatie` varchar(200) NOT NULL,
  `versienummer` varchar(200) NOT NULL,
  `datumtijdstempel` varchar(200) NOT NULL,
  `pk_gegevens_volledig_meegeconverteerd` varchar(200) NOT NULL,
  `rni_deelnemer` varchar(200) NOT NULL,
  `omschrijving_verdrag` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_inschrijving_persoon_id_3b76a915_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_inschrijving_persoon_id_3b76a915_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_kiesrecht` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `aanduiding_europees_kiesrecht` varchar(200) NOT NULL,
  `datum_verzoek_of_mededeling_europees_kiesrecht` varchar(200) NOT NULL,
  `einddatum_uitsluiting_europees_kiesrecht` varchar(200) NOT NULL,
  `aanduiding_uitgesloten_kiesrecht` varchar(200) NOT NULL,
  `einddatum_uitsluiting_kiesrecht` varchar(200) NOT NULL,
  `gemeente_waar_de_gegevens_over_kiesrecht` varchar(200) NOT NULL,
  `datum_van_de_ontlening_van_de_gegevens_over_kiesrecht` varchar(200) NOT NULL,
  `beschrijving_van_het_document` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_kiesrecht_persoon_id_7fc696e0_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_kiesrecht_persoon_id_7fc696e0_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_kind` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `a_nummer_kind` varchar(200) NOT NULL,
  `burgerservicenummer_kind` varchar(200) NOT NULL,
  `voornamen_kind` varchar(200) NOT NULL,
  `adellijke_titel_predikaat_kind` varchar(200) NOT NULL,
  `voorvoegsel_geslachtsnaam_kind` varchar(200) NOT NULL,
  `geslachtsnaam_kind` varchar(200) NOT NULL,
  `geboortedatum_kind` varchar(200) NOT NULL,
  `geboorteplaats_kind` varchar(200) NOT NULL,
  `geboorteland_kind` varchar(200) NOT NULL,
  `registergemeente_akte_waaraan_gegevens_over_kind_ontleend_zijn` varchar(200) NOT NULL,
  `aktenummer_van_de_akte_waaraan_gegevens_over_kind_ontleend_zijn` varchar(200) NOT NULL,
  `gemeente_waar_de_gegevens_over_kind` varchar(200) NOT NULL,
  `datum_van_de_ontlening_van_de_gegevens_over_kind` varchar(200) NOT NULL,
  `beschrijving_van_het_document` varchar(200) NOT NULL,
  `aanduiding_gegevens_in_onderzoek` varchar(200) NOT NULL,
  `datum_ingang_onderzoek` varchar(200) NOT NULL,
  `datum_einde_onderzoek` varchar(200) NOT NULL,
  `indicatie_onjuist_dan_wel_strijdigheid_met_de_openbare_orde` varchar(200) NOT NULL,
  `ingangsdatum_geldigheid_met_betrekking` varchar(200) NOT NULL,
  `datum_van_opneming_met_betrekking` varchar(200) NOT NULL,
  `registratie_betrekking` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_kind_persoon_id_788f7edb_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_kind_persoon_id_788f7edb_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_nationaliteit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nationaliteit` varchar(200) NOT NULL,
  `reden_opname_nationaliteit` varchar(3) NOT NULL,
  `reden_beeindigen_nationaliteit` varchar(3) NOT NULL,
  `aanduiding_bijzonder_nederlanderschap` varchar(200) NOT NULL,
  `eu_persoonsummer` varchar(200) NOT NULL,
  `gemeente_waar_de_gegevens_over_nationaliteit` varchar(200) NOT NULL,
  `datum_van_de_ontlening` varchar(200) NOT NULL,
  `beschrijving_van_het_document` varchar(200) NOT NULL,
  `aanduiding_gegevens_in_onderzoek` varchar(200) NOT NULL,
  `datum_ingang_onderzoek` varchar(200) NOT NULL,
  `datum_einde_onderzoek` varchar(200) NOT NULL,
  `indicatie_onjuist` varchar(200) NOT NULL,
  `datum_van_ingang_geldigheid_met_betrekking` varchar(200) NOT NULL,
  `datum_van_opneming_met_betrekking` varchar(200) NOT NULL,
  `rni_deelnemer` varchar(200) NOT NULL,
  `omschrijving_verdrag` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_nationaliteit_persoon_id_e58d745b_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_nationaliteit_persoon_id_e58d745b_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_ouder` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `a_nummer_ouder` varchar(200) NOT NULL,
  `burgerservicenummer_ouder` varchar(200) NOT NULL,
  `voornamen_ouder` varchar(200) NOT NULL,
  `adellijke_titel_predikaat_ouder` varchar(200) NOT NULL,
  `voorvoegsel_geslachtsnaam_ouder` varchar(200) NOT NULL,
  `geslachtsnaam_ouder` varchar(200) NOT NULL,
  `geboortedatum_ouder` varchar(200) NOT NULL,
  `geboorteplaats_ouder` varchar(200) NOT NULL,
  `geboorteland_ouder` varchar(200) NOT NULL,
  `geslachtsaanduiding_ouder` varchar(1) NOT NULL,
  `datum_ingang_familierechtelijke_betrekking_ouder` varchar(200) NOT NULL,
  `registergemeente_akte_waaraan_gegevens_over_ouder_ontleend_zijn` varchar(200) NOT NULL,
  `aktenummer_van_de_akte_waaraan_gegevens` varchar(200) NOT NULL,
  `gemeente_waar_de_gegevens_over_ouder` varchar(200) NOT NULL,
  `datum_van_de_ontlening_van_de_gegevens_over_ouder` varchar(200) NOT NULL,
  `beschrijving_van_het_document_waaraan_de_gegevens` varchar(200) NOT NULL,
  `aanduiding_gegevens_in_onderzoek` varchar(200) NOT NULL,
  `datum_ingang_onderzoek` varchar(200) NOT NULL,
  `datum_einde_onderzoek` varchar(200) NOT NULL,
  `indicatie_onjuist_dan_wel_strijdigheid_met_de_openbare_orde` varchar(1) NOT NULL,
  `ingangsdatum_geldigheid_met_betrekking` varchar(200) NOT NULL,
  `datum_van_opneming_met_betrekking` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_ouder_persoon_id_8df10523_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_ouder_persoon_id_8df10523_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_overlijden` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datum_overlijden` varchar(200) NOT NULL,
  `plaats_overlijden` varchar(200) NOT NULL,
  `land_overlijden` varchar(200) NOT NULL,
  `registergemeente_akte_waaraan_gegevens` varchar(200) NOT NULL,
  `aktenummer_van_de_akte_waaraan_gegevens` varchar(200) NOT NULL,
  `gemeente_waar_de_gegevens_over_overlijden` varchar(200) NOT NULL,
  `datum_van_de_ontlening_van_de_gegevens_over_overlijden` varchar(200) NOT NULL,
  `beschrijving_van_het_document_waaraan_de_gegevens` varchar(200) NOT NULL,
  `aanduiding_gegevens_in_onderzoek` varchar(200) NOT NULL,
  `datum_ingang_onderzoek` varchar(200) NOT NULL,
  `datum_einde_onderzoek` varchar(200) NOT NULL,
  `indicatie_onjuist_dan_wel_strijdigheid_met_de_openbare_orde` varchar(200) NOT NULL,
  `ingangsdatum_geldigheid_met_betrekking` varchar(200) NOT NULL,
  `datum_van_opneming_met_betrekking` varchar(200) NOT NULL,
  `rni_deelnemer` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_overlijden_persoon_id_2e91add5_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_overlijden_persoon_id_2e91add5_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_partnerschap` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `a_nummer_echtgenoot_geregistreerd_partner` varchar(200) NOT NULL,
  `burgerservicenummer_echtgenoot_geregistreerd_partner` varchar(200) NOT NULL,
  `voornamen_echtgenoot_geregistreerd_partner` varchar(200) NOT NULL,
  `adellijke_titel_predikaat_echtgenoot_geregistreerd_partner` varchar(200) NOT NULL,
  `voorvoegsel_geslachtsnaam_echtgenoot_geregistreerd_partner` varchar(200) NOT NULL,
  `geslachtsnaam_echtgenoot_geregistreerd_partner` varchar(200) NOT NULL,
  `geboortedatum_echtgenoot_geregistreerd_partner` varchar(200) NOT NULL,
  `geboorteplaats_echtgenoot_geregistreerd_partner` varchar(200) NOT NULL,
  `geboorteland_echtgenoot_geregistreerd_partner` varchar(200) NOT NULL,
  `geslachtsaanduiding_echtgenoot_geregistreerd_partner` varchar(200) NOT NULL,
  `datum_huwelijkssluiting_aangaan_geregistreerd_partnerschap` varchar(200) NOT NULL,
  `plaats_huwelijkssluiting_aangaan_geregistreerd_partnerschap` varchar(200) NOT NULL,
  `land_huwelijkssluiting_aangaan_geregistreerd_partnerschap` varchar(200) NOT NULL,
  `datum_ontbinding_huwelijk_geregistreerd_partnerschap` varchar(200) NOT NULL,
  `plaats_ontbinding_huwelijk_geregistreerd_partnerschap` varchar(200) NOT NULL,
  `land_ontbinding_huwelijk_geregistreerd_partnerschap` varchar(200) NOT NULL,
  `reden_ontbinding_huwelijk_geregistreerd_partnerschap` varchar(200) NOT NULL,
  `soort_verbintenis` varchar(200) NOT NULL,
  `registergemeente_akte_waaraan_gegevens` varchar(200) NOT NULL,
  `aktenummer_van_de_akte_waaraan_gegevens` varchar(200) NOT NULL,
  `gemeente_waar_de_gegevens_over_huwelijk` varchar(200) NOT NULL,
  `datum_van_de_ontlening_van_de_gegevens` varchar(200) NOT NULL,
  `beschrijving_van_het_document_waaraan_de_gegevens` varchar(200) NOT NULL,
  `aanduiding_gegevens_in_onderzoek` varchar(200) NOT NULL,
  `datum_ingang_onderzoek` varchar(200) NOT NULL,
  `datum_einde_onderzoek` varchar(200) NOT NULL,
  `indicatie_onjuist_dan_wel_strijdigheid_met_de_openbare_orde` varchar(200) NOT NULL,
  `ingangsdatum_geldigheid_met_betrekking` varchar(200) NOT NULL,
  `datum_van_opneming_met_betrekking` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_partnerschap_persoon_id_a16c74ec_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_partnerschap_persoon_id_a16c74ec_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_reisdocument` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `soort_nederlands_reisdocument` varchar(200) NOT NULL,
  `nummer_nederlands_reisdocument` varchar(200) NOT NULL,
  `datum_uitgifte_nederlands_reisdocument` varchar(200) NOT NULL,
  `autoriteit_van_afgifte_nederlands_reisdocument` varchar(200) NOT NULL,
  `datum_einde_geldigheid_nederlands_reisdocument` varchar(200) NOT NULL,
  `datum_inhouding_dan_wel_vermissing_nederlands_reisdocument` varchar(200) NOT NULL,
  `aanduiding_inhouding_dan_wel_vermissing_nederlands_reisdocument` varchar(200) NOT NULL,
  `signalering_met_betrekking` varchar(200) NOT NULL,
  `gemeente_waar_het_paspoortdossier_zich_bevindt` varchar(200) NOT NULL,
  `datum_van_opname_in_het_paspoortdossier` varchar(200) NOT NULL,
  `beschrijving_dossier` varchar(200) NOT NULL,
  `aanduiding_gegevens_in_onderzoek` varchar(200) NOT NULL,
  `datum_ingang_onderzoek` varchar(200) NOT NULL,
  `datum_einde_onderzoek` varchar(200) NOT NULL,
  `datum_van_ingang_geldigheid_met_betrekking` varchar(200) NOT NULL,
  `datum_van_opneming_met_betrekking` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_reisdocument_persoon_id_61289757_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_reisdocument_persoon_id_61289757_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_verblijfplaats` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `gemeente_van_inschrijving` varchar(200) NOT NULL,
  `datum_inschrijving_in_de_gemeente` varchar(200) NOT NULL,
  `functie_adres` varchar(200) NOT NULL,
  `gemeentedeel` varchar(200) NOT NULL,
  `datum_aanvang_adreshouding` varchar(200) NOT NULL,
  `straatnaam` varchar(200) NOT NULL,
  `naam_openbare_ruimte` varchar(200) NOT NULL,
  `huisnummer` varchar(200) NOT NULL,
  `huisletter` varchar(200) NOT NULL,
  `huisnummertoevoeging` varchar(200) NOT NULL,
  `aanduiding_bij_huisnummer` varchar(200) NOT NULL,
  `postcode` varchar(200) NOT NULL,
  `woonplaatsnaam` varchar(200) NOT NULL,
  `identificatiecode_verblijfplaats` varchar(200) NOT NULL,
  `identificatiecode_nummeraanduiding` varchar(200) NOT NULL,
  `locatiebeschrijving` varchar(200) NOT NULL,
  `land_adres_buitenland` varchar(200) NOT NULL,
  `datum_aanvang_adres_buitenland` varchar(200) NOT NULL,
  `regel_1_adres_buitenland` varchar(200) NOT NULL,
  `regel_2_adres_buitenland` varchar(200) NOT NULL,
  `regel_3_adres_buitenland` varchar(200) NOT NULL,
  `land_vanwaar_ingeschreven` varchar(200) NOT NULL,
  `datum_vestiging_in_nederland` varchar(200) NOT NULL,
  `omschrijving_van_de_aangifte_adreshouding` varchar(200) NOT NULL,
  `indicatie_document` varchar(200) NOT NULL,
  `aanduiding_gegevens_in_onderzoek` varchar(200) NOT NULL,
  `datum_ingang_onderzoek` varchar(200) NOT NULL,
  `datum_einde_onderzoek` varchar(200) NOT NULL,
  `indicatie_onjuist` varchar(200) NOT NULL,
  `ingangsdatum_geldigheid_met_betrekking` varchar(200) NOT NULL,
  `datum_van_opneming_met_betrekking` varchar(200) NOT NULL,
  `rni_deelnemer` varchar(200) NOT NULL,
  `omschrijving_verdrag` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_verblijfplaats_persoon_id_0a15f75c_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_verblijfplaats_persoon_id_0a15f75c_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `demo_verblijfstitel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `aanduiding_verblijfstitel` varchar(200) NOT NULL,
  `datum_einde_verblijfstitel` varchar(200) NOT NULL,
  `ingangsdatum_verblijfstitel` varchar(200) NOT NULL,
  `aanduiding_gegevens_in_onderzoek` varchar(200) NOT NULL,
  `datum_ingang_onderzoek` varchar(200) NOT NULL,
  `datum_einde_onderzoek` varchar(200) NOT NULL,
  `indicatie_onjuist` varchar(200) NOT NULL,
  `ingangsdatum_geldigheid_met_betrekking` varchar(200) NOT NULL,
  `datum_van_opneming_met_betrekking` varchar(200) NOT NULL,
  `persoon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `demo_verblijfstitel_persoon_id_5e9b2f6e_fk_demo_persoon_id` (`persoon_id`),
  CONSTRAINT `demo_verblijfstitel_persoon_id_5e9b2f6e_fk_demo_persoon_id` FOREIGN KEY (`persoon_id`) REFERENCES `demo_persoon` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `accounts_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_user_permi_user_id_permission_id_2ab516c2_uniq` (`user_id`,`permission_id`),
  KEY `accounts_user_user_p_permission_id_113bb443_fk_auth_perm` (`permission_id`),
  CONSTRAINT `accounts_user_user_p_permission_id_113bb443_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `accounts_user_user_p_user_id_e4f0a161_fk_accounts_` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_accounts_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gemeente_code_and_omschrijving_gemeentecodeandomschrijving` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` int(11) NOT NULL,
  `omschrijving` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reden_code_and_omschrijving_redencodeandomschrijving` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `omschrijving` varchar(200) NOT NULL,
  `code` varchar(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `stufbg_stufbgclient` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ontvanger_organisatie` varchar(200) NOT NULL,
  `ontvanger_administratie` varchar(200) NOT NULL,
  `ontvanger_applicatie` varchar(200) NOT NULL,
  `ontvanger_gebruiker` varchar(200) NOT NULL,
  `zender_organisatie` varchar(200) NOT NULL,
  `zender_administratie` varchar(200) NOT NULL,
  `zender_applicatie` varchar(200) NOT NULL,
  `zender_gebruiker` varchar(200) NOT NULL,
  `url` varchar(200) NOT NULL,
  `user` varchar(200) NOT NULL,
  `password` varchar(200) NOT NULL,
  `certificate` varchar(100) DEFAULT NULL,
  `certificate_key` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


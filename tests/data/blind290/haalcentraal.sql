-- GBA-V (LO3) database of the Haal Centraal BRP API (RvIG, the Netherlands' Basisregistratie Personen)
-- Source: github.com/BRP-API/Haal-Centraal-BRP-bevragen `.docker/scripts/schema.sql` (upstream's pg_dump of the
-- `rvig_haalcentraal_testdata` database), commit 99d0d7c029ca6c8793e8f8f4a8d402b781eb1c86 (EUPL-1.2).
-- Loaded into PostgreSQL 15 and written back as MySQL DDL from the catalogue; schemas `public` and `vospg`
-- (only `pl_bericht`) merged, schema prefixes dropped. See haalcentraal.md.

-- public.activiteit_small
CREATE TABLE `activiteit_small` (
  `activiteit_id` BIGINT NOT NULL,
  `activiteit_type` INT NOT NULL,
  `activiteit_subtype` INT NOT NULL,
  `moeder_id` BIGINT,
  `toestand` INT NOT NULL,
  `start_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `laatste_actie_dt` DATETIME,
  `uiterlijke_actie_dt` DATETIME NOT NULL,
  `pl_id` BIGINT,
  `communicatie_partner` VARCHAR(40),
  `nr_1` BIGINT,
  `nr_2` BIGINT,
  `nr_3` BIGINT,
  `nr_4` BIGINT,
  `nr_5` BIGINT,
  `tekst_1` VARCHAR(40),
  `tekst_2` VARCHAR(40),
  `tekst_3` VARCHAR(40),
  `tekst_4` VARCHAR(40),
  `tekst_5` VARCHAR(40),
  `trace_level` CHAR(1),
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`activiteit_id`),
  UNIQUE KEY `activiteit_small_idx_3` (`moeder_id`, `toestand`, `activiteit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.afnemer
CREATE TABLE `afnemer` (
  `afnemer_id` BIGINT NOT NULL,
  `afnemer_code` INT NOT NULL,
  `geschatte_omvang` INT NOT NULL DEFAULT 0,
  `leverwijze` INT NOT NULL DEFAULT 0,
  `max_berichten` INT NOT NULL DEFAULT 0,
  `berichtsoort` INT,
  `selectiesoort` INT NOT NULL DEFAULT 0,
  `bestands_formaat` INT,
  `oin` VARCHAR(20),
  PRIMARY KEY (`afnemer_id`),
  UNIQUE KEY `afnemer_idx_0` (`afnemer_code`),
  UNIQUE KEY `afnemer_idx_1` (`oin`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.gebeurtenis_data
CREATE TABLE `gebeurtenis_data` (
  `gebeurtenis_data_id` BIGINT NOT NULL,
  `gebeurtenis_data_type` INT NOT NULL,
  `gebeurtenis_data` TEXT,
  `gebeurtenis_nr_1` BIGINT,
  `gebeurtenis_nr_2` BIGINT,
  `gebeurtenis_id` BIGINT NOT NULL,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`gebeurtenis_data_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.gebeurtenis_small
CREATE TABLE `gebeurtenis_small` (
  `gebeurtenis_id` BIGINT NOT NULL,
  `gebeurtenis_type` INT NOT NULL,
  `gebeurtenis_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `gebeurtenis_oms` TEXT,
  `activiteit_id` BIGINT NOT NULL,
  `activiteit_nieuwe_toestand` INT,
  `creatie_door` VARCHAR(40),
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `gebeurtenis_hash` BIGINT,
  PRIMARY KEY (`gebeurtenis_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.haalcentraal_vraag
CREATE TABLE `haalcentraal_vraag` (
  `request_id` VARCHAR(36) NOT NULL,
  `request_datum` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `afnemer_code` INT NOT NULL,
  `pl_id` BIGINT NOT NULL,
  `request_zoek_rubrieken` TEXT,
  `request_gevraagde_rubrieken` TEXT,
  `verwerkt` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`request_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.herindeling
CREATE TABLE `herindeling` (
  `herindeling_id` BIGINT NOT NULL,
  `nieuwe_gemeente_code` VARCHAR(4) NOT NULL,
  `oude_gemeente_codes` VARCHAR(400),
  `herindeling_datum` INT NOT NULL,
  `volg_nr` INT NOT NULL,
  `verstrekking_start_datum` INT NOT NULL,
  `verstrekking_eind_datum` INT NOT NULL,
  `afnemers_am_verstrekkingen` TEXT,
  `afnemers_niet_verstrekkingen` TEXT,
  `toelichting` TEXT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`herindeling_id`),
  UNIQUE KEY `herindeling_idx_0` (`nieuwe_gemeente_code`, `herindeling_datum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_adres
CREATE TABLE `lo3_adres` (
  `adres_id` BIGINT NOT NULL,
  `gemeente_code` SMALLINT NOT NULL,
  `gemeente_deel` VARCHAR(24),
  `straat_naam` VARCHAR(24),
  `diak_straat_naam` VARCHAR(24),
  `huis_nr` INT,
  `huis_letter` CHAR(1),
  `huis_nr_toevoeging` VARCHAR(4),
  `huis_nr_aand` VARCHAR(2),
  `postcode` VARCHAR(6),
  `locatie_beschrijving` VARCHAR(35),
  `diak_locatie_beschrijving` VARCHAR(35),
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `open_ruimte_naam` VARCHAR(80),
  `diak_open_ruimte_naam` VARCHAR(80),
  `woon_plaats_naam` VARCHAR(80),
  `diak_woon_plaats_naam` VARCHAR(80),
  `verblijf_plaats_ident_code` VARCHAR(16),
  `nummer_aand_ident_code` VARCHAR(16),
  PRIMARY KEY (`adres_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_adres_afnemer_ind
CREATE TABLE `lo3_adres_afnemer_ind` (
  `adres_id` BIGINT NOT NULL,
  `afnemer_code` INT NOT NULL,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`adres_id`, `afnemer_code`),
  UNIQUE KEY `lo3_adres_afnemer_ind_idx_1` (`afnemer_code`, `adres_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_afnemers_verstrekking_aut
CREATE TABLE `lo3_afnemers_verstrekking_aut` (
  `autorisatie_id` BIGINT NOT NULL,
  `afnemer_code` INT NOT NULL,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`autorisatie_id`, `afnemer_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_akte_aand
CREATE TABLE `lo3_akte_aand` (
  `akte_aand` VARCHAR(3) NOT NULL,
  `akte_soort_oms` VARCHAR(80) NOT NULL,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`akte_aand`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_autorisatie
CREATE TABLE `lo3_autorisatie` (
  `autorisatie_id` BIGINT NOT NULL,
  `afnemer_code` INT NOT NULL,
  `geheimhouding_ind` SMALLINT NOT NULL,
  `verstrekkings_beperking` SMALLINT NOT NULL,
  `afnemer_naam` VARCHAR(80),
  `straat_naam` VARCHAR(24),
  `huis_nr` INT,
  `huis_letter` CHAR(1),
  `huis_nr_toevoeging` VARCHAR(4),
  `postcode` VARCHAR(6),
  `gemeente_code` SMALLINT,
  `conditionele_verstrekking` SMALLINT,
  `spontaan_medium` CHAR(1),
  `selectie_soort` SMALLINT,
  `bericht_aand` SMALLINT,
  `eerste_selectie_datum` INT,
  `selectie_periode` SMALLINT,
  `selectie_medium` CHAR(1),
  `pl_plaatsings_bevoegdheid` SMALLINT,
  `adres_vraag_bevoegdheid` SMALLINT,
  `ad_hoc_medium` CHAR(1),
  `adres_medium` CHAR(1),
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `sleutel_rubrieken` TEXT,
  `spontaan_rubrieken` TEXT,
  `selectie_rubrieken` TEXT,
  `ad_hoc_rubrieken` TEXT,
  `adres_rubrieken` TEXT,
  `afnemers_verstrekkingen` TEXT,
  `bijzondere_betrekking_kind_verstrekken` SMALLINT DEFAULT 0,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`autorisatie_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_bericht
CREATE TABLE `lo3_bericht` (
  `lo3_bericht_id` BIGINT NOT NULL,
  `aanduiding_in_uit` CHAR(1) NOT NULL,
  `bericht_activiteit_id` BIGINT,
  `medium` CHAR(1) NOT NULL,
  `originator_or_recipient` VARCHAR(7),
  `spg_mailbox_instantie` INT,
  `eref` VARCHAR(12),
  `bref` VARCHAR(12),
  `eref2` VARCHAR(12),
  `berichtcyclus_id` BIGINT,
  `tijdstip_verzending_ontvangst` DATETIME,
  `dispatch_sequence_number` INT,
  `report_delivery_time` DATETIME,
  `non_delivery_reason` VARCHAR(4),
  `non_receipt_reason` VARCHAR(4),
  `bericht_data` TEXT,
  `kop_random_key` INT,
  `kop_berichtsoort_nummer` VARCHAR(4),
  `kop_a_nummer` BIGINT,
  `kop_oud_a_nummer` BIGINT,
  `kop_herhaling` CHAR(1),
  `kop_foutreden` CHAR(1),
  `kop_datum_tijd` BIGINT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`lo3_bericht_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_gba_deelnemer
CREATE TABLE `lo3_gba_deelnemer` (
  `deelnemer_code` INT NOT NULL,
  `deelnemer_oms` VARCHAR(80) NOT NULL,
  `gba_netwerk_aand` SMALLINT,
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`deelnemer_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_gemeente
CREATE TABLE `lo3_gemeente` (
  `gemeente_code` SMALLINT NOT NULL,
  `gemeente_naam` VARCHAR(40) NOT NULL,
  `nieuwe_gemeente_code` SMALLINT,
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`gemeente_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_gezagsverhouding
CREATE TABLE `lo3_gezagsverhouding` (
  `gezagsverhouding_code` VARCHAR(2) NOT NULL,
  `gezagsverhouding_oms` VARCHAR(80) NOT NULL,
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`gezagsverhouding_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_land
CREATE TABLE `lo3_land` (
  `land_code` SMALLINT NOT NULL,
  `land_naam` VARCHAR(42) NOT NULL,
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`land_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_mailbox
CREATE TABLE `lo3_mailbox` (
  `lo3_mailbox_nummer` VARCHAR(7) NOT NULL,
  `spg_mailbox_instantie` INT,
  `soort_instantie` CHAR(1) NOT NULL,
  `code_instantie` INT,
  `indicatie_mailbox_actief` CHAR(1),
  `brp_overgangs_datum` INT,
  `blokkade_start_dt` DATETIME,
  `blokkade_eind_dt` DATETIME,
  `mutatie_dt` DATETIME,
  `blokkade_bericht_nrs` VARCHAR(400),
  `deblokkade_toestand` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`lo3_mailbox_nummer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_nationaliteit
CREATE TABLE `lo3_nationaliteit` (
  `nationaliteit_code` SMALLINT NOT NULL,
  `nationaliteit_oms` VARCHAR(42) NOT NULL,
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`nationaliteit_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_nl_nat_verkrijg_verlies_reden
CREATE TABLE `lo3_nl_nat_verkrijg_verlies_reden` (
  `nl_nat_verkrijg_verlies_reden` SMALLINT NOT NULL,
  `nl_nat_reden_oms` VARCHAR(80) NOT NULL,
  `nl_nat_reden_soort` VARCHAR(2) NOT NULL,
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`nl_nat_verkrijg_verlies_reden`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_nl_reis_doc_autoriteit
CREATE TABLE `lo3_nl_reis_doc_autoriteit` (
  `nl_reis_doc_autoriteit_code` VARCHAR(6) NOT NULL,
  `nl_reis_doc_autoriteit_oms` VARCHAR(80) NOT NULL,
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`nl_reis_doc_autoriteit_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_nl_reis_doc_soort
CREATE TABLE `lo3_nl_reis_doc_soort` (
  `nl_reis_doc_soort` VARCHAR(2) NOT NULL,
  `nl_reis_doc_soort_oms` VARCHAR(80) NOT NULL,
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`nl_reis_doc_soort`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl
CREATE TABLE `lo3_pl` (
  `pl_id` BIGINT NOT NULL,
  `pl_blokkering_start_datum` INT,
  `bijhouding_opschort_datum` INT,
  `bijhouding_opschort_reden` CHAR(1),
  `gba_eerste_inschrijving_datum` INT,
  `pk_gemeente_code` SMALLINT,
  `geheim_ind` SMALLINT,
  `volledig_geconverteerd_pk` CHAR(1),
  `europees_kiesrecht_aand` SMALLINT,
  `europees_kiesrecht_datum` INT,
  `europees_uitsluit_eind_datum` INT,
  `kiesrecht_uitgesl_aand` CHAR(1),
  `kiesrecht_uitgesl_eind_datum` INT,
  `kiesrecht_doc_gemeente_code` SMALLINT,
  `kiesrecht_doc_datum` INT,
  `kiesrecht_doc_beschrijving` VARCHAR(40),
  `mutatie_activiteit_id` BIGINT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mutatie_dt` DATETIME NOT NULL,
  `versie_nr` SMALLINT,
  `stempel_dt` BIGINT,
  `verificatie_datum` INT,
  `verificatie_oms` VARCHAR(50),
  `rni_deelnemer` SMALLINT,
  `verdrag_oms` VARCHAR(50),
  PRIMARY KEY (`pl_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl_afnemer_ind
CREATE TABLE `lo3_pl_afnemer_ind` (
  `pl_id` BIGINT NOT NULL,
  `stapel_nr` SMALLINT NOT NULL,
  `volg_nr` SMALLINT NOT NULL,
  `afnemer_code` INT,
  `geldigheid_start_datum` INT,
  PRIMARY KEY (`pl_id`, `stapel_nr`, `volg_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl_gezagsverhouding
CREATE TABLE `lo3_pl_gezagsverhouding` (
  `pl_id` BIGINT NOT NULL,
  `volg_nr` SMALLINT NOT NULL,
  `minderjarig_gezag_ind` VARCHAR(2),
  `curatele_register_ind` SMALLINT,
  `doc_gemeente_code` SMALLINT,
  `doc_datum` INT,
  `doc_beschrijving` VARCHAR(40),
  `onderzoek_gegevens_aand` INT,
  `onderzoek_start_datum` INT,
  `onderzoek_eind_datum` INT,
  `onjuist_ind` CHAR(1),
  `geldigheid_start_datum` INT,
  `opneming_datum` INT,
  PRIMARY KEY (`pl_id`, `volg_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl_nationaliteit
CREATE TABLE `lo3_pl_nationaliteit` (
  `pl_id` BIGINT NOT NULL,
  `stapel_nr` SMALLINT NOT NULL,
  `volg_nr` SMALLINT NOT NULL,
  `nationaliteit_code` SMALLINT,
  `nl_nat_verkrijg_reden` SMALLINT,
  `nl_nat_verlies_reden` SMALLINT,
  `bijzonder_nl_aand` CHAR(1),
  `doc_gemeente_code` SMALLINT,
  `doc_datum` INT,
  `doc_beschrijving` VARCHAR(40),
  `onderzoek_gegevens_aand` INT,
  `onderzoek_start_datum` INT,
  `onderzoek_eind_datum` INT,
  `onjuist_ind` CHAR(1),
  `geldigheid_start_datum` INT,
  `opneming_datum` INT,
  `rni_deelnemer` SMALLINT,
  `verdrag_oms` VARCHAR(50),
  `eu_persoon_nr` VARCHAR(40),
  PRIMARY KEY (`pl_id`, `stapel_nr`, `volg_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl_overlijden
CREATE TABLE `lo3_pl_overlijden` (
  `pl_id` BIGINT NOT NULL,
  `volg_nr` SMALLINT NOT NULL,
  `overlijden_datum` INT,
  `overlijden_plaats` VARCHAR(40),
  `overlijden_land_code` SMALLINT,
  `akte_register_gemeente_code` SMALLINT,
  `akte_nr` VARCHAR(7),
  `doc_gemeente_code` SMALLINT,
  `doc_datum` INT,
  `doc_beschrijving` VARCHAR(40),
  `onderzoek_gegevens_aand` INT,
  `onderzoek_start_datum` INT,
  `onderzoek_eind_datum` INT,
  `onjuist_ind` CHAR(1),
  `geldigheid_start_datum` INT,
  `opneming_datum` INT,
  `rni_deelnemer` SMALLINT,
  `verdrag_oms` VARCHAR(50),
  PRIMARY KEY (`pl_id`, `volg_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl_paw_index_2
CREATE TABLE `lo3_pl_paw_index_2` (
  `pl_id` BIGINT NOT NULL,
  `voor_naam` VARCHAR(200),
  `diak_voor_naam` VARCHAR(200),
  `geslachts_naam` VARCHAR(200) NOT NULL,
  `diak_geslachts_naam` VARCHAR(200),
  `titel_predikaat` VARCHAR(2),
  `geslachts_naam_voorvoegsel` VARCHAR(10),
  `geboorte_datum` INT,
  `geboorte_plaats` VARCHAR(40),
  `geboorte_land_code` SMALLINT,
  `geslachts_aand` CHAR(1),
  `naam_gebruik_aand` CHAR(1),
  `inschrijving_gemeente_code` SMALLINT NOT NULL,
  `gemeente_deel` VARCHAR(24),
  `straat_naam` VARCHAR(24),
  `diak_straat_naam` VARCHAR(24),
  `huis_nr` INT,
  `huis_letter` CHAR(1),
  `huis_nr_toevoeging` VARCHAR(4),
  `huis_nr_aand` VARCHAR(2),
  `postcode` VARCHAR(6),
  `locatie_beschrijving` VARCHAR(35),
  `diak_locatie_beschrijving` VARCHAR(35),
  `open_ruimte_naam` VARCHAR(80),
  `diak_open_ruimte_naam` VARCHAR(80),
  `woon_plaats_naam` VARCHAR(80),
  `diak_woon_plaats_naam` VARCHAR(80),
  `verblijf_plaats_ident_code` VARCHAR(16),
  `nummer_aand_ident_code` VARCHAR(16),
  PRIMARY KEY (`pl_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl_persoon
CREATE TABLE `lo3_pl_persoon` (
  `pl_id` BIGINT NOT NULL,
  `persoon_type` CHAR(1) NOT NULL,
  `stapel_nr` SMALLINT NOT NULL,
  `volg_nr` SMALLINT NOT NULL,
  `a_nr` BIGINT,
  `burger_service_nr` BIGINT,
  `voor_naam` VARCHAR(200),
  `diak_voor_naam` VARCHAR(200),
  `titel_predicaat` VARCHAR(2),
  `geslachts_naam_voorvoegsel` VARCHAR(10),
  `geslachts_naam` VARCHAR(200),
  `diak_geslachts_naam` VARCHAR(200),
  `geboorte_datum` INT,
  `geboorte_plaats` VARCHAR(40),
  `geboorte_land_code` SMALLINT,
  `geslachts_aand` CHAR(1),
  `naam_gebruik_aand` CHAR(1),
  `akte_register_gemeente_code` SMALLINT,
  `akte_nr` VARCHAR(7),
  `doc_gemeente_code` SMALLINT,
  `doc_datum` INT,
  `doc_beschrijving` VARCHAR(40),
  `onderzoek_gegevens_aand` INT,
  `onderzoek_start_datum` INT,
  `onderzoek_eind_datum` INT,
  `onjuist_ind` CHAR(1),
  `geldigheid_start_datum` INT,
  `opneming_datum` INT,
  `relatie_start_datum` INT,
  `relatie_start_plaats` VARCHAR(40),
  `relatie_start_land_code` SMALLINT,
  `relatie_eind_datum` INT,
  `relatie_eind_plaats` VARCHAR(40),
  `relatie_eind_land_code` SMALLINT,
  `relatie_eind_reden` CHAR(1),
  `verbintenis_soort` CHAR(1),
  `familie_betrek_start_datum` INT,
  `vorig_a_nr` BIGINT,
  `volgend_a_nr` BIGINT,
  `rni_deelnemer` SMALLINT,
  `verdrag_oms` VARCHAR(50),
  `registratie_betrekking` CHAR(1),
  PRIMARY KEY (`pl_id`, `persoon_type`, `stapel_nr`, `volg_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl_reis_doc
CREATE TABLE `lo3_pl_reis_doc` (
  `pl_id` BIGINT NOT NULL,
  `stapel_nr` SMALLINT NOT NULL,
  `nl_reis_doc_soort` VARCHAR(2),
  `nl_reis_doc_nr` VARCHAR(9),
  `nl_reis_doc_uitgifte_datum` INT,
  `nl_reis_doc_autoriteit_code` VARCHAR(6),
  `nl_reis_doc_geldig_eind_datum` INT,
  `nl_reis_doc_weg_datum` INT,
  `nl_reis_doc_weg_ind` CHAR(1),
  `nl_reis_doc_houder_lengte` SMALLINT,
  `nl_reis_doc_signalering` SMALLINT,
  `buitenland_reis_doc_aand` SMALLINT,
  `doc_gemeente_code` SMALLINT,
  `doc_datum` INT,
  `doc_beschrijving` VARCHAR(40),
  `onderzoek_gegevens_aand` INT,
  `onderzoek_start_datum` INT,
  `onderzoek_eind_datum` INT,
  `geldigheid_start_datum` INT,
  `opneming_datum` INT,
  PRIMARY KEY (`pl_id`, `stapel_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl_serialized
CREATE TABLE `lo3_pl_serialized` (
  `pl_id` BIGINT NOT NULL,
  `mutatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `data` TEXT NOT NULL,
  PRIMARY KEY (`pl_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl_verblijfplaats
CREATE TABLE `lo3_pl_verblijfplaats` (
  `pl_id` BIGINT NOT NULL,
  `volg_nr` SMALLINT NOT NULL,
  `inschrijving_gemeente_code` SMALLINT,
  `adres_id` BIGINT,
  `inschrijving_datum` INT,
  `adres_functie` CHAR(1),
  `gemeente_deel` VARCHAR(24),
  `adreshouding_start_datum` INT,
  `vertrek_land_code` SMALLINT,
  `vertrek_datum` INT,
  `vertrek_land_adres_1` VARCHAR(35),
  `vertrek_land_adres_2` VARCHAR(35),
  `vertrek_land_adres_3` VARCHAR(35),
  `vestiging_land_code` SMALLINT,
  `vestiging_datum` INT,
  `aangifte_adreshouding_oms` CHAR(1),
  `doc_ind` SMALLINT,
  `onderzoek_gegevens_aand` INT,
  `onderzoek_start_datum` INT,
  `onderzoek_eind_datum` INT,
  `onjuist_ind` CHAR(1),
  `geldigheid_start_datum` INT,
  `opneming_datum` INT,
  `rni_deelnemer` SMALLINT,
  `verdrag_oms` VARCHAR(50),
  PRIMARY KEY (`pl_id`, `volg_nr`),
  CONSTRAINT `lo3_pl_verblijfplaats_adres_id_fkey` FOREIGN KEY (`adres_id`) REFERENCES `lo3_adres` (`adres_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_pl_verblijfstitel
CREATE TABLE `lo3_pl_verblijfstitel` (
  `pl_id` BIGINT NOT NULL,
  `volg_nr` SMALLINT NOT NULL,
  `verblijfstitel_aand` SMALLINT,
  `verblijfstitel_eind_datum` INT,
  `verblijfstitel_start_datum` INT,
  `onderzoek_gegevens_aand` INT,
  `onderzoek_start_datum` INT,
  `onderzoek_eind_datum` INT,
  `onjuist_ind` CHAR(1),
  `geldigheid_start_datum` INT,
  `opneming_datum` INT,
  PRIMARY KEY (`pl_id`, `volg_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_relatie_eind_reden
CREATE TABLE `lo3_relatie_eind_reden` (
  `relatie_eind_reden` CHAR(1) NOT NULL,
  `relatie_eind_reden_oms` VARCHAR(80),
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`relatie_eind_reden`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_rni_deelnemer
CREATE TABLE `lo3_rni_deelnemer` (
  `deelnemer_code` SMALLINT NOT NULL,
  `deelnemer_oms` VARCHAR(80) NOT NULL,
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`deelnemer_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_titel_predicaat
CREATE TABLE `lo3_titel_predicaat` (
  `titel_predicaat` VARCHAR(2) NOT NULL,
  `titel_predicaat_oms` VARCHAR(10) NOT NULL,
  `titel_predicaat_soort` VARCHAR(10) NOT NULL,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`titel_predicaat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_verblijfstitel_aand
CREATE TABLE `lo3_verblijfstitel_aand` (
  `verblijfstitel_aand` SMALLINT NOT NULL,
  `verblijfstitel_aand_oms` VARCHAR(80) NOT NULL,
  `tabel_regel_start_datum` INT,
  `tabel_regel_eind_datum` INT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`verblijfstitel_aand`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_voorvoegsel
CREATE TABLE `lo3_voorvoegsel` (
  `voorvoegsel` VARCHAR(10) NOT NULL,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`voorvoegsel`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_voorwaarde_regel_aut
CREATE TABLE `lo3_voorwaarde_regel_aut` (
  `voorwaarde_type` CHAR(1) NOT NULL,
  `voorwaarde_regel` VARCHAR(4096) NOT NULL,
  `autorisatie_id` BIGINT NOT NULL,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`voorwaarde_type`, `autorisatie_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lookup_codering
CREATE TABLE `lookup_codering` (
  `lookup_codering_id` INT NOT NULL,
  `codering_naam` VARCHAR(40) NOT NULL,
  `code_type` CHAR(1) NOT NULL,
  `idc_vaste_codering` CHAR(1) NOT NULL,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`lookup_codering_id`),
  UNIQUE KEY `lookup_codering_codering_naam_key` (`codering_naam`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lookup_codewaarde
CREATE TABLE `lookup_codewaarde` (
  `lookup_codering_id` INT NOT NULL,
  `referentie_waarde_num` INT,
  `referentie_waarde_alfa` VARCHAR(40),
  `lookup_afkorting` VARCHAR(20),
  `lookup_omschrijving` VARCHAR(40) NOT NULL,
  `omschrijving_volledig` VARCHAR(200),
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mutatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`lookup_codering_id`, `lookup_omschrijving`),
  UNIQUE KEY `lookup_codewaarde_idx_1` (`lookup_codering_id`, `referentie_waarde_num`),
  UNIQUE KEY `lookup_codewaarde_idx_2` (`lookup_codering_id`, `referentie_waarde_alfa`),
  CONSTRAINT `lookup_codewaarde_lookup_codering_id_fkey` FOREIGN KEY (`lookup_codering_id`) REFERENCES `lookup_codering` (`lookup_codering_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.miteller
CREATE TABLE `miteller` (
  `groep_id` VARCHAR(8) NOT NULL,
  `soort_teller` INT NOT NULL,
  `aantal` INT NOT NULL,
  `datum_telling` DATE NOT NULL,
  `periode` SMALLINT NOT NULL,
  `periode_aanduiding` VARCHAR(5) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.miteller_marker
CREATE TABLE `miteller_marker` (
  `marker_id` VARCHAR(30) NOT NULL,
  `marker` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.monitor
CREATE TABLE `monitor` (
  `monitor_id` BIGINT NOT NULL,
  `node` VARCHAR(50) NOT NULL,
  `component` VARCHAR(50) NOT NULL,
  `ernst` INT NOT NULL,
  `melding` TEXT,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`monitor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- vospg.pl_bericht
CREATE TABLE `pl_bericht` (
  `pl_bericht_id` BIGINT NOT NULL,
  `a_nr` BIGINT,
  `bericht_data` TEXT,
  `hash_bericht_data` TEXT,
  `verzender` VARCHAR(7),
  `tijdstip_ontvangst` DATETIME,
  `berichtsoort_nummer` VARCHAR(4),
  PRIMARY KEY (`pl_bericht_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.selectie_instelling
CREATE TABLE `selectie_instelling` (
  `selectie_instelling_id` BIGINT NOT NULL,
  `autorisatie_id` BIGINT NOT NULL,
  `geschatte_omvang` INT NOT NULL,
  `leverwijze` INT NOT NULL,
  `max_berichten` INT NOT NULL,
  `berichtsoort` INT,
  `selectiesoort` INT NOT NULL,
  `bestands_formaat` INT,
  `selectie_datum` DATE NOT NULL,
  `berekende_selectie_datum` DATE NOT NULL,
  `selectie_activiteit_id` BIGINT NOT NULL,
  `voorwaarde_regel` VARCHAR(4096) NOT NULL,
  `rubrieken` VARCHAR(4096) NOT NULL,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `teller_definities` VARCHAR(4096),
  PRIMARY KEY (`selectie_instelling_id`),
  CONSTRAINT `selectie_instelling_autorisatie_id_fkey` FOREIGN KEY (`autorisatie_id`) REFERENCES `lo3_autorisatie` (`autorisatie_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.selectie_enumeratie
CREATE TABLE `selectie_enumeratie` (
  `selectie_instelling_id` BIGINT NOT NULL,
  `enumeratie` TEXT,
  PRIMARY KEY (`selectie_instelling_id`),
  CONSTRAINT `selectie_enumeratie_selectie_instelling_id_fkey` FOREIGN KEY (`selectie_instelling_id`) REFERENCES `selectie_instelling` (`selectie_instelling_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.spg_mailbox
CREATE TABLE `spg_mailbox` (
  `spg_mailbox_instantie` INT NOT NULL,
  `spg_mailbox_nummer` VARCHAR(7) NOT NULL,
  PRIMARY KEY (`spg_mailbox_instantie`),
  UNIQUE KEY `spg_mailbox_nr` (`spg_mailbox_nummer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.lo3_vospg_instructie
CREATE TABLE `lo3_vospg_instructie` (
  `spg_mailbox_instantie` INT NOT NULL,
  `soort_instructie` VARCHAR(40),
  `dag_van_de_week` SMALLINT,
  `tijd` TIME,
  `datum_tijd` DATETIME,
  `tijdstip_laatste_actie` DATETIME,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT `lo3_vospg_instructie_spg_mailbox_instantie_fkey` FOREIGN KEY (`spg_mailbox_instantie`) REFERENCES `spg_mailbox` (`spg_mailbox_instantie`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.spg_schema
CREATE TABLE `spg_schema` (
  `version` VARCHAR(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.tmp_convert_special_characters_adres
CREATE TABLE `tmp_convert_special_characters_adres` (
  `adres_id` BIGINT,
  `old_straat_naam` VARCHAR(24),
  `old_diak_straat_naam` VARCHAR(24),
  `old_locatie_beschrijving` VARCHAR(35),
  `old_diak_locatie_beschrijving` VARCHAR(35),
  `new_straat_naam` TEXT,
  `new_diak_straat_naam` VARCHAR(24),
  `new_locatie_beschrijving` TEXT,
  `new_diak_locatie_beschrijving` VARCHAR(35)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.tmp_convert_special_characters_persoon
CREATE TABLE `tmp_convert_special_characters_persoon` (
  `pl_id` BIGINT,
  `persoon_type` CHAR(1),
  `stapel_nr` SMALLINT,
  `volg_nr` SMALLINT,
  `old_voor_naam` VARCHAR(200),
  `old_diak_voor_naam` VARCHAR(200),
  `old_geslachts_naam` VARCHAR(200),
  `old_diak_geslachts_naam` VARCHAR(200),
  `new_voor_naam` TEXT,
  `new_diak_voor_naam` VARCHAR(200),
  `new_geslachts_naam` TEXT,
  `new_diak_geslachts_naam` VARCHAR(200)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.toestand_overgang
CREATE TABLE `toestand_overgang` (
  `toestand_overgang_id` INT NOT NULL,
  `activiteit_type` INT NOT NULL,
  `activiteit_subtype` INT,
  `toestand_huidig` INT,
  `gebeurtenis_type` INT NOT NULL,
  `toestand_nieuw` INT NOT NULL,
  `creatie_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`toestand_overgang_id`),
  UNIQUE KEY `toestand_overgang_idx_1` (`activiteit_type`, `activiteit_subtype`, `toestand_huidig`, `gebeurtenis_type`, `toestand_nieuw`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


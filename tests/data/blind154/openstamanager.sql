-- OpenSTAManager (devcode-it/openstamanager, commit e9c4136fe1d68fdbb4010203cd55fe24cefe5a61, GPL-3.0)
-- Core update/2_*.sql scripts replayed in version order into MariaDB 10.11 (sql_mode ''), tables read back with SHOW CREATE TABLE;
-- plain indexes and foreign keys to tables left out dropped, AUTO_INCREMENT counters removed.

CREATE TABLE `an_nazioni` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `iso2` varchar(2) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `in_tipi_intervento` (
  `codice` varchar(25) NOT NULL,
  `costo_orario` decimal(15,6) NOT NULL,
  `costo_km` decimal(15,6) NOT NULL,
  `costo_diritto_chiamata` decimal(15,6) NOT NULL,
  `costo_orario_tecnico` decimal(15,6) NOT NULL,
  `costo_km_tecnico` decimal(15,6) NOT NULL,
  `costo_diritto_chiamata_tecnico` decimal(15,6) NOT NULL,
  `calcola_km` tinyint(4) NOT NULL,
  `tempo_standard` decimal(10,2) DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `non_conteggiare` tinyint(4) NOT NULL,
  `note` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `an_anagrafiche` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_cliente_finale` int(11) NOT NULL,
  `codice` varchar(20) NOT NULL,
  `ragione_sociale` varchar(255) NOT NULL,
  `tipo` enum('','Azienda','Privato','Ente pubblico') NOT NULL,
  `p_iva` varchar(16) NOT NULL,
  `codice_fiscale` varchar(16) NOT NULL,
  `capitale_sociale` decimal(15,6) DEFAULT NULL,
  `data_nascita` date DEFAULT NULL,
  `luogo_nascita` varchar(255) NOT NULL,
  `sesso` enum('','M','F') NOT NULL,
  `indirizzo` varchar(255) NOT NULL,
  `citta` varchar(255) NOT NULL,
  `cap` varchar(10) NOT NULL,
  `provincia` varchar(2) NOT NULL,
  `km` decimal(10,2) NOT NULL,
  `id_nazione` int(11) DEFAULT NULL,
  `telefono` varchar(50) NOT NULL,
  `fax` varchar(50) NOT NULL,
  `cellulare` varchar(50) NOT NULL,
  `email` varchar(255) NOT NULL,
  `pec` varchar(255) NOT NULL,
  `sito_web` varchar(255) NOT NULL,
  `note` text NOT NULL,
  `codice_r_i` varchar(15) NOT NULL,
  `codice_rea` varchar(23) DEFAULT NULL,
  `riferimento_amministrazione` varchar(255) DEFAULT NULL,
  `appoggio_bancario` varchar(255) NOT NULL,
  `filiale` varchar(100) NOT NULL,
  `codice_iban` varchar(40) NOT NULL,
  `bic` varchar(25) NOT NULL,
  `dicitura_fissa_fattura` varchar(255) NOT NULL,
  `id_pagamento_vendite` int(11) DEFAULT NULL,
  `id_pagamento_acquisti` int(11) DEFAULT NULL,
  `id_piano_sconto_vendite` int(11) DEFAULT NULL,
  `id_piano_sconto_acquisti` int(11) DEFAULT NULL,
  `id_listino` int(11) DEFAULT NULL,
  `id_iva_vendite` int(11) DEFAULT NULL,
  `id_iva_acquisti` int(11) DEFAULT NULL,
  `id_ritenuta_acconto_vendite` int(11) DEFAULT NULL,
  `id_ritenuta_acconto_acquisti` int(11) DEFAULT NULL,
  `id_sede_fatturazione` int(11) NOT NULL,
  `id_conto_cliente` int(11) NOT NULL,
  `id_banca_vendite` int(11) DEFAULT NULL,
  `id_banca_acquisti` int(11) DEFAULT NULL,
  `id_conto_fornitore` int(11) NOT NULL,
  `id_settore` int(11) NOT NULL,
  `marche` varchar(5000) NOT NULL,
  `dipendenti` int(11) NOT NULL,
  `macchine` int(11) NOT NULL,
  `id_agente` int(11) NOT NULL,
  `id_relazione` int(11) NOT NULL,
  `id_provenienza` int(11) DEFAULT NULL,
  `id_zona` int(11) NOT NULL,
  `foro_competenza` varchar(255) NOT NULL,
  `nome` varchar(255) NOT NULL,
  `cognome` varchar(255) NOT NULL,
  `iscrizione_tribunale` varchar(2) NOT NULL,
  `n_alboartigiani` varchar(25) DEFAULT NULL,
  `colore` varchar(7) NOT NULL DEFAULT '#FFFFFF',
  `id_tipo_intervento_default` int(11) DEFAULT NULL,
  `id_dichiarazione_intento_default` int(11) DEFAULT NULL,
  `provvigione_default` decimal(15,6) NOT NULL,
  `gaddress` varchar(255) DEFAULT NULL,
  `lat` float(10,6) DEFAULT NULL,
  `lng` float(10,6) DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `codice_destinatario` varchar(7) DEFAULT NULL,
  `split_payment` tinyint(1) NOT NULL DEFAULT 0,
  `enable_newsletter` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `an_anagrafiche_ibfk_1` FOREIGN KEY (`id_nazione`) REFERENCES `an_nazioni` (`id`),
  CONSTRAINT `an_anagrafiche_ibfk_2` FOREIGN KEY (`id_tipo_intervento_default`) REFERENCES `in_tipi_intervento` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `an_mansioni` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `an_referenti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(255) NOT NULL,
  `telefono` varchar(50) NOT NULL,
  `email` varchar(255) NOT NULL,
  `id_anagrafica` int(11) NOT NULL,
  `id_sede` int(11) NOT NULL,
  `id_mansione` int(11) NOT NULL,
  `enable_newsletter` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `an_referenti_ibfk_1` FOREIGN KEY (`id_anagrafica`) REFERENCES `an_anagrafiche` (`id`) ON DELETE CASCADE,
  CONSTRAINT `an_referenti_ibfk_3` FOREIGN KEY (`id_mansione`) REFERENCES `an_mansioni` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `an_sedi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome_sede` varchar(255) NOT NULL COMMENT 'Nome sede',
  `p_iva` varchar(15) NOT NULL COMMENT 'P.Iva',
  `codice_fiscale` varchar(16) NOT NULL COMMENT 'Codice Fiscale',
  `indirizzo` varchar(255) NOT NULL COMMENT 'Indirizzo',
  `citta` varchar(255) NOT NULL COMMENT 'Citt&agrave;',
  `cap` varchar(10) NOT NULL COMMENT 'C.A.P.',
  `provincia` varchar(2) NOT NULL COMMENT 'Provincia',
  `km` decimal(10,2) NOT NULL,
  `id_nazione` int(11) DEFAULT NULL COMMENT 'Nazione',
  `telefono` varchar(20) NOT NULL COMMENT 'Telefono',
  `fax` varchar(20) NOT NULL COMMENT 'Fax',
  `cellulare` varchar(20) NOT NULL COMMENT 'Cellulare',
  `email` varchar(255) NOT NULL COMMENT 'Email',
  `id_anagrafica` int(11) NOT NULL,
  `id_zona` int(11) NOT NULL,
  `note` text DEFAULT NULL,
  `gaddress` varchar(255) DEFAULT NULL,
  `lat` float(10,6) DEFAULT NULL,
  `lng` float(10,6) DEFAULT NULL,
  `codice_destinatario` varchar(7) DEFAULT NULL,
  `enable_newsletter` tinyint(1) DEFAULT 1,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `nome` varchar(225) DEFAULT NULL,
  `descrizione` varchar(225) DEFAULT NULL,
  `targa` varchar(225) DEFAULT NULL,
  `is_automezzo` tinyint(4) NOT NULL DEFAULT 0,
  `is_rappresentante_fiscale` tinyint(1) DEFAULT 0,
  `id_listino` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `an_sedi_ibfk_1` FOREIGN KEY (`id_nazione`) REFERENCES `an_nazioni` (`id`),
  CONSTRAINT `an_sedi_ibfk_2` FOREIGN KEY (`id_anagrafica`) REFERENCES `an_anagrafiche` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `an_tipi_anagrafiche` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `default` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `an_tipi_anagrafiche_anagrafiche` (
  `id_tipo_anagrafica` int(11) NOT NULL,
  `id_anagrafica` int(11) NOT NULL,
  PRIMARY KEY (`id_tipo_anagrafica`,`id_anagrafica`),
  CONSTRAINT `an_tipi_anagrafiche_anagrafiche_ibfk_1` FOREIGN KEY (`id_tipo_anagrafica`) REFERENCES `an_tipi_anagrafiche` (`id`) ON DELETE CASCADE,
  CONSTRAINT `an_tipi_anagrafiche_anagrafiche_ibfk_2` FOREIGN KEY (`id_anagrafica`) REFERENCES `an_anagrafiche` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `an_relazioni` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `colore` varchar(7) NOT NULL,
  `is_bloccata` tinyint(4) DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `an_provenienze` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `colore` varchar(7) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `an_zone` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(255) NOT NULL,
  `descrizione` varchar(2000) NOT NULL,
  `default` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `co_pagamenti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `giorno` tinyint(4) NOT NULL,
  `num_giorni` int(11) NOT NULL,
  `prc` decimal(5,2) NOT NULL,
  `id_conto_vendite` int(11) DEFAULT NULL,
  `id_conto_acquisti` int(11) DEFAULT NULL,
  `predefined` tinyint(4) NOT NULL,
  `codice_modalita_pagamento_fe` varchar(4) DEFAULT NULL,
  `descrizione_incasso` text NOT NULL,
  `importo_fisso_incasso` decimal(15,6) NOT NULL,
  `importo_percentuale_incasso` decimal(15,6) NOT NULL,
  `registra_pagamento_automatico` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `co_documenti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `numero` varchar(100) NOT NULL,
  `numero_esterno` varchar(100) NOT NULL,
  `data` date DEFAULT NULL,
  `data_competenza` date DEFAULT NULL,
  `data_registrazione` date DEFAULT NULL,
  `id_anagrafica` int(11) NOT NULL,
  `id_referente` int(11) DEFAULT NULL,
  `id_agente` int(11) NOT NULL,
  `ref_documento` int(11) DEFAULT NULL,
  `id_causale_t` int(11) NOT NULL,
  `id_spedizione` int(11) NOT NULL,
  `id_porto` int(11) NOT NULL,
  `id_aspetto_beni` int(11) NOT NULL,
  `id_vettore` int(11) NOT NULL,
  `n_colli` int(11) NOT NULL,
  `peso` decimal(12,4) DEFAULT NULL,
  `volume` decimal(12,4) DEFAULT NULL,
  `peso_manuale` tinyint(1) NOT NULL,
  `volume_manuale` tinyint(1) NOT NULL,
  `id_sede_partenza` int(11) NOT NULL,
  `id_sede_destinazione` int(11) NOT NULL,
  `id_tipo_documento` tinyint(4) NOT NULL,
  `id_stato` tinyint(4) NOT NULL,
  `id_pagamento` int(11) NOT NULL,
  `id_banca_azienda` int(11) DEFAULT NULL,
  `id_banca_controparte` int(11) DEFAULT NULL,
  `id_conto` int(11) NOT NULL,
  `id_rivalsa_inps` int(11) NOT NULL,
  `id_ritenuta_acconto` int(11) NOT NULL,
  `rivalsa_inps` decimal(15,6) NOT NULL,
  `iva_rivalsa_inps` decimal(15,6) NOT NULL,
  `ritenuta_acconto` decimal(15,6) NOT NULL,
  `bollo` decimal(15,6) DEFAULT NULL,
  `id_ritenuta_contributi` int(11) DEFAULT NULL,
  `ritenuta_contributi` decimal(15,6) NOT NULL,
  `split_payment` tinyint(1) NOT NULL DEFAULT 0,
  `is_fattura_conto_terzi` tinyint(1) NOT NULL DEFAULT 0,
  `note` text DEFAULT NULL,
  `note_aggiuntive` text DEFAULT NULL,
  `buono_ordine` varchar(50) NOT NULL,
  `id_segment` int(11) NOT NULL,
  `progressivo_invio` varchar(255) DEFAULT NULL,
  `tipo_resa` varchar(3) DEFAULT NULL,
  `codice_stato_fe` varchar(5) DEFAULT NULL,
  `data_stato_fe` timestamp NULL DEFAULT NULL,
  `descrizione_ricevuta_fe` text DEFAULT NULL,
  `addebita_bollo` tinyint(1) NOT NULL DEFAULT 1,
  `id_riga_bollo` int(11) DEFAULT NULL,
  `dati_aggiuntivi_fe` text DEFAULT NULL,
  `hook_send` tinyint(1) DEFAULT 0,
  `fe_attempt` int(11) NOT NULL DEFAULT 0,
  `fe_failed_at` timestamp NULL DEFAULT NULL,
  `id_dichiarazione_intento` int(11) DEFAULT NULL,
  `id_ricevuta_principale` int(11) DEFAULT NULL,
  `id_autofattura` int(11) DEFAULT NULL,
  `is_ritenuta_pagata` tinyint(1) NOT NULL,
  `sconto_finale` decimal(17,8) NOT NULL,
  `sconto_finale_percentuale` decimal(17,8) NOT NULL,
  `id_riga_spese_incasso` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `co_documenti_ibfk_12` FOREIGN KEY (`id_pagamento`) REFERENCES `co_pagamenti` (`id`),
  CONSTRAINT `co_documenti_ibfk_13` FOREIGN KEY (`ref_documento`) REFERENCES `co_documenti` (`id`) ON DELETE CASCADE,
  CONSTRAINT `co_documenti_ibfk_6` FOREIGN KEY (`id_autofattura`) REFERENCES `co_documenti` (`id`) ON DELETE SET NULL,
  CONSTRAINT `co_documenti_ibfk_7` FOREIGN KEY (`id_anagrafica`) REFERENCES `an_anagrafiche` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `co_preventivi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `numero` varchar(50) NOT NULL,
  `nome` varchar(100) NOT NULL,
  `id_agente` int(11) NOT NULL,
  `data_bozza` date DEFAULT NULL,
  `data_accettazione` date DEFAULT NULL,
  `data_rifiuto` date DEFAULT NULL,
  `data_conclusione` date DEFAULT NULL,
  `data_pagamento` date DEFAULT NULL,
  `budget` decimal(15,6) NOT NULL,
  `descrizione` text DEFAULT NULL,
  `id_stato` tinyint(4) NOT NULL,
  `validita` int(11) NOT NULL,
  `tipo_validita` enum('days','months','years') DEFAULT NULL,
  `tempi_consegna` varchar(255) NOT NULL,
  `id_anagrafica` int(11) NOT NULL,
  `id_sede_destinazione` int(11) NOT NULL,
  `id_sede_partenza` int(11) NOT NULL,
  `esclusioni` text DEFAULT NULL,
  `id_referente` int(11) NOT NULL,
  `id_pagamento` int(11) DEFAULT NULL,
  `id_banca_azienda` int(11) DEFAULT NULL,
  `id_banca_controparte` int(11) DEFAULT NULL,
  `id_porto` int(11) NOT NULL,
  `id_tipo_intervento` int(11) NOT NULL,
  `id_iva` int(11) NOT NULL,
  `costo_diritto_chiamata` decimal(15,6) NOT NULL,
  `ore_lavoro` decimal(15,6) NOT NULL,
  `costo_orario` decimal(15,6) NOT NULL,
  `costo_km` decimal(15,6) NOT NULL,
  `master_revision` int(11) NOT NULL,
  `codice_cig` varchar(15) DEFAULT NULL,
  `codice_cup` varchar(15) DEFAULT NULL,
  `id_documento_fe` varchar(20) DEFAULT NULL,
  `num_item` varchar(15) DEFAULT NULL,
  `default_revision` tinyint(1) NOT NULL,
  `descrizione_revision` varchar(255) NOT NULL,
  `numero_revision` int(11) NOT NULL,
  `condizioni_fornitura` text NOT NULL,
  `garanzia` text NOT NULL,
  `sconto_finale` decimal(17,8) NOT NULL,
  `sconto_finale_percentuale` decimal(17,8) NOT NULL,
  `informazioni_aggiuntive` text DEFAULT NULL,
  `id_segment` int(11) NOT NULL,
  `note` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `co_scadenzario` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_documento` int(11) NOT NULL,
  `id_anagrafica` int(11) NOT NULL,
  `tipo` varchar(50) NOT NULL,
  `descrizione` text NOT NULL,
  `data_emissione` date DEFAULT NULL,
  `scadenza` date DEFAULT NULL,
  `da_pagare` decimal(15,6) DEFAULT NULL,
  `pagato` decimal(15,6) DEFAULT NULL,
  `data_pagamento` date DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  `data_concordata` date DEFAULT NULL,
  `presentazioni_exported_at` timestamp NULL DEFAULT NULL,
  `distinta` varchar(255) DEFAULT NULL,
  `id_pagamento` int(11) NOT NULL,
  `id_banca_azienda` int(11) DEFAULT NULL,
  `id_banca_controparte` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `co_stati_documento` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `icona` varchar(255) NOT NULL,
  `colore` varchar(7) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `co_banche` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(255) NOT NULL,
  `filiale` varchar(255) DEFAULT NULL,
  `iban` varchar(32) NOT NULL,
  `bic` varchar(11) NOT NULL,
  `id_piano_dei_conti3` int(11) DEFAULT NULL,
  `note` text DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `id_anagrafica` int(11) NOT NULL,
  `predefined` tinyint(1) NOT NULL DEFAULT 0,
  `id_creditor` varchar(255) DEFAULT NULL,
  `codice_sia` varchar(5) DEFAULT NULL,
  `commissioni_riba_insolute` decimal(15,6) NOT NULL DEFAULT 0.000000,
  `branch_code` varchar(20) DEFAULT NULL,
  `bank_code` varchar(20) DEFAULT NULL,
  `account_number` varchar(20) DEFAULT NULL,
  `check_digits` varchar(20) DEFAULT NULL,
  `national_check_digits` varchar(20) DEFAULT NULL,
  `id_nazione` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `co_banche_ibfk_1` FOREIGN KEY (`id_anagrafica`) REFERENCES `an_anagrafiche` (`id`) ON DELETE CASCADE,
  CONSTRAINT `co_banche_ibfk_2` FOREIGN KEY (`id_nazione`) REFERENCES `an_nazioni` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `co_mandati_sepa` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_banca` int(11) NOT NULL,
  `id_mandato` varchar(255) NOT NULL,
  `data_firma_mandato` date NOT NULL,
  `singola_disposizione` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `co_mandati_sepa_ibfk_1` FOREIGN KEY (`id_banca`) REFERENCES `co_banche` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `in_stati_intervento` (
  `codice` varchar(25) NOT NULL,
  `colore` varchar(7) NOT NULL DEFAULT '#FFFFFF',
  `can_delete` tinyint(1) NOT NULL DEFAULT 1,
  `is_bloccato` tinyint(1) NOT NULL,
  `is_fatturabile` tinyint(1) NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `notifica` tinyint(1) NOT NULL DEFAULT 0,
  `notifica_cliente` tinyint(4) NOT NULL,
  `notifica_tecnico_sessione` tinyint(4) NOT NULL,
  `notifica_tecnico_assegnato` tinyint(4) NOT NULL,
  `id_email` int(11) DEFAULT NULL,
  `destinatari` varchar(255) DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `in_interventi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `codice` varchar(25) NOT NULL,
  `data_richiesta` datetime DEFAULT NULL,
  `richiesta` text DEFAULT NULL,
  `descrizione` text DEFAULT NULL,
  `km` decimal(7,2) NOT NULL,
  `id_tipo_intervento` int(11) NOT NULL,
  `nome_file` varchar(255) NOT NULL,
  `id_anagrafica` int(11) NOT NULL,
  `id_referente` int(11) NOT NULL,
  `id_agente` int(11) NOT NULL,
  `id_stato` int(11) NOT NULL,
  `informazioni_aggiuntive` text DEFAULT NULL,
  `prezzo_ore_unitario` decimal(15,2) NOT NULL,
  `id_sede_partenza` int(11) NOT NULL,
  `id_sede_destinazione` int(11) NOT NULL,
  `idautomezzo` int(11) NOT NULL,
  `id_cliente_finale` int(11) NOT NULL,
  `info_sede` varchar(255) NOT NULL,
  `tipo_sconto` enum('UNT','PRC') NOT NULL DEFAULT 'UNT',
  `firma_file` varchar(255) NOT NULL,
  `firma_data` datetime DEFAULT NULL,
  `firma_nome` varchar(255) NOT NULL,
  `data_invio` datetime DEFAULT NULL,
  `data_scadenza` datetime DEFAULT NULL,
  `sconto_globale` decimal(12,4) NOT NULL,
  `tipo_sconto_globale` enum('UNT','PRC') NOT NULL DEFAULT 'UNT',
  `codice_cig` varchar(15) DEFAULT NULL,
  `codice_cup` varchar(15) DEFAULT NULL,
  `id_documento_fe` varchar(20) DEFAULT NULL,
  `num_item` varchar(15) DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `id_segment` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codice` (`codice`),
  CONSTRAINT `in_interventi_ibfk_1` FOREIGN KEY (`id_anagrafica`) REFERENCES `an_anagrafiche` (`id`) ON DELETE CASCADE,
  CONSTRAINT `in_interventi_ibfk_5` FOREIGN KEY (`id_tipo_intervento`) REFERENCES `in_tipi_intervento` (`id`),
  CONSTRAINT `in_interventi_ibfk_6` FOREIGN KEY (`id_stato`) REFERENCES `in_stati_intervento` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `in_interventi_tecnici` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_intervento` int(11) DEFAULT NULL,
  `id_tipo_intervento` int(11) NOT NULL,
  `id_tecnico` int(11) NOT NULL,
  `orario_inizio` datetime NOT NULL,
  `orario_fine` datetime NOT NULL,
  `ore` decimal(12,6) NOT NULL,
  `km` decimal(12,6) NOT NULL,
  `prezzo_ore_unitario` decimal(15,6) NOT NULL,
  `prezzo_km_unitario` decimal(15,6) NOT NULL,
  `prezzo_ore_consuntivo` decimal(15,6) NOT NULL,
  `prezzo_km_consuntivo` decimal(15,6) NOT NULL,
  `prezzo_diritto_chiamata` decimal(15,6) NOT NULL,
  `prezzo_ore_unitario_tecnico` decimal(15,6) NOT NULL,
  `prezzo_km_unitario_tecnico` decimal(15,6) NOT NULL,
  `prezzo_ore_consuntivo_tecnico` decimal(15,6) NOT NULL,
  `prezzo_km_consuntivo_tecnico` decimal(15,6) NOT NULL,
  `prezzo_diritto_chiamata_tecnico` decimal(15,6) NOT NULL,
  `uid` varchar(255) DEFAULT NULL,
  `summary` varchar(255) DEFAULT NULL,
  `description` text NOT NULL,
  `sconto` decimal(17,8) NOT NULL,
  `sconto_unitario` decimal(17,8) NOT NULL,
  `tipo_sconto` enum('UNT','PRC') NOT NULL DEFAULT 'UNT',
  `sconto_km` decimal(17,8) NOT NULL,
  `sconto_km_unitario` decimal(17,8) NOT NULL,
  `tipo_sconto_km` enum('UNT','PRC') NOT NULL DEFAULT 'UNT',
  `note` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `in_interventi_tecnici_ibfk_2` FOREIGN KEY (`id_tecnico`) REFERENCES `an_anagrafiche` (`id`) ON DELETE CASCADE,
  CONSTRAINT `in_interventi_tecnici_ibfk_4` FOREIGN KEY (`id_tipo_intervento`) REFERENCES `in_tipi_intervento` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `zz_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(50) NOT NULL,
  `editable` tinyint(1) NOT NULL,
  `id_module_start` int(11) DEFAULT NULL,
  `theme` varchar(25) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `zz_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `session_token` varchar(64) DEFAULT NULL,
  `email` varchar(50) NOT NULL,
  `id_anagrafica` int(11) NOT NULL,
  `id_gruppo` int(11) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `reset_token` varchar(255) DEFAULT NULL,
  `image_file_id` int(11) DEFAULT NULL,
  `options` text NOT NULL,
  `deleted_at` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `zz_users_ibfk_1` FOREIGN KEY (`id_gruppo`) REFERENCES `zz_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `zz_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_utente` int(11) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `stato` varchar(50) NOT NULL,
  `ip` varchar(15) NOT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `timestamp` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `zz_logs_ibfk_1` FOREIGN KEY (`id_utente`) REFERENCES `zz_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `zz_operations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_module` int(11) DEFAULT NULL,
  `id_plugin` int(11) DEFAULT NULL,
  `id_email` int(11) DEFAULT NULL,
  `id_record` int(11) DEFAULT NULL,
  `id_utente` int(11) NOT NULL,
  `op` varchar(255) NOT NULL,
  `options` text DEFAULT NULL,
  `level` varchar(255) DEFAULT NULL,
  `id_api` int(11) DEFAULT NULL,
  `context` longtext DEFAULT NULL,
  `message` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `zz_operations_ibfk_4` FOREIGN KEY (`id_utente`) REFERENCES `zz_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `zz_tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_utente` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `descrizione` varchar(255) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `zz_tokens_ibfk_1` FOREIGN KEY (`id_utente`) REFERENCES `zz_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `zz_user_sedi` (
  `id_user` int(11) NOT NULL,
  `id_sede` int(11) NOT NULL,
  CONSTRAINT `zz_user_sedi_ibfk_1` FOREIGN KEY (`id_user`) REFERENCES `zz_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `em_emails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_account` int(11) NOT NULL,
  `id_template` int(11) DEFAULT NULL,
  `id_newsletter` int(11) DEFAULT NULL,
  `id_record` int(11) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `options` text DEFAULT NULL,
  `sent_at` timestamp NULL DEFAULT NULL,
  `failed_at` timestamp NULL DEFAULT NULL,
  `processing_at` timestamp NULL DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `attempt` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `em_emails_ibfk_4` FOREIGN KEY (`created_by`) REFERENCES `zz_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `em_email_receiver` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_email` int(11) NOT NULL,
  `type` varchar(255) NOT NULL,
  `address` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `em_email_receiver_ibfk_1` FOREIGN KEY (`id_email`) REFERENCES `em_emails` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

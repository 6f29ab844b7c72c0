-- QLog (Ladislav Foldyna OK1MLG et al.; Qt / C++ desktop logbook on SQLite), github.com/foldynl/QLog
-- commit 9370d366b8c9e00569caea31e75e5c808ad83601 (GPL-3.0). res/sql/migration_001.sql … migration_038.sql replayed in
-- SQLite as core/Migration.cpp runs them (split on ';'), then every table written as MySQL from PRAGMA table_info /
-- foreign_key_list / index_list: INTEGER -> BIGINT, REAL/FLOAT/DOUBLE -> DOUBLE, NUMBER -> DECIMAL(20,6), BOOLEAN -> TINYINT(1),
-- JSON -> LONGTEXT, TEXT -> TEXT or VARCHAR(191) where the column is in a key, an index or a foreign key. Left out:
-- sqlite_sequence (SQLite's own), the view contact_clubs_view, the expression index contacts_dxcc_upper_cnty_idx and the
-- triggers that Migration.cpp creates in C++.

CREATE TABLE `schema_versions` (
  `version` BIGINT NOT NULL,
  `updated` TEXT NOT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bands` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `start_freq` DOUBLE,
  `end_freq` DOUBLE,
  `enabled` TINYINT(1),
  `last_seen_freq` DOUBLE,
  `sat_designator` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sqlite_autoindex_bands_1` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `modes` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `submodes` LONGTEXT,
  `rprt` TEXT,
  `dxcc` TEXT NOT NULL,
  `enabled` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sqlite_autoindex_modes_1` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sat_info` (
  `name` TEXT NOT NULL,
  `number` BIGINT,
  `uplink` TEXT,
  `downlink` TEXT,
  `beacon` TEXT,
  `mode` TEXT,
  `callsign` TEXT,
  `status` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qso_filter_matching_types` (
  `matching_id` BIGINT NOT NULL,
  `sql_operator` TEXT NOT NULL,
  PRIMARY KEY (`matching_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qso_filter_operators` (
  `operator_id` BIGINT NOT NULL,
  `sql_operator` TEXT NOT NULL,
  PRIMARY KEY (`operator_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qso_filters` (
  `filter_name` VARCHAR(191) NOT NULL,
  `matching_type` BIGINT,
  PRIMARY KEY (`filter_name`),
  FOREIGN KEY (`matching_type`) REFERENCES `qso_filter_matching_types` (`matching_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qso_filter_rules` (
  `filter_name` VARCHAR(191),
  `table_field_index` BIGINT NOT NULL,
  `operator_id` BIGINT,
  `value` TEXT,
  FOREIGN KEY (`operator_id`) REFERENCES `qso_filter_operators` (`operator_id`),
  FOREIGN KEY (`filter_name`) REFERENCES `qso_filters` (`filter_name`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `station_profiles` (
  `profile_name` VARCHAR(191) NOT NULL,
  `callsign` TEXT NOT NULL,
  `locator` TEXT NOT NULL,
  `operator_name` TEXT,
  `qth_name` TEXT,
  `iota` TEXT,
  `sota` TEXT,
  `sig` TEXT,
  `sig_info` TEXT,
  `vucc` TEXT,
  `wwff` TEXT,
  `pota` TEXT,
  `ituz` BIGINT,
  `cqz` BIGINT,
  `dxcc` BIGINT,
  `country` TEXT,
  `selected` BIGINT,
  `county` TEXT,
  `operator_callsign` TEXT,
  `darc_dok` TEXT,
  PRIMARY KEY (`profile_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_param` (
  `name` VARCHAR(191) NOT NULL,
  `value` TEXT,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rig_profiles` (
  `profile_name` VARCHAR(191) NOT NULL,
  `model` DECIMAL(20,6) NOT NULL,
  `port_pathname` TEXT,
  `hostname` TEXT,
  `netport` DECIMAL(20,6),
  `baudrate` DECIMAL(20,6),
  `databits` DECIMAL(20,6),
  `stopbits` DOUBLE,
  `flowcontrol` TEXT,
  `parity` TEXT,
  `pollinterval` BIGINT,
  `txfreq_start` DOUBLE,
  `txfreq_end` DOUBLE,
  `get_freq` BIGINT,
  `get_mode` BIGINT,
  `get_vfo` BIGINT,
  `get_pwr` BIGINT,
  `rit_offset` DOUBLE,
  `xit_offset` DOUBLE,
  `get_rit` BIGINT,
  `get_xit` BIGINT,
  `default_pwr` DOUBLE DEFAULT 100.0,
  `get_ptt` BIGINT DEFAULT 0,
  `qsy_wiping` BIGINT DEFAULT 0,
  `get_key_speed` BIGINT DEFAULT 1,
  `assigned_cw_key` TEXT DEFAULT ' ',
  `key_speed_sync` BIGINT DEFAULT 0,
  `driver` BIGINT DEFAULT 0,
  `dxspot2rig` BIGINT DEFAULT 0,
  `selected` BIGINT,
  `ptt_type` TEXT,
  `ptt_port_pathname` TEXT,
  `rts` TEXT,
  `dtr` TEXT,
  `civaddr` BIGINT,
  `share_rigctld` BIGINT DEFAULT 0,
  `rigctld_port` BIGINT DEFAULT 4532,
  `rigctld_path` TEXT,
  `rigctld_args` TEXT,
  `get_split` BIGINT DEFAULT 0,
  PRIMARY KEY (`profile_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rot_profiles` (
  `profile_name` VARCHAR(191) NOT NULL,
  `model` DECIMAL(20,6) NOT NULL,
  `port_pathname` TEXT,
  `hostname` TEXT,
  `netport` DECIMAL(20,6),
  `baudrate` DECIMAL(20,6),
  `databits` DECIMAL(20,6),
  `stopbits` DOUBLE,
  `flowcontrol` TEXT,
  `parity` TEXT,
  `driver` BIGINT DEFAULT 0,
  `selected` BIGINT,
  PRIMARY KEY (`profile_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ant_profiles` (
  `profile_name` VARCHAR(191) NOT NULL,
  `desc` TEXT,
  `azimuth_beamwidth` DOUBLE DEFAULT 0.0,
  `azimuth_offset` DOUBLE DEFAULT 0.0,
  `selected` BIGINT,
  PRIMARY KEY (`profile_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_rules` (
  `rule_name` VARCHAR(191) NOT NULL,
  `enabled` BIGINT,
  `source` BIGINT,
  `dx_callsign` TEXT,
  `dx_country` BIGINT,
  `dx_logstatus` BIGINT,
  `dx_continent` TEXT,
  `spot_comment` TEXT,
  `mode` TEXT,
  `band` TEXT,
  `spotter_country` BIGINT,
  `spotter_continent` TEXT,
  `dx_member` TEXT DEFAULT '*',
  `ituz` BIGINT,
  `cqz` BIGINT,
  `pota` BIGINT DEFAULT 0,
  `sota` BIGINT DEFAULT 0,
  `iota` BIGINT DEFAULT 0,
  `wwff` BIGINT DEFAULT 0,
  PRIMARY KEY (`rule_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cwkey_profiles` (
  `profile_name` VARCHAR(191) NOT NULL,
  `model` DECIMAL(20,6) NOT NULL,
  `default_speed` DECIMAL(20,6) NOT NULL,
  `key_mode` DECIMAL(20,6),
  `port_pathname` TEXT,
  `baudrate` DECIMAL(20,6),
  `hostname` TEXT,
  `netport` DECIMAL(20,6),
  `selected` BIGINT,
  `paddle_swap` BIGINT DEFAULT 0,
  `paddle_only_sidetone` BIGINT DEFAULT 0,
  `sidetone_frequency` BIGINT DEFAULT 800,
  PRIMARY KEY (`profile_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cwshortcut_profiles` (
  `profile_name` VARCHAR(191) NOT NULL,
  `f1_short` TEXT,
  `f1_macro` TEXT,
  `f2_short` TEXT,
  `f2_macro` TEXT,
  `f3_short` TEXT,
  `f3_macro` TEXT,
  `f4_short` TEXT,
  `f4_macro` TEXT,
  `f5_short` TEXT,
  `f5_macro` TEXT,
  `f6_short` TEXT,
  `f6_macro` TEXT,
  `f7_short` TEXT,
  `f7_macro` TEXT,
  `selected` BIGINT,
  PRIMARY KEY (`profile_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sota_summits` (
  `summit_code` VARCHAR(191) NOT NULL,
  `association_name` TEXT,
  `region_name` TEXT,
  `summit_name` TEXT,
  `altm` BIGINT,
  `altft` BIGINT,
  `gridref1` DOUBLE,
  `gridref2` DOUBLE,
  `longitude` DOUBLE,
  `latitude` DOUBLE,
  `points` BIGINT,
  `bonus_points` BIGINT,
  `valid_from` TEXT,
  `valid_to` TEXT,
  PRIMARY KEY (`summit_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wwff_directory` (
  `reference` VARCHAR(191) NOT NULL,
  `status` TEXT,
  `name` TEXT,
  `program` TEXT,
  `dxcc` TEXT,
  `state` TEXT,
  `county` TEXT,
  `continent` TEXT,
  `iota` TEXT,
  `iaruLocator` TEXT,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `iucncat` TEXT,
  `valid_from` TEXT,
  `valid_to` TEXT,
  PRIMARY KEY (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iota` (
  `iotaid` VARCHAR(191) NOT NULL,
  `islandname` TEXT,
  PRIMARY KEY (`iotaid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pota_directory` (
  `reference` VARCHAR(191) NOT NULL,
  `name` TEXT,
  `active` BIGINT,
  `entityID` BIGINT,
  `locationDesc` TEXT,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `grid` TEXT,
  PRIMARY KEY (`reference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adif_enum_qsl_rcvd` (
  `value` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adif_enum_qsl_sent` (
  `value` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adif_enum_ant_path` (
  `value` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adif_enum_qso_upload_status` (
  `value` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adif_enum_qsl_via` (
  `value` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adif_enum_qso_complete` (
  `value` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adif_enum_boolean` (
  `value` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts` (
  `id` BIGINT NOT NULL,
  `start_time` VARCHAR(191),
  `end_time` TEXT,
  `callsign` VARCHAR(191) NOT NULL,
  `rst_sent` TEXT,
  `rst_rcvd` TEXT,
  `freq` DOUBLE,
  `band` VARCHAR(191),
  `mode` VARCHAR(191),
  `submode` TEXT,
  `name` TEXT,
  `qth` TEXT,
  `gridsquare` TEXT,
  `dxcc` BIGINT,
  `country` TEXT,
  `cont` TEXT,
  `cqz` BIGINT,
  `ituz` BIGINT,
  `pfx` TEXT,
  `state` TEXT,
  `cnty` TEXT,
  `iota` VARCHAR(191),
  `qsl_rcvd` VARCHAR(191) NOT NULL DEFAULT 'N',
  `qsl_rdate` TEXT,
  `qsl_sent` VARCHAR(191) NOT NULL DEFAULT 'N',
  `qsl_sdate` TEXT,
  `lotw_qsl_rcvd` VARCHAR(191) NOT NULL DEFAULT 'N',
  `lotw_qslrdate` TEXT,
  `lotw_qsl_sent` VARCHAR(191) NOT NULL DEFAULT 'N',
  `lotw_qslsdate` TEXT,
  `tx_pwr` DOUBLE,
  `fields` LONGTEXT,
  `address` TEXT,
  `address_intl` TEXT,
  `age` BIGINT,
  `a_index` BIGINT,
  `ant_az` BIGINT,
  `ant_el` BIGINT,
  `ant_path` VARCHAR(191),
  `arrl_sect` TEXT,
  `award_submitted` TEXT,
  `award_granted` TEXT,
  `band_rx` TEXT,
  `check` TEXT,
  `class` TEXT,
  `clublog_qso_upload_date` TEXT,
  `clublog_qso_upload_status` VARCHAR(191),
  `comment` TEXT,
  `comment_intl` TEXT,
  `contacted_op` TEXT,
  `contest_id` TEXT,
  `country_intl` TEXT,
  `credit_submitted` TEXT,
  `credit_granted` TEXT,
  `darc_dok` TEXT,
  `distance` DOUBLE,
  `email` TEXT,
  `eq_call` TEXT,
  `eqsl_qslrdate` TEXT,
  `eqsl_qslsdate` TEXT,
  `eqsl_qsl_rcvd` VARCHAR(191) NOT NULL DEFAULT 'N',
  `eqsl_qsl_sent` VARCHAR(191) NOT NULL DEFAULT 'N',
  `fists` BIGINT,
  `fists_cc` BIGINT,
  `force_init` VARCHAR(191),
  `freq_rx` DOUBLE,
  `guest_op` TEXT,
  `hrdlog_qso_upload_date` TEXT,
  `hrdlog_qso_upload_status` VARCHAR(191),
  `iota_island_id` BIGINT,
  `k_index` BIGINT,
  `lat` TEXT,
  `lon` TEXT,
  `max_bursts` DOUBLE,
  `ms_shower` TEXT,
  `my_antenna` TEXT,
  `my_antenna_intl` TEXT,
  `my_city` TEXT,
  `my_city_intl` TEXT,
  `my_cnty` TEXT,
  `my_country` TEXT,
  `my_country_intl` TEXT,
  `my_cq_zone` BIGINT,
  `my_dxcc` BIGINT,
  `my_fists` BIGINT,
  `my_gridsquare` TEXT,
  `my_iota` TEXT,
  `my_iota_island_id` BIGINT,
  `my_itu_zone` BIGINT,
  `my_lat` TEXT,
  `my_lon` TEXT,
  `my_name` TEXT,
  `my_name_intl` TEXT,
  `my_postal_code` TEXT,
  `my_postal_code_intl` TEXT,
  `my_rig` TEXT,
  `my_rig_intl` TEXT,
  `my_sig` TEXT,
  `my_sig_intl` TEXT,
  `my_sig_info` TEXT,
  `my_sig_info_intl` TEXT,
  `my_sota_ref` VARCHAR(191),
  `my_state` TEXT,
  `my_street` TEXT,
  `my_street_intl` TEXT,
  `my_usaca_counties` TEXT,
  `my_vucc_grids` TEXT,
  `name_intl` TEXT,
  `notes` TEXT,
  `notes_intl` TEXT,
  `nr_bursts` BIGINT,
  `nr_pings` BIGINT,
  `operator` TEXT,
  `owner_callsign` TEXT,
  `precedence` TEXT,
  `prop_mode` TEXT,
  `public_key` TEXT,
  `qrzcom_qso_upload_date` TEXT,
  `qrzcom_qso_upload_status` VARCHAR(191),
  `qslmsg` TEXT,
  `qslmsg_intl` TEXT,
  `qsl_rcvd_via` VARCHAR(191),
  `qsl_sent_via` VARCHAR(191),
  `qsl_via` TEXT,
  `qso_complete` VARCHAR(191),
  `qso_random` VARCHAR(191),
  `qth_intl` TEXT,
  `region` TEXT,
  `rig` TEXT,
  `rig_intl` TEXT,
  `rx_pwr` DOUBLE,
  `sat_mode` TEXT,
  `sat_name` TEXT,
  `sfi` BIGINT,
  `sig` TEXT,
  `sig_intl` VARCHAR(191),
  `sig_info` TEXT,
  `sig_info_intl` TEXT,
  `silent_key` VARCHAR(191),
  `skcc` TEXT,
  `sota_ref` VARCHAR(191),
  `srx` BIGINT,
  `srx_string` TEXT,
  `station_callsign` TEXT,
  `stx` BIGINT,
  `stx_string` TEXT,
  `swl` VARCHAR(191),
  `ten_ten` BIGINT,
  `uksmg` BIGINT,
  `usaca_counties` TEXT,
  `ve_prov` TEXT,
  `vucc_grids` TEXT,
  `web` TEXT,
  `my_arrl_sect` TEXT,
  `my_wwff_ref` VARCHAR(191),
  `wwff_ref` VARCHAR(191),
  `altitude` DOUBLE,
  `gridsquare_ext` TEXT,
  `hamlogeu_qso_upload_date` TEXT,
  `hamlogeu_qso_upload_status` VARCHAR(191),
  `hamqth_qso_upload_date` TEXT,
  `hamqth_qso_upload_status` VARCHAR(191),
  `my_altitude` DOUBLE,
  `my_gridsquare_ext` TEXT,
  `my_pota_ref` VARCHAR(191),
  `pota_ref` VARCHAR(191),
  `cnty_alt` TEXT,
  `dcl_qslrdate` TEXT,
  `dcl_qslsdate` TEXT,
  `dcl_qsl_rcvd` TEXT NOT NULL DEFAULT 'N',
  `dcl_qsl_sent` TEXT NOT NULL DEFAULT 'N',
  `morse_key_info` TEXT,
  `morse_key_type` TEXT,
  `my_cnty_alt` TEXT,
  `my_darc_dok` TEXT,
  `my_morse_key_info` TEXT,
  `my_morse_key_type` TEXT,
  `qrzcom_qso_download_date` TEXT,
  `qrzcom_qso_download_status` TEXT,
  `qslmsg_rcvd` TEXT,
  `eqsl_ag` TEXT,
  PRIMARY KEY (`id`),
  KEY `contacts_start_time_idx` (`start_time`),
  KEY `contacts_mode_idx` (`mode`),
  KEY `contacts_dxcc_idx` (`dxcc`),
  KEY `contacts_callsign_idx` (`callsign`),
  KEY `contacts_band_idx` (`band`),
  KEY `contacts_sig_intl_idx` (`sig_intl`),
  KEY `contacts_iota_idx` (`iota`),
  KEY `contacts_my_wwff_ref_idx` (`my_wwff_ref`),
  KEY `contacts_wwff_ref_idx` (`wwff_ref`),
  KEY `contacts_my_sota_idx` (`my_sota_ref`),
  KEY `contacts_sota_idx` (`sota_ref`),
  KEY `contacts_my_pota_idx` (`my_pota_ref`),
  KEY `contacts_pota_idx` (`pota_ref`),
  FOREIGN KEY (`hamqth_qso_upload_status`) REFERENCES `adif_enum_qso_upload_status` (`value`),
  FOREIGN KEY (`hamlogeu_qso_upload_status`) REFERENCES `adif_enum_qso_upload_status` (`value`),
  FOREIGN KEY (`swl`) REFERENCES `adif_enum_boolean` (`value`),
  FOREIGN KEY (`silent_key`) REFERENCES `adif_enum_boolean` (`value`),
  FOREIGN KEY (`qso_random`) REFERENCES `adif_enum_boolean` (`value`),
  FOREIGN KEY (`qso_complete`) REFERENCES `adif_enum_qso_complete` (`value`),
  FOREIGN KEY (`qsl_sent_via`) REFERENCES `adif_enum_qsl_via` (`value`),
  FOREIGN KEY (`qsl_rcvd_via`) REFERENCES `adif_enum_qsl_via` (`value`),
  FOREIGN KEY (`qrzcom_qso_upload_status`) REFERENCES `adif_enum_qso_upload_status` (`value`),
  FOREIGN KEY (`hrdlog_qso_upload_status`) REFERENCES `adif_enum_qso_upload_status` (`value`),
  FOREIGN KEY (`force_init`) REFERENCES `adif_enum_boolean` (`value`),
  FOREIGN KEY (`eqsl_qsl_sent`) REFERENCES `adif_enum_qsl_sent` (`value`),
  FOREIGN KEY (`eqsl_qsl_rcvd`) REFERENCES `adif_enum_qsl_rcvd` (`value`),
  FOREIGN KEY (`clublog_qso_upload_status`) REFERENCES `adif_enum_qso_upload_status` (`value`),
  FOREIGN KEY (`ant_path`) REFERENCES `adif_enum_ant_path` (`value`),
  FOREIGN KEY (`lotw_qsl_sent`) REFERENCES `adif_enum_qsl_sent` (`value`),
  FOREIGN KEY (`lotw_qsl_rcvd`) REFERENCES `adif_enum_qsl_rcvd` (`value`),
  FOREIGN KEY (`qsl_sent`) REFERENCES `adif_enum_qsl_sent` (`value`),
  FOREIGN KEY (`qsl_rcvd`) REFERENCES `adif_enum_qsl_rcvd` (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rot_user_buttons_profiles` (
  `profile_name` VARCHAR(191) NOT NULL,
  `button1_short` TEXT,
  `button1_value` DOUBLE DEFAULT -1,
  `button2_short` TEXT,
  `button2_value` DOUBLE DEFAULT -1,
  `button3_short` TEXT,
  `button3_value` DOUBLE DEFAULT -1,
  `button4_short` TEXT,
  `button4_value` DOUBLE DEFAULT -1,
  `selected` BIGINT,
  PRIMARY KEY (`profile_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_directory` (
  `short_desc` TEXT,
  `long_desc` TEXT,
  `filename` TEXT,
  `last_update` TEXT,
  `num_records` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership` (
  `callsign` VARCHAR(191),
  `member_id` TEXT,
  `valid_from` TEXT,
  `valid_to` TEXT,
  `clubid` VARCHAR(191),
  KEY `membership_clubid_idx` (`clubid`),
  KEY `membership_callsign_idx` (`callsign`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_versions` (
  `clubid` VARCHAR(191) NOT NULL,
  `version` BIGINT,
  PRIMARY KEY (`clubid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts_autovalue` (
  `contactid` BIGINT NOT NULL,
  `base_callsign` VARCHAR(191),
  `wavelog_qso_upload_status` VARCHAR(191),
  `wavelog_qso_upload_date` TEXT,
  PRIMARY KEY (`contactid`),
  KEY `contacts_autovalue_call_idx` (`base_callsign`),
  FOREIGN KEY (`wavelog_qso_upload_status`) REFERENCES `adif_enum_qso_upload_status` (`value`),
  FOREIGN KEY (`contactid`) REFERENCES `contacts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `main_layout_profiles` (
  `profile_name` VARCHAR(191) NOT NULL,
  `row_A` TEXT,
  `row_B` TEXT,
  `detail_col_A` TEXT,
  `detail_col_B` TEXT,
  `detail_col_C` TEXT,
  `main_geometry` TEXT,
  `main_state` TEXT,
  `dark_mode` BIGINT,
  `selected` BIGINT,
  `tabsexpanded` BIGINT DEFAULT 1,
  `addlbandmaps` TEXT,
  PRIMARY KEY (`profile_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_highlight_rules` (
  `rule_name` VARCHAR(191) NOT NULL,
  `room_id` TEXT,
  `enabled` BIGINT,
  `rule_definition` TEXT,
  PRIMARY KEY (`rule_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adif_enum_primary_subdivision` (
  `code` VARCHAR(191) NOT NULL,
  `subdivision_name` TEXT,
  `dxcc` BIGINT NOT NULL,
  PRIMARY KEY (`code`, `dxcc`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts_qsl_cards` (
  `contactid` BIGINT,
  `source` VARCHAR(191),
  `name` VARCHAR(191),
  `data` TEXT,
  `favorite` BIGINT DEFAULT 0,
  UNIQUE KEY `contacts_qsl_id_idx` (`contactid`, `source`, `name`),
  FOREIGN KEY (`contactid`) REFERENCES `contacts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_profiles` (
  `profile_name` VARCHAR(191) NOT NULL,
  `config` TEXT,
  `selected` BIGINT,
  PRIMARY KEY (`profile_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dxcc_entities_ad1c` (
  `id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `prefix` TEXT,
  `cont` TEXT,
  `cqz` BIGINT,
  `ituz` BIGINT,
  `lat` DOUBLE,
  `lon` DOUBLE,
  `tz` DOUBLE,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dxcc_prefixes_ad1c` (
  `prefix` VARCHAR(191) NOT NULL,
  `exact` BIGINT NOT NULL,
  `dxcc` BIGINT NOT NULL,
  `cqz` BIGINT,
  `ituz` BIGINT,
  `cont` TEXT,
  `lat` DOUBLE,
  `lon` DOUBLE,
  KEY `dxcc_prefixes_ad1c_idx` (`prefix`, `exact`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dxcc_entities_clublog` (
  `id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `prefix` TEXT,
  `deleted` BIGINT NOT NULL,
  `cont` TEXT,
  `cqz` BIGINT,
  `ituz` BIGINT,
  `lat` DOUBLE,
  `lon` DOUBLE,
  `start` TEXT,
  `end` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dxcc_prefixes_clublog` (
  `prefix` VARCHAR(191) NOT NULL,
  `exact` BIGINT NOT NULL,
  `dxcc` BIGINT NOT NULL,
  `cqz` BIGINT,
  `ituz` BIGINT,
  `cont` TEXT,
  `lat` DOUBLE,
  `lon` DOUBLE,
  `start` TEXT,
  `end` TEXT,
  KEY `dxcc_prefixes_clublog_idx` (`prefix`, `exact`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dxcc_zone_exceptions_clublog` (
  `record` BIGINT NOT NULL,
  `call` TEXT NOT NULL,
  `cqz` BIGINT NOT NULL,
  `start` TEXT,
  `end` TEXT,
  PRIMARY KEY (`record`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adif_enum_secondary_subdivision` (
  `dxcc` BIGINT NOT NULL,
  `code` VARCHAR(191) NOT NULL,
  `subdivision_name` TEXT NOT NULL,
  `primary_code` TEXT,
  `aux` TEXT,
  PRIMARY KEY (`dxcc`, `code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cabrillo_templates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `contest_name_for_header` TEXT,
  `default_category_mode` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sqlite_autoindex_cabrillo_templates_1` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cabrillo_template_columns` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `template_id` BIGINT NOT NULL,
  `position` BIGINT NOT NULL,
  `db_field` TEXT NOT NULL,
  `width` BIGINT NOT NULL,
  `formatter` TEXT,
  `label` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`template_id`) REFERENCES `cabrillo_templates` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

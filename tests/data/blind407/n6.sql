-- n6 — "Network Security Incident eXchange" of CERT Polska (NASK): the platform that collects security
-- events from threat feeds (sinkholes, honeypots, darknets, sandboxes, partner CERTs), normalises and enriches
-- them and distributes them to the organisations of its constituency (network owners: ISPs, hosting providers,
-- institutions) through the REST / stream APIs, the n6 Portal and e-mail notifications.
-- Upstream: github.com/CERT-Polska/n6, commit 9c4006a1b00550af10800224f81f6843a4922522 (version 4.40.0,
-- 2025-12-31), licence AGPL-3.0-only.
-- Two MariaDB databases:
--  * the auth database (organisations, users, registration and config-update requests, access rights to
--    sources, notification settings, official-entity data and contact points, MFA, web tokens, ignore lists):
--    created from the SQLAlchemy models N6Lib/n6lib/auth_db/models.py exactly as upstream's
--    `n6create_and_initialize_auth_db` does (`Base.metadata.create_all`, SQLAlchemy 1.3.24 as pinned in
--    N6Lib/requirements.txt) into a scratch MariaDB 10.11 database (utf8mb4 / utf8mb4_nopad_bin, as the
--    script), then dumped with SHOW CREATE TABLE in the models' dependency order; all 75 tables, upstream's
--    generated constraint names, CHECK constraints and foreign keys kept as MariaDB reports them. The
--    `alembic_version` table that the script stamps afterwards is not kept.
--  * the event database `n6` (etc/mysql/initdb/1_create_tables.sql + 2_create_indexes.sql): tables `event` and
--    `client_to_event`, written with ENGINE=InnoDB instead of ENGINE=ROCKSDB (the MyRocks engine is not
--    installed in the MariaDB used here), without the PARTITION BY RANGE COLUMNS(time) clause, without the
--    `n6.` schema prefix and the session settings, and with the separate CREATE INDEX statements written as
--    KEY clauses. Columns, types, character sets and the primary key are upstream's.

-- ===== Auth database (N6Lib/n6lib/auth_db/models.py) =====

CREATE TABLE `agreement` (
  `label` varchar(255) NOT NULL,
  `default_consent` tinyint(1) NOT NULL,
  `en` varchar(255) NOT NULL,
  `pl` varchar(255) NOT NULL,
  `url_en` varchar(2048) DEFAULT NULL,
  `url_pl` varchar(2048) DEFAULT NULL,
  PRIMARY KEY (`label`),
  CONSTRAINT `ck__a_46a817__dc_15838d` CHECK (`default_consent` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `auxiliary_cache_entry` (
  `key` varchar(255) NOT NULL,
  `raw_content` mediumblob DEFAULT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `criteria_category` (
  `category` varchar(255) NOT NULL,
  PRIMARY KEY (`category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `criteria_container` (
  `label` varchar(255) NOT NULL,
  PRIMARY KEY (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `entity_extra_id_type` (
  `label` varchar(100) NOT NULL,
  PRIMARY KEY (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `entity_sector` (
  `label` varchar(100) NOT NULL,
  PRIMARY KEY (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `ignore_list` (
  `label` varchar(255) NOT NULL,
  `comment` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`label`),
  CONSTRAINT `ck__il_aead87__a_968796` CHECK (`active` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_group` (
  `org_group_id` varchar(255) NOT NULL,
  `comment` text DEFAULT NULL,
  PRIMARY KEY (`org_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `recent_write_op_commit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `made_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `source` (
  `source_id` varchar(32) NOT NULL,
  `anonymized_source_id` varchar(32) NOT NULL,
  `dip_anonymization_enabled` tinyint(1) NOT NULL,
  `comment` text DEFAULT NULL,
  PRIMARY KEY (`source_id`),
  UNIQUE KEY `uq__s_41cf67__asi_86bb37` (`anonymized_source_id`),
  CONSTRAINT `ck__s_41cf67__dae_108237` CHECK (`dip_anonymization_enabled` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `subsource_group` (
  `label` varchar(255) NOT NULL,
  `comment` text DEFAULT NULL,
  PRIMARY KEY (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `criteria_asn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `asn` int(11) NOT NULL,
  `criteria_container_label` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ca_2244b4__a_ccl_ba4f7c` (`asn`,`criteria_container_label`),
  KEY `fk__ca_2244b4__ccl_e4def6__ccl_f37d0f` (`criteria_container_label`),
  CONSTRAINT `fk__ca_2244b4__ccl_e4def6__ccl_f37d0f` FOREIGN KEY (`criteria_container_label`) REFERENCES `criteria_container` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `criteria_category_link` (
  `criteria_container_label` varchar(255) NOT NULL,
  `criteria_category_category` varchar(255) NOT NULL,
  PRIMARY KEY (`criteria_container_label`,`criteria_category_category`),
  KEY `fk__ccl_0b7354__ccc_69ece8__ccc_e1d336` (`criteria_category_category`),
  CONSTRAINT `fk__ccl_0b7354__ccc_69ece8__ccc_e1d336` FOREIGN KEY (`criteria_category_category`) REFERENCES `criteria_category` (`category`) ON UPDATE CASCADE,
  CONSTRAINT `fk__ccl_0b7354__ccl_e4def6__ccl_f37d0f` FOREIGN KEY (`criteria_container_label`) REFERENCES `criteria_container` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `criteria_cc` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cc` varchar(2) NOT NULL,
  `criteria_container_label` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__cc_ddb298__c_ccl_1f410c` (`cc`,`criteria_container_label`),
  KEY `fk__cc_ddb298__ccl_e4def6__ccl_f37d0f` (`criteria_container_label`),
  CONSTRAINT `fk__cc_ddb298__ccl_e4def6__ccl_f37d0f` FOREIGN KEY (`criteria_container_label`) REFERENCES `criteria_container` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `criteria_ip_network` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip_network` varchar(18) NOT NULL,
  `criteria_container_label` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__cin_5ca4aa__in_ccl_98c035` (`ip_network`,`criteria_container_label`),
  KEY `fk__cin_5ca4aa__ccl_e4def6__ccl_f37d0f` (`criteria_container_label`),
  CONSTRAINT `fk__cin_5ca4aa__ccl_e4def6__ccl_f37d0f` FOREIGN KEY (`criteria_container_label`) REFERENCES `criteria_container` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `criteria_name` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `criteria_container_label` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__cn_7b04c0__n_ccl_81a578` (`name`,`criteria_container_label`),
  KEY `fk__cn_7b04c0__ccl_e4def6__ccl_f37d0f` (`criteria_container_label`),
  CONSTRAINT `fk__cn_7b04c0__ccl_e4def6__ccl_f37d0f` FOREIGN KEY (`criteria_container_label`) REFERENCES `criteria_container` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `entity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `full_name` varchar(255) NOT NULL,
  `short_name` varchar(100) DEFAULT NULL,
  `verified` tinyint(1) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `address` text DEFAULT NULL,
  `city` varchar(100) DEFAULT NULL,
  `postal_code` varchar(100) DEFAULT NULL,
  `public_essential_service` tinyint(1) NOT NULL,
  `sector_label` varchar(100) DEFAULT NULL,
  `ticket_id` varchar(255) DEFAULT NULL,
  `internal_id` varchar(255) DEFAULT NULL,
  `additional_information` varchar(255) DEFAULT NULL,
  `alert_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__e_bca368__fn_4f5b8b` (`full_name`),
  KEY `fk__e_bca368__sl_c17f41__esl_42f48a` (`sector_label`),
  CONSTRAINT `fk__e_bca368__sl_c17f41__esl_42f48a` FOREIGN KEY (`sector_label`) REFERENCES `entity_sector` (`label`) ON UPDATE CASCADE,
  CONSTRAINT `ck__e_bca368__v_1c34f8` CHECK (`verified` in (0,1)),
  CONSTRAINT `ck__e_bca368__pes_c9907c` CHECK (`public_essential_service` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `ignored_ip_network` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip_network` varchar(18) NOT NULL,
  `ignore_list_label` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__iin_3e8790__in_ill_e3fb35` (`ip_network`,`ignore_list_label`),
  KEY `fk__iin_3e8790__ill_96d259__ill_d5d315` (`ignore_list_label`),
  CONSTRAINT `fk__iin_3e8790__ill_96d259__ill_d5d315` FOREIGN KEY (`ignore_list_label`) REFERENCES `ignore_list` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_group_inside_subsource_group_link` (
  `org_group_id` varchar(255) NOT NULL,
  `subsource_group_label` varchar(255) NOT NULL,
  PRIMARY KEY (`org_group_id`,`subsource_group_label`),
  KEY `fk__ogisgl_8db4ea__sgl_891bc1__sgl_6635dc` (`subsource_group_label`),
  CONSTRAINT `fk__ogisgl_8db4ea__ogi_921b05__ogogi_01498e` FOREIGN KEY (`org_group_id`) REFERENCES `org_group` (`org_group_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ogisgl_8db4ea__sgl_891bc1__sgl_6635dc` FOREIGN KEY (`subsource_group_label`) REFERENCES `subsource_group` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_group_search_subsource_group_link` (
  `org_group_id` varchar(255) NOT NULL,
  `subsource_group_label` varchar(255) NOT NULL,
  PRIMARY KEY (`org_group_id`,`subsource_group_label`),
  KEY `fk__ogssgl_952765__sgl_891bc1__sgl_6635dc` (`subsource_group_label`),
  CONSTRAINT `fk__ogssgl_952765__ogi_921b05__ogogi_01498e` FOREIGN KEY (`org_group_id`) REFERENCES `org_group` (`org_group_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ogssgl_952765__sgl_891bc1__sgl_6635dc` FOREIGN KEY (`subsource_group_label`) REFERENCES `subsource_group` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_group_threats_subsource_group_link` (
  `org_group_id` varchar(255) NOT NULL,
  `subsource_group_label` varchar(255) NOT NULL,
  PRIMARY KEY (`org_group_id`,`subsource_group_label`),
  KEY `fk__ogtsgl_80c701__sgl_891bc1__sgl_6635dc` (`subsource_group_label`),
  CONSTRAINT `fk__ogtsgl_80c701__ogi_921b05__ogogi_01498e` FOREIGN KEY (`org_group_id`) REFERENCES `org_group` (`org_group_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ogtsgl_80c701__sgl_891bc1__sgl_6635dc` FOREIGN KEY (`subsource_group_label`) REFERENCES `subsource_group` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `registration_request` (
  `id` varchar(36) NOT NULL,
  `submitted_on` datetime NOT NULL,
  `modified_on` datetime NOT NULL,
  `status` enum('accepted','new','being_processed','discarded') NOT NULL,
  `ticket_id` varchar(255) DEFAULT NULL,
  `org_group_id` varchar(255) DEFAULT NULL,
  `org_id` varchar(32) NOT NULL,
  `actual_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `submitter_title` varchar(255) NOT NULL,
  `submitter_firstname_and_surname` varchar(255) NOT NULL,
  `csr` text DEFAULT NULL,
  `email_notification_language` varchar(2) DEFAULT NULL,
  `terms_version` varchar(255) DEFAULT NULL,
  `terms_lang` varchar(2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk__rr_c932d7__ogi_921b05__ogogi_01498e` (`org_group_id`),
  CONSTRAINT `fk__rr_c932d7__ogi_921b05__ogogi_01498e` FOREIGN KEY (`org_group_id`) REFERENCES `org_group` (`org_group_id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `subsource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `comment` text DEFAULT NULL,
  `source_id` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__s_f44ed1__l_si_741e27` (`label`,`source_id`),
  KEY `fk__s_f44ed1__si_d9fb5c__ssi_2417d1` (`source_id`),
  CONSTRAINT `fk__s_f44ed1__si_d9fb5c__ssi_2417d1` FOREIGN KEY (`source_id`) REFERENCES `source` (`source_id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `dependant_entity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entity_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `address` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__de_12f9f6__ei_n_25bdfa` (`entity_id`,`name`),
  CONSTRAINT `fk__de_12f9f6__ei_5364bf__ei_97d810` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `entity_asn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `asn` int(11) NOT NULL,
  `entity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ea_3a6766__a_ei_250686` (`asn`,`entity_id`),
  KEY `fk__ea_3a6766__ei_5364bf__ei_97d810` (`entity_id`),
  CONSTRAINT `fk__ea_3a6766__ei_5364bf__ei_97d810` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `entity_contact_point` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entity_id` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `position` varchar(100) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `external_placement` tinyint(1) NOT NULL,
  `external_entity_name` varchar(255) DEFAULT NULL,
  `external_entity_address` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk__ecp_f4ad7e__ei_5364bf__ei_97d810` (`entity_id`),
  CONSTRAINT `fk__ecp_f4ad7e__ei_5364bf__ei_97d810` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ck__ecp_f4ad7e__ep_58df7c` CHECK (`external_placement` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `entity_extra_id` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` varchar(100) NOT NULL,
  `extra_id_type_label` varchar(100) NOT NULL,
  `entity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__eei_eb4357__v_eitl_ei_042c8c` (`value`,`extra_id_type_label`,`entity_id`),
  KEY `fk__eei_eb4357__eitl_b8b08d__eeitl_a8d64a` (`extra_id_type_label`),
  KEY `fk__eei_eb4357__ei_5364bf__ei_97d810` (`entity_id`),
  CONSTRAINT `fk__eei_eb4357__ei_5364bf__ei_97d810` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__eei_eb4357__eitl_b8b08d__eeitl_a8d64a` FOREIGN KEY (`extra_id_type_label`) REFERENCES `entity_extra_id_type` (`label`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `entity_fqdn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `fqdn` varchar(255) NOT NULL,
  `entity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ef_caf6d6__f_ei_11ba27` (`fqdn`,`entity_id`),
  KEY `fk__ef_caf6d6__ei_5364bf__ei_97d810` (`entity_id`),
  CONSTRAINT `fk__ef_caf6d6__ei_5364bf__ei_97d810` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `entity_ip_network` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip_network` varchar(18) NOT NULL,
  `entity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ein_0f14fb__in_ei_f5e751` (`ip_network`,`entity_id`),
  KEY `fk__ein_0f14fb__ei_5364bf__ei_97d810` (`entity_id`),
  CONSTRAINT `fk__ein_0f14fb__ei_5364bf__ei_97d810` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org` (
  `org_id` varchar(32) NOT NULL,
  `org_uuid` varchar(36) DEFAULT NULL,
  `actual_name` varchar(255) DEFAULT NULL,
  `full_access` tinyint(1) NOT NULL,
  `stream_api_enabled` tinyint(1) NOT NULL,
  `access_to_inside` tinyint(1) NOT NULL,
  `access_to_threats` tinyint(1) NOT NULL,
  `access_to_search` tinyint(1) NOT NULL,
  `email_notification_enabled` tinyint(1) NOT NULL,
  `email_notification_language` varchar(2) DEFAULT NULL,
  `email_notification_business_days_only` tinyint(1) NOT NULL,
  `entity_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`org_id`),
  UNIQUE KEY `uq__o_e87cb4__ou_926cc1` (`org_uuid`),
  UNIQUE KEY `uq__o_e87cb4__ei_5364bf` (`entity_id`),
  CONSTRAINT `fk__o_e87cb4__ei_5364bf__ei_97d810` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ck__o_e87cb4__fa_124cc7` CHECK (`full_access` in (0,1)),
  CONSTRAINT `ck__o_e87cb4__sae_6262de` CHECK (`stream_api_enabled` in (0,1)),
  CONSTRAINT `ck__o_e87cb4__ati_a763e4` CHECK (`access_to_inside` in (0,1)),
  CONSTRAINT `ck__o_e87cb4__att_166069` CHECK (`access_to_threats` in (0,1)),
  CONSTRAINT `ck__o_e87cb4__ats_c88a9e` CHECK (`access_to_search` in (0,1)),
  CONSTRAINT `ck__o_e87cb4__ene_985729` CHECK (`email_notification_enabled` in (0,1)),
  CONSTRAINT `ck__o_e87cb4__enbdo_54fa6b` CHECK (`email_notification_business_days_only` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_group_inside_subsource_link` (
  `org_group_id` varchar(255) NOT NULL,
  `subsource_id` int(11) NOT NULL,
  PRIMARY KEY (`org_group_id`,`subsource_id`),
  KEY `fk__ogisl_253850__si_96ff5e__si_f6714a` (`subsource_id`),
  CONSTRAINT `fk__ogisl_253850__ogi_921b05__ogogi_01498e` FOREIGN KEY (`org_group_id`) REFERENCES `org_group` (`org_group_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ogisl_253850__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_group_search_subsource_link` (
  `org_group_id` varchar(255) NOT NULL,
  `subsource_id` int(11) NOT NULL,
  PRIMARY KEY (`org_group_id`,`subsource_id`),
  KEY `fk__ogssl_e13a44__si_96ff5e__si_f6714a` (`subsource_id`),
  CONSTRAINT `fk__ogssl_e13a44__ogi_921b05__ogogi_01498e` FOREIGN KEY (`org_group_id`) REFERENCES `org_group` (`org_group_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ogssl_e13a44__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_group_threats_subsource_link` (
  `org_group_id` varchar(255) NOT NULL,
  `subsource_id` int(11) NOT NULL,
  PRIMARY KEY (`org_group_id`,`subsource_id`),
  KEY `fk__ogtsl_6325dc__si_96ff5e__si_f6714a` (`subsource_id`),
  CONSTRAINT `fk__ogtsl_6325dc__ogi_921b05__ogogi_01498e` FOREIGN KEY (`org_group_id`) REFERENCES `org_group` (`org_group_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ogtsl_6325dc__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `registration_request_agreement_link` (
  `registration_request_id` varchar(36) NOT NULL,
  `agreement_label` varchar(255) NOT NULL,
  PRIMARY KEY (`registration_request_id`,`agreement_label`),
  KEY `fk__rral_68864e__al_f96f13__al_1aa52d` (`agreement_label`),
  CONSTRAINT `fk__rral_68864e__al_f96f13__al_1aa52d` FOREIGN KEY (`agreement_label`) REFERENCES `agreement` (`label`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__rral_68864e__rri_f1f050__rri_edbe17` FOREIGN KEY (`registration_request_id`) REFERENCES `registration_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `registration_request_asn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `asn` int(11) NOT NULL,
  `registration_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__rra_c81818__a_rri_56fa60` (`asn`,`registration_request_id`),
  KEY `fk__rra_c81818__rri_f1f050__rri_edbe17` (`registration_request_id`),
  CONSTRAINT `fk__rra_c81818__rri_f1f050__rri_edbe17` FOREIGN KEY (`registration_request_id`) REFERENCES `registration_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `registration_request_email_notification_address` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `registration_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__rrena_bd9bd9__e_rri_393775` (`email`,`registration_request_id`),
  KEY `fk__rrena_bd9bd9__rri_f1f050__rri_edbe17` (`registration_request_id`),
  CONSTRAINT `fk__rrena_bd9bd9__rri_f1f050__rri_edbe17` FOREIGN KEY (`registration_request_id`) REFERENCES `registration_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `registration_request_fqdn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `fqdn` varchar(255) NOT NULL,
  `registration_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__rrf_e40bb9__f_rri_ad2d8e` (`fqdn`,`registration_request_id`),
  KEY `fk__rrf_e40bb9__rri_f1f050__rri_edbe17` (`registration_request_id`),
  CONSTRAINT `fk__rrf_e40bb9__rri_f1f050__rri_edbe17` FOREIGN KEY (`registration_request_id`) REFERENCES `registration_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `registration_request_ip_network` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip_network` varchar(18) NOT NULL,
  `registration_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__rrin_e414bb__in_rri_9e95e2` (`ip_network`,`registration_request_id`),
  KEY `fk__rrin_e414bb__rri_f1f050__rri_edbe17` (`registration_request_id`),
  CONSTRAINT `fk__rrin_e414bb__rri_f1f050__rri_edbe17` FOREIGN KEY (`registration_request_id`) REFERENCES `registration_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `subsource_exclusion_criteria_link` (
  `subsource_id` int(11) NOT NULL,
  `criteria_container_label` varchar(255) NOT NULL,
  PRIMARY KEY (`subsource_id`,`criteria_container_label`),
  KEY `fk__secl_780145__ccl_e4def6__ccl_f37d0f` (`criteria_container_label`),
  CONSTRAINT `fk__secl_780145__ccl_e4def6__ccl_f37d0f` FOREIGN KEY (`criteria_container_label`) REFERENCES `criteria_container` (`label`) ON UPDATE CASCADE,
  CONSTRAINT `fk__secl_780145__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `subsource_inclusion_criteria_link` (
  `subsource_id` int(11) NOT NULL,
  `criteria_container_label` varchar(255) NOT NULL,
  PRIMARY KEY (`subsource_id`,`criteria_container_label`),
  KEY `fk__sicl_bd2e89__ccl_e4def6__ccl_f37d0f` (`criteria_container_label`),
  CONSTRAINT `fk__sicl_bd2e89__ccl_e4def6__ccl_f37d0f` FOREIGN KEY (`criteria_container_label`) REFERENCES `criteria_container` (`label`) ON UPDATE CASCADE,
  CONSTRAINT `fk__sicl_bd2e89__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `subsource_subsource_group_link` (
  `subsource_id` int(11) NOT NULL,
  `subsource_group_label` varchar(255) NOT NULL,
  PRIMARY KEY (`subsource_id`,`subsource_group_label`),
  KEY `fk__ssgl_0abbc1__sgl_891bc1__sgl_6635dc` (`subsource_group_label`),
  CONSTRAINT `fk__ssgl_0abbc1__sgl_891bc1__sgl_6635dc` FOREIGN KEY (`subsource_group_label`) REFERENCES `subsource_group` (`label`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ssgl_0abbc1__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `email_notification_address` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `org_id` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ena_d32fe3__e_oi_014479` (`email`,`org_id`),
  KEY `fk__ena_d32fe3__oi_092380__ooi_475c58` (`org_id`),
  CONSTRAINT `fk__ena_d32fe3__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `email_notification_time` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `notification_time` time NOT NULL,
  `org_id` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ent_034ea3__nt_oi_b73cd1` (`notification_time`,`org_id`),
  KEY `fk__ent_034ea3__oi_092380__ooi_475c58` (`org_id`),
  CONSTRAINT `fk__ent_034ea3__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `entity_contact_point_phone` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_point_id` int(11) NOT NULL,
  `phone_number` varchar(100) NOT NULL,
  `availability` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ecpp_aa5525__cpi_pn_3ae781` (`contact_point_id`,`phone_number`),
  CONSTRAINT `fk__ecpp_aa5525__cpi_00e4ec__ecpi_9e5d52` FOREIGN KEY (`contact_point_id`) REFERENCES `entity_contact_point` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `inside_filter_asn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `asn` int(11) NOT NULL,
  `org_id` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ifa_4c0375__a_oi_0d0447` (`asn`,`org_id`),
  KEY `fk__ifa_4c0375__oi_092380__ooi_475c58` (`org_id`),
  CONSTRAINT `fk__ifa_4c0375__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `inside_filter_cc` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cc` varchar(2) NOT NULL,
  `org_id` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ifc_60bdbb__c_oi_42859c` (`cc`,`org_id`),
  KEY `fk__ifc_60bdbb__oi_092380__ooi_475c58` (`org_id`),
  CONSTRAINT `fk__ifc_60bdbb__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `inside_filter_fqdn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `fqdn` varchar(255) NOT NULL,
  `org_id` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__iff_835b84__f_oi_a6336b` (`fqdn`,`org_id`),
  KEY `fk__iff_835b84__oi_092380__ooi_475c58` (`org_id`),
  CONSTRAINT `fk__iff_835b84__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `inside_filter_ip_network` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip_network` varchar(18) NOT NULL,
  `org_id` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ifin_a2e562__in_oi_ee70e0` (`ip_network`,`org_id`),
  KEY `fk__ifin_a2e562__oi_092380__ooi_475c58` (`org_id`),
  CONSTRAINT `fk__ifin_a2e562__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `inside_filter_url` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(2048) NOT NULL,
  `org_id` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix__ifu_d3a4fd__u_oi_7153ad__uupaoi_c0b91c` (`url`(736),`org_id`),
  KEY `fk__ifu_d3a4fd__oi_092380__ooi_475c58` (`org_id`),
  CONSTRAINT `fk__ifu_d3a4fd__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_agreement_link` (
  `org_id` varchar(32) NOT NULL,
  `agreement_label` varchar(255) NOT NULL,
  PRIMARY KEY (`org_id`,`agreement_label`),
  KEY `fk__oal_d37fc1__al_f96f13__al_1aa52d` (`agreement_label`),
  CONSTRAINT `fk__oal_d37fc1__al_f96f13__al_1aa52d` FOREIGN KEY (`agreement_label`) REFERENCES `agreement` (`label`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__oal_d37fc1__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_inside_off_subsource_group_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_group_label` varchar(255) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_group_label`),
  KEY `fk__oiosgl_23113b__sgl_891bc1__sgl_6635dc` (`subsource_group_label`),
  CONSTRAINT `fk__oiosgl_23113b__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__oiosgl_23113b__sgl_891bc1__sgl_6635dc` FOREIGN KEY (`subsource_group_label`) REFERENCES `subsource_group` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_inside_off_subsource_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_id` int(11) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_id`),
  KEY `fk__oiosl_bf2cce__si_96ff5e__si_f6714a` (`subsource_id`),
  CONSTRAINT `fk__oiosl_bf2cce__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__oiosl_bf2cce__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_inside_subsource_group_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_group_label` varchar(255) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_group_label`),
  KEY `fk__oisgl_eb6023__sgl_891bc1__sgl_6635dc` (`subsource_group_label`),
  CONSTRAINT `fk__oisgl_eb6023__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__oisgl_eb6023__sgl_891bc1__sgl_6635dc` FOREIGN KEY (`subsource_group_label`) REFERENCES `subsource_group` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_inside_subsource_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_id` int(11) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_id`),
  KEY `fk__oisl_9d7e78__si_96ff5e__si_f6714a` (`subsource_id`),
  CONSTRAINT `fk__oisl_9d7e78__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__oisl_9d7e78__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_org_group_link` (
  `org_id` varchar(32) NOT NULL,
  `org_group_id` varchar(255) NOT NULL,
  PRIMARY KEY (`org_id`,`org_group_id`),
  KEY `fk__oogl_a0796b__ogi_921b05__ogogi_01498e` (`org_group_id`),
  CONSTRAINT `fk__oogl_a0796b__ogi_921b05__ogogi_01498e` FOREIGN KEY (`org_group_id`) REFERENCES `org_group` (`org_group_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__oogl_a0796b__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_search_off_subsource_group_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_group_label` varchar(255) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_group_label`),
  KEY `fk__ososgl_9a1c03__sgl_891bc1__sgl_6635dc` (`subsource_group_label`),
  CONSTRAINT `fk__ososgl_9a1c03__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ososgl_9a1c03__sgl_891bc1__sgl_6635dc` FOREIGN KEY (`subsource_group_label`) REFERENCES `subsource_group` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_search_off_subsource_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_id` int(11) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_id`),
  KEY `fk__ososl_00d140__si_96ff5e__si_f6714a` (`subsource_id`),
  CONSTRAINT `fk__ososl_00d140__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ososl_00d140__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_search_subsource_group_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_group_label` varchar(255) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_group_label`),
  KEY `fk__ossgl_1034d6__sgl_891bc1__sgl_6635dc` (`subsource_group_label`),
  CONSTRAINT `fk__ossgl_1034d6__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ossgl_1034d6__sgl_891bc1__sgl_6635dc` FOREIGN KEY (`subsource_group_label`) REFERENCES `subsource_group` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_search_subsource_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_id` int(11) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_id`),
  KEY `fk__ossl_72ddb1__si_96ff5e__si_f6714a` (`subsource_id`),
  CONSTRAINT `fk__ossl_72ddb1__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ossl_72ddb1__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_threats_off_subsource_group_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_group_label` varchar(255) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_group_label`),
  KEY `fk__otosgl_1ca332__sgl_891bc1__sgl_6635dc` (`subsource_group_label`),
  CONSTRAINT `fk__otosgl_1ca332__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__otosgl_1ca332__sgl_891bc1__sgl_6635dc` FOREIGN KEY (`subsource_group_label`) REFERENCES `subsource_group` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_threats_off_subsource_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_id` int(11) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_id`),
  KEY `fk__otosl_3721e1__si_96ff5e__si_f6714a` (`subsource_id`),
  CONSTRAINT `fk__otosl_3721e1__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__otosl_3721e1__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_threats_subsource_group_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_group_label` varchar(255) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_group_label`),
  KEY `fk__otsgl_7862ba__sgl_891bc1__sgl_6635dc` (`subsource_group_label`),
  CONSTRAINT `fk__otsgl_7862ba__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__otsgl_7862ba__sgl_891bc1__sgl_6635dc` FOREIGN KEY (`subsource_group_label`) REFERENCES `subsource_group` (`label`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_threats_subsource_link` (
  `org_id` varchar(32) NOT NULL,
  `subsource_id` int(11) NOT NULL,
  PRIMARY KEY (`org_id`,`subsource_id`),
  KEY `fk__otsl_8fc663__si_96ff5e__si_f6714a` (`subsource_id`),
  CONSTRAINT `fk__otsl_8fc663__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__otsl_8fc663__si_96ff5e__si_f6714a` FOREIGN KEY (`subsource_id`) REFERENCES `subsource` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `is_blocked` tinyint(1) NOT NULL DEFAULT 0,
  `login` varchar(255) NOT NULL,
  `password` varchar(60) DEFAULT NULL,
  `api_key_id` varchar(36) DEFAULT NULL,
  `api_key_id_modified_on` datetime DEFAULT NULL,
  `mfa_key_base` varchar(255) DEFAULT NULL,
  `mfa_key_base_modified_on` datetime DEFAULT NULL,
  `org_id` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__u_04f899__l_428821` (`login`),
  UNIQUE KEY `uq__u_04f899__aki_9dc8c1` (`api_key_id`),
  UNIQUE KEY `uq__u_04f899__mkb_b5539f` (`mfa_key_base`),
  KEY `fk__u_04f899__oi_092380__ooi_475c58` (`org_id`),
  CONSTRAINT `fk__u_04f899__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON UPDATE CASCADE,
  CONSTRAINT `ck__u_04f899__l_428821` CHECK (`login` = lcase(`login`)),
  CONSTRAINT `ck__u_04f899__ib_10bf8d` CHECK (`is_blocked` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_config_update_request` (
  `id` varchar(36) NOT NULL,
  `org_id` varchar(32) NOT NULL,
  `requesting_user_login` varchar(255) DEFAULT NULL,
  `submitted_on` datetime NOT NULL,
  `modified_on` datetime NOT NULL,
  `status` enum('accepted','new','being_processed','discarded') NOT NULL,
  `pending_marker` enum('P') DEFAULT NULL,
  `ticket_id` varchar(255) DEFAULT NULL,
  `additional_comment` text DEFAULT NULL,
  `actual_name_upd` tinyint(1) NOT NULL,
  `actual_name` varchar(255) DEFAULT NULL,
  `email_notification_enabled_upd` tinyint(1) NOT NULL,
  `email_notification_enabled` tinyint(1) NOT NULL,
  `email_notification_language_upd` tinyint(1) NOT NULL,
  `email_notification_language` varchar(2) DEFAULT NULL,
  `email_notification_addresses_upd` tinyint(1) NOT NULL,
  `email_notification_times_upd` tinyint(1) NOT NULL,
  `asns_upd` tinyint(1) NOT NULL,
  `fqdns_upd` tinyint(1) NOT NULL,
  `ip_networks_upd` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ocur_771992__oi_pm_7d3497` (`org_id`,`pending_marker`),
  KEY `fk__ocur_771992__rul_5ea5bc__ul_aebb81` (`requesting_user_login`),
  CONSTRAINT `fk__ocur_771992__oi_092380__ooi_475c58` FOREIGN KEY (`org_id`) REFERENCES `org` (`org_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk__ocur_771992__rul_5ea5bc__ul_aebb81` FOREIGN KEY (`requesting_user_login`) REFERENCES `user` (`login`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ck__ocur_771992__s_pm_256d27` CHECK (`status` in ('new','being_processed') and `pending_marker` is not null or `status` in ('accepted','discarded') and `pending_marker` is null),
  CONSTRAINT `ck__ocur_771992__anu_3c214d` CHECK (`actual_name_upd` in (0,1)),
  CONSTRAINT `ck__ocur_771992__eneu_0ca173` CHECK (`email_notification_enabled_upd` in (0,1)),
  CONSTRAINT `ck__ocur_771992__ene_985729` CHECK (`email_notification_enabled` in (0,1)),
  CONSTRAINT `ck__ocur_771992__enlu_a4a63a` CHECK (`email_notification_language_upd` in (0,1)),
  CONSTRAINT `ck__ocur_771992__enau_24926d` CHECK (`email_notification_addresses_upd` in (0,1)),
  CONSTRAINT `ck__ocur_771992__entu_eb31c7` CHECK (`email_notification_times_upd` in (0,1)),
  CONSTRAINT `ck__ocur_771992__au_a6a804` CHECK (`asns_upd` in (0,1)),
  CONSTRAINT `ck__ocur_771992__fu_0e1f91` CHECK (`fqdns_upd` in (0,1)),
  CONSTRAINT `ck__ocur_771992__inu_58409e` CHECK (`ip_networks_upd` in (0,1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `user_spent_mfa_code` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mfa_code` int(11) NOT NULL,
  `spent_on` datetime NOT NULL,
  `user_login` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__usmc_1a1b41__mc_ul_2f130e` (`mfa_code`,`user_login`),
  KEY `fk__usmc_1a1b41__ul_4c395a__ul_aebb81` (`user_login`),
  CONSTRAINT `fk__usmc_1a1b41__ul_4c395a__ul_aebb81` FOREIGN KEY (`user_login`) REFERENCES `user` (`login`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `web_token` (
  `token_id` varchar(36) NOT NULL,
  `token_type` enum('for_login','for_mfa_config','for_password_reset') NOT NULL,
  `created_on` datetime NOT NULL,
  `user_login` varchar(255) NOT NULL,
  PRIMARY KEY (`token_id`),
  KEY `fk__wt_463e1a__ul_4c395a__ul_aebb81` (`user_login`),
  CONSTRAINT `fk__wt_463e1a__ul_4c395a__ul_aebb81` FOREIGN KEY (`user_login`) REFERENCES `user` (`login`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_config_update_request_asn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `asn` int(11) NOT NULL,
  `org_config_update_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ocura_9cf501__a_ocuri_3eefb7` (`asn`,`org_config_update_request_id`),
  KEY `fk__ocura_9cf501__ocuri_cae6e4__ocuri_899a3a` (`org_config_update_request_id`),
  CONSTRAINT `fk__ocura_9cf501__ocuri_cae6e4__ocuri_899a3a` FOREIGN KEY (`org_config_update_request_id`) REFERENCES `org_config_update_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_config_update_request_email_notification_address` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `org_config_update_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ocurena_2480b2__e_ocuri_7302ae` (`email`,`org_config_update_request_id`),
  KEY `fk__ocurena_2480b2__ocuri_cae6e4__ocuri_899a3a` (`org_config_update_request_id`),
  CONSTRAINT `fk__ocurena_2480b2__ocuri_cae6e4__ocuri_899a3a` FOREIGN KEY (`org_config_update_request_id`) REFERENCES `org_config_update_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_config_update_request_email_notification_time` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `notification_time` time NOT NULL,
  `org_config_update_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ocurent_8ac8d7__nt_ocuri_8acc4c` (`notification_time`,`org_config_update_request_id`),
  KEY `fk__ocurent_8ac8d7__ocuri_cae6e4__ocuri_899a3a` (`org_config_update_request_id`),
  CONSTRAINT `fk__ocurent_8ac8d7__ocuri_cae6e4__ocuri_899a3a` FOREIGN KEY (`org_config_update_request_id`) REFERENCES `org_config_update_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_config_update_request_fqdn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `fqdn` varchar(255) NOT NULL,
  `org_config_update_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ocurf_0c241d__f_ocuri_27ba10` (`fqdn`,`org_config_update_request_id`),
  KEY `fk__ocurf_0c241d__ocuri_cae6e4__ocuri_899a3a` (`org_config_update_request_id`),
  CONSTRAINT `fk__ocurf_0c241d__ocuri_cae6e4__ocuri_899a3a` FOREIGN KEY (`org_config_update_request_id`) REFERENCES `org_config_update_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_config_update_request_ip_network` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip_network` varchar(18) NOT NULL,
  `org_config_update_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ocurin_c864cc__in_ocuri_c21426` (`ip_network`,`org_config_update_request_id`),
  KEY `fk__ocurin_c864cc__ocuri_cae6e4__ocuri_899a3a` (`org_config_update_request_id`),
  CONSTRAINT `fk__ocurin_c864cc__ocuri_cae6e4__ocuri_899a3a` FOREIGN KEY (`org_config_update_request_id`) REFERENCES `org_config_update_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_config_update_request_user_addition_or_activation_request` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_login` varchar(255) NOT NULL,
  `org_config_update_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ocuruaoar_018002__ul_ocuri_95453f` (`user_login`,`org_config_update_request_id`),
  KEY `fk__ocuruaoar_018002__ocuri_cae6e4__ocuri_899a3a` (`org_config_update_request_id`),
  CONSTRAINT `fk__ocuruaoar_018002__ocuri_cae6e4__ocuri_899a3a` FOREIGN KEY (`org_config_update_request_id`) REFERENCES `org_config_update_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `org_config_update_request_user_deactivation_request` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_login` varchar(255) NOT NULL,
  `org_config_update_request_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__ocurudr_3cd1ac__ul_ocuri_95453f` (`user_login`,`org_config_update_request_id`),
  KEY `fk__ocurudr_3cd1ac__ocuri_cae6e4__ocuri_899a3a` (`org_config_update_request_id`),
  CONSTRAINT `fk__ocurudr_3cd1ac__ocuri_cae6e4__ocuri_899a3a` FOREIGN KEY (`org_config_update_request_id`) REFERENCES `org_config_update_request` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE `user_provisional_mfa_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mfa_key_base` varchar(255) NOT NULL,
  `token_id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__upmc_2108ab__mkb_b5539f` (`mfa_key_base`),
  KEY `fk__upmc_2108ab__ti_ca8868__wtti_81a2c0` (`token_id`),
  CONSTRAINT `fk__upmc_2108ab__ti_ca8868__wtti_81a2c0` FOREIGN KEY (`token_id`) REFERENCES `web_token` (`token_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- ===== Event database `n6` (etc/mysql/initdb/1_create_tables.sql, 2_create_indexes.sql) =====

CREATE TABLE `event` (
    id BINARY(16) NOT NULL,
    rid BINARY(16) NOT NULL,
    source VARCHAR(32) NOT NULL,
    origin ENUM('c2','dropzone','proxy','p2p-crawler','p2p-drone','sinkhole','sandbox','honeypot','darknet','av','ids','waf'),
    restriction ENUM('public','need-to-know','internal') NOT NULL,
    confidence ENUM('low','medium','high') NOT NULL,
    category ENUM('bots','cnc','dos-victim','malurl','phish','proxy','sandbox-url','scanning','server-exploit','spam','other','spam-url','amplifier','tor','dos-attacker','vulnerable','backdoor','dns-query','flow','flow-anomaly','fraud','leak','webinject','malware-action','deface','scam','exposed') NOT NULL,
    time DATETIME NOT NULL,
    name VARCHAR(255),
    md5 BINARY(16),
    sha1 BINARY(20),
    proto ENUM('tcp','udp','icmp'),
    address MEDIUMTEXT,
    ip INTEGER UNSIGNED NOT NULL,
    asn INTEGER UNSIGNED,
    cc CHAR(2),
    sport SMALLINT UNSIGNED,
    dip INTEGER UNSIGNED NOT NULL,
    dport SMALLINT UNSIGNED,
    url VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    fqdn VARCHAR(255),
    target VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci,
    custom MEDIUMTEXT,
    expires DATETIME,
    status ENUM('active','delisted','expired','replaced'),
    replaces BINARY(16),
    until DATETIME,
    count INTEGER UNSIGNED,
    modified DATETIME NOT NULL,
    sha256 BINARY(32),
    ignored BOOL,
    PRIMARY KEY (time,ip,id),
    KEY idx_event_time (time),
    KEY idx_event_fqdn (fqdn),
    KEY idx_event_ip (ip),
    KEY idx_event_asn (asn),
    KEY idx_event_cc (cc),
    KEY idx_event_category (category),
    KEY idx_event_name (name),
    KEY idx_event_id (id),
    KEY idx_event_target (target),
    KEY idx_event_expires (expires),
    KEY idx_event_id_time (id,time),
    KEY idx_event_time_id (time,id),
    KEY idx_event_time_source (time,source),
    KEY idx_event_source_time (source,time),
    KEY idx_event_time_source_cc (time,source,cc),
    KEY idx_event_source_cc_modified (source,cc,modified),
    KEY idx_event_asn_time (asn,time)
)   ENGINE = InnoDB
    DEFAULT CHARSET = ascii
    COLLATE = ascii_general_ci;

CREATE TABLE `client_to_event` (
    id Binary(16) NOT NULL,
    client VARCHAR(32),
    time DATETIME NOT NULL,
    KEY idx_client_to_event_client (client),
    KEY idx_client_to_event_id (id),
    KEY idx_client_to_event_time (time)
)   ENGINE = InnoDB
    DEFAULT CHARSET = ascii
    COLLATE = ascii_general_ci;

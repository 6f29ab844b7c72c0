-- Varda — Varhaiskasvatuksen tietovaranto (Finnish National Agency for Education / Opetushallitus; the national
-- early-childhood-education register into which every Finnish municipality and private daycare provider records
-- its daycare units, children, guardians, daycare decisions and placements, fee data and ECEC staff; Django,
-- PostgreSQL; Finnish names).
-- Upstream: github.com/Opetushallitus/varda, commit d5dea79845215d2af98bb52bd7ed3d9a7ad3ba14 (EUPL-1.1 or later),
-- applications/backend/webapps/varda/models.py: the models created with Django 5.2.19 (the version upstream pins)
-- and django-simple-history 3.10 / django-guardian 2.4 / django-rest-knox 5.0 on PostgreSQL 15, with the app's
-- own migrations replaced by one generated from models.py (the final state), then written as MySQL DDL from the
-- PostgreSQL catalogue (text -> longtext, varchar(n) kept, boolean -> tinyint(1), timestamptz -> datetime(6),
-- ArrayField / jsonb -> json, serial -> AUTO_INCREMENT; primary, unique and foreign keys as created).
-- Kept: every varda_* table except the simple-history copies (one, varda_historicalhenkilo, kept), plus auth_user,
-- auth_group, auth_user_groups, django_session, guardian_userobjectpermission and knox_authtoken (see varda.md).
CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guardian_userobjectpermission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_pk` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `permission_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guardian_userobjectpermi_user_id_permission_id_ob_b0b3d2fc_uniq` (`user_id`, `permission_id`, `object_pk`),
  CONSTRAINT `guardian_userobjectpermission_user_id_d5c1e964_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knox_authtoken` (
  `digest` varchar(128) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `expiry` datetime(6),
  `token_key` varchar(25) NOT NULL,
  PRIMARY KEY (`digest`),
  CONSTRAINT `knox_authtoken_user_id_e5a5d899_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_organisaatio` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nimi` varchar(400) NOT NULL,
  `y_tunnus` varchar(20) NOT NULL,
  `organisaatio_oid` varchar(50),
  `kunta_koodi` varchar(20) NOT NULL,
  `sahkopostiosoite` varchar(200),
  `ipv4_osoitteet` json,
  `ipv6_osoitteet` json,
  `kayntiosoite` varchar(100) NOT NULL,
  `kayntiosoite_postinumero` varchar(10) NOT NULL,
  `kayntiosoite_postitoimipaikka` varchar(50) NOT NULL,
  `postiosoite` varchar(100) NOT NULL,
  `postinumero` varchar(10) NOT NULL,
  `postitoimipaikka` varchar(50) NOT NULL,
  `puhelinnumero` varchar(20) NOT NULL,
  `ytjkieli` varchar(5) NOT NULL,
  `yritysmuoto` varchar(4) NOT NULL,
  `alkamis_pvm` date,
  `paattymis_pvm` date,
  `integraatio_organisaatio` json NOT NULL,
  `organisaatiotyyppi` json NOT NULL,
  `client_cert_common_name` varchar(50),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `varda_organisaatio_organisaatio_oid_key` (`organisaatio_oid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_aikaleima` (
  `id` int NOT NULL AUTO_INCREMENT,
  `avain` varchar(200) NOT NULL,
  `aikaleima` datetime(6) NOT NULL,
  `organisaatio_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `avain_organisaatio_unique_constraint` (`avain`, `organisaatio_id`),
  CONSTRAINT `varda_aikaleima_organisaatio_id_c2ec7b92_fk_varda_org` FOREIGN KEY (`organisaatio_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_henkilo` (
  `id` int NOT NULL AUTO_INCREMENT,
  `henkilotunnus` varchar(120) NOT NULL,
  `henkilotunnus_unique_hash` varchar(80) NOT NULL,
  `syntyma_pvm` date,
  `henkilo_oid` varchar(50) NOT NULL,
  `etunimet` varchar(100) NOT NULL,
  `kutsumanimi` varchar(100) NOT NULL,
  `sukunimi` varchar(100) NOT NULL,
  `turvakielto` tinyint(1) NOT NULL,
  `vtj_yksiloity` tinyint(1) NOT NULL,
  `vtj_yksilointi_yritetty` tinyint(1) NOT NULL,
  `aidinkieli_koodi` varchar(20) NOT NULL,
  `kotikunta_koodi` varchar(20) NOT NULL,
  `sukupuoli_koodi` varchar(20) NOT NULL,
  `katuosoite` varchar(100) NOT NULL,
  `postinumero` varchar(20) NOT NULL,
  `postitoimipaikka` varchar(100) NOT NULL,
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_batcherror` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` longtext NOT NULL,
  `retry_time` datetime(6) NOT NULL,
  `retry_count` int NOT NULL,
  `error_message` longtext NOT NULL,
  `henkilo_id` int NOT NULL,
  `henkilo_duplicate_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_batcherror_henkilo_duplicate_id_2afbb2d7_fk_varda_hen` FOREIGN KEY (`henkilo_duplicate_id`) REFERENCES `varda_henkilo` (`id`),
  CONSTRAINT `varda_batcherror_henkilo_id_c10aadd4_fk_varda_henkilo_id` FOREIGN KEY (`henkilo_id`) REFERENCES `varda_henkilo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_errorreports` (
  `organisaatio_id` int NOT NULL,
  `active_errors` tinyint(1) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  PRIMARY KEY (`organisaatio_id`),
  CONSTRAINT `varda_errorreports_organisaatio_id_5de23400_fk_varda_org` FOREIGN KEY (`organisaatio_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_historicalhenkilo` (
  `id` int NOT NULL,
  `henkilotunnus` varchar(120) NOT NULL,
  `henkilotunnus_unique_hash` varchar(80) NOT NULL,
  `syntyma_pvm` date,
  `henkilo_oid` varchar(50) NOT NULL,
  `etunimet` varchar(100) NOT NULL,
  `kutsumanimi` varchar(100) NOT NULL,
  `sukunimi` varchar(100) NOT NULL,
  `turvakielto` tinyint(1) NOT NULL,
  `vtj_yksiloity` tinyint(1) NOT NULL,
  `vtj_yksilointi_yritetty` tinyint(1) NOT NULL,
  `aidinkieli_koodi` varchar(20) NOT NULL,
  `kotikunta_koodi` varchar(20) NOT NULL,
  `sukupuoli_koodi` varchar(20) NOT NULL,
  `katuosoite` varchar(100) NOT NULL,
  `postinumero` varchar(20) NOT NULL,
  `postitoimipaikka` varchar(100) NOT NULL,
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `history_id` int NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100),
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `varda_historicalhenk_history_user_id_6b83349b_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_huoltaja` (
  `id` int NOT NULL AUTO_INCREMENT,
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `henkilo_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `varda_huoltaja_henkilo_id_key` (`henkilo_id`),
  CONSTRAINT `varda_huoltaja_henkilo_id_54f87859_fk_varda_henkilo_id` FOREIGN KEY (`henkilo_id`) REFERENCES `varda_henkilo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_lapsi` (
  `id` int NOT NULL AUTO_INCREMENT,
  `paos_kytkin` tinyint(1) NOT NULL,
  `lahdejarjestelma` varchar(2),
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `henkilo_id` int NOT NULL,
  `oma_organisaatio_id` int,
  `paos_organisaatio_id` int,
  `vakatoimija_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_lapsi_henkilo_id_7e1990cd_fk_varda_henkilo_id` FOREIGN KEY (`henkilo_id`) REFERENCES `varda_henkilo` (`id`),
  CONSTRAINT `varda_lapsi_oma_organisaatio_id_f1da0030_fk_varda_org` FOREIGN KEY (`oma_organisaatio_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_lapsi_paos_organisaatio_id_8d9a3b5e_fk_varda_org` FOREIGN KEY (`paos_organisaatio_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_lapsi_vakatoimija_id_8d9c8164_fk_varda_organisaatio_id` FOREIGN KEY (`vakatoimija_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_huoltajuussuhde` (
  `id` int NOT NULL AUTO_INCREMENT,
  `voimassa_kytkin` tinyint(1) NOT NULL,
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `huoltaja_id` int NOT NULL,
  `lapsi_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_huoltajuussuhde_huoltaja_id_f93c2631_fk_varda_huoltaja_id` FOREIGN KEY (`huoltaja_id`) REFERENCES `varda_huoltaja` (`id`),
  CONSTRAINT `varda_huoltajuussuhde_lapsi_id_afec5954_fk_varda_lapsi_id` FOREIGN KEY (`lapsi_id`) REFERENCES `varda_lapsi` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_toimipaikka` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nimi` varchar(200) NOT NULL,
  `nimi_sv` varchar(200) NOT NULL,
  `organisaatio_oid` varchar(50) NOT NULL,
  `kayntiosoite` varchar(100) NOT NULL,
  `kayntiosoite_postinumero` varchar(10) NOT NULL,
  `kayntiosoite_postitoimipaikka` varchar(50) NOT NULL,
  `postiosoite` varchar(100) NOT NULL,
  `postinumero` varchar(20) NOT NULL,
  `postitoimipaikka` varchar(100) NOT NULL,
  `kunta_koodi` varchar(20) NOT NULL,
  `puhelinnumero` varchar(20) NOT NULL,
  `sahkopostiosoite` varchar(200) NOT NULL,
  `kasvatusopillinen_jarjestelma_koodi` varchar(100) NOT NULL,
  `toimintamuoto_koodi` varchar(50) NOT NULL,
  `toimintakieli_koodi` json NOT NULL,
  `jarjestamismuoto_koodi` json NOT NULL,
  `varhaiskasvatuspaikat` smallint NOT NULL,
  `toiminnallinenpainotus_kytkin` tinyint(1) NOT NULL,
  `kielipainotus_kytkin` tinyint(1) NOT NULL,
  `alkamis_pvm` date NOT NULL,
  `paattymis_pvm` date,
  `hallinnointijarjestelma` varchar(50) NOT NULL,
  `lahdejarjestelma` varchar(2),
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `vakajarjestaja_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nimi_vakajarjestaja_unique_constraint` (`nimi`, `vakajarjestaja_id`),
  CONSTRAINT `varda_toimipaikka_vakajarjestaja_id_8bddc1b3_fk_varda_org` FOREIGN KEY (`vakajarjestaja_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_kielipainotus` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kielipainotus_koodi` varchar(4) NOT NULL,
  `kielipainotustyyppi_koodi` varchar(4),
  `alkamis_pvm` date NOT NULL,
  `paattymis_pvm` date,
  `lahdejarjestelma` varchar(2),
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `toimipaikka_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_kielipainotus_toimipaikka_id_e4e84710_fk_varda_toi` FOREIGN KEY (`toimipaikka_id`) REFERENCES `varda_toimipaikka` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_logdata` (
  `log_type` varchar(100) NOT NULL,
  `log_seq` bigint NOT NULL,
  PRIMARY KEY (`log_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_logincertificate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `api_path` varchar(200) NOT NULL,
  `common_name` varchar(500) NOT NULL,
  `organisaatio_id` int,
  `user_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_logincertifica_organisaatio_id_fb8cfcdf_fk_varda_org` FOREIGN KEY (`organisaatio_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_logincertificate_user_id_9733d11d_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_luovutuspalveluclientcsr` (
  `id` int NOT NULL AUTO_INCREMENT,
  `client_cert_s3_bucket_key` varchar(200),
  `cert_chain_s3_bucket_key` varchar(200),
  `expiration_date` datetime(6),
  `luonti_pvm` datetime(6) NOT NULL,
  `organisaatio_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_luovutuspalvel_organisaatio_id_6e2df441_fk_varda_org` FOREIGN KEY (`organisaatio_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_maksutieto` (
  `id` int NOT NULL AUTO_INCREMENT,
  `yksityinen_jarjestaja` tinyint(1) NOT NULL,
  `maksun_peruste_koodi` varchar(5) NOT NULL,
  `palveluseteli_arvo` decimal(6,2),
  `asiakasmaksu` decimal(6,2) NOT NULL,
  `perheen_koko` int,
  `alkamis_pvm` date,
  `paattymis_pvm` date,
  `lahdejarjestelma` varchar(2),
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_maksutietohuoltajuussuhde` (
  `id` int NOT NULL AUTO_INCREMENT,
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `huoltajuussuhde_id` int NOT NULL,
  `maksutieto_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_maksutietohuol_huoltajuussuhde_id_e63c3799_fk_varda_huo` FOREIGN KEY (`huoltajuussuhde_id`) REFERENCES `varda_huoltajuussuhde` (`id`),
  CONSTRAINT `varda_maksutietohuol_maksutieto_id_5a8647d2_fk_varda_mak` FOREIGN KEY (`maksutieto_id`) REFERENCES `varda_maksutieto` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_tyontekija` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sahkopostiosoite` varchar(200),
  `lahdejarjestelma` varchar(2) NOT NULL,
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `henkilo_id` int NOT NULL,
  `vakajarjestaja_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_tyontekija` (`henkilo_id`, `vakajarjestaja_id`),
  CONSTRAINT `varda_tyontekija_henkilo_id_4de3a47b_fk_varda_henkilo_id` FOREIGN KEY (`henkilo_id`) REFERENCES `varda_henkilo` (`id`),
  CONSTRAINT `varda_tyontekija_vakajarjestaja_id_6239cacd_fk_varda_org` FOREIGN KEY (`vakajarjestaja_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_palvelussuhde` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tyosuhde_koodi` varchar(50) NOT NULL,
  `tyoaika_koodi` varchar(50) NOT NULL,
  `tutkinto_koodi` varchar(50) NOT NULL,
  `tyoaika_viikossa` decimal(5,2) NOT NULL,
  `alkamis_pvm` date NOT NULL,
  `paattymis_pvm` date,
  `lahdejarjestelma` varchar(2) NOT NULL,
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `tyontekija_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_palvelussuhde_tyontekija_id_316cc019_fk_varda_tyo` FOREIGN KEY (`tyontekija_id`) REFERENCES `varda_tyontekija` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_paosoikeus` (
  `id` int NOT NULL AUTO_INCREMENT,
  `voimassa_kytkin` tinyint(1) NOT NULL,
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `jarjestaja_kunta_organisaatio_id` int NOT NULL,
  `tallentaja_organisaatio_id` int NOT NULL,
  `tuottaja_organisaatio_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `jarjestaja_kunta_organisaatio_tuottaja_organisaatio_unique_cons` (`jarjestaja_kunta_organisaatio_id`, `tuottaja_organisaatio_id`),
  CONSTRAINT `varda_paosoikeus_jarjestaja_kunta_org_297ae759_fk_varda_org` FOREIGN KEY (`jarjestaja_kunta_organisaatio_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_paosoikeus_tallentaja_organisaa_1e92877c_fk_varda_org` FOREIGN KEY (`tallentaja_organisaatio_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_paosoikeus_tuottaja_organisaati_d9e52628_fk_varda_org` FOREIGN KEY (`tuottaja_organisaatio_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_paostoiminta` (
  `id` int NOT NULL AUTO_INCREMENT,
  `voimassa_kytkin` tinyint(1) NOT NULL,
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `oma_organisaatio_id` int NOT NULL,
  `paos_organisaatio_id` int,
  `paos_toimipaikka_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oma_organisaatio_paos_organisaatio_unique_constraint` (`oma_organisaatio_id`, `paos_organisaatio_id`),
  UNIQUE KEY `oma_organisaatio_paos_toimipaikka_unique_constraint` (`oma_organisaatio_id`, `paos_toimipaikka_id`),
  CONSTRAINT `varda_paostoiminta_oma_organisaatio_id_48a2529e_fk_varda_org` FOREIGN KEY (`oma_organisaatio_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_paostoiminta_paos_organisaatio_id_a9294566_fk_varda_org` FOREIGN KEY (`paos_organisaatio_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_paostoiminta_paos_toimipaikka_id_45353bf7_fk_varda_toi` FOREIGN KEY (`paos_toimipaikka_id`) REFERENCES `varda_toimipaikka` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_pidempipoissaolo` (
  `id` int NOT NULL AUTO_INCREMENT,
  `alkamis_pvm` date NOT NULL,
  `paattymis_pvm` date NOT NULL,
  `lahdejarjestelma` varchar(2) NOT NULL,
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `palvelussuhde_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_pidempipoissao_palvelussuhde_id_ee5dd8b9_fk_varda_pal` FOREIGN KEY (`palvelussuhde_id`) REFERENCES `varda_palvelussuhde` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_taydennyskoulutus` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nimi` varchar(120) NOT NULL,
  `suoritus_pvm` date NOT NULL,
  `koulutuspaivia` decimal(4,1) NOT NULL,
  `lahdejarjestelma` varchar(2) NOT NULL,
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_taydennyskoulutustyontekija` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tehtavanimike_koodi` varchar(20) NOT NULL,
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `taydennyskoulutus_id` int NOT NULL,
  `tyontekija_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_taydennyskoulu_taydennyskoulutus_id_60bd41b9_fk_varda_tay` FOREIGN KEY (`taydennyskoulutus_id`) REFERENCES `varda_taydennyskoulutus` (`id`),
  CONSTRAINT `varda_taydennyskoulu_tyontekija_id_882da3e8_fk_varda_tyo` FOREIGN KEY (`tyontekija_id`) REFERENCES `varda_tyontekija` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_toiminnallinenpainotus` (
  `id` int NOT NULL AUTO_INCREMENT,
  `toimintapainotus_koodi` varchar(6) NOT NULL,
  `alkamis_pvm` date NOT NULL,
  `paattymis_pvm` date,
  `lahdejarjestelma` varchar(2),
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `toimipaikka_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_toiminnallinen_toimipaikka_id_4df950bf_fk_varda_toi` FOREIGN KEY (`toimipaikka_id`) REFERENCES `varda_toimipaikka` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_tukipaatos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `paatosmaara` int NOT NULL,
  `yksityinen_jarjestaja` tinyint(1) NOT NULL,
  `ikaryhma_koodi` varchar(20) NOT NULL,
  `tuentaso_koodi` varchar(10) NOT NULL,
  `tilastointi_pvm` date NOT NULL,
  `lahdejarjestelma` varchar(2) NOT NULL,
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `vakajarjestaja_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_tukipaatos_vakajarjestaja_id_dfadee00_fk_varda_org` FOREIGN KEY (`vakajarjestaja_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_tukipaatosaikavali` (
  `id` int NOT NULL AUTO_INCREMENT,
  `alkamis_pvm` date NOT NULL,
  `paattymis_pvm` date NOT NULL,
  `tilastointi_pvm` date NOT NULL,
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_tutkinto` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tutkinto_koodi` varchar(10) NOT NULL,
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `henkilo_id` int NOT NULL,
  `vakajarjestaja_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_tutkinto` (`henkilo_id`, `vakajarjestaja_id`, `tutkinto_koodi`),
  CONSTRAINT `varda_tutkinto_henkilo_id_b2305b28_fk_varda_henkilo_id` FOREIGN KEY (`henkilo_id`) REFERENCES `varda_henkilo` (`id`),
  CONSTRAINT `varda_tutkinto_vakajarjestaja_id_cea301a8_fk_varda_org` FOREIGN KEY (`vakajarjestaja_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_tyoskentelypaikka` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tehtavanimike_koodi` varchar(120) NOT NULL,
  `kelpoisuus_kytkin` tinyint(1) NOT NULL,
  `kiertava_tyontekija_kytkin` tinyint(1) NOT NULL,
  `alkamis_pvm` date NOT NULL,
  `paattymis_pvm` date,
  `lahdejarjestelma` varchar(2) NOT NULL,
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `palvelussuhde_id` int NOT NULL,
  `toimipaikka_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_tyoskentelypai_palvelussuhde_id_76c38408_fk_varda_pal` FOREIGN KEY (`palvelussuhde_id`) REFERENCES `varda_palvelussuhde` (`id`),
  CONSTRAINT `varda_tyoskentelypai_toimipaikka_id_2c112b14_fk_varda_toi` FOREIGN KEY (`toimipaikka_id`) REFERENCES `varda_toimipaikka` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_varhaiskasvatuspaatos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `vuorohoito_kytkin` tinyint(1) NOT NULL,
  `pikakasittely_kytkin` tinyint(1) NOT NULL,
  `tuntimaara_viikossa` decimal(4,1) NOT NULL,
  `paivittainen_vaka_kytkin` tinyint(1),
  `kokopaivainen_vaka_kytkin` tinyint(1),
  `tilapainen_vaka_kytkin` tinyint(1) NOT NULL,
  `jarjestamismuoto_koodi` varchar(50) NOT NULL,
  `hakemus_pvm` date NOT NULL,
  `alkamis_pvm` date NOT NULL,
  `paattymis_pvm` date,
  `lahdejarjestelma` varchar(2),
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `lapsi_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_varhaiskasvatuspaatos_lapsi_id_7cc2870f_fk_varda_lapsi_id` FOREIGN KEY (`lapsi_id`) REFERENCES `varda_lapsi` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_varhaiskasvatussuhde` (
  `id` int NOT NULL AUTO_INCREMENT,
  `alkamis_pvm` date NOT NULL,
  `paattymis_pvm` date,
  `lahdejarjestelma` varchar(2),
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `toimipaikka_id` int NOT NULL,
  `varhaiskasvatuspaatos_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_varhaiskasvatu_toimipaikka_id_1c091594_fk_varda_toi` FOREIGN KEY (`toimipaikka_id`) REFERENCES `varda_toimipaikka` (`id`),
  CONSTRAINT `varda_varhaiskasvatu_varhaiskasvatuspaato_ef9a7428_fk_varda_var` FOREIGN KEY (`varhaiskasvatuspaatos_id`) REFERENCES `varda_varhaiskasvatuspaatos` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_vuokrattuhenkilosto` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kuukausi` date NOT NULL,
  `tuntimaara` decimal(8,2) NOT NULL,
  `tyontekijamaara` int NOT NULL,
  `lahdejarjestelma` varchar(2) NOT NULL,
  `tunniste` varchar(120),
  `luonti_pvm` datetime(6) NOT NULL,
  `muutos_pvm` datetime(6) NOT NULL,
  `vakajarjestaja_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_vuokrattuhenki_vakajarjestaja_id_837a7ee0_fk_varda_org` FOREIGN KEY (`vakajarjestaja_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z10_kelavarhaiskasvatussuhde` (
  `id` int NOT NULL AUTO_INCREMENT,
  `varhaiskasvatussuhde_id` int NOT NULL,
  `suhde_luonti_pvm` datetime(6) NOT NULL,
  `suhde_alkamis_pvm` date NOT NULL,
  `suhde_paattymis_pvm` date,
  `varhaiskasvatuspaatos_id` int NOT NULL,
  `paatos_luonti_pvm` datetime(6) NOT NULL,
  `jarjestamismuoto_koodi` varchar(50) NOT NULL,
  `tilapainen_vaka_kytkin` tinyint(1) NOT NULL,
  `lapsi_id` int NOT NULL,
  `henkilo_id` int NOT NULL,
  `has_hetu` tinyint(1) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z11_messagelog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_type` varchar(200) NOT NULL,
  `email` varchar(200) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `organisaatio_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_z11_messagelog_organisaatio_id_c186b831_fk_varda_org` FOREIGN KEY (`organisaatio_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z11_messagetarget` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_type` varchar(200) NOT NULL,
  `email` varchar(200) NOT NULL,
  `language` varchar(50) NOT NULL,
  `organisaatio_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisaatio_user_type_email_unique_constraint` (`organisaatio_id`, `user_type`, `email`),
  CONSTRAINT `varda_z11_messagetar_organisaatio_id_18d83abf_fk_varda_org` FOREIGN KEY (`organisaatio_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z12_dataaccesslog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `henkilo_id` int NOT NULL,
  `henkilo_oid` varchar(50) NOT NULL,
  `access_type` varchar(50) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `organisaatio_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_z12_dataaccess_organisaatio_id_17086fab_fk_varda_org` FOREIGN KEY (`organisaatio_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_z12_dataaccesslog_user_id_4788732b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z1_ophauthentication` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ticketing_granting_ticket` varchar(300) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z2_koodisto` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `name_koodistopalvelu` varchar(256) NOT NULL,
  `version` int NOT NULL,
  `update_datetime` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `varda_z2_koodisto_name_key` (`name`),
  UNIQUE KEY `varda_z2_koodisto_name_koodistopalvelu_key` (`name_koodistopalvelu`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z2_code` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code_value` varchar(256) NOT NULL,
  `alkamis_pvm` date NOT NULL,
  `paattymis_pvm` date,
  `koodisto_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `koodisto_code_value_unique_constraint` (`koodisto_id`, `code_value`),
  CONSTRAINT `varda_z2_code_koodisto_id_16eac072_fk_varda_z2_koodisto_id` FOREIGN KEY (`koodisto_id`) REFERENCES `varda_z2_koodisto` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z2_codetranslation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `language` varchar(10) NOT NULL,
  `name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `code_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code_language_unique_constraint` (`code_id`, `language`),
  CONSTRAINT `varda_z2_codetranslation_code_id_26ec3266_fk_varda_z2_code_id` FOREIGN KEY (`code_id`) REFERENCES `varda_z2_code` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z3_additionalcasuserfields` (
  `user_id` int NOT NULL,
  `kayttajatyyppi` varchar(50) NOT NULL,
  `henkilo_oid` varchar(50),
  `etunimet` varchar(100),
  `kutsumanimi` varchar(100),
  `sukunimi` varchar(100),
  `huollettava_oid_list` json,
  `toimintakieli_koodi` varchar(3) NOT NULL,
  `last_modified` datetime(6) NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `varda_z3_additionalc_user_id_5913b6be_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z3_additionalcasuserfields_all_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `z3_additionalcasuserfields_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `varda_z3_additionalcasus_z3_additionalcasuserfiel_bde51ec8_uniq` (`z3_additionalcasuserfields_id`, `group_id`),
  CONSTRAINT `varda_z3_additionalc_group_id_e39b0e66_fk_auth_grou` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `varda_z3_additionalc_z3_additionalcasuser_aac6b7ba_fk_varda_z3_` FOREIGN KEY (`z3_additionalcasuserfields_id`) REFERENCES `varda_z3_additionalcasuserfields` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z4_caskayttooikeudet` (
  `id` int NOT NULL AUTO_INCREMENT,
  `organisaatio_oid` varchar(50) NOT NULL,
  `kayttooikeus` varchar(50) NOT NULL,
  `last_modified` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_z4_caskayttooikeudet_user_id_48460fa9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z5_auditlog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `time_of_event` datetime(6) NOT NULL,
  `successful_get_request_path` varchar(200) NOT NULL,
  `query_params` longtext,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_z5_auditlog_user_id_06292e17_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z6_lastrequest` (
  `id` int NOT NULL AUTO_INCREMENT,
  `lahdejarjestelma` varchar(2),
  `data_category` varchar(200),
  `last_successful` datetime(6),
  `last_unsuccessful` datetime(6),
  `user_id` int,
  `vakajarjestaja_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `last_request_user_vakaj_lahdej_data_categ_unique_constraint` (`user_id`, `vakajarjestaja_id`, `lahdejarjestelma`, `data_category`),
  CONSTRAINT `varda_z6_lastrequest_user_id_d745c3d1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `varda_z6_lastrequest_vakajarjestaja_id_6859a578_fk_varda_org` FOREIGN KEY (`vakajarjestaja_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z6_requestsummary` (
  `id` int NOT NULL AUTO_INCREMENT,
  `lahdejarjestelma` varchar(2),
  `request_url_simple` varchar(200),
  `summary_date` date NOT NULL,
  `successful_count` int NOT NULL,
  `unsuccessful_count` int NOT NULL,
  `user_id` int,
  `vakajarjestaja_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_z6_requestsumm_vakajarjestaja_id_e7d8ea99_fk_varda_org` FOREIGN KEY (`vakajarjestaja_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_z6_requestsummary_user_id_0b1eb6de_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z6_requestcount` (
  `id` int NOT NULL AUTO_INCREMENT,
  `request_url_simple` varchar(200) NOT NULL,
  `request_method` varchar(10) NOT NULL,
  `response_code` int NOT NULL,
  `count` int NOT NULL,
  `request_summary_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `request_count_unique_constraint` (`request_summary_id`, `request_url_simple`, `request_method`, `response_code`),
  CONSTRAINT `varda_z6_requestcoun_request_summary_id_f532c5d7_fk_varda_z6_` FOREIGN KEY (`request_summary_id`) REFERENCES `varda_z6_requestsummary` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z6_requestlog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `request_url` varchar(200) NOT NULL,
  `request_method` varchar(10) NOT NULL,
  `request_body` longtext NOT NULL,
  `response_code` int NOT NULL,
  `response_body` longtext NOT NULL,
  `target_model` varchar(100),
  `target_id` int,
  `lahdejarjestelma` varchar(2),
  `data_category` varchar(200),
  `timestamp` datetime(6) NOT NULL,
  `user_id` int,
  `vakajarjestaja_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_z6_requestlog_user_id_cc5189c2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `varda_z6_requestlog_vakajarjestaja_id_de06571f_fk_varda_org` FOREIGN KEY (`vakajarjestaja_id`) REFERENCES `varda_organisaatio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z7_additionaluserfields` (
  `user_id` int NOT NULL,
  `password_changed_timestamp` datetime(6),
  PRIMARY KEY (`user_id`),
  CONSTRAINT `varda_z7_additionaluserfields_user_id_743b6762_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z8_excelreport` (
  `id` int NOT NULL AUTO_INCREMENT,
  `filename` varchar(200),
  `s3_object_path` varchar(200),
  `password` varchar(150) NOT NULL,
  `status` varchar(50) NOT NULL,
  `report_type` varchar(50) NOT NULL,
  `report_subtype` varchar(50),
  `target_date` date,
  `target_date_secondary` date,
  `language` varchar(2) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `admin_user_all_organizations` tinyint(1) NOT NULL,
  `organisaatio_id` int,
  `toimipaikka_id` int,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_z8_excelreport_organisaatio_id_cb2b40f3_fk_varda_org` FOREIGN KEY (`organisaatio_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_z8_excelreport_toimipaikka_id_610769f4_fk_varda_toi` FOREIGN KEY (`toimipaikka_id`) REFERENCES `varda_toimipaikka` (`id`),
  CONSTRAINT `varda_z8_excelreport_user_id_dd7743e0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z8_excelreportlog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `report_id` int,
  `report_type` varchar(50) NOT NULL,
  `report_subtype` varchar(50),
  `target_date` date,
  `target_date_secondary` date,
  `toimipaikka_id` int,
  `started_timestamp` datetime(6) NOT NULL,
  `finished_timestamp` datetime(6) NOT NULL,
  `duration` int NOT NULL,
  `file_size` int NOT NULL,
  `number_of_rows` json NOT NULL,
  `encryption_duration` int NOT NULL,
  `organisaatio_id` int,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `varda_z8_excelreport_organisaatio_id_1792e02b_fk_varda_org` FOREIGN KEY (`organisaatio_id`) REFERENCES `varda_organisaatio` (`id`),
  CONSTRAINT `varda_z8_excelreportlog_user_id_c9917558_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `varda_z9_relatedobjectchanged` (
  `id` int NOT NULL AUTO_INCREMENT,
  `model_name` varchar(200) NOT NULL,
  `instance_id` int NOT NULL,
  `parent_model_name` varchar(200),
  `parent_instance_id` int,
  `trigger_model_name` varchar(200) NOT NULL,
  `trigger_instance_id` int NOT NULL,
  `changed_timestamp` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


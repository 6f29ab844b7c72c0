-- Haitaton (City of Helsinki: nuisance planning and excavation / cable-report permits for construction works in the
-- streets), github.com/City-of-Helsinki/haitaton-backend, commit 650d3ab01c91ab29013604ff25304581b6f7ff42 (MIT).
-- Source: the 128 Liquibase changesets of services/hanke-service/src/main/resources/db/changelog/
-- (db.changelog-master.yaml), applied with Liquibase 4.28.1 to PostgreSQL 15 + PostGIS. Written as MySQL from the
-- catalog: columns in ordinal order; text -> TEXT (VARCHAR(255) in keys), uuid -> CHAR(36), timestamp[tz] ->
-- DATETIME(6), boolean -> TINYINT(1), jsonb -> JSON, geometry -> LONGTEXT, numeric -> DECIMAL(30,10) when
-- unbounded; primary, unique and foreign keys as in PostgreSQL. Four foreign-key columns declared bigint against an
-- integer key (applications.hanke_id, hanke_attachment.hanke_id, hankealue.hankeid, hankealue.geometriat) are
-- written INT, as MySQL requires matching types; bigserial columns outside the primary key
-- (hankealue_historia.hankealue_id, johtoselvitys_historia.hakemuksen_id, kaivuilmoitus_historia.hakemuksen_id,
-- hankegeometria.id) are written without AUTO_INCREMENT. Left out: Liquibase's databasechangelog(lock), PostGIS's
-- spatial_ref_sys, the four partitions of hankegeometria (hankegeometria{point,linestring,polygon,other}: same
-- columns as their parent), the personaldatalogs schema's tables dropped by changeset 011, triggers and functions.
CREATE TABLE `allu_event` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `allu_id` INT NOT NULL,
  `event_time` DATETIME(6) NOT NULL,
  `new_status` VARCHAR(255) NOT NULL,
  `application_identifier` VARCHAR(255) NOT NULL,
  `target_status` VARCHAR(255),
  `status` VARCHAR(255) NOT NULL,
  `stacktrace` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `processed_at` DATETIME(6),
  `retry_count` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_allu_event_alluid_eventtime_newstatus` (`allu_id`, `event_time`, `new_status`)
);

CREATE TABLE `allu_status` (
  `id` BIGINT NOT NULL,
  `history_last_updated` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `hanke` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hanketunnus` VARCHAR(15) NOT NULL,
  `nimi` VARCHAR(100) NOT NULL,
  `kuvaus` TEXT,
  `vaihe` VARCHAR(30),
  `onykthanke` TINYINT(1),
  `version` INT,
  `createdbyuserid` VARCHAR(40),
  `createdat` DATETIME(6),
  `modifiedbyuserid` VARCHAR(40),
  `modifiedat` DATETIME(6),
  `tyomaakatuosoite` TEXT,
  `status` VARCHAR(255) NOT NULL,
  `generated` TINYINT(1) NOT NULL,
  `completedat` DATETIME(6),
  `sent_reminders` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_hanke_hanketunnus` (`hanketunnus`)
);

CREATE TABLE `applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `userid` VARCHAR(40) NOT NULL,
  `alluid` INT,
  `applicationtype` VARCHAR(40) NOT NULL,
  `applicationdata` JSON,
  `allustatus` VARCHAR(255),
  `applicationidentifier` VARCHAR(255),
  `hanke_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_application_hanke` FOREIGN KEY (`hanke_id`) REFERENCES `hanke` (`id`),
  UNIQUE KEY `uk_applications_alluid` (`alluid`),
  UNIQUE KEY `uk_applications_applicationidentifier` (`applicationidentifier`)
);

CREATE TABLE `application_attachment` (
  `id` CHAR(36) NOT NULL,
  `file_name` VARCHAR(256) NOT NULL,
  `created_by_user_id` VARCHAR(40) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `attachment_type` VARCHAR(128) NOT NULL,
  `content_type` TEXT NOT NULL,
  `blob_location` VARCHAR(255) NOT NULL,
  `size` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_attachment_blob_location_key` (`blob_location`),
  CONSTRAINT `fk_attachment_applications` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `audit_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `is_sent` TINYINT(1) NOT NULL,
  `message` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `geometriat` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `version` INT,
  `createdbyuserid` VARCHAR(40),
  `createdat` DATETIME(6),
  `modifiedbyuserid` VARCHAR(40),
  `modifiedat` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `hakemusyhteystieto` (
  `id` CHAR(36) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `tyyppi` VARCHAR(255) NOT NULL,
  `rooli` VARCHAR(255) NOT NULL,
  `nimi` TEXT NOT NULL,
  `sahkoposti` TEXT,
  `puhelinnumero` TEXT,
  `registry_key` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_hakemusyhteystieto_application_rooli` (`application_id`, `rooli`),
  CONSTRAINT `fk_hakemusyhteystieto_applications` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `kayttooikeustaso` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `kayttooikeustaso` VARCHAR(255) NOT NULL,
  `permissioncode` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_role_role` (`kayttooikeustaso`)
);

CREATE TABLE `permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userid` VARCHAR(40) NOT NULL,
  `hankeid` INT NOT NULL,
  `kayttooikeustaso_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_permissions_hanke` FOREIGN KEY (`hankeid`) REFERENCES `hanke` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_permissions_role` FOREIGN KEY (`kayttooikeustaso_id`) REFERENCES `kayttooikeustaso` (`id`)
);

CREATE TABLE `hankekayttaja` (
  `id` CHAR(36) NOT NULL,
  `hanke_id` INT NOT NULL,
  `sahkoposti` VARCHAR(255) NOT NULL,
  `permission_id` INT,
  `etunimi` TEXT NOT NULL,
  `sukunimi` TEXT NOT NULL,
  `puhelin` TEXT NOT NULL,
  `kutsuttu_etunimi` TEXT,
  `kutsuttu_sukunimi` TEXT,
  `kutsuja_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_hankekayttaja_hanke` FOREIGN KEY (`hanke_id`) REFERENCES `hanke` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_hankekayttaja_id` FOREIGN KEY (`kutsuja_id`) REFERENCES `hankekayttaja` (`id`),
  CONSTRAINT `fk_hankekayttaja_permissions` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`),
  UNIQUE KEY `hanke_kayttaja_hanke_id_sahkoposti_idx` (`hanke_id`, `sahkoposti`),
  UNIQUE KEY `hanke_kayttaja_permission_id_idx` (`permission_id`)
);

CREATE TABLE `hakemusyhteyshenkilo` (
  `id` CHAR(36) NOT NULL,
  `hakemusyhteystieto_id` CHAR(36) NOT NULL,
  `hankekayttaja_id` CHAR(36) NOT NULL,
  `tilaaja` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_hakemusyhteyshenkilo_hakemusyhteystieto` FOREIGN KEY (`hakemusyhteystieto_id`) REFERENCES `hakemusyhteystieto` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_hakemusyhteyshenkilo_hankekayttaja` FOREIGN KEY (`hankekayttaja_id`) REFERENCES `hankekayttaja` (`id`) ON DELETE CASCADE
);

CREATE TABLE `hanke_attachment` (
  `id` CHAR(36) NOT NULL,
  `file_name` VARCHAR(256) NOT NULL,
  `created_by_user_id` VARCHAR(40) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `hanke_id` INT NOT NULL,
  `content_type` TEXT NOT NULL,
  `blob_location` VARCHAR(255) NOT NULL,
  `size` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hanke_attachment_blob_location_key` (`blob_location`),
  CONSTRAINT `fk_attachment_hanke` FOREIGN KEY (`hanke_id`) REFERENCES `hanke` (`id`) ON DELETE CASCADE
);

CREATE TABLE `hanke_historia` (
  `dml_id` BIGINT NOT NULL AUTO_INCREMENT,
  `hanke_id` BIGINT,
  `hanketunnus` VARCHAR(15),
  `hankkeen_nimi` VARCHAR(100),
  `hankkeen_kuvaus` TEXT,
  `katuosoite` TEXT,
  `hankkeen_alkupaiva` DATE,
  `hankkeen_loppupaiva` DATE,
  `vaihe` VARCHAR(30),
  `tyon_tyyppi` TEXT,
  `ykt_hanke` TINYINT(1),
  `omistaja_nimi` TEXT,
  `rakennuttaja_nimi` TEXT,
  `tyon_suorittaja_nimi` TEXT,
  `muu_taho` TEXT,
  `muutosaika` DATETIME(6),
  `tallentaja_taho` TEXT,
  `dml_type` VARCHAR(6),
  `dml_timestamp` DATETIME(6),
  `dml_created_by` TEXT,
  PRIMARY KEY (`dml_id`)
);

CREATE TABLE `hankealue` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `haittaalkupvm` DATE,
  `haittaloppupvm` DATE,
  `geometriat` INT,
  `hankeid` INT NOT NULL,
  `nimi` VARCHAR(100) NOT NULL,
  `meluhaitta` VARCHAR(255),
  `polyhaitta` VARCHAR(255),
  `tarinahaitta` VARCHAR(255),
  `kaistahaitta` VARCHAR(255),
  `kaistapituushaitta` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_hanke_hankealue` FOREIGN KEY (`hankeid`) REFERENCES `hanke` (`id`),
  CONSTRAINT `fk_hankealue_geometria` FOREIGN KEY (`geometriat`) REFERENCES `geometriat` (`id`)
);

CREATE TABLE `hankealue_historia` (
  `dml_id` BIGINT NOT NULL AUTO_INCREMENT,
  `hankealue_id` BIGINT NOT NULL,
  `hanke_id` BIGINT,
  `hanketunnus` VARCHAR(14),
  `alueen_nimi` VARCHAR(100),
  `haittojen_alkupaiva` DATE,
  `haittojen_loppupaiva` DATE,
  `meluhaitta` VARCHAR(255),
  `polyhaitta` VARCHAR(255),
  `tarinahaitta` VARCHAR(255),
  `autoliikenteen_kaistahaitta` VARCHAR(255),
  `kaistahaittojen_pituus` VARCHAR(255),
  `haittaindeksi_pyoraliikenne` INT,
  `haittaindeksi_autoliikenne` INT,
  `haittaindeksi_linja_autojen_paikallisliikenne` INT,
  `haittaindeksi_raitioliikenne` INT,
  `hankealueen_geometria` LONGTEXT,
  `muutosaika` DATETIME(6),
  `tallentaja_taho` TEXT,
  `dml_type` TEXT,
  `dml_timestamp` DATETIME(6),
  `dml_created_by` TEXT,
  PRIMARY KEY (`dml_id`)
);

CREATE TABLE `hankegeometria` (
  `id` INT NOT NULL,
  `hankegeometriatid` INT,
  `geometria` LONGTEXT,
  `parametrit` JSON,
  CONSTRAINT `fk_hankegeometria` FOREIGN KEY (`hankegeometriatid`) REFERENCES `geometriat` (`id`) ON DELETE CASCADE
);

CREATE TABLE `hanketyomaatyyppi` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hankeid` INT NOT NULL,
  `tyomaatyyppi` VARCHAR(30),
  PRIMARY KEY (`id`),
  UNIQUE KEY `hanketyomaatyyppi_hankeid_tyomaatyyppi_key` (`hankeid`, `tyomaatyyppi`),
  CONSTRAINT `fk_hanke_hanketyomaatyyppi` FOREIGN KEY (`hankeid`) REFERENCES `hanke` (`id`) ON DELETE CASCADE
);

CREATE TABLE `hankeyhteystieto` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contacttype` TEXT NOT NULL,
  `hankeid` INT NOT NULL,
  `puhelinnumero` VARCHAR(20),
  `email` VARCHAR(100),
  `organisaationimi` VARCHAR(200),
  `osasto` VARCHAR(200),
  `createdbyuserid` VARCHAR(40),
  `createdat` DATETIME(6),
  `modifiedbyuserid` VARCHAR(40),
  `modifiedat` DATETIME(6),
  `nimi` TEXT,
  `rooli` TEXT,
  `tyyppi` TEXT,
  `y_tunnus` VARCHAR(9),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_hanke_hankeyhteystieto` FOREIGN KEY (`hankeid`) REFERENCES `hanke` (`id`) ON DELETE CASCADE
);

CREATE TABLE `hankeyhteyshenkilo` (
  `id` CHAR(36) NOT NULL,
  `hankekayttaja_id` CHAR(36) NOT NULL,
  `hankeyhteystieto_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_hankeyhteyshenkilo_hankekayttaja` FOREIGN KEY (`hankekayttaja_id`) REFERENCES `hankekayttaja` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_hankeyhteyshenkilo_hankeyhteystieto` FOREIGN KEY (`hankeyhteystieto_id`) REFERENCES `hankeyhteystieto` (`id`) ON DELETE CASCADE,
  UNIQUE KEY `uk_hankekayttaja_hankeyhteystieto` (`hankekayttaja_id`, `hankeyhteystieto_id`)
);

CREATE TABLE `hankkeen_haittojenhallintasuunnitelma` (
  `hankealue_id` BIGINT NOT NULL,
  `tyyppi` VARCHAR(255) NOT NULL,
  `sisalto` TEXT NOT NULL,
  PRIMARY KEY (`hankealue_id`, `tyyppi`),
  CONSTRAINT `fk_hanke` FOREIGN KEY (`hankealue_id`) REFERENCES `hankealue` (`id`) ON DELETE CASCADE
);

CREATE TABLE `idcounter` (
  `countertype` VARCHAR(20) NOT NULL,
  `year` INT,
  `value` INT,
  PRIMARY KEY (`countertype`)
);

CREATE TABLE `int_lock` (
  `lock_key` CHAR(36) NOT NULL,
  `region` VARCHAR(100) NOT NULL,
  `client_id` CHAR(36),
  `created_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`lock_key`, `region`)
);

CREATE TABLE `johtoselvitys_historia` (
  `dml_id` BIGINT NOT NULL AUTO_INCREMENT,
  `hanketunnus` VARCHAR(14),
  `hakemuksen_id` BIGINT NOT NULL,
  `hakemuksen_tunnus` VARCHAR(255),
  `hakemuksen_tila` VARCHAR(255),
  `tyon_nimi` TEXT,
  `katuosoite` TEXT,
  `uuden_rakenteen_tai_johdon_rakentamisesta` TEXT,
  `olemassaolevan_rakenteen_kunnossapitotyosta` TEXT,
  `kiinteistoliittymien_rakentamisesta` TEXT,
  `kaivutyo_on_aloitettu_ennen_johtoselvityksen_tilaamista` TEXT,
  `louhitaanko` TEXT,
  `tyon_kuvaus` TEXT,
  `arvioitu_alkupaiva` DATETIME(6),
  `arvioitu_loppupaiva` DATETIME(6),
  `tyosta_vastaava` TEXT,
  `tyon_suorittaja` TEXT,
  `rakennuttaja` TEXT,
  `asianhoitaja` TEXT,
  `pinta_ala` DECIMAL(30,10),
  `geometria` LONGTEXT,
  `muutosaika` DATETIME(6),
  `tallentaja_taho` TEXT,
  `dml_type` TEXT,
  `dml_timestamp` DATETIME(6),
  `dml_created_by` TEXT,
  PRIMARY KEY (`dml_id`)
);

CREATE TABLE `kaivuilmoitus_historia` (
  `dml_id` BIGINT NOT NULL AUTO_INCREMENT,
  `hanketunnus` VARCHAR(14),
  `hakemuksen_id` BIGINT NOT NULL,
  `hakemuksen_tunnus` VARCHAR(255),
  `hakemuksen_tila` VARCHAR(255),
  `tyon_nimi` TEXT,
  `tyon_kuvaus` TEXT,
  `uuden_rakenteen_tai_johdon_rakentamisesta` TEXT,
  `olemassaolevan_rakenteen_kunnossapitotyosta` TEXT,
  `kaivutyo_on_aloitettu_ennen_johtoselvityksen_tilaamista` TEXT,
  `liittyvien_johtoselvitysten_tunnukset` TEXT,
  `liittyvien_sijoitussopimusten_tunnukset` TEXT,
  `tyon_alkupaiva` DATETIME(6),
  `tyon_loppupaiva` DATETIME(6),
  `toiminnallisen_kunnon_ilmoitettu_paiva` DATETIME(6),
  `tyo_valmis_ilmoitettu_paiva` DATETIME(6),
  `tyosta_vastaava` TEXT,
  `tyon_suorittaja` TEXT,
  `rakennuttaja` TEXT,
  `asianhoitaja` TEXT,
  `laskutettava` TEXT,
  `muutosaika` DATETIME(6),
  `tallentaja_taho` TEXT,
  `dml_type` TEXT,
  `dml_timestamp` DATETIME(6),
  `dml_created_by` TEXT,
  PRIMARY KEY (`dml_id`)
);

CREATE TABLE `kaivuilmoitusalueet_historia` (
  `dml_id` BIGINT NOT NULL AUTO_INCREMENT,
  `hanketunnus` VARCHAR(14),
  `hakemuksen_id` BIGINT,
  `liittyvan_hankealueen_id` BIGINT,
  `katuosoite` VARCHAR(255),
  `tyon_tarkoitus` TEXT,
  `meluhaitta` VARCHAR(255),
  `polyhaitta` VARCHAR(255),
  `tarinahaitta` VARCHAR(255),
  `autoliikenteen_kaistahaitta` VARCHAR(255),
  `kaistahaittojen_pituus` VARCHAR(255),
  `pinta_ala` DECIMAL(30,10),
  `haittaindeksi_pyoraliikenne` DECIMAL(30,10),
  `haittaindeksi_autoliikenne` DECIMAL(30,10),
  `haittaindeksi_linja_autojen_paikallisliikenne` DECIMAL(30,10),
  `haittaindeksi_raitioliikenne` DECIMAL(30,10),
  `tyoalueen_geometria` LONGTEXT,
  `muutosaika` DATETIME(6),
  `tallentaja_taho` TEXT,
  `dml_type` TEXT,
  `dml_timestamp` DATETIME(6),
  `dml_created_by` TEXT,
  `hankealue_json_as_text` TEXT,
  PRIMARY KEY (`dml_id`)
);

CREATE TABLE `kayttajakutsu` (
  `id` CHAR(36) NOT NULL,
  `tunniste` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `kayttooikeustaso` VARCHAR(255) NOT NULL,
  `hankekayttaja_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_kayttajakutsu_hankekayttaja` FOREIGN KEY (`hankekayttaja_id`) REFERENCES `hankekayttaja` (`id`) ON DELETE CASCADE
);

CREATE TABLE `muutosilmoitus` (
  `id` CHAR(36) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `sent` DATETIME(6),
  `application_data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_muutosilmoitus_application_id` (`application_id`),
  CONSTRAINT `fk_muutosilmoitus_applications` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `muutosilmoituksen_liite` (
  `id` CHAR(36) NOT NULL,
  `muutosilmoitus_id` CHAR(36) NOT NULL,
  `file_name` VARCHAR(255) NOT NULL,
  `attachment_type` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255) NOT NULL,
  `size` BIGINT NOT NULL,
  `blob_location` VARCHAR(255) NOT NULL,
  `created_by_user_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_liite_muutosilmoitus` FOREIGN KEY (`muutosilmoitus_id`) REFERENCES `muutosilmoitus` (`id`) ON DELETE CASCADE
);

CREATE TABLE `muutosilmoituksen_yhteystieto` (
  `id` CHAR(36) NOT NULL,
  `muutosilmoitus_id` CHAR(36) NOT NULL,
  `tyyppi` VARCHAR(255) NOT NULL,
  `rooli` VARCHAR(255) NOT NULL,
  `nimi` TEXT NOT NULL,
  `sahkoposti` TEXT,
  `puhelinnumero` TEXT,
  `registry_key` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_muutosilmoituksen_yhteystieto_rooli` (`muutosilmoitus_id`, `rooli`),
  CONSTRAINT `fk_muutosilmoituksen_yhteystieto_muutosilmoitus` FOREIGN KEY (`muutosilmoitus_id`) REFERENCES `muutosilmoitus` (`id`) ON DELETE CASCADE
);

CREATE TABLE `muutosilmoituksen_yhteyshenkilo` (
  `id` CHAR(36) NOT NULL,
  `muutosilmoituksen_yhteystieto_id` CHAR(36) NOT NULL,
  `hankekayttaja_id` CHAR(36) NOT NULL,
  `tilaaja` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_muutosilmoituksen_yhteyshenkilo_hankekayttaja` FOREIGN KEY (`hankekayttaja_id`) REFERENCES `hankekayttaja` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_muutosilmoituksen_yhteyshenkilo_yhteystieto` FOREIGN KEY (`muutosilmoituksen_yhteystieto_id`) REFERENCES `muutosilmoituksen_yhteystieto` (`id`) ON DELETE CASCADE
);

CREATE TABLE `paatos` (
  `id` CHAR(36) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `hakemustunnus` VARCHAR(255) NOT NULL,
  `tyyppi` VARCHAR(255) NOT NULL,
  `tila` VARCHAR(255) NOT NULL,
  `nimi` VARCHAR(255) NOT NULL,
  `alkupaiva` DATE NOT NULL,
  `loppupaiva` DATE NOT NULL,
  `blob_location` VARCHAR(255) NOT NULL,
  `size` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_paatos_applications` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE,
  UNIQUE KEY `uk_paatos_hakemustunnus_tyyppi` (`hakemustunnus`, `tyyppi`)
);

CREATE TABLE `taydennyspyynto` (
  `id` CHAR(36) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `allu_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_taydennyspyynto_allu_id` (`allu_id`),
  UNIQUE KEY `uk_taydennyspyynto_application_id` (`application_id`),
  CONSTRAINT `fk_taydennyspyynto_applications` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `taydennys` (
  `id` CHAR(36) NOT NULL,
  `taydennyspyynto_id` CHAR(36) NOT NULL,
  `application_data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_taydennys_taydennyspyynto_id` (`taydennyspyynto_id`),
  CONSTRAINT `fk_taydennys_taydennyspyynto` FOREIGN KEY (`taydennyspyynto_id`) REFERENCES `taydennyspyynto` (`id`) ON DELETE CASCADE
);

CREATE TABLE `taydennys_liite` (
  `id` CHAR(36) NOT NULL,
  `taydennys_id` CHAR(36) NOT NULL,
  `file_name` VARCHAR(255) NOT NULL,
  `attachment_type` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255) NOT NULL,
  `size` BIGINT NOT NULL,
  `blob_location` VARCHAR(255) NOT NULL,
  `created_by_user_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_liite_taydennys` FOREIGN KEY (`taydennys_id`) REFERENCES `taydennys` (`id`) ON DELETE CASCADE
);

CREATE TABLE `taydennyspyynnon_kentta` (
  `taydennyspyynto_id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`taydennyspyynto_id`, `key`),
  CONSTRAINT `fk_taydennyspyynnon_kentat_applications` FOREIGN KEY (`taydennyspyynto_id`) REFERENCES `taydennyspyynto` (`id`) ON DELETE CASCADE
);

CREATE TABLE `taydennysyhteystieto` (
  `id` CHAR(36) NOT NULL,
  `taydennys_id` CHAR(36) NOT NULL,
  `tyyppi` VARCHAR(255) NOT NULL,
  `rooli` VARCHAR(255) NOT NULL,
  `nimi` TEXT NOT NULL,
  `sahkoposti` TEXT,
  `puhelinnumero` TEXT,
  `registry_key` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_taydennys_rooli` (`taydennys_id`, `rooli`),
  CONSTRAINT `fk_taydennysyhteystieto_taydennys` FOREIGN KEY (`taydennys_id`) REFERENCES `taydennys` (`id`) ON DELETE CASCADE
);

CREATE TABLE `taydennysyhteyshenkilo` (
  `id` CHAR(36) NOT NULL,
  `taydennysyhteystieto_id` CHAR(36) NOT NULL,
  `hankekayttaja_id` CHAR(36) NOT NULL,
  `tilaaja` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_taydennysyhteyshenkilo_hankekayttaja` FOREIGN KEY (`hankekayttaja_id`) REFERENCES `hankekayttaja` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_taydennysyhteyshenkilo_taydennysyhteystieto` FOREIGN KEY (`taydennysyhteystieto_id`) REFERENCES `taydennysyhteystieto` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tormaystarkastelutulos` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `autoliikenne` DECIMAL(2,1) NOT NULL,
  `pyoraliikenne` DECIMAL(2,1) NOT NULL,
  `createdat` DATETIME(6),
  `linjaautoliikenne` DECIMAL(2,1) NOT NULL,
  `raitioliikenne` DECIMAL(2,1) NOT NULL,
  `hankealue_id` BIGINT NOT NULL,
  `haitan_kesto` INT NOT NULL,
  `katuluokka` INT NOT NULL,
  `autoliikennemaara` INT NOT NULL,
  `kaistahaitta` INT NOT NULL,
  `kaistapituushaitta` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tormaystarkastelutulos_hankealue` FOREIGN KEY (`hankealue_id`) REFERENCES `hankealue` (`id`)
);

CREATE TABLE `ui_notification_banner_types` (
  `id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ui_notification_banner` (
  `id` VARCHAR(255) NOT NULL,
  `text_fi` TEXT NOT NULL,
  `text_sv` TEXT NOT NULL,
  `text_en` TEXT NOT NULL,
  `label_fi` TEXT NOT NULL,
  `label_sv` TEXT NOT NULL,
  `label_en` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ui_notification_banner_id_fkey` FOREIGN KEY (`id`) REFERENCES `ui_notification_banner_types` (`id`)
);

CREATE TABLE `valmistumisilmoitus` (
  `id` CHAR(36) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `type` TEXT NOT NULL,
  `hakemustunnus` TEXT NOT NULL,
  `date_reported` DATE NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ilmoitukset_applications` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
);


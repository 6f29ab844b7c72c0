-- Open Zaak (Dutch municipalities' case registration: the "Zaakgericht Werken" Zaken, Catalogi, Besluiten, Documenten
-- and Autorisaties APIs of VNG Realisatie's Common Ground standards)
-- Upstream: github.com/open-zaak/open-zaak (version 1.30.0), repository commit 90dd5eb0b47853af0e445187cc61ddd8ec5f64ea,
-- its Django migrations (src/openzaak/**/migrations) and those of the pinned packages it installs
-- (requirements/base.txt: Django 5.2.17, commonground-api-common 2.14.0, django-axes 6.5.1, django-otp 1.5.0,
-- django-two-factor-auth 1.17.0, maykin-2fa 1.0.1, zgw-consumers 2.0.3, django-log-outgoing-requests 0.9.1,
-- notifications-api-common 0.13.0). Licence: EUPL-1.2.
-- How it was made: the pinned requirements were installed in a scratch virtualenv and `manage.py migrate` run against
-- a scratch PostgreSQL/PostGIS database (Python 3.11 instead of the required 3.12: PEP 695 type-alias and generic
-- syntax in a few installed packages was rewritten so that they import; no model or migration was changed). Each
-- kept table's columns (names, creation order, types, NOT NULL), primary keys, unique constraints, plain unique
-- indexes and foreign keys were read from the catalogue and written as MySQL. Types: uuid -> CHAR(36); varchar(n)
-- kept; text -> TEXT; timestamptz -> DATETIME(6); date -> DATE; boolean -> TINYINT(1); integer/bigint/smallint kept;
-- identity columns -> AUTO_INCREMENT; jsonb -> JSON; bytea -> LONGBLOB; interval -> VARCHAR(64); ArrayField -> TEXT;
-- PostGIS geometry -> LONGTEXT. Non-unique indexes, defaults and check constraints are left out; tables reordered so
-- that referenced tables come first; the one foreign key closing a cycle
-- (documenten_enkelvoudiginformatieobject.canonical_id) is added at the end.
-- Kept 58 of Open Zaak's 127 tables (PostGIS's spatial_ref_sys not counted). Left out: the zaakobject sub-type tables
-- (zaken_buurt, _gemeente, _gemeentelijkeopenbareruimte, _inrichtingselement, _kunstwerkdeel,
-- _maatschappelijkeactiviteit, _openbareruimte, _overige, _pand, _spoorbaandeel, _terreindeel, _terreingebouwdobject,
-- _waterdeel, _wegdeel, _wijk, _woonplaats, _wozdeelobject, _wozobject, _wozwaarde), zaken_zaakrelatie, the
-- catalogue's other tables (catalogi_checklistitem, _eigenschap, _eigenschapspecificatie, _zaakobjecttype,
-- _zaaktypeinformatieobjecttype, _zaaktypenrelatie and six many-to-many tables), documenten_bestandsdeel,
-- documenten_reserveddocument, autorisaties_catalogusautorisatie, authorizations_authorizationsconfig,
-- selectielijst_referentielijstconfig, config_featureflags, config_internalservice, the admin-index, OIDC
-- (mozilla_django_oidc_db_*), certificate (simple_certmanager_*), Celery beat, db-logger, upgrade-check,
-- session-profile and NLX tables, notifications_api_common_failednotification / _notificationresponse /
-- _subscription, log_outgoing_requests_outgoingrequestslogconfig, otp_static_staticdevice / _statictoken,
-- axes_accessfailurelog, and Django's auth_permission, auth_group_permissions, accounts_user_user_permissions,
-- django_content_type, django_migrations and django_site. Foreign keys to tables left out are dropped.

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_groups_user_id_group_id_59c0b32f_uniq` (`user_id`, `group_id`),
  CONSTRAINT `accounts_user_groups_group_id_bd11a704_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `accounts_user_groups_user_id_52b62117_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessattempt` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_agent` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(45),
  `username` VARCHAR(255),
  `http_accept` VARCHAR(1025) NOT NULL,
  `path_info` VARCHAR(255) NOT NULL,
  `attempt_time` DATETIME(6) NOT NULL,
  `get_data` TEXT NOT NULL,
  `post_data` TEXT NOT NULL,
  `failures_since_start` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq` (`username`, `ip_address`, `user_agent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accesslog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_agent` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(45),
  `username` VARCHAR(255),
  `http_accept` VARCHAR(1025) NOT NULL,
  `path_info` VARCHAR(255) NOT NULL,
  `attempt_time` DATETIME(6) NOT NULL,
  `logout_time` DATETIME(6),
  `session_hash` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `otp_totp_totpdevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  `confirmed` TINYINT(1) NOT NULL,
  `key` VARCHAR(80) NOT NULL,
  `step` SMALLINT NOT NULL,
  `t0` BIGINT NOT NULL,
  `digits` SMALLINT NOT NULL,
  `tolerance` SMALLINT NOT NULL,
  `drift` SMALLINT NOT NULL,
  `last_t` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  `throttling_failure_count` INT NOT NULL,
  `throttling_failure_timestamp` DATETIME(6),
  `created_at` DATETIME(6),
  `last_used_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `otp_totp_totpdevice_user_id_0fb18292_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `two_factor_webauthn_webauthndevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  `confirmed` TINYINT(1) NOT NULL,
  `throttling_failure_timestamp` DATETIME(6),
  `throttling_failure_count` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `last_used_at` DATETIME(6),
  `public_key` TEXT NOT NULL,
  `key_handle` TEXT NOT NULL,
  `sign_count` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `two_factor_webauthn__user_id_b4d137ec_fk_accounts_` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audittrails_audittrail` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `bron` VARCHAR(50) NOT NULL,
  `actie` VARCHAR(50) NOT NULL,
  `actie_weergave` VARCHAR(200) NOT NULL,
  `resultaat` INT NOT NULL,
  `hoofd_object` VARCHAR(1000) NOT NULL,
  `resource` VARCHAR(50) NOT NULL,
  `resource_url` VARCHAR(1000) NOT NULL,
  `aanmaakdatum` DATETIME(6) NOT NULL,
  `oud` JSON,
  `nieuw` JSON,
  `applicatie_id` VARCHAR(100) NOT NULL,
  `applicatie_weergave` VARCHAR(200) NOT NULL,
  `gebruikers_id` VARCHAR(255) NOT NULL,
  `gebruikers_weergave` VARCHAR(255) NOT NULL,
  `toelichting` TEXT NOT NULL,
  `resource_weergave` VARCHAR(200) NOT NULL,
  `logrecord_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `audittrails_audittrail_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorizations_applicatie` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `client_ids` TEXT NOT NULL,
  `label` VARCHAR(100) NOT NULL,
  `heeft_alle_autorisaties` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authorizations_applicatie_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorizations_autorisatie` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `component` VARCHAR(50) NOT NULL,
  `zaaktype` VARCHAR(1000) NOT NULL,
  `scopes` TEXT NOT NULL,
  `max_vertrouwelijkheidaanduiding` VARCHAR(20) NOT NULL,
  `applicatie_id` INT NOT NULL,
  `besluittype` VARCHAR(1000) NOT NULL,
  `informatieobjecttype` VARCHAR(1000) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `authorizations_autor_applicatie_id_44348ea1_fk_authoriza` FOREIGN KEY (`applicatie_id`) REFERENCES `authorizations_applicatie` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vng_api_common_jwtsecret` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(50) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vng_api_common_jwtsecret_identifier_key` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zgw_consumers_service` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(100) NOT NULL,
  `api_type` VARCHAR(20) NOT NULL,
  `api_root` VARCHAR(255) NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `auth_type` VARCHAR(30) NOT NULL,
  `header_key` VARCHAR(100) NOT NULL,
  `header_value` VARCHAR(255) NOT NULL,
  `nlx` VARCHAR(1000) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `user_representation` VARCHAR(255) NOT NULL,
  `client_certificate_id` INT,
  `server_certificate_id` INT,
  `uuid` CHAR(36) NOT NULL,
  `timeout` SMALLINT NOT NULL,
  `api_connection_check_path` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `jwt_valid_for` INT NOT NULL,
  `oauth2_scope` VARCHAR(255) NOT NULL,
  `oauth2_token_url` VARCHAR(1000) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zgw_consumers_service_api_root_key` (`api_root`),
  UNIQUE KEY `zgw_consumers_service_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_api_common_notificationsconfig` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `notifications_api_service_id` INT,
  `notification_delivery_max_retries` INT NOT NULL,
  `notification_delivery_retry_backoff` INT NOT NULL,
  `notification_delivery_retry_backoff_max` INT NOT NULL,
  `notification_delivery_base_factor` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_api_co_notifications_api_se_a01ce244_fk_zgw_consu` FOREIGN KEY (`notifications_api_service_id`) REFERENCES `zgw_consumers_service` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_outgoing_requests_outgoingrequestslog` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `url` TEXT NOT NULL,
  `hostname` VARCHAR(255) NOT NULL,
  `params` TEXT NOT NULL,
  `status_code` INT,
  `method` VARCHAR(10) NOT NULL,
  `req_content_type` VARCHAR(50) NOT NULL,
  `res_content_type` VARCHAR(50) NOT NULL,
  `req_headers` TEXT NOT NULL,
  `res_headers` TEXT NOT NULL,
  `response_ms` INT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `trace` TEXT NOT NULL,
  `req_body` LONGBLOB NOT NULL,
  `req_body_encoding` VARCHAR(24) NOT NULL,
  `res_body` LONGBLOB NOT NULL,
  `res_body_encoding` VARCHAR(24) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `import_data_import` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `status` VARCHAR(30) NOT NULL,
  `import_type` VARCHAR(30) NOT NULL,
  `import_file` VARCHAR(100),
  `report_file` VARCHAR(100),
  `comment` TEXT NOT NULL,
  `created_on` DATETIME(6) NOT NULL,
  `started_on` DATETIME(6),
  `finished_on` DATETIME(6),
  `total` INT NOT NULL,
  `processed` INT NOT NULL,
  `processed_successfully` INT NOT NULL,
  `processed_invalid` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `catalogi_catalogus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `naam` VARCHAR(200) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `domein` VARCHAR(5) NOT NULL,
  `rsin` VARCHAR(9) NOT NULL,
  `contactpersoon_beheer_naam` VARCHAR(40) NOT NULL,
  `contactpersoon_beheer_telefoonnummer` VARCHAR(20) NOT NULL,
  `contactpersoon_beheer_emailadres` VARCHAR(254) NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  `begindatum_versie` DATE,
  `versie` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `catalogi_catalogus_domein_rsin_3babbef6_uniq` (`domein`, `rsin`),
  UNIQUE KEY `catalogi_catalogus_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `catalogi_zaaktype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `datum_begin_geldigheid` DATE NOT NULL,
  `datum_einde_geldigheid` DATE,
  `concept` TINYINT(1) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `identificatie` VARCHAR(50) NOT NULL,
  `zaaktype_omschrijving` VARCHAR(80) NOT NULL,
  `zaaktype_omschrijving_generiek` VARCHAR(80) NOT NULL,
  `vertrouwelijkheidaanduiding` VARCHAR(20) NOT NULL,
  `doel` TEXT NOT NULL,
  `aanleiding` TEXT NOT NULL,
  `toelichting` TEXT NOT NULL,
  `indicatie_intern_of_extern` VARCHAR(6) NOT NULL,
  `handeling_initiator` VARCHAR(20) NOT NULL,
  `onderwerp` VARCHAR(80) NOT NULL,
  `handeling_behandelaar` VARCHAR(20) NOT NULL,
  `doorlooptijd_behandeling` VARCHAR(64) NOT NULL,
  `servicenorm_behandeling` VARCHAR(64),
  `opschorting_en_aanhouding_mogelijk` TINYINT(1) NOT NULL,
  `verlenging_mogelijk` TINYINT(1) NOT NULL,
  `verlengingstermijn` VARCHAR(64),
  `trefwoorden` TEXT NOT NULL,
  `publicatie_indicatie` TINYINT(1) NOT NULL,
  `publicatietekst` TEXT NOT NULL,
  `verantwoordingsrelatie` TEXT NOT NULL,
  `versiedatum` DATE NOT NULL,
  `producten_of_diensten` TEXT NOT NULL,
  `selectielijst_procestype` VARCHAR(200) NOT NULL,
  `referentieproces_naam` VARCHAR(80) NOT NULL,
  `referentieproces_link` VARCHAR(200) NOT NULL,
  `catalogus_id` INT NOT NULL,
  `selectielijst_procestype_jaar` INT,
  `_etag` VARCHAR(32) NOT NULL,
  `verantwoordelijke` VARCHAR(50) NOT NULL,
  `broncatalogus_domein` VARCHAR(5) NOT NULL,
  `broncatalogus_rsin` VARCHAR(9) NOT NULL,
  `broncatalogus_url` VARCHAR(200) NOT NULL,
  `bronzaaktype_identificatie` VARCHAR(50) NOT NULL,
  `bronzaaktype_omschrijving` VARCHAR(80) NOT NULL,
  `bronzaaktype_url` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `catalogi_zaaktype_uuid_key` (`uuid`),
  CONSTRAINT `catalogi_zaaktype_catalogus_id_71624161_fk_catalogi_` FOREIGN KEY (`catalogus_id`) REFERENCES `catalogi_catalogus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `catalogi_roltype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `omschrijving` VARCHAR(100) NOT NULL,
  `omschrijving_generiek` VARCHAR(20) NOT NULL,
  `zaaktype_id` INT NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  `datum_begin_geldigheid` DATE,
  `datum_einde_geldigheid` DATE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `catalogi_roltype_zaaktype_id_omschrijving_dd4e4a35_uniq` (`zaaktype_id`, `omschrijving`),
  CONSTRAINT `catalogi_roltype_zaaktype_id_9e2bbcd7_fk_catalogi_zaaktype_id` FOREIGN KEY (`zaaktype_id`) REFERENCES `catalogi_zaaktype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `catalogi_statustype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `statustype_omschrijving` VARCHAR(80) NOT NULL,
  `statustype_omschrijving_generiek` VARCHAR(80) NOT NULL,
  `statustypevolgnummer` SMALLINT NOT NULL,
  `informeren` TINYINT(1) NOT NULL,
  `statustekst` VARCHAR(1000) NOT NULL,
  `toelichting` VARCHAR(1000),
  `zaaktype_id` INT NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  `doorlooptijd` VARCHAR(64),
  `datum_begin_geldigheid` DATE,
  `datum_einde_geldigheid` DATE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `catalogi_statustype_uuid_key` (`uuid`),
  UNIQUE KEY `catalogi_statustype_zaaktype_id_statustypevo_dbc48c1e_uniq` (`zaaktype_id`, `statustypevolgnummer`),
  CONSTRAINT `catalogi_statustype_zaaktype_id_3f881e8f_fk_catalogi_` FOREIGN KEY (`zaaktype_id`) REFERENCES `catalogi_zaaktype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `catalogi_resultaattype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `omschrijving` VARCHAR(30) NOT NULL,
  `resultaattypeomschrijving` VARCHAR(1000) NOT NULL,
  `omschrijving_generiek` VARCHAR(20) NOT NULL,
  `selectielijstklasse` VARCHAR(1000) NOT NULL,
  `archiefnominatie` VARCHAR(20) NOT NULL,
  `archiefactietermijn` VARCHAR(64),
  `brondatum_archiefprocedure_afleidingswijze` VARCHAR(20) NOT NULL,
  `brondatum_archiefprocedure_datumkenmerk` VARCHAR(80) NOT NULL,
  `brondatum_archiefprocedure_einddatum_bekend` TINYINT(1) NOT NULL,
  `brondatum_archiefprocedure_objecttype` VARCHAR(80) NOT NULL,
  `brondatum_archiefprocedure_registratie` VARCHAR(80) NOT NULL,
  `brondatum_archiefprocedure_procestermijn` VARCHAR(64),
  `toelichting` TEXT NOT NULL,
  `zaaktype_id` INT NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  `indicatie_specifiek` TINYINT(1),
  `procesobjectaard` VARCHAR(200) NOT NULL,
  `procestermijn` VARCHAR(64),
  `datum_begin_geldigheid` DATE,
  `datum_einde_geldigheid` DATE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `catalogi_resultaattype_uuid_key` (`uuid`),
  UNIQUE KEY `catalogi_resultaattype_zaaktype_id_omschrijving_5b1fcf00_uniq` (`zaaktype_id`, `omschrijving`),
  CONSTRAINT `catalogi_resultaatty_zaaktype_id_1b9386d6_fk_catalogi_` FOREIGN KEY (`zaaktype_id`) REFERENCES `catalogi_zaaktype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `catalogi_informatieobjecttype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `datum_begin_geldigheid` DATE NOT NULL,
  `datum_einde_geldigheid` DATE,
  `concept` TINYINT(1) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `omschrijving` VARCHAR(80) NOT NULL,
  `vertrouwelijkheidaanduiding` VARCHAR(20) NOT NULL,
  `catalogus_id` INT NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  `omschrijving_generiek_definitie` VARCHAR(255) NOT NULL,
  `omschrijving_generiek_herkomst` VARCHAR(12) NOT NULL,
  `omschrijving_generiek_hierarchie` VARCHAR(80) NOT NULL,
  `omschrijving_generiek_informatieobjecttype` VARCHAR(80) NOT NULL,
  `omschrijving_generiek_opmerking` VARCHAR(255) NOT NULL,
  `trefwoord` TEXT NOT NULL,
  `informatieobjectcategorie` VARCHAR(80) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `catalogi_informatieobjecttype_uuid_key` (`uuid`),
  CONSTRAINT `catalogi_informatieo_catalogus_id_4c7daf14_fk_catalogi_` FOREIGN KEY (`catalogus_id`) REFERENCES `catalogi_catalogus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `catalogi_besluittype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `datum_begin_geldigheid` DATE NOT NULL,
  `datum_einde_geldigheid` DATE,
  `concept` TINYINT(1) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `omschrijving` VARCHAR(80) NOT NULL,
  `omschrijving_generiek` VARCHAR(80) NOT NULL,
  `besluitcategorie` VARCHAR(40) NOT NULL,
  `reactietermijn` VARCHAR(64),
  `publicatie_indicatie` TINYINT(1) NOT NULL,
  `publicatietekst` TEXT NOT NULL,
  `publicatietermijn` VARCHAR(64),
  `toelichting` TEXT NOT NULL,
  `catalogus_id` INT NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `catalogi_besluittype_uuid_key` (`uuid`),
  CONSTRAINT `catalogi_besluittype_catalogus_id_30090666_fk_catalogi_` FOREIGN KEY (`catalogus_id`) REFERENCES `catalogi_catalogus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documenten_enkelvoudiginformatieobject` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identificatie` VARCHAR(40) NOT NULL,
  `bronorganisatie` VARCHAR(9) NOT NULL,
  `creatiedatum` DATE NOT NULL,
  `titel` VARCHAR(200) NOT NULL,
  `vertrouwelijkheidaanduiding` VARCHAR(20) NOT NULL,
  `auteur` VARCHAR(200) NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `beschrijving` TEXT NOT NULL,
  `ontvangstdatum` DATE,
  `verzenddatum` DATE,
  `indicatie_gebruiksrecht` TINYINT(1),
  `ondertekening_soort` VARCHAR(10) NOT NULL,
  `ondertekening_datum` DATE,
  `uuid` CHAR(36) NOT NULL,
  `formaat` VARCHAR(255) NOT NULL,
  `taal` VARCHAR(3) NOT NULL,
  `bestandsnaam` VARCHAR(255) NOT NULL,
  `inhoud` VARCHAR(100) NOT NULL,
  `link` VARCHAR(200) NOT NULL,
  `integriteit_algoritme` VARCHAR(20) NOT NULL,
  `integriteit_waarde` VARCHAR(128) NOT NULL,
  `integriteit_datum` DATE,
  `versie` INT NOT NULL,
  `begin_registratie` DATETIME(6) NOT NULL,
  `_informatieobjecttype_id` INT,
  `canonical_id` INT NOT NULL,
  `bestandsomvang` BIGINT,
  `_informatieobjecttype_base_url_id` INT,
  `_informatieobjecttype_relative_url` VARCHAR(1000),
  `verschijningsvorm` TEXT NOT NULL,
  `trefwoorden` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documenten_enkelvoudigin_uuid_versie_092d5391_uniq` (`uuid`, `versie`),
  CONSTRAINT `documenten_enkelvoud__informatieobjecttyp_39963af4_fk_catalogi_` FOREIGN KEY (`_informatieobjecttype_id`) REFERENCES `catalogi_informatieobjecttype` (`id`),
  CONSTRAINT `documenten_enkelvoud__informatieobjecttyp_87017c6f_fk_zgw_consu` FOREIGN KEY (`_informatieobjecttype_base_url_id`) REFERENCES `zgw_consumers_service` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documenten_enkelvoudiginformatieobjectcanonical` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lock` VARCHAR(100) NOT NULL,
  `latest_version_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documenten_enkelvoudiginformatieobjectcan_latest_version_id_key` (`latest_version_id`),
  CONSTRAINT `documenten_enkelvoud_latest_version_id_c59e9dbd_fk_documente` FOREIGN KEY (`latest_version_id`) REFERENCES `documenten_enkelvoudiginformatieobject` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documenten_gebruiksrechten` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `omschrijving_voorwaarden` TEXT NOT NULL,
  `startdatum` DATETIME(6) NOT NULL,
  `einddatum` DATETIME(6),
  `informatieobject_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documenten_gebruiksrechten_uuid_key` (`uuid`),
  CONSTRAINT `documenten_gebruiksr_informatieobject_id_4d33d625_fk_documente` FOREIGN KEY (`informatieobject_id`) REFERENCES `documenten_enkelvoudiginformatieobjectcanonical` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zaakidentificatie` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identificatie` VARCHAR(40) NOT NULL,
  `bronorganisatie` VARCHAR(9) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_bronorganisation_identification` (`identificatie`, `bronorganisatie`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zaak` (
  `id` INT,
  `uuid` CHAR(36) NOT NULL,
  `identificatie` VARCHAR(40) NOT NULL,
  `bronorganisatie` VARCHAR(9) NOT NULL,
  `omschrijving` VARCHAR(80) NOT NULL,
  `toelichting` TEXT NOT NULL,
  `registratiedatum` DATE NOT NULL,
  `verantwoordelijke_organisatie` VARCHAR(9) NOT NULL,
  `startdatum` DATE NOT NULL,
  `einddatum` DATE,
  `einddatum_gepland` DATE,
  `uiterlijke_einddatum_afdoening` DATE,
  `publicatiedatum` DATE,
  `producten_of_diensten` TEXT NOT NULL,
  `communicatiekanaal` VARCHAR(1000) NOT NULL,
  `vertrouwelijkheidaanduiding` VARCHAR(20) NOT NULL,
  `betalingsindicatie` VARCHAR(20) NOT NULL,
  `laatste_betaaldatum` DATETIME(6),
  `zaakgeometrie` LONGTEXT,
  `verlenging_reden` VARCHAR(200) NOT NULL,
  `verlenging_duur` VARCHAR(64),
  `opschorting_indicatie` TINYINT(1) NOT NULL,
  `opschorting_reden` VARCHAR(200) NOT NULL,
  `selectielijstklasse` VARCHAR(1000) NOT NULL,
  `archiefnominatie` VARCHAR(40),
  `archiefstatus` VARCHAR(40) NOT NULL,
  `archiefactiedatum` DATE,
  `_zaaktype_id` INT,
  `hoofdzaak_id` INT,
  `_etag` VARCHAR(32) NOT NULL,
  `opdrachtgevende_organisatie` VARCHAR(9) NOT NULL,
  `_zaaktype_base_url_id` INT,
  `_zaaktype_relative_url` VARCHAR(1000),
  `identificatie_ptr_id` INT NOT NULL,
  `processobject_datumkenmerk` VARCHAR(250) NOT NULL,
  `processobject_identificatie` VARCHAR(250) NOT NULL,
  `processobject_objecttype` VARCHAR(250) NOT NULL,
  `processobject_registratie` VARCHAR(250) NOT NULL,
  `processobjectaard` VARCHAR(200) NOT NULL,
  `startdatum_bewaartermijn` DATE,
  `created_on` DATETIME(6) NOT NULL,
  `communicatiekanaal_naam` VARCHAR(250) NOT NULL,
  `opschorting_eerdere_opschorting` TINYINT(1) NOT NULL,
  `laatst_gemuteerd` DATETIME(6) NOT NULL,
  `laatst_geopend` DATETIME(6),
  PRIMARY KEY (`identificatie_ptr_id`),
  UNIQUE KEY `zaken_zaak_uuid_key` (`uuid`),
  CONSTRAINT `zaken_zaak__zaaktype_base_url_i_c33ef3a1_fk_zgw_consu` FOREIGN KEY (`_zaaktype_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `zaken_zaak__zaaktype_id_e044cffe_fk_catalogi_zaaktype_id` FOREIGN KEY (`_zaaktype_id`) REFERENCES `catalogi_zaaktype` (`id`),
  CONSTRAINT `zaken_zaak_hoofdzaak_id_20fd3ea6_fk_zaken_zaa` FOREIGN KEY (`hoofdzaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`),
  CONSTRAINT `zaken_zaak_identificatie_ptr_id_ca66a21d_fk_zaken_zaa` FOREIGN KEY (`identificatie_ptr_id`) REFERENCES `zaken_zaakidentificatie` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `besluiten_besluit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `identificatie` VARCHAR(50) NOT NULL,
  `verantwoordelijke_organisatie` VARCHAR(9) NOT NULL,
  `datum` DATE NOT NULL,
  `toelichting` TEXT NOT NULL,
  `bestuursorgaan` VARCHAR(50) NOT NULL,
  `ingangsdatum` DATE NOT NULL,
  `vervaldatum` DATE,
  `vervalreden` VARCHAR(30) NOT NULL,
  `publicatiedatum` DATE,
  `verzenddatum` DATE,
  `uiterlijke_reactiedatum` DATE,
  `_zaakbesluit_url` VARCHAR(1000) NOT NULL,
  `_besluittype_id` INT,
  `_zaak_id` INT,
  `_besluittype_base_url_id` INT,
  `_besluittype_relative_url` VARCHAR(1000),
  `_zaak_base_url_id` INT,
  `_zaak_relative_url` VARCHAR(1000),
  `_etag` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `besluiten_besluit_identificatie_verantwoor_9cb9485d_uniq` (`identificatie`, `verantwoordelijke_organisatie`),
  UNIQUE KEY `besluiten_besluit_uuid_key` (`uuid`),
  CONSTRAINT `besluiten_besluit__besluittype_base_ur_d971ea6e_fk_zgw_consu` FOREIGN KEY (`_besluittype_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `besluiten_besluit__besluittype_id_8627f5a2_fk_catalogi_` FOREIGN KEY (`_besluittype_id`) REFERENCES `catalogi_besluittype` (`id`),
  CONSTRAINT `besluiten_besluit__zaak_base_url_id_b1cc0c57_fk_zgw_consu` FOREIGN KEY (`_zaak_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `besluiten_besluit__zaak_id_d35c0fd2_fk_zaken_zaa` FOREIGN KEY (`_zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documenten_objectinformatieobject` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `object_type` VARCHAR(100) NOT NULL,
  `_besluit_id` INT,
  `_zaak_id` INT,
  `informatieobject_id` INT NOT NULL,
  `_object_base_url_id` INT,
  `_object_relative_url` VARCHAR(1000),
  PRIMARY KEY (`id`),
  UNIQUE KEY `documenten_objectinformatieobject_uuid_key` (`uuid`),
  UNIQUE KEY `unique_io_besluit_local` (`informatieobject_id`, `_besluit_id`),
  UNIQUE KEY `unique_io_zaak_local` (`informatieobject_id`, `_zaak_id`),
  CONSTRAINT `documenten_objectinf__besluit_id_7f177daa_fk_besluiten` FOREIGN KEY (`_besluit_id`) REFERENCES `besluiten_besluit` (`id`),
  CONSTRAINT `documenten_objectinf__object_base_url_id_ffd2da04_fk_zgw_consu` FOREIGN KEY (`_object_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `documenten_objectinf__zaak_id_af731fdc_fk_zaken_zaa` FOREIGN KEY (`_zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`),
  CONSTRAINT `documenten_objectinf_informatieobject_id_8b6f7354_fk_documente` FOREIGN KEY (`informatieobject_id`) REFERENCES `documenten_enkelvoudiginformatieobjectcanonical` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documenten_verzending` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `betrokkene` VARCHAR(200) NOT NULL,
  `aard_relatie` VARCHAR(255) NOT NULL,
  `telefoonnummer` VARCHAR(15) NOT NULL,
  `faxnummer` VARCHAR(15) NOT NULL,
  `emailadres` VARCHAR(100) NOT NULL,
  `mijn_overheid` TINYINT(1) NOT NULL,
  `toelichting` VARCHAR(200) NOT NULL,
  `ontvangstdatum` DATE,
  `verzenddatum` DATE,
  `contact_persoon` VARCHAR(1000) NOT NULL,
  `contactpersoonnaam` VARCHAR(40) NOT NULL,
  `binnenlands_correspondentieadres_huisletter` VARCHAR(1) NOT NULL,
  `binnenlands_correspondentieadres_huisnummer` INT,
  `binnenlands_correspondentieadres_huisnummer_toevoeging` VARCHAR(4) NOT NULL,
  `binnenlands_correspondentieadres_naam_openbare_ruimte` VARCHAR(80) NOT NULL,
  `binnenlands_correspondentieadres_postcode` VARCHAR(6) NOT NULL,
  `binnenlands_correspondentieadres_woonplaatsnaam` VARCHAR(80) NOT NULL,
  `buitenlands_correspondentieadres_adres_buitenland_1` VARCHAR(35) NOT NULL,
  `buitenlands_correspondentieadres_adres_buitenland_2` VARCHAR(35) NOT NULL,
  `buitenlands_correspondentieadres_adres_buitenland_3` VARCHAR(35) NOT NULL,
  `buitenlands_correspondentieadres_land_postadres` VARCHAR(200) NOT NULL,
  `correspondentie_postadres_postbus_of_antwoord_nummer` INT,
  `correspondentie_postadres_postcode` VARCHAR(6) NOT NULL,
  `correspondentie_postadres_postadrestype` VARCHAR(255) NOT NULL,
  `correspondentie_postadres_woonplaatsnaam` VARCHAR(80) NOT NULL,
  `informatieobject_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documenten_verzending_uuid_key` (`uuid`),
  CONSTRAINT `documenten_verzendin_informatieobject_id_6177e61c_fk_documente` FOREIGN KEY (`informatieobject_id`) REFERENCES `documenten_enkelvoudiginformatieobjectcanonical` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_rol` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `betrokkene` VARCHAR(1000) NOT NULL,
  `betrokkene_type` VARCHAR(100) NOT NULL,
  `omschrijving` VARCHAR(100) NOT NULL,
  `omschrijving_generiek` VARCHAR(80) NOT NULL,
  `roltoelichting` TEXT NOT NULL,
  `registratiedatum` DATETIME(6) NOT NULL,
  `indicatie_machtiging` VARCHAR(40) NOT NULL,
  `_roltype_id` INT,
  `zaak_id` INT NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  `_roltype_base_url_id` INT,
  `_roltype_relative_url` VARCHAR(1000),
  `afwijkende_naam_betrokkene` TEXT NOT NULL,
  `contactpersoon_rol_emailadres` VARCHAR(254) NOT NULL,
  `contactpersoon_rol_functie` VARCHAR(50) NOT NULL,
  `contactpersoon_rol_naam` VARCHAR(200) NOT NULL,
  `contactpersoon_rol_telefoonnummer` VARCHAR(20) NOT NULL,
  `authenticatie_context` JSON,
  `begin_geldigheid` DATE,
  `einde_geldigheid` DATE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_rol_uuid_key` (`uuid`),
  CONSTRAINT `zaken_rol__roltype_base_url_id_9d4eab43_fk_zgw_consu` FOREIGN KEY (`_roltype_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `zaken_rol__roltype_id_f6606738_fk_catalogi_roltype_id` FOREIGN KEY (`_roltype_id`) REFERENCES `catalogi_roltype` (`id`),
  CONSTRAINT `zaken_rol_zaak_id_4a656857_fk_zaken_zaak_identificatie_ptr_id` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zaakobject` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `object` VARCHAR(1000) NOT NULL,
  `relatieomschrijving` VARCHAR(80) NOT NULL,
  `object_type` VARCHAR(100) NOT NULL,
  `object_type_overige` VARCHAR(100) NOT NULL,
  `zaak_id` INT NOT NULL,
  `object_type_overige_definitie` JSON,
  `_zaakobjecttype_id` INT,
  `_zaakobjecttype_base_url_id` INT,
  `_zaakobjecttype_relative_url` VARCHAR(1000),
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_zaakobject_uuid_key` (`uuid`),
  CONSTRAINT `zaken_zaakobject__zaakobjecttype_base_42f2ad53_fk_zgw_consu` FOREIGN KEY (`_zaakobjecttype_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `zaken_zaakobject_zaak_id_a17d743d_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zakelijkrecht` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identificatie` VARCHAR(100) NOT NULL,
  `avg_aard` VARCHAR(1000) NOT NULL,
  `zaakobject_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_zakelijkrecht_zaakobject_id_key` (`zaakobject_id`),
  CONSTRAINT `zaken_zakelijkrecht_zaakobject_id_3cc739cf_fk_zaken_zaa` FOREIGN KEY (`zaakobject_id`) REFERENCES `zaken_zaakobject` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zakelijkrechtheeftalsgerechtigde` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `zakelijk_recht_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_zakelijkrechtheeftalsgerechtigde_zakelijk_recht_id_key` (`zakelijk_recht_id`),
  CONSTRAINT `zaken_zakelijkrechth_zakelijk_recht_id_a207d267_fk_zaken_zak` FOREIGN KEY (`zakelijk_recht_id`) REFERENCES `zaken_zakelijkrecht` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_natuurlijkpersoon` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `inp_bsn` VARCHAR(9) NOT NULL,
  `anp_identificatie` VARCHAR(17) NOT NULL,
  `inp_a_nummer` VARCHAR(10) NOT NULL,
  `geslachtsnaam` VARCHAR(200) NOT NULL,
  `voorvoegsel_geslachtsnaam` VARCHAR(80) NOT NULL,
  `voorletters` VARCHAR(20) NOT NULL,
  `voornamen` VARCHAR(200) NOT NULL,
  `geslachtsaanduiding` VARCHAR(1) NOT NULL,
  `geboortedatum` VARCHAR(18) NOT NULL,
  `rol_id` INT,
  `zaakobject_id` INT,
  `zakelijk_rechtHeeft_als_gerechtigde_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_natuurlijkpersoon_rol_id_key` (`rol_id`),
  UNIQUE KEY `zaken_natuurlijkpersoon_zaakobject_id_key` (`zaakobject_id`),
  UNIQUE KEY `zaken_natuurlijkpersoon_zakelijk_rechtHeeft_als_gerechtigde_key` (`zakelijk_rechtHeeft_als_gerechtigde_id`),
  CONSTRAINT `zaken_natuurlijkpers_zaakobject_id_a6236945_fk_zaken_zaa` FOREIGN KEY (`zaakobject_id`) REFERENCES `zaken_zaakobject` (`id`),
  CONSTRAINT `zaken_natuurlijkpers_zakelijk_rechtHeeft__c9481b06_fk_zaken_zak` FOREIGN KEY (`zakelijk_rechtHeeft_als_gerechtigde_id`) REFERENCES `zaken_zakelijkrechtheeftalsgerechtigde` (`id`),
  CONSTRAINT `zaken_natuurlijkpersoon_rol_id_40de398f_fk_zaken_rol_id` FOREIGN KEY (`rol_id`) REFERENCES `zaken_rol` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_nietnatuurlijkpersoon` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `inn_nnp_id` VARCHAR(9) NOT NULL,
  `ann_identificatie` VARCHAR(17) NOT NULL,
  `statutaire_naam` TEXT NOT NULL,
  `inn_rechtsvorm` VARCHAR(50) NOT NULL,
  `bezoekadres` VARCHAR(1000) NOT NULL,
  `rol_id` INT,
  `zaakobject_id` INT,
  `zakelijk_rechtHeeft_als_gerechtigde_id` INT,
  `kvk_nummer` VARCHAR(8) NOT NULL,
  `vestigings_nummer` VARCHAR(24) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_nietnatuurlijkpersoon_rol_id_key` (`rol_id`),
  UNIQUE KEY `zaken_nietnatuurlijkpersoon_zaakobject_id_key` (`zaakobject_id`),
  UNIQUE KEY `zaken_nietnatuurlijkpersoon_zakelijk_rechtHeeft_als_gerecht_key` (`zakelijk_rechtHeeft_als_gerechtigde_id`),
  CONSTRAINT `zaken_nietnatuurlijk_zaakobject_id_0fbcc070_fk_zaken_zaa` FOREIGN KEY (`zaakobject_id`) REFERENCES `zaken_zaakobject` (`id`),
  CONSTRAINT `zaken_nietnatuurlijk_zakelijk_rechtHeeft__800cc8ce_fk_zaken_zak` FOREIGN KEY (`zakelijk_rechtHeeft_als_gerechtigde_id`) REFERENCES `zaken_zakelijkrechtheeftalsgerechtigde` (`id`),
  CONSTRAINT `zaken_nietnatuurlijkpersoon_rol_id_6572c458_fk_zaken_rol_id` FOREIGN KEY (`rol_id`) REFERENCES `zaken_rol` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_medewerker` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identificatie` VARCHAR(128) NOT NULL,
  `achternaam` VARCHAR(200) NOT NULL,
  `voorletters` VARCHAR(20) NOT NULL,
  `voorvoegsel_achternaam` VARCHAR(10) NOT NULL,
  `rol_id` INT,
  `zaakobject_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_medewerker_rol_id_key` (`rol_id`),
  UNIQUE KEY `zaken_medewerker_zaakobject_id_key` (`zaakobject_id`),
  CONSTRAINT `zaken_medewerker_rol_id_1b38ebcc_fk_zaken_rol_id` FOREIGN KEY (`rol_id`) REFERENCES `zaken_rol` (`id`),
  CONSTRAINT `zaken_medewerker_zaakobject_id_a0369caa_fk_zaken_zaakobject_id` FOREIGN KEY (`zaakobject_id`) REFERENCES `zaken_zaakobject` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_vestiging` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `vestigings_nummer` VARCHAR(24) NOT NULL,
  `handelsnaam` TEXT NOT NULL,
  `rol_id` INT,
  `zaakobject_id` INT,
  `kvk_nummer` VARCHAR(8) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_vestiging_rol_id_key` (`rol_id`),
  UNIQUE KEY `zaken_vestiging_zaakobject_id_key` (`zaakobject_id`),
  CONSTRAINT `zaken_vestiging_rol_id_26503734_fk_zaken_rol_id` FOREIGN KEY (`rol_id`) REFERENCES `zaken_rol` (`id`),
  CONSTRAINT `zaken_vestiging_zaakobject_id_b9db8844_fk_zaken_zaakobject_id` FOREIGN KEY (`zaakobject_id`) REFERENCES `zaken_zaakobject` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_organisatorischeeenheid` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identificatie` VARCHAR(255) NOT NULL,
  `naam` VARCHAR(255) NOT NULL,
  `is_gehuisvest_in` VARCHAR(255) NOT NULL,
  `rol_id` INT,
  `zaakobject_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_organisatorischeeenheid_rol_id_key` (`rol_id`),
  UNIQUE KEY `zaken_organisatorischeeenheid_zaakobject_id_key` (`zaakobject_id`),
  CONSTRAINT `zaken_organisatorisc_zaakobject_id_a4f96375_fk_zaken_zaa` FOREIGN KEY (`zaakobject_id`) REFERENCES `zaken_zaakobject` (`id`),
  CONSTRAINT `zaken_organisatorischeeenheid_rol_id_ce2f3ded_fk_zaken_rol_id` FOREIGN KEY (`rol_id`) REFERENCES `zaken_rol` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_adres` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identificatie` VARCHAR(100) NOT NULL,
  `wpl_woonplaats_naam` VARCHAR(80) NOT NULL,
  `gor_openbare_ruimte_naam` VARCHAR(80) NOT NULL,
  `huisnummer` INT NOT NULL,
  `huisletter` VARCHAR(1) NOT NULL,
  `huisnummertoevoeging` VARCHAR(4) NOT NULL,
  `postcode` VARCHAR(7) NOT NULL,
  `num_identificatie` VARCHAR(100) NOT NULL,
  `locatie_omschrijving` VARCHAR(1000) NOT NULL,
  `locatie_aanduiding` VARCHAR(100) NOT NULL,
  `natuurlijkpersoon_id` INT,
  `terreingebouwdobject_id` INT,
  `vestiging_id` INT,
  `wozobject_id` INT,
  `zaakobject_id` INT,
  `nietnatuurlijkpersoon_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_adres_natuurlijkpersoon_id_key` (`natuurlijkpersoon_id`),
  UNIQUE KEY `zaken_adres_nietnatuurlijkpersoon_id_key` (`nietnatuurlijkpersoon_id`),
  UNIQUE KEY `zaken_adres_terreingebouwdobject_id_key` (`terreingebouwdobject_id`),
  UNIQUE KEY `zaken_adres_vestiging_id_key` (`vestiging_id`),
  UNIQUE KEY `zaken_adres_wozobject_id_key` (`wozobject_id`),
  UNIQUE KEY `zaken_adres_zaakobject_id_key` (`zaakobject_id`),
  CONSTRAINT `zaken_adres_natuurlijkpersoon_id_c3936cbe_fk_zaken_nat` FOREIGN KEY (`natuurlijkpersoon_id`) REFERENCES `zaken_natuurlijkpersoon` (`id`),
  CONSTRAINT `zaken_adres_nietnatuurlijkpersoo_90907902_fk_zaken_nie` FOREIGN KEY (`nietnatuurlijkpersoon_id`) REFERENCES `zaken_nietnatuurlijkpersoon` (`id`),
  CONSTRAINT `zaken_adres_vestiging_id_e1c84478_fk_zaken_vestiging_id` FOREIGN KEY (`vestiging_id`) REFERENCES `zaken_vestiging` (`id`),
  CONSTRAINT `zaken_adres_zaakobject_id_f91ff929_fk_zaken_zaakobject_id` FOREIGN KEY (`zaakobject_id`) REFERENCES `zaken_zaakobject` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_subverblijfbuitenland` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lnd_landcode` VARCHAR(4) NOT NULL,
  `lnd_landnaam` VARCHAR(40) NOT NULL,
  `sub_adres_buitenland_1` VARCHAR(35) NOT NULL,
  `sub_adres_buitenland_2` VARCHAR(35) NOT NULL,
  `sub_adres_buitenland_3` VARCHAR(35) NOT NULL,
  `natuurlijkpersoon_id` INT,
  `nietnatuurlijkpersoon_id` INT,
  `vestiging_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_subverblijfbuitenland_natuurlijkpersoon_id_key` (`natuurlijkpersoon_id`),
  UNIQUE KEY `zaken_subverblijfbuitenland_nietnatuurlijkpersoon_id_key` (`nietnatuurlijkpersoon_id`),
  UNIQUE KEY `zaken_subverblijfbuitenland_vestiging_id_key` (`vestiging_id`),
  CONSTRAINT `zaken_subverblijfbui_natuurlijkpersoon_id_5f714c9e_fk_zaken_nat` FOREIGN KEY (`natuurlijkpersoon_id`) REFERENCES `zaken_natuurlijkpersoon` (`id`),
  CONSTRAINT `zaken_subverblijfbui_nietnatuurlijkpersoo_8645e0a2_fk_zaken_nie` FOREIGN KEY (`nietnatuurlijkpersoon_id`) REFERENCES `zaken_nietnatuurlijkpersoon` (`id`),
  CONSTRAINT `zaken_subverblijfbui_vestiging_id_0c2549e4_fk_zaken_ves` FOREIGN KEY (`vestiging_id`) REFERENCES `zaken_vestiging` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_status` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `datum_status_gezet` DATETIME(6) NOT NULL,
  `statustoelichting` TEXT NOT NULL,
  `_statustype_id` INT,
  `zaak_id` INT NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  `_statustype_base_url_id` INT,
  `_statustype_relative_url` VARCHAR(1000),
  `gezetdoor_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_status_uuid_key` (`uuid`),
  UNIQUE KEY `zaken_status_zaak_id_datum_status_gezet_9fe01786_uniq` (`zaak_id`, `datum_status_gezet`),
  CONSTRAINT `zaken_status__statustype_base_url_e4b4f148_fk_zgw_consu` FOREIGN KEY (`_statustype_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `zaken_status__statustype_id_162a55bc_fk_catalogi_statustype_id` FOREIGN KEY (`_statustype_id`) REFERENCES `catalogi_statustype` (`id`),
  CONSTRAINT `zaken_status_gezetdoor_id_c0c112a1_fk_zaken_rol_id` FOREIGN KEY (`gezetdoor_id`) REFERENCES `zaken_rol` (`id`),
  CONSTRAINT `zaken_status_zaak_id_b1a771c5_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_substatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `tijdstip` DATETIME(6) NOT NULL,
  `omschrijving` TEXT NOT NULL,
  `doelgroep` VARCHAR(100) NOT NULL,
  `status_id` INT NOT NULL,
  `zaak_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_substatus_uuid_key` (`uuid`),
  CONSTRAINT `zaken_substatus_status_id_f53b2af6_fk_zaken_status_id` FOREIGN KEY (`status_id`) REFERENCES `zaken_status` (`id`),
  CONSTRAINT `zaken_substatus_zaak_id_c51d215b_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_resultaat` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `toelichting` TEXT NOT NULL,
  `_resultaattype_id` INT,
  `zaak_id` INT NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  `_resultaattype_base_url_id` INT,
  `_resultaattype_relative_url` VARCHAR(1000),
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_resultaat_uuid_key` (`uuid`),
  UNIQUE KEY `zaken_resultaat_zaak_id_key` (`zaak_id`),
  CONSTRAINT `zaken_resultaat__resultaattype_base__354a6aaf_fk_zgw_consu` FOREIGN KEY (`_resultaattype_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `zaken_resultaat__resultaattype_id_4271f316_fk_catalogi_` FOREIGN KEY (`_resultaattype_id`) REFERENCES `catalogi_resultaattype` (`id`),
  CONSTRAINT `zaken_resultaat_zaak_id_f0b451de_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zaakeigenschap` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `_naam` VARCHAR(20) NOT NULL,
  `waarde` TEXT NOT NULL,
  `_eigenschap_id` INT,
  `zaak_id` INT NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  `_eigenschap_base_url_id` INT,
  `_eigenschap_relative_url` VARCHAR(1000),
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_zaakeigenschap_uuid_key` (`uuid`),
  CONSTRAINT `zaken_zaakeigenschap__eigenschap_base_url_a95c57da_fk_zgw_consu` FOREIGN KEY (`_eigenschap_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `zaken_zaakeigenschap_zaak_id_1e048e56_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zaakinformatieobject` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `aard_relatie` VARCHAR(20) NOT NULL,
  `titel` VARCHAR(200) NOT NULL,
  `beschrijving` TEXT NOT NULL,
  `registratiedatum` DATETIME(6) NOT NULL,
  `_objectinformatieobject_url` VARCHAR(1000) NOT NULL,
  `_informatieobject_id` INT,
  `zaak_id` INT NOT NULL,
  `_etag` VARCHAR(32) NOT NULL,
  `_informatieobject_base_url_id` INT,
  `_informatieobject_relative_url` VARCHAR(1000),
  `status_id` INT,
  `vernietigingsdatum` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_zaakinformatieobje_zaak_id__informatieobjec_4ebb5fce_uniq` (`zaak_id`, `_informatieobject_id`),
  UNIQUE KEY `zaken_zaakinformatieobject_uuid_key` (`uuid`),
  CONSTRAINT `zaken_zaakinformatie__informatieobject_ba_7fc1e456_fk_zgw_consu` FOREIGN KEY (`_informatieobject_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `zaken_zaakinformatie__informatieobject_id_05f0b6bf_fk_documente` FOREIGN KEY (`_informatieobject_id`) REFERENCES `documenten_enkelvoudiginformatieobjectcanonical` (`id`),
  CONSTRAINT `zaken_zaakinformatie_status_id_c5586d6b_fk_zaken_sta` FOREIGN KEY (`status_id`) REFERENCES `zaken_status` (`id`),
  CONSTRAINT `zaken_zaakinformatie_zaak_id_db494069_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_klantcontact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `identificatie` VARCHAR(14) NOT NULL,
  `datumtijd` DATETIME(6) NOT NULL,
  `kanaal` VARCHAR(20) NOT NULL,
  `onderwerp` VARCHAR(200) NOT NULL,
  `toelichting` VARCHAR(1000) NOT NULL,
  `zaak_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_klantcontact_identificatie_key` (`identificatie`),
  UNIQUE KEY `zaken_klantcontact_uuid_key` (`uuid`),
  CONSTRAINT `zaken_klantcontact_zaak_id_ea0d5534_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zaakcontactmoment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `contactmoment` VARCHAR(1000) NOT NULL,
  `_objectcontactmoment` VARCHAR(200) NOT NULL,
  `zaak_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_zaakcontactmoment_uuid_key` (`uuid`),
  UNIQUE KEY `zaken_zaakcontactmoment_zaak_id_contactmoment_bb15c949_uniq` (`zaak_id`, `contactmoment`),
  CONSTRAINT `zaken_zaakcontactmom_zaak_id_299db49f_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zaakverzoek` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `verzoek` VARCHAR(1000) NOT NULL,
  `_objectverzoek` VARCHAR(200) NOT NULL,
  `zaak_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_zaakverzoek_uuid_key` (`uuid`),
  UNIQUE KEY `zaken_zaakverzoek_zaak_id_verzoek_1fe4ce38_uniq` (`zaak_id`, `verzoek`),
  CONSTRAINT `zaken_zaakverzoek_zaak_id_f347b725_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zaaknotitie` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `onderwerp` VARCHAR(255) NOT NULL,
  `tekst` TEXT NOT NULL,
  `aangemaakt_door` VARCHAR(255) NOT NULL,
  `notitie_type` VARCHAR(50) NOT NULL,
  `status` VARCHAR(50) NOT NULL,
  `aanmaakdatum` DATETIME(6) NOT NULL,
  `wijzigingsdatum` DATETIME(6) NOT NULL,
  `gerelateerd_aan_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_zaaknotitie_uuid_key` (`uuid`),
  CONSTRAINT `zaken_zaaknotitie_gerelateerd_aan_id_e4667a75_fk_zaken_zaa` FOREIGN KEY (`gerelateerd_aan_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zaakkenmerk` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `kenmerk` VARCHAR(40) NOT NULL,
  `bron` VARCHAR(40) NOT NULL,
  `zaak_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `zaken_zaakkenmerk_zaak_id_0d0d7265_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_relevantezaakrelatie` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `aard_relatie` VARCHAR(20) NOT NULL,
  `_relevant_zaak_id` INT,
  `zaak_id` INT NOT NULL,
  `_relevant_zaak_base_url_id` INT,
  `_relevant_zaak_relative_url` VARCHAR(1000),
  `overige_relatie` VARCHAR(100) NOT NULL,
  `toelichting` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `zaken_relevantezaakr__relevant_zaak_base__2ed02841_fk_zgw_consu` FOREIGN KEY (`_relevant_zaak_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `zaken_relevantezaakr__relevant_zaak_id_7ef92041_fk_zaken_zaa` FOREIGN KEY (`_relevant_zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`),
  CONSTRAINT `zaken_relevantezaakr_zaak_id_152a61ea_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_zaakbesluit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `_besluit_id` INT,
  `zaak_id` INT NOT NULL,
  `_besluit_base_url_id` INT,
  `_besluit_relative_url` VARCHAR(1000),
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_zaakbesluit_uuid_key` (`uuid`),
  UNIQUE KEY `zaken_zaakbesluit_zaak_id__besluit_id_516d7f4f_uniq` (`zaak_id`, `_besluit_id`),
  CONSTRAINT `zaken_zaakbesluit__besluit_base_url_id_12aed9b0_fk_zgw_consu` FOREIGN KEY (`_besluit_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `zaken_zaakbesluit__besluit_id_4720b523_fk_besluiten_besluit_id` FOREIGN KEY (`_besluit_id`) REFERENCES `besluiten_besluit` (`id`),
  CONSTRAINT `zaken_zaakbesluit_zaak_id_e60d0168_fk_zaken_zaa` FOREIGN KEY (`zaak_id`) REFERENCES `zaken_zaak` (`identificatie_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_huishouden` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `nummer` VARCHAR(12) NOT NULL,
  `zaakobject_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_huishouden_zaakobject_id_key` (`zaakobject_id`),
  CONSTRAINT `zaken_huishouden_zaakobject_id_1421bcff_fk_zaken_zaakobject_id` FOREIGN KEY (`zaakobject_id`) REFERENCES `zaken_zaakobject` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zaken_kadastraleonroerendezaak` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `kadastrale_identificatie` VARCHAR(100) NOT NULL,
  `kadastrale_aanduiding` VARCHAR(1000) NOT NULL,
  `zaakobject_id` INT,
  `zakelijk_recht_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zaken_kadastraleonroerendezaak_zaakobject_id_key` (`zaakobject_id`),
  UNIQUE KEY `zaken_kadastraleonroerendezaak_zakelijk_recht_id_key` (`zakelijk_recht_id`),
  CONSTRAINT `zaken_kadastraleonro_zaakobject_id_d1d9a6a3_fk_zaken_zaa` FOREIGN KEY (`zaakobject_id`) REFERENCES `zaken_zaakobject` (`id`),
  CONSTRAINT `zaken_kadastraleonro_zakelijk_recht_id_4f05adb1_fk_zaken_zak` FOREIGN KEY (`zakelijk_recht_id`) REFERENCES `zaken_zakelijkrecht` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `besluiten_besluitinformatieobject` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `_objectinformatieobject_url` VARCHAR(1000) NOT NULL,
  `_informatieobject_id` INT,
  `besluit_id` INT NOT NULL,
  `_informatieobject_base_url_id` INT,
  `_informatieobject_relative_url` VARCHAR(1000),
  `_etag` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `besluiten_besluitinforma_besluit_id__informatieob_b5c0892a_uniq` (`besluit_id`, `_informatieobject_id`),
  UNIQUE KEY `besluiten_besluitinformatieobject_uuid_key` (`uuid`),
  CONSTRAINT `besluiten_besluitinf__informatieobject_ba_9ee84e4c_fk_zgw_consu` FOREIGN KEY (`_informatieobject_base_url_id`) REFERENCES `zgw_consumers_service` (`id`),
  CONSTRAINT `besluiten_besluitinf__informatieobject_id_49b43326_fk_documente` FOREIGN KEY (`_informatieobject_id`) REFERENCES `documenten_enkelvoudiginformatieobjectcanonical` (`id`),
  CONSTRAINT `besluiten_besluitinf_besluit_id_58316225_fk_besluiten` FOREIGN KEY (`besluit_id`) REFERENCES `besluiten_besluit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `documenten_enkelvoudiginformatieobject` ADD CONSTRAINT `documenten_enkelvoud_canonical_id_d09dd413_fk_documente` FOREIGN KEY (`canonical_id`) REFERENCES `documenten_enkelvoudiginformatieobjectcanonical` (`id`);

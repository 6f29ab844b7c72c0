-- Ataru ("Hakemuspalvelu"), the admissions application service of Opintopolku / Studyinfo.fi run by the Finnish
-- National Agency for Education (Opetushallitus): applicants to Finnish upper-secondary, vocational and
-- higher education fill in application forms, officials review and process the applications.
-- Upstream: github.com/Opetushallitus/ataru, commit efdb068c7d1ef4cbc17857c344e2ba0d6fd3eae9 (2026-08-20),
-- licence EUPL-1.2 (LICENSE.md).
-- Made from: the 122 Flyway SQL migrations of resources/db/migration/ replayed in version order into
-- PostgreSQL 15, together with the two ALTER TABLE statements of the Java-based migration 1.96
-- (src/clj/ataru/db/migration_implementations.clj, migrate-add-subject-and-content-finish; the other
-- Clojure migrations move data only); the resulting tables were read back from the catalog and written as
-- MySQL/MariaDB DDL by a script. Column names, order, nullability, simple defaults, comments (upstream's
-- Finnish COMMENT ON), primary keys, unique constraints and unique indexes on plain columns, and foreign keys
-- are upstream's. Types: bigserial -> BIGINT AUTO_INCREMENT, text -> TEXT (VARCHAR(255) where the column is
-- part of a key), jsonb and arrays -> JSON, timestamptz -> DATETIME(6), tstzrange -> VARCHAR(120),
-- numeric -> DECIMAL(30,10), the payment_reminder_status type -> ENUM. Expression defaults (the application
-- OID built from a sequence, txid_current(), tstzrange(now(), ...)) were dropped.
-- Left out: the four *_key_backup tables (back-ups of a key migration) and orphaned_forms (a copy of forms).
CREATE TABLE `virkailija` (
  `oid` VARCHAR(50) NOT NULL COMMENT 'Virkailijan OID.',
  `first_name` VARCHAR(255) NOT NULL COMMENT 'Virkailijan etunimi.',
  `last_name` VARCHAR(255) NOT NULL COMMENT 'Virkailijan sukunimi.',
  `settings` JSON COMMENT 'Virkailijan asetukset.',
  PRIMARY KEY (`oid`)
) COMMENT='Virkailijoiden tiedot ja asetukset';

CREATE TABLE `forms` (
  `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Lomakkeen version tunniste. Suurempi arvo tarkoittaa uudempaa versiota.',
  `content` JSON COMMENT 'Lomakkeen sisältö.',
  `key` VARCHAR(40) COMMENT 'Lomakkeen versiosta riippumaton tunniste.',
  `created_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Lomakkeen tämän version luontiajankohta.',
  `created_by` VARCHAR(64) NOT NULL DEFAULT 'SYSTEM' COMMENT 'Lomakkeen luoneen virkailijan OID.',
  `languages` JSON DEFAULT '{"languages": ["fi"]}' COMMENT 'Lomakkeen tuetut kieliversiot.',
  `organization_oid` VARCHAR(50) COMMENT 'Lomakkeen omistavan organisaation OID.',
  `deleted` TINYINT(1) DEFAULT 0 COMMENT 'Onko lomake poistettu.',
  `name` JSON COMMENT 'Lomakkeen nimi tuetuilla kielillä.',
  `locked` DATETIME(6) COMMENT 'Ajanhetki jolloin lomake on lukittu jos lomake on lukittu.',
  `locked_by` VARCHAR(255) COMMENT 'Lomakkeen lukinneen virkailijan OID.',
  `used_hakukohderyhmas` JSON COMMENT 'Lomakkeeseen liittyvät hakukohderyhmät',
  `properties` JSON NOT NULL DEFAULT '{}' COMMENT 'Lomakkeen asetukset',
  PRIMARY KEY (`id`),
  CONSTRAINT `forms_locked_by_fkey` FOREIGN KEY (`locked_by`) REFERENCES `virkailija` (`oid`)
) COMMENT='Lomakkeiden versiot';

CREATE TABLE `applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Hakemuksen version tunniste. Suurempi arvo tarkoittaa uudempaa versiota.',
  `key` VARCHAR(40) NOT NULL COMMENT 'Hakemuksen versiosta riippumaton tunniste.',
  `lang` VARCHAR(2) COMMENT 'Hakemuksen jättökieli.',
  `form_id` BIGINT COMMENT 'Lomakkeen id jota vasten hakemus on jätetty.',
  `content` JSON COMMENT 'Hakemuksen vastaukset.',
  `preferred_name` VARCHAR(255) COMMENT 'Hakijan syöttämä tai ONR:stä saatu kutsumanimi. Hakuindeksiä varten.',
  `last_name` VARCHAR(255) COMMENT 'Hakijan syöttämä tai ONR:stä saatu sukunimi. Hakuindeksiä varten.',
  `person_oid` VARCHAR(100) COMMENT 'Hakijan henkilö OID jos olemassa.',
  `hakukohde` JSON NOT NULL COMMENT 'Hakutoiveiden OID:t järjestyksessä jos olemassa.',
  `created_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Hakemuksen tämän version jättöajankohta.',
  `haku` VARCHAR(127) COMMENT 'Haun OID johon hakemus on jätetty jos olemassa.',
  `ssn` VARCHAR(11) COMMENT 'Hakijan syöttämä tai ONR:stä saatu henkilötunnus jos olemassa. Hakuindeksiä varten.',
  `dob` DATE COMMENT 'Hakijan syöttämä tai ONR:stä saatu syntymäaika. Hakuindeksiä varten.',
  `email` VARCHAR(255) COMMENT 'Hakijan syöttämä sähköpostiosoite.',
  `submitted` DATETIME(6) NOT NULL COMMENT 'Hakemuksen alkuperäinen jättöajankohta.',
  `tunnistautuminen` JSON NOT NULL DEFAULT '{}',
  `modified_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Milloin hakemukseen liittyvät tiedot (esimerkiksi oppijanumero) ovat viimeksi muuttuneet.',
  PRIMARY KEY (`id`),
  CONSTRAINT `applications_form_id_fkey` FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`)
) COMMENT='Hakemuksien versiot';

CREATE TABLE `answers` (
  `application_id` BIGINT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `field_type` TEXT NOT NULL,
  `value` TEXT,
  `original_question` TEXT,
  `duplikoitu_kysymys_hakukohde_oid` TEXT,
  `original_followup` TEXT,
  `duplikoitu_followup_hakukohde_oid` TEXT,
  PRIMARY KEY (`application_id`, `key`),
  CONSTRAINT `answers_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `application_delete_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_key` VARCHAR(256) NOT NULL COMMENT 'Hakemuksen oid',
  `deleted_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Poistohetki',
  `deleted_by` VARCHAR(256) NOT NULL COMMENT 'Poistanut',
  `delete_ordered_by` VARCHAR(256) NOT NULL COMMENT 'Poistoa pyytänyt henkilö',
  `reason_of_delete` VARCHAR(1024) NOT NULL COMMENT 'Poiston syy',
  PRIMARY KEY (`id`)
) COMMENT='Logi poistetuista hakemuksista';

CREATE TABLE `application_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `new_review_state` TEXT COMMENT 'Muuttuneen tiedon uusi arvo. Tyypillisesti käsittelymerkkinnän uusi tila.',
  `time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Tapahtumahetki.',
  `event_type` TEXT COMMENT 'Tapahtuman tyyppi.',
  `application_key` TEXT COMMENT 'Hakemus johon tapahtuma liittyy.',
  `virkailija_oid` VARCHAR(50) COMMENT 'Muutoksen tehneen virkailijan OID jos olemassa.',
  `hakukohde` TEXT COMMENT 'Hakemuksen hakutoive johon tapahtuma liittyy jos olemassa.',
  `review_key` TEXT COMMENT 'Muuttuneen tiedon tunniste. Tyypillisesti käsittelymerkinnän tunniste.',
  `virkailija_organizations` JSON COMMENT 'Muutoksen tehneen virkailijan organisaatiot muutoshetkellä jos olemassa.',
  PRIMARY KEY (`id`),
  CONSTRAINT `application_events_virkailija_oid_fkey` FOREIGN KEY (`virkailija_oid`) REFERENCES `virkailija` (`oid`)
) COMMENT='Logi hakemuksiin vaikuttavista tapahtumista';

CREATE TABLE `application_feedback` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Palautteen jättöhetki.',
  `form_key` VARCHAR(40) NOT NULL COMMENT 'Lomakkeen avain jonka täytön jälkeen palaute on annettu.',
  `form_id` BIGINT COMMENT 'Lomakkeen id jonka täytön jälkeen palaute on annettu.',
  `form_name` VARCHAR(1024) COMMENT 'Lomakkeen nimi jonka täytön jälkeen palaute on annettu.',
  `stars` INT NOT NULL COMMENT 'Numeerinen arvio 1-5.',
  `feedback` TEXT COMMENT 'Kirjallinen arvio.',
  `user_agent` TEXT COMMENT 'Käyttäjän päätesovelluksen user agent.',
  `extra_data` JSON COMMENT 'Ei käytössä.',
  PRIMARY KEY (`id`),
  CONSTRAINT `application_feedback_form_id_fkey` FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`)
) COMMENT='Käyttäjäpalaute';

CREATE TABLE `application_hakukohde_attachment_reviews` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_key` VARCHAR(255) NOT NULL COMMENT 'Hakemus johon käsittelymerkintä liittyy.',
  `attachment_key` VARCHAR(255) NOT NULL COMMENT 'Liitepyyntökysymyksen tunniste.',
  `hakukohde` VARCHAR(255) NOT NULL COMMENT 'Hakutoive johon käsittelymerkintä liittyy.',
  `state` TEXT NOT NULL COMMENT 'Käsittelymerkinnän tila.',
  `modified_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Käsittelymerkinnän muutoksen ajankohta.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_hakukohde_attachment_reviews_idx` (`application_key`, `hakukohde`, `attachment_key`)
) COMMENT='Hakemus- ja hakutoivekohtaiset liitepyyntöjen käsittelymerkinnät';

CREATE TABLE `application_hakukohde_reviews` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_key` VARCHAR(40) NOT NULL COMMENT 'Hakemus johon käsittelymerkintä liittyy.',
  `requirement` VARCHAR(40) NOT NULL COMMENT 'Käsittelymerkinnän tunniste.',
  `state` VARCHAR(40) NOT NULL COMMENT 'Käsittelymerkinnän tila.',
  `hakukohde` VARCHAR(40) NOT NULL COMMENT 'Hakutoive johon käsittelymerkintä liittyy.',
  `modified_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Käsittelymerkinnän muutoksen ajankohta.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_hakukohde_reviews_application_idx` (`application_key`, `hakukohde`, `requirement`)
) COMMENT='Hakemus- ja hakutoivekohtaiset hakemuksen käsittelymerkinnät';

CREATE TABLE `application_koski_tutkinnot` (
  `application_key` VARCHAR(40) NOT NULL,
  `tutkinnot` JSON,
  PRIMARY KEY (`application_key`)
) COMMENT='Koskesta haetut tutkinnot hakemuksittain, tallennetaan tarvittaessa';

CREATE TABLE `application_review_notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Muistiinpanon jätön ajankohta.',
  `application_key` VARCHAR(40) NOT NULL COMMENT 'Hakemus johon muistiinpano liittyy.',
  `notes` TEXT NOT NULL COMMENT 'Muistiinpanon sisältö.',
  `virkailija_oid` VARCHAR(50) COMMENT 'Muistiinpanon jättäneen virkailijan OID.',
  `removed` DATETIME(6) COMMENT 'Muistiinpanon poiston ajankohta jos poistettu.',
  `hakukohde` TEXT COMMENT 'Hakutoive johon muistiinpanon liittyy.',
  `state_name` TEXT COMMENT 'Käsittelymerkinnän tunniste jos muistiinpano koskee käsittelymerkintää.',
  `virkailija_organizations` JSON COMMENT 'Muistiinpanon jättäneen virkailijan organisaatiot jättöhetkellä.',
  PRIMARY KEY (`id`),
  CONSTRAINT `application_review_notes_virkailija_oid_fkey` FOREIGN KEY (`virkailija_oid`) REFERENCES `virkailija` (`oid`)
) COMMENT='Hakemus-, hakutoive- ja mahdollisesti käsittelymerkintäkohtaiset muistiinpanot';

CREATE TABLE `application_reviews` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `modified_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Tilan muutoksen ajankohta.',
  `state` VARCHAR(40) COMMENT 'Onko hakemus aktiivinen vai passiivinen. Muut tilat eivät käytössä.',
  `application_key` VARCHAR(40) COMMENT 'Hakemuksen tunniste.',
  `score` DECIMAL(30,10) COMMENT 'Hakemuksen pisteet.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_reviews_application_key` (`application_key`)
) COMMENT='Hakemuksen tila ja pisteet';

CREATE TABLE `application_secrets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Salaisuuden luontihetki.',
  `application_key` VARCHAR(40) NOT NULL COMMENT 'Hakemus jota salaisuudella voi muokata.',
  `secret` VARCHAR(512) NOT NULL COMMENT 'Salainen arvo.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_secrets_secret_key` (`secret`)
) COMMENT='Hakijan hakemuksen muokkaussalaisuudet';

CREATE TABLE `cas_ticketstore` (
  `ticket` VARCHAR(100) NOT NULL COMMENT 'CAS service ticket.',
  `login_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Kirjautumisen ajankohta.',
  PRIMARY KEY (`ticket`)
) COMMENT='Ei enää käytössä; voi poistaa, jos sessiotaulujen yhdistystä ei tarvitse rollbackata. Oli: Kirjautumisessa käytetyt CAS service ticketit';

CREATE TABLE `email_templates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Pohjan muokkauksen ajankohta.',
  `form_key` VARCHAR(40) NOT NULL COMMENT 'Lomakkeen tunniste jonka yhteydessä pohjaa käytetään.',
  `haku_oid` VARCHAR(40) DEFAULT '' COMMENT 'Haun OID jonka yhteydessä pohjaa käytetään jos olemassa.',
  `virkailija_oid` VARCHAR(40) NOT NULL COMMENT 'Pohjaa muokanneen virkailijan OID.',
  `lang` VARCHAR(40) NOT NULL COMMENT 'Sähköpostin kieli.',
  `content` TEXT COMMENT 'Sähköpostin pääsisältö.',
  `subject` TEXT NOT NULL DEFAULT '' COMMENT 'Sähköpostin aihe.',
  `content_ending` TEXT NOT NULL DEFAULT '' COMMENT 'Sähköpostin loppusisältö.',
  `signature` TEXT COMMENT 'Sähköpostin allekirjoitus',
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_templates_form_key_haku_oid_lang_key` (`form_key`, `haku_oid`, `lang`),
  CONSTRAINT `email_templates_virkailija_oid_fkey` FOREIGN KEY (`virkailija_oid`) REFERENCES `virkailija` (`oid`)
) COMMENT='Hakukohtaiset hakemus jätetty -sähköpostien pohjat';

CREATE TABLE `field_deadlines` (
  `application_key` VARCHAR(255) NOT NULL COMMENT 'Hakemus jota takaraja koskee.',
  `field_id` VARCHAR(255) NOT NULL COMMENT 'Kysymys jota takaraja koskee.',
  `deadline` DATETIME(6) NOT NULL COMMENT 'Takaraja.',
  `modified` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Takarajan muokkauksen ajankohta.',
  PRIMARY KEY (`application_key`, `field_id`)
) COMMENT='Hakemus ja kysymyskohtaiset muokkauksen takarajat';

CREATE TABLE `group_answers` (
  `application_id` BIGINT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `field_type` TEXT NOT NULL,
  PRIMARY KEY (`application_id`, `key`),
  CONSTRAINT `group_answers_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `group_answer_groups` (
  `application_id` BIGINT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `group_idx` INT NOT NULL,
  `is_null` TINYINT(1) NOT NULL,
  PRIMARY KEY (`application_id`, `key`, `group_idx`),
  CONSTRAINT `group_answer_groups_application_id_key_fkey` FOREIGN KEY (`application_id`, `key`) REFERENCES `group_answers` (`application_id`, `key`) ON DELETE CASCADE
);

CREATE TABLE `group_answer_values` (
  `application_id` BIGINT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `group_idx` INT NOT NULL,
  `data_idx` INT NOT NULL,
  `value` TEXT,
  PRIMARY KEY (`application_id`, `key`, `group_idx`, `data_idx`),
  CONSTRAINT `group_answer_values_application_id_key_group_idx_fkey` FOREIGN KEY (`application_id`, `key`, `group_idx`) REFERENCES `group_answer_groups` (`application_id`, `key`, `group_idx`) ON DELETE CASCADE
);

CREATE TABLE `harkinnanvaraisuus_process` (
  `application_id` BIGINT NOT NULL,
  `application_key` VARCHAR(255) NOT NULL COMMENT 'Hakemuksen oid',
  `haku_oid` TEXT NOT NULL COMMENT 'Haun oid johon hakemus liittyy',
  `harkinnanvarainen_only` TINYINT(1) COMMENT 'Hakemuksen harkinnanvaraisuuden viimeisin tila',
  `skip_check` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Voiko harkinnanvaraisuuden tarkistuksen jättää tekemättä',
  `last_checked` DATETIME(6) COMMENT 'Milloin viimeksi hakemuksen harkinnanvaraisuus on tarkastettu',
  `check_after` DATETIME(6) NOT NULL COMMENT 'Milloin harkinnanvaraisuus voidaan tarkistaa. Tähän voi lisätä viivettä, että muut järjestelmät ovat päivittyneet.',
  PRIMARY KEY (`application_id`, `application_key`),
  UNIQUE KEY `harkinnanvaraisuus_process_application_key_key` (`application_key`),
  CONSTRAINT `harkinnanvaraisuus_process_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
) COMMENT='Hakemuksien harkinnanvaraisuuden tarkistuksen tilataulu';

CREATE TABLE `information_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_key` VARCHAR(40) NOT NULL COMMENT 'Hakemus johon täydennyspyyntö liittyy.',
  `subject` TEXT NOT NULL COMMENT 'Täydennyspyyntösähköpostin aihe.',
  `message` TEXT NOT NULL COMMENT 'Täydennyspyyntösähköpostin sisältö.',
  `created_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Täydennyspyynnön luontiajankohta.',
  `virkailija_oid` VARCHAR(50) NOT NULL COMMENT 'Täydennyspyynnön luoneen virkailijan OID.',
  `message_type` TEXT NOT NULL DEFAULT 'information_request' COMMENT 'Onko kyseessä yhteen vai useaan hakemukseen liittyvä täydennyspyyntö.',
  `recipient_target` TEXT NOT NULL DEFAULT 'hakija' COMMENT 'Hakija, huoltajat tai hakija_ja_huoltajat. Vakiona hakija.',
  `send_reminder_time` DATETIME(6) COMMENT 'Milloin täydennyspyynnölle lähetetään muistutusviesti, jos muutoksia ei ole tehty',
  `reminder_processed_time` DATETIME(6) COMMENT 'Muistutusviesti käsitelty',
  PRIMARY KEY (`id`),
  CONSTRAINT `information_requests_virkailija_oid_fkey` FOREIGN KEY (`virkailija_oid`) REFERENCES `virkailija` (`oid`)
) COMMENT='Hakemusten täydennyspyynnöt';

CREATE TABLE `initial_selections` (
  `selection_id` VARCHAR(255) NOT NULL COMMENT 'Varauksen tunniste.',
  `question_id` VARCHAR(255) NOT NULL COMMENT 'Kysymyksen tunniste.',
  `answer_id` TEXT NOT NULL COMMENT 'Vastausvaihtoehdon tunniste.',
  `selection_group_id` VARCHAR(255) NOT NULL COMMENT 'Saman varauskäsittelyn piirissä olevien varausten tunniste.',
  `valid` VARCHAR(120) NOT NULL COMMENT 'Varauksen voimassaoloaika.',
  `transaction_id` BIGINT NOT NULL COMMENT 'Rivin kirjoittaneen transaktion id. Käytetään versioinnissa.',
  `system_time` VARCHAR(120) NOT NULL COMMENT 'Rivin voimassaoloaika. Käytetään versioinnissa.',
  PRIMARY KEY (`selection_group_id`, `selection_id`, `question_id`)
) COMMENT='Alustavat vastausvaihtoehtovaraukset';

CREATE TABLE `initial_selections_history` (
  `selection_id` TEXT NOT NULL,
  `question_id` TEXT NOT NULL,
  `answer_id` TEXT NOT NULL,
  `selection_group_id` TEXT NOT NULL,
  `valid` VARCHAR(120) NOT NULL,
  `transaction_id` BIGINT NOT NULL,
  `system_time` VARCHAR(120) NOT NULL
) COMMENT='Alustavat vastausvaihtoehtovaraukset -taulun historia';

CREATE TABLE `job_types` (
  `job_type` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`job_type`)
);

CREATE TABLE `kk_application_payments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `application_key` VARCHAR(40),
  `state` TEXT NOT NULL,
  `reason` TEXT,
  `due_date` DATE,
  `total_sum` TEXT,
  `maksut_secret` TEXT,
  `required_at` DATETIME(6),
  `reminder_sent_at` DATETIME(6),
  `approved_at` DATETIME(6),
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `kk_application_payments_application_key_key` (`application_key`)
) COMMENT='Korkeakouluhakujen hakemusmaksujen tilahistoria hakemuksittain';

CREATE TABLE `kk_application_payments_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `application_key` VARCHAR(40),
  `state` TEXT NOT NULL,
  `reason` TEXT,
  `due_date` DATE,
  `total_sum` TEXT,
  `maksut_secret` TEXT,
  `required_at` DATETIME(6),
  `reminder_sent_at` DATETIME(6),
  `approved_at` DATETIME(6),
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `modified_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `koodisto_cache` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `koodisto_uri` VARCHAR(256) NOT NULL,
  `version` INT NOT NULL,
  `checksum` VARCHAR(64) NOT NULL,
  `content` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `koodisto_cache_koodisto_uri_version_checksum_key` (`koodisto_uri`, `version`, `checksum`)
);

CREATE TABLE `multi_answers` (
  `application_id` BIGINT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `field_type` TEXT NOT NULL,
  `original_question` TEXT,
  `duplikoitu_kysymys_hakukohde_oid` TEXT,
  `original_followup` TEXT,
  `duplikoitu_followup_hakukohde_oid` TEXT,
  PRIMARY KEY (`application_id`, `key`),
  CONSTRAINT `multi_answers_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE CASCADE
);

CREATE TABLE `multi_answer_values` (
  `application_id` BIGINT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `data_idx` INT NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`application_id`, `key`, `data_idx`),
  CONSTRAINT `multi_answer_values_application_id_key_fkey` FOREIGN KEY (`application_id`, `key`) REFERENCES `multi_answers` (`application_id`, `key`) ON DELETE CASCADE
);

CREATE TABLE `oppija_sessions` (
  `key` VARCHAR(255) NOT NULL,
  `ticket` TEXT NOT NULL,
  `data` JSON NOT NULL DEFAULT '{}',
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`key`)
);

CREATE TABLE `payment_reminders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_key` VARCHAR(256) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `order_id` VARCHAR(256) NOT NULL,
  `message` TEXT DEFAULT '',
  `lang` VARCHAR(2) NOT NULL,
  `send_reminder_time` DATETIME(6) NOT NULL,
  `status` ENUM('sent','paid','overdue','invalidated'),
  `handled_at` DATETIME(6),
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `payment_reminders_order_id_key` (`order_id`)
);

CREATE TABLE `priorisoivat_hakukohderyhmat` (
  `haku_oid` VARCHAR(255) NOT NULL COMMENT 'Haun OID jossa prioriteetit ovat käytössä.',
  `hakukohderyhma_oid` VARCHAR(255) NOT NULL COMMENT 'Hakukohderyhmän OID.',
  `prioriteetit` JSON NOT NULL COMMENT 'Hakukohteet ryhmiteltynä, siinä järjestyksessä kun ne tulee asettaa hakutoiveiksi.',
  `created_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Muokkauksen ajankohta.',
  PRIMARY KEY (`haku_oid`, `hakukohderyhma_oid`)
) COMMENT='Priorisoivat hakukohderyhmat';

CREATE TABLE `proletarian_archived_jobs` (
  `job_id` CHAR(36) NOT NULL,
  `queue` TEXT NOT NULL,
  `job_type` TEXT NOT NULL,
  `payload` TEXT NOT NULL,
  `attempts` INT NOT NULL,
  `enqueued_at` DATETIME(6) NOT NULL,
  `process_at` DATETIME(6) NOT NULL,
  `status` TEXT NOT NULL,
  `finished_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`job_id`)
);

CREATE TABLE `proletarian_jobs` (
  `job_id` CHAR(36) NOT NULL,
  `queue` TEXT NOT NULL,
  `job_type` TEXT NOT NULL,
  `payload` TEXT NOT NULL,
  `attempts` INT NOT NULL,
  `enqueued_at` DATETIME(6) NOT NULL,
  `process_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`job_id`)
);

CREATE TABLE `rajaavat_hakukohderyhmat` (
  `haku_oid` VARCHAR(255) NOT NULL COMMENT 'Haun OID jossa prioriteetit ovat käytössä.',
  `hakukohderyhma_oid` VARCHAR(255) NOT NULL COMMENT 'Hakukohderyhmän OID.',
  `raja` INT NOT NULL COMMENT 'Hakutoiveiden enimmäismäärä tästä ryhmästä.',
  `created_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Muokkauksen ajankohta.',
  PRIMARY KEY (`haku_oid`, `hakukohderyhma_oid`)
) COMMENT='Rajaavata hakukohderyhmät';

CREATE TABLE `scheduled_job_instances` (
  `job_type` VARCHAR(255) NOT NULL,
  `scheduled_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`scheduled_at`, `job_type`)
);

CREATE TABLE `selections` (
  `application_key` VARCHAR(255) NOT NULL COMMENT 'Hakemus jolla varaus on tehty.',
  `question_id` VARCHAR(255) NOT NULL COMMENT 'Kysymyksen tunniste.',
  `answer_id` TEXT NOT NULL COMMENT 'Vastausvaihtoehdon tunniste.',
  `selection_group_id` VARCHAR(255) NOT NULL COMMENT 'Saman varauskäsittelyn piirissä olevien varausten tunniste.',
  `transaction_id` BIGINT NOT NULL COMMENT 'Rivin kirjoittaneen transaktion id. Käytetään versioinnissa.',
  `system_time` VARCHAR(120) NOT NULL COMMENT 'Rivin voimassaoloaika. Käytetään versioinnissa.',
  PRIMARY KEY (`application_key`, `selection_group_id`, `question_id`)
) COMMENT='Vastausvaihtoehtovaraukset';

CREATE TABLE `selections_history` (
  `application_key` TEXT NOT NULL,
  `question_id` TEXT NOT NULL,
  `answer_id` TEXT NOT NULL,
  `selection_group_id` TEXT NOT NULL,
  `transaction_id` BIGINT NOT NULL,
  `system_time` VARCHAR(120) NOT NULL
) COMMENT='Vastausvaihtoehtovaraukset-taulun historia';

CREATE TABLE `sessions` (
  `key` VARCHAR(40) NOT NULL COMMENT 'Session tunniste.',
  `data` JSON COMMENT 'Sessioon liitetyt tiedot.',
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`key`)
) COMMENT='Sovelluksen sessiot';

CREATE TABLE `siirtotiedosto` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `execution_uuid` TEXT COMMENT 'Operaation tunniste (uuid)',
  `window_start` DATETIME(6) NOT NULL COMMENT 'Siirtotiedosto-operaation aikaikkunan alkuaika (siirtotiedostoon tulevat tällä aikavälillä muuttuneet hakemukset ja lomakkeet)',
  `window_end` DATETIME(6) NOT NULL COMMENT 'Siirtotiedosto-operaation aikaikkunan loppuaika (siirtotiedostoon tulevat tällä aikavälillä muuttuneet hakemukset ja lomakkeet)',
  `run_start` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Siirtotiedosto-operaation suorituksen alkuaika',
  `run_end` DATETIME(6) COMMENT 'Siirtotiedosto-operaation suorituksen loppuaika',
  `info` JSON COMMENT 'Tietoja tallennetuista entiteeteistä, mm. lukumäärät',
  `success` TINYINT(1),
  `error_message` TEXT COMMENT 'null, jos mikään ei mennyt vikaan',
  PRIMARY KEY (`id`)
);

CREATE TABLE `virkailija_create_secrets` (
  `virkailija_oid` VARCHAR(255) NOT NULL COMMENT 'Salaisuuden luoneen virkailijan OID.',
  `secret` VARCHAR(255) NOT NULL COMMENT 'Salainen arvo.',
  `valid` VARCHAR(120) NOT NULL COMMENT 'Salaisuuden voimassaoloaika.',
  UNIQUE KEY `virkailija_create_secrets_secret_key` (`secret`),
  CONSTRAINT `virkailija_create_secrets_virkailija_oid_fkey` FOREIGN KEY (`virkailija_oid`) REFERENCES `virkailija` (`oid`)
) COMMENT='Virkailijan tekemään hakemuksen jättöön käytettävät salaisuudet';

CREATE TABLE `virkailija_credentials` (
  `oid` VARCHAR(50) NOT NULL,
  `application_key` VARCHAR(50) NOT NULL,
  `secret` VARCHAR(36) NOT NULL,
  `valid` TINYINT(1) NOT NULL DEFAULT 1,
  `created_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `virkailija_credentials_application_key_secret_key` (`application_key`, `secret`),
  CONSTRAINT `virkailija_credentials_oid_fkey` FOREIGN KEY (`oid`) REFERENCES `virkailija` (`oid`)
) COMMENT='Ei käytössä.';

CREATE TABLE `virkailija_rewrite_secrets` (
  `virkailija_oid` VARCHAR(255) NOT NULL COMMENT 'Salaisuuden luoneen virkailijan OID.',
  `application_key` TEXT NOT NULL COMMENT 'Sen hakemuksen tunniste jota salaisuudella voi muokata.',
  `secret` VARCHAR(255) NOT NULL COMMENT 'Salainen arvo.',
  `valid` VARCHAR(120) NOT NULL COMMENT 'Salaisuuden voimassaoloaika.',
  UNIQUE KEY `virkailija_rewrite_secrets_secret_key` (`secret`),
  CONSTRAINT `virkailija_rewrite_secrets_virkailija_oid_fkey` FOREIGN KEY (`virkailija_oid`) REFERENCES `virkailija` (`oid`)
) COMMENT='Virkailijan tekemään hakemuksen muokkaukseen jolla muokataan henkilötietoja käytettävät salaisuudet';

CREATE TABLE `virkailija_update_secrets` (
  `virkailija_oid` VARCHAR(255) NOT NULL COMMENT 'Salaisuuden luoneen virkailijan OID.',
  `application_key` TEXT NOT NULL COMMENT 'Sen hakemuksen tunniste jota salaisuudella voi muokata.',
  `secret` VARCHAR(255) NOT NULL COMMENT 'Salainen arvo.',
  `valid` VARCHAR(120) NOT NULL COMMENT 'Salaisuuden voimassaoloaika.',
  UNIQUE KEY `virkailija_update_secrets_secret_key` (`secret`),
  CONSTRAINT `virkailija_update_secrets_virkailija_oid_fkey` FOREIGN KEY (`virkailija_oid`) REFERENCES `virkailija` (`oid`)
) COMMENT='Virkailijan tekemään hakemuksen muokkaukseen käytettävät salaisuudet';

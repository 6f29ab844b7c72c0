-- ESUP-Emargement, ESUP-Portail: attendance taking ("émargement") for exams and courses in French
-- universities - exam/course sessions with rooms, registered students and guests, check-in by student card,
-- QR code or manual ticking, supervisors and their own check-in, proxies, absences and their reasons,
-- attendance sheets sent for e-signature, staff users, preferences, activity log.
-- Upstream: github.com/EsupPortail/esup-emargement, commit f72325723f2a2685a670bc4404bac2aaa50b1296
-- (2026-08-18), licence Apache-2.0 (LICENSE).
-- Made from: the JPA entities of src/main/java/org/esupportail/emargement/domain/*.java, from which
-- Hibernate 5.6 (Spring Boot 2.7, spring.jpa.hibernate.ddl-auto=update, PostgreSQL dialect) creates the
-- schema; written here as MySQL/MariaDB DDL the way Hibernate maps them: table and column names by Spring's
-- physical naming strategy (camelCase -> snake_case, e.g. adeVET -> adevet), the id first and the other
-- persistent properties in alphabetical order of their Java names (Hibernate 5's order), @Transient fields
-- left out; Long -> BIGINT, Integer -> INT, int -> INT NOT NULL, Boolean -> TINYINT(1), String ->
-- VARCHAR(255) (or its length), columnDefinition TEXT -> TEXT, java.util.Date -> DATETIME(6) (TIME with
-- @Temporal(TIME)), enums (EnumType.STRING) -> VARCHAR(255), @Lob byte[] -> LONGBLOB; @ManyToOne and
-- @OneToOne as <property>_id BIGINT foreign keys (unique for the one-to-one), the two @ManyToMany join
-- tables with their composite primary keys, Help.key unique. Ids come from Hibernate's sequence (no
-- AUTO_INCREMENT); constraint names are ours (Hibernate's are hashes). Every table is kept.
CREATE TABLE `context` (
  `id` BIGINT NOT NULL,
  `commentaire` VARCHAR(255),
  `createur` VARCHAR(255),
  `date_creation` DATETIME(6),
  `date_modification` DATETIME(6),
  `is_actif` TINYINT(1),
  `key` VARCHAR(255),
  `title` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_app` (
  `id` BIGINT NOT NULL,
  `context_id` BIGINT,
  `context_priority` INT NOT NULL,
  `date_creation` DATETIME(6),
  `eppn` VARCHAR(255),
  `last_connexion` DATETIME(6),
  `speciality` VARCHAR(255),
  `user_role` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_app_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `motif_absence` (
  `id` BIGINT NOT NULL,
  `color` VARCHAR(255),
  `context_id` BIGINT,
  `date_modification` DATETIME(6),
  `is_actif` TINYINT(1),
  `is_malus` TINYINT(1) DEFAULT 0,
  `is_tag_checker_visible` TINYINT(1),
  `libelle` VARCHAR(255),
  `statut_absence` VARCHAR(255),
  `type_absence` VARCHAR(255),
  `user_app_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_motif_absence_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`),
  CONSTRAINT `fk_motif_absence_user_app_id` FOREIGN KEY (`user_app_id`) REFERENCES `user_app` (`id`)
);

CREATE TABLE `person` (
  `id` BIGINT NOT NULL,
  `context_id` BIGINT,
  `eppn` VARCHAR(255),
  `num_identifiant` VARCHAR(255),
  `type` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_person_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `absence` (
  `id` BIGINT NOT NULL,
  `commentaire` TEXT,
  `context_id` BIGINT,
  `date_debut` DATETIME(6),
  `date_fin` DATETIME(6),
  `date_modification` DATETIME(6),
  `heure_debut` DATETIME(6),
  `heure_fin` DATETIME(6),
  `motif_absence_id` BIGINT,
  `person_id` BIGINT,
  `user_app_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_absence_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`),
  CONSTRAINT `fk_absence_motif_absence_id` FOREIGN KEY (`motif_absence_id`) REFERENCES `motif_absence` (`id`),
  CONSTRAINT `fk_absence_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `fk_absence_user_app_id` FOREIGN KEY (`user_app_id`) REFERENCES `user_app` (`id`)
);

CREATE TABLE `ade_branch` (
  `id` BIGINT NOT NULL,
  `composante` VARCHAR(255),
  `context_id` BIGINT,
  `full_path` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ade_branch_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `appli_config` (
  `id` BIGINT NOT NULL,
  `category` VARCHAR(255),
  `context_id` BIGINT,
  `description` TEXT,
  `key` VARCHAR(120),
  `type` VARCHAR(255),
  `value` TEXT,
  `version` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_appli_config_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `big_file` (
  `id` BIGINT NOT NULL,
  `binary_file` LONGBLOB,
  `context_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_big_file_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `campus` (
  `id` BIGINT NOT NULL,
  `context_id` BIGINT,
  `description` TEXT,
  `is_default` TINYINT(1),
  `site` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_campus_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `groupe` (
  `id` BIGINT NOT NULL,
  `annee_univ` VARCHAR(255),
  `context_id` BIGINT,
  `date_creation` DATETIME(6),
  `date_modification` DATETIME(6),
  `description` VARCHAR(255),
  `modificateur` VARCHAR(255),
  `nom` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_groupe_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `statut_session` (
  `id` BIGINT NOT NULL,
  `color` VARCHAR(255),
  `context_id` BIGINT,
  `description` VARCHAR(255),
  `is_clickable` TINYINT(1),
  `is_default` TINYINT(1),
  `is_visible` TINYINT(1),
  `key` VARCHAR(255),
  `libelle` VARCHAR(255),
  `ordre` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_statut_session_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `type_session` (
  `id` BIGINT NOT NULL,
  `add_by_admin` TINYINT(1),
  `comment` VARCHAR(255),
  `context_id` BIGINT,
  `date_modification` DATETIME(6),
  `key` VARCHAR(255),
  `libelle` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_type_session_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `session_epreuve` (
  `id` BIGINT NOT NULL,
  `ade_activite_id` BIGINT,
  `ade_branch_id` BIGINT,
  `ade_event_id` BIGINT,
  `ade_project_id` BIGINT,
  `ade_repetition` INT,
  `ade_session` INT,
  `adevet` VARCHAR(255),
  `annee_univ` VARCHAR(255),
  `black_list_groupe_id` BIGINT,
  `campus_id` BIGINT,
  `comment` TEXT,
  `context_id` BIGINT,
  `date_archivage` DATETIME(6),
  `date_creation` DATETIME(6),
  `date_examen` DATETIME(6),
  `date_fin` DATETIME(6),
  `date_import` DATETIME(6),
  `fin_epreuve` TIME,
  `heure_convocation` TIME,
  `heure_epreuve` TIME,
  `is_ade_orphan` TINYINT(1),
  `is_groupe_displayed` TINYINT(1),
  `is_procuration_enabled` TINYINT(1),
  `is_save_in_excluded` TINYINT(1),
  `is_second_tag` TINYINT(1),
  `is_session_libre` TINYINT(1),
  `login_archivage` VARCHAR(255),
  `max_badgeage_alert` INT,
  `nom_session_epreuve` VARCHAR(255),
  `statut` VARCHAR(255),
  `statut_session_id` BIGINT,
  `type_badgeage` VARCHAR(255),
  `type_session_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_session_epreuve_ade_branch_id` FOREIGN KEY (`ade_branch_id`) REFERENCES `ade_branch` (`id`),
  CONSTRAINT `fk_session_epreuve_black_list_groupe_id` FOREIGN KEY (`black_list_groupe_id`) REFERENCES `groupe` (`id`),
  CONSTRAINT `fk_session_epreuve_campus_id` FOREIGN KEY (`campus_id`) REFERENCES `campus` (`id`),
  CONSTRAINT `fk_session_epreuve_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`),
  CONSTRAINT `fk_session_epreuve_statut_session_id` FOREIGN KEY (`statut_session_id`) REFERENCES `statut_session` (`id`),
  CONSTRAINT `fk_session_epreuve_type_session_id` FOREIGN KEY (`type_session_id`) REFERENCES `type_session` (`id`)
);

CREATE TABLE `guest` (
  `id` BIGINT NOT NULL,
  `context_id` BIGINT,
  `email` VARCHAR(255),
  `nom` VARCHAR(255),
  `prenom` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_guest_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `location` (
  `id` BIGINT NOT NULL,
  `ade_class_room_id` BIGINT,
  `adresse` TEXT,
  `campus_id` BIGINT,
  `capacite` INT NOT NULL,
  `context_id` BIGINT,
  `nom` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_location_campus_id` FOREIGN KEY (`campus_id`) REFERENCES `campus` (`id`),
  CONSTRAINT `fk_location_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `session_location` (
  `id` BIGINT NOT NULL,
  `capacite` INT NOT NULL,
  `context_id` BIGINT,
  `is_tiers_temps_only` TINYINT(1),
  `location_id` BIGINT,
  `priorite` INT NOT NULL,
  `session_epreuve_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_session_location_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`),
  CONSTRAINT `fk_session_location_location_id` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `fk_session_location_session_epreuve_id` FOREIGN KEY (`session_epreuve_id`) REFERENCES `session_epreuve` (`id`)
);

CREATE TABLE `tag_checker` (
  `id` BIGINT NOT NULL,
  `context_id` BIGINT,
  `session_location_id` BIGINT,
  `tag_date` DATETIME(6),
  `tag_date2` DATETIME(6),
  `tag_validator_id` BIGINT,
  `tag_validator2_id` BIGINT,
  `type_emargement` VARCHAR(255),
  `type_emargement2` VARCHAR(255),
  `user_app_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tag_checker_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`),
  CONSTRAINT `fk_tag_checker_session_location_id` FOREIGN KEY (`session_location_id`) REFERENCES `session_location` (`id`),
  CONSTRAINT `fk_tag_checker_tag_validator_id` FOREIGN KEY (`tag_validator_id`) REFERENCES `user_app` (`id`),
  CONSTRAINT `fk_tag_checker_tag_validator2_id` FOREIGN KEY (`tag_validator2_id`) REFERENCES `user_app` (`id`),
  CONSTRAINT `fk_tag_checker_user_app_id` FOREIGN KEY (`user_app_id`) REFERENCES `user_app` (`id`)
);

CREATE TABLE `tag_check` (
  `id` BIGINT NOT NULL,
  `absence_id` BIGINT,
  `check_ldap` TINYINT(1),
  `code_etape` VARCHAR(255),
  `comment` TEXT,
  `context_id` BIGINT,
  `date_envoi_convocation` DATETIME(6),
  `guest_id` BIGINT,
  `is_tiers_temps` TINYINT(1),
  `is_unknown` TINYINT(1),
  `nb_badgeage` INT,
  `num_anonymat` VARCHAR(255),
  `person_id` BIGINT,
  `proxy_person_id` BIGINT,
  `session_epreuve_id` BIGINT,
  `session_location_badged_id` BIGINT,
  `session_location_expected_id` BIGINT,
  `session_token` VARCHAR(255),
  `tag_checker_id` BIGINT,
  `tag_checker2_id` BIGINT,
  `tag_date` DATETIME(6),
  `tag_date2` DATETIME(6),
  `type_emargement` VARCHAR(255),
  `type_emargement2` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tag_check_absence_id` FOREIGN KEY (`absence_id`) REFERENCES `absence` (`id`),
  CONSTRAINT `fk_tag_check_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`),
  CONSTRAINT `fk_tag_check_guest_id` FOREIGN KEY (`guest_id`) REFERENCES `guest` (`id`),
  CONSTRAINT `fk_tag_check_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `fk_tag_check_proxy_person_id` FOREIGN KEY (`proxy_person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `fk_tag_check_session_epreuve_id` FOREIGN KEY (`session_epreuve_id`) REFERENCES `session_epreuve` (`id`),
  CONSTRAINT `fk_tag_check_session_location_badged_id` FOREIGN KEY (`session_location_badged_id`) REFERENCES `session_location` (`id`),
  CONSTRAINT `fk_tag_check_session_location_expected_id` FOREIGN KEY (`session_location_expected_id`) REFERENCES `session_location` (`id`),
  CONSTRAINT `fk_tag_check_tag_checker_id` FOREIGN KEY (`tag_checker_id`) REFERENCES `tag_checker` (`id`),
  CONSTRAINT `fk_tag_check_tag_checker2_id` FOREIGN KEY (`tag_checker2_id`) REFERENCES `tag_checker` (`id`)
);

CREATE TABLE `esup_signature` (
  `id` BIGINT NOT NULL,
  `context_id` BIGINT,
  `date_modification` DATETIME(6),
  `session_epreuve_id` BIGINT,
  `sign_request_id` BIGINT,
  `statut_signature` VARCHAR(255),
  `stored_file_id` BIGINT,
  `tag_check_id` BIGINT,
  `type_signature` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_esup_signature_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`),
  CONSTRAINT `fk_esup_signature_session_epreuve_id` FOREIGN KEY (`session_epreuve_id`) REFERENCES `session_epreuve` (`id`),
  CONSTRAINT `fk_esup_signature_tag_check_id` FOREIGN KEY (`tag_check_id`) REFERENCES `tag_check` (`id`)
);

CREATE TABLE `groupe_guest` (
  `groupe_id` BIGINT NOT NULL,
  `guest_id` BIGINT NOT NULL,
  PRIMARY KEY (`groupe_id`, `guest_id`),
  CONSTRAINT `fk_groupe_guest_groupe_id` FOREIGN KEY (`groupe_id`) REFERENCES `groupe` (`id`),
  CONSTRAINT `fk_groupe_guest_guest_id` FOREIGN KEY (`guest_id`) REFERENCES `guest` (`id`)
);

CREATE TABLE `groupe_person` (
  `groupe_id` BIGINT NOT NULL,
  `person_id` BIGINT NOT NULL,
  PRIMARY KEY (`groupe_id`, `person_id`),
  CONSTRAINT `fk_groupe_person_groupe_id` FOREIGN KEY (`groupe_id`) REFERENCES `groupe` (`id`),
  CONSTRAINT `fk_groupe_person_person_id` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
);

CREATE TABLE `help` (
  `id` BIGINT NOT NULL,
  `date_modification` DATETIME(6),
  `description` TEXT,
  `key` VARCHAR(120),
  `value` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_help_key` (`key`)
);

CREATE TABLE `log` (
  `id` BIGINT NOT NULL,
  `action` VARCHAR(255),
  `cible_login` VARCHAR(255),
  `comment` TEXT,
  `context_id` BIGINT,
  `eppn` VARCHAR(255),
  `log_date` DATETIME(6),
  `remote_address` VARCHAR(255),
  `ret_code` VARCHAR(255),
  `type` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_log_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

CREATE TABLE `prefs` (
  `id` BIGINT NOT NULL,
  `context_id` BIGINT,
  `date_modification` DATETIME(6),
  `nom` VARCHAR(255),
  `user_app_id` BIGINT,
  `value` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_prefs_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`),
  CONSTRAINT `fk_prefs_user_app_id` FOREIGN KEY (`user_app_id`) REFERENCES `user_app` (`id`)
);

CREATE TABLE `stored_file` (
  `id` BIGINT NOT NULL,
  `absence_id` BIGINT,
  `big_file_id` BIGINT,
  `comment` TEXT,
  `content_type` VARCHAR(255),
  `context_id` BIGINT,
  `file_size` BIGINT,
  `filename` VARCHAR(255),
  `send_time` DATETIME(6),
  `session_epreuve_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_stored_file_big_file_id` (`big_file_id`),
  CONSTRAINT `fk_stored_file_absence_id` FOREIGN KEY (`absence_id`) REFERENCES `absence` (`id`),
  CONSTRAINT `fk_stored_file_big_file_id` FOREIGN KEY (`big_file_id`) REFERENCES `big_file` (`id`),
  CONSTRAINT `fk_stored_file_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`),
  CONSTRAINT `fk_stored_file_session_epreuve_id` FOREIGN KEY (`session_epreuve_id`) REFERENCES `session_epreuve` (`id`)
);

CREATE TABLE `task` (
  `id` BIGINT NOT NULL,
  `ade_project` VARCHAR(255),
  `campus_id` BIGINT,
  `composante` VARCHAR(255),
  `context_id` BIGINT,
  `date_creation` DATETIME(6),
  `date_execution` DATETIME(6),
  `date_fin_execution` DATETIME(6),
  `is_actif` TINYINT(1),
  `libelle` VARCHAR(255),
  `nb_modifs` INT NOT NULL,
  `param` VARCHAR(255),
  `status` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_task_campus_id` FOREIGN KEY (`campus_id`) REFERENCES `campus` (`id`),
  CONSTRAINT `fk_task_context_id` FOREIGN KEY (`context_id`) REFERENCES `context` (`id`)
);

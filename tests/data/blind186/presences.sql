-- Présences (OPEN-ENT-NG/presences) — school attendance and school-life module of the Open ENT NG / Edifice digital
-- workspaces of French secondary schools: class registers, absences, lateness and departures, reasons and
-- regularisation, exemptions, forgotten correspondence booklets, alerts, parents' absence statements, incidents and
-- their protagonists, mass mailings (e-mail, SMS, PDF letters) to parents.
-- Upstream: github.com/OPEN-ENT-NG/presences, the SQL migrations of its four modules
-- (presences/, incidents/, massmailing/, statistics-presences/ src/main/resources/sql/*.sql), commit
-- 64784c0703d6e6c97b6169ef1e5b450f9c833a22 (AGPL-3.0).
-- Made by running every migration in file order (module by module) into a scratch PostgreSQL 15 and writing the
-- resulting tables back as MySQL DDL from the catalog, without their PostgreSQL schema names (presences, incidents,
-- massmailing, presences_statistics): columns in upstream order, primary keys, unique constraints, foreign keys
-- (tables reordered so that referenced tables come first; duplicate constraint names prefixed with their table).
-- Left out: the `scripts` migration-log tables of incidents, massmailing and presences_statistics (same name as
-- presences.scripts), the view presences.exemption_view, functions and triggers. Users, classes and courses live in
-- the ENT's directory (Neo4j) and timetable (MongoDB); here they are 36-character ids.

CREATE TABLE `reason` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `proving` TINYINT(1) NOT NULL DEFAULT 0,
  `comment` TEXT,
  `default` TINYINT(1) NOT NULL DEFAULT 0,
  `group` TINYINT(1) NOT NULL DEFAULT 0,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `absence_compliance` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `reason_type_id` BIGINT DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collective_absence` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_date` DATETIME NOT NULL,
  `end_date` DATETIME NOT NULL,
  `counsellor_regularisation` TINYINT(1) NOT NULL DEFAULT 0,
  `comment` TEXT,
  `reason_id` BIGINT,
  `owner_id` VARCHAR(36),
  `structure_id` VARCHAR(36) NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_reason_id` FOREIGN KEY (`reason_id`) REFERENCES `reason` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `absence` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_date` DATETIME,
  `end_date` DATETIME,
  `student_id` VARCHAR(36) NOT NULL,
  `reason_id` BIGINT,
  `structure_id` VARCHAR(36),
  `counsellor_regularisation` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `owner` VARCHAR(36),
  `collective_id` BIGINT,
  `followed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `absence_collective_id_fkey` FOREIGN KEY (`collective_id`) REFERENCES `collective_absence` (`id`),
  CONSTRAINT `absence_fk_reason_id` FOREIGN KEY (`reason_id`) REFERENCES `reason` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `abbreviation` TEXT NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `student_id` VARCHAR(36),
  `structure_id` VARCHAR(36),
  `type` VARCHAR(255),
  `count` BIGINT NOT NULL DEFAULT 0,
  `date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `delete_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `student_id` VARCHAR(36),
  `structure_id` VARCHAR(36),
  `type` VARCHAR(255),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `event_id` BIGINT NOT NULL,
  `date` DATETIME NOT NULL,
  `delete_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_alert` (`event_id`, `structure_id`, `student_id`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discipline` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `etablissements_actifs` (
  `id_etablissement` VARCHAR(36) NOT NULL,
  `actif` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id_etablissement`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_type` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `label` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `register_proof` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `register_state` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `label` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `register` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `personnel_id` VARCHAR(36) NOT NULL,
  `course_id` VARCHAR(255) NOT NULL,
  `state_id` BIGINT NOT NULL,
  `proof_id` BIGINT,
  `counsellor_input` TINYINT(1) DEFAULT 0,
  `owner` VARCHAR(36),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `subject_id` VARCHAR(255),
  `start_date` DATETIME,
  `end_date` DATETIME,
  `structure_id` VARCHAR(36) NOT NULL,
  `notified` TINYINT(1) NOT NULL DEFAULT 0,
  `split_slot` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `register_course_id_start_date_end_date_key` (`course_id`, `start_date`, `end_date`),
  CONSTRAINT `fk_proof_id` FOREIGN KEY (`proof_id`) REFERENCES `register_proof` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_state_id` FOREIGN KEY (`state_id`) REFERENCES `register_state` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_date` DATETIME,
  `end_date` DATETIME,
  `comment` TEXT,
  `counsellor_input` TINYINT(1) NOT NULL DEFAULT 0,
  `student_id` VARCHAR(36) NOT NULL,
  `register_id` BIGINT NOT NULL,
  `type_id` BIGINT NOT NULL,
  `reason_id` BIGINT,
  `owner` VARCHAR(36) NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `counsellor_regularisation` TINYINT(1) NOT NULL DEFAULT 0,
  `followed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_event_type_id` FOREIGN KEY (`type_id`) REFERENCES `event_type` (`id`) ON DELETE CASCADE,
  CONSTRAINT `event_fk_reason_id` FOREIGN KEY (`reason_id`) REFERENCES `reason` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_register_id` FOREIGN KEY (`register_id`) REFERENCES `register` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_actions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event_id` BIGINT NOT NULL,
  `action_id` BIGINT NOT NULL,
  `owner` VARCHAR(36) NOT NULL,
  `created_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `comment` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_action_id` FOREIGN KEY (`action_id`) REFERENCES `actions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exemption_recursive` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `student_id` VARCHAR(36) NOT NULL,
  `structure_id` VARCHAR(36) NOT NULL,
  `start_date` DATETIME NOT NULL,
  `end_date` DATETIME NOT NULL,
  `day_of_week` JSON NOT NULL,
  `is_every_two_weeks` TINYINT(1) NOT NULL DEFAULT 0,
  `comment` TEXT,
  `attendance` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exemption` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `student_id` VARCHAR(36) NOT NULL,
  `structure_id` VARCHAR(36) NOT NULL,
  `subject_id` VARCHAR(255) NOT NULL,
  `start_date` DATETIME NOT NULL,
  `end_date` DATETIME NOT NULL,
  `comment` TEXT,
  `attendance` TINYINT(1) NOT NULL DEFAULT 0,
  `recursive_id` BIGINT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `exemption_recursive_id_fkey` FOREIGN KEY (`recursive_id`) REFERENCES `exemption_recursive` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forgotten_notebook` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `date` DATE NOT NULL,
  `student_id` VARCHAR(36) NOT NULL,
  `structure_id` VARCHAR(36) NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_forgotten_notebook` (`date`, `student_id`, `structure_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group` (
  `id` VARCHAR(36) NOT NULL,
  `type` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `presence` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_date` DATETIME,
  `end_date` DATETIME,
  `discipline_id` BIGINT NOT NULL,
  `owner` VARCHAR(36) NOT NULL,
  `structure_id` VARCHAR(36) NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `presence_student` (
  `student_id` VARCHAR(36) NOT NULL,
  `comment` TEXT,
  `presence_id` BIGINT NOT NULL,
  CONSTRAINT `presence_student_presence_id_fkey` FOREIGN KEY (`presence_id`) REFERENCES `presence` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reason_alert_exclude_rules_type` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `rule_type` VARCHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `reason_alert_exclude_rules_type_rule_type_key` (`rule_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reason_alert` (
  `structure_id` VARCHAR(36) NOT NULL,
  `reason_id` BIGINT NOT NULL,
  `reason_alert_exclude_rules_type_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME,
  UNIQUE KEY `uniq_reason_alert` (`structure_id`, `reason_id`, `reason_alert_exclude_rules_type_id`),
  CONSTRAINT `reason_alert_reason_alert_exclude_rules_type_id_fkey` FOREIGN KEY (`reason_alert_exclude_rules_type_id`) REFERENCES `reason_alert_exclude_rules_type` (`id`),
  CONSTRAINT `reason_alert_reason_id_fkey` FOREIGN KEY (`reason_id`) REFERENCES `reason` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reason_type` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `label` TEXT NOT NULL,
  `structure_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rel_audience_collective` (
  `collective_id` BIGINT NOT NULL,
  `audience_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`collective_id`, `audience_id`),
  CONSTRAINT `fk_collective_id` FOREIGN KEY (`collective_id`) REFERENCES `collective_absence` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rel_group_register` (
  `register_id` BIGINT NOT NULL,
  `group_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`register_id`, `group_id`),
  CONSTRAINT `fk_group_id` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rel_group_register_fk_register_id` FOREIGN KEY (`register_id`) REFERENCES `register` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rel_teacher_register` (
  `register_id` BIGINT NOT NULL,
  `teacher_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`register_id`, `teacher_id`),
  CONSTRAINT `rel_teacher_register_fk_register_id` FOREIGN KEY (`register_id`) REFERENCES `register` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scripts` (
  `filename` VARCHAR(255) NOT NULL,
  `passed` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`filename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `structure_id` VARCHAR(36) NOT NULL,
  `alert_absence_threshold` BIGINT NOT NULL DEFAULT 0,
  `alert_lateness_threshold` BIGINT NOT NULL DEFAULT 0,
  `alert_incident_threshold` BIGINT NOT NULL DEFAULT 0,
  `alert_forgotten_notebook_threshold` BIGINT NOT NULL DEFAULT 0,
  `event_recovery_method` VARCHAR(50) NOT NULL DEFAULT 'HALF_DAY',
  `initialized` TINYINT(1) NOT NULL DEFAULT 0,
  `allow_multiple_slots` TINYINT(1) NOT NULL DEFAULT 1,
  `exclude_alert_absence_no_reason` TINYINT(1) NOT NULL DEFAULT 0,
  `exclude_alert_lateness_no_reason` TINYINT(1) NOT NULL DEFAULT 0,
  `exclude_alert_forgotten_notebook` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`structure_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statement_absence` (
  `id` BIGINT NOT NULL,
  `start_at` DATETIME NOT NULL,
  `end_at` DATETIME NOT NULL,
  `student_id` VARCHAR(36) NOT NULL,
  `structure_id` VARCHAR(36) NOT NULL,
  `description` TEXT,
  `treated_at` DATETIME,
  `validator_id` VARCHAR(36),
  `attachment_id` VARCHAR(36),
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `parent_id` VARCHAR(36),
  `metadata` JSON
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `testimony` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `label` TEXT,
  `start_date` DATETIME NOT NULL,
  `end_date` DATETIME NOT NULL,
  `comment` TEXT,
  `student_id` VARCHAR(36) NOT NULL,
  `structure_id` VARCHAR(36) NOT NULL,
  `processed` TINYINT(1) NOT NULL DEFAULT 0,
  `fullday` TINYINT(1) NOT NULL DEFAULT 0,
  `owner` VARCHAR(36) NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `testimony_attachment` (
  `id` VARCHAR(36) NOT NULL,
  `testimony_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_testimony_id` FOREIGN KEY (`testimony_id`) REFERENCES `testimony` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partner` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `place` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `seriousness` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `level` BIGINT,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `exclude_alert_seriousness` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `incident_type` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `incident` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner` VARCHAR(36) NOT NULL,
  `structure_id` VARCHAR(36) NOT NULL,
  `date` DATETIME,
  `selected_hour` TINYINT(1) NOT NULL DEFAULT 0,
  `description` TEXT,
  `created` DATETIME,
  `processed` TINYINT(1) NOT NULL DEFAULT 0,
  `place_id` BIGINT,
  `partner_id` BIGINT,
  `type_id` BIGINT,
  `seriousness_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_partner_id` FOREIGN KEY (`partner_id`) REFERENCES `partner` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_place_id` FOREIGN KEY (`place_id`) REFERENCES `place` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_seriousness_id` FOREIGN KEY (`seriousness_id`) REFERENCES `seriousness` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_type_id` FOREIGN KEY (`type_id`) REFERENCES `incident_type` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `protagonist_type` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `protagonist` (
  `user_id` VARCHAR(36) NOT NULL,
  `incident_id` BIGINT NOT NULL,
  `type_id` BIGINT,
  PRIMARY KEY (`user_id`, `incident_id`),
  CONSTRAINT `fk_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `incident` (`id`) ON DELETE CASCADE,
  CONSTRAINT `protagonist_fk_type_id` FOREIGN KEY (`type_id`) REFERENCES `protagonist_type` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `punishment_category` (
  `id` BIGINT NOT NULL,
  `label` TEXT NOT NULL,
  `url_img` VARCHAR(255) NOT NULL,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `punishment_type` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `type` TEXT,
  `punishment_category_id` BIGINT NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailing` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `student_id` VARCHAR(36) NOT NULL,
  `structure_id` VARCHAR(36) NOT NULL,
  `type` VARCHAR(50),
  `content` TEXT NOT NULL,
  `recipient_id` VARCHAR(36),
  `recipient` VARCHAR(255),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `file_id` VARCHAR(36),
  `metadata` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailing_event` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mailing_id` BIGINT,
  `event_id` VARCHAR(36),
  `event_type` VARCHAR(50),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_mailing_events` (`mailing_id`, `event_id`, `event_type`),
  CONSTRAINT `fk_mailing_id` FOREIGN KEY (`mailing_id`) REFERENCES `mailing` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `structure_id` VARCHAR(36),
  `name` VARCHAR(250),
  `content` TEXT,
  `type` VARCHAR(50),
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `owner` VARCHAR(36) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` VARCHAR(255) NOT NULL,
  `structure` VARCHAR(255) NOT NULL,
  `modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`, `structure`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- OpenOversight (Lucy Parsons Labs; police officer accountability: officers, assignments, salaries, photos and face tags,
-- incidents with locations, police-vehicle plates and links, contributor accounts).
-- Source: github.com/lucyparsons/OpenOversight `OpenOversight/app/models/database.py` (Flask-SQLAlchemy models) at commit
-- 00976630a3c8f9898e52444e88a37dbe4e7fd0be (GPL-3.0). Upstream creates a fresh database with `db.create_all()` (its
-- migrations' env.py) and then stamps the Alembic head; that was done here with the versions upstream pins (SQLAlchemy
-- 1.4.52, Flask-SQLAlchemy 3.0.5) against MariaDB, and the tables written as MySQL DDL from information_schema.
-- Column names and order as created (SQLAlchemy 1.4 puts the TrackUpdates mixin's created_at / last_updated_at first and
-- its declared created_by / last_updated_by last); primary, unique and foreign keys kept (the users <-> departments
-- cycle closed with ALTER TABLE at the end). Changes: the PostgreSQL server default 'false' of faces.featured written
-- 0; the four CHECK constraints (officer gender options, users' confirmed/approved/disabled pairs) left out, because
-- MariaDB refuses an ON DELETE SET NULL key on a checked column; TIMESTAMP WITH TIME ZONE as DATETIME. All 20 tables kept (alembic_version left out).

CREATE TABLE `departments` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `short_name` varchar(100) NOT NULL,
  `state` varchar(2) NOT NULL DEFAULT '',
  `unique_internal_identifier_label` varchar(100) NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  UNIQUE KEY `departments_name_state` (`name`, `state`),
  KEY `last_updated_by` (`last_updated_by`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `_uuid` varchar(36) NOT NULL,
  `email` varchar(64) NULL DEFAULT NULL,
  `username` varchar(64) NULL DEFAULT NULL,
  `password_hash` varchar(128) NULL DEFAULT NULL,
  `confirmed_at` datetime NULL DEFAULT NULL,
  `confirmed_by` int(11) NULL DEFAULT NULL,
  `approved_at` datetime NULL DEFAULT NULL,
  `approved_by` int(11) NULL DEFAULT NULL,
  `is_area_coordinator` tinyint(1) NULL DEFAULT NULL,
  `ac_department_id` int(11) NULL DEFAULT NULL,
  `is_administrator` tinyint(1) NULL DEFAULT NULL,
  `disabled_at` datetime NULL DEFAULT NULL,
  `disabled_by` int(11) NULL DEFAULT NULL,
  `dept_pref` int(11) NULL DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_users_email` (`email`),
  UNIQUE KEY `ix_users_username` (`username`),
  UNIQUE KEY `ix_users__uuid` (`_uuid`),
  KEY `users_ac_department_id_fkey` (`ac_department_id`),
  KEY `users_approved_by_fkey` (`approved_by`),
  KEY `users_confirmed_by_fkey` (`confirmed_by`),
  KEY `users_dept_pref_fkey` (`dept_pref`),
  KEY `users_disabled_by_fkey` (`disabled_by`),
  CONSTRAINT `users_ac_department_id_fkey` FOREIGN KEY (`ac_department_id`) REFERENCES `departments` (`id`),
  CONSTRAINT `users_approved_by_fkey` FOREIGN KEY (`approved_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_confirmed_by_fkey` FOREIGN KEY (`confirmed_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_dept_pref_fkey` FOREIGN KEY (`dept_pref`) REFERENCES `departments` (`id`),
  CONSTRAINT `users_disabled_by_fkey` FOREIGN KEY (`disabled_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `job_title` varchar(255) NOT NULL,
  `is_sworn_officer` tinyint(1) NULL DEFAULT NULL,
  `order` int(11) NOT NULL,
  `department_id` int(11) NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `ix_jobs_is_sworn_officer` (`is_sworn_officer`),
  KEY `ix_jobs_job_title` (`job_title`),
  KEY `ix_jobs_order` (`order`),
  KEY `jobs_department_id_fkey` (`department_id`),
  KEY `last_updated_by` (`last_updated_by`),
  UNIQUE KEY `unique_department_job_titles` (`job_title`, `department_id`),
  CONSTRAINT `jobs_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`),
  CONSTRAINT `jobs_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `jobs_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_plates` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `number` varchar(8) NOT NULL,
  `state` varchar(2) NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `ix_license_plates_number` (`number`),
  KEY `ix_license_plates_state` (`state`),
  KEY `last_updated_by` (`last_updated_by`),
  CONSTRAINT `license_plates_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `license_plates_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `links` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NULL DEFAULT NULL,
  `url` text NOT NULL,
  `link_type` varchar(100) NULL DEFAULT NULL,
  `description` text NULL DEFAULT NULL,
  `author` varchar(255) NULL DEFAULT NULL,
  `has_content_warning` tinyint(1) NOT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `ix_links_link_type` (`link_type`),
  KEY `ix_links_title` (`title`),
  KEY `last_updated_by` (`last_updated_by`),
  CONSTRAINT `links_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `links_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `street_name` varchar(100) NULL DEFAULT NULL,
  `cross_street1` varchar(100) NULL DEFAULT NULL,
  `cross_street2` varchar(100) NULL DEFAULT NULL,
  `city` varchar(100) NULL DEFAULT NULL,
  `state` varchar(2) NULL DEFAULT NULL,
  `zip_code` varchar(5) NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `ix_locations_city` (`city`),
  KEY `ix_locations_state` (`state`),
  KEY `ix_locations_street_name` (`street_name`),
  KEY `ix_locations_zip_code` (`zip_code`),
  KEY `last_updated_by` (`last_updated_by`),
  CONSTRAINT `locations_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `locations_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `incidents` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NULL DEFAULT NULL,
  `time` time NULL DEFAULT NULL,
  `report_number` varchar(50) NULL DEFAULT NULL,
  `description` text NULL DEFAULT NULL,
  `address_id` int(11) NULL DEFAULT NULL,
  `department_id` int(11) NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `incidents_address_id_fkey` (`address_id`),
  KEY `incidents_department_id_fkey` (`department_id`),
  KEY `ix_incidents_date` (`date`),
  KEY `ix_incidents_report_number` (`report_number`),
  KEY `ix_incidents_time` (`time`),
  KEY `last_updated_by` (`last_updated_by`),
  CONSTRAINT `incidents_address_id_fkey` FOREIGN KEY (`address_id`) REFERENCES `locations` (`id`),
  CONSTRAINT `incidents_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`),
  CONSTRAINT `incidents_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `incidents_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `incident_license_plates` (
  `incident_id` int(11) NOT NULL,
  `license_plate_id` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`incident_id`, `license_plate_id`),
  KEY `incident_license_plates_license_plate_id_fkey` (`license_plate_id`),
  CONSTRAINT `incident_license_plates_incident_id_fkey` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`),
  CONSTRAINT `incident_license_plates_license_plate_id_fkey` FOREIGN KEY (`license_plate_id`) REFERENCES `license_plates` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `incident_links` (
  `incident_id` int(11) NOT NULL,
  `link_id` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`incident_id`, `link_id`),
  KEY `incident_links_link_id_fkey` (`link_id`),
  CONSTRAINT `incident_links_incident_id_fkey` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`),
  CONSTRAINT `incident_links_link_id_fkey` FOREIGN KEY (`link_id`) REFERENCES `links` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `officers` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `last_name` varchar(120) NULL DEFAULT NULL,
  `first_name` varchar(120) NULL DEFAULT NULL,
  `middle_initial` varchar(120) NULL DEFAULT NULL,
  `suffix` varchar(120) NULL DEFAULT NULL,
  `race` varchar(120) NULL DEFAULT NULL,
  `gender` varchar(5) NULL DEFAULT NULL,
  `employment_date` date NULL DEFAULT NULL,
  `birth_year` int(11) NULL DEFAULT NULL,
  `department_id` int(11) NULL DEFAULT NULL,
  `unique_internal_identifier` varchar(50) NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `ix_officers_birth_year` (`birth_year`),
  KEY `ix_officers_employment_date` (`employment_date`),
  KEY `ix_officers_first_name` (`first_name`),
  KEY `ix_officers_gender` (`gender`),
  KEY `ix_officers_last_name` (`last_name`),
  KEY `ix_officers_race` (`race`),
  KEY `ix_officers_suffix` (`suffix`),
  UNIQUE KEY `ix_officers_unique_internal_identifier` (`unique_internal_identifier`),
  KEY `last_updated_by` (`last_updated_by`),
  KEY `officers_department_id_fkey` (`department_id`),
  CONSTRAINT `officers_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`),
  CONSTRAINT `officers_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `officers_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `descriptions` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text_contents` text NULL DEFAULT NULL,
  `officer_id` int(11) NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `last_updated_by` (`last_updated_by`),
  KEY `officer_id` (`officer_id`),
  CONSTRAINT `descriptions_ibfk_1` FOREIGN KEY (`officer_id`) REFERENCES `officers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `descriptions_ibfk_2` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `descriptions_ibfk_3` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `incident_officers` (
  `incident_id` int(11) NOT NULL,
  `officers_id` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`incident_id`, `officers_id`),
  KEY `incident_officers_officers_id_fkey` (`officers_id`),
  CONSTRAINT `incident_officers_incident_id_fkey` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`),
  CONSTRAINT `incident_officers_officers_id_fkey` FOREIGN KEY (`officers_id`) REFERENCES `officers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text_contents` text NULL DEFAULT NULL,
  `officer_id` int(11) NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `last_updated_by` (`last_updated_by`),
  KEY `officer_id` (`officer_id`),
  CONSTRAINT `notes_ibfk_1` FOREIGN KEY (`officer_id`) REFERENCES `officers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notes_ibfk_2` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `notes_ibfk_3` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `officer_incidents` (
  `officer_id` int(11) NOT NULL,
  `incident_id` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`officer_id`, `incident_id`),
  KEY `officer_incidents_incident_id_fkey` (`incident_id`),
  CONSTRAINT `officer_incidents_incident_id_fkey` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`),
  CONSTRAINT `officer_incidents_officer_id_fkey` FOREIGN KEY (`officer_id`) REFERENCES `officers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `officer_links` (
  `officer_id` int(11) NOT NULL,
  `link_id` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`officer_id`, `link_id`),
  KEY `officer_links_link_id_fkey` (`link_id`),
  CONSTRAINT `officer_links_link_id_fkey` FOREIGN KEY (`link_id`) REFERENCES `links` (`id`),
  CONSTRAINT `officer_links_officer_id_fkey` FOREIGN KEY (`officer_id`) REFERENCES `officers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raw_images` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `filepath` varchar(255) NULL DEFAULT NULL,
  `hash_img` varchar(120) NULL DEFAULT NULL,
  `taken_at` datetime NULL DEFAULT NULL,
  `contains_cops` tinyint(1) NULL DEFAULT NULL,
  `is_tagged` tinyint(1) NULL DEFAULT NULL,
  `department_id` int(11) NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `ix_raw_images_taken_at` (`taken_at`),
  KEY `last_updated_by` (`last_updated_by`),
  KEY `raw_images_department_id_fkey` (`department_id`),
  CONSTRAINT `raw_images_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`),
  CONSTRAINT `raw_images_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `raw_images_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `faces` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `officer_id` int(11) NULL DEFAULT NULL,
  `img_id` int(11) NULL DEFAULT NULL,
  `original_image_id` int(11) NULL DEFAULT NULL,
  `face_position_x` int(11) NULL DEFAULT NULL,
  `face_position_y` int(11) NULL DEFAULT NULL,
  `face_width` int(11) NULL DEFAULT NULL,
  `face_height` int(11) NULL DEFAULT NULL,
  `featured` tinyint(1) NOT NULL DEFAULT 0,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `fk_face_image_id` (`img_id`),
  KEY `fk_face_original_image_id` (`original_image_id`),
  KEY `last_updated_by` (`last_updated_by`),
  UNIQUE KEY `unique_faces` (`officer_id`, `img_id`),
  CONSTRAINT `faces_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `faces_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `faces_officer_id_fkey` FOREIGN KEY (`officer_id`) REFERENCES `officers` (`id`),
  CONSTRAINT `fk_face_image_id` FOREIGN KEY (`img_id`) REFERENCES `raw_images` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_face_original_image_id` FOREIGN KEY (`original_image_id`) REFERENCES `raw_images` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `salaries` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `officer_id` int(11) NULL DEFAULT NULL,
  `salary` float NOT NULL,
  `overtime_pay` float NULL DEFAULT NULL,
  `year` int(11) NOT NULL,
  `is_fiscal_year` tinyint(1) NOT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `ix_salaries_overtime_pay` (`overtime_pay`),
  KEY `ix_salaries_salary` (`salary`),
  KEY `ix_salaries_year` (`year`),
  KEY `last_updated_by` (`last_updated_by`),
  KEY `salaries_officer_id_fkey` (`officer_id`),
  CONSTRAINT `salaries_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `salaries_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `salaries_officer_id_fkey` FOREIGN KEY (`officer_id`) REFERENCES `officers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unit_types` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(120) NULL DEFAULT NULL,
  `department_id` int(11) NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created_by` (`created_by`),
  KEY `ix_unit_types_description` (`description`),
  KEY `last_updated_by` (`last_updated_by`),
  KEY `unit_types_department_id_fkey` (`department_id`),
  CONSTRAINT `unit_types_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`),
  CONSTRAINT `unit_types_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `unit_types_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignments` (
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `last_updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `officer_id` int(11) NULL DEFAULT NULL,
  `star_no` varchar(120) NULL DEFAULT NULL,
  `job_id` int(11) NOT NULL,
  `unit_id` int(11) NULL DEFAULT NULL,
  `start_date` date NULL DEFAULT NULL,
  `resign_date` date NULL DEFAULT NULL,
  `created_by` int(11) NULL DEFAULT NULL,
  `last_updated_by` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `assignments_job_id_fkey` (`job_id`),
  KEY `assignments_officer_id_fkey` (`officer_id`),
  KEY `assignments_unit_id_fkey` (`unit_id`),
  KEY `created_by` (`created_by`),
  KEY `ix_assignments_resign_date` (`resign_date`),
  KEY `ix_assignments_start_date` (`start_date`),
  KEY `ix_assignments_star_no` (`star_no`),
  KEY `last_updated_by` (`last_updated_by`),
  CONSTRAINT `assignments_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `assignments_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `assignments_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`),
  CONSTRAINT `assignments_officer_id_fkey` FOREIGN KEY (`officer_id`) REFERENCES `officers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `assignments_unit_id_fkey` FOREIGN KEY (`unit_id`) REFERENCES `unit_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `departments` ADD CONSTRAINT `departments_ibfk_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `departments` ADD CONSTRAINT `departments_ibfk_2` FOREIGN KEY (`last_updated_by`) REFERENCES `users` (`id`) ON DELETE SET NULL;

-- TheQ (Service BC queue management system of the Province of British Columbia: walk-in queue of citizens at Service
-- BC offices, customer service representatives and their service periods, counters, online appointments of public
-- users, exam invigilation bookings and rooms)
-- Upstream: github.com/bcgov/queue-management, commit 0faa6c2f852d9e4ea9013ca99029ea21361d1d30 (Apache-2.0)
-- Upstream has no SQL schema: the PostgreSQL database is made by Flask-SQLAlchemy from the models
-- `api/app/models/theq/*.py` and `api/app/models/bookings/*.py` and kept by the Alembic migrations of
-- `api/migrations/versions/`. Written here as MySQL DDL from the models, one table per model or association table
-- (`db.Table`), columns in declaration order, names, nullability, defaults, unique keys and foreign keys as declared;
-- the two SQLAlchemy-Continuum tables of the versioned `Appointment` model (`appointment_version`, `transaction`)
-- are taken from migration `4b4bac23d407_appointment_version.py`. Types: Integer int(11), String(n) varchar(n),
-- unbounded String text, DateTime and sqlalchemy_utc UtcDateTime datetime, Float double, Boolean tinyint(1),
-- Enum(...) enum of the member names, JSON json, the PostgreSQL ARRAY(String) `timeslot.day_of_week` text.
-- All tables; nothing left out (the unused duplicate `Permission` class of `right.py` maps the same table).

CREATE TABLE `smartboard` (
  `sb_id` int(11) NOT NULL AUTO_INCREMENT,
  `sb_type` varchar(45) NOT NULL,
  PRIMARY KEY (`sb_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timezone` (
  `timezone_id` int(11) NOT NULL AUTO_INCREMENT,
  `timezone_name` varchar(256) NOT NULL,
  PRIMARY KEY (`timezone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `counter` (
  `counter_id` int(11) NOT NULL AUTO_INCREMENT,
  `counter_name` varchar(50) NOT NULL,
  PRIMARY KEY (`counter_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channel` (
  `channel_id` int(11) NOT NULL AUTO_INCREMENT,
  `channel_name` varchar(100) NOT NULL,
  PRIMARY KEY (`channel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `citizenstate` (
  `cs_id` int(11) NOT NULL AUTO_INCREMENT,
  `cs_state_name` varchar(100) NOT NULL,
  `cs_state_desc` varchar(1000) NOT NULL,
  PRIMARY KEY (`cs_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `csrstate` (
  `csr_state_id` int(11) NOT NULL AUTO_INCREMENT,
  `csr_state_name` varchar(50) NOT NULL,
  `csr_state_desc` varchar(1000) NOT NULL,
  PRIMARY KEY (`csr_state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `periodstate` (
  `ps_id` int(11) NOT NULL AUTO_INCREMENT,
  `ps_name` varchar(100) NOT NULL,
  `ps_desc` varchar(1000) NOT NULL,
  `ps_number` int(11) NOT NULL,
  PRIMARY KEY (`ps_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `srstate` (
  `sr_state_id` int(11) NOT NULL AUTO_INCREMENT,
  `sr_code` varchar(100) NOT NULL,
  `sr_state_desc` varchar(1000) NOT NULL,
  PRIMARY KEY (`sr_state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata` (
  `metadata_id` int(11) NOT NULL AUTO_INCREMENT,
  `meta_text` varchar(100) NOT NULL,
  PRIMARY KEY (`metadata_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permission` (
  `permission_id` int(11) NOT NULL AUTO_INCREMENT,
  `permission_code` varchar(100) NOT NULL,
  `permission_desc` varchar(1000) NOT NULL,
  PRIMARY KEY (`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `role_id` int(11) NOT NULL AUTO_INCREMENT,
  `role_code` varchar(100) DEFAULT NULL,
  `role_desc` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permission` (
  `role_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`role_id`,`permission_id`),
  KEY `permission_id` (`permission_id`),
  CONSTRAINT `role_permission_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`),
  CONSTRAINT `role_permission_permission_id_fkey` FOREIGN KEY (`permission_id`) REFERENCES `permission` (`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `publicuser` (
  `user_id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(100) DEFAULT NULL,
  `last_name` varchar(100) DEFAULT NULL,
  `display_name` varchar(200) DEFAULT NULL,
  `email` varchar(200) DEFAULT NULL,
  `telephone` varchar(20) DEFAULT NULL,
  `send_email_reminders` tinyint(1) DEFAULT NULL,
  `send_sms_reminders` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `ix_publicuser_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `office` (
  `office_id` int(11) NOT NULL AUTO_INCREMENT,
  `office_name` varchar(100) DEFAULT NULL,
  `office_number` int(11) DEFAULT NULL,
  `sb_id` int(11) DEFAULT NULL,
  `deleted` datetime DEFAULT NULL,
  `exams_enabled_ind` int(11) NOT NULL,
  `appointments_enabled_ind` int(11) NOT NULL DEFAULT 0,
  `timezone_id` int(11) DEFAULT NULL,
  `latitude` double DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `office_appointment_message` varchar(1000) DEFAULT NULL,
  `appointments_days_limit` int(11) DEFAULT 30,
  `appointment_duration` int(11) DEFAULT 30,
  `max_person_appointment_per_day` int(11) DEFAULT 1,
  `civic_address` varchar(200) DEFAULT NULL,
  `optout_status` int(11) DEFAULT 0,
  `telephone` varchar(20) DEFAULT NULL,
  `online_status` enum('SHOW','HIDE','DISABLE') DEFAULT NULL,
  `number_of_dlkt` int(11) DEFAULT NULL,
  `office_email_paragraph` varchar(2000) DEFAULT NULL,
  `external_map_link` varchar(500) DEFAULT NULL,
  `soonest_appointment` int(11) DEFAULT 0,
  `check_in_notification` int(11) DEFAULT NULL,
  `check_in_reminder_msg` text DEFAULT NULL,
  `automatic_reminder_at` int(11) DEFAULT NULL,
  `currently_waiting` int(11) DEFAULT NULL,
  `digital_signage_message` int(11) DEFAULT NULL,
  `digital_signage_message_1` text DEFAULT NULL,
  `digital_signage_message_2` text DEFAULT NULL,
  `digital_signage_message_3` text DEFAULT NULL,
  `show_currently_waiting_bottom` int(11) DEFAULT NULL,
  PRIMARY KEY (`office_id`),
  KEY `sb_id` (`sb_id`),
  KEY `timezone_id` (`timezone_id`),
  CONSTRAINT `office_sb_id_fkey` FOREIGN KEY (`sb_id`) REFERENCES `smartboard` (`sb_id`),
  CONSTRAINT `office_timezone_id_fkey` FOREIGN KEY (`timezone_id`) REFERENCES `timezone` (`timezone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service` (
  `service_id` int(11) NOT NULL AUTO_INCREMENT,
  `service_code` varchar(50) NOT NULL,
  `service_name` varchar(500) NOT NULL,
  `service_desc` varchar(2000) NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `deleted` datetime DEFAULT NULL,
  `prefix` varchar(10) NOT NULL,
  `display_dashboard_ind` int(11) NOT NULL,
  `actual_service_ind` int(11) NOT NULL,
  `external_service_name` varchar(100) DEFAULT NULL,
  `online_link` varchar(200) DEFAULT NULL,
  `online_availability` enum('SHOW','HIDE','DISABLE') DEFAULT NULL,
  `timeslot_duration` int(11) DEFAULT NULL,
  `is_dlkt` enum('YES','NO') DEFAULT NULL,
  `email_paragraph` varchar(2000) DEFAULT NULL,
  `css_colour` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`service_id`),
  KEY `parent_id` (`parent_id`),
  CONSTRAINT `service_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `service` (`service_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_metadata` (
  `service_id` int(11) NOT NULL,
  `metadata_id` int(11) NOT NULL,
  PRIMARY KEY (`service_id`,`metadata_id`),
  KEY `metadata_id` (`metadata_id`),
  CONSTRAINT `service_metadata_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `service` (`service_id`),
  CONSTRAINT `service_metadata_metadata_id_fkey` FOREIGN KEY (`metadata_id`) REFERENCES `metadata` (`metadata_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `office_service` (
  `office_id` int(11) NOT NULL,
  `service_id` int(11) NOT NULL,
  PRIMARY KEY (`office_id`,`service_id`),
  KEY `service_id` (`service_id`),
  CONSTRAINT `office_service_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`) ON DELETE CASCADE,
  CONSTRAINT `office_service_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `service` (`service_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `office_quick_list` (
  `office_id` int(11) NOT NULL,
  `service_id` int(11) NOT NULL,
  PRIMARY KEY (`office_id`,`service_id`),
  KEY `service_id` (`service_id`),
  CONSTRAINT `office_quick_list_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`) ON DELETE CASCADE,
  CONSTRAINT `office_quick_list_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `service` (`service_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `office_back_office_list` (
  `office_id` int(11) NOT NULL,
  `service_id` int(11) NOT NULL,
  PRIMARY KEY (`office_id`,`service_id`),
  KEY `service_id` (`service_id`),
  CONSTRAINT `office_back_office_list_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`) ON DELETE CASCADE,
  CONSTRAINT `office_back_office_list_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `service` (`service_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `office_counter` (
  `office_id` int(11) NOT NULL,
  `counter_id` int(11) NOT NULL,
  PRIMARY KEY (`office_id`,`counter_id`),
  KEY `counter_id` (`counter_id`),
  CONSTRAINT `office_counter_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`) ON DELETE CASCADE,
  CONSTRAINT `office_counter_counter_id_fkey` FOREIGN KEY (`counter_id`) REFERENCES `counter` (`counter_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timeslot` (
  `time_slot_id` int(11) NOT NULL AUTO_INCREMENT,
  `office_id` int(11) DEFAULT NULL,
  `start_time` time NOT NULL,
  `end_time` time NOT NULL,
  `day_of_week` text NOT NULL,
  `no_of_slots` int(11) NOT NULL,
  PRIMARY KEY (`time_slot_id`),
  KEY `office_id` (`office_id`),
  CONSTRAINT `timeslot_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `office_timeslot` (
  `office_id` int(11) NOT NULL,
  `time_slot_id` int(11) NOT NULL,
  PRIMARY KEY (`office_id`,`time_slot_id`),
  KEY `time_slot_id` (`time_slot_id`),
  CONSTRAINT `office_timeslot_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`) ON DELETE CASCADE,
  CONSTRAINT `office_timeslot_time_slot_id_fkey` FOREIGN KEY (`time_slot_id`) REFERENCES `timeslot` (`time_slot_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `csr` (
  `csr_id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(150) NOT NULL,
  `office_id` int(11) NOT NULL,
  `counter_id` int(11) DEFAULT NULL,
  `role_id` int(11) NOT NULL,
  `qt_xn_csr_ind` int(11) NOT NULL DEFAULT 0,
  `receptionist_ind` int(11) NOT NULL,
  `deleted` datetime DEFAULT NULL,
  `csr_state_id` int(11) NOT NULL,
  `pesticide_designate` int(11) NOT NULL DEFAULT 0,
  `finance_designate` int(11) NOT NULL DEFAULT 0,
  `office_manager` int(11) NOT NULL DEFAULT 0,
  `ita2_designate` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`csr_id`),
  UNIQUE KEY `csr_username_key` (`username`),
  KEY `office_id` (`office_id`),
  KEY `counter_id` (`counter_id`),
  KEY `role_id` (`role_id`),
  KEY `csr_state_id` (`csr_state_id`),
  CONSTRAINT `csr_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`),
  CONSTRAINT `csr_counter_id_fkey` FOREIGN KEY (`counter_id`) REFERENCES `counter` (`counter_id`),
  CONSTRAINT `csr_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`),
  CONSTRAINT `csr_csr_state_id_fkey` FOREIGN KEY (`csr_state_id`) REFERENCES `csrstate` (`csr_state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `citizen` (
  `citizen_id` int(11) NOT NULL AUTO_INCREMENT,
  `office_id` int(11) NOT NULL,
  `counter_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `ticket_number` varchar(50) DEFAULT NULL,
  `citizen_name` varchar(150) DEFAULT NULL,
  `citizen_comments` varchar(1000) DEFAULT NULL,
  `qt_xn_citizen_ind` int(11) NOT NULL DEFAULT 0,
  `cs_id` int(11) NOT NULL,
  `start_time` datetime NOT NULL,
  `accurate_time_ind` int(11) NOT NULL DEFAULT 1,
  `priority` int(11) NOT NULL DEFAULT 2,
  `notification_phone` varchar(100) DEFAULT NULL,
  `notification_email` varchar(100) DEFAULT NULL,
  `notification_sent_time` datetime DEFAULT NULL,
  `reminder_flag` int(11) DEFAULT NULL,
  `walkin_unique_id` varchar(500) DEFAULT NULL,
  `automatic_reminder_flag` int(11) DEFAULT NULL,
  `start_position` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  PRIMARY KEY (`citizen_id`),
  KEY `office_id` (`office_id`),
  KEY `counter_id` (`counter_id`),
  KEY `user_id` (`user_id`),
  KEY `cs_id` (`cs_id`),
  CONSTRAINT `citizen_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`),
  CONSTRAINT `citizen_counter_id_fkey` FOREIGN KEY (`counter_id`) REFERENCES `counter` (`counter_id`),
  CONSTRAINT `citizen_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `publicuser` (`user_id`),
  CONSTRAINT `citizen_cs_id_fkey` FOREIGN KEY (`cs_id`) REFERENCES `citizenstate` (`cs_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `servicereq` (
  `sr_id` int(11) NOT NULL AUTO_INCREMENT,
  `citizen_id` int(11) NOT NULL,
  `quantity` int(11) NOT NULL DEFAULT 1,
  `channel_id` int(11) NOT NULL,
  `service_id` int(11) NOT NULL,
  `sr_state_id` int(11) NOT NULL,
  `sr_number` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`sr_id`),
  KEY `citizen_id` (`citizen_id`),
  KEY `channel_id` (`channel_id`),
  KEY `service_id` (`service_id`),
  KEY `sr_state_id` (`sr_state_id`),
  CONSTRAINT `servicereq_citizen_id_fkey` FOREIGN KEY (`citizen_id`) REFERENCES `citizen` (`citizen_id`),
  CONSTRAINT `servicereq_channel_id_fkey` FOREIGN KEY (`channel_id`) REFERENCES `channel` (`channel_id`),
  CONSTRAINT `servicereq_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `service` (`service_id`),
  CONSTRAINT `servicereq_sr_state_id_fkey` FOREIGN KEY (`sr_state_id`) REFERENCES `srstate` (`sr_state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `period` (
  `period_id` int(11) NOT NULL AUTO_INCREMENT,
  `sr_id` int(11) NOT NULL,
  `csr_id` int(11) NOT NULL,
  `reception_csr_ind` int(11) NOT NULL,
  `ps_id` int(11) NOT NULL,
  `time_start` datetime NOT NULL,
  `time_end` datetime DEFAULT NULL,
  PRIMARY KEY (`period_id`),
  KEY `sr_id` (`sr_id`),
  KEY `csr_id` (`csr_id`),
  KEY `ps_id` (`ps_id`),
  CONSTRAINT `period_sr_id_fkey` FOREIGN KEY (`sr_id`) REFERENCES `servicereq` (`sr_id`),
  CONSTRAINT `period_csr_id_fkey` FOREIGN KEY (`csr_id`) REFERENCES `csr` (`csr_id`),
  CONSTRAINT `period_ps_id_fkey` FOREIGN KEY (`ps_id`) REFERENCES `periodstate` (`ps_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `room` (
  `room_id` int(11) NOT NULL AUTO_INCREMENT,
  `office_id` int(11) NOT NULL,
  `room_name` varchar(50) NOT NULL,
  `capacity` int(11) NOT NULL,
  `color` varchar(25) NOT NULL,
  `deleted` datetime DEFAULT NULL,
  PRIMARY KEY (`room_id`),
  KEY `office_id` (`office_id`),
  CONSTRAINT `room_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `examtype` (
  `exam_type_id` int(11) NOT NULL AUTO_INCREMENT,
  `exam_type_name` varchar(50) NOT NULL,
  `exam_color` varchar(10) NOT NULL,
  `number_of_hours` int(11) NOT NULL,
  `number_of_minutes` int(11) DEFAULT 0,
  `method_type` varchar(10) NOT NULL,
  `ita_ind` int(11) NOT NULL,
  `group_exam_ind` int(11) NOT NULL,
  `pesticide_exam_ind` int(11) NOT NULL,
  `deleted` datetime DEFAULT NULL,
  PRIMARY KEY (`exam_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invigilator` (
  `invigilator_id` int(11) NOT NULL AUTO_INCREMENT,
  `office_id` int(11) NOT NULL,
  `invigilator_name` varchar(50) NOT NULL,
  `invigilator_notes` varchar(400) DEFAULT NULL,
  `contact_phone` varchar(15) DEFAULT NULL,
  `contact_email` varchar(50) DEFAULT NULL,
  `contract_number` varchar(50) NOT NULL,
  `contract_expiry_date` varchar(50) NOT NULL,
  `deleted` datetime DEFAULT NULL,
  `shadow_count` int(11) NOT NULL DEFAULT 2,
  `shadow_flag` varchar(1) NOT NULL DEFAULT 'Y',
  PRIMARY KEY (`invigilator_id`),
  KEY `office_id` (`office_id`),
  CONSTRAINT `invigilator_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `booking` (
  `booking_id` int(11) NOT NULL AUTO_INCREMENT,
  `room_id` int(11) DEFAULT NULL,
  `shadow_invigilator_id` int(11) DEFAULT NULL,
  `office_id` int(11) NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `fees` varchar(5) DEFAULT NULL,
  `booking_name` varchar(150) DEFAULT NULL,
  `sbc_staff_invigilated` int(11) DEFAULT 0,
  `booking_contact_information` varchar(256) DEFAULT NULL,
  `blackout_flag` varchar(1) NOT NULL DEFAULT 'N',
  `blackout_notes` varchar(255) DEFAULT NULL,
  `recurring_uuid` varchar(255) DEFAULT NULL,
  `stat_flag` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`booking_id`),
  KEY `room_id` (`room_id`),
  KEY `office_id` (`office_id`),
  CONSTRAINT `booking_room_id_fkey` FOREIGN KEY (`room_id`) REFERENCES `room` (`room_id`),
  CONSTRAINT `booking_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `booking_invigilators` (
  `booking_id` int(11) NOT NULL,
  `invigilator_id` int(11) NOT NULL,
  PRIMARY KEY (`booking_id`,`invigilator_id`),
  KEY `invigilator_id` (`invigilator_id`),
  CONSTRAINT `booking_invigilators_booking_id_fkey` FOREIGN KEY (`booking_id`) REFERENCES `booking` (`booking_id`) ON DELETE CASCADE,
  CONSTRAINT `booking_invigilators_invigilator_id_fkey` FOREIGN KEY (`invigilator_id`) REFERENCES `invigilator` (`invigilator_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exam` (
  `exam_id` int(11) NOT NULL AUTO_INCREMENT,
  `booking_id` int(11) DEFAULT NULL,
  `exam_type_id` int(11) DEFAULT NULL,
  `office_id` int(11) NOT NULL,
  `invigilator_id` int(11) DEFAULT NULL,
  `event_id` varchar(25) DEFAULT NULL,
  `exam_name` varchar(50) NOT NULL,
  `examinee_name` varchar(50) DEFAULT NULL,
  `examinee_email` varchar(400) DEFAULT NULL,
  `examinee_phone` varchar(400) DEFAULT NULL,
  `expiry_date` datetime DEFAULT NULL,
  `notes` varchar(400) DEFAULT NULL,
  `exam_received_date` datetime DEFAULT NULL,
  `session_number` int(11) DEFAULT NULL,
  `number_of_students` int(11) DEFAULT NULL,
  `exam_method` varchar(15) NOT NULL,
  `deleted_date` varchar(50) DEFAULT NULL,
  `exam_returned_date` datetime DEFAULT NULL,
  `exam_returned_tracking_number` varchar(255) DEFAULT NULL,
  `exam_written_ind` int(11) NOT NULL DEFAULT 0,
  `offsite_location` varchar(50) DEFAULT NULL,
  `bcmp_job_id` varchar(100) DEFAULT NULL,
  `exam_destroyed_date` varchar(50) DEFAULT NULL,
  `upload_received_ind` int(11) DEFAULT 0,
  `sbc_managed_ind` int(11) DEFAULT 0,
  `receipt` varchar(50) DEFAULT NULL,
  `payee_ind` int(11) DEFAULT 0,
  `receipt_sent_ind` int(11) DEFAULT 0,
  `payee_email` varchar(50) DEFAULT NULL,
  `payee_name` varchar(50) DEFAULT NULL,
  `payee_phone` varchar(50) DEFAULT NULL,
  `candidates_list` json DEFAULT NULL,
  `is_pesticide` int(11) DEFAULT 0,
  PRIMARY KEY (`exam_id`),
  KEY `booking_id` (`booking_id`),
  KEY `exam_type_id` (`exam_type_id`),
  KEY `office_id` (`office_id`),
  KEY `invigilator_id` (`invigilator_id`),
  CONSTRAINT `exam_booking_id_fkey` FOREIGN KEY (`booking_id`) REFERENCES `booking` (`booking_id`) ON DELETE SET NULL,
  CONSTRAINT `exam_exam_type_id_fkey` FOREIGN KEY (`exam_type_id`) REFERENCES `examtype` (`exam_type_id`),
  CONSTRAINT `exam_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`),
  CONSTRAINT `exam_invigilator_id_fkey` FOREIGN KEY (`invigilator_id`) REFERENCES `invigilator` (`invigilator_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment` (
  `appointment_id` int(11) NOT NULL AUTO_INCREMENT,
  `office_id` int(11) NOT NULL,
  `service_id` int(11) DEFAULT NULL,
  `citizen_id` int(11) DEFAULT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `checked_in_time` datetime DEFAULT NULL,
  `comments` varchar(255) DEFAULT NULL,
  `citizen_name` varchar(255) NOT NULL,
  `contact_information` varchar(255) DEFAULT NULL,
  `blackout_flag` varchar(1) NOT NULL DEFAULT 'N',
  `recurring_uuid` varchar(255) DEFAULT NULL,
  `online_flag` tinyint(1) DEFAULT 0,
  `is_draft` tinyint(1) DEFAULT 0,
  `created_at` datetime DEFAULT NULL,
  `stat_flag` tinyint(1) NOT NULL DEFAULT 0,
  `updated_at` datetime DEFAULT NULL,
  `updated_by` text DEFAULT NULL,
  PRIMARY KEY (`appointment_id`),
  KEY `office_id` (`office_id`),
  KEY `service_id` (`service_id`),
  KEY `citizen_id` (`citizen_id`),
  CONSTRAINT `appointment_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office` (`office_id`),
  CONSTRAINT `appointment_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `service` (`service_id`),
  CONSTRAINT `appointment_citizen_id_fkey` FOREIGN KEY (`citizen_id`) REFERENCES `citizen` (`citizen_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointment_version` (
  `appointment_id` int(11) NOT NULL,
  `office_id` int(11) DEFAULT NULL,
  `service_id` int(11) DEFAULT NULL,
  `citizen_id` int(11) DEFAULT NULL,
  `start_time` datetime DEFAULT NULL,
  `end_time` datetime DEFAULT NULL,
  `checked_in_time` datetime DEFAULT NULL,
  `comments` varchar(255) DEFAULT NULL,
  `citizen_name` varchar(255) DEFAULT NULL,
  `contact_information` varchar(255) DEFAULT NULL,
  `blackout_flag` varchar(1) DEFAULT NULL,
  `recurring_uuid` varchar(255) DEFAULT NULL,
  `online_flag` tinyint(1) DEFAULT NULL,
  `is_draft` tinyint(1) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `stat_flag` tinyint(1) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `updated_by` text DEFAULT NULL,
  `transaction_id` bigint(20) NOT NULL,
  `end_transaction_id` bigint(20) DEFAULT NULL,
  `operation_type` smallint(6) NOT NULL,
  PRIMARY KEY (`appointment_id`,`transaction_id`),
  KEY `ix_appointment_version_end_transaction_id` (`end_transaction_id`),
  KEY `ix_appointment_version_operation_type` (`operation_type`),
  KEY `ix_appointment_version_transaction_id` (`transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction` (
  `issued_at` datetime DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `remote_addr` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

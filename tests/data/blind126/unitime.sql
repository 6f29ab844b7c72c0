-- UniTime 3.2 (University Timetabling Application), Documentation/Database/MySQL/schema.sql at commit 054b8826
-- (schema `timetable` prefix removed; subset of tables, see unitime.md)

SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `academic_area` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `session_id` DECIMAL(20, 0) NULL,
  `academic_area_abbreviation` VARCHAR(10) BINARY NULL,
  `short_title` VARCHAR(50) BINARY NULL,
  `long_title` VARCHAR(100) BINARY NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_academic_area_abbv` (`academic_area_abbreviation`(10), `session_id`),
  UNIQUE INDEX `uk_academic_area` (`session_id`, `academic_area_abbreviation`(10)),
  CONSTRAINT `fk_academic_area_session` FOREIGN KEY (`session_id`)
    REFERENCES `sessions` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `academic_classification` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `session_id` DECIMAL(20, 0) NULL,
  `code` VARCHAR(10) BINARY NULL,
  `name` VARCHAR(50) BINARY NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_academic_clasf_code` (`code`(10), `session_id`),
  CONSTRAINT `fk_acad_class_session` FOREIGN KEY (`session_id`)
    REFERENCES `sessions` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `change_log` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `session_id` DECIMAL(20, 0) NULL,
  `manager_id` DECIMAL(20, 0) NULL,
  `time_stamp` DATETIME NULL,
  `obj_type` VARCHAR(255) BINARY NULL,
  `obj_uid` DECIMAL(20, 0) NULL,
  `obj_title` VARCHAR(255) BINARY NULL,
  `subj_area_id` DECIMAL(20, 0) NULL,
  `department_id` DECIMAL(20, 0) NULL,
  `source` VARCHAR(50) BINARY NULL,
  `operation` VARCHAR(50) BINARY NULL,
  `detail` LONGBLOB NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_change_log_department` (`department_id`),
  INDEX `idx_change_log_object` (`obj_type`(255), `obj_uid`),
  INDEX `idx_change_log_sessionmgr` (`session_id`, `manager_id`),
  INDEX `idx_change_log_subjarea` (`subj_area_id`),
  CONSTRAINT `fk_change_log_department` FOREIGN KEY (`department_id`)
    REFERENCES `department` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_change_log_manager` FOREIGN KEY (`manager_id`)
    REFERENCES `timetable_manager` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_change_log_session` FOREIGN KEY (`session_id`)
    REFERENCES `sessions` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_change_log_subjarea` FOREIGN KEY (`subj_area_id`)
    REFERENCES `subject_area` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `class_` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `subpart_id` DECIMAL(20, 0) NULL,
  `expected_capacity` INT(4) NULL,
  `nbr_rooms` INT(4) NULL,
  `parent_class_id` DECIMAL(20, 0) NULL,
  `owner_id` DECIMAL(20, 0) NULL,
  `room_capacity` INT(4) NULL,
  `notes` VARCHAR(1000) BINARY NULL,
  `date_pattern_id` DECIMAL(20, 0) NULL,
  `managing_dept` DECIMAL(20, 0) NULL,
  `display_instructor` INT(1) NULL,
  `sched_print_note` VARCHAR(2000) BINARY NULL,
  `class_suffix` VARCHAR(10) BINARY NULL,
  `display_in_sched_book` INT(1) NULL DEFAULT 1,
  `max_expected_capacity` INT(4) NULL,
  `room_ratio` DECIMAL(22, 0) NULL DEFAULT 1.0,
  `section_number` INT(5) NULL,
  `last_modified_time` DATETIME NULL,
  `uid_rolled_fwd_from` DECIMAL(20, 0) NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  `enrollment` INT(4) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_class_datepatt` (`date_pattern_id`),
  INDEX `idx_class_managing_dept` (`managing_dept`),
  INDEX `idx_class_parent` (`parent_class_id`),
  INDEX `idx_class_subpart_id` (`subpart_id`),
  CONSTRAINT `fk_class_parent` FOREIGN KEY (`parent_class_id`)
    REFERENCES `class_` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `class_instructor` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `class_id` DECIMAL(20, 0) NULL,
  `instructor_id` DECIMAL(20, 0) NULL,
  `percent_share` INT(3) NULL,
  `is_lead` INT(1) NULL,
  `last_modified_time` DATETIME NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_class_instructor_class` (`class_id`),
  INDEX `idx_class_instructor_instr` (`instructor_id`),
  CONSTRAINT `fk_class_instructor_class` FOREIGN KEY (`class_id`)
    REFERENCES `class_` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_class_instructor_instr` FOREIGN KEY (`instructor_id`)
    REFERENCES `departmental_instructor` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `class_waitlist` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `student_id` DECIMAL(20, 0) NULL,
  `course_request_id` DECIMAL(20, 0) NULL,
  `class_id` DECIMAL(20, 0) NULL,
  `type` BIGINT(10) NULL DEFAULT 0,
  `timestamp` DATETIME NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_class_waitlist_class` (`class_id`),
  INDEX `idx_class_waitlist_req` (`course_request_id`),
  INDEX `idx_class_waitlist_student` (`student_id`),
  CONSTRAINT `fk_class_waitlist_class` FOREIGN KEY (`class_id`)
    REFERENCES `class_` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_class_waitlist_request` FOREIGN KEY (`course_request_id`)
    REFERENCES `course_request` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_class_waitlist_student` FOREIGN KEY (`student_id`)
    REFERENCES `student` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `course_demand` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `student_id` DECIMAL(20, 0) NULL,
  `priority` BIGINT(10) NULL,
  `waitlist` INT(1) NULL,
  `is_alternative` INT(1) NULL,
  `timestamp` DATETIME NULL,
  `free_time_id` DECIMAL(20, 0) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_course_demand_free_time` (`free_time_id`),
  INDEX `idx_course_demand_student` (`student_id`),
  CONSTRAINT `fk_course_demand_student` FOREIGN KEY (`student_id`)
    REFERENCES `student` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `course_offering` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `course_nbr` VARCHAR(10) BINARY NULL,
  `is_control` INT(1) NULL,
  `perm_id` VARCHAR(20) BINARY NULL,
  `proj_demand` BIGINT(10) NULL,
  `instr_offr_id` DECIMAL(20, 0) NULL,
  `subject_area_id` DECIMAL(20, 0) NULL,
  `title` VARCHAR(90) BINARY NULL,
  `schedule_book_note` VARCHAR(1000) BINARY NULL,
  `demand_offering_id` DECIMAL(20, 0) NULL,
  `demand_offering_type` DECIMAL(20, 0) NULL,
  `nbr_expected_stdents` BIGINT(10) NULL DEFAULT 0,
  `external_uid` VARCHAR(40) BINARY NULL,
  `last_modified_time` DATETIME NULL,
  `uid_rolled_fwd_from` DECIMAL(20, 0) NULL,
  `lastlike_demand` BIGINT(10) NULL DEFAULT 0,
  `enrollment` BIGINT(10) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_course_offering_control` (`is_control`),
  INDEX `idx_course_offering_demd_offr` (`demand_offering_id`),
  INDEX `idx_course_offering_instr_offr` (`instr_offr_id`),
  UNIQUE INDEX `uk_course_offering_subj_crs` (`course_nbr`(10), `subject_area_id`),
  CONSTRAINT `fk_course_offering_demand_offr` FOREIGN KEY (`demand_offering_id`)
    REFERENCES `course_offering` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_course_offering_subj_area` FOREIGN KEY (`subject_area_id`)
    REFERENCES `subject_area` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `course_request` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `course_demand_id` DECIMAL(20, 0) NULL,
  `course_offering_id` DECIMAL(20, 0) NULL,
  `ord` BIGINT(10) NULL,
  `allow_overlap` INT(1) NULL,
  `credit` BIGINT(10) NULL DEFAULT 0,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_course_request_demand` (`course_demand_id`),
  INDEX `idx_course_request_offering` (`course_offering_id`),
  CONSTRAINT `fk_course_request_demand` FOREIGN KEY (`course_demand_id`)
    REFERENCES `course_demand` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_course_request_offering` FOREIGN KEY (`course_offering_id`)
    REFERENCES `course_offering` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `department` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `session_id` DECIMAL(20, 0) NULL,
  `abbreviation` VARCHAR(20) BINARY NULL,
  `name` VARCHAR(100) BINARY NULL,
  `dept_code` VARCHAR(50) BINARY NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  `rs_color` VARCHAR(6) BINARY NULL,
  `external_manager` INT(1) NULL,
  `external_mgr_label` VARCHAR(30) BINARY NULL,
  `external_mgr_abbv` VARCHAR(10) BINARY NULL,
  `solver_group_id` DECIMAL(20, 0) NULL,
  `status_type` DECIMAL(20, 0) NULL,
  `dist_priority` BIGINT(10) NULL DEFAULT 0,
  `allow_req_time` INT(1) NULL DEFAULT 0,
  `allow_req_room` INT(1) NULL DEFAULT 0,
  `last_modified_time` DATETIME NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_department_solver_grp` (`solver_group_id`),
  INDEX `idx_department_status_type` (`status_type`),
  UNIQUE INDEX `uk_department_dept_code` (`session_id`, `dept_code`(50))
)
ENGINE = INNODB;

CREATE TABLE `departmental_instructor` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  `career_acct` VARCHAR(20) BINARY NULL,
  `lname` VARCHAR(100) BINARY NULL,
  `fname` VARCHAR(100) BINARY NULL,
  `mname` VARCHAR(100) BINARY NULL,
  `pos_code_type` DECIMAL(20, 0) NULL,
  `note` VARCHAR(20) BINARY NULL,
  `department_uniqueid` DECIMAL(20, 0) NULL,
  `ignore_too_far` INT(1) NULL DEFAULT 0,
  `last_modified_time` DATETIME NULL,
  `email` VARCHAR(200) BINARY NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_dept_instr_dept` (`department_uniqueid`),
  INDEX `idx_dept_instr_position_type` (`pos_code_type`),
  CONSTRAINT `fk_dept_instr_dept` FOREIGN KEY (`department_uniqueid`)
    REFERENCES `department` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_dept_instr_pos_code_type` FOREIGN KEY (`pos_code_type`)
    REFERENCES `position_type` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `event` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `event_name` VARCHAR(100) BINARY NULL,
  `min_capacity` BIGINT(10) NULL,
  `max_capacity` BIGINT(10) NULL,
  `sponsoring_org` DECIMAL(20, 0) NULL,
  `main_contact_id` DECIMAL(20, 0) NULL,
  `class_id` DECIMAL(20, 0) NULL,
  `exam_id` DECIMAL(20, 0) NULL,
  `event_type` BIGINT(10) NULL,
  `req_attd` INT(1) NULL,
  `email` VARCHAR(1000) BINARY NULL,
  `sponsor_org_id` DECIMAL(20, 0) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_event_class` (`class_id`),
  INDEX `idx_event_exam` (`exam_id`),
  CONSTRAINT `fk_event_class` FOREIGN KEY (`class_id`)
    REFERENCES `class_` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_event_exam` FOREIGN KEY (`exam_id`)
    REFERENCES `exam` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_event_main_contact` FOREIGN KEY (`main_contact_id`)
    REFERENCES `event_contact` (`uniqueid`)
    ON DELETE SET NULL
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_event_sponsor_org` FOREIGN KEY (`sponsor_org_id`)
    REFERENCES `sponsoring_organization` (`uniqueid`)
    ON DELETE SET NULL
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `event_contact` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `external_id` VARCHAR(40) BINARY NULL,
  `email` VARCHAR(200) BINARY NULL,
  `phone` VARCHAR(25) BINARY NULL,
  `firstname` VARCHAR(100) BINARY NULL,
  `middlename` VARCHAR(100) BINARY NULL,
  `lastname` VARCHAR(100) BINARY NULL,
  PRIMARY KEY (`uniqueid`)
)
ENGINE = INNODB;

CREATE TABLE `event_join_event_contact` (
  `event_id` DECIMAL(20, 0) NOT NULL,
  `event_contact_id` DECIMAL(20, 0) NOT NULL,
  CONSTRAINT `fk_event_contact_join` FOREIGN KEY (`event_contact_id`)
    REFERENCES `event_contact` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_event_id_join` FOREIGN KEY (`event_id`)
    REFERENCES `event` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `event_note` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `event_id` DECIMAL(20, 0) NOT NULL,
  `text_note` VARCHAR(1000) BINARY NULL,
  `time_stamp` DATETIME NULL,
  `note_type` BIGINT(10) NOT NULL DEFAULT 0,
  `uname` VARCHAR(100) BINARY NULL,
  `meetings` VARCHAR(2000) BINARY NULL,
  PRIMARY KEY (`uniqueid`),
  CONSTRAINT `fk_event_note_event` FOREIGN KEY (`event_id`)
    REFERENCES `event` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `exam` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `session_id` DECIMAL(20, 0) NOT NULL,
  `name` VARCHAR(100) BINARY NULL,
  `note` VARCHAR(1000) BINARY NULL,
  `length` BIGINT(10) NOT NULL,
  `max_nbr_rooms` BIGINT(10) NOT NULL DEFAULT 1,
  `seating_type` BIGINT(10) NOT NULL,
  `assigned_period` DECIMAL(20, 0) NULL,
  `assigned_pref` VARCHAR(100) BINARY NULL,
  `exam_type` BIGINT(10) NULL DEFAULT 0,
  `avg_period` BIGINT(10) NULL,
  `uid_rolled_fwd_from` DECIMAL(20, 0) NULL,
  `exam_size` BIGINT(10) NULL,
  `print_offset` BIGINT(10) NULL,
  PRIMARY KEY (`uniqueid`),
  CONSTRAINT `fk_exam_period` FOREIGN KEY (`assigned_period`)
    REFERENCES `exam_period` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_exam_session` FOREIGN KEY (`session_id`)
    REFERENCES `sessions` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `exam_instructor` (
  `exam_id` DECIMAL(20, 0) NOT NULL,
  `instructor_id` DECIMAL(20, 0) NOT NULL,
  PRIMARY KEY (`exam_id`, `instructor_id`),
  CONSTRAINT `fk_exam_instructor_exam` FOREIGN KEY (`exam_id`)
    REFERENCES `exam` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_exam_instructor_instructor` FOREIGN KEY (`instructor_id`)
    REFERENCES `departmental_instructor` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `exam_owner` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `exam_id` DECIMAL(20, 0) NOT NULL,
  `owner_id` DECIMAL(20, 0) NOT NULL,
  `owner_type` BIGINT(10) NOT NULL,
  `course_id` DECIMAL(20, 0) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_exam_owner_course` (`course_id`),
  INDEX `idx_exam_owner_exam` (`exam_id`),
  INDEX `idx_exam_owner_owner` (`owner_id`, `owner_type`),
  CONSTRAINT `fk_exam_owner_course` FOREIGN KEY (`course_id`)
    REFERENCES `course_offering` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_exam_owner_exam` FOREIGN KEY (`exam_id`)
    REFERENCES `exam` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `exam_period` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `session_id` DECIMAL(20, 0) NOT NULL,
  `date_ofs` BIGINT(10) NOT NULL,
  `start_slot` BIGINT(10) NOT NULL,
  `length` BIGINT(10) NOT NULL,
  `pref_level_id` DECIMAL(20, 0) NOT NULL,
  `exam_type` BIGINT(10) NULL DEFAULT 0,
  `event_start_offset` BIGINT(10) NOT NULL DEFAULT 0,
  `event_stop_offset` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`uniqueid`),
  CONSTRAINT `fk_exam_period_session` FOREIGN KEY (`session_id`)
    REFERENCES `sessions` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `manager_settings` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `key_id` DECIMAL(20, 0) NULL,
  `value` VARCHAR(100) BINARY NULL,
  `user_uniqueid` DECIMAL(20, 0) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_manager_settings_key` (`key_id`),
  INDEX `idx_manager_settings_manager` (`user_uniqueid`),
  CONSTRAINT `fk_manager_settings_key` FOREIGN KEY (`key_id`)
    REFERENCES `settings` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_manager_settings_user` FOREIGN KEY (`user_uniqueid`)
    REFERENCES `timetable_manager` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `meeting` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `event_id` DECIMAL(20, 0) NOT NULL,
  `meeting_date` DATETIME NOT NULL,
  `start_period` BIGINT(10) NOT NULL,
  `start_offset` BIGINT(10) NULL,
  `stop_period` BIGINT(10) NOT NULL,
  `stop_offset` BIGINT(10) NULL,
  `location_perm_id` DECIMAL(20, 0) NULL,
  `class_can_override` INT(1) NOT NULL,
  `approved_date` DATETIME NULL,
  PRIMARY KEY (`uniqueid`),
  CONSTRAINT `fk_meeting_event` FOREIGN KEY (`event_id`)
    REFERENCES `event` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `pos_major` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `code` VARCHAR(10) BINARY NULL,
  `name` VARCHAR(50) BINARY NULL,
  `external_uid` VARCHAR(20) BINARY NULL,
  `session_id` DECIMAL(20, 0) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_pos_major_code` (`code`(10), `session_id`),
  CONSTRAINT `fk_pos_major_session` FOREIGN KEY (`session_id`)
    REFERENCES `sessions` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `position_type` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `reference` VARCHAR(20) BINARY NULL,
  `label` VARCHAR(60) BINARY NULL,
  `sort_order` INT(4) NULL,
  PRIMARY KEY (`uniqueid`),
  UNIQUE INDEX `uk_position_type_label` (`label`(60)),
  UNIQUE INDEX `uk_position_type_ref` (`reference`(20))
)
ENGINE = INNODB;

CREATE TABLE `roles` (
  `role_id` DECIMAL(20, 0) NOT NULL,
  `reference` VARCHAR(20) BINARY NULL,
  `abbv` VARCHAR(40) BINARY NULL,
  PRIMARY KEY (`role_id`),
  UNIQUE INDEX `uk_roles_abbv` (`abbv`(40)),
  UNIQUE INDEX `uk_roles_reference` (`reference`(20))
)
ENGINE = INNODB;

CREATE TABLE `sessions` (
  `academic_initiative` VARCHAR(20) BINARY NULL,
  `session_begin_date_time` DATETIME NULL,
  `classes_end_date_time` DATETIME NULL,
  `session_end_date_time` DATETIME NULL,
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `holidays` VARCHAR(366) BINARY NULL,
  `def_datepatt_id` DECIMAL(20, 0) NULL,
  `status_type` DECIMAL(20, 0) NULL,
  `last_modified_time` DATETIME NULL,
  `academic_year` VARCHAR(4) BINARY NULL,
  `academic_term` VARCHAR(20) BINARY NULL,
  `exam_begin_date` DATETIME NULL,
  `event_begin_date` DATETIME NULL,
  `event_end_date` DATETIME NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_sessions_date_pattern` (`def_datepatt_id`),
  INDEX `idx_sessions_status_type` (`status_type`)
)
ENGINE = INNODB;

CREATE TABLE `settings` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `name` VARCHAR(30) BINARY NULL,
  `default_value` VARCHAR(100) BINARY NULL,
  `allowed_values` VARCHAR(500) BINARY NULL,
  `description` VARCHAR(100) BINARY NULL,
  PRIMARY KEY (`uniqueid`)
)
ENGINE = INNODB;

CREATE TABLE `sponsoring_organization` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `name` VARCHAR(100) BINARY NOT NULL,
  `email` VARCHAR(200) BINARY NULL,
  PRIMARY KEY (`uniqueid`)
)
ENGINE = INNODB;

CREATE TABLE `staff` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  `fname` VARCHAR(100) BINARY NULL,
  `mname` VARCHAR(100) BINARY NULL,
  `lname` VARCHAR(100) BINARY NULL,
  `pos_code` VARCHAR(20) BINARY NULL,
  `dept` VARCHAR(50) BINARY NULL,
  `email` VARCHAR(200) BINARY NULL,
  PRIMARY KEY (`uniqueid`)
)
ENGINE = INNODB;

CREATE TABLE `student` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  `first_name` VARCHAR(100) BINARY NULL,
  `middle_name` VARCHAR(100) BINARY NULL,
  `last_name` VARCHAR(100) BINARY NULL,
  `email` VARCHAR(200) BINARY NULL,
  `free_time_cat` BIGINT(10) NULL DEFAULT 0,
  `schedule_preference` BIGINT(10) NULL DEFAULT 0,
  `status_type_id` DECIMAL(20, 0) NULL,
  `status_change_date` DATETIME NULL,
  `session_id` DECIMAL(20, 0) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_student_session` (`session_id`),
  CONSTRAINT `fk_student_session` FOREIGN KEY (`session_id`)
    REFERENCES `sessions` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_student_status_student` FOREIGN KEY (`status_type_id`)
    REFERENCES `student_status_type` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `student_acad_area` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `student_id` DECIMAL(20, 0) NULL,
  `acad_clasf_id` DECIMAL(20, 0) NULL,
  `acad_area_id` DECIMAL(20, 0) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_student_acad_area` (`student_id`, `acad_area_id`, `acad_clasf_id`),
  UNIQUE INDEX `uk_student_acad_area` (`student_id`, `acad_clasf_id`, `acad_area_id`),
  CONSTRAINT `fk_student_acad_area_area` FOREIGN KEY (`acad_area_id`)
    REFERENCES `academic_area` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_student_acad_area_clasf` FOREIGN KEY (`acad_clasf_id`)
    REFERENCES `academic_classification` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_student_acad_area_student` FOREIGN KEY (`student_id`)
    REFERENCES `student` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `student_accomodation` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `name` VARCHAR(50) BINARY NULL,
  `abbreviation` VARCHAR(20) BINARY NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  `session_id` DECIMAL(20, 0) NULL,
  PRIMARY KEY (`uniqueid`),
  CONSTRAINT `fk_student_accom_session` FOREIGN KEY (`session_id`)
    REFERENCES `sessions` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `student_class_enrl` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `student_id` DECIMAL(20, 0) NULL,
  `course_request_id` DECIMAL(20, 0) NULL,
  `class_id` DECIMAL(20, 0) NULL,
  `timestamp` DATETIME NULL,
  `course_offering_id` DECIMAL(20, 0) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_student_class_enrl_class` (`class_id`),
  INDEX `idx_student_class_enrl_course` (`course_offering_id`),
  INDEX `idx_student_class_enrl_req` (`course_request_id`),
  INDEX `idx_student_class_enrl_student` (`student_id`),
  CONSTRAINT `fk_student_class_enrl_class` FOREIGN KEY (`class_id`)
    REFERENCES `class_` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_student_class_enrl_course` FOREIGN KEY (`course_offering_id`)
    REFERENCES `course_offering` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_student_class_enrl_request` FOREIGN KEY (`course_request_id`)
    REFERENCES `course_request` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_student_class_enrl_student` FOREIGN KEY (`student_id`)
    REFERENCES `student` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `student_enrl_msg` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `message` VARCHAR(255) BINARY NULL,
  `msg_level` BIGINT(10) NULL DEFAULT 0,
  `type` BIGINT(10) NULL DEFAULT 0,
  `timestamp` DATETIME NULL,
  `course_demand_id` DECIMAL(20, 0) NULL,
  `ord` BIGINT(10) NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_student_enrl_msg_dem` (`course_demand_id`),
  CONSTRAINT `fk_student_enrl_msg_demand` FOREIGN KEY (`course_demand_id`)
    REFERENCES `course_demand` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `student_group` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `session_id` DECIMAL(20, 0) NULL,
  `group_abbreviation` VARCHAR(30) BINARY NULL,
  `group_name` VARCHAR(90) BINARY NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  PRIMARY KEY (`uniqueid`),
  UNIQUE INDEX `uk_student_group_session_sis` (`session_id`, `group_abbreviation`(30)),
  CONSTRAINT `fk_student_group_session` FOREIGN KEY (`session_id`)
    REFERENCES `sessions` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `student_major` (
  `student_id` DECIMAL(20, 0) NOT NULL,
  `major_id` DECIMAL(20, 0) NOT NULL,
  PRIMARY KEY (`student_id`, `major_id`),
  CONSTRAINT `fk_student_major_major` FOREIGN KEY (`major_id`)
    REFERENCES `pos_major` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_student_major_student` FOREIGN KEY (`student_id`)
    REFERENCES `student` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `student_sect_hist` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `student_id` DECIMAL(20, 0) NULL,
  `data` LONGBLOB NULL,
  `type` BIGINT(10) NULL,
  `timestamp` DATETIME NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_student_sect_hist_student` (`student_id`),
  CONSTRAINT `fk_student_sect_hist_student` FOREIGN KEY (`student_id`)
    REFERENCES `student` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `student_status_type` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `abbreviation` VARCHAR(20) BINARY NULL,
  `name` VARCHAR(50) BINARY NULL,
  PRIMARY KEY (`uniqueid`)
)
ENGINE = INNODB;

CREATE TABLE `student_to_acomodation` (
  `student_id` DECIMAL(20, 0) NOT NULL,
  `accomodation_id` DECIMAL(20, 0) NOT NULL,
  PRIMARY KEY (`student_id`, `accomodation_id`),
  CONSTRAINT `fk_student_acomodation_accom` FOREIGN KEY (`student_id`)
    REFERENCES `student` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_student_acomodation_student` FOREIGN KEY (`accomodation_id`)
    REFERENCES `student_accomodation` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `student_to_group` (
  `student_id` DECIMAL(20, 0) NOT NULL,
  `group_id` DECIMAL(20, 0) NOT NULL,
  PRIMARY KEY (`student_id`, `group_id`),
  CONSTRAINT `fk_student_group_group` FOREIGN KEY (`student_id`)
    REFERENCES `student` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_student_group_student` FOREIGN KEY (`group_id`)
    REFERENCES `student_group` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `subject_area` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `session_id` DECIMAL(20, 0) NULL,
  `subject_area_abbreviation` VARCHAR(10) BINARY NULL,
  `short_title` VARCHAR(50) BINARY NULL,
  `long_title` VARCHAR(100) BINARY NULL,
  `schedule_book_only` VARCHAR(1) BINARY NULL,
  `pseudo_subject_area` VARCHAR(1) BINARY NULL,
  `department_uniqueid` DECIMAL(20, 0) NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  `last_modified_time` DATETIME NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_subject_area_dept` (`department_uniqueid`),
  UNIQUE INDEX `uk_subject_area` (`session_id`, `subject_area_abbreviation`(10)),
  CONSTRAINT `fk_subject_area_dept` FOREIGN KEY (`department_uniqueid`)
    REFERENCES `department` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `timetable_manager` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  `first_name` VARCHAR(100) BINARY NULL,
  `middle_name` VARCHAR(100) BINARY NULL,
  `last_name` VARCHAR(100) BINARY NULL,
  `email_address` VARCHAR(200) BINARY NULL,
  `last_modified_time` DATETIME NULL,
  PRIMARY KEY (`uniqueid`),
  UNIQUE INDEX `uk_timetable_manager_puid` (`external_uid`(40))
)
ENGINE = INNODB;

CREATE TABLE `tmtbl_mgr_to_roles` (
  `manager_id` DECIMAL(20, 0) NULL,
  `role_id` DECIMAL(20, 0) NULL,
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `is_primary` INT(1) NULL,
  `receive_emails` INT(1) NULL DEFAULT 1,
  PRIMARY KEY (`uniqueid`),
  UNIQUE INDEX `uk_tmtbl_mgr_to_roles_mgr_role` (`manager_id`, `role_id`),
  CONSTRAINT `fk_tmtbl_mgr_to_roles_manager` FOREIGN KEY (`manager_id`)
    REFERENCES `timetable_manager` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_tmtbl_mgr_to_roles_role` FOREIGN KEY (`role_id`)
    REFERENCES `roles` (`role_id`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

CREATE TABLE `user_data` (
  `external_uid` VARCHAR(12) BINARY NOT NULL,
  `name` VARCHAR(100) BINARY NOT NULL,
  `value` VARCHAR(2048) BINARY NULL,
  PRIMARY KEY (`external_uid`, `name`)
)
ENGINE = INNODB;

CREATE TABLE `users` (
  `username` VARCHAR(15) BINARY NOT NULL,
  `password` VARCHAR(25) BINARY NULL,
  `external_uid` VARCHAR(40) BINARY NULL,
  PRIMARY KEY (`username`)
)
ENGINE = INNODB;

CREATE TABLE `waitlist` (
  `uniqueid` DECIMAL(20, 0) NOT NULL,
  `student_id` DECIMAL(20, 0) NULL,
  `course_offering_id` DECIMAL(20, 0) NULL,
  `type` BIGINT(10) NULL DEFAULT 0,
  `timestamp` DATETIME NULL,
  PRIMARY KEY (`uniqueid`),
  INDEX `idx_waitlist_offering` (`course_offering_id`),
  INDEX `idx_waitlist_student` (`student_id`),
  CONSTRAINT `fk_waitlist_course_offering` FOREIGN KEY (`course_offering_id`)
    REFERENCES `course_offering` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_waitlist_student` FOREIGN KEY (`student_id`)
    REFERENCES `student` (`uniqueid`)
    ON DELETE CASCADE
    ON UPDATE NO ACTION
)
ENGINE = INNODB;

SET FOREIGN_KEY_CHECKS = 1;

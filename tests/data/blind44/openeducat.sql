-- OpenEduCat (school / university management on Odoo 17)
-- Upstream: github.com/openeducat/openeducat_erp, commit 4055f6bf (LGPL-3.0), the model files
-- openeducat_*/models/*.py, written as the tables Odoo's ORM creates for them: table = model name with dots
-- replaced by underscores; one column per stored field (Many2one -> integer, Char -> varchar, translatable
-- Char/Text -> jsonb, Selection -> varchar, Text/Html -> text, Float -> double precision, or numeric with
-- digits, Monetary -> numeric, Boolean, Date, Datetime -> timestamp); One2many, non-stored related/computed
-- fields and attachment-backed Image/Binary fields have no column; _inherit extensions from other OpenEduCat
-- modules are merged into their table; Odoo's log-access columns create_uid/create_date/write_uid/write_date
-- added. PostgreSQL types rendered in MySQL: varchar without size -> VARCHAR(255), jsonb -> JSON,
-- double precision -> DOUBLE, numeric -> DECIMAL(20,6), timestamp -> DATETIME, boolean -> TINYINT(1).
-- res_partner, res_users, res_users_log and res_country are Odoo 17 base tables (fields of the base, mail,
-- auth_signup, auth_totp, phone_validation and website modules that OpenEduCat's dependencies install),
-- with OpenEduCat's additions (is_parent, is_student, is_venue; student_line, dept_id). Students and faculty
-- are _inherits of res.partner: their name, e-mail, phone and address are columns of res_partner.
-- Foreign keys, indexes and Many2many tables other than op_parent_op_student_rel left out.

CREATE TABLE `res_partner` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `company_id` int,
  `create_date` datetime,
  `title` int,
  `parent_id` int,
  `user_id` int COMMENT 'The internal user in charge of this contact.',
  `state_id` int,
  `country_id` int,
  `industry_id` int,
  `color` int,
  `commercial_partner_id` int,
  `create_uid` int,
  `write_uid` int,
  `complete_name` varchar(255),
  `ref` varchar(255),
  `lang` varchar(255) COMMENT 'All the emails and documents sent to this contact will be translated in this language.',
  `tz` varchar(255) COMMENT 'When printing documents and exporting/importing data, time values are computed according to this timezone. If the timezone is not set, UTC (Coordinated Universal Time) is used. Anywhere else, time values are computed according to the time offset of your web client.',
  `vat` varchar(255),
  `company_registry` varchar(255),
  `website` varchar(255),
  `function` varchar(255),
  `type` varchar(255),
  `street` varchar(255),
  `street2` varchar(255),
  `zip` varchar(255),
  `city` varchar(255),
  `email` varchar(255),
  `phone` varchar(255),
  `mobile` varchar(255),
  `commercial_company_name` varchar(255),
  `company_name` varchar(255),
  `date` date,
  `comment` text,
  `partner_latitude` decimal(20,6),
  `partner_longitude` decimal(20,6),
  `active` tinyint(1),
  `employee` tinyint(1) COMMENT 'Check this box if this contact is an Employee.',
  `is_company` tinyint(1) COMMENT 'Check if the contact is a company, otherwise it is a person',
  `partner_share` tinyint(1) COMMENT 'Either customer (not a user), either shared user. Indicated the current partner is a customer without access or with a limited access created for sharing data.',
  `write_date` datetime,
  `message_bounce` int,
  `email_normalized` varchar(255),
  `phone_sanitized` varchar(255),
  `signup_type` varchar(255),
  `website_id` int,
  `is_published` tinyint(1),
  `is_parent` tinyint(1),
  `is_student` tinyint(1),
  `is_venue` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `partner_id` int NOT NULL,
  `active` tinyint(1),
  `create_date` datetime,
  `login` varchar(255) NOT NULL,
  `password` varchar(255),
  `action_id` int,
  `create_uid` int,
  `write_uid` int,
  `signature` text,
  `share` tinyint(1),
  `write_date` datetime,
  `totp_secret` varchar(255),
  `notification_type` varchar(255) NOT NULL,
  `odoobot_state` varchar(255),
  `odoobot_failed` tinyint(1),
  `website_id` int,
  `student_line` int,
  `dept_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_users_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_country` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` json NOT NULL,
  `code` varchar(2),
  `address_format` text,
  `address_view_id` int,
  `currency_id` int,
  `phone_code` int,
  `name_position` varchar(255),
  `vat_label` json,
  `state_required` tinyint(1),
  `zip_required` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_student` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` json,
  `middle_name` json,
  `last_name` json,
  `birth_date` date,
  `blood_group` varchar(255),
  `gender` varchar(255) NOT NULL,
  `nationality` int,
  `emergency_contact` int,
  `visa_info` varchar(64),
  `id_number` varchar(64),
  `partner_id` int NOT NULL,
  `user_id` int,
  `gr_no` varchar(20),
  `category_id` int,
  `active` tinyint(1),
  `library_card_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_student_course` (
  `id` int NOT NULL AUTO_INCREMENT,
  `product_id` int,
  `student_id` int,
  `course_id` int NOT NULL,
  `batch_id` int NOT NULL,
  `roll_number` varchar(255),
  `academic_years_id` int,
  `academic_term_id` int,
  `state` varchar(255),
  `fees_term_id` int,
  `fees_start_date` date,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_faculty` (
  `id` int NOT NULL AUTO_INCREMENT,
  `partner_id` int NOT NULL,
  `first_name` json NOT NULL,
  `middle_name` varchar(128),
  `last_name` varchar(128) NOT NULL,
  `birth_date` date NOT NULL,
  `blood_group` varchar(255),
  `gender` varchar(255) NOT NULL,
  `nationality` int,
  `emergency_contact` int,
  `visa_info` varchar(64),
  `id_number` varchar(64),
  `emp_id` int,
  `main_department_id` int,
  `active` tinyint(1),
  `library_card_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_parent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` int NOT NULL,
  `user_id` int,
  `active` tinyint(1),
  `relationship_id` int NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_parent_relationship` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_parent_op_student_rel` (
  `op_parent_id` int NOT NULL,
  `op_student_id` int NOT NULL,
  PRIMARY KEY (`op_parent_id`, `op_student_id`)
);

CREATE TABLE `op_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `code` varchar(16) NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_course` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(16) NOT NULL,
  `parent_id` int,
  `evaluation_type` varchar(255) NOT NULL,
  `max_unit_load` double,
  `min_unit_load` double,
  `department_id` int,
  `active` tinyint(1),
  `fees_term_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_batch` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(16) NOT NULL,
  `name` varchar(32) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `course_id` int NOT NULL,
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_department` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `parent_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_subject` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `code` varchar(256) NOT NULL,
  `grade_weightage` double,
  `type` varchar(255) NOT NULL,
  `subject_type` varchar(255) NOT NULL,
  `department_id` int,
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_academic_year` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `term_structure` varchar(255) NOT NULL,
  `create_boolean` tinyint(1),
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_academic_term` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `term_start_date` date NOT NULL,
  `term_end_date` date NOT NULL,
  `academic_year_id` int NOT NULL,
  `parent_term` int,
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_subject_registration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `student_id` int NOT NULL,
  `course_id` int NOT NULL,
  `batch_id` int NOT NULL,
  `state` varchar(255),
  `max_unit_load` double,
  `min_unit_load` double,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_admission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` json NOT NULL,
  `first_name` json NOT NULL,
  `middle_name` json,
  `last_name` json NOT NULL,
  `title` int,
  `application_number` varchar(16) NOT NULL,
  `admission_date` date,
  `application_date` datetime NOT NULL,
  `birth_date` date NOT NULL,
  `course_id` int NOT NULL,
  `batch_id` int,
  `street` varchar(256),
  `street2` varchar(256),
  `phone` varchar(16),
  `mobile` varchar(16),
  `email` varchar(256) NOT NULL,
  `city` varchar(64),
  `zip` varchar(8),
  `country_id` int,
  `state_id` int,
  `fees` double,
  `state` varchar(255),
  `due_date` date,
  `prev_institute_id` varchar(255),
  `prev_course_id` varchar(255),
  `prev_result` varchar(256),
  `family_business` varchar(256),
  `family_income` double,
  `gender` varchar(255) NOT NULL,
  `student_id` int,
  `nbr` int,
  `register_id` int NOT NULL,
  `partner_id` int,
  `is_student` tinyint(1),
  `fees_term_id` int,
  `active` tinyint(1),
  `discount` decimal(20,6),
  `fees_start_date` date,
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_admission_register` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `course_id` int NOT NULL,
  `min_count` int,
  `max_count` int,
  `product_id` int NOT NULL,
  `state` varchar(255),
  `active` tinyint(1),
  `academic_years_id` int,
  `academic_term_id` int,
  `minimum_age_criteria` int,
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_attendance_register` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(16) NOT NULL,
  `code` varchar(16) NOT NULL,
  `course_id` int NOT NULL,
  `batch_id` int NOT NULL,
  `subject_id` int,
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_attendance_sheet` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(32),
  `register_id` int NOT NULL,
  `course_id` int,
  `batch_id` int,
  `session_id` int,
  `attendance_date` date NOT NULL,
  `faculty_id` int,
  `active` tinyint(1),
  `state` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_attendance_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attendance_id` int NOT NULL,
  `student_id` int NOT NULL,
  `present` tinyint(1),
  `excused` tinyint(1),
  `absent` tinyint(1),
  `late` tinyint(1),
  `course_id` int,
  `batch_id` int,
  `remark` varchar(256),
  `attendance_date` date,
  `register_id` int,
  `active` tinyint(1),
  `attendance_type_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_attendance_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(20) NOT NULL,
  `active` tinyint(1),
  `present` tinyint(1),
  `excused` tinyint(1),
  `absent` tinyint(1),
  `late` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_exam_session` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `course_id` int NOT NULL,
  `batch_id` int NOT NULL,
  `exam_code` varchar(16) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `exam_type` int NOT NULL,
  `evaluation_type` varchar(255) NOT NULL,
  `venue` int,
  `state` varchar(255),
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_exam` (
  `id` int NOT NULL AUTO_INCREMENT,
  `session_id` int,
  `course_id` int,
  `batch_id` int,
  `subject_id` int NOT NULL,
  `exam_code` varchar(16) NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `state` varchar(255),
  `note` text,
  `name` varchar(256) NOT NULL,
  `total_marks` int NOT NULL,
  `min_marks` int NOT NULL,
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_exam_attendees` (
  `id` int NOT NULL AUTO_INCREMENT,
  `student_id` int NOT NULL,
  `status` varchar(255) NOT NULL,
  `marks` int,
  `note` text,
  `exam_id` int NOT NULL,
  `course_id` int,
  `batch_id` int,
  `room_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_marksheet_register` (
  `id` int NOT NULL AUTO_INCREMENT,
  `exam_session_id` int NOT NULL,
  `generated_date` date NOT NULL,
  `generated_by` int NOT NULL,
  `state` varchar(255) NOT NULL,
  `total_pass` int,
  `total_failed` int,
  `name` varchar(256) NOT NULL,
  `result_template_id` int NOT NULL,
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_marksheet_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `marksheet_reg_id` int,
  `evaluation_type` varchar(255),
  `student_id` int NOT NULL,
  `total_marks` int,
  `percentage` double,
  `generated_date` date NOT NULL,
  `status` varchar(255),
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_result_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `marksheet_line_id` int,
  `exam_id` int NOT NULL,
  `evaluation_type` varchar(255),
  `marks` int NOT NULL,
  `student_id` int NOT NULL,
  `status` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_grade_configuration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `min_per` int NOT NULL,
  `max_per` int NOT NULL,
  `result` varchar(255) NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_fees_terms` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1),
  `fees_terms` varchar(255),
  `note` text,
  `company_id` int NOT NULL,
  `no_days` int,
  `day_type` varchar(255),
  `discount` decimal(20,6),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_student_fees_details` (
  `id` int NOT NULL AUTO_INCREMENT,
  `fees_line_id` int,
  `invoice_id` int,
  `amount` decimal(20,6),
  `date` date,
  `product_id` int,
  `student_id` int NOT NULL,
  `fees_factor` double,
  `state` varchar(255),
  `company_id` int,
  `discount` decimal(20,6),
  `course_id` int,
  `batch_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_library_card_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `allow_media` int NOT NULL,
  `duration` int NOT NULL COMMENT 'Duration in terms of Number of Lead Days',
  `penalty_amt_per_day` double NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_library_card` (
  `id` int NOT NULL AUTO_INCREMENT,
  `partner_id` int NOT NULL,
  `number` varchar(256),
  `library_card_type_id` int NOT NULL,
  `issue_date` date NOT NULL,
  `type` varchar(255) NOT NULL,
  `student_id` int,
  `faculty_id` int,
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_media` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `isbn` varchar(64),
  `edition` varchar(255),
  `description` text,
  `internal_code` varchar(64),
  `media_type_id` int,
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_media_movement` (
  `id` int NOT NULL AUTO_INCREMENT,
  `media_id` int NOT NULL,
  `media_unit_id` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `student_id` int,
  `faculty_id` int,
  `library_card_id` int NOT NULL,
  `issued_date` date NOT NULL,
  `return_date` date NOT NULL,
  `actual_return_date` date,
  `penalty` double,
  `partner_id` int,
  `reserver_name` varchar(256),
  `state` varchar(255),
  `media_type_id` int,
  `user_id` int,
  `invoice_id` int,
  `active` tinyint(1),
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_media_queue` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `partner_id` int,
  `media_id` int NOT NULL,
  `date_from` date NOT NULL,
  `date_to` date NOT NULL,
  `user_id` int,
  `state` varchar(255),
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_activity_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_activity` (
  `id` int NOT NULL AUTO_INCREMENT,
  `student_id` int NOT NULL,
  `faculty_id` int,
  `type_id` int,
  `description` text,
  `date` date,
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `grading_assignment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `course_id` int NOT NULL,
  `subject_id` int,
  `issued_date` datetime NOT NULL,
  `assignment_type` int NOT NULL,
  `faculty_id` int NOT NULL,
  `point` double,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_assignment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `batch_id` int NOT NULL,
  `marks` double,
  `description` text NOT NULL,
  `state` varchar(255) NOT NULL,
  `submission_date` datetime NOT NULL,
  `reviewer` int,
  `active` tinyint(1),
  `grading_assignment_id` int NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_assignment_sub_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `assignment_id` int NOT NULL,
  `student_id` int NOT NULL,
  `description` text,
  `state` varchar(255),
  `submission_date` datetime NOT NULL,
  `marks` double,
  `note` text,
  `active` tinyint(1),
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `op_session` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `timing_id` int,
  `start_datetime` datetime NOT NULL,
  `end_datetime` datetime NOT NULL,
  `course_id` int NOT NULL,
  `faculty_id` int NOT NULL,
  `batch_id` int NOT NULL,
  `subject_id` int NOT NULL,
  `classroom_id` int,
  `color` int,
  `type` varchar(255),
  `state` varchar(255),
  `active` tinyint(1),
  `company_id` int,
  `days` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);


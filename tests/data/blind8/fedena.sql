-- Fedena 2.x (open-source school management system: users with logins for administrators, employees, students
-- and parents; students and their guardians, former (archived) students; batches, courses and subjects; student
-- attendance; exam groups, exams and exam scores; fee collections, student fees and the finance transaction
-- ledger; employees (teaching and other staff) with departments, positions and categories, salary structures,
-- monthly payslips, bank details, leave types, leave applications, leave balances and attendance; calendar
-- events, news, internal reminders, SMS messages and SMS delivery logs; configuration, privileges; the
-- delayed_job queue), trimmed from github.com/projectfedena/fedena, file db/schema.rb (ActiveRecord schema
-- version 20120525100324), repository commit 68a84ac445bf9ad5eb7dd5925388eb788bde9894 (2016-07-20),
-- Apache-2.0.
-- Rails schema written as MySQL DDL: string -> varchar(255), integer -> int(11), boolean -> tinyint(1),
-- binary (limit 16777215) -> mediumblob, decimal with its precision and scale; each table's implicit `id`
-- primary key spelled out (absent where upstream says `:id => false`). Upstream declares no foreign keys and
-- has no column comments; its add_index statements are kept as KEYs (with their prefix lengths). The upstream
-- schema.rb is a dump that already carries the multi-school `school_id` column and plugin tables; the later
-- db/migrate files (after 20120525100324, e.g. users.is_deleted) are not applied.
-- Left out (148 tables): admission/applicant tables (applicants, applicant_*, registrations, registration_*,
-- academic_details, previous_institutional_details), additional and grouped exams and ranking (additional_exam*,
-- grouped_*, ranking_levels, grading_levels, marks_details, archived_exam_scores, online_exam_*), archived
-- employees and their details, archived_guardians, additional-field tables, student_previous_*, electives and
-- subject choices, timetables, class timings, weekdays, period entries, subject leaves, batch/department events,
-- employee_grades, employees_subjects, students_subjects, batch_students, fee categories, particulars,
-- discounts, donations, instant fees, transaction categories and triggers, hostel, transport, library, inventory
-- and store, assets, gallery, discussion groups, polls, tasks, assignments, placements, online meetings,
-- news_comments, individual_payslip_categories, reports, sms_settings, schools, school_details, languages,
-- tags, taggings, attachments, sync_updates, xmls, test.

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email` varchar(255),
  `admin` tinyint(1),
  `student` tinyint(1),
  `employee` tinyint(1),
  `hashed_password` varchar(255),
  `salt` varchar(255),
  `reset_password_code` varchar(255),
  `reset_password_code_until` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  `parent` tinyint(1),
  PRIMARY KEY (`id`),
  KEY `index_users_on_school_id` (`school_id`),
  KEY `index_users_on_username` (`username`(10))
);

CREATE TABLE `students` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `admission_no` varchar(255),
  `class_roll_no` varchar(255),
  `admission_date` date,
  `first_name` varchar(255),
  `middle_name` varchar(255),
  `last_name` varchar(255),
  `batch_id` int(11),
  `date_of_birth` date,
  `gender` varchar(255),
  `blood_group` varchar(255),
  `birth_place` varchar(255),
  `nationality_id` int(11),
  `language` varchar(255),
  `religion` varchar(255),
  `student_category_id` int(11),
  `address_line1` varchar(255),
  `address_line2` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `pin_code` varchar(255),
  `country_id` int(11),
  `phone1` varchar(255),
  `phone2` varchar(255),
  `email` varchar(255),
  `immediate_contact_id` int(11),
  `is_sms_enabled` tinyint(1) DEFAULT 1,
  `photo_file_name` varchar(255),
  `photo_content_type` varchar(255),
  `photo_data` mediumblob,
  `status_description` varchar(255),
  `is_active` tinyint(1) DEFAULT 1,
  `is_deleted` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `library_card` varchar(255),
  `has_paid_fees` tinyint(1) DEFAULT 0,
  `photo_file_size` int(11),
  `user_id` int(11),
  `passport_number` text,
  `enrollment_date` date,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_students_on_admission_no` (`admission_no`(10)),
  KEY `index_students_on_batch_id` (`batch_id`),
  KEY `index_students_on_first_name_and_middle_name_and_last_name` (`first_name`(10), `middle_name`(10), `last_name`(10)),
  KEY `index_students_on_school_id` (`school_id`)
);

CREATE TABLE `guardians` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ward_id` int(11),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `relation` varchar(255),
  `email` varchar(255),
  `office_phone1` varchar(255),
  `office_phone2` varchar(255),
  `mobile_phone` varchar(255),
  `office_address_line1` varchar(255),
  `office_address_line2` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `country_id` int(11),
  `dob` date,
  `occupation` varchar(255),
  `income` varchar(255),
  `education` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  `user_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_guardians_on_school_id` (`school_id`)
);

CREATE TABLE `archived_students` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `admission_no` varchar(255),
  `class_roll_no` varchar(255),
  `admission_date` date,
  `first_name` varchar(255),
  `middle_name` varchar(255),
  `last_name` varchar(255),
  `batch_id` int(11),
  `date_of_birth` date,
  `gender` varchar(255),
  `blood_group` varchar(255),
  `birth_place` varchar(255),
  `nationality_id` int(11),
  `language` varchar(255),
  `religion` varchar(255),
  `student_category_id` int(11),
  `address_line1` varchar(255),
  `address_line2` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `pin_code` varchar(255),
  `country_id` int(11),
  `phone1` varchar(255),
  `phone2` varchar(255),
  `email` varchar(255),
  `photo_file_name` varchar(255),
  `photo_content_type` varchar(255),
  `photo_data` mediumblob,
  `status_description` varchar(255),
  `is_active` tinyint(1) DEFAULT 1,
  `is_deleted` tinyint(1) DEFAULT 0,
  `immediate_contact_id` int(11),
  `is_sms_enabled` tinyint(1) DEFAULT 1,
  `former_id` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `library_card` varchar(255),
  `photo_file_size` int(11),
  `passport_number` text,
  `enrollment_date` date,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_archived_students_on_school_id` (`school_id`)
);

CREATE TABLE `student_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_student_categories_on_school_id` (`school_id`)
);

CREATE TABLE `countries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `batches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `course_id` int(11),
  `start_date` datetime,
  `end_date` datetime,
  `is_active` tinyint(1) DEFAULT 1,
  `is_deleted` tinyint(1) DEFAULT 0,
  `employee_id` varchar(255),
  `school_id` int(11),
  `grading_type` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_batches_on_is_deleted_and_is_active_and_course_id_and_name` (`is_deleted`, `is_active`, `course_id`, `name`),
  KEY `index_batches_on_school_id` (`school_id`)
);

CREATE TABLE `courses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `course_name` varchar(255),
  `code` varchar(255),
  `section_name` varchar(255),
  `is_deleted` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_courses_on_school_id` (`school_id`)
);

CREATE TABLE `subjects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `code` varchar(255),
  `batch_id` int(11),
  `no_exams` tinyint(1) DEFAULT 0,
  `max_weekly_classes` int(11),
  `elective_group_id` int(11),
  `is_deleted` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  `language` tinyint(1) DEFAULT 0,
  `credit_hours` decimal(15,2),
  `prefer_consecutive` tinyint(1) DEFAULT 0,
  `amount` decimal(15,2),
  PRIMARY KEY (`id`),
  KEY `index_subjects_on_batch_id_and_elective_group_id_and_is_deleted` (`batch_id`, `elective_group_id`, `is_deleted`),
  KEY `index_subjects_on_school_id` (`school_id`)
);

CREATE TABLE `attendances` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `student_id` int(11),
  `period_table_entry_id` int(11),
  `forenoon` tinyint(1) DEFAULT 0,
  `afternoon` tinyint(1) DEFAULT 0,
  `reason` varchar(255),
  `school_id` int(11),
  `month_date` date,
  `batch_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_attendances_on_month_date_and_batch_id` (`month_date`, `batch_id`),
  KEY `index_attendances_on_school_id` (`school_id`),
  KEY `index_attendances_on_student_id_and_batch_id` (`student_id`, `batch_id`)
);

CREATE TABLE `exam_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `batch_id` int(11),
  `exam_type` varchar(255),
  `is_published` tinyint(1) DEFAULT 0,
  `result_published` tinyint(1) DEFAULT 0,
  `exam_date` date,
  `school_id` int(11),
  `is_final_exam` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_exam_groups_on_school_id` (`school_id`)
);

CREATE TABLE `exams` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `exam_group_id` int(11),
  `subject_id` int(11),
  `start_time` datetime,
  `end_time` datetime,
  `maximum_marks` decimal(10,2),
  `minimum_marks` decimal(10,2),
  `grading_level_id` int(11),
  `weightage` int(11) DEFAULT 0,
  `event_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_exams_on_exam_group_id_and_subject_id` (`exam_group_id`, `subject_id`),
  KEY `index_exams_on_school_id` (`school_id`)
);

CREATE TABLE `exam_scores` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `student_id` int(11),
  `exam_id` int(11),
  `marks` decimal(7,2),
  `grading_level_id` int(11),
  `remarks` varchar(255),
  `is_failed` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_exam_scores_on_school_id` (`school_id`),
  KEY `index_exam_scores_on_student_id_and_exam_id` (`student_id`, `exam_id`)
);

CREATE TABLE `finance_fee_collections` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `start_date` date,
  `end_date` date,
  `due_date` date,
  `fee_category_id` int(11),
  `batch_id` int(11),
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_finance_fee_collections_on_fee_category_id` (`fee_category_id`),
  KEY `index_finance_fee_collections_on_school_id` (`school_id`)
);

CREATE TABLE `finance_fees` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `fee_collection_id` int(11),
  `transaction_id` varchar(255),
  `student_id` int(11),
  `is_paid` tinyint(1) DEFAULT 0,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_finance_fees_on_fee_collection_id_and_student_id` (`fee_collection_id`, `student_id`),
  KEY `index_finance_fees_on_school_id` (`school_id`)
);

CREATE TABLE `finance_transactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` varchar(255),
  `amount` decimal(15,2),
  `fine_included` tinyint(1) DEFAULT 0,
  `category_id` int(11),
  `student_id` int(11),
  `finance_fees_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `transaction_date` date,
  `fine_amount` decimal(10,2) DEFAULT 0.0,
  `master_transaction_id` int(11) DEFAULT 0,
  `finance_id` int(11),
  `finance_type` varchar(255),
  `payee_id` int(11),
  `payee_type` varchar(255),
  `receipt_no` varchar(255),
  `voucher_no` varchar(255),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_finance_transactions_on_school_id` (`school_id`)
);

CREATE TABLE `employees` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `employee_category_id` int(11),
  `employee_number` varchar(255),
  `joining_date` date,
  `first_name` varchar(255),
  `middle_name` varchar(255),
  `last_name` varchar(255),
  `gender` tinyint(1),
  `job_title` varchar(255),
  `employee_position_id` int(11),
  `employee_department_id` int(11),
  `reporting_manager_id` int(11),
  `employee_grade_id` int(11),
  `qualification` varchar(255),
  `experience_detail` text,
  `experience_year` int(11),
  `experience_month` int(11),
  `status` tinyint(1),
  `status_description` varchar(255),
  `date_of_birth` date,
  `marital_status` varchar(255),
  `children_count` int(11),
  `father_name` varchar(255),
  `mother_name` varchar(255),
  `husband_name` varchar(255),
  `blood_group` varchar(255),
  `nationality_id` int(11),
  `home_address_line1` varchar(255),
  `home_address_line2` varchar(255),
  `home_city` varchar(255),
  `home_state` varchar(255),
  `home_country_id` int(11),
  `home_pin_code` varchar(255),
  `office_address_line1` varchar(255),
  `office_address_line2` varchar(255),
  `office_city` varchar(255),
  `office_state` varchar(255),
  `office_country_id` int(11),
  `office_pin_code` varchar(255),
  `office_phone1` varchar(255),
  `office_phone2` varchar(255),
  `mobile_phone` varchar(255),
  `home_phone` varchar(255),
  `email` varchar(255),
  `fax` varchar(255),
  `photo_file_name` varchar(255),
  `photo_content_type` varchar(255),
  `photo_data` mediumblob,
  `created_at` datetime,
  `updated_at` datetime,
  `library_card` varchar(255),
  `photo_file_size` int(11),
  `user_id` int(11),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_employees_on_employee_number` (`employee_number`(10)),
  KEY `index_employees_on_school_id` (`school_id`)
);

CREATE TABLE `employee_departments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `name` varchar(255),
  `status` tinyint(1),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_employee_departments_on_school_id` (`school_id`)
);

CREATE TABLE `employee_positions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `employee_category_id` int(11),
  `status` tinyint(1),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_employee_positions_on_school_id` (`school_id`)
);

CREATE TABLE `employee_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `prefix` varchar(255),
  `status` tinyint(1),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_employee_categories_on_school_id` (`school_id`)
);

CREATE TABLE `payroll_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `percentage` float,
  `payroll_category_id` int(11),
  `is_deduction` tinyint(1),
  `status` tinyint(1),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_payroll_categories_on_school_id` (`school_id`)
);

CREATE TABLE `employee_salary_structures` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `employee_id` int(11),
  `payroll_category_id` int(11),
  `amount` varchar(255),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_employee_salary_structures_on_school_id` (`school_id`)
);

CREATE TABLE `monthly_payslips` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `salary_date` date,
  `employee_id` int(11),
  `payroll_category_id` int(11),
  `amount` varchar(255),
  `is_approved` tinyint(1) NOT NULL DEFAULT 0,
  `approver_id` int(11),
  `is_rejected` tinyint(1) NOT NULL DEFAULT 0,
  `rejector_id` int(11),
  `reason` varchar(255),
  `school_id` int(11),
  `remark` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_monthly_payslips_on_school_id` (`school_id`)
);

CREATE TABLE `employee_bank_details` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `employee_id` int(11),
  `bank_field_id` int(11),
  `bank_info` varchar(255),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_employee_bank_details_on_school_id` (`school_id`)
);

CREATE TABLE `bank_fields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `status` tinyint(1),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_bank_fields_on_school_id` (`school_id`)
);

CREATE TABLE `employee_leave_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `code` varchar(255),
  `status` tinyint(1),
  `max_leave_count` varchar(255),
  `carry_forward` tinyint(1) NOT NULL DEFAULT 0,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_employee_leave_types_on_school_id` (`school_id`)
);

CREATE TABLE `apply_leaves` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `employee_id` int(11),
  `employee_leave_types_id` int(11),
  `is_half_day` tinyint(1),
  `start_date` date,
  `end_date` date,
  `reason` varchar(255),
  `approved` tinyint(1) DEFAULT 0,
  `viewed_by_manager` tinyint(1) DEFAULT 0,
  `manager_remark` varchar(255),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_apply_leaves_on_school_id` (`school_id`)
);

CREATE TABLE `employee_leaves` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `employee_id` int(11),
  `employee_leave_type_id` int(11),
  `leave_count` decimal(5,1) DEFAULT 0.0,
  `leave_taken` decimal(5,1) DEFAULT 0.0,
  `reset_date` date,
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_employee_leaves_on_school_id` (`school_id`)
);

CREATE TABLE `employee_attendances` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `attendance_date` date,
  `employee_id` int(11),
  `employee_leave_type_id` int(11),
  `reason` varchar(255),
  `is_half_day` tinyint(1),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_employee_attendances_on_school_id` (`school_id`)
);

CREATE TABLE `events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` varchar(255),
  `start_date` datetime,
  `end_date` datetime,
  `is_common` tinyint(1) DEFAULT 0,
  `is_holiday` tinyint(1) DEFAULT 0,
  `is_exam` tinyint(1) DEFAULT 0,
  `is_due` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `origin_id` int(11),
  `origin_type` varchar(255),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_events_on_is_common_and_is_holiday_and_is_exam` (`is_common`, `is_holiday`, `is_exam`),
  KEY `index_events_on_school_id` (`school_id`)
);

CREATE TABLE `user_events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11),
  `user_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_user_events_on_school_id` (`school_id`)
);

CREATE TABLE `news` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `content` text,
  `author_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_news_on_school_id` (`school_id`)
);

CREATE TABLE `reminders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender` int(11),
  `recipient` int(11),
  `subject` varchar(255),
  `body` text,
  `is_read` tinyint(1) DEFAULT 0,
  `is_deleted_by_sender` tinyint(1) DEFAULT 0,
  `is_deleted_by_recipient` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_reminders_on_recipient` (`recipient`),
  KEY `index_reminders_on_school_id` (`school_id`)
);

CREATE TABLE `sms_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `body` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  PRIMARY KEY (`id`)
);

CREATE TABLE `sms_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mobile` varchar(255),
  `gateway_response` varchar(255),
  `sms_message_id` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `school_id` int(11),
  PRIMARY KEY (`id`)
);

CREATE TABLE `configurations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `config_key` varchar(255),
  `config_value` varchar(255),
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_configurations_on_config_key` (`config_key`(10)),
  KEY `index_configurations_on_config_value` (`config_value`(10)),
  KEY `index_configurations_on_school_id` (`school_id`)
);

CREATE TABLE `privileges` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `description` text,
  `school_id` int(11),
  PRIMARY KEY (`id`),
  KEY `index_privileges_on_school_id` (`school_id`)
);

CREATE TABLE `privileges_users` (
  `user_id` int(11),
  `privilege_id` int(11),
  `school_id` int(11),
  KEY `index_privileges_users_on_school_id` (`school_id`),
  KEY `index_privileges_users_on_user_id` (`user_id`)
);

CREATE TABLE `delayed_jobs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `priority` int(11) DEFAULT 0,
  `attempts` int(11) DEFAULT 0,
  `handler` text,
  `last_error` text,
  `run_at` datetime,
  `locked_at` datetime,
  `failed_at` datetime,
  `locked_by` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  KEY `index_delayed_jobs_on_locked_by` (`locked_by`)
);

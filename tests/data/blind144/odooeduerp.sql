-- OdooEduERP (Serpent Consulting Services; github.com/JayVora-SerpentCS/OdooEduERP, branch 13.0,
-- commit 6d036423ee18dde11f27b4b0f3f7aff2c45b4963; licence file license/LICENSE.txt: GPL-3.0-or-later,
-- module manifests: AGPL-3)
-- MySQL DDL written from the Odoo 13 ORM models (*/models/*.py) as Odoo creates the tables: table = _table or
-- _name with dots as underscores; `id` serial key; one column per stored field in declaration order (Char/Selection
-- varchar, Text/Html text, Integer int, Float double, Monetary decimal, Boolean tinyint(1), Date date, Datetime
-- datetime, Many2one int); One2many, non-stored computed/related fields and Binary fields (attachments by default
-- in Odoo 13) have no column; Odoo's log columns create_uid/create_date/write_uid/write_date appended; columns
-- added by the mail.thread / resource.mixin parents included; field labels and help texts kept as COMMENTs;
-- foreign keys kept where the target table is in this subset (targets in Odoo core - res_users, res_partner,
-- hr_employee, res_company, account_* - are outside it). Odoo adds foreign keys after creating all tables and
-- several are circular (school_standard <-> school_teacher <-> school_parent), hence FOREIGN_KEY_CHECKS=0.

SET FOREIGN_KEY_CHECKS=0;

-- academic.year (school/models/school.py)
CREATE TABLE `academic_year` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sequence` int NOT NULL COMMENT 'Sequence - Sequence order you want to see this year.',
  `name` varchar(255) NOT NULL COMMENT 'Name - Name of academic year',
  `code` varchar(255) NOT NULL COMMENT 'Code - Code of academic year',
  `date_start` date NOT NULL COMMENT 'Start Date - Starting date of academic year',
  `date_stop` date NOT NULL COMMENT 'End Date - Ending of academic year',
  `grade_id` int COMMENT 'Grade -> grade.master',
  `current` tinyint(1) COMMENT 'Current - Set Active Current Year',
  `description` text COMMENT 'Description',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Academic Year';

-- standard.medium (school/models/school.py)
CREATE TABLE `standard_medium` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sequence` int NOT NULL COMMENT 'Sequence',
  `name` varchar(255) NOT NULL COMMENT 'Name',
  `code` varchar(255) NOT NULL COMMENT 'Code',
  `description` text COMMENT 'Description',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Standard Medium';

-- standard.division (school/models/school.py)
CREATE TABLE `standard_division` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sequence` int NOT NULL COMMENT 'Sequence',
  `name` varchar(255) NOT NULL COMMENT 'Name',
  `code` varchar(255) NOT NULL COMMENT 'Code',
  `description` text COMMENT 'Description',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Standard Division';

-- standard.standard (school/models/school.py)
CREATE TABLE `standard_standard` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sequence` int NOT NULL COMMENT 'Sequence',
  `name` varchar(255) NOT NULL COMMENT 'Name',
  `code` varchar(255) NOT NULL COMMENT 'Code',
  `description` text COMMENT 'Description',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Standard Information';

-- school.school (school/models/school.py)
CREATE TABLE `school_school` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL COMMENT 'Company -> res.company',
  `com_name` varchar(255) COMMENT 'School Name',
  `code` varchar(255) NOT NULL COMMENT 'Code',
  `lang` varchar(255) COMMENT 'Language - If the selected language is loaded in the system, all documents related to this partner will be printed in this language. If not, it will be English.',
  `required_age` int COMMENT 'Student Admission Age Required',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='School Information';

-- school.standard (school/models/school.py, school_event/models/event.py)
CREATE TABLE `school_standard` (
  `id` int NOT NULL AUTO_INCREMENT,
  `school_id` int NOT NULL COMMENT 'School -> school.school',
  `standard_id` int NOT NULL COMMENT 'Standard -> standard.standard',
  `division_id` int NOT NULL COMMENT 'Division -> standard.division',
  `medium_id` int NOT NULL COMMENT 'Medium -> standard.medium',
  `user_id` int COMMENT 'Class Teacher -> school.teacher',
  `color` int COMMENT 'Color Index',
  `cmp_id` int COMMENT 'Company Name -> res.company',
  `name` varchar(255) COMMENT 'Name',
  `capacity` int COMMENT 'Total Seats',
  `total_students` int COMMENT 'Total Students',
  `remaining_seats` int COMMENT 'Available Seats',
  `class_room_id` int COMMENT 'Room Number -> class.room',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `school_school` (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `standard_standard` (`id`),
  FOREIGN KEY (`division_id`) REFERENCES `standard_division` (`id`),
  FOREIGN KEY (`medium_id`) REFERENCES `standard_medium` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `school_teacher` (`id`)
) COMMENT='School Standards';

-- subject.subject (school/models/school.py, timetable/models/timetable.py)
CREATE TABLE `subject_subject` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Name',
  `code` varchar(255) NOT NULL COMMENT 'Code',
  `maximum_marks` int COMMENT 'Maximum marks',
  `minimum_marks` int COMMENT 'Minimum marks',
  `weightage` int COMMENT 'WeightAge',
  `standard_id` int COMMENT 'Class -> standard.standard',
  `is_practical` tinyint(1) COMMENT 'Is Practical - Check this if subject is practical.',
  `elective_id` int COMMENT '-> subject.elective',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `standard_standard` (`id`)
) COMMENT='Subjects';

-- mother.toungue (school/models/school.py)
CREATE TABLE `mother_toungue` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COMMENT 'Mother Tongue',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Mother Toungue';

-- student.cast (school/models/school.py)
CREATE TABLE `student_cast` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Name',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Student Cast';

-- student.relation.master (school/models/school.py)
CREATE TABLE `student_relation_master` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Name - Enter Relation name',
  `seq_no` int COMMENT 'Sequence',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Student Relation Master';

-- parent.relation (school/models/parent.py)
CREATE TABLE `parent_relation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Relation name',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Parent-child relation information';

-- school.parent (school/models/parent.py)
CREATE TABLE `school_parent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `partner_id` int NOT NULL COMMENT 'User ID -> res.partner',
  `relation_id` int COMMENT 'Relation with Child -> parent.relation',
  `teacher_id` int COMMENT 'Teacher -> school.teacher',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`relation_id`) REFERENCES `parent_relation` (`id`),
  FOREIGN KEY (`teacher_id`) REFERENCES `school_teacher` (`id`)
) COMMENT='Parent Information';

-- school.teacher (school/models/teacher.py)
CREATE TABLE `school_teacher` (
  `id` int NOT NULL AUTO_INCREMENT,
  `employee_id` int NOT NULL COMMENT 'Employee ID -> hr.employee',
  `standard_id` int COMMENT 'Responsibility of Academic Class - Standard for which the teacher responsible for. -> school.standard',
  `stand_id` int COMMENT 'Course -> standard.standard',
  `school_id` int COMMENT 'Campus -> school.school',
  `department_id` int COMMENT 'Department -> hr.department',
  `is_parent` tinyint(1) COMMENT 'Is Parent',
  `stu_parent_id` int COMMENT 'Related Parent -> school.parent',
  `phone_numbers` varchar(255) COMMENT 'Phone Number',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `school_standard` (`id`),
  FOREIGN KEY (`stand_id`) REFERENCES `standard_standard` (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `school_school` (`id`),
  FOREIGN KEY (`stu_parent_id`) REFERENCES `school_parent` (`id`)
) COMMENT='Teacher Information';

-- student.student (assignment/models/homework.py, exam/models/exam.py, library/models/library.py, school/models/student.py, school_evaluation/models/school_evaluation.py, school_event/models/event.py, school_fees/models/school_fees.py, school_hostel/models/hostel.py, school_transport/models/transport.py)
CREATE TABLE `student_student` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL COMMENT 'User ID -> res.users',
  `student_name` varchar(255) COMMENT 'Student Name',
  `pid` varchar(255) NOT NULL COMMENT 'Student ID - Personal IDentification Number',
  `reg_code` varchar(255) COMMENT 'Registration Code - Student Registration Code',
  `student_code` varchar(255) COMMENT 'Student Code',
  `contact_phone` varchar(255) COMMENT 'Phone no.',
  `contact_mobile` varchar(255) COMMENT 'Mobile no',
  `roll_no` int COMMENT 'Roll No.',
  `year` int COMMENT 'Academic Year -> academic.year',
  `cast_id` int COMMENT 'Religion/Caste -> student.cast',
  `relation` int COMMENT 'Relation -> student.relation.master',
  `admission_date` date COMMENT 'Admission Date',
  `middle` varchar(255) NOT NULL COMMENT 'Middle Name',
  `last` varchar(255) NOT NULL COMMENT 'Surname',
  `gender` varchar(255) COMMENT 'Gender (male, female)',
  `date_of_birth` date NOT NULL COMMENT 'BirthDate',
  `mother_tongue` int COMMENT 'Mother Tongue -> mother.toungue',
  `maritual_status` varchar(255) COMMENT 'Marital Status (unmarried, married)',
  `doctor` varchar(255) COMMENT 'Doctor Name',
  `designation` varchar(255) COMMENT 'Designation',
  `doctor_phone` varchar(255) COMMENT 'Contact No.',
  `blood_group` varchar(255) COMMENT 'Blood Group',
  `height` double COMMENT 'Height - Hieght in C.M',
  `weight` double COMMENT 'Weight - Weight in K.G',
  `eye` tinyint(1) COMMENT 'Eyes',
  `ear` tinyint(1) COMMENT 'Ears',
  `nose_throat` tinyint(1) COMMENT 'Nose & Throat',
  `respiratory` tinyint(1) COMMENT 'Respiratory',
  `cardiovascular` tinyint(1) COMMENT 'Cardiovascular',
  `neurological` tinyint(1) COMMENT 'Neurological',
  `muskoskeletal` tinyint(1) COMMENT 'Musculoskeletal',
  `dermatological` tinyint(1) COMMENT 'Dermatological',
  `blood_pressure` tinyint(1) COMMENT 'Blood Pressure',
  `remark` text COMMENT 'Remark',
  `school_id` int COMMENT 'School -> school.school',
  `state` varchar(255) COMMENT 'Status (draft, done, terminate, cancel, alumni)',
  `division_id` int COMMENT 'Division -> standard.division',
  `medium_id` int COMMENT 'Medium -> standard.medium',
  `standard_id` int COMMENT 'Class -> school.standard',
  `terminate_reason` text COMMENT 'Reason',
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`year`) REFERENCES `academic_year` (`id`),
  FOREIGN KEY (`cast_id`) REFERENCES `student_cast` (`id`),
  FOREIGN KEY (`relation`) REFERENCES `student_relation_master` (`id`),
  FOREIGN KEY (`mother_tongue`) REFERENCES `mother_toungue` (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `school_school` (`id`),
  FOREIGN KEY (`division_id`) REFERENCES `standard_division` (`id`),
  FOREIGN KEY (`medium_id`) REFERENCES `standard_medium` (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `school_standard` (`id`)
) COMMENT='Student Information';

-- student.family.contact (school/models/school.py)
CREATE TABLE `student_family_contact` (
  `id` int NOT NULL AUTO_INCREMENT,
  `family_contact_id` int COMMENT 'Student Ref. -> student.student',
  `rel_name` varchar(255) NOT NULL COMMENT 'Related Student - Select Name (exist, new)',
  `user_id` int COMMENT 'User ID -> res.users',
  `stu_name` int COMMENT 'Existing Student - Select Student From Existing List -> student.student',
  `name` varchar(255) COMMENT 'Relative Name',
  `relation` int NOT NULL COMMENT 'Relation -> student.relation.master',
  `phone` varchar(255) NOT NULL COMMENT 'Phone',
  `email` varchar(255) COMMENT 'E-Mail',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`family_contact_id`) REFERENCES `student_student` (`id`),
  FOREIGN KEY (`stu_name`) REFERENCES `student_student` (`id`),
  FOREIGN KEY (`relation`) REFERENCES `student_relation_master` (`id`)
) COMMENT='Student Family Contact';

-- student.previous.school (school/models/school.py)
CREATE TABLE `student_previous_school` (
  `id` int NOT NULL AUTO_INCREMENT,
  `previous_school_id` int COMMENT 'Student -> student.student',
  `name` varchar(255) NOT NULL COMMENT 'Name',
  `registration_no` varchar(255) NOT NULL COMMENT 'Registration No.',
  `admission_date` date COMMENT 'Admission Date',
  `exit_date` date COMMENT 'Exit Date',
  `course_id` int NOT NULL COMMENT 'Course -> standard.standard',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`previous_school_id`) REFERENCES `student_student` (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `standard_standard` (`id`)
) COMMENT='Student Previous School';

-- student.reference (school/models/school.py)
CREATE TABLE `student_reference` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reference_id` int COMMENT 'Student -> student.student',
  `name` varchar(255) NOT NULL COMMENT 'First Name',
  `middle` varchar(255) NOT NULL COMMENT 'Middle Name',
  `last` varchar(255) NOT NULL COMMENT 'Surname',
  `designation` varchar(255) NOT NULL COMMENT 'Designation',
  `phone` varchar(255) NOT NULL COMMENT 'Phone',
  `gender` varchar(255) COMMENT 'Gender (male, female)',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reference_id`) REFERENCES `student_student` (`id`)
) COMMENT='Student Reference';

-- student.history (school/models/school.py)
CREATE TABLE `student_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `student_id` int COMMENT 'Student -> student.student',
  `academice_year_id` int COMMENT 'Academic Year -> academic.year',
  `standard_id` int COMMENT 'Standard -> school.standard',
  `percentage` double COMMENT 'Percentage',
  `result` varchar(255) COMMENT 'Result',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`student_id`) REFERENCES `student_student` (`id`),
  FOREIGN KEY (`academice_year_id`) REFERENCES `academic_year` (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `school_standard` (`id`)
) COMMENT='Student History';

-- student.descipline (school/models/school.py)
CREATE TABLE `student_descipline` (
  `id` int NOT NULL AUTO_INCREMENT,
  `student_id` int COMMENT 'Student -> student.student',
  `teacher_id` int COMMENT 'Teacher -> school.teacher',
  `date` date COMMENT 'Date',
  `class_id` int COMMENT 'Class -> standard.standard',
  `note` text COMMENT 'Note',
  `action_taken` text COMMENT 'Action Taken',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`student_id`) REFERENCES `student_student` (`id`),
  FOREIGN KEY (`teacher_id`) REFERENCES `school_teacher` (`id`),
  FOREIGN KEY (`class_id`) REFERENCES `standard_standard` (`id`)
) COMMENT='Student Discipline';

-- student.award (school/models/school.py)
CREATE TABLE `student_award` (
  `id` int NOT NULL AUTO_INCREMENT,
  `award_list_id` int COMMENT 'Student -> student.student',
  `name` varchar(255) COMMENT 'Award Name',
  `description` varchar(255) COMMENT 'Description',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`award_list_id`) REFERENCES `student_student` (`id`)
) COMMENT='Student Awards';

-- student.certificate (school/models/school.py)
CREATE TABLE `student_certificate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `student_id` int COMMENT 'Student -> student.student',
  `description` varchar(255) COMMENT 'Description',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`student_id`) REFERENCES `student_student` (`id`)
) COMMENT='Student Certificate';

-- student.document (school/models/school.py)
CREATE TABLE `student_document` (
  `id` int NOT NULL AUTO_INCREMENT,
  `doc_id` int COMMENT 'Student -> student.student',
  `file_no` varchar(255) COMMENT 'File No',
  `submited_date` date COMMENT 'Submitted Date',
  `doc_type` int NOT NULL COMMENT 'Document Type -> document.type',
  `file_name` varchar(255) COMMENT 'File Name',
  `return_date` date COMMENT 'Return Date',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`doc_id`) REFERENCES `student_student` (`id`)
) COMMENT='Student Document';

-- attendance.sheet (school_attendance/models/school_attendance.py)
CREATE TABLE `attendance_sheet` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COMMENT 'Description',
  `standard_id` int NOT NULL COMMENT 'Academic Class - Select Standard -> school.standard',
  `month_id` int NOT NULL COMMENT 'Month - Select Academic Month -> academic.month',
  `year_id` int NOT NULL COMMENT 'Year -> academic.year',
  `user_id` int COMMENT 'Faculty - Select Teacher -> school.teacher',
  `attendance_type` varchar(255) COMMENT 'Type (daily, lecture)',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `school_standard` (`id`),
  FOREIGN KEY (`year_id`) REFERENCES `academic_year` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `school_teacher` (`id`)
) COMMENT='Attendance Sheet';

-- daily.attendance (school_attendance/models/school_attendance.py)
CREATE TABLE `daily_attendance` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` date COMMENT 'Date - Current Date',
  `standard_id` int NOT NULL COMMENT 'Academic Class - Select Standard -> school.standard',
  `user_id` int COMMENT 'Faculty - Select Teacher -> school.teacher',
  `state` varchar(255) COMMENT 'State (draft, validate)',
  `total_student` int COMMENT 'Total Students - Total Students in class',
  `total_presence` int COMMENT 'Present Students - Present Student',
  `total_absent` int COMMENT 'Absent Students - Absent Students',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `school_standard` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `school_teacher` (`id`)
) COMMENT='Daily Attendance';

-- daily.attendance.line (school_attendance/models/school_attendance.py)
CREATE TABLE `daily_attendance_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `roll_no` int COMMENT 'Roll No. - Roll Number',
  `standard_id` int COMMENT 'Standard -> daily.attendance',
  `stud_id` int COMMENT 'Name -> student.student',
  `is_present` tinyint(1) COMMENT 'Present - Check if student is present',
  `is_absent` tinyint(1) COMMENT 'Absent - Check if student is absent',
  `present_absentcheck` tinyint(1) COMMENT 'Present/Absent Boolean',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `daily_attendance` (`id`),
  FOREIGN KEY (`stud_id`) REFERENCES `student_student` (`id`)
) COMMENT='Daily Attendance Line';

-- studentleave.request (school_attendance/models/school_attendance.py)
CREATE TABLE `studentleave_request` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Type of Leave',
  `student_id` int NOT NULL COMMENT 'Student -> student.student',
  `roll_no` varchar(255) COMMENT 'Roll Number',
  `standard_id` int NOT NULL COMMENT 'Class -> school.standard',
  `state` varchar(255) COMMENT 'Status (draft, toapprove, reject, approve)',
  `start_date` date COMMENT 'Start Date',
  `end_date` date COMMENT 'End Date',
  `teacher_id` int COMMENT 'Class Teacher -> school.teacher',
  `days` int COMMENT 'Days',
  `reason` text COMMENT 'Reason for Leave',
  `message_main_attachment_id` int COMMENT 'Main Attachment -> ir.attachment',
  `resource_id` int NOT NULL COMMENT 'Resource -> resource.resource',
  `company_id` int COMMENT 'Company -> res.company',
  `resource_calendar_id` int COMMENT 'Working Hours -> resource.calendar',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`student_id`) REFERENCES `student_student` (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `school_standard` (`id`),
  FOREIGN KEY (`teacher_id`) REFERENCES `school_teacher` (`id`)
) COMMENT='Student Leave Request';

-- exam.exam (exam/models/exam.py)
CREATE TABLE `exam_exam` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) COMMENT 'Active',
  `name` varchar(255) NOT NULL COMMENT 'Exam Name - Name of Exam',
  `exam_code` varchar(255) NOT NULL COMMENT 'Exam Code - Code of exam',
  `start_date` date COMMENT 'Exam Start Date - Exam will start from this date',
  `end_date` date COMMENT 'Exam End date - Exam will end at this date',
  `state` varchar(255) COMMENT 'State (draft, running, finished, cancelled)',
  `grade_system` int COMMENT 'Grade System - Select Grade System -> grade.master',
  `academic_year` int COMMENT 'Academic Year - Select Academic Year -> academic.year',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`academic_year`) REFERENCES `academic_year` (`id`)
) COMMENT='Exam Information';

-- exam.subject (exam/models/exam.py)
CREATE TABLE `exam_subject` (
  `id` int NOT NULL AUTO_INCREMENT,
  `exam_id` int COMMENT 'Result -> exam.result',
  `subject_id` int COMMENT 'Subject Name -> subject.subject',
  `obtain_marks` double COMMENT 'Obtain Marks',
  `minimum_marks` double COMMENT 'Minimum Marks - Minimum Marks of subject',
  `maximum_marks` double COMMENT 'Maximum Marks - Maximum Marks of subject',
  `marks_reeval` double COMMENT 'Marks After Re-evaluation - Marks Obtain after Re-evaluation',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`exam_id`) REFERENCES `exam_result` (`id`),
  FOREIGN KEY (`subject_id`) REFERENCES `subject_subject` (`id`)
) COMMENT='Exam Subject Information';

-- exam.result (exam/models/exam.py)
CREATE TABLE `exam_result` (
  `id` int NOT NULL AUTO_INCREMENT,
  `s_exam_ids` int NOT NULL COMMENT 'Examination - Select Exam -> exam.exam',
  `student_id` int NOT NULL COMMENT 'Student Name - Select Student -> student.student',
  `roll_no_id` int COMMENT 'Roll No',
  `standard_id` int COMMENT 'Standard - Select Standard -> school.standard',
  `total` double COMMENT 'Obtain Total - Total of marks',
  `percentage` double COMMENT 'Percentage - Percentage Obtained',
  `result` varchar(255) COMMENT 'Result - Result Obtained',
  `grade` varchar(255) COMMENT 'Grade - Grade Obtained',
  `state` varchar(255) COMMENT 'State (draft, confirm, re-evaluation, re-evaluation_confirm, done)',
  `color` int COMMENT 'Color',
  `active` tinyint(1) COMMENT 'Active',
  `grade_system` int COMMENT 'Grade System - Grade System selected -> grade.master',
  `message_main_attachment_id` int COMMENT 'Main Attachment -> ir.attachment',
  `resource_id` int NOT NULL COMMENT 'Resource -> resource.resource',
  `company_id` int COMMENT 'Company -> res.company',
  `resource_calendar_id` int COMMENT 'Working Hours -> resource.calendar',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`s_exam_ids`) REFERENCES `exam_exam` (`id`),
  FOREIGN KEY (`student_id`) REFERENCES `student_student` (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `school_standard` (`id`)
) COMMENT='exam result Information';

-- time.table (exam/models/exam.py, timetable/models/timetable.py)
CREATE TABLE `time_table` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timetable_type` varchar(255) NOT NULL COMMENT 'Time Table Type',
  `exam_id` int COMMENT 'Exam -> exam.exam',
  `name` varchar(255) COMMENT 'Description',
  `standard_id` int NOT NULL COMMENT 'Academic Class - Select Standard -> school.standard',
  `year_id` int NOT NULL COMMENT 'Year - select academic year -> academic.year',
  `class_room_id` int COMMENT 'Room Number -> class.room',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`exam_id`) REFERENCES `exam_exam` (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `school_standard` (`id`),
  FOREIGN KEY (`year_id`) REFERENCES `academic_year` (`id`)
) COMMENT='Time Table';

-- time.table.line (exam/models/exam.py, timetable/models/timetable.py)
CREATE TABLE `time_table_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `exm_date` date COMMENT 'Exam Date',
  `day_of_week` varchar(255) COMMENT 'Week Day',
  `class_room_id` int COMMENT 'Classroom -> class.room',
  `teacher_id` int COMMENT 'Faculty Name - Select Teacher -> school.teacher',
  `subject_id` int COMMENT 'Subject Name - Select Subject -> subject.subject',
  `table_id` int COMMENT 'TimeTable -> time.table',
  `start_time` double NOT NULL COMMENT 'Start Time - Time according to timeformat of 24 hours',
  `end_time` double NOT NULL COMMENT 'End Time - Time according to timeformat of 24 hours',
  `week_day` varchar(255) COMMENT 'Week day (monday, tuesday, wednesday, thursday, friday, saturday, sunday)',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`teacher_id`) REFERENCES `school_teacher` (`id`),
  FOREIGN KEY (`subject_id`) REFERENCES `subject_subject` (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `time_table` (`id`)
) COMMENT='Time Table Line';

-- student.fees.structure (school_fees/models/school_fees.py)
CREATE TABLE `student_fees_structure` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Name',
  `code` varchar(255) NOT NULL COMMENT 'Code',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Student Fees Structure';

-- student.payslip (school_fees/models/school_fees.py)
CREATE TABLE `student_payslip` (
  `id` int NOT NULL AUTO_INCREMENT,
  `fees_structure_id` int COMMENT 'Fees Structure -> student.fees.structure',
  `standard_id` int COMMENT 'Class -> school.standard',
  `division_id` int COMMENT 'Division -> standard.division',
  `medium_id` int COMMENT 'Medium -> standard.medium',
  `register_id` int COMMENT 'Register -> student.fees.register',
  `name` varchar(255) COMMENT 'Description',
  `number` varchar(255) COMMENT 'Number',
  `student_id` int NOT NULL COMMENT 'Student -> student.student',
  `date` date COMMENT 'Date - Current Date of payslip',
  `total` decimal(16,2) COMMENT 'Total - Total Amount',
  `state` varchar(255) COMMENT 'State (draft, confirm, pending, paid)',
  `journal_id` int COMMENT 'Journal -> account.journal',
  `paid_amount` decimal(16,2) COMMENT 'Paid Amount - Amount Paid',
  `due_amount` decimal(16,2) COMMENT 'Due Amount - Amount Remaining',
  `currency_id` int COMMENT 'Currency -> res.currency',
  `move_id` int COMMENT 'Journal Entry - Link to the automaticallygenerated Journal Items. -> account.move',
  `payment_date` date COMMENT 'Payment Date - Keep empty to use the current date',
  `type` varchar(255) NOT NULL COMMENT 'Type (out_invoice, in_invoice, out_refund, in_refund)',
  `company_id` int NOT NULL COMMENT 'Company -> res.company',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`fees_structure_id`) REFERENCES `student_fees_structure` (`id`),
  FOREIGN KEY (`standard_id`) REFERENCES `school_standard` (`id`),
  FOREIGN KEY (`division_id`) REFERENCES `standard_division` (`id`),
  FOREIGN KEY (`medium_id`) REFERENCES `standard_medium` (`id`),
  FOREIGN KEY (`student_id`) REFERENCES `student_student` (`id`)
) COMMENT='Student PaySlip';

-- hostel.type (school_hostel/models/hostel.py)
CREATE TABLE `hostel_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'HOSTEL Name - Name of Hostel',
  `type` varchar(255) NOT NULL COMMENT 'HOSTEL Type - Type of Hostel (male, female, common)',
  `other_info` text COMMENT 'Other Information',
  `rector` int COMMENT 'Rector -> res.partner',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Information of type of Hostel';

-- hostel.room (school_hostel/models/hostel.py)
CREATE TABLE `hostel_room` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` int COMMENT 'HOSTEL - Name of hostel -> hostel.type',
  `floor_no` int COMMENT 'Floor No. - Floor Number',
  `room_no` varchar(255) NOT NULL COMMENT 'Room No.',
  `student_per_room` int NOT NULL COMMENT 'Student Per Room - Students allocated per room',
  `availability` double COMMENT 'Availability',
  `telephone` tinyint(1) COMMENT 'Telephone access',
  `rent_amount` double COMMENT 'Rent Amount Per Month',
  `ac` tinyint(1) COMMENT 'Air Conditioning',
  `private_bathroom` tinyint(1) COMMENT 'Private Bathroom',
  `guest_sofa` tinyint(1) COMMENT 'Guest sofa-bed',
  `tv` tinyint(1) COMMENT 'Television',
  `internet` tinyint(1) COMMENT 'Internet Access',
  `refrigerator` tinyint(1) COMMENT 'Refrigerator',
  `microwave` tinyint(1) COMMENT 'Microwave',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`name`) REFERENCES `hostel_type` (`id`)
) COMMENT='Hostel Room Information';

-- hostel.student (school_hostel/models/hostel.py)
CREATE TABLE `hostel_student` (
  `id` int NOT NULL AUTO_INCREMENT,
  `hostel_id` varchar(255) COMMENT 'HOSTEL ID',
  `student_id` int COMMENT 'Student -> student.student',
  `school_id` int COMMENT 'School -> school.school',
  `admission_date` datetime COMMENT 'Admission Date - Date of admission in hostel',
  `discharge_date` datetime COMMENT 'Discharge Date - Date on which student discharge',
  `paid_amount` double COMMENT 'Paid Amount - Amount Paid',
  `hostel_info_id` int COMMENT 'Hostel -> hostel.type',
  `room_id` int COMMENT 'Room -> hostel.room',
  `duration` int COMMENT 'Duration',
  `rent_pay` double COMMENT 'Rent',
  `acutal_discharge_date` datetime COMMENT 'Actual Discharge Date - Date on which student discharge',
  `status` varchar(255) COMMENT 'Status (draft, reservation, pending, paid, discharge, cancel)',
  `hostel_types` varchar(255) COMMENT 'Type',
  `stud_gender` varchar(255) COMMENT 'Gender',
  `active` tinyint(1) COMMENT 'Active',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`student_id`) REFERENCES `student_student` (`id`),
  FOREIGN KEY (`school_id`) REFERENCES `school_school` (`id`),
  FOREIGN KEY (`hostel_info_id`) REFERENCES `hostel_type` (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `hostel_room` (`id`)
) COMMENT='Hostel Student Information';

-- transport.point (school_transport/models/transport.py)
CREATE TABLE `transport_point` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Point Name',
  `amount` double COMMENT 'Amount',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
) COMMENT='Transport Point Information';

-- transport.registration (school_transport/models/transport.py)
CREATE TABLE `transport_registration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` int NOT NULL COMMENT 'Transport Root Name -> student.transport',
  `part_name` int NOT NULL COMMENT 'Student Name - Student Name -> student.student',
  `reg_date` date COMMENT 'Registration Date - Start Date of registration',
  `reg_end_date` date COMMENT 'Registration End Date - Start Date of registration',
  `for_month` int COMMENT 'Registration For Months',
  `state` varchar(255) COMMENT 'State (draft, confirm, pending, paid, cancel)',
  `vehicle_id` int NOT NULL COMMENT 'Vehicle No -> transport.vehicle',
  `point_id` int NOT NULL COMMENT 'Point -> transport.point',
  `m_amount` double COMMENT 'Monthly Amount',
  `paid_amount` double COMMENT 'Paid Amount - Amount Paid',
  `remain_amt` double COMMENT 'Due Amount - Amount Remaining',
  `amount` double COMMENT 'Final Amount',
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`part_name`) REFERENCES `student_student` (`id`),
  FOREIGN KEY (`point_id`) REFERENCES `transport_point` (`id`)
) COMMENT='Transport Registration';

-- Many2many school.parent.student_id (school/models/parent.py)
CREATE TABLE `students_parents_rel` (
  `students_parent_id` int NOT NULL,
  `student_id` int NOT NULL,
  PRIMARY KEY (`students_parent_id`, `student_id`),
  FOREIGN KEY (`students_parent_id`) REFERENCES `school_parent` (`id`),
  FOREIGN KEY (`student_id`) REFERENCES `student_student` (`id`)
);

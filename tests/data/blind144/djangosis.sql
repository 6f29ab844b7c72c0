-- django-sis / SWORD (Burke Software; github.com/burke-software/django-sis, commit a07262ba864aee0182548ecceb661e49c925725f,
-- licence file gpl.txt: GPL-3.0)
-- MySQL DDL written from the Django 1.7.8 models (ecwsp/{sis,alumni,attendance,schedule,grades}/models.py) as
-- Django's MySQL backend creates them: table = <app>_<model>; `id` AUTO_INCREMENT key (multi-table children of
-- auth.User get `user_ptr_id`); ForeignKey/OneToOneField as <name>_id; fields of the abstract PhoneNumber base
-- first; CharField varchar(max_length), EmailField varchar(75), TextField/RichTextField longtext, BooleanField bool,
-- DecimalField numeric, File/ImageField varchar(100), localflavor PhoneNumberField varchar(20) and USStateField
-- varchar(2); NULL/NOT NULL from null=; ManyToManyField without `through` as <table>_<field> join tables.
-- Column order as declared in models.py (the migrations add some foreign keys after the CREATE). auth_user is
-- django.contrib.auth's 1.7 table (students and faculty are multi-table children of it). Foreign keys to tables
-- outside this subset are kept as plain columns.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `auth_user` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime NOT NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(30) NOT NULL UNIQUE,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(75) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime NOT NULL
);

-- sis.UserPreference (ecwsp/sis/models.py)
CREATE TABLE `sis_userpreference` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `prefered_file_format` varchar(1) NOT NULL,
  `include_deleted_students` bool NOT NULL,
  `gradebook_preference` varchar(10) NOT NULL,
  `user_id` integer NOT NULL UNIQUE,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

-- sis.EmergencyContact (ecwsp/sis/models.py)
CREATE TABLE `sis_emergencycontact` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `fname` varchar(255) NOT NULL,
  `mname` varchar(255) NULL,
  `lname` varchar(255) NOT NULL,
  `relationship_to_student` varchar(500) NOT NULL,
  `street` varchar(255) NULL,
  `city` varchar(255) NULL,
  `state` varchar(2) NULL,
  `zip` varchar(10) NULL,
  `email` varchar(75) NOT NULL,
  `primary_contact` bool NOT NULL,
  `emergency_only` bool NOT NULL,
  `sync_schoolreach` bool NOT NULL
);

-- sis.EmergencyContactNumber (ecwsp/sis/models.py)
CREATE TABLE `sis_emergencycontactnumber` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `number` varchar(20) NOT NULL,
  `ext` varchar(10) NULL,
  `type` varchar(2) NOT NULL,
  `note` varchar(255) NOT NULL,
  `contact_id` integer NOT NULL,
  `primary` bool NOT NULL,
  FOREIGN KEY (`contact_id`) REFERENCES `sis_emergencycontact` (`id`)
);

-- sis.Faculty (ecwsp/sis/models.py)
CREATE TABLE `sis_faculty` (
  `user_ptr_id` integer NOT NULL PRIMARY KEY,
  `number` varchar(20) NOT NULL,
  `ext` varchar(10) NULL,
  `teacher` bool NOT NULL,
  FOREIGN KEY (`user_ptr_id`) REFERENCES `auth_user` (`id`)
);

-- sis.Cohort (ecwsp/sis/models.py)
CREATE TABLE `sis_cohort` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `long_name` varchar(500) NOT NULL,
  `primary` bool NOT NULL
);

-- sis.ReasonLeft (ecwsp/sis/models.py)
CREATE TABLE `sis_reasonleft` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `reason` varchar(255) NOT NULL UNIQUE
);

-- sis.GradeLevel (ecwsp/sis/models.py)
CREATE TABLE `sis_gradelevel` (
  `id` int(11) NOT NULL PRIMARY KEY,
  `name` varchar(150) NOT NULL UNIQUE
);

-- sis.LanguageChoice (ecwsp/sis/models.py)
CREATE TABLE `sis_languagechoice` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `iso_code` varchar(2) NOT NULL,
  `default` bool NOT NULL
);

-- sis.ClassYear (ecwsp/sis/models.py)
CREATE TABLE `sis_classyear` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `year` int(11) NOT NULL UNIQUE,
  `full_name` varchar(255) NOT NULL
);

-- sis.Student (ecwsp/sis/models.py)
CREATE TABLE `sis_student` (
  `user_ptr_id` integer NOT NULL PRIMARY KEY,
  `mname` varchar(150) NULL,
  `grad_date` date NULL,
  `pic` varchar(100) NULL,
  `alert` varchar(500) NOT NULL,
  `sex` varchar(1) NULL,
  `bday` date NULL,
  `year_id` integer NULL,
  `class_of_year_id` integer NULL,
  `date_dismissed` date NULL,
  `reason_left_id` integer NULL,
  `unique_id` int(11) NULL UNIQUE,
  `ssn` varchar(11) NULL,
  `parent_guardian` varchar(150) NOT NULL,
  `street` varchar(150) NOT NULL,
  `state` varchar(2) NULL,
  `city` varchar(255) NOT NULL,
  `zip` varchar(10) NOT NULL,
  `parent_email` varchar(75) NOT NULL,
  `family_preferred_language_id` integer NULL,
  `alt_email` varchar(75) NOT NULL,
  `notes` longtext NOT NULL,
  `cache_cohort_id` integer NULL,
  `individual_education_program` bool NOT NULL,
  `gpa` numeric(5, 2) NULL,
  FOREIGN KEY (`user_ptr_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`year_id`) REFERENCES `sis_gradelevel` (`id`),
  FOREIGN KEY (`class_of_year_id`) REFERENCES `sis_classyear` (`id`),
  FOREIGN KEY (`reason_left_id`) REFERENCES `sis_reasonleft` (`id`),
  FOREIGN KEY (`family_preferred_language_id`) REFERENCES `sis_languagechoice` (`id`),
  FOREIGN KEY (`cache_cohort_id`) REFERENCES `sis_cohort` (`id`)
);

-- ManyToManyField of sis.Student
CREATE TABLE `sis_student_family_access_users` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `student_id` integer NOT NULL,
  `familyaccessuser_id` integer NOT NULL,
  UNIQUE (`student_id`, `familyaccessuser_id`),
  FOREIGN KEY (`student_id`) REFERENCES `sis_student` (`user_ptr_id`),
  FOREIGN KEY (`familyaccessuser_id`) REFERENCES `auth_user` (`id`)
);

-- ManyToManyField of sis.Student
CREATE TABLE `sis_student_emergency_contacts` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `student_id` integer NOT NULL,
  `emergencycontact_id` integer NOT NULL,
  UNIQUE (`student_id`, `emergencycontact_id`),
  FOREIGN KEY (`student_id`) REFERENCES `sis_student` (`user_ptr_id`),
  FOREIGN KEY (`emergencycontact_id`) REFERENCES `sis_emergencycontact` (`id`)
);

-- ManyToManyField of sis.Student
CREATE TABLE `sis_student_siblings` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `from_student_id` integer NOT NULL,
  `to_student_id` integer NOT NULL,
  UNIQUE (`from_student_id`, `to_student_id`),
  FOREIGN KEY (`from_student_id`) REFERENCES `sis_student` (`user_ptr_id`),
  FOREIGN KEY (`to_student_id`) REFERENCES `sis_student` (`user_ptr_id`)
);

-- sis.StudentCohort (ecwsp/sis/models.py)
CREATE TABLE `sis_studentcohort` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `student_id` integer NOT NULL,
  `cohort_id` integer NOT NULL,
  `primary` bool NOT NULL,
  FOREIGN KEY (`student_id`) REFERENCES `sis_student` (`user_ptr_id`),
  FOREIGN KEY (`cohort_id`) REFERENCES `sis_cohort` (`id`)
);

-- sis.TranscriptNote (ecwsp/sis/models.py)
CREATE TABLE `sis_transcriptnote` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `note` longtext NOT NULL,
  `predefined_note_id` integer NULL,
  `student_id` integer NOT NULL,
  FOREIGN KEY (`student_id`) REFERENCES `sis_student` (`user_ptr_id`)
);

-- sis.StudentNumber (ecwsp/sis/models.py)
CREATE TABLE `sis_studentnumber` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `number` varchar(20) NOT NULL,
  `ext` varchar(10) NULL,
  `type` varchar(2) NOT NULL,
  `note` varchar(255) NOT NULL,
  `student_id` integer NULL,
  FOREIGN KEY (`student_id`) REFERENCES `sis_student` (`user_ptr_id`)
);

-- sis.StudentFile (ecwsp/sis/models.py)
CREATE TABLE `sis_studentfile` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `file` varchar(100) NOT NULL,
  `student_id` integer NOT NULL,
  FOREIGN KEY (`student_id`) REFERENCES `sis_student` (`user_ptr_id`)
);

-- sis.StudentHealthRecord (ecwsp/sis/models.py)
CREATE TABLE `sis_studenthealthrecord` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `student_id` integer NOT NULL,
  `record` longtext NOT NULL,
  FOREIGN KEY (`student_id`) REFERENCES `sis_student` (`user_ptr_id`)
);

-- sis.SchoolYear (ecwsp/sis/models.py)
CREATE TABLE `sis_schoolyear` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `grad_date` date NULL,
  `grade_scale_id` integer NULL,
  `active_year` bool NOT NULL,
  `benchmark_grade` bool NOT NULL
);

-- alumni.College (ecwsp/alumni/models.py)
CREATE TABLE `alumni_college` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `code` varchar(255) NOT NULL UNIQUE,
  `name` varchar(255) NOT NULL,
  `state` varchar(2) NOT NULL,
  `type` varchar(60) NOT NULL
);

-- alumni.CollegeEnrollment (ecwsp/alumni/models.py)
CREATE TABLE `alumni_collegeenrollment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `search_date` date NULL,
  `college_id` integer NOT NULL,
  `program_years` varchar(1) NULL,
  `begin` date NULL,
  `end` date NULL,
  `status` varchar(1) NULL,
  `graduated` bool NOT NULL,
  `graduation_date` date NULL,
  `degree_title` varchar(255) NULL,
  `major` varchar(255) NULL,
  `alumni_id` integer NOT NULL,
  `college_sequence` int(11) NULL,
  FOREIGN KEY (`college_id`) REFERENCES `alumni_college` (`id`),
  FOREIGN KEY (`alumni_id`) REFERENCES `alumni_alumni` (`id`)
);

-- alumni.AlumniStatus (ecwsp/alumni/models.py)
CREATE TABLE `alumni_alumnistatus` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL
);

-- alumni.Withdrawl (ecwsp/alumni/models.py)
CREATE TABLE `alumni_withdrawl` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `college_id` integer NOT NULL,
  `alumni_id` integer NOT NULL,
  `date` date NOT NULL,
  `semesters` numeric(5, 3) NULL,
  `from_enrollment` bool NOT NULL,
  FOREIGN KEY (`college_id`) REFERENCES `alumni_college` (`id`),
  FOREIGN KEY (`alumni_id`) REFERENCES `alumni_alumni` (`id`)
);

-- alumni.AlumniNoteCategory (ecwsp/alumni/models.py)
CREATE TABLE `alumni_alumninotecategory` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL
);

-- alumni.AlumniNote (ecwsp/alumni/models.py)
CREATE TABLE `alumni_alumninote` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `category_id` integer NULL,
  `note` longtext NOT NULL,
  `alumni_id` integer NOT NULL,
  `date` date NOT NULL,
  `user_id` integer NULL,
  FOREIGN KEY (`category_id`) REFERENCES `alumni_alumninotecategory` (`id`),
  FOREIGN KEY (`alumni_id`) REFERENCES `alumni_alumni` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

-- alumni.AlumniAction (ecwsp/alumni/models.py)
CREATE TABLE `alumni_alumniaction` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `title` varchar(255) NOT NULL,
  `note` longtext NOT NULL,
  `date` date NULL,
  `user_id` integer NULL,
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

-- ManyToManyField of alumni.AlumniAction
CREATE TABLE `alumni_alumniaction_alumni` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `alumniaction_id` integer NOT NULL,
  `alumni_id` integer NOT NULL,
  UNIQUE (`alumniaction_id`, `alumni_id`),
  FOREIGN KEY (`alumniaction_id`) REFERENCES `alumni_alumniaction` (`id`),
  FOREIGN KEY (`alumni_id`) REFERENCES `alumni_alumni` (`id`)
);

-- alumni.AlumniEmail (ecwsp/alumni/models.py)
CREATE TABLE `alumni_alumniemail` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `email` varchar(75) NOT NULL,
  `type` varchar(255) NULL,
  `alumni_id` integer NOT NULL,
  FOREIGN KEY (`alumni_id`) REFERENCES `alumni_alumni` (`id`)
);

-- alumni.AlumniPhoneNumber (ecwsp/alumni/models.py)
CREATE TABLE `alumni_alumniphonenumber` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `phone_number` varchar(20) NOT NULL,
  `type` varchar(255) NULL,
  `alumni_id` integer NOT NULL,
  FOREIGN KEY (`alumni_id`) REFERENCES `alumni_alumni` (`id`)
);

-- alumni.Alumni (ecwsp/alumni/models.py)
CREATE TABLE `alumni_alumni` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `student_id` integer NOT NULL UNIQUE,
  `college_id` integer NULL,
  `graduated` bool NOT NULL,
  `graduation_date` date NULL,
  `college_override` bool NOT NULL,
  `status_id` integer NULL,
  `program_years` varchar(1) NULL,
  `semesters` varchar(5) NOT NULL,
  `on_track` bool NOT NULL,
  FOREIGN KEY (`college_id`) REFERENCES `alumni_college` (`id`),
  FOREIGN KEY (`status_id`) REFERENCES `alumni_alumnistatus` (`id`)
);

-- attendance.AttendanceStatus (ecwsp/attendance/models.py)
CREATE TABLE `attendance_attendancestatus` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `code` varchar(10) NOT NULL UNIQUE,
  `teacher_selectable` bool NOT NULL,
  `excused` bool NOT NULL,
  `absent` bool NOT NULL,
  `tardy` bool NOT NULL,
  `half` bool NOT NULL
);

-- attendance.StudentAttendance (ecwsp/attendance/models.py)
CREATE TABLE `attendance_studentattendance` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `student_id` integer NOT NULL,
  `date` date NOT NULL,
  `status_id` integer NOT NULL,
  `time` time NULL,
  `notes` varchar(500) NOT NULL,
  `private_notes` varchar(500) NOT NULL,
  FOREIGN KEY (`status_id`) REFERENCES `attendance_attendancestatus` (`id`)
);

-- schedule.Course (ecwsp/schedule/models.py)
CREATE TABLE `schedule_course` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `is_active` bool NOT NULL,
  `fullname` varchar(255) NOT NULL UNIQUE,
  `shortname` varchar(255) NOT NULL,
  `homeroom` bool NOT NULL,
  `graded` bool NOT NULL,
  `description` longtext NOT NULL,
  `credits` numeric(5, 2) NOT NULL,
  `department_id` integer NULL,
  `level_id` integer NULL,
  `course_type_id` integer NOT NULL,
  FOREIGN KEY (`level_id`) REFERENCES `sis_gradelevel` (`id`)
);

-- schedule.CourseSection (ecwsp/schedule/models.py)
CREATE TABLE `schedule_coursesection` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `course_id` integer NOT NULL,
  `is_active` bool NOT NULL,
  `name` varchar(255) NOT NULL,
  `last_grade_submission` datetime NULL,
  FOREIGN KEY (`course_id`) REFERENCES `schedule_course` (`id`)
);

-- ManyToManyField of schedule.CourseSection
CREATE TABLE `schedule_coursesection_marking_period` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `coursesection_id` integer NOT NULL,
  `markingperiod_id` integer NOT NULL,
  UNIQUE (`coursesection_id`, `markingperiod_id`),
  FOREIGN KEY (`coursesection_id`) REFERENCES `schedule_coursesection` (`id`),
  FOREIGN KEY (`markingperiod_id`) REFERENCES `schedule_markingperiod` (`id`)
);

-- ManyToManyField of schedule.CourseSection
CREATE TABLE `schedule_coursesection_cohorts` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `coursesection_id` integer NOT NULL,
  `cohort_id` integer NOT NULL,
  UNIQUE (`coursesection_id`, `cohort_id`),
  FOREIGN KEY (`coursesection_id`) REFERENCES `schedule_coursesection` (`id`),
  FOREIGN KEY (`cohort_id`) REFERENCES `sis_cohort` (`id`)
);

-- schedule.CourseSectionTeacher (ecwsp/schedule/models.py)
CREATE TABLE `schedule_coursesectionteacher` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `teacher_id` integer NOT NULL,
  `course_section_id` integer NOT NULL,
  `is_primary` bool NOT NULL,
  FOREIGN KEY (`teacher_id`) REFERENCES `sis_faculty` (`user_ptr_id`),
  FOREIGN KEY (`course_section_id`) REFERENCES `schedule_coursesection` (`id`)
);

-- schedule.CourseEnrollment (ecwsp/schedule/models.py)
CREATE TABLE `schedule_courseenrollment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `course_section_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  `attendance_note` varchar(255) NOT NULL,
  `exclude_days` varchar(100) NOT NULL,
  `grade` varchar(8) NOT NULL,
  `numeric_grade` numeric(5, 2) NULL,
  `is_active` bool NOT NULL,
  FOREIGN KEY (`course_section_id`) REFERENCES `schedule_coursesection` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `sis_student` (`user_ptr_id`)
);

-- grades.Grade (ecwsp/grades/models.py)
CREATE TABLE `grades_grade` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `student_id` integer NOT NULL,
  `course_section_id` integer NOT NULL,
  `enrollment_id` integer NULL,
  `marking_period_id` integer NULL,
  `date` date NOT NULL,
  `grade` numeric(5, 2) NULL,
  `override_final` bool NOT NULL,
  `comment` varchar(500) NOT NULL,
  `letter_grade` varchar(10) NULL,
  FOREIGN KEY (`student_id`) REFERENCES `sis_student` (`user_ptr_id`),
  FOREIGN KEY (`course_section_id`) REFERENCES `schedule_coursesection` (`id`),
  FOREIGN KEY (`enrollment_id`) REFERENCES `schedule_courseenrollment` (`id`)
);

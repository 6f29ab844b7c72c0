-- RosarioSIS 12.0 (school / student information system: students with their custom profile and medical fields,
-- parents and other contacts ("people") with their contact values, household addresses and the student-address and
-- student-contact links, parent user accounts linked to students, staff and user logins, enrolment, nurse visits,
-- immunisations/physicals and medical alerts, discipline referrals, daily and period attendance, gradebook and
-- report-card grades, staff comments on a student per term, student billing fees and payments, staff salaries,
-- food-service (school meals) prepaid accounts, cards, sales and deposits, the login access log, per-user
-- permissions and settings), trimmed from github.com/francoisjacquet/rosariosis `rosariosis_mysql.sql` (the
-- MySQL/MariaDB twin of `rosariosis.sql`), commit b6951427 (GPL-2.0-or-later). Column names, types, upstream
-- comments and declared keys as upstream; the stored procedures, triggers, views, indexes and seed INSERTs left out;
-- 38 of upstream's 94 tables kept (left out among others: courses, course periods and schedules, marking periods,
-- calendars, school periods, gradebook assignments, eligibility, lunch counts, portal notes and polls, accounting
-- incomes and payments, the Moodle id map, templates, report-card scales, custom-field categories). The foreign keys
-- that point at tables left out (course_periods, school_marking_periods) are left out with them; the foreign keys
-- that upstream declares between the columns are written after them (as SQLite requires), otherwise in upstream's
-- order.
-- Glossary: `syear` is the school year (e.g. 2024) and `mp` / `marking_period_id` a term (quarter, semester); staff
-- rows are per school year, `rollover_id` is the id of the same row in the previous year. Every user (administrator,
-- teacher, parent) is a `staff` row; `profile` is admin / teacher / parent / none and `profile_id` its user profile
-- (a permission set), `schools` the list of schools the user may access, `current_school_id` the school selected in
-- the user's session. `people` are a student's parents, guardians and other contacts (no login);
-- `people_join_contacts` holds a contact's extra contact lines (`title` such as "Cell Phone", `value` the number or
-- address); `address` is a household's home and mailing address with its phone, shared by the students
-- (`students_join_address`: residence / mailing / bus pick-up and drop-off flags) and contacts
-- (`students_join_people`: `custody` = has custody, `emergency` = emergency contact, `student_relation` such as
-- "Mother") living there; `students_join_users` links a parent user account to a student. Student fields are
-- user-defined columns `custom_<custom_fields.id>` of `students`; in a new installation: custom_200000000 Gender,
-- 200000001 Ethnicity, 200000002 Common Name, 200000003 Social Security (number), 200000004 Birthdate, 200000005
-- Language, 200000006 Physician, 200000007 Physician Phone, 200000008 Preferred Hospital, 200000009 (medical)
-- Comments, 200000010 Has Doctor's Note, 200000011 Doctor's Note Comments (the last six in the "Medical" field
-- category); `staff.custom_200000001` is the user's Phone Number (staff field 200000001). `student_medical` holds
-- immunisations and physicals (`type`), `student_medical_alerts` medical alerts (e.g. allergies),
-- `student_medical_visits` visits to the school nurse. Discipline referral columns `category_<n>` are the
-- user-defined referral fields of `discipline_fields` (`column_name`); by default 1 Violation, 2 Detention Assigned,
-- 3 Parents Contacted by Teacher, 4 Parent Contacted by Administrator, 5 Suspensions, 6 Comments; `staff_id` is the
-- referring staff member (the "Reporter"). `attendance_day.state_value` is 1.0 present, 0.5 half day, 0 absent;
-- `attendance_code` / `attendance_teacher_code` are `attendance_codes` (present, absent, tardy ...) set by the
-- office and by the teacher. `weighted_gp` / `unweighted_gp` are the grade points of a report-card grade on a
-- `gp_scale`; `student_mp_comments.comment` is the free comments thread (JSON of date, staff id and text) that staff
-- write on a student's "Comments" tab for a term. Food service: a prepaid meal account (`food_service_accounts`,
-- `account_id` chosen by the school, may be shared by siblings) with its balance; `food_service_student_accounts`
-- gives a student's account, meal `discount` (Reduced / Free), status and meal-card `barcode`; transactions are meal
-- sales and deposits/credits/debits, `seller_id` the staff member serving, `balance` the account balance at that
-- time, items the meal items sold (`item_id` a sequence within the transaction). `billing_fees` are fees charged to
-- a student (`waived_fee_id` the fee a waiver cancels), `billing_payments` payments received (`refunded_payment_id`
-- the payment a refund reverses, `lunch_payment` Y for a food-service deposit); `accounting_salaries` are salaries
-- owed to staff. `access_log` is one row per login attempt (`status` Y success, B banned, empty failure; since 11.0
-- `created_at` is the login time). `staff_exceptions` are per-user permissions on a program (`modname`);
-- `program_user_config` per-user settings (`user_id` a staff id, or a negated student id); `created_by` holds the
-- name of the user who entered the row. `staff.title` is a salutation (Mr, Mrs, Ms, Miss, Dr).

CREATE TABLE schools (
    syear numeric(4,0) NOT NULL,
    id integer NOT NULL AUTO_INCREMENT,
    title varchar(100) NOT NULL,
    address varchar(100),
    city varchar(100),
    state varchar(10),
    zipcode varchar(10),
    phone varchar(30),
    principal varchar(100),
    www_address text,
    school_number varchar(50),
    short_name varchar(25),
    reporting_gp_scale numeric(10,3),
    number_days_rotation numeric(1,0),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    PRIMARY KEY (id, syear)
);

CREATE TABLE config (
    school_id integer NOT NULL, -- Can be 0.
    title varchar(100) NOT NULL,
    config_value longtext,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE user_profiles (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    profile varchar(30),
    title text NOT NULL,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE custom_fields (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type varchar(10) NOT NULL,
    title text NOT NULL,
    sort_order numeric,
    select_options text,
    category_id integer,
    required varchar(1),
    default_selection text,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE students (
    student_id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    last_name varchar(50) NOT NULL,
    first_name varchar(50) NOT NULL,
    middle_name varchar(50),
    name_suffix varchar(3),
    username varchar(100) UNIQUE,
    password varchar(106),
    last_login datetime,
    failed_login integer,
    custom_200000000 text,
    custom_200000001 text,
    custom_200000002 text,
    custom_200000003 text,
    custom_200000004 date,
    custom_200000005 text,
    custom_200000006 text,
    custom_200000007 text,
    custom_200000008 text,
    custom_200000009 longtext,
    custom_200000010 char(1),
    custom_200000011 longtext,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE staff (
    syear numeric(4,0) NOT NULL,
    staff_id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    current_school_id integer,
    title varchar(5),
    first_name varchar(50) NOT NULL,
    last_name varchar(50) NOT NULL,
    middle_name varchar(50),
    name_suffix varchar(3),
    username varchar(100),
    password varchar(106),
    email varchar(255),
    custom_200000001 text, -- Old phone column.
    profile varchar(30),
    schools varchar(150),
    last_login datetime,
    failed_login integer,
    profile_id integer,
    rollover_id integer,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE address (
    address_id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    house_no numeric(5,0),
    direction varchar(2),
    street varchar(30),
    apt varchar(5),
    zipcode varchar(10),
    city text,
    state varchar(50),
    mail_street varchar(30),
    mail_city text,
    mail_state varchar(50),
    mail_zipcode varchar(10),
    address text,
    mail_address text,
    phone varchar(30),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE people (
    person_id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    last_name varchar(50) NOT NULL,
    first_name varchar(50) NOT NULL,
    middle_name varchar(50),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE people_join_contacts (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id integer,
    title varchar(100),
    value varchar(100),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE students_join_people (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    student_id integer NOT NULL,
    person_id integer NOT NULL,
    address_id integer,
    custody varchar(1),
    emergency varchar(1),
    student_relation varchar(100),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (student_id) REFERENCES students(student_id)
);

CREATE TABLE students_join_address (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    student_id integer NOT NULL,
    address_id integer NOT NULL,
    contact_seq numeric(10,0),
    gets_mail varchar(1),
    primary_residence varchar(1),
    legal_residence varchar(1),
    am_bus varchar(1),
    pm_bus varchar(1),
    mailing varchar(1),
    residence varchar(1),
    bus varchar(1),
    bus_pickup varchar(1),
    bus_dropoff varchar(1),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (student_id) REFERENCES students(student_id)
);

CREATE TABLE students_join_users (
    student_id integer NOT NULL,
    staff_id integer NOT NULL,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    PRIMARY KEY (student_id, staff_id),
    FOREIGN KEY (student_id) REFERENCES students(student_id),
    FOREIGN KEY (staff_id) REFERENCES staff(staff_id)
);

CREATE TABLE student_enrollment_codes (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    syear numeric(4,0) NOT NULL,
    title varchar(100) NOT NULL,
    short_name varchar(10),
    type varchar(4),
    default_code varchar(1),
    sort_order numeric,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE student_enrollment (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    student_id integer NOT NULL,
    grade_id integer,
    start_date date,
    end_date date,
    enrollment_code integer,
    drop_code integer,
    next_school integer,
    calendar_id integer,
    last_school integer,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (student_id) REFERENCES students(student_id),
    FOREIGN KEY (school_id,syear) REFERENCES schools(id,syear)
);

CREATE TABLE student_medical (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    student_id integer NOT NULL,
    type varchar(25) NOT NULL,
    medical_date date,
    comments varchar(100),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (student_id) REFERENCES students(student_id)
);

CREATE TABLE student_medical_alerts (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    student_id integer NOT NULL,
    title varchar(100) NOT NULL,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (student_id) REFERENCES students(student_id)
);

CREATE TABLE student_medical_visits (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    student_id integer NOT NULL,
    school_date date NOT NULL,
    time_in varchar(20),
    time_out varchar(20),
    reason varchar(100),
    result varchar(100),
    comments text,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (student_id) REFERENCES students(student_id)
);

CREATE TABLE discipline_fields (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title text NOT NULL,
    short_name varchar(20),
    data_type varchar(30) NOT NULL,
    column_name text NOT NULL,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE discipline_referrals (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    syear numeric(4,0) NOT NULL,
    student_id integer NOT NULL,
    school_id integer NOT NULL,
    staff_id integer,
    entry_date date,
    referral_date date,
    category_1 text,
    category_2 text,
    category_3 varchar(1),
    category_4 text,
    category_5 text,
    category_6 longtext,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (student_id) REFERENCES students(student_id),
    FOREIGN KEY (staff_id) REFERENCES staff(staff_id),
    FOREIGN KEY (school_id,syear) REFERENCES schools(id,syear)
);

CREATE TABLE attendance_codes (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    title text NOT NULL,
    short_name varchar(10),
    type varchar(10),
    state_code varchar(1),
    default_code varchar(1),
    table_name integer,
    sort_order numeric,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (school_id,syear) REFERENCES schools(id,syear)
);

CREATE TABLE attendance_day (
    student_id integer NOT NULL,
    school_date date NOT NULL,
    minutes_present integer,
    state_value numeric(2,1),
    syear numeric(4,0),
    marking_period_id integer,
    comment text,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    PRIMARY KEY (student_id, school_date),
    FOREIGN KEY (student_id) REFERENCES students(student_id)
);

CREATE TABLE attendance_period (
    student_id integer NOT NULL,
    school_date date NOT NULL,
    period_id integer NOT NULL,
    attendance_code integer,
    attendance_teacher_code integer,
    attendance_reason varchar(100),
    admin varchar(1),
    course_period_id integer,
    marking_period_id integer,
    comment varchar(100),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    PRIMARY KEY (student_id, school_date, period_id),
    FOREIGN KEY (student_id) REFERENCES students(student_id)
);

CREATE TABLE gradebook_grades (
    student_id integer NOT NULL,
    period_id integer, -- @deprecated since 6.9 SQL gradebook_grades column PERIOD_ID.
    course_period_id integer NOT NULL,
    assignment_id integer NOT NULL,
    points numeric(6,2),
    comment text,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    PRIMARY KEY (student_id, assignment_id, course_period_id),
    FOREIGN KEY (student_id) REFERENCES students(student_id)
);

CREATE TABLE student_report_card_grades (
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    student_id integer NOT NULL,
    course_period_id integer,
    report_card_grade_id integer,
    report_card_comment_id integer,
    comment text,
    grade_percent numeric(4,1),
    marking_period_id integer NOT NULL, -- EditReportCardGrades.php, so no REFERENCES school_marking_periods(marking_period_id).
    grade_letter varchar(5),
    weighted_gp numeric(7,2),
    unweighted_gp numeric(7,2),
    gp_scale numeric(7,2),
    credit_attempted numeric(22,16),
    credit_earned numeric(22,16),
    credit_category varchar(10),
    course_title text NOT NULL,
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school text,
    class_rank varchar(1),
    credit_hours numeric(6,2),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (student_id) REFERENCES students(student_id)
    -- History, so no FOREIGN KEY (school_id,syear) REFERENCES schools(id,syear)
);

CREATE TABLE student_mp_comments (
    student_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    marking_period_id integer NOT NULL,
    comment text, -- @since 11.0 Use JSON instead of PHP serialize
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    PRIMARY KEY (student_id, syear, marking_period_id),
    FOREIGN KEY (student_id) REFERENCES students(student_id)
);

CREATE TABLE billing_fees (
    student_id integer NOT NULL,
    assigned_date date,
    due_date date,
    comments text,
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title text NOT NULL,
    amount numeric(14,2) NOT NULL,
    file_attached text,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    waived_fee_id integer,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    created_by text,
    FOREIGN KEY (student_id) REFERENCES students(student_id),
    FOREIGN KEY (school_id,syear) REFERENCES schools(id,syear)
);

CREATE TABLE billing_payments (
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    syear numeric(4,0) NOT NULL,
    school_id integer NOT NULL,
    student_id integer NOT NULL,
    amount numeric(14,2) NOT NULL,
    payment_date date,
    comments text,
    refunded_payment_id integer,
    lunch_payment varchar(1),
    file_attached text,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    created_by text,
    FOREIGN KEY (student_id) REFERENCES students(student_id),
    FOREIGN KEY (school_id,syear) REFERENCES schools(id,syear)
);

CREATE TABLE accounting_salaries (
    staff_id integer NOT NULL,
    assigned_date date,
    due_date date,
    comments text,
    id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title text NOT NULL,
    amount numeric(14,2) NOT NULL,
    file_attached text,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (staff_id) REFERENCES staff(staff_id),
    FOREIGN KEY (school_id,syear) REFERENCES schools(id,syear)
);

CREATE TABLE food_service_items (
    item_id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_id integer NOT NULL,
    short_name varchar(25),
    sort_order numeric,
    description varchar(25),
    icon varchar(50),
    price numeric(9,2) NOT NULL,
    price_reduced numeric(9,2),
    price_free numeric(9,2),
    price_staff numeric(9,2) NOT NULL,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE food_service_accounts (
    account_id integer PRIMARY KEY,
    balance numeric(9,2) NOT NULL,
    transaction_id integer,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE food_service_student_accounts (
    student_id integer PRIMARY KEY,
    account_id integer NOT NULL,
    discount varchar(25),
    status varchar(25),
    barcode varchar(50) UNIQUE,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (student_id) REFERENCES students(student_id)
);

CREATE TABLE food_service_staff_accounts (
    staff_id integer PRIMARY KEY,
    status varchar(25),
    barcode varchar(50) UNIQUE,
    balance numeric(9,2) NOT NULL,
    transaction_id integer,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (staff_id) REFERENCES staff(staff_id)
);

CREATE TABLE food_service_transactions (
    transaction_id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id integer NOT NULL,
    student_id integer,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    discount varchar(25),
    balance numeric(9,2),
    `timestamp` datetime,
    short_name varchar(25),
    description varchar(50),
    seller_id integer,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (student_id) REFERENCES students(student_id),
    FOREIGN KEY (school_id,syear) REFERENCES schools(id,syear)
);

CREATE TABLE food_service_transaction_items (
    item_id integer NOT NULL,
    transaction_id integer NOT NULL,
    menu_item_id integer COMMENT 'References food_service_menu_items(menu_item_id)',
    amount numeric(9,2),
    discount varchar(25),
    short_name varchar(25),
    description varchar(50),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    PRIMARY KEY (item_id, transaction_id),
    FOREIGN KEY (transaction_id) REFERENCES food_service_transactions(transaction_id)
);

CREATE TABLE food_service_staff_transactions (
    transaction_id integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
    staff_id integer NOT NULL,
    school_id integer NOT NULL,
    syear numeric(4,0) NOT NULL,
    balance numeric(9,2),
    `timestamp` datetime,
    short_name varchar(25),
    description varchar(50),
    seller_id integer,
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    FOREIGN KEY (staff_id) REFERENCES staff(staff_id),
    FOREIGN KEY (school_id,syear) REFERENCES schools(id,syear)
);

CREATE TABLE access_log (
    syear numeric(4,0) NOT NULL,
    username varchar(100),
    profile varchar(30),
    login_time datetime, -- @deprecated since 11.0 use created_at instead
    ip_address varchar(50),
    user_agent text,
    status varchar(50),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

CREATE TABLE staff_exceptions (
    user_id integer NOT NULL,
    modname varchar(150) NOT NULL,
    can_use varchar(1),
    can_edit varchar(1),
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp,
    PRIMARY KEY (user_id, modname),
    FOREIGN KEY (user_id) REFERENCES staff(staff_id)
);

CREATE TABLE program_user_config (
    user_id integer NOT NULL,
    program varchar(100) NOT NULL,
    title varchar(100) NOT NULL,
    value longtext,
    school_id integer, -- Can be NULL.
    created_at timestamp DEFAULT current_timestamp,
    updated_at timestamp NULL ON UPDATE current_timestamp
);

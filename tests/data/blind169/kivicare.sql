-- KiviCare - Clinic & Patient Management System (EHR) 4.3.0, WordPress plugin by Iqonic Design (GPL-2.0-or-later)
-- Source: github.com/WordPressBugBounty/plugins-kivicare-clinic-management-system (a mirror of the wordpress.org
--   plugin SVN), commit 5d462c01047f9a4504556a25eba74fbe8ff1f836 ("4.3.0"),
--   kivicare-clinic-management-system/app/database/migrations/*.php replayed in order (CREATE TABLE bodies verbatim,
--   then the ALTER TABLE ... ADD COLUMN of 2026_02_09, 2026_02_17 and 2026_02_19 at their AFTER positions).
-- Patients, doctors, receptionists and clinic administrators are WordPress users: wp_users, wp_usermeta and
--   wp_options are WordPress core's, from github.com/WordPress/wordpress-develop src/wp-admin/includes/schema.php
--   wp_get_db_schema(), commit 42b3b9046c4ccdb8bdbb9a006a07a5df55f7d54c (GPL-2.0-or-later), single-site flavour.
-- Placeholders filled: table prefix wp_, $max_index_length 191, get_charset_collate() = utf8mb4_unicode_520_ci.
-- Upstream declares no foreign keys (WordPress never does). Non-unique indexes added by the 2025_10_15 and
--   2026_02_19 index migrations are left out.


CREATE TABLE wp_users (
	ID bigint(20) unsigned NOT NULL auto_increment,
	user_login varchar(60) NOT NULL default '',
	user_pass varchar(255) NOT NULL default '',
	user_nicename varchar(50) NOT NULL default '',
	user_email varchar(100) NOT NULL default '',
	user_url varchar(100) NOT NULL default '',
	user_registered datetime NOT NULL default '0000-00-00 00:00:00',
	user_activation_key varchar(255) NOT NULL default '',
	user_status int(11) NOT NULL default '0',
	display_name varchar(250) NOT NULL default '',
	PRIMARY KEY  (ID),
	KEY user_login_key (user_login),
	KEY user_nicename (user_nicename),
	KEY user_email (user_email)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE wp_usermeta (
	umeta_id bigint(20) unsigned NOT NULL auto_increment,
	user_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (umeta_id),
	KEY user_id (user_id),
	KEY meta_key (meta_key(191))
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE wp_options (
	option_id bigint(20) unsigned NOT NULL auto_increment,
	option_name varchar(191) NOT NULL default '',
	option_value longtext NOT NULL,
	autoload varchar(20) NOT NULL default 'yes',
	PRIMARY KEY  (option_id),
	UNIQUE KEY option_name (option_name),
	KEY autoload (autoload)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateAppointmentReminderMappingTable.php
CREATE TABLE wp_kc_appointment_reminder_mapping (
	id bigint NOT NULL AUTO_INCREMENT,
	appointment_id bigint DEFAULT '0',
	msg_send_date date DEFAULT NULL,
	email_status int DEFAULT '0',
	sms_status int DEFAULT '0',
	whatsapp_status int DEFAULT '0',
	extra longtext,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateAppointmentServiceMappingTable.php
CREATE TABLE wp_kc_appointment_service_mapping (
	id bigint NOT NULL AUTO_INCREMENT,
	appointment_id bigint DEFAULT '0',
	service_id int DEFAULT '0',
	status int DEFAULT '0',
	created_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateAppointmentsTable.php
CREATE TABLE wp_kc_appointments (
	id bigint NOT NULL AUTO_INCREMENT,
	appointment_start_date date DEFAULT NULL,
	appointment_start_time time DEFAULT NULL,
	appointment_end_date date DEFAULT NULL,
	appointment_end_time time DEFAULT NULL,
	visit_type varchar(191) DEFAULT NULL,
	clinic_id bigint UNSIGNED NOT NULL,
	doctor_id bigint UNSIGNED NOT NULL,
	patient_id bigint UNSIGNED NOT NULL,
	description text,
	status tinyint UNSIGNED DEFAULT '0',
	created_at datetime DEFAULT NULL,
	appointment_report longtext,
	appointment_start_utc DATETIME NULL,
	appointment_end_utc DATETIME NULL,
	`appointment_timezone` VARCHAR(64) NOT NULL DEFAULT 'UTC' COMMENT 'IANA timezone used when appointment was booked',
	created_at_utc DATETIME NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateBillItemsTable.php
CREATE TABLE wp_kc_bill_items (
	id bigint NOT NULL AUTO_INCREMENT,
	bill_id bigint UNSIGNED NOT NULL,
	item_id bigint UNSIGNED NOT NULL,
	qty int NOT NULL,
	price varchar(50) DEFAULT NULL,
	created_at datetime NOT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateBillsTable.php
CREATE TABLE wp_kc_bills (
	id bigint NOT NULL AUTO_INCREMENT,
	encounter_id bigint UNSIGNED NOT NULL,
	appointment_id bigint UNSIGNED DEFAULT NULL,
	title varchar(191) DEFAULT NULL,
	total_amount varchar(50) DEFAULT NULL,
	discount varchar(50) DEFAULT NULL,
	actual_amount varchar(50) DEFAULT NULL,
	status bigint NOT NULL,
	payment_status varchar(10) DEFAULT NULL,
	created_at datetime NOT NULL,
	clinic_id bigint DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateClinicScheduleTable.php
CREATE TABLE wp_kc_clinic_schedule (
	id bigint NOT NULL AUTO_INCREMENT,
	start_date date DEFAULT NULL,
	end_date date DEFAULT NULL,
	`selection_mode` VARCHAR(20) DEFAULT 'range' COMMENT 'Date selection mode: single, multiple, or range',
	`selected_dates` TEXT NULL COMMENT 'JSON array of selected dates for multiple mode',
	`time_specific` TINYINT(1) DEFAULT 0 COMMENT 'Whether holiday applies to specific time only',
	`start_time` TIME NULL COMMENT 'Start time for time-specific holidays',
	`end_time` TIME NULL COMMENT 'End time for time-specific holidays',
	`timezone` VARCHAR(64) NULL COMMENT 'IANA timezone of the module owner when holiday was created',
	module_type varchar(191) DEFAULT NULL,
	module_id bigint UNSIGNED NOT NULL,
	description text,
	status tinyint UNSIGNED DEFAULT '0',
	created_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateClinicSessionsTable.php
CREATE TABLE wp_kc_clinic_sessions (
	id bigint NOT NULL AUTO_INCREMENT,
	clinic_id bigint UNSIGNED NOT NULL,
	doctor_id bigint UNSIGNED NOT NULL,
	day varchar(191) DEFAULT NULL,
	start_time time DEFAULT NULL,
	end_time time DEFAULT NULL,
	time_slot int DEFAULT '5',
	parent_id bigint UNSIGNED DEFAULT NULL,
	created_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateClinicsTable.php
CREATE TABLE wp_kc_clinics (
	id bigint NOT NULL AUTO_INCREMENT,
	name varchar(191) DEFAULT NULL,
	email varchar(191) DEFAULT NULL,
	telephone_no varchar(191) DEFAULT NULL,
	specialties longtext,
	address text,
	city varchar(191) DEFAULT NULL,
	state varchar(191) DEFAULT NULL,
	country varchar(191) DEFAULT NULL,
	postal_code varchar(191) DEFAULT NULL,
	status tinyint UNSIGNED DEFAULT '0',
	clinic_admin_id bigint NOT NULL DEFAULT '0',
	clinic_logo bigint NOT NULL DEFAULT '0',
	profile_image bigint DEFAULT NULL,
	extra longtext,
	country_code varchar(10) DEFAULT NULL,
	created_at datetime DEFAULT NULL,
	country_calling_code varchar(10) DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateCustomFieldDataTable.php
CREATE TABLE wp_kc_custom_fields_data (
	id bigint NOT NULL AUTO_INCREMENT,
	module_type varchar(191) DEFAULT NULL,
	module_id bigint UNSIGNED NOT NULL,
	fields_data longtext,
	created_at datetime DEFAULT NULL,
	field_id bigint UNSIGNED DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateCustomFieldsTable.php
CREATE TABLE wp_kc_custom_fields (
	id bigint NOT NULL AUTO_INCREMENT,
	module_type varchar(191) DEFAULT NULL,
	module_id bigint DEFAULT NULL,
	fields longtext,
	status tinyint UNSIGNED DEFAULT '0',
	created_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateDoctorClinicMappingsTable.php
CREATE TABLE wp_kc_doctor_clinic_mappings (
	id bigint NOT NULL AUTO_INCREMENT,
	doctor_id bigint UNSIGNED NOT NULL,
	clinic_id bigint UNSIGNED NOT NULL,
	owner tinyint UNSIGNED DEFAULT '0',
	created_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateGcalAppointmentMappingTable.php
CREATE TABLE wp_kc_gcal_appointment_mapping (
	id bigint NOT NULL AUTO_INCREMENT,
	appointment_id bigint DEFAULT NULL,
	event_key varchar(255) DEFAULT NULL,
	event_value varchar(255) DEFAULT NULL,
	doctor_id bigint DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateMedicalHistoryTable.php
CREATE TABLE wp_kc_medical_history (
	id bigint NOT NULL AUTO_INCREMENT,
	encounter_id bigint UNSIGNED NOT NULL,
	patient_id bigint UNSIGNED NOT NULL,
	type varchar(191) NOT NULL,
	title text,
	added_by bigint UNSIGNED NOT NULL,
	created_at datetime DEFAULT NULL,
	is_from_template tinyint DEFAULT '0',
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateMedicalProblemsTable.php
CREATE TABLE wp_kc_medical_problems (
	id bigint NOT NULL AUTO_INCREMENT,
	encounter_id bigint UNSIGNED NOT NULL,
	patient_id bigint UNSIGNED NOT NULL,
	start_date date DEFAULT NULL,
	end_date date DEFAULT NULL,
	description text,
	problem_type varchar(191) NOT NULL,
	outcome varchar(191) NOT NULL,
	added_by bigint UNSIGNED NOT NULL,
	created_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreatePatientClinicMappingsTable.php
CREATE TABLE wp_kc_patient_clinic_mappings (
	id bigint NOT NULL AUTO_INCREMENT,
	patient_id bigint UNSIGNED NOT NULL,
	clinic_id bigint UNSIGNED NOT NULL,
	created_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreatePatientEncountersTable.php
CREATE TABLE wp_kc_patient_encounters (
	id bigint NOT NULL AUTO_INCREMENT,
	encounter_date date DEFAULT NULL,
	clinic_id bigint UNSIGNED NOT NULL,
	doctor_id bigint UNSIGNED NOT NULL,
	patient_id bigint UNSIGNED NOT NULL,
	appointment_id bigint UNSIGNED DEFAULT NULL,
	description text,
	status tinyint UNSIGNED DEFAULT '0',
	added_by bigint UNSIGNED NOT NULL,
	created_at datetime DEFAULT NULL,
	template_id bigint DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreatePatientEncountersTemplateMappingTable.php
CREATE TABLE wp_kc_patient_encounters_template_mapping (
	id bigint NOT NULL AUTO_INCREMENT,
	encounters_template_name varchar(255) NOT NULL,
	status tinyint(1) NOT NULL DEFAULT '1',
	created_at datetime DEFAULT NULL,
	added_by int NOT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreatePatientEncountersTemplateTable.php
CREATE TABLE wp_kc_patient_encounters_template (
	id bigint NOT NULL AUTO_INCREMENT,
	encounters_template_id bigint NOT NULL,
	clinical_detail_type varchar(128) NOT NULL,
	clinical_detail_val varchar(255) NOT NULL,
	added_by int NOT NULL,
	created_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreatePatientMedicalReportTable.php
CREATE TABLE wp_kc_patient_medical_report (
	id bigint NOT NULL AUTO_INCREMENT,
	name text,
	patient_id bigint UNSIGNED NOT NULL,
	upload_report varchar(20) NOT NULL,
	date datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreatePaymentsAppointmentMappingsTable.php
CREATE TABLE wp_kc_payments_appointment_mappings (
	id int NOT NULL AUTO_INCREMENT,
	payment_mode varchar(255) DEFAULT '',
	payment_id varchar(255) DEFAULT '',
	payer_id varchar(255) DEFAULT '',
	payer_email varchar(255) DEFAULT '',
	appointment_id bigint DEFAULT NULL,
	amount bigint DEFAULT NULL,
	currency varchar(255) DEFAULT '',
	payment_status varchar(255) DEFAULT '',
	request_page_url varchar(255) DEFAULT '',
	extra longtext,
	notification_status bigint DEFAULT '0',
	created_at datetime DEFAULT NULL,
	updated_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreatePrescriptionEnconterTemplateTable.php
CREATE TABLE wp_kc_prescription_enconter_template (
	id bigint NOT NULL AUTO_INCREMENT,
	encounters_template_id bigint NOT NULL,
	name text,
	frequency varchar(50) DEFAULT NULL,
	duration varchar(50) DEFAULT NULL,
	instruction text,
	added_by int NOT NULL,
	created_at datetime DEFAULT NULL,
	updated_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreatePrescriptionTable.php
CREATE TABLE wp_kc_prescription (
	id bigint NOT NULL AUTO_INCREMENT,
	encounter_id bigint UNSIGNED NOT NULL,
	patient_id bigint UNSIGNED NOT NULL,
	name text,
	frequency varchar(199) DEFAULT NULL,
	duration varchar(199) DEFAULT NULL,
	instruction text,
	added_by bigint UNSIGNED NOT NULL,
	created_at datetime DEFAULT NULL,
	is_from_template tinyint DEFAULT '0',
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateReceptionistClinicMappingsTable.php
CREATE TABLE wp_kc_receptionist_clinic_mappings (
	id bigint NOT NULL AUTO_INCREMENT,
	receptionist_id bigint UNSIGNED NOT NULL,
	clinic_id bigint UNSIGNED NOT NULL,
	created_at datetime DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateServiceDoctorMappingTable.php
CREATE TABLE wp_kc_service_doctor_mapping (
	id bigint NOT NULL AUTO_INCREMENT,
	service_id int DEFAULT '0',
	doctor_id bigint UNSIGNED DEFAULT '0',
	clinic_id int DEFAULT '0',
	charges varchar(50) DEFAULT NULL,
	extra longtext,
	telemed_service varchar(10) DEFAULT NULL,
	service_name_alias varchar(191) DEFAULT NULL,
	multiple varchar(191) DEFAULT NULL,
	image bigint DEFAULT NULL,
	status int DEFAULT '1',
	created_at datetime NOT NULL,
	duration int DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateServicesTable.php
CREATE TABLE wp_kc_services (
	id bigint NOT NULL AUTO_INCREMENT,
	type varchar(191) DEFAULT NULL,
	name varchar(191) NOT NULL,
	price varchar(50) DEFAULT NULL,
	status bigint NOT NULL,
	created_at datetime NOT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateStaticDataTable.php
CREATE TABLE wp_kc_static_data (
	id bigint NOT NULL AUTO_INCREMENT,
	type varchar(191) NOT NULL,
	label text,
	value text,
	parent_id bigint DEFAULT NULL,
	status bigint UNSIGNED NOT NULL,
	created_at datetime NOT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateTaxDataTable.php
CREATE TABLE wp_kc_tax_data (
	id bigint NOT NULL AUTO_INCREMENT,
	module_type varchar(191) DEFAULT NULL,
	module_id bigint DEFAULT NULL,
	name varchar(191) DEFAULT NULL,
	charges varchar(191) DEFAULT NULL,
	tax_value varchar(191) DEFAULT NULL,
	tax_type varchar(191) DEFAULT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_05_04_CreateTaxesTable.php
CREATE TABLE wp_kc_taxes (
	id bigint NOT NULL AUTO_INCREMENT,
	name varchar(191) DEFAULT NULL,
	tax_type varchar(191) DEFAULT NULL,
	tax_value varchar(191) DEFAULT NULL,
	clinic_id bigint DEFAULT NULL,
	doctor_id bigint DEFAULT NULL,
	service_id bigint DEFAULT NULL,
	added_by bigint DEFAULT NULL,
	status tinyint UNSIGNED DEFAULT '0',
	created_at datetime NOT NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- 2025_09_12_CreateCustomNotificationsTable.php
CREATE TABLE wp_kc_custom_notifications (
	id bigint NOT NULL AUTO_INCREMENT,
	server_type varchar(50) NOT NULL COMMENT 'Type: sms, email, webhook, custom-api, push-notification',
	server_name varchar(191) NOT NULL COMMENT 'Display name for the service',
	server_url varchar(500) NOT NULL COMMENT 'API endpoint URL',
	port int DEFAULT 443 COMMENT 'Port number for the service',
	http_method varchar(10) DEFAULT 'POST' COMMENT 'HTTP method: GET, POST, PUT, PATCH, DELETE',
	auth_method varchar(50) DEFAULT 'none' COMMENT 'Authentication: none, apikey, bearer, oauth2, basic',
	auth_config longtext DEFAULT NULL COMMENT 'JSON: API keys, OAuth credentials, etc.',
	sender_name varchar(191) DEFAULT NULL COMMENT 'Sender name or identifier',
	sender_email varchar(191) DEFAULT NULL COMMENT 'Sender email or phone number',
	enable_ssl tinyint(1) DEFAULT 1 COMMENT 'Enable SSL/TLS encryption',
	content_type varchar(100) DEFAULT 'application/json' COMMENT 'Request content type',
	custom_headers longtext DEFAULT NULL COMMENT 'JSON: Custom HTTP headers',
	query_params longtext DEFAULT NULL COMMENT 'JSON: Query parameters',
	request_body longtext DEFAULT NULL COMMENT 'Request body template with variables',
	is_active tinyint(1) DEFAULT 1 COMMENT 'Service active status',
	clinic_id bigint DEFAULT NULL COMMENT 'Clinic specific configuration',
	created_by bigint DEFAULT NULL COMMENT 'User who created this configuration',
	created_at datetime DEFAULT NULL,
	updated_at datetime DEFAULT NULL,
	PRIMARY KEY (id),
	KEY idx_server_type (server_type),
	KEY idx_is_active (is_active),
	KEY idx_clinic_id (clinic_id),
	KEY idx_created_by (created_by)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE address (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	street VARCHAR(255) NOT NULL, 
	street_number VARCHAR(255) NOT NULL, 
	building VARCHAR(255) NOT NULL, 
	complement VARCHAR(255) NOT NULL, 
	district VARCHAR(255) NOT NULL, 
	city VARCHAR(255) NOT NULL, 
	zip_code VARCHAR(255) NOT NULL, 
	state VARCHAR(255) NOT NULL, 
	country VARCHAR(255) NOT NULL, 
	update_date DATE, 
	PRIMARY KEY (id)
);

CREATE TABLE drug_family (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE healthcare_plan (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	active BOOL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE mail (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	email VARCHAR(255), 
	update_date DATE, 
	PRIMARY KEY (id)
);

CREATE TABLE payment_type (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	odontux_name VARCHAR(255) NOT NULL, 
	gnucash_name VARCHAR(255) NOT NULL, 
	active BOOL, 
	PRIMARY KEY (id)
);

CREATE TABLE phone (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255), 
	indicatif VARCHAR(255), 
	area_code VARCHAR(255), 
	number VARCHAR(255), 
	update_date DATE, 
	PRIMARY KEY (id)
);

CREATE TABLE question (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	question VARCHAR(255) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (question)
);

CREATE TABLE survey (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE dental_office (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	office_name VARCHAR(255), 
	owner_lastname VARCHAR(255), 
	owner_firstname VARCHAR(255), 
	active BOOL, 
	url VARCHAR(255), 
	address_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(address_id) REFERENCES address (id)
);

CREATE TABLE drug_prescribed (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	family_id INTEGER NOT NULL, 
	alias VARCHAR(255) NOT NULL, 
	molecule VARCHAR(255) NOT NULL, 
	packaging VARCHAR(255) NOT NULL, 
	posologia VARCHAR(255) NOT NULL, 
	dayssupply VARCHAR(255) NOT NULL, 
	comments VARCHAR(255), 
	special BOOL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(family_id) REFERENCES drug_family (id), 
	UNIQUE (alias)
);

CREATE TABLE gesture (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	specialty_id INTEGER NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	alias VARCHAR(255), 
	code VARCHAR(255), 
	color VARCHAR(255), 
	PRIMARY KEY (id), 
	FOREIGN KEY(specialty_id) REFERENCES specialty (id), 
	UNIQUE (name), 
	UNIQUE (alias), 
	UNIQUE (code)
);

CREATE TABLE medecine_doctor (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	lastname VARCHAR(255) NOT NULL, 
	firstname VARCHAR(255), 
	address_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(address_id) REFERENCES address (id)
);

CREATE TABLE odontux_user (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	username VARCHAR(255) NOT NULL, 
	password VARCHAR(255) NOT NULL, 
	`role` INTEGER NOT NULL, 
	title VARCHAR(255) NOT NULL, 
	lastname VARCHAR(255) NOT NULL, 
	firstname VARCHAR(255) NOT NULL, 
	qualifications VARCHAR(255), 
	registration VARCHAR(255), 
	correspondence_name VARCHAR(255), 
	address_id INTEGER, 
	sex VARCHAR(255), 
	dob DATE, 
	active BOOL, 
	comments VARCHAR(255), 
	avatar_id INTEGER, 
	display_order INTEGER, 
	modified_by INTEGER, 
	creation_date DATE, 
	gnucash_url VARCHAR(255), 
	dentist_supervisor_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (username), 
	FOREIGN KEY(address_id) REFERENCES address (id), 
	FOREIGN KEY(dentist_supervisor_id) REFERENCES odontux_user (id)
);

CREATE TABLE cotation (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	gesture_id INTEGER NOT NULL, 
	healthcare_plan_id INTEGER NOT NULL, 
	price NUMERIC, 
	active BOOL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(gesture_id) REFERENCES gesture (id), 
	FOREIGN KEY(healthcare_plan_id) REFERENCES healthcare_plan (id)
);

CREATE TABLE dental_office_mail (
	dental_office_id INTEGER, 
	mail_id INTEGER, 
	FOREIGN KEY(dental_office_id) REFERENCES dental_office (id), 
	FOREIGN KEY(mail_id) REFERENCES mail (id)
);

CREATE TABLE dental_office_phone (
	dental_office_id INTEGER, 
	phone_id INTEGER, 
	FOREIGN KEY(dental_office_id) REFERENCES dental_office (id), 
	FOREIGN KEY(phone_id) REFERENCES phone (id)
);

CREATE TABLE dental_unit (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	dental_office_id INTEGER NOT NULL, 
	name VARCHAR(255), 
	active BOOL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(dental_office_id) REFERENCES dental_office (id)
);

CREATE TABLE healthcare_plan_user_reference (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	healthcare_plan_id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	hour_fees NUMERIC NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(healthcare_plan_id) REFERENCES healthcare_plan (id), 
	FOREIGN KEY(user_id) REFERENCES odontux_user (id)
);

CREATE TABLE medecine_doctor_mail (
	medecine_doctor_id INTEGER, 
	mail_id INTEGER, 
	FOREIGN KEY(medecine_doctor_id) REFERENCES medecine_doctor (id), 
	FOREIGN KEY(mail_id) REFERENCES mail (id)
);

CREATE TABLE medecine_doctor_phone (
	medecine_doctor_id INTEGER, 
	phone_id INTEGER, 
	FOREIGN KEY(medecine_doctor_id) REFERENCES medecine_doctor (id), 
	FOREIGN KEY(phone_id) REFERENCES phone (id)
);

CREATE TABLE odontux_user_mail (
	odontux_user_id INTEGER, 
	mail_id INTEGER, 
	FOREIGN KEY(odontux_user_id) REFERENCES odontux_user (id), 
	FOREIGN KEY(mail_id) REFERENCES mail (id)
);

CREATE TABLE odontux_user_phone (
	odontux_user_id INTEGER, 
	phone_id INTEGER, 
	FOREIGN KEY(odontux_user_id) REFERENCES odontux_user (id), 
	FOREIGN KEY(phone_id) REFERENCES phone (id)
);

CREATE TABLE patient (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	identity_number_1 VARCHAR(255), 
	identity_number_2 VARCHAR(255), 
	title VARCHAR(255), 
	lastname VARCHAR(255) NOT NULL, 
	firstname VARCHAR(255), 
	qualifications VARCHAR(255), 
	preferred_name VARCHAR(255), 
	correspondence_name VARCHAR(255), 
	sex VARCHAR(255), 
	dob DATE, 
	job VARCHAR(255), 
	address_id INTEGER, 
	inactive BOOL, 
	office_id INTEGER, 
	dentist_id INTEGER, 
	gen_doc_id INTEGER, 
	time_stamp DATE, 
	creation_date DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(address_id) REFERENCES address (id), 
	FOREIGN KEY(office_id) REFERENCES dental_office (id), 
	FOREIGN KEY(dentist_id) REFERENCES odontux_user (id), 
	FOREIGN KEY(gen_doc_id) REFERENCES medecine_doctor (id)
);

CREATE TABLE settings (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	`key` VARCHAR(255) NOT NULL, 
	value VARCHAR(255), 
	user_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES odontux_user (id)
);

CREATE TABLE time_sheet (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	user_id INTEGER NOT NULL, 
	weekday INTEGER NOT NULL, 
	period INTEGER NOT NULL, 
	begin TIME NOT NULL, 
	end TIME NOT NULL, 
	user_role INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES odontux_user (id)
);

CREATE TABLE appointment (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	patient_id INTEGER NOT NULL, 
	dentist_id INTEGER NOT NULL, 
	dental_unit_id INTEGER NOT NULL, 
	emergency BOOL, 
	reason VARCHAR(255) NOT NULL, 
	diagnostic VARCHAR(255), 
	treatment VARCHAR(255), 
	prognostic VARCHAR(255), 
	advise VARCHAR(255), 
	next_appointment VARCHAR(255), 
	absent BOOL, 
	excuse VARCHAR(255), 
	hour_cost NUMERIC, 
	dentist_fees NUMERIC, 
	PRIMARY KEY (id), 
	FOREIGN KEY(patient_id) REFERENCES patient (id), 
	FOREIGN KEY(dentist_id) REFERENCES odontux_user (id), 
	FOREIGN KEY(dental_unit_id) REFERENCES dental_unit (id)
);

CREATE TABLE patient_healthcare_plan (
	patient_id INTEGER, 
	healthcare_plan_id INTEGER, 
	FOREIGN KEY(patient_id) REFERENCES patient (id), 
	FOREIGN KEY(healthcare_plan_id) REFERENCES healthcare_plan (id)
);

CREATE TABLE patient_mail (
	patient_id INTEGER, 
	mail_id INTEGER, 
	FOREIGN KEY(patient_id) REFERENCES patient (id), 
	FOREIGN KEY(mail_id) REFERENCES mail (id)
);

CREATE TABLE patient_phone (
	patient_id INTEGER, 
	phone_id INTEGER, 
	FOREIGN KEY(patient_id) REFERENCES patient (id), 
	FOREIGN KEY(phone_id) REFERENCES phone (id)
);

CREATE TABLE payment (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	patient_id INTEGER NOT NULL, 
	mean_id INTEGER NOT NULL, 
	receipt_id INTEGER NOT NULL, 
	amount NUMERIC NOT NULL, 
	comments VARCHAR(255), 
	cashin_date DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(patient_id) REFERENCES patient (id), 
	FOREIGN KEY(mean_id) REFERENCES payment_type (id), 
	FOREIGN KEY(receipt_id) REFERENCES files (id)
);

CREATE TABLE tooth (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	patient_id INTEGER NOT NULL, 
	codename INTEGER NOT NULL, 
	state INTEGER, 
	surveillance BOOL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(patient_id) REFERENCES patient (id)
);

CREATE TABLE agenda (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	appointment_id INTEGER, 
	dental_unit_id INTEGER NOT NULL, 
	dentist_id INTEGER NOT NULL, 
	date_taker_id INTEGER NOT NULL, 
	starttime DATETIME NOT NULL, 
	endtime DATETIME NOT NULL, 
	comment VARCHAR(255), 
	PRIMARY KEY (id), 
	FOREIGN KEY(appointment_id) REFERENCES appointment (id), 
	FOREIGN KEY(dental_unit_id) REFERENCES dental_unit (id), 
	FOREIGN KEY(dentist_id) REFERENCES odontux_user (id), 
	FOREIGN KEY(date_taker_id) REFERENCES odontux_user (id)
);

CREATE TABLE anamnesis (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	patient_id INTEGER NOT NULL, 
	appointment_id INTEGER NOT NULL, 
	question_id INTEGER, 
	alert BOOL, 
	document BOOL, 
	time_stamp DATE, 
	file_id INTEGER, 
	anamnesis_type INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(patient_id) REFERENCES patient (id), 
	FOREIGN KEY(appointment_id) REFERENCES appointment (id), 
	FOREIGN KEY(question_id) REFERENCES question (id), 
	FOREIGN KEY(file_id) REFERENCES files (id)
);

CREATE TABLE certificate (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	dentist_id INTEGER NOT NULL, 
	patient_id INTEGER NOT NULL, 
	appointment_id INTEGER NOT NULL, 
	file_id INTEGER NOT NULL, 
	certif_type INTEGER NOT NULL, 
	timestamp DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(dentist_id) REFERENCES odontux_user (id), 
	FOREIGN KEY(patient_id) REFERENCES patient (id), 
	FOREIGN KEY(appointment_id) REFERENCES appointment (id), 
	FOREIGN KEY(file_id) REFERENCES files (id)
);

CREATE TABLE clinic_report (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	appointment_id INTEGER NOT NULL, 
	clinic_gesture_id INTEGER NOT NULL, 
	anatomic_location INTEGER NOT NULL, 
	duration DATETIME, 
	memo VARCHAR(255), 
	sequence INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(appointment_id) REFERENCES appointment (id), 
	FOREIGN KEY(clinic_gesture_id) REFERENCES clinic_gesture (id)
);

CREATE TABLE invoice (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	patient_id INTEGER NOT NULL, 
	dentist_id INTEGER NOT NULL, 
	appointment_id INTEGER NOT NULL, 
	file_id INTEGER, 
	timestamp DATETIME NOT NULL, 
	type INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(patient_id) REFERENCES patient (id), 
	FOREIGN KEY(dentist_id) REFERENCES odontux_user (id), 
	FOREIGN KEY(appointment_id) REFERENCES appointment (id), 
	FOREIGN KEY(file_id) REFERENCES files (id)
);

CREATE TABLE note (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	patient_id INTEGER, 
	dentist_id INTEGER, 
	appointment_id INTEGER, 
	time_stamp DATETIME, 
	memo VARCHAR(255), 
	PRIMARY KEY (id), 
	FOREIGN KEY(patient_id) REFERENCES patient (id), 
	FOREIGN KEY(dentist_id) REFERENCES odontux_user (id), 
	FOREIGN KEY(appointment_id) REFERENCES appointment (id)
);

CREATE TABLE prescription (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	dentist_id INTEGER NOT NULL, 
	patient_id INTEGER NOT NULL, 
	appointment_id INTEGER, 
	file_id INTEGER NOT NULL, 
	time_stamp DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(dentist_id) REFERENCES odontux_user (id), 
	FOREIGN KEY(patient_id) REFERENCES patient (id), 
	FOREIGN KEY(appointment_id) REFERENCES appointment (id), 
	FOREIGN KEY(file_id) REFERENCES files (id)
);

CREATE TABLE addiction (
	id INTEGER NOT NULL, 
	type INTEGER NOT NULL, 
	comment VARCHAR(255), 
	begin DATE, 
	end DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(id) REFERENCES anamnesis (id)
);

CREATE TABLE allergy (
	id INTEGER NOT NULL, 
	allergen VARCHAR(255) NOT NULL, 
	type INTEGER NOT NULL, 
	reaction INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(id) REFERENCES anamnesis (id)
);

CREATE TABLE medical_history (
	id INTEGER NOT NULL, 
	type INTEGER NOT NULL, 
	disease INTEGER, 
	name VARCHAR(255) NOT NULL, 
	icd10 VARCHAR(255), 
	comment VARCHAR(255), 
	PRIMARY KEY (id), 
	FOREIGN KEY(id) REFERENCES anamnesis (id)
);

CREATE TABLE oral_hygiene (
	id INTEGER NOT NULL, 
	type INTEGER, 
	frequency NUMERIC, 
	comment VARCHAR(255), 
	PRIMARY KEY (id), 
	FOREIGN KEY(id) REFERENCES anamnesis (id)
);

CREATE TABLE past_surgery (
	id INTEGER NOT NULL, 
	surgery_type VARCHAR(255), 
	problem VARCHAR(255), 
	complication VARCHAR(255), 
	PRIMARY KEY (id), 
	FOREIGN KEY(id) REFERENCES anamnesis (id)
);

CREATE TABLE tooth_event (
	id INTEGER NOT NULL, 
	state INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(id) REFERENCES event (id)
);

CREATE TABLE treatment (
	id INTEGER NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	posologia VARCHAR(255), 
	begin DATE, 
	end DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(id) REFERENCES anamnesis (id)
);

-- OpticAI (optical clinic / optometry practice management: clients and families, optical exams,
-- spectacle and contact-lens orders, referrals, appointments, billing, inventory, campaigns)
-- Upstream: github.com/daniel5426/opticai, commit d125d8e970c4abadce94430ee8a854e40f3155de (MIT, LICENSE)
-- Source: backend/models.py (SQLAlchemy 2.0 declarative models; the app runs on PostgreSQL/Supabase).
-- Written as MySQL by compiling each model's CreateTable with SQLAlchemy 2.0.23's MySQL dialect:
-- String without a length -> VARCHAR(255); CHECK constraints and non-unique indexes left out;
-- unique indexes (Column(unique=True, index=True), Index(unique=True)) as UNIQUE KEY; server_default
-- now() -> CURRENT_TIMESTAMP, current_date() dropped. Tables in foreign-key order.
-- Left out: catalog_discovery_runs, catalog_discovery_candidates, catalog_order_observations,
-- inventory_company_settings, clinic_data_prune_storage_objects and 14 of the 21 identical
-- clinic-scoped lookup tables (kept: lookup_supplier, lookup_clinic, lookup_order_type,
-- lookup_lens_model, lookup_manufacturing_lab, lookup_advisor, lookup_va_meter).

CREATE TABLE billing_webhook_events (
	id VARCHAR(255) NOT NULL, 
	stripe_event_id VARCHAR(255) NOT NULL, 
	event_type VARCHAR(255) NOT NULL, 
	processing_state VARCHAR(24) NOT NULL, 
	stripe_created_at DATETIME, 
	processed_at DATETIME, 
	error_text TEXT, 
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id),
	UNIQUE KEY ix_billing_webhook_events_stripe_event_id (stripe_event_id)
);

CREATE TABLE companies (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	owner_full_name VARCHAR(255) NOT NULL, 
	contact_email VARCHAR(255), 
	contact_phone VARCHAR(255), 
	logo_path VARCHAR(255), 
	address VARCHAR(255), 
	primary_theme_color VARCHAR(255), 
	secondary_theme_color VARCHAR(255), 
	default_currency VARCHAR(3) NOT NULL DEFAULT 'ILS', 
	whatsapp_access_token VARCHAR(255), 
	whatsapp_phone_number_id VARCHAR(255), 
	whatsapp_business_account_id VARCHAR(255), 
	whatsapp_verify_token VARCHAR(255), 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id)
);

CREATE TABLE pending_company_setups (
	id VARCHAR(255) NOT NULL, 
	setup_token_hash VARCHAR(255) NOT NULL, 
	email VARCHAR(255) NOT NULL, 
	full_name VARCHAR(255), 
	password_hash VARCHAR(255), 
	auth_provider VARCHAR(255) NOT NULL, 
	google_account_email VARCHAR(255), 
	google_access_token TEXT, 
	google_refresh_token TEXT, 
	selected_plan_code VARCHAR(32), 
	email_verified_at DATETIME, 
	wizard_state VARCHAR(32) NOT NULL, 
	company_payload JSON, 
	clinic_payload JSON, 
	expires_at DATETIME NOT NULL, 
	used_at DATETIME, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id),
	UNIQUE KEY ix_pending_company_setups_setup_token_hash (setup_token_hash)
);

CREATE TABLE catalog_products (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	company_id INTEGER NOT NULL, 
	category VARCHAR(32) NOT NULL, 
	brand VARCHAR(160), 
	model VARCHAR(160) NOT NULL, 
	product_type VARCHAR(120), 
	material VARCHAR(120), 
	preferred_supplier VARCHAR(160), 
	replacement_schedule VARCHAR(120), 
	normalized_key VARCHAR(512) NOT NULL, 
	archived_at DATETIME, 
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_catalog_products_company_category_key UNIQUE (company_id, category, normalized_key), 
	FOREIGN KEY(company_id) REFERENCES companies (id) ON DELETE CASCADE
);

CREATE TABLE clinics (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	company_id INTEGER NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	location VARCHAR(255), 
	phone_number VARCHAR(255), 
	email VARCHAR(255), 
	clinic_name VARCHAR(255), 
	clinic_position VARCHAR(255), 
	clinic_address VARCHAR(255), 
	clinic_city VARCHAR(255), 
	clinic_postal_code VARCHAR(255), 
	clinic_directions VARCHAR(255), 
	clinic_website VARCHAR(255), 
	manager_name VARCHAR(255), 
	license_number VARCHAR(255), 
	unique_id VARCHAR(255) NOT NULL, 
	entry_pin_hash VARCHAR(255), 
	entry_pin_version INTEGER NOT NULL, 
	is_active BOOL, 
	maintenance_mode BOOL NOT NULL, 
	maintenance_reason VARCHAR(255), 
	maintenance_job_id VARCHAR(255), 
	maintenance_started_at DATETIME, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(company_id) REFERENCES companies (id), 
	UNIQUE (unique_id)
);

CREATE TABLE subscriptions (
	id VARCHAR(255) NOT NULL, 
	company_id INTEGER NOT NULL, 
	stripe_customer_id VARCHAR(255), 
	stripe_subscription_id VARCHAR(255), 
	stripe_price_id VARCHAR(255), 
	plan_code VARCHAR(32) NOT NULL, 
	pending_plan_code VARCHAR(32), 
	status VARCHAR(32) NOT NULL, 
	clinic_limit INTEGER, 
	staff_limit INTEGER, 
	trial_starts_at DATETIME, 
	trial_ends_at DATETIME, 
	current_period_starts_at DATETIME, 
	current_period_ends_at DATETIME, 
	grace_ends_at DATETIME, 
	cancel_at_period_end BOOL NOT NULL, 
	cancelled_at DATETIME, 
	pending_change_at DATETIME, 
	trial_consumed_at DATETIME, 
	enterprise_clinic_limit INTEGER, 
	enterprise_staff_limit INTEGER, 
	stripe_event_created_at DATETIME, 
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_subscriptions_company_id UNIQUE (company_id), 
	FOREIGN KEY(company_id) REFERENCES companies (id) ON DELETE CASCADE,
	UNIQUE KEY ix_subscriptions_stripe_customer_id (stripe_customer_id),
	UNIQUE KEY ix_subscriptions_stripe_subscription_id (stripe_subscription_id)
);

CREATE TABLE campaigns (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	clinic_id INTEGER, 
	name VARCHAR(255) NOT NULL, 
	filters TEXT, 
	email_enabled BOOL, 
	email_content TEXT, 
	sms_enabled BOOL, 
	sms_content TEXT, 
	whatsapp_enabled BOOL, 
	whatsapp_template_name VARCHAR(255), 
	whatsapp_content TEXT, 
	active BOOL, 
	active_since DATETIME, 
	mail_sent BOOL, 
	sms_sent BOOL, 
	whatsapp_sent BOOL, 
	emails_sent_count INTEGER, 
	sms_sent_count INTEGER, 
	whatsapp_sent_count INTEGER, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	cycle_type VARCHAR(255), 
	cycle_custom_days INTEGER, 
	last_executed DATETIME, 
	execute_once_per_client BOOL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id)
);

CREATE TABLE catalog_variants (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	company_id INTEGER NOT NULL, 
	product_id INTEGER NOT NULL, 
	attributes JSON NOT NULL, 
	normalized_fingerprint VARCHAR(1024) NOT NULL, 
	sku VARCHAR(120), 
	barcode VARCHAR(160), 
	default_cost FLOAT, 
	default_retail FLOAT, 
	currency VARCHAR(3) NOT NULL DEFAULT 'ILS', 
	is_stockable BOOL NOT NULL DEFAULT '1', 
	archived_at DATETIME, 
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_catalog_variants_company_fingerprint UNIQUE (company_id, normalized_fingerprint), 
	CONSTRAINT uq_catalog_variants_company_sku UNIQUE (company_id, sku), 
	CONSTRAINT uq_catalog_variants_company_barcode UNIQUE (company_id, barcode), 
	FOREIGN KEY(company_id) REFERENCES companies (id) ON DELETE CASCADE, 
	FOREIGN KEY(product_id) REFERENCES catalog_products (id) ON DELETE RESTRICT
);

CREATE TABLE chats (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	clinic_id INTEGER, 
	title VARCHAR(255) NOT NULL, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id)
);

CREATE TABLE clinic_device_trusts (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	clinic_id INTEGER NOT NULL, 
	company_id INTEGER NOT NULL, 
	device_id VARCHAR(255) NOT NULL, 
	token_hash VARCHAR(255) NOT NULL, 
	entry_pin_version INTEGER NOT NULL, 
	expires_at DATETIME NOT NULL, 
	revoked_at DATETIME, 
	last_used_at DATETIME, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_clinic_device_trusts_clinic_device UNIQUE (clinic_id, device_id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(company_id) REFERENCES companies (id),
	UNIQUE KEY ix_clinic_device_trusts_token_hash (token_hash)
);

CREATE TABLE clinic_holiday_overrides (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	clinic_id INTEGER NOT NULL, 
	holiday_date DATE NOT NULL, 
	name VARCHAR(160) NOT NULL, 
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_clinic_holiday_overrides_clinic_date UNIQUE (clinic_id, holiday_date), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE
);

CREATE TABLE exam_layouts (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	clinic_id INTEGER, 
	name VARCHAR(255) NOT NULL, 
	layout_data TEXT NOT NULL, 
	is_default BOOL, 
	is_active BOOL, 
	sort_index INTEGER NOT NULL, 
	parent_layout_id INTEGER, 
	is_group BOOL, 
	type VARCHAR(255), 
	seed_key VARCHAR(255), 
	seed_version INTEGER, 
	is_seeded_default BOOL NOT NULL DEFAULT false, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(parent_layout_id) REFERENCES exam_layouts (id) ON DELETE SET NULL,
	UNIQUE KEY ix_exam_layouts_clinic_seed_key (clinic_id, seed_key)
);

CREATE TABLE families (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	company_id INTEGER, 
	clinic_id INTEGER, 
	name VARCHAR(255) NOT NULL, 
	created_date DATE DEFAULT NULL, 
	notes TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(company_id) REFERENCES companies (id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id)
);

CREATE TABLE lookup_advisor (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	clinic_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_lookup_advisor_clinic_name UNIQUE (clinic_id, name), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE
);

CREATE TABLE lookup_clinic (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	clinic_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_lookup_clinic_clinic_name UNIQUE (clinic_id, name), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE
);

CREATE TABLE lookup_lens_model (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	clinic_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_lookup_lens_model_clinic_name UNIQUE (clinic_id, name), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE
);

CREATE TABLE lookup_manufacturing_lab (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	clinic_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_lookup_manufacturing_lab_clinic_name UNIQUE (clinic_id, name), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE
);

CREATE TABLE lookup_order_type (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	clinic_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_lookup_order_type_clinic_name UNIQUE (clinic_id, name), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE
);

CREATE TABLE lookup_supplier (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	clinic_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_lookup_supplier_clinic_name UNIQUE (clinic_id, name), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE
);

CREATE TABLE lookup_va_meter (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255) NOT NULL, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	clinic_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_lookup_va_meter_clinic_name UNIQUE (clinic_id, name), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE
);

CREATE TABLE settings (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	clinic_id INTEGER NOT NULL, 
	clinic_name VARCHAR(255), 
	clinic_position VARCHAR(255), 
	clinic_email VARCHAR(255), 
	clinic_phone VARCHAR(255), 
	clinic_address VARCHAR(255), 
	clinic_city VARCHAR(255), 
	clinic_postal_code VARCHAR(255), 
	clinic_directions VARCHAR(255), 
	clinic_website VARCHAR(255), 
	manager_name VARCHAR(255), 
	license_number VARCHAR(255), 
	clinic_logo_path VARCHAR(255), 
	primary_theme_color VARCHAR(255), 
	secondary_theme_color VARCHAR(255), 
	work_start_time VARCHAR(255), 
	work_end_time VARCHAR(255), 
	appointment_duration INTEGER, 
	send_email_before_appointment BOOL, 
	email_days_before INTEGER, 
	email_time VARCHAR(255), 
	working_days VARCHAR(255), 
	break_start_time VARCHAR(255), 
	break_end_time VARCHAR(255), 
	max_appointments_per_day INTEGER, 
	va_test_distance INTEGER NOT NULL, 
	email_provider VARCHAR(255), 
	email_smtp_host VARCHAR(255), 
	email_smtp_port INTEGER, 
	email_smtp_secure BOOL, 
	email_username VARCHAR(255), 
	email_password VARCHAR(255), 
	email_from_name VARCHAR(255), 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id)
);

CREATE TABLE users (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	company_id INTEGER NOT NULL, 
	clinic_id INTEGER, 
	full_name VARCHAR(255), 
	username VARCHAR(255) NOT NULL, 
	email VARCHAR(255), 
	phone VARCHAR(255), 
	password_hash VARCHAR(255), 
	role_level INTEGER NOT NULL, 
	is_active BOOL, 
	profile_picture VARCHAR(255), 
	primary_theme_color VARCHAR(255), 
	secondary_theme_color VARCHAR(255), 
	theme_preference VARCHAR(255), 
	google_account_connected BOOL, 
	google_account_email VARCHAR(255), 
	google_access_token VARCHAR(255), 
	google_refresh_token VARCHAR(255), 
	google_calendar_sync_enabled BOOL, 
	va_format VARCHAR(255), 
	cyl_format VARCHAR(255), 
	system_vacation_dates JSON, 
	added_vacation_dates JSON, 
	sync_subjective_to_final_subjective BOOL, 
	import_order_to_old_refraction_default BOOL, 
	clinical_auto_advance_enabled BOOL NOT NULL, 
	auth_provider VARCHAR(255), 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(company_id) REFERENCES companies (id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	UNIQUE (username)
);

CREATE TABLE auth_action_tokens (
	id VARCHAR(255) NOT NULL, 
	token_hash VARCHAR(255) NOT NULL, 
	purpose VARCHAR(32) NOT NULL, 
	pending_setup_id VARCHAR(255), 
	user_id INTEGER, 
	expires_at DATETIME NOT NULL, 
	consumed_at DATETIME, 
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	FOREIGN KEY(pending_setup_id) REFERENCES pending_company_setups (id) ON DELETE CASCADE, 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE,
	UNIQUE KEY ix_auth_action_tokens_token_hash (token_hash)
);

CREATE TABLE auth_sessions (
	id VARCHAR(255) NOT NULL, 
	user_id INTEGER NOT NULL, 
	company_id INTEGER NOT NULL, 
	clinic_id INTEGER, 
	refresh_token_hash VARCHAR(255) NOT NULL, 
	device_id VARCHAR(255), 
	user_agent VARCHAR(255), 
	ip_address VARCHAR(255), 
	expires_at DATETIME NOT NULL, 
	revoked_at DATETIME, 
	last_seen_at DATETIME, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	FOREIGN KEY(company_id) REFERENCES companies (id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id),
	UNIQUE KEY ix_auth_sessions_refresh_token_hash (refresh_token_hash)
);

CREATE TABLE chat_messages (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	chat_id INTEGER NOT NULL, 
	type VARCHAR(255) NOT NULL, 
	content TEXT NOT NULL, 
	timestamp DATETIME DEFAULT CURRENT_TIMESTAMP, 
	data TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(chat_id) REFERENCES chats (id) ON DELETE CASCADE
);

CREATE TABLE clients (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	company_id INTEGER NOT NULL, 
	clinic_id INTEGER, 
	first_name VARCHAR(255), 
	last_name VARCHAR(255), 
	gender VARCHAR(255), 
	national_id VARCHAR(255), 
	date_of_birth DATE, 
	health_fund VARCHAR(255), 
	address_city VARCHAR(255), 
	address_street VARCHAR(255), 
	address_number VARCHAR(255), 
	postal_code VARCHAR(255), 
	phone_home VARCHAR(255), 
	phone_work VARCHAR(255), 
	phone_mobile VARCHAR(255), 
	additional_phone VARCHAR(255), 
	fax VARCHAR(255), 
	email VARCHAR(255), 
	service_center VARCHAR(255), 
	file_creation_date DATE, 
	membership_end DATE, 
	service_end DATE, 
	price_list VARCHAR(255), 
	discount_percent INTEGER, 
	blocked_checks BOOL, 
	blocked_credit BOOL, 
	sorting_group VARCHAR(255), 
	referring_party VARCHAR(255), 
	file_location VARCHAR(255), 
	occupation VARCHAR(255), 
	status VARCHAR(255), 
	notes TEXT, 
	hidden_note TEXT, 
	profile_picture VARCHAR(255), 
	family_id INTEGER, 
	family_role VARCHAR(255), 
	ai_updated_date DATETIME, 
	client_updated_date DATETIME DEFAULT CURRENT_TIMESTAMP, 
	ai_exam_state VARCHAR(255), 
	ai_order_state VARCHAR(255), 
	ai_referral_state VARCHAR(255), 
	ai_contact_lens_state VARCHAR(255), 
	ai_appointment_state VARCHAR(255), 
	ai_file_state VARCHAR(255), 
	ai_medical_state VARCHAR(255), 
	merged_into_client_id INTEGER, 
	merged_at DATETIME, 
	merged_by_user_id INTEGER, 
	merge_snapshot JSON, 
	PRIMARY KEY (id), 
	FOREIGN KEY(company_id) REFERENCES companies (id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(family_id) REFERENCES families (id) ON DELETE SET NULL, 
	FOREIGN KEY(merged_into_client_id) REFERENCES clients (id) ON DELETE SET NULL, 
	FOREIGN KEY(merged_by_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE clinic_data_prune_jobs (
	id VARCHAR(255) NOT NULL, 
	clinic_id INTEGER NOT NULL, 
	company_id INTEGER NOT NULL, 
	requested_by_user_id INTEGER, 
	status VARCHAR(255) NOT NULL, 
	step VARCHAR(255) NOT NULL, 
	progress INTEGER NOT NULL, 
	checkpoint JSON NOT NULL, 
	preview_counts JSON NOT NULL, 
	deleted_counts JSON NOT NULL, 
	warnings JSON NOT NULL, 
	error TEXT, 
	locked_by VARCHAR(255), 
	lease_until DATETIME, 
	heartbeat_at DATETIME, 
	attempt_count INTEGER NOT NULL, 
	started_at DATETIME, 
	finished_at DATETIME, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(company_id) REFERENCES companies (id), 
	FOREIGN KEY(requested_by_user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE inventory_balances (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	company_id INTEGER NOT NULL, 
	clinic_id INTEGER NOT NULL, 
	variant_id INTEGER NOT NULL, 
	on_hand INTEGER NOT NULL DEFAULT '0', 
	reserved INTEGER NOT NULL DEFAULT '0', 
	reorder_point INTEGER NOT NULL DEFAULT '0', 
	target_quantity INTEGER NOT NULL DEFAULT '0', 
	version INTEGER NOT NULL DEFAULT '1', 
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_inventory_balances_clinic_variant UNIQUE (clinic_id, variant_id), 
	FOREIGN KEY(company_id) REFERENCES companies (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE, 
	FOREIGN KEY(variant_id) REFERENCES catalog_variants (id) ON DELETE RESTRICT
);

CREATE TABLE softoptic_migration_jobs (
	id VARCHAR(255) NOT NULL, 
	source_system VARCHAR(255) NOT NULL, 
	bundle_format_version INTEGER, 
	source_fingerprint VARCHAR(255), 
	clinic_id INTEGER NOT NULL, 
	company_id INTEGER NOT NULL, 
	user_id INTEGER, 
	status VARCHAR(255) NOT NULL, 
	step VARCHAR(255) NOT NULL, 
	progress INTEGER NOT NULL, 
	include_documents BOOL NOT NULL, 
	client_import_limit INTEGER, 
	source_metadata JSON NOT NULL, 
	export_summary JSON NOT NULL, 
	validation_summary JSON NOT NULL, 
	import_summary JSON NOT NULL, 
	checkpoint JSON NOT NULL, 
	warnings JSON NOT NULL, 
	errors JSON NOT NULL, 
	error TEXT, 
	bundle_path TEXT, 
	bundle_storage_bucket VARCHAR(255), 
	bundle_storage_key TEXT, 
	locked_by VARCHAR(255), 
	lease_until DATETIME, 
	heartbeat_at DATETIME, 
	pause_requested BOOL NOT NULL, 
	attempt_count INTEGER NOT NULL, 
	last_error_at DATETIME, 
	started_at DATETIME, 
	finished_at DATETIME, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(company_id) REFERENCES companies (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE terms_acceptances (
	id VARCHAR(255) NOT NULL, 
	user_id INTEGER NOT NULL, 
	company_id INTEGER NOT NULL, 
	terms_version VARCHAR(64) NOT NULL, 
	privacy_version VARCHAR(64) NOT NULL, 
	accepted_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	ip_address VARCHAR(255), 
	user_agent TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	FOREIGN KEY(company_id) REFERENCES companies (id) ON DELETE CASCADE
);

CREATE TABLE work_shifts (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	user_id INTEGER NOT NULL, 
	start_time VARCHAR(255) NOT NULL, 
	end_time VARCHAR(255), 
	duration_minutes INTEGER, 
	date VARCHAR(255) NOT NULL, 
	status VARCHAR(255) NOT NULL, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE appointments (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	client_id INTEGER NOT NULL, 
	clinic_id INTEGER, 
	user_id INTEGER, 
	date DATE, 
	time VARCHAR(255), 
	duration INTEGER, 
	exam_name VARCHAR(255), 
	exam_layout_id INTEGER, 
	note TEXT, 
	google_calendar_event_id VARCHAR(255), 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL, 
	FOREIGN KEY(exam_layout_id) REFERENCES exam_layouts (id) ON DELETE SET NULL
);

CREATE TABLE campaign_client_executions (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	campaign_id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	executed_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	status VARCHAR(255), 
	error_message TEXT, 
	channel VARCHAR(255), 
	PRIMARY KEY (id), 
	FOREIGN KEY(campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE, 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE
);

CREATE TABLE contact_lens_orders (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	client_id INTEGER NOT NULL, 
	clinic_id INTEGER, 
	user_id INTEGER, 
	order_date DATE, 
	type VARCHAR(255), 
	l_lens_type VARCHAR(255), 
	l_model VARCHAR(255), 
	l_supplier VARCHAR(255), 
	l_material VARCHAR(255), 
	l_color VARCHAR(255), 
	l_quantity INTEGER, 
	l_order_quantity INTEGER, 
	l_dx BOOL, 
	r_lens_type VARCHAR(255), 
	r_model VARCHAR(255), 
	r_supplier VARCHAR(255), 
	r_material VARCHAR(255), 
	r_color VARCHAR(255), 
	r_quantity INTEGER, 
	r_order_quantity INTEGER, 
	r_dx BOOL, 
	supply_in_clinic_id INTEGER, 
	order_status VARCHAR(255), 
	advisor VARCHAR(255), 
	deliverer VARCHAR(255), 
	delivery_date DATE, 
	priority VARCHAR(255), 
	guaranteed_date DATE, 
	approval_date DATE, 
	cleaning_solution VARCHAR(255), 
	disinfection_solution VARCHAR(255), 
	rinsing_solution VARCHAR(255), 
	notes TEXT, 
	supplier_notes TEXT, 
	order_data JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL, 
	FOREIGN KEY(supply_in_clinic_id) REFERENCES clinics (id)
);

CREATE TABLE files (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	client_id INTEGER NOT NULL, 
	clinic_id INTEGER, 
	file_name VARCHAR(255) NOT NULL, 
	original_file_name VARCHAR(255), 
	storage_bucket VARCHAR(255), 
	storage_key VARCHAR(255), 
	file_size INTEGER, 
	file_type VARCHAR(255), 
	upload_date DATETIME DEFAULT CURRENT_TIMESTAMP, 
	uploaded_by INTEGER, 
	notes TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(uploaded_by) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE medical_logs (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	client_id INTEGER NOT NULL, 
	clinic_id INTEGER, 
	user_id INTEGER, 
	log_date DATE, 
	log TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE migration_source_links (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	source_system VARCHAR(255) NOT NULL, 
	source_table VARCHAR(255) NOT NULL, 
	raw_row_ref VARCHAR(255) NOT NULL, 
	source_primary_key_parts JSON NOT NULL, 
	source_per_id INTEGER, 
	source_user_id INTEGER, 
	target_model VARCHAR(255) NOT NULL, 
	target_id INTEGER NOT NULL, 
	clinic_id INTEGER NOT NULL, 
	company_id INTEGER NOT NULL, 
	payload JSON NOT NULL, 
	migration_job_id VARCHAR(255), 
	raw_payload JSON, 
	raw_payload_sha256 VARCHAR(255), 
	raw_captured_at DATETIME, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_migration_source_links_source_target UNIQUE (source_system, target_model, clinic_id, raw_row_ref), 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(company_id) REFERENCES companies (id), 
	FOREIGN KEY(migration_job_id) REFERENCES softoptic_migration_jobs (id) ON DELETE SET NULL
);

CREATE TABLE optical_exams (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	client_id INTEGER NOT NULL, 
	clinic_id INTEGER, 
	clinic VARCHAR(255), 
	user_id INTEGER, 
	exam_date DATE, 
	test_name VARCHAR(255), 
	dominant_eye VARCHAR(255), 
	type VARCHAR(255), 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE orders (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	client_id INTEGER NOT NULL, 
	clinic_id INTEGER, 
	order_date DATE, 
	type VARCHAR(255), 
	dominant_eye VARCHAR(255), 
	user_id INTEGER, 
	lens_id INTEGER, 
	frame_id INTEGER, 
	order_data JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE recent_client_visits (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	user_id INTEGER NOT NULL, 
	clinic_id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	visited_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE, 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE,
	UNIQUE KEY uq_recent_client_visits_user_clinic_client (user_id, clinic_id, client_id)
);

CREATE TABLE referrals (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	client_id INTEGER NOT NULL, 
	clinic_id INTEGER, 
	user_id INTEGER, 
	referral_notes TEXT NOT NULL, 
	prescription_notes TEXT, 
	date DATE, 
	type VARCHAR(255), 
	urgency_level VARCHAR(255), 
	recipient VARCHAR(255), 
	referral_data JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE billings (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	order_id INTEGER, 
	contact_lens_id INTEGER, 
	total_before_discount FLOAT, 
	discount_amount FLOAT, 
	discount_percent FLOAT, 
	total_after_discount FLOAT, 
	prepayment_amount FLOAT, 
	installment_count INTEGER, 
	notes TEXT, 
	currency VARCHAR(3) NOT NULL DEFAULT 'ILS', 
	PRIMARY KEY (id), 
	FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	FOREIGN KEY(contact_lens_id) REFERENCES contact_lens_orders (id) ON DELETE CASCADE
);

CREATE TABLE email_logs (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	appointment_id INTEGER NOT NULL, 
	email_address VARCHAR(255) NOT NULL, 
	sent_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	success BOOL NOT NULL, 
	error_message TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(appointment_id) REFERENCES appointments (id) ON DELETE CASCADE
);

CREATE TABLE exam_layout_instances (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	exam_id INTEGER NOT NULL, 
	layout_id INTEGER, 
	is_active BOOL, 
	`order` INTEGER, 
	exam_data JSON NOT NULL, 
	layout_data TEXT, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(exam_id) REFERENCES optical_exams (id) ON DELETE CASCADE, 
	FOREIGN KEY(layout_id) REFERENCES exam_layouts (id) ON DELETE SET NULL
);

CREATE TABLE inventory_movements (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	company_id INTEGER NOT NULL, 
	clinic_id INTEGER NOT NULL, 
	variant_id INTEGER NOT NULL, 
	balance_id INTEGER NOT NULL, 
	movement_type VARCHAR(40) NOT NULL, 
	on_hand_delta INTEGER NOT NULL DEFAULT '0', 
	reserved_delta INTEGER NOT NULL DEFAULT '0', 
	reason TEXT NOT NULL, 
	actor_user_id INTEGER, 
	order_id INTEGER, 
	contact_lens_order_id INTEGER, 
	idempotency_key VARCHAR(160), 
	movement_metadata JSON NOT NULL, 
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_inventory_movements_company_idempotency UNIQUE (company_id, idempotency_key), 
	FOREIGN KEY(company_id) REFERENCES companies (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE, 
	FOREIGN KEY(variant_id) REFERENCES catalog_variants (id) ON DELETE RESTRICT, 
	FOREIGN KEY(balance_id) REFERENCES inventory_balances (id) ON DELETE RESTRICT, 
	FOREIGN KEY(actor_user_id) REFERENCES users (id) ON DELETE SET NULL, 
	FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE SET NULL, 
	FOREIGN KEY(contact_lens_order_id) REFERENCES contact_lens_orders (id) ON DELETE SET NULL
);

CREATE TABLE order_inventory_allocations (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	company_id INTEGER NOT NULL, 
	clinic_id INTEGER NOT NULL, 
	variant_id INTEGER NOT NULL, 
	order_id INTEGER, 
	contact_lens_order_id INTEGER, 
	component VARCHAR(32) NOT NULL, 
	quantity INTEGER NOT NULL DEFAULT '1', 
	fulfillment_source VARCHAR(32) NOT NULL, 
	lifecycle_state VARCHAR(32) NOT NULL, 
	snapshot_fingerprint VARCHAR(1024), 
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	consumed_at DATETIME, 
	released_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_order_inventory_allocations_order_component UNIQUE (order_id, component), 
	CONSTRAINT uq_order_inventory_allocations_contact_component UNIQUE (contact_lens_order_id, component), 
	FOREIGN KEY(company_id) REFERENCES companies (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE, 
	FOREIGN KEY(variant_id) REFERENCES catalog_variants (id) ON DELETE RESTRICT, 
	FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE, 
	FOREIGN KEY(contact_lens_order_id) REFERENCES contact_lens_orders (id) ON DELETE CASCADE
);

CREATE TABLE referral_eye (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	referral_id INTEGER NOT NULL, 
	eye VARCHAR(255), 
	sph FLOAT, 
	cyl FLOAT, 
	ax INTEGER, 
	pris FLOAT, 
	base FLOAT, 
	va FLOAT, 
	add_power FLOAT, 
	decent FLOAT, 
	s_base FLOAT, 
	high FLOAT, 
	pd FLOAT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(referral_id) REFERENCES referrals (id) ON DELETE CASCADE
);

CREATE TABLE billing_payments (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	billing_id INTEGER NOT NULL, 
	amount FLOAT NOT NULL, 
	paid_at DATE NOT NULL, 
	kind VARCHAR(255) NOT NULL, 
	currency VARCHAR(3) NOT NULL DEFAULT 'ILS', 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	FOREIGN KEY(billing_id) REFERENCES billings (id) ON DELETE CASCADE
);

CREATE TABLE order_line_item (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	billings_id INTEGER NOT NULL, 
	sku VARCHAR(255), 
	description VARCHAR(255), 
	supplied_by VARCHAR(255), 
	supplied BOOL, 
	price FLOAT, 
	quantity FLOAT, 
	discount FLOAT, 
	line_total FLOAT, 
	currency VARCHAR(3) NOT NULL DEFAULT 'ILS', 
	PRIMARY KEY (id), 
	FOREIGN KEY(billings_id) REFERENCES billings (id) ON DELETE CASCADE
);

CREATE TABLE prescription_search_index (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	source_type VARCHAR(255) NOT NULL, 
	source_id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	clinic_id INTEGER NOT NULL, 
	exam_id INTEGER, 
	layout_instance_id INTEGER, 
	card_type VARCHAR(255), 
	source_date DATE, 
	eye VARCHAR(255) NOT NULL, 
	sph FLOAT, 
	cyl FLOAT, 
	ax INTEGER, 
	`add` FLOAT, 
	va VARCHAR(255), 
	pd FLOAT, 
	created_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE, 
	FOREIGN KEY(clinic_id) REFERENCES clinics (id) ON DELETE CASCADE, 
	FOREIGN KEY(exam_id) REFERENCES optical_exams (id) ON DELETE CASCADE, 
	FOREIGN KEY(layout_instance_id) REFERENCES exam_layout_instances (id) ON DELETE CASCADE
);

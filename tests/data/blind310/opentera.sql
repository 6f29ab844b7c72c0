-- OpenTera (IntRoLab, Universite de Sherbrooke, with the CIUSSS de l'Estrie-CHUS; telehealth / telerehabilitation
-- framework: sites, projects, participants, users, devices, sessions, assets, tests; Flask + SQLAlchemy on PostgreSQL)
-- Upstream: github.com/introlab/opentera, commit b0fe8a24976978fec41ae2adf1e803759e12822d, licence Apache-2.0
-- Tables: the SQLAlchemy models of teraserver/python/opentera/db/models and of the bundled LoggingService,
-- FileTransferService and EmailService (libloggingservice, libfiletransferservice, libemailservice db/models),
-- compiled with SQLAlchemy 2.1 CreateTable for the MySQL dialect. Unbounded String (PostgreSQL varchar) -> TEXT.
-- The services keep their own databases upstream; their table names do not clash, so they share this file.

CREATE TABLE t_archive_file_data (
	id_archive_file_data INTEGER NOT NULL AUTO_INCREMENT, 
	archive_uuid VARCHAR(36) NOT NULL, 
	archive_original_filename TEXT NOT NULL, 
	archive_file_size BIGINT NOT NULL, 
	archive_creation_datetime TIMESTAMP NOT NULL, 
	archive_upload_datetime TIMESTAMP NULL, 
	archive_expiration_datetime TIMESTAMP NULL, 
	archive_status INTEGER NOT NULL, 
	archive_owner_uuid VARCHAR(36) NOT NULL, 
	archive_uploader_uuid VARCHAR(36), 
	version_id BIGINT NOT NULL, 
	PRIMARY KEY (id_archive_file_data), 
	UNIQUE (archive_uuid)
);

CREATE TABLE t_asset_file_data (
	id_asset_file_data INTEGER NOT NULL AUTO_INCREMENT, 
	asset_uuid VARCHAR(36) NOT NULL, 
	asset_original_filename TEXT NOT NULL, 
	asset_file_size BIGINT NOT NULL, 
	version_id BIGINT NOT NULL, 
	PRIMARY KEY (id_asset_file_data), 
	UNIQUE (asset_uuid)
);

CREATE TABLE t_devices_types (
	id_device_type INTEGER NOT NULL AUTO_INCREMENT, 
	device_type_name TEXT NOT NULL, 
	device_type_key TEXT NOT NULL, 
	version_id BIGINT NOT NULL, 
	PRIMARY KEY (id_device_type), 
	UNIQUE (device_type_key)
);

CREATE TABLE t_email_templates (
	id_email_template INTEGER NOT NULL AUTO_INCREMENT, 
	id_site INTEGER, 
	id_project INTEGER, 
	email_template_key TEXT NOT NULL, 
	email_template TEXT NOT NULL, 
	email_template_language TEXT NOT NULL, 
	version_id BIGINT NOT NULL, 
	PRIMARY KEY (id_email_template)
);

CREATE TABLE t_log_entry (
	id_log_entry INTEGER NOT NULL AUTO_INCREMENT, 
	log_level INTEGER NOT NULL, 
	sender TEXT NOT NULL, 
	message TEXT NOT NULL, 
	timestamp TIMESTAMP NOT NULL, 
	version_id BIGINT NOT NULL, 
	PRIMARY KEY (id_log_entry)
);

CREATE TABLE t_logins (
	id_login_event INTEGER NOT NULL AUTO_INCREMENT, 
	login_timestamp TIMESTAMP NOT NULL, 
	login_log_level INTEGER NOT NULL, 
	login_sender TEXT NOT NULL, 
	login_user_uuid VARCHAR(36), 
	login_participant_uuid VARCHAR(36), 
	login_device_uuid VARCHAR(36), 
	login_service_uuid VARCHAR(36), 
	login_status INTEGER NOT NULL, 
	login_type INTEGER NOT NULL, 
	login_client_ip TEXT NOT NULL, 
	login_server_endpoint TEXT, 
	login_client_name TEXT, 
	login_client_version TEXT, 
	login_os_name TEXT, 
	login_os_version TEXT, 
	login_message TEXT, 
	version_id BIGINT NOT NULL, 
	PRIMARY KEY (id_login_event)
);

CREATE TABLE t_server_settings (
	id_server_settings INTEGER NOT NULL AUTO_INCREMENT, 
	server_settings_name TEXT NOT NULL, 
	server_settings_value TEXT NOT NULL, 
	version_id BIGINT NOT NULL, 
	PRIMARY KEY (id_server_settings), 
	UNIQUE (server_settings_name)
);

CREATE TABLE t_services (
	id_service INTEGER NOT NULL AUTO_INCREMENT, 
	service_uuid VARCHAR(36) NOT NULL, 
	service_name TEXT NOT NULL, 
	service_key TEXT NOT NULL, 
	service_hostname TEXT NOT NULL, 
	service_port INTEGER NOT NULL, 
	service_endpoint TEXT NOT NULL, 
	service_clientendpoint TEXT NOT NULL, 
	service_endpoint_user TEXT, 
	service_endpoint_participant TEXT, 
	service_endpoint_device TEXT, 
	service_enabled BOOL NOT NULL, 
	service_system BOOL NOT NULL, 
	service_editable_config BOOL NOT NULL, 
	service_default_config TEXT, 
	service_has_assets BOOL NOT NULL, 
	service_has_tests BOOL NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_service), 
	UNIQUE (service_uuid), 
	UNIQUE (service_key)
);

CREATE TABLE t_sites (
	id_site INTEGER NOT NULL AUTO_INCREMENT, 
	site_name TEXT NOT NULL, 
	site_2fa_required BOOL NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_site)
);

CREATE TABLE t_users (
	id_user INTEGER NOT NULL AUTO_INCREMENT, 
	user_username VARCHAR(50) NOT NULL, 
	user_uuid VARCHAR(36) NOT NULL, 
	user_email TEXT, 
	user_firstname TEXT NOT NULL, 
	user_lastname TEXT NOT NULL, 
	user_password TEXT NOT NULL, 
	user_enabled BOOL NOT NULL, 
	user_profile TEXT NOT NULL, 
	user_notes TEXT, 
	user_lastonline TIMESTAMP NULL, 
	user_superadmin BOOL NOT NULL, 
	user_2fa_enabled BOOL NOT NULL, 
	user_2fa_otp_enabled BOOL NOT NULL, 
	user_2fa_email_enabled BOOL NOT NULL, 
	user_2fa_otp_secret TEXT, 
	user_force_password_change BOOL NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_user), 
	UNIQUE (user_username), 
	UNIQUE (user_uuid)
);

CREATE TABLE t_users_groups (
	id_user_group INTEGER NOT NULL AUTO_INCREMENT, 
	user_group_name TEXT NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_user_group)
);

CREATE TABLE t_devices_subtypes (
	id_device_subtype INTEGER NOT NULL AUTO_INCREMENT, 
	id_device_type INTEGER NOT NULL, 
	device_subtype_name TEXT NOT NULL, 
	version_id BIGINT NOT NULL, 
	PRIMARY KEY (id_device_subtype), 
	FOREIGN KEY(id_device_type) REFERENCES t_devices_types (id_device_type) ON DELETE cascade
);

CREATE TABLE t_projects (
	id_project INTEGER NOT NULL AUTO_INCREMENT, 
	id_site INTEGER NOT NULL, 
	project_name TEXT NOT NULL, 
	project_enabled BOOL NOT NULL, 
	project_description TEXT, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_project), 
	FOREIGN KEY(id_site) REFERENCES t_sites (id_site) ON DELETE cascade
);

CREATE TABLE t_services_sites (
	id_service_site INTEGER NOT NULL AUTO_INCREMENT, 
	id_service INTEGER NOT NULL, 
	id_site INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_service_site), 
	FOREIGN KEY(id_service) REFERENCES t_services (id_service) ON DELETE cascade, 
	FOREIGN KEY(id_site) REFERENCES t_sites (id_site) ON DELETE cascade
);

CREATE TABLE t_sessions_types (
	id_session_type INTEGER NOT NULL AUTO_INCREMENT, 
	id_service INTEGER, 
	session_type_name TEXT NOT NULL, 
	session_type_online BOOL NOT NULL, 
	session_type_config TEXT, 
	session_type_color VARCHAR(7) NOT NULL, 
	session_type_category INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_session_type), 
	FOREIGN KEY(id_service) REFERENCES t_services (id_service) ON DELETE cascade
);

CREATE TABLE t_tests_types (
	id_test_type INTEGER NOT NULL AUTO_INCREMENT, 
	id_service INTEGER NOT NULL, 
	test_type_uuid VARCHAR(36) NOT NULL, 
	test_type_name TEXT NOT NULL, 
	test_type_description TEXT, 
	test_type_key TEXT, 
	test_type_has_json_format BOOL NOT NULL, 
	test_type_has_web_format BOOL NOT NULL, 
	test_type_has_web_editor BOOL NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_test_type), 
	FOREIGN KEY(id_service) REFERENCES t_services (id_service) ON DELETE cascade, 
	UNIQUE (test_type_uuid), 
	UNIQUE (test_type_key)
);

CREATE TABLE t_users_preferences (
	id_user_preference INTEGER NOT NULL AUTO_INCREMENT, 
	id_user INTEGER NOT NULL, 
	user_preference_app_tag TEXT NOT NULL, 
	user_preference_preference TEXT NOT NULL, 
	version_id BIGINT NOT NULL, 
	PRIMARY KEY (id_user_preference), 
	FOREIGN KEY(id_user) REFERENCES t_users (id_user) ON DELETE cascade
);

CREATE TABLE t_users_users_groups (
	id_user_user_group INTEGER NOT NULL AUTO_INCREMENT, 
	id_user INTEGER NOT NULL, 
	id_user_group INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_user_user_group), 
	FOREIGN KEY(id_user) REFERENCES t_users (id_user) ON DELETE cascade, 
	FOREIGN KEY(id_user_group) REFERENCES t_users_groups (id_user_group) ON DELETE cascade
);

CREATE TABLE t_devices (
	id_device INTEGER NOT NULL AUTO_INCREMENT, 
	device_uuid VARCHAR(36) NOT NULL, 
	device_name TEXT NOT NULL, 
	id_device_type INTEGER NOT NULL, 
	id_device_subtype INTEGER, 
	device_token TEXT, 
	device_certificate TEXT, 
	device_enabled BOOL NOT NULL, 
	device_onlineable BOOL NOT NULL, 
	device_config TEXT, 
	device_infos TEXT, 
	device_notes TEXT, 
	device_lastonline TIMESTAMP NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_device), 
	UNIQUE (device_uuid), 
	FOREIGN KEY(id_device_type) REFERENCES t_devices_types (id_device_type) ON DELETE cascade, 
	FOREIGN KEY(id_device_subtype) REFERENCES t_devices_subtypes (id_device_subtype) ON DELETE set null, 
	UNIQUE (device_token)
);

CREATE TABLE t_participants_groups (
	id_participant_group INTEGER NOT NULL AUTO_INCREMENT, 
	id_project INTEGER NOT NULL, 
	participant_group_name TEXT NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_participant_group), 
	FOREIGN KEY(id_project) REFERENCES t_projects (id_project) ON DELETE cascade
);

CREATE TABLE t_services_projects (
	id_service_project INTEGER NOT NULL AUTO_INCREMENT, 
	id_service INTEGER NOT NULL, 
	id_project INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_service_project), 
	FOREIGN KEY(id_service) REFERENCES t_services (id_service) ON DELETE cascade, 
	FOREIGN KEY(id_project) REFERENCES t_projects (id_project) ON DELETE cascade
);

CREATE TABLE t_services_roles (
	id_service_role INTEGER NOT NULL AUTO_INCREMENT, 
	id_service INTEGER NOT NULL, 
	id_project INTEGER, 
	id_site INTEGER, 
	service_role_name VARCHAR(100) NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_service_role), 
	FOREIGN KEY(id_service) REFERENCES t_services (id_service) ON DELETE cascade, 
	FOREIGN KEY(id_project) REFERENCES t_projects (id_project) ON DELETE cascade, 
	FOREIGN KEY(id_site) REFERENCES t_sites (id_site) ON DELETE cascade
);

CREATE TABLE t_sessions_types_projects (
	id_session_type_project INTEGER NOT NULL AUTO_INCREMENT, 
	id_session_type INTEGER NOT NULL, 
	id_project INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_session_type_project), 
	FOREIGN KEY(id_session_type) REFERENCES t_sessions_types (id_session_type) ON DELETE cascade, 
	FOREIGN KEY(id_project) REFERENCES t_projects (id_project) ON DELETE cascade
);

CREATE TABLE t_sessions_types_services (
	id_session_type_service INTEGER NOT NULL AUTO_INCREMENT, 
	id_session_type INTEGER NOT NULL, 
	id_service INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_session_type_service), 
	FOREIGN KEY(id_session_type) REFERENCES t_sessions_types (id_session_type) ON DELETE cascade, 
	FOREIGN KEY(id_service) REFERENCES t_services (id_service) ON DELETE cascade
);

CREATE TABLE t_sessions_types_sites (
	id_session_type_site INTEGER NOT NULL AUTO_INCREMENT, 
	id_session_type INTEGER NOT NULL, 
	id_site INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_session_type_site), 
	FOREIGN KEY(id_session_type) REFERENCES t_sessions_types (id_session_type) ON DELETE cascade, 
	FOREIGN KEY(id_site) REFERENCES t_sites (id_site) ON DELETE cascade
);

CREATE TABLE t_tests_types_projects (
	id_test_type_project INTEGER NOT NULL AUTO_INCREMENT, 
	id_test_type INTEGER NOT NULL, 
	id_project INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_test_type_project), 
	FOREIGN KEY(id_test_type) REFERENCES t_tests_types (id_test_type) ON DELETE cascade, 
	FOREIGN KEY(id_project) REFERENCES t_projects (id_project) ON DELETE cascade
);

CREATE TABLE t_tests_types_sites (
	id_test_type_site INTEGER NOT NULL AUTO_INCREMENT, 
	id_test_type INTEGER NOT NULL, 
	id_site INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_test_type_site), 
	FOREIGN KEY(id_test_type) REFERENCES t_tests_types (id_test_type) ON DELETE cascade, 
	FOREIGN KEY(id_site) REFERENCES t_sites (id_site) ON DELETE cascade
);

CREATE TABLE t_devices_projects (
	id_device_project INTEGER NOT NULL AUTO_INCREMENT, 
	id_device INTEGER NOT NULL, 
	id_project INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_device_project), 
	FOREIGN KEY(id_device) REFERENCES t_devices (id_device) ON DELETE cascade, 
	FOREIGN KEY(id_project) REFERENCES t_projects (id_project) ON DELETE cascade
);

CREATE TABLE t_devices_sites (
	id_device_site INTEGER NOT NULL AUTO_INCREMENT, 
	id_device INTEGER NOT NULL, 
	id_site INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_device_site), 
	FOREIGN KEY(id_device) REFERENCES t_devices (id_device) ON DELETE cascade, 
	FOREIGN KEY(id_site) REFERENCES t_sites (id_site) ON DELETE cascade
);

CREATE TABLE t_participants (
	id_participant INTEGER NOT NULL AUTO_INCREMENT, 
	participant_uuid VARCHAR(36) NOT NULL, 
	participant_name TEXT NOT NULL, 
	participant_username VARCHAR(50), 
	participant_email TEXT, 
	participant_password TEXT, 
	participant_token_enabled BOOL NOT NULL, 
	participant_token TEXT, 
	participant_lastonline TIMESTAMP NULL, 
	participant_enabled BOOL NOT NULL, 
	participant_login_enabled BOOL NOT NULL, 
	id_participant_group INTEGER, 
	id_project INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_participant), 
	UNIQUE (participant_uuid), 
	UNIQUE (participant_token), 
	FOREIGN KEY(id_participant_group) REFERENCES t_participants_groups (id_participant_group) ON DELETE cascade, 
	FOREIGN KEY(id_project) REFERENCES t_projects (id_project) ON DELETE cascade
);

CREATE TABLE t_services_access (
	id_service_access INTEGER NOT NULL AUTO_INCREMENT, 
	id_user_group INTEGER, 
	id_device INTEGER, 
	id_participant_group INTEGER, 
	id_service_role INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_service_access), 
	FOREIGN KEY(id_user_group) REFERENCES t_users_groups (id_user_group) ON DELETE cascade, 
	FOREIGN KEY(id_device) REFERENCES t_devices (id_device) ON DELETE cascade, 
	FOREIGN KEY(id_participant_group) REFERENCES t_participants_groups (id_participant_group) ON DELETE cascade, 
	FOREIGN KEY(id_service_role) REFERENCES t_services_roles (id_service_role) ON DELETE cascade
);

CREATE TABLE t_devices_participants (
	id_device_participant INTEGER NOT NULL AUTO_INCREMENT, 
	id_device INTEGER NOT NULL, 
	id_participant INTEGER NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_device_participant), 
	FOREIGN KEY(id_device) REFERENCES t_devices (id_device), 
	FOREIGN KEY(id_participant) REFERENCES t_participants (id_participant) ON DELETE cascade
);

CREATE TABLE t_services_configs (
	id_service_config INTEGER NOT NULL AUTO_INCREMENT, 
	id_service INTEGER NOT NULL, 
	id_user INTEGER, 
	id_participant INTEGER, 
	id_device INTEGER, 
	service_config_config TEXT NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_service_config), 
	FOREIGN KEY(id_service) REFERENCES t_services (id_service) ON DELETE cascade, 
	FOREIGN KEY(id_user) REFERENCES t_users (id_user) ON DELETE cascade, 
	FOREIGN KEY(id_participant) REFERENCES t_participants (id_participant) ON DELETE cascade, 
	FOREIGN KEY(id_device) REFERENCES t_devices (id_device) ON DELETE cascade
);

CREATE TABLE t_sessions (
	id_session INTEGER NOT NULL AUTO_INCREMENT, 
	session_uuid VARCHAR(36) NOT NULL, 
	id_session_type INTEGER NOT NULL, 
	id_creator_user INTEGER, 
	id_creator_device INTEGER, 
	id_creator_participant INTEGER, 
	id_creator_service INTEGER, 
	session_name TEXT NOT NULL, 
	session_start_datetime TIMESTAMP NOT NULL, 
	session_duration INTEGER NOT NULL, 
	session_status INTEGER NOT NULL, 
	session_comments TEXT, 
	session_parameters TEXT, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_session), 
	UNIQUE (session_uuid), 
	FOREIGN KEY(id_session_type) REFERENCES t_sessions_types (id_session_type), 
	FOREIGN KEY(id_creator_user) REFERENCES t_users (id_user), 
	FOREIGN KEY(id_creator_device) REFERENCES t_devices (id_device), 
	FOREIGN KEY(id_creator_participant) REFERENCES t_participants (id_participant), 
	FOREIGN KEY(id_creator_service) REFERENCES t_services (id_service) ON DELETE cascade
);

CREATE TABLE t_assets (
	id_asset INTEGER NOT NULL AUTO_INCREMENT, 
	id_session INTEGER NOT NULL, 
	id_device INTEGER, 
	id_participant INTEGER, 
	id_user INTEGER, 
	id_service INTEGER, 
	asset_name TEXT NOT NULL, 
	asset_uuid VARCHAR(36) NOT NULL, 
	asset_service_uuid VARCHAR(36) NOT NULL, 
	asset_type TEXT NOT NULL, 
	asset_datetime TIMESTAMP NULL, 
	asset_expiration_datetime TIMESTAMP NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_asset), 
	FOREIGN KEY(id_session) REFERENCES t_sessions (id_session) ON DELETE cascade, 
	FOREIGN KEY(id_device) REFERENCES t_devices (id_device), 
	FOREIGN KEY(id_participant) REFERENCES t_participants (id_participant), 
	FOREIGN KEY(id_user) REFERENCES t_users (id_user), 
	FOREIGN KEY(id_service) REFERENCES t_services (id_service), 
	UNIQUE (asset_uuid), 
	FOREIGN KEY(asset_service_uuid) REFERENCES t_services (service_uuid) ON DELETE cascade
);

CREATE TABLE t_services_configs_specifics (
	id_service_config_specific INTEGER NOT NULL AUTO_INCREMENT, 
	id_service_config INTEGER NOT NULL, 
	service_config_specific_id TEXT NOT NULL, 
	service_config_specific_config TEXT NOT NULL, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_service_config_specific), 
	FOREIGN KEY(id_service_config) REFERENCES t_services_configs (id_service_config) ON DELETE cascade
);

CREATE TABLE t_sessions_devices (
	id_session_device INTEGER NOT NULL AUTO_INCREMENT, 
	id_session INTEGER, 
	id_device INTEGER, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_session_device), 
	FOREIGN KEY(id_session) REFERENCES t_sessions (id_session) ON DELETE cascade, 
	FOREIGN KEY(id_device) REFERENCES t_devices (id_device)
);

CREATE TABLE t_sessions_events (
	id_session_event INTEGER NOT NULL AUTO_INCREMENT, 
	id_session INTEGER NOT NULL, 
	id_session_event_type INTEGER NOT NULL, 
	session_event_datetime TIMESTAMP NOT NULL, 
	session_event_text TEXT, 
	session_event_context TEXT, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_session_event), 
	FOREIGN KEY(id_session) REFERENCES t_sessions (id_session) ON DELETE cascade
);

CREATE TABLE t_sessions_participants (
	id_session_participant INTEGER NOT NULL AUTO_INCREMENT, 
	id_session INTEGER, 
	id_participant INTEGER, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_session_participant), 
	FOREIGN KEY(id_session) REFERENCES t_sessions (id_session) ON DELETE cascade, 
	FOREIGN KEY(id_participant) REFERENCES t_participants (id_participant)
);

CREATE TABLE t_sessions_users (
	id_session_user INTEGER NOT NULL AUTO_INCREMENT, 
	id_session INTEGER, 
	id_user INTEGER, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_session_user), 
	FOREIGN KEY(id_session) REFERENCES t_sessions (id_session) ON DELETE cascade, 
	FOREIGN KEY(id_user) REFERENCES t_users (id_user)
);

CREATE TABLE t_tests (
	id_test INTEGER NOT NULL AUTO_INCREMENT, 
	id_test_type INTEGER NOT NULL, 
	id_session INTEGER NOT NULL, 
	id_device INTEGER, 
	id_participant INTEGER, 
	id_user INTEGER, 
	id_service INTEGER, 
	test_uuid VARCHAR(36) NOT NULL, 
	test_name TEXT NOT NULL, 
	test_datetime TIMESTAMP NOT NULL, 
	test_status INTEGER NOT NULL, 
	test_summary TEXT, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_test), 
	FOREIGN KEY(id_test_type) REFERENCES t_tests_types (id_test_type), 
	FOREIGN KEY(id_session) REFERENCES t_sessions (id_session) ON DELETE cascade, 
	FOREIGN KEY(id_device) REFERENCES t_devices (id_device), 
	FOREIGN KEY(id_participant) REFERENCES t_participants (id_participant), 
	FOREIGN KEY(id_user) REFERENCES t_users (id_user), 
	FOREIGN KEY(id_service) REFERENCES t_services (id_service), 
	UNIQUE (test_uuid)
);

CREATE TABLE t_tests_invitations (
	id_test_invitation INTEGER NOT NULL AUTO_INCREMENT, 
	id_test_type INTEGER NOT NULL, 
	id_session INTEGER, 
	id_user INTEGER, 
	id_participant INTEGER, 
	id_device INTEGER, 
	id_project INTEGER NOT NULL, 
	test_invitation_key VARCHAR(16) NOT NULL, 
	test_invitation_max_count INTEGER NOT NULL, 
	test_invitation_count INTEGER NOT NULL, 
	test_invitation_creation_date TIMESTAMP NOT NULL, 
	test_invitation_expiration_date TIMESTAMP NOT NULL, 
	test_invitation_message TEXT, 
	version_id BIGINT NOT NULL, 
	deleted_at DATETIME, 
	PRIMARY KEY (id_test_invitation), 
	FOREIGN KEY(id_test_type) REFERENCES t_tests_types (id_test_type) ON DELETE cascade, 
	FOREIGN KEY(id_session) REFERENCES t_sessions (id_session) ON DELETE cascade, 
	FOREIGN KEY(id_user) REFERENCES t_users (id_user) ON DELETE cascade, 
	FOREIGN KEY(id_participant) REFERENCES t_participants (id_participant) ON DELETE cascade, 
	FOREIGN KEY(id_device) REFERENCES t_devices (id_device) ON DELETE cascade, 
	FOREIGN KEY(id_project) REFERENCES t_projects (id_project) ON DELETE cascade, 
	UNIQUE (test_invitation_key)
);


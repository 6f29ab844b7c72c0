-- SimpleLogin (Proton AG; simple-login/app, AGPL-3.0), commit dbc45fcce4e8e6b4fa615cc729ca95a67bf75266.
-- The SQLAlchemy models of app/models.py compiled by SQLAlchemy 1.3.24's MySQL dialect (upstream pins
-- SQLAlchemy ~= 1.3.24; production runs on PostgreSQL). ArrowType is DATETIME, IntEnumType INTEGER,
-- sa.Enum a MySQL ENUM; a String without length (PostgreSQL varchar) is VARCHAR(255); the generated
-- PostgreSQL tsvector column alias.ts_vector is TEXT without its generation expression; the GIN
-- (pg_trgm / full-text) indexes are left out and the partial unique index ix_unique_domain is a plain
-- index. Five foreign keys of users that close cycles (users <-> mailbox, alias, custom_domain, file,
-- referral) are added at the end of the file; all the others are declared with their tables.
CREATE TABLE abuser_audit_log (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	admin_id INTEGER, 
	`action` VARCHAR(255) NOT NULL, 
	message TEXT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_abuser_audit_log_user_id ON abuser_audit_log (user_id);

CREATE TABLE abuser_data (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	encrypted_bundle BLOB NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_abuser_data_id ON abuser_data (id);

CREATE INDEX ix_abuser_data_user_id ON abuser_data (user_id);

CREATE TABLE alias_audit_log (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	alias_id INTEGER NOT NULL, 
	alias_email VARCHAR(255) NOT NULL, 
	`action` VARCHAR(255) NOT NULL, 
	message TEXT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_alias_audit_log_alias_email ON alias_audit_log (alias_email);

CREATE INDEX ix_alias_audit_log_alias_id ON alias_audit_log (alias_id);

CREATE INDEX ix_alias_audit_log_created_at ON alias_audit_log (created_at);

CREATE INDEX ix_alias_audit_log_user_id ON alias_audit_log (user_id);

CREATE TABLE bounce (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	email VARCHAR(256) NOT NULL, 
	info TEXT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_bounce_created_at ON bounce (created_at);

CREATE INDEX ix_bounce_email ON bounce (email);

CREATE TABLE daily_metric (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	date DATE NOT NULL, 
	nb_new_web_non_proton_user INTEGER NOT NULL DEFAULT '0', 
	nb_alias INTEGER NOT NULL DEFAULT '0', 
	PRIMARY KEY (id), 
	UNIQUE (date)
);

CREATE TABLE deleted_alias (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	email VARCHAR(256) NOT NULL, 
	reason INTEGER NOT NULL DEFAULT '0', 
	alias_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (email)
);

CREATE INDEX ix_deleted_alias_alias_id ON deleted_alias (alias_id);

CREATE TABLE deleted_directory (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	name VARCHAR(128) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE deleted_subdomain (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	domain VARCHAR(128) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (domain)
);

CREATE TABLE forbidden_mx_ip (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	ip VARCHAR(16) NOT NULL, 
	comment TEXT, 
	PRIMARY KEY (id), 
	UNIQUE (ip)
);

CREATE TABLE hibp (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	name VARCHAR(255) NOT NULL, 
	description TEXT, 
	date DATETIME, 
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_hibp_name ON hibp (name);

CREATE TABLE ignore_bounce_sender (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	mail_from VARCHAR(512) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (mail_from)
);

CREATE TABLE ignored_email (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	mail_from VARCHAR(512) NOT NULL, 
	rcpt_to VARCHAR(512) NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE invalid_mailbox_domain (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	domain VARCHAR(256) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (domain)
);

CREATE TABLE job (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	name VARCHAR(128) NOT NULL, 
	payload JSON, 
	taken BOOL NOT NULL, 
	run_at DATETIME, 
	state INTEGER NOT NULL DEFAULT '0', 
	attempts INTEGER NOT NULL DEFAULT '0', 
	taken_at DATETIME, 
	priority INTEGER NOT NULL DEFAULT '50', 
	PRIMARY KEY (id)
);

CREATE INDEX ix_state_run_at_taken_at_priority_attempts ON job (state, run_at, taken_at, priority, attempts);

CREATE TABLE lifetime_coupon (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	code VARCHAR(128) NOT NULL, 
	nb_used INTEGER NOT NULL, 
	paid BOOL NOT NULL DEFAULT '0', 
	comment TEXT, 
	PRIMARY KEY (id), 
	UNIQUE (code)
);

CREATE TABLE metric2 (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	date DATETIME NOT NULL, 
	nb_user FLOAT, 
	nb_activated_user FLOAT, 
	nb_proton_user FLOAT, 
	nb_premium FLOAT, 
	nb_apple_premium FLOAT, 
	nb_cancelled_premium FLOAT, 
	nb_manual_premium FLOAT, 
	nb_coinbase_premium FLOAT, 
	nb_proton_premium FLOAT, 
	nb_referred_user FLOAT, 
	nb_referred_user_paid FLOAT, 
	nb_alias FLOAT, 
	nb_forward FLOAT, 
	nb_block FLOAT, 
	nb_reply FLOAT, 
	nb_bounced FLOAT, 
	nb_spam FLOAT, 
	nb_forward_last_24h FLOAT, 
	nb_block_last_24h FLOAT, 
	nb_reply_last_24h FLOAT, 
	nb_bounced_last_24h FLOAT, 
	nb_total_bounced_last_24h FLOAT, 
	nb_verified_custom_domain FLOAT, 
	nb_subdomain FLOAT, 
	nb_directory FLOAT, 
	nb_deleted_directory FLOAT, 
	nb_deleted_subdomain FLOAT, 
	nb_app FLOAT, 
	PRIMARY KEY (id)
);

CREATE TABLE monitoring (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	host VARCHAR(256) NOT NULL, 
	incoming_queue INTEGER NOT NULL, 
	active_queue INTEGER NOT NULL, 
	deferred_queue INTEGER NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_monitoring_created_at ON monitoring (created_at);

CREATE TABLE newsletter (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	subject VARCHAR(255) NOT NULL, 
	html TEXT, 
	plain_text TEXT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_newsletter_subject ON newsletter (subject);

CREATE TABLE partner (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	name VARCHAR(128) NOT NULL, 
	contact_email VARCHAR(128) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name), 
	UNIQUE (contact_email)
);

CREATE TABLE phone_country (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	name VARCHAR(128) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE sync_event (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	content BLOB NOT NULL, 
	taken_time DATETIME, 
	retry_count INTEGER NOT NULL DEFAULT '0', 
	PRIMARY KEY (id)
);

CREATE INDEX ix_sync_event_created_at ON sync_event (created_at);

CREATE INDEX ix_sync_event_taken_time ON sync_event (taken_time);

CREATE TABLE transactional_email (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	email VARCHAR(256) NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_transactional_email_created_at ON transactional_email (created_at);

CREATE TABLE user_audit_log (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	user_email VARCHAR(255) NOT NULL, 
	`action` VARCHAR(255) NOT NULL, 
	message TEXT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_user_audit_log_created_at ON user_audit_log (created_at);

CREATE INDEX ix_user_audit_log_user_email ON user_audit_log (user_email);

CREATE INDEX ix_user_audit_log_user_id ON user_audit_log (user_id);

CREATE TABLE abuser_lookup (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	hashed_address VARCHAR(64) NOT NULL, 
	abuser_data_id INTEGER NOT NULL, 
	bundle_k BLOB NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(abuser_data_id) REFERENCES abuser_data (id) ON DELETE cascade
);

CREATE INDEX ix_abuser_lookup_abuser_data_id ON abuser_lookup (abuser_data_id);

CREATE INDEX ix_abuser_lookup_hashed_address ON abuser_lookup (hashed_address);

CREATE TABLE partner_api_token (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	token VARCHAR(50) NOT NULL, 
	partner_id INTEGER NOT NULL, 
	expiration_time DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE cascade
);

CREATE INDEX ix_partner_api_token_partner_id ON partner_api_token (partner_id);

CREATE UNIQUE INDEX ix_partner_api_token_token ON partner_api_token (token);

CREATE TABLE phone_number (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	country_id INTEGER NOT NULL, 
	number VARCHAR(128) NOT NULL, 
	active BOOL NOT NULL, 
	comment TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(country_id) REFERENCES phone_country (id) ON DELETE cascade, 
	UNIQUE (number)
);

CREATE TABLE public_domain (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	domain VARCHAR(128) NOT NULL, 
	premium_only BOOL NOT NULL DEFAULT '0', 
	can_use_subdomain BOOL NOT NULL DEFAULT '0', 
	partner_id INTEGER DEFAULT NULL, 
	hidden BOOL NOT NULL DEFAULT '0', 
	`order` INTEGER NOT NULL DEFAULT '0', 
	use_as_reverse_alias BOOL NOT NULL DEFAULT '0', 
	PRIMARY KEY (id), 
	UNIQUE (domain), 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE cascade
);

CREATE TABLE phone_message (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	number_id INTEGER NOT NULL, 
	from_number VARCHAR(128) NOT NULL, 
	body TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(number_id) REFERENCES phone_number (id) ON DELETE cascade
);

CREATE TABLE users (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	email VARCHAR(256) NOT NULL, 
	name VARCHAR(128), 
	is_admin BOOL NOT NULL, 
	alias_generator INTEGER NOT NULL DEFAULT '1', 
	notification BOOL NOT NULL DEFAULT '1', 
	activated BOOL NOT NULL, 
	disabled BOOL NOT NULL DEFAULT '0', 
	profile_picture_id INTEGER, 
	otp_secret VARCHAR(16), 
	enable_otp BOOL NOT NULL DEFAULT '0', 
	last_otp VARCHAR(12), 
	fido_uuid VARCHAR(255), 
	default_alias_custom_domain_id INTEGER, 
	default_alias_public_domain_id INTEGER, 
	lifetime BOOL NOT NULL DEFAULT '0', 
	paid_lifetime BOOL NOT NULL DEFAULT '0', 
	lifetime_coupon_id INTEGER, 
	trial_end DATETIME, 
	default_mailbox_id INTEGER, 
	sender_format INTEGER NOT NULL DEFAULT '0', 
	sender_format_updated_at DATETIME, 
	replace_reverse_alias BOOL NOT NULL DEFAULT '0', 
	referral_id INTEGER, 
	intro_shown BOOL NOT NULL DEFAULT '0', 
	max_spam_score INTEGER, 
	newsletter_alias_id INTEGER, 
	include_sender_in_reverse_alias BOOL NOT NULL DEFAULT '0', 
	random_alias_suffix INTEGER NOT NULL DEFAULT '1', 
	expand_alias_info BOOL NOT NULL DEFAULT '0', 
	ignore_loop_email BOOL NOT NULL DEFAULT '0', 
	alternative_id VARCHAR(128), 
	disable_automatic_alias_note BOOL NOT NULL DEFAULT '0', 
	one_click_unsubscribe_block_sender BOOL NOT NULL DEFAULT '0', 
	include_website_in_one_click_alias BOOL NOT NULL DEFAULT '0', 
	directory_quota INTEGER NOT NULL DEFAULT '50', 
	subdomain_quota INTEGER NOT NULL DEFAULT '5', 
	disable_import BOOL NOT NULL DEFAULT '0', 
	can_use_phone BOOL NOT NULL DEFAULT '0', 
	phone_quota INTEGER, 
	block_behaviour ENUM('return_2xx','return_5xx') NOT NULL DEFAULT 'return_2xx', 
	include_header_email_header BOOL NOT NULL DEFAULT '1', 
	enable_data_breach_check BOOL NOT NULL DEFAULT '0', 
	flags BIGINT NOT NULL DEFAULT '0', 
	unsub_behaviour INTEGER NOT NULL DEFAULT '0', 
	delete_on DATETIME, 
	alias_delete_action INTEGER NOT NULL DEFAULT '0', 
	PRIMARY KEY (id), 
	UNIQUE (email), 
	UNIQUE (fido_uuid), 
	FOREIGN KEY(default_alias_public_domain_id) REFERENCES public_domain (id) ON DELETE SET NULL, 
	FOREIGN KEY(lifetime_coupon_id) REFERENCES lifetime_coupon (id) ON DELETE SET NULL, 
	UNIQUE (alternative_id)
);

CREATE INDEX ix_users_activated_trial_end_lifetime ON users (activated, trial_end, lifetime);

CREATE INDEX ix_users_default_alias_custom_domain_id ON users (default_alias_custom_domain_id);

CREATE INDEX ix_users_default_mailbox_id ON users (default_mailbox_id);

CREATE INDEX ix_users_delete_on ON users (delete_on);

CREATE INDEX ix_users_newsletter_alias_id ON users (newsletter_alias_id);

CREATE INDEX ix_users_profile_picture_id ON users (profile_picture_id);

CREATE INDEX ix_users_referral_id ON users (referral_id);

CREATE TABLE custom_domain (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	domain VARCHAR(128) NOT NULL, 
	name VARCHAR(128), 
	verified BOOL NOT NULL, 
	dkim_verified BOOL NOT NULL DEFAULT '0', 
	spf_verified BOOL NOT NULL DEFAULT '0', 
	dmarc_verified BOOL NOT NULL DEFAULT '0', 
	catch_all BOOL NOT NULL DEFAULT '0', 
	random_prefix_generation BOOL NOT NULL DEFAULT '0', 
	nb_failed_checks INTEGER NOT NULL DEFAULT '0', 
	ownership_verified BOOL NOT NULL DEFAULT '0', 
	ownership_txt_token VARCHAR(128), 
	is_sl_subdomain BOOL NOT NULL DEFAULT '0', 
	partner_id INTEGER, 
	pending_deletion BOOL NOT NULL DEFAULT '0', 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (domain), 
	FOREIGN KEY(partner_id) REFERENCES partner (id)
);

CREATE INDEX ix_custom_domain_pending_deletion ON custom_domain (pending_deletion);

CREATE INDEX ix_custom_domain_user_id ON custom_domain (user_id);

CREATE INDEX ix_unique_domain ON custom_domain (domain);

CREATE TABLE directory (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	name VARCHAR(128) NOT NULL, 
	disabled BOOL NOT NULL DEFAULT '0', 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (name)
);

CREATE INDEX ix_directory_user_id ON directory (user_id);

CREATE TABLE file (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	path VARCHAR(128) NOT NULL, 
	user_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (path), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_file_user_id ON file (user_id);

CREATE TABLE batch_import (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	file_id INTEGER NOT NULL, 
	processed BOOL NOT NULL, 
	summary TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	FOREIGN KEY(file_id) REFERENCES file (id) ON DELETE cascade
);

CREATE INDEX ix_batch_import_file_id ON batch_import (file_id);

CREATE INDEX ix_batch_import_user_id ON batch_import (user_id);

CREATE TABLE mailbox (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	email VARCHAR(256) NOT NULL, 
	verified BOOL NOT NULL, 
	force_spf BOOL NOT NULL DEFAULT '1', 
	new_email VARCHAR(256), 
	pgp_public_key TEXT, 
	pgp_finger_print VARCHAR(512), 
	disable_pgp BOOL NOT NULL DEFAULT '0', 
	nb_failed_checks INTEGER NOT NULL DEFAULT '0', 
	disabled BOOL NOT NULL DEFAULT '0', 
	flags BIGINT NOT NULL DEFAULT '0', 
	generic_subject VARCHAR(78), 
	PRIMARY KEY (id), 
	CONSTRAINT uq_mailbox_user UNIQUE (user_id, email), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (new_email)
);

CREATE INDEX ix_mailbox_email ON mailbox (email);

CREATE INDEX ix_mailbox_pgp_finger_print ON mailbox (pgp_finger_print);

CREATE TABLE alias (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	email VARCHAR(128) NOT NULL, 
	name VARCHAR(128), 
	enabled BOOL NOT NULL, 
	flags BIGINT NOT NULL DEFAULT '0', 
	custom_domain_id INTEGER, 
	automatic_creation BOOL NOT NULL DEFAULT '0', 
	directory_id INTEGER, 
	note TEXT, 
	mailbox_id INTEGER NOT NULL, 
	disable_pgp BOOL NOT NULL DEFAULT '0', 
	cannot_be_disabled BOOL NOT NULL DEFAULT '0', 
	disable_email_spoofing_check BOOL NOT NULL DEFAULT '0', 
	batch_import_id INTEGER, 
	original_owner_id INTEGER, 
	pinned BOOL NOT NULL DEFAULT '0', 
	transfer_token VARCHAR(64), 
	transfer_token_expiration DATETIME, 
	hibp_last_check DATETIME, 
	ts_vector TEXT, 
	last_email_log_id INTEGER, 
	delete_on DATETIME, 
	delete_reason INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (email), 
	FOREIGN KEY(custom_domain_id) REFERENCES custom_domain (id) ON DELETE cascade, 
	FOREIGN KEY(directory_id) REFERENCES directory (id) ON DELETE cascade, 
	FOREIGN KEY(mailbox_id) REFERENCES mailbox (id) ON DELETE cascade, 
	FOREIGN KEY(batch_import_id) REFERENCES batch_import (id) ON DELETE SET NULL, 
	FOREIGN KEY(original_owner_id) REFERENCES users (id) ON DELETE SET NULL, 
	UNIQUE (transfer_token)
);

CREATE INDEX ix_alias_custom_domain_id ON alias (custom_domain_id);

CREATE INDEX ix_alias_delete_on ON alias (delete_on);

CREATE INDEX ix_alias_directory_id ON alias (directory_id);

CREATE INDEX ix_alias_flags ON alias (flags);

CREATE INDEX ix_alias_hibp_last_check ON alias (hibp_last_check);

CREATE INDEX ix_alias_mailbox_id ON alias (mailbox_id);

CREATE INDEX ix_alias_original_owner_id ON alias (original_owner_id);

CREATE INDEX ix_alias_user_id ON alias (user_id);

CREATE TABLE referral (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	name VARCHAR(512), 
	code VARCHAR(128) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (code)
);

CREATE INDEX ix_referral_user_id ON referral (user_id);

CREATE TABLE account_activation (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	code VARCHAR(10) NOT NULL, 
	tries INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT account_activation_tries_positive CHECK (tries >= 0), 
	UNIQUE (user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE TABLE activation_code (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	code VARCHAR(128) NOT NULL, 
	expired DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (code)
);

CREATE INDEX ix_activation_code_user_id ON activation_code (user_id);

CREATE TABLE admin_audit_log (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	admin_user_id INTEGER NOT NULL, 
	`action` INTEGER NOT NULL, 
	model TEXT NOT NULL, 
	model_id INTEGER, 
	data JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(admin_user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_admin_audit_log_admin_user_id ON admin_audit_log (admin_user_id);

CREATE TABLE alias_hibp (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	alias_id INTEGER, 
	hibp_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_alias_hibp UNIQUE (alias_id, hibp_id), 
	FOREIGN KEY(alias_id) REFERENCES alias (id) ON DELETE cascade, 
	FOREIGN KEY(hibp_id) REFERENCES hibp (id) ON DELETE cascade
);

CREATE INDEX ix_alias_hibp_hibp_id ON alias_hibp (hibp_id);

CREATE TABLE alias_mailbox (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	alias_id INTEGER NOT NULL, 
	mailbox_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_alias_mailbox UNIQUE (alias_id, mailbox_id), 
	FOREIGN KEY(alias_id) REFERENCES alias (id) ON DELETE cascade, 
	FOREIGN KEY(mailbox_id) REFERENCES mailbox (id) ON DELETE cascade
);

CREATE INDEX ix_alias_mailbox_mailbox_id ON alias_mailbox (mailbox_id);

CREATE TABLE alias_used_on (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	alias_id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	hostname VARCHAR(1024) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_alias_used UNIQUE (alias_id, hostname), 
	FOREIGN KEY(alias_id) REFERENCES alias (id) ON DELETE cascade, 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_alias_used_on_user_id ON alias_used_on (user_id);

CREATE TABLE api_key (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	code VARCHAR(128) NOT NULL, 
	name VARCHAR(128), 
	last_used DATETIME, 
	times INTEGER NOT NULL, 
	sudo_mode_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (code)
);

CREATE INDEX ix_api_key_user_id ON api_key (user_id);

CREATE TABLE apple_subscription (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	expires_date DATETIME NOT NULL, 
	original_transaction_id VARCHAR(256) NOT NULL, 
	receipt_data TEXT NOT NULL, 
	plan ENUM('monthly','yearly') NOT NULL, 
	product_id VARCHAR(256), 
	PRIMARY KEY (id), 
	UNIQUE (user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (original_transaction_id)
);

CREATE TABLE authorized_address (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	mailbox_id INTEGER NOT NULL, 
	email VARCHAR(256) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_authorize_address UNIQUE (mailbox_id, email), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	FOREIGN KEY(mailbox_id) REFERENCES mailbox (id) ON DELETE cascade
);

CREATE INDEX ix_authorized_address_user_id ON authorized_address (user_id);

CREATE TABLE auto_create_rule (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	custom_domain_id INTEGER NOT NULL, 
	regex VARCHAR(512) NOT NULL, 
	`order` INTEGER NOT NULL, 
	display_name VARCHAR(128), 
	PRIMARY KEY (id), 
	CONSTRAINT uq_auto_create_rule_order UNIQUE (custom_domain_id, `order`), 
	FOREIGN KEY(custom_domain_id) REFERENCES custom_domain (id) ON DELETE cascade
);

CREATE TABLE client (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	oauth_client_id VARCHAR(128) NOT NULL, 
	oauth_client_secret VARCHAR(128) NOT NULL, 
	name VARCHAR(128) NOT NULL, 
	home_url VARCHAR(1024), 
	user_id INTEGER NOT NULL, 
	icon_id INTEGER, 
	approved BOOL NOT NULL DEFAULT '0', 
	description TEXT, 
	referral_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (oauth_client_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	FOREIGN KEY(icon_id) REFERENCES file (id), 
	FOREIGN KEY(referral_id) REFERENCES referral (id) ON DELETE SET NULL
);

CREATE INDEX ix_client_icon_id ON client (icon_id);

CREATE INDEX ix_client_referral_id ON client (referral_id);

CREATE INDEX ix_client_user_id ON client (user_id);

CREATE TABLE coinbase_subscription (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	end_at DATETIME NOT NULL, 
	code VARCHAR(64), 
	PRIMARY KEY (id), 
	UNIQUE (user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE TABLE contact (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	alias_id INTEGER NOT NULL, 
	name VARCHAR(512) DEFAULT NULL, 
	website_email VARCHAR(512) NOT NULL, 
	website_from VARCHAR(1024), 
	reply_email VARCHAR(512) NOT NULL, 
	is_cc BOOL NOT NULL DEFAULT '0', 
	pgp_public_key TEXT, 
	pgp_finger_print VARCHAR(512), 
	mail_from TEXT, 
	invalid_email BOOL NOT NULL DEFAULT '0', 
	block_forward BOOL NOT NULL DEFAULT '0', 
	automatic_created BOOL, 
	flags INTEGER NOT NULL DEFAULT '0', 
	PRIMARY KEY (id), 
	CONSTRAINT uq_contact UNIQUE (alias_id, website_email), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	FOREIGN KEY(alias_id) REFERENCES alias (id) ON DELETE cascade
);

CREATE INDEX ix_contact_pgp_finger_print ON contact (pgp_finger_print);

CREATE INDEX ix_contact_reply_email ON contact (reply_email);

CREATE INDEX ix_contact_user_id_id ON contact (user_id, id);

CREATE TABLE coupon (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	code VARCHAR(128) NOT NULL, 
	nb_year INTEGER NOT NULL DEFAULT '1', 
	used BOOL NOT NULL DEFAULT '0', 
	used_by_user_id INTEGER, 
	is_giveaway BOOL NOT NULL DEFAULT '0', 
	comment TEXT, 
	expires_date DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE (code), 
	FOREIGN KEY(used_by_user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_coupon_used_by_user_id ON coupon (used_by_user_id);

CREATE TABLE directory_mailbox (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	directory_id INTEGER NOT NULL, 
	mailbox_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_directory_mailbox UNIQUE (directory_id, mailbox_id), 
	FOREIGN KEY(directory_id) REFERENCES directory (id) ON DELETE cascade, 
	FOREIGN KEY(mailbox_id) REFERENCES mailbox (id) ON DELETE cascade
);

CREATE TABLE domain_deleted_alias (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	email VARCHAR(256) NOT NULL, 
	domain_id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	reason INTEGER NOT NULL DEFAULT '0', 
	alias_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_domain_trash UNIQUE (domain_id, email), 
	FOREIGN KEY(domain_id) REFERENCES custom_domain (id) ON DELETE cascade, 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_domain_deleted_alias_alias_id ON domain_deleted_alias (alias_id);

CREATE INDEX ix_domain_deleted_alias_user_id ON domain_deleted_alias (user_id);

CREATE TABLE domain_mailbox (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	domain_id INTEGER NOT NULL, 
	mailbox_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_domain_mailbox UNIQUE (domain_id, mailbox_id), 
	FOREIGN KEY(domain_id) REFERENCES custom_domain (id) ON DELETE cascade, 
	FOREIGN KEY(mailbox_id) REFERENCES mailbox (id) ON DELETE cascade
);

CREATE TABLE email_change (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	new_email VARCHAR(256) NOT NULL, 
	code VARCHAR(128) NOT NULL, 
	expired DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (new_email), 
	UNIQUE (code)
);

CREATE UNIQUE INDEX ix_email_change_user_id ON email_change (user_id);

CREATE TABLE fido (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	credential_id VARCHAR(255) NOT NULL, 
	uuid VARCHAR(255) NOT NULL, 
	public_key VARCHAR(255) NOT NULL, 
	sign_count BIGINT NOT NULL, 
	name VARCHAR(128) NOT NULL, 
	user_id INTEGER, 
	credential_type VARCHAR(32), 
	authenticator_attachment VARCHAR(32), 
	transports JSON, 
	aaguid VARCHAR(36), 
	PRIMARY KEY (id), 
	FOREIGN KEY(uuid) REFERENCES users (fido_uuid) ON DELETE cascade, 
	UNIQUE (public_key), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE UNIQUE INDEX ix_fido_credential_id ON fido (credential_id);

CREATE INDEX ix_fido_user_id ON fido (user_id);

CREATE TABLE hibp_notified_alias (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	alias_id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	notified_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(alias_id) REFERENCES alias (id) ON DELETE cascade, 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_hibp_notified_alias_alias_id ON hibp_notified_alias (alias_id);

CREATE INDEX ix_hibp_notified_alias_user_id ON hibp_notified_alias (user_id);

CREATE TABLE mailbox_activation (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	mailbox_id INTEGER NOT NULL, 
	code VARCHAR(32) NOT NULL, 
	tries INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(mailbox_id) REFERENCES mailbox (id) ON DELETE cascade
);

CREATE INDEX ix_mailbox_activation_code ON mailbox_activation (code);

CREATE INDEX ix_mailbox_activation_mailbox_id ON mailbox_activation (mailbox_id);

CREATE TABLE manual_subscription (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	end_at DATETIME NOT NULL, 
	comment TEXT, 
	is_giveaway BOOL NOT NULL DEFAULT '0', 
	PRIMARY KEY (id), 
	UNIQUE (user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE TABLE mfa_browser (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	token VARCHAR(64) NOT NULL, 
	expires DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (token)
);

CREATE INDEX ix_mfa_browser_user_id ON mfa_browser (user_id);

CREATE TABLE newsletter_user (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER, 
	newsletter_id INTEGER, 
	sent_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	FOREIGN KEY(newsletter_id) REFERENCES newsletter (id) ON DELETE cascade
);

CREATE INDEX ix_newsletter_user_user_id ON newsletter_user (user_id);

CREATE TABLE notification (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	message TEXT NOT NULL, 
	title VARCHAR(512), 
	`read` BOOL NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_notification_user_id ON notification (user_id);

CREATE TABLE partner_user (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	partner_id INTEGER NOT NULL, 
	external_user_id VARCHAR(128) NOT NULL, 
	partner_email VARCHAR(255), 
	PRIMARY KEY (id), 
	CONSTRAINT uq_partner_id_external_user_id UNIQUE (partner_id, external_user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	FOREIGN KEY(partner_id) REFERENCES partner (id) ON DELETE cascade
);

CREATE UNIQUE INDEX ix_partner_user_user_id ON partner_user (user_id);

CREATE TABLE payout (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	amount FLOAT NOT NULL, 
	payment_method VARCHAR(256) NOT NULL, 
	number_upgraded_account INTEGER NOT NULL, 
	comment TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_payout_user_id ON payout (user_id);

CREATE TABLE recovery_code (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	code VARCHAR(64) NOT NULL, 
	used BOOL NOT NULL, 
	used_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_recovery_code UNIQUE (user_id, code), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE TABLE refused_email (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	full_report_path VARCHAR(128) NOT NULL, 
	path VARCHAR(128), 
	user_id INTEGER NOT NULL, 
	delete_at DATETIME NOT NULL, 
	deleted BOOL NOT NULL DEFAULT '0', 
	PRIMARY KEY (id), 
	UNIQUE (full_report_path), 
	UNIQUE (path), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_refused_email_user_id ON refused_email (user_id);

CREATE TABLE reset_password_code (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	code VARCHAR(128) NOT NULL, 
	expired DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	UNIQUE (code)
);

CREATE INDEX ix_reset_password_code_user_id ON reset_password_code (user_id);

CREATE TABLE sent_alert (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	to_email VARCHAR(256) NOT NULL, 
	alert_type VARCHAR(256) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_sent_alert_alert_type ON sent_alert (alert_type);

CREATE INDEX ix_sent_alert_to_email ON sent_alert (to_email);

CREATE INDEX ix_sent_alert_user_id ON sent_alert (user_id);

CREATE TABLE social_auth (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	social VARCHAR(128) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_social_auth UNIQUE (user_id, social), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE TABLE subscription (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	cancel_url VARCHAR(1024) NOT NULL, 
	update_url VARCHAR(1024) NOT NULL, 
	subscription_id VARCHAR(1024) NOT NULL, 
	event_time DATETIME NOT NULL, 
	next_bill_date DATE NOT NULL, 
	cancelled BOOL NOT NULL, 
	plan ENUM('monthly','yearly') NOT NULL, 
	user_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (subscription_id), 
	UNIQUE (user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE TABLE api_cookie_token (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	code VARCHAR(128) NOT NULL, 
	user_id INTEGER NOT NULL, 
	api_key_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	FOREIGN KEY(api_key_id) REFERENCES api_key (id) ON DELETE cascade
);

CREATE INDEX ix_api_to_cookie_token_api_key_id ON api_cookie_token (api_key_id);

CREATE INDEX ix_api_to_cookie_token_user_id ON api_cookie_token (user_id);

CREATE TABLE authorization_code (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	code VARCHAR(128) NOT NULL, 
	client_id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	scope VARCHAR(128), 
	redirect_uri VARCHAR(1024), 
	response_type VARCHAR(128), 
	nonce TEXT DEFAULT NULL, 
	expired DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE cascade, 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_authorization_code_client_id ON authorization_code (client_id);

CREATE INDEX ix_authorization_code_user_id ON authorization_code (user_id);

CREATE TABLE auto_create_rule__mailbox (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	auto_create_rule_id INTEGER NOT NULL, 
	mailbox_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_auto_create_rule_mailbox UNIQUE (auto_create_rule_id, mailbox_id), 
	FOREIGN KEY(auto_create_rule_id) REFERENCES auto_create_rule (id) ON DELETE cascade, 
	FOREIGN KEY(mailbox_id) REFERENCES mailbox (id) ON DELETE cascade
);

CREATE TABLE client_user (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	alias_id INTEGER, 
	name VARCHAR(128) DEFAULT NULL, 
	default_avatar BOOL NOT NULL DEFAULT '0', 
	PRIMARY KEY (id), 
	CONSTRAINT uq_client_user UNIQUE (user_id, client_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE cascade, 
	FOREIGN KEY(alias_id) REFERENCES alias (id) ON DELETE cascade
);

CREATE INDEX ix_client_user_alias_id ON client_user (alias_id);

CREATE TABLE email_log (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	alias_id INTEGER, 
	is_reply BOOL NOT NULL, 
	blocked BOOL NOT NULL, 
	bounced BOOL NOT NULL DEFAULT '0', 
	auto_replied BOOL NOT NULL DEFAULT '0', 
	is_spam BOOL NOT NULL DEFAULT '0', 
	spam_score FLOAT, 
	spam_status TEXT, 
	spam_report JSON, 
	refused_email_id INTEGER, 
	mailbox_id INTEGER, 
	bounced_mailbox_id INTEGER, 
	message_id VARCHAR(1024), 
	sl_message_id VARCHAR(512), 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	FOREIGN KEY(contact_id) REFERENCES contact (id) ON DELETE cascade, 
	FOREIGN KEY(alias_id) REFERENCES alias (id) ON DELETE cascade, 
	FOREIGN KEY(refused_email_id) REFERENCES refused_email (id) ON DELETE SET NULL, 
	FOREIGN KEY(mailbox_id) REFERENCES mailbox (id) ON DELETE cascade, 
	FOREIGN KEY(bounced_mailbox_id) REFERENCES mailbox (id) ON DELETE cascade
);

CREATE INDEX ix_email_log_alias_id ON email_log (alias_id);

CREATE INDEX ix_email_log_bounced_mailbox_id ON email_log (bounced_mailbox_id);

CREATE INDEX ix_email_log_contact_id ON email_log (contact_id);

CREATE INDEX ix_email_log_created_at ON email_log (created_at);

CREATE INDEX ix_email_log_mailbox_id ON email_log (mailbox_id);

CREATE INDEX ix_email_log_refused_email_id ON email_log (refused_email_id);

CREATE INDEX ix_email_log_user_id_email_log_id ON email_log (user_id, id);

CREATE TABLE oauth_token (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	access_token VARCHAR(128), 
	client_id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	scope VARCHAR(128), 
	redirect_uri VARCHAR(1024), 
	response_type VARCHAR(128), 
	expired DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (access_token), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE cascade, 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_oauth_token_client_id ON oauth_token (client_id);

CREATE INDEX ix_oauth_token_user_id ON oauth_token (user_id);

CREATE TABLE partner_subscription (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	partner_user_id INTEGER NOT NULL, 
	end_at DATETIME, 
	lifetime BOOL NOT NULL DEFAULT '0', 
	PRIMARY KEY (id), 
	UNIQUE (partner_user_id), 
	FOREIGN KEY(partner_user_id) REFERENCES partner_user (id) ON DELETE cascade
);

CREATE INDEX ix_partner_subscription_end_at ON partner_subscription (end_at);

CREATE TABLE phone_reservation (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	number_id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	start DATETIME NOT NULL, 
	end DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(number_id) REFERENCES phone_number (id) ON DELETE cascade, 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_phone_reservation_user_id ON phone_reservation (user_id);

CREATE TABLE provider_complaint (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	user_id INTEGER NOT NULL, 
	state INTEGER NOT NULL DEFAULT '0', 
	phase INTEGER NOT NULL DEFAULT '0', 
	refused_email_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade, 
	FOREIGN KEY(refused_email_id) REFERENCES refused_email (id) ON DELETE cascade
);

CREATE INDEX ix_provider_complaint_refused_email_id ON provider_complaint (refused_email_id);

CREATE INDEX ix_provider_complaint_user_id ON provider_complaint (user_id);

CREATE TABLE redirect_uri (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	client_id INTEGER NOT NULL, 
	uri VARCHAR(1024) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(client_id) REFERENCES client (id) ON DELETE cascade
);

CREATE INDEX ix_redirect_uri_client_id ON redirect_uri (client_id);

CREATE TABLE message_id_matching (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME, 
	sl_message_id VARCHAR(512) NOT NULL, 
	original_message_id VARCHAR(1024) NOT NULL, 
	email_log_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (sl_message_id), 
	UNIQUE (original_message_id), 
	FOREIGN KEY(email_log_id) REFERENCES email_log (id) ON DELETE cascade
);

CREATE INDEX ix_message_id_matching_email_log_id ON message_id_matching (email_log_id);

ALTER TABLE users ADD FOREIGN KEY(newsletter_alias_id) REFERENCES alias (id) ON DELETE SET NULL;

ALTER TABLE users ADD FOREIGN KEY(default_alias_custom_domain_id) REFERENCES custom_domain (id) ON DELETE SET NULL;

ALTER TABLE users ADD FOREIGN KEY(profile_picture_id) REFERENCES file (id);

ALTER TABLE users ADD FOREIGN KEY(referral_id) REFERENCES referral (id) ON DELETE SET NULL;

ALTER TABLE users ADD FOREIGN KEY(default_mailbox_id) REFERENCES mailbox (id);

-- Lemur (Netflix): TLS certificate-management server — creates certificates through CA plug-ins, tracks owners,
-- notifications, rotation and revocation, uploads to destinations and discovers certificates and endpoints.
-- Source: the SQLAlchemy models of github.com/Netflix/lemur at commit 3a3c2c201d42db0eed06e79297eb8dc252c39288
-- (lemur/models.py association tables; lemur/{users,roles,api_keys,authorities,authorizations,certificates,
-- pending_certificates,domains,destinations,sources,notifications,endpoints,dns_providers,logs,policies}/models.py).
-- Lemur creates its tables from these models (`lemur init` runs db.create_all() and stamps the Alembic head), on
-- PostgreSQL. Licence: Apache-2.0.
-- Conversion: the same tables, columns, column order, keys and indexes, declared again with SQLAlchemy and compiled
-- with its MySQL dialect. Types: sqlalchemy_utils ArrowType -> DATETIME; lemur.utils.Vault (Fernet-encrypted,
-- impl LargeBinary) -> BLOB; sqlalchemy_utils JSONType and JSON -> JSON; postgresql.ARRAY(Integer) -> JSON;
-- String without a length (unbounded varchar on PostgreSQL) -> TEXT; the Enum log_type -> ENUM. The PostgreSQL-only
-- index options (gin_trgm_ops on certificates.cn, the descending ix_certificates_id_desc on the primary key and the
-- descending not_after index) are written as plain indexes or left out where they repeat the primary key.
-- The class Policy misspells __tablename__ (three underscores), so Flask-SQLAlchemy names its table `policy`,
-- as the foreign keys to it say. No table is left out.
CREATE TABLE ciphers (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(128) NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE destinations (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	label VARCHAR(32), 
	options JSON, 
	description TEXT, 
	plugin_name VARCHAR(32), 
	PRIMARY KEY (id)
);

CREATE TABLE dns_providers (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(256), 
	description VARCHAR(1024), 
	provider_type VARCHAR(256), 
	credentials BLOB, 
	api_endpoint VARCHAR(256), 
	date_created DATETIME NOT NULL DEFAULT (now()), 
	status VARCHAR(128), 
	options JSON, 
	domains JSON, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE domains (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(256), 
	`sensitive` BOOL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_domains_name ON domains (name);

CREATE TABLE notifications (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	label VARCHAR(128), 
	description TEXT, 
	options JSON, 
	active BOOL, 
	plugin_name VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (label)
);

CREATE TABLE pending_dns_authorizations (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	account_number VARCHAR(128), 
	domains JSON, 
	dns_provider_type VARCHAR(128), 
	options JSON, 
	PRIMARY KEY (id)
);

CREATE TABLE policy (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(128), 
	PRIMARY KEY (id)
);

CREATE TABLE rotation_policies (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name TEXT, 
	days INTEGER, 
	PRIMARY KEY (id)
);

CREATE TABLE sources (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	label VARCHAR(32), 
	options JSON, 
	description TEXT, 
	plugin_name VARCHAR(32), 
	active BOOL, 
	last_run DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE (label)
);

CREATE TABLE users (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	password VARCHAR(128), 
	active BOOL, 
	confirmed_at DATETIME, 
	username VARCHAR(255) NOT NULL, 
	email VARCHAR(128), 
	profile_picture VARCHAR(255), 
	PRIMARY KEY (id), 
	UNIQUE (username), 
	UNIQUE (email)
);

CREATE TABLE api_keys (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name TEXT, 
	user_id INTEGER, 
	ttl BIGINT, 
	issued_at BIGINT, 
	revoked BOOL, 
	application_name TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE authorities (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	owner VARCHAR(128) NOT NULL, 
	name VARCHAR(128), 
	body TEXT, 
	chain TEXT, 
	active BOOL, 
	plugin_name VARCHAR(64), 
	description TEXT, 
	options JSON, 
	date_created DATETIME NOT NULL DEFAULT (now()), 
	user_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (name), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE policies_ciphers (
	cipher_id INTEGER, 
	policy_id INTEGER, 
	FOREIGN KEY(cipher_id) REFERENCES ciphers (id), 
	FOREIGN KEY(policy_id) REFERENCES policy (id)
);
CREATE INDEX policies_ciphers_ix ON policies_ciphers (cipher_id, policy_id);

CREATE TABLE certificates (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	external_id VARCHAR(128), 
	owner VARCHAR(128) NOT NULL, 
	name VARCHAR(256), 
	description VARCHAR(1024), 
	notify BOOL, 
	body TEXT NOT NULL, 
	chain TEXT, 
	csr TEXT, 
	private_key BLOB, 
	issuer VARCHAR(128), 
	serial VARCHAR(128), 
	cn VARCHAR(128), 
	deleted BOOL, 
	dns_provider_id INTEGER, 
	not_before DATETIME, 
	not_after DATETIME, 
	date_created DATETIME NOT NULL DEFAULT (now()), 
	signing_algorithm VARCHAR(128), 
	status VARCHAR(128), 
	bits INTEGER, 
	san VARCHAR(1024), 
	rotation BOOL, 
	user_id INTEGER, 
	authority_id INTEGER, 
	root_authority_id INTEGER, 
	rotation_policy_id INTEGER, 
	key_type VARCHAR(128), 
	PRIMARY KEY (id), 
	FOREIGN KEY(dns_provider_id) REFERENCES dns_providers (id) ON DELETE CASCADE, 
	FOREIGN KEY(user_id) REFERENCES users (id), 
	FOREIGN KEY(authority_id) REFERENCES authorities (id) ON DELETE CASCADE, 
	FOREIGN KEY(root_authority_id) REFERENCES authorities (id) ON DELETE CASCADE, 
	FOREIGN KEY(rotation_policy_id) REFERENCES rotation_policies (id)
);
CREATE INDEX ix_certificates_cn ON certificates (cn);
CREATE INDEX ix_certificates_deleted ON certificates (deleted);
CREATE UNIQUE INDEX ix_certificates_name ON certificates (name);
CREATE INDEX ix_certificates_not_after ON certificates (not_after);
CREATE INDEX ix_certificates_serial ON certificates (serial);

CREATE TABLE pending_certs (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	external_id VARCHAR(128), 
	owner VARCHAR(128) NOT NULL, 
	name VARCHAR(256), 
	description VARCHAR(1024), 
	notify BOOL, 
	number_attempts INTEGER, 
	`rename` BOOL, 
	resolved BOOL, 
	resolved_cert_id INTEGER, 
	cn VARCHAR(128), 
	csr TEXT NOT NULL, 
	chain TEXT, 
	private_key BLOB, 
	date_created DATETIME NOT NULL DEFAULT (now()), 
	dns_provider_id INTEGER, 
	status TEXT, 
	last_updated DATETIME NOT NULL DEFAULT (now()), 
	rotation BOOL, 
	user_id INTEGER, 
	authority_id INTEGER, 
	root_authority_id INTEGER, 
	rotation_policy_id INTEGER, 
	options JSON, 
	PRIMARY KEY (id), 
	UNIQUE (name), 
	FOREIGN KEY(dns_provider_id) REFERENCES dns_providers (id) ON DELETE CASCADE, 
	FOREIGN KEY(user_id) REFERENCES users (id), 
	FOREIGN KEY(authority_id) REFERENCES authorities (id) ON DELETE CASCADE, 
	FOREIGN KEY(root_authority_id) REFERENCES authorities (id) ON DELETE CASCADE, 
	FOREIGN KEY(rotation_policy_id) REFERENCES rotation_policies (id)
);

CREATE TABLE roles (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(128), 
	username VARCHAR(128), 
	password BLOB, 
	description TEXT, 
	authority_id INTEGER, 
	user_id INTEGER, 
	third_party BOOL, 
	PRIMARY KEY (id), 
	UNIQUE (name), 
	FOREIGN KEY(authority_id) REFERENCES authorities (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE certificate_associations (
	domain_id INTEGER NOT NULL, 
	certificate_id INTEGER NOT NULL, 
	ports JSON, 
	PRIMARY KEY (domain_id, certificate_id), 
	FOREIGN KEY(domain_id) REFERENCES domains (id), 
	FOREIGN KEY(certificate_id) REFERENCES certificates (id)
);
CREATE INDEX certificate_associations_certificate_id_idx ON certificate_associations (certificate_id);
CREATE UNIQUE INDEX certificate_associations_ix ON certificate_associations (domain_id, certificate_id);

CREATE TABLE certificate_destination_associations (
	destination_id INTEGER, 
	certificate_id INTEGER, 
	FOREIGN KEY(destination_id) REFERENCES destinations (id) ON DELETE cascade, 
	FOREIGN KEY(certificate_id) REFERENCES certificates (id) ON DELETE cascade
);
CREATE UNIQUE INDEX certificate_destination_associations_ix ON certificate_destination_associations (destination_id, certificate_id);

CREATE TABLE certificate_notification_associations (
	notification_id INTEGER, 
	certificate_id INTEGER, 
	id INTEGER NOT NULL AUTO_INCREMENT, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_dest_not_ids UNIQUE (notification_id, certificate_id), 
	FOREIGN KEY(notification_id) REFERENCES notifications (id) ON DELETE cascade, 
	FOREIGN KEY(certificate_id) REFERENCES certificates (id) ON DELETE cascade
);
CREATE INDEX certificate_notification_associations_ix ON certificate_notification_associations (notification_id, certificate_id);

CREATE TABLE certificate_replacement_associations (
	replaced_certificate_id INTEGER, 
	certificate_id INTEGER, 
	FOREIGN KEY(replaced_certificate_id) REFERENCES certificates (id) ON DELETE cascade, 
	FOREIGN KEY(certificate_id) REFERENCES certificates (id) ON DELETE cascade
);
CREATE UNIQUE INDEX certificate_replacement_associations_ix ON certificate_replacement_associations (replaced_certificate_id, certificate_id);

CREATE TABLE certificate_source_associations (
	source_id INTEGER, 
	certificate_id INTEGER, 
	FOREIGN KEY(source_id) REFERENCES sources (id) ON DELETE cascade, 
	FOREIGN KEY(certificate_id) REFERENCES certificates (id) ON DELETE cascade
);
CREATE UNIQUE INDEX certificate_source_associations_ix ON certificate_source_associations (source_id, certificate_id);

CREATE TABLE endpoints (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	owner VARCHAR(128), 
	name VARCHAR(128), 
	dnsname VARCHAR(256), 
	type VARCHAR(128), 
	active BOOL, 
	port INTEGER, 
	policy_id INTEGER, 
	certificate_id INTEGER, 
	certificate_path VARCHAR(256), 
	registry_type VARCHAR(128), 
	source_id INTEGER, 
	`sensitive` BOOL, 
	last_updated DATETIME NOT NULL, 
	date_created DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(policy_id) REFERENCES policy (id), 
	FOREIGN KEY(certificate_id) REFERENCES certificates (id), 
	FOREIGN KEY(source_id) REFERENCES sources (id)
);

CREATE TABLE logs (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	certificate_id INTEGER, 
	log_type ENUM('key_view','create_cert','update_cert','revoke_cert','delete_cert') NOT NULL, 
	logged_at DATETIME NOT NULL DEFAULT (now()), 
	user_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(certificate_id) REFERENCES certificates (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE pending_cert_destination_associations (
	destination_id INTEGER, 
	pending_cert_id INTEGER, 
	FOREIGN KEY(destination_id) REFERENCES destinations (id) ON DELETE cascade, 
	FOREIGN KEY(pending_cert_id) REFERENCES pending_certs (id) ON DELETE cascade
);
CREATE INDEX pending_cert_destination_associations_ix ON pending_cert_destination_associations (destination_id, pending_cert_id);

CREATE TABLE pending_cert_notification_associations (
	notification_id INTEGER, 
	pending_cert_id INTEGER, 
	FOREIGN KEY(notification_id) REFERENCES notifications (id) ON DELETE cascade, 
	FOREIGN KEY(pending_cert_id) REFERENCES pending_certs (id) ON DELETE cascade
);
CREATE INDEX pending_cert_notification_associations_ix ON pending_cert_notification_associations (notification_id, pending_cert_id);

CREATE TABLE pending_cert_replacement_associations (
	replaced_certificate_id INTEGER, 
	pending_cert_id INTEGER, 
	FOREIGN KEY(replaced_certificate_id) REFERENCES certificates (id) ON DELETE cascade, 
	FOREIGN KEY(pending_cert_id) REFERENCES pending_certs (id) ON DELETE cascade
);
CREATE INDEX pending_cert_replacement_associations_ix ON pending_cert_replacement_associations (replaced_certificate_id, pending_cert_id);

CREATE TABLE pending_cert_role_associations (
	pending_cert_id INTEGER, 
	role_id INTEGER, 
	FOREIGN KEY(pending_cert_id) REFERENCES pending_certs (id), 
	FOREIGN KEY(role_id) REFERENCES roles (id)
);
CREATE INDEX pending_cert_role_associations_ix ON pending_cert_role_associations (pending_cert_id, role_id);

CREATE TABLE pending_cert_source_associations (
	source_id INTEGER, 
	pending_cert_id INTEGER, 
	FOREIGN KEY(source_id) REFERENCES sources (id) ON DELETE cascade, 
	FOREIGN KEY(pending_cert_id) REFERENCES pending_certs (id) ON DELETE cascade
);
CREATE INDEX pending_cert_source_associations_ix ON pending_cert_source_associations (source_id, pending_cert_id);

CREATE TABLE roles_authorities (
	authority_id INTEGER, 
	role_id INTEGER, 
	FOREIGN KEY(authority_id) REFERENCES authorities (id), 
	FOREIGN KEY(role_id) REFERENCES roles (id)
);
CREATE UNIQUE INDEX roles_authorities_ix ON roles_authorities (authority_id, role_id);

CREATE TABLE roles_certificates (
	certificate_id INTEGER, 
	role_id INTEGER, 
	FOREIGN KEY(certificate_id) REFERENCES certificates (id), 
	FOREIGN KEY(role_id) REFERENCES roles (id)
);
CREATE UNIQUE INDEX roles_certificates_ix ON roles_certificates (certificate_id, role_id);

CREATE TABLE roles_users (
	user_id INTEGER, 
	role_id INTEGER, 
	FOREIGN KEY(user_id) REFERENCES users (id), 
	FOREIGN KEY(role_id) REFERENCES roles (id)
);
CREATE INDEX roles_users_ix ON roles_users (user_id, role_id);

CREATE TABLE endpoint_dnsalias (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	endpoint_id INTEGER, 
	alias VARCHAR(256), 
	PRIMARY KEY (id), 
	FOREIGN KEY(endpoint_id) REFERENCES endpoints (id)
);


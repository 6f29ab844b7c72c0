-- Baruwa 2.0.9 (MailScanner web front end and anti-spam / anti-virus gateway manager; Python / Pylons, PostgreSQL)
-- Upstream: github.com/baruwaproject/baruwa2, commit 86a71a85d07fe907b7361055b4567066f9aae2d2, GPL-3.0.
-- Made from the SQLAlchemy models in baruwa/model/{accounts,auth,domains,lists,messages,reports,settings,status}.py
-- (the tables `paster setup-app` creates with metadata.create_all), compiled with SQLAlchemy's MySQL dialect:
-- CreateTable and CreateIndex of every table of the metadata, in dependency order. Not upstream's doing, for MySQL:
-- the server default utcnow() (TIMEZONE('utc', CURRENT_TIMESTAMP) on PostgreSQL) is written CURRENT_TIMESTAMP;
-- foreign-key columns declared Integer but pointing at BigInteger keys (users.id, maildomains.id, policies.id,
-- the signatures' ids) take the referenced BIGINT type, as InnoDB requires; the TEXT keys srcmsgtotals.id,
-- dstmsgtotals.id and passwdtokens.token are VARCHAR(255). Views and PL/pgSQL functions of baruwa/config/sql/ and
-- the mapped union MessageTotals (a selectable, not a table) are left out.

CREATE TABLE archive (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	messageid VARCHAR(255), 
	actions VARCHAR(255), 
	clientip VARCHAR(128), 
	date DATE, 
	from_address VARCHAR(255), 
	from_domain VARCHAR(255), 
	headers TEXT, 
	hostname TEXT, 
	highspam SMALLINT, 
	rblspam SMALLINT, 
	saspam SMALLINT, 
	spam SMALLINT, 
	nameinfected SMALLINT, 
	otherinfected SMALLINT, 
	isquarantined SMALLINT, 
	isarchived SMALLINT, 
	sascore FLOAT, 
	scaned SMALLINT, 
	size INTEGER, 
	blacklisted SMALLINT, 
	spamreport TEXT, 
	whitelisted SMALLINT, 
	subject TEXT, 
	time TIME, 
	timestamp TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, 
	to_address VARCHAR(255), 
	to_domain VARCHAR(255), 
	virusinfected SMALLINT, 
	ts TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, 
	msgfiles TEXT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_archive_blacklisted ON archive (blacklisted);

CREATE INDEX ix_archive_date ON archive (date);

CREATE INDEX ix_archive_from_address ON archive (from_address);

CREATE INDEX ix_archive_from_domain ON archive (from_domain);

CREATE INDEX ix_archive_highspam ON archive (highspam);

CREATE INDEX ix_archive_isarchived ON archive (isarchived);

CREATE INDEX ix_archive_isquarantined ON archive (isquarantined);

CREATE INDEX ix_archive_messageid ON archive (messageid);

CREATE INDEX ix_archive_scaned ON archive (scaned);

CREATE INDEX ix_archive_spam ON archive (spam);

CREATE INDEX ix_archive_timestamp ON archive (timestamp);

CREATE INDEX ix_archive_to_address ON archive (to_address);

CREATE INDEX ix_archive_to_domain ON archive (to_domain);

CREATE INDEX ix_archive_whitelisted ON archive (whitelisted);

CREATE TABLE auditlog (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	username VARCHAR(255), 
	category SMALLINT, 
	info TEXT, 
	hostname TEXT, 
	remoteip TEXT, 
	timestamp TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_auditlog_category ON auditlog (category);

CREATE TABLE dstmsgtotals (
	id VARCHAR(255) NOT NULL, 
	total BIGINT, 
	volume BIGINT, 
	spam BIGINT, 
	virii BIGINT, 
	infected BIGINT, 
	otherinfected BIGINT, 
	runtotal FLOAT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_dstmsgtotals_runtotal ON dstmsgtotals (runtotal);

CREATE INDEX ix_dstmsgtotals_total ON dstmsgtotals (total);

CREATE INDEX ix_dstmsgtotals_volume ON dstmsgtotals (volume);

CREATE TABLE indexer_counters (
	tablename VARCHAR(255) NOT NULL, 
	maxts TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (tablename)
);

CREATE INDEX ix_indexer_counters_maxts ON indexer_counters (maxts);

CREATE TABLE indexer_killlist (
	id BIGINT NOT NULL, 
	ts TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, 
	tablename VARCHAR(255) NOT NULL, 
	PRIMARY KEY (id, ts, tablename)
);

CREATE TABLE maildomains (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255), 
	site_url VARCHAR(255), 
	status BOOL, 
	delivery_mode SMALLINT, 
	spam_actions SMALLINT, 
	highspam_actions SMALLINT, 
	virus_actions SMALLINT, 
	smtp_callout BOOL, 
	ldap_callout BOOL, 
	spam_checks BOOL, 
	virus_checks BOOL, 
	virus_checks_at_smtp BOOL, 
	low_score FLOAT, 
	high_score FLOAT, 
	message_size VARCHAR(12), 
	language VARCHAR(2), 
	timezone VARCHAR(255), 
	report_every SMALLINT, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE mailq (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	messageid VARCHAR(255), 
	timestamp DATETIME DEFAULT CURRENT_TIMESTAMP, 
	from_address VARCHAR(255), 
	to_address VARCHAR(255), 
	from_domain VARCHAR(255), 
	to_domain VARCHAR(255), 
	subject TEXT, 
	hostname TEXT, 
	size INTEGER, 
	attempts INTEGER, 
	lastattempt DATETIME DEFAULT CURRENT_TIMESTAMP, 
	direction SMALLINT, 
	reason TEXT, 
	flag SMALLINT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_mailq_direction ON mailq (direction);

CREATE INDEX ix_mailq_from_address ON mailq (from_address);

CREATE INDEX ix_mailq_from_domain ON mailq (from_domain);

CREATE INDEX ix_mailq_to_address ON mailq (to_address);

CREATE INDEX ix_mailq_to_domain ON mailq (to_domain);

CREATE TABLE messages (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	messageid VARCHAR(255), 
	actions VARCHAR(128), 
	clientip VARCHAR(128), 
	date DATE, 
	from_address VARCHAR(255), 
	from_domain VARCHAR(255), 
	headers TEXT, 
	hostname TEXT, 
	highspam SMALLINT, 
	rblspam SMALLINT, 
	saspam SMALLINT, 
	spam SMALLINT, 
	nameinfected SMALLINT, 
	otherinfected SMALLINT, 
	isquarantined SMALLINT, 
	isarchived SMALLINT, 
	sascore FLOAT, 
	scaned SMALLINT, 
	size INTEGER, 
	blacklisted SMALLINT, 
	spamreport TEXT, 
	whitelisted SMALLINT, 
	subject TEXT, 
	time TIME, 
	timestamp TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, 
	to_address VARCHAR(255), 
	to_domain VARCHAR(255), 
	virusinfected SMALLINT, 
	ts TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, 
	msgfiles TEXT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_messages_blacklisted ON messages (blacklisted);

CREATE INDEX ix_messages_date ON messages (date);

CREATE INDEX ix_messages_from_address ON messages (from_address);

CREATE INDEX ix_messages_from_domain ON messages (from_domain);

CREATE INDEX ix_messages_highspam ON messages (highspam);

CREATE INDEX ix_messages_isarchived ON messages (isarchived);

CREATE INDEX ix_messages_isquarantined ON messages (isquarantined);

CREATE INDEX ix_messages_messageid ON messages (messageid);

CREATE INDEX ix_messages_sascore ON messages (sascore);

CREATE INDEX ix_messages_scaned ON messages (scaned);

CREATE INDEX ix_messages_spam ON messages (spam);

CREATE INDEX ix_messages_timestamp ON messages (timestamp);

CREATE INDEX ix_messages_to_address ON messages (to_address);

CREATE INDEX ix_messages_to_domain ON messages (to_domain);

CREATE INDEX ix_messages_whitelisted ON messages (whitelisted);

CREATE TABLE messagestatus (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	messageid VARCHAR(255), 
	hostname TEXT, 
	ipaddress VARCHAR(128), 
	port INTEGER, 
	confirmation TEXT, 
	errorno INTEGER DEFAULT '0', 
	errorstr TEXT DEFAULT '', 
	timestamp TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id)
);

CREATE TABLE mta_settings (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	address VARCHAR(255), 
	address_type INTEGER, 
	enabled BOOL, 
	PRIMARY KEY (id), 
	UNIQUE (address, address_type)
);

CREATE TABLE organizations (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255), 
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_organizations_name ON organizations (name);

CREATE TABLE policies (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	name VARCHAR(150), 
	policy_type INTEGER, 
	enabled BOOL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE policysettings (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	archive_filename INTEGER, 
	archive_filetype INTEGER, 
	filename INTEGER, 
	filetype INTEGER, 
	PRIMARY KEY (id)
);

CREATE TABLE releases (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	messageid BIGINT, 
	uuid VARCHAR(128), 
	timestamp TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, 
	released BOOL, 
	PRIMARY KEY (id), 
	UNIQUE (uuid)
);

CREATE TABLE sarules (
	id VARCHAR(255) NOT NULL, 
	description TEXT, 
	score FLOAT, 
	local_score FLOAT DEFAULT '0', 
	PRIMARY KEY (id)
);

CREATE TABLE servers (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	hostname VARCHAR(255), 
	enabled BOOL, 
	PRIMARY KEY (id), 
	UNIQUE (hostname)
);

CREATE INDEX ix_servers_enabled ON servers (enabled);

CREATE TABLE srcmsgtotals (
	id VARCHAR(255) NOT NULL, 
	total BIGINT, 
	volume BIGINT, 
	spam BIGINT, 
	virii BIGINT, 
	infected BIGINT, 
	otherinfected BIGINT, 
	runtotal FLOAT, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_srcmsgtotals_runtotal ON srcmsgtotals (runtotal);

CREATE INDEX ix_srcmsgtotals_total ON srcmsgtotals (total);

CREATE INDEX ix_srcmsgtotals_volume ON srcmsgtotals (volume);

CREATE TABLE users (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	username VARCHAR(255), 
	firstname VARCHAR(255), 
	lastname VARCHAR(255), 
	password VARCHAR(255), 
	email VARCHAR(255), 
	timezone VARCHAR(255), 
	account_type SMALLINT, 
	created_on DATETIME DEFAULT CURRENT_TIMESTAMP, 
	last_login DATETIME DEFAULT CURRENT_TIMESTAMP, 
	active BOOL, 
	local BOOL, 
	send_report BOOL, 
	spam_checks BOOL, 
	low_score FLOAT, 
	high_score FLOAT, 
	PRIMARY KEY (id), 
	UNIQUE (username), 
	UNIQUE (email)
);

CREATE INDEX ix_users_account_type ON users (account_type);

CREATE TABLE addresses (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	address VARCHAR(255), 
	enabled BOOL, 
	user_id BIGINT, 
	PRIMARY KEY (id), 
	UNIQUE (address, user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE INDEX ix_addresses_address ON addresses (address);

CREATE TABLE authservers (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	address VARCHAR(255), 
	protocol SMALLINT, 
	port INTEGER, 
	enabled BOOL, 
	split_address BOOL, 
	user_map_template VARCHAR(255), 
	domain_id BIGINT, 
	PRIMARY KEY (id), 
	UNIQUE (address, protocol, domain_id), 
	FOREIGN KEY(domain_id) REFERENCES maildomains (id)
);

CREATE TABLE configurations (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	internal VARCHAR(255), 
	external VARCHAR(255), 
	value VARCHAR(255), 
	section INTEGER, 
	server_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (server_id, internal), 
	FOREIGN KEY(server_id) REFERENCES servers (id)
);

CREATE TABLE destinations (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	address VARCHAR(255), 
	protocol SMALLINT, 
	port INTEGER, 
	enabled BOOL, 
	domain_id BIGINT, 
	PRIMARY KEY (id), 
	UNIQUE (address, port, domain_id), 
	FOREIGN KEY(domain_id) REFERENCES maildomains (id)
);

CREATE TABLE dkim_keys (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	pri_key TEXT, 
	pub_key TEXT, 
	enabled BOOL, 
	domain_id BIGINT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(domain_id) REFERENCES maildomains (id)
);

CREATE TABLE domain_owners (
	organization_id INTEGER NOT NULL, 
	domain_id BIGINT NOT NULL, 
	PRIMARY KEY (organization_id, domain_id), 
	FOREIGN KEY(organization_id) REFERENCES organizations (id), 
	FOREIGN KEY(domain_id) REFERENCES maildomains (id)
);

CREATE TABLE domain_signatures (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	signature_type INTEGER, 
	signature_content TEXT, 
	enabled BOOL, 
	domain_id BIGINT, 
	PRIMARY KEY (id), 
	UNIQUE (signature_type, domain_id), 
	FOREIGN KEY(domain_id) REFERENCES maildomains (id)
);

CREATE TABLE domain_users (
	user_id BIGINT NOT NULL, 
	domain_id BIGINT NOT NULL, 
	PRIMARY KEY (user_id, domain_id), 
	FOREIGN KEY(user_id) REFERENCES users (id), 
	FOREIGN KEY(domain_id) REFERENCES maildomains (id)
);

CREATE TABLE domainalias (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255), 
	status BOOL, 
	domain_id BIGINT, 
	PRIMARY KEY (id), 
	UNIQUE (name), 
	FOREIGN KEY(domain_id) REFERENCES maildomains (id)
);

CREATE TABLE domainpolicysettings (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	archive_filename INTEGER, 
	archive_filetype INTEGER, 
	filename INTEGER, 
	filetype INTEGER, 
	domain_id BIGINT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(domain_id) REFERENCES maildomains (id)
);

CREATE TABLE filters (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(255), 
	field VARCHAR(30), 
	`option` SMALLINT, 
	value VARCHAR(255), 
	user_id BIGINT, 
	PRIMARY KEY (id), 
	UNIQUE (name), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE lists (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	list_type INTEGER, 
	from_address VARCHAR(255), 
	to_address VARCHAR(255), 
	user_id BIGINT, 
	from_addr_type INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (from_address, to_address), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE INDEX ix_lists_from_address ON lists (from_address);

CREATE INDEX ix_lists_to_address ON lists (to_address);

CREATE TABLE organizations_admins (
	organization_id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	PRIMARY KEY (organization_id, user_id), 
	FOREIGN KEY(organization_id) REFERENCES organizations (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE passwdtokens (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	token VARCHAR(255), 
	timestamp TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, 
	used BOOL, 
	user_id BIGINT, 
	PRIMARY KEY (id), 
	UNIQUE (token), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE relaysettings (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	address VARCHAR(255), 
	username VARCHAR(255), 
	password VARCHAR(255), 
	enabled BOOL, 
	description VARCHAR(255), 
	low_score FLOAT, 
	high_score FLOAT, 
	spam_actions SMALLINT, 
	highspam_actions SMALLINT, 
	ratelimit SMALLINT DEFAULT '250', 
	org_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (username, address), 
	FOREIGN KEY(org_id) REFERENCES organizations (id)
);

CREATE INDEX ix_relaysettings_address ON relaysettings (address);

CREATE TABLE rules (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	expression VARCHAR(255), 
	description TEXT, 
	action TEXT, 
	options TEXT, 
	enabled BOOL, 
	ordering INTEGER, 
	policy_id BIGINT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(policy_id) REFERENCES policies (id)
);

CREATE TABLE user_signatures (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	signature_type INTEGER, 
	signature_content TEXT, 
	enabled BOOL, 
	user_id BIGINT, 
	PRIMARY KEY (id), 
	UNIQUE (signature_type, user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE dom_sigimgs (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	content_type VARCHAR(100), 
	name VARCHAR(150), 
	image TEXT, 
	domain_id BIGINT, 
	sign_id BIGINT, 
	PRIMARY KEY (id), 
	UNIQUE (name, domain_id), 
	FOREIGN KEY(domain_id) REFERENCES maildomains (id), 
	FOREIGN KEY(sign_id) REFERENCES domain_signatures (id)
);

CREATE TABLE ldapsettings (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	basedn VARCHAR(255), 
	nameattribute VARCHAR(255), 
	emailattribute VARCHAR(255), 
	binddn VARCHAR(255), 
	bindpw VARCHAR(255), 
	usetls BOOL, 
	usesearch BOOL, 
	searchfilter TEXT, 
	search_scope VARCHAR(15), 
	emailsearchfilter TEXT, 
	emailsearch_scope VARCHAR(15), 
	auth_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (auth_id, basedn), 
	FOREIGN KEY(auth_id) REFERENCES authservers (id)
);

CREATE TABLE radiussettings (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	secret VARCHAR(255), 
	timeout INTEGER, 
	auth_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(auth_id) REFERENCES authservers (id)
);

CREATE TABLE user_sigimgs (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	content_type VARCHAR(100), 
	name VARCHAR(150), 
	image TEXT, 
	user_id BIGINT, 
	sign_id BIGINT, 
	PRIMARY KEY (id), 
	UNIQUE (name, user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id), 
	FOREIGN KEY(sign_id) REFERENCES user_signatures (id)
);

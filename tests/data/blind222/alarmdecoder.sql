-- AlarmDecoder web app (nutechsoftware/alarmdecoder-webapp, web front end of the AlarmDecoder interface to
-- Honeywell/Ademco and DSC alarm panels), commit c75031b8543b6f839a66e30983eb0c1da53fa8ef (MIT).
-- The schema is what `db.create_all()` builds from the Flask-SQLAlchemy models ad2web/{api,cameras,certificate,
-- keypad,log,notifications,settings,user,zones}/models.py (the alembic revisions only upgrade older databases).
-- Made by compiling those Column definitions, copied unchanged (STRING_LEN = 64 from ad2web/utils.py; the custom
-- DenormalizedText type is Text), with SQLAlchemy 2.0's MySQL dialect (CreateTable / CreateIndex), all 14 tables in
-- SQLAlchemy's dependency order. Client-side defaults (default=get_current_time, default=1 ...) do not appear in DDL.

CREATE TABLE buttons (
	button_id INTEGER NOT NULL AUTO_INCREMENT, 
	user_id INTEGER NOT NULL, 
	label VARCHAR(32) NOT NULL, 
	code VARCHAR(32), 
	PRIMARY KEY (button_id)
) ENGINE=InnoDB;

CREATE TABLE cameras (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(32) NOT NULL, 
	username VARCHAR(32), 
	password VARCHAR(255), 
	get_jpg_url VARCHAR(255), 
	user_id INTEGER NOT NULL, 
	PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE event_log (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	type SMALLINT NOT NULL, 
	timestamp TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, 
	message TEXT NOT NULL, 
	PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE INDEX ix_event_log_timestamp ON event_log (timestamp);

CREATE TABLE failed_login_attempts (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	ip_address VARCHAR(64), 
	name VARCHAR(64) NOT NULL, 
	login_time DATETIME, 
	user_agent_string VARCHAR(64), 
	PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE notification_messages (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE settings (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(32) NOT NULL, 
	int_value INTEGER, 
	string_value VARCHAR(255), 
	PRIMARY KEY (id), 
	UNIQUE (name)
) ENGINE=InnoDB;

CREATE TABLE user_details (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	age INTEGER, 
	phone VARCHAR(64), 
	url VARCHAR(64), 
	deposit NUMERIC, 
	location VARCHAR(64), 
	bio VARCHAR(64), 
	sex_code INTEGER, 
	created_time DATETIME, 
	PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE user_history (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	ip_address VARCHAR(64), 
	user_id INTEGER, 
	login_time DATETIME, 
	user_agent_string VARCHAR(64), 
	PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE zones (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	zone_id INTEGER NOT NULL, 
	name VARCHAR(32) NOT NULL, 
	description VARCHAR(255), 
	PRIMARY KEY (id), 
	UNIQUE (zone_id)
) ENGINE=InnoDB;

CREATE TABLE users (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(64) NOT NULL, 
	email VARCHAR(64) NOT NULL, 
	openid VARCHAR(64), 
	activation_key VARCHAR(64), 
	created_time DATETIME, 
	avatar VARCHAR(64), 
	password VARCHAR(64) NOT NULL, 
	role_code SMALLINT NOT NULL, 
	status_code SMALLINT, 
	user_detail_id INTEGER, 
	followers TEXT, 
	following TEXT, 
	PRIMARY KEY (id), 
	UNIQUE (name), 
	UNIQUE (email), 
	UNIQUE (openid), 
	FOREIGN KEY(user_detail_id) REFERENCES user_details (id)
) ENGINE=InnoDB;

CREATE TABLE apikeys (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	user_id INTEGER, 
	`key` VARCHAR(64), 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
) ENGINE=InnoDB;

CREATE TABLE certificates (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(32) NOT NULL, 
	serial_number VARCHAR(32) NOT NULL, 
	status SMALLINT NOT NULL, 
	type SMALLINT NOT NULL, 
	certificate TEXT NOT NULL, 
	`key` TEXT, 
	created_on TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP, 
	revoked_on TIMESTAMP NULL, 
	description VARCHAR(255), 
	user_id INTEGER, 
	ca_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (name), 
	FOREIGN KEY(user_id) REFERENCES users (id)
) ENGINE=InnoDB;

CREATE TABLE notifications (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	description VARCHAR(255) NOT NULL, 
	type INTEGER NOT NULL, 
	user_id INTEGER, 
	enabled INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
) ENGINE=InnoDB;

CREATE TABLE notification_settings (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(32) NOT NULL, 
	notification_id INTEGER, 
	int_value INTEGER, 
	string_value VARCHAR(255), 
	PRIMARY KEY (id), 
	FOREIGN KEY(notification_id) REFERENCES notifications (id)
) ENGINE=InnoDB;


-- DAViCal (CalDAV / CardDAV server: personal and shared calendars and address books), PostgreSQL schema written as MySQL.
-- Upstream: gitlab.com/davical-project/davical (its GitHub copies are used here).
-- (1) AWL tables (the library DAViCal keeps its users, settings, roles and sessions in): `dba/awl-tables.sql` and the
--     `awl_db_revision` table of `dba/schema-management.sql`, read from the GitHub copy github.com/slyrus/awl at commit
--     119aed3ab6f6d46b9532f01f5a071cddd5391b18 (awl-tables.sql unchanged since upstream commit 00ee43cc, 2008), GPL-2.0.
-- (2) `dba/davical.sql` (database revision 1.3.3), read from the GitHub copy github.com/senchden/davical at upstream
--     commit e4f48ddc1af7f757e6e8bf9048d48a31fd119662 (2021-08-11, Andrew Ruthven; davical.sql last changed in upstream
--     commit 0c006b5c, 2019), GPL-2.0. `dba/create-database.sh` loads (1) and then (2) into one database.
-- Every table of both files is kept (34). Conversion: SERIAL -> INT AUTO_INCREMENT; INT4 -> INT; INT8 -> BIGINT (the
-- `nextval('dav_id_seq')` defaults of the shared DAV id sequence dropped); BOOLEAN -> BOOLEAN; TIMESTAMP [WITH TIME ZONE]
-- and TIMESTAMPTZ -> DATETIME; INTERVAL -> TIME; NUMERIC -> DECIMAL; CHAR -> CHAR(1); BIT(24) kept. TEXT columns that are
-- keys, unique or referenced (paths `dav_name`, `tzid`, tickets, locale, setting and property names, attendee,
-- username) -> VARCHAR(255). Defaults calling plpgsql functions (`privilege_to_bits(...)`, `current_timestamp + '1 day'`)
-- and the CHECK on `real_path_exists()` dropped; `MATCH FULL` and `DEFERRABLE` dropped; `ON DELETE SET DEFAULT` (not
-- supported by InnoDB) written as `ON DELETE SET NULL`. Where a BIGINT (INT8) column refers to an INT (SERIAL) key
-- or the other way round, the referring column takes the referenced type (principal.user_no, principal.type_id,
-- tz_aliases.our_tzno, tz_localnames.our_tzno, calendar_attendee.email_status), since MySQL needs equal types.
-- The unique index on lower(username) is written as UNIQUE (username) (case-insensitive collation); unique indexes
-- written as UNIQUE KEY; plain indexes, functions, triggers, sequences and views left out.

-- (1) AWL ---------------------------------------------------------------------------------------------------------
CREATE TABLE supported_locales (
  locale VARCHAR(255) NOT NULL,
  locale_name_en TEXT,
  locale_name_locale TEXT,
  PRIMARY KEY (locale)
);

CREATE TABLE usr (
  user_no INT NOT NULL AUTO_INCREMENT,
  active BOOLEAN DEFAULT TRUE,
  email_ok DATETIME,
  joined DATETIME DEFAULT CURRENT_TIMESTAMP,
  updated DATETIME,
  last_used DATETIME,
  username VARCHAR(255) NOT NULL,
  password TEXT,
  fullname TEXT,
  email TEXT,
  config_data TEXT,
  date_format_type TEXT DEFAULT 'E',
  locale TEXT,
  PRIMARY KEY (user_no),
  UNIQUE KEY usr_sk1_unique_username (username)
);

CREATE TABLE usr_setting (
  user_no INT NOT NULL,
  setting_name VARCHAR(255) NOT NULL,
  setting_value TEXT,
  PRIMARY KEY (user_no, setting_name),
  FOREIGN KEY (user_no) REFERENCES usr (user_no) ON DELETE CASCADE
);

CREATE TABLE roles (
  role_no INT NOT NULL AUTO_INCREMENT,
  role_name TEXT,
  PRIMARY KEY (role_no)
);

CREATE TABLE role_member (
  role_no INT,
  user_no INT,
  FOREIGN KEY (role_no) REFERENCES roles (role_no),
  FOREIGN KEY (user_no) REFERENCES usr (user_no) ON DELETE CASCADE
);

CREATE TABLE session (
  session_id INT NOT NULL AUTO_INCREMENT,
  user_no INT,
  session_start DATETIME DEFAULT CURRENT_TIMESTAMP,
  session_end DATETIME DEFAULT CURRENT_TIMESTAMP,
  session_key TEXT,
  session_config TEXT,
  PRIMARY KEY (session_id),
  FOREIGN KEY (user_no) REFERENCES usr (user_no) ON DELETE CASCADE
);

CREATE TABLE tmp_password (
  user_no INT,
  password TEXT,
  valid_until DATETIME,
  FOREIGN KEY (user_no) REFERENCES usr (user_no)
);

CREATE TABLE awl_db_revision (
  schema_id INT,
  schema_major INT,
  schema_minor INT,
  schema_patch INT,
  schema_name TEXT,
  applied_on DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- (2) DAViCal -----------------------------------------------------------------------------------------------------
CREATE TABLE timezones (
  our_tzno INT NOT NULL AUTO_INCREMENT,
  tzid VARCHAR(255) NOT NULL,
  olson_name TEXT,
  active BOOLEAN,
  last_modified DATETIME DEFAULT CURRENT_TIMESTAMP,
  etag TEXT,
  vtimezone TEXT,
  PRIMARY KEY (our_tzno),
  UNIQUE KEY timezones_tzid_key (tzid)
);

CREATE TABLE tz_aliases (
  our_tzno INT,
  tzalias TEXT NOT NULL,
  FOREIGN KEY (our_tzno) REFERENCES timezones (our_tzno)
);

CREATE TABLE tz_localnames (
  our_tzno INT,
  locale TEXT NOT NULL,
  localised_name TEXT NOT NULL,
  preferred BOOLEAN DEFAULT TRUE,
  FOREIGN KEY (our_tzno) REFERENCES timezones (our_tzno)
);

CREATE TABLE collection (
  user_no INT,
  parent_container TEXT,
  dav_name VARCHAR(255),
  dav_etag TEXT,
  dav_displayname TEXT,
  is_calendar BOOLEAN,
  created DATETIME,
  modified DATETIME,
  public_events_only BOOLEAN NOT NULL DEFAULT FALSE,
  publicly_readable BOOLEAN NOT NULL DEFAULT FALSE,
  collection_id BIGINT NOT NULL,
  default_privileges BIT(24),
  is_addressbook BOOLEAN DEFAULT FALSE,
  resourcetypes TEXT DEFAULT '<DAV::collection/>',
  schedule_transp TEXT DEFAULT 'opaque',
  timezone VARCHAR(255),
  description TEXT DEFAULT '',
  PRIMARY KEY (collection_id),
  UNIQUE KEY collection_user_no_dav_name_key (user_no, dav_name),
  UNIQUE KEY unique_path (dav_name),
  FOREIGN KEY (user_no) REFERENCES usr (user_no) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (timezone) REFERENCES timezones (tzid) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE caldav_data (
  user_no INT NOT NULL,
  dav_name VARCHAR(255) NOT NULL,
  dav_etag TEXT,
  created DATETIME,
  modified DATETIME,
  caldav_data TEXT,
  caldav_type TEXT,
  logged_user INT,
  dav_id BIGINT,
  collection_id BIGINT,
  weak_etag TEXT DEFAULT NULL,
  PRIMARY KEY (user_no, dav_name),
  UNIQUE KEY caldav_data_dav_id_key (dav_id),
  FOREIGN KEY (user_no) REFERENCES usr (user_no) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (logged_user) REFERENCES usr (user_no) ON UPDATE CASCADE ON DELETE SET NULL,
  FOREIGN KEY (collection_id) REFERENCES collection (collection_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE calendar_item (
  user_no INT NOT NULL,
  dav_name VARCHAR(255) NOT NULL,
  dav_etag TEXT,
  uid TEXT,
  created DATETIME,
  last_modified DATETIME,
  dtstamp DATETIME,
  dtstart DATETIME,
  dtend DATETIME,
  due DATETIME,
  summary TEXT,
  location TEXT,
  description TEXT,
  priority INT,
  class TEXT,
  transp TEXT,
  rrule TEXT,
  url TEXT,
  percent_complete DECIMAL(7,2),
  tz_id VARCHAR(255),
  status TEXT,
  completed DATETIME,
  dav_id BIGINT,
  collection_id BIGINT,
  first_instance_start DATETIME DEFAULT NULL,
  last_instance_end DATETIME DEFAULT NULL,
  PRIMARY KEY (user_no, dav_name),
  UNIQUE KEY calendar_item_dav_id_key (dav_id),
  FOREIGN KEY (user_no) REFERENCES usr (user_no) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (tz_id) REFERENCES timezones (tzid),
  FOREIGN KEY (collection_id) REFERENCES collection (collection_id) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT caldav_exists FOREIGN KEY (user_no, dav_name) REFERENCES caldav_data (user_no, dav_name) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE relationship_type (
  rt_id INT NOT NULL AUTO_INCREMENT,
  rt_name TEXT,
  rt_togroup BOOLEAN,
  confers TEXT DEFAULT 'RW',
  rt_fromgroup BOOLEAN,
  bit_confers BIT(24),
  PRIMARY KEY (rt_id)
);

CREATE TABLE relationship (
  from_user INT NOT NULL,
  to_user INT NOT NULL,
  rt_id INT NOT NULL,
  confers BIT(24),
  PRIMARY KEY (from_user, to_user, rt_id),
  FOREIGN KEY (from_user) REFERENCES usr (user_no) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (to_user) REFERENCES usr (user_no) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (rt_id) REFERENCES relationship_type (rt_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE locks (
  dav_name TEXT,
  opaquelocktoken VARCHAR(255) NOT NULL,
  type TEXT,
  scope TEXT,
  depth INT,
  owner TEXT,
  timeout TIME,
  start DATETIME DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY locks_opaquelocktoken_key (opaquelocktoken)
);

CREATE TABLE property (
  dav_name VARCHAR(255) NOT NULL,
  property_name VARCHAR(255) NOT NULL,
  property_value TEXT,
  changed_on DATETIME DEFAULT CURRENT_TIMESTAMP,
  changed_by INT,
  PRIMARY KEY (dav_name, property_name),
  FOREIGN KEY (changed_by) REFERENCES usr (user_no) ON UPDATE CASCADE ON DELETE SET NULL
);

CREATE TABLE freebusy_ticket (
  ticket_id VARCHAR(255) NOT NULL,
  user_no INT NOT NULL,
  created DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (ticket_id),
  FOREIGN KEY (user_no) REFERENCES usr (user_no) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE principal_type (
  principal_type_id INT NOT NULL AUTO_INCREMENT,
  principal_type_desc TEXT,
  PRIMARY KEY (principal_type_id)
);

CREATE TABLE principal (
  principal_id BIGINT NOT NULL,
  type_id INT NOT NULL,
  user_no INT NULL,
  displayname TEXT,
  default_privileges BIT(24),
  PRIMARY KEY (principal_id),
  UNIQUE KEY unique_user (user_no),
  FOREIGN KEY (type_id) REFERENCES principal_type (principal_type_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  FOREIGN KEY (user_no) REFERENCES usr (user_no) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE group_member (
  group_id BIGINT,
  member_id BIGINT,
  UNIQUE KEY group_member_pk (group_id, member_id),
  FOREIGN KEY (group_id) REFERENCES principal (principal_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (member_id) REFERENCES principal (principal_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE grants (
  by_principal BIGINT,
  by_collection BIGINT,
  to_principal BIGINT,
  privileges BIT(24),
  is_group BOOLEAN,
  UNIQUE KEY grants_pk1 (by_principal, to_principal),
  UNIQUE KEY grants_pk2 (by_collection, to_principal),
  FOREIGN KEY (by_principal) REFERENCES principal (principal_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (by_collection) REFERENCES collection (collection_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (to_principal) REFERENCES principal (principal_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE sync_tokens (
  sync_token INT NOT NULL AUTO_INCREMENT,
  collection_id BIGINT,
  modification_time DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (sync_token),
  FOREIGN KEY (collection_id) REFERENCES collection (collection_id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE sync_changes (
  sync_time DATETIME DEFAULT CURRENT_TIMESTAMP,
  collection_id BIGINT,
  sync_status INT,
  dav_id BIGINT,
  dav_name TEXT,
  FOREIGN KEY (collection_id) REFERENCES collection (collection_id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE access_ticket (
  ticket_id VARCHAR(255) NOT NULL,
  dav_owner_id BIGINT NOT NULL,
  privileges BIT(24),
  target_collection_id BIGINT NOT NULL,
  target_resource_id BIGINT,
  expires DATETIME,
  PRIMARY KEY (ticket_id),
  FOREIGN KEY (dav_owner_id) REFERENCES principal (principal_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (target_collection_id) REFERENCES collection (collection_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (target_resource_id) REFERENCES caldav_data (dav_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE dav_binding (
  bind_id BIGINT NOT NULL,
  bound_source_id BIGINT,
  access_ticket_id VARCHAR(255),
  dav_owner_id BIGINT NOT NULL,
  parent_container TEXT NOT NULL,
  dav_name VARCHAR(255) NOT NULL,
  dav_displayname TEXT,
  external_url TEXT,
  type TEXT,
  PRIMARY KEY (bind_id),
  UNIQUE KEY dav_binding_dav_name_key (dav_name),
  FOREIGN KEY (bound_source_id) REFERENCES collection (collection_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (access_ticket_id) REFERENCES access_ticket (ticket_id) ON UPDATE CASCADE ON DELETE SET NULL,
  FOREIGN KEY (dav_owner_id) REFERENCES principal (principal_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE addressbook_resource (
  dav_id BIGINT NOT NULL,
  version TEXT,
  uid TEXT,
  nickname TEXT,
  fn TEXT,
  n TEXT,
  note TEXT,
  org TEXT,
  url TEXT,
  fburl TEXT,
  caladruri TEXT,
  caluri TEXT,
  PRIMARY KEY (dav_id),
  FOREIGN KEY (dav_id) REFERENCES caldav_data (dav_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE addressbook_address_adr (
  dav_id BIGINT NOT NULL,
  type TEXT,
  box_no TEXT,
  unit_no TEXT,
  street_address TEXT,
  locality TEXT,
  region TEXT,
  postcode TEXT,
  country TEXT,
  property TEXT,
  FOREIGN KEY (dav_id) REFERENCES caldav_data (dav_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE addressbook_address_tel (
  dav_id BIGINT NOT NULL,
  type TEXT,
  tel TEXT,
  property TEXT,
  FOREIGN KEY (dav_id) REFERENCES caldav_data (dav_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE addressbook_address_email (
  dav_id BIGINT NOT NULL,
  type TEXT,
  email TEXT,
  property TEXT,
  FOREIGN KEY (dav_id) REFERENCES caldav_data (dav_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE calendar_alarm (
  dav_id BIGINT NOT NULL,
  action TEXT,
  `trigger` TEXT,
  summary TEXT,
  description TEXT,
  next_trigger DATETIME,
  component TEXT,
  trigger_state CHAR(1) DEFAULT 'N',
  FOREIGN KEY (dav_id) REFERENCES caldav_data (dav_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE calendar_attendee_email_status (
  email_status_id BIGINT NOT NULL,
  description TEXT NOT NULL,
  PRIMARY KEY (email_status_id)
);

CREATE TABLE calendar_attendee (
  dav_id BIGINT NOT NULL,
  status TEXT,
  partstat TEXT,
  cn TEXT,
  attendee VARCHAR(255) NOT NULL,
  role TEXT,
  rsvp BOOLEAN,
  property TEXT,
  attendee_state TEXT,
  weak_etag TEXT,
  email_status BIGINT NOT NULL DEFAULT 1,
  is_remote BOOLEAN DEFAULT FALSE,
  PRIMARY KEY (dav_id, attendee),
  FOREIGN KEY (dav_id) REFERENCES caldav_data (dav_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (email_status) REFERENCES calendar_attendee_email_status (email_status_id)
);

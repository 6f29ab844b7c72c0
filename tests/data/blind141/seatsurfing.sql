-- Seatsurfing (desk and room booking for offices and co-working spaces)
-- upstream: github.com/seatsurfing/seatsurfing, commit 49c88e246e3f88da08d900bf025bceade9e7cad5 (GPL-3.0)
-- source: server/repository/*-repository.go (CREATE TABLE / ALTER TABLE statements run by RunSchemaUpgrade up to
-- schema version 52), PostgreSQL converted to MySQL: uuid -> CHAR(36), VARCHAR -> VARCHAR(255) / TEXT,
-- BYTEA -> LONGBLOB, VARCHAR[] -> TEXT, TIMESTAMP -> DATETIME, real -> FLOAT. Columns dropped by later upgrades are
-- left out; added columns are in the order upstream adds them.

CREATE TABLE auth_providers (
  id CHAR(36) NOT NULL,
  organization_id CHAR(36) NOT NULL,
  name VARCHAR(255) NOT NULL,
  provider_type INT NOT NULL,
  auth_url VARCHAR(255) NOT NULL,
  token_url VARCHAR(255) NOT NULL,
  auth_style INT NOT NULL,
  scopes VARCHAR(255) NOT NULL,
  userinfo_url VARCHAR(255) NOT NULL,
  userinfo_email_field VARCHAR(255) NOT NULL,
  client_id VARCHAR(255) NOT NULL,
  client_secret VARCHAR(255) NOT NULL,
  logout_url VARCHAR(255) NOT NULL DEFAULT '',
  profile_page_url VARCHAR(255) NOT NULL DEFAULT '',
  read_only BOOLEAN NOT NULL DEFAULT FALSE,
  userinfo_firstname_field VARCHAR(255) NOT NULL DEFAULT '',
  userinfo_lastname_field VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (id)
);
CREATE INDEX idx_auth_providers_organization_id ON auth_providers(organization_id);

CREATE TABLE auth_states (
  id CHAR(36) NOT NULL,
  auth_provider_id CHAR(36) NOT NULL,
  expiry DATETIME NOT NULL,
  auth_state_type INT NOT NULL,
  payload TEXT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE auth_attempts (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NULL,
  email VARCHAR(255) NOT NULL,
  timestamp DATETIME NOT NULL,
  successful BOOLEAN,
  organization_id CHAR(36) NULL,
  method VARCHAR(255) NOT NULL DEFAULT '',
  auth_provider_id CHAR(36) NULL,
  error_code VARCHAR(255) NOT NULL DEFAULT '',
  error_detail VARCHAR(255) NOT NULL DEFAULT '',
  device VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (id)
);
CREATE INDEX idx_auth_attempts_user_id ON auth_attempts(user_id);
CREATE INDEX idx_auth_attempts_email ON auth_attempts(email);

CREATE TABLE bookings (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  space_id CHAR(36) NOT NULL,
  enter_time DATETIME NOT NULL,
  leave_time DATETIME NOT NULL,
  caldav_id VARCHAR(255) NOT NULL DEFAULT '',
  approved BOOLEAN DEFAULT TRUE,
  subject VARCHAR(255) NOT NULL DEFAULT '',
  recurring_id CHAR(36),
  created_at_utc DATETIME NULL DEFAULT NULL,
  last_info_mail_sent_at_utc DATETIME NULL DEFAULT NULL,
  reminder_sent_at_utc DATETIME NULL DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX idx_bookings_user_id ON bookings(user_id);
CREATE INDEX idx_bookings_space_time ON bookings(space_id, enter_time, leave_time);

CREATE TABLE buddies (
  id CHAR(36) NOT NULL,
  owner_id CHAR(36) NOT NULL,
  buddy_id CHAR(36) NOT NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX idx_buddies_owner_buddy_unique ON buddies(owner_id, buddy_id);

CREATE TABLE `groups` (
  id CHAR(36) NOT NULL,
  organization_id CHAR(36) NOT NULL,
  name VARCHAR(255) NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE users_groups (
  group_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX idx_users_groups_user_id ON users_groups(user_id);

CREATE TABLE locations (
  id CHAR(36) NOT NULL,
  organization_id CHAR(36) NOT NULL,
  name VARCHAR(255) NOT NULL,
  map_mimetype VARCHAR(255) DEFAULT '',
  map_data LONGBLOB,
  map_width INTEGER DEFAULT 0,
  map_height INTEGER DEFAULT 0,
  description VARCHAR(255) DEFAULT '',
  max_concurrent_bookings INTEGER DEFAULT 0,
  tz VARCHAR(255) DEFAULT '',
  enabled BOOLEAN NOT NULL DEFAULT TRUE,
  map_scale FLOAT NOT NULL DEFAULT 1.0,
  map_type VARCHAR(255) NOT NULL DEFAULT '',
  bookable_days VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (id)
);
CREATE INDEX idx_locations_organization_id ON locations(organization_id);

CREATE TABLE locations_allowed_bookers (
  location_id CHAR(36) NOT NULL,
  group_id CHAR(36) NOT NULL,
  PRIMARY KEY (location_id, group_id)
);

CREATE TABLE organizations (
  id CHAR(36) NOT NULL,
  name VARCHAR(255) NOT NULL,
  contact_firstname VARCHAR(255),
  contact_lastname VARCHAR(255),
  contact_email VARCHAR(255),
  language VARCHAR(255),
  signup_date DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE organizations_domains (
  domain VARCHAR(255) NOT NULL,
  organization_id CHAR(36) NOT NULL,
  active BOOLEAN NOT NULL DEFAULT FALSE,
  verify_token CHAR(36),
  primary_domain BOOLEAN NOT NULL DEFAULT FALSE,
  `accessible` BOOLEAN NOT NULL DEFAULT FALSE,
  access_check DATETIME NULL DEFAULT NULL
);
CREATE INDEX idx_organizations_domains_organization_id ON organizations_domains(organization_id);
CREATE INDEX idx_organizations_domains_domain ON organizations_domains(domain);

CREATE TABLE spaces (
  id CHAR(36) NOT NULL,
  location_id CHAR(36) NOT NULL,
  name VARCHAR(255) NOT NULL,
  x INTEGER,
  y INTEGER,
  width INTEGER,
  height INTEGER,
  rotation INTEGER,
  require_subject BOOLEAN DEFAULT TRUE,
  enabled BOOLEAN NOT NULL DEFAULT TRUE,
  kiosk_enabled BOOLEAN NOT NULL DEFAULT FALSE,
  shape VARCHAR(32) NOT NULL DEFAULT '',
  font_size VARCHAR(16) NOT NULL DEFAULT 'normal',
  PRIMARY KEY (id)
);
CREATE INDEX idx_spaces_location_id ON spaces(location_id);

CREATE TABLE spaces_approvers (
  space_id CHAR(36) NOT NULL,
  group_id CHAR(36) NOT NULL,
  PRIMARY KEY (space_id, group_id)
);

CREATE TABLE spaces_allowed_bookers (
  space_id CHAR(36) NOT NULL,
  group_id CHAR(36) NOT NULL,
  PRIMARY KEY (space_id, group_id)
);

CREATE TABLE users (
  id CHAR(36) NOT NULL,
  organization_id CHAR(36) NOT NULL,
  email VARCHAR(255) NOT NULL,
  password VARCHAR(255),
  auth_provider_id CHAR(36),
  atlassian_id VARCHAR(255),
  role INT,
  disabled BOOLEAN NOT NULL DEFAULT FALSE,
  ban_expiry DATETIME NULL DEFAULT NULL,
  firstname VARCHAR(255) NOT NULL DEFAULT '',
  lastname VARCHAR(255) NOT NULL DEFAULT '',
  last_activity_at_utc DATETIME NULL DEFAULT NULL,
  totp_secret VARCHAR(255) NULL,
  password_pending BOOLEAN NOT NULL DEFAULT FALSE,
  password_update_required BOOLEAN NOT NULL DEFAULT FALSE,
  api_token VARCHAR(255) NULL,
  PRIMARY KEY (id)
);
CREATE UNIQUE INDEX users_email ON users(email, organization_id);
CREATE INDEX users_atlassian_id ON users(atlassian_id);

CREATE TABLE users_preferences (
  user_id CHAR(36) NOT NULL,
  name VARCHAR(255) NOT NULL,
  value VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (user_id, name)
);

CREATE TABLE settings (
  organization_id CHAR(36) NOT NULL,
  name VARCHAR(255) NOT NULL,
  value VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (organization_id, name)
);

CREATE TABLE recurring_bookings (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  space_id CHAR(36) NOT NULL,
  enter_time DATETIME NOT NULL,
  leave_time DATETIME NOT NULL,
  subject VARCHAR(255) NOT NULL DEFAULT '',
  cadence INT NOT NULL,
  details VARCHAR(255),
  end_date DATETIME NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX idx_recurring_bookings_user_id ON recurring_bookings(user_id);

CREATE TABLE refresh_tokens (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  created DATETIME NOT NULL,
  expiry DATETIME NOT NULL,
  session_id CHAR(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  PRIMARY KEY (id)
);

CREATE TABLE space_attributes (
  id CHAR(36) NOT NULL,
  organization_id CHAR(36) NOT NULL,
  label VARCHAR(255) NOT NULL,
  type INTEGER DEFAULT 1,
  space_applicable BOOLEAN NOT NULL DEFAULT FALSE,
  location_applicable BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id)
);

CREATE TABLE space_attribute_values (
  attribute_id CHAR(36) NOT NULL,
  entity_id CHAR(36) NOT NULL,
  entity_type INTEGER NOT NULL,
  value VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (attribute_id, entity_id, entity_type)
);
CREATE INDEX idx_space_attribute_values_entity ON space_attribute_values(entity_id, entity_type);

CREATE TABLE mail_logs (
  id CHAR(36) NOT NULL,
  timestamp DATETIME NOT NULL,
  subject VARCHAR(255) NOT NULL,
  recipient VARCHAR(255) NOT NULL,
  organization_id CHAR(36) NULL,
  PRIMARY KEY (id)
);
CREATE INDEX idx_mail_logs_timestamp ON mail_logs(timestamp);
CREATE INDEX idx_mail_logs_recipient ON mail_logs(recipient);
CREATE INDEX idx_mail_logs_organization_id ON mail_logs(organization_id);

CREATE TABLE sessions (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  device VARCHAR(255) NOT NULL,
  created DATETIME NOT NULL,
  last_activity DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at DATETIME NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX idx_sessions_user_id ON sessions(user_id);
CREATE INDEX idx_sessions_expires_at ON sessions(expires_at);

CREATE TABLE passkeys (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  credential_id_encrypted VARCHAR(255) NOT NULL,
  credential_id_hash VARCHAR(255) NOT NULL,
  public_key_encrypted TEXT NOT NULL,
  attestation_type VARCHAR(255) NOT NULL DEFAULT '',
  aaguid VARCHAR(255) NOT NULL DEFAULT '',
  sign_count BIGINT NOT NULL DEFAULT 0,
  backup_eligible BOOLEAN NOT NULL DEFAULT FALSE,
  backup_state BOOLEAN NOT NULL DEFAULT FALSE,
  transports TEXT NOT NULL,
  name VARCHAR(255) NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  last_used_at DATETIME NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE
);
CREATE INDEX idx_passkeys_user_id ON passkeys(user_id);
CREATE UNIQUE INDEX idx_passkeys_credential_id_hash ON passkeys(credential_id_hash);

CREATE TABLE location_floor_plans (
  location_id CHAR(36) NOT NULL,
  organization_id CHAR(36) NOT NULL,
  design_data TEXT NOT NULL,
  PRIMARY KEY (location_id),
  FOREIGN KEY (location_id) REFERENCES locations(id) ON DELETE CASCADE
);
CREATE INDEX idx_location_floor_plans_org ON location_floor_plans(organization_id);

-- privacyIDEA (github.com/privacyidea/privacyidea, commit 55410007d118b505d9ff300b6114c2701e9bdb3c, AGPL-3.0-or-later)
-- 42 of the 57 tables of the SQLAlchemy models in privacyidea/models/*.py, written out by SQLAlchemy's own
-- CREATE TABLE compiler for the MySQL dialect (DateTime as DATETIME(6), as upstream's @compiles hook does; Sequence
-- ids as AUTO_INCREMENT). Indexes (emitted separately by SQLAlchemy) left out; foreign keys as the models declare
-- them, those pointing at tables left out dropped (tokencontainer.template_id -> tokencontainertemplate).
-- Left out: metric_aggregate, caconnector, caconnectorconfig, machineresolverconfig, periodictasklastrun,
-- periodictaskoption, privacyideaserver, serviceid, eventcounter, tokencontainertemplate, smsgatewayoption,
-- nodename, eventhandleroption, tokengroup, tokentokengroup.

CREATE TABLE `admin` (
  username VARCHAR(120) NOT NULL,
  password VARCHAR(255),
  email VARCHAR(255),
  PRIMARY KEY (username)
);

CREATE TABLE authcache (
  id INTEGER NOT NULL AUTO_INCREMENT,
  first_auth DATETIME(6),
  last_auth DATETIME(6),
  username VARCHAR(64),
  resolver VARCHAR(120),
  realm VARCHAR(120),
  client_ip VARCHAR(40),
  user_agent VARCHAR(120),
  auth_count INTEGER,
  authentication VARCHAR(255),
  PRIMARY KEY (id)
);

CREATE TABLE challenge (
  id INTEGER NOT NULL AUTO_INCREMENT,
  transaction_id VARCHAR(64) NOT NULL,
  data VARCHAR(2000),
  challenge TEXT,
  `session` VARCHAR(512),
  serial VARCHAR(40),
  timestamp DATETIME(6),
  expiration DATETIME(6),
  received_count INTEGER,
  otp_valid BOOL,
  PRIMARY KEY (id)
);

CREATE TABLE clientapplication (
  id INTEGER NOT NULL AUTO_INCREMENT,
  ip VARCHAR(255) NOT NULL,
  hostname VARCHAR(255),
  clienttype VARCHAR(255) NOT NULL,
  lastseen DATETIME(6),
  node VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT caix UNIQUE (ip, clienttype, node)
);

CREATE TABLE clients (
  id VARCHAR(36) NOT NULL,
  display_name VARCHAR(255) NOT NULL,
  client_type VARCHAR(64) NOT NULL,
  key_id VARCHAR(32) NOT NULL,
  key_hash VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  last_used_at DATETIME(6),
  config JSON NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE config (
  `Key` VARCHAR(255) NOT NULL,
  `Value` VARCHAR(2000),
  `Type` VARCHAR(2000),
  `Description` VARCHAR(2000),
  PRIMARY KEY (`Key`)
);

CREATE TABLE eventhandler (
  id INTEGER NOT NULL AUTO_INCREMENT,
  name VARCHAR(64),
  active BOOL,
  ordering INTEGER NOT NULL,
  position VARCHAR(10),
  abort_on_error BOOL,
  event VARCHAR(255) NOT NULL,
  handlermodule VARCHAR(255) NOT NULL,
  `condition` VARCHAR(1024),
  action VARCHAR(1024),
  PRIMARY KEY (id)
);

CREATE TABLE machineresolver (
  id INTEGER NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NOT NULL,
  rtype VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE (name)
);

CREATE TABLE monitoringstats (
  id INTEGER NOT NULL AUTO_INCREMENT,
  timestamp DATETIME(6) NOT NULL,
  stats_key VARCHAR(128) NOT NULL,
  stats_value INTEGER NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT msix_1 UNIQUE (timestamp, stats_key)
);

CREATE TABLE passwordreset (
  id INTEGER NOT NULL AUTO_INCREMENT,
  recoverycode VARCHAR(255) NOT NULL,
  username VARCHAR(64) NOT NULL,
  realm VARCHAR(64) NOT NULL,
  resolver VARCHAR(64),
  email VARCHAR(255),
  timestamp DATETIME(6),
  expiration DATETIME(6),
  PRIMARY KEY (id)
);

CREATE TABLE periodictask (
  id INTEGER NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  active BOOL NOT NULL,
  retry_if_failed BOOL NOT NULL,
  `interval` VARCHAR(256) NOT NULL,
  nodes VARCHAR(256) NOT NULL,
  taskmodule VARCHAR(256) NOT NULL,
  ordering INTEGER NOT NULL,
  last_update DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE (name)
);

CREATE TABLE pidea_audit (
  id BIGINT NOT NULL AUTO_INCREMENT,
  date DATETIME(6),
  startdate DATETIME(6),
  duration DATETIME(6),
  signature VARCHAR(1100),
  action VARCHAR(200),
  success INTEGER,
  authentication VARCHAR(12),
  serial VARCHAR(40),
  token_type VARCHAR(12),
  container_serial VARCHAR(40),
  container_type VARCHAR(100),
  user VARCHAR(100),
  realm VARCHAR(255),
  resolver VARCHAR(255),
  administrator VARCHAR(100),
  action_detail VARCHAR(500),
  info VARCHAR(500),
  privacyidea_server VARCHAR(255),
  client VARCHAR(50),
  user_agent VARCHAR(50),
  user_agent_version VARCHAR(20),
  loglevel VARCHAR(12),
  clearance_level VARCHAR(12),
  thread_id VARCHAR(20),
  policies VARCHAR(255),
  PRIMARY KEY (id)
);

CREATE TABLE policy (
  id INTEGER NOT NULL AUTO_INCREMENT,
  active BOOL,
  check_all_resolvers BOOL,
  name VARCHAR(64) NOT NULL,
  user_case_insensitive BOOL,
  scope VARCHAR(32) NOT NULL,
  action TEXT,
  realm VARCHAR(256),
  adminrealm VARCHAR(256),
  adminuser VARCHAR(256),
  resolver VARCHAR(256),
  pinode VARCHAR(256),
  user VARCHAR(256),
  client VARCHAR(256),
  time VARCHAR(64),
  user_agents VARCHAR(256),
  priority INTEGER NOT NULL,
  PRIMARY KEY (id),
  UNIQUE (name)
);

CREATE TABLE radiusserver (
  id INTEGER NOT NULL AUTO_INCREMENT,
  identifier VARCHAR(255) NOT NULL,
  server VARCHAR(255) NOT NULL,
  port INTEGER,
  secret VARCHAR(255),
  dictionary VARCHAR(255),
  description VARCHAR(2000),
  timeout INTEGER,
  retries INTEGER,
  options JSON,
  PRIMARY KEY (id),
  UNIQUE (identifier)
);

CREATE TABLE realm (
  id INTEGER NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NOT NULL,
  `default` BOOL,
  PRIMARY KEY (id),
  UNIQUE (name)
);

CREATE TABLE resolver (
  id INTEGER NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NOT NULL,
  rtype VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE (name)
);

CREATE TABLE smsgateway (
  id INTEGER NOT NULL AUTO_INCREMENT,
  identifier VARCHAR(255) NOT NULL,
  description VARCHAR(1024),
  providermodule VARCHAR(1024) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE (identifier)
);

CREATE TABLE smtpserver (
  id INTEGER NOT NULL AUTO_INCREMENT,
  identifier VARCHAR(255) NOT NULL,
  server VARCHAR(255) NOT NULL,
  port INTEGER,
  username VARCHAR(255),
  password VARCHAR(255),
  sender VARCHAR(255),
  tls BOOL,
  description VARCHAR(2000),
  timeout INTEGER,
  enqueue_job BOOL NOT NULL,
  smime BOOL NOT NULL,
  dont_send_on_error BOOL NOT NULL,
  private_key VARCHAR(255),
  private_key_password VARCHAR(255),
  certificate VARCHAR(255),
  PRIMARY KEY (id)
);

CREATE TABLE subscription (
  id INTEGER NOT NULL AUTO_INCREMENT,
  application VARCHAR(80),
  for_name VARCHAR(80) NOT NULL,
  for_address VARCHAR(128),
  for_email VARCHAR(128) NOT NULL,
  for_phone VARCHAR(50) NOT NULL,
  for_url VARCHAR(80),
  for_comment VARCHAR(255),
  by_name VARCHAR(50) NOT NULL,
  by_email VARCHAR(128) NOT NULL,
  by_address VARCHAR(128),
  by_phone VARCHAR(50),
  by_url VARCHAR(80),
  date_from DATETIME(6),
  date_till DATETIME(6),
  num_users INTEGER,
  num_tokens INTEGER,
  num_clients INTEGER,
  level VARCHAR(80),
  signature VARCHAR(640),
  PRIMARY KEY (id)
);

CREATE TABLE token (
  id INTEGER NOT NULL AUTO_INCREMENT,
  description VARCHAR(80),
  serial VARCHAR(40) NOT NULL,
  tokentype VARCHAR(30),
  user_pin VARCHAR(512),
  user_pin_iv VARCHAR(32),
  so_pin VARCHAR(512),
  so_pin_iv VARCHAR(32),
  pin_seed VARCHAR(32),
  otplen INTEGER,
  pin_hash VARCHAR(512),
  key_enc VARCHAR(2800),
  key_iv VARCHAR(32),
  maxfail INTEGER,
  active BOOL NOT NULL,
  revoked BOOL,
  locked BOOL,
  failcount INTEGER,
  count INTEGER,
  count_window INTEGER,
  sync_window INTEGER,
  rollout_state VARCHAR(10),
  PRIMARY KEY (id)
);

CREATE TABLE usercache (
  id INTEGER NOT NULL AUTO_INCREMENT,
  username VARCHAR(64),
  used_login VARCHAR(64),
  resolver VARCHAR(120),
  user_id VARCHAR(320),
  timestamp DATETIME(6),
  PRIMARY KEY (id)
);

CREATE TABLE customuserattribute (
  id INTEGER NOT NULL AUTO_INCREMENT,
  user_id VARCHAR(320),
  resolver VARCHAR(120),
  realm_id INTEGER,
  `Key` VARCHAR(255) NOT NULL,
  `Value` TEXT,
  `Type` VARCHAR(100),
  PRIMARY KEY (id),
  FOREIGN KEY(realm_id) REFERENCES realm (id)
);

CREATE TABLE description (
  id INTEGER NOT NULL AUTO_INCREMENT,
  object_id INTEGER NOT NULL,
  object_type VARCHAR(64) NOT NULL,
  last_update DATETIME(6),
  description TEXT,
  PRIMARY KEY (id),
  FOREIGN KEY(object_id) REFERENCES policy (id)
);

CREATE TABLE eventhandlercondition (
  id INTEGER NOT NULL AUTO_INCREMENT,
  eventhandler_id INTEGER,
  `Key` VARCHAR(255) NOT NULL,
  `Value` VARCHAR(2000),
  comparator VARCHAR(255),
  PRIMARY KEY (id),
  CONSTRAINT ehcix_1 UNIQUE (eventhandler_id, `Key`),
  FOREIGN KEY(eventhandler_id) REFERENCES eventhandler (id)
);

CREATE TABLE internaluserattribute (
  id INTEGER NOT NULL AUTO_INCREMENT,
  user_id VARCHAR(320),
  resolver VARCHAR(120),
  realm_id INTEGER,
  `Key` VARCHAR(255) NOT NULL,
  `Value` JSON,
  last_modified DATETIME(6),
  node VARCHAR(120),
  PRIMARY KEY (id),
  CONSTRAINT uq_internaluserattribute_user_key UNIQUE (user_id, resolver, realm_id, `Key`),
  FOREIGN KEY(realm_id) REFERENCES realm (id) ON DELETE CASCADE
);

CREATE TABLE machinetoken (
  id INTEGER NOT NULL AUTO_INCREMENT,
  token_id INTEGER,
  machineresolver_id INTEGER,
  machine_id VARCHAR(255),
  application VARCHAR(64),
  PRIMARY KEY (id),
  FOREIGN KEY(token_id) REFERENCES token (id)
);

CREATE TABLE policycondition (
  id INTEGER NOT NULL AUTO_INCREMENT,
  policy_id INTEGER NOT NULL,
  section VARCHAR(255) NOT NULL,
  `Key` VARCHAR(255) NOT NULL,
  comparator VARCHAR(255) NOT NULL,
  `Value` VARCHAR(2000) NOT NULL,
  active BOOL NOT NULL,
  handle_missing_data VARCHAR(255),
  PRIMARY KEY (id),
  FOREIGN KEY(policy_id) REFERENCES policy (id)
);

CREATE TABLE remembered_devices (
  series_id VARCHAR(64) NOT NULL,
  device_id VARCHAR(64) NOT NULL,
  counter INTEGER NOT NULL,
  client_id VARCHAR(36) NOT NULL,
  resolver VARCHAR(120) NOT NULL,
  user_id VARCHAR(320) NOT NULL,
  realm_id INTEGER NOT NULL,
  ip_address VARCHAR(64),
  user_agent VARCHAR(255),
  created_at DATETIME(6) NOT NULL,
  last_used_at DATETIME(6),
  expires_at DATETIME(6) NOT NULL,
  PRIMARY KEY (series_id),
  FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE,
  FOREIGN KEY(realm_id) REFERENCES realm (id) ON DELETE CASCADE
);

CREATE TABLE resolverconfig (
  id INTEGER NOT NULL AUTO_INCREMENT,
  resolver_id INTEGER,
  `Key` VARCHAR(255) NOT NULL,
  `Value` VARCHAR(2000),
  `Type` VARCHAR(2000),
  `Description` VARCHAR(2000),
  PRIMARY KEY (id),
  CONSTRAINT rcix_2 UNIQUE (resolver_id, `Key`),
  FOREIGN KEY(resolver_id) REFERENCES resolver (id)
);

CREATE TABLE resolverrealm (
  id INTEGER NOT NULL AUTO_INCREMENT,
  resolver_id INTEGER,
  realm_id INTEGER,
  priority INTEGER,
  node_uuid VARCHAR(36),
  PRIMARY KEY (id),
  CONSTRAINT rrix_2 UNIQUE (resolver_id, realm_id, node_uuid),
  FOREIGN KEY(resolver_id) REFERENCES resolver (id),
  FOREIGN KEY(realm_id) REFERENCES realm (id)
);

CREATE TABLE tokencontainer (
  id INTEGER NOT NULL AUTO_INCREMENT,
  type VARCHAR(100) NOT NULL,
  description VARCHAR(1024),
  serial VARCHAR(40) NOT NULL,
  last_seen DATETIME(6),
  last_updated DATETIME(6),
  template_id INTEGER,
  PRIMARY KEY (id)
);

CREATE TABLE tokencredentialidhash (
  id INTEGER NOT NULL AUTO_INCREMENT,
  credential_id_hash VARCHAR(256) NOT NULL,
  token_id INTEGER NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY(token_id) REFERENCES token (id)
);

CREATE TABLE tokeninfo (
  id INTEGER NOT NULL AUTO_INCREMENT,
  `Key` VARCHAR(255) NOT NULL,
  `Value` TEXT,
  `Type` VARCHAR(100),
  `Description` VARCHAR(2000),
  token_id INTEGER,
  PRIMARY KEY (id),
  CONSTRAINT tiix_2 UNIQUE (token_id, `Key`),
  FOREIGN KEY(token_id) REFERENCES token (id)
);

CREATE TABLE tokenowner (
  id INTEGER NOT NULL AUTO_INCREMENT,
  token_id INTEGER,
  resolver VARCHAR(120),
  user_id VARCHAR(320),
  realm_id INTEGER,
  PRIMARY KEY (id),
  FOREIGN KEY(token_id) REFERENCES token (id),
  FOREIGN KEY(realm_id) REFERENCES realm (id)
);

CREATE TABLE tokenrealm (
  id INTEGER NOT NULL AUTO_INCREMENT,
  token_id INTEGER,
  realm_id INTEGER,
  PRIMARY KEY (id),
  CONSTRAINT trix_2 UNIQUE (token_id, realm_id),
  FOREIGN KEY(token_id) REFERENCES token (id),
  FOREIGN KEY(realm_id) REFERENCES realm (id)
);

CREATE TABLE usersetting (
  id INTEGER NOT NULL AUTO_INCREMENT,
  subject_type VARCHAR(20) NOT NULL,
  username VARCHAR(320),
  user_id VARCHAR(320),
  resolver VARCHAR(120),
  realm_id INTEGER,
  subject_hash VARCHAR(64) NOT NULL,
  settings JSON,
  last_modified DATETIME(6),
  node VARCHAR(120),
  PRIMARY KEY (id),
  CONSTRAINT uq_usersetting_subject UNIQUE (subject_hash),
  FOREIGN KEY(realm_id) REFERENCES realm (id) ON DELETE CASCADE
);

CREATE TABLE machinetokenoptions (
  id INTEGER NOT NULL AUTO_INCREMENT,
  machinetoken_id INTEGER,
  mt_key VARCHAR(64) NOT NULL,
  mt_value VARCHAR(64) NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY(machinetoken_id) REFERENCES machinetoken (id)
);

CREATE TABLE tokencontainerinfo (
  id INTEGER NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  value TEXT,
  type VARCHAR(100),
  description VARCHAR(2000),
  container_id INTEGER,
  PRIMARY KEY (id),
  CONSTRAINT container_id_constraint UNIQUE (container_id, `key`),
  FOREIGN KEY(container_id) REFERENCES tokencontainer (id)
);

CREATE TABLE tokencontainerowner (
  id INTEGER NOT NULL AUTO_INCREMENT,
  container_id INTEGER,
  resolver VARCHAR(120),
  user_id VARCHAR(320),
  realm_id INTEGER,
  PRIMARY KEY (id),
  FOREIGN KEY(container_id) REFERENCES tokencontainer (id),
  FOREIGN KEY(realm_id) REFERENCES realm (id)
);

CREATE TABLE tokencontainerrealm (
  container_id INTEGER NOT NULL,
  realm_id INTEGER NOT NULL,
  PRIMARY KEY (container_id, realm_id),
  FOREIGN KEY(container_id) REFERENCES tokencontainer (id),
  FOREIGN KEY(realm_id) REFERENCES realm (id)
);

CREATE TABLE tokencontainerstates (
  id INTEGER NOT NULL AUTO_INCREMENT,
  container_id INTEGER,
  state VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY(container_id) REFERENCES tokencontainer (id)
);

CREATE TABLE tokencontainertoken (
  token_id INTEGER NOT NULL,
  container_id INTEGER NOT NULL,
  PRIMARY KEY (token_id, container_id),
  FOREIGN KEY(token_id) REFERENCES token (id),
  FOREIGN KEY(container_id) REFERENCES tokencontainer (id)
);


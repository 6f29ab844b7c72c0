-- Wire (wire-server, the back end of the Wire team messenger; self-hostable): accounts, handles and e-mail keys,
-- devices (clients) with their prekeys and MLS keys, connections between users, login codes, cookies, password
-- resets, verification codes, OAuth, bots (services) and their providers, teams and members, invitations,
-- conversations and members, legal hold, push tokens and notifications, SAML/SCIM single sign-on.
-- Source: github.com/wireapp/wire-server commit df05bcaa4386804a4e86e5ee250f2dac1b80c228 (2026-04-11), AGPL-3.0:
--   `cassandra-schema.cql` (the schema dump upstream generates with `make cassandra-schema`, last changed in
--   14b33100) for the Cassandra keyspaces brig, galley, gundeck and spar (dumped as brig_test ...), and
--   `postgres-schema.sql` (pg_dump of the wire-subsystems database, last changed in a1b9819c) for the six tables
--   that exist only in PostgreSQL.
-- Cassandra tables are named <keyspace>_<table> (brig.user -> brig_user), because several keyspaces reuse a
-- name (user, clients, service, meta). Columns in the dump's order (partition key, clustering columns, then the
-- rest as Cassandra lists them). PRIMARY KEY = partition key columns followed by clustering columns. CQL types
-- as MySQL: uuid / timeuuid CHAR(36), text / ascii TEXT (VARCHAR(191) in a key), blob BLOB (VARBINARY(255) in a
-- key), int INT, bigint BIGINT, boolean BOOLEAN, float FLOAT, double DOUBLE, timestamp DATETIME(3), inet
-- VARCHAR(45); set / list / map / frozen collections and user-defined types (asset, pubkey, permissions) JSON.
-- Cassandra has no foreign keys; its four secondary indexes and the table options are left out.
-- PostgreSQL tables: uuid CHAR(36), text TEXT, json and arrays JSON, integer INT, timestamptz DATETIME(6), the
-- enum recurrence_frequency as ENUM; primary, unique and foreign keys as in the dump (CHECK constraints left out).
-- Left out (21 Cassandra tables): brig domain_registration_by_team, domain_registration_challenge,
-- federation_remote_teams, mls_key_package_refs, service_prefix, service_tag, service_team, service_whitelist,
-- service_whitelist_rev; galley conversation_out_of_sync, data_migration, group_id_conv_id, meta,
-- mls_commit_locks, mls_proposal_refs, subconversation, team_features (50 feature-flag columns); gundeck
-- data_migration; spar data_migration, issuer_idp (superseded by issuer_idp_v2), meta. Left out of the
-- PostgreSQL dump: the conversation tables being migrated there from galley's Cassandra keyspace
-- (conversation, conversation_codes, conversation_member, local_conversation_remote_member,
-- remote_conversation_local_member, mls_group_member_client, subconversation, conversation_out_of_sync,
-- conversation_migration_pending_deletes, team_features) and schema_migrations.

-- brig.activation_keys: PRIMARY KEY (key)
CREATE TABLE brig_activation_keys (
  `key` VARCHAR(191) NOT NULL,
  challenge TEXT,
  code TEXT,
  key_text TEXT,
  key_type TEXT,
  retries INT,
  user CHAR(36),
  PRIMARY KEY (`key`)
);

-- brig.blacklist: PRIMARY KEY (key)
CREATE TABLE brig_blacklist (
  `key` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`key`)
);

-- brig.budget: PRIMARY KEY (key)
CREATE TABLE brig_budget (
  `key` VARCHAR(191) NOT NULL,
  budget INT,
  PRIMARY KEY (`key`)
);

-- brig.clients: PRIMARY KEY (user, client)
CREATE TABLE brig_clients (
  user CHAR(36) NOT NULL,
  client VARCHAR(191) NOT NULL,
  class INT,
  cookie TEXT,
  ip VARCHAR(45),
  label TEXT,
  last_active DATETIME(3),
  lat DOUBLE,
  lon DOUBLE,
  model TEXT,
  tstamp DATETIME(3),
  type INT,
  capabilities JSON,
  PRIMARY KEY (user, client)
);

-- brig.codes: PRIMARY KEY (user, scope)
CREATE TABLE brig_codes (
  user CHAR(36) NOT NULL,
  scope INT NOT NULL,
  code TEXT,
  retries INT,
  PRIMARY KEY (user, scope)
);

-- brig.connection: PRIMARY KEY (left, right)
CREATE TABLE brig_connection (
  `left` CHAR(36) NOT NULL,
  `right` CHAR(36) NOT NULL,
  conv CHAR(36),
  last_update DATETIME(3),
  message TEXT,
  status INT,
  PRIMARY KEY (`left`, `right`)
);

-- brig.connection_remote: PRIMARY KEY (left, right_domain, right_user)
CREATE TABLE brig_connection_remote (
  `left` CHAR(36) NOT NULL,
  right_domain VARCHAR(191) NOT NULL,
  right_user CHAR(36) NOT NULL,
  conv_domain TEXT,
  conv_id CHAR(36),
  last_update DATETIME(3),
  status INT,
  PRIMARY KEY (`left`, right_domain, right_user)
);

-- brig.domain_registration: PRIMARY KEY (domain)
CREATE TABLE brig_domain_registration (
  domain VARCHAR(191) NOT NULL,
  authorized_team CHAR(36),
  backend_url BLOB,
  dns_verification_token TEXT,
  domain_redirect INT,
  idp_id CHAR(36),
  ownership_token_hash BLOB,
  team CHAR(36),
  team_invite INT,
  webapp_url BLOB,
  PRIMARY KEY (domain)
);

-- brig.excluded_phones: PRIMARY KEY (prefix)
CREATE TABLE brig_excluded_phones (
  prefix VARCHAR(191) NOT NULL,
  comment TEXT,
  PRIMARY KEY (prefix)
);

-- brig.federation_remotes: PRIMARY KEY (domain)
CREATE TABLE brig_federation_remotes (
  domain VARCHAR(191) NOT NULL,
  restriction INT,
  search_policy INT,
  PRIMARY KEY (domain)
);

-- brig.invitee_info: PRIMARY KEY (invitee)
CREATE TABLE brig_invitee_info (
  invitee CHAR(36) NOT NULL,
  conv CHAR(36),
  inviter CHAR(36),
  PRIMARY KEY (invitee)
);

-- brig.login_codes: PRIMARY KEY (user)
CREATE TABLE brig_login_codes (
  user CHAR(36) NOT NULL,
  code TEXT,
  retries INT,
  timeout DATETIME(3),
  PRIMARY KEY (user)
);

-- brig.meta: PRIMARY KEY (id, version)
CREATE TABLE brig_meta (
  id INT NOT NULL,
  version INT NOT NULL,
  date DATETIME(3),
  descr TEXT,
  PRIMARY KEY (id, version)
);

-- brig.mls_key_packages: PRIMARY KEY ((user, client, cipher_suite), ref)
CREATE TABLE brig_mls_key_packages (
  user CHAR(36) NOT NULL,
  client VARCHAR(191) NOT NULL,
  cipher_suite INT NOT NULL,
  ref VARBINARY(255) NOT NULL,
  data BLOB,
  PRIMARY KEY (user, client, cipher_suite, ref)
);

-- brig.mls_public_keys: PRIMARY KEY (user, client, sig_scheme)
CREATE TABLE brig_mls_public_keys (
  user CHAR(36) NOT NULL,
  client VARCHAR(191) NOT NULL,
  sig_scheme VARCHAR(191) NOT NULL,
  `key` BLOB,
  PRIMARY KEY (user, client, sig_scheme)
);

-- brig.nonce: PRIMARY KEY (user, key)
CREATE TABLE brig_nonce (
  user CHAR(36) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  nonce CHAR(36),
  PRIMARY KEY (user, `key`)
);

-- brig.oauth_auth_code: PRIMARY KEY (code)
CREATE TABLE brig_oauth_auth_code (
  code VARCHAR(191) NOT NULL,
  client CHAR(36),
  code_challenge BLOB,
  redirect_uri BLOB,
  user CHAR(36),
  scope JSON,
  PRIMARY KEY (code)
);

-- brig.oauth_client: PRIMARY KEY (id)
CREATE TABLE brig_oauth_client (
  id CHAR(36) NOT NULL,
  name TEXT,
  redirect_uri BLOB,
  secret BLOB,
  PRIMARY KEY (id)
);

-- brig.oauth_refresh_token: PRIMARY KEY (id)
CREATE TABLE brig_oauth_refresh_token (
  id CHAR(36) NOT NULL,
  client CHAR(36),
  created_at DATETIME(3),
  user CHAR(36),
  scope JSON,
  PRIMARY KEY (id)
);

-- brig.oauth_user_refresh_token: PRIMARY KEY (user, token_id)
CREATE TABLE brig_oauth_user_refresh_token (
  user CHAR(36) NOT NULL,
  token_id CHAR(36) NOT NULL,
  PRIMARY KEY (user, token_id)
);

-- brig.password_reset: PRIMARY KEY (key)
CREATE TABLE brig_password_reset (
  `key` VARCHAR(191) NOT NULL,
  code TEXT,
  retries INT,
  timeout DATETIME(3),
  user CHAR(36),
  PRIMARY KEY (`key`)
);

-- brig.prekeys: PRIMARY KEY (user, client, key)
CREATE TABLE brig_prekeys (
  user CHAR(36) NOT NULL,
  client VARCHAR(191) NOT NULL,
  `key` INT NOT NULL,
  data TEXT,
  PRIMARY KEY (user, client, `key`)
);

-- brig.properties: PRIMARY KEY (user, key)
CREATE TABLE brig_properties (
  user CHAR(36) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  value BLOB,
  PRIMARY KEY (user, `key`)
);

-- brig.provider: PRIMARY KEY (id)
CREATE TABLE brig_provider (
  id CHAR(36) NOT NULL,
  descr TEXT,
  email TEXT,
  name TEXT,
  password BLOB,
  url BLOB,
  PRIMARY KEY (id)
);

-- brig.provider_keys: PRIMARY KEY (key)
CREATE TABLE brig_provider_keys (
  `key` VARCHAR(191) NOT NULL,
  provider CHAR(36),
  PRIMARY KEY (`key`)
);

-- brig.rich_info: PRIMARY KEY (user)
CREATE TABLE brig_rich_info (
  user CHAR(36) NOT NULL,
  json BLOB,
  PRIMARY KEY (user)
);

-- brig.service: PRIMARY KEY (provider, id)
CREATE TABLE brig_service (
  provider CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  base_url BLOB,
  descr TEXT,
  enabled BOOLEAN,
  name TEXT,
  summary TEXT,
  assets JSON,
  auth_tokens JSON,
  fingerprints JSON,
  pubkeys JSON,
  tags JSON,
  PRIMARY KEY (provider, id)
);

-- brig.service_user: PRIMARY KEY ((provider, service), user)
CREATE TABLE brig_service_user (
  provider CHAR(36) NOT NULL,
  service CHAR(36) NOT NULL,
  user CHAR(36) NOT NULL,
  conv CHAR(36),
  team CHAR(36),
  PRIMARY KEY (provider, service, user)
);

-- brig.team_invitation: PRIMARY KEY (team, id)
CREATE TABLE brig_team_invitation (
  team CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  code TEXT,
  created_at DATETIME(3),
  created_by CHAR(36),
  email TEXT,
  name TEXT,
  role INT,
  PRIMARY KEY (team, id)
);

-- brig.team_invitation_email: PRIMARY KEY (email, team)
CREATE TABLE brig_team_invitation_email (
  email VARCHAR(191) NOT NULL,
  team CHAR(36) NOT NULL,
  code TEXT,
  invitation CHAR(36),
  PRIMARY KEY (email, team)
);

-- brig.team_invitation_info: PRIMARY KEY (code)
CREATE TABLE brig_team_invitation_info (
  code VARCHAR(191) NOT NULL,
  id CHAR(36),
  team CHAR(36),
  PRIMARY KEY (code)
);

-- brig.unique_claims: PRIMARY KEY (value)
CREATE TABLE brig_unique_claims (
  value VARCHAR(191) NOT NULL,
  claims JSON,
  PRIMARY KEY (value)
);

-- brig.user: PRIMARY KEY (id)
CREATE TABLE brig_user (
  id CHAR(36) NOT NULL,
  accent_id INT,
  activated BOOLEAN,
  country TEXT,
  email TEXT,
  email_unvalidated TEXT,
  expires DATETIME(3),
  feature_conference_calling INT,
  handle TEXT,
  language TEXT,
  managed_by INT,
  name TEXT,
  password BLOB,
  provider CHAR(36),
  searchable BOOLEAN,
  service CHAR(36),
  sso_id TEXT,
  status INT,
  supported_protocols INT,
  team CHAR(36),
  text_status TEXT,
  user_type INT,
  write_time_bumper INT,
  accent JSON,
  assets JSON,
  picture JSON,
  PRIMARY KEY (id)
);

-- brig.user_cookies: PRIMARY KEY (user, expires, id)
CREATE TABLE brig_user_cookies (
  user CHAR(36) NOT NULL,
  expires DATETIME(3) NOT NULL,
  id BIGINT NOT NULL,
  created DATETIME(3),
  label TEXT,
  succ_id BIGINT,
  type INT,
  PRIMARY KEY (user, expires, id)
);

-- brig.user_handle: PRIMARY KEY (handle)
CREATE TABLE brig_user_handle (
  handle VARCHAR(191) NOT NULL,
  user CHAR(36),
  PRIMARY KEY (handle)
);

-- brig.user_keys: PRIMARY KEY (key)
CREATE TABLE brig_user_keys (
  `key` VARCHAR(191) NOT NULL,
  user CHAR(36),
  PRIMARY KEY (`key`)
);

-- brig.users_pending_activation: PRIMARY KEY (user)
CREATE TABLE brig_users_pending_activation (
  user CHAR(36) NOT NULL,
  expires_at DATETIME(3),
  PRIMARY KEY (user)
);

-- brig.vcodes: PRIMARY KEY (key, scope)
CREATE TABLE brig_vcodes (
  `key` VARCHAR(191) NOT NULL,
  scope INT NOT NULL,
  account CHAR(36),
  email TEXT,
  phone TEXT,
  retries INT,
  value TEXT,
  PRIMARY KEY (`key`, scope)
);

-- brig.vcodes_throttle: PRIMARY KEY (key, scope)
CREATE TABLE brig_vcodes_throttle (
  `key` VARCHAR(191) NOT NULL,
  scope INT NOT NULL,
  initial_delay INT,
  PRIMARY KEY (`key`, scope)
);

-- galley.billing_team_member: PRIMARY KEY (team, user)
CREATE TABLE galley_billing_team_member (
  team CHAR(36) NOT NULL,
  user CHAR(36) NOT NULL,
  PRIMARY KEY (team, user)
);

-- galley.clients: PRIMARY KEY (user)
CREATE TABLE galley_clients (
  user CHAR(36) NOT NULL,
  clients JSON,
  PRIMARY KEY (user)
);

-- galley.conversation: PRIMARY KEY (conv)
CREATE TABLE galley_conversation (
  conv CHAR(36) NOT NULL,
  access_role INT,
  cells_state INT,
  channel_add_permission INT,
  cipher_suite INT,
  creator CHAR(36),
  deleted BOOLEAN,
  epoch BIGINT,
  group_conv_type INT,
  group_id BLOB,
  history_depth BIGINT,
  message_timer BIGINT,
  name TEXT,
  parent_conv CHAR(36),
  protocol INT,
  public_group_state BLOB,
  receipt_mode INT,
  team CHAR(36),
  type INT,
  access JSON,
  access_roles_v2 JSON,
  PRIMARY KEY (conv)
);

-- galley.conversation_codes: PRIMARY KEY (key, scope)
CREATE TABLE galley_conversation_codes (
  `key` VARCHAR(191) NOT NULL,
  scope INT NOT NULL,
  conversation CHAR(36),
  password BLOB,
  value TEXT,
  PRIMARY KEY (`key`, scope)
);

-- galley.custom_backend: PRIMARY KEY (domain)
CREATE TABLE galley_custom_backend (
  domain VARCHAR(191) NOT NULL,
  config_json_url BLOB,
  webapp_welcome_url BLOB,
  PRIMARY KEY (domain)
);

-- galley.legalhold_pending_prekeys: PRIMARY KEY (user, key)
CREATE TABLE galley_legalhold_pending_prekeys (
  user CHAR(36) NOT NULL,
  `key` INT NOT NULL,
  data TEXT,
  PRIMARY KEY (user, `key`)
);

-- galley.legalhold_service: PRIMARY KEY (team_id)
CREATE TABLE galley_legalhold_service (
  team_id CHAR(36) NOT NULL,
  auth_token TEXT,
  base_url BLOB,
  fingerprint BLOB,
  pubkey JSON,
  PRIMARY KEY (team_id)
);

-- galley.legalhold_whitelisted: PRIMARY KEY (team)
CREATE TABLE galley_legalhold_whitelisted (
  team CHAR(36) NOT NULL,
  PRIMARY KEY (team)
);

-- galley.member: PRIMARY KEY (conv, user)
CREATE TABLE galley_member (
  conv CHAR(36) NOT NULL,
  user CHAR(36) NOT NULL,
  conversation_role TEXT,
  hidden BOOLEAN,
  hidden_ref TEXT,
  otr_archived BOOLEAN,
  otr_archived_ref TEXT,
  otr_muted BOOLEAN,
  otr_muted_ref TEXT,
  otr_muted_status INT,
  provider CHAR(36),
  service CHAR(36),
  status INT,
  PRIMARY KEY (conv, user)
);

-- galley.member_remote_user: PRIMARY KEY (conv, user_remote_domain, user_remote_id)
CREATE TABLE galley_member_remote_user (
  conv CHAR(36) NOT NULL,
  user_remote_domain VARCHAR(191) NOT NULL,
  user_remote_id CHAR(36) NOT NULL,
  conversation_role TEXT,
  PRIMARY KEY (conv, user_remote_domain, user_remote_id)
);

-- galley.mls_group_member_client: PRIMARY KEY (group_id, user_domain, user, client)
CREATE TABLE galley_mls_group_member_client (
  group_id VARBINARY(255) NOT NULL,
  user_domain VARCHAR(191) NOT NULL,
  user CHAR(36) NOT NULL,
  client VARCHAR(191) NOT NULL,
  key_package_ref BLOB,
  leaf_node_index INT,
  removal_pending BOOLEAN,
  PRIMARY KEY (group_id, user_domain, user, client)
);

-- galley.service: PRIMARY KEY (provider, id)
CREATE TABLE galley_service (
  provider CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  auth_token TEXT,
  base_url BLOB,
  enabled BOOLEAN,
  fingerprints JSON,
  PRIMARY KEY (provider, id)
);

-- galley.team: PRIMARY KEY (team)
CREATE TABLE galley_team (
  team CHAR(36) NOT NULL,
  binding BOOLEAN,
  creator CHAR(36),
  deleted BOOLEAN,
  icon TEXT,
  icon_key TEXT,
  name TEXT,
  search_visibility INT,
  splash_screen TEXT,
  status INT,
  PRIMARY KEY (team)
);

-- galley.team_admin: PRIMARY KEY (team, user)
CREATE TABLE galley_team_admin (
  team CHAR(36) NOT NULL,
  user CHAR(36) NOT NULL,
  PRIMARY KEY (team, user)
);

-- galley.team_conv: PRIMARY KEY (team, conv)
CREATE TABLE galley_team_conv (
  team CHAR(36) NOT NULL,
  conv CHAR(36) NOT NULL,
  PRIMARY KEY (team, conv)
);

-- galley.team_features_dyn: PRIMARY KEY (team, feature)
CREATE TABLE galley_team_features_dyn (
  team CHAR(36) NOT NULL,
  feature VARCHAR(191) NOT NULL,
  config TEXT,
  lock_status INT,
  status INT,
  PRIMARY KEY (team, feature)
);

-- galley.team_member: PRIMARY KEY (team, user)
CREATE TABLE galley_team_member (
  team CHAR(36) NOT NULL,
  user CHAR(36) NOT NULL,
  invited_at DATETIME(3),
  invited_by CHAR(36),
  legalhold_status INT,
  perms JSON,
  PRIMARY KEY (team, user)
);

-- galley.team_notifications: PRIMARY KEY (team, id)
CREATE TABLE galley_team_notifications (
  team CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  payload BLOB,
  PRIMARY KEY (team, id)
);

-- galley.user: PRIMARY KEY (user, conv)
CREATE TABLE galley_user (
  user CHAR(36) NOT NULL,
  conv CHAR(36) NOT NULL,
  PRIMARY KEY (user, conv)
);

-- galley.user_remote_conv: PRIMARY KEY (user, conv_remote_domain, conv_remote_id)
CREATE TABLE galley_user_remote_conv (
  user CHAR(36) NOT NULL,
  conv_remote_domain VARCHAR(191) NOT NULL,
  conv_remote_id CHAR(36) NOT NULL,
  hidden BOOLEAN,
  hidden_ref TEXT,
  otr_archived BOOLEAN,
  otr_archived_ref TEXT,
  otr_muted_ref TEXT,
  otr_muted_status INT,
  PRIMARY KEY (user, conv_remote_domain, conv_remote_id)
);

-- galley.user_team: PRIMARY KEY (user, team)
CREATE TABLE galley_user_team (
  user CHAR(36) NOT NULL,
  team CHAR(36) NOT NULL,
  PRIMARY KEY (user, team)
);

-- gundeck.meta: PRIMARY KEY (id, version)
CREATE TABLE gundeck_meta (
  id INT NOT NULL,
  version INT NOT NULL,
  date DATETIME(3),
  descr TEXT,
  PRIMARY KEY (id, version)
);

-- gundeck.missed_notifications: PRIMARY KEY (user_id, client_id)
CREATE TABLE gundeck_missed_notifications (
  user_id CHAR(36) NOT NULL,
  client_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (user_id, client_id)
);

-- gundeck.notification_payload: PRIMARY KEY (id)
CREATE TABLE gundeck_notification_payload (
  id CHAR(36) NOT NULL,
  payload BLOB,
  PRIMARY KEY (id)
);

-- gundeck.notifications: PRIMARY KEY (user, id)
CREATE TABLE gundeck_notifications (
  user CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  payload BLOB,
  payload_ref CHAR(36),
  payload_ref_size INT,
  clients JSON,
  PRIMARY KEY (user, id)
);

-- gundeck.push: PRIMARY KEY (ptoken, app, transport)
CREATE TABLE gundeck_push (
  ptoken VARCHAR(191) NOT NULL,
  app VARCHAR(191) NOT NULL,
  transport INT NOT NULL,
  client TEXT,
  connection BLOB,
  usr CHAR(36),
  PRIMARY KEY (ptoken, app, transport)
);

-- gundeck.user_push: PRIMARY KEY (usr, ptoken, app, transport)
CREATE TABLE gundeck_user_push (
  usr CHAR(36) NOT NULL,
  ptoken VARCHAR(191) NOT NULL,
  app VARCHAR(191) NOT NULL,
  transport INT NOT NULL,
  arn TEXT,
  client TEXT,
  connection BLOB,
  PRIMARY KEY (usr, ptoken, app, transport)
);

-- spar.authreq: PRIMARY KEY (req)
CREATE TABLE spar_authreq (
  req VARCHAR(191) NOT NULL,
  end_of_life DATETIME(3),
  idp_issuer TEXT,
  PRIMARY KEY (req)
);

-- spar.authresp: PRIMARY KEY (resp)
CREATE TABLE spar_authresp (
  resp VARCHAR(191) NOT NULL,
  end_of_life DATETIME(3),
  PRIMARY KEY (resp)
);

-- spar.bind_cookie: PRIMARY KEY (cookie)
CREATE TABLE spar_bind_cookie (
  cookie VARCHAR(191) NOT NULL,
  session_owner CHAR(36),
  PRIMARY KEY (cookie)
);

-- spar.default_idp: PRIMARY KEY (partition_key_always_default, idp)
CREATE TABLE spar_default_idp (
  partition_key_always_default VARCHAR(191) NOT NULL,
  idp CHAR(36) NOT NULL,
  PRIMARY KEY (partition_key_always_default, idp)
);

-- spar.idp: PRIMARY KEY (idp)
CREATE TABLE spar_idp (
  idp CHAR(36) NOT NULL,
  api_version INT,
  domain TEXT,
  handle TEXT,
  issuer TEXT,
  public_key BLOB,
  replaced_by CHAR(36),
  request_uri TEXT,
  team CHAR(36),
  extra_public_keys JSON,
  old_issuers JSON,
  PRIMARY KEY (idp)
);

-- spar.idp_raw_metadata: PRIMARY KEY (id)
CREATE TABLE spar_idp_raw_metadata (
  id CHAR(36) NOT NULL,
  metadata TEXT,
  PRIMARY KEY (id)
);

-- spar.issuer_idp_v2: PRIMARY KEY (issuer, team)
CREATE TABLE spar_issuer_idp_v2 (
  issuer VARCHAR(191) NOT NULL,
  team CHAR(36) NOT NULL,
  idp CHAR(36),
  PRIMARY KEY (issuer, team)
);

-- spar.scim_external: PRIMARY KEY (team, external_id)
CREATE TABLE spar_scim_external (
  team CHAR(36) NOT NULL,
  external_id VARCHAR(191) NOT NULL,
  creation_status INT,
  user CHAR(36),
  PRIMARY KEY (team, external_id)
);

-- spar.scim_user_times: PRIMARY KEY (uid)
CREATE TABLE spar_scim_user_times (
  uid CHAR(36) NOT NULL,
  created_at DATETIME(3),
  last_updated_at DATETIME(3),
  PRIMARY KEY (uid)
);

-- spar.team_idp: PRIMARY KEY (team, idp)
CREATE TABLE spar_team_idp (
  team CHAR(36) NOT NULL,
  idp CHAR(36) NOT NULL,
  PRIMARY KEY (team, idp)
);

-- spar.team_provisioning_by_team: PRIMARY KEY (team, id)
CREATE TABLE spar_team_provisioning_by_team (
  team CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  created_at DATETIME(3),
  descr TEXT,
  idp CHAR(36),
  name TEXT,
  token_ TEXT,
  PRIMARY KEY (team, id)
);

-- spar.team_provisioning_by_token: PRIMARY KEY (token_)
CREATE TABLE spar_team_provisioning_by_token (
  token_ VARCHAR(191) NOT NULL,
  created_at DATETIME(3),
  descr TEXT,
  id CHAR(36),
  idp CHAR(36),
  name TEXT,
  team CHAR(36),
  PRIMARY KEY (token_)
);

-- spar.user: PRIMARY KEY (issuer, sso_id)
CREATE TABLE spar_user (
  issuer VARCHAR(191) NOT NULL,
  sso_id VARCHAR(191) NOT NULL,
  uid CHAR(36),
  PRIMARY KEY (issuer, sso_id)
);

-- spar.user_v2: PRIMARY KEY (issuer, normalized_uname_id)
CREATE TABLE spar_user_v2 (
  issuer VARCHAR(191) NOT NULL,
  normalized_uname_id VARCHAR(191) NOT NULL,
  sso_id TEXT,
  uid CHAR(36),
  PRIMARY KEY (issuer, normalized_uname_id)
);

-- spar.verdict: PRIMARY KEY (req)
CREATE TABLE spar_verdict (
  req VARCHAR(191) NOT NULL,
  cookie_label TEXT,
  format_con INT,
  format_mobile_error TEXT,
  format_mobile_success TEXT,
  PRIMARY KEY (req)
);

-- Postgres (wire-subsystems, schema public of postgres-schema.sql): tables that exist only there.

CREATE TABLE apps (
  user_id CHAR(36) NOT NULL,
  team_id CHAR(36) NOT NULL,
  metadata JSON,
  category TEXT NOT NULL DEFAULT 'other',
  description TEXT NOT NULL DEFAULT '',
  creator CHAR(36) NOT NULL,
  PRIMARY KEY (user_id)
);

CREATE TABLE collaborators (
  user_id CHAR(36) NOT NULL,
  team_id CHAR(36) NOT NULL,
  permissions JSON,
  PRIMARY KEY (user_id, team_id)
);

CREATE TABLE meetings (
  id CHAR(36) NOT NULL,
  title TEXT NOT NULL,
  creator CHAR(36) NOT NULL,
  start_time DATETIME(6) NOT NULL,
  end_time DATETIME(6) NOT NULL,
  recurrence_frequency ENUM('daily','weekly','monthly','yearly'),
  recurrence_interval INT,
  recurrence_until DATETIME(6),
  conversation_id CHAR(36) NOT NULL,
  invited_emails JSON NOT NULL,
  trial BOOLEAN NOT NULL DEFAULT FALSE,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id)
);

CREATE TABLE user_group (
  team_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  name TEXT NOT NULL,
  managed_by INT NOT NULL,
  created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (team_id, id),
  UNIQUE KEY user_group_id_key (id)
);

CREATE TABLE user_group_channel (
  user_group_id CHAR(36) NOT NULL,
  conv_id CHAR(36) NOT NULL,
  PRIMARY KEY (user_group_id, conv_id),
  CONSTRAINT fk_user_group_channel FOREIGN KEY (user_group_id) REFERENCES user_group (id) ON DELETE CASCADE
);

CREATE TABLE user_group_member (
  user_group_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  PRIMARY KEY (user_group_id, user_id),
  CONSTRAINT fk_user_group FOREIGN KEY (user_group_id) REFERENCES user_group (id) ON DELETE CASCADE
);

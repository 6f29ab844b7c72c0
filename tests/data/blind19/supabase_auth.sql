-- Supabase Auth (GoTrue): authentication server of Supabase (schema `auth`).
-- Upstream: github.com/supabase/auth, `migrations/*.up.sql` (70 files, PostgreSQL, schema
-- {{ index .Options "Namespace" }} = auth), commit bc32168e13fdc928c98b449fc76bc3fdb9a293c5. Licence: MIT.
-- Written as MySQL DDL: the tables as they stand after every migration (renamed and dropped columns applied,
-- the dropped table sso_sessions left out), same table and column names, no schema prefix. Types:
-- uuid -> CHAR(36), timestamptz -> DATETIME(6), json/jsonb/text[] -> JSON, inet -> VARCHAR(45),
-- bytea -> VARBINARY/BLOB, PostgreSQL enum types -> ENUM. Primary and foreign keys are upstream's;
-- indexes and CHECK constraints are left out. Table and column comments are upstream's (COMMENT ON / inline).

CREATE TABLE instances (
  id CHAR(36) NOT NULL,
  uuid CHAR(36) NULL,
  raw_base_config TEXT NULL,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  PRIMARY KEY (id)
) COMMENT='Auth: Manages users across multiple sites.';

CREATE TABLE schema_migrations (
  version VARCHAR(255) NOT NULL,
  PRIMARY KEY (version)
) COMMENT='Auth: Manages updates to the auth system.';

CREATE TABLE users (
  instance_id CHAR(36) NULL,
  id CHAR(36) NOT NULL,
  aud VARCHAR(255) NULL,
  role VARCHAR(255) NULL,
  email VARCHAR(255) NULL,
  encrypted_password VARCHAR(255) NULL,
  email_confirmed_at DATETIME(6) NULL,
  invited_at DATETIME(6) NULL,
  confirmation_token VARCHAR(255) NULL,
  confirmation_sent_at DATETIME(6) NULL,
  recovery_token VARCHAR(255) NULL,
  recovery_sent_at DATETIME(6) NULL,
  email_change_token_new VARCHAR(255) NULL,
  email_change VARCHAR(255) NULL,
  email_change_sent_at DATETIME(6) NULL,
  last_sign_in_at DATETIME(6) NULL,
  raw_app_meta_data JSON NULL,
  raw_user_meta_data JSON NULL,
  is_super_admin BOOLEAN NULL,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  phone TEXT NULL,
  phone_confirmed_at DATETIME(6) NULL,
  phone_change TEXT NULL,
  phone_change_token VARCHAR(255) NULL DEFAULT '',
  phone_change_sent_at DATETIME(6) NULL,
  confirmed_at DATETIME(6) GENERATED ALWAYS AS (LEAST(email_confirmed_at, phone_confirmed_at)) STORED,
  email_change_token_current VARCHAR(255) NULL DEFAULT '',
  email_change_confirm_status SMALLINT NULL DEFAULT 0,
  banned_until DATETIME(6) NULL,
  reauthentication_token VARCHAR(255) NULL DEFAULT '',
  reauthentication_sent_at DATETIME(6) NULL,
  is_sso_user BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Auth: Set this column to true when the account comes from SSO. These accounts can have duplicate emails.',
  deleted_at DATETIME(6) NULL,
  is_anonymous BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id)
) COMMENT='Auth: Stores user login data within a secure schema.';

CREATE TABLE audit_log_entries (
  instance_id CHAR(36) NULL,
  id CHAR(36) NOT NULL,
  payload JSON NULL,
  created_at DATETIME(6) NULL,
  ip_address VARCHAR(64) NOT NULL DEFAULT '',
  PRIMARY KEY (id)
) COMMENT='Auth: Audit trail for user actions.';

CREATE TABLE identities (
  provider_id TEXT NOT NULL,
  user_id CHAR(36) NOT NULL,
  identity_data JSON NOT NULL,
  provider TEXT NOT NULL,
  last_sign_in_at DATETIME(6) NULL,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  email TEXT GENERATED ALWAYS AS (LOWER(JSON_UNQUOTE(JSON_EXTRACT(identity_data, '$.email')))) STORED COMMENT 'Auth: Email is a generated column that references the optional email property in the identity_data',
  id CHAR(36) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT identities_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) COMMENT='Auth: Stores identities associated to a user.';

CREATE TABLE oauth_clients (
  id CHAR(36) NOT NULL,
  client_secret_hash TEXT NULL,
  registration_type ENUM('dynamic', 'manual') NOT NULL,
  redirect_uris TEXT NOT NULL,
  grant_types TEXT NOT NULL,
  client_name TEXT NULL,
  client_uri TEXT NULL,
  logo_uri TEXT NULL,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  deleted_at DATETIME(6) NULL,
  client_type ENUM('public', 'confidential') NOT NULL DEFAULT 'confidential',
  token_endpoint_auth_method TEXT NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE sessions (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  factor_id CHAR(36) NULL,
  aal ENUM('aal1', 'aal2', 'aal3') NULL,
  not_after DATETIME(6) NULL COMMENT 'Auth: Not after is a nullable column that contains a timestamp after which the session should be regarded as expired.',
  refreshed_at DATETIME(6) NULL,
  user_agent TEXT NULL,
  ip VARCHAR(45) NULL,
  tag TEXT NULL,
  oauth_client_id CHAR(36) NULL,
  refresh_token_hmac_key TEXT NULL COMMENT 'Holds a HMAC-SHA256 key used to sign refresh tokens for this session.',
  refresh_token_counter BIGINT NULL COMMENT 'Holds the ID (counter) of the last issued refresh token.',
  scopes TEXT NULL,
  PRIMARY KEY (id),
  CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT sessions_oauth_client_id_fkey FOREIGN KEY (oauth_client_id) REFERENCES oauth_clients (id) ON DELETE CASCADE
) COMMENT='Auth: Stores session data associated to a user.';

CREATE TABLE refresh_tokens (
  instance_id CHAR(36) NULL,
  id BIGINT NOT NULL AUTO_INCREMENT,
  token VARCHAR(255) NULL,
  user_id VARCHAR(255) NULL,
  revoked BOOLEAN NULL,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  parent VARCHAR(255) NULL,
  session_id CHAR(36) NULL,
  PRIMARY KEY (id),
  CONSTRAINT refresh_tokens_token_unique UNIQUE (token),
  CONSTRAINT refresh_tokens_session_id_fkey FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
) COMMENT='Auth: Store of tokens used to refresh JWT tokens once they expire.';

CREATE TABLE mfa_factors (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  friendly_name TEXT NULL,
  factor_type ENUM('totp', 'webauthn', 'phone') NOT NULL,
  status ENUM('unverified', 'verified') NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  secret TEXT NULL,
  phone TEXT NULL DEFAULT NULL,
  last_challenged_at DATETIME(6) NULL DEFAULT NULL,
  web_authn_credential JSON NULL,
  web_authn_aaguid CHAR(36) NULL,
  last_webauthn_challenge_data JSON NULL COMMENT 'Stores the latest WebAuthn challenge data including attestation/assertion for customer verification',
  PRIMARY KEY (id),
  CONSTRAINT mfa_factors_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) COMMENT='auth: stores metadata about factors';

CREATE TABLE mfa_challenges (
  id CHAR(36) NOT NULL,
  factor_id CHAR(36) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  verified_at DATETIME(6) NULL,
  ip_address VARCHAR(45) NOT NULL,
  otp_code TEXT NULL,
  web_authn_session_data JSON NULL,
  PRIMARY KEY (id),
  CONSTRAINT mfa_challenges_auth_factor_id_fkey FOREIGN KEY (factor_id) REFERENCES mfa_factors (id) ON DELETE CASCADE
) COMMENT='auth: stores metadata about challenge requests made';

CREATE TABLE mfa_amr_claims (
  session_id CHAR(36) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  authentication_method TEXT NOT NULL,
  id CHAR(36) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT mfa_amr_claims_session_id_fkey FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
) COMMENT='auth: stores authenticator method reference claims for multi factor authentication';

CREATE TABLE sso_providers (
  id CHAR(36) NOT NULL,
  resource_id TEXT NULL COMMENT 'Auth: Uniquely identifies a SSO provider according to a user-chosen resource ID (case insensitive), useful in infrastructure as code.',
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  disabled BOOLEAN NULL,
  PRIMARY KEY (id)
) COMMENT='Auth: Manages SSO identity provider information; see saml_providers for SAML.';

CREATE TABLE sso_domains (
  id CHAR(36) NOT NULL,
  sso_provider_id CHAR(36) NOT NULL,
  domain TEXT NOT NULL,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (sso_provider_id) REFERENCES sso_providers (id) ON DELETE CASCADE
) COMMENT='Auth: Manages SSO email address domain mapping to an SSO Identity Provider.';

CREATE TABLE saml_providers (
  id CHAR(36) NOT NULL,
  sso_provider_id CHAR(36) NOT NULL,
  entity_id VARCHAR(1024) NOT NULL,
  metadata_xml TEXT NOT NULL,
  metadata_url TEXT NULL,
  attribute_mapping JSON NULL,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  name_id_format TEXT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (sso_provider_id) REFERENCES sso_providers (id) ON DELETE CASCADE
) COMMENT='Auth: Manages SAML Identity Provider connections.';

CREATE TABLE flow_state (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NULL,
  auth_code TEXT NULL,
  code_challenge_method ENUM('s256', 'plain') NULL,
  code_challenge TEXT NULL,
  provider_type TEXT NOT NULL,
  provider_access_token TEXT NULL,
  provider_refresh_token TEXT NULL,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  authentication_method TEXT NOT NULL,
  auth_code_issued_at DATETIME(6) NULL,
  invite_token TEXT NULL,
  referrer TEXT NULL,
  oauth_client_state_id CHAR(36) NULL,
  linking_target_id CHAR(36) NULL,
  email_optional BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id)
) COMMENT='Stores metadata for all OAuth/SSO login flows';

CREATE TABLE saml_relay_states (
  id CHAR(36) NOT NULL,
  sso_provider_id CHAR(36) NOT NULL,
  request_id TEXT NOT NULL,
  for_email TEXT NULL,
  redirect_to TEXT NULL,
  created_at DATETIME(6) NULL,
  updated_at DATETIME(6) NULL,
  flow_state_id CHAR(36) NULL DEFAULT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (sso_provider_id) REFERENCES sso_providers (id) ON DELETE CASCADE,
  FOREIGN KEY (flow_state_id) REFERENCES flow_state (id) ON DELETE CASCADE
) COMMENT='Auth: Contains SAML Relay State information for each Service Provider initiated login.';

CREATE TABLE one_time_tokens (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  token_type ENUM('confirmation_token', 'reauthentication_token', 'recovery_token', 'email_change_token_new', 'email_change_token_current', 'phone_change_token') NOT NULL,
  token_hash TEXT NOT NULL,
  relates_to TEXT NOT NULL,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE oauth_authorizations (
  id CHAR(36) NOT NULL,
  authorization_id VARCHAR(255) NOT NULL,
  client_id CHAR(36) NOT NULL,
  user_id CHAR(36) NULL,
  redirect_uri TEXT NOT NULL,
  scope TEXT NOT NULL,
  state TEXT NULL,
  resource TEXT NULL,
  code_challenge TEXT NULL,
  code_challenge_method ENUM('s256', 'plain') NULL,
  response_type ENUM('code') NOT NULL DEFAULT 'code',
  status ENUM('pending', 'approved', 'denied', 'expired') NOT NULL DEFAULT 'pending',
  authorization_code VARCHAR(255) NULL,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  expires_at DATETIME(6) NOT NULL,
  approved_at DATETIME(6) NULL,
  nonce TEXT NULL,
  PRIMARY KEY (id),
  CONSTRAINT oauth_authorizations_authorization_id_key UNIQUE (authorization_id),
  CONSTRAINT oauth_authorizations_authorization_code_key UNIQUE (authorization_code),
  FOREIGN KEY (client_id) REFERENCES oauth_clients (id) ON DELETE CASCADE,
  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE oauth_consents (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  client_id CHAR(36) NOT NULL,
  scopes TEXT NOT NULL,
  granted_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  revoked_at DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT oauth_consents_user_client_unique UNIQUE (user_id, client_id),
  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  FOREIGN KEY (client_id) REFERENCES oauth_clients (id) ON DELETE CASCADE
);

CREATE TABLE oauth_client_states (
  id CHAR(36) NOT NULL,
  provider_type TEXT NOT NULL,
  code_verifier TEXT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id)
) COMMENT='Stores OAuth states for third-party provider authentication flows where Supabase acts as the OAuth client.';

CREATE TABLE custom_oauth_providers (
  id CHAR(36) NOT NULL,
  provider_type TEXT NOT NULL COMMENT 'Provider type: ''oauth2'' or ''oidc''',
  identifier VARCHAR(50) NOT NULL,
  name VARCHAR(100) NOT NULL,
  client_id VARCHAR(512) NOT NULL,
  client_secret TEXT NOT NULL COMMENT 'Encrypted at application level',
  acceptable_client_ids JSON NOT NULL COMMENT 'Additional client IDs for multi-platform apps',
  scopes JSON NOT NULL,
  pkce_enabled BOOLEAN NOT NULL DEFAULT TRUE,
  attribute_mapping JSON NOT NULL,
  authorization_params JSON NOT NULL,
  enabled BOOLEAN NOT NULL DEFAULT TRUE,
  email_optional BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Allow sign-in without email',
  issuer TEXT NULL,
  discovery_url TEXT NULL COMMENT 'Optional override for .well-known/openid-configuration',
  skip_nonce_check BOOLEAN NOT NULL DEFAULT FALSE,
  cached_discovery JSON NULL,
  discovery_cached_at DATETIME(6) NULL,
  authorization_url TEXT NULL,
  token_url TEXT NULL,
  userinfo_url TEXT NULL,
  jwks_uri TEXT NULL,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  custom_claims_allowlist JSON NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT custom_oauth_providers_identifier_key UNIQUE (identifier)
);

CREATE TABLE webauthn_credentials (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  credential_id VARBINARY(1023) NOT NULL,
  public_key BLOB NOT NULL,
  attestation_type TEXT NOT NULL,
  aaguid CHAR(36) NULL,
  sign_count BIGINT NOT NULL DEFAULT 0,
  transports JSON NOT NULL,
  backup_eligible BOOLEAN NOT NULL DEFAULT FALSE,
  backed_up BOOLEAN NOT NULL DEFAULT FALSE,
  friendly_name TEXT NOT NULL,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  last_used_at DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT webauthn_credentials_credential_id_key UNIQUE (credential_id),
  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE webauthn_challenges (
  id CHAR(36) NOT NULL,
  user_id CHAR(36) NULL,
  challenge_type TEXT NOT NULL,
  session_data JSON NOT NULL,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  expires_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

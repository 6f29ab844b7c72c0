-- Vaultwarden: self-hosted password manager server compatible with the Bitwarden clients
-- (users and their devices, encrypted vault items ("ciphers") with attachments, folders, favourites and archive,
-- organizations, memberships, groups and collections, Sends, emergency access, two-factor methods, login-with-device
-- requests, organization event log, SSO links and in-flight SSO / Duo login state).
--
-- Upstream: github.com/dani-garcia/vaultwarden, commit 46d71107f5094460dd5ecbe1dbac6e6c71e5189a
-- Reconstructed from the Diesel migrations migrations/mysql/*/up.sql (2018-01-14-171611_create_tables up to
-- 2026-05-05-120000_sso_auth_error), applied in order (ALTER TABLE ... ADD COLUMN appends, CHANGE COLUMN renames in
-- place); cross-checked against src/db/schema.rs. Types are upstream's. Upstream's column-level REFERENCES are written
-- as table-level FOREIGN KEY clauses. Upstream has no column comments.
-- __diesel_schema_migrations is the bookkeeping table Diesel itself creates in every Vaultwarden database.
-- Licence: AGPL-3.0 (Vaultwarden).

CREATE TABLE __diesel_schema_migrations (
  version VARCHAR(50) NOT NULL PRIMARY KEY,
  run_on  TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE users (
  uuid                   CHAR(36)     NOT NULL PRIMARY KEY,
  created_at             DATETIME     NOT NULL,
  updated_at             DATETIME     NOT NULL,
  email                  VARCHAR(255) NOT NULL UNIQUE,
  name                   TEXT         NOT NULL,
  password_hash          BLOB         NOT NULL,
  salt                   BLOB         NOT NULL,
  password_iterations    INTEGER      NOT NULL,
  password_hint          TEXT,
  akey                   TEXT,
  private_key            TEXT,
  public_key             TEXT,
  totp_secret            TEXT,
  totp_recover           TEXT,
  security_stamp         TEXT         NOT NULL,
  equivalent_domains     TEXT         NOT NULL,
  excluded_globals       TEXT         NOT NULL,
  client_kdf_type        INTEGER      NOT NULL DEFAULT 0,
  client_kdf_iter        INTEGER      NOT NULL DEFAULT 100000,
  verified_at            DATETIME     DEFAULT NULL,
  last_verifying_at      DATETIME     DEFAULT NULL,
  login_verify_count     INTEGER      NOT NULL DEFAULT 0,
  email_new              VARCHAR(255) DEFAULT NULL,
  email_new_token        VARCHAR(16)  DEFAULT NULL,
  enabled                BOOLEAN      NOT NULL DEFAULT 1,
  stamp_exception        TEXT         DEFAULT NULL,
  api_key                VARCHAR(255),
  avatar_color           VARCHAR(7),
  client_kdf_memory      INTEGER      DEFAULT NULL,
  client_kdf_parallelism INTEGER      DEFAULT NULL,
  external_id            TEXT
);

CREATE TABLE organizations (
  uuid          VARCHAR(40) NOT NULL PRIMARY KEY,
  name          TEXT        NOT NULL,
  billing_email TEXT        NOT NULL,
  private_key   TEXT,
  public_key    TEXT
);

CREATE TABLE devices (
  uuid               CHAR(36) NOT NULL,
  created_at         DATETIME NOT NULL,
  updated_at         DATETIME NOT NULL,
  user_uuid          CHAR(36) NOT NULL,
  name               TEXT     NOT NULL,
  atype              INTEGER  NOT NULL,
  push_token         TEXT,
  refresh_token      TEXT     NOT NULL,
  twofactor_remember TEXT,
  push_uuid          TEXT,
  PRIMARY KEY (uuid, user_uuid),
  FOREIGN KEY (user_uuid) REFERENCES users (uuid)
);

CREATE TABLE ciphers (
  uuid              CHAR(36) NOT NULL PRIMARY KEY,
  created_at        DATETIME NOT NULL,
  updated_at        DATETIME NOT NULL,
  user_uuid         CHAR(36),
  organization_uuid CHAR(36),
  atype             INTEGER  NOT NULL,
  name              TEXT     NOT NULL,
  notes             TEXT,
  fields            TEXT,
  data              TEXT     NOT NULL,
  password_history  TEXT,
  deleted_at        DATETIME,
  reprompt          INTEGER,
  `key`             TEXT,
  FOREIGN KEY (user_uuid) REFERENCES users (uuid),
  FOREIGN KEY (organization_uuid) REFERENCES organizations (uuid)
);

CREATE TABLE attachments (
  id          CHAR(36) NOT NULL PRIMARY KEY,
  cipher_uuid CHAR(36) NOT NULL,
  file_name   TEXT     NOT NULL,
  file_size   BIGINT   NOT NULL,
  akey        TEXT,
  FOREIGN KEY (cipher_uuid) REFERENCES ciphers (uuid)
);

CREATE TABLE folders (
  uuid       CHAR(36) NOT NULL PRIMARY KEY,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  user_uuid  CHAR(36) NOT NULL,
  name       TEXT     NOT NULL,
  FOREIGN KEY (user_uuid) REFERENCES users (uuid)
);

CREATE TABLE folders_ciphers (
  cipher_uuid CHAR(36) NOT NULL,
  folder_uuid CHAR(36) NOT NULL,
  PRIMARY KEY (cipher_uuid, folder_uuid),
  FOREIGN KEY (cipher_uuid) REFERENCES ciphers (uuid),
  FOREIGN KEY (folder_uuid) REFERENCES folders (uuid)
);

CREATE TABLE collections (
  uuid        VARCHAR(40) NOT NULL PRIMARY KEY,
  org_uuid    VARCHAR(40) NOT NULL,
  name        TEXT        NOT NULL,
  external_id TEXT,
  FOREIGN KEY (org_uuid) REFERENCES organizations (uuid)
);

CREATE TABLE users_collections (
  user_uuid       CHAR(36) NOT NULL,
  collection_uuid CHAR(36) NOT NULL,
  read_only       BOOLEAN  NOT NULL DEFAULT 0,
  hide_passwords  BOOLEAN  NOT NULL DEFAULT FALSE,
  manage          BOOLEAN  NOT NULL DEFAULT FALSE,
  PRIMARY KEY (user_uuid, collection_uuid),
  FOREIGN KEY (user_uuid) REFERENCES users (uuid),
  FOREIGN KEY (collection_uuid) REFERENCES collections (uuid)
);

CREATE TABLE users_organizations (
  uuid               CHAR(36) NOT NULL PRIMARY KEY,
  user_uuid          CHAR(36) NOT NULL,
  org_uuid           CHAR(36) NOT NULL,
  access_all         BOOLEAN  NOT NULL,
  akey               TEXT,
  status             INTEGER  NOT NULL,
  atype              INTEGER  NOT NULL,
  reset_password_key TEXT,
  external_id        TEXT,
  invited_by_email   TEXT     DEFAULT NULL,
  UNIQUE (user_uuid, org_uuid),
  FOREIGN KEY (user_uuid) REFERENCES users (uuid),
  FOREIGN KEY (org_uuid) REFERENCES organizations (uuid)
);

CREATE TABLE ciphers_collections (
  cipher_uuid     CHAR(36) NOT NULL,
  collection_uuid CHAR(36) NOT NULL,
  PRIMARY KEY (cipher_uuid, collection_uuid),
  FOREIGN KEY (cipher_uuid) REFERENCES ciphers (uuid),
  FOREIGN KEY (collection_uuid) REFERENCES collections (uuid)
);

CREATE TABLE twofactor (
  uuid      CHAR(36) NOT NULL PRIMARY KEY,
  user_uuid CHAR(36) NOT NULL,
  atype     INTEGER  NOT NULL,
  enabled   BOOLEAN  NOT NULL,
  data      TEXT     NOT NULL,
  last_used BIGINT   NOT NULL,
  UNIQUE (user_uuid, atype),
  FOREIGN KEY (user_uuid) REFERENCES users (uuid)
);

CREATE TABLE invitations (
  email VARCHAR(255) NOT NULL PRIMARY KEY
);

CREATE TABLE org_policies (
  uuid     CHAR(36) NOT NULL PRIMARY KEY,
  org_uuid CHAR(36) NOT NULL,
  atype    INTEGER  NOT NULL,
  enabled  BOOLEAN  NOT NULL,
  data     TEXT     NOT NULL,
  UNIQUE (org_uuid, atype),
  FOREIGN KEY (org_uuid) REFERENCES organizations (uuid)
);

CREATE TABLE favorites (
  user_uuid   CHAR(36) NOT NULL,
  cipher_uuid CHAR(36) NOT NULL,
  PRIMARY KEY (user_uuid, cipher_uuid),
  FOREIGN KEY (user_uuid) REFERENCES users (uuid),
  FOREIGN KEY (cipher_uuid) REFERENCES ciphers (uuid)
);

CREATE TABLE sends (
  uuid              CHAR(36) NOT NULL PRIMARY KEY,
  user_uuid         CHAR(36),
  organization_uuid CHAR(36),
  name              TEXT     NOT NULL,
  notes             TEXT,
  atype             INTEGER  NOT NULL,
  data              TEXT     NOT NULL,
  akey              TEXT     NOT NULL,
  password_hash     BLOB,
  password_salt     BLOB,
  password_iter     INTEGER,
  max_access_count  INTEGER,
  access_count      INTEGER  NOT NULL,
  creation_date     DATETIME NOT NULL,
  revision_date     DATETIME NOT NULL,
  expiration_date   DATETIME,
  deletion_date     DATETIME NOT NULL,
  disabled          BOOLEAN  NOT NULL,
  hide_email        BOOLEAN,
  FOREIGN KEY (user_uuid) REFERENCES users (uuid),
  FOREIGN KEY (organization_uuid) REFERENCES organizations (uuid)
);

CREATE TABLE emergency_access (
  uuid                  CHAR(36)     NOT NULL PRIMARY KEY,
  grantor_uuid          CHAR(36),
  grantee_uuid          CHAR(36),
  email                 VARCHAR(255),
  key_encrypted         TEXT,
  atype                 INTEGER      NOT NULL,
  status                INTEGER      NOT NULL,
  wait_time_days        INTEGER      NOT NULL,
  recovery_initiated_at DATETIME,
  last_notification_at  DATETIME,
  updated_at            DATETIME     NOT NULL,
  created_at            DATETIME     NOT NULL,
  FOREIGN KEY (grantor_uuid) REFERENCES users (uuid),
  FOREIGN KEY (grantee_uuid) REFERENCES users (uuid)
);

CREATE TABLE twofactor_incomplete (
  user_uuid   CHAR(36) NOT NULL,
  device_uuid CHAR(36) NOT NULL,
  device_name TEXT     NOT NULL,
  login_time  DATETIME NOT NULL,
  ip_address  TEXT     NOT NULL,
  device_type INTEGER  NOT NULL DEFAULT 14,
  PRIMARY KEY (user_uuid, device_uuid),
  FOREIGN KEY (user_uuid) REFERENCES users (uuid)
);

CREATE TABLE `groups` (
  uuid               CHAR(36)     NOT NULL PRIMARY KEY,
  organizations_uuid VARCHAR(40)  NOT NULL,
  name               VARCHAR(100) NOT NULL,
  access_all         BOOLEAN      NOT NULL,
  external_id        VARCHAR(300) NULL,
  creation_date      DATETIME     NOT NULL,
  revision_date      DATETIME     NOT NULL,
  FOREIGN KEY (organizations_uuid) REFERENCES organizations (uuid)
);

CREATE TABLE groups_users (
  groups_uuid              CHAR(36)    NOT NULL,
  users_organizations_uuid VARCHAR(36) NOT NULL,
  UNIQUE (groups_uuid, users_organizations_uuid),
  FOREIGN KEY (groups_uuid) REFERENCES `groups` (uuid),
  FOREIGN KEY (users_organizations_uuid) REFERENCES users_organizations (uuid)
);

CREATE TABLE collections_groups (
  collections_uuid VARCHAR(40) NOT NULL,
  groups_uuid      CHAR(36)    NOT NULL,
  read_only        BOOLEAN     NOT NULL,
  hide_passwords   BOOLEAN     NOT NULL,
  manage           BOOLEAN     NOT NULL DEFAULT FALSE,
  UNIQUE (collections_uuid, groups_uuid),
  FOREIGN KEY (collections_uuid) REFERENCES collections (uuid),
  FOREIGN KEY (groups_uuid) REFERENCES `groups` (uuid)
);

CREATE TABLE event (
  uuid               CHAR(36) NOT NULL PRIMARY KEY,
  event_type         INTEGER  NOT NULL,
  user_uuid          CHAR(36),
  org_uuid           CHAR(36),
  cipher_uuid        CHAR(36),
  collection_uuid    CHAR(36),
  group_uuid         CHAR(36),
  org_user_uuid      CHAR(36),
  act_user_uuid      CHAR(36),
  device_type        INTEGER,
  ip_address         TEXT,
  event_date         DATETIME NOT NULL,
  policy_uuid        CHAR(36),
  provider_uuid      CHAR(36),
  provider_user_uuid CHAR(36),
  provider_org_uuid  CHAR(36),
  UNIQUE (uuid)
);

CREATE TABLE organization_api_key (
  uuid          CHAR(36)     NOT NULL,
  org_uuid      CHAR(36)     NOT NULL,
  atype         INTEGER      NOT NULL,
  api_key       VARCHAR(255) NOT NULL,
  revision_date DATETIME     NOT NULL,
  PRIMARY KEY (uuid, org_uuid),
  FOREIGN KEY (org_uuid) REFERENCES organizations (uuid)
);

CREATE TABLE auth_requests (
  uuid                      CHAR(36) NOT NULL PRIMARY KEY,
  user_uuid                 CHAR(36) NOT NULL,
  organization_uuid         CHAR(36),
  request_device_identifier CHAR(36) NOT NULL,
  device_type               INTEGER  NOT NULL,
  request_ip                TEXT     NOT NULL,
  response_device_id        CHAR(36),
  access_code               TEXT     NOT NULL,
  public_key                TEXT     NOT NULL,
  enc_key                   TEXT,
  master_password_hash      TEXT,
  approved                  BOOLEAN,
  creation_date             DATETIME NOT NULL,
  response_date             DATETIME,
  authentication_date       DATETIME,
  FOREIGN KEY (user_uuid) REFERENCES users (uuid),
  FOREIGN KEY (organization_uuid) REFERENCES organizations (uuid)
);

CREATE TABLE sso_users (
  user_uuid  CHAR(36)     NOT NULL PRIMARY KEY,
  identifier VARCHAR(768) NOT NULL UNIQUE,
  created_at TIMESTAMP    NOT NULL DEFAULT now(),
  FOREIGN KEY (user_uuid) REFERENCES users (uuid) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE sso_auth (
  state               VARCHAR(512) NOT NULL PRIMARY KEY,
  client_challenge    TEXT         NOT NULL,
  nonce               TEXT         NOT NULL,
  redirect_uri        TEXT         NOT NULL,
  code_response       TEXT,
  auth_response       TEXT,
  created_at          TIMESTAMP    NOT NULL DEFAULT now(),
  updated_at          TIMESTAMP    NOT NULL DEFAULT now(),
  binding_hash        TEXT,
  code_response_error TEXT
);

CREATE TABLE twofactor_duo_ctx (
  state      VARCHAR(64)  NOT NULL,
  user_email VARCHAR(255) NOT NULL,
  nonce      VARCHAR(64)  NOT NULL,
  exp        BIGINT       NOT NULL,
  PRIMARY KEY (state)
);

CREATE TABLE archives (
  user_uuid   CHAR(36)  NOT NULL,
  cipher_uuid CHAR(36)  NOT NULL,
  archived_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (user_uuid, cipher_uuid),
  FOREIGN KEY (user_uuid) REFERENCES users (uuid) ON DELETE CASCADE,
  FOREIGN KEY (cipher_uuid) REFERENCES ciphers (uuid) ON DELETE CASCADE
);

-- walt.id Identity — wallet back end (waltid-wallet-api, and the wallet2 persistence layer of waltid-wallet-api2)
-- Upstream: github.com/walt-id/waltid-identity, commit b19fda24510c7543f3c3dcad1daf2d77f4a168d1 (Apache-2.0)
--   waltid-services/waltid-wallet-api/src/main/kotlin/id/walt/webwallet/db/models/*.kt (+ authnz/*.kt), creation order of Db.kt
--   waltid-libraries/protocols/waltid-openid4vc-wallet-persistence-server/src/main/kotlin/id/walt/wallet2/persistence/Wallet2Tables.kt
-- Exposed 1.3.0 table objects written as the MySQL DDL Exposed renders: UUID -> BINARY(16), timestamp -> TIMESTAMP(6),
-- bool -> BOOLEAN, text -> TEXT, json -> JSON, enumerationByName(n) -> VARCHAR(n), IntIdTable id -> INT AUTO_INCREMENT,
-- constraint names fk_<table>_<column>__<target>, <table>_<columns>_unique. Column names and order as upstream.
-- The VARCHAR(1024) DID column in the primary key of wallet_dids and wallet2_dids is declared CHARACTER SET ascii so the key fits
-- InnoDB's 3072-byte limit (DIDs are ASCII).

CREATE TABLE accounts (
  tenant VARCHAR(128) NOT NULL DEFAULT '',
  id BINARY(16) NOT NULL,
  name VARCHAR(128) NULL,
  email VARCHAR(128) NULL,
  password VARCHAR(200) NULL,
  createdOn TIMESTAMP(6) NOT NULL,
  CONSTRAINT pk_accounts PRIMARY KEY (tenant, id),
  CONSTRAINT accounts_id_unique UNIQUE (id),
  CONSTRAINT accounts_email_unique UNIQUE (email)
);

CREATE TABLE wallets (
  id BINARY(16) NOT NULL,
  name VARCHAR(128) NOT NULL,
  createdOn TIMESTAMP(6) NOT NULL,
  CONSTRAINT pk_wallets PRIMARY KEY (id)
);

CREATE TABLE wallet_operation_histories (
  id BINARY(16) NOT NULL,
  tenant VARCHAR(128) NOT NULL DEFAULT '',
  accountId BINARY(16) NOT NULL,
  wallet BINARY(16) NOT NULL,
  timestamp TIMESTAMP(6) NOT NULL,
  operation VARCHAR(48) NOT NULL,
  data TEXT NOT NULL,
  CONSTRAINT pk_wallet_operation_histories PRIMARY KEY (id),
  CONSTRAINT fk_wallet_operation_histories_wallet__id FOREIGN KEY (wallet) REFERENCES wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_wallet_operation_histories_tenant_accountid__tenant_id FOREIGN KEY (tenant, accountId) REFERENCES accounts(tenant, id) ON DELETE RESTRICT ON UPDATE RESTRICT
);
CREATE INDEX wallet_operation_histories_tenant_accountid_wallet ON wallet_operation_histories (tenant, accountId, wallet);

CREATE TABLE wallet_keys (
  wallet BINARY(16) NOT NULL,
  kid VARCHAR(512) NOT NULL,
  document TEXT NOT NULL,
  name VARCHAR(255) NULL,
  createdOn TIMESTAMP(6) NOT NULL,
  CONSTRAINT pk_wallet_keys PRIMARY KEY (wallet, kid),
  CONSTRAINT fk_wallet_keys_wallet__id FOREIGN KEY (wallet) REFERENCES wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE wallet_dids (
  wallet BINARY(16) NOT NULL,
  did VARCHAR(1024) CHARACTER SET ascii NOT NULL,
  alias VARCHAR(1024) NOT NULL,
  document TEXT NOT NULL,
  keyId VARCHAR(512) NOT NULL,
  `default` BOOLEAN NOT NULL DEFAULT FALSE,
  createdOn TIMESTAMP(6) NOT NULL,
  CONSTRAINT pk_wallet_dids PRIMARY KEY (wallet, did),
  CONSTRAINT fk_wallet_dids_wallet__id FOREIGN KEY (wallet) REFERENCES wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_wallet_dids_wallet_keyid__wallet_kid FOREIGN KEY (wallet, keyId) REFERENCES wallet_keys(wallet, kid) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE credentials (
  wallet BINARY(16) NOT NULL,
  id VARCHAR(256) NOT NULL,
  document TEXT NOT NULL,
  disclosures TEXT NULL,
  added_on TIMESTAMP(6) NOT NULL,
  manifest TEXT NULL,
  deleted_on TIMESTAMP(6) NULL DEFAULT NULL,
  pending BOOLEAN NOT NULL DEFAULT FALSE,
  format VARCHAR(32) NOT NULL DEFAULT 'jwt_vc_json',
  CONSTRAINT pk_credentials PRIMARY KEY (wallet, id),
  CONSTRAINT fk_credentials_wallet__id FOREIGN KEY (wallet) REFERENCES wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE account_wallet_mapping (
  tenant VARCHAR(128) NOT NULL DEFAULT '',
  id BINARY(16) NOT NULL,
  wallet BINARY(16) NOT NULL,
  added_on TIMESTAMP(6) NOT NULL,
  permissions VARCHAR(32) NOT NULL,
  CONSTRAINT pk_account_wallet_mapping PRIMARY KEY (tenant, id, wallet),
  CONSTRAINT fk_account_wallet_mapping_wallet__id FOREIGN KEY (wallet) REFERENCES wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_account_wallet_mapping_tenant_id__tenant_id FOREIGN KEY (tenant, id) REFERENCES accounts(tenant, id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE web3wallets (
  tenant VARCHAR(128) NOT NULL DEFAULT '',
  accountId BINARY(16) NOT NULL,
  id BINARY(16) NOT NULL,
  address VARCHAR(256) NOT NULL,
  ecosystem VARCHAR(128) NOT NULL,
  owner BOOLEAN NOT NULL,
  CONSTRAINT pk_web3wallets PRIMARY KEY (tenant, accountId, id),
  CONSTRAINT web3wallets_address_unique UNIQUE (address),
  CONSTRAINT fk_web3wallets_tenant_accountid__tenant_id FOREIGN KEY (tenant, accountId) REFERENCES accounts(tenant, id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE wallet_issuers (
  id BINARY(16) NOT NULL,
  wallet BINARY(16) NOT NULL,
  did VARCHAR(1024) NOT NULL,
  description TEXT NULL DEFAULT 'no description',
  ui VARCHAR(128) NOT NULL,
  configuration VARCHAR(256) NOT NULL,
  authorized BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT pk_wallet_issuers PRIMARY KEY (id),
  CONSTRAINT wallet_issuers_wallet_did_unique UNIQUE (wallet, did),
  CONSTRAINT fk_wallet_issuers_wallet__id FOREIGN KEY (wallet) REFERENCES wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE events (
  id INT AUTO_INCREMENT PRIMARY KEY,
  tenant VARCHAR(128) NOT NULL DEFAULT '',
  originator VARCHAR(128) NOT NULL DEFAULT 'unknown',
  account BINARY(16) NOT NULL,
  wallet BINARY(16) NULL,
  credential VARCHAR(256) NULL,
  timestamp TIMESTAMP(6) NOT NULL,
  event VARCHAR(48) NOT NULL,
  action VARCHAR(48) NOT NULL,
  data TEXT NOT NULL,
  note TEXT NULL,
  CONSTRAINT fk_events_tenant_account__tenant_id FOREIGN KEY (tenant, account) REFERENCES accounts(tenant, id) ON DELETE RESTRICT ON UPDATE RESTRICT
);
CREATE INDEX events_tenant_account_wallet ON events (tenant, account, wallet);

CREATE TABLE category (
  id INT AUTO_INCREMENT PRIMARY KEY,
  wallet BINARY(16) NOT NULL,
  name VARCHAR(128) NOT NULL,
  CONSTRAINT category_wallet_name_unique UNIQUE (wallet, name),
  CONSTRAINT fk_category_wallet__id FOREIGN KEY (wallet) REFERENCES wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE credential_category (
  wallet BINARY(16) NOT NULL,
  credential VARCHAR(256) NOT NULL,
  category INT NOT NULL,
  CONSTRAINT pk_credential_category PRIMARY KEY (wallet, credential, category),
  CONSTRAINT fk_credential_category_category__id FOREIGN KEY (category) REFERENCES category(id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_credential_category_wallet_credential__wallet_id FOREIGN KEY (wallet, credential) REFERENCES credentials(wallet, id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE oidclogins (
  tenant VARCHAR(128) NOT NULL DEFAULT '',
  accountId BINARY(16) NOT NULL,
  oidcId VARCHAR(256) NOT NULL,
  CONSTRAINT pk_oidclogins PRIMARY KEY (tenant, accountId, oidcId),
  CONSTRAINT oidclogins_oidcid_unique UNIQUE (oidcId),
  CONSTRAINT fk_oidclogins_tenant_accountid__tenant_id FOREIGN KEY (tenant, accountId) REFERENCES accounts(tenant, id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE x5clogins (
  tenant VARCHAR(128) NOT NULL DEFAULT '',
  accountId BINARY(16) NOT NULL,
  x5cId VARCHAR(256) NOT NULL,
  CONSTRAINT pk_x5clogins PRIMARY KEY (tenant, accountId, x5cId),
  CONSTRAINT x5clogins_x5cid_unique UNIQUE (x5cId),
  CONSTRAINT fk_x5clogins_tenant_accountid__tenant_id FOREIGN KEY (tenant, accountId) REFERENCES accounts(tenant, id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE wallet_settings (
  wallet BINARY(16) NOT NULL,
  settings TEXT NULL,
  CONSTRAINT pk_wallet_settings PRIMARY KEY (wallet),
  CONSTRAINT fk_wallet_settings_wallet__id FOREIGN KEY (wallet) REFERENCES wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE notifications (
  id BINARY(16) NOT NULL,
  account BINARY(16) NOT NULL,
  wallet BINARY(16) NOT NULL,
  is_read BOOLEAN NOT NULL DEFAULT FALSE,
  type VARCHAR(128) NOT NULL,
  added_on TIMESTAMP(6) NOT NULL,
  data TEXT NOT NULL,
  CONSTRAINT pk_notifications PRIMARY KEY (id),
  CONSTRAINT fk_notifications_wallet__id FOREIGN KEY (wallet) REFERENCES wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE entity_name_resolution_cache (
  id INT AUTO_INCREMENT PRIMARY KEY,
  did VARCHAR(1024) NOT NULL,
  name VARCHAR(512) NULL,
  timestamp TIMESTAMP(6) NOT NULL,
  CONSTRAINT entity_name_resolution_cache_did_unique UNIQUE (did)
);

CREATE TABLE AuthnzUsers (
  id BINARY(16) NOT NULL,
  CONSTRAINT pk_AuthnzUsers PRIMARY KEY (id)
);

CREATE TABLE AuthnzAccountIdentifiers (
  id BINARY(16) NOT NULL,
  user_id BINARY(16) NOT NULL,
  identifier VARCHAR(255) NOT NULL,
  CONSTRAINT pk_AuthnzAccountIdentifiers PRIMARY KEY (id),
  CONSTRAINT fk_AuthnzAccountIdentifiers_user_id__id FOREIGN KEY (user_id) REFERENCES AuthnzUsers(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE AuthnzStoredData (
  id BINARY(16) NOT NULL,
  account_id BINARY(16) NOT NULL,
  method VARCHAR(50) NOT NULL,
  data JSON NOT NULL,
  CONSTRAINT pk_AuthnzStoredData PRIMARY KEY (id),
  CONSTRAINT fk_AuthnzStoredData_account_id__id FOREIGN KEY (account_id) REFERENCES AuthnzUsers(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- wallet2 persistence layer (waltid-wallet-api2), Wallet2Tables.ALL in creation order

CREATE TABLE wallet2_wallets (
  id VARCHAR(128) NOT NULL,
  static_key TEXT NULL,
  crypto2_static_key TEXT NULL,
  static_did VARCHAR(1024) NULL,
  default_key_id VARCHAR(512) NULL,
  default_did_id VARCHAR(1024) NULL,
  CONSTRAINT pk_wallet2_wallets PRIMARY KEY (id)
);

CREATE TABLE wallet2_key_stores (
  id VARCHAR(128) NOT NULL,
  CONSTRAINT pk_wallet2_key_stores PRIMARY KEY (id)
);

CREATE TABLE wallet2_credential_stores (
  id VARCHAR(128) NOT NULL,
  CONSTRAINT pk_wallet2_credential_stores PRIMARY KEY (id)
);

CREATE TABLE wallet2_did_stores (
  id VARCHAR(128) NOT NULL,
  CONSTRAINT pk_wallet2_did_stores PRIMARY KEY (id)
);

CREATE TABLE wallet2_wallet_key_stores (
  wallet_id VARCHAR(128) NOT NULL,
  store_id VARCHAR(128) NOT NULL,
  position INT NOT NULL DEFAULT 0,
  CONSTRAINT pk_wallet2_wallet_key_stores PRIMARY KEY (wallet_id, store_id),
  CONSTRAINT fk_wallet2_wallet_key_stores_wallet_id__id FOREIGN KEY (wallet_id) REFERENCES wallet2_wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_wallet2_wallet_key_stores_store_id__id FOREIGN KEY (store_id) REFERENCES wallet2_key_stores(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE wallet2_wallet_credential_stores (
  wallet_id VARCHAR(128) NOT NULL,
  store_id VARCHAR(128) NOT NULL,
  position INT NOT NULL DEFAULT 0,
  CONSTRAINT pk_wallet2_wallet_credential_stores PRIMARY KEY (wallet_id, store_id),
  CONSTRAINT fk_wallet2_wallet_credential_stores_wallet_id__id FOREIGN KEY (wallet_id) REFERENCES wallet2_wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_wallet2_wallet_credential_stores_store_id__id FOREIGN KEY (store_id) REFERENCES wallet2_credential_stores(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE wallet2_wallet_did_stores (
  wallet_id VARCHAR(128) NOT NULL,
  store_id VARCHAR(128) NOT NULL,
  CONSTRAINT pk_wallet2_wallet_did_stores PRIMARY KEY (wallet_id),
  CONSTRAINT wallet2_wallet_did_stores_wallet_id_unique UNIQUE (wallet_id),
  CONSTRAINT fk_wallet2_wallet_did_stores_wallet_id__id FOREIGN KEY (wallet_id) REFERENCES wallet2_wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT fk_wallet2_wallet_did_stores_store_id__id FOREIGN KEY (store_id) REFERENCES wallet2_did_stores(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE wallet2_keys (
  store_id VARCHAR(128) NOT NULL,
  key_id VARCHAR(512) NOT NULL,
  key_type VARCHAR(64) NOT NULL,
  serialized_key TEXT NULL,
  crypto2_stored_key TEXT NULL,
  CONSTRAINT pk_wallet2_keys PRIMARY KEY (store_id, key_id),
  CONSTRAINT fk_wallet2_keys_store_id__id FOREIGN KEY (store_id) REFERENCES wallet2_key_stores(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE wallet2_credentials (
  store_id VARCHAR(128) NOT NULL,
  id VARCHAR(256) NOT NULL,
  serialized_credential TEXT NOT NULL,
  label VARCHAR(512) NULL,
  added_at TIMESTAMP(6) NOT NULL,
  metadata TEXT NULL,
  CONSTRAINT pk_wallet2_credentials PRIMARY KEY (store_id, id),
  CONSTRAINT fk_wallet2_credentials_store_id__id FOREIGN KEY (store_id) REFERENCES wallet2_credential_stores(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE wallet2_dids (
  store_id VARCHAR(128) NOT NULL,
  did VARCHAR(1024) CHARACTER SET ascii NOT NULL,
  document TEXT NOT NULL,
  CONSTRAINT pk_wallet2_dids PRIMARY KEY (store_id, did),
  CONSTRAINT fk_wallet2_dids_store_id__id FOREIGN KEY (store_id) REFERENCES wallet2_did_stores(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE wallet2_account_wallets (
  account_id VARCHAR(256) NOT NULL,
  wallet_id VARCHAR(128) NOT NULL,
  CONSTRAINT pk_wallet2_account_wallets PRIMARY KEY (account_id, wallet_id),
  CONSTRAINT fk_wallet2_account_wallets_wallet_id__id FOREIGN KEY (wallet_id) REFERENCES wallet2_wallets(id) ON DELETE RESTRICT ON UPDATE RESTRICT
);

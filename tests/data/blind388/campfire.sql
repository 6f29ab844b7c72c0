-- Campfire (37signals ONCE Campfire), self-hosted team chat
-- Source: github.com/basecamp/once-campfire `db/schema.rb` (ActiveRecord::Schema[8.2], version 2025_12_12_154340),
-- commit 9310b002d7b0e4d719eedb6f2f24c8c297efbaf8 (schema.rb last changed in 1feb2d94), MIT licence.
-- Upstream runs on SQLite. The Rails schema is written here as MySQL: every table (and column) of schema.rb, in
-- schema.rb's order (Rails 8 dumps columns alphabetically); the implicit `id` primary key first (INT
-- AUTO_INCREMENT, SQLite's integer primary key; BIGINT for active_storage_blobs, whose references are bigint);
-- string -> VARCHAR(255) (or the given limit), text -> TEXT, datetime -> DATETIME(6), integer -> INT,
-- bigint -> BIGINT, json -> JSON; null: false -> NOT NULL; defaults kept; unique indexes as UNIQUE KEYs;
-- add_foreign_key as FOREIGN KEY. The FTS5 virtual table message_search_index is written as a plain table with
-- its one column (its implicit rowid is the message id).

CREATE TABLE accounts (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL,
  custom_styles TEXT,
  join_code VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  settings JSON,
  singleton_guard INT NOT NULL DEFAULT 0,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY index_accounts_on_singleton_guard (singleton_guard)
);

CREATE TABLE action_text_rich_texts (
  id INT NOT NULL AUTO_INCREMENT,
  body TEXT,
  created_at DATETIME(6) NOT NULL,
  name VARCHAR(255) NOT NULL,
  record_id BIGINT NOT NULL,
  record_type VARCHAR(255) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY index_action_text_rich_texts_uniqueness (record_type, record_id, name)
);

CREATE TABLE active_storage_blobs (
  id BIGINT NOT NULL AUTO_INCREMENT,
  byte_size BIGINT NOT NULL,
  checksum VARCHAR(255),
  content_type VARCHAR(255),
  created_at DATETIME(6) NOT NULL,
  filename VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  metadata TEXT,
  service_name VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY index_active_storage_blobs_on_key (`key`)
);

CREATE TABLE active_storage_attachments (
  id INT NOT NULL AUTO_INCREMENT,
  blob_id BIGINT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  name VARCHAR(255) NOT NULL,
  record_id BIGINT NOT NULL,
  record_type VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY index_active_storage_attachments_uniqueness (record_type, record_id, name, blob_id),
  FOREIGN KEY (blob_id) REFERENCES active_storage_blobs (id)
);

CREATE TABLE active_storage_variant_records (
  id INT NOT NULL AUTO_INCREMENT,
  blob_id BIGINT NOT NULL,
  variation_digest VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY index_active_storage_variant_records_uniqueness (blob_id, variation_digest),
  FOREIGN KEY (blob_id) REFERENCES active_storage_blobs (id)
);

CREATE TABLE users (
  id INT NOT NULL AUTO_INCREMENT,
  bio TEXT,
  bot_token VARCHAR(255),
  created_at DATETIME(6) NOT NULL,
  email_address VARCHAR(255),
  name VARCHAR(255) NOT NULL,
  password_digest VARCHAR(255),
  role INT NOT NULL DEFAULT 0,
  status INT NOT NULL DEFAULT 0,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY index_users_on_bot_token (bot_token),
  UNIQUE KEY index_users_on_email_address (email_address)
);

CREATE TABLE bans (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL,
  ip_address VARCHAR(255) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE rooms (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL,
  creator_id BIGINT NOT NULL,
  name VARCHAR(255),
  type VARCHAR(255) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE messages (
  id INT NOT NULL AUTO_INCREMENT,
  client_message_id VARCHAR(255) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  creator_id INT NOT NULL,
  room_id INT NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (room_id) REFERENCES rooms (id),
  FOREIGN KEY (creator_id) REFERENCES users (id)
);

CREATE TABLE boosts (
  id INT NOT NULL AUTO_INCREMENT,
  booster_id INT NOT NULL,
  content VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  message_id INT NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (message_id) REFERENCES messages (id)
);

CREATE TABLE memberships (
  id INT NOT NULL AUTO_INCREMENT,
  connected_at DATETIME(6),
  connections INT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  involvement VARCHAR(255) DEFAULT 'mentions',
  room_id INT NOT NULL,
  unread_at DATETIME(6),
  updated_at DATETIME(6) NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY index_memberships_on_room_id_and_user_id (room_id, user_id)
);

CREATE TABLE push_subscriptions (
  id INT NOT NULL AUTO_INCREMENT,
  auth_key VARCHAR(255),
  created_at DATETIME(6) NOT NULL,
  endpoint VARCHAR(255),
  p256dh_key VARCHAR(255),
  updated_at DATETIME(6) NOT NULL,
  user_agent VARCHAR(255),
  user_id INT NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE searches (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL,
  query VARCHAR(255) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE sessions (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL,
  ip_address VARCHAR(255),
  last_active_at DATETIME(6) NOT NULL,
  token VARCHAR(255) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  user_agent VARCHAR(255),
  user_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY index_sessions_on_token (token),
  FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE webhooks (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  url VARCHAR(255),
  user_id INT NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE message_search_index (
  body TEXT
);

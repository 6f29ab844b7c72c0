-- Revolt (now Stoat), self-hostable community chat platform: users and bots, servers (communities) with members,
-- roles, channels and bans, direct-message and group channels, messages, unread state, invites, webhooks,
-- emojis, file uploads, moderation reports and snapshots, policy changes; accounts and sessions via Authifier.
-- Sources:
--   github.com/revoltchat/backend commit 4fb99e3bd0ccc9bce35070140066edbd38a372b2 (2025-09-23),
--     `crates/core/database/src/models/*/model.rs` (the serde structs stored in MongoDB; collection names from
--     each model's `ops/mongodb.rs`, indexes from `admin_migrations/ops/mongodb/init.rs`), AGPL-3.0;
--   github.com/authifier/authifier commit d54632422e23eb5d66957f690a4878398bed372d (authifier 1.0.15, the version
--     in the backend's Cargo.lock), `crates/authifier/src/models/*.rs` and `src/database/mongo.rs` (collections
--     accounts, sessions, invites, mfa_tickets in the same database), Apache-2.0.
-- Upstream has no SQL: data live in MongoDB as the serde serialisation of these structs. One table per
-- collection, one column per top-level field of the stored document, named as serde names it (`_id` for the
-- `id` fields renamed so), in declaration order with `_id` first (MongoDB stores `_id` first); for enums stored
-- as one collection (channels, channel_invites) the internal tag (`channel_type`, `type`) follows `_id` and the
-- variants' fields are united in order of first appearance; a flattened status enum (safety_reports) gives its
-- tag `status` and its fields. A composite `_id` sub-document ({server, user} / {channel, user}) is written as
-- two columns `_id_server` / `_id_channel` and `_id_user`, together the primary key.
-- Types: String VARCHAR(255) (TEXT for free texts), ids VARCHAR(255), Timestamp DATETIME(3), bool BOOLEAN,
-- i32 INT, u32 INT UNSIGNED, i64 / isize BIGINT, u64 BIGINT UNSIGNED; embedded structs, enums with data, maps
-- and arrays JSON. Option<> -> NULL, otherwise NOT NULL. Unique indexes of init.rs / mongo.rs as UNIQUE KEYs;
-- MongoDB has no foreign keys. server_members.pending_deletion_at is written only by the MongoDB layer
-- (`server_members/ops/mongodb.rs`; commented in the model as "only exists in the database").
-- Left out: user_settings (a document of client-chosen keys, no fixed fields), safety_strikes (created by a
-- migration, no model in this code base), pubsub (capped event collection).

CREATE TABLE accounts (
  _id VARCHAR(255) NOT NULL,
  email VARCHAR(255) NOT NULL,
  email_normalised VARCHAR(255) NOT NULL,
  password VARCHAR(255) NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT FALSE,
  verification JSON NOT NULL,
  password_reset JSON,
  deletion JSON,
  lockout JSON,
  mfa JSON NOT NULL,
  PRIMARY KEY (_id),
  UNIQUE KEY email (email),
  UNIQUE KEY email_normalised (email_normalised)
);

CREATE TABLE sessions (
  _id VARCHAR(255) NOT NULL,
  user_id VARCHAR(255) NOT NULL,
  token VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  last_seen VARCHAR(255) NOT NULL,
  origin VARCHAR(255),
  subscription JSON,
  PRIMARY KEY (_id),
  UNIQUE KEY token (token)
);

CREATE TABLE invites (
  _id VARCHAR(255) NOT NULL,
  used BOOLEAN NOT NULL DEFAULT FALSE,
  claimed_by VARCHAR(255),
  PRIMARY KEY (_id)
);

CREATE TABLE mfa_tickets (
  _id VARCHAR(255) NOT NULL,
  account_id VARCHAR(255) NOT NULL,
  token VARCHAR(255) NOT NULL,
  validated BOOLEAN NOT NULL,
  authorised BOOLEAN NOT NULL,
  last_totp_code VARCHAR(255),
  PRIMARY KEY (_id),
  UNIQUE KEY token (token)
);

CREATE TABLE users (
  _id VARCHAR(255) NOT NULL,
  username VARCHAR(255) NOT NULL,
  discriminator VARCHAR(255) NOT NULL,
  display_name VARCHAR(255),
  avatar JSON,
  relations JSON,
  badges INT,
  status JSON,
  profile JSON,
  flags INT,
  privileged BOOLEAN NOT NULL DEFAULT FALSE,
  bot JSON,
  suspended_until DATETIME(3),
  last_acknowledged_policy_change DATETIME(3) NOT NULL,
  PRIMARY KEY (_id),
  UNIQUE KEY username_discriminator (username, discriminator)
);

CREATE TABLE bots (
  _id VARCHAR(255) NOT NULL,
  owner VARCHAR(255) NOT NULL,
  token VARCHAR(255) NOT NULL,
  public BOOLEAN NOT NULL,
  analytics BOOLEAN NOT NULL DEFAULT FALSE,
  discoverable BOOLEAN NOT NULL DEFAULT FALSE,
  interactions_url VARCHAR(255) NOT NULL DEFAULT '',
  terms_of_service_url VARCHAR(255) NOT NULL DEFAULT '',
  privacy_policy_url VARCHAR(255) NOT NULL DEFAULT '',
  flags INT,
  PRIMARY KEY (_id)
);

CREATE TABLE servers (
  _id VARCHAR(255) NOT NULL,
  owner VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  description TEXT,
  channels JSON NOT NULL,
  categories JSON,
  system_messages JSON,
  roles JSON,
  default_permissions BIGINT NOT NULL,
  icon JSON,
  banner JSON,
  flags INT,
  nsfw BOOLEAN NOT NULL DEFAULT FALSE,
  analytics BOOLEAN NOT NULL DEFAULT FALSE,
  discoverable BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (_id)
);

CREATE TABLE server_members (
  _id_server VARCHAR(255) NOT NULL,
  _id_user VARCHAR(255) NOT NULL,
  joined_at DATETIME(3) NOT NULL,
  nickname VARCHAR(255),
  avatar JSON,
  roles JSON,
  timeout DATETIME(3),
  pending_deletion_at VARCHAR(255),
  PRIMARY KEY (_id_server, _id_user)
);

CREATE TABLE server_bans (
  _id_server VARCHAR(255) NOT NULL,
  _id_user VARCHAR(255) NOT NULL,
  reason TEXT,
  PRIMARY KEY (_id_server, _id_user)
);

CREATE TABLE channels (
  _id VARCHAR(255) NOT NULL,
  channel_type VARCHAR(255) NOT NULL,
  user VARCHAR(255),
  active BOOLEAN,
  recipients JSON,
  last_message_id VARCHAR(255),
  name VARCHAR(255),
  owner VARCHAR(255),
  description TEXT,
  icon JSON,
  permissions BIGINT,
  nsfw BOOLEAN,
  server VARCHAR(255),
  default_permissions JSON,
  role_permissions JSON,
  PRIMARY KEY (_id)
);

CREATE TABLE channel_unreads (
  _id_channel VARCHAR(255) NOT NULL,
  _id_user VARCHAR(255) NOT NULL,
  last_id VARCHAR(255),
  mentions JSON,
  PRIMARY KEY (_id_channel, _id_user)
);

CREATE TABLE channel_invites (
  _id VARCHAR(255) NOT NULL,
  type VARCHAR(255) NOT NULL,
  server VARCHAR(255),
  creator VARCHAR(255) NOT NULL,
  channel VARCHAR(255) NOT NULL,
  PRIMARY KEY (_id)
);

CREATE TABLE channel_webhooks (
  _id VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  avatar JSON,
  creator_id VARCHAR(255) NOT NULL,
  channel_id VARCHAR(255) NOT NULL,
  permissions BIGINT UNSIGNED NOT NULL,
  token VARCHAR(255),
  PRIMARY KEY (_id)
);

CREATE TABLE messages (
  _id VARCHAR(255) NOT NULL,
  nonce VARCHAR(255),
  channel VARCHAR(255) NOT NULL,
  author VARCHAR(255) NOT NULL,
  webhook JSON,
  content TEXT,
  system JSON,
  attachments JSON,
  edited DATETIME(3),
  embeds JSON,
  mentions JSON,
  role_mentions JSON,
  replies JSON,
  reactions JSON,
  interactions JSON,
  masquerade JSON,
  pinned BOOLEAN,
  flags INT UNSIGNED,
  PRIMARY KEY (_id)
);

CREATE TABLE emojis (
  _id VARCHAR(255) NOT NULL,
  parent JSON NOT NULL,
  creator_id VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  animated BOOLEAN NOT NULL DEFAULT FALSE,
  nsfw BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (_id)
);

CREATE TABLE attachment_hashes (
  _id VARCHAR(255) NOT NULL,
  processed_hash VARCHAR(255) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  bucket_id VARCHAR(255) NOT NULL,
  path VARCHAR(255) NOT NULL,
  iv VARCHAR(255) NOT NULL,
  metadata JSON NOT NULL,
  content_type VARCHAR(255) NOT NULL,
  size BIGINT NOT NULL,
  PRIMARY KEY (_id)
);

CREATE TABLE attachments (
  _id VARCHAR(255) NOT NULL,
  tag VARCHAR(255) NOT NULL,
  filename VARCHAR(255) NOT NULL,
  hash VARCHAR(255),
  uploaded_at DATETIME(3),
  uploader_id VARCHAR(255),
  used_for JSON,
  deleted BOOLEAN,
  reported BOOLEAN,
  metadata JSON NOT NULL,
  content_type VARCHAR(255) NOT NULL,
  size BIGINT NOT NULL,
  message_id VARCHAR(255),
  user_id VARCHAR(255),
  server_id VARCHAR(255),
  object_id VARCHAR(255),
  PRIMARY KEY (_id)
);

CREATE TABLE safety_reports (
  _id VARCHAR(255) NOT NULL,
  author_id VARCHAR(255) NOT NULL,
  content JSON NOT NULL,
  additional_context TEXT NOT NULL,
  status VARCHAR(255) NOT NULL,
  rejection_reason TEXT,
  closed_at DATETIME(3),
  notes TEXT NOT NULL,
  PRIMARY KEY (_id)
);

CREATE TABLE safety_snapshots (
  _id VARCHAR(255) NOT NULL,
  report_id VARCHAR(255) NOT NULL,
  content JSON NOT NULL,
  PRIMARY KEY (_id)
);

CREATE TABLE policy_changes (
  _id VARCHAR(255) NOT NULL,
  created_time DATETIME(3) NOT NULL,
  effective_time DATETIME(3) NOT NULL,
  description TEXT NOT NULL,
  url VARCHAR(255) NOT NULL,
  PRIMARY KEY (_id)
);

CREATE TABLE ratelimit_events (
  _id VARCHAR(255) NOT NULL,
  target_id VARCHAR(255) NOT NULL,
  event_type VARCHAR(255) NOT NULL,
  PRIMARY KEY (_id)
);

CREATE TABLE migrations (
  _id INT NOT NULL,
  revision INT NOT NULL,
  PRIMARY KEY (_id)
);

-- Rallly: group scheduling / meeting polls (users, OAuth and password accounts, sessions, e-mail OTP
-- verifications, polls with options, participants, votes, comments, invites and activity timeline, scheduled
-- events and their invites, booking event types and sign-up sheets, spaces (teams) with members, invites and API
-- keys, Stripe subscriptions and payment methods, notification preferences, calendar integrations, licences).
-- Upstream: github.com/lukevella/rallly (AGPL-3.0), commit c629b3148024e40a115a731d3660d725c9329b0e
--   (v4.12.0-191-gc629b3148), Prisma models packages/database/prisma/models/*.prisma with
--   packages/database/prisma/schema.prisma (provider postgresql); table and column names are the mapped ones
--   (@@map / @map). Column order and PostgreSQL types come from replaying all 145 migrations under
--   packages/database/prisma/migrations/ into PostgreSQL (pg_dump --schema-only), which matches the models.
-- All 32 tables of the schema are kept, with every column (the legacy `watchers` table was dropped upstream in
--   migration 20260309174403_add_poll_muted_drop_watchers and is therefore absent).
-- Type conversion PostgreSQL -> MySQL: text/citext -> VARCHAR(191) (Prisma's MySQL String), TEXT for @db.Text
--   columns and free-text/secret columns (description, content, note, ban_reason, user_agent, secret, value,
--   password); timestamp(3) -> DATETIME(3), timestamp(0) -> DATETIME; boolean -> TINYINT(1); integer -> INT;
--   double precision -> DOUBLE; jsonb and text[] -> JSON; uuid -> CHAR(36); PostgreSQL enum types -> ENUM(...)
--   with the same values. Defaults kept except JSON literals and gen_random_uuid(). Column COMMENTs are the
--   Prisma /// doc comments (transcribed in ASCII). Primary keys and all upstream foreign keys kept (ON DELETE
--   as upstream, ON UPDATE CASCADE); indexes and unique indexes, the instance_settings delete trigger, the
--   nanoid() function and the two date_trunc CHECKs of scheduled_events left out; the singleton CHECK kept.
-- users.default_destination_calendar_id -> provider_calendars closes a foreign-key cycle, hence
--   FOREIGN_KEY_CHECKS=0 while loading.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE users (
  id VARCHAR(191) NOT NULL,
  name VARCHAR(191) NOT NULL,
  email VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3),
  customer_id VARCHAR(191),
  locale VARCHAR(191),
  time_format ENUM('hours12','hours24'),
  time_zone VARCHAR(191),
  week_start INT,
  image VARCHAR(191),
  ban_reason TEXT,
  banned TINYINT(1) NOT NULL DEFAULT 0,
  banned_at DATETIME(3),
  role ENUM('admin','user') NOT NULL DEFAULT 'user',
  default_destination_calendar_id VARCHAR(191),
  email_verified TINYINT(1),
  ban_expires DATETIME(3),
  last_login_method VARCHAR(191),
  anonymous TINYINT(1) NOT NULL DEFAULT 0,
  last_seen_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  deleted_at DATETIME(3),
  PRIMARY KEY (id),
  CONSTRAINT users_default_destination_calendar_id_fkey FOREIGN KEY (default_destination_calendar_id) REFERENCES provider_calendars (id) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE spaces (
  id VARCHAR(191) NOT NULL,
  name VARCHAR(191) NOT NULL,
  owner_id VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  image VARCHAR(191),
  tier ENUM('hobby','pro') NOT NULL DEFAULT 'hobby',
  primary_color VARCHAR(191),
  show_branding TINYINT(1) NOT NULL DEFAULT 0,
  hide_attribution TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT spaces_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE event_types (
  id VARCHAR(191) NOT NULL,
  space_id VARCHAR(191) NOT NULL,
  host_id VARCHAR(191) NOT NULL,
  name VARCHAR(191) NOT NULL,
  duration_minutes INT NOT NULL,
  capacity INT,
  description TEXT,
  location JSON,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  deleted_at DATETIME(3),
  PRIMARY KEY (id),
  CONSTRAINT event_types_host_id_fkey FOREIGN KEY (host_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT event_types_space_id_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE sheets (
  id VARCHAR(191) NOT NULL,
  space_id VARCHAR(191) NOT NULL,
  host_id VARCHAR(191) NOT NULL,
  title VARCHAR(191) NOT NULL,
  description TEXT,
  url_id VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  deleted_at DATETIME(3),
  PRIMARY KEY (id),
  CONSTRAINT sheets_host_id_fkey FOREIGN KEY (host_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT sheets_space_id_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE sheet_slots (
  id VARCHAR(191) NOT NULL,
  sheet_id VARCHAR(191) NOT NULL,
  event_type_id VARCHAR(191) NOT NULL,
  start_time DATETIME(3) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT sheet_slots_event_type_id_fkey FOREIGN KEY (event_type_id) REFERENCES event_types (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT sheet_slots_sheet_id_fkey FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE scheduled_events (
  id VARCHAR(191) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  title VARCHAR(191) NOT NULL,
  description TEXT,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  status ENUM('confirmed','canceled','unconfirmed') NOT NULL DEFAULT 'confirmed',
  time_zone VARCHAR(191) COMMENT 'Venue / anchor timezone for in-person or hybrid events. Null means no fixed venue (e.g. remote-only).',
  `start` DATETIME(3) NOT NULL,
  `end` DATETIME(3) NOT NULL,
  all_day TINYINT(1) NOT NULL DEFAULT 0,
  deleted_at DATETIME(3),
  space_id VARCHAR(191) NOT NULL,
  sequence INT NOT NULL DEFAULT 0,
  uid VARCHAR(191) NOT NULL,
  capacity INT,
  event_type_id VARCHAR(191),
  sheet_slot_id VARCHAR(191),
  hide_attendees TINYINT(1) NOT NULL DEFAULT 0,
  location JSON,
  conferencing JSON,
  PRIMARY KEY (id),
  CONSTRAINT scheduled_events_event_type_id_fkey FOREIGN KEY (event_type_id) REFERENCES event_types (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT scheduled_events_sheet_slot_id_fkey FOREIGN KEY (sheet_slot_id) REFERENCES sheet_slots (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT scheduled_events_space_id_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT scheduled_events_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE polls (
  id VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  deadline DATETIME(3),
  title VARCHAR(191) NOT NULL,
  description TEXT,
  location VARCHAR(191),
  user_id VARCHAR(191),
  time_zone VARCHAR(191),
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  deleted_at DATETIME(3),
  event_id VARCHAR(191),
  hide_participants TINYINT(1) NOT NULL DEFAULT 0,
  disable_comments TINYINT(1) NOT NULL DEFAULT 1,
  hide_scores TINYINT(1) NOT NULL DEFAULT 0,
  require_participant_email TINYINT(1) NOT NULL DEFAULT 0,
  status ENUM('open','closed','scheduled','canceled') NOT NULL DEFAULT 'open',
  scheduled_event_id VARCHAR(191),
  space_id VARCHAR(191),
  muted TINYINT(1) NOT NULL DEFAULT 0,
  kind ENUM('date','time') NOT NULL DEFAULT 'date',
  closed_reason ENUM('auto','manual'),
  PRIMARY KEY (id),
  CONSTRAINT polls_scheduled_event_id_fkey FOREIGN KEY (scheduled_event_id) REFERENCES scheduled_events (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT polls_space_id_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT polls_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE participants (
  id VARCHAR(191) NOT NULL,
  name VARCHAR(191) NOT NULL,
  user_id VARCHAR(191),
  poll_id VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3),
  email VARCHAR(191),
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  deleted_at DATETIME(3),
  locale VARCHAR(191),
  time_zone VARCHAR(191),
  note TEXT,
  token VARCHAR(191) COMMENT 'Per person edit link: grants edit access to this response without a session. App minted, CSPRNG alphanumeric >=32 chars (nanoid customAlphabet - url safe with no linkifier edge cases, unlike base64url); never a DB default, nullable because it''s only minted when a link is issued',
  PRIMARY KEY (id),
  CONSTRAINT participants_poll_id_fkey FOREIGN KEY (poll_id) REFERENCES polls (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT participants_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE options (
  id VARCHAR(191) NOT NULL,
  poll_id VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  duration_minutes INT NOT NULL DEFAULT 0,
  start_time DATETIME NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT options_poll_id_fkey FOREIGN KEY (poll_id) REFERENCES polls (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE votes (
  id VARCHAR(191) NOT NULL,
  participant_id VARCHAR(191) NOT NULL,
  option_id VARCHAR(191) NOT NULL,
  poll_id VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3),
  type ENUM('yes','no','ifNeedBe') NOT NULL DEFAULT 'yes',
  PRIMARY KEY (id),
  CONSTRAINT votes_option_id_fkey FOREIGN KEY (option_id) REFERENCES options (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT votes_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES participants (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT votes_poll_id_fkey FOREIGN KEY (poll_id) REFERENCES polls (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE comments (
  id VARCHAR(191) NOT NULL,
  content TEXT NOT NULL,
  poll_id VARCHAR(191) NOT NULL,
  author_name VARCHAR(191) NOT NULL,
  user_id VARCHAR(191),
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3),
  PRIMARY KEY (id),
  CONSTRAINT comments_poll_id_fkey FOREIGN KEY (poll_id) REFERENCES polls (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT comments_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE poll_invites (
  id VARCHAR(191) NOT NULL,
  poll_id VARCHAR(191) NOT NULL,
  email VARCHAR(191) NOT NULL,
  token VARCHAR(191) NOT NULL COMMENT 'Per invitee link. App minted, CSPRNG alphanumeric >=32 chars (nanoid customAlphabet) - no schema default, so forgetting to mint fails loudly. Rotated on reactivation so a revoked (possibly leaked) token never regains access',
  opened_at DATETIME(3),
  reminded_at DATETIME(3),
  revoked_at DATETIME(3) COMMENT 'Revocation is always explicit: set on host revoke and on close/schedule, never as a side effect. Deleting a response (by anyone) clears participantId instead, reverting the invite to pending with its token intact. Never cleared by reopen; cleared only by re-inviting (reactivation)',
  participant_id VARCHAR(191) COMMENT 'Conversion join, merges invite history into the response timeline. Set when the invitee responds via their token, or when a generic link response''s email matches a pending invite (citext) - responding always consumes the invite',
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT poll_invites_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES participants (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT poll_invites_poll_id_fkey FOREIGN KEY (poll_id) REFERENCES polls (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE poll_activities (
  id VARCHAR(191) NOT NULL,
  poll_id VARCHAR(191) NOT NULL,
  type VARCHAR(191) NOT NULL COMMENT 'Validated by a zod union in the feature, not a DB enum: the activity vocabulary grows without migrations',
  user_id VARCHAR(191) COMMENT 'Subject ids are soft references (no FKs): activity must outlive its subjects - including account deletion - so refs persist as identity and the payload carries the display snapshot; whether a ref still resolves is the renderer''s question',
  participant_id VARCHAR(191),
  invite_id VARCHAR(191),
  option_id VARCHAR(191),
  payload JSON NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  CONSTRAINT poll_activities_poll_id_fkey FOREIGN KEY (poll_id) REFERENCES polls (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE accounts (
  id VARCHAR(191) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  provider VARCHAR(191) NOT NULL,
  provider_account_id VARCHAR(191) NOT NULL,
  refresh_token TEXT,
  access_token TEXT,
  expires_at INT,
  scope VARCHAR(191),
  id_token TEXT,
  access_token_expires_at DATETIME(3),
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  password TEXT,
  refresh_token_expires_at DATETIME(3),
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT accounts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE sessions (
  id VARCHAR(191) NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  token VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  ip_address VARCHAR(191),
  user_agent TEXT,
  user_id VARCHAR(191) NOT NULL,
  impersonated_by VARCHAR(191),
  PRIMARY KEY (id),
  CONSTRAINT sessions_impersonated_by_fkey FOREIGN KEY (impersonated_by) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE verifications (
  id VARCHAR(191) NOT NULL,
  identifier VARCHAR(191) NOT NULL,
  value TEXT NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id)
);

CREATE TABLE space_members (
  id VARCHAR(191) NOT NULL,
  space_id VARCHAR(191) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  role ENUM('ADMIN','MEMBER') NOT NULL DEFAULT 'MEMBER',
  last_selected_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  CONSTRAINT space_members_space_id_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT space_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE space_member_invites (
  id VARCHAR(191) NOT NULL,
  space_id VARCHAR(191) NOT NULL,
  email VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  role ENUM('ADMIN','MEMBER') NOT NULL DEFAULT 'MEMBER',
  inviter_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT space_member_invites_inviter_id_fkey FOREIGN KEY (inviter_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT space_member_invites_space_id_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE space_api_keys (
  id VARCHAR(191) NOT NULL,
  space_id VARCHAR(191) NOT NULL,
  name VARCHAR(191) NOT NULL,
  prefix VARCHAR(191) NOT NULL,
  hashed_key TEXT NOT NULL,
  last_used_at DATETIME(3),
  expires_at DATETIME(3),
  revoked_at DATETIME(3),
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT space_api_keys_space_id_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE subscriptions (
  id VARCHAR(191) NOT NULL,
  price_id VARCHAR(191) NOT NULL,
  active TINYINT(1) NOT NULL,
  currency VARCHAR(191) NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  period_start DATETIME(3) NOT NULL,
  period_end DATETIME(3) NOT NULL,
  amount INT NOT NULL,
  cancel_at_period_end TINYINT(1) NOT NULL DEFAULT 0,
  `interval` ENUM('month','year') NOT NULL,
  status ENUM('incomplete','incomplete_expired','active','paused','trialing','past_due','canceled','unpaid') NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  space_id VARCHAR(191) NOT NULL,
  quantity INT NOT NULL DEFAULT 1,
  subscription_item_id VARCHAR(191) NOT NULL,
  discount_amount_off INT,
  discount_percent_off DOUBLE,
  PRIMARY KEY (id),
  CONSTRAINT subscriptions_space_id_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT subscriptions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE payment_methods (
  id VARCHAR(191) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  type VARCHAR(191) NOT NULL,
  data JSON NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT payment_methods_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE rescheduled_event_dates (
  id VARCHAR(191) NOT NULL,
  scheduled_event_id VARCHAR(191) NOT NULL,
  `start` DATETIME(3) NOT NULL,
  `end` DATETIME(3) NOT NULL,
  all_day TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  CONSTRAINT rescheduled_event_dates_scheduled_event_id_fkey FOREIGN KEY (scheduled_event_id) REFERENCES scheduled_events (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE scheduled_event_invites (
  id VARCHAR(191) NOT NULL,
  scheduled_event_id VARCHAR(191) NOT NULL,
  invitee_name VARCHAR(191) NOT NULL,
  invitee_email VARCHAR(191) NOT NULL,
  invitee_id VARCHAR(191),
  invitee_time_zone VARCHAR(191),
  status ENUM('pending','accepted','declined','tentative') NOT NULL DEFAULT 'pending',
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  invitee_locale VARCHAR(191),
  uid VARCHAR(191) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT scheduled_event_invites_invitee_id_fkey FOREIGN KEY (invitee_id) REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT scheduled_event_invites_scheduled_event_id_fkey FOREIGN KEY (scheduled_event_id) REFERENCES scheduled_events (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE user_notification_preferences (
  id VARCHAR(191) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  prefs JSON NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT user_notification_preferences_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE credentials (
  id VARCHAR(191) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  provider VARCHAR(191) NOT NULL,
  provider_account_id VARCHAR(191) NOT NULL,
  type ENUM('OAUTH') NOT NULL,
  secret TEXT NOT NULL,
  scopes JSON,
  expires_at DATETIME(3),
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT credentials_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE calendar_connections (
  id VARCHAR(191) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  provider VARCHAR(191) NOT NULL,
  integration_id VARCHAR(191) NOT NULL,
  provider_account_id VARCHAR(191) NOT NULL,
  email VARCHAR(191) NOT NULL,
  display_name VARCHAR(191),
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  credential_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT calendar_connections_credential_id_fkey FOREIGN KEY (credential_id) REFERENCES credentials (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT calendar_connections_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE provider_calendars (
  id VARCHAR(191) NOT NULL,
  calendar_connection_id VARCHAR(191) NOT NULL,
  provider_calendar_id VARCHAR(191) NOT NULL,
  name VARCHAR(191) NOT NULL,
  `primary` TINYINT(1) NOT NULL DEFAULT 0,
  time_zone VARCHAR(191),
  selected TINYINT(1) NOT NULL DEFAULT 0,
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  writable TINYINT(1) NOT NULL DEFAULT 0,
  provider_data JSON,
  last_synced_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT provider_calendars_calendar_connection_id_fkey FOREIGN KEY (calendar_connection_id) REFERENCES calendar_connections (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE licenses (
  id VARCHAR(191) NOT NULL,
  license_key VARCHAR(191) NOT NULL,
  version INT,
  type ENUM('PLUS','ORGANIZATION','ENTERPRISE') NOT NULL,
  seats INT,
  issued_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  expires_at DATETIME(3),
  licensee_email VARCHAR(191),
  licensee_name VARCHAR(191),
  status ENUM('ACTIVE','REVOKED') NOT NULL DEFAULT 'ACTIVE',
  white_label_addon TINYINT(1) NOT NULL DEFAULT 0,
  idempotency_key VARCHAR(191),
  PRIMARY KEY (id)
);

CREATE TABLE license_validations (
  id VARCHAR(191) NOT NULL,
  license_id VARCHAR(191) NOT NULL,
  ip_address VARCHAR(191),
  fingerprint VARCHAR(191),
  validated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  user_agent TEXT,
  PRIMARY KEY (id),
  CONSTRAINT license_validations_license_id_fkey FOREIGN KEY (license_id) REFERENCES licenses (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE instance_licenses (
  id VARCHAR(191) NOT NULL,
  license_key VARCHAR(191) NOT NULL,
  version INT,
  type ENUM('PLUS','ORGANIZATION','ENTERPRISE') NOT NULL,
  seats INT,
  issued_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  expires_at DATETIME(3),
  licensee_email VARCHAR(191),
  licensee_name VARCHAR(191),
  status ENUM('ACTIVE','REVOKED') NOT NULL DEFAULT 'ACTIVE',
  white_label_addon TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);

CREATE TABLE instance_settings (
  id INT NOT NULL DEFAULT 1,
  disable_user_registration TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  instance_id CHAR(36) NOT NULL,
  app_name VARCHAR(191),
  primary_color VARCHAR(191),
  primary_color_dark VARCHAR(191),
  logo VARCHAR(191),
  logo_dark VARCHAR(191),
  logo_icon VARCHAR(191),
  hide_attribution TINYINT(1),
  footer_links JSON NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT instance_settings_singleton CHECK (id = 1)
);

CREATE TABLE registered_instances (
  id VARCHAR(191) NOT NULL,
  instance_id VARCHAR(191) NOT NULL,
  version VARCHAR(191) NOT NULL,
  first_seen_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  last_seen_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id)
);

SET FOREIGN_KEY_CHECKS=1;

-- listmonk (self-hosted newsletter and mailing-list manager: subscribers with free-form JSON attributes and a
-- status, mailing lists, subscriber-list memberships with their subscription status, campaigns and the lists they
-- go to, templates, media uploads and their use in campaigns, tracked links and link clicks, campaign views
-- (tracking pixel), bounces, admin users and their roles, login sessions, settings, and three dashboard
-- materialized views), the whole of github.com/knadh/listmonk schema.sql (AGPL-3.0),
-- commit 911e0b774abad4fbf7b534be43a34a80fb6ace5b (2026-07-21).
-- PostgreSQL written as MySQL DDL: SERIAL -> INT AUTO_INCREMENT, BIGSERIAL -> BIGINT AUTO_INCREMENT, uuid ->
-- CHAR(36), JSONB and the array types (VARCHAR(100)[], TEXT[]) -> JSON, the CREATE TYPE enums -> ENUM with the same
-- values, TIMESTAMP WITH(OUT) TIME ZONE -> TIMESTAMP, TEXT kept as TEXT except the TEXT primary key of `sessions`
-- (VARCHAR(255): MySQL/MariaDB cannot key a TEXT column without a length). Table and column names, column order,
-- defaults, NOT NULL, UNIQUE, primary and foreign keys as upstream (ON DELETE / ON UPDATE actions kept); indexes
-- left out. Upstream's SQL comments on columns are kept as column COMMENTs. Nothing is left out: all 16 tables
-- with all their columns, plus the three materialized views (mat_dashboard_counts, mat_dashboard_charts,
-- mat_list_subscriber_stats), which are stored relations in the database, written as tables with the columns
-- their SELECT produces.

CREATE TABLE subscribers (
  id INT AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) NOT NULL UNIQUE,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  attribs JSON NOT NULL DEFAULT '{}',
  status ENUM('enabled', 'disabled', 'blocklisted') NOT NULL DEFAULT 'enabled',
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE lists (
  id INT AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type ENUM('public', 'private', 'temporary') NOT NULL,
  optin ENUM('single', 'double') NOT NULL DEFAULT 'single',
  status ENUM('active', 'archived') NOT NULL DEFAULT 'active',
  tags JSON,
  description TEXT NOT NULL DEFAULT '',
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE subscriber_lists (
  subscriber_id INT,
  list_id INT,
  meta JSON NOT NULL DEFAULT '{}',
  status ENUM('unconfirmed', 'confirmed', 'unsubscribed') NOT NULL DEFAULT 'unconfirmed',
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (subscriber_id, list_id),
  FOREIGN KEY (subscriber_id) REFERENCES subscribers (id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (list_id) REFERENCES lists (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE templates (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name TEXT NOT NULL,
  type ENUM('campaign', 'campaign_visual', 'tx') NOT NULL DEFAULT 'campaign',
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  body_source TEXT NULL,
  is_default BOOLEAN NOT NULL DEFAULT false,
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE campaigns (
  id INT AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) NOT NULL UNIQUE,
  name TEXT NOT NULL,
  subject TEXT NOT NULL,
  from_email TEXT NOT NULL,
  body TEXT NOT NULL,
  body_source TEXT NULL,
  altbody TEXT NULL,
  content_type ENUM('richtext', 'html', 'plain', 'markdown', 'visual') NOT NULL DEFAULT 'richtext',
  send_at TIMESTAMP NULL,
  headers JSON NOT NULL DEFAULT '[]',
  attribs JSON NOT NULL DEFAULT '{}',
  status ENUM('draft', 'running', 'scheduled', 'paused', 'cancelled', 'finished') NOT NULL DEFAULT 'draft',
  tags JSON,
  type ENUM('regular', 'optin') DEFAULT 'regular' COMMENT 'The subscription statuses of subscribers to which a campaign will be sent. For opt-in campaigns, this will be ''unsubscribed''.',
  messenger TEXT NOT NULL COMMENT 'The ID of the messenger backend used to send this campaign.',
  template_id INT,
  to_send INT NOT NULL DEFAULT 0,
  sent INT NOT NULL DEFAULT 0,
  max_subscriber_id INT NOT NULL DEFAULT 0,
  last_subscriber_id INT NOT NULL DEFAULT 0,
  archive BOOLEAN NOT NULL DEFAULT false,
  archive_slug TEXT NULL UNIQUE,
  archive_template_id INT,
  archive_meta JSON NOT NULL DEFAULT '{}',
  started_at TIMESTAMP NULL,
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (template_id) REFERENCES templates (id) ON DELETE SET NULL,
  FOREIGN KEY (archive_template_id) REFERENCES templates (id) ON DELETE SET NULL
);

CREATE TABLE campaign_lists (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_id INT NOT NULL,
  list_id INT NULL COMMENT 'Lists may be deleted, so list_id is nullable and a copy of the original list name is maintained here.',
  list_name TEXT NOT NULL DEFAULT '',
  FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (list_id) REFERENCES lists (id) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE campaign_views (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_id INT NOT NULL,
  subscriber_id INT NULL COMMENT 'Subscribers may be deleted, but the view counts should remain.',
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (subscriber_id) REFERENCES subscribers (id) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE media (
  id INT AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) NOT NULL UNIQUE,
  provider TEXT NOT NULL DEFAULT '',
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL DEFAULT 'application/octet-stream',
  thumb TEXT NOT NULL,
  meta JSON NOT NULL DEFAULT '{}',
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE campaign_media (
  campaign_id INT,
  media_id INT NULL COMMENT 'Media items may be deleted, so media_id is nullable and a copy of the original name is maintained here.',
  filename TEXT NOT NULL DEFAULT '',
  FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (media_id) REFERENCES media (id) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE links (
  id INT AUTO_INCREMENT PRIMARY KEY,
  uuid CHAR(36) NOT NULL UNIQUE,
  url TEXT NOT NULL UNIQUE,
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE link_clicks (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_id INT NULL,
  link_id INT NOT NULL,
  subscriber_id INT NULL COMMENT 'Subscribers may be deleted, but the link counts should remain.',
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (link_id) REFERENCES links (id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (subscriber_id) REFERENCES subscribers (id) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE settings (
  `key` TEXT NOT NULL UNIQUE,
  value JSON NOT NULL DEFAULT '{}',
  updated_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE bounces (
  id INT AUTO_INCREMENT PRIMARY KEY,
  subscriber_id INT NOT NULL,
  campaign_id INT NULL,
  type ENUM('soft', 'hard', 'complaint') NOT NULL DEFAULT 'hard',
  source TEXT NOT NULL DEFAULT '',
  meta JSON NOT NULL DEFAULT '{}',
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (subscriber_id) REFERENCES subscribers (id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE roles (
  id INT AUTO_INCREMENT PRIMARY KEY,
  type ENUM('user', 'list') NOT NULL DEFAULT 'user',
  parent_id INT NULL,
  list_id INT NULL,
  permissions JSON NOT NULL DEFAULT '[]',
  name TEXT NULL,
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (parent_id) REFERENCES roles (id) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (list_id) REFERENCES lists (id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE users (
  id INT AUTO_INCREMENT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  password_login BOOLEAN NOT NULL DEFAULT false,
  password TEXT NULL,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  avatar TEXT NULL,
  type ENUM('user', 'api') NOT NULL DEFAULT 'user',
  user_role_id INT NOT NULL,
  list_role_id INT NULL,
  status ENUM('enabled', 'disabled') NOT NULL DEFAULT 'disabled',
  twofa_type ENUM('none', 'totp') NOT NULL DEFAULT 'none',
  twofa_key TEXT NULL,
  loggedin_at TIMESTAMP NULL,
  created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (user_role_id) REFERENCES roles (id) ON DELETE RESTRICT,
  FOREIGN KEY (list_role_id) REFERENCES roles (id) ON DELETE CASCADE
);

CREATE TABLE sessions (
  id VARCHAR(255) NOT NULL PRIMARY KEY,
  data JSON NOT NULL DEFAULT '{}',
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE mat_dashboard_counts (
  updated_at TIMESTAMP NULL,
  data JSON
);

CREATE TABLE mat_dashboard_charts (
  updated_at TIMESTAMP NULL,
  data JSON
);

CREATE TABLE mat_list_subscriber_stats (
  updated_at TIMESTAMP NULL,
  list_id INT,
  status ENUM('unconfirmed', 'confirmed', 'unsubscribed'),
  subscriber_count BIGINT
);

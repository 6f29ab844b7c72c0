-- Lemmy 0.19.20 -- federated link aggregator and discussion forum (Reddit-like, ActivityPub).
-- Upstream: github.com/LemmyNet/lemmy, tag 0.19.20, commit e9d49b7b49f4751b924263fdebfc1af2a387eda9
--   crates/db_schema/src/schema.rs (Diesel table! macros: every table's columns and types, the primary keys
--   and the joinable! foreign keys), migrations/*/up.sql (enum values, column comments).
-- Licence: AGPL-3.0.
-- PostgreSQL written as MySQL DDL with upstream table and column names: int4 -> INT, int8 -> BIGINT,
-- int2 -> SMALLINT, bool -> TINYINT(1), timestamptz -> DATETIME, uuid -> CHAR(36), ltree and text[] -> TEXT,
-- json -> JSON, the PostgreSQL enum types -> ENUM with their values; the text primary keys login_token.token and
-- local_image.pictrs_alias -> VARCHAR(255) (MySQL cannot key a TEXT column), varchar without length -> VARCHAR(255).
-- 36 of upstream's 73 tables are kept; every column of a kept table is kept. Column comments are the inline SQL
-- comments of upstream's migrations.

CREATE TABLE instance (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  domain VARCHAR(255) NOT NULL,
  published DATETIME NOT NULL,
  updated DATETIME NULL,
  software VARCHAR(255) NULL,
  version VARCHAR(255) NULL
);

CREATE TABLE language (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(3) NOT NULL,
  name TEXT NOT NULL
);

CREATE TABLE site (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(20) NOT NULL,
  sidebar TEXT NULL,
  published DATETIME NOT NULL,
  updated DATETIME NULL,
  icon TEXT NULL,
  banner TEXT NULL,
  description VARCHAR(150) NULL,
  actor_id VARCHAR(255) NOT NULL,
  last_refreshed_at DATETIME NOT NULL,
  inbox_url VARCHAR(255) NOT NULL,
  private_key TEXT NULL,
  public_key TEXT NOT NULL,
  instance_id INT NOT NULL,
  content_warning TEXT NULL,
  FOREIGN KEY (instance_id) REFERENCES instance (id)
);

CREATE TABLE local_site (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id INT NOT NULL,
  site_setup TINYINT(1) NOT NULL,
  enable_downvotes TINYINT(1) NOT NULL,
  enable_nsfw TINYINT(1) NOT NULL,
  community_creation_admin_only TINYINT(1) NOT NULL,
  require_email_verification TINYINT(1) NOT NULL,
  application_question TEXT NULL,
  private_instance TINYINT(1) NOT NULL,
  default_theme TEXT NOT NULL,
  default_post_listing_type ENUM('All','Local','Subscribed','ModeratorView') NOT NULL,
  legal_information TEXT NULL,
  hide_modlog_mod_names TINYINT(1) NOT NULL,
  application_email_admins TINYINT(1) NOT NULL,
  slur_filter_regex TEXT NULL,
  actor_name_max_length INT NOT NULL,
  federation_enabled TINYINT(1) NOT NULL,
  captcha_enabled TINYINT(1) NOT NULL,
  captcha_difficulty VARCHAR(255) NOT NULL,
  published DATETIME NOT NULL,
  updated DATETIME NULL,
  registration_mode ENUM('Closed','RequireApplication','Open') NOT NULL,
  reports_email_admins TINYINT(1) NOT NULL,
  federation_signed_fetch TINYINT(1) NOT NULL,
  default_post_listing_mode ENUM('List','Card','SmallCard') NOT NULL,
  default_sort_type ENUM('Active','Hot','New','Old','TopDay','TopWeek','TopMonth','TopYear','TopAll','MostComments','NewComments','TopHour','TopSixHour','TopTwelveHour','TopThreeMonths','TopSixMonths','TopNineMonths','Controversial','Scaled') NOT NULL,
  FOREIGN KEY (site_id) REFERENCES site (id)
);

CREATE TABLE secret (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  jwt_secret VARCHAR(255) NOT NULL
);

CREATE TABLE captcha_answer (
  uuid CHAR(36) NOT NULL PRIMARY KEY,
  answer TEXT NOT NULL,
  published DATETIME NOT NULL
);

CREATE TABLE person (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  display_name VARCHAR(255) NULL,
  avatar TEXT NULL,
  banned TINYINT(1) NOT NULL,
  published DATETIME NOT NULL,
  updated DATETIME NULL,
  actor_id VARCHAR(255) NOT NULL,
  bio TEXT NULL,
  local TINYINT(1) NOT NULL,
  private_key TEXT NULL,
  public_key TEXT NOT NULL,
  last_refreshed_at DATETIME NOT NULL,
  banner TEXT NULL,
  deleted TINYINT(1) NOT NULL,
  inbox_url VARCHAR(255) NOT NULL,
  shared_inbox_url VARCHAR(255) NULL,
  matrix_user_id TEXT NULL,
  bot_account TINYINT(1) NOT NULL,
  ban_expires DATETIME NULL,
  instance_id INT NOT NULL,
  FOREIGN KEY (instance_id) REFERENCES instance (id)
);

CREATE TABLE local_user (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id INT NOT NULL,
  password_encrypted TEXT NOT NULL,
  email TEXT NULL,
  show_nsfw TINYINT(1) NOT NULL,
  theme TEXT NOT NULL,
  default_sort_type ENUM('Active','Hot','New','Old','TopDay','TopWeek','TopMonth','TopYear','TopAll','MostComments','NewComments','TopHour','TopSixHour','TopTwelveHour','TopThreeMonths','TopSixMonths','TopNineMonths','Controversial','Scaled') NOT NULL,
  default_listing_type ENUM('All','Local','Subscribed','ModeratorView') NOT NULL,
  interface_language VARCHAR(20) NOT NULL,
  show_avatars TINYINT(1) NOT NULL,
  send_notifications_to_email TINYINT(1) NOT NULL,
  show_scores TINYINT(1) NOT NULL,
  show_bot_accounts TINYINT(1) NOT NULL,
  show_read_posts TINYINT(1) NOT NULL,
  email_verified TINYINT(1) NOT NULL,
  accepted_application TINYINT(1) NOT NULL,
  totp_2fa_secret TEXT NULL,
  open_links_in_new_tab TINYINT(1) NOT NULL,
  blur_nsfw TINYINT(1) NOT NULL,
  auto_expand TINYINT(1) NOT NULL,
  infinite_scroll_enabled TINYINT(1) NOT NULL,
  admin TINYINT(1) NOT NULL,
  post_listing_mode ENUM('List','Card','SmallCard') NOT NULL,
  totp_2fa_enabled TINYINT(1) NOT NULL,
  enable_keyboard_navigation TINYINT(1) NOT NULL,
  enable_animated_images TINYINT(1) NOT NULL,
  collapse_bot_comments TINYINT(1) NOT NULL,
  last_donation_notification DATETIME NOT NULL,
  FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE local_user_language (
  local_user_id INT NOT NULL,
  language_id INT NOT NULL,
  PRIMARY KEY (local_user_id, language_id),
  FOREIGN KEY (local_user_id) REFERENCES local_user (id),
  FOREIGN KEY (language_id) REFERENCES language (id)
);

CREATE TABLE password_reset_request (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token TEXT NOT NULL,
  published DATETIME NOT NULL,
  local_user_id INT NOT NULL,
  FOREIGN KEY (local_user_id) REFERENCES local_user (id)
);

CREATE TABLE email_verification (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  local_user_id INT NOT NULL,
  email TEXT NOT NULL,
  verification_token TEXT NOT NULL,
  published DATETIME NOT NULL,
  FOREIGN KEY (local_user_id) REFERENCES local_user (id)
);

CREATE TABLE login_token (
  token VARCHAR(255) NOT NULL PRIMARY KEY,
  user_id INT NOT NULL,
  published DATETIME NOT NULL,
  ip TEXT NULL,
  user_agent TEXT NULL,
  FOREIGN KEY (user_id) REFERENCES local_user (id)
);

CREATE TABLE registration_application (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  local_user_id INT NOT NULL,
  answer TEXT NOT NULL,
  admin_id INT NULL,
  deny_reason TEXT NULL,
  published DATETIME NOT NULL,
  FOREIGN KEY (local_user_id) REFERENCES local_user (id),
  FOREIGN KEY (admin_id) REFERENCES person (id)
);

CREATE TABLE local_image (
  local_user_id INT NULL,
  pictrs_alias VARCHAR(255) NOT NULL PRIMARY KEY,
  pictrs_delete_token TEXT NOT NULL,
  published DATETIME NOT NULL,
  FOREIGN KEY (local_user_id) REFERENCES local_user (id)
);

CREATE TABLE person_ban (
  person_id INT NOT NULL PRIMARY KEY,
  published DATETIME NOT NULL,
  FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE person_block (
  person_id INT NOT NULL,
  target_id INT NOT NULL,
  published DATETIME NOT NULL,
  PRIMARY KEY (person_id, target_id),
  FOREIGN KEY (person_id) REFERENCES person (id),
  FOREIGN KEY (target_id) REFERENCES person (id)
);

CREATE TABLE person_aggregates (
  person_id INT NOT NULL PRIMARY KEY,
  post_count BIGINT NOT NULL,
  post_score BIGINT NOT NULL,
  comment_count BIGINT NOT NULL,
  comment_score BIGINT NOT NULL,
  FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE community (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  title VARCHAR(255) NOT NULL,
  description TEXT NULL,
  removed TINYINT(1) NOT NULL,
  published DATETIME NOT NULL,
  updated DATETIME NULL,
  deleted TINYINT(1) NOT NULL,
  nsfw TINYINT(1) NOT NULL,
  actor_id VARCHAR(255) NOT NULL,
  local TINYINT(1) NOT NULL,
  private_key TEXT NULL,
  public_key TEXT NOT NULL,
  last_refreshed_at DATETIME NOT NULL,
  icon TEXT NULL,
  banner TEXT NULL,
  followers_url VARCHAR(255) NULL,
  inbox_url VARCHAR(255) NOT NULL,
  shared_inbox_url VARCHAR(255) NULL,
  hidden TINYINT(1) NOT NULL,
  posting_restricted_to_mods TINYINT(1) NOT NULL,
  instance_id INT NOT NULL,
  moderators_url VARCHAR(255) NULL,
  featured_url VARCHAR(255) NULL,
  visibility ENUM('Public','LocalOnly') NOT NULL,
  FOREIGN KEY (instance_id) REFERENCES instance (id)
);

CREATE TABLE community_follower (
  community_id INT NOT NULL,
  person_id INT NOT NULL,
  published DATETIME NOT NULL,
  pending TINYINT(1) NOT NULL,
  PRIMARY KEY (person_id, community_id),
  FOREIGN KEY (community_id) REFERENCES community (id),
  FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE community_moderator (
  community_id INT NOT NULL,
  person_id INT NOT NULL,
  published DATETIME NOT NULL,
  PRIMARY KEY (person_id, community_id),
  FOREIGN KEY (community_id) REFERENCES community (id),
  FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE community_person_ban (
  community_id INT NOT NULL,
  person_id INT NOT NULL,
  published DATETIME NOT NULL,
  expires DATETIME NULL,
  PRIMARY KEY (person_id, community_id),
  FOREIGN KEY (community_id) REFERENCES community (id),
  FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE post (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  url VARCHAR(2000) NULL COMMENT 'These are both optional, a post can just have a title',
  body TEXT NULL,
  creator_id INT NOT NULL,
  community_id INT NOT NULL,
  removed TINYINT(1) NOT NULL,
  locked TINYINT(1) NOT NULL,
  published DATETIME NOT NULL,
  updated DATETIME NULL,
  deleted TINYINT(1) NOT NULL,
  nsfw TINYINT(1) NOT NULL,
  embed_title TEXT NULL,
  embed_description TEXT NULL,
  thumbnail_url TEXT NULL,
  ap_id VARCHAR(255) NOT NULL,
  local TINYINT(1) NOT NULL,
  embed_video_url TEXT NULL,
  language_id INT NOT NULL,
  featured_community TINYINT(1) NOT NULL,
  featured_local TINYINT(1) NOT NULL,
  url_content_type TEXT NULL,
  alt_text TEXT NULL,
  FOREIGN KEY (creator_id) REFERENCES person (id),
  FOREIGN KEY (community_id) REFERENCES community (id),
  FOREIGN KEY (language_id) REFERENCES language (id)
);

CREATE TABLE post_like (
  post_id INT NOT NULL,
  person_id INT NOT NULL,
  score SMALLINT NOT NULL COMMENT '-1, or 1 for dislike, like, no row for no opinion',
  published DATETIME NOT NULL,
  PRIMARY KEY (person_id, post_id),
  FOREIGN KEY (post_id) REFERENCES post (id),
  FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE post_saved (
  post_id INT NOT NULL,
  person_id INT NOT NULL,
  published DATETIME NOT NULL,
  PRIMARY KEY (person_id, post_id),
  FOREIGN KEY (post_id) REFERENCES post (id),
  FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE post_read (
  post_id INT NOT NULL,
  person_id INT NOT NULL,
  published DATETIME NOT NULL,
  PRIMARY KEY (person_id, post_id),
  FOREIGN KEY (post_id) REFERENCES post (id),
  FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE post_report (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  creator_id INT NOT NULL COMMENT 'user reporting post',
  post_id INT NOT NULL COMMENT 'post being reported',
  original_post_name VARCHAR(200) NOT NULL,
  original_post_url TEXT NULL,
  original_post_body TEXT NULL,
  reason TEXT NOT NULL,
  resolved TINYINT(1) NOT NULL,
  resolver_id INT NULL COMMENT 'user resolving report',
  published DATETIME NOT NULL,
  updated DATETIME NULL,
  FOREIGN KEY (creator_id) REFERENCES person (id),
  FOREIGN KEY (post_id) REFERENCES post (id),
  FOREIGN KEY (resolver_id) REFERENCES person (id)
);

CREATE TABLE comment (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  creator_id INT NOT NULL,
  post_id INT NOT NULL,
  content TEXT NOT NULL,
  removed TINYINT(1) NOT NULL,
  published DATETIME NOT NULL,
  updated DATETIME NULL,
  deleted TINYINT(1) NOT NULL,
  ap_id VARCHAR(255) NOT NULL,
  local TINYINT(1) NOT NULL,
  path TEXT NOT NULL,
  distinguished TINYINT(1) NOT NULL,
  language_id INT NOT NULL,
  FOREIGN KEY (creator_id) REFERENCES person (id),
  FOREIGN KEY (post_id) REFERENCES post (id),
  FOREIGN KEY (language_id) REFERENCES language (id)
);

CREATE TABLE comment_like (
  person_id INT NOT NULL,
  comment_id INT NOT NULL,
  post_id INT NOT NULL,
  score SMALLINT NOT NULL COMMENT '-1, or 1 for dislike, like, no row for no opinion',
  published DATETIME NOT NULL,
  PRIMARY KEY (person_id, comment_id),
  FOREIGN KEY (person_id) REFERENCES person (id),
  FOREIGN KEY (comment_id) REFERENCES comment (id),
  FOREIGN KEY (post_id) REFERENCES post (id)
);

CREATE TABLE comment_saved (
  comment_id INT NOT NULL,
  person_id INT NOT NULL,
  published DATETIME NOT NULL,
  PRIMARY KEY (person_id, comment_id),
  FOREIGN KEY (comment_id) REFERENCES comment (id),
  FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE comment_report (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  creator_id INT NOT NULL COMMENT 'user reporting comment',
  comment_id INT NOT NULL COMMENT 'comment being reported',
  original_comment_text TEXT NOT NULL,
  reason TEXT NOT NULL,
  resolved TINYINT(1) NOT NULL,
  resolver_id INT NULL COMMENT 'user resolving report',
  published DATETIME NOT NULL,
  updated DATETIME NULL,
  FOREIGN KEY (creator_id) REFERENCES person (id),
  FOREIGN KEY (comment_id) REFERENCES comment (id),
  FOREIGN KEY (resolver_id) REFERENCES person (id)
);

CREATE TABLE comment_reply (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient_id INT NOT NULL,
  comment_id INT NOT NULL,
  `read` TINYINT(1) NOT NULL,
  published DATETIME NOT NULL,
  FOREIGN KEY (recipient_id) REFERENCES person (id),
  FOREIGN KEY (comment_id) REFERENCES comment (id)
);

CREATE TABLE person_mention (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient_id INT NOT NULL,
  comment_id INT NOT NULL,
  `read` TINYINT(1) NOT NULL,
  published DATETIME NOT NULL,
  FOREIGN KEY (recipient_id) REFERENCES person (id),
  FOREIGN KEY (comment_id) REFERENCES comment (id)
);

CREATE TABLE private_message (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  creator_id INT NOT NULL,
  recipient_id INT NOT NULL,
  content TEXT NOT NULL,
  deleted TINYINT(1) NOT NULL,
  `read` TINYINT(1) NOT NULL,
  published DATETIME NOT NULL,
  updated DATETIME NULL,
  ap_id VARCHAR(255) NOT NULL,
  local TINYINT(1) NOT NULL,
  removed TINYINT(1) NOT NULL,
  FOREIGN KEY (creator_id) REFERENCES person (id),
  FOREIGN KEY (recipient_id) REFERENCES person (id)
);

CREATE TABLE mod_ban (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mod_person_id INT NOT NULL,
  other_person_id INT NOT NULL,
  reason TEXT NULL,
  banned TINYINT(1) NOT NULL,
  expires DATETIME NULL,
  when_ DATETIME NOT NULL,
  FOREIGN KEY (mod_person_id) REFERENCES person (id),
  FOREIGN KEY (other_person_id) REFERENCES person (id)
);

CREATE TABLE mod_remove_post (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mod_person_id INT NOT NULL,
  post_id INT NOT NULL,
  reason TEXT NULL,
  removed TINYINT(1) NOT NULL,
  when_ DATETIME NOT NULL,
  FOREIGN KEY (mod_person_id) REFERENCES person (id),
  FOREIGN KEY (post_id) REFERENCES post (id)
);

CREATE TABLE sent_activity (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ap_id TEXT NOT NULL,
  data JSON NOT NULL,
  `sensitive` TINYINT(1) NOT NULL,
  published DATETIME NOT NULL,
  send_inboxes TEXT NOT NULL COMMENT 'list of specific inbox urls',
  send_community_followers_of INT NULL,
  send_all_instances TINYINT(1) NOT NULL,
  actor_type ENUM('site','community','person') NOT NULL,
  actor_apub_id TEXT NULL
);

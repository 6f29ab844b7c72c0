-- Groundhogg 4.7.1 (groundhoggwp/groundhogg, commit 3cc86bfa09e8bb85cbf15f7c8affa727c6b65961), db/*.php
-- CREATE TABLE statements of create_table_sql_command() / create_table(), WordPress prefix wp_, utf8mb4 (index length 191)

-- db/contacts.php
CREATE TABLE wp_gh_contacts (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  email varchar(50) NOT NULL,
  first_name mediumtext NOT NULL,
  last_name mediumtext NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  owner_id bigint(20) unsigned NOT NULL,
  optin_status int unsigned NOT NULL,
  is_free tinyint(1) unsigned NOT NULL,
  date_created datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  date_optin_status_changed datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  PRIMARY KEY (ID),
  UNIQUE KEY email (email),
  KEY user (user_id),
  KEY is_free_inbox (is_free),
  KEY owner_id (owner_id),
  KEY optin_status (optin_status),
  KEY date_created (date_created),
  KEY date_optin_status_changed (date_optin_status_changed)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/contact-meta.php (create_table() of db/meta-db.php)
CREATE TABLE wp_gh_contactmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  contact_id bigint(20) unsigned NOT NULL,
  meta_key varchar(191) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY contact_id (contact_id),
  KEY meta_key (meta_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/tags.php
CREATE TABLE wp_gh_tags (
  tag_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  tag_slug varchar(191) NOT NULL,
  tag_name mediumtext NOT NULL,
  tag_description text NOT NULL,
  show_as_preference tinyint unsigned NOT NULL,
  PRIMARY KEY (tag_id),
  UNIQUE KEY tag_slug (tag_slug)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/tag-relationships.php
CREATE TABLE wp_gh_tag_relationships (
  tag_id bigint(20) unsigned NOT NULL,
  contact_id bigint(20) unsigned NOT NULL,
  date_created datetime NOT NULL,
  PRIMARY KEY (tag_id,contact_id),
  KEY tag_id (tag_id),
  KEY contact_id (contact_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/activity.php
CREATE TABLE wp_gh_activity (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  timestamp bigint(20) unsigned NOT NULL,
  contact_id bigint(20) unsigned NOT NULL,
  funnel_id bigint(20) unsigned NOT NULL,
  step_id bigint(20) unsigned NOT NULL,
  email_id bigint(20) unsigned NOT NULL,
  event_id bigint(20) unsigned NOT NULL,
  activity_type VARCHAR(191) NOT NULL,
  referer text NOT NULL,
  referer_hash varchar(20) NOT NULL,
  value decimal(10,2) unsigned NOT NULL DEFAULT 0,
  ip_address varbinary(16) NOT NULL,
  user_agent bigint(20) unsigned NOT NULL,
  PRIMARY KEY (ID),
  KEY event_idx (event_id),
  KEY contact_idx (contact_id),
  KEY time_idx (timestamp),
  KEY funnel_step_email_idx (funnel_id,step_id,email_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/activity-meta.php (create_table() of db/meta-db.php)
CREATE TABLE wp_gh_activitymeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  activity_id bigint(20) unsigned NOT NULL,
  meta_key varchar(191) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY activity_id (activity_id),
  KEY meta_key (meta_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/other-activity.php
CREATE TABLE wp_gh_other_activity (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  timestamp bigint(20) unsigned NOT NULL,
  object_id bigint(20) unsigned NOT NULL,
  object_type VARCHAR(191) NOT NULL,
  activity_type VARCHAR(191) NOT NULL,
  PRIMARY KEY (ID),
  KEY timestamp (timestamp),
  KEY object_id_and_type (object_id,object_type)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/other-activity-meta.php (create_table() of db/meta-db.php)
CREATE TABLE wp_gh_other_activitymeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  other_activity_id bigint(20) unsigned NOT NULL,
  meta_key varchar(191) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY other_activity_id (other_activity_id),
  KEY meta_key (meta_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/broadcasts.php
CREATE TABLE wp_gh_broadcasts (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  object_id bigint(20) unsigned NOT NULL,
  object_type VARCHAR(20) NOT NULL,
  schedule_id bigint(20) unsigned NOT NULL,
  scheduled_by bigint(20) unsigned NOT NULL,
  send_time bigint(20) unsigned NOT NULL,
  query longtext NOT NULL,
  status VARCHAR(20) NOT NULL,
  date_scheduled datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  PRIMARY KEY (ID),
  KEY send_time (send_time)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/broadcast-meta.php (create_table() of db/meta-db.php)
CREATE TABLE wp_gh_broadcastmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  broadcast_id bigint(20) unsigned NOT NULL,
  meta_key varchar(191) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY broadcast_id (broadcast_id),
  KEY meta_key (meta_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/campaigns.php
CREATE TABLE wp_gh_campaigns (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  slug varchar(191) NOT NULL,
  visibility varchar(20) NOT NULL,
  name mediumtext NOT NULL,
  description text NOT NULL,
  PRIMARY KEY (ID),
  UNIQUE KEY slug (slug)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/emails.php
CREATE TABLE wp_gh_emails (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  content longtext NOT NULL,
  plain_text longtext NOT NULL,
  subject text NOT NULL,
  title text NOT NULL,
  pre_header text NOT NULL,
  from_user bigint(20) unsigned NOT NULL,
  from_profile varchar(191) NOT NULL,
  author bigint(20) unsigned NOT NULL,
  is_template tinyint unsigned NOT NULL,
  status VARCHAR(20) NOT NULL,
  message_type VARCHAR(20) NOT NULL,
  last_updated datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  date_created datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  PRIMARY KEY  (ID)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/email-meta.php (create_table() of db/meta-db.php)
CREATE TABLE wp_gh_emailmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  email_id bigint(20) unsigned NOT NULL,
  meta_key varchar(191) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY email_id (email_id),
  KEY meta_key (meta_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/email-log.php
CREATE TABLE wp_gh_email_log (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  msg_id varchar(191) NOT NULL,
  recipients text NOT NULL,
  from_address text NOT NULL,
  subject mediumtext NOT NULL,
  headers mediumtext NOT NULL,
  content longtext NOT NULL,
  altbody longtext NOT NULL,
  message_type varchar(20) NOT NULL,
  email_service varchar(20) NOT NULL,
  status varchar(20) NOT NULL,
  error_code varchar(30) NOT NULL,
  error_message text NOT NULL,
  retries bigint(20) unsigned NOT NULL,
  is_sensitive tinyint(1) NOT NULL,
  queued_event_id bigint(20) unsigned NOT NULL,
  date_sent datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  PRIMARY KEY (ID),
  KEY status (status),
  KEY date_sent (date_sent)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/events.php
CREATE TABLE wp_gh_events (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  time bigint(20) unsigned NOT NULL,
  micro_time float(8) NOT NULL,
  time_scheduled bigint(20) unsigned NOT NULL,
  queued_id bigint(20) unsigned NOT NULL,
  contact_id bigint(20) unsigned NOT NULL,
  funnel_id bigint(20) unsigned NOT NULL,
  step_id bigint(20) unsigned NOT NULL,
  email_id bigint(20) unsigned NOT NULL,
  event_type int unsigned NOT NULL,
  error_code tinytext NOT NULL,
  error_message tinytext NOT NULL,
  priority int unsigned NOT NULL,
  status varchar(20) NOT NULL,
  args text NOT NULL,
  PRIMARY KEY (ID),
  KEY queued_idx (queued_id),
  KEY contact_idx (contact_id),
  KEY time_micro_time_idx (time, micro_time),
  KEY funnel_step_email_idx (funnel_id,step_id,email_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/event-queue.php
CREATE TABLE wp_gh_event_queue (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  time bigint(20) unsigned NOT NULL,
  micro_time float(8) NOT NULL,
  time_scheduled bigint(20) unsigned NOT NULL,
  contact_id bigint(20) unsigned NOT NULL,
  funnel_id bigint(20) unsigned NOT NULL,
  step_id bigint(20) unsigned NOT NULL,
  email_id bigint(20) unsigned NOT NULL,
  event_type int unsigned NOT NULL,
  error_code tinytext NOT NULL,
  error_message tinytext NOT NULL,
  priority int unsigned NOT NULL,
  status varchar(20) NOT NULL,
  claim varchar(20) NOT NULL,
  time_claimed bigint(20) unsigned NOT NULL DEFAULT 0,
  args text NOT NULL,
  PRIMARY KEY (ID),
  KEY time_idx (time),
  KEY contact_idx (contact_id),
  KEY funnel_idx (funnel_id),
  KEY step_idx (step_id),
  KEY claim_idx (claim)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/funnels.php
CREATE TABLE wp_gh_funnels (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  title text NOT NULL,
  status varchar(20) NOT NULL,
  author bigint(20) unsigned NOT NULL,
  last_updated datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  date_created datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  PRIMARY KEY (ID)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/funnel-meta.php (create_table() of db/meta-db.php)
CREATE TABLE wp_gh_funnelmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  funnel_id bigint(20) unsigned NOT NULL,
  meta_key varchar(191) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY funnel_id (funnel_id),
  KEY meta_key (meta_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/steps.php
CREATE TABLE wp_gh_steps (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  funnel_id bigint(20) unsigned NOT NULL,
  step_title mediumtext NOT NULL,
  step_type varchar(50) NOT NULL,
  step_group varchar(20) NOT NULL,
  step_status varchar(20) NOT NULL,
  step_slug varchar(191) NOT NULL,
  step_order int unsigned NOT NULL,
  step_level int unsigned NOT NULL,
  is_entry TINYINT(1) NOT NULL,
  is_conversion TINYINT(1) NOT NULL,
  is_locked TINYINT(1) NOT NULL,
  can_passthru TINYINT(1) NOT NULL,
  branch varchar(40) NOT NULL,
  branch_path mediumtext NOT NULL,
  ancestors mediumtext NOT NULL,
  changes mediumtext NOT NULL,
  date_committed datetime NOT NULL,
  date_activated datetime NOT NULL,
  PRIMARY KEY  (ID),
  KEY branch (branch),
  KEY funnel (funnel_id),
  KEY funnel_order_branch (funnel_id,step_order,branch)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/step-meta.php (create_table() of db/meta-db.php)
CREATE TABLE wp_gh_stepmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  step_id bigint(20) unsigned NOT NULL,
  meta_key varchar(191) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY step_id (step_id),
  KEY meta_key (meta_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/submissions.php
CREATE TABLE wp_gh_submissions (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  step_id bigint(20) unsigned NOT NULL,
  type varchar(20) NOT NULL,
  name text NOT NULL,
  contact_id bigint(20) unsigned NOT NULL,
  date_created datetime NOT NULL,
  PRIMARY KEY (ID)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/submission-meta.php (create_table() of db/meta-db.php)
CREATE TABLE wp_gh_submissionmeta (
  meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  submission_id bigint(20) unsigned NOT NULL,
  meta_key varchar(191) DEFAULT NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY submission_id (submission_id),
  KEY meta_key (meta_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/form-impressions.php
CREATE TABLE wp_gh_form_impressions (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  timestamp bigint(20) unsigned NOT NULL,
  form_id bigint(20) unsigned NOT NULL,
  ip_address varbinary(16) NOT NULL,
  views bigint(20) unsigned NOT NULL,
  PRIMARY KEY (ID),
  KEY time_idx (timestamp),
  KEY form_ip_idx (form_id,ip_address)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/page-visits.php
CREATE TABLE wp_gh_page_visits (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  timestamp bigint(20) unsigned NOT NULL,
  contact_id bigint(20) unsigned NOT NULL,
  hostname varchar(191) NOT NULL,
  path varchar(191) NOT NULL,
  query text NOT NULL,
  fragment text NOT NULL,
  views bigint(20) unsigned NOT NULL,
  ip_address varbinary(16) NOT NULL,
  user_agent bigint(20) unsigned NOT NULL,
  PRIMARY KEY (ID),
  KEY contact_ip_path_idx (contact_id,ip_address,path),
  KEY time_idx (timestamp)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/user-agents.php
CREATE TABLE wp_gh_user_agents (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  user_agent TEXT NOT NULL,
  user_agent_hash BINARY(32) NOT NULL,
  PRIMARY KEY (ID),
  UNIQUE KEY user_agent_hash (user_agent_hash)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/notes.php
CREATE TABLE wp_gh_notes (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  object_id bigint(20) unsigned NOT NULL,
  object_type VARCHAR(191) NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  context VARCHAR(50) NOT NULL,
  type VARCHAR(50) NOT NULL,
  summary text NOT NULL,
  content longtext NOT NULL,
  timestamp bigint(12) unsigned NOT NULL,
  date_created datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  PRIMARY KEY (ID)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/tasks.php
CREATE TABLE wp_gh_tasks (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  object_id bigint(20) unsigned NOT NULL,
  object_type VARCHAR(191) NOT NULL,
  step_id bigint(20) unsigned NOT NULL,
  funnel_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  context VARCHAR(50) NOT NULL,
  type VARCHAR(50) NOT NULL,
  summary text NOT NULL,
  content longtext NOT NULL,
  timestamp bigint(12) unsigned NOT NULL,
  date_created datetime NOT NULL,
  date_completed datetime NOT NULL,
  due_date datetime NOT NULL,
  PRIMARY KEY (ID)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/permissions-keys.php
CREATE TABLE wp_gh_permissions_keys (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  contact_id bigint(20) unsigned NOT NULL,
  delete_after_use tinyint unsigned NOT NULL,
  permissions_key varchar(191) NOT NULL,
  usage_type varchar(191) NOT NULL,
  date_created datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  expiration_date datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  PRIMARY KEY  (ID),
  KEY contact_id (contact_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/object-relationships.php
CREATE TABLE wp_gh_object_relationships (
  primary_object_id bigint(20) unsigned NOT NULL,
  primary_object_type varchar(191) NOT NULL,
  secondary_object_id bigint(20) unsigned NOT NULL,
  secondary_object_type varchar(191) NOT NULL,
  PRIMARY KEY (primary_object_id,primary_object_type,secondary_object_id,secondary_object_type),
  KEY primary_object (primary_object_id,primary_object_type),
  KEY secondary_object (secondary_object_id,secondary_object_type)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci ENGINE=InnoDB;

-- db/logs.php
CREATE TABLE wp_gh_logs (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  event varchar(191) NOT NULL,
  name text NOT NULL,
  value text NOT NULL,
  date_created datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  PRIMARY KEY (ID),
  KEY date_created (date_created)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- db/background-tasks.php
CREATE TABLE wp_gh_background_tasks (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  user_id bigint(20) unsigned NOT NULL,
  task longtext NOT NULL,
  time bigint(12) unsigned NOT NULL,
  status varchar(20) NOT NULL,
  claim varchar(20) NOT NULL,
  time_claimed bigint(20) unsigned NOT NULL DEFAULT 0,
  date_created datetime NOT NULL,
  PRIMARY KEY (ID)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

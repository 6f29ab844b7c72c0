-- SimpleDesk 2.1 (SimpleDesk Team), the help desk modification for Simple Machines Forum: tickets raised
-- by forum members (or by staff for them) in departments, replies with the poster's name, e-mail and IP,
-- action log, read markers, attachments, related tickets, custom fields and their values, helpdesk roles
-- and permissions, per-member preferences and notification overrides, canned replies, search index.
-- Upstream: github.com/SimpleMachines/SimpleDesk, branch smf21, commit 81f7b3ba0c791d58cf270f15cb996545fcd6110b
-- (2023-09-22, package version 2.1.3), licence BSD-3-Clause ("New BSD", license.txt).
-- Source of the DDL: install-sd.php, function sd_get_install_tables() — the 21 tables SimpleDesk creates
-- through SMF's $smcFunc['db_create_table'] with its helper db_field(); written as the MySQL DDL SMF's
-- db_create_table produces for them: the default prefix smf_, tinyint(3)/smallint(5)/int(10) unsigned,
-- mediumint(8) unsigned, bigint(21) unsigned, all NOT NULL with DEFAULT '0' (or AUTO_INCREMENT), varchar
-- NOT NULL (no default), text / mediumtext NOT NULL (a reply body is mediumtext at SMF's default maximum
-- message length of 20,000); unnamed indexes are named idx_<columns> as SMF names them. Columns and tables
-- in upstream order. No foreign keys (SMF declares none). Members, groups and attachments are SMF's own
-- tables (smf_members, smf_membergroups, smf_attachments), not created by SimpleDesk and left out.

CREATE TABLE smf_helpdesk_tickets (
  id_ticket mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  id_dept smallint(5) unsigned NOT NULL DEFAULT '0',
  id_first_msg int(10) unsigned NOT NULL DEFAULT '0',
  id_member_started mediumint(8) unsigned NOT NULL DEFAULT '0',
  id_last_msg int(10) unsigned NOT NULL DEFAULT '0',
  id_member_updated mediumint(8) unsigned NOT NULL DEFAULT '0',
  id_member_assigned mediumint(8) unsigned NOT NULL DEFAULT '0',
  num_replies int(10) unsigned NOT NULL DEFAULT '0',
  deleted_replies int(10) unsigned NOT NULL DEFAULT '0',
  subject varchar(100) NOT NULL,
  urgency tinyint(3) unsigned NOT NULL DEFAULT '0',
  status tinyint(3) unsigned NOT NULL DEFAULT '0',
  private tinyint(3) unsigned NOT NULL DEFAULT '0',
  withdeleted tinyint(3) unsigned NOT NULL DEFAULT '0',
  last_updated int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_ticket),
  KEY idx_status_id_member_assigned (status, id_member_assigned),
  KEY idx_id_member_started_private (id_member_started, private),
  KEY idx_status_withdeleted_deleted_replies (status, withdeleted, deleted_replies)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_ticket_replies (
  id_msg int(10) unsigned NOT NULL AUTO_INCREMENT,
  id_ticket mediumint(8) unsigned NOT NULL DEFAULT '0',
  body mediumtext NOT NULL,
  id_member mediumint(8) unsigned NOT NULL DEFAULT '0',
  poster_time int(10) unsigned NOT NULL DEFAULT '0',
  poster_name varchar(255) NOT NULL,
  poster_email varchar(255) NOT NULL,
  poster_ip varchar(255) NOT NULL,
  modified_time int(10) unsigned NOT NULL DEFAULT '0',
  modified_member mediumint(8) unsigned NOT NULL DEFAULT '0',
  modified_name varchar(255) NOT NULL,
  smileys_enabled tinyint(3) unsigned NOT NULL DEFAULT '0',
  message_status tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_msg),
  KEY idx_id_ticket_id_msg_message_status (id_ticket, id_msg, message_status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_log_action (
  id_action int(10) unsigned NOT NULL AUTO_INCREMENT,
  log_time int(10) unsigned NOT NULL DEFAULT '0',
  id_member mediumint(8) unsigned NOT NULL DEFAULT '0',
  ip varchar(255) NOT NULL,
  action varchar(30) NOT NULL,
  id_ticket mediumint(8) unsigned NOT NULL DEFAULT '0',
  id_msg int(10) unsigned NOT NULL DEFAULT '0',
  extra mediumtext NOT NULL,
  PRIMARY KEY (id_action),
  KEY idx_id_ticket (id_ticket)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_log_read (
  id_ticket mediumint(8) unsigned NOT NULL DEFAULT '0',
  id_member mediumint(8) unsigned NOT NULL DEFAULT '0',
  id_msg int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_ticket, id_member)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_attachments (
  id_attach int(10) unsigned NOT NULL DEFAULT '0',
  id_ticket mediumint(8) unsigned NOT NULL DEFAULT '0',
  id_msg int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_attach)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_relationships (
  primary_ticket mediumint(8) unsigned NOT NULL DEFAULT '0',
  secondary_ticket mediumint(8) unsigned NOT NULL DEFAULT '0',
  rel_type tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (primary_ticket, secondary_ticket),
  KEY idx_primary_ticket_rel_type (primary_ticket, rel_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_custom_fields (
  id_field smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  active tinyint(3) unsigned NOT NULL DEFAULT '0',
  field_order smallint(5) unsigned NOT NULL DEFAULT '0',
  field_name varchar(40) NOT NULL,
  field_desc text NOT NULL,
  field_loc tinyint(3) unsigned NOT NULL DEFAULT '0',
  icon varchar(20) NOT NULL,
  field_type tinyint(3) unsigned NOT NULL DEFAULT '0',
  field_length smallint(5) unsigned NOT NULL DEFAULT '0',
  field_options text NOT NULL,
  bbc tinyint(3) unsigned NOT NULL DEFAULT '0',
  default_value varchar(255) NOT NULL,
  can_see varchar(3) NOT NULL,
  can_edit varchar(3) NOT NULL,
  display_empty tinyint(3) unsigned NOT NULL DEFAULT '0',
  placement tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_field, active)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_custom_fields_values (
  id_post int(10) unsigned NOT NULL AUTO_INCREMENT,
  id_field smallint(5) unsigned NOT NULL DEFAULT '0',
  value text NOT NULL,
  post_type int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_post, id_field)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_custom_fields_depts (
  id_field smallint(5) unsigned NOT NULL DEFAULT '0',
  id_dept smallint(5) unsigned NOT NULL DEFAULT '0',
  required tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_field, id_dept)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_roles (
  id_role smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  template tinyint(3) unsigned NOT NULL DEFAULT '0',
  role_name varchar(80) NOT NULL,
  PRIMARY KEY (id_role)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_role_groups (
  id_role smallint(5) unsigned NOT NULL DEFAULT '0',
  id_group smallint(5) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_role, id_group)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_role_permissions (
  id_role smallint(5) unsigned NOT NULL DEFAULT '0',
  permission varchar(40) NOT NULL,
  add_type tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_role, permission(40))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_preferences (
  id_member mediumint(8) unsigned NOT NULL DEFAULT '0',
  variable varchar(30) NOT NULL,
  value text NOT NULL,
  PRIMARY KEY (id_member, variable(30))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_depts (
  id_dept smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  dept_name varchar(50) NOT NULL,
  description text NOT NULL,
  board_cat smallint(5) unsigned NOT NULL DEFAULT '0',
  before_after tinyint(3) unsigned NOT NULL DEFAULT '0',
  dept_order smallint(5) unsigned NOT NULL DEFAULT '0',
  dept_theme tinyint(3) unsigned NOT NULL DEFAULT '0',
  autoclose_days smallint(5) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_dept)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_dept_roles (
  id_role smallint(5) unsigned NOT NULL DEFAULT '0',
  id_dept smallint(5) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_role, id_dept)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_cannedreplies (
  id_reply smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  id_cat smallint(5) unsigned NOT NULL DEFAULT '0',
  title varchar(80) NOT NULL,
  body text NOT NULL,
  vis_user tinyint(3) unsigned NOT NULL DEFAULT '0',
  vis_staff tinyint(3) unsigned NOT NULL DEFAULT '0',
  reply_order smallint(5) unsigned NOT NULL DEFAULT '0',
  active tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_reply)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_cannedreplies_cats (
  id_cat smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  cat_name varchar(80) NOT NULL,
  cat_order smallint(5) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_cat)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_cannedreplies_depts (
  id_dept smallint(5) unsigned NOT NULL DEFAULT '0',
  id_reply smallint(5) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_dept, id_reply)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_notify_override (
  id_member mediumint(8) unsigned NOT NULL DEFAULT '0',
  id_ticket mediumint(8) unsigned NOT NULL DEFAULT '0',
  notify_state tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_member, id_ticket)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_search_ticket_words (
  id_word bigint(21) unsigned NOT NULL DEFAULT '0',
  id_msg int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_word, id_msg)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE smf_helpdesk_search_subject_words (
  id_word bigint(21) unsigned NOT NULL DEFAULT '0',
  id_ticket int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id_word, id_ticket)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

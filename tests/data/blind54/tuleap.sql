# Tuleap (application lifecycle management: projects, trackers, forums, SVN/Git, file releases, wiki)
# — trimmed MySQL DDL of the real schema.
# Upstream: github.com/Enalean/tuleap, commit f379e21e6b3122654631edd7cdb0cd0adf29df6e. Licence: GPL-2.0-or-later.
# CREATE TABLE statements copied verbatim (with upstream's own comments) from src/db/mysql/database_structure.sql
# (core), src/db/mysql/legacy-forum.sql (forums), plugins/tracker/db/install.sql (trackers, artifacts) and
# plugins/git/db/install.sql (Git). 45 tables kept of about 270.


# ---- from src/db/mysql/database_structure.sql

CREATE TABLE filedownload_log (
  user_id int(11) NOT NULL default '0',
  filerelease_id int(11) NOT NULL default '0',
  time int(11) NOT NULL default '0',
  KEY all_idx (user_id,filerelease_id),
  KEY time_idx (time),
  KEY filerelease_id_idx (filerelease_id)
);

CREATE TABLE frs_file (
  file_id int(11) NOT NULL auto_increment,
  filename text,
  filepath varchar(255) default NULL,
  release_id int(11) NOT NULL default '0',
  type_id int(11) NOT NULL default '0',
  processor_id int(11) NOT NULL default '0',
  release_time int(11) NOT NULL default '0',
  file_size bigint NOT NULL default '0',
  post_date int(11) NOT NULL default '0',
  status char(1) NOT NULL default 'A',
  computed_md5 varchar(32),
  reference_md5 varchar(32),
  user_id int(11),
  comment TEXT NULL,
  PRIMARY KEY  (file_id),
  KEY idx_frs_file_release_id (release_id),
  KEY idx_frs_file_type (type_id),
  KEY idx_frs_file_date (post_date),
  KEY idx_frs_file_processor (processor_id),
  KEY idx_frs_file_name (filename(45))
);

CREATE TABLE frs_package (
  package_id int(11) NOT NULL auto_increment,
  group_id int(11) NOT NULL default '0',
  name text,
  status_id int(11) NOT NULL default '0',
  `rank` int(11) NOT NULL default '0',
  approve_license TINYINT(1) NOT NULL default '1',
  PRIMARY KEY  (package_id),
  KEY idx_package_group_id (group_id)
);

CREATE TABLE frs_release (
  release_id int(11) NOT NULL auto_increment,
  package_id int(11) NOT NULL default '0',
  name text,
  notes text,
  changes text,
  status_id int(11) NOT NULL default '0',
  preformatted int(11) NOT NULL default '0',
  release_date int(11) NOT NULL default '0',
  released_by int(11) NOT NULL default '0',
  PRIMARY KEY  (release_id),
  KEY idx_frs_release_by (released_by),
  KEY idx_frs_release_date (release_date),
  KEY idx_frs_release_package (package_id)
);

CREATE TABLE frs_log (
  log_id int(11) NOT NULL auto_increment,
  time int(11) NOT NULL default 0,
  user_id int(11) NOT NULL default 0,
  group_id int(11) NOT NULL default 0,
  item_id int(11) NOT NULL,
  action_id int(11) NOT NULL,
  PRIMARY KEY (log_id),
  KEY idx_frs_log_group_item (group_id, item_id)
);

CREATE TABLE group_history (
  group_history_id int(11) NOT NULL auto_increment,
  group_id int(11) NOT NULL default '0',
  field_name text NOT NULL,
  old_value text NOT NULL,
  mod_by int(11) NOT NULL default '0',
  date int(11) default NULL,
  PRIMARY KEY  (group_history_id),
  KEY idx_group_history_group_id (group_id)
);

CREATE TABLE group_type (
  type_id int(11) NOT NULL,
  name text NOT NULL,
  PRIMARY KEY  (type_id)
);

CREATE TABLE `groups` (
  group_id int(11) NOT NULL auto_increment,
  group_name varchar(255) default NULL,
  access VARCHAR(16) NOT NULL DEFAULT 'private',
  status char(1) NOT NULL default 'A',
  unix_group_name varchar(30) NOT NULL default '',
  short_description varchar(255) default NULL,
  svn_box varchar(20) NOT NULL default 'svn1',
  register_time int(11) NOT NULL default '0',
  rand_hash text,
  type int(11) NOT NULL default '1',
  built_from_template int(11) NOT NULL default '100',
  svn_tracker               int(11)    NOT NULL default '1',
  svn_mandatory_ref         TINYINT    NOT NULL default '0',
  svn_can_change_log        TINYINT(1) NOT NULL default '0',
  svn_events_mailing_header varchar(64) binary DEFAULT NULL,
  svn_preamble              text       NOT NULL,
  svn_accessfile_version_id INT(11)    NULL,
  svn_commit_to_tag_denied  TINYINT(1) NOT NULL DEFAULT '0',
  truncated_emails          TINYINT(1) NOT NULL DEFAULT 0,
  icon_codepoint            VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (group_id),
  KEY idx_groups_status (status),
  KEY idx_groups_access (access),
  KEY idx_groups_unix (unix_group_name),
  KEY idx_groups_type (type),
  KEY idx_groups_register_time (register_time),
  UNIQUE project_shortname (unix_group_name)
);

CREATE TABLE group_desc_value (
  desc_value_id INT( 11 ) NOT NULL AUTO_INCREMENT ,
  group_id INT( 11 ) NOT NULL ,
  group_desc_id INT( 11 ) NOT NULL ,
  value text NOT NULL ,
  PRIMARY KEY (desc_value_id),
  INDEX idx (group_id)
);

CREATE TABLE session (
  id INT(11) NOT NULL PRIMARY KEY AUTO_INCREMENT,
  user_id INT(11) NOT NULL,
  session_hash CHAR(64) NOT NULL,
  ip_addr varchar(45) NOT NULL default '',
  time int(11) NOT NULL default '0',
  user_agent TEXT NOT NULL,
  KEY idx_session_user_id (user_id),
  KEY idx_session_time (time)
) ENGINE=InnoDB;

CREATE TABLE trove_cat (
  trove_cat_id int(11) NOT NULL auto_increment,
  version int(11) NOT NULL default '0',
  parent int(11) NOT NULL default '0',
  root_parent int(11) NOT NULL default '0',
  shortname varchar(80) default NULL,
  fullname varchar(80) default NULL,
  description varchar(255) default NULL,
  count_subcat int(11) NOT NULL default '0',
  count_subproj int(11) NOT NULL default '0',
  fullpath text NOT NULL,
  fullpath_ids text,
  mandatory TINYINT(1) NOT NULL DEFAULT 0,
  display_during_project_creation TINYINT(1) NOT NULL DEFAULT 0,
  is_project_flag BOOL NOT NULL DEFAULT false,
  nb_max_values INT(11) NOT NULL default '3',
  PRIMARY KEY  (trove_cat_id),
  KEY parent_idx (parent),
  KEY root_parent_idx (root_parent),
  KEY version_idx (version)
);

CREATE TABLE user (
  user_id int(11) NOT NULL auto_increment,
  user_name text NOT NULL,
  email text NOT NULL,
  password varchar(255) DEFAULT NULL,
  realname text NOT NULL,
  register_purpose text,
  status char(1) NOT NULL default 'A',
  ldap_id text,
  add_date int(11) NOT NULL default '0',
  approved_by int(11) NOT NULL default '0',
  confirm_hash varchar(32) default NULL,
  mail_siteupdates int(11) NOT NULL default '0',
  mail_va int(11) NOT NULL default '0',
  sticky_login int(11) NOT NULL default '0',
  authorized_keys text,
  email_new text,
  timezone varchar(64) default 'GMT',
  language_id VARCHAR( 17 ) NOT NULL DEFAULT 'en_US',
  last_pwd_update int(11) NOT NULL default '0',
  expiry_date int(11),
  has_custom_avatar TINYINT(1) NOT NULL DEFAULT 0,
  is_first_timer BOOL NOT NULL DEFAULT false,
  passwordless_only BOOL NOT NULL DEFAULT false,
  PRIMARY KEY  (user_id),
  INDEX idx_user_name(user_name(10)),
  INDEX idx_user_mail(email(10)),
  INDEX idx_ldap_id(ldap_id(10)),
  KEY idx_user_user (status)
);

CREATE TABLE user_avatar_hash (
    user_id int(11) NOT NULL PRIMARY KEY,
    hash VARCHAR(255)
);

CREATE TABLE user_access (
  user_id int(11) NOT NULL DEFAULT "0",
  last_access_date int(11) NOT NULL DEFAULT 0,
  prev_auth_success INT(11) NOT NULL DEFAULT 0,
  last_auth_success INT(11) NOT NULL DEFAULT 0,
  last_auth_failure INT(11) NOT NULL DEFAULT 0,
  nb_auth_failure INT(11) NOT NULL DEFAULT 0,
  PRIMARY KEY  (user_id)
);

CREATE TABLE user_lost_password (
  id INT(11) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  user_id INT(11) NOT NULL,
  verifier VARCHAR(255) NOT NULL,
  creation_date INTEGER UNSIGNED NOT NULL,
  INDEX idx_user_id (user_id)
);

CREATE TABLE user_access_key (
  id INT(11) NOT NULL PRIMARY KEY AUTO_INCREMENT,
  user_id INT(11) NOT NULL,
  verifier VARCHAR(255) NOT NULL,
  creation_date INT(11) UNSIGNED NOT NULL,
  expiration_date INT(11) UNSIGNED DEFAULT NULL,
  description TEXT,
  last_usage INT(11) UNSIGNED DEFAULT NULL,
  last_ip VARCHAR(45) DEFAULT NULL,
  INDEX idx_expiration_date (expiration_date)
);

CREATE TABLE user_bookmarks (
  bookmark_id int(11) NOT NULL auto_increment,
  user_id int(11) NOT NULL default '0',
  bookmark_url text,
  bookmark_title text,
  PRIMARY KEY  (bookmark_id),
  KEY idx_user_bookmark_user_id (user_id)
);

CREATE TABLE user_group (
  user_group_id int(11) NOT NULL auto_increment,
  user_id int(11) NOT NULL default '0',
  group_id int(11) NOT NULL default '0',
  admin_flags char(16) NOT NULL default '',
  bug_flags int(11) NOT NULL default '0',
  project_flags int(11) NOT NULL default '2',
  patch_flags int(11) NOT NULL default '1',
  support_flags int(11) NOT NULL default '1',
  file_flags int(11) NOT NULL default '0',
  wiki_flags int(11) NOT NULL default '0',
  svn_flags int(11) NOT NULL default '0',
  PRIMARY KEY  (user_group_id),
  KEY idx_user_group_user_id (user_id),
  KEY idx_user_group_group_id (group_id),
  KEY bug_flags_idx (bug_flags),
  KEY project_flags_idx (project_flags),
  KEY admin_flags_idx (admin_flags)
) ENGINE=InnoDB;

CREATE TABLE user_preferences (
  user_id int(11) NOT NULL default '0',
  preference_name varchar(255) NOT NULL default '',
  preference_value text,
  PRIMARY KEY  (user_id,preference_name),
  INDEX idx_name(preference_name)
);

CREATE TABLE svn_checkins (
  id int(11) NOT NULL auto_increment,
  type enum('Change','Add','Delete'),
  commitid int(11) DEFAULT '0' NOT NULL,
  dirid int(11) DEFAULT '0' NOT NULL,
  fileid int(11) DEFAULT '0' NOT NULL,
  addedlines int(11) DEFAULT '999' NOT NULL,
  removedlines int(11) DEFAULT '999' NOT NULL,
  PRIMARY KEY (id),
  KEY checkins_idx (commitid,dirid,fileid),
  KEY dirid (dirid),
  KEY fileid (fileid)
);

CREATE TABLE svn_commits (
  id int(11) NOT NULL auto_increment,
  group_id int(11) DEFAULT '0' NOT NULL,
  repositoryid int(11) DEFAULT '0' NOT NULL,
  revision int(11) DEFAULT '0' NOT NULL,
  date int(11) NOT NULL default '0',
  whoid int(11) DEFAULT '0' NOT NULL,
  description text,
  PRIMARY KEY (id),
  UNIQUE uniq_commits_idx (repositoryid,revision),
  KEY whoid (whoid),
  KEY revision (revision),
  KEY idx_search (group_id, whoid, id),
  KEY idx_repositoryid_date (repositoryid, date),
  INDEX idx_date (date),
  INDEX reverse_rev (group_id, revision),
  FULLTEXT (description)
);

CREATE TABLE svn_repositories (
  id int(11) NOT NULL auto_increment,
  repository varchar(255) binary DEFAULT '' NOT NULL,
  PRIMARY KEY (id),
  UNIQUE uniq_repository_idx (repository)
);

CREATE TABLE service (
    service_id int(11) NOT NULL auto_increment,
    group_id int(11) NOT NULL,
    label text,
    description text,
    short_name text,
    link text,
    is_active int(11) DEFAULT 0 NOT NULL,
    is_used int(11) DEFAULT 0 NOT NULL,
    scope text NOT NULL,
    `rank` int(11) NOT NULL default '0',
    location ENUM( 'master', 'same', 'satellite' ) NOT NULL DEFAULT 'master', -- distributed architecture: to be deleted (but requires to check all plugins)
    server_id INT( 11 ) UNSIGNED NULL,  -- distributed architecture: to be deleted (but requires to check all plugins)
    is_in_iframe TINYINT(1) NOT NULL DEFAULT '0',
    is_in_new_tab BOOL NOT NULL DEFAULT false,
    icon VARCHAR(255) NOT NULL DEFAULT '',
    primary key (service_id),
    key idx_group_id(group_id),
    INDEX idx_short_name (short_name(10))
);

CREATE TABLE ugroup (
  ugroup_id int(11) NOT NULL auto_increment,
  name text NOT NULL,
  description text NOT NULL,
  source_id INT(11) DEFAULT NULL,
  group_id int(11) NULL,
  PRIMARY KEY (ugroup_id),
  INDEX idx_ugroup_project_id (group_id)
);

CREATE TABLE ugroup_user (
  ugroup_id int(11) NOT NULL,
  user_id int(11) NOT NULL,
  PRIMARY KEY (ugroup_id, user_id),
  INDEX idx_user_ugroup(user_id, ugroup_id)
) ENGINE=InnoDB;

CREATE TABLE permissions (
  permission_type VARCHAR(255) NOT NULL,
  object_id VARCHAR(255) NOT NULL,
  ugroup_id int(11) NOT NULL,
  INDEX object_id (object_id (10))
);

CREATE TABLE wiki_log (
  user_id int(11) NOT NULL default '0',
  group_id int(11) NOT NULL default '0',
  pagename varchar(255) NOT NULL default '',
  time int(11) NOT NULL default '0',
  KEY all_idx (user_id,group_id),
  KEY time_idx (time),
  KEY group_id_idx (group_id)
);

CREATE TABLE notifications (
  user_id int(11) NOT NULL default '0',
  object_id int(11) NOT NULL default '0',
  type varchar(100) NOT NULL default '',
  PRIMARY KEY  (user_id,object_id,type)
);

CREATE TABLE IF NOT EXISTS system_event (
  id INT(11) unsigned NOT NULL AUTO_INCREMENT,
  type VARCHAR(255) NOT NULL default '',
  parameters TEXT,
  priority TINYINT(1) NOT NULL default '0',
  status  ENUM( 'NEW', 'RUNNING', 'DONE', 'ERROR', 'WARNING' ) NOT NULL DEFAULT 'NEW',
  create_date DATETIME DEFAULT '0000-00-00 00:00:00' NOT NULL,
  process_date DATETIME DEFAULT '0000-00-00 00:00:00' NOT NULL,
  end_date DATETIME DEFAULT '0000-00-00 00:00:00' NOT NULL,
  owner VARCHAR(255) NOT NULL default 'root',
  log TEXT,
  PRIMARY KEY (id),
  INDEX type_idx (type(20)),
  INDEX idx_status (status)
);

CREATE TABLE forgeconfig (
    name VARCHAR(255) PRIMARY KEY,
    value TEXT NOT NULL DEFAULT ''
);

CREATE TABLE invitations(
    id INT(11) UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    created_on INT(11) NOT NULL,
    from_user_id INT(11) NOT NULL,
    to_email TEXT NOT NULL,
    to_user_id INT(11) NULL,
    to_project_id INT NULL,
    custom_message TEXT NULL,
    status VARCHAR(10),
    created_user_id INT(11) NULL,
    verifier TEXT NOT NULL DEFAULT '',
    INDEX idx(created_on, from_user_id),
    INDEX idx_email(to_email(20)),
    INDEX idx_created(created_user_id, status, to_email(20))
) ENGINE=InnoDB;

CREATE TABLE oauth2_server_app(
     id INT(11) NOT NULL PRIMARY KEY AUTO_INCREMENT,
     project_id INT(11),
     name VARCHAR(255) NOT NULL,
     redirect_endpoint TEXT NOT NULL,
     verifier VARCHAR(255) NOT NULL,
     use_pkce BOOLEAN NOT NULL,
     app_type VARCHAR(255) NOT NULL,
     INDEX idx_project_id(project_id)
) ENGINE=InnoDB;

CREATE TABLE oauth2_access_token (
    id INT(11) NOT NULL PRIMARY KEY AUTO_INCREMENT,
    authorization_code_id INT(11) NOT NULL,
    verifier VARCHAR(255) NOT NULL,
    expiration_date INT(11) UNSIGNED NOT NULL,
    INDEX idx_expiration_date (expiration_date),
    INDEX idx_authorization_code (authorization_code_id)
) ENGINE=InnoDB;

CREATE TABLE webauthn_credential_source (
    public_key_credential_id VARCHAR(255) NOT NULL PRIMARY KEY,
    type VARCHAR(32) NOT NULL,
    transports TEXT NOT NULL,
    attestation_type VARCHAR(32) NOT NULL,
    trust_path TEXT NOT NULL,
    aaguid VARCHAR(64) NOT NULL,
    credential_public_key BLOB NOT NULL,
    user_id INT NOT NULL,
    counter INT UNSIGNED NOT NULL,
    other_ui TEXT,
    name VARCHAR(255) NOT NULL DEFAULT '',
    created_at INT UNSIGNED NOT NULL,
    last_use INT UNSIGNED NOT NULL,
    INDEX idx_user_id (user_id)
) ENGINE=InnoDB;

# ---- from src/db/mysql/legacy-forum.sql

CREATE TABLE forum (
                       msg_id int(11) NOT NULL auto_increment,
                       group_forum_id int(11) NOT NULL default '0',
                       posted_by int(11) NOT NULL default '0',
                       subject text NOT NULL,
                       body text NOT NULL,
                       date int(11) NOT NULL default '0',
                       is_followup_to int(11) NOT NULL default '0',
                       thread_id int(11) NOT NULL default '0',
                       has_followups int(11) default '0',
                       PRIMARY KEY  (msg_id),
                       KEY idx_forum_group_forum_id (group_forum_id),
                       KEY idx_forum_is_followup_to (is_followup_to),
                       KEY idx_forum_thread_id (thread_id),
                       KEY idx_forum_id_date (group_forum_id,date),
                       KEY idx_forum_id_date_followup (group_forum_id,date,is_followup_to),
                       KEY idx_forum_thread_date_followup (thread_id,date,is_followup_to)
);

CREATE TABLE forum_group_list (
                                  group_forum_id int(11) NOT NULL auto_increment,
                                  group_id int(11) NOT NULL default '0',
                                  forum_name text NOT NULL,
                                  is_public int(11) NOT NULL default '0',
                                  description text,
                                  PRIMARY KEY  (group_forum_id),
                                  FULLTEXT (description),
                                  KEY idx_forum_group_list_group_id (group_id)
);

CREATE TABLE forum_monitored_forums (
                                        monitor_id int(11) NOT NULL auto_increment,
                                        forum_id int(11) NOT NULL default '0',
                                        user_id int(11) NOT NULL default '0',
                                        PRIMARY KEY  (monitor_id),
                                        KEY idx_forum_monitor_thread_id (forum_id),
                                        KEY idx_forum_monitor_combo_id (forum_id,user_id)
);

# ---- from plugins/tracker/db/install.sql

CREATE TABLE tracker(
    id int( 11 ) NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id INT( 11 ) NOT NULL ,
    name TEXT,
    description TEXT,
    item_name TEXT,
    allow_copy INT( 11 ) NOT NULL default '0',
    submit_instructions TEXT,
    browse_instructions TEXT,
    status CHAR( 1 ) NOT NULL default 'A',
    deletion_date INT( 11 ) default NULL ,
    instantiate_for_new_projects INT( 11 ) NOT NULL default '0',
    log_priority_changes TINYINT(1) NOT NULL default '0',
    notifications_level INT( 11 ) NOT NULL default '0',
    color varchar(64) NOT NULL DEFAULT 'inca-silver',
    enable_emailgateway TINYINT(1) NOT NULL DEFAULT '0',
    INDEX idx_fk_group_id( group_id ),
    INDEX idx_delete_date(deletion_date, group_id)
) ENGINE=InnoDB;

CREATE TABLE tracker_changeset(
    id INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
    artifact_id INT(11) NOT NULL,
    submitted_by INT(11) NULL,
    submitted_on INT(11) NOT NULL,
    email VARCHAR(255) NULL,
    INDEX artifact_idx(artifact_id),
    INDEX idx_submitted_on(submitted_on)
) ENGINE=InnoDB;

CREATE TABLE tracker_changeset_comment(
    id INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
    changeset_id INT(11) NOT NULL,
    comment_type_id INT(11) NULL,
    canned_response_id INT(11) NULL,
    parent_id INT(11) NULL,
    submitted_by INT(11) NULL,
    submitted_on INT(11) NOT NULL,
    body TEXT NOT NULL,
    body_format varchar(16) NOT NULL default 'text',
    old_artifact_history_id INT(11) NULL,
    INDEX changeset_idx(changeset_id)
) ENGINE=InnoDB;

CREATE TABLE tracker_changeset_incomingmail(
    changeset_id INT(11) NOT NULL PRIMARY KEY,
    raw_mail TEXT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE tracker_artifact(
  id int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tracker_id int(11) NOT NULL,
  last_changeset_id INT(11) NOT NULL,
  submitted_by INT(11) NOT NULL,
  submitted_on INT(11) NOT NULL,
  use_artifact_permissions tinyint(1) NOT NULL default '0',
  per_tracker_artifact_id INT(11) NOT NULL,
  INDEX idx_tracker_id (tracker_id),
  INDEX idx_my (submitted_by, tracker_id, last_changeset_id),
  INDEX idx_id_changeset_id(id, last_changeset_id),
  INDEX idx_changeset_tracker(last_changeset_id, tracker_id),
  INDEX idx_submitted_on(submitted_on)
) ENGINE=InnoDB;

# ---- from plugins/git/db/install.sql

CREATE TABLE IF NOT EXISTS `plugin_git` (
  `repository_id` int(10) unsigned NOT NULL auto_increment,
  `repository_name` varchar(255) NOT NULL,
  `repository_description` text,
  `repository_path` varchar(255) NOT NULL,
  `repository_parent_id` int(11) default NULL,
  `project_id` int(11) NOT NULL default '0',
  `repository_creation_user_id` int(11) NOT NULL,
  `repository_creation_date` datetime NOT NULL,
  `repository_deletion_date` datetime NOT NULL,
  `repository_is_initialized` tinyint(4) NOT NULL default '0',
  `repository_access` varchar(255) NOT NULL default 'private',
  `repository_events_mailing_prefix` varchar(64) DEFAULT '[SCM]',
  `repository_backend_type` varchar(16) DEFAULT 'gitolite',
  `repository_scope` varchar(1) NOT NULL,
  `repository_namespace` varchar(255),
  `repository_backup_path` text NULL,
  `remote_server_id` INT(11) UNSIGNED NULL,
  `remote_server_disconnect_date` INT(11) NULL,
  `remote_project_deleted_date` INT(11) NULL,
  `remote_server_migration_status` ENUM("QUEUE", "DONE", "ERROR") NULL,
  `ci_token` TEXT NULL,
  `allow_artifact_closure` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY  (`repository_id`),
  INDEX idx_deletion_project_scope(repository_deletion_date, project_id, repository_scope),
  INDEX idx_creation_user(repository_creation_user_id),
  INDEX idx_project_repository(project_id, repository_id),
  INDEX idx_repository_creation_date(repository_creation_date)
);

CREATE TABLE IF NOT EXISTS `plugin_git_log` (
  `repository_id` int(10) unsigned NOT NULL,
  `user_id` int(11) unsigned NULL,
  `push_date` int(11) DEFAULT 0,
  `commits_number` int,
  `refname` TEXT NULL,
  `operation_type` varchar(64) NULL,
  `refname_type` varchar(64) NULL,
   INDEX `idx_repository_user`(`repository_id`, `user_id`),
   INDEX `idx_push_date`(`push_date`),
   INDEX idx_repository_date(repository_id, push_date)
);

CREATE TABLE IF NOT EXISTS plugin_git_commit_details_cache (
    repository_id INT(10) UNSIGNED NOT NULL,
    commit_sha1 BINARY(20) NOT NULL,
    title TEXT NOT NULL,
    author_name TEXT NOT NULL,
    author_email TEXT NOT NULL,
    author_epoch INT(11) NOT NULL,
    committer_name TEXT NOT NULL,
    committer_email TEXT NOT NULL,
    committer_epoch INT(11) NOT NULL,
    first_branch TEXT NOT NULL,
    first_tag TEXT NOT NULL,
    INDEX idx(repository_id, commit_sha1)
) ENGINE=InnoDB;

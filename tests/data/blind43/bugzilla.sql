-- Bugzilla (bug tracker) -- trimmed MySQL DDL.
-- Upstream: https://github.com/bugzilla/bugzilla Bugzilla/DB/Schema.pm (ABSTRACT_SCHEMA), commit 71e3af4326f0cd7a38931c3cdb1d40197c9e9ac2
-- Licence: MPL-2.0.
-- Rendered as Bugzilla::DB::Schema::Mysql does (_initialize db_specific type map, get_type_ddl, _get_create_table_ddl):
-- abstract types INT2/INT3/MEDIUMSERIAL/BOOLEAN/LONGTEXT ... replaced by smallint/mediumint/... ; the REFERENCES of each
-- column (which checksetup.pl adds afterwards with ALTER TABLE, FK_ON_CREATE = 0 for MySQL) are written inline as
-- upstream's get_fk_ddl does, only where the referenced table is kept; indexes left out.
-- Kept 42 of 78 tables. Upstream has no column comments.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `profiles` (
	userid	mediumint auto_increment PRIMARY KEY NOT NULL,
	login_name	varchar(255) NOT NULL,
	cryptpassword	varchar(128),
	realname	varchar(255) DEFAULT '' NOT NULL,
	disabledtext	mediumtext DEFAULT '' NOT NULL,
	disable_mail	tinyint DEFAULT 0 NOT NULL,
	mybugslink	tinyint DEFAULT 1 NOT NULL,
	extern_id	varchar(64),
	is_enabled	tinyint DEFAULT 1 NOT NULL,
	last_seen_date	datetime
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `logincookies` (
	cookie	varchar(16) PRIMARY KEY NOT NULL,
	userid	mediumint NOT NULL,
	ipaddr	varchar(40),
	lastused	datetime NOT NULL,
	CONSTRAINT fk_logincookies_userid_profiles_userid FOREIGN KEY (userid)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `login_failure` (
	user_id	mediumint NOT NULL,
	login_time	datetime NOT NULL,
	ip_addr	varchar(40) NOT NULL,
	CONSTRAINT fk_login_failure_user_id_profiles_userid FOREIGN KEY (user_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `tokens` (
	userid	mediumint,
	issuedate	datetime NOT NULL,
	token	varchar(16) PRIMARY KEY NOT NULL,
	tokentype	varchar(16) NOT NULL,
	eventdata	tinytext,
	CONSTRAINT fk_tokens_userid_profiles_userid FOREIGN KEY (userid)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `user_api_keys` (
	id	integer auto_increment PRIMARY KEY NOT NULL,
	user_id	mediumint NOT NULL,
	api_key	VARCHAR(40) NOT NULL,
	description	VARCHAR(255),
	revoked	tinyint DEFAULT 0 NOT NULL,
	last_used	datetime,
	CONSTRAINT fk_user_api_keys_user_id_profiles_userid FOREIGN KEY (user_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `profile_setting` (
	user_id	mediumint NOT NULL,
	setting_name	varchar(32) NOT NULL,
	setting_value	varchar(32) NOT NULL,
	CONSTRAINT fk_profile_setting_user_id_profiles_userid FOREIGN KEY (user_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_profile_setting_setting_name_setting_name FOREIGN KEY (setting_name)
	  REFERENCES `setting`(name)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `setting` (
	name	varchar(32) PRIMARY KEY NOT NULL,
	default_value	varchar(32) NOT NULL,
	is_enabled	tinyint DEFAULT 1 NOT NULL,
	subclass	varchar(32)
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `setting_value` (
	name	varchar(32) NOT NULL,
	value	varchar(32) NOT NULL,
	sortindex	smallint NOT NULL,
	CONSTRAINT fk_setting_value_name_setting_name FOREIGN KEY (name)
	  REFERENCES `setting`(name)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `email_setting` (
	user_id	mediumint NOT NULL,
	relationship	tinyint NOT NULL,
	event	tinyint NOT NULL,
	CONSTRAINT fk_email_setting_user_id_profiles_userid FOREIGN KEY (user_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `email_bug_ignore` (
	user_id	mediumint NOT NULL,
	bug_id	mediumint NOT NULL,
	CONSTRAINT fk_email_bug_ignore_user_id_profiles_userid FOREIGN KEY (user_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_email_bug_ignore_bug_id_bugs_bug_id FOREIGN KEY (bug_id)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `watch` (
	watcher	mediumint NOT NULL,
	watched	mediumint NOT NULL,
	CONSTRAINT fk_watch_watcher_profiles_userid FOREIGN KEY (watcher)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_watch_watched_profiles_userid FOREIGN KEY (watched)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `profiles_activity` (
	id	mediumint auto_increment PRIMARY KEY NOT NULL,
	userid	mediumint NOT NULL,
	who	mediumint NOT NULL,
	profiles_when	datetime NOT NULL,
	fieldid	mediumint NOT NULL,
	oldvalue	tinytext,
	newvalue	tinytext,
	CONSTRAINT fk_profiles_activity_userid_profiles_userid FOREIGN KEY (userid)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_profiles_activity_who_profiles_userid FOREIGN KEY (who)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT fk_profiles_activity_fieldid_fielddefs_id FOREIGN KEY (fieldid)
	  REFERENCES `fielddefs`(id)
	  ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `groups` (
	id	mediumint auto_increment PRIMARY KEY NOT NULL,
	name	varchar(255) NOT NULL,
	description	mediumtext NOT NULL,
	isbuggroup	tinyint NOT NULL,
	userregexp	tinytext DEFAULT '' NOT NULL,
	isactive	tinyint DEFAULT 1 NOT NULL,
	icon_url	tinytext
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `user_group_map` (
	user_id	mediumint NOT NULL,
	group_id	mediumint NOT NULL,
	isbless	tinyint DEFAULT 0 NOT NULL,
	grant_type	tinyint DEFAULT 0 NOT NULL,
	CONSTRAINT fk_user_group_map_user_id_profiles_userid FOREIGN KEY (user_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_user_group_map_group_id_groups_id FOREIGN KEY (group_id)
	  REFERENCES `groups`(id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `products` (
	id	smallint auto_increment PRIMARY KEY NOT NULL,
	name	varchar(64) NOT NULL,
	classification_id	smallint DEFAULT 1 NOT NULL,
	description	mediumtext NOT NULL,
	isactive	tinyint DEFAULT 1 NOT NULL,
	defaultmilestone	varchar(64) DEFAULT '---' NOT NULL,
	allows_unconfirmed	tinyint DEFAULT 1 NOT NULL
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `components` (
	id	mediumint auto_increment PRIMARY KEY NOT NULL,
	name	varchar(64) NOT NULL,
	product_id	smallint NOT NULL,
	initialowner	mediumint NOT NULL,
	initialqacontact	mediumint,
	description	mediumtext NOT NULL,
	isactive	tinyint DEFAULT 1 NOT NULL,
	CONSTRAINT fk_components_product_id_products_id FOREIGN KEY (product_id)
	  REFERENCES `products`(id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_components_initialowner_profiles_userid FOREIGN KEY (initialowner)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT fk_components_initialqacontact_profiles_userid FOREIGN KEY (initialqacontact)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `component_cc` (
	user_id	mediumint NOT NULL,
	component_id	mediumint NOT NULL,
	CONSTRAINT fk_component_cc_user_id_profiles_userid FOREIGN KEY (user_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_component_cc_component_id_components_id FOREIGN KEY (component_id)
	  REFERENCES `components`(id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `bug_status` (
	id	smallint auto_increment PRIMARY KEY NOT NULL,
	value	varchar(64) NOT NULL,
	sortkey	smallint DEFAULT 0 NOT NULL,
	isactive	tinyint DEFAULT 1 NOT NULL,
	visibility_value_id	smallint,
	is_open	tinyint DEFAULT 1 NOT NULL
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `priority` (
	id	smallint auto_increment PRIMARY KEY NOT NULL,
	value	varchar(64) NOT NULL,
	sortkey	smallint DEFAULT 0 NOT NULL,
	isactive	tinyint DEFAULT 1 NOT NULL,
	visibility_value_id	smallint
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `fielddefs` (
	id	mediumint auto_increment PRIMARY KEY NOT NULL,
	name	varchar(64) NOT NULL,
	type	smallint DEFAULT 0 NOT NULL,
	custom	tinyint DEFAULT 0 NOT NULL,
	description	tinytext NOT NULL,
	long_desc	varchar(255) DEFAULT '' NOT NULL,
	mailhead	tinyint DEFAULT 0 NOT NULL,
	sortkey	smallint NOT NULL,
	obsolete	tinyint DEFAULT 0 NOT NULL,
	enter_bug	tinyint DEFAULT 0 NOT NULL,
	buglist	tinyint DEFAULT 0 NOT NULL,
	visibility_field_id	mediumint,
	value_field_id	mediumint,
	reverse_desc	tinytext,
	is_mandatory	tinyint DEFAULT 0 NOT NULL,
	is_numeric	tinyint DEFAULT 0 NOT NULL,
	CONSTRAINT fk_fielddefs_visibility_field_id_fielddefs_id FOREIGN KEY (visibility_field_id)
	  REFERENCES `fielddefs`(id)
	  ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT fk_fielddefs_value_field_id_fielddefs_id FOREIGN KEY (value_field_id)
	  REFERENCES `fielddefs`(id)
	  ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `keyworddefs` (
	id	smallint auto_increment PRIMARY KEY NOT NULL,
	name	varchar(64) NOT NULL,
	description	mediumtext NOT NULL
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `flagtypes` (
	id	mediumint auto_increment PRIMARY KEY NOT NULL,
	name	varchar(50) NOT NULL,
	description	mediumtext NOT NULL,
	cc_list	varchar(200),
	target_type	char(1) DEFAULT 'b' NOT NULL,
	is_active	tinyint DEFAULT 1 NOT NULL,
	is_requestable	tinyint DEFAULT 0 NOT NULL,
	is_requesteeble	tinyint DEFAULT 0 NOT NULL,
	is_multiplicable	tinyint DEFAULT 0 NOT NULL,
	sortkey	smallint DEFAULT 0 NOT NULL,
	grant_group_id	mediumint,
	request_group_id	mediumint,
	CONSTRAINT fk_flagtypes_grant_group_id_groups_id FOREIGN KEY (grant_group_id)
	  REFERENCES `groups`(id)
	  ON UPDATE CASCADE ON DELETE SET NULL,
	CONSTRAINT fk_flagtypes_request_group_id_groups_id FOREIGN KEY (request_group_id)
	  REFERENCES `groups`(id)
	  ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `bugs` (
	bug_id	mediumint auto_increment PRIMARY KEY NOT NULL,
	assigned_to	mediumint NOT NULL,
	bug_file_loc	mediumtext DEFAULT '' NOT NULL,
	bug_severity	varchar(64) NOT NULL,
	bug_status	varchar(64) NOT NULL,
	creation_ts	datetime,
	delta_ts	datetime NOT NULL,
	short_desc	varchar(255) NOT NULL,
	op_sys	varchar(64) NOT NULL,
	priority	varchar(64) NOT NULL,
	product_id	smallint NOT NULL,
	rep_platform	varchar(64) NOT NULL,
	reporter	mediumint NOT NULL,
	version	varchar(64) NOT NULL,
	component_id	mediumint NOT NULL,
	resolution	varchar(64) DEFAULT '' NOT NULL,
	target_milestone	varchar(64) DEFAULT '---' NOT NULL,
	qa_contact	mediumint,
	status_whiteboard	mediumtext DEFAULT '' NOT NULL,
	lastdiffed	datetime,
	everconfirmed	tinyint NOT NULL,
	reporter_accessible	tinyint DEFAULT 1 NOT NULL,
	cclist_accessible	tinyint DEFAULT 1 NOT NULL,
	estimated_time	decimal(7,2) DEFAULT 0 NOT NULL,
	remaining_time	decimal(7,2) DEFAULT 0 NOT NULL,
	deadline	datetime,
	CONSTRAINT fk_bugs_assigned_to_profiles_userid FOREIGN KEY (assigned_to)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT fk_bugs_product_id_products_id FOREIGN KEY (product_id)
	  REFERENCES `products`(id)
	  ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT fk_bugs_reporter_profiles_userid FOREIGN KEY (reporter)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT fk_bugs_component_id_components_id FOREIGN KEY (component_id)
	  REFERENCES `components`(id)
	  ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT fk_bugs_qa_contact_profiles_userid FOREIGN KEY (qa_contact)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `bugs_aliases` (
	alias	varchar(40) NOT NULL,
	bug_id	mediumint,
	CONSTRAINT fk_bugs_aliases_bug_id_bugs_bug_id FOREIGN KEY (bug_id)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `longdescs` (
	comment_id	integer auto_increment PRIMARY KEY NOT NULL,
	bug_id	mediumint NOT NULL,
	who	mediumint NOT NULL,
	bug_when	datetime NOT NULL,
	work_time	decimal(7,2) DEFAULT 0 NOT NULL,
	thetext	mediumtext NOT NULL,
	isprivate	tinyint DEFAULT 0 NOT NULL,
	already_wrapped	tinyint DEFAULT 0 NOT NULL,
	type	smallint DEFAULT 0 NOT NULL,
	extra_data	varchar(255),
	CONSTRAINT fk_longdescs_bug_id_bugs_bug_id FOREIGN KEY (bug_id)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_longdescs_who_profiles_userid FOREIGN KEY (who)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `attachments` (
	attach_id	mediumint auto_increment PRIMARY KEY NOT NULL,
	bug_id	mediumint NOT NULL,
	creation_ts	datetime NOT NULL,
	modification_time	datetime NOT NULL,
	description	tinytext NOT NULL,
	mimetype	tinytext NOT NULL,
	ispatch	tinyint DEFAULT 0 NOT NULL,
	filename	varchar(255) NOT NULL,
	submitter_id	mediumint NOT NULL,
	isobsolete	tinyint DEFAULT 0 NOT NULL,
	isprivate	tinyint DEFAULT 0 NOT NULL,
	CONSTRAINT fk_attachments_bug_id_bugs_bug_id FOREIGN KEY (bug_id)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_attachments_submitter_id_profiles_userid FOREIGN KEY (submitter_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `attach_data` (
	id	mediumint PRIMARY KEY NOT NULL,
	thedata	longblob NOT NULL,
	CONSTRAINT fk_attach_data_id_attachments_attach_id FOREIGN KEY (id)
	  REFERENCES `attachments`(attach_id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `bugs_activity` (
	id	integer auto_increment PRIMARY KEY NOT NULL,
	bug_id	mediumint NOT NULL,
	attach_id	mediumint,
	who	mediumint NOT NULL,
	bug_when	datetime NOT NULL,
	fieldid	mediumint NOT NULL,
	added	varchar(255),
	removed	varchar(255),
	comment_id	integer,
	CONSTRAINT fk_bugs_activity_bug_id_bugs_bug_id FOREIGN KEY (bug_id)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_bugs_activity_attach_id_attachments_attach_id FOREIGN KEY (attach_id)
	  REFERENCES `attachments`(attach_id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_bugs_activity_who_profiles_userid FOREIGN KEY (who)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT fk_bugs_activity_fieldid_fielddefs_id FOREIGN KEY (fieldid)
	  REFERENCES `fielddefs`(id)
	  ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT fk_bugs_activity_comment_id_longdescs_comment_id FOREIGN KEY (comment_id)
	  REFERENCES `longdescs`(comment_id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `cc` (
	bug_id	mediumint NOT NULL,
	who	mediumint NOT NULL,
	CONSTRAINT fk_cc_bug_id_bugs_bug_id FOREIGN KEY (bug_id)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_cc_who_profiles_userid FOREIGN KEY (who)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `bug_user_last_visit` (
	id	integer auto_increment PRIMARY KEY NOT NULL,
	user_id	mediumint NOT NULL,
	bug_id	mediumint NOT NULL,
	last_visit_ts	datetime NOT NULL,
	CONSTRAINT fk_bug_user_last_visit_user_id_profiles_userid FOREIGN KEY (user_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_bug_user_last_visit_bug_id_bugs_bug_id FOREIGN KEY (bug_id)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `bugs_fulltext` (
	bug_id	mediumint PRIMARY KEY NOT NULL,
	short_desc	varchar(255) NOT NULL,
	comments	mediumtext,
	comments_noprivate	mediumtext,
	CONSTRAINT fk_bugs_fulltext_bug_id_bugs_bug_id FOREIGN KEY (bug_id)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `duplicates` (
	dupe_of	mediumint NOT NULL,
	dupe	mediumint PRIMARY KEY NOT NULL,
	CONSTRAINT fk_duplicates_dupe_of_bugs_bug_id FOREIGN KEY (dupe_of)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_duplicates_dupe_bugs_bug_id FOREIGN KEY (dupe)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `dependencies` (
	blocked	mediumint NOT NULL,
	dependson	mediumint NOT NULL,
	CONSTRAINT fk_dependencies_blocked_bugs_bug_id FOREIGN KEY (blocked)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_dependencies_dependson_bugs_bug_id FOREIGN KEY (dependson)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `keywords` (
	bug_id	mediumint NOT NULL,
	keywordid	smallint NOT NULL,
	CONSTRAINT fk_keywords_bug_id_bugs_bug_id FOREIGN KEY (bug_id)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_keywords_keywordid_keyworddefs_id FOREIGN KEY (keywordid)
	  REFERENCES `keyworddefs`(id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `flags` (
	id	mediumint auto_increment PRIMARY KEY NOT NULL,
	type_id	mediumint NOT NULL,
	status	char(1) NOT NULL,
	bug_id	mediumint NOT NULL,
	attach_id	mediumint,
	creation_date	datetime NOT NULL,
	modification_date	datetime,
	setter_id	mediumint NOT NULL,
	requestee_id	mediumint,
	CONSTRAINT fk_flags_type_id_flagtypes_id FOREIGN KEY (type_id)
	  REFERENCES `flagtypes`(id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_flags_bug_id_bugs_bug_id FOREIGN KEY (bug_id)
	  REFERENCES `bugs`(bug_id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_flags_attach_id_attachments_attach_id FOREIGN KEY (attach_id)
	  REFERENCES `attachments`(attach_id)
	  ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT fk_flags_setter_id_profiles_userid FOREIGN KEY (setter_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT fk_flags_requestee_id_profiles_userid FOREIGN KEY (requestee_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `namedqueries` (
	id	mediumint auto_increment PRIMARY KEY NOT NULL,
	userid	mediumint NOT NULL,
	name	varchar(64) NOT NULL,
	query	mediumtext NOT NULL,
	CONSTRAINT fk_namedqueries_userid_profiles_userid FOREIGN KEY (userid)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `profile_search` (
	id	integer auto_increment PRIMARY KEY NOT NULL,
	user_id	mediumint NOT NULL,
	bug_list	mediumtext NOT NULL,
	list_order	mediumtext,
	CONSTRAINT fk_profile_search_user_id_profiles_userid FOREIGN KEY (user_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `audit_log` (
	user_id	mediumint,
	class	varchar(255) NOT NULL,
	object_id	integer NOT NULL,
	field	varchar(64) NOT NULL,
	removed	mediumtext,
	added	mediumtext,
	at_time	datetime NOT NULL,
	CONSTRAINT fk_audit_log_user_id_profiles_userid FOREIGN KEY (user_id)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `mail_staging` (
	id	integer auto_increment PRIMARY KEY NOT NULL,
	message	longblob NOT NULL
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `whine_events` (
	id	mediumint auto_increment PRIMARY KEY NOT NULL,
	owner_userid	mediumint NOT NULL,
	subject	varchar(128),
	body	mediumtext,
	mailifnobugs	tinyint DEFAULT 0 NOT NULL,
	CONSTRAINT fk_whine_events_owner_userid_profiles_userid FOREIGN KEY (owner_userid)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `whine_schedules` (
	id	mediumint auto_increment PRIMARY KEY NOT NULL,
	eventid	mediumint NOT NULL,
	run_day	varchar(32),
	run_time	varchar(32),
	run_next	datetime,
	mailto	mediumint NOT NULL,
	mailto_type	smallint DEFAULT 0 NOT NULL,
	CONSTRAINT fk_whine_schedules_eventid_whine_events_id FOREIGN KEY (eventid)
	  REFERENCES `whine_events`(id)
	  ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE = InnoDB CHARACTER SET utf8mb4;

CREATE TABLE `quips` (
	quipid	mediumint auto_increment PRIMARY KEY NOT NULL,
	userid	mediumint,
	quip	varchar(512) NOT NULL,
	approved	tinyint DEFAULT 1 NOT NULL,
	CONSTRAINT fk_quips_userid_profiles_userid FOREIGN KEY (userid)
	  REFERENCES `profiles`(userid)
	  ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE = InnoDB CHARACTER SET utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

-- EGroupware with its Tracker application (helpdesk / ticketing) and the Timesheet it books ticket time into.
-- Converted from EGroupware's schema arrays ($phpgw_baseline in setup/tables_current.inc.php):
--   github.com/EGroupware/egroupware  api/setup/tables_current.inc.php and timesheet/setup/tables_current.inc.php,
--     commit 674781ca9dbb6940045415863ed7f38f6b80dc71 (LICENSE.md: GPL-2.0-or-later)
--   github.com/EGroupware/tracker  setup/tables_current.inc.php, commit 89106f67b27879d87b94ac105bef79221e7a9088
--     (composer.json: GPL-2.0-or-later)
-- Types follow EGroupware's ADOdb mapping for MySQL (auto -> int AUTO_INCREMENT, int 1/2/4/8 -> tinyint/smallint/
-- int/bigint, varchar <= 255 -> varchar, text -> text, longtext, bool -> tinyint(1), timestamp -> datetime,
-- decimal -> decimal, float -> double, blob -> longblob, ascii -> varchar CHARACTER SET ascii, a bool default 't' -> 1); column comments kept;
-- primary keys and unique constraints kept, plain indexes left out; EGroupware declares no foreign keys.


CREATE TABLE `egw_config` (
  `config_app` varchar(16) CHARACTER SET ascii NOT NULL,
  `config_name` varchar(32) CHARACTER SET ascii NOT NULL,
  `config_value` text,
  PRIMARY KEY (`config_app`, `config_name`)
);

CREATE TABLE `egw_applications` (
  `app_id` int(11) NOT NULL AUTO_INCREMENT,
  `app_name` varchar(16) CHARACTER SET ascii NOT NULL,
  `app_enabled` int(11) NOT NULL,
  `app_order` int(11) NOT NULL,
  `app_tables` text CHARACTER SET ascii NOT NULL,
  `app_version` varchar(20) CHARACTER SET ascii NOT NULL DEFAULT '0.0',
  `app_icon` varchar(128) CHARACTER SET ascii,
  `app_icon_app` varchar(16) CHARACTER SET ascii,
  `app_index` varchar(128) CHARACTER SET ascii,
  `app_extra` text CHARACTER SET ascii,
  PRIMARY KEY (`app_id`),
  UNIQUE KEY (`app_name`)
);

CREATE TABLE `egw_acl` (
  `acl_appname` varchar(16) CHARACTER SET ascii NOT NULL,
  `acl_location` varchar(16) CHARACTER SET ascii NOT NULL,
  `acl_account` int(11) NOT NULL,
  `acl_rights` int(11),
  `acl_id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`acl_id`),
  UNIQUE KEY (`acl_appname`, `acl_location`, `acl_account`)
);

CREATE TABLE `egw_accounts` (
  `account_id` int(11) NOT NULL AUTO_INCREMENT,
  `account_lid` varchar(64) NOT NULL,
  `account_pwd` varchar(128) NOT NULL,
  `account_lastlogin` int(11),
  `account_lastloginfrom` varchar(48) CHARACTER SET ascii COMMENT 'ip',
  `account_lastpwd_change` int(11),
  `account_status` varchar(1) NOT NULL DEFAULT 'A',
  `account_expires` int(11),
  `account_type` varchar(1),
  `account_primary_group` int(11) NOT NULL DEFAULT '0',
  `account_description` varchar(255) COMMENT 'group description',
  `account_uuid` varchar(64) CHARACTER SET ascii COMMENT 'UUID of synced (LDAP) entries',
  `account_dn` varchar(255) COMMENT 'DN or container',
  PRIMARY KEY (`account_id`),
  UNIQUE KEY (`account_lid`)
);

CREATE TABLE `egw_preferences` (
  `preference_owner` int(11) NOT NULL,
  `preference_app` varchar(16) CHARACTER SET ascii NOT NULL,
  `preference_value` text NOT NULL,
  `preference_id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`preference_id`),
  UNIQUE KEY (`preference_owner`, `preference_app`)
);

CREATE TABLE `egw_access_log` (
  `sessionid` int(11) NOT NULL AUTO_INCREMENT COMMENT 'primary key',
  `loginid` varchar(64) NOT NULL COMMENT 'username used to login',
  `ip` varchar(48) CHARACTER SET ascii NOT NULL COMMENT 'ip of user',
  `li` bigint NOT NULL COMMENT 'TS if login',
  `lo` bigint COMMENT 'TD of logout',
  `account_id` int(11) NOT NULL DEFAULT '0' COMMENT 'numerical account id',
  `session_dla` bigint COMMENT 'TS of last user action',
  `session_action` varchar(64) CHARACTER SET ascii COMMENT 'menuaction or path of last user action',
  `session_php` varchar(64) CHARACTER SET ascii NOT NULL COMMENT 'php session-id or error-message',
  `notification_heartbeat` bigint COMMENT 'TS of last notification request',
  `user_agent` varchar(255) CHARACTER SET ascii COMMENT 'User-agent of browser/device',
  PRIMARY KEY (`sessionid`)
);

CREATE TABLE `egw_categories` (
  `cat_id` int(11) NOT NULL AUTO_INCREMENT,
  `cat_main` int(11) NOT NULL DEFAULT '0',
  `cat_parent` int(11) NOT NULL DEFAULT '0',
  `cat_level` smallint NOT NULL DEFAULT '0',
  `cat_owner` varchar(255) CHARACTER SET ascii NOT NULL DEFAULT '0',
  `cat_access` varchar(7) CHARACTER SET ascii,
  `cat_appname` varchar(16) CHARACTER SET ascii NOT NULL,
  `cat_name` varchar(150) NOT NULL,
  `cat_description` varchar(255) NOT NULL,
  `cat_data` text,
  `last_mod` bigint NOT NULL,
  PRIMARY KEY (`cat_id`)
);

CREATE TABLE `egw_history_log` (
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_record_id` int(11) NOT NULL,
  `history_appname` varchar(16) CHARACTER SET ascii NOT NULL,
  `history_owner` int(11) NOT NULL,
  `history_status` varchar(32) NOT NULL,
  `history_new_value` longtext NOT NULL,
  `history_timestamp` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `history_old_value` longtext NOT NULL,
  `sessionid` int(11) COMMENT 'primary key to egw_access_log',
  `share_email` text COMMENT 'email addresses of share who made the change, comma seperated',
  PRIMARY KEY (`history_id`)
);

CREATE TABLE `egw_async` (
  `async_id` varchar(64) CHARACTER SET ascii NOT NULL,
  `async_next` int(11) NOT NULL COMMENT 'timestamp of next run',
  `async_times` varchar(255) CHARACTER SET ascii NOT NULL COMMENT 'serialized array with values for keys hour,min,day,month,year',
  `async_method` varchar(80) CHARACTER SET ascii NOT NULL COMMENT 'app.class.method class::method to execute',
  `async_data` text NOT NULL COMMENT 'serialized array with data to pass to method',
  `async_account_id` int(11) NOT NULL DEFAULT '0' COMMENT 'creator of job',
  `async_auto_id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`async_auto_id`),
  UNIQUE KEY (`async_id`)
);

CREATE TABLE `egw_links` (
  `link_id` int(11) NOT NULL AUTO_INCREMENT,
  `link_app1` varchar(16) CHARACTER SET ascii NOT NULL,
  `link_id1` varchar(64) CHARACTER SET ascii NOT NULL,
  `link_app2` varchar(16) CHARACTER SET ascii NOT NULL,
  `link_id2` varchar(64) CHARACTER SET ascii NOT NULL,
  `link_remark` varchar(100),
  `link_lastmod` bigint NOT NULL,
  `link_owner` int(11) NOT NULL,
  `deleted` datetime,
  PRIMARY KEY (`link_id`)
);

CREATE TABLE `egw_addressbook` (
  `contact_id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_tid` varchar(1) DEFAULT 'n',
  `contact_owner` bigint NOT NULL COMMENT 'account or group id of the adressbook',
  `contact_private` tinyint DEFAULT '0' COMMENT 'privat or personal',
  `cat_id` varchar(255) CHARACTER SET ascii COMMENT 'Category(s)',
  `n_family` varchar(64) COMMENT 'Family name',
  `n_given` varchar(64) COMMENT 'Given Name',
  `n_middle` varchar(64),
  `n_prefix` varchar(64) COMMENT 'Prefix',
  `n_suffix` varchar(64) COMMENT 'Suffix',
  `n_fn` varchar(128) COMMENT 'Full name',
  `n_fileas` varchar(255) COMMENT 'sort as',
  `contact_bday` varchar(12) COMMENT 'Birtday',
  `org_name` varchar(128) COMMENT 'Organisation',
  `org_unit` varchar(128) COMMENT 'Department',
  `contact_title` varchar(128) COMMENT 'jobtittle',
  `contact_role` varchar(128) COMMENT 'role',
  `contact_assistent` varchar(64) COMMENT 'Name of the Assistent (for phone number)',
  `contact_room` varchar(64) COMMENT 'room',
  `adr_one_street` varchar(64) COMMENT 'street (business)',
  `adr_one_street2` varchar(64) COMMENT 'street (business) - 2. line',
  `adr_one_locality` varchar(64) COMMENT 'city (business)',
  `adr_one_region` varchar(64) COMMENT 'region (business)',
  `adr_one_postalcode` varchar(64) COMMENT 'postalcode (business)',
  `adr_one_countryname` varchar(64) COMMENT 'countryname (business)',
  `contact_label` text COMMENT 'currently not used',
  `adr_two_street` varchar(64) COMMENT 'street (private)',
  `adr_two_street2` varchar(64) COMMENT 'street (private) - 2. line',
  `adr_two_locality` varchar(64) COMMENT 'city (private)',
  `adr_two_region` varchar(64) COMMENT 'region (private)',
  `adr_two_postalcode` varchar(64) COMMENT 'postalcode (private)',
  `adr_two_countryname` varchar(64) COMMENT 'countryname (private)',
  `tel_work` varchar(40) COMMENT 'phone-number (business)',
  `tel_cell` varchar(40) COMMENT 'mobil phone (business)',
  `tel_fax` varchar(40) COMMENT 'fax-number (business)',
  `tel_assistent` varchar(40) COMMENT 'phone-number assistent',
  `tel_car` varchar(40),
  `tel_pager` varchar(40) COMMENT 'pager',
  `tel_home` varchar(40) COMMENT 'phone-number (private)',
  `tel_fax_home` varchar(40) COMMENT 'fax-number (private)',
  `tel_cell_private` varchar(40) COMMENT 'mobil phone (private)',
  `tel_other` varchar(40) COMMENT 'other phone',
  `tel_prefer` varchar(32) COMMENT 'prefered phone-number',
  `contact_email` varchar(128) COMMENT 'email address (business)',
  `contact_email_home` varchar(128) COMMENT 'email address (private)',
  `contact_url` varchar(128) COMMENT 'website (business)',
  `contact_url_home` varchar(128) COMMENT 'website (private)',
  `contact_freebusy_uri` varchar(128) CHARACTER SET ascii COMMENT 'freebusy-url for calendar of the contact',
  `contact_calendar_uri` varchar(128) CHARACTER SET ascii COMMENT 'url for users calendar - currently not used',
  `contact_note` text COMMENT 'notes field',
  `contact_tz` varchar(8) COMMENT 'timezone difference',
  `contact_geo` varchar(32) CHARACTER SET ascii COMMENT 'currently not used',
  `contact_pubkey` text CHARACTER SET ascii COMMENT 'public key',
  `contact_created` bigint COMMENT 'timestamp of the creation',
  `contact_creator` int(11) NOT NULL COMMENT 'account id of the creator',
  `contact_modified` bigint NOT NULL COMMENT 'timestamp of the last modified',
  `contact_modifier` int(11) COMMENT 'account id of the last modified',
  `account_id` int(11) COMMENT 'account id',
  `contact_etag` int(11) DEFAULT '0' COMMENT 'etag of the changes',
  `contact_uid` varchar(255) CHARACTER SET ascii COMMENT 'unique id of the contact',
  `adr_one_countrycode` varchar(2) CHARACTER SET ascii COMMENT 'countrycode (business)',
  `adr_two_countrycode` varchar(2) CHARACTER SET ascii COMMENT 'countrycode (private)',
  `carddav_name` text CHARACTER SET ascii COMMENT 'name part of CardDAV URL, if specified by client',
  `contact_files` tinyint DEFAULT '0' COMMENT '&1: photo, &2: pgp, &4: smime',
  PRIMARY KEY (`contact_id`),
  UNIQUE KEY (`account_id`)
);

CREATE TABLE `egw_addressbook_extra` (
  `contact_id` int(11) NOT NULL,
  `contact_owner` bigint,
  `contact_name` varchar(64) NOT NULL COMMENT 'custom-field name',
  `contact_value` text COMMENT 'custom-field value',
  `contact_extra_id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`contact_extra_id`)
);

CREATE TABLE `egw_addressbook_lists` (
  `list_id` int(11) NOT NULL AUTO_INCREMENT,
  `list_name` varchar(80) NOT NULL,
  `list_owner` int(11) NOT NULL,
  `list_created` bigint,
  `list_creator` int(11),
  `list_uid` varchar(128) CHARACTER SET ascii,
  `list_carddav_name` varchar(128) CHARACTER SET ascii,
  `list_etag` int(11) NOT NULL DEFAULT '0',
  `list_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `list_modifier` int(11),
  PRIMARY KEY (`list_id`),
  UNIQUE KEY (`list_uid`),
  UNIQUE KEY (`list_carddav_name`),
  UNIQUE KEY (`list_owner`, `list_name`)
);

CREATE TABLE `egw_addressbook2list` (
  `contact_id` int(11) NOT NULL,
  `list_id` int(11) NOT NULL,
  `list_added` bigint,
  `list_added_by` int(11),
  PRIMARY KEY (`contact_id`, `list_id`)
);

CREATE TABLE `egw_sqlfs` (
  `fs_id` int(11) NOT NULL AUTO_INCREMENT,
  `fs_dir` int(11) NOT NULL,
  `fs_name` varchar(200) NOT NULL,
  `fs_mode` smallint NOT NULL,
  `fs_uid` int(11) NOT NULL DEFAULT '0',
  `fs_gid` int(11) NOT NULL DEFAULT '0',
  `fs_created` datetime NOT NULL,
  `fs_modified` datetime NOT NULL,
  `fs_mime` varchar(96) CHARACTER SET ascii NOT NULL,
  `fs_size` bigint DEFAULT '0',
  `fs_creator` int(11) NOT NULL,
  `fs_modifier` int(11),
  `fs_active` tinyint(1) NOT NULL DEFAULT '1',
  `fs_content` longblob,
  `fs_link` text,
  `fs_s3_flags` tinyint DEFAULT '0',
  `fs_aes_key` varbinary(32),
  PRIMARY KEY (`fs_id`)
);

CREATE TABLE `egw_locks` (
  `lock_token` varchar(64) CHARACTER SET ascii NOT NULL,
  `lock_path` varchar(255) NOT NULL,
  `lock_expires` bigint NOT NULL,
  `lock_owner` varchar(255),
  `lock_recursive` tinyint(1) NOT NULL DEFAULT '0',
  `lock_write` tinyint(1) NOT NULL DEFAULT '0',
  `lock_exclusive` tinyint(1) NOT NULL DEFAULT '0',
  `lock_created` bigint DEFAULT '0',
  `lock_modified` bigint DEFAULT '0',
  `lock_id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`lock_id`),
  UNIQUE KEY (`lock_token`)
);

CREATE TABLE `egw_customfields` (
  `cf_id` int(11) NOT NULL AUTO_INCREMENT,
  `cf_app` varchar(16) CHARACTER SET ascii NOT NULL COMMENT 'app-name cf belongs too',
  `cf_name` varchar(128) NOT NULL COMMENT 'internal name',
  `cf_label` varchar(128) COMMENT 'label to display',
  `cf_type` varchar(64) NOT NULL DEFAULT 'text' COMMENT 'type of field',
  `cf_type2` text COMMENT 'comma-separated subtypes of app, cf is valid for',
  `cf_help` text COMMENT 'helptext',
  `cf_values` text COMMENT 'json object with value label pairs',
  `cf_len` smallint COMMENT 'length or columns of field',
  `cf_rows` smallint COMMENT 'rows of field',
  `cf_order` smallint COMMENT 'order to display fields',
  `cf_needed` tinyint(1) DEFAULT '0' COMMENT 'field is required',
  `cf_private` text CHARACTER SET ascii COMMENT 'comma-separated account_id',
  `cf_modifier` int(11) COMMENT 'last modifier',
  `cf_modified` datetime DEFAULT CURRENT_TIMESTAMP COMMENT 'last modification time',
  `cf_tab` varchar(64) COMMENT 'tab customfield should be shown',
  `cf_readonly` text CHARACTER SET ascii COMMENT 'comma-separated account_id',
  PRIMARY KEY (`cf_id`),
  UNIQUE KEY (`cf_app`, `cf_name`)
);

CREATE TABLE `egw_sharing` (
  `share_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'auto-id',
  `share_token` varchar(64) CHARACTER SET ascii NOT NULL COMMENT 'secure token',
  `share_path` text NOT NULL COMMENT 'path to share',
  `share_owner` int(11) NOT NULL COMMENT 'owner of share',
  `share_expires` date COMMENT 'expire date of share',
  `share_writable` tinyint NOT NULL DEFAULT '0' COMMENT '0=readable, 1=writable',
  `share_with` text COMMENT 'email addresses, comma seperated',
  `share_passwd` varchar(128) COMMENT 'optional password-hash',
  `share_pw_reversable` varchar(128) COMMENT 'optional reversible password',
  `share_encryption` int(11) COMMENT 'Type of encryption, user or system (See Credentials)',
  `share_modified` datetime NOT NULL,
  `share_modifier` int(11),
  `share_created` datetime NOT NULL COMMENT 'creation date',
  `share_last_accessed` datetime COMMENT 'last access of share',
  PRIMARY KEY (`share_id`),
  UNIQUE KEY (`share_token`)
);

CREATE TABLE `egw_ea_accounts` (
  `acc_id` int(11) NOT NULL AUTO_INCREMENT,
  `acc_name` varchar(80) COMMENT 'description',
  `ident_id` int(11) NOT NULL COMMENT 'standard identity',
  `acc_imap_host` varchar(128) CHARACTER SET ascii NOT NULL COMMENT 'imap hostname',
  `acc_imap_ssl` tinyint NOT NULL DEFAULT '0' COMMENT '0=none, 1=starttls, 2=tls, 3=ssl, &8=validate certificate',
  `acc_imap_port` int(11) NOT NULL DEFAULT '143' COMMENT 'imap port',
  `acc_sieve_enabled` tinyint(1) DEFAULT '0' COMMENT 'sieve enabled',
  `acc_sieve_host` varchar(128) CHARACTER SET ascii COMMENT 'sieve host, default imap_host',
  `acc_sieve_port` int(11) DEFAULT '4190',
  `acc_folder_sent` varchar(128) COMMENT 'sent folder',
  `acc_folder_trash` varchar(128) COMMENT 'trash folder',
  `acc_folder_draft` varchar(128) COMMENT 'draft folder',
  `acc_folder_template` varchar(128) COMMENT 'template folder',
  `acc_folder_archive` varchar(128) COMMENT 'archive folder',
  `acc_smtp_host` varchar(128) COMMENT 'smtp hostname',
  `acc_smtp_ssl` tinyint NOT NULL DEFAULT '0' COMMENT '0=none, 1=starttls, 2=tls, 3=ssl, &8=validate certificate',
  `acc_smtp_port` int(11) NOT NULL DEFAULT '25' COMMENT 'smtp port',
  `acc_smtp_type` varchar(32) CHARACTER SET ascii DEFAULT 'emailadmin_smtp' COMMENT 'smtp class to use',
  `acc_imap_type` varchar(32) CHARACTER SET ascii DEFAULT 'emailadmin_imap' COMMENT 'imap class to use',
  `acc_imap_logintype` varchar(20) CHARACTER SET ascii COMMENT 'standard, vmailmgr, admin, uidNumber',
  `acc_domain` varchar(100) COMMENT 'domain name',
  `acc_user_editable` tinyint(1) NOT NULL DEFAULT '1' COMMENT '0=no, 1=yes',
  `acc_sieve_ssl` tinyint DEFAULT '1' COMMENT '0=none, 1=starttls, 2=tls, 3=ssl, &8=validate certificate',
  `acc_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `acc_modifier` int(11),
  `acc_smtp_auth_session` tinyint(1) COMMENT '0=no, 1=yes, use username/pw from current user',
  `acc_folder_junk` varchar(128) COMMENT 'junk folder',
  `acc_imap_default_quota` int(11) COMMENT 'default quota, if no user specific one set',
  `acc_imap_timeout` smallint COMMENT 'timeout for imap connection',
  `acc_user_forward` tinyint(1) DEFAULT '0' COMMENT 'allow user to define forwards',
  `acc_further_identities` tinyint NOT NULL DEFAULT '1' COMMENT '0=no, 1=yes, 2=only matching aliases',
  `acc_folder_ham` varchar(128) COMMENT 'ham folder',
  `acc_spam_api` varchar(128) COMMENT 'SpamTitan API URL',
  PRIMARY KEY (`acc_id`)
);

CREATE TABLE `egw_ea_credentials` (
  `cred_id` int(11) NOT NULL AUTO_INCREMENT,
  `acc_id` int(11) NOT NULL COMMENT 'into egw_ea_accounts',
  `cred_type` smallint NOT NULL COMMENT '&1=imap, &2=smtp, &4=admin',
  `account_id` int(11) NOT NULL COMMENT 'account_id or 0=all',
  `cred_username` varchar(80) NOT NULL COMMENT 'username',
  `cred_password` longblob COMMENT 'password encrypted',
  `cred_pw_enc` tinyint DEFAULT '0' COMMENT '0=not, 1=user pw, 2=system',
  PRIMARY KEY (`cred_id`),
  UNIQUE KEY (`acc_id`, `account_id`, `cred_type`)
);

CREATE TABLE `egw_ea_identities` (
  `ident_id` int(11) NOT NULL AUTO_INCREMENT,
  `acc_id` int(11) NOT NULL COMMENT 'for which account',
  `ident_realname` varchar(128) NOT NULL COMMENT 'real name',
  `ident_email` varchar(128) COMMENT 'email address',
  `ident_org` varchar(128) COMMENT 'organisation',
  `ident_signature` text COMMENT 'signature text',
  `account_id` int(11) NOT NULL DEFAULT '0' COMMENT '0=all users of give mail account',
  `ident_name` varchar(128) COMMENT 'name of identity to display',
  PRIMARY KEY (`ident_id`)
);

CREATE TABLE `egw_tokens` (
  `token_id` int(11) NOT NULL AUTO_INCREMENT,
  `account_id` int(11) NOT NULL COMMENT '0=all users',
  `token_hash` varchar(128) CHARACTER SET ascii NOT NULL COMMENT 'hash of token',
  `token_limits` text CHARACTER SET ascii COMMENT 'limit run rights of session',
  `token_created` datetime NOT NULL,
  `token_created_by` int(11) NOT NULL,
  `token_valid_until` datetime,
  `token_revoked` datetime,
  `token_revoked_by` int(11),
  `token_remark` text,
  `token_updated` datetime,
  `token_updated_by` int(11),
  PRIMARY KEY (`token_id`)
);

CREATE TABLE `egw_tracker` (
  `tr_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id of the ticket',
  `tr_summary` varchar(255) NOT NULL COMMENT 'summary of the ticket',
  `tr_tracker` int(11) NOT NULL COMMENT 'tracker queue',
  `cat_id` int(11) COMMENT 'category of the ticket',
  `tr_version` int(11) COMMENT 'version of the ticket',
  `tr_status` int(11) DEFAULT '-100' COMMENT 'status of the ticket',
  `tr_description` longtext COMMENT 'long description',
  `tr_private` smallint NOT NULL DEFAULT '0' COMMENT '1=private',
  `tr_budget` decimal(20,2) COMMENT 'budget for bounties',
  `tr_completion` smallint DEFAULT '0' COMMENT 'completion of the ticket',
  `tr_creator` int(11) NOT NULL COMMENT 'account id of the creator',
  `tr_created` bigint NOT NULL COMMENT 'timestamp of the creation',
  `tr_modifier` int(11) COMMENT 'account id of last modified',
  `tr_modified` bigint COMMENT 'timestamp of last modified',
  `tr_closed` bigint COMMENT 'timestamp of ticket closed',
  `tr_priority` smallint DEFAULT '5' COMMENT 'priority of the ticket',
  `tr_resolution` int(11) COMMENT 'resolution of the ticket',
  `tr_cc` text COMMENT 'cc-field for notification',
  `tr_group` int(11) COMMENT 'group-id to which the ticket belongs',
  `tr_edit_mode` varchar(5) DEFAULT 'ascii' COMMENT 'ascii or html',
  `tr_seen` text COMMENT 'flag if the ticket has been already viewed',
  `tr_startdate` bigint COMMENT 'Date ticket is scheduled to begin',
  `tr_duedate` bigint COMMENT 'Date ticket is required to be resolved by',
  PRIMARY KEY (`tr_id`)
);

CREATE TABLE `egw_tracker_replies` (
  `reply_id` int(11) NOT NULL AUTO_INCREMENT,
  `tr_id` int(11) NOT NULL,
  `reply_creator` int(11) NOT NULL,
  `reply_created` bigint NOT NULL,
  `reply_message` longtext,
  `reply_visible` tinyint NOT NULL DEFAULT '0',
  PRIMARY KEY (`reply_id`)
);

CREATE TABLE `egw_tracker_votes` (
  `tr_id` int(11),
  `vote_uid` int(11),
  `vote_ip` varchar(128),
  `vote_time` bigint NOT NULL,
  PRIMARY KEY (`tr_id`, `vote_uid`, `vote_ip`)
);

CREATE TABLE `egw_tracker_bounties` (
  `bounty_id` int(11) NOT NULL AUTO_INCREMENT,
  `tr_id` int(11) NOT NULL,
  `bounty_creator` int(11) NOT NULL,
  `bounty_created` bigint NOT NULL,
  `bounty_amount` decimal(20,2) NOT NULL,
  `bounty_name` varchar(64),
  `bounty_email` varchar(128),
  `bounty_confirmer` int(11),
  `bounty_confirmed` bigint,
  `bounty_payedto` varchar(128),
  `bounty_payed` bigint,
  PRIMARY KEY (`bounty_id`)
);

CREATE TABLE `egw_tracker_assignee` (
  `tr_id` int(11) NOT NULL,
  `tr_assigned` int(11) NOT NULL,
  PRIMARY KEY (`tr_id`, `tr_assigned`)
);

CREATE TABLE `egw_tracker_escalations` (
  `esc_id` int(11) NOT NULL AUTO_INCREMENT,
  `tr_tracker` varchar(55) NOT NULL DEFAULT '0',
  `cat_id` varchar(55) NOT NULL DEFAULT '0',
  `tr_version` varchar(55) NOT NULL DEFAULT '0',
  `tr_status` varchar(255) NOT NULL DEFAULT '0',
  `tr_priority` varchar(55) NOT NULL DEFAULT '0',
  `esc_title` varchar(128) NOT NULL,
  `esc_time` int(11) NOT NULL,
  `esc_type` tinyint NOT NULL DEFAULT '0',
  `esc_tr_assigned` varchar(255),
  `esc_add_assigned` tinyint(1),
  `esc_tr_tracker` int(11),
  `esc_cat_id` int(11),
  `esc_tr_version` int(11),
  `esc_tr_status` int(11),
  `esc_tr_priority` int(11),
  `esc_reply_message` text,
  `esc_reply_visible` tinyint,
  `esc_match_repeat` int(11) DEFAULT '0',
  `esc_notify` varchar(15),
  `esc_limit` tinyint COMMENT 'Limit on how many times one ticket will match',
  `tr_resolution` varchar(55) NOT NULL,
  `esc_run_on_existing` tinyint NOT NULL DEFAULT '1' COMMENT 'When saving the escalation, marks existing tickets as matched without taking action, or leave them to run next time async job runs',
  `esc_tr_resolution` tinyint NOT NULL DEFAULT '1',
  `esc_tr_duedate` text,
  PRIMARY KEY (`esc_id`),
  UNIQUE KEY (`esc_time`, `esc_type`)
);

CREATE TABLE `egw_tracker_escalated` (
  `tr_id` int(11) NOT NULL,
  `esc_id` int(11) NOT NULL,
  `esc_created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `match_count` tinyint NOT NULL DEFAULT '1',
  PRIMARY KEY (`tr_id`, `esc_id`)
);

CREATE TABLE `egw_tracker_extra` (
  `tr_id` int(11) NOT NULL,
  `tr_extra_name` varchar(64) NOT NULL,
  `tr_extra_value` text,
  PRIMARY KEY (`tr_id`, `tr_extra_name`)
);

CREATE TABLE `egw_timesheet` (
  `ts_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id of the timesheet entry',
  `ts_project` varchar(255) COMMENT 'project title',
  `ts_title` varchar(255) NOT NULL COMMENT 'title of the timesheet entry in minutes',
  `ts_description` text COMMENT 'description of the timesheet entry',
  `ts_start` bigint NOT NULL COMMENT 'timestamp of the startdate',
  `ts_duration` int(11) NOT NULL DEFAULT '0' COMMENT 'duration of the timesheet-entry',
  `ts_quantity` double NOT NULL COMMENT 'quantity',
  `ts_unitprice` double COMMENT 'unitprice',
  `cat_id` int(11) DEFAULT '0' COMMENT 'category',
  `ts_owner` int(11) NOT NULL COMMENT 'owner of the timesheet',
  `ts_modified` bigint NOT NULL COMMENT 'date modified ot the timesheet',
  `ts_modifier` int(11) NOT NULL COMMENT 'account id of the last modifier',
  `pl_id` int(11) DEFAULT '0' COMMENT 'id of the linked project',
  `ts_status` int(11) COMMENT 'status of the timesheet-entry',
  `ts_created` bigint NOT NULL COMMENT 'Creation date of the timesheet',
  `ts_paused` int(11) DEFAULT '0' COMMENT 'pause time(s) of the timesheet-entry',
  `ts_readable` varchar(255) CHARACTER SET ascii COMMENT 'additional users and groups, beyond ACL',
  PRIMARY KEY (`ts_id`)
);

CREATE TABLE `egw_timesheet_extra` (
  `ts_id` int(11) NOT NULL,
  `ts_extra_name` varchar(64) NOT NULL,
  `ts_extra_value` text NOT NULL DEFAULT '',
  PRIMARY KEY (`ts_id`, `ts_extra_name`)
);

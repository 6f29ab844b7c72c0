-- EGroupware (CRM: addressbook, InfoLog, calendar, timesheet), github.com/EGroupware/egroupware, commit 674781ca9dbb6940045415863ed7f38f6b80dc71 (GPL-2.0-or-later).
-- Converted from the apps' setup/tables_current.inc.php schema arrays to MySQL DDL following api/src/Db/Schema.php (ADOdb MySQL types, utf8 tables as EGroupware creates them).
-- A subset of 34 tables; indexes left out; upstream declares no foreign keys.

-- egw_config (api/setup/tables_current.inc.php)
CREATE TABLE `egw_config` (
  `config_app` VARCHAR(16) CHARACTER SET ascii NOT NULL,
  `config_name` VARCHAR(32) CHARACTER SET ascii NOT NULL,
  `config_value` TEXT,
  PRIMARY KEY (`config_app`, `config_name`)
) DEFAULT CHARSET=utf8;

-- egw_applications (api/setup/tables_current.inc.php)
CREATE TABLE `egw_applications` (
  `app_id` INTEGER NOT NULL AUTO_INCREMENT,
  `app_name` VARCHAR(16) CHARACTER SET ascii NOT NULL,
  `app_enabled` INTEGER NOT NULL,
  `app_order` INTEGER NOT NULL,
  `app_tables` VARCHAR(8192) CHARACTER SET ascii NOT NULL,
  `app_version` VARCHAR(20) CHARACTER SET ascii NOT NULL DEFAULT '0.0',
  `app_icon` VARCHAR(128) CHARACTER SET ascii,
  `app_icon_app` VARCHAR(16) CHARACTER SET ascii,
  `app_index` VARCHAR(128) CHARACTER SET ascii,
  `app_extra` VARCHAR(8192) CHARACTER SET ascii,
  PRIMARY KEY (`app_id`),
  UNIQUE (`app_name`)
) DEFAULT CHARSET=utf8;

-- egw_acl (api/setup/tables_current.inc.php)
CREATE TABLE `egw_acl` (
  `acl_appname` VARCHAR(16) CHARACTER SET ascii NOT NULL,
  `acl_location` VARCHAR(16) CHARACTER SET ascii NOT NULL,
  `acl_account` INTEGER NOT NULL,
  `acl_rights` INTEGER,
  `acl_id` INTEGER NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`acl_id`),
  UNIQUE (`acl_appname`, `acl_location`, `acl_account`)
) DEFAULT CHARSET=utf8;

-- egw_accounts (api/setup/tables_current.inc.php)
CREATE TABLE `egw_accounts` (
  `account_id` INTEGER NOT NULL AUTO_INCREMENT,
  `account_lid` VARCHAR(64) NOT NULL,
  `account_pwd` VARCHAR(128) NOT NULL,
  `account_lastlogin` INTEGER,
  `account_lastloginfrom` VARCHAR(48) CHARACTER SET ascii COMMENT 'ip',
  `account_lastpwd_change` INTEGER,
  `account_status` CHAR(1) NOT NULL DEFAULT 'A',
  `account_expires` INTEGER,
  `account_type` CHAR(1),
  `account_primary_group` INTEGER NOT NULL DEFAULT 0,
  `account_description` VARCHAR(255) COMMENT 'group description',
  `account_uuid` VARCHAR(64) CHARACTER SET ascii COMMENT 'UUID of synced (LDAP) entries',
  `account_dn` VARCHAR(255) COMMENT 'DN or container',
  PRIMARY KEY (`account_id`),
  UNIQUE (`account_lid`)
) DEFAULT CHARSET=utf8;

-- egw_preferences (api/setup/tables_current.inc.php)
CREATE TABLE `egw_preferences` (
  `preference_owner` INTEGER NOT NULL,
  `preference_app` VARCHAR(16) CHARACTER SET ascii NOT NULL,
  `preference_value` TEXT NOT NULL,
  `preference_id` INTEGER NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`preference_id`),
  UNIQUE (`preference_owner`, `preference_app`)
) DEFAULT CHARSET=utf8;

-- egw_access_log (api/setup/tables_current.inc.php)
CREATE TABLE `egw_access_log` (
  `sessionid` INTEGER NOT NULL AUTO_INCREMENT COMMENT 'primary key',
  `loginid` VARCHAR(64) NOT NULL COMMENT 'username used to login',
  `ip` VARCHAR(48) CHARACTER SET ascii NOT NULL COMMENT 'ip of user',
  `li` BIGINT NOT NULL COMMENT 'TS if login',
  `lo` BIGINT COMMENT 'TD of logout',
  `account_id` INTEGER NOT NULL DEFAULT 0 COMMENT 'numerical account id',
  `session_dla` BIGINT COMMENT 'TS of last user action',
  `session_action` VARCHAR(64) CHARACTER SET ascii COMMENT 'menuaction or path of last user action',
  `session_php` VARCHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'php session-id or error-message',
  `notification_heartbeat` BIGINT COMMENT 'TS of last notification request',
  `user_agent` VARCHAR(255) CHARACTER SET ascii COMMENT 'User-agent of browser/device',
  PRIMARY KEY (`sessionid`)
) DEFAULT CHARSET=utf8;

-- egw_categories (api/setup/tables_current.inc.php)
CREATE TABLE `egw_categories` (
  `cat_id` INTEGER NOT NULL AUTO_INCREMENT,
  `cat_main` INTEGER NOT NULL DEFAULT 0,
  `cat_parent` INTEGER NOT NULL DEFAULT 0,
  `cat_level` SMALLINT NOT NULL DEFAULT 0,
  `cat_owner` VARCHAR(255) CHARACTER SET ascii NOT NULL DEFAULT '0',
  `cat_access` VARCHAR(7) CHARACTER SET ascii,
  `cat_appname` VARCHAR(16) CHARACTER SET ascii NOT NULL,
  `cat_name` VARCHAR(150) NOT NULL,
  `cat_description` VARCHAR(255) NOT NULL,
  `cat_data` VARCHAR(8192),
  `last_mod` BIGINT NOT NULL,
  PRIMARY KEY (`cat_id`)
) DEFAULT CHARSET=utf8;

-- egw_history_log (api/setup/tables_current.inc.php)
CREATE TABLE `egw_history_log` (
  `history_id` INTEGER NOT NULL AUTO_INCREMENT,
  `history_record_id` INTEGER NOT NULL,
  `history_appname` VARCHAR(16) CHARACTER SET ascii NOT NULL,
  `history_owner` INTEGER NOT NULL,
  `history_status` VARCHAR(32) NOT NULL,
  `history_new_value` LONGTEXT NOT NULL,
  `history_timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `history_old_value` LONGTEXT NOT NULL,
  `sessionid` INTEGER COMMENT 'primary key to egw_access_log',
  `share_email` VARCHAR(4096) COMMENT 'email addresses of share who made the change, comma seperated',
  PRIMARY KEY (`history_id`)
) DEFAULT CHARSET=utf8;

-- egw_links (api/setup/tables_current.inc.php)
CREATE TABLE `egw_links` (
  `link_id` INTEGER NOT NULL AUTO_INCREMENT,
  `link_app1` VARCHAR(16) CHARACTER SET ascii NOT NULL,
  `link_id1` VARCHAR(64) CHARACTER SET ascii NOT NULL,
  `link_app2` VARCHAR(16) CHARACTER SET ascii NOT NULL,
  `link_id2` VARCHAR(64) CHARACTER SET ascii NOT NULL,
  `link_remark` VARCHAR(100),
  `link_lastmod` BIGINT NOT NULL,
  `link_owner` INTEGER NOT NULL,
  `deleted` DATETIME,
  PRIMARY KEY (`link_id`)
) DEFAULT CHARSET=utf8;

-- egw_addressbook (api/setup/tables_current.inc.php)
CREATE TABLE `egw_addressbook` (
  `contact_id` INTEGER NOT NULL AUTO_INCREMENT,
  `contact_tid` CHAR(1) DEFAULT 'n',
  `contact_owner` BIGINT NOT NULL COMMENT 'account or group id of the adressbook',
  `contact_private` TINYINT DEFAULT 0 COMMENT 'privat or personal',
  `cat_id` VARCHAR(255) CHARACTER SET ascii COMMENT 'Category(s)',
  `n_family` VARCHAR(64) COMMENT 'Family name',
  `n_given` VARCHAR(64) COMMENT 'Given Name',
  `n_middle` VARCHAR(64),
  `n_prefix` VARCHAR(64) COMMENT 'Prefix',
  `n_suffix` VARCHAR(64) COMMENT 'Suffix',
  `n_fn` VARCHAR(128) COMMENT 'Full name',
  `n_fileas` VARCHAR(255) COMMENT 'sort as',
  `contact_bday` VARCHAR(12) COMMENT 'Birtday',
  `org_name` VARCHAR(128) COMMENT 'Organisation',
  `org_unit` VARCHAR(128) COMMENT 'Department',
  `contact_title` VARCHAR(128) COMMENT 'jobtittle',
  `contact_role` VARCHAR(128) COMMENT 'role',
  `contact_assistent` VARCHAR(64) COMMENT 'Name of the Assistent (for phone number)',
  `contact_room` VARCHAR(64) COMMENT 'room',
  `adr_one_street` VARCHAR(64) COMMENT 'street (business)',
  `adr_one_street2` VARCHAR(64) COMMENT 'street (business) - 2. line',
  `adr_one_locality` VARCHAR(64) COMMENT 'city (business)',
  `adr_one_region` VARCHAR(64) COMMENT 'region (business)',
  `adr_one_postalcode` VARCHAR(64) COMMENT 'postalcode (business)',
  `adr_one_countryname` VARCHAR(64) COMMENT 'countryname (business)',
  `contact_label` TEXT COMMENT 'currently not used',
  `adr_two_street` VARCHAR(64) COMMENT 'street (private)',
  `adr_two_street2` VARCHAR(64) COMMENT 'street (private) - 2. line',
  `adr_two_locality` VARCHAR(64) COMMENT 'city (private)',
  `adr_two_region` VARCHAR(64) COMMENT 'region (private)',
  `adr_two_postalcode` VARCHAR(64) COMMENT 'postalcode (private)',
  `adr_two_countryname` VARCHAR(64) COMMENT 'countryname (private)',
  `tel_work` VARCHAR(40) COMMENT 'phone-number (business)',
  `tel_cell` VARCHAR(40) COMMENT 'mobil phone (business)',
  `tel_fax` VARCHAR(40) COMMENT 'fax-number (business)',
  `tel_assistent` VARCHAR(40) COMMENT 'phone-number assistent',
  `tel_car` VARCHAR(40),
  `tel_pager` VARCHAR(40) COMMENT 'pager',
  `tel_home` VARCHAR(40) COMMENT 'phone-number (private)',
  `tel_fax_home` VARCHAR(40) COMMENT 'fax-number (private)',
  `tel_cell_private` VARCHAR(40) COMMENT 'mobil phone (private)',
  `tel_other` VARCHAR(40) COMMENT 'other phone',
  `tel_prefer` VARCHAR(32) COMMENT 'prefered phone-number',
  `contact_email` VARCHAR(128) COMMENT 'email address (business)',
  `contact_email_home` VARCHAR(128) COMMENT 'email address (private)',
  `contact_url` VARCHAR(128) COMMENT 'website (business)',
  `contact_url_home` VARCHAR(128) COMMENT 'website (private)',
  `contact_freebusy_uri` VARCHAR(128) CHARACTER SET ascii COMMENT 'freebusy-url for calendar of the contact',
  `contact_calendar_uri` VARCHAR(128) CHARACTER SET ascii COMMENT 'url for users calendar - currently not used',
  `contact_note` VARCHAR(8192) COMMENT 'notes field',
  `contact_tz` VARCHAR(8) COMMENT 'timezone difference',
  `contact_geo` VARCHAR(32) CHARACTER SET ascii COMMENT 'currently not used',
  `contact_pubkey` VARCHAR(16384) CHARACTER SET ascii COMMENT 'public key',
  `contact_created` BIGINT COMMENT 'timestamp of the creation',
  `contact_creator` INTEGER NOT NULL COMMENT 'account id of the creator',
  `contact_modified` BIGINT NOT NULL COMMENT 'timestamp of the last modified',
  `contact_modifier` INTEGER COMMENT 'account id of the last modified',
  `account_id` INTEGER COMMENT 'account id',
  `contact_etag` INTEGER DEFAULT 0 COMMENT 'etag of the changes',
  `contact_uid` VARCHAR(255) CHARACTER SET ascii COMMENT 'unique id of the contact',
  `adr_one_countrycode` VARCHAR(2) CHARACTER SET ascii COMMENT 'countrycode (business)',
  `adr_two_countrycode` VARCHAR(2) CHARACTER SET ascii COMMENT 'countrycode (private)',
  `carddav_name` VARCHAR(260) CHARACTER SET ascii COMMENT 'name part of CardDAV URL, if specified by client',
  `contact_files` TINYINT DEFAULT 0 COMMENT '&1: photo, &2: pgp, &4: smime',
  PRIMARY KEY (`contact_id`),
  UNIQUE (`account_id`)
) DEFAULT CHARSET=utf8;

-- egw_addressbook_extra (api/setup/tables_current.inc.php)
CREATE TABLE `egw_addressbook_extra` (
  `contact_id` INTEGER NOT NULL,
  `contact_owner` BIGINT,
  `contact_name` VARCHAR(64) NOT NULL COMMENT 'custom-field name',
  `contact_value` VARCHAR(16384) COMMENT 'custom-field value',
  `contact_extra_id` INTEGER NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`contact_extra_id`)
) DEFAULT CHARSET=utf8;

-- egw_addressbook_lists (api/setup/tables_current.inc.php)
CREATE TABLE `egw_addressbook_lists` (
  `list_id` INTEGER NOT NULL AUTO_INCREMENT,
  `list_name` VARCHAR(80) NOT NULL,
  `list_owner` INTEGER NOT NULL,
  `list_created` BIGINT,
  `list_creator` INTEGER,
  `list_uid` VARCHAR(128) CHARACTER SET ascii,
  `list_carddav_name` VARCHAR(128) CHARACTER SET ascii,
  `list_etag` INTEGER NOT NULL DEFAULT 0,
  `list_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `list_modifier` INTEGER,
  PRIMARY KEY (`list_id`),
  UNIQUE (`list_uid`),
  UNIQUE (`list_carddav_name`),
  UNIQUE (`list_owner`, `list_name`)
) DEFAULT CHARSET=utf8;

-- egw_addressbook2list (api/setup/tables_current.inc.php)
CREATE TABLE `egw_addressbook2list` (
  `contact_id` INTEGER NOT NULL,
  `list_id` INTEGER NOT NULL,
  `list_added` BIGINT,
  `list_added_by` INTEGER,
  PRIMARY KEY (`contact_id`, `list_id`)
) DEFAULT CHARSET=utf8;

-- egw_addressbook_shared (api/setup/tables_current.inc.php)
CREATE TABLE `egw_addressbook_shared` (
  `shared_id` INTEGER NOT NULL AUTO_INCREMENT,
  `contact_id` INTEGER NOT NULL,
  `shared_with` INTEGER NOT NULL,
  `shared_by` INTEGER NOT NULL,
  `shared_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `shared_writable` TINYINT(1) NOT NULL DEFAULT 0,
  `shared_deleted` DATETIME COMMENT 'timestamp, if deleted',
  PRIMARY KEY (`shared_id`),
  UNIQUE (`shared_by`, `shared_with`, `contact_id`)
) DEFAULT CHARSET=utf8;

-- egw_customfields (api/setup/tables_current.inc.php)
CREATE TABLE `egw_customfields` (
  `cf_id` INTEGER NOT NULL AUTO_INCREMENT,
  `cf_app` VARCHAR(16) CHARACTER SET ascii NOT NULL COMMENT 'app-name cf belongs too',
  `cf_name` VARCHAR(128) NOT NULL COMMENT 'internal name',
  `cf_label` VARCHAR(128) COMMENT 'label to display',
  `cf_type` VARCHAR(64) NOT NULL DEFAULT 'text' COMMENT 'type of field',
  `cf_type2` VARCHAR(2048) COMMENT 'comma-separated subtypes of app, cf is valid for',
  `cf_help` VARCHAR(256) COMMENT 'helptext',
  `cf_values` VARCHAR(8096) COMMENT 'json object with value label pairs',
  `cf_len` SMALLINT COMMENT 'length or columns of field',
  `cf_rows` SMALLINT COMMENT 'rows of field',
  `cf_order` SMALLINT COMMENT 'order to display fields',
  `cf_needed` TINYINT(1) DEFAULT 0 COMMENT 'field is required',
  `cf_private` VARCHAR(2048) CHARACTER SET ascii COMMENT 'comma-separated account_id',
  `cf_modifier` INTEGER COMMENT 'last modifier',
  `cf_modified` DATETIME DEFAULT CURRENT_TIMESTAMP COMMENT 'last modification time',
  `cf_tab` VARCHAR(64) COMMENT 'tab customfield should be shown',
  `cf_readonly` VARCHAR(2048) CHARACTER SET ascii COMMENT 'comma-separated account_id',
  PRIMARY KEY (`cf_id`),
  UNIQUE (`cf_app`, `cf_name`)
) DEFAULT CHARSET=utf8;

-- egw_sharing (api/setup/tables_current.inc.php)
CREATE TABLE `egw_sharing` (
  `share_id` INTEGER NOT NULL AUTO_INCREMENT COMMENT 'auto-id',
  `share_token` VARCHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'secure token',
  `share_path` VARCHAR(1024) NOT NULL COMMENT 'path to share',
  `share_owner` INTEGER NOT NULL COMMENT 'owner of share',
  `share_expires` DATE COMMENT 'expire date of share',
  `share_writable` TINYINT NOT NULL DEFAULT 0 COMMENT '0=readable, 1=writable',
  `share_with` VARCHAR(4096) COMMENT 'email addresses, comma seperated',
  `share_passwd` VARCHAR(128) COMMENT 'optional password-hash',
  `share_pw_reversable` VARCHAR(128) COMMENT 'optional reversible password',
  `share_encryption` INTEGER COMMENT 'Type of encryption, user or system (See Credentials)',
  `share_modified` DATETIME NOT NULL,
  `share_modifier` INTEGER,
  `share_created` DATETIME NOT NULL COMMENT 'creation date',
  `share_last_accessed` DATETIME COMMENT 'last access of share',
  PRIMARY KEY (`share_id`),
  UNIQUE (`share_token`)
) DEFAULT CHARSET=utf8;

-- egw_tokens (api/setup/tables_current.inc.php)
CREATE TABLE `egw_tokens` (
  `token_id` INTEGER NOT NULL AUTO_INCREMENT,
  `account_id` INTEGER NOT NULL COMMENT '0=all users',
  `token_hash` VARCHAR(128) CHARACTER SET ascii NOT NULL COMMENT 'hash of token',
  `token_limits` VARCHAR(4096) CHARACTER SET ascii COMMENT 'limit run rights of session',
  `token_created` DATETIME NOT NULL,
  `token_created_by` INTEGER NOT NULL,
  `token_valid_until` DATETIME,
  `token_revoked` DATETIME,
  `token_revoked_by` INTEGER,
  `token_remark` VARCHAR(1024),
  `token_updated` DATETIME,
  `token_updated_by` INTEGER,
  PRIMARY KEY (`token_id`)
) DEFAULT CHARSET=utf8;

-- egw_ea_accounts (api/setup/tables_current.inc.php)
CREATE TABLE `egw_ea_accounts` (
  `acc_id` INTEGER NOT NULL AUTO_INCREMENT,
  `acc_name` VARCHAR(80) COMMENT 'description',
  `ident_id` INTEGER NOT NULL COMMENT 'standard identity',
  `acc_imap_host` VARCHAR(128) CHARACTER SET ascii NOT NULL COMMENT 'imap hostname',
  `acc_imap_ssl` TINYINT NOT NULL DEFAULT 0 COMMENT '0=none, 1=starttls, 2=tls, 3=ssl, &8=validate certificate',
  `acc_imap_port` INTEGER NOT NULL DEFAULT 143 COMMENT 'imap port',
  `acc_sieve_enabled` TINYINT(1) DEFAULT 0 COMMENT 'sieve enabled',
  `acc_sieve_host` VARCHAR(128) CHARACTER SET ascii COMMENT 'sieve host, default imap_host',
  `acc_sieve_port` INTEGER DEFAULT 4190,
  `acc_folder_sent` VARCHAR(128) COMMENT 'sent folder',
  `acc_folder_trash` VARCHAR(128) COMMENT 'trash folder',
  `acc_folder_draft` VARCHAR(128) COMMENT 'draft folder',
  `acc_folder_template` VARCHAR(128) COMMENT 'template folder',
  `acc_folder_archive` VARCHAR(128) COMMENT 'archive folder',
  `acc_smtp_host` VARCHAR(128) COMMENT 'smtp hostname',
  `acc_smtp_ssl` TINYINT NOT NULL DEFAULT 0 COMMENT '0=none, 1=starttls, 2=tls, 3=ssl, &8=validate certificate',
  `acc_smtp_port` INTEGER NOT NULL DEFAULT 25 COMMENT 'smtp port',
  `acc_smtp_type` VARCHAR(32) CHARACTER SET ascii DEFAULT 'emailadmin_smtp' COMMENT 'smtp class to use',
  `acc_imap_type` VARCHAR(32) CHARACTER SET ascii DEFAULT 'emailadmin_imap' COMMENT 'imap class to use',
  `acc_imap_logintype` VARCHAR(20) CHARACTER SET ascii COMMENT 'standard, vmailmgr, admin, uidNumber',
  `acc_domain` VARCHAR(100) COMMENT 'domain name',
  `acc_user_editable` TINYINT(1) NOT NULL DEFAULT 1 COMMENT '0=no, 1=yes',
  `acc_sieve_ssl` TINYINT DEFAULT 1 COMMENT '0=none, 1=starttls, 2=tls, 3=ssl, &8=validate certificate',
  `acc_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `acc_modifier` INTEGER,
  `acc_smtp_auth_session` TINYINT(1) COMMENT '0=no, 1=yes, use username/pw from current user',
  `acc_folder_junk` VARCHAR(128) COMMENT 'junk folder',
  `acc_imap_default_quota` INTEGER COMMENT 'default quota, if no user specific one set',
  `acc_imap_timeout` SMALLINT COMMENT 'timeout for imap connection',
  `acc_user_forward` TINYINT(1) DEFAULT 0 COMMENT 'allow user to define forwards',
  `acc_further_identities` TINYINT NOT NULL DEFAULT 1 COMMENT '0=no, 1=yes, 2=only matching aliases',
  `acc_folder_ham` VARCHAR(128) COMMENT 'ham folder',
  `acc_spam_api` VARCHAR(128) COMMENT 'SpamTitan API URL',
  PRIMARY KEY (`acc_id`)
) DEFAULT CHARSET=utf8;

-- egw_ea_credentials (api/setup/tables_current.inc.php)
CREATE TABLE `egw_ea_credentials` (
  `cred_id` INTEGER NOT NULL AUTO_INCREMENT,
  `acc_id` INTEGER NOT NULL COMMENT 'into egw_ea_accounts',
  `cred_type` SMALLINT NOT NULL COMMENT '&1=imap, &2=smtp, &4=admin',
  `account_id` INTEGER NOT NULL COMMENT 'account_id or 0=all',
  `cred_username` VARCHAR(80) NOT NULL COMMENT 'username',
  `cred_password` LONGBLOB COMMENT 'password encrypted',
  `cred_pw_enc` TINYINT DEFAULT 0 COMMENT '0=not, 1=user pw, 2=system',
  PRIMARY KEY (`cred_id`),
  UNIQUE (`acc_id`, `account_id`, `cred_type`)
) DEFAULT CHARSET=utf8;

-- egw_ea_identities (api/setup/tables_current.inc.php)
CREATE TABLE `egw_ea_identities` (
  `ident_id` INTEGER NOT NULL AUTO_INCREMENT,
  `acc_id` INTEGER NOT NULL COMMENT 'for which account',
  `ident_realname` VARCHAR(128) NOT NULL COMMENT 'real name',
  `ident_email` VARCHAR(128) COMMENT 'email address',
  `ident_org` VARCHAR(128) COMMENT 'organisation',
  `ident_signature` TEXT COMMENT 'signature text',
  `account_id` INTEGER NOT NULL DEFAULT 0 COMMENT '0=all users of give mail account',
  `ident_name` VARCHAR(128) COMMENT 'name of identity to display',
  PRIMARY KEY (`ident_id`)
) DEFAULT CHARSET=utf8;

-- egw_ea_valid (api/setup/tables_current.inc.php)
CREATE TABLE `egw_ea_valid` (
  `acc_id` INTEGER NOT NULL,
  `account_id` INTEGER NOT NULL,
  UNIQUE (`acc_id`, `account_id`)
) DEFAULT CHARSET=utf8;

-- egw_cal (calendar/setup/tables_current.inc.php)
CREATE TABLE `egw_cal` (
  `cal_id` INTEGER NOT NULL AUTO_INCREMENT COMMENT 'calendar id',
  `cal_uid` VARCHAR(255) CHARACTER SET ascii NOT NULL COMMENT 'unique id of event(-series)',
  `cal_owner` INTEGER NOT NULL COMMENT 'event owner / calendar',
  `cal_category` VARCHAR(64) CHARACTER SET ascii COMMENT 'category id(s)',
  `cal_modified` BIGINT COMMENT 'ts of last modification',
  `cal_priority` SMALLINT NOT NULL DEFAULT 2 COMMENT 'priority: 1=Low, 2=Normal, 3=High',
  `cal_public` SMALLINT NOT NULL DEFAULT 1 COMMENT '1=public, 0=private event',
  `cal_title` VARCHAR(255) NOT NULL COMMENT 'title of event',
  `cal_description` VARCHAR(16384) COMMENT 'description',
  `cal_location` VARCHAR(255) COMMENT 'location',
  `cal_reference` INTEGER NOT NULL DEFAULT 0 COMMENT 'cal_id of series for exception',
  `cal_modifier` INTEGER COMMENT 'user who last modified event',
  `cal_non_blocking` SMALLINT DEFAULT 0 COMMENT '1 for non-blocking events',
  `cal_special` SMALLINT DEFAULT 0,
  `cal_etag` INTEGER DEFAULT 0 COMMENT 'etag for optimistic locking',
  `cal_creator` INTEGER NOT NULL COMMENT 'creating user',
  `cal_created` BIGINT NOT NULL COMMENT 'creation time of event',
  `cal_recurrence` BIGINT NOT NULL DEFAULT 0 COMMENT 'cal_start of original recurrence for exception',
  `tz_id` INTEGER COMMENT 'key into egw_cal_timezones',
  `cal_deleted` BIGINT COMMENT 'ts when event was deleted',
  `caldav_name` VARCHAR(260) CHARACTER SET ascii COMMENT 'name part of CalDAV URL, if specified by client',
  `range_start` BIGINT NOT NULL COMMENT 'startdate (of range)',
  `range_end` BIGINT COMMENT 'enddate (of range, UNTIL of RRULE)',
  PRIMARY KEY (`cal_id`)
) DEFAULT CHARSET=utf8;

-- egw_cal_repeats (calendar/setup/tables_current.inc.php)
CREATE TABLE `egw_cal_repeats` (
  `cal_id` INTEGER NOT NULL,
  `recur_type` SMALLINT NOT NULL,
  `recur_interval` SMALLINT DEFAULT 1,
  `recur_data` SMALLINT DEFAULT 1,
  PRIMARY KEY (`cal_id`)
) DEFAULT CHARSET=utf8;

-- egw_cal_user (calendar/setup/tables_current.inc.php)
CREATE TABLE `egw_cal_user` (
  `cal_id` INTEGER NOT NULL,
  `cal_recur_date` BIGINT NOT NULL DEFAULT 0,
  `cal_user_type` VARCHAR(1) CHARACTER SET ascii NOT NULL DEFAULT 'u' COMMENT 'u=user, g=group, c=contact, r=resource, e=email',
  `cal_user_id` VARCHAR(32) CHARACTER SET ascii NOT NULL COMMENT 'id or md5(email-address) for type=e',
  `cal_status` VARCHAR(1) CHARACTER SET ascii DEFAULT 'A' COMMENT 'U=unknown, A=accepted, R=rejected, T=tentative',
  `cal_quantity` INTEGER DEFAULT 1 COMMENT 'only for certain types (eg. resources)',
  `cal_role` VARCHAR(64) CHARACTER SET ascii DEFAULT 'REQ-PARTICIPANT' COMMENT 'CHAIR, REQ-PARTICIPANT, OPT-PARTICIPANT, NON-PARTICIPANT, X-CAT-$cat_id',
  `cal_user_modified` DATETIME DEFAULT CURRENT_TIMESTAMP COMMENT 'automatic timestamp of last update',
  `cal_user_auto` INTEGER NOT NULL AUTO_INCREMENT,
  `cal_user_attendee` VARCHAR(255) COMMENT 'email or json object with attr. cn, url, ...',
  PRIMARY KEY (`cal_user_auto`),
  UNIQUE (`cal_id`, `cal_recur_date`, `cal_user_type`, `cal_user_id`)
) DEFAULT CHARSET=utf8;

-- egw_cal_dates (calendar/setup/tables_current.inc.php)
CREATE TABLE `egw_cal_dates` (
  `cal_id` INTEGER NOT NULL,
  `cal_start` BIGINT NOT NULL COMMENT 'starttime in server time',
  `cal_end` BIGINT NOT NULL COMMENT 'endtime in server time',
  `recur_exception` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'date is an exception',
  PRIMARY KEY (`cal_id`, `cal_start`)
) DEFAULT CHARSET=utf8;

-- egw_cal_extra (calendar/setup/tables_current.inc.php)
CREATE TABLE `egw_cal_extra` (
  `cal_id` INTEGER NOT NULL,
  `cal_extra_name` VARCHAR(64) NOT NULL,
  `cal_extra_value` VARCHAR(16384) NOT NULL DEFAULT '',
  PRIMARY KEY (`cal_id`, `cal_extra_name`)
) DEFAULT CHARSET=utf8;

-- egw_infolog (infolog/setup/tables_current.inc.php)
CREATE TABLE `egw_infolog` (
  `info_id` INTEGER NOT NULL AUTO_INCREMENT COMMENT 'id of the infolog-entry',
  `info_type` VARCHAR(40) NOT NULL DEFAULT 'task' COMMENT 'infolog-type e.g. task, phone, email or note',
  `info_from` VARCHAR(255) COMMENT 'text of the primary link',
  `info_subject` VARCHAR(255) COMMENT 'title of the infolog-entry',
  `info_des` LONGTEXT COMMENT 'desciption of the infolog-entry',
  `info_owner` INTEGER NOT NULL COMMENT 'owner of the entry, can be account or group',
  `info_access` VARCHAR(10) CHARACTER SET ascii DEFAULT 'public' COMMENT 'public or privat',
  `info_cat` INTEGER NOT NULL DEFAULT 0 COMMENT 'category id',
  `info_datemodified` BIGINT NOT NULL COMMENT 'timestamp of the last mofification',
  `info_startdate` BIGINT NOT NULL DEFAULT 0 COMMENT 'timestamp of the startdate',
  `info_enddate` BIGINT NOT NULL DEFAULT 0 COMMENT 'timestamp of the enddate',
  `info_id_parent` INTEGER NOT NULL DEFAULT 0 COMMENT 'id of the parent infolog',
  `info_planned_time` INTEGER NOT NULL DEFAULT 0 COMMENT 'pm-field: planned time',
  `info_replanned_time` INTEGER NOT NULL DEFAULT 0 COMMENT 'pm-field: replanned time',
  `info_used_time` INTEGER NOT NULL DEFAULT 0 COMMENT 'pm-field: used time',
  `info_status` VARCHAR(40) DEFAULT 'done' COMMENT 'status e.g. ongoing, done ...',
  `info_confirm` VARCHAR(10) CHARACTER SET ascii DEFAULT 'not',
  `info_modifier` INTEGER NOT NULL DEFAULT 0 COMMENT 'account id of the last modifier',
  `info_link_id` INTEGER NOT NULL DEFAULT 0 COMMENT 'id of the primary link',
  `info_priority` SMALLINT DEFAULT 1 COMMENT '0=Low, 1=Normal, 2=High, 3=Urgent',
  `pl_id` INTEGER COMMENT 'pm-field: id of the pricelist',
  `info_price` DOUBLE COMMENT 'pm-field: price-field',
  `info_percent` SMALLINT DEFAULT 0 COMMENT 'percentage of completion',
  `info_datecompleted` BIGINT COMMENT 'timestamp of completion',
  `info_location` VARCHAR(255) COMMENT 'textfield location',
  `info_custom_from` TINYINT COMMENT 'tick-box to show infolog_from',
  `info_uid` VARCHAR(255) CHARACTER SET ascii COMMENT 'unique id of the infolog-entry',
  `caldav_name` VARCHAR(260) CHARACTER SET ascii COMMENT 'name part of CalDAV URL, if specified by client',
  `info_etag` INTEGER DEFAULT 0 COMMENT 'etag, not yet used',
  `info_created` BIGINT COMMENT 'timestamp of the creation date',
  `info_creator` INTEGER COMMENT 'account id of the creator',
  PRIMARY KEY (`info_id`)
) DEFAULT CHARSET=utf8;

-- egw_infolog_extra (infolog/setup/tables_current.inc.php)
CREATE TABLE `egw_infolog_extra` (
  `info_id` INTEGER NOT NULL,
  `info_extra_name` VARCHAR(64) NOT NULL,
  `info_extra_value` VARCHAR(16384) NOT NULL,
  PRIMARY KEY (`info_id`, `info_extra_name`)
) DEFAULT CHARSET=utf8;

-- egw_infolog_users (infolog/setup/tables_current.inc.php)
CREATE TABLE `egw_infolog_users` (
  `info_res_id` INTEGER NOT NULL AUTO_INCREMENT COMMENT 'auto id',
  `info_id` INTEGER NOT NULL,
  `account_id` VARCHAR(32) CHARACTER SET ascii NOT NULL COMMENT 'account_id or md5 of lowercased email',
  `info_res_deleted` TINYINT(1) COMMENT 'NULL or true, not false!',
  `info_res_modified` DATETIME DEFAULT CURRENT_TIMESTAMP COMMENT 'last modification time',
  `info_res_modifier` INTEGER COMMENT 'modifying user',
  `info_res_status` VARCHAR(16) DEFAULT 'NEEDS-ACTION' COMMENT 'attendee status',
  `info_res_attendee` VARCHAR(255) COMMENT 'attendee email or json object with attr. cn, url, ...',
  PRIMARY KEY (`info_res_id`),
  UNIQUE (`info_id`, `account_id`)
) DEFAULT CHARSET=utf8;

-- egw_timesheet (timesheet/setup/tables_current.inc.php)
CREATE TABLE `egw_timesheet` (
  `ts_id` INTEGER NOT NULL AUTO_INCREMENT COMMENT 'id of the timesheet entry',
  `ts_project` VARCHAR(255) COMMENT 'project title',
  `ts_title` VARCHAR(255) NOT NULL COMMENT 'title of the timesheet entry in minutes',
  `ts_description` VARCHAR(16384) COMMENT 'description of the timesheet entry',
  `ts_start` BIGINT NOT NULL COMMENT 'timestamp of the startdate',
  `ts_duration` INTEGER NOT NULL DEFAULT 0 COMMENT 'duration of the timesheet-entry',
  `ts_quantity` DOUBLE NOT NULL COMMENT 'quantity',
  `ts_unitprice` DOUBLE COMMENT 'unitprice',
  `cat_id` INTEGER DEFAULT 0 COMMENT 'category',
  `ts_owner` INTEGER NOT NULL COMMENT 'owner of the timesheet',
  `ts_modified` BIGINT NOT NULL COMMENT 'date modified ot the timesheet',
  `ts_modifier` INTEGER NOT NULL COMMENT 'account id of the last modifier',
  `pl_id` INTEGER DEFAULT 0 COMMENT 'id of the linked project',
  `ts_status` INTEGER COMMENT 'status of the timesheet-entry',
  `ts_created` BIGINT NOT NULL COMMENT 'Creation date of the timesheet',
  `ts_paused` INTEGER DEFAULT 0 COMMENT 'pause time(s) of the timesheet-entry',
  `ts_readable` VARCHAR(255) CHARACTER SET ascii COMMENT 'additional users and groups, beyond ACL',
  PRIMARY KEY (`ts_id`)
) DEFAULT CHARSET=utf8;

-- egw_timesheet_extra (timesheet/setup/tables_current.inc.php)
CREATE TABLE `egw_timesheet_extra` (
  `ts_id` INTEGER NOT NULL,
  `ts_extra_name` VARCHAR(64) NOT NULL,
  `ts_extra_value` VARCHAR(16384) NOT NULL DEFAULT '',
  PRIMARY KEY (`ts_id`, `ts_extra_name`)
) DEFAULT CHARSET=utf8;

-- egw_notificationpopup (notifications/setup/tables_current.inc.php)
CREATE TABLE `egw_notificationpopup` (
  `notify_id` INTEGER NOT NULL AUTO_INCREMENT COMMENT 'primary key',
  `account_id` INTEGER NOT NULL COMMENT 'user to notify',
  `notify_message` LONGTEXT COMMENT 'notification message',
  `notify_created` DATETIME DEFAULT CURRENT_TIMESTAMP COMMENT 'creation time of notification',
  `notify_type` VARCHAR(32) CHARACTER SET ascii COMMENT 'notification type',
  `notify_status` VARCHAR(32) COMMENT 'notification status',
  `notify_data` VARCHAR(4096) COMMENT 'notification data',
  `notify_app` VARCHAR(16) CHARACTER SET ascii COMMENT 'appname',
  `notify_app_id` VARCHAR(64) CHARACTER SET ascii COMMENT 'application id',
  PRIMARY KEY (`notify_id`)
) DEFAULT CHARSET=utf8;

-- egw_importexport_definitions (importexport/setup/tables_current.inc.php)
CREATE TABLE `egw_importexport_definitions` (
  `definition_id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `application` VARCHAR(50),
  `plugin` VARCHAR(100),
  `type` VARCHAR(20),
  `allowed_users` VARCHAR(255),
  `plugin_options` LONGTEXT,
  `owner` INTEGER,
  `description` VARCHAR(255),
  `modified` DATETIME,
  `filter` LONGTEXT,
  PRIMARY KEY (`definition_id`),
  UNIQUE (`name`)
) DEFAULT CHARSET=utf8;

-- egw_resources (resources/setup/tables_current.inc.php)
CREATE TABLE `egw_resources` (
  `res_id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100),
  `short_description` VARCHAR(100),
  `cat_id` INTEGER NOT NULL,
  `quantity` INTEGER DEFAULT 1,
  `useable` INTEGER DEFAULT 1,
  `location` VARCHAR(100),
  `bookable` VARCHAR(1),
  `buyable` VARCHAR(1),
  `prize` VARCHAR(200),
  `long_description` LONGTEXT,
  `picture_src` VARCHAR(20),
  `accessory_of` INTEGER DEFAULT -1,
  `storage_info` VARCHAR(200),
  `inventory_number` VARCHAR(20),
  `deleted` BIGINT,
  `res_creator` INTEGER,
  `res_created` BIGINT,
  `res_modifier` INTEGER,
  `res_modified` BIGINT,
  PRIMARY KEY (`res_id`)
) DEFAULT CHARSET=utf8;


-- OpenEMM (AGNITAS AG), github.com/agnitas-org/openemm, commit e19fe497d159c952491107966cf2fd01f5bebf5b (AGPL-3.0).
-- From frontend/sql/mariadb/emm-mariadb-fulldb-basic.sql (db version 25.10.428) + emm-mariadb-update-26.01.263-basic.sql (rdir_url_tbl.emm_trigger).
-- A subset of 42 tables; secondary indexes left out; foreign keys (upstream ALTER TABLE ... ADD CONSTRAINT) folded in where both tables are kept.

CREATE TABLE company_tbl (
	rdir_domain                VARCHAR(100) COMMENT 'default rdir-domain',
	company_id                 INT(11) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'unique ID (PK)',
	shortname                  VARCHAR(30) DEFAULT '' COMMENT '[private_data] tenant name',
	description                VARCHAR(300) DEFAULT '' COMMENT '[private_data] comment on entry',
	status                     VARCHAR(20) COMMENT'pls use active / deleted / todelete or inactive for temp. deactivation',
	mailtracking               INT(11) DEFAULT 0 COMMENT '1 = mailtrack_<company_id>_tbl will be filled, 0 if not',
	creator_company_id         INT(11) DEFAULT 1 COMMENT 'ID of master - company, needed for administration sub-companies via EMM',
	mailerset                  INT(11) DEFAULT 0 COMMENT 'default mailerset - id, references serverset_tbl, 0 = not specified',
	customer_type              VARCHAR(50) NOT NULL DEFAULT 'UNKNOWN' COMMENT 'legacy, PROJ-711',
	pricing_id                 INT(11) COMMENT 'legacy, PROJ-711',
	send_immediately           INT(11) DEFAULT 0 COMMENT 'if set to a value != 0 then sending out of mailings starts immediately during generating and not when the mail generation is finished',
	offpeak                    INT(11) DEFAULT 0 COMMENT 'legacy, PROJ-711',
	notification_email         VARCHAR(100) COMMENT '[private_data] mailadress set to get system-notifications from EMM',
	mailloop_domain            VARCHAR(200)COMMENT 'This is the default domain used to build dynamic filter (mailloop) addresses; it is also used for display these addresses in the GUI',
	stat_admin                 INT(11) COMMENT 'ID of executive admin for company',
	creation_date              TIMESTAMP NULL COMMENT 'entry creation date',
	timestamp                  TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'entry last change',
	sector                     INT(11) COMMENT 'benchmark - statistics: 0, NONE, 1, AGENCIES, 2, COMMUNITIES, 3, TOURISM, 4, FINANCE, 5, IT, 6, RETAIL, 7, MANUFACTURING_INDUSTRY, 8, CONSUMER_GOODS, 9, PUBLISHER, 10, NON_PROFIT, 11, EDUCATION',
	business_field             INT(11) COMMENT 'benchmark - statistics: 0, NONE, 1, B2B, 2, B2C',
	secret_key                 VARCHAR(32) COMMENT 'the secret key for generating agnUIDs',
	mails_per_day              VARCHAR(500) COMMENT 'If not NULL, this is an expression to describe the limit of how many mails one recipient of this company may receive per day',
	uid_version                INT(2) COMMENT 'defines what UID - version at least has to be used: 0=old UID, 1=XUID (actual one)',
	max_recipients             INT(11) DEFAULT 0 COMMENT '?, DEFAULT 0',
	salutation_extended        INT(11) DEFAULT 0 COMMENT 'enables gender 3-6 in title_gender_tbl, DEFAULT 0',
	enabled_uid_version        INT(11) NOT NULL COMMENT 'currently active agnUID version for this company',
	parent_company_id          INT(11) COMMENT 'Parent companyid for master/sub client constructs',
	auto_mailing_report_active INT(11) DEFAULT 0 COMMENT 'Automatically send a report-mail for sent mailings after 24h, 48h and 1 week, DEFAULT 0',
	auto_deeptracking          INT(1) DEFAULT 0 COMMENT 'defines if all links should be extended for deeptracking automatically, 0 = false, 1 = true, DEFAULT 0',
	default_datasource_id      INT(7) COMMENT 'default datasource, would be set, if no explizit datasource_ID is given. references datasource_description_tbl',
	priority_count             INTEGER COMMENT 'max number of mails a recipient may receive per day for mailings with priority',
	contact_tech               VARCHAR(400) COMMENT 'Emails list separated by [,; ] for technical contact',
	company_token              VARCHAR(64) COMMENT 'Company token',
    system_msg_email           VARCHAR(400) COMMENT 'Emails list separated by `,` for system messages',
	PRIMARY KEY (company_id)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT '[private_data] stores tenant data and partly tenant settings';

CREATE TABLE dyn_target_tbl (
	target_id                  INT(10) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	company_id                 INT(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'tenant - ID (company_tbl)',
	mailinglist_id             INT(10) UNSIGNED DEFAULT 0 COMMENT 'related mailinglist, references mailinglist_tbl',
	target_shortname           VARCHAR(100) NOT NULL DEFAULT '' COMMENT 'targetgroup name',
	target_sql                 TEXT COMMENT 'sql - representation of targetgroup definition',
	target_description         TEXT COMMENT 'comment on targetgroup',
	deleted                    INT(1) NOT NULL DEFAULT 0 COMMENT '1 = targetgroup is deleted',
	change_date                TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'targetgroup last change',
	creation_date              TIMESTAMP NULL COMMENT 'targetgroup creation date',
	admin_test_delivery        INT(11) NOT NULL DEFAULT 0 COMMENT '1 = targetgroup is used for test and / or admin delivery',
	locked                     INT(1) DEFAULT 0 COMMENT '1 = any changes only via DB possible',
	component_hide             INT(1) DEFAULT 0 COMMENT '1 = target group cant be used for components',
	eql                        LONGTEXT COMMENT 'eql - representation of targetgroup definition',
	invalid                    INTEGER COMMENT '1=invalid target_group (might e.g. happen while switching between definition modes in EMM in older versions)',
	hidden                     INTEGER COMMENT '1 for hidden target groups like listsplit-definitions',
	complexity                 INT DEFAULT NULL COMMENT 'Complexity of target group',
	favorite                   INT(1) DEFAULT 0 COMMENT 'whether or not is target group in favourites, 1 = yes, 0 = no',
	PRIMARY KEY (target_id)
) ENGINE=InnoDB AUTO_INCREMENT=37 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores target group information';

CREATE TABLE admin_tbl (
	admin_id                   INT(11) NOT NULL AUTO_INCREMENT COMMENT 'unique ID (PK)',
	username                   VARCHAR(100) NOT NULL DEFAULT '' COMMENT '[private_data] EMM-Login',
	company_id                 INT(11) UNSIGNED DEFAULT 0 COMMENT 'tenant - ID (company_tbl)',
	fullname                   VARCHAR(100) DEFAULT '' COMMENT '[private_data] Name of the EMM-User, shown in GUI',
	admin_country              VARCHAR(10) DEFAULT 'de' COMMENT 'home country of the administrator according to domain notation',
	admin_lang                 VARCHAR(10) DEFAULT 'DE' COMMENT 'language of the admin',
	admin_lang_variant         VARCHAR(10) DEFAULT '' COMMENT 'additional information on the language setting',
	admin_timezone             VARCHAR(50) DEFAULT 'Europe/Berlin' COMMENT 'timezone, used for any date / timebased actions to bring in line with users local time',
	pwdchange_date             TIMESTAMP NULL COMMENT 'last password - change to check for expired passwords',
	default_import_profile_id  INT(11) DEFAULT 0 COMMENT 'Preference setting which import profile to be used by default',
	creation_date              TIMESTAMP NULL COMMENT 'user created',
	timestamp                  TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'user last changed',
	stat_email                 VARCHAR(200) COMMENT '[private_data] used for reports like ADV - Report, deledt mails report',
	layout_base_id             INT(11) DEFAULT 0 COMMENT 'Used for layout configuration in whitelabel applications',
	company_name               VARCHAR(100) COMMENT '[private_data] EMM-tenant name, shown in GUI',
	email                      VARCHAR(200) COMMENT 'Email of this admin',
	secure_password_hash       VARCHAR(200) COMMENT 'Secured hash of admins password',
	firstname                  VARCHAR(100) DEFAULT '' COMMENT 'Admins firstname',
	gender                     INT DEFAULT 2 COMMENT 'Admins gender (0=male, 1=female, 0=unknown)',
	title                      VARCHAR(300) COMMENT 'Admins optional title',
	news_date                  TIMESTAMP NULL COMMENT 'Date of last news entry shown to admin',
	message_date               TIMESTAMP NULL COMMENT 'Date of last message entry shown to admin',
	phone_number               VARCHAR(100) COMMENT 'Phone number of admin in case for any queries',
	limiting_target_id         INT(11) UNSIGNED DEFAULT NULL COMMENT 'Id of access limiting target group.',
	last_login_date            TIMESTAMP NULL COMMENT 'Timestamp of last successful login',
	restful                    INTEGER NOT NULL DEFAULT 0 COMMENT 'User may utilize the restful webservices',
	employee_id                VARCHAR(100) COMMENT 'Tennant specific employee id',
	totp_secret                VARCHAR(100) NULL COMMENT 'Shared secret for TOTP',
	dashboard_layout           VARCHAR(1000) COMMENT 'Stores dashboard layout settings in JSON that contains info about grid size, selected tiles and their position inside the grid',
	password_reminder          INTEGER DEFAULT NULL COMMENT '0 - not required, 1 - required, 2 - sent',
    layout_type                INT(1) DEFAULT 0 COMMENT 'Defines UI layout mode. 0 - standard, 1 - left-handed',
    PRIMARY KEY (admin_id),
	UNIQUE KEY username (username),
	UNIQUE KEY admin_tbl$username$uq (username),
	FOREIGN KEY (limiting_target_id) REFERENCES dyn_target_tbl (target_id),
	FOREIGN KEY (company_id) REFERENCES company_tbl (company_id)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT '[private_data] stores EMM-Users';

CREATE TABLE admin_group_tbl (
	admin_group_id             INT(11) NOT NULL AUTO_INCREMENT COMMENT 'unique group ID',
	company_id                 INT(11) DEFAULT 0 COMMENT 'tenant - use company_ID 1 for generic groups',
	shortname                  VARCHAR(100) DEFAULT '' COMMENT 'name of the admin groups',
	description                VARCHAR(1000) DEFAULT '' COMMENT 'description of the admin groups',
	deleted                    INT(1) NOT NULL DEFAULT 0 COMMENT 'deleted? 0 = no, 1 = yes',
	change_date                TIMESTAMP DEFAULT CURRENT_TIMESTAMP COMMENT 'group last change date',
	PRIMARY KEY (admin_group_id)
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores groups for users to handle permissions easier';

CREATE TABLE admin_to_group_tbl (
	admin_id                   INT(11) NOT NULL COMMENT 'Reference id to admin_tbl',
	admin_group_id             INT(11) NOT NULL COMMENT 'Reference id to admin_group_tbl',
	FOREIGN KEY (admin_id) REFERENCES admin_tbl (admin_id) ON DELETE CASCADE,
	FOREIGN KEY (admin_group_id) REFERENCES admin_group_tbl (admin_group_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'Stores group references of admins';

CREATE TABLE admin_permission_tbl (
	admin_id                   INT(11) DEFAULT 0 COMMENT 'references to admin_tbl (FK, on delete cascade)',
	permission_name            VARCHAR(40) COMMENT 'name of the permission granted by this entry',
	FOREIGN KEY (admin_id) REFERENCES admin_tbl (admin_id) ON DELETE CASCADE,
	UNIQUE (admin_id, permission_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'assign permissions to users';

CREATE TABLE admin_password_reset_tbl (
	admin_id                   INTEGER NOT NULL COMMENT 'references EMM-User (admin_tbl)',
	time                       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'last pwsd - change',
	valid_until                TIMESTAMP NULL COMMENT 'pswd expire date',
	ip_address                 VARCHAR(50) NOT NULL COMMENT '[secret_data] address calling last change',
	token_hash                 VARCHAR(64) NOT NULL COMMENT 'hashed pswd - token',
	error_count                INTEGER NOT NULL COMMENT 'fail counter'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores information about password changes and - expire dates';

CREATE TABLE admin_pref_tbl (
	admin_id                   INT(11) DEFAULT 0 COMMENT 'references EMM-User (admin_tbl)',
	pref                       VARCHAR(40) NOT NULL COMMENT 'parameter - name, e.g. listsize',
	val                        VARCHAR(5) DEFAULT '0' COMMENT 'parameter - value, e.g. 50'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'allows to store settings for EMM users such as listsize or startpage';

CREATE TABLE login_track_tbl (
	login_track_id             INT(11) NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	ip_address                 VARCHAR(50) COMMENT '[secret_data] address where login-request came from',
	creation_date              TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'login-request timestamp',
	login_status               INT(11) COMMENT '10 = successful, 20 = failed, 30 = unlock blocked IP, 40 = successful but while IP is locked',
	username                   VARCHAR(200) COMMENT '[secret_data] emm-user name used in request',
	PRIMARY KEY (login_track_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT '[secret_data] any login-request, successful or not, is stored here (for a certain time)';

CREATE TABLE userlog_tbl (
    company_id INTEGER DEFAULT 0 COMMENT 'Stores the company identifier (company_tbl)',
	logtime                    TIMESTAMP NOT NULL COMMENT 'action - time',
	username                   VARCHAR(200) COMMENT 'EMM - User',
	action                     VARCHAR(100) COMMENT 'name of this action',
	description                VARCHAR(4000) COMMENT 'additional information',
	supervisor_name            VARCHAR(100) COMMENT 'if this was a supervisor access it is stored here'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores log of actions an EMM - user had been done via EMM GUI, auto- cleaned up after 180d';

CREATE TABLE datasource_description_tbl (
	datasource_id              INT(11) NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	description                VARCHAR(500) NOT NULL DEFAULT '' COMMENT 'data source description',
	company_id                 INT(11) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'tenant - ID (company_tbl), use 0 for global sources',
	sourcegroup_id             INT(11) UNSIGNED DEFAULT 0 COMMENT 'source-group (references source_group_tbl)',
	timestamp                  TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'source creation / registration date',
	url                        VARCHAR(500) DEFAULT '' COMMENT 'URL e.g. for subscribe forms',
	desc2                      VARCHAR(500) DEFAULT '' COMMENT 'secondary description',
	PRIMARY KEY (datasource_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'defines a source for new recipients / recipient updates, FK to company_tbl dropped in order to allow global settings';

CREATE TABLE webservice_user_tbl (
	username                   VARCHAR(200) NOT NULL COMMENT '(unique) username',
	company_id                 INT(11) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'tenant - ID (company_tbl)',
	default_data_source_id     INT(10) NOT NULL COMMENT 'created (datasource_ID) or updated (latest_datasource_ID) recipients are marked by this ID if no other datasource_ID is given',
	req_rate_limit             DECIMAL(5, 2) COMMENT 'Limit for requests over time',
	bulk_size_limit            INT(10) DEFAULT 1000 NOT NULL COMMENT 'possibilty to set limit for bulk updates',
	password_encrypted         VARCHAR(256) COMMENT 'authentification password (encrypted)',
	max_result_list_size       INT(10) DEFAULT 0 NOT NULL COMMENT 'possibilty to set limit for requested list length',
	active                     INT(1) UNSIGNED COMMENT '1 = yes',
	contact_email              VARCHAR(400) COMMENT 'Email for contact',
	api_call_limits            VARCHAR(100) COMMENT 'API call limits (Format: <amount>"/"<duration>)',
	last_login_date            TIMESTAMP NULL COMMENT 'Timestamp of last login',
	FOREIGN KEY (company_id) REFERENCES company_tbl (company_id),
	FOREIGN KEY (default_data_source_id) REFERENCES datasource_description_tbl (datasource_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores webservice (2.0) - user';

CREATE TABLE ws_login_track_tbl (
	login_track_id             BIGINT NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	ip_address                 VARCHAR(50) DEFAULT NULL COMMENT '[secret_data] address where login-request came from',
	creation_date              TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'login-request timestamp',
	login_status               INT(11) DEFAULT NULL COMMENT '10 = successful, 20 = failed, 30 = unlock blocked IP, 40 = successful but while IP is locked',
	username                   VARCHAR(50) DEFAULT NULL COMMENT '[secret_data] WS-user name used in request',
	PRIMARY KEY (login_track_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT '[secret_data] any WS-login-request, successful or not, is stored here (for a certain time)';

CREATE TABLE customer_field_tbl (
	admin_id                   INT(11) COMMENT 'referes to EMM-User (admin_tbl)',
	col_name                   VARCHAR(50) COMMENT 'Name of related DataBaseColumn, unique per tenant',
	shortname                  VARCHAR(200) COMMENT 'field name shown in EMM',
	description                VARCHAR(500) COMMENT 'description for this field',
	mode_edit                  INT(11) COMMENT '1 = readonly, 2 = hidden, 0 = no restriction',
	company_id                 INT(11) COMMENT 'tenant - ID (company_tbl)',
	field_sort                 INT(11) NOT NULL DEFAULT 0 COMMENT 'sorting order in EMM (if applicable: in group)',
	line                       INT(11) COMMENT '1=horizontal ruler after this field in EMM - Layout',
	isinterest                 INT(11) DEFAULT 0 COMMENT 'defines interest to order blocks in mailing - dyn_name_tbl.INTEREST_GROUP',
	creation_date              TIMESTAMP NULL COMMENT 'setting creation',
	change_date                TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'setting last change',
	historize                  INTEGER(1) COMMENT '1 = history of any changes in this field would be logged (in hst_customer_xxx_tbl) if profile-field-history is active)',
	allowed_values             TEXT COMMENT 'Optional restricting set of values allowed for this field',
	PRIMARY KEY (company_id, col_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'configure individual layout for recipient profile fields per EMM - user';

CREATE TABLE title_tbl (
	title_id                   INT(11) NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	company_id                 INT(11) NOT NULL DEFAULT 0 COMMENT 'tenant - ID (company_tbl)',
	description                VARCHAR(1000) NOT NULL DEFAULT '' COMMENT 'comment on title',
	PRIMARY KEY (title_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'types for agnTITLE - tags which might be used in mailings';

CREATE TABLE title_gender_tbl (
	title_id                   INTEGER UNSIGNED NOT NULL DEFAULT 0 COMMENT 'title-type (references title_tbl.title_id)',
	gender                     INT(11) NOT NULL DEFAULT 0 COMMENT 'gender as used in customer_xxx_tbl: 0-male, 1-female, 2-unknown, 5-company',
	title                      VARCHAR(150) NOT NULL DEFAULT '' COMMENT 'title value for this specific type and gender',
	PRIMARY KEY (title_id, gender)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores specific title values per (company and) title-type and gender';

CREATE TABLE customer_1_tbl (
	customer_id                INTEGER UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'unique ID (PK)',
	email                      VARCHAR(100) NOT NULL COMMENT 'recipients email',
	firstname                  VARCHAR(100) COMMENT 'recipients first name',
	lastname                   VARCHAR(100) COMMENT 'recipients last name',
	gender                     INT(11) NOT NULL DEFAULT 2 COMMENT '0-male, 1-female, 2-unknown, 3=female2, 4=praxis, 5-company',
	mailtype                   INT(11) NOT NULL DEFAULT 0 COMMENT '0-text, 1-html, 2-offline-html',
	title                      VARCHAR(100) COMMENT 'title of the receiver',
	bounceload                 INT(11) NOT NULL DEFAULT 0 COMMENT 'Special value. See AGNEMM-1817, AGNEMM-1924 and AGNEMM-1925',
	datasource_id              INT(11) DEFAULT 0 COMMENT 'references datasource_description_tbl.datasource_id - marks the origin of any reciepient, should be filled always!',
	timestamp                  TIMESTAMP NULL COMMENT 'entry last change, default: sysdate',
	creation_date              TIMESTAMP NULL COMMENT 'entry creation date, default: sysdate',
	lastopen_date              TIMESTAMP NULL COMMENT 'last registered opening of this recipient, daily filled / updated by job-queue-based job',
	lastclick_date             TIMESTAMP NULL COMMENT 'last registered click of this recipient, daily filled / updated by job-queue-based job',
	latest_datasource_id       INT(11) COMMENT 'latest souce of changes on recipient data, should be filled always!',
	lastsend_date              TIMESTAMP NULL COMMENT 'latest mailing sent to this recipient, filled / updated during mail-sending',
	sys_tracking_veto          INTEGER(1) COMMENT 'DSGVO tracking veto',
	cleaned_date               TIMESTAMP NULL COMMENT 'latest date, when field content of recipients (without active binding) were emptied',
	sys_encrypted_sending      INT(1) DEFAULT 1,
	PRIMARY KEY (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT '[private_data] stores recipient data, only default columns documented more might be created by EMM-users';

CREATE TABLE mailinglist_tbl (
	mailinglist_id             INT(10) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	company_id                 INT(10) UNSIGNED COMMENT 'tenant - ID (company_tbl)',
	description                TEXT COMMENT 'comment on mailinglist',
	shortname                  VARCHAR(100) NOT NULL DEFAULT '' COMMENT 'mailinglist name',
	auto_url                   VARCHAR(200) COMMENT 'legacy',
	remove_data                INT(10) DEFAULT 0 COMMENT 'legacy?',
	rdir_domain                VARCHAR(200) COMMENT '(default) ridir domain for this mailinglist, overwrites company_id.rdir_domain, if NOT NULL',
	creation_date              TIMESTAMP NULL COMMENT 'mailinglist creation date',
	change_date                TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP COMMENT 'mailinglist last change',
	deleted                    INT(1) NOT NULL DEFAULT 0 COMMENT '1=yes',
	binding_clean              INT(1) DEFAULT 0 COMMENT 'Flag for nightly cleaning of bindings 1=on, 0=off',
	freq_counter_enabled       INTEGER(1) COMMENT 'Frequency counting is enabled for this mailinglist',
	sender_email               VARCHAR(200) COMMENT 'Email of sender',
	reply_email                VARCHAR(200) COMMENT 'Email for reply',
	PRIMARY KEY (mailinglist_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores mailinglists';

CREATE TABLE customer_1_binding_tbl (
	customer_id                INTEGER UNSIGNED NOT NULL DEFAULT 0 COMMENT 'reciepientID - references customer_1_tbl',
	mailinglist_id             INT(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'mailinglistID - references mailinglist_tbl',
	user_type                  CHAR(1) COLLATE utf8mb4_bin COMMENT 'reciepient type: W = world-rec. A = Admin-rec, T = Test-rec., w = VIP(!) - world-rec, t = VIP(!) tester-rec, E = deprecated/do not use',
	user_status                INT(10) NOT NULL COMMENT 'current state: 1 = active, 2 = bounced, 3 = opt out by admin, 4 = opt out by user, 5 = DOI waiting for confirm, 6 = blacklisted, 7 / 0 = Suspend - customer specific  cases only',
	user_remark                VARCHAR(150) COMMENT 'comment on last state - change',
	timestamp                  TIMESTAMP NULL COMMENT 'timestamp of last state - change',
	exit_mailing_id            INT(10) UNSIGNED COMMENT 'mailingID causing state-change to bounce or opt-out',
	creation_date              TIMESTAMP NULL COMMENT 'binding creation date',
	mediatype                  INT(10) UNSIGNED DEFAULT 0 COMMENT 'mediatype: 0 = Email, 1 = Fax, 2 = Print, 3 = MMS, 4 = SMS',
	referrer                   VARCHAR(4000) COMMENT 'Http referrer header value if set in subscription request',
	entry_mailing_id           INT(10) UNSIGNED COMMENT 'MailingID of subscription',
	UNIQUE KEY cust_1_bind_un (customer_id, mailinglist_id, mediatype),
	FOREIGN KEY (customer_id) REFERENCES customer_1_tbl (customer_id),
	FOREIGN KEY (mailinglist_id) REFERENCES mailinglist_tbl (mailinglist_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'n:m releation between reciepients and mailinglists';

CREATE TABLE hst_customer_1_binding_tbl (
	customer_id                INTEGER UNSIGNED COMMENT 'reciepientID - references customer_1_tbl',
	mailinglist_id             INT COMMENT 'mailinglistID - references mailinglist_tbl',
	user_type                  CHAR(1) COLLATE utf8mb4_bin COMMENT 'reciepient type: W = world-rec. A = Admin-rec, T = Test-rec., w = VIP(!) - world-rec, a = VIP (!) admin-rec',
	user_status                INT COMMENT 'current state: 1 = active, 2 = bounced, 3 = opt out by admin, 4 = opt out by user, 5 = DOI waiting for confirm, 6 = blacklisted, 7 / 0 = Suspend - customer specific  cases only',
	user_remark                VARCHAR(150) COMMENT 'comment on last state - change',
	timestamp                  TIMESTAMP NULL COMMENT 'timestamp of last state - change',
	creation_date              TIMESTAMP NULL COMMENT 'binding creation date',
	exit_mailing_id            INT COMMENT 'mailingID causing state-change to bounce or opt-out',
	mediatype                  INT COMMENT 'mediatype: 0 = Email, 1 = Fax, 2 = Print, 3 = MMS, 4 = SMS',
	change_type                INT COMMENT '0 = deleted, 1 = updated',
	timestamp_change           TIMESTAMP DEFAULT CURRENT_TIMESTAMP COMMENT 'timestamp of update / delete that is overwriting deleting this dataset',
	client_info                VARCHAR(150) COMMENT 'client who made this changes, e.g. console (frontend)',
	email                      VARCHAR(100) COMMENT '[private_data] recipients email in order to trace deleted recipients',
	referrer                   VARCHAR(4000) COMMENT 'Http referrer header value if set in subscription request',
	entry_mailing_id           INT(10) UNSIGNED COMMENT 'MailingID of subscription',
	PRIMARY KEY (customer_id, mailinglist_id, mediatype, timestamp_change)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT '[private_data] stores history for recipient - mailinglist - relation, any values are stored as a copy of values BEFORE latest change';

CREATE TABLE cust1_ban_tbl (
	email                      VARCHAR(150) COLLATE utf8mb4_bin NOT NULL COMMENT '[secret_data] blacklisted address or (while using wildcards) domain / pattern',
	timestamp                  TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'blacklisting timestamp',
	reason                     VARCHAR(500) COMMENT 'Reason for blacklisting',
	PRIMARY KEY (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT '[secret_data] stores tenant - blacklist';

CREATE TABLE pending_email_change_tbl (
	company_ref                INT(11) NOT NULL COMMENT 'References company',
	customer_ref               INT(11) NOT NULL COMMENT 'References customer',
	new_email_address          VARCHAR(100) NOT NULL COMMENT 'New (unconfirmed) email address',
	confirmation_code          VARCHAR(100) NOT NULL COMMENT 'Random code required for confirmation',
	creation_date              TIMESTAMP NOT NULL COMMENT 'Creation date of record'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'List of unconfirmed email address changes';

CREATE TABLE test_recipients_tbl (
	maildrop_status_id         INT(11) NOT NULL COMMENT 'Reference to maildrop_status_tbl.status_id',
	customer_id                INTEGER UNSIGNED NOT NULL COMMENT 'Reference to customer_xx_tbl.customer_id',
	PRIMARY KEY (maildrop_status_id, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'If maildrop_status_tbl.selected_test_recipients=1, then the recipients for this test run are taken from this table';

CREATE TABLE campaign_tbl (
	campaign_id                INT(11) NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	company_id                 INT(11) NOT NULL DEFAULT 0 COMMENT 'tenant - ID (company_tbl)',
	shortname                  VARCHAR(100) DEFAULT '' COMMENT 'archive - name',
	description                VARCHAR(1000) DEFAULT '' COMMENT 'comment on entry',
	creation_date              TIMESTAMP NULL COMMENT 'entry creation date',
	change_date                TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'entry last change',
	PRIMARY KEY (campaign_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'Table for archives, used like a folder to group mailings';

CREATE TABLE mailing_tbl (
	archived                   INT(11) UNSIGNED DEFAULT 0 COMMENT '1 = yes, mailing in online - archive',
	is_template                INT(10) UNSIGNED DEFAULT 0 COMMENT '1 = this is a template, 0 = this is a mailing',
	target_expression          VARCHAR(1000) COMMENT '(combination of) Target-ID(s)',
	split_id                   INT(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'listsplit - TargetID',
	needs_target               INT(1) UNSIGNED DEFAULT 0 COMMENT '1 = targetgroup is mandatory',
	mailing_id                 INT(10) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	mailtemplate_id            INT(10) UNSIGNED DEFAULT 0 COMMENT 'template used for mailing creation (parent reference)',
	mailinglist_id             INT(10) UNSIGNED DEFAULT 0 COMMENT 'references mailinglist (mailinglist_tbl)',
	description                TEXT COMMENT 'comment on mailing',
	shortname                  VARCHAR(200) DEFAULT '' COMMENT 'mailing name',
	company_id                 INT(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'tenant - ID (company_tbl)',
	auto_url                   VARCHAR(200) COMMENT 'basic link URL (from mailinglist-settings)',
	mailing_type               INT(10) UNSIGNED DEFAULT 0 COMMENT '0=world-mailing, 1=event-based, 3=rule-based, 4=follow up',
	action_id                  INT(10) UNSIGNED DEFAULT 0 COMMENT 'legacy PROJ-711',
	deleted                    INT(1) NOT NULL DEFAULT 0 COMMENT '1=yes, not shown in EMM, 0=no, 2=mailing data deleted, not shown in EMM',
	campaign_id                INT(11) UNSIGNED DEFAULT 0 COMMENT 'Archive this mailing belongs to',
	test_lock                  INT(11) UNSIGNED DEFAULT 0 COMMENT 'locked during test-sending in order to avoid cascade-effects.  Used also for approval feature (0: approved, 1: not approved)',
	work_status                VARCHAR(80) COMMENT 'e.g.: mailing.status.scheduled, mailing.status.new, mailing.status.sent (not considered by backend)',
	statmail_recp              VARCHAR(512) COMMENT 'recipient-address for mailing statistics',
	unique_link_count          INT(11) UNSIGNED DEFAULT 0 COMMENT 'number of unique links used in mailing',
	creation_date              TIMESTAMP NULL COMMENT 'mailing creation date',
	change_date                TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'mailing last change',
	cms_has_classic_content    INT(1) DEFAULT 0 COMMENT 'compatibility mode',
	dynamic_template           INT(11) COMMENT '1 = yes(for templates: modifications of this template will be published to mailings, for mailings: published template modifications will be adapted), 0/NULL = no/off',
	openaction_id              INT(11) DEFAULT 0 COMMENT 'references action to execute if mailing is opened, e.g. to count up a recipient profile field (interest counter)',
	clickaction_id             INT(11) DEFAULT 0 COMMENT 'references action to execute if mailing is clicked',
	delivered                  INT(11) DEFAULT 0 COMMENT 'number of sent mailings, aviable after sending',
	plan_date                  TIMESTAMP NULL COMMENT 'send date (for later sendings)',
	priority                   INTEGER COMMENT 'priority for a template, 0/NULL no priority set, otherwise the higher the number, the higher is the priority',
	content_type               VARCHAR(20) COMMENT 'Content type description for this mailing. Allowed values transaction or advertising',
	is_text_version_required   INTEGER DEFAULT 1 NOT NULL COMMENT 'If set to 1, mailing must have a text version (otherwise it cannot be sent, see GWUA-3991)',
	is_prioritization_allowed  INTEGER DEFAULT 1 NOT NULL COMMENT 'If set to 1, then prioritization for this mailing will be applied see mailing priority for more details',
	statmail_onerroronly       INTEGER COMMENT 'If true(1), the report email on delivery statistics is only sent in erroneous cases',
	locking_admin_id           INT(11) DEFAULT NULL COMMENT 'if set: references EMM-User (admin_tbl) that was the last one who acquired the locking',
	locking_expire_timestamp   TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'if set: the timestamp when a locking is not valid anymore',
	freq_counter_disabled      INTEGER(1) COMMENT 'Disable frequency counting, if it is enabled for the assigned mailinglist',
	mailerset                  VARCHAR(100) COMMENT 'per mailing specific mailerset, if differs from default mailerset of company',
	is_grid                    INTEGER DEFAULT 0 COMMENT '0 = classic mailing, 1 = grid mailing',
	clearance_email            VARCHAR(500) COMMENT 'email address(es) to be informed if a rule based mailing exceeds clearance_threshold',
	clearance_threshold        INT(11) COMMENT 'threshold, when rulebased mailing exceeds this value an email is sent to clearance_email and the generated mails are not sent',
	send_date                  TIMESTAMP NULL COMMENT 'start timestamp of sending a world mailing',
	workflow_id                INTEGER DEFAULT 0,
	is_post                    INTEGER DEFAULT 0,
	PRIMARY KEY (mailing_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores mailing meta-data';

CREATE TABLE maildrop_status_tbl (
	gendate                    TIMESTAMP NULL COMMENT 'timestamp to start generation',
	genstatus                  INT(1) COMMENT '0=to be done, not started yet, 1=ready to start (generation starts with this value only), 2=generation in progress, 3=done, 4=problem was solved manually (genstatus of T- and W-mailings will be set from 0 to 1 by backend code, if gendate < CURRENT_TIMESTAMP)',
	genchange                  TIMESTAMP NULL COMMENT 'last change-timestamp for genstatus (used for monitoring issues)',
	blocksize                  INT(11) COMMENT 'max recipients per generated block',
	status_id                  INT(11) NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	company_id                 INT(11) NOT NULL DEFAULT 0 COMMENT 'tenant - ID (company_tbl)',
	status_field               VARCHAR(10) NOT NULL DEFAULT '' COMMENT 'A=Admin, T=Test, W= World, E=Event (action), R=Rule (date) (C, X - deprecated), V=Verification (inbox preview), P=Preview (webview)',
	mailing_id                 INT(11) NOT NULL DEFAULT 0 COMMENT 'references mailing (mailing_tbl)',
	senddate                   TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'timestamp to send out mailing',
	step                       INT(11) COMMENT 'timeintervall (in min) between sending 2 blocks',
	max_recipients             INT(11) COMMENT 'limit recipients to this value, if NOT NULL AND >0 during mail generation',
	admin_test_target_id       INT(11) COMMENT 'This is an optional reference to dyn_target_tbl.target_id for admin and test mailings to restrict the recipients',
	optimize_mail_generation   VARCHAR(32) COMMENT 'NULL=none, day=optimized for current day, 24h=optimized for next 24h',
	selected_test_recipients   INT(1) COMMENT 'If set to 1, then the recipients for a test mailing are selected from test_recipients_tbl',
	origin                     VARCHAR(64) COMMENT 'Hostname of service which created this entry',
	processed_by               VARCHAR(64) COMMENT 'Hostname of service which processed this entry',
	overwrite_test_recipient   INTEGER UNSIGNED COMMENT 'If selected_test_recipients is set and this value is larger than 0, this will be interpreted as the customer_id to sent all test mails to',
	PRIMARY KEY (status_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mailtrack_1_tbl (
	maildrop_status_id         INT(10) COMMENT 'references maildrop_status_tbl.status_id',
	customer_id                INTEGER UNSIGNED NOT NULL COMMENT 'references recipient (customer_xxx_tbl.customer_id)',
	timestamp                  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'sending timestamp',
	mailing_id                 INT(11),
	mediatype                  INT(10) UNSIGNED
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT '(automation-package) stores sended mailings per recipient, would be deleted after a period (see company_info_tbl), filled during mailGENERATION, so stopping a mailing later (while sending e.g.) has entries for all recipients anyway!';

CREATE TABLE success_1_tbl (
	customer_id                INTEGER UNSIGNED COMMENT 'Customer reference',
	mailing_id                 INT(11) COMMENT 'Mailing reference',
	timestamp                  TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Change date of this entry'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores successfully delivered mailings to any specified recipient, filled only if log-success param is set in company_info_tbl (per tenant or instance), storing period defined by company_tbl.EXPIRE_SUCCESS';

CREATE TABLE interval_track_1_tbl (
	customer_id                INTEGER UNSIGNED NOT NULL COMMENT 'Customer reference',
	mailing_id                 INT NOT NULL COMMENT 'Mailing reference',
	send_date                  TIMESTAMP NOT NULL COMMENT 'Send date of this interval mailing to a specific customer'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_agent_tbl (
	user_agent_id              INT(11) NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	user_agent                 VARCHAR(2000) NOT NULL COMMENT 'user-agent-string as given by client',
	req_counter                INT(11) COMMENT 'counts all registrations of this string',
	creation_date              TIMESTAMP NULL COMMENT 'entry creation date',
	change_date                TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'entry last change (esp. last count)',
	PRIMARY KEY (user_agent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores all client - information about clients used to open / click a mailing, evaluated regulary to keep RegEx for devices and device - classes up to date';

CREATE TABLE client_tbl (
	client_id                  INT(11) NOT NULL AUTO_INCREMENT COMMENT 'Unique client id for reference in onepixellog and rdirlog tables',
	client_order               INT(11) COMMENT 'Order of evaluation to allow generic clientd-patterns to be used after specific ones',
	description                VARCHAR(200) COMMENT 'Description text for client',
	regex                      VARCHAR(200) COMMENT 'Regular expression used for detection on UserAgent strings',
	PRIMARY KEY (client_id)
) ENGINE=InnoDB AUTO_INCREMENT=57 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'Detection data for email-clients and browsers used for link-clicks';

CREATE TABLE onepixellog_1_tbl (
	customer_id                INTEGER UNSIGNED NOT NULL COMMENT 'references recipient (customer_xxx_tbl.customer_id)',
	mailing_id                 INT(10) NOT NULL COMMENT 'references mailing (mailing_tbl.mailing_id)',
	company_id                 INT(10) NOT NULL COMMENT 'tenant - ID (company_tbl)',
	ip_adr                     VARCHAR(50) COMMENT 'IP where the opening came from',
	timestamp                  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '(last) open timestamp',
	open_count                 INT(10) COMMENT 'sum of all openings (per mailing, per recipient)',
	mobile_count               INT(11) COMMENT 'sum of all mobile openings (per mailing, per recipient)',
	first_open                 TIMESTAMP NULL COMMENT 'First time this customer opened the defined mailing',
	last_open                  TIMESTAMP NULL COMMENT 'Last time this customer opened the defined mailing'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores opening-data';

CREATE TABLE onepixellog_device_1_tbl (
	company_id                 INT(11) NOT NULL COMMENT 'tenant - ID (company_tbl)',
	mailing_id                 INT(11) NOT NULL COMMENT 'references mailing (mailing_tbl.mailing_id)',
	customer_id                INTEGER UNSIGNED NOT NULL COMMENT 'references recipient (customer_xxx_tbl.customer_id)',
	device_id                  INT(11) COMMENT 'specifies matched device (references device_tbl.device_id)',
	creation                   TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'opening timesstamp = entry creation date',
	device_class_id            INT(2) COMMENT 'specifies matched device-class: 1=DESKTOP, 2=MOBILE, 3=TABLET, 4=SMARTTV, references deviceclass_tbl.id',
	client_id                  INTEGER COMMENT 'Client id of client_tbl for the software which was used to open a mailing'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'one entry per registered opening, cleaned up regulary (default: 1000d)';

CREATE TABLE rdir_url_tbl (
	deep_tracking              INT(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '0=not active, 1=using Cookie, 2=using URL-parameter, 3=using Cookie AND URL-parameter',
	url_id                     INT(10) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	full_url                   TEXT NOT NULL COMMENT 'complete URL',
	mailing_id                 INT(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'references mailing (mailing_tbl.mailing_id)',
	company_id                 INT(10) UNSIGNED COMMENT 'tenant - ID (company_tbl)',
	`usage`                    INT(10) COMMENT '0=not measurable, 1=text-version only, 2=html-version only, 3=always',
	action_id                  INT(10) UNSIGNED COMMENT 'references action (executed on click) (rdir_action_tbl.action_id)',
	shortname                  VARCHAR(500) COMMENT 'url-name',
	alt_text                   VARCHAR(200) COMMENT 'shown alternative Text for a link in statistic',
	creation_date              TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'entry creation date',
	extend_url                 INT(10) NOT NULL DEFAULT 0 COMMENT 'additional parameters',
	admin_link                 INT(11) DEFAULT 0 COMMENT '0=no, 1=yes - set e.g. for fullview - links or other administrative links',
	from_mailing               INT(11) COMMENT 'If this is 1, then the URL had been added from the mailing content, otherwise a 3rd party process had added this and should not be removed',
	deleted                    INT(1) NOT NULL DEFAULT 0 COMMENT '0=no, 1=yes',
	original_url               VARCHAR(2000) COMMENT 'If the full_url has modified after sending the original URL is stored here for reference',
	static_value               INT(1) COMMENT 'If this value is 1 then the current value of referenced database columns are passed for redirect requests',
	measured_separately        INT(1) NOT NULL DEFAULT 0 COMMENT 'track link on every position mode activated 1=yes, 0=no',
	create_substitute_link     INTEGER(1) COMMENT '1 = create substitute link on link resolution (see LTS-376)',
	emm_trigger                INT(1) DEFAULT 0 COMMENT 'Flag indicating whether the link originates from a tag with the emm-trigger-name or emm-trigger-id attribute.',
	PRIMARY KEY (url_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores links in mailings';

CREATE TABLE rdirlog_1_tbl (
	customer_id                INTEGER UNSIGNED COMMENT 'references recipient (customer_xxx_tbl.customer_id)',
	url_id                     INT(10) COMMENT 'references url (rdir_url_tbl.url_id)',
	company_id                 INT(10) COMMENT 'tenant - ID (company_tbl)',
	timestamp                  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'click timestamp',
	ip_adr                     VARCHAR(50) COMMENT 'IP where the click came from',
	mailing_id                 INT(10) COMMENT'references mailing (mailing_tbl.mailing_id)',
	device_id                  INT(11) COMMENT 'references device (device_tbl.device_id)',
	device_class_id            INT(2) COMMENT '1=DESKTOP, 2=MOBILE, 3=TABLET, 4=SMARTTV',
	client_id                  INTEGER,
    position                   INT(11) COMMENT 'position of a link click if the link is more than once in the content'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores click-data';

CREATE TABLE bounce_tbl (
	dsn                        INT(10) COMMENT 'Code reported by mailsystem',
	bounce_id                  INT(10) NOT NULL AUTO_INCREMENT COMMENT 'legacy',
	company_id                 INT(10) COMMENT 'tenant - ID (company_tbl)',
	customer_id                INTEGER UNSIGNED COMMENT 'ID of the recipient',
	detail                     INT(10) COMMENT 'detail-code for bounce-reason',
	mailing_id                 INT(10) COMMENT 'ID of the Mailing',
	timestamp                  TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'bounce-timestamp',
	PRIMARY KEY (bounce_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'processing / handling bounces for all EMM-tenants';

CREATE TABLE softbounce_email_tbl (
	email                      VARCHAR(200) NOT NULL DEFAULT '' COMMENT '[secret_data] bounced address',
	bnccnt                     INT(11) NOT NULL DEFAULT 0 COMMENT 'softbounce - counter (per adress, per mailing)',
	mailing_id                 INT(11) NOT NULL DEFAULT 0 COMMENT 'references mailing (mailing_tbl.mailing_id)',
	creation_date              TIMESTAMP NULL COMMENT 'entry creation date',
	timestamp                  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'entry last change',
	company_id                 INT(11) NOT NULL DEFAULT 0 COMMENT 'tenant - ID (company_tbl)'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT '[secret_data] proccess-tbl for (soft-)bounce-handling';

CREATE TABLE mailloop_tbl (
	rid                        INT(10) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	company_id                 INT(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'tenant - ID (company_tbl)',
	forward                    VARCHAR(128) DEFAULT '' COMMENT '[private_data] EMailaddress where all not filtered mails would be forwarded',
	timestamp                  TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'entry last change',
	ar_enable                  INT(10) UNSIGNED DEFAULT 0 COMMENT 'autoresponder is active, if this value is <>0',
	forward_enable             INT(10) UNSIGNED DEFAULT 0 COMMENT 'forwarding is active, if this value is <>0',
	shortname                  VARCHAR(200) NOT NULL DEFAULT '' COMMENT 'entrys name',
	description                TEXT COMMENT 'entrys name' COMMENT 'comment on entry',
	filter_address             VARCHAR(128) DEFAULT '' COMMENT '[private_data] ',
	subscribe_enable           INT(1) UNSIGNED NOT NULL DEFAULT 0 COMMENT '1 = opt in by email is active',
	mailinglist_id             INT(11) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'mailinglistID used for opt in by email',
	form_id                    INT(11) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'form_ID (references user_form_tbl) used for double opt in, 0 = none',
	creation_date              TIMESTAMP NULL COMMENT 'entry creation date',
	spam_required              INT(11) COMMENT '1 = yes',
	spam_email                 VARCHAR(200) COMMENT '[private_data]',
	spam_forward               INT(11) COMMENT '1 = yes',
	autoresponder_mailing_id   INT(10) UNSIGNED COMMENT 'Mailing_ID (references mailing_tbl) used as autoresponder',
	security_token             VARCHAR(100) COMMENT '[secret_data]',
	PRIMARY KEY (rid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT '[private_data] stores Mailloop-data';

CREATE TABLE mailloop_log_tbl (
	mailloop_log_id	           INTEGER UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'unique key',
	rid		                   VARCHAR(32) COMMENT 'either an internal identifier or a numeric value >0 referencing mailloop_tbl.rid',
	timestamp	               TIMESTAMP COMMENT 'timestamp of occuring of this event',
	status		               INTEGER(1) UNSIGNED COMMENT '1=processing of incoming mail was successful, 0=failed',
	company_id	               INTEGER UNSIGNED COMMENT 'the company_tbl.company_id of the sender, if available',
	mailing_id	               INTEGER UNSIGNED COMMENT 'the mailing_tbl.mailing_id of the origin newsletter, if available',
	customer_id	               INTEGER UNSIGNED COMMENT 'the customer_<CID>_tbl.customer_id of the origin recipient of the newsletter, if available',
	action		               VARCHAR(32) COMMENT 'the resulting action after processing this incoming mail',
	remark		               VARCHAR(1000) COMMENT 'further information collected during processing',
	PRIMARY KEY (mailloop_log_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci COMMENT 'stores activity for each bounce filter';

CREATE TABLE userform_tbl (
	form_id                    INT(10) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	company_id                 INT(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'tenant - ID (company_tbl)',
	formname                   VARCHAR(50) NOT NULL DEFAULT '' COMMENT 'name of the form',
	description                TEXT NOT NULL COMMENT 'comment on form',
	startaction_id             INT(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'references action (rdir_action_tbl.action_id) to be executed on form start',
	endaction_id               INT(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'references action (rdir_action_tbl.action_id) to be executed on form end',
	success_template           LONGTEXT NOT NULL COMMENT 'script to execute or site to show on successful startaction execution (velocity)',
	error_template             LONGTEXT NOT NULL COMMENT 'script to execute or site to show on non-successful startaction execution (velocity)',
	creation_date              TIMESTAMP NULL COMMENT 'form creation date',
	success_url                VARCHAR(500) COMMENT 'URL called after successful form execution',
	error_url                  VARCHAR(500) COMMENT 'URL called after non-successful form execution',
	error_use_url              INT(1) DEFAULT 0 COMMENT '1=use error_url',
	success_use_url            INT(1) DEFAULT 0 COMMENT '1=use success_url',
	change_date                TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'form last change',
	success_mimetype           VARCHAR(20) COMMENT 'Mimetype of the success html text',
	error_mimetype             VARCHAR(20) COMMENT 'Mimetype of the error html text',
	active                     INT(1) NOT NULL DEFAULT 1 COMMENT 'If set to 0, then the form should not be available for using',
	success_builder_json       LONGTEXT COMMENT 'JSON to store success form builder state',
	error_builder_json         LONGTEXT COMMENT 'JSON to store error form builder state',
	deleted                    INT(1) NOT NULL DEFAULT 0 COMMENT 'deleted? 0 = no, 1 = yes',
	PRIMARY KEY (form_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'stores data for form (e.g. opt-out / opt-in forms';

CREATE TABLE config_tbl (
	class                      VARCHAR(32) COMMENT 'Class part of configuration value key',
	name                       VARCHAR(64) COMMENT 'Name part of configuration value key',
	value                      TEXT COMMENT 'Configuration value',
	hostname                   VARCHAR(100) COMMENT 'Hostname this configuration is only valid for, empty = for all hosts',
	description                VARCHAR(500) COMMENT 'detailed description including issue number (if available)',
	creation_date              TIMESTAMP NULL COMMENT 'time of creation',
	change_date                TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'time of last change'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE import_profile_tbl (
	id                         INT(10) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'unique ID',
	company_id                 INT(10) UNSIGNED NOT NULL COMMENT 'tenant - ID (company_tbl)',
	admin_id                   INT(10) UNSIGNED NOT NULL COMMENT 'references EMM-User (admin_tbl)',
	shortname                  VARCHAR(255) NOT NULL COMMENT 'profile name',
	column_separator           INT(10) UNSIGNED NOT NULL COMMENT 'seperator used in import-file',
	text_delimiter             INT(10) UNSIGNED NOT NULL COMMENT 'delimiter used in import-file',
	file_charset               INT(10) UNSIGNED NOT NULL COMMENT 'charset used in import-file',
	date_format                INT(10) UNSIGNED NOT NULL COMMENT 'date format used in import-file',
	import_mode                INT(10) UNSIGNED NOT NULL COMMENT '0=add, 1=add+update, 2=update only, 3=unsubscribe(profile only), 4=bounce(profile only), 5=blacklist(profile only), 6=bouncereactivate(profile only), 7=MARK_SUSPENDED, 8=ADD_AND_UPDATE_FORCED, 9=ADD_AND_UPDATE_EXCLUSIVE, 10=REACTIVATE_SUSPENDED, 11=SPECIAL_4ER_BLOCK, 12=BLACKLIST_EXCLUSIVE',
	null_values_action         INT(10) UNSIGNED NOT NULL COMMENT '0 = dont_ignore_null_values, 1 = ignore_null_values',
	key_column                 VARCHAR(255) NOT NULL COMMENT 'import keycolumn',
	report_email               VARCHAR(255) COMMENT '[private_data] report recipient adress(es)',
	check_for_duplicates       INT(10) UNSIGNED NOT NULL COMMENT '0 = csv only, 1 = full, 2 = none',
	mail_type                  INT(10) UNSIGNED NOT NULL COMMENT 'updates customer_xxx_tbl.mailtype: 0-text, 1-html, 2-offline-html',
	creation_date              TIMESTAMP NULL COMMENT 'import-profile creation date',
	change_date                TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'import-profile last change',
	update_all_duplicates      DECIMAL(1, 0) DEFAULT 0 COMMENT '1=all matches in customer_xxx_tbl would be updated',
	deleted                    INT(1) NOT NULL DEFAULT 0 COMMENT '1 = yes',
	pre_import_action          INTEGER COMMENT 'Reference to import_action_tbl for sql scripts to execute before import of data',
	decimal_separator          VARCHAR(1) DEFAULT '.' COMMENT 'Separator "." or "," for decimals',
	action_for_new_recipients  INT(11) COMMENT 'DOI action for change of new customers after import',
	noheaders                  INT(1) DEFAULT 0 COMMENT 'No Header option for csv files',
	zip_password_encr          VARCHAR(100) COMMENT 'Optional password for csv import zip files',
	error_email                VARCHAR(400) COMMENT 'List of email addresses to inform on erroneous imports',
	automapping                INTEGER COMMENT 'Use all csv columns as db column, exactly name by name',
	datatype                   VARCHAR(32) DEFAULT 'CSV',
	mailinglists_all           INT(1) DEFAULT 0 COMMENT 'Import works an all existing mailinglists',
	report_locale_lang         VARCHAR(10) DEFAULT NULL COMMENT 'Language part of locale used for reports',
	report_locale_country      VARCHAR(10) DEFAULT NULL COMMENT 'Country part of locale used for reports',
	report_timezone            VARCHAR(50) DEFAULT NULL COMMENT 'Timezone used for reports',
	PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT 'profile-import parameters';

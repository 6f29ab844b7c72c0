-- BillionMail (self-hosted mail server and e-mail marketing platform: Postfix/Dovecot mailboxes, bulk
-- campaigns, contact lists, transactional send API, delivery/open/click statistics)
-- Upstream: github.com/aaPanel/BillionMail, commit cc20918209b5f185eb075126bc09bbc0b1fb12a1 (AGPL-3.0)
-- Source: the PostgreSQL DDL run at start-up by core/internal/service/database_initialization/
--   mail_serv.go, batch_mail.go, maillog_stat.go, operation_log.go, options.go, rbac.go,
--   sender_ip_warmup.go, letsencrypty.go (the same tables as init.sql, plus the columns added there
--   by AddColumnIfNotExists, already present in the CREATE TABLE statements).
-- Converted to MySQL/MariaDB: SERIAL -> int AUTO_INCREMENT, BIGSERIAL -> bigint AUTO_INCREMENT,
--   JSONB -> json, TEXT[] -> json, REAL -> double, TEXT primary keys -> varchar(255),
--   DEFAULT EXTRACT(EPOCH FROM NOW()) -> DEFAULT (UNIX_TIMESTAMP()),
--   GENERATED ALWAYS AS (log_time_millis / 1000) STORED -> AS (log_time_millis DIV 1000) STORED.
-- Column names, order, primary keys, unique constraints and foreign keys unchanged; the secondary
-- CREATE INDEX statements are left out (most are on TEXT columns). All 38 tables are taken.

-- ---------------------------------------------------------------- mail server (mail_serv.go)

CREATE TABLE domain (
    domain varchar(255) NOT NULL,
    a_record varchar(255) NOT NULL DEFAULT '',
    mailboxes int NOT NULL DEFAULT 50,                       -- Number of emails created
    mailbox_quota BIGINT NOT NULL DEFAULT 5368709120,        -- Default space size of mailbox
    quota BIGINT NOT NULL DEFAULT 10737418240,               -- Domain name quota
    rate_limit INT DEFAULT 12,                               -- How many emails per second
    create_time INT NOT NULL default 0,
    active SMALLINT NOT NULL DEFAULT 1,
    urls json NOT NULL,
    hasbrandinfo SMALLINT NOT NULL DEFAULT 0,
    PRIMARY KEY (domain)
);

CREATE TABLE mailbox (
    username varchar(255) NOT NULL,
    password varchar(255) NOT NULL,
    password_encode varchar(255) NOT NULL,
    full_name varchar(255) NOT NULL,
    is_admin smallint NOT NULL DEFAULT 0,
    maildir varchar(255) NOT NULL,
    quota bigint NOT NULL DEFAULT 0,
    local_part varchar(255) NOT NULL,
    domain varchar(255) NOT NULL,
    create_time int NOT NULL default 0,
    update_time int NOT NULL default 0,
    active SMALLINT NOT NULL DEFAULT 1,
    PRIMARY KEY (username)
);

CREATE TABLE alias (
    address varchar(255) NOT NULL,
    goto text NOT NULL,
    domain varchar(255) NOT NULL,
    create_time int NOT NULL default 0,
    update_time int NOT NULL default 0,
    active smallint NOT NULL DEFAULT 1,
    PRIMARY KEY (address)
);

CREATE TABLE bm_bcc (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type TEXT NOT NULL, -- 'sender' or 'recipient'
    address TEXT NOT NULL,
    goto TEXT NOT NULL,
    domain varchar(255) NOT NULL,
    create_time int NOT NULL default 0,
    update_time int NOT NULL default 0,
    active smallint NOT NULL DEFAULT 1
);

CREATE TABLE bm_relay (
    id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
    remark varchar(255), -- Remarks
    rtype varchar(30),  -- Relay type: gmail , sendgrid, custom, aws, mailgun, local
    sender_domain varchar(255) NOT NULL, -- Sender domain, e.g., "@example.com"
    relay_host varchar(255) NOT NULL, -- Relay server address
    relay_port varchar(10) NOT NULL, -- Relay server port, e.g., "587"
    auth_user varchar(255) NOT NULL, -- SMTP authentication username
    auth_password varchar(255) NOT NULL, -- SMTP authentication password (consider encrypted storage)
    ip varchar(255), -- IP used to remind users to update SPF records (optional)
    host varchar(255), -- Host used to remind users to update SPF records (optional)
    create_time int NOT NULL default 0,
    update_time int NOT NULL default 0,
    active smallint NOT NULL DEFAULT 1,  -- Whether this relay configuration is enabled
    auth_method varchar(20), -- Authentication method: LOGIN, PLAIN, CRAM-MD5, NONE
    tls_protocol varchar(20), -- TLS protocol: STARTTLS, SSL/TLS, NONE
    skip_tls_verify smallint DEFAULT 0, -- Whether to skip TLS verification: 1-skip, 0-do not skip
    helo_name varchar(255), -- HELO hostname
    smtp_name varchar(50), -- Unique name of the SMTP server
    header_json text, -- Custom email headers in JSON format
    max_concurrency int DEFAULT 10, -- Maximum concurrent connections
    max_retries int DEFAULT 2, -- Maximum retry attempts
    max_idle_time varchar(10) DEFAULT '15s', -- Maximum idle connection time
    max_wait_time varchar(10) DEFAULT '5s' -- Maximum wait time
);

CREATE TABLE alias_domain (
    alias_domain varchar(255) NOT NULL,
    target_domain varchar(255) NOT NULL,
    create_time int NOT NULL default 0,
    update_time int NOT NULL default 0,
    active smallint NOT NULL DEFAULT 1,
    PRIMARY KEY (alias_domain)
);

CREATE TABLE bm_console_ip_whitelist (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ip varchar(45) NOT NULL, -- IPv4 or IPv6
    ip_type smallint NOT NULL DEFAULT 1, -- 'IPv4:1 ,IPv6:2'
    create_time int NOT NULL default 0,
    UNIQUE (ip)
);

-- ---------------------------------------------------------------- bulk mail (batch_mail.go)

CREATE TABLE bm_contact_groups (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    description TEXT,
    create_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    update_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    token VARCHAR(30) NOT NULL DEFAULT '',
    double_optin SMALLINT NOT NULL DEFAULT 0, -- 0: Single Opt-in, 1: Double Opt-in
    welcome_mail_html TEXT DEFAULT '', -- HTML content for welcome email
    welcome_mail_drag TEXT DEFAULT '', -- Drag-and-drop content for welcome email
    confirm_mail_html TEXT DEFAULT '', -- HTML content for confirmation email
    confirm_mail_drag TEXT DEFAULT '', -- Drag-and-drop content for confirmation email
    success_url TEXT DEFAULT '', -- URL to redirect after successful subscription
    confirm_url TEXT DEFAULT '', -- URL to redirect after confirmation
    already_url TEXT DEFAULT '', -- URL to redirect if already subscribed
    subscribe_form TEXT DEFAULT '', -- HTML form for subscription
    confirm_subject TEXT DEFAULT '', -- Confirmation Email Subject
    welcome_subject TEXT DEFAULT '', -- Welcome Email Subject
    send_welcome_email SMALLINT NOT NULL DEFAULT 0, --  0: No need to send email, 1: send email
    UNIQUE (name)
);

CREATE TABLE bm_contacts (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(320) NOT NULL,
    group_id INTEGER,
    active INTEGER DEFAULT 1,
    task_id INTEGER DEFAULT 0,
    create_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    status INTEGER DEFAULT 0, -- 0: Unconfirmed, 1: Confirmed
    attribs json DEFAULT ('{}'),
    FOREIGN KEY (group_id) REFERENCES bm_contact_groups(id) ON DELETE SET NULL,
    UNIQUE (group_id, email)
);

CREATE TABLE email_templates (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    temp_name VARCHAR(255),
    chat_id VARCHAR(255),  -- ai chat id
    add_type SMALLINT NOT NULL DEFAULT 0,  -- 0 html  1 drag  2 AI
    content TEXT NOT NULL DEFAULT '',
    render TEXT NOT NULL DEFAULT '',
    create_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    update_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    UNIQUE (temp_name)
);

CREATE TABLE email_tasks (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_name VARCHAR(255) NOT NULL,
    addresser VARCHAR(320) NOT NULL,
    subject TEXT,
    full_name VARCHAR(255),
    remark TEXT,
    recipient_count INTEGER NOT NULL,
    task_process SMALLINT NOT NULL DEFAULT 0,
    pause SMALLINT NOT NULL DEFAULT 0,
    template_id INTEGER NOT NULL,
    is_record SMALLINT NOT NULL DEFAULT 0,
    unsubscribe SMALLINT NOT NULL DEFAULT 0,
    threads INTEGER NOT NULL DEFAULT 0,
    etypes VARCHAR(320) NOT NULL DEFAULT '1',
    track_open SMALLINT NOT NULL DEFAULT 1,
    track_click SMALLINT NOT NULL DEFAULT 1,
    start_time INTEGER NOT NULL DEFAULT 0,
    create_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    update_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    active SMALLINT NOT NULL DEFAULT 0,
    add_type SMALLINT NOT NULL DEFAULT 0,
    FOREIGN KEY (template_id) REFERENCES email_templates(id)
);

CREATE TABLE recipient_info (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id INTEGER NOT NULL,
    recipient VARCHAR(320) NOT NULL,
    is_sent SMALLINT DEFAULT 0,
    sent_time INTEGER NOT NULL DEFAULT 0,
    message_id TEXT NOT NULL,
    create_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    FOREIGN KEY (task_id) REFERENCES email_tasks(id) ON DELETE CASCADE,
    UNIQUE (task_id, recipient)
);

CREATE TABLE unsubscribe_records (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(320) NOT NULL,
    group_id INTEGER,
    template_id INTEGER,
    task_id INTEGER,
    unsubscribe_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP())
);

CREATE TABLE abnormal_recipient (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    create_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    recipient VARCHAR(320) NOT NULL,
    count INTEGER NOT NULL,
    description VARCHAR(255) NOT NULL,
    add_type SMALLINT NOT NULL DEFAULT 0,
    UNIQUE (recipient)
);

CREATE TABLE api_templates (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    api_key VARCHAR(64) NOT NULL,
    api_name VARCHAR(255) NOT NULL,
    template_id INTEGER NOT NULL,
    subject TEXT NOT NULL,
    addresser VARCHAR(320) NOT NULL,
    full_name VARCHAR(255),
    unsubscribe SMALLINT NOT NULL DEFAULT 0,
    track_open SMALLINT NOT NULL DEFAULT 1,
    track_click SMALLINT NOT NULL DEFAULT 1,
    active SMALLINT NOT NULL DEFAULT 1,
    create_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    update_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    expire_time INTEGER DEFAULT 0,
    last_key_update_time INTEGER DEFAULT 0,
    UNIQUE (api_key)
);

CREATE TABLE api_mail_logs (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    api_id INTEGER NOT NULL,
    recipient VARCHAR(320) NOT NULL,
    message_id TEXT NOT NULL,
    addresser VARCHAR(320) NOT NULL,
    status SMALLINT NOT NULL DEFAULT 0, -- 0:to send, 2:send, 3:send failed
    error_message TEXT,
    attribs json DEFAULT ('{}'),
    send_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    create_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP())
);

CREATE TABLE api_ip_whitelist (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    api_id INTEGER NOT NULL,
    ip VARCHAR(45) NOT NULL,
    create_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    FOREIGN KEY (api_id) REFERENCES api_templates(id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- mail log statistics (maillog_stat.go)

-- Mail removal records from queue
CREATE TABLE mailstat_removed (
    postfix_message_id varchar(255) PRIMARY KEY,
    log_time_millis BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    log_time INTEGER AS (log_time_millis DIV 1000) STORED
);

-- Mail MessageIDs
CREATE TABLE mailstat_message_ids (
    postfix_message_id varchar(255) PRIMARY KEY,
    log_time_millis BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    log_time INTEGER AS (log_time_millis DIV 1000) STORED,
    message_id TEXT NOT NULL DEFAULT ''
);

-- Mail senders
CREATE TABLE mailstat_senders (
    postfix_message_id varchar(255) PRIMARY KEY,
    log_time_millis BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    log_time INTEGER AS (log_time_millis DIV 1000) STORED,
    size INTEGER NOT NULL DEFAULT 0,
    sender TEXT NOT NULL DEFAULT ''
);

-- Mail sending records (unique records, keep latest)
CREATE TABLE mailstat_send_mails (
    postfix_message_id varchar(255) PRIMARY KEY,
    log_time_millis BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    log_time INTEGER AS (log_time_millis DIV 1000) STORED,
    status TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '',
    mail_provider TEXT NOT NULL DEFAULT '',
    delay double NOT NULL DEFAULT 0,
    delays TEXT NOT NULL DEFAULT '',
    dsn TEXT NOT NULL DEFAULT '',
    relay TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

-- Mail receiving records (unique records, keep latest)
CREATE TABLE mailstat_receive_mails (
    postfix_message_id varchar(255) PRIMARY KEY,
    log_time_millis BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    log_time INTEGER AS (log_time_millis DIV 1000) STORED,
    status TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '',
    delay double NOT NULL DEFAULT 0,
    delays TEXT NOT NULL DEFAULT '',
    dsn TEXT NOT NULL DEFAULT '',
    relay TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

-- Mail deferred records
CREATE TABLE mailstat_deferred_mails (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    postfix_message_id TEXT NOT NULL DEFAULT '',
    log_time_millis BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    log_time INTEGER AS (log_time_millis DIV 1000) STORED,
    delay double NOT NULL DEFAULT 0,
    delays TEXT NOT NULL DEFAULT '',
    dsn TEXT NOT NULL DEFAULT '',
    relay TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

-- Mail open tracking records
CREATE TABLE mailstat_opened (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id INTEGER NOT NULL DEFAULT 0,
    log_time_millis BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    log_time INTEGER AS (log_time_millis DIV 1000) STORED,
    recipient TEXT NOT NULL DEFAULT '',
    postfix_message_id TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT ''
);

-- Mail click tracking records
CREATE TABLE mailstat_clicked (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id INTEGER NOT NULL DEFAULT 0,
    log_time_millis BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    log_time INTEGER AS (log_time_millis DIV 1000) STORED,
    recipient TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    postfix_message_id TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT ''
);

-- Mail complaint/FBL records
CREATE TABLE mailstat_complaints (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    postfix_message_id TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '',
    log_time_millis BIGINT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    log_time INTEGER AS (log_time_millis DIV 1000) STORED
);

-- ---------------------------------------------------------------- operation log, options (operation_log.go, options.go)

CREATE TABLE bm_operation_logs (
    id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL DEFAULT 0,
    type VARCHAR(64) NOT NULL,
    log TEXT NOT NULL,
    ip VARCHAR(64) NOT NULL,
    info TEXT NOT NULL,
    addtime INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP())
);

CREATE TABLE bm_options (
    name VARCHAR(255) NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

-- ---------------------------------------------------------------- console accounts and RBAC (rbac.go)

CREATE TABLE account (
    account_id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL UNIQUE,
    password VARCHAR(255) NOT NULL,
    email VARCHAR(255) NOT NULL,
    status INT NOT NULL DEFAULT 1, -- 1: enabled, 0: disabled
    language VARCHAR(50) NOT NULL DEFAULT 'en',
    last_login_time INT NOT NULL DEFAULT 0,
    create_time INT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    update_time INT NOT NULL DEFAULT (UNIX_TIMESTAMP())
);

CREATE TABLE role (
    role_id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    role_name VARCHAR(64) NOT NULL UNIQUE,
    description TEXT,
    status INT NOT NULL DEFAULT 1, -- 1: enabled, 0: disabled
    create_time INT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    update_time INT NOT NULL DEFAULT (UNIX_TIMESTAMP())
);

CREATE TABLE permission (
    permission_id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    permission_name VARCHAR(64) NOT NULL UNIQUE,
    description TEXT,
    module VARCHAR(64) NOT NULL, -- Module name
    action VARCHAR(64) NOT NULL, -- Action type: create, read, update, delete
    resource VARCHAR(64) NOT NULL, -- Resource type
    status INT NOT NULL DEFAULT 1, -- 1: enabled, 0: disabled
    create_time INT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    update_time INT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    UNIQUE (module, action, resource)
);

CREATE TABLE account_role (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id INT NOT NULL,
    role_id INT NOT NULL,
    create_time INT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    UNIQUE (account_id, role_id),
    FOREIGN KEY (account_id) REFERENCES account(account_id) ON DELETE CASCADE,
    FOREIGN KEY (role_id) REFERENCES role(role_id) ON DELETE CASCADE
);

CREATE TABLE role_permission (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    role_id INT NOT NULL,
    permission_id INT NOT NULL,
    create_time INT NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    UNIQUE (role_id, permission_id),
    FOREIGN KEY (role_id) REFERENCES role(role_id) ON DELETE CASCADE,
    FOREIGN KEY (permission_id) REFERENCES permission(permission_id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- sender IP warm-up (sender_ip_warmup.go)

CREATE TABLE bm_sender_ip_warmup (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sender_ip text not null default '',
    period integer not null default 45, -- warmup period in days
    score integer not null default 40, -- 0-100
    last_evaluate_time integer not null default 0, -- last evaluate time
    progress integer not null default 0, -- progress of warmup 0-100
    re_warmups integer not null default 0, -- re-warmup times
    begin_time integer not null DEFAULT (UNIX_TIMESTAMP()), -- begin of warmup
    end_time integer not null default 0, -- end of warmup
    create_time integer DEFAULT (UNIX_TIMESTAMP()),
    update_time integer DEFAULT (UNIX_TIMESTAMP())
);

CREATE TABLE bm_sender_ip_mail_provider (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sender_ip text not null default '',
    mail_provider text not null default 'other', -- mail provider name
    score integer not null default 40, -- 0-100
    last_evaluate_time integer not null default 0, -- last evaluate time
    create_time integer not null default (UNIX_TIMESTAMP()),
    update_time integer not null default (UNIX_TIMESTAMP())
);

CREATE TABLE bm_campaign_warmup (
    id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id bigint not null default 0, -- campaign task ID
    warmup_id bigint not null default 0, -- sender IP warmup ID
    UNIQUE (task_id, warmup_id)
);

-- ---------------------------------------------------------------- Let's Encrypt certificates (letsencrypty.go)

CREATE TABLE letsencrypts (
    cert_id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id INTEGER NOT NULL DEFAULT 0,
    issuer TEXT NOT NULL DEFAULT '',
    not_after TEXT NOT NULL DEFAULT '',
    not_before TEXT NOT NULL DEFAULT '',
    dns TEXT NOT NULL DEFAULT '',
    auth_type TEXT NOT NULL DEFAULT '',
    dns_provider TEXT NOT NULL DEFAULT '',
    dns_provider_token TEXT NOT NULL DEFAULT '{}',
    subject TEXT NOT NULL DEFAULT '',
    status INTEGER NOT NULL DEFAULT 0, -- 0=applying 1=success 2=fail
    certificate TEXT NOT NULL DEFAULT '', -- PEM
    private_key TEXT NOT NULL DEFAULT '',
    endtime INTEGER NOT NULL DEFAULT 0,
    create_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP()),
    progress TEXT NOT NULL DEFAULT '',
    error_info TEXT NOT NULL DEFAULT '' -- Error message (when status=2)
);

CREATE TABLE renew_logs (
    renew_id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cert_id INTEGER NOT NULL DEFAULT 0,
    account_id INTEGER NOT NULL DEFAULT 0,
    status INTEGER NOT NULL DEFAULT 0, -- 0=renewing 1=success 2=fail
    progress TEXT NOT NULL DEFAULT '',
    error_info TEXT NOT NULL DEFAULT '',
    renew_time INTEGER NOT NULL DEFAULT (UNIX_TIMESTAMP())
);

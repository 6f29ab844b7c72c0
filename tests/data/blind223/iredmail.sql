-- iRedMail: the SQL databases of an iRedMail server with the MariaDB/MySQL backend, written into one schema.
-- Upstream (all GPL-3.0, iRedAdmin GPL-2.0):
--   vmail     : github.com/iredmail/iRedMail  samples/iredmail/iredmail.mysql  commit e0fe4fc277504aaa3e4915046cfe420524e42162
--   iredadmin : github.com/iredmail/iRedAdmin SQL/iredadmin.mysql             commit 2c4f8b386482cbb178d4908a47fe544032b7ab14
--   iredapd   : github.com/iredmail/iRedAPD   SQL/iredapd.mysql               commit 60b2eed4a577a5a09aacc64d64d29d3402143221
-- Verbatim except: the trigger used_quota_before_insert (DELIMITER block) and iredadmin's deleted_mailboxes
-- (the OpenLDAP-backend twin of vmail.deleted_mailboxes, same table name) are left out.

-- ===================== database vmail =====================
-- USE PH_VMAIL_DB_NAME;

--
-- Table structure for table admin
--
CREATE TABLE IF NOT EXISTS admin (
    username VARCHAR(255) NOT NULL DEFAULT '',
    password VARCHAR(255) NOT NULL DEFAULT '',
    name VARCHAR(255) NOT NULL DEFAULT '',
    language VARCHAR(5) NOT NULL DEFAULT '',
    passwordlastchange DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    -- Store per-admin settings. Used in iRedAdmin-Pro.
    settings TEXT,
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (username),
    INDEX (passwordlastchange),
    INDEX (expired),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

--
-- Table structure for table alias
--
CREATE TABLE IF NOT EXISTS alias (
    address VARCHAR(255) NOT NULL DEFAULT '',
    name VARCHAR(255) NOT NULL DEFAULT '',
    accesspolicy VARCHAR(30) NOT NULL DEFAULT '',
    domain VARCHAR(255) NOT NULL DEFAULT '',
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (address),
    INDEX (domain),
    INDEX (expired),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

-- Alias and mailing list moderators.
CREATE TABLE IF NOT EXISTS moderators (
    id BIGINT(20) UNSIGNED AUTO_INCREMENT,
    address VARCHAR(255) NOT NULL DEFAULT '',
    moderator VARCHAR(255) NOT NULL DEFAULT '',
    domain VARCHAR(255) NOT NULL DEFAULT '',
    dest_domain VARCHAR(255) NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    UNIQUE INDEX (address, moderator),
    INDEX (domain),
    INDEX (dest_domain)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

-- (mlmmj) mailing list owners.
CREATE TABLE IF NOT EXISTS maillist_owners (
    id BIGINT(20) UNSIGNED AUTO_INCREMENT,
    -- email address of mailing list
    address VARCHAR(255) NOT NULL DEFAULT '',
    -- email address of owner
    owner VARCHAR(255) NOT NULL DEFAULT '',
    domain VARCHAR(255) NOT NULL DEFAULT '',
    -- domain part of owner email address
    dest_domain VARCHAR(255) NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    UNIQUE INDEX (address, owner),
    INDEX (owner),
    INDEX (domain),
    INDEX (dest_domain)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

-- Forwardings. it contains
--  - members of mail alias account
--  - per-account alias addresses
--  - per-user mail forwarding addresses
CREATE TABLE IF NOT EXISTS forwardings (
    id BIGINT(20) UNSIGNED AUTO_INCREMENT,
    address VARCHAR(255) NOT NULL DEFAULT '',
    forwarding VARCHAR(255) NOT NULL DEFAULT '',
    domain VARCHAR(255) NOT NULL DEFAULT '',
    dest_domain VARCHAR(255) NOT NULL DEFAULT '',
    -- defines whether it's a standalone (mlmmj) mailing list account. 0=no, 1=yes.
    is_maillist TINYINT(1) NOT NULL DEFAULT 0,
    -- defines whether it's a standalone mail alias account. 0=no, 1=yes.
    is_list TINYINT(1) NOT NULL DEFAULT 0,
    -- defines whether it's a mail forwarding address of mail user. 0=no, 1=yes.
    is_forwarding TINYINT(1) NOT NULL DEFAULT 0,
    -- defines whether it's a per-account alias address. 0=no, 1=yes.
    is_alias TINYINT(1) NOT NULL DEFAULT 0,
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    UNIQUE INDEX (address, forwarding),
    INDEX (forwarding),
    INDEX (domain),
    INDEX (dest_domain),
    INDEX (is_maillist),
    INDEX (is_list),
    INDEX (is_alias)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

--
-- Table structure for table domain
--
CREATE TABLE IF NOT EXISTS domain (
    -- mail domain name. e.g. iredmail.org.
    domain VARCHAR(255) NOT NULL DEFAULT '',
    description TEXT,
    -- Disclaimer text. Used by Amavisd + AlterMIME.
    disclaimer TEXT,
    -- Max alias accounts in this domain. e.g. 10.
    aliases INT(10) NOT NULL DEFAULT 0,
    -- Max mail accounts in this domain. e.g. 100.
    mailboxes INT(10) NOT NULL DEFAULT 0,
    -- Max mailing list accounts in this domain. e.g. 10.
    maillists INT(10) NOT NULL DEFAULT 0,
    -- Max mailbox quota in this domain. e.g. 1073741824 (1GB).
    maxquota BIGINT(20) NOT NULL DEFAULT 0,
    -- Not used. Historical.
    quota BIGINT(20) NOT NULL DEFAULT 0,
    -- Per-domain transport. e.g. dovecot, smtp:[192.168.1.1]:25
    transport VARCHAR(255) NOT NULL DEFAULT 'dovecot',
    backupmx TINYINT(1) NOT NULL DEFAULT 0,
    -- Store per-domain settings. Used in iRedAdmin-Pro.
    settings TEXT,
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (domain),
    INDEX (backupmx),
    INDEX (expired),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `alias_domain` (
    alias_domain VARCHAR(255) NOT NULL,
    target_domain VARCHAR(255) NOT NULL,
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (alias_domain),
    INDEX (target_domain),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

--
-- Table structure for table domain_admins
--
CREATE TABLE IF NOT EXISTS domain_admins (
    username VARCHAR(255) CHARACTER SET ascii NOT NULL DEFAULT '',
    domain VARCHAR(255) CHARACTER SET ascii NOT NULL DEFAULT '',
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (username,domain),
    INDEX (username),
    INDEX (domain),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

--
-- Table structure for table mailbox
--
CREATE TABLE IF NOT EXISTS mailbox (
    username VARCHAR(255) NOT NULL DEFAULT '',
    password VARCHAR(255) NOT NULL DEFAULT '',
    name VARCHAR(255) NOT NULL DEFAULT '',
    language VARCHAR(5) NOT NULL DEFAULT '',
    first_name VARCHAR(255) NOT NULL DEFAULT '',
    last_name VARCHAR(255) NOT NULL DEFAULT '',
    mobile VARCHAR(255) NOT NULL DEFAULT '',
    telephone VARCHAR(255) NOT NULL DEFAULT '',
    recovery_email VARCHAR(255) NOT NULL DEFAULT '',
    birthday DATE NOT NULL DEFAULT '0001-01-01',
    -- Mailbox format.
    -- All formats supported by Dovecot are ok. e.g. maildir, mdbox.
    -- FYI: https://wiki2.dovecot.org/MailboxFormat
    mailboxformat VARCHAR(50) NOT NULL DEFAULT 'maildir',
    -- mailbox folder name can be any folder name supported by Linux/BSD file
    -- system.
    mailboxfolder VARCHAR(50) NOT NULL DEFAULT 'Maildir',
    storagebasedirectory VARCHAR(255) NOT NULL DEFAULT '',
    storagenode VARCHAR(255) NOT NULL DEFAULT '',
    maildir VARCHAR(255) NOT NULL DEFAULT '',
    quota BIGINT(20) NOT NULL DEFAULT 0, -- Total mail quota size
    domain VARCHAR(255) NOT NULL DEFAULT '',
    transport VARCHAR(255) NOT NULL DEFAULT '',
    department VARCHAR(255) NOT NULL DEFAULT '',
    `rank` VARCHAR(255) NOT NULL DEFAULT 'normal',
    employeeid VARCHAR(255) NOT NULL DEFAULT '',
    isadmin TINYINT(1) NOT NULL DEFAULT 0,
    isglobaladmin TINYINT(1) NOT NULL DEFAULT 0,
    enablesmtp TINYINT(1) NOT NULL DEFAULT 1,
    enablesmtpsecured TINYINT(1) NOT NULL DEFAULT 1,
    enablepop3 TINYINT(1) NOT NULL DEFAULT 1,
    enablepop3secured TINYINT(1) NOT NULL DEFAULT 1,
    enablepop3tls TINYINT(1) NOT NULL DEFAULT 1,
    enableimap TINYINT(1) NOT NULL DEFAULT 1,
    enableimapsecured TINYINT(1) NOT NULL DEFAULT 1,
    enableimaptls TINYINT(1) NOT NULL DEFAULT 1,
    enabledeliver TINYINT(1) NOT NULL DEFAULT 1,
    enablelda TINYINT(1) NOT NULL DEFAULT 1,
    enablemanagesieve TINYINT(1) NOT NULL DEFAULT 1,
    enablemanagesievesecured TINYINT(1) NOT NULL DEFAULT 1,
    enablesieve TINYINT(1) NOT NULL DEFAULT 1,
    enablesievesecured TINYINT(1) NOT NULL DEFAULT 1,
    enablesievetls TINYINT(1) NOT NULL DEFAULT 1,
    enableinternal TINYINT(1) NOT NULL DEFAULT 1,
    enabledoveadm TINYINT(1) NOT NULL DEFAULT 1,
    `enablelib-storage` TINYINT(1) NOT NULL DEFAULT 1,
    `enablequota-status` TINYINT(1) NOT NULL DEFAULT 1,
    `enableindexer-worker` TINYINT(1) NOT NULL DEFAULT 1,
    enablelmtp TINYINT(1) NOT NULL DEFAULT 1,
    enabledsync TINYINT(1) NOT NULL DEFAULT 1,
    enablesogo TINYINT(1) NOT NULL DEFAULT 1,

    -- character is required, not int.
    enablesogowebmail CHAR(1) NOT NULL DEFAULT 'y',
    enablesogocalendar CHAR(1) NOT NULL DEFAULT 'y',
    enablesogoactivesync CHAR(1) NOT NULL DEFAULT 'y',

    -- Must be set to NULL if it's not restricted.
    allow_nets TEXT DEFAULT NULL,

    disclaimer TEXT,
    -- Store per-user settings. Used in iRedAdmin-Pro.
    settings TEXT,
    passwordlastchange DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (username),
    INDEX (domain),
    INDEX (department),
    INDEX (employeeid),
    INDEX (isadmin),
    INDEX (isglobaladmin),
    INDEX (enablesmtp),
    INDEX (enablesmtpsecured),
    INDEX (enablepop3),
    INDEX (enablepop3secured),
    INDEX (enablepop3tls),
    INDEX (enableimap),
    INDEX (enableimapsecured),
    INDEX (enableimaptls),
    INDEX (enabledeliver),
    INDEX (enablelda),
    INDEX (enablemanagesieve),
    INDEX (enablemanagesievesecured),
    INDEX (enablesieve),
    INDEX (enablesievesecured),
    INDEX (enablesievetls),
    INDEX (enablelmtp),
    INDEX (enableinternal),
    INDEX (enabledoveadm),
    INDEX (`enablelib-storage`),
    INDEX (`enablequota-status`),
    INDEX (`enableindexer-worker`),
    INDEX (enabledsync),
    INDEX (enablesogo),
    INDEX (passwordlastchange),
    INDEX (expired),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS maillists (
    id BIGINT(20) UNSIGNED AUTO_INCREMENT,
    address VARCHAR(255) NOT NULL DEFAULT '',
    domain VARCHAR(255) NOT NULL DEFAULT '',
    -- Per mailing list transport. for example: 'mlmmj:example.com/listname'.
    transport VARCHAR(255) NOT NULL DEFAULT '',
    accesspolicy VARCHAR(30) NOT NULL DEFAULT '',
    maxmsgsize BIGINT(20) NOT NULL DEFAULT 0,
    -- name of the mailing list
    name VARCHAR(255) NOT NULL DEFAULT '',
    -- short introduction of the mailing list on subscription page
    description TEXT,
    -- a server-wide unique id (a 36-characters string) for each mailing list
    mlid VARCHAR(36) NOT NULL DEFAULT '',
    -- control whether newsletter-style subscription from website is enabled
    -- 1 -> enabled, 0 -> disabled
    is_newsletter TINYINT(1) NOT NULL DEFAULT 0,
    settings TEXT,
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    UNIQUE INDEX (address),
    UNIQUE INDEX (mlid),
    INDEX (is_newsletter),
    INDEX (domain),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

--
-- Table structure for table sender_bcc_domain
-- TODO Merge into table 'domain' (domain.sender_bcc)
--
CREATE TABLE IF NOT EXISTS sender_bcc_domain (
    domain VARCHAR(255) NOT NULL DEFAULT '',
    bcc_address VARCHAR(255) NOT NULL DEFAULT '',
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (domain),
    INDEX (bcc_address),
    INDEX (expired),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

--
-- Table structure for table recipient_bcc_domain
-- TODO Merge into table 'domain' (domain.recipient_bcc)
--
CREATE TABLE IF NOT EXISTS recipient_bcc_domain (
    domain VARCHAR(255) NOT NULL DEFAULT '',
    bcc_address VARCHAR(255) NOT NULL DEFAULT '',
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (domain),
    INDEX (bcc_address),
    INDEX (expired),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

--
-- Table structure for table sender_bcc_user
-- TODO Merge into table 'mailbox' (mailbox.sender_bcc)
--
CREATE TABLE IF NOT EXISTS sender_bcc_user (
    username VARCHAR(255) NOT NULL DEFAULT '',
    bcc_address VARCHAR(255) NOT NULL DEFAULT '',
    domain VARCHAR(255) NOT NULL DEFAULT '',
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (username),
    INDEX (bcc_address),
    INDEX (domain),
    INDEX (expired),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

--
-- Table structure for table recipient_bcc_user
-- TODO Merge into table 'mailbox' (mailbox.recipient_bcc)
--
CREATE TABLE IF NOT EXISTS recipient_bcc_user (
    username VARCHAR(255) NOT NULL DEFAULT '',
    bcc_address VARCHAR(255) NOT NULL DEFAULT '',
    domain VARCHAR(255) NOT NULL DEFAULT '',
    created DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    modified DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01',
    expired DATETIME NOT NULL DEFAULT '9999-12-31 00:00:00',
    active TINYINT(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (username),
    INDEX (bcc_address),
    INDEX (expired),
    INDEX (active)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

-- Sender dependent relayhost.
--  - per-user: account='user@domain.com'
--  - per-domain: account='@domain.com'
-- References:
--  - http://www.postfix.org/postconf.5.html#sender_dependent_relayhost_maps
--  - http://www.postfix.org/transport.5.html
CREATE TABLE IF NOT EXISTS sender_relayhost (
    id BIGINT(20) UNSIGNED AUTO_INCREMENT,
    account VARCHAR(255) NOT NULL DEFAULT '',
    relayhost VARCHAR(255) NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    UNIQUE INDEX (account)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

-- Used to store basic info of deleted mailboxes.
CREATE TABLE IF NOT EXISTS deleted_mailboxes (
    id BIGINT(20) UNSIGNED AUTO_INCREMENT,
    timestamp TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Email address of deleted user
    username VARCHAR(255) NOT NULL DEFAULT '',
    -- Domain part of username
    domain VARCHAR(255) NOT NULL DEFAULT '',
    -- Absolute path of user's mailbox
    maildir VARCHAR(255) NOT NULL DEFAULT '',
    -- Mailbox size.
    bytes BIGINT NOT NULL DEFAULT 0,
    -- Amount messages.
    messages BIGINT NOT NULL DEFAULT 0,
    -- Deleted by which domain admin
    admin VARCHAR(255) NOT NULL DEFAULT '',
    -- The time scheduled to delete this mailbox.
    -- NOTE: it requires cron job + script to actually delete the mailbox.
    delete_date DATE DEFAULT NULL,

    KEY id (id),
    INDEX (timestamp),
    INDEX (username),
    INDEX (domain),
    INDEX (admin),
    INDEX (delete_date)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

--
-- IMAP shared folders. User 'from_user' shares folders to user 'to_user'.
-- WARNING: Works only with Dovecot 1.2+.
--
CREATE TABLE IF NOT EXISTS share_folder (
    from_user VARCHAR(255) CHARACTER SET ascii NOT NULL,
    to_user VARCHAR(255) CHARACTER SET ascii NOT NULL,
    dummy CHAR(1),
    PRIMARY KEY (from_user, to_user),
    INDEX (from_user),
    INDEX (to_user)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS anyone_shares (
    from_user VARCHAR(255) NOT NULL,
    dummy CHAR(1) DEFAULT '1',
    PRIMARY KEY (from_user)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

-- used_quota
-- Used to store realtime mailbox quota in Dovecot.
-- WARNING: Works only with Dovecot 1.2+.
--
-- Note: Don't touch this table, it will be updated by Dovecot automatically.
CREATE TABLE IF NOT EXISTS `used_quota` (
    `username` VARCHAR(255) NOT NULL,
    `bytes` BIGINT NOT NULL DEFAULT 0,
    `messages` BIGINT NOT NULL DEFAULT 0,
    `domain` VARCHAR(255) NOT NULL DEFAULT '',
    PRIMARY KEY (`username`),
    INDEX (domain)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;


CREATE TABLE IF NOT EXISTS `last_login` (
    `username` VARCHAR(255) NOT NULL DEFAULT '',
    `domain` VARCHAR(255) NOT NULL DEFAULT '',
    `imap` INT(11) DEFAULT NULL,
    `pop3` INT(11) DEFAULT NULL,
    `lda` INT(11) DEFAULT NULL,
    PRIMARY KEY (`username`),
    INDEX (`domain`),
    INDEX (`imap`),
    INDEX (`pop3`),
    INDEX (`lda`)
) ENGINE=InnoDB CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;

-- ===================== database iredadmin =====================
-- CREATE DATABASE iredadmin DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;
-- GRANT INSERT,UPDATE,DELETE,SELECT on iredadmin.* to iredadmin@localhost identified by 'secret_passwd';
-- USE iredadmin;

--
-- Session table required by webpy session module.
--
CREATE TABLE IF NOT EXISTS `sessions` (
    `session_id` CHAR(128) UNIQUE NOT NULL,
    `atime` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `data` TEXT
) ENGINE=InnoDB;

--
-- Store all admin operations.
--
CREATE TABLE IF NOT EXISTS `log` (
    `id` BIGINT(20) UNSIGNED AUTO_INCREMENT,
    `timestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `admin` VARCHAR(255) NOT NULL,
    `ip` VARCHAR(40) NOT NULL,
    `domain` VARCHAR(255) NOT NULL DEFAULT '',
    `username` VARCHAR(255) NOT NULL DEFAULT '',
    `event` VARCHAR(20) NOT NULL DEFAULT '',
    `loglevel` VARCHAR(10) NOT NULL DEFAULT 'info',
    `msg` TEXT,
    PRIMARY KEY (id),
    INDEX (timestamp),
    INDEX (admin),
    INDEX (ip),
    INDEX (domain),
    INDEX (username),
    INDEX (event),
    INDEX (loglevel)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `updatelog` (
    `id` BIGINT(20) UNSIGNED AUTO_INCREMENT,
    `date` DATE NOT NULL,
    PRIMARY KEY (id),
    INDEX (date)
) ENGINE=InnoDB;


-- Key-value store.
CREATE TABLE IF NOT EXISTS `tracking` (
    id BIGINT(20) UNSIGNED AUTO_INCREMENT,
    `k` VARCHAR(255) NOT NULL,
    `v` TEXT,
    `time` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY (k)
) ENGINE=InnoDB;

-- Store admin <-> domain <-> verify_code used to verify domain ownership
CREATE TABLE IF NOT EXISTS domain_ownership (
    id BIGINT(20) UNSIGNED AUTO_INCREMENT,
    -- the admin who added this domain with iRedAdmin. Required if domain was
    -- added by a normal domain admin.
    admin VARCHAR(255) NOT NULL DEFAULT '',
    -- the domain we're going to verify. If we're going to verifying an alias
    -- domain, it stores primary domain.
    domain VARCHAR(255) NOT NULL DEFAULT '',
    -- if we're verifying an alias domain:
    --  - store primary domain in `domain`
    --  - store alias domain in `alias_domain`
    alias_domain VARCHAR(255) NOT NULL DEFAULT '',
    -- a unique string which domain admin should put in TXT type DNS record
    -- or as a web file on web server
    verify_code VARCHAR(100) NOT NULL DEFAULT '',
    -- store the verify status
    verified TINYINT(1) NOT NULL DEFAULT 0,
    -- store error message if any returned while verifying, so that domain
    -- admin can fix it
    message TEXT,
    -- the last time we verify it. If it's verified, this record will be
    -- removed in 1 month.
    last_verify TIMESTAMP NULL DEFAULT NULL,
    -- expire time. cron job `tools/cleanup_db.py` will remove verified or
    -- unverified domains regularly. e.g. one month.
    -- Note: stores seconds since Unix epoch
    expire INT UNSIGNED DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE INDEX (admin, domain, alias_domain),
    INDEX (verified)
) ENGINE=InnoDB;

-- mailing list subscription/unsubscription confirms.
CREATE TABLE IF NOT EXISTS `newsletter_subunsub_confirms` (
    `id` BIGINT(20) UNSIGNED AUTO_INCREMENT,
    -- email of mailing list
    `mail` VARCHAR(255) NOT NULL DEFAULT '',
    -- unique server wide id
    `mlid` VARCHAR(255) NOT NULL DEFAULT '',
    -- email of subscriber
    `subscriber` VARCHAR(255) NOT NULL DEFAULT '',
    -- kinds of 'subscribe', 'unsubscribe'
    `kind` VARCHAR(20) NOT NULL DEFAULT '',
    -- unique server-wide id as confirm token
    `token` VARCHAR(255) NOT NULL DEFAULT '',
    `expired` INT UNSIGNED DEFAULT 0,
    PRIMARY KEY (id),
    INDEX (mail),
    UNIQUE INDEX (mlid, subscriber, kind),
    INDEX (token),
    INDEX (expired)
) ENGINE=InnoDB;

-- Key-value store for settings.
-- `k` is the (unique) parameter name.
-- `v` must be a valid JSON string with only one key: "value". Its value will
--     be converted to Python native format (string, list, integer).
-- Samples:
--      {"value": 20}
--      {"value": "a-string"}
--      {"value": [v1, v2, v3, ...]}
--      {"value": true}
CREATE TABLE IF NOT EXISTS `settings` (
    `id` BIGINT(20) UNSIGNED AUTO_INCREMENT,
    `account` VARCHAR(255) NOT NULL DEFAULT 'global',
    `k` VARCHAR(255) NOT NULL,
    `v` TEXT,
    PRIMARY KEY (id),
    UNIQUE INDEX (account, k)
) ENGINE=InnoDB;

-- ===================== database iredapd =====================
-- Throttling.
-- Please check iRedAPD plugin `throttle` for more details.
CREATE TABLE IF NOT EXISTS `throttle` (
    id          BIGINT(20) UNSIGNED AUTO_INCREMENT,
    account     VARCHAR(255)            NOT NULL,

    -- outbound: sender throttling
    -- inbound: recipient throttling
    kind        VARCHAR(10)             NOT NULL DEFAULT 'outbound',

    priority    TINYINT(1) UNSIGNED     NOT NULL DEFAULT 0,
    period      INT(10) UNSIGNED        NOT NULL DEFAULT 0, -- Peroid, in seconds.

    -- throttle settings.
    --  * set value to `-1` to force check setting with lower priority
    --  * set value to `0` to unlimited, and stop checking settings with lower priority.
    --
    -- msg_size: single message size (in bytes)
    msg_size    BIGINT(20)              NOT NULL DEFAULT -1,
    -- max_msgs: accumulate max messages in total
    max_msgs    BIGINT(20)              NOT NULL DEFAULT -1,
    -- max_quota: accumulate message size in total (in bytes)
    max_quota   BIGINT(20)              NOT NULL DEFAULT -1,
    -- max_rcpts: max recipients in one message.
    max_rcpts   BIGINT(20)              NOT NULL DEFAULT -1,

    PRIMARY KEY (id),
    UNIQUE INDEX account_kind (account, kind)
) ENGINE=InnoDB;

-- *) how to track per-user throttle:
--
--    tid=`throttle.id`,
--    account=`[user_email_address]`
--
-- *) how to track user throttle for per-domain, subdomain, global settings:
--    (track throttle of each user under domain. for example, every user can
--     send 20 msgs in one minute)
--
--    tid=`throttle.id`,
--    account=`[user_email_address]`
--
-- *) how to track throttle for per-domain, subdomain, global settings:
--    (track throttle of all users under domain. for example, all users
--     together can send 20 msgs in one minute)
--
--    tid=`throttle.id`,
--    account=`[throttle_account]`  # e.g. @domain.com`, `@.domain.com`, `@.`
--
CREATE TABLE IF NOT EXISTS `throttle_tracking` (
    id          BIGINT(20) UNSIGNED AUTO_INCREMENT,
    -- foreign key of `throttle.id`
    tid         BIGINT(20) UNSIGNED NOT NULL DEFAULT 0,
    -- tracking account. e.g. user@domain, @domain, '@.'.
    account     VARCHAR(255)            NOT NULL DEFAULT '',    -- Sender or recipient

    -- Used while cleaning up old tracking records
    period      INT(10) UNSIGNED        NOT NULL DEFAULT 0, -- Peroid, in seconds.

    -- Track accumulated msgs/quota since init tracking.
    cur_msgs    MEDIUMINT(8) UNSIGNED   NOT NULL DEFAULT 0, -- Number of current messages.
    cur_quota   INT(10) UNSIGNED        NOT NULL DEFAULT 0, -- Current accumulated message size in total, in bytes.

    -- Track initial and last tracking time
    init_time   INT(10) UNSIGNED        NOT NULL DEFAULT 0, -- The time we initial the throttling.
    last_time   INT(10) UNSIGNED        NOT NULL DEFAULT 0, -- The time we last track the throttling.
    -- the last time we sent notification email to postmaster when user
    -- exceeded throttle setting
    last_notify_time   INT(10) UNSIGNED NOT NULL DEFAULT 0,

    PRIMARY KEY (id),
    FOREIGN KEY (tid) REFERENCES throttle (id),
    UNIQUE INDEX tid_account (tid, account)
) ENGINE=InnoDB;

-- greylisting settings.
--
--             ----------------------------------
-- `priority`: larger number has higher priority. Default priorities are
--             ----------------------------------
--             defined in libs/__init__.py, parameter `ACCOUNT_PRIORITIES`.
--
-- `sender_priority` has same syntax/value as `priority`.
--
-- `account`: local recipient address. Valid account formats:
--
--      `user@domain.com`: full email address
--      `@domain.com`: full domain name (with a '@' prefix)
--      `@.`: catchall
--
-- `active`: greylisting is enabled (active=1) or disabled (active=0).
--
-- Sample settings:
--
--  *) enable server-wide greylisting:
--
--      INSERT INTO greylisting (account, sender, priority, sender_priority, active)
--                       VALUES ('@.', '@.', 0, 0, 1);
--
--     to disable server-wide greylisting, just set active=0.
--
--  *) disable greylisting for one domain:
--
--      INSERT INTO greylisting (account, sender, priority, sender_priority, active)
--                       VALUES ('@mydomain.com', '@.', 20, 0, 0);
--
--  *) disable greylisting for one user:
--
--      INSERT INTO greylisting (account, sender, priority, sender_priority, active)
--                       VALUES ('user@mydomain.com', '@.', 50, 0, 0);
--
--  *) Additional per-domain or per-user greylisting setting:
--
--      *) Don't apply greylisting on sender '8.8.8.8':
--
--          INSERT INTO greylisting (account, sender, priority, sender_priority, active)
--                           VALUES ('@mydomain.com', '8.8.8.8', 20, 40, 0);
--
--          INSERT INTO greylisting (account, sender, priority, sender_priority, active)
--                           VALUES ('user@mydomain.com', '8.8.8.8', 50, 40, 0);
--
CREATE TABLE IF NOT EXISTS `greylisting` (
    `id`        BIGINT(20) UNSIGNED AUTO_INCREMENT,
    `account`   VARCHAR(100) NOT NULL DEFAULT '',
    `priority`  TINYINT(2) NOT NULL DEFAULT 0,

    `sender`    VARCHAR(100) NOT NULL DEFAULT '',
    `sender_priority`  TINYINT(2) NOT NULL DEFAULT 0,

    `comment`   VARCHAR(255) NOT NULL DEFAULT '',

    -- enable or disable greylisting
    `active` TINYINT(1) NOT NULL DEFAULT 1,

    PRIMARY KEY (`id`),
    UNIQUE INDEX (`account`, `sender`),
    INDEX (`comment`)
) ENGINE=InnoDB;

-- Enable greylisting by default.
-- INSERT INTO greylisting (account, priority, sender, sender_priority, active) VALUES ('@.', 0, '@.', 0, 1);

CREATE TABLE IF NOT EXISTS `greylisting_whitelists` (
    `id`        BIGINT(20)      UNSIGNED AUTO_INCREMENT,
    `account`   VARCHAR(100)    NOT NULL DEFAULT '',
    `sender`    VARCHAR(100)    NOT NULL DEFAULT '',
    `comment`   VARCHAR(255)    NOT NULL DEFAULT '',
    PRIMARY KEY (`id`),
    UNIQUE INDEX (`account`, `sender`),
    INDEX (`comment`)
) ENGINE=InnoDB;

-- Store mail domain names which you want to disable greylisting for their
-- mail servers.
--
-- Note: these domain names are not used by iRedAPD directly, you need to setup
--       a daily cron job to run 'tools/spf_to_greylisting_whitelists.py' to
--       whitelist IP addresses or networks of their mail servers.
CREATE TABLE IF NOT EXISTS `greylisting_whitelist_domains` (
    `id`        BIGINT(20)      UNSIGNED AUTO_INCREMENT,
    `domain`    VARCHAR(255)    NOT NULL DEFAULT '',
    PRIMARY KEY (`id`),
    UNIQUE INDEX (`domain`)
) ENGINE=InnoDB;

-- 'tools/spf_to_greylisting_whitelists.py' will query SPF/MX DNS records of
-- domains stored in SQL table 'greylisting_whitelist_domains', and store the
-- IP/networks listed in SPF/MX in 'greylisting_whitelist_domain_spf', this
-- way we don't mix whitelists managed by domain admins.
CREATE TABLE IF NOT EXISTS `greylisting_whitelist_domain_spf` (
    `id`        BIGINT(20)      UNSIGNED AUTO_INCREMENT,
    `account`   VARCHAR(100)    NOT NULL DEFAULT '',
    `sender`    VARCHAR(100)    NOT NULL DEFAULT '',
    `comment`   VARCHAR(255)    NOT NULL DEFAULT '',
    PRIMARY KEY (`id`),
    UNIQUE INDEX (`account`, `sender`),
    INDEX (`comment`)
) ENGINE=InnoDB;

-- Track smtp session for greylisting.
-- Old records should be removed with a cron job.
CREATE TABLE IF NOT EXISTS `greylisting_tracking` (
    `id`                BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
    `sender`            VARCHAR(255) NOT NULL,
    `recipient`         VARCHAR(255) NOT NULL,
    `client_address`    VARCHAR(40) NOT NULL,

    `sender_domain`     VARCHAR(255) NOT NULL DEFAULT '',
    `rcpt_domain`     VARCHAR(255) NOT NULL DEFAULT '',

    -- The time that the triplet was first seen (record create time)
    `init_time`         INT(10) UNSIGNED NOT NULL DEFAULT 0,
    -- `last_time`         INT(10) UNSIGNED NOT NULL DEFAULT 0,

    -- The time that the blocking of this triplet will expire
    `block_expired`     INT(10) UNSIGNED NOT NULL DEFAULT 0,

    -- The time that the record itself will expire (for aging old records)
    `record_expired`    INT(10) UNSIGNED NOT NULL DEFAULT 0,

    -- The number of delivery attempts that have been blocked
    `blocked_count`     BIGINT(20) NOT NULL DEFAULT 0,

    -- Mark this triplet passes greylisting.
    `passed`            TINYINT(1) NOT NULL DEFAULT 0,

    PRIMARY KEY (`id`),
    UNIQUE INDEX (`sender`, `recipient`, `client_address`),
    INDEX (`sender_domain`),
    INDEX (`rcpt_domain`),
    INDEX client_address_passed (`client_address`, `passed`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `wblist_rdns` (
    `id`        BIGINT(20) UNSIGNED AUTO_INCREMENT,
    `rdns`      VARCHAR(255) NOT NULL DEFAULT '',   -- reverse DNS name of sender IP address
    `wb`        VARCHAR(10) NOT NULL DEFAULT 'B',   -- W=whitelist, B=blacklist
    PRIMARY KEY (`id`),
    UNIQUE INDEX (`rdns`),
    INDEX (`wb`)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `srs_exclude_domains` (
    `id`        BIGINT(20) UNSIGNED AUTO_INCREMENT,
    `domain`      VARCHAR(255) NOT NULL DEFAULT '',
    PRIMARY KEY (`id`),
    UNIQUE INDEX (`domain`)
) ENGINE=InnoDB;


CREATE TABLE IF NOT EXISTS `senderscore_cache` (
    `client_address`    VARCHAR(40) NOT NULL DEFAULT '',
    -- sender score: 1-100.
    `score`             INT(3) UNSIGNED DEFAULT 0,
    -- creation time
    `time`              INT(10) UNSIGNED NOT NULL DEFAULT 0,
    PRIMARY KEY (`client_address`),
    INDEX (`score`),
    INDEX (`time`)
) ENGINE=InnoDB;


-- Log smtp sessions processed by iRedAPD.
CREATE TABLE IF NOT EXISTS `smtp_sessions` (
    `id`                    BIGINT(20) UNSIGNED AUTO_INCREMENT,
    `time`                  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `time_num`              INT(10) UNSIGNED NOT NULL DEFAULT 0,
    -- `action` and `reason` returned by plugins
    `action`                VARCHAR(20) NOT NULL DEFAULT '',
    `reason`                VARCHAR(150) NOT NULL DEFAULT '',
    -- smtp session info
    `instance`              VARCHAR(40) NOT NULL DEFAULT '',
    `client_address`        VARCHAR(40) NOT NULL DEFAULT '',
    `client_name`           VARCHAR(255) NOT NULL DEFAULT '',
    `reverse_client_name`   VARCHAR(255) NOT NULL DEFAULT '',
    `helo_name`             VARCHAR(255) NOT NULL DEFAULT '',
    `sender`                VARCHAR(255) NOT NULL DEFAULT '',
    `sender_domain`         VARCHAR(255) NOT NULL DEFAULT '',
    `sasl_username`         VARCHAR(255) NOT NULL DEFAULT '',
    `sasl_domain`           VARCHAR(255) NOT NULL DEFAULT '',
    `recipient`             VARCHAR(255) NOT NULL DEFAULT '',
    `recipient_domain`      VARCHAR(255) NOT NULL DEFAULT '',
    `encryption_protocol`   VARCHAR(20) NOT NULL DEFAULT '',
    `encryption_cipher`     VARCHAR(50) NOT NULL DEFAULT '',
    -- Postfix-3.x logs `server_address` and `server_port`
    `server_address`        VARCHAR(40) NOT NULL DEFAULT '',
    `server_port`           VARCHAR(10) NOT NULL DEFAULT '',
    PRIMARY KEY (`id`),
    INDEX (`time`),
    INDEX (`time_num`),
    INDEX (`action`),
    INDEX (`reason`),
    INDEX (`instance`),
    INDEX (`client_address`),
    INDEX (`client_name`),
    INDEX (`reverse_client_name`),
    INDEX (`helo_name`),
    INDEX (`sender`),
    INDEX (`sender_domain`),
    INDEX (`sasl_username`),
    INDEX (`sasl_domain`),
    INDEX (`recipient`),
    INDEX (`recipient_domain`),
    INDEX (`encryption_protocol`),
    INDEX (`encryption_cipher`),
    INDEX (`server_address`),
    INDEX (`server_port`)
) ENGINE=InnoDB;

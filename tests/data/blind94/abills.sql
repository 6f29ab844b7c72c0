SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE IF NOT EXISTS `admin_actions` (
  `actions`     VARCHAR(200)         NOT NULL DEFAULT '',
  `datetime`    DATETIME             NOT NULL,
  `ip`          INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `uid`         INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `aid`         SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `id`          INT(11) UNSIGNED     NOT NULL AUTO_INCREMENT,
  `module`      VARCHAR(15)          NOT NULL DEFAULT '',
  `action_type` TINYINT(2)           NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  KEY `aid` (`aid`),
  key `module` (`module`),
  KEY `action_type` (`action_type`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Users changes log';

CREATE TABLE IF NOT EXISTS `admin_permits` (
  `aid`     SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `section` SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `actions` SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `module`  VARCHAR(15)          NOT NULL DEFAULT '',
  UNIQUE KEY `aid_modules` (`aid`, `module`, `section`, `actions`),
  KEY `aid` (`aid`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Admin permissions';

CREATE TABLE IF NOT EXISTS `admins` (
  `id`               VARCHAR(20)          NOT NULL DEFAULT '' COMMENT 'Admin login',
  `name`             VARCHAR(80)          NOT NULL DEFAULT '',
  `position`         SMALLINT UNSIGNED    NOT NULL DEFAULT 0,
  `regdate`          DATE                 NOT NULL,
  `password`         BLOB                 NOT NULL,
  `password_changed_at` DATE              NOT NULL DEFAULT '0000-00-00',
  `gid`              SMALLINT(4) UNSIGNED NOT NULL DEFAULT '0',
  `aid`              SMALLINT(6) UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Admin ID',
  `disable`          TINYINT(1) UNSIGNED  NOT NULL DEFAULT '0',
  `phone`            VARCHAR(16)          NOT NULL DEFAULT '',
  `web_options`      TEXT                 NOT NULL,
  `email`            VARCHAR(35)          NOT NULL DEFAULT '',
  `comments`         TEXT                 NOT NULL,
  `domain_id`        SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `min_search_chars` TINYINT(2) UNSIGNED  NOT NULL DEFAULT '0',
  `max_rows`         SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `address`          VARCHAR(60)          NOT NULL DEFAULT '',
  `cell_phone`       VARCHAR(20)          NOT NULL DEFAULT '',
  `pasport_num`      VARCHAR(16)          NOT NULL DEFAULT '',
  `pasport_date`     DATE                 NOT NULL DEFAULT '0000-00-00',
  `pasport_expire`   DATE                 NOT NULL DEFAULT '0000-00-00',
  `pasport_grant`    VARCHAR(100)         NOT NULL DEFAULT '',
  `inn`              VARCHAR(20)          NOT NULL DEFAULT '',
  `birthday`         DATE                 NOT NULL,
  `max_credit`       DOUBLE(12, 4)        NOT NULL DEFAULT '0.00',
  `credit_days`      SMALLINT             NOT NULL DEFAULT 0,
  `full_log`         TINYINT(1) UNSIGNED  NOT NULL DEFAULT '0',
  `sip_number`       VARCHAR(15)          NOT NULL DEFAULT '',
  `api_key`          VARCHAR(100)         NOT NULL DEFAULT '',
  `gps_imei`         VARCHAR(15)          NOT NULL DEFAULT '',
  `rfid_number`      VARCHAR(15)          NOT NULL DEFAULT '',
  `start_work`       DATE                 NOT NULL,
  `telegram_id`      VARCHAR(15)          NOT NULL DEFAULT '',
  `expire`           DATETIME             NOT NULL DEFAULT '0000-00-00 00:00:00',
  `department`       SMALLINT(3) UNSIGNED NOT NULL DEFAULT '0',
  `g2fa`             VARCHAR (255)        NOT NULL DEFAULT '',
  `avatar_link`      VARCHAR (100)        NOT NULL DEFAULT '',
  `location_id`      INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `address_flat`     VARCHAR(10)          NOT NULL DEFAULT '',
  `availability_period` TINYINT(3) UNSIGNED NOT NULL DEFAULT '0',
  PRIMARY KEY (`aid`),
  UNIQUE KEY `id` (`id`),
  KEY `domain_id` (`domain_id`),
  KEY `sip_number` (`sip_number`),
  KEY `gid` (`gid`),
  KEY `disable` (`disable`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Admins list';

CREATE TABLE IF NOT EXISTS `admins_full_log` (
  `function_index` SMALLINT(5) UNSIGNED NOT NULL DEFAULT '0',
  `aid`            SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `function_name`  VARCHAR(32)          NOT NULL DEFAULT '',
  `datetime`       DATETIME             NOT NULL,
  `ip`             INT UNSIGNED         NOT NULL DEFAULT 0,
  `sid`            VARCHAR(32)          NOT NULL DEFAULT '',
  `params`         TEXT,
  KEY `aid` (`aid`),
  KEY `function_name` (`function_name`),
  KEY `datetime` (`datetime`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Admin full log';

CREATE TABLE IF NOT EXISTS `admin_bruteforce` (
  `login`      VARCHAR(20)         NOT NULL  DEFAULT '',
  `password`   BLOB                NOT NULL,
  `api_key`    VARCHAR(64)         NOT NULL  DEFAULT '',
  `datetime`   DATETIME            NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `ip`         INT(11) UNSIGNED    NOT NULL  DEFAULT '0',
  `auth_state` TINYINT(1) UNSIGNED NOT NULL  DEFAULT '0'
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Admins credentials brute force';

CREATE TABLE IF NOT EXISTS `bills` (
  `id`           INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `deposit`      DOUBLE(15, 6)    NOT NULL DEFAULT '0.000000',
  `uid`          INT(11) UNSIGNED NOT NULL DEFAULT '0',
  `company_id`   INT(11) UNSIGNED NOT NULL DEFAULT '0',
  `registration` DATE             NOT NULL,
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`, `company_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Users deposits';

CREATE TABLE IF NOT EXISTS `companies` (
  `id`               INT(11) UNSIGNED      NOT NULL AUTO_INCREMENT,
  `name`             VARCHAR(100)          NOT NULL DEFAULT '',
  `bill_id`          INT(11) UNSIGNED      NOT NULL DEFAULT '0',
  `tax_number`       VARCHAR(250)          NOT NULL DEFAULT '',
  `bank_account`     VARCHAR(250)                   DEFAULT NULL,
  `bank_name`        VARCHAR(150)                   DEFAULT NULL,
  `cor_bank_account` VARCHAR(150)                   DEFAULT NULL,
  `bank_bic`         VARCHAR(100)                   DEFAULT NULL,
  `edrpou`           VARCHAR(100)          NOT NULL DEFAULT '',
  `registration`     DATE                  NOT NULL DEFAULT '0000-00-00',
  `disable`          TINYINT(1) UNSIGNED   NOT NULL DEFAULT '0',
  `credit`           DOUBLE(10, 2)          NOT NULL DEFAULT '0.00',
  `credit_date`      DATE                  NOT NULL DEFAULT '0000-00-00',
  `address`          VARCHAR(100)          NOT NULL DEFAULT '',
  `phone`            VARCHAR(20)           NOT NULL DEFAULT '',
  `email`            VARCHAR(200)          NOT NULL DEFAULT '',
  `vat`              DOUBLE(5, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `contract_id`      VARCHAR(100)          NOT NULL DEFAULT '',
  `contract_date`    DATE                  NOT NULL DEFAULT '0000-00-00',
  `ext_bill_id`      INT(10) UNSIGNED      NOT NULL DEFAULT '0',
  `domain_id`        SMALLINT(6) UNSIGNED  NOT NULL DEFAULT 0,
  `representative`   VARCHAR(120)          NOT NULL DEFAULT '',
  `contract_sufix`   VARCHAR(5)            NOT NULL DEFAULT '',
  `location_id`      INT(11) UNSIGNED      NOT NULL DEFAULT '0',
  `address_flat`     VARCHAR(10)           NOT NULL DEFAULT '',
  `comments`         TEXT                  NOT NULL DEFAULT '',
  `indication`       VARCHAR(200)          NOT NULL DEFAULT '' COMMENT 'Contract indication',
  `contract_expiry`  DATE                  NOT NULL DEFAULT '0000-00-00',
  `contract_status`  TINYINT(1)  UNSIGNED  NOT NULL DEFAULT 0,
  `payment_type`     TINYINT(1)  UNSIGNED  NOT NULL DEFAULT 0 COMMENT 'Contract payment type',
  PRIMARY KEY (`id`),
  KEY `bill_id` (`bill_id`),
  KEY `contract_id` (`contract_id`),
  UNIQUE KEY `name` (`domain_id`, `name`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Companies';

CREATE TABLE IF NOT EXISTS `config` (
  `param`     VARCHAR(50)          NOT NULL DEFAULT '',
  `value`     VARCHAR(400)         NOT NULL DEFAULT '',
  `domain_id` SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  UNIQUE KEY `param` (`domain_id`, `param`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'System config';

CREATE TABLE IF NOT EXISTS `docs_invoices` (
  `id`              INT(11) UNSIGNED      NOT NULL  AUTO_INCREMENT,
  `date`            DATE                  NOT NULL  DEFAULT '0000-00-00',
  `created`         DATETIME              NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `customer`        VARCHAR(200)          NOT NULL  DEFAULT '',
  `phone`           VARCHAR(16)           NOT NULL  DEFAULT '0',
  `user`            VARCHAR(20)           NOT NULL  DEFAULT '',
  `invoice_num`     INT(10) UNSIGNED      NOT NULL  DEFAULT '0',
  `uid`             INT(11) UNSIGNED      NOT NULL  DEFAULT '0',
  `aid`             SMALLINT(6) UNSIGNED  NOT NULL  DEFAULT '0',
  `vat`             DOUBLE(5, 2) UNSIGNED NOT NULL  DEFAULT '0.00',
  `domain_id`       SMALLINT(6) UNSIGNED  NOT NULL  DEFAULT 0,
  `payment_id`      INT(11) UNSIGNED      NOT NULL  DEFAULT 0,
  `deposit`         DOUBLE(15, 6)         NOT NULL  DEFAULT '0.000000',
  `delivery_status` TINYINT(2) UNSIGNED   NOT NULL  DEFAULT '0',
  `exchange_rate`   DOUBLE(12, 4)         NOT NULL  DEFAULT '0.0000',
  `currency`        SMALLINT UNSIGNED     NOT NULL  DEFAULT 0,
  `tracking_date_to`     DATE             NOT NULL,
  `tracking_number_to`   VARCHAR(100)     NOT NULL DEFAULT '',
  `receive_date`         DATE             NOT NULL,
  `tracking_date_from`   DATE             NOT NULL,
  `tracking_number_from` VARCHAR(100)     NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `payment_id` (`payment_id`),
  KEY `domain_id` (`domain_id`),
  KEY `uid` (`uid`),
  KEY `aid` (`aid`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Docs Invoices';

CREATE TABLE IF NOT EXISTS `docs_invoice_orders` (
  `invoice_id` INT(11) UNSIGNED       NOT NULL DEFAULT '0',
  `orders`     VARCHAR(200)           NOT NULL DEFAULT '',
  `counts`     INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `unit`       TINYINT(3) UNSIGNED    NOT NULL DEFAULT '0',
  `price`      DOUBLE(10, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `fees_id`    INT(11) UNSIGNED       NOT NULL DEFAULT 0,
  `fees_type`  SMALLINT(6) UNSIGNED   NOT NULL DEFAULT 0,
  `type_fees_id` SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  KEY `invoice_id` (`invoice_id`),
  KEY `fees_id` (`fees_id`),
  FOREIGN KEY (`invoice_id`) REFERENCES `docs_invoices` (`id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Docs Invoice Orders';

CREATE TABLE IF NOT EXISTS `fees` (
  `date`           TIMESTAMP             NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `sum`            DOUBLE(12, 4)         NOT NULL  DEFAULT '0.00',
  `dsc`            VARCHAR(80)           NOT NULL  DEFAULT '',
  `ip`             INT(11) UNSIGNED      NOT NULL  DEFAULT '0',
  `last_deposit`   DOUBLE(15, 6)         NOT NULL  DEFAULT '0.000000',
  `uid`            INT(11) UNSIGNED      NOT NULL  DEFAULT '0',
  `aid`            SMALLINT(6) UNSIGNED  NOT NULL  DEFAULT '0',
  `id`             INT(11) UNSIGNED      NOT NULL  AUTO_INCREMENT,
  `bill_id`        INT(11) UNSIGNED      NOT NULL  DEFAULT '0',
  `vat`            DOUBLE(5, 2) UNSIGNED NOT NULL  DEFAULT '0.00',
  `inner_describe` VARCHAR(80)           NOT NULL  DEFAULT '',
  `method`         TINYINT(4) UNSIGNED   NOT NULL  DEFAULT '0',
  `reg_date`       TIMESTAMP             NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `date` (`date`),
  KEY `uid` (`uid`),
  KEY `aid` (`aid`)
) DEFAULT CHARSET = utf8
  COMMENT = 'Fees list';

CREATE TABLE IF NOT EXISTS `groups` (
  `gid`              SMALLINT(4) UNSIGNED NOT NULL DEFAULT '0',
  `name`             VARCHAR(80)          NOT NULL DEFAULT '',
  `descr`            VARCHAR(200)         NOT NULL DEFAULT '',
  `domain_id`        SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  `separate_docs`    TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `allow_credit`     TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `disable_paysys`   TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `disable_payments` TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `disable_chg_tp`   TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `disable_access`   TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `bonus`            TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `sms_service`      INT(10)    UNSIGNED  NOT NULL DEFAULT 0,
  `documents_access` TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  PRIMARY KEY (`gid`),
  UNIQUE KEY `name` (`domain_id`, `name`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Users group';

CREATE TABLE IF NOT EXISTS `internet_main`
(
    `id`               int(10) unsigned       NOT NULL AUTO_INCREMENT,
    `uid`              int(10) unsigned       NOT NULL DEFAULT '0',
    `tp_id`            smallint(6) unsigned   NOT NULL DEFAULT '0',
    `logins`           tinyint(3) unsigned    NOT NULL DEFAULT '0',
    `registration`     date                            DEFAULT '0000-00-00',
    `ip`               int(10) unsigned       NOT NULL DEFAULT '0',
    `ipv6`             VARBINARY(16)          NOT NULL DEFAULT '',
    `ipv6_prefix`      VARBINARY(16)          NOT NULL DEFAULT '',
    `ipv6_mask`        tinyint(1) unsigned    NOT NULL DEFAULT 0,
    `ipv6_prefix_mask` tinyint(1) unsigned    NOT NULL DEFAULT 0,
    `netmask`          int(10) unsigned       NOT NULL DEFAULT '4294967295',
    `filter_id`        varchar(150)           NOT NULL DEFAULT '',
    `speed`            int(10) unsigned       NOT NULL DEFAULT '0',
    `cid`              varchar(200)           NOT NULL DEFAULT '',
    `password`         blob                   NOT NULL,
    `disable`          tinyint(1) unsigned    NOT NULL DEFAULT '0',
    `join_service`     int(10) unsigned       NOT NULL DEFAULT '0',
    `turbo_mode`       tinyint(1) unsigned    NOT NULL DEFAULT '0',
    `free_turbo_mode`  smallint(6) unsigned   NOT NULL DEFAULT '0',
    `activate`         date                   NOT NULL DEFAULT '0000-00-00',
    `expire`           date                   NOT NULL DEFAULT '0000-00-00',
    `login`            varchar(24)            NOT NULL DEFAULT '',
    `detail_stats`     tinyint(1) unsigned    NOT NULL DEFAULT '0',
    `personal_tp`      double(14, 2) unsigned NOT NULL DEFAULT '0.00',
    `cpe_mac`          varchar(200)           NOT NULL DEFAULT '',
    `comments`         varchar(250)           NOT NULL DEFAULT '',
    `port`             varchar(100)           NOT NULL DEFAULT '',
    `vlan`             smallint(6) unsigned   NOT NULL DEFAULT '0',
    `nas_id`           smallint(6) unsigned   NOT NULL DEFAULT '0',
    `server_vlan`      smallint(6) unsigned   NOT NULL DEFAULT '0',
    `ipn_activate`     tinyint(1)             NOT NULL DEFAULT '0',
    PRIMARY KEY (`id`),
    KEY `uid` (`uid`),
    KEY `port` (`port`),
    KEY `nas_id` (`nas_id`),
    KEY `tp_id` (`tp_id`),
    KEY `cid` (`cid`),
    KEY `cpe_mac` (`cpe_mac`),
    KEY `vlan` (`vlan`),
    KEY `server_vlan` (`server_vlan`),
    KEY `ip` (`ip`)
)
    DEFAULT CHARSET = utf8
    COMMENT ='Internet users';

CREATE TABLE IF NOT EXISTS `internet_online` (
  `status`                     INT(3)               NOT NULL DEFAULT '0',
  `user_name`                  VARCHAR(32)          NOT NULL DEFAULT '',
  `started`                    DATETIME             NOT NULL,
  `nas_ip_address`             INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `nas_port_id`                INT(6) UNSIGNED      NOT NULL DEFAULT '0',
  `acct_session_id`            VARCHAR(40)          NOT NULL DEFAULT '',
  `acct_session_time`          INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `acct_input_octets`          BIGINT(14) UNSIGNED  NOT NULL DEFAULT '0',
  `acct_output_octets`         BIGINT(14) UNSIGNED  NOT NULL DEFAULT '0',
  `ex_input_octets`            BIGINT(14) UNSIGNED  NOT NULL DEFAULT '0',
  `ex_output_octets`           BIGINT(14) UNSIGNED  NOT NULL DEFAULT '0',
  `connect_term_reason`        SMALLINT(1) UNSIGNED NOT NULL DEFAULT '0',
  `framed_ip_address`          INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `framed_ipv6_prefix`         VARBINARY(16)        NOT NULL DEFAULT '',
  `delegated_ipv6_prefix`      VARBINARY(16)        NOT NULL DEFAULT '',
  `framed_interface_id`        VARBINARY(16)        NOT NULL DEFAULT '',
  `lupdated`                   INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `sum`                        DOUBLE(14, 6)        NOT NULL DEFAULT '0.000000',
  `cid`                        VARCHAR(20)          NOT NULL DEFAULT '',
  `connect_info`               VARCHAR(35)          NOT NULL DEFAULT '',
  `tp_id`                      SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `nas_id`                     SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `acct_input_gigawords`       SMALLINT(4) UNSIGNED NOT NULL DEFAULT '0',
  `acct_output_gigawords`      SMALLINT(4) UNSIGNED NOT NULL DEFAULT '0',
  `ex_input_octets_gigawords`  SMALLINT(4) UNSIGNED NOT NULL DEFAULT '0',
  `ex_output_octets_gigawords` SMALLINT(4) UNSIGNED NOT NULL DEFAULT '0',
  `uid`                        INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `join_service`               INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `turbo_mode`                 VARCHAR(30)          NOT NULL DEFAULT '',
  `guest`                      TINYINT(1) UNSIGNED  NOT NULL DEFAULT '0',
  `circuit_id`                 VARCHAR(25)          NOT NULL DEFAULT '',
  `remote_id`                  VARCHAR(25)          NOT NULL DEFAULT '',
  `hostname`                   VARCHAR(30)          NOT NULL DEFAULT '',
  `switch_port`                VARCHAR(11)          NOT NULL DEFAULT '',
  `vlan`                       SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `server_vlan`                SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `switch_mac`                 VARCHAR(17)          NOT NULL DEFAULT '',
  `dhcp_id`                    TINYINT(2)           NOT NULL DEFAULT '0',
  `dhcp_ends`                  DATETIME             NOT NULL,
  `service_id`                 INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  KEY `user_name` (`user_name`),
  KEY `acct_session_id` (`acct_session_id`),
  KEY `framed_ip_address` (`framed_ip_address`),
  KEY `service_id` (`service_id`),
  KEY `nas_id` (`nas_id`),
  KEY `uid` (`uid`),
  KEY `status` (`status`),
  KEY `switch_mac` (`switch_mac`)
)
  DEFAULT CHARSET = utf8
  COMMENT ='Internet online';

CREATE TABLE IF NOT EXISTS `internet_log` (
  `start`                      TIMESTAMP            NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `tp_id`                      SMALLINT(6) UNSIGNED NOT NULL  DEFAULT '0',
  `duration`                   INT(11)              NOT NULL  DEFAULT '0',
  `sent`                       INT(10) UNSIGNED     NOT NULL  DEFAULT '0',
  `recv`                       INT(10) UNSIGNED     NOT NULL  DEFAULT '0',
  `sum`                        DOUBLE(14, 6)        NOT NULL  DEFAULT '0.000000',
  `port_id`                    SMALLINT(5) UNSIGNED NOT NULL  DEFAULT '0',
  `nas_id`                     SMALLINT(6) UNSIGNED NOT NULL  DEFAULT '0',
  `ip`                         INT(10) UNSIGNED     NOT NULL  DEFAULT '0',
  `sent2`                      INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `recv2`                      INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `acct_session_id`            VARCHAR(32)          NOT NULL  DEFAULT '',
  `cid`                        VARCHAR(60)          NOT NULL  DEFAULT '',
  `bill_id`                    INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `uid`                        INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `terminate_cause`            TINYINT(4) UNSIGNED  NOT NULL  DEFAULT '0',
  `framed_ipv6_prefix`         VARBINARY(16)        NOT NULL  DEFAULT '',
  `acct_input_gigawords`       SMALLINT(4) UNSIGNED NOT NULL  DEFAULT '0',
  `acct_output_gigawords`      SMALLINT(4) UNSIGNED NOT NULL  DEFAULT '0',
  `ex_input_octets_gigawords`  SMALLINT(4) UNSIGNED NOT NULL  DEFAULT '0',
  `ex_output_octets_gigawords` SMALLINT(4) UNSIGNED NOT NULL  DEFAULT '0',
  `guest`                      TINYINT(1) UNSIGNED  NOT NULL  DEFAULT '0',
  KEY `uid` (`uid`, `start`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Internet sessions logs';

CREATE TABLE IF NOT EXISTS `ippools` (
  `id`               SMALLINT(6) UNSIGNED NOT NULL AUTO_INCREMENT,
  `nas`              SMALLINT(5) UNSIGNED NOT NULL DEFAULT '0',
  `ip`               INT(10) UNSIGNED     NOT NULL DEFAULT '0',
  `counts`           INT(10) UNSIGNED     NOT NULL DEFAULT '0',
  `name`             VARCHAR(80)          NOT NULL DEFAULT '',
  `priority`         TINYINT(4) UNSIGNED  NOT NULL DEFAULT '0',
  `static`           TINYINT(1) UNSIGNED  NOT NULL DEFAULT '0',
  `speed`            INT(10) UNSIGNED     NOT NULL DEFAULT '0',
  `ipv6_prefix`      VARBINARY(16)        NOT NULL DEFAULT '',
  `ipv6_mask`        TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `ipv6_template`    VARBINARY(100)       NOT NULL DEFAULT '',
  `ipv6_pd`          VARBINARY(16)        NOT NULL DEFAULT '',
  `ipv6_pd_mask`     TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `ipv6_pd_template` VARBINARY(100)       NOT NULL DEFAULT '',
  `next_pool_id`     SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  `netmask`          INT(11) UNSIGNED     NOT NULL DEFAULT '4294967295',
  `dns`              VARCHAR(32)          NOT NULL DEFAULT '',
  `ntp`              VARCHAR(80)          NOT NULL DEFAULT '',
  `gateway`          INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `guest`            TINYINT(1) UNSIGNED  NOT NULL DEFAULT '0',
  `domain_id`        smallint(6) UNSIGNED NOT NULL DEFAULT '0',
  `vlan`             smallint(2) unsigned not null default 0,
  `comments`         TEXT                 NOT NULL,
  `ip_skip`          MEDIUMTEXT           NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nas` (`nas`, `ip`),
  KEY `guest` (`guest`),
  KEY `priority` (`priority`),
  KEY `static` (`static`),
  KEY `ipv6_prefix` (`ipv6_prefix`),
  KEY `domain_id` (`domain_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'IP Pools';

CREATE TABLE IF NOT EXISTS `msgs_attachments` (
  `id`           BIGINT(20) UNSIGNED   NOT NULL  AUTO_INCREMENT,
  `message_id`   BIGINT(20)            NOT NULL  DEFAULT '0',
  `delivery_id`  SMALLINT(11) UNSIGNED NOT NULL  DEFAULT '0',
  `filename`     VARCHAR(250)          NOT NULL  DEFAULT '',
  `content_size` VARCHAR(30)           NOT NULL  DEFAULT '',
  `content_type` VARCHAR(250)          NOT NULL  DEFAULT '',
  `content`      LONGBLOB              NOT NULL,
  `create_time`  DATETIME              NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `create_by`    INT(11)               NOT NULL  DEFAULT '0',
  `change_time`  DATETIME              NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `change_by`    INT(11)               NOT NULL  DEFAULT '0',
  `message_type` TINYINT(2)            NOT NULL  DEFAULT '0',
  `coordx`       DOUBLE(20, 14)        NOT NULL  DEFAULT '0',
  `coordy`       DOUBLE(20, 14)        NOT NULL  DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `article_attachment_article_id` (`message_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Messages Attachment table';

CREATE TABLE IF NOT EXISTS `msgs_chapters` (
  `id`            SMALLINT(6) UNSIGNED NOT NULL AUTO_INCREMENT,
  `responsible`   SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `name`          VARCHAR(100)          NOT NULL DEFAULT '',
  `inner_chapter` TINYINT(1) UNSIGNED  NOT NULL DEFAULT '0',
  `autoclose`     SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `color`         VARCHAR(7)           NOT NULL DEFAULT '',
  `domain_id`     SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`, `domain_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Msgs chapters';

CREATE TABLE IF NOT EXISTS `msgs_messages` (
  `id`               INT(11)     UNSIGNED     NOT NULL  AUTO_INCREMENT,
  `par`              INT(11)     UNSIGNED     NOT NULL  DEFAULT '0',
  `uid`              INT(11)     UNSIGNED     NOT NULL  DEFAULT '0',
  `chapter`          SMALLINT(6) UNSIGNED     NOT NULL  DEFAULT '0',
  `message`          TEXT                     NOT NULL,
  `reply`            TEXT                     NOT NULL,
  `ip`               INT(11)     UNSIGNED     NOT NULL  DEFAULT '0',
  `date`             DATETIME                 NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `state`            TINYINT(2)  UNSIGNED               DEFAULT '0',
  `aid`              SMALLINT(6) UNSIGNED     NOT NULL  DEFAULT '0' COMMENT 'Admin ID',
  `subject`          VARCHAR(150)             NOT NULL  DEFAULT '',
  `gid`              SMALLINT(4) UNSIGNED     NOT NULL  DEFAULT '0' COMMENT 'Users gid',
  `priority`         TINYINT(4)  UNSIGNED     NOT NULL  DEFAULT '0',
  `lock_msg`         TINYINT(1)  UNSIGNED     NOT NULL  DEFAULT '0',
  `closed_date`      DATETIME                 NOT NULL  DEFAULT '0000-00-00' COMMENT 'Close date',
  `done_date`        DATE                     NOT NULL  DEFAULT '0000-00-00' COMMENT 'Msg done date',
  `plan_date`        DATE                     NOT NULL  DEFAULT '0000-00-00' COMMENT 'Planing for execute date',
  `plan_time`        TIME                     NOT NULL  DEFAULT '00:00:00'   COMMENT 'Planing for execute time',
  `user_read`        DATETIME                 NOT NULL,
  `admin_read`       DATETIME                 NOT NULL,
  `resposible`       SMALLINT(6) UNSIGNED     NULL      DEFAULT '0',
  `inner_msg`        TINYINT(1)  UNSIGNED     NOT NULL  DEFAULT '0' COMMENT 'Inner message',
  `phone`            VARCHAR(16)              NOT NULL  DEFAULT '',
  `dispatch_id`      INTEGER(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `deligation`       TINYINT(4)  UNSIGNED     NOT NULL  DEFAULT '0',
  `deligation_level` TINYINT(4)  UNSIGNED     NOT NULL  DEFAULT '0',
  `survey_id`        SMALLINT(6) UNSIGNED     NOT NULL  DEFAULT '0',
  `rating`           TINYINT(4)  UNSIGNED     NOT NULL  DEFAULT '0' COMMENT 'Message rating',
  `rating_comment`   TEXT                     NOT NULL,
  `location_id`      INT(11)     UNSIGNED     NOT NULL  DEFAULT '0',
  `domain_id`        SMALLINT(6) UNSIGNED     NOT NULL  DEFAULT '0',
  `plan_interval`    SMALLINT(6) UNSIGNED     NOT NULL  DEFAULT '0',
  `plan_position`    SMALLINT(6) UNSIGNED     NOT NULL  DEFAULT '0',
  `closed_aid`       SMALLINT(6) UNSIGNED     NOT NULL  DEFAULT '0' COMMENT 'Closed Admin ID',
  `client_responsible` VARCHAR(60)            NOT NULL  DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `aid` (`aid`),
  KEY `resposible` (`resposible`),
  KEY `uid` (`uid`),
  KEY `chapter` (`chapter`),
  KEY `state` (`state`),
  KEY `dispatch_id` (`dispatch_id`),
  KEY `date` (`date`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Msgs Messages';

CREATE TABLE IF NOT EXISTS `msgs_reply` (
  `id`        INT(11) UNSIGNED     NOT NULL  AUTO_INCREMENT,
  `main_msg`  INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `text`      TEXT                 NOT NULL,
  `datetime`  DATETIME             NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `aid`       SMALLINT(6) UNSIGNED NOT NULL  DEFAULT '0',
  `status`    TINYINT(4) UNSIGNED  NOT NULL  DEFAULT '0',
  `caption`   VARCHAR(40)          NOT NULL  DEFAULT '',
  `ip`        INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `uid`       INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `inner_msg` TINYINT(1) UNSIGNED  NOT NULL  DEFAULT '0',
  `survey_id` SMALLINT(6) UNSIGNED NOT NULL  DEFAULT '0',
  `run_time`  INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `aid` (`aid`),
  KEY `main_msg` (`main_msg`),
  KEY `inner_msg` (`inner_msg`),
  KEY `datetime` (`datetime`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Msgs replies';

CREATE TABLE IF NOT EXISTS `msgs_survey_answers` (
  `question_id` INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `uid`         INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `answer`      TINYINT(4) UNSIGNED  NOT NULL DEFAULT '0',
  `comments`    TEXT                 NOT NULL,
  `date_time`   DATETIME             NOT NULL,
  `survey_id`   SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `msg_id`      INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `reply_id`    INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  PRIMARY KEY (`uid`, `msg_id`, `reply_id`, `question_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Messages Survey Answers';

CREATE TABLE IF NOT EXISTS `msgs_status` (
  `id`          SMALLINT(2) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name`        VARCHAR(80)          NOT NULL DEFAULT '',
  `readiness`   TINYINT(2) UNSIGNED  NOT NULL DEFAULT 0,
  `task_closed` TINYINT(1)           NOT NULL DEFAULT 0,
  `color`       VARCHAR(7)           NOT NULL DEFAULT '',
  `icon`        VARCHAR(30)          NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE `name` (`name`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Messages statuses';

CREATE TABLE IF NOT EXISTS `msgs_delivery` (
  `id`          SMALLINT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `send_date`   DATE                  NOT NULL,
  `send_time`   TIME                  NOT NULL,
  `added`       DATETIME              NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `aid`         SMALLINT(6) UNSIGNED  NOT NULL DEFAULT '0',
  `text`        TEXT                  NOT NULL,
  `subject`     VARCHAR(250)          NOT NULL DEFAULT '',
  `send_method` TINYINT(2) UNSIGNED   NOT NULL DEFAULT '0',
  `priority`    TINYINT(2) UNSIGNED   NOT NULL DEFAULT '0',
  `status`      TINYINT(1) UNSIGNED   NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Msgs delivery list';

CREATE TABLE IF NOT EXISTS `msgs_delivery_users` (
  `id`           INTEGER(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `uid`          INTEGER(11) UNSIGNED NOT NULL DEFAULT '0',
  `mdelivery_id` INTEGER(11) UNSIGNED NOT NULL DEFAULT '0',
  `sended_date`  DATETIME             NOT NULL,
  `send_method`  TINYINT(2) UNSIGNED  NOT NULL DEFAULT '0',
  `status`       TINYINT(1) UNSIGNED  NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdelivery_id` (`mdelivery_id`, `uid`),
  KEY `uid` (`uid`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Msgs delivery users';

CREATE TABLE IF NOT EXISTS `nas` (
  `id`             SMALLINT(5) UNSIGNED NOT NULL  AUTO_INCREMENT,
  `name`           VARCHAR(80)                    DEFAULT NULL,
  `nas_identifier` VARCHAR(20)          NOT NULL  DEFAULT '',
  `descr`          VARCHAR(250)                   DEFAULT NULL,
  `ip`             INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `nas_type`       VARCHAR(20)                    DEFAULT NULL,
  `auth_type`      TINYINT(3) UNSIGNED  NOT NULL  DEFAULT '0',
  `mng_host_port`  VARCHAR(28)          NOT NULL  DEFAULT '',
  `mng_user`       VARCHAR(20)                    DEFAULT NULL,
  `mng_password`   BLOB                 NOT NULL,
  `rad_pairs`      TEXT                 NOT NULL,
  `alive`          SMALLINT(6) UNSIGNED NOT NULL  DEFAULT '0',
  `disable`        TINYINT(6) UNSIGNED  NOT NULL  DEFAULT '0',
  `ext_acct`       TINYINT(1) UNSIGNED  NOT NULL  DEFAULT '0',
  `domain_id`      SMALLINT(6) UNSIGNED NOT NULL  DEFAULT 0,
  `address_street` VARCHAR(100)         NOT NULL  DEFAULT '',
  `address_build`  VARCHAR(10)          NOT NULL  DEFAULT '',
  `address_flat`   VARCHAR(10)          NOT NULL  DEFAULT '',
  `zip`            VARCHAR(7)           NOT NULL  DEFAULT '',
  `city`           VARCHAR(20)          NOT NULL  DEFAULT '',
  `country`        TINYINT(6) UNSIGNED  NOT NULL  DEFAULT '0',
  `gid`            SMALLINT(6) UNSIGNED NOT NULL  DEFAULT 0,
  `mac`            VARCHAR(17)          NOT NULL  DEFAULT '',
  `changed`        DATETIME             NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `location_id`    INTEGER(11) UNSIGNED NOT NULL  DEFAULT '0',
  `floor`          VARCHAR(10)          NOT NULL DEFAULT '',
  `entrance`       VARCHAR(10)          NOT NULL DEFAULT '',
  `zabbix_hostid` INT(11)     UNSIGNED NOT NULL  DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `mac` (`mac`),
  KEY `gid` (`gid`),
  UNIQUE KEY `domain_id` (`domain_id`, `ip`, `nas_identifier`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Nas servers list';

CREATE TABLE IF NOT EXISTS `push_contacts`
(
  `id`      INT(11) UNSIGNED     NOT NULL AUTO_INCREMENT,
  `uid`     INT(11) UNSIGNED     NOT NULL DEFAULT 0,
  `aid`     SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  `type_id` TINYINT(2) UNSIGNED  NOT NULL DEFAULT 0,
  `value`   VARCHAR(210)         NOT NULL DEFAULT '',
  `badges`  TINYINT(2) UNSIGNED  NOT NULL DEFAULT 0,
  `date`    DATETIME             NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  KEY `aid` (`aid`),
  UNIQUE KEY `_type_id_endpoint` (`value`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Push contacts';

CREATE TABLE IF NOT EXISTS `sender_log` (
  `id`          INT(11) UNSIGNED     NOT NULL AUTO_INCREMENT,
  `sender_type` TINYINT(2) UNSIGNED  NOT NULL DEFAULT 0,
  `destination` VARCHAR(60)          NOT NULL DEFAULT '',
  `source`      VARCHAR(60)          NOT NULL DEFAULT '',
  `message`     TEXT,
  `subject`     TEXT,
  `created`     DATETIME             NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `result`      SMALLINT(2) UNSIGNED NOT NULL DEFAULT 0,
  `uid`         INT(11) UNSIGNED     NOT NULL DEFAULT 0,
  `aid`         SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `aid` (`aid`),
  KEY `uid` (`uid`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Sender log';

CREATE TABLE IF NOT EXISTS `payments` (
  `date`           TIMESTAMP            NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `sum`            DOUBLE(10, 2)        NOT NULL  DEFAULT '0.00',
  `dsc`            VARCHAR(80)          NOT NULL  DEFAULT '',
  `ip`             INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `last_deposit`   DOUBLE(15, 6)        NOT NULL  DEFAULT '0.000000',
  `uid`            INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `aid`            SMALLINT(6) UNSIGNED NOT NULL  DEFAULT '0',
  `id`             INT(11) UNSIGNED     NOT NULL  AUTO_INCREMENT,
  `method`         TINYINT(4) UNSIGNED  NOT NULL  DEFAULT '0',
  `ext_id`         VARCHAR(50)          NOT NULL  DEFAULT '',
  `bill_id`        INT(11) UNSIGNED     NOT NULL  DEFAULT '0',
  `inner_describe` VARCHAR(80)          NOT NULL  DEFAULT '',
  `amount`         DOUBLE(10, 2)        NOT NULL  DEFAULT '0.00' COMMENT 'Sum in currency',
  `currency`       SMALLINT UNSIGNED    NOT NULL  DEFAULT 0,
  `reg_date`       TIMESTAMP            NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `date` (`date`),
  KEY `uid` (`uid`),
  KEY `aid` (`aid`),
  KEY `ext_id` (`ext_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Payments log';

CREATE TABLE IF NOT EXISTS `payments_type` (
    `id`              TINYINT(4) UNSIGNED PRIMARY KEY AUTO_INCREMENT,
    `name`            VARCHAR(80)         NOT NULL DEFAULT '',
    `color`           VARCHAR(7)          NOT NULL DEFAULT '',
    `default_payment` TINYINT(3) UNSIGNED NOT NULL DEFAULT 0,
    `fees_type`       TINYINT(4) UNSIGNED NOT NULL DEFAULT 0 COMMENT 'make fees for this payments'
)
    DEFAULT CHARSET = utf8
    COMMENT = 'Payment types';

CREATE TABLE IF NOT EXISTS `docs_receipts` (
  `id`              INT(11) UNSIGNED      NOT NULL  AUTO_INCREMENT,
  `date`            DATE                  NOT NULL  DEFAULT '0000-00-00',
  `customer`        VARCHAR(200)          NOT NULL  DEFAULT '',
  `phone`           VARCHAR(16)           NOT NULL  DEFAULT '0',
  `aid`             SMALLINT(6) UNSIGNED  NOT NULL  DEFAULT '0',
  `uid`             INT(11) UNSIGNED      NOT NULL  DEFAULT '0',
  `created`         DATETIME              NOT NULL  DEFAULT CURRENT_TIMESTAMP,
  `receipt_num`     INT(10) UNSIGNED      NOT NULL  DEFAULT '0',
  `vat`             DOUBLE(5, 2) UNSIGNED NOT NULL  DEFAULT '0.00',
  `by_proxy_seria`  VARCHAR(40)           NOT NULL  DEFAULT '',
  `by_proxy_person` VARCHAR(15)           NOT NULL  DEFAULT '',
  `by_proxy_date`   DATE                  NOT NULL  DEFAULT '0000-00-00',
  `domain_id`       SMALLINT(6) UNSIGNED  NOT NULL  DEFAULT 0,
  `payment_id`      INT(11) UNSIGNED      NOT NULL  DEFAULT 0,
  `deposit`         DOUBLE(15, 6)         NOT NULL  DEFAULT '0.000000',
  `delivery_status` TINYINT(2) UNSIGNED   NOT NULL  DEFAULT '0',
  `exchange_rate`   DOUBLE(12, 4)         NOT NULL  DEFAULT '0.0000',
  `currency`        SMALLINT(6) UNSIGNED  NOT NULL  DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `payment_id` (`payment_id`),
  KEY `domain_id` (`domain_id`),
  FOREIGN KEY (`payment_id`) REFERENCES `payments` (`id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Docs Receipts';

CREATE TABLE IF NOT EXISTS `fees_types` (
  `id`               SMALLINT(6) UNSIGNED NOT NULL AUTO_INCREMENT,
  `sum`              DOUBLE(10, 2)        NOT NULL DEFAULT '0.00',
  `name`             VARCHAR(80)          NOT NULL DEFAULT '',
  `default_describe` VARCHAR(80)          NOT NULL DEFAULT '',
  `tax`              DOUBLE(10, 2)        NOT NULL DEFAULT '0.00',
  `parent_id`        SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  `subconto`         VARCHAR(20)          NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Fees types';

CREATE TABLE IF NOT EXISTS `shedule` (
  `id`           INT(10) UNSIGNED     NOT NULL AUTO_INCREMENT,
  `uid`          INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `date`         DATE                 NOT NULL DEFAULT '0000-00-00',
  `type`         VARCHAR(50)          NOT NULL DEFAULT '',
  `action`       TEXT                 NOT NULL,
  `aid`          SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `counts`       TINYINT(4) UNSIGNED  NOT NULL DEFAULT '0',
  `d`            CHAR(2)              NOT NULL DEFAULT '*',
  `m`            CHAR(2)              NOT NULL DEFAULT '*',
  `y`            VARCHAR(4)           NOT NULL DEFAULT '*',
  `h`            CHAR(2)              NOT NULL DEFAULT '*',
  `module`       VARCHAR(15)          NOT NULL DEFAULT '',
  `comments`     VARCHAR(120)         NOT NULL DEFAULT '',
  `admin_action` TINYINT(1) UNSIGNED  NOT NULL DEFAULT '0',
  `service_id`   INT(11) UNSIGNED     NOT NULL DEFAULT '0' COMMENT 'MODULE Service ID',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_action` (`h`, `d`, `m`, `y`, `type`, `uid`, `module`, `action`(255)),
  KEY `date_type_uid` (`date`, `type`, `uid`),
  KEY `uid` (`uid`),
  KEY `aid` (`aid`),
  KEY `type` (`type`),
  KEY `module` (`module`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Shedules';

CREATE TABLE IF NOT EXISTS `tarif_plans` (
  `id`                      SMALLINT(5) UNSIGNED   NOT NULL DEFAULT '0',
  `month_fee`               DOUBLE(14, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `fixed_fees_day`          TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  `fixed_fees_free_period`  TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  `uplimit`                 DOUBLE(14, 2)          NOT NULL DEFAULT '0.00',
  `name`                    VARCHAR(80)            NOT NULL DEFAULT '',
  `day_fee`                 DOUBLE(14, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `active_day_fee`          TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  `active_month_fee`        TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  `logins`                  TINYINT(1)             NOT NULL DEFAULT '0',
  `day_time_limit`          INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `week_time_limit`         INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `month_time_limit`        INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `day_traf_limit`          INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `week_traf_limit`         INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `month_traf_limit`        INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `prepaid_trafic`          INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `change_price`            DOUBLE(14, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `activate_price`          DOUBLE(14, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `credit_tresshold`        DOUBLE(8, 2) UNSIGNED  NOT NULL DEFAULT '0.00',
  `age`                     SMALLINT(6) UNSIGNED   NOT NULL DEFAULT '0',
  `octets_direction`        TINYINT(2) UNSIGNED    NOT NULL DEFAULT '0',
  `max_session_duration`    INT(11) UNSIGNED       NOT NULL DEFAULT '0',
  `filter_id`               VARCHAR(150)           NOT NULL DEFAULT '',
  `payment_type`            TINYINT(1)             NOT NULL DEFAULT '0',
  `min_session_cost`        DOUBLE(14, 5) UNSIGNED NOT NULL DEFAULT '0.00000',
  `rad_pairs`               TEXT,
  `reduction_fee`           TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  `postpaid_daily_fee`      TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  `postpaid_monthly_fee`    TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  `module`                  VARCHAR(15)            NOT NULL DEFAULT '',
  `traffic_transfer_period` TINYINT(4) UNSIGNED    NOT NULL DEFAULT '0',
  `gid`                     SMALLINT(6) UNSIGNED   NOT NULL DEFAULT '0',
  `neg_deposit_filter_id`   VARCHAR(150)           NOT NULL DEFAULT '',
  `tp_id`                   SMALLINT(6) UNSIGNED   NOT NULL AUTO_INCREMENT,
  `ext_bill_account`        TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  `credit`                  DOUBLE(10, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `user_credit_limit`       DOUBLE(10, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `ippool`                  SMALLINT(6) UNSIGNED   NOT NULL DEFAULT '0',
  `period_alignment`        TINYINT(1)             NOT NULL DEFAULT '0',
  `min_use`                 DOUBLE(14, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `abon_distribution`       TINYINT(1)             NOT NULL DEFAULT '0',
  `small_deposit_action`    SMALLINT(6)            NOT NULL DEFAULT '0',
  `domain_id`               SMALLINT(6) UNSIGNED   NOT NULL DEFAULT '0',
  `total_time_limit`        INTEGER(11) UNSIGNED   NOT NULL DEFAULT '0',
  `total_traf_limit`        INTEGER(11) UNSIGNED   NOT NULL DEFAULT '0',
  `priority`                SMALLINT(5) UNSIGNED   NOT NULL DEFAULT '0',
  `comments`                TEXT                   NOT NULL,
  `bills_priority`          TINYINT(5) UNSIGNED    NOT NULL DEFAULT '0',
  `fine`                    DOUBLE(14, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `neg_deposit_ippool`      SMALLINT(6) UNSIGNED   NOT NULL DEFAULT '0',
  `next_tp_id`              SMALLINT(6) UNSIGNED   NOT NULL DEFAULT '0',
  `fees_method`             TINYINT(4) UNSIGNED    NOT NULL DEFAULT '0',
  `ext_bill_fees_method`    TINYINT(4) UNSIGNED    NOT NULL DEFAULT '0',
  `service_id`              TINYINT(2) UNSIGNED    NOT NULL DEFAULT '0',
  `status`                  TINYINT(1)             NOT NULL DEFAULT '0',
  `describe_aid`            VARCHAR(250)           NOT NULL DEFAULT '',
  `promotional`             TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  `popular`                 TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  UNIQUE KEY (`id`, `module`, `domain_id`),
  PRIMARY KEY `tp_id` (`tp_id`),
  KEY `name` (`name`, `domain_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Tarif plans';

CREATE TABLE IF NOT EXISTS `users` (
  `id`             VARCHAR(20)          NOT NULL DEFAULT '',
  `activate`       DATE                 NOT NULL DEFAULT '0000-00-00',
  `expire`         DATE                 NOT NULL DEFAULT '0000-00-00',
  `credit`         DOUBLE(10, 2)        NOT NULL DEFAULT '0.00',
  `reduction`      DOUBLE(6, 2)         NOT NULL DEFAULT '0.00',
  `reduction_date` DATE                 NOT NULL DEFAULT '0000-00-00',
  `registration`   DATE                          DEFAULT '0000-00-00',
  `password`       BLOB                 NOT NULL,
  `uid`            INT(11) UNSIGNED     NOT NULL AUTO_INCREMENT,
  `gid`            SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `disable`        TINYINT(2) UNSIGNED  NOT NULL DEFAULT '0',
  `disable_date`   DATE                 NOT NULL DEFAULT '0000-00-00',
  `company_id`     INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `bill_id`        INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `ext_bill_id`    INT(10) UNSIGNED     NOT NULL DEFAULT '0',
  `credit_date`    DATE                          DEFAULT '0000-00-00',
  `domain_id`      SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  `deleted`        TINYINT(1) UNSIGNED  NOT NULL DEFAULT '0',
  PRIMARY KEY (`uid`),
  UNIQUE KEY `id` (`domain_id`, `id`),
  KEY `bill_id` (`bill_id`),
  KEY `gid` (`gid`),
  KEY `company_id` (`company_id`),
  KEY `deleted` (`deleted`),
  KEY `login` (`id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Users list';

CREATE TABLE IF NOT EXISTS `web_users_sessions` (
  `uid`         INT(11) UNSIGNED NOT NULL DEFAULT '0',
  `datetime`    INT(11) UNSIGNED NOT NULL DEFAULT '0',
  `login`       VARCHAR(20)      NOT NULL DEFAULT '',
  `remote_addr` INT(11) UNSIGNED NOT NULL DEFAULT '0',
  `sid`         VARCHAR(32)      NOT NULL DEFAULT '',
  `ext_info`    VARCHAR(200)     NOT NULL DEFAULT '',
  `coordx`      DOUBLE(20, 14)   NOT NULL DEFAULT '0',
  `coordy`      DOUBLE(20, 14)   NOT NULL DEFAULT '0',
  PRIMARY KEY (`sid`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'User Web Sessions';

CREATE TABLE IF NOT EXISTS `users_pi` (
  `uid`            INT(11) UNSIGNED     NOT NULL DEFAULT 0,
  `fio`            VARCHAR(120)         NOT NULL DEFAULT '',
  `fio2`           VARCHAR(40)          NOT NULL DEFAULT '',
  `fio3`           VARCHAR(40)          NOT NULL DEFAULT '',
  `phone`          VARCHAR(16)          NOT NULL DEFAULT '',
  `email`          VARCHAR(250)         NOT NULL DEFAULT '',
  `country_id`     SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `address_street` VARCHAR(100)         NOT NULL DEFAULT '',
  `address_build`  VARCHAR(10)          NOT NULL DEFAULT '',
  `address_flat`   VARCHAR(10)          NOT NULL DEFAULT '',
  `comments`       TEXT                 NOT NULL,
  `contract_id`    VARCHAR(100)         NOT NULL DEFAULT '',
  `contract_date`  DATE                 NOT NULL DEFAULT '0000-00-00',
  `contract_sufix` VARCHAR(5)           NOT NULL DEFAULT '',
  `contract_expiry`DATE                 NOT NULL DEFAULT '0000-00-00',
  `contract_status`TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `indication`     VARCHAR(200)         NOT NULL DEFAULT '',
  `payment_type`   TINYINT(1) UNSIGNED  NOT NULL DEFAULT 0,
  `pasport_num`    VARCHAR(16)          NOT NULL DEFAULT '',
  `pasport_date`   DATE                 NOT NULL DEFAULT '0000-00-00',
  `pasport_grant`  VARCHAR(100)         NOT NULL DEFAULT '',
  `birth_date`     DATE                 NOT NULL DEFAULT '0000-00-00',
  `reg_address`    TEXT                 NOT NULL,
  `floor`          SMALLINT(3) UNSIGNED NOT NULL DEFAULT '0',
  `entrance`       SMALLINT(3) UNSIGNED NOT NULL DEFAULT '0',
  `zip`            VARCHAR(7)           NOT NULL DEFAULT '',
  `city`           VARCHAR(20)          NOT NULL DEFAULT '',
  `accept_rules`   TINYINT(1) UNSIGNED  NOT NULL DEFAULT '0',
  `location_id`    INTEGER(11) UNSIGNED NOT NULL DEFAULT '0',
  `tax_number`     VARCHAR(30)          NOT NULL DEFAULT '0',
  PRIMARY KEY (`uid`),
  KEY `location_id` (`location_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Users personal info';

CREATE TABLE IF NOT EXISTS `users_contact_types`
(
  `id`         SMALLINT(6) UNSIGNED PRIMARY KEY NOT NULL AUTO_INCREMENT,
  `name`       VARCHAR(80)                      NOT NULL DEFAULT '',
  `is_default` TINYINT(1) UNSIGNED              NOT NULL DEFAULT 0,
  `hidden`     TINYINT(1) UNSIGNED NOT NULL DEFAULT 0
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Types of user contacts';

CREATE TABLE IF NOT EXISTS `users_contacts` (
  `id`       INT(11) UNSIGNED PRIMARY KEY AUTO_INCREMENT,
  `uid`      INT(11) UNSIGNED     NOT NULL DEFAULT 0,
  `type_id`  SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  `value`    VARCHAR(250)         NOT NULL DEFAULT '',
  `priority` SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  `date`     DATE                 NOT NULL DEFAULT '0000-00-00',
  `comments` TEXT                 NOT NULL,
  FOREIGN KEY (`uid`) REFERENCES users (`uid`)
    ON DELETE CASCADE,
  FOREIGN KEY (`type_id`) REFERENCES users_contact_types (`id`)
    ON DELETE CASCADE,
  KEY `_uid_contact` (`uid`),
  KEY `priority` (`priority`),
  KEY `value` (`value`),
  KEY `type_id` (`type_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Main user contacts table';

CREATE TABLE IF NOT EXISTS `streets` (
  `id`          SMALLINT(6) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name`        VARCHAR(100)         NOT NULL DEFAULT '',
  `district_id` SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `second_name` VARCHAR(50)          NOT NULL DEFAULT '',
  `type`        TINYINT(1)           NOT NULL DEFAULT '0',
  `population`  INT UNSIGNED         NOT NULL DEFAULT 0,
  `households`  INT UNSIGNED         NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `district_id` (`district_id`),
  UNIQUE KEY `name_district` (`name`, `district_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Locations streets';

CREATE TABLE IF NOT EXISTS `districts` (
  `id`        SMALLINT(6) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name`      VARCHAR(100)         NOT NULL DEFAULT '',
  `zip`       VARCHAR(7)           NOT NULL DEFAULT '',
  `comments`  TEXT                 NOT NULL,
  `coordx`    DOUBLE(20, 14)       NOT NULL DEFAULT '0',
  `coordy`    DOUBLE(20, 14)       NOT NULL DEFAULT '0',
  `parent_id` SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  `type_id`   SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  `path`      VARCHAR(255)         NOT NULL DEFAULT '',
  `domain_id` SMALLINT(4) UNSIGNED NOT NULL DEFAULT 0,
  `population` INT UNSIGNED        NOT NULL DEFAULT 0,
  `households` INT UNSIGNED        NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `idx_path` (`path`),
  KEY `parent_id` (`parent_id`),
  KEY `type_id` (`type_id`),
  UNIQUE KEY `name` (`name`, `domain_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Locations districts';

CREATE TABLE IF NOT EXISTS `builds` (
  `id`                  INTEGER(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  `street_id`           SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `number`              VARCHAR(10)          NOT NULL DEFAULT '',
  `flors`               TINYINT(4) UNSIGNED  NOT NULL DEFAULT '0',
  `entrances`           TINYINT(4) UNSIGNED  NOT NULL DEFAULT '0',
  `added`               TIMESTAMP            NOT NULL,
  `coordx`              DOUBLE(20, 14)       NOT NULL DEFAULT '0',
  `coordy`              DOUBLE(20, 14)       NOT NULL DEFAULT '0',
  `flats`               SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `build_schema`        VARCHAR(150)         NOT NULL DEFAULT '',
  `contract_id`         VARCHAR(12)          NOT NULL DEFAULT '',
  `contract_date`       DATE                 NOT NULL DEFAULT '0000-00-00',
  `contract_price`      DOUBLE(15, 6)        NOT NULL DEFAULT '0.000000',
  `comments`            TEXT,
  `public_comments`     TEXT,
  `zip`                 VARCHAR(7)           NOT NULL DEFAULT '',
  `planned_to_connect`  tinyint(1) unsigned  NOT NULL default '0',
  `numbering_direction` tinyint(1) unsigned  NOT NULL default '0',
  `start_numbering_flat`SMALLINT(6) UNSIGNED NOT NULL DEFAULT '1',
  `block`               VARCHAR(20)          NOT NULL DEFAULT '',
  `type_id`             SMALLINT(6) UNSIGNED NOT NULL DEFAULT 0,
  `status_id`           SMALLINT(6) UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `street_id` (`street_id`, `number`, `block`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Address Builds';

CREATE TABLE `users_status` (
 `id`    TINYINT(2) UNSIGNED NOT NULL DEFAULT '0',
 `name`  varchar(80)         NOT NULL DEFAULT '',
 `color` varchar(6)          NOT NULL DEFAULT '',
 `descr` varchar(120)        NOT NULL DEFAULT '',
 PRIMARY KEY (`id`),
 UNIQUE KEY `name` (`name`)
)
  DEFAULT CHARSET=utf8
  COMMENT='User status list';

CREATE TABLE IF NOT EXISTS `users_social_info` (
  `uid`               INT(11) UNSIGNED NOT NULL DEFAULT 0,
  `social_network_id` INT(1)           NOT NULL DEFAULT 0,
  `name`              VARCHAR(120)     NOT NULL DEFAULT '',
  `email`             VARCHAR(250)     NOT NULL DEFAULT '',
  `birthday`          DATE             NOT NULL,
  `gender`            VARCHAR(15)      NOT NULL DEFAULT '',
  `likes`             TEXT,
  `friends_count`     INT(5) UNSIGNED  NOT NULL DEFAULT 0,
  `locale`            VARCHAR(10)      NOT NULL DEFAULT '',
  `photo`             TEXT,
  UNIQUE KEY `uid_sin` (`uid`, `social_network_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Info form social networks.';

CREATE TABLE IF NOT EXISTS `admins_contacts` (
  `id`       int(11) unsigned      NOT NULL AUTO_INCREMENT,
  `aid`      smallint(6) unsigned NOT NULL DEFAULT 0,
  `type_id`  smallint(6) unsigned  NOT NULL DEFAULT 0,
  `value`    varchar(250)          NOT NULL DEFAULT '',
  `priority` tinyint(3) unsigned   DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `aid` (`aid`),
  KEY `type_id` (`type_id`)
)
  DEFAULT CHARSET = utf8
  COMMENT = 'Main admin contacts table';

CREATE TABLE IF NOT EXISTS `users_contracts` (
  `id`         INT(11) unsigned NOT NULL AUTO_INCREMENT,
  `parrent_id` INT(11) unsigned NOT NULL DEFAULT '0',
  `uid`        INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `company_id` INT(11) UNSIGNED     NOT NULL DEFAULT '0',
  `number`     VARCHAR(40)          NOT NULL DEFAULT '',
  `name`       VARCHAR(120)         NOT NULL DEFAULT '',
  `date`       DATE                 NOT NULL,
  `end_date`   DATE                 NOT NULL,
  `type`       SMALLINT(3)          NOT NULL DEFAULT '0',
  `reg_date`   DATETIME             NOT NULL DEFAULT '0000-00-00 00:00:00',
  `aid`        SMALLINT(6) UNSIGNED NOT NULL DEFAULT '0',
  `signature`  TEXT,
  PRIMARY KEY `id` (`id`),
  KEY `uid` (`uid`),
  KEY `aid` (`aid`)
)
  DEFAULT CHARSET = utf8
  COMMENT ='Contracts';


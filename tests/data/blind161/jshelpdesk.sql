-- JS Help Desk 3.1.0 (JoomSky's "JS Support Ticket" WordPress plugin; wordpress.org plugin js-support-ticket),
-- mirror WordPressBugBounty/plugins-js-support-ticket, js-support-ticket/includes/activation.php,
-- commit bc0b51c22eef2e572f3edf7f364b87105bbeab11 (GPLv3). The 24 tables the plugin creates, with WordPress's default
-- table prefix wp_; column definitions, keys and engines as upstream.

CREATE TABLE `wp_js_ticket_config` (
  `configname` varchar(100) NOT NULL DEFAULT '',
  `configvalue` text NOT NULL DEFAULT '',
  `configfor` varchar(50) DEFAULT NULL,
  `addon` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`configname`),
  FULLTEXT KEY `config_name` (`configname`),
  FULLTEXT KEY `config_for` (`configfor`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wp_js_ticket_attachments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ticketid` int(11) DEFAULT NULL,
  `replyattachmentid` int(11) DEFAULT NULL,
  `filesize` varchar(32) DEFAULT NULL,
  `filename` varchar(128) DEFAULT NULL,
  `filekey` varchar(128) DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_js_ticket_departments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `emailtemplateid` int(11) DEFAULT NULL,
  `emailid` int(11) DEFAULT NULL,
  `autoresponceemailid` int(11) DEFAULT NULL,
  `managerid` int(11) DEFAULT NULL,
  `departmentname` varchar(255) DEFAULT NULL,
  `departmentsignature` text,
  `ispublic` tinyint(1) DEFAULT NULL,
  `ticketautoresponce` tinyint(1) DEFAULT NULL,
  `messageautoresponce` tinyint(1) DEFAULT NULL,
  `canappendsignature` tinyint(1) DEFAULT NULL,
  `ordering` int(11) NOT NULL,
  `updated` datetime DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `isdefault` tinyint(1) DEFAULT NULL,
  `sendmail` tinyint NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=2;

CREATE TABLE `wp_js_ticket_email` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `autoresponse` tinyint(1) DEFAULT NULL,
  `priorityid` int(11) DEFAULT NULL,
  `email` varchar(125) DEFAULT NULL,
  `name` varchar(32) DEFAULT NULL,
  `uid` int(11) DEFAULT NULL,
  `password` varchar(125) DEFAULT NULL COMMENT '    ',
  `status` tinyint(1) DEFAULT NULL,
  `smtpemailauth` TINYINT DEFAULT NULL,
  `mailhost` varchar(125) DEFAULT NULL,
  `mailprotocol` enum('pop','map') DEFAULT NULL,
  `mailencryption` enum('NONE','SSL') DEFAULT NULL,
  `mailport` smallint(6) DEFAULT NULL,
  `mailfetchfrequency` tinyint(3) DEFAULT NULL,
  `mailfetchmaximum` tinyint(4) DEFAULT NULL,
  `maildeleted` tinyint(1) DEFAULT NULL,
  `mailerrors` tinyint(3) DEFAULT NULL,
  `maillasterror` datetime DEFAULT NULL,
  `maillastfetch` datetime DEFAULT NULL,
  `smtpactive` tinyint(1) DEFAULT NULL,
  `smtphosttype` INT DEFAULT NULL,
  `smtphost` varchar(125) DEFAULT NULL,
  `smtpport` smallint(6) DEFAULT NULL,
  `smtpsecure` tinyint(1) DEFAULT NULL,
  `smtpauthencation` tinyint(1) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `updated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=2;

CREATE TABLE `wp_js_ticket_emailtemplates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `templatefor` varchar(50) DEFAULT NULL,
  `title` varchar(50) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `body` text,
  `created` datetime DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `multiformid` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=26;

CREATE TABLE `wp_js_ticket_priorities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `priority` varchar(60) DEFAULT NULL,
  `prioritycolour` varchar(7) DEFAULT NULL,
  `priorityurgency` int(1) DEFAULT NULL,
  `overduetypeid` int(5) DEFAULT NULL,
  `overdueinterval` int(5) DEFAULT NULL,
  `ispublic` varchar(45) DEFAULT NULL,
  `ordering` int(11) NOT NULL,
  `isdefault` tinyint(1) DEFAULT NULL,
  `status` tinyint(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=5;

CREATE TABLE `wp_js_ticket_statuses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` varchar(60) DEFAULT NULL,
  `statuscolour` varchar(7) DEFAULT NULL,
  `statusbgcolour` varchar(7) DEFAULT NULL,
  `sys` int(1) DEFAULT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=7;

CREATE TABLE `wp_js_ticket_products` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product` varchar(60) DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_js_ticket_replies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL,
  `ticketid` int(11) DEFAULT NULL,
  `name` varchar(50) DEFAULT NULL,
  `message` text,
  `staffid` int(11) DEFAULT NULL,
  `rating` enum('1','5') DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `ticketviaemail` tinyint(1) NOT NULL,
  `mergemessage` TINYINT(1) NOT NULL DEFAULT '0',
  `viewed_by` int(11) DEFAULT NULL,
  `viewed_on` datetime DEFAULT NULL,
  `aireplymode` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`id`),
  FULLTEXT KEY `message` (`message`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_js_ticket_system_errors` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) DEFAULT NULL,
  `error` text,
  `isview` tinyint(1) DEFAULT '0',
  `created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_js_ticket_tickets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) DEFAULT NULL,
  `ticketid` varchar(35) DEFAULT NULL,
  `token` varchar(1000) DEFAULT NULL,
  `departmentid` int(11) DEFAULT NULL,
  `priorityid` int(11) DEFAULT NULL,
  `staffid` int(11) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `name` varchar(100) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `message` text,
  `helptopicid` int(11) DEFAULT NULL,
  `multiformid` INT DEFAULT 1,
  `phone` varchar(100) DEFAULT NULL,
  `phoneext` varchar(25) DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `isoverdue` tinyint(1) DEFAULT NULL,
  `isanswered` tinyint(1) NOT NULL DEFAULT '0',
  `duedate` datetime DEFAULT NULL,
  `reopened` datetime DEFAULT NULL,
  `closed` datetime DEFAULT NULL,
  `closedby` int(11) DEFAULT NULL,
  `lastreply` datetime DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `updated` datetime DEFAULT NULL,
  `lock` tinyint(4) NOT NULL DEFAULT '0',
  `ticketviaemail` tinyint(1) NOT NULL,
  `ticketviaemail_id` INT(11) DEFAULT NULL,
  `attachmentdir` VARCHAR(50) NOT NULL,
  `feedbackemail` TINYINT NOT NULL,
  `mergestatus` TINYINT(4) NOT NULL DEFAULT '0',
  `mergewith` INT(11) DEFAULT NULL,
  `mergenote` TEXT DEFAULT NULL,
  `mergedate` datetime DEFAULT NULL,
  `multimergeparams` TEXT DEFAULT NULL,
  `mergeuid` INT(11) DEFAULT NULL,
  `params` longtext NULL,
  `hash` varchar(200) COLLATE 'utf8_general_ci' NULL,
  `notificationid` INT NOT NULL,
  `wcorderid` bigint NULL,
  `wcitemid` bigint NULL,
  `wcproductid` bigint NULL,
  `eddorderid` INT NULL,
  `eddproductid` INT NULL,
  `eddlicensekey` VARCHAR(250) NULL,
  `envatodata` text NULL,
  `paidsupportitemid` bigint(20) NULL,
  `customticketno` INT NOT NULL DEFAULT '1',
  `productid` INT NULL,
  `aireplymode` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`id`),
  FULLTEXT KEY `subject` (`subject`),
  FULLTEXT KEY `message` (`message`)
) ENGINE=InnoDB  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_js_ticket_fieldsordering` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `field` varchar(50) NOT NULL,
  `fieldtitle` varchar(50) DEFAULT NULL,
  `ordering` int(11) DEFAULT NULL,
  `section` varchar(20) DEFAULT NULL,
  `placeholder` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `fieldfor` tinyint(2) DEFAULT NULL,
  `published` tinyint(1) DEFAULT NULL,
  `sys` tinyint(1) NOT NULL,
  `cannotunpublish` tinyint(1) NOT NULL,
  `required` tinyint(1) NOT NULL DEFAULT '0',
  `size` varchar(200) DEFAULT NULL,
  `maxlength` varchar(200) DEFAULT NULL,
  `cols` varchar(200) DEFAULT NULL,
  `rows` varchar(200) DEFAULT NULL,
  `isuserfield` tinyint(4) DEFAULT NULL,
  `userfieldtype` varchar(250) DEFAULT NULL,
  `depandant_field` varchar(250) DEFAULT NULL,
  `visible_field` varchar(250) DEFAULT NULL,
  `showonlisting` tinyint(4) DEFAULT NULL,
  `cannotshowonlisting` tinyint(4) DEFAULT NULL,
  `search_user` tinyint(4) DEFAULT NULL,
  `search_admin` tinyint(4) DEFAULT NULL,
  `cannotsearch` tinyint(4) DEFAULT NULL,
  `isvisitorpublished` tinyint(4) DEFAULT NULL,
  `search_visitor` tinyint(4) DEFAULT NULL,
  `multiformid` INT DEFAULT 1,
  `userfieldparams` longtext,
  `visibleparams` longtext,
  `readonly` tinyint(4) DEFAULT 0,
  `adminonly` tinyint(1) DEFAULT 0,
  `defaultvalue` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),KEY `fieldordering_filedfor` (`fieldfor`))
  ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=14;

CREATE TABLE `wp_js_ticket_erasedatarequests` (
  `id` int(11) NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `uid` int(11) NOT NULL,
  `subject` varchar(250) NOT NULL,
  `message` text NOT NULL,
  `status` int(11) NOT NULL,
  `created` datetime NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_js_ticket_jshdsessiondata` (
  `id` int(11) NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `usersessionid` char(64) NOT NULL,
  `sessionmsg` text CHARACTER SET utf8 NOT NULL,
  `sessionexpire` bigint(32) NOT NULL,
  `sessionfor` varchar(125) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_js_ticket_users` (
  `id` bigint(20) NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `wpuid` bigint(20),
  `name` varchar(250),
  `display_name` varchar(250),
  `user_nicename` varchar(250),
  `user_email` varchar(250) NOT NULL,
  `status` int(11) NOT NULL,
  `issocial` int(11),
  `socialid` varchar(250) NOT NULL,
  `created` datetime NOT NULL,
  `autogenerated` int(2)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

CREATE TABLE `wp_js_ticket_slug` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slug` varchar(100) CHARACTER SET utf8 NOT NULL,
  `defaultslug` varchar(100) CHARACTER SET utf8 NOT NULL,
  `filename` varchar(100) CHARACTER SET utf8 NOT NULL,
  `description` varchar(200) CHARACTER SET utf8 NOT NULL,
  `status` tinyint(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=64;

CREATE TABLE `wp_js_ticket_zywrap_categories` (
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `status` tinyint(1) DEFAULT '1',
  `ordering` int(11) DEFAULT NULL,
  PRIMARY KEY (`code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wp_js_ticket_zywrap_ai_models` (
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `status` tinyint(1) DEFAULT '1',
  `ordering` int(11) DEFAULT NULL,
  PRIMARY KEY (`code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wp_js_ticket_zywrap_languages` (
  `code` varchar(10) NOT NULL,
  `name` varchar(255) NOT NULL,
  `status` tinyint(1) DEFAULT '1',
  `ordering` int(11) DEFAULT NULL,
  PRIMARY KEY (`code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wp_js_ticket_zywrap_use_cases` (
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `category_code` varchar(255) DEFAULT NULL,
  `schema_data` longtext,
  `status` tinyint(1) DEFAULT '1',
  `ordering` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`code`),
  KEY `category_code` (`category_code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wp_js_ticket_zywrap_wrappers` (
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `use_case_code` varchar(255) DEFAULT NULL,
  `featured` tinyint(1) DEFAULT '0',
  `base` tinyint(1) DEFAULT '0',
  `status` tinyint(1) DEFAULT '1',
  `ordering` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`code`),
  KEY `use_case_code` (`use_case_code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wp_js_ticket_zywrap_block_templates` (
  `type` varchar(50) NOT NULL,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `status` tinyint(1) DEFAULT '1',
  PRIMARY KEY (`type`,`code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wp_js_ticket_zywrap_settings` (
  `setting_key` varchar(255) NOT NULL,
  `setting_value` text,
  PRIMARY KEY (`setting_key`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wp_js_ticket_zywrap_usage_logs` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `trace_id` varchar(255) DEFAULT NULL,
  `wrapper_code` varchar(255) DEFAULT NULL,
  `model_code` varchar(255) DEFAULT NULL,
  `prompt_tokens` int(11) DEFAULT '0',
  `completion_tokens` int(11) DEFAULT '0',
  `total_tokens` int(11) DEFAULT '0',
  `credits_used` bigint(20) DEFAULT '0',
  `latency_ms` int(11) DEFAULT '0',
  `status` varchar(50) DEFAULT 'success',
  `error_message` text,
  `created_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `wrapper_idx` (`wrapper_code`),
  KEY `model_idx` (`model_code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1;

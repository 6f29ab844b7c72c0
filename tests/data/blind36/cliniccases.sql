-- ClinicCases (case management for law school clinics: clients' cases, case notes and time, documents, events,
--   contacts, adverse parties, internal messages, student journals, board posts, users), full schema.
-- Upstream: github.com/judsonmitchell/ClinicCases, _INSTALL/default.sql (phpMyAdmin dump used by the installer),
--   commit fc57740e76494bd12ac638bfa0363a49f64f789c. Licence: MIT.
-- All 23 tables kept (the application has no more, so fewer than 25); the table definitions are upstream's as
--   dumped, the default rows (INSERT statements) and the SET lines left out.

CREATE TABLE IF NOT EXISTS `cm` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `clinic_id` varchar(255) NOT NULL,
  `first_name` varchar(100) NOT NULL DEFAULT '',
  `middle_name` varchar(100) NOT NULL DEFAULT '',
  `last_name` varchar(100) NOT NULL DEFAULT '',
  `organization` varchar(250) NOT NULL,
  `date_open` varchar(100) NOT NULL DEFAULT '',
  `date_close` varchar(100) NOT NULL DEFAULT '',
  `case_type` varchar(100) NOT NULL DEFAULT '',
  `clinic_type` varchar(200) NOT NULL,
  `professor` varchar(100) NOT NULL DEFAULT '',
  `address1` varchar(200) NOT NULL DEFAULT '',
  `address2` varchar(200) NOT NULL DEFAULT '',
  `city` varchar(100) NOT NULL DEFAULT '',
  `state` varchar(100) NOT NULL DEFAULT '',
  `zip` varchar(10) NOT NULL DEFAULT '',
  `phone` text NOT NULL,
  `email` text NOT NULL,
  `ssn` varchar(15) NOT NULL DEFAULT '',
  `dob` varchar(15) NOT NULL DEFAULT '',
  `age` varchar(10) NOT NULL DEFAULT '',
  `gender` varchar(10) NOT NULL DEFAULT '',
  `race` varchar(10) NOT NULL DEFAULT '',
  `income` int(50) DEFAULT NULL,
  `per` varchar(15) NOT NULL,
  `judge` varchar(200) NOT NULL DEFAULT '',
  `pl_or_def` varchar(100) NOT NULL DEFAULT '',
  `court` varchar(200) NOT NULL DEFAULT '',
  `section` varchar(100) NOT NULL DEFAULT '',
  `ct_case_no` varchar(100) NOT NULL DEFAULT '',
  `case_name` varchar(250) NOT NULL DEFAULT '',
  `adverse_parties` text NOT NULL,
  `notes` text NOT NULL,
  `dispo` varchar(100) NOT NULL DEFAULT '',
  `close_notes` text NOT NULL,
  `referral` varchar(100) NOT NULL DEFAULT '',
  `assigned_users` text NOT NULL,
  `opened_by` varchar(50) NOT NULL,
  `time_opened` datetime NOT NULL,
  `closed_by` varchar(50) NOT NULL,
  `time_closed` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FULLTEXT KEY `professor` (`professor`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

CREATE TABLE IF NOT EXISTS `cm_adverse_parties` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `case_id` varchar(100) NOT NULL DEFAULT '',
  `name` varchar(250) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FULLTEXT KEY `name` (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COMMENT='used to check for conflicts' AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `cm_case_assignees` (
  `id` int(100) NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL DEFAULT '',
  `case_id` varchar(100) NOT NULL DEFAULT '',
  `status` varchar(50) NOT NULL DEFAULT '',
  `date_assigned` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `date_removed` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COMMENT='Determine which students assigned to a case' AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `cm_case_notes` (
  `id` int(90) NOT NULL AUTO_INCREMENT,
  `case_id` varchar(100) NOT NULL DEFAULT '',
  `date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `time` float NOT NULL DEFAULT '0',
  `description` text NOT NULL,
  `username` varchar(100) NOT NULL DEFAULT '',
  `prof` varchar(100) NOT NULL DEFAULT '',
  `datestamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `cm_case_types` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `type` varchar(200) NOT NULL DEFAULT '',
  `case_type_code` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=5 ;

CREATE TABLE IF NOT EXISTS `cm_clinic_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `clinic_name` text NOT NULL,
  `clinic_code` varchar(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=5 ;

CREATE TABLE IF NOT EXISTS `cm_columns` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `db_name` varchar(50) NOT NULL,
  `display_name` varchar(50) NOT NULL,
  `include_in_case_table` varchar(10) NOT NULL COMMENT 'Should this column be included into the data sent to the main case table?',
  `input_type` varchar(10) NOT NULL,
  `select_options` text NOT NULL,
  `display_by_default` varchar(10) NOT NULL COMMENT 'Should this column be displayed to the case table user by default?',
  `required` int(11) NOT NULL DEFAULT '0' COMMENT 'ClinicCases cannot function without this field',
  `display_order` float NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 COMMENT='Defines the columns to be used in ClinicCases cases table' AUTO_INCREMENT=45 ;

CREATE TABLE IF NOT EXISTS `cm_contacts` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(100) NOT NULL DEFAULT '',
  `last_name` varchar(100) NOT NULL DEFAULT '',
  `organization` varchar(200) NOT NULL,
  `type` varchar(50) NOT NULL DEFAULT '',
  `address` text NOT NULL,
  `city` varchar(100) NOT NULL DEFAULT '',
  `state` char(2) NOT NULL DEFAULT '',
  `zip` varchar(10) NOT NULL DEFAULT '',
  `phone` text NOT NULL,
  `email` text NOT NULL,
  `url` text NOT NULL,
  `notes` text NOT NULL,
  `assoc_case` varchar(10) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `cm_contacts_types` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `type` varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=7 ;

CREATE TABLE IF NOT EXISTS `cm_courts` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `court` varchar(200) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

CREATE TABLE IF NOT EXISTS `cm_dispos` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `dispo` varchar(200) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=6 ;

CREATE TABLE IF NOT EXISTS `cm_documents` (
  `id` int(100) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL DEFAULT '',
  `local_file_name` varchar(200) NOT NULL DEFAULT '',
  `extension` varchar(10) NOT NULL,
  `folder` varchar(100) NOT NULL DEFAULT '',
  `containing_folder` varchar(100) NOT NULL,
  `text` text NOT NULL,
  `write_permission` varchar(500) NOT NULL,
  `username` varchar(100) NOT NULL DEFAULT '',
  `case_id` varchar(100) NOT NULL DEFAULT '',
  `date_modified` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `cm_events` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `case_id` varchar(100) NOT NULL DEFAULT '',
  `set_by` varchar(100) NOT NULL DEFAULT '',
  `task` varchar(225) NOT NULL DEFAULT '',
  `date_set` date NOT NULL DEFAULT '0000-00-00',
  `start` datetime NOT NULL,
  `start_text` varchar(200) NOT NULL,
  `end_text` varchar(200) NOT NULL,
  `end` datetime DEFAULT NULL,
  `all_day` tinyint(1) NOT NULL,
  `status` varchar(100) NOT NULL DEFAULT '',
  `notes` text NOT NULL,
  `location` text NOT NULL,
  `prof` varchar(200) NOT NULL DEFAULT '',
  `archived` varchar(10) NOT NULL DEFAULT 'n',
  `time_added` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `cm_events_responsibles` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `event_id` varchar(100) NOT NULL DEFAULT '',
  `username` varchar(100) NOT NULL DEFAULT '',
  `time_added` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COMMENT='Linked to cm_events; who is responsible for each event' AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `cm_groups` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `group_name` varchar(50) NOT NULL,
  `group_title` varchar(100) NOT NULL,
  `group_description` text NOT NULL,
  `allowed_tabs` varchar(500) NOT NULL COMMENT 'An object which controls which tabs the user is allowed to see.',
  `add_cases` int(2) NOT NULL,
  `delete_cases` int(2) NOT NULL,
  `edit_cases` int(2) NOT NULL,
  `close_cases` int(2) NOT NULL,
  `view_all_cases` int(2) NOT NULL COMMENT 'User can view all cases or only cases to which they are assigned',
  `assign_cases` int(2) NOT NULL COMMENT 'Can the user assign cases to users?',
  `view_users` int(2) NOT NULL,
  `add_users` int(2) NOT NULL,
  `delete_users` int(2) NOT NULL,
  `edit_users` int(2) NOT NULL,
  `activate_users` int(2) NOT NULL,
  `add_case_notes` int(2) NOT NULL,
  `edit_case_notes` int(2) NOT NULL,
  `delete_case_notes` int(2) NOT NULL,
  `documents_upload` int(2) NOT NULL,
  `documents_modify` int(2) NOT NULL,
  `add_events` int(2) NOT NULL,
  `edit_events` int(2) NOT NULL,
  `delete_events` int(2) NOT NULL,
  `add_contacts` int(2) NOT NULL,
  `edit_contacts` int(2) NOT NULL,
  `delete_contacts` int(2) NOT NULL,
  `post_in_board` int(2) NOT NULL,
  `view_board` int(2) NOT NULL,
  `edit_posts` int(2) NOT NULL,
  `reads_journals` int(2) NOT NULL,
  `writes_journals` int(2) NOT NULL,
  `change_permissions` int(2) NOT NULL,
  `can_configure` int(2) NOT NULL,
  `supervises` int(2) NOT NULL COMMENT 'The user has other users under him who he supervises, e.g, students, associates',
  `is_supervised` int(2) NOT NULL COMMENT 'This user works on cases,but is supervised by another user',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 COMMENT='Allows admin to create user groups and set definitions' AUTO_INCREMENT=5 ;

CREATE TABLE IF NOT EXISTS `cm_journals` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL DEFAULT '',
  `reader` text NOT NULL,
  `text` text NOT NULL,
  `date_added` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `archived` text NOT NULL,
  `read` text NOT NULL,
  `commented` varchar(10) NOT NULL DEFAULT '',
  `comments` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `cm_logs` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL DEFAULT '',
  `timestamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ip` varchar(20) NOT NULL DEFAULT '',
  `session_id` varchar(200) NOT NULL DEFAULT '',
  `type` varchar(200) NOT NULL DEFAULT '',
  `last_msg_check` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `cm_messages` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `thread_id` varchar(100) NOT NULL DEFAULT '',
  `to` text NOT NULL,
  `from` varchar(100) NOT NULL DEFAULT '',
  `ccs` text,
  `subject` varchar(100) NOT NULL DEFAULT '',
  `body` text NOT NULL,
  `assoc_case` varchar(100) NOT NULL DEFAULT '',
  `time_sent` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `read` text NOT NULL,
  `archive` text NOT NULL,
  `starred` text NOT NULL,
  `to_text` text NOT NULL,
  `cc_text` text NOT NULL,
  `assoc_case_text` text NOT NULL,
  `time_sent_text` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `cm_referral` (
  `id` int(7) NOT NULL AUTO_INCREMENT,
  `referral` varchar(200) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS `cm_users` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(100) NOT NULL DEFAULT '',
  `last_name` varchar(100) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL DEFAULT '',
  `mobile_phone` varchar(15) NOT NULL DEFAULT '',
  `office_phone` varchar(25) NOT NULL DEFAULT '',
  `home_phone` varchar(15) NOT NULL DEFAULT '',
  `grp` varchar(20) NOT NULL DEFAULT '',
  `username` varchar(25) NOT NULL DEFAULT '',
  `password` varchar(100) NOT NULL DEFAULT '',
  `supervisors` text NOT NULL,
  `picture_url` varchar(200) NOT NULL DEFAULT 'people/no_picture.png',
  `timezone_offset` varchar(5) NOT NULL DEFAULT '1',
  `status` varchar(100) NOT NULL DEFAULT 'inactive',
  `new` varchar(20) NOT NULL DEFAULT '',
  `date_created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `pref_case` varchar(10) NOT NULL DEFAULT 'on',
  `pref_journal` varchar(10) NOT NULL DEFAULT '',
  `pref_case_prof` varchar(10) NOT NULL DEFAULT 'on' COMMENT 'does professor work on cases',
  `evals` text NOT NULL,
  `private_key` varchar(50) NOT NULL DEFAULT '',
  `force_new_password` int(2) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

CREATE TABLE IF NOT EXISTS `cm_board` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(500) NOT NULL,
  `body` text NOT NULL,
  `color` varchar(50) NOT NULL,
  `author` varchar(250) NOT NULL,
  `time_added` datetime NOT NULL,
  `time_edited` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `cm_board_attachments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(500) NOT NULL,
  `local_file_name` varchar(200) NOT NULL,
  `extension` varchar(10) NOT NULL,
  `username` varchar(200) NOT NULL,
  `post_id` int(11) NOT NULL,
  `time_added` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `cm_board_viewers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `post_id` int(11) NOT NULL,
  `viewer` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1;

-- LimeSurvey 6.x (online surveys: administration users with their permissions, roles, user groups and settings;
-- the central participant database with participant attributes, shares and links to surveys; surveys with their
-- language settings, question groups, questions, answer options, conditions, assessments and quotas; saved
-- unfinished responses; failed e-mail deliveries; failed logins; sessions; notifications; global settings, themes,
-- plugins and dashboard boxes; and one example of the tables created at run time per survey: the participant
-- (access code) table lime_tokens_<sid>, the response table lime_survey_<sid> and its timings table
-- lime_survey_<sid>_timings), trimmed from github.com/LimeSurvey/LimeSurvey (GPL-2.0-or-later).
-- Upstream files: installer/create-database.php, commit 69dc7e0c9946be8d84ecd8932715c5edec2ecd2e (the installer
-- of the 6.x series, DB version 631 era: it already has permissiontemplates, failed_emails, archived_table_settings
-- and users.user_status), with the run-time tables from application/models/Token.php (Token::createTable, commit
-- 012a9ffd) and application/models/SurveyActivator.php (prepareTableDefinition / prepareTimingsTable) and the field
-- map of application/helpers/common_helper.php (createFieldMap, createTimingsFieldMap).
-- Upstream defines tables as PHP arrays of Yii column types; written here as the MySQL DDL Yii generates for them
-- (pk -> int(11) NOT NULL AUTO_INCREMENT + PRIMARY KEY, autoincrement -> int(11) NOT NULL AUTO_INCREMENT,
-- string(n) -> varchar(n), integer -> int(11), boolean -> tinyint(1), longbinary -> longblob), with the default
-- table prefix lime_. Column names, order, types and defaults as upstream; upstream declares no foreign keys
-- ("Never use foreign keys"); primary keys (also those added by addPrimaryKey / composite_pk) and unique indexes
-- kept, non-unique indexes, table options (ENGINE, CHARACTER SET, ROW_FORMAT) and seed inserts left out. The
-- case-sensitive collation (utf8mb4_bin) upstream puts on the token columns of the run-time tables is left out.
-- Run-time example: survey id 123456 with question groups 1 and 2; answer columns are named
-- <sid>X<gid>X<qid>[<subquestion code>|other|comment] and typed by question type as SurveyActivator does; the
-- token table shows its fixed columns and two custom attribute columns (attribute_<n>, text); the response table
-- its fixed columns (id, submitdate, lastpage, startlanguage, seed, token when the survey is not anonymised and
-- has a participant table, startdate and datestamp when date stamps are on, ipaddr and refurl when enabled); timings are FLOAT seconds.
-- Left out: defaultvalues, defaultvalue_l10ns, label_l10ns, question_themes, quota_languagesettings,
-- quota_members, survey_url_parameters, surveys_groups, surveys_groupsettings (the survey settings inherited by
-- survey groups, repeating lime_surveys' columns), surveymenu, surveymenu_entries, template_configuration,
-- tutorials, tutorial_entries, tutorial_entry_relation, map_tutorial_users, asset_version,
-- archived_table_settings, source_message, message, and the archived run-time tables (lime_old_*).

CREATE TABLE `lime_answers` (
  `aid` int(11) NOT NULL AUTO_INCREMENT,
  `qid` int(11) NOT NULL,
  `code` varchar(5) NOT NULL,
  `sortorder` int(11) NOT NULL,
  `assessment_value` int(11) NOT NULL DEFAULT 0,
  `scale_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`aid`)
);

CREATE TABLE `lime_answer_l10ns` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `aid` int(11) NOT NULL,
  `answer` mediumtext NOT NULL,
  `language` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lime_answer_l10ns_idx` (`aid`, `language`)
);

-- assessements
CREATE TABLE `lime_assessments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sid` int(11) NOT NULL DEFAULT 0,
  `scope` varchar(5) NOT NULL,
  `gid` int(11) NOT NULL DEFAULT 0,
  `name` text NOT NULL,
  `minimum` varchar(50) NOT NULL,
  `maximum` varchar(50) NOT NULL,
  `message` mediumtext NOT NULL,
  `language` varchar(20) NOT NULL DEFAULT 'en',
  PRIMARY KEY (`id`, `language`)
);

-- boxes
CREATE TABLE `lime_boxes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `position` int(11) NULL,
  `url` text NOT NULL,
  `title` text NOT NULL,
  `buttontext` varchar(255) NULL,
  `ico` varchar(255) NULL,
  `desc` text NOT NULL,
  `page` text NOT NULL,
  `usergroup` int(11) NOT NULL,
  PRIMARY KEY (`id`)
);

-- conditions
CREATE TABLE `lime_conditions` (
  `cid` int(11) NOT NULL AUTO_INCREMENT,
  `qid` int(11) NOT NULL DEFAULT '0',
  `cqid` int(11) NOT NULL DEFAULT '0',
  `cfieldname` varchar(50) NOT NULL DEFAULT '',
  `method` varchar(5) NOT NULL DEFAULT '',
  `value` varchar(255) NOT NULL DEFAULT '',
  `scenario` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`cid`)
);

-- expression_errors
CREATE TABLE `lime_expression_errors` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `errortime` varchar(50) NULL,
  `sid` int(11) NULL,
  `gid` int(11) NULL,
  `qid` int(11) NULL,
  `gseq` int(11) NULL,
  `qseq` int(11) NULL,
  `type` varchar(50),
  `eqn` text,
  `prettyprint` text,
  PRIMARY KEY (`id`)
);

-- failed_login_attempts
CREATE TABLE `lime_failed_login_attempts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip` varchar(40) NOT NULL,
  `last_attempt` varchar(20) NOT NULL,
  `number_attempts` int(11) NOT NULL,
  `is_frontend` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `lime_groups` (
  `gid` int(11) NOT NULL AUTO_INCREMENT,
  `sid` int(11) NOT NULL DEFAULT '0',
  `group_order` int(11) NOT NULL DEFAULT '0',
  `randomization_group` varchar(20) NOT NULL DEFAULT '',
  `grelevance` text NULL,
  PRIMARY KEY (`gid`)
);

CREATE TABLE `lime_group_l10ns` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `gid` int(11) NOT NULL,
  `group_name` text NOT NULL,
  `description` mediumtext,
  `language` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lime_idx1_group_ls` (`gid`, `language`)
);

-- labels
CREATE TABLE `lime_labels` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `lid` int(11) NOT NULL DEFAULT 0,
  `code` varchar(20) NOT NULL DEFAULT '',
  `sortorder` int(11) NOT NULL,
  `assessment_value` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `lime_idx5_labels` (`lid`, `code`)
);

-- labelsets
CREATE TABLE `lime_labelsets` (
  `lid` int(11) NOT NULL AUTO_INCREMENT,
  `owner_id` int(11) NULL,
  `label_name` varchar(100) NOT NULL DEFAULT '',
  `languages` varchar(255) NOT NULL,
  PRIMARY KEY (`lid`)
);

-- notifications
CREATE TABLE `lime_notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entity` varchar(15) NOT NULL,
  `entity_id` int(11) NOT NULL,
  `title` varchar(255) NOT NULL,
  `message` mediumtext NOT NULL,
  `status` varchar(15) NOT NULL DEFAULT 'new',
  `importance` int(11) NOT NULL DEFAULT 1,
  `display_class` varchar(31) DEFAULT 'default',
  `hash` varchar(64),
  `created` datetime,
  `first_read` datetime,
  PRIMARY KEY (`id`)
);

-- participants
CREATE TABLE `lime_participants` (
  `participant_id` varchar(50) NOT NULL,
  `firstname` text NULL,
  `lastname` text NULL,
  `email` text,
  `language` varchar(40) NULL,
  `blacklisted` varchar(1) NOT NULL,
  `owner_uid` int(11) NOT NULL,
  `created_by` int(11) NOT NULL,
  `created` datetime,
  `modified` datetime,
  PRIMARY KEY (`participant_id`)
);

-- participant_attribute
CREATE TABLE `lime_participant_attribute` (
  `participant_id` varchar(50) NOT NULL,
  `attribute_id` int(11) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`participant_id`, `attribute_id`)
);

-- participant_attribute_names_lang
CREATE TABLE `lime_participant_attribute_names_lang` (
  `attribute_id` int(11) NOT NULL,
  `attribute_name` varchar(255) NOT NULL,
  `lang` varchar(20) NOT NULL,
  PRIMARY KEY (`attribute_id`, `lang`)
);

-- participant_attribute_names
CREATE TABLE `lime_participant_attribute_names` (
  `attribute_id` int(11) NOT NULL AUTO_INCREMENT,
  `attribute_type` varchar(4) NOT NULL,
  `defaultname` varchar(255) NOT NULL,
  `visible` varchar(5) NOT NULL,
  `encrypted` varchar(5) NOT NULL,
  `core_attribute` varchar(5) NOT NULL,
  PRIMARY KEY (`attribute_id`, `attribute_type`)
);

-- participant_attribute_values
CREATE TABLE `lime_participant_attribute_values` (
  `value_id` int(11) NOT NULL AUTO_INCREMENT,
  `attribute_id` int(11) NOT NULL,
  `value` mediumtext NOT NULL,
  PRIMARY KEY (`value_id`)
);

-- participant_shares
CREATE TABLE `lime_participant_shares` (
  `participant_id` varchar(50) NOT NULL,
  `share_uid` int(11) NOT NULL,
  `date_added` datetime NOT NULL,
  `can_edit` varchar(5) NOT NULL,
  PRIMARY KEY (`participant_id`, `share_uid`)
);

-- permissions
CREATE TABLE `lime_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entity` varchar(50) NOT NULL,
  `entity_id` int(11) NOT NULL,
  `uid` int(11) NOT NULL,
  `permission` varchar(100) NOT NULL,
  `create_p` int(11) NOT NULL DEFAULT 0,
  `read_p` int(11) NOT NULL DEFAULT 0,
  `update_p` int(11) NOT NULL DEFAULT 0,
  `delete_p` int(11) NOT NULL DEFAULT 0,
  `import_p` int(11) NOT NULL DEFAULT 0,
  `export_p` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lime_idx1_permissions` (`entity_id`, `entity`, `permission`, `uid`)
);

-- permissiontemplates
CREATE TABLE `lime_permissiontemplates` (
  `ptid` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(127) NOT NULL,
  `description` text NULL,
  `renewed_last` datetime NULL,
  `created_at` datetime NOT NULL,
  `created_by` int NOT NULL,
  PRIMARY KEY (`ptid`),
  UNIQUE KEY `lime_idx1_name` (`name`)
);

-- plugins
CREATE TABLE `lime_plugins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `plugin_type` varchar(6) DEFAULT 'user',
  `active` int(11) NOT NULL DEFAULT 0,
  `priority` int(11) NOT NULL DEFAULT 0,
  `version` varchar(32) NULL,
  `load_error` int(11) DEFAULT 0,
  `load_error_message` text,
  PRIMARY KEY (`id`)
);

-- plugin_settings
CREATE TABLE `lime_plugin_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `plugin_id` int(11) NOT NULL,
  `model` varchar(50) NULL,
  `model_id` int(11) NULL,
  `key` varchar(50) NOT NULL,
  `value` mediumtext NULL,
  PRIMARY KEY (`id`)
);

-- questions
CREATE TABLE `lime_questions` (
  `qid` int(11) NOT NULL AUTO_INCREMENT,
  `parent_qid` int(11) NOT NULL DEFAULT '0',
  `sid` int(11) NOT NULL DEFAULT '0',
  `gid` int(11) NOT NULL DEFAULT '0',
  `type` varchar(30) NOT NULL DEFAULT 'T',
  `title` varchar(20) NOT NULL DEFAULT '',
  `preg` text,
  `other` varchar(1) NOT NULL DEFAULT 'N',
  `mandatory` varchar(1) NULL,
  `encrypted` varchar(1) NULL DEFAULT 'N',
  `question_order` int(11) NOT NULL,
  `scale_id` int(11) NOT NULL DEFAULT '0',
  `same_default` int(11) NOT NULL DEFAULT '0',
  `relevance` text,
  `question_theme_name` varchar(150) NULL,
  `modulename` varchar(255) NULL,
  `same_script` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`qid`)
);

-- question language settings
CREATE TABLE `lime_question_l10ns` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `qid` int(11) NOT NULL,
  `question` mediumtext NOT NULL,
  `help` mediumtext,
  `script` text NULL DEFAULT NULL,
  `language` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lime_idx1_question_ls` (`qid`, `language`)
);

-- question_attributes
CREATE TABLE `lime_question_attributes` (
  `qaid` int(11) NOT NULL AUTO_INCREMENT,
  `qid` int(11) NOT NULL DEFAULT '0',
  `attribute` varchar(50) NULL,
  `value` mediumtext NULL,
  `language` varchar(20) NULL,
  PRIMARY KEY (`qaid`)
);

-- quota
CREATE TABLE `lime_quota` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sid` int(11) NULL,
  `name` varchar(255) NULL,
  `qlimit` int(11) NULL,
  `action` int(11) NULL,
  `active` int(11) NOT NULL DEFAULT '1',
  `autoload_url` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
);

-- saved_control
CREATE TABLE `lime_saved_control` (
  `scid` int(11) NOT NULL AUTO_INCREMENT,
  `sid` int(11) NOT NULL DEFAULT '0',
  `srid` int(11) NOT NULL DEFAULT '0',
  `identifier` text NOT NULL,
  `access_code` text NOT NULL,
  `email` varchar(192),
  `ip` text NOT NULL,
  `saved_thisstep` text NOT NULL,
  `status` varchar(1) NOT NULL DEFAULT '',
  `saved_date` datetime NOT NULL,
  `refurl` text,
  PRIMARY KEY (`scid`)
);

-- sessions
CREATE TABLE `lime_sessions` (
  `id` varchar(32) NOT NULL,
  `expire` int(11) NULL,
  `data` longblob,
  PRIMARY KEY (`id`)
);

-- settings_global
CREATE TABLE `lime_settings_global` (
  `stg_name` varchar(50) NOT NULL DEFAULT '',
  `stg_value` mediumtext NOT NULL,
  PRIMARY KEY (`stg_name`)
);

-- settings_user
CREATE TABLE `lime_settings_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL,
  `entity` varchar(15) NULL,
  `entity_id` varchar(31) NULL,
  `stg_name` varchar(63) NOT NULL,
  `stg_value` mediumtext NULL,
  PRIMARY KEY (`id`)
);

-- surveys
CREATE TABLE `lime_surveys` (
  `sid` int(11) NOT NULL,
  `owner_id` int(11) NOT NULL,
  `gsid` int(11) DEFAULT '1',
  `admin` varchar(50) NULL,
  `active` varchar(1) NOT NULL DEFAULT 'N',
  `expires` datetime NULL,
  `startdate` datetime NULL,
  `adminemail` varchar(254) NULL,
  `anonymized` varchar(1) NOT NULL DEFAULT 'N',
  `format` varchar(1) NULL,
  `savetimings` varchar(1) NOT NULL DEFAULT 'N',
  `template` varchar(100) DEFAULT 'default',
  `language` varchar(50) NULL,
  `additional_languages` text NULL,
  `datestamp` varchar(1) NOT NULL DEFAULT 'Y',
  `usecookie` varchar(1) NOT NULL DEFAULT 'N',
  `allowregister` varchar(1) NOT NULL DEFAULT 'N',
  `allowsave` varchar(1) NOT NULL DEFAULT 'Y',
  `autonumber_start` int(11) NOT NULL DEFAULT '0',
  `autoredirect` varchar(1) NOT NULL DEFAULT 'N',
  `allowprev` varchar(1) NOT NULL DEFAULT 'N',
  `printanswers` varchar(1) NOT NULL DEFAULT 'N',
  `ipaddr` varchar(1) NOT NULL DEFAULT 'N',
  `ipanonymize` varchar(1) NOT NULL DEFAULT 'N',
  `refurl` varchar(1) NOT NULL DEFAULT 'N',
  `savequotaexit` varchar(1) NOT NULL DEFAULT 'N',
  `showsurveypolicynotice` int(11) DEFAULT 0,
  `publicstatistics` varchar(1) NOT NULL DEFAULT 'N',
  `publicgraphs` varchar(1) NOT NULL DEFAULT 'N',
  `listpublic` varchar(1) NOT NULL DEFAULT 'N',
  `htmlemail` varchar(1) NOT NULL DEFAULT 'Y',
  `sendconfirmation` varchar(1) NOT NULL DEFAULT 'Y',
  `tokenanswerspersistence` varchar(1) NOT NULL DEFAULT 'N',
  `assessments` varchar(1) NOT NULL DEFAULT 'N',
  `usecaptcha` varchar(1) NOT NULL DEFAULT 'N',
  `usetokens` varchar(1) NOT NULL DEFAULT 'N',
  `bounce_email` varchar(254) NULL,
  `attributedescriptions` mediumtext,
  `emailresponseto` text NULL,
  `emailnotificationto` text NULL,
  `tokenlength` int(11) NOT NULL DEFAULT '15',
  `showxquestions` varchar(1) DEFAULT 'Y',
  `showgroupinfo` varchar(1) DEFAULT 'B',
  `shownoanswer` varchar(1) DEFAULT 'Y',
  `showqnumcode` varchar(1) DEFAULT 'X',
  `bouncetime` int(11),
  `bounceprocessing` varchar(1) DEFAULT 'N',
  `bounceaccounttype` varchar(4),
  `bounceaccounthost` varchar(200),
  `bounceaccountpass` text NULL,
  `bounceaccountencryption` varchar(3),
  `bounceaccountuser` varchar(200),
  `showwelcome` varchar(1) DEFAULT 'Y',
  `showprogress` varchar(1) DEFAULT 'Y',
  `questionindex` int(11) DEFAULT '0' NOT NULL,
  `navigationdelay` int(11) NOT NULL DEFAULT '0',
  `nokeyboard` varchar(1) DEFAULT 'N',
  `alloweditaftercompletion` varchar(1) DEFAULT 'N',
  `googleanalyticsstyle` varchar(1) NULL,
  `googleanalyticsapikey` varchar(25) NULL,
  `tokenencryptionoptions` text NULL,
  `access_mode` varchar(1) DEFAULT 'O',
  `lastmodified` datetime NOT NULL,
  PRIMARY KEY (`sid`)
);

-- surveys_languagesettings
CREATE TABLE `lime_surveys_languagesettings` (
  `surveyls_survey_id` int(11) NOT NULL,
  `surveyls_language` varchar(45) NOT NULL DEFAULT 'en',
  `surveyls_title` varchar(200) NOT NULL,
  `surveyls_description` mediumtext NULL,
  `surveyls_welcometext` mediumtext NULL,
  `surveyls_endtext` mediumtext NULL,
  `surveyls_policy_notice` mediumtext NULL,
  `surveyls_policy_error` text NULL,
  `surveyls_policy_notice_label` varchar(192) NULL,
  `surveyls_url` text NULL,
  `surveyls_urldescription` varchar(255) NULL,
  `surveyls_email_invite_subj` varchar(255) NULL,
  `surveyls_email_invite` mediumtext NULL,
  `surveyls_email_remind_subj` varchar(255) NULL,
  `surveyls_email_remind` mediumtext NULL,
  `surveyls_email_register_subj` varchar(255) NULL,
  `surveyls_email_register` mediumtext NULL,
  `surveyls_email_confirm_subj` varchar(255) NULL,
  `surveyls_email_confirm` mediumtext NULL,
  `surveyls_dateformat` int(11) NOT NULL DEFAULT 1,
  `surveyls_attributecaptions` text NULL,
  `surveyls_alias` varchar(100) NULL,
  `email_admin_notification_subj` varchar(255) NULL,
  `email_admin_notification` mediumtext NULL,
  `email_admin_responses_subj` varchar(255) NULL,
  `email_admin_responses` mediumtext NULL,
  `surveyls_numberformat` int(11) NOT NULL DEFAULT 0,
  `attachments` text NULL,
  PRIMARY KEY (`surveyls_survey_id`, `surveyls_language`)
);

-- survey_links
CREATE TABLE `lime_survey_links` (
  `participant_id` varchar(50) NOT NULL,
  `token_id` int(11) NOT NULL,
  `survey_id` int(11) NOT NULL,
  `date_created` datetime,
  `date_invited` datetime,
  `date_completed` datetime,
  PRIMARY KEY (`participant_id`, `token_id`, `survey_id`)
);

-- templates
CREATE TABLE `lime_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `folder` varchar(45) NULL,
  `title` varchar(100) NOT NULL,
  `creation_date` datetime NULL,
  `author` varchar(150) NULL,
  `author_email` varchar(255) NULL,
  `author_url` varchar(255) NULL,
  `copyright` text,
  `license` mediumtext,
  `version` varchar(45) NULL,
  `api_version` varchar(45) NOT NULL,
  `view_folder` varchar(45) NOT NULL,
  `files_folder` varchar(45) NOT NULL,
  `description` mediumtext,
  `last_update` datetime NULL,
  `owner_id` int(11) NULL,
  `extends` varchar(150) NULL,
  PRIMARY KEY (`id`)
);

-- user_in_groups
CREATE TABLE `lime_user_in_groups` (
  `ugid` int(11) NOT NULL,
  `uid` int(11) NOT NULL,
  PRIMARY KEY (`ugid`, `uid`)
);

-- user_in_permissionrole
CREATE TABLE `lime_user_in_permissionrole` (
  `ptid` int(11) NOT NULL,
  `uid` int(11) NOT NULL,
  PRIMARY KEY (`ptid`, `uid`)
);

-- users
CREATE TABLE `lime_users` (
  `uid` int(11) NOT NULL AUTO_INCREMENT,
  `users_name` varchar(64) NOT NULL DEFAULT '',
  `password` text NOT NULL,
  `full_name` varchar(50) NOT NULL,
  `parent_id` int(11) NOT NULL,
  `lang` varchar(20),
  `email` varchar(192),
  `htmleditormode` varchar(7) DEFAULT 'default',
  `templateeditormode` varchar(7) NOT NULL DEFAULT 'default',
  `questionselectormode` varchar(7) NOT NULL DEFAULT 'default',
  `one_time_pw` text,
  `dateformat` int(11) NOT NULL DEFAULT 1,
  `last_login` datetime NULL,
  `created` datetime,
  `modified` datetime,
  `validation_key` varchar(38),
  `validation_key_expiration` datetime,
  `last_forgot_email_password` datetime,
  `expires` datetime,
  `user_status` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`uid`),
  UNIQUE KEY `lime_idx1_users` (`users_name`)
);

-- user_groups
CREATE TABLE `lime_user_groups` (
  `ugid` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(20) NOT NULL,
  `description` text NOT NULL,
  `owner_id` int(11) NOT NULL,
  PRIMARY KEY (`ugid`),
  UNIQUE KEY `lime_idx1_user_groups` (`name`)
);

CREATE TABLE `lime_failed_emails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `surveyid` int(11) NOT NULL,
  `responseid` int(11) NOT NULL,
  `email_type` varchar(200) NOT NULL,
  `recipient` varchar(320) NOT NULL,
  `language` varchar(20) NOT NULL DEFAULT 'en',
  `error_message` text,
  `created` datetime NOT NULL, -- this one has always to be set to delete after x days ...
  `status` varchar(20) NULL DEFAULT 'SEND FAILED',
  `updated` datetime NULL,
  `resend_vars` mediumtext NOT NULL,
  PRIMARY KEY (`id`)
);

-- Run-time table created by Token::createTable when participants (access codes) are enabled for survey 123456.
CREATE TABLE `lime_tokens_123456` (
  `tid` int(11) NOT NULL AUTO_INCREMENT,
  `participant_id` varchar(50),
  `firstname` text,
  `lastname` text,
  `email` text,
  `emailstatus` text,
  `token` varchar(36),
  `language` varchar(25),
  `blacklisted` varchar(17),
  `sent` varchar(17) DEFAULT 'N',
  `remindersent` varchar(17) DEFAULT 'N',
  `remindercount` int(11) DEFAULT 0,
  `completed` varchar(17) DEFAULT 'N',
  `usesleft` int(11) DEFAULT 1,
  `validfrom` datetime,
  `validuntil` datetime,
  `mpid` int(11),
  `attribute_1` text,
  `attribute_2` text,
  PRIMARY KEY (`tid`)
);

-- Run-time table created by SurveyActivator when survey 123456 is activated (not anonymised, date stamps, IP
-- address and referrer URL on). Questions: 1 short free text (S), 2 list with "other" (L), 3 multiple choice (M)
-- with subquestions SQ001 and SQ002, 4 long free text (T), 5 date (D), 6 numerical input (N).
CREATE TABLE `lime_survey_123456` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submitdate` datetime,
  `lastpage` int(11),
  `startlanguage` varchar(20) NOT NULL,
  `seed` varchar(31),
  `token` varchar(36),
  `startdate` datetime NOT NULL,
  `datestamp` datetime NOT NULL,
  `ipaddr` text,
  `refurl` text,
  `123456X1X1` text,
  `123456X1X2` varchar(5),
  `123456X1X2other` text,
  `123456X1X3SQ001` varchar(5),
  `123456X1X3SQ002` varchar(5),
  `123456X2X4` text,
  `123456X2X5` datetime,
  `123456X2X6` decimal(30,10),
  PRIMARY KEY (`id`)
);

-- Run-time table created by SurveyActivator when the survey saves timings (savetimings = 'Y').
CREATE TABLE `lime_survey_123456_timings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `interviewtime` FLOAT,
  `123456X1time` FLOAT,
  `123456X1X1time` FLOAT,
  `123456X1X2time` FLOAT,
  `123456X1X3time` FLOAT,
  `123456X2time` FLOAT,
  `123456X2X4time` FLOAT,
  `123456X2X5time` FLOAT,
  `123456X2X6time` FLOAT,
  PRIMARY KEY (`id`)
);

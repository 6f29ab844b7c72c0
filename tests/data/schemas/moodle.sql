-- Moodle (e-learning: users and their profile data, enrolments, roles, grades, completions, badges, messages,
-- notifications, sessions, tokens, the standard event log, payments), trimmed from github.com/moodle/moodle
-- lib/db/install.xml (XMLDB VERSION 20250206) and admin/tool/log/store/standard/db/install.xml (GPL-3.0).
-- XMLDB written as MySQL DDL the way Moodle's mysql_sql_generator does: int(n) -> BIGINT/INT/MEDIUMINT/SMALLINT/
-- TINYINT(n) by length, char(n) -> VARCHAR(n), text -> LONGTEXT, number(n,d) -> DECIMAL(n,d); default table
-- prefix mdl_; times are Unix timestamps in integer columns. Upstream column comments kept; table comments as
-- SQL comments. XMLDB foreign keys kept among the tables kept (Moodle declares them; its installer creates them
-- as indexes).

-- Moodle configuration variables
CREATE TABLE `mdl_config` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `value` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_conf_nam_uk` (`name`)
);

-- One record for each person
CREATE TABLE `mdl_user` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `auth` VARCHAR(20) NOT NULL DEFAULT 'manual',
  `confirmed` TINYINT(1) NOT NULL DEFAULT '0',
  `policyagreed` TINYINT(1) NOT NULL DEFAULT '0',
  `deleted` TINYINT(1) NOT NULL DEFAULT '0',
  `suspended` TINYINT(1) NOT NULL DEFAULT '0' COMMENT 'suspended flag prevents users to log in',
  `mnethostid` BIGINT(10) NOT NULL DEFAULT '0',
  `username` VARCHAR(100) NOT NULL DEFAULT '',
  `password` VARCHAR(255) NOT NULL DEFAULT '',
  `idnumber` VARCHAR(255) NOT NULL DEFAULT '',
  `firstname` VARCHAR(100) NOT NULL DEFAULT '',
  `lastname` VARCHAR(100) NOT NULL DEFAULT '',
  `email` VARCHAR(100) NOT NULL DEFAULT '',
  `emailstop` TINYINT(1) NOT NULL DEFAULT '0',
  `phone1` VARCHAR(20) NOT NULL DEFAULT '',
  `phone2` VARCHAR(20) NOT NULL DEFAULT '',
  `institution` VARCHAR(255) NOT NULL DEFAULT '',
  `department` VARCHAR(255) NOT NULL DEFAULT '',
  `address` VARCHAR(255) NOT NULL DEFAULT '',
  `city` VARCHAR(120) NOT NULL DEFAULT '',
  `country` VARCHAR(2) NOT NULL DEFAULT '',
  `lang` VARCHAR(30) NOT NULL DEFAULT 'en',
  `calendartype` VARCHAR(30) NOT NULL DEFAULT 'gregorian',
  `theme` VARCHAR(50) NOT NULL DEFAULT '',
  `timezone` VARCHAR(100) NOT NULL DEFAULT '99',
  `firstaccess` BIGINT(10) NOT NULL DEFAULT '0',
  `lastaccess` BIGINT(10) NOT NULL DEFAULT '0',
  `lastlogin` BIGINT(10) NOT NULL DEFAULT '0',
  `currentlogin` BIGINT(10) NOT NULL DEFAULT '0',
  `lastip` VARCHAR(45) NOT NULL DEFAULT '',
  `secret` VARCHAR(15) NOT NULL DEFAULT '',
  `picture` BIGINT(10) NOT NULL DEFAULT '0' COMMENT '0 means no image uploaded, positive values are revisions thta prevent caching problems, negative values are reserved for future use',
  `description` LONGTEXT,
  `descriptionformat` TINYINT(2) NOT NULL DEFAULT '1',
  `mailformat` TINYINT(1) NOT NULL DEFAULT '1',
  `maildigest` TINYINT(1) NOT NULL DEFAULT '0',
  `maildisplay` TINYINT(2) NOT NULL DEFAULT '2',
  `autosubscribe` TINYINT(1) NOT NULL DEFAULT '1',
  `trackforums` TINYINT(1) NOT NULL DEFAULT '0',
  `timecreated` BIGINT(10) NOT NULL DEFAULT '0',
  `timemodified` BIGINT(10) NOT NULL DEFAULT '0',
  `trustbitmask` BIGINT(10) NOT NULL DEFAULT '0',
  `imagealt` VARCHAR(255) DEFAULT NULL COMMENT 'alt tag for user uploaded image',
  `lastnamephonetic` VARCHAR(255) DEFAULT NULL COMMENT 'Last name phonetic',
  `firstnamephonetic` VARCHAR(255) DEFAULT NULL COMMENT 'First name phonetic',
  `middlename` VARCHAR(255) DEFAULT NULL COMMENT 'Middle name',
  `alternatename` VARCHAR(255) DEFAULT NULL COMMENT 'Alternate name - Useful for three-name countries.',
  `moodlenetprofile` VARCHAR(255) DEFAULT NULL COMMENT 'Moodle.net profile information',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_user_mneuse_uix` (`mnethostid`, `username`),
  KEY `mdl_user_del_ix` (`deleted`),
  KEY `mdl_user_con_ix` (`confirmed`),
  KEY `mdl_user_fir_ix` (`firstname`),
  KEY `mdl_user_las_ix` (`lastname`),
  KEY `mdl_user_cit_ix` (`city`),
  KEY `mdl_user_cou_ix` (`country`),
  KEY `mdl_user_las2_ix` (`lastaccess`),
  KEY `mdl_user_ema_ix` (`email`),
  KEY `mdl_user_aut_ix` (`auth`),
  KEY `mdl_user_idn_ix` (`idnumber`)
);

-- Allows modules to store arbitrary user preferences
CREATE TABLE `mdl_user_preferences` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL DEFAULT '0',
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `value` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_userpref_usenam_uix` (`userid`, `name`)
);

-- Data for the customisable user fields
CREATE TABLE `mdl_user_info_data` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'id from the user table',
  `fieldid` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'id from the field table',
  `data` LONGTEXT NOT NULL COMMENT 'Field data',
  `dataformat` TINYINT(2) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_userinfodata_usefie_uix` (`userid`, `fieldid`)
);

-- To keep track of course page access times, used in online participants block, and participants list
CREATE TABLE `mdl_user_lastaccess` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL DEFAULT '0',
  `courseid` BIGINT(10) NOT NULL DEFAULT '0',
  `timeaccess` BIGINT(10) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_userlast_usecou_uix` (`userid`, `courseid`)
);

-- A rotating log of hashes of previously used passwords for each user.
CREATE TABLE `mdl_user_password_history` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL,
  `hash` VARCHAR(255) NOT NULL DEFAULT '',
  `timecreated` BIGINT(10) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- table tracking password reset confirmation tokens
CREATE TABLE `mdl_user_password_resets` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL COMMENT 'id of the user account which requester claimed to be',
  `timerequested` BIGINT(10) NOT NULL COMMENT 'The time that the user first requested this password reset',
  `timererequested` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'The time the user re-requested the password reset.',
  `token` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'secret set and emailed to user',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- access keys used in cookieless scripts - rss, etc.
CREATE TABLE `mdl_user_private_key` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `script` VARCHAR(128) NOT NULL DEFAULT '' COMMENT 'plugin, module - unique identifier',
  `value` VARCHAR(128) NOT NULL DEFAULT '' COMMENT 'private access key value',
  `userid` BIGINT(10) NOT NULL COMMENT 'owner',
  `instance` BIGINT(10) DEFAULT NULL COMMENT 'optional instance id',
  `iprestriction` VARCHAR(255) DEFAULT NULL COMMENT 'ip restriction',
  `validuntil` BIGINT(10) DEFAULT NULL COMMENT 'timestampt - valid until data',
  `timecreated` BIGINT(10) DEFAULT NULL COMMENT 'created timestamp',
  PRIMARY KEY (`id`),
  KEY `mdl_userprivkey_scrval_ix` (`script`, `value`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- This table stores user's mobile devices information in order to send PUSH notifications
CREATE TABLE `mdl_user_devices` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL DEFAULT '0',
  `appid` VARCHAR(128) NOT NULL DEFAULT '' COMMENT 'the app id, usually something like com.moodle.moodlemobile',
  `name` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'the device name, occam or iPhone etc..',
  `model` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'the device model, Nexus 4 or iPad 1,1',
  `platform` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'the device platform, Android or iOS etc',
  `version` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The device version, 6.1.2, 4.2.2 etc..',
  `pushid` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'the device PUSH token/key/identifier/registration id',
  `uuid` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The device vendor UUID',
  `publickey` LONGTEXT COMMENT 'The app generated public key',
  `timecreated` BIGINT(10) NOT NULL,
  `timemodified` BIGINT(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_userdevi_pususe_uix` (`pushid`, `userid`),
  KEY `mdl_userdevi_uuiuse_ix` (`uuid`, `userid`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- Database based session storage - now recommended
CREATE TABLE `mdl_sessions` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `state` BIGINT(10) NOT NULL DEFAULT '0' COMMENT '0 means normal session',
  `sid` VARCHAR(128) NOT NULL DEFAULT '' COMMENT 'Session id',
  `userid` BIGINT(10) NOT NULL,
  `sessdata` LONGTEXT COMMENT 'session content',
  `timecreated` BIGINT(10) NOT NULL,
  `timemodified` BIGINT(10) NOT NULL,
  `firstip` VARCHAR(45) DEFAULT NULL,
  `lastip` VARCHAR(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_sess_sid_uix` (`sid`),
  KEY `mdl_sess_sta_ix` (`state`),
  KEY `mdl_sess_tim_ix` (`timecreated`),
  KEY `mdl_sess_tim2_ix` (`timemodified`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- one of these must be set
CREATE TABLE `mdl_context` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `contextlevel` BIGINT(10) NOT NULL DEFAULT '0',
  `instanceid` BIGINT(10) NOT NULL DEFAULT '0',
  `path` VARCHAR(255) DEFAULT NULL,
  `depth` TINYINT(2) NOT NULL DEFAULT '0',
  `locked` TINYINT(2) NOT NULL DEFAULT '0' COMMENT 'Whether this context and its children are locked',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_cont_conins_uix` (`contextlevel`, `instanceid`),
  KEY `mdl_cont_ins_ix` (`instanceid`),
  KEY `mdl_cont_pat_ix` (`path`)
);

-- Security tokens for accessing of external services
CREATE TABLE `mdl_external_tokens` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(128) NOT NULL DEFAULT '' COMMENT 'security token, aka private access key',
  `privatetoken` VARCHAR(64) DEFAULT NULL COMMENT 'private token, generated at the same time that the token, must be stored safely by the ws client, to be transmitted only via https',
  `tokentype` SMALLINT(4) NOT NULL COMMENT 'type of token: 0=permanent, no session; 1=linked to current browser session via sid; 2=permanent, with emulated session',
  `userid` BIGINT(10) NOT NULL COMMENT 'owner of the token',
  `externalserviceid` BIGINT(10) NOT NULL,
  `sid` VARCHAR(128) DEFAULT NULL COMMENT 'link to browser or emulated session',
  `contextid` BIGINT(10) NOT NULL COMMENT 'context id where in token valid',
  `creatorid` BIGINT(10) NOT NULL DEFAULT '1' COMMENT 'user id of the token creator (useful to know when the administrator created a token and so display the token to a specific administrator)',
  `iprestriction` VARCHAR(255) DEFAULT NULL COMMENT 'ip restriction',
  `validuntil` BIGINT(10) DEFAULT NULL COMMENT 'timestampt - valid until data',
  `timecreated` BIGINT(10) NOT NULL COMMENT 'created timestamp',
  `lastaccess` BIGINT(10) DEFAULT NULL COMMENT 'last access timestamp',
  `name` VARCHAR(255) DEFAULT NULL COMMENT 'token name, used to identify the token at the table view',
  PRIMARY KEY (`id`),
  KEY `mdl_exteToke_tok_ix` (`token`),
  KEY `mdl_exteToke_sid_ix` (`sid`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`),
  FOREIGN KEY (`contextid`) REFERENCES `mdl_context` (`id`),
  FOREIGN KEY (`creatorid`) REFERENCES `mdl_user` (`id`)
);

-- Central course table
CREATE TABLE `mdl_course` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `category` BIGINT(10) NOT NULL DEFAULT '0',
  `sortorder` BIGINT(10) NOT NULL DEFAULT '0',
  `fullname` VARCHAR(1333) NOT NULL DEFAULT '',
  `shortname` VARCHAR(255) NOT NULL DEFAULT '',
  `idnumber` VARCHAR(100) NOT NULL DEFAULT '',
  `summary` LONGTEXT,
  `summaryformat` TINYINT(2) NOT NULL DEFAULT '0',
  `format` VARCHAR(21) NOT NULL DEFAULT 'topics',
  `showgrades` TINYINT(2) NOT NULL DEFAULT '1',
  `newsitems` MEDIUMINT(5) NOT NULL DEFAULT '1',
  `startdate` BIGINT(10) NOT NULL DEFAULT '0',
  `enddate` BIGINT(10) NOT NULL DEFAULT '0',
  `relativedatesmode` TINYINT(1) NOT NULL DEFAULT '0' COMMENT 'Whether to let this course display course- or activity-related dates relative to the user''s enrolment date in this course.',
  `marker` BIGINT(10) NOT NULL DEFAULT '0',
  `maxbytes` BIGINT(10) NOT NULL DEFAULT '0',
  `legacyfiles` SMALLINT(4) NOT NULL DEFAULT '0' COMMENT 'course files are not necessary any more: 0 no legacy files, 1 legacy files disabled, 2 legacy files enabled',
  `showreports` SMALLINT(4) NOT NULL DEFAULT '0',
  `visible` TINYINT(1) NOT NULL DEFAULT '1',
  `visibleold` TINYINT(1) NOT NULL DEFAULT '1' COMMENT 'the state of visible field when hiding parent category, this helps us to recover hidden states when unhiding the parent category later',
  `downloadcontent` TINYINT(1) DEFAULT NULL,
  `groupmode` SMALLINT(4) NOT NULL DEFAULT '0',
  `groupmodeforce` SMALLINT(4) NOT NULL DEFAULT '0',
  `defaultgroupingid` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'default grouping used in course modules, does not have key intentionally',
  `lang` VARCHAR(30) NOT NULL DEFAULT '' COMMENT 'Forced language for this course. Null or '''' means ''Do not force''. Otherwise a Moodle lang pack name like ''fr'' or ''en_us''.',
  `calendartype` VARCHAR(30) NOT NULL DEFAULT '',
  `theme` VARCHAR(50) NOT NULL DEFAULT '',
  `timecreated` BIGINT(10) NOT NULL DEFAULT '0',
  `timemodified` BIGINT(10) NOT NULL DEFAULT '0',
  `requested` TINYINT(1) NOT NULL DEFAULT '0',
  `enablecompletion` TINYINT(1) NOT NULL DEFAULT '0' COMMENT '1 = allow use of ''completion'' progress-tracking on this course. 0 = disable completion tracking on this course.',
  `completionnotify` TINYINT(1) NOT NULL DEFAULT '0' COMMENT 'Notify users when they complete this course',
  `cacherev` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'Incrementing revision for validating the course content cache',
  `originalcourseid` BIGINT(10) DEFAULT NULL COMMENT 'the id of the source course when a new course originates from a restore of another course on the same site.',
  `showactivitydates` TINYINT(1) NOT NULL DEFAULT '0' COMMENT 'Whether to display activity dates to user. 0 = do not display, 1 = display activity dates',
  `showcompletionconditions` TINYINT(1) DEFAULT NULL COMMENT 'Whether to display completion conditions to user. 0 = do not display, 1 = display conditions',
  `pdfexportfont` VARCHAR(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mdl_cour_cat_ix` (`category`),
  KEY `mdl_cour_idn_ix` (`idnumber`),
  KEY `mdl_cour_sho_ix` (`shortname`),
  KEY `mdl_cour_sor_ix` (`sortorder`),
  FOREIGN KEY (`originalcourseid`) REFERENCES `mdl_course` (`id`)
);

-- Users participating in courses (aka enrolled users) - everybody who is participating/visible in course, that
-- means both teachers and students
CREATE TABLE `mdl_user_enrolments` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `status` BIGINT(10) NOT NULL DEFAULT '0' COMMENT '0..9 are system constants, 0 means active participation, see ENROL_PARTICIPATION_* constants, plugins may define own status greater than 10',
  `enrolid` BIGINT(10) NOT NULL,
  `userid` BIGINT(10) NOT NULL,
  `timestart` BIGINT(10) NOT NULL DEFAULT '0',
  `timeend` BIGINT(10) NOT NULL DEFAULT '2147483647',
  `modifierid` BIGINT(10) NOT NULL DEFAULT '0',
  `timecreated` BIGINT(10) NOT NULL DEFAULT '0',
  `timemodified` BIGINT(10) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_userenro_enruse_uix` (`enrolid`, `userid`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`),
  FOREIGN KEY (`modifierid`) REFERENCES `mdl_user` (`id`)
);

-- moodle roles
CREATE TABLE `mdl_role` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Empty names are automatically localised',
  `shortname` VARCHAR(100) NOT NULL DEFAULT '',
  `description` LONGTEXT NOT NULL COMMENT 'Empty descriptions may be automatically localised',
  `sortorder` BIGINT(10) NOT NULL DEFAULT '0',
  `archetype` VARCHAR(30) NOT NULL DEFAULT '' COMMENT 'Role archetype is used during install and role reset, marks admin role and helps in site settings',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_role_sor_uix` (`sortorder`),
  UNIQUE KEY `mdl_role_sho_uix` (`shortname`)
);

-- assigning roles in different context
CREATE TABLE `mdl_role_assignments` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `roleid` BIGINT(10) NOT NULL DEFAULT '0',
  `contextid` BIGINT(10) NOT NULL DEFAULT '0',
  `userid` BIGINT(10) NOT NULL DEFAULT '0',
  `timemodified` BIGINT(10) NOT NULL DEFAULT '0',
  `modifierid` BIGINT(10) NOT NULL DEFAULT '0',
  `component` VARCHAR(100) NOT NULL DEFAULT '' COMMENT 'plugin responsible responsible for role assignment, empty when manually assigned',
  `itemid` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'Id of enrolment/auth instance responsible for this role assignment',
  `sortorder` BIGINT(10) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `mdl_roleassi_sor_ix` (`sortorder`),
  KEY `mdl_roleassi_rolcon_ix` (`roleid`, `contextid`),
  KEY `mdl_roleassi_useconrol_ix` (`userid`, `contextid`, `roleid`),
  KEY `mdl_roleassi_comiteuse_ix` (`component`, `itemid`, `userid`),
  FOREIGN KEY (`roleid`) REFERENCES `mdl_role` (`id`),
  FOREIGN KEY (`contextid`) REFERENCES `mdl_context` (`id`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- Course completion records
CREATE TABLE `mdl_course_completions` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL DEFAULT '0',
  `course` BIGINT(10) NOT NULL DEFAULT '0',
  `timeenrolled` BIGINT(10) NOT NULL DEFAULT '0',
  `timestarted` BIGINT(10) NOT NULL DEFAULT '0',
  `timecompleted` BIGINT(10) DEFAULT NULL,
  `reaggregate` BIGINT(10) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_courcomp_usecou_uix` (`userid`, `course`),
  KEY `mdl_courcomp_tim_ix` (`timecompleted`)
);

-- Stores the completion state (completed or not completed, etc) of each user on each activity.
CREATE TABLE `mdl_course_modules_completion` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `coursemoduleid` BIGINT(10) NOT NULL COMMENT 'Activity that has been completed (or not).',
  `userid` BIGINT(10) NOT NULL COMMENT 'ID of user who has (or hasn''t) completed the activity.',
  `completionstate` TINYINT(1) NOT NULL COMMENT 'Whether or not the user has completed the activity. Available states: 0 = not completed [if there''s no row in this table, that also counts as 0] 1 = completed 2 = completed, show passed 3 = completed, show failed',
  `overrideby` BIGINT(10) DEFAULT NULL COMMENT 'Tracks whether this completion state has been set manually to override a previous state.',
  `timemodified` BIGINT(10) NOT NULL COMMENT 'Time at which the completion state last changed.',
  PRIMARY KEY (`id`),
  KEY `mdl_courmodu_cou_ix` (`coursemoduleid`),
  UNIQUE KEY `mdl_courmodu_usecou_uix` (`userid`, `coursemoduleid`)
);

-- grade_grades  This table keeps individual grades for each user and each item, exactly as imported or submitted
-- by modules. The rawgrademax/min and rawscaleid are stored here to record the values at the time the grade was
-- stored, because teachers might change this for an activity! All the results are normalised/resampled for the
-- final grade value.
CREATE TABLE `mdl_grade_grades` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `itemid` BIGINT(10) NOT NULL COMMENT 'The item this grade belongs to',
  `userid` BIGINT(10) NOT NULL COMMENT 'The user who this grade is for',
  `rawgrade` DECIMAL(10,5) DEFAULT NULL COMMENT 'If the grade is a float value (or has been converted to one)',
  `rawgrademax` DECIMAL(10,5) NOT NULL DEFAULT '100' COMMENT 'The maximum allowable grade when this was created',
  `rawgrademin` DECIMAL(10,5) NOT NULL DEFAULT '0' COMMENT 'The minimum allowable grade when this was created',
  `rawscaleid` BIGINT(10) DEFAULT NULL COMMENT 'If this grade is based on a scale, which one was it?',
  `usermodified` BIGINT(10) DEFAULT NULL COMMENT 'the userid of the person who last modified this grade',
  `finalgrade` DECIMAL(10,5) DEFAULT NULL COMMENT 'The final grade (cached) after all calculations are made',
  `hidden` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'show 0, hide 1 or hide until date',
  `locked` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'not locked 0, locked from date',
  `locktime` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'automatic locking of final grade, 0 means none, date otherwise',
  `exported` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'date of last grade export, 0 if none',
  `overridden` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'indicates grade overridden from gradebook, 0 means none, date means overridden',
  `excluded` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'grade excluded from aggregation functions, date means when excluded',
  `feedback` LONGTEXT COMMENT 'grading feedback',
  `feedbackformat` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'format of feedback text',
  `information` LONGTEXT COMMENT 'optiona information',
  `informationformat` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'format of information text',
  `timecreated` BIGINT(10) DEFAULT NULL COMMENT 'the time this grade was first created',
  `timemodified` BIGINT(10) DEFAULT NULL COMMENT 'the time this grade was last modified',
  `aggregationstatus` VARCHAR(10) NOT NULL DEFAULT 'unknown' COMMENT 'One of several values describing how this grade_grade was used when calculating the aggregation. Possible values are "unknown", "dropped", "novalue", "used"',
  `aggregationweight` DECIMAL(10,5) DEFAULT NULL COMMENT 'If the aggregationstatus == ''included'', then this is the percent this item contributed to the aggregation.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_gradgrad_useite_uk` (`userid`, `itemid`),
  KEY `mdl_gradgrad_locloc_ix` (`locked`, `locktime`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`),
  FOREIGN KEY (`usermodified`) REFERENCES `mdl_user` (`id`)
);

-- Each record represents a group.
CREATE TABLE `mdl_groups` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `courseid` BIGINT(10) NOT NULL,
  `idnumber` VARCHAR(100) NOT NULL DEFAULT '',
  `name` VARCHAR(254) NOT NULL DEFAULT '' COMMENT 'Short human readable unique name for the group.',
  `description` LONGTEXT,
  `descriptionformat` TINYINT(2) NOT NULL DEFAULT '0',
  `enrolmentkey` VARCHAR(50) DEFAULT NULL,
  `picture` BIGINT(10) NOT NULL DEFAULT '0',
  `visibility` TINYINT(1) NOT NULL DEFAULT '0' COMMENT 'Visibility of group membership',
  `participation` TINYINT(1) NOT NULL DEFAULT '1' COMMENT 'Can this group be selected when participating in activities?',
  `timecreated` BIGINT(10) NOT NULL DEFAULT '0',
  `timemodified` BIGINT(10) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `mdl_grou_idn_ix` (`idnumber`),
  FOREIGN KEY (`courseid`) REFERENCES `mdl_course` (`id`)
);

-- Link a user to a group.
CREATE TABLE `mdl_groups_members` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `groupid` BIGINT(10) NOT NULL DEFAULT '0',
  `userid` BIGINT(10) NOT NULL DEFAULT '0',
  `timeadded` BIGINT(10) NOT NULL DEFAULT '0',
  `component` VARCHAR(100) NOT NULL DEFAULT '' COMMENT 'Defines the Moodle component which added this group membership (e.g. ''auth_myplugin''), or blank if it was added manually. (Entries which are created by a Moodle component cannot be removed in the normal user interface.)',
  `itemid` BIGINT(10) NOT NULL DEFAULT '0' COMMENT 'If the ''component'' field is set, this can be used to define the instance of the component that created the entry. Otherwise should be left as default (0).',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_groumemb_usegro_uk` (`userid`, `groupid`),
  FOREIGN KEY (`groupid`) REFERENCES `mdl_groups` (`id`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- Stores all message conversations
CREATE TABLE `mdl_message_conversations` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `type` BIGINT(10) NOT NULL DEFAULT '1',
  `name` VARCHAR(255) DEFAULT NULL,
  `convhash` VARCHAR(40) DEFAULT NULL,
  `component` VARCHAR(100) DEFAULT NULL COMMENT 'Defines the Moodle component which the area was added to',
  `itemtype` VARCHAR(100) DEFAULT NULL,
  `itemid` BIGINT(10) DEFAULT NULL,
  `contextid` BIGINT(10) DEFAULT NULL COMMENT 'The context id of the itemid or course of the itemtype was added',
  `enabled` TINYINT(1) NOT NULL DEFAULT '0',
  `timecreated` BIGINT(10) NOT NULL,
  `timemodified` BIGINT(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mdl_messconv_typ_ix` (`type`),
  KEY `mdl_messconv_con_ix` (`convhash`),
  KEY `mdl_messconv_comiteiteco_ix` (`component`, `itemtype`, `itemid`, `contextid`),
  FOREIGN KEY (`contextid`) REFERENCES `mdl_context` (`id`)
);

-- Stores all members in a conversations
CREATE TABLE `mdl_message_conversation_members` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `conversationid` BIGINT(10) NOT NULL,
  `userid` BIGINT(10) NOT NULL,
  `timecreated` BIGINT(10) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conversationid`) REFERENCES `mdl_message_conversations` (`id`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- Stores all messages
CREATE TABLE `mdl_messages` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `useridfrom` BIGINT(10) NOT NULL,
  `conversationid` BIGINT(10) NOT NULL,
  `subject` LONGTEXT,
  `fullmessage` LONGTEXT,
  `fullmessageformat` TINYINT(1) NOT NULL DEFAULT '0',
  `fullmessagehtml` LONGTEXT,
  `smallmessage` LONGTEXT,
  `timecreated` BIGINT(10) NOT NULL,
  `fullmessagetrust` TINYINT(2) NOT NULL DEFAULT '0',
  `customdata` LONGTEXT COMMENT 'Custom data to be passed to the message processor. Must be serialisable using json_encode()',
  PRIMARY KEY (`id`),
  KEY `mdl_mess_contim_ix` (`conversationid`, `timecreated`),
  FOREIGN KEY (`useridfrom`) REFERENCES `mdl_user` (`id`),
  FOREIGN KEY (`conversationid`) REFERENCES `mdl_message_conversations` (`id`)
);

-- Maintains lists of contacts between users
CREATE TABLE `mdl_message_contacts` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL,
  `contactid` BIGINT(10) NOT NULL,
  `timecreated` BIGINT(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_messcont_usecon_uix` (`userid`, `contactid`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`),
  FOREIGN KEY (`contactid`) REFERENCES `mdl_user` (`id`)
);

-- Stores all notifications
CREATE TABLE `mdl_notifications` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `useridfrom` BIGINT(10) NOT NULL,
  `useridto` BIGINT(10) NOT NULL,
  `subject` LONGTEXT COMMENT 'The message subject',
  `fullmessage` LONGTEXT,
  `fullmessageformat` TINYINT(1) NOT NULL DEFAULT '0',
  `fullmessagehtml` LONGTEXT,
  `smallmessage` LONGTEXT,
  `component` VARCHAR(100) DEFAULT NULL,
  `eventtype` VARCHAR(100) DEFAULT NULL,
  `contexturl` LONGTEXT,
  `contexturlname` LONGTEXT,
  `timeread` BIGINT(10) DEFAULT NULL,
  `timecreated` BIGINT(10) NOT NULL,
  `customdata` LONGTEXT COMMENT 'Custom data to be passed to the message processor. Must be serialisable using json_encode()',
  PRIMARY KEY (`id`),
  KEY `mdl_noti_use_ix` (`useridfrom`) COMMENT 'The useridfrom would normally be a foreign key to the users table. But it can also contain some extra negative values with special semantics (-10 or -20 for no-reply or support user). Therefore we can''t make it a foreign key and the index must be created explicitly.',
  KEY `mdl_noti_tim_ix` (`timecreated`),
  KEY `mdl_noti_tim2_ix` (`timeread`),
  FOREIGN KEY (`useridto`) REFERENCES `mdl_user` (`id`)
);

-- Standard log table (admin/tool/log/store/standard/db/install.xml)
CREATE TABLE `mdl_logstore_standard_log` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `eventname` VARCHAR(255) NOT NULL DEFAULT '',
  `component` VARCHAR(100) NOT NULL DEFAULT '',
  `action` VARCHAR(100) NOT NULL DEFAULT '',
  `target` VARCHAR(100) NOT NULL DEFAULT '',
  `objecttable` VARCHAR(50) DEFAULT NULL,
  `objectid` BIGINT(10) DEFAULT NULL,
  `crud` VARCHAR(1) NOT NULL DEFAULT '',
  `edulevel` TINYINT(1) NOT NULL,
  `contextid` BIGINT(10) NOT NULL,
  `contextlevel` BIGINT(10) NOT NULL,
  `contextinstanceid` BIGINT(10) NOT NULL,
  `userid` BIGINT(10) NOT NULL,
  `courseid` BIGINT(10) DEFAULT NULL,
  `relateduserid` BIGINT(10) DEFAULT NULL,
  `anonymous` TINYINT(1) NOT NULL DEFAULT '0' COMMENT 'Was this event anonymous at the time of triggering?',
  `other` LONGTEXT,
  `timecreated` BIGINT(10) NOT NULL,
  `origin` VARCHAR(10) DEFAULT NULL COMMENT 'cli, cron, ws, etc.',
  `ip` VARCHAR(45) DEFAULT NULL COMMENT 'IP address',
  `realuserid` BIGINT(10) DEFAULT NULL COMMENT 'real user id when logged-in-as',
  PRIMARY KEY (`id`),
  KEY `mdl_logsstanlog_tim_ix` (`timecreated`),
  KEY `mdl_logsstanlog_couanotim_ix` (`courseid`, `anonymous`, `timecreated`),
  KEY `mdl_logsstanlog_useconconcr_ix` (`userid`, `contextlevel`, `contextinstanceid`, `crud`, `edulevel`, `timecreated`),
  FOREIGN KEY (`contextid`) REFERENCES `mdl_context` (`id`)
);

-- moodle comments module
CREATE TABLE `mdl_comments` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `contextid` BIGINT(10) NOT NULL,
  `component` VARCHAR(255) DEFAULT NULL COMMENT 'The plugin this comment belongs to.',
  `commentarea` VARCHAR(255) NOT NULL DEFAULT '',
  `itemid` BIGINT(10) NOT NULL,
  `content` LONGTEXT NOT NULL,
  `format` TINYINT(2) NOT NULL DEFAULT '0',
  `userid` BIGINT(10) NOT NULL,
  `timecreated` BIGINT(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mdl_comm_concomite_ix` (`contextid`, `commentarea`, `itemid`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- Defines issued badges
CREATE TABLE `mdl_badge_issued` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `badgeid` BIGINT(10) NOT NULL DEFAULT '0',
  `userid` BIGINT(10) NOT NULL DEFAULT '0',
  `uniquehash` LONGTEXT NOT NULL,
  `dateissued` BIGINT(10) NOT NULL DEFAULT '0',
  `dateexpire` BIGINT(10) DEFAULT NULL,
  `visible` TINYINT(1) NOT NULL DEFAULT '0',
  `issuernotified` BIGINT(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_badgissu_baduse_uix` (`badgeid`, `userid`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- Stores information about payments
CREATE TABLE `mdl_payments` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `component` VARCHAR(100) NOT NULL DEFAULT '' COMMENT 'The plugin this payment belongs to.',
  `paymentarea` VARCHAR(50) NOT NULL DEFAULT '' COMMENT 'The name of payable area',
  `itemid` BIGINT(10) NOT NULL,
  `userid` BIGINT(10) NOT NULL,
  `amount` VARCHAR(20) NOT NULL DEFAULT '',
  `currency` VARCHAR(3) NOT NULL DEFAULT '',
  `accountid` BIGINT(10) NOT NULL,
  `gateway` VARCHAR(100) NOT NULL DEFAULT '',
  `timecreated` BIGINT(10) NOT NULL DEFAULT '0',
  `timemodified` BIGINT(10) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `mdl_paym_gat_ix` (`gateway`),
  KEY `mdl_paym_compayite_ix` (`component`, `paymentarea`, `itemid`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- The log table for all tasks
CREATE TABLE `mdl_task_log` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `type` SMALLINT(4) NOT NULL COMMENT 'The type of task. Scheduled task = 0; Adhoc task = 1.',
  `component` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The component that the task belongs to',
  `classname` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The class of the task being run',
  `userid` BIGINT(10) NOT NULL COMMENT 'The userid that the task was configured to run as (Adhoc tasks only)',
  `timestart` DECIMAL(20,10) NOT NULL COMMENT 'The start time of the task',
  `timeend` DECIMAL(20,10) NOT NULL COMMENT 'The end time of the task',
  `dbreads` BIGINT(10) NOT NULL COMMENT 'The number of DB reads performed during the task.',
  `dbwrites` BIGINT(10) NOT NULL COMMENT 'The number of DB writes performed during the task.',
  `result` TINYINT(2) NOT NULL COMMENT 'Whether the task was successful or not. 0 = pass; 1 = fail.',
  `output` LONGTEXT NOT NULL,
  `hostname` VARCHAR(255) DEFAULT NULL COMMENT 'Hostname where the task was executed',
  `pid` BIGINT(10) DEFAULT NULL COMMENT 'PHP process ID that was running the task',
  PRIMARY KEY (`id`),
  KEY `mdl_tasklog_cla_ix` (`classname`),
  KEY `mdl_tasklog_tim_ix` (`timestart`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

-- Register of users who have accepted this sites AI usage policy
CREATE TABLE `mdl_ai_policy_register` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL COMMENT 'The id of the user that has accepted the policy',
  `contextid` BIGINT(10) NOT NULL COMMENT 'The context id that the policy was accepted in',
  `timeaccepted` BIGINT(10) NOT NULL COMMENT 'Timestamp of when the policy was accepted',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_aipolireg_use_uk` (`userid`),
  FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
);

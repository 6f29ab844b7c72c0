-- Moodle (learning management system) - trimmed MySQL DDL for the blind22 labelling exam.
-- Upstream: github.com/moodle/moodle (GPL-3.0-or-later), XMLDB schema files, Moodle 5.1 development line
--   (the "public/" source layout):
--   public/lib/db/install.xml                       at commit e3c2a760e49227f285d4af6c9dd1a8b538bd3605 (XMLDB VERSION 20260112)
--   public/mod/forum/db/install.xml                 at commit f747c15cbf1c1c963a9592a73b167b969ec33d75
--   public/mod/quiz/db/install.xml                  at commit f6e9abd997c238f1e99339a2d515e876316128c1
--   public/mod/assign/db/install.xml                at commit 806e2d49ac364b1b4ca2ce68548d58d6154c1de7
--   admin/tool/log/store/standard/db/install.xml    at commit 72aeb83a74c7351d306718d274c6248a8c3399ec (logstore_standard_log,
--                                                   unchanged since its 20140415 XMLDB version)
-- Conversion (as Moodle's own lib/ddl/mysql_sql_generator.php renders XMLDB for MySQL): tables get the default `mdl_` prefix;
--   int(n) -> BIGINT(n) for n > 9, INT(n) for 7-9, MEDIUMINT(n) for 5-6, SMALLINT(n) for 3-4, TINYINT(n) for 1-2;
--   SEQUENCE="true" -> AUTO_INCREMENT primary key; char(n) -> VARCHAR(n); text -> LONGTEXT; number(l,d) -> DECIMAL(l,d);
--   NOTNULL and DEFAULT as declared; field and table COMMENTs are upstream's (XML entities decoded).
-- Keys: every primary key, upstream's unique KEYs and unique INDEXes kept as UNIQUE KEY; non-unique indexes left out.
--   Foreign keys are upstream's <KEY TYPE="foreign"> entries between kept tables. Left out because their target table is
--   not in this file: event.subscriptionid -> event_subscriptions; grade_items.categoryid -> grade_categories,
--   grade_items.scaleid -> scale, grade_items.outcomeid -> grade_outcomes; grade_grades(.history).rawscaleid -> scale;
--   quiz_overrides.quiz, quiz_attempts.quiz, quiz_grades.quiz -> quiz; quiz_attempts.uniqueid -> question_usages
--   (foreign-unique, kept as UNIQUE KEY); assign_submission.assignment, assign_grades.assignment -> assign.
-- Tables are ordered so that every referenced table is created first. 44 tables, every column of each kept table.

CREATE TABLE `mdl_config` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `value` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_config_name_uix` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Moodle configuration variables';

CREATE TABLE `mdl_user` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `auth` VARCHAR(20) NOT NULL DEFAULT 'manual',
  `confirmed` TINYINT(1) NOT NULL DEFAULT 0,
  `policyagreed` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `suspended` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'suspended flag prevents users to log in',
  `mnethostid` BIGINT(10) NOT NULL DEFAULT 0,
  `username` VARCHAR(100) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `idnumber` VARCHAR(255) NOT NULL,
  `firstname` VARCHAR(100) NOT NULL,
  `lastname` VARCHAR(100) NOT NULL,
  `email` VARCHAR(100) NOT NULL,
  `emailstop` TINYINT(1) NOT NULL DEFAULT 0,
  `phone1` VARCHAR(20) NOT NULL,
  `phone2` VARCHAR(20) NOT NULL,
  `institution` VARCHAR(255) NOT NULL,
  `department` VARCHAR(255) NOT NULL,
  `address` VARCHAR(255) NOT NULL,
  `city` VARCHAR(120) NOT NULL,
  `country` VARCHAR(2) NOT NULL,
  `lang` VARCHAR(30) NOT NULL DEFAULT 'en',
  `calendartype` VARCHAR(30) NOT NULL DEFAULT 'gregorian',
  `theme` VARCHAR(50) NOT NULL,
  `timezone` VARCHAR(100) NOT NULL DEFAULT '99',
  `firstaccess` BIGINT(10) NOT NULL DEFAULT 0,
  `lastaccess` BIGINT(10) NOT NULL DEFAULT 0,
  `lastlogin` BIGINT(10) NOT NULL DEFAULT 0,
  `currentlogin` BIGINT(10) NOT NULL DEFAULT 0,
  `lastip` VARCHAR(45) NOT NULL,
  `secret` VARCHAR(15) NOT NULL,
  `picture` BIGINT(10) NOT NULL DEFAULT 0 COMMENT '0 means no image uploaded, positive values are revisions thta prevent caching problems, negative values are reserved for future use',
  `description` LONGTEXT,
  `descriptionformat` TINYINT(2) NOT NULL DEFAULT 1,
  `mailformat` TINYINT(1) NOT NULL DEFAULT 1,
  `maildigest` TINYINT(1) NOT NULL DEFAULT 0,
  `maildisplay` TINYINT(2) NOT NULL DEFAULT 2,
  `autosubscribe` TINYINT(1) NOT NULL DEFAULT 1,
  `trackforums` TINYINT(1) NOT NULL DEFAULT 0,
  `timecreated` BIGINT(10) NOT NULL DEFAULT 0,
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  `trustbitmask` BIGINT(10) NOT NULL DEFAULT 0,
  `imagealt` VARCHAR(255) DEFAULT NULL COMMENT 'alt tag for user uploaded image',
  `lastnamephonetic` VARCHAR(255) DEFAULT NULL COMMENT 'Last name phonetic',
  `firstnamephonetic` VARCHAR(255) DEFAULT NULL COMMENT 'First name phonetic',
  `middlename` VARCHAR(255) DEFAULT NULL COMMENT 'Middle name',
  `alternatename` VARCHAR(255) DEFAULT NULL COMMENT 'Alternate name - Useful for three-name countries.',
  `moodlenetprofile` VARCHAR(255) DEFAULT NULL COMMENT 'Moodle.net profile information',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_user_mnetho_userna_uix` (`mnethostid`, `username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='One record for each person';

CREATE TABLE `mdl_config_log` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL,
  `timemodified` BIGINT(10) NOT NULL,
  `plugin` VARCHAR(100) DEFAULT NULL,
  `name` VARCHAR(100) NOT NULL,
  `value` LONGTEXT,
  `oldvalue` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_config_log_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Changes done in server configuration through admin UI';

CREATE TABLE `mdl_course` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `category` BIGINT(10) NOT NULL DEFAULT 0,
  `sortorder` BIGINT(10) NOT NULL DEFAULT 0,
  `fullname` VARCHAR(1333) NOT NULL,
  `shortname` VARCHAR(255) NOT NULL,
  `idnumber` VARCHAR(100) NOT NULL,
  `summary` LONGTEXT,
  `summaryformat` TINYINT(2) NOT NULL DEFAULT 0,
  `format` VARCHAR(21) NOT NULL DEFAULT 'topics',
  `showgrades` TINYINT(2) NOT NULL DEFAULT 1,
  `newsitems` MEDIUMINT(5) NOT NULL DEFAULT 1,
  `startdate` BIGINT(10) NOT NULL DEFAULT 0,
  `enddate` BIGINT(10) NOT NULL DEFAULT 0,
  `relativedatesmode` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether to let this course display course- or activity-related dates relative to the user''s enrolment date in this course.',
  `marker` BIGINT(10) NOT NULL DEFAULT 0,
  `maxbytes` BIGINT(10) NOT NULL DEFAULT 0,
  `legacyfiles` SMALLINT(4) NOT NULL DEFAULT 0 COMMENT 'course files are not necessary any more: 0 no legacy files, 1 legacy files disabled, 2 legacy files enabled',
  `showreports` SMALLINT(4) NOT NULL DEFAULT 0,
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `visibleold` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'the state of visible field when hiding parent category, this helps us to recover hidden states when unhiding the parent category later',
  `downloadcontent` TINYINT(1) DEFAULT NULL,
  `groupmode` SMALLINT(4) NOT NULL DEFAULT 0,
  `groupmodeforce` SMALLINT(4) NOT NULL DEFAULT 0,
  `defaultgroupingid` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'default grouping used in course modules, does not have key intentionally',
  `lang` VARCHAR(30) NOT NULL COMMENT 'Forced language for this course. Null or '''' means ''Do not force''. Otherwise a Moodle lang pack name like ''fr'' or ''en_us''.',
  `calendartype` VARCHAR(30) NOT NULL,
  `theme` VARCHAR(50) NOT NULL,
  `timecreated` BIGINT(10) NOT NULL DEFAULT 0,
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  `requested` TINYINT(1) NOT NULL DEFAULT 0,
  `enablecompletion` TINYINT(1) NOT NULL DEFAULT 0 COMMENT '1 = allow use of ''completion'' progress-tracking on this course. 0 = disable completion tracking on this course.',
  `completionnotify` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Notify users when they complete this course',
  `cacherev` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Incrementing revision for validating the course content cache',
  `originalcourseid` BIGINT(10) DEFAULT NULL COMMENT 'the id of the source course when a new course originates from a restore of another course on the same site.',
  `showactivitydates` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'Whether to display activity dates to user. 0 = do not display, 1 = display activity dates',
  `showcompletionconditions` TINYINT(1) DEFAULT NULL COMMENT 'Whether to display completion conditions to user. 0 = do not display, 1 = display conditions',
  `pdfexportfont` VARCHAR(50) DEFAULT NULL,
  `enableaitools` TINYINT(1) DEFAULT NULL COMMENT 'Whether to allow the use of AI tools in this course. 1 = enabled, 0 = disabled.',
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_course_originalcourseid_fk` FOREIGN KEY (`originalcourseid`) REFERENCES `mdl_course` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Central course table';

CREATE TABLE `mdl_course_categories` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `idnumber` VARCHAR(100) DEFAULT NULL,
  `description` LONGTEXT,
  `descriptionformat` TINYINT(2) NOT NULL DEFAULT 0,
  `parent` BIGINT(10) NOT NULL DEFAULT 0,
  `sortorder` BIGINT(10) NOT NULL DEFAULT 0,
  `coursecount` BIGINT(10) NOT NULL DEFAULT 0,
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `visibleold` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'the state of visible field when hiding parent category, this helps us to recover hidden states when unhiding the parent category later',
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  `depth` BIGINT(10) NOT NULL DEFAULT 0,
  `path` VARCHAR(255) NOT NULL,
  `theme` VARCHAR(50) DEFAULT NULL COMMENT 'Theme for the category',
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_course_categories_parent_fk` FOREIGN KEY (`parent`) REFERENCES `mdl_course_categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Course categories';

CREATE TABLE `mdl_course_completions` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL DEFAULT 0,
  `course` BIGINT(10) NOT NULL DEFAULT 0,
  `timeenrolled` BIGINT(10) NOT NULL DEFAULT 0,
  `timestarted` BIGINT(10) NOT NULL DEFAULT 0,
  `timecompleted` BIGINT(10) DEFAULT NULL,
  `reaggregate` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Course completion records';

CREATE TABLE `mdl_role` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL COMMENT 'Empty names are automatically localised',
  `shortname` VARCHAR(100) NOT NULL,
  `description` LONGTEXT NOT NULL COMMENT 'Empty descriptions may be automatically localised',
  `sortorder` BIGINT(10) NOT NULL DEFAULT 0,
  `archetype` VARCHAR(30) NOT NULL COMMENT 'Role archetype is used during install and role reset, marks admin role and helps in site settings',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_role_sortor_uix` (`sortorder`),
  UNIQUE KEY `mdl_role_shortn_uix` (`shortname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='moodle roles';

CREATE TABLE `mdl_enrol` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `enrol` VARCHAR(20) NOT NULL,
  `status` BIGINT(10) NOT NULL DEFAULT 0 COMMENT '0..9 are system constants, 0 means active enrolment, see ENROL_STATUS_* constants, plugins may define own status greater than 10',
  `courseid` BIGINT(10) NOT NULL,
  `sortorder` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'order of enrol plugins in each course',
  `name` VARCHAR(255) DEFAULT NULL COMMENT 'Optional instance name',
  `enrolperiod` BIGINT(10) NULL DEFAULT 0 COMMENT 'Custom - enrolment duration',
  `enrolstartdate` BIGINT(10) NULL DEFAULT 0 COMMENT 'Custom - start of self enrolment',
  `enrolenddate` BIGINT(10) NULL DEFAULT 0 COMMENT 'Custom - end of enrolment',
  `expirynotify` TINYINT(1) NULL DEFAULT 0 COMMENT 'Custom - notify users before expiration',
  `expirythreshold` BIGINT(10) NULL DEFAULT 0 COMMENT 'Custom - when should be the participants notified',
  `notifyall` TINYINT(1) NULL DEFAULT 0 COMMENT 'Custom - Notify both participant and person responsible for enrolments',
  `password` VARCHAR(50) DEFAULT NULL COMMENT 'Custom - enrolment or access password',
  `cost` VARCHAR(20) DEFAULT NULL COMMENT 'Custom - enrolment cost',
  `currency` VARCHAR(3) DEFAULT NULL COMMENT 'Custom - cost currency',
  `roleid` BIGINT(10) NULL DEFAULT 0 COMMENT 'Custom - the default role given to participants who self-enrol',
  `customint1` BIGINT(10) DEFAULT NULL COMMENT 'Custom - general int',
  `customint2` BIGINT(10) DEFAULT NULL COMMENT 'Custom - general int',
  `customint3` BIGINT(10) DEFAULT NULL COMMENT 'Custom - general int',
  `customint4` BIGINT(10) DEFAULT NULL COMMENT 'Custom - general int',
  `customint5` BIGINT(10) DEFAULT NULL COMMENT 'Custom - general int',
  `customint6` BIGINT(10) DEFAULT NULL COMMENT 'Custom - general int',
  `customint7` BIGINT(10) DEFAULT NULL COMMENT 'Custom - general int',
  `customint8` BIGINT(10) DEFAULT NULL COMMENT 'Custom - general int',
  `customchar1` VARCHAR(255) DEFAULT NULL COMMENT 'Custom - general short name',
  `customchar2` VARCHAR(255) DEFAULT NULL COMMENT 'Custom - general short name',
  `customchar3` VARCHAR(1333) DEFAULT NULL COMMENT 'Custom - general short name',
  `customdec1` DECIMAL(12,7) DEFAULT NULL COMMENT 'Custom - general decimal',
  `customdec2` DECIMAL(12,7) DEFAULT NULL COMMENT 'Custom - general decimal',
  `customtext1` LONGTEXT COMMENT 'Custom - general text',
  `customtext2` LONGTEXT COMMENT 'Custom - general text',
  `customtext3` LONGTEXT COMMENT 'Custom - general text',
  `customtext4` LONGTEXT COMMENT 'Custom - general text',
  `timecreated` BIGINT(10) NOT NULL DEFAULT 0,
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_enrol_courseid_fk` FOREIGN KEY (`courseid`) REFERENCES `mdl_course` (`id`),
  CONSTRAINT `mdl_enrol_roleid_fk` FOREIGN KEY (`roleid`) REFERENCES `mdl_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Instances of enrolment plugins used in courses, fields marked as custom have a plugin defined meaning, core does not touch them. Create a new linked table if you need even more custom fields.';

CREATE TABLE `mdl_user_enrolments` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `status` BIGINT(10) NOT NULL DEFAULT 0 COMMENT '0..9 are system constants, 0 means active participation, see ENROL_PARTICIPATION_* constants, plugins may define own status greater than 10',
  `enrolid` BIGINT(10) NOT NULL,
  `userid` BIGINT(10) NOT NULL,
  `timestart` BIGINT(10) NOT NULL DEFAULT 0,
  `timeend` BIGINT(10) NOT NULL DEFAULT 2147483647,
  `modifierid` BIGINT(10) NOT NULL DEFAULT 0,
  `timecreated` BIGINT(10) NOT NULL DEFAULT 0,
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_user_enrolments_enrolid_fk` FOREIGN KEY (`enrolid`) REFERENCES `mdl_enrol` (`id`),
  CONSTRAINT `mdl_user_enrolments_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`),
  CONSTRAINT `mdl_user_enrolments_modifierid_fk` FOREIGN KEY (`modifierid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Users participating in courses (aka enrolled users) - everybody who is participating/visible in course, that means both teachers and students';

CREATE TABLE `mdl_course_modules_completion` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `coursemoduleid` BIGINT(10) NOT NULL COMMENT 'Activity that has been completed (or not).',
  `userid` BIGINT(10) NOT NULL COMMENT 'ID of user who has (or hasn''t) completed the activity.',
  `completionstate` TINYINT(1) NOT NULL COMMENT 'Whether or not the user has completed the activity. Available states: 0 = not completed [if there''s no row in this table, that also counts as 0] 1 = completed 2 = completed, show passed 3 = completed, show failed',
  `overrideby` BIGINT(10) DEFAULT NULL COMMENT 'Tracks whether this completion state has been set manually to override a previous state.',
  `timemodified` BIGINT(10) NOT NULL COMMENT 'Time at which the completion state last changed.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores the completion state (completed or not completed, etc) of each user on each activity.';

CREATE TABLE `mdl_event` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `name` LONGTEXT NOT NULL,
  `description` LONGTEXT NOT NULL,
  `format` SMALLINT(4) NOT NULL DEFAULT 0,
  `categoryid` BIGINT(10) NOT NULL DEFAULT 0,
  `courseid` BIGINT(10) NOT NULL DEFAULT 0,
  `groupid` BIGINT(10) NOT NULL DEFAULT 0,
  `userid` BIGINT(10) NOT NULL DEFAULT 0,
  `repeatid` BIGINT(10) NOT NULL DEFAULT 0,
  `component` VARCHAR(100) DEFAULT NULL COMMENT 'Component that created this event, if specified, only component itself can edit and delete it',
  `modulename` VARCHAR(20) NOT NULL,
  `instance` BIGINT(10) NOT NULL DEFAULT 0,
  `type` SMALLINT(4) NOT NULL DEFAULT 0,
  `eventtype` VARCHAR(20) NOT NULL,
  `timestart` BIGINT(10) NOT NULL DEFAULT 0,
  `timeduration` BIGINT(10) NOT NULL DEFAULT 0,
  `timesort` BIGINT(10) DEFAULT NULL,
  `visible` SMALLINT(4) NOT NULL DEFAULT 1,
  `uuid` VARCHAR(255) NOT NULL,
  `sequence` BIGINT(10) NOT NULL DEFAULT 1,
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  `subscriptionid` BIGINT(10) DEFAULT NULL COMMENT 'The event_subscription id this event is associated with.',
  `priority` BIGINT(10) DEFAULT NULL COMMENT 'The event''s display priority. For multiple events with the same module name, instance and eventtype (e.g. for group overrides), the one with the higher priority will be displayed.',
  `location` LONGTEXT COMMENT 'Event Location',
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_event_categoryid_fk` FOREIGN KEY (`categoryid`) REFERENCES `mdl_course_categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='For everything with a time associated to it';

CREATE TABLE `mdl_context` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `contextlevel` BIGINT(10) NOT NULL DEFAULT 0,
  `instanceid` BIGINT(10) NOT NULL DEFAULT 0,
  `path` VARCHAR(255) DEFAULT NULL,
  `depth` TINYINT(2) NOT NULL DEFAULT 0,
  `locked` TINYINT(2) NOT NULL DEFAULT 0 COMMENT 'Whether this context and its children are locked',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_context_contex_instan_uix` (`contextlevel`, `instanceid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='one of these must be set';

CREATE TABLE `mdl_message_conversations` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `type` BIGINT(10) NOT NULL DEFAULT 1,
  `name` VARCHAR(255) DEFAULT NULL,
  `convhash` VARCHAR(40) DEFAULT NULL,
  `component` VARCHAR(100) DEFAULT NULL COMMENT 'Defines the Moodle component which the area was added to',
  `itemtype` VARCHAR(100) DEFAULT NULL,
  `itemid` BIGINT(10) DEFAULT NULL,
  `contextid` BIGINT(10) DEFAULT NULL COMMENT 'The context id of the itemid or course of the itemtype was added',
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `timecreated` BIGINT(10) NOT NULL,
  `timemodified` BIGINT(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_message_conversations_contextid_fk` FOREIGN KEY (`contextid`) REFERENCES `mdl_context` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores all message conversations';

CREATE TABLE `mdl_messages` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `useridfrom` BIGINT(10) NOT NULL,
  `conversationid` BIGINT(10) NOT NULL,
  `subject` LONGTEXT,
  `fullmessage` LONGTEXT,
  `fullmessageformat` TINYINT(1) NOT NULL DEFAULT 0,
  `fullmessagehtml` LONGTEXT,
  `smallmessage` LONGTEXT,
  `timecreated` BIGINT(10) NOT NULL,
  `fullmessagetrust` TINYINT(2) NOT NULL DEFAULT 0,
  `customdata` LONGTEXT COMMENT 'Custom data to be passed to the message processor. Must be serialisable using json_encode()',
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_messages_useridfrom_fk` FOREIGN KEY (`useridfrom`) REFERENCES `mdl_user` (`id`),
  CONSTRAINT `mdl_messages_conversationid_fk` FOREIGN KEY (`conversationid`) REFERENCES `mdl_message_conversations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores all messages';

CREATE TABLE `mdl_message_conversation_members` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `conversationid` BIGINT(10) NOT NULL,
  `userid` BIGINT(10) NOT NULL,
  `timecreated` BIGINT(10) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_message_conversation_members_conversationid_fk` FOREIGN KEY (`conversationid`) REFERENCES `mdl_message_conversations` (`id`),
  CONSTRAINT `mdl_message_conversation_members_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores all members in a conversations';

CREATE TABLE `mdl_notifications` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `useridfrom` BIGINT(10) NOT NULL,
  `useridto` BIGINT(10) NOT NULL,
  `subject` LONGTEXT COMMENT 'The message subject',
  `fullmessage` LONGTEXT,
  `fullmessageformat` TINYINT(1) NOT NULL DEFAULT 0,
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
  CONSTRAINT `mdl_notifications_useridto_fk` FOREIGN KEY (`useridto`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores all notifications';

CREATE TABLE `mdl_message_contacts` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL,
  `contactid` BIGINT(10) NOT NULL,
  `timecreated` BIGINT(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_message_contacts_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`),
  CONSTRAINT `mdl_message_contacts_contactid_fk` FOREIGN KEY (`contactid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Maintains lists of contacts between users';

CREATE TABLE `mdl_modules` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(20) NOT NULL,
  `cron` BIGINT(10) NOT NULL DEFAULT 0,
  `lastcron` BIGINT(10) NOT NULL DEFAULT 0,
  `search` VARCHAR(255) NOT NULL,
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='modules available in the site';

CREATE TABLE `mdl_sessions` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `state` BIGINT(10) NOT NULL DEFAULT 0 COMMENT '0 means normal session',
  `sid` VARCHAR(128) NOT NULL COMMENT 'Session id',
  `userid` BIGINT(10) NOT NULL,
  `sessdata` LONGTEXT COMMENT 'session content',
  `timecreated` BIGINT(10) NOT NULL,
  `timemodified` BIGINT(10) NOT NULL,
  `firstip` VARCHAR(45) DEFAULT NULL,
  `lastip` VARCHAR(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_sessions_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Database based session storage - now recommended';

CREATE TABLE `mdl_user_preferences` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL DEFAULT 0,
  `name` VARCHAR(255) NOT NULL,
  `value` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_user_prefere_userid_name_uix` (`userid`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Allows modules to store arbitrary user preferences';

CREATE TABLE `mdl_user_lastaccess` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL DEFAULT 0,
  `courseid` BIGINT(10) NOT NULL DEFAULT 0,
  `timeaccess` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_user_lastacc_userid_course_uix` (`userid`, `courseid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='To keep track of course page access times, used in online participants block, and participants list';

CREATE TABLE `mdl_user_password_history` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL,
  `hash` VARCHAR(255) NOT NULL,
  `timecreated` BIGINT(10) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_user_password_history_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='A rotating log of hashes of previously used passwords for each user.';

CREATE TABLE `mdl_capabilities` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `captype` VARCHAR(50) NOT NULL,
  `contextlevel` BIGINT(10) NOT NULL DEFAULT 0,
  `component` VARCHAR(100) NOT NULL,
  `riskbitmask` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_capabilities_name_uix` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='this defines all capabilities';

CREATE TABLE `mdl_role_assignments` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `roleid` BIGINT(10) NOT NULL DEFAULT 0,
  `contextid` BIGINT(10) NOT NULL DEFAULT 0,
  `userid` BIGINT(10) NOT NULL DEFAULT 0,
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  `modifierid` BIGINT(10) NOT NULL DEFAULT 0,
  `component` VARCHAR(100) NOT NULL COMMENT 'plugin responsible responsible for role assignment, empty when manually assigned',
  `itemid` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Id of enrolment/auth instance responsible for this role assignment',
  `sortorder` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_role_assignments_roleid_fk` FOREIGN KEY (`roleid`) REFERENCES `mdl_role` (`id`),
  CONSTRAINT `mdl_role_assignments_contextid_fk` FOREIGN KEY (`contextid`) REFERENCES `mdl_context` (`id`),
  CONSTRAINT `mdl_role_assignments_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='assigning roles in different context';

CREATE TABLE `mdl_role_capabilities` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `contextid` BIGINT(10) NOT NULL DEFAULT 0,
  `roleid` BIGINT(10) NOT NULL DEFAULT 0,
  `capability` VARCHAR(255) NOT NULL,
  `permission` BIGINT(10) NOT NULL DEFAULT 0,
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  `modifierid` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_role_capabilities_roleid_fk` FOREIGN KEY (`roleid`) REFERENCES `mdl_role` (`id`),
  CONSTRAINT `mdl_role_capabilities_contextid_fk` FOREIGN KEY (`contextid`) REFERENCES `mdl_context` (`id`),
  CONSTRAINT `mdl_role_capabilities_modifierid_fk` FOREIGN KEY (`modifierid`) REFERENCES `mdl_user` (`id`),
  CONSTRAINT `mdl_role_capabilities_capability_fk` FOREIGN KEY (`capability`) REFERENCES `mdl_capabilities` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='permission has to be signed, overriding a capability for a particular role in a particular context';

CREATE TABLE `mdl_user_info_field` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `shortname` VARCHAR(255) NOT NULL DEFAULT 'shortname' COMMENT 'short name for each field',
  `name` LONGTEXT NOT NULL COMMENT 'field name',
  `datatype` VARCHAR(255) NOT NULL COMMENT 'Type of data held in this field',
  `description` LONGTEXT COMMENT 'Description of field',
  `descriptionformat` TINYINT(2) NOT NULL DEFAULT 0,
  `categoryid` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'id from category table',
  `sortorder` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'order within the category',
  `required` TINYINT(2) NOT NULL DEFAULT 0 COMMENT 'Field required',
  `locked` TINYINT(2) NOT NULL DEFAULT 0 COMMENT 'Field locked',
  `visible` SMALLINT(4) NOT NULL DEFAULT 0 COMMENT 'Visibility: private, public, hidden',
  `forceunique` TINYINT(2) NOT NULL DEFAULT 0 COMMENT 'should the field contain unique data',
  `signup` TINYINT(2) NOT NULL DEFAULT 0 COMMENT 'display field on signup page',
  `defaultdata` LONGTEXT COMMENT 'Default value for this field',
  `defaultdataformat` TINYINT(2) NOT NULL DEFAULT 0,
  `param1` LONGTEXT COMMENT 'General parameter field',
  `param2` LONGTEXT COMMENT 'General parameter field',
  `param3` LONGTEXT COMMENT 'General parameter field',
  `param4` LONGTEXT COMMENT 'General parameter field',
  `param5` LONGTEXT COMMENT 'General parameter field',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Customisable user profile fields';

CREATE TABLE `mdl_user_info_data` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `userid` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'id from the user table',
  `fieldid` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'id from the field table',
  `data` LONGTEXT NOT NULL COMMENT 'Field data',
  `dataformat` TINYINT(2) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_user_info_da_userid_fieldi_uix` (`userid`, `fieldid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Data for the customisable user fields';

CREATE TABLE `mdl_grade_items` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `courseid` BIGINT(10) DEFAULT NULL COMMENT 'The course this item is part of',
  `categoryid` BIGINT(10) DEFAULT NULL COMMENT '(optional) the category group this item belongs to',
  `itemname` VARCHAR(1333) DEFAULT NULL COMMENT 'The name of this item (pushed in by the module)',
  `itemtype` VARCHAR(30) NOT NULL COMMENT '''mod'', ''blocks'', ''import'', ''calculated'' etc',
  `itemmodule` VARCHAR(30) DEFAULT NULL COMMENT '''forum'', ''quiz'', ''csv'', etc',
  `iteminstance` BIGINT(10) DEFAULT NULL COMMENT 'id of the item module',
  `itemnumber` BIGINT(10) DEFAULT NULL COMMENT 'Can be used to distinguish multiple grades for an activity',
  `iteminfo` LONGTEXT COMMENT 'Info and notes about this item XXX',
  `idnumber` VARCHAR(255) DEFAULT NULL COMMENT 'Arbitrary idnumber provided by the module responsible',
  `calculation` LONGTEXT COMMENT 'Formula describing how to derive this grade from other items, referring to them using giXXX where XXX is grade item id ... eg something like: =sin(square([#gi20#])) + [#gi30#]',
  `gradetype` SMALLINT(4) NOT NULL DEFAULT 1 COMMENT '0 = none, 1 = value, 2 = scale, 3 = text',
  `grademax` DECIMAL(10,5) NOT NULL DEFAULT 100 COMMENT 'What is the maximum allowable grade?',
  `grademin` DECIMAL(10,5) NOT NULL DEFAULT 0 COMMENT 'What is the minimum allowable grade?',
  `scaleid` BIGINT(10) DEFAULT NULL COMMENT 'If this grade is based on a scale, which one is it?',
  `outcomeid` BIGINT(10) DEFAULT NULL COMMENT 'If this grade is related to an outcome, which one is it?',
  `gradepass` DECIMAL(10,5) NOT NULL DEFAULT 0 COMMENT 'What grade is needed to pass? grademin &lt; gradepass &lt;= grademax',
  `multfactor` DECIMAL(10,5) NOT NULL DEFAULT 1.0 COMMENT 'Multiply all grades by this',
  `plusfactor` DECIMAL(10,5) NOT NULL DEFAULT 0 COMMENT 'Add this to all grades',
  `aggregationcoef` DECIMAL(10,5) NOT NULL DEFAULT 0 COMMENT 'Aggregation coefficient used for category weights or other aggregation types',
  `aggregationcoef2` DECIMAL(10,5) NOT NULL DEFAULT 0 COMMENT 'Aggregation coefficient used for weights in aggregation types with both extra credit and weight',
  `sortorder` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Sorting order of the columns',
  `display` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Display as real grades, percentages (in reference to the minimum and maximum grades) or letters (A, B, C etc..), or course default (0)',
  `decimals` TINYINT(1) DEFAULT NULL COMMENT 'Also known as precision, the number of digits after the decimal point symbol.',
  `hidden` BIGINT(10) NOT NULL DEFAULT 0 COMMENT '1 is hidden, &gt; 1 is a date to hide until (prevents viewing)',
  `locked` BIGINT(10) NOT NULL DEFAULT 0 COMMENT '1 is locked, &gt; 1 is a date to lock until (prevents update)',
  `locktime` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'lock all final grades after this date',
  `needsupdate` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'If this flag is set, then the whole column will be recalculated',
  `weightoverride` TINYINT(1) NOT NULL DEFAULT 0,
  `timecreated` BIGINT(10) DEFAULT NULL COMMENT 'The first time this grade_item was created',
  `timemodified` BIGINT(10) DEFAULT NULL COMMENT 'The last time this grade_item was modified',
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_grade_items_courseid_fk` FOREIGN KEY (`courseid`) REFERENCES `mdl_course` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='This table keeps information about gradeable items (ie columns). If an activity (eg an assignment or quiz) has multiple grade_items associated with it (eg several outcomes or numerical grades), then there will be a corresponding multiple number of rows in this table.';

CREATE TABLE `mdl_grade_grades` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `itemid` BIGINT(10) NOT NULL COMMENT 'The item this grade belongs to',
  `userid` BIGINT(10) NOT NULL COMMENT 'The user who this grade is for',
  `rawgrade` DECIMAL(10,5) DEFAULT NULL COMMENT 'If the grade is a float value (or has been converted to one)',
  `rawgrademax` DECIMAL(10,5) NOT NULL DEFAULT 100 COMMENT 'The maximum allowable grade when this was created',
  `rawgrademin` DECIMAL(10,5) NOT NULL DEFAULT 0 COMMENT 'The minimum allowable grade when this was created',
  `rawscaleid` BIGINT(10) DEFAULT NULL COMMENT 'If this grade is based on a scale, which one was it?',
  `usermodified` BIGINT(10) DEFAULT NULL COMMENT 'the userid of the person who last modified this grade',
  `finalgrade` DECIMAL(10,5) DEFAULT NULL COMMENT 'The final grade (cached) after all calculations are made',
  `hidden` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'show 0, hide 1 or hide until date',
  `locked` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'not locked 0, locked from date',
  `locktime` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'automatic locking of final grade, 0 means none, date otherwise',
  `exported` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'date of last grade export, 0 if none',
  `overridden` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'indicates grade overridden from gradebook, 0 means none, date means overridden',
  `excluded` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'grade excluded from aggregation functions, date means when excluded',
  `feedback` LONGTEXT COMMENT 'grading feedback',
  `feedbackformat` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'format of feedback text',
  `information` LONGTEXT COMMENT 'optiona information',
  `informationformat` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'format of information text',
  `timecreated` BIGINT(10) DEFAULT NULL COMMENT 'the time this grade was first created',
  `timemodified` BIGINT(10) DEFAULT NULL COMMENT 'the time this grade was last modified',
  `aggregationstatus` VARCHAR(10) NOT NULL DEFAULT 'unknown' COMMENT 'One of several values describing how this grade_grade was used when calculating the aggregation. Possible values are "unknown", "dropped", "novalue", "used"',
  `aggregationweight` DECIMAL(10,5) DEFAULT NULL COMMENT 'If the aggregationstatus == ''included'', then this is the percent this item contributed to the aggregation.',
  `deductedmark` DECIMAL(10,5) NOT NULL DEFAULT 0 COMMENT 'The mark deducted from final grade',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_grade_grades_userid_itemid_uix` (`userid`, `itemid`),
  CONSTRAINT `mdl_grade_grades_itemid_fk` FOREIGN KEY (`itemid`) REFERENCES `mdl_grade_items` (`id`),
  CONSTRAINT `mdl_grade_grades_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`),
  CONSTRAINT `mdl_grade_grades_usermodified_fk` FOREIGN KEY (`usermodified`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='grade_grades  This table keeps individual grades for each user and each item, exactly as imported or submitted by modules. The rawgrademax/min and rawscaleid are stored here to record the values at the time the grade was stored, because teachers might change this for an activity! All the results are normalised/resampled for the final grade value.';

CREATE TABLE `mdl_grade_grades_history` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `action` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'created/modified/deleted constants',
  `oldid` BIGINT(10) NOT NULL,
  `source` VARCHAR(255) DEFAULT NULL COMMENT 'What caused the modification? manual/module/import/...',
  `timemodified` BIGINT(10) DEFAULT NULL COMMENT 'The last time this grade_item was modified',
  `loggeduser` BIGINT(10) DEFAULT NULL COMMENT 'the userid of the person who last modified this outcome',
  `itemid` BIGINT(10) NOT NULL COMMENT 'The item this grade belongs to',
  `userid` BIGINT(10) NOT NULL COMMENT 'The user who this grade is for',
  `rawgrade` DECIMAL(10,5) DEFAULT NULL COMMENT 'If the grade is a float value (or has been converted to one)',
  `rawgrademax` DECIMAL(10,5) NOT NULL DEFAULT 100 COMMENT 'The maximum allowable grade when this was created',
  `rawgrademin` DECIMAL(10,5) NOT NULL DEFAULT 0 COMMENT 'The minimum allowable grade when this was created',
  `rawscaleid` BIGINT(10) DEFAULT NULL COMMENT 'If this grade is based on a scale, which one was it?',
  `usermodified` BIGINT(10) DEFAULT NULL COMMENT 'the userid of the person who last modified this grade',
  `finalgrade` DECIMAL(10,5) DEFAULT NULL COMMENT 'The final grade (cached) after all calculations are made',
  `hidden` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'show 0, hide 1 or hide until date',
  `locked` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'not locked 0, locked from date',
  `locktime` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'automatic locking of final grade, 0 means none, date otherwise',
  `exported` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'date of last grade export, 0 if none',
  `overridden` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'indicates grade overridden from gradebook, 0 means none, date means overridden',
  `excluded` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'grade excluded from aggregation functions, date means when excluded',
  `feedback` LONGTEXT COMMENT 'grading feedback',
  `feedbackformat` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'format of feedback text',
  `information` LONGTEXT COMMENT 'optiona information',
  `informationformat` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'format of information text',
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_grade_grades_history_oldid_fk` FOREIGN KEY (`oldid`) REFERENCES `mdl_grade_grades` (`id`),
  CONSTRAINT `mdl_grade_grades_history_itemid_fk` FOREIGN KEY (`itemid`) REFERENCES `mdl_grade_items` (`id`),
  CONSTRAINT `mdl_grade_grades_history_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`),
  CONSTRAINT `mdl_grade_grades_history_usermodified_fk` FOREIGN KEY (`usermodified`) REFERENCES `mdl_user` (`id`),
  CONSTRAINT `mdl_grade_grades_history_loggeduser_fk` FOREIGN KEY (`loggeduser`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='History table';

CREATE TABLE `mdl_groups` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `courseid` BIGINT(10) NOT NULL,
  `idnumber` VARCHAR(100) NOT NULL,
  `name` VARCHAR(254) NOT NULL COMMENT 'Short human readable unique name for the group.',
  `description` LONGTEXT,
  `descriptionformat` TINYINT(2) NOT NULL DEFAULT 0,
  `enrolmentkey` VARCHAR(50) DEFAULT NULL,
  `picture` BIGINT(10) NOT NULL DEFAULT 0,
  `visibility` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Visibility of group membership',
  `participation` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'Can this group be selected when participating in activities?',
  `timecreated` BIGINT(10) NOT NULL DEFAULT 0,
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_groups_courseid_fk` FOREIGN KEY (`courseid`) REFERENCES `mdl_course` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Each record represents a group.';

CREATE TABLE `mdl_groups_members` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `groupid` BIGINT(10) NOT NULL DEFAULT 0,
  `userid` BIGINT(10) NOT NULL DEFAULT 0,
  `timeadded` BIGINT(10) NOT NULL DEFAULT 0,
  `component` VARCHAR(100) NOT NULL COMMENT 'Defines the Moodle component which added this group membership (e.g. ''auth_myplugin''), or blank if it was added manually. (Entries which are created by a Moodle component cannot be removed in the normal user interface.)',
  `itemid` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'If the ''component'' field is set, this can be used to define the instance of the component that created the entry. Otherwise should be left as default (0).',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_groups_membe_userid_groupi_uix` (`userid`, `groupid`),
  CONSTRAINT `mdl_groups_members_groupid_fk` FOREIGN KEY (`groupid`) REFERENCES `mdl_groups` (`id`),
  CONSTRAINT `mdl_groups_members_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Link a user to a group.';

CREATE TABLE `mdl_user_private_key` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `script` VARCHAR(128) NOT NULL COMMENT 'plugin, module - unique identifier',
  `value` VARCHAR(128) NOT NULL COMMENT 'private access key value',
  `userid` BIGINT(10) NOT NULL COMMENT 'owner',
  `instance` BIGINT(10) DEFAULT NULL COMMENT 'optional instance id',
  `iprestriction` VARCHAR(255) DEFAULT NULL COMMENT 'ip restriction',
  `validuntil` BIGINT(10) DEFAULT NULL COMMENT 'timestampt - valid until data',
  `timecreated` BIGINT(10) DEFAULT NULL COMMENT 'created timestamp',
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_user_private_key_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='access keys used in cookieless scripts - rss, etc.';

CREATE TABLE `mdl_external_services` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `requiredcapability` VARCHAR(150) DEFAULT NULL,
  `restrictedusers` TINYINT(1) NOT NULL,
  `component` VARCHAR(100) DEFAULT NULL,
  `timecreated` BIGINT(10) NOT NULL,
  `timemodified` BIGINT(10) DEFAULT NULL,
  `shortname` VARCHAR(255) DEFAULT NULL COMMENT 'a unique shortname',
  `downloadfiles` TINYINT(1) NOT NULL DEFAULT 0 COMMENT '1 if the service allow people to download file from webservice/plugins.php - 0 if not',
  `uploadfiles` TINYINT(1) NOT NULL DEFAULT 0 COMMENT '1 if the service allow people to upload files to webservice/upload.php - 0 if not',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_external_ser_name_uix` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='built in and custom external services';

CREATE TABLE `mdl_external_tokens` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(128) NOT NULL COMMENT 'security token, aka private access key',
  `privatetoken` VARCHAR(64) DEFAULT NULL COMMENT 'private token, generated at the same time that the token, must be stored safely by the ws client, to be transmitted only via https',
  `tokentype` SMALLINT(4) NOT NULL COMMENT 'type of token: 0=permanent, no session; 1=linked to current browser session via sid; 2=permanent, with emulated session',
  `userid` BIGINT(10) NOT NULL COMMENT 'owner of the token',
  `externalserviceid` BIGINT(10) NOT NULL,
  `sid` VARCHAR(128) DEFAULT NULL COMMENT 'link to browser or emulated session',
  `contextid` BIGINT(10) NOT NULL COMMENT 'context id where in token valid',
  `creatorid` BIGINT(10) NOT NULL DEFAULT 1 COMMENT 'user id of the token creator (useful to know when the administrator created a token and so display the token to a specific administrator)',
  `iprestriction` VARCHAR(255) DEFAULT NULL COMMENT 'ip restriction',
  `validuntil` BIGINT(10) DEFAULT NULL COMMENT 'timestampt - valid until data',
  `timecreated` BIGINT(10) NOT NULL COMMENT 'created timestamp',
  `lastaccess` BIGINT(10) DEFAULT NULL COMMENT 'last access timestamp',
  `name` VARCHAR(255) DEFAULT NULL COMMENT 'token name, used to identify the token at the table view',
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_external_tokens_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`),
  CONSTRAINT `mdl_external_tokens_externalserviceid_fk` FOREIGN KEY (`externalserviceid`) REFERENCES `mdl_external_services` (`id`),
  CONSTRAINT `mdl_external_tokens_contextid_fk` FOREIGN KEY (`contextid`) REFERENCES `mdl_context` (`id`),
  CONSTRAINT `mdl_external_tokens_creatorid_fk` FOREIGN KEY (`creatorid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Security tokens for accessing of external services';

CREATE TABLE `mdl_logstore_standard_log` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `eventname` VARCHAR(255) NOT NULL,
  `component` VARCHAR(100) NOT NULL,
  `action` VARCHAR(100) NOT NULL,
  `target` VARCHAR(100) NOT NULL,
  `objecttable` VARCHAR(50) DEFAULT NULL,
  `objectid` BIGINT(10) DEFAULT NULL,
  `crud` VARCHAR(1) NOT NULL,
  `edulevel` TINYINT(1) NOT NULL,
  `contextid` BIGINT(10) NOT NULL,
  `contextlevel` BIGINT(10) NOT NULL,
  `contextinstanceid` BIGINT(10) NOT NULL,
  `userid` BIGINT(10) NOT NULL,
  `courseid` BIGINT(10) DEFAULT NULL,
  `relateduserid` BIGINT(10) DEFAULT NULL,
  `anonymous` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Was this event anonymous at the time of triggering?',
  `other` LONGTEXT,
  `timecreated` BIGINT(10) NOT NULL,
  `origin` VARCHAR(10) DEFAULT NULL COMMENT 'cli, cron, ws, etc.',
  `ip` VARCHAR(45) DEFAULT NULL COMMENT 'IP address',
  `realuserid` BIGINT(10) DEFAULT NULL COMMENT 'real user id when logged-in-as',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Standard log table';

CREATE TABLE `mdl_forum` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `course` BIGINT(10) NOT NULL DEFAULT 0,
  `type` VARCHAR(20) NOT NULL DEFAULT 'general',
  `name` VARCHAR(1333) NOT NULL,
  `intro` LONGTEXT NOT NULL,
  `introformat` SMALLINT(4) NOT NULL DEFAULT 0 COMMENT 'text format of intro field',
  `duedate` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'A due date to show in the calendar. Not used for grading.',
  `cutoffdate` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'The final date after which forum posts will no longer be accepted for this forum.',
  `assessed` BIGINT(10) NOT NULL DEFAULT 0,
  `assesstimestart` BIGINT(10) NOT NULL DEFAULT 0,
  `assesstimefinish` BIGINT(10) NOT NULL DEFAULT 0,
  `scale` BIGINT(10) NOT NULL DEFAULT 0,
  `grade_forum` BIGINT(10) NOT NULL DEFAULT 0,
  `grade_forum_notify` SMALLINT(4) NOT NULL DEFAULT 0,
  `maxbytes` BIGINT(10) NOT NULL DEFAULT 0,
  `maxattachments` BIGINT(10) NOT NULL DEFAULT 1 COMMENT 'Number of attachments allowed per post',
  `forcesubscribe` TINYINT(1) NOT NULL DEFAULT 0,
  `trackingtype` TINYINT(2) NOT NULL DEFAULT 1,
  `rsstype` TINYINT(2) NOT NULL DEFAULT 0,
  `rssarticles` TINYINT(2) NOT NULL DEFAULT 0,
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  `warnafter` BIGINT(10) NOT NULL DEFAULT 0,
  `blockafter` BIGINT(10) NOT NULL DEFAULT 0,
  `blockperiod` BIGINT(10) NOT NULL DEFAULT 0,
  `completiondiscussions` INT(9) NOT NULL DEFAULT 0 COMMENT 'Nonzero if a certain number of posts are required to mark this forum completed for a user.',
  `completionreplies` INT(9) NOT NULL DEFAULT 0 COMMENT 'Nonzero if a certain number of replies are required to mark this forum complete for a user.',
  `completionposts` INT(9) NOT NULL DEFAULT 0 COMMENT 'Nonzero if a certain number of posts or replies (total) are required to mark this forum complete for a user.',
  `displaywordcount` TINYINT(1) NOT NULL DEFAULT 0,
  `lockdiscussionafter` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Forums contain and structure discussion';

CREATE TABLE `mdl_forum_discussions` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `course` BIGINT(10) NOT NULL DEFAULT 0,
  `forum` BIGINT(10) NOT NULL DEFAULT 0,
  `name` VARCHAR(255) NOT NULL,
  `firstpost` BIGINT(10) NOT NULL DEFAULT 0,
  `userid` BIGINT(10) NOT NULL DEFAULT 0,
  `groupid` BIGINT(10) NOT NULL DEFAULT -1,
  `assessed` TINYINT(1) NOT NULL DEFAULT 1,
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0,
  `usermodified` BIGINT(10) NOT NULL DEFAULT 0,
  `timestart` BIGINT(10) NOT NULL DEFAULT 0,
  `timeend` BIGINT(10) NOT NULL DEFAULT 0,
  `pinned` TINYINT(1) NOT NULL DEFAULT 0,
  `timelocked` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_forum_discussions_forum_fk` FOREIGN KEY (`forum`) REFERENCES `mdl_forum` (`id`),
  CONSTRAINT `mdl_forum_discussions_usermodified_fk` FOREIGN KEY (`usermodified`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Forums are composed of discussions';

CREATE TABLE `mdl_forum_posts` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `discussion` BIGINT(10) NOT NULL DEFAULT 0,
  `parent` BIGINT(10) NOT NULL DEFAULT 0,
  `userid` BIGINT(10) NOT NULL DEFAULT 0,
  `created` BIGINT(10) NOT NULL DEFAULT 0,
  `modified` BIGINT(10) NOT NULL DEFAULT 0,
  `mailed` TINYINT(2) NOT NULL DEFAULT 0,
  `subject` VARCHAR(255) NOT NULL,
  `message` LONGTEXT NOT NULL,
  `messageformat` TINYINT(2) NOT NULL DEFAULT 0,
  `messagetrust` TINYINT(2) NOT NULL DEFAULT 0,
  `attachment` VARCHAR(100) NOT NULL,
  `totalscore` SMALLINT(4) NOT NULL DEFAULT 0,
  `mailnow` BIGINT(10) NOT NULL DEFAULT 0,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `privatereplyto` BIGINT(10) NOT NULL DEFAULT 0,
  `wordcount` BIGINT(20) DEFAULT NULL,
  `charcount` BIGINT(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_forum_posts_discussion_fk` FOREIGN KEY (`discussion`) REFERENCES `mdl_forum_discussions` (`id`),
  CONSTRAINT `mdl_forum_posts_parent_fk` FOREIGN KEY (`parent`) REFERENCES `mdl_forum_posts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='All posts are stored in this table';

CREATE TABLE `mdl_quiz_overrides` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `quiz` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Foreign key references quiz.id',
  `groupid` BIGINT(10) DEFAULT NULL COMMENT 'Foreign key references groups.id.  Can be null if this is a per-user override.',
  `userid` BIGINT(10) DEFAULT NULL COMMENT 'Foreign key references user.id.  Can be null if this is a per-group override.',
  `timeopen` BIGINT(10) DEFAULT NULL COMMENT 'Time at which students may start attempting this quiz. Can be null, in which case the quiz default is used.',
  `timeclose` BIGINT(10) DEFAULT NULL COMMENT 'Time by which students must have completed their attempt.  Can be null, in which case the quiz default is used.',
  `timelimit` BIGINT(10) DEFAULT NULL COMMENT 'Time limit in seconds.  Can be null, in which case the quiz default is used.',
  `attempts` MEDIUMINT(6) DEFAULT NULL,
  `password` VARCHAR(255) DEFAULT NULL COMMENT 'Quiz password.  Can be null, in which case the quiz default is used.',
  `reason` LONGTEXT COMMENT 'An optional reason explaining why this override was granted.',
  `reasonformat` TINYINT(2) NOT NULL DEFAULT 0 COMMENT 'The internal format for the override reason.',
  `duedate` BIGINT(10) DEFAULT NULL COMMENT 'The due date for the quiz. Can be null, in which case the quiz default is used.',
  PRIMARY KEY (`id`),
  CONSTRAINT `mdl_quiz_overrides_groupid_fk` FOREIGN KEY (`groupid`) REFERENCES `mdl_groups` (`id`),
  CONSTRAINT `mdl_quiz_overrides_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='The overrides to quiz settings on a per-user and per-group basis.';

CREATE TABLE `mdl_quiz_attempts` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT COMMENT 'Standard Moodle primary key.',
  `quiz` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Foreign key reference to the quiz that was attempted.',
  `userid` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Foreign key reference to the user whose attempt this is.',
  `attempt` MEDIUMINT(6) NOT NULL DEFAULT 0 COMMENT 'Sequentially numbers this student''s attempts at this quiz.',
  `uniqueid` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Foreign key reference to the question_usage that holds the details of the the question_attempts that make up this quiz attempt.',
  `layout` LONGTEXT NOT NULL,
  `currentpage` BIGINT(10) NOT NULL DEFAULT 0,
  `preview` SMALLINT(3) NOT NULL DEFAULT 0,
  `state` VARCHAR(16) NOT NULL DEFAULT 'inprogress' COMMENT 'The current state of the attempts. ''inprogress'', ''overdue'', ''finished'' or ''abandoned''.',
  `timestart` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Time when the attempt was started.',
  `timefinish` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Time when the attempt was submitted. 0 if the attempt has not been submitted yet.',
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Last modified time.',
  `timemodifiedoffline` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Last modified time via web services.',
  `timecheckstate` BIGINT(10) NULL DEFAULT 0 COMMENT 'Next time quiz cron should check attempt for state changes.  NULL means never check.',
  `sumgrades` DECIMAL(10,5) DEFAULT NULL COMMENT 'Total marks for this attempt.',
  `gradednotificationsenttime` BIGINT(10) DEFAULT NULL COMMENT 'The timestamp when the ''graded'' notification was sent.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_quiz_attempt_unique_uix` (`uniqueid`),
  CONSTRAINT `mdl_quiz_attempts_userid_fk` FOREIGN KEY (`userid`) REFERENCES `mdl_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores users attempts at quizzes.';

CREATE TABLE `mdl_quiz_grades` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `quiz` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Foreign key references quiz.id.',
  `userid` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Foreign key references user.id.',
  `grade` DECIMAL(10,5) NOT NULL DEFAULT 0 COMMENT 'The overall grade from the quiz. Not affected by overrides in the gradebook.',
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'The last time this grade changed.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores the overall grade for each user on the quiz, based on their various attempts and the quiz.grademethod setting.';

CREATE TABLE `mdl_assign_submission` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `assignment` BIGINT(10) NOT NULL DEFAULT 0,
  `userid` BIGINT(10) NOT NULL DEFAULT 0,
  `timecreated` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'The time of the first student submission to this assignment.',
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'The last time this assignment submission was modified by a student.',
  `timestarted` BIGINT(10) DEFAULT NULL COMMENT 'The time when the student stared the submission.',
  `status` VARCHAR(10) DEFAULT NULL COMMENT 'The status of this assignment submission. The current statuses are DRAFT and SUBMITTED.',
  `groupid` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'The group id for team submissions',
  `attemptnumber` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'Used to track attempts for an assignment',
  `latest` TINYINT(2) NOT NULL DEFAULT 0 COMMENT 'Greatly simplifies queries wanting to know information about only the latest attempt.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_assign_submi_assign_userid_groupi_attemp_uix` (`assignment`, `userid`, `groupid`, `attemptnumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='This table keeps information about student interactions with the mod/assign. This is limited to metadata about a student submission but does not include the submission itself which is stored by plugins.';

CREATE TABLE `mdl_assign_grades` (
  `id` BIGINT(10) NOT NULL AUTO_INCREMENT,
  `assignment` BIGINT(10) NOT NULL DEFAULT 0,
  `userid` BIGINT(10) NOT NULL DEFAULT 0,
  `timecreated` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'The time the assignment submission was first modified by a grader.',
  `timemodified` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'The most recent modification time for the assignment submission by a grader.',
  `grader` BIGINT(10) NOT NULL DEFAULT 0,
  `grade` DECIMAL(10,5) NULL DEFAULT 0 COMMENT 'The numerical grade for this assignment submission. Can be determined by scales/advancedgradingforms etc but will always be converted back to a floating point number.',
  `penalty` DECIMAL(10,5) NOT NULL DEFAULT 0 COMMENT 'The percentage should be deducted from final grade',
  `attemptnumber` BIGINT(10) NOT NULL DEFAULT 0 COMMENT 'The attempt number that this grade relates to',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdl_assign_grade_assign_userid_attemp_uix` (`assignment`, `userid`, `attemptnumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Grading information about a single assignment submission.';

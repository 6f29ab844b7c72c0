-- Open eClass 3.0 (GUnet) — tables of install/install_db.php, commit 00056f43621f7d6566431f4ed1a6f604ce105438.
-- $charset_spec is written out as DEFAULT CHARACTER SET=utf8; USER_STUDENT = 5, EMAIL_UNVERIFIED = 2 (include/constants.php).

CREATE TABLE IF NOT EXISTS `course_module` (
  `id` int(11) NOT NULL auto_increment,
  `module_id` int(11) NOT NULL,
  `visible` tinyint(4) NOT NULL,
  `course_id` int(11) NOT NULL,
  PRIMARY KEY  (`id`),
  UNIQUE KEY `module_course` (`module_id`,`course_id`)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `log` (
  `id` int(11) NOT NULL auto_increment,
  `user_id` int(11) NOT NULL default 0,
  `course_id` int(11) NOT NULL default 0,
  `module_id` int(11) NOT NULL default 0,
  `details` text NOT NULL,
  `action_type` int(11) NOT NULL default 0,
  `ts` datetime NOT NULL,
  `ip` varchar(45) NOT NULL default 0,
  PRIMARY KEY  (`id`)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE announcement (
	`id` MEDIUMINT(11) NOT NULL auto_increment,
	`title` VARCHAR(255) NOT NULL DEFAULT '',
	`content` TEXT,
	`date` DATE DEFAULT NULL,
	`course_id` INT(11) NOT NULL DEFAULT 0,
	`order` MEDIUMINT(11) NOT NULL DEFAULT 0,
	`visible` TINYINT(4) NOT NULL DEFAULT 0,
	PRIMARY KEY (id)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE `agenda` (
	`id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
	`course_id` INT(11) NOT NULL,
	`title` VARCHAR(200) NOT NULL,
	`content` TEXT NOT NULL,
	`start` DATETIME NOT NULL DEFAULT '0000-00-00',
	`duration` VARCHAR(20) NOT NULL,
	`visible` TINYINT(4)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE `course` (
  `id` INT(11) NOT NULL auto_increment,
  `code` VARCHAR(20) NOT NULL,
  `lang` VARCHAR(16) NOT NULL DEFAULT 'el',
  `title` VARCHAR(250) NOT NULL DEFAULT '',
  `keywords` TEXT NOT NULL,
  `course_license` TINYINT(4) NOT NULL DEFAULT 0,
  `visible` TINYINT(4) NOT NULL,
  `prof_names` VARCHAR(200) NOT NULL DEFAULT '',
  `public_code` VARCHAR(20) NOT NULL DEFAULT '',
  `created` DATETIME NOT NULL default '0000-00-00 00:00:00',
  `doc_quota` FLOAT NOT NULL default '104857600',
  `video_quota` FLOAT NOT NULL default '104857600',
  `group_quota` FLOAT NOT NULL default '104857600',
  `dropbox_quota` FLOAT NOT NULL default '104857600',
  `password` VARCHAR(50) NOT NULL DEFAULT '',
  `glossary_expand` BOOL NOT NULL DEFAULT 0,
  `glossary_index` BOOL NOT NULL DEFAULT 1,
  PRIMARY KEY  (`id`)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE course_user (
      `course_id` INT(11) NOT NULL DEFAULT 0,
      `user_id` INT(11) UNSIGNED NOT NULL DEFAULT 0,
      `status` TINYINT(4) NOT NULL DEFAULT 0,
      `tutor` INT(11) NOT NULL DEFAULT 0,
      `editor` INT(11) NOT NULL DEFAULT 0,
      `reviewer` INT(11) NOT NULL DEFAULT 0,
      `reg_date` DATE NOT NULL,
      `receive_mail` BOOL NOT NULL DEFAULT 1,
      PRIMARY KEY (course_id, user_id)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE user (
      id INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
      surname VARCHAR(60) NOT NULL DEFAULT '',
      givenname VARCHAR(60) NOT NULL DEFAULT '',
      username VARCHAR(50) NOT NULL UNIQUE KEY COLLATE utf8_bin,
      password VARCHAR(60) NOT NULL DEFAULT 'empty',
      email VARCHAR(100) NOT NULL DEFAULT '',
      status TINYINT(4) NOT NULL DEFAULT 5,
      phone VARCHAR(20) NOT NULL DEFAULT '',
      am VARCHAR(20) NOT NULL DEFAULT '',
      registered_at DATETIME NOT NULL DEFAULT '0000-00-00',
      expires_at DATETIME NOT NULL DEFAULT '0000-00-00',
      lang VARCHAR(16) NOT NULL DEFAULT 'el',
      announce_flag date NOT NULL DEFAULT '1000-01-01',
      doc_flag DATE NOT NULL DEFAULT '1000-01-01',
      forum_flag DATE NOT NULL DEFAULT '1000-01-01',
      description TEXT NOT NULL,
      has_icon TINYINT(1) NOT NULL DEFAULT 0,
      verified_mail TINYINT(1) NOT NULL DEFAULT 2,
      receive_mail TINYINT(1) NOT NULL DEFAULT 1,
      email_public TINYINT(1) NOT NULL DEFAULT 0,
      phone_public TINYINT(1) NOT NULL DEFAULT 0,
      am_public TINYINT(1) NOT NULL DEFAULT 0,
      whitelist TEXT NOT NULL,
      last_passreminder DATETIME DEFAULT NULL) DEFAULT CHARACTER SET=utf8;

CREATE TABLE admin (
      user_id INT(11) NOT NULL PRIMARY KEY,
      privilege INT(11) NOT NULL DEFAULT 0) DEFAULT CHARACTER SET=utf8;

CREATE TABLE login_failure (
    id int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ip varchar(45) NOT NULL,
    count tinyint(4) unsigned NOT NULL default 0,
    last_fail datetime NOT NULL,
    UNIQUE KEY ip (ip)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE loginout (
      idLog mediumint(9) unsigned NOT NULL auto_increment,
      id_user mediumint(9) unsigned NOT NULL default 0,
      ip char(45) NOT NULL default '0.0.0.0',
      `when` datetime NOT NULL default '0000-00-00 00:00:00',
      `action` enum('LOGIN','LOGOUT') NOT NULL default 'LOGIN',
      PRIMARY KEY (idLog), KEY `id_user` (`id_user`)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE loginout_summary (
        id mediumint unsigned NOT NULL auto_increment,
        login_sum int(11) unsigned  NOT NULL default 0,
        start_date datetime NOT NULL default '0000-00-00 00:00:00',
        end_date datetime NOT NULL default '0000-00-00 00:00:00',
        PRIMARY KEY (id)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE monthly_summary (
        id mediumint unsigned NOT NULL auto_increment,
        `month` varchar(20)  NOT NULL default 0,
        profesNum int(11) NOT NULL default 0,
        studNum int(11) NOT NULL default 0,
        visitorsNum int(11) NOT NULL default 0,
        coursNum int(11) NOT NULL default 0,
        logins int(11) NOT NULL default 0,
        details text,
        PRIMARY KEY (id)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `document` (
                `id` int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `course_id` INT(11) NOT NULL DEFAULT 0,
		`subsystem` TINYINT(4) NOT NULL,
                `subsystem_id` INT(11) DEFAULT NULL,
                `path` VARCHAR(255) NOT NULL,
                `extra_path` VARCHAR(255) NOT NULL DEFAULT '',
                `filename` VARCHAR(255) NOT NULL,
                `visible` TINYINT(4) NOT NULL DEFAULT 1,
                `public` TINYINT(4) NOT NULL DEFAULT 1,
                `comment` TEXT,
                `category` TINYINT(4) NOT NULL DEFAULT 0,
                `title` TEXT,
                `creator` TEXT,
                `date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                `date_modified` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                `subject` TEXT,
                `description` TEXT,
                `author` VARCHAR(255) NOT NULL DEFAULT '',
                `format` VARCHAR(32) NOT NULL DEFAULT '',
                `language` VARCHAR(16) NOT NULL DEFAULT 'el',
                `copyrighted` TINYINT(4) NOT NULL DEFAULT 0) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `group` (
                `id` int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `course_id` INT(11) NOT NULL DEFAULT 0,
                `name` varchar(100) NOT NULL DEFAULT '',
                `description` TEXT,
                `forum_id` int(11) NULL,
                `max_members` int(11) NOT NULL DEFAULT 0,
                `secret_directory` varchar(30) NOT NULL DEFAULT 0) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `group_members` (
                `group_id` int(11) NOT NULL,
                `user_id` int(11) NOT NULL,
                `is_tutor` int(11) NOT NULL DEFAULT 0,
                `description` TEXT,
                PRIMARY KEY (`group_id`, `user_id`)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `attendance` (
               `id` MEDIUMINT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
               `course_id` INT(11) NOT NULL,
               `limit` TINYINT(4) NOT NULL DEFAULT 0,
               `students_semester` TINYINT(4) NOT NULL DEFAULT 1) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `attendance_activities` (
               `id` MEDIUMINT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
               `attendance_id` MEDIUMINT(11) NOT NULL,
               `title` VARCHAR(250) DEFAULT NULL,
               `date` DATETIME DEFAULT NULL,
               `description` TEXT NOT NULL,
               `module_auto_id` MEDIUMINT(11) NOT NULL DEFAULT 0,
               `module_auto_type` TINYINT(4) NOT NULL DEFAULT 0,
               `auto` TINYINT(4) NOT NULL DEFAULT 0) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `attendance_book` (
               `id` MEDIUMINT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
               `attendance_activity_id` MEDIUMINT(11) NOT NULL,
               `uid` int(11) NOT NULL DEFAULT 0,
               `attend` TINYINT(4) NOT NULL DEFAULT 0,
               `comments` TEXT NOT NULL) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `forum_notify` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` INT(11) DEFAULT 0 NOT NULL,
  `cat_id` INT(11) DEFAULT 0 NOT NULL ,
  `forum_id` INT(11) DEFAULT 0 NOT NULL,
  `topic_id` INT(11) DEFAULT 0 NOT NULL ,
  `notify_sent` BOOL DEFAULT 0 NOT NULL ,
  `course_id` INT(11) DEFAULT 0 NOT NULL) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `forum_post` (
  `id` INT(10) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `topic_id` INT(10) NOT NULL DEFAULT 0,
  `post_text` MEDIUMTEXT NOT NULL,
  `poster_id` INT(10) NOT NULL DEFAULT 0,
  `post_time` DATETIME,
  `poster_ip` VARCHAR(45) DEFAULT '' NOT NULL,
  `parent_post_id` INT(10) NOT NULL DEFAULT 0) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `forum_topic` (
  `id` INT(10) NOT NULL auto_increment,
  `title` VARCHAR(100) DEFAULT NULL,
  `poster_id` INT(10) DEFAULT NULL,
  `topic_time` DATETIME,
  `num_views` INT(10) NOT NULL DEFAULT 0,
  `num_replies` INT(10) NOT NULL DEFAULT 0,
  `last_post_id` INT(10) NOT NULL DEFAULT 0,
  `forum_id` INT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY  (`id`)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS dropbox_msg (
                `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `course_id` INT(11) NOT NULL,
                `author_id` INT(11) UNSIGNED NOT NULL,
                `subject` VARCHAR(250) NOT NULL,
                `body` LONGTEXT NOT NULL,                
                `timestamp` INT(11) NOT NULL) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS dropbox_attachment (
                `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `msg_id` INT(11) UNSIGNED NOT NULL,
                `filename` VARCHAR(250) NOT NULL,
                 real_filename varchar(255) NOT NULL,
                `filesize` INT(11) UNSIGNED NOT NULL,
                KEY `msg` (`msg_id`)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS dropbox_index (
                `msg_id` INT(11) UNSIGNED NOT NULL,
                `recipient_id` INT(11) UNSIGNED NOT NULL,
                `thread_id` INT(11) UNSIGNED NOT NULL,
                `is_read` BOOLEAN NOT NULL DEFAULT 0,
                `deleted` BOOLEAN NOT NULL DEFAULT 0,
                PRIMARY KEY (`msg_id`, `recipient_id`),
                KEY `list` (`recipient_id`,`is_read`),
                KEY `participants` (`thread_id`,`recipient_id`)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `lp_user_module_progress` (
                `user_module_progress_id` INT(22) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `user_id` MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
                `learnPath_module_id` INT(11) NOT NULL DEFAULT 0,
                `learnPath_id` INT(11) NOT NULL DEFAULT 0,
                `lesson_location` VARCHAR(255) NOT NULL DEFAULT '',
                `lesson_status` enum('NOT ATTEMPTED','PASSED','FAILED','COMPLETED','BROWSED','INCOMPLETE','UNKNOWN') NOT NULL default 'NOT ATTEMPTED',
                `entry` enum('AB-INITIO','RESUME','') NOT NULL DEFAULT 'AB-INITIO',
                `raw` TINYINT(4) NOT NULL DEFAULT '-1',
                `scoreMin` TINYINT(4) NOT NULL DEFAULT '-1',
                `scoreMax` TINYINT(4) NOT NULL DEFAULT '-1',
                `total_time` VARCHAR(13) NOT NULL DEFAULT '0000:00:00.00',
                `session_time` VARCHAR(13) NOT NULL DEFAULT '0000:00:00.00',
                `suspend_data` TEXT NOT NULL,
                `credit` enum('CREDIT','NO-CREDIT') NOT NULL DEFAULT 'NO-CREDIT')  DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `wiki_pages_content` (
                `id` INT(11) UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `pid` INT(11) UNSIGNED NOT NULL DEFAULT 0,
                `editor_id` MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
                `mtime` DATETIME NOT NULL default '0000-00-00 00:00:00',
                `content` TEXT NOT NULL,
                `changelog` VARCHAR(200) )  DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `poll` (
                `pid` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `course_id` INT(11) NOT NULL,
                `creator_id` MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
                `name` VARCHAR(255) NOT NULL DEFAULT '',
                `creation_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                `start_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                `end_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                `active` INT(11) NOT NULL DEFAULT 0,
                `anonymized` INT(1) NOT NULL DEFAULT 0) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `poll_answer_record` (
                `arid` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `pid` INT(11) NOT NULL DEFAULT 0,
                `qid` INT(11) NOT NULL DEFAULT 0,
                `aid` INT(11) NOT NULL DEFAULT 0,
                `answer_text` TEXT NOT NULL,
                `user_id` MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
                `submit_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00' ) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `poll_question` (
                `pqid` BIGINT(12) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `pid` INT(11) NOT NULL DEFAULT 0,
                `question_text` VARCHAR(250) NOT NULL DEFAULT '',
                `qtype` ENUM('multiple', 'fill') NOT NULL ) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `assignment` (
                `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `course_id` INT(11) NOT NULL,
                `title` VARCHAR(200) NOT NULL DEFAULT '',
                `description` TEXT NOT NULL,
                `comments` TEXT NOT NULL,
                `deadline` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                `submission_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                `active` CHAR(1) NOT NULL DEFAULT 1,
                `secret_directory` VARCHAR(30) NOT NULL,
                `group_submissions` CHAR(1) DEFAULT 0 NOT NULL,
                `max_grade` FLOAT DEFAULT NULL,                
                `assign_to_specific` CHAR(1) NOT NULL,
                `file_path` VARCHAR(200) DEFAULT '' NOT NULL,
                `file_name` VARCHAR(200) DEFAULT '' NOT NULL) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `assignment_submit` (
                `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `uid` MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
                `assignment_id` INT(11) NOT NULL DEFAULT 0,
                `submission_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                `submission_ip` VARCHAR(45) NOT NULL DEFAULT '',
                `file_path` VARCHAR(200) NOT NULL DEFAULT '',
                `file_name` VARCHAR(200) NOT NULL DEFAULT '',
                `comments` TEXT NOT NULL,
                `grade` FLOAT DEFAULT NULL,
                `grade_comments` TEXT NOT NULL,
                `grade_submission_date` DATE NOT NULL DEFAULT '1000-10-10',
                `grade_submission_ip` VARCHAR(45) NOT NULL DEFAULT '',
                `group_id` INT( 11 ) DEFAULT NULL ) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `assignment_to_specific` (
                `user_id` int(11) NOT NULL,
                `group_id` int(11) NOT NULL,
                `assignment_id` int(11) NOT NULL,
                PRIMARY KEY (user_id, group_id, assignment_id)
              ) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `exercise` (
                `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `course_id` INT(11) NOT NULL,
                `title` VARCHAR(250) DEFAULT NULL,
                `description` TEXT,
                `type` TINYINT(4) UNSIGNED NOT NULL DEFAULT 1,
                `start_date` DATETIME DEFAULT NULL,
                `end_date` DATETIME DEFAULT NULL,
                `time_constraint` INT(11) DEFAULT 0,
                `attempts_allowed` INT(11) DEFAULT 0,
                `random` SMALLINT(6) NOT NULL DEFAULT 0,
                `active` TINYINT(4) DEFAULT NULL,
                `public` TINYINT(4) NOT NULL DEFAULT 1,
                `results` TINYINT(1) NOT NULL DEFAULT 1,
                `score` TINYINT(1) NOT NULL DEFAULT 1) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `exercise_user_record` (
                `eurid` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                `eid` INT(11) NOT NULL DEFAULT 0,
                `uid` MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 0,
                `record_start_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                `record_end_date` DATETIME DEFAULT NULL,
                `total_score` INT(11) NOT NULL DEFAULT 0,
                `total_weighting` INT(11) DEFAULT 0,
                `attempt` INT(11) NOT NULL DEFAULT 0) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `hierarchy` (
                `id` int(11) NOT NULL auto_increment PRIMARY KEY,
                `code` varchar(20),
                `name` text NOT NULL,
                `number` int(11) NOT NULL default 1000,
                `generator` int(11) NOT NULL default 100,
                `lft` int(11) NOT NULL,
                `rgt` int(11) NOT NULL,
                `allow_course` boolean not null default false,
                `allow_user` boolean NOT NULL default false,
                `order_priority` int(11) default null,
                KEY `lftindex` (`lft`),
                KEY `rgtindex` (`rgt`) );

CREATE TABLE IF NOT EXISTS `course_department` (
                `id` int(11) NOT NULL auto_increment PRIMARY KEY,
                `course` int(11) NOT NULL references course(id),
                `department` int(11) NOT NULL references hierarchy(id) );

CREATE TABLE IF NOT EXISTS `user_department` (
                `id` int(11) NOT NULL auto_increment PRIMARY KEY,
                `user` mediumint(8) unsigned NOT NULL,
                `department` int(11) NOT NULL references hierarchy(id) );

CREATE TABLE user_request (
                id INT(11) NOT NULL AUTO_INCREMENT,
                givenname VARCHAR(60) NOT NULL DEFAULT '',
                surname VARCHAR(60) NOT NULL DEFAULT '',
                username VARCHAR(50) NOT NULL DEFAULT '',
                password VARCHAR(255) NOT NULL DEFAULT '',
                email VARCHAR(100) NOT NULL DEFAULT '',
                verified_mail TINYINT(1) NOT NULL DEFAULT 2,
                faculty_id INT(11) NOT NULL DEFAULT 0,
                phone VARCHAR(20) NOT NULL DEFAULT '',
                am VARCHAR(20) NOT NULL DEFAULT '',
                state INT(11) NOT NULL DEFAULT 0,
                date_open DATETIME DEFAULT NULL,
                date_closed DATETIME DEFAULT NULL,
                comment TEXT NOT NULL,
                lang VARCHAR(16) NOT NULL DEFAULT 'el',
                status TINYINT(4) NOT NULL DEFAULT 1,
                request_ip VARCHAR(45) NOT NULL DEFAULT '',
                PRIMARY KEY (id)) DEFAULT CHARACTER SET=utf8;

CREATE TABLE `auth` (
                  `auth_id` int(2) NOT NULL auto_increment,
                  `auth_name` varchar(20) NOT NULL default '',
                  `auth_settings` text ,
                  `auth_instructions` text ,
                  `auth_default` tinyint(1) NOT NULL default 0,
                  PRIMARY KEY (`auth_id`))
                  DEFAULT CHARACTER SET=utf8;

CREATE TABLE `config`
                (`key` VARCHAR(32) NOT NULL,
                 `value` TEXT NOT NULL,
                 PRIMARY KEY (`key`));

CREATE TABLE `actions_daily` (
        `id` int(11) NOT NULL auto_increment,
        `user_id` int(11) NOT NULL,
        `module_id` int(11) NOT NULL,
        `course_id` int(11) NOT NULL,
        `hits` int(11) NOT NULL,
        `duration` int(11) NOT NULL,
        `day` date NOT NULL,
        `last_update` DATETIME NOT NULL,
        PRIMARY KEY (`id`),
        KEY `actionsdailyindex` (`module_id`, `day`),
        KEY `actionsdailyuserindex` (`user_id`),
        KEY `actionsdailydayindex` (`day`),
        KEY `actionsdailymoduleindex` (`module_id`),
        KEY `actionsdailycourseindex` (`course_id`) );

CREATE TABLE IF NOT EXISTS `logins` (
        `id` int(11) NOT NULL auto_increment,
        `user_id` int(11) NOT NULL,
        `ip` char(45) NOT NULL default '0.0.0.0',
        `date_time` datetime NOT NULL default '0000-00-00 00:00:00',
        `course_id` INT(11) NOT NULL,
        PRIMARY KEY (`id`));

CREATE TABLE IF NOT EXISTS `gradebook` (
        `id` MEDIUMINT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
        `course_id` INT(11) NOT NULL,
        `students_semester` TINYINT(4) NOT NULL DEFAULT 1,
        `range` TINYINT(4) NOT NULL DEFAULT 10) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `gradebook_activities` (
        `id` MEDIUMINT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
        `gradebook_id` MEDIUMINT(11) NOT NULL,
        `title` VARCHAR(250) DEFAULT NULL,
        `activity_type` INT(11) DEFAULT NULL,
        `date` DATETIME DEFAULT NULL,
        `description` TEXT NOT NULL,
        `weight` MEDIUMINT(11) NOT NULL DEFAULT 0,
        `module_auto_id` MEDIUMINT(11) NOT NULL DEFAULT 0,
        `module_auto_type` TINYINT(4) NOT NULL DEFAULT 0,
        `auto` TINYINT(4) NOT NULL DEFAULT 0) DEFAULT CHARACTER SET=utf8;

CREATE TABLE IF NOT EXISTS `gradebook_book` (
        `id` MEDIUMINT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
        `gradebook_activity_id` MEDIUMINT(11) NOT NULL,
        `uid` int(11) NOT NULL DEFAULT 0,
        `grade` FLOAT NOT NULL DEFAULT -1,
        `comments` TEXT NOT NULL) DEFAULT CHARACTER SET=utf8;

-- WeBWorK 2 (openwebwork/webwork2), tables as WeBWorK::DB::Schema::NewSQL::Std::_create_table_stmt writes them
-- from the field lists of lib/WeBWorK/DB/Record/*.pm and the layout of lib/WeBWorK/DB/Layout.pm,
-- commit 88f19d5b696b3367e952bf2b8ec75396fed9dcc4, for a course named MTH101 (per-course tables are ${courseName}_<table>),
-- with the site defaults of conf/site.conf.dist ($database_storage_engine = myisam, utf8mb4).

CREATE TABLE `MTH101_user` ( `user_id` VARCHAR(100) NOT NULL, `first_name` TEXT, `last_name` TEXT, `email_address` TEXT, `student_id` TEXT, `status` TEXT, `section` TEXT, `recitation` TEXT, `comment` TEXT, `displayMode` TEXT, `showOldAnswers` INT, `useMathView` INT, `useMathQuill` INT, `lis_source_did` TEXT, UNIQUE KEY ( `user_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_password` ( `user_id` VARCHAR(100) NOT NULL, `password` TEXT, `otp_secret` TEXT, UNIQUE KEY ( `user_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_permission` ( `user_id` VARCHAR(100) NOT NULL, `permission` INT, UNIQUE KEY ( `user_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_key` ( `user_id` VARCHAR(100) NOT NULL, `key` TEXT, `timestamp` BIGINT, `session` TEXT NOT NULL DEFAULT ('{}'), UNIQUE KEY ( `user_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_set` ( `set_id` VARCHAR(100) NOT NULL, `set_header` TEXT, `hardcopy_header` TEXT, `open_date` BIGINT, `due_date` BIGINT, `answer_date` BIGINT, `reduced_scoring_date` BIGINT, `visible` INT, `enable_reduced_scoring` INT, `assignment_type` TEXT, `description` TEXT, `restricted_release` TEXT, `restricted_status` FLOAT, `attempts_per_version` INT, `time_interval` INT, `versions_per_interval` INT, `version_time_limit` INT, `version_creation_time` BIGINT, `problem_randorder` INT, `version_last_attempt_time` BIGINT, `problems_per_page` INT, `hide_score` ENUM('N','Y','BeforeAnswerDate'), `hide_score_by_problem` ENUM('N','Y'), `hide_work` ENUM('N','Y','BeforeAnswerDate'), `time_limit_cap` ENUM('0','1'), `restrict_ip` ENUM('No','RestrictTo','DenyFrom') DEFAULT 'No', `relax_restrict_ip` ENUM('No','AfterAnswerDate','AfterVersionAnswerDate') DEFAULT 'No', `restricted_login_proctor` ENUM('No','Yes'), `use_grade_auth_proctor` ENUM('No','Yes') DEFAULT 'Yes', `hide_hint` INT, `restrict_prob_progression` INT, `email_instructor` INT, `lis_source_did` TEXT, UNIQUE KEY ( `set_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_set_user` ( `user_id` VARCHAR(100) NOT NULL, `set_id` VARCHAR(100) NOT NULL, `psvn` INT UNIQUE NOT NULL AUTO_INCREMENT, `set_header` TEXT, `hardcopy_header` TEXT, `open_date` BIGINT, `due_date` BIGINT, `answer_date` BIGINT, `reduced_scoring_date` BIGINT, `visible` INT, `enable_reduced_scoring` INT, `assignment_type` TEXT, `description` TEXT, `restricted_release` TEXT, `restricted_status` FLOAT, `attempts_per_version` INT, `time_interval` INT, `versions_per_interval` INT, `version_time_limit` INT, `version_creation_time` BIGINT, `problem_randorder` INT, `version_last_attempt_time` BIGINT, `problems_per_page` INT, `hide_score` ENUM('N','Y','BeforeAnswerDate'), `hide_score_by_problem` ENUM('N','Y'), `hide_work` ENUM('N','Y','BeforeAnswerDate'), `time_limit_cap` ENUM('0','1'), `restrict_ip` ENUM('No','RestrictTo','DenyFrom'), `relax_restrict_ip` ENUM('No','AfterAnswerDate','AfterVersionAnswerDate'), `restricted_login_proctor` ENUM('No','Yes'), `use_grade_auth_proctor` ENUM('No','Yes'), `hide_hint` INT, `restrict_prob_progression` INT, `email_instructor` INT, `lis_source_did` TEXT, `external_data` MEDIUMTEXT, UNIQUE KEY ( `user_id`, `set_id` ), KEY ( `set_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_set_locations` ( `set_id` VARCHAR(100) NOT NULL, `location_id` VARCHAR(40) NOT NULL, UNIQUE KEY ( `set_id`, `location_id` ), KEY ( `location_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_set_locations_user` ( `user_id` VARCHAR(100) NOT NULL, `set_id` VARCHAR(100) NOT NULL, `location_id` VARCHAR(40) NOT NULL, UNIQUE KEY ( `user_id`, `set_id`, `location_id` ), KEY ( `set_id`, `location_id` ), KEY ( `location_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_problem` ( `set_id` VARCHAR(100) NOT NULL, `problem_id` INT NOT NULL, `source_file` TEXT, `value` INT, `max_attempts` INT, `att_to_open_children` INT, `counts_parent_grade` INT, `showMeAnother` INT, `showMeAnotherCount` INT, `showHintsAfter` INT NOT NULL DEFAULT -2, `prPeriod` INT, `prCount` INT, `flags` TEXT, UNIQUE KEY ( `set_id`, `problem_id` ), KEY ( `problem_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_problem_user` ( `user_id` VARCHAR(100) NOT NULL, `set_id` VARCHAR(100) NOT NULL, `problem_id` INT NOT NULL, `source_file` TEXT, `value` INT, `max_attempts` INT, `showMeAnother` INT, `showMeAnotherCount` INT, `showHintsAfter` INT, `prPeriod` INT, `prCount` INT, `problem_seed` INT, `status` FLOAT, `attempted` INT, `last_answer` TEXT, `num_correct` INT, `num_incorrect` INT, `att_to_open_children` INT, `counts_parent_grade` INT, `sub_status` FLOAT, `flags` TEXT, `problem_data` MEDIUMTEXT, UNIQUE KEY ( `user_id`, `set_id`, `problem_id` ), KEY ( `set_id`, `problem_id` ), KEY ( `problem_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_past_answer` ( `answer_id` INT AUTO_INCREMENT, `user_id` VARCHAR(100) NOT NULL, `set_id` VARCHAR(100) NOT NULL, `problem_id` INT NOT NULL, `source_file` TEXT, `timestamp` BIGINT, `scores` TINYTEXT, `answer_string` VARCHAR(5012), `comment_string` VARCHAR(5012), `problem_seed` INT, UNIQUE KEY ( `answer_id`, `user_id`, `set_id`, `problem_id` ), KEY ( `user_id`, `set_id`, `problem_id` ), KEY ( `set_id`, `problem_id` ), KEY ( `problem_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_setting` ( `name` VARCHAR(240) NOT NULL, `value` TEXT, UNIQUE KEY ( `name` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_achievement` ( `achievement_id` VARCHAR(100) NOT NULL, `name` TEXT, `description` TEXT, `points` INT, `test` TEXT, `icon` TEXT, `category` TEXT, `enabled` INT, `max_counter` INT, `number` INT, `assignment_type` TEXT, `email_template` TEXT, UNIQUE KEY ( `achievement_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_achievement_user` ( `user_id` VARCHAR(100) NOT NULL, `achievement_id` VARCHAR(100) NOT NULL, `earned` INT, `counter` INT, `frozen_hash` MEDIUMBLOB, UNIQUE KEY ( `user_id`, `achievement_id` ), KEY ( `achievement_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `MTH101_global_user_achievement` ( `user_id` VARCHAR(100) NOT NULL, `achievement_points` INT, `next_level_points` INT, `level_achievement_id` VARCHAR(100), `frozen_hash` MEDIUMBLOB, UNIQUE KEY ( `user_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `locations` ( `location_id` VARCHAR(40) NOT NULL, `description` TEXT, UNIQUE KEY ( `location_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `location_addresses` ( `location_id` VARCHAR(40) NOT NULL, `ip_mask` VARCHAR(180), UNIQUE KEY ( `location_id`, `ip_mask` ), KEY ( `ip_mask` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `depths` ( `md5` CHAR(33) NOT NULL, `depth` SMALLINT, UNIQUE KEY ( `md5` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `lti_launch_data` ( `state` VARCHAR(200) NOT NULL, `nonce` TEXT NOT NULL, `timestamp` BIGINT, `data` TEXT NOT NULL DEFAULT ('{}'), UNIQUE KEY ( `state` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

CREATE TABLE `lti_course_map` ( `course_id` VARCHAR(40) NOT NULL, `lms_context_id` VARCHAR(200) NOT NULL, UNIQUE KEY ( `course_id`, `lms_context_id` ), KEY ( `lms_context_id` ) ) ENGINE=MYISAM DEFAULT CHARACTER SET = utf8mb4;

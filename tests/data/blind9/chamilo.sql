-- Chamilo LMS 1.11.x (e-learning platform: platform users — learners, teachers, session coaches, HR managers and
-- administrators — with their profile and account data, portal memberships, course and session subscriptions,
-- class/social-group memberships, user-defined extra-field values, API keys and friend/boss/HR relations; tracking of
-- logins, who-is-online, tool and course accesses and the admin event log; exercise attempts and their answers,
-- learning-path progress, assignment submissions with their grading, forum threads and posts, internal and social
-- messages with attachments, the social chat, gradebook results and certificates, acquired skills, support tickets
-- with their messages and assignment log, survey invitations and answers, attendance sheets; and the technical
-- tables of portals (access URLs), settings, extra-field definitions, ticket statuses and priorities, skills, courses,
-- sessions and user groups).
-- Upstream: github.com/chamilo/chamilo-lms, release 1.11.2 (branch 1.11.x), GPL-3.0 (license.txt: GNU GPL version 3
-- or later). In 1.11.x the installer builds the schema from the Doctrine ORM entities (main/install/ holds only
-- data.sql), so this DDL is those entities' annotations written as the MySQL DDL Doctrine's schema tool emits:
-- src/Chamilo/CoreBundle/Entity/*.php, src/Chamilo/CourseBundle/Entity/*.php, src/Chamilo/TicketBundle/Entity/*.php
-- and src/Chamilo/UserBundle/Entity/User.php (the file each table comes from is named above it). The upstream
-- repository is too large to fetch here, so the entities were read from the mirror github.com/annickvdp/Chamilo-CVO-1.11.6
-- commit 700be6bb90afff9ecceb79e05548fd406d7e8862 (an import of the Chamilo 1.11.2 release whose four later commits
-- change only UI code and CourseRestorer.php, no entity); src/Chamilo/UserBundle/Entity/User.php was compared with
-- chamilo/chamilo-lms commit 024b3aacb385a9e4bab9a543e8d5bffd94497fbf and is the same.
-- Type mapping (Doctrine DBAL, MySQL platform): integer -> INT, smallint -> SMALLINT, bigint -> BIGINT, boolean ->
-- TINYINT(1), string(n) -> VARCHAR(n) (255 when no length), text -> LONGTEXT, datetime -> DATETIME, float -> DOUBLE
-- PRECISION, array -> LONGTEXT with Doctrine's '(DC2Type:array)' comment; nullable=false -> NOT NULL, otherwise
-- DEFAULT NULL; options={"default"}/{"unsigned"} kept; @GeneratedValue -> AUTO_INCREMENT. ManyToOne/OneToOne join
-- columns are INT columns with a FOREIGN KEY (named indexes and unique constraints as annotated; unique=true columns
-- get Doctrine's generated UNIQ_ name). Column names, order of fields and the annotated index names are upstream's;
-- the entities carry no column comments.
-- Left out: the auto-generated FK indexes and FK names, the foreign keys to tables left out (course.room_id -> room,
-- session.session_category_id -> session_category, skill.profile_id -> skill_level_profile,
-- skill_rel_user.acquired_level -> skill_level, ticket_ticket.project_id -> ticket_project,
-- ticket_ticket.category_id -> ticket_category), and the other ~200 tables: the rest of the course tools (c_document,
-- c_quiz*, c_lp, c_lp_item, c_lp_item_view, c_forum_forum, c_forum_category, c_forum_attachment, c_forum_mailcue,
-- c_wiki*, c_blog*, c_calendar_event*, c_announcement*, c_dropbox*, c_group*, c_item_property, c_notebook,
-- c_survey, c_survey_question*, c_attendance, c_attendance_calendar, c_attendance_result, c_thematic*, c_tool*,
-- c_course_setting, c_chat_connected, c_online_*, c_role*, c_permission_*, c_student_publication_* …), the other
-- tracking tables (track_e_downloads, track_e_lastaccess, track_e_uploads, track_e_links, track_e_hotspot,
-- track_e_hotpotatoes, track_e_attempt_recording, track_e_item_property, track_e_open, track_stored_values*,
-- track_course_ranking), gradebook_category/evaluation/link and their logs, skill levels, profiles and comments,
-- ticket_project, ticket_category, ticket_category_rel_user, ticket_message_attachments, sessions' and courses'
-- categories and join tables (session_category, session_rel_course, course_category, access_url_rel_course,
-- access_url_rel_session, usergroup_rel_course/session …), extra_field_options and tags, personal_agenda*,
-- notification, message_feedback, user_rel_tag, user_friend_relation_type, user_course_category,
-- user_rel_course_vote, course_request, course_module, course_type, room, career, promotion, legal, language,
-- settings_options, sys_announcement, sys_calendar, templates, system_template, hook_*, branch_*, sequence_*,
-- shared_survey*, specific_field*, search_engine_ref, openid_association, event_email_template, event_sent,
-- chat_video, block, the FAQ, contact, media, page, timeline and classification bundle tables and fos_group.
SET FOREIGN_KEY_CHECKS=0;

-- src/Chamilo/CoreBundle/Entity/AccessUrl.php (AccessUrl)
CREATE TABLE `access_url` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(255) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `active` INT NOT NULL,
  `created_by` INT NOT NULL,
  `tms` DATETIME DEFAULT NULL,
  `url_type` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

-- src/Chamilo/CoreBundle/Entity/SettingsCurrent.php (SettingsCurrent)
CREATE TABLE `settings_current` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `variable` VARCHAR(255) DEFAULT NULL,
  `subkey` VARCHAR(255) DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `category` VARCHAR(255) DEFAULT NULL,
  `selected_value` VARCHAR(255) DEFAULT NULL,
  `title` VARCHAR(255) NOT NULL,
  `comment` VARCHAR(255) DEFAULT NULL,
  `scope` VARCHAR(50) DEFAULT NULL,
  `subkeytext` VARCHAR(255) DEFAULT NULL,
  `access_url` INT NOT NULL DEFAULT '1',
  `access_url_changeable` INT NOT NULL,
  `access_url_locked` INT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_setting` (`variable`, `subkey`, `access_url`),
  KEY `access_url` (`access_url`)
);

-- src/Chamilo/CoreBundle/Entity/ExtraField.php (ExtraField)
CREATE TABLE `extra_field` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `extra_field_type` INT NOT NULL,
  `field_type` INT NOT NULL,
  `variable` VARCHAR(255) NOT NULL,
  `display_text` VARCHAR(255) DEFAULT NULL,
  `default_value` LONGTEXT DEFAULT NULL,
  `field_order` INT DEFAULT NULL,
  `visible_to_self` TINYINT(1) DEFAULT NULL,
  `visible_to_others` TINYINT(1) DEFAULT NULL,
  `changeable` TINYINT(1) DEFAULT NULL,
  `filter` TINYINT(1) DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

-- src/Chamilo/TicketBundle/Entity/Status.php (Status)
CREATE TABLE `ticket_status` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

-- src/Chamilo/TicketBundle/Entity/Priority.php (Priority)
CREATE TABLE `ticket_priority` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `color` VARCHAR(255) NOT NULL,
  `urgency` VARCHAR(255) NOT NULL,
  `sys_insert_user_id` INT NOT NULL,
  `sys_insert_datetime` DATETIME NOT NULL,
  `sys_lastedit_user_id` INT DEFAULT NULL,
  `sys_lastedit_datetime` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

-- src/Chamilo/CoreBundle/Entity/Skill.php (Skill)
CREATE TABLE `skill` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `short_code` VARCHAR(100) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `access_url_id` INT NOT NULL,
  `icon` VARCHAR(255) NOT NULL,
  `criteria` LONGTEXT DEFAULT NULL,
  `status` INT NOT NULL DEFAULT '1',
  `updated_at` DATETIME NOT NULL,
  `profile_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

-- src/Chamilo/UserBundle/Entity/User.php (User)
CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT DEFAULT NULL,
  `username` VARCHAR(100) NOT NULL,
  `username_canonical` VARCHAR(100) NOT NULL,
  `email_canonical` VARCHAR(100) NOT NULL,
  `email` VARCHAR(100) NOT NULL,
  `locked` TINYINT(1) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `expired` TINYINT(1) NOT NULL,
  `credentials_expired` TINYINT(1) NOT NULL,
  `credentials_expire_at` DATETIME DEFAULT NULL,
  `expires_at` DATETIME DEFAULT NULL,
  `lastname` VARCHAR(60) DEFAULT NULL,
  `firstname` VARCHAR(60) DEFAULT NULL,
  `password` VARCHAR(255) NOT NULL,
  `auth_source` VARCHAR(50) DEFAULT NULL,
  `status` INT NOT NULL,
  `official_code` VARCHAR(40) DEFAULT NULL,
  `phone` VARCHAR(30) DEFAULT NULL,
  `address` VARCHAR(250) DEFAULT NULL,
  `picture_uri` VARCHAR(250) DEFAULT NULL,
  `creator_id` INT DEFAULT NULL,
  `competences` LONGTEXT DEFAULT NULL,
  `diplomas` LONGTEXT DEFAULT NULL,
  `openarea` LONGTEXT DEFAULT NULL,
  `teach` LONGTEXT DEFAULT NULL,
  `productions` VARCHAR(250) DEFAULT NULL,
  `language` VARCHAR(40) DEFAULT NULL,
  `registration_date` DATETIME NOT NULL,
  `expiration_date` DATETIME DEFAULT NULL,
  `active` TINYINT(1) NOT NULL,
  `openid` VARCHAR(255) DEFAULT NULL,
  `theme` VARCHAR(255) DEFAULT NULL,
  `hr_dept_id` SMALLINT DEFAULT NULL,
  `salt` VARCHAR(255) NOT NULL,
  `last_login` DATETIME DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `confirmation_token` VARCHAR(255) DEFAULT NULL,
  `password_requested_at` DATETIME DEFAULT NULL,
  `roles` LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  `profile_completed` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_8D93D649F85E0677` (`username`),
  KEY `idx_user_uid` (`user_id`),
  KEY `status` (`status`)
);

-- src/Chamilo/CoreBundle/Entity/Admin.php (Admin)
CREATE TABLE `admin` (
  `user_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`)
);

-- src/Chamilo/CoreBundle/Entity/AccessUrlRelUser.php (AccessUrlRelUser)
CREATE TABLE `access_url_rel_user` (
  `access_url_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`access_url_id`, `user_id`),
  KEY `idx_access_url_rel_user_user` (`user_id`),
  KEY `idx_access_url_rel_user_access_url` (`access_url_id`),
  KEY `idx_access_url_rel_user_access_url_user` (`user_id`, `access_url_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`access_url_id`) REFERENCES `access_url` (`id`)
);

-- src/Chamilo/CoreBundle/Entity/Course.php (Course)
CREATE TABLE `course` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(250) DEFAULT NULL,
  `code` VARCHAR(40) NOT NULL,
  `directory` VARCHAR(40) DEFAULT NULL,
  `course_language` VARCHAR(20) DEFAULT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `category_code` VARCHAR(40) DEFAULT NULL,
  `visibility` INT DEFAULT NULL,
  `show_score` INT DEFAULT NULL,
  `tutor_name` VARCHAR(200) DEFAULT NULL,
  `visual_code` VARCHAR(40) DEFAULT NULL,
  `department_name` VARCHAR(30) DEFAULT NULL,
  `department_url` VARCHAR(180) DEFAULT NULL,
  `disk_quota` BIGINT DEFAULT NULL,
  `last_visit` DATETIME DEFAULT NULL,
  `last_edit` DATETIME DEFAULT NULL,
  `creation_date` DATETIME DEFAULT NULL,
  `expiration_date` DATETIME DEFAULT NULL,
  `subscribe` TINYINT(1) DEFAULT NULL,
  `unsubscribe` TINYINT(1) DEFAULT NULL,
  `registration_code` VARCHAR(255) DEFAULT NULL,
  `legal` LONGTEXT DEFAULT NULL,
  `activate_legal` INT DEFAULT NULL,
  `add_teachers_to_sessions_courses` TINYINT(1) DEFAULT NULL,
  `course_type_id` INT DEFAULT NULL,
  `room_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_169E6FB977153098` (`code`),
  KEY `category_code` (`category_code`),
  KEY `directory` (`directory`)
);

-- src/Chamilo/CoreBundle/Entity/CourseRelUser.php (CourseRelUser)
CREATE TABLE `course_rel_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `relation_type` INT NOT NULL,
  `status` INT NOT NULL,
  `is_tutor` TINYINT(1) DEFAULT NULL,
  `sort` INT DEFAULT NULL,
  `user_course_cat` INT DEFAULT NULL,
  `legal_agreement` INT DEFAULT NULL,
  `user_id` INT DEFAULT NULL,
  `c_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `course_rel_user_user_id` (`id`, `user_id`),
  KEY `course_rel_user_c_id_user_id` (`id`, `c_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`c_id`) REFERENCES `course` (`id`)
);

-- src/Chamilo/CoreBundle/Entity/Session.php (Session)
CREATE TABLE `session` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `show_description` TINYINT(1) DEFAULT NULL,
  `duration` INT DEFAULT NULL,
  `nbr_courses` SMALLINT DEFAULT NULL,
  `nbr_users` INT DEFAULT NULL,
  `nbr_classes` INT DEFAULT NULL,
  `session_admin_id` INT DEFAULT NULL,
  `visibility` INT NOT NULL,
  `promotion_id` INT DEFAULT NULL,
  `display_start_date` DATETIME DEFAULT NULL,
  `display_end_date` DATETIME DEFAULT NULL,
  `access_start_date` DATETIME DEFAULT NULL,
  `access_end_date` DATETIME DEFAULT NULL,
  `coach_access_start_date` DATETIME DEFAULT NULL,
  `coach_access_end_date` DATETIME DEFAULT NULL,
  `send_subscription_notification` TINYINT(1) NOT NULL DEFAULT '0',
  `id_coach` INT DEFAULT NULL,
  `session_category_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `idx_id_coach` (`id_coach`),
  KEY `idx_id_session_admin_id` (`session_admin_id`),
  FOREIGN KEY (`id_coach`) REFERENCES `user` (`id`)
);

-- src/Chamilo/CoreBundle/Entity/SessionRelUser.php (SessionRelUser)
CREATE TABLE `session_rel_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `relation_type` INT NOT NULL,
  `duration` INT DEFAULT NULL,
  `moved_to` INT DEFAULT NULL,
  `moved_status` INT DEFAULT NULL,
  `moved_at` DATETIME DEFAULT NULL,
  `registered_at` DATETIME NOT NULL,
  `session_id` INT DEFAULT NULL,
  `user_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_session_rel_user_id_user_moved` (`user_id`, `moved_to`),
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

-- src/Chamilo/CoreBundle/Entity/SessionRelCourseRelUser.php (SessionRelCourseRelUser)
CREATE TABLE `session_rel_course_rel_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `visibility` INT NOT NULL,
  `status` INT NOT NULL,
  `legal_agreement` INT DEFAULT NULL,
  `user_id` INT NOT NULL,
  `session_id` INT NOT NULL,
  `c_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_session_rel_course_rel_user_id_user` (`user_id`),
  KEY `idx_session_rel_course_rel_user_course_id` (`c_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`),
  FOREIGN KEY (`c_id`) REFERENCES `course` (`id`)
);

-- src/Chamilo/CoreBundle/Entity/Usergroup.php (Usergroup)
CREATE TABLE `usergroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `group_type` INT NOT NULL,
  `picture` VARCHAR(255) DEFAULT NULL,
  `url` VARCHAR(255) DEFAULT NULL,
  `visibility` VARCHAR(255) NOT NULL,
  `allow_members_leave_group` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

-- src/Chamilo/CoreBundle/Entity/UsergroupRelUser.php (UsergroupRelUser)
CREATE TABLE `usergroup_rel_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `relation_type` INT NOT NULL,
  `user_id` INT DEFAULT NULL,
  `usergroup_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_739515A9A76ED395` (`user_id`),
  KEY `IDX_739515A9D2112630` (`usergroup_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`usergroup_id`) REFERENCES `usergroup` (`id`)
);

-- src/Chamilo/CoreBundle/Entity/ExtraFieldValues.php (ExtraFieldValues)
CREATE TABLE `extra_field_values` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `value` VARCHAR(255) DEFAULT NULL,
  `item_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `comment` LONGTEXT DEFAULT NULL,
  `field_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_efv_fiii` (`field_id`, `item_id`),
  FOREIGN KEY (`field_id`) REFERENCES `extra_field` (`id`)
);

-- src/Chamilo/CoreBundle/Entity/UserApiKey.php (UserApiKey)
CREATE TABLE `user_api_key` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `api_key` VARCHAR(32) NOT NULL,
  `api_service` VARCHAR(10) NOT NULL,
  `api_end_point` LONGTEXT DEFAULT NULL,
  `created_date` DATETIME DEFAULT NULL,
  `validity_start_date` DATETIME DEFAULT NULL,
  `validity_end_date` DATETIME DEFAULT NULL,
  `description` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_user_api_keys_user` (`user_id`)
);

-- src/Chamilo/CoreBundle/Entity/UserRelUser.php (UserRelUser)
CREATE TABLE `user_rel_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `friend_user_id` INT NOT NULL,
  `relation_type` INT NOT NULL,
  `last_edit` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_user_rel_user__user` (`user_id`),
  KEY `idx_user_rel_user__friend_user` (`friend_user_id`),
  KEY `idx_user_rel_user__user_friend_user` (`user_id`, `friend_user_id`)
);

-- src/Chamilo/CoreBundle/Entity/TrackELogin.php (TrackELogin)
CREATE TABLE `track_e_login` (
  `login_user_id` INT NOT NULL,
  `login_date` DATETIME NOT NULL,
  `user_ip` VARCHAR(39) NOT NULL,
  `logout_date` DATETIME DEFAULT NULL,
  `login_id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`login_id`),
  KEY `login_user_id` (`login_user_id`)
);

-- src/Chamilo/CoreBundle/Entity/TrackEOnline.php (TrackEOnline)
CREATE TABLE `track_e_online` (
  `login_user_id` INT NOT NULL,
  `login_date` DATETIME NOT NULL,
  `user_ip` VARCHAR(39) NOT NULL,
  `c_id` INT NOT NULL,
  `session_id` INT NOT NULL,
  `access_url_id` INT NOT NULL,
  `login_id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`login_id`),
  KEY `course` (`c_id`),
  KEY `login_user_id` (`login_user_id`),
  KEY `session_id` (`session_id`)
);

-- src/Chamilo/CoreBundle/Entity/TrackEAccess.php (TrackEAccess)
CREATE TABLE `track_e_access` (
  `access_user_id` INT DEFAULT NULL,
  `access_date` DATETIME NOT NULL,
  `c_id` INT NOT NULL,
  `access_tool` VARCHAR(30) DEFAULT NULL,
  `access_session_id` INT NOT NULL,
  `user_ip` VARCHAR(39) NOT NULL,
  `access_id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`access_id`),
  KEY `access_user_id` (`access_user_id`),
  KEY `access_c_id` (`c_id`),
  KEY `access_session_id` (`access_session_id`)
);

-- src/Chamilo/CoreBundle/Entity/TrackECourseAccess.php (TrackECourseAccess)
CREATE TABLE `track_e_course_access` (
  `course_access_id` INT NOT NULL AUTO_INCREMENT,
  `c_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `login_course_date` DATETIME NOT NULL,
  `logout_course_date` DATETIME DEFAULT NULL,
  `counter` INT NOT NULL,
  `session_id` INT NOT NULL,
  `user_ip` VARCHAR(39) NOT NULL,
  PRIMARY KEY (`course_access_id`),
  KEY `course` (`c_id`),
  KEY `user_id` (`user_id`),
  KEY `login_course_date` (`login_course_date`),
  KEY `session_id` (`session_id`)
);

-- src/Chamilo/CoreBundle/Entity/TrackEDefault.php (TrackEDefault)
CREATE TABLE `track_e_default` (
  `default_id` INT NOT NULL AUTO_INCREMENT,
  `default_user_id` INT NOT NULL,
  `c_id` INT DEFAULT NULL,
  `default_date` DATETIME DEFAULT NULL,
  `default_event_type` VARCHAR(255) NOT NULL,
  `default_value_type` VARCHAR(255) NOT NULL,
  `default_value` LONGTEXT NOT NULL,
  `session_id` INT DEFAULT NULL,
  PRIMARY KEY (`default_id`),
  KEY `course` (`c_id`),
  KEY `session` (`session_id`)
);

-- src/Chamilo/CoreBundle/Entity/TrackEExercises.php (TrackEExercises)
CREATE TABLE `track_e_exercises` (
  `exe_user_id` INT DEFAULT NULL,
  `exe_date` DATETIME NOT NULL,
  `c_id` INT NOT NULL,
  `exe_exo_id` INT NOT NULL,
  `exe_result` DOUBLE PRECISION NOT NULL,
  `exe_weighting` DOUBLE PRECISION NOT NULL,
  `user_ip` VARCHAR(39) NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `data_tracking` LONGTEXT NOT NULL,
  `start_date` DATETIME NOT NULL,
  `steps_counter` SMALLINT NOT NULL,
  `session_id` SMALLINT NOT NULL,
  `orig_lp_id` INT NOT NULL,
  `orig_lp_item_id` INT NOT NULL,
  `exe_duration` INT NOT NULL,
  `expired_time_control` DATETIME DEFAULT NULL,
  `orig_lp_item_view_id` INT NOT NULL,
  `questions_to_check` LONGTEXT NOT NULL,
  `exe_id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`exe_id`),
  KEY `idx_tee_user_id` (`exe_user_id`),
  KEY `idx_tee_c_id` (`c_id`),
  KEY `session_id` (`session_id`)
);

-- src/Chamilo/CoreBundle/Entity/TrackEAttempt.php (TrackEAttempt)
CREATE TABLE `track_e_attempt` (
  `exe_id` INT DEFAULT NULL,
  `user_id` INT NOT NULL,
  `question_id` INT NOT NULL,
  `answer` LONGTEXT NOT NULL,
  `teacher_comment` LONGTEXT NOT NULL,
  `marks` DOUBLE PRECISION NOT NULL,
  `c_id` INT NOT NULL,
  `position` INT DEFAULT NULL,
  `tms` DATETIME DEFAULT NULL,
  `session_id` INT NOT NULL,
  `filename` VARCHAR(255) DEFAULT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `course` (`c_id`),
  KEY `exe_id` (`exe_id`),
  KEY `user_id` (`user_id`),
  KEY `question_id` (`question_id`),
  KEY `session_id` (`session_id`)
);

-- src/Chamilo/CourseBundle/Entity/CLpView.php (CLpView)
CREATE TABLE `c_lp_view` (
  `iid` INT NOT NULL AUTO_INCREMENT,
  `c_id` INT NOT NULL,
  `id` INT DEFAULT NULL,
  `lp_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `view_count` INT NOT NULL,
  `last_item` INT NOT NULL,
  `progress` INT DEFAULT NULL,
  `session_id` INT NOT NULL,
  PRIMARY KEY (`iid`),
  KEY `course` (`c_id`),
  KEY `lp_id` (`lp_id`),
  KEY `user_id` (`user_id`),
  KEY `session_id` (`session_id`)
);

-- src/Chamilo/CourseBundle/Entity/CStudentPublication.php (CStudentPublication)
CREATE TABLE `c_student_publication` (
  `iid` INT NOT NULL AUTO_INCREMENT,
  `c_id` INT NOT NULL,
  `id` INT DEFAULT NULL,
  `url` VARCHAR(255) DEFAULT NULL,
  `url_correction` VARCHAR(255) DEFAULT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `title_correction` VARCHAR(255) DEFAULT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `author` VARCHAR(255) DEFAULT NULL,
  `active` TINYINT(1) DEFAULT NULL,
  `accepted` TINYINT(1) DEFAULT NULL,
  `post_group_id` INT NOT NULL,
  `sent_date` DATETIME DEFAULT NULL,
  `filetype` VARCHAR(10) NOT NULL,
  `has_properties` INT NOT NULL,
  `view_properties` TINYINT(1) DEFAULT NULL,
  `qualification` DOUBLE PRECISION NOT NULL,
  `date_of_qualification` DATETIME DEFAULT NULL,
  `parent_id` INT NOT NULL,
  `qualificator_id` INT NOT NULL,
  `weight` DOUBLE PRECISION NOT NULL,
  `user_id` INT NOT NULL,
  `allow_text_assignment` INT NOT NULL,
  `contains_file` INT NOT NULL,
  `document_id` INT NOT NULL,
  `session_id` INT DEFAULT NULL,
  PRIMARY KEY (`iid`),
  KEY `course` (`c_id`),
  KEY `session_id` (`session_id`),
  KEY `idx_csp_u` (`user_id`),
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`)
);

-- src/Chamilo/CourseBundle/Entity/CForumThread.php (CForumThread)
CREATE TABLE `c_forum_thread` (
  `iid` INT NOT NULL AUTO_INCREMENT,
  `c_id` INT NOT NULL,
  `thread_id` INT NOT NULL,
  `thread_title` VARCHAR(255) DEFAULT NULL,
  `forum_id` INT DEFAULT NULL,
  `thread_replies` INT UNSIGNED NOT NULL DEFAULT '0',
  `thread_poster_id` INT DEFAULT NULL,
  `thread_poster_name` VARCHAR(100) DEFAULT NULL,
  `thread_views` INT UNSIGNED NOT NULL DEFAULT '0',
  `thread_last_post` INT DEFAULT NULL,
  `thread_date` DATETIME DEFAULT NULL,
  `thread_sticky` TINYINT(1) DEFAULT NULL,
  `locked` INT NOT NULL,
  `session_id` INT DEFAULT NULL,
  `thread_title_qualify` VARCHAR(255) DEFAULT NULL,
  `thread_qualify_max` DOUBLE PRECISION NOT NULL,
  `thread_close_date` DATETIME DEFAULT NULL,
  `thread_weight` DOUBLE PRECISION NOT NULL,
  `thread_peer_qualify` TINYINT(1) NOT NULL,
  `lp_item_id` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`iid`),
  KEY `course` (`c_id`),
  KEY `idx_forum_thread_forum_id` (`forum_id`)
);

-- src/Chamilo/CourseBundle/Entity/CForumPost.php (CForumPost)
CREATE TABLE `c_forum_post` (
  `iid` INT NOT NULL AUTO_INCREMENT,
  `c_id` INT NOT NULL,
  `post_id` INT NOT NULL,
  `post_title` VARCHAR(250) DEFAULT NULL,
  `post_text` LONGTEXT DEFAULT NULL,
  `thread_id` INT DEFAULT NULL,
  `forum_id` INT DEFAULT NULL,
  `poster_id` INT DEFAULT NULL,
  `poster_name` VARCHAR(100) DEFAULT NULL,
  `post_date` DATETIME DEFAULT NULL,
  `post_notification` TINYINT(1) DEFAULT NULL,
  `post_parent_id` INT DEFAULT NULL,
  `visible` TINYINT(1) DEFAULT NULL,
  `status` INT DEFAULT NULL,
  PRIMARY KEY (`iid`),
  KEY `course` (`c_id`),
  KEY `poster_id` (`poster_id`),
  KEY `forum_id` (`forum_id`),
  KEY `idx_forum_post_thread_id` (`thread_id`),
  KEY `idx_forum_post_visible` (`visible`)
);

-- src/Chamilo/CoreBundle/Entity/Message.php (Message)
CREATE TABLE `message` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_sender_id` INT NOT NULL,
  `user_receiver_id` INT NOT NULL,
  `msg_status` TINYINT(1) NOT NULL,
  `send_date` DATETIME NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `content` LONGTEXT NOT NULL,
  `group_id` INT NOT NULL,
  `parent_id` INT NOT NULL,
  `update_date` DATETIME DEFAULT NULL,
  `votes` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_message_user_sender` (`user_sender_id`),
  KEY `idx_message_user_receiver` (`user_receiver_id`),
  KEY `idx_message_user_sender_user_receiver` (`user_sender_id`, `user_receiver_id`),
  KEY `idx_message_group` (`group_id`),
  KEY `idx_message_parent` (`parent_id`)
);

-- src/Chamilo/CoreBundle/Entity/MessageAttachment.php (MessageAttachment)
CREATE TABLE `message_attachment` (
  `path` VARCHAR(255) NOT NULL,
  `comment` LONGTEXT DEFAULT NULL,
  `size` INT NOT NULL,
  `message_id` INT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

-- src/Chamilo/CoreBundle/Entity/Chat.php (Chat)
CREATE TABLE `chat` (
  `from_user` INT DEFAULT NULL,
  `to_user` INT DEFAULT NULL,
  `message` LONGTEXT NOT NULL,
  `sent` DATETIME NOT NULL,
  `recd` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `idx_chat_to_user` (`to_user`),
  KEY `idx_chat_from_user` (`from_user`)
);

-- src/Chamilo/CoreBundle/Entity/GradebookResult.php (GradebookResult)
CREATE TABLE `gradebook_result` (
  `user_id` INT NOT NULL,
  `evaluation_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `score` DOUBLE PRECISION DEFAULT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

-- src/Chamilo/CoreBundle/Entity/GradebookCertificate.php (GradebookCertificate)
CREATE TABLE `gradebook_certificate` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cat_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `score_certificate` DOUBLE PRECISION NOT NULL,
  `created_at` DATETIME NOT NULL,
  `path_certificate` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_gradebook_certificate_category_id` (`cat_id`),
  KEY `idx_gradebook_certificate_user_id` (`user_id`),
  KEY `idx_gradebook_certificate_category_id_user_id` (`cat_id`, `user_id`)
);

-- src/Chamilo/CoreBundle/Entity/SkillRelUser.php (SkillRelUser)
CREATE TABLE `skill_rel_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `acquired_skill_at` DATETIME NOT NULL,
  `assigned_by` INT NOT NULL,
  `argumentation` LONGTEXT NOT NULL,
  `argumentation_author_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `skill_id` INT NOT NULL,
  `course_id` INT DEFAULT NULL,
  `session_id` INT DEFAULT NULL,
  `acquired_level` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_select_cs` (`course_id`, `session_id`),
  KEY `idx_select_s_c_u` (`session_id`, `course_id`, `user_id`),
  KEY `idx_select_sk_u` (`skill_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`skill_id`) REFERENCES `skill` (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `course` (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`)
);

-- src/Chamilo/TicketBundle/Entity/Ticket.php (Ticket)
CREATE TABLE `ticket_ticket` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `message` LONGTEXT DEFAULT NULL,
  `personal_email` VARCHAR(255) NOT NULL,
  `assigned_last_user` INT DEFAULT NULL,
  `total_messages` INT NOT NULL,
  `keyword` VARCHAR(255) DEFAULT NULL,
  `source` VARCHAR(255) DEFAULT NULL,
  `start_date` DATETIME DEFAULT NULL,
  `end_date` DATETIME DEFAULT NULL,
  `sys_insert_user_id` INT NOT NULL,
  `sys_insert_datetime` DATETIME NOT NULL,
  `sys_lastedit_user_id` INT DEFAULT NULL,
  `sys_lastedit_datetime` DATETIME DEFAULT NULL,
  `project_id` INT DEFAULT NULL,
  `category_id` INT DEFAULT NULL,
  `priority_id` INT DEFAULT NULL,
  `course_id` INT DEFAULT NULL,
  `session_id` INT DEFAULT NULL,
  `status_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`priority_id`) REFERENCES `ticket_priority` (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `course` (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`),
  FOREIGN KEY (`status_id`) REFERENCES `ticket_status` (`id`)
);

-- src/Chamilo/TicketBundle/Entity/Message.php (Message)
CREATE TABLE `ticket_message` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subject` VARCHAR(255) DEFAULT NULL,
  `message` LONGTEXT DEFAULT NULL,
  `status` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(255) NOT NULL,
  `sys_insert_user_id` INT NOT NULL,
  `sys_insert_datetime` DATETIME NOT NULL,
  `sys_lastedit_user_id` INT DEFAULT NULL,
  `sys_lastedit_datetime` DATETIME DEFAULT NULL,
  `ticket_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `ticket_ticket` (`id`)
);

-- src/Chamilo/TicketBundle/Entity/AssignedLog.php (AssignedLog)
CREATE TABLE `ticket_assigned_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sys_insert_user_id` INT NOT NULL,
  `assigned_date` DATETIME NOT NULL,
  `ticket_id` INT DEFAULT NULL,
  `user_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `ticket_ticket` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

-- src/Chamilo/CourseBundle/Entity/CSurveyInvitation.php (CSurveyInvitation)
CREATE TABLE `c_survey_invitation` (
  `iid` INT NOT NULL AUTO_INCREMENT,
  `c_id` INT NOT NULL,
  `survey_invitation_id` INT NOT NULL,
  `survey_code` VARCHAR(20) NOT NULL,
  `user` VARCHAR(250) NOT NULL,
  `invitation_code` VARCHAR(250) NOT NULL,
  `invitation_date` DATETIME NOT NULL,
  `reminder_date` DATETIME NOT NULL,
  `answered` INT NOT NULL,
  `session_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`iid`),
  KEY `course` (`c_id`)
);

-- src/Chamilo/CourseBundle/Entity/CSurveyAnswer.php (CSurveyAnswer)
CREATE TABLE `c_survey_answer` (
  `iid` INT NOT NULL AUTO_INCREMENT,
  `c_id` INT NOT NULL,
  `answer_id` INT NOT NULL,
  `survey_id` INT NOT NULL,
  `question_id` INT NOT NULL,
  `option_id` LONGTEXT NOT NULL,
  `value` INT NOT NULL,
  `user` VARCHAR(250) NOT NULL,
  PRIMARY KEY (`iid`),
  KEY `course` (`c_id`)
);

-- src/Chamilo/CourseBundle/Entity/CAttendanceSheet.php (CAttendanceSheet)
CREATE TABLE `c_attendance_sheet` (
  `iid` INT NOT NULL AUTO_INCREMENT,
  `c_id` INT NOT NULL,
  `presence` TINYINT(1) NOT NULL,
  `user_id` INT NOT NULL,
  `attendance_calendar_id` INT NOT NULL,
  PRIMARY KEY (`iid`),
  KEY `course` (`c_id`),
  KEY `user` (`user_id`),
  KEY `presence` (`presence`)
);
SET FOREIGN_KEY_CHECKS=1;

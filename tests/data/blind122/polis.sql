-- Pol.is (compdemocracy/polis), commit 08e03eb15598259520b80c27ae266eded530718a, AGPL-3.0.
-- Schema obtained by applying upstream's server/postgres/migrations/000000_initial.sql .. 000006 to an empty
-- PostgreSQL 15 database and dumping it (pg_dump -s); converted to MySQL/MariaDB DDL with column names and
-- order unchanged (names upstream wrote in mixed case, hashedPc and permanentCookieZidJoins, restored as
-- written). Functions, triggers, the votes rule, CHECK constraints and non-unique indexes are left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `apikeysndvweifu` (
  `uid` int NOT NULL,
  `apikey` varchar(32) NOT NULL,
  `created` bigint,
  UNIQUE KEY `apikeysndvweifu_apikey_key` (`apikey`),
  CONSTRAINT `apikeysndvweifu_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_tokens` (
  `token` varchar(32),
  `uid` int,
  `created` bigint,
  UNIQUE KEY `auth_tokens_token_key` (`token`),
  CONSTRAINT `auth_tokens_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `beta` (
  `name` varchar(999),
  `email` varchar(200),
  `organization` varchar(200),
  `created` bigint,
  UNIQUE KEY `beta_email_key` (`email`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_translations` (
  `zid` int NOT NULL,
  `tid` int NOT NULL,
  `src` int NOT NULL,
  `txt` text NOT NULL,
  `lang` varchar(10) NOT NULL,
  `created` bigint,
  `modified` bigint,
  UNIQUE KEY `comment_translations_zid_tid_src_lang_key` (`zid`,`tid`,`src`,`lang`),
  CONSTRAINT `comment_translations_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `tid` int NOT NULL,
  `zid` int NOT NULL,
  `pid` int NOT NULL,
  `uid` int NOT NULL,
  `created` bigint,
  `modified` bigint,
  `txt` varchar(1000) NOT NULL,
  `velocity` float NOT NULL DEFAULT 1,
  `mod` int NOT NULL DEFAULT 0,
  `lang` varchar(10),
  `lang_confidence` float,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `is_meta` tinyint(1) NOT NULL DEFAULT 0,
  `tweet_id` bigint,
  `quote_src_url` varchar(1000),
  `anon` tinyint(1) NOT NULL DEFAULT 0,
  `is_seed` tinyint(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `comments_zid_tid_key` (`zid`,`tid`),
  UNIQUE KEY `comments_zid_txt_key` (`zid`,`txt`(191)),
  CONSTRAINT `comments_zid_pid_fkey` FOREIGN KEY (`zid`,`pid`) REFERENCES `participants` (`zid`,`pid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contributer_agreement_signatures` (
  `uid` int,
  `name` varchar(746) NOT NULL,
  `company_name` varchar(746),
  `github_id` varchar(256),
  `email` varchar(256) NOT NULL,
  `agreement_version` int NOT NULL,
  `created` bigint,
  CONSTRAINT `contributer_agreement_signatures_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_translations` (
  `zid` int NOT NULL,
  `src` int NOT NULL,
  `topic` text NOT NULL,
  `description` text NOT NULL,
  `lang` varchar(10) NOT NULL,
  `created` bigint,
  `modified` bigint,
  UNIQUE KEY `conversation_translations_zid_src_lang_key` (`zid`,`src`,`lang`),
  CONSTRAINT `conversation_translations_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `zid` int NOT NULL AUTO_INCREMENT,
  `topic` varchar(1000),
  `description` mediumtext,
  `link_url` text,
  `parent_url` text,
  `upvotes` int NOT NULL DEFAULT 1,
  `participant_count` int DEFAULT 0,
  `is_anon` tinyint(1) DEFAULT 1,
  `is_active` tinyint(1) DEFAULT 0,
  `is_draft` tinyint(1) DEFAULT 0,
  `is_public` tinyint(1) DEFAULT 1,
  `is_data_open` tinyint(1) DEFAULT 0,
  `profanity_filter` tinyint(1) DEFAULT 1,
  `spam_filter` tinyint(1) DEFAULT 1,
  `strict_moderation` tinyint(1) DEFAULT 0,
  `prioritize_seed` tinyint(1) DEFAULT 0,
  `vis_type` int NOT NULL DEFAULT 0,
  `write_type` int NOT NULL DEFAULT 1,
  `help_type` int NOT NULL DEFAULT 1,
  `write_hint_type` int NOT NULL DEFAULT 1,
  `style_btn` varchar(500),
  `socialbtn_type` int NOT NULL DEFAULT 0,
  `subscribe_type` int NOT NULL DEFAULT 1,
  `branding_type` int NOT NULL DEFAULT 1,
  `bgcolor` varchar(20),
  `help_bgcolor` varchar(20),
  `help_color` varchar(20),
  `email_domain` varchar(200),
  `use_xid_whitelist` tinyint(1) DEFAULT 0,
  `owner` int,
  `org_id` int,
  `context` varchar(1000),
  `course_id` int,
  `owner_sees_participation_stats` tinyint(1) DEFAULT 0,
  `auth_needed_to_vote` tinyint(1),
  `auth_needed_to_write` tinyint(1),
  `auth_opt_fb` tinyint(1),
  `auth_opt_tw` tinyint(1),
  `auth_opt_allow_3rdparty` tinyint(1),
  `modified` bigint,
  `created` bigint,
  UNIQUE KEY `conversations_zid_key` (`zid`),
  CONSTRAINT `conversations_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `users` (`uid`),
  CONSTRAINT `conversations_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crowd_mod` (
  `zid` int NOT NULL,
  `pid` int NOT NULL,
  `tid` int NOT NULL,
  `created` bigint,
  `as_important` tinyint(1),
  `as_factual` tinyint(1),
  `as_feeling` tinyint(1),
  `as_notmyfeeling` tinyint(1),
  `as_notgoodidea` tinyint(1),
  `as_notfact` tinyint(1),
  `as_unsure` tinyint(1),
  `as_spam` tinyint(1),
  `as_abusive` tinyint(1),
  `as_offtopic` tinyint(1)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `demographic_data` (
  `uid` int,
  `fb_gender` int,
  `ms_birth_year_estimate_fb` int,
  `ms_gender_estimate_fb` int,
  `fb_timestamp` bigint,
  `ms_fb_timestamp` bigint,
  `ms_response` text,
  `gender_guess` int,
  `birth_year_guess` int,
  UNIQUE KEY `demographic_data_uid_key` (`uid`),
  CONSTRAINT `demographic_data_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `einvites` (
  `einvite` varchar(100) NOT NULL,
  `email` varchar(999),
  `created` bigint,
  UNIQUE KEY `einvites_einvite_key` (`einvite`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_validations` (
  `email` varchar(999),
  `created` bigint,
  UNIQUE KEY `email_validations_email_key` (`email`(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_ptpt_no_more_comments` (
  `zid` int NOT NULL,
  `pid` int NOT NULL,
  `votes_placed` smallint NOT NULL,
  `created` bigint
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `facebook_friends` (
  `uid` int NOT NULL,
  `friend` int NOT NULL,
  CONSTRAINT `facebook_friends_friend_fkey` FOREIGN KEY (`friend`) REFERENCES `users` (`uid`),
  CONSTRAINT `facebook_friends_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `facebook_users` (
  `uid` int NOT NULL,
  `fb_user_id` text,
  `fb_name` text,
  `fb_link` text,
  `fb_public_profile` text,
  `fb_login_status` text,
  `fb_auth_response` text,
  `fb_access_token` text,
  `fb_granted_scopes` text,
  `fb_location_id` varchar(100),
  `location` text,
  `response` text,
  `fb_friends_response` text,
  `created` bigint,
  `modified` bigint,
  UNIQUE KEY `facebook_users_fb_user_id_key` (`fb_user_id`(191)),
  UNIQUE KEY `facebook_users_uid_key` (`uid`),
  CONSTRAINT `facebook_users_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geolocation_cache` (
  `location` text,
  `lat` double NOT NULL,
  `lng` double NOT NULL,
  `response` json,
  `created` bigint,
  UNIQUE KEY `geolocation_cache_location_key` (`location`(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inviters` (
  `inviter_uid` int,
  `invited_email` varchar(999),
  `created` bigint,
  CONSTRAINT `inviters_inviter_uid_fkey` FOREIGN KEY (`inviter_uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jianiuevyew` (
  `uid` int NOT NULL,
  `pwhash` varchar(128) NOT NULL,
  UNIQUE KEY `jianiuevyew_uid_key` (`uid`),
  CONSTRAINT `jianiuevyew_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `math_main` (
  `zid` int NOT NULL,
  `math_env` varchar(999) NOT NULL,
  `data` json NOT NULL,
  `last_vote_timestamp` bigint NOT NULL,
  `caching_tick` bigint NOT NULL DEFAULT 0,
  `math_tick` bigint NOT NULL DEFAULT '-1',
  `modified` bigint,
  UNIQUE KEY `math_main_zid_math_env_key` (`zid`,`math_env`(191)),
  CONSTRAINT `math_main_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `math_ptptstats` (
  `zid` int NOT NULL,
  `math_env` varchar(999) NOT NULL,
  `math_tick` bigint NOT NULL DEFAULT '-1',
  `data` json NOT NULL,
  `modified` bigint,
  UNIQUE KEY `math_ptptstats_zid_math_env_key` (`zid`,`math_env`(191)),
  CONSTRAINT `math_ptptstats_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `math_ticks` (
  `zid` int,
  `math_tick` bigint NOT NULL DEFAULT 0,
  `caching_tick` bigint NOT NULL DEFAULT 0,
  `math_env` varchar(999) NOT NULL,
  `modified` bigint NOT NULL,
  UNIQUE KEY `math_ticks_zid_math_env_key` (`zid`,`math_env`(191)),
  CONSTRAINT `math_ticks_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metrics` (
  `uid` int,
  `type` int NOT NULL,
  `dur` int,
  `hashedPc` int,
  `created` bigint,
  CONSTRAINT `metrics_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oinvites` (
  `oinvite` varchar(300) NOT NULL,
  `note` varchar(999),
  `created` bigint,
  UNIQUE KEY `oinvites_oinvite_key` (`oinvite`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_locations` (
  `zid` int NOT NULL,
  `uid` int NOT NULL,
  `pid` int NOT NULL,
  `lat` double NOT NULL,
  `lng` double NOT NULL,
  `created` bigint,
  `source` int NOT NULL,
  UNIQUE KEY `participant_locations_zid_uid_key` (`zid`,`uid`),
  CONSTRAINT `participant_locations_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`),
  CONSTRAINT `participant_locations_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_metadata_answers` (
  `pmaid` int NOT NULL AUTO_INCREMENT,
  `pmqid` int,
  `zid` int,
  `value` varchar(999),
  `alive` tinyint(1) DEFAULT 1,
  `created` bigint,
  UNIQUE KEY `participant_metadata_answers_pmaid_key` (`pmaid`),
  UNIQUE KEY `participant_metadata_answers_pmqid_zid_value_key` (`pmqid`,`zid`,`value`(191)),
  CONSTRAINT `participant_metadata_answers_pmqid_fkey` FOREIGN KEY (`pmqid`) REFERENCES `participant_metadata_questions` (`pmqid`),
  CONSTRAINT `participant_metadata_answers_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_metadata_choices` (
  `zid` int,
  `pid` int,
  `pmqid` int,
  `pmaid` int,
  `alive` tinyint(1) DEFAULT 1,
  `created` bigint,
  UNIQUE KEY `participant_metadata_choices_zid_pid_pmqid_pmaid_key` (`zid`,`pid`,`pmqid`,`pmaid`),
  CONSTRAINT `participant_metadata_choices_pmaid_fkey` FOREIGN KEY (`pmaid`) REFERENCES `participant_metadata_answers` (`pmaid`),
  CONSTRAINT `participant_metadata_choices_pmqid_fkey` FOREIGN KEY (`pmqid`) REFERENCES `participant_metadata_questions` (`pmqid`),
  CONSTRAINT `participant_metadata_choices_zid_pid_fkey` FOREIGN KEY (`zid`,`pid`) REFERENCES `participants` (`zid`,`pid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participant_metadata_questions` (
  `pmqid` int NOT NULL AUTO_INCREMENT,
  `zid` int,
  `key` varchar(999),
  `alive` tinyint(1) DEFAULT 1,
  `created` bigint,
  UNIQUE KEY `participant_metadata_questions_pmqid_key` (`pmqid`),
  UNIQUE KEY `participant_metadata_questions_zid_key_key` (`zid`,`key`(191)),
  CONSTRAINT `participant_metadata_questions_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants` (
  `pid` int NOT NULL,
  `uid` int NOT NULL,
  `zid` int NOT NULL,
  `vote_count` int NOT NULL DEFAULT 0,
  `last_interaction` bigint NOT NULL DEFAULT 0,
  `subscribed` int NOT NULL DEFAULT 0,
  `last_notified` bigint DEFAULT 0,
  `nsli` smallint NOT NULL DEFAULT 0,
  `mod` int NOT NULL DEFAULT 0,
  `created` bigint,
  UNIQUE KEY `participants_zid_pid_key` (`zid`,`pid`),
  UNIQUE KEY `participants_zid_uid_key` (`zid`,`uid`),
  CONSTRAINT `participants_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`),
  CONSTRAINT `participants_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participants_extended` (
  `uid` int NOT NULL,
  `zid` int NOT NULL,
  `referrer` text,
  `parent_url` text,
  `created` bigint,
  `modified` bigint NOT NULL,
  `subscribe_email` varchar(256),
  `show_translation_activated` tinyint(1),
  `permanent_cookie` varchar(32),
  `origin` text,
  UNIQUE KEY `participants_extended_zid_uid_key` (`zid`,`uid`),
  CONSTRAINT `participants_extended_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`),
  CONSTRAINT `participants_extended_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permanentCookieZidJoins` (
  `zid` int NOT NULL,
  `cookie` varchar(32),
  `created` bigint,
  UNIQUE KEY `permanentcookiezidjoins_zid_cookie_key` (`zid`,`cookie`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pwreset_tokens` (
  `uid` int,
  `created` bigint,
  `token` varchar(250),
  UNIQUE KEY `password_reset_tokens_pwresettoken_key` (`token`),
  CONSTRAINT `password_reset_tokens_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `rid` bigint NOT NULL AUTO_INCREMENT,
  `report_id` varchar(300) NOT NULL,
  `zid` int NOT NULL,
  `created` bigint,
  `modified` bigint,
  `report_name` varchar(999),
  `label_x_neg` varchar(999),
  `label_x_pos` varchar(999),
  `label_y_neg` varchar(999),
  `label_y_pos` varchar(999),
  `label_group_0` varchar(999),
  `label_group_1` varchar(999),
  `label_group_2` varchar(999),
  `label_group_3` varchar(999),
  `label_group_4` varchar(999),
  `label_group_5` varchar(999),
  `label_group_6` varchar(999),
  `label_group_7` varchar(999),
  `label_group_8` varchar(999),
  `label_group_9` varchar(999),
  UNIQUE KEY `reports_report_id_key` (`report_id`),
  UNIQUE KEY `reports_rid_key` (`rid`),
  CONSTRAINT `reports_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_settings` (
  `uid` int NOT NULL,
  `polis_pic` varchar(3000),
  CONSTRAINT `social_settings_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stars` (
  `zid` int NOT NULL,
  `pid` int NOT NULL,
  `tid` int NOT NULL,
  `starred` int NOT NULL,
  `created` bigint
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suzinvites` (
  `owner` int NOT NULL,
  `zid` int NOT NULL,
  `xid` varchar(32) NOT NULL,
  `created` bigint,
  `suzinvite` varchar(32),
  UNIQUE KEY `suzinvites_suzinvite_key` (`suzinvite`),
  CONSTRAINT `suzinvites_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`uid`),
  CONSTRAINT `suzinvites_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trashes` (
  `zid` int NOT NULL,
  `pid` int NOT NULL,
  `tid` int NOT NULL,
  `trashed` int NOT NULL,
  `created` bigint
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twitter_users` (
  `uid` int NOT NULL,
  `twitter_user_id` bigint NOT NULL,
  `screen_name` varchar(999) NOT NULL,
  `name` text,
  `followers_count` int NOT NULL,
  `friends_count` int NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `profile_image_url_https` text,
  `location` text,
  `response` json,
  `modified` bigint NOT NULL,
  `created` bigint NOT NULL,
  UNIQUE KEY `twitter_users_twitter_user_id_key` (`twitter_user_id`),
  UNIQUE KEY `twitter_users_uid_key` (`uid`),
  CONSTRAINT `twitter_users_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upvotes` (
  `uid` int,
  `zid` int,
  UNIQUE KEY `upvotes_uid_zid_key` (`uid`,`zid`),
  CONSTRAINT `upvotes_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`),
  CONSTRAINT `upvotes_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `uid` int NOT NULL AUTO_INCREMENT,
  `hname` varchar(746),
  `created` bigint,
  `username` varchar(128),
  `email` varchar(256),
  `is_owner` tinyint(1) DEFAULT 0,
  `zinvite` varchar(300),
  `oinvite` varchar(300),
  `tut` smallint DEFAULT 0,
  `site_id` varchar(256) NOT NULL,
  `site_owner` tinyint(1) DEFAULT 1,
  UNIQUE KEY `users_email_key` (`email`),
  UNIQUE KEY `users_uid_key` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `votes` (
  `zid` int NOT NULL,
  `pid` int NOT NULL,
  `tid` int NOT NULL,
  `vote` smallint,
  `weight_x_32767` smallint DEFAULT 0,
  `created` bigint
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `votes_latest_unique` (
  `zid` int NOT NULL,
  `pid` int NOT NULL,
  `tid` int NOT NULL,
  `vote` smallint,
  `weight_x_32767` smallint DEFAULT 0,
  `modified` bigint,
  UNIQUE KEY `votes_latest_unique_zid_pid_tid_key` (`zid`,`pid`,`tid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `worker_tasks` (
  `created` bigint,
  `math_env` varchar(999) NOT NULL,
  `attempts` smallint NOT NULL DEFAULT 0,
  `task_data` json NOT NULL,
  `task_type` varchar(99),
  `task_bucket` bigint,
  `finished_time` bigint
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `xid_whitelist` (
  `owner` int NOT NULL,
  `xid` text NOT NULL,
  `created` bigint,
  UNIQUE KEY `xid_whitelist_owner_xid_key` (`owner`,`xid`(191)),
  CONSTRAINT `xid_whitelist_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `xids` (
  `uid` int NOT NULL,
  `owner` int NOT NULL,
  `xid` text NOT NULL,
  `x_profile_image_url` varchar(3000),
  `x_name` varchar(746),
  `x_email` varchar(256),
  `created` bigint,
  `modified` bigint NOT NULL,
  UNIQUE KEY `xids_owner_xid_key` (`owner`,`xid`(191)),
  CONSTRAINT `xids_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`uid`),
  CONSTRAINT `xids_uid_fkey` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zinvites` (
  `zid` int NOT NULL,
  `zinvite` varchar(300) NOT NULL,
  `created` bigint,
  UNIQUE KEY `zinvites_zinvite_key` (`zinvite`),
  CONSTRAINT `zinvites_zid_fkey` FOREIGN KEY (`zid`) REFERENCES `conversations` (`zid`)
) DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

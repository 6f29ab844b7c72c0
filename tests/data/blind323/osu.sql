-- osu!web (ppy) — the web and API back end of the rhythm game osu!: player accounts (the phpBB-derived user
-- table), sessions, logins and login attempts, client hardware hashes, TOTP, OAuth clients and tokens, API keys,
-- username and country history, linked GitHub accounts; bans and restrictions, IP bans, forum ban list, player
-- reports, group-change audit, moderator log; friends and foes, groups and memberships, follows; chat channels,
-- channel and private messages; per-ruleset statistics and global / country rankings, rank highs, monthly play
-- counts, achievements and badges, solo scores and score tokens, legacy high scores, daily-challenge streaks;
-- multiplayer rooms and playlists, real-time room events, ranked matchmaking pools, per-player ratings and Elo
-- history, legacy multiplayer matches; tournaments and registrations, profile banners; teams and members;
-- the osu!store (addresses, orders, order items, payments, products, PayPal bans) and supporter-tag
-- donations; notifications and notification options; profile customisation; counters, failed jobs, server
-- statistics, client builds.
-- Upstream: github.com/ppy/osu-web, commit 3f5de518e87e9a9a3fb75334f691b548989edc6e (AGPL-3.0),
-- database/migrations/*.php (445 Laravel migrations over the connections mysql, mysql-chat, mysql-mp,
-- mysql-store and mysql-updates, i.e. the databases osu, osu_chat, osu_mp, osu_store, osu_updates).
-- The migrations were replayed in filename order into one MariaDB 10.11 database per connection with the
-- Laravel 8 schema builder of Debian (php-illuminate-database 8.83, doctrine/dbal 3.6 for ->change()), and the
-- kept tables written back as SHOW CREATE TABLE gives them (AUTO_INCREMENT counters dropped; MariaDB's
-- `longtext ... CHECK (json_valid(...))` written back as `json`; `float unsigned` written `float`, which the
-- SQLite conversion cannot read; the RANGE partitioning by `mode` of osu_user_performance_rank_highest left
-- out). The five databases are loaded here into one schema (no table name is shared); a comment above each table
-- names its connection. The replay needed these aids, none of which changes a table: stubs of the App models used
-- by the data steps of six migrations (product seed rows, counter, contest-option and group-event updates) and of
-- the `migration()` helper with which four migrations load an earlier one; PHP 8.3 typed-constant syntax in
-- 2024_08_06_071309 written untyped for PHP 8.2; three steps that Laravel 8 cannot run were applied by hand with
-- the same effect (2025_04_21_111148 and 2026_01_13_000001: ENUM value lists extended; 2026_04_22_043754:
-- matchmaking_pool_beatmaps.mods dropped and re-added as varchar, rating_sig added, the new unique key).
-- 72 of the 194 tables are kept; left out (122):
-- artists, artist_albums, artist_tracks, beatmapset_events, beatmapset_files, beatmapset_nominations,
-- beatmapset_versions, beatmapset_version_files, beatmapset_watches, beatmap_discussions, beatmap_discussion_posts,
-- beatmap_discussion_votes, beatmap_leaders, beatmap_owners, beatmap_tags, bss_process_queue,
-- build_changelog_entry, build_propagation_histories, changelog_entries, comments, comment_votes, contests,
-- contest_entries, contest_judges, contest_judge_scores, contest_judge_votes, contest_scoring_categories,
-- contest_votes, country_statistics, daily_challenge_queue, forum_forum_covers, forum_topic_covers, games, jobs,
-- labels, matchmaking_pool_beatmaps, matchmaking_room_events, multiplayer_scores, multiplayer_scores_high,
-- multiplayer_score_links, news_posts, notification_requests, oauth_personal_access_clients, osu_beatmappacks,
-- osu_beatmappacks_items, osu_beatmaps, osu_beatmapsets, osu_beatmap_difficulty, osu_beatmap_difficulty_attribs,
-- osu_beatmap_failtimes, osu_beatmap_mode_stats, osu_beatmap_performance_blacklist, osu_changelog, osu_charts,
-- osu_difficulty_attribs, osu_downloads, osu_events, osu_favouritemaps, osu_genres, osu_kudos_exchange,
-- osu_languages, osu_leaders, osu_leaders_fruits, osu_leaders_mania, osu_leaders_taiko, osu_mirrors, osu_replays,
-- osu_replays_fruits, osu_replays_mania, osu_replays_taiko, osu_scores, osu_scores_fruits, osu_scores_fruits_high,
-- osu_scores_mania, osu_scores_mania_high, osu_scores_taiko, osu_scores_taiko_high, osu_screenshots,
-- osu_user_beatmapset_ratings, osu_user_beatmap_playcount, osu_user_ircauth, osu_user_performance_rank,
-- osu_user_performance_rank_exp, osu_user_replayswatched, osu_user_stats_fruits, osu_user_stats_mania,
-- osu_user_stats_mania_4k, osu_user_stats_mania_7k, osu_user_stats_taiko, phpbb_acl_groups, phpbb_acl_options,
-- phpbb_acl_roles_data, phpbb_disallow, phpbb_forums, phpbb_forums_track, phpbb_poll_options, phpbb_poll_votes,
-- phpbb_posts, phpbb_ranks, phpbb_smilies, phpbb_topics, phpbb_topics_stars, phpbb_topics_track,
-- phpbb_topics_watch, repositories, repository_update_stream, score_pins, score_process_queue, score_replay_stats,
-- seasons, season_divisions, season_rooms, solo_scores_process_history, streams, tags, team_statistics,
-- tournament_banners, user_contest_entries, user_cover_presets, user_season_score_aggregates, user_summaries,
-- yearly_playcount; and the three views score_tokens, score_process_history, multiplayer_playlist_item_scores.

-- connection mysql (database osu)
CREATE TABLE `phpbb_users` (
  `user_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_type` tinyint(4) NOT NULL DEFAULT 0,
  `group_id` mediumint(8) unsigned NOT NULL DEFAULT 2,
  `user_permissions` longtext NOT NULL,
  `user_perm_from` mediumint(8) unsigned DEFAULT 0,
  `user_ip` varchar(50) NOT NULL DEFAULT '',
  `user_regdate` int(10) unsigned NOT NULL DEFAULT 0,
  `username` varchar(255) NOT NULL DEFAULT '',
  `username_clean` varchar(255) NOT NULL DEFAULT '',
  `user_password` varchar(64) NOT NULL DEFAULT '',
  `user_passchg` int(10) unsigned NOT NULL DEFAULT 0,
  `user_email` varchar(100) DEFAULT NULL,
  `user_birthday` varchar(10) NOT NULL DEFAULT '',
  `user_lastvisit` int(10) unsigned NOT NULL DEFAULT 0,
  `user_lastmark` int(10) unsigned NOT NULL DEFAULT 0,
  `user_lastpost_time` int(10) unsigned NOT NULL DEFAULT 0,
  `user_lastpage` varchar(200) NOT NULL DEFAULT '',
  `user_last_confirm_key` varchar(10) NOT NULL DEFAULT '',
  `user_last_search` int(10) unsigned NOT NULL DEFAULT 0,
  `user_warnings` tinyint(1) NOT NULL DEFAULT 0,
  `user_last_warning` int(10) unsigned NOT NULL DEFAULT 0,
  `user_login_attempts` tinyint(1) NOT NULL DEFAULT 0,
  `user_inactive_reason` tinyint(1) NOT NULL DEFAULT 0,
  `user_inactive_time` int(10) unsigned NOT NULL DEFAULT 0,
  `user_posts` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `user_lang` varchar(30) NOT NULL DEFAULT '',
  `user_timezone` decimal(5,2) NOT NULL DEFAULT 0.00,
  `user_dst` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `user_dateformat` varchar(30) NOT NULL DEFAULT 'd M Y H:i',
  `user_style` smallint(5) unsigned NOT NULL DEFAULT 0,
  `user_rank` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `user_colour` varchar(6) NOT NULL DEFAULT '',
  `user_new_privmsg` smallint(6) NOT NULL DEFAULT 0,
  `user_unread_privmsg` smallint(6) NOT NULL DEFAULT 0,
  `user_last_privmsg` int(10) unsigned NOT NULL DEFAULT 0,
  `user_message_rules` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `user_full_folder` int(11) NOT NULL DEFAULT -3,
  `user_emailtime` int(10) unsigned NOT NULL DEFAULT 0,
  `user_topic_show_days` smallint(5) unsigned NOT NULL DEFAULT 0,
  `user_topic_sortby_type` char(1) NOT NULL DEFAULT 't',
  `user_topic_sortby_dir` char(1) NOT NULL DEFAULT 'd',
  `user_post_show_days` smallint(5) unsigned NOT NULL DEFAULT 0,
  `user_post_sortby_type` char(1) NOT NULL DEFAULT 't',
  `user_post_sortby_dir` char(1) NOT NULL DEFAULT 'a',
  `user_notify` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `user_notify_pm` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `user_notify_type` tinyint(1) NOT NULL DEFAULT 0,
  `user_allow_pm` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `user_allow_viewonline` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `user_allow_viewemail` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `user_allow_massemail` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `user_options` int(10) unsigned NOT NULL DEFAULT 895,
  `user_avatar` varchar(255) NOT NULL DEFAULT '',
  `user_avatar_type` tinyint(1) NOT NULL DEFAULT 0,
  `user_avatar_width` smallint(5) unsigned NOT NULL DEFAULT 0,
  `user_avatar_height` smallint(5) unsigned NOT NULL DEFAULT 0,
  `user_sig` mediumtext NOT NULL,
  `user_sig_bbcode_uid` varchar(5) NOT NULL DEFAULT '',
  `user_sig_bbcode_bitfield` varchar(255) NOT NULL DEFAULT '',
  `user_from` varchar(100) NOT NULL DEFAULT '',
  `user_twitter` varchar(255) NOT NULL DEFAULT '',
  `user_msnm` varchar(255) NOT NULL DEFAULT '',
  `user_jabber` varchar(255) NOT NULL DEFAULT '',
  `user_website` varchar(200) NOT NULL DEFAULT '',
  `user_occ` mediumtext NOT NULL,
  `user_interests` mediumtext NOT NULL,
  `user_actkey` varchar(32) NOT NULL DEFAULT '',
  `user_newpasswd` varchar(32) NOT NULL DEFAULT '',
  `osu_mapperrank` float NOT NULL DEFAULT 0,
  `osu_testversion` tinyint(1) NOT NULL DEFAULT 0,
  `osu_subscriber` tinyint(1) NOT NULL DEFAULT 0,
  `osu_subscriptionexpiry` datetime DEFAULT NULL,
  `support_length` int(10) unsigned DEFAULT NULL,
  `osu_kudosavailable` smallint(6) NOT NULL DEFAULT 0,
  `osu_kudosdenied` smallint(5) unsigned NOT NULL DEFAULT 0,
  `osu_kudostotal` smallint(6) NOT NULL DEFAULT 0,
  `country_acronym` char(2) NOT NULL DEFAULT '',
  `userpage_post_id` mediumint(8) unsigned DEFAULT NULL,
  `username_previous` varchar(1024) DEFAULT NULL,
  `osu_featurevotes` smallint(5) unsigned NOT NULL DEFAULT 0,
  `osu_playstyle` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `osu_playmode` tinyint(4) NOT NULL DEFAULT 0,
  `remember_token` varchar(100) DEFAULT NULL,
  `lock_email_changes` tinyint(1) DEFAULT NULL,
  `cover_preset_id` mediumint(8) unsigned DEFAULT NULL,
  `custom_cover_filename` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `username_clean` (`username_clean`),
  UNIQUE KEY `username_id` (`username`,`user_id`),
  UNIQUE KEY `user_email_unique` (`user_email`),
  KEY `osu_mapperrank` (`osu_mapperrank`),
  KEY `osu_kudostotal` (`osu_kudostotal`),
  KEY `country_acronym` (`country_acronym`),
  KEY `osu_supporter_status` (`osu_subscriber`),
  KEY `country_lookup` (`user_id`,`country_acronym`,`user_warnings`,`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `phpbb_sessions` (
  `session_id` varchar(32) NOT NULL DEFAULT '',
  `session_user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `session_last_visit` int(10) unsigned NOT NULL DEFAULT 0,
  `session_start` int(10) unsigned NOT NULL DEFAULT 0,
  `session_time` int(10) unsigned NOT NULL DEFAULT 0,
  `session_ip` varchar(40) NOT NULL DEFAULT '',
  `session_forwarded_for` varchar(255) NOT NULL DEFAULT '',
  `session_page` varchar(255) NOT NULL DEFAULT '',
  `session_viewonline` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `session_autologin` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `session_admin` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`session_id`),
  KEY `time_page` (`session_time`,`session_page`),
  KEY `autologin_time_purge` (`session_autologin`,`session_time`),
  KEY `session_user_id_time` (`session_user_id`,`session_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_logins` (
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `ip` varchar(100) NOT NULL DEFAULT '',
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  KEY `user_id` (`user_id`),
  KEY `date` (`date`),
  KEY `ip` (`ip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_login_attempts` (
  `ip` varchar(128) NOT NULL,
  `failed_attempts` mediumint(8) unsigned NOT NULL DEFAULT 1,
  `total_attempts` smallint(5) unsigned NOT NULL DEFAULT 1,
  `unique_ids` smallint(5) unsigned NOT NULL DEFAULT 1,
  `failed_ids` longtext NOT NULL,
  `last_attempt` timestamp NULL DEFAULT current_timestamp(),
  `created_date` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ip`),
  KEY `last_attempt` (`last_attempt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_user_security` (
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `osu_md5` binary(16) NOT NULL,
  `unique_md5` binary(16) NOT NULL,
  `disk_md5` binary(16) NOT NULL,
  `mac_md5` binary(16) NOT NULL DEFAULT '\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0' COMMENT 'this isn''t used anywhere, and can likely be deleted in the future',
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`,`osu_md5`,`unique_md5`),
  KEY `disk_md5` (`disk_md5`),
  KEY `unique_md5` (`unique_md5`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `user_totp_keys` (
  `user_id` int(10) unsigned NOT NULL,
  `uri` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `oauth_clients` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `secret` varchar(100) NOT NULL,
  `redirect` text NOT NULL,
  `personal_access_client` tinyint(1) NOT NULL,
  `password_client` tinyint(1) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `provider` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_clients_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `oauth_access_tokens` (
  `id` varchar(100) NOT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `client_id` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `scopes` text DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  `verified` tinyint(1) NOT NULL DEFAULT 1,
  `verification_method` enum('mail','totp') DEFAULT NULL,
  `hit_count` bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `oauth_access_tokens_user_id_index` (`user_id`),
  KEY `client_id` (`client_id`,`revoked`),
  KEY `oauth_access_tokens_expires_at_index` (`expires_at`),
  KEY `passport_find_valid_token_index` (`user_id`,`client_id`,`revoked`,`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `oauth_refresh_tokens` (
  `id` varchar(100) NOT NULL,
  `access_token_id` varchar(100) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_refresh_tokens_access_token_id_index` (`access_token_id`),
  KEY `oauth_refresh_tokens_expires_at_index` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `oauth_auth_codes` (
  `id` varchar(100) NOT NULL,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `client_id` int(11) NOT NULL,
  `scopes` text DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_auth_codes_expires_at_index` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_apikeys` (
  `key` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `app_name` varchar(100) NOT NULL DEFAULT '',
  `app_url` varchar(512) NOT NULL DEFAULT '',
  `api_key` varchar(52) NOT NULL DEFAULT '',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `hit_count` bigint(20) unsigned NOT NULL DEFAULT 0,
  `miss_count` int(10) unsigned NOT NULL DEFAULT 0,
  `revoked` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`key`),
  UNIQUE KEY `api_key` (`api_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_username_change_history` (
  `change_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `username` varchar(30) NOT NULL,
  `type` enum('support','paid','admin','revert','inactive') NOT NULL,
  `timestamp` timestamp NULL DEFAULT current_timestamp(),
  `username_last` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`change_id`),
  KEY `user_id` (`user_id`),
  KEY `username_last` (`username_last`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Stores historical changes to user''s usernames over time.';

-- connection mysql (database osu)
CREATE TABLE `user_country_history` (
  `user_id` int(10) unsigned NOT NULL,
  `year_month` char(4) NOT NULL,
  `country_acronym` char(2) NOT NULL,
  `count` int(10) unsigned NOT NULL DEFAULT 1,
  `last_updated` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`user_id`,`year_month`,`country_acronym`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `github_users` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `canonical_id` bigint(20) unsigned DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `github_users_canonical_id_unique` (`canonical_id`),
  UNIQUE KEY `github_users_user_id_unique` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_user_banhistory` (
  `ban_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `reason` varchar(8000) DEFAULT 'Blanket Cheating Action',
  `supporting_url` varchar(255) DEFAULT NULL,
  `ban_status` tinyint(1) DEFAULT 1,
  `period` int(10) unsigned NOT NULL DEFAULT 0,
  `timestamp` timestamp NULL DEFAULT current_timestamp(),
  `banner_id` int(10) unsigned DEFAULT NULL,
  `permanent` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ban_id`),
  KEY `user_id_2` (`user_id`,`timestamp`),
  KEY `osu_user_banhistory_timestamp_index` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_ip_bans` (
  `ip` varchar(40) NOT NULL DEFAULT '',
  `user_id` int(10) unsigned DEFAULT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `length` int(11) NOT NULL DEFAULT 259200,
  `active` tinyint(3) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`ip`),
  KEY `active` (`active`,`timestamp`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `phpbb_banlist` (
  `ban_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `ban_userid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `ban_ip` varchar(40) NOT NULL DEFAULT '',
  `ban_email` varchar(100) NOT NULL DEFAULT '',
  `ban_start` int(10) unsigned NOT NULL DEFAULT 0,
  `ban_end` int(10) unsigned NOT NULL DEFAULT 0,
  `ban_exclude` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `ban_reason` varchar(255) NOT NULL DEFAULT '',
  `ban_give_reason` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`ban_id`),
  KEY `ban_end` (`ban_end`),
  KEY `ban_user` (`ban_userid`,`ban_exclude`),
  KEY `ban_email` (`ban_email`,`ban_exclude`),
  KEY `ban_ip` (`ban_ip`,`ban_exclude`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_user_reports` (
  `report_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `reportable_type` enum('user','comment','score_best_osu','score_best_taiko','score_best_fruits','score_best_mania','beatmapset_discussion_post','forum_post','beatmapset','solo_score','message','team') DEFAULT NULL,
  `reportable_id` bigint(20) unsigned DEFAULT NULL,
  `score_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  `mode` tinyint(4) NOT NULL DEFAULT 0,
  `reason` enum('Insults','Spam','Cheating','UnwantedContent','Nonsense','Other','MultipleAccounts','InappropriateChat') DEFAULT NULL,
  `reporter_id` int(10) unsigned NOT NULL DEFAULT 0,
  `comments` text DEFAULT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`report_id`),
  KEY `timestamp` (`timestamp`),
  KEY `user_lookup` (`user_id`),
  KEY `reportable` (`reportable_type`,`reportable_id`),
  KEY `score` (`score_id`,`mode`),
  KEY `user_report` (`reporter_id`,`user_id`,`reportable_type`,`reportable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `user_group_events` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `actor_id` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `details` json NOT NULL,
  `group_id` mediumint(8) unsigned NOT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `type` enum('group_add','group_remove','group_rename','user_add','user_add_playmodes','user_remove','user_remove_playmodes','user_set_default') NOT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `phpbb_log` (
  `log_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `log_type` tinyint(4) NOT NULL DEFAULT 0,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `forum_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `topic_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `reportee_id` int(10) unsigned NOT NULL DEFAULT 0,
  `log_ip` varchar(40) NOT NULL DEFAULT '',
  `log_time` int(10) unsigned NOT NULL DEFAULT 0,
  `log_operation` text NOT NULL,
  `log_data` mediumtext NOT NULL,
  `post_id` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  KEY `log_type` (`log_type`),
  KEY `forum_id` (`forum_id`),
  KEY `topic_id` (`topic_id`),
  KEY `reportee_id` (`reportee_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `weak_passwords` (
  `hash` binary(16) NOT NULL,
  PRIMARY KEY (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- connection mysql (database osu)
CREATE TABLE `phpbb_zebra` (
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `zebra_id` int(10) unsigned NOT NULL DEFAULT 0,
  `friend` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `foe` tinyint(3) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`,`zebra_id`),
  KEY `zebra_friend` (`zebra_id`,`friend`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `phpbb_groups` (
  `group_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `group_type` tinyint(4) NOT NULL DEFAULT 1,
  `group_founder_manage` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `group_name` varchar(255) NOT NULL DEFAULT '',
  `group_desc` text NOT NULL,
  `group_desc_bitfield` varchar(255) NOT NULL DEFAULT '',
  `group_desc_options` int(10) unsigned NOT NULL DEFAULT 7,
  `group_desc_uid` varchar(5) NOT NULL DEFAULT '',
  `group_display` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `group_avatar` varchar(255) NOT NULL DEFAULT '',
  `group_avatar_type` tinyint(4) NOT NULL DEFAULT 0,
  `group_avatar_width` smallint(5) unsigned NOT NULL DEFAULT 0,
  `group_avatar_height` smallint(5) unsigned NOT NULL DEFAULT 0,
  `group_rank` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `group_colour` varchar(6) NOT NULL DEFAULT '',
  `group_sig_chars` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `group_receive_pm` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `group_message_limit` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `group_legend` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `identifier` varchar(255) DEFAULT NULL,
  `short_name` varchar(255) DEFAULT NULL,
  `display_order` int(11) DEFAULT NULL,
  `colour` varchar(255) DEFAULT NULL,
  `has_playmodes` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`group_id`),
  UNIQUE KEY `identifier` (`identifier`),
  KEY `group_legend` (`group_legend`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `phpbb_user_group` (
  `group_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `group_leader` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `user_pending` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `playmodes` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`group_id`,`user_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `follows` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `notifiable_type` enum('beatmapset','build','news_post','user') DEFAULT NULL,
  `notifiable_id` bigint(20) unsigned NOT NULL,
  `subtype` enum('comment','modding','mapping') NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `follows_user_id_notifiable_type_notifiable_id_subtype_unique` (`user_id`,`notifiable_type`,`notifiable_id`,`subtype`),
  KEY `follows_notifiable_type_notifiable_id_index` (`notifiable_type`,`notifiable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-chat (database osu_chat)
CREATE TABLE `channels` (
  `channel_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL DEFAULT '',
  `description` varchar(256) NOT NULL DEFAULT '',
  `creation_time` timestamp NOT NULL DEFAULT current_timestamp(),
  `type` enum('PUBLIC','PRIVATE','MULTIPLAYER','SPECTATOR','TEMPORARY','PM','GROUP','ANNOUNCE','TEAM') NOT NULL DEFAULT 'TEMPORARY',
  `allowed_groups` varchar(256) DEFAULT NULL,
  `moderated` tinyint(1) NOT NULL DEFAULT 0,
  `last_message_id` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`channel_id`),
  KEY `name` (`name`),
  KEY `creation_time` (`creation_time`),
  KEY `channel_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-chat (database osu_chat)
CREATE TABLE `messages` (
  `message_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `channel_id` int(10) unsigned NOT NULL,
  `content` varchar(1024) NOT NULL DEFAULT '',
  `is_action` tinyint(1) NOT NULL DEFAULT 0,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`message_id`,`timestamp`),
  KEY `channel_id` (`channel_id`,`message_id`),
  KEY `user_history` (`user_id`,`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-chat (database osu_chat)
CREATE TABLE `messages_private` (
  `message_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `target_id` int(10) unsigned NOT NULL,
  `content` varchar(1024) NOT NULL DEFAULT '',
  `is_action` tinyint(1) NOT NULL DEFAULT 0,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`message_id`,`timestamp`),
  KEY `user_id` (`user_id`,`timestamp`),
  KEY `target_id` (`target_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-chat (database osu_chat)
CREATE TABLE `user_channels` (
  `user_id` int(10) unsigned NOT NULL,
  `channel_id` int(10) unsigned NOT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `last_read_id` int(10) unsigned DEFAULT NULL,
  UNIQUE KEY `user_channels_user_id_channel_id_unique` (`user_id`,`channel_id`),
  KEY `user_channels_channel_id_index` (`channel_id`),
  KEY `user_channels_hidden_index` (`hidden`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `chat_filters` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `match` varchar(255) NOT NULL,
  `replacement` varchar(255) NOT NULL,
  `block` tinyint(1) NOT NULL DEFAULT 0,
  `whitespace_delimited` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `chat_filters_match_unique` (`match`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_user_stats` (
  `user_id` int(10) unsigned NOT NULL,
  `count300` int(11) NOT NULL DEFAULT 0,
  `count100` int(11) NOT NULL DEFAULT 0,
  `count50` int(11) NOT NULL DEFAULT 0,
  `countMiss` int(11) NOT NULL DEFAULT 0,
  `accuracy_total` bigint(20) unsigned NOT NULL,
  `accuracy_count` bigint(20) unsigned NOT NULL,
  `accuracy` float NOT NULL,
  `playcount` mediumint(9) NOT NULL,
  `ranked_score` bigint(20) NOT NULL,
  `total_score` bigint(20) NOT NULL,
  `x_rank_count` mediumint(9) NOT NULL,
  `xh_rank_count` mediumint(9) DEFAULT 0,
  `s_rank_count` mediumint(9) NOT NULL,
  `sh_rank_count` mediumint(9) DEFAULT 0,
  `a_rank_count` mediumint(9) NOT NULL,
  `rank` mediumint(9) NOT NULL,
  `level` float NOT NULL,
  `replay_popularity` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `fail_count` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `exit_count` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `max_combo` smallint(5) unsigned NOT NULL DEFAULT 0,
  `country_acronym` char(2) NOT NULL DEFAULT '',
  `rank_score` float NOT NULL,
  `rank_score_index` int(10) unsigned NOT NULL,
  `accuracy_new` float NOT NULL,
  `last_update` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `last_played` timestamp NOT NULL DEFAULT current_timestamp(),
  `total_seconds_played` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`),
  KEY `ranked_score` (`ranked_score`),
  KEY `rank_score` (`rank_score`),
  KEY `country_acronym_2` (`country_acronym`,`rank_score`),
  KEY `playcount` (`playcount`),
  KEY `country_ranked_score` (`country_acronym`,`ranked_score`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_user_performance_rank_highest` (
  `user_id` int(10) unsigned NOT NULL,
  `mode` tinyint(4) NOT NULL,
  `rank` int(11) NOT NULL DEFAULT 0,
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`user_id`,`mode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_user_month_playcount` (
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `year_month` char(4) NOT NULL,
  `playcount` smallint(5) unsigned NOT NULL,
  PRIMARY KEY (`user_id`,`year_month`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_user_achievements` (
  `user_id` int(10) unsigned NOT NULL,
  `achievement_id` mediumint(9) NOT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `beatmap_id` mediumint(9) DEFAULT NULL,
  PRIMARY KEY (`user_id`,`achievement_id`),
  KEY `user_id` (`user_id`,`date`),
  KEY `achievement_id` (`achievement_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_achievements` (
  `achievement_id` mediumint(8) unsigned NOT NULL,
  `name` varchar(40) NOT NULL,
  `description` text DEFAULT NULL,
  `slug` varchar(255) NOT NULL,
  `image` varchar(50) DEFAULT NULL,
  `grouping` varchar(30) NOT NULL DEFAULT '-',
  `ordering` tinyint(3) unsigned NOT NULL,
  `progression` tinyint(3) unsigned NOT NULL,
  `quest_ordering` tinyint(4) DEFAULT NULL,
  `quest_instructions` text DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `mode` tinyint(4) DEFAULT NULL,
  `achieved_count` int(10) unsigned NOT NULL DEFAULT 0,
  `client_side` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`achievement_id`),
  KEY `display_order` (`grouping`,`ordering`),
  KEY `quest_ordering` (`quest_ordering`),
  KEY `osu_achievements_name_index` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_badges` (
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `image` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `awarded` timestamp NULL DEFAULT current_timestamp(),
  `url` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`user_id`,`image`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_countries` (
  `acronym` char(2) NOT NULL,
  `name` varchar(150) NOT NULL,
  `rankedscore` bigint(20) NOT NULL,
  `playcount` bigint(20) NOT NULL,
  `usercount` bigint(20) NOT NULL DEFAULT 0,
  `pp` bigint(20) NOT NULL DEFAULT 0,
  `display` tinyint(1) NOT NULL DEFAULT 1,
  `shipping_rate` float NOT NULL DEFAULT 1,
  PRIMARY KEY (`acronym`),
  KEY `rankedscore` (`rankedscore`),
  KEY `playcount` (`playcount`),
  KEY `display` (`display`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `scores` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `ruleset_id` smallint(5) unsigned NOT NULL,
  `beatmap_id` mediumint(8) unsigned NOT NULL,
  `has_replay` tinyint(4) NOT NULL DEFAULT 0,
  `preserve` tinyint(4) NOT NULL DEFAULT 0,
  `ranked` tinyint(4) NOT NULL DEFAULT 1,
  `rank` char(2) NOT NULL DEFAULT '',
  `passed` tinyint(4) NOT NULL DEFAULT 0,
  `accuracy` float NOT NULL DEFAULT 0,
  `max_combo` int(10) unsigned NOT NULL DEFAULT 0,
  `total_score` int(10) unsigned NOT NULL DEFAULT 0,
  `data` json NOT NULL,
  `pp` float DEFAULT NULL,
  `legacy_score_id` bigint(20) unsigned DEFAULT NULL,
  `legacy_total_score` int(10) unsigned NOT NULL DEFAULT 0,
  `started_at` timestamp NULL DEFAULT NULL,
  `ended_at` timestamp NOT NULL,
  `unix_updated_at` int(10) unsigned NOT NULL DEFAULT unix_timestamp(),
  `build_id` smallint(5) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`,`preserve`,`unix_updated_at`),
  KEY `user_ruleset_index` (`user_id`,`ruleset_id`),
  KEY `beatmap_user_index` (`beatmap_id`,`user_id`),
  KEY `legacy_score_lookup` (`ruleset_id`,`legacy_score_id`),
  KEY `user_recent` (`user_id`,`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- connection mysql (database osu)
CREATE TABLE `solo_score_tokens` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `score_id` bigint(20) DEFAULT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `beatmap_id` mediumint(9) NOT NULL,
  `ruleset_id` smallint(6) NOT NULL,
  `playlist_item_id` bigint(20) unsigned DEFAULT NULL,
  `build_id` mediumint(8) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `solo_score_tokens_user_id_playlist_item_id_index` (`user_id`,`playlist_item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_scores_high` (
  `score_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `beatmap_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `user_id` int(10) unsigned NOT NULL,
  `score` int(11) NOT NULL DEFAULT 0,
  `maxcombo` smallint(5) unsigned NOT NULL DEFAULT 0,
  `rank` enum('A','B','C','D','S','SH','X','XH') NOT NULL,
  `count50` smallint(5) unsigned NOT NULL DEFAULT 0,
  `count100` smallint(5) unsigned NOT NULL DEFAULT 0,
  `count300` smallint(5) unsigned NOT NULL DEFAULT 0,
  `countmiss` smallint(5) unsigned NOT NULL DEFAULT 0,
  `countgeki` smallint(5) unsigned NOT NULL DEFAULT 0,
  `countkatu` smallint(5) unsigned NOT NULL DEFAULT 0,
  `perfect` tinyint(1) NOT NULL DEFAULT 0,
  `enabled_mods` smallint(5) unsigned NOT NULL DEFAULT 0,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `pp` float DEFAULT NULL,
  `replay` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `country_acronym` char(2) NOT NULL DEFAULT '',
  PRIMARY KEY (`score_id`),
  KEY `user_beatmap_rank` (`user_id`,`beatmap_id`,`rank`),
  KEY `beatmap_score_lookup_v2` (`beatmap_id`,`hidden`,`score` DESC,`score_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `daily_challenge_user_stats` (
  `user_id` int(10) unsigned NOT NULL,
  `playcount` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `daily_streak_current` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `daily_streak_best` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `weekly_streak_current` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `weekly_streak_best` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `top_10p_placements` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `top_50p_placements` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `last_weekly_streak` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `last_update` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `last_percentile_calculation` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  PRIMARY KEY (`user_id`),
  KEY `daily_challenge_user_stats_last_weekly_streak_last_update_index` (`last_weekly_streak`,`last_update`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `multiplayer_rooms` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `name` varchar(100) NOT NULL,
  `channel_id` int(10) unsigned DEFAULT NULL,
  `starts_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `ends_at` timestamp NULL DEFAULT NULL,
  `max_attempts` tinyint(3) unsigned DEFAULT NULL,
  `participant_count` int(10) unsigned NOT NULL DEFAULT 0,
  `password` varchar(255) DEFAULT NULL,
  `type` enum('playlists','head_to_head','team_versus','matchmaking','ranked_play') NOT NULL,
  `queue_mode` enum('host_only','all_players','all_players_round_robin') NOT NULL DEFAULT 'host_only',
  `auto_start_duration` smallint(5) unsigned NOT NULL DEFAULT 0,
  `auto_skip` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `category` enum('normal','spotlight','featured_artist','daily_challenge') NOT NULL DEFAULT 'normal',
  `status` enum('idle','playing') NOT NULL DEFAULT 'idle',
  `pinned` tinyint(1) NOT NULL DEFAULT 0,
  `description` varchar(255) DEFAULT NULL,
  `tournament_mode` tinyint(1) NOT NULL DEFAULT 0,
  `max_participants` tinyint(3) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `multiplayer_rooms_pinned_index` (`pinned` DESC),
  KEY `multiplayer_rooms_user_id_pinned_index` (`user_id`,`pinned` DESC),
  KEY `multiplayer_rooms_category_ends_at_pinned_index` (`category`,`ends_at`,`pinned` DESC),
  KEY `multiplayer_rooms_category_user_id_pinned_index` (`category`,`user_id`,`pinned` DESC),
  KEY `multiplayer_rooms_ends_at_pinned_index` (`ends_at`,`pinned` DESC),
  KEY `multiplayer_rooms_type_category_ends_at_pinned_index` (`type`,`category`,`ends_at`,`pinned` DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `multiplayer_playlist_items` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `room_id` bigint(20) unsigned NOT NULL,
  `owner_id` int(10) unsigned NOT NULL,
  `beatmap_id` mediumint(8) unsigned NOT NULL,
  `ruleset_id` smallint(5) unsigned NOT NULL,
  `playlist_order` smallint(5) unsigned DEFAULT NULL,
  `allowed_mods` json DEFAULT NULL,
  `required_mods` json DEFAULT NULL,
  `freestyle` tinyint(1) NOT NULL DEFAULT 0,
  `max_attempts` tinyint(3) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `expired` tinyint(1) NOT NULL DEFAULT 0,
  `played_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `multiplayer_playlist_items_room_id_index` (`room_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `multiplayer_rooms_high` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `room_id` bigint(20) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `attempts` int(10) unsigned NOT NULL DEFAULT 0,
  `completed` int(10) unsigned NOT NULL DEFAULT 0,
  `total_score` bigint(20) unsigned DEFAULT 0,
  `accuracy` double NOT NULL DEFAULT 0,
  `pp` double(8,2) DEFAULT 0.00,
  `last_score_id` bigint(20) unsigned DEFAULT NULL,
  `in_room` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `multiplayer_rooms_high_room_id_user_id_unique` (`room_id`,`user_id`),
  KEY `multiplayer_rooms_high_room_id_in_room_user_id_updated_at_index` (`room_id`,`in_room`,`user_id`,`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `multiplayer_realtime_room_events` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `room_id` bigint(20) unsigned NOT NULL,
  `event_type` varchar(255) NOT NULL,
  `playlist_item_id` bigint(20) unsigned DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `event_detail` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `multiplayer_realtime_room_events_room_id_index` (`room_id`),
  KEY `playlist_item_detail_lookup` (`playlist_item_id`,`event_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `matchmaking_pools` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ruleset_id` smallint(6) NOT NULL,
  `variant_id` smallint(6) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `type` enum('quick_play','ranked_play') NOT NULL DEFAULT 'quick_play',
  `active` tinyint(1) NOT NULL,
  `lobby_size` int(11) NOT NULL DEFAULT 8,
  `rating_search_radius` int(11) NOT NULL DEFAULT 20,
  `rating_search_radius_max` int(11) NOT NULL DEFAULT 9999,
  `rating_search_radius_exp` int(11) NOT NULL DEFAULT 15,
  `use_dmr` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `matchmaking_pools_ruleset_id_variant_id_active_index` (`ruleset_id`,`variant_id`,`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `matchmaking_user_stats` (
  `user_id` int(10) unsigned NOT NULL,
  `pool_id` int(10) unsigned NOT NULL,
  `first_placements` int(10) unsigned NOT NULL DEFAULT 0,
  `total_points` int(10) unsigned NOT NULL DEFAULT 0,
  `elo_data` json DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `rating` int(11) GENERATED ALWAYS AS (round(json_extract(`elo_data`,'$.approximate_posterior.mu'),0)) STORED,
  `plays` int(11) GENERATED ALWAYS AS (json_extract(`elo_data`,'$.contest_count')) STORED,
  PRIMARY KEY (`user_id`,`pool_id`),
  KEY `matchmaking_user_stats_pool_id_first_placements_index` (`pool_id`,`first_placements`),
  KEY `pool_rating` (`pool_id`,`plays`,`rating`,`total_points`),
  KEY `pool_points` (`pool_id`,`plays`,`total_points`,`rating`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `matchmaking_user_elo_history` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `room_id` bigint(20) unsigned NOT NULL,
  `pool_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `opponent_id` int(10) unsigned NOT NULL,
  `result` enum('win','loss','draw') NOT NULL,
  `elo_before` int(11) NOT NULL,
  `elo_after` int(11) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-mp (database osu_mp)
CREATE TABLE `matches` (
  `match_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `start_time` timestamp NULL DEFAULT current_timestamp(),
  `end_time` timestamp NULL DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `private` bit(1) NOT NULL,
  `keep_forever` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`match_id`),
  KEY `time` (`end_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-mp (database osu_mp)
CREATE TABLE `events` (
  `event_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `match_id` int(10) unsigned NOT NULL,
  `game_id` int(10) unsigned DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `text` varchar(255) DEFAULT NULL,
  `timestamp` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`event_id`),
  KEY `match_lookup` (`match_id`,`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-mp (database osu_mp)
CREATE TABLE `game_scores` (
  `game_id` int(10) unsigned NOT NULL,
  `slot` tinyint(3) unsigned NOT NULL,
  `team` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `user_id` int(10) unsigned NOT NULL,
  `score` int(11) NOT NULL DEFAULT 0,
  `maxcombo` smallint(5) unsigned NOT NULL DEFAULT 0,
  `rank` enum('0','A','B','C','D','S','SH','X','XH') NOT NULL DEFAULT '0',
  `count50` smallint(5) unsigned NOT NULL DEFAULT 0,
  `count100` smallint(5) unsigned NOT NULL DEFAULT 0,
  `count300` smallint(5) unsigned NOT NULL DEFAULT 0,
  `countmiss` smallint(5) unsigned NOT NULL DEFAULT 0,
  `countgeki` smallint(5) unsigned NOT NULL DEFAULT 0,
  `countkatu` smallint(5) unsigned NOT NULL DEFAULT 0,
  `perfect` tinyint(4) NOT NULL DEFAULT 0,
  `pass` tinyint(4) NOT NULL DEFAULT 0,
  `frame` bigint(20) unsigned NOT NULL DEFAULT 0,
  `enabled_mods` int(11) DEFAULT NULL,
  PRIMARY KEY (`game_id`,`slot`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `tournaments` (
  `tournament_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `header_banner` varchar(255) DEFAULT NULL,
  `play_mode` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `play_mode_variant` varchar(255) DEFAULT NULL,
  `rank_min` int(10) unsigned DEFAULT NULL,
  `rank_max` int(10) unsigned DEFAULT NULL,
  `signup_open` datetime NOT NULL DEFAULT current_timestamp(),
  `signup_close` datetime NOT NULL,
  `start_date` datetime NOT NULL,
  `end_date` datetime NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `tournament_banner_product_id` int(10) unsigned DEFAULT NULL,
  `info_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`tournament_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `tournament_registrations` (
  `registration_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `tournament_id` int(11) NOT NULL,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`registration_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_profile_banners` (
  `banner_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `tournament_id` int(11) NOT NULL,
  `country_acronym` char(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`banner_id`),
  KEY `user_id` (`user_id`,`tournament_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `teams` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `short_name` varchar(255) NOT NULL,
  `flag_file` varchar(255) DEFAULT NULL,
  `header_file` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `is_open` tinyint(1) NOT NULL DEFAULT 1,
  `default_ruleset_id` smallint(6) NOT NULL DEFAULT 0,
  `leader_id` int(10) unsigned NOT NULL,
  `channel_id` int(10) unsigned NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `teams_name_unique` (`name`),
  UNIQUE KEY `teams_short_name_unique` (`short_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `team_members` (
  `user_id` int(10) unsigned NOT NULL,
  `team_id` bigint(20) unsigned NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`user_id`),
  KEY `team_members_team_id_index` (`team_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `team_applications` (
  `user_id` int(10) unsigned NOT NULL,
  `team_id` bigint(20) unsigned NOT NULL,
  `notification_id` bigint(20) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  KEY `team_applications_team_id_index` (`team_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-store (database osu_store)
CREATE TABLE `addresses` (
  `address_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `first_name` varchar(256) DEFAULT NULL,
  `last_name` varchar(256) DEFAULT NULL,
  `street` varchar(2048) DEFAULT NULL,
  `city` varchar(128) DEFAULT NULL,
  `state` varchar(128) DEFAULT NULL,
  `zip` varchar(128) DEFAULT NULL,
  `country_code` varchar(2) DEFAULT NULL,
  `phone` varchar(96) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`address_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-store (database osu_store)
CREATE TABLE `orders` (
  `order_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `status` enum('incart','checkout','paid','shipped','cancelled','delivered','processing') NOT NULL DEFAULT 'incart',
  `address_id` int(10) unsigned DEFAULT NULL,
  `tracking_code` varchar(1024) DEFAULT NULL,
  `paid_at` timestamp NULL DEFAULT NULL,
  `shipped_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `last_tracking_state` varchar(255) DEFAULT NULL,
  `shipping` decimal(10,2) DEFAULT NULL,
  `transaction_id` varchar(255) DEFAULT NULL,
  `provider` varchar(50) DEFAULT NULL,
  `reference` varchar(255) DEFAULT NULL,
  `shopify_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`order_id`),
  KEY `user_id` (`user_id`),
  KEY `address_id` (`address_id`),
  KEY `status` (`status`),
  KEY `paid_at` (`paid_at`),
  KEY `orders_updated_at_index` (`updated_at`),
  KEY `orders_provider_reference_index` (`provider`,`reference`),
  CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`address_id`) REFERENCES `addresses` (`address_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='stores orders in all states (including cart contents).';

-- connection mysql-store (database osu_store)
CREATE TABLE `order_items` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int(10) unsigned NOT NULL,
  `product_id` int(10) unsigned NOT NULL,
  `quantity` int(10) unsigned NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `cost` decimal(10,2) DEFAULT NULL,
  `extra_info` varchar(255) DEFAULT NULL,
  `extra_data` text DEFAULT NULL,
  `reserved` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `FK_order_items_orders` (`order_id`),
  CONSTRAINT `FK_order_items_orders` FOREIGN KEY (`order_id`) REFERENCES `orders` (`order_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-store (database osu_store)
CREATE TABLE `payments` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `order_id` int(10) unsigned NOT NULL,
  `cancelled` tinyint(1) NOT NULL DEFAULT 0,
  `transaction_id` varchar(255) NOT NULL DEFAULT '',
  `provider` varchar(50) NOT NULL,
  `paid_at` datetime NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `country_code` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payments_order_id_cancelled_unique` (`order_id`,`cancelled`),
  KEY `payments_provider_transaction_id_index` (`provider`,`transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-store (database osu_store)
CREATE TABLE `products` (
  `product_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `image` varchar(255) DEFAULT NULL,
  `cost` decimal(10,2) DEFAULT NULL,
  `weight` int(11) DEFAULT 0,
  `base_shipping` decimal(10,2) NOT NULL DEFAULT 5.00,
  `next_shipping` decimal(10,2) NOT NULL DEFAULT 1.00,
  `stock` int(11) DEFAULT 0,
  `max_quantity` tinyint(1) unsigned NOT NULL DEFAULT 10,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `promoted` tinyint(1) NOT NULL DEFAULT 0,
  `display_order` int(11) NOT NULL DEFAULT 0,
  `header_description` varchar(255) DEFAULT NULL,
  `header_image` varchar(255) DEFAULT NULL,
  `images_json` text DEFAULT NULL,
  `master_product_id` int(11) DEFAULT NULL,
  `type_mappings_json` text DEFAULT NULL,
  `custom_class` varchar(255) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `allow_multiple` tinyint(1) NOT NULL DEFAULT 0,
  `available_until` timestamp NULL DEFAULT NULL,
  `shopify_id` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`product_id`),
  KEY `products_available_until_index` (`available_until`),
  KEY `shopify_id` (`shopify_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql-store (database osu_store)
CREATE TABLE `paypal_banneds` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `account_id` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `paypal_banneds_account_id_unique` (`account_id`),
  UNIQUE KEY `paypal_banneds_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_user_donations` (
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `transaction_id` varchar(250) NOT NULL,
  `target_user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `length` tinyint(1) NOT NULL,
  `amount` smallint(6) NOT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  `cancel` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`,`transaction_id`),
  KEY `timestamp` (`timestamp`),
  KEY `transaction_id` (`transaction_id`),
  KEY `osu_user_donations_target_user_id_index` (`target_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `notifications` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `notifiable_type` varchar(255) NOT NULL,
  `notifiable_id` bigint(20) unsigned NOT NULL,
  `source_user_id` int(10) unsigned DEFAULT NULL,
  `priority` int(11) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `details` json NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notifications_notifiable_type_notifiable_id_created_at_index` (`notifiable_type`,`notifiable_id`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `user_notifications` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `notification_id` bigint(20) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL DEFAULT 0,
  `is_read` tinyint(1) NOT NULL DEFAULT 0,
  `delivery` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_notification` (`user_id`,`notification_id`),
  KEY `user_read` (`user_id`,`is_read`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `user_notification_options` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `details` json DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_notification_options_user_id_name_unique` (`user_id`,`name`),
  KEY `user_notification_options_name_index` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `user_profile_customizations` (
  `user_id` int(10) unsigned NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp(),
  `extras_order` varchar(255) DEFAULT NULL,
  `options` json DEFAULT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_counts` (
  `name` varchar(200) NOT NULL,
  `count` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `failed_jobs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `connection` text NOT NULL,
  `queue` varchar(128) NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_banchostats` (
  `banchostats_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `users_irc` smallint(6) NOT NULL DEFAULT 0,
  `users_osu` mediumint(9) NOT NULL DEFAULT 0,
  `users_lazer` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `multiplayer_games` smallint(6) NOT NULL DEFAULT 0,
  `multiplayer_games_lazer` smallint(6) NOT NULL DEFAULT 0,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`banchostats_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- connection mysql (database osu)
CREATE TABLE `osu_builds` (
  `build_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `version` varchar(40) DEFAULT NULL,
  `hash` binary(16) DEFAULT NULL,
  `last_hash` binary(16) DEFAULT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `allow_ranking` tinyint(1) NOT NULL DEFAULT 1,
  `allow_bancho` tinyint(1) NOT NULL DEFAULT 1,
  `allow_performance` tinyint(1) NOT NULL DEFAULT 0,
  `test_build` tinyint(1) NOT NULL DEFAULT 0,
  `users` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `stream_id` tinyint(3) unsigned DEFAULT NULL,
  `youtube_id` varchar(255) DEFAULT NULL,
  `private` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`build_id`),
  UNIQUE KEY `stream_id` (`stream_id`,`version`),
  KEY `hash` (`hash`),
  KEY `version` (`version`),
  KEY `allow_bancho` (`allow_bancho`),
  KEY `osu_builds_stream_id_index` (`stream_id`),
  KEY `osu_builds_allow_performance_index` (`allow_performance`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

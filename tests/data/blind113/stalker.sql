-- Stalker Middleware (IPTV/OTT middleware by Infomir) 5.1.1 -- trimmed schema for the blind exam blind113.
-- Source: github.com/iptvhakr/stalker_portal (a copy of infomirgroup/stalker_portal), commit 72deceee1e32ea00cf33ecf2376b80902ab11134.
-- Built by applying upstream's dbdeploy deltas db/delta/1-initial_schema.sql .. 202-*.sql (the parts before --//@UNDO)
-- in order to an empty MariaDB database and dumping the resulting tables with mysqldump --no-data;
-- column names, order and types are upstream's; AUTO_INCREMENT counters dropped, 45 of 157 tables kept.

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL DEFAULT '',
  `sname` varchar(64) NOT NULL DEFAULT '',
  `pass` varchar(64) NOT NULL DEFAULT '',
  `parent_password` varchar(64) NOT NULL DEFAULT '0000',
  `bright` varchar(64) NOT NULL DEFAULT '200',
  `contrast` varchar(64) NOT NULL DEFAULT '127',
  `saturation` varchar(64) NOT NULL DEFAULT '127',
  `aspect` int(11) NOT NULL DEFAULT 16,
  `video_out` varchar(8) NOT NULL DEFAULT '',
  `volume` varchar(64) NOT NULL DEFAULT '100',
  `playback_buffer_bytes` int(11) NOT NULL DEFAULT 0,
  `playback_buffer_size` int(11) NOT NULL DEFAULT 0,
  `audio_out` int(11) NOT NULL DEFAULT 1,
  `mac` varchar(64) NOT NULL DEFAULT '',
  `ip` varchar(128) NOT NULL DEFAULT '',
  `ls` varchar(64) NOT NULL DEFAULT '',
  `version` varchar(255) NOT NULL DEFAULT '',
  `lang` varchar(32) NOT NULL DEFAULT '',
  `locale` varchar(32) NOT NULL DEFAULT '',
  `city_id` int(11) NOT NULL DEFAULT 0,
  `status` tinyint(4) DEFAULT 0,
  `hd` tinyint(4) DEFAULT 0,
  `main_notify` tinyint(4) DEFAULT 1,
  `fav_itv_on` tinyint(4) DEFAULT 0,
  `now_playing_start` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `now_playing_type` tinyint(4) DEFAULT 0,
  `now_playing_content` varchar(255) NOT NULL DEFAULT '',
  `additional_services_on` tinyint(4) DEFAULT 1,
  `time_last_play_tv` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `time_last_play_video` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `operator_id` int(11) NOT NULL DEFAULT 0,
  `storage_name` varchar(255) NOT NULL DEFAULT '',
  `hd_content` tinyint(4) DEFAULT 0,
  `image_version` varchar(64) NOT NULL DEFAULT '',
  `last_change_status` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `last_start` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `last_active` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `keep_alive` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `playback_limit` tinyint(4) DEFAULT 5,
  `screensaver_delay` tinyint(4) DEFAULT 10,
  `phone` varchar(64) NOT NULL DEFAULT '',
  `tv_quality` varchar(16) DEFAULT 'high',
  `fname` varchar(64) NOT NULL DEFAULT '',
  `login` varchar(64) NOT NULL DEFAULT '',
  `password` varchar(64) NOT NULL DEFAULT '',
  `stb_type` varchar(32) NOT NULL DEFAULT '',
  `serial_number` varchar(32) NOT NULL DEFAULT '',
  `num_banks` tinyint(4) DEFAULT 0,
  `tariff_plan_id` int(11) NOT NULL DEFAULT 0,
  `comment` text DEFAULT NULL,
  `now_playing_link_id` int(11) NOT NULL DEFAULT 0,
  `now_playing_streamer_id` int(11) NOT NULL DEFAULT 0,
  `just_started` tinyint(4) DEFAULT 0,
  `last_watchdog` timestamp NULL DEFAULT NULL,
  `created` timestamp NULL DEFAULT NULL,
  `country` varchar(8) NOT NULL DEFAULT '',
  `access_token` varchar(64) NOT NULL DEFAULT '',
  `plasma_saving` tinyint(4) NOT NULL DEFAULT 0,
  `device_id` varchar(255) NOT NULL DEFAULT '',
  `ts_enabled` tinyint(4) NOT NULL DEFAULT 0,
  `ts_enable_icon` tinyint(4) NOT NULL DEFAULT 1,
  `ts_path` varchar(266) NOT NULL DEFAULT '',
  `ts_max_length` int(11) NOT NULL DEFAULT 3600,
  `ts_buffer_use` varchar(128) NOT NULL DEFAULT 'cyclic',
  `ts_action_on_exit` varchar(64) NOT NULL DEFAULT 'no_save',
  `ts_delay` varchar(64) NOT NULL DEFAULT 'on_pause',
  `video_clock` varchar(9) NOT NULL DEFAULT 'Off',
  `device_id2` varchar(255) NOT NULL DEFAULT '',
  `verified` tinyint(4) NOT NULL DEFAULT 0,
  `hdmi_event_reaction` int(11) DEFAULT NULL,
  `pri_audio_lang` varchar(4) NOT NULL DEFAULT '',
  `sec_audio_lang` varchar(4) NOT NULL DEFAULT '',
  `pri_subtitle_lang` varchar(4) NOT NULL DEFAULT '',
  `sec_subtitle_lang` varchar(4) NOT NULL DEFAULT '',
  `subtitle_color` int(11) NOT NULL DEFAULT 16777215,
  `subtitle_size` tinyint(4) NOT NULL DEFAULT 20,
  `show_after_loading` varchar(16) NOT NULL DEFAULT '',
  `play_in_preview_by_ok` tinyint(4) DEFAULT NULL,
  `hw_version` varchar(32) NOT NULL DEFAULT '',
  `openweathermap_city_id` int(11) NOT NULL DEFAULT 0,
  `theme` varchar(128) NOT NULL DEFAULT '',
  `settings_password` varchar(60) NOT NULL DEFAULT '0000',
  `expire_billing_date` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `reseller_id` int(11) DEFAULT NULL,
  `account_balance` varchar(16) NOT NULL DEFAULT '',
  `client_type` varchar(16) NOT NULL DEFAULT '',
  `hw_version_2` varchar(8) NOT NULL DEFAULT '',
  `blocked` tinyint(4) NOT NULL DEFAULT 0,
  `units` enum('metric','imperial') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `keep_alive` (`keep_alive`),
  KEY `status` (`status`,`keep_alive`,`storage_name`,`hd_content`),
  KEY `keep_alive_2` (`keep_alive`,`now_playing_type`,`storage_name`,`hd_content`),
  KEY `now_playing_type` (`now_playing_type`,`storage_name`,`hd_content`),
  KEY `now_playing_type_2` (`now_playing_type`,`hd`),
  KEY `mac` (`mac`),
  KEY `device_id2` (`device_id2`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `administrators` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(128) NOT NULL DEFAULT '',
  `pass` varchar(128) NOT NULL DEFAULT '',
  `name` varchar(128) NOT NULL DEFAULT '',
  `fname` varchar(128) NOT NULL DEFAULT '',
  `access` tinyint(4) DEFAULT 0,
  `operator_id` int(11) NOT NULL DEFAULT 0,
  `debug_key` varchar(128) NOT NULL DEFAULT '',
  `gid` int(11) NOT NULL DEFAULT 0,
  `reseller_id` int(11) DEFAULT NULL,
  `opinion_form_flag` enum('fill','remind','no') DEFAULT NULL,
  `language` char(2) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `login` (`login`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `admin_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL DEFAULT '',
  `changed` timestamp NULL DEFAULT NULL,
  `reseller_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `reseller` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL DEFAULT '',
  `created` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `modified` timestamp NOT NULL,
  `max_users` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `moderators` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL DEFAULT '',
  `mac` varchar(64) NOT NULL DEFAULT '',
  `status` tinyint(4) DEFAULT 1,
  `disable_vclub_ad` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mac` (`mac`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `testers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mac` varchar(64) NOT NULL DEFAULT '',
  `status` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mac` (`mac`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `access_tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `token` varchar(128) NOT NULL DEFAULT '',
  `expires` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `secret_key` varchar(128) NOT NULL DEFAULT '',
  `time_delta` varchar(8) NOT NULL DEFAULT '300',
  `started` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `refresh_token` varchar(128) NOT NULL DEFAULT '',
  `last_refresh` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  UNIQUE KEY `uid` (`uid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `developer_api_key` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `api_key` varchar(128) NOT NULL DEFAULT '',
  `comment` text DEFAULT NULL,
  `expires` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_key` (`api_key`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_modules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `restricted` text DEFAULT NULL,
  `disabled` text DEFAULT NULL,
  `changed` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mac` varchar(128) NOT NULL DEFAULT '',
  `uid` int(11) NOT NULL DEFAULT 0,
  `action` varchar(128) NOT NULL DEFAULT '',
  `param` varchar(255) NOT NULL DEFAULT '',
  `time` timestamp NULL DEFAULT NULL,
  `type` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `mac_index` (`mac`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users_activity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `users_online` varchar(512) NOT NULL DEFAULT '{}',
  `time` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `type` varchar(128) NOT NULL DEFAULT '',
  `event` varchar(128) NOT NULL DEFAULT '',
  `header` varchar(128) DEFAULT NULL,
  `msg` text DEFAULT NULL,
  `rec_id` int(11) NOT NULL DEFAULT 0,
  `sended` tinyint(4) DEFAULT 0,
  `need_confirm` tinyint(4) DEFAULT 0,
  `confirmed` tinyint(4) DEFAULT 0,
  `ended` tinyint(4) DEFAULT 0,
  `reboot_after_ok` tinyint(4) DEFAULT 0,
  `priority` tinyint(4) DEFAULT 2,
  `addtime` datetime DEFAULT NULL,
  `eventtime` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `auto_hide_timeout` int(11) NOT NULL DEFAULT 0,
  `param1` varchar(255) NOT NULL DEFAULT '',
  `post_function` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `eventtime` (`eventtime`),
  KEY `uid` (`uid`),
  KEY `ended` (`ended`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `messages_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `header` varchar(255) NOT NULL,
  `body` text DEFAULT NULL,
  `author` int(11) NOT NULL,
  `created` datetime NOT NULL,
  `edited` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tariff_plan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `external_id` varchar(64) NOT NULL DEFAULT '',
  `name` varchar(64) NOT NULL DEFAULT '',
  `user_default` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `services_package` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `external_id` varchar(64) NOT NULL DEFAULT '',
  `name` varchar(64) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `type` varchar(64) NOT NULL DEFAULT '',
  `all_services` tinyint(4) DEFAULT 0,
  `service_type` varchar(32) DEFAULT 'periodic',
  `rent_duration` int(11) NOT NULL DEFAULT 0,
  `price` decimal(8,2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `package_in_plan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `package_id` int(11) NOT NULL DEFAULT 0,
  `plan_id` int(11) NOT NULL DEFAULT 0,
  `optional` tinyint(4) DEFAULT 0,
  `modified` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `service_in_package` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `service_id` varchar(64) NOT NULL DEFAULT '',
  `package_id` int(11) NOT NULL DEFAULT 0,
  `type` varchar(64) NOT NULL DEFAULT '',
  `modified` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_package_subscription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `package_id` int(11) NOT NULL DEFAULT 0,
  `modified` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `package_subscribe_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `set_state` tinyint(4) NOT NULL,
  `package_id` int(11) NOT NULL,
  `initiator_id` int(11) DEFAULT NULL,
  `initiator` set('admin','user','api') NOT NULL DEFAULT 'api',
  `modified` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `itv` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL DEFAULT '',
  `number` int(11) NOT NULL DEFAULT 0,
  `censored` tinyint(4) DEFAULT 0,
  `cmd` varchar(128) NOT NULL DEFAULT '',
  `descr` text DEFAULT NULL,
  `cost` int(11) NOT NULL DEFAULT 0,
  `count` int(11) NOT NULL DEFAULT 0,
  `status` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `tv_genre_id` int(11) NOT NULL DEFAULT 0,
  `base_ch` tinyint(4) DEFAULT 0,
  `hd` tinyint(4) DEFAULT 0,
  `xmltv_id` varchar(128) NOT NULL DEFAULT '',
  `service_id` varchar(32) NOT NULL DEFAULT '',
  `bonus_ch` tinyint(4) DEFAULT 0,
  `volume_correction` int(11) NOT NULL DEFAULT 0,
  `use_http_tmp_link` tinyint(4) DEFAULT 0,
  `mc_cmd` varchar(128) NOT NULL DEFAULT '',
  `enable_tv_archive` tinyint(4) DEFAULT 0,
  `wowza_tmp_link` tinyint(4) DEFAULT 0,
  `wowza_dvr` tinyint(4) DEFAULT 0,
  `monitoring_status` tinyint(4) DEFAULT 0,
  `monitoring_status_updated` datetime DEFAULT NULL,
  `enable_monitoring` tinyint(4) DEFAULT 0,
  `monitoring_url` varchar(128) NOT NULL DEFAULT '',
  `enable_wowza_load_balancing` tinyint(4) DEFAULT 0,
  `cmd_1` varchar(128) NOT NULL DEFAULT '',
  `cmd_2` varchar(128) NOT NULL DEFAULT '',
  `cmd_3` varchar(128) NOT NULL DEFAULT '',
  `logo` varchar(128) NOT NULL DEFAULT '',
  `correct_time` int(11) NOT NULL DEFAULT 0,
  `allow_pvr` tinyint(4) DEFAULT 0,
  `allow_local_pvr` tinyint(4) DEFAULT 1,
  `modified` datetime DEFAULT NULL,
  `allow_local_timeshift` tinyint(4) NOT NULL DEFAULT 0,
  `nginx_secure_link` tinyint(4) DEFAULT 0,
  `flussonic_dvr` tinyint(4) DEFAULT 0,
  `locked` tinyint(4) NOT NULL DEFAULT 0,
  `added` datetime DEFAULT NULL,
  `nimble_dvr` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `status` (`status`),
  KEY `tv_genre_id` (`tv_genre_id`),
  KEY `status_3` (`status`,`number`,`hd`),
  KEY `base_ch` (`base_ch`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tv_genre` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(128) NOT NULL DEFAULT '',
  `number` int(11) NOT NULL DEFAULT 0,
  `modified` timestamp NOT NULL,
  `censored` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `ch_links` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ch_id` int(11) NOT NULL DEFAULT 0,
  `priority` int(11) NOT NULL DEFAULT 0,
  `url` varchar(255) NOT NULL DEFAULT '',
  `status` tinyint(4) DEFAULT 1,
  `use_http_tmp_link` tinyint(4) DEFAULT 0,
  `wowza_tmp_link` tinyint(4) DEFAULT 0,
  `user_agent_filter` varchar(32) NOT NULL DEFAULT '',
  `monitoring_url` varchar(255) NOT NULL DEFAULT '',
  `use_load_balancing` tinyint(4) DEFAULT 0,
  `changed` timestamp NOT NULL,
  `enable_monitoring` tinyint(4) DEFAULT 0,
  `enable_balancer_monitoring` tinyint(4) DEFAULT 0,
  `nginx_secure_link` tinyint(4) DEFAULT 0,
  `flussonic_tmp_link` tinyint(4) DEFAULT 0,
  `xtream_codes_support` tinyint(4) DEFAULT 0,
  `edgecast_auth_support` tinyint(4) DEFAULT 0,
  `nimble_auth_support` tinyint(4) DEFAULT 0,
  `akamai_auth_support` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ch_id` (`ch_id`),
  KEY `ch_id_status` (`ch_id`,`status`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `epg` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ch_id` int(11) NOT NULL DEFAULT 0,
  `time` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `time_to` timestamp NOT NULL,
  `duration` int(11) NOT NULL DEFAULT 0,
  `name` varchar(128) NOT NULL DEFAULT '',
  `descr` text DEFAULT NULL,
  `real_id` varchar(64) NOT NULL DEFAULT '',
  `category` varchar(128) NOT NULL DEFAULT '',
  `director` varchar(128) NOT NULL DEFAULT '',
  `actor` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ch_id_time` (`ch_id`,`time`),
  KEY `real_id` (`real_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `itv_subscription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `sub_ch` text DEFAULT NULL,
  `bonus_ch` text DEFAULT NULL,
  `addtime` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `fav_itv` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `fav_ch` text DEFAULT NULL,
  `addtime` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `censored_channels` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `list` text DEFAULT NULL,
  `exclude` text DEFAULT NULL,
  `changed` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `played_itv` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `itv_id` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `playtime` datetime DEFAULT NULL,
  `user_locale` varchar(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `uid_index` (`uid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `played_tv_archive` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ch_id` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `length` int(11) NOT NULL DEFAULT 0,
  `playtime` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `uid_index` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `played_timeshift` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ch_id` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `length` int(11) NOT NULL DEFAULT 0,
  `playtime` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `uid_index` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `video` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner` varchar(64) NOT NULL DEFAULT '',
  `name` varchar(255) NOT NULL DEFAULT '',
  `old_name` varchar(255) NOT NULL DEFAULT '',
  `o_name` varchar(255) NOT NULL DEFAULT '',
  `fname` varchar(128) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `pic` varchar(128) NOT NULL DEFAULT '',
  `cost` int(11) NOT NULL DEFAULT 0,
  `time` varchar(64) NOT NULL DEFAULT '',
  `file` varchar(128) NOT NULL DEFAULT '',
  `path` varchar(255) NOT NULL DEFAULT '',
  `protocol` varchar(64) NOT NULL DEFAULT 'nfs',
  `rtsp_url` varchar(255) NOT NULL DEFAULT '',
  `censored` tinyint(4) DEFAULT 0,
  `hd` tinyint(4) DEFAULT 0,
  `series` text DEFAULT NULL,
  `volume_correction` int(11) NOT NULL DEFAULT 0,
  `category_id` int(11) NOT NULL DEFAULT 0,
  `genre_id` int(11) NOT NULL DEFAULT 0,
  `genre_id_1` int(11) NOT NULL DEFAULT 0,
  `genre_id_2` int(11) NOT NULL DEFAULT 0,
  `genre_id_3` int(11) NOT NULL DEFAULT 0,
  `genre_id_4` int(11) NOT NULL DEFAULT 0,
  `cat_genre_id_1` int(11) NOT NULL DEFAULT 0,
  `cat_genre_id_2` int(11) NOT NULL DEFAULT 0,
  `cat_genre_id_3` int(11) NOT NULL DEFAULT 0,
  `cat_genre_id_4` int(11) NOT NULL DEFAULT 0,
  `director` varchar(128) NOT NULL DEFAULT '',
  `actors` varchar(255) NOT NULL DEFAULT '',
  `year` varchar(128) NOT NULL DEFAULT '',
  `accessed` tinyint(4) DEFAULT 0,
  `status` tinyint(4) DEFAULT 0,
  `disable_for_hd_devices` tinyint(4) DEFAULT 0,
  `added` datetime DEFAULT NULL,
  `count` int(11) NOT NULL DEFAULT 0,
  `count_first_0_5` int(11) NOT NULL DEFAULT 0,
  `count_second_0_5` int(11) NOT NULL DEFAULT 0,
  `vote_sound_good` int(11) NOT NULL DEFAULT 0,
  `vote_sound_bad` int(11) NOT NULL DEFAULT 0,
  `vote_video_good` int(11) NOT NULL DEFAULT 0,
  `vote_video_bad` int(11) NOT NULL DEFAULT 0,
  `rate` text DEFAULT NULL,
  `last_rate_update` date DEFAULT NULL,
  `last_played` datetime DEFAULT NULL,
  `for_sd_stb` tinyint(4) DEFAULT 0,
  `kinopoisk_id` varchar(64) NOT NULL DEFAULT '',
  `rating_kinopoisk` varchar(64) NOT NULL DEFAULT '',
  `rating_count_kinopoisk` varchar(64) NOT NULL DEFAULT '',
  `rating_imdb` varchar(64) NOT NULL DEFAULT '',
  `rating_count_imdb` varchar(64) NOT NULL DEFAULT '',
  `rating_last_update` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `age` varchar(32) DEFAULT '',
  `rating_mpaa` varchar(32) DEFAULT '',
  `high_quality` tinyint(4) NOT NULL DEFAULT 1,
  `comments` text DEFAULT NULL,
  `low_quality` tinyint(4) NOT NULL DEFAULT 0,
  `country` varchar(128) NOT NULL DEFAULT '',
  `is_series` tinyint(1) NOT NULL DEFAULT 0,
  `year_end` int(11) NOT NULL DEFAULT 0,
  `autocomplete_provider` enum('kinopoisk','tmdb') DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `path` (`path`),
  KEY `genre_id` (`genre_id`),
  KEY `genre_id_1` (`genre_id_1`),
  KEY `genre_id_2` (`genre_id_2`),
  KEY `genre_id_3` (`genre_id_3`),
  KEY `genre_id_4` (`genre_id_4`),
  KEY `status` (`status`),
  KEY `accessed` (`accessed`),
  KEY `hd` (`hd`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `played_video` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `video_id` int(11) NOT NULL DEFAULT 0,
  `storage` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `playtime` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `video_id_playtime` (`video_id`,`playtime`),
  KEY `uid_index` (`uid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_played_movies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `video_id` int(11) NOT NULL DEFAULT 0,
  `season_id` int(11) NOT NULL DEFAULT 0,
  `episode_id` int(11) NOT NULL DEFAULT 0,
  `file_id` int(11) NOT NULL DEFAULT 0,
  `watched` tinyint(4) NOT NULL DEFAULT 0,
  `not_ended` tinyint(4) NOT NULL DEFAULT 0,
  `watched_time` smallint(6) NOT NULL DEFAULT 0,
  `playtime` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  KEY `uid_video_id` (`uid`,`video_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `video_rent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `video_id` int(11) NOT NULL DEFAULT 0,
  `price` varchar(32) NOT NULL DEFAULT '',
  `rent_history_id` int(11) NOT NULL DEFAULT 0,
  `rent_date` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `rent_end_date` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `video_rent_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `video_id` int(11) NOT NULL DEFAULT 0,
  `price` varchar(32) NOT NULL DEFAULT '',
  `rent_date` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `rent_end_date` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `start_watching_date` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `watched` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tv_reminder` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mac` varchar(64) NOT NULL DEFAULT '',
  `ch_id` int(11) NOT NULL DEFAULT 0,
  `tv_program_id` int(11) NOT NULL DEFAULT 0,
  `fire_time` timestamp NOT NULL,
  `added` datetime DEFAULT NULL,
  `tv_program_real_id` varchar(64) NOT NULL DEFAULT '',
  `tv_program_name` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tv_program_id` (`tv_program_id`),
  KEY `tv_program_real_id` (`tv_program_real_id`),
  KEY `ch_id_real_id` (`tv_program_real_id`,`ch_id`),
  KEY `mac_time` (`mac`,`fire_time`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users_rec` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ch_id` int(11) NOT NULL DEFAULT 0,
  `program` varchar(64) NOT NULL DEFAULT '',
  `program_id` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `file_id` int(11) NOT NULL DEFAULT 0,
  `t_start` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `t_stop` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `end_record` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `atrack` varchar(32) NOT NULL DEFAULT '',
  `vtrack` varchar(32) NOT NULL DEFAULT '',
  `length` int(11) NOT NULL DEFAULT 0,
  `last_play` datetime DEFAULT '0000-00-00 00:00:00',
  `ended` tinyint(4) DEFAULT 0,
  `started` tinyint(4) DEFAULT 0,
  `program_real_id` varchar(64) NOT NULL DEFAULT '',
  `local` tinyint(4) DEFAULT 0,
  `file` varchar(255) NOT NULL DEFAULT '',
  `internal_id` varchar(32) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `media_claims_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `media_type` varchar(64) NOT NULL DEFAULT '',
  `media_id` int(11) NOT NULL DEFAULT 0,
  `type` varchar(128) NOT NULL DEFAULT '',
  `uid` int(11) NOT NULL DEFAULT 0,
  `added` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `added` (`added`),
  KEY `uid_index` (`uid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `stb_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `reseller_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `stb_in_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stb_group_id` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `mac` varchar(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `playback_sessions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_id` char(40) NOT NULL DEFAULT '',
  `user_id` int(11) NOT NULL DEFAULT 0,
  `type` enum('tv-channel','video','karaoke','tv-archive','audio','pvr') NOT NULL,
  `media_id` int(11) NOT NULL DEFAULT 0,
  `title` varchar(128) NOT NULL DEFAULT '',
  `streamer_id` int(11) NOT NULL DEFAULT 0,
  `storage_id` int(11) NOT NULL DEFAULT 0,
  `started` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  KEY `session_id` (`session_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `stream_error` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ch_id` int(11) NOT NULL DEFAULT 0,
  `mac` varchar(128) NOT NULL DEFAULT '',
  `error_time` timestamp NOT NULL,
  `event` tinyint(3) unsigned DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `diagnostic_info` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL DEFAULT 0,
  `changed` timestamp NULL DEFAULT NULL,
  `info` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `vclub_ads_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(128) NOT NULL DEFAULT '',
  `vclub_ad_id` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `watched_percent` int(11) NOT NULL DEFAULT 0,
  `watched_time` int(11) NOT NULL DEFAULT 0,
  `watch_complete` tinyint(4) DEFAULT 0,
  `added` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `vclub_ad_id` (`vclub_ad_id`,`added`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `storages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `storage_name` varchar(128) NOT NULL DEFAULT '',
  `storage_ip` varchar(128) NOT NULL DEFAULT '',
  `nfs_home_path` varchar(128) NOT NULL DEFAULT '',
  `max_online` int(11) NOT NULL DEFAULT 0,
  `status` tinyint(4) DEFAULT 1,
  `for_moderator` tinyint(4) DEFAULT 0,
  `for_records` tinyint(4) DEFAULT 0,
  `for_simple_storage` tinyint(4) DEFAULT 1,
  `external` tinyint(4) DEFAULT 0,
  `archive_stream_server` varchar(128) NOT NULL DEFAULT '',
  `not_for_mag100` tinyint(4) DEFAULT 0,
  `fake_tv_archive` tinyint(4) DEFAULT 0,
  `apache_port` varchar(8) NOT NULL DEFAULT '88',
  `user_agent_filter` varchar(32) NOT NULL DEFAULT '',
  `flussonic_dvr` tinyint(4) DEFAULT 0,
  `stream_server_app` varchar(128) NOT NULL DEFAULT '',
  `stream_server_port` varchar(8) NOT NULL DEFAULT '',
  `wowza_dvr` tinyint(4) DEFAULT 0,
  `stream_server_type` enum('flussonic','wowza') DEFAULT NULL,
  `nimble_dvr` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `storage_name` (`storage_name`),
  KEY `status_simple` (`status`,`for_simple_storage`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `countries` (
  `id` int(11) NOT NULL,
  `iso2` varchar(8) NOT NULL DEFAULT '',
  `iso3` varchar(8) NOT NULL DEFAULT '',
  `name` varchar(64) NOT NULL DEFAULT '',
  `name_en` varchar(64) NOT NULL DEFAULT '',
  `region` varchar(64) NOT NULL DEFAULT '',
  `region_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;


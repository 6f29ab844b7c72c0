-- Yamtrack 0.25.3 (FuzzyGrim/Yamtrack; self-hosted media tracker for movies, shows, anime, manga, books, comics, games), AGPL-3.0
-- Upstream: github.com/FuzzyGrim/Yamtrack commit 2f577bd82ace91e6f9ac990aac0dd1454002c7dd ("bump version to 0.25.3"),
-- read from the copy github.com/Neurology0443/Yamtrack, whose history contains that upstream commit.
-- Source: `manage.py migrate` of the project's own Django migrations (app, events, lists, users, django.contrib,
-- allauth, django-celery-beat, django-celery-results, django-simple-history) on a scratch PostgreSQL 15 database
-- (`makemigrations --check`: no changes), read back from the catalogue and written as MySQL (varchar/text/bigint kept,
-- boolean -> TINYINT(1), timestamptz -> DATETIME(6), jsonb -> JSON, identity -> AUTO_INCREMENT). CHECK constraints and
-- conditional unique constraints are left out. 44 of the 53 tables kept (see yamtrack.md).
CREATE TABLE `app_item` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `media_id` VARCHAR(36) NOT NULL,
  `media_type` VARCHAR(10) NOT NULL,
  `title` TEXT NOT NULL,
  `image` VARCHAR(200) NOT NULL,
  `season_number` INT,
  `episode_number` INT,
  `source` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_celery_beat_crontabschedule` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `minute` VARCHAR(240) NOT NULL,
  `hour` VARCHAR(96) NOT NULL,
  `day_of_week` VARCHAR(64) NOT NULL,
  `day_of_month` VARCHAR(124) NOT NULL,
  `month_of_year` VARCHAR(64) NOT NULL,
  `timezone` VARCHAR(63) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_celery_beat_intervalschedule` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `every` INT NOT NULL,
  `period` VARCHAR(24) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_celery_beat_periodictask` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `task` VARCHAR(200) NOT NULL,
  `args` TEXT NOT NULL,
  `kwargs` TEXT NOT NULL,
  `queue` VARCHAR(200),
  `exchange` VARCHAR(200),
  `routing_key` VARCHAR(200),
  `expires` DATETIME(6),
  `enabled` TINYINT(1) NOT NULL,
  `last_run_at` DATETIME(6),
  `total_run_count` INT NOT NULL,
  `date_changed` DATETIME(6) NOT NULL,
  `description` TEXT NOT NULL,
  `crontab_id` INT,
  `interval_id` INT,
  `solar_id` INT,
  `one_off` TINYINT(1) NOT NULL,
  `start_time` DATETIME(6),
  `priority` INT,
  `headers` TEXT NOT NULL,
  `clocked_id` INT,
  `expire_seconds` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_celery_beat_periodictask_name_key` (`name`),
  CONSTRAINT `django_celery_beat_p_crontab_id_d3cba168_fk_django_ce` FOREIGN KEY (`crontab_id`) REFERENCES `django_celery_beat_crontabschedule` (`id`),
  CONSTRAINT `django_celery_beat_p_interval_id_a8ca27da_fk_django_ce` FOREIGN KEY (`interval_id`) REFERENCES `django_celery_beat_intervalschedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_celery_results_taskresult` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(50) NOT NULL,
  `content_type` VARCHAR(128) NOT NULL,
  `content_encoding` VARCHAR(64) NOT NULL,
  `result` TEXT,
  `date_done` DATETIME(6) NOT NULL,
  `traceback` TEXT,
  `meta` TEXT,
  `task_args` TEXT,
  `task_kwargs` TEXT,
  `task_name` VARCHAR(255),
  `worker` VARCHAR(100),
  `date_created` DATETIME(6) NOT NULL,
  `periodic_task_name` VARCHAR(255),
  `date_started` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_celery_results_taskresult_task_id_key` (`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `app` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `applied` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_event` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content_number` INT,
  `datetime` DATETIME(6) NOT NULL,
  `item_id` BIGINT NOT NULL,
  `notification_sent` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_item_content_number` (`item_id`, `content_number`),
  CONSTRAINT `events_event_item_id_ca4d906f_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(30) NOT NULL,
  `name` VARCHAR(40) NOT NULL,
  `client_id` VARCHAR(191) NOT NULL,
  `secret` VARCHAR(191) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  `provider_id` VARCHAR(200) NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `last_search_type` VARCHAR(10) NOT NULL,
  `anime_layout` VARCHAR(20) NOT NULL,
  `manga_layout` VARCHAR(20) NOT NULL,
  `movie_layout` VARCHAR(20) NOT NULL,
  `season_layout` VARCHAR(20) NOT NULL,
  `tv_layout` VARCHAR(20) NOT NULL,
  `is_demo` TINYINT(1) NOT NULL,
  `game_layout` VARCHAR(20) NOT NULL,
  `token` VARCHAR(32) NOT NULL,
  `anime_enabled` TINYINT(1) NOT NULL,
  `book_enabled` TINYINT(1) NOT NULL,
  `game_enabled` TINYINT(1) NOT NULL,
  `manga_enabled` TINYINT(1) NOT NULL,
  `movie_enabled` TINYINT(1) NOT NULL,
  `season_enabled` TINYINT(1) NOT NULL,
  `tv_enabled` TINYINT(1) NOT NULL,
  `book_layout` VARCHAR(20) NOT NULL,
  `calendar_layout` VARCHAR(20) NOT NULL,
  `lists_sort` VARCHAR(20) NOT NULL,
  `home_sort` VARCHAR(20) NOT NULL,
  `anime_sort` VARCHAR(20) NOT NULL,
  `book_sort` VARCHAR(20) NOT NULL,
  `game_sort` VARCHAR(20) NOT NULL,
  `manga_sort` VARCHAR(20) NOT NULL,
  `movie_sort` VARCHAR(20) NOT NULL,
  `season_sort` VARCHAR(20) NOT NULL,
  `tv_sort` VARCHAR(20) NOT NULL,
  `list_detail_sort` VARCHAR(20) NOT NULL,
  `anime_status` VARCHAR(20) NOT NULL,
  `book_status` VARCHAR(20) NOT NULL,
  `game_status` VARCHAR(20) NOT NULL,
  `manga_status` VARCHAR(20) NOT NULL,
  `movie_status` VARCHAR(20) NOT NULL,
  `season_status` VARCHAR(20) NOT NULL,
  `tv_status` VARCHAR(20) NOT NULL,
  `notification_urls` TEXT NOT NULL,
  `comic_enabled` TINYINT(1) NOT NULL,
  `comic_layout` VARCHAR(20) NOT NULL,
  `comic_sort` VARCHAR(20) NOT NULL,
  `comic_status` VARCHAR(20) NOT NULL,
  `daily_digest_enabled` TINYINT(1) NOT NULL,
  `release_notifications_enabled` TINYINT(1) NOT NULL,
  `plex_usernames` TEXT NOT NULL,
  `clickable_media_cards` TINYINT(1) NOT NULL,
  `list_detail_status` VARCHAR(20) NOT NULL,
  `quick_watch_date` VARCHAR(20) NOT NULL,
  `date_format` VARCHAR(20) NOT NULL,
  `time_format` VARCHAR(20) NOT NULL,
  `boardgame_enabled` TINYINT(1) NOT NULL,
  `boardgame_layout` VARCHAR(20) NOT NULL,
  `boardgame_sort` VARCHAR(20) NOT NULL,
  `boardgame_status` VARCHAR(20) NOT NULL,
  `progress_bar` TINYINT(1) NOT NULL,
  `hide_completed_recommendations` TINYINT(1) NOT NULL,
  `hide_zero_rating` TINYINT(1) NOT NULL,
  `watch_provider_region` VARCHAR(5) NOT NULL,
  `obfuscate_unseen_episodes` TINYINT(1) NOT NULL,
  `profile_private` TINYINT(1) NOT NULL,
  `week_start_day` VARCHAR(10) NOT NULL,
  `jellyfin_mark_played_enabled` TINYINT(1) NOT NULL,
  `jellyfin_mark_unplayed_enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_token_key` (`token`),
  UNIQUE KEY `users_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(254) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  `primary` TINYINT(1) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`, `email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `sent` DATETIME(6),
  `key` VARCHAR(64) NOT NULL,
  `email_address_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailconfirmation_key_key` (`key`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_anime` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `progressed_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_anime_item_id_ecf509c2_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_anime_user_id_7be5c862_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_basicmedia` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `progressed_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_basicmedia_item_id_c798ea4a_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_basicmedia_user_id_2b25a91a_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_boardgame` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `progressed_at` DATETIME(6) NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_boardgame_item_id_cc743b82_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_boardgame_user_id_4469aa59_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_book` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `progressed_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_book_item_id_0012bf87_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_book_user_id_f032c98b_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_comic` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `progressed_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_comic_item_id_66a17723_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_comic_user_id_c535a457_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_game` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `progressed_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_game_item_id_d11b0b62_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_game_user_id_e65f1f8a_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_historicalanime` (
  `id` BIGINT NOT NULL,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `history_id` INT NOT NULL AUTO_INCREMENT,
  `history_date` DATETIME(6) NOT NULL,
  `history_change_reason` VARCHAR(100),
  `history_type` VARCHAR(1) NOT NULL,
  `history_user_id` BIGINT,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `app_historicalanime_history_user_id_2dd29b71_fk_users_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_historicalbook` (
  `id` BIGINT NOT NULL,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `history_id` INT NOT NULL AUTO_INCREMENT,
  `history_date` DATETIME(6) NOT NULL,
  `history_change_reason` VARCHAR(100),
  `history_type` VARCHAR(1) NOT NULL,
  `history_user_id` BIGINT,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `app_historicalbook_history_user_id_ad406835_fk_users_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_historicalepisode` (
  `id` BIGINT NOT NULL,
  `end_date` DATETIME(6),
  `history_id` INT NOT NULL AUTO_INCREMENT,
  `history_date` DATETIME(6) NOT NULL,
  `history_change_reason` VARCHAR(100),
  `history_type` VARCHAR(1) NOT NULL,
  `history_user_id` BIGINT,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `app_historicalepisode_history_user_id_216f0d4e_fk_users_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_historicalgame` (
  `id` BIGINT NOT NULL,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `history_id` INT NOT NULL AUTO_INCREMENT,
  `history_date` DATETIME(6) NOT NULL,
  `history_change_reason` VARCHAR(100),
  `history_type` VARCHAR(1) NOT NULL,
  `history_user_id` BIGINT,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `app_historicalgame_history_user_id_9fe93452_fk_users_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_historicalmovie` (
  `id` BIGINT NOT NULL,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `history_id` INT NOT NULL AUTO_INCREMENT,
  `history_date` DATETIME(6) NOT NULL,
  `history_change_reason` VARCHAR(100),
  `history_type` VARCHAR(1) NOT NULL,
  `history_user_id` BIGINT,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `app_historicalmovie_history_user_id_072a9f6d_fk_users_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_historicalseason` (
  `id` BIGINT NOT NULL,
  `score` DECIMAL(3,1),
  `status` VARCHAR(20) NOT NULL,
  `notes` TEXT NOT NULL,
  `history_id` INT NOT NULL AUTO_INCREMENT,
  `history_date` DATETIME(6) NOT NULL,
  `history_change_reason` VARCHAR(100),
  `history_type` VARCHAR(1) NOT NULL,
  `history_user_id` BIGINT,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `app_historicalseason_history_user_id_2718ebee_fk_users_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_historicaltv` (
  `id` BIGINT NOT NULL,
  `score` DECIMAL(3,1),
  `status` VARCHAR(20) NOT NULL,
  `notes` TEXT NOT NULL,
  `history_id` INT NOT NULL AUTO_INCREMENT,
  `history_date` DATETIME(6) NOT NULL,
  `history_change_reason` VARCHAR(100),
  `history_type` VARCHAR(1) NOT NULL,
  `history_user_id` BIGINT,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `app_historicaltv_history_user_id_f3f589a3_fk_users_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_manga` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `score` DECIMAL(3,1),
  `progress` INT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `progressed_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_manga_item_id_849fd46b_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_manga_user_id_d86ab84e_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_movie` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `score` DECIMAL(3,1),
  `status` VARCHAR(20) NOT NULL,
  `end_date` DATETIME(6),
  `notes` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `start_date` DATETIME(6),
  `progress` INT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `progressed_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_movie_item_id_d441e212_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_movie_user_id_990cce5c_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_tv` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `score` DECIMAL(3,1),
  `notes` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `item_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_tv_unique_item_user` (`user_id`, `item_id`),
  CONSTRAINT `app_tv_item_id_34599d69_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_tv_user_id_dd7f988e_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_season` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `score` DECIMAL(3,1),
  `status` VARCHAR(20) NOT NULL,
  `notes` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `related_tv_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_season_unique_tv_item` (`related_tv_id`, `item_id`),
  CONSTRAINT `app_season_item_id_3daa1a66_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_season_related_tv_id_7b58e183_fk_app_tv_id` FOREIGN KEY (`related_tv_id`) REFERENCES `app_tv` (`id`),
  CONSTRAINT `app_season_user_id_a82b1427_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_episode` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `end_date` DATETIME(6),
  `related_season_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_episode_item_id_0785571a_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `app_episode_related_season_id_4c96edc7_fk_app_season_id` FOREIGN KEY (`related_season_id`) REFERENCES `app_season` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_usermessage` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `level` VARCHAR(20) NOT NULL,
  `message` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `shown_at` DATETIME(6),
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_usermessage_user_id_cd293cb0_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lists_customlist` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `owner_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lists_customlist_owner_id_6e0c99d7_fk_users_user_id` FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lists_customlist_collaborators` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `customlist_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lists_customlist_collabo_customlist_id_user_id_ee3e4381_uniq` (`customlist_id`, `user_id`),
  CONSTRAINT `lists_customlist_col_customlist_id_566213f9_fk_lists_cus` FOREIGN KEY (`customlist_id`) REFERENCES `lists_customlist` (`id`),
  CONSTRAINT `lists_customlist_col_user_id_7c6df017_fk_users_use` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lists_customlistitem` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `date_added` DATETIME(6) NOT NULL,
  `custom_list_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lists_customlistitem_unique_item_list` (`item_id`, `custom_list_id`),
  CONSTRAINT `lists_customlistitem_custom_list_id_a78a2e9e_fk_lists_cus` FOREIGN KEY (`custom_list_id`) REFERENCES `lists_customlist` (`id`),
  CONSTRAINT `lists_customlistitem_item_id_c542a6a9_fk_app_item_id` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialaccount` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(200) NOT NULL,
  `uid` VARCHAR(191) NOT NULL,
  `last_login` DATETIME(6) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `extra_data` JSON NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`, `uid`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialtoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` TEXT NOT NULL,
  `token_secret` TEXT NOT NULL,
  `expires_at` DATETIME(6),
  `account_id` INT NOT NULL,
  `app_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`, `account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_user_id_group_id_b88eab82_uniq` (`user_id`, `group_id`),
  CONSTRAINT `users_user_groups_group_id_9afc8d0e_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `users_user_groups_user_id_5f6f5a90_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_notification_excluded_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_notification__user_id_item_id_6fa10208_uniq` (`user_id`, `item_id`),
  CONSTRAINT `users_user_notificat_item_id_882e1c0c_fk_app_item_` FOREIGN KEY (`item_id`) REFERENCES `app_item` (`id`),
  CONSTRAINT `users_user_notificat_user_id_84b803ab_fk_users_use` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_user_permissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_user_permissions_user_id_permission_id_43338c45_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `users_user_user_perm_permission_id_0b93982e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `users_user_user_permissions_user_id_20aca447_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

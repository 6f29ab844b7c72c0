-- G5API (PhlexPlexico/G5API), the match-management API and web back end of the Get5 CS2 / CS:GO match plugin
-- Upstream: github.com/PhlexPlexico/G5API, commit 80cac0b60ba4d80e97a11d4a3a61729bc4001097 (MIT)
-- Made by running the 31 db-migrate migrations of migrations/production/ (db-migrate 0.11.14, db-migrate-mysql 3.0.0)
-- into an empty MariaDB 10.11 database and writing SHOW CREATE TABLE of every table (AUTO_INCREMENT counters removed).
-- Left out: db-migrate's own bookkeeping table `migrations`.

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `steam_id` varchar(17) NOT NULL,
  `name` varchar(40) DEFAULT NULL,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `super_admin` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `small_image` varchar(150) DEFAULT NULL,
  `medium_image` varchar(150) DEFAULT NULL,
  `large_image` varchar(150) DEFAULT NULL,
  `api_key` varchar(170) DEFAULT NULL,
  `password` varchar(170) DEFAULT NULL,
  `username` varchar(170) DEFAULT NULL,
  `challonge_api_key` varchar(170) DEFAULT NULL,
  `dathost_allowed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `steam_id` (`steam_id`),
  UNIQUE KEY `api_key` (`api_key`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `challonge_api_key` (`challonge_api_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `game_server` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `in_use` tinyint(1) NOT NULL DEFAULT 0,
  `ip_string` varchar(32) DEFAULT NULL,
  `port` int(11) DEFAULT NULL,
  `rcon_password` varchar(128) DEFAULT NULL,
  `display_name` varchar(32) DEFAULT NULL,
  `public_server` tinyint(1) NOT NULL DEFAULT 0,
  `flag` varchar(4) DEFAULT NULL,
  `gotv_port` int(11) DEFAULT NULL,
  `dathost_server_id` varchar(64) DEFAULT NULL,
  `is_managed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `user_id_game_server_fk` (`user_id`),
  CONSTRAINT `user_id_game_server_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dathost_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(512) NOT NULL,
  `password` varchar(512) NOT NULL,
  `steam_game_server_login_token` varchar(512) NOT NULL DEFAULT '',
  `shutdown_delay_seconds` int(11) NOT NULL DEFAULT 0,
  `preferred_location` varchar(64) NOT NULL DEFAULT '',
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_dathost_config_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `team` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `name` varchar(40) DEFAULT NULL,
  `flag` varchar(4) DEFAULT NULL,
  `logo` varchar(10) DEFAULT NULL,
  `tag` varchar(40) DEFAULT NULL,
  `public_team` tinyint(1) NOT NULL DEFAULT 0,
  `challonge_team_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id_team_fk` (`user_id`),
  CONSTRAINT `user_id_team_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `team_auth_names` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team_id` int(11) DEFAULT NULL,
  `auth` varchar(17) NOT NULL,
  `name` varchar(40) NOT NULL DEFAULT '',
  `captain` tinyint(1) NOT NULL DEFAULT 0,
  `coach` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `team_id_team_auth_names_fk` (`team_id`),
  CONSTRAINT `team_id_team_auth_names_fk` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `season` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `name` varchar(40) DEFAULT NULL,
  `start_date` datetime DEFAULT NULL,
  `end_date` datetime DEFAULT NULL,
  `is_challonge` tinyint(1) DEFAULT NULL,
  `challonge_svg` varchar(256) DEFAULT NULL,
  `challonge_url` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id_season_fk` (`user_id`),
  CONSTRAINT `user_id_season_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `season_cvar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `season_id` int(11) DEFAULT NULL,
  `cvar_name` varchar(150) DEFAULT NULL,
  `cvar_value` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `season_id_season_cvar_fk` (`season_id`),
  CONSTRAINT `season_id_season_cvar_fk` FOREIGN KEY (`season_id`) REFERENCES `season` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `match` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `server_id` int(11) DEFAULT NULL,
  `team1_id` int(11) DEFAULT NULL,
  `team2_id` int(11) DEFAULT NULL,
  `winner` int(11) DEFAULT NULL,
  `team1_score` int(11) NOT NULL DEFAULT 0,
  `team2_score` int(11) NOT NULL DEFAULT 0,
  `team1_series_score` int(11) DEFAULT NULL,
  `team2_series_score` int(11) DEFAULT NULL,
  `team1_string` varchar(32) DEFAULT NULL,
  `team2_string` varchar(32) DEFAULT NULL,
  `cancelled` tinyint(1) NOT NULL DEFAULT 0,
  `forfeit` tinyint(1) NOT NULL DEFAULT 0,
  `start_time` datetime DEFAULT NULL,
  `end_time` datetime DEFAULT NULL,
  `max_maps` int(11) NOT NULL,
  `title` varchar(60) DEFAULT 'Map {MAPNUMBER} of {MAXMAPS}',
  `skip_veto` tinyint(1) NOT NULL DEFAULT 0,
  `api_key` varchar(32) NOT NULL,
  `veto_mappool` varchar(500) DEFAULT NULL,
  `veto_first` varchar(5) DEFAULT NULL,
  `side_type` varchar(32) DEFAULT NULL,
  `plugin_version` varchar(32) DEFAULT 'unknown',
  `private_match` tinyint(1) NOT NULL DEFAULT 0,
  `enforce_teams` tinyint(1) NOT NULL DEFAULT 0,
  `min_player_ready` int(11) NOT NULL DEFAULT 5,
  `season_id` int(11) DEFAULT NULL,
  `is_pug` tinyint(1) DEFAULT 0,
  `players_per_team` int(11) NOT NULL DEFAULT 5,
  `min_spectators_to_ready` int(11) DEFAULT 0,
  `map_sides` varchar(75) DEFAULT NULL,
  `wingman` tinyint(1) DEFAULT 0,
  `game` enum('cs2','csgo') NOT NULL DEFAULT 'cs2',
  PRIMARY KEY (`id`),
  KEY `season_id_match_fk` (`season_id`),
  KEY `team_id_match_winner_fk` (`winner`),
  KEY `team_id_match_team2_fk` (`team2_id`),
  KEY `team_id_match_team1_fk` (`team1_id`),
  KEY `game_server_id_match_fk` (`server_id`),
  KEY `user_id_match_fk` (`user_id`),
  CONSTRAINT `game_server_id_match_fk` FOREIGN KEY (`server_id`) REFERENCES `game_server` (`id`) ON DELETE SET NULL,
  CONSTRAINT `season_id_match_fk` FOREIGN KEY (`season_id`) REFERENCES `season` (`id`) ON DELETE SET NULL,
  CONSTRAINT `team_id_match_team1_fk` FOREIGN KEY (`team1_id`) REFERENCES `team` (`id`) ON DELETE SET NULL,
  CONSTRAINT `team_id_match_team2_fk` FOREIGN KEY (`team2_id`) REFERENCES `team` (`id`) ON DELETE SET NULL,
  CONSTRAINT `team_id_match_winner_fk` FOREIGN KEY (`winner`) REFERENCES `team` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_id_match_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `map_stats` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `match_id` int(11) DEFAULT NULL,
  `winner` int(11) DEFAULT NULL,
  `map_number` int(11) NOT NULL DEFAULT 0,
  `map_name` varchar(64) DEFAULT NULL,
  `team1_score` int(11) NOT NULL DEFAULT 0,
  `team2_score` int(11) NOT NULL DEFAULT 0,
  `start_time` datetime NOT NULL DEFAULT current_timestamp(),
  `end_time` datetime DEFAULT NULL,
  `round_restored` tinyint(1) DEFAULT 0,
  `demoFile` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `team_id_map_stats_winner_fk` (`winner`),
  KEY `match_id_map_stats_fk` (`match_id`),
  CONSTRAINT `match_id_map_stats_fk` FOREIGN KEY (`match_id`) REFERENCES `match` (`id`) ON DELETE SET NULL,
  CONSTRAINT `team_id_map_stats_winner_fk` FOREIGN KEY (`winner`) REFERENCES `team` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_stats` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `match_id` int(11) DEFAULT NULL,
  `map_id` int(11) DEFAULT NULL,
  `team_id` int(11) DEFAULT NULL,
  `steam_id` varchar(17) NOT NULL,
  `name` varchar(40) NOT NULL DEFAULT '',
  `kills` int(11) NOT NULL DEFAULT 0,
  `headshot_kills` int(11) NOT NULL DEFAULT 0,
  `deaths` int(11) NOT NULL DEFAULT 0,
  `assists` int(11) NOT NULL DEFAULT 0,
  `flashbang_assists` int(11) NOT NULL DEFAULT 0,
  `roundsplayed` int(11) NOT NULL DEFAULT 0,
  `teamkills` int(11) NOT NULL DEFAULT 0,
  `knife_kills` int(11) NOT NULL DEFAULT 0,
  `suicides` int(11) NOT NULL DEFAULT 0,
  `damage` int(11) NOT NULL DEFAULT 0,
  `util_damage` int(11) NOT NULL DEFAULT 0,
  `enemies_flashed` int(11) NOT NULL DEFAULT 0,
  `friendlies_flashed` int(11) NOT NULL DEFAULT 0,
  `bomb_plants` int(11) NOT NULL DEFAULT 0,
  `bomb_defuses` int(11) NOT NULL DEFAULT 0,
  `v1` int(11) NOT NULL DEFAULT 0,
  `v2` int(11) NOT NULL DEFAULT 0,
  `v3` int(11) NOT NULL DEFAULT 0,
  `v4` int(11) NOT NULL DEFAULT 0,
  `v5` int(11) NOT NULL DEFAULT 0,
  `k1` int(11) NOT NULL DEFAULT 0,
  `k2` int(11) NOT NULL DEFAULT 0,
  `k3` int(11) NOT NULL DEFAULT 0,
  `k4` int(11) NOT NULL DEFAULT 0,
  `k5` int(11) NOT NULL DEFAULT 0,
  `firstdeath_ct` int(11) NOT NULL DEFAULT 0,
  `firstdeath_t` int(11) NOT NULL DEFAULT 0,
  `firstkill_ct` int(11) NOT NULL DEFAULT 0,
  `firstkill_t` int(11) NOT NULL DEFAULT 0,
  `kast` int(5) NOT NULL DEFAULT 0,
  `contribution_score` int(5) NOT NULL DEFAULT 0,
  `winner` tinyint(1) NOT NULL DEFAULT 0,
  `mvp` int(11) NOT NULL DEFAULT 0,
  `team_name` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `team_id_player_stats_fk` (`team_id`),
  KEY `map_stats_id_player_stats_fk` (`map_id`),
  KEY `match_id_player_stats_fk` (`match_id`),
  CONSTRAINT `map_stats_id_player_stats_fk` FOREIGN KEY (`map_id`) REFERENCES `map_stats` (`id`) ON DELETE SET NULL,
  CONSTRAINT `match_id_player_stats_fk` FOREIGN KEY (`match_id`) REFERENCES `match` (`id`) ON DELETE SET NULL,
  CONSTRAINT `team_id_player_stats_fk` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `player_stat_extras` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `player_steam_id` varchar(17) NOT NULL,
  `player_name` varchar(75) NOT NULL,
  `player_side` varchar(5) NOT NULL,
  `map_id` int(11) DEFAULT NULL,
  `match_id` int(11) DEFAULT NULL,
  `team_id` int(11) DEFAULT NULL,
  `round_number` int(11) NOT NULL,
  `round_time` int(11) NOT NULL,
  `attacker_steam_id` varchar(17) DEFAULT NULL,
  `attacker_name` varchar(75) DEFAULT NULL,
  `attacker_side` varchar(5) DEFAULT NULL,
  `weapon` varchar(15) NOT NULL,
  `bomb` tinyint(1) NOT NULL DEFAULT 0,
  `headshot` tinyint(1) NOT NULL DEFAULT 0,
  `thru_smoke` tinyint(1) NOT NULL DEFAULT 0,
  `attacker_blind` tinyint(1) NOT NULL DEFAULT 0,
  `no_scope` tinyint(1) NOT NULL DEFAULT 0,
  `suicide` tinyint(1) NOT NULL DEFAULT 0,
  `friendly_fire` tinyint(1) NOT NULL DEFAULT 0,
  `assister_steam_id` varchar(17) DEFAULT NULL,
  `assister_name` varchar(75) DEFAULT NULL,
  `assister_side` varchar(5) DEFAULT NULL,
  `assist_friendly_fire` tinyint(1) NOT NULL DEFAULT 0,
  `flash_assist` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `map_id_extras_fk` (`map_id`),
  KEY `match_id_extras_fk` (`match_id`),
  KEY `team_id_extras_fk` (`team_id`),
  KEY `player_steam_id_idx` (`player_steam_id`),
  KEY `attacker_steam_id_idx` (`attacker_steam_id`),
  CONSTRAINT `map_id_extras_fk` FOREIGN KEY (`map_id`) REFERENCES `map_stats` (`id`) ON DELETE SET NULL,
  CONSTRAINT `match_id_extras_fk` FOREIGN KEY (`match_id`) REFERENCES `match` (`id`) ON DELETE SET NULL,
  CONSTRAINT `team_id_extras_fk` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `match_audit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `match_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `time_affected` datetime NOT NULL DEFAULT current_timestamp(),
  `cmd_used` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id_match_audit_fk` (`user_id`),
  KEY `match_id_match_audit_fk` (`match_id`),
  CONSTRAINT `match_id_match_audit_fk` FOREIGN KEY (`match_id`) REFERENCES `match` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_id_match_audit_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `match_bomb_plants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `match_id` int(11) DEFAULT NULL,
  `map_id` int(11) DEFAULT NULL,
  `player_stats_id` int(11) DEFAULT NULL,
  `round_number` int(11) NOT NULL,
  `round_time` int(11) NOT NULL,
  `site` varchar(10) NOT NULL,
  `defused` tinyint(1) DEFAULT NULL,
  `bomb_time_remaining` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `player_stats_id_bomb_plants_fk` (`player_stats_id`),
  KEY `map_id_bomb_plants_fk` (`map_id`),
  KEY `match_id_bomb_plants_fk` (`match_id`),
  CONSTRAINT `map_id_bomb_plants_fk` FOREIGN KEY (`map_id`) REFERENCES `map_stats` (`id`) ON DELETE CASCADE,
  CONSTRAINT `match_id_bomb_plants_fk` FOREIGN KEY (`match_id`) REFERENCES `match` (`id`) ON DELETE CASCADE,
  CONSTRAINT `player_stats_id_bomb_plants_fk` FOREIGN KEY (`player_stats_id`) REFERENCES `player_stats` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `match_cvar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `match_id` int(11) DEFAULT NULL,
  `cvar_name` varchar(150) DEFAULT NULL,
  `cvar_value` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `match_id_match_cvar_fk` (`match_id`),
  CONSTRAINT `match_id_match_cvar_fk` FOREIGN KEY (`match_id`) REFERENCES `match` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `match_pause` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `match_id` int(11) DEFAULT NULL,
  `pause_type` varchar(10) DEFAULT NULL,
  `team_paused` varchar(40) DEFAULT NULL,
  `paused` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `match_id_match_pause_fk` (`match_id`),
  CONSTRAINT `match_id_match_pause_fk` FOREIGN KEY (`match_id`) REFERENCES `match` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `match_spectator` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `match_id` int(11) DEFAULT NULL,
  `auth` varchar(17) NOT NULL,
  `spectator_name` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `match_id_match_spectator_fk` (`match_id`),
  CONSTRAINT `match_id_match_spectator_fk` FOREIGN KEY (`match_id`) REFERENCES `match` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `map_list` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `map_name` varchar(32) NOT NULL DEFAULT '',
  `map_display_name` varchar(32) NOT NULL DEFAULT '',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `inserted_at` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `user_id_map_list_fk` (`user_id`),
  CONSTRAINT `user_id_map_list_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `veto` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `match_id` int(11) DEFAULT NULL,
  `team_name` varchar(64) NOT NULL,
  `map` varchar(32) NOT NULL,
  `pick_or_veto` varchar(4) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `match_id_veto_fk` (`match_id`),
  CONSTRAINT `match_id_veto_fk` FOREIGN KEY (`match_id`) REFERENCES `match` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `veto_side` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `veto_id` int(11) DEFAULT NULL,
  `match_id` int(11) DEFAULT NULL,
  `team_name` varchar(64) NOT NULL,
  `map` varchar(32) NOT NULL,
  `side` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `match_id_veto_side_fk` (`match_id`),
  KEY `veto_id_veto_side_fk` (`veto_id`),
  CONSTRAINT `match_id_veto_side_fk` FOREIGN KEY (`match_id`) REFERENCES `match` (`id`) ON DELETE CASCADE,
  CONSTRAINT `veto_id_veto_side_fk` FOREIGN KEY (`veto_id`) REFERENCES `veto` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- YOURLS (Your Own URL Shortener) 1.10.5-dev, database version 507
--   github.com/YOURLS/YOURLS commit b8c7882e34309aab63ac0361b4df19ea5dce6392 (MIT)
--   includes/functions-install.php, yourls_create_sql_tables(): the three CREATE TABLE strings as upstream
--   writes them, with the default table prefix `yourls_` (YOURLS_DB_PREFIX of config-sample.php) and
--   `IF NOT EXISTS` dropped. These are all of YOURLS's tables: its users and passwords live in
--   user/config.php, not in the database.

CREATE TABLE `yourls_url` (
  `keyword` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `url` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `title` text COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp(),
  `ip` varchar(41) COLLATE utf8mb4_unicode_ci NOT NULL,
  `clicks` int(10) unsigned NOT NULL,
  PRIMARY KEY (`keyword`),
  KEY `ip` (`ip`),
  KEY `timestamp` (`timestamp`),
  KEY `url_idx` (`url`(30))
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `yourls_options` (
  `option_id` bigint(20) unsigned NOT NULL auto_increment,
  `option_name` varchar(64) COLLATE utf8mb4_unicode_ci NOT NULL default '',
  `option_value` longtext COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY  (`option_id`,`option_name`),
  KEY `option_name` (`option_name`)
) AUTO_INCREMENT=1 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `yourls_log` (
  `click_id` int(11) NOT NULL auto_increment,
  `click_time` datetime NOT NULL,
  `shorturl` varchar(100) BINARY NOT NULL,
  `referrer` varchar(200) NOT NULL,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(41) NOT NULL,
  `country_code` char(2) NOT NULL,
  PRIMARY KEY  (`click_id`),
  KEY `shorturl` (`shorturl`)
) AUTO_INCREMENT=1 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Matomo (web analytics), version 5.2.0-b5 development line, commit f09912cb702a76d06ab1a129a8e0a4e2a61818a8 (2024-10-24)
-- Upstream: github.com/matomo-org/matomo core/Db/Schema/Mysql.php (getTablesCreateSql), the log_visit /
-- log_link_visit_action / log_conversion columns added by the default plugins' plugins/*/Columns/*.php dimensions
-- (CustomDimensions: plugins/CustomDimensions/Dao/LogTable.php), in the order of tests/resources/OmniFixture-dump.sql,
-- and the tables created by plugins/{CustomDimensions,Dashboard,LanguagesManager,PrivacyManager,ScheduledReports,SegmentEditor}.
-- Licence: GPL-3.0-or-later. Table prefix (matomo_) left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE user (
                          login VARCHAR(100) NOT NULL,
                          password VARCHAR(255) NOT NULL,
                          email VARCHAR(100) NOT NULL,
                          twofactor_secret VARCHAR(40) NOT NULL DEFAULT '',
                          superuser_access TINYINT(2) unsigned NOT NULL DEFAULT '0',
                          date_registered TIMESTAMP NULL,
                          ts_password_modified TIMESTAMP NULL,
                          idchange_last_viewed INTEGER UNSIGNED NULL,
                          invited_by VARCHAR(100) NULL,
                          invite_token VARCHAR(191) NULL,
                          invite_link_token VARCHAR(191) NULL,
                          invite_expired_at TIMESTAMP NULL,
                          invite_accept_at TIMESTAMP NULL,
                          ts_changes_shown TIMESTAMP NULL,
                            PRIMARY KEY(login),
                            UNIQUE INDEX `uniq_email` (`email`)
                          ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE user_token_auth (
                          idusertokenauth BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
                          login VARCHAR(100) NOT NULL,
                          description VARCHAR(100) NOT NULL,
                          password VARCHAR(191) NOT NULL,
                          hash_algo VARCHAR(30) NOT NULL,
                          system_token TINYINT(1) NOT NULL DEFAULT 0,
                          last_used DATETIME NULL,
                          date_created DATETIME NOT NULL,
                          date_expired DATETIME NULL,
                          secure_only TINYINT(2) unsigned NOT NULL DEFAULT '0',
                            PRIMARY KEY(idusertokenauth),
                            UNIQUE KEY uniq_password(password)
                          ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE twofactor_recovery_code (
                          idrecoverycode BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
                          login VARCHAR(100) NOT NULL,
                          recovery_code VARCHAR(40) NOT NULL,
                            PRIMARY KEY(idrecoverycode)
                          ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE access (
                          idaccess INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
                          login VARCHAR(100) NOT NULL,
                          idsite INTEGER UNSIGNED NOT NULL,
                          access VARCHAR(50) NULL,
                            PRIMARY KEY(idaccess),
                            INDEX index_loginidsite (login, idsite)
                          ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE site (
                          idsite INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
                          name VARCHAR(90) NOT NULL,
                          main_url VARCHAR(255) NOT NULL,
                            ts_created TIMESTAMP NULL,
                            ecommerce TINYINT DEFAULT 0,
                            sitesearch TINYINT DEFAULT 1,
                            sitesearch_keyword_parameters TEXT NOT NULL,
                            sitesearch_category_parameters TEXT NOT NULL,
                            timezone VARCHAR( 50 ) NOT NULL,
                            currency CHAR( 3 ) NOT NULL,
                            exclude_unknown_urls TINYINT(1) DEFAULT 0,
                            excluded_ips TEXT NOT NULL,
                            excluded_parameters TEXT NOT NULL,
                            excluded_user_agents TEXT NOT NULL,
                            excluded_referrers TEXT NOT NULL,
                            `group` VARCHAR(250) NOT NULL,
                            `type` VARCHAR(255) NOT NULL,
                            keep_url_fragment TINYINT NOT NULL DEFAULT 0,
                            creator_login VARCHAR(100) NULL,
                              PRIMARY KEY(idsite)
                            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE plugin_setting (
                              `plugin_name` VARCHAR(60) NOT NULL,
                              `setting_name` VARCHAR(255) NOT NULL,
                              `setting_value` LONGTEXT NOT NULL,
                              `json_encoded` TINYINT UNSIGNED NOT NULL DEFAULT 0,
                              `user_login` VARCHAR(100) NOT NULL DEFAULT '',
                              `idplugin_setting` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
                              PRIMARY KEY (idplugin_setting),
                              INDEX(plugin_name, user_login)
                            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE site_setting (
                              idsite INTEGER(10) UNSIGNED NOT NULL,
                              `plugin_name` VARCHAR(60) NOT NULL,
                              `setting_name` VARCHAR(255) NOT NULL,
                              `setting_value` LONGTEXT NOT NULL,
                              `json_encoded` TINYINT UNSIGNED NOT NULL DEFAULT 0,
                              `idsite_setting` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
                              PRIMARY KEY (idsite_setting),
                              INDEX(idsite, plugin_name)
                            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE site_url (
                              idsite INTEGER(10) UNSIGNED NOT NULL,
                              url VARCHAR(190) NOT NULL,
                                PRIMARY KEY(idsite, url)
                              ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `goal` (
                              `idsite` int(11) NOT NULL,
                              `idgoal` int(11) NOT NULL,
                              `name` varchar(50) NOT NULL,
                              `description` varchar(255) NOT NULL DEFAULT '',
                              `match_attribute` varchar(20) NOT NULL,
                              `pattern` varchar(255) NOT NULL,
                              `pattern_type` varchar(25) NOT NULL,
                              `case_sensitive` tinyint(4) NOT NULL,
                              `allow_multiple` tinyint(4) NOT NULL,
                              `revenue` DOUBLE NOT NULL,
                              `deleted` tinyint(4) NOT NULL default '0',
                              `event_value_as_revenue` tinyint(4) NOT NULL default '0',
                                PRIMARY KEY  (`idsite`,`idgoal`)
                              ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE logger_message (
                                      idlogger_message INTEGER UNSIGNED NOT NULL AUTO_INCREMENT,
                                      tag VARCHAR(50) NULL,
                                      timestamp TIMESTAMP NULL,
                                      level VARCHAR(16) NULL,
                                      message TEXT NULL,
                                        PRIMARY KEY(idlogger_message)
                                      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE log_action (
                                      idaction INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
                                      name VARCHAR(4096),
                                      hash INTEGER(10) UNSIGNED NOT NULL,
                                      type TINYINT UNSIGNED NULL,
                                      url_prefix TINYINT(2) NULL,
                                        PRIMARY KEY(idaction),
                                        INDEX index_type_hash (type, hash)
                                      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE log_visit (
                              idvisit BIGINT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
                              idsite INTEGER(10) UNSIGNED NOT NULL,
                              idvisitor BINARY(8) NOT NULL,
                              visit_last_action_time DATETIME NOT NULL,
                              config_id BINARY(8) NOT NULL,
                              location_ip VARBINARY(16) NOT NULL,
                              profilable TINYINT(1) NULL,
                              user_id VARCHAR(200) NULL,
                              visit_first_action_time DATETIME NOT NULL,
                              visit_goal_buyer TINYINT(1) NULL,
                              visit_goal_converted TINYINT(1) NULL,
                              visitor_returning TINYINT(1) NULL,
                              visitor_seconds_since_first INT(11) UNSIGNED NULL,
                              visitor_seconds_since_order INT(11) UNSIGNED NULL,
                              visitor_count_visits INT(11) UNSIGNED NOT NULL DEFAULT 0,
                              visit_entry_idaction_name INTEGER(10) UNSIGNED NULL,
                              visit_entry_idaction_url INTEGER(11) UNSIGNED NULL  DEFAULT NULL,
                              visit_exit_idaction_name INTEGER(10) UNSIGNED NULL,
                              visit_exit_idaction_url INTEGER(10) UNSIGNED NULL DEFAULT 0,
                              visit_total_actions INT(11) UNSIGNED NULL,
                              visit_total_interactions MEDIUMINT UNSIGNED DEFAULT 0,
                              visit_total_searches SMALLINT(5) UNSIGNED NULL,
                              referer_keyword VARCHAR(255) NULL,
                              referer_name VARCHAR(255) NULL,
                              referer_type TINYINT(1) UNSIGNED NULL,
                              referer_url VARCHAR(1500) NULL,
                              location_browser_lang VARCHAR(20) NULL,
                              config_browser_engine VARCHAR(10) NULL,
                              config_browser_name VARCHAR(40) NULL,
                              config_browser_version VARCHAR(20) NULL,
                              config_client_type TINYINT( 1 ) NULL DEFAULT NULL,
                              config_device_brand VARCHAR( 100 ) CHARACTER SET utf8 COLLATE utf8_general_ci NULL DEFAULT NULL,
                              config_device_model VARCHAR( 100 ) CHARACTER SET utf8 COLLATE utf8_general_ci NULL DEFAULT NULL,
                              config_device_type TINYINT( 100 ) NULL DEFAULT NULL,
                              config_os CHAR(3) NULL,
                              config_os_version VARCHAR( 100 ) CHARACTER SET utf8 COLLATE utf8_general_ci NULL DEFAULT NULL,
                              visit_total_events INT(11) UNSIGNED NULL,
                              visitor_localtime TIME NULL,
                              visitor_seconds_since_last INT(11) UNSIGNED NULL,
                              config_resolution VARCHAR(18) NULL,
                              config_cookie TINYINT(1) NULL,
                              config_flash TINYINT(1) NULL,
                              config_java TINYINT(1) NULL,
                              config_pdf TINYINT(1) NULL,
                              config_quicktime TINYINT(1) NULL,
                              config_realplayer TINYINT(1) NULL,
                              config_silverlight TINYINT(1) NULL,
                              config_windowsmedia TINYINT(1) NULL,
                              visit_total_time INT(11) UNSIGNED NOT NULL,
                              location_city varchar(255) DEFAULT NULL,
                              location_country CHAR(3) NULL,
                              location_latitude decimal(9, 6) DEFAULT NULL,
                              location_longitude decimal(9, 6) DEFAULT NULL,
                              location_region char(3) DEFAULT NULL,
                              last_idlink_va BIGINT UNSIGNED DEFAULT NULL,
                              custom_dimension_1 VARCHAR(255) DEFAULT NULL,
                              custom_dimension_2 VARCHAR(255) DEFAULT NULL,
                              custom_dimension_3 VARCHAR(255) DEFAULT NULL,
                              custom_dimension_4 VARCHAR(255) DEFAULT NULL,
                              custom_dimension_5 VARCHAR(255) DEFAULT NULL,
                                PRIMARY KEY(idvisit),
                                INDEX index_idsite_config_datetime (idsite, config_id, visit_last_action_time),
                                INDEX index_idsite_datetime (idsite, visit_last_action_time),
                                INDEX index_idsite_idvisitor_time (idsite, idvisitor, visit_last_action_time DESC)
                              ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_conversion_item` (
                                        idsite int(10) UNSIGNED NOT NULL,
                                        idvisitor BINARY(8) NOT NULL,
                                        server_time DATETIME NOT NULL,
                                        idvisit BIGINT(10) UNSIGNED NOT NULL,
                                        idorder varchar(100) NOT NULL,
                                        idaction_sku INTEGER(10) UNSIGNED NOT NULL,
                                        idaction_name INTEGER(10) UNSIGNED NOT NULL,
                                        idaction_category INTEGER(10) UNSIGNED NOT NULL,
                                        idaction_category2 INTEGER(10) UNSIGNED NOT NULL,
                                        idaction_category3 INTEGER(10) UNSIGNED NOT NULL,
                                        idaction_category4 INTEGER(10) UNSIGNED NOT NULL,
                                        idaction_category5 INTEGER(10) UNSIGNED NOT NULL,
                                        price DOUBLE NOT NULL,
                                        quantity INTEGER(10) UNSIGNED NOT NULL,
                                        deleted TINYINT(1) UNSIGNED NOT NULL,
                                          PRIMARY KEY(idvisit, idorder, idaction_sku),
                                          INDEX index_idsite_servertime ( idsite, server_time )
                                        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_conversion` (
                                      idvisit BIGINT(10) unsigned NOT NULL,
                                      idsite int(10) unsigned NOT NULL,
                                      idvisitor BINARY(8) NOT NULL,
                                      server_time datetime NOT NULL,
                                      idaction_url INTEGER(10) UNSIGNED default NULL,
                                      idlink_va BIGINT(10) UNSIGNED default NULL,
                                      idgoal int(10) NOT NULL,
                                      buster int unsigned NOT NULL,
                                      idorder varchar(100) default NULL,
                                      items SMALLINT UNSIGNED DEFAULT NULL,
                                      url VARCHAR(4096) NOT NULL,
                                      revenue DOUBLE default NULL,
                                      revenue_shipping DOUBLE default NULL,
                                      revenue_subtotal DOUBLE default NULL,
                                      revenue_tax DOUBLE default NULL,
                                      revenue_discount DOUBLE default NULL,
                                      pageviews_before SMALLINT UNSIGNED DEFAULT NULL,
                                      visitor_returning TINYINT(1) NULL,
                                      visitor_seconds_since_first INT(11) UNSIGNED NULL,
                                      visitor_seconds_since_order INT(11) UNSIGNED NULL,
                                      visitor_count_visits INT(11) UNSIGNED NOT NULL DEFAULT 0,
                                      referer_keyword VARCHAR(255) NULL,
                                      referer_name VARCHAR(255) NULL,
                                      referer_type TINYINT(1) UNSIGNED NULL,
                                      config_browser_name VARCHAR(40) NULL,
                                      config_client_type TINYINT( 1 ) NULL DEFAULT NULL,
                                      config_device_brand VARCHAR( 100 ) CHARACTER SET utf8 COLLATE utf8_general_ci NULL DEFAULT NULL,
                                      config_device_model VARCHAR( 100 ) CHARACTER SET utf8 COLLATE utf8_general_ci NULL DEFAULT NULL,
                                      config_device_type TINYINT( 100 ) NULL DEFAULT NULL,
                                      location_city varchar(255) DEFAULT NULL,
                                      location_country CHAR(3) NULL,
                                      location_latitude decimal(9, 6) DEFAULT NULL,
                                      location_longitude decimal(9, 6) DEFAULT NULL,
                                      location_region char(3) DEFAULT NULL,
                                      custom_dimension_1 VARCHAR(255) DEFAULT NULL,
                                      custom_dimension_2 VARCHAR(255) DEFAULT NULL,
                                      custom_dimension_3 VARCHAR(255) DEFAULT NULL,
                                      custom_dimension_4 VARCHAR(255) DEFAULT NULL,
                                      custom_dimension_5 VARCHAR(255) DEFAULT NULL,
                                        PRIMARY KEY (idvisit, idgoal, buster),
                                        UNIQUE KEY unique_idsite_idorder (idsite, idorder),
                                        INDEX index_idsite_datetime ( idsite, server_time )
                                      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE log_link_visit_action (
                                        idlink_va BIGINT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
                                        idsite int(10) UNSIGNED NOT NULL,
                                        idvisitor BINARY(8) NOT NULL,
                                        idvisit BIGINT(10) UNSIGNED NOT NULL,
                                        idaction_url_ref INTEGER(10) UNSIGNED NULL DEFAULT 0,
                                        idaction_name_ref INTEGER(10) UNSIGNED NULL,
                                        custom_float DOUBLE NULL DEFAULT NULL,
                                        pageview_position MEDIUMINT UNSIGNED DEFAULT NULL,
                                        server_time DATETIME NOT NULL,
                                        idpageview CHAR(6) NULL DEFAULT NULL,
                                        idaction_name INTEGER(10) UNSIGNED,
                                        idaction_url INTEGER(10) UNSIGNED DEFAULT NULL,
                                        search_cat VARCHAR(200) NULL,
                                        search_count INTEGER(10) UNSIGNED NULL,
                                        time_spent_ref_action INTEGER(10) UNSIGNED NULL,
                                        idaction_product_cat INT(10) UNSIGNED NULL,
                                        idaction_product_cat2 INT(10) UNSIGNED NULL,
                                        idaction_product_cat3 INT(10) UNSIGNED NULL,
                                        idaction_product_cat4 INT(10) UNSIGNED NULL,
                                        idaction_product_cat5 INT(10) UNSIGNED NULL,
                                        idaction_product_name INT(10) UNSIGNED NULL,
                                        product_price DOUBLE NULL,
                                        idaction_product_sku INT(10) UNSIGNED NULL,
                                        idaction_event_action INTEGER(10) UNSIGNED DEFAULT NULL,
                                        idaction_event_category INTEGER(10) UNSIGNED DEFAULT NULL,
                                        idaction_content_interaction INTEGER(10) UNSIGNED DEFAULT NULL,
                                        idaction_content_name INTEGER(10) UNSIGNED DEFAULT NULL,
                                        idaction_content_piece INTEGER(10) UNSIGNED DEFAULT NULL,
                                        idaction_content_target INTEGER(10) UNSIGNED DEFAULT NULL,
                                        time_dom_completion MEDIUMINT(10) UNSIGNED NULL,
                                        time_dom_processing MEDIUMINT(10) UNSIGNED NULL,
                                        time_network MEDIUMINT(10) UNSIGNED NULL,
                                        time_on_load MEDIUMINT(10) UNSIGNED NULL,
                                        time_server MEDIUMINT(10) UNSIGNED NULL,
                                        time_transfer MEDIUMINT(10) UNSIGNED NULL,
                                        time_spent INT UNSIGNED DEFAULT NULL,
                                        custom_dimension_1 VARCHAR(255) DEFAULT NULL,
                                        custom_dimension_2 VARCHAR(255) DEFAULT NULL,
                                        custom_dimension_3 VARCHAR(255) DEFAULT NULL,
                                        custom_dimension_4 VARCHAR(255) DEFAULT NULL,
                                        custom_dimension_5 VARCHAR(255) DEFAULT NULL,
                                          PRIMARY KEY(idlink_va),
                                          INDEX index_idvisit(idvisit)
                                        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE log_profiling (
                                  query TEXT NOT NULL,
                                  count INTEGER UNSIGNED NULL,
                                  sum_time_ms FLOAT NULL,
                                  idprofiling BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
                                    PRIMARY KEY (idprofiling),
                                    UNIQUE KEY query(query(100))
                                  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `option` (
                                option_name VARCHAR( 191 ) NOT NULL,
                                option_value LONGTEXT NOT NULL,
                                autoload TINYINT NOT NULL DEFAULT '1',
                                  PRIMARY KEY ( option_name ),
                                  INDEX autoload( autoload )
                                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE session (
                                id VARCHAR( 191 ) NOT NULL,
                                modified INTEGER,
                                lifetime INTEGER,
                                data MEDIUMTEXT,
                                  PRIMARY KEY ( id )
                                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE archive_numeric (
                                      idarchive INTEGER UNSIGNED NOT NULL,
                                      name VARCHAR(190) NOT NULL,
                                      idsite INTEGER UNSIGNED NULL,
                                      date1 DATE NULL,
                                      date2 DATE NULL,
                                      period TINYINT UNSIGNED NULL,
                                      ts_archived DATETIME NULL,
                                      value DOUBLE NULL,
                                        PRIMARY KEY(idarchive, name),
                                        INDEX index_idsite_dates_period(idsite, date1, date2, period, name(6)),
                                        INDEX index_period_archived(period, ts_archived)
                                      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE archive_blob (
                                      idarchive INTEGER UNSIGNED NOT NULL,
                                      name VARCHAR(190) NOT NULL,
                                      idsite INTEGER UNSIGNED NULL,
                                      date1 DATE NULL,
                                      date2 DATE NULL,
                                      period TINYINT UNSIGNED NULL,
                                      ts_archived DATETIME NULL,
                                      value MEDIUMBLOB NULL,
                                        PRIMARY KEY(idarchive, name),
                                        INDEX index_period_archived(period, ts_archived)
                                      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archive_invalidations` (
                                            idinvalidation BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
                                            idarchive INTEGER UNSIGNED NULL,
                                            name VARCHAR(255) NOT NULL,
                                            idsite INTEGER UNSIGNED NOT NULL,
                                            date1 DATE NOT NULL,
                                            date2 DATE NOT NULL,
                                            period TINYINT UNSIGNED NOT NULL,
                                            ts_invalidated DATETIME NULL,
                                            ts_started DATETIME NULL,
                                            status TINYINT(1) UNSIGNED DEFAULT 0,
                                            `report` VARCHAR(255) NULL,
                                            PRIMARY KEY(idinvalidation),
                                            INDEX index_idsite_dates_period_name(idsite, date1, period)
                                        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE sequence (
                                      `name` VARCHAR(120) NOT NULL,
                                      `value` BIGINT(20) UNSIGNED NOT NULL ,
                                      PRIMARY KEY(`name`)
                                  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE brute_force_log (
                                      `id_brute_force_log` bigint(11) NOT NULL AUTO_INCREMENT,
                                      `ip_address` VARCHAR(60) DEFAULT NULL,
                                      `attempted_at` datetime NOT NULL,
                                      `login` VARCHAR(100) NULL,
                                        INDEX index_ip_address(ip_address),
                                      PRIMARY KEY(`id_brute_force_log`)
                                      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE tracking_failure (
                                      `idsite` BIGINT(20) UNSIGNED NOT NULL ,
                                      `idfailure` SMALLINT UNSIGNED NOT NULL ,
                                      `date_first_occurred` DATETIME NOT NULL ,
                                      `request_url` MEDIUMTEXT NOT NULL ,
                                      PRIMARY KEY(`idsite`, `idfailure`)
                                  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locks` (
                                      `key` VARCHAR(70) NOT NULL,
                                      `value` VARCHAR(255) NULL DEFAULT NULL,
                                      `expiry_time` BIGINT UNSIGNED DEFAULT 9999999999,
                                      PRIMARY KEY (`key`)
                                  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `changes` (
                                      `idchange` INTEGER UNSIGNED NOT NULL AUTO_INCREMENT,
                                      `created_time` DATETIME NOT NULL,
                                      `plugin_name` VARCHAR(60) NOT NULL,
                                      `version` VARCHAR(20) NOT NULL, 
                                      `title` VARCHAR(255) NOT NULL,                                      
                                      `description` TEXT NULL,
                                      `link_name` VARCHAR(255) NULL,
                                      `link` VARCHAR(255) NULL,       
                                      PRIMARY KEY(`idchange`),
                                      UNIQUE KEY unique_plugin_version_title (`plugin_name`, `version`, `title`(100))                            
                                  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE custom_dimensions (
  `idcustomdimension` BIGINT UNSIGNED NOT NULL,
  `idsite` BIGINT UNSIGNED NOT NULL ,
  `name` VARCHAR(100) NOT NULL ,
  `index` SMALLINT UNSIGNED NOT NULL ,
  `scope` VARCHAR(10) NOT NULL ,
  `active` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `extractions` TEXT NOT NULL DEFAULT '',
  `case_sensitive` TINYINT UNSIGNED NOT NULL DEFAULT 1,
  PRIMARY KEY (`idcustomdimension`, `idsite`),
  UNIQUE KEY uniq_hash(idsite, `scope`, `index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE user_dashboard (
  login VARCHAR( 100 ) NOT NULL ,
  iddashboard INT NOT NULL ,
  name VARCHAR( 100 ) NULL DEFAULT NULL ,
  layout TEXT NOT NULL,
  PRIMARY KEY ( login , iddashboard )
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE user_language (
  login VARCHAR( 100 ) NOT NULL ,
  language VARCHAR( 10 ) NOT NULL ,
  use_12_hour_clock TINYINT(1) NOT NULL DEFAULT 0 ,
  PRIMARY KEY ( login )
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE privacy_logdata_anonymizations (
  `idlogdata_anonymization` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `idsites` TEXT NULL DEFAULT NULL,
  `date_start` DATETIME NOT NULL,
  `date_end` DATETIME NOT NULL,
  `anonymize_ip` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
  `anonymize_location` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
  `anonymize_userid` TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
  `unset_visit_columns` TEXT NOT NULL DEFAULT '',
  `unset_link_visit_action_columns` TEXT NOT NULL DEFAULT '',
  `output` MEDIUMTEXT NULL DEFAULT NULL,
  `scheduled_date` DATETIME NULL,
  `job_start_date` DATETIME NULL,
  `job_finish_date` DATETIME NULL,
  `requester` VARCHAR(100) NOT NULL DEFAULT '',
  PRIMARY KEY(`idlogdata_anonymization`), KEY(`job_start_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE report (
  `idreport` INT(11) NOT NULL AUTO_INCREMENT,
  `idsite` INTEGER(11) NOT NULL,
  `login` VARCHAR(100) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `idsegment` INT(11),
  `period` VARCHAR(10) NOT NULL,
  `hour` tinyint NOT NULL default 0,
  `type` VARCHAR(10) NOT NULL,
  `format` VARCHAR(10) NOT NULL,
  `reports` TEXT NOT NULL,
  `parameters` TEXT NULL,
  `ts_created` TIMESTAMP NULL,
  `ts_last_sent` TIMESTAMP NULL,
  `deleted` tinyint(4) NOT NULL default 0,
  `evolution_graph_within_period` TINYINT(4) NOT NULL DEFAULT 0,
  `evolution_graph_period_n` INT(11) NOT NULL,
  `period_param` VARCHAR(10) NULL,
  PRIMARY KEY (`idreport`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE report_subscriptions (
  `idreport` INT(11) NOT NULL,
  `token` VARCHAR(100) NULL,
  `email` VARCHAR(100) NOT NULL,
  `ts_subscribed` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  `ts_unsubscribed` TIMESTAMP NULL,
  PRIMARY KEY (`idreport`, `email`),
  UNIQUE INDEX `unique_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE segment (
  `idsegment` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `definition` TEXT NOT NULL,
  `hash` CHAR(32) NULL,
  `login` VARCHAR(100) NOT NULL,
  `enable_all_users` tinyint(4) NOT NULL default 0,
  `enable_only_idsite` INTEGER(11) NULL,
  `auto_archive` tinyint(4) NOT NULL default 0,
  `ts_created` TIMESTAMP NULL,
  `ts_last_edit` TIMESTAMP NULL,
  `deleted` tinyint(4) NOT NULL default 0,
  PRIMARY KEY (`idsegment`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

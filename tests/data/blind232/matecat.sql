-- MateCat (web CAT tool and translation-project server of Translated, matecat.com), github.com/matecat/MateCat,
-- commit acf02995cd7cf08d8e3d9fe3e10ec6a508dbd04f (LGPL-3.0). Upstream's install schema lib/Model/matecat.sql (a
-- mysqldump of the matecat database; INSTALL/matecat.sql is the same with utf8), CREATE TABLE statements kept verbatim,
-- column order and keys as upstream (the dump declares no foreign keys). The activity_log partitioning clause is kept
-- as upstream wrote it (a versioned comment). conversions_log is created by the same file in a second database,
-- matecat_conversions_log; it is written here beside the others. Left out: the mysqldump session settings, the
-- show_clients view, seed rows (engines, sequences, phinxlog) and the tables phinxlog, sequences, segment_original_data, segment_translations_splits, files_parts, file_references, qa_model_template_passfail_options, qa_model_template_passfails, job_custom_payable_rates, context_groups, original_files_map.
-- Note: the dump lags a few later phinx migrations (migrations/*.php: filters/xliff-config and MT-QE template tables,
-- project_templates options); they are not applied.

CREATE TABLE `activity_log` (
    `ID` int(11) NOT NULL AUTO_INCREMENT,
    `id_project` int(10) unsigned DEFAULT NULL,
    `id_job` int(10) unsigned DEFAULT NULL,
    `action` int(10) unsigned NOT NULL,
    `ip` varchar(45) NOT NULL,
    `uid` int(10) unsigned DEFAULT NULL,
    `event_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `memory_key` varchar(100) DEFAULT NULL,
    PRIMARY KEY (`ID`,`event_date`),
    KEY `ip_idx` (`ip`) USING BTREE,
    KEY `id_job_idx` (`id_job`) USING BTREE,
    KEY `id_project_idx` (`id_project`) USING BTREE,
    KEY `uid_idx` (`uid`) USING BTREE,
    KEY `event_date_idx` (`event_date`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
    /*!50100 PARTITION BY RANGE ( UNIX_TIMESTAMP(event_date))
    (PARTITION p2016 VALUES LESS THAN (1483228800) ENGINE = InnoDB,
    PARTITION p2017 VALUES LESS THAN (1514764800) ENGINE = InnoDB,
    PARTITION p2018 VALUES LESS THAN (1546300800) ENGINE = InnoDB,
    PARTITION p2019 VALUES LESS THAN (1577836800) ENGINE = InnoDB,
    PARTITION p2020 VALUES LESS THAN (1609459200) ENGINE = InnoDB,
    PARTITION p2021 VALUES LESS THAN (1640995200) ENGINE = InnoDB,
    PARTITION p2022 VALUES LESS THAN (1672531200) ENGINE = InnoDB,
    PARTITION p2023 VALUES LESS THAN (1704067200) ENGINE = InnoDB,
    PARTITION p2024 VALUES LESS THAN (1735689600) ENGINE = InnoDB,
    PARTITION p2025 VALUES LESS THAN (1767225600) ENGINE = InnoDB,
    PARTITION p2026MAX VALUES LESS THAN MAXVALUE ENGINE = InnoDB) */;

CREATE TABLE `api_keys`
(
    `id`          bigint(20)  NOT NULL AUTO_INCREMENT,
    `uid`         bigint(20)  NOT NULL,
    `api_key`     varchar(50) NOT NULL,
    `api_secret`  varchar(45) NOT NULL,
    `create_date` datetime    NOT NULL,
    `last_update` datetime    NOT NULL,
    `enabled`     tinyint(1)  NOT NULL DEFAULT '1',
    PRIMARY KEY (`id`),
    UNIQUE KEY `api_key` (`api_key`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `blacklist_files`
(
    `id`        bigint(20)   NOT NULL AUTO_INCREMENT,
    `id_job`    bigint(20)   NOT NULL,
    `password`  varchar(45)  NOT NULL,
    `file_path` varchar(255) NOT NULL,
    `file_name` varchar(255) NOT NULL,
    `target`    varchar(10)  NOT NULL,
    `uid`       bigint(20)   NOT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `id_job_password` (`id_job`, `password`),
    KEY `uid` (`uid`) USING BTREE,
    KEY `id_job` (`id_job`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `chunk_completion_events`
(
    `id`                bigint(20)          NOT NULL AUTO_INCREMENT,
    `id_project`        bigint(20)          NOT NULL,
    `id_job`            bigint(20)          NOT NULL,
    `uid`               bigint(20) DEFAULT NULL,
    `job_first_segment` bigint(20) unsigned NOT NULL,
    `job_last_segment`  bigint(20) unsigned NOT NULL,
    `password`          varchar(45)         NOT NULL,
    `source`            varchar(45)         NOT NULL,
    `create_date`       datetime            NOT NULL,
    `remote_ip_address` varchar(45)         NOT NULL,
    `is_review`         tinyint(1)          NOT NULL,
    PRIMARY KEY (`id`),
    KEY `id_project` (`id_project`) USING BTREE,
    KEY `id_job` (`id_job`) USING BTREE,
    KEY `create_date` (`create_date`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `chunk_completion_updates`
(
    `id`                  bigint(20)          NOT NULL AUTO_INCREMENT,
    `id_project`          bigint(20)          NOT NULL,
    `id_job`              bigint(20)          NOT NULL,
    `uid`                 bigint(20)                   DEFAULT NULL,
    `job_first_segment`   bigint(20) unsigned NOT NULL,
    `job_last_segment`    bigint(20) unsigned NOT NULL,
    `password`            varchar(45)         NOT NULL,
    `source`              varchar(45)         NOT NULL,
    `create_date`         datetime            NOT NULL,
    `last_update`         timestamp           NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    `last_translation_at` datetime                     DEFAULT NULL,
    `is_review`           tinyint(1)          NOT NULL,
    `remote_ip_address`   varchar(45)         NOT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `unique_record` (`id_job`, `password`, `job_first_segment`, `job_last_segment`, `is_review`),
    KEY `id_project` (`id_project`) USING BTREE,
    KEY `id_job` (`id_job`) USING BTREE,
    KEY `create_date` (`create_date`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `comments`
(
    `id`           bigint(20)   NOT NULL AUTO_INCREMENT,
    `id_job`       bigint(20)   NOT NULL,
    `id_segment`   bigint(20)   NOT NULL,
    `create_date`  datetime     NOT NULL,
    `email`        varchar(50) DEFAULT NULL,
    `full_name`    varchar(100) NOT NULL,
    `uid`          bigint(20)  DEFAULT NULL,
    `resolve_date` datetime    DEFAULT NULL,
    `source_page`  tinyint(4)  DEFAULT NULL,
    `is_anonymous` tinyint(4)  NOT NULL DEFAULT 0,
    `message_type` tinyint(4)  DEFAULT NULL,
    `message`      text,
    PRIMARY KEY (`id`),
    KEY `id_job` (`id_job`) USING BTREE,
    KEY `id_segment` (`id_segment`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `connected_services`
(
    `id`                 bigint(20)   NOT NULL AUTO_INCREMENT,
    `uid`                bigint(20)   NOT NULL,
    `service`            varchar(30)  NOT NULL,
    `remote_id`          varchar(255)          DEFAULT NULL,
    `name`               varchar(255) NOT NULL,
    `email`              varchar(255) NOT NULL,
    `oauth_access_token` text         NOT NULL,
    `created_at`         timestamp    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    `updated_at`         timestamp    NULL     DEFAULT NULL,
    `expired_at`         timestamp    NULL     DEFAULT NULL,
    `disabled_at`        timestamp    NULL     DEFAULT NULL,
    `is_default`         tinyint(4)   NOT NULL DEFAULT '0',
    PRIMARY KEY (`id`),
    UNIQUE KEY `uid_email_service` (`uid`, `email`, `service`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `engines`
(
    `id`                           int(11)       NOT NULL AUTO_INCREMENT,
    `name`                         varchar(200)           DEFAULT 'no_name_engine',
    `type`                         varchar(45)   NOT NULL DEFAULT 'MT',
    `description`                  text,
    `base_url`                     varchar(200)  NOT NULL,
    `translate_relative_url`       varchar(100)           DEFAULT 'get',
    `contribute_relative_url`      varchar(100)           DEFAULT NULL,
    `update_relative_url`          varchar(100)           DEFAULT NULL,
    `delete_relative_url`          varchar(100)           DEFAULT NULL,
    `others`                       varchar(2048) NOT NULL DEFAULT '{}' COMMENT 'json key_value for api end points',
    `class_load`                   varchar(255)           DEFAULT NULL,
    `extra_parameters`             varchar(2048) NOT NULL DEFAULT '{}',
    `google_api_compliant_version` varchar(45)            DEFAULT NULL COMMENT 'credo sia superfluo',
    `penalty`                      int(11)       NOT NULL DEFAULT '14',
    `active`                       tinyint(4)    NOT NULL DEFAULT '1',
    `uid`                          int(11) unsigned       DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `type` (`type`),
    KEY `active_idx` (`active`) USING BTREE,
    KEY `uid_idx` (`uid`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `file_metadata`
(
    `id`             bigint(20)   NOT NULL AUTO_INCREMENT,
    `id_project`     bigint(20)   NOT NULL,
    `id_file`        bigint(20)   NOT NULL,
    `key`            varchar(255) NOT NULL,
    `value`          text         NOT NULL,
    `files_parts_id` int(11) DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `id_file` (`id_file`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `files`
(
    `id`                 bigint(20)  NOT NULL AUTO_INCREMENT,
    `id_project`         int(11)     NOT NULL,
    `filename`           varchar(255) DEFAULT NULL,
    `source_language`    varchar(45) NOT NULL,
    `mime_type`          varchar(45)  DEFAULT NULL,
    `sha1_original_file` varchar(100) DEFAULT NULL,
    `is_converted`       tinyint(4)   DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `id_project` (`id_project`),
    KEY `sha1` (`sha1_original_file`) USING HASH,
    KEY `filename` (`filename`)
) ENGINE = MyISAM
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `files_job`
(
    `id_job`            int(11) NOT NULL,
    `id_file`           int(11) NOT NULL,
    `assign_date`       datetime    DEFAULT NULL,
    `t_delivery_date`   datetime    DEFAULT NULL,
    `t_a_delivery_date` datetime    DEFAULT NULL,
    `id_segment_start`  int(11)     DEFAULT NULL,
    `id_segment_end`    int(11)     DEFAULT NULL,
    `status_analisys`   varchar(50) DEFAULT 'NEW' COMMENT 'NEW\nIN PROGRESS\nDONE',
    PRIMARY KEY (`id_job`, `id_file`),
    KEY `id_file` (`id_file`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `job_metadata`
(
    `id`       bigint(20)   NOT NULL AUTO_INCREMENT,
    `id_job`   bigint(20)   NOT NULL,
    `password` varchar(255) NOT NULL,
    `key`      varchar(255) NOT NULL,
    `value`    text         NOT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `id_job_password_key` (`id_job`, `password`, `key`) USING BTREE,
    KEY `id_job_password` (`id_job`, `password`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `jobs` (
    `id` bigint(20) NOT NULL AUTO_INCREMENT,
    `password` varchar(45) NOT NULL,
    `id_project` int(11) NOT NULL,
    `job_first_segment` bigint(20) unsigned NOT NULL,
    `job_last_segment` bigint(20) unsigned NOT NULL,
    `id_translator` varchar(100) DEFAULT '',
    `tm_keys` text NOT NULL,
    `job_type` varchar(45) DEFAULT NULL,
    `source` varchar(45) DEFAULT NULL,
    `target` varchar(45) DEFAULT NULL,
    `total_time_to_edit` bigint(20) DEFAULT '0',
    `avg_post_editing_effort` float DEFAULT '0',
    `only_private_tm` int(11) NOT NULL DEFAULT '0',
    `last_opened_segment` int(11) DEFAULT NULL,
    `id_tms` int(11) DEFAULT '1',
    `id_mt_engine` int(11) DEFAULT '1',
    `create_date` datetime NOT NULL,
    `last_update` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    `disabled` tinyint(4) NOT NULL,
    `owner` varchar(100) DEFAULT NULL,
    `status_owner` varchar(100) NOT NULL DEFAULT 'active',
    `status_translator` varchar(100) DEFAULT NULL,
    `status` varchar(15) NOT NULL DEFAULT 'active',
    `completed` bit(1) NOT NULL DEFAULT b'0',
    `new_words` float(10,2) NOT NULL DEFAULT '0.00',
    `draft_words` float(10,2) NOT NULL DEFAULT '0.00',
    `translated_words` float(10,2) NOT NULL DEFAULT '0.00',
    `approved_words` float(10,2) NOT NULL DEFAULT '0.00',
    `rejected_words` float(10,2) NOT NULL DEFAULT '0.00',
    `subject` varchar(100) DEFAULT 'general',
    `payable_rates` varchar(500) DEFAULT '{"NO_MATCH":100,"50%-74%":100,"75%-99%":60,"100%":30,"REPETITIONS":30,"INTERNAL":60,"MT":85}',
    `total_raw_wc` bigint(20) DEFAULT '1',
    `standard_analysis_wc` decimal(8,2) unsigned DEFAULT '0.00',
    `approved2_words` float(10,2) NOT NULL DEFAULT '0.00',
    `new_raw_words` float(10,2) NOT NULL DEFAULT '0.00',
    `draft_raw_words` float(10,2) NOT NULL DEFAULT '0.00',
    `translated_raw_words` float(10,2) NOT NULL DEFAULT '0.00',
    `approved_raw_words` float(10,2) NOT NULL DEFAULT '0.00',
    `approved2_raw_words` float(10,2) NOT NULL DEFAULT '0.00',
    `rejected_raw_words` float(10,2) NOT NULL DEFAULT '0.00',
    UNIQUE KEY `primary_id_pass` (`id`,`password`),
    KEY `id_job_to_revise` (`only_private_tm`),
    KEY `id_project` (`id_project`) USING BTREE,
    KEY `owner` (`owner`),
    KEY `id_translator` (`id_translator`),
    KEY `first_last_segment_idx` (`job_first_segment`,`job_last_segment`),
    KEY `id` (`id`) USING BTREE,
    KEY `password` (`password`),
    KEY `source` (`source`),
    KEY `target` (`target`),
    KEY `status_owner_idx` (`status_owner`) USING BTREE,
    KEY `status_idx` (`status`) USING BTREE,
    KEY `create_date_idx` (`create_date`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs_stats`
(
    `id_job`                  int(11)     NOT NULL,
    `password`                varchar(45) NOT NULL,
    `fuzzy_band`              varchar(20) NOT NULL,
    `source`                  varchar(45) NOT NULL,
    `target`                  varchar(45) NOT NULL,
    `total_time_to_edit`      bigint(20)  NOT NULL DEFAULT '0',
    `avg_post_editing_effort` float                DEFAULT NULL,
    `total_raw_wc`            bigint(20)           DEFAULT '1',
    PRIMARY KEY (`id_job`, `password`, `fuzzy_band`),
    KEY `fuzzybands__index` (`fuzzy_band`),
    KEY `source` (`source`),
    KEY `target` (`target`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `jobs_translators`
(
    `id_job`                int(11)       NOT NULL,
    `job_password`          varchar(45)   NOT NULL,
    `id_translator_profile` int(11)                DEFAULT NULL COMMENT 'This value can be NULL because the translator can be anonymous',
    `added_by`              int(11)       NOT NULL,
    `email`                 varchar(45)   NOT NULL,
    `delivery_date`         timestamp     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `job_owner_timezone`    decimal(2, 1) NOT NULL DEFAULT '0.0',
    `source`                varchar(10)   NOT NULL,
    `target`                varchar(10)   NOT NULL,
    PRIMARY KEY (`id_job`, `job_password`),
    KEY `id_translator_idx` (`id_translator_profile`),
    KEY `added_by_idx` (`added_by`)
) ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE `language_stats`
(
    `date`                      timestamp    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `source`                    varchar(255) NOT NULL,
    `target`                    varchar(255) NOT NULL,
    `fuzzy_band`                varchar(20)  NOT NULL,
    `total_word_count`          float(255, 0)         DEFAULT NULL,
    `total_post_editing_effort` float(255, 0)         DEFAULT NULL,
    `total_time_to_edit`        float(255, 0)         DEFAULT NULL,
    `job_count`                 int(255)              DEFAULT NULL,
    PRIMARY KEY (`date`, `source`, `target`, `fuzzy_band`),
    KEY `source_idx` (`source`),
    KEY `fuzzy_idx` (`fuzzy_band`),
    KEY `target_idx` (`target`),
    KEY `date_idx` (`date`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `memory_keys`
(
    `uid`           bigint(20)  NOT NULL,
    `key_value`     varchar(45) NOT NULL,
    `key_name`      varchar(512)         DEFAULT NULL,
    `key_tm`        tinyint(1)           DEFAULT '1',
    `key_glos`      tinyint(1)           DEFAULT '1',
    `creation_date` timestamp   NULL     DEFAULT NULL,
    `update_date`   timestamp   NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    `deleted`       int(11)              DEFAULT '0',
    PRIMARY KEY (`uid`, `key_value`),
    KEY `uid_idx` (`uid`),
    KEY `key_value_idx` (`key_value`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `notifications`
(
    `id`            int(11)                           NOT NULL,
    `id_comment`    int(11)                           NOT NULL,
    `id_translator` varchar(100) CHARACTER SET latin1 NOT NULL,
    `status`        varchar(45) CHARACTER SET latin1 DEFAULT 'UNREAD',
    PRIMARY KEY (`id`),
    KEY `id_comment` (`id_comment`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `outsource_confirmation`
(
    `id`            int(11)      NOT NULL AUTO_INCREMENT,
    `id_job`        int(11)      NOT NULL,
    `password`      varchar(45)  NOT NULL,
    `id_vendor`     int(11)      NOT NULL DEFAULT '1',
    `vendor_name`   varchar(255) NOT NULL DEFAULT 'Translated',
    `create_date`   timestamp    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `delivery_date` timestamp    NOT NULL,
    `currency`      varchar(25)  NOT NULL DEFAULT 'EUR',
    `price`         float(11, 2) NOT NULL DEFAULT '0.00',
    `quote_pid`     varchar(36)           DEFAULT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `id_job_password_idx` (`id_job`, `password`)
) ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE `owner_features`
(
    `id`           bigint(20)  NOT NULL AUTO_INCREMENT,
    `uid`          bigint(20)           DEFAULT NULL,
    `id_team`      int(11)              DEFAULT NULL,
    `feature_code` varchar(45) NOT NULL,
    `options`      text,
    `create_date`  datetime    NOT NULL,
    `last_update`  datetime    NOT NULL,
    `enabled`      tinyint(1)  NOT NULL DEFAULT '1',
    PRIMARY KEY (`id`),
    UNIQUE KEY `uid_feature` (`uid`, `feature_code`) USING BTREE,
    UNIQUE KEY `id_team_feature` (`id_team`, `feature_code`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `payable_rate_templates` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uid` bigint(20) unsigned NOT NULL,
  `version` int(11) unsigned NOT NULL DEFAULT '1',
  `name` varchar(255) NOT NULL,
  `breakdowns` text NOT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid_name_idx` (`uid`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_metadata`
(
    `id`         bigint(20)    NOT NULL AUTO_INCREMENT,
    `id_project` bigint(20)    NOT NULL,
    `key`        varchar(255)  NOT NULL,
    `value`      varchar(2048) NOT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `id_project_and_key` (`id_project`, `key`) USING BTREE,
    KEY `id_project` (`id_project`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `projects`
(
    `id`                   int(11)     NOT NULL AUTO_INCREMENT,
    `password`             varchar(45)      DEFAULT NULL,
    `id_customer`          varchar(45) NOT NULL,
    `id_team`              int(11)          DEFAULT NULL,
    `name`                 varchar(200)     DEFAULT 'project',
    `create_date`          datetime    NOT NULL,
    `id_engine_tm`         int(11)          DEFAULT NULL,
    `id_engine_mt`         int(11)          DEFAULT NULL,
    `status_analysis`      varchar(50)      DEFAULT 'NOT_READY_TO_ANALYZE',
    `fast_analysis_wc`     double(20, 2)    DEFAULT '0.00',
    `tm_analysis_wc`       double(20, 2)    DEFAULT '0.00',
    `standard_analysis_wc` double(20, 2)    DEFAULT '0.00',
    `remote_ip_address`    varchar(45)      DEFAULT 'UNKNOWN',
    `instance_id`          tinyint(4)       DEFAULT NULL,
    `pretranslate_100`     int(1)           DEFAULT '0',
    `id_qa_model`          int(11)          DEFAULT NULL,
    `id_assignee`          int(10) unsigned DEFAULT NULL,
    `due_date`             datetime         DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `id_customer` (`id_customer`),
    KEY `status_analysis` (`status_analysis`),
    KEY `for_debug` (`instance_id`),
    KEY `remote_ip_address` (`remote_ip_address`),
    KEY `name` (`name`),
    KEY `id_assignee_idx` (`id_assignee`),
    KEY `id_team_idx` (`id_team`) USING BTREE,
    KEY `create_date_idx` (`create_date`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `project_templates` (
     `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
     `name` varchar(255) NOT NULL,
     `is_default` tinyint(1) NOT NULL DEFAULT '0',
     `uid` bigint(20) NOT NULL,
     `id_team` int(11) NOT NULL,
     `pretranslate_100` tinyint(1) NOT NULL DEFAULT '0',
     `pretranslate_101` tinyint(1) NOT NULL DEFAULT '1',
     `get_public_matches` tinyint(1) NOT NULL DEFAULT '0',
     `segmentation_rule` varchar(255) DEFAULT NULL,
     `tm` text,
     `mt` text,
     `payable_rate_template_id` int(11) DEFAULT NULL,
     `qa_model_template_id` int(11) DEFAULT NULL,
     `filters_template_id` int(11) DEFAULT NULL,
     `xliff_config_template_id` int(11) DEFAULT NULL,
     `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
     `modified_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
     `subject` varchar(255) DEFAULT NULL,
     `source_language` varchar(45) DEFAULT NULL,
     `target_language` varchar(2048) DEFAULT NULL,
     PRIMARY KEY (`id`),
     UNIQUE KEY `uid_name_idx` (`uid`,`name`),
     KEY `uid_idx` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qa_archived_reports`
(
    `id`                int(11)             NOT NULL AUTO_INCREMENT,
    `created_by`        int(11)             NOT NULL,
    `id_project`        int(11)             NOT NULL,
    `id_job`            bigint(20)          NOT NULL,
    `password`          varchar(45)         NOT NULL,
    `job_first_segment` bigint(20) unsigned NOT NULL,
    `job_last_segment`  bigint(20) unsigned NOT NULL,
    `create_date`       timestamp           NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `quality_report`    text                NOT NULL,
    `version`           int(11)             NOT NULL DEFAULT '0',
    PRIMARY KEY (`id`),
    KEY `id_job_password_idx` (`id_job`, `password`, `job_first_segment`, `job_last_segment`)
) ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE `qa_categories`
(
    `id`         bigint(20)   NOT NULL AUTO_INCREMENT,
    `id_model`   bigint(20)   NOT NULL,
    `label`      varchar(255) NOT NULL,
    `id_parent`  bigint(20) DEFAULT NULL,
    `severities` text COMMENT 'json field',
    `options`    text,
    PRIMARY KEY (`id`),
    KEY `id_model` (`id_model`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `qa_chunk_reviews`
(
    `id`                   bigint(20)   NOT NULL AUTO_INCREMENT,
    `id_project`           int(11)      NOT NULL,
    `id_job`               bigint(20)   NOT NULL,
    `password`             varchar(45)  NOT NULL,
    `review_password`      varchar(45)  NOT NULL,
    `penalty_points`       double(20, 2)         DEFAULT NULL,
    `source_page`          int(11)               DEFAULT NULL,
    `is_pass`              tinyint(4)            DEFAULT NULL,
    `force_pass_at`        timestamp    NULL     DEFAULT NULL,
    `reviewed_words_count` int(11)      NOT NULL DEFAULT '0',
    `undo_data`            text,
    `advancement_wc`       float(10, 2)          DEFAULT NULL,
    `total_tte`            bigint(20)   NOT NULL DEFAULT '0',
    `avg_pee`              float(10, 2) NOT NULL DEFAULT '0.00',
    PRIMARY KEY (`id`),
    UNIQUE KEY `job_pw_source_page` (`id_job`, `password`, `source_page`),
    KEY `id_project` (`id_project`),
    KEY `review_password` (`review_password`),
    KEY `id_job` (`id_job`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `qa_entries`
(
    `id`                  bigint(20)   NOT NULL AUTO_INCREMENT,
    `uid`                 bigint(20)            DEFAULT NULL,
    `id_segment`          bigint(20)   NOT NULL,
    `id_job`              bigint(20)   NOT NULL,
    `id_category`         bigint(20)   NOT NULL,
    `severity`            varchar(255) NOT NULL,
    `translation_version` int(11)      NOT NULL,
    `start_node`          int(11)      NOT NULL,
    `start_offset`        int(11)      NOT NULL,
    `end_node`            int(11)      NOT NULL,
    `end_offset`          int(11)      NOT NULL,
    `target_text`         varchar(255)          DEFAULT NULL,
    `is_full_segment`     tinyint(4)   NOT NULL,
    `penalty_points`      double(20, 2)         DEFAULT NULL,
    `comment`             text,
    `replies_count`       int(11)      NOT NULL DEFAULT '0',
    `create_date`         timestamp    NULL     DEFAULT CURRENT_TIMESTAMP,
    `rebutted_at`         datetime              DEFAULT NULL,
    `source_page`         int(11)      NOT NULL,
    `deleted_at`          datetime              DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `job_and_segment` (`id_job`, `id_segment`),
    KEY `id_segment_idx` (`id_segment`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `qa_entry_comments`
(
    `id`          bigint(20) NOT NULL AUTO_INCREMENT,
    `uid`         bigint(20)          DEFAULT NULL,
    `id_qa_entry` bigint(20) NOT NULL,
    `create_date` timestamp  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `comment`     text,
    `source_page` tinyint(4)          DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `id_qa_entry` (`id_qa_entry`),
    KEY `create_date` (`create_date`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `qa_model_template_categories`
(
    `id`             int(11)     NOT NULL AUTO_INCREMENT,
    `id_template`    int(11)     NOT NULL,
    `id_parent`      int(11) DEFAULT NULL,
    `category_label` varchar(255) NOT NULL,
    `code`           varchar(45) NOT NULL,
    `sort`           int(11) DEFAULT NULL,
    PRIMARY KEY (`id`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `qa_model_template_severities`
(
    `id`             int(11)      NOT NULL AUTO_INCREMENT,
    `id_category`    int(11)      NOT NULL,
    `severity_label` varchar(45)  NOT NULL,
    `penalty`        float(11, 2) NOT NULL,
    `sort`           int(11) DEFAULT NULL,
    `severity_code`  varchar(45)  NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `qa_model_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` bigint(20) NOT NULL,
  `version` int(11) NOT NULL,
  `label` varchar(45) NOT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=93 DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qa_models`
(
    `id`                   bigint(20) NOT NULL AUTO_INCREMENT,
    `uid`                  bigint(20)       DEFAULT NULL,
    `create_date`          timestamp  NULL  DEFAULT CURRENT_TIMESTAMP,
    `label`                varchar(255)     DEFAULT NULL,
    `pass_type`            varchar(255)     DEFAULT NULL,
    `pass_options`         text,
    `hash`                 int(10) unsigned DEFAULT NULL,
    `qa_model_template_id` int(11)          DEFAULT NULL,
    PRIMARY KEY (`id`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `remote_files`
(
    `id`                   bigint(20)   NOT NULL AUTO_INCREMENT,
    `id_file`              bigint(20)   NOT NULL,
    `id_job`               bigint(20)   NOT NULL,
    `remote_id`            varchar(255) NOT NULL,
    `is_original`          tinyint(1) DEFAULT '0',
    `connected_service_id` bigint(20) DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `id_file` (`id_file`) USING BTREE,
    KEY `id_job` (`id_job`) USING BTREE,
    KEY `connected_service_id` (`connected_service_id`) USING BTREE
) ENGINE = MyISAM
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `revision_feedbacks`
(
    `id`              int(11)     NOT NULL AUTO_INCREMENT,
    `id_job`          int(11)     NOT NULL,
    `password`        varchar(45) NOT NULL,
    `revision_number` int(1)      NOT NULL,
    `feedback`        text,
    PRIMARY KEY (`id`),
    UNIQUE KEY `job_unique_key` (`id_job`, `password`, `revision_number`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `segment_metadata` (
    `id_segment` bigint(20) NOT NULL,
    `meta_key` varchar(45) NOT NULL,
    `meta_value` varchar(255) NOT NULL,
    UNIQUE KEY `idx_id_segment_meta_key` (`id_segment`,`meta_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segment_notes`
(
    `id`          bigint(20)   NOT NULL AUTO_INCREMENT,
    `id_segment`  bigint(20)   NOT NULL,
    `internal_id` varchar(100) NOT NULL,
    `note`        text,
    `json`        text,
    PRIMARY KEY (`id`),
    KEY `id_segment` (`id_segment`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `segment_revisions`
(
    `id_job`               bigint(20)   NOT NULL,
    `id_segment`           bigint(20)   NOT NULL,
    `original_translation` text COMMENT 'The original translation before revisions.',
    `err_typing`           varchar(512) NOT NULL,
    `err_translation`      varchar(512) NOT NULL,
    `err_terminology`      varchar(512) NOT NULL,
    `err_language`         varchar(512) NOT NULL,
    `err_style`            varchar(512) NOT NULL,
    PRIMARY KEY (`id_job`, `id_segment`),
    KEY `segm_key` (`id_segment`, `id_job`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `segment_translation_events`
(
    `id`             int(11)     NOT NULL AUTO_INCREMENT,
    `id_job`         bigint(20)  NOT NULL,
    `id_segment`     bigint(20)  NOT NULL,
    `uid`            bigint(20)  NOT NULL,
    `version_number` int(11)     NOT NULL,
    `source_page`    tinyint(4)  NOT NULL,
    `status`         varchar(45) NOT NULL,
    `create_date`    datetime   DEFAULT NULL,
    `final_revision` tinyint(4) DEFAULT '0',
    `time_to_edit`   int(11)    DEFAULT '0',
    PRIMARY KEY (`id`, `id_job`),
    KEY `id_job` (`id_job`) USING BTREE,
    KEY `id_segment` (`id_segment`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `segment_translation_versions`
(
    `id`              bigint(20) NOT NULL AUTO_INCREMENT,
    `id_segment`      bigint(20) NOT NULL,
    `id_job`          bigint(20) NOT NULL,
    `translation`     text,
    `version_number`  int(11)    NOT NULL,
    `creation_date`   timestamp  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `propagated_from` bigint(20)          DEFAULT NULL,
    `time_to_edit`    int(11)             DEFAULT NULL,
    `raw_diff`        text,
    `old_status`      int(11)             DEFAULT NULL,
    `new_status`      int(11)             DEFAULT NULL,
    PRIMARY KEY (`id`),
    KEY `id_segment` (`id_segment`) USING BTREE,
    KEY `id_job` (`id_job`) USING BTREE,
    KEY `creation_date` (`creation_date`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `segment_translations`
(
    `id_segment`             bigint(20)    NOT NULL,
    `id_job`                 bigint(20)    NOT NULL,
    `segment_hash`           varchar(45)   NOT NULL,
    `autopropagated_from`    bigint(20)             DEFAULT NULL,
    `status`                 varchar(45)            DEFAULT 'NEW',
    `translation`            text,
    `translation_date`       datetime               DEFAULT NULL,
    `time_to_edit`           int(11)       NOT NULL DEFAULT '0',
    `match_type`             varchar(45)            DEFAULT 'NEW',
    `context_hash`           blob,
    `eq_word_count`          double(20, 2)          DEFAULT NULL,
    `standard_word_count`    double(20, 2)          DEFAULT NULL,
    `suggestions_array`      text,
    `suggestion`             text,
    `suggestion_match`       int(11)                DEFAULT NULL,
    `suggestion_source`      varchar(45)            DEFAULT NULL,
    `suggestion_position`    int(11)                DEFAULT NULL,
    `mt_qe`                  float(19, 14) NOT NULL DEFAULT '0.00000000000000',
    `tm_analysis_status`     varchar(50)            DEFAULT 'UNDONE',
    `locked`                 tinyint(4)             DEFAULT '0',
    `warning`                tinyint(4)    NOT NULL DEFAULT '0',
    `serialized_errors_list` varchar(512)           DEFAULT NULL,
    `version_number`         int(11)                DEFAULT '0',
    `edit_distance`          int(11)                DEFAULT NULL,
    PRIMARY KEY (`id_segment`, `id_job`),
    KEY `id_job` (`id_job`),
    KEY `translation_date` (`translation_date`) USING BTREE,
    KEY `segment_hash` (`segment_hash`) USING HASH
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `segments`
(
    `id`                      bigint(20)  NOT NULL AUTO_INCREMENT,
    `id_file`                 bigint(20)  NOT NULL,
    `id_file_part`            bigint(20)    DEFAULT NULL,
    `internal_id`             varchar(100)  DEFAULT NULL,
    `xliff_mrk_id`            varchar(70)   DEFAULT NULL,
    `xliff_ext_prec_tags`     text,
    `xliff_mrk_ext_prec_tags` text,
    `segment`                 text,
    `segment_hash`            varchar(45) NOT NULL,
    `xliff_mrk_ext_succ_tags` text,
    `xliff_ext_succ_tags`     text,
    `raw_word_count`          double(20, 2) DEFAULT NULL,
    `show_in_cattool`         tinyint(4)    DEFAULT '1',
    PRIMARY KEY (`id`),
    KEY `id_file` (`id_file`) USING BTREE,
    KEY `internal_id` (`internal_id`) USING BTREE,
    KEY `show_in_cat` (`show_in_cattool`) USING BTREE,
    KEY `raw_word_count` (`raw_word_count`) USING BTREE,
    KEY `segment_hash` (`segment_hash`) USING HASH COMMENT 'MD5 hash of segment content'
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `teams`
(
    `id`         int(11)      NOT NULL AUTO_INCREMENT,
    `name`       varchar(255) NOT NULL,
    `created_by` bigint(20)   NOT NULL,
    `created_at` timestamp    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `type`       varchar(45)  NOT NULL DEFAULT 'personal',
    PRIMARY KEY (`id`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `teams_users`
(
    `id`       int(11)    NOT NULL AUTO_INCREMENT,
    `id_team`  int(11)             DEFAULT NULL,
    `uid`      bigint(20) NOT NULL,
    `is_admin` tinyint(1) NOT NULL DEFAULT '0',
    PRIMARY KEY (`id`),
    UNIQUE KEY `id_team_uid` (`id_team`, `uid`) USING BTREE,
    KEY `uid` (`uid`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `translation_warnings`
(
    `id_job`     bigint(20)   NOT NULL,
    `id_segment` bigint(20)   NOT NULL,
    `severity`   tinyint(4)   NOT NULL,
    `scope`      varchar(255) NOT NULL,
    `data`       text         NOT NULL,
    KEY `id_job` (`id_job`) USING BTREE,
    KEY `id_segment` (`id_segment`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `translator_profiles`
(
    `id`               int(11)      NOT NULL AUTO_INCREMENT,
    `uid_translator`   int(11)      NOT NULL,
    `is_revision`      tinyint(1)   NOT NULL DEFAULT '0',
    `translated_words` float(11, 2) NOT NULL DEFAULT '0.00',
    `revised_words`    float(11, 2) NOT NULL DEFAULT '0.00',
    `source`           varchar(10)  NOT NULL,
    `target`           varchar(10)  NOT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `uid_src_trg_type_idx` (`uid_translator`, `source`, `target`, `is_revision`),
    KEY `src_idx` (`source`),
    KEY `trg_idx` (`target`),
    KEY `src_trg_idx` (`source`, `target`)
) ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE `translators`
(
    `username`         varchar(100) NOT NULL,
    `email`            varchar(45) DEFAULT NULL,
    `password`         varchar(45) DEFAULT NULL,
    `first_name`       varchar(45) DEFAULT NULL,
    `last_name`        varchar(45) DEFAULT NULL,
    `mymemory_api_key` varchar(50)  NOT NULL,
    PRIMARY KEY (`username`),
    KEY `email` (`email`)
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `user_metadata`
(
    `id`    bigint(20)   NOT NULL AUTO_INCREMENT,
    `uid`   bigint(20)   NOT NULL,
    `key`   varchar(255) NOT NULL,
    `value` varchar(255) NOT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `uid_and_key` (`uid`, `key`) USING BTREE,
    KEY `uid` (`uid`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE `users`
(
    `uid`                           bigint(20)  NOT NULL AUTO_INCREMENT,
    `email`                         varchar(50) NOT NULL,
    `salt`                          varchar(50)      DEFAULT NULL,
    `pass`                          varchar(255)     DEFAULT NULL,
    `create_date`                   datetime    NOT NULL,
    `first_name`                    varchar(50) NOT NULL,
    `last_name`                     varchar(50) NOT NULL,
    `oauth_access_token`            text,
    `email_confirmed_at`            timestamp   NULL DEFAULT NULL,
    `new_pass`                      varchar(50)      DEFAULT NULL,
    `confirmation_token`            varchar(50)      DEFAULT NULL,
    `confirmation_token_created_at` timestamp   NULL DEFAULT NULL,
    PRIMARY KEY (`uid`),
    UNIQUE KEY `email` (`email`),
    UNIQUE KEY `confirmation_token` (`confirmation_token`) USING BTREE
) ENGINE = InnoDB
  DEFAULT CHARSET = utf8mb4;

CREATE TABLE IF NOT EXISTS conversions_log
(
    id               BIGINT                              NOT NULL AUTO_INCREMENT,
    time             TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    filters_address  VARCHAR(21),
    filters_version  VARCHAR(100),
    client_ip        VARCHAR(15)                         NOT NULL,
    to_xliff         TINYINT(1)                          NOT NULL COMMENT 'true for source-to-xliff conversions, false for xliff-to-target',
    source_file_ext  VARCHAR(45)                         NOT NULL,
    source_file_name VARCHAR(255)                        NOT NULL,
    success          TINYINT(1)                          NOT NULL,
    error_message    VARCHAR(255),
    job_owner        VARCHAR(100),
    job_id           INT(11),
    job_pwd          VARCHAR(45),
    source_file_id   INT(11) COMMENT 'when to_xliff is false, this contains the SOURCE file\'s file_id, that you can easily find in "files" and "files_job" tables',
    source_file_sha1 VARCHAR(100) COMMENT 'when to_xliff is true, this is the sha1 of the sent file; when to_xliff is false, this is the "sha1_original_file" in the "file" table of the source file',
    source_lang      VARCHAR(45)                         NOT NULL,
    target_lang      VARCHAR(45)                         NOT NULL,
    segmentation     VARCHAR(512),
    sent_file_size   INT(11)                             NOT NULL COMMENT 'the number of actual bytes sent to the converter',
    conversion_time  INT(11)                             NOT NULL COMMENT 'in milliseconds',

    PRIMARY KEY (id),
    KEY (time),
    KEY (filters_address),
    KEY (filters_version),
    KEY (client_ip),
    KEY (source_file_ext),
    KEY (job_owner),
    KEY (job_id),
    KEY (source_file_id),
    KEY (source_file_sha1),
    KEY (source_lang),
    KEY (target_lang)
)
    ENGINE = InnoDB
    DEFAULT CHARACTER SET = utf8mb4;

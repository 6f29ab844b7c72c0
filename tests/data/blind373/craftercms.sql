-- CrafterCMS Studio 4.2 (Git-based headless CMS; the authoring server's MariaDB/MySQL database): authors, reviewers
-- and administrators (user) with groups, organisations, per-site properties, access and refresh tokens; the audit log
-- and its parameters; the activity stream; publishing requests and the review workflow with submitter and reviewer
-- comments; content items (one row per file of a site's Git repository) with translations and dependencies; sites,
-- processed commits, remote repositories, cluster nodes and the schema's version row.
-- Upstream: github.com/craftercms/studio commit 81a3a6e3908ace52635bed5efa2cb0987a1b069f (branch develop,
--   schema version 4.2.0.14) src/main/resources/crafter/studio/database/createDDL.sql (GPL-3.0).
-- Made from that file: its 22 CREATE TABLE statements are copied in upstream's order with their columns, types,
-- defaults, keys and table options unchanged; `USE @crafter_schema_name`, the stored procedures and the INSERTs of
-- default rows are left out. One change of form: upstream writes `FOREIGN KEY index_name (col) REFERENCES ...`;
-- here that is written `CONSTRAINT index_name FOREIGN KEY (col) REFERENCES ...` (same key, same columns), because
-- the SQLite conversion does not read the index-name form. Nothing else is changed and no table is left out.

CREATE TABLE _meta (
  `version` VARCHAR(10) NOT NULL,
  `integrity` BIGINT(10),
  `studio_id` VARCHAR(40) NOT NULL,
  PRIMARY KEY (`version`)
) ;

CREATE TABLE IF NOT EXISTS `audit` (
  `id`                        BIGINT(20)    NOT NULL AUTO_INCREMENT,
  `organization_id`           BIGINT(20)    NOT NULL,
  `site_id`                   BIGINT(20)    NOT NULL,
  `operation`                 VARCHAR(32)   NOT NULL,
  `operation_timestamp`       TIMESTAMP      NOT NULL,
  `origin`                    VARCHAR(16)   NOT NULL,
  `primary_target_id`         VARCHAR(1024)  NOT NULL,
  `primary_target_type`       VARCHAR(32)   NOT NULL,
  `primary_target_subtype`    VARCHAR(32)   NULL,
  `primary_target_value`      VARCHAR(1024)  NOT NULL,
  `actor_id`                  VARCHAR(255)  NOT NULL,
  `actor_details`             VARCHAR(255)  NULL,
  `cluster_node_id`           VARCHAR(255)  NULL,
  `commit_id`                 VARCHAR(50)   NULL,
  PRIMARY KEY (`id`),
  KEY `audit_actor_idx` (`actor_id`),
  KEY `audit_site_idx` (`site_id`),
  KEY `audit_operation_idx` (`operation`),
  KEY `audit_origin_idx` (`origin`)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `audit_parameters` (
    `id`                BIGINT(20) NOT NULL AUTO_INCREMENT,
    `audit_id`          BIGINT(20) NOT NULL,
    `target_id`         VARCHAR(1024)  NOT NULL,
    `target_type`       VARCHAR(32)   NOT NULL,
    `target_value`      VARCHAR(1024)  NOT NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `audit_parameters_ix_audit_id` FOREIGN KEY (`audit_id`) REFERENCES `audit` (`id`)
       ON DELETE CASCADE,
    KEY `audit_parameters_target_id_idx` (`target_id`),
    KEY `audit_parameters_target_value_idx` (`target_value`)
    )
    ENGINE = InnoDB
    DEFAULT CHARSET = utf8
    ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `dependency` (
  `id`          BIGINT(20)  NOT NULL AUTO_INCREMENT,
  `site`        VARCHAR(50) NOT NULL,
  `source_path` TEXT        NOT NULL,
  `target_path` TEXT        NOT NULL,
  `type`        VARCHAR(50) NOT NULL,
  `valid`       BIT         NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `dependency_site_idx` (`site`),
  KEY `dependency_sourcepath_idx` (`source_path`(1000)),
  KEY `dependency_targetpath_idx` (`target_path`(1000))
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `navigation_order_sequence` (
  `folder_id` VARCHAR(100) NOT NULL,
  `site`      VARCHAR(50)  NOT NULL,
  `path`      TEXT         NOT NULL,
  `max_count` FLOAT        NOT NULL,
  PRIMARY KEY (`folder_id`),
  KEY `navigationorder_folder_idx` (`folder_id`)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `publish_request` (
  `id`                BIGINT       NOT NULL AUTO_INCREMENT,
  `site`              VARCHAR(50)  NOT NULL,
  `environment`       VARCHAR(20)  NOT NULL,
  `path`              TEXT         NOT NULL,
  `oldpath`           TEXT         NULL,
  `username`          VARCHAR(255) NULL,
  `scheduleddate`     TIMESTAMP     NOT NULL,
  `state`             VARCHAR(50)  NOT NULL,
  `action`            VARCHAR(20)  NOT NULL,
  `contenttypeclass`  VARCHAR(20)  NULL,
  `submission_type`   VARCHAR(32)  NULL,
  `submissioncomment` TEXT         NULL,
  `package_id`         VARCHAR(50)  NULL,
  `label`             VARCHAR(256) NULL,
  `published_on`      TIMESTAMP     NULL,
  PRIMARY KEY (`id`),
  INDEX `publish_request_site_idx` (`site` ASC),
  INDEX `publish_request_environment_idx` (`environment` ASC),
  INDEX `publish_request_path_idx` (`path`(1000) ASC),
  INDEX `publish_request_sitepath_idx` (`site` ASC, `path`(900) ASC),
  INDEX `publish_request_state_idx` (`state` ASC)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `site` (
  `id`                              BIGINT(20)    NOT NULL AUTO_INCREMENT,
  `site_uuid`                       VARCHAR(50)   NOT NULL,
  `site_id`                         VARCHAR(50)   NOT NULL,
  `name`                            VARCHAR(255)  NOT NULL,
  `description`                     TEXT          NULL,
  `deleted`                         INT           NOT NULL DEFAULT 0,
  `last_commit_id`                  VARCHAR(50)   NULL,
  `system`                          INT           NOT NULL DEFAULT 0,
  `publishing_enabled`              INT           NOT NULL DEFAULT 1,
  `publishing_status`               VARCHAR(20)   NULL,
  `sandbox_branch`                  VARCHAR(255)  NOT NULL DEFAULT 'master',
  `published_repo_created`          INT           NOT NULL DEFAULT 0,
  `state`                           VARCHAR(50)   NOT NULL DEFAULT 'INITIALIZING',
  PRIMARY KEY (`id`),
  UNIQUE INDEX `id_unique` (`id` ASC),
  UNIQUE INDEX `site_uuid_site_id_unique` (`site_uuid` ASC, `site_id` ASC),
  INDEX `site_id_idx` (`site_id` ASC)
)

  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `processed_commits`
(
    `id`        BIGINT(20)      NOT NULL AUTO_INCREMENT,
    `site_id`   BIGINT(20)      NOT NULL,
    `commit_id` CHAR(40)        NOT NULL,
    PRIMARY KEY(`id`),
    UNIQUE INDEX `ingested_commits_commit_id_site_id` (`commit_id`, `site_id`),
    CONSTRAINT `ingested_commits_site_id` FOREIGN KEY (`site_id`) REFERENCES `site` (`id`)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `user`
(
  `id`                    BIGINT(20)   NOT NULL AUTO_INCREMENT,
  `record_last_updated`   TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `username`              VARCHAR(255)  NOT NULL,
  `password`              VARCHAR(128)  NOT NULL,
  `first_name`             VARCHAR(32)  NOT NULL,
  `last_name`              VARCHAR(32)  NOT NULL,
  `externally_managed`    INT          NOT NULL DEFAULT 0,
  `timezone`              VARCHAR(16)  NULL,
  `locale`                VARCHAR(8)   NULL,
  `email`                 VARCHAR(255) NOT NULL,
  `enabled`               INT          NOT NULL,
  `deleted`               INT          NOT NULL DEFAULT 0,
  `avatar`                TEXT         NULL, -- TODO: update the user service to include this new field
  PRIMARY KEY (`id`),
  INDEX `user_ix_record_last_updated` (`record_last_updated` DESC),
  UNIQUE INDEX `user_ix_username` (`username`),
  INDEX `user_ix_first_name` (`first_name`),
  INDEX `user_ix_last_name` (`last_name`)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `activity_stream` (
    `id`                        BIGINT(20)      NOT NULL AUTO_INCREMENT,
    `site_id`                   BIGINT(20)      NOT NULL,
    `user_id`                   BIGINT(20)      NOT NULL,
    `action`                    VARCHAR(32)     NOT NULL,
    `action_timestamp`          TIMESTAMP       NOT NULL,
    `item_id`                   BIGINT(20)      NULL,
    `item_path`                 VARCHAR(2048)   NULL,
    `item_label`                VARCHAR(256)    NULL,
    `package_id`                VARCHAR(50)     NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `activity_user_idx` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`),
    CONSTRAINT `activity_site_idx` FOREIGN KEY (`site_id`) REFERENCES `site`(`id`),
    INDEX `activity_action_idx` (`action` ASC)
)
    ENGINE = InnoDB
    DEFAULT CHARSET = utf8
    ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `user_properties`
(
  `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT(20) NOT NULL,
  `site_id` BIGINT(20) NOT NULL,
  `property_key` VARCHAR(255) NOT NULL,
  `property_value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_property_ix_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_property_ix_site_id` FOREIGN KEY (`site_id`) REFERENCES `site` (`id`),
  UNIQUE INDEX `user_property_ix_property_key` (`user_id`, `site_id`, `property_key`)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `organization`
(
  `id`                  BIGINT(20)  NOT NULL AUTO_INCREMENT,
  `record_last_updated` TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `org_name`            VARCHAR(32) NOT NULL,
  `org_desc`            TEXT        NULL,
  PRIMARY KEY (`id`),
  INDEX `organization_ix_record_last_updated` (`record_last_updated` DESC),
  UNIQUE INDEX `organization_ix_org_name` (`org_name`)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `organization_user`
(
  `user_id`   BIGINT(20) NOT NULL,
  `org_id`    BIGINT(20) NOT NULL,
  `record_last_updated` TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`, `org_id`),
  CONSTRAINT `org_member_ix_user_id` FOREIGN KEY (user_id) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `org_member_ix_org_id` FOREIGN KEY (org_id) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  INDEX `org_member_ix_record_last_updated` (`record_last_updated` DESC)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `group`
(
  `id`                  BIGINT(20)  NOT NULL AUTO_INCREMENT,
  `record_last_updated` TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `org_id`              BIGINT(20)  NOT NULL,
  `group_name`          VARCHAR(512) NOT NULL,
  `group_description`   TEXT,
  `externally_managed`  INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  INDEX `group_ix_record_last_updated` (`record_last_updated` DESC),
  CONSTRAINT `group_ix_org_id` FOREIGN KEY (org_id) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  UNIQUE INDEX `group_ix_group_name` (`group_name`)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS group_user
(
  `user_id`  BIGINT(20) NOT NULL,
  `group_id`  BIGINT(20)       NOT NULL,
  `record_last_updated` TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`, `group_id`),
  CONSTRAINT `group_member_ix_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
    ON DELETE CASCADE,
  CONSTRAINT `group_member_ix_group_id` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`)
    ON DELETE CASCADE,
  INDEX `group_member_ix_record_last_updated` (`record_last_updated` DESC)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `item` (
  `id`                      BIGINT          NOT NULL    AUTO_INCREMENT,
  `record_last_updated`     TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `site_id`                 BIGINT          NOT NULL,
  `path`                    VARCHAR(2048)   NOT NULL,
  `preview_url`             VARCHAR(2048)   NULL,
  `state`                   BIGINT          NOT NULL,
  `locked_by`               BIGINT          NULL,
  `created_by`              BIGINT          NULL,
  `created_on`              TIMESTAMP       NOT NULL    DEFAULT CURRENT_TIMESTAMP,
  `last_modified_by`        BIGINT          NULL,
  `last_modified_on`        TIMESTAMP       NOT NULL    DEFAULT CURRENT_TIMESTAMP,
  `last_published_on`       TIMESTAMP       NULL,
  `label`                   VARCHAR(256)    NULL,
  `content_type_id`         VARCHAR(256)    NULL,
  `system_type`             VARCHAR(64)     NULL,
  `mime_type`               VARCHAR(96)     NULL,
  `locale_code`             VARCHAR(16)     NULL,
  `translation_source_id`   BIGINT          NULL,
  `size`                    BIGINT          NULL,
  `parent_id`               BIGINT          NULL,
  `previous_path`           VARCHAR(2048)   NULL,
  `ignored`                 INT             NOT NULL    DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `item_ix_created_by` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`),
  CONSTRAINT `item_ix_last_modified_by` FOREIGN KEY (`last_modified_by`) REFERENCES `user` (`id`),
  CONSTRAINT `item_ix_locked_by` FOREIGN KEY (`locked_by`) REFERENCES `user` (`id`),
  CONSTRAINT `item_ix_site_id` FOREIGN KEY (`site_id`) REFERENCES `site` (`id`),
  CONSTRAINT `item_ix_parent` FOREIGN KEY (`parent_id`) REFERENCES `item` (`id`) ON DELETE CASCADE ,
  UNIQUE uq_i_site_path (`site_id`, `path`(900)),
  INDEX item_i_path (`path` ASC)
)
    ENGINE = InnoDB
    DEFAULT CHARSET = utf8
    ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `item_translation` (
  `id`                      BIGINT(20) NOT NULL AUTO_INCREMENT,
  `record_last_updated`     TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `source_id`               BIGINT(20)      NOT NULL,
  `translation_id`          BIGINT(20)      NOT NULL,
  `locale_code`             VARCHAR(16)     NOT NULL,
  `date_translated`         TIMESTAMP       NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `item_translation_ix_source` FOREIGN KEY (`source_id`) REFERENCES `item` (`id`) ON DELETE CASCADE,
  CONSTRAINT `item_translation_ix_translation` FOREIGN KEY (`translation_id`) REFERENCES `item` (`id`) ON DELETE CASCADE
)
    ENGINE = InnoDB
    DEFAULT CHARSET = utf8
    ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS workflow
(
    `id`                    BIGINT(20)      NOT NULL AUTO_INCREMENT,
    `item_id`               BIGINT(20)      NOT NULL,
    `target_environment`    VARCHAR(20)     NOT NULL,
    `state`                 VARCHAR(16)     NOT NULL,
    `submitter_id`          BIGINT(20)      NULL,
    `submitter_comment`     TEXT            NULL,
    `submitted_on`          TIMESTAMP       NOT NULL    DEFAULT CURRENT_TIMESTAMP,
    `reviewer_id`           BIGINT(20)      NULL,
    `reviewer_comment`      TEXT            NULL,
    `schedule`              TIMESTAMP       NULL,
    `publishing_package_id` VARCHAR(50)     NULL,
    `submission_type`       VARCHAR(32)     NULL,
    `notify_submitter`      INT             NOT NULL DEFAULT 0,
    `label`                 VARCHAR(256)    NULL,
    PRIMARY KEY (`id`),
    CONSTRAINT `workflow_ix_item` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`) ON DELETE CASCADE,
    CONSTRAINT `workflow_ix_submitter` FOREIGN KEY (`submitter_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
    CONSTRAINT `workflow_ix_reviewer` FOREIGN KEY (`reviewer_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
)
    ENGINE = InnoDB
    DEFAULT CHARSET = utf8
    ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS remote_repository
(
  `id`                    BIGINT(20)    NOT NULL AUTO_INCREMENT,
  `site_id`               VARCHAR(50)   NOT NULL,
  `remote_name`           VARCHAR(50)   NOT NULL,
  `remote_url`            VARCHAR(2000)   NOT NULL,
  `authentication_type`   VARCHAR(16)   NOT NULL,
  `remote_username`       VARCHAR(255)   NULL,
  `remote_password`       VARCHAR(255)   NULL,
  `remote_token`          VARCHAR(255)   NULL,
  `remote_private_key`    TEXT           NULL,
  PRIMARY KEY (`id`),
  UNIQUE `uq_rr_site_remote_name` (`site_id`, `remote_name`),
  INDEX `remoterepository_site_idx` (`site_id` ASC)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS cluster
(
  `id`                  BIGINT(20)    NOT NULL AUTO_INCREMENT,
  `local_address`            VARCHAR(255)   NOT NULL,
  `state`              VARCHAR(50)   NOT NULL,
  `git_url`             VARCHAR(1024)  NOT NULL,
  `git_remote_name`     VARCHAR(255)   NOT NULL,
  `git_auth_type`       VARCHAR(16)   NOT NULL,
  `git_username`        VARCHAR(255)  NULL,
  `git_password`        VARCHAR(255)  NULL,
  `git_token`           VARCHAR(255)  NULL,
  `git_private_key`     TEXT          NULL,
  `heartbeat`           TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `available`           INT           NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE `uq_cl_git_url` (`git_url`),
  UNIQUE `uq_cl_git_remote_name` (`git_remote_name`)
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `refresh_token`
(
    `user_id` BIGINT(20) PRIMARY KEY, -- Add FK
    `token` VARCHAR(50) NOT NULL,
    `last_updated_on` TIMESTAMP,
    `created_on` TIMESTAMP DEFAULT CURRENT_TIMESTAMP
)
    ENGINE = InnoDB
    DEFAULT CHARSET = utf8
    ROW_FORMAT = DYNAMIC ;

CREATE TABLE IF NOT EXISTS `access_token`
(
    `id`      BIGINT(20) PRIMARY KEY AUTO_INCREMENT,
    `user_id` BIGINT(20), -- Add FK,
    `label`   VARCHAR(2550) NOT NULL,
    `enabled` BOOLEAN DEFAULT true,
    `last_updated_on` TIMESTAMP,
    `created_on` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    `expires_at` TIMESTAMP NULL DEFAULT NULL
)
    ENGINE = InnoDB
    DEFAULT CHARSET = utf8
    ROW_FORMAT = DYNAMIC ;

-- ORCID Registry (ORCID, Inc.; the registry behind orcid.org), PostgreSQL schema written as MySQL/MariaDB DDL.
-- Upstream: github.com/ORCID/ORCID-Source, commit cac0eca25911ca216ad4c0b07097d9180316604c (MIT).
-- Made by replaying upstream's Liquibase changelog orcid-persistence/src/main/resources/db-master.xml
-- (372 included files, 1007 change sets) with Liquibase 4.28 into an empty PostgreSQL 15 database, then writing
-- the resulting tables from the catalogue in column order (types mapped: varchar(n>1000)/text -> TEXT,
-- timestamp -> DATETIME, boolean -> TINYINT(1), json/jsonb -> JSON, serial/identity -> AUTO_INCREMENT; text key
-- columns -> VARCHAR(255)). Replay notes: the one Java customChange (a data copy) was replaced by a no-op;
-- dropPrimaryKey was run without its (stale) constraint name; change sets of the data-warehouse views and
-- grants (dw_* views, GRANTs to dw_user / orcidro) were allowed to fail. Views, sequences, functions, non-unique
-- indexes and the Liquibase bookkeeping tables are left out; tables left out: see orcid.md.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `address` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `address_line_1` VARCHAR(350),
  `address_line_2` VARCHAR(350),
  `city` VARCHAR(150),
  `postal_code` VARCHAR(15),
  `state_or_province` VARCHAR(150),
  `orcid` VARCHAR(19),
  `is_primary` TINYINT(1) NOT NULL DEFAULT 0,
  `iso2_country` VARCHAR(2),
  `visibility` VARCHAR(19),
  `source_id` VARCHAR(19),
  `client_source_id` VARCHAR(20),
  `display_index` BIGINT DEFAULT 0,
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `address_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `address_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `address_source_id_fk` FOREIGN KEY (`source_id`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `affiliation` (
  `institution_id` BIGINT NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `role_title` VARCHAR(255),
  `start_date` DATETIME(6),
  `affiliation_details_visibility` VARCHAR(20),
  `end_date` DATE,
  `affiliation_type` VARCHAR(100),
  `department_name` VARCHAR(400),
  `affiliation_address_visibility` VARCHAR(20),
  PRIMARY KEY (`institution_id`, `orcid`),
  CONSTRAINT `fk408de65b2007f99` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `fk408de65cf1a386f` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup_code` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `orcid` VARCHAR(19) NOT NULL,
  `used_date` DATETIME(6),
  `hashed_code` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biography` (
  `id` BIGINT NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `biography` TEXT,
  `visibility` VARCHAR(20),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `biography_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_details` (
  `client_details_id` VARCHAR(150) NOT NULL,
  `client_secret` VARCHAR(150),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `client_name` TEXT,
  `webhooks_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `client_description` TEXT,
  `client_website` TEXT,
  `persistent_tokens_enabled` TINYINT(1) DEFAULT 0,
  `group_orcid` VARCHAR(19),
  `client_type` VARCHAR(25),
  `authentication_provider_id` VARCHAR(1000),
  `email_access_reason` TEXT,
  `allow_auto_deprecate` TINYINT(1) DEFAULT 0,
  `user_obo_enabled` TINYINT(1) DEFAULT 0,
  `deactivated_date` DATETIME(6),
  `deactivated_by` VARCHAR(19),
  `user_notification_enabled` TINYINT(1) DEFAULT 0,
  `notification_domains` JSON,
  `notification_webpage_url` TEXT,
  `member_id` VARCHAR(24),
  PRIMARY KEY (`client_details_id`),
  CONSTRAINT `client_details_group_orcid_fk` FOREIGN KEY (`group_orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_redirect_uri` (
  `client_details_id` VARCHAR(150) NOT NULL,
  `redirect_uri` VARCHAR(255) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `predefined_client_redirect_scope` TEXT,
  `redirect_uri_type` VARCHAR(255) NOT NULL DEFAULT 'default',
  `uri_act_type` JSON,
  `uri_geo_area` JSON,
  `status` VARCHAR(200) DEFAULT 'OK',
  `redirect_uri_metadata` JSON,
  PRIMARY KEY (`client_details_id`, `redirect_uri`, `redirect_uri_type`),
  CONSTRAINT `client_redirect_uri_fk` FOREIGN KEY (`client_details_id`) REFERENCES `client_details` (`client_details_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_scope` (
  `client_details_id` VARCHAR(150) NOT NULL,
  `scope_type` VARCHAR(150) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`client_details_id`, `scope_type`),
  CONSTRAINT `client_scope_fk` FOREIGN KEY (`client_details_id`) REFERENCES `client_details` (`client_details_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_secret` (
  `client_details_id` VARCHAR(255) NOT NULL,
  `client_secret` VARCHAR(150) NOT NULL,
  `date_created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `is_primary` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`client_details_id`, `client_secret`),
  CONSTRAINT `client_secret_client_details_id_fk` FOREIGN KEY (`client_details_id`) REFERENCES `client_details` (`client_details_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `country_reference_data` (
  `country_iso_code` VARCHAR(2) NOT NULL,
  `country_name` VARCHAR(255),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`country_iso_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_email` (
  `client_details_id` VARCHAR(255) NOT NULL,
  `email_type` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `sender` TEXT,
  `subject` TEXT,
  `is_html` TINYINT(1) DEFAULT 0,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`client_details_id`, `email_type`),
  CONSTRAINT `member_custom_email_fk` FOREIGN KEY (`client_details_id`) REFERENCES `client_details` (`client_details_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email` (
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `email` TEXT,
  `orcid` VARCHAR(255) NOT NULL,
  `visibility` VARCHAR(20) NOT NULL DEFAULT 'PRIVATE',
  `is_primary` TINYINT(1) NOT NULL DEFAULT 1,
  `is_current` TINYINT(1) NOT NULL DEFAULT 1,
  `is_verified` TINYINT(1) NOT NULL DEFAULT 0,
  `source_id` VARCHAR(255),
  `client_source_id` VARCHAR(20),
  `email_hash` VARCHAR(256) NOT NULL,
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  `date_verified` DATETIME(6),
  PRIMARY KEY (`email_hash`),
  CONSTRAINT `email_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `email_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `email_source_orcid_fk` FOREIGN KEY (`source_id`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_domain` (
  `id` BIGINT NOT NULL,
  `email_domain` VARCHAR(254) NOT NULL,
  `category` VARCHAR(16) NOT NULL,
  `ror_id` VARCHAR(30),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_event` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `email` TEXT NOT NULL,
  `email_event_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_frequency` (
  `id` VARCHAR(255) NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `send_administrative_change_notifications` DOUBLE NOT NULL DEFAULT 7,
  `send_change_notifications` DOUBLE NOT NULL DEFAULT 7,
  `send_member_update_requests` DOUBLE NOT NULL DEFAULT 7,
  `send_quarterly_tips` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_frequency_orcid_unique` (`orcid`),
  CONSTRAINT `email_frequency_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_schedule` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `schedule_start` DATETIME(6),
  `schedule_end` DATETIME(6),
  `latest_sent` DATETIME(6),
  `schedule_interval` BIGINT,
  `comments` VARCHAR(100),
  `paused` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` BIGINT NOT NULL,
  `event_type` VARCHAR(20),
  `client_id` VARCHAR(255),
  `label` VARCHAR(255),
  `date_created` DATETIME(6),
  `ip` VARCHAR(60),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_stats` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event_type` VARCHAR(20),
  `client_id` VARCHAR(255),
  `count` BIGINT,
  `date` DATETIME(6),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `ip` VARCHAR(60),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_identifier` (
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `orcid` VARCHAR(19) NOT NULL,
  `external_id_reference` VARCHAR(255) NOT NULL,
  `external_id_type` VARCHAR(255),
  `external_id_url` TEXT,
  `source_id` VARCHAR(19),
  `client_source_id` VARCHAR(20),
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `visibility` VARCHAR(19),
  `display_index` BIGINT DEFAULT 0,
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_external_identifiers_allowing_multiple_sources` (`orcid`, `external_id_reference`, `external_id_type`, `source_id`, `client_source_id`),
  CONSTRAINT `external_identifier_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `external_identifier_source_id_fk` FOREIGN KEY (`source_id`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `fk641fe19db2007f99` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `find_my_stuff_history` (
  `orcid` VARCHAR(255) NOT NULL,
  `finder_name` VARCHAR(255) NOT NULL,
  `last_count` INT,
  `opt_out` TINYINT(1),
  `actioned` TINYINT(1),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`orcid`, `finder_name`),
  CONSTRAINT `find_my_stuff_history_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funding_external_identifier` (
  `funding_external_identifier_id` BIGINT NOT NULL,
  `profile_funding_id` BIGINT NOT NULL,
  `ext_type` VARCHAR(255),
  `ext_value` VARCHAR(768),
  `ext_url` VARCHAR(350),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`funding_external_identifier_id`),
  UNIQUE KEY `funding_external_identifier_constraints` (`profile_funding_id`, `ext_type`, `ext_value`, `ext_url`),
  CONSTRAINT `funding_external_identifiers_fk` FOREIGN KEY (`profile_funding_id`) REFERENCES `profile_funding` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `given_permission_to` (
  `receiver_orcid` VARCHAR(19) NOT NULL,
  `giver_orcid` VARCHAR(19) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `approval_date` DATETIME(6),
  `given_permission_to_id` BIGINT NOT NULL,
  PRIMARY KEY (`given_permission_to_id`),
  CONSTRAINT `giver_orcid_to_profile_orcid` FOREIGN KEY (`giver_orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `receiver_orcid_to_profile_orcid` FOREIGN KEY (`receiver_orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `granted_authority` (
  `authority` VARCHAR(255) NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`authority`, `orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_id_record` (
  `id` BIGINT NOT NULL,
  `group_id` VARCHAR(255) NOT NULL,
  `group_name` TEXT NOT NULL,
  `group_description` TEXT,
  `group_type` TEXT NOT NULL,
  `source_id` VARCHAR(255),
  `client_source_id` VARCHAR(20),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  `issn_loader_fail_count` INT DEFAULT 0,
  `fail_reason` VARCHAR(50),
  `sync_date` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_id_record_group_id_key` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identifier_type` (
  `id` BIGINT NOT NULL,
  `id_name` VARCHAR(255) NOT NULL,
  `id_validation_regex` TEXT,
  `id_resolution_prefix` TEXT,
  `id_deprecated` TINYINT(1) NOT NULL DEFAULT 0,
  `client_source_id` VARCHAR(20),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `primary_use` TEXT NOT NULL,
  `case_sensitive` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifier_type_id_name_key` (`id_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_provider` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `providerid` VARCHAR(255) NOT NULL,
  `display_name` TEXT,
  `support_email` TEXT,
  `admin_email` TEXT,
  `tech_email` TEXT,
  `last_failed` DATETIME(6),
  `failed_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_provider_providerid_unique` (`providerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_provider_name` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `identity_provider_id` BIGINT,
  `display_name` TEXT,
  `lang` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `identity_provider_name_identity_provider_id_fk` FOREIGN KEY (`identity_provider_id`) REFERENCES `identity_provider` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `institution` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `institution_name` VARCHAR(350),
  `address_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk3529a5b8e84caef` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `internal_sso` (
  `orcid` VARCHAR(19) NOT NULL,
  `token` VARCHAR(60) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_obo_whitelisted_client` (
  `id` BIGINT NOT NULL,
  `client_details_id` VARCHAR(150),
  `whitelisted_client_details_id` VARCHAR(150),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_obo_whitelisted_clients_unique_constraint` (`client_details_id`, `whitelisted_client_details_id`),
  CONSTRAINT `member_obo_client_details_fk` FOREIGN KEY (`client_details_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `member_obo_whitelisted_client_details_fk` FOREIGN KEY (`whitelisted_client_details_id`) REFERENCES `client_details` (`client_details_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `orcid` VARCHAR(19) NOT NULL,
  `notification_type` TEXT NOT NULL,
  `subject` TEXT,
  `body_text` TEXT,
  `body_html` TEXT,
  `sent_date` DATETIME(6),
  `read_date` DATETIME(6),
  `archived_date` DATETIME(6),
  `sendable` TINYINT(1) NOT NULL DEFAULT 1,
  `source_id` VARCHAR(19),
  `authorization_url` TEXT,
  `lang` TEXT,
  `client_source_id` VARCHAR(20),
  `amended_section` TEXT,
  `actioned_date` DATETIME(6),
  `notification_subject` TEXT,
  `notification_intro` TEXT,
  `authentication_provider_id` TEXT,
  `retry_count` INT,
  `notification_family` VARCHAR(50),
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `notification_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `notification_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `notification_source_id_fk` FOREIGN KEY (`source_id`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_item` (
  `id` BIGINT NOT NULL,
  `notification_id` BIGINT,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `item_type` TEXT,
  `item_name` TEXT,
  `external_id_type` TEXT,
  `external_id_value` TEXT,
  `action_type` VARCHAR(10),
  `additional_info` JSON,
  `external_id_url` VARCHAR(255),
  `external_id_relationship` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `notification_activity_notification_fk` FOREIGN KEY (`notification_id`) REFERENCES `notification` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_work` (
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `notification_id` BIGINT NOT NULL,
  `work_id` BIGINT NOT NULL,
  PRIMARY KEY (`notification_id`, `work_id`),
  CONSTRAINT `notification_work` FOREIGN KEY (`work_id`) REFERENCES `work` (`work_id`),
  CONSTRAINT `notification_work_notification_id_fk` FOREIGN KEY (`notification_id`) REFERENCES `notification` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_authoriziation_code_detail` (
  `authoriziation_code_value` VARCHAR(255) NOT NULL,
  `is_aproved` TINYINT(1),
  `orcid` VARCHAR(19),
  `redirect_uri` VARCHAR(355),
  `response_type` VARCHAR(55),
  `state` TEXT,
  `client_details_id` VARCHAR(150),
  `session_id` VARCHAR(100),
  `is_authenticated` TINYINT(1),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `persistent` TINYINT(1) DEFAULT 0,
  `version` BIGINT DEFAULT 0,
  `nonce` TEXT,
  `scopes` VARCHAR(255),
  `authorities` VARCHAR(255),
  `authorization_state_attribute` VARCHAR(500),
  `authorization_request_uri` TEXT,
  `spring_authorization_code_request_id` VARCHAR(255),
  `authorization_code_expires_at` DATETIME(6),
  `attributes` TEXT,
  PRIMARY KEY (`authoriziation_code_value`),
  CONSTRAINT `oauth2_authoriziation_code_detail_client_details_fk` FOREIGN KEY (`client_details_id`) REFERENCES `client_details` (`client_details_id`) ON DELETE CASCADE,
  CONSTRAINT `oauth2_authoriziation_code_detail_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_token_detail` (
  `token_value` VARCHAR(155),
  `token_type` VARCHAR(50),
  `token_expiration` DATETIME(6),
  `user_orcid` VARCHAR(19),
  `client_details_id` VARCHAR(20),
  `is_approved` TINYINT(1),
  `redirect_uri` VARCHAR(350),
  `response_type` VARCHAR(100),
  `state` VARCHAR(40),
  `scope_type` VARCHAR(500),
  `resource_id` VARCHAR(50),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `authentication_key` VARCHAR(150),
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `refresh_token_expiration` DATETIME(6),
  `refresh_token_value` VARCHAR(150),
  `token_disabled` TINYINT(1) DEFAULT 0,
  `persistent` TINYINT(1) DEFAULT 0,
  `version` BIGINT DEFAULT 0,
  `authorization_code` VARCHAR(255),
  `revocation_date` DATETIME(6),
  `revoke_reason` VARCHAR(30),
  `obo_client_details_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_token_detail_refresh_token_value_key` (`refresh_token_value`),
  UNIQUE KEY `unique_token_value` (`token_value`),
  CONSTRAINT `oauth2_token_detail_client_details_fk` FOREIGN KEY (`client_details_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `oauth2_token_detail_orcid_fk` FOREIGN KEY (`user_orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `obo_client_details_id_fk` FOREIGN KEY (`obo_client_details_id`) REFERENCES `client_details` (`client_details_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orcid_props` (
  `key` VARCHAR(255) NOT NULL,
  `prop_value` TEXT,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orcid_social` (
  `orcid` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `encrypted_credentials` TEXT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `last_run` DATETIME(6),
  PRIMARY KEY (`orcid`, `type`),
  CONSTRAINT `orcid_social_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(768) NOT NULL,
  `city` VARCHAR(768),
  `region` VARCHAR(768) NOT NULL,
  `country` VARCHAR(2),
  `url` TEXT,
  `source_id` VARCHAR(255),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `org_disambiguated_id` BIGINT,
  `client_source_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  UNIQUE KEY `org_unique_constraints` (`name`, `city`, `region`, `country`, `org_disambiguated_id`),
  CONSTRAINT `org_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `org_org_disambiguated_fk` FOREIGN KEY (`org_disambiguated_id`) REFERENCES `org_disambiguated` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org_affiliation_relation` (
  `id` BIGINT NOT NULL,
  `org_id` BIGINT NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `org_affiliation_relation_role` TEXT,
  `org_affiliation_relation_title` TEXT,
  `department` TEXT,
  `start_day` INT,
  `start_month` INT,
  `start_year` INT,
  `end_day` INT,
  `end_month` INT,
  `end_year` INT,
  `visibility` VARCHAR(20),
  `source_id` VARCHAR(255),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `client_source_id` VARCHAR(20),
  `url` TEXT,
  `external_ids_json` JSON,
  `display_index` BIGINT DEFAULT 0,
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  `featured` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `org_affiliation_relation_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `org_affiliation_relation_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `org_affiliation_relation_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `org` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org_disambiguated` (
  `id` BIGINT NOT NULL,
  `source_id` VARCHAR(255),
  `source_url` TEXT,
  `source_type` VARCHAR(255),
  `org_type` TEXT,
  `name` TEXT,
  `city` TEXT,
  `region` TEXT,
  `country` VARCHAR(2),
  `url` TEXT,
  `status` VARCHAR(255),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `indexing_status` VARCHAR(20) NOT NULL DEFAULT 'PENDING',
  `last_indexed_date` DATETIME(6),
  `popularity` INT NOT NULL DEFAULT 0,
  `source_parent_id` VARCHAR(255),
  `locations_json` JSON,
  `names_json` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org_disambiguated_external_identifier` (
  `id` BIGINT NOT NULL,
  `org_disambiguated_id` BIGINT,
  `identifier` VARCHAR(768),
  `identifier_type` VARCHAR(768),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `preferred` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_org_disambiguated_identifier_type` (`org_disambiguated_id`, `identifier`, `identifier_type`),
  CONSTRAINT `org_disambiguated_external_identifier_org_disambiguated_fk` FOREIGN KEY (`org_disambiguated_id`) REFERENCES `org_disambiguated` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `other_name` (
  `other_name_id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `display_name` TEXT,
  `orcid` VARCHAR(19) NOT NULL,
  `visibility` VARCHAR(19),
  `source_id` VARCHAR(19),
  `client_source_id` VARCHAR(20),
  `display_index` BIGINT DEFAULT 0,
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  PRIMARY KEY (`other_name_id`),
  CONSTRAINT `fkf5209e5ab2007f99` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `other_name_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `other_name_source_id_fk` FOREIGN KEY (`source_id`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patent_contributor` (
  `patent_contributor_id` BIGINT NOT NULL,
  `orcid` VARCHAR(19),
  `patent_id` BIGINT,
  `credit_name` VARCHAR(450),
  `contributor_role` VARCHAR(90),
  `contributor_sequence` VARCHAR(90),
  `contributor_email` VARCHAR(300),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`patent_contributor_id`),
  CONSTRAINT `patent_contributor_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `peer_review` (
  `id` BIGINT NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `peer_review_subject_id` BIGINT,
  `external_identifiers_json` JSON NOT NULL,
  `org_id` BIGINT NOT NULL,
  `peer_review_role` TEXT NOT NULL,
  `peer_review_type` TEXT NOT NULL,
  `completion_day` INT,
  `completion_month` INT,
  `completion_year` INT,
  `source_id` VARCHAR(255),
  `url` TEXT,
  `visibility` VARCHAR(20),
  `client_source_id` VARCHAR(20),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `display_index` BIGINT DEFAULT 0,
  `subject_external_identifiers_json` TEXT,
  `subject_type` TEXT,
  `subject_container_name` TEXT,
  `subject_name` TEXT,
  `subject_translated_name` TEXT,
  `subject_translated_name_language_code` TEXT,
  `subject_url` TEXT,
  `group_id` TEXT,
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `peer_review_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `peer_review_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `org` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `peer_review_subject` (
  `id` BIGINT NOT NULL,
  `external_identifiers_json` JSON NOT NULL,
  `title` TEXT NOT NULL,
  `work_type` TEXT NOT NULL,
  `sub_title` TEXT,
  `translated_title` TEXT,
  `translated_title_language_code` TEXT,
  `url` TEXT,
  `journal_title` TEXT,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile` (
  `orcid` VARCHAR(19) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `account_expiry` DATETIME(6),
  `completed_date` DATETIME(6),
  `claimed` TINYINT(1) DEFAULT 0,
  `creation_method` VARCHAR(20),
  `enabled` TINYINT(1) DEFAULT 1,
  `encrypted_password` VARCHAR(255),
  `is_selectable_sponsor` TINYINT(1),
  `source_id` VARCHAR(19),
  `orcid_type` VARCHAR(20),
  `submission_date` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `indexing_status` VARCHAR(20) NOT NULL DEFAULT 'PENDING',
  `profile_deactivation_date` DATETIME(6),
  `activities_visibility_default` VARCHAR(20) NOT NULL DEFAULT 'PRIVATE',
  `last_indexed_date` DATETIME(6),
  `locale` VARCHAR(12) NOT NULL DEFAULT 'EN',
  `group_type` VARCHAR(25),
  `primary_record` VARCHAR(19),
  `deprecated_date` DATETIME(6),
  `referred_by` VARCHAR(20),
  `enable_developer_tools` TINYINT(1) DEFAULT 0,
  `salesforce_id` VARCHAR(15),
  `client_source_id` VARCHAR(20),
  `developer_tools_enabled_date` DATETIME(6),
  `record_locked` TINYINT(1) NOT NULL DEFAULT 0,
  `used_captcha_on_registration` TINYINT(1),
  `user_last_ip` VARCHAR(50),
  `reviewed` TINYINT(1) NOT NULL DEFAULT 0,
  `reason_locked` TEXT,
  `reason_locked_description` TEXT,
  `hashed_orcid` VARCHAR(256),
  `secret_for_2fa` VARCHAR(255),
  `using_2fa` TINYINT(1) DEFAULT 0,
  `last_login` DATETIME(6),
  `deprecating_admin` VARCHAR(19),
  `deprecated_method` VARCHAR(20),
  `record_locked_date` DATETIME(6),
  `record_locked_admin_id` VARCHAR(19),
  `signin_lock_start` DATETIME(6),
  `signin_lock_last_attempt` DATETIME(6),
  `signin_lock_count` INT,
  `auto_lock_date` DATETIME(6),
  PRIMARY KEY (`orcid`),
  CONSTRAINT `fked8e89a9d6bc0bfe` FOREIGN KEY (`source_id`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `profile_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `profile_deprecating_admin_fk` FOREIGN KEY (`deprecating_admin`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_email_domain` (
  `id` BIGINT NOT NULL,
  `orcid` VARCHAR(19) NOT NULL,
  `email_domain` VARCHAR(254) NOT NULL,
  `visibility` VARCHAR(20),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `generated_by_script` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `profile_email_domain_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_event` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `orcid` VARCHAR(19) NOT NULL,
  `profile_event_type` VARCHAR(255) NOT NULL,
  `comment` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `profile_event_orcid` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_funding` (
  `id` BIGINT NOT NULL,
  `org_id` BIGINT NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `currency_code` VARCHAR(3),
  `translated_title` TEXT,
  `translated_title_language_code` TEXT,
  `description` TEXT,
  `start_day` INT,
  `start_month` INT,
  `start_year` INT,
  `end_day` INT,
  `end_month` INT,
  `end_year` INT,
  `url` TEXT,
  `contributors_json` JSON,
  `visibility` VARCHAR(20),
  `source_id` VARCHAR(255),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `organization_defined_type` TEXT,
  `numeric_amount` DECIMAL(65,30),
  `display_index` BIGINT DEFAULT 0,
  `client_source_id` VARCHAR(20),
  `external_identifiers_json` JSON,
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `profile_funding_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `profile_funding_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `profile_funding_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `org` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_history_event` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `orcid` VARCHAR(19) NOT NULL,
  `event_type` VARCHAR(50),
  `comment` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_interstitial_flag` (
  `id` BIGINT NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `interstitial_name` VARCHAR(255),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `profile_interstitial_flag_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_keyword` (
  `profile_orcid` VARCHAR(19) NOT NULL,
  `keywords_name` TEXT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `id` BIGINT NOT NULL,
  `visibility` VARCHAR(19),
  `source_id` VARCHAR(19),
  `client_source_id` VARCHAR(20),
  `display_index` BIGINT DEFAULT 0,
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk5c27955380ddc983` FOREIGN KEY (`profile_orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `keyword_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `keyword_source_id_fk` FOREIGN KEY (`source_id`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_api_daily_rate_limit` (
  `id` BIGINT NOT NULL,
  `client_id` VARCHAR(255),
  `ip_address` VARCHAR(200),
  `request_count` BIGINT NOT NULL,
  `request_date` DATE NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uc_client_ip_date` (`client_id`, `ip_address`, `request_date`),
  CONSTRAINT `public_api_rate_limiting_client_id_fk` FOREIGN KEY (`client_id`) REFERENCES `client_details` (`client_details_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `record_name` (
  `id` BIGINT NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `credit_name` TEXT,
  `family_name` TEXT,
  `given_names` TEXT,
  `visibility` VARCHAR(20),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `record_name_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reference_data` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `ref_data_key` VARCHAR(255),
  `ref_data_value` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rejected_grouping_suggestion` (
  `put_codes` VARCHAR(255) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `orcid` VARCHAR(19) NOT NULL,
  PRIMARY KEY (`put_codes`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `research_resource` (
  `id` BIGINT NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `source_id` VARCHAR(255),
  `client_source_id` VARCHAR(20),
  `proposal_type` VARCHAR(150) NOT NULL,
  `external_identifiers_json` TEXT NOT NULL,
  `title` VARCHAR(1000) NOT NULL,
  `translated_title` VARCHAR(1000),
  `translated_title_language_code` VARCHAR(10),
  `url` VARCHAR(350),
  `display_index` INT,
  `start_day` INT,
  `start_month` INT,
  `start_year` INT,
  `end_day` INT,
  `end_month` INT,
  `end_year` INT,
  `visibility` VARCHAR(20),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `research_resource_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `research_resource_item` (
  `id` BIGINT NOT NULL,
  `research_resource_id` BIGINT NOT NULL,
  `resource_name` VARCHAR(1000) NOT NULL,
  `resource_type` VARCHAR(150) NOT NULL,
  `external_identifiers_json` TEXT NOT NULL,
  `url` VARCHAR(350),
  `item_index` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `research_resource_item_fk` FOREIGN KEY (`research_resource_id`) REFERENCES `research_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `researcher_url` (
  `url` VARCHAR(255) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `orcid` VARCHAR(19) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `url_name` TEXT,
  `visibility` VARCHAR(19),
  `source_id` VARCHAR(19),
  `client_source_id` VARCHAR(20),
  `display_index` BIGINT DEFAULT 0,
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  PRIMARY KEY (`id`),
  UNIQUE KEY `researcher_url_orcid_client_source_unique_key` (`url`, `orcid`, `client_source_id`),
  UNIQUE KEY `researcher_url_orcid_source_unique_key` (`url`, `orcid`, `source_id`),
  CONSTRAINT `fkd433c438b2007f99` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `researcher_url_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `researcher_url_source_id_fk` FOREIGN KEY (`source_id`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `salesforce_connection` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `orcid` VARCHAR(19) NOT NULL,
  `email` TEXT NOT NULL,
  `salesforce_account_id` VARCHAR(255) NOT NULL,
  `is_primary` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `salesforce_connection_orcid_salesforce_account_id_unique` (`orcid`, `salesforce_account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shibboleth_account` (
  `id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `orcid` VARCHAR(19) NOT NULL,
  `remote_user` VARCHAR(255) NOT NULL,
  `shib_identity_provider` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `shibboleth_account_remote_user_idp_unique` (`remote_user`, `shib_identity_provider`),
  CONSTRAINT `shibboleth_account_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spam` (
  `id` BIGINT NOT NULL,
  `orcid` VARCHAR(255) NOT NULL,
  `source_type` VARCHAR(20),
  `spam_counter` INT,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `spam_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userconnection` (
  `userid` VARCHAR(255) NOT NULL,
  `email` TEXT,
  `orcid` VARCHAR(19),
  `providerid` VARCHAR(255) NOT NULL,
  `provideruserid` VARCHAR(255) NOT NULL,
  `rank` INT NOT NULL,
  `displayname` TEXT,
  `profileurl` TEXT,
  `imageurl` TEXT,
  `accesstoken` TEXT,
  `secret` TEXT,
  `refreshtoken` TEXT,
  `expiretime` BIGINT,
  `is_linked` TINYINT(1) DEFAULT 0,
  `last_login` DATETIME(6),
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `id_type` TEXT,
  `status` TEXT,
  `headers_json` JSON,
  PRIMARY KEY (`userid`, `providerid`, `provideruserid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `validated_public_profile` (
  `orcid` VARCHAR(19) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `error` TEXT,
  `valid` TINYINT(1),
  PRIMARY KEY (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook` (
  `orcid` VARCHAR(255) NOT NULL,
  `client_details_id` VARCHAR(255) NOT NULL,
  `uri` VARCHAR(255) NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `last_failed` DATETIME(6),
  `failed_attempt_count` INT NOT NULL DEFAULT 0,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `disabled_date` DATETIME(6),
  `disabled_comments` TEXT,
  `last_sent` DATETIME(6),
  `profile_last_modified` DATETIME(6),
  PRIMARY KEY (`orcid`, `uri`),
  CONSTRAINT `webhook_client_details_fk` FOREIGN KEY (`client_details_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `webhook_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work` (
  `work_id` BIGINT NOT NULL,
  `date_created` DATETIME(6),
  `last_modified` DATETIME(6),
  `publication_day` INT,
  `publication_month` INT,
  `publication_year` INT,
  `title` TEXT,
  `subtitle` TEXT,
  `description` TEXT,
  `work_url` TEXT,
  `citation` TEXT,
  `work_type` TEXT,
  `citation_type` TEXT,
  `contributors_json` JSON,
  `journal_title` TEXT,
  `language_code` TEXT,
  `translated_title` TEXT,
  `translated_title_language_code` TEXT,
  `iso2_country` TEXT,
  `external_ids_json` JSON,
  `orcid` VARCHAR(19),
  `added_to_profile_date` DATETIME(6),
  `visibility` VARCHAR(19),
  `display_index` BIGINT DEFAULT 0,
  `source_id` VARCHAR(19),
  `client_source_id` VARCHAR(20),
  `assertion_origin_source_id` VARCHAR(19),
  `assertion_origin_client_source_id` VARCHAR(20),
  `top_contributors_json` JSON,
  `featured_display_index` INT DEFAULT 0,
  PRIMARY KEY (`work_id`),
  CONSTRAINT `work_client_source_id_fk` FOREIGN KEY (`client_source_id`) REFERENCES `client_details` (`client_details_id`),
  CONSTRAINT `work_orcid_fk` FOREIGN KEY (`orcid`) REFERENCES `profile` (`orcid`),
  CONSTRAINT `work_source_id_fk` FOREIGN KEY (`source_id`) REFERENCES `profile` (`orcid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

-- NZ ORCID Hub (Royal Society Te Apārangi for the ORCID New Zealand consortium; orcidhub.org.nz, also run for
-- other consortia), PostgreSQL schema written as MySQL/MariaDB DDL.
-- Upstream: github.com/Royal-Society-of-New-Zealand/NZ-ORCID-Hub, commit dadb7245d878b6cabfd9619c8468fa8d22022803 (MIT).
-- Made by running upstream's own orcid_hub.models.create_tables() (peewee 3.10, the version pinned by
-- requirements.txt) against an empty PostgreSQL 15 database — the Flask app objects and the validation /
-- country-list libraries that models.py imports were replaced by inert stand-ins, the models are upstream's
-- unchanged — then writing every table from the catalogue in column order (text -> TEXT, or VARCHAR(255) where
-- it is a key or a foreign key; timestamp -> DATETIME; boolean -> TINYINT(1); serial -> AUTO_INCREMENT).
-- The audit.* copies made by orcid_hub/sql/auditing.sql and non-unique indexes are left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `affiliation_external_id` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `url` VARCHAR(200),
  `relationship` VARCHAR(255),
  `record_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `affiliation_external_id_record_id_fkey` FOREIGN KEY (`record_id`) REFERENCES `affiliation_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `affiliation_record` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_active` TINYINT(1),
  `task_id` INT NOT NULL,
  `put_code` INT,
  `local_id` VARCHAR(100),
  `processed_at` DATETIME(6),
  `status` TEXT,
  `first_name` VARCHAR(120),
  `last_name` VARCHAR(120),
  `email` VARCHAR(80),
  `orcid` CHAR(19),
  `organisation` VARCHAR(200),
  `affiliation_type` VARCHAR(20),
  `role` VARCHAR(100),
  `department` VARCHAR(200),
  `start_date` VARCHAR(10),
  `end_date` VARCHAR(10),
  `city` VARCHAR(200),
  `region` VARCHAR(100),
  `country` VARCHAR(2),
  `disambiguated_id` VARCHAR(255),
  `disambiguation_source` VARCHAR(100),
  `delete_record` TINYINT(1),
  `visibility` VARCHAR(100),
  `url` VARCHAR(200),
  `display_index` VARCHAR(100),
  PRIMARY KEY (`id`),
  CONSTRAINT `affiliation_record_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `async_orcid_response` (
  `job_id` CHAR(36) NOT NULL,
  `enqueued_at` DATETIME(6) NOT NULL,
  `executed_at` DATETIME(6),
  `method` VARCHAR(10) NOT NULL,
  `url` VARCHAR(200) NOT NULL,
  `status_code` SMALLINT,
  `headers` TEXT,
  `body` TEXT,
  PRIMARY KEY (`job_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `is_deleted` TINYINT(1),
  `created_by_id` INT,
  `updated_by_id` INT,
  `name` VARCHAR(40),
  `homepage_url` VARCHAR(100),
  `description` VARCHAR(400),
  `user_id` INT,
  `org_id` INT NOT NULL,
  `client_id` VARCHAR(100) NOT NULL,
  `client_secret` VARCHAR(55) NOT NULL,
  `is_confidential` TINYINT(1),
  `grant_type` VARCHAR(18),
  `response_type` VARCHAR(4),
  `_redirect_uris` TEXT,
  `_default_scopes` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_client_id` (`client_id`),
  UNIQUE KEY `client_client_secret` (`client_secret`),
  CONSTRAINT `client_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organisation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `client_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delegate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hostname` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_id` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `url` VARCHAR(200),
  `relationship` VARCHAR(255),
  `record_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `external_id_record_id_fkey` FOREIGN KEY (`record_id`) REFERENCES `funding_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(100) NOT NULL,
  `data` LONGBLOB NOT NULL,
  `mime_type` VARCHAR(30) NOT NULL,
  `token` CHAR(8) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `file_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funding_contributor` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `orcid` CHAR(19),
  `name` VARCHAR(120),
  `role` VARCHAR(120),
  `email` VARCHAR(120),
  `record_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `funding_contributor_record_id_fkey` FOREIGN KEY (`record_id`) REFERENCES `funding_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funding_invitee` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(120),
  `email` VARCHAR(120),
  `orcid` CHAR(19),
  `first_name` VARCHAR(120),
  `last_name` VARCHAR(120),
  `put_code` INT,
  `visibility` VARCHAR(100),
  `status` TEXT,
  `processed_at` DATETIME(6),
  `record_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `funding_invitee_record_id_fkey` FOREIGN KEY (`record_id`) REFERENCES `funding_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funding_record` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `translated_title` VARCHAR(255),
  `translated_title_language_code` VARCHAR(10),
  `type` VARCHAR(255) NOT NULL,
  `organization_defined_type` VARCHAR(255),
  `short_description` TEXT,
  `amount` VARCHAR(255),
  `currency` VARCHAR(3),
  `start_date` VARCHAR(10),
  `end_date` VARCHAR(10),
  `org_name` VARCHAR(255),
  `city` VARCHAR(255),
  `region` VARCHAR(255),
  `country` VARCHAR(255),
  `disambiguated_id` VARCHAR(255),
  `disambiguation_source` VARCHAR(255),
  `is_active` TINYINT(1),
  `processed_at` DATETIME(6),
  `url` VARCHAR(200),
  `status` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `funding_record_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grant` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `client_id` INT NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `redirect_uri` VARCHAR(255),
  `expires` DATETIME(6),
  `_scopes` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `grant_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `client` (`id`) ON DELETE CASCADE,
  CONSTRAINT `grant_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_id_record` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `put_code` INT,
  `processed_at` DATETIME(6),
  `status` TEXT,
  `name` VARCHAR(120) NOT NULL,
  `group_id` VARCHAR(120) NOT NULL,
  `description` VARCHAR(1000) NOT NULL,
  `type` VARCHAR(80) NOT NULL,
  `organisation_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `group_id_record_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitee` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(120),
  `email` VARCHAR(120),
  `orcid` CHAR(19),
  `first_name` VARCHAR(120),
  `last_name` VARCHAR(120),
  `put_code` INT,
  `visibility` VARCHAR(100),
  `status` TEXT,
  `processed_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` INT,
  `task_id` INT,
  `message` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `log_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `log_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sent_at` DATETIME(6) NOT NULL,
  `org_id` INT,
  `recipient` VARCHAR(255) NOT NULL,
  `sender` VARCHAR(255) NOT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `was_sent_successfully` TINYINT(1),
  `error` TEXT,
  `token` VARCHAR(10) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mail_log_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_record` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `version` VARCHAR(255),
  `message` TEXT NOT NULL,
  `is_active` TINYINT(1),
  `processed_at` DATETIME(6),
  `status` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `message_record_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_record_invitee_through` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `messagerecord_id` INT NOT NULL,
  `invitee_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `messagerecordinviteethrough_messagerecord_id_invitee_id` (`messagerecord_id`, `invitee_id`),
  CONSTRAINT `message_record_invitee_through_invitee_id_fkey` FOREIGN KEY (`invitee_id`) REFERENCES `invitee` (`id`) ON DELETE CASCADE,
  CONSTRAINT `message_record_invitee_through_messagerecord_id_fkey` FOREIGN KEY (`messagerecord_id`) REFERENCES `message_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orcid_api_call` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `called_at` DATETIME(6) NOT NULL,
  `user_id` INT,
  `method` VARCHAR(6) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `query_params` TEXT,
  `body` TEXT,
  `put_code` INT,
  `response` TEXT,
  `response_time_ms` INT,
  `status` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `orcid_api_call_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orcid_authorize_call` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `called_at` DATETIME(6) NOT NULL,
  `user_id` INT,
  `method` TEXT,
  `url` TEXT,
  `token` TEXT,
  `state` TEXT,
  `response_time_ms` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `orcid_authorize_call_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orcid_token` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `is_deleted` TINYINT(1),
  `created_by_id` INT,
  `updated_by_id` INT,
  `user_id` INT,
  `org_id` INT NOT NULL,
  `scopes` TEXT,
  `access_token` VARCHAR(36),
  `issue_time` DATETIME(6) NOT NULL,
  `refresh_token` VARCHAR(36),
  `expires_in` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `orcid_token_access_token` (`access_token`),
  UNIQUE KEY `orcid_token_refresh_token` (`refresh_token`),
  CONSTRAINT `orcid_token_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `orcid_token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org_info` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `saml_name` VARCHAR(100),
  `title` VARCHAR(255),
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `role` VARCHAR(255),
  `email` VARCHAR(255),
  `phone` VARCHAR(255),
  `is_public` TINYINT(1),
  `country` VARCHAR(255),
  `city` VARCHAR(255),
  `disambiguated_id` VARCHAR(255),
  `disambiguation_source` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `org_info_name` (`name`),
  UNIQUE KEY `org_info_saml_name` (`saml_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org_invitation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `is_deleted` TINYINT(1),
  `created_by_id` INT,
  `updated_by_id` INT,
  `invitee_id` INT,
  `inviter_id` INT,
  `org_id` INT NOT NULL,
  `email` TEXT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `confirmed_at` DATETIME(6),
  `tech_contact` TINYINT(1),
  `url` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `org_invitation_token` (`token`),
  CONSTRAINT `org_invitation_invitee_id_fkey` FOREIGN KEY (`invitee_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `org_invitation_inviter_id_fkey` FOREIGN KEY (`inviter_id`) REFERENCES `user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `org_invitation_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `is_deleted` TINYINT(1),
  `name` VARCHAR(100),
  `saml_name` VARCHAR(80),
  `orcid_client_id` VARCHAR(80),
  `orcid_secret` VARCHAR(80),
  `confirmed` TINYINT(1) NOT NULL,
  `city` VARCHAR(255),
  `region` VARCHAR(100),
  `country` VARCHAR(255),
  `disambiguated_id` VARCHAR(255),
  `disambiguation_source` VARCHAR(255),
  `is_email_sent` TINYINT(1) NOT NULL,
  `api_credentials_requested_at` DATETIME(6),
  `api_credentials_entered_at` DATETIME(6),
  `can_use_api` TINYINT(1),
  `logo_id` INT,
  `email_template` TEXT,
  `email_template_enabled` TINYINT(1),
  `webhook_enabled` TINYINT(1),
  `webhook_url` VARCHAR(100),
  `webhook_append_orcid` TINYINT(1),
  `webhook_apikey` VARCHAR(20),
  `email_notifications_enabled` TINYINT(1),
  `notification_email` VARCHAR(100),
  `tech_contact_id` INT,
  `created_by_id` INT,
  `updated_by_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisation_name` (`name`),
  UNIQUE KEY `organisation_saml_name` (`saml_name`),
  CONSTRAINT `organisation_logo_id_fkey` FOREIGN KEY (`logo_id`) REFERENCES `file` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `other_id_record` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `url` VARCHAR(200),
  `relationship` VARCHAR(255),
  `task_id` INT NOT NULL,
  `display_index` INT,
  `email` VARCHAR(120),
  `first_name` VARCHAR(120),
  `last_name` VARCHAR(120),
  `orcid` CHAR(19),
  `put_code` INT,
  `visibility` VARCHAR(100),
  `is_active` TINYINT(1),
  `processed_at` DATETIME(6),
  `status` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `other_id_record_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `peer_review_external_id` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `url` VARCHAR(200),
  `relationship` VARCHAR(255),
  `record_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `peer_review_external_id_record_id_fkey` FOREIGN KEY (`record_id`) REFERENCES `peer_review_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `peer_review_invitee` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(120),
  `email` VARCHAR(120),
  `orcid` CHAR(19),
  `first_name` VARCHAR(120),
  `last_name` VARCHAR(120),
  `put_code` INT,
  `visibility` VARCHAR(100),
  `status` TEXT,
  `processed_at` DATETIME(6),
  `record_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `peer_review_invitee_record_id_fkey` FOREIGN KEY (`record_id`) REFERENCES `peer_review_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `peer_review_record` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `review_group_id` VARCHAR(255) NOT NULL,
  `reviewer_role` VARCHAR(255),
  `review_url` VARCHAR(255),
  `review_type` VARCHAR(255),
  `review_completion_date` VARCHAR(10),
  `subject_external_id_type` VARCHAR(255),
  `subject_external_id_value` VARCHAR(255),
  `subject_external_id_url` VARCHAR(255),
  `subject_external_id_relationship` VARCHAR(255),
  `subject_container_name` VARCHAR(255),
  `subject_type` VARCHAR(80),
  `subject_name_title` VARCHAR(255),
  `subject_name_subtitle` VARCHAR(255),
  `subject_name_translated_title_lang_code` VARCHAR(10),
  `subject_name_translated_title` VARCHAR(255),
  `subject_url` VARCHAR(255),
  `convening_org_name` VARCHAR(255),
  `convening_org_city` VARCHAR(255),
  `convening_org_region` VARCHAR(255),
  `convening_org_country` VARCHAR(255),
  `convening_org_disambiguated_identifier` VARCHAR(255),
  `convening_org_disambiguation_source` VARCHAR(255),
  `is_active` TINYINT(1),
  `processed_at` DATETIME(6),
  `status` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `peer_review_record_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `property_record` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `display_index` INT,
  `name` VARCHAR(255),
  `value` VARCHAR(255) NOT NULL,
  `email` VARCHAR(120),
  `first_name` VARCHAR(120),
  `last_name` VARCHAR(120),
  `orcid` CHAR(19),
  `put_code` INT,
  `visibility` VARCHAR(100),
  `is_active` TINYINT(1),
  `processed_at` DATETIME(6),
  `status` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `property_record_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_record` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(120),
  `email` VARCHAR(120),
  `orcid` CHAR(19),
  `first_name` VARCHAR(120),
  `last_name` VARCHAR(120),
  `put_code` INT,
  `display_index` INT,
  `task_id` INT NOT NULL,
  `name` VARCHAR(1000) NOT NULL,
  `type` VARCHAR(1000),
  `start_date` VARCHAR(10),
  `end_date` VARCHAR(10),
  `url` VARCHAR(200),
  `host_name` VARCHAR(1000) NOT NULL,
  `host_city` VARCHAR(255),
  `host_region` VARCHAR(300),
  `host_country` VARCHAR(2),
  `host_disambiguated_id` VARCHAR(255),
  `host_disambiguation_source` VARCHAR(255),
  `external_id_type` VARCHAR(255) NOT NULL,
  `external_id_value` VARCHAR(255) NOT NULL,
  `external_id_url` VARCHAR(200),
  `external_id_relationship` VARCHAR(255),
  `proposal_title` VARCHAR(1000) NOT NULL,
  `proposal_start_date` VARCHAR(10),
  `proposal_end_date` VARCHAR(10),
  `proposal_url` VARCHAR(200),
  `proposal_host_name` VARCHAR(1000) NOT NULL,
  `proposal_host_city` VARCHAR(255),
  `proposal_host_region` VARCHAR(300),
  `proposal_host_country` VARCHAR(2),
  `proposal_host_disambiguated_id` VARCHAR(255),
  `proposal_host_disambiguation_source` VARCHAR(255),
  `proposal_external_id_type` VARCHAR(255) NOT NULL,
  `proposal_external_id_value` VARCHAR(255) NOT NULL,
  `proposal_external_id_url` VARCHAR(200),
  `proposal_external_id_relationship` VARCHAR(255),
  `is_active` TINYINT(1),
  `processed_at` DATETIME(6),
  `local_id` VARCHAR(100),
  `visibility` VARCHAR(100),
  `status` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `resource_record_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `is_deleted` TINYINT(1),
  `created_by_id` INT,
  `updated_by_id` INT,
  `org_id` INT NOT NULL,
  `completed_at` DATETIME(6),
  `filename` TEXT,
  `is_raw` TINYINT(1),
  `task_type` SMALLINT NOT NULL,
  `expires_at` DATETIME(6),
  `expiry_email_sent_at` DATETIME(6),
  `status` VARCHAR(10),
  PRIMARY KEY (`id`),
  CONSTRAINT `task_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organisation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `client_id` INT NOT NULL,
  `user_id` INT,
  `token_type` VARCHAR(40) NOT NULL,
  `access_token` VARCHAR(100) NOT NULL,
  `refresh_token` VARCHAR(100),
  `created_at` DATETIME(6),
  `expires_in` INT,
  `expires` DATETIME(6),
  `_scopes` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_access_token` (`access_token`),
  UNIQUE KEY `token_refresh_token` (`refresh_token`),
  CONSTRAINT `token_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `client` (`id`) ON DELETE CASCADE,
  CONSTRAINT `token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `url` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `is_deleted` TINYINT(1),
  `created_by_id` INT,
  `updated_by_id` INT,
  `short_id` VARCHAR(5) NOT NULL,
  `url` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `url_short_id` (`short_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `is_deleted` TINYINT(1),
  `name` VARCHAR(64),
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `email` VARCHAR(120),
  `eppn` VARCHAR(120),
  `orcid` CHAR(19),
  `confirmed` TINYINT(1) NOT NULL,
  `roles` SMALLINT NOT NULL,
  `is_locked` TINYINT(1) NOT NULL,
  `webhook_enabled` TINYINT(1),
  `orcid_updated_at` DATETIME(6),
  `organisation_id` INT,
  `created_by_id` INT,
  `updated_by_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email` (`email`),
  UNIQUE KEY `user_eppn` (`eppn`),
  CONSTRAINT `user_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_updated_by_id_fkey` FOREIGN KEY (`updated_by_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_invitation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `is_deleted` TINYINT(1),
  `created_by_id` INT,
  `updated_by_id` INT,
  `invitee_id` INT,
  `inviter_id` INT,
  `org_id` INT,
  `task_id` INT,
  `email` VARCHAR(80),
  `first_name` TEXT,
  `last_name` TEXT,
  `orcid` CHAR(19),
  `department` TEXT,
  `organisation` TEXT,
  `city` TEXT,
  `region` TEXT,
  `country` VARCHAR(2),
  `course_or_role` TEXT,
  `start_date` VARCHAR(10),
  `end_date` VARCHAR(10),
  `affiliations` SMALLINT,
  `disambiguated_id` TEXT,
  `disambiguation_source` TEXT,
  `token` VARCHAR(255) NOT NULL,
  `confirmed_at` DATETIME(6),
  `is_person_update_invite` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_invitation_token` (`token`),
  CONSTRAINT `user_invitation_invitee_id_fkey` FOREIGN KEY (`invitee_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_invitation_inviter_id_fkey` FOREIGN KEY (`inviter_id`) REFERENCES `user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_invitation_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organisation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_invitation_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_org` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `is_deleted` TINYINT(1),
  `created_by_id` INT,
  `updated_by_id` INT,
  `user_id` INT NOT NULL,
  `org_id` INT NOT NULL,
  `is_admin` TINYINT(1),
  `email` VARCHAR(120),
  `affiliations` SMALLINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_org_email` (`email`),
  UNIQUE KEY `user_org_user_id_org_id` (`user_id`, `org_id`),
  CONSTRAINT `user_org_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organisation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_org_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_organisation_affiliation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6),
  `is_deleted` TINYINT(1),
  `created_by_id` INT,
  `updated_by_id` INT,
  `user_id` INT NOT NULL,
  `organisation_id` INT NOT NULL,
  `disambiguated_id` VARCHAR(255),
  `disambiguation_source` VARCHAR(255),
  `name` TEXT,
  `start_date` VARCHAR(10),
  `end_date` VARCHAR(10),
  `department_name` TEXT,
  `department_city` TEXT,
  `role_title` TEXT,
  `put_code` INT,
  `path` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_organisation_affiliation_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_organisation_affiliation_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_contributor` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `orcid` CHAR(19),
  `name` VARCHAR(120),
  `role` VARCHAR(120),
  `email` VARCHAR(120),
  `record_id` INT NOT NULL,
  `contributor_sequence` VARCHAR(120),
  PRIMARY KEY (`id`),
  CONSTRAINT `work_contributor_record_id_fkey` FOREIGN KEY (`record_id`) REFERENCES `work_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_external_id` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `url` VARCHAR(200),
  `relationship` VARCHAR(255),
  `record_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `work_external_id_record_id_fkey` FOREIGN KEY (`record_id`) REFERENCES `work_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_invitee` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(120),
  `email` VARCHAR(120),
  `orcid` CHAR(19),
  `first_name` VARCHAR(120),
  `last_name` VARCHAR(120),
  `put_code` INT,
  `visibility` VARCHAR(100),
  `status` TEXT,
  `processed_at` DATETIME(6),
  `record_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `work_invitee_record_id_fkey` FOREIGN KEY (`record_id`) REFERENCES `work_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_record` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `subtitle` VARCHAR(255),
  `translated_title` VARCHAR(255),
  `translated_title_language_code` VARCHAR(10),
  `journal_title` VARCHAR(255),
  `short_description` TEXT,
  `citation_type` VARCHAR(255),
  `citation_value` TEXT,
  `type` VARCHAR(255),
  `publication_date` VARCHAR(10),
  `url` VARCHAR(255),
  `language_code` VARCHAR(10),
  `country` VARCHAR(255),
  `is_active` TINYINT(1),
  `processed_at` DATETIME(6),
  `status` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `work_record_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

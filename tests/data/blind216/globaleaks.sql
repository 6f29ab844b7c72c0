-- GlobaLeaks (whistleblowing platform), schema of the SQLAlchemy models in
-- github.com/globaleaks/whistleblowing-software backend/globaleaks/models/__init__.py, commit
-- 4b33d7711bb6aac5620d01f616fd4a09e34059e8 (AGPL-3.0). Written as MySQL/MariaDB DDL by SQLAlchemy 2.x from those
-- models (all 36 tables, columns in model order): UnicodeText(n) -> VARCHAR(n), UnicodeText without length ->
-- TEXT (VARCHAR(255) where it is part of a key), JSON (stored by upstream as text) -> TEXT, Enum (stored by
-- upstream as an integer) -> INT, Boolean -> TINYINT(1), DateTime -> DATETIME. Primary, unique and foreign keys as
-- declared (DEFERRABLE dropped); CHECK constraints and secondary indexes left out.
SET NAMES utf8mb4;

CREATE TABLE `archivedschema` (
  `hash` VARCHAR(64) NOT NULL,
  `schema` TEXT NOT NULL,
  PRIMARY KEY (`hash`)
);

CREATE TABLE `auditlog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tid` INT,
  `date` DATETIME NOT NULL,
  `type` VARCHAR(24) NOT NULL,
  `user_id` VARCHAR(36),
  `object_id` VARCHAR(36),
  `data` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tenant` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creation_date` DATETIME NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `affiliated` TINYINT(1),
  `external` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `config` (
  `tid` INT NOT NULL,
  `var_name` VARCHAR(64) NOT NULL,
  `value` TEXT NOT NULL,
  `update_date` DATETIME NOT NULL,
  PRIMARY KEY (`tid`, `var_name`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `customtexts` (
  `tid` INT NOT NULL,
  `lang` VARCHAR(12) NOT NULL,
  `texts` TEXT NOT NULL,
  PRIMARY KEY (`tid`, `lang`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `enabledlanguage` (
  `tid` INT NOT NULL,
  `name` VARCHAR(12) NOT NULL,
  PRIMARY KEY (`tid`, `name`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `file` (
  `tid` INT,
  `id` VARCHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`tid`, `name`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mail` (
  `id` VARCHAR(36) NOT NULL,
  `tid` INT NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `address` TEXT NOT NULL,
  `subject` TEXT NOT NULL,
  `body` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `questionnaire` (
  `id` VARCHAR(36) NOT NULL,
  `tid` INT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `redirect` (
  `id` VARCHAR(36) NOT NULL,
  `tid` INT NOT NULL,
  `path1` TEXT NOT NULL,
  `path2` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `submissionstatus` (
  `id` VARCHAR(36) NOT NULL,
  `tid` INT NOT NULL,
  `label` TEXT NOT NULL,
  `order` INT NOT NULL,
  `tip_timetolive` INT NOT NULL,
  PRIMARY KEY (`id`, `tid`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `subscriber` (
  `tid` INT NOT NULL,
  `subdomain` VARCHAR(255) NOT NULL,
  `language` VARCHAR(12) NOT NULL,
  `name` TEXT NOT NULL,
  `surname` TEXT NOT NULL,
  `phone` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `organization_name` TEXT NOT NULL,
  `organization_tax_code` VARCHAR(255),
  `organization_vat_code` VARCHAR(255),
  `organization_location` TEXT NOT NULL,
  `activation_token` VARCHAR(255),
  `client_ip_address` TEXT NOT NULL,
  `client_user_agent` TEXT NOT NULL,
  `registration_date` DATETIME NOT NULL,
  `tos1` TEXT NOT NULL,
  `tos2` TEXT NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `state` INT,
  `organization_institutional_site` TEXT NOT NULL,
  `accreditation_date` DATETIME,
  `admin_name` TEXT,
  `admin_surname` TEXT,
  `admin_email` TEXT,
  `admin_fiscal_code` TEXT,
  `recipient_name` TEXT,
  `recipient_surname` TEXT,
  `recipient_email` TEXT,
  `recipient_fiscal_code` TEXT,
  PRIMARY KEY (`tid`),
  UNIQUE KEY (`subdomain`),
  UNIQUE KEY (`organization_tax_code`),
  UNIQUE KEY (`organization_vat_code`),
  UNIQUE KEY (`activation_token`),
  UNIQUE KEY (`organization_vat_code`),
  UNIQUE KEY (`subdomain`),
  UNIQUE KEY (`activation_token`),
  UNIQUE KEY (`organization_tax_code`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user` (
  `id` VARCHAR(36) NOT NULL,
  `tid` INT NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `salt` VARCHAR(24) NOT NULL,
  `hash` VARCHAR(44) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `public_name` TEXT NOT NULL,
  `role` INT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `last_login` DATETIME NOT NULL,
  `mail_address` TEXT NOT NULL,
  `language` VARCHAR(12) NOT NULL,
  `password_change_needed` TINYINT(1) NOT NULL,
  `password_change_date` DATETIME NOT NULL,
  `crypto_prv_key` VARCHAR(84) NOT NULL,
  `crypto_pub_key` VARCHAR(56) NOT NULL,
  `crypto_rec_key` VARCHAR(80) NOT NULL,
  `crypto_bkp_key` VARCHAR(84) NOT NULL,
  `crypto_escrow_prv_key` VARCHAR(84) NOT NULL,
  `crypto_escrow_bkp1_key` VARCHAR(84) NOT NULL,
  `crypto_escrow_bkp2_key` VARCHAR(84) NOT NULL,
  `change_email_address` TEXT NOT NULL,
  `change_email_token` VARCHAR(255),
  `change_email_date` DATETIME NOT NULL,
  `notification` TINYINT(1) NOT NULL,
  `forcefully_selected` TINYINT(1) NOT NULL,
  `can_delete_submission` TINYINT(1) NOT NULL,
  `can_postpone_expiration` TINYINT(1) NOT NULL,
  `can_grant_access_to_reports` TINYINT(1) NOT NULL,
  `can_transfer_access_to_reports` TINYINT(1) NOT NULL,
  `can_redact_information` TINYINT(1) NOT NULL,
  `can_mask_information` TINYINT(1) NOT NULL,
  `can_reopen_reports` TINYINT(1) NOT NULL,
  `can_edit_general_settings` TINYINT(1) NOT NULL,
  `readonly` TINYINT(1) NOT NULL,
  `two_factor_secret` VARCHAR(32) NOT NULL,
  `reminder_date` DATETIME NOT NULL,
  `status` INT NOT NULL,
  `pgp_key_fingerprint` TEXT NOT NULL,
  `pgp_key_public` TEXT NOT NULL,
  `pgp_key_expiration` DATETIME NOT NULL,
  `accepted_privacy_policy` DATETIME NOT NULL,
  `clicked_recovery_key` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`change_email_token`),
  UNIQUE KEY (`tid`, `username`),
  UNIQUE KEY (`change_email_token`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `config_l10n` (
  `tid` INT NOT NULL,
  `lang` VARCHAR(12) NOT NULL,
  `var_name` VARCHAR(64) NOT NULL,
  `value` TEXT NOT NULL,
  `update_date` DATETIME NOT NULL,
  PRIMARY KEY (`tid`, `lang`, `var_name`),
  FOREIGN KEY (`tid`, `lang`) REFERENCES `enabledlanguage` (`tid`, `name`) ON DELETE CASCADE
);

CREATE TABLE `context` (
  `id` VARCHAR(36) NOT NULL,
  `tid` INT NOT NULL,
  `show_steps_navigation_interface` TINYINT(1) NOT NULL,
  `allow_recipients_selection` TINYINT(1) NOT NULL,
  `maximum_selectable_receivers` INT NOT NULL,
  `select_all_receivers` TINYINT(1) NOT NULL,
  `tip_timetolive` INT NOT NULL,
  `tip_reminder` INT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `show_receivers_in_alphabetical_order` TINYINT(1) NOT NULL,
  `score_threshold_high` INT NOT NULL,
  `score_threshold_medium` INT NOT NULL,
  `questionnaire_id` VARCHAR(36) NOT NULL,
  `additional_questionnaire_id` VARCHAR(36),
  `hidden` TINYINT(1) NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaire` (`id`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `step` (
  `id` VARCHAR(36) NOT NULL,
  `questionnaire_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `triggered_by_score` INT NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaire` (`id`) ON DELETE CASCADE
);

CREATE TABLE `submissionsubstatus` (
  `id` VARCHAR(36) NOT NULL,
  `tid` INT NOT NULL,
  `submissionstatus_id` VARCHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `order` INT NOT NULL,
  `tip_timetolive` INT NOT NULL,
  PRIMARY KEY (`id`, `tid`),
  FOREIGN KEY (`tid`, `submissionstatus_id`) REFERENCES `submissionstatus` (`tid`, `id`) ON DELETE CASCADE
);

CREATE TABLE `field` (
  `id` VARCHAR(36) NOT NULL,
  `tid` INT NOT NULL,
  `x` INT NOT NULL,
  `y` INT NOT NULL,
  `width` INT NOT NULL,
  `label` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `hint` TEXT NOT NULL,
  `placeholder` TEXT NOT NULL,
  `required` TINYINT(1) NOT NULL,
  `multi_entry` TINYINT(1) NOT NULL,
  `triggered_by_score` INT NOT NULL,
  `step_id` VARCHAR(36),
  `fieldgroup_id` VARCHAR(36),
  `type` TEXT NOT NULL,
  `instance` INT NOT NULL,
  `template_id` VARCHAR(36),
  `template_override_id` VARCHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`fieldgroup_id`) REFERENCES `field` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`step_id`) REFERENCES `step` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`template_id`) REFERENCES `field` (`id`),
  FOREIGN KEY (`template_override_id`) REFERENCES `field` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `internaltip` (
  `id` VARCHAR(36) NOT NULL,
  `tid` INT NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `update_date` DATETIME NOT NULL,
  `context_id` VARCHAR(36) NOT NULL,
  `operator_id` VARCHAR(33) NOT NULL,
  `progressive` INT NOT NULL,
  `access_count` INT NOT NULL,
  `tor` TINYINT(1) NOT NULL,
  `mobile` TINYINT(1) NOT NULL,
  `score` INT NOT NULL,
  `expiration_date` DATETIME NOT NULL,
  `reminder_date` DATETIME NOT NULL,
  `enable_whistleblower_identity` TINYINT(1) NOT NULL,
  `important` TINYINT(1) NOT NULL,
  `label` TEXT NOT NULL,
  `last_access` DATETIME NOT NULL,
  `status` VARCHAR(36),
  `substatus` VARCHAR(36),
  `receipt_change_needed` TINYINT(1) NOT NULL,
  `receipt_hash` VARCHAR(44) NOT NULL,
  `crypto_prv_key` VARCHAR(84) NOT NULL,
  `crypto_pub_key` VARCHAR(56) NOT NULL,
  `crypto_tip_pub_key` VARCHAR(56) NOT NULL,
  `crypto_tip_prv_key` VARCHAR(84) NOT NULL,
  `deprecated_crypto_files_pub_key` VARCHAR(56) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`tid`, `progressive`),
  UNIQUE KEY (`tid`, `receipt_hash`),
  FOREIGN KEY (`context_id`) REFERENCES `context` (`id`),
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `receiver_context` (
  `context_id` VARCHAR(36) NOT NULL,
  `receiver_id` VARCHAR(36) NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`context_id`, `receiver_id`),
  FOREIGN KEY (`context_id`) REFERENCES `context` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`receiver_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `comment` (
  `id` VARCHAR(36) NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `internaltip_id` VARCHAR(36) NOT NULL,
  `author_id` VARCHAR(36),
  `content` TEXT NOT NULL,
  `visibility` INT NOT NULL,
  `new` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`internaltip_id`) REFERENCES `internaltip` (`id`) ON DELETE CASCADE
);

CREATE TABLE `fieldattr` (
  `field_id` VARCHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` INT NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`field_id`, `name`),
  UNIQUE KEY (`field_id`, `name`),
  FOREIGN KEY (`field_id`) REFERENCES `field` (`id`) ON DELETE CASCADE
);

CREATE TABLE `fieldoption` (
  `id` VARCHAR(36) NOT NULL,
  `field_id` VARCHAR(36) NOT NULL,
  `order` INT NOT NULL,
  `label` TEXT NOT NULL,
  `hint1` TEXT NOT NULL,
  `hint2` TEXT NOT NULL,
  `score_points` INT NOT NULL,
  `score_type` INT NOT NULL,
  `block_submission` TINYINT(1) NOT NULL,
  `trigger_receiver` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`field_id`) REFERENCES `field` (`id`) ON DELETE CASCADE
);

CREATE TABLE `identityaccessrequest` (
  `id` VARCHAR(36) NOT NULL,
  `internaltip_id` VARCHAR(36) NOT NULL,
  `request_date` DATETIME NOT NULL,
  `request_user_id` VARCHAR(36) NOT NULL,
  `request_motivation` TEXT,
  `reply_date` DATETIME NOT NULL,
  `reply_user_id` VARCHAR(36),
  `reply_motivation` TEXT NOT NULL,
  `reply` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`internaltip_id`) REFERENCES `internaltip` (`id`) ON DELETE CASCADE
);

CREATE TABLE `internalfile` (
  `id` VARCHAR(36) NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `internaltip_id` VARCHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `content_type` TEXT NOT NULL,
  `size` TEXT NOT NULL,
  `new` TINYINT(1) NOT NULL,
  `reference_id` VARCHAR(36) NOT NULL,
  `verification_date` DATETIME,
  `state` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`internaltip_id`) REFERENCES `internaltip` (`id`) ON DELETE CASCADE
);

CREATE TABLE `internaltip_forwarding` (
  `id` VARCHAR(36) NOT NULL,
  `internaltip_id` VARCHAR(36) NOT NULL,
  `oe_internaltip_id` VARCHAR(36) NOT NULL,
  `tid` INT NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `update_date` DATETIME NOT NULL,
  `data` TEXT NOT NULL,
  `questionnaire_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`internaltip_id`) REFERENCES `internaltip` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`oe_internaltip_id`) REFERENCES `internaltip` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaire` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tid`) REFERENCES `tenant` (`id`) ON DELETE CASCADE
);

CREATE TABLE `internaltipanswers` (
  `internaltip_id` VARCHAR(36) NOT NULL,
  `questionnaire_hash` VARCHAR(64) NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `answers` TEXT NOT NULL,
  PRIMARY KEY (`internaltip_id`, `questionnaire_hash`),
  FOREIGN KEY (`internaltip_id`) REFERENCES `internaltip` (`id`) ON DELETE CASCADE
);

CREATE TABLE `internaltipdata` (
  `internaltip_id` VARCHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`internaltip_id`, `key`),
  UNIQUE KEY (`internaltip_id`, `key`),
  FOREIGN KEY (`internaltip_id`) REFERENCES `internaltip` (`id`) ON DELETE CASCADE
);

CREATE TABLE `receiverfile` (
  `id` VARCHAR(36) NOT NULL,
  `internaltip_id` VARCHAR(36) NOT NULL,
  `author_id` VARCHAR(36),
  `name` TEXT NOT NULL,
  `size` INT NOT NULL,
  `content_type` TEXT NOT NULL,
  `creation_date` DATETIME NOT NULL,
  `verification_date` DATETIME,
  `access_date` DATETIME NOT NULL,
  `description` TEXT NOT NULL,
  `visibility` INT NOT NULL,
  `state` INT NOT NULL,
  `new` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`internaltip_id`) REFERENCES `internaltip` (`id`) ON DELETE CASCADE
);

CREATE TABLE `receivertip` (
  `id` VARCHAR(36) NOT NULL,
  `internaltip_id` VARCHAR(36) NOT NULL,
  `receiver_id` VARCHAR(36) NOT NULL,
  `access_date` DATETIME NOT NULL,
  `last_access` DATETIME NOT NULL,
  `last_notification` DATETIME NOT NULL,
  `new` TINYINT(1) NOT NULL,
  `enable_notifications` TINYINT(1) NOT NULL,
  `crypto_tip_prv_key` VARCHAR(84) NOT NULL,
  `deprecated_crypto_files_prv_key` VARCHAR(84) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`internaltip_id`, `receiver_id`),
  FOREIGN KEY (`internaltip_id`) REFERENCES `internaltip` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`receiver_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `redaction` (
  `id` VARCHAR(36) NOT NULL,
  `reference_id` VARCHAR(36) NOT NULL,
  `entry` TEXT NOT NULL,
  `internaltip_id` VARCHAR(36) NOT NULL,
  `temporary_redaction` TEXT NOT NULL,
  `permanent_redaction` TEXT NOT NULL,
  `update_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`internaltip_id`) REFERENCES `internaltip` (`id`) ON DELETE CASCADE
);

CREATE TABLE `content_forwarding` (
  `id` VARCHAR(36) NOT NULL,
  `internaltip_forwarding_id` VARCHAR(36) NOT NULL,
  `content_id` VARCHAR(36) NOT NULL,
  `content_origin` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`internaltip_forwarding_id`) REFERENCES `internaltip_forwarding` (`id`) ON DELETE CASCADE
);

CREATE TABLE `fieldoptiontriggerfield` (
  `option_id` VARCHAR(36) NOT NULL,
  `object_id` VARCHAR(36) NOT NULL,
  `sufficient` TINYINT(1) NOT NULL,
  PRIMARY KEY (`option_id`, `object_id`),
  FOREIGN KEY (`object_id`) REFERENCES `field` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`option_id`) REFERENCES `fieldoption` (`id`) ON DELETE CASCADE
);

CREATE TABLE `fieldoptiontriggerstep` (
  `option_id` VARCHAR(36) NOT NULL,
  `object_id` VARCHAR(36) NOT NULL,
  `sufficient` TINYINT(1) NOT NULL,
  PRIMARY KEY (`option_id`, `object_id`),
  FOREIGN KEY (`object_id`) REFERENCES `step` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`option_id`) REFERENCES `fieldoption` (`id`) ON DELETE CASCADE
);

CREATE TABLE `identityaccessrequest_custodian` (
  `identityaccessrequest_id` VARCHAR(36) NOT NULL,
  `custodian_id` VARCHAR(36) NOT NULL,
  `crypto_tip_prv_key` VARCHAR(84) NOT NULL,
  PRIMARY KEY (`identityaccessrequest_id`, `custodian_id`),
  FOREIGN KEY (`custodian_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`identityaccessrequest_id`) REFERENCES `identityaccessrequest` (`id`) ON DELETE CASCADE
);

CREATE TABLE `whistleblowerfile` (
  `id` VARCHAR(36) NOT NULL,
  `internalfile_id` VARCHAR(36) NOT NULL,
  `receivertip_id` VARCHAR(36) NOT NULL,
  `access_date` DATETIME NOT NULL,
  `new` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`internalfile_id`) REFERENCES `internalfile` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`receivertip_id`) REFERENCES `receivertip` (`id`) ON DELETE CASCADE
);


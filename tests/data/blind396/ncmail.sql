-- Nextcloud Mail 5.12.0-alpha.2 (the mail app of Nextcloud; default `oc_` table prefix)
-- Upstream: github.com/nextcloud/mail, commit e5734fe250eba06776802c80bb0e52f3cb625673 (AGPL-3.0-only)
-- Made from the Doctrine schema steps lib/Migration/Version*.php (changeSchema of 105 steps, replayed in
-- Nextcloud's order: version number, then date), written as the MySQL DDL of Nextcloud's Doctrine layer.
-- Primary keys, unique indexes and foreign keys as the steps leave them; plain indexes left out.
-- Unnamed foreign keys (Doctrine names them FK_<hash>) are given readable names here.
-- mail_local_messages is written before mail_attachments and mail_recipients, which refer to it.

CREATE TABLE `oc_mail_accounts` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `inbound_host` VARCHAR(64) NOT NULL DEFAULT '',
  `inbound_port` VARCHAR(6) NOT NULL DEFAULT '',
  `inbound_ssl_mode` VARCHAR(10) NOT NULL DEFAULT '',
  `inbound_user` VARCHAR(64) NOT NULL DEFAULT '',
  `inbound_password` VARCHAR(2048) DEFAULT NULL,
  `outbound_host` VARCHAR(64) DEFAULT NULL,
  `outbound_port` VARCHAR(6) DEFAULT NULL,
  `outbound_ssl_mode` VARCHAR(10) DEFAULT NULL,
  `outbound_user` VARCHAR(64) DEFAULT NULL,
  `outbound_password` VARCHAR(2048) DEFAULT NULL,
  `signature` TEXT,
  `last_mailbox_sync` INT NOT NULL DEFAULT 0,
  `editor_mode` VARCHAR(64) NOT NULL DEFAULT 'plaintext',
  `order` INT NOT NULL DEFAULT 1,
  `show_subscribed_only` TINYINT(1) DEFAULT 0,
  `personal_namespace` VARCHAR(255) DEFAULT NULL,
  `drafts_mailbox_id` INT DEFAULT NULL,
  `sent_mailbox_id` INT DEFAULT NULL,
  `trash_mailbox_id` INT DEFAULT NULL,
  `sieve_enabled` TINYINT(1) DEFAULT 0,
  `sieve_host` VARCHAR(64) DEFAULT NULL,
  `sieve_port` VARCHAR(6) DEFAULT NULL,
  `sieve_ssl_mode` VARCHAR(10) DEFAULT NULL,
  `sieve_user` VARCHAR(64) DEFAULT NULL,
  `sieve_password` VARCHAR(2048) DEFAULT NULL,
  `provisioning_id` INT DEFAULT NULL,
  `signature_above_quote` TINYINT(1) DEFAULT 0,
  `signature_mode` SMALLINT NOT NULL DEFAULT 0,
  `auth_method` VARCHAR(255) NOT NULL DEFAULT 'password',
  `archive_mailbox_id` INT DEFAULT NULL,
  `oauth_refresh_token` TEXT DEFAULT NULL,
  `oauth_token_ttl` INT DEFAULT NULL,
  `oauth_access_token` LONGTEXT DEFAULT NULL,
  `smime_certificate_id` INT DEFAULT NULL,
  `junk_mailbox_id` INT DEFAULT NULL,
  `quota_percentage` INT DEFAULT NULL,
  `trash_retention_days` INT DEFAULT NULL,
  `snooze_mailbox_id` INT DEFAULT NULL,
  `search_body` TINYINT(1) DEFAULT 0,
  `ooo_follows_system` TINYINT(1) DEFAULT 0,
  `debug` TINYINT(1) DEFAULT 0,
  `classification_enabled` TINYINT(1) DEFAULT 1,
  `imip_create` TINYINT(1) DEFAULT 0,
  `protocol` VARCHAR(16) NOT NULL DEFAULT 'imap',
  `path` VARCHAR(512) DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_coll_addresses` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) NOT NULL DEFAULT '',
  `email` VARCHAR(255) NOT NULL,
  `display_name` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_aliases` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `account_id` INT NOT NULL DEFAULT 0,
  `name` VARCHAR(255) DEFAULT NULL,
  `alias` VARCHAR(255) NOT NULL,
  `signature` TEXT,
  `signature_mode` SMALLINT NOT NULL DEFAULT 0,
  `smime_certificate_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_local_messages` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `type` INT UNSIGNED NOT NULL,
  `account_id` INT NOT NULL,
  `alias_id` INT DEFAULT NULL,
  `send_at` INT DEFAULT NULL,
  `subject` TINYTEXT NOT NULL,
  `html` TINYINT(1) DEFAULT 0,
  `in_reply_to_message_id` TEXT DEFAULT NULL,
  `failed` TINYINT(1) DEFAULT 0,
  `editor_body` LONGTEXT DEFAULT NULL,
  `updated_at` INT DEFAULT NULL,
  `smime_sign` TINYINT(1) DEFAULT 0,
  `smime_certificate_id` INT DEFAULT NULL,
  `smime_encrypt` TINYINT(1) DEFAULT 0,
  `status` INT DEFAULT 0,
  `raw` LONGTEXT DEFAULT NULL,
  `request_mdn` TINYINT(1) DEFAULT 0,
  `pgp_mime` TINYINT(1) DEFAULT 0,
  `body_plain` LONGTEXT DEFAULT NULL,
  `body_html` LONGTEXT DEFAULT NULL,
  `ai_generated` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_attachments` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) NOT NULL DEFAULT '',
  `file_name` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` INT NOT NULL,
  `mime_type` VARCHAR(255) DEFAULT NULL,
  `local_message_id` INT DEFAULT NULL,
  `content_id` VARCHAR(255) DEFAULT NULL,
  `disposition` VARCHAR(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `attachment_local_message` FOREIGN KEY (`local_message_id`) REFERENCES `oc_mail_local_messages` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_mailboxes` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(1024) NOT NULL,
  `account_id` INT NOT NULL,
  `attributes` VARCHAR(255) NOT NULL DEFAULT '[]',
  `delimiter` VARCHAR(1) DEFAULT NULL,
  `messages` INT NOT NULL,
  `unseen` INT NOT NULL,
  `selectable` TINYINT(1) DEFAULT 0,
  `special_use` VARCHAR(255) NOT NULL DEFAULT '[]',
  `sync_new_lock` INT DEFAULT NULL,
  `sync_changed_lock` INT DEFAULT NULL,
  `sync_vanished_lock` INT DEFAULT NULL,
  `sync_new_token` VARCHAR(255) DEFAULT NULL,
  `sync_changed_token` VARCHAR(255) DEFAULT NULL,
  `sync_vanished_token` VARCHAR(255) DEFAULT NULL,
  `sync_in_background` TINYINT(1) DEFAULT 0,
  `my_acls` VARCHAR(32) DEFAULT NULL,
  `shared` TINYINT(1) DEFAULT 0,
  `name_hash` VARCHAR(255) NOT NULL,
  `remote_parent_id` VARCHAR(255) DEFAULT NULL,
  `remote_id` VARCHAR(255) DEFAULT NULL,
  `state` VARCHAR(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_mb_account_id_name_hash` (`account_id`, `name_hash`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_recipients` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `message_id` INT DEFAULT NULL,
  `type` INT NOT NULL,
  `label` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) NOT NULL,
  `local_message_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `recipient_local_message` FOREIGN KEY (`local_message_id`) REFERENCES `oc_mail_local_messages` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_messages` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `uid` INT NOT NULL,
  `message_id` VARCHAR(1023) DEFAULT NULL,
  `mailbox_id` INT NOT NULL,
  `subject` VARCHAR(255) NOT NULL DEFAULT '',
  `sent_at` INT NOT NULL,
  `flag_answered` TINYINT(1) DEFAULT 0,
  `flag_deleted` TINYINT(1) DEFAULT 0,
  `flag_draft` TINYINT(1) DEFAULT 0,
  `flag_flagged` TINYINT(1) DEFAULT 0,
  `flag_seen` TINYINT(1) DEFAULT 0,
  `flag_forwarded` TINYINT(1) DEFAULT 0,
  `flag_junk` TINYINT(1) DEFAULT 0,
  `flag_notjunk` TINYINT(1) DEFAULT 0,
  `flag_attachments` TINYINT(1) DEFAULT 0,
  `flag_important` TINYINT(1) DEFAULT 0,
  `structure_analyzed` TINYINT(1) DEFAULT 0,
  `preview_text` VARCHAR(255) DEFAULT NULL,
  `updated_at` INT DEFAULT NULL,
  `references` LONGTEXT DEFAULT NULL,
  `in_reply_to` VARCHAR(1023) DEFAULT NULL,
  `thread_root_id` VARCHAR(1023) DEFAULT NULL,
  `flag_mdnsent` TINYINT(1) DEFAULT 0,
  `imip_message` TINYINT(1) DEFAULT 0,
  `imip_processed` TINYINT(1) DEFAULT 0,
  `imip_error` TINYINT(1) DEFAULT 0,
  `encrypted` TINYINT(1) DEFAULT 0,
  `mentions_me` TINYINT(1) DEFAULT 0,
  `summary` VARCHAR(1024) DEFAULT NULL,
  `remote_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_trusted_senders` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(64) NOT NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'individual',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_trusted_sender_uniq` (`email`, `user_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_tags` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) NOT NULL,
  `imap_label` VARCHAR(64) NOT NULL,
  `display_name` VARCHAR(128) NOT NULL,
  `color` VARCHAR(9) DEFAULT '#fff',
  `is_default_tag` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_msg_tags_usr_lbl_idx` (`user_id`, `imap_label`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_message_tags` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `imap_message_id` VARCHAR(1023) NOT NULL,
  `tag_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_provisionings` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `provisioning_domain` VARCHAR(63) NOT NULL DEFAULT '',
  `email_template` VARCHAR(255) NOT NULL DEFAULT '',
  `imap_user` VARCHAR(128) NOT NULL DEFAULT '',
  `imap_host` VARCHAR(255) NOT NULL DEFAULT '',
  `imap_port` SMALLINT UNSIGNED NOT NULL,
  `imap_ssl_mode` VARCHAR(64) NOT NULL DEFAULT '',
  `smtp_user` VARCHAR(128) NOT NULL DEFAULT '',
  `smtp_host` VARCHAR(255) NOT NULL DEFAULT '',
  `smtp_port` SMALLINT UNSIGNED NOT NULL,
  `smtp_ssl_mode` VARCHAR(64) NOT NULL DEFAULT '',
  `sieve_enabled` TINYINT(1) DEFAULT 0,
  `sieve_user` VARCHAR(128) DEFAULT NULL,
  `sieve_host` VARCHAR(128) DEFAULT NULL,
  `sieve_port` SMALLINT UNSIGNED DEFAULT NULL,
  `sieve_ssl_mode` VARCHAR(64) DEFAULT NULL,
  `ldap_aliases_provisioning` TINYINT(1) DEFAULT 0,
  `ldap_aliases_attribute` VARCHAR(255) DEFAULT '',
  `master_password_enabled` TINYINT(1) DEFAULT 0,
  `master_password` VARCHAR(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_provsng_dm_idx` (`provisioning_domain`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_smime_certificates` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `user_id` VARCHAR(64) NOT NULL,
  `email_address` VARCHAR(255) NOT NULL,
  `certificate` LONGTEXT NOT NULL,
  `private_key` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_messages_retention` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `known_since` INT NOT NULL,
  `mailbox_id` INT NOT NULL,
  `uid` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_msg_retention_mbuid_idx` (`mailbox_id`, `uid`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_messages_snoozed` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `snoozed_until` INT NOT NULL,
  `src_mailbox_id` INT DEFAULT NULL,
  `mailbox_id` INT NOT NULL,
  `uid` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_msg_snoozed_mbuid_idx` (`mailbox_id`, `uid`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_internal_address` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `address` VARCHAR(255) NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `user_id` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_internal_address_uniq` (`address`, `user_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_text_blocks` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `owner` VARCHAR(64) NOT NULL,
  `title` VARCHAR(64) NOT NULL,
  `content` LONGTEXT NOT NULL,
  `preview` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_blocks_shares` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `share_with` VARCHAR(64) NOT NULL,
  `text_block_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_blocks_shares_tbid_sw_idx` (`text_block_id`, `share_with`),
  CONSTRAINT `fk_mail_blocks_shares_text_block_id` FOREIGN KEY (`text_block_id`) REFERENCES `oc_mail_text_blocks` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_actions` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `account_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mail_actions_account_id` FOREIGN KEY (`account_id`) REFERENCES `oc_mail_accounts` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_action_step` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `order` INT NOT NULL,
  `action_id` INT NOT NULL,
  `mailbox_id` INT DEFAULT NULL,
  `tag_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mail_action_step_action_id` FOREIGN KEY (`action_id`) REFERENCES `oc_mail_actions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_mail_action_step_mailbox_id` FOREIGN KEY (`mailbox_id`) REFERENCES `oc_mail_mailboxes` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_mail_action_step_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `oc_mail_tags` (`id`) ON DELETE SET NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_delegations` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `account_id` INT NOT NULL,
  `user_id` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_deleg_acc_user_uniq` (`account_id`, `user_id`),
  CONSTRAINT `fk_mail_delegations_account_id` FOREIGN KEY (`account_id`) REFERENCES `oc_mail_accounts` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `oc_mail_cc_tasks` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `mailbox_id` INT NOT NULL,
  `last_message_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_cc_tasks_uniq` (`mailbox_id`),
  CONSTRAINT `fk_mail_cc_tasks_mailbox_id` FOREIGN KEY (`mailbox_id`) REFERENCES `oc_mail_mailboxes` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

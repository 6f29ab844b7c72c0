-- GNU Mailman 3 Core 3.3.9b1 (mailing-list manager) - full schema, 25 tables.
-- Upstream: https://gitlab.com/mailman/mailman (GitHub mirror https://github.com/osstech-jp/mailman),
--   src/mailman/model/*.py (SQLAlchemy models) + src/mailman/database/alembic, commit 449d917342563c1c6dccc049c75b8b06dae876d3
-- Licence: GPL-3.0-or-later.
-- Made as Mailman's own DatabaseFactory makes a fresh database (src/mailman/database/factory.py): the models'
-- Model.metadata.create_all() on MariaDB (SQLAlchemy, pymysql), dumped with mysqldump --no-data, plus the
-- alembic_version table written by `alembic stamp head`.
-- Column character sets/collations as SQLAlchemy/Mailman's types declare them.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `_request` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `request_type` int(11) DEFAULT NULL,
  `data_hash` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `mailing_list_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix__request_mailing_list_id` (`mailing_list_id`),
  CONSTRAINT `_request_ibfk_1` FOREIGN KEY (`mailing_list_id`) REFERENCES `mailinglist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acceptablealias` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mailing_list_id` int(11) NOT NULL,
  `alias` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_acceptablealias_mailing_list_id` (`mailing_list_id`),
  KEY `ix_acceptablealias_alias` (`alias`),
  CONSTRAINT `acceptablealias_ibfk_1` FOREIGN KEY (`mailing_list_id`) REFERENCES `mailinglist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `_original` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `display_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `verified_on` datetime DEFAULT NULL,
  `registered_on` datetime DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `preferences_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_address_email` (`email`),
  KEY `ix_address_preferences_id` (`preferences_id`),
  KEY `ix_address_user_id` (`user_id`),
  CONSTRAINT `address_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `address_ibfk_2` FOREIGN KEY (`preferences_id`) REFERENCES `preferences` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `autoresponserecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address_id` int(11) DEFAULT NULL,
  `mailing_list_id` int(11) DEFAULT NULL,
  `response_type` int(11) DEFAULT NULL,
  `date_sent` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_autoresponserecord_mailing_list_id` (`mailing_list_id`),
  KEY `ix_autoresponserecord_address_id` (`address_id`),
  CONSTRAINT `autoresponserecord_ibfk_1` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`),
  CONSTRAINT `autoresponserecord_ibfk_2` FOREIGN KEY (`mailing_list_id`) REFERENCES `mailinglist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ban` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `list_id` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_ban_list_id` (`list_id`),
  KEY `ix_ban_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bounceevent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `list_id` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `email` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `timestamp` datetime DEFAULT NULL,
  `message_id` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `context` int(11) DEFAULT NULL,
  `processed` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contentfilter` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mailing_list_id` int(11) DEFAULT NULL,
  `filter_type` int(11) DEFAULT NULL,
  `filter_pattern` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_contentfilter_mailing_list_id` (`mailing_list_id`),
  CONSTRAINT `contentfilter_ibfk_1` FOREIGN KEY (`mailing_list_id`) REFERENCES `mailinglist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mail_host` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `description` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `alias_domain` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_host` (`mail_host`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_owner` (
  `user_id` int(11) NOT NULL,
  `domain_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`,`domain_id`),
  KEY `domain_id` (`domain_id`),
  CONSTRAINT `domain_owner_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `domain_owner_ibfk_2` FOREIGN KEY (`domain_id`) REFERENCES `domain` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_cache` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `file_id` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `is_bytes` tinyint(1) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `expires_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `headermatch` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mailing_list_id` int(11) NOT NULL,
  `position` int(11) DEFAULT NULL,
  `header` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `pattern` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `chain` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `tag` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_headermatch_position` (`position`),
  KEY `ix_headermatch_mailing_list_id` (`mailing_list_id`),
  CONSTRAINT `headermatch_ibfk_1` FOREIGN KEY (`mailing_list_id`) REFERENCES `mailinglist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `language` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `listarchiver` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mailing_list_id` int(11) NOT NULL,
  `name` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `_is_enabled` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_listarchiver_mailing_list_id` (`mailing_list_id`),
  CONSTRAINT `listarchiver_ibfk_1` FOREIGN KEY (`mailing_list_id`) REFERENCES `mailinglist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailinglist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `list_name` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `mail_host` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `list_id` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `allow_list_posts` tinyint(1) DEFAULT NULL,
  `include_rfc2369_headers` tinyint(1) DEFAULT NULL,
  `advertised` tinyint(1) DEFAULT NULL,
  `anonymous_list` tinyint(1) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `next_request_id` int(11) DEFAULT NULL,
  `next_digest_number` int(11) DEFAULT NULL,
  `digest_last_sent_at` datetime DEFAULT NULL,
  `volume` int(11) DEFAULT NULL,
  `last_post_at` datetime DEFAULT NULL,
  `accept_these_nonmembers` blob DEFAULT NULL,
  `admin_immed_notify` tinyint(1) DEFAULT NULL,
  `admin_notify_mchanges` tinyint(1) DEFAULT NULL,
  `administrivia` tinyint(1) DEFAULT NULL,
  `archive_policy` int(11) DEFAULT NULL,
  `autoresponse_grace_period` datetime DEFAULT NULL,
  `autorespond_owner` int(11) DEFAULT NULL,
  `autoresponse_owner_text` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `autorespond_postings` int(11) DEFAULT NULL,
  `autoresponse_postings_text` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `autorespond_requests` int(11) DEFAULT NULL,
  `autoresponse_request_text` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `filter_action` int(11) DEFAULT NULL,
  `filter_content` tinyint(1) DEFAULT NULL,
  `collapse_alternatives` tinyint(1) DEFAULT NULL,
  `convert_html_to_plaintext` tinyint(1) DEFAULT NULL,
  `bounce_info_stale_after` datetime DEFAULT NULL,
  `bounce_matching_headers` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `bounce_notify_owner_on_bounce_increment` tinyint(1) DEFAULT NULL,
  `bounce_notify_owner_on_disable` tinyint(1) DEFAULT NULL,
  `bounce_notify_owner_on_removal` tinyint(1) DEFAULT NULL,
  `bounce_score_threshold` int(11) DEFAULT NULL,
  `bounce_you_are_disabled_warnings` int(11) DEFAULT NULL,
  `bounce_you_are_disabled_warnings_interval` datetime DEFAULT NULL,
  `forward_unrecognized_bounces_to` int(11) DEFAULT NULL,
  `process_bounces` tinyint(1) DEFAULT NULL,
  `dmarc_mitigate_action` int(11) DEFAULT NULL,
  `dmarc_mitigate_unconditionally` tinyint(1) DEFAULT NULL,
  `dmarc_addresses` blob DEFAULT NULL,
  `dmarc_moderation_notice` varchar(510) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `dmarc_wrapped_message_text` varchar(510) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `default_member_action` int(11) DEFAULT NULL,
  `default_nonmember_action` int(11) DEFAULT NULL,
  `description` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `digests_enabled` tinyint(1) DEFAULT NULL,
  `digest_is_default` tinyint(1) DEFAULT NULL,
  `digest_send_periodic` tinyint(1) DEFAULT NULL,
  `digest_size_threshold` float DEFAULT NULL,
  `digest_volume_frequency` int(11) DEFAULT NULL,
  `discard_these_nonmembers` blob DEFAULT NULL,
  `emergency` tinyint(1) DEFAULT NULL,
  `encode_ascii_prefixes` tinyint(1) DEFAULT NULL,
  `first_strip_reply_to` tinyint(1) DEFAULT NULL,
  `forward_auto_discards` tinyint(1) DEFAULT NULL,
  `gateway_to_mail` tinyint(1) DEFAULT NULL,
  `gateway_to_news` tinyint(1) DEFAULT NULL,
  `hold_these_nonmembers` blob DEFAULT NULL,
  `info` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `linked_newsgroup` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `max_days_to_hold` int(11) DEFAULT NULL,
  `max_message_size` int(11) DEFAULT NULL,
  `max_num_recipients` int(11) DEFAULT NULL,
  `member_moderation_notice` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `moderator_password` blob DEFAULT NULL,
  `newsgroup_moderation` int(11) DEFAULT NULL,
  `nntp_prefix_subject_too` tinyint(1) DEFAULT NULL,
  `nonmember_rejection_notice` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `obscure_addresses` tinyint(1) DEFAULT NULL,
  `owner_chain` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `owner_pipeline` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `personalize` int(11) DEFAULT NULL,
  `post_id` int(11) DEFAULT NULL,
  `posting_chain` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `posting_pipeline` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `preferred_language` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `display_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `reject_these_nonmembers` blob DEFAULT NULL,
  `reply_goes_to_list` int(11) DEFAULT NULL,
  `reply_to_address` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `require_explicit_destination` tinyint(1) DEFAULT NULL,
  `respond_to_post_requests` tinyint(1) DEFAULT NULL,
  `member_roster_visibility` int(11) DEFAULT NULL,
  `scrub_nondigest` tinyint(1) DEFAULT NULL,
  `send_goodbye_message` tinyint(1) DEFAULT NULL,
  `send_welcome_message` tinyint(1) DEFAULT NULL,
  `subject_prefix` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `subscription_policy` int(11) DEFAULT NULL,
  `topics` blob DEFAULT NULL,
  `topics_bodylines_limit` int(11) DEFAULT NULL,
  `topics_enabled` tinyint(1) DEFAULT NULL,
  `unsubscription_policy` int(11) DEFAULT NULL,
  `usenet_watermark` int(11) DEFAULT NULL,
  `archive_rendering_mode` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_mailinglist_list_id` (`list_id`),
  KEY `ix_mailinglist_list_name` (`list_name`),
  KEY `ix_mailinglist_mail_host` (`mail_host`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `_member_id` char(32) DEFAULT NULL,
  `role` int(11) DEFAULT NULL,
  `list_id` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `moderation_action` int(11) DEFAULT NULL,
  `address_id` int(11) DEFAULT NULL,
  `preferences_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `bounce_score` int(11) DEFAULT NULL,
  `last_bounce_received` datetime DEFAULT NULL,
  `last_warning_sent` datetime DEFAULT NULL,
  `total_warnings_sent` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_member_total_warnings_sent` (`total_warnings_sent`),
  KEY `ix_member_role` (`role`),
  KEY `ix_member_list_id` (`list_id`),
  KEY `ix_member_address_id` (`address_id`),
  KEY `ix_member_user_id` (`user_id`),
  KEY `ix_member_bounce_score` (`bounce_score`),
  KEY `ix_member_preferences_id` (`preferences_id`),
  KEY `ix_member_last_warning_sent` (`last_warning_sent`),
  CONSTRAINT `member_ibfk_1` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`),
  CONSTRAINT `member_ibfk_2` FOREIGN KEY (`preferences_id`) REFERENCES `preferences` (`id`),
  CONSTRAINT `member_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `message_id_hash` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `path` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `onelastdigest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mailing_list_id` int(11) DEFAULT NULL,
  `address_id` int(11) DEFAULT NULL,
  `delivery_mode` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mailing_list_id` (`mailing_list_id`),
  KEY `address_id` (`address_id`),
  CONSTRAINT `onelastdigest_ibfk_1` FOREIGN KEY (`mailing_list_id`) REFERENCES `mailinglist` (`id`),
  CONSTRAINT `onelastdigest_ibfk_2` FOREIGN KEY (`address_id`) REFERENCES `address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pended` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `expiration_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_pended_expiration_date` (`expiration_date`),
  KEY `ix_pended_token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pendedkeyvalue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `value` varchar(20000) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `pended_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_pendedkeyvalue_key` (`key`),
  KEY `ix_pendedkeyvalue_pended_id` (`pended_id`),
  KEY `ix_pendedkeyvalue_value` (`value`(100)),
  CONSTRAINT `pendedkeyvalue_ibfk_1` FOREIGN KEY (`pended_id`) REFERENCES `pended` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preferences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `acknowledge_posts` tinyint(1) DEFAULT NULL,
  `hide_address` tinyint(1) DEFAULT NULL,
  `preferred_language` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `receive_list_copy` tinyint(1) DEFAULT NULL,
  `receive_own_postings` tinyint(1) DEFAULT NULL,
  `delivery_mode` int(11) DEFAULT NULL,
  `delivery_status` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `context` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `uri` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `password` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uid` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_uid_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `display_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `password` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `_user_id` char(32) DEFAULT NULL,
  `_created_on` datetime DEFAULT NULL,
  `is_server_owner` tinyint(1) DEFAULT NULL,
  `_preferred_address_id` int(11) DEFAULT NULL,
  `preferences_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user__user_id` (`_user_id`),
  KEY `ix_user_preferences_id` (`preferences_id`),
  KEY `_preferred_address` (`_preferred_address_id`),
  CONSTRAINT `_preferred_address` FOREIGN KEY (`_preferred_address_id`) REFERENCES `address` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_ibfk_1` FOREIGN KEY (`preferences_id`) REFERENCES `preferences` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflowstate` (
  `token` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `step` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL,
  `data` varchar(510) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

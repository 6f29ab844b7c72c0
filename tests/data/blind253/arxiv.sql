-- arXiv (the preprint server of Cornell University: the classic arXiv / Tapir database of user accounts,
-- endorsements, paper ownership, submissions and their moderation, metadata, sessions and security tokens),
-- github.com/arXiv/arxiv-base, commit 0f94fa031ea1be3bea5753642b966e28f1571ea5 (2026-06-29) (MIT).
-- arxiv/db/arxiv_db_schema.sql (upstream's mysqldump of the production schema, last changed in cea627e2): each kept
-- CREATE TABLE as upstream (column names, order, types, primary, unique and other keys, foreign keys), with
-- AUTO_INCREMENT=n table options dropped, MySQL 8's collation utf8mb4_0900_ai_ci written as utf8mb4_unicode_ci
-- (MariaDB has none) and tables reordered so that every referenced table comes first (upstream's dump is
-- alphabetical and relies on FOREIGN_KEY_CHECKS=0); the dump's SET/DROP statements left out.
-- 95 of the 150 tables kept. Left out (technical, statistics, monitoring, feeds, classifier and QA output, and
-- duplicates): arXiv_admin_metadata arXiv_admin_state arXiv_archive_category arXiv_archive_def arXiv_archive_group
-- arXiv_aws_config arXiv_aws_files arXiv_bib_feeds arXiv_bib_updates arXiv_block_email arXiv_bogus_subject_class
-- arXiv_category_def arXiv_check_result_views arXiv_check_roles arXiv_check_targets arXiv_datacite_dois arXiv_dblp
-- arXiv_freeze_log arXiv_group_def arXiv_groups arXiv_log_positions arXiv_mirror_list arXiv_monitor_klog
-- arXiv_monitor_mailq arXiv_monitor_mailsent arXiv_orcid_config arXiv_pilot_datasets arXiv_pilot_files arXiv_publish_log
-- arXiv_questionable_categories arXiv_refresh_list arXiv_reject_session_usernames arXiv_sciencewise_pings
-- arXiv_stats_hourly arXiv_stats_monthly_submissions arXiv_submission_abs_classifier_data
-- arXiv_submission_classifier_data arXiv_submission_near_duplicates arXiv_submission_qa_reports arXiv_submitter_flags
-- arXiv_titles arXiv_trackback_sites arXiv_tracking arXiv_updates arXiv_updates_tmp arXiv_versions_checksum
-- arXiv_xml_notifications dbix_class_schema_versions demographics_backup publish_batches tapir_email_headers
-- tapir_integer_variables tapir_periodic_tasks_log tapir_string_variables tapir_strings.
-- Foreign keys to left-out tables dropped: arXiv_archives.in_group -> arXiv_groups; arXiv_checks -> arXiv_check_targets,
-- arXiv_check_result_views, arXiv_check_roles; arXiv_document_category, arXiv_submission_category and
-- arXiv_submission_category_proposal .category -> arXiv_category_def; arXiv_moderators.archive -> arXiv_archive_group;
-- arXiv_submissions.sword_id -> arXiv_tracking.

CREATE TABLE `Subscription_UniversalInstitution` (
  `resolver_URL` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `alt_text` varchar(255) DEFAULT NULL,
  `link_icon` varchar(255) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `Subscription_UniversalInstitutionContact` (
  `email` varchar(255) DEFAULT NULL,
  `sid` int NOT NULL,
  `active` tinyint DEFAULT '0',
  `contact_name` varchar(255) DEFAULT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `phone` varchar(255) DEFAULT NULL,
  `note` varchar(2048) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sid` (`sid`),
  CONSTRAINT `Subscription_Institution_Contact_Universal` FOREIGN KEY (`sid`) REFERENCES `Subscription_UniversalInstitution` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `Subscription_UniversalInstitutionIP` (
  `sid` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `exclude` tinyint DEFAULT '0',
  `end` bigint NOT NULL,
  `start` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sid` (`sid`),
  KEY `ip` (`start`,`end`),
  KEY `end` (`end`),
  KEY `start` (`start`),
  CONSTRAINT `Subscription_Institution_IP_Universal` FOREIGN KEY (`sid`) REFERENCES `Subscription_UniversalInstitution` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `arXiv_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `logtime` varchar(24) DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `paper_id` varchar(20) DEFAULT NULL,
  `username` varchar(20) DEFAULT NULL,
  `host` varchar(64) DEFAULT NULL,
  `program` varchar(20) DEFAULT NULL,
  `command` varchar(20) DEFAULT NULL,
  `logtext` text,
  `document_id` mediumint unsigned DEFAULT NULL,
  `submission_id` int DEFAULT NULL,
  `notify` tinyint(1) DEFAULT '0',
  `old_created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `arXiv_admin_log_idx_submission_id` (`submission_id`),
  KEY `arXiv_admin_log_idx_command` (`command`),
  KEY `arXiv_admin_log_idx_paper_id` (`paper_id`),
  KEY `arXiv_admin_log_idx_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_archives` (
  `archive_id` varchar(16) NOT NULL DEFAULT '',
  `in_group` varchar(16) NOT NULL DEFAULT '',
  `archive_name` varchar(255) NOT NULL DEFAULT '',
  `start_date` varchar(4) NOT NULL DEFAULT '',
  `end_date` varchar(4) NOT NULL DEFAULT '',
  `subdivided` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`archive_id`),
  KEY `in_group` (`in_group`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_policy_classes` (
  `class_id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL DEFAULT '',
  `description` text NOT NULL,
  `password_storage` int unsigned NOT NULL DEFAULT '0',
  `recovery_policy` int unsigned NOT NULL DEFAULT '0',
  `permanent_login` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`class_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_users` (
  `user_id` int unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(50) DEFAULT NULL,
  `last_name` varchar(50) DEFAULT NULL,
  `suffix_name` varchar(50) DEFAULT NULL,
  `share_first_name` int unsigned NOT NULL DEFAULT '1',
  `share_last_name` int unsigned NOT NULL DEFAULT '1',
  `email` varchar(255) NOT NULL DEFAULT '',
  `share_email` int unsigned NOT NULL DEFAULT '8',
  `email_bouncing` int unsigned NOT NULL DEFAULT '0',
  `policy_class` smallint unsigned NOT NULL DEFAULT '0',
  `joined_date` int unsigned NOT NULL DEFAULT '0',
  `joined_ip_num` varchar(16) DEFAULT NULL,
  `joined_remote_host` varchar(255) NOT NULL DEFAULT '',
  `flag_internal` int unsigned NOT NULL DEFAULT '0',
  `flag_edit_users` int unsigned NOT NULL DEFAULT '0',
  `flag_edit_system` int unsigned NOT NULL DEFAULT '0',
  `flag_email_verified` int unsigned NOT NULL DEFAULT '0',
  `flag_approved` int unsigned NOT NULL DEFAULT '1',
  `flag_deleted` int unsigned NOT NULL DEFAULT '0',
  `flag_banned` int unsigned NOT NULL DEFAULT '0',
  `flag_wants_email` int unsigned NOT NULL DEFAULT '0',
  `flag_html_email` int unsigned NOT NULL DEFAULT '0',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  `flag_allow_tex_produced` int unsigned NOT NULL DEFAULT '0',
  `flag_can_lock` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `email` (`email`),
  KEY `policy_class` (`policy_class`),
  KEY `first_name` (`first_name`),
  KEY `last_name` (`last_name`),
  KEY `tracking_cookie` (`tracking_cookie`),
  KEY `joined_date` (`joined_date`),
  KEY `flag_internal` (`flag_internal`),
  KEY `flag_edit_users` (`flag_edit_users`),
  KEY `flag_approved` (`flag_approved`),
  KEY `flag_deleted` (`flag_deleted`),
  KEY `flag_banned` (`flag_banned`),
  KEY `joined_ip_num` (`joined_ip_num`),
  KEY `flag_can_lock` (`flag_can_lock`),
  CONSTRAINT `0_510` FOREIGN KEY (`policy_class`) REFERENCES `tapir_policy_classes` (`class_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_author_ids` (
  `user_id` int unsigned NOT NULL,
  `author_id` varchar(50) NOT NULL,
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`),
  KEY `author_id` (`author_id`),
  CONSTRAINT `arXiv_author_ids_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_bad_pw` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  KEY `user_id` (`user_id`),
  CONSTRAINT `0_601` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_black_email` (
  `pattern` varchar(64) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_bogus_countries` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `country_name` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_endorsement_domains` (
  `endorsement_domain` varchar(32) NOT NULL DEFAULT '',
  `endorse_all` enum('y','n') NOT NULL DEFAULT 'n',
  `mods_endorse_all` enum('y','n') NOT NULL DEFAULT 'n',
  `endorse_email` enum('y','n') NOT NULL DEFAULT 'y',
  `papers_to_endorse` smallint unsigned NOT NULL DEFAULT '4',
  PRIMARY KEY (`endorsement_domain`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_categories` (
  `archive` varchar(16) NOT NULL DEFAULT '',
  `subject_class` varchar(16) NOT NULL DEFAULT '',
  `definitive` int NOT NULL DEFAULT '0',
  `active` int NOT NULL DEFAULT '0',
  `category_name` varchar(255) DEFAULT NULL,
  `endorse_all` enum('y','n','d') NOT NULL DEFAULT 'd',
  `endorse_email` enum('y','n','d') NOT NULL DEFAULT 'd',
  `papers_to_endorse` smallint unsigned NOT NULL DEFAULT '0',
  `endorsement_domain` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`archive`,`subject_class`),
  KEY `endorsement_domain` (`endorsement_domain`),
  CONSTRAINT `0_578` FOREIGN KEY (`archive`) REFERENCES `arXiv_archives` (`archive_id`),
  CONSTRAINT `0_753` FOREIGN KEY (`endorsement_domain`) REFERENCES `arXiv_endorsement_domains` (`endorsement_domain`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_checks` (
  `check_id` int NOT NULL AUTO_INCREMENT,
  `check_target_id` int NOT NULL,
  `check_role_id` int NOT NULL,
  `check_result_view_id` int NOT NULL DEFAULT '1',
  `name` varchar(40) NOT NULL,
  `description` varchar(200) DEFAULT NULL,
  `enable_check` tinyint(1) NOT NULL DEFAULT '0',
  `enable_hold` tinyint(1) NOT NULL DEFAULT '0',
  `enable_queue` tinyint(1) NOT NULL DEFAULT '0',
  `retry_minutes` smallint NOT NULL DEFAULT '0',
  `optional` tinyint(1) NOT NULL DEFAULT '1',
  `persist_response` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`check_id`),
  KEY `checks_content_fk` (`check_target_id`),
  KEY `checks_roles_fk` (`check_role_id`),
  KEY `checks_result_views_fk` (`check_result_view_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_documents` (
  `document_id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `paper_id` varchar(20) NOT NULL DEFAULT '',
  `title` varchar(255) NOT NULL DEFAULT '',
  `authors` text,
  `submitter_email` varchar(64) NOT NULL DEFAULT '',
  `submitter_id` int unsigned DEFAULT NULL,
  `dated` int unsigned NOT NULL DEFAULT '0',
  `primary_subject_class` varchar(16) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  PRIMARY KEY (`document_id`),
  UNIQUE KEY `paper_id` (`paper_id`),
  KEY `dated` (`dated`),
  KEY `title` (`title`),
  KEY `submitter_id` (`submitter_id`),
  KEY `submitter_email` (`submitter_email`),
  CONSTRAINT `0_580` FOREIGN KEY (`submitter_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_licenses` (
  `name` varchar(255) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `active` tinyint(1) DEFAULT '1',
  `note` varchar(400) DEFAULT NULL,
  `sequence` tinyint DEFAULT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_submission_agreements` (
  `agreement_id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `effective_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `commit_ref` varchar(255) NOT NULL,
  `content` text,
  PRIMARY KEY (`agreement_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_submissions` (
  `submission_id` int NOT NULL AUTO_INCREMENT,
  `document_id` mediumint unsigned DEFAULT NULL,
  `doc_paper_id` varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `sword_id` int unsigned DEFAULT NULL,
  `userinfo` tinyint DEFAULT '0',
  `is_author` tinyint(1) NOT NULL DEFAULT '0',
  `agree_policy` tinyint(1) DEFAULT '0',
  `viewed` tinyint(1) DEFAULT '0',
  `stage` int DEFAULT '0',
  `submitter_id` int unsigned DEFAULT NULL,
  `submitter_name` varchar(64) DEFAULT NULL,
  `submitter_email` varchar(64) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `updated` datetime DEFAULT NULL,
  `status` int NOT NULL DEFAULT '0',
  `sticky_status` int DEFAULT NULL,
  `must_process` tinyint(1) DEFAULT '1',
  `submit_time` datetime DEFAULT NULL,
  `release_time` datetime DEFAULT NULL,
  `publish_anchor_time` datetime DEFAULT NULL,
  `publish_order` int DEFAULT NULL,
  `batch_id` varchar(40) DEFAULT NULL,
  `source_size` int DEFAULT '0',
  `source_format` varchar(12) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `source_flags` varchar(12) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `has_pilot_data` tinyint(1) DEFAULT NULL,
  `is_withdrawn` tinyint(1) NOT NULL DEFAULT '0',
  `title` text,
  `authors` text,
  `comments` text,
  `proxy` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `report_num` text,
  `msc_class` varchar(255) DEFAULT NULL,
  `acm_class` varchar(255) DEFAULT NULL,
  `journal_ref` text,
  `doi` varchar(255) DEFAULT NULL,
  `abstract` text,
  `license` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `version` int NOT NULL DEFAULT '1',
  `type` char(8) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `is_ok` tinyint(1) DEFAULT NULL,
  `admin_ok` tinyint(1) DEFAULT NULL,
  `allow_tex_produced` tinyint(1) DEFAULT '0',
  `is_oversize` tinyint(1) DEFAULT '0',
  `remote_addr` varchar(16) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '',
  `remote_host` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '',
  `package` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '',
  `rt_ticket_id` int unsigned DEFAULT NULL,
  `auto_hold` tinyint(1) DEFAULT '0',
  `is_locked` int unsigned NOT NULL DEFAULT '0',
  `agreement_id` smallint unsigned DEFAULT NULL,
  `data_version` smallint NOT NULL DEFAULT '1',
  `metadata_version` smallint NOT NULL DEFAULT '1',
  `data_needed` smallint NOT NULL DEFAULT '0',
  `data_version_queued` smallint NOT NULL DEFAULT '0',
  `metadata_version_queued` smallint NOT NULL DEFAULT '0',
  `data_queued_time` datetime DEFAULT NULL,
  `metadata_queued_time` datetime DEFAULT NULL,
  `preflight` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`submission_id`),
  KEY `arXiv_submissions_idx_document_id` (`document_id`),
  KEY `arXiv_submissions_idx_license` (`license`),
  KEY `arXiv_submissions_idx_submitter_id` (`submitter_id`),
  KEY `arXiv_submissions_idx_sword_id` (`sword_id`),
  KEY `arXiv_submissions_idx_status` (`status`),
  KEY `arXiv_submissions_idx_type` (`type`),
  KEY `arXiv_submissions_idx_is_ok` (`is_ok`),
  KEY `arXiv_submissions_idx_doc_paper_id` (`doc_paper_id`),
  KEY `arXiv_submissions_idx_rt_ticket_id` (`rt_ticket_id`),
  KEY `arXiv_submissions_idx_is_locked` (`is_locked`),
  KEY `agreement_fk` (`agreement_id`),
  KEY `arXiv_submissions_idx_publish_order` (`publish_order`),
  CONSTRAINT `agreement_fk` FOREIGN KEY (`agreement_id`) REFERENCES `arXiv_submission_agreements` (`agreement_id`),
  CONSTRAINT `arXiv_submissions_fk_document_id` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `arXiv_submissions_fk_license` FOREIGN KEY (`license`) REFERENCES `arXiv_licenses` (`name`) ON UPDATE CASCADE,
  CONSTRAINT `arXiv_submissions_fk_submitter_id` FOREIGN KEY (`submitter_id`) REFERENCES `tapir_users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `arXiv_check_results` (
  `check_result_id` int NOT NULL AUTO_INCREMENT,
  `submission_id` int NOT NULL,
  `data_version` int NOT NULL DEFAULT '0',
  `metadata_version` int NOT NULL DEFAULT '0',
  `check_id` int NOT NULL,
  `user_id` int unsigned NOT NULL,
  `ok` tinyint(1) NOT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `message` varchar(200) DEFAULT NULL,
  `data` text,
  PRIMARY KEY (`check_result_id`),
  KEY `check_results_submission_index` (`submission_id`),
  KEY `check_results_check_index` (`check_id`),
  KEY `check_results_user_index` (`user_id`),
  CONSTRAINT `check_results_checks_fk` FOREIGN KEY (`check_id`) REFERENCES `arXiv_checks` (`check_id`),
  CONSTRAINT `check_results_sub_fk` FOREIGN KEY (`submission_id`) REFERENCES `arXiv_submissions` (`submission_id`),
  CONSTRAINT `check_results_user_fk` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_check_responses` (
  `check_response_id` int NOT NULL AUTO_INCREMENT,
  `check_result_id` int NOT NULL,
  `user_id` int unsigned NOT NULL,
  `ok` tinyint(1) NOT NULL,
  `persist_response` tinyint(1) NOT NULL DEFAULT '0',
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `message` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`check_response_id`),
  KEY `check_responses_result_index` (`check_result_id`),
  KEY `check_responses_user_index` (`user_id`),
  CONSTRAINT `check_responses_results_fk` FOREIGN KEY (`check_result_id`) REFERENCES `arXiv_check_results` (`check_result_id`),
  CONSTRAINT `check_responses_user_fk` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_control_holds` (
  `hold_id` int unsigned NOT NULL AUTO_INCREMENT,
  `control_id` int unsigned NOT NULL DEFAULT '0',
  `hold_type` enum('submission','cross','jref') NOT NULL DEFAULT 'submission',
  `hold_status` enum('held','extended','accepted','rejected') NOT NULL DEFAULT 'held',
  `hold_reason` varchar(255) NOT NULL DEFAULT '',
  `hold_data` varchar(255) NOT NULL DEFAULT '',
  `origin` enum('auto','user','admin','moderator') NOT NULL DEFAULT 'auto',
  `placed_by` int unsigned DEFAULT NULL,
  `last_changed_by` int unsigned DEFAULT NULL,
  PRIMARY KEY (`hold_id`),
  UNIQUE KEY `control_id` (`control_id`,`hold_type`),
  KEY `hold_type` (`hold_type`),
  KEY `hold_status` (`hold_status`),
  KEY `hold_reason` (`hold_reason`),
  KEY `origin` (`origin`),
  KEY `placed_by` (`placed_by`),
  KEY `last_changed_by` (`last_changed_by`),
  CONSTRAINT `arXiv_control_holds_ibfk_1` FOREIGN KEY (`placed_by`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `arXiv_control_holds_ibfk_2` FOREIGN KEY (`last_changed_by`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_cross_control` (
  `control_id` int unsigned NOT NULL AUTO_INCREMENT,
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `version` tinyint unsigned NOT NULL DEFAULT '0',
  `desired_order` tinyint unsigned NOT NULL DEFAULT '0',
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `status` enum('new','frozen','published','rejected') NOT NULL DEFAULT 'new',
  `flag_must_notify` enum('0','1') DEFAULT '1',
  `archive` varchar(16) NOT NULL DEFAULT '',
  `subject_class` varchar(16) NOT NULL DEFAULT '',
  `request_date` int unsigned NOT NULL DEFAULT '0',
  `freeze_date` int unsigned NOT NULL DEFAULT '0',
  `publish_date` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`control_id`),
  KEY `status` (`status`),
  KEY `freeze_date` (`freeze_date`),
  KEY `document_id` (`document_id`,`version`),
  KEY `archive` (`archive`,`subject_class`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `arXiv_cross_control_ibfk_1` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`),
  CONSTRAINT `arXiv_cross_control_ibfk_2` FOREIGN KEY (`archive`, `subject_class`) REFERENCES `arXiv_categories` (`archive`, `subject_class`),
  CONSTRAINT `arXiv_cross_control_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_dblp_authors` (
  `author_id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`author_id`),
  UNIQUE KEY `author_id` (`author_id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_dblp_document_authors` (
  `document_id` mediumint unsigned NOT NULL,
  `author_id` mediumint unsigned NOT NULL DEFAULT '0',
  `position` tinyint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`document_id`,`author_id`),
  KEY `document_id` (`document_id`),
  KEY `author_id` (`author_id`),
  CONSTRAINT `arXiv_DBLP_abfk1` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`),
  CONSTRAINT `arXiv_DBLP_ibfk2` FOREIGN KEY (`author_id`) REFERENCES `arXiv_dblp_authors` (`author_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_demographics` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `country` char(2) NOT NULL DEFAULT '',
  `affiliation` varchar(255) NOT NULL DEFAULT '',
  `url` varchar(255) NOT NULL DEFAULT '',
  `type` smallint unsigned DEFAULT NULL,
  `archive` varchar(16) DEFAULT NULL,
  `subject_class` varchar(16) DEFAULT NULL,
  `original_subject_classes` varchar(255) NOT NULL DEFAULT '',
  `flag_group_physics` int unsigned DEFAULT NULL,
  `flag_group_math` int unsigned NOT NULL DEFAULT '0',
  `flag_group_cs` int unsigned NOT NULL DEFAULT '0',
  `flag_group_nlin` int unsigned NOT NULL DEFAULT '0',
  `flag_proxy` int unsigned NOT NULL DEFAULT '0',
  `flag_journal` int unsigned NOT NULL DEFAULT '0',
  `flag_xml` int unsigned NOT NULL DEFAULT '0',
  `dirty` int unsigned NOT NULL DEFAULT '2',
  `flag_group_test` int unsigned NOT NULL DEFAULT '0',
  `flag_suspect` int unsigned NOT NULL DEFAULT '0',
  `flag_group_q_bio` int unsigned NOT NULL DEFAULT '0',
  `flag_group_q_fin` int unsigned NOT NULL DEFAULT '0',
  `flag_group_stat` int unsigned NOT NULL DEFAULT '0',
  `flag_group_eess` int unsigned NOT NULL DEFAULT '0',
  `flag_group_econ` int unsigned NOT NULL DEFAULT '0',
  `veto_status` enum('ok','no-endorse','no-upload','no-replace') NOT NULL DEFAULT 'ok',
  PRIMARY KEY (`user_id`),
  KEY `country` (`country`),
  KEY `type` (`type`),
  KEY `archive` (`archive`,`subject_class`),
  KEY `flag_group_physics` (`flag_group_physics`),
  KEY `flag_group_math` (`flag_group_math`),
  KEY `flag_group_cs` (`flag_group_cs`),
  KEY `flag_group_nlin` (`flag_group_nlin`),
  KEY `flag_proxy` (`flag_proxy`),
  KEY `flag_journal` (`flag_journal`),
  KEY `flag_xml` (`flag_xml`),
  KEY `flag_group_stat` (`flag_group_stat`),
  KEY `flag_group_q_bio` (`flag_group_q_bio`),
  KEY `flag_group_q_fin` (`flag_group_q_fin`),
  KEY `flag_suspect` (`flag_suspect`),
  KEY `flag_group_eess` (`flag_group_eess`),
  KEY `flag_group_econ` (`flag_group_econ`),
  CONSTRAINT `0_587` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_588` FOREIGN KEY (`archive`, `subject_class`) REFERENCES `arXiv_categories` (`archive`, `subject_class`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_document_category` (
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `category` varchar(32) NOT NULL,
  `is_primary` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`document_id`,`category`),
  KEY `document_id` (`document_id`),
  KEY `category` (`category`),
  CONSTRAINT `doc_cat_doc` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_duplicates` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `email` varchar(255) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  KEY `user_id` (`user_id`),
  CONSTRAINT `0_599` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_endorsement_requests` (
  `request_id` int unsigned NOT NULL AUTO_INCREMENT,
  `endorsee_id` int unsigned NOT NULL DEFAULT '0',
  `archive` varchar(16) NOT NULL DEFAULT '',
  `subject_class` varchar(16) NOT NULL DEFAULT '',
  `secret` varchar(16) NOT NULL DEFAULT '',
  `flag_valid` int unsigned NOT NULL DEFAULT '0',
  `issued_when` int unsigned NOT NULL DEFAULT '0',
  `point_value` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`request_id`),
  UNIQUE KEY `secret` (`secret`),
  UNIQUE KEY `endorsee_id_2` (`endorsee_id`,`archive`,`subject_class`),
  KEY `endorsee_id` (`endorsee_id`),
  KEY `archive` (`archive`,`subject_class`),
  CONSTRAINT `0_722` FOREIGN KEY (`endorsee_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_723` FOREIGN KEY (`archive`, `subject_class`) REFERENCES `arXiv_categories` (`archive`, `subject_class`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_endorsement_requests_audit` (
  `request_id` int unsigned NOT NULL DEFAULT '0',
  `session_id` int unsigned NOT NULL DEFAULT '0',
  `remote_addr` varchar(16) DEFAULT NULL,
  `remote_host` varchar(255) DEFAULT NULL,
  `tracking_cookie` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`request_id`),
  CONSTRAINT `0_725` FOREIGN KEY (`request_id`) REFERENCES `arXiv_endorsement_requests` (`request_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_endorsements` (
  `endorsement_id` int unsigned NOT NULL AUTO_INCREMENT,
  `endorser_id` int unsigned DEFAULT NULL,
  `endorsee_id` int unsigned NOT NULL DEFAULT '0',
  `archive` varchar(16) NOT NULL DEFAULT '',
  `subject_class` varchar(16) NOT NULL DEFAULT '',
  `flag_valid` int unsigned NOT NULL DEFAULT '0',
  `type` enum('user','admin','auto') DEFAULT NULL,
  `point_value` int unsigned NOT NULL DEFAULT '0',
  `issued_when` int unsigned NOT NULL DEFAULT '0',
  `request_id` int unsigned DEFAULT NULL,
  PRIMARY KEY (`endorsement_id`),
  UNIQUE KEY `endorser_id_2` (`endorser_id`,`endorsee_id`,`archive`,`subject_class`),
  KEY `endorser_id` (`endorser_id`),
  KEY `endorsee_id` (`endorsee_id`),
  KEY `archive` (`archive`,`subject_class`),
  KEY `request_id` (`request_id`),
  CONSTRAINT `0_727` FOREIGN KEY (`endorser_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_728` FOREIGN KEY (`endorsee_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_729` FOREIGN KEY (`archive`, `subject_class`) REFERENCES `arXiv_categories` (`archive`, `subject_class`),
  CONSTRAINT `0_730` FOREIGN KEY (`request_id`) REFERENCES `arXiv_endorsement_requests` (`request_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_endorsements_audit` (
  `endorsement_id` int unsigned NOT NULL DEFAULT '0',
  `session_id` int unsigned NOT NULL DEFAULT '0',
  `remote_addr` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  `flag_knows_personally` int unsigned NOT NULL DEFAULT '0',
  `flag_seen_paper` int unsigned NOT NULL DEFAULT '0',
  `comment` text,
  PRIMARY KEY (`endorsement_id`),
  CONSTRAINT `0_732` FOREIGN KEY (`endorsement_id`) REFERENCES `arXiv_endorsements` (`endorsement_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_holidays` (
  `freeze_skip_date` date NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` int unsigned NOT NULL,
  PRIMARY KEY (`freeze_skip_date`),
  KEY `arxiv_holidays_createdby_fk` (`created_by`),
  CONSTRAINT `arxiv_holidays_createdby_fk` FOREIGN KEY (`created_by`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `arXiv_in_category` (
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `archive` varchar(16) NOT NULL DEFAULT '',
  `subject_class` varchar(16) NOT NULL DEFAULT '',
  `is_primary` tinyint(1) NOT NULL DEFAULT '0',
  UNIQUE KEY `archive` (`archive`,`subject_class`,`document_id`),
  KEY `document_id` (`document_id`),
  KEY `arXiv_in_category_mp` (`archive`,`subject_class`),
  CONSTRAINT `0_582` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`),
  CONSTRAINT `0_583` FOREIGN KEY (`archive`, `subject_class`) REFERENCES `arXiv_categories` (`archive`, `subject_class`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_jref_control` (
  `control_id` int unsigned NOT NULL AUTO_INCREMENT,
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `version` tinyint unsigned NOT NULL DEFAULT '0',
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `status` enum('new','frozen','published','rejected') NOT NULL DEFAULT 'new',
  `flag_must_notify` enum('0','1') DEFAULT '1',
  `jref` varchar(255) NOT NULL DEFAULT '',
  `request_date` int unsigned NOT NULL DEFAULT '0',
  `freeze_date` int unsigned NOT NULL DEFAULT '0',
  `publish_date` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`control_id`),
  UNIQUE KEY `document_id` (`document_id`,`version`),
  KEY `freeze_date` (`freeze_date`),
  KEY `status` (`status`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `arXiv_jref_control_ibfk_1` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`),
  CONSTRAINT `arXiv_jref_control_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_metadata` (
  `metadata_id` int NOT NULL AUTO_INCREMENT,
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `paper_id` varchar(64) NOT NULL,
  `created` datetime DEFAULT NULL,
  `updated` datetime DEFAULT NULL,
  `submitter_id` int unsigned DEFAULT NULL,
  `submitter_name` varchar(64) NOT NULL,
  `submitter_email` varchar(64) NOT NULL,
  `source_size` int DEFAULT NULL,
  `source_format` varchar(12) DEFAULT NULL,
  `source_flags` varchar(12) DEFAULT NULL,
  `title` text,
  `authors` text,
  `abs_categories` varchar(255) DEFAULT NULL,
  `comments` text,
  `proxy` varchar(255) DEFAULT NULL,
  `report_num` text,
  `msc_class` varchar(255) DEFAULT NULL,
  `acm_class` varchar(255) DEFAULT NULL,
  `journal_ref` text,
  `doi` varchar(255) DEFAULT NULL,
  `abstract` text,
  `license` varchar(255) DEFAULT NULL,
  `version` int NOT NULL DEFAULT '1',
  `modtime` int DEFAULT NULL,
  `is_current` tinyint(1) DEFAULT '1',
  `is_withdrawn` tinyint(1) NOT NULL DEFAULT '0',
  `published_at` datetime DEFAULT NULL,
  PRIMARY KEY (`metadata_id`),
  UNIQUE KEY `pidv` (`paper_id`,`version`),
  KEY `arXiv_metadata_idx_document_id` (`document_id`),
  KEY `arXiv_metadata_idx_license` (`license`),
  KEY `arXiv_metadata_idx_submitter_id` (`submitter_id`),
  CONSTRAINT `arXiv_metadata_fk_document_id` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `arXiv_metadata_fk_license` FOREIGN KEY (`license`) REFERENCES `arXiv_licenses` (`name`),
  CONSTRAINT `arXiv_metadata_fk_submitter_id` FOREIGN KEY (`submitter_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_moderator_api_key` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `secret` varchar(32) NOT NULL DEFAULT '',
  `valid` int NOT NULL DEFAULT '1',
  `issued_when` int unsigned NOT NULL DEFAULT '0',
  `issued_to` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`user_id`,`secret`),
  CONSTRAINT `arXiv_moderator_api_key_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `arXiv_moderators` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `archive` varchar(16) NOT NULL DEFAULT '',
  `subject_class` varchar(16) NOT NULL DEFAULT '',
  `is_public` tinyint NOT NULL DEFAULT '0',
  `no_email` tinyint(1) DEFAULT '0',
  `no_web_email` tinyint(1) DEFAULT '0',
  `no_reply_to` tinyint(1) DEFAULT '0',
  `daily_update` tinyint(1) DEFAULT '0',
  UNIQUE KEY `user_id` (`archive`,`subject_class`,`user_id`),
  KEY `user_id_2` (`user_id`),
  KEY `arXiv_moderators_idx_no_email` (`no_email`),
  KEY `arXiv_moderators_idx_no_web_email` (`no_web_email`),
  KEY `arXiv_moderators_idx_no_reply_to` (`no_reply_to`),
  CONSTRAINT `0_590` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_591` FOREIGN KEY (`archive`, `subject_class`) REFERENCES `arXiv_categories` (`archive`, `subject_class`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_next_mail` (
  `next_mail_id` int NOT NULL AUTO_INCREMENT,
  `submission_id` int NOT NULL,
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `paper_id` varchar(20) DEFAULT NULL,
  `version` int NOT NULL DEFAULT '1',
  `type` varchar(255) NOT NULL DEFAULT 'new',
  `extra` varchar(255) DEFAULT NULL,
  `mail_id` char(6) DEFAULT NULL,
  `is_written` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`next_mail_id`),
  KEY `arXiv_next_mail_idx_document_id` (`document_id`),
  KEY `arXiv_next_mail_idx_document_id_version` (`document_id`,`version`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_orcid_ids` (
  `user_id` int unsigned NOT NULL,
  `orcid` varchar(19) NOT NULL,
  `authenticated` tinyint(1) NOT NULL DEFAULT '0',
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`),
  KEY `orcid` (`orcid`),
  CONSTRAINT `arXiv_orcid_ids_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `arXiv_ownership_requests` (
  `request_id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `endorsement_request_id` int unsigned DEFAULT NULL,
  `workflow_status` enum('pending','accepted','rejected') NOT NULL DEFAULT 'pending',
  PRIMARY KEY (`request_id`),
  KEY `user_id` (`user_id`),
  KEY `endorsement_request_id` (`endorsement_request_id`),
  CONSTRAINT `0_734` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_735` FOREIGN KEY (`endorsement_request_id`) REFERENCES `arXiv_endorsement_requests` (`request_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_ownership_requests_audit` (
  `request_id` int unsigned NOT NULL DEFAULT '0',
  `session_id` int unsigned NOT NULL DEFAULT '0',
  `remote_addr` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  `date` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`request_id`),
  CONSTRAINT `0_737` FOREIGN KEY (`request_id`) REFERENCES `arXiv_ownership_requests` (`request_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_ownership_requests_papers` (
  `request_id` int unsigned NOT NULL DEFAULT '0',
  `document_id` int unsigned NOT NULL DEFAULT '0',
  UNIQUE KEY `request_id` (`request_id`,`document_id`),
  KEY `document_id` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_paper_owners` (
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `date` int unsigned NOT NULL DEFAULT '0',
  `added_by` int unsigned NOT NULL DEFAULT '0',
  `remote_addr` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(32) NOT NULL DEFAULT '',
  `valid` int unsigned NOT NULL DEFAULT '0',
  `flag_author` int unsigned NOT NULL DEFAULT '0',
  `flag_auto` int unsigned NOT NULL DEFAULT '1',
  UNIQUE KEY `document_id` (`document_id`,`user_id`),
  KEY `user_id` (`user_id`),
  KEY `added_by` (`added_by`),
  CONSTRAINT `0_593` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`),
  CONSTRAINT `0_594` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_595` FOREIGN KEY (`added_by`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_paper_pw` (
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `password_storage` int unsigned DEFAULT NULL,
  `password_enc` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`document_id`),
  CONSTRAINT `0_585` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_paper_sessions` (
  `paper_session_id` int unsigned NOT NULL AUTO_INCREMENT,
  `paper_id` varchar(16) NOT NULL DEFAULT '',
  `start_time` int unsigned NOT NULL DEFAULT '0',
  `end_time` int unsigned NOT NULL DEFAULT '0',
  `ip_name` varchar(16) NOT NULL DEFAULT '',
  PRIMARY KEY (`paper_session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_queue_view` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `last_view` datetime DEFAULT NULL,
  `second_last_view` datetime DEFAULT NULL,
  `total_views` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `arXiv_queue_view_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `arXiv_show_email_requests` (
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `session_id` int unsigned NOT NULL DEFAULT '0',
  `dated` int unsigned NOT NULL DEFAULT '0',
  `flag_allowed` tinyint unsigned NOT NULL DEFAULT '0',
  `remote_addr` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  `request_id` int unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`request_id`),
  KEY `document_id` (`document_id`),
  KEY `user_id` (`user_id`,`dated`),
  KEY `dated` (`dated`),
  KEY `remote_addr` (`remote_addr`),
  CONSTRAINT `arXiv_show_email_requests_ibfk_1` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`),
  CONSTRAINT `arXiv_show_email_requests_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_state` (
  `id` int NOT NULL,
  `name` varchar(24) DEFAULT NULL,
  `value` varchar(24) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_stats_monthly_downloads` (
  `ym` date NOT NULL,
  `downloads` int unsigned NOT NULL,
  PRIMARY KEY (`ym`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_submission_category` (
  `submission_id` int NOT NULL,
  `category` varchar(32) NOT NULL DEFAULT '',
  `is_primary` tinyint(1) NOT NULL DEFAULT '0',
  `is_published` tinyint(1) DEFAULT '0',
  PRIMARY KEY (`submission_id`,`category`),
  KEY `arXiv_submission_category_idx_category` (`category`),
  KEY `arXiv_submission_category_idx_submission_id` (`submission_id`),
  KEY `arXiv_submission_category_idx_is_primary` (`is_primary`),
  KEY `arXiv_submission_category_idx_is_published` (`is_published`),
  CONSTRAINT `arXiv_submission_category_fk_submission_id` FOREIGN KEY (`submission_id`) REFERENCES `arXiv_submissions` (`submission_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_submission_category_proposal` (
  `proposal_id` int NOT NULL AUTO_INCREMENT,
  `submission_id` int NOT NULL,
  `category` varchar(32) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `is_primary` tinyint(1) NOT NULL DEFAULT '0',
  `proposal_status` int DEFAULT '0',
  `user_id` int unsigned NOT NULL,
  `updated` datetime DEFAULT NULL,
  `proposal_comment_id` int DEFAULT NULL,
  `response_comment_id` int DEFAULT NULL,
  PRIMARY KEY (`proposal_id`,`submission_id`,`category`,`is_primary`),
  KEY `arXiv_submission_category_proposal_idx_key` (`proposal_id`),
  KEY `arXiv_submission_category_proposal_idx_category` (`category`),
  KEY `arXiv_submission_category_proposal_idx_submission_id` (`submission_id`),
  KEY `arXiv_submission_category_proposal_idx_is_primary` (`is_primary`),
  KEY `arXiv_submission_category_proposal_fk_user_id` (`user_id`),
  KEY `arXiv_submission_category_proposal_fk_prop_comment_id` (`proposal_comment_id`),
  KEY `arXiv_submission_category_proposal_fk_resp_comment_id` (`response_comment_id`),
  CONSTRAINT `arXiv_submission_category_proposal_fk_prop_comment_id` FOREIGN KEY (`proposal_comment_id`) REFERENCES `arXiv_admin_log` (`id`),
  CONSTRAINT `arXiv_submission_category_proposal_fk_resp_comment_id` FOREIGN KEY (`response_comment_id`) REFERENCES `arXiv_admin_log` (`id`),
  CONSTRAINT `arXiv_submission_category_proposal_fk_submission_id` FOREIGN KEY (`submission_id`) REFERENCES `arXiv_submissions` (`submission_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `arXiv_submission_category_proposal_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `arXiv_submission_control` (
  `control_id` int unsigned NOT NULL AUTO_INCREMENT,
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `version` tinyint unsigned NOT NULL DEFAULT '0',
  `pending_paper_id` varchar(20) NOT NULL DEFAULT '',
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `status` enum('new','frozen','published','rejected') NOT NULL DEFAULT 'new',
  `flag_must_notify` enum('0','1') DEFAULT '1',
  `request_date` int unsigned NOT NULL DEFAULT '0',
  `freeze_date` int unsigned NOT NULL DEFAULT '0',
  `publish_date` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`control_id`),
  UNIQUE KEY `document_id` (`document_id`,`version`),
  KEY `pending_paper_id` (`pending_paper_id`),
  KEY `status` (`status`),
  KEY `request_date` (`request_date`),
  KEY `freeze_date` (`freeze_date`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `arXiv_submission_control_ibfk_1` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`),
  CONSTRAINT `arXiv_submission_control_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_submission_flag` (
  `flag_id` int NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `submission_id` int NOT NULL,
  `flag` tinyint NOT NULL DEFAULT '0',
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `flag_pdf_opened` smallint NOT NULL DEFAULT '0',
  `flag_done` smallint NOT NULL DEFAULT '0',
  `flag_done_cleared` smallint NOT NULL DEFAULT '0',
  `flag_viewed` smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (`flag_id`),
  UNIQUE KEY `uniq_one_flag_per_mod` (`submission_id`,`user_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `arXiv_submission_flag_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`) ON DELETE CASCADE,
  CONSTRAINT `arXiv_submission_flag_ibfk_2` FOREIGN KEY (`submission_id`) REFERENCES `arXiv_submissions` (`submission_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `arXiv_submission_hold_reason` (
  `reason_id` int NOT NULL AUTO_INCREMENT,
  `submission_id` int NOT NULL,
  `user_id` int unsigned NOT NULL,
  `reason` varchar(30) DEFAULT NULL,
  `type` varchar(30) DEFAULT NULL,
  `comment_id` int DEFAULT NULL,
  PRIMARY KEY (`reason_id`,`user_id`),
  KEY `submission_id` (`submission_id`),
  KEY `user_id` (`user_id`),
  KEY `comment_id` (`comment_id`),
  CONSTRAINT `arXiv_submission_hold_reason_ibfk_1` FOREIGN KEY (`submission_id`) REFERENCES `arXiv_submissions` (`submission_id`) ON DELETE CASCADE,
  CONSTRAINT `arXiv_submission_hold_reason_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`) ON DELETE CASCADE,
  CONSTRAINT `arXiv_submission_hold_reason_ibfk_3` FOREIGN KEY (`comment_id`) REFERENCES `arXiv_admin_log` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `arXiv_submission_locks` (
  `submission_lock_id` int NOT NULL AUTO_INCREMENT,
  `submission_id` int NOT NULL,
  `user_id` int unsigned NOT NULL,
  `lock_type` varchar(20) NOT NULL,
  `expires` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `released` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`submission_lock_id`),
  UNIQUE KEY `arxiv_submission_locks_sub_index` (`submission_id`,`lock_type`),
  KEY `arxiv_submission_locks_user_index` (`user_id`),
  CONSTRAINT `arxiv_submission_locks_sub_fk` FOREIGN KEY (`submission_id`) REFERENCES `arXiv_submissions` (`submission_id`),
  CONSTRAINT `arxiv_submission_locks_user_fk` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_submission_view_flag` (
  `submission_id` int NOT NULL,
  `flag` tinyint(1) DEFAULT '0',
  `user_id` int unsigned NOT NULL,
  `updated` datetime DEFAULT NULL,
  PRIMARY KEY (`submission_id`,`user_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `arXiv_submission_view_flag_ibfk_1` FOREIGN KEY (`submission_id`) REFERENCES `arXiv_submissions` (`submission_id`) ON DELETE CASCADE,
  CONSTRAINT `arXiv_submission_view_flag_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `arXiv_suspect_emails` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(10) NOT NULL,
  `pattern` text NOT NULL,
  `comment` text NOT NULL,
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_suspicious_names` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `full_name` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `0_606` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_sword_licenses` (
  `user_id` int unsigned NOT NULL,
  `license` varchar(127) DEFAULT NULL,
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_top_papers` (
  `from_week` date NOT NULL DEFAULT '0000-00-00',
  `class` char(1) NOT NULL DEFAULT '',
  `rank` smallint unsigned NOT NULL DEFAULT '0',
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `viewers` mediumint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`from_week`,`class`,`rank`),
  KEY `document_id` (`document_id`),
  CONSTRAINT `arXiv_top_papers_ibfk_1` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_trackback_pings` (
  `trackback_id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `document_id` mediumint unsigned DEFAULT NULL,
  `title` varchar(255) NOT NULL DEFAULT '',
  `excerpt` varchar(255) NOT NULL DEFAULT '',
  `url` varchar(255) NOT NULL DEFAULT '',
  `blog_name` varchar(255) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `remote_addr` varchar(16) NOT NULL DEFAULT '',
  `posted_date` int unsigned NOT NULL DEFAULT '0',
  `is_stale` tinyint NOT NULL DEFAULT '0',
  `approved_by_user` mediumint NOT NULL DEFAULT '0',
  `approved_time` int NOT NULL DEFAULT '0',
  `status` enum('pending','pending2','accepted','rejected','spam') NOT NULL DEFAULT 'pending',
  `site_id` int unsigned DEFAULT NULL,
  PRIMARY KEY (`trackback_id`),
  KEY `arXiv_trackback_pings__document_id` (`document_id`),
  KEY `arXiv_trackback_pings__url` (`url`),
  KEY `arXiv_trackback_pings__posted_date` (`posted_date`),
  KEY `arXiv_trackback_pings__status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_versions` (
  `document_id` mediumint unsigned NOT NULL DEFAULT '0',
  `version` tinyint unsigned NOT NULL DEFAULT '0',
  `request_date` int unsigned NOT NULL DEFAULT '0',
  `freeze_date` int unsigned NOT NULL DEFAULT '0',
  `publish_date` int unsigned NOT NULL DEFAULT '0',
  `flag_current` mediumint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`document_id`,`version`),
  KEY `request_date` (`request_date`),
  KEY `freeze_date` (`freeze_date`),
  KEY `publish_date` (`publish_date`),
  CONSTRAINT `arXiv_versions_ibfk_1` FOREIGN KEY (`document_id`) REFERENCES `arXiv_documents` (`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `arXiv_white_email` (
  `pattern` varchar(64) DEFAULT NULL,
  UNIQUE KEY `uc_pattern` (`pattern`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `flagged_user_comment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action` varchar(32) DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `flagged_user_detail` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(1) DEFAULT '1',
  `creator_user_id` int unsigned NOT NULL,
  `flagged_user_id` int unsigned NOT NULL,
  `all_categories` tinyint(1) DEFAULT '1',
  `flagged_user_comment_id` int DEFAULT NULL,
  `action` varchar(32) DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `creator_user_id` (`creator_user_id`),
  KEY `flagged_user_id` (`flagged_user_id`),
  CONSTRAINT `flagged_user_detail_ibfk_1` FOREIGN KEY (`creator_user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `flagged_user_detail_ibfk_2` FOREIGN KEY (`flagged_user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `flagged_user_detail_category_relation` (
  `flagged_user_detail_id` int NOT NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `category` varchar(32) NOT NULL,
  PRIMARY KEY (`flagged_user_detail_id`,`category`),
  CONSTRAINT `flagged_user_detail_category_relation_ibfk_1` FOREIGN KEY (`flagged_user_detail_id`) REFERENCES `flagged_user_detail` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `membership_institutions` (
  `sid` int NOT NULL,
  `name` varchar(256) DEFAULT NULL,
  `country` varchar(40) DEFAULT NULL,
  `country_code` varchar(10) DEFAULT NULL,
  `consortia_code` varchar(20) DEFAULT NULL,
  `member_type` varchar(20) DEFAULT NULL,
  `ror_id` varchar(50) DEFAULT NULL,
  `is_consortium` tinyint DEFAULT NULL,
  `label` varchar(256) DEFAULT NULL,
  `comment` text,
  `is_active` tinyint NOT NULL DEFAULT '1',
  PRIMARY KEY (`sid`),
  KEY `membership_Institution_name_index` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `membership_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sid` int NOT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `sessions` (
  `id` char(72) NOT NULL,
  `session_data` text,
  `expires` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `tapir_countries` (
  `digraph` char(2) NOT NULL DEFAULT '',
  `country_name` varchar(255) NOT NULL DEFAULT '',
  `rank` int unsigned NOT NULL DEFAULT '255',
  PRIMARY KEY (`digraph`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_address` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `address_type` int NOT NULL DEFAULT '0',
  `company` varchar(80) NOT NULL DEFAULT '',
  `line1` varchar(80) NOT NULL DEFAULT '',
  `line2` varchar(80) NOT NULL DEFAULT '',
  `city` varchar(50) NOT NULL DEFAULT '',
  `state` varchar(50) NOT NULL DEFAULT '',
  `postal_code` varchar(16) NOT NULL DEFAULT '',
  `country` char(2) NOT NULL DEFAULT '',
  `share_addr` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`user_id`,`address_type`),
  KEY `country` (`country`),
  KEY `city` (`city`),
  KEY `postal_code` (`postal_code`),
  KEY `address_type` (`address_type`),
  CONSTRAINT `0_522` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_523` FOREIGN KEY (`country`) REFERENCES `tapir_countries` (`digraph`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_sessions` (
  `session_id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `last_reissue` int NOT NULL DEFAULT '0',
  `start_time` int NOT NULL DEFAULT '0',
  `end_time` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`session_id`),
  KEY `user_id` (`user_id`),
  KEY `start_time` (`start_time`),
  KEY `end_time` (`end_time`),
  CONSTRAINT `0_525` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_admin_audit` (
  `log_date` int unsigned NOT NULL DEFAULT '0',
  `session_id` int unsigned DEFAULT NULL,
  `ip_addr` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `admin_user` int unsigned DEFAULT NULL,
  `affected_user` int unsigned NOT NULL DEFAULT '0',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  `action` varchar(32) NOT NULL DEFAULT '',
  `data` text NOT NULL,
  `comment` text NOT NULL,
  `entry_id` int unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`entry_id`),
  KEY `log_date` (`log_date`),
  KEY `session_id` (`session_id`),
  KEY `ip_addr` (`ip_addr`),
  KEY `admin_user` (`admin_user`),
  KEY `affected_user` (`affected_user`),
  KEY `data` (`data`(32)),
  KEY `data_2` (`data`(32)),
  KEY `data_3` (`data`(32)),
  CONSTRAINT `0_553` FOREIGN KEY (`session_id`) REFERENCES `tapir_sessions` (`session_id`),
  CONSTRAINT `0_554` FOREIGN KEY (`admin_user`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_555` FOREIGN KEY (`affected_user`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_demographics` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `gender` int NOT NULL DEFAULT '0',
  `share_gender` int unsigned NOT NULL DEFAULT '16',
  `birthday` date DEFAULT NULL,
  `share_birthday` int unsigned NOT NULL DEFAULT '16',
  `country` char(2) NOT NULL DEFAULT '',
  `share_country` int unsigned NOT NULL DEFAULT '16',
  `postal_code` varchar(16) NOT NULL DEFAULT '',
  PRIMARY KEY (`user_id`),
  KEY `country` (`country`),
  KEY `postal_code` (`postal_code`),
  KEY `birthday` (`birthday`),
  CONSTRAINT `0_517` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_518` FOREIGN KEY (`country`) REFERENCES `tapir_countries` (`digraph`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_email_change_tokens` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `old_email` varchar(255) DEFAULT NULL,
  `new_email` varchar(255) DEFAULT NULL,
  `secret` varchar(32) NOT NULL DEFAULT '',
  `tapir_dest` varchar(255) NOT NULL DEFAULT '',
  `issued_when` int unsigned NOT NULL DEFAULT '0',
  `issued_to` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(16) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  `used` int unsigned NOT NULL DEFAULT '0',
  `session_id` int unsigned NOT NULL DEFAULT '0',
  `consumed_when` int unsigned DEFAULT NULL,
  `consumed_from` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`user_id`,`secret`),
  KEY `secret` (`secret`),
  CONSTRAINT `0_535` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_email_change_tokens_used` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `secret` varchar(32) NOT NULL DEFAULT '',
  `used_when` int unsigned NOT NULL DEFAULT '0',
  `used_from` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `session_id` int unsigned NOT NULL DEFAULT '0',
  KEY `user_id` (`user_id`),
  KEY `session_id` (`session_id`),
  CONSTRAINT `0_537` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_538` FOREIGN KEY (`session_id`) REFERENCES `tapir_sessions` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_email_log` (
  `mail_id` int unsigned NOT NULL AUTO_INCREMENT,
  `reference_type` char(1) DEFAULT NULL,
  `reference_id` int unsigned DEFAULT NULL,
  `sent_date` int unsigned NOT NULL DEFAULT '0',
  `email` varchar(255) DEFAULT NULL,
  `flag_bounced` int unsigned DEFAULT NULL,
  `mailing_id` int unsigned DEFAULT NULL,
  `template_id` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`mail_id`),
  KEY `mailing_id` (`mailing_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_email_templates` (
  `template_id` int unsigned NOT NULL AUTO_INCREMENT,
  `short_name` varchar(32) NOT NULL DEFAULT '',
  `lang` char(2) NOT NULL DEFAULT 'en',
  `long_name` varchar(255) NOT NULL DEFAULT '',
  `data` text NOT NULL,
  `sql_statement` text NOT NULL,
  `update_date` int unsigned NOT NULL DEFAULT '0',
  `created_by` int unsigned NOT NULL DEFAULT '0',
  `updated_by` int unsigned NOT NULL DEFAULT '0',
  `workflow_status` int unsigned NOT NULL DEFAULT '0',
  `flag_system` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`template_id`),
  UNIQUE KEY `short_name` (`short_name`,`lang`),
  KEY `created_by` (`created_by`),
  KEY `updated_by` (`updated_by`),
  KEY `update_date` (`update_date`),
  CONSTRAINT `0_560` FOREIGN KEY (`created_by`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_561` FOREIGN KEY (`updated_by`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_email_mailings` (
  `mailing_id` int unsigned NOT NULL AUTO_INCREMENT,
  `template_id` int unsigned DEFAULT NULL,
  `created_by` int unsigned DEFAULT NULL,
  `sent_by` int unsigned DEFAULT NULL,
  `created_date` int unsigned DEFAULT NULL,
  `sent_date` int unsigned DEFAULT NULL,
  `complete_date` int unsigned DEFAULT NULL,
  `mailing_name` varchar(255) DEFAULT NULL,
  `comment` text,
  PRIMARY KEY (`mailing_id`),
  KEY `created_by` (`created_by`),
  KEY `sent_by` (`sent_by`),
  KEY `template_id` (`template_id`),
  CONSTRAINT `0_565` FOREIGN KEY (`created_by`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_566` FOREIGN KEY (`sent_by`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_567` FOREIGN KEY (`template_id`) REFERENCES `tapir_email_templates` (`template_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_email_tokens` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `secret` varchar(32) NOT NULL DEFAULT '',
  `tapir_dest` varchar(255) NOT NULL DEFAULT '',
  `issued_when` int unsigned NOT NULL DEFAULT '0',
  `issued_to` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  `wants_perm_token` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`user_id`,`secret`),
  KEY `secret` (`secret`),
  CONSTRAINT `0_530` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_email_tokens_used` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `secret` varchar(32) NOT NULL DEFAULT '',
  `used_when` int unsigned NOT NULL DEFAULT '0',
  `used_from` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `session_id` int unsigned NOT NULL DEFAULT '0',
  KEY `user_id` (`user_id`),
  KEY `session_id` (`session_id`),
  CONSTRAINT `0_532` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_533` FOREIGN KEY (`session_id`) REFERENCES `tapir_sessions` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_error_log` (
  `error_date` int unsigned NOT NULL DEFAULT '0',
  `user_id` int unsigned DEFAULT NULL,
  `session_id` int unsigned DEFAULT NULL,
  `ip_addr` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(32) NOT NULL DEFAULT '',
  `message` varchar(32) NOT NULL DEFAULT '',
  `url` varchar(255) NOT NULL DEFAULT '',
  `error_url` varchar(255) NOT NULL DEFAULT '',
  KEY `error_date` (`error_date`),
  KEY `user_id` (`user_id`),
  KEY `session_id` (`session_id`),
  KEY `ip_addr` (`ip_addr`),
  KEY `tracking_cookie` (`tracking_cookie`),
  KEY `message` (`message`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_nicknames` (
  `nick_id` int unsigned NOT NULL AUTO_INCREMENT,
  `nickname` varchar(20) NOT NULL DEFAULT '',
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `user_seq` int unsigned NOT NULL DEFAULT '0',
  `flag_valid` int unsigned NOT NULL DEFAULT '0',
  `role` int unsigned NOT NULL DEFAULT '0',
  `policy` int unsigned NOT NULL DEFAULT '0',
  `flag_primary` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`nick_id`),
  UNIQUE KEY `user_id` (`user_id`,`user_seq`),
  UNIQUE KEY `nickname` (`nickname`),
  KEY `flag_valid` (`flag_valid`),
  KEY `role` (`role`),
  KEY `policy` (`policy`),
  CONSTRAINT `0_570` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_nicknames_audit` (
  `nick_id` int unsigned NOT NULL DEFAULT '0',
  `creation_date` int unsigned NOT NULL DEFAULT '0',
  `creation_ip_num` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`nick_id`),
  KEY `creation_date` (`creation_date`),
  KEY `creation_ip_num` (`creation_ip_num`),
  KEY `tracking_cookie` (`tracking_cookie`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_no_cookies` (
  `log_date` int unsigned NOT NULL DEFAULT '0',
  `ip_addr` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  `session_data` varchar(255) NOT NULL DEFAULT '',
  `user_agent` varchar(255) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_permanent_tokens` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `secret` varchar(32) NOT NULL DEFAULT '',
  `valid` int NOT NULL DEFAULT '1',
  `issued_when` int unsigned NOT NULL DEFAULT '0',
  `issued_to` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `session_id` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`user_id`,`secret`),
  KEY `session_id` (`session_id`),
  CONSTRAINT `0_540` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_541` FOREIGN KEY (`session_id`) REFERENCES `tapir_sessions` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_permanent_tokens_used` (
  `user_id` int unsigned DEFAULT NULL,
  `secret` varchar(32) NOT NULL DEFAULT '',
  `used_when` int unsigned DEFAULT NULL,
  `used_from` varchar(16) DEFAULT NULL,
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `session_id` int unsigned NOT NULL DEFAULT '0',
  KEY `user_id` (`user_id`),
  KEY `session_id` (`session_id`),
  CONSTRAINT `0_543` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_544` FOREIGN KEY (`session_id`) REFERENCES `tapir_sessions` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_phone` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `phone_type` int NOT NULL DEFAULT '0',
  `phone_number` varchar(32) DEFAULT NULL,
  `share_phone` int unsigned NOT NULL DEFAULT '16',
  PRIMARY KEY (`user_id`,`phone_type`),
  KEY `phone_number` (`phone_number`),
  KEY `phone_type` (`phone_type`),
  CONSTRAINT `0_520` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_presessions` (
  `presession_id` int unsigned NOT NULL AUTO_INCREMENT,
  `ip_num` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  `created_at` int unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`presession_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_recovery_tokens` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `secret` varchar(32) NOT NULL DEFAULT '',
  `valid` int NOT NULL DEFAULT '1',
  `tapir_dest` varchar(255) NOT NULL DEFAULT '',
  `issued_when` int unsigned NOT NULL DEFAULT '0',
  `issued_to` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`user_id`,`secret`),
  KEY `secret` (`secret`),
  CONSTRAINT `0_546` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_recovery_tokens_used` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `secret` varchar(32) NOT NULL DEFAULT '',
  `used_when` int unsigned DEFAULT NULL,
  `used_from` varchar(16) DEFAULT NULL,
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `session_id` int unsigned DEFAULT NULL,
  PRIMARY KEY (`user_id`,`secret`),
  KEY `session_id` (`session_id`),
  CONSTRAINT `0_548` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`),
  CONSTRAINT `0_549` FOREIGN KEY (`session_id`) REFERENCES `tapir_sessions` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_save_post_variables` (
  `presession_id` int unsigned NOT NULL DEFAULT '0',
  `name` varchar(255) DEFAULT NULL,
  `value` mediumtext NOT NULL,
  `seq` int unsigned NOT NULL DEFAULT '0',
  KEY `presession_id` (`presession_id`),
  CONSTRAINT `0_558` FOREIGN KEY (`presession_id`) REFERENCES `tapir_presessions` (`presession_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_sessions_audit` (
  `session_id` int unsigned NOT NULL DEFAULT '0',
  `ip_addr` varchar(16) NOT NULL DEFAULT '',
  `remote_host` varchar(255) NOT NULL DEFAULT '',
  `tracking_cookie` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`session_id`),
  KEY `ip_addr` (`ip_addr`),
  KEY `tracking_cookie` (`tracking_cookie`),
  CONSTRAINT `0_527` FOREIGN KEY (`session_id`) REFERENCES `tapir_sessions` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_users_hot` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `last_login` int unsigned NOT NULL DEFAULT '0',
  `second_last_login` int unsigned NOT NULL DEFAULT '0',
  `number_sessions` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`user_id`),
  KEY `last_login` (`last_login`),
  KEY `second_last_login` (`second_last_login`),
  KEY `number_sessions` (`number_sessions`),
  CONSTRAINT `0_514` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `tapir_users_password` (
  `user_id` int unsigned NOT NULL DEFAULT '0',
  `password_storage` int unsigned NOT NULL DEFAULT '0',
  `password_enc` varchar(50) NOT NULL DEFAULT '',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `0_512` FOREIGN KEY (`user_id`) REFERENCES `tapir_users` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- Arlo (VotingWorks risk-limiting audit software), github.com/votingworks/arlo commit 8d86156c72aad7ab2bdf896fae0357eedbed2b5b (AGPL-3.0).
-- Tables as upstream's init_db() (Base.metadata.create_all of server/models.py, SQLAlchemy 1.3) creates them in PostgreSQL, written as MySQL; see arlo.md.

CREATE TABLE `organization` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `default_state` VARCHAR(100),
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `activity_log_record` (
  `id` VARCHAR(200) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `organization_id` VARCHAR(200) NOT NULL,
  `activity_name` VARCHAR(200) NOT NULL,
  `info` JSON NOT NULL,
  `posted_to_slack_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_log_record_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `user` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `email` VARCHAR(200) NOT NULL,
  `external_id` VARCHAR(200),
  `login_code` VARCHAR(200),
  `login_code_requested_at` DATETIME(6),
  `login_code_attempts` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_key` (`email`),
  UNIQUE KEY `user_external_id_key` (`external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `audit_administration` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `organization_id` VARCHAR(200) NOT NULL,
  `user_id` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`organization_id`, `user_id`),
  CONSTRAINT `audit_administration_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `audit_administration_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `background_task` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `task_name` VARCHAR(200) NOT NULL,
  `payload` JSON NOT NULL,
  `lock_key` VARCHAR(200),
  `worker_id` VARCHAR(200),
  `started_at` DATETIME(6),
  `completed_at` DATETIME(6),
  `error` TEXT,
  `work_total` INT,
  `work_progress` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `file` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  `storage_path` VARCHAR(250) NOT NULL,
  `uploaded_at` DATETIME(6) NOT NULL,
  `task_id` VARCHAR(200),
  PRIMARY KEY (`id`),
  CONSTRAINT `file_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `background_task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `election` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `audit_name` VARCHAR(200) NOT NULL,
  `audit_type` ENUM('BALLOT_POLLING', 'BATCH_COMPARISON', 'BALLOT_COMPARISON', 'HYBRID') NOT NULL,
  `audit_math_type` ENUM('BRAVO', 'MINERVA', 'PROVIDENCE', 'SUPERSIMPLE', 'MACRO', 'SUITE', 'CARD_STYLE_DATA') NOT NULL,
  `election_name` VARCHAR(200),
  `state` VARCHAR(100),
  `risk_limit` INT,
  `random_seed` VARCHAR(100),
  `online` TINYINT(1) NOT NULL,
  `organization_id` VARCHAR(200) NOT NULL,
  `jurisdictions_file_id` VARCHAR(200),
  `standardized_contests_file_id` VARCHAR(200),
  `standardized_contests` JSON,
  `deleted_at` DATETIME(6),
  `sample_preview` JSON,
  `sample_preview_task_id` VARCHAR(200),
  PRIMARY KEY (`id`),
  UNIQUE KEY `election_organization_id_audit_name_key` (`organization_id`, `audit_name`),
  CONSTRAINT `election_jurisdictions_file_id_fkey` FOREIGN KEY (`jurisdictions_file_id`) REFERENCES `file` (`id`) ON DELETE SET NULL,
  CONSTRAINT `election_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `election_sample_preview_task_id_fkey` FOREIGN KEY (`sample_preview_task_id`) REFERENCES `background_task` (`id`) ON DELETE SET NULL,
  CONSTRAINT `election_standardized_contests_file_id_fkey` FOREIGN KEY (`standardized_contests_file_id`) REFERENCES `file` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `jurisdiction` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `election_id` VARCHAR(200) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `expected_manifest_num_ballots` INT,
  `manifest_file_id` VARCHAR(200),
  `manifest_num_ballots` INT,
  `manifest_num_batches` INT,
  `batch_tallies_file_id` VARCHAR(200),
  `batch_tallies` JSON,
  `cvr_file_id` VARCHAR(200),
  `cvr_file_type` ENUM('DOMINION', 'CLEARBALLOT', 'ESS', 'ESS_MD', 'HART'),
  `cvr_contests_metadata` JSON,
  `contest_name_standardizations` JSON,
  `contest_choice_name_standardizations` JSON,
  `finalized_full_hand_tally_results_at` DATETIME(6),
  `tally_entry_passphrase` VARCHAR(200),
  PRIMARY KEY (`id`),
  UNIQUE KEY `jurisdiction_election_id_name_key` (`election_id`, `name`),
  CONSTRAINT `jurisdiction_batch_tallies_file_id_fkey` FOREIGN KEY (`batch_tallies_file_id`) REFERENCES `file` (`id`) ON DELETE SET NULL,
  CONSTRAINT `jurisdiction_cvr_file_id_fkey` FOREIGN KEY (`cvr_file_id`) REFERENCES `file` (`id`) ON DELETE SET NULL,
  CONSTRAINT `jurisdiction_election_id_fkey` FOREIGN KEY (`election_id`) REFERENCES `election` (`id`) ON DELETE CASCADE,
  CONSTRAINT `jurisdiction_manifest_file_id_fkey` FOREIGN KEY (`manifest_file_id`) REFERENCES `file` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `round` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `election_id` VARCHAR(200) NOT NULL,
  `round_num` INT NOT NULL,
  `ended_at` DATETIME(6),
  `draw_sample_task_id` VARCHAR(200),
  PRIMARY KEY (`id`),
  UNIQUE KEY `round_election_id_round_num_key` (`election_id`, `round_num`),
  CONSTRAINT `round_draw_sample_task_id_fkey` FOREIGN KEY (`draw_sample_task_id`) REFERENCES `background_task` (`id`) ON DELETE SET NULL,
  CONSTRAINT `round_election_id_fkey` FOREIGN KEY (`election_id`) REFERENCES `election` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `audit_board` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `jurisdiction_id` VARCHAR(200) NOT NULL,
  `round_id` VARCHAR(200) NOT NULL,
  `name` VARCHAR(200),
  `member_1` VARCHAR(200),
  `member_1_affiliation` ENUM('DEMOCRAT', 'REPUBLICAN', 'LIBERTARIAN', 'INDEPENDENT', 'OTHER'),
  `member_2` VARCHAR(200),
  `member_2_affiliation` ENUM('DEMOCRAT', 'REPUBLICAN', 'LIBERTARIAN', 'INDEPENDENT', 'OTHER'),
  `passphrase` VARCHAR(1000),
  `signed_off_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `audit_board_jurisdiction_id_round_id_name_key` (`jurisdiction_id`, `round_id`, `name`),
  UNIQUE KEY `audit_board_passphrase_key` (`passphrase`),
  CONSTRAINT `audit_board_jurisdiction_id_fkey` FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdiction` (`id`) ON DELETE CASCADE,
  CONSTRAINT `audit_board_round_id_fkey` FOREIGN KEY (`round_id`) REFERENCES `round` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `tally_entry_user` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `jurisdiction_id` VARCHAR(200) NOT NULL,
  `member_1` VARCHAR(200),
  `member_1_affiliation` ENUM('DEMOCRAT', 'REPUBLICAN', 'LIBERTARIAN', 'INDEPENDENT', 'OTHER'),
  `member_2` VARCHAR(200),
  `member_2_affiliation` ENUM('DEMOCRAT', 'REPUBLICAN', 'LIBERTARIAN', 'INDEPENDENT', 'OTHER'),
  `login_code` VARCHAR(200),
  `login_confirmed_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tally_entry_user_jurisdiction_id_login_code_key` (`jurisdiction_id`, `login_code`),
  CONSTRAINT `tally_entry_user_jurisdiction_id_fkey` FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdiction` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `batch` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `jurisdiction_id` VARCHAR(200) NOT NULL,
  `container` VARCHAR(200),
  `tabulator` VARCHAR(200),
  `name` VARCHAR(200) NOT NULL,
  `num_ballots` INT NOT NULL,
  `has_cvrs` TINYINT(1),
  `combined_batch_name` VARCHAR(200),
  `required` TINYINT(1) NOT NULL DEFAULT 0,
  `last_edited_by_support_user_email` VARCHAR(200),
  `last_edited_by_user_id` VARCHAR(200),
  `last_edited_by_tally_entry_user_id` VARCHAR(200),
  PRIMARY KEY (`id`),
  UNIQUE KEY `batch_jurisdiction_id_tabulator_name_key` (`jurisdiction_id`, `tabulator`, `name`),
  CONSTRAINT `batch_jurisdiction_id_fkey` FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdiction` (`id`) ON DELETE CASCADE,
  CONSTRAINT `batch_last_edited_by_tally_entry_user_id_fkey` FOREIGN KEY (`last_edited_by_tally_entry_user_id`) REFERENCES `tally_entry_user` (`id`),
  CONSTRAINT `batch_last_edited_by_user_id_fkey` FOREIGN KEY (`last_edited_by_user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `sampled_ballot` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `batch_id` VARCHAR(200) NOT NULL,
  `ballot_position` INT NOT NULL,
  `audit_board_id` VARCHAR(200),
  `status` ENUM('NOT_AUDITED', 'AUDITED', 'NOT_FOUND') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sampled_ballot_batch_id_ballot_position_key` (`batch_id`, `ballot_position`),
  CONSTRAINT `sampled_ballot_audit_board_id_fkey` FOREIGN KEY (`audit_board_id`) REFERENCES `audit_board` (`id`) ON DELETE SET NULL,
  CONSTRAINT `sampled_ballot_batch_id_fkey` FOREIGN KEY (`batch_id`) REFERENCES `batch` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `contest` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `election_id` VARCHAR(200) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `is_targeted` TINYINT(1) NOT NULL,
  `total_ballots_cast` INT,
  `num_winners` INT,
  `votes_allowed` INT,
  `pending_ballots` INT,
  `is_subject_to_runoff` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `contest_election_id_fkey` FOREIGN KEY (`election_id`) REFERENCES `election` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ballot_interpretation` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `ballot_id` VARCHAR(200) NOT NULL,
  `contest_id` VARCHAR(200) NOT NULL,
  `interpretation` ENUM('BLANK', 'CANT_AGREE', 'CONTEST_NOT_ON_BALLOT', 'VOTE') NOT NULL,
  `comment` TEXT,
  `is_overvote` TINYINT(1) NOT NULL,
  `has_invalid_write_in` TINYINT(1) NOT NULL,
  PRIMARY KEY (`ballot_id`, `contest_id`),
  CONSTRAINT `ballot_interpretation_ballot_id_fkey` FOREIGN KEY (`ballot_id`) REFERENCES `sampled_ballot` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ballot_interpretation_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `contest_choice` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `contest_id` VARCHAR(200) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `num_votes` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contest_choice_id_contest_id_key` (`id`, `contest_id`),
  CONSTRAINT `contest_choice_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ballot_interpretation_contest_choice` (
  `ballot_id` VARCHAR(200) NOT NULL,
  `contest_id` VARCHAR(200) NOT NULL,
  `contest_choice_id` VARCHAR(200) NOT NULL,
  CONSTRAINT `ballot_interpretation_contest_choice_ballot_id_contest_id_fkey` FOREIGN KEY (`ballot_id`, `contest_id`) REFERENCES `ballot_interpretation` (`ballot_id`, `contest_id`) ON DELETE CASCADE,
  CONSTRAINT `ballot_interpretation_contest_choice_contest_choice_id__60bf` FOREIGN KEY (`contest_choice_id`, `contest_id`) REFERENCES `contest_choice` (`id`, `contest_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `batch_file_bundle` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `election_id` VARCHAR(200) NOT NULL,
  `bundle_type` VARCHAR(50) NOT NULL,
  `file_id` VARCHAR(200),
  PRIMARY KEY (`id`),
  UNIQUE KEY `batch_file_bundle_election_id_bundle_type_created_at_key` (`election_id`, `bundle_type`, `created_at`),
  CONSTRAINT `batch_file_bundle_election_id_fkey` FOREIGN KEY (`election_id`) REFERENCES `election` (`id`) ON DELETE CASCADE,
  CONSTRAINT `batch_file_bundle_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `batch_inventory_data` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `jurisdiction_id` VARCHAR(200) NOT NULL,
  `system_type` VARCHAR(200),
  `cvr_file_id` VARCHAR(200),
  `tabulator_status_file_id` VARCHAR(200),
  `election_results` JSON,
  `tabulator_id_to_name` JSON,
  `sign_off_user_id` VARCHAR(200),
  `signed_off_at` DATETIME(6),
  PRIMARY KEY (`jurisdiction_id`),
  CONSTRAINT `batch_inventory_data_cvr_file_id_fkey` FOREIGN KEY (`cvr_file_id`) REFERENCES `file` (`id`) ON DELETE SET NULL,
  CONSTRAINT `batch_inventory_data_jurisdiction_id_fkey` FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdiction` (`id`) ON DELETE CASCADE,
  CONSTRAINT `batch_inventory_data_sign_off_user_id_fkey` FOREIGN KEY (`sign_off_user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `batch_inventory_data_tabulator_status_file_id_fkey` FOREIGN KEY (`tabulator_status_file_id`) REFERENCES `file` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `batch_result_tally_sheet` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `batch_id` VARCHAR(200) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `batch_result_tally_sheet_batch_id_name_key` (`batch_id`, `name`),
  CONSTRAINT `batch_result_tally_sheet_batch_id_fkey` FOREIGN KEY (`batch_id`) REFERENCES `batch` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `batch_result` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `tally_sheet_id` VARCHAR(200) NOT NULL,
  `contest_choice_id` VARCHAR(200) NOT NULL,
  `result` INT NOT NULL,
  PRIMARY KEY (`tally_sheet_id`, `contest_choice_id`),
  CONSTRAINT `batch_result_contest_choice_id_fkey` FOREIGN KEY (`contest_choice_id`) REFERENCES `contest_choice` (`id`) ON DELETE CASCADE,
  CONSTRAINT `batch_result_tally_sheet_id_fkey` FOREIGN KEY (`tally_sheet_id`) REFERENCES `batch_result_tally_sheet` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `batch_results_finalized` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `jurisdiction_id` VARCHAR(200) NOT NULL,
  `round_id` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`jurisdiction_id`, `round_id`),
  CONSTRAINT `batch_results_finalized_jurisdiction_id_fkey` FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdiction` (`id`) ON DELETE CASCADE,
  CONSTRAINT `batch_results_finalized_round_id_fkey` FOREIGN KEY (`round_id`) REFERENCES `round` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `contest_jurisdiction` (
  `contest_id` VARCHAR(200) NOT NULL,
  `jurisdiction_id` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`contest_id`, `jurisdiction_id`),
  CONSTRAINT `contest_jurisdiction_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`) ON DELETE CASCADE,
  CONSTRAINT `contest_jurisdiction_jurisdiction_id_fkey` FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdiction` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `cvr_ballot` (
  `batch_id` VARCHAR(200) NOT NULL,
  `record_id` INT NOT NULL,
  `ballot_position` INT,
  `imprinted_id` VARCHAR(200) NOT NULL,
  `interpretations` TEXT NOT NULL,
  PRIMARY KEY (`batch_id`, `record_id`),
  UNIQUE KEY `cvr_ballot_batch_id_ballot_position_key` (`batch_id`, `ballot_position`),
  CONSTRAINT `cvr_ballot_batch_id_fkey` FOREIGN KEY (`batch_id`) REFERENCES `batch` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `full_hand_tally_batch_result` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `jurisdiction_id` VARCHAR(200) NOT NULL,
  `batch_name` VARCHAR(200) NOT NULL,
  `batch_type` VARCHAR(200) NOT NULL,
  `contest_choice_id` VARCHAR(200) NOT NULL,
  `result` INT NOT NULL,
  PRIMARY KEY (`jurisdiction_id`, `batch_name`, `contest_choice_id`),
  CONSTRAINT `full_hand_tally_batch_result_contest_choice_id_fkey` FOREIGN KEY (`contest_choice_id`) REFERENCES `contest_choice` (`id`) ON DELETE CASCADE,
  CONSTRAINT `full_hand_tally_batch_result_jurisdiction_id_fkey` FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdiction` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `jurisdiction_administration` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` VARCHAR(200) NOT NULL,
  `jurisdiction_id` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`user_id`, `jurisdiction_id`),
  CONSTRAINT `jurisdiction_administration_jurisdiction_id_fkey` FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdiction` (`id`) ON DELETE CASCADE,
  CONSTRAINT `jurisdiction_administration_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `jurisdiction_result` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `round_id` VARCHAR(200) NOT NULL,
  `contest_id` VARCHAR(200) NOT NULL,
  `jurisdiction_id` VARCHAR(200) NOT NULL,
  `contest_choice_id` VARCHAR(200) NOT NULL,
  `result` INT NOT NULL,
  PRIMARY KEY (`round_id`, `jurisdiction_id`, `contest_choice_id`),
  CONSTRAINT `jurisdiction_result_contest_choice_id_fkey` FOREIGN KEY (`contest_choice_id`) REFERENCES `contest_choice` (`id`) ON DELETE CASCADE,
  CONSTRAINT `jurisdiction_result_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`) ON DELETE CASCADE,
  CONSTRAINT `jurisdiction_result_contest_id_jurisdiction_id_fkey` FOREIGN KEY (`contest_id`, `jurisdiction_id`) REFERENCES `contest_jurisdiction` (`contest_id`, `jurisdiction_id`) ON DELETE CASCADE,
  CONSTRAINT `jurisdiction_result_jurisdiction_id_fkey` FOREIGN KEY (`jurisdiction_id`) REFERENCES `jurisdiction` (`id`) ON DELETE CASCADE,
  CONSTRAINT `jurisdiction_result_round_id_fkey` FOREIGN KEY (`round_id`) REFERENCES `round` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `round_contest` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `round_id` VARCHAR(200) NOT NULL,
  `contest_id` VARCHAR(200) NOT NULL,
  `end_p_value` DOUBLE,
  `is_complete` TINYINT(1),
  `sample_size` JSON,
  PRIMARY KEY (`round_id`, `contest_id`),
  CONSTRAINT `round_contest_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`) ON DELETE CASCADE,
  CONSTRAINT `round_contest_round_id_fkey` FOREIGN KEY (`round_id`) REFERENCES `round` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `round_contest_result` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `round_id` VARCHAR(200) NOT NULL,
  `contest_id` VARCHAR(200) NOT NULL,
  `contest_choice_id` VARCHAR(200) NOT NULL,
  `result` INT NOT NULL,
  PRIMARY KEY (`round_id`, `contest_choice_id`),
  CONSTRAINT `round_contest_result_contest_choice_id_fkey` FOREIGN KEY (`contest_choice_id`) REFERENCES `contest_choice` (`id`) ON DELETE CASCADE,
  CONSTRAINT `round_contest_result_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`) ON DELETE CASCADE,
  CONSTRAINT `round_contest_result_round_id_contest_id_fkey` FOREIGN KEY (`round_id`, `contest_id`) REFERENCES `round_contest` (`round_id`, `contest_id`) ON DELETE CASCADE,
  CONSTRAINT `round_contest_result_round_id_fkey` FOREIGN KEY (`round_id`) REFERENCES `round` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `sample_size_options` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `election_id` VARCHAR(200) NOT NULL,
  `round_num` INT NOT NULL,
  `task_id` VARCHAR(200),
  `sample_size_options` JSON,
  PRIMARY KEY (`election_id`, `round_num`),
  CONSTRAINT `sample_size_options_election_id_fkey` FOREIGN KEY (`election_id`) REFERENCES `election` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sample_size_options_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `background_task` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `sampled_ballot_draw` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `ballot_id` VARCHAR(200) NOT NULL,
  `round_id` VARCHAR(200) NOT NULL,
  `contest_id` VARCHAR(200) NOT NULL,
  `ticket_number` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`ballot_id`, `round_id`, `contest_id`, `ticket_number`),
  CONSTRAINT `sampled_ballot_draw_ballot_id_fkey` FOREIGN KEY (`ballot_id`) REFERENCES `sampled_ballot` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sampled_ballot_draw_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sampled_ballot_draw_round_id_fkey` FOREIGN KEY (`round_id`) REFERENCES `round` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `sampled_batch_draw` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `batch_id` VARCHAR(200) NOT NULL,
  `round_id` VARCHAR(200) NOT NULL,
  `contest_id` VARCHAR(200) NOT NULL,
  `ticket_number` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`batch_id`, `round_id`, `contest_id`, `ticket_number`),
  CONSTRAINT `sampled_batch_draw_batch_id_fkey` FOREIGN KEY (`batch_id`) REFERENCES `batch` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sampled_batch_draw_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sampled_batch_draw_round_id_fkey` FOREIGN KEY (`round_id`) REFERENCES `round` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `web_session` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` VARCHAR(200) NOT NULL,
  `data` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

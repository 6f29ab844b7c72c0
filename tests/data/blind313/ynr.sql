-- YourNextRepresentative (Democracy Club), github.com/DemocracyClub/yournextrepresentative commit 0d9dd49246ab65962361a7350bc59b35b69d1dd8 (AGPL-3.0).
-- Upstream's Django 5.2 migrations run into PostgreSQL 15 and the schema written as MySQL; see ynr.md.

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` VARCHAR(40) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popolo_organization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `start_date` VARCHAR(10),
  `end_date` VARCHAR(10),
  `name` VARCHAR(512) NOT NULL,
  `classification` VARCHAR(512) NOT NULL,
  `dissolution_date` VARCHAR(10),
  `founding_date` VARCHAR(10),
  `parent_id` INT,
  `description` TEXT NOT NULL,
  `image` VARCHAR(200),
  `summary` VARCHAR(1024) NOT NULL,
  `register` VARCHAR(512) NOT NULL,
  `slug` VARCHAR(256) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `popolo_organization_slug_122e0d20_uniq` (`slug`),
  CONSTRAINT `popolo_organization_parent_id_c51fae7c_fk_popolo_or` FOREIGN KEY (`parent_id`) REFERENCES `popolo_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `elections_election` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(128) NOT NULL,
  `for_post_role` VARCHAR(128) NOT NULL,
  `winner_membership_role` VARCHAR(128),
  `candidate_membership_role` VARCHAR(128) NOT NULL,
  `election_date` DATE NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `current` TINYINT(1) NOT NULL,
  `use_for_candidate_suggestions` TINYINT(1) NOT NULL,
  `description` VARCHAR(500) NOT NULL,
  `party_lists_in_use` TINYINT(1) NOT NULL,
  `default_party_list_members_to_show` SMALLINT NOT NULL,
  `show_official_documents` TINYINT(1) NOT NULL,
  `ocd_division` VARCHAR(250) NOT NULL,
  `organization_id` INT,
  `people_elected_per_post` SMALLINT NOT NULL,
  `modgov_url` VARCHAR(200),
  `created` DATETIME(6) NOT NULL,
  `ee_modified` DATETIME(6),
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `elections_election_slug_5b9fba9f_uniq` (`slug`),
  CONSTRAINT `elections_election_organization_id_7068f1d9_fk_popolo_or` FOREIGN KEY (`organization_id`) REFERENCES `popolo_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidates_partyset` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(256) NOT NULL,
  `name` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `candidates_partyset_slug_3f2bd455_uniq` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popolo_post` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `start_date` VARCHAR(10),
  `end_date` VARCHAR(10),
  `label` VARCHAR(512) NOT NULL,
  `role` VARCHAR(512) NOT NULL,
  `organization_id` INT NOT NULL,
  `other_label` VARCHAR(512),
  `group` VARCHAR(1024) NOT NULL,
  `party_set_id` INT,
  `slug` VARCHAR(256) NOT NULL,
  `identifier` VARCHAR(100),
  `territory_code` VARCHAR(10) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `ee_modified` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `popolo_post_slug_organization_id_start_date_70e1493f_uniq` (`slug`, `organization_id`, `start_date`),
  CONSTRAINT `popolo_post_organization_id_637312fa_fk_popolo_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `popolo_organization` (`id`),
  CONSTRAINT `popolo_post_party_set_id_717f322d_fk_candidates_partyset_id` FOREIGN KEY (`party_set_id`) REFERENCES `candidates_partyset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidates_ballot` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `winner_count` SMALLINT NOT NULL,
  `election_id` INT NOT NULL,
  `candidates_locked` TINYINT(1) NOT NULL,
  `ballot_paper_id` VARCHAR(255) NOT NULL,
  `post_id` INT NOT NULL,
  `cancelled` TINYINT(1) NOT NULL,
  `replaces_id` INT,
  `tags` JSON NOT NULL,
  `voting_system` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `ee_modified` DATETIME(6),
  `by_election_reason` VARCHAR(40) NOT NULL,
  `close_of_nominations` DATE,
  `sopn_publish_deadline` DATE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `candidates_ballot_replaces_id_key` (`replaces_id`),
  UNIQUE KEY `candidates_postextraelection_ballot_paper_id_e63aba98_uniq` (`ballot_paper_id`),
  CONSTRAINT `candidates_ballot_replaces_id_9163c75f_fk_candidates_ballot_id` FOREIGN KEY (`replaces_id`) REFERENCES `candidates_ballot` (`id`),
  CONSTRAINT `candidates_postextra_election_id_08075db6_fk_elections` FOREIGN KEY (`election_id`) REFERENCES `elections_election` (`id`),
  CONSTRAINT `candidates_postextraelection_post_id_ded36b3c_fk_popolo_post_id` FOREIGN KEY (`post_id`) REFERENCES `popolo_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bulk_adding_rawpeople` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `source` VARCHAR(512) NOT NULL,
  `ballot_id` INT NOT NULL,
  `source_type` VARCHAR(255) NOT NULL,
  `textract_data` JSON NOT NULL,
  `reconciled_data` JSON NOT NULL,
  `claimed_at` DATETIME(6),
  `claimed_by_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bulk_adding_rawpeople_ballot_id_key` (`ballot_id`),
  CONSTRAINT `bulk_adding_rawpeopl_ballot_id_f9599ced_fk_candidate` FOREIGN KEY (`ballot_id`) REFERENCES `candidates_ballot` (`id`),
  CONSTRAINT `bulk_adding_rawpeople_claimed_by_id_326c42a3_fk_auth_user_id` FOREIGN KEY (`claimed_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cached_counts_electionreport` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `election_type` VARCHAR(20) NOT NULL,
  `election_date` DATE NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cached_counts_electionre_election_type_election_d_5d763d95_uniq` (`election_type`, `election_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_person` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(512) NOT NULL,
  `family_name` VARCHAR(128) NOT NULL,
  `given_name` VARCHAR(128) NOT NULL,
  `additional_name` VARCHAR(128) NOT NULL,
  `honorific_prefix` VARCHAR(128) NOT NULL,
  `honorific_suffix` VARCHAR(128) NOT NULL,
  `patronymic_name` VARCHAR(128) NOT NULL,
  `sort_name` VARCHAR(128) NOT NULL,
  `gender` VARCHAR(128) NOT NULL,
  `birth_date` VARCHAR(4) NOT NULL,
  `death_date` VARCHAR(20) NOT NULL,
  `summary` VARCHAR(1024) NOT NULL,
  `biography` TEXT NOT NULL,
  `national_identity` VARCHAR(128),
  `favourite_biscuit` VARCHAR(255),
  `edit_limitations` VARCHAR(100) NOT NULL,
  `versions` JSON NOT NULL,
  `name_search_vector` TEXT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `delisted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidates_loggedaction` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_type` VARCHAR(64) NOT NULL,
  `popit_person_new_version` VARCHAR(32) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `ip_address` VARCHAR(50),
  `source` TEXT NOT NULL,
  `user_id` INT,
  `person_id` INT,
  `post_id` INT,
  `ballot_id` INT,
  `flagged_reason` VARCHAR(255) NOT NULL,
  `flagged_type` VARCHAR(100) NOT NULL,
  `edit_type` VARCHAR(20) NOT NULL,
  `approved` JSON,
  `person_pk` INT,
  `version_fields` JSON,
  `election_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `candidates_loggedact_ballot_id_74b04196_fk_candidate` FOREIGN KEY (`ballot_id`) REFERENCES `candidates_ballot` (`id`),
  CONSTRAINT `candidates_loggedact_election_id_e44e953a_fk_elections` FOREIGN KEY (`election_id`) REFERENCES `elections_election` (`id`),
  CONSTRAINT `candidates_loggedaction_person_id_49374107_fk_people_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`id`),
  CONSTRAINT `candidates_loggedaction_post_id_f17705aa_fk_popolo_post_id` FOREIGN KEY (`post_id`) REFERENCES `popolo_post` (`id`),
  CONSTRAINT `candidates_loggedaction_user_id_69f1f15b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidates_partyset_parties` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `partyset_id` INT NOT NULL,
  `organization_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `candidates_partyset_part_partyset_id_organization_35d4a3c6_uniq` (`partyset_id`, `organization_id`),
  CONSTRAINT `candidates_partyset__organization_id_4e121427_fk_popolo_or` FOREIGN KEY (`organization_id`) REFERENCES `popolo_organization` (`id`),
  CONSTRAINT `candidates_partyset__partyset_id_b43f74d9_fk_candidate` FOREIGN KEY (`partyset_id`) REFERENCES `candidates_partyset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `candidates_personredirect` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `old_person_id` INT NOT NULL,
  `new_person_id` INT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_exports_csvdownloadlog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `query_params` JSON NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `data_exports_csvdownloadlog_user_id_6b62d516_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_exports_csvdownloadreason` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `usage_reason` TEXT NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `data_exports_csvdownloadreason_user_id_666cf6b7_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_q_schedule` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `func` VARCHAR(256) NOT NULL,
  `hook` VARCHAR(256),
  `args` TEXT,
  `kwargs` TEXT,
  `schedule_type` VARCHAR(2) NOT NULL,
  `repeats` INT NOT NULL,
  `next_run` DATETIME(6),
  `task` VARCHAR(100),
  `name` VARCHAR(100),
  `minutes` SMALLINT,
  `cron` VARCHAR(100),
  `cluster` VARCHAR(100),
  `intended_date_kwarg` VARCHAR(100),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(100) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `duplicates_duplicatesuggestion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `other_person_id` INT NOT NULL,
  `person_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `status` VARCHAR(100) NOT NULL,
  `status_changed` DATETIME(6) NOT NULL,
  `rejection_reasoning` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `duplicates_duplicatesugg_person_id_other_person_i_229d66a0_uniq` (`person_id`, `other_person_id`),
  CONSTRAINT `duplicates_duplicate_other_person_id_b7676f4c_fk_people_pe` FOREIGN KEY (`other_person_id`) REFERENCES `people_person` (`id`),
  CONSTRAINT `duplicates_duplicate_person_id_d0d2ad37_fk_people_pe` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`id`),
  CONSTRAINT `duplicates_duplicatesuggestion_user_id_2241ada2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `facebook_data_facebookadvert` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ad_id` VARCHAR(500) NOT NULL,
  `ad_json` JSON NOT NULL,
  `person_id` INT NOT NULL,
  `associated_url` VARCHAR(800) NOT NULL,
  `image` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `facebook_data_facebo_person_id_187d6de8_fk_people_pe` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frontend_sitebanner` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `message` TEXT NOT NULL,
  `published` TINYINT(1) NOT NULL,
  `show_until` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parties_party` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `ec_id` VARCHAR(25) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `register` VARCHAR(2),
  `status` VARCHAR(255) NOT NULL,
  `date_registered` DATE NOT NULL,
  `date_deregistered` DATE,
  `legacy_slug` VARCHAR(256) NOT NULL,
  `current_candidates` SMALLINT NOT NULL,
  `total_candidates` INT NOT NULL,
  `alternative_name` VARCHAR(255),
  `ec_data` JSON NOT NULL,
  `nations` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parties_party_ec_id_bab64011_uniq` (`ec_id`),
  UNIQUE KEY `parties_party_legacy_slug_1d1cb954_uniq` (`legacy_slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_personidentifier` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `value` VARCHAR(800) NOT NULL,
  `internal_identifier` VARCHAR(768),
  `value_type` VARCHAR(100) NOT NULL,
  `extra_data` JSON NOT NULL,
  `person_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_personidentifier_person_id_internal_ident_f91af997_uniq` (`person_id`, `internal_identifier`, `value_type`),
  UNIQUE KEY `people_personidentifier_person_id_value_type_3e2d2651_uniq` (`person_id`, `value_type`),
  CONSTRAINT `people_personidentifier_person_id_e2ddfc5e_fk_people_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `parties_partydescription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `description` VARCHAR(800) NOT NULL,
  `date_description_approved` DATE,
  `party_id` INT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `pseudo_description` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `parties_partydescription_party_id_0540996d_fk_parties_party_id` FOREIGN KEY (`party_id`) REFERENCES `parties_party` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popolo_membership` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `start_date` VARCHAR(10),
  `end_date` VARCHAR(10),
  `label` VARCHAR(512) NOT NULL,
  `role` VARCHAR(512) NOT NULL,
  `person_id` INT NOT NULL,
  `post_id` INT,
  `elected` TINYINT(1),
  `party_list_position` SMALLINT,
  `ballot_id` INT NOT NULL,
  `party_id` INT,
  `party_description_id` INT,
  `party_description_text` VARCHAR(800) NOT NULL,
  `party_name` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `deselected` TINYINT(1),
  `deselected_source` VARCHAR(200),
  `sopn_first_names` VARCHAR(512) NOT NULL,
  `sopn_last_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `popolo_membership_person_id_post_election_id_7cc5f6ef_uniq` (`person_id`, `ballot_id`),
  CONSTRAINT `popolo_membership_ballot_id_a2586cbe_fk_candidates_ballot_id` FOREIGN KEY (`ballot_id`) REFERENCES `candidates_ballot` (`id`),
  CONSTRAINT `popolo_membership_party_description_id_2279df95_fk_parties_p` FOREIGN KEY (`party_description_id`) REFERENCES `parties_partydescription` (`id`),
  CONSTRAINT `popolo_membership_party_id_86e4e4aa_fk_parties_party_id` FOREIGN KEY (`party_id`) REFERENCES `parties_party` (`id`),
  CONSTRAINT `popolo_membership_person_id_d4c4746d_fk_people_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`id`),
  CONSTRAINT `popolo_membership_post_id_0b1f37f2_fk_popolo_post_id` FOREIGN KEY (`post_id`) REFERENCES `popolo_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderation_queue_queuedimage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `decision` VARCHAR(32) NOT NULL,
  `justification_for_use` TEXT NOT NULL,
  `image` VARCHAR(512) NOT NULL,
  `user_id` INT,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `why_allowed` VARCHAR(64) NOT NULL,
  `crop_max_x` INT,
  `crop_max_y` INT,
  `crop_min_x` INT,
  `crop_min_y` INT,
  `face_detection_tried` TINYINT(1) NOT NULL,
  `person_id` INT,
  `detection_metadata` TEXT NOT NULL,
  `rotation_tried` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `moderation_queue_que_person_id_2ded1098_fk_people_pe` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`id`),
  CONSTRAINT `moderation_queue_queuedimage_user_id_dcd27e57_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderation_queue_suggestedpostlock` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `justification` TEXT NOT NULL,
  `user_id` INT NOT NULL,
  `ballot_id` INT NOT NULL,
  `ballot_hash` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `moderation_queue_sug_ballot_id_ee5a4187_fk_candidate` FOREIGN KEY (`ballot_id`) REFERENCES `candidates_ballot` (`id`),
  CONSTRAINT `moderation_queue_sug_user_id_d5d2756d_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `official_documents_electionsopn` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `uploaded_file` VARCHAR(1200) NOT NULL,
  `source_url` VARCHAR(1200) NOT NULL,
  `election_id` INT NOT NULL,
  `page_matching_method` VARCHAR(255),
  `replacement_reason` VARCHAR(255) NOT NULL,
  `blank_pages` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `official_documents_e_election_id_3caa1eff_fk_elections` FOREIGN KEY (`election_id`) REFERENCES `elections_election` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `official_documents_ballotsopn` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `uploaded_file` VARCHAR(1200) NOT NULL,
  `source_url` VARCHAR(1200) NOT NULL,
  `ballot_id` INT NOT NULL,
  `relevant_pages` VARCHAR(20) NOT NULL,
  `replacement_reason` VARCHAR(255) NOT NULL,
  `election_sopn_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `official_documents_ballotsopn_ballot_id_key` (`ballot_id`),
  CONSTRAINT `official_documents_b_ballot_id_46159da0_fk_candidate` FOREIGN KEY (`ballot_id`) REFERENCES `candidates_ballot` (`id`),
  CONSTRAINT `official_documents_b_election_sopn_id_1519fbbe_fk_official_` FOREIGN KEY (`election_sopn_id`) REFERENCES `official_documents_electionsopn` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `official_documents_ballotsopnhistory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `uploaded_file` VARCHAR(1200) NOT NULL,
  `source_url` VARCHAR(1200) NOT NULL,
  `ballot_id` INT NOT NULL,
  `relevant_pages` VARCHAR(20) NOT NULL,
  `replacement_reason` VARCHAR(255) NOT NULL,
  `election_sopn_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `official_documents_b_ballot_id_cc59901b_fk_candidate` FOREIGN KEY (`ballot_id`) REFERENCES `candidates_ballot` (`id`),
  CONSTRAINT `official_documents_b_election_sopn_id_ca6751da_fk_official_` FOREIGN KEY (`election_sopn_id`) REFERENCES `official_documents_electionsopn` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `official_documents_officialdocument` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `uploaded_file` VARCHAR(800) NOT NULL,
  `source_url` VARCHAR(1000) NOT NULL,
  `document_type` VARCHAR(100) NOT NULL,
  `ballot_id` INT NOT NULL,
  `relevant_pages` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `official_documents_o_ballot_id_e3be6493_fk_candidate` FOREIGN KEY (`ballot_id`) REFERENCES `candidates_ballot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parties_partyemblem` (
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `ec_emblem_id` INT NOT NULL,
  `image` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `date_approved` DATE,
  `default` TINYINT(1) NOT NULL,
  `party_id` INT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`ec_emblem_id`),
  CONSTRAINT `parties_partyemblem_party_id_43d84502_fk_parties_party_id` FOREIGN KEY (`party_id`) REFERENCES `parties_party` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_genderguess` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `gender` VARCHAR(1) NOT NULL,
  `person_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_genderguess_person_id_key` (`person_id`),
  CONSTRAINT `people_genderguess_person_id_60615712_fk_people_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_person_not_standing` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `person_id` INT NOT NULL,
  `election_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_person_not_standing_person_id_election_id_5c2973dd_uniq` (`person_id`, `election_id`),
  CONSTRAINT `people_person_not_st_election_id_7dbae400_fk_elections` FOREIGN KEY (`election_id`) REFERENCES `elections_election` (`id`),
  CONSTRAINT `people_person_not_st_person_id_268d3dee_fk_people_pe` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_personimage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `image` VARCHAR(512) NOT NULL,
  `source` VARCHAR(400) NOT NULL,
  `copyright` VARCHAR(64) NOT NULL,
  `user_notes` TEXT NOT NULL,
  `md5sum` VARCHAR(32) NOT NULL,
  `user_copyright` VARCHAR(128) NOT NULL,
  `notes` TEXT NOT NULL,
  `person_id` INT NOT NULL,
  `uploading_user_id` INT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_personimage_person_id_9c043193_uniq` (`person_id`),
  CONSTRAINT `people_personimage_person_id_9c043193_fk_people_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`id`),
  CONSTRAINT `people_personimage_uploading_user_id_7e7d5445_fk_auth_user_id` FOREIGN KEY (`uploading_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_personnamesynonym` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `term` TEXT NOT NULL,
  `synonym` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popolo_contactdetail` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` INT,
  `start_date` VARCHAR(10),
  `end_date` VARCHAR(10),
  `label` VARCHAR(512) NOT NULL,
  `contact_type` VARCHAR(12) NOT NULL,
  `value` VARCHAR(512) NOT NULL,
  `note` VARCHAR(512) NOT NULL,
  `content_type_id` INT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `popolo_contactdetail_content_type_id_8e0c96c2_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popolo_identifier` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` INT,
  `identifier` VARCHAR(512) NOT NULL,
  `scheme` VARCHAR(128) NOT NULL,
  `content_type_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `popolo_identifier_content_type_id_5a3ae22d_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popolo_language` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dbpedia_resource` VARCHAR(255) NOT NULL,
  `iso639_1_code` VARCHAR(2) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `popolo_language_dbpedia_resource_key` (`dbpedia_resource`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popolo_membership_previous_party_affiliations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `membership_id` INT NOT NULL,
  `party_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `popolo_membership_previo_membership_id_party_id_df1161a9_uniq` (`membership_id`, `party_id`),
  CONSTRAINT `popolo_membership_pr_membership_id_ce313f51_fk_popolo_me` FOREIGN KEY (`membership_id`) REFERENCES `popolo_membership` (`id`),
  CONSTRAINT `popolo_membership_pr_party_id_eea0fb3f_fk_parties_p` FOREIGN KEY (`party_id`) REFERENCES `parties_party` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popolo_othername` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` INT,
  `start_date` VARCHAR(10),
  `end_date` VARCHAR(10),
  `name` VARCHAR(512) NOT NULL,
  `note` VARCHAR(1024) NOT NULL,
  `content_type_id` INT,
  `needs_review` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `popolo_othername_name_object_id_content_type_id_6d90c235_uniq` (`name`, `object_id`, `content_type_id`),
  CONSTRAINT `popolo_othername_content_type_id_b97d5046_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popolo_postidentifier` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `identifier` VARCHAR(256) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `post_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `popolo_postidentifier_post_id_ad69c118_fk_popolo_post_id` FOREIGN KEY (`post_id`) REFERENCES `popolo_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `popolo_source` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` INT,
  `url` VARCHAR(200) NOT NULL,
  `note` VARCHAR(512) NOT NULL,
  `content_type_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `popolo_source_content_type_id_8d89c54e_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `results_resultevent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `old_post_id` VARCHAR(256) NOT NULL,
  `source` VARCHAR(2000) NOT NULL,
  `user_id` INT,
  `parlparse_id` VARCHAR(256),
  `old_post_name` VARCHAR(1024),
  `winner_id` INT NOT NULL,
  `election_id` INT,
  `post_id` INT,
  `retraction` TINYINT(1) NOT NULL,
  `winner_party_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `results_resultevent_election_id_990ee81d_fk_elections` FOREIGN KEY (`election_id`) REFERENCES `elections_election` (`id`),
  CONSTRAINT `results_resultevent_post_id_d7631d33_fk_popolo_post_id` FOREIGN KEY (`post_id`) REFERENCES `popolo_post` (`id`),
  CONSTRAINT `results_resultevent_user_id_a0cec535_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `results_resultevent_winner_id_1bb17b33_fk_people_person_id` FOREIGN KEY (`winner_id`) REFERENCES `people_person` (`id`),
  CONSTRAINT `results_resultevent_winner_party_id_a4a4b4b8_fk_parties_p` FOREIGN KEY (`winner_party_id`) REFERENCES `parties_party` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sopn_parsing_awstextractparsedsopn` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `raw_data` TEXT NOT NULL,
  `raw_data_type` VARCHAR(255) NOT NULL,
  `parsed_data` TEXT,
  `status` VARCHAR(255) NOT NULL,
  `official_document_id` INT,
  `job_id` VARCHAR(100) NOT NULL,
  `sopn_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sopn_parsing_awstextractparsedsopn_sopn_id_key` (`official_document_id`),
  UNIQUE KEY `sopn_parsing_awstextractparsedsopn_sopn_id_key1` (`sopn_id`),
  CONSTRAINT `sopn_parsing_awstext_official_document_id_d292d341_fk_official_` FOREIGN KEY (`official_document_id`) REFERENCES `official_documents_officialdocument` (`id`),
  CONSTRAINT `sopn_parsing_awstext_sopn_id_11df9987_fk_official_` FOREIGN KEY (`sopn_id`) REFERENCES `official_documents_ballotsopn` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sopn_parsing_awstextractparsedsopnimage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `image` VARCHAR(100) NOT NULL,
  `parsed_sopn_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sopn_parsing_awstext_parsed_sopn_id_f26a5fe5_fk_sopn_pars` FOREIGN KEY (`parsed_sopn_id`) REFERENCES `sopn_parsing_awstextractparsedsopn` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sopn_parsing_camelotparsedsopn` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `raw_data` TEXT NOT NULL,
  `raw_data_type` VARCHAR(255) NOT NULL,
  `parsed_data` TEXT,
  `status` VARCHAR(255) NOT NULL,
  `official_document_id` INT,
  `sopn_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sopn_parsing_camelotparsedsopn_sopn_id_key` (`sopn_id`),
  UNIQUE KEY `sopn_parsing_parsedsopn_sopn_id_key` (`official_document_id`),
  CONSTRAINT `sopn_parsing_camelot_official_document_id_d59684ed_fk_official_` FOREIGN KEY (`official_document_id`) REFERENCES `official_documents_officialdocument` (`id`),
  CONSTRAINT `sopn_parsing_camelot_sopn_id_d3e4e8fd_fk_official_` FOREIGN KEY (`sopn_id`) REFERENCES `official_documents_ballotsopn` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uk_results_resultset` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `num_turnout_reported` INT,
  `num_spoilt_ballots` INT,
  `source` TEXT,
  `ip_address` VARCHAR(39),
  `user_id` INT,
  `ballot_id` INT NOT NULL,
  `versions` JSON NOT NULL,
  `total_electorate` INT,
  `turnout_percentage` DECIMAL(5,2),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_results_resultset_post_election_id_753d76db_uniq` (`ballot_id`),
  CONSTRAINT `uk_results_resultset_ballot_id_6eb93859_fk_candidates_ballot_id` FOREIGN KEY (`ballot_id`) REFERENCES `candidates_ballot` (`id`),
  CONSTRAINT `uk_results_resultset_user_id_8e0ae2a6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uk_results_candidateresult` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `num_ballots` INT NOT NULL,
  `result_set_id` INT NOT NULL,
  `membership_id` INT NOT NULL,
  `tied_vote_winner` TINYINT(1) NOT NULL,
  `rank` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_results_candidateresu_result_set_id_membership_83333715_uniq` (`result_set_id`, `membership_id`),
  UNIQUE KEY `uk_results_candidateresult_membership_id_8133eec3_uniq` (`membership_id`),
  CONSTRAINT `uk_results_candidate_membership_id_8133eec3_fk_popolo_me` FOREIGN KEY (`membership_id`) REFERENCES `popolo_membership` (`id`),
  CONSTRAINT `uk_results_candidate_result_set_id_47efe51b_fk_uk_result` FOREIGN KEY (`result_set_id`) REFERENCES `uk_results_resultset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uk_results_suggestedwinner` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `is_elected` TINYINT(1) NOT NULL,
  `membership_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `uk_results_suggested_membership_id_e6bc9456_fk_popolo_me` FOREIGN KEY (`membership_id`) REFERENCES `popolo_membership` (`id`),
  CONSTRAINT `uk_results_suggestedwinner_user_id_0d79d260_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wombles_wombleprofile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `wombles_wombleprofile_user_id_key` (`user_id`),
  CONSTRAINT `wombles_wombleprofile_user_id_12a5007a_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wombles_wombletags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wombles_wombleprofile_tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `wombleprofile_id` INT NOT NULL,
  `wombletags_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `wombles_wombleprofile_ta_wombleprofile_id_womblet_616dfde3_uniq` (`wombleprofile_id`, `wombletags_id`),
  CONSTRAINT `wombles_wombleprofil_wombleprofile_id_e4220b3d_fk_wombles_w` FOREIGN KEY (`wombleprofile_id`) REFERENCES `wombles_wombleprofile` (`id`),
  CONSTRAINT `wombles_wombleprofil_wombletags_id_263f2961_fk_wombles_w` FOREIGN KEY (`wombletags_id`) REFERENCES `wombles_wombletags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

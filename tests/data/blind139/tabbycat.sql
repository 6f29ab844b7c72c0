-- Tabbycat (TabbycatDebate/tabbycat, commit 59c4d5fcda86e474be9454ea97873ca85207adf8, AGPL-3.0)
-- Django models of tabbycat/*/models.py written as MySQL DDL (DEFAULT_AUTO_FIELD = AutoField, PostgreSQL upstream).
-- Multi-table inheritance: participants_person is the parent of coach, speaker and adjudicator (person_ptr_id);
-- checkins_identifier is a django-polymorphic parent (polymorphic_ctype_id) of checkins_personidentifier.
-- PostgreSQL arrays (ChoiceArrayField / ArrayField) are written as text; CharField without max_length as text.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
);

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
);

CREATE TABLE `tournaments_tournament` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `short_name` varchar(25) NOT NULL,
  `seq` int DEFAULT NULL,
  `slug` varchar(50) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
);

CREATE TABLE `tournaments_round` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tournament_id` int NOT NULL,
  `seq` int unsigned NOT NULL,
  `completed` tinyint(1) NOT NULL,
  `name` varchar(40) NOT NULL,
  `abbreviation` varchar(10) NOT NULL,
  `stage` varchar(1) NOT NULL,
  `draw_type` varchar(1) NOT NULL,
  `break_category_id` int DEFAULT NULL,
  `draw_status` varchar(1) NOT NULL,
  `feedback_weight` double NOT NULL,
  `silent` tinyint(1) NOT NULL,
  `motions_released` tinyint(1) NOT NULL,
  `starts_at` datetime(6) DEFAULT NULL,
  `weight` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`)
);

CREATE TABLE `tournaments_scheduleevent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tournament_id` int NOT NULL,
  `title` varchar(100) NOT NULL,
  `type` varchar(1) NOT NULL,
  `start_time` datetime(6) NOT NULL,
  `end_time` datetime(6) DEFAULT NULL,
  `round_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`),
  FOREIGN KEY (`round_id`) REFERENCES `tournaments_round` (`id`)
);

CREATE TABLE `users_userpermission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission` varchar(50) NOT NULL,
  `tournament_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`)
);

CREATE TABLE `users_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `tournament_id` int NOT NULL,
  `permissions` text NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`)
);

CREATE TABLE `users_membership` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `users_group` (`id`)
);

CREATE TABLE `participants_region` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `participants_institution` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `code` varchar(20) NOT NULL,
  `region_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `participants_region` (`id`)
);

CREATE TABLE `participants_tournamentinstitution` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tournament_id` int NOT NULL,
  `institution_id` int NOT NULL,
  `teams_requested` int unsigned NOT NULL,
  `teams_allocated` int unsigned NOT NULL,
  `adjudicators_requested` int unsigned NOT NULL,
  `adjudicators_allocated` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`),
  FOREIGN KEY (`institution_id`) REFERENCES `participants_institution` (`id`)
);

CREATE TABLE `participants_speakercategory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tournament_id` int NOT NULL,
  `name` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `seq` int NOT NULL,
  `limit` int NOT NULL,
  `public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`)
);

CREATE TABLE `participants_person` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(70) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `phone` varchar(40) NOT NULL,
  `anonymous` tinyint(1) NOT NULL,
  `code_name` varchar(25) NOT NULL,
  `url_key` varchar(24) DEFAULT NULL,
  `gender` varchar(1) NOT NULL,
  `pronoun` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `url_key` (`url_key`)
);

CREATE TABLE `participants_coach` (
  `person_ptr_id` int NOT NULL,
  `tournament_institution_id` int NOT NULL,
  PRIMARY KEY (`person_ptr_id`),
  FOREIGN KEY (`person_ptr_id`) REFERENCES `participants_person` (`id`),
  FOREIGN KEY (`tournament_institution_id`) REFERENCES `participants_tournamentinstitution` (`id`)
);

CREATE TABLE `participants_team` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reference` varchar(150) NOT NULL,
  `short_reference` varchar(35) NOT NULL,
  `code_name` varchar(150) NOT NULL,
  `short_name` varchar(56) NOT NULL,
  `long_name` varchar(251) NOT NULL,
  `institution_id` int DEFAULT NULL,
  `tournament_id` int NOT NULL,
  `use_institution_prefix` tinyint(1) NOT NULL,
  `seed` int unsigned DEFAULT NULL,
  `type` varchar(1) NOT NULL,
  `emoji` varchar(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`institution_id`) REFERENCES `participants_institution` (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`)
);

CREATE TABLE `participants_speaker` (
  `person_ptr_id` int NOT NULL,
  `team_id` int NOT NULL,
  PRIMARY KEY (`person_ptr_id`),
  FOREIGN KEY (`person_ptr_id`) REFERENCES `participants_person` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `participants_team` (`id`)
);

CREATE TABLE `participants_speaker_categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `speaker_id` int NOT NULL,
  `speakercategory_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`speaker_id`) REFERENCES `participants_speaker` (`person_ptr_id`),
  FOREIGN KEY (`speakercategory_id`) REFERENCES `participants_speakercategory` (`id`)
);

CREATE TABLE `participants_adjudicator` (
  `person_ptr_id` int NOT NULL,
  `institution_id` int DEFAULT NULL,
  `tournament_id` int DEFAULT NULL,
  `base_score` double NOT NULL,
  `trainee` tinyint(1) NOT NULL,
  `breaking` tinyint(1) NOT NULL,
  `independent` tinyint(1) NOT NULL,
  `adj_core` tinyint(1) NOT NULL,
  PRIMARY KEY (`person_ptr_id`),
  FOREIGN KEY (`person_ptr_id`) REFERENCES `participants_person` (`id`),
  FOREIGN KEY (`institution_id`) REFERENCES `participants_institution` (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`)
);

CREATE TABLE `venues_venue` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `priority` int NOT NULL,
  `tournament_id` int DEFAULT NULL,
  `url` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`)
);

CREATE TABLE `draw_debate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `round_id` int NOT NULL,
  `venue_id` int DEFAULT NULL,
  `bracket` double NOT NULL,
  `room_rank` int NOT NULL,
  `importance` int NOT NULL,
  `result_status` varchar(1) NOT NULL,
  `sides_confirmed` tinyint(1) NOT NULL,
  `flags` text NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`round_id`) REFERENCES `tournaments_round` (`id`),
  FOREIGN KEY (`venue_id`) REFERENCES `venues_venue` (`id`)
);

CREATE TABLE `draw_debateteam` (
  `id` int NOT NULL AUTO_INCREMENT,
  `debate_id` int NOT NULL,
  `team_id` int NOT NULL,
  `side` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`debate_id`) REFERENCES `draw_debate` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `participants_team` (`id`)
);

CREATE TABLE `adjallocation_debateadjudicator` (
  `id` int NOT NULL AUTO_INCREMENT,
  `debate_id` int NOT NULL,
  `adjudicator_id` int NOT NULL,
  `type` varchar(2) NOT NULL,
  `timing_confirmed` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`debate_id`) REFERENCES `draw_debate` (`id`),
  FOREIGN KEY (`adjudicator_id`) REFERENCES `participants_adjudicator` (`person_ptr_id`)
);

CREATE TABLE `adjallocation_adjudicatorteamconflict` (
  `id` int NOT NULL AUTO_INCREMENT,
  `adjudicator_id` int NOT NULL,
  `team_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`adjudicator_id`) REFERENCES `participants_adjudicator` (`person_ptr_id`),
  FOREIGN KEY (`team_id`) REFERENCES `participants_team` (`id`)
);

CREATE TABLE `adjallocation_adjudicatoradjudicatorconflict` (
  `id` int NOT NULL AUTO_INCREMENT,
  `adjudicator1_id` int NOT NULL,
  `adjudicator2_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`adjudicator1_id`) REFERENCES `participants_adjudicator` (`person_ptr_id`),
  FOREIGN KEY (`adjudicator2_id`) REFERENCES `participants_adjudicator` (`person_ptr_id`)
);

CREATE TABLE `adjallocation_adjudicatorinstitutionconflict` (
  `id` int NOT NULL AUTO_INCREMENT,
  `adjudicator_id` int NOT NULL,
  `institution_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`adjudicator_id`) REFERENCES `participants_adjudicator` (`person_ptr_id`),
  FOREIGN KEY (`institution_id`) REFERENCES `participants_institution` (`id`)
);

CREATE TABLE `adjfeedback_adjudicatorbasescorehistory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `adjudicator_id` int NOT NULL,
  `round_id` int DEFAULT NULL,
  `score` double NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`adjudicator_id`) REFERENCES `participants_adjudicator` (`person_ptr_id`),
  FOREIGN KEY (`round_id`) REFERENCES `tournaments_round` (`id`)
);

CREATE TABLE `adjfeedback_adjudicatorfeedback` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `version` int unsigned NOT NULL,
  `submitter_type` varchar(1) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `private_url` tinyint(1) NOT NULL,
  `participant_submitter_id` int DEFAULT NULL,
  `submitter_id` int DEFAULT NULL,
  `confirmer_id` int DEFAULT NULL,
  `confirm_timestamp` datetime(6) DEFAULT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `adjudicator_id` int NOT NULL,
  `score` double NOT NULL,
  `source_adjudicator_id` int DEFAULT NULL,
  `source_team_id` int DEFAULT NULL,
  `ignored` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`participant_submitter_id`) REFERENCES `participants_person` (`id`),
  FOREIGN KEY (`submitter_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`confirmer_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`adjudicator_id`) REFERENCES `participants_adjudicator` (`person_ptr_id`),
  FOREIGN KEY (`source_adjudicator_id`) REFERENCES `adjallocation_debateadjudicator` (`id`),
  FOREIGN KEY (`source_team_id`) REFERENCES `draw_debateteam` (`id`)
);

CREATE TABLE `registration_question` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tournament_id` int NOT NULL,
  `for_content_type_id` int NOT NULL,
  `seq` int NOT NULL,
  `text` varchar(255) NOT NULL,
  `help_text` text NOT NULL,
  `name` varchar(30) NOT NULL,
  `answer_type` varchar(2) NOT NULL,
  `required` tinyint(1) NOT NULL,
  `min_value` double DEFAULT NULL,
  `max_value` double DEFAULT NULL,
  `choices` text NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`),
  FOREIGN KEY (`for_content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `registration_answer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_type_id` int NOT NULL,
  `object_id` int unsigned NOT NULL,
  `question_id` int NOT NULL,
  `answer` longtext NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`question_id`) REFERENCES `registration_question` (`id`)
);

CREATE TABLE `checkins_identifier` (
  `id` int NOT NULL AUTO_INCREMENT,
  `polymorphic_ctype_id` int DEFAULT NULL,
  `barcode` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `barcode` (`barcode`),
  FOREIGN KEY (`polymorphic_ctype_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `checkins_personidentifier` (
  `identifier_ptr_id` int NOT NULL,
  `person_id` int NOT NULL,
  PRIMARY KEY (`identifier_ptr_id`),
  UNIQUE KEY `person_id` (`person_id`),
  FOREIGN KEY (`identifier_ptr_id`) REFERENCES `checkins_identifier` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `participants_person` (`id`)
);

CREATE TABLE `checkins_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `identifier_id` int NOT NULL,
  `time` datetime(6) NOT NULL,
  `tournament_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`identifier_id`) REFERENCES `checkins_identifier` (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`)
);

CREATE TABLE `notifications_sentmessage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_id` varchar(254) DEFAULT NULL,
  `hook_id` varchar(16) DEFAULT NULL,
  `recipient_id` int DEFAULT NULL,
  `method` varchar(1) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `context` json DEFAULT NULL,
  `notification_id` int NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `message_id` (`message_id`),
  UNIQUE KEY `hook_id` (`hook_id`),
  FOREIGN KEY (`recipient_id`) REFERENCES `participants_person` (`id`),
  FOREIGN KEY (`notification_id`) REFERENCES `notifications_bulknotification` (`id`)
);

CREATE TABLE `notifications_bulknotification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `event` varchar(20) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `tournament_id` int NOT NULL,
  `round_id` int DEFAULT NULL,
  `subject_template` longtext DEFAULT NULL,
  `body_template` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`),
  FOREIGN KEY (`round_id`) REFERENCES `tournaments_round` (`id`)
);

CREATE TABLE `notifications_emailstatus` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email_id` int NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `event` varchar(20) NOT NULL,
  `data` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`email_id`) REFERENCES `notifications_sentmessage` (`id`)
);

CREATE TABLE `actionlog_actionlogentry` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(10) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `user_id` int DEFAULT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `tournament_id` int DEFAULT NULL,
  `round_id` int DEFAULT NULL,
  `content_type_id` int DEFAULT NULL,
  `object_id` int unsigned DEFAULT NULL,
  `agent` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`tournament_id`) REFERENCES `tournaments_tournament` (`id`),
  FOREIGN KEY (`round_id`) REFERENCES `tournaments_round` (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `availability_roundavailability` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_type_id` int NOT NULL,
  `object_id` int unsigned NOT NULL,
  `round_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`round_id`) REFERENCES `tournaments_round` (`id`)
);

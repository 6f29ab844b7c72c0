-- PikaTimer (race timing application: races, waves, splits, participants, chip reads, results, awards).
-- Source: github.com/PikaTimer/PikaTimer, commit ed690e4d1572088cbaba3e8c2cc8a7523a23194c (GPL-3.0, LICENSE),
-- the Flyway migrations src/db/migration/V1__base.sql, V1_5__updates.sql, V1_6__updates.sql, V1_6_1__CourseRecords.sql
-- and V1_6_2__SexGroups.sql (H2 SQL) replayed in order: V1_5 drops and re-creates participant_attributes, the
-- ALTER TABLE ... ADD (...) columns are appended at the end of their tables as H2 does. Identifiers as written there;
-- H2 types written for MySQL: varchar (no length in H2) -> varchar(255), numeric -> decimal(19,4), int, bigint and
-- boolean kept. Primary keys and the one UNIQUE as upstream; upstream declares no foreign keys.

CREATE TABLE `event` (
  `id` int NOT NULL,
  `event_name` varchar(255),
  `event_date` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `event_options` (
  `event_id` int
);

CREATE TABLE `event_options_attributes` (
  `event_id` int,
  `index_id` int,
  `attribute` varchar(255),
  `value` varchar(255)
);

CREATE TABLE `race` (
  `race_id` int NOT NULL,
  `race_name` varchar(255),
  `race_distance` decimal(19,4),
  `race_dist_unit` varchar(255),
  `race_bib_start` varchar(255),
  `race_bib_end` varchar(255),
  `race_cutoff` bigint,
  `race_relay` boolean,
  `uuid` varchar(255),
  PRIMARY KEY (`race_id`)
);

CREATE TABLE `race_attributes` (
  `race_id` int,
  `index_id` int,
  `attribute` varchar(255),
  `value` varchar(255)
);

CREATE TABLE `race_waves` (
  `wave_id` int NOT NULL,
  `race_id` int,
  `wave_name` varchar(255),
  `wave_start_time` varchar(255),
  `wave_max_start_time` bigint,
  `wave_assignment_method` varchar(255),
  `wave_assignment_attr1` varchar(255),
  `wave_assignment_attr2` varchar(255),
  PRIMARY KEY (`wave_id`)
);

CREATE TABLE `race_awards` (
  `race_id` int
);

CREATE TABLE `race_awards_attributes` (
  `race_id` int,
  `index_id` int,
  `attribute` varchar(255),
  `value` varchar(255)
);

CREATE TABLE `race_age_groups` (
  `race_id` int,
  `ag_increment` int,
  `masters_start` int,
  `ag_start` int,
  `null_to_zero` boolean,
  `custom_increments` boolean,
  `custom_names` boolean
);

CREATE TABLE `race_participants` (
  `race_id` int,
  `participant_id` int
);

CREATE TABLE `race_split` (
  `split_id` int NOT NULL,
  `race_id` int,
  `timing_loc_id` int,
  `split_seq_number` int,
  `split_distance` decimal(19,4),
  `split_dist_unit` varchar(255),
  `split_pace_unit` varchar(255),
  `split_name` varchar(255),
  `short_name` varchar(255),
  `min_time` bigint,
  `cutoff_time` bigint,
  `ignore_time` boolean,
  `mandatory` boolean,
  `CUTOFF_ABSOLUTE` boolean,
  PRIMARY KEY (`split_id`)
);

CREATE TABLE `race_segment` (
  `segment_id` int NOT NULL,
  `race_id` int,
  `start_split_id` int,
  `end_split_id` int,
  `segment_name` varchar(255),
  `pace_unit` varchar(255),
  `hidden` boolean,
  `use_custom_pace` boolean,
  PRIMARY KEY (`segment_id`)
);

CREATE TABLE `participant` (
  `participant_id` int NOT NULL,
  `uuid` varchar(255),
  `first_name` varchar(255),
  `middle_name` varchar(255),
  `last_name` varchar(255),
  `age` int,
  `birthday` varchar(255),
  `bib_number` varchar(255),
  `sex` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `zip` varchar(255),
  `country` varchar(255),
  `team_id` int,
  `email` varchar(255),
  `status` varchar(255),
  `note` varchar(255),
  `reg_id` varchar(255),
  PRIMARY KEY (`participant_id`)
);

CREATE TABLE `timing_location` (
  `timing_location_id` int NOT NULL,
  `timing_location_name` varchar(255),
  `filterStartDuration` bigint,
  `filterEndDuration` bigint,
  `AUTO_ASSIGN_TO_RACE_ID` int,
  `announcer` boolean,
  PRIMARY KEY (`timing_location_id`)
);

CREATE TABLE `bib2chip` (
  `bib2chip_id` int,
  `custom_map` boolean
);

CREATE TABLE `bib2chipmap` (
  `bib2chip_id` int,
  `bib` varchar(255),
  `chip` varchar(255),
  UNIQUE KEY `chip` (`chip`)
);

CREATE TABLE `part2wave` (
  `index_id` int,
  `participant_id` int,
  `wave_id` int
);

CREATE TABLE `timing_location_input` (
  `id` int NOT NULL,
  `timing_location_id` int,
  `input_name` varchar(255),
  `timing_location_type` varchar(255),
  `skew` boolean,
  `time_skew` bigint,
  `backup` boolean,
  `announcer` boolean,
  PRIMARY KEY (`id`)
);

CREATE TABLE `timing_location_input_attributes` (
  `index_id` int,
  `tli_id` int,
  `attribute` varchar(255),
  `value` varchar(255)
);

CREATE TABLE `raw_timing_data` (
  `id` int,
  `timing_loc_input_id` int,
  `chip_id` varchar(255),
  `raw_time` bigint,
  `ignore_time` boolean
);

CREATE TABLE `cooked_timing_data` (
  `id` int,
  `timing_loc_id` int,
  `timing_loc_input_id` int,
  `raw_time_id` int,
  `raw_chip_id` varchar(255),
  `bib_id` varchar(255),
  `cooked_time` bigint,
  `backup_time` boolean,
  `ignore_time` boolean
);

CREATE TABLE `results` (
  `result_id` int,
  `race_id` int,
  `bib` varchar(255),
  `waveStart` bigint,
  `partStart` bigint,
  `partFinish` bigint
);

CREATE TABLE `split_results` (
  `result_id` int,
  `split_id` int,
  `split_time` bigint
);

CREATE TABLE `overrides` (
  `override_id` int,
  `bib` varchar(255),
  `split_id` int,
  `override_time` bigint,
  `relative_to_start` boolean,
  `type` varchar(255),
  `note` varchar(255)
);

CREATE TABLE `race_outputs` (
  `id` int NOT NULL,
  `uuid` varchar(255),
  `race_id` int,
  `output_type` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `race_output_attributes` (
  `id` int,
  `output_id` int,
  `attribute` varchar(255),
  `value` varchar(255)
);

CREATE TABLE `race_output_targets` (
  `id` int NOT NULL,
  `uuid` varchar(255),
  `output_id` int,
  `remote_target_id` int,
  `output_filename` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `report_destinations` (
  `id` int NOT NULL,
  `uuid` varchar(255),
  `target_name` varchar(255),
  `protocol` varchar(255),
  `server` varchar(255),
  `base_path` varchar(255),
  `username` varchar(255),
  `password` varchar(255),
  `private_key` varchar(255),
  `remote_cert` varchar(255),
  `permit_any` boolean,
  `stripAccents` boolean,
  PRIMARY KEY (`id`)
);

CREATE TABLE `custom_participant_attributes` (
  `id` int,
  `attribute_name` varchar(255),
  `attribute_type` varchar(255),
  `UUID` varchar(255)
);

CREATE TABLE `custom_participant_attributes_values` (
  `id` int,
  `value` varchar(255)
);

CREATE TABLE `participant_attributes` (
  `participant_id` int,
  `attribute_id` int,
  `attribute_value` varchar(255)
);

CREATE TABLE `race_age_group_increments` (
  `ag_id` int,
  `increment_start` int,
  `increment_name` varchar(255)
);

CREATE TABLE `race_award_categories` (
  `id` int,
  `uuid` varchar(255),
  `race_id` int,
  `category_name` varchar(255),
  `category_priority` int,
  `award_type` varchar(255),
  `depth_type` varchar(255),
  `category_depth` int,
  `masters_age` int,
  `pull` boolean,
  `chip` boolean,
  `timing_point_type` varchar(255),
  `timing_point_value` int,
  `filter` boolean,
  `subdivide` boolean,
  `skew` boolean,
  `skew_type` varchar(255),
  `skew_attribute` int,
  `visible` boolean,
  `visible_overall` boolean
);

CREATE TABLE `race_award_category_depths` (
  `ac_id` int,
  `start` int,
  `depth` int
);

CREATE TABLE `race_award_category_filters` (
  `ac_id` int,
  `attribute` varchar(255),
  `comparison_type` varchar(255),
  `reference_value` varchar(255)
);

CREATE TABLE `race_award_category_subdivide_list` (
  `ac_id` int,
  `attribute` varchar(255)
);

CREATE TABLE `course_records` (
  `id` int,
  `race_id` int,
  `seg_id` int,
  `time` bigint,
  `category` varchar(255),
  `sex` varchar(255),
  `age` varchar(255),
  `name` varchar(255),
  `note` varchar(255),
  `year` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `country` varchar(255)
);

CREATE TABLE `race_sex_groups` (
  `race_id` int,
  `handling_method` varchar(255)
);

CREATE TABLE `race_sex_group_code_map` (
  `race_id` int,
  `code` varchar(255),
  `display` varchar(255)
);

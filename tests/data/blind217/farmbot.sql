-- FarmBot Web App — the cloud service of the FarmBot open-source farming robot (user accounts, the device each
-- account owns and its settings, garden points and plants, sequences, regimens, farm events, device logs, sensor
-- readings, telemetry, images, alerts, JWT issuances, AI feedback, published sequences).
-- Upstream: github.com/FarmBot/Farmbot-Web-App, db/structure.sql (Rails PostgreSQL structure dump),
-- commit 08cf4fb2518ee1596d42700c9461211c5517c7ef, licence MIT.
-- The PostgreSQL dump written as MySQL DDL by a script: character varying(n) -> varchar(n) (no limit -> varchar(255)),
-- integer -> int, bigint, boolean -> tinyint(1), timestamp [without time zone] -> datetime (timestamp(6) ->
-- datetime(6)), double precision -> double, numeric -> decimal(65,30), text, hstore -> text; nextval() keys ->
-- AUTO_INCREMENT; literal defaults kept, function defaults dropped. All 53 tables, all columns in upstream order.
-- Primary keys, unique indexes and foreign keys as upstream; upstream's 21 foreign keys from a bigint column to an
-- int key (PostgreSQL accepts them, MySQL does not) are left out; the four views and non-unique indexes are left out.

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime NOT NULL,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  CONSTRAINT `fk_rails_993965df05` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_feedbacks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `prompt` varchar(500),
  `reaction` varchar(25),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `model` varchar(30),
  `temperature` varchar(5),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `problem_tag` varchar(255) NOT NULL,
  `priority` int NOT NULL DEFAULT 100,
  `slug` varchar(255) NOT NULL,
  `device_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ar_internal_metadata` (
  `key` varchar(255) NOT NULL,
  `value` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `arg_names` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `arg_sets` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `fragment_id` bigint NOT NULL,
  `node_id` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `curves` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint NOT NULL,
  `name` varchar(80) NOT NULL,
  `type` varchar(10) NOT NULL,
  `data` varchar(500) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delayed_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL DEFAULT 0,
  `attempts` int NOT NULL DEFAULT 0,
  `handler` text NOT NULL,
  `last_error` text,
  `run_at` datetime,
  `locked_at` datetime,
  `failed_at` datetime,
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT 'FarmBot',
  `max_log_count` int DEFAULT 1000,
  `max_images_count` int DEFAULT 450,
  `timezone` varchar(280),
  `last_saw_api` datetime,
  `fbos_version` varchar(17),
  `throttled_until` datetime,
  `throttled_at` datetime,
  `mounted_tool_id` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  `serial_number` varchar(32),
  `mqtt_rate_limit_email_sent_at` datetime,
  `ota_hour` int DEFAULT 3,
  `first_saw_api` datetime,
  `ota_hour_utc` int,
  `last_watchdog` datetime,
  `last_ota_attempt_at` datetime,
  `fb_order_number` varchar(255),
  `setup_completed_at` datetime,
  `lat` decimal(65,30),
  `lng` decimal(65,30),
  `indoor` tinyint(1) DEFAULT 0,
  `rpi` varchar(3),
  `max_log_age_in_days` int DEFAULT 0,
  `max_sequence_count` int DEFAULT 0,
  `max_sequence_length` int DEFAULT 0,
  `account_seeded_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `edge_nodes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `sequence_id` bigint NOT NULL,
  `primary_node_id` bigint NOT NULL,
  `kind` varchar(50),
  `value` varchar(3000),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `farm_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `device_id` int,
  `start_time` datetime,
  `end_time` datetime,
  `repeat` int,
  `time_unit` varchar(255),
  `executable_type` varchar(280),
  `executable_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `farm_events_device_id_fk` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `farmware_envs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `key` varchar(100),
  `value` varchar(1000),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `farmware_installations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `package` varchar(80),
  `package_error` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fbos_configs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `disable_factory_reset` tinyint(1) DEFAULT 1,
  `firmware_input_log` tinyint(1) DEFAULT 0,
  `firmware_output_log` tinyint(1) DEFAULT 0,
  `sequence_body_log` tinyint(1) DEFAULT 0,
  `sequence_complete_log` tinyint(1) DEFAULT 0,
  `sequence_init_log` tinyint(1) DEFAULT 0,
  `network_not_found_timer` int,
  `firmware_hardware` varchar(255),
  `os_auto_update` tinyint(1) DEFAULT 1,
  `arduino_debug_messages` tinyint(1) DEFAULT 0,
  `firmware_path` varchar(255),
  `firmware_debug_log` tinyint(1) DEFAULT 0,
  `update_channel` varchar(7) DEFAULT 'stable',
  `boot_sequence_id` int,
  `safe_height` int DEFAULT 0,
  `soil_height` int DEFAULT '-500',
  `gantry_height` int DEFAULT 0,
  `default_axis_order` varchar(10) DEFAULT 'xy,z;high',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `firmware_configs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `encoder_enabled_x` int DEFAULT 1,
  `encoder_enabled_y` int DEFAULT 1,
  `encoder_enabled_z` int DEFAULT 1,
  `encoder_invert_x` int DEFAULT 0,
  `encoder_invert_y` int DEFAULT 0,
  `encoder_invert_z` int DEFAULT 0,
  `encoder_missed_steps_decay_x` int DEFAULT 5,
  `encoder_missed_steps_decay_y` int DEFAULT 5,
  `encoder_missed_steps_decay_z` int DEFAULT 5,
  `encoder_missed_steps_max_x` int DEFAULT 5,
  `encoder_missed_steps_max_y` int DEFAULT 5,
  `encoder_missed_steps_max_z` int DEFAULT 5,
  `encoder_scaling_x` int DEFAULT 5556,
  `encoder_scaling_y` int DEFAULT 5556,
  `encoder_scaling_z` int DEFAULT 5556,
  `encoder_type_x` int DEFAULT 0,
  `encoder_type_y` int DEFAULT 0,
  `encoder_type_z` int DEFAULT 0,
  `encoder_use_for_pos_x` int DEFAULT 0,
  `encoder_use_for_pos_y` int DEFAULT 0,
  `encoder_use_for_pos_z` int DEFAULT 0,
  `movement_axis_nr_steps_x` int DEFAULT 0,
  `movement_axis_nr_steps_y` int DEFAULT 0,
  `movement_axis_nr_steps_z` int DEFAULT 0,
  `movement_enable_endpoints_x` int DEFAULT 0,
  `movement_enable_endpoints_y` int DEFAULT 0,
  `movement_enable_endpoints_z` int DEFAULT 0,
  `movement_home_at_boot_x` int DEFAULT 0,
  `movement_home_at_boot_y` int DEFAULT 0,
  `movement_home_at_boot_z` int DEFAULT 0,
  `movement_home_spd_x` int DEFAULT 400,
  `movement_home_spd_y` int DEFAULT 400,
  `movement_home_spd_z` int DEFAULT 400,
  `movement_home_up_x` int DEFAULT 0,
  `movement_home_up_y` int DEFAULT 0,
  `movement_home_up_z` int DEFAULT 1,
  `movement_invert_endpoints_x` int DEFAULT 0,
  `movement_invert_endpoints_y` int DEFAULT 0,
  `movement_invert_endpoints_z` int DEFAULT 0,
  `movement_invert_motor_x` int DEFAULT 0,
  `movement_invert_motor_y` int DEFAULT 0,
  `movement_invert_motor_z` int DEFAULT 0,
  `movement_keep_active_x` int DEFAULT 0,
  `movement_keep_active_y` int DEFAULT 0,
  `movement_keep_active_z` int DEFAULT 1,
  `movement_max_spd_x` int DEFAULT 400,
  `movement_max_spd_y` int DEFAULT 400,
  `movement_max_spd_z` int DEFAULT 400,
  `movement_min_spd_x` int DEFAULT 50,
  `movement_min_spd_y` int DEFAULT 50,
  `movement_min_spd_z` int DEFAULT 50,
  `movement_secondary_motor_invert_x` int DEFAULT 1,
  `movement_secondary_motor_x` int DEFAULT 1,
  `movement_step_per_mm_x` double DEFAULT 5,
  `movement_step_per_mm_y` double DEFAULT 5,
  `movement_step_per_mm_z` double DEFAULT 25,
  `movement_steps_acc_dec_x` int DEFAULT 300,
  `movement_steps_acc_dec_y` int DEFAULT 300,
  `movement_steps_acc_dec_z` int DEFAULT 300,
  `movement_stop_at_home_x` int DEFAULT 1,
  `movement_stop_at_home_y` int DEFAULT 1,
  `movement_stop_at_home_z` int DEFAULT 1,
  `movement_stop_at_max_x` int DEFAULT 1,
  `movement_stop_at_max_y` int DEFAULT 1,
  `movement_stop_at_max_z` int DEFAULT 1,
  `movement_timeout_x` int DEFAULT 180,
  `movement_timeout_y` int DEFAULT 180,
  `movement_timeout_z` int DEFAULT 180,
  `param_config_ok` int DEFAULT 0,
  `param_e_stop_on_mov_err` int DEFAULT 0,
  `param_mov_nr_retry` int DEFAULT 3,
  `param_test` int DEFAULT 0,
  `param_use_eeprom` int DEFAULT 1,
  `param_version` int DEFAULT 1,
  `pin_guard_1_active_state` int DEFAULT 1,
  `pin_guard_1_pin_nr` int DEFAULT 0,
  `pin_guard_1_time_out` int DEFAULT 60,
  `pin_guard_2_active_state` int DEFAULT 1,
  `pin_guard_2_pin_nr` int DEFAULT 0,
  `pin_guard_2_time_out` int DEFAULT 60,
  `pin_guard_3_active_state` int DEFAULT 1,
  `pin_guard_3_pin_nr` int DEFAULT 0,
  `pin_guard_3_time_out` int DEFAULT 60,
  `pin_guard_4_active_state` int DEFAULT 1,
  `pin_guard_4_pin_nr` int DEFAULT 0,
  `pin_guard_4_time_out` int DEFAULT 60,
  `pin_guard_5_active_state` int DEFAULT 1,
  `pin_guard_5_pin_nr` int DEFAULT 0,
  `pin_guard_5_time_out` int DEFAULT 60,
  `movement_invert_2_endpoints_x` int DEFAULT 0,
  `movement_invert_2_endpoints_y` int DEFAULT 0,
  `movement_invert_2_endpoints_z` int DEFAULT 0,
  `movement_microsteps_x` int DEFAULT 1,
  `movement_microsteps_y` int DEFAULT 1,
  `movement_microsteps_z` int DEFAULT 1,
  `movement_motor_current_x` int DEFAULT 1823,
  `movement_motor_current_y` int DEFAULT 1823,
  `movement_motor_current_z` int DEFAULT 1823,
  `movement_stall_sensitivity_x` int DEFAULT 63,
  `movement_stall_sensitivity_y` int DEFAULT 63,
  `movement_stall_sensitivity_z` int DEFAULT 63,
  `movement_min_spd_z2` int DEFAULT 50,
  `movement_max_spd_z2` int DEFAULT 400,
  `movement_steps_acc_dec_z2` int DEFAULT 300,
  `movement_calibration_retry_x` int DEFAULT 1,
  `movement_calibration_retry_y` int DEFAULT 1,
  `movement_calibration_retry_z` int DEFAULT 1,
  `movement_calibration_deadzone_x` int DEFAULT 250,
  `movement_calibration_deadzone_y` int DEFAULT 250,
  `movement_calibration_deadzone_z` int DEFAULT 250,
  `movement_axis_stealth_x` int DEFAULT 1,
  `movement_axis_stealth_y` int DEFAULT 1,
  `movement_axis_stealth_z` int DEFAULT 1,
  `movement_calibration_retry_total_x` int DEFAULT 10,
  `movement_calibration_retry_total_y` int DEFAULT 10,
  `movement_calibration_retry_total_z` int DEFAULT 10,
  `pin_report_1_pin_nr` int DEFAULT 0,
  `pin_report_2_pin_nr` int DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `color` varchar(20) NOT NULL,
  `name` varchar(40) NOT NULL,
  `parent_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fragments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `device_id` bigint,
  `owner_type` varchar(255) NOT NULL,
  `owner_id` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_bulletins` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `href` varchar(255),
  `href_label` varchar(255),
  `slug` varchar(255),
  `title` varchar(255),
  `type` varchar(255),
  `content` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_configs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `value` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `images` (
  `id` int NOT NULL AUTO_INCREMENT,
  `device_id` int,
  `meta` text,
  `attachment_processed_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `attachment_file_name` varchar(255),
  `attachment_content_type` varchar(255),
  `attachment_file_size` int,
  `attachment_updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sequences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `device_id` int,
  `name` varchar(255) NOT NULL,
  `color` varchar(255),
  `updated_at` datetime,
  `created_at` datetime,
  `folder_id` bigint,
  `pinned` tinyint(1) DEFAULT 0,
  `description` text,
  `forked` tinyint(1) DEFAULT 0,
  `sequence_version_id` bigint,
  `copyright` varchar(1500),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tools` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(280),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `device_id` int,
  `flow_rate_ml_per_s` int DEFAULT 0,
  `seeder_tip_z_offset` double DEFAULT 80.0,
  PRIMARY KEY (`id`),
  CONSTRAINT `tools_device_id_fk` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kinds` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message` text,
  `meta` text,
  `channels` varchar(280),
  `device_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `type` varchar(10) DEFAULT 'info',
  `major_version` int,
  `minor_version` int,
  `verbosity` int DEFAULT 1,
  `x` double,
  `y` double,
  `z` double,
  `sent_at` datetime,
  `patch_version` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `logs_device_id_fk` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nodes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `fragment_id` bigint NOT NULL,
  `kind_id` bigint NOT NULL,
  `body_id` int,
  `next_id` int,
  `parent_id` int,
  `comment` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `peripherals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `device_id` int,
  `pin` int,
  `label` varchar(280),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `mode` int DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_fdaad0007f` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pin_bindings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `pin_num` int,
  `sequence_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `special_action` enum('dump_info','emergency_lock','emergency_unlock','power_off','read_status','reboot','sync','take_photo'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `point_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `device_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `sort_type` varchar(20) DEFAULT 'xy_ascending',
  `criteria` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `primary_nodes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `sequence_id` bigint NOT NULL,
  `kind` varchar(50),
  `child_id` bigint,
  `parent_id` bigint,
  `parent_arg_name` varchar(50),
  `next_id` bigint,
  `body_id` bigint,
  `comment` varchar(240),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `primitive_pairs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `fragment_id` bigint NOT NULL,
  `arg_name_id` bigint NOT NULL,
  `arg_set_id` bigint NOT NULL,
  `primitive_id` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `primitives` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `fragment_id` bigint NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regimen_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `time_offset` bigint,
  `regimen_id` int,
  `sequence_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regimens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `color` varchar(255),
  `name` varchar(280),
  `device_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `releases` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `image_url` varchar(255),
  `version` varchar(255),
  `platform` varchar(255),
  `channel` varchar(255),
  `dot_img_url` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saved_gardens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `device_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `notes` varchar(1500),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scene_objects` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `name` varchar(80) NOT NULL,
  `texture` varchar(80) NOT NULL,
  `shape` varchar(80) NOT NULL,
  `color` varchar(80) NOT NULL,
  `x_origin` varchar(80) NOT NULL,
  `y_origin` varchar(80) NOT NULL,
  `z_origin` varchar(80) NOT NULL,
  `x_center` int NOT NULL,
  `y_center` int NOT NULL,
  `z_base` int NOT NULL,
  `x_size` int NOT NULL,
  `y_size` int NOT NULL,
  `z_size` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `show` tinyint(1) NOT NULL DEFAULT 1,
  `rotation` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schema_migrations` (
  `version` varchar(255) NOT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sensor_readings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `x` double,
  `y` double,
  `z` double,
  `value` int,
  `pin` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `mode` int DEFAULT 0,
  `read_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sensors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `pin` int,
  `label` varchar(255),
  `mode` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sequence_publications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `cached_author_email` varchar(255) NOT NULL,
  `author_device_id` int NOT NULL,
  `author_sequence_id` int NOT NULL,
  `published` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sequence_versions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sequence_publication_id` bigint NOT NULL,
  `description` text,
  `name` varchar(255) NOT NULL,
  `color` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `copyright` varchar(1500),
  `withdrawn_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `standard_pairs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `fragment_id` bigint NOT NULL,
  `arg_name_id` bigint NOT NULL,
  `arg_set_id` bigint NOT NULL,
  `node_id` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `telemetries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `soc_temp` int,
  `wifi_level_percent` int,
  `uptime` int,
  `memory_usage` int,
  `disk_usage` int,
  `cpu_usage` int,
  `throttled` varchar(10),
  `target` varchar(10),
  `fbos_version` varchar(20),
  `firmware_hardware` varchar(20),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_issuances` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint NOT NULL,
  `exp` int NOT NULL,
  `jti` varchar(45) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `aud` varchar(8) DEFAULT 'unknown',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `device_id` int NOT NULL,
  `name` varchar(255),
  `email` varchar(280) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `confirmed_at` datetime,
  `confirmation_token` varchar(255),
  `agreed_to_terms_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `inactivity_warning_sent_at` datetime,
  `language` varchar(100) DEFAULT 'English',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  CONSTRAINT `users_device_id_fk` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `web_app_configs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `confirm_step_deletion` tinyint(1) DEFAULT 0,
  `disable_animations` tinyint(1) DEFAULT 0,
  `disable_i18n` tinyint(1) DEFAULT 0,
  `display_trail` tinyint(1) DEFAULT 1,
  `dynamic_map` tinyint(1) DEFAULT 0,
  `encoder_figure` tinyint(1) DEFAULT 0,
  `hide_webcam_widget` tinyint(1) DEFAULT 0,
  `legend_menu_open` tinyint(1) DEFAULT 1,
  `raw_encoders` tinyint(1) DEFAULT 0,
  `scaled_encoders` tinyint(1) DEFAULT 0,
  `show_spread` tinyint(1) DEFAULT 1,
  `show_farmbot` tinyint(1) DEFAULT 1,
  `show_plants` tinyint(1) DEFAULT 1,
  `show_points` tinyint(1) DEFAULT 1,
  `x_axis_inverted` tinyint(1) DEFAULT 0,
  `y_axis_inverted` tinyint(1) DEFAULT 0,
  `z_axis_inverted` tinyint(1) DEFAULT 0,
  `bot_origin_quadrant` int DEFAULT 2,
  `zoom_level` int DEFAULT '-2',
  `success_log` int DEFAULT 1,
  `busy_log` int DEFAULT 1,
  `warn_log` int DEFAULT 1,
  `error_log` int DEFAULT 1,
  `info_log` int DEFAULT 1,
  `fun_log` int DEFAULT 1,
  `debug_log` int DEFAULT 1,
  `stub_config` tinyint(1) DEFAULT 0,
  `show_first_party_farmware` tinyint(1) DEFAULT 0,
  `enable_browser_speak` tinyint(1) DEFAULT 0,
  `show_images` tinyint(1) DEFAULT 1,
  `photo_filter_begin` varchar(255),
  `photo_filter_end` varchar(255),
  `discard_unsaved` tinyint(1) DEFAULT 0,
  `xy_swap` tinyint(1) DEFAULT 0,
  `home_button_homing` tinyint(1) DEFAULT 1,
  `show_motor_plot` tinyint(1) DEFAULT 0,
  `show_historic_points` tinyint(1) DEFAULT 0,
  `show_sensor_readings` tinyint(1) DEFAULT 0,
  `show_dev_menu` tinyint(1) DEFAULT 0,
  `internal_use` text,
  `time_format_24_hour` tinyint(1) DEFAULT 0,
  `show_pins` tinyint(1) DEFAULT 0,
  `disable_emergency_unlock_confirmation` tinyint(1) DEFAULT 1,
  `map_size_x` int DEFAULT 2900,
  `map_size_y` int DEFAULT 1230,
  `expand_step_options` tinyint(1) DEFAULT 0,
  `hide_sensors` tinyint(1) DEFAULT 0,
  `confirm_plant_deletion` tinyint(1) DEFAULT 1,
  `confirm_sequence_deletion` tinyint(1) DEFAULT 1,
  `discard_unsaved_sequences` tinyint(1) DEFAULT 0,
  `user_interface_read_only_mode` tinyint(1) DEFAULT 0,
  `assertion_log` int DEFAULT 1,
  `show_zones` tinyint(1) DEFAULT 0,
  `show_weeds` tinyint(1) DEFAULT 1,
  `display_map_missed_steps` tinyint(1) DEFAULT 0,
  `time_format_seconds` tinyint(1) DEFAULT 0,
  `crop_images` tinyint(1) DEFAULT 1,
  `show_camera_view_area` tinyint(1) DEFAULT 1,
  `view_celery_script` tinyint(1) DEFAULT 0,
  `highlight_modified_settings` tinyint(1) DEFAULT 1,
  `show_advanced_settings` tinyint(1) DEFAULT 0,
  `show_soil_interpolation_map` tinyint(1) DEFAULT 0,
  `show_moisture_interpolation_map` tinyint(1) DEFAULT 0,
  `clip_image_layer` tinyint(1) DEFAULT 1,
  `beep_verbosity` int DEFAULT 0,
  `landing_page` varchar(100) DEFAULT 'plants',
  `go_button_axes` varchar(3) NOT NULL DEFAULT 'XY',
  `show_uncropped_camera_view_area` tinyint(1) DEFAULT 0,
  `default_plant_depth` int DEFAULT 5,
  `show_missed_step_plot` tinyint(1) DEFAULT 0,
  `enable_3d_electronics_box_top` tinyint(1) DEFAULT 1,
  `three_d_garden` tinyint(1) DEFAULT 1,
  `dark_mode` tinyint(1) DEFAULT 1,
  `top_down_view` tinyint(1) DEFAULT 0,
  `viewpoint_heading` int DEFAULT 30,
  `show_scene_objects` tinyint(1) DEFAULT 1,
  `show_controls_overlay` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webcam_feeds` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_id` bigint,
  `url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(80) DEFAULT 'Webcam Feed',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wizard_step_results` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `device_id` bigint NOT NULL,
  `slug` varchar(255) NOT NULL,
  `answer` tinyint(1),
  `outcome` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_rails_c3b3935057` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `points` (
  `id` int NOT NULL AUTO_INCREMENT,
  `radius` double NOT NULL DEFAULT 25.0,
  `x` double NOT NULL,
  `y` double NOT NULL,
  `z` double NOT NULL DEFAULT 0.0,
  `device_id` int NOT NULL,
  `meta` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT 'untitled',
  `pointer_type` varchar(280) NOT NULL,
  `planted_at` datetime,
  `openfarm_slug` varchar(280) NOT NULL DEFAULT '50',
  `plant_stage` varchar(10) DEFAULT 'planned',
  `tool_id` int,
  `pullout_direction` int DEFAULT 0,
  `discarded_at` datetime,
  `gantry_mounted` tinyint(1) DEFAULT 0,
  `depth` int DEFAULT 0,
  `water_curve_id` int,
  `spread_curve_id` int,
  `height_curve_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_points_on_device_id_and_tool_id` (`device_id`, `tool_id`),
  CONSTRAINT `fk_rails_a62cbb8aca` FOREIGN KEY (`tool_id`) REFERENCES `tools` (`id`),
  CONSTRAINT `fk_rails_d6f3cdbe9a` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plant_templates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `saved_garden_id` bigint NOT NULL,
  `device_id` bigint NOT NULL,
  `radius` double NOT NULL DEFAULT 25.0,
  `x` double NOT NULL,
  `y` double NOT NULL,
  `z` double NOT NULL DEFAULT 0.0,
  `name` varchar(255) NOT NULL DEFAULT 'untitled',
  `openfarm_slug` varchar(280) NOT NULL DEFAULT 'null',
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `plant_templates_saved_garden_id_fk` FOREIGN KEY (`saved_garden_id`) REFERENCES `saved_gardens` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `point_group_items` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `point_group_id` bigint NOT NULL,
  `point_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `point_group_items_point_group_id_fk` FOREIGN KEY (`point_group_id`) REFERENCES `point_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- sipXecs (sipXcom/sipxecs) sipXconfig/etc/sipxpbx/database/schema.sql + sipXcdr/etc/database/schema.sql, PostgreSQL converted to MySQL DDL

CREATE TABLE `users` (
  `user_id` int NOT NULL,
  `first_name` varchar(255),
  `pintoken` varchar(255),
  `sip_password` varchar(255),
  `last_name` varchar(255),
  `user_name` varchar(255) NOT NULL,
  `value_storage_id` int,
  `address_book_entry_id` int,
  `is_shared` tinyint(1) NOT NULL DEFAULT 0,
  `branch_id` int,
  `user_type` char(1),
  `voicemail_pintoken` varchar(255),
  `notified` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_alias` (
  `user_id` int NOT NULL,
  `alias` varchar(255) NOT NULL,
  PRIMARY KEY (`user_id`, `alias`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_storage` (
  `group_id` int NOT NULL,
  `name` varchar(255),
  `description` varchar(255),
  `resource` varchar(255),
  `weight` int,
  `branch_id` int,
  PRIMARY KEY (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_group` (
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supervisor` (
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address_book_entry` (
  `address_book_entry_id` int NOT NULL,
  `cell_phone_number` varchar(255),
  `home_phone_number` varchar(255),
  `assistant_name` varchar(255),
  `assistant_phone_number` varchar(255),
  `fax_number` varchar(255),
  `location` varchar(255),
  `company_name` varchar(255),
  `job_title` varchar(255),
  `job_dept` varchar(255),
  `im_id` varchar(255),
  `alternate_im_id` varchar(255),
  `im_display_name` varchar(255),
  `use_branch_address` tinyint(1) NOT NULL DEFAULT 0,
  `email_address` varchar(255),
  `alternate_email_address` varchar(255),
  `home_address_id` int,
  `office_address_id` int,
  `branch_address_id` int,
  `did_number` varchar(255),
  PRIMARY KEY (`address_book_entry_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `address` (
  `address_id` int NOT NULL,
  `street` varchar(255),
  `zip` varchar(255),
  `country` varchar(255),
  `state` varchar(255),
  `city` varchar(255),
  `office_designation` varchar(255),
  PRIMARY KEY (`address_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `branch` (
  `branch_id` int NOT NULL,
  `name` varchar(255),
  `description` varchar(255),
  `phone_number` varchar(255),
  `fax_number` varchar(255),
  `address_id` int,
  PRIMARY KEY (`branch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `private_user_key` (
  `private_user_key_id` int NOT NULL,
  `key` varchar(255),
  `user_id` int,
  PRIMARY KEY (`private_user_key_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `special_user` (
  `special_user_id` int NOT NULL,
  `user_type` varchar(255),
  `sip_password` varchar(255),
  PRIMARY KEY (`special_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_attendant` (
  `personal_attendant_id` int NOT NULL,
  `user_id` int NOT NULL,
  `language` varchar(255),
  `override_language` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`personal_attendant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_attendant_menu_item` (
  `personal_attendant_id` int NOT NULL,
  `action` varchar(255),
  `parameter` varchar(255),
  `dialpad_key` varchar(255) NOT NULL,
  PRIMARY KEY (`personal_attendant_id`, `dialpad_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speeddial` (
  `speeddial_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`speeddial_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `speeddial_button` (
  `speeddial_id` int NOT NULL,
  `label` varchar(255),
  `number` varchar(255) NOT NULL,
  `blf` tinyint(1) NOT NULL DEFAULT 0,
  `position` int NOT NULL,
  PRIMARY KEY (`speeddial_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phonebook` (
  `phonebook_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `members_csv_filename` varchar(255),
  `members_vcard_filename` varchar(255),
  `user_id` int,
  `show_on_phone` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`phonebook_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phonebook_file_entry` (
  `phonebook_file_entry_id` int NOT NULL,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `phone_number` varchar(255),
  `address_book_entry_id` int,
  `phonebook_id` int NOT NULL,
  `phonebook_entry_type` char(1),
  `google_account_id` varchar(255),
  `internal_id` varchar(255),
  PRIMARY KEY (`phonebook_file_entry_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_code` (
  `auth_code_id` int NOT NULL,
  `code` varchar(255) NOT NULL,
  `description` varchar(255),
  `internal_user_id` int,
  PRIMARY KEY (`auth_code_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tls_peer` (
  `tls_peer_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `internal_user_id` int,
  PRIMARY KEY (`tls_peer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone` (
  `phone_id` int NOT NULL,
  `description` varchar(255),
  `serial_number` varchar(255) NOT NULL,
  `bean_id` varchar(255),
  `value_storage_id` int,
  `model_id` varchar(64) NOT NULL,
  `device_version_id` varchar(32),
  PRIMARY KEY (`phone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `line` (
  `line_id` int NOT NULL,
  `phone_id` int NOT NULL,
  `position` int,
  `user_id` int,
  `value_storage_id` int,
  PRIMARY KEY (`line_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phone_group` (
  `phone_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`phone_id`, `group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ring` (
  `ring_id` int NOT NULL,
  `number` varchar(255),
  `position` int,
  `expiration` int,
  `ring_type` varchar(255),
  `user_id` int NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `schedule_id` int,
  PRIMARY KEY (`ring_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_ring` (
  `user_ring_id` int NOT NULL,
  `position` int,
  `expiration` int,
  `ring_type` varchar(255),
  `call_group_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`user_ring_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_group` (
  `call_group_id` int NOT NULL,
  `enabled` tinyint(1),
  `name` varchar(255),
  `extension` varchar(255),
  `description` varchar(255),
  `fallback_destination` varchar(255),
  `voicemail_fallback` tinyint(1) NOT NULL DEFAULT 0,
  `user_forward` tinyint(1) NOT NULL DEFAULT 1,
  `sip_password` varchar(255),
  `did` varchar(255),
  PRIMARY KEY (`call_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meetme_conference` (
  `meetme_conference_id` int NOT NULL,
  `enabled` tinyint(1),
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `extension` varchar(255),
  `value_storage_id` int,
  `meetme_bridge_id` int NOT NULL,
  `owner_id` int,
  `did` varchar(255),
  PRIMARY KEY (`meetme_conference_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meetme_participant` (
  `meetme_participant_id` int NOT NULL,
  `enabled` tinyint(1),
  `value_storage_id` int,
  `user_id` int NOT NULL,
  `meetme_conference_id` int NOT NULL,
  PRIMARY KEY (`meetme_participant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule` (
  `schedule_id` int NOT NULL,
  `user_id` int,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `group_id` int,
  `schedule_type` char(1),
  PRIMARY KEY (`schedule_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_hours` (
  `schedule_hours_id` int NOT NULL,
  `schedule_id` int NOT NULL,
  `start` datetime,
  `stop` datetime,
  `day` varchar(255),
  PRIMARY KEY (`schedule_hours_id`, `schedule_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location` (
  `location_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `fqdn` varchar(255) NOT NULL,
  `ip_address` varchar(255),
  `password` varchar(255),
  `primary_location` tinyint(1) NOT NULL DEFAULT 0,
  `registered` tinyint(1) NOT NULL DEFAULT 0,
  `use_stun` tinyint(1) NOT NULL DEFAULT 1,
  `stun_address` varchar(255),
  `stun_interval` int NOT NULL DEFAULT 60,
  `public_address` varchar(255),
  `public_port` int NOT NULL DEFAULT 5060,
  `start_rtp_port` int NOT NULL DEFAULT 30000,
  `stop_rtp_port` int NOT NULL DEFAULT 31000,
  `branch_id` int,
  `public_tls_port` int NOT NULL DEFAULT 5061,
  `state` varchar(32) NOT NULL DEFAULT 'UNCONFIGURED',
  `last_attempt` datetime,
  `call_traffic` tinyint(1) NOT NULL DEFAULT 1,
  `replicate_config` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`location_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gateway` (
  `gateway_id` int NOT NULL,
  `bean_id` varchar(255) NOT NULL,
  `name` varchar(255),
  `address` varchar(255),
  `description` varchar(255),
  `serial_number` varchar(255),
  `value_storage_id` int,
  `model_id` varchar(64) NOT NULL,
  `device_version_id` varchar(32),
  `prefix` varchar(255),
  `default_caller_alias` varchar(255),
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `ignore_user_info` tinyint(1) NOT NULL DEFAULT 0,
  `transform_user_extension` tinyint(1) NOT NULL DEFAULT 0,
  `add_prefix` varchar(255),
  `keep_digits` int NOT NULL DEFAULT 0,
  `address_port` int NOT NULL DEFAULT 0,
  `address_transport` varchar(8) NOT NULL DEFAULT 'none',
  `sbc_device_id` int,
  `display_name` varchar(255),
  `url_parameters` varchar(255),
  `shared` tinyint(1) NOT NULL,
  `branch_id` int,
  `enabled` tinyint(1) NOT NULL,
  `use_sipxbridge` tinyint(1) DEFAULT 1,
  `outbound_address` varchar(255),
  `outbound_port` int DEFAULT 5060,
  PRIMARY KEY (`gateway_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain` (
  `domain_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `shared_secret` varchar(255),
  `sip_realm` varchar(255),
  PRIMARY KEY (`domain_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permission` (
  `permission_id` int NOT NULL,
  `description` varchar(255),
  `label` varchar(255),
  `default_value` tinyint(1) NOT NULL,
  PRIMARY KEY (`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `value_storage` (
  `value_storage_id` int NOT NULL,
  PRIMARY KEY (`value_storage_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `setting_value` (
  `value_storage_id` int NOT NULL,
  `value` varchar(1000) NOT NULL,
  `path` varchar(255) NOT NULL,
  PRIMARY KEY (`value_storage_id`, `path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job` (
  `job_id` int NOT NULL,
  `type` int,
  `status` char(1),
  `start_time_string` varchar(255),
  `details` varchar(255),
  `progress` varchar(255),
  `exception_message` varchar(255),
  PRIMARY KEY (`job_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alarm_group_emailcontacts` (
  `alarm_group_id` int NOT NULL,
  `address` varchar(255) NOT NULL,
  `index` int NOT NULL,
  PRIMARY KEY (`alarm_group_id`, `index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alarm_group_smscontacts` (
  `alarm_group_id` int NOT NULL,
  `address` varchar(255) NOT NULL,
  `index` int NOT NULL,
  PRIMARY KEY (`alarm_group_id`, `index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_alarm_group` (
  `alarm_group_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`alarm_group_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `openacd_agent` (
  `openacd_agent_id` int NOT NULL,
  `openacd_agent_group_id` int NOT NULL,
  `user_id` int NOT NULL,
  `security` varchar(255) NOT NULL,
  PRIMARY KEY (`openacd_agent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cdrs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `call_id` text NOT NULL,
  `from_tag` text NOT NULL,
  `to_tag` text NOT NULL,
  `caller_aor` text NOT NULL,
  `callee_aor` text NOT NULL,
  `start_time` datetime,
  `connect_time` datetime,
  `end_time` datetime,
  `termination` char(1),
  `failure_status` smallint,
  `failure_reason` text,
  `call_direction` char(1),
  `reference` text,
  `caller_contact` text,
  `callee_contact` text,
  `caller_internal` tinyint(1),
  `callee_route` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_state_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `observer` text NOT NULL,
  `event_seq` bigint NOT NULL,
  `event_time` datetime NOT NULL,
  `event_type` char(1) NOT NULL,
  `cseq` int NOT NULL,
  `call_id` text NOT NULL,
  `from_tag` text,
  `to_tag` text,
  `from_url` text NOT NULL,
  `to_url` text NOT NULL,
  `contact` text,
  `refer_to` text,
  `referred_by` text,
  `failure_status` smallint,
  `failure_reason` text,
  `request_uri` text,
  `reference` text,
  `caller_internal` tinyint(1),
  `callee_route` text,
  `branch_id` text,
  `via_count` smallint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

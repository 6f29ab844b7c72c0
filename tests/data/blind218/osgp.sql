-- Open Smart Grid Platform (OSGP / GXF, LF Energy; smart metering, public lighting and tariff switching platform)
-- Upstream: github.com/OSGP/open-smart-grid-platform, commit d6078460203d348e2452e220c96951baf8a680cd (Apache-2.0)
-- Source: the Flyway migrations (PostgreSQL) of osgp-core, osgp-adapter-ws-smartmetering, osgp-protocol-adapter-dlms,
-- osgp-logging and osgp-secret-management (src/main/resources/db/migration/V*.sql), each replayed in version order
-- into its own scratch PostgreSQL 15 database and written out from the catalog as MySQL DDL, one file; the column
-- descriptions that upstream's migrations add (COMMENT ON COLUMN) are kept as column comments. 40 tables.
-- public.organisation
CREATE TABLE `organisation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `function_group` int NOT NULL COMMENT 'The platform function group [ADMIN, USER] of this organisation.',
  `name` varchar(255) NOT NULL COMMENT 'The name of this organisation.',
  `organisation_identification` varchar(40) NOT NULL COMMENT 'Business key; the identification of this organisation.',
  `enabled` tinyint(1) NOT NULL COMMENT 'Indicates whether or not this organisation is enabled.',
  `domains` varchar(255) NOT NULL COMMENT 'Comma separated list of platform domains [COMMON, PUBLIC_LIGHTING, TARIFF_SWITCHING] this organisation is allowed to access',
  `prefix` varchar(5) COMMENT 'The 3 character prefix of this organisation.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisation_organisation_identification_key` (`organisation_identification`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.manufacturer
CREATE TABLE `manufacturer` (
  `code` varchar(4) NOT NULL COMMENT 'The code of this manufacturer.',
  `name` varchar(50) NOT NULL COMMENT 'The name of this manufacturer.',
  `use_prefix` tinyint(1) NOT NULL COMMENT 'Indicates whether or not devices of this manufacturer use a prefix for the device identifications.',
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `manufacturer_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.device_model
CREATE TABLE `device_model` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `manufacturer_id` bigint NOT NULL COMMENT 'The primary key of this model''s manufacturer.',
  `model_code` varchar(255) NOT NULL COMMENT 'The model code of this device model.',
  `description` varchar(255) COMMENT 'The description of this device model.',
  `file_storage` tinyint(1) NOT NULL COMMENT 'Indicates whether or not this device model uses the file system to store firmware files.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `device_model_manufacturer_id_model_code_key` (`manufacturer_id`,`model_code`),
  CONSTRAINT `device_model_manufacturer_id_fkey` FOREIGN KEY (`manufacturer_id`) REFERENCES `manufacturer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.protocol_info
CREATE TABLE `protocol_info` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `protocol` varchar(255) NOT NULL COMMENT 'The name of the protocol of this protocol info.',
  `protocol_version` varchar(255) NOT NULL COMMENT 'The version of the protocol of this protocol info.',
  `outgoing_requests_property_prefix` varchar(255) NOT NULL COMMENT 'The outgoing requests queue for this protocol info.',
  `incoming_responses_property_prefix` varchar(255) NOT NULL COMMENT 'The incoming responses queue for this protocol info.',
  `incoming_requests_property_prefix` varchar(255) COMMENT 'The incoming requests queue for this protocol info.',
  `outgoing_responses_property_prefix` varchar(255) COMMENT 'The outgoing responses queue for this protocol info.',
  `parallel_requests_allowed` tinyint(1) DEFAULT 1 COMMENT 'Flag indicating if the devices using this protocol support parallel requests.',
  `protocol_variant` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_protocol_kind_version_variant_id` (`protocol`,`protocol_version`,`protocol_variant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.domain_info
CREATE TABLE `domain_info` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `domain` varchar(255) NOT NULL COMMENT 'The domain of this domain info.',
  `domain_version` varchar(255) NOT NULL COMMENT 'The domain version of this domain info.',
  `incoming_requests_property_prefix` varchar(255) NOT NULL COMMENT 'The incoming requests queue for this domain info.',
  `outgoing_responses_property_prefix` varchar(255) NOT NULL COMMENT 'The outgoing responses queue for this domain info.',
  `outgoing_requests_property_prefix` varchar(255) COMMENT 'The outgoing requests queue for this domain info.',
  `incoming_responses_property_prefix` varchar(255) COMMENT 'The incoming responses queue for this domain info.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.device
CREATE TABLE `device` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `device_identification` varchar(40) NOT NULL COMMENT 'Business key; identification of this device.',
  `device_type` varchar(255) COMMENT 'The type [SSLD, PSLD] of this device.',
  `is_activated` tinyint(1) NOT NULL COMMENT 'Indicates whether or not this device is activated.',
  `container_city` varchar(255) COMMENT 'The city of this device.',
  `container_street` varchar(255) COMMENT 'The street of this device.',
  `gps_latitude` varchar(15) COMMENT 'The latitude of the GPS coordinates of a device.',
  `gps_longitude` varchar(15) COMMENT 'The longitude of the GPS coordinates of a device.',
  `container_postal_code` varchar(10) COMMENT 'The postal code of this device.',
  `original_container_number` varchar(10) COMMENT 'The street number of this device.',
  `protocol_info_id` bigint COMMENT 'Primary key of a protocol info for this device.',
  `network_address` varchar(50) COMMENT 'The IP address of this device.',
  `container_municipality` varchar(255) COMMENT 'The municipality of this device.',
  `alias` varchar(255) COMMENT 'The alias of this device.',
  `in_maintenance` tinyint(1) NOT NULL COMMENT 'Indicates whether or not this device is in maintenance.',
  `gateway_device_id` bigint COMMENT 'Primary key of another device which is used as gateway for this device.',
  `technical_installation_date` datetime(6) COMMENT 'The technical installation date which is set during installation of this device.',
  `device_model` bigint COMMENT 'Primary key of a device model for this device.',
  `device_lifecycle_status` varchar(255) NOT NULL DEFAULT 'NEW_IN_INVENTORY' COMMENT 'The lifecycle [NEW_IN_INVENTORY, READY_FOR_USE, REGISTERED, IN_USE, RETURNED_TO_INVENTORY, UNDER_TEST, DESTROYED] of this device.',
  `mast_segment` varchar(20) COMMENT 'The mast/segment used for device communication over CDMA.',
  `batch_number` smallint COMMENT 'The batch number used for batched device communication over CDMA.',
  `container_number` int COMMENT 'The street number of this device.',
  `container_number_addition` varchar(10) COMMENT 'The street number addition of this device.',
  `last_successful_connection_timestamp` datetime(6) COMMENT 'Timestamp which indicates the last successful connection with this device.',
  `last_failed_connection_timestamp` datetime(6) COMMENT 'Timestamp which indicates the last failed connection attempt for this device.',
  `failed_connection_count` int NOT NULL DEFAULT 0 COMMENT 'Counter which is incremented when a connection attempt fails.',
  `integration_type` varchar(20) NOT NULL DEFAULT 'WEB_SERVICE' COMMENT 'indicates the routing of messages to be used for the device; possible values are [WEB_SERVICE,KAFKA,BOTH]',
  `bts_id` int COMMENT 'The ID of the Base Transceiver Station to which this device is linked.',
  `cell_id` int COMMENT 'The ID of the Cell to which this device is linked.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `device_device_identification_key` (`device_identification`),
  CONSTRAINT `fk7e2c025199350fa3` FOREIGN KEY (`device_model`) REFERENCES `device_model` (`id`),
  CONSTRAINT `fk_device_gateway_device` FOREIGN KEY (`gateway_device_id`) REFERENCES `device` (`id`),
  CONSTRAINT `fk_device_protocol_info` FOREIGN KEY (`protocol_info_id`) REFERENCES `protocol_info` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.smart_meter
CREATE TABLE `smart_meter` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `supplier` varchar(50) COMMENT 'Supplier of this smart meter.',
  `channel` smallint COMMENT 'Channel of a smart meter this device is on, if it is an M-Bus device.',
  `mbus_identification_number` varchar(10) COMMENT 'M-Bus identification number, if this meter is an M-Bus device.',
  `mbus_manufacturer_identification` varchar(3) COMMENT 'M-Bus manufacturer identification, if this meter is an M-Bus device.',
  `mbus_version` smallint COMMENT 'M-Bus version, if this meter is an M-Bus device.',
  `mbus_device_type_identification` smallint COMMENT 'M-Bus device type identification, if this meter is an M-Bus device.',
  `mbus_primary_address` smallint COMMENT 'M-Bus primary address, if this meter is an M-Bus device and the primary address is set.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.light_measurement_device
CREATE TABLE `light_measurement_device` (
  `id` bigint NOT NULL,
  `description` varchar(255) COMMENT 'The description of this light measurement device.',
  `code` varchar(10) COMMENT 'The 7 character code of this light measurement device.',
  `color` varchar(10) COMMENT 'Hex color for this light measurement device.',
  `digital_input` smallint COMMENT 'The number of the digital input pin connected to a light sensor of this light measurement device.',
  `last_communication_time` datetime(6) COMMENT 'Timestamp which indicates when the last event was received of this light measurement device.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.ssld
CREATE TABLE `ssld` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `has_public_key` tinyint(1) NOT NULL COMMENT 'Indicates whether or not this SSLD has a public key set.',
  `has_schedule` tinyint(1) NOT NULL COMMENT 'Indicates whether or not this SSLD has a light schedule set.',
  `light_measurement_device_id` bigint COMMENT 'Primary key of a light measurement device which has been coupled with this SSLD.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ssld_to_light_measurement_device` FOREIGN KEY (`light_measurement_device_id`) REFERENCES `light_measurement_device` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.rtu_device
CREATE TABLE `rtu_device` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `last_communication_time` datetime(6),
  `domain_info_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `domain_info_id_constraint` FOREIGN KEY (`domain_info_id`) REFERENCES `domain_info` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.device_authorization
CREATE TABLE `device_authorization` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `function_group` int NOT NULL COMMENT 'The function group [OWNER, INSTALLATION, AD_HOC, MANAGEMENT, FIRMWARE, SCHEDULING, TARIFF_SCHEDULING, CONFIGURATION, MONITORING, METADATA_MANAGEMENT] for this device authorization.',
  `device` bigint NOT NULL COMMENT 'Primary key of a device for this device authorization.',
  `organisation` bigint NOT NULL COMMENT 'Primary key of an organisation for this device authorization.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk7e0c025092a7e2f1` FOREIGN KEY (`organisation`) REFERENCES `organisation` (`id`),
  CONSTRAINT `fk7e0c025099350fa9` FOREIGN KEY (`device`) REFERENCES `device` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.device_function_mapping
CREATE TABLE `device_function_mapping` (
  `function_group` varchar(255) NOT NULL COMMENT 'The function group [OWNER, INSTALLATION, AD_HOC, MANAGEMENT, FIRMWARE, SCHEDULING, TARIFF_SCHEDULING, CONFIGURATION, MONITORING, METADATA_MANAGEMENT] for this device function mapping.',
  `function` varchar(255) NOT NULL COMMENT 'The device function (examples are: START_SELF_TEST, STOP_SELF_TEST, SET_LIGHT, etc.) for this device function mapping. ',
  PRIMARY KEY (`function_group`,`function`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.ean
CREATE TABLE `ean` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `code` decimal(18,0) NOT NULL COMMENT 'Business key; the numeric EAN.',
  `description` varchar(255) COMMENT 'Description for this EAN.',
  `device` bigint COMMENT 'Primary key of a device.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk7e0c025199350fa2` FOREIGN KEY (`device`) REFERENCES `device` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.event
CREATE TABLE `event` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `description` text NOT NULL COMMENT 'Description for this event.',
  `event` int NOT NULL COMMENT 'The event type (see EventType.java) for this event.',
  `index` int NOT NULL COMMENT 'The relay on which this event occurred.',
  `date_time` datetime(6) NOT NULL COMMENT 'Timestamp which indicates when this event occurred on the device.',
  `device_identification` varchar(40) COMMENT 'Identification of the device that generated the event.',
  PRIMARY KEY (`id`),
  CONSTRAINT `event_device_id_constraint` FOREIGN KEY (`device_identification`) REFERENCES `device` (`device_identification`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.relay_status
CREATE TABLE `relay_status` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `index` smallint NOT NULL COMMENT 'The virtual relay number of this relay status.',
  `last_switching_event_state` tinyint(1) COMMENT 'The state of the relay as derived from latest events of an SSLD.',
  `last_switching_event_time` datetime(6) COMMENT 'The timestamp of the latest switching event for the relay of an SSLD.',
  `device_id` bigint NOT NULL COMMENT 'Primary key of a device.',
  `last_known_state` tinyint(1) NOT NULL COMMENT 'The state of the relay as derived from latest events and status retrieval of an SSLD.',
  `last_known_state_time` datetime(6) NOT NULL COMMENT 'The timestamp of the last known state for the relay of an SSLD.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_relay_status_device` FOREIGN KEY (`device_id`) REFERENCES `device` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.device_output_setting
CREATE TABLE `device_output_setting` (
  `device_id` bigint NOT NULL COMMENT 'Primary key of a device for this device output setting.',
  `internal_id` smallint NOT NULL COMMENT 'The actual relay number used to configure a relay of an SSLD.',
  `external_id` smallint NOT NULL COMMENT 'The virtual relay number used to configure a relay of an SSLD.',
  `output_type` smallint NOT NULL COMMENT 'The output type [LIGHT, TARIFF, TARIFF_REVERSED] of this device output setting.',
  `alias` varchar(255) COMMENT 'The alias for this relay of this device output setting.',
  `relay_function` smallint COMMENT 'The relay function [BURNER, EVENING_MORNING, TARIFF, SPECIAL, NOT_CONNECTED] of this device output setting.',
  UNIQUE KEY `device_output_setting_device_id_internal_id_key` (`device_id`,`internal_id`),
  CONSTRAINT `fk_device_output_setting_device` FOREIGN KEY (`device_id`) REFERENCES `device` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.firmware_module
CREATE TABLE `firmware_module` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `description` varchar(255) NOT NULL COMMENT 'The description of a firmware module.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `firmware_module_description_key` (`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.firmware_file
CREATE TABLE `firmware_file` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `filename` varchar(255) COMMENT 'The file name of this firmware file.',
  `description` varchar(255) COMMENT 'The description of this firmware file.',
  `push_to_new_devices` tinyint(1) COMMENT 'Indicates whether or not this firmware file will be sent to newly installed devices.',
  `hash` varchar(255) COMMENT 'The hash of this firmware file.',
  `file` bigint COMMENT 'The firmware file.',
  `identification` varchar(100) NOT NULL COMMENT 'Business key; the identification of this firmware file.',
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `hash_type` varchar(12),
  PRIMARY KEY (`id`),
  UNIQUE KEY `firmware_identification_key` (`identification`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.firmware_file_firmware_module
CREATE TABLE `firmware_file_firmware_module` (
  `firmware_file_id` bigint NOT NULL COMMENT 'Primary key of a firmware file.',
  `firmware_module_id` bigint NOT NULL COMMENT 'Primary key of a firmware module.',
  `module_version` varchar(100) NOT NULL COMMENT 'The module version of the firmware module.',
  PRIMARY KEY (`firmware_file_id`,`firmware_module_id`),
  CONSTRAINT `firmware_file_firmware_module_firmware_file_id_fkey` FOREIGN KEY (`firmware_file_id`) REFERENCES `firmware_file` (`id`),
  CONSTRAINT `firmware_file_firmware_module_firmware_module_id_fkey` FOREIGN KEY (`firmware_module_id`) REFERENCES `firmware_module` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.device_firmware_file
CREATE TABLE `device_firmware_file` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `installation_date` datetime(6) NOT NULL COMMENT 'Timestamp which indicates when a firmware was installed on a device.',
  `installed_by` varchar(255) COMMENT 'The user name of the user who installed the firmware on a device.',
  `device_id` bigint NOT NULL COMMENT 'Primary key of a device.',
  `firmware_file_id` bigint NOT NULL COMMENT 'Primary key of a firmware file.',
  PRIMARY KEY (`id`),
  CONSTRAINT `device_firmware_file_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `device` (`id`),
  CONSTRAINT `device_firmware_file_firmware_file_id_fkey` FOREIGN KEY (`firmware_file_id`) REFERENCES `firmware_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.device_firmware_module
CREATE TABLE `device_firmware_module` (
  `device_id` bigint NOT NULL,
  `firmware_module_id` bigint NOT NULL,
  `module_version` varchar(100) NOT NULL,
  PRIMARY KEY (`device_id`,`firmware_module_id`),
  CONSTRAINT `device_firmware_module_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `device` (`id`),
  CONSTRAINT `device_firmware_module_firmware_module_id_fkey` FOREIGN KEY (`firmware_module_id`) REFERENCES `firmware_module` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.device_model_firmware_file
CREATE TABLE `device_model_firmware_file` (
  `device_model_id` bigint NOT NULL COMMENT 'Primary key of a device model.',
  `firmware_file_id` bigint NOT NULL COMMENT 'Primary key of a firmware file.',
  PRIMARY KEY (`device_model_id`,`firmware_file_id`),
  CONSTRAINT `device_model_firmware_file_device_model_id_fkey` FOREIGN KEY (`device_model_id`) REFERENCES `device_model` (`id`),
  CONSTRAINT `device_model_firmware_file_firmware_file_id_fkey` FOREIGN KEY (`firmware_file_id`) REFERENCES `firmware_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.ssld_pending_firmware_update
CREATE TABLE `ssld_pending_firmware_update` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `device_identification` varchar(40) NOT NULL COMMENT 'The identification of the SSLD',
  `firmware_module_type` varchar(100) NOT NULL COMMENT 'The firmware module type.',
  `firmware_version` varchar(100) NOT NULL COMMENT 'The firmware version to update to.',
  `organisation_identification` varchar(40) NOT NULL COMMENT 'The organisation identification of the organisation which issued the update firmware request.',
  `correlation_uid` varchar(255) COMMENT 'The correlation UID for the get firmware version call.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.scheduled_task
CREATE TABLE `scheduled_task` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `domain` varchar(255) COMMENT 'The domain of the message of this scheduled task.',
  `domain_version` varchar(255) COMMENT 'The domain version of the message of this scheduled task.',
  `correlation_uid` varchar(255) COMMENT 'The correlation UID of the message of this scheduled task.',
  `organisation_identification` varchar(255) COMMENT 'The organisation identification of the message of this scheduled task.',
  `device_identification` varchar(255) COMMENT 'The device identification of the message of this scheduled task.',
  `message_type` varchar(255) COMMENT 'The message type of the message of this scheduled task.',
  `message_data` longblob COMMENT 'The serialized object of the message of this scheduled task.',
  `scheduled_time` datetime(6) COMMENT 'The time when the message should be sent by this scheduled task.',
  `error_log` varchar(255) COMMENT 'The error message when the message was sent by this scheduled task.',
  `status` smallint NOT NULL DEFAULT 0 COMMENT 'The status [NEW, PENDING, COMPLETE, FAILED, RETRY] of this scheduled task.',
  `messagepriority` smallint NOT NULL DEFAULT 4 COMMENT 'The message priority of the message of this scheduled task.',
  `retry` smallint DEFAULT 0 COMMENT 'The retry count of the message of this scheduled task.',
  `max_schedule_time` datetime(6) COMMENT 'A time after which the task should not be scheduled, because it is no longer useful to the requesting system.',
  `device_model_code` varchar(1279) COMMENT 'comma separated list of devicemodel codes. First modelcode is the gateway device and subsequently the mbus devicess on channel 1 to 4 (size:(5*255)+4)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `scheduled_task_correlation_uid` (`correlation_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.offloading_data
CREATE TABLE `offloading_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `table_name` varchar(32) NOT NULL COMMENT 'The name of the table which was offloaded.',
  `end_last_date_block` datetime(6) NOT NULL COMMENT 'The timestamp which indicates when a table was offloaded for the last time.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.qrtz_job_details
CREATE TABLE `qrtz_job_details` (
  `sched_name` varchar(120) NOT NULL,
  `job_name` varchar(200) NOT NULL,
  `job_group` varchar(200) NOT NULL,
  `description` varchar(250),
  `job_class_name` varchar(250) NOT NULL,
  `is_durable` tinyint(1) NOT NULL,
  `is_nonconcurrent` tinyint(1) NOT NULL,
  `is_update_data` tinyint(1) NOT NULL,
  `requests_recovery` tinyint(1) NOT NULL,
  `job_data` longblob,
  PRIMARY KEY (`sched_name`,`job_name`,`job_group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.qrtz_triggers
CREATE TABLE `qrtz_triggers` (
  `sched_name` varchar(120) NOT NULL,
  `trigger_name` varchar(200) NOT NULL,
  `trigger_group` varchar(200) NOT NULL,
  `job_name` varchar(200) NOT NULL,
  `job_group` varchar(200) NOT NULL,
  `description` varchar(250),
  `next_fire_time` bigint,
  `prev_fire_time` bigint,
  `priority` int,
  `trigger_state` varchar(16) NOT NULL,
  `trigger_type` varchar(8) NOT NULL,
  `start_time` bigint NOT NULL,
  `end_time` bigint,
  `calendar_name` varchar(200),
  `misfire_instr` smallint,
  `job_data` longblob,
  PRIMARY KEY (`sched_name`,`trigger_name`,`trigger_group`),
  CONSTRAINT `qrtz_triggers_sched_name_job_name_job_group_fkey` FOREIGN KEY (`sched_name`,`job_name`,`job_group`) REFERENCES `qrtz_job_details` (`sched_name`,`job_name`,`job_group`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.qrtz_locks
CREATE TABLE `qrtz_locks` (
  `sched_name` varchar(120) NOT NULL,
  `lock_name` varchar(40) NOT NULL,
  PRIMARY KEY (`sched_name`,`lock_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- public.response_data
CREATE TABLE `response_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `organisation_identification` varchar(255) COMMENT 'Identification of the organisation behind the request this response is for.',
  `device_identification` varchar(255) COMMENT 'Identification of the device the response data belongs with.',
  `message_type` varchar(255) COMMENT 'Indicates which device function was executed that lead to this response.',
  `correlation_uid` varchar(255) COMMENT 'Unique identifier correlating all actions related to the request this response is for.',
  `message_data` longblob COMMENT 'Serialized response object.',
  `result_type` varchar(255) COMMENT 'Message result type [OK, NOT_FOUND, NOT_OK].',
  `number_of_notifications_sent` smallint NOT NULL DEFAULT 0 COMMENT 'Number of notifications that has been sent after the initial one to notify a response is available for the request with this records correlation_uid.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `meter_response_data_correlation_uid_idx` (`correlation_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.response_url
CREATE TABLE `response_url` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `correlation_uid` varchar(255) COMMENT 'Unique identifier correlating all actions related to the request this response is for.',
  `response_url` varchar(255) COMMENT 'Custom notification response URL included by the sender as part of the request with this records correlation_uid.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.notification_web_service_configuration
CREATE TABLE `notification_web_service_configuration` (
  `organisation_identification` varchar(40) NOT NULL COMMENT 'An OSGP organisation identification. Unique in combination with application_name as this combination is the functional lookup key for the web service configuration data.',
  `application_name` varchar(40) NOT NULL COMMENT 'The name of an application from the organisation with this record. Unique in combination with organisation_identification as this combination is the functional lookup key for the web service configuration data.',
  `marshaller_context_path` varchar(2000) NOT NULL COMMENT 'The context path for the JAXB marshaller used with the XML for the web service message.',
  `target_uri` varchar(2000) NOT NULL COMMENT 'The URI where the web service for this configuration is available.',
  `use_key_store` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether a key store is configured for use with web service calls. If true values must be provided for key_store_type, key_store_location and key_store_password.',
  `key_store_type` varchar(40) COMMENT 'The type of key store for use with web service calls. Only applied when use_key_store is TRUE.',
  `key_store_location` varchar(2000) COMMENT 'The location of the key store for use with web service calls. Only applied when use_key_store is TRUE.',
  `key_store_password` varchar(2000) COMMENT 'The password of the key store for use with web service calls. Only applied when use_key_store is TRUE.',
  `use_trust_store` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether a trust store is configured for use with web service calls. If true values must be provided for trust_store_type, trust_store_location and trust_store_password.',
  `trust_store_type` varchar(40) COMMENT 'The type of trust store for use with web service calls. Only applied when use_trust_store is TRUE.',
  `trust_store_location` varchar(2000) COMMENT 'The location of the trust store for use with web service calls. Only applied when use_trust_store is TRUE.',
  `trust_store_password` varchar(2000) COMMENT 'The password of the trust store for use with web service calls. Only applied when use_trust_store is TRUE.',
  `max_connections_per_route` int NOT NULL DEFAULT 2 COMMENT 'The maximum connections per route configured on the web service client.',
  `max_connections_total` int NOT NULL DEFAULT 20 COMMENT 'The maximum connections total configured on the web service client.',
  `connection_timeout` int NOT NULL DEFAULT 120000 COMMENT 'The connection timeout configured on the web service client.',
  `use_circuit_breaker` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether a circuit breaker is configured for use with web service calls. If true values must be provided for circuit_breaker_threshold, circuit_breaker_duration_initial, circuit_breaker_duration_maximum and circuit_breaker_duration_multiplier.',
  `circuit_breaker_threshold` int NOT NULL DEFAULT 3 COMMENT 'The number of failures before the circuit breaker opens. Only applied when use_circuit_breaker is TRUE.',
  `circuit_breaker_duration_initial` int NOT NULL DEFAULT 15000 COMMENT 'The number of milliseconds after which an open circuit breaker will automatically close. Only applied when use_circuit_breaker is TRUE.',
  `circuit_breaker_duration_maximum` int NOT NULL DEFAULT 600000 COMMENT 'The maximum time in milliseconds during which the circuit breaker is open. Only applied when use_circuit_breaker is TRUE.',
  `circuit_breaker_duration_multiplier` int NOT NULL DEFAULT 4 COMMENT 'The multiplier for the current duration, when a call fails while the circuit breaker is half open. Only applied when use_circuit_breaker is TRUE.',
  PRIMARY KEY (`organisation_identification`,`application_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Configuration data for web service calls.';

-- public.application_key_configuration
CREATE TABLE `application_key_configuration` (
  `organisation_identification` varchar(40) NOT NULL COMMENT 'A GXF organisation identification. Unique in combination with application_name as this combination is the functional lookup key for the application key configuration data.',
  `application_name` varchar(40) NOT NULL COMMENT 'The name of an application from the organisation with this record. Unique in combination with organisation_identification as this combination is the functional lookup key for the application key configuration data.',
  `public_key_location` varchar(2000) NOT NULL COMMENT 'The location of the public key used for encrypting data to the specific application.',
  PRIMARY KEY (`organisation_identification`,`application_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Configuration data for public keys of applications using GXF.';
-- public.dlms_device
CREATE TABLE `dlms_device` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `device_identification` varchar(40) NOT NULL COMMENT 'Business key; identification of this device.',
  `version` bigint,
  `icc_id` varchar(20) COMMENT 'International integrated circuit card identifier of the SIM chip of this device.',
  `communication_provider` varchar(10) COMMENT 'Communication provider for this device.',
  `communication_method` varchar(10) COMMENT 'Communication method with this device.',
  `hls3active` tinyint(1) NOT NULL COMMENT 'Indicates whether or not HLS3 is active on this device.',
  `hls4active` tinyint(1) NOT NULL COMMENT 'Indicates whether or not HLS4 is active on this device.',
  `hls5active` tinyint(1) NOT NULL COMMENT 'Indicates whether or not HLS5 is active on this device.',
  `challenge_length` int COMMENT 'Challenge length used while setting up the DLMS connection with this device.',
  `selective_access_supported` tinyint(1) COMMENT 'Indicates whether or not filtering capture objects with selective access requests is supported on this device.',
  `ip_address_is_static` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether or not the device has a static IP address.',
  `port` bigint COMMENT 'Port number for the remote TCP connection to the device.',
  `client_id` bigint COMMENT 'Client ID used to connect to the device.',
  `logical_id` bigint COMMENT 'Logical device ID used to connect to the device.',
  `in_debug_mode` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether or not debug logging of device communication is enabled.',
  `use_sn` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether or not Short Naming is used for the device communication.',
  `use_hdlc` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether or not HDLC is used for the device communication.',
  `lls1active` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates whether or not LLS1 is active on this device.',
  `mbus_identification_number` varchar(10) COMMENT 'M-Bus identification number, in case the device is used as an M-Bus device.',
  `mbus_manufacturer_identification` varchar(3) COMMENT 'M-Bus Manufacturer identification.',
  `protocol` varchar(255) NOT NULL DEFAULT 'DSMR',
  `protocol_version` varchar(255) NOT NULL DEFAULT '4.2.2',
  `invocation_counter` bigint DEFAULT 0,
  `polyphase` tinyint(1) NOT NULL DEFAULT 0,
  `key_processing_start_time` datetime(6),
  `timezone` varchar(40),
  `firmware_hash` varchar(64),
  `selective_access_periodic_meter_reads_supported` tinyint(1) DEFAULT 1,
  `with_list_max` int DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dlms_device_device_identification_key` (`device_identification`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- public.device_log_item
CREATE TABLE `device_log_item` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `decoded_message` text COMMENT 'The decoded message of this device log item.',
  `device_identification` varchar(255) COMMENT 'The identification of a device for this device log item.',
  `device_uid` varchar(255) COMMENT 'The unique ID of a device for this device log item.',
  `encoded_message` text COMMENT 'The encoded message of this device log item.',
  `incoming` tinyint(1) NOT NULL COMMENT 'Indicates if the message is incoming or outgoing for this device log item.',
  `organisation_identification` varchar(255) COMMENT 'Identification of an organisation for this device log item.',
  `valid` tinyint(1) NOT NULL COMMENT 'Indicates whether or not this is a valid message for this device log item.',
  `data_size` int NOT NULL COMMENT 'The data size in bytes of the encoded message of this device log item.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.web_service_monitor_log
CREATE TABLE `web_service_monitor_log` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `version` bigint,
  `time_stamp` datetime(6) NOT NULL COMMENT 'Timestamp which indicates when a web service request was received.',
  `class_name` varchar(255) NOT NULL COMMENT 'The name of the endpoint class which received a web service request.',
  `method_name` varchar(255) NOT NULL COMMENT 'The name of the method in the endpoint class which received a web service request.',
  `organisation_identification` varchar(40) NOT NULL COMMENT 'Identification of an organisation which issued a web service request',
  `request_device_identification` varchar(40) COMMENT 'Identification of a device for this web service monitor log.',
  `correlation_uid` varchar(255) COMMENT 'The correlation UID which was generated after receiving a web service request.',
  `response_result` varchar(15) COMMENT 'The response state [OK, NOT_OK, NOT_FOUND, SOAP_FAULT] of the web service response.',
  `response_data_size` int COMMENT 'The size in bytes of the web service response.',
  `user_name` varchar(40) NOT NULL COMMENT 'The user name of the user who issued the web service request.',
  `application_name` varchar(40) NOT NULL COMMENT 'The name of the application which issued the web service request.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.logging_event
CREATE TABLE `logging_event` (
  `timestmp` bigint NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `formatted_message` text NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `logger_name` varchar(254) NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `level_string` varchar(254) NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `thread_name` varchar(254) COMMENT 'Used by Logback (if database logging is enabled).',
  `reference_flag` smallint COMMENT 'Used by Logback (if database logging is enabled).',
  `arg0` varchar(254) COMMENT 'Used by Logback (if database logging is enabled).',
  `arg1` varchar(254) COMMENT 'Used by Logback (if database logging is enabled).',
  `arg2` varchar(254) COMMENT 'Used by Logback (if database logging is enabled).',
  `arg3` varchar(254) COMMENT 'Used by Logback (if database logging is enabled).',
  `caller_filename` varchar(254) NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `caller_class` varchar(254) NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `caller_method` varchar(254) NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `caller_line` char(4) NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `event_id` bigint NOT NULL AUTO_INCREMENT COMMENT 'Used by Logback (if database logging is enabled).',
  PRIMARY KEY (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.logging_event_property
CREATE TABLE `logging_event_property` (
  `event_id` bigint NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `mapped_key` varchar(254) NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `mapped_value` varchar(1024) COMMENT 'Used by Logback (if database logging is enabled).',
  PRIMARY KEY (`event_id`,`mapped_key`),
  CONSTRAINT `logging_event_property_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `logging_event` (`event_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.logging_event_exception
CREATE TABLE `logging_event_exception` (
  `event_id` bigint NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `i` smallint NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  `trace_line` varchar(255) NOT NULL COMMENT 'Used by Logback (if database logging is enabled).',
  PRIMARY KEY (`event_id`,`i`),
  CONSTRAINT `logging_event_exception_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `logging_event` (`event_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- public.encryption_key_reference
CREATE TABLE `encryption_key_reference` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `reference` varchar(32) NOT NULL,
  `encryption_provider_type` varchar(32) NOT NULL,
  `valid_from` datetime(6) NOT NULL,
  `valid_to` datetime(6),
  `creation_time` datetime(6) NOT NULL,
  `modification_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_by` varchar(64) NOT NULL,
  `version` bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- public.encrypted_secret
CREATE TABLE `encrypted_secret` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `device_identification` varchar(32) NOT NULL,
  `secret_type` varchar(255) NOT NULL,
  `encoded_secret` varchar(96) NOT NULL,
  `creation_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `encryption_key_reference_id` bigint NOT NULL,
  `secret_status` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `encryption_key_reference_fk` FOREIGN KEY (`encryption_key_reference_id`) REFERENCES `encryption_key_reference` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

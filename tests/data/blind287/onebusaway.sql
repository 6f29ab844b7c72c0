-- OneBusAway application modules (real-time passenger information server of transit agencies: the OneBusAway
-- API, web, phone/SMS and admin applications), commit 9bd105b97bafdfa00ad23b989787f728a95c205a (Apache-2.0)
-- Source: github.com/OneBusAway/onebusaway-application-modules, the JPA/Hibernate entities that hbm2ddl creates in
-- the server's database (docker_app_server/config/onebusaway-api-webapp-data-sources.xml: MySQLDialect,
-- hbm2ddl.auto=update, Hibernate 5.4):
--   onebusaway-users/.../users/model/{User,UserIndex,UserIndexKey,UserRole}.java
--   onebusaway-transit-data-federation/.../impl/reporting/{StopProblemReportRecord,TripProblemReportRecord}.java
--   onebusaway-transit-data-federation/.../impl/realtime/BlockLocationRecord.java and
--     .../impl/realtime/history/{BlockLocationArchiveRecord,ScheduleDeviationHistory}.java
--   onebusaway-alerts-persistence/.../alerts/impl/ServiceAlert*.java
--   onebusaway-gtfs-realtime-model/.../gtfs_realtime/model/*Model.java
--   onebusaway-agency-metadata/.../model/AgencyMetadata.java, onebusaway-geocoder/.../GeocoderResultsEntity.java,
--   onebusaway-admin-webapp/.../model/assignments/{Assignment,AssignmentId,AssignmentConfig}.java,
--   onebusaway-enterprise-webapp/.../status/model/IcingaItem.java
-- Written as the DDL Hibernate generates on MySQL: table and column names from @Table/@Column/@JoinColumn/
-- @AttributeOverride, otherwise the field name; the identifier first, then the properties in alphabetical order as
-- Hibernate orders them (an embedded AgencyAndId gives its agencyId and id columns in place); a unidirectional
-- @OneToMany with @JoinColumn adds its key column at the end of the child table; @ManyToMany and @ElementCollection
-- get their join / collection tables with Hibernate's default names. Types: int/Integer INT, long/Long BIGINT,
-- boolean/Boolean BIT, double/Double DOUBLE, float/Float FLOAT, String VARCHAR(255) unless a length or
-- columnDefinition is given (MySQLDialect writes lengths above 255 as LONGTEXT), java.util.Date DATETIME, enums
-- VARCHAR, @Lob objects LONGBLOB, double arrays TINYBLOB;
-- primitives NOT NULL unless @Column(nullable = true). @GeneratedValue (AUTO) uses Hibernate's hibernate_sequence
-- table. Foreign keys for @ManyToOne and join columns; constraint names are mine (Hibernate's are hashes).
-- Left out: the admin webapp's bundle-building and GTFS-archive tables (bundle_build_response and its six element
-- collections, gtfs_bundle_info and the onebusaway-gtfs entities mapped into the archive) and the
-- gtfs-realtime-archiver's link_avl_feed / avl_trip_info / avl_stop_updates (an archive of one light-rail AVL feed).

CREATE TABLE `hibernate_sequence` (
  `next_val` BIGINT DEFAULT NULL
);

CREATE TABLE `oba_users` (
  `id` INT NOT NULL,
  `creationTime` DATETIME DEFAULT NULL,
  `lastAccessTime` DATETIME DEFAULT NULL,
  `properties` LONGBLOB DEFAULT NULL,
  `temporary` BIT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oba_user_roles` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
);

CREATE TABLE `oba_user_roles_mapping` (
  `user_id` INT NOT NULL,
  `roles_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`user_id`, `roles_name`),
  KEY `FK_oba_user_roles_mapping_roles` (`roles_name`),
  CONSTRAINT `FK_oba_user_roles_mapping_user` FOREIGN KEY (`user_id`) REFERENCES `oba_users` (`id`),
  CONSTRAINT `FK_oba_user_roles_mapping_roles` FOREIGN KEY (`roles_name`) REFERENCES `oba_user_roles` (`name`)
);

CREATE TABLE `oba_user_indices` (
  `type` VARCHAR(50) NOT NULL,
  `value` VARCHAR(200) NOT NULL,
  `credentials` VARCHAR(255) DEFAULT NULL,
  `user_id` INT DEFAULT NULL,
  PRIMARY KEY (`type`, `value`),
  KEY `FK_oba_user_indices_user` (`user_id`),
  CONSTRAINT `FK_oba_user_indices_user` FOREIGN KEY (`user_id`) REFERENCES `oba_users` (`id`)
);

CREATE TABLE `oba_stop_problem_reports` (
  `id` BIGINT NOT NULL,
  `code` VARCHAR(255) DEFAULT NULL,
  `data` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(25) DEFAULT NULL,
  `stopId_agencyId` VARCHAR(50) DEFAULT NULL,
  `stopId_id` VARCHAR(255) DEFAULT NULL,
  `time` BIGINT NOT NULL,
  `userComment` VARCHAR(255) DEFAULT NULL,
  `userLat` DOUBLE DEFAULT NULL,
  `userLocationAccuracy` DOUBLE DEFAULT NULL,
  `userLon` DOUBLE DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oba_trip_problem_reports` (
  `id` BIGINT NOT NULL,
  `block_agencyId` VARCHAR(50) DEFAULT NULL,
  `block_id` VARCHAR(255) DEFAULT NULL,
  `code` VARCHAR(255) DEFAULT NULL,
  `data` VARCHAR(255) DEFAULT NULL,
  `distanceAlongBlock` DOUBLE DEFAULT NULL,
  `label` VARCHAR(255) DEFAULT NULL,
  `matchedVehicle_agencyId` VARCHAR(50) DEFAULT NULL,
  `matchedVehicle_id` VARCHAR(255) DEFAULT NULL,
  `predicted` BIT NOT NULL,
  `scheduleDeviation` DOUBLE DEFAULT NULL,
  `serviceDate` BIGINT NOT NULL,
  `status` VARCHAR(25) DEFAULT NULL,
  `stop_agencyId` VARCHAR(50) DEFAULT NULL,
  `stop_id` VARCHAR(255) DEFAULT NULL,
  `time` BIGINT NOT NULL,
  `trip_agencyId` VARCHAR(50) DEFAULT NULL,
  `trip_id` VARCHAR(255) DEFAULT NULL,
  `userComment` VARCHAR(255) DEFAULT NULL,
  `userLat` DOUBLE DEFAULT NULL,
  `userLocationAccuracy` DOUBLE DEFAULT NULL,
  `userLon` DOUBLE DEFAULT NULL,
  `userOnVehicle` BIT NOT NULL,
  `userVehicleNumber` VARCHAR(255) DEFAULT NULL,
  `vehicle_agencyId` VARCHAR(50) DEFAULT NULL,
  `vehicle_id` VARCHAR(255) DEFAULT NULL,
  `vehicleLat` DOUBLE DEFAULT NULL,
  `vehicleLon` DOUBLE DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `transit_data_block_location_records` (
  `id` INT NOT NULL,
  `block_agencyId` VARCHAR(50) DEFAULT NULL,
  `block_id` VARCHAR(255) DEFAULT NULL,
  `distanceAlongBlock` DOUBLE DEFAULT NULL,
  `distanceAlongTrip` DOUBLE DEFAULT NULL,
  `locationLat` DOUBLE DEFAULT NULL,
  `locationLon` DOUBLE DEFAULT NULL,
  `orientation` DOUBLE DEFAULT NULL,
  `phase` VARCHAR(50) DEFAULT NULL,
  `scheduleDeviation` DOUBLE DEFAULT NULL,
  `serviceDate` BIGINT NOT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `time` BIGINT NOT NULL,
  `timepoint_agencyId` VARCHAR(50) DEFAULT NULL,
  `timepoint_id` VARCHAR(255) DEFAULT NULL,
  `timepointPredictedArrivalTime` BIGINT NOT NULL,
  `timepointPredictedDepartureTime` BIGINT NOT NULL,
  `timepointScheduledTime` BIGINT NOT NULL,
  `trip_agencyId` VARCHAR(50) DEFAULT NULL,
  `trip_id` VARCHAR(255) DEFAULT NULL,
  `vehicle_agencyId` VARCHAR(50) DEFAULT NULL,
  `vehicle_id` VARCHAR(255) DEFAULT NULL,
  `vehicleType` VARCHAR(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vehicle_and_time` (`vehicle_agencyId`, `vehicle_id`, `time`),
  KEY `vehicle_and_serviceDate` (`vehicle_agencyId`, `vehicle_id`, `serviceDate`)
);

CREATE TABLE `oba_block_location_records_historical` (
  `id` VARCHAR(255) NOT NULL,
  `block_agencyId` VARCHAR(50) DEFAULT NULL,
  `block_id` VARCHAR(255) DEFAULT NULL,
  `distanceAlongBlock` DOUBLE DEFAULT NULL,
  `distanceAlongTrip` DOUBLE DEFAULT NULL,
  `locationLat` DOUBLE DEFAULT NULL,
  `locationLon` DOUBLE DEFAULT NULL,
  `orientation` DOUBLE DEFAULT NULL,
  `phase` VARCHAR(50) DEFAULT NULL,
  `scheduleDeviation` DOUBLE DEFAULT NULL,
  `serviceDate` BIGINT NOT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `time` BIGINT NOT NULL,
  `timepoint_agencyId` VARCHAR(50) DEFAULT NULL,
  `timepoint_id` VARCHAR(255) DEFAULT NULL,
  `timepointPredictedTime` BIGINT NOT NULL,
  `timepointScheduledTime` BIGINT NOT NULL,
  `trip_agencyId` VARCHAR(50) DEFAULT NULL,
  `trip_id` VARCHAR(255) DEFAULT NULL,
  `vehicle_agencyId` VARCHAR(50) DEFAULT NULL,
  `vehicle_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oba_block_location_records_historical_trip` (`trip_agencyId`, `trip_id`)
);

CREATE TABLE `oba_schedule_deviation_history` (
  `trip_agencyId` VARCHAR(50) NOT NULL,
  `trip_id` VARCHAR(255) NOT NULL,
  `scheduleDeviations` TINYBLOB DEFAULT NULL,
  `scheduleTimes` TINYBLOB DEFAULT NULL,
  PRIMARY KEY (`trip_agencyId`, `trip_id`)
);

CREATE TABLE `transit_data_service_alerts_records` (
  `id` INT NOT NULL,
  `service_alert_agency_id` VARCHAR(50) NOT NULL,
  `cause` VARCHAR(255) DEFAULT NULL,
  `consequence_message` VARCHAR(50) DEFAULT NULL,
  `copy` BIT DEFAULT NULL,
  `creationTime` BIGINT DEFAULT NULL,
  `modifiedTime` BIGINT DEFAULT NULL,
  `service_alert_id` VARCHAR(255) NOT NULL,
  `severity` VARCHAR(255) DEFAULT NULL,
  `source` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `transit_data_service_alerts_time_ranges` (
  `id` INT NOT NULL,
  `fromValue` BIGINT DEFAULT NULL,
  `serviceAlertRecord_id` INT DEFAULT NULL,
  `toValue` BIGINT DEFAULT NULL,
  `servicealert_active_window_id` INT DEFAULT NULL,
  `servicealert_publication_window_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_sa_time_ranges_record` FOREIGN KEY (`serviceAlertRecord_id`) REFERENCES `transit_data_service_alerts_records` (`id`),
  CONSTRAINT `FK_sa_time_ranges_active` FOREIGN KEY (`servicealert_active_window_id`) REFERENCES `transit_data_service_alerts_records` (`id`),
  CONSTRAINT `FK_sa_time_ranges_publication` FOREIGN KEY (`servicealert_publication_window_id`) REFERENCES `transit_data_service_alerts_records` (`id`)
);

CREATE TABLE `transit_data_service_alerts_localized_strings` (
  `id` INT NOT NULL,
  `language` VARCHAR(255) DEFAULT NULL,
  `value` LONGTEXT DEFAULT NULL,
  `servicealert_summary_id` INT DEFAULT NULL,
  `servicealert_description_id` INT DEFAULT NULL,
  `servicealert_url_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_sa_strings_summary` FOREIGN KEY (`servicealert_summary_id`) REFERENCES `transit_data_service_alerts_records` (`id`),
  CONSTRAINT `FK_sa_strings_description` FOREIGN KEY (`servicealert_description_id`) REFERENCES `transit_data_service_alerts_records` (`id`),
  CONSTRAINT `FK_sa_strings_url` FOREIGN KEY (`servicealert_url_id`) REFERENCES `transit_data_service_alerts_records` (`id`)
);

CREATE TABLE `transit_data_service_alerts_situation_affects` (
  `id` INT NOT NULL,
  `agencyId` VARCHAR(255) DEFAULT NULL,
  `application_id` VARCHAR(255) DEFAULT NULL,
  `direction_id` VARCHAR(255) DEFAULT NULL,
  `route_id` VARCHAR(255) DEFAULT NULL,
  `serviceAlertRecord_id` INT DEFAULT NULL,
  `stop_id` VARCHAR(255) DEFAULT NULL,
  `trip_id` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_sa_affects_record` FOREIGN KEY (`serviceAlertRecord_id`) REFERENCES `transit_data_service_alerts_records` (`id`)
);

CREATE TABLE `transit_data_service_alerts_situation_consequence` (
  `id` INT NOT NULL,
  `detourPath` VARCHAR(255) DEFAULT NULL,
  `effect` VARCHAR(255) DEFAULT NULL,
  `serviceAlertRecord_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_sa_consequence_record` FOREIGN KEY (`serviceAlertRecord_id`) REFERENCES `transit_data_service_alerts_records` (`id`)
);

CREATE TABLE `ServiceAlertSituationConsequenceClause_detourStopIds` (
  `ServiceAlertSituationConsequenceClause_id` INT NOT NULL,
  `detourStopIds` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`ServiceAlertSituationConsequenceClause_id`, `detourStopIds`),
  CONSTRAINT `FK_sa_detour_stops_consequence` FOREIGN KEY (`ServiceAlertSituationConsequenceClause_id`) REFERENCES `transit_data_service_alerts_situation_consequence` (`id`)
);

CREATE TABLE `alert` (
  `id` BIGINT NOT NULL,
  `cause` VARCHAR(20) DEFAULT NULL,
  `description_text` LONGTEXT DEFAULT NULL,
  `effect` VARCHAR(20) DEFAULT NULL,
  `header_text` VARCHAR(80) DEFAULT NULL,
  `timestamp` DATETIME DEFAULT NULL,
  `url` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `alrt_id_idx` (`id`),
  KEY `alrt_timestamp_idx` (`timestamp`)
);

CREATE TABLE `entity_selector` (
  `id` BIGINT NOT NULL,
  `agency_id` VARCHAR(15) DEFAULT NULL,
  `alert_id` BIGINT NOT NULL,
  `route_id` VARCHAR(20) DEFAULT NULL,
  `route_type` BIGINT DEFAULT NULL,
  `stop_id` VARCHAR(20) DEFAULT NULL,
  `trip_id` VARCHAR(20) DEFAULT NULL,
  `trip_route_id` VARCHAR(20) DEFAULT NULL,
  `trip_start_date` VARCHAR(10) DEFAULT NULL,
  `trip_start_time` VARCHAR(8) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `es_id_idx` (`id`),
  KEY `es_agency_id_idx` (`agency_id`),
  KEY `es_route_id_idx` (`route_id`),
  KEY `es_stop_id_idx` (`stop_id`),
  KEY `es_trip_id_idx` (`trip_id`),
  KEY `es_trip_route_id_idx` (`trip_route_id`),
  KEY `es_alert_id_idx` (`alert_id`),
  CONSTRAINT `FK_entity_selector_alert` FOREIGN KEY (`alert_id`) REFERENCES `alert` (`id`)
);

CREATE TABLE `time_range` (
  `id` BIGINT NOT NULL,
  `alert_id` BIGINT NOT NULL,
  `time_end` BIGINT DEFAULT NULL,
  `time_start` BIGINT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tr_id_idx` (`id`),
  KEY `tr_alert_id_idx` (`alert_id`),
  CONSTRAINT `FK_time_range_alert` FOREIGN KEY (`alert_id`) REFERENCES `alert` (`id`)
);

CREATE TABLE `trip_update` (
  `id` BIGINT NOT NULL,
  `delay` INT DEFAULT NULL,
  `route_id` VARCHAR(20) DEFAULT NULL,
  `schedule_relationship` INT NOT NULL,
  `timestamp` DATETIME DEFAULT NULL,
  `trip_id` VARCHAR(20) DEFAULT NULL,
  `trip_start` DATETIME DEFAULT NULL,
  `vehicle_id` VARCHAR(20) DEFAULT NULL,
  `vehicle_label` VARCHAR(20) DEFAULT NULL,
  `vehicle_license_plate` VARCHAR(15) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tu_id_idx` (`id`),
  KEY `tu_trip_id_idx` (`trip_id`),
  KEY `tu_route_id_idx` (`route_id`),
  KEY `tu_vehicle_id_idx` (`vehicle_id`),
  KEY `tu_timestamp_idx` (`timestamp`)
);

CREATE TABLE `stop_time_update` (
  `id` BIGINT NOT NULL,
  `arrival_delay` INT DEFAULT NULL,
  `arrival_time` DATETIME DEFAULT NULL,
  `arrival_uncertainty` INT DEFAULT NULL,
  `departure_delay` INT DEFAULT NULL,
  `departure_time` DATETIME DEFAULT NULL,
  `departure_uncertainty` INT DEFAULT NULL,
  `schedule_relationship` INT NOT NULL,
  `stop_id` VARCHAR(20) DEFAULT NULL,
  `stop_sequence` BIGINT DEFAULT NULL,
  `trip_update_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `stu_id_idx` (`id`),
  KEY `stu_stop_sequence_idx` (`stop_sequence`),
  KEY `stu_stop_id_idx` (`stop_id`),
  KEY `stu_trip_update_id_idx` (`trip_update_id`),
  CONSTRAINT `FK_stop_time_update_trip_update` FOREIGN KEY (`trip_update_id`) REFERENCES `trip_update` (`id`)
);

CREATE TABLE `vehicle_position` (
  `id` BIGINT NOT NULL,
  `bearing` FLOAT DEFAULT NULL,
  `lat` FLOAT DEFAULT NULL,
  `lon` FLOAT DEFAULT NULL,
  `route_id` VARCHAR(20) DEFAULT NULL,
  `speed` FLOAT DEFAULT NULL,
  `stop_id` VARCHAR(20) DEFAULT NULL,
  `timestamp` DATETIME DEFAULT NULL,
  `trip_id` VARCHAR(20) DEFAULT NULL,
  `trip_start` DATETIME DEFAULT NULL,
  `vehicle_id` VARCHAR(20) DEFAULT NULL,
  `vehicle_label` VARCHAR(20) DEFAULT NULL,
  `vehicle_license_plate` VARCHAR(15) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `vp_id_idx` (`id`),
  KEY `vp_trip_id_idx` (`trip_id`),
  KEY `vp_route_id_idx` (`route_id`),
  KEY `vp_vehicle_id_idx` (`vehicle_id`),
  KEY `vp_lat_idx` (`lat`),
  KEY `vp_lon_idx` (`lon`),
  KEY `vp_stop_id_idx` (`stop_id`),
  KEY `vp_timestamp_idx` (`timestamp`)
);

CREATE TABLE `agency_metadata` (
  `id` BIGINT NOT NULL,
  `agency_message` LONGTEXT DEFAULT NULL,
  `bounding_box` LONGTEXT DEFAULT NULL,
  `gtfs_feed_url` LONGTEXT DEFAULT NULL,
  `gtfs_id` VARCHAR(35) DEFAULT NULL,
  `gtfs_rt_feed_url` LONGTEXT DEFAULT NULL,
  `legacy_id` VARCHAR(35) DEFAULT NULL,
  `name` VARCHAR(40) DEFAULT NULL,
  `ntd_id` VARCHAR(5) DEFAULT NULL,
  `short_name` VARCHAR(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `agency_id_idx` (`id`)
);

CREATE TABLE `oba_geocoder_results` (
  `location` VARCHAR(255) NOT NULL,
  `results` LONGBLOB DEFAULT NULL,
  PRIMARY KEY (`location`)
);

CREATE TABLE `Assignment` (
  `assignment_date` DATETIME NOT NULL,
  `block_id` VARCHAR(255) NOT NULL,
  `vehicleId` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`assignment_date`, `block_id`)
);

CREATE TABLE `AssignmentConfig` (
  `key_id` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`key_id`)
);

CREATE TABLE `icinga_items` (
  `id` INT NOT NULL,
  `SERVICE_CURRENT_STATE` INT NOT NULL,
  `SERVICE_DISPLAY_NAME` VARCHAR(255) DEFAULT NULL,
  `SERVICE_IS_PENDING` INT NOT NULL,
  `SERVICE_NAME` VARCHAR(255) DEFAULT NULL,
  `SERVICE_OUTPUT` VARCHAR(255) DEFAULT NULL,
  `SERVICE_PERFDATA` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

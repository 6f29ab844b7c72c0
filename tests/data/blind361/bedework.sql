-- Bedework calendar engine (Apereo Bedework: CalDAV server, public events calendar and personal calendars),
-- github.com/Bedework/bw-calendar-engine, commit 0c8f74f6b9d85c740144020da8e66e4d0daa7a65 (the mapping files last
-- changed in d00af7c332aaf944b13b6c69f907f7177822e52a), Apache-2.0.
-- Source: the Hibernate mappings bw-calendar-engine-core-rw-hibernate/src/main/resources/*.hbm.xml listed in
-- hibernate.cfg.xml (23 files), turned into the DDL Hibernate's schema export writes for MySQL: one table per
-- <class> (id, version, properties and flattened components, many-to-one columns, in mapping order), then one table
-- per <set>/<list> (key column, element or many-to-many column -- "elt" when unnamed -- or composite-element
-- columns, list index last); primary keys as Hibernate sets them (sets: key + not-null element columns; lists:
-- key + index), unique="true" / unique-key as UNIQUE KEYs, foreign keys to the referenced class's key.
-- Types: integer -> INT, long -> BIGINT, string -> VARCHAR(length, default 255), text -> LONGTEXT, true_false and
-- char -> CHAR(1), boolean -> BIT(1), big_decimal -> DECIMAL(19,2), timestamp -> DATETIME, MaterializedBlob ->
-- LONGBLOB; native ids AUTO_INCREMENT. Two mappings share a table: bw_fbcomp (class BwFreeBusyComponent and the
-- events' freeBusyPeriods list: the class key bwid is kept, the list's eventid and fbcomp_position added as
-- nullable columns) and the four bw_authpref* tables (classes and the sets of bw_auth: same two columns, the set's
-- key kept). Tables are ordered so that referenced tables come first; DEFAULT CHARSET=utf8 as a Bedework MySQL
-- installation has it (bw_events and bw_attendees exceed InnoDB's row size in utf8mb4). Plain indexes left out.
-- Left out: the hbm files that hibernate.cfg.xml does not load (HostInfo, ScheduleMessage, SynchData, SynchInfo,
-- SynchState, UserInfo).

CREATE TABLE `bw_adminGroups` (
  `bw_groupid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `account` VARCHAR(255) NOT NULL,
  `bw_principal_ref` VARCHAR(255) NOT NULL,
  `description` VARCHAR(2000),
  `bw_group_owner` VARCHAR(255) NOT NULL,
  `bw_owner` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`bw_groupid`),
  UNIQUE KEY `ag-key` (`account`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_adminGroupMembers` (
  `bw_groupid` INT NOT NULL,
  `memberid` INT NOT NULL,
  `member_is_group` CHAR(1) NOT NULL,
  PRIMARY KEY (`bw_groupid`, `memberid`, `member_is_group`),
  FOREIGN KEY (`bw_groupid`) REFERENCES `bw_adminGroups` (`bw_groupid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_alarms` (
  `alarmid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `alarm_type` INT,
  `bw_owner` VARCHAR(255) NOT NULL,
  `publick` CHAR(1) NOT NULL,
  `trigger_rfctime` VARCHAR(16),
  `trigger_start` CHAR(1) NOT NULL,
  `duration` VARCHAR(100),
  `repetitions` INT,
  `attach` VARCHAR(2000),
  `expired` CHAR(1) NOT NULL,
  PRIMARY KEY (`alarmid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_attachments` (
  `bwid` INT NOT NULL AUTO_INCREMENT,
  `bw_fmttype` VARCHAR(20),
  `bw_valuetype` VARCHAR(20),
  `bw_encoding` VARCHAR(2000),
  `bw_uri` VARCHAR(2000),
  `bw_value` LONGTEXT,
  PRIMARY KEY (`bwid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_attendees` (
  `attendeeid` INT NOT NULL AUTO_INCREMENT,
  `cn` VARCHAR(2000),
  `cutype` VARCHAR(2000),
  `delegated_from` VARCHAR(2000),
  `delegated_to` VARCHAR(2000),
  `dir` VARCHAR(2000),
  `lang` VARCHAR(100),
  `member` VARCHAR(2000),
  `rsvp` CHAR(1),
  `role` VARCHAR(200),
  `partstat` VARCHAR(100),
  `sent_by` VARCHAR(2000),
  `attendee_uri` VARCHAR(2000),
  `rfcsequence` INT,
  `bw_sched_agent` INT,
  `bw_sched_status` VARCHAR(100),
  `dtstamp` VARCHAR(16),
  PRIMARY KEY (`attendeeid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_auth` (
  `userid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_user` VARCHAR(255) NOT NULL,
  `autoaddCategories` CHAR(1) NOT NULL,
  `autoaddLocations` CHAR(1) NOT NULL,
  `autoaddContacts` CHAR(1) NOT NULL,
  `autoaddCalendars` CHAR(1) NOT NULL,
  `usertype` INT,
  PRIMARY KEY (`userid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_calendars` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_creator` VARCHAR(255),
  `bw_owner` VARCHAR(255),
  `bwaccess` VARCHAR(3900),
  `publick` CHAR(1) NOT NULL,
  `calname` VARCHAR(100) NOT NULL,
  `bwpath` VARCHAR(3000) NOT NULL,
  `bw_col_path` VARCHAR(3000),
  `summary` VARCHAR(500),
  `description` VARCHAR(1000),
  `mail_list_id` VARCHAR(200),
  `caltype` INT NOT NULL,
  `bw_created` VARCHAR(16) NOT NULL,
  `bw_filterexpr` LONGTEXT,
  `bw_alias_uri` VARCHAR(500),
  `display` CHAR(1) NOT NULL,
  `affects_free_busy` CHAR(1) NOT NULL,
  `ignore_transparency` CHAR(1) NOT NULL,
  `unremoveable` CHAR(1) NOT NULL,
  `bwrefreshseconds` INT,
  `bwlastrefresh` VARCHAR(16),
  `bwlastetag` VARCHAR(256),
  `bwrid` VARCHAR(256),
  `bwrpw` VARCHAR(500),
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_authprefCalendars` (
  `userid` INT NOT NULL,
  `calendarid` INT NOT NULL,
  PRIMARY KEY (`userid`, `calendarid`),
  FOREIGN KEY (`userid`) REFERENCES `bw_auth` (`userid`),
  FOREIGN KEY (`calendarid`) REFERENCES `bw_calendars` (`id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_collection_lastmods` (
  `bw_id` INT NOT NULL,
  `bwpath` VARCHAR(3000) NOT NULL,
  `bw_timestamp` VARCHAR(16) NOT NULL,
  `bw_sequence` INT,
  PRIMARY KEY (`bw_id`),
  FOREIGN KEY (`bw_id`) REFERENCES `bw_calendars` (`id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_filters` (
  `filterid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_owner` VARCHAR(255),
  `publick` CHAR(1) NOT NULL,
  `filtername` VARCHAR(200),
  `bwdefinition` LONGTEXT,
  PRIMARY KEY (`filterid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_groups` (
  `bw_group_id` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_account` VARCHAR(200) NOT NULL,
  `bw_principal_ref` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`bw_group_id`),
  UNIQUE KEY `group-key` (`bw_account`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_group_Members` (
  `groupid` INT NOT NULL,
  `memberid` INT NOT NULL,
  `member_is_group` CHAR(1) NOT NULL,
  PRIMARY KEY (`groupid`, `memberid`, `member_is_group`),
  FOREIGN KEY (`groupid`) REFERENCES `bw_groups` (`bw_group_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_longstrings` (
  `bw_id` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_lang` VARCHAR(100),
  `bw_value` LONGTEXT,
  PRIMARY KEY (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_preferences` (
  `prefid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_owner` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `bw_default_calendar` VARCHAR(3900),
  `skin_name` VARCHAR(255),
  `skin_style` VARCHAR(255),
  `preferred_view` VARCHAR(255),
  `preferred_view_period` VARCHAR(255),
  `bw_page_size` INT,
  `workdays` VARCHAR(255),
  `workday_start` INT,
  `workday_end` INT,
  `preferred_endtype` VARCHAR(255),
  `bwuser_mode` INT,
  `bw_hour24` CHAR(1) NOT NULL,
  `bw_sched_autoresp` CHAR(1) NOT NULL,
  `bw_sched_autocancelaction` INT,
  `bw_sched_double_book` CHAR(1) NOT NULL,
  `bw_sched_autoproc_resp` INT,
  PRIMARY KEY (`prefid`),
  UNIQUE KEY (`bw_owner`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_resource_contents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_col_path` VARCHAR(3000),
  `bwname` VARCHAR(100) NOT NULL,
  `bw_value` LONGBLOB,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_resources` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_col_path` VARCHAR(3000) NOT NULL,
  `bw_creator` VARCHAR(255),
  `bw_owner` VARCHAR(255),
  `bwaccess` VARCHAR(3900),
  `publick` CHAR(1) NOT NULL,
  `bwname` VARCHAR(100) NOT NULL,
  `bw_created` VARCHAR(16) NOT NULL,
  `bw_lastmod` VARCHAR(16) NOT NULL,
  `bwsequence` INT,
  `bw_contenttype` VARCHAR(1000),
  `bw_encoding` VARCHAR(1000),
  `bwcontent_length` BIGINT,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_strings` (
  `bw_id` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_lang` VARCHAR(100),
  `bw_value` VARCHAR(3900),
  PRIMARY KEY (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_categories` (
  `categoryid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_creator` VARCHAR(255),
  `bw_owner` VARCHAR(255),
  `bwaccess` VARCHAR(3900),
  `publick` CHAR(1) NOT NULL,
  `bw_catwdid` INT NOT NULL,
  `bw_catdescid` INT,
  `bw_uid` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`categoryid`),
  UNIQUE KEY (`bw_catwdid`),
  UNIQUE KEY (`bw_catdescid`),
  UNIQUE KEY (`bw_uid`),
  FOREIGN KEY (`bw_catwdid`) REFERENCES `bw_strings` (`bw_id`),
  FOREIGN KEY (`bw_catdescid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_authprefCategories` (
  `userid` INT NOT NULL,
  `categoryid` INT NOT NULL,
  PRIMARY KEY (`userid`, `categoryid`),
  FOREIGN KEY (`userid`) REFERENCES `bw_auth` (`userid`),
  FOREIGN KEY (`categoryid`) REFERENCES `bw_categories` (`categoryid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_locations` (
  `entityid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_creator` VARCHAR(255),
  `bw_owner` VARCHAR(255),
  `bwaccess` VARCHAR(3900),
  `publick` CHAR(1) NOT NULL,
  `bw_uid` VARCHAR(50) NOT NULL,
  `bw_locaddrid` INT NOT NULL,
  `bw_locsubaddrid` INT,
  `bw_link` VARCHAR(500),
  PRIMARY KEY (`entityid`),
  UNIQUE KEY (`bw_uid`),
  UNIQUE KEY (`bw_locaddrid`),
  UNIQUE KEY (`bw_locsubaddrid`),
  FOREIGN KEY (`bw_locaddrid`) REFERENCES `bw_strings` (`bw_id`),
  FOREIGN KEY (`bw_locsubaddrid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_authprefLocations` (
  `userid` INT NOT NULL,
  `locationid` INT NOT NULL,
  PRIMARY KEY (`userid`, `locationid`),
  FOREIGN KEY (`userid`) REFERENCES `bw_auth` (`userid`),
  FOREIGN KEY (`locationid`) REFERENCES `bw_locations` (`entityid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_events` (
  `eventid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_entity_type` INT,
  `bw_col_path` VARCHAR(3000) NOT NULL,
  `bw_uid` VARCHAR(1000),
  `eventname` VARCHAR(500),
  `bw_creator` VARCHAR(255),
  `bw_owner` VARCHAR(255),
  `bwaccess` VARCHAR(3900),
  `publick` CHAR(1) NOT NULL,
  `start_date_type` CHAR(1),
  `start_tzid` VARCHAR(255),
  `start_dtval` VARCHAR(16),
  `start_date` VARCHAR(16),
  `bw_start_floating` CHAR(1),
  `end_date_type` CHAR(1),
  `end_tzid` VARCHAR(255),
  `end_dtval` VARCHAR(16),
  `end_date` VARCHAR(16),
  `bw_end_floating` CHAR(1),
  `duration` VARCHAR(255),
  `end_type` CHAR(1) NOT NULL,
  `bw_nostart` CHAR(1) NOT NULL,
  `bw_deleted` CHAR(1) NOT NULL,
  `bwtombstoned` CHAR(1) NOT NULL,
  `bw_class` VARCHAR(250),
  `bw_link` VARCHAR(500),
  `bw_geolatitude` DECIMAL(19,2),
  `bw_geolongitude` DECIMAL(19,2),
  `status` VARCHAR(255),
  `cost` VARCHAR(255),
  `bw_dtstamp` VARCHAR(16),
  `bw_lastmod` VARCHAR(16) NOT NULL,
  `bw_created` VARCHAR(16) NOT NULL,
  `bw_stag` VARCHAR(21),
  `priority` INT,
  `locationid` INT,
  `rfcsequence` INT,
  `transparency` VARCHAR(100),
  `percent_complete` INT,
  `completed` VARCHAR(16),
  `recurring` CHAR(1) NOT NULL,
  `recurrence_id` VARCHAR(16),
  `latest_date` VARCHAR(255),
  `schedule_method` INT,
  `originator` VARCHAR(255),
  `bw_org_cn` VARCHAR(500),
  `bw_org_dir` VARCHAR(500),
  `bw_org_lang` VARCHAR(100),
  `bw_org_sentby` VARCHAR(500),
  `bw_org_uri` VARCHAR(500),
  `bw_org_sched_status` VARCHAR(100),
  `bw_org_dtstamp` VARCHAR(16),
  `bw_reltype` VARCHAR(100),
  `bw_reltoval` VARCHAR(500),
  `schedule_state` INT,
  `bw_org_scheduleobj` BIT(1) NOT NULL,
  `bw_att_scheduleobj` BIT(1) NOT NULL,
  `busy_type` INT,
  PRIMARY KEY (`eventid`),
  FOREIGN KEY (`locationid`) REFERENCES `bw_locations` (`entityid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_annotations` (
  `eventid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_entity_type` INT,
  `bw_col_path` VARCHAR(3000) NOT NULL,
  `eventname` VARCHAR(500),
  `bw_uid` VARCHAR(1000),
  `bw_creator` VARCHAR(255),
  `bw_owner` VARCHAR(255),
  `bwaccess` VARCHAR(3900),
  `publick` CHAR(1),
  `start_date_type` CHAR(1),
  `start_tzid` VARCHAR(255),
  `start_dtval` VARCHAR(16),
  `start_date` VARCHAR(16),
  `bw_start_floating` CHAR(1),
  `end_date_type` CHAR(1),
  `end_tzid` VARCHAR(255),
  `end_dtval` VARCHAR(16),
  `end_date` VARCHAR(16),
  `bw_end_floating` CHAR(1),
  `duration` VARCHAR(255),
  `end_type` CHAR(1),
  `bw_nostart` CHAR(1),
  `bw_deleted` CHAR(1),
  `bwtombstoned` CHAR(1) NOT NULL,
  `bw_class` VARCHAR(250),
  `bw_link` VARCHAR(500),
  `bw_geolatitude` DECIMAL(19,2),
  `bw_geolongitude` DECIMAL(19,2),
  `status` VARCHAR(255),
  `cost` VARCHAR(255),
  `bw_dtstamp` VARCHAR(16),
  `bw_lastmod` VARCHAR(16),
  `bw_created` VARCHAR(16),
  `bw_stag` VARCHAR(21),
  `priority` INT,
  `locationid` INT,
  `rfcsequence` INT,
  `transparency` VARCHAR(100),
  `percent_complete` INT,
  `completed` VARCHAR(16),
  `recurring` CHAR(1),
  `recurrence_id` VARCHAR(16),
  `latest_date` VARCHAR(255),
  `schedule_method` INT,
  `originator` VARCHAR(255),
  `bw_org_cn` VARCHAR(500),
  `bw_org_dir` VARCHAR(500),
  `bw_org_lang` VARCHAR(100),
  `bw_org_sentby` VARCHAR(500),
  `bw_org_uri` VARCHAR(500),
  `bw_org_sched_status` VARCHAR(100),
  `bw_org_dtstamp` VARCHAR(16),
  `bw_reltype` VARCHAR(100),
  `bw_reltoval` VARCHAR(500),
  `schedule_state` INT,
  `targetid` INT,
  `masterid` INT,
  `bw_override` CHAR(1) NOT NULL,
  `bw_empty_flags` VARCHAR(200),
  PRIMARY KEY (`eventid`),
  FOREIGN KEY (`locationid`) REFERENCES `bw_locations` (`entityid`),
  FOREIGN KEY (`targetid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`masterid`) REFERENCES `bw_events` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_fbcomp` (
  `bwid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bwtype` INT,
  `bwvalue` VARCHAR(3900),
  `eventid` INT,
  `fbcomp_position` INT,
  PRIMARY KEY (`bwid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_contacts` (
  `entityid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_creator` VARCHAR(255),
  `bw_owner` VARCHAR(255),
  `bwaccess` VARCHAR(3900),
  `publick` CHAR(1) NOT NULL,
  `bw_uid` VARCHAR(50) NOT NULL,
  `bw_connameid` INT NOT NULL,
  `bw_phone` VARCHAR(255),
  `bw_email` VARCHAR(255),
  `bw_link` VARCHAR(500),
  PRIMARY KEY (`entityid`),
  UNIQUE KEY (`bw_uid`),
  UNIQUE KEY (`bw_connameid`),
  FOREIGN KEY (`bw_connameid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_authprefContacts` (
  `userid` INT NOT NULL,
  `contactid` INT NOT NULL,
  PRIMARY KEY (`userid`, `contactid`),
  FOREIGN KEY (`userid`) REFERENCES `bw_auth` (`userid`),
  FOREIGN KEY (`contactid`) REFERENCES `bw_contacts` (`entityid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bwname` VARCHAR(200),
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_users` (
  `userid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_account` VARCHAR(200) NOT NULL,
  `bw_principal_ref` VARCHAR(255) NOT NULL,
  `instance_owner` CHAR(1) NOT NULL,
  `bw_created` DATETIME,
  `bw_last_logon` DATETIME,
  `bw_last_access` DATETIME,
  `bw_last_modify` DATETIME,
  `bw_category_access` VARCHAR(3900),
  `bw_contact_access` VARCHAR(3900),
  `bw_location_access` VARCHAR(3900),
  `bw_quota` BIGINT,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `user-key` (`bw_account`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_views` (
  `viewid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `viewname` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`viewid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_calsuites` (
  `csid` INT NOT NULL AUTO_INCREMENT,
  `bwseq` INT NOT NULL,
  `bw_creator` VARCHAR(255),
  `bw_owner` VARCHAR(255),
  `bwaccess` VARCHAR(3900),
  `publick` CHAR(1) NOT NULL,
  `csname` VARCHAR(255) NOT NULL,
  `groupid` INT NOT NULL,
  `bw_root_collection` VARCHAR(3000),
  `bw_submissions_root` VARCHAR(3000),
  PRIMARY KEY (`csid`),
  UNIQUE KEY (`csname`),
  FOREIGN KEY (`groupid`) REFERENCES `bw_adminGroups` (`bw_groupid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_alarmsummaries` (
  `bw_alarmid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_alarmid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_alarmid`) REFERENCES `bw_alarms` (`alarmid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_alarmdescriptions` (
  `bw_alarmid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_alarmid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_alarmid`) REFERENCES `bw_alarms` (`alarmid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_alarm_attendees` (
  `alarmid` INT NOT NULL,
  `attendeeid` INT NOT NULL,
  PRIMARY KEY (`alarmid`, `attendeeid`),
  FOREIGN KEY (`alarmid`) REFERENCES `bw_alarms` (`alarmid`),
  FOREIGN KEY (`attendeeid`) REFERENCES `bw_attendees` (`attendeeid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_alarm_xprops` (
  `alarmid` INT NOT NULL,
  `bw_name` VARCHAR(100),
  `bw_pars` VARCHAR(4000),
  `bw_value` LONGTEXT,
  `bwxp_position` INT NOT NULL,
  PRIMARY KEY (`alarmid`, `bwxp_position`),
  FOREIGN KEY (`alarmid`) REFERENCES `bw_alarms` (`alarmid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_calendar_categories` (
  `calendarid` INT NOT NULL,
  `categoryid` INT NOT NULL,
  PRIMARY KEY (`calendarid`, `categoryid`),
  FOREIGN KEY (`calendarid`) REFERENCES `bw_calendars` (`id`),
  FOREIGN KEY (`categoryid`) REFERENCES `bw_categories` (`categoryid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_calendar_properties` (
  `bwid` INT NOT NULL,
  `bw_name` VARCHAR(200),
  `bw_value` LONGTEXT,
  FOREIGN KEY (`bwid`) REFERENCES `bw_calendars` (`id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_summaries` (
  `bw_eventid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_descriptions` (
  `bw_eventid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_longstrings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_comments` (
  `bw_eventid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_contacts` (
  `eventid` INT NOT NULL,
  `contactid` INT NOT NULL,
  PRIMARY KEY (`eventid`, `contactid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`contactid`) REFERENCES `bw_contacts` (`entityid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_resources` (
  `bw_eventid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_categories` (
  `eventid` INT NOT NULL,
  `categoryid` INT NOT NULL,
  PRIMARY KEY (`eventid`, `categoryid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`categoryid`) REFERENCES `bw_categories` (`categoryid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_entity_alarms` (
  `eventid` INT NOT NULL,
  `alarmid` INT NOT NULL,
  PRIMARY KEY (`eventid`, `alarmid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`alarmid`) REFERENCES `bw_alarms` (`alarmid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_entity_attachments` (
  `eventid` INT NOT NULL,
  `attachid` INT NOT NULL,
  PRIMARY KEY (`eventid`, `attachid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`attachid`) REFERENCES `bw_attachments` (`bwid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_rrules` (
  `eventid` INT NOT NULL,
  `rrule` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`eventid`, `rrule`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_rdates` (
  `eventid` INT NOT NULL,
  `r_date_type` CHAR(1) NOT NULL,
  `r_tzid` VARCHAR(255),
  `r_dtval` VARCHAR(16) NOT NULL,
  `r_date` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`eventid`, `r_date_type`, `r_dtval`, `r_date`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_exrules` (
  `eventid` INT NOT NULL,
  `exrule` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`eventid`, `exrule`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_exdates` (
  `eventid` INT NOT NULL,
  `ex_date_type` CHAR(1) NOT NULL,
  `ex_tzid` VARCHAR(255),
  `ex_dtval` VARCHAR(16) NOT NULL,
  `ex_date` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`eventid`, `ex_date_type`, `ex_dtval`, `ex_date`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_recipients` (
  `eventid` INT NOT NULL,
  `recipient` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`eventid`, `recipient`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_attendees` (
  `eventid` INT NOT NULL,
  `attendeeid` INT NOT NULL,
  PRIMARY KEY (`eventid`, `attendeeid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`attendeeid`) REFERENCES `bw_attendees` (`attendeeid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_rstatus` (
  `eventid` INT NOT NULL,
  `bw_rscode` VARCHAR(100),
  `bw_rsdescid` INT,
  `bw_rsdata` VARCHAR(250),
  UNIQUE KEY (`bw_rsdescid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`),
  FOREIGN KEY (`bw_rsdescid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_xprops` (
  `bw_eventid` INT NOT NULL,
  `bw_name` VARCHAR(100),
  `bw_pars` VARCHAR(4000),
  `bw_value` LONGTEXT,
  `bwxp_position` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bwxp_position`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_events` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_event_availuids` (
  `eventid` INT NOT NULL,
  `avluid` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`eventid`, `avluid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_events` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_summaries` (
  `bw_eventid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_event_annotations` (`eventid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_descriptions` (
  `bw_eventid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_event_annotations` (`eventid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_longstrings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_comments` (
  `bw_eventid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_event_annotations` (`eventid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_contacts` (
  `eventid` INT NOT NULL,
  `contactid` INT NOT NULL,
  PRIMARY KEY (`eventid`, `contactid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`),
  FOREIGN KEY (`contactid`) REFERENCES `bw_contacts` (`entityid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_resources` (
  `bw_eventid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_event_annotations` (`eventid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_categories` (
  `eventid` INT NOT NULL,
  `categoryid` INT NOT NULL,
  PRIMARY KEY (`eventid`, `categoryid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`),
  FOREIGN KEY (`categoryid`) REFERENCES `bw_categories` (`categoryid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_alarms` (
  `eventid` INT NOT NULL,
  `alarmid` INT NOT NULL,
  PRIMARY KEY (`eventid`, `alarmid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`),
  FOREIGN KEY (`alarmid`) REFERENCES `bw_alarms` (`alarmid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_attachments` (
  `eventid` INT NOT NULL,
  `attachid` INT NOT NULL,
  PRIMARY KEY (`eventid`, `attachid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`),
  FOREIGN KEY (`attachid`) REFERENCES `bw_attachments` (`bwid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_rrules` (
  `eventid` INT NOT NULL,
  `rrule` VARCHAR(255),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_rdates` (
  `eventid` INT NOT NULL,
  `r_date_type` CHAR(1) NOT NULL,
  `r_tzid` VARCHAR(255),
  `r_dtval` VARCHAR(16) NOT NULL,
  `r_date` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`eventid`, `r_date_type`, `r_dtval`, `r_date`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_exrules` (
  `eventid` INT NOT NULL,
  `exrule` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`eventid`, `exrule`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_exdates` (
  `eventid` INT NOT NULL,
  `ex_date_type` CHAR(1) NOT NULL,
  `ex_tzid` VARCHAR(255),
  `ex_dtval` VARCHAR(16) NOT NULL,
  `ex_date` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`eventid`, `ex_date_type`, `ex_dtval`, `ex_date`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_recipients` (
  `eventid` INT NOT NULL,
  `recipient` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`eventid`, `recipient`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_attendees` (
  `eventid` INT NOT NULL,
  `attendeeid` INT NOT NULL,
  PRIMARY KEY (`eventid`, `attendeeid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`),
  FOREIGN KEY (`attendeeid`) REFERENCES `bw_attendees` (`attendeeid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_rstatus` (
  `eventid` INT NOT NULL,
  `bw_rscode` VARCHAR(100),
  `bw_rsdescid` INT,
  `bw_rsdata` VARCHAR(250),
  UNIQUE KEY (`bw_rsdescid`),
  FOREIGN KEY (`eventid`) REFERENCES `bw_event_annotations` (`eventid`),
  FOREIGN KEY (`bw_rsdescid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_eventann_xprops` (
  `bw_eventannid` INT NOT NULL,
  `bw_name` VARCHAR(100),
  `bw_pars` VARCHAR(4000),
  `bw_value` LONGTEXT,
  `bwxp_position` INT NOT NULL,
  PRIMARY KEY (`bw_eventannid`, `bwxp_position`),
  FOREIGN KEY (`bw_eventannid`) REFERENCES `bw_event_annotations` (`eventid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_filter_display_names` (
  `bw_eventid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_filters` (`filterid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_strings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_filter_descriptions` (
  `bw_eventid` INT NOT NULL,
  `bw_strid` INT NOT NULL,
  PRIMARY KEY (`bw_eventid`, `bw_strid`),
  UNIQUE KEY (`bw_strid`),
  FOREIGN KEY (`bw_eventid`) REFERENCES `bw_filters` (`filterid`),
  FOREIGN KEY (`bw_strid`) REFERENCES `bw_longstrings` (`bw_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_user_views` (
  `prefid` INT NOT NULL,
  `elt` INT NOT NULL,
  PRIMARY KEY (`prefid`, `elt`),
  FOREIGN KEY (`prefid`) REFERENCES `bw_preferences` (`prefid`),
  FOREIGN KEY (`elt`) REFERENCES `bw_views` (`viewid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_user_properties` (
  `bwid` INT NOT NULL,
  `bw_name` VARCHAR(200),
  `bw_value` LONGTEXT,
  FOREIGN KEY (`bwid`) REFERENCES `bw_preferences` (`prefid`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_system_properties` (
  `bwid` INT NOT NULL,
  `bw_name` VARCHAR(200),
  `bw_value` LONGTEXT,
  FOREIGN KEY (`bwid`) REFERENCES `bw_settings` (`id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `bw_view_collections` (
  `viewid` INT NOT NULL,
  `bw_calpath` VARCHAR(255) NOT NULL,
  `bw_path_positon` INT NOT NULL,
  PRIMARY KEY (`viewid`, `bw_path_positon`),
  FOREIGN KEY (`viewid`) REFERENCES `bw_views` (`viewid`)
) DEFAULT CHARSET=utf8;

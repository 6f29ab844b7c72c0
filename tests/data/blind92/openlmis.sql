SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `commodity_types` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `classificationsystem` varchar(255) NOT NULL,
  `classificationid` varchar(255) NOT NULL,
  `parentid` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `commodity_types_parent` FOREIGN KEY (`parentid`) REFERENCES `commodity_types` (`id`)
);

CREATE TABLE `facilities` (
  `id` char(36) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `code` text NOT NULL,
  `comment` text,
  `description` text,
  `enabled` tinyint(1) NOT NULL,
  `godowndate` date,
  `golivedate` date,
  `name` text,
  `openlmisaccessible` tinyint(1),
  `geographiczoneid` char(36) NOT NULL,
  `operatedbyid` char(36),
  `typeid` char(36) NOT NULL,
  `extradata` json,
  `location` geometry,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk2vn7d69cbm7cl3m4rte8cy6ja` FOREIGN KEY (`geographiczoneid`) REFERENCES `geographic_zones` (`id`),
  CONSTRAINT `fkm12nqtk6paxb7b20m5rklm12w` FOREIGN KEY (`operatedbyid`) REFERENCES `facility_operators` (`id`),
  CONSTRAINT `fkpc0soanvqabccyg5br9aexoc1` FOREIGN KEY (`typeid`) REFERENCES `facility_types` (`id`)
);

CREATE TABLE `facility_operators` (
  `id` char(36) NOT NULL,
  `code` text NOT NULL,
  `description` text,
  `displayorder` int,
  `name` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `facility_types` (
  `id` char(36) NOT NULL,
  `active` tinyint(1),
  `code` text NOT NULL,
  `description` text,
  `displayorder` int,
  `name` text,
  `primaryhealthcare` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `geographic_levels` (
  `id` char(36) NOT NULL,
  `code` text NOT NULL,
  `levelnumber` int NOT NULL,
  `name` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `geographic_zones` (
  `id` char(36) NOT NULL,
  `catchmentpopulation` int,
  `code` text NOT NULL,
  `latitude` decimal(8,5),
  `longitude` decimal(8,5),
  `name` text,
  `levelid` char(36) NOT NULL,
  `parentid` char(36),
  `boundary` geometry,
  `extradata` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk3wu6tbyjf7re179s3v57d0hqw` FOREIGN KEY (`levelid`) REFERENCES `geographic_levels` (`id`),
  CONSTRAINT `geographic_zones_parentid_fkey` FOREIGN KEY (`parentid`) REFERENCES `geographic_zones` (`id`)
);

CREATE TABLE `lots` (
  `id` char(36) NOT NULL,
  `lotcode` text NOT NULL,
  `expirationdate` date,
  `manufacturedate` date,
  `tradeitemid` char(36) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lots_tradeitemid_fkey` FOREIGN KEY (`tradeitemid`) REFERENCES `trade_items` (`id`)
);

CREATE TABLE `orderable_display_categories` (
  `id` char(36) NOT NULL,
  `code` varchar(255),
  `displayname` varchar(255),
  `displayorder` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `orderable_identifiers` (
  `key` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `orderableid` char(36) NOT NULL,
  `orderableversionnumber` bigint NOT NULL,
  CONSTRAINT `orderable_identifiers_orderableid_orderableversionid_fkey` FOREIGN KEY (`orderableid`, `orderableversionnumber`) REFERENCES `orderables` (`id`, `versionnumber`)
);

CREATE TABLE `orderables` (
  `id` char(36) NOT NULL,
  `fullproductname` varchar(255),
  `packroundingthreshold` bigint NOT NULL,
  `netcontent` bigint NOT NULL,
  `code` varchar(255),
  `roundtozero` tinyint(1) NOT NULL,
  `description` varchar(255),
  `extradata` json,
  `dispensableid` char(36) NOT NULL,
  `versionnumber` bigint NOT NULL,
  `lastupdated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `minimumtemperaturevalue` double,
  `minimumtemperaturecode` varchar(30),
  `maximumtemperaturevalue` double,
  `maximumtemperaturecode` varchar(30),
  `inboxcubedimensionvalue` double,
  `inboxcubedimensioncode` varchar(30),
  PRIMARY KEY (`id`, `versionnumber`)
);

CREATE TABLE `price_changes` (
  `id` char(36) NOT NULL,
  `programorderableid` char(36),
  `price` decimal(19,2) NOT NULL,
  `authorid` char(36) NOT NULL,
  `occurreddate` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_author` FOREIGN KEY (`authorid`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_program_orderable` FOREIGN KEY (`programorderableid`) REFERENCES `program_orderables` (`id`)
);

CREATE TABLE `processing_periods` (
  `id` char(36) NOT NULL,
  `description` text,
  `enddate` date NOT NULL,
  `name` text NOT NULL,
  `startdate` date NOT NULL,
  `processingscheduleid` char(36) NOT NULL,
  `extradata` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkn4fxuvpiasbtskg8avi5pnff0` FOREIGN KEY (`processingscheduleid`) REFERENCES `processing_schedules` (`id`)
);

CREATE TABLE `processing_schedules` (
  `id` char(36) NOT NULL,
  `code` text NOT NULL,
  `description` text,
  `modifieddate` datetime,
  `name` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `program_orderables` (
  `id` char(36) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `displayorder` int NOT NULL,
  `dosesperpatient` int,
  `fullsupply` tinyint(1) NOT NULL,
  `priceperpack` decimal(19,2),
  `orderabledisplaycategoryid` char(36) NOT NULL,
  `orderableid` char(36) NOT NULL,
  `programid` char(36) NOT NULL,
  `orderableversionnumber` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk1utrvcvl0bmr3l3ysq9fesvtx` FOREIGN KEY (`programid`) REFERENCES `programs` (`id`),
  CONSTRAINT `fk65l9b1mrvec9tqosisdkp6clu` FOREIGN KEY (`orderabledisplaycategoryid`) REFERENCES `orderable_display_categories` (`id`),
  CONSTRAINT `program_orderables_orderableid_orderableversionid_fkey` FOREIGN KEY (`orderableid`, `orderableversionnumber`) REFERENCES `orderables` (`id`, `versionnumber`)
);

CREATE TABLE `programs` (
  `id` char(36) NOT NULL,
  `active` tinyint(1),
  `code` varchar(255),
  `description` text,
  `name` text,
  `periodsskippable` tinyint(1) NOT NULL,
  `shownonfullsupplytab` tinyint(1),
  `enabledatephysicalstockcountcompleted` tinyint(1) NOT NULL,
  `skipauthorization` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `requisition_group_members` (
  `requisitiongroupid` char(36) NOT NULL,
  `facilityid` char(36) NOT NULL,
  PRIMARY KEY (`requisitiongroupid`, `facilityid`),
  CONSTRAINT `fk5dmm5ettanr8rw408jyv4mux0` FOREIGN KEY (`requisitiongroupid`) REFERENCES `requisition_groups` (`id`),
  CONSTRAINT `fk90lvhcdt9hg4ru1ao38e45x0s` FOREIGN KEY (`facilityid`) REFERENCES `facilities` (`id`)
);

CREATE TABLE `requisition_group_program_schedules` (
  `id` char(36) NOT NULL,
  `directdelivery` tinyint(1) NOT NULL,
  `dropofffacilityid` char(36),
  `processingscheduleid` char(36) NOT NULL,
  `programid` char(36) NOT NULL,
  `requisitiongroupid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk3lhot2j862re7kndwhthe7dnt` FOREIGN KEY (`dropofffacilityid`) REFERENCES `facilities` (`id`),
  CONSTRAINT `fk40dovhydsykbqbs0yg2qkg7n8` FOREIGN KEY (`requisitiongroupid`) REFERENCES `requisition_groups` (`id`),
  CONSTRAINT `fk5yvqwsfj7a21e34vp9rb13ibj` FOREIGN KEY (`processingscheduleid`) REFERENCES `processing_schedules` (`id`),
  CONSTRAINT `fk81f9bol3noopwf1em9t21e6c6` FOREIGN KEY (`programid`) REFERENCES `programs` (`id`)
);

CREATE TABLE `requisition_groups` (
  `id` char(36) NOT NULL,
  `code` text NOT NULL,
  `description` text,
  `name` text NOT NULL,
  `supervisorynodeid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk2u2ivdivj2nkctl3e1btgelvg` FOREIGN KEY (`supervisorynodeid`) REFERENCES `supervisory_nodes` (`id`)
);

CREATE TABLE `right_assignments` (
  `id` char(36) NOT NULL,
  `rightname` varchar(255) NOT NULL,
  `facilityid` char(36),
  `programid` char(36),
  `userid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `right_assignments_facilityid_fkey` FOREIGN KEY (`facilityid`) REFERENCES `facilities` (`id`),
  CONSTRAINT `right_assignments_programid_fkey` FOREIGN KEY (`programid`) REFERENCES `programs` (`id`),
  CONSTRAINT `right_assignments_userid_fkey` FOREIGN KEY (`userid`) REFERENCES `users` (`id`)
);

CREATE TABLE `rights` (
  `id` char(36) NOT NULL,
  `description` text,
  `name` text NOT NULL,
  `type` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `role_assignments` (
  `type` varchar(31) NOT NULL,
  `id` char(36) NOT NULL,
  `roleid` char(36),
  `userid` char(36),
  `warehouseid` char(36),
  `programid` char(36),
  `supervisorynodeid` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk2uuqsp7ofjrvkwd7gpgvn9916` FOREIGN KEY (`warehouseid`) REFERENCES `facilities` (`id`),
  CONSTRAINT `fk7bq08uarqixbaytuyjtsg45mv` FOREIGN KEY (`userid`) REFERENCES `users` (`id`),
  CONSTRAINT `fkhib37s2ph4w22wqdu1iyrf439` FOREIGN KEY (`programid`) REFERENCES `programs` (`id`),
  CONSTRAINT `fkmhstjposjfpa0m77v89gy0q2b` FOREIGN KEY (`supervisorynodeid`) REFERENCES `supervisory_nodes` (`id`),
  CONSTRAINT `fknk908araoyndgd7uwsedn0ddh` FOREIGN KEY (`roleid`) REFERENCES `roles` (`id`)
);

CREATE TABLE `role_rights` (
  `roleid` char(36) NOT NULL,
  `rightid` char(36) NOT NULL,
  PRIMARY KEY (`roleid`, `rightid`),
  CONSTRAINT `fk9esnupki24cc8i9hwjryvuym3` FOREIGN KEY (`roleid`) REFERENCES `roles` (`id`),
  CONSTRAINT `fkhawcmr9fx4f9032iygb1xndti` FOREIGN KEY (`rightid`) REFERENCES `rights` (`id`)
);

CREATE TABLE `roles` (
  `id` char(36) NOT NULL,
  `description` text,
  `name` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `service_accounts` (
  `id` char(36) NOT NULL,
  `createdby` char(36) NOT NULL,
  `createddate` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `supervisory_nodes` (
  `id` char(36) NOT NULL,
  `code` text NOT NULL,
  `description` text,
  `name` text NOT NULL,
  `facilityid` char(36),
  `parentid` char(36),
  `extradata` json,
  `partnerid` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fkpjjkmuhcksc8mhfsnfxf8d9fh` FOREIGN KEY (`parentid`) REFERENCES `supervisory_nodes` (`id`),
  CONSTRAINT `fksaovlf1j7vrxvabbiyl1mt37t` FOREIGN KEY (`facilityid`) REFERENCES `facilities` (`id`),
  CONSTRAINT `supervisory_nodes_partnerid_fkey` FOREIGN KEY (`partnerid`) REFERENCES `supervisory_nodes` (`id`)
);

CREATE TABLE `supply_lines` (
  `id` char(36) NOT NULL,
  `description` text,
  `programid` char(36) NOT NULL,
  `supervisorynodeid` char(36) NOT NULL,
  `supplyingfacilityid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk2tcq3p7atk25pe8xmdbuwy2wo` FOREIGN KEY (`supplyingfacilityid`) REFERENCES `facilities` (`id`),
  CONSTRAINT `fkbcgrqydf79ingrbb1b8qttp9t` FOREIGN KEY (`supervisorynodeid`) REFERENCES `supervisory_nodes` (`id`),
  CONSTRAINT `fkkg17afgncqqlfht3u37cfl7d6` FOREIGN KEY (`programid`) REFERENCES `programs` (`id`)
);

CREATE TABLE `supported_programs` (
  `active` tinyint(1) NOT NULL,
  `startdate` date,
  `facilityid` char(36) NOT NULL,
  `programid` char(36) NOT NULL,
  `locallyfulfilled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`facilityid`, `programid`),
  CONSTRAINT `fk986t770e98w262b6ram6m2oi3` FOREIGN KEY (`facilityid`) REFERENCES `facilities` (`id`),
  CONSTRAINT `fk9qt21xn4mnehgra2y1ajelx51` FOREIGN KEY (`programid`) REFERENCES `programs` (`id`)
);

CREATE TABLE `system_notifications` (
  `id` char(36) NOT NULL,
  `title` varchar(255),
  `message` text NOT NULL,
  `startdate` datetime,
  `createddate` datetime NOT NULL,
  `expirydate` datetime,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `authorid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `system_notifications_fkey` FOREIGN KEY (`authorid`) REFERENCES `users` (`id`)
);

CREATE TABLE `trade_items` (
  `id` char(36) NOT NULL,
  `manufactureroftradeitem` varchar(255) NOT NULL,
  `gtin` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `allownotify` tinyint(1) DEFAULT 1,
  `email` varchar(255),
  `extradata` json,
  `firstname` text NOT NULL,
  `lastname` text NOT NULL,
  `timezone` varchar(255),
  `username` text NOT NULL,
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  `homefacilityid` char(36),
  `jobtitle` varchar(255),
  `phonenumber` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fkg49ujisk0joauiklj0vlldm35` FOREIGN KEY (`homefacilityid`) REFERENCES `facilities` (`id`)
);

CREATE TABLE `api_keys` (
  `token` char(36) NOT NULL,
  `createdby` char(36) NOT NULL,
  `createddate` datetime NOT NULL,
  `clientid` varchar(255) NOT NULL,
  PRIMARY KEY (`token`),
  CONSTRAINT `api_keys_clientid_fk` FOREIGN KEY (`clientid`) REFERENCES `oauth_client_details` (`clientid`)
);

CREATE TABLE `auth_users` (
  `id` char(36) NOT NULL,
  `enabled` tinyint(1),
  `password` varchar(255),
  `username` varchar(255) NOT NULL,
  `lockedout` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_access_token` (
  `tokenid` varchar(256),
  `token` longblob,
  `authenticationid` varchar(256),
  `username` varchar(256),
  `clientid` varchar(256),
  `authentication` longblob,
  `refreshtoken` varchar(256)
);

CREATE TABLE `oauth_client_details` (
  `clientid` varchar(255) NOT NULL,
  `accesstokenvalidity` int,
  `additionalinformation` varchar(255),
  `authorities` varchar(255),
  `authorizedgranttypes` varchar(255),
  `autoapprove` varchar(255),
  `clientsecret` varchar(255),
  `refreshtokenvalidity` int,
  `redirecturi` varchar(255),
  `resourceids` varchar(255),
  `scope` varchar(255),
  `webserverredirecturi` varchar(255),
  PRIMARY KEY (`clientid`)
);

CREATE TABLE `oauth_refresh_token` (
  `tokenid` varchar(256),
  `token` longblob,
  `authentication` longblob
);

CREATE TABLE `password_reset_registries` (
  `id` char(36) NOT NULL,
  `userid` char(36) NOT NULL,
  `lastattemptdate` datetime NOT NULL,
  `lastcounterresetdate` datetime NOT NULL,
  `attemptcounter` int,
  `blocked` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user` FOREIGN KEY (`userid`) REFERENCES `auth_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `password_reset_tokens` (
  `id` char(36) NOT NULL,
  `expirydate` datetime NOT NULL,
  `userid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `password_reset_tokens_user_id_fk` FOREIGN KEY (`userid`) REFERENCES `auth_users` (`id`)
);

CREATE TABLE `unsuccessful_authentication_attempts` (
  `id` char(36) NOT NULL,
  `userid` char(36) NOT NULL,
  `lastunsuccessfulauthenticationattemptdate` datetime NOT NULL,
  `attemptcounter` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `unsuccessful_authentication_attempts_fk_user` FOREIGN KEY (`userid`) REFERENCES `auth_users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `digest_configurations` (
  `id` char(36) NOT NULL,
  `message` text NOT NULL,
  `tag` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `digest_subscriptions` (
  `id` char(36) NOT NULL,
  `usercontactdetailsid` char(36) NOT NULL,
  `digestconfigurationid` char(36) NOT NULL,
  `cronexpression` varchar(255),
  `preferredchannel` varchar(255) NOT NULL DEFAULT 'EMAIL',
  `usedigest` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkey_digest_subscriptions_digest_configurations` FOREIGN KEY (`digestconfigurationid`) REFERENCES `digest_configurations` (`id`),
  CONSTRAINT `fkey_digest_subscriptions_user_contact_details` FOREIGN KEY (`usercontactdetailsid`) REFERENCES `user_contact_details` (`referencedatauserid`)
);

CREATE TABLE `email_verification_tokens` (
  `id` char(36) NOT NULL,
  `expirydate` datetime NOT NULL,
  `emailaddress` varchar(255) NOT NULL,
  `usercontactdetailsid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `email_verification_tokens_usercontactdetailsid_fk` FOREIGN KEY (`usercontactdetailsid`) REFERENCES `user_contact_details` (`referencedatauserid`)
);

CREATE TABLE `notification_messages` (
  `id` char(36) NOT NULL,
  `notificationid` char(36) NOT NULL,
  `channel` text NOT NULL,
  `body` text NOT NULL,
  `subject` text,
  `tag` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `notification_messages_notificationid_fkey` FOREIGN KEY (`notificationid`) REFERENCES `notifications` (`id`)
);

CREATE TABLE `notifications` (
  `id` char(36) NOT NULL,
  `userid` char(36) NOT NULL,
  `important` tinyint(1) DEFAULT 0,
  `createddate` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pending_notifications` (
  `notificationid` char(36) NOT NULL,
  `channel` varchar(255) NOT NULL,
  `createddate` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`notificationid`, `channel`),
  CONSTRAINT `fkey_pending_notifications_notifications` FOREIGN KEY (`notificationid`) REFERENCES `notifications` (`id`)
);

CREATE TABLE `user_contact_details` (
  `allownotify` tinyint(1) DEFAULT 1,
  `email` varchar(255),
  `emailverified` tinyint(1) DEFAULT 0,
  `phonenumber` varchar(255),
  `referencedatauserid` char(36) NOT NULL,
  PRIMARY KEY (`referencedatauserid`)
);

-- pgeu-system (PostgreSQL Europe conference registration system), github.com/pgeu/pgeu-system
-- Django models converted to MySQL DDL; see pgeu.md. Commit f7c86a8527c2efff766a6b7b6f94dff4a1416441 (MIT).

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`username`)
);

CREATE TABLE `country` (
  `iso` varchar(2) NOT NULL,
  `name` varchar(128) NOT NULL,
  `printable_name` varchar(128) NOT NULL,
  `iso3` varchar(3) NULL,
  `numcode` smallint UNSIGNED NULL,
  PRIMARY KEY (`iso`)
);

CREATE TABLE `invoices_invoice` (
  `id` int NOT NULL AUTO_INCREMENT,
  `recipient_user_id` int NULL,
  `recipient_email` varchar(254) NOT NULL,
  `recipient_name` varchar(100) NOT NULL,
  `recipient_address` longtext NOT NULL,
  `recipient_secret` varchar(64) NULL,
  `extra_bcc_list` varchar(500) NOT NULL,
  `title` varchar(100) NOT NULL,
  `extradescription` longtext NOT NULL,
  `invoicedate` datetime(6) NOT NULL,
  `duedate` datetime(6) NOT NULL,
  `canceltime` datetime(6) NULL,
  `total_amount` decimal(10,2) NOT NULL,
  `total_vat` decimal(10,2) NOT NULL,
  `reverse_vat` tinyint(1) NOT NULL,
  `finalized` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `deletion_reason` varchar(500) NOT NULL,
  `pdf_invoice` longtext NOT NULL,
  `processor_id` int NULL,
  `processorid` int NULL,
  `paidat` datetime(6) NULL,
  `paymentdetails` varchar(100) NOT NULL,
  `paidusing_id` int NULL,
  `remindersent` datetime(6) NULL,
  `pdf_receipt` longtext NOT NULL,
  `accounting_account` int NULL,
  `accounting_object` varchar(30) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`recipient_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `invoices_invoicerow` (
  `id` int NOT NULL AUTO_INCREMENT,
  `invoice_id` int NOT NULL,
  `rowtext` varchar(100) NOT NULL,
  `rowcount` int NOT NULL,
  `rowamount` decimal(10,2) NOT NULL,
  `vatrate_id` int NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`invoice_id`) REFERENCES `invoices_invoice` (`id`)
);

CREATE TABLE `confreg_conferenceseries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `sortkey` int NOT NULL,
  `intro` longtext NOT NULL,
  `visible` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `confreg_conferenceseriesoptout` (
  `id` int NOT NULL AUTO_INCREMENT,
  `series_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`series_id`) REFERENCES `confreg_conferenceseries` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `confreg_globaloptout` (
  `user_id` int NOT NULL,
  PRIMARY KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `confreg_conference` (
  `id` int NOT NULL AUTO_INCREMENT,
  `urlname` varchar(32) NOT NULL,
  `conferencename` varchar(64) NOT NULL,
  `startdate` date NOT NULL,
  `enddate` date NOT NULL,
  `location` varchar(128) NOT NULL,
  `promoactive` tinyint(1) NOT NULL,
  `promopicurl` varchar(200) NOT NULL,
  `promotext` longtext NOT NULL,
  `tzname` varchar(100) NOT NULL,
  `contactaddr` varchar(254) NOT NULL,
  `sponsoraddr` varchar(254) NOT NULL,
  `notifyaddr` varchar(254) NOT NULL,
  `notifyregs` tinyint(1) NOT NULL,
  `notifysessionstatus` tinyint(1) NOT NULL,
  `notifyvolunteerstatus` tinyint(1) NOT NULL,
  `registrationopen` tinyint(1) NOT NULL,
  `registrationtimerange` longtext NULL,
  `callforpapersopen` tinyint(1) NOT NULL,
  `callforpaperstimerange` longtext NULL,
  `callforsponsorsopen` tinyint(1) NOT NULL,
  `callforsponsorstimerange` longtext NULL,
  `feedbackopen` tinyint(1) NOT NULL,
  `conferencefeedbackopen` tinyint(1) NOT NULL,
  `allowedit` tinyint(1) NOT NULL,
  `allowcancel` tinyint(1) NOT NULL,
  `scheduleactive` tinyint(1) NOT NULL,
  `sessionsactive` tinyint(1) NOT NULL,
  `cardsactive` tinyint(1) NOT NULL,
  `checkinactive` tinyint(1) NOT NULL,
  `schedulewidth` int NOT NULL,
  `pixelsperminute` double NOT NULL,
  `tbdinschedule` tinyint(1) NOT NULL,
  `confurl` varchar(128) NOT NULL,
  `twitter_timewindow_start` time(6) NOT NULL,
  `twitter_timewindow_end` time(6) NOT NULL,
  `twitter_postpolicy` int NOT NULL,
  `asktshirt` tinyint(1) NOT NULL,
  `askfood` tinyint(1) NOT NULL,
  `asktwitter` tinyint(1) NOT NULL,
  `asknick` tinyint(1) NOT NULL,
  `askpronouns` tinyint(1) NOT NULL,
  `askbadgescan` tinyint(1) NOT NULL,
  `askshareemail` tinyint(1) NOT NULL,
  `askphotoconsent` tinyint(1) NOT NULL,
  `dynafields` varchar(500) NOT NULL,
  `scannerfields` varchar(500) NOT NULL,
  `skill_levels` tinyint(1) NOT NULL,
  `jinjaenabled` tinyint(1) NOT NULL,
  `jinjadir` varchar(200) NULL,
  `callforpapersmaxsubmissions` int NOT NULL,
  `callforpaperstags` tinyint(1) NOT NULL,
  `callforpapersrecording` tinyint(1) NOT NULL,
  `showvotes` tinyint(1) NOT NULL,
  `scoring_method` int NOT NULL,
  `sendwelcomemail` tinyint(1) NOT NULL,
  `tickets` tinyint(1) NOT NULL,
  `confirmpolicy` tinyint(1) NOT NULL,
  `queuepartitioning` int NULL,
  `lastmodified` datetime(6) NOT NULL,
  `accounting_object` varchar(30) NULL,
  `vat_registrations_id` int NULL,
  `vat_sponsorship_id` int NULL,
  `invoice_autocancel_hours` int NULL,
  `transfer_cost` decimal(10,2) NOT NULL,
  `attendees_before_waitlist` int NOT NULL,
  `series_id` int NOT NULL,
  `personal_data_purged` datetime(6) NULL,
  `contractprovider_id` int NULL,
  `contractsendername` varchar(200) NOT NULL,
  `contractsenderemail` varchar(200) NOT NULL,
  `contractexpires` int NOT NULL,
  `manualcontracts` tinyint(1) NOT NULL,
  `autocontracts` tinyint(1) NOT NULL,
  `videoproviders` varchar(200) NOT NULL,
  `key_public` longtext NOT NULL,
  `key_private` longtext NOT NULL,
  `web_origins` varchar(1000) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`urlname`),
  FOREIGN KEY (`series_id`) REFERENCES `confreg_conferenceseries` (`id`)
);

CREATE TABLE `confreg_registrationclass` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `regclass` varchar(64) NOT NULL,
  `badgecolor` varchar(20) NOT NULL,
  `badgeforegroundcolor` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`)
);

CREATE TABLE `confreg_registrationday` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `day` date NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`)
);

CREATE TABLE `confreg_registrationtype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `regtype` varchar(64) NOT NULL,
  `regclass_id` int NULL,
  `cost` decimal(10,2) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `activeuntil` date NULL,
  `inlist` tinyint(1) NOT NULL,
  `sortkey` int NOT NULL,
  `specialtype` varchar(5) NULL,
  `require_phone` tinyint(1) NOT NULL,
  `alertmessage` longtext NOT NULL,
  `checkinmessage` longtext NOT NULL,
  `upsell_target` tinyint(1) NOT NULL,
  `invoice_autocancel_hours` int NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`),
  FOREIGN KEY (`regclass_id`) REFERENCES `confreg_registrationclass` (`id`)
);

CREATE TABLE `confreg_shirtsize` (
  `id` int NOT NULL AUTO_INCREMENT,
  `shirtsize` varchar(32) NOT NULL,
  `sortkey` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `confreg_conferenceadditionaloption` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `name` varchar(100) NOT NULL,
  `cost` decimal(10,2) NOT NULL,
  `maxcount` int NOT NULL,
  `public` tinyint(1) NOT NULL,
  `upsellable` tinyint(1) NOT NULL,
  `invoice_autocancel_hours` int NULL,
  `sortkey` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`)
);

CREATE TABLE `confreg_bulkpayment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `conference_id` int NOT NULL,
  `invoice_id` int NULL,
  `numregs` int NOT NULL,
  `createdat` datetime(6) NOT NULL,
  `paidat` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`invoice_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`),
  FOREIGN KEY (`invoice_id`) REFERENCES `invoices_invoice` (`id`)
);

CREATE TABLE `confreg_conferenceregistration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `regtype_id` int NULL,
  `attendee_id` int NULL,
  `registrator_id` int NOT NULL,
  `firstname` varchar(100) NOT NULL,
  `lastname` varchar(100) NOT NULL,
  `email` varchar(254) NOT NULL,
  `company` varchar(100) NOT NULL,
  `address` longtext NOT NULL,
  `country_id` varchar(2) NULL,
  `phone` varchar(100) NOT NULL,
  `shirtsize_id` int NULL,
  `dietary` varchar(100) NOT NULL,
  `twittername` varchar(100) NOT NULL,
  `nick` varchar(100) NOT NULL,
  `pronouns` int NOT NULL,
  `badgescan` tinyint(1) NOT NULL,
  `shareemail` tinyint(1) NOT NULL,
  `photoconsent` tinyint(1) NULL,
  `localoptout` tinyint(1) NOT NULL,
  `policyconfirmedat` datetime(6) NULL,
  `payconfirmedat` datetime(6) NULL,
  `payconfirmedby` varchar(16) NULL,
  `created` datetime(6) NOT NULL,
  `canceledat` datetime(6) NULL,
  `lastmodified` datetime(6) NOT NULL,
  `checkedinat` datetime(6) NULL,
  `checkedinby_id` int NULL,
  `checkinmessage` varchar(500) NOT NULL,
  `cancelrequestedat` datetime(6) NULL,
  `cancelreason` varchar(500) NOT NULL,
  `invoice_id` int NULL,
  `bulkpayment_id` int NULL,
  `vouchercode` varchar(100) NOT NULL,
  `regtoken` longtext NOT NULL,
  `idtoken` longtext NOT NULL,
  `publictoken` longtext NOT NULL,
  `messaging_id` int NULL,
  `messaging_copiedfrom_id` int NULL,
  `messaging_config` json NOT NULL,
  `dynaprops` json NOT NULL,
  `favs` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`invoice_id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`),
  FOREIGN KEY (`regtype_id`) REFERENCES `confreg_registrationtype` (`id`),
  FOREIGN KEY (`attendee_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`registrator_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `country` (`iso`),
  FOREIGN KEY (`shirtsize_id`) REFERENCES `confreg_shirtsize` (`id`),
  FOREIGN KEY (`checkedinby_id`) REFERENCES `confreg_conferenceregistration` (`id`),
  FOREIGN KEY (`invoice_id`) REFERENCES `invoices_invoice` (`id`),
  FOREIGN KEY (`bulkpayment_id`) REFERENCES `confreg_bulkpayment` (`id`),
  FOREIGN KEY (`messaging_copiedfrom_id`) REFERENCES `confreg_conference` (`id`)
);

CREATE TABLE `confreg_conferenceregistration_additionaloptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conferenceregistration_id` int NOT NULL,
  `conferenceadditionaloption_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`conferenceregistration_id`,`conferenceadditionaloption_id`),
  FOREIGN KEY (`conferenceregistration_id`) REFERENCES `confreg_conferenceregistration` (`id`),
  FOREIGN KEY (`conferenceadditionaloption_id`) REFERENCES `confreg_conferenceadditionaloption` (`id`)
);

CREATE TABLE `confreg_conferenceregistrationlog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reg_id` int NOT NULL,
  `user_id` int NULL,
  `ts` datetime(6) NOT NULL,
  `txt` varchar(8000) NOT NULL,
  `changedata` varchar(8000) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reg_id`) REFERENCES `confreg_conferenceregistration` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `confreg_registrationwaitlistentry` (
  `registration_id` int NOT NULL,
  `enteredon` datetime(6) NOT NULL,
  `offeredon` datetime(6) NULL,
  `offerexpires` datetime(6) NULL,
  PRIMARY KEY (`registration_id`),
  FOREIGN KEY (`registration_id`) REFERENCES `confreg_conferenceregistration` (`id`)
);

CREATE TABLE `confreg_registrationwaitlisthistory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `waitlist_id` int NOT NULL,
  `time` datetime(6) NOT NULL,
  `text` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`waitlist_id`) REFERENCES `confreg_registrationwaitlistentry` (`registration_id`)
);

CREATE TABLE `confreg_registrationtransferpending` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `fromreg_id` int NOT NULL,
  `toreg_id` int NOT NULL,
  `invoice_id` int NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`invoice_id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`),
  FOREIGN KEY (`fromreg_id`) REFERENCES `confreg_conferenceregistration` (`id`),
  FOREIGN KEY (`toreg_id`) REFERENCES `confreg_conferenceregistration` (`id`),
  FOREIGN KEY (`invoice_id`) REFERENCES `invoices_invoice` (`id`)
);

CREATE TABLE `confreg_track` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `trackname` varchar(100) NOT NULL,
  `color` varchar(20) NOT NULL,
  `fgcolor` varchar(20) NOT NULL,
  `sortkey` int NOT NULL,
  `incfp` tinyint(1) NOT NULL,
  `insessionlist` tinyint(1) NOT NULL,
  `showcompany` tinyint(1) NOT NULL,
  `speakerreg` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`)
);

CREATE TABLE `confreg_room` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `roomname` varchar(20) NOT NULL,
  `capacity` int NULL,
  `sortkey` int NOT NULL,
  `url` varchar(200) NOT NULL,
  `comment` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`)
);

CREATE TABLE `confreg_speaker` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NULL,
  `fullname` varchar(100) NOT NULL,
  `company` varchar(100) NOT NULL,
  `abstract` longtext NOT NULL,
  `photo` longblob NULL,
  `photo_hashval` longblob NULL,
  `photo512` longblob NULL,
  `photo512_hashval` longblob NULL,
  `lastmodified` datetime(6) NOT NULL,
  `speakertoken` longtext NOT NULL,
  `attributes` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `confreg_conferencesession` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `title` varchar(200) NOT NULL,
  `starttime` datetime(6) NULL,
  `endtime` datetime(6) NULL,
  `track_id` int NULL,
  `room_id` int NULL,
  `cross_schedule` tinyint(1) NOT NULL,
  `can_feedback` tinyint(1) NOT NULL,
  `abstract` longtext NOT NULL,
  `skill_level` int NOT NULL,
  `htmlicon` varchar(100) NOT NULL,
  `status` int NOT NULL,
  `lastnotifiedstatus` int NOT NULL,
  `lastnotifiedtime` datetime(6) NULL,
  `submissionnote` longtext NOT NULL,
  `internalnote` longtext NOT NULL,
  `initialsubmit` datetime(6) NULL,
  `recordingconsent` tinyint(1) NOT NULL,
  `tentativescheduleslot_id` int NULL,
  `tentativeroom_id` int NULL,
  `lastmodified` datetime(6) NOT NULL,
  `reminder_sent` tinyint(1) NOT NULL,
  `videolinks` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`),
  FOREIGN KEY (`track_id`) REFERENCES `confreg_track` (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `confreg_room` (`id`),
  FOREIGN KEY (`tentativeroom_id`) REFERENCES `confreg_room` (`id`)
);

CREATE TABLE `confreg_conferencesession_speaker` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conferencesession_id` int NOT NULL,
  `speaker_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`conferencesession_id`,`speaker_id`),
  FOREIGN KEY (`conferencesession_id`) REFERENCES `confreg_conferencesession` (`id`),
  FOREIGN KEY (`speaker_id`) REFERENCES `confreg_speaker` (`id`)
);

CREATE TABLE `confreg_conferencesessionvote` (
  `id` int NOT NULL AUTO_INCREMENT,
  `session_id` int NOT NULL,
  `voter_id` int NOT NULL,
  `vote` int NULL,
  `comment` longtext NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `confreg_conferencesession` (`id`),
  FOREIGN KEY (`voter_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `confreg_conferencesessionfeedback` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `session_id` int NOT NULL,
  `attendee_id` int NOT NULL,
  `topic_importance` int NOT NULL,
  `content_quality` int NOT NULL,
  `speaker_knowledge` int NOT NULL,
  `speaker_quality` int NOT NULL,
  `speaker_feedback` longtext NOT NULL,
  `conference_feedback` longtext NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `confreg_conferencesession` (`id`),
  FOREIGN KEY (`attendee_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `confreg_conferencefeedbackquestion` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `question` varchar(100) NOT NULL,
  `isfreetext` tinyint(1) NOT NULL,
  `textchoices` varchar(500) NOT NULL,
  `sortkey` int NOT NULL,
  `newfieldset` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`)
);

CREATE TABLE `confreg_conferencefeedbackanswer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `question_id` int NOT NULL,
  `attendee_id` int NOT NULL,
  `rateanswer` int NULL,
  `textanswer` longtext NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`),
  FOREIGN KEY (`question_id`) REFERENCES `confreg_conferencefeedbackquestion` (`id`),
  FOREIGN KEY (`attendee_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `confreg_volunteerslot` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `timerange` longtext NOT NULL,
  `title` varchar(50) NOT NULL,
  `min_staff` int NOT NULL,
  `max_staff` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`)
);

CREATE TABLE `confreg_volunteerassignment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slot_id` int NOT NULL,
  `reg_id` int NOT NULL,
  `vol_confirmed` tinyint(1) NOT NULL,
  `org_confirmed` tinyint(1) NOT NULL,
  `reminder_sent` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`slot_id`) REFERENCES `confreg_volunteerslot` (`id`),
  FOREIGN KEY (`reg_id`) REFERENCES `confreg_conferenceregistration` (`id`)
);

CREATE TABLE `confreg_prepaidbatch` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `regtype_id` int NOT NULL,
  `buyer_id` int NOT NULL,
  `buyername` varchar(100) NULL,
  `sponsor_id` int NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`),
  FOREIGN KEY (`regtype_id`) REFERENCES `confreg_registrationtype` (`id`),
  FOREIGN KEY (`buyer_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `confreg_prepaidvoucher` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `vouchervalue` varchar(100) NOT NULL,
  `batch_id` int NOT NULL,
  `user_id` int NULL,
  `usedate` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`vouchervalue`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`),
  FOREIGN KEY (`batch_id`) REFERENCES `confreg_prepaidbatch` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `confreg_conferenceregistration` (`id`)
);

CREATE TABLE `confreg_discountcode` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `code` varchar(100) NOT NULL,
  `discountamount` decimal(10,2) NOT NULL,
  `discountpercentage` int NOT NULL,
  `regonly` tinyint(1) NOT NULL,
  `validuntil` date NULL,
  `maxuses` int NOT NULL,
  `public` tinyint(1) NOT NULL,
  `sponsor_id` int NULL,
  `sponsor_rep_id` int NULL,
  `is_invoiced` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`),
  FOREIGN KEY (`sponsor_rep_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `confreg_attendeemail` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` int NOT NULL,
  `tovolunteers` tinyint(1) NOT NULL,
  `tocheckin` tinyint(1) NOT NULL,
  `sentat` datetime(6) NOT NULL,
  `sent` tinyint(1) NOT NULL,
  `subject` varchar(100) NOT NULL,
  `message` longtext NOT NULL,
  `extracontext` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `confreg_conference` (`id`)
);

CREATE TABLE `confreg_attendeemail_registrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attendeemail_id` int NOT NULL,
  `conferenceregistration_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`attendeemail_id`,`conferenceregistration_id`),
  FOREIGN KEY (`attendeemail_id`) REFERENCES `confreg_attendeemail` (`id`),
  FOREIGN KEY (`conferenceregistration_id`) REFERENCES `confreg_conferenceregistration` (`id`)
);

CREATE TABLE `confreg_pendingadditionalorder` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reg_id` int NOT NULL,
  `newregtype_id` int NULL,
  `createtime` datetime(6) NOT NULL,
  `invoice_id` int NULL,
  `payconfirmedat` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`invoice_id`),
  FOREIGN KEY (`reg_id`) REFERENCES `confreg_conferenceregistration` (`id`),
  FOREIGN KEY (`newregtype_id`) REFERENCES `confreg_registrationtype` (`id`),
  FOREIGN KEY (`invoice_id`) REFERENCES `invoices_invoice` (`id`)
);

CREATE TABLE `confreg_conferenceregistrationtemporarytoken` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reg_id` int NOT NULL,
  `token` longtext NOT NULL,
  `expires` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`reg_id`),
  FOREIGN KEY (`reg_id`) REFERENCES `confreg_conferenceregistration` (`id`)
);

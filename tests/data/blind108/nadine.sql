-- Nadine (nadineproject/nadine), coworking space management: members, profiles, memberships and subscriptions,
-- coworking days, room bookings (events), bills and payments, organisations, door codes and door events,
-- network device tracking (arpwatch), incoming e-mail (comlink).
-- Django models (Django 4.1, MySQL backend column types) written as MySQL DDL, commit 2e9924200e54861b22ac5b56f2e3f3c939b11b55 (AGPL-3.0).
-- Tables are named app_label + model name as Django does; foreign keys left out.

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
  UNIQUE KEY `username` (`username`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
);

CREATE TABLE `nadine_howheard` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_industry` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_neighborhood` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_urltype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `nadine_website` (
  `id` int NOT NULL AUTO_INCREMENT,
  `url_type_id` int NOT NULL,
  `url` varchar(200) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_userprofile` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `usercode` varchar(32) NULL,
  `phone` varchar(20) NULL,
  `phone2` varchar(20) NULL,
  `address1` varchar(128) NOT NULL,
  `address2` varchar(128) NOT NULL,
  `city` varchar(128) NOT NULL,
  `state` varchar(2) NOT NULL,
  `zipcode` varchar(16) NOT NULL,
  `bio` longtext NULL,
  `public_profile` tinyint(1) NOT NULL,
  `gender` varchar(1) NOT NULL,
  `pronouns` varchar(64) NULL,
  `howHeard_id` int NULL,
  `industry_id` int NULL,
  `neighborhood_id` int NULL,
  `has_kids` tinyint(1) NULL,
  `self_employed` tinyint(1) NULL,
  `last_modified` date NOT NULL,
  `photo` varchar(100) NULL,
  `valid_billing` tinyint(1) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  UNIQUE KEY `usercode` (`usercode`)
);

CREATE TABLE `nadine_userprofile_websites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userprofile_id` int NOT NULL,
  `website_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_emailaddress` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `email` varchar(100) NOT NULL,
  `created_ts` datetime(6) NOT NULL,
  `verif_key` varchar(40) NOT NULL,
  `verified_ts` datetime(6) NULL,
  `remote_addr` char(39) NULL,
  `remote_host` varchar(255) NULL,
  `is_primary` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
);

CREATE TABLE `nadine_emergencycontact` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `name` varchar(254) NOT NULL,
  `relationship` varchar(254) NOT NULL,
  `phone` varchar(20) NULL,
  `email` varchar(254) NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`)
);

CREATE TABLE `nadine_sentemaillog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `user_id` int NULL,
  `recipient` varchar(254) NOT NULL,
  `subject` varchar(128) NULL,
  `success` tinyint(1) NULL,
  `note` longtext NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_specialday` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `year` smallint UNSIGNED NULL,
  `month` smallint UNSIGNED NULL,
  `day` smallint UNSIGNED NULL,
  `description` varchar(128) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_membernote` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `created_by_id` int NULL,
  `note` longtext NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_fileupload` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uploadTS` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `name` varchar(64) NOT NULL,
  `content_type` varchar(64) NOT NULL,
  `file` varchar(100) NOT NULL,
  `document_type` varchar(200) NULL,
  `uploaded_by_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_membershippackage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_membership` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bill_day` smallint NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_individualmembership` (
  `membership_ptr_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`membership_ptr_id`),
  UNIQUE KEY `user_id` (`user_id`)
);

CREATE TABLE `nadine_resourcesubscription` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_ts` datetime(6) NOT NULL,
  `created_by_id` int NULL,
  `resource_id` int NOT NULL,
  `membership_id` int NOT NULL,
  `package_name` varchar(64) NULL,
  `description` varchar(64) NULL,
  `allowance` int NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NULL,
  `monthly_rate` numeric(9,2) NOT NULL,
  `overage_rate` numeric(9,2) NOT NULL,
  `paid_by_id` int NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_securitydeposit` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `received_date` date NOT NULL,
  `returned_date` date NULL,
  `amount` smallint UNSIGNED NOT NULL,
  `note` varchar(128) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_billingbatch` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_ts` datetime(6) NOT NULL,
  `created_by_id` int NULL,
  `completed_ts` datetime(6) NULL,
  `error` longtext NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_userbill` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_ts` datetime(6) NOT NULL,
  `closed_ts` datetime(6) NULL,
  `user_id` int NOT NULL,
  `period_start` date NOT NULL,
  `period_end` date NOT NULL,
  `due_date` date NOT NULL,
  `comment` longtext NULL,
  `note` longtext NULL,
  `in_progress` tinyint(1) NOT NULL,
  `mark_paid` tinyint(1) NOT NULL,
  `cached_total_amount` numeric(7,2) NOT NULL,
  `cached_total_tax_amount` numeric(7,2) NOT NULL,
  `cached_total_paid` numeric(7,2) NOT NULL,
  `cached_total_owed` numeric(7,2) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_billlineitem` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bill_id` int NULL,
  `description` varchar(200) NOT NULL,
  `amount` numeric(7,2) NOT NULL,
  `custom` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_paymentmethod` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_payment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_ts` datetime(6) NOT NULL,
  `created_by_id` int NULL,
  `bill_id` int NOT NULL,
  `user_id` int NOT NULL,
  `amount` numeric(7,2) NOT NULL,
  `method_id` int NULL,
  `external_id` varchar(128) NULL,
  `note` longtext NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_stripebillingprofile` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `customer_email` varchar(254) NOT NULL,
  `customer_id` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_taxrate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `percentage` numeric(3,2) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_coworkingday` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `visit_date` date NOT NULL,
  `payment` varchar(5) NOT NULL,
  `paid_by_id` int NULL,
  `note` varchar(128) NOT NULL,
  `created_ts` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `room_id` int NULL,
  `created_ts` datetime(6) NOT NULL,
  `start_ts` datetime(6) NOT NULL,
  `end_ts` datetime(6) NOT NULL,
  `description` varchar(128) NULL,
  `charge` numeric(9,2) NULL,
  `paid_by_id` int NULL,
  `note` varchar(128) NULL,
  `is_public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_room` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `location` varchar(128) NULL,
  `description` longtext NULL,
  `floor` smallint NOT NULL,
  `seats` smallint NOT NULL,
  `max_capacity` smallint NOT NULL,
  `has_av` tinyint(1) NOT NULL,
  `has_phone` tinyint(1) NOT NULL,
  `default_rate` numeric(9,2) NOT NULL,
  `image` varchar(100) NULL,
  `members_only` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_resource` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `key` varchar(8) NULL,
  `default_rate` numeric(7,2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `key` (`key`)
);

CREATE TABLE `nadine_organization` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_ts` datetime(6) NOT NULL,
  `created_by_id` int NOT NULL,
  `name` varchar(64) NOT NULL,
  `lead_id` int NULL,
  `blurb` varchar(112) NULL,
  `bio` longtext NULL,
  `photo` varchar(100) NULL,
  `public` tinyint(1) NOT NULL,
  `locked` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `nadine_organizationmember` (
  `id` int NOT NULL AUTO_INCREMENT,
  `organization_id` int NOT NULL,
  `user_id` int NOT NULL,
  `title` varchar(128) NULL,
  `start_date` date NOT NULL,
  `end_date` date NULL,
  `admin` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nadine_memberalert` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_ts` datetime(6) NOT NULL,
  `key` varchar(16) NOT NULL,
  `user_id` int NOT NULL,
  `resolved_ts` datetime(6) NULL,
  `resolved_by_id` int NULL,
  `muted_ts` datetime(6) NULL,
  `muted_by_id` int NULL,
  `assigned_to_id` int NULL,
  `note` longtext NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `arpwatch_userdevice` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NULL,
  `device_name` varchar(32) NULL,
  `mac_address` varchar(17) NOT NULL,
  `ignore` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mac_address` (`mac_address`)
);

CREATE TABLE `arpwatch_userremoteaddr` (
  `id` int NOT NULL AUTO_INCREMENT,
  `logintime` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `ip_address` char(39) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `arpwatch_arplog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `runtime` datetime(6) NOT NULL,
  `device_id` int NOT NULL,
  `ip_address` char(39) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `keymaster_keymaster` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` varchar(64) NOT NULL,
  `gatekeeper_ip` char(39) NOT NULL,
  `encryption_key` varchar(128) NOT NULL,
  `access_ts` datetime(6) NOT NULL,
  `success_ts` datetime(6) NULL,
  `sync_ts` datetime(6) NULL,
  `is_enabled` tinyint(1) NOT NULL,
  `is_syncing` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gatekeeper_ip` (`gatekeeper_ip`)
);

CREATE TABLE `keymaster_door` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(16) NOT NULL,
  `door_type` varchar(16) NOT NULL,
  `keymaster_id` int NOT NULL,
  `username` varchar(32) NOT NULL,
  `password` varchar(32) NOT NULL,
  `ip_address` char(39) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `keymaster_doorcode` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_by_id` int NOT NULL,
  `modified_ts` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `code` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`)
);

CREATE TABLE `keymaster_doorevent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `door_id` int NOT NULL,
  `user_id` int NULL,
  `code` varchar(16) NULL,
  `event_type` varchar(1) NOT NULL,
  `event_description` varchar(256) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comlink_mailinglist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `subject_prefix` varchar(64) NOT NULL,
  `address` varchar(254) NOT NULL,
  `access_ts` datetime(6) NOT NULL,
  `is_members_only` tinyint(1) NOT NULL,
  `is_opt_out` tinyint(1) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `address` (`address`)
);

CREATE TABLE `comlink_mailinglist_subscribers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `mailinglist_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comlink_emailmessage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NULL,
  `sender` varchar(255) NOT NULL,
  `from_str` varchar(255) NOT NULL,
  `recipient` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body_plain` longtext NOT NULL,
  `body_html` longtext NOT NULL,
  `stripped_text` longtext NOT NULL,
  `stripped_html` longtext NOT NULL,
  `stripped_signature` longtext NOT NULL,
  `message_headers` longtext NOT NULL,
  `content_id_map` longtext NOT NULL,
  `received` datetime(6) NOT NULL,
  `mailing_list_id` int NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `member_usernotification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `notify_user_id` int NOT NULL,
  `target_user_id` int NOT NULL,
  `sent_date` datetime(6) NULL,
  PRIMARY KEY (`id`)
);

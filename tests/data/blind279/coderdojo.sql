-- CoderDojo Zen (CoderDojo Foundation / Raspberry Pi Foundation; zen.coderdojo.com, the community platform of
-- the CoderDojo free after-school coding clubs for young people aged 7-17: club (Dojo) registration, champions,
-- mentors, parents and youth profiles, club memberships, events, sessions, tickets and bookings; Node.js
-- micro-services on PostgreSQL, Seneca entities).
-- Upstream (MIT): github.com/CoderDojo/cp-users-service commit 182bc4367ddabf0045f16dbe2ee7e159100e98c7,
-- github.com/CoderDojo/cp-dojos-service commit 3b4f6e796085728e2770c00f6a968ce92407fa56,
-- github.com/CoderDojo/cp-events-service commit 2889cd7b50edb72d9b29160d1e64082fb58e09af:
-- scripts/database/pg/migrations/*.sql of each service (postgrator migrations, 29 + 30 + 27 files; the two data-only ones that need postgrator's own table skipped) replayed in
-- order into PostgreSQL 15 (one database per service, as deployed), then written as MySQL DDL from the
-- PostgreSQL catalogue (character varying without length / text -> longtext, varchar(255) where a key,
-- json[] / character varying[] -> json, boolean -> tinyint(1), timestamptz -> datetime(6), uuid -> char(32)).
-- All 20 tables kept: sys_entity exists in both the users and the dojos database and is written once;
-- dojo_stage is the dojos service's audit.dojo_stage (PostgreSQL schema "audit"); views left out.
CREATE TABLE `cd_agreements` (
  `mysql_user_id` int,
  `full_name` longtext,
  `ip_address` longtext,
  `timestamp` datetime(6),
  `agreement_version` smallint,
  `user_id` longtext,
  `id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_first_name_counter` (
  `id` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `user_count` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cd_first_name_counter_first_name_key` (`first_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_oauth2` (
  `id` varchar(255) NOT NULL,
  `userid` varchar(255),
  `code` varchar(255),
  `token` varchar(255),
  `created` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `cd_oauth2_userid_idx` (`userid`),
  UNIQUE KEY `cd_oauth2_code_idx` (`code`),
  UNIQUE KEY `cd_oauth2_token_idx` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_profiles` (
  `id` varchar(255) NOT NULL,
  `name` longtext,
  `user_id` longtext,
  `alias` longtext,
  `dob` datetime(6),
  `country` json,
  `city` json,
  `private` tinyint(1) NOT NULL,
  `gender` longtext,
  `last_edited` datetime(6),
  `email` longtext,
  `phone` longtext,
  `parents` json,
  `children` json,
  `linkedin` longtext,
  `twitter` longtext,
  `languages_spoken` json,
  `programming_languages` json,
  `notes` longtext,
  `projects` longtext,
  `badges` json,
  `place_geoname_id` longtext,
  `user_type` longtext,
  `optional_hidden_fields` json,
  `avatar` json,
  `required_fields_complete` tinyint(1),
  `ninja_invites` json,
  `parent_invites` json,
  `first_name` longtext,
  `last_name` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_account` (
  `id` varchar(255) NOT NULL,
  `orignick` longtext,
  `name` longtext,
  `origuser` longtext,
  `active` tinyint(1),
  `users` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_entity` (
  `id` varchar(255) NOT NULL,
  `base` longtext,
  `name` longtext,
  `fields` longtext,
  `zone` longtext,
  `seneca` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_login` (
  `id` varchar(255) NOT NULL,
  `nick` longtext,
  `email` longtext,
  `user` longtext,
  `when` datetime(6),
  `why` longtext,
  `token` longtext,
  `active` tinyint(1),
  `auto` tinyint(1),
  `ended` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_reset` (
  `id` varchar(255) NOT NULL,
  `nick` longtext,
  `user` longtext,
  `when` datetime(6),
  `active` tinyint(1),
  `token` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sys_user` (
  `id` varchar(255) NOT NULL,
  `nick` longtext,
  `email` longtext,
  `name` longtext,
  `username` longtext,
  `activated` smallint,
  `level` smallint,
  `mysql_user_id` int,
  `first_name` longtext,
  `last_name` longtext,
  `roles` json,
  `active` tinyint(1),
  `phone` longtext,
  `mailing_list` smallint NOT NULL,
  `terms_conditions_accepted` tinyint(1),
  `when` datetime(6),
  `confirmed` tinyint(1),
  `confirmcode` longtext,
  `salt` longtext,
  `pass` longtext,
  `admin` tinyint(1),
  `modified` datetime(6),
  `accounts` json,
  `locale` longtext,
  `banned` smallint,
  `ban_reason` longtext,
  `init_user_type` longtext,
  `join_requests` json,
  `last_login` datetime(6),
  `lms_id` longtext,
  `profile_password` longtext,
  `raspberry_id` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_dojoleads` (
  `user_id` longtext,
  `email` longtext,
  `application` json,
  `id` varchar(255) NOT NULL,
  `completed` tinyint(1),
  `deleted` smallint NOT NULL,
  `deleted_by` longtext,
  `deleted_at` datetime(6),
  `completed_at` datetime(6),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_dojos` (
  `id` varchar(255) NOT NULL,
  `mysql_dojo_id` int,
  `dojo_lead_id` longtext,
  `name` longtext NOT NULL,
  `creator` longtext,
  `created` datetime(6),
  `verified_at` datetime(6),
  `verified_by` longtext,
  `verified` smallint NOT NULL,
  `need_mentors` smallint NOT NULL,
  `stage` smallint NOT NULL,
  `mailing_list` smallint NOT NULL,
  `alternative_frequency` longtext,
  `country` json,
  `county` json,
  `state` json,
  `city` json,
  `place` json,
  `coordinates` longtext,
  `geo_point` json,
  `notes` longtext,
  `email` longtext,
  `website` longtext,
  `twitter` longtext,
  `google_group` longtext,
  `supporter_image` longtext,
  `deleted` smallint NOT NULL,
  `deleted_by` longtext,
  `deleted_at` datetime(6),
  `private` smallint NOT NULL,
  `url_slug` longtext,
  `continent` longtext,
  `alpha2` longtext,
  `alpha3` longtext,
  `address1` longtext,
  `address2` longtext,
  `country_number` int,
  `country_name` longtext,
  `admin1_code` longtext,
  `admin1_name` longtext,
  `admin2_code` longtext,
  `admin2_name` longtext,
  `admin3_code` longtext,
  `admin3_name` longtext,
  `admin4_code` longtext,
  `admin4_name` longtext,
  `place_geoname_id` longtext,
  `place_name` longtext,
  `user_invites` json,
  `creator_email` longtext,
  `tao_verified` smallint NOT NULL,
  `expected_attendees` smallint,
  `facebook` longtext,
  `eventbrite_token` longtext,
  `eventbrite_wh_id` longtext,
  `day` smallint,
  `start_time` time(6),
  `end_time` time(6),
  `frequency` longtext,
  `online_sessions` smallint NOT NULL,
  `safeguarding_sponsor_name` longtext,
  `safeguarding_sponsor_email` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_polls` (
  `id` varchar(255) NOT NULL,
  `question` longtext NOT NULL,
  `value_unity` longtext NOT NULL,
  `max_answers` int,
  `end_date` datetime(6),
  `started_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_polls_results` (
  `id` varchar(255) NOT NULL,
  `poll_id` longtext NOT NULL,
  `dojo_id` varchar(255) NOT NULL,
  `created_at` datetime(6),
  `value` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cd_polls_results_dojo_id_fkey` FOREIGN KEY (`dojo_id`) REFERENCES `cd_dojos` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_usersdojos` (
  `id` varchar(255) NOT NULL,
  `mysql_user_id` int,
  `mysql_dojo_id` int,
  `owner` smallint,
  `user_id` longtext,
  `dojo_id` longtext,
  `user_types` json,
  `user_permissions` json,
  `background_checked` tinyint(1),
  `deleted` smallint NOT NULL,
  `deleted_by` longtext,
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_events` (
  `id` varchar(255) NOT NULL,
  `name` longtext,
  `country` json,
  `city` json,
  `address` longtext,
  `created_at` datetime(6),
  `created_by` longtext,
  `type` longtext,
  `description` longtext,
  `dojo_id` longtext,
  `position` json,
  `public` tinyint(1),
  `status` longtext,
  `recurring_type` longtext,
  `dates` json,
  `ticket_approval` tinyint(1),
  `notify_on_applicant` tinyint(1),
  `eventbrite_id` varchar(255),
  `eventbrite_url` longtext,
  `use_dojo_address` tinyint(1),
  `published_at` datetime(6),
  `new_form` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `cd_events_eventbrite_id_key` (`eventbrite_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_orders` (
  `id` char(32) NOT NULL,
  `event_id` varchar(255),
  `user_id` longtext,
  `created_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `cd_orders_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `cd_events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_applications` (
  `id` varchar(255) NOT NULL,
  `name` longtext,
  `date_of_birth` date,
  `event_id` longtext,
  `status` longtext,
  `user_id` longtext,
  `ticket_name` longtext,
  `ticket_type` longtext,
  `session_id` longtext,
  `created` datetime(6),
  `deleted` tinyint(1),
  `attendance` json,
  `dojo_id` longtext,
  `ticket_id` longtext,
  `notes` longtext,
  `order_id` char(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `cd_applications_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `cd_orders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_sessions` (
  `id` varchar(255) NOT NULL,
  `name` longtext,
  `description` longtext,
  `event_id` longtext,
  `status` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cd_tickets` (
  `id` varchar(255) NOT NULL,
  `session_id` longtext,
  `name` longtext,
  `type` longtext,
  `quantity` int,
  `deleted` smallint,
  `invites` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dojo_stage` (
  `id` varchar(255) NOT NULL,
  `dojo_id` longtext NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `stage` smallint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


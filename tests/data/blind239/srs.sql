-- SRS - Skautsky rezervacni system (skaut/SRS), registration and programme system for the education seminars and
-- courses of Junak - cesky skaut (participants, lecturers, roles, sub-events, applications and fees, bank payments,
-- programme blocks and sign-ups, custom registration fields, ticket checks, mails, web content)
-- Upstream: github.com/skaut/SRS, commit 41be0dd149d50146b90dc944148df3b7bc447aac (GPL-3.0)
-- Source: migrations/Version*.php, 94 Doctrine migrations for MySQL (the first two load initial_schema.sql and
-- initial_data.sql), replayed in order into a scratch MariaDB 10.11 database and read back with mysqldump
-- --no-data; Doctrine type comments, column collations and AUTO_INCREMENT counters removed, tables ordered so
-- that every foreign key points backwards.
-- Kept 54 of 85 tables; left out: the CMS page-content tables (content, its 17 *_content subtypes and their
-- 3 role/tag joins), page_role, category_role, tag_role, subevent_subevent_incompatible / _required and the
-- one-column subtype tables custom_checkbox, custom_date, custom_datetime, custom_file, custom_text.

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `approved` tinyint(1) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `nick_name` varchar(255) DEFAULT NULL,
  `display_name` varchar(255) NOT NULL,
  `security_code` varchar(255) DEFAULT NULL,
  `member` tinyint(1) NOT NULL,
  `unit` varchar(255) DEFAULT NULL,
  `sex` varchar(255) DEFAULT NULL,
  `birthdate` date DEFAULT NULL,
  `skautis_user_id` int(11) DEFAULT NULL,
  `skautis_person_id` int(11) DEFAULT NULL,
  `last_login` datetime DEFAULT NULL,
  `about` longtext DEFAULT NULL,
  `street` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `postcode` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `attended` tinyint(1) NOT NULL,
  `note` longtext DEFAULT NULL,
  `photo` varchar(255) DEFAULT NULL,
  `photo_update` datetime DEFAULT NULL,
  `degree_pre` varchar(255) DEFAULT NULL,
  `degree_post` varchar(255) DEFAULT NULL,
  `lector_name` varchar(255) DEFAULT NULL,
  `roles_application_date` datetime DEFAULT NULL,
  `external_lector` tinyint(1) NOT NULL,
  `fee` int(11) NOT NULL,
  `fee_remaining` int(11) NOT NULL,
  `payment_method` varchar(255) DEFAULT NULL,
  `last_payment_date` date DEFAULT NULL,
  `not_registered_mandatory_blocks_count` int(11) NOT NULL,
  `phone` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_8D93D649F85E0677` (`username`),
  UNIQUE KEY `UNIQ_8D93D64970B8EE93` (`skautis_user_id`),
  UNIQUE KEY `UNIQ_8D93D6492F498706` (`skautis_person_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `system_name` varchar(255) DEFAULT NULL,
  `system_role` tinyint(1) NOT NULL,
  `registerable` tinyint(1) NOT NULL,
  `approved_after_registration` tinyint(1) NOT NULL,
  `registerable_from` datetime DEFAULT NULL,
  `registerable_to` datetime DEFAULT NULL,
  `capacity` int(11) DEFAULT NULL,
  `fee` int(11) DEFAULT NULL,
  `synced_with_skaut_is` tinyint(1) NOT NULL,
  `redirect_after_login` varchar(255) DEFAULT NULL,
  `occupancy` int(11) NOT NULL,
  `minimum_age` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_57698A6A5E237E06` (`name`),
  UNIQUE KEY `UNIQ_57698A6A4FEFCDF0` (`system_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_role` (
  `user_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`,`role_id`),
  KEY `IDX_2DE8C6A3A76ED395` (`user_id`),
  KEY `IDX_2DE8C6A3D60322AC` (`role_id`),
  CONSTRAINT `FK_2DE8C6A3A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_2DE8C6A3D60322AC` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_BC91F4165E237E06` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_E04992AA89329D25` (`resource_id`),
  CONSTRAINT `FK_E04992AA89329D25` FOREIGN KEY (`resource_id`) REFERENCES `resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permission` (
  `role_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`role_id`,`permission_id`),
  KEY `IDX_6F7DF886D60322AC` (`role_id`),
  KEY `IDX_6F7DF886FED90CCA` (`permission_id`),
  CONSTRAINT `FK_6F7DF886D60322AC` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_6F7DF886FED90CCA` FOREIGN KEY (`permission_id`) REFERENCES `permission` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_role_incompatible` (
  `role_id` int(11) NOT NULL,
  `incompatible_role_id` int(11) NOT NULL,
  PRIMARY KEY (`role_id`,`incompatible_role_id`),
  KEY `IDX_30A89EE7D60322AC` (`role_id`),
  KEY `IDX_30A89EE7657B53D5` (`incompatible_role_id`),
  CONSTRAINT `FK_30A89EE7657B53D5` FOREIGN KEY (`incompatible_role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `FK_30A89EE7D60322AC` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_role_required` (
  `role_id` int(11) NOT NULL,
  `required_role_id` int(11) NOT NULL,
  PRIMARY KEY (`role_id`,`required_role_id`),
  KEY `IDX_45B98BABD60322AC` (`role_id`),
  KEY `IDX_45B98BABF7E2056C` (`required_role_id`),
  CONSTRAINT `FK_45B98BABD60322AC` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `FK_45B98BABF7E2056C` FOREIGN KEY (`required_role_id`) REFERENCES `role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subevent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `implicit` tinyint(1) NOT NULL,
  `fee` int(11) NOT NULL,
  `capacity` int(11) DEFAULT NULL,
  `occupancy` int(11) NOT NULL,
  `registerable_from` datetime DEFAULT NULL,
  `registerable_to` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_411DE57D5E237E06` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `income_proof` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `transaction_id` varchar(255) DEFAULT NULL,
  `date` date NOT NULL,
  `amount` double NOT NULL,
  `account_number` varchar(255) DEFAULT NULL,
  `account_name` varchar(255) DEFAULT NULL,
  `variable_symbol` varchar(255) DEFAULT NULL,
  `message` varchar(255) DEFAULT NULL,
  `state` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_6D28840D2FC0CB0F` (`transaction_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `variable_symbol` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `variable_symbol` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `application_date` datetime NOT NULL,
  `payment_method` varchar(255) DEFAULT NULL,
  `payment_date` date DEFAULT NULL,
  `state` varchar(255) NOT NULL,
  `maturity_date` date DEFAULT NULL,
  `fee` int(11) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `valid_from` datetime NOT NULL,
  `valid_to` datetime DEFAULT NULL,
  `variable_symbol_id` int(11) DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `application_id` int(11) DEFAULT NULL,
  `payment_id` int(11) DEFAULT NULL,
  `income_proof_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_A45BDDC1A76ED395` (`user_id`),
  KEY `IDX_A45BDDC1B03A8386` (`created_by_id`),
  KEY `IDX_A45BDDC125813A9D` (`variable_symbol_id`),
  KEY `IDX_A45BDDC14C3A3BB` (`payment_id`),
  KEY `IDX_A45BDDC1FE69EDFB` (`income_proof_id`),
  CONSTRAINT `FK_A45BDDC125813A9D` FOREIGN KEY (`variable_symbol_id`) REFERENCES `variable_symbol` (`id`),
  CONSTRAINT `FK_A45BDDC14C3A3BB` FOREIGN KEY (`payment_id`) REFERENCES `payment` (`id`),
  CONSTRAINT `FK_A45BDDC1A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_A45BDDC1B03A8386` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_A45BDDC1FE69EDFB` FOREIGN KEY (`income_proof_id`) REFERENCES `income_proof` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_role` (
  `application_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`application_id`,`role_id`),
  KEY `IDX_A085E2E23E030ACD` (`application_id`),
  KEY `IDX_A085E2E2D60322AC` (`role_id`),
  CONSTRAINT `FK_A085E2E23E030ACD` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_A085E2E2D60322AC` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_subevent` (
  `application_id` int(11) NOT NULL,
  `subevent_id` int(11) NOT NULL,
  PRIMARY KEY (`application_id`,`subevent_id`),
  KEY `IDX_FE263A6E3E030ACD` (`application_id`),
  KEY `IDX_FE263A6E7A675502` (`subevent_id`),
  CONSTRAINT `FK_FE263A6E3E030ACD` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_FE263A6E7A675502` FOREIGN KEY (`subevent_id`) REFERENCES `subevent` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `discount_condition` varchar(255) NOT NULL,
  `discount` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_64C19C15E237E06` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `block` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `mandatory` varchar(255) NOT NULL,
  `duration` int(11) NOT NULL,
  `capacity` int(11) DEFAULT NULL,
  `tools` varchar(255) DEFAULT NULL,
  `perex` longtext DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `subevent_id` int(11) DEFAULT NULL,
  `alternates_allowed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_831B97225E237E06` (`name`),
  KEY `IDX_831B972212469DE2` (`category_id`),
  KEY `IDX_831B97227A675502` (`subevent_id`),
  CONSTRAINT `FK_831B972212469DE2` FOREIGN KEY (`category_id`) REFERENCES `category` (`id`),
  CONSTRAINT `FK_831B97227A675502` FOREIGN KEY (`subevent_id`) REFERENCES `subevent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `block_user` (
  `block_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`block_id`,`user_id`),
  KEY `IDX_4BFD8432E9ED820C` (`block_id`),
  KEY `IDX_4BFD8432A76ED395` (`user_id`),
  CONSTRAINT `FK_4BFD8432A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_4BFD8432E9ED820C` FOREIGN KEY (`block_id`) REFERENCES `block` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_block` (
  `user_id` int(11) NOT NULL,
  `block_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`,`block_id`),
  KEY `IDX_61D96C7AA76ED395` (`user_id`),
  KEY `IDX_61D96C7AE9ED820C` (`block_id`),
  CONSTRAINT `FK_61D96C7AA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_61D96C7AE9ED820C` FOREIGN KEY (`block_id`) REFERENCES `block` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `room` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `capacity` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_729F519B5E237E06` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `block_id` int(11) DEFAULT NULL,
  `room_id` int(11) DEFAULT NULL,
  `start` datetime NOT NULL,
  `attendees_count` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_92ED7784E9ED820C` (`block_id`),
  KEY `IDX_92ED778454177093` (`room_id`),
  CONSTRAINT `FK_92ED778454177093` FOREIGN KEY (`room_id`) REFERENCES `room` (`id`),
  CONSTRAINT `FK_92ED7784E9ED820C` FOREIGN KEY (`block_id`) REFERENCES `block` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program_application` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `program_id` int(11) DEFAULT NULL,
  `alternate` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_684190A9A76ED395` (`user_id`),
  KEY `IDX_684190A93EB8070A` (`program_id`),
  CONSTRAINT `FK_684190A93EB8070A` FOREIGN KEY (`program_id`) REFERENCES `program` (`id`),
  CONSTRAINT `FK_684190A9A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_input` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `position` int(11) NOT NULL,
  `type` varchar(255) NOT NULL,
  `mandatory` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_input_role` (
  `custom_input_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`custom_input_id`,`role_id`),
  KEY `IDX_2BFB0DF7D390FDB2` (`custom_input_id`),
  KEY `IDX_2BFB0DF7D60322AC` (`role_id`),
  CONSTRAINT `FK_2BFB0DF7D390FDB2` FOREIGN KEY (`custom_input_id`) REFERENCES `custom_input` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_2BFB0DF7D60322AC` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_select` (
  `id` int(11) NOT NULL,
  `options` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_7F5F3EC4BF396750` FOREIGN KEY (`id`) REFERENCES `custom_input` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_multiselect` (
  `id` int(11) NOT NULL,
  `options` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_A0C83E4ABF396750` FOREIGN KEY (`id`) REFERENCES `custom_input` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_input_value` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `input_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_93B5254A36421AD6` (`input_id`),
  KEY `IDX_93B5254AA76ED395` (`user_id`),
  CONSTRAINT `FK_93B5254A36421AD6` FOREIGN KEY (`input_id`) REFERENCES `custom_input` (`id`),
  CONSTRAINT `FK_93B5254AA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_text_value` (
  `id` int(11) NOT NULL,
  `value` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_743CDEC3BF396750` FOREIGN KEY (`id`) REFERENCES `custom_input_value` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_checkbox_value` (
  `id` int(11) NOT NULL,
  `value` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_8D866B08BF396750` FOREIGN KEY (`id`) REFERENCES `custom_input_value` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_select_value` (
  `id` int(11) NOT NULL,
  `value` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_CFE4DE74BF396750` FOREIGN KEY (`id`) REFERENCES `custom_input_value` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_multiselect_value` (
  `id` int(11) NOT NULL,
  `value` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_4D1C00CCBF396750` FOREIGN KEY (`id`) REFERENCES `custom_input_value` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_date_value` (
  `id` int(11) NOT NULL,
  `value` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_98788C12BF396750` FOREIGN KEY (`id`) REFERENCES `custom_input_value` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_datetime_value` (
  `id` int(11) NOT NULL,
  `value` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_A1E3BBF396750` FOREIGN KEY (`id`) REFERENCES `custom_input_value` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_file_value` (
  `id` int(11) NOT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_880BD4A9BF396750` FOREIGN KEY (`id`) REFERENCES `custom_input_value` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_check` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `datetime` datetime NOT NULL,
  `subevent_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_14BECF98A76ED395` (`user_id`),
  KEY `IDX_14BECF987A675502` (`subevent_id`),
  CONSTRAINT `FK_14BECF987A675502` FOREIGN KEY (`subevent_id`) REFERENCES `subevent` (`id`),
  CONSTRAINT `FK_14BECF98A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject` varchar(255) NOT NULL,
  `datetime` datetime NOT NULL,
  `text` longtext NOT NULL,
  `automatic` tinyint(1) NOT NULL,
  `recipient_emails` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_user` (
  `mail_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`mail_id`,`user_id`),
  KEY `IDX_20E84520C8776F01` (`mail_id`),
  KEY `IDX_20E84520A76ED395` (`user_id`),
  CONSTRAINT `FK_20E84520A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_20E84520C8776F01` FOREIGN KEY (`mail_id`) REFERENCES `mail` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_role` (
  `mail_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`mail_id`,`role_id`),
  KEY `IDX_FA121903C8776F01` (`mail_id`),
  KEY `IDX_FA121903D60322AC` (`role_id`),
  CONSTRAINT `FK_FA121903C8776F01` FOREIGN KEY (`mail_id`) REFERENCES `mail` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_FA121903D60322AC` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_subevent` (
  `mail_id` int(11) NOT NULL,
  `subevent_id` int(11) NOT NULL,
  PRIMARY KEY (`mail_id`,`subevent_id`),
  KEY `IDX_9CCA2435C8776F01` (`mail_id`),
  KEY `IDX_9CCA24357A675502` (`subevent_id`),
  CONSTRAINT `FK_9CCA24357A675502` FOREIGN KEY (`subevent_id`) REFERENCES `subevent` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_9CCA2435C8776F01` FOREIGN KEY (`mail_id`) REFERENCES `mail` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_queue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mail_id` int(11) DEFAULT NULL,
  `recipient_email` varchar(255) NOT NULL,
  `recipient_name` varchar(255) DEFAULT NULL,
  `sent` tinyint(1) NOT NULL,
  `enqueue_datetime` datetime NOT NULL,
  `send_datetime` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_4B3EDD0CC8776F01` (`mail_id`),
  CONSTRAINT `FK_4B3EDD0CC8776F01` FOREIGN KEY (`mail_id`) REFERENCES `mail` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `text` longtext NOT NULL,
  `active` tinyint(1) NOT NULL,
  `system_template` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_4AB7DECB8CDE5729` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_template_variable` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_template_variable` (
  `template_id` int(11) NOT NULL,
  `template_variable_id` int(11) NOT NULL,
  PRIMARY KEY (`template_id`,`template_variable_id`),
  KEY `IDX_62257D3C5DA0FB8` (`template_id`),
  KEY `IDX_62257D3CF8FA6AEA` (`template_variable_id`),
  CONSTRAINT `FK_62257D3C5DA0FB8` FOREIGN KEY (`template_id`) REFERENCES `mail_template` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_62257D3CF8FA6AEA` FOREIGN KEY (`template_variable_id`) REFERENCES `mail_template_variable` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `faq` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `author_id` int(11) DEFAULT NULL,
  `question` longtext NOT NULL,
  `answer` longtext DEFAULT NULL,
  `public` tinyint(1) NOT NULL,
  `position` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_E8FF75CCF675F31B` (`author_id`),
  CONSTRAINT `FK_E8FF75CCF675F31B` FOREIGN KEY (`author_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `news` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` longtext NOT NULL,
  `published` datetime NOT NULL,
  `pinned` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `file` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `timestamp` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_389B7835E237E06` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_tag` (
  `document_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`document_id`,`tag_id`),
  KEY `IDX_D0234567C33F7837` (`document_id`),
  KEY `IDX_D0234567BAD26311` (`tag_id`),
  CONSTRAINT `FK_D0234567BAD26311` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_D0234567C33F7837` FOREIGN KEY (`document_id`) REFERENCES `document` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `position` int(11) NOT NULL,
  `public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_140AB620989D9B62` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `item` varchar(255) NOT NULL,
  `value` longtext DEFAULT NULL,
  PRIMARY KEY (`item`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `skaut_is_course` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `skaut_is_course_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subevent_skaut_is_course` (
  `subevent_id` int(11) NOT NULL,
  `skaut_is_course_id` int(11) NOT NULL,
  PRIMARY KEY (`subevent_id`,`skaut_is_course_id`),
  KEY `IDX_EF3BE1D37A675502` (`subevent_id`),
  KEY `IDX_EF3BE1D3D86001CA` (`skaut_is_course_id`),
  CONSTRAINT `FK_EF3BE1D37A675502` FOREIGN KEY (`subevent_id`) REFERENCES `subevent` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_EF3BE1D3D86001CA` FOREIGN KEY (`skaut_is_course_id`) REFERENCES `skaut_is_course` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `place_point` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `gps_lat` double NOT NULL,
  `gps_lon` double NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

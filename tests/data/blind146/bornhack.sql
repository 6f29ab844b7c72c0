-- BornHack website (camp tickets, shop, teams, villages, program), github.com/bornhack/bornhack-website
-- Django models converted to MySQL DDL; see bornhack.md. Commit 19d7a619d1b827c9df7856a2dd7fc2e44ffdd5b6 (BSD-3-Clause).

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

CREATE TABLE `camps_camp` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `title` varchar(255) NOT NULL,
  `tagline` varchar(255) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `shortslug` varchar(50) NOT NULL,
  `kickoff` longtext NULL,
  `buildup` longtext NOT NULL,
  `camp` longtext NOT NULL,
  `teardown` longtext NOT NULL,
  `read_only` tinyint(1) NOT NULL,
  `colour` varchar(7) NOT NULL,
  `light_text` tinyint(1) NOT NULL,
  `call_for_participation_open` tinyint(1) NOT NULL,
  `call_for_participation` longtext NOT NULL,
  `call_for_sponsors_open` tinyint(1) NOT NULL,
  `call_for_sponsors` longtext NOT NULL,
  `show_schedule` tinyint(1) NOT NULL,
  `economy_team_id` int NULL,
  `ticket_type_full_week_adult_id` char(32) NULL,
  `ticket_type_one_day_adult_id` char(32) NULL,
  `ticket_type_full_week_child_id` char(32) NULL,
  `ticket_type_one_day_child_id` char(32) NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`economy_team_id`) REFERENCES `teams_team` (`id`),
  FOREIGN KEY (`ticket_type_full_week_adult_id`) REFERENCES `tickets_tickettype` (`uuid`),
  FOREIGN KEY (`ticket_type_one_day_adult_id`) REFERENCES `tickets_tickettype` (`uuid`),
  FOREIGN KEY (`ticket_type_full_week_child_id`) REFERENCES `tickets_tickettype` (`uuid`),
  FOREIGN KEY (`ticket_type_one_day_child_id`) REFERENCES `tickets_tickettype` (`uuid`)
);

CREATE TABLE `profiles_profile` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `user_id` int NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `public_credit_name` varchar(100) NOT NULL,
  `public_credit_name_approved` tinyint(1) NOT NULL,
  `nickserv_username` varchar(50) NOT NULL,
  `theme` varchar(20) NOT NULL,
  `phonenumber` smallint UNSIGNED NULL,
  `preferred_username` varchar(50) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `tickets_tickettype` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `name` longtext NOT NULL,
  `camp_id` char(32) NOT NULL,
  `includes_badge` tinyint(1) NOT NULL,
  `single_ticket_per_product` tinyint(1) NOT NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`camp_id`) REFERENCES `camps_camp` (`uuid`)
);

CREATE TABLE `tickets_sponsorticket` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `ticket_type_id` char(32) NOT NULL,
  `used_at` datetime(6) NULL,
  `used_pos_id` char(32) NULL,
  `used_pos_user_id` int NULL,
  `badge_handed_out` tinyint(1) NOT NULL,
  `token` varchar(64) NOT NULL,
  `badge_token` varchar(64) NOT NULL,
  `sponsor_id` int NOT NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`ticket_type_id`) REFERENCES `tickets_tickettype` (`uuid`),
  FOREIGN KEY (`used_pos_user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors_sponsor` (`id`)
);

CREATE TABLE `tickets_prizeticket` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `ticket_type_id` char(32) NOT NULL,
  `used_at` datetime(6) NULL,
  `used_pos_id` char(32) NULL,
  `used_pos_user_id` int NULL,
  `badge_handed_out` tinyint(1) NOT NULL,
  `token` varchar(64) NOT NULL,
  `badge_token` varchar(64) NOT NULL,
  `user_id` int NOT NULL,
  `comment` longtext NOT NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`ticket_type_id`) REFERENCES `tickets_tickettype` (`uuid`),
  FOREIGN KEY (`used_pos_user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `tickets_ticketgroup` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `opr_id` int NOT NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`opr_id`) REFERENCES `shop_orderproductrelation` (`id`)
);

CREATE TABLE `tickets_shopticket` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `ticket_type_id` char(32) NOT NULL,
  `used_at` datetime(6) NULL,
  `used_pos_id` char(32) NULL,
  `used_pos_user_id` int NULL,
  `badge_handed_out` tinyint(1) NOT NULL,
  `token` varchar(64) NOT NULL,
  `badge_token` varchar(64) NOT NULL,
  `opr_id` int NOT NULL,
  `product_id` char(32) NOT NULL,
  `bundle_product_id` char(32) NULL,
  `ticket_group_id` char(32) NULL,
  `name` varchar(100) NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`ticket_type_id`) REFERENCES `tickets_tickettype` (`uuid`),
  FOREIGN KEY (`used_pos_user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`opr_id`) REFERENCES `shop_orderproductrelation` (`id`),
  FOREIGN KEY (`product_id`) REFERENCES `shop_product` (`uuid`),
  FOREIGN KEY (`bundle_product_id`) REFERENCES `shop_product` (`uuid`),
  FOREIGN KEY (`ticket_group_id`) REFERENCES `tickets_ticketgroup` (`uuid`)
);

CREATE TABLE `shop_productcategory` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `name` varchar(150) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `weight` int NOT NULL,
  PRIMARY KEY (`uuid`)
);

CREATE TABLE `shop_product` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `category_id` char(32) NOT NULL,
  `name` varchar(150) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `price` int NOT NULL,
  `description` longtext NOT NULL,
  `available_in` longtext NOT NULL,
  `ticket_type_id` char(32) NULL,
  `stock_amount` int NULL,
  `cost` int NOT NULL,
  `comment` longtext NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY (`slug`),
  FOREIGN KEY (`category_id`) REFERENCES `shop_productcategory` (`uuid`),
  FOREIGN KEY (`ticket_type_id`) REFERENCES `tickets_tickettype` (`uuid`)
);

CREATE TABLE `shop_order` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `paid` tinyint(1) NOT NULL,
  `open` tinyint(1) NULL,
  `payment_method` varchar(50) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  `customer_comment` longtext NOT NULL,
  `invoice_address` longtext NOT NULL,
  `notes` longtext NOT NULL,
  `pdf` varchar(100) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `shop_orderproductrelation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `order_id` int NOT NULL,
  `product_id` char(32) NOT NULL,
  `quantity` int UNSIGNED NOT NULL,
  `ticket_generated` datetime(6) NULL,
  `price` int NULL,
  `label_printed` tinyint(1) NOT NULL,
  `ready_for_pickup` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `shop_order` (`id`),
  FOREIGN KEY (`product_id`) REFERENCES `shop_product` (`uuid`)
);

CREATE TABLE `shop_customorder` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `text` longtext NOT NULL,
  `customer` longtext NOT NULL,
  `amount` int NOT NULL,
  `paid` tinyint(1) NOT NULL,
  `danish_vat` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `shop_refund` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `order_id` int NOT NULL,
  `paid` tinyint(1) NOT NULL,
  `customer_comment` longtext NOT NULL,
  `invoice_address` longtext NOT NULL,
  `notes` longtext NOT NULL,
  `created_by_id` int NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `shop_order` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `shop_refundproductrelation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `refund_id` int NOT NULL,
  `opr_id` int NOT NULL,
  `quantity` int UNSIGNED NOT NULL,
  `ticket_deleted` datetime(6) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`refund_id`) REFERENCES `shop_refund` (`id`),
  FOREIGN KEY (`opr_id`) REFERENCES `shop_orderproductrelation` (`id`)
);

CREATE TABLE `shop_epaycallback` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `payload` json NOT NULL,
  `md5valid` tinyint(1) NOT NULL,
  PRIMARY KEY (`uuid`)
);

CREATE TABLE `shop_epaypayment` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `order_id` int NOT NULL,
  `callback_id` char(32) NOT NULL,
  `txnid` int NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY (`order_id`),
  FOREIGN KEY (`order_id`) REFERENCES `shop_order` (`id`),
  FOREIGN KEY (`callback_id`) REFERENCES `shop_epaycallback` (`uuid`)
);

CREATE TABLE `shop_creditnote` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `text` longtext NOT NULL,
  `pdf` varchar(100) NULL,
  `user_id` int NULL,
  `customer` longtext NOT NULL,
  `danish_vat` tinyint(1) NOT NULL,
  `paid` tinyint(1) NOT NULL,
  `sent_to_customer` tinyint(1) NOT NULL,
  `invoice_id` int NULL,
  `refund_id` int NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`refund_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`invoice_id`) REFERENCES `shop_invoice` (`id`),
  FOREIGN KEY (`refund_id`) REFERENCES `shop_refund` (`id`)
);

CREATE TABLE `shop_invoice` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `order_id` int NULL,
  `customorder_id` int NULL,
  `pdf` varchar(100) NULL,
  `sent_to_customer` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`order_id`),
  UNIQUE KEY (`customorder_id`),
  FOREIGN KEY (`order_id`) REFERENCES `shop_order` (`id`),
  FOREIGN KEY (`customorder_id`) REFERENCES `shop_customorder` (`id`)
);

CREATE TABLE `shop_quickpayapirequest` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `order_id` int NOT NULL,
  `method` varchar(10) NOT NULL,
  `endpoint` longtext NOT NULL,
  `body` json NOT NULL,
  `headers` json NULL,
  `query` json NULL,
  `response_status_code` int NULL,
  `response_headers` json NULL,
  `response_body` json NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`order_id`) REFERENCES `shop_order` (`id`)
);

CREATE TABLE `teams_team` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `camp_id` char(32) NOT NULL,
  `name` varchar(255) NOT NULL,
  `lead_group_id` int NOT NULL,
  `member_group_id` int NOT NULL,
  `mapper_group_id` int NOT NULL,
  `facilitator_group_id` int NOT NULL,
  `infopager_group_id` int NOT NULL,
  `pos_group_id` int NOT NULL,
  `tasker_group_id` int NOT NULL,
  `slug` varchar(255) NOT NULL,
  `shortslug` varchar(50) NOT NULL,
  `description` longtext NOT NULL,
  `needs_members` tinyint(1) NOT NULL,
  `mailing_list` varchar(254) NOT NULL,
  `mailing_list_archive_public` tinyint(1) NOT NULL,
  `mailing_list_nonmember_posts` tinyint(1) NOT NULL,
  `public_irc_channel_name` varchar(50) NULL,
  `public_irc_channel_bot` tinyint(1) NOT NULL,
  `public_irc_channel_managed` tinyint(1) NOT NULL,
  `public_irc_channel_fix_needed` tinyint(1) NOT NULL,
  `private_irc_channel_name` varchar(50) NULL,
  `private_irc_channel_bot` tinyint(1) NOT NULL,
  `private_irc_channel_managed` tinyint(1) NOT NULL,
  `private_irc_channel_fix_needed` tinyint(1) NOT NULL,
  `public_signal_channel_link` varchar(200) NULL,
  `private_signal_channel_link` varchar(200) NULL,
  `public_dect_number_id` int NULL,
  `shifts_enabled` tinyint(1) NOT NULL,
  `guide` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`lead_group_id`),
  UNIQUE KEY (`member_group_id`),
  UNIQUE KEY (`mapper_group_id`),
  UNIQUE KEY (`facilitator_group_id`),
  UNIQUE KEY (`infopager_group_id`),
  UNIQUE KEY (`pos_group_id`),
  UNIQUE KEY (`tasker_group_id`),
  UNIQUE KEY (`public_irc_channel_name`),
  UNIQUE KEY (`private_irc_channel_name`),
  FOREIGN KEY (`camp_id`) REFERENCES `camps_camp` (`uuid`),
  FOREIGN KEY (`public_dect_number_id`) REFERENCES `phonebook_dectregistration` (`id`)
);

CREATE TABLE `teams_teammember` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `team_id` int NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `lead` tinyint(1) NOT NULL,
  `irc_acl_fix_needed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams_team` (`id`)
);

CREATE TABLE `teams_teamshift` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `team_id` int NOT NULL,
  `shift_range` longtext NOT NULL,
  `people_required` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams_team` (`id`)
);

CREATE TABLE `teams_teamshift_team_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `teamshift_id` int NOT NULL,
  `teammember_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`teamshift_id`,`teammember_id`),
  FOREIGN KEY (`teamshift_id`) REFERENCES `teams_teamshift` (`id`),
  FOREIGN KEY (`teammember_id`) REFERENCES `teams_teammember` (`id`)
);

CREATE TABLE `villages_village` (
  `uuid` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `contact_id` int NOT NULL,
  `camp_id` char(32) NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `private` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `location` geometry NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`contact_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`camp_id`) REFERENCES `camps_camp` (`uuid`)
);

CREATE TABLE `phonebook_dectregistration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `camp_id` char(32) NOT NULL,
  `user_id` int NOT NULL,
  `number` varchar(9) NOT NULL,
  `letters` varchar(9) NOT NULL,
  `description` longtext NOT NULL,
  `activation_code` varchar(10) NOT NULL,
  `publish_in_phonebook` tinyint(1) NOT NULL,
  `ipei` json NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`camp_id`) REFERENCES `camps_camp` (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `rideshare_ride` (
  `uuid` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `camp_id` char(32) NOT NULL,
  `user_id` int NOT NULL,
  `author` varchar(100) NOT NULL,
  `has_car` tinyint(1) NOT NULL,
  `seats` int UNSIGNED NOT NULL,
  `from_location` varchar(100) NOT NULL,
  `to_location` varchar(100) NOT NULL,
  `when` datetime(6) NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`camp_id`) REFERENCES `camps_camp` (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `feedback_campfeedback` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `camp_id` char(32) NOT NULL,
  `user_id` int NOT NULL,
  `feedback` longtext NOT NULL,
  `state` longtext NOT NULL,
  `processed_at` datetime(6) NULL,
  `processed_by_id` int NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`camp_id`) REFERENCES `camps_camp` (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`processed_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `utils_outgoingemail` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `subject` varchar(500) NOT NULL,
  `text_template` longtext NOT NULL,
  `html_template` longtext NOT NULL,
  `sender` varchar(500) NOT NULL,
  `to_recipients` json NULL,
  `cc_recipients` json NULL,
  `bcc_recipients` json NULL,
  `attachment` varchar(100) NOT NULL,
  `processed` tinyint(1) NOT NULL,
  `hold` tinyint(1) NOT NULL,
  `responsible_team_id` int NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`responsible_team_id`) REFERENCES `teams_team` (`id`)
);

CREATE TABLE `program_speakerproposal` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `user_id` int NOT NULL,
  `proposal_status` varchar(50) NOT NULL,
  `reason` longtext NOT NULL,
  `camp_id` char(32) NOT NULL,
  `name` varchar(150) NOT NULL,
  `email` varchar(150) NOT NULL,
  `biography` longtext NOT NULL,
  `submission_notes` longtext NOT NULL,
  `needs_oneday_ticket` tinyint(1) NOT NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`camp_id`) REFERENCES `camps_camp` (`uuid`)
);

CREATE TABLE `program_speaker` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(150) NOT NULL,
  `email` varchar(150) NOT NULL,
  `biography` longtext NOT NULL,
  `slug` varchar(255) NOT NULL,
  `camp_id` char(32) NULL,
  `proposal_id` char(32) NULL,
  `needs_oneday_ticket` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`proposal_id`),
  FOREIGN KEY (`camp_id`) REFERENCES `camps_camp` (`uuid`),
  FOREIGN KEY (`proposal_id`) REFERENCES `program_speakerproposal` (`uuid`)
);

CREATE TABLE `program_eventfeedback` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `user_id` int NOT NULL,
  `event_id` int NOT NULL,
  `expectations_fulfilled` tinyint(1) NOT NULL,
  `attend_speaker_again` tinyint(1) NOT NULL,
  `rating` int NOT NULL,
  `comment` longtext NOT NULL,
  `approved` tinyint(1) NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `program_favorite` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `event_instance_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sponsors_sponsor` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(150) NOT NULL,
  `tier_id` int NOT NULL,
  `description` longtext NOT NULL,
  `logo_filename` varchar(255) NOT NULL,
  `url` varchar(200) NULL,
  `week_tickets` int NULL,
  `oneday_tickets` int NULL,
  `tickets_generated` tinyint(1) NOT NULL,
  `ticket_email` varchar(254) NULL,
  `ticket_ready` tinyint(1) NOT NULL,
  `tickets_sent` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `economy_reimbursement` (
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `camp_id` char(32) NOT NULL,
  `user_id` int NOT NULL,
  `reimbursement_user_id` int NOT NULL,
  `bank_account` longtext NULL,
  `notes` longtext NOT NULL,
  `paid` tinyint(1) NOT NULL,
  PRIMARY KEY (`uuid`),
  FOREIGN KEY (`camp_id`) REFERENCES `camps_camp` (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`reimbursement_user_id`) REFERENCES `auth_user` (`id`)
);

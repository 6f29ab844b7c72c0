-- pretix Community Edition (event ticketing and booking: organisers and their teams of back-office users with
-- logins, known login sources, staff (site-admin) sessions, WebAuthn keys and password history; team invitations
-- and team API tokens; customer accounts of an organiser's shop with saved attendee profiles and memberships;
-- events, sales channels, questions asked at checkout and check-in lists; orders with their positions (tickets with
-- attendee name, e-mail and address), payments, refunds, invoice addresses and answers to questions; check-in scans;
-- issued invoices; waiting-list entries; the outgoing e-mail queue; the audit log), trimmed from
-- github.com/pretix/pretix, release 2026.8.0 (tag v2026.8.0; read from the PyPI wheel pretix-2026.8.0, whose
-- pretix/base/models/ is upstream's src/pretix/base/models/, 311 migrations of pretixbase), AGPL-3.0 with the
-- additional terms of pretix's LICENSE (parts Apache-2.0).
-- Upstream files: src/pretix/base/models/auth.py (User, UserKnownLoginSource, StaffSession, WebAuthnDevice,
-- HistoricPassword), organizer.py (Organizer, Team with its members table, TeamInvite, TeamAPIToken, SalesChannel),
-- event.py (Event), customers.py (Customer, AttendeeProfile), memberships.py (MembershipType, Membership), items.py
-- (Question), checkin.py (CheckinList, Checkin), orders.py (Order, OrderPosition with the fields of AbstractPosition,
-- OrderPayment, OrderRefund, InvoiceAddress, QuestionAnswer), invoices.py (Invoice), waitinglist.py
-- (WaitingListEntry), mail.py (OutgoingMail), log.py (LogEntry).
-- Upstream defines the schema as Django models (upstream runs on PostgreSQL only since it dropped MySQL); written
-- here as the MySQL DDL Django's MySQL backend generates for the models of that release (table pretixbase_<model>,
-- ForeignKey x -> x_id, column order of the models, BigAutoField ids, I18nCharField/I18nTextField as longtext,
-- JSONField as json, phone numbers varchar(128), countries varchar(2)); simple literal model defaults written as
-- DEFAULT (Django applies them in Python); the UUIDField OutgoingMail.guid written char(32) as on MySQL.
-- Upstream declares no column comments. Kept: primary keys, unique fields, unique_together and unconditional unique
-- constraints, and the foreign keys among the tables kept. Left out: non-unique indexes, the functional unique
-- constraint orderposition(organizer, secret), foreign keys to tables left out (e.g. orderposition.item_id ->
-- pretixbase_item, checkin.device_id -> pretixbase_device, customer.provider_id -> pretixbase_customerssoprovider,
-- logentry.content_type_id -> django_content_type, questionanswer.cartposition_id -> pretixbase_cartposition), and
-- the tables: items, item variations, categories, add-ons, bundles, quotas, vouchers, discounts, tax rules, seating
-- plans and seats, sub-events, event/item meta properties, settings stores, cart positions and checkout sessions,
-- order fees, transactions, cached tickets and files, cancellation requests, revoked/blocked ticket secrets, print
-- logs, gift cards and their transactions, reusable media and key sets, devices and gates, customer SSO providers,
-- clients, grants and access tokens, staff session audit log, U2F devices, notification settings, scheduled
-- exports, data-sync queue and results, exchange rates, M2M tables other than team members, and the other apps
-- (pretixapi OAuth, plugins, Django's auth/sessions).

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `pretixbase_organizer` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `name` varchar(200) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `plugins` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
);

CREATE TABLE `pretixbase_saleschannel` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `organizer_id` bigint NOT NULL,
  `label` longtext NOT NULL,
  `identifier` varchar(200) NOT NULL,
  `type` varchar(200) NOT NULL,
  `position` integer UNSIGNED NOT NULL DEFAULT 0,
  `configuration` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pretixbase_saleschannel_organizer_id_identifier_fb9d1252_uniq` (`organizer_id`, `identifier`),
  FOREIGN KEY (`organizer_id`) REFERENCES `pretixbase_organizer` (`id`)
);

CREATE TABLE `pretixbase_event` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `organizer_id` bigint NOT NULL,
  `testmode` bool NOT NULL DEFAULT 0,
  `name` longtext NOT NULL,
  `slug` varchar(50) NOT NULL,
  `live` bool NOT NULL DEFAULT 0,
  `currency` varchar(10) NOT NULL DEFAULT 'EUR',
  `date_from` datetime(6) NOT NULL,
  `date_to` datetime(6) NULL,
  `date_admission` datetime(6) NULL,
  `is_public` bool NOT NULL DEFAULT 1,
  `presale_end` datetime(6) NULL,
  `presale_start` datetime(6) NULL,
  `location` longtext NULL,
  `is_remote` bool NOT NULL DEFAULT 0,
  `geo_lat` double precision NULL,
  `geo_lon` double precision NULL,
  `plugins` longtext NOT NULL,
  `comment` longtext NULL,
  `has_subevents` bool NOT NULL DEFAULT 0,
  `seating_plan_id` bigint NULL,
  `last_modified` datetime(6) NOT NULL,
  `all_sales_channels` bool NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pretixbase_event_organizer_id_slug_ef87d553_uniq` (`organizer_id`, `slug`),
  FOREIGN KEY (`organizer_id`) REFERENCES `pretixbase_organizer` (`id`)
);

CREATE TABLE `pretixbase_user` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `email` varchar(190) NULL,
  `is_verified` bool NOT NULL DEFAULT 0,
  `fullname` varchar(255) NULL,
  `is_active` bool NOT NULL DEFAULT 1,
  `is_staff` bool NOT NULL DEFAULT 0,
  `date_joined` datetime(6) NOT NULL,
  `needs_password_change` bool NOT NULL DEFAULT 0,
  `locale` varchar(50) NOT NULL DEFAULT 'en',
  `timezone` varchar(100) NOT NULL DEFAULT 'UTC',
  `require_2fa` bool NOT NULL DEFAULT 0,
  `notifications_send` bool NOT NULL DEFAULT 1,
  `notifications_token` varchar(255) NOT NULL,
  `auth_backend` varchar(255) NOT NULL DEFAULT 'native',
  `auth_backend_identifier` varchar(190) NULL,
  `session_token` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `pretixbase_user_auth_backend_auth_backen_8727d359_uniq` (`auth_backend`, `auth_backend_identifier`)
);

CREATE TABLE `pretixbase_team` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `organizer_id` bigint NOT NULL,
  `name` varchar(190) NOT NULL,
  `require_2fa` bool NOT NULL DEFAULT 0,
  `all_events` bool NOT NULL DEFAULT 0,
  `all_event_permissions` bool NOT NULL DEFAULT 0,
  `limit_event_permissions` json NOT NULL,
  `all_organizer_permissions` bool NOT NULL DEFAULT 0,
  `limit_organizer_permissions` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organizer_id`) REFERENCES `pretixbase_organizer` (`id`)
);

CREATE TABLE `pretixbase_team_members` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `team_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pretixbase_team_members_team_id_user_id_c5b180ca_uniq` (`team_id`, `user_id`),
  FOREIGN KEY (`team_id`) REFERENCES `pretixbase_team` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `pretixbase_user` (`id`)
);

CREATE TABLE `pretixbase_teaminvite` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `team_id` bigint NOT NULL,
  `email` varchar(254) NULL,
  `token` varchar(64) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `pretixbase_team` (`id`)
);

CREATE TABLE `pretixbase_teamapitoken` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `team_id` bigint NOT NULL,
  `name` varchar(190) NOT NULL,
  `active` bool NOT NULL DEFAULT 1,
  `token` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `pretixbase_team` (`id`)
);

CREATE TABLE `pretixbase_userknownloginsource` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `user_id` bigint NOT NULL,
  `agent_type` varchar(255) NULL,
  `device_type` varchar(255) NULL,
  `os_type` varchar(255) NULL,
  `country` varchar(2) NULL,
  `last_seen` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pretixbase_userknownlogi_user_id_agent_type_devic_55deecc8_uniq` (`user_id`, `agent_type`, `device_type`, `os_type`, `country`),
  FOREIGN KEY (`user_id`) REFERENCES `pretixbase_user` (`id`)
);

CREATE TABLE `pretixbase_staffsession` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `user_id` bigint NOT NULL,
  `date_start` datetime(6) NOT NULL,
  `date_end` datetime(6) NULL,
  `session_key` varchar(255) NOT NULL,
  `comment` longtext NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `pretixbase_user` (`id`)
);

CREATE TABLE `pretixbase_webauthndevice` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `user_id` bigint NOT NULL,
  `name` varchar(64) NOT NULL,
  `confirmed` bool NOT NULL DEFAULT 1,
  `credential_id` varchar(255) NULL,
  `rp_id` varchar(255) NULL,
  `icon_url` varchar(255) NULL,
  `ukey` longtext NULL,
  `pub_key` longtext NULL,
  `sign_count` integer NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `pretixbase_user` (`id`)
);

CREATE TABLE `pretixbase_historicpassword` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `user_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL,
  `password` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `pretixbase_user` (`id`)
);

CREATE TABLE `pretixbase_customer` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `organizer_id` bigint NOT NULL,
  `provider_id` bigint NULL,
  `identifier` varchar(190) NOT NULL,
  `email` varchar(190) NULL,
  `phone` varchar(128) NULL,
  `password` varchar(128) NOT NULL,
  `name_cached` varchar(255) NOT NULL,
  `name_parts` json NOT NULL,
  `is_active` bool NOT NULL DEFAULT 1,
  `is_verified` bool NOT NULL DEFAULT 1,
  `last_login` datetime(6) NULL,
  `date_joined` datetime(6) NOT NULL,
  `locale` varchar(50) NOT NULL DEFAULT 'en',
  `last_modified` datetime(6) NOT NULL,
  `external_identifier` varchar(255) NULL,
  `notes` longtext NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pretixbase_customer_organizer_id_email_af86942e_uniq` (`organizer_id`, `email`),
  UNIQUE KEY `pretixbase_customer_organizer_id_identifier_5f5978fe_uniq` (`organizer_id`, `identifier`),
  FOREIGN KEY (`organizer_id`) REFERENCES `pretixbase_organizer` (`id`)
);

CREATE TABLE `pretixbase_attendeeprofile` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `customer_id` bigint NOT NULL,
  `attendee_name_cached` varchar(255) NULL,
  `attendee_name_parts` json NOT NULL,
  `attendee_email` varchar(254) NULL,
  `company` varchar(255) NULL,
  `street` longtext NULL,
  `zipcode` varchar(30) NULL,
  `city` varchar(255) NULL,
  `country` varchar(2) NULL,
  `state` varchar(255) NULL,
  `answers` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `pretixbase_customer` (`id`)
);

CREATE TABLE `pretixbase_membershiptype` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `organizer_id` bigint NOT NULL,
  `name` longtext NOT NULL,
  `transferable` bool NOT NULL DEFAULT 0,
  `allow_parallel_usage` bool NOT NULL DEFAULT 0,
  `max_usages` integer UNSIGNED NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organizer_id`) REFERENCES `pretixbase_organizer` (`id`)
);

CREATE TABLE `pretixbase_question` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `event_id` bigint NOT NULL,
  `container_type` varchar(5) NOT NULL DEFAULT 'P',
  `question` longtext NOT NULL,
  `identifier` varchar(190) NOT NULL,
  `help_text` longtext NULL,
  `type` varchar(5) NOT NULL,
  `required` bool NOT NULL DEFAULT 0,
  `position` integer UNSIGNED NOT NULL DEFAULT 0,
  `ask_during_checkin` bool NOT NULL DEFAULT 0,
  `show_during_checkin` bool NOT NULL DEFAULT 0,
  `hidden` bool NOT NULL DEFAULT 0,
  `print_on_invoice` bool NOT NULL DEFAULT 0,
  `dependency_question_id` bigint NULL,
  `dependency_values` longtext NOT NULL,
  `valid_number_min` numeric(30, 6) NULL,
  `valid_number_max` numeric(30, 6) NULL,
  `valid_date_min` date NULL,
  `valid_date_max` date NULL,
  `valid_datetime_min` datetime(6) NULL,
  `valid_datetime_max` datetime(6) NULL,
  `valid_string_length_min` integer UNSIGNED NULL,
  `valid_string_length_max` integer UNSIGNED NULL,
  `valid_file_portrait` bool NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pretixbase_question_event_id_identifier_3a41c0ef_uniq` (`event_id`, `identifier`),
  FOREIGN KEY (`event_id`) REFERENCES `pretixbase_event` (`id`),
  FOREIGN KEY (`dependency_question_id`) REFERENCES `pretixbase_question` (`id`)
);

CREATE TABLE `pretixbase_checkinlist` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `event_id` bigint NOT NULL,
  `name` varchar(190) NOT NULL,
  `all_products` bool NOT NULL DEFAULT 1,
  `subevent_id` bigint NULL,
  `ignore_in_statistics` bool NOT NULL DEFAULT 0,
  `consider_tickets_used` bool NOT NULL DEFAULT 1,
  `include_pending` bool NOT NULL DEFAULT 0,
  `addon_match` bool NOT NULL DEFAULT 0,
  `allow_entry_after_exit` bool NOT NULL DEFAULT 1,
  `allow_multiple_entries` bool NOT NULL DEFAULT 0,
  `exit_all_at` datetime(6) NULL,
  `rules` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `pretixbase_event` (`id`)
);

CREATE TABLE `pretixbase_order` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `code` varchar(16) NOT NULL,
  `status` varchar(3) NOT NULL,
  `valid_if_pending` bool NOT NULL DEFAULT 0,
  `testmode` bool NOT NULL DEFAULT 0,
  `organizer_id` bigint NOT NULL,
  `event_id` bigint NOT NULL,
  `customer_id` bigint NULL,
  `email` varchar(254) NULL,
  `phone` varchar(128) NULL,
  `locale` varchar(32) NULL,
  `secret` varchar(32) NOT NULL,
  `internal_secret` varchar(32) NULL,
  `datetime` datetime(6) NOT NULL,
  `cancellation_date` datetime(6) NULL,
  `expires` datetime(6) NOT NULL,
  `total` numeric(13, 2) NOT NULL,
  `comment` longtext NOT NULL,
  `custom_followup_at` date NULL,
  `checkin_attention` bool NOT NULL DEFAULT 0,
  `checkin_text` longtext NULL,
  `expiry_reminder_sent` bool NOT NULL DEFAULT 0,
  `download_reminder_sent` bool NOT NULL DEFAULT 0,
  `meta_info` longtext NULL,
  `api_meta` json NOT NULL,
  `last_modified` datetime(6) NOT NULL,
  `require_approval` bool NOT NULL DEFAULT 0,
  `sales_channel_id` bigint NOT NULL,
  `email_known_to_work` bool NOT NULL DEFAULT 0,
  `invoice_dirty` bool NOT NULL DEFAULT 0,
  `tax_rounding_mode` varchar(100) NOT NULL DEFAULT 'line',
  PRIMARY KEY (`id`),
  UNIQUE KEY `order_organizer_code_uniq` (`organizer_id`, `code`),
  FOREIGN KEY (`organizer_id`) REFERENCES `pretixbase_organizer` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `pretixbase_event` (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `pretixbase_customer` (`id`),
  FOREIGN KEY (`sales_channel_id`) REFERENCES `pretixbase_saleschannel` (`id`)
);

CREATE TABLE `pretixbase_orderposition` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `subevent_id` bigint NULL,
  `item_id` bigint NOT NULL,
  `variation_id` bigint NULL,
  `price` numeric(13, 2) NOT NULL,
  `price_includes_rounding_correction` numeric(13, 2) NOT NULL DEFAULT 0.00,
  `attendee_name_cached` varchar(255) NULL,
  `attendee_name_parts` json NOT NULL,
  `attendee_email` varchar(254) NULL,
  `voucher_id` bigint NULL,
  `used_membership_id` bigint NULL,
  `addon_to_id` bigint NULL,
  `meta_info` longtext NULL,
  `seat_id` bigint NULL,
  `is_bundled` bool NOT NULL DEFAULT 0,
  `discount_id` bigint NULL,
  `company` varchar(255) NULL,
  `street` longtext NULL,
  `zipcode` varchar(30) NULL,
  `city` varchar(255) NULL,
  `country` varchar(2) NULL,
  `state` varchar(255) NULL,
  `positionid` integer UNSIGNED NOT NULL DEFAULT 1,
  `organizer_id` bigint NOT NULL,
  `order_id` bigint NOT NULL,
  `voucher_budget_use` numeric(13, 2) NULL,
  `tax_rate` numeric(7, 4) NOT NULL,
  `tax_rule_id` bigint NULL,
  `tax_code` varchar(190) NULL,
  `tax_value` numeric(13, 2) NOT NULL,
  `tax_value_includes_rounding_correction` numeric(13, 2) NOT NULL DEFAULT 0.00,
  `secret` varchar(255) NOT NULL,
  `web_secret` varchar(32) NOT NULL,
  `pseudonymization_id` varchar(16) NOT NULL,
  `canceled` bool NOT NULL DEFAULT 0,
  `blocked` json NULL,
  `ignore_from_quota_while_blocked` bool NOT NULL DEFAULT 0,
  `valid_from` datetime(6) NULL,
  `valid_until` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pseudonymization_id` (`pseudonymization_id`),
  FOREIGN KEY (`used_membership_id`) REFERENCES `pretixbase_membership` (`id`),
  FOREIGN KEY (`addon_to_id`) REFERENCES `pretixbase_orderposition` (`id`),
  FOREIGN KEY (`organizer_id`) REFERENCES `pretixbase_organizer` (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `pretixbase_order` (`id`)
);

CREATE TABLE `pretixbase_orderpayment` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `local_id` integer UNSIGNED NOT NULL,
  `state` varchar(190) NOT NULL,
  `amount` numeric(13, 2) NOT NULL,
  `order_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL,
  `payment_date` datetime(6) NULL,
  `provider` varchar(255) NULL,
  `info` longtext NULL,
  `fee_id` bigint NULL,
  `migrated` bool NOT NULL DEFAULT 0,
  `process_initiated` bool NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `pretixbase_order` (`id`)
);

CREATE TABLE `pretixbase_orderrefund` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `local_id` integer UNSIGNED NOT NULL,
  `state` varchar(190) NOT NULL,
  `source` varchar(190) NOT NULL,
  `amount` numeric(13, 2) NOT NULL,
  `order_id` bigint NOT NULL,
  `payment_id` bigint NULL,
  `created` datetime(6) NOT NULL,
  `execution_date` datetime(6) NULL,
  `provider` varchar(255) NULL,
  `comment` longtext NULL,
  `info` longtext NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `pretixbase_order` (`id`),
  FOREIGN KEY (`payment_id`) REFERENCES `pretixbase_orderpayment` (`id`)
);

CREATE TABLE `pretixbase_invoiceaddress` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `last_modified` datetime(6) NOT NULL,
  `checkout_session_id` bigint NULL,
  `order_id` bigint NULL,
  `customer_id` bigint NULL,
  `is_business` bool NOT NULL DEFAULT 0,
  `company` varchar(255) NOT NULL,
  `name_cached` varchar(255) NOT NULL,
  `name_parts` json NOT NULL,
  `street` longtext NOT NULL,
  `zipcode` varchar(30) NOT NULL,
  `city` varchar(255) NOT NULL,
  `country_old` varchar(255) NOT NULL,
  `country` varchar(2) NOT NULL,
  `state` varchar(255) NOT NULL,
  `vat_id` varchar(255) NOT NULL,
  `vat_id_validated` bool NOT NULL DEFAULT 0,
  `custom_field` varchar(255) NULL,
  `internal_reference` longtext NOT NULL,
  `beneficiary` longtext NOT NULL,
  `transmission_type` varchar(255) NOT NULL DEFAULT 'email',
  `transmission_info` json NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `checkout_session_id` (`checkout_session_id`),
  UNIQUE KEY `order_id` (`order_id`),
  FOREIGN KEY (`order_id`) REFERENCES `pretixbase_order` (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `pretixbase_customer` (`id`)
);

CREATE TABLE `pretixbase_questionanswer` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `orderposition_id` bigint NULL,
  `cartposition_id` bigint NULL,
  `order_id` bigint NULL,
  `checkoutsession_id` bigint NULL,
  `question_id` bigint NOT NULL,
  `answer` longtext NOT NULL,
  `file` varchar(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pretixbase_questionanswe_orderposition_id_questio_757ec579_uniq` (`orderposition_id`, `question_id`),
  UNIQUE KEY `pretixbase_questionanswe_cartposition_id_question_7bf7007d_uniq` (`cartposition_id`, `question_id`),
  UNIQUE KEY `pretixbase_questionanswer_order_id_question_id_a2847bd5_uniq` (`order_id`, `question_id`),
  UNIQUE KEY `pretixbase_questionanswe_checkoutsession_id_quest_bb0a63c4_uniq` (`checkoutsession_id`, `question_id`),
  FOREIGN KEY (`orderposition_id`) REFERENCES `pretixbase_orderposition` (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `pretixbase_order` (`id`),
  FOREIGN KEY (`question_id`) REFERENCES `pretixbase_question` (`id`)
);

CREATE TABLE `pretixbase_membership` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `testmode` bool NOT NULL DEFAULT 0,
  `canceled` bool NOT NULL DEFAULT 0,
  `customer_id` bigint NOT NULL,
  `membership_type_id` bigint NOT NULL,
  `granted_in_id` bigint NULL,
  `date_start` datetime(6) NOT NULL,
  `date_end` datetime(6) NOT NULL,
  `attendee_name_parts` json NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `pretixbase_customer` (`id`),
  FOREIGN KEY (`membership_type_id`) REFERENCES `pretixbase_membershiptype` (`id`),
  FOREIGN KEY (`granted_in_id`) REFERENCES `pretixbase_orderposition` (`id`)
);

CREATE TABLE `pretixbase_checkin` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `successful` bool NOT NULL DEFAULT 1,
  `error_reason` varchar(100) NULL,
  `error_explanation` longtext NULL,
  `position_id` bigint NULL,
  `raw_barcode` longtext NULL,
  `raw_source_type` varchar(100) NULL,
  `raw_item_id` bigint NULL,
  `raw_variation_id` bigint NULL,
  `raw_subevent_id` bigint NULL,
  `datetime` datetime(6) NOT NULL,
  `created` datetime(6) NULL,
  `list_id` bigint NOT NULL,
  `type` varchar(100) NOT NULL DEFAULT 'entry',
  `nonce` varchar(190) NULL,
  `force_sent` bool NULL DEFAULT 0,
  `forced` bool NOT NULL DEFAULT 0,
  `device_id` bigint NULL,
  `gate_id` bigint NULL,
  `auto_checked_in` bool NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`position_id`) REFERENCES `pretixbase_orderposition` (`id`),
  FOREIGN KEY (`list_id`) REFERENCES `pretixbase_checkinlist` (`id`)
);

CREATE TABLE `pretixbase_invoice` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `order_id` bigint NOT NULL,
  `organizer_id` bigint NOT NULL,
  `event_id` bigint NOT NULL,
  `prefix` varchar(160) NOT NULL,
  `invoice_no` varchar(19) NOT NULL,
  `full_invoice_no` varchar(190) NOT NULL,
  `is_cancellation` bool NOT NULL DEFAULT 0,
  `refers_id` bigint NULL,
  `invoice_from` longtext NOT NULL,
  `invoice_from_name` varchar(190) NULL,
  `invoice_from_zipcode` varchar(190) NULL,
  `invoice_from_city` varchar(190) NULL,
  `invoice_from_state` varchar(190) NULL,
  `invoice_from_country` varchar(2) NULL,
  `invoice_from_tax_id` varchar(190) NULL,
  `invoice_from_vat_id` varchar(190) NULL,
  `invoice_to` longtext NOT NULL,
  `invoice_to_company` longtext NULL,
  `invoice_to_is_business` bool NULL,
  `invoice_to_name` longtext NULL,
  `invoice_to_street` longtext NULL,
  `invoice_to_zipcode` varchar(190) NULL,
  `invoice_to_city` longtext NULL,
  `invoice_to_state` varchar(190) NULL,
  `invoice_to_country` varchar(2) NULL,
  `invoice_to_vat_id` longtext NULL,
  `invoice_to_beneficiary` longtext NULL,
  `invoice_to_transmission_info` json NULL,
  `internal_reference` longtext NOT NULL,
  `custom_field` varchar(255) NULL,
  `created` datetime(6) NULL,
  `date` date NOT NULL,
  `locale` varchar(50) NOT NULL DEFAULT 'en',
  `introductory_text` longtext NOT NULL,
  `additional_text` longtext NOT NULL,
  `reverse_charge` bool NOT NULL DEFAULT 0,
  `payment_provider_text` longtext NOT NULL,
  `payment_provider_stamp` varchar(100) NULL,
  `footer_text` longtext NOT NULL,
  `foreign_currency_display` varchar(50) NULL,
  `foreign_currency_rate` numeric(13, 4) NULL,
  `foreign_currency_rate_date` date NULL,
  `foreign_currency_source` varchar(100) NULL,
  `shredded` bool NOT NULL DEFAULT 0,
  `sent_to_organizer` bool NULL,
  `transmission_type` varchar(255) NOT NULL DEFAULT 'email',
  `transmission_provider` varchar(255) NULL,
  `transmission_status` varchar(255) NOT NULL DEFAULT 'unknown',
  `transmission_date` datetime(6) NULL,
  `transmission_info` json NULL,
  `file` varchar(255) NULL,
  `plugin_data` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pretixbase_invoice_organizer_id_prefix_invoice_no_8da728d2_uniq` (`organizer_id`, `prefix`, `invoice_no`),
  FOREIGN KEY (`order_id`) REFERENCES `pretixbase_order` (`id`),
  FOREIGN KEY (`organizer_id`) REFERENCES `pretixbase_organizer` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `pretixbase_event` (`id`),
  FOREIGN KEY (`refers_id`) REFERENCES `pretixbase_invoice` (`id`)
);

CREATE TABLE `pretixbase_waitinglistentry` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `event_id` bigint NOT NULL,
  `subevent_id` bigint NULL,
  `created` datetime(6) NOT NULL,
  `name_cached` varchar(255) NULL,
  `name_parts` json NOT NULL,
  `email` varchar(254) NOT NULL,
  `phone` varchar(128) NULL,
  `voucher_id` bigint NULL,
  `item_id` bigint NOT NULL,
  `variation_id` bigint NULL,
  `locale` varchar(190) NOT NULL DEFAULT 'en',
  `priority` integer NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `pretixbase_event` (`id`)
);

CREATE TABLE `pretixbase_outgoingmail` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `guid` char(32) NOT NULL,
  `status` varchar(200) NOT NULL DEFAULT 'queued',
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) NULL,
  `inflight_since` datetime(6) NULL,
  `retry_after` datetime(6) NULL,
  `error` longtext NULL,
  `error_detail` longtext NULL,
  `organizer_id` bigint NULL,
  `event_id` bigint NULL,
  `order_id` bigint NULL,
  `orderposition_id` bigint NULL,
  `customer_id` bigint NULL,
  `user_id` bigint NULL,
  `sensitive` bool NOT NULL DEFAULT 0,
  `subject` longtext NOT NULL,
  `body_plain` longtext NOT NULL,
  `body_html` longtext NULL,
  `sender` varchar(500) NOT NULL,
  `headers` json NOT NULL,
  `to` json NOT NULL,
  `cc` json NOT NULL,
  `bcc` json NOT NULL,
  `recipient_count` integer NOT NULL,
  `should_attach_tickets` bool NOT NULL DEFAULT 0,
  `should_attach_ical` bool NOT NULL DEFAULT 0,
  `should_attach_other_files` json NOT NULL,
  `actual_attachments` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organizer_id`) REFERENCES `pretixbase_organizer` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `pretixbase_event` (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `pretixbase_order` (`id`),
  FOREIGN KEY (`orderposition_id`) REFERENCES `pretixbase_orderposition` (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `pretixbase_customer` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `pretixbase_user` (`id`)
);

CREATE TABLE `pretixbase_logentry` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `content_type_id` integer NOT NULL,
  `object_id` bigint UNSIGNED NOT NULL,
  `datetime` datetime(6) NOT NULL,
  `user_id` bigint NULL,
  `api_token_id` bigint NULL,
  `device_id` bigint NULL,
  `oauth_application_id` bigint NULL,
  `event_id` bigint NULL,
  `organizer_link_id` bigint NULL,
  `action_type` varchar(255) NOT NULL,
  `data` longtext NOT NULL,
  `visible` bool NOT NULL DEFAULT 1,
  `shredded` bool NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `pretixbase_user` (`id`),
  FOREIGN KEY (`api_token_id`) REFERENCES `pretixbase_teamapitoken` (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `pretixbase_event` (`id`),
  FOREIGN KEY (`organizer_link_id`) REFERENCES `pretixbase_organizer` (`id`)
);

-- Restyaboard 1.7.1 (Restya Platform; Trello-like kanban board; PHP on PostgreSQL)
-- Upstream: github.com/RestyaPlatform/board, commit aca4421fc08467433279367d3b3a3524b7b7f8d3 (OSL-3.0)
-- Source: `sql/restyaboard_with_empty_data.sql` (upstream's pg_dump of an empty installation, last changed in
-- 2f0228fd for 1.7.1), loaded into a scratch PostgreSQL 15 database and written as MySQL from its catalogue, every
-- table and every column in the catalogue's order (views, triggers, functions, sequences and the seed rows left
-- out). Types: bigint BIGINT, integer INT, smallint SMALLINT, boolean TINYINT(1), character varying(n) VARCHAR(n)
-- (VARCHAR(255) where PostgreSQL has no length), character(n) CHAR(n), text TEXT, timestamp DATETIME, date DATE,
-- double precision DOUBLE; `nextval(...)` defaults AUTO_INCREMENT where the column is the primary key (the five
-- tables with a serial `id` and no primary key upstream -- acl_links, languages, oauth_clients, timezones,
-- user_push_tokens -- keep it as a plain column), constant defaults kept, `now()` left out. Primary keys and the
-- three foreign keys as upstream; the unique indexes on lower(email) and lower(username) of `users` written as
-- UNIQUE keys on the columns (MySQL compares them case-insensitively). Upstream has no column comments.

CREATE TABLE `acl_board_links` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `method` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `group_id` SMALLINT NULL,
  `is_hide` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acl_board_links_boards_user_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `acl_board_link_id` BIGINT NOT NULL,
  `board_user_role_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acl_links` (
  `id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `method` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `group_id` SMALLINT NULL,
  `is_user_action` SMALLINT NOT NULL DEFAULT 0,
  `is_guest_action` SMALLINT NOT NULL DEFAULT 0,
  `is_admin_action` SMALLINT NOT NULL DEFAULT 0,
  `is_hide` SMALLINT NOT NULL DEFAULT 0,
  `is_default` TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acl_links_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `acl_link_id` BIGINT NOT NULL,
  `role_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acl_organization_links` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `method` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `group_id` SMALLINT NULL,
  `is_hide` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acl_organization_links_organizations_user_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `acl_organization_link_id` BIGINT NOT NULL,
  `organization_user_role_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `board_id` BIGINT NULL DEFAULT 0,
  `list_id` BIGINT NULL DEFAULT 0,
  `card_id` BIGINT NULL DEFAULT 0,
  `user_id` BIGINT NOT NULL,
  `foreign_id` BIGINT NULL,
  `type` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  `revisions` TEXT NULL,
  `root` BIGINT NULL DEFAULT 0,
  `freshness_ts` DATETIME NULL,
  `depth` INT NULL DEFAULT 0,
  `path` TEXT NULL,
  `materialized_path` VARCHAR(255) NULL,
  `organization_id` BIGINT NULL DEFAULT 0,
  `token` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `board_stars` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `board_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `is_starred` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `board_subscribers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `board_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `is_subscribed` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `board_user_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  `organization_id` BIGINT NULL DEFAULT 0,
  `name` TEXT NOT NULL,
  `board_visibility` SMALLINT NULL,
  `background_color` VARCHAR(255) NULL,
  `background_picture_url` TEXT NULL,
  `commenting_permissions` SMALLINT NULL,
  `voting_permissions` SMALLINT NULL,
  `inivitation_permissions` SMALLINT NULL,
  `is_closed` TINYINT(1) NOT NULL DEFAULT 0,
  `is_allow_organization_members_to_join` TINYINT(1) NOT NULL DEFAULT 0,
  `boards_user_count` BIGINT NULL DEFAULT 0,
  `list_count` BIGINT NULL DEFAULT 0,
  `card_count` BIGINT NULL DEFAULT 0,
  `boards_subscriber_count` BIGINT NULL DEFAULT 0,
  `background_pattern_url` VARCHAR(255) NULL,
  `boards_star_count` BIGINT NULL DEFAULT 0,
  `is_show_image_front_of_card` TINYINT(1) NULL DEFAULT 1,
  `background_picture_path` VARCHAR(255) NULL,
  `music_name` VARCHAR(255) NULL,
  `music_content` TEXT NULL,
  `archived_list_count` BIGINT NULL DEFAULT 0,
  `archived_card_count` BIGINT NULL DEFAULT 0,
  `default_email_list_id` BIGINT NOT NULL DEFAULT 0,
  `is_default_email_position_as_bottom` TINYINT(1) NOT NULL DEFAULT 0,
  `custom_fields` TEXT NULL,
  `auto_subscribe_on_board` TINYINT(1) NOT NULL DEFAULT 1,
  `auto_subscribe_on_card` TINYINT(1) NOT NULL DEFAULT 1,
  `sort_by` VARCHAR(255) NULL,
  `sort_direction` VARCHAR(255) NULL,
  `support_list_id` BIGINT NULL,
  `support_custom_fields` TEXT NULL,
  `is_expand_image_front_of_card` TINYINT(1) NOT NULL DEFAULT 0,
  `show_pending_checklist_item` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `board_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `board_user_role_id` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `card_id` BIGINT NULL,
  `name` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NULL,
  `list_id` BIGINT NULL,
  `board_id` BIGINT NULL DEFAULT 1,
  `mimetype` VARCHAR(255) NULL,
  `link` VARCHAR(255) NULL,
  `doc_image_path` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card_subscribers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `card_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `is_subscribed` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `card_voters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `card_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cards` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `board_id` BIGINT NOT NULL,
  `list_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `due_date` DATETIME NULL,
  `position` DOUBLE NOT NULL,
  `is_archived` TINYINT(1) NOT NULL DEFAULT 0,
  `attachment_count` BIGINT NULL DEFAULT 0,
  `checklist_count` BIGINT NULL DEFAULT 0,
  `checklist_item_count` BIGINT NULL DEFAULT 0,
  `checklist_item_completed_count` BIGINT NULL DEFAULT 0,
  `label_count` BIGINT NULL DEFAULT 0,
  `cards_user_count` BIGINT NULL DEFAULT 0,
  `cards_subscriber_count` BIGINT NULL DEFAULT 0,
  `card_voter_count` BIGINT NULL DEFAULT 0,
  `activity_count` BIGINT NULL DEFAULT 0,
  `user_id` BIGINT NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `comment_count` BIGINT NULL DEFAULT 0,
  `custom_fields` TEXT NULL,
  `color` VARCHAR(255) NULL,
  `is_due_date_notification_sent` TINYINT(1) NOT NULL DEFAULT 0,
  `archived_date` DATETIME NULL,
  `cover_image_id` BIGINT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cards_labels` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `label_id` BIGINT NOT NULL,
  `card_id` BIGINT NOT NULL,
  `list_id` BIGINT NULL,
  `board_id` BIGINT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cards_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `card_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklist_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  `card_id` BIGINT NOT NULL,
  `checklist_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `is_completed` TINYINT(1) NOT NULL DEFAULT 0,
  `position` DOUBLE NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklists` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  `card_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `checklist_item_count` BIGINT NULL DEFAULT 0,
  `checklist_item_completed_count` BIGINT NULL DEFAULT 0,
  `position` DOUBLE NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `countries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `iso_alpha2` CHAR(2) NULL,
  `iso_alpha3` CHAR(3) NULL,
  `iso_numeric` BIGINT NULL,
  `fips_code` VARCHAR(3) NULL,
  `name` VARCHAR(200) NULL,
  `capital` VARCHAR(200) NULL,
  `areainsqkm` DOUBLE NULL,
  `population` BIGINT NULL,
  `continent` CHAR(2) NULL,
  `tld` CHAR(3) NULL,
  `currency` CHAR(3) NULL,
  `currencyname` CHAR(20) NULL,
  `phone` CHAR(10) NULL,
  `postalcodeformat` CHAR(20) NULL,
  `postalcoderegex` CHAR(20) NULL,
  `languages` VARCHAR(200) NULL,
  `geonameid` BIGINT NULL,
  `neighbours` CHAR(20) NULL,
  `equivalentfipscode` CHAR(10) NULL,
  `created` DATETIME NULL,
  `iso2` VARCHAR(2) NULL,
  `iso3` VARCHAR(3) NULL,
  `modified` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `states` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NULL,
  `modified` DATETIME NULL,
  `country_id` BIGINT NULL,
  `name` VARCHAR(45) NULL,
  `is_active` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `states_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NULL,
  `modified` DATETIME NULL,
  `country_id` BIGINT NULL,
  `state_id` BIGINT NULL,
  `latitude` VARCHAR(255) NULL,
  `longitude` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL,
  `is_active` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `cities_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cities_state_id_fkey` FOREIGN KEY (`state_id`) REFERENCES `states` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_templates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NULL,
  `modified` DATETIME NULL,
  `from_email` VARCHAR(500) NULL,
  `reply_to_email` VARCHAR(500) NULL,
  `name` VARCHAR(150) NULL,
  `description` TEXT NULL,
  `subject` VARCHAR(255) NULL,
  `email_text_content` TEXT NULL,
  `email_variables` VARCHAR(1000) NULL,
  `display_name` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ips` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NULL,
  `modified` DATETIME NULL,
  `ip` VARCHAR(255) NOT NULL,
  `host` VARCHAR(255) NOT NULL,
  `user_agent` VARCHAR(255) NOT NULL,
  `order` INT NULL DEFAULT 0,
  `city_id` BIGINT NULL,
  `state_id` BIGINT NULL,
  `country_id` BIGINT NULL,
  `latitude` DOUBLE NULL,
  `longitude` DOUBLE NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `card_count` BIGINT NOT NULL DEFAULT 0,
  `color` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(80) NOT NULL,
  `iso2` VARCHAR(25) NOT NULL,
  `iso3` VARCHAR(25) NOT NULL,
  `is_active` SMALLINT NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `list_subscribers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NULL,
  `list_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `is_subscribed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lists` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `board_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `position` DOUBLE NOT NULL,
  `is_archived` TINYINT(1) NOT NULL DEFAULT 0,
  `card_count` BIGINT NULL DEFAULT 0,
  `lists_subscriber_count` BIGINT NULL DEFAULT 0,
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `custom_fields` TEXT NULL,
  `color` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `access_token` VARCHAR(40) NOT NULL,
  `client_id` VARCHAR(80) NULL,
  `user_id` VARCHAR(255) NULL,
  `expires` DATETIME NULL,
  `scope` VARCHAR(2000) NULL,
  PRIMARY KEY (`access_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_authorization_codes` (
  `authorization_code` VARCHAR(40) NOT NULL,
  `client_id` VARCHAR(80) NULL,
  `user_id` VARCHAR(255) NULL,
  `redirect_uri` VARCHAR(2000) NULL,
  `expires` DATETIME NULL,
  `scope` VARCHAR(2000) NULL,
  PRIMARY KEY (`authorization_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_clients` (
  `client_id` VARCHAR(80) NOT NULL,
  `client_secret` VARCHAR(80) NULL,
  `redirect_uri` VARCHAR(2000) NULL,
  `grant_types` VARCHAR(80) NULL,
  `scope` VARCHAR(100) NULL,
  `user_id` VARCHAR(80) NULL,
  `client_name` VARCHAR(255) NULL,
  `client_url` VARCHAR(255) NULL,
  `logo_url` VARCHAR(255) NULL,
  `tos_url` VARCHAR(255) NULL,
  `policy_url` VARCHAR(2000) NULL,
  `modified` DATETIME NULL,
  `created` DATETIME NULL,
  `id` INT NOT NULL,
  `is_expirable_token` BIGINT NULL DEFAULT '1',
  PRIMARY KEY (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_jwt` (
  `client_id` VARCHAR(80) NOT NULL,
  `subject` VARCHAR(80) NULL,
  `public_key` VARCHAR(2000) NULL,
  PRIMARY KEY (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_refresh_tokens` (
  `refresh_token` VARCHAR(40) NOT NULL,
  `client_id` VARCHAR(80) NULL,
  `user_id` VARCHAR(255) NULL,
  `expires` DATETIME NULL,
  `scope` VARCHAR(2000) NULL,
  PRIMARY KEY (`refresh_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_scopes` (
  `scope` TEXT NOT NULL,
  `is_default` TINYINT(1) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_user_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `website_url` VARCHAR(255) NULL,
  `description` TEXT NULL,
  `logo_url` VARCHAR(255) NULL,
  `organization_visibility` SMALLINT NULL DEFAULT 1,
  `organizations_user_count` BIGINT NULL DEFAULT 0,
  `board_count` BIGINT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `organization_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `organization_user_role_id` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `setting_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NULL,
  `modified` DATETIME NULL,
  `parent_id` BIGINT NULL,
  `name` VARCHAR(255) NULL,
  `description` TEXT NULL,
  `order` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `setting_category_id` BIGINT NOT NULL,
  `setting_category_parent_id` BIGINT NULL DEFAULT 0,
  `name` VARCHAR(255) NULL,
  `value` TEXT NULL,
  `description` TEXT NULL,
  `type` VARCHAR(8) NULL,
  `options` TEXT NULL,
  `label` VARCHAR(255) NULL,
  `order` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timezones` (
  `id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `country_iso2` VARCHAR(255) NULL,
  `country_id` BIGINT NULL,
  `code` VARCHAR(255) NULL,
  `utc_offset` VARCHAR(255) NOT NULL,
  `utc_dst_offset` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_logins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL DEFAULT 0,
  `ip_id` BIGINT NOT NULL DEFAULT 0,
  `user_agent` VARCHAR(255) NULL,
  `is_login_failed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_push_tokens` (
  `id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `user_id` BIGINT NOT NULL DEFAULT 0,
  `token` VARCHAR(255) NOT NULL,
  `device_serial` VARCHAR(255) NULL,
  `device_modal` VARCHAR(255) NOT NULL,
  `device_brand` VARCHAR(255) NOT NULL,
  `device_manufacturer` VARCHAR(255) NOT NULL,
  `device_version` VARCHAR(255) NOT NULL,
  `app_version` VARCHAR(255) NOT NULL,
  `device_os` VARCHAR(255) NOT NULL,
  `appname` VARCHAR(255) NOT NULL,
  `last_push_notified` DATETIME NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `role_id` INT NOT NULL DEFAULT 0,
  `username` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `password` VARCHAR(256) NOT NULL,
  `full_name` VARCHAR(255) NULL,
  `initials` VARCHAR(10) NULL,
  `about_me` TEXT NULL,
  `profile_picture_path` VARCHAR(255) NULL,
  `notification_frequency` SMALLINT NULL,
  `is_allow_desktop_notification` TINYINT(1) NOT NULL DEFAULT 0,
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `is_email_confirmed` TINYINT(1) NOT NULL DEFAULT 0,
  `created_organization_count` BIGINT NULL DEFAULT 0,
  `created_board_count` BIGINT NULL DEFAULT 0,
  `joined_organization_count` BIGINT NULL DEFAULT 0,
  `list_count` BIGINT NULL DEFAULT 0,
  `joined_card_count` BIGINT NULL DEFAULT 0,
  `created_card_count` BIGINT NULL DEFAULT 0,
  `joined_board_count` BIGINT NULL DEFAULT 0,
  `checklist_count` BIGINT NULL DEFAULT 0,
  `checklist_item_completed_count` BIGINT NULL DEFAULT 0,
  `checklist_item_count` BIGINT NULL DEFAULT 0,
  `activity_count` BIGINT NULL DEFAULT 0,
  `card_voter_count` BIGINT NULL DEFAULT 0,
  `last_activity_id` BIGINT NOT NULL DEFAULT 0,
  `last_login_date` DATETIME NULL,
  `last_login_ip_id` BIGINT NULL,
  `ip_id` BIGINT NULL,
  `login_type_id` SMALLINT NULL,
  `is_productivity_beats` TINYINT(1) NOT NULL DEFAULT 1,
  `user_login_count` BIGINT NOT NULL DEFAULT 0,
  `is_ldap` TINYINT(1) NOT NULL DEFAULT 0,
  `is_send_newsletter` SMALLINT NULL DEFAULT 2,
  `last_email_notified_activity_id` BIGINT NULL DEFAULT 0,
  `owner_board_count` BIGINT NULL DEFAULT 0,
  `member_board_count` BIGINT NULL DEFAULT 0,
  `owner_organization_count` BIGINT NULL DEFAULT 0,
  `member_organization_count` BIGINT NULL DEFAULT 0,
  `language` VARCHAR(10) NULL,
  `timezone` VARCHAR(255) NULL,
  `default_desktop_notification` TINYINT(1) NOT NULL DEFAULT 1,
  `is_list_notifications_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `is_card_notifications_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `is_card_members_notifications_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `is_card_labels_notifications_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `is_card_checklists_notifications_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `is_card_attachments_notifications_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `is_intro_video_skipped` TINYINT(1) NOT NULL DEFAULT 0,
  `is_invite_from_board` TINYINT(1) NOT NULL DEFAULT 0,
  `is_two_factor_authentication_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `two_factor_authentication_hash` VARCHAR(16) NULL,
  `persist_card_divider_position` VARCHAR(255) NULL,
  `is_saml` TINYINT(1) NOT NULL DEFAULT 0,
  `next_community_edition_popup_on` DATE NULL,
  `is_show_community_edition_popup` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_unique_lower_email_idx` (`email`),
  UNIQUE KEY `users_unique_lower_username_idx` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(255) NULL,
  `description` VARCHAR(255) NULL,
  `url` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `board_id` BIGINT NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'Default' COMMENT 'Mattermost, Default',
  `custom_fields` TEXT NOT NULL DEFAULT '',
  `activities_enabled` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

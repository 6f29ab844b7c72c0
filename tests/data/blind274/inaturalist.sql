-- iNaturalist (iNaturalist, a joint initiative of the California Academy of Sciences and the National Geographic Society;
-- Rails on PostgreSQL + PostGIS; software of inaturalist.org and the iNaturalist Network sites)
-- Source: github.com/inaturalist/inaturalist db/structure.sql (pg_dump of the Rails schema), repository commit
-- 7d0d1d1fdc38ca38f530e30164688564fba99a1a (structure.sql last changed in 8810f6d081d4545e1ed39afcb152cfbfc25c23f5), MIT licence.
-- Written as MySQL by a script: 59 of the 186 tables kept, columns in upstream's names and order; PostgreSQL types mapped
-- (integer INT, bigint BIGINT, character varying(n) VARCHAR(n), unbounded character varying VARCHAR(255), text TEXT,
-- boolean TINYINT(1), timestamp DATETIME, numeric(p,s) DECIMAL(p,s), double precision DOUBLE, uuid CHAR(36), json/jsonb JSON,
-- PostGIS geometry GEOMETRY, arrays TEXT); literal defaults kept, function defaults (nextval, uuid_generate_v4) dropped,
-- AUTO_INCREMENT where upstream's id takes its sequence; primary keys and UNIQUE constraints as in the dump, unique btree
-- indexes on plain columns as UNIQUE KEYs (partial and expression indexes left out); the one declared foreign key kept.

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `login` VARCHAR(40),
  `name` VARCHAR(100),
  `email` VARCHAR(100),
  `encrypted_password` VARCHAR(128) NOT NULL DEFAULT '',
  `password_salt` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `remember_token` VARCHAR(40),
  `remember_token_expires_at` DATETIME,
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME,
  `state` VARCHAR(255) DEFAULT 'passive',
  `deleted_at` DATETIME,
  `time_zone` VARCHAR(255),
  `description` TEXT,
  `life_list_id` INT,
  `observations_count` INT DEFAULT 0,
  `identifications_count` INT DEFAULT 0,
  `journal_posts_count` INT DEFAULT 0,
  `life_list_taxa_count` INT DEFAULT 0,
  `old_preferences` TEXT,
  `icon_url` VARCHAR(255),
  `last_ip` VARCHAR(255),
  `confirmation_sent_at` DATETIME,
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `remember_created_at` DATETIME,
  `suspended_at` DATETIME,
  `suspension_reason` VARCHAR(255),
  `uri` VARCHAR(255),
  `locale` VARCHAR(255),
  `site_id` INT,
  `place_id` INT,
  `spammer` TINYINT(1),
  `spam_count` INT DEFAULT 0,
  `last_active` DATE,
  `subscriptions_suspended_at` DATETIME,
  `test_groups` VARCHAR(255),
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `lat_lon_acc_admin_level` INT,
  `icon_file_name` VARCHAR(255),
  `icon_content_type` VARCHAR(255),
  `icon_file_size` INT,
  `icon_updated_at` DATETIME,
  `search_place_id` INT,
  `curator_sponsor_id` INT,
  `suspended_by_user_id` INT,
  `birthday` DATE,
  `pi_consent_at` DATETIME,
  `donorbox_donor_id` INT,
  `donorbox_plan_type` VARCHAR(255),
  `donorbox_plan_status` VARCHAR(255),
  `donorbox_plan_started_at` DATE,
  `uuid` CHAR(36),
  `species_count` INT DEFAULT 0,
  `locked_at` DATETIME,
  `failed_attempts` INT DEFAULT 0,
  `unlock_token` VARCHAR(255),
  `oauth_application_id` INT,
  `data_transfer_consent_at` DATETIME,
  `unconfirmed_email` VARCHAR(255),
  `annotated_observations_count` INT DEFAULT 0,
  `icon_path_version` SMALLINT NOT NULL DEFAULT 0,
  `canonical_email` VARCHAR(100),
  `virtuous_donor_contact_id` INT,
  `fundraiseup_plan_frequency` VARCHAR(255),
  `fundraiseup_plan_status` VARCHAR(255),
  `fundraiseup_plan_started_at` DATE,
  `suspended_until` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_login` (`login`),
  UNIQUE KEY `index_users_on_unlock_token` (`unlock_token`),
  UNIQUE KEY `index_users_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `user_parents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `parent_user_id` INT,
  `name` VARCHAR(255),
  `email` VARCHAR(255),
  `child_name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `donorbox_donor_id` INT,
  `virtuous_donor_contact_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `user_privileges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `privilege` VARCHAR(255),
  `revoked_at` DATETIME,
  `revoke_user_id` INT,
  `revoke_reason` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `user_blocks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `blocked_user_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `override_user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `user_mutes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `muted_user_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `user_signups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `ip` VARCHAR(255),
  `vpn` TINYINT(1),
  `browser_id` VARCHAR(255),
  `incognito` TINYINT(1),
  `root_user_id_by_ip` INT,
  `root_user_id_by_browser_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `mobile` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_signups_on_user_id` (`user_id`)
) ENGINE=InnoDB;

CREATE TABLE `user_installations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `installation_id` VARCHAR(255),
  `oauth_application_id` INT,
  `platform_id` VARCHAR(255),
  `user_id` INT,
  `created_at` DATE,
  `first_logged_in_at` DATE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_installations_on_installation_id` (`installation_id`)
) ENGINE=InnoDB;

CREATE TABLE `user_installation_activities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_installation_id` BIGINT NOT NULL,
  `activity_date` DATE NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_installation_activities_on_installation_and_date` (`user_installation_id`, `activity_date`)
) ENGINE=InnoDB;

CREATE TABLE `user_donations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `donated_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `deleted_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `login` VARCHAR(255),
  `email` VARCHAR(255),
  `user_created_at` DATETIME,
  `user_updated_at` DATETIME,
  `observations_count` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `email_suppressions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` TEXT,
  `suppression_type` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `provider_authorizations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider_name` VARCHAR(255) NOT NULL,
  `provider_uid` TEXT,
  `token` TEXT,
  `user_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `scope` VARCHAR(255),
  `secret` VARCHAR(255),
  `refresh_token` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `sessions` (
  `session_id` VARCHAR(255) NOT NULL,
  `data` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`session_id`)
) ENGINE=InnoDB;

CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `roles_users` (
  `role_id` INT,
  `user_id` INT
) ENGINE=InnoDB;

CREATE TABLE `sites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `url` VARCHAR(255),
  `place_id` INT,
  `source_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `logo_file_name` VARCHAR(255),
  `logo_content_type` VARCHAR(255),
  `logo_file_size` INT,
  `logo_updated_at` DATETIME,
  `logo_square_file_name` VARCHAR(255),
  `logo_square_content_type` VARCHAR(255),
  `logo_square_file_size` INT,
  `logo_square_updated_at` DATETIME,
  `stylesheet_file_name` VARCHAR(255),
  `stylesheet_content_type` VARCHAR(255),
  `stylesheet_file_size` INT,
  `stylesheet_updated_at` DATETIME,
  `draft` TINYINT(1) DEFAULT 0,
  `homepage_data` TEXT,
  `logo_email_banner_file_name` VARCHAR(255),
  `logo_email_banner_content_type` VARCHAR(255),
  `logo_email_banner_file_size` INT,
  `logo_email_banner_updated_at` DATETIME,
  `domain` VARCHAR(255),
  `coordinate_systems_json` TEXT,
  `favicon_file_name` VARCHAR(255),
  `favicon_content_type` VARCHAR(255),
  `favicon_file_size` BIGINT,
  `favicon_updated_at` DATETIME,
  `shareable_image_file_name` VARCHAR(255),
  `shareable_image_content_type` VARCHAR(255),
  `shareable_image_file_size` BIGINT,
  `shareable_image_updated_at` DATETIME,
  `logo_blog_file_name` VARCHAR(255),
  `logo_blog_content_type` VARCHAR(255),
  `logo_blog_file_size` BIGINT,
  `logo_blog_updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `site_admins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `site_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `oauth_applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `redirect_uri` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `owner_id` INT,
  `owner_type` VARCHAR(255),
  `trusted` TINYINT(1) DEFAULT 0,
  `image_file_name` VARCHAR(255),
  `image_content_type` VARCHAR(255),
  `image_file_size` INT,
  `image_updated_at` DATETIME,
  `url` VARCHAR(255),
  `description` TEXT,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  `official` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB;

CREATE TABLE `oauth_access_grants` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` INT NOT NULL,
  `application_id` INT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires_in` INT NOT NULL,
  `redirect_uri` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `revoked_at` DATETIME,
  `scopes` VARCHAR(255),
  `code_challenge` VARCHAR(255),
  `code_challenge_method` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`)
) ENGINE=InnoDB;

CREATE TABLE `oauth_access_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` INT,
  `application_id` INT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255),
  `expires_in` INT,
  `revoked_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `scopes` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`)
) ENGINE=InnoDB;

CREATE TABLE `friendships` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `friend_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `following` TINYINT(1) DEFAULT 1,
  `trust` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_friendships_on_user_id_and_friend_id` (`user_id`, `friend_id`)
) ENGINE=InnoDB;

CREATE TABLE `subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `resource_type` VARCHAR(255),
  `resource_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `taxon_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `preferences` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `owner_id` INT NOT NULL,
  `owner_type` VARCHAR(255) NOT NULL,
  `group_id` INT,
  `group_type` VARCHAR(255),
  `value` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_preferences_on_owner_and_name_and_preference` (`owner_id`, `owner_type`, `name`, `group_id`, `group_type`)
) ENGINE=InnoDB;

CREATE TABLE `saved_locations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `latitude` DECIMAL(15,10),
  `longitude` DECIMAL(15,10),
  `title` VARCHAR(255),
  `positional_accuracy` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `geoprivacy` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `observations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `observed_on` DATE,
  `description` TEXT,
  `latitude` DECIMAL(15,10),
  `longitude` DECIMAL(15,10),
  `map_scale` INT,
  `timeframe` TEXT,
  `species_guess` VARCHAR(255),
  `user_id` INT,
  `taxon_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `place_guess` VARCHAR(255),
  `id_please` TINYINT(1) DEFAULT 0,
  `observed_on_string` VARCHAR(255),
  `iconic_taxon_id` INT,
  `num_identification_agreements` INT DEFAULT 0,
  `num_identification_disagreements` INT DEFAULT 0,
  `time_observed_at` DATETIME,
  `time_zone` VARCHAR(255),
  `location_is_exact` TINYINT(1) DEFAULT 0,
  `delta` TINYINT(1) DEFAULT 0,
  `positional_accuracy` INT,
  `private_latitude` DECIMAL(15,10),
  `private_longitude` DECIMAL(15,10),
  `geoprivacy` VARCHAR(255),
  `quality_grade` VARCHAR(255) DEFAULT 'casual',
  `user_agent` VARCHAR(255),
  `positioning_method` VARCHAR(255),
  `positioning_device` VARCHAR(255),
  `out_of_range` TINYINT(1),
  `license` VARCHAR(255),
  `uri` VARCHAR(255),
  `observation_photos_count` INT DEFAULT 0,
  `comments_count` INT DEFAULT 0,
  `geom` GEOMETRY,
  `cached_tag_list` VARCHAR(768),
  `zic_time_zone` VARCHAR(255),
  `oauth_application_id` INT,
  `observation_sounds_count` INT DEFAULT 0,
  `identifications_count` INT DEFAULT 0,
  `private_geom` GEOMETRY,
  `community_taxon_id` INT,
  `captive` TINYINT(1) DEFAULT 0,
  `site_id` INT,
  `uuid` VARCHAR(255),
  `public_positional_accuracy` INT,
  `mappable` TINYINT(1) DEFAULT 0,
  `cached_votes_total` INT DEFAULT 0,
  `last_indexed_at` DATETIME,
  `private_place_guess` VARCHAR(255),
  `taxon_geoprivacy` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_observations_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `identifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `observation_id` INT,
  `taxon_id` INT,
  `user_id` INT,
  `type` VARCHAR(255),
  `body` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `current` TINYINT(1) DEFAULT 1,
  `taxon_change_id` INT,
  `category` VARCHAR(255),
  `uuid` CHAR(36),
  `blind` TINYINT(1),
  `previous_observation_taxon_id` INT,
  `disagreement` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_identifications_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `parent_id` INT,
  `parent_type` VARCHAR(255),
  `body` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_comments_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `from_user_id` INT,
  `to_user_id` INT,
  `thread_id` INT,
  `subject` VARCHAR(255),
  `body` TEXT,
  `read_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `sent_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `flags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `flag` VARCHAR(255),
  `comment` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `flaggable_id` INT NOT NULL DEFAULT 0,
  `flaggable_type` VARCHAR(15) NOT NULL,
  `user_id` INT NOT NULL DEFAULT 0,
  `resolver_id` INT,
  `resolved` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME,
  `resolved_at` DATETIME,
  `flaggable_user_id` INT,
  `flaggable_content` TEXT,
  `uuid` CHAR(36),
  `flaggable_parent_type` VARCHAR(255),
  `flaggable_parent_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flags_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `votes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `votable_id` INT,
  `votable_type` VARCHAR(255),
  `voter_id` INT,
  `voter_type` VARCHAR(255),
  `vote_flag` TINYINT(1),
  `vote_scope` VARCHAR(255),
  `vote_weight` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_votes_on_votable_voter_scope` (`votable_type`, `votable_id`, `voter_type`, `voter_id`, `vote_scope`)
) ENGINE=InnoDB;

CREATE TABLE `annotations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36),
  `resource_id` INT,
  `resource_type` VARCHAR(255),
  `controlled_attribute_id` INT,
  `controlled_value_id` INT,
  `user_id` INT,
  `observation_field_value_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `term_taxon_mismatch` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_annotations_on_unique_resource_and_attribute` (`resource_type`, `resource_id`, `controlled_attribute_id`, `controlled_value_id`),
  UNIQUE KEY `index_annotations_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `observation_photos` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `observation_id` INT NOT NULL,
  `photo_id` INT NOT NULL,
  `position` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `uuid` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_observation_photos_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `photos` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `native_photo_id` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `native_page_url` VARCHAR(512),
  `native_username` VARCHAR(255),
  `native_realname` VARCHAR(255),
  `license` INT,
  `type` VARCHAR(255),
  `file_content_type` VARCHAR(255),
  `file_file_name` VARCHAR(255),
  `file_file_size` INT,
  `file_processing` TINYINT(1),
  `mobile` TINYINT(1) DEFAULT 0,
  `file_updated_at` DATETIME,
  `subtype` VARCHAR(255),
  `native_original_image_url` VARCHAR(512),
  `uuid` CHAR(36),
  `file_extension_id` SMALLINT,
  `file_prefix_id` SMALLINT,
  `width` SMALLINT,
  `height` SMALLINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_photos_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `sounds` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `native_username` VARCHAR(255),
  `native_realname` VARCHAR(255),
  `native_sound_id` VARCHAR(255),
  `native_page_url` VARCHAR(255),
  `license` INT,
  `type` VARCHAR(255),
  `sound_url` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `native_response` TEXT,
  `file_file_name` VARCHAR(255),
  `file_content_type` VARCHAR(255),
  `file_file_size` INT,
  `file_updated_at` DATETIME,
  `subtype` VARCHAR(255),
  `uuid` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sounds_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `observation_sounds` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `observation_id` INT,
  `sound_id` INT,
  `uuid` CHAR(36),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_observation_sounds_on_observation_id_and_sound_id` (`observation_id`, `sound_id`),
  UNIQUE KEY `index_observation_sounds_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `observation_fields` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `datatype` VARCHAR(255),
  `user_id` INT,
  `description` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `allowed_values` TEXT,
  `values_count` INT,
  `users_count` INT,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_observation_fields_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `observation_field_values` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `observation_id` INT,
  `observation_field_id` INT,
  `value` VARCHAR(2048),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `user_id` INT,
  `updater_id` INT,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_observation_field_values_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `observation_reviews` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `observation_id` INT,
  `reviewed` TINYINT(1) DEFAULT 1,
  `user_added` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_observation_reviews_on_observation_id_and_user_id` (`observation_id`, `user_id`)
) ENGINE=InnoDB;

CREATE TABLE `quality_metrics` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `observation_id` INT,
  `metric` VARCHAR(255),
  `agree` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `deleted_observations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `observation_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `observation_created_at` DATETIME,
  `observation_uuid` CHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `projects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `title` VARCHAR(255),
  `description` TEXT,
  `terms` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `icon_file_name` VARCHAR(255),
  `icon_content_type` VARCHAR(255),
  `icon_file_size` INT,
  `icon_updated_at` DATETIME,
  `project_type` VARCHAR(255),
  `slug` VARCHAR(255),
  `observed_taxa_count` INT DEFAULT 0,
  `source_url` VARCHAR(255),
  `tracking_codes` VARCHAR(255),
  `delta` TINYINT(1) DEFAULT 0,
  `place_id` INT,
  `map_type` VARCHAR(255) DEFAULT 'terrain',
  `latitude` DECIMAL(15,10),
  `longitude` DECIMAL(15,10),
  `zoom_level` INT,
  `cover_file_name` VARCHAR(255),
  `cover_content_type` VARCHAR(255),
  `cover_file_size` INT,
  `cover_updated_at` DATETIME,
  `event_url` VARCHAR(255),
  `start_time` DATETIME,
  `end_time` DATETIME,
  `trusted` TINYINT(1) DEFAULT 0,
  `group` VARCHAR(255),
  `last_aggregated_at` DATETIME,
  `observation_requirements_updated_at` DATETIME,
  `icon_path_version` SMALLINT NOT NULL DEFAULT 0,
  `cover_path_version` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_projects_on_cached_slug` (`slug`)
) ENGINE=InnoDB;

CREATE TABLE `project_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT,
  `user_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `role` VARCHAR(255),
  `observations_count` INT DEFAULT 0,
  `taxa_count` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_project_users_on_user_id_and_project_id` (`user_id`, `project_id`)
) ENGINE=InnoDB;

CREATE TABLE `project_observations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT,
  `observation_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `curator_identification_id` INT,
  `tracking_code` VARCHAR(255),
  `user_id` INT,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_project_observations_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `project_user_invitations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `invited_user_id` INT,
  `project_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `places` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `display_name` VARCHAR(255),
  `code` VARCHAR(255),
  `latitude` DECIMAL(15,10),
  `longitude` DECIMAL(15,10),
  `swlat` DECIMAL(15,10),
  `swlng` DECIMAL(15,10),
  `nelat` DECIMAL(15,10),
  `nelng` DECIMAL(15,10),
  `woeid` INT,
  `parent_id` INT,
  `check_list_id` INT,
  `place_type` INT,
  `bbox_area` DOUBLE,
  `source_name` VARCHAR(255),
  `source_identifier` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `delta` TINYINT(1) DEFAULT 0,
  `user_id` INT,
  `source_filename` VARCHAR(255),
  `ancestry` VARCHAR(255),
  `slug` VARCHAR(255),
  `source_id` INT,
  `admin_level` INT,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_places_on_slug` (`slug`),
  UNIQUE KEY `index_places_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `taxa` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `rank` VARCHAR(255),
  `source_identifier` VARCHAR(255),
  `source_url` VARCHAR(255),
  `source_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `iconic_taxon_id` INT,
  `is_iconic` TINYINT(1) DEFAULT 0,
  `auto_photos` TINYINT(1) DEFAULT 1,
  `shows_wikipedia` TINYINT(1) DEFAULT 1,
  `version` INT,
  `name_provider` VARCHAR(255),
  `delta` TINYINT(1) DEFAULT 0,
  `creator_id` INT,
  `updater_id` INT,
  `observations_count` INT DEFAULT 0,
  `listed_taxa_count` INT DEFAULT 0,
  `rank_level` DOUBLE,
  `wikipedia_summary` TEXT,
  `wikipedia_title` VARCHAR(255),
  `featured_at` DATETIME,
  `ancestry` VARCHAR(255),
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `taxon_framework_relationship_id` INT,
  `uuid` CHAR(36),
  `photos_locked` TINYINT(1) DEFAULT 0,
  `provisional` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_taxa_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `taxon_names` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `is_valid` TINYINT(1),
  `lexicon` VARCHAR(255),
  `source_identifier` VARCHAR(255),
  `source_url` VARCHAR(255),
  `taxon_id` INT,
  `source_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `name_provider` VARCHAR(255),
  `creator_id` INT,
  `updater_id` INT,
  `position` INT DEFAULT 0,
  `parameterized_lexicon` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `controlled_terms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ontology_uri` TEXT,
  `uri` TEXT,
  `is_value` TINYINT(1) DEFAULT 0,
  `active` TINYINT(1) DEFAULT 0,
  `multivalued` TINYINT(1) DEFAULT 0,
  `user_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `blocking` TINYINT(1) DEFAULT 0,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_controlled_terms_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `controlled_term_values` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `controlled_attribute_id` INT,
  `controlled_value_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `moderator_actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_type` VARCHAR(255),
  `resource_id` INT,
  `user_id` INT,
  `action` VARCHAR(255),
  `reason` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `private` TINYINT(1) DEFAULT 0,
  `resource_user_id` INT,
  `resource_parent_id` INT,
  `resource_parent_type` VARCHAR(255),
  `resource_content` TEXT,
  `suspended_until` DATETIME,
  `last_edited_by_user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `moderator_notes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `body` TEXT,
  `subject_user_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `audits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `auditable_id` INT,
  `auditable_type` VARCHAR(255),
  `associated_id` INT,
  `associated_type` VARCHAR(255),
  `user_id` INT,
  `user_type` VARCHAR(255),
  `username` VARCHAR(255),
  `action` VARCHAR(255),
  `audited_changes` JSON,
  `version` INT DEFAULT 0,
  `comment` VARCHAR(255),
  `remote_address` VARCHAR(255),
  `request_uuid` VARCHAR(255),
  `created_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `blocked_ips` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ip` VARCHAR(255),
  `user_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_blocked_ips_on_ip` (`ip`)
) ENGINE=InnoDB;

CREATE TABLE `announcements` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `placement` VARCHAR(255),
  `start` DATETIME,
  `end` DATETIME,
  `body` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `locales` TEXT,
  `dismiss_user_ids` TEXT,
  `dismissible` TINYINT(1) DEFAULT 0,
  `clients` TEXT,
  `target_group_type` VARCHAR(255),
  `target_group_partition` VARCHAR(255),
  `include_donor_start_date` DATE,
  `include_donor_end_date` DATE,
  `exclude_donor_start_date` DATE,
  `exclude_donor_end_date` DATE,
  `target_logged_in` VARCHAR(255) DEFAULT 'any',
  `min_identifications` INT,
  `max_identifications` INT,
  `min_observations` INT,
  `max_observations` INT,
  `user_created_start_date` DATE,
  `user_created_end_date` DATE,
  `last_observation_start_date` DATE,
  `last_observation_end_date` DATE,
  `ip_countries` TEXT,
  `user_id` INT,
  `include_observation_oauth_application_ids` TEXT,
  `exclude_observation_oauth_application_ids` TEXT,
  `target_curators` VARCHAR(255) DEFAULT 'any',
  `target_project_admins` VARCHAR(255) DEFAULT 'any',
  `target_creator` TINYINT(1) DEFAULT 0,
  `excludes_non_site` TINYINT(1) DEFAULT 0,
  `include_virtuous_tags` TEXT,
  `exclude_virtuous_tags` TEXT,
  `exclude_ip_countries` TEXT,
  `parent_announcement_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_7acaf995fb` FOREIGN KEY (`parent_announcement_id`) REFERENCES `announcements` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `announcement_dismissals` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `announcement_id` INT,
  `user_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `update_actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_id` INT,
  `resource_type` VARCHAR(255),
  `notifier_type` VARCHAR(255),
  `notifier_id` INT,
  `notification` VARCHAR(255),
  `resource_owner_id` INT,
  `created_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_update_actions_unique` (`resource_id`, `notifier_id`, `resource_type`, `notifier_type`, `notification`, `resource_owner_id`)
) ENGINE=InnoDB;

CREATE TABLE `posts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `parent_id` INT NOT NULL,
  `parent_type` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `published_at` DATETIME,
  `title` VARCHAR(255) NOT NULL,
  `body` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `type` VARCHAR(255),
  `start_time` DATETIME,
  `stop_time` DATETIME,
  `place_id` INT,
  `latitude` DECIMAL(15,10),
  `longitude` DECIMAL(15,10),
  `radius` INT,
  `distance` DOUBLE,
  `number` INT,
  `uuid` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_posts_on_uuid` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `schema_migrations` (
  `version` VARCHAR(255) NOT NULL,
  UNIQUE KEY `unique_schema_migrations` (`version`)
) ENGINE=InnoDB;

CREATE TABLE `ar_internal_metadata` (
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB;

-- Takahē (ActivityPub microblogging server, Mastodon-compatible API), github.com/jointakahe/takahe
-- commit d45f22c9c2f5e4feec9f9692c36b8385d51ec981 (BSD-3-Clause).
-- The Django migrations of the apps users, activities, api, core, stator (and Django's admin, sessions,
-- contenttypes) were applied to PostgreSQL 15 (`manage.py migrate`) and the resulting tables written as
-- MySQL DDL: column order as created, types as Django maps its fields on MySQL (boolean -> TINYINT(1),
-- text -> LONGTEXT, timestamptz -> DATETIME(6), jsonb -> JSON), identity columns -> AUTO_INCREMENT;
-- primary, unique and foreign keys as in the database; other indexes left out.
-- 35 of the 38 tables kept. Left out: auth_group, auth_group_permissions, auth_permission (Django's permission
-- tables; Takahē's users_user does not use them).

CREATE TABLE `users_domain` (
  `domain` VARCHAR(250) NOT NULL,
  `service_domain` VARCHAR(250) NULL,
  `local` TINYINT(1) NOT NULL,
  `blocked` TINYINT(1) NOT NULL,
  `public` TINYINT(1) NOT NULL,
  `default` TINYINT(1) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `nodeinfo` JSON NULL,
  `state` VARCHAR(100) NOT NULL,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `notes` LONGTEXT NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`domain`),
  UNIQUE KEY `users_domain_service_domain_key` (`service_domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_emoji` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `shortcode` VARCHAR(100) NOT NULL,
  `local` TINYINT(1) NOT NULL,
  `public` TINYINT(1) NULL,
  `object_uri` VARCHAR(500) NULL,
  `mimetype` VARCHAR(200) NOT NULL,
  `file` VARCHAR(100) NULL,
  `remote_url` VARCHAR(500) NULL,
  `category` VARCHAR(100) NULL,
  `state` VARCHAR(100) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `domain_id` VARCHAR(250) NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activities_emoji_domain_id_shortcode_c12293ea_uniq` (`domain_id`, `shortcode`),
  UNIQUE KEY `activities_emoji_object_uri_key` (`object_uri`),
  CONSTRAINT `activities_emoji_domain_id_e0bdd155_fk_users_domain_domain` FOREIGN KEY (`domain_id`) REFERENCES `users_domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_identity` (
  `id` BIGINT NOT NULL,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `actor_uri` VARCHAR(500) NOT NULL,
  `state` VARCHAR(100) NOT NULL,
  `local` TINYINT(1) NOT NULL,
  `username` VARCHAR(500) NULL,
  `name` VARCHAR(500) NULL,
  `summary` LONGTEXT NULL,
  `manually_approves_followers` TINYINT(1) NULL,
  `profile_uri` VARCHAR(500) NULL,
  `inbox_uri` VARCHAR(500) NULL,
  `outbox_uri` VARCHAR(500) NULL,
  `icon_uri` VARCHAR(500) NULL,
  `image_uri` VARCHAR(500) NULL,
  `icon` VARCHAR(100) NULL,
  `image` VARCHAR(100) NULL,
  `private_key` LONGTEXT NULL,
  `public_key` LONGTEXT NULL,
  `public_key_id` LONGTEXT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `fetched` DATETIME(6) NULL,
  `deleted` DATETIME(6) NULL,
  `domain_id` VARCHAR(250) NULL,
  `discoverable` TINYINT(1) NOT NULL,
  `followers_uri` VARCHAR(500) NULL,
  `following_uri` VARCHAR(500) NULL,
  `metadata` JSON NULL,
  `pinned` JSON NULL,
  `shared_inbox_uri` VARCHAR(500) NULL,
  `admin_notes` LONGTEXT NULL,
  `restriction` INT NOT NULL,
  `sensitive` TINYINT(1) NOT NULL,
  `actor_type` VARCHAR(100) NOT NULL,
  `featured_collection_uri` VARCHAR(500) NULL,
  `state_next_attempt` DATETIME(6) NULL,
  `aliases` JSON NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_identity_actor_uri_key` (`actor_uri`),
  UNIQUE KEY `users_identity_username_domain_id_b32798e7_uniq` (`username`, `domain_id`),
  CONSTRAINT `users_identity_domain_id_abab255d_fk_users_domain_domain` FOREIGN KEY (`domain_id`) REFERENCES `users_domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_post` (
  `id` BIGINT NOT NULL,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `state` VARCHAR(100) NOT NULL,
  `local` TINYINT(1) NOT NULL,
  `object_uri` VARCHAR(2048) NULL,
  `visibility` INT NOT NULL,
  `content` LONGTEXT NOT NULL,
  `sensitive` TINYINT(1) NOT NULL,
  `summary` LONGTEXT NULL,
  `url` VARCHAR(2048) NULL,
  `in_reply_to` VARCHAR(500) NULL,
  `hashtags` JSON NULL,
  `published` DATETIME(6) NOT NULL,
  `edited` DATETIME(6) NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `author_id` BIGINT NOT NULL,
  `type` VARCHAR(20) NOT NULL,
  `type_data` JSON NULL,
  `stats` JSON NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activities_post_object_uri_key` (`object_uri`),
  CONSTRAINT `activities_post_author_id_4107a75d_fk_users_identity_id` FOREIGN KEY (`author_id`) REFERENCES `users_identity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_postinteraction` (
  `id` BIGINT NOT NULL,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `state` VARCHAR(100) NOT NULL,
  `object_uri` VARCHAR(500) NULL,
  `type` VARCHAR(100) NOT NULL,
  `published` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `identity_id` BIGINT NOT NULL,
  `post_id` BIGINT NOT NULL,
  `value` VARCHAR(50) NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activities_postinteraction_object_uri_key` (`object_uri`),
  CONSTRAINT `activities_postinter_identity_id_6770dc3d_fk_users_ide` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `activities_postinter_post_id_49d7bc8f_fk_activitie` FOREIGN KEY (`post_id`) REFERENCES `activities_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_fanout` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `state` VARCHAR(100) NOT NULL,
  `type` VARCHAR(100) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `identity_id` BIGINT NOT NULL,
  `subject_post_id` BIGINT NULL,
  `subject_post_interaction_id` BIGINT NULL,
  `subject_identity_id` BIGINT NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activities_fanout_identity_id_397bb611_fk_users_identity_id` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `activities_fanout_subject_identity_id_75506ccd_fk_users_ide` FOREIGN KEY (`subject_identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `activities_fanout_subject_post_id_d5ad1bc4_fk_activitie` FOREIGN KEY (`subject_post_id`) REFERENCES `activities_post` (`id`),
  CONSTRAINT `activities_fanout_subject_post_interac_e80cfe07_fk_activitie` FOREIGN KEY (`subject_post_interaction_id`) REFERENCES `activities_postinteraction` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_hashtag` (
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `hashtag` VARCHAR(100) NOT NULL,
  `name_override` VARCHAR(100) NULL,
  `public` TINYINT(1) NULL,
  `state` VARCHAR(100) NOT NULL,
  `stats` JSON NULL,
  `stats_updated` DATETIME(6) NULL,
  `aliases` JSON NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`hashtag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_post_emojis` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `post_id` BIGINT NOT NULL,
  `emoji_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activities_post_emojis_post_id_emoji_id_9e04add0_uniq` (`post_id`, `emoji_id`),
  CONSTRAINT `activities_post_emojis_emoji_id_22ab1eae_fk_activities_emoji_id` FOREIGN KEY (`emoji_id`) REFERENCES `activities_emoji` (`id`),
  CONSTRAINT `activities_post_emojis_post_id_1abb9f9b_fk_activities_post_id` FOREIGN KEY (`post_id`) REFERENCES `activities_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_post_mentions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `post_id` BIGINT NOT NULL,
  `identity_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activities_post_mentions_post_id_identity_id_a2d00e1a_uniq` (`post_id`, `identity_id`),
  CONSTRAINT `activities_post_ment_identity_id_f74ade6d_fk_users_ide` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `activities_post_mentions_post_id_8d035c75_fk_activities_post_id` FOREIGN KEY (`post_id`) REFERENCES `activities_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_post_to` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `post_id` BIGINT NOT NULL,
  `identity_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activities_post_to_post_id_identity_id_35ee0b4b_uniq` (`post_id`, `identity_id`),
  CONSTRAINT `activities_post_to_identity_id_7501872a_fk_users_identity_id` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `activities_post_to_post_id_d6b7fd9c_fk_activities_post_id` FOREIGN KEY (`post_id`) REFERENCES `activities_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_postattachment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `state` VARCHAR(100) NOT NULL,
  `mimetype` VARCHAR(200) NOT NULL,
  `file` VARCHAR(100) NULL,
  `remote_url` VARCHAR(500) NULL,
  `name` LONGTEXT NULL,
  `width` INT NULL,
  `height` INT NULL,
  `focal_x` DOUBLE NULL,
  `focal_y` DOUBLE NULL,
  `blurhash` LONGTEXT NULL,
  `post_id` BIGINT NULL,
  `created` DATETIME(6) NOT NULL,
  `thumbnail` VARCHAR(100) NULL,
  `updated` DATETIME(6) NOT NULL,
  `author_id` BIGINT NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activities_postattac_author_id_4a503ec8_fk_users_ide` FOREIGN KEY (`author_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `activities_postattac_post_id_70165180_fk_activitie` FOREIGN KEY (`post_id`) REFERENCES `activities_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities_timelineevent` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(100) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `identity_id` BIGINT NOT NULL,
  `subject_identity_id` BIGINT NULL,
  `subject_post_id` BIGINT NULL,
  `subject_post_interaction_id` BIGINT NULL,
  `published` DATETIME(6) NOT NULL,
  `seen` TINYINT(1) NOT NULL,
  `dismissed` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activities_timelinee_identity_id_ebfc93a4_fk_users_ide` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `activities_timelinee_subject_identity_id_5f21816b_fk_users_ide` FOREIGN KEY (`subject_identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `activities_timelinee_subject_post_id_3ac287b3_fk_activitie` FOREIGN KEY (`subject_post_id`) REFERENCES `activities_post` (`id`),
  CONSTRAINT `activities_timelinee_subject_post_interac_c8da6c6d_fk_activitie` FOREIGN KEY (`subject_post_interaction_id`) REFERENCES `activities_postinteraction` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_application` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `client_id` VARCHAR(500) NOT NULL,
  `client_secret` VARCHAR(500) NOT NULL,
  `redirect_uris` LONGTEXT NOT NULL,
  `scopes` LONGTEXT NOT NULL,
  `name` VARCHAR(500) NOT NULL,
  `website` VARCHAR(500) NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6) NULL,
  `email` VARCHAR(254) NOT NULL,
  `admin` TINYINT(1) NOT NULL,
  `moderator` TINYINT(1) NOT NULL,
  `banned` TINYINT(1) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `last_seen` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_token` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(500) NOT NULL,
  `scopes` JSON NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `identity_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  `revoked` DATETIME(6) NULL,
  `push_subscription` JSON NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_token_token_1c16448b_uniq` (`token`),
  CONSTRAINT `api_token_application_id_c3007fb6_fk_api_application_id` FOREIGN KEY (`application_id`) REFERENCES `api_application` (`id`),
  CONSTRAINT `api_token_identity_id_25b31586_fk_users_identity_id` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `api_token_user_id_b646d2e7_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_authorization` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(128) NULL,
  `scopes` JSON NOT NULL,
  `redirect_uri` LONGTEXT NULL,
  `valid_for_seconds` INT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `identity_id` BIGINT NULL,
  `token_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_authorization_code_key` (`code`),
  UNIQUE KEY `api_authorization_token_id_key` (`token_id`),
  CONSTRAINT `api_authorization_application_id_1b08a098_fk_api_application_id` FOREIGN KEY (`application_id`) REFERENCES `api_application` (`id`),
  CONSTRAINT `api_authorization_identity_id_af5db5ef_fk_users_identity_id` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `api_authorization_token_id_6b82dd69_fk_api_token_id` FOREIGN KEY (`token_id`) REFERENCES `api_token` (`id`),
  CONSTRAINT `api_authorization_user_id_ecb8e5aa_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_config` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(500) NOT NULL,
  `json` JSON NULL,
  `image` VARCHAR(100) NULL,
  `identity_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  `domain_id` VARCHAR(250) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_config_key_user_id_identity_id_domain_id_8096879b_uniq` (`key`, `user_id`, `identity_id`, `domain_id`),
  CONSTRAINT `core_config_domain_id_3a29957e_fk_users_domain_domain` FOREIGN KEY (`domain_id`) REFERENCES `users_domain` (`domain`),
  CONSTRAINT `core_config_identity_id_adc044e0_fk_users_identity_id` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `core_config_user_id_4ce8d7d4_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` LONGTEXT NULL,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` LONGTEXT NOT NULL,
  `content_type_id` INT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `app` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `applied` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stator_stats` (
  `model_label` VARCHAR(200) NOT NULL,
  `statistics` JSON NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  PRIMARY KEY (`model_label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_announcement` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `text` LONGTEXT NOT NULL,
  `published` TINYINT(1) NOT NULL,
  `start` DATETIME(6) NULL,
  `end` DATETIME(6) NULL,
  `include_unauthenticated` TINYINT(1) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_announcement_seen` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `announcement_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_announcement_seen_announcement_id_user_id_c1b1fc62_uniq` (`announcement_id`, `user_id`),
  CONSTRAINT `users_announcement_s_announcement_id_a7fad7b0_fk_users_ann` FOREIGN KEY (`announcement_id`) REFERENCES `users_announcement` (`id`),
  CONSTRAINT `users_announcement_seen_user_id_70030c2f_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_block` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mute` TINYINT(1) NOT NULL,
  `expires` DATETIME(6) NULL,
  `note` LONGTEXT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `source_id` BIGINT NOT NULL,
  `target_id` BIGINT NOT NULL,
  `include_notifications` TINYINT(1) NOT NULL,
  `state` VARCHAR(100) NOT NULL,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `uri` VARCHAR(500) NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_block_source_id_target_id_mute_0683f632_uniq` (`source_id`, `target_id`, `mute`),
  CONSTRAINT `users_block_source_id_d2bc8a59_fk_users_identity_id` FOREIGN KEY (`source_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `users_block_target_id_f169e790_fk_users_identity_id` FOREIGN KEY (`target_id`) REFERENCES `users_identity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_bookmark` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `identity_id` BIGINT NOT NULL,
  `post_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_bookmark_identity_id_post_id_c8c44468_uniq` (`identity_id`, `post_id`),
  CONSTRAINT `users_bookmark_identity_id_0911b4f3_fk_users_identity_id` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `users_bookmark_post_id_57af2b36_fk_activities_post_id` FOREIGN KEY (`post_id`) REFERENCES `activities_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_domain_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `domain_id` VARCHAR(250) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_domain_users_domain_id_user_id_1cba85d2_uniq` (`domain_id`, `user_id`),
  CONSTRAINT `users_domain_users_domain_id_be74a13a_fk_users_domain_domain` FOREIGN KEY (`domain_id`) REFERENCES `users_domain` (`domain`),
  CONSTRAINT `users_domain_users_user_id_cc2a6678_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_follow` (
  `id` BIGINT NOT NULL,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `uri` VARCHAR(500) NULL,
  `note` LONGTEXT NULL,
  `state` VARCHAR(100) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `source_id` BIGINT NOT NULL,
  `target_id` BIGINT NOT NULL,
  `boosts` TINYINT(1) NOT NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_follow_source_id_target_id_b597fd9c_uniq` (`source_id`, `target_id`),
  CONSTRAINT `users_follow_source_id_6a889f4f_fk_users_identity_id` FOREIGN KEY (`source_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `users_follow_target_id_acdd1e82_fk_users_identity_id` FOREIGN KEY (`target_id`) REFERENCES `users_identity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_hashtagfollow` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `hashtag_id` VARCHAR(100) NOT NULL,
  `identity_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_hashtagfollow_identity_id_hashtag_id_20acf601_uniq` (`identity_id`, `hashtag_id`),
  CONSTRAINT `users_hashtagfollow_hashtag_id_e17399e3_fk_activitie` FOREIGN KEY (`hashtag_id`) REFERENCES `activities_hashtag` (`hashtag`),
  CONSTRAINT `users_hashtagfollow_identity_id_233ec8d3_fk_users_identity_id` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_identity_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `identity_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_identity_users_identity_id_user_id_c7d6a223_uniq` (`identity_id`, `user_id`),
  CONSTRAINT `users_identity_users_identity_id_312cc9b0_fk_users_identity_id` FOREIGN KEY (`identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `users_identity_users_user_id_4fb420f6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_inboxmessage` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `message` JSON NOT NULL,
  `state` VARCHAR(100) NOT NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_invite` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(500) NOT NULL,
  `note` LONGTEXT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `expires` DATETIME(6) NULL,
  `uses` INT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_invite_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_passwordreset` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `state` VARCHAR(100) NOT NULL,
  `token` VARCHAR(500) NOT NULL,
  `new_account` TINYINT(1) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_passwordreset_token_key` (`token`),
  CONSTRAINT `users_passwordreset_user_id_0e9b861e_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_report` (
  `id` BIGINT NOT NULL,
  `state_changed` DATETIME(6) NOT NULL,
  `state_locked_until` DATETIME(6) NULL,
  `state` VARCHAR(100) NOT NULL,
  `type` VARCHAR(100) NOT NULL,
  `complaint` LONGTEXT NOT NULL,
  `forward` TINYINT(1) NOT NULL,
  `valid` TINYINT(1) NULL,
  `seen` DATETIME(6) NULL,
  `resolved` DATETIME(6) NULL,
  `notes` LONGTEXT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `moderator_id` BIGINT NULL,
  `source_domain_id` VARCHAR(250) NULL,
  `source_identity_id` BIGINT NULL,
  `subject_identity_id` BIGINT NULL,
  `subject_post_id` BIGINT NULL,
  `state_next_attempt` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_report_moderator_id_6dd22ddb_fk_users_identity_id` FOREIGN KEY (`moderator_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `users_report_source_domain_id_b6ef0e68_fk_users_domain_domain` FOREIGN KEY (`source_domain_id`) REFERENCES `users_domain` (`domain`),
  CONSTRAINT `users_report_source_identity_id_eba1946d_fk_users_identity_id` FOREIGN KEY (`source_identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `users_report_subject_identity_id_110e1653_fk_users_identity_id` FOREIGN KEY (`subject_identity_id`) REFERENCES `users_identity` (`id`),
  CONSTRAINT `users_report_subject_post_id_7c8ec003_fk_activities_post_id` FOREIGN KEY (`subject_post_id`) REFERENCES `activities_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_userevent` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `date` DATETIME(6) NOT NULL,
  `type` VARCHAR(100) NOT NULL,
  `data` JSON NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_userevent_user_id_0c184e0a_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

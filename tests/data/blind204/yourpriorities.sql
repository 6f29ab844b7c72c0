-- Your Priorities (Citizens Foundation, Iceland) — e-democracy and participatory budgeting platform (Better
-- Reykjavik / My Neighbourhood, and other cities' and governments' consultations): users with the national id
-- (kennitala) from island.is sign-in, age group, postcode and gender; domains, communities and groups; posts
-- (ideas, budget projects), points (for/against arguments), endorsements (votes), ratings, status changes, invites,
-- join requests, media; the activity, notification, following and news-feed tables of its "Active Citizen" engine.
-- Source: github.com/CitizensFoundation/your-priorities-app server_api/src/models/*.cjs and
-- server_api/src/services/models/*.cjs (Sequelize 6 models, PostgreSQL), commit
-- 79927e28f96a956b418c9f1cf112c8b3620592bc (MIT).
-- The models (with their associations, so also the implicit join tables) were synced by Sequelize 6.37 into a
-- scratch PostgreSQL database and its catalogue written as MySQL: 58 of the 81 tables; see yourpriorities.md.
SET NAMES utf8mb4;

CREATE TABLE `domains` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `domain_name` varchar(255) NOT NULL,
  `access` int NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `default_locale` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `message_to_users` varchar(255) DEFAULT NULL,
  `message_for_new_idea` varchar(255) DEFAULT NULL,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `google_analytics_code` varchar(255) DEFAULT NULL,
  `counter_communities` int DEFAULT 0,
  `counter_users` int DEFAULT 0,
  `counter_groups` int DEFAULT 0,
  `counter_points` int DEFAULT 0,
  `counter_posts` int DEFAULT 0,
  `counter_organizations` int DEFAULT 0,
  `only_admins_can_create_communities` tinyint(1) DEFAULT 0,
  `theme_id` int DEFAULT NULL,
  `other_social_media_info` json DEFAULT NULL,
  `secret_api_keys` json DEFAULT NULL,
  `public_api_keys` json DEFAULT NULL,
  `info_texts` json DEFAULT NULL,
  `configuration` json DEFAULT NULL,
  `language` varchar(255) DEFAULT NULL,
  `data` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `ssn` varchar(255) DEFAULT NULL,
  `age_group` varchar(255) DEFAULT NULL,
  `post_code` varchar(255) DEFAULT NULL,
  `my_gender` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `profile_data` json DEFAULT NULL,
  `private_profile_data` json DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `facebook_id` bigint DEFAULT NULL,
  `facebook_profile` json DEFAULT NULL,
  `twitter_id` bigint DEFAULT NULL,
  `twitter_profile` json DEFAULT NULL,
  `google_id` bigint DEFAULT NULL,
  `google_profile` json DEFAULT NULL,
  `github_id` bigint DEFAULT NULL,
  `github_profile` json DEFAULT NULL,
  `buddy_icon_file_name` varchar(255) DEFAULT NULL,
  `twitter_profile_image_url` varchar(255) DEFAULT NULL,
  `encrypted_password` varchar(255) DEFAULT NULL,
  `default_locale` varchar(255) DEFAULT NULL,
  `reset_password_token` varchar(255) DEFAULT NULL,
  `reset_password_expires` datetime DEFAULT NULL,
  `notifications_settings` json DEFAULT NULL,
  `interaction_profile` json DEFAULT NULL,
  `counter_login` int DEFAULT 0,
  `last_login_at` datetime DEFAULT NULL,
  `social_points` int DEFAULT NULL,
  `legacy_user_id` int DEFAULT NULL,
  `legacy_new_domain_id` int DEFAULT NULL,
  `theme_id` int DEFAULT NULL,
  `legacy_passwords_disabled` tinyint(1) DEFAULT 0,
  `privacy_settings` json DEFAULT NULL,
  `ignore_list` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `communities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `hostname` varchar(255) NOT NULL,
  `access` int NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `default_locale` varchar(255) DEFAULT NULL,
  `google_analytics_code` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `website` text DEFAULT NULL,
  `is_community_folder` tinyint(1) DEFAULT 0,
  `in_community_folder_id` int DEFAULT NULL,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `weight` int DEFAULT 0,
  `status` varchar(255) NOT NULL DEFAULT 'active',
  `counter_posts` int DEFAULT 0,
  `counter_points` int DEFAULT 0,
  `counter_groups` int DEFAULT 0,
  `counter_users` int DEFAULT 0,
  `counter_organizations` int DEFAULT 0,
  `counter_flags` int DEFAULT 0,
  `only_admins_can_create_groups` tinyint(1) DEFAULT 0,
  `theme_id` int DEFAULT NULL,
  `other_social_media_info` json DEFAULT NULL,
  `configuration` json DEFAULT NULL,
  `language` varchar(255) DEFAULT NULL,
  `data` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `domain_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `communities_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `communities_in_community_folder_id_fkey` FOREIGN KEY (`in_community_folder_id`) REFERENCES `communities` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `communities_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CommunityAdmin` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `community_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`community_id`, `user_id`),
  CONSTRAINT `CommunityAdmin_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `CommunityAdmin_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CommunityPromoter` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `community_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`community_id`, `user_id`),
  CONSTRAINT `CommunityPromoter_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `CommunityPromoter_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CommunityUser` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `community_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`community_id`, `user_id`),
  CONSTRAINT `CommunityUser_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `CommunityUser_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DomainAdmin` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `domain_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`domain_id`, `user_id`),
  CONSTRAINT `DomainAdmin_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `DomainAdmin_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DomainUser` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `domain_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`domain_id`, `user_id`),
  CONSTRAINT `DomainUser_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `DomainUser_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tr8n_iso_countries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255) DEFAULT NULL,
  `country_english_name` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `access` int NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `google_analytics_code` varchar(255) DEFAULT NULL,
  `objectives` text DEFAULT NULL,
  `message_for_new_idea` text DEFAULT NULL,
  `message_to_users` text DEFAULT NULL,
  `is_group_folder` tinyint(1) DEFAULT 0,
  `in_group_folder_id` int DEFAULT NULL,
  `weight` int DEFAULT 0,
  `status` varchar(255) NOT NULL DEFAULT 'active',
  `counter_posts` int DEFAULT 0,
  `counter_points` int DEFAULT 0,
  `counter_users` int DEFAULT 0,
  `counter_flags` int DEFAULT 0,
  `theme_id` int DEFAULT NULL,
  `configuration` json DEFAULT NULL,
  `private_access_configuration` json DEFAULT NULL,
  `language` varchar(255) DEFAULT NULL,
  `data` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `community_id` int DEFAULT NULL,
  `iso_country_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `groups_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `groups_in_group_folder_id_fkey` FOREIGN KEY (`in_group_folder_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `groups_iso_country_id_fkey` FOREIGN KEY (`iso_country_id`) REFERENCES `tr8n_iso_countries` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `groups_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupAdmin` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `group_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`group_id`, `user_id`),
  CONSTRAINT `GroupAdmin_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `GroupAdmin_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupPromoter` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `group_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`group_id`, `user_id`),
  CONSTRAINT `GroupPromoter_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `GroupPromoter_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupUser` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `group_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`group_id`, `user_id`),
  CONSTRAINT `GroupUser_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `GroupUser_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `address` text DEFAULT NULL,
  `phone_number` varchar(255) DEFAULT NULL,
  `access` int NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'active',
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `website` text DEFAULT NULL,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `weight` int DEFAULT 0,
  `counter_users` int DEFAULT 0,
  `theme_id` int DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `domain_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `organizations_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `organizations_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `organizations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrganizationAdmin` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `organization_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`organization_id`, `user_id`),
  CONSTRAINT `OrganizationAdmin_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `OrganizationAdmin_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrganizationUser` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `organization_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`organization_id`, `user_id`),
  CONSTRAINT `OrganizationUser_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `OrganizationUser_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `images` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `license` varchar(255) DEFAULT NULL,
  `cc_url` varchar(255) DEFAULT NULL,
  `original_url` varchar(255) DEFAULT NULL,
  `photographer_name` varchar(255) DEFAULT NULL,
  `formats` text DEFAULT NULL,
  `original_filename` varchar(255) DEFAULT NULL,
  `s3_bucket_name` varchar(255) DEFAULT NULL,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `location` json DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `images_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `icon_file_name` varchar(255) DEFAULT NULL,
  `language` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `group_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `categories_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_type` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `status` varchar(255) NOT NULL,
  `official_status` int DEFAULT 0,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_at` datetime DEFAULT NULL,
  `status_changed_at` datetime DEFAULT NULL,
  `official_status_changed_at` datetime DEFAULT NULL,
  `counter_endorsements_up` int DEFAULT 0,
  `counter_endorsements_down` int DEFAULT 0,
  `counter_points` int DEFAULT 0,
  `counter_all_activities` int DEFAULT 0,
  `counter_main_activities` int DEFAULT 0,
  `counter_impressions` int DEFAULT 0,
  `counter_flags` int DEFAULT 0,
  `data` json DEFAULT NULL,
  `public_data` json DEFAULT NULL,
  `position` int DEFAULT NULL,
  `location` json DEFAULT NULL,
  `cover_media_type` varchar(255) DEFAULT NULL,
  `legacy_post_id` int DEFAULT NULL,
  `user_interaction_profile` json DEFAULT NULL,
  `language` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `category_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `posts_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `posts_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `posts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PostUserImage` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `image_id` int NOT NULL,
  `post_id` int NOT NULL,
  PRIMARY KEY (`image_id`, `post_id`),
  CONSTRAINT `PostUserImage_image_id_fkey` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `PostUserImage_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserHeaderImage` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `image_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`image_id`, `user_id`),
  CONSTRAINT `UserHeaderImage_image_id_fkey` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `UserHeaderImage_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserProfileImage` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `image_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`image_id`, `user_id`),
  CONSTRAINT `UserProfileImage_image_id_fkey` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `UserProfileImage_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `videos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `meta` json DEFAULT NULL,
  `public_meta` json DEFAULT NULL,
  `formats` json DEFAULT NULL,
  `views` bigint DEFAULT 0,
  `long_views` bigint DEFAULT 0,
  `user_id` int DEFAULT NULL,
  `viewable` tinyint(1) NOT NULL DEFAULT 0,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `videos_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserProfileVideo` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  `video_id` int NOT NULL,
  PRIMARY KEY (`user_id`, `video_id`),
  CONSTRAINT `UserProfileVideo_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `UserProfileVideo_video_id_fkey` FOREIGN KEY (`video_id`) REFERENCES `videos` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` int NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `joined_at` datetime DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `community_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `from_user_id` int DEFAULT NULL,
  `to_user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invites_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `invites_from_user_id_fkey` FOREIGN KEY (`from_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `invites_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `invites_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `invites_to_user_id_fkey` FOREIGN KEY (`to_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_status_changes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `subject` varchar(255) DEFAULT NULL,
  `content` text NOT NULL,
  `status` varchar(255) NOT NULL,
  `status_changed_to` varchar(255) DEFAULT NULL,
  `published_at` datetime DEFAULT NULL,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `post_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `post_status_changes_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `post_status_changes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `points` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `content_type` int NOT NULL DEFAULT 0,
  `content` text NOT NULL,
  `status` varchar(255) NOT NULL,
  `value` int NOT NULL,
  `website` varchar(255) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `deleted_at` datetime DEFAULT NULL,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `counter_revisions` int DEFAULT 1,
  `counter_quality_up` int DEFAULT 0,
  `counter_quality_down` int DEFAULT 0,
  `counter_flags` int DEFAULT 0,
  `embed_data` json DEFAULT NULL,
  `data` json DEFAULT NULL,
  `public_data` json DEFAULT NULL,
  `language` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `group_id` int DEFAULT NULL,
  `post_status_change_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `domain_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `image_id` int DEFAULT NULL,
  `parent_point_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `points_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `points_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `points_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `points_image_id_fkey` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `points_parent_point_id_fkey` FOREIGN KEY (`parent_point_id`) REFERENCES `points` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `points_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `points_post_status_change_id_fkey` FOREIGN KEY (`post_status_change_id`) REFERENCES `post_status_changes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `points_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_activities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `access` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `sub_type` varchar(255) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `object` json DEFAULT NULL,
  `actor` json DEFAULT NULL,
  `target` json DEFAULT NULL,
  `context` json DEFAULT NULL,
  `user_interaction_profile` json DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `domain_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `point_id` int DEFAULT NULL,
  `invite_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `image_id` int DEFAULT NULL,
  `post_status_change_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_activities_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_activities_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_activities_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_activities_image_id_fkey` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_activities_invite_id_fkey` FOREIGN KEY (`invite_id`) REFERENCES `invites` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_activities_point_id_fkey` FOREIGN KEY (`point_id`) REFERENCES `points` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_activities_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_activities_post_status_change_id_fkey` FOREIGN KEY (`post_status_change_id`) REFERENCES `post_status_changes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_activities_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_background_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `progress` int DEFAULT NULL,
  `error` text DEFAULT NULL,
  `data` json DEFAULT NULL,
  `internal_data` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_lists` (
  `id` int NOT NULL AUTO_INCREMENT,
  `data` json DEFAULT NULL,
  `user_id` int NOT NULL,
  `group_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_lists_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_lists_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_lists_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_lists_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_campaigns` (
  `id` int NOT NULL AUTO_INCREMENT,
  `data` json DEFAULT NULL,
  `user_id` int NOT NULL,
  `ac_list_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_campaigns_ac_list_id_fkey` FOREIGN KEY (`ac_list_id`) REFERENCES `ac_lists` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `ac_campaigns_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_client_activities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `sub_type` varchar(255) DEFAULT NULL,
  `domain_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `object` json DEFAULT NULL,
  `actor` json DEFAULT NULL,
  `target` json DEFAULT NULL,
  `context` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_delayed_notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `method` int NOT NULL,
  `frequency` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `delivered` tinyint(1) NOT NULL DEFAULT 0,
  `delivered_at` datetime DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_delayed_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_followings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `value` int DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int DEFAULT NULL,
  `other_user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_followings_other_user_id_fkey` FOREIGN KEY (`other_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_followings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_list_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `data` json DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `ac_list_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_list_users_ac_list_id_fkey` FOREIGN KEY (`ac_list_id`) REFERENCES `ac_lists` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `ac_list_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_mutes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `domain_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `point_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `other_user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_mutes_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_mutes_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_mutes_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_mutes_other_user_id_fkey` FOREIGN KEY (`other_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_mutes_point_id_fkey` FOREIGN KEY (`point_id`) REFERENCES `points` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_mutes_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_mutes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'active',
  `sent_email` int DEFAULT NULL,
  `sent_push` int DEFAULT NULL,
  `processed_at` datetime DEFAULT NULL,
  `user_interaction_profile` json DEFAULT NULL,
  `from_notification_setting` varchar(255) DEFAULT NULL,
  `viewed` tinyint(1) NOT NULL DEFAULT 0,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `promotions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content` text NOT NULL,
  `status` varchar(255) NOT NULL,
  `cost` int NOT NULL,
  `per_viewer_cost` double DEFAULT NULL,
  `spent` double DEFAULT NULL,
  `position` int DEFAULT 0,
  `finished_at` datetime DEFAULT NULL,
  `counter_up_endorsements` int DEFAULT 0,
  `counter_down_endorsements` int DEFAULT 0,
  `counter_skips` int DEFAULT 0,
  `counter_views` int DEFAULT 0,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `group_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `promotions_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `promotions_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `promotions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_news_feed_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `latest_activity_at` datetime NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'active',
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `domain_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `point_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `promotion_id` int DEFAULT NULL,
  `ac_notification_id` int DEFAULT NULL,
  `ac_activity_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_news_feed_items_ac_activity_id_fkey` FOREIGN KEY (`ac_activity_id`) REFERENCES `ac_activities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_items_ac_notification_id_fkey` FOREIGN KEY (`ac_notification_id`) REFERENCES `ac_notifications` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_items_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_items_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_items_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_items_point_id_fkey` FOREIGN KEY (`point_id`) REFERENCES `points` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_items_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_items_promotion_id_fkey` FOREIGN KEY (`promotion_id`) REFERENCES `promotions` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_items_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_news_feed_processed_ranges` (
  `id` int NOT NULL AUTO_INCREMENT,
  `latest_activity_at` datetime NOT NULL,
  `oldest_activity_at` datetime NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'active',
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `domain_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_news_feed_processed_ranges_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_processed_ranges_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_processed_ranges_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_processed_ranges_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_news_feed_processed_ranges_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ac_watching` (
  `id` int NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL,
  `type` int NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `domain_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `point_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `watching_user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ac_watching_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_watching_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_watching_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_watching_point_id_fkey` FOREIGN KEY (`point_id`) REFERENCES `points` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_watching_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_watching_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ac_watching_watching_user_id_fkey` FOREIGN KEY (`watching_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audios` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `meta` json DEFAULT NULL,
  `public_meta` json DEFAULT NULL,
  `formats` json DEFAULT NULL,
  `listens` bigint DEFAULT 0,
  `long_listens` bigint DEFAULT 0,
  `user_id` int DEFAULT NULL,
  `listenable` tinyint(1) NOT NULL DEFAULT 0,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `audios_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bulk_status_updates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `config` json DEFAULT NULL,
  `templates` json DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `sent_at` datetime DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `group_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `bulk_status_updates_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `bulk_status_updates_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `bulk_status_updates_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaigns` (
  `id` int NOT NULL AUTO_INCREMENT,
  `configuration` json DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `post_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `domain_id` int DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `campaigns_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `campaigns_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `campaigns_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `campaigns_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `campaigns_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delayed_notifications` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `ac_delayed_notification_id` int NOT NULL,
  `ac_notification_id` int NOT NULL,
  PRIMARY KEY (`ac_delayed_notification_id`, `ac_notification_id`),
  CONSTRAINT `delayed_notifications_ac_delayed_notification_id_fkey` FOREIGN KEY (`ac_delayed_notification_id`) REFERENCES `ac_delayed_notifications` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `delayed_notifications_ac_notification_id_fkey` FOREIGN KEY (`ac_notification_id`) REFERENCES `ac_notifications` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `endorsements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `value` int NOT NULL,
  `status` varchar(255) NOT NULL,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `data` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `post_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `endorsements_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `endorsements_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `endorsements_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `general_data_store` (
  `id` int NOT NULL AUTO_INCREMENT,
  `data` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_activities` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `ac_activity_id` int NOT NULL,
  `ac_notification_id` int NOT NULL,
  PRIMARY KEY (`ac_activity_id`, `ac_notification_id`),
  CONSTRAINT `notification_activities_ac_activity_id_fkey` FOREIGN KEY (`ac_activity_id`) REFERENCES `ac_activities` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `notification_activities_ac_notification_id_fkey` FOREIGN KEY (`ac_notification_id`) REFERENCES `ac_notifications` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `other_users` (
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `ac_activity_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`ac_activity_id`, `user_id`),
  CONSTRAINT `other_users_ac_activity_id_fkey` FOREIGN KEY (`ac_activity_id`) REFERENCES `ac_activities` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `other_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` json NOT NULL,
  `content` json NOT NULL,
  `weight` int DEFAULT 0,
  `published` tinyint(1) NOT NULL DEFAULT 0,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `legacy_page_id` int DEFAULT NULL,
  `legacy_new_domain_id` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `domain_id` int DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pages_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `pages_domain_id_fkey` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `pages_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `pages_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `point_qualities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `value` int NOT NULL,
  `status` varchar(255) NOT NULL,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `data` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `point_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `post_status_change_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `point_qualities_point_id_fkey` FOREIGN KEY (`point_id`) REFERENCES `points` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `point_qualities_post_status_change_id_fkey` FOREIGN KEY (`post_status_change_id`) REFERENCES `post_status_changes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `point_qualities_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `point_revisions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `content` text NOT NULL,
  `status` varchar(255) NOT NULL,
  `value` int NOT NULL,
  `website` varchar(255) DEFAULT NULL,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `embed_data` json DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `point_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `post_status_change_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `point_revisions_point_id_fkey` FOREIGN KEY (`point_id`) REFERENCES `points` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `point_revisions_post_status_change_id_fkey` FOREIGN KEY (`post_status_change_id`) REFERENCES `post_status_changes` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `point_revisions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_revisions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `data` json DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `post_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `post_revisions_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `post_revisions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ratings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `value` int NOT NULL,
  `type_index` int NOT NULL,
  `ip_address` varchar(255) NOT NULL,
  `user_agent` text NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `data` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `post_id` int DEFAULT NULL,
  `point_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ratings_point_id_fkey` FOREIGN KEY (`point_id`) REFERENCES `points` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ratings_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ratings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `relationship_type` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int DEFAULT NULL,
  `other_user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `relationships_other_user_id_fkey` FOREIGN KEY (`other_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `relationships_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requests_to_join` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `community_id` int DEFAULT NULL,
  `group_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `requests_to_join_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `requests_to_join_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `requests_to_join_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translation_cache` (
  `id` int NOT NULL AUTO_INCREMENT,
  `index_key` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_legacy_passwords` (
  `id` int NOT NULL AUTO_INCREMENT,
  `encrypted_password` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_legacy_passwords_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


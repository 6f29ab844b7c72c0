-- Karrot (karrot.world; foodsaving and other grassroots groups: members with roles and trust, applications to join,
-- invitations, places (stores, food-sharing points) and their statuses and types, activity series and activities
-- such as food pickups with participants and participant types, feedback on activities (weight of food saved,
-- comments, no-shows), offers, agreements, conflict-resolution issues with votings and votes, conversations,
-- messages, threads, reactions, mentions, images and attachments, notifications, history, video-call rooms,
-- calendar tokens, web-push and websocket subscriptions, verification codes, incoming e-mail and e-mail events)
-- Upstream: github.com/karrot-dev/karrot-backend (moved to codeberg.org/karrot/karrot-backend in May 2024), commit
--   dbe42a10ff010c4b8b4a8b86933dd0c68e96f136 (30 April 2024, the last before the move; HEAD 4e47cb96 only empties
--   the repository), AGPL-3.0.
-- How: the Django migrations of all installed apps (Django 5.0.3 and the pinned requirements.txt, installed in a
--   scratch virtualenv; `talon-core` and the GDAL-backed `django.contrib.gis.geos` import stubbed, neither is used by
--   any migration) were replayed with `manage.py migrate` into a scratch PostgreSQL 15 database, and the tables were
--   written from the catalogue as MySQL by a small script: columns in the database's order (the order the migrations
--   created them), `integer` -> int (identity -> AUTO_INCREMENT), `text` -> longtext (Django's TextField on MySQL),
--   `character varying(n)` -> varchar(n) (longtext for the 100000 limit; varchar(255) for unbounded varchar and
--   citext), `timestamp with time zone` -> datetime(6), `boolean` -> tinyint(1), `double precision` -> double,
--   `jsonb` and `text[]` -> json, `uuid` -> char(32) (Django's UUIDField on MySQL), `interval` -> bigint
--   (Django's DurationField on MySQL, microseconds), `inet` -> varchar(45), `tstzrange` (the activity's date range)
--   -> varchar(255) holding the range literal. NOT NULL, primary keys, unique constraints and foreign keys are the
--   database's; CHECK constraints, the GiST index on the activity date range and plain indexes are not written.
--   Tables are ordered so that a referenced table comes first; the two foreign keys that close a cycle
--   (conversation -> latest message, voting -> accepted option) are added by ALTER TABLE at the end.
-- Left out: the five `silk_*` tables of django-silk (request profiler) and `django_migrations`; every other table
--   is kept (56).

CREATE TABLE `groups_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` longtext NOT NULL,
  `address` longtext,
  `latitude` double,
  `longitude` double,
  `public_description` longtext NOT NULL,
  `timezone` varchar(63),
  `sent_summary_up_to` datetime(6),
  `status` varchar(100) NOT NULL,
  `last_active_at` datetime(6) NOT NULL,
  `application_questions` longtext NOT NULL,
  `is_open` tinyint(1) NOT NULL,
  `photo` varchar(100),
  `welcome_message` longtext NOT NULL,
  `theme` longtext NOT NULL,
  `features` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_group_name_e9c7da84_uniq` (`name`)
);

CREATE TABLE `users_user` (
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `email` varchar(254),
  `is_active` tinyint(1) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `display_name` varchar(80) NOT NULL,
  `address` longtext,
  `latitude` double,
  `longitude` double,
  `description` longtext NOT NULL,
  `mail_verified` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `deleted_at` datetime(6),
  `unverified_email` varchar(254),
  `is_superuser` tinyint(1) NOT NULL,
  `current_group_id` int,
  `language` varchar(7) NOT NULL,
  `photo` varchar(100),
  `mobile_number` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_email_key` (`email`),
  UNIQUE KEY `users_user_username_key` (`username`),
  FOREIGN KEY (`current_group_id`) REFERENCES `groups_group` (`id`)
);

CREATE TABLE `groups_group_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `roles` json NOT NULL,
  `lastseen_at` datetime(6) NOT NULL,
  `notification_types` json NOT NULL,
  `inactive_at` datetime(6),
  `added_by_id` int,
  `removal_notification_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_group_members_group_id_user_id_a8f8283a_uniq` (`group_id`, `user_id`),
  FOREIGN KEY (`added_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `userauth_verificationcode` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `code` varchar(50) NOT NULL,
  `type` varchar(50) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userauth_verificationcode_code_key` (`code`),
  UNIQUE KEY `userauth_verificationcode_user_id_type_1d18f76e_uniq` (`user_id`, `type`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
);

CREATE TABLE `conversations_conversation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `target_id` int,
  `target_type_id` int,
  `updated_at` datetime(6) NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  `latest_message_id` int,
  `is_closed` tinyint(1) NOT NULL,
  `group_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversations_conversati_target_type_id_target_id_0c7001d1_uniq` (`target_type_id`, `target_id`),
  FOREIGN KEY (`target_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`)
);

CREATE TABLE `conversations_conversationmessage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `content` longtext NOT NULL,
  `author_id` int NOT NULL,
  `conversation_id` int NOT NULL,
  `received_via` varchar(40) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `thread_id` int,
  `latest_message_id` int,
  `edited_at` datetime(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations_conversation` (`id`),
  FOREIGN KEY (`latest_message_id`) REFERENCES `conversations_conversationmessage` (`id`),
  FOREIGN KEY (`thread_id`) REFERENCES `conversations_conversationmessage` (`id`)
);

CREATE TABLE `conversations_conversationparticipant` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `conversation_id` int NOT NULL,
  `user_id` int NOT NULL,
  `seen_up_to_id` int,
  `updated_at` datetime(6) NOT NULL,
  `notified_up_to_id` int,
  `muted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversations_conversati_user_id_conversation_id_1d53e0ed_uniq` (`user_id`, `conversation_id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations_conversation` (`id`),
  FOREIGN KEY (`notified_up_to_id`) REFERENCES `conversations_conversationmessage` (`id`),
  FOREIGN KEY (`seen_up_to_id`) REFERENCES `conversations_conversationmessage` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `conversations_conversationmessagereaction` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `message_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversations_conversati_user_id_name_message_id_8f5ac505_uniq` (`user_id`, `name`, `message_id`),
  FOREIGN KEY (`message_id`) REFERENCES `conversations_conversationmessage` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `groups_trust` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `given_by_id` int NOT NULL,
  `membership_id` int NOT NULL,
  `role` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_trust_membership_id_given_by_id_role_325aa2ab_uniq` (`membership_id`, `given_by_id`, `role`),
  FOREIGN KEY (`given_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`membership_id`) REFERENCES `groups_group_members` (`id`)
);

CREATE TABLE `agreements_agreement` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `title` varchar(240) NOT NULL,
  `summary` longtext,
  `content` longtext NOT NULL,
  `active_from` datetime(6) NOT NULL,
  `active_to` datetime(6),
  `review_at` datetime(6),
  `group_id` int NOT NULL,
  `created_by_id` int,
  `last_changed_by_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`),
  FOREIGN KEY (`last_changed_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `activities_activitytype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `group_id` int NOT NULL,
  `name` varchar(80) NOT NULL,
  `colour` varchar(6) NOT NULL,
  `icon` varchar(100) NOT NULL,
  `feedback_icon` varchar(100) NOT NULL,
  `has_feedback` tinyint(1) NOT NULL,
  `has_feedback_weight` tinyint(1) NOT NULL,
  `name_is_translatable` tinyint(1) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `archived_at` datetime(6),
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activities_activitytype_group_id_name_fa463971_uniq` (`group_id`, `name`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`)
);

CREATE TABLE `activities_icsauthtoken` (
  `token` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`token`),
  UNIQUE KEY `activities_icsauthtoken_user_id_key` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `applications_application` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `questions` longtext NOT NULL,
  `answers` longtext NOT NULL,
  `status` varchar(100) NOT NULL,
  `group_id` int NOT NULL,
  `user_id` int NOT NULL,
  `decided_by_id` int,
  `decided_at` datetime(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`decided_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
);

CREATE TABLE `auth_group_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `community_feed_communityfeedmeta` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `marked_at` datetime(6),
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `community_feed_communityfeedmeta_user_id_key` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `conversations_conversationthreadparticipant` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `muted` tinyint(1) NOT NULL,
  `seen_up_to_id` int,
  `thread_id` int NOT NULL,
  `user_id` int NOT NULL,
  `notified_up_to_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversations_conversati_user_id_thread_id_27dc3061_uniq` (`user_id`, `thread_id`),
  FOREIGN KEY (`notified_up_to_id`) REFERENCES `conversations_conversationmessage` (`id`),
  FOREIGN KEY (`seen_up_to_id`) REFERENCES `conversations_conversationmessage` (`id`),
  FOREIGN KEY (`thread_id`) REFERENCES `conversations_conversationmessage` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `conversations_conversationmeta` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `conversations_marked_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `threads_marked_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversations_conversationmeta_user_id_key` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `conversations_conversationmessageimage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `image` varchar(100) NOT NULL,
  `position` int NOT NULL,
  `message_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `conversations_conversationmessage` (`id`)
);

CREATE TABLE `conversations_conversationmessagemention` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `message_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `conversations_conversationmessage` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `conversations_conversationmessageattachment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `file` varchar(100) NOT NULL,
  `preview` varchar(100),
  `thumbnail` varchar(100),
  `filename` varchar(255),
  `position` int NOT NULL,
  `content_type` varchar(120),
  `message_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `conversations_conversationmessage` (`id`)
);

CREATE TABLE `groups_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `display_name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `threshold` int NOT NULL,
  `role_required_for_trust` varchar(100),
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_role_name_group_id_f660949e_uniq` (`name`, `group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`)
);

CREATE TABLE `invitations_invitation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `token` char(32) NOT NULL,
  `email` varchar(254) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `group_id` int NOT NULL,
  `invited_by_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invitations_invitation_email_group_id_2579b8ad_uniq` (`email`, `group_id`),
  UNIQUE KEY `invitations_invitation_token_key` (`token`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`),
  FOREIGN KEY (`invited_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `issues_issue` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `status` longtext NOT NULL,
  `type` longtext NOT NULL,
  `topic` longtext NOT NULL,
  `affected_user_id` int,
  `created_by_id` int NOT NULL,
  `group_id` int NOT NULL,
  `status_changed_at` datetime(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`affected_user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`)
);

CREATE TABLE `issues_voting` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `accepted_option_id` int,
  `issue_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issues_issue` (`id`)
);

CREATE TABLE `issues_option` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `type` longtext NOT NULL,
  `sum_score` double,
  `voting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`voting_id`) REFERENCES `issues_voting` (`id`)
);

CREATE TABLE `issues_vote` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `score` int NOT NULL,
  `option_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `issues_vote_user_id_option_id_51d896be_uniq` (`user_id`, `option_id`),
  FOREIGN KEY (`option_id`) REFERENCES `issues_option` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `meet_room` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `group_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `meet_room_subject_key` (`subject`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`)
);

CREATE TABLE `meet_roomparticipant` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `room_id` int NOT NULL,
  `user_id` int,
  `identity` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `meet_roomparticipant_identity_key` (`identity`),
  FOREIGN KEY (`room_id`) REFERENCES `meet_room` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `meet_room_subject_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `room_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `meet_room_subject_users_room_id_user_id_15c6836a_uniq` (`room_id`, `user_id`),
  FOREIGN KEY (`room_id`) REFERENCES `meet_room` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `notifications_notification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `type` varchar(255) NOT NULL,
  `context` json,
  `expires_at` datetime(6),
  `clicked` tinyint(1) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `notifications_notificationmeta` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `marked_at` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_notificationmeta_user_id_key` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `offers_offer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` longtext NOT NULL,
  `group_id` int NOT NULL,
  `user_id` int NOT NULL,
  `archived_at` datetime(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `offers_offerimage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `image` varchar(100) NOT NULL,
  `offer_id` int NOT NULL,
  `position` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`offer_id`) REFERENCES `offers_offer` (`id`)
);

CREATE TABLE `places_placetype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(80) NOT NULL,
  `name_is_translatable` tinyint(1) NOT NULL,
  `icon` varchar(100) NOT NULL,
  `group_id` int NOT NULL,
  `archived_at` datetime(6),
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `places_placetype_group_id_name_dc837519_uniq` (`group_id`, `name`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`)
);

CREATE TABLE `places_placestatus` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(80) NOT NULL,
  `name_is_translatable` tinyint(1) NOT NULL,
  `description` longtext NOT NULL,
  `archived_at` datetime(6),
  `colour` varchar(6) NOT NULL,
  `is_visible` tinyint(1) NOT NULL,
  `order` varchar(255) NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `places_placestatus_group_id_name_d2908a25_uniq` (`group_id`, `name`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`)
);

CREATE TABLE `places_place` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(80) NOT NULL,
  `description` longtext NOT NULL,
  `group_id` int NOT NULL,
  `address` longtext,
  `latitude` double,
  `longitude` double,
  `weeks_in_advance` int NOT NULL,
  `last_changed_by_id` int,
  `place_type_id` int NOT NULL,
  `default_view` varchar(20) NOT NULL,
  `archived_at` datetime(6),
  `status_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `places_place_group_id_name_1a49d0cb_uniq` (`group_id`, `name`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`),
  FOREIGN KEY (`last_changed_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`place_type_id`) REFERENCES `places_placetype` (`id`),
  FOREIGN KEY (`status_id`) REFERENCES `places_placestatus` (`id`)
);

CREATE TABLE `activities_activityseries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `rule` longtext NOT NULL,
  `start_date` datetime(6) NOT NULL,
  `place_id` int NOT NULL,
  `description` longtext NOT NULL,
  `last_changed_by_id` int,
  `duration` bigint,
  `activity_type_id` int NOT NULL,
  `banner_image` varchar(100),
  `is_public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`activity_type_id`) REFERENCES `activities_activitytype` (`id`),
  FOREIGN KEY (`last_changed_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`place_id`) REFERENCES `places_place` (`id`)
);

CREATE TABLE `activities_activity` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `place_id` int NOT NULL,
  `is_disabled` tinyint(1) NOT NULL,
  `series_id` int,
  `description` longtext NOT NULL,
  `is_done` tinyint(1) NOT NULL,
  `last_changed_by_id` int,
  `date` varchar(255) NOT NULL,
  `has_duration` tinyint(1) NOT NULL,
  `activity_type_id` int NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `banner_image` varchar(100),
  `public_id` char(32),
  `has_started` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activities_activity_public_id_key` (`public_id`),
  FOREIGN KEY (`activity_type_id`) REFERENCES `activities_activitytype` (`id`),
  FOREIGN KEY (`last_changed_by_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`place_id`) REFERENCES `places_place` (`id`),
  FOREIGN KEY (`series_id`) REFERENCES `activities_activityseries` (`id`)
);

CREATE TABLE `history_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `typus` int NOT NULL,
  `payload` json,
  `group_id` int NOT NULL,
  `place_id` int,
  `after` json,
  `before` json,
  `activity_id` int,
  `series_id` int,
  `message` longtext,
  `agreement_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`activity_id`) REFERENCES `activities_activity` (`id`),
  FOREIGN KEY (`agreement_id`) REFERENCES `agreements_agreement` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups_group` (`id`),
  FOREIGN KEY (`place_id`) REFERENCES `places_place` (`id`),
  FOREIGN KEY (`series_id`) REFERENCES `activities_activityseries` (`id`)
);

CREATE TABLE `history_history_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `history_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `history_history_users_history_id_user_id_fc3eaa85_uniq` (`history_id`, `user_id`),
  FOREIGN KEY (`history_id`) REFERENCES `history_history` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `activities_feedback` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `weight` double,
  `comment` longtext NOT NULL,
  `about_id` int NOT NULL,
  `given_by_id` int NOT NULL,
  `weight_for_average` double,
  PRIMARY KEY (`id`),
  UNIQUE KEY `places_feedback_about_id_given_by_id_c617abe7_uniq` (`about_id`, `given_by_id`),
  FOREIGN KEY (`about_id`) REFERENCES `activities_activity` (`id`),
  FOREIGN KEY (`given_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `activities_seriesparticipanttype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `description` longtext NOT NULL,
  `max_participants` int,
  `role` varchar(100) NOT NULL,
  `activity_series_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`activity_series_id`) REFERENCES `activities_activityseries` (`id`)
);

CREATE TABLE `activities_participanttype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `description` longtext NOT NULL,
  `max_participants` int,
  `role` varchar(100) NOT NULL,
  `activity_id` int NOT NULL,
  `series_participant_type_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`activity_id`) REFERENCES `activities_activity` (`id`),
  FOREIGN KEY (`series_participant_type_id`) REFERENCES `activities_seriesparticipanttype` (`id`)
);

CREATE TABLE `activities_activity_participants` (
  `id` int NOT NULL AUTO_INCREMENT,
  `activity_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `reminder_task_id` longtext,
  `feedback_dismissed` tinyint(1) NOT NULL,
  `participant_type_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `places_activity_participants_activity_id_user_id_6a10f5ae_uniq` (`activity_id`, `user_id`),
  FOREIGN KEY (`participant_type_id`) REFERENCES `activities_participanttype` (`id`),
  FOREIGN KEY (`activity_id`) REFERENCES `activities_activity` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `activities_feedbacknoshow` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `feedback_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`feedback_id`) REFERENCES `activities_feedback` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `places_placesubscription` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `place_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `places_placesubscription_place_id_user_id_28af6904_uniq` (`place_id`, `user_id`),
  FOREIGN KEY (`place_id`) REFERENCES `places_place` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
);

CREATE TABLE `subscriptions_channelsubscription` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `reply_channel` longtext NOT NULL,
  `lastseen_at` datetime(6),
  `user_id` int NOT NULL,
  `away_at` datetime(6),
  `client_ip` varchar(45),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `subscriptions_webpushsubscription` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `browser` varchar(255) NOT NULL,
  `endpoint` varchar(500) NOT NULL,
  `user_id` int NOT NULL,
  `keys` json NOT NULL,
  `mobile` tinyint(1) NOT NULL,
  `os` varchar(255) NOT NULL,
  `version` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `webhooks_emailevent` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `address` longtext NOT NULL,
  `event` varchar(255) NOT NULL,
  `payload` json NOT NULL,
  `version` int NOT NULL,
  `event_id` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `webhooks_incomingemail` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `payload` json NOT NULL,
  `message_id` int NOT NULL,
  `user_id` int NOT NULL,
  `version` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `conversations_conversationmessage` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

ALTER TABLE `conversations_conversation` ADD FOREIGN KEY (`latest_message_id`) REFERENCES `conversations_conversationmessage` (`id`);

ALTER TABLE `issues_voting` ADD FOREIGN KEY (`accepted_option_id`) REFERENCES `issues_option` (`id`);

-- Zulip Server (team chat: organisations/realms, users with custom profile fields, channels (streams) and
-- subscriptions, messages and per-user message flags, reactions, attachments, presence and activity, push
-- devices, scheduled messages and e-mails, drafts, muted users and topics, audit log, sessions, invitations).
-- Upstream: github.com/zulip/zulip, Django models zerver/models/*.py and confirmation/models.py on main (2025;
-- users.py 018a2bbf, messages.py 0914a0bd, streams.py 02cc8583, devices.py 48f74227, push_notifications.py
-- 5f8edf66, scheduled_jobs.py 4aab119d, prereg_users.py 1084e5ae, realms.py 00adc976, sessions.py 8c692fc8).
-- Licence: Apache-2.0. Tables zerver_<model> and FK columns <field>_id as Django creates them, column types as
-- Django's MySQL backend writes them (upstream runs on PostgreSQL only).

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `zerver_client` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(30) NOT NULL UNIQUE
);

CREATE TABLE `zerver_recipient` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `type_id` integer NOT NULL,
  `type` smallint UNSIGNED NOT NULL,
  CONSTRAINT `zerver_recipient_type_type_id_uniq` UNIQUE (`type`, `type_id`)
);

CREATE TABLE `zerver_userprofile` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `delivery_email` varchar(254) NOT NULL,
  `email` varchar(254) NOT NULL,
  `realm_id` integer NOT NULL,
  `recipient_id` integer NULL,
  `full_name` varchar(100) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `tos_version` varchar(10) NULL,
  `api_key` varchar(32) NOT NULL UNIQUE,
  `uuid` char(32) NOT NULL UNIQUE,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `is_billing_admin` bool NOT NULL,
  `is_bot` bool NOT NULL,
  `bot_type` smallint UNSIGNED NULL,
  `bot_owner_id` integer NULL,
  `role` smallint UNSIGNED NOT NULL,
  `long_term_idle` bool NOT NULL,
  `last_active_message_id` integer NULL,
  `is_mirror_dummy` bool NOT NULL,
  `can_forge_sender` bool NOT NULL,
  `can_create_users` bool NOT NULL,
  `can_change_user_emails` bool NOT NULL,
  `last_reminder` datetime(6) NULL,
  `rate_limits` varchar(100) NOT NULL,
  `default_sending_stream_id` integer NULL,
  `default_events_register_stream_id` integer NULL,
  `default_all_public_streams` bool NOT NULL,
  `timezone` varchar(40) NOT NULL,
  `avatar_source` varchar(1) NOT NULL,
  `avatar_version` smallint UNSIGNED NOT NULL,
  `avatar_hash` varchar(64) NULL,
  `zoom_token` json NULL,
  `enter_sends` bool NOT NULL,
  `left_side_userlist` bool NOT NULL,
  `default_language` varchar(50) NOT NULL,
  `web_home_view` longtext NOT NULL,
  `web_escape_navigates_to_home_view` bool NOT NULL,
  `fluid_layout_width` bool NOT NULL,
  `high_contrast_mode` bool NOT NULL,
  `translate_emoticons` bool NOT NULL,
  `display_emoji_reaction_users` bool NOT NULL,
  `twenty_four_hour_time` bool NOT NULL,
  `starred_message_counts` bool NOT NULL,
  `web_suggest_update_timezone` bool NOT NULL,
  `color_scheme` smallint UNSIGNED NOT NULL,
  `dense_mode` bool NOT NULL,
  `web_font_size_px` smallint UNSIGNED NOT NULL,
  `web_line_height_percent` smallint UNSIGNED NOT NULL,
  `web_animate_image_previews` longtext NOT NULL,
  `demote_inactive_streams` smallint UNSIGNED NOT NULL,
  `web_mark_read_on_scroll_policy` smallint NOT NULL,
  `web_channel_default_view` smallint NOT NULL,
  `emojiset` varchar(20) NOT NULL,
  `user_list_style` smallint UNSIGNED NOT NULL,
  `web_stream_unreads_count_display_policy` smallint UNSIGNED NOT NULL,
  `web_navigate_to_sent_message` bool NOT NULL,
  `email_notifications_batching_period_seconds` integer NOT NULL,
  `enable_stream_desktop_notifications` bool NOT NULL,
  `enable_stream_email_notifications` bool NOT NULL,
  `enable_stream_push_notifications` bool NOT NULL,
  `enable_stream_audible_notifications` bool NOT NULL,
  `notification_sound` varchar(20) NOT NULL,
  `wildcard_mentions_notify` bool NOT NULL,
  `enable_followed_topic_desktop_notifications` bool NOT NULL,
  `enable_followed_topic_email_notifications` bool NOT NULL,
  `enable_followed_topic_push_notifications` bool NOT NULL,
  `enable_followed_topic_audible_notifications` bool NOT NULL,
  `enable_followed_topic_wildcard_mentions_notify` bool NOT NULL,
  `enable_desktop_notifications` bool NOT NULL,
  `pm_content_in_desktop_notifications` bool NOT NULL,
  `enable_sounds` bool NOT NULL,
  `enable_offline_email_notifications` bool NOT NULL,
  `message_content_in_email_notifications` bool NOT NULL,
  `enable_offline_push_notifications` bool NOT NULL,
  `enable_online_push_notifications` bool NOT NULL,
  `desktop_icon_count_display` smallint UNSIGNED NOT NULL,
  `enable_digest_emails` bool NOT NULL,
  `enable_login_emails` bool NOT NULL,
  `enable_marketing_emails` bool NOT NULL,
  `presence_enabled` bool NOT NULL,
  `realm_name_in_email_notifications_policy` smallint UNSIGNED NOT NULL,
  `automatically_follow_topics_policy` smallint UNSIGNED NOT NULL,
  `automatically_unmute_topics_in_muted_streams_policy` smallint UNSIGNED NOT NULL,
  `automatically_follow_topics_where_mentioned` bool NOT NULL,
  `enable_drafts_synchronization` bool NOT NULL,
  `send_stream_typing_notifications` bool NOT NULL,
  `send_private_typing_notifications` bool NOT NULL,
  `send_read_receipts` bool NOT NULL,
  `allow_private_data_export` bool NOT NULL,
  `receives_typing_notifications` bool NOT NULL,
  `email_address_visibility` smallint UNSIGNED NOT NULL,
  CONSTRAINT `zerver_userprofile_recipient_id_6b44d869_fk_zerver_recipient_id` FOREIGN KEY (`recipient_id`) REFERENCES `zerver_recipient` (`id`),
  CONSTRAINT `zerver_userprofile_bot_owner_id_cc357b5d_fk` FOREIGN KEY (`bot_owner_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_userprofile_default_sending_stre_bda2952b_fk` FOREIGN KEY (`default_sending_stream_id`) REFERENCES `zerver_stream` (`id`),
  CONSTRAINT `zerver_userprofile_default_events_regis_11c7a7a9_fk` FOREIGN KEY (`default_events_register_stream_id`) REFERENCES `zerver_stream` (`id`)
);

CREATE TABLE `zerver_realmdomain` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `realm_id` integer NOT NULL,
  `domain` varchar(80) NOT NULL,
  `allow_subdomains` bool NOT NULL,
  CONSTRAINT `zerver_realmdomain_realm_id_domain_uniq` UNIQUE (`realm_id`, `domain`)
);

CREATE TABLE `zerver_realmemoji` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `author_id` integer NOT NULL,
  `realm_id` integer NOT NULL,
  `name` longtext NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `file_name` longtext NULL,
  `is_animated` bool NOT NULL,
  `deactivated` bool NOT NULL,
  CONSTRAINT `zerver_realmemoji_author_id_051beff4_fk_zerver_userprofile_id` FOREIGN KEY (`author_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_realmfilter` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `realm_id` integer NOT NULL,
  `pattern` longtext NOT NULL,
  `url_template` longtext NOT NULL,
  `order` integer NOT NULL,
  CONSTRAINT `zerver_realmfilter_realm_id_pattern_uniq` UNIQUE (`realm_id`, `pattern`)
);

CREATE TABLE `zerver_customprofilefield` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `realm_id` integer NOT NULL,
  `name` varchar(40) NOT NULL,
  `hint` varchar(80) NOT NULL,
  `order` integer NOT NULL,
  `display_in_profile_summary` bool NOT NULL,
  `required` bool NOT NULL,
  `field_type` smallint UNSIGNED NOT NULL,
  `field_data` longtext NOT NULL,
  CONSTRAINT `zerver_customprofilefield_realm_id_name_uniq` UNIQUE (`realm_id`, `name`)
);

CREATE TABLE `zerver_customprofilefieldvalue` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `field_id` integer NOT NULL,
  `value` longtext NOT NULL,
  `rendered_value` longtext NULL,
  CONSTRAINT `zerver_customprofilefieldvalue_user_profile_id_field_id_uniq` UNIQUE (`user_profile_id`, `field_id`),
  CONSTRAINT `zerver_customprofilefiel_user_profile_id_52ce168f_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_customprofilefiel_field_id_17d5e062_fk` FOREIGN KEY (`field_id`) REFERENCES `zerver_customprofilefield` (`id`)
);

CREATE TABLE `zerver_usergroup` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `realm_id` integer NOT NULL
);

CREATE TABLE `zerver_namedusergroup` (
  `usergroup_ptr_id` integer NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `rendered_description` longtext NOT NULL,
  `date_created` datetime(6) NULL,
  `creator_id` integer NULL,
  `is_system_group` bool NOT NULL,
  `can_add_members_group_id` integer NOT NULL,
  `can_join_group_id` integer NOT NULL,
  `can_leave_group_id` integer NOT NULL,
  `can_manage_group_id` integer NOT NULL,
  `can_mention_group_id` integer NOT NULL,
  `can_remove_members_group_id` integer NOT NULL,
  `realm_id` integer NOT NULL,
  `deactivated` bool NOT NULL,
  CONSTRAINT `zerver_namedusergroup_realm_id_name_uniq` UNIQUE (`realm_id`, `name`),
  CONSTRAINT `zerver_namedusergroup_usergroup_ptr_id_28cc16c1_fk` FOREIGN KEY (`usergroup_ptr_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_namedusergroup_creator_id_5aa78367_fk` FOREIGN KEY (`creator_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_namedusergroup_can_add_members_grou_224623fe_fk` FOREIGN KEY (`can_add_members_group_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_namedusergroup_can_join_group_id_874b17e9_fk` FOREIGN KEY (`can_join_group_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_namedusergroup_can_leave_group_id_3ff477cf_fk` FOREIGN KEY (`can_leave_group_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_namedusergroup_can_manage_group_id_4b0782df_fk` FOREIGN KEY (`can_manage_group_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_namedusergroup_can_mention_group_id_d9526095_fk` FOREIGN KEY (`can_mention_group_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_namedusergroup_can_remove_members_g_cbbf1767_fk` FOREIGN KEY (`can_remove_members_group_id`) REFERENCES `zerver_usergroup` (`id`)
);

CREATE TABLE `zerver_usergroupmembership` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_group_id` integer NOT NULL,
  `user_profile_id` integer NOT NULL,
  CONSTRAINT `zerver_usergroupmembership_user_group_id_user_profile_id_uniq` UNIQUE (`user_group_id`, `user_profile_id`),
  CONSTRAINT `zerver_usergroupmembersh_user_group_id_de0d5191_fk` FOREIGN KEY (`user_group_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_usergroupmembersh_user_profile_id_b42edec3_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_stream` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(60) NOT NULL,
  `realm_id` integer NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `creator_id` integer NULL,
  `deactivated` bool NOT NULL,
  `description` varchar(1024) NOT NULL,
  `rendered_description` longtext NOT NULL,
  `recipient_id` integer NULL,
  `invite_only` bool NOT NULL,
  `history_public_to_subscribers` bool NOT NULL,
  `is_web_public` bool NOT NULL,
  `is_in_zephyr_realm` bool NOT NULL,
  `message_retention_days` integer NULL,
  `can_add_subscribers_group_id` integer NOT NULL,
  `can_administer_channel_group_id` integer NOT NULL,
  `can_remove_subscribers_group_id` integer NOT NULL,
  `can_send_message_group_id` integer NOT NULL,
  `can_subscribe_group_id` integer NOT NULL,
  `first_message_id` integer NULL,
  `is_recently_active` bool NOT NULL,
  `topics_policy` smallint UNSIGNED NOT NULL,
  CONSTRAINT `zerver_stream_creator_id_37fb46f0_fk_zerver_userprofile_id` FOREIGN KEY (`creator_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_stream_recipient_id_f2a95ce8_fk_zerver_recipient_id` FOREIGN KEY (`recipient_id`) REFERENCES `zerver_recipient` (`id`),
  CONSTRAINT `zerver_stream_can_add_subscribers__f48ec0f6_fk` FOREIGN KEY (`can_add_subscribers_group_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_stream_can_administer_chann_f6ad5437_fk` FOREIGN KEY (`can_administer_channel_group_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_stream_can_remove_subscribe_232e1104_fk` FOREIGN KEY (`can_remove_subscribers_group_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_stream_can_send_message_gro_e8e09a5a_fk` FOREIGN KEY (`can_send_message_group_id`) REFERENCES `zerver_usergroup` (`id`),
  CONSTRAINT `zerver_stream_can_subscribe_group__2733c744_fk` FOREIGN KEY (`can_subscribe_group_id`) REFERENCES `zerver_usergroup` (`id`)
);

CREATE TABLE `zerver_subscription` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `recipient_id` integer NOT NULL,
  `active` bool NOT NULL,
  `is_user_active` bool NOT NULL,
  `is_muted` bool NOT NULL,
  `color` varchar(10) NOT NULL,
  `pin_to_top` bool NOT NULL,
  `desktop_notifications` bool NULL,
  `audible_notifications` bool NULL,
  `push_notifications` bool NULL,
  `email_notifications` bool NULL,
  `wildcard_mentions_notify` bool NULL,
  CONSTRAINT `zerver_subscription_user_profile_id_recipient_id_uniq` UNIQUE (`user_profile_id`, `recipient_id`),
  CONSTRAINT `zerver_subscription_user_profile_id_fae49679_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_subscription_recipient_id_4ded95fe_fk_zerver_recipient_id` FOREIGN KEY (`recipient_id`) REFERENCES `zerver_recipient` (`id`)
);

CREATE TABLE `zerver_defaultstream` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `realm_id` integer NOT NULL,
  `stream_id` integer NOT NULL,
  CONSTRAINT `zerver_defaultstream_realm_id_stream_id_uniq` UNIQUE (`realm_id`, `stream_id`),
  CONSTRAINT `zerver_defaultstream_stream_id_2bd04eaf_fk_zerver_stream_id` FOREIGN KEY (`stream_id`) REFERENCES `zerver_stream` (`id`)
);

CREATE TABLE `zerver_huddle` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `huddle_hash` varchar(40) NOT NULL UNIQUE,
  `recipient_id` integer NULL,
  CONSTRAINT `zerver_huddle_recipient_id_d5573d26_fk_zerver_recipient_id` FOREIGN KEY (`recipient_id`) REFERENCES `zerver_recipient` (`id`)
);

CREATE TABLE `zerver_message` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `sender_id` integer NOT NULL,
  `recipient_id` integer NOT NULL,
  `realm_id` integer NOT NULL,
  `type` smallint UNSIGNED NOT NULL,
  `subject` varchar(60) NOT NULL,
  `content` longtext NOT NULL,
  `rendered_content` longtext NULL,
  `rendered_content_version` integer NULL,
  `date_sent` datetime(6) NOT NULL,
  `sending_client_id` integer NOT NULL,
  `last_edit_time` datetime(6) NULL,
  `edit_history` longtext NULL,
  `has_attachment` bool NOT NULL,
  `has_image` bool NOT NULL,
  `has_link` bool NOT NULL,
  `is_channel_message` bool NOT NULL,
  `search_tsvector` longtext NULL,
  CONSTRAINT `zerver_message_sender_id_bc1ff45e_fk_zerver_userprofile_id` FOREIGN KEY (`sender_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_message_recipient_id_619f9da9_fk_zerver_recipient_id` FOREIGN KEY (`recipient_id`) REFERENCES `zerver_recipient` (`id`),
  CONSTRAINT `zerver_message_sending_client_id_7f80e5e6_fk_zerver_client_id` FOREIGN KEY (`sending_client_id`) REFERENCES `zerver_client` (`id`)
);

CREATE TABLE `zerver_usermessage` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `flags` bigint NOT NULL,
  `message_id` integer NOT NULL,
  CONSTRAINT `zerver_usermessage_user_profile_id_message_id_uniq` UNIQUE (`user_profile_id`, `message_id`),
  CONSTRAINT `zerver_usermessage_user_profile_id_db1f581f_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_usermessage_message_id_6ea622df_fk_zerver_message_id` FOREIGN KEY (`message_id`) REFERENCES `zerver_message` (`id`)
);

CREATE TABLE `zerver_submessage` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `sender_id` integer NOT NULL,
  `msg_type` longtext NOT NULL,
  `content` longtext NOT NULL,
  `message_id` integer NOT NULL,
  CONSTRAINT `zerver_submessage_sender_id_016dd6ee_fk_zerver_userprofile_id` FOREIGN KEY (`sender_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_submessage_message_id_bae3bf58_fk_zerver_message_id` FOREIGN KEY (`message_id`) REFERENCES `zerver_message` (`id`)
);

CREATE TABLE `zerver_reaction` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `emoji_name` longtext NOT NULL,
  `reaction_type` varchar(30) NOT NULL,
  `emoji_code` longtext NOT NULL,
  `message_id` integer NOT NULL,
  CONSTRAINT `zerver_reaction_00059434_uniq` UNIQUE (`user_profile_id`, `message_id`, `reaction_type`, `emoji_code`),
  CONSTRAINT `zerver_reaction_user_profile_id_782b86f1_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_reaction_message_id_b5944ad1_fk_zerver_message_id` FOREIGN KEY (`message_id`) REFERENCES `zerver_message` (`id`)
);

CREATE TABLE `zerver_attachment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `file_name` longtext NOT NULL,
  `path_id` longtext NOT NULL UNIQUE,
  `owner_id` integer NOT NULL,
  `realm_id` integer NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `size` integer NOT NULL,
  `deleted` bool NOT NULL,
  `content_type` longtext NULL,
  `is_realm_public` bool NULL,
  `is_web_public` bool NULL,
  CONSTRAINT `zerver_attachment_owner_id_396bb729_fk_zerver_userprofile_id` FOREIGN KEY (`owner_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_attachment_messages` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `attachment_id` integer NOT NULL,
  `message_id` integer NOT NULL,
  CONSTRAINT `zerver_attachment_messages_attachment_id_message_id_uniq` UNIQUE (`attachment_id`, `message_id`),
  CONSTRAINT `zerver_attachment_messag_attachment_id_1394ad2d_fk` FOREIGN KEY (`attachment_id`) REFERENCES `zerver_attachment` (`id`),
  CONSTRAINT `zerver_attachment_messag_message_id_ee0088bc_fk` FOREIGN KEY (`message_id`) REFERENCES `zerver_message` (`id`)
);

CREATE TABLE `zerver_userpresence` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `realm_id` integer NOT NULL,
  `last_update_id` bigint UNSIGNED NOT NULL,
  `last_connected_time` datetime(6) NULL,
  `last_active_time` datetime(6) NULL,
  CONSTRAINT `zerver_userpresence_user_profile_id_uniq` UNIQUE (`user_profile_id`),
  CONSTRAINT `zerver_userpresence_user_profile_id_037ddab0_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_userstatus` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `emoji_name` longtext NOT NULL,
  `reaction_type` varchar(30) NOT NULL,
  `emoji_code` longtext NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `client_id` integer NOT NULL,
  `status_text` varchar(255) NOT NULL,
  `scheduled_end_time` datetime(6) NULL,
  CONSTRAINT `zerver_userstatus_user_profile_id_uniq` UNIQUE (`user_profile_id`),
  CONSTRAINT `zerver_userstatus_user_profile_id_54e3f27d_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_userstatus_client_id_236d053c_fk_zerver_client_id` FOREIGN KEY (`client_id`) REFERENCES `zerver_client` (`id`)
);

CREATE TABLE `zerver_useractivity` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `client_id` integer NOT NULL,
  `query` varchar(50) NOT NULL,
  `count` integer NOT NULL,
  `last_visit` datetime(6) NOT NULL,
  CONSTRAINT `zerver_useractivity_user_profile_id_client_id_query_uniq` UNIQUE (`user_profile_id`, `client_id`, `query`),
  CONSTRAINT `zerver_useractivity_user_profile_id_e92b51d0_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_useractivity_client_id_73ac3bf9_fk_zerver_client_id` FOREIGN KEY (`client_id`) REFERENCES `zerver_client` (`id`)
);

CREATE TABLE `zerver_useractivityinterval` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `start` datetime(6) NOT NULL,
  `end` datetime(6) NOT NULL,
  CONSTRAINT `zerver_useractivityinter_user_profile_id_87938ad7_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_pushdevicetoken` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `kind` smallint UNSIGNED NOT NULL,
  `token` varchar(4096) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `ios_app_id` longtext NULL,
  `user_id` integer NOT NULL,
  CONSTRAINT `zerver_pushdevicetoken_user_id_kind_token_uniq` UNIQUE (`user_id`, `kind`, `token`),
  CONSTRAINT `zerver_pushdevicetoken_user_id_5dd4f1fe_fk_zerver_userprofile_id` FOREIGN KEY (`user_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_device` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `push_key` longblob NULL,
  `push_key_id` bigint UNSIGNED NULL,
  `push_token_id` bigint NULL,
  `pending_push_token_id` bigint NULL,
  `push_token_last_updated_timestamp` datetime(6) NULL,
  `push_token_kind` varchar(4) NULL,
  `push_registration_error_code` varchar(100) NULL,
  CONSTRAINT `zerver_device_user_id_a7e49c0b_fk_zerver_userprofile_id` FOREIGN KEY (`user_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_scheduledmessage` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `sender_id` integer NOT NULL,
  `recipient_id` integer NOT NULL,
  `subject` varchar(60) NOT NULL,
  `content` longtext NOT NULL,
  `rendered_content` longtext NOT NULL,
  `sending_client_id` integer NOT NULL,
  `stream_id` integer NULL,
  `realm_id` integer NOT NULL,
  `scheduled_timestamp` datetime(6) NOT NULL,
  `read_by_sender` bool NOT NULL,
  `delivered` bool NOT NULL,
  `delivered_message_id` integer NULL,
  `has_attachment` bool NOT NULL,
  `failed` bool NOT NULL,
  `failure_message` longtext NULL,
  `delivery_type` smallint UNSIGNED NOT NULL,
  CONSTRAINT `zerver_scheduledmessage_sender_id_a83ee50e_fk` FOREIGN KEY (`sender_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_scheduledmessage_recipient_id_307777da_fk` FOREIGN KEY (`recipient_id`) REFERENCES `zerver_recipient` (`id`),
  CONSTRAINT `zerver_scheduledmessage_sending_client_id_77d5db7d_fk` FOREIGN KEY (`sending_client_id`) REFERENCES `zerver_client` (`id`),
  CONSTRAINT `zerver_scheduledmessage_stream_id_c55bd41e_fk_zerver_stream_id` FOREIGN KEY (`stream_id`) REFERENCES `zerver_stream` (`id`),
  CONSTRAINT `zerver_scheduledmessage_delivered_message_id_f093dfb6_fk` FOREIGN KEY (`delivered_message_id`) REFERENCES `zerver_message` (`id`)
);

CREATE TABLE `zerver_scheduledemail` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `scheduled_timestamp` datetime(6) NOT NULL,
  `data` longtext NOT NULL,
  `realm_id` integer NOT NULL,
  `address` varchar(254) NULL,
  `type` smallint UNSIGNED NOT NULL
);

CREATE TABLE `zerver_scheduledemail_users` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `scheduledemail_id` integer NOT NULL,
  `userprofile_id` integer NOT NULL,
  CONSTRAINT `zerver_scheduledemail_users_67162239_uniq` UNIQUE (`scheduledemail_id`, `userprofile_id`),
  CONSTRAINT `zerver_scheduledemail_us_scheduledemail_id_b8193872_fk` FOREIGN KEY (`scheduledemail_id`) REFERENCES `zerver_scheduledemail` (`id`),
  CONSTRAINT `zerver_scheduledemail_us_userprofile_id_8e4aaf87_fk` FOREIGN KEY (`userprofile_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_missedmessageemailaddress` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `message_id` integer NOT NULL,
  `user_profile_id` integer NOT NULL,
  `email_token` varchar(34) NOT NULL UNIQUE,
  `timestamp` datetime(6) NOT NULL,
  `times_used` integer UNSIGNED NOT NULL,
  CONSTRAINT `zerver_missedmessageemai_message_id_28f1845a_fk` FOREIGN KEY (`message_id`) REFERENCES `zerver_message` (`id`),
  CONSTRAINT `zerver_missedmessageemai_user_profile_id_511fc6e3_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_draft` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `recipient_id` integer NULL,
  `topic` varchar(60) NOT NULL,
  `content` longtext NOT NULL,
  `last_edit_time` datetime(6) NOT NULL,
  CONSTRAINT `zerver_draft_user_profile_id_803ba7ee_fk_zerver_userprofile_id` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_draft_recipient_id_47559493_fk_zerver_recipient_id` FOREIGN KEY (`recipient_id`) REFERENCES `zerver_recipient` (`id`)
);

CREATE TABLE `zerver_muteduser` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `muted_user_id` integer NOT NULL,
  `date_muted` datetime(6) NOT NULL,
  CONSTRAINT `zerver_muteduser_user_profile_id_muted_user_id_uniq` UNIQUE (`user_profile_id`, `muted_user_id`),
  CONSTRAINT `zerver_muteduser_user_profile_id_d0a67fe7_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_muteduser_muted_user_id_16d4a11b_fk_zerver_userprofile_id` FOREIGN KEY (`muted_user_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_usertopic` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_profile_id` integer NOT NULL,
  `stream_id` integer NOT NULL,
  `recipient_id` integer NOT NULL,
  `topic_name` varchar(60) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `visibility_policy` smallint NOT NULL,
  CONSTRAINT `zerver_usertopic_user_profile_id_de518d60_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_usertopic_stream_id_f0e298e2_fk_zerver_stream_id` FOREIGN KEY (`stream_id`) REFERENCES `zerver_stream` (`id`),
  CONSTRAINT `zerver_usertopic_recipient_id_2582ee88_fk_zerver_recipient_id` FOREIGN KEY (`recipient_id`) REFERENCES `zerver_recipient` (`id`)
);

CREATE TABLE `zerver_alertword` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `realm_id` integer NOT NULL,
  `user_profile_id` integer NOT NULL,
  `word` longtext NOT NULL,
  `follow_topic_containing_alert_word` bool NOT NULL,
  CONSTRAINT `zerver_alertword_user_profile_id_word_uniq` UNIQUE (`user_profile_id`, `word`),
  CONSTRAINT `zerver_alertword_user_profile_id_40627bac_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_realmauditlog` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `event_time` datetime(6) NOT NULL,
  `backfilled` bool NOT NULL,
  `extra_data` json NOT NULL,
  `event_type` smallint UNSIGNED NOT NULL,
  `realm_id` integer NOT NULL,
  `acting_user_id` integer NULL,
  `modified_user_id` integer NULL,
  `modified_stream_id` integer NULL,
  `modified_user_group_id` integer NULL,
  `event_last_message_id` integer NULL,
  CONSTRAINT `zerver_realmauditlog_acting_user_id_f6740718_fk` FOREIGN KEY (`acting_user_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_realmauditlog_modified_user_id_a15a5108_fk` FOREIGN KEY (`modified_user_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_realmauditlog_modified_stream_id_f738b414_fk` FOREIGN KEY (`modified_stream_id`) REFERENCES `zerver_stream` (`id`),
  CONSTRAINT `zerver_realmauditlog_modified_user_group__218e10a7_fk` FOREIGN KEY (`modified_user_group_id`) REFERENCES `zerver_usergroup` (`id`)
);

CREATE TABLE `zerver_realmsession` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  `realm_id` integer NULL,
  `user_id` integer NULL,
  `ip_address` char(39) NULL,
  CONSTRAINT `zerver_realmsession_user_id_6f1e60ba_fk_zerver_userprofile_id` FOREIGN KEY (`user_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_multiuseinvite` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `referred_by_id` integer NOT NULL,
  `realm_id` integer NOT NULL,
  `invited_as` smallint UNSIGNED NOT NULL,
  `include_realm_default_subscriptions` bool NOT NULL,
  `status` integer NOT NULL,
  CONSTRAINT `zerver_multiuseinvite_referred_by_id_086b7a34_fk` FOREIGN KEY (`referred_by_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_preregistrationuser` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `email` varchar(254) NOT NULL,
  `full_name` varchar(100) NULL,
  `full_name_validated` bool NOT NULL,
  `referred_by_id` integer NULL,
  `notify_referrer_on_join` bool NOT NULL,
  `invited_at` datetime(6) NOT NULL,
  `realm_creation` bool NOT NULL,
  `password_required` bool NOT NULL,
  `status` integer NOT NULL,
  `realm_id` integer NULL,
  `invited_as` smallint UNSIGNED NOT NULL,
  `multiuse_invite_id` integer NULL,
  `created_user_id` integer NULL,
  `include_realm_default_subscriptions` bool NOT NULL,
  CONSTRAINT `zerver_preregistrationus_referred_by_id_24f14a05_fk` FOREIGN KEY (`referred_by_id`) REFERENCES `zerver_userprofile` (`id`),
  CONSTRAINT `zerver_preregistrationus_multiuse_invite_id_5019b3bb_fk` FOREIGN KEY (`multiuse_invite_id`) REFERENCES `zerver_multiuseinvite` (`id`),
  CONSTRAINT `zerver_preregistrationus_created_user_id_146a2343_fk` FOREIGN KEY (`created_user_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_emailchangestatus` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `new_email` varchar(254) NOT NULL,
  `old_email` varchar(254) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_profile_id` integer NOT NULL,
  `status` integer NOT NULL,
  `realm_id` integer NOT NULL,
  CONSTRAINT `zerver_emailchangestatus_user_profile_id_8adb1ed9_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `confirmation_confirmation` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `content_type_id` integer NOT NULL,
  `object_id` integer UNSIGNED NOT NULL,
  `date_sent` datetime(6) NOT NULL,
  `confirmation_key` varchar(40) NOT NULL,
  `expiry_date` datetime(6) NULL,
  `realm_id` integer NULL,
  `type` smallint UNSIGNED NOT NULL,
  CONSTRAINT `confirmation_confirmation_type_confirmation_key_uniq` UNIQUE (`type`, `confirmation_key`)
);

CREATE TABLE `zerver_onboardingstep` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `onboarding_step` varchar(30) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  CONSTRAINT `zerver_onboardingstep_user_id_onboarding_step_uniq` UNIQUE (`user_id`, `onboarding_step`),
  CONSTRAINT `zerver_onboardingstep_user_id_50421d26_fk_zerver_userprofile_id` FOREIGN KEY (`user_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_service` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `user_profile_id` integer NOT NULL,
  `base_url` longtext NOT NULL,
  `token` longtext NOT NULL,
  `interface` smallint UNSIGNED NOT NULL,
  `triggers` json NOT NULL,
  CONSTRAINT `zerver_service_user_profile_id_0f944da7_fk_zerver_userprofile_id` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_savedsnippet` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `realm_id` integer NOT NULL,
  `user_profile_id` integer NOT NULL,
  `title` longtext NOT NULL,
  `content` longtext NOT NULL,
  `date_created` datetime(6) NOT NULL,
  CONSTRAINT `zerver_savedsnippet_user_profile_id_cb26714e_fk` FOREIGN KEY (`user_profile_id`) REFERENCES `zerver_userprofile` (`id`)
);

CREATE TABLE `zerver_realmexport` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `realm_id` integer NOT NULL,
  `type` smallint UNSIGNED NOT NULL,
  `status` smallint UNSIGNED NOT NULL,
  `date_requested` datetime(6) NOT NULL,
  `date_started` datetime(6) NULL,
  `date_succeeded` datetime(6) NULL,
  `date_failed` datetime(6) NULL,
  `date_deleted` datetime(6) NULL,
  `acting_user_id` integer NULL,
  `export_path` longtext NULL,
  `sha256sum_hex` varchar(64) NULL,
  `tarball_size_bytes` bigint UNSIGNED NULL,
  `stats` json NULL,
  CONSTRAINT `zerver_realmexport_acting_user_id_d88bac2d_fk` FOREIGN KEY (`acting_user_id`) REFERENCES `zerver_userprofile` (`id`)
);

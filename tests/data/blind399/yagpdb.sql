-- YAGPDB ("Yet Another General Purpose Discord Bot", botlabs-gg/yagpdb), github.com/botlabs-gg/yagpdb,
-- commit c3facf59f8398bd71adb53c82f2916304a02ab4a (MIT). Source: the PostgreSQL schema strings every plugin passes to
-- common.InitSchemas at start-up (`*/schema.go`, `automod/db_schema.go`, `common/executedcommandschema.go`,
-- `common/mqueue/schema.go`, `common/scheduledevents2/schema.go`, `common/coreserverconf.go`, `common/local_incr_ids.go`,
-- `common/cplogs/models.go`), replayed in upstream's order into an empty PostgreSQL 15 database and written as MySQL from
-- its catalogue: all 67 tables, columns in the order PostgreSQL holds them (ALTER TABLE ... ADD COLUMN appends).
-- Not replayed: serverstats' `legacyDBSchemas` (not initialised by upstream any more) and `common/pqkeydb` (tests only).
-- Types: BIGSERIAL/SERIAL -> BIGINT/INT AUTO_INCREMENT, boolean -> TINYINT(1), timestamp with time zone -> DATETIME,
-- text -> TEXT (VARCHAR(255) where the column is in a key), jsonb and arrays (BIGINT[], TEXT[], SMALLINT[]) -> JSON,
-- bytea -> LONGBLOB, double precision -> DOUBLE; literal defaults kept, now() -> CURRENT_TIMESTAMP, '{}' -> '[]'.
-- Primary, unique and foreign keys as upstream; the cycle role_menus <-> role_menu_options is closed by the ALTER TABLE
-- at the end. Left out: plain indexes, the partial unique indexes (commands_channels_overrides_global_uniquex
-- WHERE global, premium_slots_guild_unique WHERE guild_id IS NOT NULL), which MySQL cannot express.

CREATE TABLE `analytics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `plugin` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `count` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `automod_rulesets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `automod_rules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `ruleset_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `trigger_counter` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `automod_rules_ruleset_id_fkey` FOREIGN KEY (`ruleset_id`) REFERENCES `automod_rulesets` (`id`) ON DELETE CASCADE
);

CREATE TABLE `automod_rule_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `rule_id` BIGINT NOT NULL,
  `kind` INT NOT NULL,
  `type_id` INT NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `automod_rule_data_rule_id_fkey` FOREIGN KEY (`rule_id`) REFERENCES `automod_rules` (`id`) ON DELETE CASCADE
);

CREATE TABLE `automod_ruleset_conditions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `ruleset_id` BIGINT NOT NULL,
  `kind` INT NOT NULL,
  `type_id` INT NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `automod_ruleset_conditions_ruleset_id_fkey` FOREIGN KEY (`ruleset_id`) REFERENCES `automod_rulesets` (`id`) ON DELETE CASCADE
);

CREATE TABLE `automod_violations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `rule_id` BIGINT NULL,
  `created_at` DATETIME NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `automod_violations_rule_id_fkey` FOREIGN KEY (`rule_id`) REFERENCES `automod_rules` (`id`) ON DELETE SET NULL
);

CREATE TABLE `automod_lists` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `kind` INT NOT NULL,
  `content` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `automod_triggered_rules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `channel_name` TEXT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `trigger_id` BIGINT NULL,
  `trigger_typeid` INT NOT NULL,
  `rule_id` BIGINT NULL,
  `rule_name` TEXT NOT NULL,
  `ruleset_name` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `user_name` TEXT NOT NULL,
  `extradata` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `automod_triggered_rules_rule_id_fkey` FOREIGN KEY (`rule_id`) REFERENCES `automod_rules` (`id`) ON DELETE SET NULL,
  CONSTRAINT `automod_triggered_rules_trigger_id_fkey` FOREIGN KEY (`trigger_id`) REFERENCES `automod_rule_data` (`id`) ON DELETE SET NULL
);

CREATE TABLE `joined_guilds` (
  `id` BIGINT NOT NULL,
  `joined_at` DATETIME NOT NULL,
  `left_at` DATETIME NULL,
  `member_count` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `owner_id` BIGINT NOT NULL,
  `avatar` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `commands_channels_overrides` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `channels` JSON NULL,
  `channel_categories` JSON NULL,
  `global` TINYINT(1) NOT NULL,
  `commands_enabled` TINYINT(1) NOT NULL,
  `always_ephemeral` TINYINT(1) NOT NULL,
  `autodelete_response` TINYINT(1) NOT NULL,
  `autodelete_trigger` TINYINT(1) NOT NULL,
  `autodelete_response_delay` INT NOT NULL,
  `autodelete_trigger_delay` INT NOT NULL,
  `require_roles` JSON NOT NULL,
  `ignore_roles` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `commands_command_overrides` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `commands_channels_overrides_id` BIGINT NOT NULL,
  `commands` JSON NOT NULL,
  `commands_enabled` TINYINT(1) NOT NULL,
  `always_ephemeral` TINYINT(1) NOT NULL,
  `autodelete_response` TINYINT(1) NOT NULL,
  `autodelete_trigger` TINYINT(1) NOT NULL,
  `autodelete_response_delay` INT NOT NULL,
  `autodelete_trigger_delay` INT NOT NULL,
  `require_roles` JSON NOT NULL,
  `ignore_roles` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `commands_command_overrides_commands_channels_overrides_id_fkey` FOREIGN KEY (`commands_channels_overrides_id`) REFERENCES `commands_channels_overrides` (`id`) ON DELETE CASCADE
);

CREATE TABLE `executed_commands` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` TEXT NOT NULL,
  `channel_id` TEXT NOT NULL,
  `guild_id` TEXT NULL,
  `command` TEXT NOT NULL,
  `raw_command` TEXT NOT NULL,
  `error` TEXT NULL,
  `time_stamp` DATETIME NOT NULL,
  `response_time` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mqueue_webhooks` (
  `id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `token` TEXT NOT NULL,
  `plugin` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `scheduled_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `triggers_at` DATETIME NOT NULL,
  `retry_on_error` TINYINT(1) NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `event_name` TEXT NOT NULL,
  `data` JSON NOT NULL,
  `processed` TINYINT(1) NOT NULL,
  `error` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `custom_command_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `ignore_roles` JSON NULL,
  `ignore_channels` JSON NULL,
  `whitelist_roles` JSON NULL,
  `whitelist_channels` JSON NULL,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `redirect_errors_channel` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `custom_commands` (
  `local_id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `group_id` BIGINT NULL,
  `trigger_type` INT NOT NULL,
  `text_trigger` TEXT NOT NULL,
  `text_trigger_case_sensitive` TINYINT(1) NOT NULL,
  `time_trigger_interval` INT NOT NULL,
  `time_trigger_excluding_days` JSON NOT NULL,
  `time_trigger_excluding_hours` JSON NOT NULL,
  `last_run` DATETIME NULL,
  `next_run` DATETIME NULL,
  `responses` JSON NOT NULL,
  `channels` JSON NULL,
  `channels_whitelist_mode` TINYINT(1) NOT NULL,
  `roles` JSON NULL,
  `roles_whitelist_mode` TINYINT(1) NOT NULL,
  `context_channel` BIGINT NOT NULL DEFAULT 0,
  `redirect_errors_channel` BIGINT NOT NULL DEFAULT 0,
  `reaction_trigger_mode` SMALLINT NOT NULL DEFAULT 0,
  `last_error` TEXT NOT NULL DEFAULT '',
  `last_error_time` DATETIME NULL,
  `run_count` INT NOT NULL DEFAULT 0,
  `show_errors` TINYINT(1) NOT NULL DEFAULT 1,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `trigger_on_edit` TINYINT(1) NOT NULL DEFAULT 0,
  `public_id` TEXT NOT NULL DEFAULT '',
  `name` TEXT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `import_count` INT NOT NULL DEFAULT 0,
  `interaction_defer_mode` SMALLINT NOT NULL DEFAULT 0,
  `role_trigger_mode` SMALLINT NOT NULL DEFAULT 0,
  `slash_command_options` JSON NULL,
  PRIMARY KEY (`guild_id`, `local_id`),
  CONSTRAINT `custom_commands_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `custom_command_groups` (`id`) ON DELETE SET NULL
);

CREATE TABLE `templates_user_database` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `expires_at` DATETIME NULL,
  `guild_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value_num` DOUBLE NOT NULL,
  `value_raw` LONGBLOB NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `templates_user_database_guild_id_user_id_key_key` (`guild_id`, `user_id`, `key`)
);

CREATE TABLE `message_logs2` (
  `id` INT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `legacy_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `channel_name` TEXT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `author_username` TEXT NOT NULL,
  `messages` JSON NULL,
  PRIMARY KEY (`guild_id`, `id`)
);

CREATE TABLE `messages2` (
  `id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `author_username` TEXT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `content` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `guild_logging_configs` (
  `guild_id` BIGINT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `username_logging_enabled` TINYINT(1) NULL,
  `nickname_logging_enabled` TINYINT(1) NULL,
  `blacklisted_channels` TEXT NULL,
  `manage_messages_can_view_deleted` TINYINT(1) NULL,
  `everyone_can_view_deleted` TINYINT(1) NULL,
  `message_logs_allowed_roles` JSON NULL,
  `access_mode` SMALLINT NOT NULL DEFAULT 0,
  `channels_whitelist_mode` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `username_listings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `user_id` BIGINT NULL,
  `username` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `nickname_listings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `user_id` BIGINT NULL,
  `guild_id` TEXT NULL,
  `nickname` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `moderation_configs` (
  `guild_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `kick_enabled` TINYINT(1) NULL,
  `kick_cmd_roles` JSON NULL,
  `delete_messages_on_kick` TINYINT(1) NULL,
  `kick_reason_optional` TINYINT(1) NULL,
  `kick_message` TEXT NULL,
  `ban_enabled` TINYINT(1) NULL,
  `ban_cmd_roles` JSON NULL,
  `ban_reason_optional` TINYINT(1) NULL,
  `ban_message` TEXT NULL,
  `default_ban_delete_days` BIGINT NULL DEFAULT 1,
  `timeout_enabled` TINYINT(1) NULL,
  `timeout_cmd_roles` JSON NULL,
  `timeout_reason_optional` TINYINT(1) NULL,
  `timeout_remove_reason_optional` TINYINT(1) NULL,
  `timeout_message` TEXT NULL,
  `default_timeout_duration` BIGINT NULL DEFAULT 10,
  `mute_enabled` TINYINT(1) NULL,
  `mute_cmd_roles` JSON NULL,
  `mute_role` TEXT NULL,
  `mute_disallow_reaction_add` TINYINT(1) NULL,
  `mute_reason_optional` TINYINT(1) NULL,
  `unmute_reason_optional` TINYINT(1) NULL,
  `mute_manage_role` TINYINT(1) NULL,
  `mute_remove_roles` JSON NULL,
  `mute_ignore_channels` JSON NULL,
  `mute_message` TEXT NULL,
  `unmute_message` TEXT NULL,
  `default_mute_duration` BIGINT NULL DEFAULT 10,
  `warn_commands_enabled` TINYINT(1) NULL,
  `warn_cmd_roles` JSON NULL,
  `warn_include_channel_logs` TINYINT(1) NULL,
  `warn_send_to_modlog` TINYINT(1) NULL,
  `warn_message` TEXT NULL,
  `clean_enabled` TINYINT(1) NULL,
  `report_enabled` TINYINT(1) NULL,
  `action_channel` TEXT NULL,
  `report_channel` TEXT NULL,
  `error_channel` TEXT NULL,
  `log_unbans` TINYINT(1) NULL,
  `log_bans` TINYINT(1) NULL,
  `log_kicks` TINYINT(1) NULL DEFAULT 1,
  `log_timeouts` TINYINT(1) NULL,
  `give_role_cmd_enabled` TINYINT(1) NULL,
  `give_role_cmd_modlog` TINYINT(1) NULL,
  `give_role_cmd_roles` JSON NULL,
  `delwarn_send_to_modlog` TINYINT(1) NOT NULL DEFAULT 0,
  `delwarn_include_warn_reason` TINYINT(1) NOT NULL DEFAULT 0,
  `report_mention_roles` JSON NOT NULL DEFAULT '[]',
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `moderation_warnings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `user_id` TEXT NOT NULL,
  `author_id` TEXT NOT NULL,
  `author_username_discrim` TEXT NOT NULL,
  `message` TEXT NOT NULL,
  `logs_link` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `muted_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `expires_at` DATETIME NULL,
  `guild_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `reason` TEXT NOT NULL,
  `removed_roles` JSON NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `general_notification_configs` (
  `guild_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `join_server_enabled` TINYINT(1) NULL,
  `join_server_channel` TEXT NULL,
  `join_dm_enabled` TINYINT(1) NULL,
  `join_dm_msg` TEXT NULL,
  `leave_enabled` TINYINT(1) NULL,
  `leave_channel` TEXT NULL,
  `topic_enabled` TINYINT(1) NULL,
  `topic_channel` TEXT NULL,
  `censor_invites` TINYINT(1) NULL,
  `join_server_msgs` TEXT NULL,
  `leave_msgs` TEXT NULL,
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `personalized_guilds` (
  `guild_id` BIGINT NOT NULL,
  `nick` TEXT NULL,
  `avatar` TEXT NULL,
  `banner` TEXT NULL,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `premium_slots` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `attached_at` DATETIME NULL,
  `user_id` BIGINT NOT NULL,
  `guild_id` BIGINT NULL,
  `title` TEXT NOT NULL,
  `message` TEXT NOT NULL,
  `source` TEXT NOT NULL,
  `source_id` BIGINT NOT NULL,
  `full_duration` BIGINT NOT NULL,
  `permanent` TINYINT(1) NOT NULL,
  `duration_remaining` BIGINT NOT NULL,
  `tier` INT NOT NULL DEFAULT 1,
  `deletes_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `premium_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `used_at` DATETIME NULL,
  `slot_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  `guild_id` BIGINT NULL,
  `permanent` TINYINT(1) NOT NULL,
  `duration` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `premium_codes_code_key` (`code`),
  CONSTRAINT `premium_codes_slot_id_fkey` FOREIGN KEY (`slot_id`) REFERENCES `premium_slots` (`id`)
);

CREATE TABLE `discord_skus` (
  `sku_id` BIGINT NOT NULL,
  `slots` INT NOT NULL,
  PRIMARY KEY (`sku_id`)
);

CREATE TABLE `patreon_tiers` (
  `tier_id` BIGINT NOT NULL,
  `slots` INT NOT NULL,
  PRIMARY KEY (`tier_id`)
);

CREATE TABLE `reddit_feeds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `subreddit` TEXT NOT NULL,
  `filter_nsfw` INT NOT NULL,
  `min_upvotes` INT NOT NULL,
  `use_embeds` TINYINT(1) NOT NULL,
  `slow` TINYINT(1) NOT NULL,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `spoilers_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reminders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME NULL,
  `user_id` TEXT NOT NULL,
  `channel_id` TEXT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `message` TEXT NOT NULL,
  `when` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reputation_configs` (
  `guild_id` BIGINT NOT NULL,
  `points_name` VARCHAR(50) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `cooldown` INT NOT NULL,
  `max_give_amount` BIGINT NOT NULL,
  `required_give_role` VARCHAR(30) NULL,
  `required_receive_role` VARCHAR(30) NULL,
  `blacklisted_give_role` VARCHAR(30) NULL,
  `blacklisted_receive_role` VARCHAR(30) NULL,
  `admin_role` VARCHAR(30) NULL,
  `disable_thanks_detection` TINYINT(1) NOT NULL DEFAULT 0,
  `whitelisted_thanks_channels` JSON NULL,
  `blacklisted_thanks_channels` JSON NULL,
  `thanks_regex` TEXT NULL,
  `max_remove_amount` BIGINT NOT NULL DEFAULT 0,
  `admin_roles` JSON NULL,
  `required_give_roles` JSON NULL,
  `required_receive_roles` JSON NULL,
  `blacklisted_give_roles` JSON NULL,
  `blacklisted_receive_roles` JSON NULL,
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `reputation_users` (
  `user_id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `points` BIGINT NOT NULL,
  PRIMARY KEY (`guild_id`, `user_id`)
);

CREATE TABLE `reputation_log` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `sender_id` BIGINT NOT NULL,
  `receiver_id` BIGINT NOT NULL,
  `set_fixed_amount` TINYINT(1) NOT NULL,
  `amount` BIGINT NOT NULL,
  `receiver_username` TEXT NOT NULL DEFAULT '',
  `sender_username` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `reputation_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `rep_threshold` BIGINT NOT NULL,
  `role` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `role_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `require_roles` JSON NULL,
  `ignore_roles` JSON NULL,
  `mode` BIGINT NOT NULL,
  `multiple_max` BIGINT NOT NULL,
  `multiple_min` BIGINT NOT NULL,
  `single_auto_toggle_off` TINYINT(1) NOT NULL,
  `single_require_one` TINYINT(1) NOT NULL,
  `temporary_role_duration` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `role_commands` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `role_group_id` BIGINT NULL,
  `role` BIGINT NOT NULL,
  `require_roles` JSON NULL,
  `ignore_roles` JSON NULL,
  `position` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `role_commands_role_group_id_fkey` FOREIGN KEY (`role_group_id`) REFERENCES `role_groups` (`id`) ON DELETE SET NULL
);

CREATE TABLE `rss_feed_subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `feed_url` TEXT NOT NULL,
  `mention_everyone` TINYINT(1) NOT NULL,
  `mention_roles` JSON NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rsvp_sessions` (
  `message_id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `local_id` BIGINT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `starts_at` DATETIME NOT NULL,
  `title` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `max_participants` INT NOT NULL,
  `send_reminders` TINYINT(1) NOT NULL,
  `sent_reminders` TINYINT(1) NOT NULL,
  PRIMARY KEY (`message_id`)
);

CREATE TABLE `rsvp_participants` (
  `user_id` BIGINT NOT NULL,
  `rsvp_sessions_message_id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `join_state` SMALLINT NOT NULL,
  `reminder_enabled` TINYINT(1) NOT NULL,
  `marked_as_participating_at` DATETIME NOT NULL,
  PRIMARY KEY (`rsvp_sessions_message_id`, `user_id`),
  CONSTRAINT `rsvp_participants_rsvp_sessions_message_id_fkey` FOREIGN KEY (`rsvp_sessions_message_id`) REFERENCES `rsvp_sessions` (`message_id`) ON DELETE CASCADE
);

CREATE TABLE `server_stats_configs` (
  `guild_id` BIGINT NOT NULL,
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  `public` TINYINT(1) NULL,
  `ignore_channels` TEXT NULL,
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `server_stats_hourly_periods_messages` (
  `guild_id` BIGINT NOT NULL,
  `t` DATETIME NOT NULL,
  `compressed` TINYINT(1) NOT NULL DEFAULT 0,
  `channel_id` BIGINT NOT NULL,
  `count` BIGINT NULL,
  PRIMARY KEY (`guild_id`, `channel_id`, `t`)
);

CREATE TABLE `server_stats_hourly_periods_misc` (
  `guild_id` BIGINT NOT NULL,
  `t` DATETIME NOT NULL,
  `compressed` TINYINT(1) NOT NULL DEFAULT 0,
  `num_members` BIGINT NOT NULL,
  `max_online` BIGINT NOT NULL,
  `joins` INT NOT NULL,
  `leaves` INT NOT NULL,
  `max_voice` INT NOT NULL,
  PRIMARY KEY (`guild_id`, `t`)
);

CREATE TABLE `server_stats_periods_compressed` (
  `guild_id` BIGINT NOT NULL,
  `t` DATE NOT NULL,
  `premium` TINYINT(1) NOT NULL,
  `num_messages` INT NOT NULL,
  `num_members` BIGINT NOT NULL,
  `max_online` BIGINT NOT NULL,
  `joins` INT NOT NULL,
  `leaves` INT NOT NULL,
  `max_voice` INT NOT NULL,
  PRIMARY KEY (`guild_id`, `t`)
);

CREATE TABLE `soundboard_sounds` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `required_role` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `status` INT NOT NULL,
  `required_roles` JSON NULL,
  `blacklisted_roles` JSON NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ticket_configs` (
  `guild_id` BIGINT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `ticket_open_msg` TEXT NOT NULL,
  `tickets_channel_category` BIGINT NOT NULL,
  `status_channel` BIGINT NOT NULL,
  `tickets_transcripts_channel` BIGINT NOT NULL,
  `download_attachments` TINYINT(1) NOT NULL,
  `tickets_use_txt_transcripts` TINYINT(1) NOT NULL,
  `mod_roles` JSON NULL,
  `admin_roles` JSON NULL,
  `tickets_transcripts_channel_admin_only` BIGINT NOT NULL DEFAULT 0,
  `append_buttons` BIGINT NOT NULL DEFAULT 0,
  `use_threaded_tickets` TINYINT(1) NOT NULL DEFAULT 0,
  `tickets_thread_channel_id` BIGINT NOT NULL DEFAULT 0,
  `lock_and_archive_thread_on_close` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `tickets` (
  `guild_id` BIGINT NOT NULL,
  `local_id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `title` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `closed_at` DATETIME NULL,
  `logs_id` BIGINT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `author_username_discrim` TEXT NOT NULL,
  `is_admin_only` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`guild_id`, `local_id`)
);

CREATE TABLE `ticket_participants` (
  `ticket_guild_id` BIGINT NOT NULL,
  `ticket_local_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `username` TEXT NOT NULL,
  `discrim` TEXT NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  PRIMARY KEY (`ticket_guild_id`, `ticket_local_id`, `user_id`)
);

CREATE TABLE `timezone_guild_configs` (
  `guild_id` BIGINT NOT NULL,
  `disabled_in_channels` JSON NULL,
  `enabled_in_channels` JSON NULL,
  `new_channels_disabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `user_timezones` (
  `user_id` BIGINT NOT NULL,
  `timezone_name` TEXT NOT NULL,
  PRIMARY KEY (`user_id`)
);

CREATE TABLE `trivia_users` (
  `user_id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `score` INT NOT NULL DEFAULT 0,
  `correct_answers` INT NOT NULL DEFAULT 0,
  `incorrect_answers` INT NOT NULL DEFAULT 0,
  `current_streak` INT NOT NULL DEFAULT 0,
  `max_streak` INT NOT NULL DEFAULT 0,
  `last_played` DATETIME NOT NULL,
  PRIMARY KEY (`guild_id`, `user_id`)
);

CREATE TABLE `twitch_channel_subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `guild_id` TEXT NOT NULL,
  `channel_id` TEXT NOT NULL,
  `twitch_user_id` TEXT NOT NULL,
  `twitch_username` TEXT NOT NULL,
  `mention_everyone` TINYINT(1) NOT NULL,
  `mention_roles` JSON NULL,
  `publish_vod` TINYINT(1) NOT NULL DEFAULT 0,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `twitch_announcements` (
  `guild_id` BIGINT NOT NULL,
  `message` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `twitter_feeds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `guild_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `twitter_username` TEXT NOT NULL,
  `twitter_user_id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `include_replies` TINYINT(1) NOT NULL DEFAULT 0,
  `include_rt` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `verification_configs` (
  `guild_id` BIGINT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `verified_role` BIGINT NOT NULL,
  `page_content` TEXT NOT NULL,
  `kick_unverified_after` INT NOT NULL,
  `warn_unverified_after` INT NOT NULL,
  `warn_message` TEXT NOT NULL,
  `log_channel` BIGINT NOT NULL,
  `dm_message` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `verification_sessions` (
  `token` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `solved_at` DATETIME NULL,
  `expired_at` DATETIME NULL,
  PRIMARY KEY (`token`)
);

CREATE TABLE `verified_users` (
  `guild_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `verified_at` DATETIME NOT NULL,
  `ip` TEXT NOT NULL,
  PRIMARY KEY (`guild_id`, `user_id`)
);

CREATE TABLE `voice_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `role_id` BIGINT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `voice_roles_channel_idx` (`channel_id`)
);

CREATE TABLE `youtube_channel_subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `guild_id` TEXT NOT NULL,
  `channel_id` TEXT NOT NULL,
  `youtube_channel_id` TEXT NOT NULL,
  `youtube_channel_name` TEXT NOT NULL,
  `mention_everyone` TINYINT(1) NOT NULL,
  `mention_roles` JSON NULL,
  `publish_livestream` TINYINT(1) NOT NULL DEFAULT 1,
  `publish_shorts` TINYINT(1) NOT NULL DEFAULT 1,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `youtube_announcements` (
  `guild_id` BIGINT NOT NULL,
  `message` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `core_configs` (
  `guild_id` BIGINT NOT NULL,
  `allowed_read_only_roles` JSON NULL,
  `allowed_write_roles` JSON NULL,
  `allow_all_members_read_only` TINYINT(1) NOT NULL,
  `allow_non_members_read_only` TINYINT(1) NOT NULL,
  PRIMARY KEY (`guild_id`)
);

CREATE TABLE `local_incr_ids` (
  `guild_id` BIGINT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `last` BIGINT NOT NULL,
  `last_updated` DATETIME NOT NULL,
  PRIMARY KEY (`guild_id`, `key`)
);

CREATE TABLE `panel_logs` (
  `guild_id` BIGINT NOT NULL,
  `local_id` BIGINT NOT NULL,
  `author_id` BIGINT NOT NULL,
  `author_username` TEXT NOT NULL,
  `action` TEXT NOT NULL,
  `param1_type` SMALLINT NOT NULL,
  `param1_int` BIGINT NOT NULL,
  `param1_string` TEXT NOT NULL,
  `param2_type` SMALLINT NOT NULL,
  `param2_int` BIGINT NOT NULL,
  `param2_string` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`guild_id`, `local_id`)
);

CREATE TABLE `role_menus` (
  `message_id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `owner_id` BIGINT NOT NULL,
  `own_message` TINYINT(1) NOT NULL,
  `state` BIGINT NOT NULL,
  `next_role_command_id` BIGINT NULL,
  `role_group_id` BIGINT NULL,
  `disable_send_dm` TINYINT(1) NOT NULL DEFAULT 0,
  `remove_role_on_reaction_remove` TINYINT(1) NOT NULL DEFAULT 0,
  `fixed_amount` TINYINT(1) NOT NULL DEFAULT 0,
  `skip_amount` INT NOT NULL DEFAULT 0,
  `setup_msg_id` BIGINT NOT NULL DEFAULT 0,
  `standalone_mode` SMALLINT NULL,
  `standalone_multiple_min` INT NULL,
  `standalone_multiple_max` INT NULL,
  `standalone_single_auto_toggle_off` TINYINT(1) NULL,
  `standalone_single_require_one` TINYINT(1) NULL,
  `standalone_blacklist_roles` JSON NULL,
  `standalone_whitelist_roles` JSON NULL,
  `saved_content` TEXT NULL,
  `saved_embed` TEXT NULL,
  `kind` SMALLINT NOT NULL DEFAULT 0,
  `editing_option_id` BIGINT NULL,
  PRIMARY KEY (`message_id`),
  CONSTRAINT `role_menus_next_role_command_id_fkey` FOREIGN KEY (`next_role_command_id`) REFERENCES `role_commands` (`id`) ON DELETE SET NULL,
  CONSTRAINT `role_menus_role_group_id_fkey` FOREIGN KEY (`role_group_id`) REFERENCES `role_groups` (`id`) ON DELETE CASCADE
);

CREATE TABLE `role_menu_options` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `role_command_id` BIGINT NULL,
  `emoji_id` BIGINT NOT NULL,
  `unicode_emoji` TEXT NOT NULL,
  `role_menu_id` BIGINT NOT NULL,
  `standalone_role_id` BIGINT NULL,
  `blacklist_roles` JSON NULL,
  `whitelist_roles` JSON NULL,
  `emoji_animated` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `role_menu_options_role_command_id_fkey` FOREIGN KEY (`role_command_id`) REFERENCES `role_commands` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_menu_options_role_menu_id_fkey` FOREIGN KEY (`role_menu_id`) REFERENCES `role_menus` (`message_id`) ON DELETE CASCADE
);

ALTER TABLE `role_menus` ADD CONSTRAINT `role_menus_editing_option_id_fkey` FOREIGN KEY (`editing_option_id`) REFERENCES `role_menu_options` (`id`) ON DELETE SET NULL;

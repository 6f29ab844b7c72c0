-- Sentry 10 (getsentry/sentry, BSL-1.1 at that time; Apache-2.0 after the change date): the Django migration
-- src/sentry/migrations/0001_initial.py at commit ea6d47236d60a629093ebc8fe60f540c9de04868, written as the
-- MySQL DDL Django 1.11's MySQL backend generates: BoundedBigAutoField -> bigint AUTO_INCREMENT,
-- BoundedAutoField -> int AUTO_INCREMENT, BoundedPositiveIntegerField -> int UNSIGNED, Bounded(Big)IntegerField
-- -> int/bigint, BitField -> bigint, CharField/EmailField/SlugField/URLField -> varchar(max_length),
-- GenericIPAddressField -> char(39), DateTimeField -> datetime(6), BooleanField/NullBooleanField -> bool,
-- TextField and Sentry's text-stored fields (GzippedDict, Node, Encrypted*, JSON, Array) -> longtext,
-- foreign keys -> <name>_id of the target key's type; CreateModel fields in order, then the columns the later
-- AddField operations append; unique=True and unique_together as UNIQUE KEY; indexes left out.
-- 64 of the 133 tables kept (132 models and the authprovider default-teams join table) (see sentry.md).

CREATE TABLE `auth_user` (
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(128) NOT NULL,
  `first_name` varchar(200) NOT NULL,
  `email` varchar(75) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `is_superuser` bool NOT NULL,
  `is_managed` bool NOT NULL,
  `is_sentry_app` bool,
  `is_password_expired` bool NOT NULL,
  `last_password_change` datetime(6),
  `flags` bigint,
  `session_nonce` varchar(12),
  `date_joined` datetime(6) NOT NULL,
  `last_active` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`username`)
);

CREATE TABLE `sentry_organization` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `status` int UNSIGNED NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `default_role` varchar(32) NOT NULL,
  `flags` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`slug`)
);

CREATE TABLE `sentry_project` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `slug` varchar(50),
  `name` varchar(200) NOT NULL,
  `forced_color` varchar(6),
  `public` bool NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `status` int UNSIGNED NOT NULL,
  `first_event` datetime(6),
  `flags` bigint,
  `platform` varchar(64),
  `organization_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organization_id`, `slug`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`)
);

CREATE TABLE `sentry_release` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint,
  `version` varchar(250) NOT NULL,
  `ref` varchar(250),
  `url` varchar(200),
  `date_added` datetime(6) NOT NULL,
  `date_started` datetime(6),
  `date_released` datetime(6),
  `data` longtext NOT NULL,
  `new_groups` int UNSIGNED NOT NULL,
  `commit_count` int UNSIGNED,
  `last_commit_id` int UNSIGNED,
  `authors` longtext,
  `total_deploys` int UNSIGNED,
  `last_deploy_id` int UNSIGNED,
  `organization_id` bigint NOT NULL,
  `owner_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organization_id`, `version`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_groupedmessage` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `logger` varchar(64) NOT NULL,
  `level` int UNSIGNED NOT NULL,
  `message` longtext NOT NULL,
  `view` varchar(200),
  `num_comments` int UNSIGNED,
  `platform` varchar(64),
  `status` int UNSIGNED NOT NULL,
  `times_seen` int UNSIGNED NOT NULL,
  `last_seen` datetime(6) NOT NULL,
  `first_seen` datetime(6) NOT NULL,
  `resolved_at` datetime(6),
  `active_at` datetime(6),
  `time_spent_total` int NOT NULL,
  `time_spent_count` int NOT NULL,
  `score` int NOT NULL,
  `is_public` bool,
  `data` longtext,
  `short_id` bigint,
  `first_release_id` bigint,
  `project_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `short_id`),
  FOREIGN KEY (`first_release_id`) REFERENCES `sentry_release` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`)
);

CREATE TABLE `sentry_activity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` int UNSIGNED NOT NULL,
  `ident` varchar(64),
  `datetime` datetime(6) NOT NULL,
  `data` longtext,
  `group_id` bigint,
  `project_id` bigint NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `sentry_groupedmessage` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_apiapplication` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `client_id` varchar(64) NOT NULL,
  `client_secret` longtext NOT NULL,
  `name` varchar(64) NOT NULL,
  `status` int UNSIGNED NOT NULL,
  `allowed_origins` longtext,
  `redirect_uris` longtext NOT NULL,
  `homepage_url` varchar(200),
  `privacy_url` varchar(200),
  `terms_url` varchar(200),
  `date_added` datetime(6) NOT NULL,
  `owner_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`client_id`),
  FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_apiauthorization` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `scopes` bigint NOT NULL,
  `scope_list` longtext,
  `date_added` datetime(6) NOT NULL,
  `application_id` bigint,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `application_id`),
  FOREIGN KEY (`application_id`) REFERENCES `sentry_apiapplication` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_apigrant` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(64) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `redirect_uri` varchar(255) NOT NULL,
  `scopes` bigint NOT NULL,
  `scope_list` longtext,
  `application_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `sentry_apiapplication` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_apikey` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `label` varchar(64) NOT NULL,
  `key` varchar(32) NOT NULL,
  `scopes` bigint NOT NULL,
  `scope_list` longtext,
  `status` int UNSIGNED NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `allowed_origins` longtext,
  `organization_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`key`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`)
);

CREATE TABLE `sentry_apitoken` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `scopes` bigint NOT NULL,
  `scope_list` longtext,
  `token` varchar(64) NOT NULL,
  `refresh_token` varchar(64),
  `expires_at` datetime(6),
  `date_added` datetime(6) NOT NULL,
  `application_id` bigint,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  UNIQUE KEY (`refresh_token`),
  FOREIGN KEY (`application_id`) REFERENCES `sentry_apiapplication` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_assistant_activity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `guide_id` int UNSIGNED NOT NULL,
  `viewed_ts` datetime(6),
  `dismissed_ts` datetime(6),
  `useful` bool,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `guide_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_auditlogentry` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `actor_label` varchar(64),
  `target_object` int UNSIGNED,
  `event` int UNSIGNED NOT NULL,
  `ip_address` char(39),
  `data` longtext NOT NULL,
  `datetime` datetime(6) NOT NULL,
  `actor_id` int,
  `actor_key_id` bigint,
  `organization_id` bigint NOT NULL,
  `target_user_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`actor_key_id`) REFERENCES `sentry_apikey` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`),
  FOREIGN KEY (`target_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `auth_authenticator` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `last_used_at` datetime(6),
  `type` int UNSIGNED NOT NULL,
  `config` longtext NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `type`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_authprovider` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `provider` varchar(128) NOT NULL,
  `config` longtext NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `sync_time` int UNSIGNED,
  `last_sync` datetime(6),
  `default_role` int UNSIGNED NOT NULL,
  `default_global_access` bool NOT NULL,
  `flags` bigint NOT NULL,
  `organization_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organization_id`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`)
);

CREATE TABLE `sentry_authidentity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ident` varchar(128) NOT NULL,
  `data` longtext NOT NULL,
  `last_verified` datetime(6) NOT NULL,
  `last_synced` datetime(6) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `auth_provider_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`auth_provider_id`, `ident`),
  UNIQUE KEY (`auth_provider_id`, `user_id`),
  FOREIGN KEY (`auth_provider_id`) REFERENCES `sentry_authprovider` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_broadcast` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `upstream_id` varchar(32),
  `title` varchar(32) NOT NULL,
  `message` varchar(256) NOT NULL,
  `link` varchar(200),
  `is_active` bool NOT NULL,
  `date_expires` datetime(6),
  `date_added` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sentry_broadcastseen` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date_seen` datetime(6) NOT NULL,
  `broadcast_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`broadcast_id`, `user_id`),
  FOREIGN KEY (`broadcast_id`) REFERENCES `sentry_broadcast` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_commitauthor` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` int UNSIGNED NOT NULL,
  `name` varchar(128),
  `email` varchar(75) NOT NULL,
  `external_id` varchar(164),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organization_id`, `email`),
  UNIQUE KEY (`organization_id`, `external_id`)
);

CREATE TABLE `sentry_commit` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` int UNSIGNED NOT NULL,
  `repository_id` int UNSIGNED NOT NULL,
  `key` varchar(64) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `message` longtext,
  `author_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`repository_id`, `key`),
  FOREIGN KEY (`author_id`) REFERENCES `sentry_commitauthor` (`id`)
);

CREATE TABLE `sentry_deletedorganization` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `actor_label` varchar(64),
  `actor_id` bigint,
  `actor_key` varchar(32),
  `ip_address` char(39),
  `date_deleted` datetime(6) NOT NULL,
  `date_created` datetime(6),
  `reason` longtext,
  `name` varchar(64),
  `slug` varchar(50),
  PRIMARY KEY (`id`)
);

CREATE TABLE `sentry_deploy` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` int UNSIGNED NOT NULL,
  `environment_id` int UNSIGNED NOT NULL,
  `date_finished` datetime(6) NOT NULL,
  `date_started` datetime(6),
  `name` varchar(64),
  `url` varchar(200),
  `notified` bool,
  `release_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`release_id`) REFERENCES `sentry_release` (`id`)
);

CREATE TABLE `sentry_email` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(75) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`email`)
);

CREATE TABLE `sentry_environment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` int UNSIGNED NOT NULL,
  `project_id` int UNSIGNED,
  `name` varchar(64) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organization_id`, `name`)
);

CREATE TABLE `sentry_message` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` bigint,
  `message_id` varchar(32),
  `project_id` bigint,
  `message` longtext NOT NULL,
  `platform` varchar(64),
  `datetime` datetime(6) NOT NULL,
  `time_spent` int,
  `data` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `message_id`)
);

CREATE TABLE `sentry_file` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `type` varchar(64) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `headers` longtext NOT NULL,
  `size` int UNSIGNED,
  `checksum` varchar(40),
  `path` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sentry_eventattachment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint NOT NULL,
  `group_id` bigint,
  `event_id` varchar(32) NOT NULL,
  `name` longtext NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `file_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `event_id`, `file_id`),
  FOREIGN KEY (`file_id`) REFERENCES `sentry_file` (`id`)
);

CREATE TABLE `sentry_eventuser` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` int UNSIGNED NOT NULL,
  `hash` varchar(32) NOT NULL,
  `ident` varchar(128),
  `email` varchar(75),
  `username` varchar(128),
  `name` varchar(128),
  `ip_address` char(39),
  `date_added` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `hash`),
  UNIQUE KEY (`project_id`, `ident`)
);

CREATE TABLE `sentry_team` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `slug` varchar(50) NOT NULL,
  `name` varchar(64) NOT NULL,
  `status` int UNSIGNED NOT NULL,
  `date_added` datetime(6),
  `organization_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organization_id`, `slug`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`)
);

CREATE TABLE `sentry_groupasignee` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date_added` datetime(6) NOT NULL,
  `group_id` bigint NOT NULL,
  `project_id` bigint NOT NULL,
  `team_id` bigint,
  `user_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `sentry_groupedmessage` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `sentry_team` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_groupbookmark` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date_added` datetime(6),
  `group_id` bigint NOT NULL,
  `project_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `user_id`, `group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `sentry_groupedmessage` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_groupemailthread` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(75) NOT NULL,
  `msgid` varchar(100) NOT NULL,
  `date` datetime(6) NOT NULL,
  `group_id` bigint NOT NULL,
  `project_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`email`, `msgid`),
  UNIQUE KEY (`email`, `group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `sentry_groupedmessage` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`)
);

CREATE TABLE `sentry_groupresolution` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` int UNSIGNED,
  `actor_id` int UNSIGNED,
  `datetime` datetime(6) NOT NULL,
  `status` int UNSIGNED NOT NULL,
  `group_id` bigint NOT NULL,
  `release_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `sentry_groupedmessage` (`id`),
  FOREIGN KEY (`release_id`) REFERENCES `sentry_release` (`id`)
);

CREATE TABLE `sentry_groupseen` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `last_seen` datetime(6) NOT NULL,
  `group_id` bigint NOT NULL,
  `project_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `sentry_groupedmessage` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_groupsnooze` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `until` datetime(6),
  `count` int UNSIGNED,
  `window` int UNSIGNED,
  `user_count` int UNSIGNED,
  `user_window` int UNSIGNED,
  `state` longtext,
  `actor_id` int UNSIGNED,
  `group_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `sentry_groupedmessage` (`id`)
);

CREATE TABLE `sentry_groupsubscription` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `is_active` bool NOT NULL,
  `reason` int UNSIGNED NOT NULL,
  `date_added` datetime(6),
  `group_id` bigint NOT NULL,
  `project_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`group_id`, `user_id`),
  FOREIGN KEY (`group_id`) REFERENCES `sentry_groupedmessage` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_messagefiltervalue` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint,
  `group_id` bigint NOT NULL,
  `times_seen` int UNSIGNED NOT NULL,
  `key` varchar(32) NOT NULL,
  `value` varchar(200) NOT NULL,
  `last_seen` datetime(6),
  `first_seen` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`group_id`, `key`, `value`)
);

CREATE TABLE `sentry_identityprovider` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` varchar(64) NOT NULL,
  `config` longtext NOT NULL,
  `date_added` datetime(6),
  `external_id` varchar(64),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`type`, `external_id`)
);

CREATE TABLE `sentry_identity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `external_id` varchar(64) NOT NULL,
  `data` longtext NOT NULL,
  `status` int UNSIGNED NOT NULL,
  `scopes` longtext,
  `date_verified` datetime(6) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `idp_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`idp_id`, `external_id`),
  UNIQUE KEY (`idp_id`, `user_id`),
  FOREIGN KEY (`idp_id`) REFERENCES `sentry_identityprovider` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_integration` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `provider` varchar(64) NOT NULL,
  `external_id` varchar(64) NOT NULL,
  `name` varchar(200) NOT NULL,
  `metadata` longtext NOT NULL,
  `status` int UNSIGNED,
  `date_added` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`provider`, `external_id`)
);

CREATE TABLE `sentry_lostpasswordhash` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `hash` varchar(32) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_option` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(64) NOT NULL,
  `value` longtext NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`key`)
);

CREATE TABLE `sentry_organizationmember` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(75),
  `role` varchar(32) NOT NULL,
  `flags` bigint NOT NULL,
  `token` varchar(64),
  `date_added` datetime(6) NOT NULL,
  `token_expires_at` datetime(6),
  `has_global_access` bool NOT NULL,
  `type` int UNSIGNED NOT NULL,
  `organization_id` bigint NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  UNIQUE KEY (`organization_id`, `user_id`),
  UNIQUE KEY (`organization_id`, `email`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_organizationmember_teams` (
  `id` int NOT NULL AUTO_INCREMENT,
  `is_active` bool NOT NULL,
  `organizationmember_id` bigint NOT NULL,
  `team_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`team_id`, `organizationmember_id`),
  FOREIGN KEY (`organizationmember_id`) REFERENCES `sentry_organizationmember` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `sentry_team` (`id`)
);

CREATE TABLE `sentry_organizationonboardingtask` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `task` int UNSIGNED NOT NULL,
  `status` int UNSIGNED NOT NULL,
  `date_completed` datetime(6) NOT NULL,
  `project_id` bigint,
  `data` longtext NOT NULL,
  `organization_id` bigint NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organization_id`, `task`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_organizationoptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(64) NOT NULL,
  `value` longtext NOT NULL,
  `organization_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organization_id`, `key`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`)
);

CREATE TABLE `sentry_projectbookmark` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date_added` datetime(6),
  `project_id` bigint,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_projectkey` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `label` varchar(64),
  `public_key` varchar(32),
  `secret_key` varchar(32),
  `roles` bigint NOT NULL,
  `status` int UNSIGNED NOT NULL,
  `date_added` datetime(6),
  `rate_limit_count` int UNSIGNED,
  `rate_limit_window` int UNSIGNED,
  `data` longtext NOT NULL,
  `project_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`public_key`),
  UNIQUE KEY (`secret_key`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`)
);

CREATE TABLE `sentry_projectoptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(64) NOT NULL,
  `value` longtext NOT NULL,
  `project_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `key`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`)
);

CREATE TABLE `sentry_promptsactivity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` int UNSIGNED NOT NULL,
  `project_id` int UNSIGNED NOT NULL,
  `feature` varchar(64) NOT NULL,
  `data` longtext NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `feature`, `organization_id`, `project_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_pull_request` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` int UNSIGNED NOT NULL,
  `repository_id` int UNSIGNED NOT NULL,
  `key` varchar(64) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `title` longtext,
  `message` longtext,
  `merge_commit_sha` varchar(64),
  `author_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`repository_id`, `key`),
  FOREIGN KEY (`author_id`) REFERENCES `sentry_commitauthor` (`id`)
);

CREATE TABLE `sentry_recentsearch` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` smallint UNSIGNED NOT NULL,
  `query` longtext NOT NULL,
  `query_hash` varchar(32) NOT NULL,
  `last_seen` datetime(6) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `organization_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `organization_id`, `type`, `query_hash`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_releasecommit` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` int UNSIGNED NOT NULL,
  `project_id` int UNSIGNED,
  `order` int UNSIGNED NOT NULL,
  `commit_id` bigint NOT NULL,
  `release_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`release_id`, `commit_id`),
  UNIQUE KEY (`release_id`, `order`),
  FOREIGN KEY (`commit_id`) REFERENCES `sentry_commit` (`id`),
  FOREIGN KEY (`release_id`) REFERENCES `sentry_release` (`id`)
);

CREATE TABLE `sentry_repository` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` int UNSIGNED NOT NULL,
  `name` varchar(200) NOT NULL,
  `url` varchar(200),
  `provider` varchar(64),
  `external_id` varchar(64),
  `config` longtext NOT NULL,
  `status` int UNSIGNED NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `integration_id` int UNSIGNED,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organization_id`, `provider`, `external_id`),
  UNIQUE KEY (`organization_id`, `name`)
);

CREATE TABLE `sentry_rule` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `environment_id` int UNSIGNED,
  `label` varchar(64) NOT NULL,
  `data` longtext NOT NULL,
  `status` int UNSIGNED NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `project_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`)
);

CREATE TABLE `sentry_savedsearch` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` smallint UNSIGNED,
  `name` varchar(128) NOT NULL,
  `query` longtext NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `is_default` bool NOT NULL,
  `is_global` bool,
  `organization_id` bigint,
  `owner_id` int,
  `project_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organization_id`, `owner_id`, `type`),
  UNIQUE KEY (`project_id`, `name`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`)
);

CREATE TABLE `sentry_scheduleddeletion` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `guid` varchar(32) NOT NULL,
  `app_label` varchar(64) NOT NULL,
  `model_name` varchar(64) NOT NULL,
  `object_id` bigint NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `date_scheduled` datetime(6) NOT NULL,
  `actor_id` bigint,
  `data` longtext NOT NULL,
  `in_progress` bool NOT NULL,
  `aborted` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`guid`),
  UNIQUE KEY (`app_label`, `model_name`, `object_id`)
);

CREATE TABLE `sentry_servicehook` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `guid` varchar(32),
  `actor_id` int UNSIGNED NOT NULL,
  `project_id` int UNSIGNED NOT NULL,
  `organization_id` int UNSIGNED,
  `url` varchar(512) NOT NULL,
  `secret` longtext NOT NULL,
  `events` longtext,
  `status` int UNSIGNED NOT NULL,
  `version` int UNSIGNED NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `application_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`guid`),
  FOREIGN KEY (`application_id`) REFERENCES `sentry_apiapplication` (`id`)
);

CREATE TABLE `sentry_useravatar` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ident` varchar(32) NOT NULL,
  `avatar_type` smallint UNSIGNED NOT NULL,
  `file_id` bigint,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`ident`),
  UNIQUE KEY (`file_id`),
  UNIQUE KEY (`user_id`),
  FOREIGN KEY (`file_id`) REFERENCES `sentry_file` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_useremail` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(75) NOT NULL,
  `validation_hash` varchar(32) NOT NULL,
  `date_hash_added` datetime(6) NOT NULL,
  `is_verified` bool NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `email`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_userip` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ip_address` char(39) NOT NULL,
  `country_code` varchar(16),
  `region_code` varchar(16),
  `first_seen` datetime(6) NOT NULL,
  `last_seen` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `ip_address`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_useroption` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(64) NOT NULL,
  `value` longtext NOT NULL,
  `organization_id` bigint,
  `project_id` bigint,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `project_id`, `key`),
  UNIQUE KEY (`user_id`, `organization_id`, `key`),
  FOREIGN KEY (`organization_id`) REFERENCES `sentry_organization` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_userpermission` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `permission` varchar(32) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`, `permission`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `sentry_userreport` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_user_id` bigint,
  `event_id` varchar(32) NOT NULL,
  `name` varchar(128) NOT NULL,
  `email` varchar(75) NOT NULL,
  `comments` longtext NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `environment_id` bigint,
  `group_id` bigint,
  `project_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`project_id`, `event_id`),
  FOREIGN KEY (`environment_id`) REFERENCES `sentry_environment` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `sentry_groupedmessage` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `sentry_project` (`id`)
);

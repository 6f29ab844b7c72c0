-- JumpServer (open-source privileged access management / bastion host: users reach servers, databases and
-- web applications through it over SSH, RDP, VNC, database and web protocols; every session, command and file
-- transfer is logged and recorded)
-- Upstream: github.com/jumpserver/jumpserver, snapshot commit 54b5d374e36b17b99d6377997272c648e9978601
-- (branch dev, Django 5.2). Licence: GPL-3.0.
-- How made: JumpServer's Django migrations (apps/*/migrations/*.py of all 17 apps, plus Django's auth and
-- contenttypes) were applied with Django 5.2.15 to a scratch MariaDB 10.11 database, with stand-ins only for
-- what the migration files import from the application (its custom field classes with the same Django base
-- classes and EncryptCharField's max_length rule, default-value callables and mixin classes) and with the
-- RunPython data steps skipped (they change rows, not the schema); the tables below were then read back with
-- mysqldump --no-data. Column order is therefore the order the migrations give (CreateModel, then AddField at
-- the end). Django's MariaDB-native types were written as on MySQL: uuid -> char(32), JSON longtext with
-- json_valid CHECK -> json. 48 of the 159 tables are kept (users, groups, roles, organisations, assets and
-- accounts, asset permissions, login / command / asset ACLs, access keys, connection tokens, SSH keys,
-- passkeys, temporary and SSO tokens, audit logs, terminal components, sessions, replays, commands, session
-- sharing, tickets and settings); foreign keys to left-out tables were dropped: assets_platform.package_id
-- (assets_platformpackage), assets_favoriteasset.folder_id (assets_favoritefolder),
-- authentication_connectiontoken.from_ticket_id (tickets_applyloginassetticket), tickets_ticket.flow_id
-- (tickets_ticketflow).
-- Left out: the other 111 tables (automation and change-secret plans and records, account templates, backups,
-- gathered and risky accounts, virtual accounts, integration applications, other asset kinds, platform
-- protocols and automation, labels, nodes' granted-tree cache, ops jobs, playbooks and Celery tasks,
-- notifications and message subscriptions, applets and applet hosts, virtual apps, endpoints, storage and
-- status of components, ticket flows, steps, assignees and other ticket kinds, other ACL kinds and reviewers,
-- data masking, reports, chat prompts, historical (simple_history) tables, Django's own tables).

CREATE TABLE `orgs_organization` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `name` varchar(128) NOT NULL,
  `builtin` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user` (
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `id` char(32) NOT NULL,
  `username` varchar(128) NOT NULL,
  `name` varchar(128) NOT NULL,
  `email` varchar(256) NOT NULL,
  `role` varchar(10) NOT NULL,
  `is_service_account` tinyint(1) NOT NULL,
  `avatar` varchar(100) DEFAULT NULL,
  `wechat` varchar(256) NOT NULL,
  `phone` varchar(256) DEFAULT NULL,
  `mfa_level` smallint(6) NOT NULL,
  `otp_secret_key` varchar(256) DEFAULT NULL,
  `private_key` longtext DEFAULT NULL,
  `public_key` longtext DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `is_first_login` tinyint(1) NOT NULL,
  `date_expired` datetime(6) DEFAULT NULL,
  `created_by` varchar(30) NOT NULL,
  `updated_by` varchar(30) NOT NULL,
  `date_password_last_updated` datetime(6) DEFAULT NULL,
  `need_update_password` tinyint(1) NOT NULL,
  `source` varchar(30) NOT NULL,
  `wecom_id` varchar(128) DEFAULT NULL,
  `dingtalk_id` varchar(128) DEFAULT NULL,
  `feishu_id` varchar(128) DEFAULT NULL,
  `lark_id` varchar(128) DEFAULT NULL,
  `slack_id` varchar(128) DEFAULT NULL,
  `date_api_key_last_used` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `face_vector` longtext DEFAULT NULL,
  `email_lookup` varchar(128) DEFAULT NULL,
  `ukey_sn` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `users_user_dingtalk_id_a7f722c4_uniq` (`dingtalk_id`),
  UNIQUE KEY `users_user_slack_id_867c518f_uniq` (`slack_id`),
  UNIQUE KEY `users_user_feishu_id_cc1e204a_uniq` (`feishu_id`),
  UNIQUE KEY `users_user_lark_id_34fa8617_uniq` (`lark_id`),
  UNIQUE KEY `users_user_wecom_id_cd44382f_uniq` (`wecom_id`),
  UNIQUE KEY `ukey_sn` (`ukey_sn`),
  KEY `users_user_date_expired_2e2eb0b3` (`date_expired`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_usergroup` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_usergroup_org_id_name_e3d49d01_uniq` (`org_id`,`name`),
  KEY `users_usergroup_org_id_995a56e5` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` char(32) NOT NULL,
  `usergroup_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_user_id_usergroup_id_ac1e3824_uniq` (`user_id`,`usergroup_id`),
  KEY `users_user_groups_usergroup_id_90818973_fk_users_usergroup_id` (`usergroup_id`),
  CONSTRAINT `users_user_groups_user_id_5f6f5a90_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `users_user_groups_usergroup_id_90818973_fk_users_usergroup_id` FOREIGN KEY (`usergroup_id`) REFERENCES `users_usergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_userpasswordhistory` (
  `id` char(32) NOT NULL,
  `password` varchar(128) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `user_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `users_userpasswordhistory_user_id_d2c011ae_fk_users_user_id` (`user_id`),
  CONSTRAINT `users_userpasswordhistory_user_id_d2c011ae_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_preference` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `category` varchar(128) NOT NULL,
  `value` longtext NOT NULL,
  `encrypted` tinyint(1) NOT NULL,
  `user_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_preference_name_user_id_ff36dae0_uniq` (`name`,`user_id`),
  KEY `users_preference_user_id_309a5b5a_fk_users_user_id` (`user_id`),
  CONSTRAINT `users_preference_user_id_309a5b5a_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rbac_role` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `id` char(32) NOT NULL,
  `name` varchar(128) NOT NULL,
  `scope` varchar(128) NOT NULL,
  `builtin` tinyint(1) NOT NULL,
  `comment` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rbac_role_name_scope_f7fbc3c9_uniq` (`name`,`scope`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rbac_rolebinding` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `scope` varchar(128) NOT NULL,
  `org_id` char(32) DEFAULT NULL,
  `role_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rbac_rolebinding_user_id_role_id_org_id_7b7308f9_uniq` (`user_id`,`role_id`,`org_id`),
  KEY `rbac_rolebinding_org_id_8103bc19_fk_orgs_organization_id` (`org_id`),
  KEY `rbac_rolebinding_role_id_79cc1751_fk_rbac_role_id` (`role_id`),
  CONSTRAINT `rbac_rolebinding_org_id_8103bc19_fk_orgs_organization_id` FOREIGN KEY (`org_id`) REFERENCES `orgs_organization` (`id`),
  CONSTRAINT `rbac_rolebinding_role_id_79cc1751_fk_rbac_role_id` FOREIGN KEY (`role_id`) REFERENCES `rbac_role` (`id`),
  CONSTRAINT `rbac_rolebinding_user_id_d01064f7_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets_platform` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `name` varchar(50) NOT NULL,
  `category` varchar(32) NOT NULL,
  `type` varchar(32) NOT NULL,
  `meta` longtext DEFAULT NULL,
  `internal` tinyint(1) NOT NULL,
  `charset` varchar(8) NOT NULL,
  `gateway_enabled` tinyint(1) NOT NULL,
  `su_enabled` tinyint(1) NOT NULL,
  `su_method` varchar(32) DEFAULT NULL,
  `custom_fields` json DEFAULT NULL,
  `ds_enabled` tinyint(1) NOT NULL,
  `package_id` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `assets_platform_package_id_b421254e_fk_assets_platformpackage_id` (`package_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets_zone` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assets_domain_org_id_name_f058d44e_uniq` (`org_id`,`name`),
  KEY `assets_domain_org_id_50f4640b` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets_node` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `id` char(32) NOT NULL,
  `key` varchar(64) NOT NULL,
  `value` varchar(128) NOT NULL,
  `full_value` varchar(4096) NOT NULL,
  `child_mark` int(11) NOT NULL,
  `date_create` datetime(6) NOT NULL,
  `parent_key` varchar(64) NOT NULL,
  `assets_amount` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `assets_node_org_id_400c35cb` (`org_id`),
  KEY `assets_node_parent_key_1d05e1aa` (`parent_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets_asset` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `connectivity` varchar(16) NOT NULL,
  `date_verified` datetime(6) DEFAULT NULL,
  `name` varchar(128) NOT NULL,
  `address` varchar(767) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `gathered_info` json NOT NULL,
  `custom_info` json NOT NULL,
  `zone_id` char(32) DEFAULT NULL,
  `platform_id` int(11) NOT NULL,
  `date_last_login` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assets_asset_org_id_name_f861452a_uniq` (`org_id`,`name`),
  KEY `assets_asset_org_id_f25200c7` (`org_id`),
  KEY `assets_asset_address_b40a50bd` (`address`),
  KEY `assets_asset_platform_id_b2b0830c_fk_assets_platform_id` (`platform_id`),
  KEY `assets_asset_zone_id_0e4b6342_fk_assets_zone_id` (`zone_id`),
  KEY `assets_asset_date_last_login_61b39fa9` (`date_last_login`),
  CONSTRAINT `assets_asset_platform_id_b2b0830c_fk_assets_platform_id` FOREIGN KEY (`platform_id`) REFERENCES `assets_platform` (`id`),
  CONSTRAINT `assets_asset_zone_id_0e4b6342_fk_assets_zone_id` FOREIGN KEY (`zone_id`) REFERENCES `assets_zone` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets_asset_nodes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `asset_id` char(32) NOT NULL,
  `node_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assets_asset_nodes_asset_id_node_id_f4aa1161_uniq` (`asset_id`,`node_id`),
  KEY `assets_asset_nodes_node_id_bfe6279c_fk_assets_node_id` (`node_id`),
  CONSTRAINT `assets_asset_nodes_asset_id_8f05f3ee_fk_assets_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `assets_asset` (`id`),
  CONSTRAINT `assets_asset_nodes_node_id_bfe6279c_fk_assets_node_id` FOREIGN KEY (`node_id`) REFERENCES `assets_node` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets_host` (
  `asset_ptr_id` char(32) NOT NULL,
  PRIMARY KEY (`asset_ptr_id`),
  CONSTRAINT `assets_host_asset_ptr_id_d0801966_fk_assets_asset_id` FOREIGN KEY (`asset_ptr_id`) REFERENCES `assets_asset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets_favoriteasset` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `asset_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `folder_id` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assets_favoriteasset_user_id_asset_id_872412e3_uniq` (`user_id`,`asset_id`),
  KEY `assets_favoriteasset_asset_id_ac2ed019_fk_assets_asset_id` (`asset_id`),
  KEY `assets_favoriteasset_folder_id_f89b44cb_fk_assets_fa` (`folder_id`),
  CONSTRAINT `assets_favoriteasset_asset_id_ac2ed019_fk_assets_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `assets_asset` (`id`),
  CONSTRAINT `assets_favoriteasset_user_id_7809bc5b_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_account` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `connectivity` varchar(16) NOT NULL,
  `date_verified` datetime(6) DEFAULT NULL,
  `_secret` longtext DEFAULT NULL,
  `name` varchar(128) NOT NULL,
  `username` varchar(128) NOT NULL,
  `secret_type` varchar(16) NOT NULL,
  `privileged` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `version` int(11) NOT NULL,
  `source` varchar(30) NOT NULL,
  `source_id` varchar(128) DEFAULT NULL,
  `asset_id` char(32) NOT NULL,
  `su_from_id` char(32) DEFAULT NULL,
  `change_secret_status` varchar(16) DEFAULT NULL,
  `date_change_secret` datetime(6) DEFAULT NULL,
  `date_last_login` datetime(6) DEFAULT NULL,
  `login_by` varchar(128) DEFAULT NULL,
  `secret_reset` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_account_name_asset_id_d07d7988_uniq` (`name`,`asset_id`),
  UNIQUE KEY `accounts_account_username_asset_id_secret_type_1892cc9f_uniq` (`username`,`asset_id`,`secret_type`),
  KEY `accounts_account_org_id_4b4ddfef` (`org_id`),
  KEY `accounts_account_username_b5f69a28` (`username`),
  KEY `accounts_account_asset_id_d77d9aa0_fk_assets_asset_id` (`asset_id`),
  KEY `accounts_account_su_from_id_1845461a_fk_accounts_account_id` (`su_from_id`),
  CONSTRAINT `accounts_account_asset_id_d77d9aa0_fk_assets_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `assets_asset` (`id`),
  CONSTRAINT `accounts_account_su_from_id_1845461a_fk_accounts_account_id` FOREIGN KEY (`su_from_id`) REFERENCES `accounts_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perms_assetpermission` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  `accounts` json NOT NULL,
  `protocols` json NOT NULL,
  `actions` int(11) NOT NULL,
  `date_start` datetime(6) NOT NULL,
  `date_expired` datetime(6) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `from_ticket` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perms_assetpermission_org_id_name_b3d2f01b_uniq` (`org_id`,`name`),
  KEY `perms_assetpermission_org_id_9f38f32c` (`org_id`),
  KEY `perms_assetpermission_date_start_d7ac30e1` (`date_start`),
  KEY `perms_assetpermission_date_expired_c79fc11f` (`date_expired`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perms_assetpermission_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `assetpermission_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perms_assetpermission_us_assetpermission_id_user__3f3f1eaa_uniq` (`assetpermission_id`,`user_id`),
  KEY `perms_assetpermission_users_user_id_ba17aecc_fk_users_user_id` (`user_id`),
  CONSTRAINT `perms_assetpermissio_assetpermission_id_1f874915_fk_perms_ass` FOREIGN KEY (`assetpermission_id`) REFERENCES `perms_assetpermission` (`id`),
  CONSTRAINT `perms_assetpermission_users_user_id_ba17aecc_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perms_assetpermission_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `assetpermission_id` char(32) NOT NULL,
  `usergroup_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perms_assetpermission_us_assetpermission_id_userg_e11c51d6_uniq` (`assetpermission_id`,`usergroup_id`),
  KEY `perms_assetpermissio_usergroup_id_42dcdc91_fk_users_use` (`usergroup_id`),
  CONSTRAINT `perms_assetpermissio_assetpermission_id_1fb2ddd3_fk_perms_ass` FOREIGN KEY (`assetpermission_id`) REFERENCES `perms_assetpermission` (`id`),
  CONSTRAINT `perms_assetpermissio_usergroup_id_42dcdc91_fk_users_use` FOREIGN KEY (`usergroup_id`) REFERENCES `users_usergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perms_assetpermission_assets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `assetpermission_id` char(32) NOT NULL,
  `asset_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perms_assetpermission_as_assetpermission_id_asset_adf6202c_uniq` (`assetpermission_id`,`asset_id`),
  KEY `perms_assetpermissio_asset_id_d6920078_fk_assets_as` (`asset_id`),
  CONSTRAINT `perms_assetpermissio_asset_id_d6920078_fk_assets_as` FOREIGN KEY (`asset_id`) REFERENCES `assets_asset` (`id`),
  CONSTRAINT `perms_assetpermissio_assetpermission_id_df023b5e_fk_perms_ass` FOREIGN KEY (`assetpermission_id`) REFERENCES `perms_assetpermission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acls_loginacl` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `name` varchar(128) NOT NULL,
  `priority` int(11) NOT NULL,
  `action` varchar(64) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `users` json NOT NULL,
  `rules` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acls_loginassetacl` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `priority` int(11) NOT NULL,
  `action` varchar(64) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `users` json NOT NULL,
  `name` varchar(128) NOT NULL,
  `assets` json NOT NULL,
  `accounts` json NOT NULL,
  `rules` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `acls_loginassetacl_name_org_id_59405bfe_uniq` (`name`,`org_id`),
  KEY `acls_loginassetacl_org_id_3ff345c7` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acls_commandgroup` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  `type` varchar(16) NOT NULL,
  `content` longtext NOT NULL,
  `ignore_case` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `acls_commandgroup_org_id_name_3d9df455_uniq` (`org_id`,`name`),
  KEY `acls_commandgroup_org_id_b5b46362` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acls_commandfilteracl` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `priority` int(11) NOT NULL,
  `action` varchar(64) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `users` json NOT NULL,
  `name` varchar(128) NOT NULL,
  `assets` json NOT NULL,
  `accounts` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `acls_commandfilteracl_name_org_id_00af4220_uniq` (`name`,`org_id`),
  KEY `acls_commandfilteracl_org_id_b8fbeff4` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acls_commandfilteracl_command_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `commandfilteracl_id` char(32) NOT NULL,
  `commandgroup_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `acls_commandfilteracl_co_commandfilteracl_id_comm_3c4e6e95_uniq` (`commandfilteracl_id`,`commandgroup_id`),
  KEY `acls_commandfilterac_commandgroup_id_9d91146b_fk_acls_comm` (`commandgroup_id`),
  CONSTRAINT `acls_commandfilterac_commandfilteracl_id_ac7ca31f_fk_acls_comm` FOREIGN KEY (`commandfilteracl_id`) REFERENCES `acls_commandfilteracl` (`id`),
  CONSTRAINT `acls_commandfilterac_commandgroup_id_9d91146b_fk_acls_comm` FOREIGN KEY (`commandgroup_id`) REFERENCES `acls_commandgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_accesskey` (
  `id` char(32) NOT NULL,
  `secret` longtext NOT NULL,
  `ip_group` json NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_last_used` datetime(6) DEFAULT NULL,
  `date_created` datetime(6) NOT NULL,
  `user_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `authentication_accesskey_user_id_3636c132_fk_users_user_id` (`user_id`),
  CONSTRAINT `authentication_accesskey_user_id_3636c132_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_connectiontoken` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `value` varchar(64) NOT NULL,
  `account` varchar(128) NOT NULL,
  `input_username` varchar(128) NOT NULL,
  `input_secret` longtext NOT NULL,
  `protocol` varchar(16) NOT NULL,
  `connect_method` varchar(32) NOT NULL,
  `connect_options` json NOT NULL,
  `user_display` varchar(128) NOT NULL,
  `asset_display` varchar(128) NOT NULL,
  `is_reusable` tinyint(1) NOT NULL,
  `date_expired` datetime(6) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `asset_id` char(32) DEFAULT NULL,
  `from_ticket_id` char(32) DEFAULT NULL,
  `user_id` char(32) DEFAULT NULL,
  `face_monitor_token` varchar(128) DEFAULT NULL,
  `type` varchar(16) NOT NULL,
  `remote_addr` varchar(128) DEFAULT NULL,
  `input_secret_type` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `from_ticket_id` (`from_ticket_id`),
  KEY `authentication_connectiontoken_org_id_ad630aa2` (`org_id`),
  KEY `authentication_conne_asset_id_8dad7e84_fk_assets_as` (`asset_id`),
  KEY `authentication_connectiontoken_user_id_08533d74_fk_users_user_id` (`user_id`),
  CONSTRAINT `authentication_conne_asset_id_8dad7e84_fk_assets_as` FOREIGN KEY (`asset_id`) REFERENCES `assets_asset` (`id`),
  CONSTRAINT `authentication_connectiontoken_user_id_08533d74_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_sshkey` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `name` varchar(128) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `private_key` longtext DEFAULT NULL,
  `public_key` longtext DEFAULT NULL,
  `date_last_used` datetime(6) DEFAULT NULL,
  `user_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `authentication_sshkey_user_id_a1d5dad1` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_passkey` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `platform` varchar(255) NOT NULL,
  `added_on` datetime(6) NOT NULL,
  `date_last_used` datetime(6) DEFAULT NULL,
  `credential_id` varchar(255) NOT NULL,
  `token` varchar(1024) NOT NULL,
  `user_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `credential_id` (`credential_id`),
  KEY `authentication_passkey_user_id_eea4b831_fk_users_user_id` (`user_id`),
  CONSTRAINT `authentication_passkey_user_id_eea4b831_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_temptoken` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `username` varchar(128) NOT NULL,
  `secret` longtext NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `date_verified` datetime(6) DEFAULT NULL,
  `date_expired` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_ssotoken` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `authkey` char(32) NOT NULL,
  `expired` tinyint(1) NOT NULL,
  `user_id` char(32) NOT NULL,
  PRIMARY KEY (`authkey`),
  KEY `authentication_ssotoken_user_id_eda7c917` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits_userloginlog` (
  `id` char(32) NOT NULL,
  `username` varchar(128) NOT NULL,
  `type` varchar(2) NOT NULL,
  `ip` char(39) NOT NULL,
  `city` varchar(254) DEFAULT NULL,
  `user_agent` varchar(254) DEFAULT NULL,
  `mfa` smallint(6) NOT NULL,
  `reason` varchar(128) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `datetime` datetime(6) NOT NULL,
  `backend` varchar(32) NOT NULL,
  `reason_code` varchar(64) NOT NULL,
  `reason_params` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `audits_userloginlog_datetime_165fc15a` (`datetime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits_operatelog` (
  `org_id` varchar(36) NOT NULL,
  `id` char(32) NOT NULL,
  `user` varchar(128) NOT NULL,
  `action` varchar(16) NOT NULL,
  `resource_type` varchar(64) NOT NULL,
  `resource` varchar(128) NOT NULL,
  `resource_id` varchar(128) NOT NULL,
  `remote_addr` varchar(128) DEFAULT NULL,
  `datetime` datetime(6) NOT NULL,
  `diff` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `audits_operatelog_org_id_2ee40268` (`org_id`),
  KEY `audits_operatelog_resource_id_64e409c0` (`resource_id`),
  KEY `audits_operatelog_datetime_360b2242` (`datetime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits_passwordchangelog` (
  `id` char(32) NOT NULL,
  `user` varchar(128) NOT NULL,
  `change_by` varchar(128) NOT NULL,
  `remote_addr` varchar(128) DEFAULT NULL,
  `datetime` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `audits_passwordchangelog_datetime_6bbd9195` (`datetime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits_ftplog` (
  `org_id` varchar(36) NOT NULL,
  `id` char(32) NOT NULL,
  `user` varchar(128) NOT NULL,
  `remote_addr` varchar(128) DEFAULT NULL,
  `asset` varchar(768) NOT NULL,
  `account` varchar(128) NOT NULL,
  `operate` varchar(16) NOT NULL,
  `filename` varchar(1024) NOT NULL,
  `is_success` tinyint(1) NOT NULL,
  `date_start` datetime(6) NOT NULL,
  `has_file` tinyint(1) NOT NULL,
  `session` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `audits_ftplog_org_id_de02081f` (`org_id`),
  KEY `audits_ftplog_account_5b6c1128` (`account`),
  KEY `audits_ftplog_asset_96353a5a` (`asset`),
  KEY `idx_date_start_org` (`date_start`,`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits_activitylog` (
  `org_id` varchar(36) NOT NULL,
  `id` char(32) NOT NULL,
  `type` varchar(2) DEFAULT NULL,
  `resource_id` varchar(36) NOT NULL,
  `datetime` datetime(6) NOT NULL,
  `detail` longtext NOT NULL,
  `detail_id` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `audits_activitylog_org_id_64d1c757` (`org_id`),
  KEY `audits_activitylog_resource_id_c800d06d` (`resource_id`),
  KEY `audits_activitylog_datetime_e5189044` (`datetime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits_usersession` (
  `id` char(32) NOT NULL,
  `ip` char(39) NOT NULL,
  `key` varchar(128) NOT NULL,
  `city` varchar(254) DEFAULT NULL,
  `user_agent` varchar(254) DEFAULT NULL,
  `type` varchar(2) NOT NULL,
  `backend` varchar(32) NOT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `user_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `audits_usersession_user_id_38846be8_fk_users_user_id` (`user_id`),
  CONSTRAINT `audits_usersession_user_id_38846be8_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `terminal` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `name` varchar(128) NOT NULL,
  `type` varchar(64) NOT NULL,
  `remote_addr` varchar(128) NOT NULL,
  `command_storage` varchar(128) NOT NULL,
  `replay_storage` varchar(128) NOT NULL,
  `is_deleted` tinyint(1) NOT NULL,
  `user_id` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `terminal_user_id_1e402800_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `terminal_replaystorage` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `name` varchar(128) NOT NULL,
  `meta` longtext NOT NULL,
  `is_default` tinyint(1) NOT NULL,
  `type` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `terminal_session` (
  `org_id` varchar(36) NOT NULL,
  `id` char(32) NOT NULL,
  `user` varchar(128) NOT NULL,
  `user_id` varchar(36) NOT NULL,
  `asset` varchar(128) NOT NULL,
  `asset_id` varchar(36) NOT NULL,
  `account` varchar(128) NOT NULL,
  `account_id` varchar(128) NOT NULL,
  `protocol` varchar(16) NOT NULL,
  `login_from` varchar(2) NOT NULL,
  `type` varchar(16) NOT NULL,
  `remote_addr` varchar(128) DEFAULT NULL,
  `is_success` tinyint(1) NOT NULL,
  `is_finished` tinyint(1) NOT NULL,
  `has_replay` tinyint(1) NOT NULL,
  `has_command` tinyint(1) NOT NULL,
  `date_start` datetime(6) NOT NULL,
  `date_end` datetime(6) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `cmd_amount` int(11) NOT NULL,
  `error_reason` varchar(128) NOT NULL,
  `terminal_id` char(32) DEFAULT NULL,
  `replay_size` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `terminal_session_org_id_9e113282` (`org_id`),
  KEY `terminal_session_user_6910eb8f` (`user`),
  KEY `terminal_session_user_id_a0fe42e0` (`user_id`),
  KEY `terminal_session_asset_fe247cfd` (`asset`),
  KEY `terminal_session_asset_id_f655dd49` (`asset_id`),
  KEY `terminal_session_account_3e975ce8` (`account`),
  KEY `terminal_session_account_id_b72ef6f8` (`account_id`),
  KEY `terminal_session_protocol_3181452c` (`protocol`),
  KEY `terminal_session_type_d749168b` (`type`),
  KEY `terminal_session_is_success_13e3ce88` (`is_success`),
  KEY `terminal_session_is_finished_a89c8792` (`is_finished`),
  KEY `terminal_session_date_start_5c59d95b` (`date_start`),
  KEY `terminal_session_terminal_id_5278f31c` (`terminal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `terminal_sessionreplay` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `session_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `terminal_sessionrepl_session_id_228568d3_fk_terminal_` (`session_id`),
  CONSTRAINT `terminal_sessionrepl_session_id_228568d3_fk_terminal_` FOREIGN KEY (`session_id`) REFERENCES `terminal_session` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `terminal_command` (
  `org_id` varchar(36) NOT NULL,
  `id` char(32) NOT NULL,
  `user` varchar(64) NOT NULL,
  `asset` varchar(128) NOT NULL,
  `account` varchar(64) NOT NULL,
  `input` varchar(128) NOT NULL,
  `output` varchar(1024) NOT NULL,
  `session` varchar(36) NOT NULL,
  `risk_level` smallint(6) NOT NULL,
  `timestamp` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `terminal_command_org_id_b29da48e` (`org_id`),
  KEY `terminal_command_user_62507ff6` (`user`),
  KEY `terminal_command_asset_a8743384` (`asset`),
  KEY `terminal_command_account_b319d47e` (`account`),
  KEY `terminal_command_input_9acfd946` (`input`),
  KEY `terminal_command_session_62eaa2c3` (`session`),
  KEY `terminal_command_risk_level_570e11b6` (`risk_level`),
  KEY `terminal_command_timestamp_85bc8045` (`timestamp`),
  KEY `idx_timestamp_org` (`timestamp`,`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `terminal_sessionsharing` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `verify_code` varchar(16) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `expired_time` int(11) NOT NULL,
  `users` longtext NOT NULL,
  `action_permission` varchar(16) NOT NULL,
  `origin` varchar(200) DEFAULT NULL,
  `creator_id` char(32) DEFAULT NULL,
  `session_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `terminal_sessionsharing_org_id_0b959af3` (`org_id`),
  KEY `terminal_sessionsharing_is_active_c604d0ce` (`is_active`),
  KEY `terminal_sessionsharing_expired_time_26d5cf9b` (`expired_time`),
  KEY `terminal_sessionsharing_creator_id_bb273804_fk_users_user_id` (`creator_id`),
  KEY `terminal_sessionshar_session_id_f302e994_fk_terminal_` (`session_id`),
  CONSTRAINT `terminal_sessionshar_session_id_f302e994_fk_terminal_` FOREIGN KEY (`session_id`) REFERENCES `terminal_session` (`id`),
  CONSTRAINT `terminal_sessionsharing_creator_id_bb273804_fk_users_user_id` FOREIGN KEY (`creator_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `terminal_sessionjoinrecord` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `verify_code` varchar(16) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `date_left` datetime(6) DEFAULT NULL,
  `remote_addr` varchar(128) DEFAULT NULL,
  `login_from` varchar(2) NOT NULL,
  `is_success` tinyint(1) NOT NULL,
  `reason` varchar(1024) DEFAULT NULL,
  `is_finished` tinyint(1) NOT NULL,
  `joiner_id` char(32) DEFAULT NULL,
  `session_id` char(32) NOT NULL,
  `sharing_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `terminal_sessionjoinrecord_org_id_053ec401` (`org_id`),
  KEY `terminal_sessionjoinrecord_date_joined_1b50df56` (`date_joined`),
  KEY `terminal_sessionjoinrecord_date_left_c71ae289` (`date_left`),
  KEY `terminal_sessionjoinrecord_remote_addr_e975ba2a` (`remote_addr`),
  KEY `terminal_sessionjoinrecord_is_success_7c817cde` (`is_success`),
  KEY `terminal_sessionjoinrecord_is_finished_d4adf288` (`is_finished`),
  KEY `terminal_sessionjoinrecord_joiner_id_72515369_fk_users_user_id` (`joiner_id`),
  KEY `terminal_sessionjoin_session_id_52f46320_fk_terminal_` (`session_id`),
  KEY `terminal_sessionjoin_sharing_id_32e6c9f5_fk_terminal_` (`sharing_id`),
  CONSTRAINT `terminal_sessionjoin_session_id_52f46320_fk_terminal_` FOREIGN KEY (`session_id`) REFERENCES `terminal_session` (`id`),
  CONSTRAINT `terminal_sessionjoin_sharing_id_32e6c9f5_fk_terminal_` FOREIGN KEY (`sharing_id`) REFERENCES `terminal_sessionsharing` (`id`),
  CONSTRAINT `terminal_sessionjoinrecord_joiner_id_72515369_fk_users_user_id` FOREIGN KEY (`joiner_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets_ticket` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `id` char(32) NOT NULL,
  `title` varchar(256) NOT NULL,
  `type` varchar(64) NOT NULL,
  `state` varchar(16) NOT NULL,
  `status` varchar(16) NOT NULL,
  `approval_step` smallint(6) NOT NULL,
  `comment` longtext NOT NULL,
  `rel_snapshot` json NOT NULL,
  `serial_num` varchar(128) DEFAULT NULL,
  `meta` json NOT NULL,
  `org_id` varchar(36) NOT NULL,
  `applicant_id` char(32) DEFAULT NULL,
  `flow_id` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tickets_ticket_serial_num_7efc1f36_uniq` (`serial_num`),
  KEY `tickets_ticket_org_id_56b25ecf` (`org_id`),
  KEY `tickets_ticket_applicant_id_65687995_fk_users_user_id` (`applicant_id`),
  KEY `tickets_ticket_flow_id_da99d17e_fk_tickets_ticketflow_id` (`flow_id`),
  CONSTRAINT `tickets_ticket_applicant_id_65687995_fk_users_user_id` FOREIGN KEY (`applicant_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets_applyloginticket` (
  `ticket_ptr_id` char(32) NOT NULL,
  `apply_login_ip` char(39) DEFAULT NULL,
  `apply_login_city` varchar(64) DEFAULT NULL,
  `apply_login_datetime` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`ticket_ptr_id`),
  CONSTRAINT `tickets_applyloginti_ticket_ptr_id_e012c346_fk_tickets_t` FOREIGN KEY (`ticket_ptr_id`) REFERENCES `tickets_ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets_comment` (
  `created_by` varchar(128) DEFAULT NULL,
  `updated_by` varchar(128) DEFAULT NULL,
  `date_created` datetime(6) DEFAULT NULL,
  `date_updated` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `id` char(32) NOT NULL,
  `user_display` varchar(256) NOT NULL,
  `body` longtext NOT NULL,
  `type` varchar(16) NOT NULL,
  `state` varchar(16) DEFAULT NULL,
  `ticket_id` char(32) NOT NULL,
  `user_id` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tickets_comment_ticket_id_36a9497d_fk_tickets_ticket_id` (`ticket_id`),
  KEY `tickets_comment_user_id_9bf2a162_fk_users_user_id` (`user_id`),
  CONSTRAINT `tickets_comment_ticket_id_36a9497d_fk_tickets_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets_ticket` (`id`),
  CONSTRAINT `tickets_comment_user_id_9bf2a162_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings_setting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `value` longtext DEFAULT NULL,
  `category` varchar(128) NOT NULL,
  `encrypted` tinyint(1) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `comment` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

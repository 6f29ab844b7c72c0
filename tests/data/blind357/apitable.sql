-- APITable 1.10.0 (apitable/apitable) — Airtable-like no-code database: users, spaces (workspaces), members,
-- teams, roles and tags, invitations and join requests, nodes (datasheets, folders), node permissions and sharing,
-- datasheet records, record comments and subscriptions, changesets, notifications, API keys and API usage log.
-- Upstream: github.com/apitable/apitable, commit 69aeb706db5f58d6147ef43edab21b1468803fd2 (AGPL-3.0).
-- Source: init-db/src/main/resources/db/changelog/db.changelog-master.xml and every Liquibase changeset it includes
-- (MySQL DDL), replayed in order into a scratch MariaDB 10.11 database with table.prefix = apitable_ (upstream's
-- Dockerfile default), then dumped with mysqldump --no-data. Columns, order, types, defaults, comments, primary and
-- unique keys are upstream's as MariaDB reports them; MariaDB's longtext ... CHECK (json_valid(...)) written back as
-- json. Non-unique indexes kept as dumped. Upstream declares no foreign keys. 47 of the 93 tables kept (see apitable.md).

CREATE TABLE `apitable_user` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `uuid` varchar(32) DEFAULT NULL COMMENT 'User ID',
  `nick_name` varchar(50) DEFAULT NULL COMMENT 'Nick Name',
  `code` varchar(50) DEFAULT NULL COMMENT 'code',
  `mobile_phone` varchar(50) DEFAULT NULL COMMENT 'Phone Number',
  `email` varchar(100) DEFAULT NULL COMMENT 'Email',
  `password` varchar(255) DEFAULT NULL COMMENT 'Password',
  `avatar` varchar(255) DEFAULT NULL COMMENT 'Avatar',
  `color` int(10) DEFAULT NULL COMMENT 'default avatar color number',
  `gender` varchar(1) DEFAULT '1' COMMENT 'Gender',
  `remark` varchar(255) DEFAULT NULL COMMENT 'Remark',
  `locale` varchar(50) DEFAULT NULL COMMENT 'Language',
  `time_zone` varchar(50) DEFAULT NULL COMMENT 'user time zone',
  `ding_open_id` varchar(255) DEFAULT NULL COMMENT 'Unique identification in open application of DingTalk',
  `ding_union_id` varchar(255) DEFAULT NULL COMMENT 'Unique identifier in the DingTalk developer enterprise',
  `last_login_time` timestamp NULL DEFAULT NULL COMMENT 'Last Login Time',
  `is_social_name_modified` tinyint(1) DEFAULT 2 COMMENT 'Whether the nickname has been modified as a third-party IM user. 0: No; 1: Yes; 2: Not an IM third-party user',
  `is_paused` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Whether to cancel the cool off period (1: Yes, 0: No)',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag (1: Yes, 0: No)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_phone` (`mobile_phone`) COMMENT 'Unique index of mobile phone number',
  UNIQUE KEY `uk_uuid` (`uuid`) USING BTREE,
  KEY `k_email` (`email`) COMMENT 'Email index'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='User Table';

CREATE TABLE `apitable_user_history` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `user_id` bigint(20) unsigned NOT NULL COMMENT 'User ID',
  `uuid` varchar(32) NOT NULL COMMENT 'User ID',
  `nick_name` varchar(50) DEFAULT NULL COMMENT 'Nick Name',
  `code` varchar(50) DEFAULT NULL COMMENT 'Area Code',
  `mobile_phone` varchar(50) DEFAULT NULL COMMENT 'Mobile Phone',
  `email` varchar(100) DEFAULT NULL COMMENT 'Email',
  `avatar` varchar(255) DEFAULT NULL COMMENT 'Avatar',
  `locale` varchar(50) DEFAULT NULL COMMENT 'Language',
  `user_status` tinyint(2) NOT NULL COMMENT 'User account status (1: Apply for account cancellation, 2: Cancel account cancellation, 3: Complete account cancellation)',
  `created_by` bigint(20) unsigned NOT NULL COMMENT 'Creator',
  `updated_by` bigint(20) unsigned NOT NULL COMMENT 'Updater',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `k_user_id` (`user_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='User History Table';

CREATE TABLE `apitable_user_bind` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `user_id` bigint(20) NOT NULL COMMENT 'User ID',
  `external_key` varchar(100) NOT NULL COMMENT 'External ID',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `k_user_id` (`user_id`) USING BTREE,
  KEY `k_external_key` (`external_key`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='User Bind Tabl';

CREATE TABLE `apitable_user_link` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `user_id` bigint(20) DEFAULT NULL COMMENT 'User ID(link#xxxx_user#id)',
  `open_id` varchar(255) DEFAULT NULL COMMENT 'Unique identification within open applications',
  `union_id` varchar(255) DEFAULT NULL COMMENT 'Unique ID in the developer enterprise',
  `nick_name` varchar(50) DEFAULT NULL COMMENT 'Third party Nick Name',
  `type` tinyint(2) unsigned DEFAULT 1 COMMENT 'Third party type (0: DingTalk; 1: WeChat; 2: QQ; 3: flying book)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `fk_user_id` (`user_id`) USING BTREE,
  KEY `idx_open_id` (`open_id`,`type`) USING BTREE COMMENT 'openId index',
  KEY `k_union_id` (`union_id`) COMMENT 'Unique ID Index'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Basic - User Third Party Platform Association Table';

CREATE TABLE `apitable_developer` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `user_id` bigint(20) unsigned NOT NULL COMMENT 'User ID',
  `api_key` varchar(64) NOT NULL COMMENT 'Unique token of developer platform',
  `created_by` bigint(20) unsigned NOT NULL COMMENT 'Creator',
  `updated_by` bigint(20) unsigned NOT NULL COMMENT 'Last Updated By',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_user` (`user_id`),
  UNIQUE KEY `uk_api_key` (`api_key`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Open Platform - Developer Configuration Table';

CREATE TABLE `apitable_space` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary key',
  `space_id` varchar(50) NOT NULL COMMENT 'Space unique identifier character',
  `name` varchar(255) NOT NULL COMMENT 'Space Name',
  `logo` varchar(255) DEFAULT NULL COMMENT 'Space Icon',
  `level` bigint(2) DEFAULT NULL COMMENT 'Space Level',
  `props` json NOT NULL DEFAULT '{}' COMMENT 'Option properties',
  `pre_deletion_time` timestamp NULL DEFAULT NULL COMMENT 'Pre Delete Time',
  `is_invite` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Whether all members can invite members(0:No,1:Yes)',
  `is_forbid` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Do you want to prohibit all employees from export table(0:No,1:Yes)',
  `allow_apply` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Allow others to apply to join the space station (0: No, 1: Yes)',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete tag(0:No,1:Yes)',
  `owner` bigint(20) DEFAULT NULL COMMENT 'Owner',
  `creator` bigint(20) DEFAULT NULL COMMENT 'Creator',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Create User',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update User',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_space_id` (`space_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workspace Table';

CREATE TABLE `apitable_unit` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `unit_id` varchar(64) DEFAULT '' COMMENT 'unit show id',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `unit_type` tinyint(2) unsigned NOT NULL COMMENT 'Type (1: Department, 2: Label, 3: Member)',
  `unit_ref_id` bigint(20) NOT NULL COMMENT 'Organization Unit Association ID',
  `is_deleted` tinyint(1) unsigned DEFAULT 0 COMMENT 'Delete Tag (0: No, 1: Yes)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_unit_ref_id` (`unit_ref_id`) USING BTREE COMMENT 'Unique ID of organization unit association',
  KEY `k_space_id` (`space_id`) COMMENT 'Space ID Index',
  KEY `idx_unit_id` (`unit_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC COMMENT='Organization Structure - Organization Unit Table';

CREATE TABLE `apitable_unit_member` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `user_id` bigint(20) DEFAULT NULL COMMENT 'User ID(link#xxxx_user#id)',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `member_name` varchar(255) DEFAULT NULL COMMENT 'Member Name',
  `job_number` varchar(60) DEFAULT NULL COMMENT 'Job Number',
  `position` varchar(255) DEFAULT NULL COMMENT 'Position',
  `mobile` varchar(20) DEFAULT NULL COMMENT 'Phone Number',
  `email` varchar(100) DEFAULT NULL COMMENT 'Email',
  `open_id` varchar(255) DEFAULT NULL COMMENT 'Third party platform user ID',
  `status` tinyint(2) unsigned DEFAULT 0 COMMENT 'The user space status (0: inactive; 1: active; 2: pre delete; 3: logout cool down period pre delete)',
  `name_modified` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Tag indicate whether the member name has been modified (0: No, 1: Yes)',
  `is_social_name_modified` tinyint(1) DEFAULT 2 COMMENT 'Whether the nickname has been modified as a third-party IM user. 0: No; 1: Yes; 2: Not an IM third-party user',
  `is_point` tinyint(1) unsigned DEFAULT 0 COMMENT 'Whether there are small red dots (0: No, 1: Yes)',
  `is_active` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Activate or not (0: No, 1: Yes)',
  `is_admin` tinyint(1) unsigned DEFAULT 0 COMMENT 'Administrator or not (0: No, 1: Yes)',
  `is_deleted` tinyint(1) unsigned DEFAULT 0 COMMENT 'Delete Tag (0: No, 1: Yes)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `k_space_id` (`space_id`) COMMENT 'Space ID Index',
  KEY `idx_user_id` (`user_id`) USING BTREE COMMENT 'User ID Index',
  KEY `k_open_id` (`open_id`) USING BTREE COMMENT 'Third party platform identification index',
  KEY `idx_mobile` (`mobile`) USING BTREE COMMENT 'Mobile number index',
  KEY `idx_email` (`email`) USING BTREE COMMENT 'Email index'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC COMMENT='Organizational Structure - Member Table';

CREATE TABLE `apitable_unit_team` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `parent_id` bigint(20) unsigned NOT NULL DEFAULT 0 COMMENT 'Parent ID, 0 if it is root department',
  `team_name` varchar(100) NOT NULL COMMENT 'Department Name',
  `team_level` int(5) unsigned DEFAULT 1 COMMENT 'Level, starting from 1 by default',
  `sequence` int(11) unsigned DEFAULT 1 COMMENT 'Sort (sibling starts from 1 by default)',
  `is_deleted` tinyint(1) unsigned DEFAULT 0 COMMENT 'Delete Tag (0: No, 1: Yes)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `k_space_id` (`space_id`) COMMENT 'Space ID Index',
  KEY `k_parent_id` (`parent_id`) COMMENT 'Parent ID Index'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC COMMENT='Organizational Structure - Department Table';

CREATE TABLE `apitable_unit_team_member_rel` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `team_id` bigint(20) NOT NULL COMMENT 'Department ID',
  `member_id` bigint(20) NOT NULL COMMENT 'Member ID',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `team_id_key` (`team_id`) USING BTREE,
  KEY `member_id_key` (`member_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC COMMENT='Organization Structure - Department Member Association Table';

CREATE TABLE `apitable_unit_role` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `role_name` varchar(100) NOT NULL COMMENT 'Role Name',
  `position` int(10) unsigned NOT NULL DEFAULT 2000 COMMENT 'Role sorting position (the default is 2000. For new roles, this value is the maximum space position multiplied by 2)',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag(0: No, 1: Yes)',
  `create_by` bigint(20) NOT NULL COMMENT 'Creator',
  `update_by` bigint(20) DEFAULT NULL COMMENT 'Updater',
  `create_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `update_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `k_space_id` (`space_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Unit Role Table';

CREATE TABLE `apitable_unit_role_member` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `role_id` bigint(20) NOT NULL COMMENT 'Role ID(link#xxxx_unit_role#id)',
  `unit_ref_id` bigint(20) NOT NULL COMMENT 'Member/Department ID(link#xxxx_unit_team#id | #xxxx_unit_member#id)',
  `unit_type` tinyint(1) unsigned NOT NULL COMMENT '1: Department；3: Member',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `k_role_id` (`role_id`) USING BTREE,
  KEY `k_unit_ref_id` (`unit_ref_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Unit Role Member Table';

CREATE TABLE `apitable_unit_tag` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `group_id` bigint(20) DEFAULT NULL COMMENT 'Tag Group ID(link#xxxx_org_tag_group#id)',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `tag_name` varchar(100) NOT NULL COMMENT 'Tag Name',
  `sequence` int(11) unsigned DEFAULT 1 COMMENT 'Sort in space (default starts from 1)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC COMMENT='Organization Structure - Tag Table';

CREATE TABLE `apitable_unit_tag_member_rel` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `tag_id` bigint(20) NOT NULL COMMENT 'Tag ID(link#xxxx_org_tag#id)',
  `member_id` bigint(20) NOT NULL COMMENT 'Member ID(link#xxxx_org_member#id)',
  `creator` bigint(20) DEFAULT NULL COMMENT 'Creator(link#xxxx_user#id)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `tag_id` (`tag_id`) USING BTREE,
  KEY `member_id` (`member_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC COMMENT='Organization Structure - Tag Member Association Table';

CREATE TABLE `apitable_space_role` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary key',
  `role_code` varchar(50) NOT NULL COMMENT 'Code',
  `role_name` varchar(50) NOT NULL COMMENT 'Name',
  `role_desc` varchar(255) DEFAULT NULL COMMENT 'Description',
  `is_enabled` tinyint(1) unsigned NOT NULL DEFAULT 1 COMMENT 'State(0:Disable,1:Enable)',
  `creator` bigint(20) DEFAULT NULL COMMENT 'Creator ID',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_role_code` (`role_code`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Role Table';

CREATE TABLE `apitable_space_member_role_rel` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary key',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID',
  `member_id` bigint(20) unsigned NOT NULL COMMENT 'Member ID',
  `role_code` varchar(50) NOT NULL COMMENT 'Role Code',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `k_member_id` (`member_id`) USING BTREE,
  KEY `k_role_code` (`role_code`) USING BTREE,
  KEY `k_space_id` (`space_id`) COMMENT 'Space ID Index'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Role Permission Association Table';

CREATE TABLE `apitable_space_resource` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary key',
  `group_code` varchar(255) DEFAULT NULL COMMENT 'Group Code',
  `resource_code` varchar(255) NOT NULL COMMENT 'Resource Code',
  `resource_name` varchar(20) NOT NULL COMMENT 'Resource Name',
  `resource_url` varchar(50) DEFAULT NULL COMMENT 'Resource URL',
  `resource_desc` varchar(255) NOT NULL COMMENT 'Describe',
  `assignable` tinyint(1) unsigned DEFAULT 1 COMMENT 'Is it assignable(0:No,1:Yes)',
  `is_enabled` tinyint(1) unsigned NOT NULL DEFAULT 1 COMMENT 'State(0:Disable,1:Enable)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_resource_code` (`resource_code`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Permission Resource Table';

CREATE TABLE `apitable_space_invite_link` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `team_id` bigint(20) NOT NULL COMMENT 'Department ID(link#xxxx_unit_team#id)',
  `creator` bigint(20) NOT NULL COMMENT 'Creator Member ID(link#xxxx_unit_member#id)',
  `invite_token` varchar(255) NOT NULL COMMENT 'Invitation token code',
  `invite_num` int(10) unsigned DEFAULT 0 COMMENT 'Number of successful invitees',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag(0:No, 1:Yes)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `invite_token` (`invite_token`) USING BTREE COMMENT 'Uniqueness Token',
  UNIQUE KEY `uk_team_creator_id` (`team_id`,`creator`) USING BTREE,
  KEY `idx_space_id` (`space_id`) USING BTREE,
  KEY `idx_creator` (`creator`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Invitation Link Table';

CREATE TABLE `apitable_space_invite_record` (
  `id` bigint(20) NOT NULL COMMENT 'Primary key',
  `invite_member_id` bigint(20) DEFAULT NULL COMMENT 'Inviter Member ID',
  `invite_space_id` varchar(255) DEFAULT NULL COMMENT 'Invitation Space ID',
  `invite_space_name` varchar(255) DEFAULT NULL COMMENT 'Invite Space Name',
  `invite_email` varchar(255) DEFAULT NULL COMMENT 'Invite Email',
  `invite_token` varchar(255) DEFAULT NULL COMMENT 'Unique token ID of invitation link',
  `invite_url` varchar(255) DEFAULT NULL COMMENT 'Invite Link',
  `send_status` tinyint(1) unsigned DEFAULT 0 COMMENT 'Mail send status(0:Fail,1:Success)',
  `status_desc` varchar(255) DEFAULT NULL COMMENT 'Status Description',
  `is_expired` tinyint(1) unsigned DEFAULT 0 COMMENT 'Is it invalid(0:No,1:Yes)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `invite_token` (`invite_token`) COMMENT 'Uniqueness token',
  KEY `idx_space_id` (`invite_space_id`) USING BTREE,
  KEY `idx_email` (`invite_email`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Invitation Record Table';

CREATE TABLE `apitable_invitation` (
  `id` bigint(20) NOT NULL COMMENT 'primary key',
  `space_id` varchar(50) NOT NULL COMMENT 'space id',
  `team_id` bigint(20) NOT NULL COMMENT 'team id',
  `node_id` varchar(50) NOT NULL DEFAULT '' COMMENT 'node id',
  `creator` bigint(20) NOT NULL COMMENT 'the creator member id',
  `invite_token` varchar(255) NOT NULL COMMENT 'invite token',
  `invite_num` int(11) unsigned DEFAULT 0 COMMENT 'number of successful invitees',
  `status` tinyint(2) unsigned DEFAULT 1 COMMENT 'link status(0:inactivated, 1:activation)',
  `is_deleted` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'delete marker(0:false,1:true)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'creation time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'update time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `idx_invite_token` (`invite_token`) USING BTREE COMMENT 'unique token',
  KEY `idx_creator` (`creator`) USING BTREE,
  KEY `idx_space_node_id` (`space_id`,`node_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='workbench-invitation table';

CREATE TABLE `apitable_audit_invite_record` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `space_id` varchar(50) NOT NULL COMMENT '[Redundancy]Space ID(link#xxxx_space#space_id)',
  `inviter` bigint(20) NOT NULL COMMENT 'Inviter Member ID(link#xxxx_unit_member#id)',
  `accepter` bigint(20) NOT NULL COMMENT 'Invitee Member ID(link#xxxx_unit_member#id)',
  `type` tinyint(2) unsigned NOT NULL DEFAULT 0 COMMENT 'Invited Type (0: Email Invitation; 1: File Import; 2: Link Invitation)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Invitation Record Audit Table';

CREATE TABLE `apitable_space_apply` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `status` tinyint(2) unsigned DEFAULT 0 COMMENT 'Status (0: To be approved; 1: Agree; 2: Reject; 3: Invalid)',
  `failure_reason` tinyint(2) unsigned DEFAULT NULL COMMENT 'Failure reason (0: mailbox invitation; 1: address book import; 2: invitation link)',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Creator',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update By',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_space_id` (`space_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Work Space - Space Apply Table';

CREATE TABLE `apitable_node` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary key',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `unit_id` bigint(20) DEFAULT 0 COMMENT 'unit primary Key',
  `parent_id` varchar(50) NOT NULL DEFAULT '0' COMMENT 'Parent Node Id',
  `pre_node_id` varchar(255) DEFAULT NULL COMMENT 'ID of the previous node under the same level',
  `node_id` varchar(50) NOT NULL COMMENT 'Custom Node ID',
  `node_name` varchar(255) DEFAULT NULL COMMENT 'Node Name',
  `icon` varchar(100) DEFAULT NULL COMMENT 'Node Icon',
  `type` tinyint(2) unsigned NOT NULL COMMENT 'Type (0:Root node,1:Folder,2:Datasheet)',
  `cover` varchar(255) DEFAULT NULL COMMENT 'Cover Draw TOKEN',
  `is_template` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Is Template (0: No, 1: Yes)',
  `extra` json DEFAULT NULL COMMENT 'Other information',
  `creator` bigint(20) DEFAULT NULL COMMENT 'Creator',
  `deleted_path` varchar(255) DEFAULT NULL COMMENT 'deleted path',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete tag(0:No,1:Yes)',
  `is_rubbish` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Recycle Bin Tag (0: No, 1: Yes)',
  `is_banned` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Banned or not (0: No, 1: Yes)',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Creator',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update By',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_node_id` (`node_id`) USING BTREE COMMENT 'Node unique code',
  KEY `IX_Parent_id` (`parent_id`),
  KEY `IX_Pre_node_id` (`pre_node_id`),
  KEY `idx_space_id` (`space_id`) USING BTREE,
  KEY `idx_unit_id` (`unit_id`) USING BTREE COMMENT 'unit id index'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench -  Node Table';

CREATE TABLE `apitable_node_permission` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary key',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID',
  `node_id` varchar(50) NOT NULL COMMENT 'Node ID',
  `unit_id` bigint(20) unsigned NOT NULL COMMENT 'Org Unit ID',
  `role_code` varchar(50) NOT NULL COMMENT 'Node Role Code',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_node_unit_role` (`node_id`,`unit_id`,`role_code`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Node Role Permission Setting Table';

CREATE TABLE `apitable_node_favorite` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `space_id` varchar(50) NOT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `member_id` bigint(20) NOT NULL COMMENT 'Member ID(link#xxxx_unit_member#id)',
  `pre_node_id` varchar(50) DEFAULT NULL COMMENT 'Predecessor Node ID',
  `node_id` varchar(50) NOT NULL COMMENT 'Custom Node ID',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_member_node_id` (`member_id`,`node_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Node Favorite Table';

CREATE TABLE `apitable_node_visit_record` (
  `id` bigint(20) NOT NULL,
  `space_id` varchar(50) NOT NULL,
  `member_id` bigint(20) NOT NULL,
  `node_type` tinyint(3) unsigned NOT NULL,
  `node_ids` longtext NOT NULL,
  `is_deleted` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_space_id` (`space_id`) USING BTREE,
  KEY `idx_member_id` (`member_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Node Visit Record';

CREATE TABLE `apitable_node_share_setting` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `node_id` varchar(50) NOT NULL COMMENT 'Node ID',
  `view_id` varchar(50) DEFAULT NULL COMMENT 'Share View ID',
  `share_id` varchar(64) DEFAULT NULL COMMENT 'Share unique ID',
  `is_enabled` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Shareable status (0: off, 1: on)',
  `allow_save` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Allow others to transfer (0: No, 1: Yes)',
  `allow_edit` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Allow others to edit (0: No, 1: Yes)',
  `props` json DEFAULT NULL COMMENT 'Share Option Properties',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Creator',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update By',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_node_view_id` (`node_id`,`view_id`) USING BTREE,
  KEY `idx_share_id` (`share_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench Node Share Setting Table';

CREATE TABLE `apitable_node_share_operate` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `node_id` varchar(50) NOT NULL COMMENT 'Share Node ID',
  `operate_event` tinyint(2) unsigned NOT NULL COMMENT 'Operation event type (0: open share, 1: close share, 2: open transfer, 3: close transfer, 4: refresh link)',
  `operator` bigint(20) NOT NULL COMMENT 'Operator',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Node Share Setting Operation Record Table';

CREATE TABLE `apitable_datasheet` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary key',
  `dst_id` varchar(50) DEFAULT NULL COMMENT 'Custom ID',
  `node_id` varchar(50) DEFAULT NULL COMMENT 'Datasheet Node Id(link#xxxx_node#node_id)',
  `dst_name` varchar(255) DEFAULT NULL COMMENT 'Name',
  `space_id` varchar(50) DEFAULT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `creator` bigint(20) DEFAULT NULL COMMENT 'Creator',
  `revision` bigint(20) unsigned DEFAULT 0 COMMENT 'Version No',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete tag(0:No,1:Yes)',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Create User',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update User',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_dst_id` (`dst_id`) USING BTREE,
  KEY `IX_Space_Id` (`space_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Data Table';

CREATE TABLE `apitable_datasheet_meta` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary key',
  `dst_id` varchar(50) DEFAULT NULL COMMENT 'Number table custom ID(link#xxxx_datasheet#dst_id)',
  `meta_data` json DEFAULT NULL COMMENT 'Metadata',
  `revision` bigint(20) unsigned NOT NULL DEFAULT 0 COMMENT 'Version No',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete tag(0:No,1:Yes)',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Create User',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update User',
  `create_time` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create time',
  `update_time` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update time',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `IX_Dst_id` (`dst_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Data Table Metadata Table';

CREATE TABLE `apitable_datasheet_record` (
  `id` bigint(20) NOT NULL COMMENT 'Primary key',
  `record_id` varchar(50) DEFAULT NULL COMMENT 'Operation ID',
  `dst_id` varchar(50) DEFAULT NULL COMMENT 'Datasheet ID(link#xxxx_datasheet#dst_id)',
  `data` json DEFAULT NULL COMMENT 'Data recorded in one row (corresponding to each field)',
  `revision_history` varchar(5000) DEFAULT '0' COMMENT 'The historical version number sorted is the revision of the original operation, and the array subscript is the revision of the current record',
  `revision` bigint(20) unsigned DEFAULT 0 COMMENT 'Version No',
  `field_updated_info` json DEFAULT NULL COMMENT 'Field Update Information',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete tag(0:No,1:Yes)',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Create User',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update User',
  `create_time` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create time',
  `update_time` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update time',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_dsId_recordId` (`dst_id`,`record_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Datasheet Record Table';

CREATE TABLE `apitable_datasheet_record_comment` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `dst_id` varchar(50) NOT NULL COMMENT 'Datasheet ID',
  `record_id` varchar(50) NOT NULL COMMENT 'Record ID',
  `comment_id` varchar(50) NOT NULL COMMENT 'chengeset generated comment_id',
  `comment_msg` json NOT NULL COMMENT 'Comment rich text content',
  `revision` bigint(20) unsigned DEFAULT 0 COMMENT 'Record version number',
  `is_deleted` tinyint(1) unsigned DEFAULT 0 COMMENT 'Delete tag (0: No, 1: Yes)',
  `unit_id` bigint(20) DEFAULT NULL COMMENT 'Operation User Unit ID(link#xxxx_unit#id)',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Creator',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update By',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_dst_id` (`dst_id`) USING BTREE,
  KEY `idx_record_id` (`record_id`) USING BTREE,
  KEY `idx_comment_id` (`comment_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Datasheet Record Comment Table';

CREATE TABLE `apitable_datasheet_record_subscription` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `dst_id` varchar(50) DEFAULT NULL COMMENT 'datasheet id',
  `mirror_id` varchar(50) DEFAULT NULL COMMENT 'Mirror node ID',
  `record_id` varchar(50) DEFAULT NULL COMMENT 'Data Record ID(link#xxxx_datasheet_record#record_id)',
  `is_deleted` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag(0: No, 1: Yes)',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Creator (subscriber)',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update By',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_dst_id_created_by` (`dst_id`,`created_by`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Datasheet Record Subscription Table';

CREATE TABLE `apitable_datasheet_changeset` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary key',
  `message_id` varchar(255) DEFAULT NULL COMMENT 'The unique ID of the changeset request, which is used to ensure the uniqueness of the changeset',
  `dst_id` varchar(50) DEFAULT NULL COMMENT 'Datasheet ID',
  `member_id` bigint(20) DEFAULT NULL COMMENT 'Action member ID(link#xxxx_organization_member#id)',
  `operations` longtext DEFAULT NULL COMMENT 'Collection of operation actions',
  `revision` bigint(20) unsigned DEFAULT 0 COMMENT 'Version No',
  `is_deleted` tinyint(1) unsigned DEFAULT 0 COMMENT '1:Delete，0:Not Deleted',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Create User',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update User',
  `create_time` timestamp NULL DEFAULT current_timestamp() COMMENT 'Creation time',
  `update_time` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update time',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_dst_message_id` (`dst_id`,`message_id`) USING BTREE,
  UNIQUE KEY `uk_dst_revision` (`dst_id`,`revision`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Data Table Operation Changeset Collection Table';

CREATE TABLE `apitable_player_notification` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `space_id` varchar(32) DEFAULT NULL COMMENT 'Space ID',
  `from_user` bigint(20) NOT NULL DEFAULT 0 COMMENT 'Send user,this is system user if 0',
  `to_user` bigint(20) NOT NULL COMMENT 'Receive User',
  `node_id` varchar(32) DEFAULT NULL COMMENT 'Node ID(Redundant Field)',
  `template_id` varchar(50) NOT NULL COMMENT 'Notification Template ID',
  `notify_type` varchar(10) NOT NULL DEFAULT '0' COMMENT 'Notification Type',
  `notify_body` json DEFAULT NULL COMMENT 'Notification Message Body',
  `is_read` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Read or not (0: No, 1: Yes)',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag (0: No, 1: Yes)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_user_type` (`to_user`,`notify_type`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Notification Center - Notification Record Table';

CREATE TABLE `apitable_player_activity` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `user_id` bigint(20) NOT NULL COMMENT 'User ID(link#xxxx_user#id)',
  `actions` json DEFAULT NULL COMMENT 'Action Set',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `idx_user_id` (`user_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Player System - Activity Table';

CREATE TABLE `apitable_api_usage` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `user_id` bigint(20) unsigned NOT NULL COMMENT 'User ID',
  `space_id` varchar(50) NOT NULL DEFAULT '' COMMENT 'Space ID(link#xxxx_space#space_id)',
  `dst_id` varchar(50) DEFAULT NULL COMMENT 'Datasheet ID(link#xxxx_datasheet#dst_id)',
  `req_path` varchar(100) NOT NULL COMMENT 'API path, data behind the domain name, excluding query data',
  `req_method` tinyint(2) unsigned NOT NULL DEFAULT 1 COMMENT 'API request mode 1 get 2 post 3 patch 4 put',
  `api_version` varchar(10) NOT NULL COMMENT 'Api version',
  `req_ip` varchar(20) NOT NULL COMMENT 'Client IP',
  `req_detail` json NOT NULL COMMENT 'api call details, including ua, refer, etc',
  `res_detail` json NOT NULL COMMENT 'API call returns information, including code, message, etc',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_user_id` (`user_id`),
  KEY `idx_dst_id` (`dst_id`),
  KEY `idx_space_id` (`space_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Open Platform - Api Usage Table';

CREATE TABLE `apitable_api_statistics_daily` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `space_id` varchar(50) NOT NULL DEFAULT '' COMMENT 'Space ID(link#xxxx_space#space_id)',
  `statistics_time` varchar(10) NOT NULL DEFAULT '' COMMENT 'statistic time',
  `total_count` bigint(20) unsigned NOT NULL DEFAULT 0 COMMENT 'Total calls',
  `success_count` bigint(20) unsigned NOT NULL DEFAULT 0 COMMENT 'Number of successful requests',
  `failure_count` bigint(20) unsigned NOT NULL DEFAULT 0 COMMENT 'Number of request failures',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_space_id` (`space_id`) USING BTREE,
  KEY `idx_time` (`statistics_time` DESC) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Open Platform - Api Statistic Daily Table';

CREATE TABLE `apitable_asset` (
  `id` bigint(20) NOT NULL COMMENT 'Primary key',
  `checksum` varchar(255) DEFAULT NULL COMMENT 'Hash and MD5 summary of the whole file',
  `head_sum` varchar(255) DEFAULT NULL COMMENT 'Base64 of the first 32 bytes of the resource file',
  `bucket` varchar(50) DEFAULT NULL COMMENT 'Bucket Tag',
  `bucket_name` varchar(50) DEFAULT '' COMMENT 'Bucket name',
  `file_size` int(11) NOT NULL COMMENT 'File size (unit: byte)',
  `file_url` varchar(255) NOT NULL COMMENT 'Cloud file storage path',
  `mime_type` varchar(255) DEFAULT NULL COMMENT 'MimeType',
  `extension_name` varchar(255) NOT NULL COMMENT 'File extension',
  `preview` varchar(255) DEFAULT NULL COMMENT 'Preview Token',
  `is_template` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Is it a template attachment(0:No,1:Yes)',
  `height` int(11) DEFAULT NULL COMMENT 'Image Height',
  `width` int(11) DEFAULT NULL COMMENT 'Image Width',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete tag(0:No,1:Yes)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_checksum` (`checksum`) USING BTREE,
  KEY `k_file_url` (`file_url`(20)) COMMENT 'Attachment url index'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC COMMENT='Resource Table';

CREATE TABLE `apitable_space_asset` (
  `id` bigint(20) NOT NULL COMMENT 'Primary key',
  `space_id` varchar(50) DEFAULT NULL COMMENT 'Space ID(link#xxxx_space#space_id)',
  `node_id` varchar(50) DEFAULT NULL COMMENT 'Datasheet Node Id(link#xxxx_node#node_id)',
  `asset_id` bigint(20) DEFAULT NULL COMMENT 'Resource ID(link#xxxx_asset#id)',
  `asset_checksum` varchar(255) DEFAULT NULL COMMENT '[Redundancy]md5 Abstract',
  `cite` int(10) DEFAULT 1 COMMENT 'Number of references',
  `type` tinyint(2) unsigned NOT NULL COMMENT 'Type (0: user profile 1: space logo2: data table Annex 3: thumbnail 4: node description)',
  `source_name` varchar(255) NOT NULL COMMENT 'Source file name, the file name of this upload',
  `file_size` int(11) NOT NULL COMMENT '[Redundancy]File Size(Unit: byte)',
  `is_template` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT '[Redundant] Whether it is a template attachment (0: No, 1: Yes)',
  `height` int(11) DEFAULT NULL COMMENT 'Image Height',
  `width` int(11) DEFAULT NULL COMMENT 'Image Width',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag(0:No,1:Yes)',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_node_asset_id` (`node_id`,`asset_id`) USING BTREE,
  KEY `idx_space_id` (`space_id`) USING BTREE,
  KEY `idx_digest` (`asset_checksum`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Attachment Table';

CREATE TABLE `apitable_automation_robot` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `resource_id` varchar(50) NOT NULL COMMENT 'Resource ID(link#xxxx_node#node_id)',
  `robot_id` varchar(50) NOT NULL COMMENT 'Custom Robot ID',
  `name` varchar(255) DEFAULT NULL COMMENT 'Name',
  `description` varchar(255) DEFAULT NULL COMMENT 'Description',
  `props` json DEFAULT NULL COMMENT 'Option Properties',
  `version` varchar(50) DEFAULT NULL COMMENT 'Version',
  `is_active` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Is it active',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag(0: No, 1: Yes)',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Creator',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update By',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  `seq_id` varchar(64) DEFAULT NULL COMMENT 'Request source request number',
  `x_service_token` varchar(128) DEFAULT NULL COMMENT 'Service Provider Certification Token',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_robot_id` (`robot_id`) USING BTREE COMMENT 'Robot unique code',
  UNIQUE KEY `uk_seq_resource_id` (`seq_id`,`resource_id`) USING BTREE COMMENT 'Unique number of single table robot creation request',
  KEY `idx_resource_id` (`resource_id`) COMMENT 'Resource ID Index'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Automation - Robot Table';

CREATE TABLE `apitable_automation_run_history` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `task_id` varchar(50) NOT NULL COMMENT 'Custom Run Task ID',
  `robot_id` varchar(50) NOT NULL COMMENT 'Robot ID',
  `space_id` varchar(50) NOT NULL COMMENT '[Redundancy]ID of the space to which the current task robot belongs',
  `status` tinyint(2) unsigned DEFAULT 0 COMMENT 'Running status (0: Running, 1: Success, 2: Failure)',
  `data` json DEFAULT NULL COMMENT 'Run Context Details',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_task_id` (`task_id`) USING BTREE COMMENT 'Unique code of running task',
  KEY `idx_robot_id` (`robot_id`) USING BTREE,
  KEY `uk_space_id_created_at` (`space_id`,`created_at`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Automation - Robot Run History Table';

CREATE TABLE `apitable_widget_package` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `package_id` varchar(50) NOT NULL COMMENT 'Widget ID',
  `i18n_name` json DEFAULT NULL COMMENT 'Internationalized widget name',
  `i18n_description` json DEFAULT NULL COMMENT 'Internationalization Widget Description',
  `icon` varchar(255) DEFAULT NULL COMMENT 'Icon',
  `cover` varchar(255) DEFAULT NULL COMMENT 'Cover draw TOKEN',
  `status` tinyint(2) unsigned NOT NULL DEFAULT 0 COMMENT 'Status (0: under development, 1: banned, 2: to be published, 3: published, 4: off the shelf - global temporarily closed) 3, 4',
  `installed_num` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Number of installations',
  `name` varchar(255) DEFAULT NULL COMMENT 'Name - 【Discard Delete】',
  `name_en` varchar(255) DEFAULT NULL COMMENT 'English name - 【Discard Delete】',
  `version` varchar(30) DEFAULT NULL COMMENT 'Version - 【Discard Delete】',
  `description` text DEFAULT NULL COMMENT 'Description - 【Discard Delete】',
  `author_name` varchar(50) DEFAULT NULL COMMENT 'Author Name',
  `author_email` varchar(100) DEFAULT NULL COMMENT 'Author email',
  `author_icon` varchar(255) DEFAULT NULL COMMENT 'Author icon TOKEN',
  `author_link` varchar(255) DEFAULT NULL COMMENT 'Author website address',
  `package_type` tinyint(2) NOT NULL COMMENT 'Widget package type (0: third party, 1: official)',
  `release_type` tinyint(2) NOT NULL COMMENT '0: Publish to the component store in the space station, 1: Publish to the global application store (only allowed if the package_type is 0)',
  `widget_body` json DEFAULT NULL COMMENT 'Widget package extension information',
  `sandbox` tinyint(1) DEFAULT NULL COMMENT 'Whether the sandbox runs (0: No, 1: Yes)',
  `release_id` bigint(20) DEFAULT NULL COMMENT 'The release version ID, the currently active version, can be empty. When it is empty, it is only displayed to Creator in the build store',
  `is_template` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Is template (0: No, 1: Yes)',
  `is_enabled` tinyint(1) unsigned NOT NULL DEFAULT 1 COMMENT 'Enable or not, only for global widgets (0: not enabled, 1: enabled)',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag(0: No, 1: Yes)',
  `owner` bigint(20) DEFAULT NULL COMMENT 'Owner Id(link#xxxx_user#id)',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Creator',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update By',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  `install_env_code` varchar(255) DEFAULT NULL COMMENT 'Installation environment code',
  `runtime_env_code` varchar(255) DEFAULT NULL COMMENT 'Operate environment code',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_package_id` (`package_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Workbench - Widget Package Table';

CREATE TABLE `apitable_labs_applicant` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `applicant_type` tinyint(2) unsigned NOT NULL COMMENT 'Applicant Type(0:user_feature, 1:space_feature)',
  `applicant` varchar(100) NOT NULL COMMENT 'Applicant Id, which can be space Id or user Id',
  `feature_key` varchar(255) NOT NULL COMMENT 'Feature Key',
  `is_deleted` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag(0: No, 1: Yes)',
  `created_by` bigint(20) NOT NULL COMMENT 'Application Creator',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Labs Applicant Table';

CREATE TABLE `apitable_content_censor_report` (
  `id` bigint(20) NOT NULL COMMENT 'Primary Key',
  `user_id` bigint(20) unsigned DEFAULT NULL COMMENT 'Whistleblower user ID(link#xxxx_user#id)',
  `node_id` varchar(50) NOT NULL COMMENT 'Node ID',
  `report_reason` varchar(100) DEFAULT NULL COMMENT 'Report Reason',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Content Report Record Table';

CREATE TABLE `apitable_code` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `type` tinyint(2) unsigned NOT NULL COMMENT 'Type (0: official invitation code; 1: personal invitation code; 2: exchange code)',
  `activity_id` bigint(20) DEFAULT NULL COMMENT 'Activity ID(link#xxxx_code_activity#id)',
  `ref_id` bigint(20) DEFAULT NULL COMMENT 'Association ID(Third party member ID/User ID/Redemption template ID)',
  `code` varchar(50) NOT NULL COMMENT 'V Code',
  `available_times` int(10) DEFAULT NULL COMMENT 'Total Available',
  `remain_times` int(10) DEFAULT NULL COMMENT 'Remain Times',
  `limit_times` int(10) DEFAULT NULL COMMENT 'Limit the number of uses per person',
  `expired_at` timestamp NULL DEFAULT NULL COMMENT 'Expired Time',
  `assign_user_id` bigint(20) DEFAULT NULL COMMENT 'Assign User ID',
  `is_deleted` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag (0: No, 1: Yes)',
  `created_by` bigint(20) DEFAULT NULL COMMENT 'Creator',
  `updated_by` bigint(20) DEFAULT NULL COMMENT 'Last Update By',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uk_code` (`code`) USING BTREE COMMENT 'V Code Unique Code',
  KEY `idx_ref_id` (`ref_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='V Code System - V Code Table';

CREATE TABLE `apitable_system_config` (
  `id` bigint(20) unsigned NOT NULL COMMENT 'Primary Key',
  `type` tinyint(2) unsigned NOT NULL DEFAULT 0 COMMENT 'Type (0: boot configuration; 1: popular recommendation of template center)',
  `i18n_name` varchar(50) DEFAULT NULL COMMENT 'i18n key',
  `config_map` json NOT NULL DEFAULT '{}' COMMENT 'Configuration value',
  `is_deleted` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Delete Tag(0: No, 1: Yes)',
  `created_by` bigint(20) NOT NULL COMMENT 'Creator',
  `updated_by` bigint(20) NOT NULL COMMENT 'Last Update By',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Create Time',
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='System Config Table';

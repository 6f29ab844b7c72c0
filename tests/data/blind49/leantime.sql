-- Leantime — MySQL schema of a fresh installation (all 38 tables, every column)
-- Upstream: https://github.com/Leantime/leantime  app/Domain/Install/Services/SchemaBuilder.php
--   (Laravel Schema Builder calls, written out as the MySQL DDL Laravel's MySQL grammar emits:
--    id() = bigint unsigned auto_increment primary key, string(n) = varchar(n), float() = double,
--    columns NOT NULL unless ->nullable(); index names upstream's)
-- Commit: 9a9f49f1008f4782b30f6723c54228f4f992e636  Licence: AGPL-3.0

CREATE TABLE `zp_calendar` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `userId` int NULL DEFAULT NULL,
  `dateFrom` datetime NULL DEFAULT NULL,
  `dateTo` datetime NULL DEFAULT NULL,
  `description` text NULL DEFAULT NULL,
  `kind` varchar(255) NULL DEFAULT NULL,
  `allDay` varchar(10) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_calendar_userId_dateFrom_dateTo` (`userId`, `dateFrom`, `dateTo`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_canvas` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NULL DEFAULT NULL,
  `author` int NULL DEFAULT NULL,
  `created` datetime NULL DEFAULT NULL,
  `projectId` int NULL DEFAULT NULL,
  `type` varchar(45) NULL DEFAULT NULL,
  `description` text NULL DEFAULT NULL,
  `color` varchar(50) NULL DEFAULT 'ocean',
  `modified` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ProjectIdType` (`projectId`, `type`),
  KEY `idx_canvas_type_id` (`type`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_canvas_items` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `description` text NULL DEFAULT NULL,
  `assumptions` text NULL DEFAULT NULL,
  `data` text NULL DEFAULT NULL,
  `conclusion` text NULL DEFAULT NULL,
  `why_this_matters` text NULL DEFAULT NULL,
  `starting_picture` text NULL DEFAULT NULL,
  `box` varchar(255) NULL DEFAULT NULL,
  `author` int NULL DEFAULT NULL,
  `created` datetime NULL DEFAULT NULL,
  `modified` datetime NULL DEFAULT NULL,
  `canvasId` int NULL DEFAULT NULL,
  `sortindex` int NULL DEFAULT NULL,
  `status` varchar(255) NULL DEFAULT NULL,
  `relates` varchar(255) NULL DEFAULT NULL,
  `milestoneId` varchar(255) NULL DEFAULT NULL,
  `title` varchar(255) NULL DEFAULT NULL,
  `parent` int NULL DEFAULT NULL,
  `featured` int NULL DEFAULT NULL,
  `tags` text NULL DEFAULT NULL,
  `kpi` int NULL DEFAULT NULL,
  `data1` text NULL DEFAULT NULL,
  `data2` text NULL DEFAULT NULL,
  `data3` text NULL DEFAULT NULL,
  `data4` text NULL DEFAULT NULL,
  `data5` text NULL DEFAULT NULL,
  `startDate` datetime NULL DEFAULT NULL,
  `endDate` datetime NULL DEFAULT NULL,
  `setting` text NULL DEFAULT NULL,
  `metricType` varchar(45) NULL DEFAULT NULL,
  `startValue` decimal(10,2) NULL DEFAULT NULL,
  `currentValue` decimal(10,2) NULL DEFAULT NULL,
  `endValue` decimal(10,2) NULL DEFAULT NULL,
  `impact` int NULL DEFAULT NULL,
  `effort` int NULL DEFAULT NULL,
  `probability` int NULL DEFAULT NULL,
  `action` text NULL DEFAULT NULL,
  `assignedTo` int NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `CanvasLookUp` (`canvasId`, `box`),
  KEY `idx_canvas_items_box_milestoneId` (`box`, `milestoneId`),
  KEY `idx_canvas_items_box_status_author` (`box`, `status`, `author`),
  KEY `idx_canvas_items_parent_title` (`parent`, `title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_approvals` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `module` varchar(100) NULL DEFAULT NULL,
  `entityId` int NULL DEFAULT NULL,
  `requestorId` int NULL DEFAULT NULL,
  `approverId` int NULL DEFAULT NULL,
  `approvalStatus` int NULL DEFAULT NULL,
  `requestedOn` datetime NULL DEFAULT NULL,
  `lastStatusChange` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_clients` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NULL DEFAULT NULL,
  `street` varchar(200) NULL DEFAULT NULL,
  `zip` int NULL DEFAULT NULL,
  `city` varchar(50) NULL DEFAULT NULL,
  `state` varchar(50) NULL DEFAULT NULL,
  `country` varchar(50) NULL DEFAULT NULL,
  `phone` varchar(50) NULL DEFAULT NULL,
  `internet` varchar(200) NULL DEFAULT NULL,
  `published` int NULL DEFAULT NULL,
  `age` int NULL DEFAULT NULL,
  `email` varchar(255) NULL DEFAULT NULL,
  `modified` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_comment` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `module` varchar(200) NULL DEFAULT NULL,
  `userId` int NULL DEFAULT NULL,
  `commentParent` int NULL DEFAULT NULL,
  `date` datetime NULL DEFAULT NULL,
  `moduleId` int NULL DEFAULT NULL,
  `text` text NULL DEFAULT NULL,
  `status` varchar(50) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_comment_moduleId_module_commentParent` (`moduleId`, `module`, `commentParent`),
  KEY `idx_comment_userId_module` (`userId`, `module`),
  KEY `idx_comment_moduleId_module_date` (`moduleId`, `module`, `date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_file` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `module` varchar(50) NULL DEFAULT NULL,
  `moduleId` int NULL DEFAULT NULL,
  `userId` int NULL DEFAULT NULL,
  `extension` varchar(10) NULL DEFAULT NULL,
  `encName` varchar(255) NULL DEFAULT NULL,
  `realName` varchar(255) NULL DEFAULT NULL,
  `date` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_file_module_moduleId_userId` (`module`, `moduleId`, `userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_gcallinks` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `userId` int NULL DEFAULT NULL,
  `url` text NULL DEFAULT NULL,
  `name` varchar(255) NULL DEFAULT NULL,
  `colorClass` varchar(100) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_gcallinks_userId` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_note` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `userId` int NULL DEFAULT NULL,
  `title` varchar(255) NULL DEFAULT NULL,
  `description` text NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_projects` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NULL DEFAULT NULL,
  `clientId` int NULL DEFAULT NULL,
  `details` text NULL DEFAULT NULL,
  `state` int NULL DEFAULT NULL,
  `hourBudget` varchar(255) NULL DEFAULT '',
  `dollarBudget` int NULL DEFAULT NULL,
  `active` int NULL DEFAULT NULL,
  `menuType` text NULL DEFAULT NULL,
  `psettings` text NULL DEFAULT NULL,
  `parent` int NULL DEFAULT NULL,
  `type` varchar(45) NULL DEFAULT NULL,
  `start` datetime NULL DEFAULT NULL,
  `end` datetime NULL DEFAULT NULL,
  `created` datetime NULL DEFAULT NULL,
  `modified` datetime NULL DEFAULT NULL,
  `avatar` text NULL DEFAULT NULL,
  `cover` text NULL DEFAULT NULL,
  `sortIndex` int NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_punch_clock` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `userId` int NOT NULL,
  `minutes` int NULL DEFAULT NULL,
  `hours` int NULL DEFAULT NULL,
  `punchIn` int NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_punch_clock_userId` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_read` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `module` varchar(50) NULL DEFAULT NULL,
  `moduleId` int NULL DEFAULT NULL,
  `userId` int NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_read_userId_module_moduleId` (`userId`, `module`, `moduleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_relationuserproject` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `userId` int NULL DEFAULT NULL,
  `projectId` int NULL DEFAULT NULL,
  `wage` int NULL DEFAULT NULL,
  `projectRole` varchar(20) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `zp_relationuserproject_projectId_index` (`projectId`),
  KEY `zp_relationuserproject_userId_index` (`userId`),
  KEY `idx_relationuserproject_userId_projectId` (`userId`, `projectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_tickethistory` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `userId` int NULL DEFAULT NULL,
  `ticketId` int NULL DEFAULT NULL,
  `changeType` varchar(255) NULL DEFAULT NULL,
  `changeValue` varchar(150) NULL DEFAULT NULL,
  `dateModified` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_tickethistory_ticketId` (`ticketId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_goal_history` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `itemId` int NOT NULL,
  `value` double NULL DEFAULT NULL,
  `userId` int NULL DEFAULT NULL,
  `dateRecorded` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_goal_history_item_date` (`itemId`, `dateRecorded`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_tickets` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `projectId` int NULL DEFAULT NULL,
  `headline` varchar(255) NULL DEFAULT NULL,
  `description` text NULL DEFAULT NULL,
  `acceptanceCriteria` text NULL DEFAULT NULL,
  `outcomeImpact` text NULL DEFAULT NULL,
  `date` datetime NULL DEFAULT NULL,
  `dateToFinish` datetime NULL DEFAULT NULL,
  `priority` varchar(60) NULL DEFAULT NULL,
  `status` int NULL DEFAULT NULL,
  `userId` int NULL DEFAULT NULL,
  `os` varchar(30) NULL DEFAULT NULL,
  `browser` varchar(30) NULL DEFAULT NULL,
  `resolution` varchar(30) NULL DEFAULT NULL,
  `component` varchar(100) NULL DEFAULT NULL,
  `version` varchar(20) NULL DEFAULT NULL,
  `url` varchar(100) NULL DEFAULT NULL,
  `dependingTicketId` int NULL DEFAULT NULL,
  `editFrom` datetime NULL DEFAULT NULL,
  `editTo` datetime NULL DEFAULT NULL,
  `editorId` varchar(75) NULL DEFAULT NULL,
  `planHours` double NULL DEFAULT NULL,
  `hourRemaining` double NULL DEFAULT NULL,
  `type` varchar(255) NULL DEFAULT NULL,
  `production` int NOT NULL DEFAULT 0,
  `staging` int NOT NULL DEFAULT 0,
  `storypoints` double NULL DEFAULT NULL,
  `sprint` int NULL DEFAULT NULL,
  `sortindex` bigint NULL DEFAULT NULL,
  `kanbanSortIndex` bigint NULL DEFAULT NULL,
  `tags` varchar(255) NULL DEFAULT NULL,
  `milestoneid` int NULL DEFAULT NULL,
  `leancanvasitemid` int NULL DEFAULT NULL,
  `retrospectiveid` int NULL DEFAULT NULL,
  `ideaid` int NULL DEFAULT NULL,
  `zp_ticketscol` varchar(45) NULL DEFAULT NULL,
  `modified` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ProjectUserId` (`projectId`, `userId`),
  KEY `StatusSprint` (`status`, `sprint`),
  KEY `Sorting` (`sortindex`),
  KEY `idx_tickets_editorId` (`editorId`),
  KEY `idx_tickets_milestoneid` (`milestoneid`),
  KEY `idx_tickets_editFrom` (`editFrom`),
  KEY `idx_tickets_editTo` (`editTo`),
  KEY `idx_tickets_dateToFinish` (`dateToFinish`),
  KEY `idx_tickets_modified` (`modified`),
  KEY `idx_tickets_projectId_status` (`projectId`, `status`),
  KEY `idx_tickets_projectId_type` (`projectId`, `type`),
  KEY `idx_tickets_status_type` (`status`, `type`),
  KEY `idx_tickets_dependingTicketId` (`dependingTicketId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_timesheets` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `userId` int NULL DEFAULT NULL,
  `ticketId` int NULL DEFAULT NULL,
  `workDate` datetime NULL DEFAULT NULL,
  `hours` double NULL DEFAULT NULL,
  `description` text NULL DEFAULT NULL,
  `kind` varchar(175) NULL DEFAULT NULL,
  `invoicedEmpl` int NULL DEFAULT NULL,
  `invoicedComp` int NULL DEFAULT NULL,
  `invoicedEmplDate` datetime NULL DEFAULT NULL,
  `invoicedCompDate` datetime NULL DEFAULT NULL,
  `rate` varchar(255) NULL DEFAULT NULL,
  `paid` int NULL DEFAULT NULL,
  `paidDate` datetime NULL DEFAULT NULL,
  `modified` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Unique` (`userId`, `ticketId`, `workDate`, `kind`),
  KEY `idx_timesheets_ticketId` (`ticketId`),
  KEY `idx_timesheets_userId_workDate` (`userId`, `workDate`),
  KEY `idx_timesheets_ticketId_workDate` (`ticketId`, `workDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_user` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(175) NOT NULL,
  `password` varchar(255) NULL DEFAULT '',
  `firstname` varchar(100) NULL DEFAULT '',
  `lastname` varchar(100) NULL DEFAULT '',
  `phone` varchar(25) NULL DEFAULT '',
  `profileId` varchar(100) NULL DEFAULT '',
  `lastlogin` datetime NULL DEFAULT NULL,
  `status` varchar(1) NOT NULL DEFAULT 'A',
  `expires` datetime NULL DEFAULT NULL,
  `role` varchar(200) NOT NULL,
  `session` varchar(100) NULL DEFAULT NULL,
  `sessiontime` varchar(50) NULL DEFAULT NULL,
  `wage` int NULL DEFAULT NULL,
  `hours` int NULL DEFAULT NULL,
  `weekly_hours` int NULL DEFAULT NULL,
  `employment_type` varchar(20) NULL DEFAULT NULL,
  `description` text NULL DEFAULT NULL,
  `clientId` int NULL DEFAULT NULL,
  `notifications` int NULL DEFAULT NULL,
  `pwReset` varchar(100) NULL DEFAULT NULL,
  `pwResetExpiration` datetime NULL DEFAULT NULL,
  `pwResetCount` int NULL DEFAULT NULL,
  `forcePwReset` tinyint NULL DEFAULT NULL,
  `lastpwd_change` datetime NULL DEFAULT NULL,
  `settings` text NULL DEFAULT NULL,
  `twoFAEnabled` tinyint NOT NULL DEFAULT 0,
  `twoFASecret` varchar(200) NULL DEFAULT NULL,
  `createdOn` datetime NULL DEFAULT NULL,
  `source` varchar(200) NULL DEFAULT NULL,
  `jobTitle` varchar(200) NULL DEFAULT NULL,
  `jobLevel` varchar(50) NULL DEFAULT NULL,
  `department` varchar(200) NULL DEFAULT NULL,
  `modified` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  KEY `idx_user_clientId` (`clientId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_sprints` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `projectId` int NULL DEFAULT NULL,
  `name` varchar(45) NULL DEFAULT NULL,
  `startDate` datetime NULL DEFAULT NULL,
  `endDate` datetime NULL DEFAULT NULL,
  `modified` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_sprints_projectId_startDate_endDate` (`projectId`, `startDate`, `endDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_stats` (
  `sprintId` int NULL DEFAULT NULL,
  `projectId` int NULL DEFAULT NULL,
  `date` datetime NULL DEFAULT NULL,
  `sum_todos` int NULL DEFAULT NULL,
  `sum_open_todos` int NULL DEFAULT NULL,
  `sum_progres_todos` int NULL DEFAULT NULL,
  `sum_closed_todos` int NULL DEFAULT NULL,
  `sum_planned_hours` double NULL DEFAULT NULL,
  `sum_estremaining_hours` double NULL DEFAULT NULL,
  `sum_logged_hours` double NULL DEFAULT NULL,
  `sum_points` int NULL DEFAULT NULL,
  `sum_points_done` int NULL DEFAULT NULL,
  `sum_points_progress` int NULL DEFAULT NULL,
  `sum_points_open` int NULL DEFAULT NULL,
  `sum_todos_xs` int NULL DEFAULT NULL,
  `sum_todos_s` int NULL DEFAULT NULL,
  `sum_todos_m` int NULL DEFAULT NULL,
  `sum_todos_l` int NULL DEFAULT NULL,
  `sum_todos_xl` int NULL DEFAULT NULL,
  `sum_todos_xxl` int NULL DEFAULT NULL,
  `sum_todos_none` int NULL DEFAULT NULL,
  `tickets` int NULL DEFAULT NULL,
  `daily_avg_hours_booked_todo` double NULL DEFAULT NULL,
  `daily_avg_hours_booked_point` double NULL DEFAULT NULL,
  `daily_avg_hours_planned_todo` double NULL DEFAULT NULL,
  `daily_avg_hours_planned_point` double NULL DEFAULT NULL,
  `daily_avg_hours_remaining_point` double NULL DEFAULT NULL,
  `daily_avg_hours_remaining_todo` double NULL DEFAULT NULL,
  `sum_teammembers` int NULL DEFAULT NULL,
  KEY `idx_stats_projectId` (`projectId`, `sprintId`),
  KEY `idx_stats_projectId_sprintId_date` (`projectId`, `sprintId`, `date`),
  KEY `idx_stats_sprintId_date` (`sprintId`, `date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_settings` (
  `key` varchar(175) NOT NULL,
  `value` text NULL DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_roles` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `displayName` varchar(100) NULL DEFAULT NULL,
  `level` int NOT NULL,
  `isSystem` tinyint NOT NULL DEFAULT 0,
  `description` text NULL DEFAULT NULL,
  `createdOn` datetime NULL DEFAULT NULL,
  `modified` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_roles_name` (`name`),
  KEY `idx_roles_level` (`level`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_permissions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `permissionKey` varchar(150) NOT NULL,
  `domain` varchar(60) NOT NULL,
  `action` varchar(100) NOT NULL,
  `label` varchar(191) NULL DEFAULT NULL,
  `isProjectScoped` tinyint NOT NULL DEFAULT 1,
  `createdOn` datetime NULL DEFAULT NULL,
  `modified` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_permissions_key` (`permissionKey`),
  KEY `idx_permissions_domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_role_permissions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `roleId` bigint unsigned NOT NULL,
  `permissionId` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_role_permissions_unique` (`roleId`, `permissionId`),
  KEY `idx_role_permissions_roleId` (`roleId`),
  KEY `idx_role_permissions_permissionId` (`permissionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_audit` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `userId` int NULL DEFAULT NULL,
  `projectId` int NULL DEFAULT NULL,
  `action` varchar(45) NULL DEFAULT NULL,
  `entity` varchar(45) NULL DEFAULT NULL,
  `entityId` int NULL DEFAULT NULL,
  `values` text NULL DEFAULT NULL,
  `date` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_audit_projectId` (`projectId`),
  KEY `idx_audit_projectAction` (`projectId`, `action`),
  KEY `idx_audit_projectEntityEntityId` (`projectId`, `entity`, `entityId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_queue` (
  `msghash` varchar(50) NOT NULL,
  `channel` varchar(255) NULL DEFAULT NULL,
  `userId` int NOT NULL,
  `subject` varchar(255) NULL DEFAULT NULL,
  `message` text NOT NULL,
  `thedate` datetime NOT NULL,
  `projectId` int NOT NULL,
  PRIMARY KEY (`msghash`),
  KEY `idx_queue_projectId` (`projectId`),
  KEY `idx_queue_userId` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_plugins` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(45) NULL DEFAULT NULL,
  `enabled` tinyint NULL DEFAULT NULL,
  `description` varchar(255) NULL DEFAULT NULL,
  `version` varchar(45) NULL DEFAULT NULL,
  `installdate` datetime NULL DEFAULT NULL,
  `foldername` varchar(45) NULL DEFAULT NULL,
  `homepage` varchar(255) NULL DEFAULT NULL,
  `authors` varchar(255) NULL DEFAULT NULL,
  `license` text NULL DEFAULT NULL,
  `format` varchar(45) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_notifications` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `userId` int NOT NULL,
  `read` int NULL DEFAULT NULL,
  `type` varchar(45) NULL DEFAULT NULL,
  `module` varchar(45) NULL DEFAULT NULL,
  `moduleId` int NULL DEFAULT NULL,
  `datetime` datetime NULL DEFAULT NULL,
  `url` varchar(255) NULL DEFAULT NULL,
  `authorId` int NULL DEFAULT NULL,
  `message` text NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_notifications_userId` (`userId`),
  KEY `idx_notifications_userId_datetime` (`userId`, `datetime`),
  KEY `idx_notifications_userId_read` (`userId`, `read`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_entity_relationship` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `entityA` int NULL DEFAULT NULL,
  `entityAType` varchar(45) NULL DEFAULT NULL,
  `entityB` int NULL DEFAULT NULL,
  `entityBType` varchar(45) NULL DEFAULT NULL,
  `relationship` varchar(45) NULL DEFAULT NULL,
  `createdOn` datetime NULL DEFAULT NULL,
  `createdBy` int NULL DEFAULT NULL,
  `meta` text NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_entity_relationship_entityA` (`entityA`, `entityAType`, `relationship`),
  KEY `idx_entity_relationship_entityB` (`entityB`, `entityBType`, `relationship`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_integration` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `providerId` varchar(45) NULL DEFAULT NULL,
  `method` varchar(45) NULL DEFAULT NULL,
  `entity` varchar(45) NULL DEFAULT NULL,
  `fields` text NULL DEFAULT NULL,
  `schedule` varchar(45) NULL DEFAULT NULL,
  `notes` varchar(45) NULL DEFAULT NULL,
  `auth` text NULL DEFAULT NULL,
  `meta` varchar(45) NULL DEFAULT NULL,
  `createdOn` datetime NULL DEFAULT NULL,
  `createdBy` int NULL DEFAULT NULL,
  `lastSync` varchar(45) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_reactions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `userId` int NULL DEFAULT NULL,
  `moduleId` int NULL DEFAULT NULL,
  `module` varchar(45) NULL DEFAULT NULL,
  `reaction` varchar(45) NULL DEFAULT NULL,
  `date` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_reactions_entity` (`moduleId`, `module`, `reaction`),
  KEY `idx_reactions_user` (`userId`, `moduleId`, `module`, `reaction`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text NULL DEFAULT NULL,
  `last_used_at` timestamp NULL DEFAULT NULL,
  `expires_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`),
  KEY `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`, `tokenable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(255) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint unsigned NOT NULL,
  `reserved_at` int unsigned NULL DEFAULT NULL,
  `available_at` int unsigned NOT NULL,
  `created_at` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `zp_jobs_queue_index` (`queue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_recurring_patterns` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `entityId` int NOT NULL,
  `module` varchar(50) NOT NULL,
  `type` varchar(50) NOT NULL,
  `trigger` varchar(50) NOT NULL,
  `interval` int NOT NULL DEFAULT 1,
  `weekDays` text NULL DEFAULT NULL,
  `monthDay` int NULL DEFAULT NULL,
  `months` text NULL DEFAULT NULL,
  `action` varchar(20) NOT NULL DEFAULT 'reset',
  `lastProcessed` datetime NULL DEFAULT NULL,
  `nextProcessingDate` datetime NULL DEFAULT NULL,
  `enabled` tinyint NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `idx_recurring_patterns_entityId` (`entityId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_work_structures` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` text NULL DEFAULT NULL,
  `type` varchar(50) NOT NULL DEFAULT 'custom',
  `created_by` int NULL DEFAULT NULL,
  `meta` json NULL DEFAULT NULL,
  `created_at` datetime NULL DEFAULT NULL,
  `modified_at` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_work_structures_title` (`title`),
  KEY `idx_work_structures_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_work_structure_elements` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `structure_id` bigint unsigned NOT NULL,
  `type_key` varchar(50) NOT NULL,
  `label` varchar(100) NOT NULL,
  `description` text NULL DEFAULT NULL,
  `domain_reference` varchar(255) NULL DEFAULT NULL,
  `sort_order` int NOT NULL DEFAULT 0,
  `meta` json NULL DEFAULT NULL,
  `created_at` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_wse_structure_id` (`structure_id`),
  UNIQUE KEY `idx_wse_structure_type_key` (`structure_id`, `type_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_work_structure_relationships` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `structure_id` bigint unsigned NOT NULL,
  `from_element_id` bigint unsigned NOT NULL,
  `to_element_id` bigint unsigned NOT NULL,
  `relationship_type` varchar(50) NOT NULL,
  `description` text NULL DEFAULT NULL,
  `meta` json NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_wsr_structure_id` (`structure_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `zp_work_structure_mappings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `source_structure_id` bigint unsigned NOT NULL,
  `source_element_id` bigint unsigned NOT NULL,
  `target_structure_id` bigint unsigned NOT NULL,
  `target_element_id` bigint unsigned NOT NULL,
  `mapping_type` varchar(50) NOT NULL DEFAULT 'generates',
  `meta` json NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_wsm_source_target` (`source_structure_id`, `target_structure_id`),
  UNIQUE KEY `idx_wsm_unique_mapping` (`source_structure_id`, `source_element_id`, `target_structure_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Eclipse Che 7.41.0 server (eclipse-che/che-server; the workspace server of Eclipse Che and Red Hat
-- CodeReady Workspaces 2.x: users, aliases, profiles and preferences, SSH key pairs, accounts,
-- organizations and members, workspaces and their configs, devfiles and user devfiles, factories,
-- Kubernetes runtimes, machines and servers, workspace activity, permissions, resources, signature keys)
-- Upstream: github.com/eclipse-che/che-server tag 7.41.0, commit 35659f2512f57905b94143ac9b9ae9310b1afd41
--   (EPL-2.0): the Flyway migrations wsmaster/che-core-sql-schema/src/main/resources/che-schema/** and
--   multiuser/sql-schema/src/main/resources/che-schema/** replayed into MariaDB 10.11 in Flyway version
--   order (a script's mysql/ variant replacing the common one, as Che's resolver does) and dumped.
-- All 83 tables kept, with upstream's keys, indexes and foreign keys; tables ordered so that every
-- referenced table comes first.

CREATE TABLE `SEQUENCE` (
  `SEQ_NAME` varchar(50) NOT NULL,
  `SEQ_COUNT` decimal(38,0) DEFAULT NULL,
  PRIMARY KEY (`SEQ_NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_account_name` (`name`),
  KEY `index_account_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_factory_on_app_closed_action` (
  `id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_factory_on_app_loaded_action` (
  `id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_factory_on_projects_loaded_action` (
  `id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_factory_ide` (
  `id` bigint(20) NOT NULL,
  `on_app_closed_id` bigint(20) DEFAULT NULL,
  `on_app_loaded_id` bigint(20) DEFAULT NULL,
  `on_projects_loaded_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_ide_onappclosedid` (`on_app_closed_id`),
  KEY `index_ide_onapploadedid` (`on_app_loaded_id`),
  KEY `index_ide_onprojectsloadedid` (`on_projects_loaded_id`),
  CONSTRAINT `fk_che_f_ide_on_app_closed_id` FOREIGN KEY (`on_app_closed_id`) REFERENCES `che_factory_on_app_closed_action` (`id`),
  CONSTRAINT `fk_che_f_ide_on_app_loaded_id` FOREIGN KEY (`on_app_loaded_id`) REFERENCES `che_factory_on_app_loaded_action` (`id`),
  CONSTRAINT `fk_che_f_ide_on_projects_loaded_id` FOREIGN KEY (`on_projects_loaded_id`) REFERENCES `che_factory_on_projects_loaded_action` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `usr` (
  `id` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_usr_email` (`email`),
  UNIQUE KEY `index_user_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `workspaceconfig` (
  `id` bigint(20) NOT NULL,
  `defaultenv` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_factory` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `version` varchar(255) NOT NULL,
  `created` bigint(20) DEFAULT NULL,
  `user_id` varchar(255) DEFAULT NULL,
  `creation_strategy` varchar(255) DEFAULT NULL,
  `referrer` varchar(255) DEFAULT NULL,
  `since` bigint(20) DEFAULT NULL,
  `until` bigint(20) DEFAULT NULL,
  `ide_id` bigint(20) DEFAULT NULL,
  `workspace_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_che_factory_name_user_id` (`user_id`,`name`),
  KEY `index_factory_ideid` (`ide_id`),
  KEY `index_factory_userid` (`user_id`),
  KEY `index_factory_workspaceid` (`workspace_id`),
  CONSTRAINT `fk_che_f_ide_id` FOREIGN KEY (`ide_id`) REFERENCES `che_factory_ide` (`id`),
  CONSTRAINT `fk_che_f_user_id` FOREIGN KEY (`user_id`) REFERENCES `usr` (`id`),
  CONSTRAINT `fk_che_f_workspace_id` FOREIGN KEY (`workspace_id`) REFERENCES `workspaceconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_factory_action` (
  `entity_id` bigint(20) NOT NULL,
  `id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_factory_action_properties` (
  `action_entity_id` bigint(20) NOT NULL,
  `property_value` varchar(255) DEFAULT NULL,
  `property_key` varchar(255) DEFAULT NULL,
  KEY `che_f_action_entity_id_fk` (`action_entity_id`),
  KEY `index_factory_action_properties_entityid` (`action_entity_id`),
  CONSTRAINT `fk_che_f_action_props_action_entity_id` FOREIGN KEY (`action_entity_id`) REFERENCES `che_factory_action` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_factory_on_app_closed_action_value` (
  `on_app_closed_id` bigint(20) NOT NULL,
  `action_entity_id` bigint(20) NOT NULL,
  PRIMARY KEY (`on_app_closed_id`,`action_entity_id`),
  KEY `che_index_factory_on_app_closed_action_value_action_entity_id` (`action_entity_id`),
  CONSTRAINT `fk_che_f_on_app_closed_action_id` FOREIGN KEY (`on_app_closed_id`) REFERENCES `che_factory_on_app_closed_action` (`id`),
  CONSTRAINT `fk_che_f_on_app_closed_entity_id` FOREIGN KEY (`action_entity_id`) REFERENCES `che_factory_action` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_factory_on_app_loaded_action_value` (
  `on_app_loaded_id` bigint(20) NOT NULL,
  `action_entity_id` bigint(20) NOT NULL,
  PRIMARY KEY (`on_app_loaded_id`,`action_entity_id`),
  KEY `che_index_factory_on_app_loaded_action_value_action_entity_id` (`action_entity_id`),
  CONSTRAINT `fk_che_f_on_app_loaded_action_id` FOREIGN KEY (`on_app_loaded_id`) REFERENCES `che_factory_on_app_loaded_action` (`id`),
  CONSTRAINT `fk_che_f_on_app_loaded_entity_id` FOREIGN KEY (`action_entity_id`) REFERENCES `che_factory_action` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_factory_on_projects_loaded_action_value` (
  `on_projects_loaded_id` bigint(20) NOT NULL,
  `action_entity_id` bigint(20) NOT NULL,
  PRIMARY KEY (`on_projects_loaded_id`,`action_entity_id`),
  KEY `che_index_factory_on_proj_loaded_action_value_action_entity_id` (`action_entity_id`),
  CONSTRAINT `fk_che_f_on_projects_loaded_action_id` FOREIGN KEY (`on_projects_loaded_id`) REFERENCES `che_factory_on_projects_loaded_action` (`id`),
  CONSTRAINT `fk_che_f_on_projects_loaded_entity_id` FOREIGN KEY (`action_entity_id`) REFERENCES `che_factory_action` (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_free_resources_limit` (
  `account_id` varchar(255) NOT NULL,
  PRIMARY KEY (`account_id`),
  CONSTRAINT `che_fk_free_resources_limit_account_id` FOREIGN KEY (`account_id`) REFERENCES `account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_resource` (
  `id` bigint(20) NOT NULL,
  `amount` bigint(20) DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `unit` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_free_resources_limit_resource` (
  `free_resources_limit_account_id` varchar(255) NOT NULL,
  `resources_id` bigint(20) NOT NULL,
  PRIMARY KEY (`free_resources_limit_account_id`,`resources_id`),
  KEY `che_index_free_resources_limit_resource_resourses_id` (`resources_id`),
  CONSTRAINT `che_fk_free_resources_limit_resource_account_id` FOREIGN KEY (`free_resources_limit_account_id`) REFERENCES `che_free_resources_limit` (`account_id`),
  CONSTRAINT `che_fk_free_resources_limit_resource_resources_id` FOREIGN KEY (`resources_id`) REFERENCES `che_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `workspace` (
  `id` varchar(255) NOT NULL,
  `istemporary` tinyint(1) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `accountid` varchar(255) NOT NULL,
  `config_id` bigint(20) DEFAULT NULL,
  `devfile_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_workspace_0` (`name`,`accountid`),
  KEY `index_workspace_istemporary` (`istemporary`),
  KEY `index_workspace_accountid` (`accountid`),
  KEY `index_workspace_configid` (`config_id`),
  CONSTRAINT `fk_workspace_config_id` FOREIGN KEY (`config_id`) REFERENCES `workspaceconfig` (`id`),
  CONSTRAINT `fx_workspace_accountid` FOREIGN KEY (`accountid`) REFERENCES `account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_k8s_runtime` (
  `workspace_id` varchar(255) NOT NULL,
  `env_name` varchar(255) DEFAULT NULL,
  `owner_id` varchar(255) NOT NULL,
  `namespace` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  PRIMARY KEY (`workspace_id`),
  UNIQUE KEY `workspace_id` (`workspace_id`),
  UNIQUE KEY `index_che_k8s_runtime_ws_id` (`workspace_id`),
  CONSTRAINT `fk_che_k8s_runtime_workspace` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_k8s_machine` (
  `workspace_id` varchar(255) NOT NULL,
  `machine_name` varchar(255) NOT NULL,
  `pod_name` varchar(255) NOT NULL,
  `container_name` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  PRIMARY KEY (`workspace_id`,`machine_name`),
  CONSTRAINT `fk_che_k8s_machine_runtime` FOREIGN KEY (`workspace_id`) REFERENCES `che_k8s_runtime` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_k8s_machine_attributes` (
  `workspace_id` varchar(255) DEFAULT NULL,
  `machine_name` varchar(255) DEFAULT NULL,
  `attribute_key` varchar(255) DEFAULT NULL,
  `attribute` varchar(255) DEFAULT NULL,
  KEY `index_che_k8s_machine_attr_workspace_id_machine_name` (`workspace_id`,`machine_name`),
  CONSTRAINT `fk_che_k8s_machine_attributes_machine` FOREIGN KEY (`workspace_id`, `machine_name`) REFERENCES `che_k8s_machine` (`workspace_id`, `machine_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_k8s_server` (
  `workspace_id` varchar(255) NOT NULL,
  `machine_name` varchar(255) NOT NULL,
  `server_name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  PRIMARY KEY (`workspace_id`,`machine_name`,`server_name`),
  CONSTRAINT `fk_che_k8s_server_machine` FOREIGN KEY (`workspace_id`, `machine_name`) REFERENCES `che_k8s_machine` (`workspace_id`, `machine_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_k8s_server_attributes` (
  `workspace_id` varchar(255) DEFAULT NULL,
  `machine_name` varchar(255) DEFAULT NULL,
  `server_name` varchar(255) DEFAULT NULL,
  `attribute_key` varchar(255) DEFAULT NULL,
  `attribute` varchar(255) DEFAULT NULL,
  KEY `index_che_k8s_server_attr_ws_id_machine_name` (`workspace_id`,`machine_name`,`server_name`),
  CONSTRAINT `fk_che_k8s_server_attributes_machine` FOREIGN KEY (`workspace_id`, `machine_name`, `server_name`) REFERENCES `che_k8s_server` (`workspace_id`, `machine_name`, `server_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_organization` (
  `id` varchar(255) NOT NULL,
  `parent` varchar(255) DEFAULT NULL,
  `account_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `che_index_organization_parent` (`parent`),
  KEY `che_index_organization_account_id` (`account_id`),
  CONSTRAINT `che_fk_organization_account_id` FOREIGN KEY (`account_id`) REFERENCES `account` (`id`),
  CONSTRAINT `che_fk_organization_parent` FOREIGN KEY (`parent`) REFERENCES `che_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_member` (
  `id` varchar(255) NOT NULL,
  `organization_id` varchar(255) DEFAULT NULL,
  `user_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `che_index_member_user_id_organization_id` (`user_id`,`organization_id`),
  KEY `che_index_member_organization_id` (`organization_id`),
  CONSTRAINT `che_fk_member_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `che_organization` (`id`),
  CONSTRAINT `che_fk_member_user_id` FOREIGN KEY (`user_id`) REFERENCES `usr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_member_actions` (
  `member_id` varchar(255) DEFAULT NULL,
  `actions` varchar(255) DEFAULT NULL,
  KEY `che_index_member_actions_actions` (`actions`),
  KEY `che_index_member_actions_member_id` (`member_id`),
  CONSTRAINT `che_fk_member_actions_member_id` FOREIGN KEY (`member_id`) REFERENCES `che_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_organization_distributed_resources` (
  `organization_id` varchar(255) NOT NULL,
  PRIMARY KEY (`organization_id`),
  CONSTRAINT `che_fk_org_distributed_res_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `che_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_organization_distributed_resources_resource` (
  `organization_distributed_resources_id` varchar(255) NOT NULL,
  `resource_id` bigint(20) NOT NULL,
  PRIMARY KEY (`organization_distributed_resources_id`,`resource_id`),
  KEY `che_index_organization_distributed_resources_resource_id` (`resource_id`),
  CONSTRAINT `che_fk_org_distributed_res_resource_org_distributed_res_id` FOREIGN KEY (`organization_distributed_resources_id`) REFERENCES `che_organization_distributed_resources` (`organization_id`),
  CONSTRAINT `che_fk_org_distributed_res_resource_resource_id` FOREIGN KEY (`resource_id`) REFERENCES `che_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_sign_key` (
  `id` bigint(20) NOT NULL,
  `algorithm` varchar(255) NOT NULL,
  `encoding_format` varchar(255) NOT NULL,
  `encoded_value` blob NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_sign_key_pair` (
  `workspace_id` varchar(255) NOT NULL,
  `public_key` bigint(20) NOT NULL,
  `private_key` bigint(20) NOT NULL,
  PRIMARY KEY (`workspace_id`),
  UNIQUE KEY `index_sign_public_private_key_id` (`public_key`,`private_key`),
  KEY `index_sign_public_key_id` (`public_key`),
  KEY `index_sign_private_key_id` (`private_key`),
  CONSTRAINT `fk_sign_private_key_id` FOREIGN KEY (`private_key`) REFERENCES `che_sign_key` (`id`),
  CONSTRAINT `fk_sign_public_key_id` FOREIGN KEY (`public_key`) REFERENCES `che_sign_key` (`id`),
  CONSTRAINT `fk_sign_workspace_id` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_system_permissions` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `che_index_system_permissions_user_id` (`user_id`),
  CONSTRAINT `che_fk_system_permissions_user_id` FOREIGN KEY (`user_id`) REFERENCES `usr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_system_permissions_actions` (
  `system_permissions_id` varchar(255) DEFAULT NULL,
  `actions` varchar(255) DEFAULT NULL,
  KEY `che_index_system_permissions_actions_actions` (`actions`),
  KEY `che_index_system_permissions_actions_system_permissions_id` (`system_permissions_id`),
  CONSTRAINT `che_fk_system_permissions_actions_system_permissions_id` FOREIGN KEY (`system_permissions_id`) REFERENCES `che_system_permissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile` (
  `id` bigint(20) NOT NULL,
  `api_version` varchar(255) NOT NULL,
  `meta_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `userdevfile` (
  `id` varchar(255) NOT NULL,
  `accountid` varchar(255) NOT NULL,
  `devfile_id` bigint(20) NOT NULL,
  `meta_generated_name` varchar(255) DEFAULT NULL,
  `meta_name` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `devfile_id` (`devfile_id`),
  UNIQUE KEY `unq_userdevfile_0` (`name`,`accountid`),
  KEY `index_userdevfile_devfile_id` (`devfile_id`),
  KEY `index_userdevfile_name` (`name`),
  KEY `fx_userdevfile_accountid` (`accountid`),
  CONSTRAINT `fk_userdevfile_devfile_id` FOREIGN KEY (`devfile_id`) REFERENCES `devfile` (`id`),
  CONSTRAINT `fx_userdevfile_accountid` FOREIGN KEY (`accountid`) REFERENCES `account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_userdevfile_permissions` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) DEFAULT NULL,
  `userdevfile_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `che_index_userdevfile_permissions_user_id_userdevfile_id` (`user_id`,`userdevfile_id`),
  KEY `che_index_userdevfile_permissions_userdevfile_id` (`userdevfile_id`),
  CONSTRAINT `che_fk_userdevfile_permissions_user_id` FOREIGN KEY (`user_id`) REFERENCES `usr` (`id`),
  CONSTRAINT `che_fk_userdevfile_permissions_workspace_id` FOREIGN KEY (`userdevfile_id`) REFERENCES `userdevfile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_userdevfile_permissions_actions` (
  `userdevfile_permissions_id` varchar(255) DEFAULT NULL,
  `actions` varchar(255) DEFAULT NULL,
  KEY `che_index_userdevfile_permissions_actions_actions` (`actions`),
  KEY `che_index_userdevfile_permissions_actions_userdevfile_id` (`userdevfile_permissions_id`),
  CONSTRAINT `che_fk_userdevfile_permissions_actions_id` FOREIGN KEY (`userdevfile_permissions_id`) REFERENCES `che_userdevfile_permissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_worker` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) DEFAULT NULL,
  `workspace_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `che_index_worker_user_id_workspace_id` (`user_id`,`workspace_id`),
  KEY `che_index_worker_workspace_id` (`workspace_id`),
  CONSTRAINT `che_fk_worker_user_id` FOREIGN KEY (`user_id`) REFERENCES `usr` (`id`),
  CONSTRAINT `che_fk_worker_workspace_id` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_worker_actions` (
  `worker_id` varchar(255) DEFAULT NULL,
  `actions` varchar(255) DEFAULT NULL,
  KEY `che_index_worker_actions_actions` (`actions`),
  KEY `che_index_worker_actions_worker_id` (`worker_id`),
  CONSTRAINT `che_fk_worker_actions_worker_id` FOREIGN KEY (`worker_id`) REFERENCES `che_worker` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_workspace_activity` (
  `workspace_id` varchar(255) NOT NULL,
  `status` varchar(255) DEFAULT NULL,
  `created` bigint(20) DEFAULT NULL,
  `last_starting` bigint(20) DEFAULT NULL,
  `last_running` bigint(20) DEFAULT NULL,
  `last_stopping` bigint(20) DEFAULT NULL,
  `last_stopped` bigint(20) DEFAULT NULL,
  `expiration` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`workspace_id`),
  KEY `che_index_ws_activity_last_starting` (`status`,`last_starting`),
  KEY `che_index_ws_activity_last_running` (`status`,`last_running`),
  KEY `che_index_ws_activity_last_stopping` (`status`,`last_stopping`),
  KEY `che_index_ws_activity_last_stopped` (`status`,`last_stopped`),
  KEY `che_index_ws_activity_expiration` (`expiration`),
  CONSTRAINT `ws_activity_workspace_id` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `che_workspace_cfg_attributes` (
  `workspace_id` bigint(20) DEFAULT NULL,
  `attributes` text DEFAULT NULL,
  `attributes_key` varchar(255) DEFAULT NULL,
  KEY `index_che_workspace_cfg_attributes_ws_id` (`workspace_id`),
  CONSTRAINT `fk_che_workspace_cfg_attr_workspace_id` FOREIGN KEY (`workspace_id`) REFERENCES `workspaceconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `command` (
  `id` bigint(20) NOT NULL,
  `commandline` text DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `commands_id` bigint(20) DEFAULT NULL,
  `preview_url_port` int(11) DEFAULT NULL,
  `preview_url_path` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_command_commandsid` (`commands_id`),
  CONSTRAINT `fk_command_commands_id` FOREIGN KEY (`commands_id`) REFERENCES `workspaceconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `command_attributes` (
  `command_id` bigint(20) DEFAULT NULL,
  `value` text DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  KEY `index_command_attributes_commandid` (`command_id`),
  CONSTRAINT `fk_command_attributes_command_id` FOREIGN KEY (`command_id`) REFERENCES `command` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_command` (
  `id` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `devfile_id` bigint(20) DEFAULT NULL,
  `preview_url_port` int(11) DEFAULT NULL,
  `preview_url_path` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_devfile_command_name` (`devfile_id`,`name`),
  CONSTRAINT `fk_devfile_command_id` FOREIGN KEY (`devfile_id`) REFERENCES `devfile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_action` (
  `id` bigint(20) NOT NULL,
  `type` varchar(255) NOT NULL,
  `component` varchar(255) DEFAULT NULL,
  `command` text DEFAULT NULL,
  `workdir` text DEFAULT NULL,
  `devfile_command_id` bigint(20) DEFAULT NULL,
  `reference` text DEFAULT NULL,
  `reference_content` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_action_command_id` (`devfile_command_id`),
  CONSTRAINT `fk_devfile_actions_id` FOREIGN KEY (`devfile_command_id`) REFERENCES `devfile_command` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_attributes` (
  `devfile_id` bigint(20) DEFAULT NULL,
  `value` text DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  UNIQUE KEY `index_devfile_attributes_names` (`devfile_id`,`name`),
  CONSTRAINT `fk_devfile_attributes_devfile_id` FOREIGN KEY (`devfile_id`) REFERENCES `devfile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_command_attributes` (
  `devfile_command_id` bigint(20) DEFAULT NULL,
  `value` text DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  UNIQUE KEY `index_devfile_command_attributes_name` (`devfile_command_id`,`name`),
  CONSTRAINT `fk_devfile_command_attributes_command_id` FOREIGN KEY (`devfile_command_id`) REFERENCES `devfile_command` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_component` (
  `id` bigint(20) NOT NULL,
  `type` varchar(255) NOT NULL,
  `alias` varchar(255) DEFAULT NULL,
  `component_id` text DEFAULT NULL,
  `reference` text DEFAULT NULL,
  `reference_content` text DEFAULT NULL,
  `image` text DEFAULT NULL,
  `memory_limit` varchar(255) DEFAULT NULL,
  `mount_sources` tinyint(1) DEFAULT NULL,
  `devfile_id` bigint(20) DEFAULT NULL,
  `registry_url` text DEFAULT NULL,
  `cpu_limit` varchar(255) DEFAULT NULL,
  `cpu_request` varchar(255) DEFAULT NULL,
  `memory_request` varchar(255) DEFAULT NULL,
  `automount_secrets` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_devfile_component_id` (`devfile_id`),
  CONSTRAINT `fk_devfile_component_id` FOREIGN KEY (`devfile_id`) REFERENCES `devfile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_component_arg` (
  `devfile_component_id` bigint(20) DEFAULT NULL,
  `args` text DEFAULT NULL,
  KEY `index_args_component_id` (`devfile_component_id`),
  CONSTRAINT `fk_component_command_arg_id` FOREIGN KEY (`devfile_component_id`) REFERENCES `devfile_component` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_component_command` (
  `devfile_component_id` bigint(20) DEFAULT NULL,
  `command` text NOT NULL,
  KEY `index_command_component_id` (`devfile_component_id`),
  CONSTRAINT `fk_component_command_component_id` FOREIGN KEY (`devfile_component_id`) REFERENCES `devfile_component` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_component_preferences` (
  `devfile_component_id` bigint(20) DEFAULT NULL,
  `preference_key` varchar(255) DEFAULT NULL,
  `preference` text DEFAULT NULL,
  UNIQUE KEY `index_devfile_component_prefs` (`devfile_component_id`,`preference_key`),
  CONSTRAINT `fk_prefs_component_id` FOREIGN KEY (`devfile_component_id`) REFERENCES `devfile_component` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_component_selector` (
  `devfile_component_id` bigint(20) DEFAULT NULL,
  `selector_key` varchar(255) DEFAULT NULL,
  `selector` varchar(255) DEFAULT NULL,
  UNIQUE KEY `index_devfile_component_selector` (`devfile_component_id`,`selector_key`),
  CONSTRAINT `fk_component_selector_id` FOREIGN KEY (`devfile_component_id`) REFERENCES `devfile_component` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_endpoint` (
  `id` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `port` int(11) NOT NULL,
  `devfile_component_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_devfile_endpoint_component_name` (`devfile_component_id`,`name`),
  CONSTRAINT `fk_devfile_endpoint_id` FOREIGN KEY (`devfile_component_id`) REFERENCES `devfile_component` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_endpoint_attributes` (
  `devfile_endpoint_id` bigint(20) DEFAULT NULL,
  `value` text DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  UNIQUE KEY `index_devfile_endpoint_attributes_name` (`devfile_endpoint_id`,`name`),
  CONSTRAINT `fk_devfile_endpoint_attributes_id` FOREIGN KEY (`devfile_endpoint_id`) REFERENCES `devfile_endpoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_entrypoint` (
  `id` bigint(20) NOT NULL,
  `parent_name` varchar(255) DEFAULT NULL,
  `container_name` varchar(255) DEFAULT NULL,
  `devfile_component_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_devfile_entrypoint_id_parent_container` (`devfile_component_id`,`parent_name`,`container_name`),
  CONSTRAINT `fk_devfile_entrypoints_id` FOREIGN KEY (`devfile_component_id`) REFERENCES `devfile_component` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_entrypoint_arg` (
  `devfile_entrypoint_id` bigint(20) DEFAULT NULL,
  `arg` varchar(255) NOT NULL,
  KEY `index_entrypoint_arg_entrypoint_id` (`devfile_entrypoint_id`),
  CONSTRAINT `fk_entrypoint_arg_id` FOREIGN KEY (`devfile_entrypoint_id`) REFERENCES `devfile_entrypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_entrypoint_commands` (
  `devfile_entrypoint_id` bigint(20) DEFAULT NULL,
  `command` varchar(255) NOT NULL,
  KEY `index_entrypoint_commands_entrypoint_id` (`devfile_entrypoint_id`),
  CONSTRAINT `fk_entrypoint_commands_id` FOREIGN KEY (`devfile_entrypoint_id`) REFERENCES `devfile_entrypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_entrypoint_selector` (
  `devfile_entrypoint_id` bigint(20) DEFAULT NULL,
  `selector_key` varchar(255) NOT NULL,
  `selector` varchar(255) NOT NULL,
  UNIQUE KEY `index_entrypoint_selectors_keys` (`devfile_entrypoint_id`,`selector_key`),
  CONSTRAINT `fk_entrypoint_selector_id` FOREIGN KEY (`devfile_entrypoint_id`) REFERENCES `devfile_entrypoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_env` (
  `id` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  `devfile_component_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_devfile_env_component_name` (`devfile_component_id`,`name`),
  CONSTRAINT `fk_devfile_env_id` FOREIGN KEY (`devfile_component_id`) REFERENCES `devfile_component` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_project` (
  `id` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `clone_path` text DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `location` text DEFAULT NULL,
  `branch` varchar(255) DEFAULT NULL,
  `start_point` varchar(255) DEFAULT NULL,
  `tag` varchar(255) DEFAULT NULL,
  `commit_id` varchar(255) DEFAULT NULL,
  `devfile_id` bigint(20) DEFAULT NULL,
  `sparse_checkout_dir` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_devfile_project_name` (`devfile_id`,`name`),
  CONSTRAINT `fk_devfile_projects_id` FOREIGN KEY (`devfile_id`) REFERENCES `devfile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `devfile_volume` (
  `id` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `container_path` text DEFAULT NULL,
  `devfile_component_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_devfile_volume_component_name` (`devfile_component_id`,`name`),
  CONSTRAINT `fk_devfile_volumes_id` FOREIGN KEY (`devfile_component_id`) REFERENCES `devfile_component` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `environment` (
  `id` bigint(20) NOT NULL,
  `content` text DEFAULT NULL,
  `contenttype` varchar(255) DEFAULT NULL,
  `location` text DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `environments_id` bigint(20) DEFAULT NULL,
  `environments_key` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_environment_environmentsid` (`environments_id`),
  CONSTRAINT `fk_environment_environments_id` FOREIGN KEY (`environments_id`) REFERENCES `workspaceconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `externalmachine` (
  `id` bigint(20) NOT NULL,
  `machines_id` bigint(20) DEFAULT NULL,
  `machines_key` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_externalmachine_machinesid` (`machines_id`),
  CONSTRAINT `fk_externalmachine_machines_id` FOREIGN KEY (`machines_id`) REFERENCES `environment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `externalmachine_attributes` (
  `externalmachine_id` bigint(20) DEFAULT NULL,
  `attributes` varchar(255) DEFAULT NULL,
  `attributes_key` varchar(255) DEFAULT NULL,
  KEY `index_externalmachine_attributes_externalmachineid` (`externalmachine_id`),
  CONSTRAINT `fk_externalmachine_attributes_externalmachine_id` FOREIGN KEY (`externalmachine_id`) REFERENCES `externalmachine` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `externalmachine_env` (
  `externalmachine_id` bigint(20) DEFAULT NULL,
  `env_value` text DEFAULT NULL,
  `env_key` varchar(255) DEFAULT NULL,
  KEY `index_externalmachine_env_externalmachine_id` (`externalmachine_id`),
  CONSTRAINT `fk_externalmachine_env_externalmachine_id` FOREIGN KEY (`externalmachine_id`) REFERENCES `externalmachine` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `k8s_runtime_command` (
  `id` bigint(20) NOT NULL,
  `commandline` text DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `workspace_id` varchar(255) DEFAULT NULL,
  `preview_url_port` int(11) DEFAULT NULL,
  `preview_url_path` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_k8s_runtime_command_ws_id` (`workspace_id`),
  CONSTRAINT `fk_k8s_runtime_workspace_id` FOREIGN KEY (`workspace_id`) REFERENCES `che_k8s_runtime` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `k8s_runtime_command_attributes` (
  `command_id` bigint(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  KEY `index_k8s_runtime_command_attr_command_id` (`command_id`),
  CONSTRAINT `fk_k8s_runtime_command_attr_command_id` FOREIGN KEY (`command_id`) REFERENCES `k8s_runtime_command` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `machine_volume` (
  `id` bigint(20) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `path` varchar(255) NOT NULL,
  `machine_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_machine_volume_machine_id` (`machine_id`),
  CONSTRAINT `fk_machine_volume_id` FOREIGN KEY (`machine_id`) REFERENCES `externalmachine` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `preference` (
  `userid` varchar(255) NOT NULL,
  PRIMARY KEY (`userid`),
  CONSTRAINT `fk_preference_userid` FOREIGN KEY (`userid`) REFERENCES `usr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `preference_preferences` (
  `preference_userid` varchar(255) DEFAULT NULL,
  `value` text DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  KEY `index_preference_preferences_userid` (`preference_userid`),
  CONSTRAINT `fk_preference_preferences_preference_userid` FOREIGN KEY (`preference_userid`) REFERENCES `preference` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `profile` (
  `userid` varchar(255) NOT NULL,
  PRIMARY KEY (`userid`),
  CONSTRAINT `fk_profile_userid` FOREIGN KEY (`userid`) REFERENCES `usr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `profile_attributes` (
  `user_id` varchar(255) DEFAULT NULL,
  `value` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  UNIQUE KEY `unq_profile_attributes_0` (`user_id`,`name`),
  KEY `index_profile_attributes_userid` (`user_id`),
  CONSTRAINT `fk_profile_attributes_user_id` FOREIGN KEY (`user_id`) REFERENCES `profile` (`userid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sourcestorage` (
  `id` bigint(20) NOT NULL,
  `location` text DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectconfig` (
  `id` bigint(20) NOT NULL,
  `description` text DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `path` varchar(255) NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `source_id` bigint(20) DEFAULT NULL,
  `projects_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_projectconfig_projectsid` (`projects_id`),
  KEY `index_projectconfig_sourceid` (`source_id`),
  CONSTRAINT `fk_projectconfig_projects_id` FOREIGN KEY (`projects_id`) REFERENCES `workspaceconfig` (`id`),
  CONSTRAINT `fk_projectconfig_source_id` FOREIGN KEY (`source_id`) REFERENCES `sourcestorage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectattribute` (
  `id` bigint(20) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `dbattributes_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_projectattribute_dbattributesid` (`dbattributes_id`),
  CONSTRAINT `fk_projectattribute_dbattributes_id` FOREIGN KEY (`dbattributes_id`) REFERENCES `projectconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectattribute_values` (
  `projectattribute_id` bigint(20) DEFAULT NULL,
  `attribute_values` mediumtext DEFAULT NULL,
  KEY `index_projectattribute_values_projectattributeid` (`projectattribute_id`),
  CONSTRAINT `fk_projectattribute_values_projectattribute_id` FOREIGN KEY (`projectattribute_id`) REFERENCES `projectattribute` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectconfig_mixins` (
  `projectconfig_id` bigint(20) DEFAULT NULL,
  `mixins` varchar(255) DEFAULT NULL,
  KEY `index_projectconfig_mixins_projectconfigid` (`projectconfig_id`),
  CONSTRAINT `fk_projectconfig_mixins_projectconfig_id` FOREIGN KEY (`projectconfig_id`) REFERENCES `projectconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `serverconf` (
  `id` bigint(20) NOT NULL,
  `port` varchar(255) DEFAULT NULL,
  `protocol` varchar(255) DEFAULT NULL,
  `servers_id` bigint(20) DEFAULT NULL,
  `servers_key` varchar(255) DEFAULT NULL,
  `path` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_serverconf_serversid` (`servers_id`),
  CONSTRAINT `fk_serverconf_servers_id` FOREIGN KEY (`servers_id`) REFERENCES `externalmachine` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `serverconf_attributes` (
  `serverconf_id` bigint(20) DEFAULT NULL,
  `attributes` varchar(255) DEFAULT NULL,
  `attributes_key` varchar(255) DEFAULT NULL,
  KEY `index_serverconf_attributes_serverconf_id` (`serverconf_id`),
  CONSTRAINT `fk_serverconf_attributes_serverconf_id` FOREIGN KEY (`serverconf_id`) REFERENCES `serverconf` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `serverconf_properties` (
  `serverconf_id` bigint(20) DEFAULT NULL,
  `properties` varchar(255) DEFAULT NULL,
  `properties_key` varchar(255) DEFAULT NULL,
  KEY `index_serverconf_properties_serverconfid` (`serverconf_id`),
  CONSTRAINT `fk_serverconf_properties_serverconf_id` FOREIGN KEY (`serverconf_id`) REFERENCES `serverconf` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sourcestorage_parameters` (
  `sourcestorage_id` bigint(20) DEFAULT NULL,
  `parameters` varchar(255) DEFAULT NULL,
  `parameters_key` varchar(255) DEFAULT NULL,
  KEY `index_sourcestorage_parameters_sourcestorageid` (`sourcestorage_id`),
  CONSTRAINT `fk_sourcestorage_parameters_sourcestorage_id` FOREIGN KEY (`sourcestorage_id`) REFERENCES `sourcestorage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sshkeypair` (
  `owner` varchar(255) NOT NULL,
  `service` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `privatekey` text DEFAULT NULL,
  `publickey` text DEFAULT NULL,
  PRIMARY KEY (`owner`,`service`,`name`),
  CONSTRAINT `fk_sshkeypair_owner` FOREIGN KEY (`owner`) REFERENCES `usr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_aliases` (
  `user_id` varchar(255) DEFAULT NULL,
  `alias` varchar(255) NOT NULL,
  UNIQUE KEY `alias` (`alias`),
  KEY `index_user_aliases_alias` (`alias`),
  KEY `index_user_aliases_userid` (`user_id`),
  CONSTRAINT `fk_user_aliases_user_id` FOREIGN KEY (`user_id`) REFERENCES `usr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `workspace_attributes` (
  `workspace_id` varchar(255) DEFAULT NULL,
  `attributes` text DEFAULT NULL,
  `attributes_key` varchar(255) DEFAULT NULL,
  KEY `index_workspace_attributes_workspaceid` (`workspace_id`),
  CONSTRAINT `fk_workspace_attributes_workspace_id` FOREIGN KEY (`workspace_id`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


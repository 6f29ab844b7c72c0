-- Tactical RMM 0.11.3 (amidaware/tacticalrmm, MIT), Django migrations run into PostgreSQL 15, written as MySQL

CREATE TABLE `scripts_script` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` LONGTEXT,
  `filename` VARCHAR(255),
  `shell` VARCHAR(100) NOT NULL,
  `script_type` VARCHAR(100) NOT NULL,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `category` VARCHAR(100),
  `favorite` TINYINT(1) NOT NULL,
  `code_base64` LONGTEXT NOT NULL,
  `default_timeout` INT NOT NULL,
  `args` JSON,
  `guid` VARCHAR(64),
  `syntax` LONGTEXT,
  `script_body` LONGTEXT NOT NULL,
  `script_hash` VARCHAR(100),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts_alerttemplate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `action_args` JSON,
  `resolved_action_args` JSON,
  `email_recipients` JSON,
  `text_recipients` JSON,
  `email_from` VARCHAR(254),
  `agent_email_on_resolved` TINYINT(1),
  `agent_text_on_resolved` TINYINT(1),
  `agent_always_email` TINYINT(1),
  `agent_always_text` TINYINT(1),
  `agent_always_alert` TINYINT(1),
  `agent_periodic_alert_days` INT,
  `check_email_alert_severity` JSON NOT NULL,
  `check_text_alert_severity` JSON NOT NULL,
  `check_dashboard_alert_severity` JSON NOT NULL,
  `check_email_on_resolved` TINYINT(1),
  `check_text_on_resolved` TINYINT(1),
  `check_always_email` TINYINT(1),
  `check_always_text` TINYINT(1),
  `check_always_alert` TINYINT(1),
  `check_periodic_alert_days` INT,
  `task_email_alert_severity` JSON NOT NULL,
  `task_text_alert_severity` JSON NOT NULL,
  `task_dashboard_alert_severity` JSON NOT NULL,
  `task_email_on_resolved` TINYINT(1),
  `task_text_on_resolved` TINYINT(1),
  `task_always_email` TINYINT(1),
  `task_always_text` TINYINT(1),
  `task_always_alert` TINYINT(1),
  `task_periodic_alert_days` INT,
  `action_id` INT,
  `resolved_action_id` INT,
  `action_timeout` INT NOT NULL,
  `resolved_action_timeout` INT NOT NULL,
  `exclude_servers` TINYINT(1),
  `exclude_workstations` TINYINT(1),
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `agent_script_actions` TINYINT(1),
  `check_script_actions` TINYINT(1),
  `task_script_actions` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `alerts_alerttemplate_action_id_98921bc5_fk_scripts_script_id` FOREIGN KEY (`action_id`) REFERENCES `scripts_script` (`id`),
  CONSTRAINT `alerts_alerttemplate_resolved_action_id_95ceec0a_fk_scripts_s` FOREIGN KEY (`resolved_action_id`) REFERENCES `scripts_script` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `automation_policy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `desc` VARCHAR(255),
  `active` TINYINT(1) NOT NULL,
  `enforced` TINYINT(1) NOT NULL,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `alert_template_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `automation_policy_name_key` (`name`),
  CONSTRAINT `automation_policy_alert_template_id_68a3171e_fk_alerts_al` FOREIGN KEY (`alert_template_id`) REFERENCES `alerts_alerttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_client` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `server_policy_id` INT,
  `workstation_policy_id` INT,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `alert_template_id` INT,
  `block_policy_inheritance` TINYINT(1) NOT NULL,
  `agent_count` INT NOT NULL,
  `failing_checks` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `clients_client_client_cae60c2c_uniq` (`name`),
  CONSTRAINT `clients_client_alert_template_id_5716fafd_fk_alerts_al` FOREIGN KEY (`alert_template_id`) REFERENCES `alerts_alerttemplate` (`id`),
  CONSTRAINT `clients_client_server_policy_id_fd5134b6_fk_automatio` FOREIGN KEY (`server_policy_id`) REFERENCES `automation_policy` (`id`),
  CONSTRAINT `clients_client_workstation_policy_i_63fba90b_fk_automatio` FOREIGN KEY (`workstation_policy_id`) REFERENCES `automation_policy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `client_id` INT NOT NULL,
  `server_policy_id` INT,
  `workstation_policy_id` INT,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `alert_template_id` INT,
  `block_policy_inheritance` TINYINT(1) NOT NULL,
  `agent_count` INT NOT NULL,
  `failing_checks` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `clients_site_client_id_name_bebae773_uniq` (`client_id`, `name`),
  CONSTRAINT `clients_site_alert_template_id_2909441c_fk_alerts_al` FOREIGN KEY (`alert_template_id`) REFERENCES `alerts_alerttemplate` (`id`),
  CONSTRAINT `clients_site_client_id_7f2ae9ff_fk_clients_client_id` FOREIGN KEY (`client_id`) REFERENCES `clients_client` (`id`),
  CONSTRAINT `clients_site_server_policy_id_bcc3c814_fk_automation_policy_id` FOREIGN KEY (`server_policy_id`) REFERENCES `automation_policy` (`id`),
  CONSTRAINT `clients_site_workstation_policy_i_66c77203_fk_automatio` FOREIGN KEY (`workstation_policy_id`) REFERENCES `automation_policy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agents_agent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `version` VARCHAR(255) NOT NULL,
  `operating_system` VARCHAR(255),
  `plat` VARCHAR(255),
  `plat_release` VARCHAR(255),
  `hostname` VARCHAR(255) NOT NULL,
  `local_ip` LONGTEXT,
  `agent_id` VARCHAR(200) NOT NULL,
  `last_seen` DATETIME(6),
  `services` JSON,
  `public_ip` VARCHAR(255),
  `total_ram` INT,
  `used_ram` INT,
  `disks` JSON,
  `boot_time` DOUBLE,
  `logged_in_username` VARCHAR(255),
  `antivirus` VARCHAR(255) NOT NULL,
  `monitoring_type` VARCHAR(30) NOT NULL,
  `description` VARCHAR(255),
  `mesh_node_id` VARCHAR(255),
  `overdue_email_alert` TINYINT(1) NOT NULL,
  `overdue_text_alert` TINYINT(1) NOT NULL,
  `overdue_time` INT NOT NULL,
  `check_interval` INT NOT NULL,
  `needs_reboot` TINYINT(1) NOT NULL,
  `choco_installed` TINYINT(1) NOT NULL,
  `wmi_detail` JSON,
  `time_zone` VARCHAR(255),
  `policy_id` INT,
  `salt_id` VARCHAR(255),
  `salt_ver` VARCHAR(255) NOT NULL,
  `patches_last_installed` DATETIME(6),
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `last_logged_in_user` VARCHAR(255),
  `maintenance_mode` TINYINT(1) NOT NULL,
  `site_id` INT,
  `overdue_dashboard_alert` TINYINT(1) NOT NULL,
  `offline_time` INT NOT NULL,
  `alert_template_id` INT,
  `block_policy_inheritance` TINYINT(1) NOT NULL,
  `has_patches_pending` TINYINT(1) NOT NULL,
  `pending_actions_count` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `agents_agent_agent_id_fad8a618_uniq` (`agent_id`),
  CONSTRAINT `agents_agent_alert_template_id_497f501b_fk_alerts_al` FOREIGN KEY (`alert_template_id`) REFERENCES `alerts_alerttemplate` (`id`),
  CONSTRAINT `agents_agent_policy_id_27743aa5_fk_automation_policy_id` FOREIGN KEY (`policy_id`) REFERENCES `automation_policy` (`id`),
  CONSTRAINT `agents_agent_site_id_ff8c3551_fk_clients_site_id` FOREIGN KEY (`site_id`) REFERENCES `clients_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `can_use_mesh` TINYINT(1) NOT NULL,
  `can_uninstall_agents` TINYINT(1) NOT NULL,
  `can_update_agents` TINYINT(1) NOT NULL,
  `can_edit_agent` TINYINT(1) NOT NULL,
  `can_manage_procs` TINYINT(1) NOT NULL,
  `can_view_eventlogs` TINYINT(1) NOT NULL,
  `can_send_cmd` TINYINT(1) NOT NULL,
  `can_reboot_agents` TINYINT(1) NOT NULL,
  `can_install_agents` TINYINT(1) NOT NULL,
  `can_run_scripts` TINYINT(1) NOT NULL,
  `can_run_bulk` TINYINT(1) NOT NULL,
  `can_manage_notes` TINYINT(1) NOT NULL,
  `can_edit_core_settings` TINYINT(1) NOT NULL,
  `can_do_server_maint` TINYINT(1) NOT NULL,
  `can_code_sign` TINYINT(1) NOT NULL,
  `can_manage_checks` TINYINT(1) NOT NULL,
  `can_run_checks` TINYINT(1) NOT NULL,
  `can_manage_clients` TINYINT(1) NOT NULL,
  `can_manage_sites` TINYINT(1) NOT NULL,
  `can_manage_deployments` TINYINT(1) NOT NULL,
  `can_manage_automation_policies` TINYINT(1) NOT NULL,
  `can_manage_autotasks` TINYINT(1) NOT NULL,
  `can_run_autotasks` TINYINT(1) NOT NULL,
  `can_view_auditlogs` TINYINT(1) NOT NULL,
  `can_manage_pendingactions` TINYINT(1) NOT NULL,
  `can_view_debuglogs` TINYINT(1) NOT NULL,
  `can_manage_scripts` TINYINT(1) NOT NULL,
  `can_manage_alerts` TINYINT(1) NOT NULL,
  `can_manage_winsvcs` TINYINT(1) NOT NULL,
  `can_manage_software` TINYINT(1) NOT NULL,
  `can_manage_winupdates` TINYINT(1) NOT NULL,
  `can_manage_accounts` TINYINT(1) NOT NULL,
  `can_manage_roles` TINYINT(1) NOT NULL,
  `can_view_core_settings` TINYINT(1) NOT NULL,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `can_manage_api_keys` TINYINT(1) NOT NULL,
  `can_list_accounts` TINYINT(1) NOT NULL,
  `can_list_agent_history` TINYINT(1) NOT NULL,
  `can_list_agents` TINYINT(1) NOT NULL,
  `can_list_alerts` TINYINT(1) NOT NULL,
  `can_list_api_keys` TINYINT(1) NOT NULL,
  `can_list_automation_policies` TINYINT(1) NOT NULL,
  `can_list_autotasks` TINYINT(1) NOT NULL,
  `can_list_checks` TINYINT(1) NOT NULL,
  `can_list_clients` TINYINT(1) NOT NULL,
  `can_list_deployments` TINYINT(1) NOT NULL,
  `can_list_notes` TINYINT(1) NOT NULL,
  `can_list_pendingactions` TINYINT(1) NOT NULL,
  `can_list_roles` TINYINT(1) NOT NULL,
  `can_list_scripts` TINYINT(1) NOT NULL,
  `can_list_sites` TINYINT(1) NOT NULL,
  `can_list_software` TINYINT(1) NOT NULL,
  `can_ping_agents` TINYINT(1) NOT NULL,
  `can_recover_agents` TINYINT(1) NOT NULL,
  `can_list_alerttemplates` TINYINT(1) NOT NULL,
  `can_manage_alerttemplates` TINYINT(1) NOT NULL,
  `can_run_urlactions` TINYINT(1) NOT NULL,
  `can_manage_customfields` TINYINT(1) NOT NULL,
  `can_view_customfields` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_role_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_urlaction` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(25) NOT NULL,
  `desc` VARCHAR(100),
  `pattern` LONGTEXT NOT NULL,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `totp_key` VARCHAR(50),
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `agent_id` INT,
  `dark_mode` TINYINT(1) NOT NULL,
  `show_community_scripts` TINYINT(1) NOT NULL,
  `agent_dblclick_action` VARCHAR(50) NOT NULL,
  `default_agent_tbl_tab` VARCHAR(50) NOT NULL,
  `agents_per_page` INT NOT NULL,
  `client_tree_sort` VARCHAR(50) NOT NULL,
  `client_tree_splitter` INT NOT NULL,
  `loading_bar_color` VARCHAR(255) NOT NULL,
  `url_action_id` INT,
  `role_id` INT,
  `clear_search_when_switching` TINYINT(1) NOT NULL,
  `is_installer_user` TINYINT(1) NOT NULL,
  `last_login_ip` VARCHAR(39),
  `block_dashboard_login` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_agent_id_key` (`agent_id`),
  UNIQUE KEY `accounts_user_username_key` (`username`),
  CONSTRAINT `accounts_user_agent_id_cec1e70c_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`),
  CONSTRAINT `accounts_user_role_id_a6dd19b0_fk_accounts_role_id` FOREIGN KEY (`role_id`) REFERENCES `accounts_role` (`id`),
  CONSTRAINT `accounts_user_url_action_id_2eefe143_fk_core_urlaction_id` FOREIGN KEY (`url_action_id`) REFERENCES `core_urlaction` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_apikey` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `name` VARCHAR(25) NOT NULL,
  `key` VARCHAR(48) NOT NULL,
  `expiration` DATETIME(6),
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_apikey_key_key` (`key`),
  UNIQUE KEY `accounts_apikey_name_key` (`name`),
  CONSTRAINT `accounts_apikey_user_id_bd902026_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_role_can_view_clients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `role_id` INT NOT NULL,
  `client_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_role_can_view_clients_role_id_client_id_e75446f1_uniq` (`role_id`, `client_id`),
  CONSTRAINT `accounts_role_can_vi_client_id_5afff46c_fk_clients_c` FOREIGN KEY (`client_id`) REFERENCES `clients_client` (`id`),
  CONSTRAINT `accounts_role_can_vi_role_id_1c4eeb09_fk_accounts_` FOREIGN KEY (`role_id`) REFERENCES `accounts_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_role_can_view_sites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `role_id` INT NOT NULL,
  `site_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_role_can_view_sites_role_id_site_id_bdf03c98_uniq` (`role_id`, `site_id`),
  CONSTRAINT `accounts_role_can_vi_role_id_1aa8e7aa_fk_accounts_` FOREIGN KEY (`role_id`) REFERENCES `accounts_role` (`id`),
  CONSTRAINT `accounts_role_can_vi_site_id_f4ba3a17_fk_clients_s` FOREIGN KEY (`site_id`) REFERENCES `clients_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_groups_user_id_group_id_59c0b32f_uniq` (`user_id`, `group_id`),
  CONSTRAINT `accounts_user_groups_group_id_bd11a704_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `accounts_user_groups_user_id_52b62117_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_user_permi_user_id_permission_id_2ab516c2_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `accounts_user_user_p_permission_id_113bb443_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `accounts_user_user_p_user_id_e4f0a161_fk_accounts_` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_customfield` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `order` INT NOT NULL,
  `model` VARCHAR(25) NOT NULL,
  `type` VARCHAR(25) NOT NULL,
  `options` JSON,
  `name` VARCHAR(255),
  `default_value_string` LONGTEXT,
  `required` TINYINT(1) NOT NULL,
  `default_value_bool` TINYINT(1) NOT NULL,
  `default_values_multiple` JSON,
  `hide_in_ui` TINYINT(1) NOT NULL,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_customfield_model_name_4f7f81a7_uniq` (`model`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agents_agentcustomfield` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `string_value` LONGTEXT,
  `agent_id` INT NOT NULL,
  `field_id` INT NOT NULL,
  `multiple_value` JSON,
  `bool_value` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `agents_agentcustomfi_field_id_2c56a693_fk_core_cust` FOREIGN KEY (`field_id`) REFERENCES `core_customfield` (`id`),
  CONSTRAINT `agents_agentcustomfield_agent_id_4af3376f_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agents_agenthistory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `time` DATETIME(6) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `command` LONGTEXT,
  `status` VARCHAR(50) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `results` LONGTEXT,
  `agent_id` INT NOT NULL,
  `script_id` INT,
  `script_results` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `agents_agenthistory_agent_id_cec88ce4_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`),
  CONSTRAINT `agents_agenthistory_script_id_9875345d_fk_scripts_script_id` FOREIGN KEY (`script_id`) REFERENCES `scripts_script` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agents_note` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `note` LONGTEXT,
  `entry_time` DATETIME(6) NOT NULL,
  `agent_id` INT NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `agents_note_agent_id_a71bd47d_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`),
  CONSTRAINT `agents_note_user_id_ac99e57e_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agents_recoveryaction` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mode` VARCHAR(50) NOT NULL,
  `command` LONGTEXT,
  `last_run` DATETIME(6),
  `agent_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `agents_recoveryaction_agent_id_446cd104_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checks_check` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `check_type` VARCHAR(50) NOT NULL,
  `status` VARCHAR(100) NOT NULL,
  `more_info` LONGTEXT,
  `last_run` DATETIME(6),
  `email_alert` TINYINT(1) NOT NULL,
  `text_alert` TINYINT(1) NOT NULL,
  `fails_b4_alert` INT NOT NULL,
  `fail_count` INT NOT NULL,
  `outage_history` JSON,
  `extra_details` JSON,
  `disk` VARCHAR(2),
  `ip` VARCHAR(255),
  `timeout` INT,
  `stdout` LONGTEXT,
  `stderr` LONGTEXT,
  `retcode` INT,
  `execution_time` VARCHAR(100),
  `history` JSON,
  `svc_name` VARCHAR(255),
  `svc_display_name` VARCHAR(255),
  `pass_if_start_pending` TINYINT(1),
  `restart_if_stopped` TINYINT(1),
  `svc_policy_mode` VARCHAR(20),
  `log_name` VARCHAR(255),
  `event_id` INT,
  `event_type` VARCHAR(255),
  `fail_when` VARCHAR(255),
  `search_last_days` INT,
  `agent_id` INT,
  `policy_id` INT,
  `script_id` INT,
  `managed_by_policy` TINYINT(1) NOT NULL,
  `overriden_by_policy` TINYINT(1) NOT NULL,
  `parent_check` INT,
  `event_id_is_wildcard` TINYINT(1) NOT NULL,
  `script_args` JSON,
  `pass_if_svc_not_exist` TINYINT(1) NOT NULL,
  `event_message` LONGTEXT,
  `event_source` VARCHAR(255),
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `alert_severity` VARCHAR(15),
  `error_threshold` INT,
  `info_return_codes` JSON,
  `warning_return_codes` JSON,
  `warning_threshold` INT,
  `dashboard_alert` TINYINT(1) NOT NULL,
  `number_of_events_b4_alert` INT,
  `run_interval` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `checks_check_agent_id_63eebb66_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`),
  CONSTRAINT `checks_check_policy_id_eeb002ea_fk_automation_policy_id` FOREIGN KEY (`policy_id`) REFERENCES `automation_policy` (`id`),
  CONSTRAINT `checks_check_script_id_be0f0df7_fk_scripts_script_id` FOREIGN KEY (`script_id`) REFERENCES `scripts_script` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `autotasks_automatedtask` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `run_time_minute` VARCHAR(5),
  `task_type` VARCHAR(100) NOT NULL,
  `win_task_name` VARCHAR(255),
  `timeout` INT NOT NULL,
  `retcode` INT,
  `stdout` LONGTEXT,
  `stderr` LONGTEXT,
  `execution_time` VARCHAR(100) NOT NULL,
  `last_run` DATETIME(6),
  `enabled` TINYINT(1) NOT NULL,
  `agent_id` INT,
  `assigned_check_id` INT,
  `policy_id` INT,
  `script_id` INT,
  `managed_by_policy` TINYINT(1) NOT NULL,
  `parent_task` INT,
  `script_args` JSON,
  `sync_status` VARCHAR(100) NOT NULL,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `remove_if_not_scheduled` TINYINT(1) NOT NULL,
  `run_time_date` DATETIME(6),
  `run_time_bit_weekdays` INT,
  `alert_severity` VARCHAR(30) NOT NULL,
  `email_alert` TINYINT(1) NOT NULL,
  `text_alert` TINYINT(1) NOT NULL,
  `dashboard_alert` TINYINT(1) NOT NULL,
  `status` VARCHAR(30) NOT NULL,
  `run_asap_after_missed` TINYINT(1) NOT NULL,
  `custom_field_id` INT,
  `retvalue` LONGTEXT,
  `collector_all_output` TINYINT(1) NOT NULL,
  `actions` JSON NOT NULL,
  `daily_interval` SMALLINT,
  `expire_date` DATETIME(6),
  `monthly_days_of_month` BIGINT,
  `monthly_months_of_year` INT,
  `monthly_weeks_of_month` SMALLINT,
  `random_task_delay` VARCHAR(10),
  `stop_task_at_duration_end` TINYINT(1) NOT NULL,
  `task_instance_policy` SMALLINT NOT NULL,
  `task_repetition_duration` VARCHAR(10),
  `task_repetition_interval` VARCHAR(10),
  `weekly_interval` SMALLINT,
  `continue_on_error` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `autotasks_automatedt_assigned_check_id_ad9398e7_fk_checks_ch` FOREIGN KEY (`assigned_check_id`) REFERENCES `checks_check` (`id`),
  CONSTRAINT `autotasks_automatedt_custom_field_id_78c0580b_fk_core_cust` FOREIGN KEY (`custom_field_id`) REFERENCES `core_customfield` (`id`),
  CONSTRAINT `autotasks_automatedt_policy_id_5997688d_fk_automatio` FOREIGN KEY (`policy_id`) REFERENCES `automation_policy` (`id`),
  CONSTRAINT `autotasks_automatedtask_agent_id_de6345b9_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`),
  CONSTRAINT `autotasks_automatedtask_script_id_43a8af2e_fk_scripts_script_id` FOREIGN KEY (`script_id`) REFERENCES `scripts_script` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts_alert` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `message` LONGTEXT,
  `alert_time` DATETIME(6),
  `snooze_until` DATETIME(6),
  `resolved` TINYINT(1) NOT NULL,
  `agent_id` INT,
  `severity` VARCHAR(30) NOT NULL,
  `assigned_check_id` INT,
  `action_execution_time` VARCHAR(100),
  `action_retcode` INT,
  `action_run` DATETIME(6),
  `action_stderr` LONGTEXT,
  `action_stdout` LONGTEXT,
  `alert_type` VARCHAR(20) NOT NULL,
  `assigned_task_id` INT,
  `email_sent` DATETIME(6),
  `hidden` TINYINT(1) NOT NULL,
  `resolved_action_execution_time` VARCHAR(100),
  `resolved_action_retcode` INT,
  `resolved_action_run` DATETIME(6),
  `resolved_action_stderr` LONGTEXT,
  `resolved_action_stdout` LONGTEXT,
  `resolved_email_sent` DATETIME(6),
  `resolved_on` DATETIME(6),
  `resolved_sms_sent` DATETIME(6),
  `sms_sent` DATETIME(6),
  `snoozed` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `alerts_alert_agent_id_3ffae670_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`),
  CONSTRAINT `alerts_alert_assigned_check_id_23ee0756_fk_checks_check_id` FOREIGN KEY (`assigned_check_id`) REFERENCES `checks_check` (`id`),
  CONSTRAINT `alerts_alert_assigned_task_id_1d3c150f_fk_autotasks` FOREIGN KEY (`assigned_task_id`) REFERENCES `autotasks_automatedtask` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts_alerttemplate_excluded_agents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `alerttemplate_id` INT NOT NULL,
  `agent_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alerts_alerttemplate_exc_alerttemplate_id_agent_i_5226de01_uniq` (`alerttemplate_id`, `agent_id`),
  CONSTRAINT `alerts_alerttemplate_agent_id_524c0f0e_fk_agents_ag` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`),
  CONSTRAINT `alerts_alerttemplate_alerttemplate_id_015864ec_fk_alerts_al` FOREIGN KEY (`alerttemplate_id`) REFERENCES `alerts_alerttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts_alerttemplate_excluded_clients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `alerttemplate_id` INT NOT NULL,
  `client_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alerts_alerttemplate_exc_alerttemplate_id_client__cec86a48_uniq` (`alerttemplate_id`, `client_id`),
  CONSTRAINT `alerts_alerttemplate_alerttemplate_id_fd024c11_fk_alerts_al` FOREIGN KEY (`alerttemplate_id`) REFERENCES `alerts_alerttemplate` (`id`),
  CONSTRAINT `alerts_alerttemplate_client_id_c330f899_fk_clients_c` FOREIGN KEY (`client_id`) REFERENCES `clients_client` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts_alerttemplate_excluded_sites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `alerttemplate_id` INT NOT NULL,
  `site_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alerts_alerttemplate_exc_alerttemplate_id_site_id_eac593fe_uniq` (`alerttemplate_id`, `site_id`),
  CONSTRAINT `alerts_alerttemplate_alerttemplate_id_c9f43bd8_fk_alerts_al` FOREIGN KEY (`alerttemplate_id`) REFERENCES `alerts_alerttemplate` (`id`),
  CONSTRAINT `alerts_alerttemplate_site_id_2ea5ed02_fk_clients_s` FOREIGN KEY (`site_id`) REFERENCES `clients_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` VARCHAR(40) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `automation_policy_excluded_agents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `policy_id` INT NOT NULL,
  `agent_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `automation_policy_exclud_policy_id_agent_id_d944ef33_uniq` (`policy_id`, `agent_id`),
  CONSTRAINT `automation_policy_ex_agent_id_1fb63643_fk_agents_ag` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`),
  CONSTRAINT `automation_policy_ex_policy_id_1f2ae5d5_fk_automatio` FOREIGN KEY (`policy_id`) REFERENCES `automation_policy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `automation_policy_excluded_clients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `policy_id` INT NOT NULL,
  `client_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `automation_policy_exclud_policy_id_client_id_7eef7c83_uniq` (`policy_id`, `client_id`),
  CONSTRAINT `automation_policy_ex_client_id_470190dd_fk_clients_c` FOREIGN KEY (`client_id`) REFERENCES `clients_client` (`id`),
  CONSTRAINT `automation_policy_ex_policy_id_53bbe309_fk_automatio` FOREIGN KEY (`policy_id`) REFERENCES `automation_policy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `automation_policy_excluded_sites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `policy_id` INT NOT NULL,
  `site_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `automation_policy_exclud_policy_id_site_id_73966a45_uniq` (`policy_id`, `site_id`),
  CONSTRAINT `automation_policy_ex_policy_id_d1919a21_fk_automatio` FOREIGN KEY (`policy_id`) REFERENCES `automation_policy` (`id`),
  CONSTRAINT `automation_policy_ex_site_id_36fe3928_fk_clients_s` FOREIGN KEY (`site_id`) REFERENCES `clients_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checks_checkhistory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `x` DATETIME(6) NOT NULL,
  `y` INT,
  `results` JSON,
  `check_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_clientcustomfield` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `string_value` LONGTEXT,
  `client_id` INT NOT NULL,
  `field_id` INT NOT NULL,
  `multiple_value` JSON,
  `bool_value` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `clients_clientcustom_client_id_2931bf70_fk_clients_c` FOREIGN KEY (`client_id`) REFERENCES `clients_client` (`id`),
  CONSTRAINT `clients_clientcustom_field_id_0e80f18a_fk_core_cust` FOREIGN KEY (`field_id`) REFERENCES `core_customfield` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knox_authtoken` (
  `digest` VARCHAR(128) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `expiry` DATETIME(6),
  `token_key` VARCHAR(8) NOT NULL,
  PRIMARY KEY (`digest`),
  CONSTRAINT `knox_authtoken_user_id_e5a5d899_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_deployment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uid` CHAR(36) NOT NULL,
  `mon_type` VARCHAR(255) NOT NULL,
  `arch` VARCHAR(255) NOT NULL,
  `expiry` DATETIME(6),
  `token_key` VARCHAR(255) NOT NULL,
  `install_flags` JSON,
  `auth_token_id` VARCHAR(128) NOT NULL,
  `site_id` INT NOT NULL,
  `created` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `clients_deployment_auth_token_id_f937d209_fk_knox_auth` FOREIGN KEY (`auth_token_id`) REFERENCES `knox_authtoken` (`digest`),
  CONSTRAINT `clients_deployment_site_id_9574ee75_fk_clients_site_id` FOREIGN KEY (`site_id`) REFERENCES `clients_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_sitecustomfield` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `field_id` INT NOT NULL,
  `site_id` INT NOT NULL,
  `multiple_value` JSON,
  `bool_value` TINYINT(1) NOT NULL,
  `string_value` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `clients_sitecustomfi_field_id_c0f34c81_fk_core_cust` FOREIGN KEY (`field_id`) REFERENCES `core_customfield` (`id`),
  CONSTRAINT `clients_sitecustomfield_site_id_5c989afd_fk_clients_site_id` FOREIGN KEY (`site_id`) REFERENCES `clients_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_codesigntoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_coresettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email_alert_recipients` JSON,
  `smtp_host` VARCHAR(255),
  `smtp_host_user` VARCHAR(255),
  `smtp_host_password` VARCHAR(255),
  `smtp_port` INT,
  `default_time_zone` VARCHAR(255) NOT NULL,
  `mesh_token` VARCHAR(255),
  `mesh_site` VARCHAR(255),
  `mesh_username` VARCHAR(255),
  `smtp_from_email` VARCHAR(255),
  `smtp_requires_auth` TINYINT(1) NOT NULL,
  `server_policy_id` INT,
  `workstation_policy_id` INT,
  `agent_auto_update` TINYINT(1) NOT NULL,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  `sms_alert_recipients` JSON,
  `twilio_account_sid` VARCHAR(255),
  `twilio_auth_token` VARCHAR(255),
  `twilio_number` VARCHAR(255),
  `check_history_prune_days` INT NOT NULL,
  `alert_template_id` INT,
  `clear_faults_days` INT NOT NULL,
  `agent_history_prune_days` INT NOT NULL,
  `resolved_alerts_prune_days` INT NOT NULL,
  `agent_debug_level` VARCHAR(20) NOT NULL,
  `debug_log_prune_days` INT NOT NULL,
  `audit_log_prune_days` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_coresettings_alert_template_id_5032febc_fk_alerts_al` FOREIGN KEY (`alert_template_id`) REFERENCES `alerts_alerttemplate` (`id`),
  CONSTRAINT `core_coresettings_server_policy_id_97dbd627_fk_automatio` FOREIGN KEY (`server_policy_id`) REFERENCES `automation_policy` (`id`),
  CONSTRAINT `core_coresettings_workstation_policy_i_adbb7fac_fk_automatio` FOREIGN KEY (`workstation_policy_id`) REFERENCES `automation_policy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_globalkvstore` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(25) NOT NULL,
  `value` LONGTEXT NOT NULL,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
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

CREATE TABLE `logs_auditlog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255) NOT NULL,
  `agent` VARCHAR(255),
  `entry_time` DATETIME(6) NOT NULL,
  `action` VARCHAR(100) NOT NULL,
  `object_type` VARCHAR(100) NOT NULL,
  `before_value` JSON,
  `after_value` JSON,
  `message` VARCHAR(255),
  `debug_info` JSON,
  `agent_id` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs_debuglog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `agent_id` INT,
  `entry_time` DATETIME(6) NOT NULL,
  `log_level` VARCHAR(50) NOT NULL,
  `log_type` VARCHAR(50) NOT NULL,
  `message` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `logs_debuglog_agent_id_2d1af3db_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs_pendingaction` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entry_time` DATETIME(6) NOT NULL,
  `action_type` VARCHAR(255),
  `status` VARCHAR(255) NOT NULL,
  `celery_id` VARCHAR(255),
  `details` JSON,
  `agent_id` INT NOT NULL,
  `cancelable` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `logs_pendingaction_agent_id_c92764af_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scripts_scriptsnippet` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(40) NOT NULL,
  `code` LONGTEXT NOT NULL,
  `shell` VARCHAR(15) NOT NULL,
  `desc` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scripts_scriptsnippet_name_40612d13_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `software_chocosoftware` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `chocos` JSON NOT NULL,
  `added` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `software_installedsoftware` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `software` JSON NOT NULL,
  `agent_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `software_installedsoftware_agent_id_3f8aba73_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `winupdate_winupdate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `guid` VARCHAR(255),
  `kb` VARCHAR(100),
  `mandatory` TINYINT(1) NOT NULL,
  `title` LONGTEXT,
  `needs_reboot` TINYINT(1) NOT NULL,
  `installed` TINYINT(1) NOT NULL,
  `downloaded` TINYINT(1) NOT NULL,
  `description` LONGTEXT,
  `severity` VARCHAR(255),
  `action` VARCHAR(100) NOT NULL,
  `result` VARCHAR(255) NOT NULL,
  `date_installed` DATETIME(6),
  `agent_id` INT NOT NULL,
  `categories` JSON,
  `category_ids` JSON,
  `kb_article_ids` JSON,
  `more_info_urls` JSON,
  `revision_number` INT,
  `support_url` LONGTEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `winupdate_winupdate_agent_id_27e33321_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `winupdate_winupdatepolicy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `critical` VARCHAR(100) NOT NULL,
  `important` VARCHAR(100) NOT NULL,
  `moderate` VARCHAR(100) NOT NULL,
  `low` VARCHAR(100) NOT NULL,
  `other` VARCHAR(100) NOT NULL,
  `run_time_hour` INT NOT NULL,
  `run_time_days` JSON,
  `reboot_after_install` VARCHAR(50) NOT NULL,
  `reprocess_failed` TINYINT(1) NOT NULL,
  `reprocess_failed_times` INT NOT NULL,
  `email_if_fail` TINYINT(1) NOT NULL,
  `agent_id` INT,
  `policy_id` INT,
  `reprocess_failed_inherit` TINYINT(1) NOT NULL,
  `run_time_frequency` VARCHAR(100) NOT NULL,
  `run_time_day` INT NOT NULL,
  `created_by` VARCHAR(255),
  `created_time` DATETIME(6),
  `modified_by` VARCHAR(255),
  `modified_time` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `winupdate_winupdatep_policy_id_7fb24442_fk_automatio` FOREIGN KEY (`policy_id`) REFERENCES `automation_policy` (`id`),
  CONSTRAINT `winupdate_winupdatepolicy_agent_id_3b7c3746_fk_agents_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `agents_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

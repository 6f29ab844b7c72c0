-- Re2o (Federez; administration software of French associative / student-residence ISPs, first written at Rezo Metz)
-- Upstream: github.com/Re2o/re2o, commit ee7c426f5e5a75ab253d6dfe49214a8bee78a867 (GPL-2.0)
-- Made from upstream's Django migrations (users, machines, cotisations, topologie, preferences, tickets, multi_op, api:
-- 441 migration files): Django 4.2's MigrationLoader built the final project state and Django's own MySQL
-- schema editor wrote the CREATE TABLE / ALTER TABLE ... ADD CONSTRAINT statements (nothing executed).
-- Framework tables the application installs (contenttypes, auth group/permission, admin log, sessions,
-- django-reversion 6.4.0) were written the same way from their own migrations.
-- Tables left out: see re2o.md. Plain (non-unique) indexes left out.

CREATE TABLE `django_admin_log` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint UNSIGNED NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` integer NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `auth_permission` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL
);

CREATE TABLE `auth_group` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(150) NOT NULL UNIQUE
);

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL
);

CREATE TABLE `cotisations_baseinvoice` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `date` datetime(6) NOT NULL
);

CREATE TABLE `cotisations_facture` (
  `baseinvoice_ptr_id` integer NOT NULL PRIMARY KEY,
  `cheque` varchar(255) NOT NULL,
  `valid` bool NOT NULL,
  `control` bool NOT NULL,
  `banque_id` integer NULL,
  `paiement_id` integer NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `cotisations_custominvoice` (
  `baseinvoice_ptr_id` integer NOT NULL PRIMARY KEY,
  `recipient` varchar(255) NOT NULL,
  `payment` varchar(255) NOT NULL,
  `address` varchar(255) NOT NULL,
  `paid` bool NOT NULL,
  `remark` longtext NULL
);

CREATE TABLE `cotisations_costestimate` (
  `custominvoice_ptr_id` integer NOT NULL PRIMARY KEY,
  `validity` bigint NOT NULL,
  `final_invoice_id` integer NULL
);

CREATE TABLE `cotisations_vente` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `number` integer NOT NULL,
  `name` varchar(255) NOT NULL,
  `prix` numeric(5, 2) NOT NULL,
  `duration_connection` integer UNSIGNED NOT NULL CHECK (`duration_connection` >= 0),
  `duration_days_connection` integer UNSIGNED NOT NULL CHECK (`duration_days_connection` >= 0),
  `duration_membership` integer UNSIGNED NOT NULL CHECK (`duration_membership` >= 0),
  `duration_days_membership` integer UNSIGNED NOT NULL CHECK (`duration_days_membership` >= 0),
  `facture_id` integer NOT NULL
);

CREATE TABLE `cotisations_article` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `prix` numeric(5, 2) NOT NULL,
  `duration_connection` integer UNSIGNED NOT NULL CHECK (`duration_connection` >= 0),
  `duration_days_connection` integer UNSIGNED NOT NULL CHECK (`duration_days_connection` >= 0),
  `duration_membership` integer UNSIGNED NOT NULL CHECK (`duration_membership` >= 0),
  `duration_days_membership` integer UNSIGNED NOT NULL CHECK (`duration_days_membership` >= 0),
  `need_membership` bool NOT NULL,
  `type_user` varchar(255) NOT NULL,
  `available_for_everyone` bool NOT NULL
);

CREATE TABLE `cotisations_banque` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL
);

CREATE TABLE `cotisations_paiement` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `moyen` varchar(255) NOT NULL,
  `available_for_everyone` bool NOT NULL,
  `is_balance` bool NOT NULL
);

CREATE TABLE `cotisations_cotisation` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `date_start_con` datetime(6) NOT NULL,
  `date_end_con` datetime(6) NOT NULL,
  `date_start_memb` datetime(6) NOT NULL,
  `date_end_memb` datetime(6) NOT NULL,
  `vente_id` integer NULL UNIQUE
);

CREATE TABLE `cotisations_balancepayment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `minimum_balance` numeric(5, 2) NOT NULL,
  `maximum_balance` numeric(5, 2) NULL,
  `credit_balance_allowed` bool NOT NULL,
  `payment_id` integer NOT NULL UNIQUE
);

CREATE TABLE `cotisations_comnpaypayment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `payment_credential` varchar(255) NOT NULL,
  `payment_pass` varchar(255) NULL,
  `minimum_payment` numeric(5, 2) NOT NULL,
  `production` bool NOT NULL,
  `payment_id` integer NOT NULL UNIQUE
);

CREATE TABLE `cotisations_notepayment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `server` varchar(255) NOT NULL,
  `port` integer UNSIGNED NULL CHECK (`port` >= 0),
  `id_note` integer UNSIGNED NULL CHECK (`id_note` >= 0),
  `payment_id` integer NOT NULL UNIQUE
);

CREATE TABLE `machines_machine` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NULL,
  `active` bool NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `machines_machinetype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `ip_type_id` integer NULL
);

CREATE TABLE `machines_iptype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `need_infra` bool NOT NULL,
  `domaine_ip_start` char(39) NOT NULL,
  `domaine_ip_stop` char(39) NOT NULL,
  `domaine_ip_network` char(39) NULL,
  `domaine_ip_netmask` integer NOT NULL,
  `reverse_v4` bool NOT NULL,
  `prefix_v6` char(39) NULL,
  `prefix_v6_length` integer NOT NULL,
  `reverse_v6` bool NOT NULL,
  `extension_id` integer NOT NULL,
  `ouverture_ports_id` integer NULL,
  `vlan_id` integer NULL
);

CREATE TABLE `machines_vlan` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `vlan_id` integer UNSIGNED NOT NULL CHECK (`vlan_id` >= 0),
  `name` varchar(256) NOT NULL,
  `comment` varchar(256) NOT NULL,
  `arp_protect` bool NOT NULL,
  `dhcp_snooping` bool NOT NULL,
  `dhcpv6_snooping` bool NOT NULL,
  `igmp` bool NOT NULL,
  `mld` bool NOT NULL
);

CREATE TABLE `machines_nas` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `port_access_mode` varchar(32) NOT NULL,
  `autocapture_mac` bool NOT NULL,
  `machine_type_id` integer NOT NULL,
  `nas_type_id` integer NOT NULL
);

CREATE TABLE `machines_soa` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `mail` varchar(254) NOT NULL,
  `refresh` integer UNSIGNED NOT NULL CHECK (`refresh` >= 0),
  `retry` integer UNSIGNED NOT NULL CHECK (`retry` >= 0),
  `expire` integer UNSIGNED NOT NULL CHECK (`expire` >= 0),
  `ttl` integer UNSIGNED NOT NULL CHECK (`ttl` >= 0)
);

CREATE TABLE `machines_extension` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `need_infra` bool NOT NULL,
  `origin_v6` char(39) NULL,
  `dnssec` bool NOT NULL,
  `origin_id` integer NULL,
  `soa_id` integer NOT NULL
);

CREATE TABLE `machines_sshfp` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `pub_key_entry` longtext NOT NULL,
  `algo` varchar(32) NOT NULL,
  `comment` varchar(255) NULL,
  `machine_id` integer NOT NULL
);

CREATE TABLE `machines_interface` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `mac_address` varchar(17) NOT NULL,
  `details` varchar(255) NOT NULL,
  `ipv4_id` integer NULL UNIQUE,
  `machine_id` integer NOT NULL,
  `machine_type_id` integer NOT NULL
);

CREATE TABLE `machines_interface_port_lists` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `interface_id` integer NOT NULL,
  `ouvertureportlist_id` integer NOT NULL
);

CREATE TABLE `machines_ipv6list` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ipv6` char(39) NOT NULL,
  `slaac_ip` bool NOT NULL,
  `active` bool NOT NULL,
  `interface_id` integer NOT NULL
);

CREATE TABLE `machines_domain` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `cname_id` integer NULL,
  `ttl` integer UNSIGNED NOT NULL CHECK (`ttl` >= 0),
  `extension_id` integer NOT NULL,
  `interface_parent_id` integer NULL UNIQUE
);

CREATE TABLE `machines_iplist` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ipv4` char(39) NOT NULL UNIQUE,
  `ip_type_id` integer NOT NULL
);

CREATE TABLE `machines_ouvertureportlist` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL
);

CREATE TABLE `machines_ouvertureport` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `begin` integer UNSIGNED NOT NULL CHECK (`begin` >= 0),
  `end` integer UNSIGNED NOT NULL CHECK (`end` >= 0),
  `protocole` varchar(1) NOT NULL,
  `io` varchar(1) NOT NULL,
  `port_list_id` integer NOT NULL
);

CREATE TABLE `preferences_optionaluser` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `is_tel_mandatory` bool NOT NULL,
  `gpg_fingerprint` bool NOT NULL,
  `all_can_create_club` bool NOT NULL,
  `all_can_create_adherent` bool NOT NULL,
  `self_change_shell` bool NOT NULL,
  `self_change_pseudo` bool NOT NULL,
  `self_room_policy` varchar(32) NOT NULL,
  `local_email_accounts_enabled` bool NOT NULL,
  `local_email_domain` varchar(32) NOT NULL,
  `max_email_address` integer NOT NULL,
  `delete_notyetactive` integer NOT NULL,
  `disable_emailnotyetconfirmed` integer NOT NULL,
  `self_adhesion` bool NOT NULL,
  `all_users_active` bool NOT NULL,
  `allow_set_password_during_user_creation` bool NOT NULL,
  `allow_archived_connexion` bool NOT NULL,
  `shell_default_id` integer NULL UNIQUE
);

CREATE TABLE `preferences_optionalmachine` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password_machine` bool NOT NULL,
  `max_lambdauser_interfaces` integer NOT NULL,
  `ipv6_mode` varchar(32) NOT NULL,
  `create_machine` bool NOT NULL,
  `default_dns_ttl` integer UNSIGNED NOT NULL CHECK (`default_dns_ttl` >= 0),
  `max_lambdauser_aliases` integer NOT NULL
);

CREATE TABLE `preferences_optionaltopologie` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `switchs_web_management` bool NOT NULL,
  `switchs_web_management_ssl` bool NOT NULL,
  `switchs_rest_management` bool NOT NULL,
  `switchs_provision` varchar(32) NOT NULL,
  `sftp_login` varchar(32) NULL,
  `sftp_pass` varchar(63) NULL,
  `switchs_ip_type_id` integer NULL UNIQUE
);

CREATE TABLE `preferences_radiuskey` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `radius_key` varchar(255) NOT NULL,
  `comment` varchar(255) NULL,
  `default_switch` bool NOT NULL
);

CREATE TABLE `preferences_switchmanagementcred` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `management_id` varchar(63) NOT NULL,
  `management_pass` varchar(63) NOT NULL,
  `default_switch` bool NOT NULL UNIQUE
);

CREATE TABLE `preferences_reminder` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `days` integer NOT NULL UNIQUE,
  `message` longtext NULL
);

CREATE TABLE `preferences_generaloption` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `general_message_fr` longtext NOT NULL,
  `general_message_en` longtext NOT NULL,
  `search_display_page` integer NOT NULL,
  `pagination_number` integer NOT NULL,
  `pagination_large_number` integer NOT NULL,
  `req_expire_hrs` integer NOT NULL,
  `site_name` varchar(32) NOT NULL,
  `email_from` varchar(254) NOT NULL,
  `main_site_url` varchar(255) NOT NULL,
  `GTU_sum_up` longtext NOT NULL,
  `GTU` varchar(100) NULL
);

CREATE TABLE `preferences_mailcontact` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `address` varchar(254) NOT NULL,
  `commentary` varchar(256) NULL
);

CREATE TABLE `preferences_mandate` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) NULL,
  `president_id` integer NULL
);

CREATE TABLE `preferences_assooption` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(256) NOT NULL,
  `siret` varchar(32) NOT NULL,
  `adresse1` varchar(128) NOT NULL,
  `adresse2` varchar(128) NOT NULL,
  `contact` varchar(254) NOT NULL,
  `telephone` varchar(15) NOT NULL,
  `pseudo` varchar(32) NOT NULL,
  `description` longtext NULL,
  `utilisateur_asso_id` integer NULL UNIQUE
);

CREATE TABLE `preferences_mailmessageoption` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `welcome_mail_fr` longtext NOT NULL,
  `welcome_mail_en` longtext NOT NULL
);

CREATE TABLE `preferences_cotisationsoption` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `send_voucher_mail` bool NOT NULL,
  `invoice_template_id` integer NOT NULL UNIQUE,
  `voucher_template_id` integer NOT NULL UNIQUE
);

CREATE TABLE `preferences_documenttemplate` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `template` varchar(100) NOT NULL,
  `name` varchar(125) NOT NULL UNIQUE
);

CREATE TABLE `reversion_revision` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `date_created` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `user_id` integer NULL
);

CREATE TABLE `reversion_version` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `object_id` varchar(191) NOT NULL,
  `format` varchar(255) NOT NULL,
  `serialized_data` longtext NOT NULL,
  `object_repr` longtext NOT NULL,
  `content_type_id` integer NOT NULL,
  `revision_id` integer NOT NULL,
  `db` varchar(191) NOT NULL
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL
);

CREATE TABLE `tickets_commentticket` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `date` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NOT NULL,
  `parent_ticket_id` integer NOT NULL
);

CREATE TABLE `tickets_ticket` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `title` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `date` datetime(6) NOT NULL,
  `email` varchar(100) NULL,
  `solved` bool NOT NULL,
  `language` varchar(16) NOT NULL,
  `user_id` integer NULL
);

CREATE TABLE `tickets_ticketoption` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `publish_address` varchar(1000) NULL
);

CREATE TABLE `topologie_stack` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(32) NULL,
  `stack_id` varchar(32) NOT NULL UNIQUE,
  `details` varchar(255) NULL,
  `member_id_min` integer UNSIGNED NOT NULL CHECK (`member_id_min` >= 0),
  `member_id_max` integer UNSIGNED NOT NULL CHECK (`member_id_max` >= 0)
);

CREATE TABLE `topologie_accesspoint` (
  `machine_ptr_id` integer NOT NULL PRIMARY KEY,
  `location` varchar(255) NULL
);

CREATE TABLE `topologie_switch` (
  `machine_ptr_id` integer NOT NULL PRIMARY KEY,
  `number` integer UNSIGNED NOT NULL CHECK (`number` >= 0),
  `stack_member_id` integer UNSIGNED NULL CHECK (`stack_member_id` >= 0),
  `automatic_provision` bool NOT NULL,
  `management_creds_id` integer NULL,
  `model_id` integer NULL,
  `radius_key_id` integer NULL,
  `stack_id` integer NULL,
  `switchbay_id` integer NULL
);

CREATE TABLE `topologie_switchbay` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `info` varchar(255) NULL,
  `building_id` integer NOT NULL
);

CREATE TABLE `topologie_dormitory` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL
);

CREATE TABLE `topologie_building` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `dormitory_id` integer NOT NULL
);

CREATE TABLE `topologie_port` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `port` integer UNSIGNED NOT NULL CHECK (`port` >= 0),
  `state` bool NOT NULL,
  `details` varchar(255) NOT NULL,
  `custom_profile_id` integer NULL,
  `machine_interface_id` integer NULL,
  `related_id` integer NULL UNIQUE,
  `switch_id` integer NOT NULL,
  `room_id` integer NULL
);

CREATE TABLE `topologie_portprofile` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `profil_default` varchar(32) NULL,
  `radius_type` varchar(32) NOT NULL,
  `radius_mode` varchar(32) NOT NULL,
  `speed` varchar(32) NOT NULL,
  `mac_limit` integer NULL,
  `flow_control` bool NOT NULL,
  `dhcp_snooping` bool NOT NULL,
  `dhcpv6_snooping` bool NOT NULL,
  `arp_protect` bool NOT NULL,
  `ra_guard` bool NOT NULL,
  `loop_protect` bool NOT NULL,
  `on_dormitory_id` integer NULL,
  `vlan_untagged_id` integer NULL
);

CREATE TABLE `topologie_room` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `details` varchar(255) NOT NULL,
  `building_id` integer NOT NULL
);

CREATE TABLE `users_user` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `surname` varchar(255) NOT NULL,
  `pseudo` varchar(32) NOT NULL UNIQUE,
  `email` varchar(254) NOT NULL,
  `local_email_redirect` bool NOT NULL,
  `local_email_enabled` bool NOT NULL,
  `comment` varchar(255) NOT NULL,
  `pwd_ntlm` varchar(255) NOT NULL,
  `state` integer NOT NULL,
  `email_state` integer NOT NULL,
  `registered` datetime(6) NOT NULL,
  `telephone` varchar(15) NULL,
  `uid_number` integer UNSIGNED NOT NULL UNIQUE CHECK (`uid_number` >= 0),
  `legacy_uid` integer UNSIGNED NULL UNIQUE CHECK (`legacy_uid` >= 0),
  `shortcuts_enabled` bool NOT NULL,
  `email_change_date` datetime(6) NOT NULL,
  `theme` varchar(255) NOT NULL,
  `is_superuser` bool NOT NULL,
  `last_login` datetime(6) NULL,
  `password` varchar(128) NOT NULL,
  `school_id` integer NULL,
  `shell_id` integer NULL
);

CREATE TABLE `users_user_groups` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL
);

CREATE TABLE `users_user_user_permissions` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `permission_id` integer NOT NULL
);

CREATE TABLE `users_adherent` (
  `user_ptr_id` integer NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `gpg_fingerprint` varchar(49) NULL,
  `room_id` integer NULL UNIQUE
);

CREATE TABLE `users_club` (
  `user_ptr_id` integer NOT NULL PRIMARY KEY,
  `mailing` bool NOT NULL,
  `room_id` integer NULL
);

CREATE TABLE `users_club_administrators` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `club_id` integer NOT NULL,
  `adherent_id` integer NOT NULL
);

CREATE TABLE `users_club_members` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `club_id` integer NOT NULL,
  `adherent_id` integer NOT NULL
);

CREATE TABLE `users_serviceuser` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `pseudo` varchar(32) NOT NULL UNIQUE,
  `access_group` varchar(32) NOT NULL,
  `comment` varchar(255) NOT NULL,
  `last_login` datetime(6) NULL,
  `password` varchar(128) NOT NULL
);

CREATE TABLE `users_school` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL
);

CREATE TABLE `users_listright` (
  `group_ptr_id` integer NOT NULL PRIMARY KEY,
  `unix_name` varchar(255) NOT NULL UNIQUE,
  `gid` integer UNSIGNED NULL UNIQUE CHECK (`gid` >= 0),
  `critical` bool NOT NULL,
  `details` varchar(255) NOT NULL
);

CREATE TABLE `users_listshell` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `shell` varchar(255) NOT NULL UNIQUE
);

CREATE TABLE `users_ban` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `raison` varchar(255) NOT NULL,
  `date_start` datetime(6) NOT NULL,
  `date_end` datetime(6) NOT NULL,
  `state` integer NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `users_whitelist` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `raison` varchar(255) NOT NULL,
  `date_start` datetime(6) NOT NULL,
  `date_end` datetime(6) NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `users_request` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `type` varchar(2) NOT NULL,
  `token` varchar(32) NOT NULL,
  `email` varchar(254) NULL,
  `created_at` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `users_emailaddress` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `local_part` varchar(128) NOT NULL UNIQUE,
  `user_id` integer NOT NULL
);

ALTER TABLE `django_admin_log` ADD CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `django_admin_log` ADD CONSTRAINT `django_admin_log_user_id_c564eba6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `auth_permission` ADD CONSTRAINT `auth_permission_content_type_id_codename_01ab375a_uniq` UNIQUE (`content_type_id`, `codename`);
ALTER TABLE `auth_permission` ADD CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `django_content_type` ADD CONSTRAINT `django_content_type_app_label_model_76bd3d3b_uniq` UNIQUE (`app_label`, `model`);
ALTER TABLE `cotisations_facture` ADD CONSTRAINT `cotisations_facture_baseinvoice_ptr_id_0e085c74_fk_cotisatio` FOREIGN KEY (`baseinvoice_ptr_id`) REFERENCES `cotisations_baseinvoice` (`id`);
ALTER TABLE `cotisations_facture` ADD CONSTRAINT `cotisations_facture_banque_id_7b28ad92_fk_cotisations_banque_id` FOREIGN KEY (`banque_id`) REFERENCES `cotisations_banque` (`id`);
ALTER TABLE `cotisations_facture` ADD CONSTRAINT `cotisations_facture_paiement_id_da71aacb_fk_cotisatio` FOREIGN KEY (`paiement_id`) REFERENCES `cotisations_paiement` (`id`);
ALTER TABLE `cotisations_facture` ADD CONSTRAINT `cotisations_facture_user_id_c7c1d6ad_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `cotisations_custominvoice` ADD CONSTRAINT `cotisations_customin_baseinvoice_ptr_id_9d8d8e5e_fk_cotisatio` FOREIGN KEY (`baseinvoice_ptr_id`) REFERENCES `cotisations_baseinvoice` (`id`);
ALTER TABLE `cotisations_costestimate` ADD CONSTRAINT `cotisations_costesti_custominvoice_ptr_id_a94c5e4a_fk_cotisatio` FOREIGN KEY (`custominvoice_ptr_id`) REFERENCES `cotisations_custominvoice` (`baseinvoice_ptr_id`);
ALTER TABLE `cotisations_costestimate` ADD CONSTRAINT `cotisations_costesti_final_invoice_id_63586172_fk_cotisatio` FOREIGN KEY (`final_invoice_id`) REFERENCES `cotisations_custominvoice` (`baseinvoice_ptr_id`);
ALTER TABLE `cotisations_vente` ADD CONSTRAINT `cotisations_vente_facture_id_5debaddf_fk_cotisatio` FOREIGN KEY (`facture_id`) REFERENCES `cotisations_baseinvoice` (`id`);
ALTER TABLE `cotisations_cotisation` ADD CONSTRAINT `cotisations_cotisation_vente_id_d807080e_fk_cotisations_vente_id` FOREIGN KEY (`vente_id`) REFERENCES `cotisations_vente` (`id`);
ALTER TABLE `cotisations_balancepayment` ADD CONSTRAINT `cotisations_balancep_payment_id_bda6044f_fk_cotisatio` FOREIGN KEY (`payment_id`) REFERENCES `cotisations_paiement` (`id`);
ALTER TABLE `cotisations_comnpaypayment` ADD CONSTRAINT `cotisations_comnpayp_payment_id_4af4c6dc_fk_cotisatio` FOREIGN KEY (`payment_id`) REFERENCES `cotisations_paiement` (`id`);
ALTER TABLE `cotisations_notepayment` ADD CONSTRAINT `cotisations_notepaym_payment_id_f307e08f_fk_cotisatio` FOREIGN KEY (`payment_id`) REFERENCES `cotisations_paiement` (`id`);
ALTER TABLE `machines_machine` ADD CONSTRAINT `machines_machine_user_id_4913b692_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `machines_machinetype` ADD CONSTRAINT `machines_machinetype_ip_type_id_48f10170_fk_machines_iptype_id` FOREIGN KEY (`ip_type_id`) REFERENCES `machines_iptype` (`id`);
ALTER TABLE `machines_iptype` ADD CONSTRAINT `machines_iptype_extension_id_96ec9eec_fk_machines_extension_id` FOREIGN KEY (`extension_id`) REFERENCES `machines_extension` (`id`);
ALTER TABLE `machines_iptype` ADD CONSTRAINT `machines_iptype_ouverture_ports_id_8b65bcdc_fk_machines_` FOREIGN KEY (`ouverture_ports_id`) REFERENCES `machines_ouvertureportlist` (`id`);
ALTER TABLE `machines_iptype` ADD CONSTRAINT `machines_iptype_vlan_id_efda56e1_fk_machines_vlan_id` FOREIGN KEY (`vlan_id`) REFERENCES `machines_vlan` (`id`);
ALTER TABLE `machines_nas` ADD CONSTRAINT `machines_nas_machine_type_id_516853c2_fk_machines_machinetype_id` FOREIGN KEY (`machine_type_id`) REFERENCES `machines_machinetype` (`id`);
ALTER TABLE `machines_nas` ADD CONSTRAINT `machines_nas_nas_type_id_e362a05a_fk_machines_machinetype_id` FOREIGN KEY (`nas_type_id`) REFERENCES `machines_machinetype` (`id`);
ALTER TABLE `machines_extension` ADD CONSTRAINT `machines_extension_origin_id_18626210_fk_machines_iplist_id` FOREIGN KEY (`origin_id`) REFERENCES `machines_iplist` (`id`);
ALTER TABLE `machines_extension` ADD CONSTRAINT `machines_extension_soa_id_198412c0_fk_machines_soa_id` FOREIGN KEY (`soa_id`) REFERENCES `machines_soa` (`id`);
ALTER TABLE `machines_sshfp` ADD CONSTRAINT `machines_sshfp_machine_id_601d71e8_fk_machines_machine_id` FOREIGN KEY (`machine_id`) REFERENCES `machines_machine` (`id`);
ALTER TABLE `machines_interface` ADD CONSTRAINT `machines_interface_ipv4_id_be76ca6e_fk_machines_iplist_id` FOREIGN KEY (`ipv4_id`) REFERENCES `machines_iplist` (`id`);
ALTER TABLE `machines_interface` ADD CONSTRAINT `machines_interface_machine_id_67c9fbac_fk_machines_machine_id` FOREIGN KEY (`machine_id`) REFERENCES `machines_machine` (`id`);
ALTER TABLE `machines_interface` ADD CONSTRAINT `machines_interface_machine_type_id_b26b05d3_fk_machines_` FOREIGN KEY (`machine_type_id`) REFERENCES `machines_machinetype` (`id`);
ALTER TABLE `machines_interface_port_lists` ADD CONSTRAINT `machines_interface_port__interface_id_ouverturepo_318faf92_uniq` UNIQUE (`interface_id`, `ouvertureportlist_id`);
ALTER TABLE `machines_interface_port_lists` ADD CONSTRAINT `machines_interface_p_interface_id_93bcb77d_fk_machines_` FOREIGN KEY (`interface_id`) REFERENCES `machines_interface` (`id`);
ALTER TABLE `machines_interface_port_lists` ADD CONSTRAINT `machines_interface_p_ouvertureportlist_id_5c996cea_fk_machines_` FOREIGN KEY (`ouvertureportlist_id`) REFERENCES `machines_ouvertureportlist` (`id`);
ALTER TABLE `machines_ipv6list` ADD CONSTRAINT `machines_ipv6list_interface_id_afce24fc_fk_machines_interface_id` FOREIGN KEY (`interface_id`) REFERENCES `machines_interface` (`id`);
ALTER TABLE `machines_domain` ADD CONSTRAINT `machines_domain_name_extension_id_632d6e66_uniq` UNIQUE (`name`, `extension_id`);
ALTER TABLE `machines_domain` ADD CONSTRAINT `machines_domain_cname_id_38e932d7_fk_machines_domain_id` FOREIGN KEY (`cname_id`) REFERENCES `machines_domain` (`id`);
ALTER TABLE `machines_domain` ADD CONSTRAINT `machines_domain_extension_id_3cfdc928_fk_machines_extension_id` FOREIGN KEY (`extension_id`) REFERENCES `machines_extension` (`id`);
ALTER TABLE `machines_domain` ADD CONSTRAINT `machines_domain_interface_parent_id_98a77494_fk_machines_` FOREIGN KEY (`interface_parent_id`) REFERENCES `machines_interface` (`id`);
ALTER TABLE `machines_iplist` ADD CONSTRAINT `machines_iplist_ip_type_id_861ebdff_fk_machines_iptype_id` FOREIGN KEY (`ip_type_id`) REFERENCES `machines_iptype` (`id`);
ALTER TABLE `machines_ouvertureport` ADD CONSTRAINT `machines_ouverturepo_port_list_id_f58e7ca6_fk_machines_` FOREIGN KEY (`port_list_id`) REFERENCES `machines_ouvertureportlist` (`id`);
ALTER TABLE `preferences_optionaluser` ADD CONSTRAINT `preferences_optional_shell_default_id_16248569_fk_users_lis` FOREIGN KEY (`shell_default_id`) REFERENCES `users_listshell` (`id`);
ALTER TABLE `preferences_optionaltopologie` ADD CONSTRAINT `preferences_optional_switchs_ip_type_id_4178f698_fk_machines_` FOREIGN KEY (`switchs_ip_type_id`) REFERENCES `machines_iptype` (`id`);
ALTER TABLE `preferences_mandate` ADD CONSTRAINT `preferences_mandate_president_id_bbba5396_fk_users_user_id` FOREIGN KEY (`president_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `preferences_assooption` ADD CONSTRAINT `preferences_assoopti_utilisateur_asso_id_e31a0f37_fk_users_use` FOREIGN KEY (`utilisateur_asso_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `preferences_cotisationsoption` ADD CONSTRAINT `preferences_cotisati_invoice_template_id_7ee8812e_fk_preferenc` FOREIGN KEY (`invoice_template_id`) REFERENCES `preferences_documenttemplate` (`id`);
ALTER TABLE `preferences_cotisationsoption` ADD CONSTRAINT `preferences_cotisati_voucher_template_id_9f5a9e1a_fk_preferenc` FOREIGN KEY (`voucher_template_id`) REFERENCES `preferences_documenttemplate` (`id`);
ALTER TABLE `reversion_revision` ADD CONSTRAINT `reversion_revision_user_id_17095f45_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `reversion_version` ADD CONSTRAINT `reversion_version_db_content_type_id_objec_b2c54f65_uniq` UNIQUE (`db`, `content_type_id`, `object_id`, `revision_id`);
ALTER TABLE `reversion_version` ADD CONSTRAINT `reversion_version_content_type_id_7d0ff25c_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `reversion_version` ADD CONSTRAINT `reversion_version_revision_id_af9f6a9d_fk_reversion_revision_id` FOREIGN KEY (`revision_id`) REFERENCES `reversion_revision` (`id`);
ALTER TABLE `tickets_commentticket` ADD CONSTRAINT `tickets_commentticket_created_by_id_281d360b_fk_users_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `tickets_commentticket` ADD CONSTRAINT `tickets_commentticke_parent_ticket_id_080da331_fk_tickets_t` FOREIGN KEY (`parent_ticket_id`) REFERENCES `tickets_ticket` (`id`);
ALTER TABLE `tickets_ticket` ADD CONSTRAINT `tickets_ticket_user_id_6f5f1c69_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `topologie_accesspoint` ADD CONSTRAINT `topologie_accesspoin_machine_ptr_id_552b624e_fk_machines_` FOREIGN KEY (`machine_ptr_id`) REFERENCES `machines_machine` (`id`);
ALTER TABLE `topologie_switch` ADD CONSTRAINT `topologie_switch_stack_id_stack_member_id_8c002044_uniq` UNIQUE (`stack_id`, `stack_member_id`);
ALTER TABLE `topologie_switch` ADD CONSTRAINT `topologie_switch_machine_ptr_id_27ef78e7_fk_machines_machine_id` FOREIGN KEY (`machine_ptr_id`) REFERENCES `machines_machine` (`id`);
ALTER TABLE `topologie_switch` ADD CONSTRAINT `topologie_switch_management_creds_id_6c59647a_fk_preferenc` FOREIGN KEY (`management_creds_id`) REFERENCES `preferences_switchmanagementcred` (`id`);
ALTER TABLE `topologie_switch` ADD CONSTRAINT `topologie_switch_radius_key_id_1d094fd8_fk_preferenc` FOREIGN KEY (`radius_key_id`) REFERENCES `preferences_radiuskey` (`id`);
ALTER TABLE `topologie_switch` ADD CONSTRAINT `topologie_switch_stack_id_f6445c7e_fk_topologie_stack_id` FOREIGN KEY (`stack_id`) REFERENCES `topologie_stack` (`id`);
ALTER TABLE `topologie_switch` ADD CONSTRAINT `topologie_switch_switchbay_id_50799029_fk_topologie_switchbay_id` FOREIGN KEY (`switchbay_id`) REFERENCES `topologie_switchbay` (`id`);
ALTER TABLE `topologie_switchbay` ADD CONSTRAINT `topologie_switchbay_building_id_8b2b3ea4_fk_topologie` FOREIGN KEY (`building_id`) REFERENCES `topologie_building` (`id`);
ALTER TABLE `topologie_building` ADD CONSTRAINT `topologie_building_dormitory_id_6b3384fd_fk_topologie` FOREIGN KEY (`dormitory_id`) REFERENCES `topologie_dormitory` (`id`);
ALTER TABLE `topologie_port` ADD CONSTRAINT `topologie_port_switch_id_port_e0eebed0_uniq` UNIQUE (`switch_id`, `port`);
ALTER TABLE `topologie_port` ADD CONSTRAINT `topologie_port_custom_profile_id_34c82825_fk_topologie` FOREIGN KEY (`custom_profile_id`) REFERENCES `topologie_portprofile` (`id`);
ALTER TABLE `topologie_port` ADD CONSTRAINT `topologie_port_machine_interface_id_7af01ecb_fk_machines_` FOREIGN KEY (`machine_interface_id`) REFERENCES `machines_interface` (`id`);
ALTER TABLE `topologie_port` ADD CONSTRAINT `topologie_port_related_id_2c950b2e_fk_topologie_port_id` FOREIGN KEY (`related_id`) REFERENCES `topologie_port` (`id`);
ALTER TABLE `topologie_port` ADD CONSTRAINT `topologie_port_switch_id_051ebb88_fk_topologie` FOREIGN KEY (`switch_id`) REFERENCES `topologie_switch` (`machine_ptr_id`);
ALTER TABLE `topologie_port` ADD CONSTRAINT `topologie_port_room_id_3bef5451_fk_topologie_room_id` FOREIGN KEY (`room_id`) REFERENCES `topologie_room` (`id`);
ALTER TABLE `topologie_portprofile` ADD CONSTRAINT `topologie_portprofile_on_dormitory_id_profil_d_facdae1d_uniq` UNIQUE (`on_dormitory_id`, `profil_default`);
ALTER TABLE `topologie_portprofile` ADD CONSTRAINT `topologie_portprofil_on_dormitory_id_543971e9_fk_topologie` FOREIGN KEY (`on_dormitory_id`) REFERENCES `topologie_dormitory` (`id`);
ALTER TABLE `topologie_portprofile` ADD CONSTRAINT `topologie_portprofil_vlan_untagged_id_783010a6_fk_machines_` FOREIGN KEY (`vlan_untagged_id`) REFERENCES `machines_vlan` (`id`);
ALTER TABLE `topologie_room` ADD CONSTRAINT `topologie_room_name_building_id_62791663_uniq` UNIQUE (`name`, `building_id`);
ALTER TABLE `topologie_room` ADD CONSTRAINT `topologie_room_building_id_25f159e9_fk_topologie_building_id` FOREIGN KEY (`building_id`) REFERENCES `topologie_building` (`id`);
ALTER TABLE `users_user` ADD CONSTRAINT `users_user_school_id_e82aaa0a_fk_users_school_id` FOREIGN KEY (`school_id`) REFERENCES `users_school` (`id`);
ALTER TABLE `users_user` ADD CONSTRAINT `users_user_shell_id_3ec1e4a2_fk_users_listshell_id` FOREIGN KEY (`shell_id`) REFERENCES `users_listshell` (`id`);
ALTER TABLE `users_user_groups` ADD CONSTRAINT `users_user_groups_user_id_group_id_b88eab82_uniq` UNIQUE (`user_id`, `group_id`);
ALTER TABLE `users_user_groups` ADD CONSTRAINT `users_user_groups_user_id_5f6f5a90_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `users_user_groups` ADD CONSTRAINT `users_user_groups_group_id_9afc8d0e_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `users_user_user_permissions` ADD CONSTRAINT `users_user_user_permissions_user_id_permission_id_43338c45_uniq` UNIQUE (`user_id`, `permission_id`);
ALTER TABLE `users_user_user_permissions` ADD CONSTRAINT `users_user_user_permissions_user_id_20aca447_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `users_user_user_permissions` ADD CONSTRAINT `users_user_user_perm_permission_id_0b93982e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`);
ALTER TABLE `users_adherent` ADD CONSTRAINT `users_adherent_user_ptr_id_a5940158_fk_users_user_id` FOREIGN KEY (`user_ptr_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `users_adherent` ADD CONSTRAINT `users_adherent_room_id_0b1f04b8_fk_topologie_room_id` FOREIGN KEY (`room_id`) REFERENCES `topologie_room` (`id`);
ALTER TABLE `users_club` ADD CONSTRAINT `users_club_user_ptr_id_c8ce5f77_fk_users_user_id` FOREIGN KEY (`user_ptr_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `users_club` ADD CONSTRAINT `users_club_room_id_42ac7348_fk_topologie_room_id` FOREIGN KEY (`room_id`) REFERENCES `topologie_room` (`id`);
ALTER TABLE `users_club_administrators` ADD CONSTRAINT `users_club_administrators_club_id_adherent_id_35aebec0_uniq` UNIQUE (`club_id`, `adherent_id`);
ALTER TABLE `users_club_administrators` ADD CONSTRAINT `users_club_administr_club_id_f5659d73_fk_users_clu` FOREIGN KEY (`club_id`) REFERENCES `users_club` (`user_ptr_id`);
ALTER TABLE `users_club_administrators` ADD CONSTRAINT `users_club_administr_adherent_id_36b54951_fk_users_adh` FOREIGN KEY (`adherent_id`) REFERENCES `users_adherent` (`user_ptr_id`);
ALTER TABLE `users_club_members` ADD CONSTRAINT `users_club_members_club_id_adherent_id_59a9dc40_uniq` UNIQUE (`club_id`, `adherent_id`);
ALTER TABLE `users_club_members` ADD CONSTRAINT `users_club_members_club_id_f8d2542b_fk_users_club_user_ptr_id` FOREIGN KEY (`club_id`) REFERENCES `users_club` (`user_ptr_id`);
ALTER TABLE `users_club_members` ADD CONSTRAINT `users_club_members_adherent_id_c3e580ae_fk_users_adh` FOREIGN KEY (`adherent_id`) REFERENCES `users_adherent` (`user_ptr_id`);
ALTER TABLE `users_listright` ADD CONSTRAINT `users_listright_group_ptr_id_56358597_fk_auth_group_id` FOREIGN KEY (`group_ptr_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `users_ban` ADD CONSTRAINT `users_ban_user_id_641bd4ea_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `users_whitelist` ADD CONSTRAINT `users_whitelist_user_id_27f09ecf_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `users_request` ADD CONSTRAINT `users_request_user_id_0bbf78c4_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);
ALTER TABLE `users_emailaddress` ADD CONSTRAINT `users_emailaddress_user_id_71670228_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`);

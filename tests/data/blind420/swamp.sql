-- SWAMP — Software Assurance Marketplace, as SWAMP-in-a-Box 1.34 (Morgridge Institute for Research, University of
--   Wisconsin-Madison; funded by DHS S&T; continuous static-analysis assessment of packages with 30+ open-source
--   and commercial analysers; PHP / Laravel web server, Perl back end, MariaDB)
-- Source: github.com/mirswamp/db, commit 6bcf1d37fc28fdb1023a85cf325b3f83d3f89a79 (Apache-2.0, LICENSE.txt):
--   "Data Server/Project/project_tables.sql", "Package Store/package_store_tables.sql",
--   "Assessment/assessment_tables.sql", "Viewer Store/viewer_store_tables.sql", "Tool Shed/tool_shed_tables.sql"
--   (kept at the state the upgrade scripts 1..63 lead to) and SWAMP_in_a_Box/swamp_in_a_box_install_postscript.sql
--   (the local `user` table of SWAMP-in-a-Box, used when no LDAP directory is configured).
-- Upstream spreads the tables over five databases (project, package_store, assessment, viewer_store, tool_shed);
--   here they are one schema: the `use`/`create database` lines and the database qualifiers of cross-database
--   foreign keys were removed, the statements run in MariaDB 10.11 in a database with latin1 as default charset
--   (the MySQL default SWAMP ran on) and each kept table written back with SHOW CREATE TABLE.

CREATE TABLE `project` (
  `project_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `project_uid` varchar(45) DEFAULT NULL COMMENT 'project uuid',
  `project_owner_uid` varchar(45) DEFAULT NULL COMMENT 'project owner uuid',
  `full_name` varchar(100) DEFAULT NULL COMMENT 'name of project',
  `short_name` varchar(20) DEFAULT NULL COMMENT 'short name of project',
  `description` varchar(500) DEFAULT NULL COMMENT 'description of project',
  `affiliation` varchar(45) DEFAULT NULL COMMENT 'name of affiliated organization',
  `trial_project_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is project a trial project: 0=false 1=true',
  `exclude_public_tools_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Exclude public tools from project: 0=false 1=true',
  `create_date` timestamp NULL DEFAULT current_timestamp() COMMENT 'date project created',
  `denial_date` timestamp NULL DEFAULT NULL COMMENT 'date project denied',
  `deactivation_date` timestamp NULL DEFAULT NULL COMMENT 'date of retirement',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`project_id`),
  KEY `project_project_uid` (`project_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='contains project info'
;

CREATE TABLE `project_owner_history` (
  `project_owner_history_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `project_id` int(11) DEFAULT NULL COMMENT 'project id',
  `project_uid` varchar(45) NOT NULL COMMENT 'project uuid',
  `old_project_owner_uid` varchar(45) DEFAULT NULL COMMENT 'old project owner uuid',
  `new_project_owner_uid` varchar(45) DEFAULT NULL COMMENT 'new project owner uuid',
  `change_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record changed',
  PRIMARY KEY (`project_owner_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='project owner history'
;

CREATE TABLE `project_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `project_uid` varchar(45) DEFAULT NULL COMMENT 'project uuid',
  `user_uid` varchar(45) DEFAULT NULL COMMENT 'user uuid',
  `membership_uid` varchar(45) DEFAULT NULL COMMENT 'id for membership, used by front end',
  `admin_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is user a project admin: 0=false 1=true',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date user joined project',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'date user left project',
  `expire_date` timestamp NULL DEFAULT NULL COMMENT 'date membership expires',
  PRIMARY KEY (`id`),
  KEY `fk_project_user` (`project_uid`),
  KEY `idx_project_user_user_uid` (`user_uid`),
  CONSTRAINT `fk_project_user` FOREIGN KEY (`project_uid`) REFERENCES `project` (`project_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Project-user cross reference'
;

CREATE TABLE `project_invitation` (
  `invitation_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `project_uid` varchar(45) NOT NULL COMMENT 'project uuid',
  `invitation_key` varchar(100) NOT NULL COMMENT 'invitation key',
  `invitee_email` varchar(100) DEFAULT NULL COMMENT 'invitee email address',
  `inviter_uid` varchar(45) DEFAULT NULL COMMENT 'inviter user uuid',
  `invitee_uid` varchar(45) DEFAULT NULL COMMENT 'invitee user uuid',
  `invitee_name` varchar(100) DEFAULT NULL COMMENT 'name of invitee',
  `invitee_username` varchar(100) DEFAULT NULL COMMENT 'username of invitee',
  `create_date` timestamp NULL DEFAULT current_timestamp() COMMENT 'date invitation created',
  `accept_date` timestamp NULL DEFAULT NULL COMMENT 'date invitation accepted',
  `decline_date` timestamp NULL DEFAULT NULL COMMENT 'date invitation declined',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`invitation_id`),
  KEY `fk_project_invitation` (`project_uid`),
  CONSTRAINT `fk_project_invitation` FOREIGN KEY (`project_uid`) REFERENCES `project` (`project_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Project invitations'
;

CREATE TABLE `user_account` (
  `user_uid` varchar(45) NOT NULL COMMENT 'user uuid',
  `enabled_flag` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Is account enabled: 0=false 1=true',
  `admin_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is user a sys admin: 0=false 1=true',
  `email_verified_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is email verified: 0=false 1=true',
  `forcepwreset_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Force password reset on next login: 0=false 1=true',
  `hibernate_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Acct hibernate due to inactivity: 0=false 1=true',
  `user_type` varchar(25) DEFAULT NULL COMMENT 'Type of user',
  `ldap_profile_update_date` timestamp NULL DEFAULT NULL COMMENT 'date of last ldap profile update',
  `ultimate_login_date` timestamp NULL DEFAULT NULL COMMENT 'date of most recent login',
  `penultimate_login_date` timestamp NULL DEFAULT NULL COMMENT 'date of 2nd to last login',
  `promo_code_id` int(11) DEFAULT NULL COMMENT 'promo code id',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`user_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='user account info'
;

CREATE TABLE `user_forcepwreset_history` (
  `user_forcepwreset_history_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `user_uid` varchar(45) NOT NULL COMMENT 'user uuid',
  `old_forcepwreset_flag` tinyint(1) DEFAULT NULL COMMENT 'old value',
  `new_forcepwreset_flag` tinyint(1) DEFAULT NULL COMMENT 'new new',
  `change_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record changed',
  PRIMARY KEY (`user_forcepwreset_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='user forcepwreset history'
;

CREATE TABLE `user_event` (
  `user_event_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `user_uid` varchar(45) DEFAULT NULL COMMENT 'user uuid',
  `event_type` varchar(255) DEFAULT NULL COMMENT 'event type',
  `value` varchar(8000) DEFAULT NULL COMMENT 'event value',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`user_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='user events'
;

CREATE TABLE `permission` (
  `permission_code` varchar(100) NOT NULL COMMENT 'permission code',
  `title` varchar(100) DEFAULT NULL COMMENT 'display name',
  `description` varchar(200) DEFAULT NULL COMMENT 'explanation of permission',
  `admin_only_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is visible to admins only: 0=false 1=true',
  `auto_approve_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is automatically approved: 0=false 1=true',
  `policy_code` varchar(100) DEFAULT NULL COMMENT 'links to policy',
  `user_info` varchar(5000) DEFAULT NULL COMMENT 'what user info is gathered',
  `user_info_policy_text` varchar(5000) DEFAULT NULL COMMENT 'what will be done with user info',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`permission_code`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='lists all possible user permissions'
;

CREATE TABLE `user_permission` (
  `user_permission_uid` varchar(45) NOT NULL COMMENT 'internal id',
  `permission_code` varchar(100) NOT NULL COMMENT 'permission being granted',
  `user_uid` varchar(45) NOT NULL COMMENT 'user uuid',
  `user_comment` varchar(500) DEFAULT NULL COMMENT 'why requested by user',
  `admin_comment` varchar(500) DEFAULT NULL COMMENT 'why granted or denied by admin',
  `meta_information` varchar(500) DEFAULT NULL COMMENT 'user info specific to request',
  `request_date` timestamp NULL DEFAULT NULL COMMENT 'date requested',
  `grant_date` timestamp NULL DEFAULT NULL COMMENT 'date granted',
  `denial_date` timestamp NULL DEFAULT NULL COMMENT 'date denied',
  `expiration_date` timestamp NULL DEFAULT NULL COMMENT 'date expires',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'date revoked',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`user_permission_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='user permission info'
;

CREATE TABLE `user_permission_history` (
  `user_permission_history_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `user_permission_uid` varchar(45) NOT NULL COMMENT 'internal id',
  `permission_code` varchar(100) NOT NULL COMMENT 'permission being granted',
  `user_uid` varchar(45) NOT NULL COMMENT 'user uuid',
  `user_comment` varchar(500) DEFAULT NULL COMMENT 'why requested by user',
  `admin_comment` varchar(500) DEFAULT NULL COMMENT 'why granted or denied by admin',
  `meta_information` varchar(500) DEFAULT NULL COMMENT 'user info specific to request',
  `request_date` datetime DEFAULT NULL COMMENT 'date requested',
  `grant_date` datetime DEFAULT NULL COMMENT 'date granted',
  `denial_date` datetime DEFAULT NULL COMMENT 'date denied',
  `expiration_date` datetime DEFAULT NULL COMMENT 'date expires',
  `delete_date` datetime DEFAULT NULL COMMENT 'date revoked',
  `change_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record changed',
  PRIMARY KEY (`user_permission_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='user permission history'
;

CREATE TABLE `user_permission_project` (
  `user_permission_project_uid` varchar(45) NOT NULL COMMENT 'internal id',
  `user_permission_uid` varchar(45) NOT NULL COMMENT 'references user_permission table',
  `project_uid` varchar(45) NOT NULL COMMENT 'project to which user permission applies',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`user_permission_project_uid`),
  KEY `fk_usr_prmssn_prjct` (`user_permission_uid`),
  KEY `fk_usr_prmssn_prjct_to_prjct` (`project_uid`),
  CONSTRAINT `fk_usr_prmssn_prjct` FOREIGN KEY (`user_permission_uid`) REFERENCES `user_permission` (`user_permission_uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_usr_prmssn_prjct_to_prjct` FOREIGN KEY (`project_uid`) REFERENCES `project` (`project_uid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='projects to which user permission applies'
;

CREATE TABLE `user_permission_package` (
  `user_permission_package_uid` varchar(45) NOT NULL COMMENT 'internal id',
  `user_permission_uid` varchar(45) NOT NULL COMMENT 'references user_permission table',
  `package_uuid` varchar(45) NOT NULL COMMENT 'package to which user permission applies',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`user_permission_package_uid`),
  KEY `fk_usr_prmssn_pkg` (`user_permission_uid`),
  CONSTRAINT `fk_usr_prmssn_pkg` FOREIGN KEY (`user_permission_uid`) REFERENCES `user_permission` (`user_permission_uid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='packages to which user permission applies'
;

CREATE TABLE `policy` (
  `policy_code` varchar(100) NOT NULL COMMENT 'policy code',
  `description` varchar(200) DEFAULT NULL COMMENT 'explanation of policy',
  `policy` text DEFAULT NULL COMMENT 'Use Policy or License Agreement',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`policy_code`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Use Policies or License Agreements'
;

CREATE TABLE `user_policy` (
  `user_policy_uid` varchar(45) NOT NULL COMMENT 'internal id',
  `user_uid` varchar(45) NOT NULL COMMENT 'user uuid',
  `policy_code` varchar(100) NOT NULL COMMENT 'policy code',
  `accept_flag` tinyint(1) DEFAULT NULL COMMENT 'Did user accept or decline: 0=decline 1=accept',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`user_policy_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='user policy info'
;

CREATE TABLE `admin_invitation` (
  `admin_invitation_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `invitation_key` varchar(100) DEFAULT NULL COMMENT 'invitation key',
  `inviter_uid` varchar(45) DEFAULT NULL COMMENT 'inviter user uuid',
  `invitee_uid` varchar(45) DEFAULT NULL COMMENT 'invitee user uuid',
  `create_date` timestamp NULL DEFAULT current_timestamp() COMMENT 'date invitation created',
  `accept_date` timestamp NULL DEFAULT NULL COMMENT 'date invitation accepted',
  `decline_date` timestamp NULL DEFAULT NULL COMMENT 'date invitation declined',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`admin_invitation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Admin invitations'
;

CREATE TABLE `email_verification` (
  `email_verification_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `user_uid` varchar(45) DEFAULT NULL COMMENT 'user uuid',
  `verification_key` varchar(100) DEFAULT NULL COMMENT 'verification key',
  `email` varchar(100) DEFAULT NULL COMMENT 'email address',
  `create_date` timestamp NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `verify_date` timestamp NULL DEFAULT NULL COMMENT 'date email verified, null if not verified',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`email_verification_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='email verifications'
;

CREATE TABLE `password_reset` (
  `password_reset_uuid` varchar(45) NOT NULL COMMENT 'internal id',
  `user_uid` varchar(45) DEFAULT NULL COMMENT 'user uuid',
  `password_reset_key` varchar(100) DEFAULT NULL COMMENT 'reset key',
  `create_date` timestamp NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'soft delete',
  PRIMARY KEY (`password_reset_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Password Reset keys'
;

CREATE TABLE `restricted_domains` (
  `restricted_domain_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `domain_name` varchar(127) DEFAULT NULL COMMENT 'domain name',
  `description` varchar(255) DEFAULT NULL COMMENT 'domain description',
  `create_date` timestamp NULL DEFAULT current_timestamp() COMMENT 'date created',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'date deleted',
  PRIMARY KEY (`restricted_domain_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Restricted Domains'
;

CREATE TABLE `countries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `iso` char(2) NOT NULL,
  `name` varchar(80) NOT NULL DEFAULT '',
  `iso3` char(3) DEFAULT NULL,
  `num_code` smallint(6) DEFAULT NULL,
  `phone_code` int(5) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `promo_code` (
  `promo_code_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `promo_code` varchar(45) DEFAULT NULL COMMENT 'promo code',
  `display_name` varchar(45) DEFAULT NULL COMMENT 'display name',
  `description` varchar(200) DEFAULT NULL COMMENT 'description',
  `expiration_date` timestamp NULL DEFAULT NULL COMMENT 'date promo code expires',
  `create_user` varchar(50) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(50) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`promo_code_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='promo_code'
;

CREATE TABLE `linked_account_provider` (
  `linked_account_provider_code` varchar(100) NOT NULL COMMENT 'linked account provider code',
  `title` varchar(256) DEFAULT NULL COMMENT 'display name',
  `description` varchar(2000) DEFAULT NULL COMMENT 'description',
  `enabled_flag` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Is provider enabled: 0=false 1=true',
  `create_user` varchar(50) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(50) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`linked_account_provider_code`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='linked account providers'
;

CREATE TABLE `linked_account` (
  `linked_account_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `user_uid` varchar(45) NOT NULL COMMENT 'user uuid',
  `linked_account_provider_code` varchar(100) NOT NULL COMMENT 'linked account provider code',
  `user_external_id` varchar(1000) DEFAULT NULL COMMENT 'user id in remote system',
  `enabled_flag` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Is provider enabled: 0=false 1=true',
  `create_user` varchar(50) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(50) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`linked_account_id`),
  KEY `fk_linked_account` (`linked_account_provider_code`),
  CONSTRAINT `fk_linked_account` FOREIGN KEY (`linked_account_provider_code`) REFERENCES `linked_account_provider` (`linked_account_provider_code`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='linked accounts'
;

CREATE TABLE `app_passwords` (
  `app_password_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `app_password_uuid` varchar(45) NOT NULL COMMENT 'app password uuid',
  `user_uid` varchar(127) NOT NULL COMMENT 'user uuid',
  `password` varchar(127) NOT NULL COMMENT 'password hash',
  `label` varchar(63) DEFAULT NULL COMMENT 'optional label',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'creation date',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'update date',
  PRIMARY KEY (`app_password_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='application passwords'
;

CREATE TABLE `class` (
  `class_uuid` varchar(45) NOT NULL COMMENT 'uuid',
  `class_code` varchar(45) NOT NULL COMMENT 'class id',
  `description` varchar(500) DEFAULT NULL COMMENT 'description',
  `start_date` timestamp NULL DEFAULT NULL COMMENT 'class start date',
  `end_date` timestamp NULL DEFAULT NULL COMMENT 'class end date',
  `commercial_tool_access` tinyint(1) NOT NULL DEFAULT 0 COMMENT '0=false 1=true',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'date record deleted',
  PRIMARY KEY (`class_uuid`),
  UNIQUE KEY `class_code_unique` (`class_code`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='class'
;

CREATE TABLE `class_user` (
  `class_user_uuid` varchar(45) NOT NULL COMMENT 'uuid',
  `class_code` varchar(45) NOT NULL COMMENT 'class id',
  `user_uid` varchar(45) DEFAULT NULL COMMENT 'user uuid',
  `admin_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is user a class admin: 0=false 1=true',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'date record deleted',
  PRIMARY KEY (`class_user_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='class-user cross reference'
;

CREATE TABLE `class_auto_approve_permission` (
  `class_auto_approve_permission_uuid` varchar(45) NOT NULL COMMENT 'uuid',
  `class_code` varchar(45) NOT NULL COMMENT 'class id',
  `permission_code` varchar(100) NOT NULL COMMENT 'permission being granted',
  `user_info` varchar(5000) DEFAULT NULL COMMENT 'meta info for permission',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`class_auto_approve_permission_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='class permission auto approve'
;

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(36) DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `payload` text NOT NULL,
  `last_activity` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `user` (
  `user_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `user_uid` varchar(36) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `preferred_name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `affiliation` varchar(255) DEFAULT NULL,
  `admin` tinyint(1) DEFAULT NULL,
  `enabled_flag` tinyint(1) DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `delete_date` datetime DEFAULT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `package` (
  `package_uuid` varchar(45) NOT NULL COMMENT 'package uuid',
  `package_owner_uuid` varchar(45) NOT NULL COMMENT 'package owner uuid',
  `name` varchar(100) NOT NULL COMMENT 'package name',
  `description` varchar(500) DEFAULT NULL COMMENT 'description',
  `package_type_id` int(11) DEFAULT NULL COMMENT 'package_type_id',
  `package_language` varchar(200) DEFAULT NULL COMMENT 'languages package contains',
  `package_sharing_status` varchar(25) NOT NULL DEFAULT 'PRIVATE' COMMENT 'private, shared, public or retired',
  `external_url` varchar(2000) DEFAULT NULL COMMENT 'external url, eg GitHub',
  `external_url_type` varchar(45) DEFAULT NULL COMMENT 'external url, eg GitHub',
  `secret_token` varchar(1024) DEFAULT NULL COMMENT 'secret token to validate GitHub push requests',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`package_uuid`),
  KEY `package_owner_fk` (`package_owner_uuid`),
  CONSTRAINT `package_owner_fk` FOREIGN KEY (`package_owner_uuid`) REFERENCES `user_account` (`user_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='contains all packages'
;

CREATE TABLE `package_version` (
  `package_version_uuid` varchar(45) NOT NULL COMMENT 'version uuid',
  `package_uuid` varchar(45) NOT NULL COMMENT 'each version belongs to a package; links to package',
  `version_no` int(11) DEFAULT NULL COMMENT 'incremental integer version number',
  `platform_id` int(11) DEFAULT NULL COMMENT 'Each version works with only one platform',
  `version_sharing_status` varchar(25) NOT NULL DEFAULT 'PRIVATE' COMMENT 'private, shared, public or retired',
  `version_string` varchar(100) NOT NULL DEFAULT '' COMMENT 'eg version 5.0 stable release for Windows 7 64-bit',
  `release_date` timestamp NULL DEFAULT NULL COMMENT 'date version is released',
  `retire_date` timestamp NULL DEFAULT NULL COMMENT 'date version is retired',
  `notes` varchar(1000) DEFAULT NULL COMMENT 'Comment visible to users.',
  `package_path` varchar(200) DEFAULT NULL COMMENT 'cannonical path of package',
  `checksum` varchar(200) DEFAULT NULL COMMENT 'checksum of package',
  `source_path` varchar(1000) DEFAULT NULL COMMENT 'location of source in package',
  `build_file` varchar(1000) DEFAULT NULL,
  `build_system` varchar(200) DEFAULT NULL COMMENT 'specify build system',
  `build_cmd` varchar(4000) DEFAULT NULL COMMENT 'populated only if build_system is other',
  `build_target` varchar(200) DEFAULT NULL,
  `build_dir` varchar(1000) DEFAULT '.' COMMENT 'path within the package where the build step should occur',
  `build_opt` varchar(4000) DEFAULT NULL COMMENT 'specifies additional options to pass to the build tool that may be package specific',
  `config_cmd` varchar(4000) DEFAULT NULL COMMENT 'command to run to configure a package prior to building the package',
  `config_opt` varchar(4000) DEFAULT NULL COMMENT 'options to provide to the config_cmd',
  `config_dir` varchar(1000) DEFAULT '.' COMMENT 'path where the configure step should occur within the package tree',
  `bytecode_class_path` varchar(1000) DEFAULT NULL COMMENT 'used for java bytecode only',
  `bytecode_aux_class_path` varchar(1000) DEFAULT NULL COMMENT 'used for java bytecode only',
  `bytecode_source_path` varchar(1000) DEFAULT NULL COMMENT 'used for java bytecode only',
  `android_sdk_target` varchar(255) DEFAULT NULL COMMENT 'used for android java source code only',
  `android_lint_target` varchar(255) DEFAULT NULL COMMENT 'used for android java source code only',
  `android_redo_build` tinyint(1) DEFAULT NULL COMMENT 'used for android java source code only',
  `use_gradle_wrapper` tinyint(1) DEFAULT 0 COMMENT 'Use gradle wrapper: 0=false 1=true',
  `language_version` varchar(25) DEFAULT NULL COMMENT 'version of language',
  `maven_version` varchar(25) DEFAULT NULL COMMENT 'maven-version',
  `android_maven_plugin` varchar(255) DEFAULT NULL COMMENT 'android-maven-plugin',
  `checkout_argument` varchar(100) DEFAULT NULL COMMENT 'git checkout argument',
  `exclude_paths` varchar(2000) DEFAULT NULL COMMENT 'exclude paths',
  `package_build_settings` text DEFAULT NULL COMMENT '.Net info',
  `package_info` text DEFAULT NULL COMMENT '.Net info',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'user that inserted record',
  `create_date` timestamp NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last changed',
  PRIMARY KEY (`package_version_uuid`),
  KEY `fk_version_package` (`package_uuid`),
  CONSTRAINT `fk_version_package` FOREIGN KEY (`package_uuid`) REFERENCES `package` (`package_uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='Package can have many versions'
;

CREATE TABLE `package_sharing` (
  `package_sharing_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `package_uuid` varchar(45) NOT NULL COMMENT 'package uuid',
  `project_uuid` varchar(45) DEFAULT NULL COMMENT 'project uuid',
  PRIMARY KEY (`package_sharing_id`),
  UNIQUE KEY `package_sharing_uc` (`package_uuid`,`project_uuid`),
  CONSTRAINT `fk_package_sharing` FOREIGN KEY (`package_uuid`) REFERENCES `package` (`package_uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='contains packages shared with specific projects'
;

CREATE TABLE `package_owner_history` (
  `package_owner_history_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `package_uuid` varchar(45) NOT NULL COMMENT 'package uuid',
  `old_package_owner_uuid` varchar(45) DEFAULT NULL COMMENT 'package owner uuid',
  `new_package_owner_uuid` varchar(45) DEFAULT NULL COMMENT 'package owner uuid',
  `change_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record changed',
  PRIMARY KEY (`package_owner_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='package owner history'
;

CREATE TABLE `package_type` (
  `package_type_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `name` varchar(50) DEFAULT NULL COMMENT 'display name',
  `package_type_enabled` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Is enabled: 0=false 1=true',
  `platform_user_selectable` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Is user selectable: 0=false 1=true',
  `default_platform_uuid` varchar(45) DEFAULT NULL COMMENT 'default platform',
  `default_platform_version_uuid` varchar(45) DEFAULT NULL COMMENT 'default platform version',
  `create_user` varchar(50) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(50) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`package_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='package types'
;

CREATE TABLE `package_download_log` (
  `package_download_log_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `package_uuid` varchar(45) NOT NULL COMMENT 'package uuid',
  `package_version_uuid` varchar(45) NOT NULL COMMENT 'version uuid',
  `user_uuid` varchar(45) NOT NULL COMMENT 'user download',
  `name` varchar(100) NOT NULL COMMENT 'package name',
  `version_string` varchar(100) NOT NULL COMMENT 'eg version 5.0 stable release for Windows 7 64-bit',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`package_download_log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='contains all packages'
;

CREATE TABLE `assessment_run` (
  `assessment_run_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `assessment_run_uuid` varchar(45) NOT NULL COMMENT 'assessment run uuid',
  `project_uuid` varchar(45) NOT NULL COMMENT 'owned by a project',
  `platform_uuid` varchar(45) DEFAULT NULL COMMENT 'if null, then default platform',
  `tool_uuid` varchar(45) NOT NULL COMMENT 'specifies one tool',
  `package_uuid` varchar(45) NOT NULL COMMENT 'specifies one package',
  `platform_version_id` int(11) DEFAULT NULL COMMENT 'if null, then most recent',
  `tool_version_id` int(11) DEFAULT NULL COMMENT 'if null, then most recent',
  `package_version_id` int(11) DEFAULT NULL COMMENT 'if null, then most recent',
  `platform_version_uuid` varchar(45) DEFAULT NULL COMMENT 'version uuid',
  `tool_version_uuid` varchar(45) DEFAULT NULL COMMENT 'version uuid',
  `package_version_uuid` varchar(45) DEFAULT NULL COMMENT 'version uuid',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`assessment_run_id`),
  UNIQUE KEY `assessment_run_uuid_uc` (`assessment_run_uuid`),
  KEY `fk_assessment_run_pkg` (`package_uuid`),
  KEY `fk_assessment_run_pkg_ver` (`package_version_uuid`),
  KEY `idx_assessment_run_proj_uuid` (`project_uuid`),
  CONSTRAINT `fk_assessment_run_pkg` FOREIGN KEY (`package_uuid`) REFERENCES `package` (`package_uuid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_assessment_run_pkg_ver` FOREIGN KEY (`package_version_uuid`) REFERENCES `package_version` (`package_version_uuid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_assessment_run_proj` FOREIGN KEY (`project_uuid`) REFERENCES `project` (`project_uid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='assessment run definition'
;

CREATE TABLE `run_request` (
  `run_request_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `run_request_uuid` varchar(45) NOT NULL COMMENT 'run request uuid',
  `project_uuid` varchar(45) DEFAULT NULL COMMENT 'owned by a project, if null then public',
  `hidden_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'hide from UI: 0=false 1=true',
  `end_on_date` timestamp NULL DEFAULT NULL COMMENT 'recurance end date, YYYY-MM-DD',
  `name` varchar(25) DEFAULT NULL COMMENT 'name of schedule, monthly',
  `description` varchar(100) DEFAULT NULL COMMENT 'desc of schedule, eg Wed & Fri @ 3pm',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`run_request_id`),
  UNIQUE KEY `run_request_uuid_uc` (`run_request_uuid`),
  KEY `idx_run_request_proj_uuid` (`project_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='run request owns one or more schedules'
;

CREATE TABLE `run_request_schedule` (
  `run_request_schedule_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `run_request_schedule_uuid` varchar(45) NOT NULL COMMENT 'run request schedule uuid',
  `run_request_uuid` varchar(45) NOT NULL COMMENT 'owned by a run request',
  `recurrence_type` varchar(12) NOT NULL COMMENT 'once, daily, weekly, monthly',
  `recurrence_day` int(11) DEFAULT NULL COMMENT 'day of week 1-7, day of month 1-31',
  `time_of_day` time NOT NULL DEFAULT '00:00:00' COMMENT 'time of day to run, HH:MM',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`run_request_schedule_id`),
  KEY `fk_schedule_run_request` (`run_request_uuid`),
  CONSTRAINT `fk_schedule_run_request` FOREIGN KEY (`run_request_uuid`) REFERENCES `run_request` (`run_request_uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='run request can have many schedules'
;

CREATE TABLE `assessment_run_request` (
  `assessment_run_request_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `assessment_run_id` int(11) NOT NULL COMMENT 'assessment run id',
  `run_request_id` int(11) NOT NULL COMMENT 'run request id',
  `user_uuid` varchar(45) DEFAULT NULL COMMENT 'user that requested run',
  `notify_when_complete_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Notify user when run finishes: 0=false 1=true',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'date record deleted',
  PRIMARY KEY (`assessment_run_request_id`),
  KEY `fk_assessment_run_request_aru` (`assessment_run_id`),
  KEY `fk_assessment_run_request_rru` (`run_request_id`),
  CONSTRAINT `fk_assessment_run_request_aru` FOREIGN KEY (`assessment_run_id`) REFERENCES `assessment_run` (`assessment_run_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_assessment_run_request_rru` FOREIGN KEY (`run_request_id`) REFERENCES `run_request` (`run_request_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='association between assessment runs and run requests'
;

CREATE TABLE `execution_record` (
  `execution_record_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `execution_record_uuid` varchar(45) NOT NULL COMMENT 'execution record uuid',
  `assessment_run_uuid` varchar(45) NOT NULL COMMENT 'assessment run uuid',
  `run_request_uuid` varchar(45) NOT NULL COMMENT 'run request uuid',
  `user_uuid` varchar(45) DEFAULT NULL COMMENT 'user that requested run',
  `launch_flag` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Launch Run: 0=false 1=true',
  `launch_counter` int(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Count of launches',
  `launch_countdown` int(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Countdown to next launch',
  `submitted_to_condor_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Submitted to Condor: 0=false 1=true',
  `complete_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is run complete: 0=false 1=true',
  `notify_when_complete_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Notify user when run finishes: 0=false 1=true',
  `project_uuid` varchar(45) NOT NULL COMMENT 'projects owns',
  `platform_version_uuid` varchar(45) NOT NULL COMMENT 'version uuid',
  `tool_version_uuid` varchar(45) NOT NULL COMMENT 'version uuid',
  `package_version_uuid` varchar(45) NOT NULL COMMENT 'version uuid',
  `status` varchar(100) NOT NULL DEFAULT 'WAITING TO START' COMMENT 'status of execution record',
  `run_date` timestamp NULL DEFAULT NULL COMMENT 'run begin timestamp',
  `completion_date` timestamp NULL DEFAULT NULL COMMENT 'run completion timestamp',
  `queued_duration` varchar(12) DEFAULT NULL COMMENT 'string run date minus create date',
  `execution_duration` varchar(12) DEFAULT NULL COMMENT 'string completion date minus run date',
  `execute_node_architecture_id` varchar(128) DEFAULT NULL COMMENT 'execute note id',
  `slot_size_start` varchar(128) DEFAULT NULL COMMENT 'space used in slots dir',
  `slot_size_end` varchar(128) DEFAULT NULL COMMENT 'space used in slots dir',
  `total_lines` int(11) DEFAULT NULL COMMENT 'total LOC',
  `code_lines` int(11) DEFAULT NULL COMMENT 'LOC minus blanks and comments',
  `cpu_utilization` varchar(32) DEFAULT NULL COMMENT 'cpu utilization',
  `vm_hostname` varchar(100) DEFAULT NULL COMMENT 'vm ssh hostname',
  `vm_username` varchar(50) DEFAULT NULL COMMENT 'vm ssh username',
  `vm_password` varchar(50) DEFAULT NULL COMMENT 'vm ssh password',
  `vm_ip_address` varchar(50) DEFAULT NULL COMMENT 'vm ip address',
  `vm_image` varchar(100) DEFAULT NULL COMMENT 'vm image',
  `tool_filename` varchar(100) DEFAULT NULL COMMENT 'tool filename',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'date record deleted',
  PRIMARY KEY (`execution_record_id`),
  UNIQUE KEY `execution_record_uuid_uc` (`execution_record_uuid`),
  KEY `idx_execution_record_proj_uuid` (`project_uuid`),
  KEY `idx_execution_record_user_uuid` (`user_uuid`),
  KEY `idx_execution_record_ar_uuid` (`assessment_run_uuid`),
  KEY `idx_execution_record_complete` (`complete_flag`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='execution records'
;

CREATE TABLE `assessment_result` (
  `assessment_result_uuid` varchar(45) NOT NULL COMMENT 'assessment result uuid',
  `execution_record_uuid` varchar(45) DEFAULT NULL COMMENT 'null if imported result',
  `project_uuid` varchar(45) NOT NULL COMMENT 'projects owns',
  `weakness_cnt` int(11) DEFAULT NULL COMMENT 'count reported by framework',
  `file_host` varchar(200) NOT NULL COMMENT 'host of file',
  `file_path` varchar(200) NOT NULL COMMENT 'cannonical path of result file',
  `checksum` varchar(200) DEFAULT NULL COMMENT 'result file checksum',
  `source_archive_path` varchar(200) DEFAULT NULL COMMENT 'cannonical path of source file',
  `source_archive_checksum` varchar(200) DEFAULT NULL COMMENT 'source file checksum',
  `log_path` varchar(200) DEFAULT NULL COMMENT 'cannonical path of log file',
  `log_checksum` varchar(200) DEFAULT NULL COMMENT 'log file checksum',
  `status_out` text DEFAULT NULL COMMENT 'contents of status.out file',
  `status_out_error_msg` varchar(200) DEFAULT NULL COMMENT 'first failed step from status.out',
  `platform_name` varchar(100) DEFAULT NULL COMMENT 'platform name',
  `platform_version` varchar(100) DEFAULT NULL COMMENT 'platform version',
  `tool_name` varchar(100) DEFAULT NULL COMMENT 'tool name',
  `tool_version` varchar(100) DEFAULT NULL COMMENT 'tool version',
  `package_name` varchar(100) DEFAULT NULL COMMENT 'package name',
  `package_version` varchar(100) DEFAULT NULL COMMENT 'package version',
  `platform_version_uuid` varchar(45) DEFAULT NULL COMMENT 'version uuid',
  `tool_version_uuid` varchar(45) DEFAULT NULL COMMENT 'version uuid',
  `package_version_uuid` varchar(45) DEFAULT NULL COMMENT 'version uuid',
  `tool_uuid` varchar(45) DEFAULT NULL COMMENT 'tool uuid',
  `policy_code` varchar(100) DEFAULT NULL COMMENT 'if tool requires policy',
  `run_date` timestamp NULL DEFAULT NULL COMMENT 'run begin timestamp',
  `execute_node_architecture_id` varchar(128) DEFAULT NULL COMMENT 'execute note id',
  `vm_hostname` varchar(100) DEFAULT NULL COMMENT 'vm ssh hostname',
  `vm_ip_address` varchar(50) DEFAULT NULL COMMENT 'vm ip address',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  `delete_date` timestamp NULL DEFAULT NULL COMMENT 'date record deleted',
  PRIMARY KEY (`assessment_result_uuid`),
  KEY `fk_assessment_result_exec` (`execution_record_uuid`),
  KEY `idx_assessment_result_proj_uuid` (`project_uuid`),
  CONSTRAINT `fk_assessment_result_exec` FOREIGN KEY (`execution_record_uuid`) REFERENCES `execution_record` (`execution_record_uuid`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='execution records'
;

CREATE TABLE `assessment_result_viewer_history` (
  `assessment_result_viewer_history_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `assessment_result_uuid` varchar(45) NOT NULL COMMENT 'assessment result uuid',
  `viewer_instance_uuid` varchar(45) NOT NULL COMMENT 'viewer instance uuid',
  `viewer_version_uuid` varchar(45) DEFAULT NULL COMMENT 'viewer version uuid',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`assessment_result_viewer_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='assessment result viewer history'
;

CREATE TABLE `system_setting` (
  `system_setting_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `system_setting_code` varchar(50) DEFAULT NULL COMMENT 'setting code name',
  `system_setting_value` varchar(200) DEFAULT NULL COMMENT 'setting value',
  `system_setting_value2` varchar(200) DEFAULT NULL COMMENT 'setting value2',
  `create_user` varchar(50) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(50) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`system_setting_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='system config values'
;

CREATE TABLE `database_version` (
  `database_version_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `database_version_no` int(11) DEFAULT NULL COMMENT 'version number',
  `description` varchar(200) DEFAULT NULL COMMENT 'description',
  `create_user` varchar(50) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(50) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`database_version_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='database version'
;

CREATE TABLE `notification` (
  `notification_uuid` varchar(45) NOT NULL COMMENT 'group uuid',
  `user_uuid` varchar(45) DEFAULT NULL COMMENT 'recipient',
  `notification_impetus` varchar(100) DEFAULT NULL COMMENT 'eg Assessment result available',
  `relevant_uuid` varchar(45) DEFAULT NULL COMMENT 'eg assessment_result uuid of a-run',
  `transmission_medium` varchar(45) DEFAULT NULL COMMENT 'eg email, SMS',
  `sent_date` timestamp NULL DEFAULT NULL COMMENT 'date msg sent',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`notification_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='notifications'
;

CREATE TABLE `ssh_request` (
  `ssh_request_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `user_uuid` varchar(45) DEFAULT NULL COMMENT 'user',
  `execution_record_uuid` varchar(45) DEFAULT NULL COMMENT 'execution record uuid',
  `source_ip` varchar(50) DEFAULT NULL COMMENT 'db user that inserted record',
  `destination_ip` varchar(50) DEFAULT NULL COMMENT 'db user that inserted record',
  `destination_hostname` varchar(100) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_user` varchar(50) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(50) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`ssh_request_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='ssh request log'
;

CREATE TABLE `execution_run_status_log` (
  `execution_run_status_log_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `execution_record_uuid` varchar(45) DEFAULT NULL,
  `status` varchar(25) DEFAULT NULL,
  `run_start_time` datetime DEFAULT NULL,
  `run_end_time` datetime DEFAULT NULL,
  `exec_node_architecture_id` varchar(128) DEFAULT NULL,
  `lines_of_code` int(11) DEFAULT NULL,
  `cpu_utilization` varchar(32) DEFAULT NULL,
  `vm_hostname` varchar(100) DEFAULT NULL,
  `vm_username` varchar(50) DEFAULT NULL,
  `vm_password` varchar(50) DEFAULT NULL,
  `vm_ip_address` varchar(50) DEFAULT NULL,
  `create_date` timestamp NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  PRIMARY KEY (`execution_run_status_log_id`),
  KEY `fk_execution_run_status_log` (`execution_record_uuid`),
  CONSTRAINT `fk_execution_run_status_log` FOREIGN KEY (`execution_record_uuid`) REFERENCES `execution_record` (`execution_record_uuid`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `scheduler_log` (
  `scheduler_log_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `msg` varchar(100) DEFAULT NULL,
  `assessment_run_uuid` varchar(45) DEFAULT NULL,
  `run_request_uuid` varchar(45) DEFAULT NULL,
  `notify_when_complete_flag` tinyint(1) DEFAULT NULL,
  `user_uuid` varchar(45) DEFAULT NULL,
  `return_msg` varchar(100) DEFAULT NULL,
  `create_date` timestamp NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  PRIMARY KEY (`scheduler_log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `usage_stats` (
  `usage_stats_id` int(11) NOT NULL AUTO_INCREMENT,
  `enabled_users` int(11) DEFAULT NULL COMMENT 'enabled_flag = 1, excludes test users',
  `package_uploads` int(11) DEFAULT NULL COMMENT 'excludes curated pkgs and test users',
  `assessments` int(11) DEFAULT NULL COMMENT 'excludes runs by test users',
  `loc` int(11) DEFAULT NULL COMMENT 'excludes runs by test users',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`usage_stats_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
;

CREATE TABLE `viewer` (
  `viewer_uuid` varchar(45) NOT NULL COMMENT 'viewer uuid',
  `viewer_owner_uuid` varchar(45) DEFAULT NULL COMMENT 'viewer owner uuid',
  `name` varchar(100) NOT NULL COMMENT 'viewer name',
  `description` varchar(500) DEFAULT NULL COMMENT 'description',
  `viewer_sharing_status` varchar(25) NOT NULL DEFAULT 'PRIVATE' COMMENT 'private, shared, public or retired',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`viewer_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='contains all viewers'
;

CREATE TABLE `viewer_version` (
  `viewer_version_uuid` varchar(45) NOT NULL COMMENT 'version uuid',
  `viewer_uuid` varchar(45) NOT NULL COMMENT 'each version belongs to a viewer; links to viewer',
  `version_no` int(11) DEFAULT NULL COMMENT 'incremental integer version number',
  `version_string` varchar(100) DEFAULT NULL COMMENT 'eg version 5.0 stable release for Windows 7 64-bit',
  `invocation_cmd` varchar(200) DEFAULT NULL COMMENT 'command to invoke viewer',
  `sign_in_cmd` varchar(200) DEFAULT NULL COMMENT 'command to sign in user to viewer',
  `add_user_cmd` varchar(200) DEFAULT NULL COMMENT 'command to add user to viewer',
  `add_result_cmd` varchar(200) DEFAULT NULL COMMENT 'command to add results to viewer',
  `viewer_path` varchar(200) DEFAULT NULL COMMENT 'cannonical path of viewer',
  `viewer_checksum` varchar(200) DEFAULT NULL COMMENT 'checksum of viewer',
  `viewer_db_path` varchar(200) DEFAULT NULL COMMENT 'cannonical path of viewer',
  `viewer_db_checksum` varchar(200) DEFAULT NULL COMMENT 'checksum of viewer',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'user that inserted record',
  `create_date` timestamp NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last changed',
  PRIMARY KEY (`viewer_version_uuid`),
  KEY `fk_version_viewer` (`viewer_uuid`),
  CONSTRAINT `fk_version_viewer` FOREIGN KEY (`viewer_uuid`) REFERENCES `viewer` (`viewer_uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='viewer can have many versions'
;

CREATE TABLE `project_default_viewer` (
  `project_uuid` varchar(45) NOT NULL COMMENT 'project uuid',
  `viewer_uuid` varchar(45) DEFAULT NULL COMMENT 'viewer uuid',
  `viewer_version_uuid` varchar(45) DEFAULT NULL COMMENT 'version uuid',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`project_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='each project can have one default viewer'
;

CREATE TABLE `viewer_instance` (
  `viewer_instance_uuid` varchar(45) NOT NULL COMMENT 'viewer instance uuid',
  `viewer_version_uuid` varchar(45) DEFAULT NULL COMMENT 'viewer uuid',
  `project_uuid` varchar(45) NOT NULL COMMENT 'project uuid',
  `viewer_db_path` varchar(200) DEFAULT NULL COMMENT 'cannonical path of viewer',
  `viewer_db_checksum` varchar(200) DEFAULT NULL COMMENT 'checksum of viewer',
  `vm_ip_address` varchar(50) DEFAULT NULL COMMENT 'ip address of vm',
  `proxy_url` varchar(100) DEFAULT NULL COMMENT 'proxy url',
  `status_code` int(11) DEFAULT NULL COMMENT 'status: 0=good nonzero=error',
  `status` varchar(100) DEFAULT NULL COMMENT 'status of viewer',
  `platform_image` varchar(100) DEFAULT NULL COMMENT 'vm image',
  `code_dx_version` varchar(100) DEFAULT NULL COMMENT 'version of code dx',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`viewer_instance_uuid`),
  KEY `fk_viewer_instance` (`viewer_version_uuid`),
  CONSTRAINT `fk_viewer_instance` FOREIGN KEY (`viewer_version_uuid`) REFERENCES `viewer_version` (`viewer_version_uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='storage and ref count for each viewer instance'
;

CREATE TABLE `viewer_launch_history` (
  `viewer_launch_history_id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'internal id',
  `viewer_version_uuid` varchar(45) DEFAULT NULL COMMENT 'viewer_version_uuid',
  `project_uuid` varchar(45) DEFAULT NULL COMMENT 'project uuid',
  `viewer_instance_uuid` varchar(45) DEFAULT NULL COMMENT 'viewer instance uuid',
  `assessment_result_uuid` varchar(45) DEFAULT NULL COMMENT 'assessment result uuid',
  `user_uuid` varchar(45) DEFAULT NULL COMMENT 'user that launched viewer',
  `run_date` datetime DEFAULT NULL COMMENT 'launch date',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`viewer_launch_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='viewer_launch_history'
;

CREATE TABLE `tool` (
  `tool_uuid` varchar(45) NOT NULL COMMENT 'tool uuid',
  `tool_owner_uuid` varchar(45) DEFAULT NULL COMMENT 'tool owner uuid',
  `name` varchar(100) NOT NULL COMMENT 'tool name',
  `description` varchar(500) DEFAULT NULL COMMENT 'description',
  `tool_sharing_status` varchar(25) NOT NULL DEFAULT 'PRIVATE' COMMENT 'private, shared, public or retired',
  `is_build_needed` tinyint(4) DEFAULT NULL COMMENT 'Does tool analyze build output instead of source',
  `policy_code` varchar(100) DEFAULT NULL COMMENT 'if tool requires policy',
  `exclude_when_user_selects_all` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Exclude when user selects all tools: 0=false 1=true',
  `create_user` varchar(25) DEFAULT NULL COMMENT 'db user that inserted record',
  `create_date` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'date record inserted',
  `update_user` varchar(25) DEFAULT NULL COMMENT 'db user that last updated record',
  `update_date` timestamp NULL DEFAULT NULL COMMENT 'date record last updated',
  PRIMARY KEY (`tool_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='contains all tools'
;


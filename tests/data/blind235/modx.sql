-- MODX Revolution 3 (3.x branch, version 3.1.0-dev; PHP CMS), github.com/modxcms/revolution, commit
-- e3b6da2b25da3543164e60ebf4cad352a4787e00 (GPL-2.0-or-later). MODX keeps its schema as xPDO model XML
-- (`core/model/schema/modx.mysql.schema.xml`, `modx.registry.db…`, `modx.sources…`,
-- `modx.transport.mysql.schema.xml`); its installer (`setup/includes/tables_create.php`) creates one table per
-- listed class with xPDO's MySQL manager. The statements below are that manager's output, rendered by following
-- `xPDOManager::createObjectContainer` / `getColumnDef` / `getIndexDef` of github.com/modxcms/xpdo
-- (`src/xPDO/Om/mysql/xPDOManager.php`, commit ffa5d883ef44bd684db748a3e454071672913e48): fields merged down the
-- class ancestry (xPDOSimpleObject's `id` first, parents' fields before the class's own, single-table inheritance
-- descendants' fields added), `dbtype(precision) [attributes] NULL|NOT NULL [DEFAULT] [AUTO_INCREMENT]` and the
-- schema's own indexes, with the installer's default table prefix `modx_`. MODX declares no foreign keys.
-- Kept: 46 of the installer's 70 tables. Left out (access-control and manager-UI join and lookup tables):
-- access_actiondom, access_category, access_elements, access_menus, access_policy_template_groups,
-- access_resources, access_templatevars, access_namespace, actiondom, actions_fields, categories_closure,
-- context_resource, deprecated_method, element_property_sets, system_eventnames, fc_profiles_usergroups, fc_sets,
-- site_plugin_events, property_set, site_tmplvar_access, site_tmplvar_templates, access_media_source,
-- media_sources_elements, media_sources_contexts.

CREATE TABLE `modx_access_context` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `target` VARCHAR(100) NOT NULL DEFAULT '',
  `principal_class` VARCHAR(100) NOT NULL DEFAULT 'MODX\\Revolution\\modPrincipal',
  `principal` INT(10) unsigned NOT NULL DEFAULT '0',
  `authority` INT(10) unsigned NOT NULL DEFAULT '9999',
  `policy` INT(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  INDEX `target` (`target`),
  INDEX `principal_class` (`principal_class`),
  INDEX `principal` (`principal`),
  INDEX `authority` (`authority`),
  INDEX `policy` (`policy`)
) ENGINE=InnoDB;

CREATE TABLE `modx_access_permissions` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `template` INT(10) unsigned NOT NULL DEFAULT '0',
  `name` VARCHAR(191) NOT NULL DEFAULT '',
  `description` TEXT NOT NULL,
  `value` TINYINT(1) unsigned NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  INDEX `template` (`template`),
  INDEX `name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `modx_access_policies` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `description` MEDIUMTEXT NULL,
  `parent` INT(10) unsigned NOT NULL DEFAULT '0',
  `template` INT(10) unsigned NOT NULL DEFAULT '0',
  `class` VARCHAR(191) NOT NULL DEFAULT '',
  `data` TEXT NULL,
  `lexicon` VARCHAR(255) NOT NULL DEFAULT 'permissions',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  INDEX `parent` (`parent`),
  INDEX `class` (`class`),
  INDEX `template` (`template`)
) ENGINE=InnoDB;

CREATE TABLE `modx_access_policy_templates` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `template_group` INT(10) unsigned NOT NULL DEFAULT '0',
  `name` VARCHAR(191) NOT NULL DEFAULT '',
  `description` MEDIUMTEXT NULL,
  `lexicon` VARCHAR(255) NOT NULL DEFAULT 'permissions',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `modx_access_resource_groups` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `target` VARCHAR(100) NOT NULL DEFAULT '',
  `principal_class` VARCHAR(100) NOT NULL DEFAULT 'MODX\\Revolution\\modPrincipal',
  `principal` INT(10) unsigned NOT NULL DEFAULT '0',
  `authority` INT(10) unsigned NOT NULL DEFAULT '9999',
  `policy` INT(10) unsigned NOT NULL DEFAULT '0',
  `context_key` VARCHAR(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  INDEX `target` (`target`),
  INDEX `principal_class` (`principal_class`,`target`,`principal`,`authority`),
  INDEX `principal` (`principal`),
  INDEX `authority` (`authority`),
  INDEX `policy` (`policy`),
  INDEX `context_key` (`context_key`)
) ENGINE=InnoDB;

CREATE TABLE `modx_active_users` (
  `internalKey` INT(9) unsigned NOT NULL DEFAULT '0',
  `username` VARCHAR(50) NOT NULL DEFAULT '',
  `lasthit` INT(20) NOT NULL DEFAULT '0',
  `id` INT(10) NULL,
  `action` VARCHAR(255) NOT NULL DEFAULT '',
  `ip` VARCHAR(20) NOT NULL DEFAULT '',
  PRIMARY KEY (`internalKey`)
) ENGINE=InnoDB;

CREATE TABLE `modx_categories` (
  `id` INT(10) unsigned NOT NULL AUTO_INCREMENT,
  `parent` INT(10) unsigned NULL DEFAULT '0',
  `category` VARCHAR(45) NOT NULL DEFAULT '',
  `rank` INT(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  INDEX `parent` (`parent`),
  UNIQUE KEY `category` (`parent`,`category`),
  INDEX `rank` (`rank`)
) ENGINE=InnoDB;

CREATE TABLE `modx_site_htmlsnippets` (
  `id` INT(10) unsigned NOT NULL AUTO_INCREMENT,
  `source` INT unsigned NOT NULL DEFAULT '0',
  `property_preprocess` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `name` VARCHAR(50) NOT NULL DEFAULT '',
  `description` VARCHAR(255) NOT NULL DEFAULT 'Chunk',
  `editor_type` INT(11) NOT NULL DEFAULT '0',
  `category` INT(11) NOT NULL DEFAULT '0',
  `cache_type` TINYINT(1) NOT NULL DEFAULT '0',
  `snippet` MEDIUMTEXT NULL,
  `locked` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `properties` TEXT NULL,
  `static` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `static_file` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  INDEX `category` (`category`),
  INDEX `locked` (`locked`),
  INDEX `static` (`static`)
) ENGINE=InnoDB;

CREATE TABLE `modx_content_type` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `description` TINYTEXT NULL,
  `mime_type` TINYTEXT NULL,
  `file_extensions` TINYTEXT NULL,
  `icon` TINYTEXT NULL,
  `headers` MEDIUMTEXT NULL,
  `binary` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `modx_context` (
  `key` VARCHAR(100) NOT NULL,
  `name` VARCHAR(191) NULL,
  `description` TINYTEXT NULL,
  `rank` INT(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`key`),
  INDEX `name` (`name`),
  INDEX `rank` (`rank`)
) ENGINE=InnoDB;

CREATE TABLE `modx_context_setting` (
  `context_key` VARCHAR(191) NOT NULL,
  `key` VARCHAR(50) NOT NULL,
  `value` MEDIUMTEXT NULL,
  `xtype` VARCHAR(75) NOT NULL DEFAULT 'textfield',
  `namespace` VARCHAR(40) NOT NULL DEFAULT 'core',
  `area` VARCHAR(255) NOT NULL DEFAULT '',
  `editedon` TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`context_key`,`key`)
) ENGINE=InnoDB;

CREATE TABLE `modx_dashboard` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL DEFAULT '',
  `description` TEXT NULL,
  `hide_trees` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `customizable` TINYINT(1) unsigned NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  INDEX `name` (`name`),
  INDEX `hide_trees` (`hide_trees`)
) ENGINE=InnoDB;

CREATE TABLE `modx_dashboard_widget` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL DEFAULT '',
  `description` TEXT NULL,
  `type` VARCHAR(100) NOT NULL,
  `content` MEDIUMTEXT NULL,
  `properties` TEXT NULL,
  `namespace` VARCHAR(191) NOT NULL DEFAULT '',
  `lexicon` VARCHAR(191) NOT NULL DEFAULT 'core:dashboards',
  `size` VARCHAR(255) NOT NULL DEFAULT 'half',
  `permission` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  INDEX `name` (`name`),
  INDEX `type` (`type`),
  INDEX `namespace` (`namespace`),
  INDEX `lexicon` (`lexicon`)
) ENGINE=InnoDB;

CREATE TABLE `modx_dashboard_widget_placement` (
  `user` INT(10) unsigned NOT NULL DEFAULT '0',
  `dashboard` INT(10) unsigned NOT NULL DEFAULT '0',
  `widget` INT(10) unsigned NOT NULL DEFAULT '0',
  `rank` INT(10) unsigned NOT NULL DEFAULT '0',
  `size` VARCHAR(255) NOT NULL DEFAULT 'half',
  PRIMARY KEY (`user`,`dashboard`,`widget`),
  INDEX `rank` (`rank`)
) ENGINE=InnoDB;

CREATE TABLE `modx_deprecated_call` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `method` INT(11) unsigned NOT NULL DEFAULT '0',
  `call_count` INT(11) unsigned NOT NULL DEFAULT '0',
  `caller` VARCHAR(191) NOT NULL DEFAULT '',
  `caller_file` VARCHAR(191) NOT NULL DEFAULT '',
  `caller_line` INT(11) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  INDEX `method` (`method`),
  INDEX `call_count` (`call_count`),
  INDEX `caller` (`caller`),
  INDEX `caller_file` (`caller_file`),
  INDEX `caller_line` (`caller_line`)
) ENGINE=InnoDB;

CREATE TABLE `modx_extension_packages` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `namespace` VARCHAR(40) NOT NULL DEFAULT 'core',
  `name` VARCHAR(100) NOT NULL DEFAULT 'core',
  `path` TEXT NULL,
  `table_prefix` VARCHAR(255) NOT NULL DEFAULT '',
  `service_class` VARCHAR(255) NOT NULL DEFAULT '',
  `service_name` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` DATETIME NULL,
  `updated_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  INDEX `namespace` (`namespace`),
  INDEX `name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `modx_fc_profiles` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL DEFAULT '',
  `description` TEXT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT '0',
  `rank` INT(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  INDEX `name` (`name`),
  INDEX `rank` (`rank`),
  INDEX `active` (`active`)
) ENGINE=InnoDB;

CREATE TABLE `modx_lexicon_entries` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL DEFAULT '',
  `value` TEXT NOT NULL,
  `topic` VARCHAR(191) NOT NULL DEFAULT 'default',
  `namespace` VARCHAR(40) NOT NULL DEFAULT 'core',
  `language` VARCHAR(20) NOT NULL DEFAULT 'en',
  `createdon` DATETIME NULL,
  `editedon` TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  INDEX `name` (`name`),
  INDEX `topic` (`topic`),
  INDEX `namespace` (`namespace`),
  INDEX `language` (`language`)
) ENGINE=InnoDB;

CREATE TABLE `modx_manager_log` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `user` INT(10) unsigned NOT NULL DEFAULT '0',
  `occurred` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `action` VARCHAR(100) NOT NULL DEFAULT '',
  `classKey` VARCHAR(100) NOT NULL DEFAULT '',
  `item` VARCHAR(255) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  INDEX `user_occurred` (`user`,`occurred`)
) ENGINE=InnoDB;

CREATE TABLE `modx_menus` (
  `text` VARCHAR(191) NOT NULL DEFAULT '',
  `parent` VARCHAR(191) NOT NULL DEFAULT '',
  `action` VARCHAR(191) NOT NULL DEFAULT '',
  `description` VARCHAR(255) NOT NULL DEFAULT '',
  `icon` VARCHAR(255) NOT NULL DEFAULT '',
  `menuindex` INT(11) unsigned NOT NULL DEFAULT '0',
  `params` TEXT NOT NULL,
  `handler` TEXT NOT NULL,
  `permissions` TEXT NOT NULL,
  `namespace` VARCHAR(100) NOT NULL DEFAULT 'core',
  PRIMARY KEY (`text`),
  INDEX `parent` (`parent`),
  INDEX `action` (`action`),
  INDEX `namespace` (`namespace`)
) ENGINE=InnoDB;

CREATE TABLE `modx_namespaces` (
  `name` VARCHAR(40) NOT NULL DEFAULT '',
  `path` TEXT NULL,
  `assets_path` TEXT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB;

CREATE TABLE `modx_site_plugins` (
  `id` INT(10) unsigned NOT NULL AUTO_INCREMENT,
  `source` INT unsigned NOT NULL DEFAULT '0',
  `property_preprocess` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `name` VARCHAR(50) NOT NULL DEFAULT '',
  `description` VARCHAR(255) NOT NULL DEFAULT '',
  `editor_type` INT(11) NOT NULL DEFAULT '0',
  `category` INT(11) NOT NULL DEFAULT '0',
  `cache_type` TINYINT(1) NOT NULL DEFAULT '0',
  `plugincode` MEDIUMTEXT NOT NULL,
  `locked` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `properties` TEXT NULL,
  `disabled` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `moduleguid` VARCHAR(32) NOT NULL DEFAULT '',
  `static` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `static_file` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  INDEX `category` (`category`),
  INDEX `locked` (`locked`),
  INDEX `disabled` (`disabled`),
  INDEX `static` (`static`)
) ENGINE=InnoDB;

CREATE TABLE `modx_site_content` (
  `id` INT(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(20) NOT NULL DEFAULT 'document',
  `pagetitle` VARCHAR(191) NOT NULL DEFAULT '',
  `longtitle` VARCHAR(191) NOT NULL DEFAULT '',
  `description` TEXT NOT NULL,
  `alias` VARCHAR(191) NULL DEFAULT '',
  `link_attributes` VARCHAR(255) NOT NULL DEFAULT '',
  `published` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `pub_date` INT(20) NOT NULL DEFAULT '0',
  `unpub_date` INT(20) NOT NULL DEFAULT '0',
  `parent` INT(10) unsigned NOT NULL DEFAULT '0',
  `isfolder` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `introtext` TEXT NULL,
  `content` MEDIUMTEXT NULL,
  `richtext` TINYINT(1) unsigned NOT NULL DEFAULT '1',
  `template` INT(10) NOT NULL DEFAULT '0',
  `menuindex` INT(10) NOT NULL DEFAULT '0',
  `searchable` TINYINT(1) unsigned NOT NULL DEFAULT '1',
  `cacheable` TINYINT(1) unsigned NOT NULL DEFAULT '1',
  `createdby` INT(10) NOT NULL DEFAULT '0',
  `createdon` INT(20) NOT NULL DEFAULT '0',
  `editedby` INT(10) NOT NULL DEFAULT '0',
  `editedon` INT(20) NOT NULL DEFAULT '0',
  `deleted` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `deletedon` INT(20) NOT NULL DEFAULT '0',
  `deletedby` INT(10) NOT NULL DEFAULT '0',
  `publishedon` INT(20) NOT NULL DEFAULT '0',
  `publishedby` INT(10) NOT NULL DEFAULT '0',
  `menutitle` VARCHAR(255) NOT NULL DEFAULT '',
  `content_dispo` TINYINT(1) NOT NULL DEFAULT '0',
  `hidemenu` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `class_key` VARCHAR(100) NOT NULL DEFAULT 'MODX\\Revolution\\modDocument',
  `context_key` VARCHAR(100) NOT NULL DEFAULT 'web',
  `content_type` INT(11) unsigned NOT NULL DEFAULT '1',
  `uri` TEXT NULL,
  `uri_override` TINYINT(1) NOT NULL DEFAULT '0',
  `hide_children_in_tree` TINYINT(1) NOT NULL DEFAULT '0',
  `show_in_tree` TINYINT(1) NOT NULL DEFAULT '1',
  `properties` MEDIUMTEXT NULL,
  `alias_visible` TINYINT(1) unsigned NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  INDEX `alias` (`alias`),
  INDEX `published` (`published`),
  INDEX `pub_date` (`pub_date`),
  INDEX `unpub_date` (`unpub_date`),
  INDEX `parent` (`parent`),
  INDEX `isfolder` (`isfolder`),
  INDEX `template` (`template`),
  INDEX `menuindex` (`menuindex`),
  INDEX `searchable` (`searchable`),
  INDEX `cacheable` (`cacheable`),
  INDEX `hidemenu` (`hidemenu`),
  INDEX `class_key` (`class_key`),
  INDEX `context_key` (`context_key`),
  INDEX `uri` (`uri` (191)),
  INDEX `uri_override` (`uri_override`),
  INDEX `hide_children_in_tree` (`hide_children_in_tree`),
  INDEX `show_in_tree` (`show_in_tree`),
  FULLTEXT `content_ft_idx` (`pagetitle`,`longtitle`,`description`,`introtext`,`content`),
  INDEX `cache_refresh_index` (`parent`,`menuindex`,`id`)
) ENGINE=InnoDB;

CREATE TABLE `modx_documentgroup_names` (
  `id` INT(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL DEFAULT '',
  `private_memgroup` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `private_webgroup` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `modx_document_groups` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `document_group` INT(10) NOT NULL DEFAULT '0',
  `document` INT(10) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  INDEX `document_group` (`document_group`),
  INDEX `document` (`document`)
) ENGINE=InnoDB;

CREATE TABLE `modx_session` (
  `id` VARCHAR(191) NOT NULL DEFAULT '',
  `access` INT(20) unsigned NOT NULL,
  `data` MEDIUMTEXT NULL,
  PRIMARY KEY (`id`),
  INDEX `access` (`access`)
) ENGINE=InnoDB;

CREATE TABLE `modx_site_snippets` (
  `id` INT(10) unsigned NOT NULL AUTO_INCREMENT,
  `source` INT unsigned NOT NULL DEFAULT '0',
  `property_preprocess` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `name` VARCHAR(50) NOT NULL DEFAULT '',
  `description` VARCHAR(255) NOT NULL DEFAULT '',
  `editor_type` INT(11) NOT NULL DEFAULT '0',
  `category` INT(11) NOT NULL DEFAULT '0',
  `cache_type` TINYINT(1) NOT NULL DEFAULT '0',
  `snippet` MEDIUMTEXT NULL,
  `locked` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `properties` TEXT NULL,
  `moduleguid` VARCHAR(32) NOT NULL DEFAULT '',
  `static` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `static_file` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  INDEX `category` (`category`),
  INDEX `locked` (`locked`),
  INDEX `moduleguid` (`moduleguid`),
  INDEX `static` (`static`)
) ENGINE=InnoDB;

CREATE TABLE `modx_system_settings` (
  `key` VARCHAR(50) NOT NULL DEFAULT '',
  `value` TEXT NOT NULL,
  `xtype` VARCHAR(75) NOT NULL DEFAULT 'textfield',
  `namespace` VARCHAR(40) NOT NULL DEFAULT 'core',
  `area` VARCHAR(255) NOT NULL DEFAULT '',
  `editedon` TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB;

CREATE TABLE `modx_site_templates` (
  `id` INT(10) unsigned NOT NULL AUTO_INCREMENT,
  `source` INT unsigned NOT NULL DEFAULT '0',
  `property_preprocess` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `templatename` VARCHAR(50) NOT NULL DEFAULT '',
  `description` VARCHAR(255) NOT NULL DEFAULT '',
  `editor_type` INT(11) NOT NULL DEFAULT '0',
  `category` INT(11) NOT NULL DEFAULT '0',
  `icon` VARCHAR(255) NOT NULL DEFAULT '',
  `template_type` INT(11) NOT NULL DEFAULT '0',
  `content` MEDIUMTEXT NOT NULL,
  `locked` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `properties` TEXT NULL,
  `static` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `static_file` VARCHAR(255) NOT NULL DEFAULT '',
  `preview_file` VARCHAR(191) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `templatename` (`templatename`),
  INDEX `category` (`category`),
  INDEX `locked` (`locked`),
  INDEX `static` (`static`)
) ENGINE=InnoDB;

CREATE TABLE `modx_site_tmplvars` (
  `id` INT(10) unsigned NOT NULL AUTO_INCREMENT,
  `source` INT unsigned NOT NULL DEFAULT '0',
  `property_preprocess` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `type` VARCHAR(20) NOT NULL DEFAULT '',
  `name` VARCHAR(50) NOT NULL DEFAULT '',
  `caption` VARCHAR(80) NOT NULL DEFAULT '',
  `description` VARCHAR(255) NOT NULL DEFAULT '',
  `editor_type` INT(11) NOT NULL DEFAULT '0',
  `category` INT(11) NOT NULL DEFAULT '0',
  `locked` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `elements` TEXT NULL,
  `rank` INT(11) NOT NULL DEFAULT '0',
  `display` VARCHAR(20) NOT NULL DEFAULT '',
  `default_text` MEDIUMTEXT NULL,
  `properties` TEXT NULL,
  `input_properties` TEXT NULL,
  `output_properties` TEXT NULL,
  `static` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `static_file` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  INDEX `category` (`category`),
  INDEX `locked` (`locked`),
  INDEX `rank` (`rank`),
  INDEX `static` (`static`)
) ENGINE=InnoDB;

CREATE TABLE `modx_site_tmplvar_contentvalues` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `tmplvarid` INT(10) unsigned NOT NULL DEFAULT '0',
  `contentid` INT(10) unsigned NOT NULL DEFAULT '0',
  `value` MEDIUMTEXT NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tmplvarid` (`tmplvarid`),
  INDEX `contentid` (`contentid`),
  UNIQUE KEY `tv_cnt` (`tmplvarid`,`contentid`)
) ENGINE=InnoDB;

CREATE TABLE `modx_users` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(100) NOT NULL DEFAULT '',
  `password` VARCHAR(255) NOT NULL DEFAULT '',
  `cachepwd` VARCHAR(255) NOT NULL DEFAULT '',
  `class_key` VARCHAR(100) NOT NULL DEFAULT 'MODX\\Revolution\\modUser',
  `active` TINYINT(1) unsigned NOT NULL DEFAULT '1',
  `remote_key` VARCHAR(191) NULL,
  `remote_data` TEXT NULL,
  `hash_class` VARCHAR(100) NOT NULL DEFAULT 'MODX\\Revolution\\Hashing\\modNative',
  `salt` VARCHAR(100) NOT NULL DEFAULT '',
  `primary_group` INT(10) unsigned NOT NULL DEFAULT '0',
  `session_stale` TEXT NULL,
  `sudo` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `createdon` INT(20) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  INDEX `class_key` (`class_key`),
  INDEX `remote_key` (`remote_key`),
  INDEX `primary_group` (`primary_group`)
) ENGINE=InnoDB;

CREATE TABLE `modx_user_attributes` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `internalKey` INT(10) unsigned NOT NULL,
  `fullname` VARCHAR(100) NOT NULL DEFAULT '',
  `email` VARCHAR(100) NOT NULL DEFAULT '',
  `phone` VARCHAR(100) NOT NULL DEFAULT '',
  `mobilephone` VARCHAR(100) NOT NULL DEFAULT '',
  `blocked` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `blockeduntil` INT(11) NOT NULL DEFAULT '0',
  `blockedafter` INT(11) NOT NULL DEFAULT '0',
  `logincount` INT(11) NOT NULL DEFAULT '0',
  `lastlogin` INT(11) NOT NULL DEFAULT '0',
  `thislogin` INT(11) NOT NULL DEFAULT '0',
  `failedlogincount` INT(10) NOT NULL DEFAULT '0',
  `sessionid` VARCHAR(100) NOT NULL DEFAULT '',
  `dob` INT(10) NOT NULL DEFAULT '0',
  `gender` TINYINT(1) NOT NULL DEFAULT '0',
  `address` TEXT NOT NULL,
  `country` VARCHAR(255) NOT NULL DEFAULT '',
  `city` VARCHAR(255) NOT NULL DEFAULT '',
  `state` VARCHAR(25) NOT NULL DEFAULT '',
  `zip` VARCHAR(25) NOT NULL DEFAULT '',
  `fax` VARCHAR(100) NOT NULL DEFAULT '',
  `photo` VARCHAR(255) NOT NULL DEFAULT '',
  `comment` TEXT NOT NULL,
  `website` VARCHAR(255) NOT NULL DEFAULT '',
  `extended` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `internalKey` (`internalKey`)
) ENGINE=InnoDB;

CREATE TABLE `modx_membergroup_names` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL DEFAULT '',
  `description` TEXT NULL,
  `parent` INT(10) unsigned NOT NULL DEFAULT '0',
  `rank` INT(10) unsigned NOT NULL DEFAULT '0',
  `dashboard` INT(10) unsigned NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  INDEX `parent` (`parent`),
  INDEX `rank` (`rank`),
  INDEX `dashboard` (`dashboard`)
) ENGINE=InnoDB;

CREATE TABLE `modx_member_groups` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `user_group` INT(10) unsigned NOT NULL DEFAULT '0',
  `member` INT(10) unsigned NOT NULL DEFAULT '0',
  `role` INT(10) unsigned NOT NULL DEFAULT '1',
  `rank` INT(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  INDEX `role` (`role`),
  INDEX `rank` (`rank`)
) ENGINE=InnoDB;

CREATE TABLE `modx_user_group_roles` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `description` MEDIUMTEXT NULL,
  `authority` INT(10) unsigned NOT NULL DEFAULT '9999',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `authority` (`authority`)
) ENGINE=InnoDB;

CREATE TABLE `modx_user_group_settings` (
  `group` INTEGER unsigned NOT NULL DEFAULT '0',
  `key` VARCHAR(50) NOT NULL,
  `value` TEXT NULL,
  `xtype` VARCHAR(75) NOT NULL DEFAULT 'textfield',
  `namespace` VARCHAR(40) NOT NULL DEFAULT 'core',
  `area` VARCHAR(255) NOT NULL DEFAULT '',
  `editedon` TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`group`,`key`)
) ENGINE=InnoDB;

CREATE TABLE `modx_user_messages` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(15) NOT NULL DEFAULT '',
  `subject` VARCHAR(255) NOT NULL DEFAULT '',
  `message` TEXT NOT NULL,
  `sender` INT(10) unsigned NOT NULL DEFAULT '0',
  `recipient` INT(10) unsigned NOT NULL DEFAULT '0',
  `private` TINYINT(4) NOT NULL DEFAULT '0',
  `date_sent` DATETIME NULL DEFAULT NULL,
  `read` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `modx_user_settings` (
  `user` INT(11) unsigned NOT NULL DEFAULT '0',
  `key` VARCHAR(50) NOT NULL DEFAULT '',
  `value` TEXT NULL,
  `xtype` VARCHAR(75) NOT NULL DEFAULT 'textfield',
  `namespace` VARCHAR(40) NOT NULL DEFAULT 'core',
  `area` VARCHAR(255) NOT NULL DEFAULT '',
  `editedon` TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`user`,`key`)
) ENGINE=InnoDB;

CREATE TABLE `modx_workspaces` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL DEFAULT '',
  `path` VARCHAR(191) NOT NULL DEFAULT '',
  `created` DATETIME NOT NULL,
  `active` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `attributes` MEDIUMTEXT NULL,
  PRIMARY KEY (`id`),
  INDEX `name` (`name`),
  UNIQUE KEY `path` (`path`),
  INDEX `active` (`active`)
) ENGINE=InnoDB;

CREATE TABLE `modx_register_messages` (
  `topic` INTEGER(10) unsigned NOT NULL,
  `id` VARCHAR(191) NOT NULL,
  `created` DATETIME NOT NULL,
  `valid` DATETIME NOT NULL,
  `accessed` TIMESTAMP NULL ON UPDATE CURRENT_TIMESTAMP,
  `accesses` INTEGER(10) unsigned NOT NULL DEFAULT '0',
  `expires` INTEGER(20) NOT NULL DEFAULT '0',
  `payload` MEDIUMTEXT NOT NULL,
  `kill` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`topic`,`id`),
  INDEX `created` (`created`),
  INDEX `valid` (`valid`),
  INDEX `accessed` (`accessed`),
  INDEX `accesses` (`accesses`),
  INDEX `expires` (`expires`)
) ENGINE=InnoDB;

CREATE TABLE `modx_register_topics` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `queue` INTEGER(10) unsigned NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` TIMESTAMP NULL ON UPDATE CURRENT_TIMESTAMP,
  `options` MEDIUMTEXT NULL,
  PRIMARY KEY (`id`),
  INDEX `queue` (`queue`),
  INDEX `name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `modx_register_queues` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `options` MEDIUMTEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `modx_transport_packages` (
  `signature` VARCHAR(191) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` TIMESTAMP NULL ON UPDATE CURRENT_TIMESTAMP,
  `installed` DATETIME NULL,
  `state` TINYINT(1) unsigned NOT NULL DEFAULT '1',
  `workspace` INTEGER(10) unsigned NOT NULL DEFAULT '0',
  `provider` INTEGER(10) unsigned NOT NULL DEFAULT '0',
  `disabled` TINYINT(1) unsigned NOT NULL DEFAULT '0',
  `source` TINYTEXT NULL,
  `manifest` TEXT NULL,
  `attributes` MEDIUMTEXT NULL,
  `package_name` VARCHAR(191) NOT NULL,
  `metadata` TEXT NULL,
  `version_major` SMALLINT unsigned NOT NULL DEFAULT '0',
  `version_minor` SMALLINT unsigned NOT NULL DEFAULT '0',
  `version_patch` SMALLINT unsigned NOT NULL DEFAULT '0',
  `release` VARCHAR(100) NOT NULL DEFAULT '',
  `release_index` SMALLINT unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`signature`),
  INDEX `workspace` (`workspace`),
  INDEX `provider` (`provider`),
  INDEX `disabled` (`disabled`),
  INDEX `package_name` (`package_name`),
  INDEX `version_major` (`version_major`),
  INDEX `version_minor` (`version_minor`),
  INDEX `version_patch` (`version_patch`),
  INDEX `release` (`release`),
  INDEX `release_index` (`release_index`)
) ENGINE=InnoDB;

CREATE TABLE `modx_transport_providers` (
  `id` INTEGER unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `description` MEDIUMTEXT NULL,
  `service_url` TINYTEXT NULL,
  `username` VARCHAR(191) NOT NULL DEFAULT '',
  `api_key` VARCHAR(191) NOT NULL DEFAULT '',
  `created` DATETIME NOT NULL,
  `updated` TIMESTAMP NULL ON UPDATE CURRENT_TIMESTAMP,
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  `priority` TINYINT(4) NOT NULL DEFAULT '10',
  `properties` MEDIUMTEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  INDEX `api_key` (`api_key`),
  INDEX `username` (`username`),
  INDEX `active` (`active`),
  INDEX `priority` (`priority`)
) ENGINE=InnoDB;

CREATE TABLE `modx_media_sources` (
  `id` INT(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL DEFAULT '',
  `description` TEXT NULL,
  `class_key` VARCHAR(100) NOT NULL DEFAULT 'MODX\\Revolution\\Sources\\modFileMediaSource',
  `properties` MEDIUMTEXT NULL,
  `is_stream` TINYINT(1) unsigned NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  INDEX `name` (`name`),
  INDEX `class_key` (`class_key`),
  INDEX `is_stream` (`is_stream`)
) ENGINE=InnoDB;

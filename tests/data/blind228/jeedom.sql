-- Jeedom core 4.5 (home automation: equipments (eqLogic) of every plugin with their commands (cmd) and current
-- values, value history and its archive, objects (rooms), scenarios with their elements, sub-elements and
-- expressions, interactions (voice/text commands), timeline, message centre, event queue, views, designs (2D/3D
-- plans), widgets, notes, data store (variables), cron jobs, listeners, queue, cache, configuration, updates and
-- users)
-- Upstream: https://github.com/jeedom/core (GPL-3.0-or-later per the source headers and COPYING; the LICENSE file
-- carries the GPL-2.0 text), commit b5e67585c4dd6a89d874b4fc8c94a9269d06dc90 (release 4.5.3)
-- Source: install/database.json, the description of every table that install/database.php hands to
-- DB::compareAndFix() to create or repair the database (field name, type, NULL, key, default, extra; indexes with
-- their kind, columns and prefix lengths; engine), written out as MySQL DDL in upstream's table and column order.
-- Upstream declares no foreign keys (install/update/4.0.1.php dropped them all). `event` is a MEMORY table and
-- `interactQuery` a MyISAM table with a FULLTEXT index, as upstream. All 31 tables kept.

CREATE TABLE `cmd` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `eqLogic_id` int(11) NOT NULL,
  `eqType` varchar(127) DEFAULT NULL,
  `logicalId` varchar(1023) DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  `name` varchar(127) DEFAULT NULL,
  `configuration` mediumtext DEFAULT NULL,
  `template` text DEFAULT NULL,
  `isHistorized` varchar(45) NOT NULL,
  `type` varchar(45) DEFAULT NULL,
  `subType` varchar(45) DEFAULT NULL,
  `unite` varchar(45) DEFAULT NULL,
  `display` text DEFAULT NULL,
  `isVisible` int(11) DEFAULT 1,
  `value` varchar(255) DEFAULT NULL,
  `alert` text DEFAULT NULL,
  `generic_type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique` (`eqLogic_id`, `name`),
  KEY `isHistorized` (`isHistorized`),
  KEY `type` (`type`),
  KEY `name` (`name`),
  KEY `subtype` (`subType`),
  KEY `eqLogic_id` (`eqLogic_id`),
  KEY `value` (`value`),
  KEY `order` (`order`),
  FULLTEXT KEY `logicalID` (`logicalId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cache` (
  `key` varchar(255) NOT NULL DEFAULT 'core',
  `value` mediumtext DEFAULT NULL,
  `timestamp` int(11) DEFAULT NULL,
  `lifetime` int(11) DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `plugin` varchar(127) NOT NULL DEFAULT 'core',
  `key` varchar(127) NOT NULL,
  `value` mediumtext DEFAULT NULL,
  PRIMARY KEY (`plugin`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cron` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `enable` int(11) DEFAULT NULL,
  `class` varchar(127) DEFAULT NULL,
  `function` varchar(127) NOT NULL,
  `schedule` varchar(127) DEFAULT NULL,
  `timeout` int(11) DEFAULT NULL,
  `deamon` int(11) DEFAULT 0,
  `deamonSleepTime` int(11) DEFAULT NULL,
  `option` text DEFAULT NULL,
  `once` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `class` (`class`),
  KEY `function` (`function`),
  KEY `deamon` (`deamon`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dataStore` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(127) NOT NULL,
  `link_id` int(11) NOT NULL,
  `key` varchar(127) NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQUE` (`type`, `link_id`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eqLogic` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(127) NOT NULL,
  `logicalId` varchar(127) DEFAULT NULL,
  `object_id` int(11) DEFAULT NULL,
  `eqType_name` varchar(127) NOT NULL,
  `configuration` mediumtext DEFAULT NULL,
  `isVisible` tinyint(1) DEFAULT NULL,
  `isEnable` tinyint(1) DEFAULT NULL,
  `status` text DEFAULT NULL,
  `timeout` int(11) DEFAULT NULL,
  `category` text DEFAULT NULL,
  `display` text DEFAULT NULL,
  `order` int(11) DEFAULT 1,
  `comment` text DEFAULT NULL,
  `generic_type` varchar(255) DEFAULT NULL,
  `tags` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique` (`name`, `object_id`),
  KEY `eqTypeName` (`eqType_name`),
  KEY `name` (`name`),
  KEY `logical_id` (`logicalId`),
  KEY `object_id` (`object_id`),
  KEY `timeout` (`timeout`),
  KEY `generic_type` (`generic_type`),
  KEY `tags` (`tags`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `datetime` double(16,6) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `option` varchar(8192) DEFAULT NULL,
  KEY `datetime` (`datetime`)
) ENGINE=MEMORY DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history` (
  `cmd_id` int(11) NOT NULL,
  `datetime` datetime NOT NULL,
  `value` varchar(127) DEFAULT NULL,
  PRIMARY KEY (`cmd_id`, `datetime`),
  UNIQUE KEY `unique` (`datetime`, `cmd_id`),
  KEY `fk_history5min_commands1_idx` (`cmd_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `historyArch` (
  `cmd_id` int(11) NOT NULL,
  `datetime` datetime NOT NULL,
  `value` varchar(127) DEFAULT NULL,
  PRIMARY KEY (`cmd_id`, `datetime`),
  UNIQUE KEY `unique` (`cmd_id`, `datetime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interactDef` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `enable` int(11) DEFAULT 1,
  `query` text DEFAULT NULL,
  `reply` text DEFAULT NULL,
  `person` varchar(255) DEFAULT NULL,
  `options` text DEFAULT NULL,
  `filtres` text DEFAULT NULL,
  `group` varchar(127) DEFAULT NULL,
  `actions` text DEFAULT NULL,
  `display` text DEFAULT NULL,
  `comment` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interactQuery` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `interactDef_id` int(11) NOT NULL,
  `query` text DEFAULT NULL,
  `actions` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  FULLTEXT KEY `query` (`query`),
  KEY `interactDef_id` (`interactDef_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;

CREATE TABLE `listener` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `class` varchar(127) DEFAULT NULL,
  `function` varchar(127) DEFAULT NULL,
  `event` varchar(511) DEFAULT NULL,
  `option` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `event` (`event`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime NOT NULL,
  `logicalId` varchar(127) DEFAULT NULL,
  `plugin` varchar(127) NOT NULL,
  `message` text DEFAULT NULL,
  `action` text DEFAULT NULL,
  `occurrences` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `plugin_logicalID` (`plugin`, `logicalId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(127) DEFAULT NULL,
  `text` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(127) NOT NULL,
  `father_id` int(11) DEFAULT NULL,
  `isVisible` tinyint(1) DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `configuration` text DEFAULT NULL,
  `display` text DEFAULT NULL,
  `image` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`),
  KEY `fk_object_object1_idx1` (`father_id`),
  KEY `position` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `planHeader_id` int(11) NOT NULL,
  `link_type` varchar(127) DEFAULT NULL,
  `link_id` int(11) DEFAULT NULL,
  `position` text DEFAULT NULL,
  `display` text DEFAULT NULL,
  `css` text DEFAULT NULL,
  `configuration` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `unique` (`link_type`, `link_id`),
  KEY `fk_plan_planHeader1_idx` (`planHeader_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plan3d` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `plan3dHeader_id` int(11) NOT NULL,
  `link_type` varchar(127) DEFAULT NULL,
  `link_id` varchar(127) DEFAULT NULL,
  `position` text DEFAULT NULL,
  `display` text DEFAULT NULL,
  `css` text DEFAULT NULL,
  `configuration` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `name` (`name`),
  KEY `link_type_link_id` (`link_type`, `link_id`),
  KEY `fk_3d_3dHeader1_idx` (`plan3dHeader_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plan3dHeader` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(127) DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  `configuration` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `order` (`order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `planHeader` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(127) DEFAULT NULL,
  `image` mediumtext DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  `configuration` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `order` (`order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `queue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `queueId` varchar(255) DEFAULT NULL,
  `class` varchar(255) DEFAULT NULL,
  `function` varchar(255) NOT NULL,
  `arguments` text DEFAULT NULL,
  `createTime` datetime NOT NULL,
  `options` text DEFAULT NULL,
  `timeout` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scenario` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(127) DEFAULT NULL,
  `group` varchar(127) DEFAULT NULL,
  `isActive` tinyint(1) DEFAULT 1,
  `mode` varchar(127) DEFAULT NULL,
  `schedule` text DEFAULT NULL,
  `scenarioElement` text DEFAULT NULL,
  `trigger` varchar(511) DEFAULT NULL,
  `timeout` int(11) DEFAULT NULL,
  `isVisible` tinyint(1) DEFAULT 1,
  `object_id` int(11) DEFAULT NULL,
  `display` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `configuration` text DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`group`, `object_id`, `name`),
  KEY `fk_scenario_object1_idx` (`object_id`),
  KEY `trigger` (`trigger`(255)),
  KEY `mode` (`mode`),
  KEY `modeTriger` (`mode`, `trigger`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scenarioElement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(11) NOT NULL,
  `type` varchar(127) DEFAULT NULL,
  `name` varchar(127) DEFAULT NULL,
  `options` text DEFAULT NULL,
  `log` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scenarioExpression` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(11) DEFAULT NULL,
  `scenarioSubElement_id` int(11) NOT NULL,
  `type` varchar(127) DEFAULT NULL,
  `subtype` varchar(127) DEFAULT NULL,
  `expression` text DEFAULT NULL,
  `options` text DEFAULT NULL,
  `log` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_scenarioExpression_scenarioSubElement1_idx` (`scenarioSubElement_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scenarioSubElement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(11) DEFAULT NULL,
  `scenarioElement_id` int(11) NOT NULL,
  `type` varchar(127) DEFAULT NULL,
  `subtype` varchar(127) DEFAULT NULL,
  `name` varchar(127) DEFAULT NULL,
  `options` text DEFAULT NULL,
  `log` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_scenarioSubElement_scenarioElement1_idx` (`scenarioElement_id`),
  KEY `type` (`scenarioElement_id`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `update` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(127) DEFAULT NULL,
  `name` varchar(127) DEFAULT NULL,
  `logicalId` varchar(127) DEFAULT NULL,
  `localVersion` varchar(127) DEFAULT NULL,
  `remoteVersion` varchar(127) DEFAULT NULL,
  `updateDate` datetime DEFAULT NULL,
  `source` varchar(127) DEFAULT 'market',
  `status` varchar(127) DEFAULT NULL,
  `configuration` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(45) DEFAULT NULL,
  `profils` varchar(127) NOT NULL DEFAULT 'admin',
  `password` varchar(255) DEFAULT NULL,
  `options` text DEFAULT NULL,
  `hash` varchar(255) DEFAULT NULL,
  `rights` text DEFAULT NULL,
  `enable` int(11) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `view` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(127) DEFAULT NULL,
  `display` text DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  `image` mediumtext DEFAULT NULL,
  `configuration` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `viewData` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(11) DEFAULT NULL,
  `viewZone_id` int(11) NOT NULL,
  `type` varchar(127) DEFAULT NULL,
  `link_id` int(11) DEFAULT NULL,
  `configuration` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique` (`viewZone_id`, `link_id`, `type`),
  KEY `order` (`order`, `viewZone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `viewZone` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `view_id` int(11) NOT NULL,
  `type` varchar(127) DEFAULT NULL,
  `name` varchar(127) DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `configuration` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_zone_view1` (`view_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `widgets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `type` varchar(27) DEFAULT NULL,
  `subtype` varchar(27) DEFAULT NULL,
  `template` varchar(255) DEFAULT NULL,
  `display` text DEFAULT NULL,
  `replace` text DEFAULT NULL,
  `test` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique` (`type`, `subtype`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timeline` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `folder` varchar(255) DEFAULT NULL,
  `type` varchar(27) DEFAULT NULL,
  `subtype` varchar(27) DEFAULT NULL,
  `link_id` varchar(27) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `datetime` datetime NOT NULL,
  `options` text DEFAULT NULL,
  PRIMARY KEY (`id`, `datetime`),
  KEY `datetime` (`datetime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Goteo (github.com/GoteoFoundation/goteo, AGPL-3.0), commit 7a28615caad50ce1db72a4cae6114ccf0c729bbf.
-- Built by loading upstream's db/migrations/init-v3.2.sql ("Inits SQL to version 3.2, after that SQL upgrades will be
-- managed by console migrate script") into MariaDB, applying the up-SQL of all 113 Phinx migrations of db/migrations
-- (2017-11 .. 2024-06) in order (the ALTERs of the workshop tables, absent from init-v3.2.sql, fail and are skipped;
-- they touch no table kept here), and dumping the result with mysqldump --no-data. 45 of the 239 tables; column names,
-- types, defaults, character sets (utf8 columns kept in the tables converted to utf8mb4 by the 2017-12 migration)
-- and upstream's Spanish/English COMMENTs as dumped; the foreign keys to tables left out (call, matcher,
-- social_commitment, post, communication) and the AUTO_INCREMENT counters removed. node and user refer to each other and
-- the tables are in no dependency order, so, as upstream's init-v3.2.sql does, foreign-key checks are switched off
-- while they are created.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `user` (
  `id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `location` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `email` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `gender` char(1) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `birthyear` year(4) DEFAULT NULL,
  `entity_type` tinyint(1) DEFAULT NULL,
  `legal_entity` tinyint(1) DEFAULT NULL,
  `origin_register` varchar(255) DEFAULT NULL,
  `about` text DEFAULT NULL,
  `keywords` tinytext DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `avatar` varchar(255) DEFAULT NULL,
  `contribution` text DEFAULT NULL,
  `twitter` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `facebook` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `instagram` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `identica` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `linkedin` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `amount` int(7) DEFAULT NULL COMMENT 'Cantidad total aportada',
  `num_patron` int(10) unsigned DEFAULT NULL COMMENT 'Num. proyectos patronizados',
  `num_patron_active` int(10) unsigned DEFAULT NULL COMMENT 'Num. proyectos patronizados activos',
  `worth` int(7) DEFAULT NULL,
  `created` timestamp NULL DEFAULT NULL,
  `modified` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `token` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `rememberme` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `hide` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'No se ve publicamente',
  `confirmed` int(1) NOT NULL DEFAULT 0,
  `lang` varchar(2) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT 'es',
  `node` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `num_invested` int(10) unsigned DEFAULT NULL COMMENT 'Num. proyectos cofinanciados',
  `num_owned` int(10) unsigned DEFAULT NULL COMMENT 'Num. proyectos publicados',
  PRIMARY KEY (`id`),
  KEY `nodo` (`node`),
  KEY `coordenadas` (`location`),
  CONSTRAINT `user_ibfk_1` FOREIGN KEY (`node`) REFERENCES `node` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_personal` (
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `contract_name` varchar(255) DEFAULT NULL,
  `contract_surname` varchar(255) DEFAULT NULL,
  `contract_nif` varchar(15) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Guardar sin espacios ni puntos ni guiones',
  `contract_legal_document_type` tinytext DEFAULT NULL,
  `contract_email` varchar(256) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `phone` varchar(9) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'guardar sin espacios ni puntos',
  `address` tinytext DEFAULT NULL,
  `zipcode` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `location` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `country` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`user`),
  CONSTRAINT `user_personal_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Datos personales de usuario';

CREATE TABLE `user_location` (
  `id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `latitude` decimal(16,14) NOT NULL,
  `longitude` decimal(16,14) NOT NULL,
  `radius` smallint(6) unsigned NOT NULL DEFAULT 0,
  `method` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'ip',
  `locable` tinyint(1) NOT NULL DEFAULT 0,
  `city` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `region` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `country` varchar(150) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `country_code` varchar(2) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `info` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `modified` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `latitude` (`latitude`),
  KEY `longitude` (`longitude`),
  KEY `locable` (`locable`),
  CONSTRAINT `user_location_ibfk_1` FOREIGN KEY (`id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_login` (
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `provider` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `oauth_token` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `oauth_token_secret` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `datetime` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`user`,`oauth_token`(255)),
  CONSTRAINT `user_login_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_prefer` (
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `updates` int(1) NOT NULL DEFAULT 0,
  `threads` int(1) NOT NULL DEFAULT 0,
  `rounds` int(1) NOT NULL DEFAULT 0,
  `mailing` int(1) NOT NULL DEFAULT 0,
  `email` int(1) NOT NULL DEFAULT 0,
  `tips` int(1) NOT NULL DEFAULT 0,
  `comlang` varchar(2) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `currency` varchar(3) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`user`),
  CONSTRAINT `user_prefer_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_prefer_ibfk_2` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Preferencias de notificacion de usuario';

CREATE TABLE `user_api` (
  `user_id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `key` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `expiration_date` datetime DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_api_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_web` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `url` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `user` (`user`),
  CONSTRAINT `user_web_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Webs de los usuarios';

CREATE TABLE `user_lang` (
  `id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `lang` varchar(3) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `about` text DEFAULT NULL,
  `name` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `keywords` tinytext DEFAULT NULL,
  `contribution` text DEFAULT NULL,
  UNIQUE KEY `id_lang` (`id`,`lang`),
  CONSTRAINT `user_lang_ibfk_1` FOREIGN KEY (`id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_interest` (
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `interest` int(10) unsigned NOT NULL,
  UNIQUE KEY `user_interest` (`user`,`interest`),
  KEY `usuario` (`user`),
  KEY `interes` (`interest`),
  CONSTRAINT `user_interest_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_interest_ibfk_2` FOREIGN KEY (`interest`) REFERENCES `category` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Intereses de los usuarios';

CREATE TABLE `user_role` (
  `user_id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `role_id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `node_id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `datetime` timestamp NULL DEFAULT current_timestamp(),
  KEY `user_FK` (`user_id`),
  KEY `role_FK` (`role_id`),
  KEY `node_FK` (`node_id`),
  CONSTRAINT `user_role_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_role_ibfk_2` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_role_ibfk_3` FOREIGN KEY (`node_id`) REFERENCES `node` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_vip` (
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `image` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Contiene nombre de archivo',
  PRIMARY KEY (`user`),
  CONSTRAINT `user_vip_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Datos usuario colaborador';

CREATE TABLE `user_donation` (
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `amount` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `surname` varchar(255) DEFAULT NULL,
  `nif` varchar(12) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `address` tinytext DEFAULT NULL,
  `zipcode` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `location` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL,
  `country` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `countryname` varchar(255) DEFAULT NULL,
  `numproj` int(2) DEFAULT 1,
  `year` varchar(4) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `edited` int(1) DEFAULT 0 COMMENT 'Revisados por el usuario',
  `confirmed` int(1) DEFAULT 0 COMMENT 'Certificado generado',
  `pdf` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'nombre del archivo de certificado',
  PRIMARY KEY (`user`,`year`),
  CONSTRAINT `user_donation_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Datos fiscales donativo';

CREATE TABLE `user_favourite_project` (
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `project` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `date_send` date DEFAULT NULL,
  `date_marked` date DEFAULT NULL,
  UNIQUE KEY `user_favourite_project` (`user`,`project`),
  KEY `project` (`project`),
  CONSTRAINT `user_favourite_project_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_favourite_project_ibfk_2` FOREIGN KEY (`project`) REFERENCES `project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='User favourites projects';

CREATE TABLE `donor` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user` varchar(50) NOT NULL,
  `amount` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `surname` varchar(255) DEFAULT NULL COMMENT 'Apellido',
  `surname2` char(255) DEFAULT NULL,
  `legal_entity` tinytext DEFAULT NULL,
  `legal_document_type` tinytext DEFAULT NULL,
  `nif` varchar(12) DEFAULT NULL,
  `address` tinytext DEFAULT NULL,
  `zipcode` varchar(10) DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL COMMENT 'Provincia',
  `country` varchar(50) DEFAULT NULL,
  `countryname` varchar(255) DEFAULT NULL COMMENT 'Nombre del pais',
  `gender` char(1) DEFAULT NULL,
  `birthyear` year(4) DEFAULT NULL,
  `numproj` int(2) DEFAULT 1,
  `year` varchar(4) NOT NULL,
  `edited` int(1) NOT NULL DEFAULT 0 COMMENT 'Revisados por el usuario',
  `confirmed` int(1) NOT NULL DEFAULT 0 COMMENT 'Certificado generado',
  `pdf` varchar(255) NOT NULL DEFAULT '' COMMENT 'nombre del archivo de certificado',
  `processed` date NOT NULL COMMENT 'Si se ha presentado el certificado en hacienda',
  `created` datetime DEFAULT NULL,
  `modified` datetime NOT NULL,
  `status` varchar(50) DEFAULT NULL,
  `pending` datetime DEFAULT NULL,
  `completed` datetime DEFAULT NULL,
  `validated` datetime DEFAULT NULL,
  `declared` datetime DEFAULT NULL,
  `rejected` datetime DEFAULT NULL,
  `notify` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Notify donor of change in status',
  PRIMARY KEY (`id`),
  KEY `user` (`user`),
  KEY `year` (`year`),
  CONSTRAINT `donor_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Datos fiscales donativo';

CREATE TABLE `donor_invest` (
  `donor_id` bigint(20) unsigned NOT NULL,
  `invest_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`donor_id`,`invest_id`),
  KEY `invest_id` (`invest_id`),
  CONSTRAINT `donor_invest_ibfk_1` FOREIGN KEY (`donor_id`) REFERENCES `donor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `donor_invest_ibfk_2` FOREIGN KEY (`invest_id`) REFERENCES `invest` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `donor_location` (
  `id` bigint(20) unsigned NOT NULL,
  `latitude` decimal(16,14) NOT NULL,
  `longitude` decimal(16,14) NOT NULL,
  `radius` smallint(6) unsigned NOT NULL DEFAULT 0,
  `method` varchar(50) NOT NULL DEFAULT 'ip',
  `locable` tinyint(1) NOT NULL DEFAULT 0,
  `city` varchar(255) NOT NULL,
  `region` varchar(255) NOT NULL,
  `country` varchar(150) NOT NULL,
  `country_code` varchar(2) NOT NULL,
  `info` varchar(255) DEFAULT NULL,
  `modified` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `latitude` (`latitude`),
  KEY `longitude` (`longitude`),
  KEY `locable` (`locable`),
  CONSTRAINT `donor_location_ibfk_1` FOREIGN KEY (`id`) REFERENCES `donor` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `invest` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `project` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `account` varchar(256) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Solo para aportes de cash',
  `amount` int(6) NOT NULL,
  `amount_original` int(6) DEFAULT NULL COMMENT 'Importe introducido por el usuario',
  `currency` varchar(4) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'EUR' COMMENT 'Divisa al aportar',
  `currency_rate` decimal(9,5) NOT NULL DEFAULT 1.00000 COMMENT 'Ratio de conversión a eurio al aportar',
  `donate_amount` int(10) NOT NULL,
  `status` int(1) NOT NULL COMMENT '-1 en proceso, 0 pendiente, 1 cobrado, 2 devuelto, 3 pagado al proyecto',
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `resign` tinyint(1) NOT NULL DEFAULT 0,
  `invested` date DEFAULT NULL,
  `charged` date DEFAULT NULL,
  `returned` date DEFAULT NULL,
  `preapproval` varchar(256) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'PreapprovalKey',
  `payment` varchar(256) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'PayKey',
  `transaction` varchar(256) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'PaypalId',
  `method` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Metodo de pago',
  `admin` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Admin que creó el aporte manual',
  `campaign` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'si es un aporte de capital riego',
  `datetime` timestamp NULL DEFAULT current_timestamp(),
  `drops` bigint(20) unsigned DEFAULT NULL COMMENT 'id del aporte que provoca este riego',
  `droped` bigint(20) unsigned DEFAULT NULL COMMENT 'id del riego generado por este aporte',
  `call` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'campaña dedonde sale el dinero',
  `matcher` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `issue` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Problemas con el cobro del aporte',
  `pool` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'A reservar si el proyecto falla',
  `extra_info` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  KEY `usuario` (`user`),
  KEY `proyecto` (`project`),
  KEY `convocatoria` (`call`),
  KEY `matcher` (`matcher`),
  KEY `admin` (`admin`),
  KEY `invested` (`invested`),
  KEY `datetime` (`datetime`),
  CONSTRAINT `invest_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `invest_ibfk_2` FOREIGN KEY (`project`) REFERENCES `project` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `invest_ibfk_5` FOREIGN KEY (`admin`) REFERENCES `user` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Aportes monetarios a proyectos';

CREATE TABLE `invest_address` (
  `invest` bigint(20) unsigned NOT NULL,
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `address` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `zipcode` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `location` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `country` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `name` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `nif` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `namedest` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `emaildest` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `regalo` int(1) DEFAULT 0,
  `message` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`invest`),
  KEY `user` (`user`),
  CONSTRAINT `invest_address_ibfk_1` FOREIGN KEY (`invest`) REFERENCES `invest` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `invest_address_ibfk_2` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Dirección de entrega de recompensa';

CREATE TABLE `invest_detail` (
  `invest` bigint(20) unsigned NOT NULL,
  `type` varchar(30) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `log` text DEFAULT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  UNIQUE KEY `invest_type` (`invest`,`type`),
  KEY `invest` (`invest`),
  CONSTRAINT `invest_detail_ibfk_1` FOREIGN KEY (`invest`) REFERENCES `invest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Detalles de los aportes';

CREATE TABLE `invest_location` (
  `id` bigint(20) unsigned NOT NULL,
  `latitude` decimal(16,14) NOT NULL,
  `longitude` decimal(16,14) NOT NULL,
  `radius` smallint(6) unsigned NOT NULL DEFAULT 0,
  `method` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'ip',
  `locable` tinyint(1) NOT NULL DEFAULT 0,
  `city` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `region` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `country` varchar(150) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `country_code` varchar(2) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `info` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `modified` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `latitude` (`latitude`),
  KEY `longitude` (`longitude`),
  KEY `locable` (`locable`),
  CONSTRAINT `invest_location_ibfk_1` FOREIGN KEY (`id`) REFERENCES `invest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invest_msg` (
  `invest` bigint(20) unsigned NOT NULL,
  `msg` text DEFAULT NULL,
  PRIMARY KEY (`invest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Mensaje de apoyo al proyecto tras aportar';

CREATE TABLE `invest_node` (
  `user_id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `user_node` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `project_id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `project_node` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `invest_id` bigint(20) unsigned NOT NULL,
  `invest_node` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Nodo en el que se hace el aporte',
  UNIQUE KEY `invest` (`invest_id`),
  KEY `invest_id` (`invest_id`),
  KEY `invest_node` (`invest_node`),
  KEY `project_id` (`project_id`),
  KEY `project_node` (`project_node`),
  KEY `user_id` (`user_id`),
  KEY `user_node` (`user_node`),
  CONSTRAINT `invest_node_ibfk_1` FOREIGN KEY (`user_node`) REFERENCES `node` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `invest_node_ibfk_2` FOREIGN KEY (`project_node`) REFERENCES `node` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `invest_node_ibfk_3` FOREIGN KEY (`invest_node`) REFERENCES `node` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `invest_node_ibfk_4` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `invest_node_ibfk_5` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `invest_node_ibfk_6` FOREIGN KEY (`invest_id`) REFERENCES `invest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Aportes por usuario/nodo a proyecto/nodo';

CREATE TABLE `invest_origin` (
  `invest_id` bigint(20) unsigned NOT NULL,
  `source` text NOT NULL,
  `detail` text NOT NULL,
  `allocated` text DEFAULT NULL,
  UNIQUE KEY `invest_id` (`invest_id`),
  CONSTRAINT `invest_origin_ibfk_1` FOREIGN KEY (`invest_id`) REFERENCES `invest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invest_reward` (
  `invest` bigint(20) unsigned NOT NULL,
  `reward` bigint(20) unsigned NOT NULL,
  `fulfilled` tinyint(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `invest` (`invest`,`reward`),
  KEY `reward` (`reward`),
  CONSTRAINT `invest_reward_ibfk_1` FOREIGN KEY (`invest`) REFERENCES `invest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `invest_reward_ibfk_2` FOREIGN KEY (`reward`) REFERENCES `reward` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Recompensas elegidas al aportar';

CREATE TABLE `project` (
  `id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `name` tinytext DEFAULT NULL,
  `subtitle` tinytext DEFAULT NULL,
  `lang` varchar(3) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT 'es',
  `currency` varchar(4) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'EUR' COMMENT 'Divisa del proyecto',
  `currency_rate` decimal(9,5) NOT NULL DEFAULT 1.00000 COMMENT 'Ratio al crear el proyecto',
  `status` int(1) NOT NULL,
  `translate` int(1) NOT NULL DEFAULT 0,
  `progress` int(3) NOT NULL,
  `owner` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'usuario que lo ha creado',
  `node` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'nodo en el que se ha creado',
  `amount` int(6) DEFAULT NULL COMMENT 'acumulado actualmente',
  `mincost` int(5) DEFAULT NULL COMMENT 'minimo coste',
  `maxcost` int(5) DEFAULT NULL COMMENT 'optimo',
  `days` int(3) NOT NULL DEFAULT 0 COMMENT 'Dias restantes',
  `num_investors` int(10) unsigned DEFAULT NULL COMMENT 'Numero inversores',
  `popularity` int(10) unsigned DEFAULT NULL COMMENT 'Popularidad del proyecto',
  `num_messengers` int(10) unsigned DEFAULT NULL COMMENT 'Número de personas que envían mensajes',
  `num_posts` int(10) unsigned DEFAULT NULL COMMENT 'Número de post',
  `created` date DEFAULT NULL,
  `updated` date DEFAULT NULL,
  `published` date DEFAULT NULL,
  `success` date DEFAULT NULL,
  `closed` date DEFAULT NULL,
  `passed` date DEFAULT NULL,
  `contract_name` varchar(255) DEFAULT NULL,
  `contract_nif` varchar(15) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Guardar sin espacios ni puntos ni guiones',
  `phone` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'guardar talcual',
  `contract_email` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `address` tinytext DEFAULT NULL,
  `zipcode` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `location` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `country` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `image` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Contiene nombre de archivo',
  `description` text DEFAULT NULL,
  `motivation` text DEFAULT NULL,
  `video` varchar(256) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `video_usubs` int(1) NOT NULL DEFAULT 0,
  `about` text DEFAULT NULL,
  `goal` text DEFAULT NULL,
  `related` text DEFAULT NULL,
  `spread` text DEFAULT NULL,
  `reward` text DEFAULT NULL,
  `category` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `keywords` tinytext DEFAULT NULL,
  `media` varchar(256) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `media_usubs` int(1) NOT NULL DEFAULT 0,
  `currently` int(1) DEFAULT NULL,
  `project_location` varchar(256) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `scope` int(1) DEFAULT NULL COMMENT 'Ambito de alcance',
  `resource` text DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `contract_entity` int(1) NOT NULL DEFAULT 0,
  `contract_birthdate` date DEFAULT NULL,
  `entity_office` varchar(255) DEFAULT NULL,
  `entity_name` varchar(255) DEFAULT NULL,
  `entity_cif` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Guardar sin espacios ni puntos ni guiones',
  `post_address` tinytext DEFAULT NULL,
  `secondary_address` int(11) NOT NULL DEFAULT 0,
  `post_zipcode` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `post_location` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `post_country` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `amount_users` int(10) unsigned DEFAULT NULL COMMENT 'Recaudación proveniente de los usuarios',
  `amount_call` int(10) unsigned DEFAULT NULL COMMENT 'Recaudación proveniente de la convocatoria',
  `maxproj` int(5) DEFAULT NULL COMMENT 'Dinero que puede conseguir un proyecto de la convocatoria',
  `analytics_id` varchar(30) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `facebook_pixel` varchar(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `social_commitment` int(10) unsigned DEFAULT NULL COMMENT 'Social commitment of the project',
  `social_commitment_description` text DEFAULT NULL,
  `execution_plan` text DEFAULT NULL,
  `sustainability_model` text DEFAULT NULL,
  `execution_plan_url` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `sustainability_model_url` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `sign_url` varchar(255) DEFAULT NULL,
  `sign_url_action` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `owner` (`owner`),
  KEY `nodo` (`node`),
  KEY `estado` (`status`),
  KEY `published` (`published`),
  KEY `updated` (`updated`),
  KEY `passed` (`passed`),
  KEY `success` (`success`),
  KEY `social_commitment` (`social_commitment`),
  CONSTRAINT `project_ibfk_1` FOREIGN KEY (`node`) REFERENCES `node` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `project_ibfk_2` FOREIGN KEY (`owner`) REFERENCES `user` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Proyectos de la plataforma';

CREATE TABLE `project_account` (
  `project` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `bank` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `bank_owner` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `paypal` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `paypal_owner` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `allowpp` int(1) DEFAULT NULL,
  `allow_stripe` int(1) DEFAULT 0,
  `fee` int(1) NOT NULL DEFAULT 5 COMMENT 'porcentaje de comisión goteo',
  `vat` int(2) NOT NULL DEFAULT 21 COMMENT '(Value Added Tax) to apply in the financial report',
  `tax_base_percentage` int(3) DEFAULT 100,
  `skip_login` int(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`project`),
  CONSTRAINT `project_account_ibfk_1` FOREIGN KEY (`project`) REFERENCES `project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Cuentas bancarias de proyecto';

CREATE TABLE `project_conf` (
  `project` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `noinvest` int(1) NOT NULL DEFAULT 0 COMMENT 'No se permiten más aportes',
  `watch` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Vigilar el proyecto',
  `days_round1` int(4) DEFAULT 40 COMMENT 'Días que dura la primera ronda desde la publicación del proyecto',
  `days_round2` int(4) DEFAULT 40 COMMENT 'Días que dura la segunda ronda desde la publicación del proyecto',
  `one_round` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Si el proyecto tiene una unica ronda',
  `help_license` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Si necesita ayuda en licencias',
  `help_cost` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Si necesita ayuda en costes',
  `mincost_estimation` int(11) DEFAULT NULL,
  `publishing_estimation` date DEFAULT NULL,
  `rewards_mosaic` tinyint(1) NOT NULL DEFAULT 0,
  `hide_exhausted_rewards` tinyint(1) NOT NULL DEFAULT 0,
  `impact_calculator` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(50) NOT NULL DEFAULT 'campaign',
  PRIMARY KEY (`project`),
  CONSTRAINT `project_conf_ibfk_1` FOREIGN KEY (`project`) REFERENCES `project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Configuraciones para proyectos';

CREATE TABLE `contract` (
  `project` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `number` int(11) NOT NULL AUTO_INCREMENT,
  `electronic` tinyint(1) NOT NULL DEFAULT 1,
  `date` date NOT NULL COMMENT 'dia anterior a la publicacion',
  `enddate` date NOT NULL COMMENT 'finalización, un año despues de la fecha de contrato',
  `pdf` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Archivo pdf contrato',
  `type` varchar(1) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT '0' COMMENT '0 = persona física; 1 = representante asociacion; 2 = apoderado entidad mercantil',
  `name` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `legal_document_type` tinytext DEFAULT NULL,
  `nif` varchar(14) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `office` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Cargo en la asociación o empresa',
  `address` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `location` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `region` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `zipcode` varchar(8) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `country` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `entity_name` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `entity_cif` varchar(10) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `entity_address` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `entity_location` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `entity_region` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `entity_zipcode` varchar(8) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `entity_country` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `reg_name` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Nombre y ciudad del registro en el que esta inscrita la entidad',
  `reg_date` date DEFAULT NULL,
  `reg_number` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Número de registro',
  `reg_loc` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'NO SE USA (borrar)',
  `reg_id` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Número de protocolo del notario',
  `reg_idname` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Nombre del notario',
  `reg_idloc` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Ciudad de actuación del notario',
  `project_name` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Nombre del proyecto',
  `project_url` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'URL del proyecto',
  `project_owner` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Nombre del impulsor',
  `project_user` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Nombre del usuario autor del proyecto',
  `project_profile` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'URL del perfil del autor del proyecto',
  `project_description` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Breve descripción del proyecto',
  `project_invest` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'objetivo del crowdfunding',
  `project_return` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'retornos',
  `bank` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `bank_owner` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `paypal` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `paypal_owner` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `fee` int(1) NOT NULL,
  `birthdate` date DEFAULT NULL,
  PRIMARY KEY (`project`),
  UNIQUE KEY `numero` (`number`),
  CONSTRAINT `contract_ibfk_1` FOREIGN KEY (`project`) REFERENCES `project` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Contratos';

CREATE TABLE `contract_status` (
  `contract` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Id del proyecto',
  `owner` int(1) NOT NULL DEFAULT 0 COMMENT 'El impulsor ha dado por rellenados los datos',
  `owner_date` date DEFAULT NULL COMMENT 'Fecha que se cambia el flag',
  `owner_user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Usuario que cambia el flag',
  `admin` int(1) NOT NULL DEFAULT 0 COMMENT 'El admin ha comenzado a revisar los datos',
  `admin_date` date DEFAULT NULL COMMENT 'Fecha que se cambia el flag',
  `admin_user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Usuario que cambia el flag',
  `ready` int(1) NOT NULL DEFAULT 0 COMMENT 'Datos verificados y correctos',
  `ready_date` date DEFAULT NULL COMMENT 'Fecha que se cambia el flag',
  `ready_user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Usuario que cambia el flag',
  `pdf` int(1) NOT NULL COMMENT 'El impulsor ha descargado el pdf',
  `pdf_date` date DEFAULT NULL COMMENT 'Fecha que se cambia el flag',
  `pdf_user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Usuario que cambia el flag',
  `received` int(1) NOT NULL DEFAULT 0 COMMENT 'Se ha recibido el contrato firmado',
  `received_date` date DEFAULT NULL COMMENT 'Fecha que se cambia el flag',
  `received_user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Usuario que cambia el flag',
  `payed` int(1) NOT NULL DEFAULT 0 COMMENT 'Se ha realizado el pago al proyecto',
  `payed_date` date DEFAULT NULL COMMENT 'Fecha que se cambia el flag',
  `payed_user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Usuario que cambia el flag',
  `prepay` int(1) NOT NULL DEFAULT 0 COMMENT 'Ha habido pago avanzado',
  `prepay_date` date DEFAULT NULL COMMENT 'Fecha que se cambia el flag',
  `prepay_user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Usuario que cambia el flag',
  `closed` int(1) NOT NULL DEFAULT 0 COMMENT 'Contrato finiquitado',
  `closed_date` date DEFAULT NULL COMMENT 'Fecha que se cambia el flag',
  `closed_user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Usuario que cambia el flag',
  PRIMARY KEY (`contract`),
  KEY `owner_user` (`owner_user`),
  KEY `admin_user` (`admin_user`),
  KEY `pdf_user` (`pdf_user`),
  KEY `payed_user` (`payed_user`),
  KEY `prepay_user` (`prepay_user`),
  KEY `closed_user` (`closed_user`),
  KEY `ready_user` (`ready_user`),
  KEY `received_user` (`received_user`),
  CONSTRAINT `contract_status_ibfk_1` FOREIGN KEY (`contract`) REFERENCES `contract` (`project`) ON UPDATE CASCADE,
  CONSTRAINT `contract_status_ibfk_2` FOREIGN KEY (`owner_user`) REFERENCES `user` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `contract_status_ibfk_3` FOREIGN KEY (`admin_user`) REFERENCES `user` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `contract_status_ibfk_4` FOREIGN KEY (`pdf_user`) REFERENCES `user` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `contract_status_ibfk_5` FOREIGN KEY (`payed_user`) REFERENCES `user` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `contract_status_ibfk_6` FOREIGN KEY (`prepay_user`) REFERENCES `user` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `contract_status_ibfk_7` FOREIGN KEY (`closed_user`) REFERENCES `user` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `contract_status_ibfk_8` FOREIGN KEY (`ready_user`) REFERENCES `user` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `contract_status_ibfk_9` FOREIGN KEY (`received_user`) REFERENCES `user` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Seguimiento de estado de contrato';

CREATE TABLE `reward` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `project` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `reward` tinytext DEFAULT NULL,
  `description` text DEFAULT NULL,
  `type` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `icon` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `other` tinytext DEFAULT NULL,
  `license` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `amount` int(5) DEFAULT NULL,
  `units` int(5) DEFAULT NULL,
  `fulsocial` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Retorno colectivo cumplido',
  `url` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Localización del Retorno cumplido',
  `order` tinyint(4) NOT NULL DEFAULT 1 COMMENT 'Orden para retornos colectivos',
  `bonus` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Retorno colectivo adicional',
  `category` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Category social impact',
  `extra_info_message` text DEFAULT NULL,
  `subscribable` int(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `project` (`project`),
  KEY `icon` (`icon`),
  KEY `type` (`type`),
  KEY `order` (`order`),
  CONSTRAINT `reward_ibfk_1` FOREIGN KEY (`project`) REFERENCES `project` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Retornos colectivos e individuales';

CREATE TABLE `cost` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `project` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `cost` tinytext DEFAULT NULL,
  `description` text DEFAULT NULL,
  `type` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `amount` int(5) DEFAULT 0,
  `required` tinyint(1) DEFAULT 0,
  `from` date DEFAULT NULL,
  `until` date DEFAULT NULL,
  `order` int(10) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `order` (`order`),
  KEY `project` (`project`),
  CONSTRAINT `cost_ibfk_1` FOREIGN KEY (`project`) REFERENCES `project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Desglose de costes de proyectos';

CREATE TABLE `category` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` tinytext DEFAULT NULL,
  `description` text DEFAULT NULL,
  `order` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `social_commitment` int(10) unsigned DEFAULT NULL COMMENT 'Social commitment',
  PRIMARY KEY (`id`),
  KEY `social_commitment` (`social_commitment`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Categorias de los proyectos';

CREATE TABLE `message` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `project` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `thread` bigint(20) unsigned DEFAULT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `message` text DEFAULT NULL,
  `blocked` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'No se puede modificar ni borrar',
  `closed` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'No se puede responder',
  `private` tinyint(1) NOT NULL DEFAULT 0,
  `shared` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `thread` (`thread`),
  KEY `user` (`user`),
  KEY `project` (`project`),
  CONSTRAINT `message_ibfk_1` FOREIGN KEY (`thread`) REFERENCES `message` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `message_ibfk_2` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `message_ibfk_3` FOREIGN KEY (`project`) REFERENCES `project` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Mensajes de usuarios en proyecto';

CREATE TABLE `message_user` (
  `message_id` bigint(20) unsigned NOT NULL,
  `user_id` char(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`message_id`,`user_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `message_user_ibfk_1` FOREIGN KEY (`message_id`) REFERENCES `message` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `message_user_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `comment` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `post` bigint(20) unsigned NOT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `text` text DEFAULT NULL,
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  UNIQUE KEY `id` (`id`),
  KEY `user` (`user`),
  KEY `post` (`post`),
  CONSTRAINT `comment_ibfk_1` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Comentarios';

CREATE TABLE `mail` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `email` char(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `subject` char(255) DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `template` char(100) DEFAULT NULL,
  `message_id` bigint(20) unsigned DEFAULT NULL,
  `communication_id` bigint(20) unsigned DEFAULT NULL,
  `node` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `lang` varchar(2) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Idioma en el que se solicitó la plantilla',
  `sent` tinyint(4) DEFAULT NULL,
  `error` tinytext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`,`email`),
  KEY `email` (`email`),
  KEY `node` (`node`),
  KEY `template` (`template`),
  KEY `mail_ibfk_3` (`message_id`),
  KEY `mail_ibfk_4` (`communication_id`),
  CONSTRAINT `mail_ibfk_1` FOREIGN KEY (`node`) REFERENCES `node` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `mail_ibfk_3` FOREIGN KEY (`message_id`) REFERENCES `message` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Contenido enviado por email para el -si no ves-';

CREATE TABLE `mailer_content` (
  `id` int(20) unsigned NOT NULL AUTO_INCREMENT,
  `active` int(1) NOT NULL DEFAULT 1,
  `mail` bigint(20) unsigned NOT NULL,
  `datetime` timestamp NOT NULL DEFAULT current_timestamp(),
  `blocked` int(1) DEFAULT NULL,
  `reply` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Email remitente',
  `reply_name` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mail` (`mail`),
  CONSTRAINT `mailer_content_ibfk_1` FOREIGN KEY (`mail`) REFERENCES `mail` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Contenido a enviar';

CREATE TABLE `mailer_send` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `mailing` int(20) unsigned NOT NULL COMMENT 'Id de mailer_content',
  `user` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `email` varchar(256) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `datetime` timestamp NOT NULL DEFAULT current_timestamp(),
  `sent` int(1) DEFAULT NULL,
  `error` text DEFAULT NULL,
  `blocked` int(1) DEFAULT NULL,
  UNIQUE KEY `id` (`id`),
  KEY `mailing` (`mailing`),
  KEY `user` (`user`),
  CONSTRAINT `mailer_send_ibfk_1` FOREIGN KEY (`mailing`) REFERENCES `mailer_content` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `mailer_send_ibfk_2` FOREIGN KEY (`user`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Destinatarios pendientes y realizados';

CREATE TABLE `mailer_control` (
  `email` char(150) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `bounces` int(10) unsigned NOT NULL,
  `complaints` int(10) unsigned NOT NULL,
  `action` enum('allow','deny') CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT 'allow',
  `last_reason` char(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `modified` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Lista negra para bounces y complaints';

CREATE TABLE `mail_stats` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `mail_id` bigint(20) unsigned NOT NULL,
  `email` char(150) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `metric_id` bigint(20) unsigned NOT NULL,
  `counter` int(10) unsigned NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `modified_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`,`mail_id`,`email`,`metric_id`),
  KEY `email` (`email`),
  KEY `metric` (`metric_id`),
  KEY `mail_id` (`mail_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `log` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `scope` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `user_id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `target_type` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'tipo de objetivo',
  `target_id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'registro objetivo',
  `text` text DEFAULT NULL,
  `url` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `datetime` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `scope` (`scope`),
  KEY `target_type` (`target_type`),
  KEY `target_id` (`target_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `log_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Log de cosas';

CREATE TABLE `role` (
  `id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `template` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` tinytext DEFAULT NULL,
  `group` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'general' COMMENT 'Agrupación de uso',
  `purpose` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `title` tinytext DEFAULT NULL,
  `text` text DEFAULT NULL,
  `type` char(20) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'html',
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Plantillas emails automáticos';

CREATE TABLE `conf` (
  `key` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Clave',
  `value` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Para guardar pares para configuraciones, bloqueos etc';

CREATE TABLE `node` (
  `id` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `email` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `active` tinyint(1) NOT NULL,
  `type` varchar(255) DEFAULT 'normal',
  `project_creation_open` tinyint(1) NOT NULL DEFAULT 1,
  `call_inscription_open` int(1) DEFAULT 1,
  `banner_header_image` varchar(255) DEFAULT NULL,
  `banner_header_image_md` varchar(255) DEFAULT NULL,
  `banner_header_image_sm` varchar(255) DEFAULT NULL,
  `banner_header_image_xs` varchar(255) DEFAULT NULL,
  `banner_button_url` varchar(255) NOT NULL,
  `show_team` tinyint(1) NOT NULL DEFAULT 0,
  `url` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `subtitle` text DEFAULT NULL,
  `logo` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Contiene nombre de archivo',
  `logo_footer` varchar(255) DEFAULT NULL,
  `location` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `description` text DEFAULT NULL,
  `main_info_title` varchar(255) DEFAULT NULL,
  `main_info_description` text DEFAULT NULL,
  `hashtag` varchar(255) DEFAULT NULL,
  `premium` tinyint(1) NOT NULL,
  `call_to_action_description` text NOT NULL,
  `twitter` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `facebook` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `linkedin` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `label` varchar(255) DEFAULT NULL,
  `owner_background` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Color de background módulo owner',
  `default_consultant` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Asesor por defecto para el proyecto',
  `sponsors_limit` int(2) DEFAULT NULL COMMENT 'Número de sponsors permitidos para el canal',
  `home_img` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Imagen para módulo canales en home',
  `owner_font_color` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Color de fuente módulo owner',
  `call_to_action_background_color` text NOT NULL,
  `owner_social_color` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Color de iconos sociales módulo owner',
  `iframe` varchar(256) DEFAULT NULL,
  `terms` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `terms_url` varchar(255) NOT NULL,
  `chatbot_url` varchar(256) DEFAULT NULL,
  `chatbot_id` int(11) DEFAULT NULL,
  `tip_msg` tinytext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `analytics_id` varchar(30) DEFAULT NULL,
  `config` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `default_consultant` (`default_consultant`),
  CONSTRAINT `node_ibfk_1` FOREIGN KEY (`default_consultant`) REFERENCES `user` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Nodos';

SET FOREIGN_KEY_CHECKS=1;

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `globalobjectstorage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(1024),
  `value` TEXT,
  `encrypted` TINYINT(1) NOT NULL DEFAULT 1,
  `user_id` INT,
  `temp_user_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`temp_user_id`) REFERENCES `tempuser` (`id`) ON DELETE CASCADE
);

CREATE TABLE `email` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `short` VARCHAR(250),
  `all_addr` TEXT,
  `to_addr` TEXT,
  `cc_addr` TEXT,
  `from_addr` TEXT,
  `reply_to_addr` TEXT,
  `return_path_addr` TEXT,
  `subject` TEXT,
  `datetime_message` DATETIME,
  `datetime_received` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`short`) REFERENCES `shortener` (`short`) ON DELETE CASCADE
);

CREATE TABLE `emailattachment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email_id` INT,
  `index` INT,
  `content_type` TEXT,
  `extension` TEXT,
  `upload` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`email_id`) REFERENCES `email` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`upload`) REFERENCES `uploads` (`indexno`) ON DELETE CASCADE
);

CREATE TABLE `shortener` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `short` VARCHAR(250) NOT NULL,
  `filename` VARCHAR(255),
  `uid` VARCHAR(250),
  `user_id` INT,
  `temp_user_id` INT,
  `key` VARCHAR(255),
  `index` INT,
  `modtime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`temp_user_id`) REFERENCES `tempuser` (`id`) ON DELETE CASCADE
);

CREATE TABLE `userdict` (
  `indexno` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(255),
  `key` VARCHAR(250),
  `dictionary` TEXT,
  `user_id` INT,
  `encrypted` TINYINT(1) NOT NULL DEFAULT 1,
  `modtime` DATETIME,
  PRIMARY KEY (`indexno`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `userdictkeys` (
  `indexno` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(255),
  `key` VARCHAR(250),
  `user_id` INT,
  `temp_user_id` INT,
  PRIMARY KEY (`indexno`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`temp_user_id`) REFERENCES `tempuser` (`id`) ON DELETE CASCADE
);

CREATE TABLE `jsonstorage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(255),
  `key` VARCHAR(250),
  `data` TEXT,
  `tags` TEXT,
  `modtime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `persistent` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `uploads` (
  `indexno` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(250),
  `filename` VARCHAR(255),
  `yamlfile` VARCHAR(255),
  `private` TINYINT(1) NOT NULL DEFAULT 1,
  `persistent` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`indexno`)
);

CREATE TABLE `uploadsuserauth` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uploads_indexno` INT NOT NULL,
  `user_id` INT NOT NULL,
  `temp_user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`uploads_indexno`) REFERENCES `uploads` (`indexno`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`temp_user_id`) REFERENCES `tempuser` (`id`) ON DELETE CASCADE
);

CREATE TABLE `uploadsroleauth` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uploads_indexno` INT NOT NULL,
  `role_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`uploads_indexno`) REFERENCES `uploads` (`indexno`) ON DELETE CASCADE,
  FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE
);

CREATE TABLE `supervisors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hostname` TEXT,
  `url` TEXT,
  `start_time` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `role` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `machinelearning` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` VARCHAR(1024),
  `key` VARCHAR(1024),
  `independent` TEXT,
  `dependent` TEXT,
  `info` TEXT,
  `create_time` DATETIME,
  `modtime` DATETIME,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `chatlog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(255),
  `key` VARCHAR(250),
  `message` TEXT,
  `user_id` INT,
  `temp_user_id` INT,
  `owner_id` INT,
  `temp_owner_id` INT,
  `open_to_peer` TINYINT(1) NOT NULL DEFAULT 0,
  `encrypted` TINYINT(1) NOT NULL DEFAULT 1,
  `modtime` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`temp_user_id`) REFERENCES `tempuser` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`temp_owner_id`) REFERENCES `tempuser` (`id`) ON DELETE CASCADE
);

CREATE TABLE `objectstorage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(1024),
  `value` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `package` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `type` TEXT,
  `giturl` VARCHAR(255),
  `gitsubdir` TEXT,
  `upload` INT,
  `version` INT DEFAULT 1,
  `packageversion` TEXT,
  `limitation` TEXT,
  `dependency` TINYINT(1) NOT NULL DEFAULT 0,
  `core` TINYINT(1) NOT NULL DEFAULT 0,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `gitbranch` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`upload`) REFERENCES `uploads` (`indexno`) ON DELETE CASCADE
);

CREATE TABLE `package_auth` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `package_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `authtype` VARCHAR(255) DEFAULT 'owner',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`package_id`) REFERENCES `package` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `install` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hostname` TEXT,
  `version` INT,
  `packageversion` TEXT,
  `package_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`package_id`) REFERENCES `package` (`id`) ON DELETE CASCADE
);

CREATE TABLE `speaklist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(255),
  `key` VARCHAR(250),
  `phrase` TEXT,
  `question` INT,
  `type` VARCHAR(20),
  `language` VARCHAR(10),
  `dialect` VARCHAR(10),
  `voice` VARCHAR(20),
  `upload` INT NOT NULL,
  `encrypted` TINYINT(1) NOT NULL DEFAULT 1,
  `digest` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`upload`) REFERENCES `uploads` (`indexno`) ON DELETE CASCADE
);

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `social_id` VARCHAR(255) NOT NULL,
  `nickname` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `confirmed_at` DATETIME,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `first_name` VARCHAR(255) NOT NULL DEFAULT '',
  `last_name` VARCHAR(255) NOT NULL DEFAULT '',
  `country` VARCHAR(3),
  `subdivisionfirst` VARCHAR(255),
  `subdivisionsecond` VARCHAR(255),
  `subdivisionthird` VARCHAR(255),
  `organization` VARCHAR(255),
  `timezone` VARCHAR(64),
  `language` VARCHAR(64),
  `password` VARCHAR(255) NOT NULL DEFAULT '',
  `otp_secret` VARCHAR(255),
  `pypi_username` VARCHAR(255),
  `pypi_password` VARCHAR(255),
  `modified_at` DATETIME,
  `last_login` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_auth` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50),
  `description` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `role_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tempuser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_invite` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `role_id` INT,
  `invited_by_user_id` INT,
  `token` VARCHAR(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`invited_by_user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `alembic_version` (
  `version_num` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`version_num`)
);


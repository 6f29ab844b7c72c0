-- Etebase server (etesync/server), commit 6ac54121048e104437eec861f142e7dc1bebf7eb (AGPL-3.0)
-- Upstream's Django migrations (myauth, django_etebase, token_auth and the Django contrib apps of
-- etebase_server/settings.py) applied with `manage.py migrate` to MariaDB 10.11 and read back with
-- SHOW CREATE TABLE; the foreign key closing the collection <-> collection item cycle is a trailing ALTER TABLE.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `myauth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_myauth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_myauth_user_id` FOREIGN KEY (`user_id`) REFERENCES `myauth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_collectionitem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` varchar(43) NOT NULL,
  `version` smallint(5) unsigned NOT NULL CHECK (`version` >= 0),
  `encryptionKey` longblob DEFAULT NULL,
  `collection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_etebase_collectionitem_uid_collection_id_927d3c7a_uniq` (`uid`,`collection_id`),
  KEY `django_etebase_colle_collection_id_f9c52ec3_fk_django_et` (`collection_id`),
  KEY `django_etebase_collectionitem_uid_c4b8740e` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_collection` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_id` int(11) NOT NULL,
  `main_item_id` int(11) DEFAULT NULL,
  `uid` varchar(43) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_etebase_collection_uid_3b21d921_uniq` (`uid`),
  UNIQUE KEY `django_etebase_collection_main_item_id_a340d778_uniq` (`main_item_id`),
  KEY `django_etebase_collection_owner_id_a81312d5_fk_myauth_user_id` (`owner_id`),
  CONSTRAINT `django_etebase_colle_main_item_id_a340d778_fk_django_et` FOREIGN KEY (`main_item_id`) REFERENCES `django_etebase_collectionitem` (`id`),
  CONSTRAINT `django_etebase_collection_owner_id_a81312d5_fk_myauth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `myauth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_collectiontype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` longblob NOT NULL,
  `owner_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_etebase_collectiontype_uid_ba9e127e_uniq` (`uid`) USING HASH,
  KEY `django_etebase_colle_owner_id_3e44c389_fk_myauth_us` (`owner_id`),
  CONSTRAINT `django_etebase_colle_owner_id_3e44c389_fk_myauth_us` FOREIGN KEY (`owner_id`) REFERENCES `myauth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_stoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` varchar(43) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_collectionmember` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `encryptionKey` longblob NOT NULL,
  `collection_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `stoken_id` int(11) DEFAULT NULL,
  `accessLevel` int(11) NOT NULL,
  `collectionType_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_etebase_collectio_user_id_collection_id_a70b8e47_uniq` (`user_id`,`collection_id`),
  UNIQUE KEY `stoken_id` (`stoken_id`),
  KEY `django_etebase_colle_collection_id_be871c07_fk_django_et` (`collection_id`),
  KEY `django_etebase_colle_collectionType_id_9718cbf5_fk_django_et` (`collectionType_id`),
  CONSTRAINT `django_etebase_colle_collectionType_id_9718cbf5_fk_django_et` FOREIGN KEY (`collectionType_id`) REFERENCES `django_etebase_collectiontype` (`id`),
  CONSTRAINT `django_etebase_colle_collection_id_be871c07_fk_django_et` FOREIGN KEY (`collection_id`) REFERENCES `django_etebase_collection` (`id`),
  CONSTRAINT `django_etebase_colle_stoken_id_58cf96e0_fk_django_et` FOREIGN KEY (`stoken_id`) REFERENCES `django_etebase_stoken` (`id`),
  CONSTRAINT `django_etebase_colle_user_id_8c7fb6b2_fk_myauth_us` FOREIGN KEY (`user_id`) REFERENCES `myauth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_collectioninvitation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` varchar(43) NOT NULL,
  `signedEncryptionKey` longblob NOT NULL,
  `fromMember_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `version` smallint(5) unsigned NOT NULL CHECK (`version` >= 0),
  `accessLevel` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_etebase_collectio_user_id_fromMember_id_94e00d3e_uniq` (`user_id`,`fromMember_id`),
  KEY `django_etebase_colle_fromMember_id_d2f0d46e_fk_django_et` (`fromMember_id`),
  KEY `django_etebase_collectioninvitation_uid_acdbc6b3` (`uid`),
  CONSTRAINT `django_etebase_colle_fromMember_id_d2f0d46e_fk_django_et` FOREIGN KEY (`fromMember_id`) REFERENCES `django_etebase_collectionmember` (`id`),
  CONSTRAINT `django_etebase_colle_user_id_369e4cd5_fk_myauth_us` FOREIGN KEY (`user_id`) REFERENCES `myauth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_collectionitemchunk` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` varchar(60) NOT NULL,
  `chunkFile` varchar(150) NOT NULL,
  `collection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `chunkFile` (`chunkFile`),
  UNIQUE KEY `django_etebase_collectio_collection_id_uid_19a063e5_uniq` (`collection_id`,`uid`),
  KEY `django_etebase_collectionitemchunk_uid_93f61094` (`uid`),
  CONSTRAINT `django_etebase_colle_collection_id_be14f733_fk_django_et` FOREIGN KEY (`collection_id`) REFERENCES `django_etebase_collection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_collectionitemrevision` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` varchar(43) NOT NULL,
  `meta` longblob NOT NULL,
  `current` tinyint(1) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL,
  `item_id` int(11) NOT NULL,
  `stoken_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`),
  UNIQUE KEY `stoken_id` (`stoken_id`),
  UNIQUE KEY `django_etebase_collectio_item_id_current_a3e31f18_uniq` (`item_id`,`current`),
  KEY `django_etebase_collectionitemrevision_current_0ba9692f` (`current`),
  CONSTRAINT `django_etebase_colle_item_id_b15ee35e_fk_django_et` FOREIGN KEY (`item_id`) REFERENCES `django_etebase_collectionitem` (`id`),
  CONSTRAINT `django_etebase_colle_stoken_id_59444c95_fk_django_et` FOREIGN KEY (`stoken_id`) REFERENCES `django_etebase_stoken` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_collectionmemberremoved` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `collection_id` int(11) NOT NULL,
  `stoken_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_etebase_collectio_user_id_collection_id_c6319881_uniq` (`user_id`,`collection_id`),
  UNIQUE KEY `stoken_id` (`stoken_id`),
  KEY `django_etebase_colle_collection_id_c52cd58c_fk_django_et` (`collection_id`),
  CONSTRAINT `django_etebase_colle_collection_id_c52cd58c_fk_django_et` FOREIGN KEY (`collection_id`) REFERENCES `django_etebase_collection` (`id`),
  CONSTRAINT `django_etebase_colle_stoken_id_579e7d73_fk_django_et` FOREIGN KEY (`stoken_id`) REFERENCES `django_etebase_stoken` (`id`),
  CONSTRAINT `django_etebase_colle_user_id_e14d30e0_fk_myauth_us` FOREIGN KEY (`user_id`) REFERENCES `myauth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_revisionchunkrelation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `chunk_id` int(11) NOT NULL,
  `revision_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_etebase_revis_chunk_id_add51d98_fk_django_et` (`chunk_id`),
  KEY `django_etebase_revis_revision_id_9d2e72c4_fk_django_et` (`revision_id`),
  CONSTRAINT `django_etebase_revis_chunk_id_add51d98_fk_django_et` FOREIGN KEY (`chunk_id`) REFERENCES `django_etebase_collectionitemchunk` (`id`),
  CONSTRAINT `django_etebase_revis_revision_id_9d2e72c4_fk_django_et` FOREIGN KEY (`revision_id`) REFERENCES `django_etebase_collectionitemrevision` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_etebase_userinfo` (
  `owner_id` int(11) NOT NULL,
  `version` smallint(5) unsigned NOT NULL CHECK (`version` >= 0),
  `loginPubkey` longblob NOT NULL,
  `salt` longblob NOT NULL,
  `encryptedContent` longblob NOT NULL,
  `pubkey` longblob NOT NULL,
  PRIMARY KEY (`owner_id`),
  CONSTRAINT `django_etebase_userinfo_owner_id_d6402bf6_fk_myauth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `myauth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `myauth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `myauth_user_groups_user_id_group_id_7f076c1b_uniq` (`user_id`,`group_id`),
  KEY `myauth_user_groups_group_id_c25af76e_fk_auth_group_id` (`group_id`),
  CONSTRAINT `myauth_user_groups_group_id_c25af76e_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `myauth_user_groups_user_id_f144152c_fk_myauth_user_id` FOREIGN KEY (`user_id`) REFERENCES `myauth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `myauth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `myauth_user_user_permissions_user_id_permission_id_1ea85e2b_uniq` (`user_id`,`permission_id`),
  KEY `myauth_user_user_per_permission_id_d74426c0_fk_auth_perm` (`permission_id`),
  CONSTRAINT `myauth_user_user_per_permission_id_d74426c0_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `myauth_user_user_permissions_user_id_a416b270_fk_myauth_user_id` FOREIGN KEY (`user_id`) REFERENCES `myauth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_auth_authtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `expiry` datetime(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `token_auth_authtoken_user_id_16f578a3_fk_myauth_user_id` (`user_id`),
  CONSTRAINT `token_auth_authtoken_user_id_16f578a3_fk_myauth_user_id` FOREIGN KEY (`user_id`) REFERENCES `myauth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `django_etebase_collectionitem` ADD CONSTRAINT `django_etebase_colle_collection_id_f9c52ec3_fk_django_et` FOREIGN KEY (`collection_id`) REFERENCES `django_etebase_collection` (`id`);

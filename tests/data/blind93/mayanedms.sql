-- Mayan EDMS 4.3.1 (github.com/mayan-edms/Mayan-EDMS, commit 71788a5196547c61c1ee457ba386cfee98b77daf): columns as
-- the Django migrations of mayan/apps/*/migrations leave them (CreateModel/AddField/AlterField/RemoveField/RenameField/
-- RenameModel replayed in dependency order), with the column types Django 3.2 gives on MySQL; Django contrib tables
-- from Django 3.2, actstream_action from django-activity-stream 1.4.0, authtoken_token from Django REST framework
-- 3.13. 45 of about 110 tables kept; unique_together constraints and plain indexes left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
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

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  KEY `group_id` (`group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `content_type_id` (`content_type_id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actstream_action` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `actor_object_id` varchar(255) NOT NULL,
  `verb` varchar(255) NOT NULL,
  `description` longtext NULL,
  `target_object_id` varchar(255) NULL,
  `action_object_object_id` varchar(255) NULL,
  `timestamp` datetime(6) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `action_object_content_type_id` int(11) NULL,
  `actor_content_type_id` int(11) NOT NULL,
  `target_content_type_id` int(11) NULL,
  PRIMARY KEY (`id`),
  KEY `action_object_content_type_id` (`action_object_content_type_id`),
  FOREIGN KEY (`action_object_content_type_id`) REFERENCES `django_content_type` (`id`),
  KEY `actor_content_type_id` (`actor_content_type_id`),
  FOREIGN KEY (`actor_content_type_id`) REFERENCES `django_content_type` (`id`),
  KEY `target_content_type_id` (`target_content_type_id`),
  FOREIGN KEY (`target_content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_management_useroptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `block_password_change` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locales_userlocaleprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timezone` varchar(48) NOT NULL,
  `language` varchar(8) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_otp_userotpdata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `secret` varchar(96) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appearance_theme` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(128) NOT NULL,
  `stylesheet` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appearance_userthemesetting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `theme_id` int(11) NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `theme_id` (`theme_id`),
  FOREIGN KEY (`theme_id`) REFERENCES `appearance_theme` (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `autoadmin_autoadminsingleton` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NULL,
  `password_hash` varchar(128) NULL,
  `account_id` int(11) NULL,
  PRIMARY KEY (`id`),
  KEY `account_id` (`account_id`),
  FOREIGN KEY (`account_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions_role_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `role_id` (`role_id`),
  FOREIGN KEY (`role_id`) REFERENCES `permissions_role` (`id`),
  KEY `group_id` (`group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions_storedpermission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `namespace` varchar(64) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acls_accesscontrollist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(10) unsigned NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `content_type_id` (`content_type_id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  KEY `role_id` (`role_id`),
  FOREIGN KEY (`role_id`) REFERENCES `permissions_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents_documenttype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(196) NOT NULL,
  `delete_time_period` int(10) unsigned NULL,
  `delete_time_unit` varchar(8) NULL,
  `trash_time_period` int(10) unsigned NULL,
  `trash_time_unit` varchar(8) NULL,
  `filename_generator_backend` varchar(224) NOT NULL,
  `filename_generator_backend_arguments` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents_document` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `label` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `datetime_created` datetime(6) NOT NULL,
  `language` varchar(8) NOT NULL,
  `document_type_id` int(11) NOT NULL,
  `in_trash` tinyint(1) NOT NULL,
  `trashed_date_time` datetime(6) NULL,
  `is_stub` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `document_type_id` (`document_type_id`),
  FOREIGN KEY (`document_type_id`) REFERENCES `documents_documenttype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents_documentfile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `file` varchar(100) NOT NULL,
  `mimetype` varchar(255) NULL,
  `encoding` varchar(64) NULL,
  `checksum` varchar(64) NULL,
  `document_id` int(11) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `size` int(10) unsigned NULL,
  PRIMARY KEY (`id`),
  KEY `document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents_documentversion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `document_id` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents_recentlyaccesseddocument` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime_accessed` datetime(6) NOT NULL,
  `document_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents_favoritedocument` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `document_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `datetime_added` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checkouts_documentcheckout` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `checkout_datetime` datetime(6) NOT NULL,
  `expiration_datetime` datetime(6) NOT NULL,
  `block_new_file` tinyint(1) NOT NULL,
  `document_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_comments_comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` longtext NOT NULL,
  `submit_date` datetime(6) NOT NULL,
  `document_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signature_captures_signaturecapture` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data` longtext NOT NULL,
  `svg` longtext NOT NULL,
  `text` varchar(224) NOT NULL,
  `date_time_created` datetime(6) NOT NULL,
  `date_time_edited` datetime(6) NOT NULL,
  `internal_name` varchar(255) NOT NULL,
  `document_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_gpg_key` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `expiration_date` datetime(6) NULL,
  `fingerprint` varchar(40) NOT NULL,
  `length` int(10) unsigned NOT NULL,
  `algorithm` int(10) unsigned NOT NULL,
  `user_id` longtext NOT NULL,
  `key_type` varchar(3) NOT NULL,
  `key_data` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fingerprint` (`fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_signatures_signaturebasemodel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key_id` varchar(40) NOT NULL,
  `signature_id` varchar(64) NULL,
  `public_key_fingerprint` varchar(40) NULL,
  `document_file_id` int(11) NOT NULL,
  `date_time` datetime(6) NULL,
  PRIMARY KEY (`id`),
  KEY `document_file_id` (`document_file_id`),
  FOREIGN KEY (`document_file_id`) REFERENCES `documents_documentfile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_states_workflow` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `internal_name` varchar(255) NOT NULL,
  `auto_launch` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`),
  UNIQUE KEY `internal_name` (`internal_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_states_workflowstate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `initial` tinyint(1) NOT NULL,
  `workflow_id` int(11) NOT NULL,
  `completion` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `workflow_id` (`workflow_id`),
  FOREIGN KEY (`workflow_id`) REFERENCES `document_states_workflow` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_states_workflowinstance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `document_id` int(11) NOT NULL,
  `workflow_id` int(11) NOT NULL,
  `context` longtext NOT NULL,
  `datetime` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  KEY `workflow_id` (`workflow_id`),
  FOREIGN KEY (`workflow_id`) REFERENCES `document_states_workflow` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_states_workflowinstancelogentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `transition_id` int(11) NOT NULL,
  `user_id` int(11) NULL,
  `workflow_instance_id` int(11) NOT NULL,
  `extra_data` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `transition_id` (`transition_id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  KEY `workflow_instance_id` (`workflow_instance_id`),
  FOREIGN KEY (`workflow_instance_id`) REFERENCES `document_states_workflowinstance` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata_metadatatype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(48) NOT NULL,
  `label` varchar(48) NOT NULL,
  `default` varchar(128) NULL,
  `lookup` longtext NULL,
  `validation` varchar(224) NOT NULL,
  `parser` varchar(224) NOT NULL,
  `validation_arguments` longtext NOT NULL,
  `parser_arguments` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata_documentmetadata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` varchar(255) NULL,
  `document_id` int(11) NOT NULL,
  `metadata_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  KEY `metadata_type_id` (`metadata_type_id`),
  FOREIGN KEY (`metadata_type_id`) REFERENCES `metadata_metadatatype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(128) NOT NULL,
  `color` varchar(7) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_tag_documents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11) NOT NULL,
  `document_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tag_id` (`tag_id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags_tag` (`id`),
  KEY `document_id` (`document_id`),
  FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cabinets_cabinet` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(128) NOT NULL,
  `lft` int(10) unsigned NOT NULL,
  `rght` int(10) unsigned NOT NULL,
  `tree_id` int(10) unsigned NOT NULL,
  `level` int(10) unsigned NOT NULL,
  `parent_id` int(11) NULL,
  PRIMARY KEY (`id`),
  KEY `parent_id` (`parent_id`),
  FOREIGN KEY (`parent_id`) REFERENCES `cabinets_cabinet` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_storedeventtype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `read` tinyint(1) NOT NULL,
  `action_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `action_id` (`action_id`),
  FOREIGN KEY (`action_id`) REFERENCES `actstream_action` (`id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_objecteventsubscription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(10) unsigned NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `stored_event_type_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `content_type_id` (`content_type_id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  KEY `stored_event_type_id` (`stored_event_type_id`),
  FOREIGN KEY (`stored_event_type_id`) REFERENCES `events_storedeventtype` (`id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messaging_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender_object_id` int(10) unsigned NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  `read` tinyint(1) NOT NULL,
  `date_time` datetime(6) NOT NULL,
  `sender_content_type_id` int(11) NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sender_content_type_id` (`sender_content_type_id`),
  FOREIGN KEY (`sender_content_type_id`) REFERENCES `django_content_type` (`id`),
  KEY `user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailer_usermailer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(128) NOT NULL,
  `default` tinyint(1) NOT NULL,
  `backend_path` varchar(128) NOT NULL,
  `backend_data` longtext NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sources_source` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(128) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `backend_data` longtext NOT NULL,
  `backend_path` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ocr_documentversionpageocrcontent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `content` longtext NOT NULL,
  `document_version_page_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `document_version_page_id` (`document_version_page_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

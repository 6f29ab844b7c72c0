-- LibrePhotos (self-hosted photo manager with face recognition and places), Django 4.2 project.
-- Source: github.com/LibrePhotos/librephotos `api/migrations/0001–0070` (+ the migrations of the Django
-- apps it installs: auth, admin, contenttypes, sessions, django-constance 4.1.2 database backend,
-- djangorestframework-simplejwt 5.3.1 token_blacklist, django-q2 1.7.3, and derneuere/django-chunked-upload
-- at 5d43af32), commit e675a0dc1000af0faa51c4e9411d6bea82e3ac1a (MIT).
-- Made by running `manage.py migrate` into PostgreSQL 15 (LibrePhotos' own database; `makemigrations
-- --check` reported no model drift) and writing the catalog as MySQL: serial/identity keys as
-- AUTO_INCREMENT, text as longtext, boolean as tinyint(1), jsonb and the one array field
-- (`api_photo.clip_embeddings`, double precision[]) as json, "x >= 0" checks as unsigned (as Django's
-- MySQL backend writes PositiveIntegerFields); PostgreSQL-only `_like` pattern indexes, indexes on
-- text/json columns and one partial index left out. Tables ordered so that referenced tables come
-- first; the keys of the person/face/cluster cycle are added by ALTER TABLE at the end.

CREATE TABLE `api_file` (
  `hash` varchar(64) NOT NULL,
  `path` longtext,
  `type` int unsigned NOT NULL,
  `missing` tinyint(1) NOT NULL,
  PRIMARY KEY (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `scan_directory` varchar(512) NOT NULL,
  `avatar` varchar(100),
  `nextcloud_server_address` varchar(200),
  `nextcloud_username` varchar(64),
  `nextcloud_app_password` longblob,
  `nextcloud_scan_directory` varchar(512),
  `confidence` double NOT NULL,
  `semantic_search_topk` int NOT NULL,
  `favorite_min_rating` int NOT NULL,
  `image_scale` double NOT NULL,
  `save_metadata_to_disk` longtext NOT NULL,
  `transcode_videos` tinyint(1) NOT NULL,
  `datetime_rules` json NOT NULL,
  `default_timezone` longtext NOT NULL,
  `confidence_person` double NOT NULL,
  `public_sharing` tinyint(1) NOT NULL,
  `confidence_unknown_face` double NOT NULL,
  `face_recognition_model` longtext NOT NULL,
  `min_cluster_size` int NOT NULL,
  `cluster_selection_epsilon` double NOT NULL,
  `min_samples` int NOT NULL,
  `llm_settings` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_user_username_key` (`username`),
  KEY `api_user_scan_directory_ad54b748` (`scan_directory`),
  KEY `api_user_nextcloud_scan_directory_a85dc569` (`nextcloud_scan_directory`),
  KEY `api_user_confidence_4ccde6b4` (`confidence`),
  KEY `api_user_favorite_min_rating_3cb1cf14` (`favorite_min_rating`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `constance_constance` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `value` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `constance_constance_key_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_q_ormq` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(100) NOT NULL,
  `payload` longtext NOT NULL,
  `lock` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_q_schedule` (
  `id` int NOT NULL AUTO_INCREMENT,
  `func` varchar(256) NOT NULL,
  `hook` varchar(256),
  `args` longtext,
  `kwargs` longtext,
  `schedule_type` varchar(2) NOT NULL,
  `repeats` int NOT NULL,
  `next_run` datetime(6),
  `task` varchar(100),
  `name` varchar(100),
  `minutes` smallint unsigned,
  `cron` varchar(100),
  `cluster` varchar(100),
  `intended_date_kwarg` varchar(100),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_q_task` (
  `name` varchar(100) NOT NULL,
  `func` varchar(256) NOT NULL,
  `hook` varchar(256),
  `args` longtext,
  `kwargs` longtext,
  `result` longtext,
  `started` datetime(6) NOT NULL,
  `stopped` datetime(6) NOT NULL,
  `success` tinyint(1) NOT NULL,
  `id` varchar(32) NOT NULL,
  `group` varchar(100),
  `attempt_count` int NOT NULL,
  `cluster` varchar(100),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumauto` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(512),
  `timestamp` datetime(6) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `gps_lat` double,
  `gps_lon` double,
  `favorited` tinyint(1) NOT NULL,
  `owner_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumauto_timestamp_owner_id_314a1d7f_uniq` (`timestamp`, `owner_id`),
  KEY `api_albumauto_timestamp_584f1589` (`timestamp`),
  KEY `api_albumauto_created_on_0c5c92b6` (`created_on`),
  KEY `api_albumauto_favorited_68743c7f` (`favorited`),
  KEY `api_albumauto_owner_id_e83d8f88` (`owner_id`),
  CONSTRAINT `api_albumauto_owner_id_e83d8f88_fk_api_user_id` FOREIGN KEY (`owner_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumdate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(512),
  `date` date,
  `favorited` tinyint(1) NOT NULL,
  `location` json,
  `owner_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumdate_date_owner_id_5ba3d470_uniq` (`date`, `owner_id`),
  KEY `api_albumdate_title_c0a886cc` (`title`),
  KEY `api_albumdate_date_b825aef0` (`date`),
  KEY `api_albumdate_favorited_9f3d4007` (`favorited`),
  KEY `api_albumdate_owner_id_2745f84a` (`owner_id`),
  CONSTRAINT `api_albumdate_owner_id_2745f84a_fk_api_user_id` FOREIGN KEY (`owner_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumplace` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(512) NOT NULL,
  `geolocation_level` int,
  `favorited` tinyint(1) NOT NULL,
  `owner_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumplace_title_owner_id_851514f9_uniq` (`title`, `owner_id`),
  KEY `api_albumplace_title_6cafeb2d` (`title`),
  KEY `api_albumplace_geolocation_level_35fbd31f` (`geolocation_level`),
  KEY `api_albumplace_favorited_ddb4a4c3` (`favorited`),
  KEY `api_albumplace_owner_id_6bd352e3` (`owner_id`),
  CONSTRAINT `api_albumplace_owner_id_6bd352e3_fk_api_user_id` FOREIGN KEY (`owner_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumthing` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(512) NOT NULL,
  `thing_type` varchar(512),
  `favorited` tinyint(1) NOT NULL,
  `owner_id` int NOT NULL,
  `photo_count` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique AlbumThing` (`title`, `thing_type`, `owner_id`),
  KEY `api_albumthing_title_e9b82e55` (`title`),
  KEY `api_albumthing_thing_type_924227a6` (`thing_type`),
  KEY `api_albumthing_favorited_70dc6840` (`favorited`),
  KEY `api_albumthing_owner_id_b61d1b00` (`owner_id`),
  CONSTRAINT `api_albumthing_owner_id_b61d1b00_fk_api_user_id` FOREIGN KEY (`owner_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_file_embedded_media` (
  `id` int NOT NULL AUTO_INCREMENT,
  `from_file_id` varchar(64) NOT NULL,
  `to_file_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_file_embedded_media_from_file_id_to_file_id_dda3a651_uniq` (`from_file_id`, `to_file_id`),
  KEY `api_file_embedded_media_from_file_id_9cd74d0d` (`from_file_id`),
  KEY `api_file_embedded_media_to_file_id_69f18a1c` (`to_file_id`),
  CONSTRAINT `api_file_embedded_media_from_file_id_9cd74d0d_fk_api_file_hash` FOREIGN KEY (`from_file_id`) REFERENCES `api_file` (`hash`),
  CONSTRAINT `api_file_embedded_media_to_file_id_69f18a1c_fk_api_file_hash` FOREIGN KEY (`to_file_id`) REFERENCES `api_file` (`hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_longrunningjob` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_type` int unsigned NOT NULL,
  `finished` tinyint(1) NOT NULL,
  `failed` tinyint(1) NOT NULL,
  `job_id` varchar(36) NOT NULL,
  `queued_at` datetime(6) NOT NULL,
  `started_at` datetime(6),
  `finished_at` datetime(6),
  `started_by_id` int NOT NULL,
  `progress_current` int unsigned NOT NULL,
  `progress_target` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_longrunningjob_job_id_key` (`job_id`),
  KEY `api_longrunningjob_started_by_id_acef418a` (`started_by_id`),
  CONSTRAINT `api_longrunningjob_started_by_id_acef418a_fk_api_user_id` FOREIGN KEY (`started_by_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_photo` (
  `image_hash` varchar(64) NOT NULL,
  `thumbnail_big` varchar(100) NOT NULL,
  `square_thumbnail` varchar(100) NOT NULL,
  `square_thumbnail_small` varchar(100) NOT NULL,
  `added_on` datetime(6) NOT NULL,
  `exif_gps_lat` double,
  `exif_gps_lon` double,
  `exif_timestamp` datetime(6),
  `exif_json` json,
  `geolocation_json` json,
  `captions_json` json,
  `search_captions` longtext,
  `search_location` longtext,
  `hidden` tinyint(1) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `owner_id` int NOT NULL,
  `video` tinyint(1) NOT NULL,
  `clip_embeddings` json,
  `clip_embeddings_magnitude` double,
  `aspect_ratio` double,
  `rating` int NOT NULL,
  `dominant_color` longtext,
  `video_length` longtext,
  `in_trashcan` tinyint(1) NOT NULL,
  `timestamp` datetime(6),
  `camera` longtext,
  `digitalZoomRatio` double,
  `focalLength35Equivalent` int,
  `focal_length` double,
  `fstop` double,
  `height` int NOT NULL,
  `iso` int,
  `lens` longtext,
  `shutter_speed` longtext,
  `size` bigint NOT NULL,
  `subjectDistance` double,
  `width` int NOT NULL,
  `main_file_id` varchar(64),
  `last_modified` datetime(6) NOT NULL,
  `removed` tinyint(1) NOT NULL,
  PRIMARY KEY (`image_hash`),
  KEY `api_photo_added_on_ababa57d` (`added_on`),
  KEY `api_photo_exif_timestamp_3c113e34` (`exif_timestamp`),
  KEY `api_photo_hidden_59a5d521` (`hidden`),
  KEY `api_photo_public_d9bcd839` (`public`),
  KEY `api_photo_owner_id_234b5551` (`owner_id`),
  KEY `api_photo_rating_53606e2c` (`rating`),
  KEY `api_photo_deleted_064ca91e` (`in_trashcan`),
  KEY `api_photo_timestamp_92a676d4` (`timestamp`),
  KEY `api_photo_main_file_id_453ba4cc` (`main_file_id`),
  KEY `api_photo_removed_50380583` (`removed`),
  CONSTRAINT `api_photo_main_file_id_453ba4cc_fk_api_file_hash` FOREIGN KEY (`main_file_id`) REFERENCES `api_file` (`hash`),
  CONSTRAINT `api_photo_owner_id_234b5551_fk_api_user_id` FOREIGN KEY (`owner_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_user_groups_user_id_group_id_9c7ddfb5_uniq` (`user_id`, `group_id`),
  KEY `api_user_groups_user_id_a5ff39fa` (`user_id`),
  KEY `api_user_groups_group_id_3af85785` (`group_id`),
  CONSTRAINT `api_user_groups_group_id_3af85785_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `api_user_groups_user_id_a5ff39fa_fk_api_user_id` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  KEY `auth_permission_content_type_id_2f476e4b` (`content_type_id`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chunked_upload_chunkedupload` (
  `id` int NOT NULL AUTO_INCREMENT,
  `upload_id` varchar(32) NOT NULL,
  `file` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `offset` bigint NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `status` smallint unsigned NOT NULL,
  `completed_on` datetime(6),
  `user_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `chunked_upload_chunkedupload_upload_id_key` (`upload_id`),
  KEY `chunked_upload_chunkedupload_user_id_70ff6dbf` (`user_id`),
  CONSTRAINT `chunked_upload_chunkedupload_user_id_70ff6dbf_fk_api_user_id` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_api_user_id` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_blacklist_outstandingtoken` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `created_at` datetime(6),
  `expires_at` datetime(6) NOT NULL,
  `user_id` int,
  `jti` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_blacklist_outstandingtoken_jti_hex_d9bdf6f7_uniq` (`jti`),
  KEY `token_blacklist_outstandingtoken_user_id_83bc629a` (`user_id`),
  CONSTRAINT `token_blacklist_outs_user_id_83bc629a_fk_api_user_` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumauto_photos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumauto_id` int NOT NULL,
  `photo_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumauto_photos_albumauto_id_photo_id_a8d355b1_uniq` (`albumauto_id`, `photo_id`),
  KEY `api_albumauto_photos_albumauto_id_86a09378` (`albumauto_id`),
  KEY `api_albumauto_photos_photo_id_3320c2f0` (`photo_id`),
  CONSTRAINT `api_albumauto_photos_albumauto_id_86a09378_fk_api_albumauto_id` FOREIGN KEY (`albumauto_id`) REFERENCES `api_albumauto` (`id`),
  CONSTRAINT `api_albumauto_photos_photo_id_3320c2f0_fk_api_photo_image_hash` FOREIGN KEY (`photo_id`) REFERENCES `api_photo` (`image_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumauto_shared_to` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumauto_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumauto_shared_to_albumauto_id_user_id_332148f8_uniq` (`albumauto_id`, `user_id`),
  KEY `api_albumauto_shared_to_albumauto_id_94c13ddb` (`albumauto_id`),
  KEY `api_albumauto_shared_to_user_id_cf09f962` (`user_id`),
  CONSTRAINT `api_albumauto_shared_albumauto_id_94c13ddb_fk_api_album` FOREIGN KEY (`albumauto_id`) REFERENCES `api_albumauto` (`id`),
  CONSTRAINT `api_albumauto_shared_to_user_id_cf09f962_fk_api_user_id` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumdate_photos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumdate_id` int NOT NULL,
  `photo_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumdate_photos_albumdate_id_photo_id_5c0ca0f9_uniq` (`albumdate_id`, `photo_id`),
  KEY `api_albumdate_photos_albumdate_id_cd458c5d` (`albumdate_id`),
  KEY `api_albumdate_photos_photo_id_26095959` (`photo_id`),
  CONSTRAINT `api_albumdate_photos_albumdate_id_cd458c5d_fk_api_albumdate_id` FOREIGN KEY (`albumdate_id`) REFERENCES `api_albumdate` (`id`),
  CONSTRAINT `api_albumdate_photos_photo_id_26095959_fk_api_photo_image_hash` FOREIGN KEY (`photo_id`) REFERENCES `api_photo` (`image_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumdate_shared_to` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumdate_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumdate_shared_to_albumdate_id_user_id_7eb2d2bf_uniq` (`albumdate_id`, `user_id`),
  KEY `api_albumdate_shared_to_albumdate_id_6d32c8dc` (`albumdate_id`),
  KEY `api_albumdate_shared_to_user_id_9ccf440e` (`user_id`),
  CONSTRAINT `api_albumdate_shared_albumdate_id_6d32c8dc_fk_api_album` FOREIGN KEY (`albumdate_id`) REFERENCES `api_albumdate` (`id`),
  CONSTRAINT `api_albumdate_shared_to_user_id_9ccf440e_fk_api_user_id` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumplace_photos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumplace_id` int NOT NULL,
  `photo_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumplace_photos_albumplace_id_photo_id_8340aa63_uniq` (`albumplace_id`, `photo_id`),
  KEY `api_albumplace_photos_albumplace_id_e0d81074` (`albumplace_id`),
  KEY `api_albumplace_photos_photo_id_8fd88190` (`photo_id`),
  CONSTRAINT `api_albumplace_photo_albumplace_id_e0d81074_fk_api_album` FOREIGN KEY (`albumplace_id`) REFERENCES `api_albumplace` (`id`),
  CONSTRAINT `api_albumplace_photos_photo_id_8fd88190_fk_api_photo_image_hash` FOREIGN KEY (`photo_id`) REFERENCES `api_photo` (`image_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumplace_shared_to` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumplace_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumplace_shared_to_albumplace_id_user_id_878b44ef_uniq` (`albumplace_id`, `user_id`),
  KEY `api_albumplace_shared_to_albumplace_id_1c57a597` (`albumplace_id`),
  KEY `api_albumplace_shared_to_user_id_82c38c75` (`user_id`),
  CONSTRAINT `api_albumplace_share_albumplace_id_1c57a597_fk_api_album` FOREIGN KEY (`albumplace_id`) REFERENCES `api_albumplace` (`id`),
  CONSTRAINT `api_albumplace_shared_to_user_id_82c38c75_fk_api_user_id` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumthing_cover_photos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumthing_id` int NOT NULL,
  `photo_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumthing_cover_pho_albumthing_id_photo_id_86f2debc_uniq` (`albumthing_id`, `photo_id`),
  KEY `api_albumthing_cover_photos_albumthing_id_aa548eb5` (`albumthing_id`),
  KEY `api_albumthing_cover_photos_photo_id_ae113997` (`photo_id`),
  CONSTRAINT `api_albumthing_cover_albumthing_id_aa548eb5_fk_api_album` FOREIGN KEY (`albumthing_id`) REFERENCES `api_albumthing` (`id`),
  CONSTRAINT `api_albumthing_cover_photo_id_ae113997_fk_api_photo` FOREIGN KEY (`photo_id`) REFERENCES `api_photo` (`image_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumthing_photos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumthing_id` int NOT NULL,
  `photo_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumthing_photos_albumthing_id_photo_id_1cc34324_uniq` (`albumthing_id`, `photo_id`),
  KEY `api_albumthing_photos_albumthing_id_00fcb0f3` (`albumthing_id`),
  KEY `api_albumthing_photos_photo_id_d0832fc3` (`photo_id`),
  CONSTRAINT `api_albumthing_photo_albumthing_id_00fcb0f3_fk_api_album` FOREIGN KEY (`albumthing_id`) REFERENCES `api_albumthing` (`id`),
  CONSTRAINT `api_albumthing_photos_photo_id_d0832fc3_fk_api_photo_image_hash` FOREIGN KEY (`photo_id`) REFERENCES `api_photo` (`image_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumthing_shared_to` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumthing_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumthing_shared_to_albumthing_id_user_id_05b7dbd1_uniq` (`albumthing_id`, `user_id`),
  KEY `api_albumthing_shared_to_albumthing_id_b81ac20a` (`albumthing_id`),
  KEY `api_albumthing_shared_to_user_id_40c200a0` (`user_id`),
  CONSTRAINT `api_albumthing_share_albumthing_id_b81ac20a_fk_api_album` FOREIGN KEY (`albumthing_id`) REFERENCES `api_albumthing` (`id`),
  CONSTRAINT `api_albumthing_shared_to_user_id_40c200a0_fk_api_user_id` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumuser` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(512) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `favorited` tinyint(1) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `owner_id` int NOT NULL,
  `cover_photo_id` varchar(64),
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumuser_title_owner_id_ef2e4db4_uniq` (`title`, `owner_id`),
  KEY `api_albumuser_created_on_0807bc0f` (`created_on`),
  KEY `api_albumuser_favorited_15de9e16` (`favorited`),
  KEY `api_albumuser_public_6095d944` (`public`),
  KEY `api_albumuser_owner_id_df3b5510` (`owner_id`),
  KEY `api_albumuser_cover_photo_id_69b304ac` (`cover_photo_id`),
  CONSTRAINT `api_albumuser_cover_photo_id_69b304ac_fk_api_photo_image_hash` FOREIGN KEY (`cover_photo_id`) REFERENCES `api_photo` (`image_hash`),
  CONSTRAINT `api_albumuser_owner_id_df3b5510_fk_api_user_id` FOREIGN KEY (`owner_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_photo_files` (
  `id` int NOT NULL AUTO_INCREMENT,
  `photo_id` varchar(64) NOT NULL,
  `file_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_photo_files_photo_id_file_id_0cd01909_uniq` (`photo_id`, `file_id`),
  KEY `api_photo_files_photo_id_f4365127` (`photo_id`),
  KEY `api_photo_files_file_id_b6d5e335` (`file_id`),
  CONSTRAINT `api_photo_files_file_id_b6d5e335_fk_api_file_hash` FOREIGN KEY (`file_id`) REFERENCES `api_file` (`hash`),
  CONSTRAINT `api_photo_files_photo_id_f4365127_fk_api_photo_image_hash` FOREIGN KEY (`photo_id`) REFERENCES `api_photo` (`image_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_photo_shared_to` (
  `id` int NOT NULL AUTO_INCREMENT,
  `photo_id` varchar(64) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_photo_shared_to_photo_id_user_id_d9c7c4a1_uniq` (`photo_id`, `user_id`),
  KEY `api_photo_shared_to_photo_id_852923c7` (`photo_id`),
  KEY `api_photo_shared_to_user_id_0407baf2` (`user_id`),
  CONSTRAINT `api_photo_shared_to_photo_id_852923c7_fk_api_photo_image_hash` FOREIGN KEY (`photo_id`) REFERENCES `api_photo` (`image_hash`),
  CONSTRAINT `api_photo_shared_to_user_id_0407baf2_fk_api_user_id` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_user_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_user_user_permissions_user_id_permission_id_a06dd704_uniq` (`user_id`, `permission_id`),
  KEY `api_user_user_permissions_user_id_f3945d65` (`user_id`),
  KEY `api_user_user_permissions_permission_id_305b7fea` (`permission_id`),
  CONSTRAINT `api_user_user_permis_permission_id_305b7fea_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `api_user_user_permissions_user_id_f3945d65_fk_api_user_id` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  KEY `auth_group_permissions_group_id_b120cbf9` (`group_id`),
  KEY `auth_group_permissions_permission_id_84c5c92e` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_blacklist_blacklistedtoken` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blacklisted_at` datetime(6) NOT NULL,
  `token_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_blacklist_blacklistedtoken_token_id_key` (`token_id`),
  CONSTRAINT `token_blacklist_blacklistedtoken_token_id_3cc7fe56_fk` FOREIGN KEY (`token_id`) REFERENCES `token_blacklist_outstandingtoken` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumuser_photos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumuser_id` int NOT NULL,
  `photo_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumuser_photos_albumuser_id_photo_id_00091848_uniq` (`albumuser_id`, `photo_id`),
  KEY `api_albumuser_photos_albumuser_id_80614a80` (`albumuser_id`),
  KEY `api_albumuser_photos_photo_id_b9df1b14` (`photo_id`),
  CONSTRAINT `api_albumuser_photos_albumuser_id_80614a80_fk_api_albumuser_id` FOREIGN KEY (`albumuser_id`) REFERENCES `api_albumuser` (`id`),
  CONSTRAINT `api_albumuser_photos_photo_id_b9df1b14_fk_api_photo_image_hash` FOREIGN KEY (`photo_id`) REFERENCES `api_photo` (`image_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_albumuser_shared_to` (
  `id` int NOT NULL AUTO_INCREMENT,
  `albumuser_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_albumuser_shared_to_albumuser_id_user_id_3c6a4938_uniq` (`albumuser_id`, `user_id`),
  KEY `api_albumuser_shared_to_albumuser_id_037fbb43` (`albumuser_id`),
  KEY `api_albumuser_shared_to_user_id_60ab3643` (`user_id`),
  CONSTRAINT `api_albumuser_shared_albumuser_id_037fbb43_fk_api_album` FOREIGN KEY (`albumuser_id`) REFERENCES `api_albumuser` (`id`),
  CONSTRAINT `api_albumuser_shared_to_user_id_60ab3643_fk_api_user_id` FOREIGN KEY (`user_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_cluster` (
  `id` int NOT NULL AUTO_INCREMENT,
  `mean_face_encoding` longtext NOT NULL,
  `cluster_id` int,
  `name` longtext,
  `person_id` int,
  `owner_id` int,
  PRIMARY KEY (`id`),
  KEY `api_cluster_person_id_de1e4b3c` (`person_id`),
  KEY `api_cluster_owner_id_ddf57161` (`owner_id`),
  CONSTRAINT `api_cluster_owner_id_ddf57161_fk_api_user_id` FOREIGN KEY (`owner_id`) REFERENCES `api_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_face` (
  `id` int NOT NULL AUTO_INCREMENT,
  `image` varchar(100),
  `person_label_is_inferred` tinyint(1) NOT NULL,
  `person_label_probability` double NOT NULL,
  `location_top` int NOT NULL,
  `location_bottom` int NOT NULL,
  `location_left` int NOT NULL,
  `location_right` int NOT NULL,
  `encoding` longtext NOT NULL,
  `person_id` int NOT NULL,
  `photo_id` varchar(64),
  `cluster_id` int,
  PRIMARY KEY (`id`),
  KEY `api_face_person_label_is_inferred_e1d1082c` (`person_label_is_inferred`),
  KEY `api_face_person_label_probability_aff03dd6` (`person_label_probability`),
  KEY `api_face_person_id_6a0347bd` (`person_id`),
  KEY `api_face_photo_id_6f997226` (`photo_id`),
  KEY `api_face_cluster_id_7cc7025a` (`cluster_id`),
  CONSTRAINT `api_face_cluster_id_7cc7025a_fk_api_cluster_id` FOREIGN KEY (`cluster_id`) REFERENCES `api_cluster` (`id`),
  CONSTRAINT `api_face_photo_id_6f997226_fk_api_photo_image_hash` FOREIGN KEY (`photo_id`) REFERENCES `api_photo` (`image_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_person` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `kind` varchar(10) NOT NULL,
  `cover_photo_id` varchar(64),
  `cluster_owner_id` int,
  `face_count` int NOT NULL,
  `cover_face_id` int,
  PRIMARY KEY (`id`),
  KEY `api_person_cover_photo_id_e0d8a6ab` (`cover_photo_id`),
  KEY `api_person_cluster_owner_id_90df41de` (`cluster_owner_id`),
  KEY `api_person_cover_face_id_bdd48874` (`cover_face_id`),
  KEY `api_person_name_8e1ce669` (`name`),
  CONSTRAINT `api_person_cluster_owner_id_90df41de_fk_api_user_id` FOREIGN KEY (`cluster_owner_id`) REFERENCES `api_user` (`id`),
  CONSTRAINT `api_person_cover_face_id_bdd48874_fk_api_face_id` FOREIGN KEY (`cover_face_id`) REFERENCES `api_face` (`id`),
  CONSTRAINT `api_person_cover_photo_id_e0d8a6ab_fk_api_photo_image_hash` FOREIGN KEY (`cover_photo_id`) REFERENCES `api_photo` (`image_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `api_cluster` ADD CONSTRAINT `api_cluster_person_id_de1e4b3c_fk_api_person_id` FOREIGN KEY (`person_id`) REFERENCES `api_person` (`id`);
ALTER TABLE `api_face` ADD CONSTRAINT `api_face_person_id_6a0347bd_fk_api_person_id` FOREIGN KEY (`person_id`) REFERENCES `api_person` (`id`);

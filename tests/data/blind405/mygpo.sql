-- mygpo, the server of gpodder.net (gPodder's podcast subscription and episode-action sync service; Python, Django)
-- Upstream: github.com/gpodder/mygpo, commit e2642086f30fdf321daab2294efecc8da265b37f (2025-12-31), licence AGPL-3.0.
-- Source: the Django migrations of mygpo's apps (mygpo/*/migrations/*.py) with Django's own contrib apps
-- (auth, admin, contenttypes, sessions, sites), as `manage.py migrate` applies them (Django 3.2.14, the version
-- requirements.txt pins; 152 migrations including those of the Celery libraries) on an empty PostgreSQL database -- mygpo runs on PostgreSQL only.
-- `makemigrations --check` reported no model changes missing from the migrations.
-- The PostgreSQL schema was written as MySQL by a script from information_schema / pg_catalog, with the types
-- Django's MySQL backend gives the same fields: integer -> INT, bigint -> BIGINT, smallint -> SMALLINT,
-- serial (nextval default) -> AUTO_INCREMENT, varchar(n) -> VARCHAR(n), text -> LONGTEXT, boolean -> BOOL,
-- timestamptz -> DATETIME(6), uuid -> CHAR(32), double precision -> DOUBLE PRECISION, interval (DurationField)
-- -> BIGINT, PositiveIntegerField / PositiveSmallIntegerField (a CHECK >= 0 in PostgreSQL) -> INT / SMALLINT
-- UNSIGNED; the full-text column podcasts_podcast.search_vector (tsvector, no MySQL counterpart) -> LONGTEXT.
-- Column names and order as PostgreSQL holds them after the migrations. Primary keys, unique constraints and
-- unique indexes and foreign keys (Django declares no ON DELETE in the database) as upstream; secondary, GIN and
-- trigram indexes left out, and the partial unique index usersettings_unique_null (user_id WHERE
-- content_type_id IS NULL) left out (MySQL has no partial indexes).
-- Left out: the tables of the django_celery_beat and django_celery_results libraries (task schedules and task
-- results of the Celery workers, 9 tables).
-- Tables are ordered so that every foreign key points to a table created before it.

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
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

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` BOOL NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` BOOL NOT NULL,
  `is_active` BOOL NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`),
  UNIQUE KEY `django_auth_unique_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories_category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(1000) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `num_entries` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `categories_category_title_key` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts_podcastgroup` (
  `id` CHAR(32) NOT NULL,
  `title` VARCHAR(1000) NOT NULL,
  `subtitle` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts_podcast` (
  `id` CHAR(32) NOT NULL,
  `title` VARCHAR(1000) NOT NULL,
  `subtitle` LONGTEXT NOT NULL,
  `description` LONGTEXT NOT NULL,
  `link` VARCHAR(1000),
  `language` VARCHAR(10),
  `last_update` DATETIME(6),
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `license` VARCHAR(100),
  `flattr_url` VARCHAR(1000),
  `content_types` VARCHAR(20) NOT NULL,
  `outdated` BOOL NOT NULL,
  `author` VARCHAR(350),
  `logo_url` VARCHAR(1000),
  `group_id` CHAR(32),
  `group_member_name` VARCHAR(30),
  `common_episode_title` VARCHAR(100) NOT NULL,
  `new_location` VARCHAR(1000),
  `latest_episode_timestamp` DATETIME(6),
  `episode_count` INT UNSIGNED NOT NULL,
  `hub` VARCHAR(200),
  `twitter` VARCHAR(15),
  `restrictions` VARCHAR(20) NOT NULL,
  `update_interval` SMALLINT UNSIGNED NOT NULL,
  `subscribers` INT UNSIGNED NOT NULL,
  `max_episode_order` INT UNSIGNED,
  `search_vector` LONGTEXT,
  `search_index_uptodate` BOOL NOT NULL,
  `update_interval_factor` DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `podcasts_podcast_group_id_1678c770_fk_podcasts_podcastgroup_id` FOREIGN KEY (`group_id`) REFERENCES `podcasts_podcastgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories_categoryentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `category_id` INT NOT NULL,
  `podcast_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `categories_categoryentry_category_id_podcast_id_cc904ffd_uniq` (`category_id`, `podcast_id`),
  CONSTRAINT `categories_categorye_category_id_8f1537e2_fk_categorie` FOREIGN KEY (`category_id`) REFERENCES `categories_category` (`id`),
  CONSTRAINT `categories_categorye_podcast_id_01f1874f_fk_podcasts_` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts_podcast` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories_categorytag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tag` VARCHAR(50) NOT NULL,
  `category_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `categories_categorytag_tag_key` (`tag`),
  CONSTRAINT `categories_categoryt_category_id_8c4ced83_fk_categorie` FOREIGN KEY (`category_id`) REFERENCES `categories_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts_episode` (
  `id` CHAR(32) NOT NULL,
  `title` VARCHAR(1000) NOT NULL,
  `subtitle` LONGTEXT NOT NULL,
  `description` LONGTEXT NOT NULL,
  `link` VARCHAR(1000),
  `language` VARCHAR(10),
  `last_update` DATETIME(6),
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `license` VARCHAR(100),
  `flattr_url` VARCHAR(1000),
  `content_types` VARCHAR(20) NOT NULL,
  `outdated` BOOL NOT NULL,
  `author` VARCHAR(350),
  `guid` VARCHAR(200),
  `content` LONGTEXT NOT NULL,
  `released` DATETIME(6),
  `duration` BIGINT,
  `filesize` BIGINT,
  `mimetypes` VARCHAR(200) NOT NULL,
  `listeners` INT UNSIGNED,
  `podcast_id` CHAR(32) NOT NULL,
  `order` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `podcasts_episode_podcast_id_9b961226_fk_podcasts_podcast_id` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts_podcast` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chapters_chapter` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `start` INT NOT NULL,
  `end` INT NOT NULL,
  `label` VARCHAR(100) NOT NULL,
  `advertisement` BOOL NOT NULL,
  `episode_id` CHAR(32) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `chapters_chapter_episode_id_92d3c79f_fk_podcasts_episode_id` FOREIGN KEY (`episode_id`) REFERENCES `podcasts_episode` (`id`),
  CONSTRAINT `chapters_chapter_user_id_d22008ee_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_podcastupdateresult` (
  `id` CHAR(32) NOT NULL,
  `start` DATETIME(6) NOT NULL,
  `duration` BIGINT NOT NULL,
  `successful` BOOL NOT NULL,
  `error_message` LONGTEXT NOT NULL,
  `podcast_created` BOOL NOT NULL,
  `episodes_added` INT NOT NULL,
  `podcast_id` CHAR(32),
  `podcast_url` VARCHAR(2048) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `data_podcastupdatere_podcast_id_3234289a_fk_podcasts_` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts_podcast` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `directory_examplepodcast` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `order` SMALLINT UNSIGNED NOT NULL,
  `podcast_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `directory_examplepodcast_order_516790f7_uniq` (`order`),
  CONSTRAINT `directory_examplepod_podcast_id_f2ef8b93_fk_podcasts_` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts_podcast` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` LONGTEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT UNSIGNED NOT NULL,
  `change_message` LONGTEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
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

CREATE TABLE `django_site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(100) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `episodestates_episodestate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(8) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `episode_id` CHAR(32) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `episodestates_episodestate_user_id_episode_id_991ddc1b_uniq` (`user_id`, `episode_id`),
  CONSTRAINT `episodestates_episod_episode_id_5462e925_fk_podcasts_` FOREIGN KEY (`episode_id`) REFERENCES `podcasts_episode` (`id`),
  CONSTRAINT `episodestates_episodestate_user_id_4251195c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorites_favoriteepisode` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `episode_id` CHAR(32) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `favorites_favoriteepisode_user_id_episode_id_ec77666f_uniq` (`user_id`, `episode_id`),
  CONSTRAINT `favorites_favoriteep_episode_id_508fee4a_fk_podcasts_` FOREIGN KEY (`episode_id`) REFERENCES `podcasts_episode` (`id`),
  CONSTRAINT `favorites_favoriteepisode_user_id_432a67ea_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_syncgroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_syncgroup_user_id_fcf51160_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_client` (
  `id` CHAR(32) NOT NULL,
  `uid` VARCHAR(64) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `type` VARCHAR(7) NOT NULL,
  `deleted` BOOL NOT NULL,
  `user_agent` VARCHAR(300),
  `user_id` INT NOT NULL,
  `sync_group_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_client_user_id_uid_39427b43_uniq` (`user_id`, `uid`),
  CONSTRAINT `users_client_sync_group_id_6e7675e3_fk_users_syncgroup_id` FOREIGN KEY (`sync_group_id`) REFERENCES `users_syncgroup` (`id`),
  CONSTRAINT `users_client_user_id_06d1c832_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history_episodehistoryentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `action` VARCHAR(8) NOT NULL,
  `podcast_ref_url` VARCHAR(2048),
  `episode_ref_url` VARCHAR(2048),
  `started` INT,
  `stopped` INT,
  `total` INT,
  `client_id` CHAR(32),
  `episode_id` CHAR(32),
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `history_episodehisto_client_id_5d950148_fk_users_cli` FOREIGN KEY (`client_id`) REFERENCES `users_client` (`id`),
  CONSTRAINT `history_episodehisto_episode_id_4863231a_fk_podcasts_` FOREIGN KEY (`episode_id`) REFERENCES `podcasts_episode` (`id`),
  CONSTRAINT `history_episodehistoryentry_user_id_9b8a53db_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history_historyentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME(6) NOT NULL,
  `action` VARCHAR(11) NOT NULL,
  `client_id` CHAR(32),
  `podcast_id` CHAR(32) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `history_historyentry_client_id_be65bc2a_fk_users_client_id` FOREIGN KEY (`client_id`) REFERENCES `users_client` (`id`),
  CONSTRAINT `history_historyentry_podcast_id_aa3e851d_fk_podcasts_podcast_id` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts_podcast` (`id`),
  CONSTRAINT `history_historyentry_user_id_b1e5d1b6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcastlists_podcastlist` (
  `id` CHAR(32) NOT NULL,
  `title` VARCHAR(512) NOT NULL,
  `slug` VARCHAR(128) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `podcastlists_podcastlist_user_id_slug_5184441c_uniq` (`user_id`, `slug`),
  CONSTRAINT `podcastlists_podcastlist_user_id_15ecdebf_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcastlists_podcastlistentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `order` SMALLINT UNSIGNED NOT NULL,
  `object_id` CHAR(32) NOT NULL,
  `content_type_id` INT NOT NULL,
  `podcastlist_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `podcastlists_podcastlist_podcastlist_id_content_t_ad718e01_uniq` (`podcastlist_id`, `content_type_id`, `object_id`),
  UNIQUE KEY `podcastlists_podcastlist_podcastlist_id_order_006e1ef4_uniq` (`podcastlist_id`, `order`),
  CONSTRAINT `podcastlists_podcast_content_type_id_df992815_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `podcastlists_podcast_podcastlist_id_319c87e9_fk_podcastli` FOREIGN KEY (`podcastlist_id`) REFERENCES `podcastlists_podcastlist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts_mergeduuid` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(32) NOT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `podcasts_mergeduuid_uuid_key` (`uuid`),
  CONSTRAINT `podcasts_mergeduuid_content_type_id_d9679479_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts_podcast_related_podcasts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `from_podcast_id` CHAR(32) NOT NULL,
  `to_podcast_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `podcasts_podcast_related_from_podcast_id_to_podca_c22f4904_uniq` (`from_podcast_id`, `to_podcast_id`),
  CONSTRAINT `podcasts_podcast_rel_from_podcast_id_84080f93_fk_podcasts_` FOREIGN KEY (`from_podcast_id`) REFERENCES `podcasts_podcast` (`id`),
  CONSTRAINT `podcasts_podcast_rel_to_podcast_id_bc8d74de_fk_podcasts_` FOREIGN KEY (`to_podcast_id`) REFERENCES `podcasts_podcast` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts_slug` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `order` SMALLINT UNSIGNED NOT NULL,
  `scope` VARCHAR(32) NOT NULL,
  `slug` VARCHAR(150) NOT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `podcasts_slug_content_type_id_object_id_order_57a21c67_uniq` (`content_type_id`, `object_id`, `order`),
  UNIQUE KEY `podcasts_slug_slug_scope_42ba9009_uniq` (`slug`, `scope`),
  CONSTRAINT `podcasts_slug_content_type_id_7a2f1ec4_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts_tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tag` VARCHAR(50) NOT NULL,
  `source` SMALLINT UNSIGNED NOT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` CHAR(32) NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `podcasts_tag_tag_source_user_id_conte_48d55d80_uniq` (`tag`, `source`, `user_id`, `content_type_id`, `object_id`),
  CONSTRAINT `podcasts_tag_content_type_id_9fb8a2ab_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `podcasts_tag_user_id_572446f8_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `podcasts_url` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `order` SMALLINT UNSIGNED NOT NULL,
  `scope` VARCHAR(32) NOT NULL,
  `url` VARCHAR(2048) NOT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `podcasts_url_content_type_id_object_id_order_8162a38e_uniq` (`content_type_id`, `object_id`, `order`),
  UNIQUE KEY `podcasts_url_url_scope_0eeb318e_uniq` (`url`, `scope`),
  CONSTRAINT `podcasts_url_content_type_id_e2a8e871_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `publisher_publishedpodcast` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `podcast_id` CHAR(32) NOT NULL,
  `publisher_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `publisher_publishedpodca_publisher_id_podcast_id_8e347d5f_uniq` (`publisher_id`, `podcast_id`),
  CONSTRAINT `publisher_publishedp_podcast_id_81bdacd7_fk_podcasts_` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts_podcast` (`id`),
  CONSTRAINT `publisher_publishedp_publisher_id_fb9fafb6_fk_auth_user` FOREIGN KEY (`publisher_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pubsub_hubsubscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `topic_url` VARCHAR(2048) NOT NULL,
  `hub_url` VARCHAR(1000) NOT NULL,
  `verify_token` VARCHAR(32) NOT NULL,
  `mode` VARCHAR(11) NOT NULL,
  `verified` BOOL NOT NULL,
  `podcast_id` CHAR(32) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pubsub_hubsubscription_topic_url_key` (`topic_url`),
  CONSTRAINT `pubsub_hubsubscripti_podcast_id_2c36d984_fk_podcasts_` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts_podcast` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions_subscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deleted` BOOL NOT NULL,
  `ref_url` VARCHAR(2048) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `client_id` CHAR(32) NOT NULL,
  `podcast_id` CHAR(32) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_subscripti_user_id_client_id_podcas_c345bea4_uniq` (`user_id`, `client_id`, `podcast_id`),
  CONSTRAINT `subscriptions_subscr_client_id_157da55b_fk_users_cli` FOREIGN KEY (`client_id`) REFERENCES `users_client` (`id`),
  CONSTRAINT `subscriptions_subscr_podcast_id_07ed2a16_fk_podcasts_` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts_podcast` (`id`),
  CONSTRAINT `subscriptions_subscription_user_id_a353e93d_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suggestions_podcastsuggestion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `deleted` BOOL NOT NULL,
  `podcast_id` CHAR(32) NOT NULL,
  `suggested_to_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `suggestions_podcastsugge_suggested_to_id_podcast__13726b9b_uniq` (`suggested_to_id`, `podcast_id`),
  CONSTRAINT `suggestions_podcasts_podcast_id_5241a462_fk_podcasts_` FOREIGN KEY (`podcast_id`) REFERENCES `podcasts_podcast` (`id`),
  CONSTRAINT `suggestions_podcasts_suggested_to_id_4b0115e9_fk_auth_user` FOREIGN KEY (`suggested_to_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_userprofile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `twitter` VARCHAR(15),
  `suggestions_up_to_date` BOOL NOT NULL,
  `about` LONGTEXT NOT NULL,
  `google_email` VARCHAR(100),
  `subscriptions_token` VARCHAR(32),
  `favorite_feeds_token` VARCHAR(32),
  `publisher_update_token` VARCHAR(32),
  `userpage_token` VARCHAR(32),
  `user_id` INT NOT NULL,
  `activation_key` VARCHAR(40),
  `archive_path` LONGTEXT NOT NULL,
  `archived_date` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_userprofile_user_id_key` (`user_id`),
  CONSTRAINT `users_userprofile_user_id_87251ef1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usersettings_usersettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `settings` LONGTEXT NOT NULL,
  `object_id` CHAR(32),
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `usersettings_usersetting_user_id_content_type_id__d728a192_uniq` (`user_id`, `content_type_id`, `object_id`),
  CONSTRAINT `usersettings_userset_content_type_id_08bd4fca_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `usersettings_usersettings_user_id_42d35edd_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `votes_vote` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` CHAR(32) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `content_type_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `votes_vote_user_id_content_type_id_object_id_2a450c5b_uniq` (`user_id`, `content_type_id`, `object_id`),
  CONSTRAINT `votes_vote_content_type_id_c8375fe1_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `votes_vote_user_id_24a74629_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

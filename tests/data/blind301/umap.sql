-- uMap (umap.openstreetmap.fr, framacarte and many other instances; Django + GeoDjango on PostgreSQL/PostGIS)
-- Source: github.com/umap-project/umap, commit 4508ce0c99c05031ac9d906f24606276bdd9d9ff, AGPL-3.0: `manage.py migrate`
-- of upstream's settings (INSTALLED_APPS: auth, contenttypes, sessions, sites, admin, umap, social_django) run with
-- Django 5.2.19 and social-auth-app-django 6.0.0 into PostgreSQL 15 + PostGIS; `makemigrations --check` found no
-- model change missing from the migrations. All 25 tables (umap_*, Django's auth/admin/session/site/content-type/
-- migration tables and python-social-auth's tables).
-- Written as MySQL by a script (pg2mysql.py, not upstream code) from the PostgreSQL catalog of the database that
-- upstream's own schema created: columns in upstream's names and order; PostgreSQL types mapped (integer INT, bigint
-- BIGINT, smallint SMALLINT, character varying(n) VARCHAR(n), unbounded character varying VARCHAR(255), text TEXT
-- (VARCHAR(255) where it is in a key), boolean TINYINT(1), timestamp [with time zone] DATETIME(6), date DATE,
-- double precision DOUBLE, numeric(p,s) DECIMAL(p,s), uuid CHAR(36), json/jsonb JSON, inet VARCHAR(45), bytea LONGBLOB,
-- PostGIS geometry/geography GEOMETRY, hstore/tsvector/arrays TEXT, enum types ENUM(...)); NOT NULL kept; literal
-- defaults kept, now() as CURRENT_TIMESTAMP, function defaults dropped, AUTO_INCREMENT where the key takes a sequence;
-- primary keys, UNIQUE constraints, unique indexes on plain columns (as UNIQUE KEY) and foreign keys as in PostgreSQL
-- (partial and expression unique indexes left out). Tables are ordered so that referenced tables come first.

CREATE TABLE `auth_group` (
  `id` INT NOT NULL,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` INT NOT NULL,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` INT NOT NULL,
  `app` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `applied` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` INT NOT NULL,
  `domain` VARCHAR(100) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_auth_association` (
  `id` BIGINT NOT NULL,
  `server_url` VARCHAR(255) NOT NULL,
  `handle` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `issued` INT NOT NULL,
  `lifetime` INT NOT NULL,
  `assoc_type` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_association_server_url_handle_078befa2_uniq` (`server_url`, `handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_auth_code` (
  `id` BIGINT NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `code` VARCHAR(32) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_code_email_code_801b2d02_uniq` (`email`, `code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_auth_nonce` (
  `id` BIGINT NOT NULL,
  `server_url` VARCHAR(255) NOT NULL,
  `timestamp` INT NOT NULL,
  `salt` VARCHAR(65) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_nonce_server_url_timestamp_salt_f6284463_uniq` (`server_url`, `timestamp`, `salt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_auth_partial` (
  `id` BIGINT NOT NULL,
  `token` VARCHAR(32) NOT NULL,
  `next_step` SMALLINT NOT NULL,
  `backend` VARCHAR(32) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_auth_usersocialauth` (
  `id` BIGINT NOT NULL,
  `provider` VARCHAR(32) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `extra_data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_usersocialauth_provider_uid_e6b5e668_uniq` (`provider`, `uid`),
  CONSTRAINT `social_auth_usersocialauth_user_id_17d28448_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `umap_licence` (
  `id` INT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `details` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `umap_team` (
  `id` INT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `umap_team_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `umap_map` (
  `id` INT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `slug` VARCHAR(50) NOT NULL,
  `center` GEOMETRY NOT NULL,
  `zoom` INT NOT NULL,
  `locate` TINYINT(1) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `edit_status` SMALLINT NOT NULL,
  `share_status` SMALLINT NOT NULL,
  `settings` JSON,
  `licence_id` INT NOT NULL,
  `owner_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `team_id` INT,
  `tags` TEXT NOT NULL,
  `is_template` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `umap_map_licence_id_428787fc_fk_umap_licence_id` FOREIGN KEY (`licence_id`) REFERENCES `umap_licence` (`id`),
  CONSTRAINT `umap_map_owner_id_a81847c5_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `umap_map_team_id_49d0479f_fk_umap_team_id` FOREIGN KEY (`team_id`) REFERENCES `umap_team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `umap_datalayer` (
  `old_id` INT,
  `name` VARCHAR(200) NOT NULL,
  `description` TEXT,
  `geojson` VARCHAR(100),
  `display_on_load` TINYINT(1) NOT NULL,
  `rank` SMALLINT NOT NULL,
  `map_id` INT NOT NULL,
  `settings` JSON,
  `edit_status` SMALLINT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `share_status` SMALLINT NOT NULL,
  `parent_id` CHAR(36),
  PRIMARY KEY (`uuid`),
  CONSTRAINT `umap_datalayer_map_id_7427d854_fk_umap_map_id` FOREIGN KEY (`map_id`) REFERENCES `umap_map` (`id`),
  CONSTRAINT `umap_datalayer_parent_id_0005f48a_fk_umap_datalayer_uuid` FOREIGN KEY (`parent_id`) REFERENCES `umap_datalayer` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `umap_map_editors` (
  `id` INT NOT NULL,
  `map_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `umap_map_editors_map_id_user_id_c7ee8f42_uniq` (`map_id`, `user_id`),
  CONSTRAINT `umap_map_editors_map_id_8e859670_fk_umap_map_id` FOREIGN KEY (`map_id`) REFERENCES `umap_map` (`id`),
  CONSTRAINT `umap_map_editors_user_id_c51ad277_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `umap_pictogram` (
  `id` INT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `attribution` VARCHAR(300) NOT NULL,
  `pictogram` VARCHAR(100) NOT NULL,
  `category` VARCHAR(300),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `umap_star` (
  `id` INT NOT NULL,
  `at` DATETIME(6) NOT NULL,
  `by_id` INT NOT NULL,
  `map_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `umap_star_by_id_783141ea_fk_auth_user_id` FOREIGN KEY (`by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `umap_star_map_id_5492c268_fk_umap_map_id` FOREIGN KEY (`map_id`) REFERENCES `umap_map` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `umap_team_users` (
  `id` INT NOT NULL,
  `team_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `umap_team_users_team_id_user_id_b8e389a8_uniq` (`team_id`, `user_id`),
  CONSTRAINT `umap_team_users_team_id_7d2952e4_fk_umap_team_id` FOREIGN KEY (`team_id`) REFERENCES `umap_team` (`id`),
  CONSTRAINT `umap_team_users_user_id_d26d7eec_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `umap_tilelayer` (
  `id` INT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `url_template` VARCHAR(400) NOT NULL,
  `minZoom` INT NOT NULL,
  `maxZoom` INT NOT NULL,
  `attribution` VARCHAR(300) NOT NULL,
  `rank` SMALLINT,
  `tms` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


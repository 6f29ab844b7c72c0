-- doccano (open-source text, image and speech annotation tool; Django 4.2)
-- Source: github.com/doccano/doccano, commit ab6b765ea326d07b2b806a4280cd097565e62321 (2026-01-17, after tag v1.8.5),
-- MIT. Made by running upstream's `manage.py migrate` (backend/, settings config.settings.production, 143
-- migrations of doccano's apps, Django, django-allauth, dj-rest-auth, django-celery-results and django-drf-filepond)
-- into a private PostgreSQL 15, doccano's documented production database; `makemigrations --check` reported only
-- Meta-option changes of the polymorphic project models, no field change.
-- (Running the same migrations into MariaDB fails upstream at label_types.0005 with errno 150, so PostgreSQL was used.)
-- Written as MySQL by a script (pg2mysql.py, not upstream code) from the PostgreSQL catalog of that database:
-- columns in upstream's names and order; integer INT, bigint BIGINT, smallint SMALLINT, character varying(n)
-- VARCHAR(n), text TEXT (VARCHAR(255) where it is in a key), boolean TINYINT(1), timestamp with time zone DATETIME(6),
-- double precision DOUBLE, uuid CHAR(36), jsonb JSON; NOT NULL kept; literal defaults kept, function defaults dropped;
-- AUTO_INCREMENT where the key takes a sequence or identity; primary keys, UNIQUE constraints, unique indexes on plain
-- columns and foreign keys as in PostgreSQL. Thirteen foreign-key columns that upstream's migrations made BIGINT while
-- the key they reference is INT (e.g. labels_boundingbox.example_id -> examples_example.id) take the referenced
-- key's type, as MariaDB needs. Tables ordered so that referenced tables come first. All 51 tables kept.

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
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
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` VARCHAR(40) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_celery_results_chordcounter` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` VARCHAR(191) NOT NULL,
  `sub_tasks` TEXT NOT NULL,
  `count` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_celery_results_chordcounter_group_id_key` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_celery_results_groupresult` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` VARCHAR(191) NOT NULL,
  `date_created` DATETIME(6) NOT NULL,
  `date_done` DATETIME(6) NOT NULL,
  `content_type` VARCHAR(128) NOT NULL,
  `content_encoding` VARCHAR(64) NOT NULL,
  `result` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_celery_results_groupresult_group_id_key` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_celery_results_taskresult` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` VARCHAR(191) NOT NULL,
  `status` VARCHAR(50) NOT NULL,
  `content_type` VARCHAR(128) NOT NULL,
  `content_encoding` VARCHAR(64) NOT NULL,
  `result` TEXT,
  `date_done` DATETIME(6) NOT NULL,
  `traceback` TEXT,
  `meta` TEXT,
  `task_args` TEXT,
  `task_kwargs` TEXT,
  `task_name` VARCHAR(191),
  `worker` VARCHAR(100),
  `date_created` DATETIME(6) NOT NULL,
  `periodic_task_name` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_celery_results_taskresult_task_id_key` (`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_drf_filepond_storedupload` (
  `upload_id` VARCHAR(22) NOT NULL,
  `file` VARCHAR(2048) NOT NULL,
  `uploaded` DATETIME(6) NOT NULL,
  `stored` DATETIME(6) NOT NULL,
  `uploaded_by_id` INT,
  PRIMARY KEY (`upload_id`),
  CONSTRAINT `django_drf_filepond__uploaded_by_id_46b45efc_fk_auth_user` FOREIGN KEY (`uploaded_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_drf_filepond_temporaryupload` (
  `upload_id` VARCHAR(22) NOT NULL,
  `file` VARCHAR(100) NOT NULL,
  `upload_name` VARCHAR(512) NOT NULL,
  `uploaded` DATETIME(6) NOT NULL,
  `upload_type` VARCHAR(1) NOT NULL,
  `file_id` VARCHAR(22) NOT NULL,
  `uploaded_by_id` INT,
  PRIMARY KEY (`upload_id`),
  CONSTRAINT `django_drf_filepond__uploaded_by_id_dcb4e7c5_fk_auth_user` FOREIGN KEY (`uploaded_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_drf_filepond_temporaryuploadchunked` (
  `upload_id` VARCHAR(22) NOT NULL,
  `file_id` VARCHAR(22) NOT NULL,
  `upload_dir` VARCHAR(512) NOT NULL,
  `last_chunk` INT NOT NULL,
  `total_size` BIGINT NOT NULL,
  `upload_name` VARCHAR(512) NOT NULL,
  `upload_complete` TINYINT(1) NOT NULL,
  `last_upload_time` DATETIME(6) NOT NULL,
  `uploaded_by_id` INT,
  `offset` BIGINT NOT NULL,
  PRIMARY KEY (`upload_id`),
  CONSTRAINT `django_drf_filepond__uploaded_by_id_bb03ce82_fk_auth_user` FOREIGN KEY (`uploaded_by_id`) REFERENCES `auth_user` (`id`)
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
  `session_data` TEXT NOT NULL,
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

CREATE TABLE `projects_project` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NOT NULL,
  `guideline` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_type` VARCHAR(30) NOT NULL,
  `random_order` TINYINT(1) NOT NULL,
  `collaborative_annotation` TINYINT(1) NOT NULL,
  `polymorphic_ctype_id` INT,
  `single_class_classification` TINYINT(1) NOT NULL,
  `created_by_id` INT,
  `allow_member_to_create_label_type` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_project_created_by_id_a4943add_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `api_project_polymorphic_ctype_id_a07fc605_fk_django_co` FOREIGN KEY (`polymorphic_ctype_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_segmentationproject` (
  `project_ptr_id` INT NOT NULL,
  PRIMARY KEY (`project_ptr_id`),
  CONSTRAINT `projects_segmentatio_project_ptr_id_184d3b88_fk_projects_` FOREIGN KEY (`project_ptr_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_seq2seqproject` (
  `project_ptr_id` INT NOT NULL,
  PRIMARY KEY (`project_ptr_id`),
  CONSTRAINT `api_seq2seqproject_project_ptr_id_3591f1df_fk_api_project_id` FOREIGN KEY (`project_ptr_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_sequencelabelingproject` (
  `project_ptr_id` INT NOT NULL,
  `allow_overlapping` TINYINT(1) NOT NULL,
  `grapheme_mode` TINYINT(1) NOT NULL,
  `use_relation` TINYINT(1) NOT NULL,
  PRIMARY KEY (`project_ptr_id`),
  CONSTRAINT `api_sequencelabeling_project_ptr_id_b469540d_fk_api_proje` FOREIGN KEY (`project_ptr_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_speech2textproject` (
  `project_ptr_id` INT NOT NULL,
  PRIMARY KEY (`project_ptr_id`),
  CONSTRAINT `api_speech2textproje_project_ptr_id_bb2fe5d3_fk_api_proje` FOREIGN KEY (`project_ptr_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `text` TEXT NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_tag_project_id_da1c9931_fk_api_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_textclassificationproject` (
  `project_ptr_id` INT NOT NULL,
  PRIMARY KEY (`project_ptr_id`),
  CONSTRAINT `api_textclassificati_project_ptr_id_7864cf67_fk_api_proje` FOREIGN KEY (`project_ptr_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_role_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialaccount` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(30) NOT NULL,
  `uid` VARCHAR(191) NOT NULL,
  `last_login` DATETIME(6) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `extra_data` TEXT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`, `uid`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(30) NOT NULL,
  `name` VARCHAR(40) NOT NULL,
  `client_id` VARCHAR(191) NOT NULL,
  `secret` VARCHAR(191) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp_sites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `socialapp_id` INT NOT NULL,
  `site_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialapp__socialapp_id_site_id_71a9a768_uniq` (`socialapp_id`, `site_id`),
  CONSTRAINT `socialaccount_social_site_id_2579dee5_fk_django_si` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`),
  CONSTRAINT `socialaccount_social_socialapp_id_97fb6e7d_fk_socialacc` FOREIGN KEY (`socialapp_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialtoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` TEXT NOT NULL,
  `token_secret` TEXT NOT NULL,
  `expires_at` DATETIME(6),
  `account_id` INT NOT NULL,
  `app_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`, `account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(254) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  `primary` TINYINT(1) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_email_key` (`email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `sent` DATETIME(6),
  `key` VARCHAR(64) NOT NULL,
  `email_address_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailconfirmation_key_key` (`key`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
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

CREATE TABLE `auth_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auto_labeling_autolabelingconfig` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `model_name` VARCHAR(100) NOT NULL,
  `model_attrs` JSON NOT NULL,
  `template` TEXT NOT NULL,
  `label_mapping` JSON NOT NULL,
  `default` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT NOT NULL,
  `task_type` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_autolabelingconfig_project_id_5fbb7d89_fk_api_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
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

CREATE TABLE `examples_example` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `meta` JSON NOT NULL,
  `filename` VARCHAR(1024) NOT NULL,
  `text` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `annotations_approved_by_id` INT,
  `project_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `upload_name` VARCHAR(512) NOT NULL,
  `score` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_example_uuid_52b2ec95_uniq` (`uuid`),
  CONSTRAINT `api_example_annotations_approved_by_id_77aff654_fk_auth_user_id` FOREIGN KEY (`annotations_approved_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `api_example_project_id_49dcba10_fk_api_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `examples_examplestate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `confirmed_at` DATETIME(6) NOT NULL,
  `confirmed_by_id` INT NOT NULL,
  `example_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_examplestate_example_id_confirmed_by_id_944ecf4f_uniq` (`example_id`, `confirmed_by_id`),
  CONSTRAINT `api_examplestate_confirmed_by_id_0e81ada1_fk_auth_user_id` FOREIGN KEY (`confirmed_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `api_examplestate_example_id_6c3b8399_fk_api_example_id` FOREIGN KEY (`example_id`) REFERENCES `examples_example` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label_types_categorytype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `text` VARCHAR(100) NOT NULL,
  `prefix_key` VARCHAR(10),
  `suffix_key` VARCHAR(1),
  `background_color` VARCHAR(7) NOT NULL,
  `text_color` VARCHAR(7) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_categorytype_is_unique` (`project_id`, `text`),
  CONSTRAINT `api_categorytype_project_id_3a8061d1_fk_api_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label_types_relationtype` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `text` VARCHAR(100) NOT NULL,
  `prefix_key` VARCHAR(10),
  `suffix_key` VARCHAR(1),
  `background_color` VARCHAR(7) NOT NULL,
  `text_color` VARCHAR(7) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label_types_relationtype_is_unique` (`project_id`, `text`),
  CONSTRAINT `label_types_relation_project_id_b8855262_fk_projects_` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label_types_spantype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `text` VARCHAR(100) NOT NULL,
  `prefix_key` VARCHAR(10),
  `suffix_key` VARCHAR(1),
  `background_color` VARCHAR(7) NOT NULL,
  `text_color` VARCHAR(7) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_spantype_is_unique` (`project_id`, `text`),
  CONSTRAINT `api_spantype_project_id_9faaf195_fk_api_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels_boundingbox` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `prob` DOUBLE NOT NULL,
  `manual` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `x` DOUBLE NOT NULL,
  `y` DOUBLE NOT NULL,
  `width` DOUBLE NOT NULL,
  `height` DOUBLE NOT NULL,
  `example_id` INT NOT NULL,
  `label_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `labels_boundingbox_uuid_key` (`uuid`),
  CONSTRAINT `labels_boundingbox_example_id_fb3ff08d_fk_examples_example_id` FOREIGN KEY (`example_id`) REFERENCES `examples_example` (`id`),
  CONSTRAINT `labels_boundingbox_label_id_5fe1bb55_fk_label_typ` FOREIGN KEY (`label_id`) REFERENCES `label_types_categorytype` (`id`),
  CONSTRAINT `labels_boundingbox_user_id_f1c4489e_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels_category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `prob` DOUBLE NOT NULL,
  `manual` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `example_id` INT NOT NULL,
  `label_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_category_example_id_user_id_label_id_25fc0052_uniq` (`example_id`, `user_id`, `label_id`),
  UNIQUE KEY `labels_category_uuid_7ce4d090_uniq` (`uuid`),
  CONSTRAINT `api_category_example_id_2dbc87fd_fk_api_example_id` FOREIGN KEY (`example_id`) REFERENCES `examples_example` (`id`),
  CONSTRAINT `api_category_label_id_40eb6a8e_fk_api_categorytype_id` FOREIGN KEY (`label_id`) REFERENCES `label_types_categorytype` (`id`),
  CONSTRAINT `api_category_user_id_4a62861e_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels_segmentation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `prob` DOUBLE NOT NULL,
  `manual` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `points` JSON NOT NULL,
  `example_id` INT NOT NULL,
  `label_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `labels_segmentation_uuid_key` (`uuid`),
  CONSTRAINT `labels_segmentation_example_id_01405a99_fk_examples_example_id` FOREIGN KEY (`example_id`) REFERENCES `examples_example` (`id`),
  CONSTRAINT `labels_segmentation_label_id_be8622f5_fk_label_typ` FOREIGN KEY (`label_id`) REFERENCES `label_types_categorytype` (`id`),
  CONSTRAINT `labels_segmentation_user_id_543f153d_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels_span` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `prob` DOUBLE NOT NULL,
  `manual` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `start_offset` INT NOT NULL,
  `end_offset` INT NOT NULL,
  `example_id` INT NOT NULL,
  `label_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `labels_span_uuid_b6440df8_uniq` (`uuid`),
  CONSTRAINT `api_span_example_id_6567a33f_fk_api_example_id` FOREIGN KEY (`example_id`) REFERENCES `examples_example` (`id`),
  CONSTRAINT `api_span_label_id_fc945efc_fk_api_spantype_id` FOREIGN KEY (`label_id`) REFERENCES `label_types_spantype` (`id`),
  CONSTRAINT `api_span_user_id_01b65499_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels_textlabel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `prob` DOUBLE NOT NULL,
  `manual` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `text` VARCHAR(255) NOT NULL,
  `example_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_textlabel_example_id_user_id_text_b6548375_uniq` (`example_id`, `user_id`, `text`),
  UNIQUE KEY `labels_textlabel_uuid_2636ce8a_uniq` (`uuid`),
  CONSTRAINT `api_textlabel_example_id_5d4dd82b_fk_api_example_id` FOREIGN KEY (`example_id`) REFERENCES `examples_example` (`id`),
  CONSTRAINT `api_textlabel_user_id_3082e92a_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_boundingboxproject` (
  `project_ptr_id` INT NOT NULL,
  PRIMARY KEY (`project_ptr_id`),
  CONSTRAINT `projects_boundingbox_project_ptr_id_4f913785_fk_projects_` FOREIGN KEY (`project_ptr_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_imagecaptioningproject` (
  `project_ptr_id` INT NOT NULL,
  PRIMARY KEY (`project_ptr_id`),
  CONSTRAINT `projects_imagecaptio_project_ptr_id_b8166334_fk_projects_` FOREIGN KEY (`project_ptr_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_imageclassificationproject` (
  `project_ptr_id` INT NOT NULL,
  PRIMARY KEY (`project_ptr_id`),
  CONSTRAINT `api_imageclassificat_project_ptr_id_692627af_fk_api_proje` FOREIGN KEY (`project_ptr_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_intentdetectionandslotfillingproject` (
  `project_ptr_id` INT NOT NULL,
  PRIMARY KEY (`project_ptr_id`),
  CONSTRAINT `api_intentdetectiona_project_ptr_id_ffa607c2_fk_api_proje` FOREIGN KEY (`project_ptr_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_member` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_rolemapping_user_id_project_id_ba4b621e_uniq` (`user_id`, `project_id`),
  CONSTRAINT `api_rolemapping_project_id_3e054aae_fk_api_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  CONSTRAINT `api_rolemapping_role_id_7917de50_fk_api_role_id` FOREIGN KEY (`role_id`) REFERENCES `roles_role` (`id`),
  CONSTRAINT `api_rolemapping_user_id_002ab82b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
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

CREATE TABLE `examples_assignment` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `assignee_id` INT NOT NULL,
  `example_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `examples_assignment_example_id_assignee_id_e0138c47_uniq` (`example_id`, `assignee_id`),
  CONSTRAINT `examples_assignment_assignee_id_8df6a1c5_fk_auth_user_id` FOREIGN KEY (`assignee_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `examples_assignment_example_id_43c39190_fk_examples_example_id` FOREIGN KEY (`example_id`) REFERENCES `examples_example` (`id`),
  CONSTRAINT `examples_assignment_project_id_75bb97b8_fk_projects_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `examples_comment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `text` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` INT,
  `example_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_comment_example_id_b67fce22_fk_api_example_id` FOREIGN KEY (`example_id`) REFERENCES `examples_example` (`id`),
  CONSTRAINT `api_comment_user_id_14315666_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels_relation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `prob` DOUBLE NOT NULL,
  `manual` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `example_id` INT NOT NULL,
  `from_id_id` INT NOT NULL,
  `to_id_id` INT NOT NULL,
  `type_id` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `labels_relation_uuid_908bacce_uniq` (`uuid`),
  CONSTRAINT `labels_relationnew_example_id_71b51beb_fk_examples_example_id` FOREIGN KEY (`example_id`) REFERENCES `examples_example` (`id`),
  CONSTRAINT `labels_relationnew_from_id_id_80dd450c_fk_labels_span_id` FOREIGN KEY (`from_id_id`) REFERENCES `labels_span` (`id`),
  CONSTRAINT `labels_relationnew_to_id_id_982b480d_fk_labels_span_id` FOREIGN KEY (`to_id_id`) REFERENCES `labels_span` (`id`),
  CONSTRAINT `labels_relationnew_type_id_1290d1dd_fk_label_typ` FOREIGN KEY (`type_id`) REFERENCES `label_types_relationtype` (`id`),
  CONSTRAINT `labels_relationnew_user_id_15f793d3_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Living Lots NYC (596 Acres' map of vacant public land and the community gardens and other projects stewarding it;
-- Django 1.8 on PostgreSQL / PostGIS, built on the reusable django-livinglots-* apps also run for Philadelphia,
-- Los Angeles and New Orleans), github.com/596acres/livinglots-nyc commit f1379cf52c3bf5a603ed2caee660138404ff44bb
-- (GPL-3.0, LICENSE) with the apps whose tables it installs: github.com/596acres/django-livinglots-lots 325d1ff (Use),
-- django-livinglots-organize 8c81e9e (OrganizerType), django-livinglots-owners a2c7f81 (Alias),
-- django-livinglots-usercontent a372465 (files, notes, photos), django-livinglots-mailings 7d04782, and
-- django-livinglots-steward 8d016e5 (abstract models only; GPL-3.0 / AGPL-3.0 per their LICENSE files).
-- Written from the Django migrations of these repositories replayed by hand in order: CreateModel fields in their
-- listed order, AddField appended at the end of its table, RenameField (lots.lot -> lot_number) and AlterField in
-- place, M2M fields as `<app>_<model>_<field>` join tables. Django 1.8.17's own migrations give the contrib tables
-- (auth, contenttypes after 0002, admin log, sessions); django-activity-stream 0.5.1 (the activity feed the project
-- registers its lots, notes, photos, files and organizers with) has only South migrations, so its two tables are its
-- models as Django's syncdb creates them (ACTSTREAM_SETTINGS sets no USE_JSONFIELD, so Action has no `data`).
-- Types are those Django's MySQL backend creates: AutoField -> int AUTO_INCREMENT, CharField / SlugField /
-- EmailField / URLField / FileField / ImageField -> varchar(max_length, 200 for URLField, 100 for files),
-- TextField -> longtext, BooleanField -> bool, DateTimeField -> datetime(6), PositiveIntegerField -> int unsigned,
-- PositiveSmallIntegerField -> smallint unsigned, DecimalField -> numeric(p,s); NULL as the fields declare. The GeoDjango
-- PointField and MultiPolygonField (`lots_lot.centroid`, `polygon`; PostGIS point / multipolygon, SRID 4326) are
-- written as MySQL's generic `geometry`, which loads where the loader's SQL parser rejects POINT / MULTIPOLYGON.
-- Left out: the nycdata tables (parcels, council and community districts, NYCHA, urban renewal: city datasets;
-- `lots_lot.parcel_id` keeps its column without a foreign key), FeinCMS page / media-library / blog / FAQ tables,
-- django_monitor's moderation queue, flatblocks (`livinglots_mailings_mailing.text_flatblock_id` keeps its column),
-- mailchimp, reversion, taggit and the other third-party apps' tables.

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  UNIQUE KEY (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL,
  UNIQUE KEY (`content_type_id`, `codename`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(80) NOT NULL UNIQUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `group_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  UNIQUE KEY (`group_id`, `permission_id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(30) NOT NULL UNIQUE,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  UNIQUE KEY (`user_id`, `group_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  UNIQUE KEY (`user_id`, `permission_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint UNSIGNED NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` integer NULL,
  `user_id` integer NOT NULL,
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- django-livinglots-lots livinglots_lots/migrations/0001_initial.py
CREATE TABLE `livinglots_lots_use` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(200) NOT NULL,
  `slug` varchar(200) NOT NULL,
  `visible` bool NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- django-livinglots-organize livinglots_organize/migrations/0001_initial.py
CREATE TABLE `livinglots_organize_organizertype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(64) NOT NULL,
  `is_group` bool NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- django-livinglots-owners livinglots_owners/migrations/0001_initial.py
CREATE TABLE `livinglots_owners_alias` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(256) NOT NULL UNIQUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- livinglotsnyc/owners/migrations/0001-0008
CREATE TABLE `owners_owner` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(256) NOT NULL UNIQUE,
  `owner_type` varchar(20) NOT NULL,
  `default_contact_id` integer NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `owners_owner_aliases` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `owner_id` integer NOT NULL,
  `alias_id` integer NOT NULL,
  UNIQUE KEY (`owner_id`, `alias_id`),
  FOREIGN KEY (`owner_id`) REFERENCES `owners_owner` (`id`),
  FOREIGN KEY (`alias_id`) REFERENCES `livinglots_owners_alias` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `owners_ownercontact` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(256) NOT NULL,
  `phone` varchar(32) NULL,
  `email` varchar(254) NULL,
  `notes` longtext NULL,
  `owner_id` integer NOT NULL,
  `url` varchar(200) NULL,
  FOREIGN KEY (`owner_id`) REFERENCES `owners_owner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `owners_owner` ADD FOREIGN KEY (`default_contact_id`) REFERENCES `owners_ownercontact` (`id`);

CREATE TABLE `owners_ownergroup` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(256) NOT NULL,
  `owner_type` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `owners_ownergroup_owners` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ownergroup_id` integer NOT NULL,
  `owner_id` integer NOT NULL,
  UNIQUE KEY (`ownergroup_id`, `owner_id`),
  FOREIGN KEY (`ownergroup_id`) REFERENCES `owners_ownergroup` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `owners_owner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- livinglotsnyc/lots/migrations/0001-0016
CREATE TABLE `lots_lot` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `centroid` geometry NULL,
  `polygon` geometry NULL,
  `name` varchar(256) NULL,
  `address_line1` varchar(150) NULL,
  `address_line2` varchar(150) NULL,
  `postal_code` varchar(10) NULL,
  `city` varchar(50) NULL,
  `state_province` varchar(40) NULL,
  `country` varchar(40) NULL,
  `known_use_certainty` integer UNSIGNED NOT NULL,
  `known_use_locked` bool NOT NULL,
  `added` datetime(6) NOT NULL,
  `added_reason` varchar(256) NULL,
  `steward_inclusion_opt_in` bool NOT NULL,
  `polygon_area` numeric(15, 2) NULL,
  `polygon_width` numeric(10, 2) NULL,
  `group_id` integer NULL,
  `known_use_id` integer NULL,
  `owner_id` integer NULL,
  `accessible` bool NOT NULL,
  `bbl` varchar(10) NULL,
  `block` integer NULL,
  `borough` varchar(25) NOT NULL,
  `lot_number` integer NULL,
  `owner_contact_id` integer NULL,
  `owner_opt_in` bool NOT NULL,
  `parcel_id` integer NULL,
  `gutterspace` bool NOT NULL,
  `archive_path` varchar(100) NULL,
  FOREIGN KEY (`known_use_id`) REFERENCES `livinglots_lots_use` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`owner_id`) REFERENCES `owners_owner` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`owner_contact_id`) REFERENCES `owners_ownercontact` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lots_lotgroup` (
  `lot_ptr_id` integer NOT NULL PRIMARY KEY,
  FOREIGN KEY (`lot_ptr_id`) REFERENCES `lots_lot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `lots_lot` ADD FOREIGN KEY (`group_id`) REFERENCES `lots_lotgroup` (`lot_ptr_id`) ON DELETE SET NULL;

CREATE TABLE `lots_lotlayer` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(128) NOT NULL UNIQUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lots_lotlayer_lots` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `lotlayer_id` integer NOT NULL,
  `lot_id` integer NOT NULL,
  UNIQUE KEY (`lotlayer_id`, `lot_id`),
  FOREIGN KEY (`lotlayer_id`) REFERENCES `lots_lotlayer` (`id`),
  FOREIGN KEY (`lot_id`) REFERENCES `lots_lot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- livinglotsnyc/organize/migrations/0001-0004
CREATE TABLE `organize_organizer` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(256) NOT NULL,
  `phone` varchar(32) NULL,
  `email` varchar(254) NULL,
  `email_hash` varchar(40) NULL,
  `added` datetime(6) NOT NULL,
  `object_id` integer UNSIGNED NOT NULL,
  `url` varchar(200) NULL,
  `notes` longtext NULL,
  `facebook_page` varchar(256) NULL,
  `post_publicly` bool NOT NULL,
  `added_by_id` integer NULL,
  `content_type_id` integer NOT NULL,
  `type_id` integer NOT NULL,
  FOREIGN KEY (`added_by_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`type_id`) REFERENCES `livinglots_organize_organizertype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- livinglotsnyc/steward/migrations/0001-0004
CREATE TABLE `steward_stewardnotification` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(256) NOT NULL,
  `phone` varchar(32) NULL,
  `email` varchar(254) NULL,
  `email_hash` varchar(40) NULL,
  `added` datetime(6) NOT NULL,
  `object_id` integer UNSIGNED NOT NULL,
  `url` varchar(200) NULL,
  `notes` longtext NULL,
  `facebook_page` varchar(256) NULL,
  `post_publicly` bool NOT NULL,
  `project_name` varchar(256) NOT NULL,
  `support_organization` varchar(300) NULL,
  `land_tenure_status` varchar(50) NOT NULL,
  `include_on_map` bool NOT NULL,
  `added_by_id` integer NULL,
  `content_type_id` integer NOT NULL,
  `type_id` integer NOT NULL,
  `use_id` integer NOT NULL,
  FOREIGN KEY (`added_by_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`type_id`) REFERENCES `livinglots_organize_organizertype` (`id`),
  FOREIGN KEY (`use_id`) REFERENCES `livinglots_lots_use` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `steward_stewardproject` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `project_name` varchar(256) NOT NULL,
  `support_organization` varchar(300) NULL,
  `land_tenure_status` varchar(50) NOT NULL,
  `include_on_map` bool NOT NULL,
  `object_id` integer UNSIGNED NOT NULL,
  `external_id` varchar(100) NULL,
  `date_started` date NULL,
  `content_type_id` integer NOT NULL,
  `organizer_id` integer NULL,
  `steward_notification_id` integer NULL,
  `use_id` integer NOT NULL,
  `started_here` bool NOT NULL,
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`organizer_id`) REFERENCES `organize_organizer` (`id`),
  FOREIGN KEY (`steward_notification_id`) REFERENCES `steward_stewardnotification` (`id`),
  FOREIGN KEY (`use_id`) REFERENCES `livinglots_lots_use` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- livinglotsnyc/groundtruth/migrations/0001-0002
CREATE TABLE `groundtruth_groundtruthrecord` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `object_id` integer UNSIGNED NOT NULL,
  `actual_use` longtext NOT NULL,
  `contact_name` varchar(50) NOT NULL,
  `contact_email` varchar(254) NULL,
  `contact_phone` varchar(20) NULL,
  `added` datetime(6) NOT NULL,
  `content_type_id` integer NOT NULL,
  `use_id` integer NULL,
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`use_id`) REFERENCES `livinglots_lots_use` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- livinglotsnyc/pathways/migrations/0001-0004
CREATE TABLE `pathways_pathway` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(256) NOT NULL,
  `slug` varchar(256) NOT NULL,
  `is_active` bool NOT NULL,
  `private_owners` bool NOT NULL,
  `public_owners` bool NOT NULL,
  `language` varchar(10) NOT NULL,
  `author_id` integer NULL,
  `translation_of_id` integer NULL,
  `borough` varchar(25) NULL,
  `order` integer UNSIGNED NOT NULL,
  FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`translation_of_id`) REFERENCES `pathways_pathway` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pathways_pathway_specific_private_owners` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `pathway_id` integer NOT NULL,
  `owner_id` integer NOT NULL,
  UNIQUE KEY (`pathway_id`, `owner_id`),
  FOREIGN KEY (`pathway_id`) REFERENCES `pathways_pathway` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `owners_owner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pathways_pathway_specific_public_owners` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `pathway_id` integer NOT NULL,
  `owner_id` integer NOT NULL,
  UNIQUE KEY (`pathway_id`, `owner_id`),
  FOREIGN KEY (`pathway_id`) REFERENCES `pathways_pathway` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `owners_owner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pathways_pathway_mediafilecontent` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `region` varchar(255) NOT NULL,
  `ordering` integer NOT NULL,
  `type` varchar(20) NOT NULL,
  `mediafile_id` integer NOT NULL,
  `parent_id` integer NOT NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `pathways_pathway` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pathways_pathway_richtextcontent` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `text` longtext NOT NULL,
  `region` varchar(255) NOT NULL,
  `ordering` integer NOT NULL,
  `parent_id` integer NOT NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `pathways_pathway` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- django-livinglots-usercontent livinglots_usercontent/{files,notes,photos}/migrations
CREATE TABLE `files_file` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `object_id` integer UNSIGNED NOT NULL,
  `document` varchar(100) NOT NULL,
  `title` varchar(256) NULL,
  `description` longtext NULL,
  `added` datetime(6) NOT NULL,
  `added_by_name` varchar(256) NULL,
  `added_by_id` integer NULL,
  `content_type_id` integer NOT NULL,
  FOREIGN KEY (`added_by_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes_note` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `object_id` integer UNSIGNED NOT NULL,
  `text` longtext NOT NULL,
  `added` datetime(6) NOT NULL,
  `added_by_name` varchar(256) NULL,
  `added_by_id` integer NULL,
  `content_type_id` integer NOT NULL,
  FOREIGN KEY (`added_by_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photos_photo` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `object_id` integer UNSIGNED NOT NULL,
  `original_image` varchar(100) NOT NULL,
  `name` varchar(256) NULL,
  `description` longtext NULL,
  `added` datetime(6) NOT NULL,
  `added_by_name` varchar(256) NULL,
  `added_by_id` integer NULL,
  `content_type_id` integer NOT NULL,
  FOREIGN KEY (`added_by_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- django-livinglots-mailings livinglots_mailings/migrations/0001-0004
CREATE TABLE `livinglots_mailings_mailing` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `duplicate_handling` varchar(32) NOT NULL,
  `subject_template_name` varchar(256) NOT NULL,
  `text_template_name` varchar(256) NOT NULL,
  `last_checked` datetime(6) NOT NULL,
  `text_flatblock_id` integer NULL,
  `html_template_name` varchar(256) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `livinglots_mailings_mailing_target_types` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `mailing_id` integer NOT NULL,
  `contenttype_id` integer NOT NULL,
  UNIQUE KEY (`mailing_id`, `contenttype_id`),
  FOREIGN KEY (`mailing_id`) REFERENCES `livinglots_mailings_mailing` (`id`),
  FOREIGN KEY (`contenttype_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `livinglots_mailings_deliveryrecord` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `sent` bool NOT NULL,
  `recorded` datetime(6) NOT NULL,
  `receiver_object_id` integer UNSIGNED NULL,
  `mailing_id` integer NOT NULL,
  `receiver_type_id` integer NULL,
  FOREIGN KEY (`mailing_id`) REFERENCES `livinglots_mailings_mailing` (`id`),
  FOREIGN KEY (`receiver_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `livinglots_mailings_daysafteraddedmailing` (
  `mailing_ptr_id` integer NOT NULL PRIMARY KEY,
  `days_after_added` integer NOT NULL,
  FOREIGN KEY (`mailing_ptr_id`) REFERENCES `livinglots_mailings_mailing` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- django-activity-stream 0.5.1 actstream/models.py (syncdb)
CREATE TABLE `actstream_follow` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `content_type_id` integer NOT NULL,
  `object_id` varchar(255) NOT NULL,
  `actor_only` bool NOT NULL,
  `started` datetime(6) NOT NULL,
  UNIQUE KEY (`user_id`, `content_type_id`, `object_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actstream_action` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `actor_content_type_id` integer NOT NULL,
  `actor_object_id` varchar(255) NOT NULL,
  `verb` varchar(255) NOT NULL,
  `description` longtext NULL,
  `target_content_type_id` integer NULL,
  `target_object_id` varchar(255) NULL,
  `action_object_content_type_id` integer NULL,
  `action_object_object_id` varchar(255) NULL,
  `timestamp` datetime(6) NOT NULL,
  `public` bool NOT NULL,
  FOREIGN KEY (`actor_content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`target_content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`action_object_content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Respa (City of Helsinki resource reservation platform, the backend of Varaamo)
-- Source: github.com/City-of-Helsinki/respa, commit 58421a24cc999e630e3d6b364e435610b322bd5e (MIT):
-- the Django 2.2 models of users/models.py (on django-helusers 0.5.5 AbstractUser and Django's AbstractUser),
-- resources/models/{unit,unit_group,resource,availability,reservation}.py, comments/models.py,
-- caterings/models.py, payments/models.py, kulkunen/models.py, notifications/models.py (django-parler) and
-- respa_exchange/models.py, with the django-modeltranslation fields of resources/, caterings/ and
-- payments/translation.py (languages fi, en, sv), written as the MySQL DDL Django's MySQL backend emits.
-- Respa runs on PostgreSQL/PostGIS: geometry(Point) is written as GEOMETRY, range fields and jsonb as text
-- columns with a COMMENT saying the PostgreSQL type. Column order is the models' field order (see respa.md).

CREATE TABLE `users_user` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `department_name` varchar(50) NULL,
  `ical_token` varchar(16) NULL,
  `preferred_language` varchar(8) NULL,
  `is_staff` bool NOT NULL,
  `is_general_admin` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_username_uniq` (`username`),
  UNIQUE KEY `users_user_uuid_uniq` (`uuid`),
  UNIQUE KEY `users_user_ical_token_uniq` (`ical_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_resourcetype` (
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `modified_at` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `id` varchar(100) NOT NULL,
  `main_type` varchar(20) NOT NULL,
  `name` varchar(200) NOT NULL,
  `name_fi` varchar(200) NULL,
  `name_en` varchar(200) NULL,
  `name_sv` varchar(200) NULL,
  CONSTRAINT `resources_resourcetype_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_resourcetype_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_purpose` (
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `modified_at` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `id` varchar(100) NOT NULL,
  `parent_id` varchar(100) NULL,
  `name` varchar(200) NOT NULL,
  `name_fi` varchar(200) NULL,
  `name_en` varchar(200) NULL,
  `name_sv` varchar(200) NULL,
  `public` bool NOT NULL,
  CONSTRAINT `resources_purpose_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_purpose_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_purpose_parent_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `resources_purpose` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_termsofuse` (
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `modified_at` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `id` varchar(100) NOT NULL,
  `name` varchar(200) NOT NULL,
  `name_fi` varchar(200) NULL,
  `name_en` varchar(200) NULL,
  `name_sv` varchar(200) NULL,
  `text` longtext NOT NULL,
  `text_fi` longtext NULL,
  `text_en` longtext NULL,
  `text_sv` longtext NULL,
  `terms_type` varchar(40) NOT NULL,
  CONSTRAINT `resources_termsofuse_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_termsofuse_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_unit` (
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `modified_at` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `id` varchar(50) NOT NULL,
  `name` varchar(200) NOT NULL,
  `name_fi` varchar(200) NULL,
  `name_en` varchar(200) NULL,
  `name_sv` varchar(200) NULL,
  `description` longtext NULL,
  `description_fi` longtext NULL,
  `description_en` longtext NULL,
  `description_sv` longtext NULL,
  `location` geometry NULL COMMENT 'PostGIS geometry(Point,4326)',
  `time_zone` varchar(50) NOT NULL,
  `manager_email` varchar(100) NULL,
  `street_address` varchar(100) NULL,
  `street_address_fi` varchar(100) NULL,
  `street_address_en` varchar(100) NULL,
  `street_address_sv` varchar(100) NULL,
  `address_zip` varchar(10) NULL,
  `phone` varchar(30) NULL,
  `email` varchar(100) NULL,
  `www_url` varchar(400) NULL,
  `www_url_fi` varchar(400) NULL,
  `www_url_en` varchar(400) NULL,
  `www_url_sv` varchar(400) NULL,
  `address_postal_full` varchar(100) NULL,
  `municipality_id` varchar(100) NULL,
  `picture_url` varchar(200) NULL,
  `picture_caption` varchar(200) NULL,
  `picture_caption_fi` varchar(200) NULL,
  `picture_caption_en` varchar(200) NULL,
  `picture_caption_sv` varchar(200) NULL,
  `reservable_max_days_in_advance` smallint UNSIGNED NULL,
  `reservable_min_days_in_advance` smallint UNSIGNED NULL,
  `data_source` varchar(128) NOT NULL,
  `data_source_hours` varchar(128) NOT NULL,
  `disallow_overlapping_reservations` bool NOT NULL,
  CONSTRAINT `resources_unit_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_unit_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_unitauthorization` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `subject_id` varchar(50) NOT NULL,
  `level` varchar(50) NOT NULL,
  `authorized_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_unitauthorization_subject_id_fk` FOREIGN KEY (`subject_id`) REFERENCES `resources_unit` (`id`),
  CONSTRAINT `resources_unitauthorization_authorized_id_fk` FOREIGN KEY (`authorized_id`) REFERENCES `users_user` (`id`),
  UNIQUE KEY `resources_unitauthorization_uniq` (`authorized_id`, `subject_id`, `level`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_unitidentifier` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `unit_id` varchar(50) NOT NULL,
  `namespace` varchar(50) NOT NULL,
  `value` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_unitidentifier_unit_id_fk` FOREIGN KEY (`unit_id`) REFERENCES `resources_unit` (`id`),
  UNIQUE KEY `resources_unitidentifier_namespace_value_uniq` (`namespace`, `value`),
  UNIQUE KEY `resources_unitidentifier_namespace_unit_uniq` (`namespace`, `unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_unitgroup` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `modified_at` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `name` varchar(200) NOT NULL,
  `name_fi` varchar(200) NULL,
  `name_en` varchar(200) NULL,
  `name_sv` varchar(200) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_unitgroup_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_unitgroup_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_unitgroup_members` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `unitgroup_id` integer NOT NULL,
  `unit_id` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_unitgroup_members_unitgroup_id_fk` FOREIGN KEY (`unitgroup_id`) REFERENCES `resources_unitgroup` (`id`),
  CONSTRAINT `resources_unitgroup_members_unit_id_fk` FOREIGN KEY (`unit_id`) REFERENCES `resources_unit` (`id`),
  UNIQUE KEY `resources_unitgroup_members_uniq` (`unitgroup_id`, `unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_unitgroupauthorization` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `subject_id` integer NOT NULL,
  `level` varchar(50) NOT NULL,
  `authorized_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_unitgroupauthorization_subject_id_fk` FOREIGN KEY (`subject_id`) REFERENCES `resources_unitgroup` (`id`),
  CONSTRAINT `resources_unitgroupauthorization_authorized_id_fk` FOREIGN KEY (`authorized_id`) REFERENCES `users_user` (`id`),
  UNIQUE KEY `resources_unitgroupauthorization_uniq` (`authorized_id`, `subject_id`, `level`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_reservationmetadatafield` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `field_name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resources_reservationmetadatafield_field_name_uniq` (`field_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_reservationmetadataset` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `modified_at` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_reservationmetadataset_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_reservationmetadataset_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  UNIQUE KEY `resources_reservationmetadataset_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_reservationmetadataset_supported_fields` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `reservationmetadataset_id` integer NOT NULL,
  `reservationmetadatafield_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `rvationmetadataset_supported_fields_reservationmetadataset_id_fk` FOREIGN KEY (`reservationmetadataset_id`) REFERENCES `resources_reservationmetadataset` (`id`),
  CONSTRAINT `ationmetadataset_supported_fields_reservationmetadatafield_id_fk` FOREIGN KEY (`reservationmetadatafield_id`) REFERENCES `resources_reservationmetadatafield` (`id`),
  UNIQUE KEY `resources_reservationmetadataset_supported_fields_uniq` (`reservationmetadataset_id`, `reservationmetadatafield_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_reservationmetadataset_required_fields` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `reservationmetadataset_id` integer NOT NULL,
  `reservationmetadatafield_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ervationmetadataset_required_fields_reservationmetadataset_id_fk` FOREIGN KEY (`reservationmetadataset_id`) REFERENCES `resources_reservationmetadataset` (`id`),
  CONSTRAINT `vationmetadataset_required_fields_reservationmetadatafield_id_fk` FOREIGN KEY (`reservationmetadatafield_id`) REFERENCES `resources_reservationmetadatafield` (`id`),
  UNIQUE KEY `resources_reservationmetadataset_required_fields_uniq` (`reservationmetadataset_id`, `reservationmetadatafield_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_resource` (
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `modified_at` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `id` varchar(100) NOT NULL,
  `public` bool NOT NULL,
  `unit_id` varchar(50) NULL,
  `type_id` varchar(100) NOT NULL,
  `name` varchar(200) NOT NULL,
  `name_fi` varchar(200) NULL,
  `name_en` varchar(200) NULL,
  `name_sv` varchar(200) NULL,
  `description` longtext NULL,
  `description_fi` longtext NULL,
  `description_en` longtext NULL,
  `description_sv` longtext NULL,
  `need_manual_confirmation` bool NOT NULL,
  `authentication` varchar(20) NOT NULL,
  `people_capacity` integer UNSIGNED NULL,
  `area` integer UNSIGNED NULL,
  `location` geometry NULL COMMENT 'PostGIS geometry(Point,4326)',
  `min_period` bigint NOT NULL,
  `max_period` bigint NULL,
  `slot_size` bigint NOT NULL,
  `max_reservations_per_user` integer UNSIGNED NULL,
  `reservable` bool NOT NULL,
  `reservation_info` longtext NULL,
  `reservation_info_fi` longtext NULL,
  `reservation_info_en` longtext NULL,
  `reservation_info_sv` longtext NULL,
  `responsible_contact_info` longtext NOT NULL,
  `responsible_contact_info_fi` longtext NULL,
  `responsible_contact_info_en` longtext NULL,
  `responsible_contact_info_sv` longtext NULL,
  `generic_terms_id` varchar(100) NULL,
  `payment_terms_id` varchar(100) NULL,
  `specific_terms` longtext NOT NULL,
  `specific_terms_fi` longtext NULL,
  `specific_terms_en` longtext NULL,
  `specific_terms_sv` longtext NULL,
  `reservation_requested_notification_extra` longtext NOT NULL,
  `reservation_requested_notification_extra_fi` longtext NULL,
  `reservation_requested_notification_extra_en` longtext NULL,
  `reservation_requested_notification_extra_sv` longtext NULL,
  `reservation_confirmed_notification_extra` longtext NOT NULL,
  `reservation_confirmed_notification_extra_fi` longtext NULL,
  `reservation_confirmed_notification_extra_en` longtext NULL,
  `reservation_confirmed_notification_extra_sv` longtext NULL,
  `min_price` numeric(8,2) NULL,
  `max_price` numeric(8,2) NULL,
  `price_type` varchar(32) NOT NULL,
  `access_code_type` varchar(20) NOT NULL,
  `generate_access_codes` bool NOT NULL,
  `reservable_max_days_in_advance` smallint UNSIGNED NULL,
  `reservable_min_days_in_advance` smallint UNSIGNED NULL,
  `reservation_metadata_set_id` integer NULL,
  `external_reservation_url` varchar(200) NULL,
  `reservation_extra_questions` longtext NOT NULL,
  CONSTRAINT `resources_resource_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_resource_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_resource_unit_id_fk` FOREIGN KEY (`unit_id`) REFERENCES `resources_unit` (`id`),
  CONSTRAINT `resources_resource_type_id_fk` FOREIGN KEY (`type_id`) REFERENCES `resources_resourcetype` (`id`),
  CONSTRAINT `resources_resource_generic_terms_id_fk` FOREIGN KEY (`generic_terms_id`) REFERENCES `resources_termsofuse` (`id`),
  CONSTRAINT `resources_resource_payment_terms_id_fk` FOREIGN KEY (`payment_terms_id`) REFERENCES `resources_termsofuse` (`id`),
  CONSTRAINT `resources_resource_reservation_metadata_set_id_fk` FOREIGN KEY (`reservation_metadata_set_id`) REFERENCES `resources_reservationmetadataset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_resource_purposes` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` varchar(100) NOT NULL,
  `purpose_id` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_resource_purposes_resource_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `resources_resource` (`id`),
  CONSTRAINT `resources_resource_purposes_purpose_id_fk` FOREIGN KEY (`purpose_id`) REFERENCES `resources_purpose` (`id`),
  UNIQUE KEY `resources_resource_purposes_uniq` (`resource_id`, `purpose_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_period` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `resource_id` varchar(100) NULL,
  `unit_id` varchar(50) NULL,
  `start` date NOT NULL,
  `end` date NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` varchar(500) NULL,
  `closed` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_period_resource_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `resources_resource` (`id`),
  CONSTRAINT `resources_period_unit_id_fk` FOREIGN KEY (`unit_id`) REFERENCES `resources_unit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_day` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `period_id` integer NOT NULL,
  `weekday` integer NOT NULL,
  `opens` time(6) NULL,
  `closes` time(6) NULL,
  `length` varchar(64) NULL COMMENT 'PostgreSQL int4range',
  `closed` bool NULL,
  `description` varchar(200) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_day_period_id_fk` FOREIGN KEY (`period_id`) REFERENCES `resources_period` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_reservation` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `modified_at` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `resource_id` varchar(100) NOT NULL,
  `begin` datetime(6) NOT NULL,
  `end` datetime(6) NOT NULL,
  `duration` varchar(128) NULL COMMENT 'PostgreSQL tstzrange',
  `comments` longtext NULL,
  `user_id` integer NULL,
  `state` varchar(32) NOT NULL,
  `approver_id` integer NULL,
  `staff_event` bool NOT NULL,
  `type` varchar(32) NOT NULL,
  `access_code` varchar(32) NULL,
  `event_subject` varchar(200) NOT NULL,
  `event_description` longtext NOT NULL,
  `number_of_participants` smallint UNSIGNED NULL,
  `participants` longtext NOT NULL,
  `host_name` varchar(100) NOT NULL,
  `reservation_extra_questions` longtext NOT NULL,
  `reserver_name` varchar(100) NOT NULL,
  `reserver_id` varchar(30) NOT NULL,
  `reserver_email_address` varchar(254) NOT NULL,
  `reserver_phone_number` varchar(30) NOT NULL,
  `reserver_address_street` varchar(100) NOT NULL,
  `reserver_address_zip` varchar(30) NOT NULL,
  `reserver_address_city` varchar(100) NOT NULL,
  `company` varchar(100) NOT NULL,
  `billing_first_name` varchar(100) NOT NULL,
  `billing_last_name` varchar(100) NOT NULL,
  `billing_email_address` varchar(254) NOT NULL,
  `billing_phone_number` varchar(30) NOT NULL,
  `billing_address_street` varchar(100) NOT NULL,
  `billing_address_zip` varchar(30) NOT NULL,
  `billing_address_city` varchar(100) NOT NULL,
  `origin_id` varchar(50) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_reservation_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_reservation_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_reservation_resource_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `resources_resource` (`id`),
  CONSTRAINT `resources_reservation_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_reservation_approver_id_fk` FOREIGN KEY (`approver_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_reservationcancelreasoncategory` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `modified_at` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `reservation_type` varchar(32) NOT NULL,
  `name` varchar(100) NOT NULL,
  `name_fi` varchar(100) NULL,
  `name_en` varchar(100) NULL,
  `name_sv` varchar(100) NULL,
  `description` longtext NOT NULL,
  `description_fi` longtext NULL,
  `description_en` longtext NULL,
  `description_sv` longtext NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_reservationcancelreasoncategory_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_reservationcancelreasoncategory_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  UNIQUE KEY `resources_reservationcancelreasoncategor_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_reservationcancelreason` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `modified_at` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `reservation_id` integer NOT NULL,
  `category_id` integer NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_reservationcancelreason_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `resources_reservationcancelreason_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `users_user` (`id`),
  UNIQUE KEY `resources_reservationcancelreason_reservation_id_uniq` (`reservation_id`),
  CONSTRAINT `resources_reservationcancelreason_reservation_id_fk` FOREIGN KEY (`reservation_id`) REFERENCES `resources_reservation` (`id`),
  CONSTRAINT `resources_reservationcancelreason_category_id_fk` FOREIGN KEY (`category_id`) REFERENCES `resources_reservationcancelreasoncategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_favorite_resources` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `user_id` integer NOT NULL,
  `resource_id` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_user_favorite_resources_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `users_user_favorite_resources_resource_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `resources_resource` (`id`),
  UNIQUE KEY `users_user_favorite_resources_uniq` (`user_id`, `resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments_comment` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `text` longtext NOT NULL,
  `content_type_id` integer NOT NULL,
  `object_id` integer UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_comment_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  KEY `comments_comment_content_type_id_object_id_idx` (`content_type_id`, `object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `caterings_cateringprovider` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `price_list_url` varchar(200) NOT NULL,
  `price_list_url_fi` varchar(200) NULL,
  `price_list_url_en` varchar(200) NULL,
  `price_list_url_sv` varchar(200) NULL,
  `notification_email` varchar(254) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `caterings_cateringprovider_units` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `cateringprovider_id` integer NOT NULL,
  `unit_id` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `caterings_cateringprovider_units_cateringprovider_id_fk` FOREIGN KEY (`cateringprovider_id`) REFERENCES `caterings_cateringprovider` (`id`),
  CONSTRAINT `caterings_cateringprovider_units_unit_id_fk` FOREIGN KEY (`unit_id`) REFERENCES `resources_unit` (`id`),
  UNIQUE KEY `caterings_cateringprovider_units_uniq` (`cateringprovider_id`, `unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `caterings_cateringproductcategory` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `name_fi` varchar(100) NULL,
  `name_en` varchar(100) NULL,
  `name_sv` varchar(100) NULL,
  `provider_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `caterings_cateringproductcategory_provider_id_fk` FOREIGN KEY (`provider_id`) REFERENCES `caterings_cateringprovider` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `caterings_cateringproduct` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `name_fi` varchar(100) NULL,
  `name_en` varchar(100) NULL,
  `name_sv` varchar(100) NULL,
  `category_id` integer NOT NULL,
  `description` longtext NOT NULL,
  `description_fi` longtext NULL,
  `description_en` longtext NULL,
  `description_sv` longtext NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `caterings_cateringproduct_category_id_fk` FOREIGN KEY (`category_id`) REFERENCES `caterings_cateringproductcategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `caterings_cateringorder` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `provider_id` integer NOT NULL,
  `reservation_id` integer NOT NULL,
  `invoicing_data` longtext NOT NULL,
  `message` longtext NOT NULL,
  `serving_time` time(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `caterings_cateringorder_provider_id_fk` FOREIGN KEY (`provider_id`) REFERENCES `caterings_cateringprovider` (`id`),
  CONSTRAINT `caterings_cateringorder_reservation_id_fk` FOREIGN KEY (`reservation_id`) REFERENCES `resources_reservation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `caterings_cateringorderline` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `product_id` integer NOT NULL,
  `quantity` integer UNSIGNED NOT NULL,
  `order_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `caterings_cateringorderline_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `caterings_cateringproduct` (`id`),
  CONSTRAINT `caterings_cateringorderline_order_id_fk` FOREIGN KEY (`order_id`) REFERENCES `caterings_cateringorder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments_product` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `product_id` varchar(100) NOT NULL,
  `archived_at` datetime(6) NOT NULL,
  `type` varchar(32) NOT NULL,
  `sku` varchar(255) NOT NULL,
  `name` varchar(100) NOT NULL,
  `name_fi` varchar(100) NULL,
  `name_en` varchar(100) NULL,
  `name_sv` varchar(100) NULL,
  `description` longtext NOT NULL,
  `description_fi` longtext NULL,
  `description_en` longtext NULL,
  `description_sv` longtext NULL,
  `price` numeric(10,2) NOT NULL,
  `tax_percentage` numeric(5,2) NOT NULL,
  `price_type` varchar(32) NOT NULL,
  `price_period` bigint NULL,
  `max_quantity` smallint UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payments_product_archived_at_product_id_uniq` (`archived_at`, `product_id`),
  KEY `payments_product_product_id_idx` (`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments_product_resources` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `product_id` integer NOT NULL,
  `resource_id` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `payments_product_resources_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `payments_product` (`id`),
  CONSTRAINT `payments_product_resources_resource_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `resources_resource` (`id`),
  UNIQUE KEY `payments_product_resources_uniq` (`product_id`, `resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments_order` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `state` varchar(32) NOT NULL,
  `order_number` varchar(64) NOT NULL,
  `reservation_id` integer NOT NULL,
  `payment_url` varchar(200) NOT NULL,
  `is_requested_order` bool NOT NULL,
  `confirmed_by_staff_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payments_order_order_number_uniq` (`order_number`),
  UNIQUE KEY `payments_order_reservation_id_uniq` (`reservation_id`),
  CONSTRAINT `payments_order_reservation_id_fk` FOREIGN KEY (`reservation_id`) REFERENCES `resources_reservation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments_orderline` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `order_id` integer NOT NULL,
  `product_id` integer NOT NULL,
  `quantity` integer UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `payments_orderline_order_id_fk` FOREIGN KEY (`order_id`) REFERENCES `payments_order` (`id`),
  CONSTRAINT `payments_orderline_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `payments_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments_orderlogentry` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `order_id` integer NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `state_change` varchar(32) NOT NULL,
  `message` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `payments_orderlogentry_order_id_fk` FOREIGN KEY (`order_id`) REFERENCES `payments_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments_reservationcustomprice` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `reservation_id` integer NOT NULL,
  `price` numeric(10,2) NOT NULL,
  `price_type` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payments_reservationcustomprice_reservation_id_uniq` (`reservation_id`),
  CONSTRAINT `payments_reservationcustomprice_reservation_id_fk` FOREIGN KEY (`reservation_id`) REFERENCES `resources_reservation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kulkunen_accesscontrolsystem` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `driver` varchar(30) NOT NULL,
  `reservation_leeway` integer UNSIGNED NULL,
  `driver_config` longtext NULL COMMENT 'PostgreSQL jsonb',
  `driver_data` longtext NULL COMMENT 'PostgreSQL jsonb',
  PRIMARY KEY (`id`),
  UNIQUE KEY `kulkunen_accesscontrolsystem_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kulkunen_accesscontrolresource` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `system_id` integer NOT NULL,
  `resource_id` varchar(100) NULL,
  `identifier` varchar(100) NULL,
  `driver_config` longtext NULL COMMENT 'PostgreSQL jsonb',
  `driver_data` longtext NULL COMMENT 'PostgreSQL jsonb',
  PRIMARY KEY (`id`),
  CONSTRAINT `kulkunen_accesscontrolresource_system_id_fk` FOREIGN KEY (`system_id`) REFERENCES `kulkunen_accesscontrolsystem` (`id`),
  CONSTRAINT `kulkunen_accesscontrolresource_resource_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `resources_resource` (`id`),
  UNIQUE KEY `kulkunen_accesscontrolresource_system_resource_uniq` (`system_id`, `resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kulkunen_accesscontroluser` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `system_id` integer NOT NULL,
  `user_id` integer NULL,
  `state` varchar(20) NOT NULL,
  `first_name` varchar(100) NULL,
  `last_name` varchar(100) NULL,
  `created_at` datetime(6) NOT NULL,
  `removed_at` datetime(6) NULL,
  `identifier` varchar(100) NULL,
  `driver_data` longtext NULL COMMENT 'PostgreSQL jsonb',
  PRIMARY KEY (`id`),
  CONSTRAINT `kulkunen_accesscontroluser_system_id_fk` FOREIGN KEY (`system_id`) REFERENCES `kulkunen_accesscontrolsystem` (`id`),
  CONSTRAINT `kulkunen_accesscontroluser_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  KEY `kulkunen_accesscontroluser_system_state_idx` (`system_id`, `state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kulkunen_accesscontrolgrant` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `user_id` integer NULL,
  `resource_id` integer NOT NULL,
  `reservation_id` integer NULL,
  `starts_at` datetime(6) NULL,
  `ends_at` datetime(6) NULL,
  `install_at` datetime(6) NULL,
  `remove_at` datetime(6) NULL,
  `created_at` datetime(6) NOT NULL,
  `removed_at` datetime(6) NOT NULL,
  `access_code` varchar(32) NULL,
  `state` varchar(20) NOT NULL,
  `identifier` varchar(100) NULL,
  `installation_failures` integer UNSIGNED NOT NULL,
  `removal_failures` integer UNSIGNED NOT NULL,
  `driver_data` longtext NULL COMMENT 'PostgreSQL jsonb',
  PRIMARY KEY (`id`),
  CONSTRAINT `kulkunen_accesscontrolgrant_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `kulkunen_accesscontroluser` (`id`),
  CONSTRAINT `kulkunen_accesscontrolgrant_resource_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `kulkunen_accesscontrolresource` (`id`),
  CONSTRAINT `kulkunen_accesscontrolgrant_reservation_id_fk` FOREIGN KEY (`reservation_id`) REFERENCES `resources_reservation` (`id`),
  KEY `kulkunen_accesscontrolgrant_resource_state_idx` (`resource_id`, `state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_notificationtemplate` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `type` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_notificationtemplate_type_uniq` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_notificationtemplate_translation` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `language_code` varchar(15) NOT NULL,
  `short_message` longtext NOT NULL,
  `subject` varchar(200) NOT NULL,
  `body` longtext NOT NULL,
  `html_body` longtext NOT NULL,
  `master_id` integer NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_notificationtemplate_translation_master_id_fk` FOREIGN KEY (`master_id`) REFERENCES `notifications_notificationtemplate` (`id`),
  UNIQUE KEY `notifications_notificationtemplate_translation_uniq` (`language_code`, `master_id`),
  KEY `notifications_notificationtemplate_translation_language_code_idx` (`language_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `respa_exchange_exchangeconfiguration` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `name` varchar(70) NOT NULL,
  `url` varchar(200) NOT NULL,
  `username` varchar(64) NOT NULL,
  `password` varchar(256) NOT NULL,
  `enabled` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `respa_exchange_exchangeconfiguration_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `respa_exchange_exchangeresource` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `exchange_id` integer NOT NULL,
  `resource_id` varchar(100) NOT NULL,
  `sync_to_respa` bool NOT NULL,
  `sync_from_respa` bool NOT NULL,
  `principal_email` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `respa_exchange_exchangeresource_exchange_id_fk` FOREIGN KEY (`exchange_id`) REFERENCES `respa_exchange_exchangeconfiguration` (`id`),
  UNIQUE KEY `respa_exchange_exchangeresource_resource_id_uniq` (`resource_id`),
  CONSTRAINT `respa_exchange_exchangeresource_resource_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `resources_resource` (`id`),
  UNIQUE KEY `respa_exchange_exchangeresource_principal_email_uniq` (`principal_email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `respa_exchange_exchangeuser` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `exchange_id` integer NOT NULL,
  `email_address` varchar(200) NOT NULL,
  `name` varchar(100) NOT NULL,
  `given_name` varchar(100) NULL,
  `surname` varchar(100) NULL,
  `user_id` integer NULL,
  `updated_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `respa_exchange_exchangeuser_exchange_id_fk` FOREIGN KEY (`exchange_id`) REFERENCES `respa_exchange_exchangeconfiguration` (`id`),
  UNIQUE KEY `respa_exchange_exchangeuser_user_id_uniq` (`user_id`),
  CONSTRAINT `respa_exchange_exchangeuser_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  UNIQUE KEY `respa_exchange_exchangeuser_exchange_email_uniq` (`exchange_id`, `email_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `respa_exchange_exchangereservation` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `reservation_id` integer NOT NULL,
  `item_id_hash` varchar(32) NOT NULL,
  `organizer_id` integer NULL,
  `exchange_id` integer NOT NULL,
  `managed_in_exchange` bool NOT NULL,
  `principal_email` varchar(254) NOT NULL,
  `item_id` varchar(200) NOT NULL,
  `change_key` varchar(100) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `respa_exchange_exchangereservation_reservation_id_uniq` (`reservation_id`),
  CONSTRAINT `respa_exchange_exchangereservation_reservation_id_fk` FOREIGN KEY (`reservation_id`) REFERENCES `resources_reservation` (`id`),
  CONSTRAINT `respa_exchange_exchangereservation_organizer_id_fk` FOREIGN KEY (`organizer_id`) REFERENCES `respa_exchange_exchangeuser` (`id`),
  CONSTRAINT `respa_exchange_exchangereservation_exchange_id_fk` FOREIGN KEY (`exchange_id`) REFERENCES `respa_exchange_exchangeconfiguration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `respa_exchange_exchangeuserx500address` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `exchange_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  `address` varchar(200) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `respa_exchange_exchangeuserx500address_exchange_id_fk` FOREIGN KEY (`exchange_id`) REFERENCES `respa_exchange_exchangeconfiguration` (`id`),
  CONSTRAINT `respa_exchange_exchangeuserx500address_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `respa_exchange_exchangeuser` (`id`),
  UNIQUE KEY `respa_exchange_exchangeuserx500address_exchange_address_uniq` (`exchange_id`, `address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


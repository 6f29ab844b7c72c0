-- Volunteer Planner (volunteer-planner/volunteer_planner, commit f5cbd8d4, AGPL-3.0): the tables Django 4.2.1 creates
-- when upstream's migrations are applied (local apps, django-registration-redux 2.12 and the Django contrib apps),
-- dumped from MariaDB with mysqldump --no-data; index lines and table options dropped, foreign keys kept.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_user` (
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
  PRIMARY KEY (`id`)
);

CREATE TABLE `accounts_useraccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

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
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `django_flatpage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(100) NOT NULL,
  `title` varchar(200) NOT NULL,
  `content` longtext NOT NULL,
  `enable_comments` tinyint(1) NOT NULL,
  `template_name` varchar(70) NOT NULL,
  `registration_required` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `content_flatpageextrastyle` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `css` longtext NOT NULL,
  `flatpage_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`flatpage_id`) REFERENCES `django_flatpage` (`id`)
);

CREATE TABLE `content_flatpagetranslation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `language` varchar(20) NOT NULL,
  `title` varchar(200) NOT NULL,
  `content` longtext NOT NULL,
  `flatpage_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`flatpage_id`) REFERENCES `django_flatpage` (`id`)
);

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
);

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `django_flatpage_sites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `flatpage_id` int(11) NOT NULL,
  `site_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`flatpage_id`) REFERENCES `django_flatpage` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
);

CREATE TABLE `organizations_organization` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `description` longtext NOT NULL,
  `contact_info` longtext NOT NULL,
  `address` longtext NOT NULL,
  `slug` varchar(80) NOT NULL,
  `join_mode` smallint(5) unsigned NOT NULL CHECK (`join_mode` >= 0),
  PRIMARY KEY (`id`)
);

CREATE TABLE `organizations_organizationmembership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` smallint(5) unsigned NOT NULL,
  `organization_id` int(11) NOT NULL,
  `user_account_id` int(11) NOT NULL,
  `status` smallint(5) unsigned NOT NULL CHECK (`status` >= 0),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations_organization` (`id`),
  FOREIGN KEY (`user_account_id`) REFERENCES `accounts_useraccount` (`id`)
);

CREATE TABLE `places_country` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `places_region` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `country_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `places_country` (`id`)
);

CREATE TABLE `places_area` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `region_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`region_id`) REFERENCES `places_region` (`id`)
);

CREATE TABLE `places_place` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `area_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`area_id`) REFERENCES `places_area` (`id`)
);

CREATE TABLE `organizations_facility` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `description` longtext NOT NULL,
  `contact_info` longtext NOT NULL,
  `address` longtext NOT NULL,
  `zip_code` varchar(25) NOT NULL,
  `show_on_map` tinyint(1) NOT NULL,
  `latitude` varchar(30) NOT NULL,
  `longitude` varchar(30) NOT NULL,
  `organization_id` int(11) NOT NULL,
  `place_id` int(11) NOT NULL,
  `slug` varchar(80) NOT NULL,
  `join_mode` smallint(5) unsigned NOT NULL CHECK (`join_mode` >= 0),
  `timeline_enabled` smallint(5) unsigned NOT NULL CHECK (`timeline_enabled` >= 0),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations_organization` (`id`),
  FOREIGN KEY (`place_id`) REFERENCES `places_place` (`id`)
);

CREATE TABLE `news_newsentry` (
  `slug` varchar(255) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` date NOT NULL,
  `title` varchar(255) NOT NULL,
  `subtitle` varchar(255) DEFAULT NULL,
  `text` longtext NOT NULL,
  `facility_id` int(11) DEFAULT NULL,
  `organization_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`facility_id`) REFERENCES `organizations_facility` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations_organization` (`id`)
);

CREATE TABLE `organizations_facilitymembership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` smallint(5) unsigned NOT NULL,
  `facility_id` int(11) NOT NULL,
  `user_account_id` int(11) NOT NULL,
  `status` smallint(5) unsigned NOT NULL CHECK (`status` >= 0),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`facility_id`) REFERENCES `organizations_facility` (`id`),
  FOREIGN KEY (`user_account_id`) REFERENCES `accounts_useraccount` (`id`)
);

CREATE TABLE `organizations_task` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `description` longtext NOT NULL,
  `facility_id` int(11) NOT NULL,
  `priority` smallint(5) unsigned DEFAULT NULL CHECK (`priority` >= 0),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`facility_id`) REFERENCES `organizations_facility` (`id`)
);

CREATE TABLE `organizations_workplace` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `description` longtext NOT NULL,
  `facility_id` int(11) NOT NULL,
  `priority` smallint(5) unsigned DEFAULT NULL CHECK (`priority` >= 0),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`facility_id`) REFERENCES `organizations_facility` (`id`)
);

CREATE TABLE `registration_registrationprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activation_key` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  `activated` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `registration_supervisedregistrationprofile` (
  `registrationprofile_ptr_id` int(11) NOT NULL,
  PRIMARY KEY (`registrationprofile_ptr_id`),
  FOREIGN KEY (`registrationprofile_ptr_id`) REFERENCES `registration_registrationprofile` (`id`)
);

CREATE TABLE `scheduler_shift` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slots` int(10) unsigned NOT NULL,
  `ending_time` datetime(6) NOT NULL,
  `starting_time` datetime(6) NOT NULL,
  `facility_id` int(11) NOT NULL,
  `task_id` int(11) NOT NULL,
  `workplace_id` int(11) DEFAULT NULL,
  `members_only` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`facility_id`) REFERENCES `organizations_facility` (`id`),
  FOREIGN KEY (`task_id`) REFERENCES `organizations_task` (`id`),
  FOREIGN KEY (`workplace_id`) REFERENCES `organizations_workplace` (`id`),
  CONSTRAINT `scheduler_shift_slots_3114ed78_check` CHECK (`slots` >= 0)
);

CREATE TABLE `scheduler_shifthelper` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `joined_shift_at` datetime(6) NOT NULL,
  `shift_id` int(11) NOT NULL,
  `user_account_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_account_id`) REFERENCES `accounts_useraccount` (`id`),
  FOREIGN KEY (`shift_id`) REFERENCES `scheduler_shift` (`id`)
);

CREATE TABLE `scheduler_shiftmessagetohelpers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` longtext NOT NULL,
  `send_date` datetime(6) NOT NULL,
  `sender_id` int(11) DEFAULT NULL,
  `shift_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`sender_id`) REFERENCES `accounts_useraccount` (`id`),
  FOREIGN KEY (`shift_id`) REFERENCES `scheduler_shift` (`id`)
);

CREATE TABLE `scheduler_shiftmessagetohelpers_recipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `shiftmessagetohelpers_id` int(11) NOT NULL,
  `useraccount_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`shiftmessagetohelpers_id`) REFERENCES `scheduler_shiftmessagetohelpers` (`id`),
  FOREIGN KEY (`useraccount_id`) REFERENCES `accounts_useraccount` (`id`)
);

CREATE TABLE `scheduletemplates_scheduletemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `facility_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`facility_id`) REFERENCES `organizations_facility` (`id`)
);

CREATE TABLE `scheduletemplates_shifttemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slots` int(10) unsigned NOT NULL,
  `starting_time` time(6) NOT NULL,
  `ending_time` time(6) NOT NULL,
  `days` int(10) unsigned NOT NULL CHECK (`days` >= 0),
  `schedule_template_id` int(11) NOT NULL,
  `task_id` int(11) NOT NULL,
  `workplace_id` int(11) DEFAULT NULL,
  `members_only` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`schedule_template_id`) REFERENCES `scheduletemplates_scheduletemplate` (`id`),
  FOREIGN KEY (`task_id`) REFERENCES `organizations_task` (`id`),
  FOREIGN KEY (`workplace_id`) REFERENCES `organizations_workplace` (`id`),
  CONSTRAINT `scheduletemplates_shifttemplate_slots_bb4a618d_check` CHECK (`slots` >= 0)
);

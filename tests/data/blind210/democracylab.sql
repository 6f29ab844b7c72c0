-- DemocracyLab (CivicTechExchange): volunteer matching for civic-tech projects (volunteers, projects and their open
-- positions, volunteer applications and roles, groups, hackathon events, RSVPs, conference rooms)
-- Upstream: github.com/DemocracyLab/CivicTechExchange, commit 84f25309d7d91eea5abc235f9c3c62d67b8ac215 (MIT)
-- Made from upstream's Django migrations (civictechprojects/, common/ and democracylab/ migrations, read as text
-- and replayed in order: CreateModel, AddField, AlterField, RemoveField, RenameField, DeleteModel), so the columns
-- are in the order the migrations create them. Django's contrib tables (contenttypes, auth with the default
-- auth_user that democracylab_contributor extends by multi-table inheritance, sessions, admin), django-allauth 0.50
-- (account, socialaccount) and django-taggit 4.0 tables as those packages create them.
-- Types as Django's MySQL backend writes them: AutoField int AUTO_INCREMENT, CharField varchar(max_length) (longtext
-- where max_length exceeds what a MySQL varchar holds, e.g. about_me max_length=100000), TextField longtext,
-- DateTimeField datetime(6), BooleanField tinyint(1), JSONField json, TimeZoneField varchar(63), PostGIS PointField
-- geometry. TaggableManager fields have no column (their `through` tables are the civictechprojects_tagged*
-- tables). Indexes left out; unique keys and foreign keys kept.
CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_uniq1` (`app_label`, `model`)
);

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_code_uniq1` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_fk1` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_uniq1` (`name`)
);

CREATE TABLE `auth_user` (
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
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_uniq1` (`username`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
);

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
  CONSTRAINT `django_admin_log_content_type_id_fk1` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_fk2` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `account_emailaddress` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_uniq1` (`user_id`, `email`),
  CONSTRAINT `account_emailaddress_user_id_fk1` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `account_emailconfirmation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6),
  `key` varchar(64) NOT NULL,
  `email_address_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailconfirmation_key_uniq1` (`key`),
  CONSTRAINT `account_emailconfirmation_email_address_id_fk1` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
);

CREATE TABLE `socialaccount_socialapp` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `socialaccount_socialaccount` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_uniq1` (`provider`, `uid`),
  CONSTRAINT `socialaccount_socialaccount_user_id_fk1` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `socialaccount_socialtoken` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6),
  `account_id` int NOT NULL,
  `app_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_uniq1` (`app_id`, `account_id`),
  CONSTRAINT `socialaccount_socialtoken_account_id_fk1` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_socialtoken_app_id_fk2` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
);

CREATE TABLE `taggit_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggit_tag_name_uniq1` (`name`),
  UNIQUE KEY `taggit_tag_slug_uniq2` (`slug`)
);

CREATE TABLE `taggit_taggeditem` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_id` int NOT NULL,
  `content_type_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggit_taggeditem_content_type_id_obje_uniq1` (`content_type_id`, `object_id`, `tag_id`),
  CONSTRAINT `taggit_taggeditem_content_type_id_fk1` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `taggit_taggeditem_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `democracylab_contributor` (
  `user_ptr_id` int NOT NULL,
  `postal_code` varchar(20) NOT NULL,
  `phone_primary` varchar(200) NOT NULL,
  `about_me` longtext NOT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `country` varchar(2) NOT NULL,
  `qiqo_uuid` varchar(50) NOT NULL,
  `uuid` varchar(32) NOT NULL,
  `qiqo_signup_time` datetime(6),
  PRIMARY KEY (`user_ptr_id`),
  CONSTRAINT `democracylab_contributor_user_ptr_id_fk1` FOREIGN KEY (`user_ptr_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `civictechprojects_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `deleted` tinyint(1) NOT NULL,
  `event_agenda` varchar(4000) NOT NULL,
  `event_date_created` datetime(6),
  `event_date_end` datetime(6) NOT NULL,
  `event_date_modified` datetime(6),
  `event_date_start` datetime(6) NOT NULL,
  `event_description` varchar(4000) NOT NULL,
  `event_location` varchar(200) NOT NULL,
  `event_name` varchar(200) NOT NULL,
  `event_rsvp_url` varchar(2083) NOT NULL,
  `event_short_description` varchar(140) NOT NULL,
  `is_searchable` tinyint(1) NOT NULL,
  `is_created` tinyint(1) NOT NULL,
  `event_creator_id` int NOT NULL,
  `event_live_id` varchar(50) NOT NULL,
  `event_organizers_text` varchar(200) NOT NULL,
  `event_slug` varchar(100) NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  `show_headers` tinyint(1) NOT NULL,
  `is_activated` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_event_event_creator_id_fk1` FOREIGN KEY (`event_creator_id`) REFERENCES `democracylab_contributor` (`user_ptr_id`)
);

CREATE TABLE `civictechprojects_project` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_name` varchar(200) NOT NULL,
  `project_url` varchar(2083) NOT NULL,
  `project_description` varchar(4000) NOT NULL,
  `project_creator_id` int NOT NULL,
  `project_location` varchar(200) NOT NULL,
  `is_searchable` tinyint(1) NOT NULL,
  `project_date_modified` datetime(6),
  `project_short_description` varchar(140) NOT NULL,
  `project_date_created` datetime(6),
  `deleted` tinyint(1) NOT NULL,
  `is_created` tinyint(1) NOT NULL,
  `project_description_actions` varchar(4000) NOT NULL,
  `project_description_solution` varchar(4000) NOT NULL,
  `project_location_coords` geometry,
  `project_city` varchar(100) NOT NULL,
  `project_country` varchar(100) NOT NULL,
  `project_state` varchar(100) NOT NULL,
  `full_text` longtext NOT NULL,
  `event_created_from_id` int,
  `is_private` tinyint(1) NOT NULL,
  `project_slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_project_project_creator__fk1` FOREIGN KEY (`project_creator_id`) REFERENCES `democracylab_contributor` (`user_ptr_id`),
  CONSTRAINT `civictechprojects_project_event_created_fr_fk2` FOREIGN KEY (`event_created_from_id`) REFERENCES `civictechprojects_event` (`id`)
);

CREATE TABLE `civictechprojects_taggedissueareas` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_taggedissueareas_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_taggedissueareas_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `civictechprojects_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `deleted` tinyint(1) NOT NULL,
  `group_date_created` datetime(6),
  `group_date_modified` datetime(6),
  `group_description` varchar(4000) NOT NULL,
  `group_name` varchar(200) NOT NULL,
  `group_short_description` varchar(140) NOT NULL,
  `is_searchable` tinyint(1) NOT NULL,
  `is_created` tinyint(1) NOT NULL,
  `group_creator_id` int NOT NULL,
  `group_city` varchar(100) NOT NULL,
  `group_country` varchar(100) NOT NULL,
  `group_location_coords` geometry,
  `group_state` varchar(100) NOT NULL,
  `group_url` varchar(2083) NOT NULL,
  `group_location` varchar(200) NOT NULL,
  `group_slug` varchar(100) NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_group_group_creator_id_fk1` FOREIGN KEY (`group_creator_id`) REFERENCES `democracylab_contributor` (`user_ptr_id`)
);

CREATE TABLE `civictechprojects_projectfile` (
  `id` int NOT NULL AUTO_INCREMENT,
  `file_visibility` varchar(50) NOT NULL,
  `file_name` varchar(300) NOT NULL,
  `file_key` varchar(400) NOT NULL,
  `file_url` varchar(2083) NOT NULL,
  `file_type` varchar(50) NOT NULL,
  `file_category` varchar(50) NOT NULL,
  `file_project_id` int,
  `file_user_id` int,
  `file_event_id` int,
  `file_group_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_projectfile_file_project_id_fk1` FOREIGN KEY (`file_project_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_projectfile_file_user_id_fk2` FOREIGN KEY (`file_user_id`) REFERENCES `democracylab_contributor` (`user_ptr_id`),
  CONSTRAINT `civictechprojects_projectfile_file_event_id_fk3` FOREIGN KEY (`file_event_id`) REFERENCES `civictechprojects_event` (`id`),
  CONSTRAINT `civictechprojects_projectfile_file_group_id_fk4` FOREIGN KEY (`file_group_id`) REFERENCES `civictechprojects_group` (`id`)
);

CREATE TABLE `civictechprojects_projectlink` (
  `id` int NOT NULL AUTO_INCREMENT,
  `link_name` varchar(200) NOT NULL,
  `link_url` varchar(2083) NOT NULL,
  `link_visibility` varchar(50) NOT NULL,
  `link_project_id` int,
  `link_user_id` int,
  `link_event_id` int,
  `link_group_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_projectlink_link_project_id_fk1` FOREIGN KEY (`link_project_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_projectlink_link_user_id_fk2` FOREIGN KEY (`link_user_id`) REFERENCES `democracylab_contributor` (`user_ptr_id`),
  CONSTRAINT `civictechprojects_projectlink_link_event_id_fk3` FOREIGN KEY (`link_event_id`) REFERENCES `civictechprojects_event` (`id`),
  CONSTRAINT `civictechprojects_projectlink_link_group_id_fk4` FOREIGN KEY (`link_group_id`) REFERENCES `civictechprojects_group` (`id`)
);

CREATE TABLE `civictechprojects_taggedtechnologies` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_taggedtechnologies_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_taggedtechnologies_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `civictechprojects_projectposition` (
  `id` int NOT NULL AUTO_INCREMENT,
  `position_description` varchar(3000) NOT NULL,
  `position_project_id` int NOT NULL,
  `description_url` varchar(2083) NOT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  `order_number` int unsigned NOT NULL,
  `position_event_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_projectposition_position_project_fk1` FOREIGN KEY (`position_project_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_projectposition_position_event_i_fk2` FOREIGN KEY (`position_event_id`) REFERENCES `civictechprojects_event` (`id`)
);

CREATE TABLE `civictechprojects_taggedpositionrole` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_taggedpositionrole_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `civictechprojects_projectposition` (`id`),
  CONSTRAINT `civictechprojects_taggedpositionrole_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `civictechprojects_taggedorganization` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_taggedorganization_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_taggedorganization_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `civictechprojects_useralert` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `filters` varchar(2083) NOT NULL,
  `country` varchar(2) NOT NULL,
  `postal_code` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `civictechprojects_taggedstage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_taggedstage_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_taggedstage_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `civictechprojects_volunteerrelation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `application_text` varchar(10000) NOT NULL,
  `is_approved` tinyint(1) NOT NULL,
  `project_id` int NOT NULL,
  `volunteer_id` int NOT NULL,
  `projected_end_date` datetime(6),
  `is_co_owner` tinyint(1) NOT NULL,
  `application_date` datetime(6) NOT NULL,
  `last_reminder_date` datetime(6),
  `reminder_count` int NOT NULL,
  `approved_date` datetime(6),
  `re_enroll_last_reminder_date` datetime(6),
  `re_enroll_reminder_count` int NOT NULL,
  `re_enrolled_last_date` datetime(6),
  `deleted` tinyint(1) NOT NULL,
  `is_team_leader` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_volunteerrelation_project_id_fk1` FOREIGN KEY (`project_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_volunteerrelation_volunteer_id_fk2` FOREIGN KEY (`volunteer_id`) REFERENCES `democracylab_contributor` (`user_ptr_id`)
);

CREATE TABLE `civictechprojects_taggedvolunteerrole` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_taggedvolunteerrole_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `civictechprojects_volunteerrelation` (`id`),
  CONSTRAINT `civictechprojects_taggedvolunteerrole_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `civictechprojects_taggedorganizationtype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_taggedorganizationtype_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_taggedorganizationtype_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `civictechprojects_projectcommit` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_name` varchar(200) NOT NULL,
  `user_link` varchar(2083) NOT NULL,
  `user_avatar_link` varchar(2083) NOT NULL,
  `commit_date` datetime(6) NOT NULL,
  `commit_sha` varchar(40) NOT NULL,
  `commit_title` varchar(2000) NOT NULL,
  `branch_name` varchar(200) NOT NULL,
  `repo_name` varchar(200) NOT NULL,
  `commit_project_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_projectcommit_commit_project_i_fk1` FOREIGN KEY (`commit_project_id`) REFERENCES `civictechprojects_project` (`id`)
);

CREATE TABLE `civictechprojects_projectrelationship` (
  `id` int NOT NULL AUTO_INCREMENT,
  `relationship_event_id` int,
  `relationship_group_id` int,
  `relationship_project_id` int,
  `is_approved` tinyint(1) NOT NULL,
  `project_initiated` tinyint(1) NOT NULL,
  `introduction_text` varchar(10000) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_projectrelationship_relationship_eve_fk1` FOREIGN KEY (`relationship_event_id`) REFERENCES `civictechprojects_event` (`id`),
  CONSTRAINT `civictechprojects_projectrelationship_relationship_gro_fk2` FOREIGN KEY (`relationship_group_id`) REFERENCES `civictechprojects_group` (`id`),
  CONSTRAINT `civictechprojects_projectrelationship_relationship_pro_fk3` FOREIGN KEY (`relationship_project_id`) REFERENCES `civictechprojects_project` (`id`)
);

CREATE TABLE `civictechprojects_taggedeventorganization` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_taggedeventorganizatio_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `civictechprojects_event` (`id`),
  CONSTRAINT `civictechprojects_taggedeventorganizatio_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `civictechprojects_namerecord` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `event_id` int,
  `group_id` int,
  `project_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_namerecord_event_id_fk1` FOREIGN KEY (`event_id`) REFERENCES `civictechprojects_event` (`id`),
  CONSTRAINT `civictechprojects_namerecord_group_id_fk2` FOREIGN KEY (`group_id`) REFERENCES `civictechprojects_group` (`id`),
  CONSTRAINT `civictechprojects_namerecord_project_id_fk3` FOREIGN KEY (`project_id`) REFERENCES `civictechprojects_project` (`id`)
);

CREATE TABLE `civictechprojects_testimonial` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `avatar_url` varchar(2083) NOT NULL,
  `title` varchar(100) NOT NULL,
  `text` varchar(2000) NOT NULL,
  `source` varchar(2000) NOT NULL,
  `priority` int NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `civictechprojects_taggedcategory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_taggedcategory_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `civictechprojects_testimonial` (`id`),
  CONSTRAINT `civictechprojects_taggedcategory_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `civictechprojects_projectfavorite` (
  `id` int NOT NULL AUTO_INCREMENT,
  `link_project_id` int NOT NULL,
  `link_user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_projectfavorite_link_project_id_fk1` FOREIGN KEY (`link_project_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_projectfavorite_link_user_id_fk2` FOREIGN KEY (`link_user_id`) REFERENCES `democracylab_contributor` (`user_ptr_id`)
);

CREATE TABLE `civictechprojects_trelloaction` (
  `id` varchar(256) NOT NULL,
  `member_fullname` varchar(1024) NOT NULL,
  `member_id` varchar(256) NOT NULL,
  `board_id` varchar(256) NOT NULL,
  `action_type` varchar(1024) NOT NULL,
  `action_date` datetime(6) NOT NULL,
  `action_project_id` int NOT NULL,
  `member_avatar_base_url` varchar(2083) NOT NULL,
  `action_data` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_trelloaction_action_project_i_fk1` FOREIGN KEY (`action_project_id`) REFERENCES `civictechprojects_project` (`id`)
);

CREATE TABLE `civictechprojects_eventlocationtimezone` (
  `id` int NOT NULL AUTO_INCREMENT,
  `location_name` varchar(100) NOT NULL,
  `address_line_1` varchar(200) NOT NULL,
  `address_line_2` varchar(200) NOT NULL,
  `location_coords` geometry,
  `country` varchar(100) NOT NULL,
  `state` varchar(100) NOT NULL,
  `city` varchar(100) NOT NULL,
  `time_zone` varchar(63),
  `event_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_eventlocationtimezone_event_id_fk1` FOREIGN KEY (`event_id`) REFERENCES `civictechprojects_event` (`id`)
);

CREATE TABLE `civictechprojects_eventproject` (
  `id` int NOT NULL AUTO_INCREMENT,
  `deleted` tinyint(1) NOT NULL,
  `goal` varchar(2000) NOT NULL,
  `scope` varchar(2000) NOT NULL,
  `schedule` varchar(2000) NOT NULL,
  `onboarding_notes` varchar(2000) NOT NULL,
  `creator_id` int NOT NULL,
  `event_id` int NOT NULL,
  `project_id` int NOT NULL,
  `is_remote` tinyint(1),
  `event_time_zone_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_eventproject_creator_id_fk1` FOREIGN KEY (`creator_id`) REFERENCES `democracylab_contributor` (`user_ptr_id`),
  CONSTRAINT `civictechprojects_eventproject_event_id_fk2` FOREIGN KEY (`event_id`) REFERENCES `civictechprojects_event` (`id`),
  CONSTRAINT `civictechprojects_eventproject_project_id_fk3` FOREIGN KEY (`project_id`) REFERENCES `civictechprojects_project` (`id`),
  CONSTRAINT `civictechprojects_eventproject_event_time_zone__fk4` FOREIGN KEY (`event_time_zone_id`) REFERENCES `civictechprojects_eventlocationtimezone` (`id`)
);

CREATE TABLE `civictechprojects_rsvpvolunteerrelation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `deleted` tinyint(1) NOT NULL,
  `application_text` varchar(10000) NOT NULL,
  `rsvp_date` datetime(6) NOT NULL,
  `event_id` int NOT NULL,
  `event_project_id` int,
  `volunteer_id` int NOT NULL,
  `is_remote` tinyint(1),
  `time_zone_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_rsvpvolunteerrelation_event_id_fk1` FOREIGN KEY (`event_id`) REFERENCES `civictechprojects_event` (`id`),
  CONSTRAINT `civictechprojects_rsvpvolunteerrelation_event_project_id_fk2` FOREIGN KEY (`event_project_id`) REFERENCES `civictechprojects_eventproject` (`id`),
  CONSTRAINT `civictechprojects_rsvpvolunteerrelation_volunteer_id_fk3` FOREIGN KEY (`volunteer_id`) REFERENCES `democracylab_contributor` (`user_ptr_id`),
  CONSTRAINT `civictechprojects_rsvpvolunteerrelation_time_zone_id_fk4` FOREIGN KEY (`time_zone_id`) REFERENCES `civictechprojects_eventlocationtimezone` (`id`)
);

CREATE TABLE `civictechprojects_taggedrsvpvolunteerrole` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_taggedrsvpvolunteerrol_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `civictechprojects_rsvpvolunteerrelation` (`id`),
  CONSTRAINT `civictechprojects_taggedrsvpvolunteerrol_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `civictechprojects_eventconferenceroom` (
  `id` int NOT NULL AUTO_INCREMENT,
  `room_number` int NOT NULL,
  `zoom_id` bigint NOT NULL,
  `join_url` varchar(2083) NOT NULL,
  `admin_url` varchar(2083) NOT NULL,
  `last_activated` datetime(6) NOT NULL,
  `event_id` int NOT NULL,
  `event_project_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_eventconferenceroom_event_id_fk1` FOREIGN KEY (`event_id`) REFERENCES `civictechprojects_event` (`id`),
  CONSTRAINT `civictechprojects_eventconferenceroom_event_project_id_fk2` FOREIGN KEY (`event_project_id`) REFERENCES `civictechprojects_eventproject` (`id`)
);

CREATE TABLE `civictechprojects_eventconferenceroomparticipant` (
  `id` int NOT NULL AUTO_INCREMENT,
  `zoom_user_name` varchar(100) NOT NULL,
  `zoom_user_id` bigint NOT NULL,
  `enter_date` datetime(6) NOT NULL,
  `room_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `civictechprojects_eventconferenceroompar_room_id_fk1` FOREIGN KEY (`room_id`) REFERENCES `civictechprojects_eventconferenceroom` (`id`)
);

CREATE TABLE `common_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tag_name` varchar(100) NOT NULL,
  `display_name` varchar(200) NOT NULL,
  `caption` varchar(500) NOT NULL,
  `category` varchar(200) NOT NULL,
  `subcategory` varchar(200) NOT NULL,
  `parent` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `common_tag_tag_name_uniq1` (`tag_name`)
);

CREATE TABLE `democracylab_usertaggedtechnologies` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_object_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `democracylab_usertaggedtechnologies_content_object_i_fk1` FOREIGN KEY (`content_object_id`) REFERENCES `democracylab_contributor` (`user_ptr_id`),
  CONSTRAINT `democracylab_usertaggedtechnologies_tag_id_fk2` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
);

CREATE TABLE `auth_group_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissions_fk1` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_group_permissions_fk2` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);

CREATE TABLE `auth_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_fk1` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_groups_fk2` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `auth_user_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permissions_fk1` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_user_permissions_fk2` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);


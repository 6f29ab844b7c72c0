-- Hypha (HyphaApp/hypha, formerly Open Technology Fund's opentech.fund), github.com/HyphaApp/hypha
-- commit ff57f8d5f3dabc752ac3be4ffced95493f45504d (BSD-3-Clause). All 721 Django migrations (Hypha 6.7.0, Django 5.2, Wagtail 7.0)
-- applied to a scratch PostgreSQL 15 database; 56 of 154 tables written as MySQL DDL from the catalog (see hypha.md).

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `full_name` varchar(255) NOT NULL,
  `slack` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_email_243f6e77_uniq` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_user_id_group_id_b88eab82_uniq` (`user_id`,`group_id`),
  CONSTRAINT `users_user_groups_group_id_9afc8d0e_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `users_user_groups_user_id_5f6f5a90_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_pendingsignup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_pendingsignup_email_key` (`email`),
  UNIQUE KEY `users_pendingsignup_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_confirmaccesstoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(6) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_confirmaccesstoken_user_id_ee8eae5b_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_passkey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `credential_id` varchar(2048) NOT NULL,
  `public_key` varchar(2048) NOT NULL,
  `sign_count` bigint(20) NOT NULL,
  `transports` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_passkey_credential_id_key` (`credential_id`),
  CONSTRAINT `users_passkey_user_id_7be3086d_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_authsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `consent_show` tinyint(1) NOT NULL,
  `consent_text` varchar(255) NOT NULL,
  `consent_help` longtext NOT NULL,
  `extra_text` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `otp_totp_totpdevice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `key` varchar(80) NOT NULL,
  `step` smallint(6) NOT NULL,
  `t0` bigint(20) NOT NULL,
  `digits` smallint(6) NOT NULL,
  `tolerance` smallint(6) NOT NULL,
  `drift` smallint(6) NOT NULL,
  `last_t` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  `throttling_failure_count` int(11) NOT NULL,
  `throttling_failure_timestamp` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `otp_totp_totpdevice_user_id_0fb18292_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `otp_static_staticdevice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  `throttling_failure_count` int(11) NOT NULL,
  `throttling_failure_timestamp` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `otp_static_staticdevice_user_id_7f9cff2b_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `otp_static_statictoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(16) NOT NULL,
  `device_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `otp_static_statictok_device_id_74b7c7d1_fk_otp_stati` FOREIGN KEY (`device_id`) REFERENCES `otp_static_staticdevice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `social_auth_usersocialauth` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `provider` varchar(32) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `extra_data` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_usersocialauth_provider_uid_e6b5e668_uniq` (`provider`,`uid`),
  CONSTRAINT `social_auth_usersocialauth_user_id_17d28448_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
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
  `object_id` longtext,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(6) NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wagtailusers_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submitted_notifications` tinyint(1) NOT NULL,
  `approved_notifications` tinyint(1) NOT NULL,
  `rejected_notifications` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  `preferred_language` varchar(10) NOT NULL,
  `current_time_zone` varchar(40) NOT NULL,
  `avatar` varchar(100) NOT NULL,
  `updated_comments_notifications` tinyint(1) NOT NULL,
  `dismissibles` longtext NOT NULL,
  `theme` varchar(40) NOT NULL,
  `density` varchar(40) NOT NULL,
  `contrast` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `wagtailusers_userprofile_user_id_key` (`user_id`),
  CONSTRAINT `wagtailusers_userprofile_user_id_59c92331_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wagtailcore_page` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `path` varchar(255) NOT NULL,
  `depth` int(11) NOT NULL,
  `numchild` int(11) NOT NULL,
  `title` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `live` tinyint(1) NOT NULL,
  `has_unpublished_changes` tinyint(1) NOT NULL,
  `url_path` longtext NOT NULL,
  `seo_title` varchar(255) NOT NULL,
  `show_in_menus` tinyint(1) NOT NULL,
  `search_description` longtext NOT NULL,
  `go_live_at` datetime(6) DEFAULT NULL,
  `expire_at` datetime(6) DEFAULT NULL,
  `expired` tinyint(1) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `locked` tinyint(1) NOT NULL,
  `latest_revision_created_at` datetime(6) DEFAULT NULL,
  `first_published_at` datetime(6) DEFAULT NULL,
  `live_revision_id` int(11) DEFAULT NULL,
  `last_published_at` datetime(6) DEFAULT NULL,
  `draft_title` varchar(255) NOT NULL,
  `locked_at` datetime(6) DEFAULT NULL,
  `locked_by_id` int(11) DEFAULT NULL,
  `translation_key` char(36) NOT NULL,
  `locale_id` int(11) NOT NULL,
  `alias_of_id` int(11) DEFAULT NULL,
  `latest_revision_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `wagtailcore_page_path_key` (`path`),
  UNIQUE KEY `wagtailcore_page_translation_key_locale_id_9b041bad_uniq` (`translation_key`,`locale_id`),
  CONSTRAINT `wagtailcore_page_alias_of_id_12945502_fk_wagtailcore_page_id` FOREIGN KEY (`alias_of_id`) REFERENCES `wagtailcore_page` (`id`),
  CONSTRAINT `wagtailcore_page_content_type_id_c28424df_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `wagtailcore_page_locked_by_id_bcb86245_fk_users_user_id` FOREIGN KEY (`locked_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `wagtailcore_page_owner_id_fbf7c332_fk_users_user_id` FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_applicationbase` (
  `page_ptr_id` int(11) NOT NULL,
  `workflow_name` varchar(100) NOT NULL,
  `confirmation_text_extra` longtext NOT NULL,
  `from_address` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `to_address` varchar(255) NOT NULL,
  `slack_channel` varchar(128) NOT NULL,
  `guide_link` varchar(255) NOT NULL,
  `show_deadline` tinyint(1) NOT NULL,
  `activity_digest_recipient_emails` longtext,
  `description` longtext,
  `image_id` int(11) DEFAULT NULL,
  `weight` int(11) NOT NULL,
  `list_on_front_page` tinyint(1) NOT NULL,
  PRIMARY KEY (`page_ptr_id`),
  CONSTRAINT `funds_fundtype_page_ptr_id_ff0c8d0b_fk_wagtailcore_page_id` FOREIGN KEY (`page_ptr_id`) REFERENCES `wagtailcore_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_applicationbase_reviewers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicationbase_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `funds_fundtype_reviewers_fundtype_id_user_id_84c96369_uniq` (`applicationbase_id`,`user_id`),
  CONSTRAINT `funds_applicationbas_applicationbase_id_b23e5101_fk_funds_app` FOREIGN KEY (`applicationbase_id`) REFERENCES `funds_applicationbase` (`page_ptr_id`),
  CONSTRAINT `funds_fundtype_reviewers_user_id_7688dd4e_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_roundbase` (
  `page_ptr_id` int(11) NOT NULL,
  `end_date` date DEFAULT NULL,
  `start_date` date DEFAULT NULL,
  `workflow_name` varchar(100) NOT NULL,
  `lead_id` int(11) NOT NULL,
  `sealed` tinyint(1) NOT NULL,
  `submission_id_prefix` varchar(10) NOT NULL,
  PRIMARY KEY (`page_ptr_id`),
  CONSTRAINT `funds_round_lead_id_63bfc9c8_fk_users_user_id` FOREIGN KEY (`lead_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `funds_round_page_ptr_id_471aa253_fk_wagtailcore_page_id` FOREIGN KEY (`page_ptr_id`) REFERENCES `wagtailcore_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_roundbase_reviewers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `roundbase_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `funds_round_reviewers_round_id_user_id_ad282942_uniq` (`roundbase_id`,`user_id`),
  CONSTRAINT `funds_round_reviewers_user_id_d0441672_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `funds_roundbase_revi_roundbase_id_fd355e36_fk_funds_rou` FOREIGN KEY (`roundbase_id`) REFERENCES `funds_roundbase` (`page_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_applicationform` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `form_fields` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_applicationrevision` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `form_data` longtext NOT NULL,
  `submission_id` int(11) NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `is_draft` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `funds_applicationrevision_author_id_44be1a1b_fk_users_user_id` FOREIGN KEY (`author_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_applicationsubmission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `form_data` longtext NOT NULL,
  `submit_time` datetime(6) NOT NULL,
  `page_id` int(11) NOT NULL,
  `round_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `status` varchar(100) NOT NULL,
  `workflow_name` varchar(100) NOT NULL,
  `form_fields` longtext NOT NULL,
  `search_data` longtext NOT NULL,
  `lead_id` int(11) NOT NULL,
  `next_id` int(11) DEFAULT NULL,
  `draft_revision_id` int(11) DEFAULT NULL,
  `live_revision_id` int(11) DEFAULT NULL,
  `summary` longtext,
  `is_archive` tinyint(1) NOT NULL,
  `search_document` longtext,
  `public_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `funds_applicationsubmission_draft_revision_id_key` (`draft_revision_id`),
  UNIQUE KEY `funds_applicationsubmission_live_revision_id_key` (`live_revision_id`),
  UNIQUE KEY `funds_applicationsubmission_next_id_key` (`next_id`),
  UNIQUE KEY `funds_applicationsubmission_public_id_key` (`public_id`),
  CONSTRAINT `funds_applicationsub_draft_revision_id_4ea0eb98_fk_funds_app` FOREIGN KEY (`draft_revision_id`) REFERENCES `funds_applicationrevision` (`id`),
  CONSTRAINT `funds_applicationsub_live_revision_id_4cd058cc_fk_funds_app` FOREIGN KEY (`live_revision_id`) REFERENCES `funds_applicationrevision` (`id`),
  CONSTRAINT `funds_applicationsub_next_id_bdb80721_fk_funds_app` FOREIGN KEY (`next_id`) REFERENCES `funds_applicationsubmission` (`id`),
  CONSTRAINT `funds_applicationsub_page_id_3494ef3e_fk_wagtailco` FOREIGN KEY (`page_id`) REFERENCES `wagtailcore_page` (`id`),
  CONSTRAINT `funds_applicationsub_round_id_0db637c5_fk_wagtailco` FOREIGN KEY (`round_id`) REFERENCES `wagtailcore_page` (`id`),
  CONSTRAINT `funds_applicationsubmission_lead_id_64ac1654_fk_users_user_id` FOREIGN KEY (`lead_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `funds_applicationsubmission_user_id_1ddf5966_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_screeningstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(128) NOT NULL,
  `default` tinyint(1) NOT NULL,
  `yes` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_applicationsubmission_screening_statuses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicationsubmission_id` int(11) NOT NULL,
  `screeningstatus_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `funds_applicationsubmiss_applicationsubmission_id_4c131b65_uniq` (`applicationsubmission_id`,`screeningstatus_id`),
  CONSTRAINT `funds_applicationsub_applicationsubmissio_35c54711_fk_funds_app` FOREIGN KEY (`applicationsubmission_id`) REFERENCES `funds_applicationsubmission` (`id`),
  CONSTRAINT `funds_applicationsub_screeningstatus_id_34069328_fk_funds_scr` FOREIGN KEY (`screeningstatus_id`) REFERENCES `funds_screeningstatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories_metaterm` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `path` varchar(255) NOT NULL,
  `depth` int(11) NOT NULL,
  `numchild` int(11) NOT NULL,
  `name` varchar(50) NOT NULL,
  `is_archived` tinyint(1) NOT NULL,
  `help_text` longtext NOT NULL,
  `filter_on_dashboard` tinyint(1) NOT NULL,
  `available_to_applicants` tinyint(1) NOT NULL,
  `node_order_index` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `categories_metaterm_name_key` (`name`),
  UNIQUE KEY `categories_metaterm_path_key` (`path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_applicationsubmission_meta_terms` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicationsubmission_id` int(11) NOT NULL,
  `metaterm_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `funds_applicationsubmiss_applicationsubmission_id_ff7a830a_uniq` (`applicationsubmission_id`,`metaterm_id`),
  CONSTRAINT `funds_applicationsub_applicationsubmissio_5a3891fc_fk_funds_app` FOREIGN KEY (`applicationsubmission_id`) REFERENCES `funds_applicationsubmission` (`id`),
  CONSTRAINT `funds_applicationsub_metaterm_id_d2795354_fk_categorie` FOREIGN KEY (`metaterm_id`) REFERENCES `categories_metaterm` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_reviewerrole` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `order` int(11) DEFAULT NULL,
  `icon_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_assignedreviewers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reviewer_id` int(11) NOT NULL,
  `role_id` int(11) DEFAULT NULL,
  `submission_id` int(11) NOT NULL,
  `type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `funds_assignedreviewers_submission_id_reviewer_id_a60bc37a_uniq` (`submission_id`,`reviewer_id`),
  UNIQUE KEY `funds_assignedreviewers_submission_id_role_id_e8092666_uniq` (`submission_id`,`role_id`),
  CONSTRAINT `funds_assignedreview_role_id_e0eca5eb_fk_funds_rev` FOREIGN KEY (`role_id`) REFERENCES `funds_reviewerrole` (`id`),
  CONSTRAINT `funds_assignedreview_submission_id_7a311617_fk_funds_app` FOREIGN KEY (`submission_id`) REFERENCES `funds_applicationsubmission` (`id`),
  CONSTRAINT `funds_assignedreviewers_reviewer_id_4f89d0ba_fk_users_user_id` FOREIGN KEY (`reviewer_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `funds_assignedreviewers_type_id_c54ae16d_fk_auth_group_id` FOREIGN KEY (`type_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_coapplicantinvite` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `invited_user_email` varchar(254) NOT NULL,
  `status` varchar(20) NOT NULL,
  `role` longtext NOT NULL,
  `responded_on` datetime(6) DEFAULT NULL,
  `invited_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `invited_by_id` int(11) DEFAULT NULL,
  `submission_id` int(11) NOT NULL,
  `project_permission` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `funds_coapplicantinvite_submission_id_invited_us_bc0e679a_uniq` (`submission_id`,`invited_user_email`),
  CONSTRAINT `funds_coapplicantinv_submission_id_e406adae_fk_funds_app` FOREIGN KEY (`submission_id`) REFERENCES `funds_applicationsubmission` (`id`),
  CONSTRAINT `funds_coapplicantinvite_invited_by_id_1d7678fe_fk_users_user_id` FOREIGN KEY (`invited_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_coapplicant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` longtext NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `invite_id` int(11) NOT NULL,
  `submission_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `project_permission` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `funds_coapplicant_invite_id_key` (`invite_id`),
  UNIQUE KEY `funds_coapplicant_submission_id_user_id_d13cd180_uniq` (`submission_id`,`user_id`),
  CONSTRAINT `funds_coapplicant_invite_id_5b65b511_fk_funds_coa` FOREIGN KEY (`invite_id`) REFERENCES `funds_coapplicantinvite` (`id`),
  CONSTRAINT `funds_coapplicant_submission_id_1c11517a_fk_funds_app` FOREIGN KEY (`submission_id`) REFERENCES `funds_applicationsubmission` (`id`),
  CONSTRAINT `funds_coapplicant_user_id_938c640d_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_reminder` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `time` datetime(6) NOT NULL,
  `action` varchar(50) NOT NULL,
  `sent` tinyint(1) NOT NULL,
  `submission_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `description` longtext NOT NULL,
  `title` varchar(60) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `funds_reminder_submission_id_26902961_fk_funds_app` FOREIGN KEY (`submission_id`) REFERENCES `funds_applicationsubmission` (`id`),
  CONSTRAINT `funds_reminder_user_id_9099f9e0_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funds_anonymizedsubmission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` double DEFAULT NULL,
  `status` varchar(100) NOT NULL,
  `submit_time` datetime(6) NOT NULL,
  `page_id` int(11) NOT NULL,
  `round_id` int(11) DEFAULT NULL,
  `screening_status_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `funds_anonymizedsubm_page_id_feba55be_fk_wagtailco` FOREIGN KEY (`page_id`) REFERENCES `wagtailcore_page` (`id`),
  CONSTRAINT `funds_anonymizedsubm_round_id_37f923f1_fk_wagtailco` FOREIGN KEY (`round_id`) REFERENCES `wagtailcore_page` (`id`),
  CONSTRAINT `funds_anonymizedsubm_screening_status_id_8fc81b01_fk_funds_scr` FOREIGN KEY (`screening_status_id`) REFERENCES `funds_screeningstatus` (`id`),
  CONSTRAINT `funds_anonymizedsubmission_user_id_6f9283fe_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review_reviewform` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `form_fields` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review_review` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submission_id` int(11) NOT NULL,
  `recommendation` int(11) NOT NULL,
  `score` decimal(10,1) NOT NULL,
  `is_draft` tinyint(1) NOT NULL,
  `form_data` longtext NOT NULL,
  `form_fields` longtext NOT NULL,
  `revision_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `visibility` varchar(10) NOT NULL,
  `author_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `review_review_author_temp_id_key` (`author_id`),
  CONSTRAINT `review_review_author_id_dcb147c1_fk_funds_assignedreviewers_id` FOREIGN KEY (`author_id`) REFERENCES `funds_assignedreviewers` (`id`),
  CONSTRAINT `review_review_revision_id_7b022792_fk_funds_app` FOREIGN KEY (`revision_id`) REFERENCES `funds_applicationrevision` (`id`),
  CONSTRAINT `review_review_submission_id_aedf453a_fk_funds_app` FOREIGN KEY (`submission_id`) REFERENCES `funds_applicationsubmission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review_reviewopinion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `opinion` int(11) NOT NULL,
  `review_id` int(11) NOT NULL,
  `author_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `review_reviewopinion_author_id_105ead8e_fk_funds_ass` FOREIGN KEY (`author_id`) REFERENCES `funds_assignedreviewers` (`id`),
  CONSTRAINT `review_reviewopinion_review_id_619032f2_fk_review_review_id` FOREIGN KEY (`review_id`) REFERENCES `review_review` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `determinations_determinationform` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `form_fields` longtext NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `determinations_determination` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `is_draft` tinyint(1) NOT NULL,
  `author_id` int(11) NOT NULL,
  `submission_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `data` longtext,
  `message` longtext NOT NULL,
  `outcome` int(11) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `send_notice` tinyint(1) NOT NULL,
  `form_data` longtext NOT NULL,
  `form_fields` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `determinations_deter_author_id_0dc70f6b_fk_users_use` FOREIGN KEY (`author_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `determinations_deter_submission_id_ff0f45c8_fk_funds_app` FOREIGN KEY (`submission_id`) REFERENCES `funds_applicationsubmission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `when` datetime(6) NOT NULL,
  `type` varchar(50) NOT NULL,
  `by_id` int(11) DEFAULT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `object_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_event_by_id_e65fa4ed_fk_users_user_id` FOREIGN KEY (`by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `activity_event_content_type_id_2dc8f97b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(15) NOT NULL,
  `content` longtext NOT NULL,
  `recipient` varchar(250) NOT NULL,
  `event_id` int(11) NOT NULL,
  `status` longtext NOT NULL,
  `external_id` varchar(75) DEFAULT NULL,
  `sent_in_email_digest` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_message_event_id_dabab095_fk_activity_event_id` FOREIGN KEY (`event_id`) REFERENCES `activity_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_activity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `message` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  `type` varchar(30) NOT NULL,
  `visibility` varchar(30) NOT NULL,
  `related_content_type_id` int(11) DEFAULT NULL,
  `related_object_id` int(11) DEFAULT NULL,
  `current` tinyint(1) NOT NULL,
  `edited` datetime(6) DEFAULT NULL,
  `previous_id` int(11) DEFAULT NULL,
  `source_content_type_id` int(11) DEFAULT NULL,
  `source_object_id` int(11) DEFAULT NULL,
  `deleted` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_activity_previous_id_d1fcf85d_fk_activity_activity_id` FOREIGN KEY (`previous_id`) REFERENCES `activity_activity` (`id`),
  CONSTRAINT `activity_activity_related_content_type_80eee287_fk_django_co` FOREIGN KEY (`related_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `activity_activity_source_content_type__4191ee5e_fk_django_co` FOREIGN KEY (`source_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `activity_activity_user_id_0667c221_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_activityattachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `file` varchar(100) NOT NULL,
  `activity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_activityattachment_uuid_key` (`uuid`),
  CONSTRAINT `activity_activityatt_activity_id_7ab7a9e9_fk_activity_` FOREIGN KEY (`activity_id`) REFERENCES `activity_activity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flags_flag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `target_object_id` int(11) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `type` varchar(15) NOT NULL,
  `target_content_type_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `flags_flag_target_content_type__6afd8d23_fk_django_co` FOREIGN KEY (`target_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `flags_flag_user_id_8a1ad8e8_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `todo_task` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `related_object_id` int(11) DEFAULT NULL,
  `related_content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `todo_task_related_content_type_ac79bec6_fk_django_co` FOREIGN KEY (`related_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `todo_task_user_id_69f329a5_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `submission_id` int(11) NOT NULL,
  `value` decimal(20,2) NOT NULL,
  `lead_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `proposed_end` date DEFAULT NULL,
  `proposed_start` date DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `is_locked` tinyint(1) NOT NULL,
  `status` longtext NOT NULL,
  `sent_to_compliance_at` datetime(6) DEFAULT NULL,
  `form_data` longtext NOT NULL,
  `form_fields` longtext,
  `external_project_information` longtext NOT NULL,
  `external_projectid` varchar(30) NOT NULL,
  `paf_reviews_meta_data` longtext NOT NULL,
  `submitted_contract_documents` tinyint(1) NOT NULL,
  `contract_number` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `application_projects_project_lead_id_ff670960_fk_users_user_id` FOREIGN KEY (`lead_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `application_projects_project_user_id_d9309b91_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `application_projects_submission_id_af63fb2f_fk_funds_app` FOREIGN KEY (`submission_id`) REFERENCES `funds_applicationsubmission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_projectsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11) NOT NULL,
  `contracting_gp_email` longtext,
  `finance_gp_email` longtext,
  `staff_gp_email` longtext,
  `paf_approval_sequential` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_projects_projectsettings_site_id_key` (`site_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_pafreviewersrole` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sort_order` int(11) DEFAULT NULL,
  `label` varchar(200) NOT NULL,
  `page_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `application_projects_page_id_76a94a44_fk_applicati` FOREIGN KEY (`page_id`) REFERENCES `application_projects_projectsettings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_pafapprovals` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `approved` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `paf_reviewer_role_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `approved_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_projects_paf_project_id_paf_reviewer__ce3346df_uniq` (`project_id`,`paf_reviewer_role_id`),
  CONSTRAINT `application_projects_paf_reviewer_role_id_8e67125d_fk_applicati` FOREIGN KEY (`paf_reviewer_role_id`) REFERENCES `application_projects_pafreviewersrole` (`id`),
  CONSTRAINT `application_projects_project_id_835c15cd_fk_applicati` FOREIGN KEY (`project_id`) REFERENCES `application_projects_project` (`id`),
  CONSTRAINT `application_projects_user_id_e46f2ab2_fk_users_use` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_contract` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file` varchar(100) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `approver_id` int(11) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `approved_at` datetime(6) DEFAULT NULL,
  `signed_by_applicant` tinyint(1) NOT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `uploaded_by_applicant_at` datetime(6) DEFAULT NULL,
  `uploaded_by_contractor_at` datetime(6) DEFAULT NULL,
  `signed_and_approved` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `application_projects_approver_id_cf7f8cfa_fk_users_use` FOREIGN KEY (`approver_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `application_projects_project_id_508e3b14_fk_applicati` FOREIGN KEY (`project_id`) REFERENCES `application_projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_documentcategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(254) NOT NULL,
  `recommended_minimum` int(11) DEFAULT NULL,
  `required` tinyint(1) NOT NULL,
  `template` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_packetfile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `document` varchar(100) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `created_at` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `application_projects_category_id_3d9ef822_fk_applicati` FOREIGN KEY (`category_id`) REFERENCES `application_projects_documentcategory` (`id`),
  CONSTRAINT `application_projects_project_id_d47c4d02_fk_applicati` FOREIGN KEY (`project_id`) REFERENCES `application_projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_invoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `paid_value` decimal(10,2) DEFAULT NULL,
  `document` varchar(100) NOT NULL,
  `requested_at` datetime(6) NOT NULL,
  `message_for_pm` longtext NOT NULL,
  `comment` longtext NOT NULL,
  `status` varchar(30) NOT NULL,
  `by_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `invoice_amount` decimal(10,2) DEFAULT NULL,
  `invoice_number` varchar(50) DEFAULT NULL,
  `invoice_date` date DEFAULT NULL,
  `paid_date` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `application_projects_invoice_by_id_df3173aa_fk_users_user_id` FOREIGN KEY (`by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `application_projects_project_id_4ca171c0_fk_applicati` FOREIGN KEY (`project_id`) REFERENCES `application_projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_supportingdocument` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `document` varchar(100) NOT NULL,
  `invoice_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `application_projects_invoice_id_0cf75688_fk_applicati` FOREIGN KEY (`invoice_id`) REFERENCES `application_projects_invoice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_reportconfig` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `schedule_start` date DEFAULT NULL,
  `occurrence` smallint(6) NOT NULL,
  `frequency` varchar(6) NOT NULL,
  `project_id` int(11) NOT NULL,
  `disable_reporting` tinyint(1) NOT NULL,
  `does_not_repeat` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_projects_reportconfig_project_id_key` (`project_id`),
  CONSTRAINT `application_projects_project_id_f63b0db9_fk_applicati` FOREIGN KEY (`project_id`) REFERENCES `application_projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_reportversion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submitted` datetime(6) NOT NULL,
  `report_id` int(11) NOT NULL,
  `draft` tinyint(1) NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  `form_data` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `application_projects_author_id_43623e33_fk_users_use` FOREIGN KEY (`author_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_projects_report` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `end_date` date NOT NULL,
  `project_id` int(11) NOT NULL,
  `current_id` int(11) DEFAULT NULL,
  `draft_id` int(11) DEFAULT NULL,
  `submitted` datetime(6) DEFAULT NULL,
  `skipped` tinyint(1) NOT NULL,
  `notified` datetime(6) DEFAULT NULL,
  `form_data` longtext NOT NULL,
  `form_fields` longtext,
  `author_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_projects_report_current_id_key` (`current_id`),
  UNIQUE KEY `application_projects_report_draft_id_key` (`draft_id`),
  CONSTRAINT `application_projects_current_id_257e1c4b_fk_applicati` FOREIGN KEY (`current_id`) REFERENCES `application_projects_reportversion` (`id`),
  CONSTRAINT `application_projects_draft_id_c7b28e9a_fk_applicati` FOREIGN KEY (`draft_id`) REFERENCES `application_projects_reportversion` (`id`),
  CONSTRAINT `application_projects_project_id_74feb80e_fk_applicati` FOREIGN KEY (`project_id`) REFERENCES `application_projects_project` (`id`),
  CONSTRAINT `application_projects_report_author_id_2141a87c_fk_users_user_id` FOREIGN KEY (`author_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `funds_applicationrevision` ADD CONSTRAINT `funds_applicationrev_submission_id_fac6dc93_fk_funds_app` FOREIGN KEY (`submission_id`) REFERENCES `funds_applicationsubmission` (`id`);
ALTER TABLE `application_projects_reportversion` ADD CONSTRAINT `application_projects_report_id_ba27ae17_fk_applicati` FOREIGN KEY (`report_id`) REFERENCES `application_projects_report` (`id`);

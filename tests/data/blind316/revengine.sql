-- News Revenue Engine (News Revenue Hub's reader-revenue platform, rev-engine) at
-- github.com/newsrevenuehub/rev-engine commit 7e8119421f3561614cb29473d4eb063a3cc19fd0 (GPL-3.0): the Django
-- migrations of its apps and installed third-party apps (Django 4.2.23 as locked upstream) run into PostgreSQL 15,
-- read back from the catalog and written as MySQL/MariaDB DDL. 41 of 48 tables (the six django_celery_beat_* schedule
-- tables and sorl-thumbnail's thumbnail_kvstore left out), columns in catalog order. integer -> INT, bigint -> BIGINT,
-- smallint -> SMALLINT, varchar(n) -> VARCHAR(n), text -> LONGTEXT, boolean -> TINYINT(1), timestamptz -> DATETIME(6),
-- jsonb -> JSON, uuid -> CHAR(32) and inet -> CHAR(39) (Django's MySQL column types), numeric(p,s) -> DECIMAL(p,s);
-- identity keys -> AUTO_INCREMENT. Primary, unique and foreign keys as in the database (two foreign keys that close a
-- cycle as ALTER TABLE at the end); the three conditional unique constraints (pages_donationpage.unique_slug and the
-- two on emails_transactionalemailrecord) and the non-unique indexes left out.

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_log_activitylog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `actor_object_id` INT,
  `activity_object_object_id` INT NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `activity_object_content_type_id` INT NOT NULL,
  `actor_content_type_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_log_activit_activity_object_cont_757980d9_fk_django_co` FOREIGN KEY (`activity_object_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `activity_log_activit_actor_content_type_i_08ec8608_fk_django_co` FOREIGN KEY (`actor_content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
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

CREATE TABLE `pages_style` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `styles` JSON NOT NULL,
  `revenue_program_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pages_style_name_revenue_program_id_ae7f6777_uniq` (`name`, `revenue_program_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_donationpage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `heading` VARCHAR(255) NOT NULL,
  `graphic` VARCHAR(100),
  `header_bg_image` VARCHAR(100),
  `header_logo` VARCHAR(100),
  `header_link` VARCHAR(200) NOT NULL,
  `sidebar_elements` JSON NOT NULL,
  `thank_you_redirect` VARCHAR(200) NOT NULL,
  `post_thank_you_redirect` VARCHAR(200) NOT NULL,
  `elements` JSON,
  `slug` VARCHAR(50),
  `published_date` DATETIME(6) DEFAULT NULL,
  `page_screenshot` VARCHAR(100),
  `revenue_program_id` INT,
  `styles_id` INT,
  `header_logo_alt_text` VARCHAR(255) NOT NULL,
  `locale` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_name` (`revenue_program_id`, `name`),
  CONSTRAINT `pages_donationpage_styles_id_20713bdc_fk_pages_style_id` FOREIGN KEY (`styles_id`) REFERENCES `pages_style` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_organization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `name` VARCHAR(63) NOT NULL,
  `salesforce_id` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(63) NOT NULL,
  `send_receipt_email_via_nre` TINYINT(1) NOT NULL,
  `plan_name` VARCHAR(10) NOT NULL,
  `show_connected_to_slack` TINYINT(1) NOT NULL,
  `show_connected_to_salesforce` TINYINT(1) NOT NULL,
  `show_connected_to_mailchimp` TINYINT(1) NOT NULL,
  `stripe_subscription_id` VARCHAR(255),
  `uuid` CHAR(32) NOT NULL,
  `show_connected_to_digestbuilder` TINYINT(1) NOT NULL,
  `show_connected_to_eventbrite` TINYINT(1) NOT NULL,
  `show_connected_to_google_analytics` TINYINT(1) NOT NULL,
  `show_connected_to_newspack` TINYINT(1) NOT NULL,
  `disable_reminder_emails` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_organization_name_key` (`name`),
  UNIQUE KEY `organizations_organization_slug_key` (`slug`),
  UNIQUE KEY `organizations_organization_uuid_a83910e5_uniq` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_paymentprovider` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `stripe_account_id` VARCHAR(255),
  `stripe_product_id` VARCHAR(255),
  `currency` VARCHAR(3) NOT NULL,
  `default_payment_provider` VARCHAR(100) NOT NULL,
  `stripe_oauth_refresh_token` VARCHAR(255) NOT NULL,
  `stripe_verified` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_paymentprovider_stripe_account_id_key` (`stripe_account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_revenueprogram` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(63) NOT NULL,
  `contact_email` VARCHAR(255) NOT NULL,
  `domain_apple_verified_date` DATETIME(6) DEFAULT NULL,
  `google_analytics_v3_domain` VARCHAR(300),
  `google_analytics_v3_id` VARCHAR(50),
  `google_analytics_v4_id` VARCHAR(50),
  `facebook_pixel_id` VARCHAR(100),
  `twitter_handle` VARCHAR(15) NOT NULL,
  `website_url` VARCHAR(200) NOT NULL,
  `stripe_statement_descriptor_suffix` VARCHAR(10),
  `allow_offer_nyt_comp` TINYINT(1) NOT NULL,
  `default_donation_page_id` INT,
  `organization_id` INT NOT NULL,
  `payment_provider_id` INT,
  `country` VARCHAR(2) NOT NULL,
  `tax_id` VARCHAR(9),
  `fiscal_sponsor_name` VARCHAR(100),
  `fiscal_status` LONGTEXT NOT NULL,
  `mailchimp_server_prefix` VARCHAR(100),
  `mailchimp_one_time_contributors_segment_id` VARCHAR(100),
  `mailchimp_list_id` LONGTEXT,
  `mailchimp_recurring_contributors_segment_id` VARCHAR(100),
  `contact_phone` VARCHAR(17) NOT NULL,
  `mailchimp_all_contributors_segment_id` VARCHAR(100),
  `activecampaign_server_url` VARCHAR(200),
  `mailchimp_monthly_contributors_segment_id` VARCHAR(100),
  `mailchimp_yearly_contributors_segment_id` VARCHAR(100),
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_revenueprogram_slug_key` (`slug`),
  CONSTRAINT `organizations_revenu_default_donation_pag_9ada6d24_fk_pages_don` FOREIGN KEY (`default_donation_page_id`) REFERENCES `pages_donationpage` (`id`),
  CONSTRAINT `organizations_revenu_organization_id_aa9141fd_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organizations_organization` (`id`),
  CONSTRAINT `organizations_revenu_payment_provider_id_7d8fe64c_fk_organizat` FOREIGN KEY (`payment_provider_id`) REFERENCES `organizations_paymentprovider` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_socialmeta` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(95) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `url` VARCHAR(200) NOT NULL,
  `card` VARCHAR(100),
  `revenue_program_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `common_socialmeta_revenue_program_id_key` (`revenue_program_id`),
  CONSTRAINT `common_socialmeta_revenue_program_id_2f8dd94a_fk_organizat` FOREIGN KEY (`revenue_program_id`) REFERENCES `organizations_revenueprogram` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config_denylistword` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `word` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `config_denylistword_word_key` (`word`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contributions_contributor` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `uuid` CHAR(32) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `email_future` VARCHAR(254),
  PRIMARY KEY (`id`),
  UNIQUE KEY `contributions_contributor_email_future_key` (`email_future`),
  UNIQUE KEY `contributions_contributor_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contributions_contribution` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `amount` INT NOT NULL,
  `currency` VARCHAR(3) NOT NULL,
  `reason` VARCHAR(255) NOT NULL,
  `interval` VARCHAR(8) NOT NULL,
  `payment_provider_used` VARCHAR(64) NOT NULL,
  `provider_payment_id` VARCHAR(255),
  `provider_subscription_id` VARCHAR(255),
  `provider_customer_id` VARCHAR(255),
  `provider_payment_method_id` VARCHAR(255),
  `provider_payment_method_details` JSON,
  `last_payment_date` DATETIME(6) DEFAULT NULL,
  `bad_actor_score` INT,
  `bad_actor_response` JSON,
  `flagged_date` DATETIME(6) DEFAULT NULL,
  `contribution_metadata` JSON,
  `status` VARCHAR(10),
  `contributor_id` INT NOT NULL,
  `donation_page_id` INT,
  `provider_setup_intent_id` VARCHAR(255),
  `uuid` CHAR(32) NOT NULL,
  `_revenue_program_id` INT,
  `quarantine_status` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `contributions_contributi_provider_setup_intent_id_2c3bb8d5_uniq` (`provider_setup_intent_id`),
  UNIQUE KEY `contributions_contributi_provider_subscription_id_bbc64caf_uniq` (`provider_subscription_id`),
  UNIQUE KEY `contributions_contribution_provider_payment_id_b998b0cb_uniq` (`provider_payment_id`),
  CONSTRAINT `contributions_contri__revenue_program_id_de752945_fk_organizat` FOREIGN KEY (`_revenue_program_id`) REFERENCES `organizations_revenueprogram` (`id`),
  CONSTRAINT `contributions_contri_contributor_id_e094d6fc_fk_contribut` FOREIGN KEY (`contributor_id`) REFERENCES `contributions_contributor` (`id`),
  CONSTRAINT `contributions_contri_donation_page_id_8eed2d25_fk_pages_don` FOREIGN KEY (`donation_page_id`) REFERENCES `pages_donationpage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contributions_payment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `net_amount_paid` INT NOT NULL,
  `gross_amount_paid` INT NOT NULL,
  `amount_refunded` INT NOT NULL,
  `stripe_balance_transaction_id` VARCHAR(255) NOT NULL,
  `contribution_id` INT NOT NULL,
  `transaction_time` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contributions_payment_stripe_balance_transaction_id_key` (`stripe_balance_transaction_id`),
  CONSTRAINT `contributions_paymen_contribution_id_6f774e02_fk_contribut` FOREIGN KEY (`contribution_id`) REFERENCES `contributions_contribution` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6) DEFAULT NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `accepted_terms_of_service` DATETIME(6) DEFAULT NULL,
  `email_verified` TINYINT(1) NOT NULL,
  `first_name` VARCHAR(50),
  `job_title` VARCHAR(50),
  `last_name` VARCHAR(50),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` LONGTEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` LONGTEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `applied` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_rest_passwordreset_resetpasswordtoken` (
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(64) NOT NULL,
  `ip_address` CHAR(39),
  `user_agent` VARCHAR(512) NOT NULL,
  `user_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_rest_passwordreset_resetpasswordtoken_key_f1b65873_uniq` (`key`),
  CONSTRAINT `django_rest_password_user_id_e8015b11_fk_users_use` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `element_media_mediaimage` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `spa_key` CHAR(32) NOT NULL,
  `image` VARCHAR(100),
  `thumbnail` VARCHAR(100),
  `image_attrs` JSON,
  `page_id_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `element_media_mediai_page_id_id_8367e869_fk_pages_don` FOREIGN KEY (`page_id_id`) REFERENCES `pages_donationpage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emails_emailcustomization` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `content_html` LONGTEXT NOT NULL,
  `email_type` VARCHAR(30) NOT NULL,
  `email_block` VARCHAR(30) NOT NULL,
  `revenue_program_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `emails_emailcustomizatio_revenue_program_id_email_e4cabd98_uniq` (`revenue_program_id`, `email_type`, `email_block`),
  CONSTRAINT `emails_emailcustomiz_revenue_program_id_b4ecbc7f_fk_organizat` FOREIGN KEY (`revenue_program_id`) REFERENCES `organizations_revenueprogram` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emails_transactionalemailrecord` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `sent_on` DATETIME(6) NOT NULL,
  `contribution_id` INT NOT NULL,
  `unique_identifier` VARCHAR(300),
  PRIMARY KEY (`id`),
  CONSTRAINT `emails_transactional_contribution_id_7b2e8ef5_fk_contribut` FOREIGN KEY (`contribution_id`) REFERENCES `contributions_contribution` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knox_authtoken` (
  `digest` VARCHAR(128) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `expiry` DATETIME(6) DEFAULT NULL,
  `token_key` VARCHAR(25) NOT NULL,
  PRIMARY KEY (`digest`),
  CONSTRAINT `knox_authtoken_user_id_e5a5d899_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_benefit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `revenue_program_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_benefit_name_revenue_program_id_49ac79dd_uniq` (`name`, `revenue_program_id`),
  CONSTRAINT `organizations_benefi_revenue_program_id_299887dd_fk_organizat` FOREIGN KEY (`revenue_program_id`) REFERENCES `organizations_revenueprogram` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_benefitlevel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `lower_limit` INT NOT NULL,
  `upper_limit` INT,
  `currency` VARCHAR(3) NOT NULL,
  `level` SMALLINT NOT NULL,
  `revenue_program_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_benefitlev_name_revenue_program_id_05ce253c_uniq` (`name`, `revenue_program_id`),
  CONSTRAINT `organizations_benefi_revenue_program_id_d26bc1cc_fk_organizat` FOREIGN KEY (`revenue_program_id`) REFERENCES `organizations_revenueprogram` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_benefitlevelbenefit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `order` SMALLINT NOT NULL,
  `benefit_id` INT NOT NULL,
  `benefit_level_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `organizations_benefi_benefit_id_3e6996bb_fk_organizat` FOREIGN KEY (`benefit_id`) REFERENCES `organizations_benefit` (`id`),
  CONSTRAINT `organizations_benefi_benefit_level_id_cc9eedde_fk_organizat` FOREIGN KEY (`benefit_level_id`) REFERENCES `organizations_benefitlevel` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_defaultpagelogo` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `logo` VARCHAR(100),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_font` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `source` VARCHAR(7) NOT NULL,
  `font_name` VARCHAR(255) NOT NULL,
  `accessor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pages_font_font_name_key` (`font_name`),
  UNIQUE KEY `pages_font_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reversion_revision` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date_created` DATETIME(6) NOT NULL,
  `comment` LONGTEXT NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `reversion_revision_user_id_17095f45_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reversion_version` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` VARCHAR(191) NOT NULL,
  `format` VARCHAR(255) NOT NULL,
  `serialized_data` LONGTEXT NOT NULL,
  `object_repr` LONGTEXT NOT NULL,
  `content_type_id` INT NOT NULL,
  `revision_id` INT NOT NULL,
  `db` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reversion_version_db_content_type_id_objec_b2c54f65_uniq` (`db`, `content_type_id`, `object_id`, `revision_id`),
  CONSTRAINT `reversion_version_content_type_id_7d0ff25c_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `reversion_version_revision_id_af9f6a9d_fk_reversion_revision_id` FOREIGN KEY (`revision_id`) REFERENCES `reversion_revision` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_organizationuser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_owner` TINYINT(1) NOT NULL,
  `organization_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_organizationus_organization_id_7c541723_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organizations_organization` (`id`),
  CONSTRAINT `users_organizationuser_user_id_cdb8e363_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roleassignment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `role_type` VARCHAR(50) NOT NULL,
  `organization_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_roleassignment_user_id_key` (`user_id`),
  CONSTRAINT `users_roleassignment_organization_id_9b389b00_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organizations_organization` (`id`),
  CONSTRAINT `users_roleassignment_user_id_6c1c326d_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roleassignment_revenue_programs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `roleassignment_id` INT NOT NULL,
  `revenueprogram_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_roleassignment_rev_roleassignment_id_revenu_a927dad1_uniq` (`roleassignment_id`, `revenueprogram_id`),
  CONSTRAINT `users_roleassignment_revenueprogram_id_d3a1fef5_fk_organizat` FOREIGN KEY (`revenueprogram_id`) REFERENCES `organizations_revenueprogram` (`id`),
  CONSTRAINT `users_roleassignment_roleassignment_id_117f8790_fk_users_rol` FOREIGN KEY (`roleassignment_id`) REFERENCES `users_roleassignment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_user_id_group_id_b88eab82_uniq` (`user_id`, `group_id`),
  CONSTRAINT `users_user_groups_group_id_9afc8d0e_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `users_user_groups_user_id_5f6f5a90_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_user_permissions_user_id_permission_id_43338c45_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `users_user_user_perm_permission_id_0b93982e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `users_user_user_permissions_user_id_20aca447_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_flag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `everyone` TINYINT(1),
  `percent` DECIMAL(3,1),
  `testing` TINYINT(1) NOT NULL,
  `superusers` TINYINT(1) NOT NULL,
  `staff` TINYINT(1) NOT NULL,
  `authenticated` TINYINT(1) NOT NULL,
  `languages` LONGTEXT NOT NULL,
  `rollout` TINYINT(1) NOT NULL,
  `note` LONGTEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_flag_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `flag_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_groups_flag_id_group_id_8ba0c71b_uniq` (`flag_id`, `group_id`),
  CONSTRAINT `waffle_flag_groups_flag_id_c11c0c05_fk_waffle_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `waffle_flag` (`id`),
  CONSTRAINT `waffle_flag_groups_group_id_a97c4f66_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_flag_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `flag_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_users_flag_id_user_id_b46f76b0_uniq` (`flag_id`, `user_id`),
  CONSTRAINT `waffle_flag_users_flag_id_833c37b0_fk_waffle_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `waffle_flag` (`id`),
  CONSTRAINT `waffle_flag_users_user_id_8026df9b_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_sample` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `percent` DECIMAL(4,1) NOT NULL,
  `note` LONGTEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_sample_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_switch` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `note` LONGTEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_switch_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `pages_style` ADD CONSTRAINT `pages_style_revenue_program_id_6cf164e2_fk_organizat` FOREIGN KEY (`revenue_program_id`) REFERENCES `organizations_revenueprogram` (`id`);
ALTER TABLE `pages_donationpage` ADD CONSTRAINT `pages_donationpage_revenue_program_id_65c20888_fk_organizat` FOREIGN KEY (`revenue_program_id`) REFERENCES `organizations_revenueprogram` (`id`);

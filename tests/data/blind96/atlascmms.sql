SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `own_user` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `email` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `job_title` VARCHAR(255),
  `last_name` VARCHAR(255) NOT NULL,
  `owns_company` TINYINT(1) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255),
  `rate` BIGINT NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `company_id` BIGINT,
  `image_id` BIGINT,
  `location_id` BIGINT,
  `role_id` BIGINT NOT NULL,
  `user_settings_id` BIGINT,
  `enabled_in_subscription` TINYINT(1) NOT NULL,
  `last_login` DATETIME,
  `created_via_sso` TINYINT(1) NOT NULL DEFAULT 0,
  `sso_provider` VARCHAR(255),
  `sso_provider_id` VARCHAR(255),
  `gclid` TEXT,
  `utm_source` VARCHAR(255),
  `utm_medium` VARCHAR(255),
  `utm_campaign` VARCHAR(255),
  `utm_term` VARCHAR(255),
  `utm_content` VARCHAR(255),
  `fbclid` VARCHAR(255),
  `referrer` TEXT,
  `paddle_user_id` TEXT,
  `app_stats_id` BIGINT,
  `shift_configuration_id` BIGINT,
  `session_invalidated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`email`),
  UNIQUE KEY (`app_stats_id`),
  CONSTRAINT `fk_own_user_app_stats` FOREIGN KEY (`app_stats_id`) REFERENCES `user_app_stats` (`id`),
  CONSTRAINT `fkedmmabpmsf25ut5ak07i1rban` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkqwalae8dm1n117q5p2k5xv8mk` FOREIGN KEY (`image_id`) REFERENCES `file` (`id`),
  CONSTRAINT `fkrlvsrdrcmmbtbgeqr8y4j69p4` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `fkssx9vqtrk77wqmtsi1gokyi8l` FOREIGN KEY (`user_settings_id`) REFERENCES `user_settings` (`id`),
  CONSTRAINT `fktmprdfwe8axkp8cobywe2gc1d` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`)
);

CREATE TABLE `user_settings` (
  `id` BIGINT NOT NULL,
  `email_notified` TINYINT(1) NOT NULL,
  `email_updates_for_purchase_orders` TINYINT(1) NOT NULL,
  `email_updates_for_requests` TINYINT(1) NOT NULL,
  `email_updates_for_work_orders` TINYINT(1) NOT NULL,
  `stats_for_assigned_work_orders` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_app_stats` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `completed_work_orders` INT NOT NULL DEFAULT 0,
  `app_sessions` INT NOT NULL DEFAULT 0,
  `last_review_prompt_at` DATETIME,
  `review_prompt_shown_count` INT NOT NULL DEFAULT 0,
  `review_click_count` INT NOT NULL DEFAULT 0,
  `has_rated_app` TINYINT(1) NOT NULL DEFAULT 0,
  `feedback` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `verification_token` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME,
  `expiry_date` DATETIME,
  `token` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  `payload` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk9sh6q5nyk1pmm19t235i67sxk` FOREIGN KEY (`user_id`) REFERENCES `own_user` (`id`)
);

CREATE TABLE `refresh_token` (
  `id` BIGINT NOT NULL,
  `token_hash` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `expires_at` DATETIME,
  `created_at` DATETIME,
  `revoked` TINYINT(1),
  `replaced_by_token_hash` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token_hash`)
);

CREATE TABLE `api_key` (
  `id` BIGINT NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `code` VARCHAR(500) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `company_id` BIGINT NOT NULL,
  `last_used` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `expires_at` DATETIME,
  `revoked_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_invitation` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `email` VARCHAR(255) NOT NULL,
  `role_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkf77hi4ixclj9edbkfheps1sv9` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
);

CREATE TABLE `notification` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `message` VARCHAR(255) NOT NULL,
  `notification_type` SMALLINT,
  `resource_id` BIGINT,
  `seen` TINYINT(1) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk99ahq0v75lcyyue9jk2jx01xh` FOREIGN KEY (`user_id`) REFERENCES `own_user` (`id`)
);

CREATE TABLE `push_notification_token` (
  `id` BIGINT NOT NULL,
  `token` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkrv32gwhy1ktdvrlfeg2y1pcqo` FOREIGN KEY (`user_id`) REFERENCES `own_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `super_account_relation` (
  `id` BIGINT NOT NULL,
  `super_user_id` BIGINT NOT NULL,
  `child_user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_super_account_relation_child_user` FOREIGN KEY (`child_user_id`) REFERENCES `own_user` (`id`),
  CONSTRAINT `fk_super_account_relation_super_user` FOREIGN KEY (`super_user_id`) REFERENCES `own_user` (`id`)
);

CREATE TABLE `revinfo` (
  `rev` INT NOT NULL,
  `revtstmp` BIGINT NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`rev`)
);

CREATE TABLE `role` (
  `id` BIGINT NOT NULL,
  `code` SMALLINT,
  `description` TEXT,
  `external_id` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `paid` TINYINT(1) NOT NULL,
  `role_type` SMALLINT NOT NULL,
  `company_settings_id` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `team` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `description` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `company_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkq7becd703i1w0ry1jxy15qxid` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE
);

CREATE TABLE `t_team_user_associations` (
  `id_user` BIGINT NOT NULL,
  `id_team` BIGINT NOT NULL,
  CONSTRAINT `fk18sbate5bpyyxby399j40x7re` FOREIGN KEY (`id_user`) REFERENCES `own_user` (`id`),
  CONSTRAINT `fk2p1ho57toyn0pe8vq0cgtd10o` FOREIGN KEY (`id_team`) REFERENCES `team` (`id`)
);

CREATE TABLE `customer` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `address` VARCHAR(255),
  `email` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255),
  `website` VARCHAR(255),
  `billing_address` VARCHAR(255),
  `billing_address2` VARCHAR(255),
  `billing_name` VARCHAR(255),
  `customer_type` VARCHAR(255),
  `description` TEXT,
  `rate` BIGINT NOT NULL,
  `company_id` BIGINT NOT NULL,
  `billing_currency_id` BIGINT,
  `is_demo` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk86m32arbbnl01mtk7qjeqi0mu` FOREIGN KEY (`billing_currency_id`) REFERENCES `currency` (`id`),
  CONSTRAINT `fkcc6lvs1hfb70cc5rjbyq0m8is` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE
);

CREATE TABLE `vendor` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `address` VARCHAR(255),
  `email` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255),
  `website` VARCHAR(255),
  `company_name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `rate` BIGINT NOT NULL,
  `vendor_type` VARCHAR(255),
  `company_id` BIGINT NOT NULL,
  `is_demo` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fksfx6gf0an0bo7kwscuhi1hoya` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE
);

CREATE TABLE `request` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `description` TEXT,
  `due_date` DATETIME,
  `estimated_duration` DOUBLE NOT NULL,
  `priority` SMALLINT,
  `required_signature` TINYINT(1) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `cancelled` TINYINT(1) NOT NULL,
  `company_id` BIGINT NOT NULL,
  `asset_id` BIGINT,
  `category_id` BIGINT,
  `image_id` BIGINT,
  `location_id` BIGINT,
  `primary_user_id` BIGINT,
  `team_id` BIGINT,
  `work_order_id` BIGINT,
  `cancellation_reason` TEXT,
  `estimated_start_date` DATETIME,
  `audio_description_id` BIGINT,
  `custom_id` VARCHAR(255),
  `is_demo` TINYINT(1) NOT NULL,
  `request_portal_id` BIGINT,
  `contact` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk3j1uj2uh9af66u9jmfjtvraar` FOREIGN KEY (`image_id`) REFERENCES `file` (`id`),
  CONSTRAINT `fk5w6no964jn5lpg4tpeugv8xx7` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_request_audio_description` FOREIGN KEY (`audio_description_id`) REFERENCES `file` (`id`),
  CONSTRAINT `fk_request_request_portal` FOREIGN KEY (`request_portal_id`) REFERENCES `request_portal` (`id`),
  CONSTRAINT `fkj7y0rwrqngdydkkdcohwisqq6` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `fkml2rlcjiurmq5rjyw1gmsstf6` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`),
  CONSTRAINT `fkn6hy6udqudy40u4cgtwvwtp9l` FOREIGN KEY (`primary_user_id`) REFERENCES `own_user` (`id`),
  CONSTRAINT `fkoo6uxlauwwyxfohx3lver2t0x` FOREIGN KEY (`work_order_id`) REFERENCES `work_order` (`id`),
  CONSTRAINT `fktb79vm0l79yhsnqtllqgf97nl` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`)
);

CREATE TABLE `request_assigned_to` (
  `request_id` BIGINT NOT NULL,
  `assigned_to_id` BIGINT NOT NULL,
  CONSTRAINT `fkeg8mmectqp7vcxgxw7k64wt1h` FOREIGN KEY (`request_id`) REFERENCES `request` (`id`),
  CONSTRAINT `fkqlbo8p3wkhw4ddewc0cx4d28q` FOREIGN KEY (`assigned_to_id`) REFERENCES `own_user` (`id`)
);

CREATE TABLE `request_portal` (
  `id` BIGINT NOT NULL,
  `company_id` BIGINT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `welcome_message` TEXT,
  `uuid` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `work_order` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `description` TEXT,
  `due_date` DATETIME,
  `estimated_duration` DOUBLE NOT NULL,
  `priority` SMALLINT,
  `required_signature` TINYINT(1) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `completed_on` DATETIME,
  `feedback` TEXT,
  `status` SMALLINT,
  `company_id` BIGINT NOT NULL,
  `asset_id` BIGINT,
  `category_id` BIGINT,
  `image_id` BIGINT,
  `location_id` BIGINT,
  `primary_user_id` BIGINT,
  `team_id` BIGINT,
  `completed_by_id` BIGINT,
  `parent_preventive_maintenance_id` BIGINT,
  `parent_request_id` BIGINT,
  `signature_id` BIGINT,
  `first_time_to_react` DATETIME,
  `estimated_start_date` DATETIME,
  `custom_id` VARCHAR(255),
  `signature` TEXT,
  `is_demo` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk3rui6pnm8in4f41ck17h595kg` FOREIGN KEY (`image_id`) REFERENCES `file` (`id`),
  CONSTRAINT `fk89batrcg5n0tvewqhad27e8oa` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkac4vsg728gaycwq1w9o77uw3c` FOREIGN KEY (`completed_by_id`) REFERENCES `own_user` (`id`),
  CONSTRAINT `fkauql9ts1kbmwftgtrjbdys6a3` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`),
  CONSTRAINT `fkdbtdl51i4yup1hs6ek3ecqros` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `fknixhvhyqdk11xntyainal50tf` FOREIGN KEY (`primary_user_id`) REFERENCES `own_user` (`id`),
  CONSTRAINT `fko87wf45c2qbyn4jhgjv8s4s5d` FOREIGN KEY (`parent_request_id`) REFERENCES `request` (`id`),
  CONSTRAINT `fkp4hbmaa9hcp6myymsfyxg6fo2` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`),
  CONSTRAINT `fks33w3o0htu3jkkj4r40w1plvs` FOREIGN KEY (`signature_id`) REFERENCES `file` (`id`)
);

CREATE TABLE `work_order_assigned_to` (
  `work_order_id` BIGINT NOT NULL,
  `assigned_to_id` BIGINT NOT NULL,
  CONSTRAINT `fkmfhu1adi2mobtmdpsprmuo267` FOREIGN KEY (`work_order_id`) REFERENCES `work_order` (`id`),
  CONSTRAINT `fks2pjdwafjgekyxtwj4f82qn4q` FOREIGN KEY (`assigned_to_id`) REFERENCES `own_user` (`id`)
);

CREATE TABLE `work_order_customers` (
  `work_order_id` BIGINT NOT NULL,
  `customers_id` BIGINT NOT NULL,
  CONSTRAINT `fk5c0105hu4penp7v2u9tmjg50w` FOREIGN KEY (`work_order_id`) REFERENCES `work_order` (`id`),
  CONSTRAINT `fkglrmndromgkolt5unqykpu45u` FOREIGN KEY (`customers_id`) REFERENCES `customer` (`id`)
);

CREATE TABLE `work_order_history` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `name` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `work_order_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkggkgvrsfxoevabt4igrse99m3` FOREIGN KEY (`user_id`) REFERENCES `own_user` (`id`),
  CONSTRAINT `fkqxdc4ix6tovtwyr0on2f59hh4` FOREIGN KEY (`work_order_id`) REFERENCES `work_order` (`id`)
);

CREATE TABLE `work_order_aud` (
  `rev` INT NOT NULL,
  `revtype` INT,
  `due_date` DATETIME,
  `priority` SMALLINT,
  `estimated_duration` DOUBLE,
  `description` TEXT,
  `title` VARCHAR(255),
  `required_signature` TINYINT(1),
  `image_id` BIGINT,
  `category_id` BIGINT,
  `location_id` BIGINT,
  `team_id` BIGINT,
  `primary_user_id` BIGINT,
  `completed_by_id` BIGINT,
  `completed_on` DATETIME,
  `status` SMALLINT,
  `signature_id` BIGINT,
  `archived` TINYINT(1),
  `parent_request_id` BIGINT,
  `feedback` TEXT,
  `parent_preventive_maintenance_id` BIGINT,
  `due_date_mod` TINYINT(1),
  `priority_mod` TINYINT(1),
  `estimated_duration_mod` TINYINT(1),
  `description_mod` TINYINT(1),
  `title_mod` TINYINT(1),
  `required_signature_mod` TINYINT(1),
  `image_mod` TINYINT(1),
  `category_mod` TINYINT(1),
  `location_mod` TINYINT(1),
  `team_mod` TINYINT(1),
  `primary_user_mod` TINYINT(1),
  `completed_by_mod` TINYINT(1),
  `completed_on_mod` TINYINT(1),
  `status_mod` TINYINT(1),
  `signature_mod` TINYINT(1),
  `archived_mod` TINYINT(1),
  `parent_request_mod` TINYINT(1),
  `feedback_mod` TINYINT(1),
  `parent_preventive_maintenance_mod` TINYINT(1),
  `asset_id` BIGINT,
  `asset_mod` TINYINT(1),
  `id` BIGINT NOT NULL,
  `estimated_start_date` DATETIME,
  `estimated_start_date_mod` TINYINT(1),
  `custom_id` VARCHAR(255),
  `custom_id_mod` TINYINT(1) DEFAULT 0,
  `signature` TEXT,
  `is_demo` TINYINT(1),
  `is_demo_mod` TINYINT(1),
  PRIMARY KEY (`rev`),
  CONSTRAINT `FK_work_order_AUD_completedBy_id` FOREIGN KEY (`completed_by_id`) REFERENCES `own_user` (`id`),
  CONSTRAINT `FK_work_order_AUD_image_id` FOREIGN KEY (`image_id`) REFERENCES `file` (`id`),
  CONSTRAINT `FK_work_order_AUD_location_id` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `FK_work_order_AUD_parentRequest_id` FOREIGN KEY (`parent_request_id`) REFERENCES `request` (`id`),
  CONSTRAINT `FK_work_order_AUD_primaryUser_id` FOREIGN KEY (`primary_user_id`) REFERENCES `own_user` (`id`),
  CONSTRAINT `FK_work_order_AUD_signature_id` FOREIGN KEY (`signature_id`) REFERENCES `file` (`id`),
  CONSTRAINT `FK_work_order_AUD_team_id` FOREIGN KEY (`team_id`) REFERENCES `team` (`id`)
);

CREATE TABLE `labor` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `duration` BIGINT NOT NULL,
  `hourly_rate` BIGINT NOT NULL,
  `include_to_total_time` TINYINT(1) NOT NULL,
  `logged` TINYINT(1) NOT NULL,
  `started_at` DATETIME,
  `status` SMALLINT,
  `company_id` BIGINT NOT NULL,
  `assigned_to_id` BIGINT,
  `time_category_id` BIGINT,
  `work_order_id` BIGINT NOT NULL,
  `is_demo` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk4p8pded3s0v3w690dfbv829im` FOREIGN KEY (`time_category_id`) REFERENCES `time_category` (`id`),
  CONSTRAINT `fk88ovjan75lbo5xk7k7omt0xb6` FOREIGN KEY (`work_order_id`) REFERENCES `work_order` (`id`),
  CONSTRAINT `fkfqjl9rhhuh45t4tyuo7i5qys9` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkr5slomxbec1ob9k9npjcdad05` FOREIGN KEY (`assigned_to_id`) REFERENCES `own_user` (`id`)
);

CREATE TABLE `additional_cost` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `cost` DOUBLE NOT NULL,
  `date` DATETIME,
  `description` TEXT,
  `include_to_total_cost` TINYINT(1) NOT NULL,
  `category_id` BIGINT,
  `assigned_to_id` BIGINT,
  `work_order_id` BIGINT NOT NULL,
  `is_demo` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk3tboe213wgtlwl476ci6ue5ia` FOREIGN KEY (`work_order_id`) REFERENCES `work_order` (`id`),
  CONSTRAINT `fkov7r0agrfyv2u9v67rd4e4hxf` FOREIGN KEY (`assigned_to_id`) REFERENCES `own_user` (`id`)
);

CREATE TABLE `comment` (
  `id` BIGINT NOT NULL,
  `work_order_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `content` TEXT NOT NULL,
  `company_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_comment_company` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`),
  CONSTRAINT `fk_comment_user` FOREIGN KEY (`user_id`) REFERENCES `own_user` (`id`),
  CONSTRAINT `fk_comment_work_order` FOREIGN KEY (`work_order_id`) REFERENCES `work_order` (`id`)
);

CREATE TABLE `custom_field` (
  `id` BIGINT NOT NULL,
  `label` VARCHAR(255) NOT NULL COMMENT 'Field label',
  `field_type` VARCHAR(50) NOT NULL COMMENT 'Field type enum',
  `entity_type` VARCHAR(50) NOT NULL COMMENT 'Entity type enum (WORK_ORDER, ASSET)',
  `required` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether this field is required',
  `copy_on_repeat` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether to copy field value on repeating work orders',
  `company_settings_id` BIGINT NOT NULL COMMENT 'Foreign key to company_settings',
  `created_by` BIGINT COMMENT 'User ID who created this record',
  `updated_by` BIGINT COMMENT 'User ID who updated this record',
  `created_at` DATETIME NOT NULL COMMENT 'Creation timestamp',
  `updated_at` DATETIME NOT NULL COMMENT 'Last update timestamp',
  `field_order` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `custom_field_value` (
  `id` BIGINT NOT NULL,
  `custom_field_id` BIGINT NOT NULL COMMENT 'Foreign key to custom_field',
  `value` TEXT COMMENT 'Value of the custom field',
  `work_order_id` BIGINT COMMENT 'Foreign key to work_order',
  `asset_id` BIGINT COMMENT 'Foreign key to asset',
  `location_id` BIGINT COMMENT 'Foreign key to location',
  `customer_id` BIGINT COMMENT 'Foreign key to customer',
  `vendor_id` BIGINT COMMENT 'Foreign key to vendor',
  `part_id` BIGINT COMMENT 'Foreign key to part',
  `meter_id` BIGINT COMMENT 'Foreign key to meter',
  `created_by` BIGINT COMMENT 'User ID who created this record',
  `updated_by` BIGINT COMMENT 'User ID who updated this record',
  `created_at` DATETIME NOT NULL COMMENT 'Creation timestamp',
  `updated_at` DATETIME NOT NULL COMMENT 'Last update timestamp',
  `preventive_maintenance_id` BIGINT,
  `request_id` BIGINT,
  `work_order_meter_trigger_id` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `company` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `address` VARCHAR(255),
  `city` VARCHAR(255),
  `email` VARCHAR(255),
  `employees_count` INT NOT NULL,
  `name` VARCHAR(255),
  `phone` VARCHAR(255),
  `state` VARCHAR(255),
  `website` VARCHAR(255),
  `zip_code` VARCHAR(255),
  `company_settings_id` BIGINT,
  `logo_id` BIGINT,
  `subscription_id` BIGINT,
  `demo` TINYINT(1) DEFAULT 0,
  `first_work_order_created` TINYINT(1) NOT NULL DEFAULT 0,
  `invited_users` TINYINT(1) NOT NULL DEFAULT 0,
  `imported_assets` TINYINT(1) NOT NULL DEFAULT 0,
  `ldap_domain` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`ldap_domain`),
  CONSTRAINT `fkd2u2jho0d84whs0ryeg9ixs5t` FOREIGN KEY (`logo_id`) REFERENCES `file` (`id`),
  CONSTRAINT `fkr5eqioud6jn02js440qjt6mxb` FOREIGN KEY (`subscription_id`) REFERENCES `subscription` (`id`)
);

CREATE TABLE `general_preferences` (
  `id` BIGINT NOT NULL,
  `ask_feed_back_onwoclosed` TINYINT(1) NOT NULL,
  `auto_assign_requests` TINYINT(1) NOT NULL,
  `auto_assign_work_orders` TINYINT(1) NOT NULL,
  `business_type` SMALLINT,
  `date_format` SMALLINT,
  `disable_closed_work_orders_notif` TINYINT(1) NOT NULL,
  `labor_cost_in_total_cost` TINYINT(1) NOT NULL,
  `language` SMALLINT,
  `time_zone` VARCHAR(255) NOT NULL,
  `wo_update_for_requesters` TINYINT(1) NOT NULL,
  `company_settings_id` BIGINT,
  `currency_id` BIGINT,
  `simplified_work_order` TINYINT(1) NOT NULL DEFAULT 0,
  `days_before_prev_maint_notification` INT NOT NULL DEFAULT 1,
  `csv_separator` VARCHAR(1) DEFAULT ',',
  `auto_generate_asset_barcode` TINYINT(1),
  `color` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkskbryn4bunuqp0op70ogiu4ow` FOREIGN KEY (`currency_id`) REFERENCES `currency` (`id`)
);

CREATE TABLE `currency` (
  `id` BIGINT NOT NULL,
  `code` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`code`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `location` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `address` VARCHAR(255),
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `name` VARCHAR(255) NOT NULL,
  `company_id` BIGINT NOT NULL,
  `image_id` BIGINT,
  `parent_location_id` BIGINT,
  `custom_id` VARCHAR(255),
  `is_demo` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk9s1sco601u8l6ptdxf432h4kb` FOREIGN KEY (`parent_location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `fkbxoiqd2lmvk7c3r3qhfoou2py` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkjuo4g2hd6k6g383v9jr6megvr` FOREIGN KEY (`image_id`) REFERENCES `file` (`id`)
);

CREATE TABLE `t_location_user_associations` (
  `id_location` BIGINT NOT NULL,
  `id_user` BIGINT NOT NULL,
  CONSTRAINT `fk2vp8mot9fhshwsh8flivg2e61` FOREIGN KEY (`id_location`) REFERENCES `location` (`id`),
  CONSTRAINT `fke43mw9vk8u1y3ugxjhwt19s0g` FOREIGN KEY (`id_user`) REFERENCES `own_user` (`id`)
);

CREATE TABLE `asset` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `acquisition_cost` DOUBLE,
  `additional_infos` TEXT,
  `archived` TINYINT(1) NOT NULL,
  `area` VARCHAR(255),
  `bar_code` VARCHAR(255),
  `description` TEXT,
  `in_service_date` DATETIME,
  `model` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `serial_number` VARCHAR(255),
  `status` SMALLINT,
  `warranty_expiration_date` DATETIME,
  `company_id` BIGINT NOT NULL,
  `category_id` BIGINT,
  `deprecation_id` BIGINT,
  `image_id` BIGINT,
  `location_id` BIGINT,
  `parent_asset_id` BIGINT,
  `primary_user_id` BIGINT,
  `nfc_id` VARCHAR(255),
  `power` TEXT,
  `manufacturer` TEXT,
  `custom_id` VARCHAR(255),
  `is_demo` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`company_id`, `bar_code`),
  CONSTRAINT `fk6qu6wqhpppa2w4y09l3tt4q56` FOREIGN KEY (`parent_asset_id`) REFERENCES `asset` (`id`),
  CONSTRAINT `fkbnbckrvy4gleqsugkauihx7d7` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkhh76eg71adtmdagspxgbnmjd5` FOREIGN KEY (`image_id`) REFERENCES `file` (`id`),
  CONSTRAINT `fkmq4as1d1exvm4mg3ayokdan30` FOREIGN KEY (`primary_user_id`) REFERENCES `own_user` (`id`),
  CONSTRAINT `fkoo11h2f4j12wv0axk6d8u1wy0` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`)
);

CREATE TABLE `meter` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `name` VARCHAR(255) NOT NULL,
  `unit` VARCHAR(255),
  `update_frequency` INT NOT NULL,
  `company_id` BIGINT NOT NULL,
  `asset_id` BIGINT NOT NULL,
  `image_id` BIGINT,
  `location_id` BIGINT,
  `meter_category_id` BIGINT,
  `is_demo` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk578asjaixmqs7pn07tho2i1pc` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk7sr43v36jpwvqhwvuk0o8ob0w` FOREIGN KEY (`image_id`) REFERENCES `file` (`id`),
  CONSTRAINT `fk8jgoj4oi6b9sjqeuh9v592a6q` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `fkswqod52v3556tp6obl9c8lvxi` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`)
);

CREATE TABLE `reading` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `value` DOUBLE NOT NULL,
  `meter_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkrk4bo4tq59pfymwvx2jnjvlae` FOREIGN KEY (`meter_id`) REFERENCES `meter` (`id`)
);

CREATE TABLE `file` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `name` VARCHAR(255) NOT NULL,
  `type` SMALLINT,
  `path` TEXT NOT NULL,
  `company_id` BIGINT NOT NULL,
  `task_id` BIGINT,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `thumbnail_path` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fkipblk8l80i440v7n7be1gnyet` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE
);

CREATE TABLE `time_category` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `name` VARCHAR(255) NOT NULL,
  `company_settings_id` BIGINT NOT NULL,
  `description` TEXT,
  `is_demo` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `purchase_order` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `additional_info_date` DATETIME,
  `additional_info_notes` VARCHAR(255),
  `additional_info_requisitioned_name` VARCHAR(255),
  `additional_info_shipping_order_category` VARCHAR(255),
  `additional_info_term` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `shipping_additional_detail` VARCHAR(255),
  `shipping_address` VARCHAR(255),
  `shipping_city` VARCHAR(255),
  `shipping_company_name` VARCHAR(255),
  `shipping_due_date` DATETIME,
  `shipping_fax` VARCHAR(255),
  `shipping_phone` VARCHAR(255),
  `shipping_ship_to_name` VARCHAR(255),
  `shipping_state` VARCHAR(255),
  `shipping_zip_code` VARCHAR(255),
  `status` SMALLINT,
  `company_id` BIGINT NOT NULL,
  `category_id` BIGINT,
  `vendor_id` BIGINT,
  `is_demo` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk20jcn7pw6hvx0uo0sh4y1d9xv` FOREIGN KEY (`vendor_id`) REFERENCES `vendor` (`id`),
  CONSTRAINT `fknhrkwmvmqly4yq8isdbsbs6mc` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE
);

CREATE TABLE `subscription` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `activated` TINYINT(1) NOT NULL,
  `ends_on` DATETIME,
  `monthly` TINYINT(1) NOT NULL,
  `starts_on` DATETIME,
  `users_count` INT NOT NULL,
  `subscription_plan_id` BIGINT NOT NULL,
  `downgrade_needed` TINYINT(1) NOT NULL,
  `upgrade_needed` TINYINT(1) NOT NULL,
  `paddle_subscription_id` VARCHAR(255),
  `scheduled_change_date` DATETIME,
  `scheduled_change_type` SMALLINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `webhook_endpoint` (
  `id` BIGINT NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `serialize` TINYINT(1) DEFAULT 0,
  `event` VARCHAR(255) NOT NULL,
  `last_triggered_at` DATETIME,
  `company_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_by` BIGINT,
  `updated_by` BIGINT,
  `approved` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_webhook_endpoint_company` FOREIGN KEY (`company_id`) REFERENCES `company` (`id`)
);

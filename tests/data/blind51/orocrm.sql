-- OroCRM (OroCommerce platform CRM application), trimmed MySQL DDL of its real schema.
-- Upstream: github.com/oroinc/crm (OSL-3.0), commit fa2e59b85b662819a17e202234990779a159c1a5,
--   src/Oro/Bundle/{Contact,Account,Sales,Case,ContactUs,Channel}Bundle/Migrations/Schema/Oro*BundleInstaller.php;
-- github.com/oroinc/platform (OSL-3.0), commit 3aec000be42c116977babe152a4ebfe81d997235,
--   src/Oro/Bundle/{User,DataAudit,Organization,Address,Email,Note}Bundle/Migrations/Schema/Oro*BundleInstaller.php;
-- github.com/oroinc/OroCRMCallBundle (OSL-3.0), commit d77ed53d8e5f1436812ea489fb505fb94c6bfb01,
--   Migrations/Schema/OroCallBundleInstaller.php.
-- The Doctrine schema calls of the installers ($table->addColumn / setPrimaryKey / addForeignKeyConstraint) written
-- as MySQL DDL with Doctrine's MySQL type mapping; column comments are the installers' own 'comment' options.
-- Columns added to a table by other installers or by migration extensions are appended at the end of the table:
-- oro_email_address.owner_* (User, Contact, Sales installers), picture_id / avatar_id / attachment_id / campaign_id
-- (attachment and many-to-one relations), serialized_data (holds the serialized extend enum fields: lead source and
-- status, opportunity status, user auth_status). Indexes left out; foreign keys kept between kept tables only.
SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `orocrm_contact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `assigned_to_user_id` INT DEFAULT NULL,
  `updated_by_user_id` INT DEFAULT NULL,
  `created_by_user_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `reports_to_contact_id` INT DEFAULT NULL,
  `method_name` VARCHAR(32) DEFAULT NULL,
  `source_name` VARCHAR(32) DEFAULT NULL,
  `name_prefix` VARCHAR(255) DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `middle_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `name_suffix` VARCHAR(255) DEFAULT NULL,
  `gender` VARCHAR(8) DEFAULT NULL,
  `birthday` DATE DEFAULT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `job_title` VARCHAR(255) DEFAULT NULL,
  `fax` VARCHAR(255) DEFAULT NULL,
  `skype` VARCHAR(255) DEFAULT NULL,
  `twitter` VARCHAR(255) DEFAULT NULL,
  `facebook` VARCHAR(255) DEFAULT NULL,
  `google_plus` VARCHAR(255) DEFAULT NULL,
  `linkedin` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `external_id` VARCHAR(36) DEFAULT NULL,
  `picture_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assigned_to_user_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`updated_by_user_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`created_by_user_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`user_owner_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`reports_to_contact_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`source_name`) REFERENCES `orocrm_contact_source` (`name`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_contact_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT DEFAULT NULL,
  `region_code` VARCHAR(16) DEFAULT NULL,
  `country_code` VARCHAR(2) DEFAULT NULL,
  `is_primary` TINYINT(1) DEFAULT NULL,
  `label` VARCHAR(255) DEFAULT NULL,
  `street` VARCHAR(500) DEFAULT NULL,
  `street2` VARCHAR(500) DEFAULT NULL,
  `city` VARCHAR(255) DEFAULT NULL,
  `postal_code` VARCHAR(255) DEFAULT NULL,
  `organization` VARCHAR(255) DEFAULT NULL,
  `region_text` VARCHAR(255) DEFAULT NULL,
  `name_prefix` VARCHAR(255) DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `middle_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `name_suffix` VARCHAR(255) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`country_code`) REFERENCES `oro_dictionary_country` (`iso2_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_contact_email` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT DEFAULT NULL,
  `email` VARCHAR(255) NOT NULL,
  `is_primary` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `orocrm_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_contact_phone` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT DEFAULT NULL,
  `phone` VARCHAR(255) NOT NULL,
  `is_primary` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `orocrm_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_contact_to_contact_grp` (
  `contact_id` INT NOT NULL,
  `contact_group_id` INT NOT NULL,
  PRIMARY KEY (`contact_id`, `contact_group_id`),
  FOREIGN KEY (`contact_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`contact_group_id`) REFERENCES `orocrm_contact_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_contact_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `label` VARCHAR(30) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_owner_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_contact_source` (
  `name` VARCHAR(32) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_account` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `default_contact_id` INT DEFAULT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `extend_description` LONGTEXT NOT NULL,
  `referred_by_id` INT DEFAULT NULL,
  `external_id` VARCHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_owner_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`default_contact_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`),
  FOREIGN KEY (`referred_by_id`) REFERENCES `orocrm_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_account_to_contact` (
  `account_id` INT NOT NULL,
  `contact_id` INT NOT NULL,
  PRIMARY KEY (`account_id`, `contact_id`),
  FOREIGN KEY (`account_id`) REFERENCES `orocrm_account` (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `orocrm_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_sales_lead` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `name` VARCHAR(255) NOT NULL,
  `name_prefix` VARCHAR(255) DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `middle_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `name_suffix` VARCHAR(255) DEFAULT NULL,
  `job_title` VARCHAR(255) DEFAULT NULL,
  `company_name` VARCHAR(255) DEFAULT NULL,
  `website` VARCHAR(255) DEFAULT NULL,
  `number_of_employees` INT DEFAULT NULL,
  `industry` VARCHAR(255) DEFAULT NULL,
  `createdat` DATETIME NOT NULL,
  `updatedat` DATETIME DEFAULT NULL,
  `notes` LONGTEXT DEFAULT NULL,
  `twitter` VARCHAR(255) DEFAULT NULL,
  `linkedin` VARCHAR(255) DEFAULT NULL,
  `customer_association_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `external_id` VARCHAR(36) DEFAULT NULL,
  `campaign_id` INT DEFAULT NULL,
  `serialized_data` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`user_owner_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_sales_lead_email` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT DEFAULT NULL,
  `email` VARCHAR(255) NOT NULL,
  `is_primary` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `orocrm_sales_lead` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_sales_lead_phone` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT DEFAULT NULL,
  `phone` VARCHAR(255) NOT NULL,
  `is_primary` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `orocrm_sales_lead` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_sales_lead_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT DEFAULT NULL,
  `region_code` VARCHAR(16) DEFAULT NULL,
  `country_code` VARCHAR(2) DEFAULT NULL,
  `is_primary` TINYINT(1) DEFAULT NULL,
  `label` VARCHAR(255) DEFAULT NULL,
  `street` VARCHAR(500) DEFAULT NULL,
  `street2` VARCHAR(500) DEFAULT NULL,
  `city` VARCHAR(255) DEFAULT NULL,
  `postal_code` VARCHAR(255) DEFAULT NULL,
  `organization` VARCHAR(255) DEFAULT NULL,
  `region_text` VARCHAR(255) DEFAULT NULL,
  `name_prefix` VARCHAR(255) DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `middle_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `name_suffix` VARCHAR(255) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `orocrm_sales_lead` (`id`),
  FOREIGN KEY (`country_code`) REFERENCES `oro_dictionary_country` (`iso2_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_sales_opportunity` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_id` INT DEFAULT NULL,
  `close_reason_name` VARCHAR(32) DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `lead_id` INT DEFAULT NULL,
  `name` VARCHAR(255) NOT NULL,
  `close_date` DATE DEFAULT NULL,
  `probability` DOUBLE PRECISION DEFAULT NULL COMMENT '(DC2Type:percent)',
  `budget_amount_value` NUMERIC(19, 4) DEFAULT NULL COMMENT '(DC2Type:money_value)',
  `budget_amount_currency` VARCHAR(3) DEFAULT NULL COMMENT '(DC2Type:currency)',
  `base_budget_amount_value` NUMERIC(19, 4) DEFAULT NULL COMMENT '(DC2Type:money)',
  `close_revenue_value` NUMERIC(19, 4) DEFAULT NULL COMMENT '(DC2Type:money_value)',
  `close_revenue_currency` VARCHAR(3) DEFAULT NULL COMMENT '(DC2Type:currency)',
  `customer_association_id` INT DEFAULT NULL,
  `base_close_revenue_value` NUMERIC(19, 4) DEFAULT NULL COMMENT '(DC2Type:money)',
  `customer_need` LONGTEXT DEFAULT NULL,
  `proposed_solution` LONGTEXT DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `notes` LONGTEXT DEFAULT NULL,
  `closed_at` DATETIME DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `external_id` VARCHAR(36) DEFAULT NULL,
  `serialized_data` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`close_reason_name`) REFERENCES `orocrm_sales_opport_close_rsn` (`name`),
  FOREIGN KEY (`user_owner_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`lead_id`) REFERENCES `orocrm_sales_lead` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_sales_opport_close_rsn` (
  `name` VARCHAR(32) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_sales_b2bcustomer` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_owner_id` INT DEFAULT NULL,
  `billing_address_id` INT DEFAULT NULL,
  `shipping_address_id` INT DEFAULT NULL,
  `data_channel_id` INT DEFAULT NULL,
  `account_id` INT DEFAULT NULL,
  `contact_id` INT DEFAULT NULL,
  `name` VARCHAR(255) NOT NULL,
  `lifetime` NUMERIC(19, 4) DEFAULT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `organization_id` INT DEFAULT NULL,
  `website` VARCHAR(255) NOT NULL,
  `employees` INT NOT NULL,
  `ownership` VARCHAR(255) NOT NULL,
  `ticker_symbol` VARCHAR(255) NOT NULL,
  `rating` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_owner_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`data_channel_id`) REFERENCES `orocrm_channel` (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `orocrm_account` (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_case` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subject` VARCHAR(255) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `resolution` LONGTEXT DEFAULT NULL,
  `related_contact_id` INT DEFAULT NULL,
  `related_account_id` INT DEFAULT NULL,
  `assigned_to_id` INT DEFAULT NULL,
  `owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `source_name` VARCHAR(16) DEFAULT NULL,
  `status_name` VARCHAR(16) DEFAULT NULL,
  `priority_name` VARCHAR(16) DEFAULT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME DEFAULT NULL,
  `reportedAt` DATETIME NOT NULL,
  `closedAt` DATETIME DEFAULT NULL,
  `external_id` VARCHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`related_contact_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`related_account_id`) REFERENCES `orocrm_account` (`id`),
  FOREIGN KEY (`status_name`) REFERENCES `orocrm_case_status` (`name`),
  FOREIGN KEY (`assigned_to_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_case_comment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `case_id` INT DEFAULT NULL,
  `updated_by_id` INT DEFAULT NULL,
  `owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `contact_id` INT DEFAULT NULL,
  `message` LONGTEXT NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT '0',
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `attachment_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_id`) REFERENCES `orocrm_case` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_case_status` (
  `name` VARCHAR(16) NOT NULL,
  `order` INT NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_contactus_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_reason_id` INT DEFAULT NULL,
  `lead_id` INT DEFAULT NULL,
  `opportunity_id` INT DEFAULT NULL,
  `customer_name` VARCHAR(255) DEFAULT NULL,
  `preferred_contact_method` VARCHAR(100) NOT NULL,
  `feedback` LONGTEXT DEFAULT NULL,
  `first_name` VARCHAR(100) NOT NULL,
  `last_name` VARCHAR(100) NOT NULL,
  `email_address` VARCHAR(100) DEFAULT NULL,
  `phone` VARCHAR(100) DEFAULT NULL,
  `comment` LONGTEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `owner_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`lead_id`) REFERENCES `orocrm_sales_lead` (`id`),
  FOREIGN KEY (`opportunity_id`) REFERENCES `orocrm_sales_opportunity` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_call` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `call_direction_name` VARCHAR(32) DEFAULT NULL,
  `call_status_name` VARCHAR(32) DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `owner_id` INT DEFAULT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `phone_number` VARCHAR(255) DEFAULT NULL,
  `notes` LONGTEXT DEFAULT NULL,
  `call_date_time` DATETIME NOT NULL,
  `duration` INT DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `external_id` VARCHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`call_status_name`) REFERENCES `orocrm_call_status` (`name`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `oro_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_call_status` (
  `name` VARCHAR(32) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_channel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_owner_id` INT DEFAULT NULL,
  `data_source_id` INT DEFAULT NULL,
  `name` VARCHAR(255) NOT NULL,
  `status` TINYINT(1) NOT NULL,
  `channel_type` VARCHAR(255) NOT NULL,
  `data` JSON DEFAULT NULL COMMENT '(DC2Type:json)',
  `customer_identity` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_owner_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orocrm_channel_cust_identity` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_id` INT DEFAULT NULL,
  `account_id` INT DEFAULT NULL,
  `user_owner_id` INT DEFAULT NULL,
  `data_channel_id` INT DEFAULT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contact_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `orocrm_account` (`id`),
  FOREIGN KEY (`user_owner_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`data_channel_id`) REFERENCES `orocrm_channel` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `business_unit_owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `username` VARCHAR(255) NOT NULL,
  `username_lowercase` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `email_lowercase` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255) NOT NULL,
  `name_prefix` VARCHAR(255) DEFAULT NULL,
  `first_name` VARCHAR(255) DEFAULT NULL,
  `middle_name` VARCHAR(255) DEFAULT NULL,
  `last_name` VARCHAR(255) DEFAULT NULL,
  `name_suffix` VARCHAR(255) DEFAULT NULL,
  `birthday` DATE DEFAULT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `salt` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `confirmation_token` VARCHAR(255) DEFAULT NULL,
  `password_requested` DATETIME DEFAULT NULL,
  `password_changed` DATETIME DEFAULT NULL,
  `last_login` DATETIME DEFAULT NULL,
  `login_count` INT UNSIGNED NOT NULL DEFAULT '0',
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `external_id` VARCHAR(36) DEFAULT NULL,
  `avatar_id` INT DEFAULT NULL,
  `serialized_data` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`business_unit_owner_id`) REFERENCES `oro_business_unit` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_user_email` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT DEFAULT NULL,
  `email` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `oro_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_user_access_role` (
  `user_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `role_id`),
  FOREIGN KEY (`user_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `oro_access_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_user_business_unit` (
  `user_id` INT NOT NULL,
  `business_unit_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `business_unit_id`),
  FOREIGN KEY (`user_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`business_unit_id`) REFERENCES `oro_business_unit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_user_impersonation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expire_at` DATETIME NOT NULL,
  `login_at` DATETIME DEFAULT NULL,
  `notify` TINYINT(1) NOT NULL DEFAULT '0',
  `ip_address` VARCHAR(255) NOT NULL DEFAULT '127.0.0.1',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `oro_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_user_login` (
  `id` CHAR(36) DEFAULT NULL,
  `attempt_at` DATETIME NOT NULL COMMENT '(DC2Type:datetime)',
  `success` TINYINT(1) NOT NULL,
  `source` INT NOT NULL,
  `username` VARCHAR(255) DEFAULT NULL,
  `user_id` INT DEFAULT NULL,
  `ip` VARCHAR(255) DEFAULT NULL,
  `user_agent` LONGTEXT DEFAULT NULL DEFAULT '',
  `context` JSON NOT NULL COMMENT '(DC2Type:json)',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `oro_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_access_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `role` VARCHAR(30) NOT NULL,
  `label` VARCHAR(30) NOT NULL,
  `extend_description` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_organization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime)',
  `updated_at` DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime)',
  `enabled` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_business_unit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `business_unit_owner_id` INT DEFAULT NULL,
  `organization_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(100) DEFAULT NULL,
  `website` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `fax` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetime)',
  `updated_at` DATETIME NOT NULL COMMENT '(DC2Type:datetime)',
  `extend_description` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`business_unit_owner_id`) REFERENCES `oro_business_unit` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_audit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT DEFAULT NULL,
  `action` VARCHAR(8) DEFAULT NULL,
  `logged_at` DATETIME DEFAULT NULL,
  `object_id` VARCHAR(255) DEFAULT NULL,
  `object_class` VARCHAR(255) NOT NULL,
  `object_name` VARCHAR(255) DEFAULT NULL,
  `version` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `type` VARCHAR(30) NOT NULL,
  `transaction_id` VARCHAR(36) NOT NULL,
  `owner_description` VARCHAR(255) DEFAULT NULL,
  `additional_fields` LONGTEXT DEFAULT NULL,
  `impersonation_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`),
  FOREIGN KEY (`impersonation_id`) REFERENCES `oro_user_impersonation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_audit_field` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `audit_id` INT NOT NULL,
  `field` VARCHAR(255) NOT NULL,
  `data_type` VARCHAR(255) NOT NULL,
  `old_integer` BIGINT DEFAULT NULL,
  `old_float` DOUBLE PRECISION DEFAULT NULL,
  `old_boolean` TINYINT(1) DEFAULT NULL,
  `old_text` LONGTEXT DEFAULT NULL,
  `old_date` DATE DEFAULT NULL,
  `old_time` TIME DEFAULT NULL,
  `old_datetime` DATETIME DEFAULT NULL,
  `new_integer` BIGINT DEFAULT NULL,
  `new_float` DOUBLE PRECISION DEFAULT NULL,
  `new_boolean` TINYINT(1) DEFAULT NULL,
  `new_text` LONGTEXT DEFAULT NULL,
  `new_date` DATE DEFAULT NULL,
  `new_time` TIME DEFAULT NULL,
  `new_datetime` DATETIME DEFAULT NULL,
  `old_datetimetz` DATETIME DEFAULT NULL COMMENT '(DC2Type:datetimetz)',
  `old_object` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:object)',
  `new_datetimetz` DATETIME DEFAULT NULL COMMENT '(DC2Type:datetimetz)',
  `new_object` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:object)',
  `visible` TINYINT(1) NOT NULL DEFAULT '1',
  `old_array` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:array)',
  `new_array` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:array)',
  `old_simplearray` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:simple_array)',
  `new_simplearray` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:simple_array)',
  `old_jsonarray` JSON DEFAULT NULL COMMENT '(DC2Type:json)',
  `new_jsonarray` JSON DEFAULT NULL COMMENT '(DC2Type:json)',
  `old_json` JSON DEFAULT NULL,
  `new_json` JSON DEFAULT NULL,
  `collection_diffs` JSON DEFAULT NULL COMMENT '(DC2Type:json)',
  `translation_domain` VARCHAR(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`audit_id`) REFERENCES `oro_audit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_email` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `from_email_address_id` INT NOT NULL,
  `thread_id` INT DEFAULT NULL,
  `email_body_id` INT DEFAULT NULL,
  `created` DATETIME NOT NULL COMMENT '(DC2Type:datetime)',
  `subject` VARCHAR(998) NOT NULL,
  `from_name` VARCHAR(320) NOT NULL,
  `sent` DATETIME NOT NULL COMMENT '(DC2Type:datetime)',
  `importance` INT NOT NULL,
  `internaldate` DATETIME NOT NULL COMMENT '(DC2Type:datetime)',
  `message_id` VARCHAR(512) NOT NULL,
  `x_message_id` VARCHAR(255) DEFAULT NULL,
  `x_thread_id` VARCHAR(255) DEFAULT NULL,
  `is_head` TINYINT(1) NOT NULL DEFAULT '1',
  `refs` LONGTEXT DEFAULT NULL,
  `multi_message_id` LONGTEXT DEFAULT NULL,
  `acceptlanguageheader` LONGTEXT DEFAULT NULL,
  `body_synced` TINYINT(1) DEFAULT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`email_body_id`) REFERENCES `oro_email_body` (`id`),
  FOREIGN KEY (`from_email_address_id`) REFERENCES `oro_email_address` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_email_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `has_owner` TINYINT(1) NOT NULL,
  `owner_mailbox_id` INT DEFAULT NULL,
  `owner_user_id` INT DEFAULT NULL,
  `owner_contact_id` INT DEFAULT NULL,
  `owner_lead_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_user_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`owner_contact_id`) REFERENCES `orocrm_contact` (`id`),
  FOREIGN KEY (`owner_lead_id`) REFERENCES `orocrm_sales_lead` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_email_recipient` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email_address_id` INT NOT NULL,
  `email_id` INT DEFAULT NULL,
  `name` VARCHAR(320) NOT NULL,
  `type` VARCHAR(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`email_address_id`) REFERENCES `oro_email_address` (`id`),
  FOREIGN KEY (`email_id`) REFERENCES `oro_email` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_email_body` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL COMMENT '(DC2Type:datetime)',
  `body` LONGTEXT NOT NULL,
  `body_is_text` TINYINT(1) NOT NULL,
  `has_attachments` TINYINT(1) NOT NULL,
  `persistent` TINYINT(1) NOT NULL,
  `text_body` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_note` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_owner_id` INT DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `updated_by_user_id` INT DEFAULT NULL,
  `message` LONGTEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `attachment_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_owner_id`) REFERENCES `oro_user` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `oro_organization` (`id`),
  FOREIGN KEY (`updated_by_user_id`) REFERENCES `oro_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_address_type` (
  `name` VARCHAR(16) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oro_dictionary_country` (
  `iso2_code` VARCHAR(2) NOT NULL,
  `iso3_code` VARCHAR(3) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`iso2_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
SET FOREIGN_KEY_CHECKS = 1;

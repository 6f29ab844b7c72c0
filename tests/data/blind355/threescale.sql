-- Red Hat 3scale API Management — "porta", its admin portal, developer portal and API (Rails), github.com/3scale/porta
-- commit ecd60bd31d3e6b1ad300a2723d6f3ca1e80e753e (Apache-2.0), `db/schema.rb` (MySQL, schema version 2026_06_19_102359)
-- written as the MySQL DDL Rails' mysql2 adapter creates from it (60 of 89 tables kept, see threescale.md).

CREATE TABLE `access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner_id` BIGINT NOT NULL,
  `scopes` TEXT,
  `value` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `permission` VARCHAR(255) NOT NULL,
  `tenant_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `expires_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `idx_auth_tokens_of_user` (`owner_id`),
  UNIQUE KEY `idx_value_auth_tokens_of_user` (`value`,`owner_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `account_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `value` MEDIUMTEXT NOT NULL,
  `tenant_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_account_settings_on_account_id_and_type` (`account_id`,`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `accounts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_name` VARCHAR(255) NOT NULL DEFAULT '',
  `org_legaladdress` VARCHAR(255) DEFAULT '',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  `provider` TINYINT(1) DEFAULT 0,
  `buyer` TINYINT(1) DEFAULT 0,
  `country_id` BIGINT,
  `provider_account_id` BIGINT,
  `domain` VARCHAR(255),
  `telephone_number` VARCHAR(255),
  `site_access_code` VARCHAR(255),
  `credit_card_partial_number` VARCHAR(4),
  `credit_card_expires_on` DATE,
  `credit_card_auth_code` VARCHAR(255),
  `master` TINYINT(1),
  `billing_address_name` VARCHAR(255),
  `billing_address_address1` VARCHAR(255),
  `billing_address_address2` VARCHAR(255),
  `billing_address_city` VARCHAR(255),
  `billing_address_state` VARCHAR(255),
  `billing_address_country` VARCHAR(255),
  `billing_address_zip` VARCHAR(255),
  `billing_address_phone` VARCHAR(255),
  `org_legaladdress_cont` VARCHAR(255),
  `city` VARCHAR(255),
  `state_region` VARCHAR(255),
  `state` VARCHAR(255),
  `paid` TINYINT(1) DEFAULT 0,
  `paid_at` DATETIME,
  `signs_legal_terms` TINYINT(1) DEFAULT 1,
  `timezone` VARCHAR(255),
  `delta` TINYINT(1) NOT NULL DEFAULT 1,
  `from_email` VARCHAR(255),
  `primary_business` VARCHAR(255),
  `business_category` VARCHAR(255),
  `zip` VARCHAR(255),
  `extra_fields` TEXT,
  `vat_code` VARCHAR(255),
  `fiscal_code` VARCHAR(255),
  `vat_rate` DECIMAL(20,2),
  `invoice_footnote` TEXT,
  `vat_zero_text` TEXT,
  `default_account_plan_id` BIGINT,
  `default_service_id` BIGINT,
  `credit_card_authorize_net_payment_profile_token` VARCHAR(255),
  `tenant_id` BIGINT,
  `self_domain` VARCHAR(255),
  `s3_prefix` VARCHAR(255),
  `prepared_assets_version` INT,
  `sample_data` TINYINT(1),
  `proxy_configs_file_size` INT,
  `proxy_configs_updated_at` DATETIME,
  `proxy_configs_content_type` VARCHAR(255),
  `proxy_configs_file_name` VARCHAR(255),
  `support_email` VARCHAR(255),
  `finance_support_email` VARCHAR(255),
  `billing_address_first_name` VARCHAR(255),
  `billing_address_last_name` VARCHAR(255),
  `email_all_users` TINYINT(1) DEFAULT 0,
  `partner_id` BIGINT,
  `proxy_configs_conf_file_name` VARCHAR(255),
  `proxy_configs_conf_content_type` VARCHAR(255),
  `proxy_configs_conf_file_size` INT,
  `proxy_configs_conf_updated_at` DATETIME,
  `hosted_proxy_deployed_at` DATETIME,
  `po_number` VARCHAR(255),
  `state_changed_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `index_accounts_on_default_service_id` (`default_service_id`),
  KEY `index_accounts_on_domain_and_state_changed_at` (`domain`,`state_changed_at`),
  UNIQUE KEY `index_accounts_on_domain` (`domain`),
  UNIQUE KEY `index_accounts_on_master` (`master`),
  KEY `index_accounts_on_provider_account_id_and_created_at` (`provider_account_id`,`created_at`),
  KEY `index_accounts_on_provider_account_id_and_state` (`provider_account_id`,`state`),
  KEY `index_accounts_on_self_domain_and_state_changed_at` (`self_domain`,`state_changed_at`),
  UNIQUE KEY `index_accounts_on_self_domain` (`self_domain`),
  KEY `index_accounts_on_state_and_state_changed_at` (`state`,`state_changed_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `alerts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `state` VARCHAR(255) NOT NULL,
  `cinstance_id` BIGINT NOT NULL,
  `utilization` DECIMAL(6,2) NOT NULL,
  `level` INT NOT NULL,
  `alert_id` BIGINT NOT NULL,
  `message` TEXT,
  `tenant_id` BIGINT,
  `service_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_alerts_with_service_id` (`account_id`,`service_id`,`state`,`cinstance_id`),
  UNIQUE KEY `index_alerts_on_alert_id_and_account_id` (`alert_id`,`account_id`),
  KEY `index_alerts_on_cinstance_id` (`cinstance_id`),
  KEY `index_alerts_on_timestamp` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `annotations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `annotated_type` VARCHAR(255) NOT NULL,
  `annotated_id` BIGINT NOT NULL,
  `tenant_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_annotations_on_annotated_type_and_annotated_id_and_name` (`annotated_type`,`annotated_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `services` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `name` VARCHAR(255) DEFAULT '',
  `description` TEXT,
  `txt_support` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `logo_file_name` VARCHAR(255),
  `logo_content_type` VARCHAR(255),
  `logo_file_size` INT,
  `state` VARCHAR(255) NOT NULL,
  `intentions_required` TINYINT(1) DEFAULT 0,
  `terms` TEXT,
  `buyers_manage_apps` TINYINT(1) DEFAULT 1,
  `buyers_manage_keys` TINYINT(1) DEFAULT 1,
  `custom_keys_enabled` TINYINT(1) DEFAULT 1,
  `buyer_plan_change_permission` VARCHAR(255) DEFAULT 'request',
  `buyer_can_select_plan` TINYINT(1) DEFAULT 0,
  `notification_settings` TEXT,
  `default_application_plan_id` BIGINT,
  `default_service_plan_id` BIGINT,
  `tenant_id` BIGINT,
  `system_name` VARCHAR(255) NOT NULL,
  `backend_version` VARCHAR(255) NOT NULL DEFAULT '1',
  `mandatory_app_key` TINYINT(1) DEFAULT 1,
  `buyer_key_regenerate_enabled` TINYINT(1) DEFAULT 1,
  `support_email` VARCHAR(255),
  `referrer_filters_required` TINYINT(1) DEFAULT 0,
  `deployment_option` VARCHAR(255) DEFAULT 'hosted',
  `kubernetes_service_link` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `index_services_on_account_id_and_state` (`account_id`,`state`),
  KEY `idx_account_id` (`account_id`),
  UNIQUE KEY `index_services_on_system_name_and_account_id_and_deleted_at` (`system_name`,`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `api_docs_services` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT,
  `tenant_id` BIGINT,
  `name` VARCHAR(255),
  `body` LONGTEXT,
  `description` TEXT,
  `published` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `system_name` VARCHAR(255),
  `base_path` VARCHAR(255),
  `swagger_version` VARCHAR(255),
  `skip_swagger_validations` TINYINT(1) DEFAULT 0,
  `service_id` BIGINT,
  `discovered` TINYINT(1),
  PRIMARY KEY (`id`),
  KEY `index_api_docs_services_on_account_id` (`account_id`),
  KEY `fk_rails_e4d18239f1` (`service_id`),
  CONSTRAINT `fk_rails_e4d18239f1` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `application_keys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_id` BIGINT NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_application_keys_on_application_id_and_value` (`application_id`,`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `audits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `auditable_id` BIGINT,
  `auditable_type` VARCHAR(255),
  `user_id` BIGINT,
  `user_type` VARCHAR(255),
  `username` VARCHAR(255),
  `action` VARCHAR(255),
  `version` INT DEFAULT 0,
  `created_at` DATETIME,
  `tenant_id` BIGINT,
  `provider_id` BIGINT,
  `kind` VARCHAR(255),
  `audited_changes` MEDIUMTEXT,
  `comment` TEXT,
  `associated_id` BIGINT,
  `associated_type` VARCHAR(255),
  `remote_address` VARCHAR(255),
  `request_uuid` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `index_audits_on_action` (`action`),
  KEY `associated_index` (`associated_type`,`associated_id`),
  KEY `index_audits_on_auditable_id_and_auditable_type_and_version` (`auditable_id`,`auditable_type`,`version`),
  KEY `auditable_index` (`auditable_type`,`auditable_id`,`version`),
  KEY `index_audits_on_created_at` (`created_at`),
  KEY `index_audits_on_kind` (`kind`),
  KEY `index_audits_on_provider_id` (`provider_id`),
  KEY `index_audits_on_request_uuid` (`request_uuid`),
  KEY `user_index` (`user_id`,`user_type`),
  KEY `index_audits_on_version` (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `authentication_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `system_name` VARCHAR(255),
  `client_id` VARCHAR(255),
  `client_secret` VARCHAR(255),
  `token_url` VARCHAR(255),
  `user_info_url` VARCHAR(255),
  `authorize_url` VARCHAR(255),
  `site` VARCHAR(255),
  `account_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  `identifier_key` VARCHAR(255) DEFAULT 'id',
  `username_key` VARCHAR(255) DEFAULT 'login',
  `trust_email` TINYINT(1) DEFAULT 0,
  `kind` VARCHAR(255),
  `published` TINYINT(1) DEFAULT 0,
  `branding_state` VARCHAR(255),
  `type` VARCHAR(255),
  `skip_ssl_certificate_verification` TINYINT(1) DEFAULT 0,
  `account_type` VARCHAR(255) NOT NULL DEFAULT 'developer',
  `automatically_approve_accounts` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_authentication_providers_on_account_id_and_system_name` (`account_id`,`system_name`),
  KEY `index_authentication_providers_on_account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `backend_api_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `path` VARCHAR(255) DEFAULT '',
  `service_id` BIGINT,
  `backend_api_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_backend_api_configs_on_backend_api_id_and_service_id` (`backend_api_id`,`service_id`),
  UNIQUE KEY `index_backend_api_configs_on_path_and_service_id` (`path`,`service_id`),
  KEY `index_backend_api_configs_on_service_id` (`service_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `backend_apis` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(511) NOT NULL,
  `system_name` VARCHAR(255) NOT NULL,
  `description` MEDIUMTEXT,
  `private_endpoint` VARCHAR(255),
  `account_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `tenant_id` BIGINT,
  `state` VARCHAR(255) NOT NULL DEFAULT 'published',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_backend_apis_on_account_id_and_system_name` (`account_id`,`system_name`),
  KEY `index_backend_apis_on_state` (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `billing_strategies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT,
  `prepaid` TINYINT(1) DEFAULT 0,
  `charging_enabled` TINYINT(1) DEFAULT 0,
  `charging_retry_delay` INT DEFAULT 3,
  `charging_retry_times` INT DEFAULT 3,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `numbering_period` VARCHAR(255) DEFAULT 'monthly',
  `currency` VARCHAR(255) DEFAULT 'USD',
  `tenant_id` BIGINT,
  `type` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `index_billing_strategies_on_account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `cinstances` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `plan_id` BIGINT NOT NULL,
  `user_account_id` BIGINT,
  `user_key` VARCHAR(256),
  `provider_public_key` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  `state` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `paid_until` DATETIME,
  `application_id` VARCHAR(255),
  `name` VARCHAR(255),
  `trial_period_expires_at` DATETIME,
  `setup_fee` DECIMAL(20,2) DEFAULT 0.0,
  `type` VARCHAR(255) NOT NULL DEFAULT 'Cinstance',
  `redirect_url` TEXT,
  `variable_cost_paid_until` DATETIME,
  `extra_fields` TEXT,
  `tenant_id` BIGINT,
  `create_origin` VARCHAR(255),
  `first_traffic_at` DATETIME,
  `first_daily_traffic_at` DATETIME,
  `service_id` BIGINT,
  `accepted_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `index_cinstances_on_application_id` (`application_id`),
  KEY `fk_ct_contract_id` (`plan_id`),
  KEY `index_cinstances_on_type_and_plan_id_and_service_id_and_state` (`type`,`plan_id`,`service_id`,`state`),
  KEY `index_cinstances_on_type_and_service_id_and_created_at` (`type`,`service_id`,`created_at`),
  KEY `index_cinstances_on_type_and_service_id_and_plan_id_and_state` (`type`,`service_id`,`plan_id`,`state`),
  KEY `idx_cinstances_service_state_traffic` (`type`,`service_id`,`state`,`first_traffic_at`),
  KEY `fk_ct_user_account_id` (`user_account_id`),
  KEY `index_cinstances_on_user_key` (`user_key`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `countries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255),
  `name` VARCHAR(255),
  `currency` VARCHAR(255),
  `tax_rate` DECIMAL(5,2) NOT NULL DEFAULT 0.0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  `enabled` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_countries_on_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `email_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` INT,
  `email` VARCHAR(255) COLLATE utf8mb3_general_ci NOT NULL,
  `domain` VARCHAR(255) COLLATE utf8mb3_general_ci,
  `user_name` VARCHAR(255),
  `password` VARCHAR(255),
  `authentication` VARCHAR(255),
  `tls` VARCHAR(255),
  `openssl_verify_mode` VARCHAR(255),
  `address` VARCHAR(255) COLLATE utf8mb3_general_ci,
  `port` SMALLINT UNSIGNED,
  `tenant_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_email_configurations_on_account_id` (`account_id`),
  UNIQUE KEY `index_email_configurations_on_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `event_store_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `stream` VARCHAR(255) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `event_id` VARCHAR(255) NOT NULL,
  `metadata` MEDIUMTEXT,
  `data` TEXT,
  `created_at` DATETIME NOT NULL,
  `provider_id` BIGINT,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_event_store_events_on_created_at` (`created_at`),
  UNIQUE KEY `index_event_store_events_on_event_id` (`event_id`),
  KEY `index_event_store_events_on_provider_id` (`provider_id`),
  KEY `index_event_store_events_on_stream` (`stream`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `features` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `featurable_id` BIGINT,
  `name` VARCHAR(255),
  `description` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `system_name` VARCHAR(255),
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `featurable_type` VARCHAR(255) NOT NULL DEFAULT 'Service',
  `scope` VARCHAR(255) NOT NULL DEFAULT 'ApplicationPlan',
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_features_on_featurable_type_and_featurable_id` (`featurable_type`,`featurable_id`),
  KEY `index_features_on_featurable_type` (`featurable_type`),
  KEY `index_features_on_scope` (`scope`),
  KEY `index_features_on_system_name` (`system_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `features_plans` (
  `plan_id` BIGINT NOT NULL,
  `feature_id` BIGINT NOT NULL,
  `plan_type` VARCHAR(255) NOT NULL,
  `tenant_id` BIGINT,
  PRIMARY KEY (`plan_id`,`feature_id`),
  KEY `index_features_plans_on_feature_id` (`feature_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `fields_definitions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `target` VARCHAR(255),
  `hidden` TINYINT(1) DEFAULT 0,
  `required` TINYINT(1) DEFAULT 0,
  `label` VARCHAR(255),
  `name` VARCHAR(255),
  `choices` TEXT,
  `hint` TEXT,
  `read_only` TINYINT(1) DEFAULT 0,
  `pos` INT,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_fields_definitions_on_account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `forums` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `topics_count` INT DEFAULT 0,
  `posts_count` INT DEFAULT 0,
  `position` INT DEFAULT 0,
  `description_html` TEXT,
  `state` VARCHAR(255) DEFAULT 'public',
  `permalink` VARCHAR(255),
  `account_id` BIGINT,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_forums_on_site_id_and_permalink` (`permalink`),
  KEY `index_forums_on_position_and_site_id` (`position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255),
  `email` VARCHAR(255),
  `sent_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `account_id` BIGINT,
  `accepted_at` DATETIME,
  `tenant_id` BIGINT,
  `user_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `invoices` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `provider_account_id` BIGINT,
  `buyer_account_id` BIGINT,
  `paid_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `due_on` DATE,
  `pdf_file_name` VARCHAR(255),
  `pdf_content_type` VARCHAR(255),
  `pdf_file_size` INT,
  `pdf_updated_at` DATETIME,
  `period` DATE,
  `issued_on` DATE,
  `state` VARCHAR(255) NOT NULL DEFAULT 'open',
  `friendly_id` VARCHAR(255) NOT NULL DEFAULT 'fix',
  `tenant_id` BIGINT,
  `finalized_at` DATETIME,
  `fiscal_code` VARCHAR(255),
  `vat_code` VARCHAR(255),
  `vat_rate` DECIMAL(20,2),
  `currency` VARCHAR(4),
  `from_address_name` VARCHAR(255),
  `from_address_line1` VARCHAR(255),
  `from_address_line2` VARCHAR(255),
  `from_address_city` VARCHAR(255),
  `from_address_region` VARCHAR(255),
  `from_address_state` VARCHAR(255),
  `from_address_country` VARCHAR(255),
  `from_address_zip` VARCHAR(255),
  `from_address_phone` VARCHAR(255),
  `to_address_name` VARCHAR(255),
  `to_address_line1` VARCHAR(255),
  `to_address_line2` VARCHAR(255),
  `to_address_city` VARCHAR(255),
  `to_address_region` VARCHAR(255),
  `to_address_state` VARCHAR(255),
  `to_address_country` VARCHAR(255),
  `to_address_zip` VARCHAR(255),
  `to_address_phone` VARCHAR(255),
  `charging_retries_count` INT NOT NULL DEFAULT 0,
  `last_charging_retry` DATE,
  `creation_type` VARCHAR(255) DEFAULT 'manual',
  PRIMARY KEY (`id`),
  KEY `index_invoices_on_buyer_account_id_and_state` (`buyer_account_id`,`state`),
  KEY `index_invoices_on_buyer_account_id` (`buyer_account_id`),
  KEY `index_invoices_on_provider_account_id_and_buyer_account_id` (`provider_account_id`,`buyer_account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `legal_term_acceptances` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `legal_term_id` BIGINT,
  `legal_term_version` INT,
  `resource_type` VARCHAR(255),
  `resource_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  `account_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_legal_term_acceptances_on_account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `legal_term_bindings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `legal_term_id` BIGINT,
  `legal_term_version` INT,
  `resource_type` VARCHAR(255),
  `resource_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `scope` VARCHAR(255),
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `legal_terms` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `version` INT,
  `lock_version` INT DEFAULT 0,
  `name` VARCHAR(255),
  `slug` VARCHAR(255),
  `body` LONGTEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `published` TINYINT(1) DEFAULT 0,
  `deleted` TINYINT(1) DEFAULT 0,
  `archived` TINYINT(1) DEFAULT 0,
  `created_by_id` BIGINT,
  `updated_by_id` BIGINT,
  `account_id` BIGINT,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_legal_terms_on_account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `line_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `invoice_id` BIGINT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `cost` DECIMAL(20,4) NOT NULL DEFAULT 0.0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `type` VARCHAR(255) DEFAULT '',
  `metric_id` BIGINT,
  `finished_at` DATETIME,
  `quantity` INT,
  `started_at` TIME,
  `tenant_id` BIGINT,
  `contract_id` BIGINT,
  `contract_type` VARCHAR(255),
  `cinstance_id` INT,
  `plan_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_line_items_on_invoice_id` (`invoice_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `log_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tenant_id` BIGINT,
  `provider_id` BIGINT,
  `buyer_id` BIGINT,
  `level` INT DEFAULT 10,
  `description` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `index_log_entries_on_provider_id` (`provider_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `mail_dispatch_rules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT,
  `system_operation_id` BIGINT,
  `emails` TEXT,
  `dispatch` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_mail_dispatch_rules_on_account_id_and_system_operation_id` (`account_id`,`system_operation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `member_permissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `admin_section` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  `service_ids` BLOB,
  PRIMARY KEY (`id`),
  KEY `index_member_permissions_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `message_recipients` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `message_id` BIGINT NOT NULL,
  `receiver_id` BIGINT NOT NULL,
  `receiver_type` VARCHAR(255) NOT NULL DEFAULT '',
  `kind` VARCHAR(255) NOT NULL DEFAULT '',
  `position` INT,
  `state` VARCHAR(255) NOT NULL,
  `hidden_at` DATETIME,
  `tenant_id` BIGINT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `index_message_recipients_on_message_id_and_kind` (`message_id`,`kind`),
  KEY `idx_receiver_id` (`receiver_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `sender_id` BIGINT NOT NULL,
  `subject` TEXT,
  `body` TEXT,
  `state` VARCHAR(255) NOT NULL,
  `hidden_at` DATETIME,
  `type` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `system_operation_id` BIGINT,
  `headers` TEXT,
  `tenant_id` BIGINT,
  `origin` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `index_messages_on_sender_id_and_hidden_at` (`sender_id`,`hidden_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `metrics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `system_name` VARCHAR(255),
  `description` TEXT,
  `unit` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  `service_id` BIGINT,
  `friendly_name` VARCHAR(255),
  `parent_id` BIGINT,
  `tenant_id` BIGINT,
  `owner_id` BIGINT,
  `owner_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_metrics_on_owner_type_and_owner_id_and_system_name` (`owner_type`,`owner_id`,`system_name`),
  KEY `index_metrics_on_owner_type_and_owner_id` (`owner_type`,`owner_id`),
  KEY `index_metrics_on_parent_id` (`parent_id`),
  UNIQUE KEY `index_metrics_on_service_id_and_system_name` (`service_id`,`system_name`),
  KEY `index_metrics_on_service_id` (`service_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `moderatorships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `forum_id` BIGINT,
  `user_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `notification_preferences` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `preferences` BLOB,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_notification_preferences_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `event_id` VARCHAR(255) NOT NULL,
  `system_name` VARCHAR(1000),
  `state` VARCHAR(20),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `title` VARCHAR(1000),
  PRIMARY KEY (`id`),
  KEY `index_notifications_on_event_id` (`event_id`),
  KEY `index_notifications_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `partners` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `api_key` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `system_name` VARCHAR(255),
  `logout_url` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `payment_details` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT,
  `buyer_reference` VARCHAR(255),
  `payment_service_reference` VARCHAR(255),
  `credit_card_partial_number` VARCHAR(255),
  `credit_card_expires_on` DATE,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `tenant_id` BIGINT,
  `payment_method_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `index_payment_details_on_account_id_and_buyer_reference` (`account_id`,`buyer_reference`),
  KEY `index_payment_details_on_account_id_and_payment_ref` (`account_id`,`payment_service_reference`),
  KEY `index_payment_details_on_account_id` (`account_id`),
  CONSTRAINT `fk_rails_ffc9ce649e` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `payment_gateway_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `gateway_settings` BLOB,
  `gateway_type` VARCHAR(255),
  `account_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_payment_gateway_settings_on_account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `payment_intents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `invoice_id` INT NOT NULL,
  `state` VARCHAR(255),
  `tenant_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `reference` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `index_payment_intents_on_invoice_id` (`invoice_id`),
  UNIQUE KEY `index_payment_intents_on_reference` (`reference`),
  KEY `index_payment_intents_on_state` (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `payment_transactions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT,
  `invoice_id` BIGINT,
  `success` TINYINT(1) NOT NULL DEFAULT 0,
  `amount` DECIMAL(20,4),
  `currency` VARCHAR(4) NOT NULL DEFAULT 'EUR',
  `reference` VARCHAR(255),
  `message` VARCHAR(255),
  `action` VARCHAR(255),
  `params` TEXT,
  `test` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_payment_transactions_on_invoice_id` (`invoice_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `plan_metrics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `plan_id` BIGINT,
  `metric_id` BIGINT,
  `visible` TINYINT(1) DEFAULT 1,
  `limits_only_text` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `plan_type` VARCHAR(255) NOT NULL,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `idx_plan_metrics_metric_id` (`metric_id`),
  KEY `idx_plan_metrics_plan_id` (`plan_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `plans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `issuer_id` BIGINT NOT NULL,
  `name` VARCHAR(255),
  `rights` VARCHAR(255),
  `full_legal` LONGTEXT,
  `cost_per_month` DECIMAL(20,4) NOT NULL DEFAULT 0.0,
  `trial_period_days` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `position` INT DEFAULT 0,
  `state` VARCHAR(255) NOT NULL,
  `cancellation_period` INT NOT NULL DEFAULT 0,
  `cost_aggregation_rule` VARCHAR(255) NOT NULL DEFAULT 'sum',
  `setup_fee` DECIMAL(20,4) NOT NULL DEFAULT 0.0,
  `master` TINYINT(1) DEFAULT 0,
  `original_id` BIGINT NOT NULL DEFAULT 0,
  `type` VARCHAR(255) NOT NULL,
  `issuer_type` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `approval_required` TINYINT(1) NOT NULL DEFAULT 0,
  `tenant_id` BIGINT,
  `system_name` VARCHAR(255) NOT NULL,
  `partner_id` BIGINT,
  `contracts_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_plans_on_cost_per_month_and_setup_fee` (`cost_per_month`,`setup_fee`),
  KEY `idx_plans_issuer_type_original` (`issuer_id`,`issuer_type`,`type`,`original_id`),
  KEY `fk_contracts_service_id` (`issuer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `posts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `topic_id` BIGINT,
  `body` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `forum_id` BIGINT,
  `body_html` TEXT,
  `email` VARCHAR(255),
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `anonymous_user` TINYINT(1) DEFAULT 0,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_posts_on_forum_id` (`created_at`,`forum_id`),
  KEY `index_posts_on_topic_id` (`created_at`,`topic_id`),
  KEY `index_posts_on_user_id` (`created_at`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `pricing_rules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `metric_id` BIGINT,
  `min` BIGINT NOT NULL DEFAULT 1,
  `max` BIGINT,
  `cost_per_unit` DECIMAL(20,4) NOT NULL DEFAULT 0.0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `plan_id` BIGINT,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_pricing_rules_on_plan_id_and_plan_type` (`plan_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `profiles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `oneline_description` VARCHAR(255),
  `description` TEXT,
  `company_url` VARCHAR(255),
  `blog_url` VARCHAR(255),
  `rssfeed_url` VARCHAR(255),
  `email_sales` VARCHAR(255),
  `email_techsupport` VARCHAR(255),
  `email_press` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `logo_file_name` VARCHAR(255),
  `logo_content_type` VARCHAR(255),
  `logo_file_size` INT,
  `state` VARCHAR(255),
  `company_type` VARCHAR(255),
  `customers_type` VARCHAR(255),
  `company_size` VARCHAR(255),
  `products_delivered` VARCHAR(255),
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `fk_account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(40),
  `email` VARCHAR(255),
  `crypted_password` VARCHAR(40),
  `salt` VARCHAR(40),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  `remember_token` VARCHAR(40),
  `remember_token_expires_at` DATETIME,
  `activation_code` VARCHAR(40),
  `activated_at` DATETIME,
  `state` VARCHAR(255),
  `role` VARCHAR(255) DEFAULT '',
  `lost_password_token` VARCHAR(255),
  `posts_count` INT DEFAULT 0,
  `account_id` BIGINT,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `signup_type` VARCHAR(255),
  `job_role` VARCHAR(255),
  `last_login_at` DATETIME,
  `last_login_ip` VARCHAR(255),
  `email_verification_code` VARCHAR(255),
  `title` VARCHAR(255),
  `extra_fields` TEXT,
  `tenant_id` BIGINT,
  `cas_identifier` VARCHAR(255),
  `lost_password_token_generated_at` DATETIME,
  `authentication_id` VARCHAR(255),
  `open_id` VARCHAR(255),
  `password_digest` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `idx_users_account_id` (`account_id`),
  KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_open_id` (`open_id`),
  KEY `index_site_users_on_posts_count` (`posts_count`),
  KEY `index_users_on_login` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `provided_access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `value` TEXT,
  `user_id` BIGINT,
  `tenant_id` BIGINT,
  `expires_at` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  KEY `fk_rails_260e99b630` (`user_id`),
  CONSTRAINT `fk_rails_260e99b630` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `proxies` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tenant_id` BIGINT,
  `service_id` BIGINT,
  `endpoint` VARCHAR(255),
  `deployed_at` DATETIME,
  `auth_app_key` VARCHAR(255) DEFAULT 'app_key',
  `auth_app_id` VARCHAR(255) DEFAULT 'app_id',
  `auth_user_key` VARCHAR(255) DEFAULT 'user_key',
  `credentials_location` VARCHAR(255) NOT NULL DEFAULT 'query',
  `error_auth_failed` VARCHAR(255) DEFAULT 'Authentication failed',
  `error_auth_missing` VARCHAR(255) DEFAULT 'Authentication parameters missing',
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `error_status_auth_failed` INT NOT NULL DEFAULT 403,
  `error_headers_auth_failed` VARCHAR(255) NOT NULL DEFAULT 'text/plain; charset=us-ascii',
  `error_status_auth_missing` INT NOT NULL DEFAULT 403,
  `error_headers_auth_missing` VARCHAR(255) NOT NULL DEFAULT 'text/plain; charset=us-ascii',
  `error_no_match` VARCHAR(255) NOT NULL DEFAULT 'No Mapping Rule matched',
  `error_status_no_match` INT NOT NULL DEFAULT 404,
  `error_headers_no_match` VARCHAR(255) NOT NULL DEFAULT 'text/plain; charset=us-ascii',
  `secret_token` VARCHAR(255) NOT NULL,
  `hostname_rewrite` VARCHAR(255),
  `oauth_login_url` VARCHAR(255),
  `sandbox_endpoint` VARCHAR(255),
  `api_test_path` VARCHAR(8192),
  `api_test_success` TINYINT(1),
  `apicast_configuration_driven` TINYINT(1) NOT NULL DEFAULT 1,
  `oidc_issuer_endpoint` VARCHAR(255),
  `lock_version` BIGINT NOT NULL DEFAULT 0,
  `authentication_method` VARCHAR(255),
  `policies_config` MEDIUMTEXT,
  `oidc_issuer_type` VARCHAR(255) DEFAULT 'keycloak',
  `error_headers_limits_exceeded` VARCHAR(255) DEFAULT 'text/plain; charset=us-ascii',
  `error_status_limits_exceeded` INT DEFAULT 429,
  `error_limits_exceeded` VARCHAR(255) DEFAULT 'Usage limit exceeded',
  `staging_domain` VARCHAR(255),
  `production_domain` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `index_proxies_on_service_id` (`service_id`),
  KEY `index_proxies_on_staging_domain_and_production_domain` (`staging_domain`,`production_domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `proxy_configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `proxy_id` BIGINT NOT NULL,
  `user_id` BIGINT,
  `version` INT NOT NULL DEFAULT 0,
  `tenant_id` BIGINT,
  `environment` VARCHAR(255) NOT NULL,
  `content` MEDIUMTEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `hosts` VARCHAR(8192),
  PRIMARY KEY (`id`),
  KEY `index_proxy_configs_on_proxy_id_and_environment_and_version` (`proxy_id`,`environment`,`version`),
  KEY `index_proxy_configs_on_proxy_id` (`proxy_id`),
  KEY `index_proxy_configs_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_1ec86b4ffa` FOREIGN KEY (`proxy_id`) REFERENCES `proxies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_7508cee9be` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `proxy_rules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `proxy_id` BIGINT,
  `http_method` VARCHAR(255),
  `pattern` VARCHAR(255),
  `metric_id` BIGINT,
  `metric_system_name` VARCHAR(255),
  `delta` INT,
  `tenant_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  `redirect_url` TEXT,
  `position` INT,
  `last` TINYINT(1) DEFAULT 0,
  `owner_id` BIGINT,
  `owner_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  KEY `index_proxy_rules_on_owner_type_and_owner_id` (`owner_type`,`owner_id`),
  KEY `index_proxy_rules_on_proxy_id` (`proxy_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `referrer_filters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `application_id` BIGINT NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_referrer_filters_on_application_id` (`application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `service_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `service_id` BIGINT,
  `value` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_service_tokens_on_service_id` (`service_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `sso_authorizations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` VARCHAR(255),
  `authentication_provider_id` BIGINT,
  `user_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  `id_token` TEXT,
  PRIMARY KEY (`id`),
  KEY `index_sso_authorizations_on_authentication_provider_id` (`authentication_provider_id`),
  KEY `index_sso_authorizations_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_a2edd6c261` FOREIGN KEY (`authentication_provider_id`) REFERENCES `authentication_providers` (`id`),
  CONSTRAINT `fk_rails_cc6004e8c7` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `system_operations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ref` VARCHAR(255),
  `name` VARCHAR(255),
  `description` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `pos` INT,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `topics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `forum_id` BIGINT,
  `user_id` BIGINT,
  `title` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `hits` INT DEFAULT 0,
  `sticky` TINYINT(1) NOT NULL DEFAULT 0,
  `posts_count` INT DEFAULT 0,
  `locked` TINYINT(1) DEFAULT 0,
  `last_post_id` BIGINT,
  `last_updated_at` DATETIME,
  `last_user_id` BIGINT,
  `permalink` VARCHAR(255),
  `category_id` BIGINT,
  `delta` TINYINT(1) NOT NULL DEFAULT 1,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `index_topics_on_forum_id_and_permalink` (`forum_id`,`permalink`),
  KEY `index_topics_on_forum_id_and_last_updated_at` (`last_updated_at`,`forum_id`),
  KEY `index_topics_on_sticky_and_last_updated_at` (`sticky`,`last_updated_at`,`forum_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `usage_limits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `metric_id` BIGINT,
  `period` VARCHAR(255),
  `value` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `plan_id` BIGINT,
  `plan_type` VARCHAR(255) NOT NULL,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_usage_limits_on_metric_id_and_plan_id_and_period` (`metric_id`,`plan_id`,`period`),
  KEY `idx_usage_limits_metric_id` (`metric_id`),
  KEY `idx_usage_limits_plan_id` (`plan_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_sessions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `key` VARCHAR(255),
  `ip` VARCHAR(255),
  `user_agent` VARCHAR(255),
  `accessed_at` DATETIME,
  `revoked_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `secured_until` DATETIME,
  `sso_authorization_id` BIGINT,
  PRIMARY KEY (`id`),
  KEY `idx_key` (`key`),
  KEY `index_user_sessions_on_sso_authorization_id` (`sso_authorization_id`),
  KEY `idx_user_id` (`user_id`),
  CONSTRAINT `fk_rails_075076e365` FOREIGN KEY (`sso_authorization_id`) REFERENCES `sso_authorizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `user_topics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `topic_id` BIGINT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `tenant_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `web_hooks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT,
  `url` VARCHAR(255),
  `account_created_on` TINYINT(1) DEFAULT 0,
  `account_updated_on` TINYINT(1) DEFAULT 0,
  `account_deleted_on` TINYINT(1) DEFAULT 0,
  `user_created_on` TINYINT(1) DEFAULT 0,
  `user_updated_on` TINYINT(1) DEFAULT 0,
  `user_deleted_on` TINYINT(1) DEFAULT 0,
  `application_created_on` TINYINT(1) DEFAULT 0,
  `application_updated_on` TINYINT(1) DEFAULT 0,
  `application_deleted_on` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `provider_actions` TINYINT(1) DEFAULT 0,
  `account_plan_changed_on` TINYINT(1) DEFAULT 0,
  `application_plan_changed_on` TINYINT(1) DEFAULT 0,
  `application_user_key_updated_on` TINYINT(1) DEFAULT 0,
  `application_key_created_on` TINYINT(1) DEFAULT 0,
  `application_key_deleted_on` TINYINT(1) DEFAULT 0,
  `active` TINYINT(1) DEFAULT 0,
  `application_suspended_on` TINYINT(1) DEFAULT 0,
  `tenant_id` BIGINT,
  `push_application_content_type` TINYINT(1) DEFAULT 1,
  `application_key_updated_on` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

